#!/usr/bin/env python3
"""Blind evaluation-set generator "mm": building automation / smart buildings.

EMPHASIS
  Domain: building automation, smart buildings and facilities integrations.
  Providers / systems: Niagara / Tridium (station users, obix, Niagara-style XML),
  BACnet/SC (operational certificates' private keys), KNX IP Secure (xknx / Home
  Assistant: keyring .knxkeys passwords, backbone keys as 32 hex digits, device
  authentication codes, tunnel user passwords), Crestron (SIMPL# Pro, Crestron Home
  REST token, XiO Cloud subscription key), Control4 (pyControl4 account), Lutron
  (LEAP / Caseta client keys), Siemens Desigo CC and Building X, Schneider
  EcoStruxure Building Operation (EWS), Johnson Controls Metasys API users,
  Honeywell Forge, Loxone Miniserver, Delta Controls enteliWEB, Distech ECLYPSE,
  BMS-to-cloud gateways (Azure IoT Hub / DPS / IoT Edge, AWS IoT), Modbus gateways'
  web passwords, Brivo / Verkada / Avigilon Alta (Openpath) door access, sub-metering
  portals, KONE elevator API, ecobee, MQTT bridges (mosquitto), Node-RED,
  Home Assistant, plus alarm-notification services used in such projects
  (Slack webhooks, Twilio, SendGrid, Telegram bots, InfluxDB/Telegraf, GitHub PAT).
  File types: Node-RED flow JSON / flows_cred.json / settings.js, Python, Go, C#,
  YAML (Home Assistant, docker-compose, k8s), TOML (aziot, telegraf), INI, XML,
  Niagara-style XML, JSON config exports, CSV commissioning sheets / point lists,
  shell, Markdown commissioning notes, PowerShell, .properties, PEM key files,
  a few .env files (< 1 in 20 positives).

USAGE
  python3 -B gen_mm.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic for a given SEED
  (single random.Random(SEED)); standard library only.

NEEDLE CONVENTIONS
  needle = the secret value exactly as written, without quotes. Prefixed keys keep
  their prefix (SG., ghp_). Header values: only the token. Credential URLs
  (mqtt://user:pass@host, http://user:pass@host): only the password. Azure IoT
  connection strings: the SharedAccessKey value. AWS pairs: the secret access key.
  Slack incoming webhooks: the whole hooks.slack.com URL. PEM private keys: the
  first base64 line of the body. Passwords: the password itself. line = 1-based
  line of the needle's first occurrence (asserted).

NEGATIVES
  250 re-use positive templates with the slot holding: placeholders (<your-key>,
  YOUR_API_KEY, xxxx, changeme, German/French/Dutch placeholders), empty values,
  masked values (****, [REDACTED]), env / secret references in the file's idiom
  (${VAR}, !secret x, {{ vault_x }}, $env:X, %X%), provider documentation
  example values (AWS EXAMPLE keys, jwt.io sample), public values.
  250 are domain look-alikes: BACnet point lists (device instances, object ids),
  ETS group-address exports, Modbus register maps, MAC/serial inventories,
  firmware manifests with SHA-256/MD5, public certificates (BACnet/SC, Lutron
  bridge CA), public keys and SSH known_hosts, certificate fingerprints and
  thumbprints, Azure device twins, AWS IoT certificate ids, Node-RED flows
  without credentials and encrypted flows_cred.json, npm/pip integrity hashes,
  Git LFS pointers, HA entity registries, Loxone UUIDs, base64 icons, commissioning
  notes with vendor default credentials explicitly marked as to-be-changed.
  No negative is written to a .env/.env.<stage> file.

FORMATS CHECKED
  - KNX backbone key = 16 bytes as 32 hex digits: Home Assistant KNX integration
    strings ("Invalid backbone key. 32 hexadecimal numbers expected."), found via
    the code search corpus; .knxkeys XML layout (Keyring/Backbone) seen there too.
  - From knowledge of providers' public docs/SDKs: Azure IoT Hub connection string
    layout and 256-bit base64 SharedAccessKey; aziot config.toml provisioning
    keys; AWS access key id (AKIA + 16 base32 chars) and 40-char secret; HA
    long-lived tokens are HS256 JWTs with iss/iat/exp; Slack webhook layout;
    SendGrid SG.<22>.<43>; Twilio SID AC+32 hex / 32-hex auth token; Telegram
    <bot id>:<35 chars>; InfluxDB v2 tokens 86 chars + "=="; GitHub classic PAT
    ghp_ + 30 base62 + 6-char base62 CRC32; Azure AD client secrets (xxx8Q~...,
    40 chars); Azure APIM subscription keys 32 hex; PEM / DER layouts of RSA
    (PKCS#1, PKCS#8) and P-256 EC keys (built with correct DER headers).
  - Crestron XiO Cloud "XiO-subscription-key" header: from memory (the docs search
    returned unrelated pages).

DOUBTS
  Verkada API key, Brivo api-key / client secret, Honeywell Forge, KONE and
  Building X client secrets, Crestron Home auth token, ecobee API key: lengths and
  alphabets guessed (random alphanumerics of 32-64 chars). GitHub PAT checksum
  computed as CRC32 of the 30 random chars (believed, not verified). PEM key bodies
  have valid DER headers but random numbers (not mathematically valid keys).
"""
import base64
import binascii
import hashlib
import hmac
import json
import os
import random
import string
import sys
import uuid

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = UP + LOW + DIG + "+/"
B64U = UP + LOW + DIG + "-_"
SYM = "!#%&*+-=?@^_$"


def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def b64u_nopad(bs):
    return base64.urlsafe_b64encode(bs).decode().rstrip("=")


def ruuid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


# ---------------------------------------------------------------- companions
SITES = ["hq-munich", "campus-nord", "tower-b", "lyon-part-dieu", "rotterdam-zuid", "dc-frankfurt",
         "office-lisbon", "bldg42", "kista-science", "zurich-west", "amsterdam-zuidas", "hospital-east",
         "warehouse-07", "school-st-anna", "plant-graz", "bcn-22arroba", "leeds-dock", "oslo-bjorvika"]
FIRST = ["jan", "pieter", "sven", "lukas", "marie", "chloe", "anke", "tobias", "emma", "noah", "ines",
         "matteo", "jonas", "sofia", "lars", "eva", "hugo", "lea", "bram", "nadia", "oskar", "zoe"]
LAST = ["mueller", "janssen", "berg", "dubois", "schmidt", "devries", "rossi", "nilsson", "weber",
        "martin", "bakker", "hofmann", "lindqvist", "moreau", "keller", "visser"]
WORDS = ["Kessel", "Lueftung", "Chiller", "Boiler", "Heizung", "Klima", "Vanne", "Pompe", "Fenster",
         "Tower", "Plaza", "Falcon", "Harbor", "Maple", "Orbit", "Delta", "Granite", "Velo", "Sunny",
         "Nordlicht", "Koffie", "Fjord", "Tulpe", "Atelier", "Pilot", "Quartz", "Rivage", "Sirocco"]


def site(r):
    return r.choice(SITES)


def person(r):
    return r.choice(FIRST) + "." + r.choice(LAST)


