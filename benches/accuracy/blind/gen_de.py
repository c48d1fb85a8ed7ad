#!/usr/bin/env python3
"""gen_de.py - blind evaluation-set generator for keyhook (set "de").

EMPHASIS
    Energy, utilities, solar / battery / home-energy and agriculture technology.
    Positives carry one credential of: Enphase Enlighten (v4 API key, OAuth client
    secret, OAuth access token) and the Enphase IQ Gateway/Envoy local JWT;
    SolarEdge monitoring API key; Octopus Energy API key; Tesla Powerwall gateway
    password and Tesla Fleet API client secret; Sense and Emporia passwords and an
    Emporia (Cognito) refresh token; Victron VRM access token; Fronius Solar.web
    AccessKeyValue and GEN24 web-UI password; SMA and Huawei FusionSolar
    (northbound systemCode) passwords; EIA open-data API key; WattTime password;
    Electricity Maps auth-token; OSIsoft PI Web API basic-auth password; Ignition
    gateway DB password; MQTT broker and Modbus-TCP gateway passwords; OpenADR 2.0b
    VEN EC private key and OpenADR 3 VTN client secret; Green Button Connect My
    Data client secret; John Deere Operations Center client secret; Climate
    FieldView API key and client secret; FBN API token; Davis WeatherLink v2 API
    secret (next to its API key); plus the usual project neighbours: AWS secret
    key (with its AKIA id), TimescaleDB/Postgres password, InfluxDB 2 token,
    Grafana service-account token, Home Assistant long-lived token, Telegram bot
    token, GitHub PAT and ESPHome API encryption key.
    File types: Home Assistant configuration.yaml / secrets.yaml / packages,
    AppDaemon apps.yaml, ESPHome yaml, evcc.yaml, Node-RED flows.json, Python,
    Jupyter notebooks, Go, JavaScript, TypeScript, PHP, PowerShell, shell and
    crontab, Telegraf TOML, Grafana provisioning, docker-compose, Dockerfile,
    systemd units, .env, INI, TOML, JSON / appsettings.json / add-on options.json,
    Spring .properties, Kubernetes Secret, GitHub Actions, Ansible group_vars,
    terraform.tfvars, data-logger and Ignition XML exports, CSV site/device
    inventories, Markdown runbooks, mosquitto bridge config and PEM key files.
    About half the positives use an obvious name (SOLAREDGE_API_KEY, vrm_token...),
    the others a neutral one (value, p, blob, site_cfg, tk...), a positional
    constructor argument, a URL query string, a header or a connection URL.

USAGE
    python3 gen_de.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files), OUTDIR/neg/nNNNN/<relpath>
    (500 files), OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Standard library
    only; every random choice comes from random.Random(SEED), so a seed always
    gives byte-identical output. manifest lines carry file, label, provider, kind,
    filetype and (extra) the template name.

NEEDLE CONVENTIONS
    needle = the secret exactly as written in the file (no quotes around it).
    For id/secret pairs (Enphase/Tesla/Deere/FieldView/OpenADR/Green Button
    client_id + client_secret, AWS AKIA id + secret key, WeatherLink api-key +
    api-secret, Fronius AccessKeyId + AccessKeyValue) the needle is the secret
    half only. For passwords the needle is the password alone, also when it sits
    inside a URL (mqtt://user:PASS@..., postgresql://user:PASS@...). For the
    OpenADR VEN private key the needle is the whole PEM block, BEGIN and END lines
    included, joined with "\\n"; "line" is the line of -----BEGIN. Otherwise "line"
    is the 1-based line where the needle first occurs. Passwords in URLs are drawn
    from URL-safe characters so they never need percent-encoding.

NEGATIVES
    Half re-use the positive templates with the secret slot holding: provider
    placeholders (YOUR_SOLAREDGE_API_KEY, sk_live_xxxx..., <client secret>,
    changeme), masked values (********, sk_live_****..., ****ab12), redactions
    ([REDACTED], ***REMOVED***), empty strings, documented example values
    (SolarEdge doc key L4QLVQ1LOKCQX2193VSEICXW61NP6B1O, WeatherLink tutorial
    secret ABC123, Tesla doc "secret-password", AWS EXAMPLEKEY, HA "ABCDEFGH",
    InfluxDB docker example token, Telegram Bot API doc token), secret-manager
    references (vault:, op://, AWS Secrets Manager ARNs, {{ vault_x }},
    file:/run/secrets/x), environment lookups in each language (os.environ,
    process.env, os.Getenv, $env:, ${VAR}, ${{ secrets.X }}) and Home Assistant
    !secret references. Public ids (site ids, client ids, VRM installation ids,
    Fronius AccessKeyId) stay beside them; the AWS id in negatives is always
    AKIAIOSFODNN7EXAMPLE.
    The other half are domain look-alikes: Octopus half-hourly CSV with MPANs and
    meter serials, gas JSON with MPRNs, SolarEdge site/inventory JSON with
    inverter serials, Envoy inventory with microinverter serials, Victron portal
    ids / gateway MACs, Powerwall status with DIN and git hash, HA configs using
    only !secret, secrets.example.yaml, Node-RED flows_cred.json ciphertext and
    settings.js with an adminAuth bcrypt hash, Telegraf with ${ENV} only, Grafana
    dashboard uids, compose secrets: files, systemd LoadCredential=, firmware
    SHA256SUMS, Green Button ESPI feed (UUIDs, readings), OpenADR oadrDistributeEvent
    (VEN id = cert fingerprint), a VEN public certificate, Ignition tag export,
    Modbus register map, PI Web API WebIds, Deere x-deere-signature change token,
    WeatherLink current-conditions JSON, notebooks using getpass/os.environ, i18n
    strings ("Passwort", "Clé API"), README with documented example keys,
    RFC 4231 HMAC test vector, Fronius local Solar API readings, package-lock
    sha512 integrity hashes, ESPHome yaml with !secret, FusionSolar station codes
    and ESNs, .env.example with empty values, GitHub workflow using secrets.*,
    ExternalSecret manifests, mosquitto.conf, masked collector logs, Deere OAuth
    authorization-server URLs.

DOUBTS
    Formats written from memory (not confirmed in provider docs during this run):
    - Enphase v4 API key, client id and client secret as 32 lowercase hex chars;
      Enphase OAuth access tokens and Envoy tokens as JWTs (Envoy: ES256, iss
      "Entrez", aud = gateway serial) - shapes from memory.
    - SolarEdge key as 32 chars [A-Z0-9]; the example key quoted above is recalled
      from the SolarEdge monitoring API PDF, not re-read.
    - Octopus key as "sk_live_" + 24 alphanumerics (the sk_live_ prefix is seen in
      client-library docs; the length is from memory).
    - Tesla Fleet client secret as "ta-secret." + 16 alphanumerics (prefix and
      length from memory). Powerwall gateway passwords are either the last five
      characters of the gateway serial (from memory of Tesla's local-login
      guidance) or a customer-chosen password.
    - Emporia refresh token modelled as an AWS Cognito JWE (5 base64url parts).
    - Victron VRM access token as 64 lowercase hex; Fronius AccessKeyId as
      "FKIA" + 32 hex with a UUID AccessKeyValue; EIA key as 40 alphanumerics;
      Electricity Maps token as 20-32 alphanumerics; WeatherLink v2 key and secret
      as 32 [a-z0-9]; Deere client secret as a 40-char Okta-style secret with a
      "0oa..." client id; Climate FieldView, Green Button, OpenADR 3 secrets as
      40-48 random [A-Za-z0-9_-]; FBN token "fbn_" + 36 chars is INVENTED (no
      public FBN API format found) - treat FBN positives as generic tokens.
    - Grafana "glsa_" + 32 alnum + "_" + 8 hex (crc32) and GitHub "ghp_" + 30 +
      6-char base62 crc32 checksum: the checksum construction is from memory.
    - Telegram token: 8-10 digit bot id + ":AA" + 33 chars (the "AA" start is an
      observation, not a documented rule).
    Labels a reviewer might dispute:
    - 5-character Powerwall gateway passwords and short human passwords are
      labelled positive although they are low-entropy.
    - Fronius AccessKeyId ("FKIA...") and client ids left in negatives are
      treated as public identifiers.
    - Node-RED adminAuth bcrypt hashes and flows_cred.json ciphertext are labelled
      negative (hash / encrypted blob, not a usable credential by itself).
    - Documented example values (SolarEdge doc key, InfluxDB
      "my-super-secret-auth-token", WeatherLink "ABC123") are negative.
    - The WeatherLink v2 API key alone is an identifier per Davis docs; it is only
      ever written next to its secret in positives and is dropped in negatives.
    - OpenADR positives include PEM private keys in a Markdown runbook and
      standalone .key/.pem files; the needle is the full block.

SEARCHES
    search(docs/pages): SolarEdge monitoring API key; Octopus Energy API key
    sk_live; WeatherLink v2 api-key / X-Api-Secret / tutorial example values;
    Fronius Solar.web Query API AccessKeyId/AccessKeyValue (only FAQ/TOC pages
    came back); Victron VRM access token header (X-Authorization: Token);
    Enphase v4 api key / client id / client secret; EIA API v2 api_key; Electricity
    Maps auth-token header; Tesla Fleet API partner tokens (client_secret example
    "secret-password"); John Deere OAuth (App ID + shared secret, x-deere-signature
    example); Powerwall local gateway login. No other secret scanner's rules,
    regexes or detector pages were shown by these searches; none were used.
"""

import base64
import hashlib
import hmac
import json
import os
import string
import sys
import zlib
import random

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEXL = "0123456789abcdef"
HEXU = HEXL.upper()
B32 = UP + "234567"
B62 = DG + UP + LO


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def b64(b):
    return base64.b64encode(b).decode()


