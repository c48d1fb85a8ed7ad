#!/usr/bin/env python3
"""gen_ey.py - blind evaluation-set generator for secret scanners (industrial IoT / SCADA).

EMPHASIS
    Domain: industrial IoT, manufacturing and SCADA.  Providers / products: OPC UA clients
    (python asyncua, node-opcua, Eclipse Milo, OPC Foundation .NET, gopcua, open62541, Azure
    OPC Publisher), Inductive Automation Ignition (gateway API keys, admin password, database
    connections, Jython scripts), PTC Kepware (configuration API, IoT Gateway MQTT agent),
    PTC ThingWorx appKeys, Siemens Insights Hub (MindSphere) app/tenant service credentials,
    AVEVA PI Web API basic auth, Litmus Edge / Edge Manager tokens and OAuth clients, MQTT
    brokers (HiveMQ Cloud, EMQX, Mosquitto bridges, Paho clients in C/Go/Python/JS, PLC MQTT
    libraries), Azure IoT Hub / DPS / IoT Edge (device and service connection strings,
    symmetric keys, SAS tokens), AWS IoT device private keys, Tulip API tokens, MES/ERP
    connectors (SQL Server, SAP RFC, Oracle JDBC), Modbus/BACnet gateway web logins,
    historians (InfluxDB v1/v2/v3 tokens, TimescaleDB), Grafana (glsa_ service-account tokens,
    Grafana Cloud tokens, admin password, datasource provisioning), Node-RED (flows_cred.json,
    credentialSecret, function nodes).
    Kinds: passwords, API keys/tokens, base64 SAS keys, device connection strings, PEM private
    keys (RSA PKCS#1, EC SEC1, PKCS#8), MQTT credentials, database URLs.
    File types: Python, C#, Java, Go, C, JavaScript, Jython (Ignition), IEC 61131-3 Structured
    Text, PowerShell, shell, Node-RED flow JSON, JSON, XML (OPC UA / app configs), YAML
    (docker-compose, Kubernetes, Helm, Ansible, GitHub Actions, Cloud Foundry), TOML, INI,
    HOCON, properties, systemd units, Dockerfile, Terraform, Alloy, Markdown, SQL, CSV tag /
    device exports, logs, PEM.

USAGE
    python3 gen_ey.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath> and OUTDIR/neg/n0000..n0499/<relpath> (one file
    per folder), OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line
    per positive).  Deterministic per SEED: every random choice comes from one
    random.Random(SEED); no clock, no os.urandom, no set iteration, no hash().  An existing
    OUTDIR/pos and OUTDIR/neg are removed first.  Standard library only.

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written in the file, and only the secret part:
      - password in a URL (postgres://u:PW@h, opc.tcp://u:PW@h, mqtts://u:PW@h): PW only;
      - connection strings (HostName=..;SharedAccessKey=K, Server=..;Password=P, key=value DSN):
        the key / password value only;
      - Azure SAS token: the sig= value as written (URL-encoded base64);
      - HTTP Basic header: the base64 blob after "Basic "; other headers: the header value
        (the token), except Ignition "name:secret" API keys and EMQX/Tulip "key:secret" pairs,
        where the needle is the secret after the colon (the key name / key id is not secret);
      - user + password pairs: the password; API key id + secret pairs: the secret;
      - Grafana glsa_ / glc_ and InfluxDB apiv3_ tokens: the whole token including prefix.
    * PEM private keys (multi-line): the needle is the exact span of file text from
      "-----BEGIN ... PRIVATE KEY-----" to the end of "-----END ... PRIVATE KEY-----", as written
      (with YAML indentation, JSON "\\n" escapes, or C string quoting included); its line is the
      BEGIN line.
    * "line" is the 1-based line where the needle first occurs; the program asserts it.

NEGATIVES
    500 files, none holds a credential; no negative is named .env / .env.local / .env.<stage>
    (a reused template that would write .env writes .env.example instead).
    * 250 reuse the positive templates with the secret slot holding a non-secret: placeholders
      (<your-device-key>, YOUR_API_KEY_HERE, changeme, xxxx..., REPLACE_ME), empty values,
      masked values (****, [REDACTED]), environment / secret-manager references (${VAR},
      os.environ[...], process.env.X, System.getenv, $env:X, op://, vault:, secretKeyRef-like
      strings), template expressions ({{ .Values.x }}, {{ vault_x }}, ${{ secrets.X }}),
      providers' documented example values (EMQX default "public", Litmus docs token, ThingWorx
      tutorial appKey, Node-RED settings comment "a-secret-key", InfluxDB "YOUR_API_TOKEN",
      Ignition "test:xxx", Azure "[Device key goes here]"), PEM skeletons without key material.
    * 250 are look-alikes of the domain: OPC UA NodeIds (ns=;s= / i= / g= / b=), tag paths and
      tag exports, Modbus/BACnet register maps, asset/device ids, serial numbers, MAC addresses,
      certificate thumbprints, public certificates / public keys / CSRs / SSH public keys,
      firmware SHA-256 sums, image digests, npm integrity hashes, go.sum, SBOM hashes, PI Web
      API WebIds, Azure twin etags and DPS ID scopes, AWS IoT certificate ids, Ignition resource
      signatures, Grafana uids, InfluxDB org/bucket ids, trace ids, ansible-vault and SOPS
      ciphertext, XML-DSig digests/signatures, bcrypt hashes of Node-RED admin users, OPC DA
      CLSIDs, GSDML ids, base64 ByteStrings and hex frames.

FORMATS CHECKED (search tool, docs/pages/code corpora)
    * Azure IoT Hub connection strings: HostName / DeviceId / ModuleId / SharedAccessKeyName /
      SharedAccessKey / GatewayHostName fields (learn.microsoft.com ConnectionString and
      IotHubConnectionStringBuilder pages).  DPS enrollment-group derived device key =
      base64(HMAC-SHA256(base64-decoded group key, registration id)) (Azure docs tutorial and
      az iot dps enrollment-group compute-device-key).
    * Grafana service-account tokens: "gl" + "sa" + "_" + 32 random alphanumerics + "_" + 8 hex
      of the little-endian CRC32 (IEEE) of "glsa_<secret>" (grafana/grafana
      pkg/components/satokengen/tokengen.go); docs show "Authorization: Bearer glsa_...".
    * InfluxDB: "Authorization: Token API_TOKEN" (v2), Bearer for v3, influx CLI -t/--token,
      INFLUX_TOKEN env, DOCKER_INFLUXDB_INIT_ADMIN_TOKEN in compose files (code corpus).
    * ThingWorx application keys: passed as appKey URL parameter or appKey request header, the
      key is a GUID (PTC help centre, PTC community "Use REST API to Access ThingWorx").
    * Ignition 8.3 API keys: header X-Ignition-API-Token: <tokenName>:<key> (or Authorization:
      Bearer <tokenName>:<key>) (docs.inductiveautomation.com, Ignition forum).
    * Litmus Edge Manager tokens: X-AuthToken header, 32 alphanumerics in the docs example;
      Litmus Edge OAuth 2.0 client credentials at /auth/v3/oauth/token (docs.litmus.io).
    * Tulip: API key + secret; "Auth Header" = Basic base64("apikey.2_<id>:<secret>")
      (Tulip GxP docs, community-tulip-api README showing the decoded apikey.2_ prefix).
    * Insights Hub: AppCredentials(app_name, app_version, host_tenant, user_tenant,
      key_store_client_id, key_store_client_secret) and TenantCredentials(client_id,
      client_secret, tenant) (developer.siemens.com Python SDK docs).
    * EMQX: REST API /api/v5 with HTTP Basic (API key : secret key); default dashboard user
      admin/public; "file://" secret references (docs.emqx.com).
    * OPC UA .NET ApplicationConfiguration XML layout (SecurityConfiguration /
      ApplicationCertificate / StoreType / StorePath) (code corpus).
    * Node-RED credentialSecret setting and flows_cred.json (Node-RED settings.js, design wiki).
DOUBTS
    * Ignition 8.3 key material after "name:" - the length/alphabet is not documented; written
      here as 43 base64url characters.
    * Tulip key id length and secret format are not documented publicly; written as
      apikey.2_ + 17 alphanumerics and a 32-character alphanumeric secret.
    * Insights Hub client secrets, Litmus Edge OAuth client secrets and EMQX API secrets: format
      not documented; written as 40 / 32 / 46 alphanumerics (EMQX key id as 16 hex).
    * InfluxDB v2 token as 88-char base64url with "==" (64 random bytes) is from memory of real
      tokens, not from the docs; InfluxDB 3 "apiv3_" prefix is unconfirmed.
    * Grafana Cloud "glc_" tokens are written as glc_ + base64 of a small JSON object
      {"o","n","k","m"}; structure recalled, not confirmed by the searched docs.
    * Insights Hub env var names MDSP_KEY_STORE_CLIENT_ID/SECRET are recalled, not confirmed.
    * Kepware IoT Gateway property names (iot_gateway.MQTT_CLIENT_PASSWORD ...) are recalled.
    * Azure OPC Publisher publishednodes.json OpcAuthenticationUsername/Password recalled.
    * PI Web API WebIds are written as "F1" + type marker + base64url; only the general look
      is intended.
    * PEM bodies are DER-shaped (correct ASN.1 framing, random integers) but not valid keys.
"""
import base64
import hashlib
import json
import os
import random
import re
import shutil
import string
import sys
import textwrap
import zlib
from urllib.parse import quote

N_POS = 500
N_NEG = 500

# --------------------------------------------------------------------------- basics
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
BAD_SUBSTR = ("example", "test", "sample", "dummy", "changeme", "password", "xxxx",
              "secret", "demo", "fake", "1234", "abcd", "todo", "redact", "placeholder",
              "your", "pass", "0000", "aaaa")


def rbytes(r, n):
    return r.getrandbits(8 * n).to_bytes(n, "big")


