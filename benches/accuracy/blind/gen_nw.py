#!/usr/bin/env python3
"""Blind evaluation-set generator "nw": industrial control / OT / building automation / IIoT.

EMPHASIS
    Credentials as they leak from OT and IIoT repositories: OPC UA clients and servers
    (asyncua, node-opcua, Eclipse Milo, .NET appsettings, Telegraf inputs.opcua, certificate
    private-key / keystore passwords), Ignition (docker GATEWAY_ADMIN_PASSWORD, Jython gateway
    scripts), Kepware/KEPServerEX (Configuration API curl, IoT Gateway JSON project),
    Siemens (S7-1500 PLC Web API JSON-RPC Api.Login, WinCC OA RDB archive config), Rockwell
    (L5X STRING tag literal, FactoryTalk app.config), MQTT (Mosquitto bridge, HiveMQ bridge XML,
    EMQX HOCON bridge, paho, HiveMQ Java client, Modbus->MQTT gateway YAML), Node-RED
    (flows_cred.json unencrypted, .config.runtime.json _credentialSecret, settings.js
    credentialSecret), OSIsoft PI / AVEVA (PI SQL Client connection string, PI Web API basic
    auth in Python and PowerShell), historians (InfluxDB v2 tokens in Telegraf, Grafana,
    docker-compose, Python client; TimescaleDB URLs / psycopg2 / k8s Secrets), BACnet/Niagara
    (oBIX basic auth, Ansible vars for Niagara platform), Johnson Controls Metasys REST login,
    TwinCAT (Add-AdsRoute), CODESYS scripting, Ansible inventories of HMIs/PLC web servers,
    AWS IoT Greengrass (installer AWS keys, device private keys RSA/EC PEM), Azure IoT Hub
    (device and service-policy SharedAccessKey in Python, C, TOML, appsettings), ThingWorx
    appKeys (UUIDs) in JS and Edge Microserver config.json, Cumulocity (properties, Python).
    File types: py, js, java, cs-config/xml, json, yaml, toml, conf, ini, properties, sh, ps1,
    c, L5X, xml, pem/key, csv, txt.

USAGE
    python3 -B gen_nw.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic for a SEED
    (random.Random(SEED) only; no time, no hash()).

NEEDLE CONVENTIONS
    * The needle is the secret value only, exactly as written in the file: the password
      (not user:password), the SharedAccessKey value (not the whole connection string), the
      InfluxDB token, the AWS secret access key (the AKIA key id sits on another line of the
      same file as part of the same credential), the ThingWorx appKey UUID, the 64-hex
      Node-RED _credentialSecret.
    * Encoded values are positive and the needle is the encoded form as it appears: HTTP
      Basic header base64 (PI Web API, oBIX), Kubernetes Secret data: base64.
    * PEM private keys: the needle is the first base64 body line (the line after BEGIN).
    * "line" is the 1-based line of the first occurrence of the needle.

NEGATIVES
    About half reuse positive templates with the value replaced by: ${ENV} references,
    <angle-bracket> / REPLACE_ME / __X__ placeholders, "changeme", masked "********", empty
    values, {{ template }} variables, and code-level env lookups (os.environ, process.env,
    System.getenv, $env:). The other half are domain look-alikes: OPC UA NodeIds (ns=;s=/i=/g=/
    b= including base64 ByteString ids), OPC UA trust-list certificate thumbprints, public
    X.509 certificates, Modbus register maps, BACnet point lists, SNMP OIDs, Node-RED flows.json
    without credentials, Node-RED flows_cred.json ENCRYPTED ({"$": iv-hex + base64}), Mosquitto
    password_file hashes ($7$ PBKDF2-SHA512), Node-RED adminAuth bcrypt hashes, Azure IoT x509
    connection strings / DPS id scopes / device twins (etags, thumbprints), Greengrass
    config.yaml (endpoints, thing names, cert paths), AWS IoT certificate ids, PI Web API
    WebIds, InfluxDB org/bucket ids, Ignition resource.json signatures, L5X safety signatures
    and project serials, firmware sha256 manifests, container digests, Cumulocity managed
    objects, ThingWorx/TIA GUIDs.
    Documented defaults: DECISION - a vendor's publicly documented factory default (EMQX
    dashboard admin/public, SNMP community "public", TwinCAT CE Administrator/1) is NOT a
    leak of a secret; such files are labelled negative (kind "documented_default").

FORMATS CHECKED
    * Azure IoT Hub connection string keys HostName/DeviceId/SharedAccessKey(/Name), x509=true:
      Microsoft Learn pages (azure-iot-common ConnectionString, IotHubConnectionStringBuilder,
      Get-AzIotHubDeviceConnectionString) via the docs search corpus. Key = base64 of 32 bytes.
    * Mosquitto bridge options (connection/address/remote_username/remote_password/topic),
      EMQX bridge username/password options: docs corpus (mosquitto gists, docs.emqx.com).
    * Node-RED credential encryption: node-red wiki "Design: Encryption of credentials"
      ({"$": "<32 hex iv><base64>"}, aes-256-ctr, key = sha256(credentialSecret)).
    * Everything else from own knowledge: InfluxDB v2 token = base64url of 64 bytes (88 chars
      ending "=="), AWS AKIA + 16 base32 chars / 40-char secret, PEM RSA/EC DER layouts
      (structurally valid DER built here), mosquitto_passwd $7$ layout, bcrypt $2b$ layout.

DOUBTS
    * Kepware IoT Gateway JSON property names (iot_gateway.MQTT_CLIENT_USERNAME/PASSWORD) and
      WinCC OA [ValueArchiveRDB] DbUser/DbPass key names are from memory, not verified.
    * ThingWorx Edge Microserver config.json layout ("ws_servers", "appKey") from memory.
    * CODESYS scripting online.set_default_credentials and S7-1500 Web API Api.Login params
      from memory.
    * PI Web API WebId prefixes (F1DP, F1Em, F1Ab) from memory; bodies are random base64url.
    * Litmus Edge is not covered (token format unknown to me); Niagara/Ignition/Kepware
      encrypted-at-rest password formats are not imitated for the same reason (Node-RED's
      documented {"$": ...} and mosquitto/bcrypt hashes are used instead).
    * Look-alike public certificates and public keys have random bodies behind a plausible DER
      prefix (one path is named AmazonRootCA1.pem but is not the real CA).
    * No scanner rules or scanner source were read; the searches returned only vendor docs,
      gists and blog pages. (Before writing, the helper accidentally ran a count-only `ls`
      of the blind/ folder; no file names were read or used.)
"""
import base64
import hashlib
import json
import os
import random
import string
import sys

# ----------------------------------------------------------------------------------------
# vocab
WORDS = [
    "falcon", "harbor", "copper", "meadow", "granite", "orbit", "tulip", "gravel", "lantern",
    "thunder", "willow", "maple", "cobalt", "pepper", "canyon", "ember", "glacier", "walnut",
    "saffron", "otter", "beacon", "quartz", "violet", "tractor", "pelican", "rocket", "summit",
    "anchor", "biscuit", "cactus", "dolphin", "fjord", "hazel", "island", "jasper", "kettle",
    "lemon", "marble", "nectar", "oyster", "piano", "quiver", "raven", "sierra", "timber",
    "umber", "velvet", "wombat", "yonder", "zephyr", "basil", "cedar", "drift", "fennel",
    "ginger", "hollow", "indigo", "juniper", "kayak", "lotus", "mosaic", "nomad", "olive",
    "prairie", "ripple", "spruce", "tundra", "vortex", "badger", "crimson", "dune", "forge",
    "turbine", "valve", "boiler", "kiln", "conveyor", "furnace", "piston", "gasket", "spindle",
]
BANNED = ("test", "example", "dummy", "fake", "sample", "password", "secret", "xxxx", "demo")
SITES = ["stuttgart", "linz", "dayton", "monterrey", "pune", "gdansk", "tilburg", "kalmar",
         "ostrava", "ulsan", "recife", "leeds", "toledo", "brno", "aarhus", "joliet", "tampere",
         "graz", "lyon", "porto", "wichita", "osaka", "akron", "ghent"]
AREAS = ["packaging", "press", "kiln", "boiler", "chiller", "filler", "palletizer", "extruder",
         "mixer", "cooling", "ahu", "compressor", "paintshop", "bodyshop", "wwtp", "tankfarm",
         "bottling", "curing", "stamping", "assembly"]
USERS = ["opcua_client", "svc_scada", "mes_reader", "historian", "hmi_ops", "edge_gw",
         "integrator", "plant_svc", "svc_pi", "grafana_ro", "nodered", "bms_api", "ot_admin",
         "mqtt_bridge", "kep_svc", "line_ctrl", "reporting", "ignition_gw", "twx_edge",
         "data_collector", "controls_eng", "bms_operator", "svc_telemetry", "iiot_ingest"]
TAGS = ["Temperature", "Pressure", "FlowRate", "MotorSpeed", "ValvePos", "Level", "RunStatus",
        "FaultCode", "Setpoint", "Humidity", "Vibration", "Current", "Torque", "Counter",
        "Energy_kWh", "DamperPos", "SupplyAirTemp", "ReturnAirTemp", "CO2", "PumpCmd"]

SYM_Q = "!@#%^*-_+=?.~"      # inside quoted strings
SYM_U = "!@*-_+=?.~"          # unquoted values (no '#', '%')
SYM_URL = "-_.~"              # URL userinfo without escaping
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
ALNUM = string.ascii_letters + string.digits


class Raw(str):
    """Value inserted as a raw code expression (env lookup), not as a quoted literal."""