def uuid4(r):
    h = rs(r, HEXL, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def ident(words, style):
    ws = [w for w in words if w]
    if style == "snake":
        return "_".join(w.lower() for w in ws)
    if style == "screaming":
        return "_".join(w.upper() for w in ws)
    if style == "kebab":
        return "-".join(w.lower() for w in ws)
    if style == "pascal":
        return "".join(w[:1].upper() + w[1:].lower() for w in ws)
    # camel
    return ws[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in ws[1:])


def ts(r):
    # a plausible unix timestamp in 2023-2025 (fixed by rng, never the clock)
    return 1672531200 + r.randrange(0, 3 * 365 * 86400)


def isodate(r):
    y = r.choice([2023, 2024, 2025])
    return "%04d-%02d-%02d" % (y, r.randint(1, 12), r.randint(1, 28))


def isotime(r):
    return "%sT%02d:%02d:00Z" % (isodate(r), r.randint(0, 23), r.choice([0, 15, 30, 45]))


def jwt(r, payload, alg="HS256", kid=None):
    header = {"alg": alg, "typ": "JWT"}
    if kid:
        header["kid"] = kid
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    if alg.startswith("HS"):
        sig = hmac.new(rbytes(r, 32), (h + "." + p).encode(), hashlib.sha256).digest()
    elif alg.startswith("ES"):
        sig = rbytes(r, 64)
    else:
        sig = rbytes(r, 256)
    return h + "." + p + "." + b64u(sig)


def base62(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


# ---------------------------------------------------------------------------
# realistic human passwords
# ---------------------------------------------------------------------------
PW_WORDS = [
    "Sunflower", "Harvest", "Tractor", "Combine", "Orchard", "Battery", "Meadow",
    "Barley", "Walnut", "Granite", "Falcon", "Juniper", "Copper", "Willow", "Maple",
    "Thunder", "Prairie", "Canyon", "Cobalt", "Voltage", "Pasture", "Tundra", "Hazel",
    "Otter", "Heron", "Alfalfa", "Sorghum", "Kestrel", "Bramble", "Cedar", "Ridge",
    "Gopher", "Puffin", "Lantern", "Windmill", "Silage", "Dynamo", "Amber", "Quartz",
    "Badger", "Clover", "Mustang", "Pinecone", "Rooster", "Saffron", "Turbine",
]
PW_LOWER = ["river", "tractor", "solar", "pump", "grain", "storm", "paddock", "valve",
            "ember", "brick", "onion", "lemon", "copper", "otter", "frost", "wagon",
            "kettle", "meadow", "spruce", "hollow", "raven", "tulip", "canal", "mango"]
PW_SYM = "!*-_.+@"


def human_password(r, urlsafe=False):
    sym = "-_." if urlsafe else PW_SYM
    style = r.randrange(6)
    if style == 0:
        pw = pick(r, PW_WORDS) + str(r.randint(10, 9999)) + r.choice(sym)
    elif style == 1:
        pw = pick(r, PW_WORDS) + r.choice(sym) + pick(r, PW_WORDS) + str(r.randint(1, 99))
    elif style == 2:
        w = pick(r, PW_WORDS)
        w = w.replace("o", "0").replace("a", "@" if not urlsafe else "4").replace("e", "3")
        pw = w + str(r.randint(1970, 2025)) + r.choice(sym)
    elif style == 3:
        pw = "-".join(r.sample(PW_LOWER, 3)) + "-" + str(r.randint(1, 99))
    elif style == 4:
        pw = rs(r, AN, r.randint(14, 22))
    else:
        pw = rs(r, AN + sym, r.randint(12, 18))
        if not any(c in sym for c in pw):
            pw += r.choice(sym)
    return pw


# ---------------------------------------------------------------------------
# credential generators: each returns (needle, public_companion_or_None)
# ---------------------------------------------------------------------------
def g_enphase_api_key(r):
    return rs(r, HEXL, 32), None


def g_enphase_client_secret(r):
    return rs(r, HEXL, 32), ("client_id", rs(r, HEXL, 32))


def g_enphase_envoy_token(r):
    t = ts(r)
    serial = "1221" + rs(r, DG, 8)
    tok = jwt(r, {"aud": serial, "iss": "Entrez", "enphaseUser": "owner",
                  "exp": t + 365 * 86400, "iat": t, "jti": uuid4(r),
                  "username": pick(r, ["dana", "m.keller", "solar.ops", "jp"]) + "@" +
                  pick(r, ["gmail.com", "outlook.com", "fastmail.com", "example-farm.net"])},
              alg="ES256")
    return tok, ("envoy_serial", serial)


def g_enphase_oauth_token(r):
    t = ts(r)
    tok = jwt(r, {"aud": ["oauth2-resource"], "app_type": "partner",
                  "user_name": "installer@" + pick(r, ["sunreach.io", "brightpv.com"]),
                  "enl_uid": str(r.randint(100000, 9999999)), "enl_cid": str(r.randint(1000, 99999)),
                  "scope": ["read", "write"], "exp": t + 86400,
                  "authorities": ["ROLE_USER"], "jti": uuid4(r), "client_id": rs(r, HEXL, 32)},
              alg="RS256")
    return tok, None


def g_solaredge(r):
    return rs(r, UP + DG, 32), ("site_id", str(r.randint(1000000, 4999999)))


def g_octopus(r):
    return "sk_live_" + rs(r, AN, 24), ("account", "A-" + rs(r, HEXU, 8))


def g_tesla_gw_pw(r):
    if r.random() < 0.4:
        return rs(r, UP + DG, 5), ("gateway_serial", "TG12" + rs(r, DG, 7) + rs(r, UP, 3))
    return human_password(r), ("gateway_serial", "TG12" + rs(r, DG, 7) + rs(r, UP, 3))


def g_tesla_fleet_secret(r):
    return "ta-secret." + rs(r, AN, 16), ("client_id", uuid4(r))


def g_password(r):
    return human_password(r), None


def g_password_urlsafe(r):
    return human_password(r, urlsafe=True), None


def g_emporia_refresh(r):
    # Cognito-style JWE refresh token (5 dot-separated base64url parts)
    hdr = b64u(b'{"cty":"JWT","enc":"A256GCM","alg":"RSA-OAEP"}')
    tok = ".".join([hdr, b64u(rbytes(r, 256)), b64u(rbytes(r, 12)),
                    b64u(rbytes(r, r.randint(1200, 1500))), b64u(rbytes(r, 16))])
    return tok, None


def g_victron(r):
    return rs(r, HEXL, 64), ("installation_id", str(r.randint(100000, 499999)))


def g_fronius(r):
    return uuid4(r), ("access_key_id", "FKIA" + rs(r, HEXU, 32))


def g_eia(r):
    return rs(r, AN, 40), None


def g_emaps(r):
    return rs(r, AN, r.choice([20, 24, 32])), None


def g_random_secret(r, n=40, alpha=AN + "-_"):
    return rs(r, alpha, n)


def g_openadr3_secret(r):
    return rs(r, AN + "-_", 43), ("client_id", "ven-" + rs(r, LO + DG, 10))


def g_greenbutton(r):
    return rs(r, AN, 40), ("client_id", "third_party_" + rs(r, DG, 6))


def g_deere(r):
    return rs(r, AN + "-_", 40), ("client_id", "0oa" + rs(r, AN, 17))


def g_fieldview_key(r):
    return rs(r, AN, 40), None


def g_fieldview_secret(r):
    return rs(r, AN + "-_", 48), ("client_id", "partner-" + rs(r, LO, 6) + "-" + rs(r, HEXL, 8))


def g_fbn(r):
    return "fbn_" + rs(r, AN, 36), None


def g_weatherlink(r):
    return rs(r, LO + DG, 32), ("api_key", rs(r, LO + DG, 32))


def g_aws(r):
    return rs(r, AN + "/+", 40), ("access_key_id", "AKIA" + rs(r, B32, 16))


def g_influx(r):
    return b64u(rbytes(r, 64)) + "==", None


def g_grafana_sa(r):
    body = rs(r, AN, 32)
    return "glsa_" + body + "_" + "%08x" % (zlib.crc32(body.encode()) & 0xffffffff), None


def g_ha_llat(r):
    t = ts(r)
    return jwt(r, {"iss": rs(r, HEXL, 32), "iat": t, "exp": t + 315360000}), None


def g_telegram(r):
    return str(r.randint(100000000, 7999999999)) + ":AA" + rs(r, AN + "-_", 33), None


def g_github(r):
    body = rs(r, AN, 30)
    return "ghp_" + body + base62(zlib.crc32(body.encode()) & 0xffffffff, 6), None


def g_esphome_key(r):
    return b64(rbytes(r, 32)), None


def der_len(n):
    return bytes([n]) if n < 128 else bytes([0x81, n])


def g_ec_pem(r):
    der = (bytes.fromhex("30770201010420") + rbytes(r, 32) +
           bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rbytes(r, 64))
    body = b64(der)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END EC PRIVATE KEY-----", None


def g_mqtt_pw(r):
    if r.random() < 0.4:
        return rs(r, AN, r.choice([20, 24, 32])), None
    return human_password(r, urlsafe=True), None


# ---------------------------------------------------------------------------
# credential specs
#   tr (transport): ("query", param) | ("header", name, prefix) | ("form", field)
#                   | ("basic",) | ("login", userfield, pwfield) | ("url", fmt)
#                   | ("pem",) | ("tgpath",) | ("aws",)
# ---------------------------------------------------------------------------
def u_email(r):
    return (pick(r, ["dana", "mkeller", "ops", "j.ortega", "farmoffice", "pv.admin", "lena", "tomasz"]) + "@" +
            pick(r, ["gmail.com", "outlook.com", "hollowcreekfarm.com", "gridlab.io", "proton.me", "example-coop.org"]))


def u_fixed(*names):
    return lambda r: pick(r, list(names))


SPECS = [
    # ---- solar / battery / home energy
    dict(prov="enphase", kind="api_key", gen=g_enphase_api_key, shape="token", label="Enphase Enlighten",
         env="ENPHASE_API_KEY", words=["enphase", "api", "key"], host="https://api.enphaseenergy.com",
         path="/api/v4/systems/{sid}/summary", tr=("query", "key"), w=14,
         ph=["your_enphase_api_key", "<ENPHASE_API_KEY>", "0000000000000000000000000000000"], mpre=""),
    dict(prov="enphase", kind="client_secret", gen=g_enphase_client_secret, shape="token", label="Enphase Enlighten",
         env="ENPHASE_CLIENT_SECRET", words=["enphase", "client", "secret"], host="https://api.enphaseenergy.com",
         path="/oauth/token", tr=("form", "client_secret"), w=10, ph=["<client secret>", "ENPHASE_CLIENT_SECRET_HERE"], mpre=""),
    dict(prov="enphase", kind="access_token", gen=g_enphase_envoy_token, shape="token", label="Enphase IQ Gateway",
         env="ENVOY_TOKEN", words=["envoy", "token"], host="https://envoy.local",
         path="/ivp/meters/readings", tr=("header", "Authorization", "Bearer "), w=12,
         ph=["<paste token from entrez.enphaseenergy.com>", "YOUR_ENVOY_JWT"], mpre="eyJ"),
    dict(prov="enphase", kind="access_token", gen=g_enphase_oauth_token, shape="token", label="Enphase Enlighten",
         env="ENPHASE_ACCESS_TOKEN", words=["enlighten", "access", "token"], host="https://api.enphaseenergy.com",
         path="/api/v4/systems", tr=("header", "Authorization", "Bearer "), w=5, ph=["<access_token>"], mpre="eyJ"),
    dict(prov="solaredge", kind="api_key", gen=g_solaredge, shape="token", label="SolarEdge",
         env="SOLAREDGE_API_KEY", words=["solaredge", "api", "key"], host="https://monitoringapi.solaredge.com",
         path="/site/{sid}/overview", tr=("query", "api_key"), w=22,
         ph=["YOUR_SOLAREDGE_API_KEY", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<api key from Admin > Site Access>"],
         ex=["L4QLVQ1LOKCQX2193VSEICXW61NP6B1O"], mpre=""),
    dict(prov="octopus", kind="api_key", gen=g_octopus, shape="token", label="Octopus Energy",
         env="OCTOPUS_API_KEY", words=["octopus", "api", "key"], host="https://api.octopus.energy",
         path="/v1/accounts/{acct}/", tr=("basic_key",), w=22,
         ph=["sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "sk_live_...", "your-octopus-api-key"], mpre="sk_live_"),
    dict(prov="tesla", kind="password", gen=g_tesla_gw_pw, shape="password", label="Tesla Powerwall gateway",
         env="POWERWALL_PASSWORD", words=["powerwall", "password"], user=u_fixed("customer"),
         host="https://192.168.91.1", path="/api/login/Basic", tr=("login", "username", "password"), w=16,
         ph=["<last 5 chars of gateway serial>", "changeme", "PASSWORD"], mpre=""),
    dict(prov="tesla", kind="client_secret", gen=g_tesla_fleet_secret, shape="token", label="Tesla Fleet API",
         env="TESLA_CLIENT_SECRET", words=["tesla", "client", "secret"], host="https://auth.tesla.com",
         path="/oauth2/v3/token", tr=("form", "client_secret"), w=8, ph=["ta-secret.XXXXXXXX", "<client_secret>"],
         ex=["secret-password"], mpre="ta-secret."),
    dict(prov="sense", kind="password", gen=g_password, shape="password", label="Sense", env="SENSE_PASSWORD",
         words=["sense", "password"], user=u_email, host="https://api.sense.com", path="/apiservice/api/v1/authenticate",
         tr=("login", "email", "password"), w=10, ph=["your_sense_password", "********"], mpre=""),
    dict(prov="emporia", kind="password", gen=g_password, shape="password", label="Emporia Vue", env="EMPORIA_PASSWORD",
         words=["emporia", "password"], user=u_email, host="https://api.emporiaenergy.com", path="/customers",
         tr=("login", "username", "password"), w=8, ph=["<emporia password>", "hunter2hunter2"], mpre=""),
    dict(prov="emporia", kind="refresh_token", gen=g_emporia_refresh, shape="token", label="Emporia Vue",
         env="EMPORIA_REFRESH_TOKEN", words=["emporia", "refresh", "token"], host="https://api.emporiaenergy.com",
         path="/customers/devices", tr=("header", "authtoken", ""), w=5, ph=["<refresh_token>"], mpre="eyJ"),
    dict(prov="victron", kind="access_token", gen=g_victron, shape="token", label="Victron VRM", env="VRM_TOKEN",
         words=["vrm", "access", "token"], host="https://vrmapi.victronenergy.com", path="/v2/installations/{sid}/stats",
         tr=("header", "X-Authorization", "Token "), w=16, ph=["your-token-here", "<VRM personal access token>"], mpre=""),
    dict(prov="fronius", kind="api_secret", gen=g_fronius, shape="token", label="Fronius Solar.web",
         env="SOLARWEB_ACCESS_KEY_VALUE", words=["access", "key", "value"], host="https://api.solarweb.com",
         path="/swqapi/pvsystems", tr=("header", "AccessKeyValue", ""), w=12,
         ph=["00000000-0000-0000-0000-000000000000", "<AccessKeyValue>"], mpre=""),
    dict(prov="fronius", kind="password", gen=g_password, shape="password", label="Fronius GEN24 web UI",
         env="FRONIUS_PASSWORD", words=["fronius", "password"], user=u_fixed("customer", "technician"),
         host="http://fronius-gen24.lan", path="/api/commands/Login", tr=("basic",), w=5, ph=["<customer password>"], mpre=""),
    dict(prov="sma", kind="password", gen=g_password, shape="password", label="SMA Sunny Portal / inverter",
         env="SMA_PASSWORD", words=["sma", "password"], user=u_fixed("usr", "istl", "admin"),
         host="https://sma-sb50.lan", path="/dyn/login.json", tr=("login", "right", "pass"), w=10,
         ph=["0000", "<user group password>"], mpre=""),
    dict(prov="huawei_fusionsolar", kind="password", gen=g_password, shape="password", label="Huawei FusionSolar",
         env="FUSIONSOLAR_SYSTEM_CODE", words=["fusionsolar", "system", "code"], user=u_fixed("northbound_api", "api_pvfarm", "nb_user01"),
         host="https://eu5.fusionsolar.huawei.com", path="/thirdData/login", tr=("login", "userName", "systemCode"), w=10,
         ph=["<systemCode>", "YOUR_SYSTEM_CODE"], mpre=""),
    # ---- grid data / emissions
    dict(prov="eia", kind="api_key", gen=g_eia, shape="token", label="EIA Open Data", env="EIA_API_KEY",
         words=["eia", "api", "key"], host="https://api.eia.gov", path="/v2/electricity/rto/region-data/data/",
         tr=("query", "api_key"), w=14, ph=["YOUR_API_KEY", "DEMO_KEY_REPLACE"], mpre=""),
    dict(prov="watttime", kind="password", gen=g_password, shape="password", label="WattTime", env="WATTTIME_PASSWORD",
         words=["watttime", "password"], user=u_fixed("gridflex", "carbon_aware_ci", "mkeller"),
         host="https://api.watttime.org", path="/login", tr=("basic",), w=8, ph=["<password>"], mpre=""),
    dict(prov="electricitymaps", kind="api_key", gen=g_emaps, shape="token", label="Electricity Maps",
         env="ELECTRICITYMAPS_TOKEN", words=["electricitymaps", "token"], host="https://api.electricitymap.org",
         path="/v3/carbon-intensity/latest?zone=DE", tr=("header", "auth-token", ""), w=12,
         ph=["MY-API-TOKEN", "your-api-token"], mpre=""),
    # ---- industrial / SCADA / grid edge
    dict(prov="osisoft_pi", kind="password", gen=g_password, shape="password", label="PI Web API", env="PIWEBAPI_PASSWORD",
         words=["pi", "password"], user=u_fixed("CORP\\svc_piwebapi", "ENERGY\\pi_reader", "svc-historian"),
         host="https://pi.corp.local", path="/piwebapi/streams", tr=("basic",), w=10, ph=["<domain password>"], mpre=""),
    dict(prov="ignition", kind="password", gen=g_password_urlsafe, shape="password", label="Ignition gateway DB",
         env="IGNITION_DB_PASSWORD", words=["ignition", "db", "password"], user=u_fixed("ignition", "scada_hist", "ign_rw"),
         host="jdbc:postgresql://historian.plant.local:5432/ignition", path="", tr=("url", "jdbc:postgresql://{user}:{pw}@historian.plant.local:5432/ignition"), w=10,
         ph=["password", "<db password>"], mpre=""),
    dict(prov="mqtt", kind="password", gen=g_mqtt_pw, shape="password", label="MQTT broker", env="MQTT_PASSWORD",
         words=["mqtt", "password"], user=u_fixed("homeassistant", "telegraf", "nodered", "venus", "modbus2mqtt"),
         host="mqtt://mqtt.home.arpa:1883", path="", tr=("url", "mqtt://{user}:{pw}@mqtt.home.arpa:1883"), w=18, ph=["changeme", "<broker password>"], mpre=""),
    dict(prov="modbus_gateway", kind="password", gen=g_password, shape="password", label="Modbus TCP gateway web UI",
         env="GATEWAY_PASSWORD", words=["gateway", "password"], user=u_fixed("admin", "root"),
         host="http://10.20.0.15", path="/cgi-bin/status.cgi", tr=("basic",), w=8, ph=["admin", "<password>"], mpre=""),
    dict(prov="openadr", kind="private_key", gen=g_ec_pem, shape="pem", label="OpenADR 2.0b VEN", env="VEN_KEY",
         words=["ven", "key"], host="https://vtn.utility.example", path="", tr=("pem",), w=8, ph=[], mpre=""),
    dict(prov="openadr", kind="client_secret", gen=g_openadr3_secret, shape="token", label="OpenADR 3 VTN",
         env="VTN_CLIENT_SECRET", words=["vtn", "client", "secret"], host="https://vtn.dr-pilot.net",
         path="/openadr3/3.0.1/auth/token", tr=("form", "client_secret"), w=8, ph=["<client_secret>"], mpre=""),
    dict(prov="greenbutton", kind="client_secret", gen=g_greenbutton, shape="token", label="Green Button Connect My Data",
         env="GREENBUTTON_CLIENT_SECRET", words=["green", "button", "client", "secret"], host="https://greenbutton.utility.example",
         path="/DataCustodian/oauth/token", tr=("form", "client_secret"), w=8, ph=["<client secret>"], mpre=""),
    # ---- agriculture
    dict(prov="john_deere", kind="client_secret", gen=g_deere, shape="token", label="John Deere Operations Center",
         env="DEERE_CLIENT_SECRET", words=["deere", "client", "secret"],
         host="https://signin.johndeere.com", path="/oauth2/aus78tnlaysMraFhC1t7/v1/token",
         tr=("form", "client_secret"), w=14, ph=["<shared secret>", "YOUR_APP_SECRET"], mpre=""),
    dict(prov="climate_fieldview", kind="api_key", gen=g_fieldview_key, shape="token", label="Climate FieldView",
         env="FIELDVIEW_API_KEY", words=["fieldview", "api", "key"], host="https://platform.climate.com",
         path="/v4/fields", tr=("header", "x-api-key", ""), w=8, ph=["<x-api-key>"], mpre=""),
    dict(prov="climate_fieldview", kind="client_secret", gen=g_fieldview_secret, shape="token", label="Climate FieldView",
         env="FIELDVIEW_CLIENT_SECRET", words=["fieldview", "client", "secret"], host="https://api.climate.com",
         path="/api/oauth/token", tr=("form", "client_secret"), w=6, ph=["<client_secret>"], mpre=""),
    dict(prov="fbn", kind="api_token", gen=g_fbn, shape="token", label="Farmers Business Network", env="FBN_API_TOKEN",
         words=["fbn", "token"], host="https://api.fbn.com", path="/v1/fields", tr=("header", "Authorization", "Bearer "),
         w=5, ph=["<token>"], mpre="fbn_"),
    dict(prov="davis_weatherlink", kind="api_secret", gen=g_weatherlink, shape="token", label="Davis WeatherLink v2",
         env="WEATHERLINK_API_SECRET", words=["weatherlink", "api", "secret"], host="https://api.weatherlink.com",
         path="/v2/current/{sid}", tr=("header", "X-Api-Secret", ""), w=16, ph=["YOUR_API_SECRET"], ex=["ABC123"], mpre=""),
    # ---- common cloud / db / home automation
    dict(prov="aws", kind="secret_access_key", gen=g_aws, shape="token", label="AWS", env="AWS_SECRET_ACCESS_KEY",
         words=["aws", "secret", "access", "key"], host="https://s3.amazonaws.com", path="", tr=("aws",), w=10,
         ph=["<aws secret>"], ex=["wJalrXUtnFI/K7MDENG/bPxRfiCYEXAMPLEKEY"], mpre=""),
    dict(prov="postgres", kind="password", gen=g_password_urlsafe, shape="password", label="TimescaleDB", env="PGPASSWORD",
         words=["db", "password"], user=u_fixed("energy", "meter_ingest", "postgres", "grafana_ro"),
         host="postgresql://timescale.internal:5432/energy", path="", tr=("url", "postgresql://{user}:{pw}@timescale.internal:5432/energy"), w=12,
         ph=["postgres", "<password>"], mpre=""),
    dict(prov="influxdb", kind="api_token", gen=g_influx, shape="token", label="InfluxDB", env="INFLUX_TOKEN",
         words=["influx", "token"], host="http://influxdb:8086", path="/api/v2/write?org=home&bucket=energy",
         tr=("header", "Authorization", "Token "), w=14, ph=["my-token", "<INFLUX_TOKEN>"], ex=["my-super-secret-auth-token"], mpre=""),
    dict(prov="grafana", kind="service_account_token", gen=g_grafana_sa, shape="token", label="Grafana", env="GRAFANA_TOKEN",
         words=["grafana", "token"], host="https://grafana.home.arpa", path="/api/dashboards/db",
         tr=("header", "Authorization", "Bearer "), w=8, ph=["glsa_<token>"], mpre="glsa_"),
    dict(prov="home_assistant", kind="access_token", gen=g_ha_llat, shape="token", label="Home Assistant", env="HA_TOKEN",
         words=["ha", "token"], host="http://homeassistant.local:8123", path="/api/states/sensor.grid_power",
         tr=("header", "Authorization", "Bearer "), w=14, ph=["<long-lived access token>"], ex=["ABCDEFGH"], mpre="eyJ"),
    dict(prov="telegram", kind="bot_token", gen=g_telegram, shape="token", label="Telegram bot", env="TELEGRAM_BOT_TOKEN",
         words=["telegram", "bot", "token"], host="https://api.telegram.org", path="", tr=("tgpath",), w=8,
         ph=["<bot token>"], ex=["123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"], mpre=""),
    dict(prov="github", kind="personal_access_token", gen=g_github, shape="token", label="GitHub", env="GH_TOKEN",
         words=["github", "token"], host="https://api.github.com", path="/repos/gridlab/pv-forecast/dispatches",
         tr=("header", "Authorization", "token "), w=5, ph=["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"], mpre="ghp_"),
    dict(prov="esphome", kind="encryption_key", gen=g_esphome_key, shape="token", label="ESPHome native API",
         env="ESPHOME_API_KEY", words=["api", "encryption", "key"], host="http://barn-meter.local", path="", tr=("header", "X-Noise-Psk", ""),
         w=6, ph=["<32-byte base64 key>"], mpre=""),
]
SPEC_BY_ID = {}
for _i, _s in enumerate(SPECS):
    _s["id"] = _i
    _s.setdefault("ex", [])


# ---------------------------------------------------------------------------
# the value placed in the secret slot, and how each file format writes it
# ---------------------------------------------------------------------------
NEUTRAL = [["value"], ["param"], ["p"], ["arg2"], ["code"], ["tk"], ["blob"], ["ident"], ["s"], ["opt"],
           ["site", "cfg"], ["x"], ["hdr", "value"], ["conn", "b"], ["word"], ["data"], ["v"], ["magic"],
           ["auth"], ["cred"], ["key"], ["token"], ["k2"], ["extra"], ["ref"], ["api"], ["b"]]
SAFE_BARE = set(AN + "_.-/+=")
EXPR_LANGS = ("py", "js", "go", "java", "ps1", "cs", "php")


class Cred(object):
    """Everything a template needs: the spec, the slot value, ids, naming."""

    def __init__(self, r, spec, v, secret=None, pub=None, obvious=True):
        self.r = r
        self.spec = spec
        self.v = v                     # {"t": "lit"|"env"|"ref", ...}
        self.secret = secret           # real needle (positives only)
        self.pub = pub                 # (label, value) public companion or None
        self.obvious = obvious
        self.neutral = pick(r, NEUTRAL)
        self.user = spec["user"](r) if "user" in spec else None
        self.sid = str(r.randint(100000, 4999999))
        if pub and pub[0] in ("site_id", "installation_id", "account"):
            self.sid = pub[1]

    # -- naming -------------------------------------------------------------
    def words(self):
        return self.spec["words"] if self.obvious else self.neutral

    def nm(self, style):
        return ident(self.words(), style)

    def pubnm(self, style):
        return ident(self.pub[0].split("_"), style) if self.pub else None

    @property
    def env(self):
        return self.spec["env"]

    @property
    def is_lit(self):
        return self.v["t"] == "lit"

    def url(self):
        return self.spec["host"] + self.spec["path"].replace("{sid}", self.sid).replace("{acct}", self.sid)

    # -- rendering ------------------------------------------------------------
    def code(self, lang, q='"'):
        """An expression in a programming language."""
        v = self.v
        if v["t"] == "lit":
            s = v["s"]
            if lang == "go" and q == "`":
                return "`" + s + "`"
            single = lang == "php" or (lang in ("py", "js", "ps1") and q == "'")
            if "'" in s and lang in ("py", "js", "php", "ps1"):
                single = False
            if '"' in s and lang in ("py", "js", "php", "ps1"):
                single = True
            if single:
                return "'" + s + "'"
            return '"' + s + '"'
        n = self.env
        return {"py": 'os.environ["%s"]' % n if hash_free_choice(self.r) else 'os.getenv("%s")' % n,
                "js": "process.env.%s" % n, "go": 'os.Getenv("%s")' % n, "java": 'System.getenv("%s")' % n,
                "ps1": "$env:%s" % n, "cs": 'Environment.GetEnvironmentVariable("%s")' % n,
                "php": "getenv('%s')" % n}[lang]

    def dv(self, flavor, q=None):
        """A value in a data/config format; q: None=auto, '', "'", '"'."""
        v = self.v
        if v["t"] == "ref":
            if flavor == "yaml_ha":
                return "!secret " + v["name"]
            v = {"t": "env", "name": self.env}
        if v["t"] == "env":
            n = self.env
            if flavor == "yaml_gha":
                return "${{ secrets.%s }}" % n
            if flavor in ("yaml", "yaml_ha", "toml", "json", "props"):
                return '"${%s}"' % n if flavor in ("toml", "json") else "${%s}" % n
            if flavor == "sh":
                return '"${%s}"' % n
            return "${%s}" % n
        s = v["s"]
        if flavor in ("toml", "json"):
            return '"' + s + '"'
        if flavor in ("yaml", "yaml_ha", "yaml_gha"):
            if q is None:
                q = "" if (s and all(c in SAFE_BARE for c in s) and not s[0] in "-" and not s.isdigit()) else '"'
                if q == "" and self.r.random() < 0.4:
                    q = pick(self.r, ["'", '"'])
            if q == "" and not (s and all(c in SAFE_BARE for c in s) and not s.isdigit()):
                q = '"'
            return q + s + q
        if flavor == "env":
            if q is None:
                q = "" if all(c in SAFE_BARE for c in s) else '"'
            return q + s + q
        if flavor == "xml":
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if flavor == "sh":
            return (q if q is not None else '"') + s + (q if q is not None else '"')
        return s

    def inl(self, flavor="sh"):
        """The value embedded inside a longer string (URL, header line)."""
        if self.v["t"] == "lit":
            return self.v["s"]
        if flavor in ("sh", "md"):
            return "${%s}" % self.env
        if flavor == "jstpl":
            return "${process.env.%s}" % self.env
        if flavor == "pyf":
            return "{os.environ['%s']}" % self.env
        return "${%s}" % self.env


def hash_free_choice(r):
    return r.random() < 0.5


# ---------------------------------------------------------------------------
# how each language sends the credential (transport)
# ---------------------------------------------------------------------------
def pub_extra(c):
    """(kind, name) of where the public companion travels, if anywhere."""
    if not c.pub:
        return None
    p = c.spec["prov"]
    if p == "davis_weatherlink":
        return ("query", "api-key")
    if p == "fronius":
        return ("header", "AccessKeyId")
    if c.spec["tr"][0] == "form":
        return ("form", "client_id")
    return None


def py_use(c, var, pv=None, sess="requests"):
    tr = c.spec["tr"]
    t = tr[0]
    url = c.url()
    pe = pub_extra(c)
    if t == "query":
        params = '"%s": %s' % (tr[1], var)
        if c.spec["prov"] == "enphase":
            params += ', "size": 100'
        return ['resp = %s.get("%s", params={%s}, timeout=20)' % (sess, url, params), "resp.raise_for_status()",
                "data = resp.json()"]
    if t == "header":
        hv = ('"%s" + %s' % (tr[2], var)) if tr[2] else var
        hdr = '"%s": %s' % (tr[1], hv)
        params = ""
        if pe and pe[0] == "header":
            hdr = '"%s": %s, ' % (pe[1], pv) + hdr
        if pe and pe[0] == "query":
            params = ', params={"%s": %s, "t": int(time.time())}' % (pe[1], pv)
        verify = ", verify=False" if "envoy.local" in url else ""
        return ["headers = {%s, \"Accept\": \"application/json\"}" % hdr,
                'resp = %s.get("%s", headers=headers%s%s, timeout=20)' % (sess, url, params, verify),
                "resp.raise_for_status()", "data = resp.json()"]
    if t == "form":
        cid = pv if pv else '"%s"' % ("app-" + rs(c.r, LO + DG, 8))
        return ["payload = {", '    "grant_type": "client_credentials",', '    "client_id": %s,' % cid,
                '    "client_secret": %s,' % var, "}",
                'tok = %s.post("%s", data=payload, timeout=20).json()["access_token"]' % (sess, url)]
    if t == "basic_key":
        return ['resp = %s.get("%s", auth=(%s, ""), timeout=20)' % (sess, url, var), "data = resp.json()"]
    if t == "basic":
        return ['resp = %s.get("%s", auth=("%s", %s), timeout=20)' % (sess, url, c.user.replace("\\", "\\\\"), var),
                "data = resp.json()"]
    if t == "login":
        return ['resp = %s.post("%s", json={"%s": "%s", "%s": %s}, timeout=20%s)' % (
            sess, url, tr[1], c.user, tr[2], var, ", verify=False" if url.startswith("https://192.") else ""),
            "resp.raise_for_status()", "token = resp.json().get(\"token\")"]
    if t == "url":
        if c.spec["prov"] == "mqtt":
            return ['client = mqtt.Client(client_id="energy-bridge")', 'client.username_pw_set("%s", %s)' % (c.user, var),
                    'client.connect("mqtt.home.arpa", 1883, keepalive=60)']
        return ['conn = psycopg2.connect(host="timescale.internal", dbname="energy", user="%s", password=%s)' % (c.user, var)]
    if t == "tgpath":
        return ['requests.post(f"https://api.telegram.org/bot{%s}/sendMessage",' % var,
                '              json={"chat_id": CHAT_ID, "text": msg}, timeout=10)']
    if t == "aws":
        return ['s3 = boto3.client("s3", region_name="eu-west-1",', '                  aws_access_key_id=%s,' % pv,
                '                  aws_secret_access_key=%s)' % var]
    raise ValueError(t)


def js_use(c, var, pv=None):
    tr = c.spec["tr"]
    t = tr[0]
    url = c.url()
    pe = pub_extra(c)
    if t == "query":
        return ["  const url = new URL('%s');" % url, "  url.searchParams.set('%s', %s);" % (tr[1], var),
                "  const res = await fetch(url);", "  return res.json();"]
    if t == "header":
        hv = ("`%s${%s}`" % (tr[2], var)) if tr[2] else var
        lines = ["  const headers = { '%s': %s };" % (tr[1], hv)]
        if pe and pe[0] == "header":
            lines.append("  headers['%s'] = %s;" % (pe[1], pv))
        u = "'%s'" % url
        if pe and pe[0] == "query":
            u = "`%s?%s=${%s}&t=${Math.floor(Date.now() / 1000)}`" % (url, pe[1], pv)
        return lines + ["  const res = await fetch(%s, { headers });" % u, "  return res.json();"]
    if t == "form":
        cid = pv if pv else "'%s'" % ("app-" + rs(c.r, LO + DG, 8))
        return ["  const body = new URLSearchParams({", "    grant_type: 'client_credentials',",
                "    client_id: %s," % cid, "    client_secret: %s," % var, "  });",
                "  const res = await fetch('%s', { method: 'POST', body });" % url,
                "  return (await res.json()).access_token;"]
    if t in ("basic", "basic_key"):
        pair = ("`${%s}:`" % var) if t == "basic_key" else ("`%s:${%s}`" % (c.user.replace("\\", "\\\\"), var))
        return ["  const auth = Buffer.from(%s).toString('base64');" % pair,
                "  const res = await fetch('%s', { headers: { Authorization: `Basic ${auth}` } });" % url,
                "  return res.json();"]
    if t == "login":
        return ["  const res = await fetch('%s', {" % url, "    method: 'POST',",
                "    headers: { 'Content-Type': 'application/json' },",
                "    body: JSON.stringify({ %s: '%s', %s: %s }),"
                % (tr[1], c.user, tr[2], var), "  });", "  return (await res.json()).token;"]
    if t == "url":
        if c.spec["prov"] == "mqtt":
            return ["  const client = mqtt.connect('mqtt://mqtt.home.arpa:1883', {",
                    "    username: '%s'," % c.user, "    password: %s," % var, "  });", "  return client;"]
        return ["  const pool = new Pool({ host: 'timescale.internal', user: '%s', password: %s, database: 'energy' });"
                % (c.user, var), "  return pool;"]
    if t == "tgpath":
        return ["  const res = await fetch(`https://api.telegram.org/bot${%s}/sendMessage`, {" % var,
                "    method: 'POST', headers: { 'Content-Type': 'application/json' },",
                "    body: JSON.stringify({ chat_id: CHAT_ID, text }),", "  });", "  return res.ok;"]
    if t == "aws":
        return ["  return new S3Client({", "    region: 'eu-west-1',",
                "    credentials: { accessKeyId: %s, secretAccessKey: %s }," % (pv, var), "  });"]
    raise ValueError(t)


def go_use(c, var, pv=None):
    tr = c.spec["tr"]
    t = tr[0]
    url = c.url()
    pe = pub_extra(c)
    if t == "query":
        return ['\treq, _ := http.NewRequest("GET", "%s", nil)' % url, "\tq := req.URL.Query()",
                '\tq.Set("%s", %s)' % (tr[1], var), "\treq.URL.RawQuery = q.Encode()"]
    if t == "header":
        hv = ('"%s"+%s' % (tr[2], var)) if tr[2] else var
        lines = ['\treq, _ := http.NewRequest("GET", "%s", nil)' % url, '\treq.Header.Set("%s", %s)' % (tr[1], hv)]
        if pe and pe[0] == "header":
            lines.append('\treq.Header.Set("%s", %s)' % (pe[1], pv))
        if pe and pe[0] == "query":
            lines += ["\tq := req.URL.Query()", '\tq.Set("%s", %s)' % (pe[1], pv),
                      '\tq.Set("t", strconv.FormatInt(time.Now().Unix(), 10))', "\treq.URL.RawQuery = q.Encode()"]
        return lines
    if t == "form":
        cid = pv if pv else '"%s"' % ("app-" + rs(c.r, LO + DG, 8))
        return ["\tform := url.Values{}", '\tform.Set("grant_type", "client_credentials")',
                '\tform.Set("client_id", %s)' % cid, '\tform.Set("client_secret", %s)' % var,
                '\treq, _ := http.NewRequest("POST", "%s", strings.NewReader(form.Encode()))' % url,
                '\treq.Header.Set("Content-Type", "application/x-www-form-urlencoded")']
    if t in ("basic", "basic_key"):
        u = var if t == "basic_key" else '"%s"' % c.user.replace("\\", "\\\\")
        p = '""' if t == "basic_key" else var
        return ['\treq, _ := http.NewRequest("GET", "%s", nil)' % url, "\treq.SetBasicAuth(%s, %s)" % (u, p)]
    if t == "login":
        return ['\tbody, _ := json.Marshal(map[string]string{"%s": "%s", "%s": %s})' % (tr[1], c.user, tr[2], var),
                '\treq, _ := http.NewRequest("POST", "%s", bytes.NewReader(body))' % url,
                '\treq.Header.Set("Content-Type", "application/json")']
    if t == "url":
        if c.spec["prov"] == "mqtt":
            return ['\topts := mqtt.NewClientOptions().AddBroker("tcp://mqtt.home.arpa:1883")',
                    '\topts.SetUsername("%s")' % c.user, "\topts.SetPassword(%s)" % var,
                    "\t_ = mqtt.NewClient(opts)", '\treq, _ := http.NewRequest("GET", "http://localhost:9100/healthz", nil)']
        return ['\tdsn := fmt.Sprintf("host=timescale.internal user=%s password=%%s dbname=energy", %s)' % (c.user, var),
                '\t_, _ = sql.Open("postgres", dsn)', '\treq, _ := http.NewRequest("GET", "http://localhost:9100/healthz", nil)']
    if t == "tgpath":
        return ['\treq, _ := http.NewRequest("POST", "https://api.telegram.org/bot"+%s+"/sendMessage", nil)' % var]
    if t == "aws":
        return ["\tcreds := credentials.NewStaticCredentialsProvider(%s, %s, \"\")" % (pv, var),
                "\t_ = creds", '\treq, _ := http.NewRequest("GET", "https://s3.eu-west-1.amazonaws.com/", nil)']
    raise ValueError(t)


def sh_curl(c, val, pval=None):
    """curl command lines; val/pval are already-inlined strings."""
    tr = c.spec["tr"]
    t = tr[0]
    url = c.url()
    pe = pub_extra(c)
    if t == "query":
        sep = "&" if "?" in url else "?"
        return ['curl -sS "%s%s%s=%s"' % (url, sep, tr[1], val)]
    if t == "header":
        lines = ['curl -sS%s -H "%s: %s%s" \\' % (" -k" if "envoy.local" in url else "", tr[1], tr[2], val)]
        if pe and pe[0] == "header":
            lines.append('  -H "%s: %s" \\' % (pe[1], pval))
        if pe and pe[0] == "query":
            url = "%s?%s=%s&t=$(date +%%s)" % (url, pe[1], pval)
        return lines + ['  "%s"' % url]
    if t == "form":
        return ['curl -sS -X POST "%s" \\' % url, "  -d grant_type=client_credentials \\",
                '  -d client_id="%s" \\' % (pval or "app-" + rs(c.r, LO + DG, 8)), '  -d client_secret="%s"' % val]
    if t == "basic_key":
        return ['curl -sS -u "%s:" "%s"' % (val, url)]
    if t == "basic":
        return ["curl -sS -u '%s:%s' \"%s\"" % (c.user, val, url)]
    if t == "login":
        return ['curl -sSk -X POST "%s" \\' % url, "  -H 'Content-Type: application/json' \\",
                '  -d "{\\"%s\\": \\"%s\\", \\"%s\\": \\"%s\\"}"' % (tr[1], c.user, tr[2], val)]
    if t == "url":
        if c.spec["prov"] == "mqtt":
            return ['mosquitto_sub -h mqtt.home.arpa -u %s -P "%s" -t "energy/#" -C 5' % (c.user, val)]
        return ['psql "%s" -c "select now()"' % c.spec["tr"][1].format(user=c.user, pw=val).replace("jdbc:", "")]
    if t == "tgpath":
        return ['curl -sS "https://api.telegram.org/bot%s/sendMessage" -d chat_id="$CHAT_ID" -d text="$MSG"' % val]
    if t == "aws":
        return ["AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s \\" % (pval, val),
                "  aws s3 cp ./export/ s3://farm-telemetry-archive/ --recursive"]
    raise ValueError(t)


# ---------------------------------------------------------------------------
# templates shared by positives and negatives
#   each: fn(r, c) -> (relpath, filetype, text)
# ---------------------------------------------------------------------------
def slug(c, sep="_"):
    return c.spec["prov"].replace("_", sep)


def J(lines):
    return "\n".join(lines) + "\n"


def pem_or_code(c, lang):
    return c.code(lang)


def t_py_script(r, c):
    style = pick(r, ["screaming", "snake"])
    var = c.nm(style)
    lines = ['#!/usr/bin/env python3', '"""Pull %s data and push it into the energy dashboard."""' % c.spec["label"], "",
             "import json", "import os", "import time", "", "import requests"]
    if c.spec["tr"][0] == "url":
        lines += ["import paho.mqtt.client as mqtt" if c.spec["prov"] == "mqtt" else "import psycopg2"]
    if c.spec["tr"][0] == "aws":
        lines += ["import boto3"]
    lines += ["", "# --- settings " + "-" * 40]
    if c.user and c.spec["tr"][0] not in ("login", "basic", "url"):
        pass
    pv = None
    if c.pub:
        pv = c.pubnm(style)
        lines.append('%s = "%s"' % (pv, c.pub[1]))
    lines.append("%s = %s" % (var, c.code("py", pick(r, ['"', "'"]))))
    lines += ["POLL_SECONDS = %d" % pick(r, [60, 300, 900]), 'OUT_DIR = "data/%s"' % slug(c), 'CHAT_ID = "-100%s"' % rs(r, DG, 10)
              if c.spec["tr"][0] == "tgpath" else 'TZ = "%s"' % pick(r, ["Europe/London", "Europe/Berlin", "America/Denver", "Australia/Perth"]), "", "",
              "def fetch(msg=None):"]
    lines += ["    " + x for x in py_use(c, var, pv)]
    lines += ["    return locals().get(\"data\")", "", "",
              "def main():", "    os.makedirs(OUT_DIR, exist_ok=True)", "    while True:",
              "        snapshot = fetch()", "        stamp = time.strftime(\"%Y%m%dT%H%M\")",
              "        with open(os.path.join(OUT_DIR, stamp + \".json\"), \"w\") as fh:",
              "            json.dump(snapshot, fh, indent=2)", "        time.sleep(POLL_SECONDS)", "", "",
              'if __name__ == "__main__":', "    main()"]
    path = pick(r, ["scripts/fetch_%s.py" % slug(c), "tools/%s_poll.py" % slug(c), "collector/%s.py" % slug(c),
                    "bin/pull_%s.py" % slug(c)])
    return path, "python", J(lines)


def t_py_settings(r, c):
    style = pick(r, ["screaming", "screaming", "snake"])
    var = c.nm(style)
    lines = ['"""Runtime settings for the %s."""' % pick(r, ["farm telemetry service", "home energy monitor",
                                                             "site controller", "dispatch optimiser"]), "",
             "from pathlib import Path", "", "BASE_DIR = Path(__file__).resolve().parent.parent",
             "DEBUG = %s" % pick(r, ["False", "True"]), 'TIME_ZONE = "%s"' % pick(r, ["UTC", "Europe/Amsterdam", "America/Chicago"]),
             "SAMPLE_INTERVAL_S = %d" % pick(r, [10, 30, 60]), "", "# %s" % c.spec["label"]]
    if c.pub:
        lines.append('%s = "%s"' % (c.pubnm(style), c.pub[1]))
    if c.user:
        lines.append('%s = "%s"' % (ident([c.spec["words"][0], "user"], style), c.user.replace("\\", "\\\\")))
    lines.append('%s_URL = "%s"' % (ident([c.spec["words"][0]], "screaming"), c.spec["host"]))
    if c.spec["shape"] == "pem":
        lines.append('%s = """%s"""' % (var, c.v["s"]) if c.is_lit else "%s = Path(%s).read_text()" % (var, c.code("py")))
    else:
        lines.append("%s = %s" % (var, c.code("py")))
    lines += ["", "DATABASES = {", '    "default": {', '        "ENGINE": "django.db.backends.sqlite3",',
              '        "NAME": BASE_DIR / "db.sqlite3",', "    }", "}", "",
              "CELERY_BEAT_SCHEDULE = {", '    "poll-%s": {"task": "telemetry.tasks.poll", "schedule": %d},' % (slug(c, "-"), pick(r, [60, 300])), "}"]
    path = pick(r, ["config/settings.py", "energy_monitor/settings.py", "app/settings.py", "src/settings.py"])
    return path, "python", J(lines)


def t_py_positional(r, c):
    # credential handed positionally to a client constructor
    cls = {"token": "%sClient" % ident(c.spec["words"][:1], "pascal"), "password": "%sSession" % ident(c.spec["words"][:1], "pascal"),
           "pem": "VenClient"}[c.spec["shape"]]
    arg = c.code("py", pick(r, ['"', "'"]))
    if c.spec["shape"] == "pem":
        arg = c.code("py") if not c.is_lit else "KEY_PEM"
    lines = ["import asyncio", "import logging", "", "from %s_client import %s" % (slug(c), cls), "",
             "log = logging.getLogger(__name__)", ""]
    if c.spec["shape"] == "pem" and c.is_lit:
        lines += ['KEY_PEM = """%s"""' % c.v["s"], ""]
    lines += ["", "async def run(interval=%d):" % pick(r, [30, 60, 120])]
    if c.spec["shape"] == "password":
        lines.append('    client = %s("%s", %s)' % (cls, c.user.replace("\\", "\\\\"), arg))
    elif c.pub:
        lines.append('    client = %s(%s, "%s")' % (cls, arg, c.pub[1]))
    else:
        lines.append("    client = %s(%s)" % (cls, arg))
    lines += ["    async with client:", "        while True:", "            try:",
              "                reading = await client.latest()",
              '                log.info("power=%.1f W energy=%.3f kWh", reading.power_w, reading.energy_kwh)',
              "            except Exception:", '                log.exception("poll failed")',
              "            await asyncio.sleep(interval)", "", "",
              'if __name__ == "__main__":', "    logging.basicConfig(level=logging.INFO)", "    asyncio.run(run())"]
    return pick(r, ["app/poller.py", "monitor/run.py", "%s_poller.py" % slug(c), "src/agent.py"]), "python", J(lines)


def t_ipynb(r, c):
    style = pick(r, ["screaming", "snake"])
    var = c.nm(style)
    setup = ["import pandas as pd\n", "import requests\n", "import os, time\n"]
    if c.spec["tr"][0] == "url":
        setup.append("import paho.mqtt.client as mqtt\n" if c.spec["prov"] == "mqtt" else "import psycopg2\n")
    if c.spec["tr"][0] == "aws":
        setup.append("import boto3\n")
    setup.append("\n")
    if c.pub:
        setup.append('%s = "%s"\n' % (c.pubnm(style), c.pub[1]))
    setup.append("%s = %s\n" % (var, c.code("py", "'")))
    body = [x + "\n" for x in py_use(c, var, c.pubnm(style) if c.pub else None)]
    body[-1] = body[-1].rstrip("\n")
    md = "# %s – %s\n" % (c.spec["label"], pick(r, ["tariff vs. solar yield", "load shifting analysis",
                                                     "battery cycling review", "irrigation pump energy"]))
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": [md, "\n", "Quick look at the last %d days." % pick(r, [7, 14, 30])]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": setup[:-1] + [setup[-1].rstrip("\n")]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": body},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [
            {"name": "stdout", "output_type": "stream", "text": ["rows: %d\n" % r.randint(100, 9000)]}],
         "source": ["df = pd.DataFrame(data if isinstance(data, list) else [data])\n", "print('rows:', len(df))"]},
    ]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    text = json.dumps(nb, indent=1, ensure_ascii=False) + "\n"
    return pick(r, ["notebooks/%s_analysis.ipynb" % slug(c), "analysis/%s-explore.ipynb" % slug(c, "-"),
                    "notebooks/01_%s.ipynb" % slug(c)]), "jupyter", text


def t_js_fetch(r, c):
    var = c.nm("camel")
    pv = c.pubnm("camel") if c.pub else None
    lines = ["'use strict';", ""]
    if c.spec["tr"][0] == "url":
        lines.append("const mqtt = require('mqtt');" if c.spec["prov"] == "mqtt" else "const { Pool } = require('pg');")
    if c.spec["tr"][0] == "aws":
        lines.append("const { S3Client } = require('@aws-sdk/client-s3');")
    lines += ["const fs = require('node:fs/promises');", "", "// %s" % c.spec["label"]]
    if pv:
        lines.append("const %s = '%s';" % (pv, c.pub[1]))
    lines.append("const %s = %s;" % (var, c.code("js", pick(r, ["'", '"']))))
    if c.spec["tr"][0] == "tgpath":
        lines.append("const CHAT_ID = '-100%s';" % rs(r, DG, 10))
    lines += ["const INTERVAL_MS = %d * 1000;" % pick(r, [60, 300]), "", "async function poll(text) {"]
    lines += js_use(c, var, pv)
    lines += ["}", "", "setInterval(async () => {", "  try {", "    const data = await poll('tick');",
              "    await fs.appendFile('readings.ndjson', JSON.stringify({ at: Date.now(), data }) + '\\n');",
              "  } catch (err) {", "    console.error('poll failed', err.message);", "  }", "}, INTERVAL_MS);"]
    return pick(r, ["scripts/poll-%s.js" % slug(c, "-"), "src/%s.js" % slug(c, "-"), "lib/collectors/%s.js" % slug(c, "-")]), "javascript", J(lines)


def t_ts_config(r, c):
    var = c.nm("camel")
    lines = ["// Central configuration for the %s" % pick(r, ["energy dashboard", "fleet charger", "grow-room controller"]),
             "export interface AppConfig {", "  port: number;", "  zone: string;", "  provider: Record<string, string>;", "}", "",
             "export const config: AppConfig = {", "  port: %d," % pick(r, [3000, 8080, 4173]), "  zone: '%s'," % pick(r, ["DE", "GB", "US-CAL-CISO", "AU-NSW"]),
             "  provider: {", "    baseUrl: '%s'," % c.spec["host"]]
    if c.pub:
        lines.append("    %s: '%s'," % (c.pubnm("camel"), c.pub[1]))
    if c.user:
        lines.append("    username: '%s'," % c.user.replace("\\", "\\\\"))
    lines.append("    %s: %s," % (var, c.code("js", "'")))
    lines += ["  },", "};", "", "export default config;"]
    return pick(r, ["src/config.ts", "src/config/index.ts", "packages/api/src/config.ts"]), "typescript", J(lines)


def t_go_main(r, c):
    var = c.nm(pick(r, ["camel", "pascal"]))
    pv = c.pubnm("camel") if c.pub else None
    lines = ["package main", "", "import (", '\t"bytes"', '\t"database/sql"', '\t"encoding/json"', '\t"fmt"', '\t"log"',
             '\t"net/http"', '\t"net/url"', '\t"os"', '\t"strconv"', '\t"strings"', '\t"time"', ")", "", "const ("]
    if pv:
        lines.append('\t%s = "%s"' % (pv, c.pub[1]))
    if c.is_lit:
        lines.append("\t%s = %s" % (var, c.code("go", pick(r, ['"', "`"]))))
    lines += ["\tpollEvery = %d * time.Second" % pick(r, [30, 60, 300]), ")", ""]
    if not c.is_lit:
        lines += ["var %s = %s" % (var, c.code("go")), ""]
    lines += ["// keep the imports honest in this trimmed example",
              "var _ = []interface{}{bytes.NewReader, sql.Open, json.Marshal, fmt.Sprintf, url.Values{}, os.Getenv, strconv.Itoa, strings.NewReader}",
              "", "func poll(client *http.Client) error {"]
    lines += go_use(c, var, pv)
    lines += ["\tresp, err := client.Do(req)", "\tif err != nil {", "\t\treturn err", "\t}", "\tdefer resp.Body.Close()",
              '\tlog.Printf("%s: status %d", resp.Status)' .replace("%s: status %d", c.spec["prov"] + ": %s"), "\treturn nil", "}", "",
              "func main() {", "\tclient := &http.Client{Timeout: 15 * time.Second}", "\tfor {",
              "\t\tif err := poll(client); err != nil {", '\t\t\tlog.Println("poll:", err)', "\t\t}",
              "\t\ttime.Sleep(pollEvery)", "\t}", "}"]
    return pick(r, ["cmd/%s-exporter/main.go" % slug(c, "-"), "main.go", "internal/collector/%s.go" % slug(c)]), "go", J(lines)


def t_sh_cron(r, c):
    val = c.inl("sh")
    pval = c.pub[1] if c.pub else None
    var = c.nm("screaming")
    lines = ["#!/usr/bin/env bash", "# cron: */%d * * * * %s" % (pick(r, [5, 10, 15]), "/opt/energy/pull.sh"), "set -euo pipefail", "",
             'OUT="/var/lib/energy/%s/$(date +%%F).jsonl"' % slug(c), 'mkdir -p "$(dirname "$OUT")"']
    if c.is_lit and r.random() < 0.5 and c.spec["shape"] != "pem":
        lines.append('%s="%s"' % (var, c.v["s"]))
        val = "${%s}" % var
    if c.spec["tr"][0] == "tgpath":
        lines += ['CHAT_ID="-100%s"' % rs(r, DG, 10), 'MSG="daily yield: $(cat /var/lib/energy/yield.txt) kWh"']
    lines.append("")
    cmd = sh_curl(c, val, pval)
    cmd[-1] = cmd[-1] + ' >> "$OUT"'
    lines += cmd + ["", 'echo "$(date -Is) ok" >> /var/log/energy-pull.log']
    return pick(r, ["scripts/pull_%s.sh" % slug(c), "bin/%s-sync.sh" % slug(c, "-"), "cron/%s.sh" % slug(c)]), "shell", J(lines)


def t_ps1(r, c):
    var = "$" + c.nm("pascal")
    tr = c.spec["tr"]
    lines = ["# Pulls %s data for the morning ops report" % c.spec["label"], "param(", "    [string]$OutFile = \"C:\\Reports\\%s.csv\"" % slug(c), ")", "",
             "$ErrorActionPreference = 'Stop'", "$BaseUrl = '%s'" % c.spec["host"]]
    lines.append("%s = %s" % (var, c.code("ps1", "'")))
    if tr[0] in ("basic", "login", "url") or c.spec["shape"] == "password":
        lines += ["$Pair = \"%s:$(%s)\"" % (c.user, var),
                  "$Headers = @{ Authorization = 'Basic ' + [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($Pair)) }"]
    elif tr[0] == "header":
        lines.append("$Headers = @{ '%s' = \"%s$(%s)\" }" % (tr[1], tr[2], var))
    elif tr[0] == "query":
        lines.append("$Headers = @{}")
    else:
        lines.append("$Headers = @{ 'X-Client-Secret' = %s }" % var)
    q = ("?%s=$(%s)" % (tr[1], var)) if tr[0] == "query" else ""
    lines += ["$Uri = \"%s%s\"" % (c.url(), q), "$Resp = Invoke-RestMethod -Uri $Uri -Headers $Headers -Method Get",
              "$Resp.Items | Select-Object Timestamp, Value, Good | Export-Csv -NoTypeInformation -Path $OutFile",
              "Write-Host \"wrote $($Resp.Items.Count) rows to $OutFile\""]
    return pick(r, ["scripts/Get-%sData.ps1" % ident(c.spec["prov"].split("_"), "pascal"), "ops/Export-Readings.ps1"]), "powershell", J(lines)


def t_php(r, c):
    lines = ["<?php", "// config.php – farm portal settings", "return [", "    'app_name' => '%s'," % pick(r, ["FieldDesk", "AgriPortal", "GrainLog"]),
             "    'timezone' => '%s'," % pick(r, ["America/Chicago", "Europe/Berlin", "Australia/Adelaide"]), "    'db' => [",
             "        'driver' => 'sqlite',", "        'path' => __DIR__ . '/storage/app.sqlite',", "    ],",
             "    '%s' => [" % slug(c), "        'base_url' => '%s'," % c.spec["host"]]
    if c.pub:
        lines.append("        '%s' => '%s'," % (c.pub[0], c.pub[1]))
    if c.user:
        lines.append("        'username' => '%s'," % c.user.replace("\\", "\\\\"))
    lines += ["        '%s' => %s," % (c.nm("snake"), c.code("php")), "    ],", "    'cache_ttl' => %d," % pick(r, [300, 900]), "];"]
    return pick(r, ["config.php", "config/services.php"]), "php", J(lines)


def t_env(r, c):
    var = c.nm("screaming")
    lines = ["# %s" % pick(r, ["local settings – do not share", "environment for docker compose", "dev environment"]),
             "TZ=%s" % pick(r, ["Europe/London", "Europe/Berlin", "America/Denver"]), "LOG_LEVEL=%s" % pick(r, ["info", "debug"]),
             "INFLUX_URL=http://influxdb:8086", "INFLUX_ORG=%s" % pick(r, ["home", "farm", "gridlab"]), "INFLUX_BUCKET=energy", ""]
    if c.pub:
        lines.append("%s=%s" % (c.pubnm("screaming"), c.pub[1]))
    if c.user:
        lines.append("%s=%s" % (ident([c.spec["words"][0], "user"], "screaming"), c.user))
    lines.append("%s=%s" % (var, c.dv("env")))
    lines += ["POLL_INTERVAL=%d" % pick(r, [30, 60, 300]), "EXPORT_LIMIT_W=%d" % pick(r, [3680, 5000, 0])]
    return pick(r, [".env", "deploy/.env", "docker/.env", ".env.local"]), "dotenv", J(lines)


def t_compose(r, c):
    var = c.nm("screaming")
    svc = slug(c, "-") + pick(r, ["-exporter", "-collector", "-bridge"])
    mapform = r.random() < 0.5
    env = []
    if c.pub:
        env.append((c.pubnm("screaming"), c.pub[1]))
    if c.user:
        env.append((ident([c.spec["words"][0], "user"], "screaming"), c.user))
    env.append((var, None))
    lines = ["services:", "  influxdb:", "    image: influxdb:2.7", "    restart: unless-stopped", "    volumes:",
             "      - influx-data:/var/lib/influxdb2", "    ports:", '      - "8086:8086"', "",
             "  %s:" % svc, "    image: ghcr.io/%s/%s:%s" % (pick(r, ["gridlab", "homeenergy", "farmstack"]), svc, pick(r, ["latest", "1.4.2", "0.9"])),
             "    restart: unless-stopped", "    depends_on:", "      - influxdb", "    environment:"]
    for k, v in env:
        if v is None:
            dv = c.dv("yaml")
            if mapform:
                lines.append("      %s: %s" % (k, dv))
            else:
                raw = dv.strip("\"'") if not dv.startswith("!") else dv
                lines.append('      - "%s=%s"' % (k, raw) if raw == dv.strip("\"'") else "      - %s=%s" % (k, raw))
        else:
            lines.append("      %s: \"%s\"" % (k, v.replace("\\", "\\\\")) if mapform else "      - %s=%s" % (k, v))
    lines += ["      %s INFLUX_URL%shttp://influxdb:8086" % ("" if mapform else "-", ": " if mapform else "="),
              "", "volumes:", "  influx-data:"]
    lines = [l.replace("       INFLUX", "      INFLUX") for l in lines]
    return pick(r, ["docker-compose.yml", "compose.yaml", "deploy/docker-compose.yml"]), "docker-compose", J(lines)


def t_ha_config(r, c):
    # Home Assistant configuration.yaml with a rest sensor carrying the credential
    tr = c.spec["tr"]
    lines = ["homeassistant:", "  name: %s" % pick(r, ["Home", "Hollow Creek Farm", "Cabin"]), "  unit_system: metric",
             "  time_zone: %s" % pick(r, ["Europe/London", "Europe/Berlin", "America/Denver"]), "",
             "default_config:", "", "recorder:", "  purge_keep_days: %d" % pick(r, [10, 30]), "", "sensor:", "  - platform: rest"]
    sname, unit, vt = pick(r, [("Solar power", "W", "overview.currentPower.power"), ("Grid import", "kW", "data.value"),
                               ("Battery SoC", "%", "soc"), ("Carbon intensity", "gCO2eq/kWh", "carbonIntensity"),
                               ("Pump energy today", "kWh", "records.total")])
    lines.append("    name: %s" % sname)
    if tr[0] == "query":
        lines.append('    resource: "%s?%s=%s"' % (c.url(), tr[1], c.inl("yaml")))
    else:
        lines.append("    resource: %s" % c.url())
        if tr[0] == "header":
            lines += ["    headers:"]
            if tr[2]:
                val = c.dv("yaml_ha")
                if val.startswith("!secret"):
                    lines.append("      %s: %s" % (tr[1], val))
                else:
                    lines.append('      %s: "%s%s"' % (tr[1], tr[2], c.inl("yaml")))
            else:
                lines.append("      %s: %s" % (tr[1], c.dv("yaml_ha")))
        else:
            if c.user:
                lines.append("    username: %s" % c.user.replace("\\", "\\\\") if "\\" not in c.user else '    username: "%s"' % c.user.replace("\\", "\\\\"))
            lines.append("    password: %s" % c.dv("yaml_ha"))
    lines += ["    value_template: \"{{ value_json.%s }}\"" % vt,
              "    unit_of_measurement: \"%s\"" % unit, "    scan_interval: %d" % pick(r, [60, 300, 900]),
              "", "automation: !include automations.yaml", "script: !include scripts.yaml"]
    return pick(r, ["configuration.yaml", "homeassistant/configuration.yaml", "config/configuration.yaml"]), "homeassistant-yaml", J(lines)


def t_ha_secrets(r, c):
    key = c.nm("snake")
    lines = ["# Use this file to store secrets like usernames and passwords.",
             "# Learn more at https://www.home-assistant.io/docs/configuration/secrets/",
             "latitude_home: %.5f" % r.uniform(35, 58), "longitude_home: %.5f" % r.uniform(-120, 20),
             "elevation_home: %d" % r.randint(5, 900)]
    if c.pub:
        lines.append("%s_%s: %s" % (slug(c), c.pub[0], '"%s"' % c.pub[1]))
    if c.user:
        lines.append("%s_username: %s" % (slug(c), '"%s"' % c.user.replace("\\", "\\\\")))
    if c.spec["shape"] == "pem" and c.is_lit:
        return None
    lines.append("%s: %s" % (key if not c.obvious else slug(c) + "_" + "_".join(c.spec["words"][1:] or ["key"]),
                             c.dv("yaml")))
    lines += ["mqtt_broker: mqtt.home.arpa", "octopus_account: A-%s" % rs(r, HEXU, 8), "grid_mpan: \"%s\"" % mpan(r)]
    return pick(r, ["secrets.yaml", "homeassistant/secrets.yaml", "config/secrets.yaml"]), "homeassistant-secrets", J(lines)


def mpan(r):
    return str(r.choice([10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23])) + rs(r, DG, 11)


def t_ha_package(r, c):
    tr = c.spec["tr"]
    lines = ["# packages/energy_%s.yaml" % slug(c), "rest_command:", "  push_%s_snapshot:" % slug(c)]
    if tr[0] == "query":
        lines.append('    url: "%s?%s=%s"' % (c.url(), tr[1], c.inl("yaml")))
    elif tr[0] == "tgpath":
        lines.append('    url: "https://api.telegram.org/bot%s/sendMessage"' % c.inl("yaml"))
    elif tr[0] == "header":
        lines += ["    url: %s" % c.url(), "    headers:", '      %s: "%s%s"' % (tr[1], tr[2], c.inl("yaml"))]
    elif tr[0] in ("basic", "basic_key"):
        lines += ["    url: %s" % c.url(), "    username: \"%s\"" % (c.inl("yaml") if tr[0] == "basic_key" else c.user.replace("\\", "\\\\")),
                  "    password: \"%s\"" % ("" if tr[0] == "basic_key" else c.inl("yaml"))]
        if tr[0] == "basic_key":
            lines = [l for l in lines if not l.startswith("    password")]
    else:
        lines += ["    url: %s" % c.url(), "    content_type: application/x-www-form-urlencoded",
                  '    payload: "%s=%s&%s=%s"' % ("username" if c.user else "client_id", c.user or (c.pub[1] if c.pub else "energy-app"),
                                               "password" if c.user else "client_secret", c.inl("yaml"))]
    lines += ["    method: %s" % pick(r, ["get", "post"]), "    timeout: 20", "",
              "template:", "  - sensor:", "      - name: \"Net grid power\"", "        unit_of_measurement: W",
              "        state: \"{{ states('sensor.grid_import')|float(0) - states('sensor.grid_export')|float(0) }}\""]
    return "packages/energy_%s.yaml" % slug(c), "homeassistant-yaml", J(lines)


def nr_id(r):
    return rs(r, HEXL, 16)


def t_nodered(r, c):
    tr = c.spec["tr"]
    tab = nr_id(r)
    if c.spec["shape"] == "password" and tr[0] == "url":
        broker = {"id": nr_id(r), "type": "mqtt-broker", "name": "home broker", "broker": "mqtt.home.arpa", "port": "1883",
                  "clientid": "nodered-" + rs(r, LO, 4), "usetls": False, "protocolVersion": "4", "keepalive": "60",
                  "credentials": {"user": c.user, "password": c.v["s"] if c.is_lit else "${%s}" % c.env}}
        nodes = [{"id": tab, "type": "tab", "label": "Energy", "disabled": False},
                 {"id": nr_id(r), "type": "mqtt in", "z": tab, "name": "", "topic": "N/+/system/0/Ac/Grid/L1/Power",
                  "qos": "0", "datatype": "json", "broker": broker["id"], "x": 160, "y": 120, "wires": [[]]}, broker]
    else:
        if tr[0] == "query":
            fn = "msg.url = '%s?%s=%s';\nreturn msg;" % (c.url(), tr[1], c.inl("nr"))
        elif tr[0] == "header":
            fn = "msg.headers = {\n    '%s': '%s%s'\n};\nreturn msg;" % (tr[1], tr[2], c.inl("nr"))
        elif tr[0] == "tgpath":
            fn = "msg.url = 'https://api.telegram.org/bot%s/sendMessage';\nmsg.payload = { chat_id: flow.get('chat'), text: msg.payload };\nreturn msg;" % c.inl("nr")
        elif tr[0] in ("login", "basic"):
            fn = "msg.payload = { %s: '%s', %s: '%s' };\nreturn msg;" % (
                tr[1] if tr[0] == "login" else "username", c.user.replace("\\", "\\\\"), tr[2] if tr[0] == "login" else "password", c.inl("nr"))
        elif tr[0] == "basic_key":
            fn = "msg.headers = { Authorization: 'Basic ' + Buffer.from('%s:').toString('base64') };\nreturn msg;" % c.inl("nr")
        else:
            fn = "msg.payload = 'grant_type=client_credentials&client_id=%s&client_secret=%s';\nreturn msg;" % (
                c.pub[1] if c.pub else "nodered", c.inl("nr"))
        if not c.is_lit:
            fn = fn.replace("${%s}" % c.env, "' + env.get('%s') + '" % c.env)
        fid = nr_id(r)
        hid = nr_id(r)
        nodes = [{"id": tab, "type": "tab", "label": pick(r, ["Solar", "Energy", "Barn"]), "disabled": False, "info": ""},
                 {"id": nr_id(r), "type": "inject", "z": tab, "name": "every %d min" % pick(r, [1, 5, 15]), "props": [],
                  "repeat": "300", "once": True, "x": 130, "y": 80, "wires": [[fid]]},
                 {"id": fid, "type": "function", "z": tab, "name": "prepare request", "func": fn, "outputs": 1,
                  "x": 320, "y": 80, "wires": [[hid]]},
                 {"id": hid, "type": "http request", "z": tab, "name": c.spec["label"], "method": "use", "ret": "obj",
                  "url": "" if tr[0] in ("query", "tgpath") else c.url(), "tls": "", "x": 520, "y": 80, "wires": [[]]}]
    text = json.dumps(nodes, indent=4, ensure_ascii=False) + "\n"
    return pick(r, ["flows.json", "node-red/flows.json", ".node-red/flows.json"]), "node-red-json", text


def t_telegraf(r, c):
    tr = c.spec["tr"]
    lines = ["# Telegraf configuration", "[agent]", '  interval = "%ds"' % pick(r, [10, 30, 60]), "  round_interval = true",
             '  flush_interval = "10s"', '  hostname = "%s"' % pick(r, ["pi-energy", "barn-gw", "shed-logger"]), ""]
    if c.spec["prov"] == "influxdb":
        lines += ["[[outputs.influxdb_v2]]", '  urls = ["http://influxdb:8086"]', "  token = %s" % c.dv("toml"),
                  '  organization = "%s"' % pick(r, ["home", "farm"]), '  bucket = "energy"', "",
                  "[[inputs.modbus]]", '  name = "inverter"', "  slave_id = 1", '  timeout = "1s"',
                  '  controller = "tcp://192.168.1.%d:502"' % r.randint(20, 200), "  holding_registers = [",
                  '    { name = "ac_power", byte_order = "AB", data_type = "INT16", scale = 1.0, address = [40083] },', "  ]"]
    elif c.spec["shape"] == "password":
        lines += ["[[outputs.mqtt]]", '  servers = ["tcp://mqtt.home.arpa:1883"]', '  topic = "telegraf/{{ .Hostname }}/{{ .PluginName }}"',
                  '  username = "%s"' % c.user.replace("\\", "\\\\"), "  password = %s" % c.dv("toml"), '  data_format = "influx"', "",
                  "[[inputs.cpu]]", "  percpu = false"]
    else:
        lines += ["[[outputs.influxdb_v2]]", '  urls = ["http://influxdb:8086"]', '  token = "$INFLUX_TOKEN"',
                  '  organization = "home"', '  bucket = "energy"', "", "[[inputs.http]]"]
        if tr[0] == "query":
            lines.append('  urls = ["%s?%s=%s"]' % (c.url(), tr[1], c.inl("toml")))
        else:
            lines.append('  urls = ["%s"]' % c.url())
        if tr[0] == "header":
            lines += ["  [inputs.http.headers]", '    %s = "%s%s"' % (tr[1], tr[2], c.inl("toml"))]
        elif tr[0] in ("basic_key",):
            lines += ['  username = "%s"' % c.inl("toml"), '  password = ""']
        elif tr[0] not in ("query",):
            lines += ['  method = "POST"', '  body = "client_id=%s&client_secret=%s"' % (c.pub[1] if c.pub else "telegraf", c.inl("toml"))]
        lines += ['  data_format = "json"', '  timeout = "10s"', '  name_override = "%s"' % slug(c)]
    return pick(r, ["telegraf.conf", "telegraf/telegraf.conf", "telegraf/telegraf.d/%s.conf" % slug(c)]), "telegraf-toml", J(lines)


def t_grafana_ds(r, c):
    tr = c.spec["tr"]
    lines = ["apiVersion: 1", "", "datasources:"]
    if c.spec["prov"] == "influxdb":
        lines += ["  - name: InfluxDB", "    type: influxdb", "    access: proxy", "    url: http://influxdb:8086",
                  "    jsonData:", "      version: Flux", "      organization: %s" % pick(r, ["home", "farm"]),
                  "      defaultBucket: energy", "    secureJsonData:", "      token: %s" % c.dv("yaml")]
    elif c.spec["shape"] == "password":
        lines += ["  - name: %s" % pick(r, ["Timescale", "Historian", "PI SQL"]), "    type: postgres",
                  "    url: timescale.internal:5432", "    user: %s" % c.user.replace("\\", "/"), "    jsonData:",
                  "      database: energy", "      sslmode: require", "    secureJsonData:", "      password: %s" % c.dv("yaml")]
    else:
        lines += ["  - name: %s" % c.spec["label"], "    type: marcusolsson-json-datasource", "    access: proxy",
                  "    url: %s" % c.spec["host"], "    jsonData:"]
        if tr[0] == "query":
            lines += ["      queryParams: \"%s=%s\"" % (tr[1], c.inl("yaml"))]
        else:
            lines += ["      httpHeaderName1: %s" % (tr[1] if tr[0] == "header" else "Authorization"),
                      "    secureJsonData:", "      httpHeaderValue1: \"%s%s\"" % (tr[2] if tr[0] == "header" else "Bearer ", c.inl("yaml"))]
    lines += ["    editable: false"]
    return pick(r, ["grafana/provisioning/datasources/%s.yaml" % slug(c), "provisioning/datasources/datasources.yml"]), "grafana-yaml", J(lines)


def t_systemd(r, c):
    var = c.nm("screaming")
    unit = slug(c, "-") + pick(r, ["-exporter", "-poller", "-bridge"])
    lines = ["[Unit]", "Description=%s %s" % (c.spec["label"], pick(r, ["exporter", "poller", "bridge"])),
             "After=network-online.target", "Wants=network-online.target", "", "[Service]", "Type=simple",
             "User=%s" % pick(r, ["energy", "telemetry", "pi"]), "WorkingDirectory=/opt/%s" % unit]
    if c.pub:
        lines.append("Environment=%s=%s" % (c.pubnm("screaming"), c.pub[1]))
    if c.user:
        lines.append('Environment="%s=%s"' % (ident([c.spec["words"][0], "user"], "screaming"), c.user.replace("\\", "\\\\")))
    q = pick(r, ['"', ""])
    lines.append("Environment=%s%s=%s%s" % (q, var, c.dv("systemd"), q))
    lines += ["ExecStart=/opt/%s/venv/bin/python -m %s --interval %d" % (unit, unit.replace("-", "_"), pick(r, [30, 60])),
              "Restart=on-failure", "RestartSec=%d" % pick(r, [5, 10, 30]), "", "[Install]", "WantedBy=multi-user.target"]
    return pick(r, ["deploy/systemd/%s.service" % unit, "systemd/%s.service" % unit, "%s.service" % unit]), "systemd", J(lines)


def t_ini(r, c):
    key = c.nm(pick(r, ["snake", "kebab"]))
    sec = slug(c)
    lines = ["; %s collector" % c.spec["label"], "[general]", "log_level = %s" % pick(r, ["INFO", "DEBUG"]),
             "interval = %d" % pick(r, [30, 60, 300]), "timezone = %s" % pick(r, ["UTC", "Europe/Berlin"]), "", "[%s]" % sec,
             "url = %s" % c.spec["host"]]
    if c.pub:
        lines.append("%s = %s" % (c.pub[0], c.pub[1]))
    if c.user:
        lines.append("username = %s" % c.user)
    lines.append("%s %s %s" % (key, pick(r, ["=", ":"]), c.dv("ini")))
    lines += ["", "[influx]", "host = localhost", "port = 8086", "database = energy", "", "[meter]",
              "mpan = %s" % mpan(r), "serial = %s" % meter_serial(r)]
    return pick(r, ["config.ini", "conf/%s.ini" % sec, "settings.ini", "%s.cfg" % sec]), "ini", J(lines)


def meter_serial(r):
    return pick(r, ["%02dL%07d" % (r.randint(10, 24), r.randint(0, 9999999)), "E%02d%s%05d" % (r.randint(10, 24), rs(r, UP, 1), r.randint(0, 99999)),
                    "Z%02dN%06d" % (r.randint(10, 24), r.randint(0, 999999))])


def t_toml(r, c):
    key = c.nm("snake")
    lines = ["# %s exporter configuration" % slug(c), "[server]", 'listen = "0.0.0.0:%d"' % pick(r, [9101, 9120, 9500]),
             'metrics_path = "/metrics"', "", "[%s]" % slug(c), 'endpoint = "%s"' % c.spec["host"]]
    if c.pub:
        lines.append('%s = "%s"' % (c.pub[0], c.pub[1]))
    if c.user:
        lines.append('username = "%s"' % c.user.replace("\\", "\\\\"))
    lines.append("%s = %s" % (key, c.dv("toml")))
    lines += ['scrape_interval = "%ds"' % pick(r, [60, 300]), "", "[[labels]]", 'site = "%s"' % pick(r, ["north-barn", "home", "depot-3"])]
    return pick(r, ["config.toml", "exporter.toml", "etc/%s.toml" % slug(c)]), "toml", J(lines)


def t_json_cfg(r, c):
    inner = {"baseUrl": c.spec["host"]}
    if c.pub:
        inner[ident(c.pub[0].split("_"), "camel")] = c.pub[1]
    if c.user:
        inner["username"] = c.user
    key = c.nm("camel")
    inner[key] = "@@SLOT@@"
    inner["pollSeconds"] = pick(r, [60, 300])
    cfg = {"name": pick(r, ["pv-dashboard", "barn-monitor", "ev-scheduler"]), "version": "%d.%d.%d" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 9)),
           "timezone": pick(r, ["Europe/London", "America/Chicago"]), slug(c): inner,
           "storage": {"type": "influx", "bucket": "energy"}}
    text = json.dumps(cfg, indent=pick(r, [2, 4])) + "\n"
    text = text.replace('"@@SLOT@@"', c.dv("json"))
    return pick(r, ["config/config.json", "config.json", "settings/%s.json" % slug(c)]), "json", text