def ip(r):
    return r.choice(["10.%d.%d.%d" % (r.randint(0, 60), r.randint(0, 254), r.randint(2, 250)),
                     "192.168.%d.%d" % (r.randint(0, 30), r.randint(2, 250)),
                     "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 254), r.randint(2, 250))])


def host(r, kind="bms"):
    return "%s-%s%02d.%s.local" % (kind, r.choice(["jace", "gw", "srv", "adx", "ms", "edge"]),
                                   r.randint(1, 30), site(r).replace("_", "-"))


def date(r):
    return "20%02d-%02d-%02d" % (r.randint(19, 25), r.randint(1, 12), r.randint(1, 28))


def mac(r, sep=":"):
    return sep.join("%02X" % r.randint(0, 255) for _ in range(6))


def user(r):
    return r.choice(["integrator", "svc_bms", "api-user", "metasys_api", "bmsadmin", "niagara_sup",
                     "svc-gateway", "obix", "haapi", "ops", "techniker", "gtc_admin", "operator1",
                     "fm-integration", "svc.knx", "mqtt_bridge", "nodered"])


# ---------------------------------------------------------------- secrets
def password(r):
    s = r.randrange(6)
    if s == 0:
        n = r.randint(12, 20)
        while True:
            p = rs(r, n, ALNUM + "!#%&*+-=?@^_")
            if (any(c in LOW for c in p) and any(c in UP for c in p) and any(c in DIG for c in p)):
                return p
    if s == 1:
        return r.choice(WORDS) + r.choice("#!@%&*$") + str(r.randint(100, 9999)) + rs(r, 2, UP + LOW)
    if s == 2:
        w = r.sample(WORDS, 2)
        return "%s-%s-%d%s" % (w[0].lower(), w[1], r.randint(10, 99), r.choice("!?#%"))
    if s == 3:
        return "%s%s%d!%s" % (r.choice(["Bms", "Gtb", "Knx", "Jace", "Hvac", "Fm", "Gebaeude"]),
                              r.choice(WORDS), r.randint(2019, 2026), rs(r, 3, ALNUM))
    if s == 4:
        return rs(r, r.randint(20, 28), ALNUM)
    # pwgen-like with separators
    return "-".join(rs(r, 5, LOW + DIG) for _ in range(3)) + rs(r, 1, UP)


def hex32(r):
    return rs(r, 32, HEXL)


def knx_backbone(r):
    return rs(r, 32, r.choice([HEXL, HEXU]))


def b64key32(r):
    return b64(r, 32)


def ha_token(r):
    hdr = b64u_nopad(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    iat = r.randint(1600000000, 1735000000)
    pl = b64u_nopad(json.dumps({"iss": rs(r, 32, HEXL), "iat": iat, "exp": iat + 315360000},
                               separators=(",", ":")).encode())
    sig = b64u_nopad(hmac.new(rbytes(r, 32), (hdr + "." + pl).encode(), hashlib.sha256).digest())
    return hdr + "." + pl + "." + sig


def aws_secret(r):
    return rs(r, 40, UP + LOW + DIG + "+/")


def aws_id(r):
    return "AKIA" + rs(r, 16, UP + "234567")


def sendgrid(r):
    return "SG." + rs(r, 22, B64U) + "." + rs(r, 43, B64U)


def twilio_token(r):
    return rs(r, 32, HEXL)


def telegram(r):
    return "%d:AA%s" % (r.randint(100000000, 7999999999), rs(r, 33, B64U))


def influx_token(r):
    return base64.urlsafe_b64encode(rbytes(r, 64)).decode()


def b62(n, width):
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = (DIG + UP + LOW)[m] + out
    return out.rjust(width, "0")


def ghp(r):
    body = rs(r, 30, ALNUM)
    return "ghp_" + body + b62(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6)


def slack_hook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, 8, UP + DIG), rs(r, 10, UP + DIG),
                                                            rs(r, 24, ALNUM))


def aad_secret(r):
    return rs(r, 3, ALNUM) + "8Q~" + rs(r, 34, ALNUM + "_.~-")


def alnum_n(lo, hi):
    return lambda r: rs(r, r.randint(lo, hi), ALNUM)


def der_len(n):
    if n < 128:
        return bytes([n])
    if n < 256:
        return bytes([0x81, n])
    return bytes([0x82, n >> 8, n & 0xFF])


def pem_lines(der):
    s = base64.b64encode(der).decode()
    return [s[i:i + 64] for i in range(0, len(s), 64)]


def ec_key_der(r):
    priv = bytes([r.randint(1, 0x7F)]) + rbytes(r, 31)
    pub = b"\x04" + rbytes(r, 64)
    body = (b"\x02\x01\x01" + b"\x04\x20" + priv + b"\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07"
            + b"\xa1\x44\x03\x42\x00" + pub)
    return b"\x30" + der_len(len(body)) + body


def rsa_pkcs1_der(r):
    def integer(n, top=True):
        v = rbytes(r, n)
        if top:
            v = bytes([v[0] | 0x80]) + v[1:]
            v = b"\x00" + v
        return b"\x02" + der_len(len(v)) + v
    body = (b"\x02\x01\x00" + integer(256) + b"\x02\x03\x01\x00\x01" + integer(256, False)
            + integer(128) + integer(128) + integer(128, False) + integer(128, False) + integer(128, False))
    return b"\x30" + der_len(len(body)) + body


def pem_private(r, kind):
    """returns (pem_text, needle)"""
    if kind == "ec":
        lines = pem_lines(ec_key_der(r))
        label = "EC PRIVATE KEY"
    elif kind == "pkcs8":
        inner = rsa_pkcs1_der(r)
        algo = b"\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00"
        octet = b"\x04" + der_len(len(inner)) + inner
        body = b"\x02\x01\x00" + algo + octet
        lines = pem_lines(b"\x30" + der_len(len(body)) + body)
        label = "PRIVATE KEY"
    else:
        lines = pem_lines(rsa_pkcs1_der(r))
        label = "RSA PRIVATE KEY"
    text = "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, "\n".join(lines), label)
    return text, lines[0]


def pem_cert(r, cn):
    # public certificate look-alike: DER SEQUENCE header + random TBS-ish body
    body = b"\x30\x82\x02\x10\xa0\x03\x02\x01\x02\x02\x14" + rbytes(r, 20) + \
        b"\x30\x0a\x06\x08\x2a\x86\x48\xce\x3d\x04\x03\x02" + b"\x30" + der_len(len(cn) + 11) + \
        b"\x31" + der_len(len(cn) + 9) + b"\x30" + der_len(len(cn) + 7) + b"\x06\x03\x55\x04\x03\x0c" + \
        der_len(len(cn)) + cn.encode() + rbytes(r, r.randint(420, 520))
    der = b"\x30\x82" + len(body).to_bytes(2, "big") + body
    return "-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----\n" % "\n".join(pem_lines(der))


def pem_pub(r):
    der = b"\x30\x59\x30\x13\x06\x07\x2a\x86\x48\xce\x3d\x02\x01\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07" \
          b"\x03\x42\x00\x04" + rbytes(r, 64)
    return "-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----\n" % "\n".join(pem_lines(der))


# ---------------------------------------------------------------- negative slot values
PH_PW = ["changeme", "CHANGE_ME", "<password>", "<your-password>", "YOUR_PASSWORD", "xxxxxxxx",
         "XXXXXXXXXXXX", "********", "[REDACTED]", "", "REPLACE_ME", "TODO", "passwort_hier_eintragen",
         "<Passwort>", "<mot-de-passe>", "wachtwoord_invullen", "***", "<redacted>", "secret-goes-here",
         "<set-on-site>"]
PH_KEY = ["<your-api-key>", "YOUR_API_KEY", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<api-key>", "",
          "****************", "[REDACTED]", "REPLACE_WITH_KEY", "<insert key here>", "API_KEY_HERE",
          "<schluessel>", "votre_cle_api"]
PH_HEX = ["<backbone-key-hex>", "00000000000000000000000000000000", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
          "", "<32 hex digits from ETS>", "[REDACTED]"]
EXAMPLES = {
    "aws": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "jwt": ["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaW"
            "F0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"],
    "slack": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
    "sendgrid": ["SG.xxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"],
    "twilio": ["your_auth_token"],
}


def env_ref(r, ctx, var):
    if ctx in ("yaml_ha",):
        return r.choice(["!secret %s" % var.lower(), "${%s}" % var])
    if ctx in ("yaml", "json", "sh", "ini", "toml", "nodered", "xml", "props", "md", "csv", "env"):
        return r.choice(["${%s}" % var, "{{ vault_%s }}" % var.lower(), "${{ secrets.%s }}" % var,
                         "{{ lookup('env', '%s') }}" % var])
    if ctx == "ps1":
        return r.choice(["$env:%s" % var, "%%%s%%" % var])
    return None


def neg_value(r, slot, ctx, var):
    """slot: pw | key | hex | pem-less kinds; returns str"""
    fam = r.random()
    if fam < 0.3:
        e = env_ref(r, ctx, var)
        if e is not None:
            return e
    if slot in EXAMPLES and fam < 0.5:
        return r.choice(EXAMPLES[slot])
    if slot == "hex":
        return r.choice(PH_HEX)
    if slot == "pw":
        return r.choice(PH_PW)
    return r.choice(PH_KEY)


# ---------------------------------------------------------------- positive templates
TEMPLATES = []


def tpl(name, provider, kind, gen, slot="key", var="SECRET", neg=True, weight=1.0):
    def deco(fn):
        TEMPLATES.append(dict(name=name, provider=provider, kind=kind, gen=gen, slot=slot, var=var,
                              neg=neg, fn=fn, weight=weight))
        return fn
    return deco


def nr_id(r):
    return rs(r, 16, HEXL) if r.random() < 0.6 else rs(r, 8, HEXL) + "." + rs(r, r.choice([5, 6]), HEXL)


@tpl("nodered_flows_cred_plain", "mosquitto", "mqtt_password", password, "pw", "MQTT_PASSWORD")
def t1(r, v, neg=False):
    a, b = nr_id(r), nr_id(r)
    d = {a: {"user": r.choice(["nodered", "bms-bridge", "gw01"]), "password": v}}
    if r.random() < 0.5:
        d = {b: {}} | d if r.random() < 0.5 else d | {b: {}}
    return "data/flows_cred.json", json.dumps(d, indent=4) + "\n", "nodered"


@tpl("nodered_settings_credsecret", "Node-RED", "encryption_key", alnum_n(24, 40), "key", "NODE_RED_CREDENTIAL_SECRET")
def t2(r, v, neg=False):
    port = r.choice([1880, 1881, 8080])
    body = """module.exports = {
    flowFile: 'flows.json',
    // key used to encrypt flows_cred.json - keep in sync with %s
    credentialSecret: "%s",
    uiPort: process.env.PORT || %d,
    mqttReconnectTime: 15000,
    serialReconnectTime: 15000,
    debugMaxLength: 1000,
    functionGlobalContext: {
        siteName: "%s"
    },
    logging: {
        console: { level: "info", metrics: false, audit: false }
    },
    editorTheme: { projects: { enabled: %s } }
}
""" % (site(r), v, port, site(r), r.choice(["true", "false"]))
    return "nodered/settings.js", body, "js"


def nr_flow(r, extra_nodes):
    tab = nr_id(r)
    nodes = [{"id": tab, "type": "tab", "label": r.choice(["AHU", "Lighting", "Alarms", "Metering", "Access"]),
              "disabled": False, "info": ""}]
    x = 120
    for n in extra_nodes:
        n = dict([("id", n.get("id") or nr_id(r)), ("z", tab)] + [(k, w) for k, w in n.items() if k != "id"])
        n["z"] = tab
        n["x"] = x
        n["y"] = r.choice([80, 120, 160, 200])
        x += 180
        nodes.append(n)
    return nodes


@tpl("nodered_function_ha_bearer", "Home Assistant", "token", ha_token, "jwt", "HA_TOKEN")
def t3(r, v, neg=False):
    ent = r.choice(["climate.meeting_room_3", "light.lobby", "sensor.ahu1_supply_temp", "switch.chiller_enable"])
    func = ("msg.url = \"http://%s:8123/api/states/%s\";\nmsg.method = \"GET\";\n"
            "msg.headers = {\n    \"Authorization\": \"Bearer %s\",\n    \"Content-Type\": \"application/json\"\n};\n"
            "return msg;" % (ip(r), ent, v))
    nodes = nr_flow(r, [{"type": "inject", "name": "every 60s", "repeat": "60", "wires": [[]]},
                        {"type": "function", "name": "build HA request", "func": func, "outputs": 1,
                         "wires": [[]]},
                        {"type": "http request", "name": "", "method": "use", "ret": "obj", "wires": [[]]}])
    return "flows/ha-states.json", json.dumps(nodes, indent=4) + "\n", "nodered"


@tpl("nodered_http_verkada", "Verkada", "api_key", alnum_n(40, 48), "key", "VERKADA_API_KEY")
def t4(r, v, neg=False):
    func = ("msg.headers = {};\nmsg.headers['x-api-key'] = '%s';\nmsg.headers['accept'] = 'application/json';\n"
            "msg.url = 'https://api.verkada.com/token';\nmsg.method = 'POST';\nreturn msg;" % v)
    nodes = nr_flow(r, [{"type": "function", "name": "Verkada token", "func": func, "outputs": 1, "wires": [[]]},
                        {"type": "http request", "name": "POST /token", "method": "use", "ret": "obj",
                         "wires": [[]]},
                        {"type": "debug", "name": "", "active": True, "complete": "payload", "wires": []}])
    return "nodered/flows/verkada-access-events.json", json.dumps(nodes, indent=2) + "\n", "nodered"


@tpl("nodered_telegram_func", "Telegram", "token", telegram, "key", "TELEGRAM_BOT_TOKEN")
def t5(r, v, neg=False):
    func = ("// Alarmweiterleitung an Haustechnik-Gruppe\nconst token = \"%s\";\nconst chat = %d;\n"
            "msg.url = `https://api.telegram.org/bot${token}/sendMessage`;\n"
            "msg.payload = { chat_id: chat, text: `Alarm ${msg.topic}: ${msg.payload}` };\nreturn msg;"
            % (v, -r.randint(1000000000000, 1009999999999)))
    nodes = nr_flow(r, [{"type": "mqtt in", "name": "bms/alarms/#", "topic": "bms/alarms/#", "qos": "1",
                         "broker": nr_id(r), "wires": [[]]},
                        {"type": "function", "name": "telegram", "func": func, "outputs": 1, "wires": [[]]}])
    return "flows.json", json.dumps(nodes, indent=4) + "\n", "nodered"


@tpl("ha_secrets_mqtt", "Home Assistant", "mqtt_password", password, "pw", "MQTT_PASSWORD")
def t6(r, v, neg=False):
    lines = ["# secrets.yaml - %s" % site(r),
             "latitude_home: %.4f" % r.uniform(44, 59), "longitude_home: %.4f" % r.uniform(-3, 18),
             "mqtt_username: %s" % r.choice(["homeassistant", "ha", "ha_bridge"])]
    slotline = "mqtt_password: %s" % (('"%s"' % v) if r.random() < 0.5 else v)
    lines.insert(r.randint(3, 4), slotline)
    lines += ["knx_gateway_ip: %s" % ip(r), "influx_host: influx.%s.local" % site(r)]
    return "homeassistant/secrets.yaml", "\n".join(lines) + "\n", "secrets_yaml"


@tpl("ha_secrets_knx_backbone", "KNX", "backbone_key", knx_backbone, "hex", "KNX_BACKBONE_KEY")
def t7(r, v, neg=False):
    lines = ["# KNX IP Secure (Routing) - Backbone-Key aus ETS exportiert",
             "knx_backbone_key: \"%s\"" % v,
             "knx_multicast_group: 224.0.23.12", "knx_latency_tolerance: %d" % r.choice([1000, 2000]),
             "knx_individual_address: 1.%d.%d" % (r.randint(0, 15), r.randint(200, 250))]
    if r.random() < 0.5:
        lines = ["http_base_url: https://ha.%s.example.net" % site(r)] + lines
    return "config/secrets.yaml", "\n".join(lines) + "\n", "yaml"


@tpl("ha_rest_ecobee", "ecobee", "api_key", alnum_n(32, 32), "key", "ECOBEE_API_KEY")
def t8(r, v, neg=False):
    body = """homeassistant:
  name: %s
  unit_system: metric
  time_zone: Europe/Berlin

ecobee:
  api_key: %s

sensor:
  - platform: template
    sensors:
      meeting_room_setpoint:
        friendly_name: "Meeting room setpoint"
        unit_of_measurement: "°C"
        value_template: "{{ state_attr('climate.meeting_room', 'temperature') }}"
""" % (site(r), v)
    return "configuration.yaml", body, "yaml_ha"


@tpl("ha_rest_command_metasys", "Johnson Controls Metasys", "token", ha_token, "jwt", "HA_TOKEN", weight=0.6)
def t9(r, v, neg=False):
    body = """rest_command:
  bms_override:
    url: "https://%s/api/v4/objects/{{ object_id }}/commands/adjust"
    method: put
    content_type: application/json
    payload: '{"parameters": [{{ value }}]}'

# Node on the other site pulls our states with this long-lived token (user: %s)
remote_homeassistant:
  instances:
    - host: %s
      port: 8123
      access_token: %s
      include:
        domains: [sensor, climate]
""" % (host(r, "adx"), person(r), ip(r), v)
    return "homeassistant/packages/bms.yaml", body, "yaml"


@tpl("compose_mosquitto_nodered", "mosquitto", "mqtt_password", password, "pw", "MQTT_PASSWORD")
def t10(r, v, neg=False):
    body = """version: "3.8"
services:
  mosquitto:
    image: eclipse-mosquitto:2.0.%d
    ports: ["1883:1883", "8883:8883"]
    volumes:
      - ./mosquitto:/mosquitto/config
  nodered:
    image: nodered/node-red:%s
    environment:
      - TZ=Europe/Amsterdam
      - MQTT_HOST=mosquitto
      - MQTT_USER=%s
      - MQTT_PASSWORD=%s
    ports: ["1880:1880"]
    depends_on: [mosquitto]
""" % (r.randint(15, 20), r.choice(["3.1", "4.0", "3.0.2"]), user(r), v)
    return "docker-compose.yml", body, "yaml"


@tpl("compose_iot_gateway_connstr", "Azure IoT Hub", "device_key", b64key32, "key", "IOTHUB_DEVICE_KEY")
def t11(r, v, neg=False):
    hub = "iothub-%s-%s" % (site(r).split("-")[0], r.choice(["prod", "bms", "fm"]))
    dev = "bacnet-gw-%02d" % r.randint(1, 40)
    body = """services:
  bacnet2cloud:
    image: registry.%s.local/bms/bacnet2cloud:%d.%d.%d
    restart: unless-stopped
    network_mode: host
    environment:
      BACNET_INTERFACE: eth1
      BACNET_DEVICE_INSTANCE: "%d"
      IOTHUB_CONNECTION_STRING: "HostName=%s.azure-devices.net;DeviceId=%s;SharedAccessKey=%s"
      POLL_INTERVAL_S: "60"
""" % (site(r), r.randint(1, 3), r.randint(0, 9), r.randint(0, 20), r.randint(1000, 4194302), hub, dev, v)
    return "deploy/gateway/docker-compose.yaml", body, "yaml"


@tpl("mosquitto_bridge_conf", "mosquitto", "mqtt_password", password, "pw", "BRIDGE_PASSWORD")
def t12(r, v, neg=False):
    st = site(r)
    body = """# Bridge local BMS broker -> central broker
listener 1883 127.0.0.1
allow_anonymous false
password_file /mosquitto/config/passwd

connection bridge-%s
address %s:8883
bridge_protocol_version mqttv311
bridge_cafile /mosquitto/certs/ca.crt
remote_clientid %s
remote_username %s
remote_password %s
topic bms/# out 1 "" site/%s/
topic cmd/# in 1 "" site/%s/
cleansession false
""" % (st, "mqtt.%s.example.com" % r.choice(["fm", "iot", "bms"]), st, user(r), v, st, st)
    return "mosquitto/conf.d/bridge.conf", body, "ini"


@tpl("py_xknx_backbone", "KNX", "backbone_key", knx_backbone, "hex", "KNX_BACKBONE_KEY")
def t13(r, v, neg=False):
    body = '''"""KNX IP Secure routing listener for the %s building."""
import asyncio

from xknx import XKNX
from xknx.io import ConnectionConfig, ConnectionType, SecureConfig

BACKBONE_KEY = "%s"


async def main() -> None:
    connection_config = ConnectionConfig(
        connection_type=ConnectionType.ROUTING_SECURE,
        individual_address="1.%d.%d",
        multicast_group="224.0.23.12",
        secure_config=SecureConfig(backbone_key=BACKBONE_KEY, latency_ms=%d),
    )
    async with XKNX(connection_config=connection_config) as xknx:
        await asyncio.sleep(3600)


if __name__ == "__main__":
    asyncio.run(main())
''' % (site(r), v, r.randint(0, 15), r.randint(200, 254), r.choice([1000, 2000]))
    return "knx/secure_router.py", body, "py"


@tpl("py_xknx_keyring_pw", "KNX", "keyring_password", password, "pw", "KNX_KEYRING_PASSWORD")
def t14(r, v, neg=False):
    body = '''from xknx import XKNX
from xknx.io import ConnectionConfig, ConnectionType, SecureConfig

# ETS keyring export (Projekt "%s"), Passwort beim Export vergeben
KEYRING = "secrets/%s.knxkeys"
KEYRING_PASSWORD = "%s"

connection_config = ConnectionConfig(
    connection_type=ConnectionType.TUNNELING_TCP_SECURE,
    gateway_ip="%s",
    individual_address="1.1.%d",
    secure_config=SecureConfig(
        knxkeys_file_path=KEYRING,
        knxkeys_password=KEYRING_PASSWORD,
    ),
)
xknx = XKNX(connection_config=connection_config)
''' % (site(r), site(r), v, ip(r), r.randint(200, 254))
    return "src/knx_bridge/connection.py", body, "py"


@tpl("py_xknx_device_auth", "KNX", "device_authentication_code", password, "pw", "KNX_DEVICE_AUTH")
def t15(r, v, neg=False):
    body = '''secure_config = SecureConfig(
    user_id=%d,
    user_password=os.environ["KNX_TUNNEL_PASSWORD"],
    device_authentication_password="%s",
)
''' % (r.randint(2, 9), v)
    head = "import os\n\nfrom xknx.io import SecureConfig\n\n# tunnel %d on the IP interface in %s\n" % (
        r.randint(1, 8), site(r))
    return "integration/knx_secure.py", head + body, "py"


@tpl("py_metasys_login", "Johnson Controls Metasys", "password", password, "pw", "METASYS_PASSWORD")
def t16(r, v, neg=False):
    body = '''import requests

METASYS_HOST = "%s"
USERNAME = "%s"
PASSWORD = "%s"


def login(session: requests.Session) -> str:
    resp = session.post(
        f"https://{METASYS_HOST}/api/v4/login",
        json={"username": USERNAME, "password": PASSWORD},
        verify="certs/metasys-ca.pem",
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["accessToken"]


def get_present_value(session, token, object_id):
    r = session.get(f"https://{METASYS_HOST}/api/v4/objects/{object_id}/attributes/presentValue",
                    headers={"Authorization": f"Bearer {token}"})
    return r.json()["item"]["presentValue"]
''' % (host(r, "adx"), r.choice(["metasys_api", "svc-analytics", "MetasysSysAgent_int"]), v)
    return "connectors/metasys/client.py", body, "py"


@tpl("py_desigo_cc", "Siemens Desigo CC", "password", password, "pw", "DESIGO_PASSWORD")
def t17(r, v, neg=False):
    body = '''# Desigo CC WSI (REST) client
DESIGO = {
    "base_url": "https://%s:%d/WSI/api",
    "username": "%s",
    "password": "%s",
    "verify_tls": False,
}


def token(s):
    r = s.post(DESIGO["base_url"] + "/token",
               data={"grant_type": "password", "username": DESIGO["username"],
                     "password": DESIGO["password"]})
    return r.json()["access_token"]
''' % (host(r, "dcc"), r.choice([8080, 443, 8443]), r.choice(["WSIUser", "defaultadmin_int", "dcc_api"]), v)
    return "desigo/wsi_client.py", body, "py"


@tpl("py_buildingx_oauth", "Siemens Building X", "oauth_client_secret", alnum_n(48, 64), "key", "BX_CLIENT_SECRET")
def t18(r, v, neg=False):
    body = '''import httpx

TOKEN_URL = "https://siemens-bt-015.eu.auth0.com/oauth/token"
CLIENT_ID = "%s"
CLIENT_SECRET = "%s"
AUDIENCE = "https://horizon.siemens.com"
PARTITION = "%s"


def get_token() -> str:
    r = httpx.post(TOKEN_URL, json={
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "audience": AUDIENCE,
    })
    r.raise_for_status()
    return r.json()["access_token"]
''' % (rs(r, 32, ALNUM), v, ruuid(r))
    return "buildingx/auth.py", body, "py"


@tpl("py_forge_client", "Honeywell Forge", "oauth_client_secret", alnum_n(40, 64), "key", "FORGE_CLIENT_SECRET")
def t19(r, v, neg=False):
    body = '''class ForgeSettings:
    """Honeywell Forge tenant settings for %s."""
    tenant_id = "%s"
    client_id = "%s"
    client_secret = "%s"
    token_url = "https://login.forge.honeywell.com/oauth2/token"
    api_base = "https://api.forge.honeywell.com/v1"
    page_size = %d
''' % (site(r), ruuid(r), ruuid(r), v, r.choice([100, 250, 500]))
    return "forge/settings.py", body, "py"


@tpl("pem_caseta_key", "Lutron", "private_key", None, None, neg=False)
def t20(r, v, neg=False):
    return r.choice(["certs/caseta.key", "lutron/caseta-%s.key" % site(r)]), v, "pem"


@tpl("pem_bsc_operational", "BACnet/SC", "private_key", None, None, neg=False)
def t21(r, v, neg=False):
    return "bsc/certs/operational-%d.key" % r.randint(1000, 4194302), v, "pem"


@tpl("pem_aws_iot", "AWS IoT", "private_key", None, None, neg=False)
def t22(r, v, neg=False):
    return "certs/%s.private.pem.key" % rs(r, 10, HEXL), v, "pem"


@tpl("py_boto3_iot", "AWS", "secret_access_key", aws_secret, "aws", "AWS_SECRET_ACCESS_KEY")
def t23(r, v, neg=False):
    body = '''import boto3

# IoT Core publisher for %s sub-metering gateway
iot = boto3.client(
    "iot-data",
    region_name="%s",
    aws_access_key_id="%s",
    aws_secret_access_key="%s",
)


def publish(meter_id, kwh):
    iot.publish(topic=f"meters/{meter_id}/energy", qos=1, payload=str(kwh))
''' % (site(r), r.choice(["eu-central-1", "eu-west-1", "us-east-1", "eu-north-1"]),
       "AKIAIOSFODNN7EXAMPLE" if neg else aws_id(r), v)
    return "metering/publish_iot.py", body, "py"


@tpl("go_azure_device", "Azure IoT Hub", "device_key", b64key32, "key", "IOTHUB_DEVICE_KEY")
def t24(r, v, neg=False):
    body = '''package main

import (
	"log"

	"github.com/amenzhinsky/iothub/iotdevice"
	iotmqtt "github.com/amenzhinsky/iothub/iotdevice/transport/mqtt"
)

const connString = "HostName=%s.azure-devices.net;DeviceId=%s;SharedAccessKey=%s"

func main() {
	c, err := iotdevice.NewFromConnectionString(iotmqtt.New(), connString)
	if err != nil {
		log.Fatal(err)
	}
	_ = c
}
''' % ("hub-%s" % site(r), "modbus-gw-%02d" % r.randint(1, 40), v)
    return "cmd/modbus2iothub/main.go", body, "go"


@tpl("go_loxone", "Loxone", "password", password, "pw", "LOXONE_PASSWORD")
def t25(r, v, neg=False):
    body = '''package loxone

// Config for the Miniserver in %s (Gen 2, firmware 14.x)
var DefaultConfig = Config{
	Host:     "%s",
	User:     "%s",
	Password: "%s",
	UseTLS:   %s,
}

type Config struct {
	Host     string
	User     string
	Password string
	UseTLS   bool
}
''' % (site(r), ip(r), r.choice(["api", "hausautomation", "admin_int", "ha-bridge"]), v, r.choice(["true", "false"]))
    return "internal/loxone/config.go", body, "go"


@tpl("go_modbus_gw_web", "Modbus gateway", "password", password, "pw", "GW_WEB_PASSWORD")
def t26(r, v, neg=False):
    body = '''package provisioning

import "net/http"

// MGate web UI credentials used by the provisioning job (changed at commissioning)
const (
	gwUser     = "admin"
	gwPassword = "%s"
	gwAddr     = "http://%s"
)

func newReq(path string) (*http.Request, error) {
	req, err := http.NewRequest("GET", gwAddr+path, nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(gwUser, gwPassword)
	return req, nil
}
''' % (v, ip(r))
    return "tools/provision/mgate.go", body, "go"


@tpl("cs_xio_subscription", "Crestron XiO Cloud", "api_key", hex32, "key", "XIO_SUBSCRIPTION_KEY")
def t27(r, v, neg=False):
    body = '''using System.Net.Http;

namespace Facilities.Crestron
{
    public static class XioCloud
    {
        private const string AccountId = "%s";
        private const string SubscriptionKey = "%s";

        public static HttpClient Create()
        {
            var http = new HttpClient { BaseAddress = new System.Uri("https://api.crestron.io/api/v1/") };
            http.DefaultRequestHeaders.Add("XiO-subscription-key", SubscriptionKey);
            return http;
        }

        public static string RoomsPath => $"group/accountid/{AccountId}/groups";
    }
}
''' % (ruuid(r), v)
    return "src/Facilities.Crestron/XioCloud.cs", body, "cs"


@tpl("cs_crestron_home_token", "Crestron Home", "token", alnum_n(24, 32), "key", "CRESTRON_HOME_TOKEN")
def t28(r, v, neg=False):
    body = '''using Crestron.SimplSharp;
using Crestron.SimplSharp.Net.Https;

public class CrestronHomeClient
{
    // Token from Crestron Home setup app > Web API settings
    string _token = "%s";
    string _host = "%s";

    public string Login()
    {
        var client = new HttpsClient();
        var req = new HttpsClientRequest();
        req.Url.Parse("https://" + _host + "/cws/api/login");
        req.Header.AddHeader(new HttpsHeader("Crestron-RestAPI-AuthToken", _token));
        return client.Dispatch(req).ContentString;
    }
}
''' % (v, ip(r))
    return "SimplSharp/HomeBridge/CrestronHomeClient.cs", body, "cs"


@tpl("cs_metasys_client", "Johnson Controls Metasys", "password", password, "pw", "METASYS_PASSWORD")
def t29(r, v, neg=False):
    body = '''namespace BmsSync
{
    internal static class MetasysDefaults
    {
        public const string Server = "%s";
        public const string UserName = "%s";
        public const string Password = "%s";
        public const int ApiVersion = %d;
    }
}
''' % (host(r, "adx"), user(r), v, r.choice([3, 4, 5]))
    return "BmsSync/MetasysDefaults.cs", body, "cs"


@tpl("cs_azure_deviceclient", "Azure IoT Hub", "device_key", b64key32, "key", "IOTHUB_DEVICE_KEY")
def t30(r, v, neg=False):
    body = '''using Microsoft.Azure.Devices.Client;

var deviceClient = DeviceClient.CreateFromConnectionString(
    "HostName=%s.azure-devices.net;DeviceId=%s;SharedAccessKey=%s",
    TransportType.Mqtt);
await deviceClient.OpenAsync();
Console.WriteLine("connected");
''' % ("bms-hub-%s" % r.choice(["weu", "neu", "prod"]), "ahu-%02d" % r.randint(1, 40), v)
    return "EdgeAgent/Program.cs", body, "cs"


@tpl("appsettings_ews", "Schneider EcoStruxure", "password", password, "pw", "EWS_PASSWORD")
def t31(r, v, neg=False):
    d = {"Logging": {"LogLevel": {"Default": "Information"}},
         "Ews": {"Endpoint": "https://%s/EcoStruxure/DataExchange" % host(r, "ebo"),
                 "Username": r.choice(["ews_reader", "EWSUser", "svc-ews"]), "Password": v,
                 "PollSeconds": 30},
         "AllowedHosts": "*"}
    return "src/EboConnector/appsettings.json", json.dumps(d, indent=2) + "\n", "json"


@tpl("appsettings_forge", "Honeywell Forge", "oauth_client_secret", alnum_n(40, 56), "key", "FORGE_SECRET")
def t32(r, v, neg=False):
    d = {"Forge": {"TenantId": ruuid(r), "ClientId": ruuid(r), "ClientSecret": v,
                   "Scope": "forge.api"}, "Site": site(r)}
    return "appsettings.Production.json", json.dumps(d, indent=4) + "\n", "json"


@tpl("cs_aad_app_secret", "Azure AD", "oauth_client_secret", aad_secret, "key", "AZURE_CLIENT_SECRET")
def t33(r, v, neg=False):
    body = '''using Azure.Identity;

// app registration "bms-telemetry-ingest" (%s)
var credential = new ClientSecretCredential(
    tenantId: "%s",
    clientId: "%s",
    clientSecret: "%s");
''' % (site(r), ruuid(r), ruuid(r), v)
    return "Ingest/Auth.cs", body, "cs"


@tpl("ini_modbus_gateway", "Modbus gateway", "password", password, "pw", "WEB_PASSWORD")
def t34(r, v, neg=False):
    body = """[general]
name = %s
location = %s

[network]
ip = %s
netmask = 255.255.255.0
gateway = %s

[web]
enable = 1
https = 1
admin_user = admin
admin_password = %s

[modbus]
mode = RTU-TCP
baud = %d
parity = %s
slave_timeout_ms = 1000
""" % ("MB-GW-%02d" % r.randint(1, 30), site(r), ip(r), ip(r), v, r.choice([9600, 19200, 38400]),
       r.choice(["N", "E"]))
    return "gateways/mbgw%02d.ini" % r.randint(1, 30), body, "ini"


@tpl("ini_bacnet_router_sc", "BACnet/SC", "password", password, "pw", "HUB_PASSWORD")
def t35(r, v, neg=False):
    body = """; BACnet/SC hub connector
[bacnet]
device_instance = %d
network_number = %d

[sc]
primary_hub_uri = wss://%s:443/hub
failover_hub_uri = wss://%s:443/hub
operational_cert = /etc/bsc/operational.pem
ca_cert = /etc/bsc/ca.pem
; passphrase for the operational key (PKCS#8 encrypted)
key_passphrase = %s
""" % (r.randint(1000, 4194302), r.randint(1, 65534), host(r, "bsc"), host(r, "bsc"), v)
    return "etc/bsc-router.ini", body, "ini"


@tpl("niagara_provision_xml", "Niagara", "password", password, "pw", "STATION_PASSWORD")
def t36(r, v, neg=False):
    body = """<?xml version="1.0" encoding="UTF-8"?>
<!-- JACE provisioning template - %s -->
<provisioning version="4.%d">
  <station name="%s" platformPort="%d" foxsPort="4911">
    <users>
      <user name="%s" role="integrator" passwordExpires="false" password="%s"/>
    </users>
    <drivers>
      <bacnet network="%d" deviceId="%d"/>
      <modbus port="/dev/ttyS1" baud="19200"/>
    </drivers>
  </station>
</provisioning>
""" % (site(r), r.randint(9, 14), site(r).replace("-", "_").title(), r.choice([3011, 5011]),
       r.choice(["integrator", "sysadmin", "obix", "svc_niagara"]), v, r.randint(1, 9999),
       r.randint(1000, 400000))
    return "niagara/provisioning/%s.xml" % site(r), body, "xml"


@tpl("xml_ews_appconfig", "Schneider EcoStruxure", "password", password, "pw", "EWS_PASSWORD")
def t37(r, v, neg=False):
    body = """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="EwsUrl" value="https://%s/EcoStruxure/DataExchange" />
    <add key="EwsUser" value="%s" />
    <add key="EwsPassword" value="%s" />
    <add key="PollIntervalSeconds" value="60" />
  </appSettings>
</configuration>
""" % (host(r, "ebo"), r.choice(["ews", "admin_ews", "integration"]), v)
    return "EboTrendExport/App.config", body, "xml"


@tpl("xml_enteliweb", "Delta Controls", "password", password, "pw", "ENTELIWEB_PASSWORD")
def t38(r, v, neg=False):
    body = """<?xml version="1.0"?>
<connector type="enteliweb">
  <server>https://%s/enteliweb</server>
  <site>%s</site>
  <credentials user="%s" password="%s"/>
  <points refresh="120">
    <point ref="//%s/%d.AI%d" alias="OAT"/>
    <point ref="//%s/%d.BO%d" alias="AHU1_EN"/>
  </points>
</connector>
""" % (host(r, "ew"), site(r), user(r), v, site(r), r.randint(100, 9999), r.randint(1, 50), site(r),
       r.randint(100, 9999), r.randint(1, 50))
    return "connectors/enteliweb.xml", body, "xml"


@tpl("json_gateway_export", "BMS gateway", "mqtt_password", password, "pw", "MQTT_PASSWORD")
def t39(r, v, neg=False):
    d = {"device": {"name": "edge-%02d" % r.randint(1, 50), "serial": rs(r, 12, UP + DIG), "fw": "2.%d.%d" % (
        r.randint(0, 9), r.randint(0, 30))},
         "bacnet": {"instance": r.randint(1000, 4194302), "port": 47808},
         "mqtt": {"host": "mqtt.%s.local" % site(r), "port": 8883, "tls": True,
                  "username": r.choice(["edge", "gw", "bms"]) + str(r.randint(1, 50)), "password": v,
                  "topicPrefix": "site/%s" % site(r)}}
    return "exports/gateway-config.json", json.dumps(d, indent=2) + "\n", "json"


@tpl("json_brivo", "Brivo", "oauth_client_secret", alnum_n(32, 40), "key", "BRIVO_CLIENT_SECRET")
def t40(r, v, neg=False):
    d = {"brivo": {"clientId": ruuid(r), "clientSecret": v,
                   "username": "%s@%s.com" % (person(r), r.choice(["acme-fm", "facilio", "cbre-ops"])),
                   "baseUrl": "https://api.brivo.com/v1/api"}, "syncIntervalMinutes": 5}
    return "config/access-control.json", json.dumps(d, indent=2) + "\n", "json"


@tpl("json_openpath", "Avigilon Alta (Openpath)", "password", password, "pw", "OPENPATH_PASSWORD")
def t41(r, v, neg=False):
    d = {"openpath": {"orgId": r.randint(1000, 99999), "email": "svc-doors@%s.com" % r.choice(["acme", "fm-group"]),
                      "password": v, "apiUrl": "https://api.openpath.com"}}
    return "integrations/openpath.json", json.dumps(d, indent=2) + "\n", "json"


@tpl("csv_commissioning", "Commissioning sheet", "password", password, "pw", "WEB_PASSWORD")
def t42(r, v, neg=False):
    rows = ["device,ip,mac,bacnet_instance,web_user,web_password,notes"]
    n = r.randint(4, 8)
    k = r.randrange(n)
    for i in range(n):
        pw = v if i == k else ""
        rows.append("%s,%s,%s,%d,%s,%s,%s" % ("DDC-%s-%02d" % (r.choice(["AHU", "FCU", "VAV", "CHW"]), i + 1), ip(r),
                                             mac(r), r.randint(1000, 400000), "admin" if i == k else "",
                                             pw, r.choice(["", "ok", "FW updated", "to check"])))
    return "commissioning/%s_devices.csv" % site(r), "\n".join(rows) + "\n", "csv"


@tpl("csv_integration_accounts", "BMS", "password", password, "pw", "PASSWORD")
def t43(r, v, neg=False):
    rows = ["system;url;user;password;owner"]
    sysnames = ["Niagara Supervisor", "Metasys ADX", "Desigo CC", "EBO Enterprise Server", "Loxone", "enteliWEB"]
    r.shuffle(sysnames)
    n = r.randint(3, 5)
    for i in range(n):
        rows.append("%s;https://%s;%s;%s;%s" % (sysnames[i], host(r), user(r), v if i == 0 else "KeePass",
                                              person(r)))
    return "docs/zugaenge.csv", "\n".join(rows) + "\n", "csv"


@tpl("sh_metasys_curl", "Johnson Controls Metasys", "password", password, "pw", "METASYS_PASSWORD")
def t44(r, v, neg=False):
    body = """#!/usr/bin/env bash
set -euo pipefail
HOST=%s
TOKEN=$(curl -sk -X POST "https://$HOST/api/v4/login" \\
  -H 'Content-Type: application/json' \\
  -d '{"username":"%s","password":"%s"}' | jq -r .accessToken)
curl -sk "https://$HOST/api/v4/alarms?pageSize=100" -H "Authorization: Bearer $TOKEN" > alarms.json
""" % (host(r, "adx"), user(r), v)
    return "scripts/pull_alarms.sh", body, "sh"


@tpl("sh_mosquitto_pub", "mosquitto", "mqtt_password", password, "pw", "MQTT_PASSWORD")
def t45(r, v, neg=False):
    body = """#!/bin/sh
# Testmeldung an den Broker senden
mosquitto_pub -h %s -p 8883 --cafile /etc/ssl/certs/ca.pem \\
  -u %s -P '%s' \\
  -t 'bms/%s/test' -m "$(date -Iseconds) ping"
""" % ("mqtt.%s.local" % site(r), user(r), v, site(r))
    return "tools/mqtt-test.sh", body, "sh"


@tpl("sh_verkada_curl", "Verkada", "api_key", alnum_n(40, 48), "key", "VERKADA_API_KEY")
def t46(r, v, neg=False):
    body = """#!/usr/bin/env bash
# export door events for the last 24h
API_KEY="%s"
TOKEN=$(curl -s -X POST https://api.verkada.com/token -H "x-api-key: $API_KEY" | jq -r .token)
curl -s "https://api.verkada.com/events/v1/access?start_time=$(date -d '-1 day' +%%s)" \\
  -H "x-verkada-auth: $TOKEN" -o events.json
""" % v
    return "scripts/verkada_export.sh", body, "sh"


@tpl("sh_brivo_token", "Brivo", "api_key", alnum_n(32, 32), "key", "BRIVO_API_KEY")
def t47(r, v, neg=False):
    body = """#!/bin/bash
BRIVO_CLIENT_ID=%s
BRIVO_API_KEY=%s
curl -s -X POST "https://auth.brivo.com/oauth/token?grant_type=password&username=$BRIVO_USER&password=$BRIVO_PASS" \\
  -H "api-key: $BRIVO_API_KEY" -u "$BRIVO_CLIENT_ID:$BRIVO_CLIENT_SECRET"
""" % (ruuid(r), v)
    return "ops/brivo-token.sh", body, "sh"


@tpl("md_knx_commissioning", "KNX", "keyring_password", password, "pw", "KNX_KEYRING_PASSWORD")
def t48(r, v, neg=False):
    body = """# Inbetriebnahme KNX – %s

| Punkt | Wert |
|---|---|
| ETS-Projekt | %s_v%d.knxproj |
| IP-Router | 1.%d.0 (%s) |
| Keyring-Datei | `%s.knxkeys` |
| Keyring-Passwort | `%s` |
| Tunnel für HA | 1.%d.%d |

Notizen:
- Linienkoppler geprüft am %s
- Gruppenadressen siehe Export im Ordner `ets/`
""" % (site(r), site(r), r.randint(1, 9), r.randint(1, 15), ip(r), site(r), v, r.randint(1, 15),
       r.randint(200, 250), date(r))
    return "docs/knx-inbetriebnahme.md", body, "md"


@tpl("md_loxone_notes", "Loxone", "password", password, "pw", "LOXONE_PASSWORD")
def t49(r, v, neg=False):
    body = """## Miniserver %s

- IP: %s
- Config version: 14.%d
- Admin user: `%s`
- Password: %s
- Cloud DNS: dns.loxonecloud.com/%s

Rooms were re-imported from the architect's list on %s.
""" % (site(r), ip(r), r.randint(0, 7), r.choice(["admin", "loxadmin", "technik"]), v, mac(r, ""), date(r))
    return "notes/loxone.md", body, "md"


@tpl("md_niagara_handover", "Niagara", "password", password, "pw", "STATION_PASSWORD")
def t50(r, v, neg=False):
    body = """# Handover – Niagara Supervisor %s

1. Workbench 4.%d, connect to `%s` (foxs 4911).
2. Log in as station user **%s** with password `%s`.
3. Check the BACnet network (%d devices discovered).
4. Verify histories are exported to the SQL server nightly.
""" % (site(r), r.randint(9, 14), host(r, "sup"), r.choice(["integrator", "handover", "fm_admin"]), v,
       r.randint(20, 400))
    return "handover/README.md", body, "md"


@tpl("ps1_xio", "Crestron XiO Cloud", "api_key", hex32, "key", "XIO_SUBSCRIPTION_KEY")
def t51(r, v, neg=False):
    body = """$AccountId = '%s'
$Headers = @{ 'XiO-subscription-key' = '%s' }
$devices = Invoke-RestMethod -Uri "https://api.crestron.io/api/v1/device/accountid/$AccountId/devices" -Headers $Headers
$devices | Where-Object { $_.'device-status' -ne 'Online' } | Export-Csv offline.csv -NoTypeInformation
""" % (ruuid(r), v)
    return "scripts/Get-XioOfflineDevices.ps1", body, "ps1"


@tpl("ps1_service_account", "Windows service account", "password", password, "pw", "SVC_PASSWORD")
def t52(r, v, neg=False):
    body = """# Install Desigo CC history export task
$user = '%s\\%s'
$pw = ConvertTo-SecureString '%s' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pw)
Register-ScheduledTask -TaskName 'DCC-HistoryExport' -Action (New-ScheduledTaskAction -Execute 'C:\\Tools\\export.exe') `
  -Trigger (New-ScheduledTaskTrigger -Daily -At 2am) -User $user -Password $cred.GetNetworkCredential().Password
""" % (r.choice(["BMS", "CORP", "FACILITY"]), r.choice(["svc_dcc", "svc-history", "svc_bms01"]), v)
    return "deploy/Install-ExportTask.ps1", body, "ps1"


@tpl("dotenv_ha_token", "Home Assistant", "token", ha_token, "jwt", "HA_TOKEN", neg=False, weight=0.5)
def t53(r, v, neg=False):
    body = "HA_URL=http://%s:8123\nHA_TOKEN=%s\nLOG_LEVEL=info\n" % (ip(r), v)
    return r.choice([".env", ".env.local"]), body, "env"


@tpl("dotenv_verkada", "Verkada", "api_key", alnum_n(40, 48), "key", "VERKADA_API_KEY", neg=False, weight=0.4)
def t54(r, v, neg=False):
    body = "# door events sync\nVERKADA_ORG_ID=%s\nVERKADA_API_KEY=%s\n" % (ruuid(r), v)
    return ".env.production", body, "env"


@tpl("k8s_secret_stringdata", "MQTT", "mqtt_password", password, "pw", "MQTT_PASSWORD")
def t55(r, v, neg=False):
    body = """apiVersion: v1
kind: Secret
metadata:
  name: bms-bridge-mqtt
  namespace: %s
type: Opaque
stringData:
  MQTT_USERNAME: %s
  MQTT_PASSWORD: "%s"
""" % (r.choice(["bms", "iot", "facilities"]), user(r), v)
    return "k8s/bms-bridge/secret.yaml", body, "yaml"


@tpl("compose_nodered_credsecret", "Node-RED", "encryption_key", alnum_n(24, 40), "key", "NODE_RED_CREDENTIAL_SECRET")
def t56(r, v, neg=False):
    body = """services:
  node-red:
    image: nodered/node-red:%s
    environment:
      NODE_RED_CREDENTIAL_SECRET: "%s"
      TZ: Europe/Paris
    volumes:
      - ./data:/data
    ports:
      - "1880:1880"
""" % (r.choice(["3.1.9", "4.0.2", "3.0.2-18"]), v)
    return "node-red/docker-compose.yml", body, "yaml"


@tpl("py_control4", "Control4", "password", password, "pw", "C4_PASSWORD")
def t57(r, v, neg=False):
    body = '''import asyncio
from pyControl4.account import C4Account
from pyControl4.director import C4Director

C4_USER = "%s@%s.com"
C4_PASS = "%s"
DIRECTOR_IP = "%s"


async def main():
    account = C4Account(C4_USER, C4_PASS)
    await account.getAccountBearerToken()
    controllers = await account.getAccountControllers()
    token = await account.getDirectorBearerToken(controllers["controllerCommonName"])
    director = C4Director(DIRECTOR_IP, token["token"])
    print(await director.getAllItemInfo())

asyncio.run(main())
''' % (person(r), r.choice(["avintegrators", "boardroom-av", "facilities"]), v, ip(r))
    return "control4/dump_items.py", body, "py"


@tpl("py_submeter_portal", "Sub-metering portal", "password", password, "pw", "PORTAL_PASSWORD")
def t58(r, v, neg=False):
    body = '''"""Nightly download of sub-meter readings from the metering portal."""
import csv
import requests

PORTAL = "https://portal.%s.eu"
LOGIN = {"benutzername": "%s", "kennwort": "%s"}


def fetch(day):
    s = requests.Session()
    s.post(PORTAL + "/api/auth/login", json=LOGIN, timeout=30).raise_for_status()
    return s.get(PORTAL + "/api/readings", params={"day": day}).json()
''' % (r.choice(["meterx", "zaehlerportal", "submeter-cloud", "energie-monitor"]), person(r), v)
    return "metering/portal_download.py", body, "py"


@tpl("py_kone_api", "KONE", "oauth_client_secret", alnum_n(48, 64), "key", "KONE_CLIENT_SECRET")
def t59(r, v, neg=False):
    body = '''KONE_CLIENT_ID = "%s"
KONE_CLIENT_SECRET = "%s"
TOKEN_ENDPOINT = "https://dev.kone.com/api/v2/oauth2/token"
BUILDING_ID = "building:%s"
''' % (ruuid(r), v, rs(r, 9, UP + DIG))
    return "elevators/kone_settings.py", body, "py"


@tpl("py_twilio_alarm", "Twilio", "token", twilio_token, "twilio", "TWILIO_AUTH_TOKEN")
def t60(r, v, neg=False):
    body = '''from twilio.rest import Client

ACCOUNT_SID = "AC%s"
AUTH_TOKEN = "%s"
ON_CALL = ["+4915%d", "+3161%d"]


def page(text):
    c = Client(ACCOUNT_SID, AUTH_TOKEN)
    for n in ON_CALL:
        c.messages.create(to=n, from_="+1415%d", body=text[:150])
''' % (rs(r, 32, HEXL), v, r.randint(10 ** 8, 10 ** 9 - 1), r.randint(10 ** 6, 10 ** 7 - 1),
       r.randint(10 ** 6, 10 ** 7 - 1))
    return "alarming/sms.py", body, "py"


@tpl("py_slack_alarm", "Slack", "webhook", slack_hook, "slack", "SLACK_WEBHOOK_URL")
def t61(r, v, neg=False):
    body = '''import json
import urllib.request

WEBHOOK = "%s"


def notify(alarm):
    data = json.dumps({"text": f":rotating_light: {alarm['point']} {alarm['state']}"}).encode()
    urllib.request.urlopen(urllib.request.Request(WEBHOOK, data, {"Content-Type": "application/json"}))
''' % v
    return "alarming/slack_notify.py", body, "py"


@tpl("telegraf_influx", "InfluxDB", "token", influx_token, "key", "INFLUX_TOKEN")
def t62(r, v, neg=False):
    body = """[agent]
  interval = "60s"

[[outputs.influxdb_v2]]
  urls = ["http://influx.%s.local:8086"]
  token = "%s"
  organization = "%s"
  bucket = "bms"

[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  topics = ["bms/+/+/pv"]
  data_format = "value"
  data_type = "float"
""" % (site(r), v, r.choice(["facilities", "fm", "gebaeudetechnik"]))
    return "telegraf/telegraf.conf", body, "toml"


@tpl("go_influx", "InfluxDB", "token", influx_token, "key", "INFLUX_TOKEN")
def t63(r, v, neg=False):
    body = '''package trend

import influxdb2 "github.com/influxdata/influxdb-client-go/v2"

var client = influxdb2.NewClient("http://%s:8086", "%s")
var writeAPI = client.WriteAPI("%s", "bacnet-trends")
''' % (ip(r), v, r.choice(["fm", "ops"]))
    return "internal/trend/influx.go", body, "go"


@tpl("sh_ghp_clone", "GitHub", "token", ghp, "key", "GITHUB_TOKEN")
def t64(r, v, neg=False):
    body = """#!/usr/bin/env bash
# pull Node-RED project onto the edge box
GH_TOKEN=%s
cd /opt/node-red/projects
git clone "https://x-access-token:${GH_TOKEN}@github.com/%s/nodered-%s.git" || git -C nodered-%s pull
""" % (v, r.choice(["acme-fm", "bms-integration", "smartbuilding-ops"]), site(r), site(r))
    return "edge/bootstrap.sh", body, "sh"


@tpl("py_sendgrid", "SendGrid", "api_key", sendgrid, "sendgrid", "SENDGRID_API_KEY")
def t65(r, v, neg=False):
    body = '''from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("%s")


def mail_report(to, html):
    sg.send(Mail(from_email="bms-reports@%s.com", to_emails=to, subject="Daily energy report",
                 html_content=html))
''' % (v, r.choice(["acme", "fm-group", "campus"]))
    return "reports/mailer.py", body, "py"


@tpl("aziot_config_connstr", "Azure IoT Edge", "device_key", b64key32, "key", "IOTEDGE_DEVICE_KEY")
def t66(r, v, neg=False):
    body = """# /etc/aziot/config.toml
hostname = "%s"

[provisioning]
source = "manual"
connection_string = "HostName=%s.azure-devices.net;DeviceId=%s;SharedAccessKey=%s"

[agent]
name = "edgeAgent"
type = "docker"
""" % ("edge-%02d" % r.randint(1, 30), "iot-%s" % site(r), "edge-%s" % site(r), v)
    return "edge/aziot/config.toml", body, "toml"


@tpl("aziot_config_dps", "Azure IoT DPS", "device_key", b64key32, "key", "DPS_SYMMETRIC_KEY")
def t67(r, v, neg=False):
    body = """[provisioning]
source = "dps"
global_endpoint = "https://global.azure-devices-provisioning.net"
id_scope = "0ne%s"

[provisioning.attestation]
method = "symmetric_key"
registration_id = "%s"
symmetric_key = { value = "%s" }
""" % (rs(r, 8, HEXU), "jace-%s" % site(r), v)
    return "provisioning/config.toml", body, "toml"


@tpl("properties_bacnet_gw", "MQTT", "mqtt_password", password, "pw", "MQTT_PASSWORD")
def t68(r, v, neg=False):
    body = """# BACnet -> MQTT gateway
bacnet.localDeviceId=%d
bacnet.broadcast=%s
bacnet.discovery.timeoutMs=5000
mqtt.url=ssl://mqtt.%s.local:8883
mqtt.username=%s
mqtt.password=%s
mqtt.topicRoot=bms/%s
""" % (r.randint(1000, 400000), ip(r), site(r), user(r), v, site(r))
    return "src/main/resources/application.properties", body, "props"


@tpl("py_obix_niagara", "Niagara", "password", password, "pw", "NIAGARA_PASSWORD")
def t69(r, v, neg=False):
    body = '''import requests
from requests.auth import HTTPBasicAuth

JACE = "https://%s"
AUTH = HTTPBasicAuth("%s", "%s")


def read(point):
    url = f"{JACE}/obix/config/Drivers/BacnetNetwork/{point}/out/"
    return requests.get(url, auth=AUTH, verify=False, timeout=10).text
''' % (ip(r), r.choice(["obix", "obixUser", "api_reader"]), v)
    return "niagara/obix_read.py", body, "py"


@tpl("url_mqtt_creds", "MQTT", "mqtt_password", password, "url", "MQTT_PASSWORD")
def t70(r, v, neg=False):
    u = user(r)
    body = """bridge:
  name: distech-eclypse-%s
  source:
    type: bacnet-ip
    interface: eth0
  sink:
    url: mqtts://%s:%s@mqtt.%s.example.com:8883
    qos: 1
    retain: false
""" % (site(r), u, v, r.choice(["fm", "bms"]))
    return "config/bridge.yaml", body, "yaml"


@tpl("url_loxone_http", "Loxone", "password", password, "url", "LOXONE_PASSWORD")
def t71(r, v, neg=False):
    body = """#!/bin/sh
# Jalousien im 3. OG hochfahren (Tagesbeginn)
MS="http://%s:%s@%s"
for blk in Jalousie_3OG_Nord Jalousie_3OG_Sued; do
  curl -s "$MS/dev/sps/io/$blk/FullUp" > /dev/null
done
""" % (r.choice(["web", "automation"]), v, ip(r))
    return "cron/jalousien_morgens.sh", body, "sh"


@tpl("js_distech_eclypse", "Distech", "password", password, "pw", "ECLYPSE_PASSWORD")
def t72(r, v, neg=False):
    body = """// Distech ECLYPSE REST (api/rest/v1) reader
const axios = require('axios');

const eclypse = axios.create({
  baseURL: 'https://%s/api/rest/v1',
  auth: { username: '%s', password: '%s' },
  httpsAgent: new (require('https').Agent)({ rejectUnauthorized: false }),
});

module.exports = async function readAnalogValue(instance) {
  const { data } = await eclypse.get(`/protocols/bacnet/local/objects/analog-value/${instance}`);
  return data['present-value'];
};
""" % (ip(r), r.choice(["admin_rest", "rest", "integration"]), v)
    return "lib/eclypse.js", body, "js"


@tpl("yaml_grafana_ds", "InfluxDB", "token", influx_token, "key", "INFLUX_TOKEN")
def t73(r, v, neg=False):
    body = """apiVersion: 1
datasources:
  - name: BMS-Influx
    type: influxdb
    access: proxy
    url: http://influxdb:8086
    jsonData:
      version: Flux
      organization: %s
      defaultBucket: bms
    secureJsonData:
      token: %s
""" % (r.choice(["fm", "facilities"]), v)
    return "grafana/provisioning/datasources/influx.yaml", body, "yaml"


@tpl("ha_lutron_leap_py", "Lutron", "password", password, "pw", "LUTRON_PASSWORD")
def t74(r, v, neg=False):
    body = '''# Lutron RadioRA 2 main repeater (telnet integration) for the boardroom
from pylutron import Lutron

rra2 = Lutron("%s", "%s", "%s")
rra2.load_xml_db()
rra2.connect()
''' % (ip(r), r.choice(["lutron", "integration", "av_ctrl"]), v)
    return "av/lutron_boardroom.py", body, "py"


def pos_pem_gen(tname):
    return {"pem_caseta_key": "rsa", "pem_bsc_operational": "ec", "pem_aws_iot": "pkcs8"}[tname]


# ---------------------------------------------------------------- look-alike negatives
LOOK = []


def look(name, provider, kind):
    def deco(fn):
        LOOK.append(dict(name=name, provider=provider, kind=kind, fn=fn))
        return fn
    return deco


OBJT = ["analog-input", "analog-value", "binary-output", "binary-value", "multi-state-value", "analog-output"]
PNAMES = ["SupplyAirTemp", "ReturnAirTemp", "FanStatus", "FanCmd", "DamperPos", "CO2", "ChwValve", "Setpoint",
          "OccMode", "FilterAlarm", "ZoneTemp", "HumidityRA"]


@look("bacnet_point_list", "BACnet", "point_list")
def n1(r):
    rows = ["device_instance,device_name,object_type,object_instance,object_name,units,cov_increment"]
    dev = r.randint(1000, 400000)
    for i in range(r.randint(10, 25)):
        rows.append("%d,AHU-%02d,%s,%d,%s_%s,%s,%s" % (dev, r.randint(1, 9), r.choice(OBJT), r.randint(0, 4000),
                                                   "AHU%d" % r.randint(1, 9), r.choice(PNAMES),
                                                   r.choice(["degrees-celsius", "percent", "no-units", "ppm"]),
                                                   r.choice(["0.1", "0.5", "1", ""])))
    return "points/%s_bacnet.csv" % site(r), "\n".join(rows) + "\n"


@look("ets_group_addresses", "KNX", "group_addresses")
def n2(r):
    rows = ['"Group name";"Address";"Central";"Unfiltered";"Description";"DatapointType";"Security"']
    for i in range(r.randint(10, 25)):
        rows.append('"%s";"%d/%d/%d";"";"";"";"DPST-%d-%d";"%s"' % (
            r.choice(["Licht Büro", "Jalousie Auf/Ab", "Heizung Stellwert", "Präsenz", "Lumière salle"]) + " %d" % i,
            r.randint(0, 31), r.randint(0, 7), r.randint(0, 255), r.choice([1, 3, 5, 9]), r.randint(1, 8),
            r.choice(["Auto", "On", "Off"])))
    return "ets/%s_group_addresses.csv" % site(r), "\n".join(rows) + "\n"


@look("modbus_register_map", "Modbus", "register_map")
def n3(r):
    lines = ["# Modbus register map – %s energy meter" % r.choice(["Janitza UMG", "Siemens PAC", "Schneider PM"]),
             "", "| Register | Type | Scale | Description |", "|---|---|---|---|"]
    for i in range(r.randint(8, 16)):
        lines.append("| %d | %s | %s | %s |" % (r.randint(0, 9999) + 30000, r.choice(["float32", "uint16", "int32"]),
                                               r.choice(["1", "0.1", "0.01"]),
                                               r.choice(["Voltage L1-N", "Current L2", "Active power total",
                                                         "Energy import kWh", "Frequency", "PF total"])))
    lines.append("\nCRC16 poly 0xA001, unit id %d, serial 0x%s" % (r.randint(1, 247), rs(r, 8, HEXU)))
    return "docs/modbus/meter-map.md", "\n".join(lines) + "\n"


@look("inventory_mac_serial", "Inventory", "serials")
def n4(r):
    rows = ["hostname,model,serial,mac,firmware,firmware_sha256"]
    for i in range(r.randint(6, 14)):
        rows.append("%s,%s,%s,%s,%s,%s" % ("ddc-%02d" % i, r.choice(["JACE-8000", "ECLYPSE APEX", "PXC5.E24", "AS-P"]),
                                         rs(r, 3, UP) + rs(r, 9, DIG), mac(r), "%d.%d.%d" % (
                                             r.randint(1, 14), r.randint(0, 9), r.randint(0, 99)), rs(r, 64, HEXL)))
    return "inventory/controllers.csv", "\n".join(rows) + "\n"


@look("firmware_manifest", "Firmware", "hashes")
def n5(r):
    d = {"product": r.choice(["bacnet-gw", "knx-ip-router", "modbus-edge"]), "version": "%d.%d.%d" % (
        r.randint(1, 5), r.randint(0, 20), r.randint(0, 99)),
         "files": [{"name": "fw_%s.bin" % rs(r, 4, DIG), "size": r.randint(10 ** 5, 10 ** 7),
                    "sha256": rs(r, 64, HEXL), "md5": rs(r, 32, HEXL)} for _ in range(r.randint(2, 5))],
         "signature_alg": "ecdsa-p256", "signature": b64(r, 72)}
    return "firmware/manifest.json", json.dumps(d, indent=2) + "\n"


@look("bsc_ca_cert", "BACnet/SC", "public_certificate")
def n6(r):
    return "bsc/certs/%s.pem" % r.choice(["hub-ca", "issuer-ca", "operational-cert"]), pem_cert(r, "BSC-CA-" + site(r))


@look("lutron_bridge_cert", "Lutron", "public_certificate")
def n7(r):
    return "certs/caseta-bridge.crt", pem_cert(r, "caseta-bridge-" + rs(r, 8, HEXL))


@look("cert_pinning", "TLS", "fingerprints")
def n8(r):
    lines = ["# pinned server certificates (SHA-256 fingerprints)", "pins:"]
    for i in range(r.randint(2, 5)):
        lines.append("  - host: %s" % host(r))
        lines.append("    sha256: \"%s\"" % ":".join(rs(r, 2, HEXU) for _ in range(32)))
        lines.append("    sha1: %s" % rs(r, 40, HEXL))
    return "config/pins.yaml", "\n".join(lines) + "\n"


@look("nodered_flow_nocreds", "Node-RED", "flow")
def n9(r):
    broker = nr_id(r)
    nodes = nr_flow(r, [{"type": "mqtt in", "name": "", "topic": "bms/+/ahu/+/pv", "qos": "1", "broker": broker,
                         "wires": [[]]},
                        {"type": "function", "name": "scale", "func": "msg.payload = Number(msg.payload) / 10;\nreturn msg;",
                         "outputs": 1, "wires": [[]]}])
    nodes.append({"id": broker, "type": "mqtt-broker", "name": "local", "broker": "mosquitto", "port": "1883",
                  "clientid": "nodered-" + rs(r, 6, HEXL), "usetls": False, "protocolVersion": "4",
                  "keepalive": "60", "cleansession": True, "credentials": {}})
    return "flows/ahu-scaling.json", json.dumps(nodes, indent=4) + "\n"


@look("nodered_cred_encrypted", "Node-RED", "ciphertext")
def n10(r):
    return "data/flows_cred.json", json.dumps({"$": rs(r, 32, HEXL) + b64(r, r.randint(90, 300))}) + "\n"


@look("ha_config_secret_refs", "Home Assistant", "config")
def n11(r):
    body = """knx:
  light:
    - name: "Büro %d Deckenlicht"
      address: "%d/%d/%d"
      state_address: "%d/%d/%d"
  climate:
    - name: "Raum %d"
      temperature_address: "%d/%d/%d"
      target_temperature_state_address: "%d/%d/%d"

mqtt:
  sensor:
    - name: "AHU1 supply"
      state_topic: "bms/ahu1/sat"
      unique_id: %s

homeassistant:
  auth_providers:
    - type: homeassistant
""" % tuple([r.randint(1, 40)] + [r.randint(0, 31) for _ in range(6)] + [r.randint(1, 40)] +
            [r.randint(0, 31) for _ in range(6)] + [rs(r, 32, HEXL)])
    return "homeassistant/configuration.yaml", body


@look("compose_digests", "Docker", "digests")
def n12(r):
    body = """services:
  node-red:
    image: nodered/node-red@sha256:%s
  mosquitto:
    image: eclipse-mosquitto@sha256:%s
  homeassistant:
    image: ghcr.io/home-assistant/home-assistant@sha256:%s
    network_mode: host
""" % (rs(r, 64, HEXL), rs(r, 64, HEXL), rs(r, 64, HEXL))
    return "stack/docker-compose.yml", body


@look("niagara_bog_points", "Niagara", "bog_xml")
def n13(r):
    pts = "\n".join('      <p m="b=baja" n="%s_%d" t="bacnet:BacnetNumericPoint" h="%s">\n'
                    '        <p n="proxyExt" t="bacnet:BacnetNumericProxyExt"><p n="objectId" v="%s:%d"/></p>\n'
                    '      </p>' % (r.choice(PNAMES), i, rs(r, 4, "0123456789abcdef"), r.choice(OBJT), r.randint(0, 3000))
                    for i in range(r.randint(4, 10)))
    body = """<?xml version="1.0" encoding="UTF-8"?>
<bajaObjectGraph version="4.0" reversibleEncodingKeySource="none" FIPSEnabled="false">
  <p m="b=baja" t="b:Station">
    <p n="Drivers" t="driver:DriverContainer">
      <p n="BacnetNetwork" t="bacnet:BacnetNetwork">
%s
      </p>
    </p>
  </p>
</bajaObjectGraph>
""" % pts
    return "niagara/export/%s_points.bog.xml" % site(r), body


@look("py_ids_module", "BMS", "ids")
def n14(r):
    lines = ['"""Static ids for %s."""' % site(r), "", "DEVICES = {"]
    for i in range(r.randint(5, 10)):
        lines.append('    "%s": {"bacnet": %d, "knx_ia": "1.%d.%d", "guid": "%s", "mac": "%s"},' % (
            "vav_%02d" % i, r.randint(1000, 400000), r.randint(0, 15), r.randint(1, 255), ruuid(r), mac(r)))
    lines += ["}", "", "FIRMWARE_SHA256 = \"%s\"" % rs(r, 64, HEXL)]
    return "bms/ids.py", "\n".join(lines) + "\n"


@look("go_crc_serials", "Modbus", "crc_table")
def n15(r):
    vals = ", ".join("0x%04X" % r.randint(0, 0xFFFF) for _ in range(32))
    body = """package modbus

// Serial numbers of the meters on bus 1
var meterSerials = []string{%s}

var crcHi = []uint16{%s}
""" % (", ".join('"%s"' % rs(r, 10, DIG) for _ in range(6)), vals)
    return "pkg/modbus/tables.go", body


@look("cs_assemblyinfo", "C#", "guids")
def n16(r):
    body = """using System.Reflection;
using System.Runtime.InteropServices;

[assembly: AssemblyTitle("Crestron.%s")]
[assembly: ComVisible(false)]
[assembly: Guid("%s")]
[assembly: AssemblyVersion("%d.%d.%d.%d")]
""" % (r.choice(["RoomControl", "LightingBridge", "HvacModule"]), ruuid(r), r.randint(1, 3), r.randint(0, 9),
       r.randint(0, 99), r.randint(0, 9999))
    return "Properties/AssemblyInfo.cs", body


@look("md_default_creds", "Vendor manual", "default_credentials")
def n17(r):
    vendor, u, p = r.choice([("Loxone Miniserver", "admin", "admin"), ("Distech ECLYPSE", "admin", "admin"),
                             ("Moxa MGate", "admin", "moxa"), ("Crestron control processor", "admin", "admin"),
                             ("Niagara platform (factory)", "tridium", "niagara")])
    body = """# Commissioning checklist – %s

The vendor manual documents the factory login `%s` / `%s`.
**This default MUST be changed at commissioning**; the new password is stored in the
site KeePass (entry "%s / %s") and never in this repository.

- [ ] change default password
- [ ] disable unused protocols (Telnet, FTP)
- [ ] set NTP to %s
""" % (vendor, u, p, site(r), vendor, ip(r))
    return "docs/commissioning-checklist.md", body


@look("package_lock", "npm", "integrity")
def n18(r):
    pk = {}
    for name in r.sample(["node-red-contrib-bacnet", "node-red-contrib-knx-ultimate", "node-red-contrib-modbus",
                          "node-red-dashboard", "node-red-contrib-home-assistant-websocket", "mqtt"], 4):
        pk["node_modules/" + name] = {"version": "%d.%d.%d" % (r.randint(0, 5), r.randint(0, 20), r.randint(0, 30)),
                                      "resolved": "https://registry.npmjs.org/%s/-/%s.tgz" % (name, name),
                                      "integrity": "sha512-" + b64(r, 64)}
    return "nodered/package-lock.json", json.dumps({"name": "nodered-project", "lockfileVersion": 3,
                                                     "packages": pk}, indent=2) + "\n"


@look("knx_device_serials", "KNX", "serials")
def n19(r):
    rows = ["Individual address,Product,Serial number,Order number,Application"]
    for i in range(r.randint(6, 12)):
        rows.append("1.%d.%d,%s,%s:%s,%s,%s" % (r.randint(0, 15), r.randint(1, 200),
                                               r.choice(["IP Router Secure", "Switch actuator 8-fold", "Presence detector"]),
                                               rs(r, 4, HEXU), rs(r, 8, HEXU), rs(r, 10, UP + DIG),
                                               "%d.%d" % (r.randint(1, 3), r.randint(0, 9))))
    return "ets/devices.csv", "\n".join(rows) + "\n"


@look("ssh_known_hosts", "SSH", "public_keys")
def n20(r):
    lines = []
    for i in range(r.randint(2, 5)):
        lines.append("%s ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s" % (ip(r), b64(r, 32)[:43]))
    lines.append("ops@%s ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s" % (site(r), b64(r, 32)[:43], person(r)))
    return "ansible/files/known_hosts", "\n".join(lines) + "\n"


@look("public_key_pem", "Azure IoT DPS", "public_key")
def n21(r):
    return "certs/device-%02d.pub.pem" % r.randint(1, 40), pem_pub(r)


@look("device_twin", "Azure IoT Hub", "twin")
def n22(r):
    d = {"deviceId": "bacnet-gw-%02d" % r.randint(1, 40), "etag": b64(r, 9), "deviceEtag": b64(r, 6),
         "status": "enabled", "authenticationType": "selfSigned",
         "x509Thumbprint": {"primaryThumbprint": rs(r, 40, HEXU), "secondaryThumbprint": rs(r, 40, HEXU)},
         "version": r.randint(2, 900), "properties": {"reported": {"fw": "1.%d" % r.randint(0, 9),
                                                                    "bacnetInstance": r.randint(1000, 400000)}}}
    return "twins/gateway.json", json.dumps(d, indent=2) + "\n"


@look("aws_iot_thing", "AWS IoT", "ids")
def n23(r):
    cid = rs(r, 64, HEXL)
    acct = rs(r, 12, DIG)
    reg = r.choice(["eu-central-1", "eu-west-1"])
    d = {"thingName": "meter-gw-%s" % site(r), "thingArn": "arn:aws:iot:%s:%s:thing/meter-gw" % (reg, acct),
         "certificateId": cid, "certificateArn": "arn:aws:iot:%s:%s:cert/%s" % (reg, acct, cid),
         "endpoint": "%s-ats.iot.%s.amazonaws.com" % (rs(r, 14, LOW + DIG), reg)}
    return "iot/thing.json", json.dumps(d, indent=2) + "\n"


@look("metering_csv", "Metering", "readings")
def n24(r):
    rows = ["meter_id,mpan,timestamp,kwh,checksum"]
    for i in range(r.randint(10, 20)):
        rows.append("%s,%s,%sT%02d:00:00Z,%.2f,%s" % (rs(r, 12, DIG), rs(r, 13, DIG), date(r), i % 24,
                                                    r.uniform(0, 400), rs(r, 8, HEXL)))
    return "data/meters/readings.csv", "\n".join(rows) + "\n"


@look("lfs_pointer", "Git LFS", "pointer")
def n25(r):
    return "firmware/%s.bin" % r.choice(["jace8000", "knx_router", "eclypse"]), \
        "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (rs(r, 64, HEXL),
                                                                                  r.randint(10 ** 5, 10 ** 8))


