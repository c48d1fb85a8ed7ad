#!/usr/bin/env python3
"""gen_fc.py - blind evaluation-set generator for secret scanners.

EMPHASIS
    Domain: energy, utilities, solar and EV charging.
    Providers / systems: OCPP 1.6 / 2.0.1 charge-point basic auth (AuthorizationKey,
    BasicAuthPassword), ChargePoint web services, Enel X JuiceNet, Wallbox, Easee, Zaptec,
    Tesla Fleet API (client secrets, vehicle-command EC private keys), Tesla Powerwall
    gateway passwords, Enphase Enlighten v4 (API key, OAuth client secret), SMA ennexOS
    OAuth, Fronius Solar.web Query API, Victron VRM access tokens, Octopus Energy API keys,
    Sense / Emporia logins, Rainforest Eagle install codes, UtilityAPI / Green Button
    tokens, WattTime logins, Electricity Maps auth tokens, EIA API keys, ENTSO-E security
    tokens, PJM Data Miner and ERCOT subscription keys, emoncms write keys, Home Assistant
    long-lived tokens, ESPHome API encryption keys and OTA passwords, MQTT / InfluxDB /
    historian (PI Web API, OPC UA) passwords, database URLs, plus the cloud and notification
    credentials that energy projects carry (AWS, Azure IoT Hub, Slack webhooks, Telegram
    bots, SendGrid, Twilio, GitHub tokens in CI).
    File types: Python, Node/TypeScript, Go, R, Jupyter notebooks, Home Assistant and
    ESPHome YAML, Node-RED flows, OCPP config / message JSON, docker-compose, Kubernetes
    manifests and Helm values, systemd units, INI / TOML / .properties / conf, Terraform,
    Dockerfile, shell, .http request files, XML (SOAP / Spring), SQL, Markdown runbooks,
    CSV meter exports and provisioning sheets, application logs, GitHub workflows.

USAGE
    python3 gen_fc.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl
    (one line per file) and OUTDIR/secrets.jsonl (one line per positive). All randomness
    comes from one random.Random(SEED); the output is byte-identical for a given SEED.

NEEDLE CONVENTIONS
    * key = value, env var, YAML/JSON/XML field, CLI flag or constructor argument: the
      needle is the bare value, without the surrounding quotes.
    * Header (Authorization: Bearer X, X-Authorization: Token X, auth-token: X,
      Ocp-Apim-Subscription-Key: X): the needle is X only (not the scheme word).
    * HTTP Basic header written pre-encoded (Authorization: Basic B64): the needle is the
      base64 blob B64 (which encodes "user:secret").
    * URL with credentials (postgresql://user:PASS@host/db, wss://cp:PASS@host,
      mqtt://user:PASS@host): the needle is PASS only.  URL whose query carries the key
      (?api_key=K, ?securityToken=K, ?apikey=K): the needle is K.
    * Webhook URL whose path is the secret (Slack incoming webhook): the needle is the
      whole URL.
    * Key pairs (AWS access key id + secret, client id + client secret, cloud id +
      install code, AccessKeyId + AccessKeyValue): the needle is the secret half; the id
      half is also in the file and is not a needle.
    * Multi-line PEM private keys: the needle is the first base64 body line (the line
      right after "-----BEGIN EC PRIVATE KEY-----"); "line" is that line.
    * Kubernetes Secret "data:" fields: the needle is the base64 string as written.
    * "line" is the 1-based line of the needle's first occurrence; the program asserts it.

NEGATIVES
    Half of the negatives re-use the positive templates with the secret's slot holding a
    non-secret: placeholders (<your-api-key>, YOUR_API_KEY_HERE, changeme, xxxx...),
    empty values, masked values (****, [REDACTED]), environment references in the file's
    own language (os.environ[...], process.env.X, os.Getenv, ${VAR}, !secret x), template
    expressions (Helm {{ .Values.x }}, GitHub ${{ secrets.X }}, Jinja {{ x }}),
    secret-manager references (op://, vault:, AWS Secrets Manager ARNs, GCP secret paths)
    and providers' documented example values.  The other half are domain look-alikes:
    MPAN / MPRN / ESI ID meter numbers (MPAN with its real check digit), meter serials,
    EIC codes (with the ENTSO-E check character), OCPP message ids and idTags, charge
    point / EVSE / eMAID ids, OCMF signed meter values, interval data, firmware and
    container digests, lockfile integrity hashes, git SHAs, UUID site ids, Tesla
    client ids and public keys, certificates, SSH public keys, Node-RED node ids, trace
    ids, Modbus register dumps, and values documented as public (OAuth client ids,
    Rainforest cloud ids, Octopus account numbers).  No negative is written to a
    .env / .env.* file (only .env.example / .env.sample).

FORMATS CHECKED (search tool, providers' docs and real project files)
    * Octopus Energy: keys start "sk_live_" (Octopus help + many READMEs); Basic auth with
      the key as user and an empty password.
    * Tesla Fleet API: OAuth client_credentials with client_id (UUID) + client_secret;
      real projects show secrets "ta-secret." + 16 chars of [A-Za-z0-9!@%_-]; vehicle
      command keys are prime256v1 EC keys (developer.tesla.com "openssl ecparam").
    * Enphase v4: client_id and client_secret sent as Basic base64(client_id:secret);
      the documented example decodes to two 32-hex strings; API key passed as ?key=.
    * Victron VRM: "X-Authorization: Token <personal access token>" or Bearer after login.
    * ENTSO-E: "securityToken" query parameter; token generated in My Account.
    * EIA: api.data.gov style 40-character key passed as api_key=.
    * Electricity Maps: "auth-token" request header.
    * WattTime v3: /login with HTTP Basic username + password, returns a 30-minute JWT.
    * PJM Data Miner 2 and ERCOT public API: Azure APIM "Ocp-Apim-Subscription-Key"
      header (ERCOT also needs an id_token from a username/password ROPC flow).
    * OCPP 1.6 security whitepaper: AuthorizationKey is hex of 16..20 random bytes
      (32..40 hex chars), Basic auth user = chargePointId; OCPP 2.0.1 BasicAuthPassword is
      16..40 characters.
    * Rainforest Eagle-200 local API: Basic auth, user = 6-hex Cloud ID, password =
      16-hex Install Code.
    * ESPHome: api encryption key = base64 of 32 random bytes; OTA password free text.
    * Home Assistant: long-lived access token is an HS256 JWT sent as Bearer.
    * Powerwall: local gateway login with the customer password; Easee / Zaptec /
      Wallbox / Sense / Emporia: account e-mail + password.
    * GitHub ghp_ tokens: 30 base62 chars + 6-char base62 CRC32 of those 30 chars.
    * Slack incoming webhooks: https://hooks.slack.com/services/T.../B.../<24 chars>.

DOUBTS
    * Octopus key body length: 24 alphanumerics assumed (prefix confirmed, length not
      stated in the pages found).
    * Victron VRM personal access token: 64 lowercase hex assumed.
    * Electricity Maps token: 20..30 alphanumerics assumed; format not documented.
    * ENTSO-E security token: UUID form assumed (from how projects show it).
    * Enphase API key: 32 hex assumed (same shape as the documented client id).
    * ChargePoint web-services license key/password, JuiceNet API token (UUID), SMA
      ennexOS client secret, Fronius AccessKeyId ("FKIA" + 32 hex) / AccessKeyValue
      (UUID), UtilityAPI token (32 hex), Twilio, SendGrid: shapes assumed from common
      usage, not confirmed in the providers' own documentation.
    * Tesla client secret alphabet inferred from several real-looking project files, not
      from Tesla's own documentation.
"""

import base64
import hashlib
import json
import os
import random
import sys
import zlib

R = random.Random(0)  # replaced in main()

DIG = "0123456789"
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
LOW = "abcdefghijklmnopqrstuvwxyz"
UPP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM = DIG + UPP + LOW
B62 = DIG + UPP + LOW
B32 = UPP + "234567"


# ----------------------------------------------------------------------------- basics
def ch(seq):
    return R.choice(seq)


def ri(a, b):
    return R.randint(a, b)


def rstr(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def hexs(n, upper=False):
    return rstr(HEXU if upper else HEXL, n)


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(n, url=False, pad=True):
    raw = rbytes(n)
    s = base64.urlsafe_b64encode(raw).decode() if url else base64.b64encode(raw).decode()
    return s if pad else s.rstrip("=")


def uuid4():
    h = hexs(32)
    v = "89ab"[R.getrandbits(2)]
    return "%s-%s-4%s-%s%s-%s" % (h[0:8], h[8:12], h[13:16], v, h[17:20], h[20:32])


def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def camel(name):
    parts = name.lower().split("_")
    return parts[0] + "".join(p.title() for p in parts[1:])


def maybe(p=0.5):
    return R.random() < p


# ----------------------------------------------------------------------------- fillers
FIRST = ["anna", "ben", "chloe", "dev", "elif", "finn", "grace", "hugo", "isla", "jonas", "kai",
         "lena", "marek", "nadia", "omar", "priya", "quinn", "rosa", "sven", "tomas", "uma", "yusuf"]
LAST = ["okafor", "lindqvist", "patel", "moreau", "schmidt", "nakamura", "oconnor", "rossi",
        "novak", "haddad", "kowalski", "jensen", "garcia", "evans", "fischer", "dubois"]
COMPANIES = [("Kestrel Charging", "kestrelcharge.io"), ("Sunmesa Solar", "sunmesa-solar.com"),
             ("Brightwater Utilities", "brightwater-util.co.uk"), ("Voltaic Grid Services", "voltaicgrid.net"),
             ("Northwind Energy Co-op", "northwind-coop.org"), ("Gridlane", "gridlane.eu"),
             ("Heliopath", "heliopath.de"), ("Amperly", "amperly.app"), ("Fjordkraft Labs", "fjordlabs.no"),
             ("Watt & Co", "wattandco.energy")]
SITES = ["Harbour View Depot", "Northfield Solar Farm", "Elm Street Car Park", "Riverside Depot",
         "Blackmoor Substation", "Westgate Retail Park", "Hillcrest Primary School", "Station Road Hub",
         "Marina Bay Garage", "Oakley Business Park", "Cedar Court Apartments", "Kingsway Fleet Yard"]
CITIES = [("London", "Europe/London", 51.5, -0.12), ("Bristol", "Europe/London", 51.45, -2.58),
          ("Berlin", "Europe/Berlin", 52.52, 13.40), ("Rotterdam", "Europe/Amsterdam", 51.92, 4.48),
          ("Oslo", "Europe/Oslo", 59.91, 10.75), ("Austin", "America/Chicago", 30.27, -97.74),
          ("Philadelphia", "America/New_York", 39.95, -75.17), ("Madrid", "Europe/Madrid", 40.42, -3.70),
          ("Fresno", "America/Los_Angeles", 36.74, -119.78), ("Lyon", "Europe/Paris", 45.76, 4.84)]
ZONES = ["DE", "FR", "GB", "NL", "DK-DK1", "NO-NO1", "ES", "US-CAL-CISO", "US-TEX-ERCO", "US-MIDA-PJM"]


def company():
    return ch(COMPANIES)


def person_email(domain=None):
    d = domain or company()[1]
    return "%s.%s@%s" % (ch(FIRST), ch(LAST), d)


def user_name():
    return ch(["svc_", "ops-", "", "int_"]) + ch(FIRST) + ch(["", ".", "_"]) + ch(LAST)


def priv_ip():
    return ch(["192.168.%d.%d" % (ri(0, 20), ri(2, 250)), "10.%d.%d.%d" % (ri(0, 40), ri(0, 255), ri(2, 250)),
               "172.%d.%d.%d" % (ri(16, 31), ri(0, 255), ri(2, 250))])


def city():
    return ch(CITIES)


def latlon():
    c = city()
    return c, round(c[2] + R.uniform(-0.2, 0.2), 5), round(c[3] + R.uniform(-0.2, 0.2), 5)


def cp_id():
    return ch(["CP-%s-%03d" % (ch(["LDN", "BRS", "BER", "RTM", "OSL", "AUS"]), ri(1, 400)),
               "EVB-P%07d" % ri(1000000, 9999999), "WB%06d" % ri(100000, 999999),
               "%s%05d" % (ch(["KSTR", "AMPL", "GRDL"]), ri(1, 99999)), "EH%s" % rstr(UPP + DIG, 6)])


def iso_ts(day=None):
    d = day or ri(1, 28)
    return "2024-%02d-%02dT%02d:%02d:%02dZ" % (ri(1, 12), d, ri(0, 23), ri(0, 59), ri(0, 59))


def date():
    return "2024-%02d-%02d" % (ri(1, 12), ri(1, 28))


def version():
    return "%d.%d.%d" % (ri(0, 4), ri(0, 30), ri(0, 20))


def host(kind="db"):
    base = {"db": ["timescaledb", "postgres", "meterdb", "historian-db", "pg-primary"],
            "mq": ["mosquitto", "emqx", "mqtt-broker", "hivemq"],
            "api": ["csms", "ocpp-gw", "backend", "chargehub"]}[kind]
    return ch(base) + ch(["", "", ".internal", ".svc.cluster.local", ".%s" % company()[1]])


# ----------------------------------------------------------------------------- secrets
PW_SYMS = "!*-_+=.^~@"
URL_SYMS = "-._~"


def password(urlsafe=False):
    syms = URL_SYMS if urlsafe else PW_SYMS
    style = ri(0, 3)
    if style == 0:
        words = ["Copper", "Falcon", "Tidal", "Ember", "Quartz", "Harbor", "Nimbus", "Cobalt", "Maple",
                 "Orbit", "Sable", "Juniper", "Granite", "Velvet", "Thistle", "Aurora"]
        sep = ch(["-", ".", "_"]) if urlsafe else ch(["-", ".", "_", "+"])
        return sep.join(R.sample(words, 3)) + sep + str(ri(10, 9999))
    n = ri(14, 24)
    while True:
        s = rstr(ALNUM + syms * 2, n)
        if (any(c in LOW for c in s) and any(c in UPP for c in s) and any(c in DIG for c in s)
                and any(c in syms for c in s) and s[0] not in syms):
            return s


def g_octopus():
    return "sk_live_" + rstr(ALNUM, 24)


def g_tesla_secret():
    return "ta-secret." + "".join(ch(ALNUM) if R.random() < 0.85 else ch("!@%_-") for _ in range(16))


def g_hex32():
    return hexs(32)


def g_hex64():
    return hexs(64)


def g_eia():
    return rstr(ALNUM, 40)


def g_emaps():
    return rstr(ALNUM, ri(20, 30))


def g_ocpp16_key():
    return rbytes(ri(16, 20)).hex().upper()


def g_ocpp201_pw():
    return rstr(ALNUM + "*-_=:+|@.", ri(16, 40))


def g_install_code():
    return hexs(16)


def g_esphome_key():
    return b64(32)


def g_influx():
    return b64(64, url=True)


def g_aws_id():
    return "AKIA" + rstr(B32, 16)


def g_aws_secret():
    return rstr(ALNUM + "/+", 40)


def g_azure_key():
    return b64(32)


def g_slack():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rstr(UPP + DIG, ri(8, 10)), rstr(UPP + DIG, ri(9, 11)),
                                                            rstr(ALNUM, 24))


def g_telegram():
    return "%d:AA%s" % (ri(100000000, 7999999999), rstr(ALNUM + "_-", 33))