def t_ha_addon_options(r, c):
    opts = {"log_level": pick(r, ["info", "debug"]), "interval": pick(r, [60, 300]), "mqtt_host": "core-mosquitto",
            "mqtt_topic": "%s/state" % slug(c)}
    if c.pub:
        opts[c.pub[0]] = c.pub[1]
    if c.user:
        opts["username"] = c.user
    opts[c.nm("snake")] = "@@SLOT@@"
    text = json.dumps(opts, indent=2) + "\n"
    text = text.replace('"@@SLOT@@"', c.dv("json"))
    return pick(r, ["addon/options.json", "%s-addon/data/options.json" % slug(c, "-")]), "json", text


def t_appsettings(r, c):
    inner = {"BaseUrl": c.spec["host"]}
    if c.pub:
        inner[ident(c.pub[0].split("_"), "pascal")] = c.pub[1]
    if c.user:
        inner["UserName"] = c.user
    inner[c.nm("pascal")] = "@@SLOT@@"
    cfg = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}}, "AllowedHosts": "*",
           ident(c.spec["prov"].split("_"), "pascal"): inner}
    text = json.dumps(cfg, indent=2) + "\n"
    text = text.replace('"@@SLOT@@"', c.dv("json"))
    return pick(r, ["appsettings.json", "src/Energy.Api/appsettings.Development.json"]), "json", text


