#!/usr/bin/env python3
"""gen_es.py - blind evaluation set for secret scanners: agriculture and precision farming.

EMPHASIS
    Domain: agriculture / precision farming software as it is found in real repositories:
    farm-management back ends, agronomy notebooks, field-sensor firmware, LoRaWAN network
    servers, irrigation controllers, drone and satellite-imagery pipelines, grain-marketing
    tools and livestock traceability services, plus the cloud/database credentials they carry.
    Providers: John Deere Operations Center (OAuth apps), Climate FieldView, Trimble
    Agriculture, CNH FieldOps, AGCO, Agworld, Granular, Bushel, farmOS, Davis WeatherLink v2
    (api-key / api-secret), Arable, Sentek IrriMAX, METER ZENTRA, Rachio, The Things Stack
    (API keys, gateway keys), legacy TTN v2 access keys, ChirpStack (API tokens, [api] secret),
    LoRaWAN root and session keys (AppKey, NwkKey, AppSKey, NwkSKey), MQTT brokers, Wi-Fi and
    OTA passwords in device configs, Sentinel Hub / Copernicus client secrets, Planet API keys,
    DJI Cloud API / Mobile SDK keys, USDA NASS Quick Stats, Barchart, DTN, OpenWeatherMap,
    Tomorrow.io, Weather Underground station keys, NLIS livestock logins, AWS, Azure IoT Hub,
    GCP service accounts, PostgreSQL / MongoDB / Redis / InfluxDB, Mapbox secret tokens,
    Slack / Discord webhooks, Telegram bots, Twilio, SendGrid, GitHub tokens, Home Assistant,
    ESPHome, Blynk, ThingSpeak, Adafruit IO, Particle, Stripe (farm shop), Node-RED.
    File types: Python, R, Jupyter notebooks, Arduino/ESP sketches (.ino/.h/.cpp), PlatformIO
    ini, ChirpStack and gateway-bridge TOML, The Things Stack YAML, docker-compose, Helm values,
    Kubernetes manifests, Home Assistant and ESPHome YAML, Ansible vars, GitHub Actions,
    Node-RED flows/settings, JSON configs, JavaScript/TypeScript, Go, Kotlin, C#, XML
    (AndroidManifest, App.config, ISOXML), Java properties, INI/conf (weewx, mosquitto),
    shell, Dockerfile, Terraform, Markdown runbooks, SQL, CSV sensor exports, logs, .env.

USAGE
    python3 gen_es.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (p0000..p0499), OUTDIR/neg/nNNNN/<relpath>
    (n0000..n0499), OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one
    line per positive: file, needle, 1-based line of the needle's first occurrence).
    Standard library only. All randomness comes from one random.Random(SEED); the same SEED
    gives byte-identical output.

NEEDLE CONVENTIONS
    - The needle is the secret exactly as written, without surrounding quotes.
    - Key pairs / id+secret pairs (OAuth client id + secret, AWS key id + secret, WeatherLink
      key + secret, Twilio SID + token): only the secret half is the needle; the public half
      (client id, key id, SID) is context. Usually only one half is hard-coded at all.
    - URLs with embedded credentials (postgres://user:PASS@host, mqtt://user:PASS@host,
      mongodb+srv://...): the needle is the password only.
    - URLs that ARE the credential (Slack / Discord webhook URLs): the needle is the whole URL.
    - Headers (Authorization: Bearer X, X-Api-Secret: X, Token X): the needle is X only.
      HTTP Basic headers: the needle is the base64 blob.
    - JWT-shaped tokens (ChirpStack API tokens, Home Assistant long-lived tokens): the whole
      three-part token. Mapbox sk.* tokens: the whole token.
    - LoRaWAN keys written as C byte arrays: the needle is the comma-separated byte list as
      written on its line (e.g. "0x3A, 0x9F, ..."), without the braces.
    - ABP session keys (NwkSKey + AppSKey are one session credential): the needle is the first
      of the two in file order.
    - Multi-line PEM private keys (also when embedded in JSON with \\n escapes): the needle is
      the "-----BEGIN ... PRIVATE KEY-----" header text; the line is the header's line.

NEGATIVES
    n0000..n0499 contain no credential. Half (n even) re-use the positive templates with the
    secret slot holding a non-secret: placeholders (<your-api-key>, YOUR_API_KEY_HERE,
    changeme, xxxx...), empty values, masked values (****, [REDACTED]), environment and
    secret-manager references (${VAR}, os.environ[...], process.env.X, Sys.getenv(),
    System.getenv(), !secret, vault:/op:// paths, Terraform var./data.), template expressions
    ({{ secrets.X }}, {{ .Values.x }}), provider documentation examples (the TTS docs API key
    example, the AES/Semtech test keys used in LoRaWAN examples, 0102..08 seed keys, LMIC
    FILLMEIN) and values documented as public (Mapbox pk.* tokens, Stripe pk_live_ keys).
    The other half are look-alikes: DevEUI/JoinEUI/gateway EUIs, packet-forwarder configs,
    Basic Station trust certificates, GeoJSON boundaries, ISOXML task data, Deere API
    responses with UUIDs, sensor serials, seed/chemical lot numbers, 15-digit EID tags,
    imagery tile checksums, Planet md5 digests, LoRaWAN uplinks (base64 payloads, session key
    ids, MICs), pip/npm hashes, bcrypt and mosquitto PBKDF2 hashes, SSH public keys, commit
    SHAs, image digests, Sentinel-2 product ids, sops-encrypted files, notebook PNG outputs,
    grain tickets, FSA farm/tract numbers, flight logs, OpenAPI specs, AES test vectors.
    No negative is written to a .env / .env.local / .env.production style file.

FORMATS CHECKED (search tool, provider docs and real project files)
    - The Things Stack API key: docs (thethingsindustries.com/docs/api/concepts/auth) give
      "<token-type>.<token-id>.<token-secret>", type fixed NNSXS, id 39 chars, secret 52 chars,
      base32 upper-case; the docs example key is used only as a negative. Bearer header use
      confirmed. TTS Helm preparation page: cookie hash/block keys are hex strings of 32/64.
    - ChirpStack: v3 docs say API JWTs are signed with the configured secret ("openssl rand
      -base64 32"); real v4 tokens seen in project files are HS256 JWTs with claims
      aud=chirpstack, iss=chirpstack, sub=<uuid>, typ=key. Generated tokens are real HS256
      JWTs over random keys.
    - LoRaWAN AppSKey/NwkSKey pattern [a-fA-F0-9]{32} (AWS IoT Wireless CloudFormation docs);
      LMIC/RadioLib sketches write keys as 16-byte arrays (MSB) and EUIs as 8-byte arrays.
    - Davis WeatherLink v2: API Key + API Secret generated on weatherlink.com/account; key goes
      in the api-key query parameter, secret in the X-Api-Secret header; real project files
      show 32-char lower-case alphanumeric values.
    - John Deere: OAuth2 via signin.johndeere.com/oauth2/aus78tnlaysMraFhC1t7/v1/{authorize,
      token}; public client ids seen in projects are Okta-style "0oa" + 17 chars; app has a
      Client ID + Client Secret ("Shared Secret").
    - Sentinel Hub: OAuth2 client credentials (docs.sentinel-hub.com authentication page);
      sentinelhub-py config keys sh_client_id / sh_client_secret in config.toml; CDSE client
      ids look like "sh-" + UUID (Keycloak).
    - Planet: API key via HTTP Basic username (empty password), "api-key" Authorization
      scheme, or api_key query parameter; PL_API_KEY environment variable.
    - DJI Cloud API: developer center issues App ID, App Key and App License for
      src/api/http/config.ts.
    - Mapbox: public tokens start with pk, secret with sk, temporary tk; JWT-like
      "<pk|sk>.<base64url JSON>.<signature>" (docs.mapbox.com tokens API).
    - METER ZENTRA: token obtained from zentracloud.com/api/v1/tokens with username/password
      (rzentra package); sensor serials look like "z6-00033".
    - USDA NASS Quick Stats: API key passed as key=, NASSQS_TOKEN env variable (rnassqs).
    - InfluxDB v2: "Authorization: Token INFLUX_API_TOKEN" header (InfluxData API docs).

DOUBTS
    - Secret lengths/alphabets not published by the provider and chosen from observation or
      convention: John Deere client secret (40 chars, Okta-style [A-Za-z0-9_-]), Climate
      FieldView, Trimble, CNH, AGCO, Agworld, Granular, Bushel and DTN secrets/tokens, Arable
      and Sentek keys, ZENTRA token (40 hex, Django-REST style), Sentinel Hub classic client
      secrets (32 alphanumerics assumed, as Keycloak CDSE secrets), DJI App Key (32 hex) and
      MSDK key (24 hex), Barchart (32 hex), USDA NASS key (upper-case UUID), Weather
      Underground station key (8 chars), Rachio key (UUID).
    - Planet: newer keys are believed to start with "PLAK" followed by 32 hex; not confirmed
      in the documentation found, so both "PLAK"+32 hex and plain 32 hex are generated.
    - Legacy TTN v2 access keys ("ttn-account-v2." + 43 base64url) from memory, not re-checked.
    - GitHub ghp_ token checksum (CRC32 of the 30-char body, base62, 6 chars) from GitHub's
      2021 announcement, not re-checked here; Slack/Discord webhook, Telegram, Twilio,
      SendGrid, AWS, Azure, Adafruit IO, Blynk, ThingSpeak, Particle, Stripe shapes are the
      widely documented ones but were not re-searched for this set.
    - Whether a scanner should count a hashed password (bcrypt, mosquitto $7$) or a sops
      ENC[...] blob as a secret is a policy question; here they are negatives.
"""
import base64
import hashlib
import hmac
import json
import os
import random
import string
import sys
import zlib

AN = string.ascii_letters + string.digits
LAN = string.ascii_lowercase + string.digits
UAN = string.ascii_uppercase + string.digits
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase

FARMS = ["Hollow Creek Farms", "Riverbend Ag", "Prairie Gold Grain", "Kessler Family Farms",
         "Blue Mound Dairy", "Red Willow Ranch", "Cedar Flats Orchards", "Sandhill Cattle Co",
         "Lakeside Vineyards", "Oak Ridge Agronomy", "Twin Silos Cooperative", "Meadowlark Acres"]
FIELDS = ["North 80", "Home Quarter", "Creek Bottom", "West Pivot", "Section 12", "Old Orchard",
          "Hilltop", "South Bend", "Quarry Field", "Pivot 4", "Schoolhouse 40", "River Flats"]
CROPS = ["corn", "soybeans", "winter wheat", "canola", "sorghum", "alfalfa", "barley", "cotton",
         "sunflower", "potatoes", "sugar beets", "oats"]
PEOPLE = ["jkessler", "mlopez", "agronomy", "ops", "tcarter", "hwagner", "farmhand", "sbauer"]
REGIONS = ["eu1", "nam1", "au1"]
WORDS = ["Tractor", "Harvest", "Combine", "Heifer", "Silo", "Pivot", "Barley", "Prairie",
         "Meadow", "Furrow", "Granary", "Orchard"]


def slug(s):
    return "".join(ch if ch.isalnum() else "-" for ch in s.lower()).strip("-").replace("--", "-")


class Ctx:
    """All randomness flows through self.r (one random.Random(SEED))."""

    def __init__(self, r):
        self.r = r

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p):
        return self.r.random() < p

    def chars(self, n, alphabet):
        return "".join(alphabet[self.r.randrange(len(alphabet))] for _ in range(n))

    def hex(self, n, up=False):
        s = self.chars(n, "0123456789abcdef")
        return s.upper() if up else s

    def an(self, n):
        return self.chars(n, AN)

    def lan(self, n):
        return self.chars(n, LAN)

    def uan(self, n):
        return self.chars(n, UAN)

    def b32(self, n):
        return self.chars(n, B32)

    def rbytes(self, n):
        return bytes(self.r.randrange(256) for _ in range(n))

    def b64(self, nbytes, url=False, pad=True):
        raw = self.rbytes(nbytes)
        s = base64.urlsafe_b64encode(raw).decode() if url else base64.b64encode(raw).decode()
        return s if pad else s.rstrip("=")

    def uuid(self, up=False):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.pick("89ab") + h[17:]
        u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
        return u.upper() if up else u

    def eui(self, prefix=""):
        return (prefix + self.hex(16 - len(prefix), True))[:16]

    def farm(self):
        return self.pick(FARMS)

    def field(self):
        return self.pick(FIELDS)

    def crop(self):
        return self.pick(CROPS)

    def date(self):
        return "%04d-%02d-%02d" % (self.r.randint(2021, 2024), self.r.randint(1, 12), self.r.randint(1, 28))

    def ts(self):
        return self.r.randint(1640995200, 1719792000)

    def iso(self):
        return "%sT%02d:%02d:%02dZ" % (self.date(), self.r.randint(0, 23), self.r.randint(0, 59), self.r.randint(0, 59))

    def lat(self):
        return round(self.r.uniform(38.0, 46.5), 6)

    def lon(self):
        return round(self.r.uniform(-101.0, -88.0), 6)

    def num(self, a, b, nd=1):
        return round(self.r.uniform(a, b), nd)

    def name(self, conventional, neutral):
        """About half the time the conventional variable name, otherwise a neutral one."""
        return conventional if self.chance(0.5) else self.pick(neutral)

    def host(self):
        return self.pick(["db.internal", "10.20.0.15", "postgres", "pg-farm-01.lan",
                          "farmdata-prod.c%s.us-east-2.rds.amazonaws.com" % self.lan(10),
                          "timescale.agri.local"])

    def user(self):
        return self.pick(PEOPLE)


# ---------------------------------------------------------------- secret generators

def g_password(c):
    if c.chance(0.4):
        return "%s%s%s%d" % (c.pick(WORDS), c.pick(["#", "!", "_", "-", "."]), c.pick(WORDS).lower(), c.r.randint(10, 9999))
    return c.chars(c.r.randint(14, 22), AN + "-_.~!*")


def g_wifi(c):
    if c.chance(0.5):
        return "%s%s%d%s" % (c.pick(WORDS), c.pick(WORDS).lower(), c.r.randint(100, 99999), c.pick(["!", "#", "", "$"]))
    return c.chars(c.r.randint(12, 20), AN + "-_!#")


def g_tts(c):
    return "NNSXS.%s.%s" % (c.b32(39), c.b32(52))


def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def g_jwt(c, payload):
    head = b64url_json({"typ": "JWT", "alg": "HS256"})
    body = b64url_json(payload)
    key = c.rbytes(32)
    sig = hmac.new(key, ("%s.%s" % (head, body)).encode(), hashlib.sha256).digest()
    return "%s.%s.%s" % (head, body, base64.urlsafe_b64encode(sig).decode().rstrip("="))


def g_chirp(c):
    return g_jwt(c, {"aud": "chirpstack", "iss": "chirpstack", "sub": c.uuid(), "typ": "key"})


def g_ha(c):
    t = c.ts()
    return g_jwt(c, {"iss": c.hex(32), "iat": t, "exp": t + 315360000})


def g_planet(c):
    return ("PLAK" + c.hex(32)) if c.chance(0.5) else c.hex(32)


def g_aws_secret(c):
    return c.chars(40, AN + "/+")


def g_influx(c):
    return c.b64(64, url=True)


def g_mapbox_sk(c):
    body = b64url_json({"u": slug(c.farm()).replace("-", ""), "a": "cl" + c.lan(23)})
    return "sk.%s.%s" % (body, c.chars(22, AN + "-_"))


def g_slack(c):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (c.uan(c.r.randint(8, 10)), c.uan(c.r.randint(8, 10)), c.an(24))


def g_discord(c):
    return "https://discord.com/api/webhooks/%d/%s" % (c.r.randint(10 ** 17, 10 ** 19 - 1), c.chars(68, AN + "-_"))


def g_telegram(c):
    return "%d:AA%s" % (c.r.randint(10 ** 8, 10 ** 10 - 1), c.chars(33, AN + "-_"))


def g_sendgrid(c):
    return "SG.%s.%s" % (c.chars(22, AN + "-_"), c.chars(43, AN + "-_"))


def b62(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def g_github(c):
    body = c.an(30)
    return "ghp_" + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def g_pem(c):
    der = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100") + c.rbytes(1180)
    b = base64.b64encode(der).decode()
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(b[i:i + 64] for i in range(0, len(b), 64)) + "\n-----END PRIVATE KEY-----\n"


def g_django(c):
    return "django-insecure-" + c.chars(50, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)") if c.chance(0.3) else c.chars(50, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)")