def b62_encode(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def g_github():
    body = rstr(B62, 30)
    return "ghp_" + body + b62_encode(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def g_sendgrid():
    return "SG." + rstr(ALNUM + "-_", 22) + "." + rstr(ALNUM + "-_", 43)


def g_ha_jwt():
    iat = ri(1650000000, 1730000000)
    head = b64url_json({"alg": "HS256", "typ": "JWT"})
    body = b64url_json({"iss": hexs(32), "iat": iat, "exp": iat + 315360000})
    return head + "." + body + "." + b64(32, url=True, pad=False)


def g_sas_sig():
    return b64(32)


def basic_blob(user, pw):
    return base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()


def ec_private_pem_lines():
    """prime256v1 EC private key in SEC1 DER layout with random key material."""
    der = (bytes.fromhex("30770201010420") + rbytes(32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200")
           + b"\x04" + rbytes(64))
    s = base64.b64encode(der).decode()
    return [s[i:i + 64] for i in range(0, len(s), 64)]


def ec_public_pem_lines():
    der = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d030107034200") + b"\x04" + rbytes(64)
    s = base64.b64encode(der).decode()
    return [s[i:i + 64] for i in range(0, len(s), 64)]


# ----------------------------------------------------------------------------- look-alike values
MPAN_PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]


def mpan_core():
    d = str(ch([10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23])) + rstr(DIG, 10)
    c = sum(int(x) * p for x, p in zip(d, MPAN_PRIMES)) % 11 % 10
    return d + str(c)


def mprn():
    return str(ri(1, 9)) + rstr(DIG, ri(5, 9))


def esi_id():
    return ch(["1008901", "1044372", "1017699", "1040051"]) + rstr(DIG, ch([10, 15]))


def meter_serial():
    return ch(["%02dL%07d" % (ri(14, 23), ri(0, 9999999)), "Z%02dN%06d" % (ri(14, 23), ri(0, 999999)),
               "%02dE%07d" % (ri(14, 23), ri(0, 9999999)), "E%02dBG%05d" % (ri(14, 23), ri(0, 99999))])


EIC_VAL = {c: i for i, c in enumerate(DIG + UPP + "-")}
EIC_CHR = DIG + UPP + "-"


def eic_check(code15):
    s = sum(EIC_VAL[c] * (16 - i) for i, c in enumerate(code15))
    return EIC_CHR[36 - ((s - 1) % 37)]


def eic_code():
    body = ch(["10Y", "10X", "11W", "10W", "10T", "10V"]) + rstr(UPP + DIG, ri(4, 9))
    body = (body + "-" * 15)[:15]
    return body + eic_check(body)


KNOWN_EIC = ["10YDE-VE-------2", "10YBE----------2", "10YAT-APG------L", "10YFR-RTE------C",
             "10YNL----------L", "10YES-REE------0", "10YGB----------A", "10Y1001A1001A82H",
             "10YDK-1--------W", "10YNO-1--------2"]


def sha256_hex():
    return hashlib.sha256(rbytes(24)).hexdigest()


def git_sha():
    return hashlib.sha1(rbytes(20)).hexdigest()


def evse_id():
    return "%s*%s*E%s*%d" % (ch(["DE", "NL", "GB", "FR", "NO"]), rstr(UPP, 3), rstr(DIG + UPP, 7), ri(1, 4))


def emaid():
    return "%s-%s-C%s-%s" % (ch(["DE", "NL", "GB", "FR"]), rstr(UPP + DIG, 3), rstr(UPP + DIG, 8), rstr(UPP + DIG, 1))


def vin():
    return ch(["5YJ3E1EA", "7SAYGDEE", "LRW3E7EK", "XP7YGCEK", "5YJSA1E2"]) + rstr("0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 9)


def rfid_tag():
    return hexs(ch([8, 14]), upper=True)


# ----------------------------------------------------------------------------- slot machinery
from textwrap import dedent  # noqa: E402


def F(t, **kw):
    t = dedent(t).lstrip("\n")
    for k, v in kw.items():
        t = t.replace("\u00a7" + k + "\u00a7", str(v))
    assert "\u00a7" not in t, t[:200]
    return t


DOCS = {
    "octopus": ["sk_live_...", "sk_live_your_key_here", "sk_live_xxxxxxxxxxxx", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"],
    "tesla": ["secret-password", "<client_secret>", "ta-secret.XXXXXXXXXXXXXXXX"],
    "enphase_secret": ["5035ca64c13f793a7c1bca435591d5ea", "uvwxyz"],
    "enphase_key": ["<api_key>", "YOUR_API_KEY"],
    "victron": ["<your-personal-access-token>", "{token}"],
    "victron_pw": ["secret-passw0rd"],
    "entsoe": ["YOUR-SECURITY-TOKEN", "MY-API-TOKEN"],
    "eia": ["DEMO_KEY", "YOUR_KEY_HERE", "YOUR API KEY GOES HERE"],
    "emaps": ["MY-API-TOKEN", "your-api-key"],
    "watttime": ["YOUR PASSWORD HERE", "{PASSWORD}"],
    "apim": ["4ce1f2...", "YOUR_KEY", "<subscription-key>"],
    "ocpp16": ["646B327130726675327130662D326630726467"],
    "rainforest": ["0123456789abcdef", "4234343242343242", "<Install Code>"],
    "easee": ["Password123"],
    "esphome": ["Generate a key and put it here"],
    "esphome_ota": ["differentrandomsecurepassword"],
    "ha": ["TOKEN", "your-long-lived-access-token"],
    "aws": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "github": ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
    "influx": ["my-super-secret-auth-token", "<INFLUX_TOKEN>"],
}

PH_TOKEN = ["<your-api-key>", "YOUR_API_KEY_HERE", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "REPLACE_ME", "<token>",
            "your-token-here", "changeme", "TODO-add-key", "dummy-key-for-tests", "XXXX-XXXX-XXXX-XXXX",
            "<paste key from portal>", "insert_key_here"]
PH_PW = ["changeme", "<password>", "CHANGE_ME", "your-password", "REPLACE_WITH_PASSWORD", "password", "TODO",
         "<set-in-vault>", "example-password"]
MASKED = ["****", "********", "[REDACTED]", "<redacted>", "***REMOVED***", "xxxxxxxx (masked)", "<hidden>"]


def yaml_q(s):
    if s == "":
        return '""'
    if (any(c in ':#{}[],&*!|>\'"%@`' for c in s) or s[0] in "-?" or s.strip() != s
            or s.lower() in ("yes", "no", "true", "false", "null", "on", "off") or s.isdigit()):
        return json.dumps(s)
    return s


def sh_q(s):
    if s == "":
        return '""'
    if any(c in s for c in '$`"\\!'):
        return "'" + s + "'"
    return '"' + s + '"'


def quote(lang, s):
    if lang in ("py", "go", "toml", "tf", "r", "cs"):
        return '"' + s + '"'
    if lang == "json":
        return json.dumps(s)
    if lang in ("js", "sql"):
        return "'" + s + "'"
    if lang in ("yaml", "ha"):
        return yaml_q(s)
    if lang == "sh":
        return sh_q(s)
    return s


def env_ref(lang, var):
    v = var
    lo = var.lower()
    opts = {
        "py": ['os.environ["%s"]' % v, 'os.getenv("%s")' % v, 'os.environ.get("%s", "")' % v, 'env("%s")' % v],
        "js": ["process.env.%s" % v, "process.env['%s']" % v, "process.env.%s ?? ''" % v],
        "go": ['os.Getenv("%s")' % v],
        "r": ['Sys.getenv("%s")' % v],
        "sh": ['"${%s}"' % v, '"$%s"' % v, '"${%s:?not set}"' % v],
        "yaml": ['"${%s}"' % v, "${%s}" % v],
        "ha": ["!secret %s" % lo],
        "json": ['"${%s}"' % v, '"$%s"' % v],
        "toml": ['"${%s}"' % v, '"env:%s"' % v],
        "tf": ["var.%s" % lo],
        "sql": [":'%s'" % lo],
        "cs": ['Environment.GetEnvironmentVariable("%s")' % v],
    }.get(lang, ["${%s}" % v, "${env:%s}" % v])
    return ch(opts)


def templ_expr(lang, var):
    lo = var.lower()
    opts = {
        "yaml": ['"{{ .Values.%s }}"' % camel(var), '"{{ %s }}"' % lo, "${{ secrets.%s }}" % var,
                 "\"{{ lookup('env', '%s') }}\"" % var],
        "ha": ["!secret %s" % lo, '"${%s}"' % lo],
        "json": ['"{{ %s }}"' % lo, '"$(%s)"' % var, '"{{ .Values.%s }}"' % camel(var)],
        "toml": ['"{{ %s }}"' % lo, '"{{ .%s }}"' % camel(var)],
        "tf": ["data.aws_ssm_parameter.%s.value" % lo],
        "sh": ['"{{ %s }}"' % lo],
    }.get(lang)
    if opts is None:
        if lang in ("py", "js", "go", "r", "sql", "cs"):
            return None
        opts = ["{{ %s }}" % lo, "@%s@" % var, "%%(%s)s" % lo]
    return ch(opts)


def secret_mgr(lang, var):
    slug = var.lower().replace("_", "-")
    s = ch(["op://Energy-Ops/%s/credential" % slug, "vault:secret/data/energy/%s#value" % slug,
            "arn:aws:secretsmanager:eu-west-1:%s:secret:%s-%s" % (rstr(DIG, 12), slug, rstr(ALNUM, 6)),
            "projects/gridops-prod/secrets/%s/versions/latest" % slug,
            "azurekeyvault://kv-energy-prod/secrets/%s" % slug])
    return quote(lang, s)


def neg_value(lang, var, kind, doc):
    cats = ["placeholder", "placeholder", "empty", "masked", "env_ref", "env_ref", "template_expr",
            "secret_manager"]
    if doc in DOCS:
        cats += ["doc_example", "doc_example"]
    if lang in ("csv", "log"):
        cats = ["placeholder", "masked", "masked", "empty"]
    cat = ch(cats)
    if cat == "placeholder":
        return cat, quote(lang, ch(PH_PW if kind == "password" else PH_TOKEN))
    if cat == "empty":
        return cat, quote(lang, "")
    if cat == "masked":
        return cat, quote(lang, ch(MASKED))
    if cat == "env_ref":
        return cat, env_ref(lang, var)
    if cat == "template_expr":
        e = templ_expr(lang, var)
        return ("template_expr", e) if e else ("env_ref", env_ref(lang, var))
    if cat == "secret_manager":
        return cat, secret_mgr(lang, var)
    return cat, quote(lang, ch(DOCS[doc]))


def default_embed(var, kind):
    if kind == "password":
        return [("placeholder", "<password>"), ("env_ref", "${%s}" % var), ("placeholder", "changeme"),
                ("masked", "****"), ("placeholder", "PASSWORD"), ("template_expr", "{{ %s }}" % var.lower())]
    return [("placeholder", "<token>"), ("env_ref", "${%s}" % var), ("env_ref", "$%s" % var),
            ("placeholder", "YOUR_TOKEN"), ("masked", "[REDACTED]"), ("placeholder", "xxxxxxxxxxxxxxxx")]


class Slot:
    def __init__(self, pos):
        self.pos = pos
        self.needle = None
        self.cat = None
        self.calls = 0

    def __call__(self, gen, lang="bare", var="API_KEY", kind="token", doc=None, mode="value", neg=None):
        self.calls += 1
        assert self.calls == 1, "one slot per template"
        if self.pos:
            s = gen()
            self.needle = s
            return quote(lang, s) if mode == "value" else s
        if mode == "value":
            cat, s = neg_value(lang, var, kind, doc)
        else:
            opts = list(neg) if neg else default_embed(var, kind)
            if doc in DOCS and neg is None:
                opts.append(("doc_example", ch(DOCS[doc])))
            cat, s = ch(opts)
        self.cat = cat
        return s


POS_T = []


def pos_t(provider, kind, conv):
    def deco(f):
        POS_T.append({"name": f.__name__, "provider": provider, "kind": kind, "conv": conv, "fn": f})
        return f
    return deco


# ============================================================================= positive templates
# ---------------------------------------------------------------- Octopus Energy
@pos_t("octopus", "api_key", True)
def t_octopus_settings(S):
    key = S(g_octopus, "py", "OCTOPUS_API_KEY", doc="octopus")
    mpan = mpan_core()
    t = F('''
        """Settings for the tariff-aware charging scheduler."""
        from pathlib import Path

        BASE_DIR = Path(__file__).resolve().parent.parent

        OCTOPUS_API_URL = "https://api.octopus.energy/v1"
        OCTOPUS_API_KEY = §key§
        OCTOPUS_ACCOUNT = "A-§acct§"
        ELECTRICITY_MPAN = "§mpan§"
        ELECTRICITY_SERIAL = "§ser§"
        PRODUCT_CODE = "§prod§"

        # cheapest-slot search
        SLOT_MINUTES = 30
        MAX_CHARGE_SLOTS = §slots§
        TIME_ZONE = "Europe/London"
        LOG_LEVEL = "INFO"
        ''', key=key, acct=rstr(UPP + DIG, 8), mpan=mpan, ser=meter_serial(),
          prod=ch(["AGILE-24-10-01", "AGILE-FLEX-22-11-25", "INTELLI-VAR-22-10-14", "GO-VAR-22-10-14"]),
          slots=ri(4, 12))
    return ch(["config/settings.py", "scheduler/settings.py", "octocharge/config.py"]), t


@pos_t("octopus", "api_key", False)
def t_octopus_requests(S):
    key = S(g_octopus, "py", "KEY", doc="octopus")
    mpan = mpan_core()
    t = F('''
        import requests
        from datetime import datetime, timedelta, timezone

        BASE = "https://api.octopus.energy/v1"
        mpan, serial = "§mpan§", "§ser§"


        def consumption(days=§days§):
            since = (datetime.now(timezone.utc) - timedelta(days=days)).isoformat()
            url = f"{BASE}/electricity-meter-points/{mpan}/meters/{serial}/consumption/"
            r = requests.get(url, params={"period_from": since, "page_size": 1500},
                             auth=(§key§, ""), timeout=30)
            r.raise_for_status()
            return r.json()["results"]


        if __name__ == "__main__":
            rows = consumption()
            print(f"{len(rows)} half-hours, {sum(x['consumption'] for x in rows):.2f} kWh")
        ''', key=key, mpan=mpan, ser=meter_serial(), days=ri(2, 30))
    return ch(["scripts/pull_consumption.py", "tools/octopus_usage.py", "notebooks/usage.py"]), t


@pos_t("octopus", "api_key", False)
def t_octopus_curl(S):
    key = S(g_octopus, var="OCTOPUS_API_KEY", mode="embed", doc="octopus")
    t = F('''
        #!/usr/bin/env bash
        # Fetch current Agile unit rates and the account's meter points.
        set -euo pipefail

        ACCOUNT="A-§acct§"
        PRODUCT="AGILE-24-10-01"
        TARIFF="E-1R-${PRODUCT}-§region§"

        curl -s -u "§key§:" "https://api.octopus.energy/v1/accounts/${ACCOUNT}/" \\
          | jq '.properties[0].electricity_meter_points[] | {mpan, meters}'

        curl -s "https://api.octopus.energy/v1/products/${PRODUCT}/electricity-tariffs/${TARIFF}/standard-unit-rates/" \\
          | jq -r '.results[] | "\\(.valid_from)\\t\\(.value_inc_vat)"' | head -n 48
        ''', key=key, acct=rstr(UPP + DIG, 8), region=ch("ABCDEFGHJKLMNP"))
    return ch(["scripts/agile_rates.sh", "bin/octopus-rates.sh"]), t


@pos_t("octopus", "api_key", False)
def t_octopus_node(S):
    key = S(g_octopus, "js", "OCTOPUS_KEY", doc="octopus")
    t = F('''
        'use strict';
        const https = require('https');

        const octo = §key§;
        const account = 'A-§acct§';

        function get(path) {
          const auth = Buffer.from(`${octo}:`).toString('base64');
          return new Promise((resolve, reject) => {
            https.get({ host: 'api.octopus.energy', path, headers: { Authorization: `Basic ${auth}` } }, (res) => {
              let body = '';
              res.on('data', (c) => (body += c));
              res.on('end', () => resolve(JSON.parse(body)));
            }).on('error', reject);
          });
        }

        module.exports = async function meterPoints() {
          const acc = await get(`/v1/accounts/${account}/`);
          return acc.properties.flatMap((p) => p.electricity_meter_points);
        };
        ''', key=key, acct=rstr(UPP + DIG, 8))
    return ch(["src/octopus/client.js", "lib/octopus.js"]), t


@pos_t("octopus", "api_key", True)
def t_octopus_env(S):
    key = S(g_octopus, "bare", "OCTOPUS_API_KEY", doc="octopus")
    t = F('''
        OCTOPUS_API_KEY=§key§
        OCTOPUS_ACCOUNT_NUMBER=A-§acct§
        ELEC_MPAN=§mpan§
        ELEC_SERIAL=§ser§
        INFLUX_URL=http://influxdb:8086
        INFLUX_BUCKET=energy
        POLL_INTERVAL=1800
        ''', key=key, acct=rstr(UPP + DIG, 8), mpan=mpan_core(), ser=meter_serial())
    return ch([".env", ".env.local"]), t


@pos_t("octopus", "api_key", False)
def t_octopus_go(S):
    key = S(g_octopus, "go", "OCTOPUS_API_KEY", doc="octopus")
    t = F('''
        package tariff

        import (
        	"encoding/json"
        	"fmt"
        	"net/http"
        	"time"
        )

        const (
        	baseURL  = "https://api.octopus.energy/v1"
        	apiToken = §key§
        )

        type Rate struct {
        	ValueIncVAT float64   `json:"value_inc_vat"`
        	ValidFrom   time.Time `json:"valid_from"`
        	ValidTo     time.Time `json:"valid_to"`
        }

        func FetchRates(product, tariff string) ([]Rate, error) {
        	url := fmt.Sprintf("%s/products/%s/electricity-tariffs/%s/standard-unit-rates/", baseURL, product, tariff)
        	req, _ := http.NewRequest(http.MethodGet, url, nil)
        	req.SetBasicAuth(apiToken, "")
        	resp, err := http.DefaultClient.Do(req)
        	if err != nil {
        		return nil, err
        	}
        	defer resp.Body.Close()
        	var out struct{ Results []Rate `json:"results"` }
        	return out.Results, json.NewDecoder(resp.Body).Decode(&out)
        }
        ''', key=key)
    return ch(["internal/tariff/octopus.go", "pkg/tariff/rates.go"]), t


# ---------------------------------------------------------------- Tesla Fleet API
@pos_t("tesla", "client_secret", True)
def t_tesla_compose(S):
    sec = S(g_tesla_secret, "yaml", "TESLA_CLIENT_SECRET", doc="tesla")
    t = F('''
        services:
          teslamate-bridge:
            image: ghcr.io/§org§/fleet-bridge:§ver§
            restart: unless-stopped
            environment:
              TESLA_CLIENT_ID: §cid§
              TESLA_CLIENT_SECRET: §sec§
              TESLA_AUDIENCE: https://fleet-api.prd.§reg§.vn.cloud.tesla.com
              TESLA_REDIRECT_URI: https://§dom§/tesla/callback
              TZ: §tz§
            ports:
              - "8080:8080"
            volumes:
              - ./data:/data
          proxy:
            image: tesla/vehicle-command:latest
            command: ["tesla-http-proxy", "-tls-key", "/config/tls-key.pem", "-key-file", "/config/fleet-key.pem"]
            volumes:
              - ./config:/config:ro
        ''', sec=sec, cid=uuid4(), org=ch(["kestrel", "amperly", "gridlane"]), ver=version(),
          reg=ch(["na", "eu"]), dom=company()[1], tz=city()[1])
    return ch(["docker-compose.yml", "deploy/docker-compose.yaml", "compose.yaml"]), t


@pos_t("tesla", "client_secret", False)
def t_tesla_oauth_py(S):
    sec = S(g_tesla_secret, "py", "TESLA_CLIENT_SECRET", doc="tesla")
    t = F('''
        import asyncio

        import aiohttp
        from tesla_fleet_api import TeslaFleetOAuth


        async def main() -> None:
            async with aiohttp.ClientSession() as session:
                oauth = TeslaFleetOAuth(
                    session=session,
                    client_id="§cid§",
                    client_secret=§sec§,
                    redirect_uri="https://§dom§/auth/callback",
                )
                print(oauth.get_login_url(scopes=["openid", "offline_access", "energy_device_data", "energy_cmds"]))
                code = input("code: ").strip()
                await oauth.get_refresh_token(code)
                print("refresh token stored")


        if __name__ == "__main__":
            asyncio.run(main())
        ''', sec=sec, cid=uuid4(), dom=company()[1])
    return ch(["tools/tesla_login.py", "scripts/authorize_tesla.py"]), t


@pos_t("tesla", "client_secret", False)
def t_tesla_curl(S):
    sec = S(g_tesla_secret, var="TESLA_CLIENT_SECRET", mode="embed", doc="tesla")
    t = F('''
        #!/bin/sh
        # Partner token + partner account registration (run once per region).
        AUDIENCE="https://fleet-api.prd.§reg§.vn.cloud.tesla.com"

        TOKEN=$(curl -s --request POST \\
          --header 'Content-Type: application/x-www-form-urlencoded' \\
          --data-urlencode 'grant_type=client_credentials' \\
          --data-urlencode 'client_id=§cid§' \\
          --data-urlencode 'client_secret=§sec§' \\
          --data-urlencode 'scope=openid energy_device_data energy_cmds' \\
          --data-urlencode "audience=$AUDIENCE" \\
          'https://auth.tesla.com/oauth2/v3/token' | jq -r .access_token)

        curl -s -X POST "$AUDIENCE/api/1/partner_accounts" \\
          -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
          -d '{"domain": "§dom§"}'
        ''', sec=sec, cid=uuid4(), reg=ch(["na", "eu"]), dom=company()[1])
    return ch(["scripts/register_partner.sh", "ops/tesla/partner-token.sh"]), t


@pos_t("tesla", "client_secret", True)
def t_tesla_k8s_secret(S):
    sec = S(g_tesla_secret, "yaml", "TESLA_CLIENT_SECRET", doc="tesla")
    t = F('''
        apiVersion: v1
        kind: Secret
        metadata:
          name: tesla-fleet
          namespace: §ns§
          labels:
            app.kubernetes.io/name: energy-site-sync
        type: Opaque
        stringData:
          TESLA_CLIENT_ID: §cid§
          TESLA_CLIENT_SECRET: §sec§
          TESLA_REGION: §reg§
        ''', sec=sec, cid=uuid4(), ns=ch(["energy", "powerwall-sync", "default"]), reg=ch(["na", "eu"]))
    return ch(["k8s/tesla-secret.yaml", "deploy/k8s/secret-tesla.yaml"]), t


@pos_t("tesla", "private_key", False)
def t_tesla_pem_values(S):
    lines = ec_private_pem_lines()
    first = S(lambda: lines[0], var="TESLA_PRIVATE_KEY", mode="embed",
              neg=[("placeholder", "<paste the EC private key here>"), ("placeholder", "REPLACE_WITH_PEM"),
                   ("template_expr", "{{ .Values.fleetKey | nindent 4 }}")])
    body = lines if S.pos else [first]
    key_block = "\n".join("    " + x for x in ["-----BEGIN EC PRIVATE KEY-----"] + body + ["-----END EC PRIVATE KEY-----"])
    t = F('''
        replicaCount: 1
        image:
          repository: tesla/vehicle-command
          tag: "§ver§"
        service:
          type: ClusterIP
          port: 4443
        proxy:
          domain: §dom§
          cacheSize: 1000
        # vehicle-command key pair; public half is served at /.well-known/appspecific/com.tesla.3p.public-key.pem
        fleetKey:
          privateKey: |
        §key§
        resources:
          limits:
            cpu: 200m
            memory: 128Mi
        ''', ver=version(), dom=company()[1], key=key_block)
    return ch(["deploy/tesla-proxy/values.yaml", "charts/vehicle-command/values-prod.yaml"]), t


# ---------------------------------------------------------------- Enphase
@pos_t("enphase", "api_key", True)
def t_enphase_toml(S):
    key = S(g_hex32, "toml", "ENPHASE_API_KEY", doc="enphase_key")
    t = F('''
        [enphase]
        base_url = "https://api.enphaseenergy.com/api/v4"
        api_key = §key§
        client_id = "§cid§"
        system_id = §sid§
        poll_seconds = 900

        [influx]
        url = "http://influxdb:8086"
        org = "home"
        bucket = "solar"

        [logging]
        level = "info"
        ''', key=key, cid=hexs(32), sid=ri(1000000, 5999999))
    return ch(["config/enphase.toml", "enlighten-exporter.toml"]), t


@pos_t("enphase", "client_secret", False)
def t_enphase_token_py(S):
    sec = S(g_hex32, "py", "ENPHASE_CLIENT_SECRET", doc="enphase_secret")
    t = F('''
        import requests
        from requests.auth import HTTPBasicAuth

        TOKEN_URL = "https://api.enphaseenergy.com/oauth/token"
        REDIRECT = "https://api.enphaseenergy.com/oauth/redirect_uri"


        def exchange_code(code: str) -> dict:
            resp = requests.post(
                TOKEN_URL,
                params={"grant_type": "authorization_code", "redirect_uri": REDIRECT, "code": code},
                auth=HTTPBasicAuth("§cid§", §sec§),
                timeout=20,
            )
            resp.raise_for_status()
            data = resp.json()
            return {"access": data["access_token"], "refresh": data["refresh_token"], "expires": data["expires_in"]}
        ''', sec=sec, cid=hexs(32))
    return ch(["enlighten/oauth.py", "solar/enphase_auth.py"]), t


@pos_t("enphase", "client_secret", False)
def t_enphase_basic_md(S):
    cid = hexs(32)
    blob = S(lambda: basic_blob(cid, g_hex32()), var="ENPHASE_BASIC", mode="embed",
             neg=[("placeholder", "<base64(client_id:client_secret)>"), ("env_ref", "$ENPHASE_BASIC"),
                  ("doc_example", "ZjJhNDc5ZjNjNjA2N2YwZDk1MTdjYWRhZTdmMDBiNDc6NTAzNWNhNjRjMTNmNzkzYTdjMWJjYTQzNTU5MWQ1ZWE="),
                  ("masked", "****")])
    t = F('''
        # Enphase token refresh (runbook)

        Access tokens last one day, refresh tokens one week. When the exporter logs
        `401 invalid_token`, refresh manually:

        ```bash
        curl --location --request POST \\
          'https://api.enphaseenergy.com/oauth/token?grant_type=refresh_token&refresh_token=$REFRESH' \\
          --header 'Authorization: Basic §blob§'
        ```

        Then update the `enphase-refresh` secret and restart the `solar-exporter` pod:

        ```bash
        kubectl -n solar rollout restart deploy/solar-exporter
        ```

        Escalate to #solar-ops if the refresh token has also expired.
        ''', blob=blob)
    return ch(["docs/runbooks/enphase-token.md", "RUNBOOK.md"]), t


@pos_t("enphase", "api_key", False)
def t_enphase_js(S):
    key = S(g_hex32, "js", "ENPHASE_API_KEY", doc="enphase_key")
    t = F('''
        import axios from 'axios';

        const ENLIGHTEN = 'https://api.enphaseenergy.com/api/v4';
        const appKey = §key§;

        export async function summary(systemId, accessToken) {
          const { data } = await axios.get(`${ENLIGHTEN}/systems/${systemId}/summary`, {
            params: { key: appKey },
            headers: { Authorization: `Bearer ${accessToken}` },
            timeout: 15000,
          });
          return {
            currentPower: data.current_power,
            energyToday: data.energy_today,
            lastReport: new Date(data.last_report_at * 1000),
          };
        }
        ''', key=key)
    return ch(["src/enphase.ts", "src/api/enlighten.js"]), t


# ---------------------------------------------------------------- Victron VRM
@pos_t("victron", "access_token", False)
def t_vrm_py(S):
    tok = S(g_hex64, var="VRM_TOKEN", mode="embed", doc="victron")
    t = F('''
        import requests

        VRM = "https://vrmapi.victronenergy.com/v2"
        SITE_ID = §site§
        HEADERS = {"X-Authorization": "Token §tok§"}


        def battery_soc():
            r = requests.get(f"{VRM}/installations/{SITE_ID}/widgets/BatterySummary", headers=HEADERS, timeout=10)
            r.raise_for_status()
            records = r.json()["records"]["data"]
            return float(records["51"]["valueFormattedWithUnit"].rstrip(" %"))


        print("SoC:", battery_soc())
        ''', tok=tok, site=ri(10000, 499999))
    return ch(["vrm/soc.py", "scripts/vrm_soc.py"]), t


@pos_t("victron", "access_token", False)
def t_vrm_nodered(S):
    tok = S(g_hex64, var="VRM_TOKEN", mode="embed", doc="victron")
    n = [hexs(16) for _ in range(5)]
    flow = [
        {"id": n[0], "type": "tab", "label": "VRM poll", "disabled": False, "info": ""},
        {"id": n[1], "type": "inject", "z": n[0], "name": "every 5 min", "repeat": "300", "once": True,
         "topic": "", "x": 130, "y": 80, "wires": [[n[2]]]},
        {"id": n[2], "type": "http request", "z": n[0], "name": "VRM stats", "method": "GET", "ret": "obj",
         "url": "https://vrmapi.victronenergy.com/v2/installations/%d/stats?type=live_feed" % ri(10000, 499999),
         "tls": "", "persist": False, "authType": "",
         "headers": [{"keyType": "other", "keyValue": "X-Authorization", "valueType": "other",
                      "valueValue": "Token " + tok}], "x": 330, "y": 80, "wires": [[n[3]]]},
        {"id": n[3], "type": "function", "z": n[0], "name": "extract PV",
         "func": "msg.payload = msg.payload.records.Pdc;\nreturn msg;", "outputs": 1, "x": 520, "y": 80,
         "wires": [[n[4]]]},
        {"id": n[4], "type": "debug", "z": n[0], "name": "", "active": True, "complete": "payload", "x": 700,
         "y": 80, "wires": []},
    ]
    return ch(["node-red/flows.json", ".node-red/flows_victron.json"]), json.dumps(flow, indent=4) + "\n"


@pos_t("victron", "access_token", True)
def t_vrm_systemd(S):
    tok = S(g_hex64, "bare", "VRM_ACCESS_TOKEN", doc="victron")
    t = F('''
        [Unit]
        Description=Victron VRM to MQTT bridge
        After=network-online.target mosquitto.service
        Wants=network-online.target

        [Service]
        Type=simple
        User=vrm
        Environment=VRM_INSTALLATION_ID=§site§
        Environment=VRM_ACCESS_TOKEN=§tok§
        Environment=MQTT_HOST=localhost
        ExecStart=/opt/vrm-bridge/venv/bin/python -m vrm_bridge
        Restart=on-failure
        RestartSec=30

        [Install]
        WantedBy=multi-user.target
        ''', tok=tok, site=ri(10000, 499999))
    return ch(["deploy/systemd/vrm-bridge.service", "systemd/vrm-mqtt.service"]), t


@pos_t("victron", "password", True)
def t_vrm_login_json(S):
    pw = S(password, "json", "VRM_PASSWORD", kind="password", doc="victron_pw")
    t = F('''
        {
          "vrm": {
            "username": "§email§",
            "password": §pw§,
            "installations": [§site§],
            "refreshMinutes": 15
          },
          "output": {
            "type": "influxdb",
            "url": "http://localhost:8086",
            "bucket": "victron"
          }
        }
        ''', pw=pw, email=person_email(), site=ri(10000, 499999))
    return ch(["config/vrm.json", "vrm-exporter.config.json"]), t


# ---------------------------------------------------------------- ENTSO-E
@pos_t("entsoe", "security_token", False)
def t_entsoe_client(S):
    tok = S(uuid4, "py", "ENTSOE_API_KEY", doc="entsoe")
    t = F('''
        import pandas as pd
        from entsoe import EntsoePandasClient

        client = EntsoePandasClient(api_key=§tok§)

        start = pd.Timestamp("§d1§", tz="Europe/Brussels")
        end = start + pd.Timedelta(days=§days§)
        zone = "§zone§"

        prices = client.query_day_ahead_prices(zone, start=start, end=end)
        load = client.query_load_forecast(zone, start=start, end=end)
        df = pd.concat({"price_eur_mwh": prices, "load_mw": load.iloc[:, 0]}, axis=1)
        df.to_parquet(f"data/{zone}_{start:%Y%m%d}.parquet")
        ''', tok=tok, d1=date(), days=ri(1, 14), zone=ch(["DE_LU", "NL", "BE", "FR", "AT", "DK_1", "NO_1"]))
    return ch(["analysis/day_ahead.py", "etl/entsoe_prices.py"]), t


@pos_t("entsoe", "security_token", False)
def t_entsoe_url(S):
    tok = S(uuid4, var="ENTSOE_TOKEN", mode="embed", doc="entsoe")
    t = F('''
        import xml.etree.ElementTree as ET
        import urllib.request

        NS = {"ns": "urn:iec62325.351:tc57wg16:451-3:publicationdocument:7:3"}
        url = (
            "https://web-api.tp.entsoe.eu/api?securityToken=§tok§"
            "&documentType=A44&in_Domain=§eic§&out_Domain=§eic§"
            "&periodStart=§ps§0000&periodEnd=§pe§0000"
        )

        with urllib.request.urlopen(url, timeout=60) as resp:
            root = ET.fromstring(resp.read())

        for point in root.iterfind(".//ns:Point", NS):
            pos = int(point.find("ns:position", NS).text)
            price = float(point.find("ns:price.amount", NS).text)
            print(pos, price)
        ''', tok=tok, eic=ch(KNOWN_EIC), ps="2024%02d%02d" % (ri(1, 12), ri(1, 27)), pe="2024%02d28" % ri(1, 12))
    return ch(["scripts/fetch_a44.py", "prices/entsoe_raw.py"]), t


@pos_t("entsoe", "security_token", True)
def t_entsoe_evcc(S):
    tok = S(uuid4, "yaml", "ENTSOE_SECURITY_TOKEN", doc="entsoe")
    t = F('''
        site:
          title: §site§
          meters:
            grid: grid0
            pv: [pv0]

        tariffs:
          currency: EUR
          grid:
            type: template
            template: entsoe
            domain: §zone§
            securitytoken: §tok§
            charges: 0.§ch§
            tax: 0.19
          feedin:
            type: fixed
            price: 0.08

        loadpoints:
          - title: Garage
            charger: wallbox
            mode: pv
        ''', tok=tok, site=ch(SITES), zone=ch(["DE", "NL", "AT", "BE"]), ch=ri(10, 19))
    return ch(["evcc.yaml", "config/evcc.yaml"]), t


# ---------------------------------------------------------------- EIA
@pos_t("eia", "api_key", True)
def t_eia_notebook(S):
    key = S(g_eia, "py", "EIA_API_KEY", doc="eia")
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Retail electricity prices by state\n",
                                                             "Monthly average price (cents/kWh), residential sector."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import requests\n", "import pandas as pd\n", "\n", "EIA_API_KEY = %s\n" % key,
                    "BASE = \"https://api.eia.gov/v2/electricity/retail-sales/data/\""]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
         "source": ["params = {\n", "    \"api_key\": EIA_API_KEY,\n", "    \"frequency\": \"monthly\",\n",
                    "    \"data[0]\": \"price\",\n", "    \"facets[sectorid][]\": \"RES\",\n",
                    "    \"start\": \"%d-01\",\n" % ri(2015, 2022), "    \"length\": 5000,\n", "}\n",
                    "rows = requests.get(BASE, params=params, timeout=60).json()[\"response\"][\"data\"]\n",
                    "df = pd.DataFrame(rows)\n", "df.head()"]},
    ]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                                      "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}
    return ch(["notebooks/retail_prices.ipynb", "analysis/eia_prices.ipynb"]), json.dumps(nb, indent=1) + "\n"


@pos_t("eia", "api_key", False)
def t_eia_go_url(S):
    key = S(g_eia, var="EIA_API_KEY", mode="embed", doc="eia")
    t = F('''
        package eia

        import (
        	"encoding/json"
        	"net/http"
        )

        const genURL = "https://api.eia.gov/v2/electricity/rto/fuel-type-data/data/?api_key=§key§&frequency=hourly&data[0]=value&facets[respondent][]=§ba§&sort[0][column]=period&sort[0][direction]=desc&length=24"

        type Row struct {
        	Period   string `json:"period"`
        	FuelType string `json:"fueltype"`
        	Value    string `json:"value"`
        }

        func LatestMix() ([]Row, error) {
        	resp, err := http.Get(genURL)
        	if err != nil {
        		return nil, err
        	}
        	defer resp.Body.Close()
        	var body struct {
        		Response struct{ Data []Row `json:"data"` } `json:"response"`
        	}
        	err = json.NewDecoder(resp.Body).Decode(&body)
        	return body.Response.Data, err
        }
        ''', key=key, ba=ch(["ERCO", "PJM", "CISO", "MISO", "NYIS", "ISNE"]))
    return ch(["internal/eia/mix.go", "eia/fuelmix.go"]), t


@pos_t("eia", "api_key", True)
def t_eia_r(S):
    key = S(g_eia, "r", "EIA_KEY", doc="eia")
    t = F('''
        library(eia)
        library(dplyr)
        library(ggplot2)

        eia_set_key(§key§)

        x <- eia_data(
          dir = "electricity/retail-sales",
          data = "price",
          facets = list(stateid = "§st§", sectorid = "RES"),
          freq = "monthly",
          start = "§y§-01"
        )

        ggplot(x, aes(period, price)) + geom_line() + labs(y = "cents/kWh")
        ''', key=key, st=ch(["TX", "CA", "PA", "NY", "OH"]), y=ri(2012, 2021))
    return ch(["R/retail_prices.R", "analysis/prices.R"]), t


# ---------------------------------------------------------------- Electricity Maps
@pos_t("electricitymaps", "api_token", False)
def t_emaps_node(S):
    tok = S(g_emaps, "js", "ELECTRICITYMAPS_TOKEN", doc="emaps")
    t = F('''
        const ZONE = process.argv[2] || '§zone§';

        async function carbonIntensity(zone) {
          const res = await fetch(`https://api.electricitymap.org/v3/carbon-intensity/latest?zone=${zone}`, {
            headers: { 'auth-token': §tok§ },
          });
          if (!res.ok) throw new Error(`electricitymaps ${res.status}`);
          const body = await res.json();
          return { zone: body.zone, gco2: body.carbonIntensity, at: body.datetime };
        }

        carbonIntensity(ZONE).then((r) => console.log(JSON.stringify(r)));
        ''', tok=tok, zone=ch(ZONES))
    return ch(["scripts/carbon.mjs", "bin/intensity.js"]), t


@pos_t("electricitymaps", "api_token", False)
def t_emaps_ha_rest(S):
    tok = S(g_emaps, "ha", "ELECTRICITYMAPS_TOKEN", doc="emaps")
    t = F('''
        rest:
          - resource: https://api.electricitymap.org/v3/carbon-intensity/latest?zone=§zone§
            scan_interval: 900
            headers:
              auth-token: §tok§
            sensor:
              - name: Grid carbon intensity
                unique_id: grid_carbon_intensity_§zl§
                value_template: "{{ value_json.carbonIntensity }}"
                unit_of_measurement: "gCO2eq/kWh"
              - name: Grid carbon updated
                value_template: "{{ value_json.updatedAt }}"
                device_class: timestamp
        ''', tok=tok, zone=ch(ZONES), zl=hexs(6))
    return ch(["packages/carbon.yaml", "homeassistant/packages/grid_carbon.yaml"]), t


@pos_t("electricitymaps", "api_token", False)
def t_emaps_toml(S):
    tok = S(g_emaps, "toml", "CARBON_TOKEN", doc="emaps")
    t = F('''
        # carbon-aware batch scheduler
        [scheduler]
        window_hours = §w§
        max_delay_hours = 12
        jobs_dir = "/var/lib/carbon-sched/jobs"

        [signal]
        provider = "electricitymaps"
        zone = "§zone§"
        token = §tok§
        threshold_gco2 = §th§
        ''', tok=tok, zone=ch(ZONES), w=ri(2, 8), th=ri(120, 300))
    return ch(["carbon-sched.toml", "config/scheduler.toml"]), t


# ---------------------------------------------------------------- WattTime
@pos_t("watttime", "password", False)
def t_watttime_py(S):
    pw = S(password, "py", "WATTTIME_PASSWORD", kind="password", doc="watttime")
    t = F('''
        import requests
        from requests.auth import HTTPBasicAuth

        user = "§user§"


        def token():
            r = requests.get("https://api.watttime.org/login", auth=HTTPBasicAuth(user, §pw§), timeout=15)
            r.raise_for_status()
            return r.json()["token"]


        def moer(region="§ba§"):
            h = {"Authorization": f"Bearer {token()}"}
            r = requests.get("https://api.watttime.org/v3/signal-index", headers=h,
                             params={"region": region, "signal_type": "co2_moer"}, timeout=15)
            return r.json()["data"][0]["value"]
        ''', pw=pw, user=user_name(), ba=ch(["CAISO_NORTH", "PJM_DC", "ERCOT_NORTHCENTRAL", "SPP_KC", "MISO_INDIANAPOLIS"]))
    return ch(["carbon/watttime.py", "smart_charge/moer.py"]), t


@pos_t("watttime", "password", True)
def t_watttime_yaml(S):
    pw = S(password, "yaml", "WATTTIME_PASSWORD", kind="password", doc="watttime")
    t = F('''
        # optimizer configuration
        fleet:
          depot: §site§
          vehicles: §nv§
          max_site_kw: §kw§

        signals:
          watttime:
            username: §user§
            password: §pw§
            region: §ba§
          tariff:
            provider: static
            peak: [16, 21]

        solver:
          horizon_hours: 24
          step_minutes: 15
        ''', pw=pw, user=user_name(), site=ch(SITES), nv=ri(6, 80), kw=ri(100, 1500),
          ba=ch(["CAISO_NORTH", "PJM_DC", "ERCOT_NORTHCENTRAL"]))
    return ch(["config/optimizer.yaml", "optimizer.yml"]), t


# ---------------------------------------------------------------- PJM / ERCOT (Azure APIM subscription keys)
@pos_t("pjm", "subscription_key", False)
def t_pjm_headers(S):
    key = S(g_hex32, "py", "PJM_SUBSCRIPTION_KEY", doc="apim")
    t = F('''
        import requests

        FEED = "https://api.pjm.com/api/v1/rt_hrl_lmps"
        session = requests.Session()
        session.headers.update({"Ocp-Apim-Subscription-Key": §key§})


        def lmps(pnode_id: int, day: str):
            params = {
                "rowCount": 50000,
                "startRow": 1,
                "datetime_beginning_ept": f"{day} 00:00to{day} 23:00",
                "pnode_id": pnode_id,
            }
            r = session.get(FEED, params=params, timeout=60)
            r.raise_for_status()
            return r.json()["items"]


        print(len(lmps(§pn§, "§d§")))
        ''', key=key, pn=ri(1, 2156000000), d=date())
    return ch(["pjm/lmp.py", "etl/pjm_rt_lmp.py"]), t


@pos_t("pjm", "subscription_key", True)
def t_pjm_gridstatus(S):
    key = S(g_hex32, "py", "PJM_API_KEY", doc="apim")
    t = F('''
        import gridstatus

        PJM_API_KEY = §key§

        pjm = gridstatus.PJM(api_key=PJM_API_KEY)
        df = pjm.get_load_forecast(date="today")
        df.to_csv("out/pjm_load_forecast.csv", index=False)
        print(df.tail())
        ''', key=key)
    return ch(["jobs/pjm_forecast.py", "pjm_forecast.py"]), t


@pos_t("ercot", "subscription_key", False)
def t_ercot_curl(S):
    key = S(g_hex32, var="ERCOT_SUBSCRIPTION_KEY", mode="embed", doc="apim")
    t = F('''
        #!/usr/bin/env bash
        set -euo pipefail
        # ID token comes from get-token.sh (valid for one hour)
        ID_TOKEN="$(./get-token.sh)"

        curl --silent --location --request GET \\
          'https://api.ercot.com/api/public-reports/np6-905-cd/spp_node_zone_hub?settlementPoint=§sp§&deliveryDateFrom=§d§' \\
          --header 'Ocp-Apim-Subscription-Key: §key§' \\
          --header "Authorization: Bearer ${ID_TOKEN}" \\
          | jq '.data[] | {date: .[0], hour: .[1], price: .[4]}'
        ''', key=key, sp=ch(["HB_HOUSTON", "HB_NORTH", "LZ_WEST", "HB_SOUTH"]), d=date())
    return ch(["scripts/ercot_spp.sh", "ercot/fetch_spp.sh"]), t


@pos_t("ercot", "password", True)
def t_ercot_ropc(S):
    pw = S(lambda: password(urlsafe=True), "py", "ERCOT_PASSWORD", kind="password")
    t = F('''
        import requests

        TOKEN_URL = (
            "https://ercotb2c.b2clogin.com/ercotb2c.onmicrosoft.com/B2C_1_PUBAPI-ROPC-FLOW/oauth2/v2.0/token"
        )


        def id_token() -> str:
            data = {
                "username": "§email§",
                "password": §pw§,
                "grant_type": "password",
                "scope": "openid §cid§ offline_access",
                "client_id": "§cid§",
                "response_type": "id_token",
            }
            r = requests.post(TOKEN_URL, data=data, timeout=30)
            r.raise_for_status()
            return r.json()["id_token"]
        ''', pw=pw, email=person_email(), cid=uuid4())
    return ch(["ercot/auth.py", "src/ercot_token.py"]), t


@pos_t("ercot", "subscription_key", False)
def t_ercot_log(S):
    key = S(g_hex32, "log", "ERCOT_SUBSCRIPTION_KEY", doc="apim")
    ts = "2024-%02d-%02d %02d:%02d" % (ri(1, 12), ri(1, 28), ri(0, 23), ri(0, 59))
    secs = sorted(ri(0, 59) for _ in range(7))
    lines = ["%s:%02d,%03d INFO  ercot_sync.scheduler  starting run id=%s" % (ts, secs.pop(0), ri(0, 999), uuid4()),
             "%s:%02d,%03d INFO  ercot_sync.client  fetching np4-190-cd for %s" % (ts, secs.pop(0), ri(0, 999), date()),
             "%s:%02d,%03d DEBUG urllib3.connectionpool  Starting new HTTPS connection (1): api.ercot.com:443" % (ts, secs.pop(0), ri(0, 999)),
             "%s:%02d,%03d DEBUG ercot_sync.client  request headers={'User-Agent': 'ercot-sync/%s', 'Ocp-Apim-Subscription-Key': '%s', 'Authorization': 'Bearer <id_token>'}" % (ts, secs.pop(0), ri(0, 999), version(), key),
             "%s:%02d,%03d DEBUG urllib3.connectionpool  https://api.ercot.com:443 \"GET /api/public-reports/np4-190-cd/dam_stlmnt_pnt_prices HTTP/1.1\" 200 None" % (ts, secs.pop(0), ri(0, 999)),
             "%s:%02d,%03d INFO  ercot_sync.client  %d rows written to dam_prices" % (ts, secs.pop(0), ri(0, 999), ri(1000, 90000)),
             "%s:%02d,%03d INFO  ercot_sync.scheduler  run finished in %.1fs" % (ts, secs.pop(0), ri(0, 999), R.uniform(2, 90))]
    return ch(["logs/ercot-sync.log", "var/log/ercot_sync.log"]), "\n".join(lines) + "\n"


# ---------------------------------------------------------------- OCPP
@pos_t("ocpp", "authorization_key", True)
def t_ocpp_changeconf(S):
    key = S(g_ocpp16_key, "json", "AUTHORIZATION_KEY", doc="ocpp16")
    cpid = cp_id()
    t = F('''
        {
          "description": "Upgrade §cp§ to security profile 1",
          "chargePointId": "§cp§",
          "messages": [
            [2, "§m1§", "ChangeConfiguration", {"key": "AuthorizationKey", "value": §key§}],
            [2, "§m2§", "ChangeConfiguration", {"key": "SecurityProfile", "value": "1"}],
            [2, "§m3§", "Reset", {"type": "Soft"}]
          ]
        }
        ''', cp=cpid, key=key, m1=uuid4(), m2=uuid4(), m3=uuid4())
    return ch(["fixtures/ocpp16/security-profile-1.json", "test/data/change_config_auth.json"]), t


@pos_t("ocpp", "authorization_key", True)
def t_ocpp_cp_config(S):
    key = S(g_ocpp16_key, "json", "AUTHORIZATION_KEY", doc="ocpp16")
    cpid = cp_id()
    t = F('''
        {
          "ChargePointId": "§cp§",
          "CentralSystemUrl": "wss://§host§/ocpp/16/",
          "SecurityProfile": 1,
          "AuthorizationKey": §key§,
          "HeartbeatInterval": 300,
          "MeterValueSampleInterval": 60,
          "MeterValuesSampledData": "Energy.Active.Import.Register,Power.Active.Import,Current.Import",
          "NumberOfConnectors": §nc§,
          "LocalAuthorizeOffline": true,
          "AuthorizeRemoteTxRequests": false,
          "ConnectionTimeOut": 90
        }
        ''', cp=cpid, key=key, host=host("api"), nc=ri(1, 2))
    return ch(["config/ocpp-config.json", "firmware/ocpp_config.json", "provisioning/%s.json" % cpid.lower()]), t


@pos_t("ocpp", "basic_auth_password", False)
def t_ocpp201_sql(S):
    pw = S(g_ocpp201_pw, "sql", "BASIC_AUTH_PASSWORD", kind="password")
    cpid = cp_id()
    t = F('''
        -- seed: onboard charging station §cp§ (OCPP 2.0.1, security profile 2)
        BEGIN;

        INSERT INTO locations (id, name, country_code, timezone)
        VALUES (§loc§, '§site§', '§cc§', '§tz§')
        ON CONFLICT (id) DO NOTHING;

        INSERT INTO charging_stations (id, location_id, vendor, model, ocpp_version, security_profile, basic_auth_password)
        VALUES ('§cp§', §loc§, '§vendor§', '§model§', '2.0.1', 2, §pw§);

        INSERT INTO evses (station_id, evse_id, connector_count, max_power_kw)
        VALUES ('§cp§', 1, 1, §kw§), ('§cp§', 2, 1, §kw§);

        COMMIT;
        ''', cp=cpid, pw=pw, loc=ri(10, 9999), site=ch(SITES), cc=ch(["GB", "DE", "NL", "NO"]),
          tz=city()[1], vendor=ch(["Alfen", "ABB", "Kempower", "Zaptec", "Ekoenergetyka"]),
          model=ch(["Eve Single Pro", "Terra AC", "S-Series", "Pro", "AXON EASY"]), kw=ch([11, 22, 50, 150]))
    return ch(["db/seed/010_station.sql", "migrations/seed_stations.sql"]), t


@pos_t("ocpp", "basic_auth_password", False)
def t_ocpp_ws_url(S):
    cpid = cp_id()
    pw = S(lambda: password(urlsafe=True), var="CP_PASSWORD", kind="password", mode="embed")
    t = F('''
        import asyncio
        import logging

        import websockets
        from ocpp.v16 import ChargePoint as CP, call

        logging.basicConfig(level=logging.INFO)


        class Sim(CP):
            async def boot(self):
                req = call.BootNotification(charge_point_model="§model§", charge_point_vendor="§vendor§")
                resp = await self.call(req)
                logging.info("boot: %s", resp.status)


        async def main():
            uri = "wss://§cp§:§pw§@§host§/ocpp/§cp§"
            async with websockets.connect(uri, subprotocols=["ocpp1.6"]) as ws:
                cp = Sim("§cp§", ws)
                await asyncio.gather(cp.start(), cp.boot())


        asyncio.run(main())
        ''', cp=cpid, pw=pw, host=host("api"), model=ch(["Eve Single", "Terra AC", "Pulsar Plus"]),
          vendor=ch(["Alfen", "ABB", "Wallbox"]))
    return ch(["sim/charge_point.py", "tools/cp_simulator.py"]), t


@pos_t("ocpp", "basic_auth_header", False)
def t_ocpp_handshake_log(S):
    cpid = cp_id()
    blob = S(lambda: basic_blob(cpid, g_ocpp201_pw()), var="OCPP_BASIC", mode="embed",
             neg=[("masked", "[REDACTED]"), ("masked", "****"), ("placeholder", "<base64(chargePointId:password)>")])
    ip = priv_ip()
    ts = "2024-%02d-%02dT%02d:%02d" % (ri(1, 12), ri(1, 28), ri(0, 23), ri(0, 59))
    secs = sorted(ri(0, 59) for _ in range(7))
    lines = [
        "%s:%02d.%03dZ INFO  csms.ws  accepted TCP connection from %s:%d" % (ts, secs.pop(0), ri(0, 999), ip, ri(30000, 60000)),
        "%s:%02d.%03dZ DEBUG csms.ws  upgrade request GET /ocpp/%s HTTP/1.1" % (ts, secs.pop(0), ri(0, 999), cpid),
        "%s:%02d.%03dZ DEBUG csms.ws    Sec-WebSocket-Protocol: ocpp1.6" % (ts, secs.pop(0), ri(0, 999)),
        "%s:%02d.%03dZ DEBUG csms.ws    Authorization: Basic %s" % (ts, secs.pop(0), ri(0, 999), blob),
        "%s:%02d.%03dZ INFO  csms.auth  station %s authenticated (profile 2)" % (ts, secs.pop(0), ri(0, 999), cpid),
        "%s:%02d.%03dZ INFO  csms.ocpp  <- [2,\"%s\",\"BootNotification\",{\"chargePointVendor\":\"Alfen BV\",\"chargePointModel\":\"NG910-60023\"}]" % (ts, secs.pop(0), ri(0, 999), uuid4()),
        "%s:%02d.%03dZ INFO  csms.ocpp  -> [3,\"%s\",{\"status\":\"Accepted\",\"interval\":300}]" % (ts, secs.pop(0), ri(0, 999), uuid4()),
    ]
    return ch(["logs/csms-handshake.log", "var/log/csms/ws.log"]), "\n".join(lines) + "\n"


@pos_t("ocpp", "authorization_key", True)
def t_ocpp_csv(S):
    key = S(g_ocpp16_key, "csv", "AUTHORIZATION_KEY", doc="ocpp16")
    cpid = cp_id()
    t = F('''
        charge_point_id,site,vendor,model,serial,firmware,security_profile,authorization_key,commissioned
        §cp§,§site§,§vendor§,§model§,§ser§,§fw§,1,§key§,§d§
        ''', cp=cpid, key=key, site=ch(SITES), vendor=ch(["Alfen", "ABB", "Wallbox", "Easee"]),
          model=ch(["Eve Double Pro", "Terra AC W22", "Commander 2", "Charge Max"]), ser="%s%08d" % (rstr(UPP, 2), ri(0, 99999999)),
          fw=version(), d=date())
    return ch(["provisioning/commissioning_%s.csv" % date().replace("-", ""), "sites/new_station.csv"]), t


# ---------------------------------------------------------------- Rainforest Eagle
@pos_t("rainforest", "install_code", False)
def t_eagle_py(S):
    code = S(g_install_code, "py", "EAGLE_INSTALL_CODE", kind="password", doc="rainforest")
    t = F('''
        from uEagle import Eagle

        eagle = Eagle("§cloud§", §code§, address="§ip§")

        demand = eagle.get_instantaneous_demand()
        summ = eagle.get_current_summation()
        print("demand kW:", demand["Demand"])
        print("delivered kWh:", summ["SummationDelivered"])
        ''', cloud=hexs(6), code=code, ip=priv_ip())
    return ch(["eagle/read_meter.py", "scripts/eagle_demand.py"]), t


@pos_t("rainforest", "install_code", True)
def t_eagle_ini(S):
    code = S(g_install_code, "bare", "EAGLE_INSTALL_CODE", kind="password", doc="rainforest")
    t = F('''
        ; eagle-200 local API poller
        [eagle]
        host = §ip§
        cloud_id = §cloud§
        install_code = §code§
        meter_hardware_address = 0x00%s

        [mqtt]
        host = localhost
        port = 1883
        topic = home/energy/eagle

        [poll]
        interval_seconds = 10
        ''' % hexs(14), ip=priv_ip(), cloud=hexs(6), code=code)
    return ch(["eagle.ini", "conf/eagle-poller.ini"]), t


# ---------------------------------------------------------------- Tesla Powerwall
@pos_t("powerwall", "password", True)
def t_powerwall_compose(S):
    pw = S(password, "yaml", "PW_PASSWORD", kind="password")
    t = F('''
        version: "3.8"
        services:
          pypowerwall:
            image: jasonacox/pypowerwall:§ver§
            container_name: pypowerwall
            restart: always
            ports:
              - "8675:8675"
            environment:
              PW_HOST: §ip§
              PW_EMAIL: §email§
              PW_PASSWORD: §pw§
              PW_TIMEZONE: §tz§
              PW_CACHE_EXPIRE: "5"
          telegraf:
            image: telegraf:1.28
            volumes:
              - ./telegraf.conf:/etc/telegraf/telegraf.conf:ro
            depends_on: [pypowerwall]
        ''', pw=pw, ver=version(), ip=priv_ip(), email=person_email(), tz=city()[1])
    return ch(["powerwall-dashboard/compose.yaml", "docker-compose.powerwall.yml"]), t


@pos_t("powerwall", "password", False)
def t_powerwall_py(S):
    pw = S(password, "py", "POWERWALL_PASSWORD", kind="password")
    t = F('''
        from tesla_powerwall import Powerwall

        pw = Powerwall("§ip§", verify_ssl=False)
        pw.login(§pw§, "§email§")

        charge = pw.get_charge()
        meters = pw.get_meters()
        print(f"battery {charge:.1f}%  grid {meters.site.instant_power:.0f} W  solar {meters.solar.instant_power:.0f} W")
        pw.logout()
        ''', pw=pw, ip=priv_ip(), email=person_email())
    return ch(["powerwall/status.py", "scripts/pw_status.py"]), t


# ---------------------------------------------------------------- chargers (cloud logins)
@pos_t("easee", "password", True)
def t_easee_evcc(S):
    pw = S(password, "yaml", "EASEE_PASSWORD", kind="password", doc="easee")
    t = F('''
        chargers:
          - name: easee_garage
            type: template
            template: easee
            user: §email§
            password: §pw§
            charger: EH§ser§
            timeout: 20s

        vehicles:
          - name: car
            type: template
            template: offline
            title: Family car
            capacity: §cap§
        ''', pw=pw, email=person_email(), ser=rstr(UPP + DIG, 6), cap=ri(40, 100))
    return ch(["evcc.yaml", "evcc/evcc.yaml"]), t


@pos_t("zaptec", "password", True)
def t_zaptec_node(S):
    pw = S(password, "js", "ZAPTEC_PASSWORD", kind="password")
    t = F('''
        const axios = require('axios');
        const qs = require('querystring');

        const creds = {
          username: '§email§',
          password: §pw§,
        };

        async function token() {
          const { data } = await axios.post(
            'https://api.zaptec.com/oauth/token',
            qs.stringify({ grant_type: 'password', ...creds }),
            { headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
          );
          return data.access_token;
        }

        async function chargers() {
          const t = await token();
          const { data } = await axios.get('https://api.zaptec.com/api/chargers', { headers: { Authorization: `Bearer ${t}` } });
          return data.Data.map((c) => ({ id: c.Id, name: c.Name, state: c.OperatingMode }));
        }

        module.exports = { chargers };
        ''', pw=pw, email=person_email())
    return ch(["src/zaptec.js", "lib/chargers/zaptec.js"]), t


@pos_t("wallbox", "password", False)
def t_wallbox_py(S):
    pw = S(password, "py", "WALLBOX_PASSWORD", kind="password")
    t = F('''
        import time

        from wallbox import Wallbox

        CHARGER_ID = §cid§

        w = Wallbox("§email§", §pw§)
        w.authenticate()

        status = w.getChargerStatus(CHARGER_ID)
        if status["status_description"] == "Charging" and status["charging_power"] > §kw§:
            w.setMaxChargingCurrent(CHARGER_ID, 10)
            time.sleep(2)
        print(w.getChargerStatus(CHARGER_ID)["config_data"]["max_charging_current"])
        ''', pw=pw, email=person_email(), cid=ri(10000, 999999), kw=ri(5, 9))
    return ch(["wallbox/limit_current.py", "scripts/wallbox_throttle.py"]), t


@pos_t("juicenet", "api_token", False)
def t_juicenet_py(S):
    tok = S(uuid4, "py", "JUICENET_API_TOKEN")
    t = F('''
        import asyncio

        import aiohttp
        from pyjuicenet import Api


        async def main():
            async with aiohttp.ClientSession() as session:
                api = Api(§tok§, session)
                for dev in await api.get_devices():
                    await dev.update_state()
                    print(dev.name, dev.status, dev.charging_time_left, dev.session_amps)


        asyncio.run(main())
        ''', tok=tok)
    return ch(["juicebox/status.py", "tools/juicenet_status.py"]), t


@pos_t("chargepoint", "api_password", False)
def t_chargepoint_soap(S):
    pw = S(g_hex32, "xml", "CHARGEPOINT_API_PASSWORD", kind="password")
    lic = hexs(32) if S.pos else ch(["${CHARGEPOINT_LICENSE_KEY}", "YOUR_LICENSE_KEY"])
    t = F('''
        <?xml version="1.0" encoding="UTF-8"?>
        <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                          xmlns:urn="urn:dictionary:com.chargepoint.webservices">
          <soapenv:Header>
            <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
                           soapenv:mustUnderstand="1">
              <wsse:UsernameToken>
                <wsse:Username>§lic§</wsse:Username>
                <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">§pw§</wsse:Password>
              </wsse:UsernameToken>
            </wsse:Security>
          </soapenv:Header>
          <soapenv:Body>
            <urn:getStations>
              <searchQuery>
                <sgID>§sg§</sgID>
              </searchQuery>
            </urn:getStations>
          </soapenv:Body>
        </soapenv:Envelope>
        ''', pw=pw, lic=lic, sg=ri(10000, 99999))
    return ch(["soap/getStations.xml", "chargepoint/requests/get_stations.xml"]), t


# ---------------------------------------------------------------- home energy monitors
@pos_t("sense", "password", False)
def t_sense_py(S):
    pw = S(password, "py", "SENSE_PASSWORD", kind="password")
    t = F('''
        from sense_energy import Senseable

        sense = Senseable(wss_timeout=10, api_timeout=10)
        sense.authenticate("§email§", §pw§)
        sense.update_realtime()

        print("active power:", sense.active_power, "W")
        print("solar power:", sense.active_solar_power, "W")
        for dev in sense.active_devices:
            print(" -", dev)
        ''', pw=pw, email=person_email())
    return ch(["sense/realtime.py", "monitors/sense_now.py"]), t


@pos_t("emporia", "password", True)
def t_emporia_json(S):
    pw = S(password, "json", "EMPORIA_PASSWORD", kind="password")
    t = F('''
        {
          "username": "§email§",
          "password": §pw§
        }
        ''', pw=pw, email=person_email())
    return ch(["keys.json", "vue/keys.json"]), t


# ---------------------------------------------------------------- solar portals
@pos_t("sma", "client_secret", True)
def t_sma_properties(S):
    sec = S(lambda: rstr(ALNUM, 32), "bare", "SMA_CLIENT_SECRET")
    t = F('''
        # ennexOS / Sunny Portal monitoring API
        spring.application.name=pv-fleet-monitor
        server.port=8080

        sma.api.base-url=https://monitoring.smaapis.de/v1
        sma.oauth.token-url=https://auth.smaapis.de/oauth2/token
        sma.oauth.client-id=§cid§
        sma.oauth.client-secret=§sec§
        sma.poll.cron=0 */15 * * * *

        spring.datasource.url=jdbc:postgresql://§db§:5432/pvfleet
        spring.datasource.username=pvfleet
        management.endpoints.web.exposure.include=health,info,prometheus
        ''', sec=sec, cid=ch(["pv_fleet_monitor", "sunmesa_ops", "kestrel_pv"]), db=host("db"))
    return ch(["src/main/resources/application.properties", "config/application-prod.properties"]), t


@pos_t("fronius", "access_key", False)
def t_fronius_http(S):
    val = S(uuid4, "bare", "FRONIUS_ACCESS_KEY_VALUE")
    t = F('''
        ### Solar.web Query API - PV system list
        GET https://api.solarweb.com/swqapi/pvsystems?offset=0&limit=50
        Accept: application/json
        AccessKeyId: FKIA§kid§
        AccessKeyValue: §val§

        ### Flow data for one system
        GET https://api.solarweb.com/swqapi/pvsystems/§pv§/flowdata
        Accept: application/json
        AccessKeyId: FKIA§kid§
        ''', val=val, kid=hexs(32, upper=True), pv=uuid4())
    return ch(["http/solarweb.http", "api-tests/fronius.http"]), t


@pos_t("utilityapi", "api_token", False)
def t_utilityapi_go(S):
    tok = S(g_hex32, var="UTILITYAPI_TOKEN", mode="embed")
    t = F('''
        package utilityapi

        import (
        	"encoding/json"
        	"fmt"
        	"net/http"
        )

        type Meter struct {
        	UID        string `json:"uid"`
        	ServiceID  string `json:"service_id"`
        	TariffName string `json:"tariff"`
        }

        func ListMeters(authUID string) ([]Meter, error) {
        	url := fmt.Sprintf("https://utilityapi.com/api/v2/meters?authorizations=%s", authUID)
        	req, _ := http.NewRequest("GET", url, nil)
        	req.Header.Set("Authorization", "Bearer §tok§")
        	resp, err := http.DefaultClient.Do(req)
        	if err != nil {
        		return nil, err
        	}
        	defer resp.Body.Close()
        	var out struct{ Meters []Meter `json:"meters"` }
        	return out.Meters, json.NewDecoder(resp.Body).Decode(&out)
        }
        ''', tok=tok)
    return ch(["utilityapi/meters.go", "internal/greenbutton/utilityapi.go"]), t


@pos_t("greenbutton", "client_secret", True)
def t_greenbutton_xml(S):
    sec = S(lambda: rstr(ALNUM + "-_", ri(32, 48)), "xml", "ESPI_CLIENT_SECRET")
    t = F('''
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Green Button Connect My Data (ESPI) third-party registration -->
        <thirdParty>
          <name>§co§</name>
          <dataCustodian>https://§util§/DataCustodian</dataCustodian>
          <oauth>
            <authorizationEndpoint>https://§util§/DataCustodian/oauth/authorize</authorizationEndpoint>
            <tokenEndpoint>https://§util§/DataCustodian/oauth/token</tokenEndpoint>
            <clientId>third_party_§n§</clientId>
            <clientSecret>§sec§</clientSecret>
            <redirectUri>https://§dom§/espi/callback</redirectUri>
            <scope>FB=4_5_15;IntervalDuration=900;BlockDuration=daily;HistoryLength=13</scope>
          </oauth>
          <notifyUri>https://§dom§/espi/notify</notifyUri>
        </thirdParty>
        ''', sec=sec, co=company()[0], dom=company()[1], n=ri(100, 999),
          util=ch(["greenbutton.brightwater-util.co.uk", "gbcmd.examplepower.com", "espi.northgrid-utility.com"]))
    return ch(["config/espi-thirdparty.xml", "src/main/resources/espi.xml"]), t


@pos_t("emoncms", "api_key", False)
def t_emoncms_sh(S):
    key = S(g_hex32, var="EMONCMS_APIKEY", mode="embed")
    t = F('''
        #!/bin/bash
        # push inverter readings to emoncms every minute (cron: * * * * *)
        NODE=§node§
        P=$(mbpoll -a 1 -r 40084 -c 1 -t 4 -1 §ip§ | awk '/\\[40084\\]/ {print $2}')
        E=$(mbpoll -a 1 -r 40094 -c 2 -t 4:int -1 §ip§ | awk '/\\[40094\\]/ {print $2}')

        curl -s "https://emoncms.org/input/post?node=${NODE}&fulljson=%7B%22power%22:${P},%22energy%22:${E}%7D&apikey=§key§" \\
          >/dev/null || logger -t emon-push "post failed"
        ''', key=key, node=ch(["inverter", "solar", "pv1"]), ip=priv_ip())
    return ch(["bin/emon-push.sh", "scripts/push_emoncms.sh"]), t


# ---------------------------------------------------------------- Home Assistant / ESPHome / MQTT
@pos_t("esphome", "api_encryption_key", False)
def t_esphome_api(S):
    key = S(g_esphome_key, "ha", "ESPHOME_API_KEY", doc="esphome")
    dev = ch(["evse-garage", "pv-meter", "heatpump-ct", "battery-shunt", "grid-pulse-reader"])
    t = F('''
        esphome:
          name: §dev§
          friendly_name: §fn§

        esp32:
          board: esp32dev
          framework:
            type: esp-idf

        logger:

        api:
          encryption:
            key: §key§

        ota:
          - platform: esphome
            password: !secret ota_password

        wifi:
          ssid: !secret wifi_ssid
          password: !secret wifi_password

        sensor:
          - platform: pulse_meter
            pin: GPIO§gpio§
            name: "House power"
            unit_of_measurement: "W"
            internal_filter: 100ms
            filters:
              - multiply: §mul§
            total:
              name: "House energy"
              unit_of_measurement: "kWh"
              filters:
                - multiply: 0.001
        ''', dev=dev, fn=dev.replace("-", " ").title(), key=key, gpio=ch([4, 5, 12, 13, 14]),
          mul=ch(["60", "6", "0.6"]))
    return ch(["esphome/%s.yaml" % dev, "%s.yaml" % dev]), t


@pos_t("esphome", "ota_password", True)
def t_esphome_ota(S):
    pw = S(password, "ha", "OTA_PASSWORD", kind="password", doc="esphome_ota")
    dev = ch(["sdm630-reader", "p1-dongle", "inverter-rs485", "ct-clamp-panel"])
    t = F('''
        substitutions:
          device_name: §dev§
          friendly_name: §fn§

        esphome:
          name: ${device_name}
          friendly_name: ${friendly_name}

        esp8266:
          board: d1_mini

        api:
          encryption:
            key: !secret api_key_§u§

        ota:
          - platform: esphome
            password: §pw§

        wifi:
          ssid: !secret wifi_ssid
          password: !secret wifi_password
          ap:
            ssid: "${device_name} fallback"

        uart:
          rx_pin: D7
          tx_pin: D8
          baud_rate: 9600

        modbus:

        sensor:
          - platform: sdm_meter
            phase_a:
              voltage:
                name: "${friendly_name} voltage"
              active_power:
                name: "${friendly_name} power"
            update_interval: 10s
        ''', dev=dev, fn=dev.replace("-", " ").title(), pw=pw, u=dev.replace("-", "_"))
    return ch(["esphome/%s.yaml" % dev, "devices/%s.yaml" % dev]), t


@pos_t("mqtt", "password", True)
def t_esphome_mqtt(S):
    pw = S(password, "ha", "MQTT_PASSWORD", kind="password")
    t = F('''
        esphome:
          name: battery-bms

        esp32:
          board: nodemcu-32s

        wifi:
          ssid: !secret wifi_ssid
          password: !secret wifi_password

        mqtt:
          broker: §ip§
          port: 1883
          username: bms
          password: §pw§
          discovery: true
          topic_prefix: energy/bms

        uart:
          id: uart_bms
          rx_pin: GPIO16
          tx_pin: GPIO17
          baud_rate: 9600
        ''', pw=pw, ip=priv_ip())
    return ch(["esphome/battery-bms.yaml", "bms/battery-bms.yaml"]), t


@pos_t("homeassistant", "access_token", False)
def t_ha_curl(S):
    tok = S(g_ha_jwt, var="HA_TOKEN", mode="embed", doc="ha")
    t = F('''
        #!/usr/bin/env bash
        # Called by the charger controller when the tariff window opens.
        HA=http://§ip§:8123

        curl -s -X POST "$HA/api/services/switch/turn_on" \\
          -H "Authorization: Bearer §tok§" \\
          -H "Content-Type: application/json" \\
          -d '{"entity_id": "switch.§ent§"}'

        curl -s "$HA/api/states/sensor.§sens§" \\
          -H "Authorization: Bearer §tok2§" | jq -r .state
        ''', tok=tok, tok2=tok, ip=priv_ip(), ent=ch(["ev_charger", "zappi_boost", "immersion_heater"]),
          sens=ch(["grid_power", "battery_soc", "solar_power"]))
    return ch(["scripts/tariff_window.sh", "hooks/charge_on.sh"]), t


@pos_t("mqtt", "password", True)
def t_mosquitto_bridge(S):
    pw = S(password, "bare", "BRIDGE_PASSWORD", kind="password")
    t = F('''
        # Bridge the site broker to the cloud historian broker
        listener 1883 127.0.0.1
        allow_anonymous false
        password_file /mosquitto/config/passwd

        connection cloud-historian
        address §h§:8883
        bridge_protocol_version mqttv311
        bridge_cafile /mosquitto/certs/ca.crt
        remote_clientid §site§-bridge
        remote_username §site§
        remote_password §pw§
        cleansession false
        topic scada/# out 1 "" site/§site§/
        topic cmd/# in 1 "" site/§site§/
        ''', pw=pw, h="mqtt.%s" % company()[1], site=ch(["blackmoor", "northfield", "harbourview", "kingsway"]))
    return ch(["mosquitto/config/mosquitto.conf", "broker/bridge.conf"]), t


@pos_t("influxdb", "api_token", True)
def t_telegraf(S):
    tok = S(g_influx, "toml", "INFLUX_TOKEN", doc="influx")
    t = F('''
        [agent]
          interval = "10s"
          flush_interval = "10s"
          hostname = "§hn§"

        [[inputs.modbus]]
          name = "inverter"
          slave_id = 1
          timeout = "1s"
          controller = "tcp://§ip§:502"
          holding_registers = [
            { name = "ac_power", byte_order = "AB", data_type = "INT16", scale = 1.0, address = [40083] },
            { name = "energy_total", byte_order = "ABCD", data_type = "UINT32", scale = 1.0, address = [40093, 40094] },
          ]

        [[outputs.influxdb_v2]]
          urls = ["http://influxdb:8086"]
          token = §tok§
          organization = "§org§"
          bucket = "solar"
        ''', tok=tok, hn=ch(["pv-gw-01", "site-edge", "rpi-solar"]), ip=priv_ip(), org=ch(["home", "sunmesa", "ops"]))
    return ch(["telegraf/telegraf.conf", "telegraf.conf"]), t


# ---------------------------------------------------------------- databases / historians
@pos_t("postgres", "database_url", True)
def t_pg_compose(S):
    pw = S(lambda: password(urlsafe=True), var="POSTGRES_PASSWORD", kind="password", mode="embed")
    t = F('''
        services:
          meter-ingest:
            build: ./ingest
            environment:
              DATABASE_URL: postgresql://meters:§pw§@timescaledb:5432/meters
              MQTT_URL: mqtt://mosquitto:1883
              BATCH_SIZE: "500"
            depends_on:
              - timescaledb
          timescaledb:
            image: timescale/timescaledb:2.14.2-pg16
            environment:
              POSTGRES_USER: meters
              POSTGRES_DB: meters
              POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
            volumes:
              - tsdata:/var/lib/postgresql/data
            secrets:
              - pg_password
        secrets:
          pg_password:
            file: ./secrets/pg_password.txt
        volumes:
          tsdata: {}
        ''', pw=pw)
    return ch(["docker-compose.yml", "stack/docker-compose.yml"]), t


@pos_t("mysql", "database_url", False)
def t_mysql_dsn_go(S):
    pw = S(lambda: password(urlsafe=True), var="EMONCMS_DB_PASSWORD", kind="password", mode="embed")
    t = F('''
        package store

        import (
        	"database/sql"
        	"time"

        	_ "github.com/go-sql-driver/mysql"
        )

        // emoncms feed database on the site server
        const dsn = "emoncms:§pw§@tcp(§ip§:3306)/emoncms?parseTime=true&timeout=5s"

        func Open() (*sql.DB, error) {
        	db, err := sql.Open("mysql", dsn)
        	if err != nil {
        		return nil, err
        	}
        	db.SetConnMaxLifetime(3 * time.Minute)
        	db.SetMaxOpenConns(§n§)
        	return db, db.Ping()
        }
        ''', pw=pw, ip=priv_ip(), n=ri(2, 20))
    return ch(["internal/store/mysql.go", "store/db.go"]), t


@pos_t("osisoft_pi", "password", False)
def t_piwebapi(S):
    pw = S(password, "py", "PI_PASSWORD", kind="password")
    t = F('''
        """Pull 1-minute averages from the PI historian for the substation dashboard."""
        import requests
        from requests_ntlm import HttpNtlmAuth  # noqa: F401  (kept for the on-prem fallback)

        PI = "https://§pihost§/piwebapi"
        TAGS = ["§sub§.TX1.MW", "§sub§.TX1.MVAR", "§sub§.BUS1.KV"]

        s = requests.Session()
        s.auth = ("§svc§", §pw§)
        s.verify = "/etc/ssl/certs/corp-root.pem"


        def webid(tag):
            r = s.get(f"{PI}/points", params={"path": f"\\\\\\\\§pis§\\\\{tag}"})
            return r.json()["WebId"]


        for tag in TAGS:
            r = s.get(f"{PI}/streams/{webid(tag)}/summary", params={"startTime": "*-1h", "summaryType": "Average",
                                                                     "summaryDuration": "1m"})
            print(tag, len(r.json()["Items"]))
        ''', pw=pw, pihost="piweb.%s" % company()[1], sub=ch(["BLKMR", "NTHFD", "KNGSW", "WSTGT"]),
          svc=ch(["CORP\\\\svc_piread", "svc-piwebapi", "pireader"]), pis=ch(["PISRV01", "PI-HIST-A"]))
    return ch(["historian/pi_pull.py", "scada/pi_summary.py"]), t


@pos_t("opcua", "password", True)
def t_opcua_json(S):
    pw = S(password, "json", "OPCUA_PASSWORD", kind="password")
    t = F('''
        {
          "endpoint": "opc.tcp://§ip§:4840",
          "securityPolicy": "Basic256Sha256",
          "securityMode": "SignAndEncrypt",
          "authentication": {
            "type": "username",
            "username": "historian-bridge",
            "password": §pw§
          },
          "subscriptions": [
            {"nodeId": "ns=2;s=PV.Inverter01.ActivePower", "samplingMs": 1000},
            {"nodeId": "ns=2;s=PV.Inverter01.DailyYield", "samplingMs": 60000},
            {"nodeId": "ns=2;s=BESS.SOC", "samplingMs": 5000}
          ],
          "sink": {"type": "mqtt", "topic": "scada/opcua"}
        }
        ''', pw=pw, ip=priv_ip())
    return ch(["bridge/opcua.json", "config/opcua-bridge.json"]), t


# ---------------------------------------------------------------- cloud / notifications
@pos_t("aws", "secret_access_key", False)
def t_aws_tf(S):
    sec = S(g_aws_secret, "tf", "AWS_SECRET_ACCESS_KEY", doc="aws")
    kid = g_aws_id() if S.pos else ch(["AKIAXXXXXXXXXXXXXXXX", "${AWS_ACCESS_KEY_ID}", ""])
    t = F('''
        terraform {
          required_providers {
            aws = { source = "hashicorp/aws", version = "~> 5.0" }
          }
        }

        provider "aws" {
          region     = "§reg§"
          access_key = "§kid§"
          secret_key = §sec§
        }

        resource "aws_s3_bucket" "meter_exports" {
          bucket = "§b§-meter-exports"
          tags = {
            team = "metering"
          }
        }

        resource "aws_s3_bucket_lifecycle_configuration" "meter_exports" {
          bucket = aws_s3_bucket.meter_exports.id
          rule {
            id     = "expire-raw"
            status = "Enabled"
            expiration { days = 400 }
          }
        }
        ''', sec=sec, kid=kid, reg=ch(["eu-west-1", "eu-west-2", "us-east-1", "eu-north-1"]),
          b=ch(["kestrel", "brightwater", "gridlane", "northwind"]))
    return ch(["infra/main.tf", "terraform/s3.tf"]), t


@pos_t("azure_iot", "shared_access_key", True)
def t_azure_iot_appsettings(S):
    key = S(g_azure_key, var="IOTHUB_DEVICE_KEY", mode="embed")
    dev = "meter-gw-%03d" % ri(1, 400)
    t = F('''
        {
          "Logging": {
            "LogLevel": { "Default": "Information", "Microsoft": "Warning" }
          },
          "IoTHub": {
            "DeviceConnectionString": "HostName=§hub§.azure-devices.net;DeviceId=§dev§;SharedAccessKey=§key§",
            "TransportType": "Mqtt"
          },
          "Modbus": {
            "Host": "§ip§",
            "Port": 502,
            "UnitId": 1,
            "PollSeconds": 15
          }
        }
        ''', key=key, hub=ch(["iot-energy-prod", "hub-meters-weu", "gridlane-iot"]), dev=dev, ip=priv_ip())
    return ch(["src/MeterGateway/appsettings.json", "appsettings.Production.json"]), t


@pos_t("slack", "webhook_url", True)
def t_slack_systemd(S):
    url = S(g_slack, var="SLACK_WEBHOOK_URL", mode="embed",
            neg=[("doc_example", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"),
                 ("env_ref", "${SLACK_WEBHOOK_URL}"), ("placeholder", "<slack-incoming-webhook-url>")])
    t = F('''
        [Unit]
        Description=Inverter alarm watcher
        After=network-online.target

        [Service]
        Type=simple
        User=solar
        WorkingDirectory=/opt/alarmwatch
        Environment="SLACK_WEBHOOK_URL=§url§"
        Environment="ALARM_CODES=301,302,455,8001"
        ExecStart=/opt/alarmwatch/bin/alarmwatch --config /etc/alarmwatch.yaml
        Restart=always

        [Install]
        WantedBy=multi-user.target
        ''', url=url)
    return ch(["systemd/alarmwatch.service", "deploy/alarmwatch.service"]), t


@pos_t("telegram", "bot_token", False)
def t_telegram_py(S):
    tok = S(g_telegram, "py", "TELEGRAM_BOT_TOKEN")
    t = F('''
        import requests

        bot = §tok§
        chat_id = §chat§


        def notify(text: str) -> None:
            requests.post(f"https://api.telegram.org/bot{bot}/sendMessage",
                          json={"chat_id": chat_id, "text": text}, timeout=10)


        def check(soc: float, grid_w: float) -> None:
            if soc < §low§:
                notify(f"Battery low: {soc:.0f}%")
            if grid_w > §gw§:
                notify(f"High grid import: {grid_w/1000:.1f} kW")
        ''', tok=tok, chat=-ri(100000000, 999999999), low=ri(10, 25), gw=ri(5000, 12000))
    return ch(["alerts/telegram.py", "notify.py"]), t


@pos_t("github", "personal_access_token", True)
def t_github_workflow(S):
    tok = S(g_github, "yaml", "GH_TOKEN", doc="github")
    t = F('''
        name: publish-tariff-data
        on:
          schedule:
            - cron: "15 16 * * *"
          workflow_dispatch: {}

        jobs:
          publish:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-python@v5
                with:
                  python-version: "3.12"
              - run: pip install -r requirements.txt
              - run: python -m tariffs.fetch --out data/
              - name: push to data repo
                env:
                  GH_TOKEN: §tok§
                run: |
                  git clone https://x-access-token:${GH_TOKEN}@github.com/§org§/tariff-data.git out
                  cp data/*.csv out/
                  cd out && git add . && git commit -m "tariffs $(date +%F)" && git push
        ''', tok=tok, org=ch(["kestrel-energy", "gridlane", "northwind-coop"]))
    return ".github/workflows/publish.yml", t


@pos_t("sendgrid", "api_key", True)
def t_sendgrid_config(S):
    key = S(g_sendgrid, "js", "SENDGRID_API_KEY")
    t = F('''
        module.exports = {
          port: 3000,
          outageNotices: {
            from: 'outages@§dom§',
            replyTo: 'support@§dom§',
            templateId: 'd-§tid§',
          },
          sendgrid: {
            SENDGRID_API_KEY: §key§,
            sandbox: false,
          },
          regions: ['north', 'east', 'coastal'],
        };
        ''', key=key, dom=company()[1], tid=hexs(32))
    return ch(["config/production.js", "config/default.js"]), t


@pos_t("twilio", "auth_token", False)
def t_twilio_py(S):
    tok = S(g_hex32, "py", "TWILIO_AUTH_TOKEN")
    t = F('''
        from twilio.rest import Client

        client = Client("AC§sid§", §tok§)


        def sms_crew(number: str, feeder: str, customers: int) -> str:
            msg = client.messages.create(
                to=number,
                from_="+1§frm§",
                body=f"Outage on feeder {feeder}: {customers} customers. Reply ACK to accept.",
            )
            return msg.sid
        ''', tok=tok, sid=hexs(32), frm=rstr(DIG, 10))
    return ch(["dispatch/sms.py", "outage/notify_crew.py"]), t


@pos_t("postgres", "password", False)
def t_k8s_secret_data(S):
    pw = S(lambda: base64.b64encode(password().encode()).decode(), var="DB_PASSWORD", mode="embed",
           neg=[("empty", '""'), ("placeholder", "<base64-encoded-password>"),
                ("template_expr", "{{ .Values.historian.dbPassword | b64enc | quote }}")])
    t = F('''
        apiVersion: v1
        kind: Secret
        metadata:
          name: historian-db
          namespace: scada
        type: Opaque
        data:
          username: §user§
          password: §pw§
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: historian-config
          namespace: scada
        data:
          DB_HOST: historian-db.scada.svc.cluster.local
          DB_NAME: historian
          RETENTION_DAYS: "§rd§"
        ''', pw=pw, user=base64.b64encode(b"historian").decode(), rd=ri(90, 1500))
    return ch(["k8s/historian/secret.yaml", "manifests/historian-db.yaml"]), t


@pos_t("pjm", "subscription_key", True)
def t_pjm_dockerfile(S):
    key = S(g_hex32, "bare", "PJM_API_KEY", doc="apim")
    t = F('''
        FROM python:3.12-slim

        WORKDIR /app
        COPY requirements.txt .
        RUN pip install --no-cache-dir -r requirements.txt
        COPY . .

        ENV PJM_API_KEY=§key§ \\
            PJM_FEED=da_hrl_lmps \\
            OUTPUT_DIR=/data

        VOLUME ["/data"]
        CMD ["python", "-m", "pjm_pull", "--days", "§d§"]
        ''', key=key, d=ri(1, 7))
    return ch(["Dockerfile", "docker/pjm-pull/Dockerfile"]), t


@pos_t("victron", "access_token", False)
def t_vrm_markdown(S):
    tok = S(g_hex64, var="VRM_TOKEN", mode="embed", doc="victron")
    t = F('''
        # Site battery checks

        Quick manual check of the site battery when the dashboard is stale:

        ```
        curl -s -H 'X-Authorization: Token §tok§' \\
          https://vrmapi.victronenergy.com/v2/installations/§site§/diagnostics?count=200 | jq '.records[] | select(.code=="bs")'
        ```

        | Field | Meaning |
        |-------|---------|
        | bs    | battery SoC (%) |
        | bv    | battery voltage |
        | bc    | battery current |

        If SoC is below 20 % for more than an hour, call the installer.
        ''', tok=tok, site=ri(10000, 499999))
    return ch(["docs/battery-checks.md", "docs/ops/victron.md"]), t


@pos_t("enphase", "client_secret", True)
def t_enphase_systemd(S):
    sec = S(g_hex32, "bare", "ENPHASE_CLIENT_SECRET", doc="enphase_secret")
    t = F('''
        [Unit]
        Description=Enlighten exporter
        After=network-online.target

        [Service]
        User=enlighten
        Environment=ENPHASE_CLIENT_ID=§cid§
        Environment=ENPHASE_CLIENT_SECRET=§sec§
        Environment=ENPHASE_SYSTEM_ID=§sid§
        Environment=LISTEN_ADDR=:9434
        ExecStart=/usr/local/bin/enlighten-exporter
        Restart=on-failure

        [Install]
        WantedBy=multi-user.target
        ''', sec=sec, cid=hexs(32), sid=ri(1000000, 5999999))
    return ch(["deploy/enlighten-exporter.service", "systemd/enlighten.service"]), t


@pos_t("octopus", "api_key", True)
def t_octopus_ha_secrets_cfg(S):
    key = S(g_octopus, "yaml", "OCTOPUS_API_KEY", doc="octopus")
    t = F('''
        # octopus -> influx sync job (runs in the home-lab k3s cluster)
        octopus:
          api_key: §key§
          account: A-§acct§
          meters:
            - mpan: "§mpan§"
              serial: "§ser§"
              export: false
        influxdb:
          url: http://influxdb.monitoring:8086
          bucket: octopus
        schedule: "0 */6 * * *"
        ''', key=key, acct=rstr(UPP + DIG, 8), mpan=mpan_core(), ser=meter_serial())
    return ch(["octopus-sync/config.yaml", "jobs/octopus.yaml"]), t


# ============================================================================= look-alike negatives
NEG_T = []


def neg_t(provider, kind):
    def deco(f):
        NEG_T.append({"name": f.__name__, "provider": provider, "kind": kind, "fn": f})
        return f
    return deco


def halfhours(n, start_h=0):
    out = []
    for i in range(n):
        m = (start_h * 60 + 30 * i) % 1440
        out.append("%02d:%02d" % (m // 60, m % 60))
    return out


@neg_t("octopus", "lookalike:mpan_consumption_csv")
def n_consumption_csv():
    d = date()
    rows = ["# MPAN %s  meter serial %s" % (mpan_core(), meter_serial()),
            "Consumption (kWh), Estimated Cost Inc. Tax (p), Start, End"]
    hh = halfhours(48)
    for i in range(48):
        kwh = round(R.uniform(0.05, 2.4), 3)
        rows.append("%s, %s, %sT%s:00Z, %sT%s:00Z" % (kwh, round(kwh * R.uniform(8, 35), 2), d, hh[i], d,
                                                       hh[(i + 1) % 48]))
    return ch(["data/consumption_%s.csv" % d.replace("-", ""), "exports/octopus_usage.csv"]), "\n".join(rows) + "\n"


@neg_t("octopus", "lookalike:meter_points_json")
def n_meter_points():
    pts = []
    for _ in range(ri(1, 3)):
        pts.append({"mpan": mpan_core(), "profile_class": ri(1, 4), "consumption_standard": ri(1500, 6000),
                    "meters": [{"serial_number": meter_serial(), "registers": [{"identifier": "1", "rate": "STANDARD",
                                                                                 "is_settlement_register": True}]}],
                    "agreements": [{"tariff_code": "E-1R-AGILE-24-10-01-%s" % ch("ABCDEFGHJ"),
                                    "valid_from": iso_ts(), "valid_to": None}]})
    gas = {"mprn": mprn(), "meters": [{"serial_number": "E6S%08d%02d" % (ri(0, 99999999), ri(10, 24))}]}
    doc = {"number": "A-%s" % rstr(UPP + DIG, 8), "properties": [{"id": ri(1000000, 9999999),
                                                                   "postcode": "BS%d %d%s" % (ri(1, 16), ri(1, 9), rstr(UPP, 2)),
                                                                   "electricity_meter_points": pts,
                                                                   "gas_meter_points": [gas]}]}
    return ch(["test/fixtures/account.json", "fixtures/octopus_account.json"]), json.dumps(doc, indent=2) + "\n"


@neg_t("smartmetertexas", "lookalike:esiid_interval_csv")
def n_esiid_csv():
    esi = esi_id()
    d = "%02d/%02d/2024" % (ri(1, 12), ri(1, 28))
    rows = ["ESIID,USAGE_DATE,REVISION_DATE,USAGE_START_TIME,USAGE_END_TIME,USAGE_KWH,ESTIMATED_ACTUAL,CONSUMPTION_SURPLUSGENERATION"]
    for i in range(ri(24, 60)):
        m = 15 * i
        rows.append('"%s","%s","%s 06:1%d:22"," %02d:%02d"," %02d:%02d",%.3f,A,Consumption' % (
            esi, d, d, ri(0, 9), m // 60, m % 60, (m + 15) // 60, (m + 15) % 60, R.uniform(0.05, 1.8)))
    return ch(["data/smt/IntervalData_%s.csv" % esi[-6:], "imports/smt_interval.csv"]), "\n".join(rows) + "\n"


@neg_t("ocpp", "lookalike:ocpp_message_log")
def n_ocpp_log():
    cpid = cp_id()
    tag = rfid_tag()
    tx = ri(1000, 999999)
    base = "2024-%02d-%02dT%02d:" % (ri(1, 12), ri(1, 28), ri(0, 22))
    secs = sorted(ri(0, 3599) for _ in range(8))
    stamps = iter(["%s%02d:%02d.%03dZ" % (base, x // 60, x % 60, ri(0, 999)) for x in secs])
    lines = []
    mids = [uuid4() for _ in range(6)]
    lines.append('%s %s <- [2,"%s","Authorize",{"idTag":"%s"}]' % (next(stamps), cpid, mids[0], tag))
    lines.append('%s %s -> [3,"%s",{"idTagInfo":{"status":"Accepted","expiryDate":"%s"}}]' % (next(stamps), cpid, mids[0], iso_ts()))
    lines.append('%s %s <- [2,"%s","StartTransaction",{"connectorId":1,"idTag":"%s","meterStart":%d,"timestamp":"%s"}]' % (next(stamps), cpid, mids[1], tag, ri(100000, 9999999), iso_ts()))
    lines.append('%s %s -> [3,"%s",{"transactionId":%d,"idTagInfo":{"status":"Accepted"}}]' % (next(stamps), cpid, mids[1], tx))
    for k in range(2, 5):
        lines.append('%s %s <- [2,"%s","MeterValues",{"connectorId":1,"transactionId":%d,"meterValue":[{"timestamp":"%s","sampledValue":[{"value":"%d","measurand":"Energy.Active.Import.Register","unit":"Wh"},{"value":"%.1f","measurand":"Power.Active.Import","unit":"W"}]}]}]' % (next(stamps), cpid, mids[k], tx, iso_ts(), ri(100000, 9999999), R.uniform(1000, 22000)))
    lines.append('%s %s <- [2,"%s","Heartbeat",{}]' % (next(stamps), cpid, mids[5]))
    return ch(["logs/ocpp-%s.log" % cpid.lower(), "samples/ocpp_session.log"]), "\n".join(lines) + "\n"


@neg_t("ocpp", "lookalike:get_configuration")
def n_ocpp_getconf():
    keys = [("HeartbeatInterval", "300", False), ("ConnectionTimeOut", "90", False), ("SecurityProfile", "1", True),
            ("MeterValueSampleInterval", "60", False), ("ChargePointSerialNumber", "%s%08d" % (rstr(UPP, 3), ri(0, 99999999)), True),
            ("CpoName", company()[0], False), ("CentralSystemURL", "wss://%s/ocpp/" % host("api"), False),
            ("FirmwareVersion", version(), True), ("AuthorizationCacheEnabled", "true", False)]
    body = {"configurationKey": [{"key": k, "readonly": ro, "value": v} for k, v, ro in keys],
            "unknownKey": ["AuthorizationKey"]}
    msg = [3, uuid4(), body]
    note = "// AuthorizationKey is write-only: charge points never return it in GetConfiguration\n"
    return ch(["fixtures/get_configuration.conf.jsonc", "test/ocpp/getconfiguration.jsonc"]), note + json.dumps(msg, indent=2) + "\n"


@neg_t("ocmf", "lookalike:signed_meter_value")
def n_ocmf():
    sig = "3045022100" + hexs(64, upper=True) + "0220" + hexs(64, upper=True)
    pub = "3059301306072A8648CE3D020106082A8648CE3D030107034200" + "04" + hexs(128, upper=True)
    payload = {"FV": "1.0", "GI": "ABL SBC-301", "GS": "%08d" % ri(0, 99999999), "GV": version(), "PG": "T%d" % ri(1, 99),
               "MV": "Phoenix Contact", "MM": "EEM-350-D-MCB", "MS": "BQ%08d" % ri(0, 99999999), "IS": True,
               "IT": "ISO14443", "ID": rfid_tag(),
               "RD": [{"TM": "%s,000+0100 S" % iso_ts()[:-1], "TX": "B", "RV": round(R.uniform(100, 9000), 3),
                       "RI": "1-b:1.8.0", "RU": "kWh", "ST": "G"},
                      {"TM": "%s,000+0100 S" % iso_ts()[:-1], "TX": "E", "RV": round(R.uniform(9000, 12000), 3),
                       "RI": "1-b:1.8.0", "RU": "kWh", "ST": "G"}]}
    ocmf = "OCMF|%s|%s" % (json.dumps(payload, separators=(",", ":")), json.dumps({"SA": "ECDSA-secp256r1-SHA256", "SD": sig}, separators=(",", ":")))
    doc = {"transactionId": ri(1000, 99999), "evseId": evse_id(), "signedMeterValue": ocmf,
           "publicKey": pub, "encodingMethod": "OCMF"}
    return ch(["fixtures/eichrecht/session.json", "test/data/ocmf_session.json"]), json.dumps(doc, indent=2) + "\n"


@neg_t("entsoe", "lookalike:eic_xml")
def n_entsoe_xml():
    zone = ch(KNOWN_EIC)
    pts = "\n".join("        <Point>\n          <position>%d</position>\n          <price.amount>%.2f</price.amount>\n        </Point>" % (i + 1, R.uniform(-20, 250)) for i in range(ri(6, 24)))
    t = F('''
        <?xml version="1.0" encoding="UTF-8"?>
        <Publication_MarketDocument xmlns="urn:iec62325.351:tc57wg16:451-3:publicationdocument:7:3">
          <mRID>§mrid§</mRID>
          <revisionNumber>1</revisionNumber>
          <type>A44</type>
          <sender_MarketParticipant.mRID codingScheme="A01">10X1001A1001A450</sender_MarketParticipant.mRID>
          <receiver_MarketParticipant.mRID codingScheme="A01">§recv§</receiver_MarketParticipant.mRID>
          <createdDateTime>§ts§</createdDateTime>
          <TimeSeries>
            <mRID>1</mRID>
            <in_Domain.mRID codingScheme="A01">§zone§</in_Domain.mRID>
            <out_Domain.mRID codingScheme="A01">§zone§</out_Domain.mRID>
            <currency_Unit.name>EUR</currency_Unit.name>
            <Period>
              <resolution>PT60M</resolution>
        §pts§
            </Period>
          </TimeSeries>
        </Publication_MarketDocument>
        ''', mrid=hexs(32), recv=eic_code(), ts=iso_ts(), zone=zone, pts=pts)
    return ch(["test/fixtures/a44_response.xml", "samples/day_ahead.xml"]), t


@neg_t("entsoe", "lookalike:eic_codes")
def n_eic_py():
    zones = {"DE_LU": "10Y1001A1001A82H", "FR": "10YFR-RTE------C", "NL": "10YNL----------L", "BE": "10YBE----------2",
             "AT": "10YAT-APG------L", "ES": "10YES-REE------0", "DK_1": "10YDK-1--------W", "NO_1": "10YNO-1--------2"}
    items = list(zones.items())
    R.shuffle(items)
    body = "\n".join('    "%s": "%s",' % kv for kv in items[:ri(5, 8)])
    extra = "\n".join('    "PARTY_%d": "%s",' % (i, eic_code()) for i in range(ri(1, 4)))
    t = F('''
        """EIC area codes used in ENTSO-E Transparency queries (public, from the EIC registry)."""

        BIDDING_ZONES = {
        §body§
        }

        # market participants we receive documents from
        PARTIES = {
        §extra§
        }


        def eic(zone: str) -> str:
            return BIDDING_ZONES[zone.upper()]
        ''', body=body, extra=extra)
    return ch(["entsoe/areas.py", "prices/eic.py"]), t


@neg_t("firmware", "lookalike:sha256_manifest")
def n_fw_manifest():
    items = []
    for m in ch([["eve-single", "eve-double"], ["terra-ac", "terra-dc"], ["pulsar-plus", "commander-2"]]):
        blob = rbytes(16)
        items.append({"model": m, "version": version(), "file": "%s-%s.bin" % (m, version()),
                      "size": ri(800000, 9000000), "sha256": hashlib.sha256(blob).hexdigest(),
                      "md5": hashlib.md5(blob).hexdigest(), "released": date()})
    return ch(["firmware/manifest.json", "ota/releases.json"]), json.dumps({"schema": 2, "images": items}, indent=2) + "\n"


@neg_t("firmware", "lookalike:sha256sums")
def n_sha256sums():
    names = ["inverter-gw_%s_arm64.deb" % version(), "inverter-gw_%s_armhf.deb" % version(),
             "inverter-gw-%s.tar.gz" % version(), "ocpp-bridge-%s-linux-amd64" % version(), "sbom.cdx.json"]
    return "release/SHA256SUMS", "".join("%s  %s\n" % (sha256_hex(), n) for n in names)


@neg_t("kubernetes", "lookalike:image_digest")
def n_k8s_digest():
    t = F('''
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: ocpp-gateway
          namespace: charging
        spec:
          replicas: §rep§
          selector:
            matchLabels: {app: ocpp-gateway}
          template:
            metadata:
              labels: {app: ocpp-gateway}
              annotations:
                checksum/config: §c1§
                checksum/tls: §c2§
            spec:
              containers:
                - name: gateway
                  image: ghcr.io/§org§/ocpp-gateway@sha256:§dig§
                  ports:
                    - containerPort: 9000
                  envFrom:
                    - secretRef:
                        name: ocpp-gateway-env
                  readinessProbe:
                    httpGet: {path: /healthz, port: 9000}
        ''', rep=ri(2, 6), c1=sha256_hex(), c2=sha256_hex(), org=ch(["kestrel", "gridlane", "amperly"]), dig=sha256_hex())
    return ch(["k8s/ocpp-gateway/deployment.yaml", "deploy/gateway.yaml"]), t


@neg_t("npm", "lookalike:lockfile_integrity")
def n_package_lock():
    pk = {}
    for name in ["ocpp-rpc", "ws", "axios", "mqtt", "pino", "zod"]:
        v = version()
        pk["node_modules/" + name] = {"version": v, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name, v),
                                      "integrity": "sha512-" + b64(64), "license": "MIT"}
    doc = {"name": "charge-ops", "version": version(), "lockfileVersion": 3, "requires": True,
           "packages": dict([("", {"name": "charge-ops", "version": "1.0.0"})] + list(pk.items()))}
    return "package-lock.json", json.dumps(doc, indent=2) + "\n"


@neg_t("go", "lookalike:go_sum")
def n_go_sum():
    mods = ["github.com/eclipse/paho.mqtt.golang", "github.com/gorilla/websocket", "github.com/lorenzodonini/ocpp-go",
            "github.com/simonvetter/modbus", "golang.org/x/net", "github.com/influxdata/influxdb-client-go/v2"]
    lines = []
    for m in mods:
        v = "v" + version()
        lines.append("%s %s h1:%s" % (m, v, b64(32)))
        lines.append("%s %s/go.mod h1:%s" % (m, v, b64(32)))
    return "go.sum", "\n".join(lines) + "\n"


@neg_t("python", "lookalike:poetry_lock")
def n_poetry_lock():
    out = []
    for name in ["pymodbus", "paho-mqtt", "entsoe-py", "pandas", "ocpp"]:
        v = version()
        out.append('[[package]]\nname = "%s"\nversion = "%s"\ndescription = ""\noptional = false\npython-versions = ">=3.9"\nfiles = [\n'
                   '    {file = "%s-%s-py3-none-any.whl", hash = "sha256:%s"},\n    {file = "%s-%s.tar.gz", hash = "sha256:%s"},\n]\n'
                   % (name, v, name.replace("-", "_"), v, sha256_hex(), name, v, sha256_hex()))
    out.append('[metadata]\nlock-version = "2.0"\npython-versions = "^3.11"\ncontent-hash = "%s"\n' % sha256_hex())
    return "poetry.lock", "\n".join(out)


@neg_t("git", "lookalike:changelog_shas")
def n_changelog():
    lines = ["# Changelog", ""]
    for _ in range(ri(3, 5)):
        lines.append("## %s (%s)" % (version(), date()))
        lines.append("")
        for _ in range(ri(2, 4)):
            lines.append("- %s ([%s](https://github.com/%s/charge-ops/commit/%s))" % (
                ch(["fix OCPP heartbeat drift after reconnect", "add ENTSO-E day-ahead import", "handle MeterValues without unit",
                    "retry Enlighten 429 with backoff", "support Agile export tariffs", "batch Modbus reads per unit id"]),
                git_sha()[:7], ch(["kestrel", "gridlane"]), git_sha()))
        lines.append("")
    return "CHANGELOG.md", "\n".join(lines)


@neg_t("sql", "lookalike:uuid_sites")
def n_sites_sql():
    rows = []
    for _ in range(ri(3, 7)):
        c, la, lo = latlon()
        rows.append("  ('%s', '%s', %s, %s, '%s', '%s')" % (uuid4(), ch(SITES).replace("'", ""), la, lo, c[1], mpan_core()))
    t = "INSERT INTO sites (id, name, lat, lon, timezone, import_mpan) VALUES\n" + ",\n".join(rows) + ";\n"
    return ch(["db/seed/020_sites.sql", "seeds/sites.sql"]), "-- demo sites for local development\n" + t


@neg_t("tesla", "lookalike:public_key_and_client_id")
def n_tesla_pub():
    lines = ["-----BEGIN PUBLIC KEY-----"] + ec_public_pem_lines() + ["-----END PUBLIC KEY-----"]
    return ".well-known/appspecific/com.tesla.3p.public-key.pem", "\n".join(lines) + "\n"


@neg_t("tesla", "lookalike:client_id_readme")
def n_tesla_readme():
    t = F('''
        # fleet-bridge

        Registered Tesla Fleet API application:

        | field        | value |
        |--------------|-------|
        | client_id    | `§cid§` |
        | domain       | `§dom§` |
        | region       | `§reg§` |
        | scopes       | `openid offline_access energy_device_data energy_cmds` |

        The client **secret** lives in the `tesla-fleet` secret (1Password vault *Energy-Ops*) and is
        never committed. The public key is served from
        `https://§dom§/.well-known/appspecific/com.tesla.3p.public-key.pem`.

        Energy site used for testing: `energy_site_id = §esid§`, gateway DIN `§din§`.
        ''', cid=uuid4(), dom=company()[1], reg=ch(["na", "eu"]), esid=ri(10 ** 14, 10 ** 15 - 1),
          din="1232100-00-E--TG%s%s" % (rstr(DIG, 9), rstr(UPP + DIG, 3)))
    return "README.md", t


def cert_lines(n=12):
    s = "MII" + ch("BCD") + base64.b64encode(rbytes(n * 48)).decode()
    return [s[i:i + 64] for i in range(0, len(s), 64)]


@neg_t("pki", "lookalike:certificate")
def n_cert():
    lines = []
    for _ in range(ri(1, 2)):
        lines += ["-----BEGIN CERTIFICATE-----"] + cert_lines(ri(8, 14)) + ["-----END CERTIFICATE-----"]
    return ch(["certs/csms-ca.pem", "config/tls/ca-chain.crt", "certs/v2g-root.pem"]), "\n".join(lines) + "\n"


@neg_t("ssh", "lookalike:ssh_public_keys")
def n_ssh_pub():
    lines = ["# site gateways: deploy keys for ansible (public keys only)"]
    for _ in range(ri(2, 5)):
        if maybe():
            lines.append("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s" % (b64(32)[:43], ch(FIRST), ch(["laptop", "ops-bastion", "ci"])))
        else:
            lines.append("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ%s %s@%s" % (b64(380).rstrip("="), ch(FIRST), ch(["desk", "jump"])))
    return ch(["ansible/files/authorized_keys", "provision/authorized_keys"]), "\n".join(lines) + "\n"


@neg_t("nodered", "lookalike:flow_ids")
def n_nodered():
    n = [hexs(16) for _ in range(6)]
    flow = [{"id": n[0], "type": "tab", "label": "Solar divert", "disabled": False, "info": ""},
            {"id": n[1], "type": "mqtt-broker", "name": "local", "broker": "localhost", "port": "1883",
             "clientid": "nodered-" + hexs(8), "usetls": False, "protocolVersion": "4", "keepalive": "60"},
            {"id": n[2], "type": "mqtt in", "z": n[0], "name": "grid power", "topic": "home/energy/grid_w", "qos": "1",
             "datatype": "auto-detect", "broker": n[1], "x": 120, "y": 100, "wires": [[n[3]]]},
            {"id": n[3], "type": "switch", "z": n[0], "name": "exporting?", "property": "payload",
             "rules": [{"t": "lt", "v": "-%d" % ri(500, 1500), "vt": "num"}], "checkall": "true", "outputs": 1,
             "x": 320, "y": 100, "wires": [[n[4]]]},
            {"id": n[4], "type": "api-call-service", "z": n[0], "name": "boost immersion", "server": n[5],
             "domain": "switch", "service": "turn_on", "data": "{\"entity_id\":\"switch.immersion\"}", "x": 540, "y": 100,
             "wires": [[]]},
            {"id": n[5], "type": "server", "name": "Home Assistant", "addon": True}]
    return ch(["node-red/flows.json", "flows/solar_divert.json"]), json.dumps(flow, indent=4) + "\n"


@neg_t("homeassistant", "lookalike:ha_config_ids")
def n_ha_config():
    t = F('''
        utility_meter:
          grid_import_daily:
            source: sensor.grid_import_energy
            cycle: daily
            tariffs: [peak, offpeak]

        template:
          - sensor:
              - name: "House load"
                unique_id: §u1§
                unit_of_measurement: W
                device_class: power
                state: "{{ states('sensor.grid_power')|float(0) + states('sensor.solar_power')|float(0) }}"
              - name: "Export now"
                unique_id: §u2§
                state: "{{ states('sensor.grid_power')|float(0) < 0 }}"

        homeassistant:
          customize:
            sensor.octopus_energy_electricity_§ser_l§_§mpan§_current_rate:
              friendly_name: Agile rate
        ''', u1=uuid4(), u2=hexs(32), ser_l=meter_serial().lower(), mpan=mpan_core())
    return ch(["homeassistant/configuration.yaml", "packages/energy.yaml"]), t


@neg_t("esphome", "lookalike:esphome_ids")
def n_esphome_ids():
    addrs = "\n".join("  - platform: dallas_temp\n    address: 0x%s\n    name: \"Tank probe %d\"\n    update_interval: 30s"
                      % (hexs(16), i + 1) for i in range(ri(2, 4)))
    t = F('''
        esphome:
          name: hot-water-tank

        esp32:
          board: esp32dev

        api:
          encryption:
            key: !secret hot_water_api_key

        ota:
          - platform: esphome
            password: !secret ota_password

        wifi:
          ssid: !secret wifi_ssid
          password: !secret wifi_password
          manual_ip:
            static_ip: §ip§
            gateway: 192.168.1.1
            subnet: 255.255.255.0

        one_wire:
          - platform: gpio
            pin: GPIO4

        sensor:
        §addrs§
        ''', ip=priv_ip(), addrs=addrs)
    return ch(["esphome/hot-water-tank.yaml", "hot-water-tank.yaml"]), t


@neg_t("observability", "lookalike:trace_ids_log")
def n_trace_log():
    lines = []
    for _ in range(ri(6, 12)):
        lines.append(json.dumps({"ts": iso_ts(), "level": ch(["info", "info", "debug", "warn"]), "svc": "tariff-api",
                                 "trace_id": hexs(32), "span_id": hexs(16), "request_id": uuid4(),
                                 "route": ch(["/v1/rates", "/v1/sites/{id}/schedule", "/v1/meters/{mpan}/readings"]),
                                 "status": ch([200, 200, 200, 304, 404, 429]), "dur_ms": ri(3, 900)}))
    return ch(["logs/tariff-api.jsonl", "var/log/tariff-api.log"]), "\n".join(lines) + "\n"


@neg_t("modbus", "lookalike:register_dump")
def n_modbus_dump():
    rows = ["| addr | raw (hex) | name | value |", "|------|-----------|------|-------|"]
    regs = [("40000", "53756e53", "SunS marker", "SunS"), ("40002", "0001", "Model ID", "1"),
            ("40070", "0067", "Model 103", "103"), ("40072", "%04x" % ri(0, 4000), "AC current", ""),
            ("40084", "%04x" % ri(0, 9000), "AC power", ""), ("40094", "%08x" % ri(0, 10 ** 8), "Lifetime energy", ""),
            ("40108", "%04x" % ri(0, 7), "Operating state", "")]
    for a, h, n, v in regs:
        rows.append("| %s | `%s` | %s | %s |" % (a, h, n, v or str(int(h, 16))))
    raw = " ".join(hexs(4) for _ in range(32))
    t = "# SunSpec register dump (%s, unit 1)\n\n%s\n\nRaw block 40070..40101:\n\n```\n%s\n```\n" % (priv_ip(), "\n".join(rows), raw)
    return ch(["docs/inverter-registers.md", "notes/sunspec-dump.md"]), t


@neg_t("octopus", "lookalike:interval_json")
def n_interval_json():
    res = []
    d = date()
    hh = halfhours(ri(8, 24))
    for i, h in enumerate(hh[:-1]):
        res.append({"consumption": round(R.uniform(0.01, 2.0), 3), "interval_start": "%sT%s:00Z" % (d, h),
                    "interval_end": "%sT%s:00Z" % (d, hh[i + 1])})
    doc = {"count": len(res), "next": "https://api.octopus.energy/v1/electricity-meter-points/%s/meters/%s/consumption/?page=2" % (mpan_core(), meter_serial()),
           "previous": None, "results": res}
    return ch(["test/fixtures/consumption_page1.json", "fixtures/consumption.json"]), json.dumps(doc, indent=2) + "\n"


@neg_t("ocpi", "lookalike:ocpi_rfid_tokens")
def n_ocpi_tokens():
    toks = []
    for _ in range(ri(2, 5)):
        toks.append({"country_code": "NL", "party_id": "KST", "uid": rfid_tag(), "type": "RFID",
                     "contract_id": emaid(), "visual_number": "%s-%s" % (rstr(DIG, 4), rstr(DIG, 4)),
                     "issuer": company()[0], "valid": True, "whitelist": "ALLOWED", "last_updated": iso_ts()})
    return ch(["test/fixtures/ocpi/tokens.json", "fixtures/ocpi_tokens.json"]), json.dumps({"data": toks, "status_code": 1000, "timestamp": iso_ts()}, indent=2) + "\n"


@neg_t("ocpp", "lookalike:send_local_list")
def n_local_list():
    items = [{"idTag": rfid_tag(), "idTagInfo": {"status": "Accepted", "expiryDate": iso_ts(), "parentIdTag": "FLEET-%03d" % ri(1, 99)}}
             for _ in range(ri(3, 8))]
    msg = [2, uuid4(), "SendLocalList", {"listVersion": ri(1, 400), "updateType": "Full", "localAuthorizationList": items}]
    return ch(["fixtures/send_local_list.json", "ops/local-list/fleet.json"]), json.dumps(msg, indent=2) + "\n"


@neg_t("rainforest", "lookalike:cloud_id_doc")
def n_rainforest_doc():
    t = F('''
        # Eagle-200 gateway

        * Cloud ID: `§cloud§` (also the local API user name)
        * MAC: `§mac§`
        * Meter hardware address: `0x00§hw§`
        * Firmware: §fw§

        The **install code** is the local API password. It is printed on the label under the
        gateway and is stored in the `eagle` item of the household password manager, not here.

        ```
        curl -u "§cloud§:$EAGLE_INSTALL_CODE" http://§ip§/cgi-bin/post_manager -d @device_list.xml
        ```
        ''', cloud=hexs(6), mac=":".join(hexs(2) for _ in range(6)), hw=hexs(14), fw=version(), ip=priv_ip())
    return ch(["docs/eagle.md", "hardware/eagle-200.md"]), t


@neg_t("tesla", "lookalike:energy_site_json")
def n_tesla_site():
    doc = {"response": {"id": str(ri(10 ** 14, 10 ** 15 - 1)), "site_name": ch(SITES), "asset_site_id": uuid4(),
                        "energy_site_id": ri(10 ** 14, 10 ** 15 - 1), "installation_date": iso_ts(),
                        "components": {"battery": True, "solar": True, "grid": True, "gateway": "teg",
                                       "gateways": [{"device_id": uuid4(), "din": "1232100-00-E--TG%s" % rstr(DIG + UPP, 12),
                                                     "serial_number": "TG%s" % rstr(DIG + UPP, 12), "part_number": "1232100-00-E",
                                                     "firmware_version": "24.%d.%d" % (ri(1, 40), ri(0, 9))}]},
                        "battery_count": ri(1, 3), "nameplate_power": ri(5, 15) * 1000, "version": "24.%d.%d" % (ri(1, 40), ri(0, 9))}}
    return ch(["test/fixtures/site_info.json", "fixtures/tesla_energy_site.json"]), json.dumps(doc, indent=2) + "\n"


@neg_t("enphase", "lookalike:inventory_serials")
def n_enphase_inventory():
    devs = [{"sn": "%012d" % ri(10 ** 11, 10 ** 12 - 1), "part_num": ch(["800-01736-r02", "800-01391-r03"]),
             "model": ch(["IQ8MC", "IQ7PLUS"]), "status": "normal", "last_report_date": ri(1700000000, 1730000000)}
            for _ in range(ri(4, 12))]
    doc = {"system_id": ri(1000000, 5999999), "total_devices": len(devs) + 1,
           "envoys": [{"sn": "%012d" % ri(10 ** 11, 10 ** 12 - 1), "model": "Envoy-S-Metered"}], "micro_inverters": devs}
    return ch(["test/fixtures/inventory.json", "fixtures/enphase_devices.json"]), json.dumps(doc, indent=2) + "\n"


@neg_t("zaptec", "lookalike:installation_ids")
def n_zaptec():
    rows = ["installation_id,charger_id,serial,name,max_current"]
    inst = uuid4()
    for i in range(ri(2, 8)):
        rows.append("%s,%s,ZAP%06d,Bay %d,%d" % (inst, uuid4(), ri(0, 999999), i + 1, ch([16, 20, 32])))
    return ch(["data/zaptec_chargers.csv", "inventory/chargers.csv"]), "\n".join(rows) + "\n"


@neg_t("protobuf", "lookalike:base64_payload")
def n_proto_fixture():
    cases = []
    for i in range(ri(2, 4)):
        cases.append({"name": "telemetry_frame_%d" % i, "payload_b64": b64(ri(40, 120)),
                      "expected": {"power_w": ri(0, 9000), "soc": ri(0, 100), "temp_c": round(R.uniform(10, 40), 1)}})
    return ch(["testdata/frames.json", "tests/fixtures/telemetry_frames.json"]), json.dumps(cases, indent=2) + "\n"


@neg_t("oauth", "lookalike:jwks_public")
def n_jwks():
    keys = [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": hexs(16), "n": b64(256, url=True, pad=False), "e": "AQAB"},
            {"kty": "EC", "use": "sig", "crv": "P-256", "kid": hexs(16), "x": b64(32, url=True, pad=False),
             "y": b64(32, url=True, pad=False)}]
    return ch(["public/.well-known/jwks.json", "static/jwks.json"]), json.dumps({"keys": keys}, indent=2) + "\n"


@neg_t("git", "lookalike:lfs_pointer")
def n_lfs():
    return ch(["data/half_hourly_2023.parquet", "datasets/interval_data.csv.gz"]), "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (sha256_hex(), ri(10 ** 6, 10 ** 9))


@neg_t("pjm", "lookalike:pnode_ids")
def n_pnodes():
    rows = ["pnode_id,pnode_name,pnode_type,zone"]
    for _ in range(ri(5, 12)):
        rows.append("%d,%s,%s,%s" % (ri(1, 2156000000), ch(["BRANDONSH", "WESTERN HUB", "AEP-DAYTON HUB", "PSEG", "BGE", "DOMINION HUB"]),
                                     ch(["ZONE", "HUB", "AGGREGATE", "LOAD"]), ch(["PSEG", "BGE", "DOM", "AEP"])))
    return ch(["reference/pjm_pnodes.csv", "data/pnodes.csv"]), "\n".join(rows) + "\n"


@neg_t("eia", "lookalike:series_ids")
def n_eia_series():
    t = F('''
        # EIA series used by the dashboard (APIv2 routes + legacy v1 ids for reference)
        series:
          retail_price_tx: {route: electricity/retail-sales, facets: {stateid: TX, sectorid: RES}, legacy: ELEC.PRICE.TX-RES.M}
          generation_us:   {route: electricity/electric-power-operational-data, legacy: ELEC.GEN.ALL-US-99.M}
          ercot_demand:    {route: electricity/rto/region-data, facets: {respondent: ERCO, type: D}}
          henry_hub:       {route: natural-gas/pri/fut, legacy: NG.RNGWHHD.D}
        api:
          base_url: https://api.eia.gov/v2/
          key_env: EIA_API_KEY
          page_length: 5000
        ''')
    return ch(["config/eia_series.yaml", "dashboard/series.yml"]), t


@neg_t("sbom", "lookalike:cyclonedx_hashes")
def n_sbom():
    comps = []
    for n in ["pymodbus", "ocpp", "paho-mqtt", "influxdb-client"]:
        v = version()
        comps.append({"type": "library", "name": n, "version": v, "purl": "pkg:pypi/%s@%s" % (n, v),
                      "hashes": [{"alg": "SHA-256", "content": sha256_hex()}]})
    doc = {"bomFormat": "CycloneDX", "specVersion": "1.5", "serialNumber": "urn:uuid:" + uuid4(), "version": 1,
           "metadata": {"timestamp": iso_ts(), "component": {"type": "application", "name": "site-gateway", "version": version()}},
           "components": comps}
    return ch(["sbom.cdx.json", "release/sbom.json"]), json.dumps(doc, indent=2) + "\n"


@neg_t("pgp", "lookalike:pgp_signature")
def n_pgp():
    s = base64.b64encode(rbytes(ri(280, 560))).decode()
    body = "\n".join(s[i:i + 64] for i in range(0, len(s), 64))
    t = ("-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\ninverter-gw %s\n\n* Modbus TCP reconnect fix\n* SunSpec model 714 support\n"
         "-----BEGIN PGP SIGNATURE-----\n\n%s\n=%s\n-----END PGP SIGNATURE-----\n") % (version(), body, b64(3))
    return ch(["release/RELEASE_NOTES.txt.asc", "dist/ANNOUNCE.asc"]), t


@neg_t("grafana", "lookalike:dashboard_uids")
def n_grafana():
    ds = {"type": "influxdb", "uid": rstr(ALNUM, 14)}
    panels = [{"id": i + 1, "type": "timeseries", "title": t, "datasource": ds,
               "targets": [{"refId": "A", "query": "from(bucket: \"solar\") |> range(start: v.timeRangeStart) |> filter(fn: (r) => r._field == \"%s\")" % f}],
               "gridPos": {"h": 8, "w": 12, "x": 12 * (i % 2), "y": 8 * (i // 2)}}
              for i, (t, f) in enumerate([("PV power", "ac_power"), ("Battery SoC", "soc"), ("Grid", "grid_w")])]
    doc = {"uid": rstr(ALNUM, 9), "title": "Site energy", "version": ri(1, 80), "schemaVersion": 39, "panels": panels}
    return ch(["grafana/dashboards/site-energy.json", "dashboards/energy.json"]), json.dumps(doc, indent=2) + "\n"


@neg_t("network", "lookalike:device_inventory")
def n_inventory_csv():
    rows = ["hostname,mac,ip,serial,role"]
    for i in range(ri(4, 10)):
        rows.append("%s-%02d,%s,%s,%s,%s" % (ch(["cp", "inv", "gw", "meter"]), i + 1, ":".join(hexs(2) for _ in range(6)),
                                             priv_ip(), rstr(UPP + DIG, 12), ch(["charger", "inverter", "edge-gateway", "meter"])))
    return ch(["inventory/devices.csv", "network/dhcp_reservations.csv"]), "\n".join(rows) + "\n"


@neg_t("homeassistant", "lookalike:modbus_config")
def n_ha_modbus():
    t = F('''
        modbus:
          - name: inverter
            type: tcp
            host: §ip§
            port: 502
            sensors:
              - name: PV power
                slave: 1
                address: 40083
                input_type: holding
                data_type: int16
                unit_of_measurement: W
                scan_interval: 10
              - name: PV lifetime energy
                slave: 1
                address: 40093
                data_type: uint32
                unit_of_measurement: Wh
                device_class: energy
                state_class: total_increasing
        ''', ip=priv_ip())
    return ch(["homeassistant/modbus.yaml", "packages/inverter_modbus.yaml"]), t


@neg_t("dotenv", "lookalike:env_example")
def n_env_example():
    t = F('''
        # Copy to .env and fill in. Never commit the real file.
        OCTOPUS_API_KEY=sk_live_your_key_here
        OCTOPUS_ACCOUNT_NUMBER=A-XXXXXXXX
        ENTSOE_API_KEY=
        ELECTRICITYMAPS_TOKEN=<your-token>
        TESLA_CLIENT_ID=
        TESLA_CLIENT_SECRET=
        MQTT_HOST=localhost
        MQTT_PASSWORD=changeme
        DATABASE_URL=postgresql://meters:<password>@localhost:5432/meters
        ''')
    return ch([".env.example", ".env.sample", "env.template"]), t


@neg_t("octopus", "lookalike:account_readme")
def n_octopus_readme():
    t = F('''
        # house-energy

        Pulls half-hourly consumption from Octopus and writes it to InfluxDB.

        * Account: `A-§acct§`
        * Import MPAN: `§m1§`, meter serial `§s1§`
        * Export MPAN: `§m2§`
        * Gas MPRN: `§mprn§`
        * Tariff: `E-1R-AGILE-24-10-01-§r§`

        Set `OCTOPUS_API_KEY` in the environment (see `.env.example`). The key is personal and
        must not be committed.
        ''', acct=rstr(UPP + DIG, 8), m1=mpan_core(), s1=meter_serial(), m2=mpan_core(), mprn=mprn(), r=ch("ABCDEFGHJKLMNP"))
    return "README.md", t


@neg_t("utility", "lookalike:billing_export")
def n_billing_csv():
    rows = ["account_id,premise_id,meter_number,read_date,kwh,rate_code,invoice_hash"]
    for _ in range(ri(5, 12)):
        rows.append("%d,%s,%s,%s,%d,%s,%s" % (ri(10 ** 9, 10 ** 10 - 1), uuid4(), meter_serial(), date(), ri(100, 2400),
                                              ch(["RS-1", "TOU-D-PRIME", "E-TOU-C", "EV2-A"]), hashlib.md5(rbytes(8)).hexdigest()))
    return ch(["exports/billing_reads.csv", "data/cis_export.csv"]), "\n".join(rows) + "\n"


@neg_t("scada", "lookalike:historian_tags")
def n_historian_tags():
    rows = ["tag,description,units,point_id,guid"]
    for _ in range(ri(6, 14)):
        sub = ch(["BLKMR", "NTHFD", "KNGSW"])
        q = ch([("MW", "active power", "MW"), ("MVAR", "reactive power", "MVAr"), ("KV", "bus voltage", "kV"),
                ("AMPS", "phase current", "A")])
        rows.append("%s.%s.%s,%s,%s,%d,{%s}" % (sub, ch(["TX1", "TX2", "FDR3", "BUS1"]), q[0], q[1], q[2],
                                               ri(10000, 99999), uuid4().upper()))
    return ch(["scada/pi_tags.csv", "historian/tag_list.csv"]), "\n".join(rows) + "\n"


# ============================================================================= driver
ENV_OK_SUFFIXES = ("example", "sample", "template", "dist")


def is_blocked_env(path):
    base = os.path.basename(path)
    if base == ".env":
        return True
    if base.startswith(".env."):
        return base.split(".")[-1] not in ENV_OK_SUFFIXES
    return False


def filetype(path):
    base = os.path.basename(path)
    if base == "Dockerfile":
        return "dockerfile"
    if base == ".env" or base.startswith(".env."):
        return "env"
    if "." in base.lstrip("."):
        return base.rsplit(".", 1)[1].lower()
    return "text"


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    return full


def schedule(items, n):
    out = []
    while len(out) < n:
        block = list(items)
        R.shuffle(block)
        out.extend(block)
    return out[:n]


def main(argv):
    global R
    if len(argv) != 3:
        sys.stderr.write("usage: gen_fc.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    R = random.Random(seed)
    import shutil
    for sub in ("pos", "neg"):
        if os.path.isdir(os.path.join(outdir, sub)):
            shutil.rmtree(os.path.join(outdir, sub))
    os.makedirs(outdir, exist_ok=True)

    assert len(POS_T) >= 60 and len(NEG_T) + len(POS_T) >= 60
    manifest, secrets = [], []
    n_env = 0

    for i, t in enumerate(schedule(POS_T, 500)):
        S = Slot(True)
        rel, text = t["fn"](S)
        assert S.calls == 1 and S.needle, t["name"]
        needle = S.needle
        lines = text.split("\n")
        line = next(k + 1 for k, l in enumerate(lines) if needle in l)
        if is_blocked_env(rel):
            n_env += 1
        frel = "pos/p%04d/%s" % (i, rel)
        full = write(outdir, frel, text)
        with open(full, encoding="utf-8") as fh:
            written = fh.read().split("\n")
        assert needle in written[line - 1], (t["name"], needle)
        assert all(needle not in l for l in written[:line - 1])
        manifest.append({"file": frel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(rel)})
        secrets.append({"file": frel, "needle": needle, "line": line})
    assert n_env * 20 <= 500, n_env

    tasks = [("tpl", t) for t in schedule(POS_T, 250)] + [("look", t) for t in schedule(NEG_T, 250)]
    R.shuffle(tasks)
    for i, (src, t) in enumerate(tasks):
        if src == "tpl":
            S = Slot(False)
            rel, text = t["fn"](S)
            assert S.calls == 1 and S.needle is None and S.cat, t["name"]
            kind = S.cat
        else:
            rel, text = t["fn"]()
            kind = t["kind"]
        if is_blocked_env(rel):
            rel = os.path.join(os.path.dirname(rel), ".env.example")
        assert not is_blocked_env(rel)
        frel = "neg/n%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "neg", "provider": t["provider"], "kind": kind,
                         "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    print("wrote %d positives, %d negatives (%d positive templates, %d look-alike templates) to %s"
          % (len(secrets), len(manifest) - len(secrets), len(POS_T), len(NEG_T), outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