def rand_str(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r, n, upper=False):
    s = rbytes(r, (n + 1) // 2).hex()[:n]
    return s.upper() if upper else s


def b64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def b64url(r, n, pad=True):
    s = base64.urlsafe_b64encode(rbytes(r, n)).decode()
    return s if pad else s.rstrip("=")


def uuid4(r, upper=False):
    b = bytearray(rbytes(r, 16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = bytes(b).hex()
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def clean(s):
    low = s.lower()
    return not any(b in low for b in BAD_SUBSTR)


def cleaned(fn):
    """Wrap a secret generator so that it never yields placeholder-looking words."""
    def g(r):
        for _ in range(200):
            s = fn(r)
            if clean(s):
                return s
        raise RuntimeError("could not generate clean secret")
    return g


def T(_tpl, **kw):
    s = textwrap.dedent(_tpl).lstrip("\n")

    def rep(m):
        return str(kw[m.group(1)])
    return re.sub("\u00ab(\\w+)\u00bb", rep, s)


def wrap64(s):
    return "\n".join(s[i:i + 64] for i in range(0, len(s), 64))


# --------------------------------------------------------------------------- context data
CORPS = ["nordwerk", "kestrel-mfg", "vantaline", "orbis-plastics", "helixfoods", "brightcast",
         "atlasforge", "meridian-pharma", "tamber-steel", "cobalt-bev", "lindqvist-paper",
         "sorrel-auto"]
SITES = ["augsburg", "lyon", "monterrey", "pune", "kolin", "gdansk", "toledo", "cork",
         "tianjin", "queretaro", "brno", "porto", "wroclaw", "leon", "gyor", "ostrava"]
LINES = ["press", "kiln", "extruder", "filler", "capper", "palletizer", "cnc", "weld",
         "paint", "oven", "mixer", "boiler", "chiller", "compressor", "conveyor", "packer",
         "robot", "furnace", "dryer", "labeler", "mill", "lathe", "pump", "tank"]
SIGNALS = ["Temperature", "Pressure", "Speed", "State", "Torque", "FlowRate", "Level",
           "Vibration", "PowerKW", "CycleCount", "AlarmWord", "Setpoint", "Humidity",
           "MotorCurrent", "GoodCount", "RejectCount", "OEE", "Runtime"]
SVC_USERS = ["svc_historian", "opc_reader", "mes-app", "ign_gateway", "nr-line2", "collector",
             "plant-gw", "edge01", "telegraf", "grafana_ro", "scada_ro", "tsdb_writer",
             "mqtt-bridge", "rfc_mes", "ot-integration", "datalogger", "hmi-svc"]
WORDS = ["Copper", "Falcon", "Harbor", "Granite", "Maple", "Cobalt", "Juniper", "Tundra",
         "Orchid", "Quartz", "Saffron", "Ember", "Nimbus", "Raven", "Willow", "Basalt",
         "Cedar", "Aurora", "Lynx", "Pepper", "Vortex", "Sierra", "Mosaic", "Kestrel",
         "Fjord", "Marble", "Onyx", "Thistle", "Bramble", "Comet"]
REGIONS = ["eu-central-1", "us-east-1", "eu-west-1", "us-west-2", "ap-southeast-1"]


FILECTX = {}   # corp / site of the file being written, so that one file names one plant


def corp(r):
    return FILECTX.get("corp") or r.choice(CORPS)


def site(r):
    return FILECTX.get("site") or r.choice(SITES)


def new_file_context(r):
    FILECTX["corp"] = r.choice(CORPS)
    FILECTX["site"] = r.choice(SITES)


def asset(r):
    return "%s-%02d" % (r.choice(LINES), r.randint(1, 24))


def Asset(r):
    return "%s%02d" % (r.choice(LINES).capitalize(), r.randint(1, 24))


def ip(r):
    return "10.%d.%d.%d" % (r.randint(10, 250), r.randint(0, 254), r.randint(2, 250))


def host(r, role):
    return "%s%02d.%s.%s.internal" % (role, r.randint(1, 9), site(r), corp(r).replace("-", ""))


def user(r):
    return r.choice(SVC_USERS)


def serial(r):
    return r.choice(["SN", "S", "", "ZX", "FW"]) + "%d%s%06d" % (
        r.randint(18, 25), r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), r.randint(0, 999999))


def mac(r, sep=":"):
    return sep.join("%02X" % x for x in rbytes(r, 6))


def date(r):
    return "20%02d-%02d-%02d" % (r.randint(22, 25), r.randint(1, 12), r.randint(1, 28))


def ts(r):
    return "%sT%02d:%02d:%02d.%03dZ" % (date(r), r.randint(0, 23), r.randint(0, 59),
                                         r.randint(0, 59), r.randint(0, 999))


# --------------------------------------------------------------------------- secret generators
SYMS = {"any": "!#*+-_.=~^", "url": "-_.~", "sh": "#*+-_.=~^", "conn": "!#*+-_.~^",
        "none": ""}


def password(r, sym="any"):
    syms = SYMS[sym]
    for _ in range(500):
        st = r.random()
        if st < 0.4:
            w1, w2 = r.sample(WORDS, 2)
            s = w1 + (r.choice(syms) if syms else "") + w2 + str(r.randint(10, 9999))
        elif st < 0.8:
            s = r.choice(string.ascii_letters) + rand_str(r, r.randint(13, 23), ALNUM + syms * 2)
        else:
            s = r.choice(string.ascii_letters) + rand_str(r, r.randint(19, 31))
        if (clean(s) and any(c.isdigit() for c in s) and any(c.isupper() for c in s)
                and any(c.islower() for c in s)):
            return s
    raise RuntimeError("password")


def pw(sym="any"):
    return lambda r: password(r, sym)


g_key32 = cleaned(lambda r: b64(r, 32))          # IoT Hub device / policy key, DPS derived key
g_key64 = cleaned(lambda r: b64(r, 64))          # DPS enrollment-group key
g_sig = cleaned(lambda r: quote(b64(r, 32), safe=""))   # SAS sig= value, URL-encoded
g_uuid = cleaned(lambda r: uuid4(r))             # ThingWorx appKey
g_influx2 = cleaned(lambda r: b64url(r, 64))     # 88 chars, ends with ==
g_influx3 = cleaned(lambda r: "apiv3_" + b64url(r, 64, pad=False))
g_litmus = cleaned(lambda r: rand_str(r, 32))
g_litmus_oauth = cleaned(lambda r: rand_str(r, 32))
g_ign = cleaned(lambda r: b64url(r, 32, pad=False))
g_tulip_secret = cleaned(lambda r: rand_str(r, 32))
g_mdsp_secret = cleaned(lambda r: rand_str(r, 40))
g_emqx_secret = cleaned(lambda r: rand_str(r, 46))
g_nr_secret = cleaned(lambda r: r.choice([hexs(r, 64), rand_str(r, 40), b64(r, 24)]))


def _glsa(r):
    body = "glsa_" + rand_str(r, 32)
    c = zlib.crc32(body.encode()) & 0xFFFFFFFF
    return body + "_" + c.to_bytes(4, "little").hex()


g_glsa = cleaned(_glsa)


def _glc(r):
    obj = {"o": str(r.randint(100000, 1999999)), "n": r.choice(
        ["alloy-edge", "plant-metrics-write", "telemetry-push", "otel-gw"]) + "-" + site(r),
        "k": rand_str(r, 24), "m": {"r": r.choice(["prod-eu-west-2", "prod-us-east-0",
                                                   "prod-eu-west-0", "prod-us-central-0"])}}
    return "glc_" + base64.b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode()


g_glc = cleaned(_glc)


def tulip_key_id(r):
    return "apikey.2_" + rand_str(r, 17)


def basic_b64(user_, pwd):
    return base64.b64encode(("%s:%s" % (user_, pwd)).encode()).decode()


# --- DER / PEM
def der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, content):
    return bytes([tag]) + der_len(len(content)) + content


def der_int(b):
    if isinstance(b, int):
        b = b.to_bytes(max(1, (b.bit_length() + 8) // 8), "big")
    if b[0] & 0x80:
        b = b"\x00" + b
    return der(0x02, b)


def rint(r, n):
    b = bytearray(rbytes(r, n))
    b[0] |= 0x80
    return bytes(b)


OID_RSA = bytes.fromhex("2a864886f70d010101")
OID_EC = bytes.fromhex("2a8648ce3d0201")
OID_P256 = bytes.fromhex("2a8648ce3d030107")
OID_SHA256RSA = bytes.fromhex("2a864886f70d01010b")


def rsa_der(r):
    parts = [der_int(0), der_int(rint(r, 256)), der_int(65537), der_int(rint(r, 256)),
             der_int(rint(r, 128)), der_int(rint(r, 128)), der_int(rint(r, 128)),
             der_int(rint(r, 128)), der_int(rint(r, 128))]
    return der(0x30, b"".join(parts))


def ec_der(r, params=True):
    c = der_int(1) + der(0x04, rbytes(r, 32))
    if params:
        c += der(0xA0, der(0x06, OID_P256))
    c += der(0xA1, der(0x03, b"\x00\x04" + rbytes(r, 64)))
    return der(0x30, c)


def pem(label, blob):
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, wrap64(base64.b64encode(blob).decode()), label)


def g_pem_rsa(r):
    return pem("RSA PRIVATE KEY", rsa_der(r))


def g_pem_ec(r):
    return pem("EC PRIVATE KEY", ec_der(r))


def g_pem_pkcs8(r):
    if r.random() < 0.6:
        alg = der(0x30, der(0x06, OID_RSA) + b"\x05\x00")
        inner = rsa_der(r)
    else:
        alg = der(0x30, der(0x06, OID_EC) + der(0x06, OID_P256))
        inner = ec_der(r, params=False)
    return pem("PRIVATE KEY", der(0x30, der_int(0) + alg + der(0x04, inner)))


def g_pem_any(r):
    return r.choice([g_pem_rsa, g_pem_ec, g_pem_pkcs8])(r)


def _name(cn, o):
    def rdn(oid, val):
        return der(0x31, der(0x30, der(0x06, bytes.fromhex(oid)) + der(0x0C, val.encode())))
    return der(0x30, rdn("550403", cn) + rdn("55040a", o))


def cert_der(r, cn, o):
    alg = der(0x30, der(0x06, OID_SHA256RSA) + b"\x05\x00")
    spki = der(0x30, der(0x30, der(0x06, OID_EC) + der(0x06, OID_P256)) +
               der(0x03, b"\x00\x04" + rbytes(r, 64)))
    validity = der(0x30, der(0x17, ("%02d%02d%02d000000Z" % (r.randint(22, 24), r.randint(1, 12), r.randint(1, 28))).encode()) +
                   der(0x17, ("%02d%02d%02d000000Z" % (r.randint(26, 34), r.randint(1, 12), r.randint(1, 28))).encode()))
    tbs = der(0x30, der(0xA0, der_int(2)) + der_int(rint(r, 16)) + alg + _name(o + " CA", o) +
              validity + _name(cn, o) + spki)
    return der(0x30, tbs + alg + der(0x03, b"\x00" + rbytes(r, 256)))


def cert_pem(r, cn, o):
    return pem("CERTIFICATE", cert_der(r, cn, o))


def pubkey_pem(r):
    spki = der(0x30, der(0x30, der(0x06, OID_EC) + der(0x06, OID_P256)) +
               der(0x03, b"\x00\x04" + rbytes(r, 64)))
    return pem("PUBLIC KEY", spki)


def ssh_pub(r, comment):
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(r, 32)
    return "ssh-ed25519 %s %s" % (base64.b64encode(blob).decode(), comment)


def thumb(r, sep=""):
    h = hexs(r, 40, upper=True)
    return sep.join(h[i:i + 2] for i in range(0, 40, 2)) if sep else h


def sha256hex(r):
    return hexs(r, 64)


# --------------------------------------------------------------------------- slot values
class Ref:
    """An environment / configuration reference written as code, not as a string literal."""

    def __init__(self, var, u):
        self.var = var
        self.u = u


REF_FORMS = {
    "py": ['os.environ["{V}"]', 'os.getenv("{V}")', 'os.environ.get("{V}", "")'],
    "js": ["process.env.{V}", "process.env['{V}']"],
    "cs": ['Environment.GetEnvironmentVariable("{V}")', 'configuration["{P}"]'],
    "java": ['System.getenv("{V}")', 'props.getProperty("{p}")'],
    "go": ['os.Getenv("{V}")'],
    "ps1": ["$env:{V}"],
    "jy": ['system.tag.readBlocking(["[default]Config/{P}"])[0].value'],
}


def q(v, lang, quote_char='"'):
    """Write slot value v as a literal (or, for Ref, as code) in language lang."""
    if isinstance(v, Ref):
        forms = REF_FORMS[lang]
        f = forms[int(v.u * len(forms))]
        parts = v.var.split("_")
        return f.format(V=v.var, P="".join(p.capitalize() for p in parts.copy()),
                        p=".".join(p.lower() for p in parts))
    return quote_char + v + quote_char


def yq(v):
    """YAML scalar: quote values that YAML would not read as a plain string."""
    v = sv(v)
    if v == "" or v[0] in "{[*&!%@`'\"#|>?:-<," or ": " in v or " #" in v:
        return '"%s"' % v
    return v


def xesc(v):
    return sv(v).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sv(v):
    """Slot value for data files (never a Ref)."""
    assert not isinstance(v, Ref)
    return v


# =========================================================================== positive templates
POS = []


def pos(provider, kind, gen, lang=None, ctx="plain", var="SECRET", docs=()):
    def deco(fn):
        POS.append(dict(name=fn.__name__, provider=provider, kind=kind, gen=gen, lang=lang,
                        ctx=ctx, var=var, docs=list(docs), render=fn))
        return fn
    return deco


def tags3(r):
    a = Asset(r)
    return [("%s.%s" % (a, s)) for s in r.sample(SIGNALS, 3)]


# ----------------------------------------------------------------- OPC UA
@pos("opcua", "password", pw(), lang="py", var="OPCUA_PASSWORD")
def opcua_asyncua_py(r, v):
    t = tags3(r)
    return (r.choice(["opcua/collector.py", "services/opc_bridge/client.py", "edge/opcua_poll.py"]), T('''
        import asyncio
        import logging

        from asyncua import Client

        log = logging.getLogger("opc-bridge")

        ENDPOINT = "opc.tcp://«ip»:4840"
        NODES = [
            "ns=2;s=«t0»",
            "ns=2;s=«t1»",
            "ns=2;s=«t2»",
        ]


        async def poll(interval: float = «iv») -> None:
            client = Client(url=ENDPOINT, timeout=10)
            client.set_user("«u»")
            client.set_password(«pw»)
            await client.set_security_string(
                "Basic256Sha256,SignAndEncrypt,pki/own/certs/collector.der,pki/own/private/collector.pem"
            )
            async with client:
                nodes = [client.get_node(n) for n in NODES]
                while True:
                    values = await client.read_values(nodes)
                    for node_id, value in zip(NODES, values):
                        log.debug("%s = %r", node_id, value)
                    await asyncio.sleep(interval)


        if __name__ == "__main__":
            logging.basicConfig(level=logging.INFO)
            asyncio.run(poll())
        ''', ip=ip(r), t0=t[0], t1=t[1], t2=t[2], iv=r.choice(["1.0", "2.5", "5.0"]), u=user(r),
                 pw=q(v, "py")))


@pos("opcua", "password", pw("url"), ctx="url", var="OPC_PASSWORD")
def opcua_url_yaml(r, v):
    return (r.choice(["config/opcua-sources.yaml", "deploy/collector/sources.yml"]), T('''
        # OPC UA sources polled by the edge collector
        sources:
          - name: «a»
            endpoint: "opc.tcp://«u»:«v»@«ip»:4840/«srv»"
            security_policy: Basic256Sha256
            security_mode: SignAndEncrypt
            publishing_interval_ms: «pi»
            nodes:
              - ns=3;s=«a».«s1»
              - ns=3;s=«a».«s2»
          - name: «b»
            endpoint: "opc.tcp://«ip2»:49320"
            security_policy: None
            nodes:
              - ns=2;s=Channel1.«b».«s1»
        ''', a=asset(r), b=asset(r), u=user(r), v=v, ip=ip(r), ip2=ip(r),
             srv=r.choice(["UA/Server", "OPCUA/SimulationServer", "freeopcua/server"]),
             pi=r.choice([250, 500, 1000]), s1=r.choice(SIGNALS), s2=r.choice(SIGNALS)))


@pos("opcua", "password", pw("conn"), var="OpcAuthenticationPassword")
def opc_publisher_json(r, v):
    a = Asset(r)
    nodes = ",\n".join('          { "Id": "ns=2;s=%s.%s", "OpcSamplingInterval": %d }' % (a, s, r.choice([500, 1000, 2000]))
                       for s in r.sample(SIGNALS, 3))
    return (r.choice(["publisher/publishednodes.json", "iotedge/opcpublisher/pn.json"]), T('''
        [
          {
            "EndpointUrl": "opc.tcp://«ip»:4840",
            "UseSecurity": true,
            "OpcAuthenticationMode": "UsernamePassword",
            "OpcAuthenticationUsername": "«u»",
            "OpcAuthenticationPassword": "«v»",
            "DataSetWriterGroup": "«site»-«a»",
            "OpcNodes": [
        «nodes»
            ]
          }
        ]
        ''', ip=ip(r), u=user(r), v=sv(v), site=site(r), a=a, nodes=nodes))


@pos("opcua", "password", pw("any"), var="OPCUA_PASSWORD")
def opcua_client_xml(r, v):
    return (r.choice(["config/OpcUaClient.Config.xml", "src/Collector/Opc.Ua.Collector.Config.xml"]), T('''
        <?xml version="1.0" encoding="utf-8"?>
        <CollectorConfiguration xmlns="urn:«c»:opcua:collector">
          <ApplicationName>«c» OPC UA Collector</ApplicationName>
          <ApplicationUri>urn:«h»:«c»:Collector</ApplicationUri>
          <SecurityConfiguration>
            <ApplicationCertificate>
              <StoreType>Directory</StoreType>
              <StorePath>%LocalApplicationData%/OPC Foundation/pki/own</StorePath>
              <SubjectName>CN=«c» Collector, O=«c»</SubjectName>
            </ApplicationCertificate>
            <AutoAcceptUntrustedCertificates>false</AutoAcceptUntrustedCertificates>
          </SecurityConfiguration>
          <Server>
            <EndpointUrl>opc.tcp://«ip»:4840</EndpointUrl>
            <SecurityPolicy>http://opcfoundation.org/UA/SecurityPolicy#Basic256Sha256</SecurityPolicy>
            <UserIdentity>
              <UserName>«u»</UserName>
              <Password>«v»</Password>
            </UserIdentity>
            <SessionTimeout>60000</SessionTimeout>
          </Server>
        </CollectorConfiguration>
        ''', c=corp(r), h=host(r, "hist"), ip=ip(r), u=user(r), v=xesc(v)))


@pos("opcua", "password", pw(), lang="java", var="OPCUA_PASSWORD")
def opcua_milo_java(r, v):
    pkg = corp(r).replace("-", "")
    return ("src/main/java/com/%s/opc/MiloClientFactory.java" % pkg, T('''
        package com.«pkg».opc;

        import java.util.concurrent.CompletableFuture;

        import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
        import org.eclipse.milo.opcua.sdk.client.api.identity.UsernameProvider;
        import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;

        public final class MiloClientFactory {

            private static final String ENDPOINT = "opc.tcp://«ip»:4840/milo";

            private MiloClientFactory() {
            }

            public static CompletableFuture<OpcUaClient> connect() throws Exception {
                OpcUaClient client = OpcUaClient.create(
                    ENDPOINT,
                    endpoints -> endpoints.stream()
                        .filter(e -> e.getSecurityPolicyUri().equals(SecurityPolicy.Basic256Sha256.getUri()))
                        .findFirst(),
                    configBuilder -> configBuilder
                        .setApplicationName(LocalizedTexts.english("«a» line monitor"))
                        .setIdentityProvider(new UsernameProvider("«u»", «pw»))
                        .setRequestTimeout(uint(5000))
                        .build()
                );
                return client.connect().thenApply(c -> (OpcUaClient) c);
            }
        }
        ''', pkg=pkg, ip=ip(r), a=asset(r), u=user(r), pw=q(v, "java")))


@pos("opcua", "password", pw(), lang="cs", var="OPCUA_PASSWORD")
def opcua_dotnet_cs(r, v):
    ns = corp(r).replace("-", " ").title().replace(" ", "")
    return (r.choice(["src/%s.Opc/SessionFactory.cs" % ns, "Services/OpcSessionFactory.cs"]), T('''
        using System.Threading.Tasks;
        using Opc.Ua;
        using Opc.Ua.Client;

        namespace «ns».Opc
        {
            public sealed class SessionFactory
            {
                private readonly ApplicationConfiguration _config;

                public SessionFactory(ApplicationConfiguration config) => _config = config;

                public async Task<Session> OpenAsync()
                {
                    var endpoint = CoreClientUtils.SelectEndpoint(_config, "opc.tcp://«ip»:4840", useSecurity: true);
                    var configured = new ConfiguredEndpoint(null, endpoint, EndpointConfiguration.Create(_config));
                    var identity = new UserIdentity("«u»", «pw»);
                    return await Session.Create(_config, configured, false, "«a»-session", 60000, identity, null);
                }
            }
        }
        ''', ns=ns, ip=ip(r), u=user(r), a=asset(r), pw=q(v, "cs")))


@pos("opcua", "password", pw(), lang="go", var="OPCUA_PASSWORD")
def opcua_gopcua_go(r, v):
    return (r.choice(["internal/opc/client.go", "cmd/opc-poller/main.go"]), T('''
        package opc

        import (
        	"context"
        	"time"

        	"github.com/gopcua/opcua"
        	"github.com/gopcua/opcua/ua"
        )

        const endpoint = "opc.tcp://«ip»:4840"

        // Dial opens a signed and encrypted session to the «a» PLC gateway.
        func Dial(ctx context.Context) (*opcua.Client, error) {
        	opts := []opcua.Option{
        		opcua.SecurityPolicy(ua.SecurityPolicyURIBasic256Sha256),
        		opcua.SecurityModeString("SignAndEncrypt"),
        		opcua.CertificateFile("pki/own/cert.der"),
        		opcua.PrivateKeyFile("pki/own/key.pem"),
        		opcua.AuthUsername("«u»", «pw»),
        		opcua.RequestTimeout(5 * time.Second),
        	}
        	c, err := opcua.NewClient(endpoint, opts...)
        	if err != nil {
        		return nil, err
        	}
        	return c, c.Connect(ctx)
        }
        ''', ip=ip(r), a=asset(r), u=user(r), pw=q(v, "go")))


@pos("opcua", "password", pw(), lang="c", var="OPCUA_PASSWORD")
def opcua_open62541_c(r, v):
    return (r.choice(["src/ua_reader.c", "firmware/app/opcua_link.c"]), T('''
        #include <stdio.h>
        #include <open62541/client_config_default.h>
        #include <open62541/client_highlevel.h>

        #define SERVER_URL "opc.tcp://«ip»:4840"

        int ua_read_counter(UA_Int32 *out)
        {
            UA_Client *client = UA_Client_new();
            UA_ClientConfig_setDefault(UA_Client_getConfig(client));

            UA_StatusCode rc = UA_Client_connectUsername(client, SERVER_URL, "«u»", "«v»");
            if (rc != UA_STATUSCODE_GOOD) {
                fprintf(stderr, "connect failed: %s\\n", UA_StatusCode_name(rc));
                UA_Client_delete(client);
                return -1;
            }

            UA_Variant value;
            UA_Variant_init(&value);
            rc = UA_Client_readValueAttribute(client, UA_NODEID_STRING(2, "«a».GoodCount"), &value);
            if (rc == UA_STATUSCODE_GOOD && UA_Variant_hasScalarType(&value, &UA_TYPES[UA_TYPES_INT32])) {
                *out = *(UA_Int32 *)value.data;
            }
            UA_Variant_clear(&value);
            UA_Client_disconnect(client);
            UA_Client_delete(client);
            return rc == UA_STATUSCODE_GOOD ? 0 : -1;
        }
        ''', ip=ip(r), u=user(r), v=sv(v), a=Asset(r)))


@pos("opcua", "password", pw(), lang="js", var="OPCUA_PASSWORD")
def opcua_node_opcua_js(r, v):
    return (r.choice(["src/opcua/session.js", "lib/ua-session.js"]), T('''
        "use strict";

        const { OPCUAClient, MessageSecurityMode, SecurityPolicy, UserTokenType } = require("node-opcua");

        const endpointUrl = "opc.tcp://«ip»:4840";

        async function openSession() {
          const client = OPCUAClient.create({
            applicationName: "«a»-dashboard",
            securityMode: MessageSecurityMode.SignAndEncrypt,
            securityPolicy: SecurityPolicy.Basic256Sha256,
            endpointMustExist: false,
            connectionStrategy: { maxRetry: 5, initialDelay: 1000 },
          });
          await client.connect(endpointUrl);
          const session = await client.createSession({
            type: UserTokenType.UserName,
            userName: "«u»",
            password: «pw»,
          });
          return { client, session };
        }

        module.exports = { openSession };
        ''', ip=ip(r), a=asset(r), u=user(r), pw=q(v, "js")))


@pos("opcua", "private-key", g_pem_any, ctx="pem", var="OPCUA_PRIVATE_KEY")
def opcua_own_private_pem(r, v):
    return (r.choice(["pki/own/private/collector.pem", "opcua/pki/own/private/client_key.pem",
                      "certs/opcua/uaclient.key"]), sv(v) + "\n")


# ----------------------------------------------------------------- Ignition
@pos("ignition", "api-key", g_ign, ctx="plain", var="IGNITION_API_TOKEN", docs=["xxx", "<key>"])
def ignition_api_curl_sh(r, v):
    name = r.choice(["ci-deploy", "backup-job", "tagsync", "gitops", "ops_reader"])
    return (r.choice(["scripts/gateway-backup.sh", "ops/ignition/export_projects.sh"]), T('''
        #!/usr/bin/env bash
        # Nightly gateway backup for «s»; keeps 14 copies.
        set -euo pipefail

        GATEWAY="https://«h»:8043"
        OUT_DIR="/var/backups/ignition/$(date +%Y%m%d)"
        mkdir -p "$OUT_DIR"

        curl --fail --silent --show-error \\
          -H "X-Ignition-API-Token: «name»:«v»" \\
          -o "$OUT_DIR/gateway.gwbk" \\
          "$GATEWAY/data/api/v1/backup"

        find /var/backups/ignition -maxdepth 1 -type d -mtime +14 -exec rm -rf {} +
        ''', s=site(r), h=host(r, "ign"), name=name, v=sv(v)))


@pos("ignition", "api-key", g_ign, lang="py", var="IGNITION_API_TOKEN")
def ignition_api_py(r, v):
    name = r.choice(["tag-sync", "mes_bridge", "reporting", "auditor"])
    return (r.choice(["tools/ignition_client.py", "integrations/ignition/api.py"]), T('''
        """Thin wrapper around the Ignition 8.3 gateway REST API."""
        import requests

        GATEWAY = "https://«h»:8043"
        KEY_NAME = "«name»"
        IGNITION_API_TOKEN = «pw»


        def _headers():
            return {"X-Ignition-API-Token": f"{KEY_NAME}:{IGNITION_API_TOKEN}", "Accept": "application/json"}


        def gateway_info():
            resp = requests.get(f"{GATEWAY}/data/api/v1/gateway-info", headers=_headers(), timeout=10)
            resp.raise_for_status()
            return resp.json()


        def list_projects():
            resp = requests.get(f"{GATEWAY}/data/api/v1/projects/list", headers=_headers(), timeout=10)
            resp.raise_for_status()
            return [p["name"] for p in resp.json().get("items", [])]
        ''', h=host(r, "ign"), name=name, pw=q(v, "py")))


@pos("ignition", "password", pw("sh"), var="GATEWAY_ADMIN_PASSWORD")
def ignition_compose(r, v):
    return (r.choice(["docker-compose.yml", "ignition/docker-compose.yaml"]), T('''
        services:
          gateway:
            image: inductiveautomation/ignition:8.1.«p»
            hostname: «s»-gw
            ports:
              - "8088:8088"
              - "8043:8043"
            environment:
              ACCEPT_IGNITION_EULA: "Y"
              GATEWAY_ADMIN_USERNAME: admin
              GATEWAY_ADMIN_PASSWORD: "«v»"
              IGNITION_EDITION: standard
              TZ: Europe/Berlin
            volumes:
              - gw-data:/usr/local/bin/ignition/data
            command: >
              -n «s»-gw
              -m 2048
          db:
            image: postgres:16
            environment:
              POSTGRES_DB: ignition
              POSTGRES_USER: ignition
              POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
            secrets:
              - pg_password

        secrets:
          pg_password:
            file: ./secrets/pg_password.txt

        volumes:
          gw-data:
        ''', p=r.randint(30, 44), s=site(r), v=sv(v)))


@pos("ignition", "password", pw("conn"), lang="py", var="MES_DB_PASSWORD")
def ignition_dbconn_py(r, v):
    return (r.choice(["provisioning/create_db_connection.py", "gitops/ignition/db_connections.py"]), T('''
        import json

        import requests

        GATEWAY = "https://«h»:8043"


        def create_mes_connection(api_token: str) -> None:
            payload = {
                "name": "MES_DB",
                "description": "MES production schema («s»)",
                "profile": {"type": "MSSQL", "enabled": True},
                "settings": {
                    "connectURL": "jdbc:sqlserver://«db»:1433;databaseName=MES;encrypt=true",
                    "username": "ign_mes",
                    "password": «pw»,
                    "validationQuery": "SELECT 1",
                },
            }
            resp = requests.post(
                f"{GATEWAY}/data/api/v1/resources/ignition/database-connection",
                headers={"X-Ignition-API-Token": api_token, "Content-Type": "application/json"},
                data=json.dumps([payload]),
                timeout=15,
            )
            resp.raise_for_status()
        ''', h=host(r, "ign"), s=site(r), db=host(r, "sql"), pw=q(v, "py")))


@pos("influxdb", "api-token", g_influx2, lang="jy", var="INFLUX_TOKEN", docs=["YOUR_API_TOKEN", "API_TOKEN"])
def ignition_jython_influx(r, v):
    a = Asset(r)
    return ("ignition/projects/%s_Integrations/ignition/script-python/influx/push/code.py" % site(r).title(), T('''
        # Gateway timer script: forwards selected tags to InfluxDB every 10 s.
        import system

        INFLUX_URL = "https://«h»:8086/api/v2/write?org=«c»&bucket=plant&precision=ms"
        TOKEN = «pw»
        TAGS = ["[default]«a»/«s1»", "[default]«a»/«s2»", "[default]«a»/«s3»"]


        def push():
            values = system.tag.readBlocking(TAGS)
            now = system.date.toMillis(system.date.now())
            lines = []
            for path, qv in zip(TAGS, values):
                if qv.quality.isGood():
                    field = path.split("/")[-1]
                    lines.append("«a_l»,site=«st» %s=%s %d" % (field, qv.value, now))
            if lines:
                system.net.httpPost(
                    INFLUX_URL,
                    "text/plain; charset=utf-8",
                    "\\n".join(lines),
                    headerValues={"Authorization": "Token " + TOKEN},
                )
        ''', h=host(r, "influx"), c=corp(r), pw=q(v, "jy"), a=a, a_l=a.lower(), st=site(r),
             s1=SIGNALS[0], s2=r.choice(SIGNALS[1:9]), s3=r.choice(SIGNALS[9:])))


# ----------------------------------------------------------------- Kepware
@pos("kepware", "password", pw(), lang="py", var="KEPWARE_PASSWORD")
def kepware_config_api_py(r, v):
    return (r.choice(["tools/kepware/sync_channels.py", "kep/config_api.py"]), T('''
        import requests

        BASE = "https://«h»:57512/config/v1/project"
        session = requests.Session()
        session.auth = ("«u»", «pw»)
        session.verify = "certs/kepware-ca.pem"


        def channels():
            return [c["common.ALLTYPES_NAME"] for c in session.get(f"{BASE}/channels", timeout=10).json()]


        def add_modbus_channel(name: str, ip: str) -> None:
            body = {
                "common.ALLTYPES_NAME": name,
                "servermain.MULTIPLE_TYPES_DEVICE_DRIVER": "Modbus TCP/IP Ethernet",
            }
            session.post(f"{BASE}/channels", json=body, timeout=10).raise_for_status()
            device = {"common.ALLTYPES_NAME": "PLC1", "servermain.DEVICE_ID_STRING": f"<{ip}>.0"}
            session.post(f"{BASE}/channels/{name}/devices", json=device, timeout=10).raise_for_status()
        ''', h=host(r, "kep"), u=r.choice(["Administrator", "cfg_api", "kep-automation"]), pw=q(v, "py")))


@pos("kepware", "mqtt-password", pw("conn"), var="MQTT_CLIENT_PASSWORD")
def kepware_iotgw_json(r, v):
    return (r.choice(["kepware/iot_gateway/mqtt_agent.json", "config/kep-agents/%s.json" % asset(r)]), T('''
        {
          "common.ALLTYPES_NAME": "«a»_mqtt",
          "common.ALLTYPES_DESCRIPTION": "Publishes «a» tags to the site broker",
          "iot_gateway.AGENTTYPES_TYPE": "MQTT Client",
          "iot_gateway.AGENTTYPES_ENABLED": true,
          "iot_gateway.MQTT_CLIENT_URL": "ssl://«h»:8883",
          "iot_gateway.MQTT_CLIENT_TOPIC": "«s»/«a»/telemetry",
          "iot_gateway.MQTT_CLIENT_QOS": 1,
          "iot_gateway.AGENTTYPES_RATE_MS": 1000,
          "iot_gateway.MQTT_CLIENT_CLIENT_ID": "kep-«a»",
          "iot_gateway.MQTT_CLIENT_USERNAME": "«u»",
          "iot_gateway.MQTT_CLIENT_PASSWORD": "«v»",
          "iot_gateway.MQTT_TLS_VERSION": 3
        }
        ''', a=asset(r), h=host(r, "mqtt"), s=site(r), u=user(r), v=sv(v)))


@pos("kepware", "password", pw("sh"), lang="ps1", var="KEP_PASSWORD")
def kepware_ps1(r, v):
    return (r.choice(["scripts/Export-KepProject.ps1", "ops/kepware/Save-Project.ps1"]), T('''
        # Saves the running KEPServerEX project and copies it to the share.
        param(
            [string]$Server = "«h»",
            [string]$Share = "\\\\«fs»\\ot-backups\\kepware"
        )

        $user = "«u»"
        $pass = ConvertTo-SecureString «pw» -AsPlainText -Force
        $cred = New-Object System.Management.Automation.PSCredential($user, $pass)

        $body = @{ "common.ALLTYPES_NAME" = "ProjectSave"; "servermain.PROJECT_FILENAME" = "backup_$(Get-Date -Format yyyyMMdd).opf" } | ConvertTo-Json
        Invoke-RestMethod -Method Put -Uri "https://$($Server):57512/config/v1/project/services/ProjectSave" `
            -Credential $cred -Body $body -ContentType "application/json"

        Copy-Item "C:\\ProgramData\\Kepware\\KEPServerEX\\V6\\user_data\\*.opf" $Share -Force
        ''', h=host(r, "kep"), fs=host(r, "fs").split(".")[0], u=user(r), pw=q(v, "ps1")))


# ----------------------------------------------------------------- ThingWorx
@pos("thingworx", "app-key", g_uuid, lang="js", var="TWX_APP_KEY",
     docs=["64b879ae-2455-4d8d-b840-5f5541a799ae", "1CB45438-0000-0000-B95C-892762FD0000"])
def thingworx_fetch_js(r, v):
    thing = "%s_%s" % (Asset(r), r.choice(["Thing", "Asset", "Twin"]))
    return (r.choice(["src/thingworx.js", "services/twx/client.js"]), T('''
        const TWX = "https://«h»/Thingworx";

        async function setProperty(name, value) {
          const res = await fetch(`${TWX}/Things/«thing»/Properties/${name}`, {
            method: "PUT",
            headers: {
              appKey: «pw»,
              "Content-Type": "application/json",
              Accept: "application/json",
            },
            body: JSON.stringify({ [name]: value }),
          });
          if (!res.ok) {
            throw new Error(`ThingWorx ${res.status}`);
          }
        }

        module.exports = { setProperty };
        ''', h=host(r, "twx"), thing=thing, pw=q(v, "js", "'")))


@pos("thingworx", "app-key", g_uuid, lang="java", var="TWX_APP_KEY",
     docs=["64b879ae-2455-4d8d-b840-5f5541a799ae"])
def thingworx_edge_java(r, v):
    return ("src/main/java/com/%s/edge/EdgeMain.java" % corp(r).replace("-", ""), T('''
        package com.«pkg».edge;

        import com.thingworx.communications.client.ClientConfigurator;
        import com.thingworx.communications.client.ConnectedThingClient;

        public class EdgeMain {
            public static void main(String[] args) throws Exception {
                ClientConfigurator config = new ClientConfigurator();
                config.setUri("wss://«h»:443/Thingworx/WS");
                config.setReconnectInterval(15);
                config.setAppKey(«pw»);
                config.ignoreSSLErrors(false);

                ConnectedThingClient client = new ConnectedThingClient(config);
                client.bindThing(new LineThing("«a»", "«a» line twin", client));
                client.start();
                while (!client.isShutdown()) {
                    Thread.sleep(5000);
                }
            }
        }
        ''', pkg=corp(r).replace("-", ""), h=host(r, "twx"), a=Asset(r), pw=q(v, "java")))


@pos("thingworx", "app-key", g_uuid, ctx="url", var="TWX_APP_KEY")
def thingworx_url_md(r, v):
    a = Asset(r)
    return (r.choice(["docs/thingworx-dashboard.md", "README.md", "docs/runbooks/twx-mashup.md"]), T('''
        # «a» dashboard (ThingWorx)

        The «s» shift leads open the mashup on the wall screens in kiosk mode.
        Bookmark used on the screens (session enabled so the mashup keeps working):

            https://«h»/Thingworx/Runtime/index.html?appKey=«v»&x-thingworx-session=true#mashup=«a»_Overview

        ## Troubleshooting

        * Blank screen: check that the `«a»_Thing` is bound to the edge agent.
        * 401 in the browser console: the screen user lost access to the project.
        * Values frozen: restart the `twx-edge` service on the line PC.
        ''', a=a, s=site(r), h=host(r, "twx"), v=sv(v)))


@pos("thingworx", "app-key", g_uuid, var="appKey")
def thingworx_helm_values(r, v):
    return (r.choice(["deploy/twx-connector/values.yaml", "charts/edge-connector/values-prod.yaml"]), T('''
        replicaCount: 1
        image:
          repository: registry.«c».internal/ot/twx-connector
          tag: "«ver»"
        thingworx:
          url: https://«h»/Thingworx
          appKey: "«v»"
          thingTemplate: «c2»_LineTemplate
          pushIntervalSeconds: 5
        resources:
          limits:
            cpu: 500m
            memory: 256Mi
        nodeSelector:
          ot.«c».io/zone: level3
        ''', c=corp(r), ver="%d.%d.%d" % (r.randint(1, 3), r.randint(0, 12), r.randint(0, 9)),
             h=host(r, "twx"), v=sv(v), c2=corp(r).replace("-", "").title()))


@pos("thingworx", "app-key", g_uuid, var="AppKey")
def thingworx_ini(r, v):
    return (r.choice(["config/twx_connector.ini", "etc/pi2twx.ini"]), T('''
        ; PI -> ThingWorx connector
        [General]
        LogLevel = INFO
        PollSeconds = 10

        [ThingWorx]
        Server = https://«h»
        AppKey = «v»
        Template = PiMirroredThing
        Project = «s»_Connectors

        [PI]
        Server = «pi»
        AFDatabase = «s»-Production
        '''.replace("«s»", site(r).title()), h=host(r, "twx"), v=sv(v), pi=host(r, "pi").split(".")[0].upper()))


# ----------------------------------------------------------------- Insights Hub
@pos("siemens-insights-hub", "client-secret", g_mdsp_secret, lang="py", var="MDSP_KEY_STORE_CLIENT_SECRET")
def mdsp_appcreds_py(r, v):
    app = r.choice(["energymon", "oeeboard", "kpicalc", "shiftreport"])
    ht = r.choice(["acme", "nordwerk", "kestrel", "vanta"]) + "dev"
    return ("app/%s/credentials.py" % app, T('''
        from mindsphere_core import AppCredentials, ClientConfig
        from assetmanagement.clients import AssetsClient

        config = ClientConfig(timeout=30)

        credentials = AppCredentials(
            app_name="«app»",
            app_version="«ver»",
            host_tenant="«ht»",
            user_tenant="«ht»",
            key_store_client_id="«ht»-«app»-«ver»",
            key_store_client_secret=«pw»,
        )

        assets = AssetsClient(rest_client_config=config, mindsphere_credentials=credentials)
        ''', app=app, ver="v%d.%d.%d" % (r.randint(1, 3), r.randint(0, 9), r.randint(0, 9)), ht=ht,
             pw=q(v, "py")))


@pos("siemens-insights-hub", "client-secret", g_mdsp_secret, var="MDSP_KEY_STORE_CLIENT_SECRET")
def mdsp_cf_manifest(r, v):
    app = r.choice(["energymon", "oeeboard", "kpicalc", "shiftreport"])
    ht = r.choice(["acme", "nordwerk", "kestrel", "vanta"]) + "prod"
    return ("manifest.yml", T('''
        ---
        applications:
          - name: «app»
            instances: 1
            memory: 512M
            buildpacks:
              - python_buildpack
            command: gunicorn app:server --bind 0.0.0.0:$PORT
            env:
              MDSP_OS_VM_APP_NAME: «app»
              MDSP_OS_VM_APP_VERSION: "«ver»"
              MDSP_HOST_TENANT: «ht»
              MDSP_KEY_STORE_CLIENT_ID: «ht»-«app»-«ver»
              MDSP_KEY_STORE_CLIENT_SECRET: "«v»"
        ''', app=app, ver="%d.%d.%d" % (r.randint(1, 3), r.randint(0, 9), r.randint(0, 9)), ht=ht, v=sv(v)))


@pos("siemens-insights-hub", "client-secret", g_mdsp_secret, var="client-secret")
def mdsp_properties(r, v):
    t = r.choice(["acme", "nordwerk", "kestrel", "vanta"]) + r.choice(["prod", "qa"])
    return ("src/main/resources/application-%s.properties" % r.choice(["prod", "plant"]), T('''
        server.port=8080
        spring.application.name=asset-sync
        management.endpoints.web.exposure.include=health,info

        insightshub.gateway-url=https://gateway.eu1.mindsphere.io
        insightshub.tenant=«t»
        insightshub.tenant-credentials.client-id=«t»-svc-assetsync
        insightshub.tenant-credentials.client-secret=«v»
        insightshub.sync.cron=0 */15 * * * *
        ''', t=t, v=sv(v)))


# ----------------------------------------------------------------- AVEVA PI Web API
@pos("aveva-pi", "password", pw(), lang="py", var="PI_PASSWORD")
def pi_basic_py(r, v):
    return (r.choice(["historian/piwebapi.py", "etl/pi_extract.py"]), T('''
        import requests
        from requests.auth import HTTPBasicAuth

        PIWEBAPI = "https://«h»/piwebapi"

        session = requests.Session()
        session.auth = HTTPBasicAuth("«dom»\\\\«u»", «pw»)
        session.headers.update({"X-Requested-With": "XmlHttpRequest"})


        def recorded(web_id: str, start: str = "*-8h", end: str = "*"):
            url = f"{PIWEBAPI}/streams/{web_id}/recorded"
            resp = session.get(url, params={"startTime": start, "endTime": end, "maxCount": 10000}, timeout=30)
            resp.raise_for_status()
            return resp.json()["Items"]
        ''', h=host(r, "piweb"), dom=corp(r).split("-")[0].upper(), u=user(r), pw=q(v, "py")))


@pos("aveva-pi", "basic-auth", lambda r: basic_b64("%s\\%s" % (corp(r).split("-")[0].upper(), user(r)), password(r)),
     var="PI_BASIC_AUTH")
def pi_basic_header_sh(r, v):
    return (r.choice(["scripts/pi_health.sh", "ops/check_piwebapi.sh"]), T('''
        #!/bin/sh
        # Zabbix external check: exit 0 when PI Web API answers and the data server is connected.
        HOST=«h»
        resp=$(curl -s -o /dev/null -w '%{http_code}' \\
          -H "Authorization: Basic «v»" \\
          -H "X-Requested-With: XmlHttpRequest" \\
          "https://$HOST/piwebapi/dataservers")
        [ "$resp" = "200" ] || { echo "PI Web API returned $resp"; exit 2; }
        echo OK
        ''', h=host(r, "piweb"), v=sv(v)))


@pos("aveva-pi", "password", pw(), lang="cs", var="PI_PASSWORD")
def pi_csharp(r, v):
    return (r.choice(["src/PiBridge/PiWebClient.cs", "Historian/PiWebApiClient.cs"]), T('''
        using System;
        using System.Net;
        using System.Net.Http;

        namespace PiBridge
        {
            public static class PiWebClient
            {
                public static HttpClient Create()
                {
                    var handler = new HttpClientHandler
                    {
                        Credentials = new NetworkCredential("«u»", «pw», "«dom»"),
                        PreAuthenticate = true,
                    };
                    var client = new HttpClient(handler) { BaseAddress = new Uri("https://«h»/piwebapi/") };
                    client.DefaultRequestHeaders.Add("X-Requested-With", "XmlHttpRequest");
                    return client;
                }
            }
        }
        ''', u=user(r), dom=corp(r).split("-")[0].upper(), h=host(r, "piweb"), pw=q(v, "cs")))


@pos("aveva-pi", "password", pw(), var="password")
def pi_ini(r, v):
    return (r.choice(["conf/pi_connector.ini", "etc/historian-export.ini"]), T('''
        [piwebapi]
        url = https://«h»/piwebapi
        verify_tls = true
        username = «dom»\\«u»
        password = «v»
        batch_size = 500

        [export]
        target = s3://«c»-historian-archive/«s»/
        tags_file = tags/«s».csv
        interval = 15m
        ''', h=host(r, "piweb"), dom=corp(r).split("-")[0].upper(), u=user(r), v=sv(v), c=corp(r), s=site(r)))


# ----------------------------------------------------------------- Litmus
@pos("litmus", "api-token", g_litmus, lang="py", var="LEM_TOKEN", docs=["zZA82pIo70xzsrwmSl1f0P6DSfvuZgo1"])
def litmus_lem_py(r, v):
    return (r.choice(["automation/lem_deploy.py", "ci/litmus/rollout.py"]), T('''
        import sys

        import requests

        LEM = "https://«h»"
        HEADERS = {"X-AuthToken": «pw», "Accept": "application/json"}


        def devices(project_id: str):
            r = requests.get(f"{LEM}/api/v1/projects/{project_id}/devices", headers=HEADERS, timeout=20)
            r.raise_for_status()
            return r.json()


        if __name__ == "__main__":
            for d in devices(sys.argv[1]):
                print(d["id"], d["name"], d.get("status"))
        ''', h=host(r, "lem"), pw=q(v, "py")))


@pos("litmus", "client-secret", g_litmus_oauth, var="client_secret")
def litmus_oauth_yaml(r, v):
    return (r.choice(["config/litmus-edge.yaml", "deploy/analytics/litmus.yml"]), T('''
        litmus_edge:
          url: https://«ip»:8443
          token_endpoint: /auth/v3/oauth/token
          client_id: «cid»
          client_secret: "«v»"
          verify_tls: false   # self-signed on the edge box
        export:
          devicehub_tags:
            - «a».«s1»
            - «a».«s2»
          interval_seconds: 30
        ''', ip=ip(r), cid=uuid4(r), v=sv(v), a=asset(r), s1=r.choice(SIGNALS), s2=r.choice(SIGNALS)))


# ----------------------------------------------------------------- MQTT brokers / clients
@pos("hivemq", "mqtt-password", pw(), lang="py", var="MQTT_PASSWORD")
def mqtt_paho_py(r, v):
    cl = "%s-%s" % (site(r), asset(r))
    return (r.choice(["edge/publisher.py", "gateway/mqtt_out.py", "src/uplink/mqtt.py"]), T('''
        import json
        import ssl
        import time

        import paho.mqtt.client as mqtt

        BROKER = "«b»"
        TOPIC = "«s»/«a»/telemetry"


        def make_client() -> mqtt.Client:
            client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="«cl»")
            client.tls_set(cert_reqs=ssl.CERT_REQUIRED)
            client.username_pw_set("«u»", «pw»)
            client.reconnect_delay_set(min_delay=1, max_delay=60)
            client.connect(BROKER, 8883, keepalive=30)
            return client


        def publish_forever(read_values):
            client = make_client()
            client.loop_start()
            while True:
                client.publish(TOPIC, json.dumps(read_values()), qos=1)
                time.sleep(«iv»)
        ''', b="%s.s1.eu.hivemq.cloud" % hexs(r, 32), s=site(r), a=asset(r), cl=cl, u=user(r),
             pw=q(v, "py"), iv=r.choice([1, 2, 5, 10])))


@pos("hivemq", "mqtt-password", pw(), lang="js", var="MQTT_PASSWORD")
def mqtt_js_hivemq(r, v):
    return (r.choice(["src/mqtt.js", "server/broker.js"]), T('''
        import mqtt from "mqtt";

        const url = "mqtts://«b»:8883";

        export const client = mqtt.connect(url, {
          clientId: "andon-board-" + Math.random().toString(16).slice(2, 8),
          username: "«u»",
          password: «pw»,
          clean: true,
          reconnectPeriod: 2000,
        });

        client.on("connect", () => client.subscribe("«s»/+/andon/#", { qos: 1 }));
        client.on("error", (err) => console.error("mqtt error", err.message));
        ''', b="%s.s2.eu.hivemq.cloud" % hexs(r, 32), u=user(r), pw=q(v, "js", "'"), s=site(r)))


@pos("mosquitto", "mqtt-password", pw("sh"), var="remote_password")
def mosquitto_bridge_conf(r, v):
    return (r.choice(["mosquitto/conf.d/bridge.conf", "etc/mosquitto/conf.d/cloud-bridge.conf"]), T('''
        # Bridge the line broker to the central broker.
        connection «s»-to-central
        address «h»:8883
        bridge_protocol_version mqttv311
        bridge_cafile /etc/mosquitto/certs/ca.crt
        remote_clientid «s»-edge-bridge
        remote_username «u»
        remote_password «v»
        cleansession false
        try_private true
        topic «s»/+/telemetry out 1
        topic «s»/+/commands in 1
        ''', s=site(r), h=host(r, "mqtt"), u=user(r), v=sv(v)))


@pos("emqx", "api-secret", g_emqx_secret, var="EMQX_API_SECRET")
def emqx_api_sh(r, v):
    key = hexs(r, 16)
    return (r.choice(["scripts/emqx_kick_stale.sh", "ops/emqx/list_clients.sh"]), T('''
        #!/usr/bin/env bash
        # Lists disconnected persistent sessions older than 7 days and removes them.
        set -eu
        API="http://«h»:18083/api/v5"
        AUTH="«key»:«v»"

        curl -s -u "$AUTH" "$API/clients?conn_state=disconnected&limit=1000" \\
          | jq -r '.data[] | select(.disconnected_at < (now - 604800 | todate)) | .clientid' \\
          | while read -r cid; do
              curl -s -u "$AUTH" -X DELETE "$API/clients/$cid" >/dev/null
              echo "removed $cid"
            done
        ''', h=host(r, "emqx"), key=key, v=sv(v)))


@pos("emqx", "password", pw(), var="dashboard.default_password", docs=["public"])
def emqx_hocon(r, v):
    return (r.choice(["emqx/etc/emqx.conf", "deploy/emqx/emqx.conf"]), T('''
        node {
          name = "emqx@«h»"
          data_dir = "data"
        }

        cluster {
          name = «s»
          discovery_strategy = static
        }

        dashboard {
          listeners.http.bind = 18083
          default_username = "admin"
          default_password = "«v»"
        }

        listeners.ssl.default {
          bind = "0.0.0.0:8883"
          ssl_options {
            certfile = "etc/certs/broker.crt"
            keyfile = "etc/certs/broker.key"
            cacertfile = "etc/certs/ca.crt"
          }
        }
        ''', h=host(r, "emqx"), s=site(r), v=sv(v)))


@pos("mqtt", "mqtt-password", pw(), lang="c", var="MQTT_PASSWORD")
def mqtt_paho_c(r, v):
    return (r.choice(["firmware/src/net_mqtt.c", "gateway/mqtt_link.c"]), T('''
        #include <string.h>
        #include "MQTTClient.h"

        #define ADDRESS   "ssl://«h»:8883"
        #define CLIENTID  "«cl»"
        #define QOS       1

        static MQTTClient client;

        int mqtt_link_open(void)
        {
            MQTTClient_connectOptions conn_opts = MQTTClient_connectOptions_initializer;
            MQTTClient_SSLOptions ssl_opts = MQTTClient_SSLOptions_initializer;
            int rc;

            MQTTClient_create(&client, ADDRESS, CLIENTID, MQTTCLIENT_PERSISTENCE_NONE, NULL);
            ssl_opts.trustStore = "/etc/ssl/certs/plant-ca.pem";
            conn_opts.keepAliveInterval = 20;
            conn_opts.cleansession = 1;
            conn_opts.username = "«u»";
            conn_opts.password = "«v»";
            conn_opts.ssl = &ssl_opts;

            if ((rc = MQTTClient_connect(client, &conn_opts)) != MQTTCLIENT_SUCCESS) {
                return rc;
            }
            return MQTTClient_subscribe(client, "«s»/cmd/«cl»", QOS);
        }
        ''', h=host(r, "mqtt"), cl="gw-%s" % hexs(r, 6), u=user(r), v=sv(v), s=site(r)))


@pos("mqtt", "mqtt-password", pw(), lang="go", var="MQTT_PASSWORD")
def mqtt_paho_go(r, v):
    return (r.choice(["internal/uplink/mqtt.go", "pkg/broker/client.go"]), T('''
        package uplink

        import (
        	"crypto/tls"
        	"time"

        	mqtt "github.com/eclipse/paho.mqtt.golang"
        )

        func NewClient(clientID string) mqtt.Client {
        	opts := mqtt.NewClientOptions().
        		AddBroker("tls://«h»:8883").
        		SetClientID(clientID).
        		SetUsername("«u»").
        		SetPassword(«pw»).
        		SetTLSConfig(&tls.Config{MinVersion: tls.VersionTLS12}).
        		SetAutoReconnect(true).
        		SetConnectRetryInterval(5 * time.Second)
        	return mqtt.NewClient(opts)
        }
        ''', h=host(r, "mqtt"), u=user(r), pw=q(v, "go")))


@pos("mqtt", "mqtt-password", pw(), var="password")
def telegraf_mqtt_toml(r, v):
    return (r.choice(["telegraf/telegraf.d/mqtt_consumer.conf", "etc/telegraf/inputs-mqtt.conf"]), T('''
        [[inputs.mqtt_consumer]]
          servers = ["ssl://«h»:8883"]
          topics = [
            "«s»/+/telemetry",
            "«s»/+/status",
          ]
          qos = 1
          client_id = "telegraf-«s»"
          username = "«u»"
          password = "«v»"
          tls_ca = "/etc/telegraf/ca.pem"
          data_format = "json_v2"

          [[inputs.mqtt_consumer.json_v2]]
            measurement_name = "line"
            [[inputs.mqtt_consumer.json_v2.field]]
              path = "«f»"
              type = "float"
        ''', h=host(r, "mqtt"), s=site(r), u=user(r), v=sv(v), f=r.choice(SIGNALS).lower()))


@pos("mqtt", "mqtt-password", pw("none"), var="sPassword")
def plc_st_mqtt(r, v):
    return (r.choice(["plc/GVL_Mqtt.st", "PLC/Application/GVLs/GVL_Uplink.st"]), T('''
        (* Global variables for the MQTT uplink of the «a» cell *)
        VAR_GLOBAL
            sBrokerHost   : STRING(80) := '«h»';
            uiBrokerPort  : UINT := 8883;
            sClientId     : STRING(32) := '«a»_PLC';
            sUserName     : STRING(32) := '«u»';
            sPassword     : STRING(64) := '«v»';
            tPublishCycle : TIME := T#1S;
            bUplinkEnable : BOOL := TRUE;
            stTelemetry   : ST_Telemetry;
        END_VAR
        ''', a=Asset(r), h=host(r, "mqtt"), u=user(r), v=sv(v)))


@pos("mqtt", "mqtt-password", pw(), var="MQTT_PASSWORD")
def k8s_secret_mqtt(r, v):
    return (r.choice(["k8s/uplink-secret.yaml", "deploy/base/mqtt-credentials.yaml"]), T('''
        apiVersion: v1
        kind: Secret
        metadata:
          name: mqtt-uplink
          namespace: ot-«s»
          labels:
            app.kubernetes.io/part-of: plant-uplink
        type: Opaque
        stringData:
          MQTT_HOST: «h»
          MQTT_PORT: "8883"
          MQTT_USERNAME: «u»
          MQTT_PASSWORD: "«v»"
        ''', s=site(r), h=host(r, "mqtt"), u=user(r), v=sv(v)))


@pos("mqtt", "mqtt-password", pw("sh"), var="BROKER_PASS")
def systemd_unit(r, v):
    return (r.choice(["deploy/systemd/modbus-bridge.service", "packaging/line-collector.service"]), T('''
        [Unit]
        Description=Modbus to MQTT bridge («a»)
        After=network-online.target
        Wants=network-online.target

        [Service]
        Type=simple
        User=collector
        Environment=BROKER_URL=ssl://«h»:8883
        Environment=BROKER_USER=«u»
        Environment=BROKER_PASS=«v»
        Environment=MODBUS_TARGET=«ip»:502
        ExecStart=/opt/collector/bin/modbus-bridge --config /etc/collector/«a».yaml
        Restart=on-failure
        RestartSec=5

        [Install]
        WantedBy=multi-user.target
        ''', a=asset(r), h=host(r, "mqtt"), u=user(r), v=sv(v), ip=ip(r)))


@pos("node-red", "mqtt-password", pw(), var="password")
def nodered_flows_cred(r, v):
    bid = hexs(r, 16)
    return (r.choice(["node-red/flows_cred.json", ".node-red/flows_line2_cred.json"]),
            json.dumps({bid: {"user": user(r), "password": sv(v)}}, indent=4) + "\n")


@pos("node-red", "encryption-key", g_nr_secret, lang="js", var="NODE_RED_CREDENTIAL_SECRET",
     docs=["a-secret-key"])
def nodered_settings_js(r, v):
    return (r.choice(["node-red/settings.js", "data/settings.js"]), T('''
        module.exports = {
            flowFile: "flows.json",
            flowFilePretty: true,

            // Credentials in flows_cred.json are encrypted with this key.
            credentialSecret: «pw»,

            uiPort: process.env.PORT || 1880,
            mqttReconnectTime: 15000,
            serialReconnectTime: 15000,
            debugMaxLength: 1000,

            functionGlobalContext: {
                os: require("os"),
            },

            logging: {
                console: { level: "info", metrics: false, audit: false },
            },

            editorTheme: {
                projects: { enabled: false },
                page: { title: "«s» line «n» flows" },
            },
        };
        ''', pw=q(v, "js"), s=site(r), n=r.randint(1, 9)))


@pos("influxdb", "api-token", g_influx2, var="INFLUX_TOKEN", docs=["YOUR_API_TOKEN"])
def nodered_function_influx(r, v):
    nid = lambda: hexs(r, 16)
    tab, f1, f2, f3 = nid(), nid(), nid(), nid()
    func = ('const token = "%s";\nmsg.url = "https://%s:8086/api/v2/write?org=%s&bucket=line&precision=s";\n'
            'msg.headers = { "Authorization": "Token " + token, "Content-Type": "text/plain" };\n'
            'msg.payload = `%s,line=%s temp=${msg.payload.temp},speed=${msg.payload.speed}`;\nreturn msg;'
            % (sv(v), host(r, "influx"), corp(r), asset(r).split("-")[0], site(r)))
    flow = [
        {"id": tab, "type": "tab", "label": "%s uplink" % Asset(r), "disabled": False, "info": ""},
        {"id": f1, "type": "mqtt in", "z": tab, "name": "line telemetry", "topic": "%s/+/telemetry" % site(r),
         "qos": "1", "datatype": "json", "broker": hexs(r, 16), "x": 140, "y": 120, "wires": [[f2]]},
        {"id": f2, "type": "function", "z": tab, "name": "to line protocol", "func": func, "outputs": 1,
         "noerr": 0, "x": 360, "y": 120, "wires": [[f3]]},
        {"id": f3, "type": "http request", "z": tab, "name": "influx write", "method": "POST", "ret": "txt",
         "url": "", "tls": "", "x": 570, "y": 120, "wires": [[]]},
    ]
    return (r.choice(["node-red/flows.json", "flows/line_uplink.json"]), json.dumps(flow, indent=4) + "\n")


# ----------------------------------------------------------------- Azure IoT
def hub(r):
    return "%s-%s-iothub" % (corp(r).split("-")[0], site(r))


def devid(r):
    return r.choice(["%s-%s" % (site(r), asset(r)), "edge-%s" % hexs(r, 6), "gw-%s-%02d" % (site(r), r.randint(1, 30))])


@pos("azure-iot", "device-key", g_key32, ctx="conn", var="IOTHUB_DEVICE_CONNECTION_STRING",
     docs=["[Device key goes here]", "<your device key>"])
def az_device_connstr_py(r, v):
    return (r.choice(["device/main.py", "edge_agent/send_telemetry.py", "src/azure_uplink.py"]), T('''
        import asyncio
        import json
        import random

        from azure.iot.device import Message
        from azure.iot.device.aio import IoTHubDeviceClient

        CONNECTION_STRING = "HostName=«hub».azure-devices.net;DeviceId=«d»;SharedAccessKey=«v»"


        async def main():
            client = IoTHubDeviceClient.create_from_connection_string(CONNECTION_STRING)
            await client.connect()
            try:
                while True:
                    body = {"temperature": 20 + random.random() * 5, "state": "RUN"}
                    msg = Message(json.dumps(body), content_encoding="utf-8", content_type="application/json")
                    await client.send_message(msg)
                    await asyncio.sleep(«iv»)
            finally:
                await client.shutdown()


        if __name__ == "__main__":
            asyncio.run(main())
        ''', hub=hub(r), d=devid(r), v=sv(v), iv=r.choice([5, 10, 30])))


@pos("azure-iot", "device-key", g_key32, ctx="conn", var="DeviceConnectionString")
def az_device_connstr_cs(r, v):
    return (r.choice(["src/Gateway/Program.cs", "DeviceSim/Program.cs"]), T('''
        using System;
        using System.Text;
        using System.Threading.Tasks;
        using Microsoft.Azure.Devices.Client;

        internal static class Program
        {
            private static async Task Main()
            {
                using var device = DeviceClient.CreateFromConnectionString(
                    "HostName=«hub».azure-devices.net;DeviceId=«d»;SharedAccessKey=«v»",
                    TransportType.Mqtt);

                await device.OpenAsync();
                var payload = Encoding.UTF8.GetBytes("{\\"state\\":\\"RUN\\",\\"oee\\":0.81}");
                await device.SendEventAsync(new Message(payload) { ContentType = "application/json", ContentEncoding = "utf-8" });
                Console.WriteLine("sent");
            }
        }
        ''', hub=hub(r), d=devid(r), v=sv(v)))


@pos("azure-iot", "service-key", g_key32, ctx="conn", var="IoTHubConnectionString")
def az_service_connstr_json(r, v):
    return (r.choice(["src/FleetApi/appsettings.Production.json", "appsettings.json"]), T('''
        {
          "Logging": {
            "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
          },
          "AllowedHosts": "*",
          "IoTHub": {
            "ConnectionString": "HostName=«hub».azure-devices.net;SharedAccessKeyName=«pol»;SharedAccessKey=«v»",
            "DefaultModule": "opcpublisher",
            "C2DTimeoutSeconds": 30
          },
          "Fleet": { "Site": "«s»", "PageSize": 100 }
        }
        ''', hub=hub(r), pol=r.choice(["iothubowner", "service", "registryReadWrite"]), v=sv(v), s=site(r)))


@pos("azure-iot", "service-key", g_key32, ctx="conn", var="EVENTHUB_CONNECTION")
def az_eventhub_compat_yaml(r, v):
    ns = "ihsuprod%s%dres%03d" % (r.choice(["am", "db", "bl", "sn"]), r.randint(1, 9), r.randint(1, 999))
    return (r.choice(["deploy/stream-processor/config.yaml", "config/ingest.yml"]), T('''
        ingest:
          source: iothub-builtin
          consumer_group: «cg»
          connection: "Endpoint=sb://«ns».servicebus.windows.net/;SharedAccessKeyName=service;SharedAccessKey=«v»;EntityPath=«hub»"
          checkpoint_store:
            account_url: https://«acct».blob.core.windows.net
            container: checkpoints
        sink:
          type: timescaledb
          table: telemetry_raw
          batch_size: 2000
        ''', cg=r.choice(["stream-proc", "analytics", "$Default"]), ns=ns, v=sv(v), hub=hub(r),
             acct=corp(r).replace("-", "")[:14] + "ckpt"))


@pos("azure-iot", "symmetric-key", g_key32, lang="c", var="DPS_DEVICE_KEY")
def az_dps_c(r, v):
    return (r.choice(["app/provisioning.c", "firmware/azure/dps_client.c"]), T('''
        #include "azure_prov_client/prov_device_ll_client.h"
        #include "azure_prov_client/prov_security_factory.h"
        #include "azure_prov_client/prov_transport_mqtt_client.h"

        static const char* global_prov_uri = "global.azure-devices-provisioning.net";
        static const char* id_scope = "0ne«scope»";
        static const char* registration_id = "«d»";

        int provision_device(void)
        {
            prov_dev_security_init(SECURE_DEVICE_TYPE_SYMMETRIC_KEY);
            prov_dev_set_symmetric_key_info(registration_id, "«v»");

            PROV_DEVICE_LL_HANDLE handle = Prov_Device_LL_Create(global_prov_uri, id_scope, Prov_Device_MQTT_Protocol);
            if (handle == NULL) {
                return -1;
            }
            return register_and_wait(handle);
        }
        ''', scope=hexs(r, 8, upper=True), d=devid(r), v=sv(v)))


@pos("azure-iot", "symmetric-key", g_key32, lang="py", var="PROVISIONING_SYMMETRIC_KEY")
def az_dps_py(r, v):
    return (r.choice(["provision.py", "device/bootstrap_dps.py"]), T('''
        import asyncio

        from azure.iot.device.aio import IoTHubDeviceClient, ProvisioningDeviceClient

        PROVISIONING_HOST = "global.azure-devices-provisioning.net"
        ID_SCOPE = "0ne«scope»"
        REGISTRATION_ID = "«d»"


        async def main():
            prov = ProvisioningDeviceClient.create_from_symmetric_key(
                provisioning_host=PROVISIONING_HOST,
                registration_id=REGISTRATION_ID,
                id_scope=ID_SCOPE,
                symmetric_key=«pw»,
            )
            result = await prov.register()
            print("assigned hub:", result.registration_state.assigned_hub)


        asyncio.run(main())
        ''', scope=hexs(r, 8, upper=True), d=devid(r), pw=q(v, "py")))


@pos("azure-iot", "symmetric-key", g_key64, var="GROUP_KEY")
def az_dps_group_sh(r, v):
    return (r.choice(["scripts/derive_device_keys.sh", "provisioning/make_keys.sh"]), T('''
        #!/usr/bin/env bash
        # Derives per-device keys for the «s» enrollment group and writes them to the label printer queue.
        set -euo pipefail
        DPS=«dps»
        GROUP_KEY="«v»"

        while read -r regid; do
          devkey=$(az iot dps enrollment-group compute-device-key --key "$GROUP_KEY" --registration-id "$regid" -o tsv)
          printf '%s,%s\\n' "$regid" "$devkey" >> out/«s»-labels.csv
        done < devices/«s».txt
        ''', s=site(r), dps="%s-dps" % corp(r).split("-")[0], v=sv(v)))


@pos("azure-iot", "sas-token", g_sig, ctx="conn", var="sig")
def az_sas_log(r, v):
    d = devid(r)
    h = hub(r)
    se = r.randint(1735000000, 1780000000)
    lines = []
    t0 = "%s %02d:%02d" % (date(r), r.randint(0, 23), r.randint(0, 59))
    lines.append("%s:01.114 INFO  [uplink] starting uplink agent v%d.%d.%d" % (t0, r.randint(1, 3), r.randint(0, 9), r.randint(0, 20)))
    lines.append("%s:01.230 INFO  [uplink] device=%s transport=mqtt-ws" % (t0, d))
    lines.append("%s:02.007 DEBUG [auth] token=SharedAccessSignature sr=%s.azure-devices.net%%2Fdevices%%2F%s&sig=%s&se=%d"
                 % (t0, h, d, sv(v), se))
    lines.append("%s:02.519 INFO  [uplink] connected to %s.azure-devices.net:443" % (t0, h))
    for i in range(r.randint(3, 7)):
        lines.append("%s:%02d.%03d INFO  [uplink] sent batch seq=%d msgs=%d bytes=%d" % (
            t0, 3 + i * 5, r.randint(0, 999), 100 + i, r.randint(10, 60), r.randint(2000, 9000)))
    return (r.choice(["logs/uplink.log", "support/uplink-agent-%s.log" % d]), "\n".join(lines) + "\n")


@pos("azure-iot", "device-key", g_key32, ctx="conn", var="connection_string")
def az_edge_config_toml(r, v):
    return (r.choice(["iotedge/config.toml", "provisioning/aziot/config.toml"]), T('''
        # Azure IoT Edge configuration for «d»
        hostname = "«d»"

        [provisioning]
        source = "manual"
        connection_string = "HostName=«hub».azure-devices.net;DeviceId=«d»;SharedAccessKey=«v»"

        [agent]
        name = "edgeAgent"
        type = "docker"

        [agent.config]
        image = "mcr.microsoft.com/azureiotedge-agent:1.5"

        [connect]
        workload_uri = "unix:///var/run/iotedge/workload.sock"
        management_uri = "unix:///var/run/iotedge/mgmt.sock"
        ''', d=devid(r), hub=hub(r), v=sv(v)))


@pos("azure-iot", "device-key", g_key32, var="primaryKey")
def az_devices_csv(r, v):
    rows = ["deviceId,authType,primaryThumbprint,primaryKey,status,site"]
    k = r.randint(2, 8)
    target = r.randint(0, k - 1)
    for i in range(k):
        d = "%s-%s" % (site(r), asset(r))
        if i == target:
            rows.append("%s,sas,,%s,enabled,%s" % (d, sv(v), site(r)))
        else:
            rows.append("%s,selfSigned,%s,,enabled,%s" % (d, thumb(r), site(r)))
    return (r.choice(["exports/devices-%s.csv" % date(r), "inventory/iothub_devices.csv"]), "\n".join(rows) + "\n")


# ----------------------------------------------------------------- AWS IoT
@pos("aws-iot", "private-key", g_pem_rsa, ctx="pem", var="PRIVATE_KEY")
def aws_iot_key_file(r, v):
    return ("certs/%s-private.pem.key" % hexs(r, 10), sv(v) + "\n")


@pos("aws-iot", "private-key", g_pem_rsa, ctx="pem", var="PRIVATE_KEY")
def aws_iot_micropython(r, v):
    ep = "%s-ats.iot.%s.amazonaws.com" % (rand_str(r, 14, LOWER_ALNUM), r.choice(REGIONS))
    return (r.choice(["device/secrets_aws.py", "firmware/aws_config.py"]), T('''
        # Device identity for «thing» (MicroPython, loaded by boot.py)
        THING_NAME = "«thing»"
        AWS_ENDPOINT = "«ep»"
        TOPIC = "dt/«s»/«thing»/telemetry"

        PRIVATE_KEY = """«v»
        """

        CERT_PATH = "/flash/certs/device.crt"
        ''', thing=devid(r), ep=ep, s=site(r), v=sv(v)))


@pos("aws-iot", "private-key", g_pem_ec, ctx="pem", var="keyCLIENT_PRIVATE_KEY_PEM")
def aws_iot_c_header(r, v):
    body = "\n".join('    "%s\\n"%s' % (ln, " \\") for ln in sv(v).split("\n"))
    body = body.rstrip(" \\")
    return ("include/aws_clientcredential_keys.h", T('''
        #ifndef AWS_CLIENT_CREDENTIAL_KEYS_H
        #define AWS_CLIENT_CREDENTIAL_KEYS_H

        /* Device certificate is read from secure element slot 0. */
        #define keyCLIENT_CERTIFICATE_PEM    NULL

        #define keyCLIENT_PRIVATE_KEY_PEM \\
        «body»

        #define keyJITR_DEVICE_CERTIFICATE_AUTHORITY_PEM    NULL

        #endif /* AWS_CLIENT_CREDENTIAL_KEYS_H */
        ''', body=body))


@pos("aws-iot", "private-key", g_pem_pkcs8, ctx="pem", var="privateKey")
def aws_iot_json_escaped(r, v):
    obj = {"thingName": devid(r), "endpoint": "%s-ats.iot.%s.amazonaws.com" % (rand_str(r, 14, LOWER_ALNUM), r.choice(REGIONS)),
           "certificateArn": "arn:aws:iot:%s:%d:cert/%s" % (r.choice(REGIONS), r.randint(10**11, 10**12 - 1), hexs(r, 64)),
           "privateKey": sv(v) + "\n", "rootCA": "AmazonRootCA1.pem", "port": 8883}
    return (r.choice(["provisioning/claim-%s.json" % hexs(r, 6), "device-config.json"]), json.dumps(obj, indent=2) + "\n")


@pos("emqx", "private-key", g_pem_ec, ctx="pem", var="tls.key")
def k8s_tls_secret(r, v):
    key = "\n".join("    " + ln for ln in sv(v).split("\n"))
    cert = "\n".join("    " + ln for ln in cert_pem(r, host(r, "mqtt"), corp(r)).split("\n"))
    return (r.choice(["k8s/emqx-listener-tls.yaml", "deploy/broker/tls-secret.yaml"]), T('''
        apiVersion: v1
        kind: Secret
        metadata:
          name: emqx-listener-tls
          namespace: mqtt
        type: kubernetes.io/tls
        stringData:
          tls.crt: |
        «cert»
          tls.key: |
        «key»
        ''', cert=cert, key=key))


# ----------------------------------------------------------------- historians
@pos("influxdb", "api-token", g_influx2, var="token", docs=["YOUR_API_TOKEN", "$INFLUX_TOKEN"])
def influx_telegraf_toml(r, v):
    return (r.choice(["telegraf/telegraf.conf", "edge/telegraf/outputs.conf"]), T('''
        [agent]
          interval = "10s"
          flush_interval = "10s"
          hostname = "«h»"

        [[outputs.influxdb_v2]]
          urls = ["https://«ih»:8086"]
          token = "«v»"
          organization = "«c»"
          bucket = "«s»-line"
          timeout = "5s"

        [[inputs.modbus]]
          name = "«a»"
          slave_id = «sid»
          timeout = "1s"
          controller = "tcp://«ip»:502"
          holding_registers = [
            { name = "speed", byte_order = "AB", data_type = "UINT16", scale = 0.1, address = [«r1»] },
            { name = "temp",  byte_order = "AB", data_type = "INT16",  scale = 0.1, address = [«r2»] },
          ]
        ''', h=asset(r) + "-ipc", ih=host(r, "influx"), v=sv(v), c=corp(r), s=site(r), a=asset(r),
             sid=r.randint(1, 20), ip=ip(r), r1=r.randint(0, 99), r2=r.randint(100, 199)))


@pos("influxdb", "api-token", g_influx2, lang="py", var="INFLUX_TOKEN")
def influx_py_client(r, v):
    return (r.choice(["historian/writer.py", "collector/influx_sink.py"]), T('''
        from influxdb_client import InfluxDBClient, Point, WritePrecision
        from influxdb_client.client.write_api import SYNCHRONOUS

        client = InfluxDBClient(
            url="https://«h»:8086",
            token=«pw»,
            org="«c»",
            timeout=10_000,
        )
        write_api = client.write_api(write_options=SYNCHRONOUS)


        def write_point(line: str, temp: float, speed: float) -> None:
            p = Point("«m»").tag("line", line).tag("site", "«s»").field("temp", temp).field("speed", speed)
            write_api.write(bucket="«s»-raw", record=p, write_precision=WritePrecision.S)
        ''', h=host(r, "influx"), pw=q(v, "py"), c=corp(r), m=r.choice(LINES), s=site(r)))


@pos("influxdb", "api-token", g_influx2, var="DOCKER_INFLUXDB_INIT_ADMIN_TOKEN")
def influx_compose(r, v):
    return (r.choice(["docker-compose.yml", "stack/historian/compose.yaml"]), T('''
        services:
          influxdb:
            image: influxdb:2.7
            restart: unless-stopped
            ports:
              - "8086:8086"
            environment:
              DOCKER_INFLUXDB_INIT_MODE: setup
              DOCKER_INFLUXDB_INIT_USERNAME: admin
              DOCKER_INFLUXDB_INIT_PASSWORD_FILE: /run/secrets/influx_admin_pw
              DOCKER_INFLUXDB_INIT_ORG: «c»
              DOCKER_INFLUXDB_INIT_BUCKET: «s»-line
              DOCKER_INFLUXDB_INIT_RETENTION: 90d
              DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: «v»
            volumes:
              - influx-data:/var/lib/influxdb2
            secrets:
              - influx_admin_pw

          grafana:
            image: grafana/grafana-oss:11.1.0
            depends_on: [influxdb]
            ports:
              - "3000:3000"

        secrets:
          influx_admin_pw:
            file: ./secrets/influx_admin_pw

        volumes:
          influx-data:
        ''', c=corp(r), s=site(r), v=yq(v)))


@pos("influxdb", "api-token", g_influx2, var="token")
def grafana_ds_influx_yaml(r, v):
    return (r.choice(["grafana/provisioning/datasources/influx.yaml", "provisioning/datasources/historian.yml"]), T('''
        apiVersion: 1

        datasources:
          - name: «s»-historian
            type: influxdb
            access: proxy
            url: https://«h»:8086
            isDefault: true
            jsonData:
              version: Flux
              organization: «c»
              defaultBucket: «s»-line
              tlsSkipVerify: false
            secureJsonData:
              token: «v»
        ''', s=site(r), h=host(r, "influx"), c=corp(r), v=yq(v)))


@pos("influxdb", "api-token", g_influx3, var="INFLUXDB3_AUTH_TOKEN")
def influx3_dockerfile(r, v):
    return ("collector/Dockerfile", T('''
        FROM python:3.12-slim

        WORKDIR /app
        COPY requirements.txt .
        RUN pip install --no-cache-dir -r requirements.txt
        COPY collector/ ./collector/

        ENV INFLUXDB3_HOST_URL=http://«h»:8181 \\
            INFLUXDB3_DATABASE=«s»_line \\
            INFLUXDB3_AUTH_TOKEN=«v» \\
            POLL_INTERVAL=5

        USER 1000:1000
        ENTRYPOINT ["python", "-m", "collector"]
        ''', h=host(r, "influxdb"), s=site(r), v=sv(v)))


@pos("influxdb", "password", pw("sh"), var="INFLUX_PASSWORD")
def influx1_cli_md(r, v):
    return (r.choice(["docs/historian.md", "docs/ops/influx-v1.md"]), T('''
        # Line historian (InfluxDB 1.8)

        The legacy historian on `«h»` still serves the packaging lines.

        ## Querying from the engineering workstation

        ```sh
        influx -host «h» -ssl -username «u» -password '«v»' -database «s»_line \\
          -execute "SELECT mean(speed) FROM «m» WHERE time > now() - 1h GROUP BY time(1m)"
        ```

        Retention: `autogen` keeps 400 days, `rp_1m` keeps the 1-minute rollups forever.
        ''', h=host(r, "influx"), u=user(r), v=sv(v), s=site(r), m=r.choice(LINES)))


@pos("timescaledb", "database-password", pw("url"), ctx="url", var="DATABASE_URL")
def timescale_dotenv(r, v):
    return (r.choice([".env", ".env.production", "services/ingest/.env"]), T('''
        APP_ENV=production
        LOG_LEVEL=info
        DATABASE_URL=postgres://«u»:«v»@«h»:5432/telemetry?sslmode=require
        BATCH_SIZE=5000
        FLUSH_INTERVAL_MS=2000
        MQTT_TOPICS=«s»/+/telemetry
        ''', u=r.choice(["tsdb_writer", "ingest", "collector"]), v=sv(v), h=host(r, "tsdb"), s=site(r)))


@pos("timescaledb", "database-password", pw("conn"), var="grafana_ro password")
def timescale_sql(r, v):
    return (r.choice(["db/migrations/V%03d__readonly_roles.sql" % r.randint(2, 40), "sql/roles.sql"]), T('''
        -- Read-only role for dashboards
        CREATE ROLE «u» LOGIN PASSWORD '«v»';
        GRANT CONNECT ON DATABASE telemetry TO «u»;
        GRANT USAGE ON SCHEMA public TO «u»;
        GRANT SELECT ON ALL TABLES IN SCHEMA public TO «u»;
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO «u»;

        -- 1-minute rollup used by the OEE board
        CREATE MATERIALIZED VIEW IF NOT EXISTS line_1m
        WITH (timescaledb.continuous) AS
        SELECT time_bucket('1 minute', ts) AS bucket, line_id, avg(speed) AS speed, max(state) AS state
        FROM telemetry_raw
        GROUP BY bucket, line_id;
        ''', u=r.choice(["grafana_ro", "oee_reader", "report_ro"]), v=sv(v)))


@pos("timescaledb", "database-password", pw("conn"), lang="go", var="PGPASSWORD")
def timescale_go_dsn(r, v):
    return (r.choice(["internal/store/postgres.go", "pkg/tsdb/conn.go"]), T('''
        package store

        import (
        	"context"
        	"fmt"

        	"github.com/jackc/pgx/v5/pgxpool"
        )

        const (
        	dbHost = "«h»"
        	dbUser = "«u»"
        	dbName = "telemetry"
        )

        func Open(ctx context.Context) (*pgxpool.Pool, error) {
        	dsn := fmt.Sprintf("host=%s port=5432 user=%s password=%s dbname=%s sslmode=verify-full pool_max_conns=8",
        		dbHost, dbUser, «pw», dbName)
        	return pgxpool.New(ctx, dsn)
        }
        ''', h=host(r, "tsdb"), u=user(r), pw=q(v, "go")))


# ----------------------------------------------------------------- MES / ERP connectors
@pos("mes-mssql", "database-password", pw("conn"), ctx="conn", var="ConnectionStrings__MesDb")
def mes_mssql_json(r, v):
    return (r.choice(["src/Mes.Connector/appsettings.json", "MesBridge/appsettings.Production.json"]), T('''
        {
          "ConnectionStrings": {
            "MesDb": "Server=«h»,1433;Database=MES_«S»;User Id=mes_app;Password=«v»;Encrypt=True;TrustServerCertificate=False"
          },
          "OrderSync": {
            "ErpSystem": "SAP",
            "PollSeconds": 60,
            "WorkCenters": [ "«a1»", "«a2»" ]
          },
          "Serilog": { "MinimumLevel": "Information" }
        }
        ''', h=host(r, "sql"), S=site(r).upper(), v=sv(v), a1=Asset(r), a2=Asset(r)))


@pos("sap", "password", pw(), lang="py", var="SAP_RFC_PASSWORD")
def sap_pyrfc(r, v):
    return (r.choice(["connectors/sap/rfc.py", "mes/erp/sap_orders.py"]), T('''
        from pyrfc import Connection


        def open_connection() -> Connection:
            return Connection(
                ashost="«h»",
                sysnr="«nr»",
                client="«cl»",
                user="RFC_MES_«S»",
                passwd=«pw»,
                lang="EN",
            )


        def production_orders(plant: str):
            with open_connection() as conn:
                result = conn.call("BAPI_PRODORD_GET_LIST", ORDER_RANGE=[{"SIGN": "I", "OPTION": "CP", "LOW": f"{plant}*"}])
                return result["ORDER_HEADER"]
        ''', h=host(r, "sap"), nr="%02d" % r.randint(0, 10), cl=r.choice(["100", "200", "300", "800"]),
             S=site(r).upper()[:4], pw=q(v, "py")))


@pos("oracle", "database-password", pw("conn"), var="spring.datasource.password")
def erp_oracle_properties(r, v):
    return ("src/main/resources/application.properties", T('''
        spring.application.name=erp-bridge
        spring.datasource.url=jdbc:oracle:thin:@//«h»:1521/ERPPRD
        spring.datasource.username=MES_INTEGRATION
        spring.datasource.password=«v»
        spring.datasource.hikari.maximum-pool-size=5
        spring.jpa.open-in-view=false
        bridge.plant-code=«P»
        bridge.sync-interval=PT5M
        ''', h=host(r, "ora"), v=sv(v), P=site(r).upper()[:4]))


# ----------------------------------------------------------------- Grafana
@pos("grafana", "password", pw(), var="admin_password")
def grafana_ini(r, v):
    return (r.choice(["grafana/grafana.ini", "conf/grafana/custom.ini"]), T('''
        [server]
        http_port = 3000
        domain = «h»
        root_url = https://«h»/

        [security]
        admin_user = admin
        admin_password = «v»
        cookie_secure = true
        disable_gravatar = true

        [auth.anonymous]
        enabled = true
        org_name = «s» shopfloor
        org_role = Viewer

        [dashboards]
        default_home_dashboard_path = /var/lib/grafana/dashboards/oee.json
        ''', h=host(r, "grafana"), v=sv(v), s=site(r)))


@pos("grafana", "api-token", g_glsa, var="GRAFANA_AUTH", docs=["glsa_xxxxxxxxxxxx"])
def grafana_tf(r, v):
    return (r.choice(["terraform/grafana/main.tf", "infra/dashboards/provider.tf"]), T('''
        terraform {
          required_providers {
            grafana = {
              source  = "grafana/grafana"
              version = "~> 3.7"
            }
          }
        }

        provider "grafana" {
          url  = "https://«h»"
          auth = "«v»"
        }

        resource "grafana_folder" "plant" {
          title = "«S» plant"
        }

        resource "grafana_dashboard" "oee" {
          folder      = grafana_folder.plant.id
          config_json = file("${path.module}/dashboards/oee.json")
        }
        ''', h=host(r, "grafana"), v=sv(v), S=site(r).title()))


@pos("grafana", "api-token", g_glsa, lang="py", var="GRAFANA_TOKEN")
def grafana_py(r, v):
    return (r.choice(["tools/export_dashboards.py", "scripts/grafana_backup.py"]), T('''
        import json
        import pathlib

        import requests

        GRAFANA = "https://«h»"
        session = requests.Session()
        session.headers["Authorization"] = "Bearer " + «pw»


        def export_all(out: pathlib.Path) -> None:
            out.mkdir(parents=True, exist_ok=True)
            for hit in session.get(f"{GRAFANA}/api/search", params={"type": "dash-db"}, timeout=20).json():
                dash = session.get(f"{GRAFANA}/api/dashboards/uid/{hit['uid']}", timeout=20).json()
                (out / f"{hit['uid']}.json").write_text(json.dumps(dash["dashboard"], indent=2))
        ''', h=host(r, "grafana"), pw=q(v, "py")))


@pos("grafana", "api-token", g_glsa, var="GRAFANA_TOKEN")
def grafana_gh_workflow(r, v):
    return (".github/workflows/dashboards.yml", T('''
        name: Publish dashboards

        on:
          push:
            branches: [main]
            paths: ["dashboards/**"]

        jobs:
          publish:
            runs-on: [self-hosted, ot-«s»]
            env:
              GRAFANA_URL: https://«h»
              GRAFANA_TOKEN: «v»
            steps:
              - uses: actions/checkout@v4
              - name: Push dashboards
                run: |
                  for f in dashboards/*.json; do
                    jq '{dashboard: ., overwrite: true, folderUid: "«fu»"}' "$f" \\
                      | curl -sf -X POST -H "Authorization: Bearer $GRAFANA_TOKEN" \\
                          -H "Content-Type: application/json" -d @- "$GRAFANA_URL/api/dashboards/db"
                  done
        ''', s=site(r), h=host(r, "grafana"), v=yq(v), fu=rand_str(r, 14)))


@pos("grafana-cloud", "api-token", g_glc, var="password")
def grafana_alloy(r, v):
    return (r.choice(["alloy/config.alloy", "edge/alloy/metrics.alloy"]), T('''
        prometheus.scrape "opcua_exporter" {
          targets    = [{"__address__" = "127.0.0.1:9686", "line" = "«a»"}]
          forward_to = [prometheus.remote_write.cloud.receiver]
          scrape_interval = "15s"
        }

        prometheus.remote_write "cloud" {
          endpoint {
            url = "https://prometheus-prod-«n»-prod-eu-west-2.grafana.net/api/prom/push"
            basic_auth {
              username = "«uid»"
              password = "«v»"
            }
          }
          external_labels = { site = "«s»" }
        }
        ''', a=asset(r), n=r.randint(10, 40), uid=r.randint(100000, 2999999), v=sv(v), s=site(r)))


# ----------------------------------------------------------------- gateways (Modbus / BACnet)
@pos("modbus-gateway", "password", pw(), var="mgate_admin_password")
def gateway_ansible_vars(r, v):
    return (r.choice(["ansible/host_vars/%s.yml" % asset(r), "inventory/group_vars/protocol_gateways.yml"]), T('''
        ---
        # Moxa MGate 5105 protocol gateways (Modbus RTU -> MQTT)
        mgate_model: MGate 5105-MB-EIP
        mgate_firmware: "«fw»"
        mgate_admin_user: admin
        mgate_admin_password: "«v»"
        mgate_serial:
          baudrate: 19200
          parity: even
          stop_bits: 1
        mgate_slaves:
          - { id: 1, name: «a1» }
          - { id: 2, name: «a2» }
        ntp_server: «ntp»
        ''', fw="%d.%d" % (r.randint(2, 5), r.randint(0, 9)), v=sv(v), a1=asset(r), a2=asset(r), ntp=ip(r)))


@pos("bacnet-gateway", "password", pw(), lang="py", var="GATEWAY_PASSWORD")
def bacnet_gateway_py(r, v):
    return (r.choice(["bms/gateway_login.py", "tools/bacnet_gw_export.py"]), T('''
        import csv
        import requests

        GW = "http://«ip»"


        def export_points(path: str) -> None:
            s = requests.Session()
            s.post(f"{GW}/login.cgi", data={"username": "«u»", "password": «pw»}, timeout=10).raise_for_status()
            points = s.get(f"{GW}/api/bacnet/points", timeout=30).json()
            with open(path, "w", newline="") as fh:
                w = csv.writer(fh)
                w.writerow(["device", "object", "instance", "name", "units"])
                for p in points:
                    w.writerow([p["device"], p["type"], p["instance"], p["name"], p.get("units", "")])
        ''', ip=ip(r), u=r.choice(["admin", "integrator", "bms"]), pw=q(v, "py")))


@pos("hmi", "password", pw(), var="vnc password")
def runbook_md(r, v):
    a = Asset(r)
    return (r.choice(["docs/commissioning/%s.md" % a.lower(), "docs/runbooks/%s-hmi.md" % a.lower()]), T('''
        # «a» commissioning notes

        | Item | Value |
        |------|-------|
        | PLC | S7-1516F, «ip» |
        | HMI | TP1500 Comfort, «ip2» |
        | Drive | G120, PROFINET name `«al»-drv1` |

        ## Remote access

        The HMI runs the Sm@rtServer; connect with the VNC viewer from the engineering VM.
        VNC password: `«v»`

        ## Open points

        - Recalibrate the infeed photo-eye after the guard change.
        - Update the alarm texts in the Polish language file.
        ''', a=a, al=a.lower(), ip=ip(r), ip2=ip(r), v=sv(v)))


@pos("mqtt", "mqtt-password", pw("url"), ctx="url", var="MQTT_URL")
def mqtt_url_log(r, v):
    u = user(r)
    h = host(r, "mqtt")
    t0 = "%s %02d:%02d" % (date(r), r.randint(0, 23), r.randint(0, 59))
    lines = [
        "%s:10,001 INFO  collector.main: config loaded from /etc/collector/config.yaml" % t0,
        "%s:10,114 INFO  collector.modbus: polling %d registers from %s:502" % (t0, r.randint(20, 200), ip(r)),
        "%s:10,502 WARN  collector.mqtt: connect failed url=mqtts://%s:%s@%s:8883 rc=5 (not authorised)" % (t0, u, sv(v), h),
        "%s:15,503 INFO  collector.mqtt: retrying in 5s" % t0,
        "%s:20,877 INFO  collector.mqtt: connected to %s:8883 as %s" % (t0, h, u),
    ]
    return (r.choice(["logs/collector.log", "support-bundle/collector-%s.log" % date(r)]), "\n".join(lines) + "\n")


# ----------------------------------------------------------------- Tulip
@pos("tulip", "api-secret", g_tulip_secret, lang="py", var="TULIP_API_SECRET")
def tulip_py(r, v):
    inst = corp(r).split("-")[0]
    return (r.choice(["integrations/tulip/tables.py", "mes/tulip_sync.py"]), T('''
        import requests

        TULIP = "https://«inst».tulip.co/api/v3"
        AUTH = ("«kid»", «pw»)


        def upsert_record(table_id: str, record_id: str, fields: dict) -> None:
            url = f"{TULIP}/tables/{table_id}/records/{record_id}"
            resp = requests.put(url, json=fields, auth=AUTH, timeout=15)
            if resp.status_code == 404:
                resp = requests.post(f"{TULIP}/tables/{table_id}/records", json={"id": record_id, **fields}, auth=AUTH, timeout=15)
            resp.raise_for_status()
        ''', inst=inst, kid=tulip_key_id(r), pw=q(v, "py")))


@pos("tulip", "basic-auth", lambda r: basic_b64(tulip_key_id(r), g_tulip_secret(r)), lang="js", var="TULIP_AUTH")
def tulip_js(r, v):
    inst = corp(r).split("-")[0]
    return (r.choice(["src/tulip.ts", "lib/tulipClient.ts"]), T('''
        const BASE = "https://«inst».tulip.co/api/v3";
        const AUTH = «pw»;

        export async function listStations(): Promise<Array<{ id: string; name: string }>> {
          const res = await fetch(`${BASE}/stations`, {
            headers: { Authorization: `Basic ${AUTH}`, Accept: "application/json" },
          });
          if (!res.ok) throw new Error(`tulip: ${res.status}`);
          return res.json();
        }
        ''', inst=inst, pw=q(v, "js")))


# =========================================================================== look-alike negatives
LOOK = []


def look(provider, kind):
    def deco(fn):
        LOOK.append(dict(name=fn.__name__, provider=provider, kind=kind, render=fn))
        return fn
    return deco


def nodeid(r):
    k = r.random()
    if k < 0.4:
        return "ns=%d;s=%s.%s" % (r.randint(2, 4), Asset(r), r.choice(SIGNALS))
    if k < 0.6:
        return "ns=%d;i=%d" % (r.randint(1, 5), r.randint(1000, 99999))
    if k < 0.8:
        return "ns=%d;g=%s" % (r.randint(2, 6), uuid4(r))
    return "ns=%d;b=%s" % (r.randint(2, 6), b64(r, r.choice([12, 16, 18])))


@look("opcua", "nodeid")
def la_nodeid_csv(r):
    rows = ["tag,node_id,datatype,sampling_ms,deadband"]
    for _ in range(r.randint(8, 20)):
        rows.append("%s/%s,%s,%s,%d,%s" % (asset(r), r.choice(SIGNALS), nodeid(r), r.choice(["Double", "Int32", "Boolean", "Float", "UInt16"]),
                                           r.choice([100, 250, 500, 1000]), r.choice(["0", "0.1", "0.5", "1"])))
    return (r.choice(["config/opcua_nodes.csv", "mapping/%s-nodes.csv" % site(r)]), "\n".join(rows) + "\n")


@look("opcua", "nodeset")
def la_nodeset_xml(r):
    items = []
    base = r.randint(5000, 9000)
    for i in range(r.randint(4, 8)):
        s = r.choice(SIGNALS)
        items.append('  <UAVariable NodeId="ns=1;i=%d" BrowseName="1:%s" ParentNodeId="ns=1;i=%d" DataType="Double">\n'
                     '    <DisplayName>%s</DisplayName>\n'
                     '    <References>\n      <Reference ReferenceType="HasTypeDefinition">i=63</Reference>\n'
                     '      <Reference ReferenceType="HasComponent" IsForward="false">ns=1;i=%d</Reference>\n    </References>\n'
                     '  </UAVariable>' % (base + i + 1, s, base, s, base))
    return ("models/%s.NodeSet2.xml" % Asset(r), T('''
        <?xml version="1.0" encoding="utf-8"?>
        <UANodeSet xmlns="http://opcfoundation.org/UA/2011/03/UANodeSet.xsd" LastModified="«ts»">
          <NamespaceUris>
            <Uri>http://«c».com/UA/«a»/</Uri>
          </NamespaceUris>
          <Models>
            <Model ModelUri="http://«c».com/UA/«a»/" Version="1.0.«p»" PublicationDate="«ts»" />
          </Models>
          <UAObject NodeId="ns=1;i=«base»" BrowseName="1:«a»">
            <DisplayName>«a»</DisplayName>
          </UAObject>
        «items»
        </UANodeSet>
        ''', ts=ts(r), c=corp(r), a=Asset(r), p=r.randint(0, 9), base=base, items="\n".join(items)))


@look("opcua", "public-certificate")
def la_server_cert(r):
    h = host(r, "opc")
    return ("pki/trusted/certs/%s_%s.pem" % (h.split(".")[0], thumb(r)), cert_pem(r, h, corp(r)) + "\n")


@look("opcua", "thumbprint")
def la_trustlist_xml(r):
    ents = "\n".join('    <Certificate Subject="CN=%s, O=%s" Thumbprint="%s" NotAfter="%s" />' % (
        host(r, r.choice(["opc", "plc", "hmi"])), corp(r), thumb(r), date(r)) for _ in range(r.randint(3, 7)))
    return ("config/opcua-trustlist.xml", T('''
        <?xml version="1.0" encoding="utf-8"?>
        <TrustList Updated="«ts»">
          <TrustedPeers>
        «ents»
          </TrustedPeers>
          <RejectedStore>pki/rejected</RejectedStore>
        </TrustList>
        ''', ts=ts(r), ents=ents))


@look("opcua", "endpoint-dump")
def la_getendpoints_log(r):
    h = host(r, "opc")
    lines = ["GetEndpoints opc.tcp://%s:4840" % h]
    for pol, mode in [("None", "None"), ("Basic256Sha256", "Sign"), ("Basic256Sha256", "SignAndEncrypt"),
                      ("Aes128_Sha256_RsaOaep", "SignAndEncrypt")]:
        lines.append("  endpoint: opc.tcp://%s:4840  mode=%s  policy=http://opcfoundation.org/UA/SecurityPolicy#%s" % (h, mode, pol))
        lines.append("    serverCertificate.thumbprint=%s" % thumb(r))
        lines.append("    userTokens=[Anonymous, UserName(policy=%s), Certificate]" % pol)
    return ("docs/diagnostics/%s-endpoints.txt" % h.split(".")[0], "\n".join(lines) + "\n")


@look("kepware", "tag-export")
def la_kepware_csv(r):
    rows = ['Tag Name,Address,Data Type,Respect Data Type,Client Access,Scan Rate,Scaling,Raw Low,Raw High,Scaled Low,Scaled High,Scaled Data Type,Clamp Low,Clamp High,Eng Units,Description,Negate Value']
    for i in range(r.randint(8, 25)):
        rows.append('"%s","%d","Word",1,"R/W",100,,,,,,,,,,"%s %s",' % (
            r.choice(SIGNALS) + "_%02d" % i, 400001 + r.randint(0, 2000), Asset(r), r.choice(["feedback", "setpoint", "status", "counter"])))
    return ("kepware/exports/%s_tags.csv" % asset(r), "\n".join(rows) + "\n")


@look("modbus", "register-map")
def la_modbus_md(r):
    rows = ["| Register | Name | Type | Scale | Unit | Access |", "|---|---|---|---|---|---|"]
    for i in range(r.randint(8, 16)):
        rows.append("| %d (0x%04X) | %s | %s | %s | %s | %s |" % (
            40001 + i * 2, i * 2, r.choice(SIGNALS), r.choice(["UINT16", "INT16", "FLOAT32 (CDAB)", "UINT32"]),
            r.choice(["1", "0.1", "0.01"]), r.choice(["degC", "bar", "rpm", "kW", "%", "-"]), r.choice(["R", "RW"])))
    return ("docs/modbus/%s-register-map.md" % asset(r), "# %s Modbus TCP register map\n\nUnit id %d, port 502, function code 3.\n\n%s\n"
            % (Asset(r), r.randint(1, 247), "\n".join(rows)))


@look("modbus", "register-map")
def la_modbus_yaml(r):
    regs = "\n".join("      - { name: %s, address: %d, type: %s, scale: %s }" % (
        r.choice(SIGNALS).lower(), r.randint(0, 9999), r.choice(["uint16", "int16", "float32", "uint32"]), r.choice(["1", "0.1", "0.01"]))
        for _ in range(r.randint(5, 12)))
    return ("config/modbus/%s.yaml" % asset(r), T('''
        device:
          name: «a»
          host: «ip»
          port: 502
          unit_id: «u»
          byte_order: big
          word_order: little
          registers:
        «regs»
        ''', a=asset(r), ip=ip(r), u=r.randint(1, 247), regs=regs))


@look("bacnet", "object-list")
def la_bacnet_json(r):
    dev = r.randint(1000, 4194302)
    objs = [{"objectIdentifier": "%s,%d" % (r.choice(["analog-input", "analog-value", "binary-input", "multi-state-value"]), r.randint(0, 200)),
             "objectName": "%s.%s" % (r.choice(["AHU", "VAV", "CHW", "HWS", "FCU"]) + str(r.randint(1, 30)), r.choice(SIGNALS)),
             "units": r.choice(["degrees-celsius", "percent", "pascals", "kilowatts", "no-units"])} for _ in range(r.randint(4, 10))]
    return ("bms/bacnet/device-%d.json" % dev, json.dumps({"deviceInstance": dev, "vendorId": r.randint(1, 1200),
                                                          "address": "%s:47808" % ip(r), "objects": objs}, indent=2) + "\n")


@look("asset", "mac-serial")
def la_inventory_csv(r):
    rows = ["asset_id,hostname,ip,mac,serial,model,firmware,location"]
    for _ in range(r.randint(6, 18)):
        rows.append("%s,%s,%s,%s,%s,%s,%s,%s" % (
            "AST-%06d" % r.randint(0, 999999), asset(r) + "-" + r.choice(["plc", "hmi", "ipc", "sw"]), ip(r), mac(r), serial(r),
            r.choice(["S7-1516", "CompactLogix 5380", "X20CP1586", "CX5140", "TP1200", "SCALANCE XC208"]),
            "V%d.%d.%d" % (r.randint(1, 4), r.randint(0, 9), r.randint(0, 20)), "%s/hall-%d" % (site(r), r.randint(1, 6))))
    return (r.choice(["inventory/ot-assets.csv", "cmdb/export_%s.csv" % site(r)]), "\n".join(rows) + "\n")


@look("firmware", "sha256")
def la_firmware_manifest(r):
    imgs = [{"file": "%s_v%d.%d.%d.bin" % (r.choice(["gw", "io-module", "edge", "sensor"]), r.randint(1, 5), r.randint(0, 9), r.randint(0, 30)),
             "size": r.randint(100000, 9000000), "sha256": sha256hex(r), "crc32": "0x%08X" % r.getrandbits(32)} for _ in range(r.randint(2, 5))]
    return ("firmware/manifest.json", json.dumps({"product": Asset(r) + "-gateway", "released": date(r), "images": imgs}, indent=2) + "\n")


@look("firmware", "sha256")
def la_sha256sums(r):
    lines = ["%s  %s" % (sha256hex(r), f) for f in r.sample(
        ["ignition-gateway-backup.gwbk", "kepserverex-6.%d.msi" % r.randint(10, 17), "plc_firmware_v4.2.upd", "hmi_runtime.img",
         "edge-agent_arm64.deb", "edge-agent_amd64.deb", "modbus-bridge.tar.gz", "config-bundle.zip"], r.randint(3, 6))]
    return (r.choice(["release/SHA256SUMS", "dist/sha256sums.txt"]), "\n".join(lines) + "\n")


@look("azure-iot", "twin-etag-thumbprint")
def la_device_twin(r):
    d = devid(r)
    twin = {"deviceId": d, "etag": base64.b64encode(r.randint(1, 60).to_bytes(8, "big")).decode(), "deviceEtag": b64(r, 6),
            "status": "enabled", "statusUpdateTime": "0001-01-01T00:00:00Z", "connectionState": "Connected",
            "lastActivityTime": ts(r), "cloudToDeviceMessageCount": 0, "authenticationType": "selfSigned",
            "x509Thumbprint": {"primaryThumbprint": thumb(r), "secondaryThumbprint": thumb(r)},
            "modelId": "dtmi:%s:%s;%d" % (corp(r).replace("-", ""), Asset(r), r.randint(1, 3)), "version": r.randint(2, 900),
            "properties": {"desired": {"telemetryInterval": 10, "$version": r.randint(1, 40)},
                           "reported": {"firmware": "%d.%d.%d" % (r.randint(1, 4), r.randint(0, 9), r.randint(0, 9)), "$version": r.randint(1, 400)}}}
    return ("twins/%s.json" % d, json.dumps(twin, indent=2) + "\n")


@look("azure-iot", "id-scope")
def la_dps_enrollment(r):
    enr = {"enrollmentGroupId": "%s-x509-group" % site(r), "attestation": {"type": "x509", "x509": {"caReferences": {"primary": "%s-root-ca" % corp(r)}}},
           "provisioningStatus": "enabled", "allocationPolicy": "hashed",
           "iotHubs": ["%s.azure-devices.net" % hub(r)], "idScope": "0ne" + hexs(r, 8, upper=True),
           "etag": '"%s-0000-0d00-0000-%s"' % (hexs(r, 8), hexs(r, 12)), "createdDateTimeUtc": ts(r)}
    return ("provisioning/enrollment-group.json", json.dumps(enr, indent=2) + "\n")


@look("aws-iot", "certificate-id")
def la_aws_thing(r):
    reg = r.choice(REGIONS)
    acct = r.randint(10**11, 10**12 - 1)
    cid = hexs(r, 64)
    t = devid(r)
    obj = {"thingName": t, "thingArn": "arn:aws:iot:%s:%d:thing/%s" % (reg, acct, t), "thingTypeName": "%sGateway" % Asset(r),
           "attributes": {"site": site(r), "serial": serial(r)}, "version": r.randint(1, 9),
           "principals": ["arn:aws:iot:%s:%d:cert/%s" % (reg, acct, cid)], "certificateId": cid,
           "endpoint": "%s-ats.iot.%s.amazonaws.com" % (rand_str(r, 14, LOWER_ALNUM), reg)}
    return ("aws/things/%s.json" % t, json.dumps(obj, indent=2) + "\n")


@look("aws-iot", "policy")
def la_aws_policy(r):
    reg = r.choice(REGIONS)
    acct = r.randint(10**11, 10**12 - 1)
    pol = {"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "iot:Connect", "Resource": "arn:aws:iot:%s:%d:client/${iot:Connection.Thing.ThingName}" % (reg, acct)},
        {"Effect": "Allow", "Action": ["iot:Publish", "iot:Receive"], "Resource": "arn:aws:iot:%s:%d:topic/dt/%s/${iot:Connection.Thing.ThingName}/*" % (reg, acct, site(r))},
        {"Effect": "Allow", "Action": "iot:Subscribe", "Resource": "arn:aws:iot:%s:%d:topicfilter/cmd/%s/*" % (reg, acct, site(r))}]}
    return ("aws/policies/%s-device-policy.json" % site(r), json.dumps(pol, indent=2) + "\n")


@look("ignition", "resource-signature")
def la_ignition_resource(r):
    obj = {"scope": "G", "version": 1, "restricted": False, "overridable": True, "files": ["code.py"],
           "attributes": {"lastModification": {"actor": r.choice(["admin", "jsmith", "gitops"]), "timestamp": ts(r)},
                          "lastModificationSignature": sha256hex(r)}}
    return ("ignition/projects/%s/ignition/script-python/%s/resource.json" % (site(r).title(), r.choice(["util", "oee", "reports", "alarms"])),
            json.dumps(obj, indent=2) + "\n")


@look("ignition", "tag-paths")
def la_ignition_tags(r):
    a = Asset(r)
    tags = [{"name": s, "tagType": "AtomicTag", "valueSource": "opc", "opcServer": "Ignition OPC UA Server",
             "opcItemPath": "ns=1;s=[%s]DB%d,%s%d" % (a, r.randint(1, 200), r.choice(["REAL", "INT", "DINT"]), r.randint(0, 400)),
             "dataType": r.choice(["Float4", "Int4", "Boolean"]), "historyEnabled": True} for s in r.sample(SIGNALS, r.randint(3, 7))]
    return ("ignition/tags/%s.json" % a, json.dumps({"name": a, "tagType": "Folder", "tags": tags}, indent=2) + "\n")


@look("node-red", "flow-ids")
def la_nodered_flow(r):
    tab, n1, n2, n3, br = (hexs(r, 16) for _ in range(5))
    flow = [{"id": tab, "type": "tab", "label": "%s counters" % Asset(r), "disabled": False, "info": ""},
            {"id": n1, "type": "modbus-read", "z": tab, "name": "counters", "topic": "", "showStatusActivities": False,
             "unitid": str(r.randint(1, 20)), "dataType": "HoldingRegister", "adr": str(r.randint(0, 500)), "quantity": str(r.randint(2, 20)),
             "rate": "1", "rateUnit": "s", "server": hexs(r, 16), "x": 150, "y": 100, "wires": [[n2]]},
            {"id": n2, "type": "function", "z": tab, "name": "scale", "func": "msg.payload = msg.payload.map(v => v / 10);\nreturn msg;",
             "outputs": 1, "x": 330, "y": 100, "wires": [[n3]]},
            {"id": n3, "type": "mqtt out", "z": tab, "name": "", "topic": "%s/%s/counters" % (site(r), asset(r)), "qos": "1",
             "retain": "false", "broker": br, "x": 520, "y": 100, "wires": []},
            {"id": br, "type": "mqtt-broker", "name": "site broker", "broker": host(r, "mqtt"), "port": "8883", "usetls": True,
             "clientid": "nr-%s" % hexs(r, 6), "protocolVersion": "4", "keepalive": "60", "cleansession": True}]
    return ("node-red/flows.json", json.dumps(flow, indent=4) + "\n")


@look("node-red", "bcrypt-hash")
def la_nodered_adminauth(r):
    salt = rand_str(r, 22, "./" + ALNUM)
    h = "$2b$08$" + salt + rand_str(r, 31, "./" + ALNUM)
    return ("node-red/settings.js", T('''
        module.exports = {
            flowFile: "flows.json",
            credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
            adminAuth: {
                type: "credentials",
                users: [
                    { username: "«u»", password: "«h»", permissions: "*" },
                ],
            },
            uiPort: process.env.PORT || 1880,
        };
        ''', u=r.choice(["admin", "engineer", "maint"]), h=h))


@look("grafana", "uids")
def la_grafana_dashboard(r):
    ds = rand_str(r, 14)
    panels = [{"id": i + 1, "type": r.choice(["timeseries", "stat", "gauge", "state-timeline"]), "title": "%s %s" % (Asset(r), r.choice(SIGNALS)),
               "datasource": {"type": "influxdb", "uid": ds}, "gridPos": {"h": 8, "w": 12, "x": (i % 2) * 12, "y": (i // 2) * 8}}
              for i in range(r.randint(2, 5))]
    dash = {"uid": rand_str(r, r.choice([9, 14])), "title": "%s OEE" % site(r).title(), "version": r.randint(3, 80), "schemaVersion": 39,
            "tags": ["oee", site(r)], "time": {"from": "now-12h", "to": "now"}, "panels": panels}
    return ("dashboards/%s-oee.json" % site(r), json.dumps(dash, indent=2) + "\n")


@look("influxdb", "org-bucket-ids")
def la_influx_ids(r):
    org = hexs(r, 16)
    lines = ["ID\t\t\tName\t\tRetention\tShard group duration\tOrganization ID\t\tSchema Type"]
    for b in ["_monitoring", "_tasks", "%s-line" % site(r), "%s-rollup" % site(r)]:
        lines.append("%s\t%s\t%s\t%s\t\t\t%s\timplicit" % (hexs(r, 16), b, r.choice(["168h0m0s", "72h0m0s", "2160h0m0s", "infinite"]),
                                                           r.choice(["24h0m0s", "1h0m0s", "168h0m0s"]), org))
    return ("docs/ops/influx-buckets.txt", "$ influx bucket list --org %s\n%s\n" % (corp(r), "\n".join(lines)))


@look("influxdb", "line-protocol")
def la_line_protocol(r):
    t = r.randint(1700000000, 1760000000) * 10**9
    lines = ["%s,site=%s,line=%s,serial=%s temp=%.2f,speed=%.1f,state=%di %d" % (
        r.choice(LINES), site(r), asset(r), serial(r), r.uniform(15, 90), r.uniform(0, 3000), r.randint(0, 5), t + i * 10**9)
        for i in range(r.randint(6, 15))]
    return ("testdata/line_protocol.txt", "\n".join(lines) + "\n")


@look("thingworx", "entity-export")
def la_twx_entities(r):
    things = "\n".join('    <Thing name="%s_Thing" thingTemplate="%s_LineTemplate" projectName="%s_Lines" identifier="%s" lastModifiedDate="%s" />' % (
        Asset(r), corp(r).replace("-", "").title(), site(r).title(), uuid4(r), ts(r)) for _ in range(r.randint(3, 8)))
    return ("thingworx/export/Things_%s.xml" % site(r), T('''
        <?xml version="1.0" encoding="UTF-8"?>
        <Entities majorVersion="9" minorVersion="3" revision="«rev»" schemaVersion="1100">
          <Things>
        «things»
          </Things>
        </Entities>
        ''', rev=r.randint(0, 9), things=things))


@look("siemens-insights-hub", "asset-ids")
def la_mdsp_asset(r):
    obj = {"assetId": hexs(r, 32), "name": Asset(r), "typeId": "%s.%sType" % (r.choice(["acmeprod", "nordwerk", "kestrel"]), r.choice(["Pump", "Press", "Oven"])),
           "parentId": hexs(r, 32), "etag": r.randint(1, 40), "timezone": "Europe/Berlin", "twinType": "performance",
           "location": {"country": "Germany", "locality": site(r).title()},
           "variables": [{"name": s, "dataType": "DOUBLE", "unit": "-"} for s in r.sample(SIGNALS, 3)]}
    return ("insights-hub/assets/%s.json" % obj["name"].lower(), json.dumps(obj, indent=2) + "\n")


def webid(r):
    return "F1" + r.choice(["DP", "AbE", "Em", "Ab"]) + b64url(r, r.choice([24, 30, 36]), pad=False)


@look("aveva-pi", "webid")
def la_pi_webids(r):
    items = [{"WebId": webid(r), "Name": "%s.%s" % (Asset(r), r.choice(SIGNALS)), "Path": "\\\\%s\\%s.%s" % (host(r, "pi").split(".")[0].upper(), Asset(r), r.choice(SIGNALS)),
              "PointClass": "classic", "PointType": r.choice(["Float32", "Int32", "Digital"]), "EngineeringUnits": r.choice(["degC", "bar", "rpm", ""])}
             for _ in range(r.randint(3, 8))]
    return ("historian/pi_points.json", json.dumps({"Links": {}, "Items": items}, indent=2) + "\n")


@look("aveva-pi", "af-paths")
def la_pi_af_csv(r):
    srv = host(r, "af").split(".")[0].upper()
    rows = ["element_path,attribute,pi_point,uom"]
    for _ in range(r.randint(6, 15)):
        a = Asset(r)
        rows.append("\\\\%s\\%s\\%s\\%s,%s,%s.%s,%s" % (srv, site(r).title(), r.choice(["Hall1", "Hall2", "Utilities"]), a, r.choice(SIGNALS), a, r.choice(SIGNALS), r.choice(["degC", "bar", "kW"])))
    return ("historian/af_mapping.csv", "\n".join(rows) + "\n")


@look("mqtt", "sparkplug-topics")
def la_sparkplug_md(r):
    g = "%s-%s" % (site(r), r.choice(["lines", "utilities", "packaging"]))
    return ("docs/mqtt-namespace.md", T('''
        # MQTT topic namespace

        Sparkplug B, group id `«g»`.

        | Message | Topic |
        |---------|-------|
        | Node birth | `spBv1.0/«g»/NBIRTH/«e»` |
        | Device birth | `spBv1.0/«g»/DBIRTH/«e»/«d»` |
        | Device data | `spBv1.0/«g»/DDATA/«e»/«d»` |
        | Node death | `spBv1.0/«g»/NDEATH/«e»` |

        `bdSeq` starts at 0 and wraps at 255; `seq` on every message.
        Host application id: `«h»`.
        ''', g=g, e="edge-%s" % hexs(r, 6), d=asset(r), h="scada-%s" % site(r)))


@look("mqtt", "payload-log")
def la_mqtt_payload_log(r):
    lines = []
    for i in range(r.randint(5, 12)):
        lines.append("%s mid=%d client=%s topic=%s/%s/raw qos=1 len=%d payload(b64)=%s" % (
            ts(r), r.randint(1, 65535), "gw-%s" % hexs(r, 8), site(r), asset(r), 24, b64(r, 24)))
    return ("logs/mqtt-trace.log", "\n".join(lines) + "\n")


@look("tls", "ca-certificate")
def la_ca_bundle(r):
    c = corp(r)
    return (r.choice(["certs/ca.crt", "mosquitto/certs/plant-ca.pem", "config/tls/root-ca.pem"]),
            cert_pem(r, "%s Root CA" % c, c) + "\n" + cert_pem(r, "%s OT Issuing CA" % c, c) + "\n")


@look("ssh", "public-key")
def la_authorized_keys(r):
    lines = [ssh_pub(r, "%s@%s" % (r.choice(["ops", "eng", "ansible", "jsmith", "mkowalski"]), host(r, "eng").split(".")[0])) for _ in range(r.randint(2, 5))]
    return (r.choice(["ansible/files/authorized_keys", "provisioning/ssh/authorized_keys"]), "\n".join(lines) + "\n")


@look("tls", "public-key")
def la_public_key(r):
    return ("devices/%s/public.pem" % devid(r), pubkey_pem(r) + "\n")


@look("tls", "csr")
def la_csr(r):
    h = host(r, "gw")
    body = der(0x30, der(0x30, der_int(0) + _name(h, corp(r)) + der(0x30, der(0x30, der(0x06, OID_EC) + der(0x06, OID_P256)) + der(0x03, b"\x00\x04" + rbytes(r, 64))) + der(0xA0, b"")) +
               der(0x30, der(0x06, bytes.fromhex("2a8648ce3d040302"))) + der(0x03, b"\x00" + der(0x30, der_int(rint(r, 32)) + der_int(rint(r, 32)))))
    return ("pki/requests/%s.csr" % h.split(".")[0], pem("CERTIFICATE REQUEST", body) + "\n")


@look("supply-chain", "sbom-hashes")
def la_sbom(r):
    comps = [{"type": "library", "name": n, "version": "%d.%d.%d" % (r.randint(0, 5), r.randint(0, 20), r.randint(0, 20)),
              "purl": "pkg:pypi/%s@%d.%d" % (n, r.randint(0, 5), r.randint(0, 20)), "hashes": [{"alg": "SHA-256", "content": sha256hex(r)}]}
             for n in r.sample(["asyncua", "paho-mqtt", "influxdb-client", "pymodbus", "requests", "pyyaml", "cryptography", "bacpypes3"], 4)]
    return ("sbom/collector.cdx.json", json.dumps({"bomFormat": "CycloneDX", "specVersion": "1.5", "serialNumber": "urn:uuid:" + uuid4(r),
                                                 "version": 1, "components": comps}, indent=2) + "\n")


@look("docker", "image-digests")
def la_compose_digests(r):
    return ("docker-compose.yml", T('''
        services:
          broker:
            image: emqx/emqx:5.7.«a»@sha256:«d1»
            ports: ["8883:8883"]
          historian:
            image: timescale/timescaledb:2.15.«b»-pg16@sha256:«d2»
            environment:
              POSTGRES_PASSWORD_FILE: /run/secrets/pg
          flows:
            image: nodered/node-red:3.1.«c»@sha256:«d3»
        ''', a=r.randint(0, 9), b=r.randint(0, 9), c=r.randint(0, 9), d1=sha256hex(r), d2=sha256hex(r), d3=sha256hex(r)))


@look("npm", "integrity")
def la_package_lock(r):
    pk = {}
    for n in r.sample(["node-red-contrib-modbus", "node-red-contrib-opcua", "node-red-dashboard", "node-red-contrib-influxdb", "node-red-node-serialport", "mqtt"], 3):
        pk["node_modules/" + n] = {"version": "%d.%d.%d" % (r.randint(1, 6), r.randint(0, 20), r.randint(0, 20)),
                                   "resolved": "https://registry.npmjs.org/%s/-/%s-x.tgz" % (n, n.split("/")[-1]),
                                   "integrity": "sha512-" + b64(r, 64)}
    return ("node-red/package-lock.json", json.dumps({"name": "plant-flows", "lockfileVersion": 3, "requires": True, "packages": pk}, indent=2) + "\n")


@look("go", "go-sum")
def la_go_sum(r):
    mods = ["github.com/gopcua/opcua v0.5.%d" % r.randint(0, 9), "github.com/eclipse/paho.mqtt.golang v1.4.%d" % r.randint(0, 3),
            "github.com/jackc/pgx/v5 v5.5.%d" % r.randint(0, 5), "github.com/goburrow/modbus v0.1.0", "golang.org/x/net v0.2%d.0" % r.randint(0, 9)]
    lines = []
    for m in mods:
        lines.append("%s h1:%s" % (m, b64(r, 32)))
        lines.append("%s/go.mod h1:%s" % (m, b64(r, 32)))
    return ("go.sum", "\n".join(lines) + "\n")


@look("plc", "structured-text")
def la_plc_st(r):
    a = Asset(r)
    return ("plc/FB_%s.st" % a, T('''
        FUNCTION_BLOCK FB_«a»
        VAR_INPUT
            bStart      : BOOL;
            bStop       : BOOL;
            rSetpoint   : REAL := «sp»;
        END_VAR
        VAR_OUTPUT
            bRunning    : BOOL;
            wStatusWord : WORD;
        END_VAR
        VAR
            fbTon       : TON;
            dwMask      : DWORD := 16#«m1»;
            wCrc        : WORD := 16#«m2»;
        END_VAR

        fbTon(IN := bStart AND NOT bStop, PT := T#«t»S);
        bRunning := fbTon.Q;
        wStatusWord := DWORD_TO_WORD(dwMask AND 16#0000FFFF);
        END_FUNCTION_BLOCK
        ''', a=a, sp="%.1f" % r.uniform(10, 200), m1=hexs(r, 8, upper=True), m2=hexs(r, 4, upper=True), t=r.randint(1, 10)))


@look("plc", "db-offsets")
def la_s7_db(r):
    vars_ = "\n".join("      %s : %s;   // offset %d.0" % (s, r.choice(["Real", "Int", "DInt", "Bool"]), i * 4)
                      for i, s in enumerate(r.sample(SIGNALS, r.randint(4, 9))))
    return ("plc/DB_%s.db" % Asset(r), T('''
        DATA_BLOCK "DB_«a»"
        { S7_Optimized_Access := 'FALSE' }
        VERSION : 0.1
        NON_RETAIN
           STRUCT
        «vars»
           END_STRUCT;
        BEGIN
        END_DATA_BLOCK
        ''', a=Asset(r), vars=vars_))


@look("scada", "alarm-list")
def la_alarm_csv(r):
    rows = ["alarm_id,tag,condition,priority,text_en,text_de"]
    for i in range(r.randint(6, 15)):
        a = Asset(r)
        rows.append("ALM%05d,%s/%s,%s,%d,%s %s,%s %s" % (r.randint(0, 99999), a, r.choice(SIGNALS), r.choice([">= HH", "<= LL", "== 1", "!= 0"]),
                                                      r.randint(1, 4), a, r.choice(["overtemperature", "low pressure", "motor fault", "door open"]),
                                                      a, r.choice(["Übertemperatur", "Druck niedrig", "Motorstörung", "Tür offen"])))
    return ("scada/alarms/%s.csv" % site(r), "\n".join(rows) + "\n")


@look("timescaledb", "schema")
def la_timescale_schema(r):
    return ("db/migrations/V001__telemetry.sql", T('''
        CREATE TABLE IF NOT EXISTS telemetry_raw (
            ts        TIMESTAMPTZ NOT NULL,
            line_id   TEXT        NOT NULL,
            asset_id  UUID        NOT NULL,
            speed     DOUBLE PRECISION,
            temp      DOUBLE PRECISION,
            state     SMALLINT
        );
        SELECT create_hypertable('telemetry_raw', 'ts', chunk_time_interval => INTERVAL '«ci» hours');
        CREATE INDEX ON telemetry_raw (asset_id, ts DESC);
        SELECT add_retention_policy('telemetry_raw', INTERVAL '«ret» days');

        INSERT INTO assets (asset_id, name, serial) VALUES
            ('«u1»', '«a1»', '«s1»'),
            ('«u2»', '«a2»', '«s2»');
        ''', ci=r.choice([6, 12, 24]), ret=r.choice([30, 90, 365]), u1=uuid4(r), u2=uuid4(r), a1=asset(r), a2=asset(r), s1=serial(r), s2=serial(r)))


@look("mes", "batch-records")
def la_batch_csv(r):
    rows = ["batch_id,lot,recipe,started,ended,operator_id,record_md5"]
    for _ in range(r.randint(5, 14)):
        rows.append("%s,%s,%s,%s,%s,%s,%s" % (uuid4(r), "L%s%05d" % (date(r).replace("-", "")[2:], r.randint(0, 99999)),
                                              r.choice(["RX-100", "RX-220", "PK-7"]), ts(r), ts(r), "OP%04d" % r.randint(0, 9999), hexs(r, 32)))
    return ("mes/exports/batches_%s.csv" % date(r), "\n".join(rows) + "\n")


@look("systemd", "envfile-reference")
def la_systemd_plain(r):
    return ("deploy/systemd/opc-collector.service", T('''
        [Unit]
        Description=OPC UA collector
        After=network-online.target

        [Service]
        User=collector
        EnvironmentFile=/etc/collector/credentials.env
        LoadCredential=opc-password:/etc/credstore/opc-password
        ExecStart=/opt/collector/bin/opc-collector --endpoint opc.tcp://«ip»:4840 --password-file ${CREDENTIALS_DIRECTORY}/opc-password
        Restart=always

        [Install]
        WantedBy=multi-user.target
        ''', ip=ip(r)))


@look("kubernetes", "secret-reference")
def la_k8s_deploy(r):
    return ("k8s/collector-deployment.yaml", T('''
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: opc-collector
          namespace: ot-«s»
        spec:
          replicas: 1
          selector:
            matchLabels: { app: opc-collector }
          template:
            metadata:
              labels: { app: opc-collector }
              annotations:
                checksum/config: «h»
            spec:
              containers:
                - name: collector
                  image: registry.«c».internal/ot/opc-collector@sha256:«d»
                  env:
                    - name: OPC_PASSWORD
                      valueFrom:
                        secretKeyRef: { name: opc-credentials, key: password }
                    - name: INFLUX_TOKEN
                      valueFrom:
                        secretKeyRef: { name: influx-write, key: token }
        ''', s=site(r), h=sha256hex(r), c=corp(r), d=sha256hex(r)))


@look("terraform", "expressions")
def la_tf_iothub(r):
    return ("terraform/iothub.tf", T('''
        resource "azurerm_iothub" "plant" {
          name                = "«hub»"
          resource_group_name = azurerm_resource_group.ot.name
          location            = "westeurope"

          sku {
            name     = "S1"
            capacity = 1
          }
        }

        resource "azurerm_key_vault_secret" "iothub_service" {
          name         = "iothub-service-connection"
          value        = azurerm_iothub.plant.shared_access_policy[0].connection_string
          key_vault_id = data.azurerm_key_vault.ot.id
        }

        output "iothub_hostname" {
          value = azurerm_iothub.plant.hostname
        }
        ''', hub=hub(r)))


@look("ansible", "vault-ciphertext")
def la_ansible_vault(r):
    data = hexs(r, r.choice([400, 560, 720]))
    body = "\n".join(data[i:i + 80] for i in range(0, len(data), 80))
    return ("ansible/group_vars/gateways/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + body + "\n")


@look("sops", "ciphertext")
def la_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(r, n), b64(r, 32), b64(r, 16))
    return ("deploy/secrets/opc.enc.yaml", T('''
        opc_password: «e1»
        influx_token: «e2»
        sops:
            age:
                - recipient: age1«rc»
            lastmodified: "«ts»"
            mac: «mac»
            version: 3.8.1
        ''', e1=enc(18), e2=enc(64), rc=rand_str(r, 58, "023456789acdefghjklmnpqrstuvwxyz"), ts=ts(r), mac=enc(32)))


@look("xml", "xmldsig")
def la_xmldsig(r):
    return ("config/signed-recipe.xml", T('''
        <?xml version="1.0" encoding="UTF-8"?>
        <Recipe id="«rid»" version="«v»">
          <Parameter name="Setpoint" value="«sp»"/>
          <Parameter name="DwellSeconds" value="«dw»"/>
          <Signature xmlns="http://www.w3.org/2000/09/xmldsig#">
            <SignedInfo>
              <CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
              <SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
              <Reference URI="">
                <DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
                <DigestValue>«dv»</DigestValue>
              </Reference>
            </SignedInfo>
            <SignatureValue>«sv»</SignatureValue>
          </Signature>
        </Recipe>
        ''', rid=uuid4(r), v=r.randint(1, 30), sp="%.1f" % r.uniform(50, 250), dw=r.randint(10, 600), dv=b64(r, 32), sv=b64(r, 256)))


@look("opcua", "certificate-base64")
def la_cert_b64_json(r):
    h = host(r, "opc")
    obj = {"applicationUri": "urn:%s:%s:Server" % (h, corp(r)), "applicationName": "%s OPC UA Server" % Asset(r),
           "discoveryUrls": ["opc.tcp://%s:4840" % h],
           "serverCertificate": base64.b64encode(cert_der(r, h, corp(r))).decode(), "thumbprint": thumb(r)}
    return ("discovery/%s.json" % h.split(".")[0], json.dumps(obj, indent=2) + "\n")


@look("asset", "uuids-serials")
def la_asset_registry(r):
    items = "\n".join("  - id: %s\n    name: %s\n    serial: %s\n    mac: %s\n    commissioned: %s" % (uuid4(r), asset(r), serial(r), mac(r).lower(), date(r))
                      for _ in range(r.randint(3, 8)))
    return ("assets/registry.yaml", "assets:\n" + items + "\n")


@look("observability", "trace-ids")
def la_trace_log(r):
    lines = []
    for _ in range(r.randint(6, 14)):
        lines.append(json.dumps({"ts": ts(r), "level": r.choice(["info", "debug", "warn"]), "msg": r.choice(["write ok", "poll cycle", "reconnect", "batch flushed"]),
                                 "trace_id": hexs(r, 32), "span_id": hexs(r, 16), "request_id": uuid4(r), "asset": asset(r)}))
    return ("logs/collector.jsonl", "\n".join(lines) + "\n")


@look("opc-da", "clsid")
def la_opcda_reg(r):
    lines = ["Windows Registry Editor Version 5.00", ""]
    for prog in r.sample(["Kepware.KEPServerEX.V6", "Matrikon.OPC.Simulation.1", "RSLinx OPC Server", "OPC.SimaticNET", "Schneider-Aut.OFS.2"], 3):
        clsid = "{%s}" % uuid4(r, upper=True)
        lines += ["[HKEY_CLASSES_ROOT\\%s]" % prog, '@="%s"' % prog, "", "[HKEY_CLASSES_ROOT\\%s\\CLSID]" % prog, '@="%s"' % clsid, ""]
    return ("docs/dcom/opc-servers.reg", "\n".join(lines) + "\n")


@look("docker", "checksum-args")
def la_dockerfile_sha(r):
    return ("docker/kepware-agent/Dockerfile", T('''
        FROM debian:bookworm-slim
        ARG AGENT_VERSION=«ver»
        ARG AGENT_SHA256=«sha»
        ADD https://downloads.«c».internal/agent/agent_${AGENT_VERSION}_amd64.deb /tmp/agent.deb
        RUN echo "${AGENT_SHA256}  /tmp/agent.deb" | sha256sum -c - \\
            && apt-get install -y /tmp/agent.deb \\
            && rm /tmp/agent.deb
        USER agent
        ENTRYPOINT ["/opt/agent/bin/agent"]
        ''', ver="%d.%d.%d" % (r.randint(1, 4), r.randint(0, 9), r.randint(0, 30)), sha=sha256hex(r), c=corp(r)))


@look("opcua", "bytestring")
def la_bytestring_log(r):
    lines = []
    for _ in range(r.randint(5, 10)):
        lines.append("%s read %s status=Good value=ByteString[%s]" % (ts(r), nodeid(r), b64(r, r.choice([16, 24, 32, 48]))))
    return ("logs/opcua-read.log", "\n".join(lines) + "\n")


@look("modbus", "hex-frames")
def la_modbus_frames(r):
    lines = []
    for i in range(r.randint(6, 12)):
        frame = rbytes(r, r.choice([8, 12, 17, 25]))
        lines.append("%s %s %s:502 %s" % (ts(r), r.choice(["TX", "RX"]), ip(r), " ".join("%02X" % b for b in frame)))
    return ("captures/modbus-%s.txt" % asset(r), "\n".join(lines) + "\n")


@look("profinet", "gsdml")
def la_gsdml(r):
    return ("gsd/GSDML-V2.41-%s-%s-%s.xml" % (corp(r).replace("-", ""), Asset(r), date(r).replace("-", "")), T('''
        <?xml version="1.0" encoding="iso-8859-1"?>
        <ISO15745Profile xmlns="http://www.profibus.com/GSDML/2003/11/DeviceProfile">
          <ProfileBody>
            <DeviceIdentity VendorID="0x«vid»" DeviceID="0x«did»">
              <InfoText TextId="IDT_INFO_Device"/>
              <VendorName Value="«c»"/>
            </DeviceIdentity>
            <ApplicationProcess>
              <DeviceAccessPointList>
                <DeviceAccessPointItem ID="DAP1" PNIO_Version="V2.41" PhysicalSlots="0..8" ModuleIdentNumber="0x«mid»"
                  MinDeviceInterval="32" DNS_CompatibleName="«dns»" FixedInSlots="0" ObjectUUID_LocalIndex="1"/>
              </DeviceAccessPointList>
            </ApplicationProcess>
          </ProfileBody>
        </ISO15745Profile>
        ''', vid=hexs(r, 4, upper=True), did=hexs(r, 4, upper=True), c=corp(r), mid=hexs(r, 8, upper=True), dns=asset(r)))


@look("c", "register-defines")
def la_c_header(r):
    defs = "\n".join("#define REG_%s_%s  0x%04Xu" % (Asset(r).upper(), s.upper(), r.randint(0, 0xFFFF)) for s in r.sample(SIGNALS, r.randint(5, 10)))
    return ("firmware/include/registers.h", "#ifndef REGISTERS_H\n#define REGISTERS_H\n\n/* Holding register map, rev %s */\n%s\n#define CRC16_INIT      0xFFFFu\n#define CRC16_POLY      0xA001u\n#define DEVICE_MAGIC    0x%08Xu\n\n#endif\n"
            % (hexs(r, 7), defs, r.getrandbits(32)))


@look("docs", "placeholder-guide")
def la_docs_placeholders(r):
    return ("docs/setup.md", T('''
        # Edge collector setup

        1. Copy `config/collector.example.yaml` to `config/collector.yaml`.
        2. Fill in the broker and historian settings:

        ```yaml
        mqtt:
          host: <broker-hostname>
          username: <mqtt-user>
          password: <mqtt-password>
        influx:
          url: https://<influx-host>:8086
          token: <INFLUX_TOKEN>
        azure:
          connection_string: "HostName=<hub>.azure-devices.net;DeviceId=<device-id>;SharedAccessKey=<device-key>"
        ```

        3. Start the service: `systemctl enable --now collector`.

        Never commit the filled-in file; it is listed in `.gitignore`.
        '''))


@look("opcua", "server-config")
def la_opcua_server_xml(r):
    return ("config/Opc.Ua.Server.Config.xml", T('''
        <?xml version="1.0" encoding="utf-8"?>
        <ApplicationConfiguration xmlns="http://opcfoundation.org/UA/SDK/Configuration.xsd">
          <ApplicationName>«a» UA Server</ApplicationName>
          <ApplicationUri>urn:«h»:«c»:«a»</ApplicationUri>
          <ApplicationType>Server_0</ApplicationType>
          <SecurityConfiguration>
            <ApplicationCertificate>
              <StoreType>Directory</StoreType>
              <StorePath>%LocalApplicationData%/OPC Foundation/pki/own</StorePath>
              <SubjectName>CN=«a» UA Server, O=«c», DC=«h»</SubjectName>
              <Thumbprint>«th»</Thumbprint>
            </ApplicationCertificate>
            <TrustedPeerCertificates>
              <StoreType>Directory</StoreType>
              <StorePath>%LocalApplicationData%/OPC Foundation/pki/trusted</StorePath>
            </TrustedPeerCertificates>
            <NonceLength>32</NonceLength>
          </SecurityConfiguration>
          <ServerConfiguration>
            <BaseAddresses>
              <ua:String xmlns:ua="http://opcfoundation.org/UA/2008/02/Types.xsd">opc.tcp://«h»:4840/«a»</ua:String>
            </BaseAddresses>
          </ServerConfiguration>
        </ApplicationConfiguration>
        ''', a=Asset(r), h=host(r, "opc"), c=corp(r), th=thumb(r)))


@look("git", "commit-shas")
def la_changelog(r):
    lines = ["# Changelog", ""]
    for i in range(r.randint(4, 9)):
        lines.append("- %s %s (%s)" % (hexs(r, 40), r.choice(["fix: modbus word order", "feat: add DBIRTH metrics", "chore: bump asyncua", "fix: reconnect backoff",
                                                            "docs: register map", "feat: OEE rollup"]), date(r)))
    return ("CHANGELOG.md", "\n".join(lines) + "\n")


@look("mqtt", "client-ids")
def la_emqx_clients_json(r):
    data = [{"clientid": "%s-%s" % (r.choice(["nr", "kep", "gw", "telegraf"]), hexs(r, 12)), "username": user(r), "ip_address": ip(r),
             "connected_at": ts(r), "proto_ver": 4, "keepalive": 60, "mqueue_len": r.randint(0, 20)} for _ in range(r.randint(3, 7))]
    return ("support/emqx-clients.json", json.dumps({"data": data, "meta": {"count": len(data), "page": 1, "limit": 100}}, indent=2) + "\n")


@look("ignition", "gateway-network")
def la_ignition_gan(r):
    lines = ["[%s] Gateway Network connection established" % ts(r)]
    for _ in range(r.randint(4, 9)):
        lines.append("%s INFO  [GatewayNetwork] remote=%s uuid=%s certFingerprint=%s status=Running" % (
            ts(r), "%s-gw" % site(r), uuid4(r), thumb(r, ":")))
    return ("logs/wrapper.log", "\n".join(lines) + "\n")


@look("calibration", "hmac-of-data")
def la_calibration_json(r):
    obj = {"instrument": serial(r), "tag": "%s/%s" % (asset(r), r.choice(SIGNALS)), "calibrated": ts(r), "points": [[0, 0.01], [50, 49.97], [100, 100.04]],
           "certificate_no": "CAL-%06d" % r.randint(0, 999999), "record_sha256": sha256hex(r)}
    return ("calibration/%s.json" % obj["certificate_no"], json.dumps(obj, indent=2) + "\n")


@look("python", "constants")
def la_py_constants(r):
    return ("collector/constants.py", T('''
        """Protocol constants (no configuration here)."""
        SPARKPLUG_NAMESPACE = "spBv1.0"
        MODBUS_EXCEPTION_CODES = {1: "ILLEGAL FUNCTION", 2: "ILLEGAL DATA ADDRESS", 3: "ILLEGAL DATA VALUE"}
        OPCUA_NS_URI = "http://«c».com/UA/Line/"
        DEFAULT_NODE = "«nid»"
        SCHEMA_UUID = "«u»"
        FRAME_MAGIC = 0x«m»
        CRC_TABLE_SEED = "«seed»"
        ''', c=corp(r), nid=nodeid(r), u=uuid4(r), m=hexs(r, 8, upper=True), seed=hexs(r, 32)))


@look("helm", "chart-lock")
def la_chart_lock(r):
    return ("charts/plant-stack/Chart.lock", T('''
        dependencies:
        - name: emqx
          repository: https://repos.emqx.io/charts
          version: 5.7.«a»
        - name: grafana
          repository: https://grafana.github.io/helm-charts
          version: 8.3.«b»
        digest: sha256:«d»
        generated: "«ts»"
        ''', a=r.randint(0, 9), b=r.randint(0, 9), d=sha256hex(r), ts=ts(r)))


@look("influxdb", "task-ids")
def la_influx_task(r):
    return ("influx/tasks/downsample.flux", T('''
        // task id «tid» (org «oid»)
        option task = {name: "downsample-«s»", every: 1h, offset: 5m}

        from(bucket: "«s»-line")
            |> range(start: -task.every)
            |> filter(fn: (r) => r._measurement == "«m»")
            |> aggregateWindow(every: 1m, fn: mean, createEmpty: false)
            |> to(bucket: "«s»-rollup", org: "«c»")
        ''', tid=hexs(r, 16), oid=hexs(r, 16), s=site(r), m=r.choice(LINES), c=corp(r)))


# =========================================================================== negative slot values
PEM_RE = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----", re.S)


def var_upper(var):
    return re.sub(r"[^A-Za-z0-9]+", "_", var).strip("_").upper()


def neg_value(r, t):
    """Return (category, value) for the secret slot of template t in a negative file."""
    VAR = var_upper(t["var"])
    low = VAR.lower().replace("_", "-")
    ctx = t["ctx"]
    sample = t["gen"](r)
    if ctx == "pem":
        label = PEM_RE.search(sample).group(0).split("-----")[1][len("BEGIN "):]
        opts = [
            ("placeholder", "-----BEGIN %s-----\n<paste the device private key here>\n-----END %s-----" % (label, label)),
            ("placeholder", "-----BEGIN %s-----\n...\n-----END %s-----" % (label, label)),
            ("masked", "-----BEGIN %s-----\n[REDACTED]\n-----END %s-----" % (label, label)),
            ("masked", "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(["*" * 64] * 3), label)),
            ("empty", ""),
            ("template", "{{ .Values.tls.key }}"),
            ("reference", "${file(\"keys/device-private.pem\")}"),
            ("reference", "vault:secret/data/ot/%s#private_key" % low),
        ]
        return r.choice(opts)
    if t["lang"] and t["lang"] != "c" and ctx == "plain" and r.random() < 0.3:
        return ("env-reference", Ref(VAR, r.random()))
    if t["docs"] and r.random() < 0.18:
        return ("documented-example", r.choice(t["docs"]))
    xs = re.sub(r"[A-Za-z0-9]", "x", sample)
    head = sample[:5] if sample[:5].isalnum() else sample[:5].rstrip("=")
    if sample.startswith(("glsa_", "glc_", "apiv3_")):
        head = sample.split("_")[0] + "_"
    if ctx == "url":
        opts = [("placeholder", "<password>"), ("placeholder", "PASSWORD"), ("env-reference", "${%s}" % VAR),
                ("masked", "****"), ("masked", "********"), ("empty", ""), ("template", "{{ %s }}" % VAR.lower()),
                ("placeholder", "{password}"), ("env-reference", "$(%s)" % VAR), ("placeholder", "xxxxxxxx")]
        if len(sample) == 36 and sample.count("-") == 4:
            opts += [("placeholder", "<your-app-key>"), ("placeholder", xs), ("masked", "********-****-****-****-************")]
        return r.choice(opts)
    if ctx == "conn":
        return r.choice([("placeholder", "<device-key>"), ("placeholder", "<your-key>"), ("placeholder", "REPLACE_WITH_KEY"),
                         ("env-reference", "${%s}" % VAR), ("masked", "****"), ("masked", "[REDACTED]"), ("empty", ""),
                         ("template", "{{%s}}" % VAR), ("placeholder", xs), ("placeholder", "{%s}" % VAR.title().replace("_", "")),
                         ("masked", head + "*" * max(4, len(sample) - len(head)))])
    opts = [
        ("placeholder", "<your-%s>" % low), ("placeholder", "YOUR_API_KEY_HERE"), ("placeholder", "changeme"),
        ("placeholder", "REPLACE_ME"), ("placeholder", xs), ("placeholder", "<%s>" % VAR), ("placeholder", "TBD"),
        ("empty", ""), ("masked", "****"), ("masked", "********"), ("masked", "[REDACTED]"), ("masked", "<redacted>"),
        ("masked", head + "*" * max(4, len(sample) - len(head))),
        ("env-reference", "${%s}" % VAR), ("env-reference", "$%s" % VAR), ("env-reference", "%%%s%%" % VAR),
        ("secret-manager", "op://Plant-OT/%s/credential" % low), ("secret-manager", "vault:secret/data/ot/%s#value" % low),
        ("secret-manager", "file:///run/secrets/%s" % low), ("secret-manager", "azurekeyvault://ot-kv/%s" % low),
        ("template", "{{ %s }}" % VAR.lower()), ("template", "{{ .Values.%s }}" % VAR.lower().replace("_", ".")),
        ("template", "${{ secrets.%s }}" % VAR), ("template", "__%s__" % VAR), ("template", "#{%s}#" % VAR),
    ]
    return r.choice(opts)


# =========================================================================== main
ENV_RE = re.compile(r"^\.env(\.[A-Za-z0-9_-]+)?$")
ENV_OK = (".example", ".sample", ".template", ".dist", ".defaults", ".tmpl")


def blocked_env(path):
    base = os.path.basename(path)
    m = ENV_RE.match(base)
    return bool(m) and not (m.group(1) or "").lower() in ENV_OK


def filetype(path):
    base = os.path.basename(path)
    if base.startswith(".env"):
        return "env"
    if base == "Dockerfile":
        return "dockerfile"
    ext = os.path.splitext(base)[1]
    return ext[1:].lower() if ext else base.lower()


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def cycle(r, n, total):
    order = []
    while len(order) < total:
        block = list(range(n))
        r.shuffle(block)
        order += block
    return order[:total]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_ey.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    for sub in ("pos", "neg"):
        if os.path.isdir(os.path.join(outdir, sub)):
            shutil.rmtree(os.path.join(outdir, sub))
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []
    env_pos = 0

    for i, ti in enumerate(cycle(r, len(POS), N_POS)):
        t = POS[ti]
        new_file_context(r)
        v = t["gen"](r)
        rel, text = t["render"](r, v)
        if t["ctx"] == "pem":
            m = PEM_RE.search(text)
            assert m, t["name"]
            needle = m.group(0)
        else:
            needle = v
        idx = text.find(needle)
        assert idx >= 0, (t["name"], needle)
        line = text.count("\n", 0, idx) + 1
        assert needle.split("\n")[0] in text.split("\n")[line - 1], t["name"]
        assert needle.strip() and len(needle) >= 8, t["name"]
        if blocked_env(rel):
            env_pos += 1
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": filetype(rel)})
        secrets.append({"file": f, "needle": needle, "line": line})
    assert env_pos * 20 <= N_POS, env_pos

    plan = ["reuse"] * (N_NEG // 2) + ["look"] * (N_NEG - N_NEG // 2)
    r.shuffle(plan)
    reuse_order = cycle(r, len(POS), N_NEG)
    look_order = cycle(r, len(LOOK), N_NEG)
    ri = li = 0
    for i, what in enumerate(plan):
        new_file_context(r)
        if what == "reuse":
            t = POS[reuse_order[ri]]
            ri += 1
            cat, v = neg_value(r, t)
            rel, text = t["render"](r, v)
            provider, kind = t["provider"], "%s/%s" % (cat, t["kind"])
            for m in PEM_RE.finditer(text):
                assert not re.search(r"[A-Za-z0-9+/]{40,}", m.group(0)), t["name"]
        else:
            t = LOOK[look_order[li]]
            li += 1
            rel, text = t["render"](r)
            provider, kind = t["provider"], t["kind"]
            assert not PEM_RE.search(text), t["name"]
        if blocked_env(rel):
            rel = os.path.join(os.path.dirname(rel), ".env.example")
        assert not blocked_env(rel)
        f = "neg/n%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": provider, "kind": kind, "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")

    # re-read every positive and check the recorded line
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8", newline="") as fh:
            text = fh.read()
        idx = text.find(s["needle"])
        assert idx >= 0 and text.count("\n", 0, idx) + 1 == s["line"], s["file"]
    assert len(manifest) == N_POS + N_NEG
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