class Ctx:
    def __init__(self, seed):
        self.r = random.Random(seed)

    # -- primitives
    def ch(self, seq):
        return self.r.choice(seq)

    def rb(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def hexs(self, n):
        return "".join(self.r.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n, alpha=ALNUM):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def uuid4(self):
        h = list(self.hexs(32))
        h[12] = "4"
        h[16] = self.r.choice("89ab")
        h = "".join(h)
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def ip(self):
        return self.r.choice(["10.%d.%d.%d", "192.168.%d.%d%d", "172.16.%d.%d%d"]) % tuple(
            self.r.randint(1, 30) for _ in range(3))

    def site(self):
        return self.ch(SITES)

    def area(self):
        return self.ch(AREAS)

    def user(self):
        return self.ch(USERS)

    def host(self, kind="srv"):
        return "%s-%s%02d" % (self.site()[:3], kind, self.r.randint(1, 24))

    def ver(self):
        return "%d.%d.%d" % (self.r.randint(1, 8), self.r.randint(0, 20), self.r.randint(0, 30))

    def ok(self, s):
        low = s.lower()
        return not any(b in low for b in BANNED)

    # -- secrets
    def human_pw(self, sym=SYM_Q):
        while True:
            st = self.r.randrange(6)
            if st == 0:
                pw = (self.ch(WORDS).capitalize() + self.ch(WORDS) + str(self.r.randint(10, 9999))
                      + self.ch(sym[:6]))
            elif st == 1:
                n = self.r.randint(16, 32)
                chars = [self.ch(string.ascii_lowercase), self.ch(string.ascii_uppercase),
                         self.ch(string.digits), self.ch(sym)]
                chars += [self.ch(ALNUM + sym) for _ in range(n - 4)]
                self.r.shuffle(chars)
                pw = "".join(chars)
            elif st == 2:
                sep = self.ch(["-", ".", "_"] if "-" in sym else ["."])
                ws = [self.ch(WORDS) for _ in range(self.r.randint(3, 5))]
                k = self.r.randrange(len(ws))
                ws[k] = ws[k].capitalize()
                pw = sep.join(ws) + str(self.r.randint(1, 99))
            elif st == 3:
                w = self.ch(WORDS).capitalize()
                tr = {"a": "@", "o": "0", "e": "3", "i": "1", "s": "5"}
                if "@" not in sym:
                    tr["a"] = "4"
                w = "".join(tr.get(c, c) if self.r.random() < 0.6 else c for c in w)
                pw = w + self.ch(sym[:5]) + str(self.r.randint(1990, 2031)) + self.ch(WORDS)[:3].upper()
            elif st == 4:
                pw = self.alnum(self.r.randint(18, 28))
                if not (any(c.isdigit() for c in pw) and any(c.isupper() for c in pw)):
                    continue
            else:
                pw = (self.ch(AREAS).capitalize() + str(self.r.randint(1, 9)) + self.ch(sym[:6]) +
                      self.ch(WORDS).capitalize() + str(self.r.randint(10, 99)))
            if self.ok(pw) and len(pw) >= 10:
                return pw

    def url_pw(self):
        return self.human_pw(SYM_URL)

    def azure_key(self):
        return base64.b64encode(self.rb(32)).decode()

    def influx_token(self):
        return base64.urlsafe_b64encode(self.rb(64)).decode()

    def aws_pair(self):
        kid = "AKIA" + self.alnum(16, B32)
        sec = self.alnum(40, ALNUM + "/+")
        return kid, sec

    def node_id(self):
        if self.r.random() < 0.6:
            return self.hexs(16)
        return self.hexs(8) + "." + self.hexs(self.r.choice([5, 6]))


# ----------------------------------------------------------------------------------------
# DER / PEM
def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der_int_bytes(raw):
    raw = raw.lstrip(b"\x00") or b"\x00"
    if raw[0] & 0x80:
        raw = b"\x00" + raw
    return b"\x02" + der_len(len(raw)) + raw


def der_seq(*items):
    body = b"".join(items)
    return b"\x30" + der_len(len(body)) + body


def pem_wrap(label, der):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return ["-----BEGIN %s-----" % label] + lines + ["-----END %s-----" % label]


def rsa_like_der(c, bits=2048):
    nb = bits // 8
    hb = nb // 2

    def big(n):
        x = bytearray(c.rb(n))
        x[0] |= 0x80
        x[-1] |= 1
        return bytes(x)
    return der_seq(der_int_bytes(b"\x00"), der_int_bytes(big(nb)), der_int_bytes(b"\x01\x00\x01"),
                   der_int_bytes(c.rb(nb)), der_int_bytes(big(hb)), der_int_bytes(big(hb)),
                   der_int_bytes(c.rb(hb)), der_int_bytes(c.rb(hb)), der_int_bytes(c.rb(hb)))


def ec_der(c):
    return (bytes.fromhex("30770201010420") + c.rb(32) +
            bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + c.rb(64))


def private_key_pem(c):
    if c.r.random() < 0.55:
        lines = pem_wrap("RSA PRIVATE KEY", rsa_like_der(c))
    else:
        lines = pem_wrap("EC PRIVATE KEY", ec_der(c))
    return lines, lines[1]


def cert_pem(c):
    # public certificate look-alike: random body with a plausible DER prefix
    n = c.r.randint(700, 1100)
    der = b"\x30\x82" + n.to_bytes(2, "big") + b"\x30\x82" + (n - 200).to_bytes(2, "big") + \
        bytes.fromhex("a003020102") + b"\x02\x14" + c.rb(20) + c.rb(n - 31)
    return pem_wrap("CERTIFICATE", der)


# ----------------------------------------------------------------------------------------
# small rendering helpers
def lit(v, lang, q='"'):
    if isinstance(v, Raw):
        return str(v)
    return q + v + q


ENV_EXPR = {
    "py": 'os.environ["%s"]', "js": "process.env.%s", "java": 'System.getenv("%s")',
    "cs": 'Environment.GetEnvironmentVariable("%s")', "ps1": "$env:%s", "c": 'getenv("%s")',
    "sh": '"${%s}"', "jython": 'system.tag.readBlocking(["[default]Config/%s"])[0].value',
}


def jdump(c, obj):
    return json.dumps(obj, indent=c.ch([2, 4]))


def header_comment(c, mark, what):
    opts = [
        "%s %s" % (mark, what),
        "%s %s - %s plant" % (mark, what, c.site().capitalize()),
        "%s %s (maintained by controls engineering)" % (mark, what),
        "%s %s\n%s last change: %s" % (mark, what, mark, c.ch(["cutover", "FAT", "SAT", "commissioning", "migration to v%s" % c.ver()])),
    ]
    return c.ch(opts)


# ========================================================================================
# POSITIVE TEMPLATES  (render(c, v) -> (relpath, filetype, text))
# each entry: name, provider, kind, gen(c)->(value, extra), render, env name, lang for Raw
T = []


def tmpl(name, provider, kind, gen, env, lang=None):
    def deco(fn):
        T.append(dict(name=name, provider=provider, kind=kind, gen=gen, render=fn, env=env, lang=lang))
        return fn
    return deco


def g_pw(c):
    return c.human_pw()


def g_pw_u(c):
    return c.human_pw(SYM_U)


def g_pw_url(c):
    return c.url_pw()


# ---- OPC UA -----------------------------------------------------------------------------
@tmpl("opcua_asyncua_py", "opcua", "password", g_pw, "OPCUA_PASSWORD", "py")
def _(c, v, x):
    host, port = c.host("plc"), c.ch([4840, 4840, 49320, 62541, 4841])
    user = c.user()
    tags = c.r.sample(TAGS, c.r.randint(3, 7))
    ns = c.r.randint(2, 6)
    nodes = "\n".join('    "%s": "ns=%d;s=%s.%s",' % (t.lower(), ns, c.area().capitalize(), t) for t in tags)
    pwname = c.ch(["OPCUA_PASS", "opc_pw", "PASSWD", "AUTH_VALUE", "credential"])
    txt = f'''"""Poll {c.area()} line values from the OPC UA server and push to the historian."""
import asyncio
import logging
import os

from asyncua import Client, ua

log = logging.getLogger("{c.area()}_poller")

ENDPOINT = "opc.tcp://{host}:{port}"
OPC_USER = "{user}"
{pwname} = {lit(v, "py")}
POLL_SECONDS = {c.ch([1, 2, 5, 10])}

NODES = {{
{nodes}
}}


async def main():
    client = Client(url=ENDPOINT, timeout={c.ch([4, 10, 30])})
    client.set_user(OPC_USER)
    client.set_password({pwname})
    await client.set_security_string("Basic256Sha256,SignAndEncrypt,certs/client.der,certs/client_key.pem")
    async with client:
        handles = {{k: client.get_node(v) for k, v in NODES.items()}}
        while True:
            for name, node in handles.items():
                try:
                    val = await node.read_value()
                    log.info("%s=%s", name, val)
                except ua.UaError as exc:
                    log.warning("read failed for %s: %s", name, exc)
            await asyncio.sleep(POLL_SECONDS)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
'''
    return c.ch(["collector/opcua_poller.py", "src/%s_opcua.py" % c.area(), "edge/poll_opcua.py"]), "py", txt


@tmpl("opcua_nodeopcua_js", "opcua", "password", g_pw, "OPCUA_PASSWORD", "js")
def _(c, v, x):
    host = c.host("plc")
    user = c.user()
    t = c.ch(TAGS)
    txt = f''''use strict';
const {{ OPCUAClient, MessageSecurityMode, SecurityPolicy, UserTokenType, AttributeIds }} = require('node-opcua');

const endpointUrl = 'opc.tcp://{host}:{c.ch([4840, 48010, 53530])}/{c.ch(["", "OPCUA/SimulationServer", "UA/Server"])}';

const userIdentity = {{
  type: UserTokenType.UserName,
  userName: '{user}',
  password: {lit(v, "js", "'")},
}};

async function readOnce() {{
  const client = OPCUAClient.create({{
    applicationName: '{c.area()}-dashboard',
    securityMode: MessageSecurityMode.{c.ch(["SignAndEncrypt", "Sign"])},
    securityPolicy: SecurityPolicy.Basic256Sha256,
    endpointMustExist: false,
    connectionStrategy: {{ maxRetry: {c.r.randint(2, 10)}, initialDelay: 1000 }},
  }});
  await client.connect(endpointUrl);
  const session = await client.createSession(userIdentity);
  const dv = await session.read({{ nodeId: 'ns={c.r.randint(2, 5)};s={c.area().capitalize()}.{t}', attributeId: AttributeIds.Value }});
  console.log('{t} =', dv.value.value);
  await session.close();
  await client.disconnect();
}}

readOnce().catch((err) => {{
  console.error(err);
  process.exit(1);
}});
'''
    return c.ch(["src/opcua/read.js", "scripts/read-%s.js" % c.area(), "lib/opcClient.js"]), "js", txt


def telegraf_head(c):
    return f'''[agent]
  interval = "{c.ch(["1s", "5s", "10s"])}"
  round_interval = true
  metric_batch_size = {c.ch([1000, 5000])}
  flush_interval = "10s"
  hostname = "{c.host("edge")}"
'''


@tmpl("opcua_telegraf_toml", "opcua", "password", g_pw, "OPCUA_PASSWORD")
def _(c, v, x):
    tags = c.r.sample(TAGS, c.r.randint(3, 6))
    nodes = "\n".join('    {name="%s", namespace="%d", identifier_type="s", identifier="%s.%s"},' % (
        t.lower(), c.r.randint(2, 4), c.area().capitalize(), t) for t in tags)
    txt = telegraf_head(c) + f'''
[[inputs.opcua]]
  name = "{c.area()}"
  endpoint = "opc.tcp://{c.ip()}:4840"
  connect_timeout = "10s"
  request_timeout = "5s"
  security_policy = "Basic256Sha256"
  security_mode = "SignAndEncrypt"
  certificate = "/etc/telegraf/opcua/cert.pem"
  private_key = "/etc/telegraf/opcua/key.pem"
  auth_method = "UserName"
  username = "{c.user()}"
  password = "{v}"
  nodes = [
{nodes}
  ]

[[outputs.file]]
  files = ["stdout"]
'''
    return c.ch(["telegraf/telegraf.conf", "deploy/telegraf/opcua.conf", "edge/telegraf.d/opcua.conf"]), "toml", txt


@tmpl("opcua_milo_properties", "opcua", "keystore_password", g_pw_u, "OPCUA_KEYSTORE_PASSWORD")
def _(c, v, x):
    key = c.ch(["opcua.client.keystore.password", "milo.security.keystore-password",
                "opcua.security.key-password", "plant.opc.pkcs12.passphrase"])
    txt = f'''# {c.area()} connector - Spring Boot configuration
spring.application.name={c.area()}-opcua-connector
server.port={c.ch([8080, 8081, 9090])}
management.endpoints.web.exposure.include=health,info,prometheus

opcua.client.endpoint-url=opc.tcp://{c.host("kep")}:49320
opcua.client.application-uri=urn:{c.site()}:{c.area()}:connector
opcua.client.security-policy=Basic256Sha256
opcua.client.request-timeout-ms={c.ch([5000, 10000, 15000])}
opcua.client.keystore.path=/opt/connector/pki/client.pfx
opcua.client.keystore.alias=client-ai
{key}={v}
opcua.client.pki-dir=/opt/connector/pki
opcua.subscription.publishing-interval-ms={c.ch([250, 500, 1000])}

logging.level.org.eclipse.milo={c.ch(["INFO", "WARN"])}
'''
    return "src/main/resources/application.properties", "properties", txt


@tmpl("opcua_client_yaml", "opcua", "cert_key_password", g_pw, "OPCUA_KEY_PASSPHRASE")
def _(c, v, x):
    k = c.ch(["private_key_password", "keyPassword", "pfx_passphrase", "key_pass"])
    txt = f'''# OPC UA gateway instance config
gateway:
  name: {c.site()}-{c.area()}-gw
  log_level: info
opcua:
  endpoint: opc.tcp://{c.ip()}:4840
  application_uri: urn:{c.host("edge")}:gateway
  security:
    policy: Basic256Sha256
    mode: SignAndEncrypt
    certificate: /data/pki/own/certs/gateway.der
    private_key: /data/pki/own/private/gateway.pfx
    {k}: "{v}"
    trust_all: false
  session_timeout_ms: 60000
  subscriptions:
    - name: {c.area()}
      publishing_interval_ms: {c.ch([500, 1000])}
      items:
        - ns=3;s={c.ch(TAGS)}
        - ns=3;s={c.ch(TAGS)}
mqtt:
  url: mqtts://{c.host("mq")}:8883
  topic_prefix: {c.site()}/{c.area()}
'''
    return c.ch(["config/gateway.yaml", "deploy/opcua-gateway/config.yml"]), "yaml", txt


@tmpl("opcua_dotnet_appsettings", "opcua", "password", g_pw, "OPCUA_PASSWORD")
def _(c, v, x):
    obj = {
        "Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
        "OpcUa": {
            "EndpointUrl": "opc.tcp://%s:%d" % (c.host("scada"), c.ch([4840, 62541])),
            "SecurityPolicy": "http://opcfoundation.org/UA/SecurityPolicy#Basic256Sha256",
            "UserName": c.user(),
            "Password": v,
            "SessionTimeout": 60000,
            "AutoAcceptUntrustedCertificates": False,
        },
        "Historian": {"BatchSize": c.ch([100, 500]), "FlushSeconds": 5},
        "AllowedHosts": "*",
    }
    return c.ch(["src/Plant.Collector/appsettings.json", "Collector/appsettings.Production.json"]), "json", jdump(c, obj) + "\n"


@tmpl("opcua_server_users_js", "opcua", "password", g_pw, "OPCUA_OPERATOR_PASSWORD", "js")
def _(c, v, x):
    u = c.user()
    txt = f'''const {{ OPCUAServer, nodesets }} = require('node-opcua');

// simulation server used for the {c.area()} HMI FAT
const users = [
  {{ username: '{u}', password: {lit(v, "js", "'")}, role: 'Operator' }},
];

const userManager = {{
  isValidUser(userName, password) {{
    const u = users.find((x) => x.username === userName);
    return !!u && u.password === password;
  }},
}};

(async () => {{
  const server = new OPCUAServer({{
    port: {c.ch([4840, 4334, 26543])},
    resourcePath: '/UA/{c.area()}',
    nodeset_filename: [nodesets.standard, nodesets.di],
    userManager,
    allowAnonymous: false,
    buildInfo: {{ productName: '{c.area()}-sim', buildNumber: '{c.r.randint(100, 999)}' }},
  }});
  await server.initialize();
  await server.start();
  console.log('listening on', server.getEndpointUrl());
}})();
'''
    return c.ch(["sim/server.js", "tools/opcua-sim/index.js"]), "js", txt


# ---- Ignition -----------------------------------------------------------------------------
@tmpl("ignition_compose", "ignition", "password", g_pw_u, "GATEWAY_ADMIN_PASSWORD")
def _(c, v, x):
    txt = f'''services:
  gateway:
    image: inductiveautomation/ignition:{c.ch(["8.1.33", "8.1.38", "8.1.42", "8.1.27"])}
    hostname: {c.site()}-ignition
    ports:
      - "8088:8088"
      - "8060:8060"
    volumes:
      - gateway-data:/usr/local/bin/ignition/data
    environment:
      ACCEPT_IGNITION_EULA: "Y"
      GATEWAY_ADMIN_USERNAME: {c.ch(["admin", "ot_admin", "gwadmin"])}
      GATEWAY_ADMIN_PASSWORD: "{v}"
      IGNITION_EDITION: {c.ch(["standard", "edge"])}
      TZ: {c.ch(["Europe/Berlin", "America/Chicago", "Asia/Kolkata", "UTC"])}
    command: >
      -n {c.site()}-gw
      -m {c.ch([1024, 2048, 4096])}
    restart: unless-stopped

  db:
    image: postgres:{c.ch(["14", "15", "16"])}
    environment:
      POSTGRES_DB: ignition
      POSTGRES_USER: ignition
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_pw
    volumes:
      - db-data:/var/lib/postgresql/data

volumes:
  gateway-data:
  db-data:
'''
    return c.ch(["docker-compose.yml", "deploy/ignition/docker-compose.yaml"]), "yaml", txt


@tmpl("ignition_gateway_script", "ignition", "password", g_pw, "MES_API_PASSWORD", "jython")
def _(c, v, x):
    var = c.ch(["pw", "apiPass", "mesPassword", "auth"])
    txt = f'''# Gateway timer script: push shift counts to MES ({c.site()})
# Project: {c.area()}_hmi  |  Script library: shared.mes
logger = system.util.getLogger("MES-Push")

MES_URL = "https://{c.host("mes")}.corp.local/api/v{c.r.randint(1, 3)}/counts"
user = "{c.user()}"
{var} = {lit(v, "py")}

def pushCounts():
	paths = ["[default]{c.area().capitalize()}/Line%d/GoodCount" % i for i in range(1, {c.r.randint(3, 8)})]
	values = [qv.value for qv in system.tag.readBlocking(paths)]
	payload = {{"site": "{c.site()}", "counts": values, "ts": system.date.toMillis(system.date.now())}}
	client = system.net.httpClient(timeout=5000)
	resp = client.post(MES_URL, data=payload, username=user, password={var})
	if not resp.good:
		logger.warn("MES push failed: %s" % resp.statusCode)
	return resp.statusCode
'''
    return c.ch(["ignition/projects/%s_hmi/ignition/script-python/shared/mes/code.py" % c.area(),
                 "scripts/gateway/mes_push.py"]), "py", txt


# ---- Kepware ------------------------------------------------------------------------------
@tmpl("kepware_config_api_sh", "kepware", "password", g_pw_u, "KEP_PASSWORD")
def _(c, v, x):
    ch = c.area().capitalize()
    ip = c.ip()
    ku = c.ch(["Administrator", "kep_svc", "config_api"])
    txt = f'''#!/usr/bin/env bash
# Create channel + device on KEPServerEX through the Configuration API
set -euo pipefail
KEP_HOST="${{KEP_HOST:-{c.host("kep")}}}"
BASE="https://${{KEP_HOST}}:57512/config/v1/project"

curl -sk -u "{ku}:{v}" -H 'Content-Type: application/json' \\
  -X POST "$BASE/channels" \\
  -d '{{"common.ALLTYPES_NAME": "{ch}", "servermain.MULTIPLE_TYPES_DEVICE_DRIVER": "Modbus TCP/IP Ethernet"}}'

curl -sk -u "{ku}:{v}" -H 'Content-Type: application/json' \\
  -X POST "$BASE/channels/{ch}/devices" \\
  -d '{{"common.ALLTYPES_NAME": "PLC{c.r.randint(1, 9)}", "servermain.DEVICE_ID_STRING": "<{ip}>.0"}}'

echo "done"
'''
    # needle appears twice; line computed as first occurrence
    return c.ch(["tools/kepware/provision.sh", "scripts/kep_add_channel.sh"]), "sh", txt


@tmpl("kepware_iot_gateway_json", "kepware", "password", g_pw, "KEP_MQTT_PASSWORD")
def _(c, v, x):
    obj = {"project": {
        "common.ALLTYPES_DESCRIPTION": "%s %s" % (c.site().capitalize(), c.area()),
        "servermain.PROJECT_TITLE": "%s_%s" % (c.site(), c.area()),
        "channels": [{"common.ALLTYPES_NAME": c.area().capitalize(),
                      "servermain.MULTIPLE_TYPES_DEVICE_DRIVER": "Siemens TCP/IP Ethernet",
                      "devices": [{"common.ALLTYPES_NAME": "S7_1500", "servermain.DEVICE_ID_STRING": "<%s>" % c.ip()}]}],
        "_iot_gateway": [{"mqtt_clients": [{
            "common.ALLTYPES_NAME": "cloud",
            "iot_gateway.AGENTTYPES_ENABLED": True,
            "iot_gateway.MQTT_CLIENT_URL": "ssl://%s:8883" % c.host("mq"),
            "iot_gateway.MQTT_CLIENT_TOPIC": "%s/%s" % (c.site(), c.area()),
            "iot_gateway.MQTT_CLIENT_QOS": 1,
            "iot_gateway.MQTT_CLIENT_CLIENT_ID": "kep-%s" % c.hexs(6),
            "iot_gateway.MQTT_CLIENT_USERNAME": c.user(),
            "iot_gateway.MQTT_CLIENT_PASSWORD": v,
            "iot_gateway.AGENTTYPES_RATE_MS": 10000}]}]}}
    return c.ch(["kepware/%s_project.json" % c.site(), "ot/kepserver/project.json"]), "json", jdump(c, obj) + "\n"


# ---- Siemens --------------------------------------------------------------------------------
@tmpl("siemens_webapi_py", "siemens", "password", g_pw, "PLC_WEB_PASSWORD", "py")
def _(c, v, x):
    txt = f'''#!/usr/bin/env python3
"""Read a few DB values from an S7-1500 through the PLC Web API (JSON-RPC)."""
import requests
import urllib3

urllib3.disable_warnings()

PLC = "https://{c.ip()}"
SESSION = requests.Session()
SESSION.verify = False


def rpc(method, params=None, token=None):
    body = {{"jsonrpc": "2.0", "method": method, "id": 1}}
    if params:
        body["params"] = params
    headers = {{"X-Auth-Token": token}} if token else {{}}
    r = SESSION.post(PLC + "/api/jsonrpc", json=body, headers=headers, timeout=5)
    r.raise_for_status()
    return r.json()["result"]


token = rpc("Api.Login", {{"user": "{c.ch(["webapi", "Admin", "hmi_ro", c.user()])}", "password": {lit(v, "py")}}})["token"]
for var in ['"{c.area().capitalize()}_DB".{c.ch(TAGS)}', '"{c.area().capitalize()}_DB".{c.ch(TAGS)}']:
    print(var, rpc("PlcProgram.Read", {{"var": var}}, token))
rpc("Api.Logout", token=token)
'''
    return c.ch(["tools/s7_webapi_read.py", "plc/webapi_client.py"]), "py", txt


@tmpl("wincc_oa_config", "siemens_wincc_oa", "password", g_pw_u, "WINCC_DB_PASSWORD")
def _(c, v, x):
    txt = f'''[general]
pvss_path = "/opt/WinCC_OA/{c.ch(["3.18", "3.19", "3.20"])}"
proj_path = "/opt/projects/{c.site()}_{c.area()}"
proj_version = "{c.ch(["3.18", "3.19"])}"
langs = "en_US.utf8"
langs = "de_AT.utf8"
pmonPort = {c.ch([4999, 5999])}
data = "{c.host("scada")}"
event = "{c.host("scada")}"
distributed = 1
distSystemNumber = {c.r.randint(2, 40)}

[ui]
displayName = "{c.site().upper()} {c.area()}"

[ValueArchiveRDB]
DbConnectString = "{c.site()}_hist"
DbUser = "{c.user()}"
DbPass = "{v}"
DbType = "ORACLE"
writeWithBulk = 1
APMaxDpeBlock = 500
'''
    return "config/config", "ini", txt


# ---- Rockwell ----------------------------------------------------------------------------------
@tmpl("rockwell_l5x_string_tag", "rockwell", "password", g_pw_u, "FTP_PASSWORD")
def _(c, v, x):
    nm = c.ch(["FTP_Pass", "Srv_Login_Pw", "Recipe_Srv_Key", "SMTP_Auth"])
    ctrl = "%s_%s" % (c.site().upper()[:3], c.area().upper())
    txt = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<RSLogix5000Content SchemaRevision="1.0" SoftwareRevision="{c.ch(["32.02", "33.01", "34.01", "35.00"])}" TargetName="{ctrl}" TargetType="Controller" ContainsContext="true" Owner="{c.site()} controls" ExportDate="Tue Mar 05 10:{c.r.randint(10, 59)}:12 2024" ExportOptions="NoRawData L5KData DecoratedData ForceProtectedEncoding AllProjDocTrans">
<Controller Use="Context" Name="{ctrl}">
<DataTypes Use="Context">
</DataTypes>
<Tags Use="Target">
<Tag Name="Recipe_Srv_IP" TagType="Base" DataType="STRING" Radix="ASCII" Constant="false" ExternalAccess="Read/Write">
<Data Format="String" Length="{len("10.1.1.1")}">
<![CDATA['10.1.1.1']]>
</Data>
</Tag>
<Tag Name="Recipe_Srv_User" TagType="Base" DataType="STRING" Radix="ASCII" Constant="false" ExternalAccess="Read Only">
<Data Format="String" Length="{len("plc_ftp")}">
<![CDATA['plc_ftp']]>
</Data>
</Tag>
<Tag Name="{nm}" TagType="Base" DataType="STRING" Radix="ASCII" Constant="true" ExternalAccess="None">
<Description>
<![CDATA[Login used by the socket AOI for recipe download]]>
</Description>
<Data Format="String" Length="{len(v)}">
<![CDATA['{v}']]>
</Data>
</Tag>
<Tag Name="Recipe_Download_Req" TagType="Base" DataType="BOOL" Radix="Decimal" Constant="false" ExternalAccess="Read/Write">
<Data Format="Decorated">
<DataValue DataType="BOOL" Radix="Decimal" Value="0"/>
</Data>
</Tag>
</Tags>
</Controller>
</RSLogix5000Content>
'''
    return c.ch(["plc/%s_Tags.L5X" % ctrl, "rockwell/exports/RecipeTags.L5X"]), "xml", txt


@tmpl("factorytalk_appconfig", "rockwell_factorytalk", "password", g_pw, "FTHIST_PASSWORD")
def _(c, v, x):
    txt = f'''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <connectionStrings>
    <add name="FTViewAlarms" connectionString="Data Source={c.host("ftsql")}\\FTVIEWX64TAGDB;Initial Catalog=FTAE_{c.site()};User ID={c.user()};Password={v};Encrypt=True;TrustServerCertificate=True" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Area" value="/{c.area()}" />
    <add key="PollSeconds" value="{c.ch([15, 30, 60])}" />
    <add key="ReportShare" value="\\\\{c.host("fs")}\\reports\\{c.area()}" />
  </appSettings>
</configuration>
'''
    return c.ch(["src/AlarmReport/App.config", "AlarmExporter/app.config"]), "xml", txt


# ---- MQTT --------------------------------------------------------------------------------------
@tmpl("mosquitto_bridge_conf", "mosquitto", "password", g_pw_u, "BRIDGE_PASSWORD")
def _(c, v, x):
    txt = f'''# /etc/mosquitto/conf.d/bridge.conf
# bridge {c.site()} edge broker -> central broker
connection {c.site()}-to-central
address {c.host("mq")}.corp.local:8883
bridge_cafile /etc/mosquitto/certs/ca.crt
bridge_protocol_version mqttv311
bridge_insecure false
remote_clientid {c.site()}-{c.area()}-bridge
remote_username {c.ch(["bridge_" + c.site(), c.user()])}
remote_password {v}
cleansession false
start_type automatic
notifications true
notification_topic $SYS/broker/connection/{c.site()}/state
try_private true
keepalive_interval 60

topic plant/{c.site()}/# out 1
topic cmd/{c.site()}/# in 1
'''
    return c.ch(["mosquitto/conf.d/bridge.conf", "edge/mosquitto/bridge.conf"]), "conf", txt


@tmpl("hivemq_bridge_xml", "hivemq", "password", g_pw, "HIVEMQ_BRIDGE_PASSWORD")
def _(c, v, x):
    txt = f'''<?xml version="1.0" encoding="UTF-8" ?>
<hivemq-bridge-extension>
    <bridges>
        <bridge>
            <name>{c.site()}-uplink</name>
            <remote-broker>
                <connection>
                    <static>
                        <host>{c.host("hmq")}.cloud.corp</host>
                        <port>8883</port>
                    </static>
                </connection>
                <authentication>
                    <mqtt-simple-authentication>
                        <username>{c.user()}</username>
                        <password>{v}</password>
                    </mqtt-simple-authentication>
                </authentication>
                <tls>
                    <enabled>true</enabled>
                </tls>
            </remote-broker>
            <topics>
                <topic>
                    <filter>spBv1.0/{c.site()}/#</filter>
                </topic>
            </topics>
        </bridge>
    </bridges>
</hivemq-bridge-extension>
'''
    return c.ch(["hivemq/extensions/hivemq-bridge-extension/bridge-configuration.xml", "broker/bridge-configuration.xml"]), "xml", txt


@tmpl("emqx_bridge_hocon", "emqx", "password", g_pw, "EMQX_BRIDGE_PASSWORD")
def _(c, v, x):
    txt = f'''node {{
  name = "emqx@{c.host("mq")}"
  cookie = "{c.ch(["emqx_cluster", c.site() + "_cluster"])}"
  data_dir = "data"
}}

cluster {{
  name = {c.site()}
  discovery_strategy = manual
}}

bridges.mqtt.to_cloud {{
  enable = true
  server = "{c.host("hmq")}.corp.net:8883"
  proto_ver = "v4"
  clientid_prefix = "{c.site()}_"
  username = "{c.user()}"
  password = "{v}"
  ssl {{ enable = true, verify = verify_peer, cacertfile = "etc/certs/cloud-ca.pem" }}
  egress {{
    local {{ topic = "plant/{c.site()}/#" }}
    remote {{ topic = "ingest/${{topic}}", qos = 1 }}
  }}
}}
'''
    return c.ch(["emqx/etc/emqx.conf", "deploy/emqx/cluster.hocon"]), "conf", txt


@tmpl("paho_mqtt_py", "mqtt", "password", g_pw, "MQTT_PASSWORD", "py")
def _(c, v, x):
    var = c.ch(["MQTT_PASS", "BROKER_TOKEN", "mqtt_pw", "LOGIN"])
    txt = f'''import json
import time

import paho.mqtt.client as mqtt
from pymodbus.client import ModbusTcpClient

BROKER = "{c.host("mq")}"
PORT = {c.ch([1883, 8883])}
MQTT_USER = "{c.user()}"
{var} = {lit(v, "py")}
TOPIC = "plant/{c.site()}/{c.area()}/telemetry"

plc = ModbusTcpClient("{c.ip()}", port=502)
mq = mqtt.Client(client_id="{c.area()}-modbus-{c.hexs(4)}")
mq.username_pw_set(MQTT_USER, {var})
mq.connect(BROKER, PORT, keepalive=60)
mq.loop_start()

while True:
    rr = plc.read_holding_registers({c.r.randint(0, 400)}, count={c.r.randint(2, 16)}, slave={c.r.randint(1, 5)})
    if not rr.isError():
        mq.publish(TOPIC, json.dumps({{"regs": rr.registers, "ts": time.time()}}), qos=1)
    time.sleep({c.ch([1, 2, 5])})
'''
    return c.ch(["gateway/modbus_to_mqtt.py", "src/bridge.py"]), "py", txt


@tmpl("modbus_gateway_yaml", "mqtt", "password", g_pw, "MQTT_PASSWORD")
def _(c, v, x):
    regs = "\n".join("      - {name: %s, address: %d, type: %s, scale: %s}" % (
        t.lower(), c.r.randint(0, 9999), c.ch(["int16", "uint16", "float32"]), c.ch(["1", "0.1", "0.01"]))
        for t in c.r.sample(TAGS, c.r.randint(3, 8)))
    k = c.ch(["password", "pass", "secret_value", "auth_token"])
    txt = f'''mqtt:
  host: {c.host("mq")}
  port: 8883
  tls: true
  client_id: {c.site()}-{c.area()}-mb
  username: {c.user()}
  {k}: '{v}'
  base_topic: modbus/{c.site()}

devices:
  - name: {c.area()}_meter
    host: {c.ip()}
    port: 502
    unit_id: {c.r.randint(1, 247)}
    poll_interval: {c.ch(["1s", "5s", "30s"])}
    registers:
{regs}
'''
    return c.ch(["config/modbus2mqtt.yaml", "gateway/config.yml"]), "yaml", txt


@tmpl("hivemq_java_client", "hivemq", "password", g_pw, "MQTT_PASSWORD", "java")
def _(c, v, x):
    pkg = "com.%s.iiot" % c.site()
    txt = f'''package {pkg};

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import java.nio.charset.StandardCharsets;

public final class TelemetryPublisher {{

    private static final String HOST = "{c.hexs(32)}.s1.eu.hivemq.cloud";
    private static final String USER = "{c.user()}";

    public static void main(String[] args) throws Exception {{
        Mqtt5BlockingClient client = MqttClient.builder()
                .useMqttVersion5()
                .identifier("{c.area()}-" + System.currentTimeMillis())
                .serverHost(HOST)
                .serverPort(8883)
                .sslWithDefaultConfig()
                .buildBlocking();

        client.connectWith()
                .simpleAuth()
                .username(USER)
                .password({lit(v, "java")}.getBytes(StandardCharsets.UTF_8))
                .applySimpleAuth()
                .send();

        client.publishWith()
                .topic("{c.site()}/{c.area()}/status")
                .payload("online".getBytes(StandardCharsets.UTF_8))
                .send();
        client.disconnect();
    }}
}}
'''
    return "src/main/java/com/%s/iiot/TelemetryPublisher.java" % c.site(), "java", txt


# ---- Node-RED ------------------------------------------------------------------------------------
@tmpl("nodered_flows_cred_plain", "node-red", "password", g_pw, "NR_CRED")
def _(c, v, x):
    obj = {}
    for _ in range(c.r.randint(0, 2)):
        obj[c.node_id()] = {"user": c.user()}
    obj[c.node_id()] = {"user": c.user(), "password": v}
    items = list(obj.items())
    c.r.shuffle(items)
    return c.ch(["flows_cred.json", ".node-red/flows_cred.json", "node-red/data/flows_cred.json"]), "json", jdump(c, dict(items)) + "\n"


@tmpl("nodered_runtime_secret", "node-red", "encryption_key", lambda c: c.hexs(64), "NR_CREDENTIAL_SECRET")
def _(c, v, x):
    obj = {"instanceId": c.hexs(16), "_credentialSecret": v,
           "telemetryEnabled": c.ch([True, False])}
    if c.r.random() < 0.5:
        obj["editor"] = {"view": {"view-show-grid": True}}
    return c.ch([".config.runtime.json", "node-red/data/.config.runtime.json"]), "json", jdump(c, obj) + "\n"


@tmpl("nodered_settings_js", "node-red", "encryption_key", g_pw, "NODE_RED_CREDENTIAL_SECRET", "js")
def _(c, v, x):
    txt = f'''/**
 * Node-RED settings for the {c.site()} edge box
 */
module.exports = {{
    flowFile: 'flows.json',
    flowFilePretty: true,
    credentialSecret: {lit(v, "js", c.ch(["'", '"']))},
    uiPort: process.env.PORT || 1880,
    httpAdminRoot: '/admin',
    diagnostics: {{ enabled: true, ui: true }},
    runtimeState: {{ enabled: false, ui: false }},
    logging: {{
        console: {{ level: "info", metrics: false, audit: false }}
    }},
    contextStorage: {{
        default: {{ module: "localfilesystem" }}
    }},
    exportGlobalContextKeys: false,
    editorTheme: {{
        projects: {{ enabled: {c.ch(["true", "false"])} }},
        page: {{ title: "{c.site().upper()} Node-RED" }}
    }},
    functionGlobalContext: {{
        siteId: '{c.site()}',
    }},
}};
'''
    return c.ch(["settings.js", "node-red/settings.js"]), "js", txt


# ---- PI / AVEVA -----------------------------------------------------------------------------------
@tmpl("pi_sql_connstr", "osisoft_pi", "password", g_pw, "PI_SQL_PASSWORD")
def _(c, v, x):
    obj = {"ConnectionStrings": {
        "PiSql": "Provider=PISQLClient.1;Data Source=%s\\%s;Integrated Security=False;User ID=%s;Password=%s;Command Timeout=%d" % (
            c.host("piaf"), c.site().upper() + "_AF", c.user(), v, c.ch([30, 120])),
        "Reporting": "Server=%s;Database=Reports;Trusted_Connection=True;" % c.host("sql")},
        "PiWebApi": {"BaseUrl": "https://%s/piwebapi" % c.host("piweb"), "UseKerberos": True},
        "Serilog": {"MinimumLevel": "Information"}}
    return c.ch(["src/PiExport/appsettings.json", "PiReport.Api/appsettings.Production.json"]), "json", jdump(c, obj) + "\n"


def g_basic_pi(c):
    dom = c.ch(["CORP", "PLANT", c.site().upper()[:5]])
    return base64.b64encode(("%s\\%s:%s" % (dom, c.user(), c.human_pw())).encode()).decode()


@tmpl("pi_webapi_basic_py", "osisoft_pi", "basic_auth", g_basic_pi, "PI_BASIC_AUTH", "py")
def _(c, v, x):
    hv = ('"Basic " + %s' % v) if isinstance(v, Raw) else '"Basic %s"' % v
    txt = f'''import requests

PIWEBAPI = "https://{c.host("piweb")}.corp.local/piwebapi"
HEADERS = {{
    "Authorization": {hv},
    "X-Requested-With": "XMLHttpRequest",
    "Accept": "application/json",
}}


def recorded(webid, start="*-1d", end="*"):
    url = f"{{PIWEBAPI}}/streams/{{webid}}/recorded"
    r = requests.get(url, headers=HEADERS, params={{"startTime": start, "endTime": end}}, timeout=30)
    r.raise_for_status()
    return r.json()["Items"]


if __name__ == "__main__":
    for item in recorded("F1DP{c.alnum(22, ALNUM + "-_")}"):
        print(item["Timestamp"], item["Value"])
'''
    return c.ch(["analytics/pi_pull.py", "notebooks/pi_recorded.py"]), "py", txt


@tmpl("pi_webapi_ps1", "osisoft_pi", "password", g_pw_u, "PI_PASSWORD", "ps1")
def _(c, v, x):
    pv = ("ConvertTo-SecureString %s -AsPlainText -Force" % v) if isinstance(v, Raw) else \
        "ConvertTo-SecureString '%s' -AsPlainText -Force" % v
    txt = f'''# Export daily {c.area()} totals from PI Web API
$ErrorActionPreference = 'Stop'
$piWeb = 'https://{c.host("piweb")}/piwebapi'
$user  = '{c.ch(["CORP", "PLANT"])}\\{c.user()}'
$secpw = {pv}
$cred  = New-Object System.Management.Automation.PSCredential ($user, $secpw)

$pt = Invoke-RestMethod -Uri "$piWeb/points?path=\\\\{c.host("pida")}\\{c.site().upper()}.{c.area().upper()}.TOTAL" -Credential $cred
$vals = Invoke-RestMethod -Uri "$piWeb/streams/$($pt.WebId)/summary?startTime=y&endTime=t&summaryType=Total" -Credential $cred
$vals.Items | Export-Csv -NoTypeInformation -Path "D:\\exports\\{c.area()}_$(Get-Date -Format yyyyMMdd).csv"
'''
    return c.ch(["scripts/Export-PiTotals.ps1", "ops/pi_export.ps1"]), "ps1", txt


# ---- historians --------------------------------------------------------------------------------------
def g_influx(c):
    return c.influx_token()


@tmpl("influx_telegraf_token", "influxdb", "influxdb_token", g_influx, "INFLUX_TOKEN")
def _(c, v, x):
    txt = telegraf_head(c) + f'''
[[inputs.modbus]]
  name = "{c.area()}_meter"
  slave_id = {c.r.randint(1, 20)}
  timeout = "1s"
  controller = "tcp://{c.ip()}:502"
  holding_registers = [
    {{ name = "power_kw", byte_order = "AB", data_type = "INT16", scale = 0.1, address = [{c.r.randint(0, 100)}] }},
    {{ name = "energy_kwh", byte_order = "ABCD", data_type = "UINT32", scale = 1.0, address = [{c.r.randint(100, 200)}, {c.r.randint(201, 300)}] }},
  ]

[[outputs.influxdb_v2]]
  urls = ["http://{c.host("hist")}:8086"]
  token = "{v}"
  organization = "{c.site()}"
  bucket = "{c.ch(["plant", "energy", "raw_1s", c.area()])}"
'''
    return c.ch(["telegraf/telegraf.conf", "deploy/telegraf/modbus-energy.conf"]), "toml", txt


@tmpl("influx_grafana_ds", "influxdb", "influxdb_token", g_influx, "INFLUX_TOKEN")
def _(c, v, x):
    txt = f'''apiVersion: 1

datasources:
  - name: {c.site().capitalize()} Historian
    type: influxdb
    access: proxy
    url: http://{c.host("hist")}:8086
    isDefault: true
    jsonData:
      version: Flux
      organization: {c.site()}
      defaultBucket: {c.area()}
      tlsSkipVerify: true
    secureJsonData:
      token: {v}
'''
    return "grafana/provisioning/datasources/influx.yaml", "yaml", txt


@tmpl("influx_compose_init", "influxdb", "influxdb_token", g_influx, "INFLUX_ADMIN_TOKEN")
def _(c, v, x):
    txt = f'''version: "3.8"
services:
  influxdb:
    image: influxdb:{c.ch(["2.7", "2.6", "2.7.4"])}
    ports:
      - "8086:8086"
    volumes:
      - influx-data:/var/lib/influxdb2
    environment:
      - DOCKER_INFLUXDB_INIT_MODE=setup
      - DOCKER_INFLUXDB_INIT_USERNAME={c.ch(["admin", "hist_admin"])}
      - DOCKER_INFLUXDB_INIT_PASSWORD_FILE=/run/secrets/influx_pw
      - DOCKER_INFLUXDB_INIT_ORG={c.site()}
      - DOCKER_INFLUXDB_INIT_BUCKET={c.area()}
      - DOCKER_INFLUXDB_INIT_RETENTION={c.ch(["30d", "90d", "1y"])}
      - DOCKER_INFLUXDB_INIT_ADMIN_TOKEN={v}
  node-red:
    image: nodered/node-red:{c.ch(["3.1", "4.0"])}
    ports:
      - "1880:1880"
    volumes:
      - nr-data:/data
volumes:
  influx-data:
  nr-data:
'''
    return c.ch(["docker-compose.yml", "stack/iiot/docker-compose.yml"]), "yaml", txt


@tmpl("influx_py_client", "influxdb", "influxdb_token", g_influx, "INFLUX_TOKEN", "py")
def _(c, v, x):
    var = c.ch(["TOKEN", "INFLUX_TOKEN", "api_credential", "WRITE_AUTH"])
    txt = f'''from datetime import datetime, timezone

from influxdb_client import InfluxDBClient, Point
from influxdb_client.client.write_api import SYNCHRONOUS

URL = "https://{c.host("hist")}.corp.local:8086"
ORG = "{c.site()}"
BUCKET = "{c.area()}"
{var} = {lit(v, "py")}


def write_batch(samples):
    with InfluxDBClient(url=URL, token={var}, org=ORG) as client:
        api = client.write_api(write_options=SYNCHRONOUS)
        points = [
            Point("{c.area()}").tag("line", s["line"]).field(s["tag"], float(s["value"])).time(datetime.now(timezone.utc))
            for s in samples
        ]
        api.write(bucket=BUCKET, record=points)
'''
    return c.ch(["ingest/influx_writer.py", "src/historian/writer.py"]), "py", txt


@tmpl("timescale_url_yaml", "timescaledb", "password", g_pw_url, "TSDB_PASSWORD")
def _(c, v, x):
    user = c.ch(["tsdbadmin", "historian", c.user()])
    txt = f'''# historian writer deployment values
replicaCount: {c.r.randint(1, 3)}
image:
  repository: registry.corp.local/ot/historian-writer
  tag: "{c.ver()}"
env:
  SITE: {c.site()}
  DATABASE_URL: "postgres://{user}:{v}@{c.alnum(10, string.ascii_lowercase + string.digits)}.{c.alnum(10, string.ascii_lowercase + string.digits)}.tsdb.cloud.timescale.com:{c.ch([5432, 30871, 36410])}/tsdb?sslmode=require"
  BATCH_SIZE: "{c.ch([500, 1000, 5000])}"
  CHUNK_INTERVAL: "1 day"
resources:
  limits:
    cpu: 500m
    memory: 512Mi
'''
    return c.ch(["deploy/historian/values-prod.yaml", "helm/historian-writer/values.yaml"]), "yaml", txt


@tmpl("timescale_psycopg_py", "timescaledb", "password", g_pw, "PGPASSWORD", "py")
def _(c, v, x):
    txt = f'''import psycopg2
from psycopg2.extras import execute_values

conn = psycopg2.connect(
    host="{c.host("tsdb")}",
    port=5432,
    dbname="plant_history",
    user="{c.user()}",
    password={lit(v, "py")},
    sslmode="require",
)

DDL = """
CREATE TABLE IF NOT EXISTS tag_values (
    ts TIMESTAMPTZ NOT NULL,
    tag TEXT NOT NULL,
    value DOUBLE PRECISION
);
SELECT create_hypertable('tag_values', 'ts', if_not_exists => TRUE);
"""


def store(rows):
    with conn, conn.cursor() as cur:
        cur.execute(DDL)
        execute_values(cur, "INSERT INTO tag_values (ts, tag, value) VALUES %s", rows)
'''
    return c.ch(["historian/store.py", "etl/timescale_sink.py"]), "py", txt


@tmpl("k8s_secret_stringdata", "timescaledb", "password", g_pw, "PG_PASSWORD")
def _(c, v, x):
    txt = f'''apiVersion: v1
kind: Secret
metadata:
  name: historian-db
  namespace: {c.ch(["ot-data", "iiot", "historian"])}
  labels:
    app.kubernetes.io/part-of: {c.site()}-iiot
type: Opaque
stringData:
  PGHOST: {c.host("tsdb")}.{c.site()}.svc
  PGUSER: {c.user()}
  PGPASSWORD: "{v}"
  PGDATABASE: plant_history
'''
    return c.ch(["k8s/historian/secret.yaml", "manifests/historian-db-secret.yaml"]), "yaml", txt


def g_b64pw(c):
    return base64.b64encode(c.human_pw().encode()).decode()


@tmpl("k8s_secret_data_b64", "mqtt", "password_base64", g_b64pw, "MQTT_PASSWORD_B64")
def _(c, v, x):
    txt = f'''apiVersion: v1
kind: Secret
metadata:
  name: edge-broker-credentials
  namespace: {c.ch(["edge", "iiot", "mqtt"])}
type: Opaque
data:
  username: {base64.b64encode(c.user().encode()).decode()}
  password: {v}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: sparkplug-bridge
spec:
  replicas: 1
  selector:
    matchLabels: {{app: sparkplug-bridge}}
  template:
    metadata:
      labels: {{app: sparkplug-bridge}}
    spec:
      containers:
        - name: bridge
          image: registry.corp.local/iiot/sparkplug-bridge:{c.ver()}
          envFrom:
            - secretRef: {{name: edge-broker-credentials}}
'''
    return c.ch(["k8s/edge/bridge.yaml", "manifests/sparkplug-bridge.yaml"]), "yaml", txt


# ---- building automation ---------------------------------------------------------------------------
def g_basic_plain(c):
    return base64.b64encode(("%s:%s" % (c.ch(["obix", "bms_api", c.user()]), c.human_pw())).encode()).decode()


@tmpl("niagara_obix_py", "niagara", "basic_auth", g_basic_plain, "OBIX_AUTH", "py")
def _(c, v, x):
    hv = ('"Basic " + %s' % v) if isinstance(v, Raw) else '"Basic %s"' % v
    pts = "\n".join('    "%s/%s",' % (c.ch(["AHU_%d" % c.r.randint(1, 12), "VAV_%d" % c.r.randint(100, 450), "CH_%d" % c.r.randint(1, 4)]),
                                        c.ch(TAGS)) for _ in range(c.r.randint(3, 6)))
    txt = f'''"""Read JACE points over oBIX and forward to the energy dashboard."""
import xml.etree.ElementTree as ET
import requests

STATION = "https://{c.ip()}/obix/config/Drivers/BacnetNetwork"
AUTH_HEADER = {hv}
POINTS = [
{pts}
]

for p in POINTS:
    r = requests.get(f"{{STATION}}/{{p}}/out/", headers={{"Authorization": AUTH_HEADER}}, verify=False, timeout=10)
    val = ET.fromstring(r.text).find("{{http://obix.org/ns/schema/1.0}}real")
    print(p, None if val is None else val.get("val"))
'''
    return c.ch(["bms/obix_reader.py", "scripts/jace_points.py"]), "py", txt


@tmpl("niagara_ansible_vars", "niagara", "password", g_pw, "NIAGARA_PLATFORM_PASSWORD")
def _(c, v, x):
    k = c.ch(["niagara_platform_password", "jace_platform_pass", "station_admin_pw"])
    txt = f'''---
# group_vars/jace_{c.site()}.yml
niagara_version: "4.{c.r.randint(10, 14)}.{c.r.randint(0, 3)}.{c.r.randint(10, 200)}"
niagara_station_name: {c.site().capitalize()}_{c.area().capitalize()}
niagara_platform_port: 5011
niagara_platform_user: {c.ch(["platform", "tridium_admin", c.user()])}
{k}: "{v}"
niagara_fox_port: 4911
niagara_https_port: 443
bacnet_network_number: {c.r.randint(1, 2000)}
bacnet_device_instance_base: {c.r.randint(1000, 9000)}00
ntp_servers:
  - {c.ip()}
'''
    return "ansible/group_vars/jace_%s.yml" % c.site(), "yaml", txt


@tmpl("metasys_rest_js", "johnson_controls", "password", g_pw, "METASYS_PASSWORD", "js")
def _(c, v, x):
    txt = f'''const axios = require('axios');
const https = require('https');

const METASYS = 'https://{c.host("ads")}.corp.local/api/v{c.ch([3, 4, 5])}';
const agent = new https.Agent({{ rejectUnauthorized: false }});

async function login() {{
  const res = await axios.post(`${{METASYS}}/login`, {{
    username: '{c.ch(["metasys_api", c.user()])}',
    password: {lit(v, "js", "'")},
  }}, {{ httpsAgent: agent }});
  return res.data.accessToken;
}}

async function alarms() {{
  const token = await login();
  const res = await axios.get(`${{METASYS}}/alarms?pageSize=100`, {{
    headers: {{ Authorization: `Bearer ${{token}}` }},
    httpsAgent: agent,
  }});
  return res.data.items;
}}

module.exports = {{ alarms }};
'''
    return c.ch(["src/metasys/client.js", "bms/metasys.js"]), "js", txt


@tmpl("bms_inventory_ini", "building_automation", "password", g_pw_u, "HMI_PASSWORD")
def _(c, v, x):
    hosts = "\n".join("%s-%s ansible_host=%s" % (c.area(), c.hexs(4), c.ip()) for _ in range(c.r.randint(2, 5)))
    txt = f'''# HMI panels / PLC web servers - {c.site()}
[hmi_panels]
{hosts}

[hmi_panels:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
ansible_user={c.ch(["hmi_admin", "Administrator", c.user()])}
ansible_password={v}
'''
    return c.ch(["inventory/%s.ini" % c.site(), "ansible/hosts"]), "ini", txt


# ---- TwinCAT / CODESYS ---------------------------------------------------------------------------------
@tmpl("twincat_ads_route_ps1", "beckhoff_twincat", "password", g_pw_u, "IPC_PASSWORD", "ps1")
def _(c, v, x):
    pv = v if isinstance(v, Raw) else "'%s'" % v
    txt = f'''#Requires -Modules TcXaeMgmt
# Add ADS routes from the engineering PC to the line IPCs
$ipcs = @(
    @{{ Name = '{c.area().upper()}-IPC1'; Address = '{c.ip()}'; NetId = '{c.r.randint(5, 172)}.{c.r.randint(1, 254)}.{c.r.randint(1, 254)}.{c.r.randint(1, 254)}.1.1' }},
    @{{ Name = '{c.area().upper()}-IPC2'; Address = '{c.ip()}'; NetId = '{c.r.randint(5, 172)}.{c.r.randint(1, 254)}.{c.r.randint(1, 254)}.{c.r.randint(1, 254)}.1.1' }}
)
$ipcPassword = {pv}
foreach ($i in $ipcs) {{
    Add-AdsRoute -Name $i.Name -Address $i.Address -NetId $i.NetId -Username '{c.ch(["Administrator", "twincat"])}' -Password $ipcPassword -Force
    Get-AdsRoute -Name $i.Name
}}
'''
    return c.ch(["tools/Add-LineRoutes.ps1", "scripts/ads_routes.ps1"]), "ps1", txt


@tmpl("codesys_script_py", "codesys", "password", g_pw, "PLC_PASSWORD", "py")
def _(c, v, x):
    txt = f'''# encoding:utf-8
# CODESYS scripting: download application to all {c.area()} controllers
from __future__ import print_function

PROJECT = r"C:\\Projects\\{c.site().capitalize()}\\{c.area().capitalize()}.project"
online.set_default_credentials(username="{c.ch(["plcadmin", "Administrator", c.user()])}", password={lit(v, "py")})

proj = projects.open(PROJECT)
apps = [a for a in proj.find("Application", True)]
for app in apps:
    onlineapp = online.create_online_application(app)
    onlineapp.login(OnlineChangeOption.Try, True)
    if not onlineapp.application_state == ApplicationState.run:
        onlineapp.start()
    print("running:", app.get_name())
    onlineapp.logout()
proj.close()
'''
    return c.ch(["codesys/deploy_all.py", "scripts/codesys_download.py"]), "py", txt


# ---- AWS IoT Greengrass -------------------------------------------------------------------------------
def g_aws(c):
    kid, sec = c.aws_pair()
    return sec, kid


@tmpl("greengrass_install_sh", "aws_iot_greengrass", "aws_secret_access_key", g_aws, "AWS_SECRET_ACCESS_KEY", "sh")
def _(c, v, kid):
    region = c.ch(["eu-central-1", "us-east-1", "us-west-2", "ap-south-1", "eu-west-1"])
    sv = v if isinstance(v, Raw) else v
    txt = f'''#!/bin/bash
# Provision Greengrass v2 core on the {c.area()} edge gateway
set -e
export AWS_ACCESS_KEY_ID={kid or '"${AWS_ACCESS_KEY_ID:?set in CI}"'}
export AWS_SECRET_ACCESS_KEY={sv}
export AWS_REGION={region}

THING={c.site()}-{c.area()}-core-{c.r.randint(1, 40):02d}
cd /tmp && curl -s https://d2s8p88vqu9w66.cloudfront.net/releases/greengrass-nucleus-latest.zip > gg.zip
unzip -o gg.zip -d GreengrassInstaller

sudo -E java -Droot="/greengrass/v2" -Dlog.store=FILE \\
  -jar ./GreengrassInstaller/lib/Greengrass.jar \\
  --aws-region "$AWS_REGION" \\
  --thing-name "$THING" \\
  --thing-group-name {c.site()}-edge \\
  --component-default-user ggc_user:ggc_group \\
  --provision true \\
  --setup-system-service true
'''
    return c.ch(["edge/provision-greengrass.sh", "scripts/gg_install.sh"]), "sh", txt


@tmpl("device_private_key_pem", "aws_iot", "private_key", None, None)
def _(c, v, x):
    lines = x
    txt = "\n".join(lines) + "\n"
    return c.ch(["certs/%s-private.pem.key" % c.hexs(10), "greengrass/certs/privKey.key",
                 "edge/certs/device.key", "config/pki/own/private/client_key.pem"]), "pem", txt


# ---- Azure IoT -----------------------------------------------------------------------------------------
def g_az(c):
    return c.azure_key()


def az_host(c):
    return "%s-%s-iothub" % (c.site(), c.ch(["prod", "ot", "plant", "edge"]))


@tmpl("azure_iot_device_py", "azure_iot_hub", "azure_iot_device_key", g_az, "IOTHUB_DEVICE_KEY", "py")
def _(c, v, x):
    dev = "%s-%s-%02d" % (c.site(), c.area(), c.r.randint(1, 40))
    if isinstance(v, Raw):
        cs = 'CONN_STR = %s' % v
    else:
        cs = 'CONN_STR = "HostName=%s.azure-devices.net;DeviceId=%s;SharedAccessKey=%s"' % (az_host(c), dev, v)
    txt = f'''import json
import time

from azure.iot.device import IoTHubDeviceClient, Message

{cs}


def main():
    client = IoTHubDeviceClient.create_from_connection_string(CONN_STR)
    client.connect()
    try:
        while True:
            body = {{"temperature": 21.5, "line": "{c.area()}", "ts": time.time()}}
            msg = Message(json.dumps(body), content_encoding="utf-8", content_type="application/json")
            client.send_message(msg)
            time.sleep({c.ch([5, 10, 30, 60])})
    finally:
        client.shutdown()


if __name__ == "__main__":
    main()
'''
    return c.ch(["device/send_telemetry.py", "edge/%s_telemetry.py" % c.area()]), "py", txt


@tmpl("azure_iot_edge_toml", "azure_iot_hub", "azure_iot_device_key", g_az, "IOTEDGE_DEVICE_KEY")
def _(c, v, x):
    dev = "%s-edge-%02d" % (c.site(), c.r.randint(1, 20))
    txt = f'''# Azure IoT Edge /etc/aziot/config.toml
hostname = "{dev}"

[provisioning]
source = "manual"
connection_string = "HostName={az_host(c)}.azure-devices.net;DeviceId={dev};SharedAccessKey={v}"

[agent]
name = "edgeAgent"
type = "docker"

[agent.config]
image = "mcr.microsoft.com/azureiotedge-agent:1.4"

[connect]
workload_uri = "unix:///var/run/iotedge/workload.sock"
management_uri = "unix:///var/run/iotedge/mgmt.sock"

[listen]
workload_uri = "fd://aziot-edged.workload.socket"
management_uri = "fd://aziot-edged.mgmt.socket"
'''
    return c.ch(["edge/aziot/config.toml", "provisioning/%s.toml" % dev]), "toml", txt


@tmpl("azure_iothub_service_json", "azure_iot_hub", "azure_iot_hub_policy_key", g_az, "IOTHUB_SERVICE_KEY")
def _(c, v, x):
    obj = {"Logging": {"LogLevel": {"Default": "Information"}},
           "IoTHub": {"ConnectionString": "HostName=%s.azure-devices.net;SharedAccessKeyName=%s;SharedAccessKey=%s" % (
               az_host(c), c.ch(["iothubowner", "service", "registryReadWrite"]), v),
               "ConsumerGroup": c.ch(["$Default", "dashboard", "stream-analytics"])},
           "Plant": {"Site": c.site(), "Areas": c.r.sample(AREAS, 3)}}
    return c.ch(["src/DeviceManager/appsettings.json", "Backend/appsettings.Development.json"]), "json", jdump(c, obj) + "\n"


@tmpl("azure_iot_c_sample", "azure_iot_hub", "azure_iot_device_key", g_az, "IOTHUB_DEVICE_KEY", "c")
def _(c, v, x):
    dev = "%s-%s-%02d" % (c.site(), c.area(), c.r.randint(1, 40))
    if isinstance(v, Raw):
        line = "static const char* connectionString;  /* read at runtime: %s */" % v
    else:
        line = 'static const char* connectionString = "HostName=%s.azure-devices.net;DeviceId=%s;SharedAccessKey=%s";' % (az_host(c), dev, v)
    txt = f'''#include <stdio.h>
#include <stdlib.h>
#include "iothub.h"
#include "iothub_device_client_ll.h"
#include "iothub_message.h"
#include "iothubtransportmqtt.h"

/* {c.area()} PLC gateway firmware */
{line}

int main(void)
{{
    IOTHUB_DEVICE_CLIENT_LL_HANDLE handle;
    (void)IoTHub_Init();
    handle = IoTHubDeviceClient_LL_CreateFromConnectionString(connectionString, MQTT_Protocol);
    if (handle == NULL) {{
        (void)printf("failed to create client\\n");
        return 1;
    }}
    IOTHUB_MESSAGE_HANDLE msg = IoTHubMessage_CreateFromString("{{\\"status\\":\\"boot\\"}}");
    IoTHubDeviceClient_LL_SendEventAsync(handle, msg, NULL, NULL);
    for (int i = 0; i < {c.r.randint(5, 50)}; i++) {{
        IoTHubDeviceClient_LL_DoWork(handle);
        ThreadAPI_Sleep(100);
    }}
    IoTHubMessage_Destroy(msg);
    IoTHubDeviceClient_LL_Destroy(handle);
    IoTHub_Deinit();
    return 0;
}}
'''
    return c.ch(["firmware/src/main.c", "gateway/iothub_client.c"]), "c", txt


# ---- ThingWorx / Cumulocity ------------------------------------------------------------------------------
def g_uuid(c):
    return c.uuid4()


@tmpl("thingworx_appkey_js", "thingworx", "thingworx_appkey", g_uuid, "TWX_APP_KEY", "js")
def _(c, v, x):
    var = c.ch(["APP_KEY", "twxKey", "TWX_AUTH", "headerValue"])
    txt = f'''// ThingWorx REST helper for the {c.area()} OEE mashup backend
const fetch = require('node-fetch');

const TWX = 'https://{c.host("twx")}.corp.local/Thingworx';
const {var} = {lit(v, "js", "'")};

async function setProperty(thing, prop, value) {{
  const res = await fetch(`${{TWX}}/Things/${{thing}}/Properties/${{prop}}`, {{
    method: 'PUT',
    headers: {{
      appKey: {var},
      'Content-Type': 'application/json',
      Accept: 'application/json',
    }},
    body: JSON.stringify({{ [prop]: value }}),
  }});
  if (!res.ok) throw new Error(`TWX ${{res.status}}`);
}}

module.exports = {{ setProperty }};
'''
    return c.ch(["server/twx.js", "src/thingworx/client.js"]), "js", txt


@tmpl("thingworx_ems_config", "thingworx", "thingworx_appkey", g_uuid, "TWX_APP_KEY")
def _(c, v, x):
    obj = {"ws_servers": [{"host": "%s.corp.local" % c.host("twx"), "port": 443}],
           "appKey": v,
           "http_server": {"host": "127.0.0.1", "port": 8000, "use_default_certificate": True},
           "certificates": {"validate": True, "cert_chain": ["/opt/ems/certs/corp-ca.pem"]},
           "logger": {"level": c.ch(["INFO", "WARN"])},
           "auto_bind": [{"name": "%s_%s_EMS" % (c.site().capitalize(), c.area().capitalize()), "gateway": True}]}
    return c.ch(["ems/etc/config.json", "microserver/config.json"]), "json", jdump(c, obj) + "\n"


@tmpl("cumulocity_properties", "cumulocity", "password", g_pw_u, "C8Y_PASSWORD")
def _(c, v, x):
    tenant = "t%d" % c.r.randint(10000000, 999999999)
    txt = f'''# Cumulocity agent configuration ({c.site()})
c8y.baseUrl=https://{c.site()}.{c.ch(["eu-latest", "us", "cumulocity"])}.cumulocity.com
c8y.tenant={tenant}
c8y.user={c.ch(["device_bootstrap", "opcua-gw", c.user()])}
c8y.password={v}
c8y.agent.name={c.area()}-gateway
c8y.agent.externalId={c.hexs(12).upper()}
c8y.agent.type=c8y_OPCUAGateway
gateway.opcua.server=opc.tcp://{c.ip()}:4840
gateway.opcua.poll.ms={c.ch([1000, 5000])}
'''
    return c.ch(["config/cumulocity.properties", "gateway/etc/c8y.properties"]), "properties", txt


@tmpl("cumulocity_py", "cumulocity", "password", g_pw, "C8Y_PASSWORD", "py")
def _(c, v, x):
    tenant = "t%d" % c.r.randint(10000000, 999999999)
    txt = f'''from c8y_api import CumulocityApi
from c8y_api.model import Measurement, Device

c8y = CumulocityApi(
    base_url="https://{c.site()}.cumulocity.com",
    tenant_id="{tenant}",
    username="{c.user()}",
    password={lit(v, "py")},
)

device = c8y.device_inventory.get({c.r.randint(1000, 99999999)})
m = Measurement(c8y, type="c8y_{c.area().capitalize()}", source=device.id,
                c8y_Temperature={{"T": {{"value": 22.4, "unit": "C"}}}})
m.create()
'''
    return c.ch(["scripts/c8y_push.py", "tools/cumulocity_measure.py"]), "py", txt


# ========================================================================================
# LOOK-ALIKE NEGATIVE TEMPLATES  (render(c) -> (relpath, filetype, text, kind))
L = []


def look(name, provider):
    def deco(fn):
        L.append(dict(name=name, provider=provider, render=fn))
        return fn
    return deco


@look("opcua_nodeid_map", "opcua")
def _(c):
    rows = []
    for t in c.r.sample(TAGS, c.r.randint(6, 14)):
        kind = c.r.randrange(4)
        ns = c.r.randint(2, 8)
        if kind == 0:
            nid = "ns=%d;s=%s.%s.%s" % (ns, c.site().capitalize(), c.area().capitalize(), t)
        elif kind == 1:
            nid = "ns=%d;i=%d" % (ns, c.r.randint(1000, 99999))
        elif kind == 2:
            nid = "ns=%d;g=%s" % (ns, c.uuid4())
        else:
            nid = "ns=%d;b=%s" % (ns, base64.b64encode(c.rb(c.ch([12, 16, 24]))).decode())
        rows.append("  - name: %s\n    node_id: \"%s\"\n    sampling_ms: %d" % (t.lower(), nid, c.ch([100, 250, 1000])))
    txt = "# OPC UA subscription map for %s\nendpoint: opc.tcp://%s:4840\nitems:\n%s\n" % (c.area(), c.ip(), "\n".join(rows))
    return c.ch(["config/opcua_nodes.yaml", "mapping/%s_nodes.yml" % c.area()]), "yaml", txt, "opcua_nodeid"


@look("opcua_trustlist", "opcua")
def _(c):
    lines = ["# Trusted OPC UA application certificates (SHA1 thumbprints)", "# app_uri,thumbprint,valid_to"]
    for _ in range(c.r.randint(4, 10)):
        lines.append("urn:%s:%s:%s,%s,20%d-%02d-%02d" % (c.host("plc"), c.ch(["KEPServerEX", "Ignition", "UaGateway", "SIMATIC.S7-1500"]),
                                                      c.area(), c.hexs(40).upper(), c.r.randint(25, 34), c.r.randint(1, 12), c.r.randint(1, 28)))
    return "pki/trusted_apps.csv", "csv", "\n".join(lines) + "\n", "certificate_thumbprint"


@look("public_cert_pem", "opcua")
def _(c):
    txt = "\n".join(cert_pem(c)) + "\n"
    return c.ch(["pki/own/certs/gateway.pem", "certs/AmazonRootCA1.pem", "pki/trusted/certs/kepserver.crt"]), "pem", txt, "public_certificate"


@look("modbus_register_map", "modbus")
def _(c):
    lines = ["register,name,type,scale,unit,access"]
    addr = c.r.randint(0, 100)
    for t in c.r.sample(TAGS, c.r.randint(8, 18)):
        addr += c.ch([1, 2, 2, 4])
        lines.append("%d,%s,%s,%s,%s,%s" % (40001 + addr, t, c.ch(["INT16", "UINT16", "FLOAT32", "UINT32"]), c.ch(["1", "0.1", "0.01"]),
                                            c.ch(["C", "bar", "rpm", "%", "kWh", "A", "m3/h"]), c.ch(["R", "RW"])))
    return c.ch(["docs/modbus_map.csv", "config/registers_%s.csv" % c.area()]), "csv", "\n".join(lines) + "\n", "modbus_register"


@look("bacnet_points", "bacnet")
def _(c):
    dev = c.r.randint(1000, 4194302)
    pts = [{"name": "%s_%s" % (c.ch(["AHU", "VAV", "FCU", "CHW"]), t), "objectType": c.ch(["analogInput", "analogValue", "binaryOutput", "multiStateValue"]),
            "instance": c.r.randint(0, 4000), "cov": c.ch([True, False])} for t in c.r.sample(TAGS, c.r.randint(5, 10))]
    obj = {"device": {"instance": dev, "mac": ":".join(c.hexs(2) for _ in range(6)), "network": c.r.randint(1, 65534),
                      "vendorId": c.ch([5, 24, 36]), "serial": "%s%08d" % (c.ch(["JCI", "HON", "TRI"]), c.r.randint(0, 99999999))},
           "points": pts}
    return c.ch(["bms/bacnet_points.json", "config/bacnet/%d.json" % dev]), "json", jdump(c, obj) + "\n", "bacnet_object_id"


@look("snmp_oids_default", "snmp")
def _(c):
    txt = telegraf_head(c) + f'''
[[inputs.snmp]]
  agents = ["udp://{c.ip()}:161", "udp://{c.ip()}:161"]
  version = 2
  # vendor documented read-only default community
  community = "public"
  [[inputs.snmp.field]]
    name = "sysUpTime"
    oid = "1.3.6.1.2.1.1.3.0"
  [[inputs.snmp.field]]
    name = "ifInOctets"
    oid = "1.3.6.1.2.1.2.2.1.10.{c.r.randint(1, 24)}"
  [[inputs.snmp.field]]
    name = "ups_battery_charge"
    oid = "1.3.6.1.4.1.318.1.1.1.2.2.1.0"
'''
    return "telegraf/snmp.conf", "toml", txt, "documented_default"


@look("nodered_flows", "node-red")
def _(c):
    tab = c.node_id()
    broker = c.node_id()
    nodes = [{"id": tab, "type": "tab", "label": "%s telemetry" % c.area(), "disabled": False, "info": ""},
             {"id": broker, "type": "mqtt-broker", "name": "edge broker", "broker": c.host("mq"), "port": "8883",
              "clientid": "nr-%s" % c.hexs(6), "usetls": True, "protocolVersion": "4", "keepalive": "60"}]
    prev = None
    for i in range(c.r.randint(3, 6)):
        nid = c.node_id()
        n = {"id": nid, "type": c.ch(["inject", "function", "change", "modbus-read", "mqtt out", "debug"]), "z": tab,
             "name": "%s %d" % (c.ch(TAGS), i), "x": 120 + 180 * i, "y": c.ch([80, 120, 160]), "wires": [[]]}
        if n["type"] == "mqtt out":
            n["broker"] = broker
            n["topic"] = "plant/%s/%s" % (c.site(), c.area())
        if prev:
            prev["wires"] = [[nid]]
        nodes.append(n)
        prev = n
    return c.ch(["flows.json", "node-red/flows.json"]), "json", jdump(c, nodes) + "\n", "node_ids"


@look("nodered_flows_cred_encrypted", "node-red")
def _(c):
    blob = c.hexs(32) + base64.b64encode(c.rb(c.r.randint(60, 260))).decode()
    return c.ch(["flows_cred.json", "node-red/flows_cred.json"]), "json", json.dumps({"$": blob}) + "\n", "encrypted_credentials"


@look("mosquitto_passwd_hashed", "mosquitto")
def _(c):
    lines = []
    for _ in range(c.r.randint(2, 6)):
        lines.append("%s:$7$101$%s$%s" % (c.user() + c.ch(["", "_%d" % c.r.randint(1, 9)]),
                                         base64.b64encode(c.rb(12)).decode(), base64.b64encode(c.rb(64)).decode()))
    return c.ch(["mosquitto/passwd", "broker/config/password_file"]), "txt", "\n".join(lines) + "\n", "hashed_password"


BCRYPT = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


@look("nodered_adminauth_bcrypt", "node-red")
def _(c):
    h = "$2b$08$" + c.alnum(53, BCRYPT)
    txt = f'''module.exports = {{
    flowFile: 'flows.json',
    uiPort: process.env.PORT || 1880,
    adminAuth: {{
        type: "credentials",
        users: [{{
            username: "{c.ch(["admin", "ot_eng", c.user()])}",
            password: "{h}",
            permissions: "*"
        }}]
    }},
    httpNodeCors: {{ origin: "*", methods: "GET,PUT,POST,DELETE" }},
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
    logging: {{ console: {{ level: "info" }} }},
}};
'''
    return c.ch(["settings.js", "node-red/settings.js"]), "js", txt, "hashed_password"


@look("azure_x509_dps", "azure_iot_hub")
def _(c):
    dev = "%s-%s-%02d" % (c.site(), c.area(), c.r.randint(1, 40))
    txt = f'''# device identity - X.509 (no symmetric key)
IOTHUB_DEVICE_CONNECTION_STRING="HostName={az_host(c)}.azure-devices.net;DeviceId={dev};x509=true"
DPS_ID_SCOPE=0ne{c.hexs(8).upper()}
DPS_REGISTRATION_ID={dev}
X509_CERT_FILE=/etc/aziot/certs/{dev}.cert.pem
X509_KEY_FILE=/etc/aziot/keys/{dev}.key.pem
X509_THUMBPRINT={c.hexs(40).upper()}
'''
    return c.ch(["device/.env.example", "config/device-x509.env.example"]), "env", txt, "x509_identity"


@look("azure_device_twin", "azure_iot_hub")
def _(c):
    obj = {"deviceId": "%s-%s-%02d" % (c.site(), c.area(), c.r.randint(1, 40)), "etag": base64.b64encode(c.rb(8)).decode(),
           "deviceEtag": base64.b64encode(str(c.r.randint(10 ** 8, 10 ** 10)).encode()).decode(), "status": "enabled",
           "generationId": str(c.r.randint(10 ** 17, 10 ** 18)), "authenticationType": "selfSigned",
           "x509Thumbprint": {"primaryThumbprint": c.hexs(40).upper(), "secondaryThumbprint": c.hexs(40).upper()},
           "version": c.r.randint(2, 900),
           "properties": {"desired": {"telemetryInterval": c.ch([10, 30, 60]), "$version": c.r.randint(1, 50)},
                          "reported": {"firmware": c.ver(), "$version": c.r.randint(1, 500)}}}
    return c.ch(["twins/%s.json" % obj["deviceId"], "docs/twin-sample.json"]), "json", jdump(c, obj) + "\n", "etag_thumbprint"


@look("greengrass_config", "aws_iot_greengrass")
def _(c):
    region = c.ch(["eu-central-1", "us-east-1", "us-west-2"])
    ep = c.alnum(14, string.ascii_lowercase + string.digits)
    txt = f'''---
system:
  certificateFilePath: "/greengrass/v2/thingCert.crt"
  privateKeyPath: "/greengrass/v2/privKey.key"
  rootCaPath: "/greengrass/v2/rootCA.pem"
  rootpath: "/greengrass/v2"
  thingName: "{c.site()}-{c.area()}-core"
services:
  aws.greengrass.Nucleus:
    componentType: "NUCLEUS"
    version: "2.{c.r.randint(9, 13)}.{c.r.randint(0, 3)}"
    configuration:
      awsRegion: "{region}"
      iotRoleAlias: "GreengrassV2TokenExchangeRoleAlias"
      iotDataEndpoint: "{ep}-ats.iot.{region}.amazonaws.com"
      iotCredEndpoint: "{c.alnum(14, string.ascii_lowercase + string.digits)}.credentials.iot.{region}.amazonaws.com"
'''
    return c.ch(["greengrass/config.yaml", "edge/gg/config.yaml"]), "yaml", txt, "endpoint_ids"


@look("aws_iot_cert_inventory", "aws_iot")
def _(c):
    acct = str(c.r.randint(10 ** 11, 10 ** 12 - 1))
    items = []
    for _ in range(c.r.randint(3, 7)):
        cid = c.hexs(64)
        items.append({"thingName": "%s-%s-%02d" % (c.site(), c.area(), c.r.randint(1, 60)), "certificateId": cid,
                      "certificateArn": "arn:aws:iot:eu-central-1:%s:cert/%s" % (acct, cid), "status": "ACTIVE"})
    return "inventory/iot_certificates.json", "json", jdump(c, items) + "\n", "certificate_id"


@look("pi_webids", "osisoft_pi")
def _(c):
    obj = {"server": "https://%s/piwebapi" % c.host("piweb"), "streams": [
        {"tag": "%s.%s.%s" % (c.site().upper(), c.area().upper(), t.upper()),
         "webId": c.ch(["F1DP", "F1Ab", "F1Em", "I1DP"]) + c.alnum(c.r.randint(30, 60), ALNUM + "-_")}
        for t in c.r.sample(TAGS, c.r.randint(3, 8))]}
    return c.ch(["config/pi_streams.json", "analytics/webids.json"]), "json", jdump(c, obj) + "\n", "pi_webid"


@look("influx_ids_env_token", "influxdb")
def _(c):
    txt = f'''[[outputs.influxdb_v2]]
  urls = ["http://{c.host("hist")}:8086"]
  ## token comes from the service environment (systemd EnvironmentFile)
  token = "${{INFLUX_TOKEN}}"
  organization = "{c.site()}"
  bucket = "{c.area()}"
  ## org id {c.hexs(16)} / bucket id {c.hexs(16)}
  content_encoding = "gzip"
  timeout = "5s"
'''
    return "telegraf/outputs.conf", "toml", txt, "resource_ids"


@look("ignition_resource_json", "ignition")
def _(c):
    obj = {"scope": "G", "version": 1, "restricted": False, "overridable": True, "files": ["code.py"],
           "attributes": {"lastModification": {"actor": c.user(), "timestamp": "2024-%02d-%02dT%02d:%02d:00Z" % (
               c.r.randint(1, 12), c.r.randint(1, 28), c.r.randint(0, 23), c.r.randint(0, 59))},
               "lastModificationSignature": c.hexs(64)}}
    return "ignition/projects/%s_hmi/ignition/script-python/shared/util/resource.json" % c.area(), "json", jdump(c, obj) + "\n", "signature_hash"


@look("l5x_safety_signature", "rockwell")
def _(c):
    ctrl = "%s_%s" % (c.site().upper()[:3], c.area().upper())
    txt = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<RSLogix5000Content SchemaRevision="1.0" SoftwareRevision="{c.ch(["32.02", "33.01", "34.01"])}" TargetName="{ctrl}" TargetType="Controller" ContainsContext="false" ExportOptions="NoRawData L5KData DecoratedData">
<Controller Use="Target" Name="{ctrl}" ProcessorType="1756-L8{c.r.randint(1, 5)}ES" MajorRev="{c.r.randint(30, 35)}" MinorRev="11" ProjectSN="16#{c.hexs(4)}_{c.hexs(4)}" CommPath="AB_ETHIP-1\\{c.ip()}\\Backplane\\0">
<RedundancyInfo Enabled="false" KeepTestEditsOnSwitchOver="false"/>
<SafetyInfo SafetySignature="16#{c.hexs(8)}_{c.hexs(8)}_{c.hexs(4)}" SafetyLocked="false" SignatureRunModeProtect="true" ConfigureSafetyIOAlways="false" SafetyLevel="SIL2/PLd"/>
<Modules Use="Context">
<Module Name="Local" CatalogNumber="1756-L8{c.r.randint(1, 5)}ES" Vendor="1" ProductType="14" ProductCode="{c.r.randint(160, 220)}" Major="{c.r.randint(30, 35)}" Minor="11" ParentModule="Local" ParentModPortId="1" Inhibited="false" MajorFault="true">
<EKey State="ExactMatch"/>
</Module>
</Modules>
</Controller>
</RSLogix5000Content>
'''
    return "plc/%s.L5X" % ctrl, "xml", txt, "safety_signature"


@look("firmware_manifest", "plc_firmware")
def _(c):
    lines = ["# firmware bundle manifest - verify before flashing", "# sha256  file"]
    for _ in range(c.r.randint(3, 8)):
        lines.append("%s  %s_V%s.%s" % (c.hexs(64), c.ch(["6ES7515-2AM02", "1756-L83E", "CX5140", "750-8212", "TM251MESE"]), c.ver(), c.ch(["upd", "bin", "zip"])))
    lines.append("# serial numbers of target units: " + ", ".join("S C-%s%s" % (c.alnum(4, string.ascii_uppercase), c.alnum(6, string.digits)) for _ in range(3)))
    return c.ch(["firmware/SHA256SUMS", "ot/firmware/manifest.txt"]), "txt", "\n".join(lines) + "\n", "checksum"


@look("compose_digests", "iiot_stack")
def _(c):
    svcs = []
    for img in c.r.sample(["eclipse-mosquitto", "nodered/node-red", "influxdb", "grafana/grafana", "emqx/emqx", "timescale/timescaledb"], 3):
        svcs.append("  %s:\n    image: %s@sha256:%s\n    restart: unless-stopped" % (img.split("/")[-1], img, c.hexs(64)))
    return "stack/docker-compose.pinned.yml", "yaml", "services:\n" + "\n".join(svcs) + "\n", "image_digest"


@look("cumulocity_managed_object", "cumulocity")
def _(c):
    obj = {"id": str(c.r.randint(1000, 99999999)), "name": "%s %s gateway" % (c.site(), c.area()),
           "type": "c8y_OPCUAGateway", "owner": "device_%s" % c.hexs(12).upper(),
           "c8y_IsDevice": {}, "c8y_Hardware": {"model": c.ch(["IOT2050", "UC-8100", "RevPi Connect"]), "serialNumber": c.hexs(12).upper(), "revision": c.ver()},
           "c8y_Firmware": {"name": "gw-fw", "version": c.ver()}, "c8y_SupportedOperations": ["c8y_Restart", "c8y_Firmware"]}
    return c.ch(["c8y/devices/%s.json" % obj["id"], "docs/device.json"]), "json", jdump(c, obj) + "\n", "device_id"


@look("thingworx_entities", "thingworx")
def _(c):
    things = "\n".join('        <Thing name="%s_%s_%d" identifier="%s" thingTemplate="RemoteThingWithFileTransfer" valueStream="%s_VS" enabled="true"/>' % (
        c.site(), c.area(), i, c.uuid4(), c.area()) for i in range(c.r.randint(2, 6)))
    txt = f'''<?xml version="1.0" encoding="UTF-8"?>
<Entities build="b{c.r.randint(100, 999)}" majorVersion="9" minorVersion="{c.r.randint(0, 6)}" modelPersistenceProviderPackage="PostgresPersistenceProviderPackage" revision="{c.r.randint(0, 9)}" schemaVersion="1{c.r.randint(0, 9)}00" universal="">
    <Things>
{things}
    </Things>
</Entities>
'''
    return c.ch(["thingworx/entities/Things_%s.xml" % c.area(), "twx/export/things.xml"]), "xml", txt, "uuid_identifier"


@look("tia_openness_xml", "siemens")
def _(c):
    blocks = "\n".join('  <Block Name="%s_FB%d" Number="%d" Guid="%s" Checksum="%s" />' % (c.area().capitalize(), i, c.r.randint(1, 3000), c.uuid4(), c.hexs(16).upper())
                       for i in range(c.r.randint(3, 8)))
    txt = f'''<?xml version="1.0" encoding="utf-8"?>
<Document>
 <Engineering version="V{c.r.randint(16, 19)}" />
 <DocumentInfo><Created>2024-0{c.r.randint(1, 9)}-1{c.r.randint(0, 9)}T09:12:44Z</Created></DocumentInfo>
 <Blocks PlcName="PLC_{c.area().upper()}" Serial="S C-{c.alnum(4, string.ascii_uppercase)}{c.alnum(6, string.digits)}">
{blocks}
 </Blocks>
</Document>
'''
    return c.ch(["tia/export/blocks.xml", "plc/openness/%s_blocks.xml" % c.area()]), "xml", txt, "guid_checksum"


@look("emqx_documented_default", "emqx")
def _(c):
    txt = f'''## EMQX local dev broker (docker) - dashboard still on the vendor default, see docs
dashboard {{
  listeners.http.bind = 18083
  default_username = "admin"
  default_password = "public"
}}

listeners.tcp.default {{
  bind = "0.0.0.0:1883"
  max_connections = {c.ch([1024, 10240])}
}}
'''
    return "dev/emqx/emqx.conf", "conf", txt, "documented_default"


@look("twincat_default_route", "beckhoff_twincat")
def _(c):
    txt = f'''# Commissioning notes - {c.area()} IPC (factory image)
# Beckhoff CE images ship with the documented default login; changed at SAT.
Add-AdsRoute -Name '{c.area().upper()}-IPC' -Address '{c.ip()}' -NetId '{c.r.randint(5, 172)}.{c.r.randint(1, 254)}.{c.r.randint(1, 254)}.{c.r.randint(1, 254)}.1.1' -Username 'Administrator' -Password '1'
Get-AdsRoute
'''
    return "docs/commissioning/ads_route.ps1", "ps1", txt, "documented_default"


@look("pem_public_key", "aws_iot")
def _(c):
    der = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d03010703420004") + c.rb(64)
    txt = "\n".join(pem_wrap("PUBLIC KEY", der)) + "\n"
    return c.ch(["certs/device-public.pem", "keys/%s.pub.pem" % c.area()]), "pem", txt, "public_key"


@look("sparkplug_seq_ids", "mqtt")
def _(c):
    lines = ["timestamp,topic,seq,bdSeq,metric_alias,value"]
    for i in range(c.r.randint(8, 20)):
        lines.append("%d,spBv1.0/%s/DDATA/%s/%s,%d,%d,%d,%s" % (1700000000000 + c.r.randint(0, 10 ** 9), c.site(), c.area(), c.hexs(8), i % 256,
                                                              c.r.randint(0, 255), c.r.randint(1, 300), round(c.r.random() * 100, 2)))
    return "captures/sparkplug_%s.csv" % c.area(), "csv", "\n".join(lines) + "\n", "message_ids"


# ========================================================================================
def neg_value(c, t):
    env = t["env"] or "SECRET_VALUE"
    lang = t["lang"]
    opts = [
        ("${%s}" % env, "env_reference"),
        ("<%s>" % env.lower().replace("_", "-"), "placeholder"),
        ("changeme", "placeholder"),
        ("********", "masked"),
        ("", "empty"),
        ("REPLACE_ME", "placeholder"),
        ("{{ %s }}" % env.lower(), "template_variable"),
        ("__%s__" % env, "placeholder"),
    ]
    if lang and lang in ENV_EXPR and c.r.random() < 0.4:
        return Raw(ENV_EXPR[lang] % env), "env_lookup"
    v, k = c.ch(opts)
    if t["kind"] == "password_base64" and c.r.random() < 0.5:
        return base64.b64encode(b"changeme").decode(), "encoded_placeholder"
    return v, k


def find_line(text, needle):
    i = text.find(needle)
    if i < 0:
        return None
    return text.count("\n", 0, i) + 1


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0])
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    c = Ctx(seed)
    manifest, secrets = [], []
    needles = []

    def write(rel, text):
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    # positives: cycle through templates in shuffled rounds so each is used ~evenly
    order = []
    while len(order) < 500:
        rnd = list(range(len(T)))
        c.r.shuffle(rnd)
        order += rnd
    for i in range(500):
        t = T[order[i]]
        for _attempt in range(20):
            if t["name"] == "device_private_key_pem":
                lines, needle = private_key_pem(c)
                val, extra = needle, lines
            else:
                g = t["gen"](c)
                val, extra = (g if isinstance(g, tuple) else (g, None))
            rel, ftype, text = t["render"](c, val, extra)
            ln = find_line(text, val)
            if ln is not None and c.ok(val):
                break
        else:
            raise RuntimeError("template %s failed" % t["name"])
        rel = "pos/p%04d/%s" % (i, rel)
        write(rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": ftype, "template": t["name"]})
        secrets.append({"file": rel, "needle": val, "line": ln})
        needles.append(val)

    # negatives: 250 template reuse + 250 look-alikes
    reuse = [t for t in T if t["name"] != "device_private_key_pem"]
    neg_items = []
    for i in range(500):
        if i % 2 == 0:
            t = reuse[(i // 2) % len(reuse)] if c.r.random() < 0.5 else c.ch(reuse)
            val, nk = neg_value(c, t)
            rel, ftype, text = t["render"](c, val, None)
            for _attempt in range(20):
                if not (ftype == "xml" and "<" in val):
                    break
                val, nk = neg_value(c, t)
                rel, ftype, text = t["render"](c, val, None)
            neg_items.append((rel, ftype, text, t["provider"], nk, t["name"]))
        else:
            lt = L[(i // 2) % len(L)] if c.r.random() < 0.6 else c.ch(L)
            rel, ftype, text, nk = lt["render"](c)
            neg_items.append((rel, ftype, text, lt["provider"], nk, "lookalike_" + lt["name"]))
    c.r.shuffle(neg_items)
    for i, (rel, ftype, text, prov, nk, tn) in enumerate(neg_items):
        for nd in needles:
            if nd in text:
                raise RuntimeError("negative contains positive needle")
        rel = "neg/n%04d/%s" % (i, rel)
        write(rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": nk, "filetype": ftype, "template": tn})

    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