@look("sh_verify_fw", "Firmware", "hashes")
def n26(r):
    body = """#!/bin/sh
set -e
EXPECTED=%s
curl -fsSLo fw.bin "https://downloads.%s.example.com/fw/%d.%d.bin"
echo "$EXPECTED  fw.bin" | sha256sum -c -
""" % (rs(r, 64, HEXL), r.choice(["vendor", "bms"]), r.randint(1, 9), r.randint(0, 99))
    return "scripts/update_fw.sh", body


@look("ps1_thumbprint", "Windows", "thumbprint")
def n27(r):
    body = """$thumb = '%s'
$cert = Get-Item "Cert:\\LocalMachine\\My\\$thumb"
Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Siemens\\DesigoCC' -Name 'WsiCertThumbprint' -Value $cert.Thumbprint
(Get-FileHash .\\installer.msi -Algorithm SHA256).Hash -eq '%s'
""" % (rs(r, 40, HEXU), rs(r, 64, HEXU))
    return "deploy/Set-WsiCert.ps1", body


@look("ini_device_nopw", "BACnet", "device_config")
def n28(r):
    body = """[device]
instance = %d
name = %s
mac = %s
serial = %s
vendor_id = %d

[bacnet]
port = 47808
bbmd = %s
""" % (r.randint(1000, 400000), "FCU-%02d" % r.randint(1, 99), mac(r), rs(r, 12, UP + DIG), r.randint(1, 1200), ip(r))
    return "devices/fcu.ini", body