def t_properties(r, c):
    pre = slug(c, "-")
    lines = ["spring.application.name=%s" % pick(r, ["meter-ingest", "dr-gateway", "pv-reporting"]),
             "server.port=%d" % pick(r, [8080, 8081]), "spring.jpa.hibernate.ddl-auto=validate",
             "management.endpoints.web.exposure.include=health,info,prometheus", "", "# %s" % c.spec["label"],
             "%s.base-url=%s" % (pre, c.spec["host"])]
    if c.pub:
        lines.append("%s.%s=%s" % (pre, c.pub[0].replace("_", "-"), c.pub[1]))
    if c.user:
        lines.append("%s.username=%s" % (pre, c.user.replace("\\", "\\\\")))
    lines.append("%s.%s=%s" % (pre, c.nm("kebab"), c.dv("props")))
    lines += ["%s.poll-interval=PT%dM" % (pre, pick(r, [1, 5, 15])), "logging.level.root=INFO"]
    return pick(r, ["src/main/resources/application.properties", "config/application.properties"]), "properties", J(lines)


def t_xml_logger(r, c):
    tag = c.nm("pascal")
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<!-- data logger export, firmware %d.%d.%d -->" % (r.randint(1, 4), r.randint(0, 9), r.randint(0, 30)),
             '<DataLogger serial="%s" model="%s">' % (rs(r, DG, 10), pick(r, ["DL-400", "SiteHub 2", "EdgeBox 5"])),
             "  <Network>", "    <Hostname>%s</Hostname>" % pick(r, ["logger-01", "plant-gw", "pump-station"]),
             "    <Ip>10.%d.%d.%d</Ip>" % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250)), "  </Network>",
             '  <Upload enabled="true" intervalSec="%d">' % pick(r, [60, 300, 900]), "    <Endpoint>%s</Endpoint>" % c.url().replace("&", "&amp;")]
    if c.pub:
        lines.append("    <%s>%s</%s>" % (ident(c.pub[0].split("_"), "pascal"), c.pub[1], ident(c.pub[0].split("_"), "pascal")))
    if c.user:
        lines.append("    <UserName>%s</UserName>" % c.user)
    lines.append("    <%s>%s</%s>" % (tag, c.dv("xml"), tag))
    lines += ["  </Upload>", "  <Modbus>", '    <Device unit="1" type="inverter" registerBase="40000"/>',
              '    <Device unit="2" type="meter" registerBase="40188"/>', "  </Modbus>", "</DataLogger>"]
    return pick(r, ["export/datalogger.xml", "plc/export/logger_config.xml", "config/logger.xml"]), "xml", J(lines)