# key: (provider, kind, generator, conventional env name, provider-specific placeholders)
SECRETS = {
    "jd_secret": ("john-deere", "oauth-client-secret", lambda c: c.chars(40, AN + "-_"), "JOHN_DEERE_CLIENT_SECRET", ["<your-shared-secret>", "YOUR_CLIENT_SECRET"]),
    "fv_secret": ("climate-fieldview", "oauth-client-secret", lambda c: c.an(40), "FIELDVIEW_CLIENT_SECRET", ["<fieldview-client-secret>"]),
    "fv_apikey": ("climate-fieldview", "api-key", lambda c: c.an(40), "FIELDVIEW_API_KEY", ["<x-api-key>"]),
    "trimble_secret": ("trimble-agriculture", "oauth-client-secret", lambda c: c.hex(32), "TRIMBLE_CLIENT_SECRET", ["<trimble-app-secret>"]),
    "cnh_secret": ("cnh-fieldops", "oauth-client-secret", lambda c: c.chars(40, AN + "-_"), "CNH_CLIENT_SECRET", ["<cnh-client-secret>"]),
    "agco_secret": ("agco-fuse", "api-secret", lambda c: c.an(32), "AGCO_API_SECRET", ["<agco-secret>"]),
    "agworld_token": ("agworld", "api-token", lambda c: c.chars(40, AN + "_-"), "AGWORLD_API_TOKEN", ["<agworld-api-token>"]),
    "granular_secret": ("granular", "oauth-client-secret", lambda c: c.an(48), "GRANULAR_CLIENT_SECRET", ["<granular-secret>"]),
    "bushel_secret": ("bushel", "oauth-client-secret", lambda c: c.chars(43, AN + "-_"), "BUSHEL_CLIENT_SECRET", ["<bushel-client-secret>"]),
    "farmos_secret": ("farmos", "oauth-client-secret", lambda c: c.an(32), "FARMOS_CLIENT_SECRET", ["<farmos-client-secret>"]),
    "farmos_pass": ("farmos", "password", g_password, "FARMOS_PASSWORD", ["changeme", "<password>"]),
    "wl_key": ("davis-weatherlink", "api-key", lambda c: c.lan(32), "WEATHERLINK_API_KEY", ["<your-api-key>", "YOUR_WL_API_KEY"]),
    "wl_secret": ("davis-weatherlink", "api-secret", lambda c: c.lan(32), "WEATHERLINK_API_SECRET", ["<your-api-secret>", "YOUR_WL_API_SECRET"]),
    "arable_key": ("arable", "api-key", lambda c: c.hex(32), "ARABLE_API_KEY", ["<arable-api-key>"]),
    "zentra_token": ("meter-zentra", "api-token", lambda c: c.hex(40), "ZENTRA_TOKEN", ["<zentra-token>"]),
    "sentek_key": ("sentek-irrimax", "api-key", lambda c: c.hex(32, True), "IRRIMAX_API_KEY", ["<irrimax-key>"]),
    "rachio_key": ("rachio", "api-key", lambda c: c.uuid(), "RACHIO_API_KEY", ["<rachio-api-key>"]),
    "tts_key": ("the-things-stack", "api-key", g_tts, "TTS_API_KEY", ["NNSXS.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "NNSXS.xxxxxxxxxx", "<api-key>"]),
    "gw_key": ("the-things-stack", "gateway-api-key", g_tts, "TTS_GATEWAY_KEY", ["NNSXS.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<gateway-api-key>"]),
    "ttn2_key": ("the-things-network-v2", "access-key", lambda c: "ttn-account-v2." + c.chars(43, AN + "-_"), "TTN_ACCESS_KEY", ["ttn-account-v2.xxxxxxxxxxxxxxxx"]),
    "chirp_token": ("chirpstack", "api-token", g_chirp, "CHIRPSTACK_API_TOKEN", ["<chirpstack-api-token>"]),
    "chirp_secret": ("chirpstack", "jwt-signing-secret", lambda c: c.b64(32), "CHIRPSTACK_API_SECRET", ["you-must-replace-this", "<openssl rand -base64 32>"]),
    "appkey": ("lorawan", "appkey", lambda c: c.hex(32, True), "LORAWAN_APP_KEY", ["2B7E151628AED2A6ABF7158809CF4F3C", "00112233445566778899AABBCCDDEEFF", "01020304050607080102030405060708", "00000000000000000000000000000000"]),
    "nwkkey": ("lorawan", "nwkkey", lambda c: c.hex(32, True), "LORAWAN_NWK_KEY", ["2B7E151628AED2A6ABF7158809CF4F3C", "00000000000000000000000000000000"]),
    "appskey": ("lorawan", "session-keys", lambda c: c.hex(32, True), "LORAWAN_APPSKEY", ["2B7E151628AED2A6ABF7158809CF4F3C", "00000000000000000000000000000000"]),
    "mqtt_pass": ("mqtt-broker", "password", g_password, "MQTT_PASSWORD", ["changeme", "<mqtt-password>"]),
    "wifi_pass": ("wifi", "password", g_wifi, "WIFI_PASSWORD", ["your-wifi-password", "<WIFI_PASS>"]),
    "ota_pass": ("esp-ota", "password", g_password, "OTA_PASSWORD", ["changeme", "<ota-password>"]),
    "db_pass": ("postgresql", "password", g_password, "DB_PASSWORD", ["changeme", "<password>", "password"]),
    "mongo_pass": ("mongodb", "password", g_password, "MONGO_PASSWORD", ["<db_password>", "<password>"]),
    "sql_pass": ("sqlserver", "password", g_password, "SQL_PASSWORD", ["<password>", "changeme"]),
    "sh_secret": ("sentinel-hub", "oauth-client-secret", lambda c: c.an(32), "SH_CLIENT_SECRET", ["<your-client-secret>", "my_dummy_secret"]),
    "planet_key": ("planet", "api-key", g_planet, "PL_API_KEY", ["<your-planet-api-key>", "12345", "YOUR_API_KEY"]),
    "dji_appkey": ("dji-cloud-api", "app-key", lambda c: c.hex(32), "DJI_APP_KEY", ["<app-key>", "Please enter the app key."]),
    "dji_msdk": ("dji-msdk", "api-key", lambda c: c.hex(24), "DJI_SDK_KEY", ["<your-msdk-app-key>"]),
    "nass_key": ("usda-nass", "api-key", lambda c: c.uuid(True), "NASSQS_TOKEN", ["<your api key here>"]),
    "barchart_key": ("barchart", "api-key", lambda c: c.hex(32), "BARCHART_API_KEY", ["<barchart-key>"]),
    "dtn_secret": ("dtn", "oauth-client-secret", lambda c: c.an(40), "DTN_CLIENT_SECRET", ["<dtn-client-secret>"]),
    "owm_key": ("openweathermap", "api-key", lambda c: c.hex(32), "OWM_API_KEY", ["<your-appid>", "YOUR_API_KEY"]),
    "tomorrow_key": ("tomorrow-io", "api-key", lambda c: c.an(32), "TOMORROW_API_KEY", ["<tomorrow-api-key>"]),
    "aws_secret": ("aws", "secret-access-key", g_aws_secret, "AWS_SECRET_ACCESS_KEY", ["<aws-secret-access-key>", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]),
    "azure_iot": ("azure-iot-hub", "shared-access-key", lambda c: c.b64(32), "IOTHUB_SAS_KEY", ["<shared-access-key>"]),
    "influx_token": ("influxdb", "api-token", g_influx, "INFLUX_TOKEN", ["my-token", "<INFLUX_TOKEN>"]),
    "mapbox_sk": ("mapbox", "secret-token", g_mapbox_sk, "MAPBOX_SECRET_TOKEN", ["<your-secret-token>", "YOUR_MAPBOX_ACCESS_TOKEN"]),
    "slack_hook": ("slack", "webhook-url", g_slack, "SLACK_WEBHOOK_URL", ["https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX", "<slack-webhook-url>"]),
    "discord_hook": ("discord", "webhook-url", g_discord, "DISCORD_WEBHOOK_URL", ["https://discord.com/api/webhooks/<id>/<token>"]),
    "telegram_token": ("telegram", "bot-token", g_telegram, "TELEGRAM_BOT_TOKEN", ["<bot-token>", "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"]),
    "twilio_token": ("twilio", "auth-token", lambda c: c.hex(32), "TWILIO_AUTH_TOKEN", ["your_auth_token", "<twilio-auth-token>"]),
    "sendgrid_key": ("sendgrid", "api-key", g_sendgrid, "SENDGRID_API_KEY", ["SG.xxxxxxxx", "<sendgrid-api-key>"]),
    "github_pat": ("github", "personal-access-token", g_github, "GH_TOKEN", ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<github-token>"]),
    "ha_token": ("home-assistant", "long-lived-token", g_ha, "HA_TOKEN", ["<long-lived-access-token>", "YOUR_LONG_LIVED_TOKEN"]),
    "blynk_token": ("blynk", "auth-token", lambda c: c.chars(32, AN + "-_"), "BLYNK_AUTH_TOKEN", ["YourAuthToken", "<blynk-auth-token>"]),
    "thingspeak_key": ("thingspeak", "write-api-key", lambda c: c.uan(16), "THINGSPEAK_WRITE_KEY", ["XXXXXXXXXXXXXXXX", "<write-api-key>"]),
    "aio_key": ("adafruit-io", "api-key", lambda c: "aio_" + c.an(28), "AIO_KEY", ["your-aio-key", "<AIO_KEY>"]),
    "particle_token": ("particle", "access-token", lambda c: c.hex(40), "PARTICLE_ACCESS_TOKEN", ["<particle-access-token>"]),
    "stripe_sk": ("stripe", "secret-key", lambda c: "sk_live_" + c.an(24), "STRIPE_SECRET_KEY", ["sk_live_...", "<stripe-secret-key>"]),
    "pem_key": ("gcp", "service-account-private-key", g_pem, "GOOGLE_PRIVATE_KEY", ["<paste private key here>"]),
    "webhook_secret": ("farm-webhooks", "signing-secret", lambda c: c.hex(64) if c.chance(0.5) else c.chars(40, AN), "WEBHOOK_SECRET", ["<webhook-signing-secret>", "changeme"]),
    "tts_cookie": ("the-things-stack", "cookie-hash-key", lambda c: c.hex(64), "TTN_LW_HTTP_COOKIE_HASH_KEY", ["<64 hex characters>", "0000000000000000000000000000000000000000000000000000000000000000"]),
    "esphome_key": ("esphome", "api-encryption-key", lambda c: c.b64(32), "ESPHOME_API_KEY", ["<generate-with-esphome-dashboard>"]),
    "wu_key": ("weather-underground", "station-key", lambda c: c.an(8), "WU_STATION_KEY", ["<station-key>", "XXXXXXXX"]),
    "nlis_pass": ("nlis-livestock", "password", g_password, "NLIS_PASSWORD", ["<nlis-password>", "changeme"]),
    "django_secret": ("django", "secret-key", g_django, "DJANGO_SECRET_KEY", ["change-me-in-production", "<secret-key>"]),
    "nodered_cred": ("node-red", "credential-secret", lambda c: c.chars(32, AN), "NODE_RED_CREDENTIAL_SECRET", ["a-secret-key", "<credential-secret>"]),
    "redis_pass": ("redis", "password", g_password, "REDIS_PASSWORD", ["<redis-password>", "changeme"]),
}

GENERIC_PLACEHOLDERS = ["<your-key>", "YOUR_API_KEY_HERE", "REPLACE_ME", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                        "TODO", "<redacted>", "dummy", "example", "${%s}"]
MASKED = ["****", "********", "[REDACTED]", "***REDACTED***", "<hidden>", "xxxxxxxx"]


# ---------------------------------------------------------------- slots

SAFE_YAML = set(AN + "-_.")


def carray(hexstr):
    return ", ".join("0x" + hexstr[i:i + 2] for i in range(0, len(hexstr), 2))


class PosSlot:
    """Fills the template's single credential slot with a freshly generated secret."""

    def __init__(self, c):
        self.c = c
        self.needle = None
        self.provider = None
        self.kind = None
        self.calls = 0
        self.is_pos = True

    def __call__(self, key, lang, env=None):
        self.calls += 1
        assert self.calls == 1, "template used more than one credential slot"
        prov, kind, gen, _env, _ph = SECRETS[key]
        c = self.c
        s = gen(c)
        self.provider, self.kind, self.needle = prov, kind, s
        if lang in ("raw", "kv"):
            return s
        if lang in ("py", "js"):
            q = "'" if (c.chance(0.4) and "'" not in s) else '"'
            return q + s + q
        if lang == "yaml":
            if set(s) <= SAFE_YAML and not s.isdigit() and c.chance(0.5):
                return s
            return ("'%s'" % s) if c.chance(0.3) else ('"%s"' % s)
        if lang == "sh":
            return ("'%s'" % s) if ("!" in s or "$" in s or c.chance(0.4)) else ('"%s"' % s)
        if lang == "carray":
            self.needle = carray(s)
            return self.needle
        if lang == "pem":
            self.needle = "-----BEGIN PRIVATE KEY-----"
            return s
        if lang == "pemjson":
            self.needle = "-----BEGIN PRIVATE KEY-----"
            return '"' + s.replace("\n", "\\n") + '"'
        return '"%s"' % s  # dq, json, toml, c, go, java, kt, cs, tf, r


class NegSlot:
    """Fills the same slot with something that is not a secret."""

    def __init__(self, c):
        self.c = c
        self.provider = None
        self.kind = None
        self.calls = 0
        self.is_pos = False

    def raw_filler(self, key, env):
        c = self.c
        prov, kind, gen, _env, ph = SECRETS[key]
        opts = [("placeholder", lambda: c.pick(ph)),
                ("placeholder", lambda: c.pick(GENERIC_PLACEHOLDERS).replace("%s", env)),
                ("masked", lambda: c.pick(MASKED)),
                ("env-reference", lambda: c.pick(["${%s}", "$%s", "${%s:?unset}", "%%%s%%"]) % env),
                ("template-expression", lambda: c.pick(["{{ %s }}", "{{ .Values.%s }}", "{{ secrets.%s }}", "{{ env.%s }}"]) % (env.lower() if c.chance(0.5) else env))]
        label, fn = c.pick(opts)
        v = fn()
        if v in ("2B7E151628AED2A6ABF7158809CF4F3C", "00112233445566778899AABBCCDDEEFF", "01020304050607080102030405060708",
                 "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11",
                 "NNSXS.U4H3ZFFCMSR42BUAZPW2UWGFBV4WCNI5EXDJXDY.SHIF3PP5PBMJNZESN5XLR5TZJTJUIGKVUTM2I22IVBUVCD6VIQIA"):
            label = "documented-example"
        return label, v

    def special(self, key):
        """Documentation examples and values documented as public, where the provider has them."""
        c = self.c
        if key in ("tts_key", "gw_key"):
            return "documented-example", "NNSXS.U4H3ZFFCMSR42BUAZPW2UWGFBV4WCNI5EXDJXDY.SHIF3PP5PBMJNZESN5XLR5TZJTJUIGKVUTM2I22IVBUVCD6VIQIA"
        if key in ("appkey", "nwkkey", "appskey"):
            return "documented-example", c.pick(["2B7E151628AED2A6ABF7158809CF4F3C", "00112233445566778899AABBCCDDEEFF", "01020304050607080102030405060708"])
        if key == "mapbox_sk":
            return "public-value", "pk." + b64url_json({"u": slug(c.farm()).replace("-", ""), "a": "cl" + c.lan(23)}) + "." + c.chars(22, AN + "-_")
        if key == "stripe_sk":
            return "public-value", c.pick(["pk_live_", "pk_test_"]) + c.an(24)
        if key == "aws_secret":
            return "documented-example", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
        if key == "telegram_token":
            return "documented-example", "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"
        if key == "planet_key":
            return "documented-example", "12345"
        if key == "sh_secret":
            return "documented-example", "my_dummy_secret"
        return None

    def __call__(self, key, lang, env=None):
        self.calls += 1
        assert self.calls == 1
        c = self.c
        prov, kind, gen, denv, ph = SECRETS[key]
        env = env or denv
        self.provider = prov
        sp = self.special(key)
        if sp is not None and c.chance(0.35):
            label, v = sp
        else:
            label, v = self.raw_filler(key, env)
        # language-specific forms: expressions instead of literals
        if lang == "py" and c.chance(0.5):
            label = "env-reference"
            self.kind = label
            return c.pick(['os.environ["%s"]', 'os.getenv("%s")', 'os.environ.get("%s", "")', 'keyring.get_password("farm", "%s")']) % env
        if lang == "js" and c.chance(0.5):
            self.kind = "env-reference"
            return c.pick(["process.env.%s", "process.env['%s']", "config.get('%s')"]) % env
        if lang == "r" and c.chance(0.5):
            self.kind = "env-reference"
            return c.pick(['Sys.getenv("%s")', 'keyring::key_get("%s")']) % env
        if lang == "go" and c.chance(0.6):
            self.kind = "env-reference"
            return 'os.Getenv("%s")' % env
        if lang == "java" and c.chance(0.6):
            self.kind = "env-reference"
            return 'System.getenv("%s")' % env
        if lang == "kt" and c.chance(0.6):
            self.kind = "env-reference"
            return 'System.getenv("%s") ?: ""' % env
        if lang == "cs" and c.chance(0.6):
            self.kind = "env-reference"
            return 'Environment.GetEnvironmentVariable("%s")' % env
        if lang == "c" and c.chance(0.5):
            self.kind = "env-reference"
            return c.pick(["SECRET_%s", "CONFIG_%s"]) % env
        if lang == "tf" and c.chance(0.6):
            self.kind = "secret-manager-reference"
            return c.pick(["var.%s", "data.aws_ssm_parameter.%s.value", "data.vault_generic_secret.farm.data[\"%s\"]", "random_password.%s.result"]) % env.lower()
        if lang == "sh" and c.chance(0.5):
            self.kind = "secret-manager-reference"
            return c.pick(['"$%s"', '"${%s:?not set}"', '"$(vault kv get -field=%s secret/farm/prod)"', '"$(op read op://Farm/%s/credential)"', '"$(aws ssm get-parameter --name /farm/%s --with-decryption --query Parameter.Value --output text)"']) % (env if c.chance(0.5) else env.lower())
        if lang == "yaml" and c.chance(0.4):
            self.kind = "secret-manager-reference"
            return c.pick(['!secret %s', '"${%s}"', '"{{ vault_%s }}"', '"ref+vault://secret/data/farm#/%s"', '"op://Farm/%s/password"']) % env.lower()
        if lang == "carray":
            self.kind = c.pick(["placeholder", "documented-example", "empty"])
            if self.kind == "placeholder":
                return "FILLMEIN"
            if self.kind == "empty":
                return ", ".join(["0x00"] * 16)
            return carray(c.pick(["2B7E151628AED2A6ABF7158809CF4F3C", "00112233445566778899AABBCCDDEEFF", "01020304050607080102030405060708"]))
        if lang in ("pem", "pemjson"):
            self.kind = "placeholder"
            return '"%s"' % v if lang == "pemjson" else "# private key is mounted from the secret store at runtime"
        if c.chance(0.12) and lang not in ("raw",):
            label, v = "empty", ""
        self.kind = label
        if lang in ("raw", "kv"):
            return v
        if lang in ("py", "js"):
            return '"%s"' % v.replace('"', "'")
        if lang == "yaml":
            return '"%s"' % v.replace('"', "'")
        if lang == "sh":
            return "'%s'" % v
        return '"%s"' % v.replace('"', "'")


# ---------------------------------------------------------------- template registries

POS = []   # (name, fn) ; fn(c, S) -> (relpath, text)
NEG = []   # (name, fn) ; fn(c) -> (relpath, text, provider, kind)


def pos(fn):
    POS.append((fn.__name__, fn))
    return fn


def neg(fn):
    NEG.append((fn.__name__, fn))
    return fn


def J(*lines):
    return "\n".join(lines) + "\n"


# ================================================================ positive templates
# Each returns (relpath, text) and calls S(...) exactly once.

# ---------- Python

@pos
def py_weatherlink(c, S):
    key_hard = c.chance(0.5)
    if key_hard:
        nm = c.name("API_KEY", ["WL_KEY", "station_key", "wl_id"])
        kline = "%s = %s" % (nm, S("wl_key", "py"))
        sline = 'API_SECRET = os.environ["WEATHERLINK_API_SECRET"]'
    else:
        nm = "API_KEY"
        kline = 'API_KEY = os.environ["WEATHERLINK_API_KEY"]'
        sline = "API_SECRET = %s" % S("wl_secret", "py")
    sid = c.r.randint(100000, 999999)
    return c.pick(["scripts/weatherlink_pull.py", "ingest/weatherlink.py", "weather/fetch_current.py"]), J(
        '"""Pull current conditions from the %s Davis station and append to the field log."""' % c.farm(),
        "import csv", "import os", "import time", "", "import requests", "",
        'BASE_URL = "https://api.weatherlink.com/v2"',
        kline, sline, "STATION_ID = %d  # %s" % (sid, c.field()), "",
        "",
        "def current():",
        '    r = requests.get(f"{BASE_URL}/current/{STATION_ID}",',
        '                     params={"api-key": %s},' % nm,
        '                     headers={"X-Api-Secret": API_SECRET}, timeout=20)',
        "    r.raise_for_status()",
        "    return r.json()",
        "", "",
        'if __name__ == "__main__":',
        "    data = current()",
        '    with open("field_log.csv", "a", newline="") as fh:',
        '        csv.writer(fh).writerow([int(time.time()), data["station_id"], len(data["sensors"])])')


@pos
def py_deere_oauth(c, S):
    cid = "0oa" + c.an(17)
    v = S("jd_secret", "py")
    style = c.r.randint(0, 1)
    if style == 0:
        body = ["client = OAuth2Session(",
                '    "%s",' % cid,
                '    redirect_uri="https://%s.example.com/callback",' % slug(c.farm()),
                '    scope=["ag1", "eq1", "org1", "files", "offline_access"],',
                ")", "",
                "def fetch_token(authorization_response):",
                "    return client.fetch_token(",
                "        TOKEN_URL,",
                "        authorization_response=authorization_response,",
                "        client_secret=%s," % v,
                "    )"]
    else:
        nm = c.name("JD_CLIENT_SECRET", ["SHARED_SECRET", "app_secret", "deere_pw"])
        body = ['JD_CLIENT_ID = "%s"' % cid, "%s = %s" % (nm, v), "",
                "client = OAuth2Session(JD_CLIENT_ID, redirect_uri=REDIRECT, scope=SCOPES)", "",
                "def fetch_token(authorization_response):",
                "    return client.fetch_token(TOKEN_URL, authorization_response=authorization_response,",
                "                              client_secret=%s)" % nm]
    return c.pick(["integrations/deere/auth.py", "app/deere_client.py", "ops_center/oauth.py"]), J(
        "# John Deere Operations Center connector (%s)" % c.farm(),
        "from requests_oauthlib import OAuth2Session", "",
        'AUTH_URL = "https://signin.johndeere.com/oauth2/aus78tnlaysMraFhC1t7/v1/authorize"',
        'TOKEN_URL = "https://signin.johndeere.com/oauth2/aus78tnlaysMraFhC1t7/v1/token"',
        'API_BASE = "https://partnerapi.deere.com/platform"',
        'REDIRECT = "http://localhost:9090/callback"',
        'SCOPES = ["ag1", "ag2", "eq1", "org1", "offline_access"]', "", *body, "", "",
        "def organizations(session):",
        '    r = session.get(API_BASE + "/organizations", headers={"Accept": "application/vnd.deere.axiom.v3+json"})',
        "    return r.json()[\"values\"]")


@pos
def py_sentinelhub(c, S):
    cid = c.uuid()
    v = S("sh_secret", "py")
    return c.pick(["ndvi/sentinel_ndvi.py", "imagery/fetch_s2.py", "analysis/ndvi_timeseries.py"]), J(
        "from sentinelhub import SHConfig, SentinelHubRequest, DataCollection, MimeType, BBox, CRS", "",
        "config = SHConfig()",
        'config.sh_client_id = "%s"' % cid,
        "config.sh_client_secret = %s" % v,
        'config.sh_base_url = "https://services.sentinel-hub.com"', "",
        'EVALSCRIPT = """',
        "//VERSION=3",
        "function setup() { return { input: [\"B04\", \"B08\", \"dataMask\"], output: { bands: 2 } }; }",
        "function evaluatePixel(s) { return [(s.B08 - s.B04) / (s.B08 + s.B04), s.dataMask]; }",
        '"""', "",
        "bbox = BBox((%s, %s, %s, %s), crs=CRS.WGS84)  # %s" % (c.lon(), c.lat(), c.lon(), c.lat(), c.field()),
        "request = SentinelHubRequest(",
        "    evalscript=EVALSCRIPT,",
        '    input_data=[SentinelHubRequest.input_data(DataCollection.SENTINEL2_L2A, time_interval=("%s", "%s"))],' % (c.date(), c.date()),
        '    responses=[SentinelHubRequest.output_response("default", MimeType.TIFF)],',
        "    bbox=bbox, size=(512, 512), config=config)",
        "ndvi = request.get_data()[0]")


@pos
def py_planet(c, S):
    v = S("planet_key", "py")
    form = c.r.randint(0, 2)
    if form == 0:
        auth = ["session = requests.Session()", "session.auth = (%s, \"\")" % v]
    elif form == 1:
        auth = ["session = requests.Session()", 'session.headers["Authorization"] = "api-key " + %s' % v]
    else:
        auth = ["%s = %s" % (c.name("PLANET_API_KEY", ["pl_key", "key", "PLANET"]), v),
                "session = requests.Session()", "session.auth = (%s, \"\")" % ("PLANET_API_KEY" if False else "PLANET_API_KEY")]
        auth[0] = "PLANET_API_KEY = %s" % v
    return c.pick(["imagery/planet_search.py", "scripts/order_planetscope.py", "ndvi/planet_client.py"]), J(
        "import json", "import requests", "",
        'DATA_URL = "https://api.planet.com/data/v1"', *auth, "",
        "geom = json.load(open(\"fields/%s.geojson\"))[\"features\"][0][\"geometry\"]" % slug(c.field()),
        "search = {",
        '    "item_types": ["PSScene"],',
        '    "filter": {"type": "AndFilter", "config": [',
        '        {"type": "GeometryFilter", "field_name": "geometry", "config": geom},',
        '        {"type": "RangeFilter", "field_name": "cloud_cover", "config": {"lte": 0.1}}]},',
        "}",
        'res = session.post(DATA_URL + "/quick-search", json=search).json()',
        'for f in res["features"]:',
        '    print(f["id"], f["properties"]["acquired"])')


@pos
def py_ttn_mqtt(c, S):
    app = slug(c.farm())[:20] + "-sensors"
    region = c.pick(REGIONS)
    v = S("tts_key", "py")
    return c.pick(["bridge/ttn_to_influx.py", "lora/uplink_listener.py", "services/ttn_mqtt.py"]), J(
        "import json", "import paho.mqtt.client as mqtt", "",
        'BROKER = "%s.cloud.thethings.network"' % region,
        'APP_ID = "%s@ttn"' % app, "",
        "def on_message(client, userdata, msg):",
        "    up = json.loads(msg.payload)",
        '    dec = up["uplink_message"].get("decoded_payload", {})',
        '    print(up["end_device_ids"]["device_id"], dec.get("soil_moisture"), dec.get("battery"))', "",
        "client = mqtt.Client()",
        "client.username_pw_set(APP_ID, %s)" % v,
        "client.tls_set()",
        "client.on_message = on_message",
        "client.connect(BROKER, 8883)",
        'client.subscribe(f"v3/{APP_ID}/devices/+/up")',
        "client.loop_forever()")


@pos
def py_chirpstack(c, S):
    v = S("chirp_token", "py")
    nm = c.name("API_TOKEN", ["auth", "jwt", "cs_bearer"])
    return c.pick(["lora/chirpstack_devices.py", "tools/cs_enqueue.py", "provisioning/chirp_sync.py"]), J(
        "import grpc", "from chirpstack_api import api", "",
        'SERVER = "%s:8080"' % c.pick(["localhost", "chirpstack.farm.lan", "10.0.4.2"]),
        "%s = %s" % (nm, v), "",
        "channel = grpc.insecure_channel(SERVER)",
        "client = api.DeviceServiceStub(channel)",
        'auth_token = [("authorization", "Bearer %%s" %% %s)]' % nm, "",
        "req = api.EnqueueDeviceQueueItemRequest()",
        "req.queue_item.confirmed = False",
        'req.queue_item.data = bytes([0x01, 0x%02X])  # open valve %d' % (c.r.randint(0, 255), c.r.randint(1, 8)),
        'req.queue_item.dev_eui = "%s"' % c.eui(),
        "req.queue_item.f_port = 10",
        "resp = client.Enqueue(req, metadata=auth_token)",
        "print(resp.id)")


@pos
def py_influx(c, S):
    v = S("influx_token", "py")
    return c.pick(["telemetry/write_soil.py", "ingest/influx_sink.py", "sensors/push_readings.py"]), J(
        "from influxdb_client import InfluxDBClient, Point",
        "from influxdb_client.client.write_api import SYNCHRONOUS", "",
        "client = InfluxDBClient(",
        '    url="http://%s:8086",' % c.pick(["influxdb", "localhost", "10.0.0.12"]),
        "    token=%s," % v,
        '    org="%s",' % slug(c.farm()), ")",
        "write_api = client.write_api(write_options=SYNCHRONOUS)", "",
        "def push(probe_id, depth_cm, vwc, temp_c):",
        '    p = Point("soil").tag("probe", probe_id).tag("depth", depth_cm).field("vwc", vwc).field("temp_c", temp_c)',
        '    write_api.write(bucket="field-sensors", record=p)')


@pos
def py_django_settings(c, S):
    k = c.pick(["db_pass", "django_secret"])
    if k == "db_pass":
        v = S("db_pass", "py")
        core = ["DATABASES = {", '    "default": {', '        "ENGINE": "django.db.backends.postgresql",',
                '        "NAME": "farmrecords",', '        "USER": "farmapp",', '        "PASSWORD": %s,' % v,
                '        "HOST": "%s",' % c.host(), '        "PORT": 5432,', "    }", "}",
                'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]']
    else:
        v = S("django_secret", "py")
        core = ["SECRET_KEY = %s" % v, "", "DATABASES = {", '    "default": dj_database_url.config(default="sqlite:///db.sqlite3")', "}"]
    return c.pick(["farmrecords/settings.py", "config/settings/production.py", "herdbook/settings.py"]), J(
        "import os", "from pathlib import Path", "import dj_database_url", "",
        "BASE_DIR = Path(__file__).resolve().parent.parent",
        "DEBUG = False", 'ALLOWED_HOSTS = ["records.%s.com"]' % slug(c.farm()), "",
        "INSTALLED_APPS = [", '    "django.contrib.admin", "django.contrib.auth", "django.contrib.gis",',
        '    "fields", "spraylog", "harvest",', "]", "", *core, "",
        'TIME_ZONE = "America/Chicago"', 'LANGUAGE_CODE = "en-us"')


@pos
def py_nass(c, S):
    v = S("nass_key", "py")
    crop = c.pick(["CORN", "SOYBEANS", "WHEAT", "SORGHUM"])
    return c.pick(["markets/nass_yields.py", "analysis/county_yields.py"]), J(
        "import requests", "import pandas as pd", "",
        "params = {",
        '    "key": %s,' % v,
        '    "commodity_desc": "%s",' % crop,
        '    "statisticcat_desc": "YIELD",',
        '    "agg_level_desc": "COUNTY",',
        '    "state_alpha": "%s",' % c.pick(["IA", "NE", "IL", "KS", "MN", "SD"]),
        '    "year__GE": 2015,',
        '    "format": "JSON",', "}",
        'r = requests.get("https://quickstats.nass.usda.gov/api/api_GET/", params=params, timeout=60)',
        'df = pd.DataFrame(r.json()["data"])',
        'df["Value"] = pd.to_numeric(df["Value"].str.replace(",", ""), errors="coerce")',
        'print(df.groupby("county_name")["Value"].mean().sort_values().tail(10))')


@pos
def py_rachio(c, S):
    v = S("rachio_key", "raw")
    return c.pick(["irrigation/rachio_zones.py", "controllers/rachio.py"]), J(
        "import requests", "",
        'HEADERS = {"Authorization": "Bearer %s"}' % v,
        'API = "https://api.rach.io/1/public"', "",
        "def run_zone(zone_id, minutes):",
        '    body = {"id": zone_id, "duration": minutes * 60}',
        '    return requests.put(f"{API}/zone/start", json=body, headers=HEADERS, timeout=10).status_code', "",
        "if __name__ == \"__main__\":",
        '    me = requests.get(f"{API}/person/info", headers=HEADERS).json()',
        '    print("rachio user", me["id"])',
        '    run_zone("%s", %d)  # %s drip' % (c.uuid(), c.r.randint(5, 45), c.field()))


@pos
def py_zentra(c, S):
    v = S("zentra_token", "raw")
    sn = "z6-%05d" % c.r.randint(1, 30000)
    return c.pick(["sensors/zentra_pull.py", "soil/zentra.py"]), J(
        "import datetime as dt", "import requests", "",
        'URL = "https://zentracloud.com/api/v4/get_readings/"',
        'HEADERS = {"Authorization": "Token %s"}' % v, "",
        "def readings(serial, days=1):",
        "    start = (dt.datetime.utcnow() - dt.timedelta(days=days)).strftime(\"%Y-%m-%d %H:%M\")",
        '    q = {"device_sn": serial, "start_date": start, "output_format": "json", "per_page": 500}',
        "    return requests.get(URL, params=q, headers=HEADERS, timeout=60).json()", "",
        'print(readings("%s"))  # %s, 30/60/90 cm' % (sn, c.field()))


@pos
def py_twilio(c, S):
    sid = "AC" + c.hex(32)
    v = S("twilio_token", "py")
    return c.pick(["alerts/frost_sms.py", "notify/sms.py"]), J(
        "from twilio.rest import Client", "",
        "FROST_C = 0.5", 'ON_CALL = ["+1515%07d"]' % c.r.randint(0, 9999999), "",
        "client = Client(\"%s\", %s)" % (sid, v), "",
        "def frost_alert(station, temp_c):",
        "    if temp_c > FROST_C:", "        return",
        "    for to in ON_CALL:",
        '        client.messages.create(to=to, from_="+1515%07d",' % c.r.randint(0, 9999999),
        '                               body=f"Frost warning at {station}: {temp_c:.1f} C")')


@pos
def py_boto_drone(c, S):
    kid = "AKIA" + c.b32(16)
    v = S("aws_secret", "py")
    kidv = '"%s"' % kid if S.is_pos else 'os.environ["AWS_ACCESS_KEY_ID"]'
    return c.pick(["drone/upload_flights.py", "uploader/s3_sync.py"]), J(
        "import os", "import pathlib", "import boto3", "",
        's3 = boto3.client("s3", region_name="us-east-2",',
        "                  aws_access_key_id=%s," % kidv,
        "                  aws_secret_access_key=%s)" % v, "",
        'BUCKET = "%s-drone-imagery"' % slug(c.farm()), "",
        "for jpg in sorted(pathlib.Path(\"DCIM/100MEDIA\").glob(\"*.JPG\")):",
        '    key = f"{%r}/{jpg.name}"' % c.date(),
        "    s3.upload_file(str(jpg), BUCKET, key)",
        '    print("uploaded", key)')


@pos
def py_slack(c, S):
    v = S("slack_hook", "py")
    nm = c.name("SLACK_WEBHOOK_URL", ["HOOK", "notify_url", "CHANNEL_URL"])
    return c.pick(["alerts/notify.py", "irrigation/alerts.py", "bin/harvest_report.py"]), J(
        "import json", "import urllib.request", "",
        "%s = %s" % (nm, v), "",
        "def post(text):",
        '    req = urllib.request.Request(%s, data=json.dumps({"text": text}).encode(),' % nm,
        '                                 headers={"Content-Type": "application/json"})',
        "    urllib.request.urlopen(req, timeout=10)", "",
        'post("Pivot %d stopped: low pressure on %s")' % (c.r.randint(1, 9), c.field()))


@pos
def py_agworld(c, S):
    v = S("agworld_token", "raw")
    return c.pick(["integrations/agworld_sync.py", "agworld/activities.py"]), J(
        "import requests", "",
        'BASE = "https://%s.agworld.co/user_api/v1"' % c.pick(["us", "au", "ca"]), "",
        "def activities(since):",
        '    url = f"{BASE}/activities?api_token=%s&filter[updated_at_gt]={since}"' % v,
        "    return requests.get(url, timeout=30).json()[\"data\"]", "",
        'for a in activities("%s"):' % c.date(),
        '    print(a["id"], a["attributes"]["activity_type"], a["attributes"].get("due_at"))')


@pos
def py_fieldview(c, S):
    k = c.pick(["fv_secret", "fv_apikey"])
    if k == "fv_secret":
        v = S("fv_secret", "py")
        lines = ['CLIENT_ID = "%s-%s"' % (slug(c.farm())[:12], c.lan(6)), "CLIENT_SECRET = %s" % v,
                 'API_KEY = os.environ["FIELDVIEW_API_KEY"]']
    else:
        v = S("fv_apikey", "py")
        lines = ['CLIENT_ID = os.environ["FIELDVIEW_CLIENT_ID"]', 'CLIENT_SECRET = os.environ["FIELDVIEW_CLIENT_SECRET"]',
                 "API_KEY = %s" % v]
    return c.pick(["integrations/fieldview.py", "climate/fv_client.py"]), J(
        "import os", "import requests", "", *lines, "",
        'TOKEN_URL = "https://api.climate.com/api/oauth/token"', "",
        "def refresh(refresh_token):",
        "    r = requests.post(TOKEN_URL, auth=(CLIENT_ID, CLIENT_SECRET),",
        '                      data={"grant_type": "refresh_token", "refresh_token": refresh_token})',
        '    return r.json()["access_token"]', "",
        "def fields(access_token):",
        '    h = {"Authorization": f"Bearer {access_token}", "X-Api-Key": API_KEY}',
        '    return requests.get("https://platform.climate.com/v4/fields", headers=h).json()')


# ---------- Jupyter

def notebook(cells):
    nb = {"cells": [], "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                    "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    for i, (typ, src) in enumerate(cells):
        lines = src.split("\n")
        cell = {"cell_type": typ, "id": "c%02d" % i, "metadata": {},
                "source": [l + "\n" for l in lines[:-1]] + [lines[-1]]}
        if typ == "code":
            cell["execution_count"] = None
            cell["outputs"] = []
        nb["cells"].append(cell)
    return json.dumps(nb, indent=1) + "\n"


@pos
def ipynb_ndvi(c, S):
    k = c.pick(["planet_key", "sh_secret"])
    if k == "planet_key":
        v = S("planet_key", "py")
        auth = "import requests\nPL_API_KEY = %s\nsession = requests.Session()\nsession.auth = (PL_API_KEY, '')" % v.replace('"', "'")
    else:
        v = S("sh_secret", "py")
        auth = "from sentinelhub import SHConfig\nconfig = SHConfig()\nconfig.sh_client_id = '%s'\nconfig.sh_client_secret = %s" % (c.uuid(), v.replace('"', "'"))
    return c.pick(["notebooks/ndvi_%s.ipynb" % slug(c.field()), "analysis/NDVI_season_%d.ipynb" % c.r.randint(2021, 2024)]), notebook([
        ("markdown", "# NDVI time series - %s\nField: %s, crop: %s" % (c.farm(), c.field(), c.crop())),
        ("code", "import numpy as np\nimport rasterio\nimport matplotlib.pyplot as plt"),
        ("code", auth),
        ("code", "def ndvi(red, nir):\n    return (nir - red) / np.clip(nir + red, 1e-6, None)"),
        ("markdown", "Scenes with cloud cover above 10 % are dropped."),
    ])


@pos
def ipynb_yield(c, S):
    v = S("db_pass", "raw")
    return c.pick(["notebooks/yield_model.ipynb", "research/yield_vs_soil.ipynb"]), notebook([
        ("markdown", "## Yield vs. soil EC\nJoins harvest points with the EC survey for %s." % c.field()),
        ("code", "import pandas as pd\nimport geopandas as gpd\nfrom sqlalchemy import create_engine"),
        ("code", "engine = create_engine('postgresql://%s:%s@%s:5432/yieldmaps')" % (c.user(), v, c.host())),
        ("code", "pts = gpd.read_postgis('SELECT * FROM harvest_points WHERE season = %d', engine, geom_col='geom')\npts.describe()" % c.r.randint(2019, 2024)),
    ])


# ---------- R

@pos
def r_nass(c, S):
    v = S("nass_key", "r")
    form = c.r.randint(0, 1)
    auth = "nassqs_auth(key = %s)" % v if form == 0 else "Sys.setenv(NASSQS_TOKEN = %s)" % v
    return c.pick(["R/nass_prices.R", "analysis/county_yield.R"]), J(
        "library(rnassqs)", "library(dplyr)", "library(ggplot2)", "", auth, "",
        "params <- list(commodity_desc = \"%s\", statisticcat_desc = \"PRICE RECEIVED\"," % c.pick(["CORN", "SOYBEANS", "WHEAT"]),
        "               agg_level_desc = \"STATE\", state_alpha = \"%s\", year = 2010:2024)" % c.pick(["IA", "IL", "NE"]),
        "prices <- nassqs(params)", "",
        "prices %>%", "  mutate(Value = as.numeric(Value)) %>%",
        "  ggplot(aes(year, Value)) + geom_line() + labs(y = \"$/bu\")")


@pos
def r_weatherlink(c, S):
    v = S("wl_secret", "r")
    return c.pick(["R/weather_qc.R", "scripts/gdd_from_station.R"]), J(
        "library(httr)", "library(jsonlite)", "",
        "station <- %d" % c.r.randint(100000, 999999),
        "key <- Sys.getenv(\"WEATHERLINK_API_KEY\")", "",
        "resp <- GET(paste0(\"https://api.weatherlink.com/v2/current/\", station),",
        "            query = list(`api-key` = key),",
        "            add_headers(`X-Api-Secret` = %s))" % v,
        "dat <- fromJSON(content(resp, \"text\"))", "",
        "# growing degree days, base 10 C",
        "gdd <- function(tmax, tmin) pmax((tmax + tmin) / 2 - 10, 0)")


# ---------- Arduino / ESP / PlatformIO

@pos
def ino_lmic(c, S):
    v = S(c.pick(["appkey", "nwkkey"]), "carray")
    dev = c.hex(16, True)
    deveui = ", ".join("0x" + dev[i:i + 2] for i in range(14, -2, -2))
    return c.pick(["firmware/soil_node/soil_node.ino", "nodes/ttn-otaa/ttn-otaa.ino", "src/main.ino"]), J(
        "#include <lmic.h>", "#include <hal/hal.h>", "#include <SPI.h>", "",
        "// LSB, as in the TTN console (%s, %s)" % (c.farm(), c.field()),
        "static const u1_t PROGMEM APPEUI[8] = { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 };",
        "void os_getArtEui (u1_t* buf) { memcpy_P(buf, APPEUI, 8); }", "",
        "static const u1_t PROGMEM DEVEUI[8] = { %s };" % deveui,
        "void os_getDevEui (u1_t* buf) { memcpy_P(buf, DEVEUI, 8); }", "",
        "// MSB",
        "static const u1_t PROGMEM APPKEY[16] = { %s };" % v,
        "void os_getDevKey (u1_t* buf) { memcpy_P(buf, APPKEY, 16); }", "",
        "const lmic_pinmap lmic_pins = {", "  .nss = 18, .rxtx = LMIC_UNUSED_PIN, .rst = 14, .dio = {26, 33, 32},", "};", "",
        "static osjob_t sendjob;", "const unsigned TX_INTERVAL = %d;" % c.pick([300, 600, 900]), "",
        "void setup() {", "  Serial.begin(115200);", "  os_init();", "  LMIC_reset();", "  do_send(&sendjob);", "}", "",
        "void loop() { os_runloop_once(); }")


@pos
def ino_at_modem(c, S):
    v = S("appkey", "raw")
    return c.pick(["firmware/rak_node/rak_node.ino", "sketches/moisture_at/moisture_at.ino"]), J(
        "// RAK3172 / RUI3 AT-command node for %s" % c.field(),
        "#define DEVEUI \"%s\"" % c.eui(),
        "#define APPEUI \"%s\"" % c.eui(c.pick(["70B3D57ED", "0000000000"])),
        "",
        "void send(const char* cmd) { Serial1.println(cmd); delay(200); }", "",
        "void setup() {",
        "  Serial1.begin(115200);",
        "  send(\"AT+NWM=1\");",
        "  send(\"AT+NJM=1\");",
        "  send(\"AT+BAND=%d\");" % c.pick([4, 5]),
        "  send(\"AT+DEVEUI=\" DEVEUI);",
        "  send(\"AT+APPEUI=\" APPEUI);",
        "  send(\"AT+APPKEY=%s\");" % v,
        "  send(\"AT+JOIN=1:0:10:8\");",
        "}", "",
        "void loop() {",
        "  int raw = analogRead(A1);",
        "  char buf[32];",
        "  snprintf(buf, sizeof(buf), \"AT+SEND=2:%04X\", raw);",
        "  send(buf);",
        "  delay(600000);",
        "}")


@pos
def ino_wifi(c, S):
    k = c.pick(["wifi_pass", "wifi_pass", "ota_pass"])
    ssid = c.pick(["FarmShop", "Barn-AP", "%s-Office" % c.pick(WORDS), "GrainBin_WiFi", "MachineShed"])
    if k == "wifi_pass":
        nm = c.name("password", ["pass", "wifi_key", "psk"])
        core = ['const char* ssid = "%s";' % ssid, "const char* %s = %s;" % (nm, S("wifi_pass", "c"))]
        conn = "WiFi.begin(ssid, %s);" % nm
        ota = "ArduinoOTA.begin();"
    else:
        core = ['#include "secrets.h"  // WIFI_SSID / WIFI_PASS']
        conn = "WiFi.begin(WIFI_SSID, WIFI_PASS);"
        ota = "ArduinoOTA.setPassword(%s);\n  ArduinoOTA.begin();" % S("ota_pass", "c")
    return c.pick(["firmware/weather_esp32/weather_esp32.ino", "esp/tank_level/tank_level.ino", "sketches/bin_temp/bin_temp.ino"]), J(
        "#include <WiFi.h>", "#include <ArduinoOTA.h>", "#include <Wire.h>", "#include <Adafruit_BME280.h>", "",
        *core, "", "Adafruit_BME280 bme;", "",
        "void setup() {", "  Serial.begin(115200);", "  %s" % conn,
        "  while (WiFi.status() != WL_CONNECTED) { delay(500); Serial.print('.'); }",
        "  %s" % ota, "  bme.begin(0x76);", "}", "",
        "void loop() {", "  ArduinoOTA.handle();",
        "  float t = bme.readTemperature();", "  float h = bme.readHumidity();",
        "  Serial.printf(\"%.1f C %.0f %%\\n\", t, h);", "  delay(%d);" % c.pick([10000, 30000, 60000]), "}")


@pos
def ino_mqtt(c, S):
    v = S("mqtt_pass", "c")
    user = c.pick(["valve", "pump-ctl", "farm", "irrigation", "nodes"])
    form = c.r.randint(0, 1)
    if form == 0:
        lines = ['const char* mqtt_user = "%s";' % user, "const char* mqtt_pass = %s;" % v]
        conn = 'client.connect("valve-%d", mqtt_user, mqtt_pass)' % c.r.randint(1, 20)
    else:
        lines = []
        conn = 'client.connect("valve-%d", "%s", %s)' % (c.r.randint(1, 20), user, v)
    return c.pick(["firmware/valve_ctl/valve_ctl.ino", "esp/pump_relay/pump_relay.ino"]), J(
        "#include <WiFi.h>", "#include <PubSubClient.h>", '#include "wifi_config.h"', "",
        'const char* mqtt_server = "%s";' % c.pick(["192.168.10.5", "mqtt.farm.lan", "broker.local"]),
        *lines, "", "WiFiClient espClient;", "PubSubClient client(espClient);", "const int RELAY = 26;", "",
        "void callback(char* topic, byte* payload, unsigned int len) {",
        "  digitalWrite(RELAY, payload[0] == '1' ? HIGH : LOW);", "}", "",
        "void reconnect() {", "  while (!client.connected()) {",
        "    if (%s) {" % conn,
        '      client.subscribe("farm/%s/valve/set");' % slug(c.field()),
        "    } else { delay(5000); }", "  }", "}", "",
        "void setup() { pinMode(RELAY, OUTPUT); connectWifi(); client.setServer(mqtt_server, 1883); client.setCallback(callback); }",
        "void loop() { if (!client.connected()) reconnect(); client.loop(); }")


@pos
def h_secrets(c, S):
    k = c.pick(["blynk_token", "wifi_pass", "thingspeak_key", "aio_key"])
    env = {"blynk_token": "BLYNK_AUTH_TOKEN", "wifi_pass": "SECRET_PASS", "thingspeak_key": "SECRET_WRITE_APIKEY", "aio_key": "IO_KEY"}[k]
    if c.chance(0.5) and k != "blynk_token":
        env = c.pick(["MY_KEY", "CRED_2", "NET_PW", "K_WRITE"])
    v = S(k, "c")
    extra = {"blynk_token": ['#define BLYNK_TEMPLATE_ID "TMPL%s"' % c.an(8), '#define BLYNK_TEMPLATE_NAME "Greenhouse"'],
             "wifi_pass": ['#define SECRET_SSID "%s"' % c.pick(["FarmShop", "Barn-AP"])],
             "thingspeak_key": ["#define SECRET_CH_ID %d" % c.r.randint(100000, 2999999)],
             "aio_key": ['#define IO_USERNAME "%s"' % slug(c.farm())[:14]]}[k]
    return c.pick(["firmware/greenhouse/arduino_secrets.h", "src/secrets.h", "include/credentials.h"]), J(
        "#pragma once", "// %s - greenhouse controller" % c.farm(), *extra, "#define %s %s" % (env, v), "")


@pos
def cpp_abp(c, S):
    v = S("appskey", "raw")
    nw = c.hex(32, True)
    pair = ['static const char* APPSKEY = "%s";' % v]
    pair.append('static const char* NWKSKEY = "%s";' % nw if S.is_pos else 'static const char* NWKSKEY = APPSKEY_PLACEHOLDER_NWK;')
    return c.pick(["src/lorawan_abp.cpp", "lib/radio/abp_session.cpp"]), J(
        '#include "lorawan.h"', "", "// ABP session for the %s rain gauge" % c.field(),
        "static const uint32_t DEVADDR = 0x%s;" % c.hex(8, True), *pair, "",
        "void lorawan_init(Radio& radio) {",
        "    radio.setDevAddr(DEVADDR);", "    radio.setSessionKeys(NWKSKEY, APPSKEY);",
        "    radio.setAdr(true);", "    radio.setDataRate(DR_SF9);", "}")


@pos
def pio_ini(c, S):
    k = c.pick(["wifi_pass", "ota_pass"])
    v = S(k, "raw")
    if k == "wifi_pass":
        flag = "    -DWIFI_PASS=\\\"%s\\\"" % v
        upl = ""
    else:
        flag = "    -DCORE_DEBUG_LEVEL=1"
        upl = "upload_flags = --auth=%s" % v
    return "platformio.ini", J(
        "; %s - pivot monitor" % c.farm(), "[env:esp32dev]", "platform = espressif32", "board = esp32dev",
        "framework = arduino", "monitor_speed = 115200", "lib_deps =", "    knolleary/PubSubClient@^2.8",
        "    adafruit/Adafruit BME280 Library@^2.2.2", "build_flags =",
        "    -DWIFI_SSID=\\\"%s\\\"" % c.pick(["PivotNet", "Barn-AP"]), flag,
        "upload_protocol = espota", "upload_port = pivot-%d.local" % c.r.randint(1, 9), upl)


# ---------- YAML

@pos
def yml_tts_stack(c, S):
    k = c.pick(["db_pass", "tts_cookie", "redis_pass"])
    dom = "lns.%s.com" % slug(c.farm())[:16]
    if k == "db_pass":
        db = "  database-uri: 'postgres://ttn:%s@%s:5432/ttn_lorawan?sslmode=disable'" % (S("db_pass", "raw"), c.pick(["postgres", "db.internal"]))
        ck = "      hash-key: ${TTN_LW_HTTP_COOKIE_HASH_KEY}"
        rd = "  address: 'redis:6379'"
    elif k == "tts_cookie":
        db = "  database-uri: 'postgres://ttn:${POSTGRES_PASSWORD}@postgres:5432/ttn_lorawan?sslmode=disable'"
        ck = "      hash-key: %s" % S("tts_cookie", "yaml")
        rd = "  address: 'redis:6379'"
    else:
        db = "  database-uri: 'postgres://ttn:${POSTGRES_PASSWORD}@postgres:5432/ttn_lorawan?sslmode=disable'"
        ck = "      hash-key: ${TTN_LW_HTTP_COOKIE_HASH_KEY}"
        rd = "  address: 'redis:6379'\n  password: %s" % S("redis_pass", "yaml")
    return c.pick(["config/stack/ttn-lw-stack-docker.yml", "lns/config.yml"]), J(
        "# The Things Stack - %s private LNS" % c.farm(),
        "is:", "  email:", "    sender-name: 'The Things Stack'", "    sender-address: 'noreply@%s'" % dom,
        "    network:", "      console-url: 'https://%s/console'" % dom, db, "",
        "redis:", rd, "",
        "http:", "  cookie:", "      block-key: ${TTN_LW_HTTP_COOKIE_BLOCK_KEY}", ck,
        "  metrics:", "    password: ${TTN_LW_METRICS_PASSWORD}", "",
        "console:", "  ui:", "    canonical-url: 'https://%s/console'" % dom,
        "  oauth:", "    client-id: 'console'", "    client-secret: ${TTN_LW_CONSOLE_SECRET}", "",
        "gs:", "  mqtt:", "    public-address: '%s:1882'" % dom)


@pos
def yml_compose_chirp(c, S):
    v = S("db_pass", "yaml")
    nm = "POSTGRES_PASSWORD"
    return c.pick(["docker-compose.yml", "lorawan/docker-compose.yml", "deploy/compose.yaml"]), J(
        "services:", "  chirpstack:", "    image: chirpstack/chirpstack:4", "    command: -c /etc/chirpstack",
        "    restart: unless-stopped", "    volumes:", "      - ./configuration/chirpstack:/etc/chirpstack",
        "    depends_on: [postgres, mosquitto, redis]", "    ports:", '      - "8080:8080"', "",
        "  chirpstack-gateway-bridge:", "    image: chirpstack/chirpstack-gateway-bridge:4", "    ports:", '      - "1700:1700/udp"', "",
        "  postgres:", "    image: postgres:14-alpine", "    restart: unless-stopped", "    environment:",
        "      POSTGRES_USER: chirpstack", "      %s: %s" % (nm, v), "      POSTGRES_DB: chirpstack",
        "    volumes:", "      - postgresqldata:/var/lib/postgresql/data", "",
        "  redis:", "    image: redis:7-alpine", "", "  mosquitto:", "    image: eclipse-mosquitto:2", "    ports:", '      - "1883:1883"', "",
        "volumes:", "  postgresqldata:")


@pos
def yml_compose_nodered(c, S):
    v = S("influx_token", "yaml")
    return c.pick(["stack/docker-compose.yml", "farm-iot/docker-compose.yaml"]), J(
        'version: "3.8"', "services:", "  nodered:", "    image: nodered/node-red:3.1", "    ports:", '      - "1880:1880"',
        "    volumes:", "      - ./nodered:/data", "    environment:", "      - TZ=America/Chicago", "",
        "  influxdb:", "    image: influxdb:2.7", "    ports:", '      - "8086:8086"', "    environment:",
        "      DOCKER_INFLUXDB_INIT_MODE: setup", "      DOCKER_INFLUXDB_INIT_USERNAME: admin",
        "      DOCKER_INFLUXDB_INIT_ORG: %s" % slug(c.farm()), "      DOCKER_INFLUXDB_INIT_BUCKET: field-sensors",
        "      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: %s" % v, "",
        "  grafana:", "    image: grafana/grafana:10.2.3", "    ports:", '      - "3000:3000"', "    depends_on: [influxdb]")


@pos
def yml_ha_secrets(c, S):
    k = c.pick(["mqtt_pass", "wl_secret", "ha_token", "owm_key"])
    nm = {"mqtt_pass": "mqtt_password", "wl_secret": "weatherlink_api_secret", "ha_token": "barn_ha_token", "owm_key": "openweathermap_api_key"}[k]
    v = S(k, "yaml")
    return c.pick(["homeassistant/secrets.yaml", "ha-config/secrets.yaml"]), J(
        "# Use this file to store secrets like usernames and passwords.",
        "# Learn more at https://www.home-assistant.io/docs/configuration/secrets/",
        "home_latitude: %s" % c.lat(), "home_longitude: %s" % c.lon(), "mqtt_broker: 192.168.%d.%d" % (c.r.randint(0, 20), c.r.randint(2, 250)),
        "mqtt_username: homeassistant", "%s: %s" % (nm, v), "weatherlink_station_id: %d" % c.r.randint(100000, 999999))


@pos
def yml_ha_rest(c, S):
    v = S("wl_secret", "raw")
    sid = c.r.randint(100000, 999999)
    return c.pick(["homeassistant/packages/weather_station.yaml", "ha-config/sensors/weatherlink.yaml"]), J(
        "rest:",
        "  - resource: https://api.weatherlink.com/v2/current/%d?api-key=!secret weatherlink_api_key" % sid,
        "    scan_interval: 300", "    headers:", '      X-Api-Secret: "%s"' % v, "    sensor:",
        "      - name: \"Field rain rate\"", "        unit_of_measurement: \"mm/h\"",
        "        value_template: \"{{ value_json.sensors[0].data[0].rain_rate_last_mm }}\"",
        "      - name: \"Field wind speed\"", "        unit_of_measurement: \"mph\"",
        "        value_template: \"{{ value_json.sensors[0].data[0].wind_speed_avg_last_10_min }}\"")


@pos
def yml_gha(c, S):
    k = c.pick(["aws_secret", "tts_key", "github_pat", "sendgrid_key"])
    envname = {"aws_secret": "AWS_SECRET_ACCESS_KEY", "tts_key": "TTS_API_KEY", "github_pat": "GH_TOKEN", "sendgrid_key": "SENDGRID_API_KEY"}[k]
    v = S(k, "yaml")
    extra = ["      AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}"] if k == "aws_secret" else []
    return ".github/workflows/%s" % c.pick(["deploy.yml", "nightly-ingest.yml", "provision.yml"]), J(
        "name: nightly-ingest", "on:", "  schedule:", '    - cron: "15 5 * * *"', "  workflow_dispatch: {}", "",
        "jobs:", "  ingest:", "    runs-on: ubuntu-latest", "    env:", *extra, "      %s: %s" % (envname, v),
        "      AWS_DEFAULT_REGION: us-east-2", "    steps:", "      - uses: actions/checkout@v4",
        "      - uses: actions/setup-python@v5", "        with:", '          python-version: "3.11"',
        "      - run: pip install -r requirements.txt", "      - run: python -m ingest.run --since yesterday")


@pos
def yml_helm(c, S):
    k = c.pick(["chirp_secret", "tts_cookie", "sh_secret"])
    v = S(k, "yaml")
    if k == "chirp_secret":
        block = ["chirpstack:", "  api:", "    bind: 0.0.0.0:8080", "    secret: %s" % v]
    elif k == "tts_cookie":
        block = ["global:", "  http:", "    cookie:", "      hashKey: %s" % v, "      blockKey: {{ .Values.cookieBlockKey }}"]
    else:
        block = ["imagery:", "  sentinelhub:", "    clientId: %s" % c.uuid(), "    clientSecret: %s" % v]
    return c.pick(["deploy/values.yaml", "charts/farm-platform/values-prod.yaml"]), J(
        "replicaCount: 2", "image:", "  repository: ghcr.io/%s/platform" % slug(c.farm()), "  tag: \"1.%d.%d\"" % (c.r.randint(0, 9), c.r.randint(0, 30)),
        "ingress:", "  enabled: true", "  hosts:", "    - host: app.%s.com" % slug(c.farm()), "", *block, "",
        "resources:", "  limits:", "    cpu: 500m", "    memory: 512Mi")


@pos
def yml_k8s_secret(c, S):
    k = c.pick(["sh_secret", "jd_secret", "dtn_secret", "bushel_secret", "granular_secret"])
    envn = SECRETS[k][3]
    v = S(k, "yaml")
    return c.pick(["k8s/secrets.yaml", "manifests/integrations-secret.yaml"]), J(
        "apiVersion: v1", "kind: Secret", "metadata:", "  name: integrations", "  namespace: %s" % slug(c.farm())[:20],
        "type: Opaque", "stringData:", "  %s: %s" % (envn.replace("_SECRET", "_ID"), c.uuid() if k != "jd_secret" else "0oa" + c.an(17)),
        "  %s: %s" % (envn, v))


@pos
def yml_ansible(c, S):
    k = c.pick(["mqtt_pass", "wifi_pass", "db_pass"])
    nm = {"mqtt_pass": c.name("mqtt_password", ["broker_pw", "mosq_secret"]), "wifi_pass": c.name("wifi_psk", ["wlan_passphrase", "ap_key"]), "db_pass": c.name("postgres_password", ["pg_pw", "db_secret"])}[k]
    v = S(k, "yaml")
    return c.pick(["ansible/group_vars/gateways.yml", "inventory/group_vars/all.yml"]), J(
        "---", "timezone: America/Chicago", "gateway_region: US915", "ntp_servers:", "  - 0.pool.ntp.org", "  - 1.pool.ntp.org",
        "mqtt_host: 10.%d.0.5" % c.r.randint(0, 50), "mqtt_user: gateway", "%s: %s" % (nm, v), "wifi_ssid: %s" % c.pick(["FarmShop", "PivotNet"]),
        "packet_forwarder_port: 1700")


@pos
def yml_esphome(c, S):
    k = c.pick(["esphome_key", "wifi_pass", "ota_pass"])
    v = S(k, "yaml")
    api = ["api:", "  encryption:", "    key: %s" % v] if k == "esphome_key" else ["api:", "  encryption:", "    key: !secret api_key"]
    wifi = ["wifi:", "  ssid: \"%s\"" % c.pick(["Barn-AP", "FarmShop"]), "  password: %s" % (v if k == "wifi_pass" else "!secret wifi_password")]
    ota = ["ota:", "  - platform: esphome", "    password: %s" % (v if k == "ota_pass" else "!secret ota_password")]
    return c.pick(["esphome/irrigation-valve-%d.yaml" % c.r.randint(1, 9), "esphome/water-trough.yaml"]), J(
        "esphome:", "  name: %s" % c.pick(["irrigation-valve", "water-trough", "bin-fan"]), "esp32:", "  board: esp32dev", "",
        *wifi, "", *api, "", *ota, "", "switch:", "  - platform: gpio", "    pin: GPIO26", "    name: \"Zone 1\"",
        "sensor:", "  - platform: pulse_meter", "    pin: GPIO27", "    name: \"Flow\"")


# ---------- TOML

@pos
def toml_chirpstack(c, S):
    k = c.pick(["chirp_secret", "db_pass", "mqtt_pass"])
    if k == "chirp_secret":
        api = 'secret = %s' % S("chirp_secret", "toml")
        dsn = 'dsn = "postgres://chirpstack:$POSTGRESQL_PASSWORD@$POSTGRESQL_HOST/chirpstack?sslmode=disable"'
        mq = ""
    elif k == "db_pass":
        api = 'secret = "$CHIRPSTACK_API_SECRET"'
        dsn = 'dsn = "postgres://chirpstack:%s@%s/chirpstack?sslmode=disable"' % (S("db_pass", "raw"), c.pick(["localhost", "postgres"]))
        mq = ""
    else:
        api = 'secret = "$CHIRPSTACK_API_SECRET"'
        dsn = 'dsn = "postgres://chirpstack:$POSTGRESQL_PASSWORD@$POSTGRESQL_HOST/chirpstack?sslmode=disable"'
        mq = "  password = %s" % S("mqtt_pass", "toml")
    return c.pick(["configuration/chirpstack/chirpstack.toml", "lorawan/chirpstack.toml"]), J(
        "[logging]", '  level = "info"', "", "[postgresql]", "  " + dsn, "  max_open_connections = 10", "",
        "[redis]", '  servers = ["redis://$REDIS_HOST/"]', "", "[network]", '  net_id = "000000"',
        '  enabled_regions = ["us915_1"]', "", "[api]", '  bind = "0.0.0.0:8080"', "  " + api, "",
        "[integration]", '  enabled = ["mqtt"]', "", "  [integration.mqtt]", '    server = "tcp://$MQTT_BROKER_HOST:1883/"',
        "    json = true", '  username = "chirpstack"' if mq else "", mq)


@pos
def toml_bridge(c, S):
    v = S("mqtt_pass", "toml")
    return c.pick(["configuration/chirpstack-gateway-bridge/chirpstack-gateway-bridge.toml", "gateway/bridge.toml"]), J(
        "[general]", "log_level = 4", "", "[backend]", 'type = "semtech_udp"', "", "  [backend.semtech_udp]", '  udp_bind = "0.0.0.0:1700"', "",
        "[integration]", 'marshaler = "json"', "", "  [integration.mqtt]",
        '  event_topic_template = "us915_1/gateway/{{ .GatewayID }}/event/{{ .EventType }}"',
        '  command_topic_template = "us915_1/gateway/{{ .GatewayID }}/command/#"', "",
        "  [integration.mqtt.auth]", '  type = "generic"', "", "    [integration.mqtt.auth.generic]",
        '    servers = ["tcp://%s:1883"]' % c.pick(["mosquitto", "10.0.4.2", "mqtt.farm.lan"]),
        '    username = "gw-%s"' % c.hex(6), "    password = %s" % v, "    qos = 0", "    clean_session = true")


@pos
def toml_sentinelhub(c, S):
    v = S("sh_secret", "toml")
    return c.pick(["config/sentinelhub/config.toml", ".config/sentinelhub/config.toml"]), J(
        '[default-profile]', 'instance_id = ""', 'sh_client_id = "%s"' % c.uuid(), "sh_client_secret = %s" % v,
        'sh_base_url = "https://services.sentinel-hub.com"', 'sh_auth_base_url = "https://services.sentinel-hub.com"',
        "max_download_attempts = 4", "download_sleep_time = 5.0", "", "[cdse]",
        'sh_base_url = "https://sh.dataspace.copernicus.eu"',
        'sh_token_url = "https://identity.dataspace.copernicus.eu/auth/realms/CDSE/protocol/openid-connect/token"')


@pos
def toml_telegraf(c, S):
    v = S("influx_token", "toml")
    return c.pick(["telegraf/telegraf.conf", "gateway/telegraf.conf"]), J(
        "[agent]", '  interval = "30s"', "  round_interval = true", "",
        "[[inputs.mqtt_consumer]]", '  servers = ["tcp://127.0.0.1:1883"]',
        '  topics = ["farm/+/soil/#", "farm/+/weather/#"]', '  data_format = "json"', "",
        "[[outputs.influxdb_v2]]", '  urls = ["http://%s:8086"]' % c.pick(["influxdb", "10.0.0.12"]),
        "  token = %s" % v, '  organization = "%s"' % slug(c.farm()), '  bucket = "field-sensors"')


@pos
def toml_app(c, S):
    k = c.pick(["cnh_secret", "agco_secret", "trimble_secret", "farmos_secret", "arable_key", "sentek_key"])
    v = S(k, "toml")
    sect = {"cnh_secret": "cnh", "agco_secret": "agco", "trimble_secret": "trimble", "farmos_secret": "farmos", "arable_key": "arable", "sentek_key": "irrimax"}[k]
    fld = "api_key" if k in ("arable_key", "sentek_key") else c.pick(["client_secret", "secret"])
    return c.pick(["config/integrations.toml", "settings/prod.toml"]), J(
        "[server]", 'bind = "0.0.0.0:8000"', 'log_level = "info"', "",
        "[%s]" % sect, 'base_url = "https://api.%s.example/v1"' % sect if False else 'base_url = "%s"' % {
            "cnh": "https://ag.api.cnhind.com", "agco": "https://api.agcocorp.com", "trimble": "https://cloud.api.trimble.com",
            "farmos": "https://%s.farmos.net" % slug(c.farm())[:12], "arable": "https://api.arable.cloud/api/v2", "irrimax": "https://www.irrimaxlive.com/api"}[sect],
        'client_id = "%s"' % c.lan(24) if fld != "api_key" else 'account = "%s"' % slug(c.farm()), "%s = %s" % (fld, v), "",
        "[sync]", "interval_minutes = %d" % c.pick([15, 30, 60]), 'fields = ["%s", "%s"]' % (c.field(), c.field()))


# ---------- JSON / Node-RED

@pos
def json_nodered_flow(c, S):
    k = c.pick(["wl_secret", "owm_key", "tomorrow_key", "arable_key"])
    v = S(k, "raw")
    if k == "wl_secret":
        fn = "msg.headers = { 'X-Api-Secret': '%s' };\\nmsg.url = 'https://api.weatherlink.com/v2/current/%d?api-key=' + env.get('WL_KEY');\\nreturn msg;" % (v, c.r.randint(100000, 999999))
    elif k == "owm_key":
        fn = "msg.url = 'https://api.openweathermap.org/data/2.5/weather?lat=%s&lon=%s&units=metric&appid=%s';\\nreturn msg;" % (c.lat(), c.lon(), v)
    elif k == "tomorrow_key":
        fn = "msg.url = 'https://api.tomorrow.io/v4/weather/forecast?location=%s,%s&apikey=%s';\\nreturn msg;" % (c.lat(), c.lon(), v)
    else:
        fn = "msg.headers = { Authorization: 'Apikey %s' };\\nmsg.url = 'https://api.arable.cloud/api/v2/data/hourly?device=%s';\\nreturn msg;" % (v, "C%06d" % c.r.randint(1000, 999999))
    ids = [c.hex(16) for _ in range(4)]
    nodes = [
        '  {"id": "%s", "type": "tab", "label": "Weather %s", "disabled": false, "info": ""},' % (ids[0], c.field()),
        '  {"id": "%s", "type": "inject", "z": "%s", "name": "every 10 min", "repeat": "600", "once": true, "x": 120, "y": 80, "wires": [["%s"]]},' % (ids[1], ids[0], ids[2]),
        '  {"id": "%s", "type": "function", "z": "%s", "name": "build request", "func": "%s", "outputs": 1, "x": 310, "y": 80, "wires": [["%s"]]},' % (ids[2], ids[0], fn, ids[3]),
        '  {"id": "%s", "type": "http request", "z": "%s", "name": "", "method": "GET", "ret": "obj", "url": "", "x": 500, "y": 80, "wires": [[]]}' % (ids[3], ids[0]),
    ]
    return c.pick(["nodered/flows.json", "node-red/flows_weather.json"]), "[\n" + "\n".join(nodes) + "\n]\n"


@pos
def js_nodered_settings(c, S):
    v = S("nodered_cred", "js")
    return c.pick(["nodered/settings.js", "node-red/settings.js"]), J(
        "module.exports = {", "    flowFile: 'flows.json',", "    credentialSecret: %s," % v,
        "    uiPort: process.env.PORT || 1880,", "    mqttReconnectTime: 15000,", "    serialReconnectTime: 15000,",
        "    functionGlobalContext: {", "        farm: '%s'," % c.farm(), "    },",
        "    logging: { console: { level: 'info', metrics: false, audit: false } },", "    editorTheme: { projects: { enabled: false } },", "};")


@pos
def json_appsettings(c, S):
    v = S("sql_pass", "raw")
    return c.pick(["ScaleHouse/appsettings.json", "src/GrainTickets.Api/appsettings.Production.json"]), J(
        "{", '  "Logging": { "LogLevel": { "Default": "Information" } },',
        '  "ConnectionStrings": {',
        '    "Tickets": "Server=%s;Database=GrainTickets;User Id=scale;Password=%s;TrustServerCertificate=True"' % (c.pick(["SCALEHOUSE\\\\SQLEXPRESS", "10.1.1.20", "sql01.coop.local"]), v),
        "  },", '  "Elevator": { "Name": "%s", "Location": "%s", "Scales": 2 },' % (c.farm(), c.field()),
        '  "AllowedHosts": "*"', "}")


@pos
def json_gcp_sa(c, S):
    proj = slug(c.farm())[:18] + "-%d" % c.r.randint(100000, 999999)
    v = S("pem_key", "pemjson")
    return c.pick(["credentials/gcp-service-account.json", "bigquery/sa-key.json"]), J(
        "{", '  "type": "service_account",', '  "project_id": "%s",' % proj, '  "private_key_id": "%s",' % c.hex(40),
        '  "private_key": %s,' % v, '  "client_email": "yield-etl@%s.iam.gserviceaccount.com",' % proj,
        '  "client_id": "%d",' % c.r.randint(10 ** 20, 10 ** 21 - 1), '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
        '  "token_uri": "https://oauth2.googleapis.com/token"', "}")


@pos
def json_tts_webhook(c, S):
    k = c.pick(["webhook_secret", "tts_key"])
    v = S(k, "raw")
    hdr = ('"X-Webhook-Secret": "%s"' % v) if k == "webhook_secret" else ('"Authorization": "Bearer %s"' % v)
    return c.pick(["lora/webhooks/farm-backend.json", "tts/webhook-template.json"]), J(
        "{", '  "ids": { "webhook_id": "farm-backend", "application_ids": { "application_id": "%s-sensors" } },' % slug(c.farm())[:16],
        '  "base_url": "https://api.%s.com/lorawan",' % slug(c.farm()), '  "format": "json",',
        '  "headers": { %s },' % hdr, '  "uplink_message": { "path": "/uplink" },', '  "join_accept": { "path": "/join" }', "}")


@pos
def json_node_config(c, S):
    k = c.pick(["fv_apikey", "barchart_key", "bushel_secret", "granular_secret", "dtn_secret"])
    v = S(k, "json")
    sect, fld = {"fv_apikey": ("fieldview", "apiKey"), "barchart_key": ("barchart", "apikey"), "bushel_secret": ("bushel", "clientSecret"),
                 "granular_secret": ("granular", "clientSecret"), "dtn_secret": ("dtn", "clientSecret")}[k]
    return c.pick(["config/default.json", "config/production.json"]), J(
        "{", '  "port": 8080,', '  "farm": "%s",' % c.farm(), '  "%s": {' % sect, '    "baseUrl": "https://api.%s.com",' % sect,
        '    "%s": %s,' % (fld, v), '    "timeoutMs": 15000', "  },", '  "db": { "host": "%s", "name": "grain" }' % c.host(), "}")


@pos
def json_vscode(c, S):
    k = c.pick(["dji_appkey", "planet_key", "mapbox_sk"])
    envn = SECRETS[k][3]
    v = S(k, "json")
    return ".vscode/launch.json", J(
        "{", '  "version": "0.2.0",', '  "configurations": [', "    {", '      "name": "Run mission planner",', '      "type": "python",',
        '      "request": "launch",', '      "program": "${workspaceFolder}/planner/main.py",', '      "env": {',
        '        "%s": %s,' % (envn, v), '        "FIELD": "%s"' % c.field(), "      }", "    }", "  ]", "}")


# ---------- JavaScript / TypeScript

@pos
def js_express_deere(c, S):
    v = S("jd_secret", "js")
    return c.pick(["server/deere.js", "src/auth/johnDeere.js"]), J(
        "const express = require('express');", "const { AuthorizationCode } = require('simple-oauth2');", "",
        "const client = new AuthorizationCode({", "  client: {", "    id: '0oa%s'," % c.an(17), "    secret: %s," % v, "  },",
        "  auth: {", "    tokenHost: 'https://signin.johndeere.com',", "    tokenPath: '/oauth2/aus78tnlaysMraFhC1t7/v1/token',",
        "    authorizePath: '/oauth2/aus78tnlaysMraFhC1t7/v1/authorize',", "  },", "});", "",
        "const router = express.Router();", "router.get('/connect', (req, res) => {",
        "  res.redirect(client.authorizeURL({ redirect_uri: process.env.JD_REDIRECT, scope: 'ag1 org1 offline_access', state: req.session.id }));",
        "});", "module.exports = router;")


@pos
def ts_mapbox(c, S):
    v = S("mapbox_sk", "js")
    return c.pick(["scripts/upload-boundaries.ts", "tools/mapbox-upload.ts"]), J(
        "import mbxUploads from '@mapbox/mapbox-sdk/services/uploads';", "import { readFileSync } from 'fs';", "",
        "const uploads = mbxUploads({ accessToken: %s });" % v, "",
        "async function main(): Promise<void> {", "  const tileset = '%s.field-boundaries-%d';" % (slug(c.farm()).replace("-", ""), c.r.randint(2021, 2024)),
        "  const creds = await uploads.createUploadCredentials().send();", "  console.log('staging bucket', creds.body.bucket);",
        "  await uploads.createUpload({ tileset, url: creds.body.url, name: 'Field boundaries' }).send();", "}", "",
        "main().catch((e) => { console.error(e); process.exit(1); });")


@pos
def js_telegram(c, S):
    v = S("telegram_token", "js")
    return c.pick(["bot/index.js", "alerts/telegram-bot.js"]), J(
        "const { Telegraf } = require('telegraf');", "const mqtt = require('mqtt');", "",
        "const bot = new Telegraf(%s);" % v, "const CHAT = %d;" % -c.r.randint(10 ** 12, 10 ** 13), "",
        "const m = mqtt.connect('mqtt://%s');" % c.pick(["localhost", "broker.local"]), "m.subscribe('farm/+/tank/level');",
        "m.on('message', (topic, buf) => {", "  const pct = Number(buf.toString());",
        "  if (pct < %d) bot.telegram.sendMessage(CHAT, `Low water: ${topic.split('/')[1]} at ${pct}%%`);" % c.pick([15, 20, 25]),
        "});", "", "bot.command('status', (ctx) => ctx.reply('%s: all pivots idle'));" % c.farm(), "bot.launch();")


@pos
def ts_dji_config(c, S):
    v = S("dji_appkey", "js")
    return c.pick(["src/api/http/config.ts", "web/src/config/dji.ts"]), J(
        "export const CURRENT_CONFIG = {", "  // license", "  appId: '%d'," % c.r.randint(100000, 199999), "  appKey: %s," % v,
        "  appLicense: process.env.VITE_APP_LICENSE ?? '',", "", "  // http", "  baseURL: 'https://%s/'," % ("fleet.%s.com" % slug(c.farm())),
        "  websocketURL: 'wss://%s/api/v1/ws'," % ("fleet.%s.com" % slug(c.farm())), "", "  // livestreaming",
        "  rtmpURL: 'rtmp://%s/live/'," % ("10.0.%d.%d" % (c.r.randint(0, 9), c.r.randint(2, 200))), "  gbServerIp: '',", "}")


@pos
def js_stripe(c, S):
    v = S("stripe_sk", "js")
    return c.pick(["shop/api/checkout.js", "farmstand/server/payments.js"]), J(
        "const Stripe = require('stripe');", "const stripe = Stripe(%s);" % v, "",
        "async function createCheckout(items) {", "  return stripe.checkout.sessions.create({", "    mode: 'payment',",
        "    line_items: items.map((i) => ({ price: i.priceId, quantity: i.qty })),",
        "    success_url: 'https://shop.%s.com/thanks'," % slug(c.farm()), "    cancel_url: 'https://shop.%s.com/cart'," % slug(c.farm()), "  });", "}",
        "module.exports = { createCheckout };")


# ---------- Go / Kotlin / C# / Java

@pos
def go_chirp(c, S):
    k = c.pick(["chirp_token", "tts_key"])
    v = S(k, "go")
    return c.pick(["cmd/valvectl/main.go", "internal/lns/client.go"]), J(
        "package main", "", "import (", '\t"context"', '\t"log"', '\t"net/http"', '\t"os"', '\t"strings"', ")", "",
        "const server = \"https://%s\"" % (c.pick(["lns.farm.lan", "chirpstack.local:8090"]) if k == "chirp_token" else "%s.cloud.thethings.network" % c.pick(REGIONS)), "",
        "var apiToken = %s" % v, "",
        "func post(ctx context.Context, path, body string) (*http.Response, error) {",
        "\treq, err := http.NewRequestWithContext(ctx, http.MethodPost, server+path, strings.NewReader(body))",
        "\tif err != nil {", "\t\treturn nil, err", "\t}",
        '\treq.Header.Set("Authorization", "Bearer "+apiToken)', '\treq.Header.Set("Content-Type", "application/json")',
        "\treturn http.DefaultClient.Do(req)", "}", "",
        "func main() {", "\tlog.SetOutput(os.Stderr)", '\tresp, err := post(context.Background(), "/api/devices/%s/queue", `{"queueItem":{"fPort":10,"data":"AQ=="}}`)' % c.eui(),
        "\tif err != nil {", "\t\tlog.Fatal(err)", "\t}", "\tlog.Println(resp.Status)", "}")


@pos
def kt_agworld(c, S):
    k = c.pick(["agworld_token", "granular_secret", "cnh_secret"])
    v = S(k, "kt")
    nm = c.name("API_TOKEN", ["token", "AUTH", "credential"])
    return c.pick(["app/src/main/java/com/%s/sync/FieldSync.kt" % slug(c.farm()).replace("-", ""), "android/app/src/main/kotlin/farm/ScoutSync.kt"]), J(
        "package farm.scout.sync", "", "import okhttp3.OkHttpClient", "import okhttp3.Request", "",
        "object FieldSync {",
        "    private val %s = %s" % (nm, v), "    private val http = OkHttpClient()", "",
        "    fun pull(farmId: String): String? {", "        val req = Request.Builder()",
        "            .url(\"https://%s/v1/farms/$farmId/fields\")" % {"agworld_token": "us.agworld.co/user_api", "granular_secret": "api.granular.ag", "cnh_secret": "ag.api.cnhind.com"}[k],
        "            .header(\"Authorization\", \"Bearer $%s\")" % nm, "            .build()",
        "        return http.newCall(req).execute().use { it.body?.string() }", "    }", "}")


@pos
def cs_barchart(c, S):
    v = S("barchart_key", "cs")
    return c.pick(["GrainBids/Services/BarchartClient.cs", "src/Marketing/QuoteService.cs"]), J(
        "using System;", "using System.Net.Http;", "using System.Threading.Tasks;", "", "namespace GrainBids.Services", "{",
        "    public class BarchartClient", "    {", "        private static readonly HttpClient Http = new HttpClient();",
        "        private readonly string _apiKey = %s;" % v, "",
        "        public Task<string> GetBidsAsync(string zip) =>",
        "            Http.GetStringAsync($\"https://ondemand.websol.barchart.com/getGrainBids.json?apikey={_apiKey}&zipCode={zip}&maxDistance=%d\");" % c.pick([25, 50, 100]),
        "    }", "}")


@pos
def java_props(c, S):
    k = c.pick(["nlis_pass", "db_pass", "mqtt_pass"])
    v = S(k, "kv")
    line = {"nlis_pass": "nlis.password=%s", "db_pass": "spring.datasource.password=%s", "mqtt_pass": "mqtt.password=%s"}[k] % v
    return c.pick(["src/main/resources/application.properties", "traceability/src/main/resources/application-prod.properties"]), J(
        "spring.application.name=herd-traceability", "server.port=8081",
        "spring.datasource.url=jdbc:postgresql://%s:5432/herd" % c.host(), "spring.datasource.username=herd",
        line if k == "db_pass" else "spring.datasource.password=${DB_PASSWORD}", "spring.jpa.hibernate.ddl-auto=validate",
        "nlis.endpoint=https://www.nlis.com.au/api", "nlis.username=%s" % ("%s%d" % (c.user(), c.r.randint(10, 99))),
        line if k == "nlis_pass" else "nlis.password=${NLIS_PASSWORD}", "mqtt.broker=tcp://%s:1883" % c.pick(["broker", "10.0.0.5"]),
        "mqtt.username=scales", line if k == "mqtt_pass" else "mqtt.password=${MQTT_PASSWORD}", "eid.reader.port=/dev/ttyUSB0")


# ---------- XML

@pos
def xml_android_dji(c, S):
    v = S("dji_msdk", "raw")
    return c.pick(["app/src/main/AndroidManifest.xml", "sprayer-app/src/main/AndroidManifest.xml"]), J(
        '<?xml version="1.0" encoding="utf-8"?>', '<manifest xmlns:android="http://schemas.android.com/apk/res/android"',
        '    package="com.%s.scout">' % slug(c.farm()).replace("-", ""), '    <uses-permission android:name="android.permission.INTERNET" />',
        '    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />', "    <application",
        '        android:name=".ScoutApplication"', '        android:label="Field Scout">',
        '        <meta-data android:name="com.dji.sdk.API_KEY" android:value="%s" />' % v,
        '        <activity android:name=".MainActivity" android:exported="true">', "            <intent-filter>",
        '                <action android:name="android.intent.action.MAIN" />', '                <category android:name="android.intent.category.LAUNCHER" />',
        "            </intent-filter>", "        </activity>", "    </application>", "</manifest>")


@pos
def xml_appconfig(c, S):
    v = S("sql_pass", "raw")
    return c.pick(["ScaleTicket/App.config", "WeighBridge/App.config"]), J(
        '<?xml version="1.0" encoding="utf-8" ?>', "<configuration>", "  <connectionStrings>",
        '    <add name="Scale" connectionString="Data Source=%s;Initial Catalog=Weighbridge;User ID=scaleapp;Password=%s" providerName="System.Data.SqlClient" />' % (c.pick(["ELEVATOR01\\SQLEXPRESS", "10.2.0.9"]), v),
        "  </connectionStrings>", "  <appSettings>", '    <add key="ScaleComPort" value="COM3" />', '    <add key="MoistureMeter" value="DICKEY-john GAC 2500" />',
        '    <add key="Site" value="%s" />' % c.farm(), "  </appSettings>", "</configuration>")


# ---------- INI / conf

@pos
def conf_weewx(c, S):
    k = c.pick(["wu_key", "wl_secret"])
    v = S(k, "kv")
    wu = ["    [[Wunderground]]", "        enable = true", "        station = K%s%d" % (c.pick(["IA", "NE", "KS", "IL"]).upper(), c.r.randint(100, 999)),
          "        password = %s" % (v if k == "wu_key" else "replace_me"), "        rapidfire = False"]
    drv = ["[WeatherLinkLiveUDP]" if False else "[WLLDriver]", "    driver = user.wlldriver", "    api_key_v2 = %s" % c.lan(32) if False else "    station_id = %d" % c.r.randint(100000, 999999),
           "    api_secret_v2 = %s" % (v if k == "wl_secret" else "replace_me")]
    return c.pick(["weewx/weewx.conf", "etc/weewx/weewx.conf"]), J(
        "# WEEWX CONFIGURATION FILE - %s" % c.farm(), "debug = 0", "WEEWX_ROOT = /home/weewx", "version = 4.10.2", "",
        "[Station]", '    location = "%s, %s"' % (c.farm(), c.field()), "    latitude = %s" % c.lat(), "    longitude = %s" % c.lon(),
        "    altitude = %d, meter" % c.r.randint(200, 600), "    station_type = WLLDriver", "", *drv, "", "[StdRESTful]", *wu)


@pos
def conf_mosquitto(c, S):
    k = c.pick(["mqtt_pass", "tts_key"])
    v = S(k, "kv")
    if k == "mqtt_pass":
        br = ["connection hivemq-cloud", "address %s.s1.eu.hivemq.cloud:8883" % c.hex(32), "remote_username farm-bridge", "remote_password %s" % v]
    else:
        br = ["connection ttn", "address %s.cloud.thethings.network:8883" % c.pick(REGIONS), "remote_username %s-sensors@ttn" % slug(c.farm())[:16], "remote_password %s" % v]
    return c.pick(["mosquitto/conf.d/bridge.conf", "broker/mosquitto.conf"]), J(
        "listener 1883", "allow_anonymous false", "password_file /mosquitto/config/passwd", "", *br,
        "bridge_cafile /etc/ssl/certs/ca-certificates.crt", "topic farm/# out 1", "topic v3/# in 0", "try_private true")


# ---------- shell

@pos
def sh_deploy(c, S):
    k = c.pick(["aws_secret", "planet_key", "github_pat", "particle_token"])
    envn = SECRETS[k][3]
    v = S(k, "sh")
    pre = ['export AWS_ACCESS_KEY_ID="AKIA%s"' % c.b32(16)] if (k == "aws_secret" and S.is_pos) else []
    return c.pick(["scripts/deploy.sh", "bin/nightly.sh", "ops/sync_imagery.sh"]), J(
        "#!/usr/bin/env bash", "set -euo pipefail", "# nightly imagery sync for %s" % c.farm(), *pre, "export %s=%s" % (envn, v),
        'export AWS_DEFAULT_REGION="us-east-2"', "", 'DAY="$(date -u +%F)"',
        'python3 -m imagery.fetch --since "$DAY" --fields fields/*.geojson',
        'aws s3 sync ./out "s3://%s-imagery/$DAY/" --only-show-errors' % slug(c.farm()), 'echo "done $DAY"')


@pos
def sh_provision(c, S):
    v = S("appkey", "raw")
    app = slug(c.farm())[:16] + "-soil"
    return c.pick(["provision/add_device.sh", "scripts/register_probe.sh"]), J(
        "#!/bin/sh", "# register one soil probe on the LNS", "set -e", "",
        "ttn-lw-cli end-devices create %s probe-%03d \\" % (app, c.r.randint(1, 300)),
        "  --dev-eui %s \\" % c.eui(), "  --join-eui %s \\" % c.eui("70B3D57ED"),
        "  --frequency-plan-id US_902_928_FSB_2 \\", "  --lorawan-version 1.0.3 \\", "  --lorawan-phy-version 1.0.3-a \\",
        "  --root-keys.app-key.key %s" % v, "", "echo registered")


@pos
def sh_backup(c, S):
    v = S("db_pass", "sh")
    return c.pick(["ops/backup_db.sh", "cron/pg_backup.sh"]), J(
        "#!/bin/bash", "# daily dump of the herd / spray records database", "BACKUP_DIR=/srv/backups", "",
        "PGPASSWORD=%s pg_dump -h %s -U farmrecords -Fc farmrecords > \"$BACKUP_DIR/farmrecords-$(date +%%F).dump\"" % (v, c.host()),
        'find "$BACKUP_DIR" -name "*.dump" -mtime +14 -delete')


@pos
def sh_curl(c, S):
    k = c.pick(["tts_key", "planet_key", "zentra_token", "ha_token"])
    v = S(k, "raw")
    if k == "tts_key":
        cmd = ['curl -sS "https://%s.cloud.thethings.network/api/v3/as/applications/%s/devices/%s/down/push" \\' % (c.pick(REGIONS), slug(c.farm())[:16], "valve-%d" % c.r.randint(1, 9)),
               '  -H "Authorization: Bearer %s" \\' % v, "  -H 'Content-Type: application/json' \\",
               "  -d '{\"downlinks\":[{\"frm_payload\":\"AQ==\",\"f_port\":10,\"priority\":\"NORMAL\"}]}'"]
    elif k == "planet_key":
        cmd = ['curl -sS -u "%s:" https://api.planet.com/data/v1/item-types/PSScene/items/%s_%06d_%s/assets' % (v, c.date().replace("-", ""), c.r.randint(0, 235959), c.hex(4))]
    elif k == "zentra_token":
        cmd = ['curl -sS -H "Authorization: Token %s" "https://zentracloud.com/api/v4/get_readings/?device_sn=z6-%05d&per_page=100"' % (v, c.r.randint(1, 30000))]
    else:
        cmd = ['curl -sS -X POST -H "Authorization: Bearer %s" \\' % v, "  -H 'Content-Type: application/json' \\",
               "  -d '{\"entity_id\": \"switch.barn_fans\"}' http://homeassistant.local:8123/api/services/switch/turn_on"]
    return c.pick(["scripts/open_valve.sh", "tools/test_api.sh", "bin/poke.sh"]), J("#!/usr/bin/env bash", "# quick manual test from the shop PC", *cmd)


# ---------- Dockerfile

@pos
def dockerfile(c, S):
    k = c.pick(["sh_secret", "owm_key", "wl_key", "tomorrow_key"])
    envn = SECRETS[k][3] if c.chance(0.5) else c.pick(["APP_CRED", "IMAGERY_TOKEN", "UPSTREAM_KEY"])
    v = S(k, "kv")
    return c.pick(["Dockerfile", "services/ndvi-worker/Dockerfile", "weather/Dockerfile"]), J(
        "FROM python:3.11-slim", "WORKDIR /app", "RUN apt-get update && apt-get install -y --no-install-recommends gdal-bin && rm -rf /var/lib/apt/lists/*",
        "COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt", "COPY . .",
        "ENV FARM_TZ=America/Chicago \\", "    %s=%s" % (envn, v), 'CMD ["python", "-m", "worker"]')


# ---------- Terraform

@pos
def tf_rds(c, S):
    v = S("db_pass", "tf")
    return c.pick(["infra/rds.tf", "terraform/database.tf"]), J(
        'resource "aws_db_instance" "farmdata" {', '  identifier             = "farmdata-prod"', '  engine                 = "postgres"',
        '  engine_version         = "15.4"', '  instance_class         = "db.t4g.medium"', "  allocated_storage      = 100",
        '  db_name                = "farmdata"', '  username               = "farmadmin"', "  password               = %s" % v,
        "  skip_final_snapshot    = false", "  backup_retention_period = 7", "}")


@pos
def tf_provider(c, S):
    k = c.pick(["aws_secret", "tts_key", "azure_iot"])
    v = S(k, "tf")
    if k == "aws_secret":
        body = ['provider "aws" {', '  region     = "us-east-2"', '  access_key = "%s"' % ("AKIA" + c.b32(16) if S.is_pos else "AKIAIOSFODNN7EXAMPLE"), "  secret_key = %s" % v, "}"]
    elif k == "tts_key":
        body = ['variable "ttn_api_key" {', '  type      = string', "  default   = %s" % v, "  sensitive = true", "}", "",
                'resource "aws_iot_topic_rule" "ttn_ingest" {', '  name        = "ttn_ingest"', "  enabled     = true", '  sql         = "SELECT * FROM \'ttn/uplink\'"', '  sql_version = "2016-03-23"', "}"]
    else:
        body = ['resource "azurerm_iothub_shared_access_policy" "ingest" {', '  name                = "ingest"', "  resource_group_name = azurerm_resource_group.farm.name",
                "  iothub_name         = azurerm_iothub.farm.name", "  registry_read       = true", "}", "",
                "locals {", "  iothub_host = \"%s-hub.azure-devices.net\"" % slug(c.farm())[:14], "  iothub_key  = %s" % v, "}"]
    return c.pick(["infra/main.tf", "terraform/providers.tf", "iac/iot.tf"]), J("terraform {", '  required_version = ">= 1.5"', "}", "", *body)


# ---------- Markdown

@pos
def md_runbook(c, S):
    k = c.pick(["tts_key", "gw_key", "chirp_token"])
    v = S(k, "raw")
    if k == "gw_key":
        block = ["Write `tc.key` on the gateway:", "", "```", "Authorization: Bearer %s" % v, "```", "", "and `tc.uri`:", "", "```", "wss://%s.cloud.thethings.network:8887" % c.pick(REGIONS), "```"]
    else:
        block = ["List devices to check the key works:", "", "```bash",
                 'curl -H "Authorization: Bearer %s" https://%s/api/devices?limit=10' % (v, c.pick(["lns.farm.lan:8090", "eu1.cloud.thethings.network/api/v3/applications/%s/devices" % slug(c.farm())[:12]])), "```"]
    return c.pick(["docs/runbook.md", "docs/gateway-setup.md", "RUNBOOK.md"]), J(
        "# LoRaWAN runbook - %s" % c.farm(), "", "## Gateway at %s" % c.field(), "", "- Model: %s" % c.pick(["RAK7268", "Kerlink iFemtoCell", "Dragino LPS8N", "MikroTik wAP LR9"]),
        "- Gateway EUI: `%s`" % c.eui(), "- Backhaul: %s" % c.pick(["LTE", "fixed wireless", "fiber to shop"]), "", *block, "",
        "## Troubleshooting", "", "1. Check the backhaul LED.", "2. Power-cycle the PoE injector in the shop.")


@pos
def md_readme(c, S):
    k = c.pick(["wl_secret", "arable_key", "sentek_key", "fv_apikey"])
    v = S(k, "raw")
    envn = SECRETS[k][3]
    return c.pick(["README.md", "weather/README.md", "integrations/README.md"]), J(
        "# %s field data tools" % c.farm(), "", "Scripts that pull station and probe data into the farm database.", "",
        "## Setup", "", "```bash", "python -m venv .venv && . .venv/bin/activate", "pip install -r requirements.txt",
        "export %s=%s" % (envn, v), "python -m ingest.run", "```", "", "Data lands in `readings` (one row per sensor per 15 min).")


# ---------- SQL

@pos
def sql_seed(c, S):
    k = c.pick(["bushel_secret", "jd_secret", "webhook_secret", "dtn_secret"])
    v = S(k, "raw")
    prov = SECRETS[k][0]
    return c.pick(["db/seed/integrations.sql", "migrations/0042_seed_partners.sql"]), J(
        "-- partner integrations for %s" % c.farm(), "BEGIN;",
        "INSERT INTO integrations (provider, client_id, client_secret, enabled, created_at)",
        "VALUES ('%s', '%s', '%s', true, now());" % (prov, c.uuid(), v),
        "INSERT INTO fields (name, acres, crop) VALUES ('%s', %s, '%s');" % (c.field(), c.num(20, 320), c.crop()), "COMMIT;")


@pos
def sql_user(c, S):
    v = S("db_pass", "raw")
    return c.pick(["db/roles.sql", "sql/001_roles.sql"]), J(
        "-- read-only role for the grafana dashboards", "CREATE ROLE grafana_ro WITH LOGIN PASSWORD '%s';" % v,
        "GRANT CONNECT ON DATABASE telemetry TO grafana_ro;", "GRANT USAGE ON SCHEMA public TO grafana_ro;",
        "GRANT SELECT ON soil_readings, weather_readings, pivot_status TO grafana_ro;")


# ---------- CSV

@pos
def csv_register(c, S):
    v = S("appkey", "raw")
    return c.pick(["provisioning/batch_%02d.csv" % c.r.randint(1, 40), "devices/new_probe.csv"]), J(
        "id,dev_eui,join_eui,app_key,frequency_plan_id,lorawan_version,lorawan_phy_version,name",
        "probe-%03d,%s,%s,%s,US_902_928_FSB_2,MAC_V1_0_3,PHY_V1_0_3_REV_A,%s %s" % (c.r.randint(1, 300), c.eui(), c.eui("70B3D57ED"), v, c.field(), c.pick(["30cm", "60cm", "90cm"])))


@pos
def csv_export(c, S):
    k = c.pick(["wl_key", "owm_key"])
    v = S(k, "raw")
    src = ("https://api.weatherlink.com/v2/historic/%d?api-key=%s&start-timestamp=%d" % (c.r.randint(100000, 999999), v, c.ts())) if k == "wl_key" else \
        ("https://api.openweathermap.org/data/3.0/onecall/timemachine?lat=%s&lon=%s&dt=%d&appid=%s" % (c.lat(), c.lon(), c.ts(), v))
    rows = ["timestamp,temp_c,rh_pct,rain_mm,wind_ms,et0_mm"]
    t = c.ts()
    for i in range(c.r.randint(6, 14)):
        rows.append("%d,%s,%d,%s,%s,%s" % (t + 900 * i, c.num(5, 32), c.r.randint(30, 99), c.num(0, 3), c.num(0, 9), c.num(0, 0.4, 2)))
    return c.pick(["data/exports/station_%s.csv" % c.date(), "exports/weather_%d.csv" % c.r.randint(1, 99)]), J("# source: %s" % src, *rows)


# ---------- logs

@pos
def log_bridge(c, S):
    k = c.pick(["mqtt_pass", "db_pass", "mongo_pass"])
    v = S(k, "raw")
    url = {"mqtt_pass": "mqtts://farm-ops:%s@%s:8883" % (v, c.pick(["broker.farm.lan", "%s.s1.eu.hivemq.cloud" % c.hex(12)])),
           "db_pass": "postgres://telemetry:%s@%s:5432/telemetry" % (v, c.host()),
           "mongo_pass": "mongodb+srv://herdapp:%s@cluster0.%s.mongodb.net/herd" % (v, c.lan(5))}[k]
    t = c.iso()[:-1]
    lines = ["%s INFO  bridge starting v1.%d.%d" % (t, c.r.randint(0, 9), c.r.randint(0, 30)),
             "%s DEBUG config loaded from /etc/bridge/config.yml" % t,
             "%s INFO  connecting to %s" % (t, url),
             "%s INFO  connected, subscribing farm/+/soil/#" % t]
    for i in range(c.r.randint(3, 8)):
        lines.append("%s INFO  uplink dev=%s fcnt=%d rssi=-%d snr=%s" % (t, c.eui(), c.r.randint(1, 9000), c.r.randint(60, 120), c.num(-10, 10)))
    return c.pick(["logs/bridge.log", "var/log/ingest-%s.log" % c.date()]), J(*lines)


@pos
def log_gateway(c, S):
    v = S("gw_key", "raw")
    t = c.iso()[:-1]
    return c.pick(["logs/station.log", "gateway/logs/basicstation.log"]), J(
        "%s [SYS:INFO] Station Version   2.0.6(rak/std)" % t, "%s [SYS:INFO] proto EUI   : 0:%s" % (t, c.hex(12)),
        "%s [TCE:VERB] Connecting to INFOS: wss://%s.cloud.thethings.network:8887" % (t, c.pick(REGIONS)),
        "%s [AIO:DEBU] tc.key header: Authorization: Bearer %s" % (t, v),
        "%s [TCE:INFO] Infos: %s muxs-::0 wss://%s.cloud.thethings.network:8887/traffic/eui-%s" % (t, c.hex(16), c.pick(REGIONS), c.hex(16)),
        "%s [S2E:INFO] Region: US915" % t)


# ---------- .env (positives only; capped at 1 in 20)

@pos
def dotenv(c, S):
    k = c.pick(["jd_secret", "sh_secret", "wl_secret", "tts_key", "sendgrid_key", "discord_hook"])
    envn = SECRETS[k][3]
    v = S(k, "kv")
    return c.pick([".env", "backend/.env", ".env.local"]), J(
        "# local dev", "NODE_ENV=development", "PORT=3000", "FARM_NAME=\"%s\"" % c.farm(), "%s=%s" % (envn, v), "LOG_LEVEL=debug")


@pos
def py_discord(c, S):
    v = S("discord_hook", "py")
    return c.pick(["alerts/discord_alert.py", "monitors/grain_bin_alert.py"]), J(
        "import requests", "", "WEBHOOK = %s" % v, "MAX_BIN_TEMP_F = %d" % c.pick([80, 85, 90]), "",
        "def check(bin_id, cable_temps):", "    hot = max(cable_temps)", "    if hot > MAX_BIN_TEMP_F:",
        '        requests.post(WEBHOOK, json={"content": f"Bin {bin_id}: hot spot {hot} F"}, timeout=10)')


@pos
def py_azure_iot(c, S):
    v = S("azure_iot", "raw")
    hub = slug(c.farm())[:14] + "-hub"
    return c.pick(["edge/send_telemetry.py", "gateway/azure_forwarder.py"]), J(
        "from azure.iot.device import IoTHubDeviceClient, Message", "import json", "",
        'CONN = "HostName=%s.azure-devices.net;DeviceId=pivot-%d;SharedAccessKey=%s"' % (hub, c.r.randint(1, 9), v), "",
        "client = IoTHubDeviceClient.create_from_connection_string(CONN)", "client.connect()",
        'msg = Message(json.dumps({"pressure_psi": %s, "angle": %d, "running": True}))' % (c.num(20, 60), c.r.randint(0, 359)),
        'msg.content_type = "application/json"', "client.send_message(msg)", "client.shutdown()")


@pos
def py_sendgrid(c, S):
    v = S("sendgrid_key", "py")
    return c.pick(["reports/weekly_email.py", "notify/email_report.py"]), J(
        "from sendgrid import SendGridAPIClient", "from sendgrid.helpers.mail import Mail", "",
        "sg = SendGridAPIClient(%s)" % v, "",
        "def send_report(html):", "    msg = Mail(from_email='reports@%s.com', to_emails='office@%s.com'," % (slug(c.farm()), slug(c.farm())),
        "               subject='Weekly spray & irrigation report', html_content=html)", "    return sg.send(msg).status_code")


@pos
def py_mongo(c, S):
    v = S("mongo_pass", "raw")
    return c.pick(["herd/db.py", "livestock/store.py"]), J(
        "from pymongo import MongoClient", "",
        'client = MongoClient("mongodb+srv://herdapp:%s@cluster0.%s.mongodb.net/?retryWrites=true&w=majority")' % (v, c.lan(5)),
        'db = client["herd"]', "", "def record_weight(eid, kg, when):",
        '    db.weights.insert_one({"eid": eid, "kg": kg, "ts": when})')


@pos
def py_github(c, S):
    v = S("github_pat", "py")
    return c.pick(["tools/publish_prescriptions.py", "ci/upload_release.py"]), J(
        "import requests", "", "REPO = '%s/vr-prescriptions'" % slug(c.farm()), "TOKEN = %s" % v, "",
        "def latest_release():", "    r = requests.get(f'https://api.github.com/repos/{REPO}/releases/latest',",
        "                     headers={'Authorization': f'token {TOKEN}', 'Accept': 'application/vnd.github+json'})", "    return r.json()['tag_name']")


@pos
def py_particle(c, S):
    v = S("particle_token", "raw")
    return c.pick(["tank/particle_poll.py", "water/level_poll.py"]), J(
        "import requests", "", "DEVICE = '%s'" % c.hex(24), "",
        "def level():", "    r = requests.get(f'https://api.particle.io/v1/devices/{DEVICE}/level',",
        "                     params={'access_token': '%s'}, timeout=15)" % v, "    return r.json()['result']")


@pos
def py_basic_auth(c, S):
    k = c.pick(["farmos_pass", "nlis_pass"])
    user = "%s%d" % (c.user(), c.r.randint(1, 99))
    if S.is_pos:
        pw = S(k, "raw")
        blob = base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()
        S.needle = blob
        val = '"Basic %s"' % blob
    else:
        S(k, "raw")
        val = '"Basic " + base64.b64encode(f"{USER}:{os.environ[\'%s\']}".encode()).decode()' % SECRETS[k][3]
    return c.pick(["farmos/import_logs.py", "livestock/nlis_upload.py"]), J(
        "import base64", "import os", "import requests", "", "USER = '%s'" % user, "HEADERS = {\"Authorization\": %s}" % val, "",
        "def post_movement(payload):",
        "    return requests.post('https://%s/api/log/activity', json=payload, headers=HEADERS, timeout=30)" % ("%s.farmos.net" % slug(c.farm())[:12]))


# ================================================================ look-alike negative templates
# Each returns (relpath, text, provider, kind); none holds a credential.

@neg
def n_eui_csv(c):
    rows = ["device_id,dev_eui,join_eui,model,field,installed"]
    for i in range(c.r.randint(8, 20)):
        rows.append("probe-%03d,%s,%s,%s,%s,%s" % (i + 1, c.eui(c.pick(["A84041", "70B3D57ED", "24E124", "0004A3"])), c.eui(c.pick(["70B3D57ED", "0000000000"])),
                                                 c.pick(["Dragino LSE01", "Milesight EM500-SMTC", "Sentek Drill&Drop", "Decentlab DL-SMTP"]), c.field(), c.date()))
    return c.pick(["inventory/devices.csv", "lorawan/device_inventory.csv"]), J(*rows), "lorawan", "deveui-list"


@neg
def n_pktfwd(c):
    return c.pick(["gateway/global_conf.json", "packet_forwarder/local_conf.json"]), J(
        "{", '  "gateway_conf": {', '    "gateway_ID": "%s",' % c.eui(c.pick(["AA555A", "B827EB", "0016C0"])),
        '    "server_address": "%s",' % c.pick(["nam1.cloud.thethings.network", "chirpstack.farm.lan", "localhost"]),
        '    "serv_port_up": 1700,', '    "serv_port_down": 1700,', '    "keepalive_interval": 10,', '    "stat_interval": 30,',
        '    "push_timeout_ms": 100,', '    "forward_crc_valid": true,', '    "ref_latitude": %s,' % c.lat(), '    "ref_longitude": %s,' % c.lon(),
        '    "ref_altitude": %d' % c.r.randint(200, 600), "  }", "}"), "lorawan-gateway", "gateway-eui"


@neg
def n_station_conf(c):
    return c.pick(["gateway/station.conf", "basicstation/station.conf"]), J(
        "{", '  "radio_conf": {', '    "lorawan_public": true,', '    "clksrc": 0,', '    "device": "/dev/spidev0.0",',
        '    "pps": true,', '    "radio_0": { "type": "SX1250", "rssi_offset": -215.4, "tx_enable": true },',
        '    "radio_1": { "type": "SX1250", "rssi_offset": -215.4, "tx_enable": false }', "  },", '  "station_conf": {',
        '    "routerid": "%s",' % c.eui(), '    "log_file": "stderr",', '    "log_level": "DEBUG"', "  }", "}"), "lorawan-gateway", "gateway-eui"


@neg
def n_trust_cert(c):
    b = base64.b64encode(bytes.fromhex("3082") + c.rbytes(900)).decode()
    body = "\n".join(b[i:i + 64] for i in range(0, len(b), 64))
    return c.pick(["gateway/tc.trust", "basicstation/cups.trust"]), "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n", "lorawan-gateway", "ca-certificate"


@neg
def n_geojson(c):
    feats = []
    for i in range(c.r.randint(2, 5)):
        lat, lon = c.lat(), c.lon()
        ring = [[round(lon + dx, 6), round(lat + dy, 6)] for dx, dy in [(0, 0), (0.008, 0), (0.008, 0.006), (0, 0.006), (0, 0)]]
        feats.append({"type": "Feature", "id": c.uuid(), "properties": {"name": c.field(), "clu_id": c.uuid(True), "acres": c.num(10, 320),
                                                                      "crop_2024": c.crop(), "boundary_hash": c.hex(40)},
                      "geometry": {"type": "Polygon", "coordinates": [ring]}})
    return c.pick(["fields/boundaries.geojson", "data/fields_%d.geojson" % c.r.randint(2021, 2024)]), json.dumps({"type": "FeatureCollection", "features": feats}, indent=2) + "\n", "field-boundaries", "geojson-ids"


@neg
def n_isoxml(c):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<ISO11783_TaskData VersionMajor="4" VersionMinor="3" ManagementSoftwareManufacturer="FMIS" DataTransferOrigin="1">',
             '  <CTR A="CTR1" B="%s"/>' % c.farm(), '  <FRM A="FRM1" B="Home" I="CTR1"/>']
    for i in range(c.r.randint(2, 5)):
        lines.append('  <PFD A="PFD%d" B="%s" D="%d" E="CTR1" F="FRM1"/>' % (i + 1, c.field(), c.r.randint(100000, 3000000)))
    lines += ['  <PDT A="PDT1" B="%s seed lot %s"/>' % (c.crop(), c.uan(8)),
              '  <TSK A="TSK1" B="Planting %s" C="CTR1" D="FRM1" E="PFD1" G="1">' % c.date(),
              '    <TZN A="1" B="zone high"><PDV A="0006" B="%d" C="PDT1"/></TZN>' % c.r.randint(30000, 38000),
              "  </TSK>", '  <LSG A="1"><PNT A="2" C="%s" D="%s"/></LSG>' % (c.lat(), c.lon()), "</ISO11783_TaskData>"]
    return c.pick(["TASKDATA/TASKDATA.XML", "export/isoxml/TASKDATA.XML"]), J(*lines), "isoxml", "task-data-ids"


@neg
def n_deere_response(c):
    vals = []
    for i in range(c.r.randint(2, 4)):
        fid = c.uuid()
        vals.append({"@type": "Field", "name": c.field(), "id": fid, "archived": False,
                     "links": [{"@type": "Link", "rel": "self", "uri": "https://partnerapi.deere.com/platform/organizations/%d/fields/%s" % (c.r.randint(100000, 999999), fid)},
                               {"@type": "Link", "rel": "boundaries", "uri": "https://partnerapi.deere.com/platform/organizations/%d/fields/%s/boundaries" % (c.r.randint(100000, 999999), fid)}]})
    doc = {"links": [{"rel": "self", "uri": "https://partnerapi.deere.com/platform/organizations/%d/fields" % c.r.randint(100000, 999999)}],
           "total": len(vals), "values": vals}
    return c.pick(["tests/fixtures/deere_fields.json", "fixtures/ops_center/fields_page1.json"]), json.dumps(doc, indent=2) + "\n", "john-deere", "api-response-ids"


@neg
def n_sensor_serials(c):
    rows = ["serial,vendor,model,install_depth_cm,field,firmware"]
    for i in range(c.r.randint(6, 15)):
        v = c.pick(["METER", "Arable", "Sentek", "Davis"])
        sn = {"METER": "z6-%05d" % c.r.randint(1, 30000), "Arable": "C%06d" % c.r.randint(1000, 999999),
              "Sentek": "%s%07d" % (c.pick(["DD", "TP"]), c.r.randint(0, 9999999)), "Davis": "%s" % c.hex(12, True)}[v]
        rows.append("%s,%s,%s,%d,%s,%d.%d.%d" % (sn, v, c.pick(["ZL6", "Mark 3", "Drill & Drop 90", "VP2"]), c.pick([10, 30, 60, 90]), c.field(), c.r.randint(1, 3), c.r.randint(0, 9), c.r.randint(0, 30)))
    return c.pick(["inventory/sensors.csv", "docs/sensor_register.csv"]), J(*rows), "field-sensors", "serial-numbers"


@neg
def n_lots(c):
    rows = ["date,field,product,epa_reg_no,lot_number,rate,unit"]
    for i in range(c.r.randint(5, 12)):
        rows.append("%s,%s,%s,%d-%d,%s,%s,%s" % (c.date(), c.field(), c.pick(["Roundup PowerMAX 3", "Liberty 280 SL", "Headline AMP", "Warrant"]),
                                               c.r.randint(100, 99999), c.r.randint(1, 999), c.pick(["%s%07d" % (c.uan(2), c.r.randint(0, 9999999)), c.hex(10, True), "L%s-%d" % (c.date().replace("-", ""), c.r.randint(1, 99))]),
                                               c.num(0.5, 32), c.pick(["fl oz/ac", "pt/ac", "qt/ac"])))
    return c.pick(["records/spray_log.csv", "compliance/applications_%d.csv" % c.r.randint(2021, 2024)]), J(*rows), "crop-protection", "lot-numbers"


@neg
def n_eid(c):
    rows = ["eid,visual_tag,sex,breed,dob,dam_eid,weight_kg"]
    for i in range(c.r.randint(8, 20)):
        rows.append("%s%012d,%d,%s,%s,%s,%s%012d,%d" % (c.pick(["982", "840", "036", "826"]), c.r.randint(0, 10 ** 12 - 1), c.r.randint(1, 999),
                                                      c.pick(["F", "M"]), c.pick(["Angus", "Hereford", "Simmental", "Charolais"]), c.date(),
                                                      c.pick(["982", "840"]), c.r.randint(0, 10 ** 12 - 1), c.r.randint(30, 650)))
    return c.pick(["herd/eid_register.csv", "livestock/tags_%s.csv" % c.date()]), J(*rows), "livestock", "eid-tags"


@neg
def n_tile_hashes(c):
    lines = []
    for i in range(c.r.randint(6, 16)):
        lines.append("%s  tiles/%d/%d/%d.tif" % (c.hex(64), c.r.randint(10, 16), c.r.randint(200, 900), c.r.randint(300, 900)))
    return c.pick(["imagery/SHA256SUMS", "ndvi/tiles.sha256"]), J(*lines), "imagery", "sha256-checksums"


@neg
def n_planet_result(c):
    feats = []
    for i in range(c.r.randint(2, 4)):
        iid = "%s_%06d_%s" % (c.date().replace("-", ""), c.r.randint(0, 235959), c.hex(4))
        feats.append({"id": iid, "type": "Feature", "properties": {"acquired": c.iso(), "cloud_cover": c.num(0, 0.3, 2), "item_type": "PSScene",
                                                                     "satellite_id": c.hex(4)},
                      "assets": {"ortho_analytic_4b_sr": {"md5_digest": c.hex(32), "status": "active", "type": "ortho_analytic_4b_sr"}}})
    return c.pick(["tests/fixtures/planet_search.json", "cache/planet_items.json"]), json.dumps({"type": "FeatureCollection", "features": feats}, indent=2) + "\n", "planet", "md5-digests"


@neg
def n_tts_uplink(c):
    doc = {"end_device_ids": {"device_id": "probe-%03d" % c.r.randint(1, 300), "application_ids": {"application_id": slug(c.farm())[:16] + "-soil"},
                              "dev_eui": c.eui(), "join_eui": c.eui("70B3D57ED"), "dev_addr": c.hex(8, True)},
           "received_at": c.iso(),
           "uplink_message": {"session_key_id": c.b64(16), "f_port": 2, "f_cnt": c.r.randint(1, 20000), "frm_payload": c.b64(c.r.randint(6, 14)),
                              "decoded_payload": {"soil_moisture": c.num(5, 45), "soil_temp": c.num(2, 30), "battery": c.num(3.0, 3.6, 2)},
                              "rx_metadata": [{"gateway_ids": {"gateway_id": "gw-%s" % slug(c.field()), "eui": c.eui()}, "rssi": -c.r.randint(60, 120), "snr": c.num(-10, 10)}],
                              "settings": {"data_rate": {"lora": {"bandwidth": 125000, "spreading_factor": c.pick([7, 9, 10])}}, "frequency": "905300000"}}}
    return c.pick(["tests/fixtures/uplink.json", "samples/ttn_uplink_%d.json" % c.r.randint(1, 40)]), json.dumps(doc, indent=2) + "\n", "the-things-stack", "uplink-message"


@neg
def n_chirp_event(c):
    doc = {"deduplicationId": c.uuid(), "time": c.iso(), "deviceInfo": {"tenantId": c.uuid(), "applicationId": c.uuid(), "deviceProfileId": c.uuid(),
                                                                      "deviceName": "tank-%d" % c.r.randint(1, 30), "devEui": c.hex(16)},
           "devAddr": c.hex(8), "adr": True, "dr": 3, "fCnt": c.r.randint(1, 9000), "fPort": 1, "confirmed": False, "data": c.b64(c.r.randint(4, 12)),
           "object": {"level_cm": c.num(10, 300)}}
    return c.pick(["tests/data/chirpstack_up.json", "fixtures/cs_event.json"]), json.dumps(doc, indent=2) + "\n", "chirpstack", "event-ids"


@neg
def n_requirements(c):
    pk = [("requests", "2.31.0"), ("paho-mqtt", "1.6.1"), ("sentinelhub", "3.10.2"), ("rasterio", "1.3.9"), ("influxdb-client", "1.40.0")]
    lines = ["# generated by pip-compile --generate-hashes"]
    for n, v in pk:
        lines += ["%s==%s \\" % (n, v), "    --hash=sha256:%s \\" % c.hex(64), "    --hash=sha256:%s" % c.hex(64)]
    return "requirements.txt", J(*lines), "python-packaging", "package-hashes"


@neg
def n_package_lock(c):
    deps = {}
    for n in ["mqtt", "telegraf", "simple-oauth2", "@mapbox/mapbox-sdk", "express"]:
        deps["node_modules/" + n] = {"version": "%d.%d.%d" % (c.r.randint(1, 5), c.r.randint(0, 20), c.r.randint(0, 9)),
                                     "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (n, n.split("/")[-1]),
                                     "integrity": "sha512-" + c.b64(64)}
    return "package-lock.json", json.dumps({"name": "farm-alerts", "lockfileVersion": 3, "packages": deps}, indent=2) + "\n", "npm", "integrity-hashes"


@neg
def n_nodered_bcrypt(c):
    h = "$2b$08$" + c.chars(53, string.ascii_letters + string.digits + "./")
    return c.pick(["nodered/settings.js", "node-red/settings.js"]), J(
        "module.exports = {", "    flowFile: 'flows.json',", "    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,",
        "    adminAuth: {", "        type: 'credentials',", "        users: [{", "            username: 'admin',",
        "            password: '%s'," % h, "            permissions: '*'", "        }]", "    },", "    uiPort: 1880,", "};"), "node-red", "bcrypt-hash"


@neg
def n_mosquitto_passwd(c):
    lines = []
    for u in ["chirpstack", "gateway", "nodered", "telegraf"]:
        lines.append("%s:$7$101$%s$%s" % (u, c.b64(12), c.b64(64)))
    return c.pick(["mosquitto/config/passwd", "broker/passwd"]), J(*lines), "mqtt-broker", "pbkdf2-hash"


@neg
def n_ssh_pub(c):
    key = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + c.rbytes(32)).decode()
    return c.pick(["docs/access.md", "ops/authorized_keys.md"]), J(
        "# Gateway access", "", "Add the shop laptop key to `/root/.ssh/authorized_keys` on each gateway:", "", "```",
        "ssh-ed25519 %s %s@shop-laptop" % (key, c.user()), "```", "", "Fingerprint: `SHA256:%s`" % c.b64(32, pad=False)), "ssh", "public-key"


@neg
def n_changelog(c):
    lines = ["# Changelog", ""]
    for i in range(c.r.randint(4, 9)):
        lines.append("- %s `%s` %s" % (c.date(), c.hex(40), c.pick(["fix pivot angle rounding", "add Sentek probe parser", "bump chirpstack-api",
                                                                   "retry WeatherLink 429s", "new NDVI colour ramp", "move secrets to vault"])))
    return "CHANGELOG.md", J(*lines), "git", "commit-shas"


@neg
def n_image_digest(c):
    return c.pick(["docker-compose.prod.yml", "deploy/compose.pinned.yml"]), J(
        "services:", "  ingest:", "    image: ghcr.io/%s/ingest@sha256:%s" % (slug(c.farm()), c.hex(64)), "    env_file: ingest.env",
        "  chirpstack:", "    image: chirpstack/chirpstack@sha256:%s" % c.hex(64), "    command: -c /etc/chirpstack"), "docker", "image-digests"


@neg
def n_s2_products(c):
    lines = []
    for i in range(c.r.randint(5, 12)):
        d = c.date().replace("-", "")
        lines.append("S2%s_MSIL2A_%sT%06d_N05%02d_R%03d_T%02d%s_%sT%06d.SAFE  %s" % (c.pick(["A", "B"]), d, c.r.randint(0, 235959), c.r.randint(0, 11), c.r.randint(1, 143),
                                                                               c.r.randint(10, 20), c.uan(3), d, c.r.randint(0, 235959), c.uuid()))
    return c.pick(["imagery/s2_products.txt", "cache/downloaded_products.txt"]), J(*lines), "sentinel-hub", "product-ids"


@neg
def n_lora_frames(c):
    t = c.iso()[:-1]
    lines = []
    for i in range(c.r.randint(6, 14)):
        lines.append("%s rx devaddr=%s fcnt=%d fport=2 mic=%s payload=%s rssi=-%d" % (t, c.hex(8, True), c.r.randint(1, 9000), c.hex(8), c.hex(c.r.randint(8, 24)), c.r.randint(60, 120)))
    return c.pick(["logs/lora_frames.log", "gateway/logs/rx.log"]), J(*lines), "lorawan", "frame-log"


@neg
def n_weather_csv(c):
    rows = ["station_did,ts,temp_f,hum,bar_in,rain_in,wind_mph"]
    did = c.hex(12, True)
    t = c.ts()
    for i in range(c.r.randint(8, 16)):
        rows.append("%s,%d,%s,%d,%s,%s,%s" % (did, t + 300 * i, c.num(30, 95), c.r.randint(20, 99), c.num(29.5, 30.5, 2), c.num(0, 0.5, 2), c.num(0, 25)))
    return c.pick(["data/weatherlink_export.csv", "exports/station_%s.csv" % c.date()]), J(*rows), "davis-weatherlink", "station-ids"


@neg
def n_grain_tickets(c):
    rows = ["ticket_no,contract_no,date,commodity,gross_lb,tare_lb,moisture_pct,test_weight,load_id"]
    for i in range(c.r.randint(6, 14)):
        g = c.r.randint(60000, 80000)
        rows.append("%d,%s-%05d,%s,%s,%d,%d,%s,%s,%s" % (c.r.randint(100000, 999999), c.pick(["CN", "HTA", "DP"]), c.r.randint(0, 99999), c.date(), c.pick(["Corn", "Soybeans", "Wheat"]),
                                                  g, c.r.randint(28000, 33000), c.num(12, 20), c.num(52, 60), c.uuid()))
    return c.pick(["marketing/tickets.csv", "grain/scale_tickets_%d.csv" % c.r.randint(2021, 2024)]), J(*rows), "grain-marketing", "ticket-numbers"


@neg
def n_fsa(c):
    recs = [{"farm_number": c.r.randint(1000, 9999), "tract_number": c.r.randint(1000, 99999), "clu_number": c.r.randint(1, 40), "clu_id": c.uuid(True),
             "acres": c.num(5, 160, 2), "crop": c.crop(), "fsa_578_confirmation": "%s%010d" % (c.uan(2), c.r.randint(0, 10 ** 10 - 1))} for _ in range(c.r.randint(2, 5))]
    return c.pick(["data/fsa_578.json", "compliance/acreage_report.json"]), json.dumps({"program_year": c.r.randint(2021, 2024), "records": recs}, indent=2) + "\n", "usda-fsa", "farm-tract-ids"


@neg
def n_tf_refs(c):
    return c.pick(["infra/secrets.tf", "terraform/db.tf"]), J(
        'resource "random_password" "db" {', "  length  = 32", "  special = true", "}", "",
        'resource "aws_secretsmanager_secret" "db" {', '  name = "farmdata/db-password"', "}", "",
        'resource "aws_secretsmanager_secret_version" "db" {', "  secret_id     = aws_secretsmanager_secret.db.id",
        "  secret_string = random_password.db.result", "}", "",
        'data "aws_ssm_parameter" "sentinelhub_secret" {', '  name = "/farm/sentinelhub/client_secret"', "}"), "terraform", "secret-references"


@neg
def n_external_secret(c):
    return c.pick(["k8s/external-secrets.yaml", "manifests/externalsecret.yaml"]), J(
        "apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:", "  name: integrations", "spec:",
        "  refreshInterval: 1h", "  secretStoreRef:", "    name: vault-backend", "    kind: ClusterSecretStore", "  target:", "    name: integrations",
        "  data:", "    - secretKey: JOHN_DEERE_CLIENT_SECRET", "      remoteRef:", "        key: farm/integrations/deere", "        property: client_secret",
        "    - secretKey: TTS_API_KEY", "      remoteRef:", "        key: farm/lorawan/tts", "        property: api_key"), "kubernetes", "secret-references"


@neg
def n_sops(c):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (c.b64(n), c.b64(32), c.b64(16))
    return c.pick(["secrets/prod.enc.yaml", "deploy/secrets.sops.yaml"]), J(
        "mqtt_password: %s" % enc(18), "sentinelhub_client_secret: %s" % enc(24), "sops:", "    kms: []",
        "    age:", "        - recipient: age1%s" % c.chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
        "    lastmodified: \"%s\"" % c.iso(), "    mac: %s" % enc(32), "    version: 3.8.1"), "sops", "encrypted-values"


@neg
def n_r_palette(c):
    cols = ", ".join('"#%s"' % c.hex(6, True) for _ in range(7))
    return c.pick(["R/ndvi_maps.R", "analysis/plot_ndvi.R"]), J(
        "library(terra)", "library(sf)", "", "ndvi_pal <- c(%s)" % cols, "",
        "r <- rast(\"imagery/%s_ndvi.tif\")" % slug(c.field()), "fields <- st_read(\"fields/boundaries.geojson\")",
        "plot(r, col = colorRampPalette(ndvi_pal)(100), main = \"NDVI %s\")" % c.date(), "plot(st_geometry(fields), add = TRUE)"), "analysis", "colour-codes"


@neg
def n_ipynb_png(c):
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + c.rbytes(600)).decode()
    nb = {"cells": [{"cell_type": "code", "execution_count": 3, "id": "a1", "metadata": {},
                     "outputs": [{"data": {"image/png": png, "text/plain": ["<Figure size 640x480 with 1 Axes>"]}, "metadata": {}, "output_type": "display_data"}],
                     "source": ["plt.imshow(ndvi, cmap='RdYlGn')\n", "plt.colorbar()"]}],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
    return c.pick(["notebooks/ndvi_plot.ipynb", "analysis/canopy_cover.ipynb"]), json.dumps(nb, indent=1) + "\n", "jupyter", "base64-image"


@neg
def n_aes_tests(c):
    return c.pick(["tests/test_lorawan_crypto.py", "lib/tests/test_mic.py"]), J(
        "import unittest", "from lorawan.crypto import aes128_encrypt, compute_join_mic", "",
        "# FIPS-197 / RFC 4493 test vectors, as used in the LoRaWAN reference implementation", 'KEY = bytes.fromhex("2B7E151628AED2A6ABF7158809CF4F3C")',
        'PLAIN = bytes.fromhex("6BC1BEE22E409F96E93D7E117393172A")', 'CIPHER = bytes.fromhex("3AD77BB40D7A3660A89ECAF32466EF97")', "",
        "class TestCrypto(unittest.TestCase):", "    def test_aes(self):", "        self.assertEqual(aes128_encrypt(KEY, PLAIN), CIPHER)", "",
        "    def test_join_mic_zero_key(self):", '        mic = compute_join_mic(bytes(16), bytes.fromhex("00%s%s%s"))' % (c.hex(16), c.hex(16), c.hex(4)),
        "        self.assertEqual(len(mic), 4)"), "lorawan", "documented-test-vectors"


@neg
def n_tts_doc(c):
    return c.pick(["docs/api-keys.md", "docs/lorawan/authentication.md"]), J(
        "# The Things Stack API keys", "", "Keys have three dot-separated parts: `<token-type>.<token-id>.<token-secret>`.",
        "The type is always `NNSXS`; the id is 39 characters and the secret 52.", "", "Example from the official documentation:", "", "```",
        "NNSXS.U4H3ZFFCMSR42BUAZPW2UWGFBV4WCNI5EXDJXDY.SHIF3PP5PBMJNZESN5XLR5TZJTJUIGKVUTM2I22IVBUVCD6VIQIA", "```", "",
        "Never paste a real key here. Use `NNSXS.XXXXXXXXXX...` in screenshots and tickets, and load the real key from Vault",
        "(`vault kv get -field=api_key farm/lorawan/tts`)."), "the-things-stack", "documented-example"


@neg
def n_mapbox_public(c):
    tok = "pk." + b64url_json({"u": slug(c.farm()).replace("-", ""), "a": "cl" + c.lan(23)}) + "." + c.chars(22, AN + "-_")
    return c.pick(["web/map.html", "public/fields.html"]), J(
        "<!doctype html>", "<html><head>", '<script src="https://api.mapbox.com/mapbox-gl-js/v3.1.2/mapbox-gl.js"></script>',
        '<link href="https://api.mapbox.com/mapbox-gl-js/v3.1.2/mapbox-gl.css" rel="stylesheet">', "</head><body>", '<div id="map" style="height:100vh"></div>', "<script>",
        "  // public token, URL-restricted to maps.%s.com" % slug(c.farm()), "  mapboxgl.accessToken = '%s';" % tok,
        "  new mapboxgl.Map({ container: 'map', style: 'mapbox://styles/mapbox/satellite-v9', center: [%s, %s], zoom: 13 });" % (c.lon(), c.lat()),
        "</script>", "</body></html>"), "mapbox", "public-token"


@neg
def n_flightlog(c):
    rows = ["flight_id,aircraft_sn,rc_sn,battery_sn,start,duration_s,area_ha,product,rate_l_ha"]
    for i in range(c.r.randint(5, 12)):
        rows.append("%s,%s,%s,%s,%s,%d,%s,%s,%s" % (c.uuid(), c.uan(14), c.uan(14), c.uan(14), c.iso(), c.r.randint(300, 1400), c.num(1, 25), c.pick(["fungicide", "foliar N", "cover crop seed"]), c.num(8, 20)))
    return c.pick(["drone/flight_records.csv", "spraydrone/logs_%d.csv" % c.r.randint(2022, 2024)]), J(*rows), "dji-agras", "serial-numbers"


@neg
def n_openapi(c):
    return c.pick(["api/openapi.yaml", "docs/openapi.yml"]), J(
        "openapi: 3.0.3", "info:", "  title: Farm Telemetry API", "  version: 1.4.0", "components:", "  securitySchemes:",
        "    ApiKeyAuth:", "      type: apiKey", "      in: header", "      name: X-Api-Key", "    OAuth2:", "      type: oauth2", "      flows:",
        "        clientCredentials:", "          tokenUrl: https://auth.%s.com/oauth/token" % slug(c.farm()), "          scopes: {}",
        "paths:", "  /v1/fields/{fieldId}/readings:", "    get:", "      parameters:", "        - name: fieldId", "          in: path", "          required: true",
        "          schema: { type: string, format: uuid, example: %s }" % c.uuid(), "      security:", "        - ApiKeyAuth: []",
        "      responses:", "        '200': { description: OK }"), "openapi", "schema-examples"


@neg
def n_ino_no_keys(c):
    dev = c.eui()
    return c.pick(["firmware/se_node/se_node.ino", "nodes/lr1110_node/lr1110_node.ino"]), J(
        "// Keys live in the LR1110/ATECC608 secure element and never leave it.", "#include <LoRaWAN_SE.h>", "",
        "// printed on the label, public identifiers", 'const char* DEV_EUI  = "%s";' % dev, 'const char* JOIN_EUI = "%s";' % c.eui("70B3D57ED"), "",
        "void setup() {", "  Serial.begin(115200);", "  lorawan.useSecureElement(true);", "  lorawan.begin(DEV_EUI, JOIN_EUI);", "  lorawan.join();", "}", "",
        "void loop() {", "  lorawan.send(2, (uint8_t*)\"\\x01\\x02\", 2);", "  delay(900000);", "}"), "lorawan", "eui-only"


@neg
def n_ha_config(c):
    return c.pick(["homeassistant/configuration.yaml", "ha-config/configuration.yaml"]), J(
        "homeassistant:", "  name: %s" % c.farm(), "  latitude: !secret home_latitude", "  longitude: !secret home_longitude", "",
        "mqtt:", "  sensor:", "    - name: \"Barn temperature\"", "      state_topic: \"farm/barn/temp\"", "      unit_of_measurement: \"°C\"", "",
        "rest:", "  - resource: !secret weatherlink_url", "    headers:", "      X-Api-Secret: !secret weatherlink_api_secret", "    sensor:",
        "      - name: \"Rain today\"", "        value_template: \"{{ value_json.sensors[0].data[0].rainfall_day_mm }}\""), "home-assistant", "secret-references"


@neg
def n_env_example(c):
    return c.pick([".env.example", "backend/.env.sample", "config/.env.template"]), J(
        "# copy to .env and fill in", "JOHN_DEERE_CLIENT_ID=", "JOHN_DEERE_CLIENT_SECRET=", "SH_CLIENT_ID=<uuid>", "SH_CLIENT_SECRET=<your-client-secret>",
        "WEATHERLINK_API_KEY=your-api-key", "WEATHERLINK_API_SECRET=your-api-secret", "TTS_API_KEY=NNSXS.XXXXXXXXXX...",
        "DATABASE_URL=postgres://farm:changeme@localhost:5432/farm"), "config", "placeholders"


@neg
def n_weights_log(c):
    t = c.iso()[:-1]
    lines = ["%s INFO scale session %s started (reader %s)" % (t, c.uuid(), c.uan(10))]
    for i in range(c.r.randint(6, 14)):
        lines.append("%s INFO eid=%s%012d weight=%dkg pen=%d" % (t, c.pick(["982", "840"]), c.r.randint(0, 10 ** 12 - 1), c.r.randint(80, 700), c.r.randint(1, 12)))
    return c.pick(["logs/scale.log", "livestock/logs/weigh_%s.log" % c.date()]), J(*lines), "livestock", "eid-log"


@neg
def n_jwks(c):
    n = base64.urlsafe_b64encode(c.rbytes(256)).decode().rstrip("=")
    return c.pick(["tests/fixtures/jwks.json", "auth/jwks_cache.json"]), json.dumps({"keys": [{"kty": "RSA", "alg": "RS256", "use": "sig", "kid": c.an(43), "e": "AQAB", "n": n}]}, indent=2) + "\n", "oauth", "public-key"


@neg
def n_uuid_fixtures(c):
    lines = ["import uuid", "", "# stable ids for the test farm"]
    for nm in ["FARM_ID", "FIELD_NORTH", "FIELD_SOUTH", "PIVOT_1", "SEASON_2024", "ORG_ID"]:
        lines.append('%s = uuid.UUID("%s")' % (nm, c.uuid()))
    lines += ["", 'REQUEST_ID = "%s"' % c.hex(32), 'TRACE_PARENT = "00-%s-%s-01"' % (c.hex(32), c.hex(16))]
    return c.pick(["tests/fixtures/ids.py", "tests/conftest_ids.py"]), J(*lines), "tests", "uuids"


@neg
def n_md_guide(c):
    return c.pick(["docs/weatherlink.md", "docs/integrations/weather.md"]), J(
        "# WeatherLink v2", "", "1. Open https://www.weatherlink.com/account and click **Generate v2 Key**.",
        "2. Store the key and secret in Vault under `farm/weather/weatherlink` - never in this repo.", "3. The service reads them from",
        "   `WEATHERLINK_API_KEY` / `WEATHERLINK_API_SECRET`.", "", "```python",
        'headers = {"X-Api-Secret": os.environ["WEATHERLINK_API_SECRET"]}',
        'params = {"api-key": os.environ["WEATHERLINK_API_KEY"]}', "```", "", "Station `%d` is the %s tower." % (c.r.randint(100000, 999999), c.field())), "davis-weatherlink", "env-reference-docs"


@neg
def n_sql_schema(c):
    return c.pick(["db/schema.sql", "migrations/0001_init.sql"]), J(
        "CREATE TABLE integrations (", "  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),", "  provider text NOT NULL,",
        "  client_id text NOT NULL,", "  client_secret_ref text NOT NULL, -- vault path, e.g. farm/integrations/deere", "  enabled boolean DEFAULT true", ");", "",
        "INSERT INTO integrations (provider, client_id, client_secret_ref)",
        "VALUES ('john-deere', '0oa%s', 'vault:farm/integrations/deere#client_secret');" % c.an(17)), "database", "secret-references"


# ================================================================ driver

BLOCKED_ENV_OK = (".env.example", ".env.sample", ".env.template", ".env.dist")


def is_dotenv(relpath):
    base = relpath.rsplit("/", 1)[-1]
    return base.startswith(".env") and base not in BLOCKED_ENV_OK


def filetype(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base == "Dockerfile":
        return "Dockerfile"
    if base.startswith(".env"):
        return "env"
    if "." not in base:
        return base
    return base.rsplit(".", 1)[-1]


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_es.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    c = Ctx(r)
    assert len(POS) >= 60 and len(POS) + len(NEG) >= 60, (len(POS), len(NEG))
    manifest, secrets = [], []
    n_env = 0
    max_env = 500 // 20

    order = []
    while len(order) < 500:
        batch = list(range(len(POS)))
        r.shuffle(batch)
        order.extend(batch)
    order = order[:500]

    for i in range(500):
        idx = order[i]
        while True:
            name, fn = POS[idx]
            S = PosSlot(c)
            rel, text = fn(c, S)
            if is_dotenv(rel) and n_env >= max_env:
                idx = r.randrange(len(POS))
                continue
            break
        if is_dotenv(rel):
            n_env += 1
        assert S.calls == 1 and S.needle, name
        lines = text.split("\n")
        ln = next((k + 1 for k, l in enumerate(lines) if S.needle in l), None)
        assert ln is not None, (name, S.needle)
        assert S.needle in lines[ln - 1]
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": S.provider, "kind": S.kind, "filetype": filetype(rel), "template": name})
        secrets.append({"file": f, "needle": S.needle, "line": ln})

    neg_order = []
    while len(neg_order) < 250:
        batch = list(range(len(NEG)))
        r.shuffle(batch)
        neg_order.extend(batch)
    reuse_order = []
    while len(reuse_order) < 250:
        batch = list(range(len(POS)))
        r.shuffle(batch)
        reuse_order.extend(batch)
    for i in range(500):
        if i % 2 == 0:
            name, fn = POS[reuse_order[i // 2]]
            S = NegSlot(c)
            rel, text = fn(c, S)
            assert S.calls == 1, name
            prov, kind = S.provider, S.kind
            name = name + ":filler"
        else:
            name, fn = NEG[neg_order[i // 2]]
            rel, text, prov, kind = fn(c)
        if rel.endswith(".py"):
            # filler expressions may need an import the positive version did not
            if "keyring." in text and "import keyring" not in text:
                text = "import keyring\n" + text
            if "os." in text and "import os" not in text:
                text = "import os\n" + text
        if is_dotenv(rel):
            d, _, b = rel.rpartition("/")
            rel = (d + "/" if d else "") + ".env.example"
        assert not is_dotenv(rel)
        f = "neg/n%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": prov, "kind": kind, "filetype": filetype(rel), "template": name})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    # re-read and check every needle against the file on disk
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s
        assert not any(s["needle"] in l for l in lines[:s["line"] - 1]), s
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