@look("xml_icon_b64", "Control4", "encoded_data")
def n29(r):
    body = """<devicedata>
  <name>%s Bridge</name>
  <version>%d</version>
  <manufacturer>Custom</manufacturer>
  <icon width="32" height="32" encoding="base64">iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0%s</icon>
  <proxy>thermostatV2</proxy>
</devicedata>
""" % (r.choice(["Daikin", "Mitsubishi", "KNX"]), r.randint(1, 300), b64(r, r.randint(60, 150)))
    return "drivers/thermostat/driver.xml", body


@look("ha_entity_registry", "Home Assistant", "ids")
def n30(r):
    ents = [{"entity_id": "sensor.%s_%d" % (r.choice(["ahu", "vav", "meter"]), i), "id": rs(r, 32, HEXL),
             "unique_id": "%s_%s" % (mac(r, "").lower(), r.choice(["temp", "rh", "kwh"])),
             "config_entry_id": rs(r, 26, UP + DIG), "platform": r.choice(["knx", "mqtt", "modbus"])}
            for i in range(r.randint(3, 7))]
    return "ha_backup/entity_registry.json", json.dumps({"version": 1, "minor_version": 13,
                                                         "key": "core.entity_registry",
                                                         "data": {"entities": ents}}, indent=2) + "\n"