def t_xml_ignition(r, c):
    # Ignition-style gateway resource export (database connection / device)
    pw = c.dv("xml")
    name = pick(r, ["Historian", "MeterDB", "Pumps"])
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<resources version="8.1.%d">' % r.randint(20, 40),
             '  <resource type="%s" name="%s">' % ("database-connection" if c.spec["shape"] == "password" else "opc-connection", name),
             "    <property name=\"Description\">%s</property>" % pick(r, ["Tag history store", "Feeder meters", "Irrigation pumps"]),
             "    <property name=\"Enabled\">true</property>"]
    if c.spec["shape"] == "password":
        lines += ["    <property name=\"ConnectURL\">jdbc:postgresql://historian.plant.local:5432/%s</property>" % name.lower(),
                  "    <property name=\"Username\">%s</property>" % c.user, "    <property name=\"%s\">%s</property>" % (c.nm("pascal") if not c.obvious else "Password", pw)]
    else:
        lines += ["    <property name=\"EndpointURL\">%s</property>" % c.url().replace("&", "&amp;"), "    <property name=\"%s\">%s</property>" % (c.nm("pascal"), pw)]
    lines += ["    <property name=\"PoolMaxActive\">%d</property>" % pick(r, [8, 16]), "    <property name=\"ValidationQuery\">SELECT 1</property>",
              "  </resource>", "</resources>"]
    return pick(r, ["ignition/export/%s.xml" % name.lower(), "scada/gateway_resources.xml"]), "scada-xml", J(lines)


def t_csv_sites(r, c):
    lines = ["site_name,provider,%s,%s,added,notes" % (c.pub[0] if c.pub else "site_id", c.nm("snake"))]
    n = r.randint(4, 8)
    slot = r.randrange(n)
    for i in range(n):
        site = pick(r, ["North barn", "Dairy roof", "Pivot 3 pump", "Grain dryer", "Workshop", "Farmhouse", "Packing shed"])
        sid = c.pub[1] if (i == slot and c.pub) else str(r.randint(100000, 4999999))
        if i == slot:
            lines.append("%s,%s,%s,%s,%s,%s" % (site, c.spec["label"].replace(",", ""), sid, c.dv("csv"), isodate(r), "primary"))
        else:
            lines.append("%s,%s,%s,,%s,%s" % (site, pick(r, ["SMA", "Fronius", "Victron", "Enphase"]), sid, isodate(r),
                                             pick(r, ["key held by installer", "monitoring only", "no API access", ""])))
    return pick(r, ["data/sites.csv", "inventory/monitoring_sites.csv", "docs/site_register.csv"]), "csv", J(lines)


def t_csv_inventory(r, c):
    if c.spec["shape"] != "password":
        return t_csv_sites(r, c)
    lines = ["site,device,ip,port,username,%s,notes" % (c.nm("snake") if c.spec["shape"] == "password" else "credential")]
    n = r.randint(4, 9)
    slot = r.randrange(n)
    for i in range(n):
        dev = pick(r, ["SMA STP 10.0", "Fronius Symo 8.2", "Victron Cerbo GX", "Eastron SDM630", "Waveshare RS485-ETH", "Huawei SUN2000"])
        ip = "10.%d.%d.%d" % (r.randint(0, 30), r.randint(0, 255), r.randint(2, 250))
        site = pick(r, ["north-barn", "dairy", "pivot-3", "grain-dryer", "workshop"])
        if i == slot:
            cred = c.dv("csv")
            user = c.user or "api"
            lines.append("%s,%s,%s,%d,%s,%s,%s" % (site, c.spec["label"].replace(",", ""), ip, 502 if c.user else 443, user, cred, "moved to new VLAN"))
        else:
            lines.append("%s,%s,%s,502,,,%s" % (site, dev, ip, pick(r, ["read-only", "no auth on modbus", "see label on cabinet", ""])))
    return pick(r, ["inventory/devices.csv", "docs/site_inventory.csv", "sites/%s.csv" % pick(r, ["north", "east"])]), "csv", J(lines)


def t_md_runbook(r, c):
    lines = ["# Runbook: %s integration" % c.spec["label"], "", "Last reviewed %s by %s." % (isodate(r), pick(r, ["ops", "dana", "the field team"])),
             "", "## Symptoms", "", "- dashboard panel *%s* flat-lines" % pick(r, ["PV yield", "Grid import", "Pump energy"]),
             "- exporter logs `401 Unauthorized` or timeouts", "", "## Check the API by hand", ""]
    if c.spec["shape"] == "pem":
        lines += ["The VEN client key (used for the TLS client cert registered with the VTN) is:", "", "```",
                  c.v["s"] if c.is_lit else "(stored in Vault at secret/openadr/ven01)", "```", ""]
        lines += ["```bash", "openssl s_client -connect vtn.utility.example:443 -cert ven.crt -key ven.key </dev/null", "```"]
    else:
        lines += ["```bash"] + sh_curl(c, c.inl("md"), c.pub[1] if c.pub else None) + ["```"]
    lines += ["", "## Fix", "", "1. restart the exporter: `systemctl restart %s-exporter`" % slug(c, "-"),
              "2. if it still fails, rotate the credential in the provider portal and update the deployment", ""]
    return pick(r, ["notes/runbook.md", "docs/runbooks/%s.md" % slug(c, "-"), "RUNBOOK.md"]), "markdown", J(lines)