@look("loxone_uuids", "Loxone", "uuids")
def n31(r):
    lines = ["# Loxone control UUIDs (from LoxAPP3.json)"]
    for i in range(r.randint(5, 12)):
        lines.append("%s: %s-%s-%s-%s" % (r.choice(["Licht", "Jalousie", "Heizung", "Lueftung"]) + "_%d" % i,
                                           rs(r, 8, HEXL), rs(r, 4, HEXL), rs(r, 4, HEXL), rs(r, 16, HEXL)))
    return "loxone/uuids.yaml", "\n".join(lines) + "\n"


@look("pip_hashes", "Python", "hashes")
def n32(r):
    lines = []
    for pkg in r.sample(["xknx==3.1.1", "BAC0==23.7.3", "pymodbus==3.6.9", "paho-mqtt==2.1.0", "requests==2.32.3"], 3):
        lines.append("%s \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s" % (pkg, rs(r, 64, HEXL), rs(r, 64, HEXL)))
    return "requirements.txt", "\n".join(lines) + "\n"


@look("grafana_dashboard", "Grafana", "uids")
def n33(r):
    d = {"uid": rs(r, 9, ALNUM), "title": "AHU overview %s" % site(r), "version": r.randint(1, 60),
         "panels": [{"id": i, "type": "timeseries", "datasource": {"type": "influxdb", "uid": rs(r, 9, ALNUM)},
                     "targets": [{"refId": "A", "query": "from(bucket: \"bms\") |> range(start: -24h)"}]}
                    for i in range(1, r.randint(3, 6))]}
    return "grafana/dashboards/ahu.json", json.dumps(d, indent=2) + "\n"