def t_gha(r, c):
    var = c.nm("screaming")
    lines = ["name: %s" % pick(r, ["nightly-export", "deploy", "refresh-forecast"]), "", "on:", "  schedule:",
             '    - cron: "%d %d * * *"' % (r.randint(0, 59), r.randint(0, 23)), "  workflow_dispatch:", "", "jobs:", "  export:",
             "    runs-on: ubuntu-latest", "    env:"]
    if c.pub:
        lines.append("      %s: %s" % (c.pubnm("screaming"), c.pub[1]))
    if c.user:
        lines.append("      %s: %s" % (ident([c.spec["words"][0], "user"], "screaming"), c.user.replace("\\", "\\\\") if "\\" not in c.user else '"%s"' % c.user.replace("\\", "\\\\")))
    lines.append("      %s: %s" % (var, c.dv("yaml_gha")))
    lines += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5", "        with:",
              '          python-version: "3.12"', "      - run: pip install -r requirements.txt",
              "      - run: python scripts/export.py --days %d" % pick(r, [1, 7])]
    return ".github/workflows/%s.yml" % pick(r, ["export", "deploy", "nightly"]), "github-actions-yaml", J(lines)


def t_k8s_secret(r, c):
    var = c.nm("screaming")
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-credentials" % slug(c, "-"), "  namespace: %s" % pick(r, ["energy", "telemetry", "farm"]),
             "  labels:", "    app.kubernetes.io/name: %s-exporter" % slug(c, "-"), "type: Opaque", "stringData:"]
    if c.pub:
        lines.append("  %s: \"%s\"" % (c.pubnm("screaming"), c.pub[1]))
    if c.user:
        lines.append("  %s: \"%s\"" % (ident([c.spec["words"][0], "user"], "screaming"), c.user.replace("\\", "\\\\")))
    lines.append("  %s: %s" % (var, c.dv("yaml")))
    return pick(r, ["k8s/%s-secret.yaml" % slug(c, "-"), "deploy/k8s/secret.yaml", "charts/energy/templates/secret.yaml"]), "kubernetes-yaml", J(lines)


def t_mosquitto_bridge(r, c):
    lines = ["# Bridge local broker to the %s" % pick(r, ["cloud broker", "co-op aggregator", "VRM broker"]),
             "connection %s" % pick(r, ["cloud-bridge", "coop", "vrm"]), "address %s:%d" % (pick(r, ["mqtt.coop-energy.net", "broker.gridlab.io"]), pick(r, [8883, 1883])),
             "bridge_protocol_version mqttv311", "remote_clientid %s" % ("farm-" + rs(r, LO + DG, 6)),
             "remote_username %s" % (c.user or "bridge"), "remote_password %s" % c.dv("conf"),
             "topic energy/# out 1 local/ remote/%s/" % rs(r, LO, 5), "cleansession true", "notifications false",
             "bridge_cafile /etc/ssl/certs/ca-certificates.crt"]
    return pick(r, ["mosquitto/conf.d/bridge.conf", "mosquitto/config/bridge.conf"]), "mosquitto-conf", J(lines)


def t_pem_file(r, c):
    return pick(r, ["certs/ven01.key", "openadr/ven/client.key", "pki/ven_private.pem"]), "pem", c.v["s"] + "\n"


def t_evcc(r, c):
    tr = c.spec["tr"]
    lines = ["network:", "  schema: http", "  host: evcc.local", "  port: 7070", "", "interval: 30s", "", "site:", "  title: %s" % pick(r, ["Home", "Farmhouse"]),
             "  meters:", "    grid: grid", "    pv: [pv]", "", "meters:", "  - name: grid", "    type: template", "    template: %s" % pick(r, ["shelly-3em", "sma-home-manager"]),
             "    usage: grid", "    host: 192.168.1.%d" % r.randint(20, 200), "  - name: pv", "    type: template"]
    if c.spec["prov"] == "tesla":
        lines += ["    template: tesla-powerwall", "    usage: pv", "    host: 192.168.91.1", "    password: %s" % c.dv("yaml")]
    elif c.spec["prov"] == "octopus":
        lines[-1:] = ["    type: template", "    template: fronius-gen24", "    usage: pv", "    host: 192.168.1.%d" % r.randint(20, 200), "",
                      "tariffs:", "  currency: GBP", "  grid:", "    type: template", "    template: octopus-api",
                      "    apiKey: %s" % c.dv("yaml"), "    accountNumber: %s" % c.sid]
    else:
        lines += ["    template: custom", "    usage: pv", "    power:", "      source: http", "      uri: %s" % c.url(), "      headers:"]
        if tr[0] == "header":
            lines.append('        %s: "%s%s"' % (tr[1], tr[2], c.inl("yaml")))
        elif tr[0] == "query":
            lines[-2:] = ['      uri: "%s?%s=%s"' % (c.url(), tr[1], c.inl("yaml")), "      headers:", "        Accept: application/json"]
        else:
            lines.append('        Authorization: "Bearer %s"' % c.inl("yaml"))
        lines += ["      jq: .power"]
    return pick(r, ["evcc.yaml", "evcc/evcc.yaml"]), "evcc-yaml", J(lines)


def t_esphome(r, c):
    dev = pick(r, ["barn-energy-meter", "pump-house", "greenhouse-ct", "heatpump-monitor"])
    lines = ["esphome:", "  name: %s" % dev, "", "esp32:", "  board: esp32dev", "", "wifi:", "  ssid: !secret wifi_ssid",
             "  password: !secret wifi_password", "", "logger:", ""]
    if c.spec["prov"] == "esphome":
        lines += ["api:", "  encryption:", "    key: %s" % c.dv("yaml_ha"), "", "ota:", "  - platform: esphome", "    password: !secret ota_password"]
    else:
        lines += ["api:", "  encryption:", "    key: !secret api_key", "", "mqtt:", "  broker: mqtt.home.arpa", "  username: %s" % (c.user or "esphome"),
                  "  password: %s" % c.dv("yaml_ha")]
    lines += ["", "sensor:", "  - platform: ct_clamp", "    sensor: adc_sensor", "    name: \"%s current\"" % dev, "    update_interval: 10s",
              "  - platform: adc", "    pin: GPIO34", "    id: adc_sensor", "    attenuation: 11db"]
    return "esphome/%s.yaml" % dev, "esphome-yaml", J(lines)


def t_dockerfile(r, c):
    var = c.nm("screaming")
    lines = ["FROM python:3.12-slim", "", "WORKDIR /app", "COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt",
             "COPY . .", "", "ENV TZ=%s \\" % pick(r, ["Europe/London", "UTC"]), "    POLL_SECONDS=%d \\" % pick(r, [60, 300])]
    if c.pub:
        lines.append("    %s=%s \\" % (c.pubnm("screaming"), c.pub[1]))
    lines.append("    %s=%s" % (var, c.dv("env")))
    lines += ["", "USER 1000", 'CMD ["python", "-m", "collector"]']
    return pick(r, ["Dockerfile", "docker/collector.Dockerfile"]), "dockerfile", J(lines)


def t_tfvars(r, c):
    key = c.nm("snake")
    lines = ['region      = "%s"' % pick(r, ["eu-west-2", "us-east-2", "ap-southeast-2"]), 'environment = "%s"' % pick(r, ["prod", "staging"]),
             'project     = "%s"' % pick(r, ["meter-ingest", "agri-telemetry"]), ""]
    if c.pub:
        lines.append('%s = "%s"' % (c.pub[0], c.pub[1]))
    lines.append("%s = %s" % (key, c.dv("toml")))
    lines += ["", "lambda_schedule = \"rate(%d minutes)\"" % pick(r, [5, 15, 30]), "retention_days  = %d" % pick(r, [30, 90])]
    return pick(r, ["infra/terraform.tfvars", "terraform/prod.auto.tfvars"]), "terraform", J(lines)


def t_ansible(r, c):
    key = c.nm("snake")
    lines = ["---", "# group_vars for the %s hosts" % pick(r, ["edge", "barn", "substation"]), "ntp_servers:", "  - 0.pool.ntp.org",
             "  - 1.pool.ntp.org", "telemetry_user: telemetry", "telemetry_dir: /opt/telemetry"]
    if c.pub:
        lines.append("%s_%s: \"%s\"" % (slug(c), c.pub[0], c.pub[1]))
    if c.user:
        lines.append("%s_username: \"%s\"" % (slug(c), c.user.replace("\\", "\\\\")))
    lines.append("%s: %s" % (key if not c.obvious else slug(c) + "_" + key, c.dv("yaml")))
    lines += ["firewall_allow:", "  - 22/tcp", "  - 9100/tcp"]
    return pick(r, ["ansible/group_vars/edge.yml", "ansible/group_vars/all.yml", "inventory/group_vars/energy.yml"]), "ansible-yaml", J(lines)


def t_crontab(r, c):
    lines = ["# m h dom mon dow command", "SHELL=/bin/bash", "MAILTO=\"\"", "",
             "*/5 * * * * /opt/energy/venv/bin/python /opt/energy/collect.py >> /var/log/energy.log 2>&1"]
    cmd = sh_curl(c, c.inl("sh"), c.pub[1] if c.pub else None)
    one = " ".join(x.rstrip("\\").strip() for x in cmd)
    lines.append("%d * * * * %s -o /var/lib/energy/%s.json" % (r.randint(0, 59), one.replace("%", "\\%"), slug(c)))
    lines.append("0 3 * * * find /var/lib/energy -mtime +30 -delete")
    return pick(r, ["deploy/crontab", "cron/energy.crontab"]), "crontab", J(lines)


def t_appdaemon(r, c):
    lines = ["%s_sync:" % slug(c), "  module: %s_sync" % slug(c), "  class: %sSync" % ident(c.spec["prov"].split("_"), "pascal"),
             "  interval: %d" % pick(r, [60, 300]), "  target_sensor: sensor.%s_power" % slug(c)]
    if c.pub:
        lines.append("  %s: \"%s\"" % (c.pub[0], c.pub[1]))
    if c.user:
        lines.append("  username: \"%s\"" % c.user.replace("\\", "\\\\"))
    lines.append("  %s: %s" % (c.nm("snake"), c.dv("yaml_ha")))
    lines += ["", "battery_guard:", "  module: battery_guard", "  class: BatteryGuard", "  min_soc: %d" % pick(r, [10, 20])]
    return pick(r, ["appdaemon/apps/apps.yaml", "apps/apps.yaml"]), "appdaemon-yaml", J(lines)


def t_yaml_app(r, c):
    key = c.nm(pick(r, ["snake", "camel"]))
    lines = ["# %s service configuration" % pick(r, ["irrigation-scheduler", "meter-ingest", "pv-forecast", "dr-agent"]),
             "server:", "  port: %d" % pick(r, [8000, 8080, 9000]), "  log_level: %s" % pick(r, ["info", "warning"]), "",
             "storage:", "  influx_url: http://influxdb:8086", "  bucket: energy", "", "providers:", "  %s:" % slug(c),
             "    enabled: true", "    base_url: %s" % c.spec["host"]]
    if c.pub:
        lines.append("    %s: \"%s\"" % (c.pub[0], c.pub[1]))
    if c.user:
        lines.append("    username: \"%s\"" % c.user.replace("\\", "\\\\"))
    lines.append("    %s: %s" % (key, c.dv("yaml")))
    lines += ["    timeout_s: %d" % pick(r, [10, 20, 30]), "", "schedule:", "  - cron: \"*/%d * * * *\"" % pick(r, [5, 15]),
              "    job: poll_%s" % slug(c)]
    return pick(r, ["config/app.yml", "config.yaml", "etc/service.yaml"]), "yaml", J(lines)


def t_py_mqtt(r, c):
    style = pick(r, ["screaming", "snake"])
    var = c.nm(style)
    lines = ['"""modbus -> mqtt bridge for the %s."""' % pick(r, ["grain dryer", "pivot pumps", "battery bank"]), "",
             "import paho.mqtt.client as mqtt", "from pymodbus.client import ModbusTcpClient", "",
             'BROKER = "mqtt.home.arpa"', "%s = %s" % (var, c.code("py")), "",
             "mb = ModbusTcpClient(\"192.168.1.%d\", port=502)" % r.randint(20, 200), 'cli = mqtt.Client(client_id="bridge-%s")' % rs(r, LO, 4),
             'cli.username_pw_set("%s", %s)' % (c.user or "bridge", var), "cli.connect(BROKER, 1883)", "",
             "while True:", "    rr = mb.read_holding_registers(%d, count=2, slave=1)" % pick(r, [30775, 40083, 32080]),
             '    cli.publish("energy/inverter/ac_power", rr.registers[0])']
    return pick(r, ["bridge/modbus2mqtt.py", "scripts/mb_bridge.py"]), "python", J(lines)


# ---------------------------------------------------------------------------
# template registry
# ---------------------------------------------------------------------------
NO_ODD = ("aws", "tgpath")
TEMPLATES = [
    # name, fn, shapes, env_ok (negatives may use env refs), exclude transports, only provs
    ("py_script", t_py_script, ("token", "password"), True, (), None),
    ("py_settings", t_py_settings, ("token", "password", "pem"), True, (), None),
    ("py_positional", t_py_positional, ("token", "password", "pem"), True, ("aws", "tgpath"), None),
    ("ipynb", t_ipynb, ("token", "password"), True, (), None),
    ("js_fetch", t_js_fetch, ("token", "password"), True, (), None),
    ("ts_config", t_ts_config, ("token", "password"), True, (), None),
    ("go_main", t_go_main, ("token", "password"), True, (), None),
    ("sh_cron", t_sh_cron, ("token", "password"), True, (), None),
    ("ps1", t_ps1, ("token", "password"), True, ("aws", "tgpath", "url"), None),
    ("php", t_php, ("token", "password"), True, (), None),
    ("env", t_env, ("token", "password"), False, (), None),
    ("compose", t_compose, ("token", "password"), True, (), None),
    ("ha_config", t_ha_config, ("token", "password"), "ha", ("aws", "tgpath", "url", "form", "basic_key"), None),
    ("ha_secrets", t_ha_secrets, ("token", "password"), False, (), None),
    ("ha_package", t_ha_package, ("token", "password"), False, ("aws", "url"), None),
    ("nodered", t_nodered, ("token", "password"), True, ("aws",), None),
    ("telegraf", t_telegraf, ("token", "password"), True, ("aws", "tgpath"), None),
    ("grafana_ds", t_grafana_ds, ("token", "password"), True, ("aws", "tgpath", "form", "basic_key"), None),
    ("systemd", t_systemd, ("token", "password"), False, (), None),
    ("ini", t_ini, ("token", "password"), True, (), None),
    ("toml", t_toml, ("token", "password"), True, (), None),
    ("json_cfg", t_json_cfg, ("token", "password"), True, (), None),
    ("ha_addon_options", t_ha_addon_options, ("token", "password"), False, ("aws",), None),
    ("appsettings", t_appsettings, ("token", "password"), True, (), None),
    ("properties", t_properties, ("token", "password"), True, (), None),
    ("xml_logger", t_xml_logger, ("token", "password"), True, ("aws", "tgpath"), None),
    ("xml_ignition", t_xml_ignition, ("password",), True, (), ("ignition", "postgres", "osisoft_pi", "modbus_gateway", "sma")),
    ("csv_inventory", t_csv_inventory, ("token", "password"), False, ("aws", "tgpath"), None),
    ("md_runbook", t_md_runbook, ("token", "password", "pem"), True, (), None),
    ("gha", t_gha, ("token", "password"), True, (), None),
    ("k8s_secret", t_k8s_secret, ("token", "password"), False, (), None),
    ("mosquitto_bridge", t_mosquitto_bridge, ("password",), False, (), ("mqtt",)),
    ("pem_file", t_pem_file, ("pem",), False, (), None),
    ("evcc", t_evcc, ("token", "password"), True, ("aws", "tgpath", "url", "form", "basic", "login", "basic_key"),
     ("enphase", "solaredge", "victron", "fronius", "electricitymaps", "home_assistant", "emporia", "davis_weatherlink", "fbn")),
    ("evcc_tesla", t_evcc, ("password", "token"), True, (), ("tesla_pw", "octopus")),
    ("esphome", t_esphome, ("token", "password"), "ha", (), ("esphome", "mqtt")),
    ("dockerfile", t_dockerfile, ("token", "password"), False, (), None),
    ("tfvars", t_tfvars, ("token", "password"), False, (), None),
    ("ansible", t_ansible, ("token", "password"), False, (), None),
    ("crontab", t_crontab, ("token", "password"), True, (), None),
    ("appdaemon", t_appdaemon, ("token", "password"), "ha", ("aws",), None),
    ("yaml_app", t_yaml_app, ("token", "password"), True, (), None),
    ("py_mqtt", t_py_mqtt, ("password",), True, (), ("mqtt",)),
]
ONLY_FOR_SPEC = {"esphome": ("esphome", "ha_secrets", "ansible", "k8s_secret", "env")}


def spec_tag(spec):
    if spec["prov"] == "tesla" and spec["kind"] == "password":
        return "tesla_pw"
    return spec["prov"]


def templates_for(spec, for_negative=False):
    out = []
    tr = spec["tr"][0]
    for t in TEMPLATES:
        name, fn, shapes, env_ok, excl, only = t
        if spec["shape"] not in shapes or tr in excl:
            continue
        if only is not None and spec_tag(spec) not in only and spec["prov"] not in only:
            continue
        if spec["prov"] in ONLY_FOR_SPEC and name not in ONLY_FOR_SPEC[spec["prov"]]:
            continue
        if name == "evcc" and spec["prov"] in ("tesla", "octopus"):
            continue
        if for_negative and name == "pem_file":
            continue
        out.append(t)
    return out


# ---------------------------------------------------------------------------
# negative values for the secret slot
# ---------------------------------------------------------------------------
def neg_value(r, c_spec, env_ok):
    spec = c_spec
    env = spec["env"]
    low = env.lower()
    kinds = ["placeholder", "placeholder", "masked", "empty", "secret_manager_ref", "redacted"]
    if spec["ex"]:
        kinds += ["doc_example", "doc_example"]
    if env_ok is True:
        kinds += ["env_reference", "env_reference", "env_reference"]
    if env_ok == "ha":
        kinds += ["ha_secret_ref", "ha_secret_ref", "ha_secret_ref"]
    k = pick(r, kinds)
    if k == "placeholder":
        opts = list(spec["ph"]) + ["YOUR_%s" % env, "<%s>" % low.replace("_", "-"), "REPLACE_ME", "TODO", "xxxxxxxxxxxxxxxx"]
        if spec["shape"] == "password":
            opts += ["changeme", "password", "<password>"]
        return {"t": "lit", "s": pick(r, opts)}, "placeholder"
    if k == "masked":
        pre = spec.get("mpre", "")
        opts = ["********", "*" * r.randint(10, 32), "\u2022" * r.randint(8, 16), pre + "*" * r.randint(12, 24),
                pre + "XXXX...XXXX", "****" + rs(r, LO + DG, 4)]
        return {"t": "lit", "s": pick(r, opts)}, "masked"
    if k == "redacted":
        return {"t": "lit", "s": pick(r, ["[REDACTED]", "<redacted>", "REDACTED", "***REMOVED***", "[filtered]"])}, "redacted"
    if k == "empty":
        return {"t": "lit", "s": ""}, "empty"
    if k == "doc_example":
        return {"t": "lit", "s": pick(r, spec["ex"])}, "doc_example"
    if k == "secret_manager_ref":
        opts = ["vault:secret/data/energy/%s#%s" % (spec["prov"], low), "op://Homelab/%s/credential" % spec["label"].split()[0],
                "arn:aws:secretsmanager:eu-west-1:%s:secret:energy/%s" % (rs(r, DG, 12), spec["prov"].replace("_", "-")),
                "{{ vault_%s }}" % low, "{{ lookup('env', '%s') }}" % env,
                "sm://projects/farm-data/secrets/%s/versions/latest" % low.replace("_", "-"),
                "file:/run/secrets/%s" % low]
        return {"t": "lit", "s": pick(r, opts)}, "secret_manager_ref"
    if k == "env_reference":
        return {"t": "env", "name": env}, "env_reference"
    return {"t": "ref", "name": "%s_%s" % (spec["prov"], "_".join(spec["words"][1:]) or "key")}, "ha_secret_ref"


# ---------------------------------------------------------------------------
# domain look-alike negatives: (relpath, filetype, text, provider, kind)
# ---------------------------------------------------------------------------
def n_meter_csv(r):
    m = mpan(r)
    ser = meter_serial(r)
    lines = ["mpan,meter_serial,interval_start,interval_end,consumption_kwh,export_kwh"]
    d = isodate(r)
    for i in range(r.randint(12, 40)):
        h, mi = divmod(i * 30, 60)
        lines.append("%s,%s,%sT%02d:%02d:00Z,%sT%02d:%02d:00Z,%.3f,%.3f" % (m, ser, d, h % 24, mi, d, (h + (mi + 30) // 60) % 24, (mi + 30) % 60,
                                                                           r.uniform(0.05, 1.9), r.uniform(0, 1.2)))
    return pick(r, ["data/octopus_consumption.csv", "exports/meter_%s.csv" % m[-4:], "meter-readings/%s.csv" % d]), "csv", J(lines), "octopus", "meter_id"


def n_gas_json(r):
    res = []
    for i in range(r.randint(4, 10)):
        res.append({"consumption": round(r.uniform(0.1, 3.4), 3), "interval_start": isotime(r), "interval_end": isotime(r)})
    doc = {"count": len(res), "next": None, "previous": None, "results": res}
    head = {"mprn": rs(r, DG, 10), "meter_serial": "E6S%08d%02d" % (r.randint(0, 99999999), r.randint(10, 24)),
            "account": "A-" + rs(r, HEXU, 8), "tariff_code": "G-1R-VAR-22-11-01-%s" % pick(r, ["A", "C", "J", "N"])}
    text = json.dumps({"meta": head, "data": doc}, indent=2) + "\n"
    return pick(r, ["tests/fixtures/octopus_gas.json", "fixtures/gas_consumption.json"]), "json", text, "octopus", "meter_id"


def n_solaredge_site(r):
    sid = r.randint(1000000, 4999999)
    doc = {"details": {"id": sid, "name": pick(r, ["Hollow Creek Barn", "Smith Residence", "Depot 3 Roof"]), "accountId": r.randint(10000, 99999),
                       "status": "Active", "peakPower": round(r.uniform(4, 99), 2), "currency": "EUR", "installationDate": isodate(r),
                       "primaryModule": {"manufacturerName": "REC", "modelName": "REC405AA", "maximumPower": 405.0},
                       "uris": {"SITE_IMAGE": "/site/%d/siteImage/panel.jpg" % sid, "DETAILS": "/site/%d/details" % sid},
                       "publicSettings": {"isPublic": False}},
           "inventory": {"inverters": [{"name": "Inverter 1", "manufacturer": "SolarEdge", "model": "SE10K-RWS48BEN4",
                                        "SN": "%s-%s" % (rs(r, HEXU, 8), rs(r, HEXU, 2)), "cpuVersion": "4.18.%d" % r.randint(10, 40)}]}}
    return pick(r, ["tests/fixtures/solaredge_site.json", "samples/site_details.json"]), "json", json.dumps(doc, indent=2) + "\n", "solaredge", "site_id"


def n_envoy_inventory(r):
    devs = []
    for i in range(r.randint(2, 4)):
        devs.append({"part_num": "800-01%d-r02" % r.randint(100, 999), "installed": str(ts(r)), "serial_num": "1221" + rs(r, DG, 8),
                     "device_status": ["envoy.global.ok"], "last_rpt_date": str(ts(r)), "admin_state": 1, "dev_type": 1,
                     "producing": True, "communicating": True, "img_pnum_running": "520-00082-r01-v04.%d.%d" % (r.randint(0, 40), r.randint(0, 9))})
    doc = [{"type": "PCU", "devices": devs}, {"type": "ACB", "devices": []}, {"type": "NSRB", "devices": []}]
    return pick(r, ["fixtures/envoy_inventory.json", "test/data/inventory.json"]), "json", json.dumps(doc, indent=1) + "\n", "enphase", "serial"


def n_victron_topics(r):
    portal = rs(r, HEXL, 12)
    lines = ["# Venus OS dbus-mqtt topics we subscribe to (portal id is the GX device's MAC-derived VRM id)",
             "vrm:", "  portal_id: \"%s\"" % portal, "  installation_id: %d" % r.randint(100000, 499999), "topics:"]
    for t in ["system/0/Dc/Battery/Soc", "system/0/Ac/Grid/L1/Power", "solarcharger/%d/Yield/Power" % r.randint(256, 290),
              "vebus/%d/Ac/Out/L1/P" % r.randint(256, 290), "battery/%d/Dc/0/Voltage" % r.randint(256, 290)]:
        lines.append("  - N/%s/%s" % (portal, t))
    lines += ["keepalive_topic: R/%s/keepalive" % portal, "gateway_mac: \"%s\"" % ":".join(portal[i:i + 2] for i in range(0, 12, 2))]
    return pick(r, ["config/victron_topics.yaml", "venus/topics.yaml"]), "yaml", J(lines), "victron", "device_id"


def n_powerwall_status(r):
    gw = "TG12" + rs(r, DG, 7) + rs(r, UP, 3)
    doc = {"din": "1232100-00-E--%s" % gw, "start_time": "%s 10:02:44 +0000" % isodate(r), "up_time_seconds": "%dh%dm%ds" % (r.randint(1, 900), r.randint(0, 59), r.randint(0, 59)),
           "is_new": False, "version": "23.%d.%d" % (r.randint(10, 44), r.randint(0, 9)), "git_hash": rs(r, HEXL, 40),
           "commission_count": 0, "device_type": "teg", "teg_type": "unknown", "sync_type": "v2.1", "cellular_disabled": False,
           "can_reboot": True, "battery_blocks": [{"PackageSerialNumber": "TG1%s" % rs(r, DG, 11), "nominal_energy_remaining": r.randint(2000, 13500)}]}
    return pick(r, ["tests/fixtures/powerwall_status.json", "docs/samples/system_status.json"]), "json", json.dumps(doc, indent=2) + "\n", "tesla", "serial"


def n_ha_secret_refs(r):
    lines = ["homeassistant:", "  name: Home", "  latitude: !secret latitude_home", "  longitude: !secret longitude_home", "",
             "solaredge:", "  api_key: !secret solaredge_api_key", "  site_id: !secret solaredge_site_id", "",
             "sensor:", "  - platform: rest", "    name: Carbon intensity", "    resource: https://api.electricitymap.org/v3/carbon-intensity/latest?zone=GB",
             "    headers:", "      auth-token: !secret electricitymaps_token", "    value_template: \"{{ value_json.carbonIntensity }}\"",
             "", "octopus_energy:", "  account_id: !secret octopus_account", "  api_key: !secret octopus_api_key", "",
             "mqtt:", "  broker: mqtt.home.arpa", "  username: homeassistant", "  password: !secret mqtt_password"]
    return pick(r, ["configuration.yaml", "homeassistant/configuration.yaml"]), "homeassistant-yaml", J(lines), "home_assistant", "ha_secret_ref"


def n_ha_secrets_example(r):
    lines = ["# Copy to secrets.yaml and fill in. Never commit the real one.", "latitude_home: 51.5", "longitude_home: -0.12",
             "solaredge_api_key: \"<api key from monitoring portal>\"", "solaredge_site_id: \"1234567\"",
             "octopus_api_key: \"sk_live_...\"", "octopus_account: \"A-XXXXXXXX\"", "electricitymaps_token: \"\"",
             "mqtt_password: \"\"", "powerwall_password: \"<last five characters of the gateway serial>\"",
             "weatherlink_api_key: \"\"", "weatherlink_api_secret: \"\""]
    return pick(r, ["secrets.example.yaml", "secrets.yaml.example", "homeassistant/secrets.sample.yaml"]), "homeassistant-secrets", J(lines), "home_assistant", "placeholder"


def n_nodered_cred(r):
    iv = rs(r, HEXL, 32)
    ct = b64(rbytes(r, r.choice([48, 64, 80, 96])))
    text = json.dumps({"$": iv + ct}, indent=4) + "\n"
    return pick(r, ["flows_cred.json", "node-red/flows_cred.json", ".node-red/flows_cred.json"]), "node-red-json", text, "mqtt", "ciphertext"


def n_nodered_settings(r):
    salt = rs(r, "./" + AN, 22)
    hsh = "$2b$08$" + salt + rs(r, "./" + AN, 31)
    lines = ["module.exports = {", "    flowFile: 'flows.json',", "    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,",
             "    uiPort: process.env.PORT || 1880,", "    adminAuth: {", "        type: 'credentials',", "        users: [{",
             "            username: 'admin',", "            // bcrypt hash generated with `node-red admin hash-pw`",
             "            password: '%s'," % hsh, "            permissions: '*'", "        }]", "    },",
             "    logging: { console: { level: 'info', metrics: false, audit: false } },", "    editorTheme: { projects: { enabled: false } },", "};"]
    return pick(r, ["settings.js", "node-red/settings.js"]), "javascript", J(lines), "mqtt", "bcrypt_hash"


def n_telegraf_env(r):
    lines = ["[agent]", '  interval = "10s"', "", "[[outputs.influxdb_v2]]", '  urls = ["${INFLUX_URL}"]', '  token = "${INFLUX_TOKEN}"',
             '  organization = "${INFLUX_ORG}"', '  bucket = "energy"', "", "[[inputs.modbus]]", '  name = "sdm630"', "  slave_id = %d" % r.randint(1, 5),
             '  controller = "tcp://10.0.%d.%d:502"' % (r.randint(0, 9), r.randint(2, 250)), "  input_registers = ["]
    for nm, addr in [("voltage_l1", 0), ("current_l1", 6), ("active_power_l1", 12), ("frequency", 70), ("import_kwh", 72)]:
        lines.append('    { name = "%s", byte_order = "ABCD", data_type = "FLOAT32-IEEE", scale = 1.0, address = [%d, %d] },' % (nm, addr, addr + 1))
    lines += ["  ]", "", "[[inputs.mqtt_consumer]]", '  servers = ["tcp://mqtt.home.arpa:1883"]', '  topics = ["energy/#"]',
              '  username = "${MQTT_USER}"', '  password = "${MQTT_PASSWORD}"', '  data_format = "json"']
    return pick(r, ["telegraf.conf", "telegraf/telegraf.conf"]), "telegraf-toml", J(lines), "influxdb", "env_reference"


def n_grafana_dashboard(r):
    panels = []
    for i in range(r.randint(2, 3)):
        panels.append({"id": i + 1, "type": pick(r, ["timeseries", "stat", "gauge"]), "title": pick(r, ["PV power", "Grid import", "Battery SoC", "House load", "Carbon intensity"]),
                       "datasource": {"type": "influxdb", "uid": rs(r, AN, 9)},
                       "targets": [{"refId": "A", "query": "from(bucket: \"energy\") |> range(start: v.timeRange.start) |> filter(fn: (r) => r._measurement == \"%s\")" % pick(r, ["pv", "grid", "battery"])}],
                       "gridPos": {"h": 8, "w": 12, "x": (i % 2) * 12, "y": (i // 2) * 8}})
    doc = {"uid": rs(r, AN + "-", 14), "title": pick(r, ["Home energy", "Farm power", "Site overview"]), "version": r.randint(3, 40),
           "schemaVersion": 39, "tags": ["energy"], "panels": panels, "time": {"from": "now-24h", "to": "now"}}
    return pick(r, ["grafana/dashboards/energy.json", "dashboards/site-overview.json"]), "grafana-json", json.dumps(doc, indent=2) + "\n", "grafana", "uid"


def n_compose_secrets(r):
    lines = ["services:", "  solar-exporter:", "    image: ghcr.io/homeenergy/solar-exporter:1.6", "    environment:",
             "      SOLAREDGE_API_KEY_FILE: /run/secrets/solaredge_api_key", "      SOLAREDGE_SITE_ID: \"%d\"" % r.randint(1000000, 4999999),
             "      OCTOPUS_API_KEY: ${OCTOPUS_API_KEY:?set in .env}", "    secrets:", "      - solaredge_api_key", "",
             "  influxdb:", "    image: influxdb:2.7", "    environment:", "      DOCKER_INFLUXDB_INIT_MODE: setup",
             "      DOCKER_INFLUXDB_INIT_USERNAME: admin", "      DOCKER_INFLUXDB_INIT_PASSWORD_FILE: /run/secrets/influx_admin_password",
             "      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN_FILE: /run/secrets/influx_admin_token", "    secrets:", "      - influx_admin_password",
             "      - influx_admin_token", "", "secrets:", "  solaredge_api_key:", "    file: ./secrets/solaredge_api_key.txt",
             "  influx_admin_password:", "    file: ./secrets/influx_admin_password.txt", "  influx_admin_token:", "    file: ./secrets/influx_admin_token.txt"]
    return pick(r, ["docker-compose.yml", "compose.yaml"]), "docker-compose", J(lines), "solaredge", "secret_reference"


def n_systemd_creds(r):
    unit = pick(r, ["octopus-agile-sync", "vrm-exporter", "weatherlink-poller"])
    lines = ["[Unit]", "Description=%s" % unit, "After=network-online.target", "", "[Service]", "Type=simple", "DynamicUser=yes",
             "EnvironmentFile=-/etc/default/%s" % unit, "LoadCredential=api_token:/etc/credstore/%s.token" % unit,
             "Environment=TOKEN_PATH=%d/api_token", "ExecStart=/usr/local/bin/%s --token-file ${CREDENTIALS_DIRECTORY}/api_token" % unit,
             "ProtectSystem=strict", "NoNewPrivileges=yes", "", "[Install]", "WantedBy=multi-user.target"]
    return "deploy/systemd/%s.service" % unit, "systemd", J(lines), pick(r, ["octopus", "victron", "davis_weatherlink"]), "secret_reference"


def n_firmware_sums(r):
    lines = []
    for f in ["SE-inverter-4.18.%d.bin", "cerbo-gx-v3.%d.swu", "gen24-1.%d.3-1.upd", "envoy-D8.2.%d.tar", "sdm630-bridge-0.%d.hex"]:
        lines.append("%s  %s" % (rs(r, HEXL, 64), f % r.randint(10, 60)))
    lines2 = ["# firmware mirror – verify with `sha256sum -c SHA256SUMS`"] + lines
    return pick(r, ["firmware/SHA256SUMS", "mirror/SHA256SUMS"]), "checksums", J(lines2), "victron", "hash"


def n_espi_xml(r):
    up = uuid4(r)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:espi="http://naesb.org/espi">',
             "  <id>urn:uuid:%s</id>" % uuid4(r), "  <title>Green Button Usage Feed</title>", "  <updated>%s</updated>" % isotime(r),
             "  <entry>", "    <id>urn:uuid:%s</id>" % up,
             '    <link rel="self" href="https://greenbutton.utility.example/DataCustodian/espi/1_1/resource/Subscription/%d/UsagePoint/%d"/>' % (r.randint(1, 9999), r.randint(1, 99)),
             "    <content>", "      <espi:UsagePoint>", "        <espi:ServiceCategory><espi:kind>0</espi:kind></espi:ServiceCategory>",
             "      </espi:UsagePoint>", "    </content>", "  </entry>", "  <entry>", "    <id>urn:uuid:%s</id>" % uuid4(r), "    <content>",
             "      <espi:IntervalBlock>", "        <espi:interval><espi:duration>86400</espi:duration><espi:start>%d</espi:start></espi:interval>" % ts(r)]
    for i in range(r.randint(4, 12)):
        lines.append("        <espi:IntervalReading><espi:timePeriod><espi:duration>3600</espi:duration><espi:start>%d</espi:start></espi:timePeriod><espi:value>%d</espi:value></espi:IntervalReading>" % (ts(r), r.randint(80, 2400)))
    lines += ["      </espi:IntervalBlock>", "    </content>", "  </entry>", "</feed>"]
    return pick(r, ["data/greenbutton/usage_feed.xml", "fixtures/espi_batch.xml"]), "xml", J(lines), "greenbutton", "uuid_id"


def fingerprint(r):
    return ":".join(rs(r, HEXU, 2) for _ in range(10))


def n_openadr_event(r):
    ven = fingerprint(r)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<oadr:oadrPayload xmlns:oadr="http://openadr.org/oadr-2.0b/2012/07" xmlns:ei="http://docs.oasis-open.org/ns/energyinterop/201110" xmlns:pyld="http://docs.oasis-open.org/ns/energyinterop/201110/payloads">',
             '  <oadr:oadrSignedObject>', "    <oadr:oadrDistributeEvent ei:schemaVersion=\"2.0b\">",
             "      <pyld:requestID>%s</pyld:requestID>" % rs(r, HEXL, 20), "      <ei:vtnID>%s</ei:vtnID>" % pick(r, ["UTILITY_VTN_01", "dr-vtn-prod"]),
             "      <oadr:oadrEvent>", "        <ei:eiEvent>", "          <ei:eventDescriptor>",
             "            <ei:eventID>%s</ei:eventID>" % uuid4(r), "            <ei:modificationNumber>%d</ei:modificationNumber>" % r.randint(0, 3),
             "            <ei:createdDateTime>%s</ei:createdDateTime>" % isotime(r), "          </ei:eventDescriptor>",
             "          <ei:eiTarget><ei:venID>%s</ei:venID></ei:eiTarget>" % ven, "        </ei:eiEvent>",
             "        <oadr:oadrResponseRequired>always</oadr:oadrResponseRequired>", "      </oadr:oadrEvent>",
             "    </oadr:oadrDistributeEvent>", "  </oadr:oadrSignedObject>", "</oadr:oadrPayload>"]
    return pick(r, ["tests/fixtures/oadrDistributeEvent.xml", "openadr/samples/distribute_event.xml"]), "xml", J(lines), "openadr", "fingerprint"


def n_public_cert(r):
    der = bytes.fromhex("308202") + rbytes(r, 1) + bytes.fromhex("308201") + rbytes(r, 560)
    body = b64(der)
    pem = "-----BEGIN CERTIFICATE-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END CERTIFICATE-----\n"
    head = "# VEN client certificate (public part only; the key stays on the device TPM)\n# fingerprint: %s\n" % fingerprint(r)
    return pick(r, ["certs/ven01.crt", "openadr/ven/client.pem", "pki/ven_cert.pem"]), "pem", head + pem, "openadr", "public_cert"


def n_plc_export(r):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<Tags MinVersion="8.1.0">']
    for i in range(r.randint(5, 14)):
        nm = pick(r, ["Pump", "Valve", "Meter", "Inverter", "Feeder"]) + "%02d" % (i + 1)
        lines += ['  <Tag name="%s" type="AtomicTag">' % nm, '    <Property name="valueSource">opc</Property>',
                  '    <Property name="opcItemPath">ns=1;s=[PLC_%s]HR%d</Property>' % (pick(r, ["North", "Dryer", "Pivot"]), r.randint(40001, 49999)),
                  '    <Property name="dataType">%s</Property>' % pick(r, ["Float4", "Int4", "Boolean"]),
                  '    <Property name="engUnit">%s</Property>' % pick(r, ["kW", "kWh", "bar", "m3/h"]), "  </Tag>"]
    lines.append("</Tags>")
    return pick(r, ["scada/tags_export.xml", "ignition/tags/plant_tags.xml", "plc/export/tags.xml"]), "scada-xml", J(lines), "ignition", "config"


def n_register_map(r):
    lines = ["register,name,type,units,scale,access,description"]
    base = pick(r, [30000, 40000])
    for nm, t, u in [("AC_Power", "int16", "W"), ("AC_Energy_WH", "acc32", "Wh"), ("DC_Voltage", "uint16", "V"), ("Temp_Cab", "int16", "C"),
                     ("Serial", "string16", ""), ("Status", "enum16", ""), ("Grid_Freq", "uint16", "Hz"), ("Password_Level", "enum16", "")]:
        lines.append("%d,%s,%s,%s,%s,%s,%s" % (base + r.randint(1, 900), nm, t, u, pick(r, ["1", "0.1", "0.01"]), pick(r, ["R", "RW"]),
                                             "login level (0=user 1=installer); value itself is never readable" if nm == "Password_Level" else ""))
    return pick(r, ["docs/modbus_register_map.csv", "maps/sunspec_inverter.csv"]), "csv", J(lines), "modbus_gateway", "register_map"


def n_pi_webids(r):
    items = []
    for i in range(r.randint(3, 8)):
        items.append({"WebId": "F1DP" + rs(r, AN + "-_", 40), "Name": "%s.%s" % (pick(r, ["FDR", "PV", "BESS"]), pick(r, ["MW", "MVAR", "SOC", "KWH"])),
                      "Path": "\\\\PISRV01\\%s" % pick(r, ["Substation1", "SolarFarm", "Battery"]), "PointClass": "classic", "PointType": "Float32",
                      "Links": {"Self": "https://pi.corp.local/piwebapi/points/F1DP%s" % rs(r, AN, 16)}})
    return pick(r, ["tests/fixtures/pi_points.json", "samples/piwebapi_points.json"]), "json", json.dumps({"Items": items}, indent=2) + "\n", "osisoft_pi", "web_id"


def n_deere_response(r):
    lines = ["# Sample Operations Center response (sandbox), kept for parser tests",
             "# x-deere-signature is a change-tracking token returned by the API, not a credential",
             "HTTP/1.1 200 OK", "Content-Type: application/vnd.deere.axiom.v3+json", "x-deere-signature: %s" % rs(r, HEXL, 32), "",
             json.dumps({"links": [{"rel": "self", "uri": "https://sandboxapi.deere.com/platform/organizations/%d/fields" % r.randint(1000, 999999)}],
                         "total": 2, "values": [{"id": uuid4(r), "name": pick(r, ["North 80", "River Bottom", "Home Quarter"]), "archived": False},
                                                {"id": uuid4(r), "name": pick(r, ["Pivot 3", "West 40"]), "archived": False}]}, indent=2)]
    return pick(r, ["tests/fixtures/deere_fields.http", "docs/deere_sample_response.txt"]), "http", J(lines), "john_deere", "signature"


def n_weatherlink_current(r):
    doc = {"station_id": r.randint(10000, 299999), "station_id_uuid": uuid4(r), "generated_at": ts(r),
           "sensors": [{"lsid": r.randint(100000, 999999), "sensor_type": 45, "data_structure_type": 10,
                        "data": [{"ts": ts(r), "temp": round(r.uniform(20, 95), 1), "hum": round(r.uniform(10, 99), 1),
                                  "wind_speed_last": round(r.uniform(0, 25), 1), "rainfall_daily_in": round(r.uniform(0, 2), 2)}]}]}
    lines = json.dumps(doc, indent=2)
    return pick(r, ["tests/fixtures/weatherlink_current.json", "data/wl_current_sample.json"]), "json", lines + "\n", "davis_weatherlink", "uuid_id"


def n_notebook_env(r):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# Pump energy vs. irrigation volume\n", "Credentials come from the environment (see README)."]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import os, getpass\n", "import pandas as pd\n", "EIA_API_KEY = os.environ.get('EIA_API_KEY') or getpass.getpass('EIA key: ')\n",
                         "SITE_ID = %d" % r.randint(1000000, 4999999)]},
             {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
                 {"output_type": "execute_result", "execution_count": 2, "metadata": {},
                  "data": {"text/plain": ["   kwh   m3\n", "0  %.1f  %.1f\n" % (r.uniform(1, 90), r.uniform(1, 400)), "1  %.1f  %.1f" % (r.uniform(1, 90), r.uniform(1, 400))]}}],
              "source": ["df = pd.read_csv('pump_log.csv')\n", "df[['kwh', 'm3']].head(2)"]}]
    nb = {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}, "nbformat": 4, "nbformat_minor": 5}
    return pick(r, ["notebooks/pump_energy.ipynb", "analysis/irrigation.ipynb"]), "jupyter", json.dumps(nb, indent=1) + "\n", "eia", "env_reference"