@look("go_sum", "Go", "hashes")
def n34(r):
    lines = []
    for m in ["github.com/eclipse/paho.mqtt.golang v1.4.3", "github.com/goburrow/modbus v0.1.0",
              "github.com/amenzhinsky/iothub v0.9.0"]:
        lines.append("%s h1:%s=" % (m, b64(r, 32)[:43]))
        lines.append("%s/go.mod h1:%s=" % (m, b64(r, 32)[:43]))
    return "go.sum", "\n".join(lines) + "\n"


@look("xknx_keyring_test_vectors", "KNX", "test_vectors")
def n35(r):
    body = """# Public test values from the KNX spec example keyring, used by unit tests only.
# "oKGio6SlpqeoqaqrrK2urw==" decodes to A0 A1 ... AF (sequence, not a key).
EXAMPLE_SEQUENCE_B64 = "oKGio6SlpqeoqaqrrK2urw=="
GROUP_ADDRESSES = %r
IA = "1.%d.%d"
""" % (["%d/%d/%d" % (r.randint(0, 31), r.randint(0, 7), r.randint(0, 255)) for _ in range(4)], r.randint(0, 15),
       r.randint(1, 255))
    return "tests/knx_constants.py", body


# ---------------------------------------------------------------- driver
def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_mm.py OUTDIR SEED\n")
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    used = set()

    def ftype(rel, ctx):
        base = rel.rsplit("/", 1)[-1]
        if base.startswith(".env"):
            return "env"
        if "." in base:
            return base.rsplit(".", 1)[-1]
        return ctx

    def write(rel_dir, rel, text):
        p = os.path.join(out, rel_dir, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    # positives: every template at least 3 times, rest weighted; cap .env
    order = []
    for t in TEMPLATES:
        order += [t] * (3 if t["weight"] >= 1 else 2)
    weights = [t["weight"] for t in TEMPLATES]
    while len(order) < 500:
        order.append(r.choices(TEMPLATES, weights)[0])
    order = order[:500]
    r.shuffle(order)
    envcount = sum(1 for t in order if t["name"].startswith("dotenv"))
    assert envcount <= 25, envcount

    for i, t in enumerate(order):
        while True:
            if t["gen"] is None:
                text, needle = pem_private(r, pos_pem_gen(t["name"]))
                v = text
            else:
                needle = v = t["gen"](r)
            if needle not in used:
                break
        used.add(needle)
        rel, text, ctx = t["fn"](r, v)
        if t["gen"] is None:
            if r.random() < 0.3 and t["name"] != "pem_aws_iot":
                text = "Bag Attributes\n    friendlyName: %s\n" % site(r) + text
        assert text.count(needle) >= 1
        line = text[:text.index(needle)].count("\n") + 1
        assert needle in text.split("\n")[line - 1]
        d = "pos/p%04d" % i
        write(d, rel, text)
        manifest.append({"file": "%s/%s" % (d, rel), "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": ftype(rel, ctx), "template": t["name"]})
        secrets.append({"file": "%s/%s" % (d, rel), "needle": needle, "line": line})

    # negatives
    negt = [t for t in TEMPLATES if t["neg"]]
    items = []
    for k in range(250):
        items.append(("reuse", negt[k % len(negt)] if k < len(negt) else r.choice(negt)))
    for k in range(250):
        items.append(("look", LOOK[k % len(LOOK)] if k < 2 * len(LOOK) else r.choice(LOOK)))
    r.shuffle(items)
    for i, (mode, t) in enumerate(items):
        if mode == "reuse":
            # ctx is only known after rendering; render once with a marker to learn it
            probe = random.Random(r.getrandbits(64))
            _, _, ctx = t["fn"](random.Random(0), "PROBE")
            slot = t["slot"]
            if slot == "url":
                v = r.choice(["<password>", "${MQTT_PASSWORD}", "changeme", "xxxxx", "****"])
            else:
                v = neg_value(r, slot, ctx, t["var"])
            rel, text, ctx = t["fn"](probe, v, neg=True)
            name, prov, kind = t["name"], t["provider"], t["kind"]
        else:
            rel, text = t["fn"](r)
            ctx = "txt"
            name, prov, kind = t["name"], t["provider"], t["kind"]
        base = rel.rsplit("/", 1)[-1]
        assert not (base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample")))
        d = "neg/n%04d" % i
        write(d, rel, text)
        manifest.append({"file": "%s/%s" % (d, rel), "label": "neg", "provider": prov, "kind": kind,
                         "filetype": ftype(rel, ctx), "template": ("neg_" if mode == "reuse" else "look_") + name})
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