def n_i18n(r):
    de = {"login.title": "Anmelden", "login.password": "Passwort", "login.password_hint": "Mindestens 12 Zeichen",
          "settings.api_key": "API-Schlüssel", "settings.api_key_help": "Den Schlüssel finden Sie im SolarEdge-Portal unter Admin → Site Access.",
          "settings.token_expired": "Das Zugriffstoken ist abgelaufen. Bitte erneut verbinden.", "energy.today": "Heute erzeugt",
          "energy.secret_hidden": "Geheimnis verborgen", "mqtt.password_placeholder": "MQTT-Passwort eingeben"}
    fr = {"login.title": "Connexion", "login.password": "Mot de passe", "settings.api_key": "Clé API",
          "settings.token_expired": "Le jeton d'accès a expiré.", "energy.today": "Produit aujourd'hui", "mqtt.password_placeholder": "Mot de passe MQTT"}
    lang, d = pick(r, [("de", de), ("fr", fr)])
    return "src/locales/%s.json" % lang, "json", json.dumps(d, indent=2, ensure_ascii=False) + "\n", "solaredge", "i18n"


def n_readme_examples(r):
    lines = ["# solar-weather-bridge", "", "Pushes SolarEdge production and Davis WeatherLink readings into InfluxDB.", "", "## Configuration", "",
             "The examples below use the **documentation values** from the providers' guides. Replace them with your own",
             "values in `.env` (never commit `.env`).", "", "```ini", "SOLAREDGE_API_KEY=L4QLVQ1LOKCQX2193VSEICXW61NP6B1O   # example from SolarEdge API doc",
             "SOLAREDGE_SITE_ID=1", "WEATHERLINK_API_KEY=987654321                         # fictitious key from the WeatherLink tutorial",
             "WEATHERLINK_API_SECRET=ABC123                            # fictitious secret from the WeatherLink tutorial",
             "TELEGRAM_BOT_TOKEN=123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11", "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
             "AWS_SECRET_ACCESS_KEY=wJalrXUtnFI/K7MDENG/bPxRfiCYEXAMPLEKEY", "```", "", "## Running", "", "```bash", "docker compose up -d", "```"]
    return pick(r, ["README.md", "docs/configuration.md"]), "markdown", J(lines), "solaredge", "doc_example"


def n_test_vectors(r):
    lines = ['"""Signature helper tests (RFC 4231 HMAC-SHA256 test case 2 plus WeatherLink v1 style signing)."""', "",
             "import hashlib", "import hmac", "", "from bridge.signing import sign_params", "", "",
             "def test_rfc4231_case2():", '    key = b"Jefe"', '    msg = b"what do ya want for nothing?"',
             '    expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"',
             "    assert hmac.new(key, msg, hashlib.sha256).hexdigest() == expected", "", "",
             "def test_sign_params_is_stable():", '    params = {"api-key": "987654321", "t": "1558729481"}',
             '    sig = sign_params(params, secret="ABC123")', "    assert len(sig) == 64", "    assert sig == sign_params(dict(params), secret=\"ABC123\")"]
    return pick(r, ["tests/test_signing.py", "bridge/tests/test_sign.py"]), "python", J(lines), "davis_weatherlink", "test_vector"


def n_fronius_local(r):
    doc = {"Body": {"Data": {"DAY_ENERGY": {"Unit": "Wh", "Value": r.randint(100, 60000)}, "PAC": {"Unit": "W", "Value": r.randint(0, 9000)},
                             "TOTAL_ENERGY": {"Unit": "Wh", "Value": r.randint(10 ** 6, 10 ** 8)}, "DeviceStatus": {"StatusCode": 7, "ErrorCode": 0}}},
           "Head": {"RequestArguments": {"DataCollection": "CommonInverterData", "DeviceId": "1", "Scope": "Device"},
                    "Status": {"Code": 0, "Reason": "", "UserMessage": ""}, "Timestamp": isotime(r)},
           "pvSystemId": uuid4(r)}
    return pick(r, ["tests/fixtures/fronius_inverter.json", "samples/GetInverterRealtimeData.json"]), "json", json.dumps(doc, indent=2) + "\n", "fronius", "reading"


def n_package_lock(r):
    pk = {}
    for name in ["node-red-contrib-modbus", "node-red-contrib-victron", "node-red-contrib-influxdb", "mqtt"]:
        pk["node_modules/" + name] = {"version": "%d.%d.%d" % (r.randint(0, 6), r.randint(0, 20), r.randint(0, 9)),
                                      "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (name, name),
                                      "integrity": "sha512-" + b64(rbytes(r, 64))}
    doc = {"name": "farm-nodered", "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", "json", json.dumps(doc, indent=2) + "\n", "mqtt", "hash"


def n_esphome_secrets(r):
    dev = pick(r, ["barn-meter", "well-pump", "coop-heater"])
    lines = ["esphome:", "  name: %s" % dev, "", "esp8266:", "  board: d1_mini", "", "wifi:", "  ssid: !secret wifi_ssid", "  password: !secret wifi_password",
             "", "api:", "  encryption:", "    key: !secret api_encryption_key", "", "ota:", "  - platform: esphome", "    password: !secret ota_password", "",
             "sensor:", "  - platform: pulse_meter", "    pin: GPIO12", "    name: \"%s power\"" % dev, "    unit_of_measurement: W",
             "    filters:", "      - multiply: %.1f" % r.uniform(1, 60)]
    return "esphome/%s.yaml" % dev, "esphome-yaml", J(lines), "esphome", "ha_secret_ref"


def n_fusionsolar_kpi(r):
    st = "NE=%d" % r.randint(30000000, 39999999)
    doc = {"success": True, "failCode": 0, "params": {"stationCodes": st, "currentTime": ts(r) * 1000},
           "data": [{"stationCode": st, "dataItemMap": {"day_power": round(r.uniform(1, 90), 2), "month_power": round(r.uniform(100, 2000), 2),
                                                        "total_power": round(r.uniform(1000, 90000), 2), "real_health_state": 3}}],
           "devices": [{"devDn": "NE=%d" % r.randint(30000000, 39999999), "esnCode": "HV%s" % rs(r, DG + UP, 10), "devTypeId": 1, "invType": "SUN2000-10KTL-M1"}]}
    return pick(r, ["tests/fixtures/fusionsolar_kpi.json", "samples/station_real_kpi.json"]), "json", json.dumps(doc, indent=2) + "\n", "huawei_fusionsolar", "serial"


def n_env_example(r):
    lines = ["# Copy to .env and fill in", "ENPHASE_API_KEY=", "ENPHASE_CLIENT_ID=", "ENPHASE_CLIENT_SECRET=", "ENPHASE_SYSTEM_ID=%d" % r.randint(1000000, 4999999),
             "VRM_TOKEN=", "VRM_INSTALLATION_ID=%d" % r.randint(100000, 499999), "EIA_API_KEY=your-eia-key", "WATTTIME_USERNAME=", "WATTTIME_PASSWORD=",
             "DEERE_CLIENT_ID=", "DEERE_CLIENT_SECRET=", "INFLUX_TOKEN=", "TZ=Europe/London"]
    return pick(r, [".env.example", ".env.sample", "deploy/.env.template"]), "dotenv", J(lines), "enphase", "empty"


def n_gha_secrets(r):
    lines = ["name: sync", "on:", "  schedule:", "    - cron: \"17 * * * *\"", "jobs:", "  sync:", "    runs-on: ubuntu-latest", "    steps:",
             "      - uses: actions/checkout@v4", "      - run: ./scripts/sync.sh", "        env:",
             "          DEERE_CLIENT_ID: ${{ vars.DEERE_CLIENT_ID }}", "          DEERE_CLIENT_SECRET: ${{ secrets.DEERE_CLIENT_SECRET }}",
             "          FIELDVIEW_API_KEY: ${{ secrets.FIELDVIEW_API_KEY }}", "          AWS_ROLE_ARN: arn:aws:iam::%s:role/gh-farm-sync" % rs(r, DG, 12),
             "      - uses: aws-actions/configure-aws-credentials@v4", "        with:", "          role-to-assume: ${{ env.AWS_ROLE_ARN }}",
             "          aws-region: us-east-2"]
    return ".github/workflows/sync.yml", "github-actions-yaml", J(lines), "john_deere", "secret_reference"


def n_external_secret(r):
    lines = ["apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:", "  name: vrm-exporter", "  namespace: energy", "spec:",
             "  refreshInterval: 1h", "  secretStoreRef:", "    name: vault-backend", "    kind: ClusterSecretStore", "  target:", "    name: vrm-exporter",
             "  data:", "    - secretKey: VRM_TOKEN", "      remoteRef:", "        key: secret/data/energy/victron", "        property: token",
             "    - secretKey: MQTT_PASSWORD", "      remoteRef:", "        key: secret/data/energy/mqtt", "        property: password"]
    return pick(r, ["k8s/externalsecret-vrm.yaml", "deploy/k8s/external-secret.yaml"]), "kubernetes-yaml", J(lines), "victron", "secret_reference"


def n_mosquitto_conf(r):
    lines = ["per_listener_settings true", "", "listener 1883 0.0.0.0", "allow_anonymous false", "password_file /mosquitto/config/passwd",
             "acl_file /mosquitto/config/acl", "", "listener 8883", "cafile /mosquitto/certs/ca.crt", "certfile /mosquitto/certs/server.crt",
             "keyfile /mosquitto/certs/server.key", "require_certificate false", "", "persistence true", "persistence_location /mosquitto/data/",
             "log_dest stdout"]
    return pick(r, ["mosquitto/config/mosquitto.conf", "mosquitto.conf"]), "mosquitto-conf", J(lines), "mqtt", "config"


def n_masked_log(r):
    lines = []
    for i in range(r.randint(8, 20)):
        lines.append("%s INFO  %s" % (isotime(r), pick(r, [
            "octopus: fetched %d half-hours for MPAN %s" % (r.randint(1, 48), mpan(r)),
            "auth: using api key sk_live_****%s" % rs(r, AN, 4),
            "vrm: token=**************** installation=%d" % r.randint(100000, 499999),
            "enphase: refreshed access token (expires_in=86400, token=eyJ...redacted)",
            "solaredge: GET /site/%d/overview api_key=[REDACTED] 200" % r.randint(1000000, 4999999),
            "powerwall: login ok for user customer (password: ******)"])))
    lines.sort()
    return pick(r, ["logs/collector-sample.log", "docs/sample_output.log"]), "log", J(lines), "octopus", "masked"


def n_deere_oauth_doc(r):
    lines = ["# Connecting to Operations Center", "", "Authorization server used by John Deere (from the developer docs):", "",
             "- authorize: `https://signin.johndeere.com/oauth2/aus78tnlaysMraFhC1t7/v1/authorize`",
             "- token: `https://signin.johndeere.com/oauth2/aus78tnlaysMraFhC1t7/v1/token`", "", "Scopes we request: `ag1 ag2 eq1 org1 offline_access`.", "",
             "The app id and shared secret are stored in 1Password (`Farm IT / Deere developer app`) and injected as",
             "`DEERE_CLIENT_ID` / `DEERE_CLIENT_SECRET` at deploy time.", "", "Organization ids we sync: %s." % ", ".join(str(r.randint(1000, 999999)) for _ in range(3))]
    return pick(r, ["docs/deere.md", "notes/operations-center.md"]), "markdown", J(lines), "john_deere", "public_id"


DOMAIN_NEG = [n_meter_csv, n_gas_json, n_solaredge_site, n_envoy_inventory, n_victron_topics, n_powerwall_status, n_ha_secret_refs,
              n_ha_secrets_example, n_nodered_cred, n_nodered_settings, n_telegraf_env, n_grafana_dashboard, n_compose_secrets,
              n_systemd_creds, n_firmware_sums, n_espi_xml, n_openadr_event, n_public_cert, n_plc_export, n_register_map, n_pi_webids,
              n_deere_response, n_weatherlink_current, n_notebook_env, n_i18n, n_readme_examples, n_test_vectors, n_fronius_local,
              n_package_lock, n_esphome_secrets, n_fusionsolar_kpi, n_env_example, n_gha_secrets, n_external_secret, n_mosquitto_conf,
              n_masked_log, n_deere_oauth_doc]


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
N_POS = 500
N_NEG = 500


def weighted_spec(r, specs):
    total = sum(s["w"] for s in specs)
    x = r.uniform(0, total)
    acc = 0
    for s in specs:
        acc += s["w"]
        if x <= acc:
            return s
    return specs[-1]


def least_used(r, options, usage, key):
    best = min(usage.get(key(o), 0) for o in options)
    cands = [o for o in options if usage.get(key(o), 0) <= best + 1]
    return pick(r, cands)


def line_of(text, needle):
    i = text.find(needle)
    if i < 0:
        raise AssertionError("needle missing")
    return text.count("\n", 0, i) + 1


def neg_pub(spec, pub):
    if spec["prov"] == "aws":
        return ("access_key_id", "AKIAIOSFODNN7EXAMPLE")
    if spec["prov"] in ("davis_weatherlink",) or (spec["prov"] == "enphase" and spec["kind"] == "client_secret"):
        return None
    return pub


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def generate(outdir, seed):
    r = random.Random(seed)
    manifest = []
    secrets = []
    needles = []
    usage = {}
    for i in range(N_POS):
        for _attempt in range(50):
            spec = weighted_spec(r, SPECS)
            opts = templates_for(spec)
            t = least_used(r, opts, usage, lambda o: o[0])
            needle, pub = spec["gen"](r)
            c = Cred(r, spec, {"t": "lit", "s": needle}, secret=needle, pub=pub, obvious=(r.random() < 0.5))
            res = t[1](r, c)
            if res is None or needle not in res[2]:
                continue
            if pub and pub[1] == needle:
                continue
            break
        else:
            raise RuntimeError("could not build positive %d" % i)
        usage[t[0]] = usage.get(t[0], 0) + 1
        rel, ftype, text = res
        fid = "pos/p%04d/%s" % (i, rel)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "pos", "provider": spec["prov"], "kind": spec["kind"], "filetype": ftype,
                         "template": t[0]})
        secrets.append({"file": fid, "needle": needle, "line": line_of(text, needle)})
        needles.append(needle)

    neg_specs = [s for s in SPECS if s["shape"] != "pem"]
    nusage = {}
    dusage = {}
    for i in range(N_NEG):
        if i % 2 == 0:
            for _attempt in range(50):
                spec = weighted_spec(r, neg_specs)
                opts = templates_for(spec, for_negative=True)
                t = least_used(r, opts, nusage, lambda o: o[0])
                _discard, pub = spec["gen"](r)
                v, nkind = neg_value(r, spec, t[3])
                c = Cred(r, spec, v, pub=neg_pub(spec, pub), obvious=(r.random() < 0.5))
                res = t[1](r, c)
                if res is not None:
                    break
            nusage[t[0]] = nusage.get(t[0], 0) + 1
            rel, ftype, text = res
            prov, kind, tname = spec["prov"], nkind, t[0]
        else:
            fn = least_used(r, DOMAIN_NEG, dusage, lambda f: f.__name__)
            dusage[fn.__name__] = dusage.get(fn.__name__, 0) + 1
            rel, ftype, text, prov, kind = fn(r)
            tname = fn.__name__
        fid = "neg/n%04d/%s" % (i, rel)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "neg", "provider": prov, "kind": kind, "filetype": ftype, "template": tname})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: python3 gen_de.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    os.makedirs(outdir, exist_ok=True)
    generate(outdir, seed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
