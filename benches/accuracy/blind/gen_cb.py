#!/usr/bin/env python3
"""Blind evaluation-set generator "cb": IoT cloud platforms and device provisioning.

EMPHASIS
    Credentials that end up in firmware, provisioning scripts and fleet tooling of IoT
    products (not the homelab): Azure IoT Hub / DPS connection strings, symmetric keys and
    SAS tokens; AWS IoT device private keys, custom-authorizer tokens and the IAM keys of
    fleet-provisioning scripts; Google-Cloud-IoT-style device keys and pre-minted JWTs;
    Particle access tokens; Blynk auth tokens; ThingSpeak write/read API keys; Adafruit IO
    keys (aio_...); Losant access secrets; Golioth PSKs and API keys; balena API keys;
    LoRaWAN AppKeys / NwkKeys and The Things Stack API keys (NNSXS....); Arduino IoT Cloud
    device secret keys and API client secrets; Tuya cloud access secrets and local keys;
    Ubidots tokens (BBFF-/BBUS-); Hologram API keys; Soracom auth keys; Blues Notehub client
    secrets; MQTT broker passwords; TLS-PSK device keys.
    File types: Arduino .ino, PlatformIO (platformio.ini, include/secrets.h), arduino_secrets.h,
    ESP-IDF sdkconfig / sdkconfig.defaults / Kconfig.projbuild, ESP-IDF C sources, Zephyr
    prj.conf, CircuitPython code.py / settings.toml, MicroPython main.py / config.py, C/C++
    headers, Python provisioning scripts, Node.js and Go fleet tools, Node-RED flows.json /
    flows_cred.json, YAML fleet configs, balena.yml, docker-compose.yml, Dockerfiles, JSON
    device twins / configs, CSV provisioning manifests, Markdown runbooks, .env files, shell
    scripts, mosquitto.conf / psk files, PEM key files, Java .properties, GitHub workflows,
    Azure IoT Edge config.toml, VS Code settings.json, Azure Functions local.settings.json.

USAGE
    python3 gen_cb.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, look-alikes only), OUTDIR/manifest.jsonl and
    OUTDIR/secrets.jsonl.  Deterministic per SEED (only random.Random(SEED) is used).

NEEDLE CONVENTIONS
    needle = the secret exactly as it is written in the file, first occurrence, 1-based line.
    * id/secret pairs (Losant key+secret, Soracom keyId+secret, Tuya access id+secret,
      AWS access key id+secret, Notehub/Arduino client id+secret): needle is the secret half.
    * Azure connection strings: needle is the SharedAccessKey value only (base64).
    * Azure SAS tokens: needle is the sig= value exactly as written (URL-encoded base64).
    * URLs with credentials (mqtt://user:PASS@host, ?api_key=KEY, ?access_token=TOK): the
      password / key only.
    * The Things Stack API keys (NNSXS.<id>.<secret>) and JWTs: the whole token.
    * LoRaWAN keys / TLS-PSKs written as C byte arrays: the text from the first 0x.. byte to
      the last byte inside the braces (e.g. "0x2B, 0x7E, ..., 0x3C"); as hex strings: the hex.
    * PEM private keys: the whole block from "-----BEGIN" to the end of the "-----END ...-----"
      line, as written (in JSON it is the \\n-escaped single-line form); line = BEGIN line.
    * Human passwords (MQTT broker): the password.

NEGATIVES
    About half re-use the positive templates with the secret slot filled by a look-alike:
    provider-style placeholders (YOUR_BLYNK_TOKEN, <your-app-key>, FILLMEIN, XXXX...),
    environment / secret-manager references (os.environ[...], process.env.X, ${X},
    ${sysenv.X}, ${{ secrets.X }}), masked values (aio_****, BBFF-••••), [REDACTED], empty
    values, zero-filled byte arrays, public certificates / public keys in place of a
    private key, and placeholder-only PEM bodies.  The other half are domain look-alikes:
    DevEUI / JoinEUI / AppEUI tables, device ids and serials (Particle 24-hex ids, balena
    UUIDs, Losant device ids, Tuya device/product ids), MACs, IMEIs, ICCIDs, IMSIs, Notecard
    product UIDs, Azure DPS ID scopes and x509 thumbprints, TPM endorsement keys (public),
    AWS IoT endpoints and device certificates, Amazon root CA, public keys / JWKs for
    device-key registration, firmware manifests with SHA-256 / MD5 digests and Ed25519
    signatures, Node-RED encrypted flows_cred.json ciphertext, mosquitto passwd PBKDF2
    hashes, secure-element (ATECC608) slot references, eFuse/flash-encryption references,
    NVS partition CSVs pointing at files, Git LFS pointers, RFC 4493 AES-CMAC test vectors,
    i18n strings, empty secrets.h / settings.toml templates, documentation example keys
    published by the providers (AWS AKIAIOSFODNN7EXAMPLE pair, The Things Stack docs key).

DOUBTS
    Formats written from memory or only partly confirmed:
    * Blynk auth token: 32 chars of [A-Za-z0-9_-] (from memory).
    * Particle access token: 40 lowercase hex (from memory).
    * ThingSpeak API keys: 16 chars [A-Z0-9] (from memory).
    * Adafruit IO key: "aio_" + 28 alphanumerics (from memory; older keys were 32 hex).
    * balena API key: 32 alphanumerics (from memory, uncertain).
    * Golioth PSK: free-form; generated here as 32 hex or 24 alnum (uncertain); Golioth API
      key 32 alnum (uncertain).
    * Arduino IoT Cloud device secret key: 20 chars of upper-case letters, digits and a few
      symbols (uncertain); Arduino API client id 32 alnum / secret 64 alnum (uncertain).
    * Tuya: access id 20 [a-z0-9], access secret 32 [a-z0-9], local key 16 printable chars
      (from memory).
    * Ubidots: "BBFF-"/"BBUS-" + 30 alnum (docs show BBFF- tokens of varying length).
    * Hologram API key: 32 alnum (uncertain).  Notehub client secret: 40 alnum (uncertain).
    * Soracom: keyId- + 32 alnum, secret- + 64 alnum (lengths from memory; prefixes seen in a
      published tutorial that masks them).
    * Azure DPS enrollment-group symmetric keys: 64 random bytes base64 (88 chars) (memory).
    * AWS IoT custom-authorizer tokens are user-defined; generated as 40-48 base64url chars.
    * RSA / EC private keys are structurally valid DER (correct ASN.1 framing) filled with
      random integers, not mathematically valid keys.
    Labels a reviewer might dispute:
    * mosquitto passwd files with $7$ PBKDF2 hashes are labelled negative (hashes, not secrets).
    * Node-RED encrypted flows_cred.json ciphertext is negative.
    * Provider documentation example keys (AWS EXAMPLE pair, The Things Stack docs example
      API key) and the RFC 4493 AES test key are negative.
    * ThingSpeak *read* API keys are labelled positive (they unlock private channels).
    * TPM endorsement keys (public) and x509 thumbprints are negative.
    * Negatives that re-use positive templates keep the public half of a pair next to the
      placeholder secret (Soracom keyId-..., Tuya access id, Arduino/Notehub client ids,
      Losant access-key UUIDs); these are identifiers, not credentials.  AWS access key ids
      in such negatives are replaced by AKIAIOSFODNN7EXAMPLE or a placeholder.
    * "masked" look-alikes sometimes keep the last 4 characters visible (e.g. "xxxx...QIMO").
    * ESP-IDF's own default CONFIG_EXAMPLE_WIFI_PASSWORD="mypassword" appears in a negative.

SEARCHES
    docs/pages searches: The Things Stack API key format (docs: NNSXS.<39>.<52>), Soracom
    auth key id/secret (qiita tutorial, masked), Ubidots token auth (docs), Losant device
    key/secret (docs, Espruino module page), Golioth PSK-ID/PSK Kconfig options (Golioth
    SDK README), Hologram API key (client library pages), Adafruit IO key, Arduino Cloud
    secrets tab, Notehub API client_id/client_secret (Blues docs), Azure IoT Hub SAS token
    format (Microsoft Learn).  Scanner-related material shown: a GitGuardian detector page
    for "Adafruit IO API Key" appeared in one result list; it was ignored (not opened, not
    used).
"""
import base64
import binascii
import hashlib
import json
import os
import random
import string
import sys
import urllib.parse

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
ALNUM = UP + LO + DG
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B32 = UP + "234567"

ALL_SECRETS = []  # every secret generated into a positive file


# ----------------------------------------------------------------------------- utilities
def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def rs_mixed(r, n, alpha=ALNUM):
    """random string that contains upper, lower and digit when alphabet allows it"""
    while True:
        s = rs(r, n, alpha)
        ok = True
        if any(c in alpha for c in UP) and not any(c in UP for c in s):
            ok = False
        if any(c in alpha for c in LO) and not any(c in LO for c in s):
            ok = False
        if any(c in alpha for c in DG) and not any(c in DG for c in s):
            ok = False
        if ok:
            return s


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def b64url(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def hexs(r, n, upper=False):
    return rs(r, n, HEXU if upper else HEXL)


def uuid4(r):
    h = list(hexs(r, 32))
    h[12] = "4"
    h[16] = r.choice("89ab")
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def pick(r, seq):
    return r.choice(seq)


def chance(r, p=0.5):
    return r.random() < p


def mac(r, sep=":"):
    first = r.choice(["24:0A:C4", "30:AE:A4", "A4:CF:12", "84:F3:EB", "B8:27:EB", "DC:A6:32",
                      "7C:9E:BD", "E8:DB:84", "3C:71:BF", "CC:50:E3"]).replace(":", sep)
    return first + sep + sep.join(hexs(r, 2, True) for _ in range(3))


def eui(r, oui=None):
    oui = oui or r.choice(["70B3D57ED", "A84041", "0004A3", "2CF7F1", "24E124", "0080E1",
                           "1C8779", "E8E1E1"])
    return (oui + hexs(r, 16, True))[:16]


def imei(r):
    return r.choice(["35", "86", "35"]) + rs(r, 13, DG)


def iccid(r):
    return "89" + r.choice(["01", "44", "49", "81", "46"]) + rs(r, 15, DG)


def to_carr(hexstr, per_line=None, indent=""):
    bs = ["0x" + hexstr[i:i + 2].upper() for i in range(0, len(hexstr), 2)]
    return ", ".join(bs)


# ----------------------------------------------------------------------------- DER / PEM
def der_len(n):
    if n < 0x80:
        return bytes([n])
    if n < 0x100:
        return bytes([0x81, n])
    return bytes([0x82, n >> 8, n & 0xFF])


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int(r, nbytes, top=True):
    b = bytearray(rbytes(r, nbytes))
    if top:
        b[0] |= 0x80
    if b[0] & 0x80:
        b = b"\x00" + bytes(b)
    return der(0x02, bytes(b))


def pem_wrap(label, data):
    s = base64.b64encode(data).decode()
    lines = [s[i:i + 64] for i in range(0, len(s), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def rsa_key_der(r):
    body = (der(0x02, b"\x00") + der_int(r, 256) + der(0x02, b"\x01\x00\x01") + der_int(r, 256, False)
            + der_int(r, 128) + der_int(r, 128) + der_int(r, 128, False) + der_int(r, 128, False)
            + der_int(r, 128, False))
    return der(0x30, body)


EC_OID = bytes.fromhex("06082a8648ce3d030107")
ECPUB_OID = bytes.fromhex("06072a8648ce3d0201")


def ec_key_der(r):
    priv = rbytes(r, 32)
    pub = b"\x04" + rbytes(r, 64)
    body = (der(0x02, b"\x01") + der(0x04, priv) + der(0xA0, EC_OID) + der(0xA1, der(0x03, b"\x00" + pub)))
    return der(0x30, body)


def gen_rsa_pem(r, pkcs8=False):
    d = rsa_key_der(r)
    if pkcs8:
        alg = der(0x30, bytes.fromhex("06092a864886f70d010101") + b"\x05\x00")
        d = der(0x30, der(0x02, b"\x00") + alg + der(0x04, d))
        return pem_wrap("PRIVATE KEY", d)
    return pem_wrap("RSA PRIVATE KEY", d)


def gen_ec_pem(r, pkcs8=False):
    d = ec_key_der(r)
    if pkcs8:
        alg = der(0x30, ECPUB_OID + EC_OID)
        d2 = der(0x30, der(0x02, b"\x01") + der(0x04, d[2 + 3 + 2:2 + 3 + 2 + 32])
                 + der(0xA1, der(0x03, b"\x00\x04" + rbytes(r, 64))))
        return pem_wrap("PRIVATE KEY", der(0x30, der(0x02, b"\x00") + alg + der(0x04, d2)))
    return pem_wrap("EC PRIVATE KEY", d)


def gen_cert_pem(r, cn="device"):
    """structurally plausible (not valid) X.509 certificate: public material"""
    tbs = (der(0xA0, der(0x02, b"\x02")) + der_int(r, 20, False)
           + der(0x30, bytes.fromhex("06092a864886f70d01010b0500"))
           + der(0x30, der(0x31, der(0x30, bytes.fromhex("0603550403") + der(0x0C, b"Amazon Web Services O=Amazon.com Inc. L=Seattle ST=Washington C=US")))))
    tbs += der(0x30, der(0x17, b"240311094512Z") + der(0x17, b"491231235959Z"))
    tbs += der(0x30, der(0x31, der(0x30, bytes.fromhex("0603550403") + der(0x0C, cn.encode()))))
    tbs += der(0x30, der(0x30, bytes.fromhex("06092a864886f70d0101010500")) + der(0x03, b"\x00" + der(0x30, der_int(r, 256) + der(0x02, b"\x01\x00\x01"))))
    cert = der(0x30, der(0x30, tbs) + der(0x30, bytes.fromhex("06092a864886f70d01010b0500")) + der(0x03, b"\x00" + rbytes(r, 256)))
    return pem_wrap("CERTIFICATE", cert)


def gen_pubkey_pem(r, ec=True):
    if ec:
        d = der(0x30, der(0x30, ECPUB_OID + EC_OID) + der(0x03, b"\x00\x04" + rbytes(r, 64)))
    else:
        d = der(0x30, der(0x30, bytes.fromhex("06092a864886f70d0101010500"))
                + der(0x03, b"\x00" + der(0x30, der_int(r, 256) + der(0x02, b"\x01\x00\x01"))))
    return pem_wrap("PUBLIC KEY", d)


# ----------------------------------------------------------------------------- passwords
PW_WORDS = ["Greenhouse", "tractor", "Silo", "pump", "Harbor", "falcon", "Orchard", "meter",
            "Barley", "copper", "Lantern", "sensor", "Maple", "river", "Vineyard", "bridge",
            "Cobalt", "pelican", "Juniper", "turbine", "Granite", "walrus", "Saffron", "kettle",
            "Hydro", "beacon", "Nimbus", "otter", "Quartz", "fjord", "Tundra", "mango"]
PW_SYM = "!-_.*+="


def gen_password(r):
    style = r.randrange(5)
    if style == 0:
        s = pick(r, PW_WORDS).capitalize() + pick(r, PW_SYM) + str(r.randrange(10, 9999))
    elif style == 1:
        s = pick(r, PW_WORDS).capitalize() + pick(r, PW_WORDS).lower() + str(r.randrange(1, 99)) + pick(r, PW_SYM)
    elif style == 2:
        w = pick(r, PW_WORDS).lower()
        leet = w.replace("o", "0").replace("e", "3").replace("a", "4").replace("i", "1")
        s = leet.capitalize() + pick(r, PW_SYM) + pick(r, PW_WORDS).lower() + str(r.randrange(2, 30))
    elif style == 3:
        s = rs_mixed(r, r.randrange(14, 22), ALNUM)
    else:
        s = rs(r, 4, LO) + pick(r, PW_SYM) + rs(r, 4, LO + DG) + pick(r, PW_SYM) + rs(r, 4, UP + DG)
    if not s[0].isalpha():
        s = "k" + s
    return s


# ----------------------------------------------------------------------------- names / context
HUBS = ["acme-fleet-prod", "agri-sense-hub", "coldchain-iot", "meterhub-eu", "smartvalve-prod",
        "kiln-monitor", "hvac-telemetry", "vineyard-iot-weu", "buoy-net", "powerline-hub01"]
DPS = ["acme-dps-global", "fleet-provisioning", "dps-coldchain", "meter-dps-weu", "kiln-dps"]
DEVS = ["pump-station-07", "coldbox-a113", "meter-00412", "greenhouse-ctl-2", "buoy-17",
        "hvac-rtu-3", "kiln-ctrl-01", "gw-barn-east", "valve-node-12", "tracker-0931",
        "silo-level-4", "env-sensor-88", "edge-gw-hq", "feeder-ctl-9", "ph-probe-21"]
PROJECTS = ["agrisense", "coldchain", "smart-meter", "kiln-monitor", "buoy-tracker",
            "hvac-retrofit", "tank-level", "fleet-gateway", "air-quality", "soil-probe"]
SSIDS = ["FactoryFloor-IoT", "Barn-2.4G", "WAREHOUSE_SENSORS", "ColdRoom-AP", "LabNet",
         "Plant3-OT", "Greenhouse_WiFi", "ShopFloor-Devices"]
REGIONS = ["us-east-1", "eu-west-1", "eu-central-1", "us-west-2", "ap-southeast-2"]
AWS_EP_SUB = lambda r: rs(r, 14, LO + DG)
MQTT_HOSTS = ["mqtt.acme-fleet.io", "broker.coldchain.internal", "mq.agrisense.net",
              "mqtt-eu.meterhub.com", "10.20.0.15", "broker.kilnmon.io", "iot-broker.plant3.lan"]
MQTT_USERS = ["gateway", "fleet-ingest", "device-ota", "telegraf", "nodered", "bridge", "sensor-hub"]
TTN_APPS = ["soil-probes-eu", "buoy-network", "cattle-trackers", "tank-level-868", "ag-weather"]
TTN_CLUSTERS = ["eu1", "nam1", "au1"]


def pj(r):
    return pick(r, PROJECTS)


# ----------------------------------------------------------------------------- secret generators
def g_azure_dev(r):
    return dict(secret=b64(r, 32), hub=pick(r, HUBS), dev=pick(r, DEVS))


def g_azure_svc(r):
    return dict(secret=b64(r, 32), hub=pick(r, HUBS),
                policy=pick(r, ["iothubowner", "service", "registryReadWrite", "registryRead"]))


def g_azure_sas(r):
    sig = urllib.parse.quote(b64(r, 32), safe="")
    return dict(secret=sig, hub=pick(r, HUBS), dev=pick(r, DEVS), se=str(r.randrange(1735000000, 1900000000)))


def g_dps_svc(r):
    return dict(secret=b64(r, 32), dps=pick(r, DPS))


def g_dps_group(r):
    return dict(secret=b64(r, 64), dps=pick(r, DPS), scope="0ne00" + rs(r, 6, HEXU))


def g_aws_rsa(r):
    return dict(secret=gen_rsa_pem(r, pkcs8=chance(r, 0.2)), thing=pick(r, DEVS))


def g_aws_iam(r):
    return dict(secret=rs_mixed(r, 40, ALNUM + "+/"), akid="AKIA" + rs(r, 16, B32), region=pick(r, REGIONS))


def g_aws_authz(r):
    return dict(secret=b64url(rbytes(r, r.choice([30, 33, 36]))), authorizer=pick(r, ["FleetTokenAuthorizer", "device-token-authz", "LegacyGatewayAuth"]))


def g_gcp_ec(r):
    return dict(secret=gen_ec_pem(r, pkcs8=chance(r, 0.4)), dev=pick(r, DEVS))


def g_gcp_rsa(r):
    return dict(secret=gen_rsa_pem(r, pkcs8=chance(r, 0.6)), dev=pick(r, DEVS))


def g_gcp_jwt(r):
    alg = r.choice(["RS256", "ES256"])
    hdr = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    iat = r.randrange(1690000000, 1760000000)
    body = b64url(json.dumps({"iat": iat, "exp": iat + 86400, "aud": pj(r) + "-" + rs(r, 6, LO + DG)},
                             separators=(",", ":")).encode())
    sig = b64url(rbytes(r, 256 if alg == "RS256" else 64))
    return dict(secret=hdr + "." + body + "." + sig, dev=pick(r, DEVS))


def g_particle(r):
    return dict(secret=hexs(r, 40), devid=hexs(r, 24))


def g_blynk(r):
    return dict(secret=rs_mixed(r, 32, ALNUM + "_-" if chance(r) else ALNUM), tmpl="TMPL" + rs(r, 8, ALNUM))


def g_ts_write(r):
    return dict(secret=rs_mixed(r, 16, UP + DG), channel=str(r.randrange(100000, 2999999)))


g_ts_read = g_ts_write


def g_aio(r):
    return dict(secret="aio_" + rs_mixed(r, 28), user=pick(r, ["jmarsh", "greenfield_labs", "kiln_ops", "tessa_io", "farmbot42"]))


def g_losant(r):
    return dict(secret=hexs(r, 64), key=uuid4(r), devid=hexs(r, 24))


def g_golioth_psk(r):
    psk = hexs(r, 32) if chance(r) else rs_mixed(r, 24)
    return dict(secret=psk, pskid=pick(r, DEVS) + "@" + pj(r) + "-" + rs(r, 4, LO + DG))


def g_golioth_api(r):
    return dict(secret=rs_mixed(r, 32), project=pj(r))


def g_balena(r):
    return dict(secret=rs_mixed(r, 32), fleet=pj(r))


def g_ttn_appkey(r):
    return dict(secret=hexs(r, 32, True), deveui=eui(r), joineui=eui(r, "70B3D57ED"), app=pick(r, TTN_APPS))


g_ttn_nwkkey = g_ttn_appkey


def g_ttn_api(r):
    return dict(secret="NNSXS." + rs(r, 39, B32) + "." + rs(r, 52, B32), app=pick(r, TTN_APPS),
                cluster=pick(r, TTN_CLUSTERS))


def g_arduino_dev(r):
    return dict(secret=rs_mixed(r, 20, UP + DG + "!#?@"), devid=uuid4(r))


def g_arduino_api(r):
    return dict(secret=rs_mixed(r, 64), clientid=rs_mixed(r, 32))


def g_tuya_secret(r):
    return dict(secret=rs(r, 32, LO + DG), accessid=rs(r, 20, LO + DG), region=pick(r, ["us", "eu", "cn", "in"]))


def g_tuya_local(r):
    return dict(secret=rs_mixed(r, 16, ALNUM + "!&()*+-.:;<=>?@[]^_{|}~"),
                devid=pick(r, ["bf", "eb", "01"]) + rs(r, 20, LO + DG), ip="192.168.%d.%d" % (r.randrange(0, 9), r.randrange(20, 250)))


def g_ubidots(r):
    return dict(secret=r.choice(["BBFF-", "BBUS-"]) + rs_mixed(r, 30), label=pick(r, DEVS))


def g_hologram(r):
    return dict(secret=rs_mixed(r, 32), orgid=str(r.randrange(10000, 99999)))


def g_soracom(r):
    return dict(secret="secret-" + rs_mixed(r, 64), keyid="keyId-" + rs_mixed(r, 32))


def g_notehub(r):
    return dict(secret=rs_mixed(r, 40), clientid=uuid4(r), product="com." + pick(r, ["acme", "coldchain", "agrisense", "kilnworks"]) + "." + pick(r, ["ops", "dev", "jlee"]) + ":" + pj(r))


def g_mqtt_pw(r):
    return dict(secret=gen_password(r), host=pick(r, MQTT_HOSTS), user=pick(r, MQTT_USERS))


def g_tls_psk(r):
    return dict(secret=hexs(r, r.choice([32, 64]), chance(r, 0.3)), identity=pick(r, DEVS))


GENS = {
    ("azure_iot_hub", "device_connection_string_key"): g_azure_dev,
    ("azure_iot_hub", "service_connection_string_key"): g_azure_svc,
    ("azure_iot_hub", "sas_token"): g_azure_sas,
    ("azure_dps", "service_connection_string_key"): g_dps_svc,
    ("azure_dps", "enrollment_group_symmetric_key"): g_dps_group,
    ("aws_iot", "device_private_key"): g_aws_rsa,
    ("aws_iot", "custom_authorizer_token"): g_aws_authz,
    ("aws", "iam_secret_access_key"): g_aws_iam,
    ("gcp_iot", "device_private_key_ec"): g_gcp_ec,
    ("gcp_iot", "device_private_key_rsa"): g_gcp_rsa,
    ("gcp_iot", "device_jwt"): g_gcp_jwt,
    ("particle", "access_token"): g_particle,
    ("blynk", "auth_token"): g_blynk,
    ("thingspeak", "write_api_key"): g_ts_write,
    ("thingspeak", "read_api_key"): g_ts_read,
    ("adafruit_io", "aio_key"): g_aio,
    ("losant", "access_secret"): g_losant,
    ("golioth", "device_psk"): g_golioth_psk,
    ("golioth", "api_key"): g_golioth_api,
    ("balena", "api_key"): g_balena,
    ("lorawan_ttn", "app_key"): g_ttn_appkey,
    ("lorawan_ttn", "nwk_key"): g_ttn_nwkkey,
    ("lorawan_ttn", "api_key"): g_ttn_api,
    ("arduino_iot_cloud", "device_secret_key"): g_arduino_dev,
    ("arduino_iot_cloud", "api_client_secret"): g_arduino_api,
    ("tuya", "access_secret"): g_tuya_secret,
    ("tuya", "local_key"): g_tuya_local,
    ("ubidots", "token"): g_ubidots,
    ("hologram", "api_key"): g_hologram,
    ("soracom", "auth_key"): g_soracom,
    ("blues_notehub", "client_secret"): g_notehub,
    ("mqtt", "broker_password"): g_mqtt_pw,
    ("tls_psk", "device_psk"): g_tls_psk,
}

PEM_KINDS = {"device_private_key", "device_private_key_ec", "device_private_key_rsa"}


# ----------------------------------------------------------------------------- look-alikes
class Ref:
    """environment / secret-manager reference used in negatives"""

    def __init__(self, name, style):
        self.name = name
        self.style = style  # 0..n variant selector

    def render(self, lang, quote='"'):
        n, s = self.name, self.style
        if lang == "py":
            return ['os.environ["%s"]' % n, 'os.getenv("%s")' % n, 'os.environ.get("%s", "")' % n,
                    'secrets_client.get_secret_value(SecretId="%s")["SecretString"]' % n.lower().replace("_", "/")][s % 4]
        if lang == "js":
            return ["process.env.%s" % n, "process.env['%s']" % n, "config.get('%s')" % n.lower().replace("_", ".")][s % 3]
        if lang == "go":
            return ['os.Getenv("%s")' % n, 'mustEnv("%s")' % n][s % 2]
        if lang == "ini":
            return "${sysenv.%s}" % n
        if lang == "gha":
            return "${{ secrets.%s }}" % n
        if lang == "props":
            return "${%s}" % n
        inner = ["${%s}" % n, "${%s:?missing}" % n if lang == "sh" else "${%s}" % n, "$%s" % n if lang in ("sh", "docker") else "${%s}" % n][s % 3]
        return quote + inner + quote

    def inline(self, lang):
        if lang == "ini":
            return "${sysenv.%s}" % self.name
        if lang == "gha":
            return "${{ secrets.%s }}" % self.name
        return "${%s}" % self.name


REF_LANGS = {"py", "js", "go", "sh", "yaml", "gha", "ini", "docker", "json", "props", "md", "env"}
INLINE_REF_LANGS = {"sh", "yaml", "gha", "ini", "docker", "json", "props", "md", "env"}

PLACEHOLDERS = {
    "blynk": ["YOUR_BLYNK_TOKEN", "YourAuthToken", "YOUR_AUTH_TOKEN", "<blynk-auth-token>"],
    "thingspeak": ["XXXXXXXXXXXXXXXX", "YOUR_WRITE_API_KEY", "<THINGSPEAK_API_KEY>", "SECRET_WRITE_APIKEY"],
    "adafruit_io": ["YOUR_AIO_KEY", "aio_XXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<adafruit-io-key>", "ADAFRUIT_IO_KEY"],
    "particle": ["YOUR_PARTICLE_ACCESS_TOKEN", "<access_token>", "PARTICLE_TOKEN_HERE"],
    "losant": ["my-app-access-secret", "<losant-access-secret>", "YOUR_ACCESS_SECRET"],
    "golioth": ["my-psk", "<your-psk>", "REPLACE_WITH_PSK", "YOUR_GOLIOTH_API_KEY"],
    "balena": ["<balena-api-key>", "YOUR_BALENA_TOKEN", "replace-me"],
    "lorawan_ttn": ["<your-app-key>", "FILLMEIN", "00000000000000000000000000000000", "NNSXS.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<api-key>"],
    "arduino_iot_cloud": ["YOUR_DEVICE_SECRET_KEY", "<SECRET_DEVICE_KEY>", "your-client-secret"],
    "tuya": ["<access-secret>", "YOUR_TUYA_SECRET", "xxxxxxxxxxxxxxxx", "<local_key>"],
    "ubidots": ["BBFF-YOUR-TOKEN-HERE", "YOUR_UBIDOTS_TOKEN", "<ubidots_token>", "BBUS-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    "hologram": ["YOUR_HOLOGRAM_API_KEY", "<apikey>", "Your API key from the dashboard"],
    "soracom": ["secret-XXXXXXXXXXXXXXXXXXXX", "<auth-key-secret>", "YOUR_SORACOM_AUTH_KEY"],
    "blues_notehub": ["your-client-secret", "<NOTEHUB_CLIENT_SECRET>", "CLIENT_SECRET_HERE"],
    "mqtt": ["changeme", "<password>", "YOUR_MQTT_PASSWORD", "password-goes-here"],
    "tls_psk": ["<hex-encoded-psk>", "REPLACE_WITH_DEVICE_PSK", "000102030405060708090a0b0c0d0e0f"],
    "azure_iot_hub": ["<primary key>", "{device_key}", "YOUR_DEVICE_KEY", "<shared-access-key>", "[SharedAccessKey]"],
    "azure_dps": ["<group-enrollment-primary-key>", "{enrollment_key}", "YOUR_GROUP_KEY", "<shared-access-key>"],
    "aws_iot": ["<token-value>", "YOUR_AUTHORIZER_TOKEN", "replace-with-token"],
    "aws": ["<aws-secret-access-key>", "YOUR_SECRET_KEY", "your-secret-key-here"],
    "gcp_iot": ["<jwt>", "YOUR_JWT_HERE", "unused"],
}
MASK_PREFIX = {"adafruit_io": "aio_", "ubidots": "BBFF-", "soracom": "secret-", "lorawan_ttn": "NNSXS.",
               "particle": "", "blynk": "", "thingspeak": ""}


def env_name(prov, kind):
    base = {"azure_iot_hub": "IOTHUB", "azure_dps": "DPS", "aws_iot": "AWS_IOT", "aws": "AWS",
            "gcp_iot": "GCP_IOT", "lorawan_ttn": "TTN", "arduino_iot_cloud": "ARDUINO",
            "blues_notehub": "NOTEHUB", "adafruit_io": "AIO", "tls_psk": "DEVICE"}.get(prov, prov.upper())
    tail = {"device_connection_string_key": "DEVICE_KEY", "service_connection_string_key": "SERVICE_KEY",
            "sas_token": "SAS_TOKEN", "enrollment_group_symmetric_key": "GROUP_KEY", "custom_authorizer_token": "AUTH_TOKEN",
            "iam_secret_access_key": "SECRET_ACCESS_KEY", "device_jwt": "JWT", "access_token": "ACCESS_TOKEN",
            "auth_token": "AUTH_TOKEN", "write_api_key": "WRITE_API_KEY", "read_api_key": "READ_API_KEY",
            "aio_key": "KEY", "access_secret": "ACCESS_SECRET", "device_psk": "PSK", "api_key": "API_KEY",
            "app_key": "APP_KEY", "nwk_key": "NWK_KEY", "device_secret_key": "DEVICE_KEY",
            "api_client_secret": "CLIENT_SECRET", "local_key": "LOCAL_KEY", "token": "TOKEN",
            "auth_key": "AUTH_KEY", "client_secret": "CLIENT_SECRET", "broker_password": "PASSWORD"}.get(kind, "SECRET")
    return base + "_" + tail


def lookalike(r, prov, kind, lang, inline=False):
    """returns (value, lookalike_type); value is str or Ref"""
    if kind in PEM_KINDS:
        t = r.choice(["public_certificate", "public_key", "placeholder_pem"])
        if t == "public_certificate":
            return gen_cert_pem(r, pick(r, DEVS)), t
        if t == "public_key":
            return gen_pubkey_pem(r, ec=chance(r)), t
        label = pick(r, ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"])
        body = pick(r, ["PASTE_YOUR_DEVICE_PRIVATE_KEY_HERE", "...", "<contents of private.pem.key>",
                        "# generated on the device, never leaves the secure element"])
        return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, body, label), t
    opts = ["placeholder", "placeholder", "masked", "empty", "redacted"]
    if lang in REF_LANGS and (not inline or lang in INLINE_REF_LANGS):
        opts += ["env_ref", "env_ref", "env_ref"]
    if lang == "carr":
        opts = ["zero_array", "fillmein", "zero_array"]
    t = r.choice(opts)
    if t == "env_ref":
        return Ref(env_name(prov, kind), r.randrange(12)), "env_reference"
    if t == "zero_array":
        return ", ".join(["0x00"] * 16), "zero_filled"
    if t == "fillmein":
        return "FILLMEIN", "placeholder"
    if t == "empty":
        return "", "empty"
    if t == "redacted":
        return pick(r, ["[REDACTED]", "<redacted>", "***", "REDACTED", "********"]), "redacted"
    if t == "masked":
        pre = MASK_PREFIX.get(prov, "")
        if prov == "lorawan_ttn" and kind == "api_key":
            return "NNSXS." + rs(r, 6, B32) + "..." + "." + "*" * 8, "masked"
        return pre + pick(r, ["*" * r.randrange(8, 24), "•" * 10, "x" * 12, "…"]) + (pick(r, ["", "", rs(r, 4, DG + UP)]) if not pre else ""), "masked"
    ph = PLACEHOLDERS.get(prov, ["<secret>", "CHANGE_ME"])
    if kind in ("app_key", "nwk_key"):
        ph = ["<your-app-key>", "FILLMEIN", "00000000000000000000000000000000", "YOUR_APP_KEY"]
    elif kind == "api_key" and prov == "lorawan_ttn":
        ph = ["NNSXS.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<api-key>", "NNSXS.<key-id>.<secret>"]
    return pick(r, ph), "placeholder"


# ----------------------------------------------------------------------------- slot
class Slot:
    def __init__(self, v, info):
        self.v = v
        self.i = info  # dict with context (ids etc.)
        self.written = None

    @property
    def is_ref(self):
        return isinstance(self.v, Ref)

    def q(self, lang, quote='"'):
        if isinstance(self.v, Ref):
            return self.v.render(lang, quote)
        return quote + self.v + quote

    def raw(self, lang="sh"):
        if isinstance(self.v, Ref):
            return self.v.inline(lang)
        return self.v

    def carr(self):
        """C byte-array body for a hex key"""
        v = self.v
        if isinstance(v, str) and len(v) in (32, 64) and all(c in HEXU + HEXL for c in v) and v.strip("0"):
            self.written = to_carr(v)
            return self.written
        return v if isinstance(v, str) and v else "0x00"

    def json_pem(self):
        s = self.v.replace("\n", "\\n")
        if self.i.get("_pos"):
            self.written = s
        return s


# ----------------------------------------------------------------------------- kind metadata
COMPOSITE = {"sas_token", "device_connection_string_key", "service_connection_string_key"}


def composite(prov, kind, i, x):
    """the full value string that holds secret-part x"""
    if prov == "azure_iot_hub" and kind == "device_connection_string_key":
        return "HostName=%s.azure-devices.net;DeviceId=%s;SharedAccessKey=%s" % (i["hub"], i["dev"], x)
    if prov == "azure_iot_hub" and kind == "service_connection_string_key":
        return "HostName=%s.azure-devices.net;SharedAccessKeyName=%s;SharedAccessKey=%s" % (i["hub"], i["policy"], x)
    if prov == "azure_dps" and kind == "service_connection_string_key":
        return "HostName=%s.azure-devices-provisioning.net;SharedAccessKeyName=provisioningserviceowner;SharedAccessKey=%s" % (i["dps"], x)
    if kind == "sas_token":
        return "SharedAccessSignature sr=%s.azure-devices.net%%2Fdevices%%2F%s&sig=%s&se=%s" % (i["hub"], i["dev"], x, i["se"])
    return x


# words for the obvious name, extras = public context (name words, value)
KM = {
    ("azure_iot_hub", "device_connection_string_key"): (["iothub", "device", "connection", "string"], lambda i: [(["iothub", "device", "id"], i["dev"])]),
    ("azure_iot_hub", "service_connection_string_key"): (["iothub", "connection", "string"], lambda i: [(["iothub", "name"], i["hub"])]),
    ("azure_iot_hub", "sas_token"): (["iothub", "sas", "token"], lambda i: [(["device", "id"], i["dev"]), (["token", "expiry"], i["se"])]),
    ("azure_dps", "service_connection_string_key"): (["dps", "service", "connection", "string"], lambda i: [(["dps", "name"], i["dps"])]),
    ("azure_dps", "enrollment_group_symmetric_key"): (["dps", "group", "primary", "key"], lambda i: [(["dps", "id", "scope"], i["scope"]), (["provisioning", "host"], "global.azure-devices-provisioning.net")]),
    ("aws_iot", "custom_authorizer_token"): (["authorizer", "token"], lambda i: [(["authorizer", "name"], i["authorizer"]), (["token", "key", "name"], "x-device-token")]),
    ("aws", "iam_secret_access_key"): (["aws", "secret", "access", "key"], lambda i: [(["aws", "access", "key", "id"], i["akid"]), (["aws", "region"], i["region"])]),
    ("gcp_iot", "device_jwt"): (["mqtt", "jwt"], lambda i: [(["device", "id"], i["dev"])]),
    ("particle", "access_token"): (["particle", "access", "token"], lambda i: [(["particle", "device", "id"], i["devid"])]),
    ("blynk", "auth_token"): (["blynk", "auth", "token"], lambda i: [(["blynk", "template", "id"], i["tmpl"])]),
    ("thingspeak", "write_api_key"): (["thingspeak", "write", "api", "key"], lambda i: [(["thingspeak", "channel", "id"], i["channel"])]),
    ("thingspeak", "read_api_key"): (["thingspeak", "read", "api", "key"], lambda i: [(["thingspeak", "channel", "id"], i["channel"])]),
    ("adafruit_io", "aio_key"): (["aio", "key"], lambda i: [(["aio", "username"], i["user"])]),
    ("losant", "access_secret"): (["losant", "access", "secret"], lambda i: [(["losant", "device", "id"], i["devid"]), (["losant", "access", "key"], i["key"])]),
    ("golioth", "device_psk"): (["golioth", "psk"], lambda i: [(["golioth", "psk", "id"], i["pskid"])]),
    ("golioth", "api_key"): (["golioth", "api", "key"], lambda i: [(["golioth", "project", "id"], i["project"])]),
    ("balena", "api_key"): (["balena", "api", "key"], lambda i: [(["balena", "fleet"], i["fleet"])]),
    ("lorawan_ttn", "app_key"): (["app", "key"], lambda i: [(["dev", "eui"], i["deveui"]), (["join", "eui"], i["joineui"])]),
    ("lorawan_ttn", "nwk_key"): (["nwk", "key"], lambda i: [(["dev", "eui"], i["deveui"]), (["join", "eui"], i["joineui"])]),
    ("lorawan_ttn", "api_key"): (["ttn", "api", "key"], lambda i: [(["ttn", "app", "id"], i["app"]), (["ttn", "cluster"], i["cluster"])]),
    ("arduino_iot_cloud", "device_secret_key"): (["secret", "device", "key"], lambda i: [(["device", "login", "name"], i["devid"])]),
    ("arduino_iot_cloud", "api_client_secret"): (["arduino", "client", "secret"], lambda i: [(["arduino", "client", "id"], i["clientid"])]),
    ("tuya", "access_secret"): (["tuya", "access", "secret"], lambda i: [(["tuya", "access", "id"], i["accessid"]), (["tuya", "region"], i["region"])]),
    ("tuya", "local_key"): (["tuya", "local", "key"], lambda i: [(["tuya", "device", "id"], i["devid"]), (["tuya", "device", "ip"], i["ip"])]),
    ("ubidots", "token"): (["ubidots", "token"], lambda i: [(["device", "label"], i["label"])]),
    ("hologram", "api_key"): (["hologram", "api", "key"], lambda i: [(["hologram", "org", "id"], i["orgid"])]),
    ("soracom", "auth_key"): (["soracom", "auth", "key"], lambda i: [(["soracom", "auth", "key", "id"], i["keyid"])]),
    ("blues_notehub", "client_secret"): (["notehub", "client", "secret"], lambda i: [(["notehub", "client", "id"], i["clientid"]), (["product", "uid"], i["product"])]),
    ("mqtt", "broker_password"): (["mqtt", "password"], lambda i: [(["mqtt", "host"], i["host"]), (["mqtt", "user"], i["user"])]),
    ("tls_psk", "device_psk"): (["tls", "psk"], lambda i: [(["psk", "identity"], i["identity"])]),
}

NEUTRAL = [["cfg", "a"], ["device", "param"], ["cloud", "ctx"], ["uplink", "cfg"], ["link", "opt"],
           ["session", "seed"], ["provision", "blob"], ["backend", "str"], ["platform", "arg"],
           ["svc", "value"], ["remote", "id", "2"], ["init", "vector"], ["conn", "param"], ["opt", "b"],
           ["node", "setting"], ["hub", "extra"], ["reg", "data"], ["field", "x"]]


def cname(words, style):
    if style == "SCREAM":
        return "_".join(w.upper() for w in words)
    if style == "snake":
        return "_".join(w.lower() for w in words)
    if style == "camel":
        return words[0].lower() + "".join(w.capitalize() for w in words[1:])
    if style == "Pascal":
        return "".join(w.capitalize() for w in words)
    if style == "kebab":
        return "-".join(w.lower() for w in words)
    if style == "dot":
        return ".".join(w.lower() for w in words)
    return "_".join(words)


def secret_name(r, S, style, obvious=None):
    """obvious provider-ish name half the time, neutral otherwise"""
    if obvious is None:
        obvious = chance(r, 0.4)
    S.i["_obvious"] = obvious
    words = KM[S.i["_pk"]][0] if obvious else pick(r, NEUTRAL)
    return cname(words, style)


def extras(S):
    return KM[S.i["_pk"]][1](S.i)


def vstr(S, lang):
    """unquoted string content for the slot (composite kinds expanded)"""
    prov, kind = S.i["_pk"]
    return composite(prov, kind, S.i, S.raw(lang))


def vq(S, lang, quote='"'):
    """quoted value or reference expression"""
    prov, kind = S.i["_pk"]
    if S.is_ref and kind not in COMPOSITE:
        return S.v.render(lang, quote)
    return quote + vstr(S, lang) + quote


def hdr_comment(r, proj, style="c"):
    lines = pick(r, [
        ["%s firmware configuration" % proj, "Keep in sync with docs/provisioning.md"],
        ["Build-time settings for %s" % proj],
        ["%s - device settings" % proj, "Edit before flashing. See README for the board pinout."],
        ["Configuration for the %s field units" % proj, "Owner: firmware team"],
    ])
    if style == "c":
        return ["// " + l for l in lines]
    if style == "block":
        return ["/*"] + [" * " + l for l in lines] + [" */"]
    return ["# " + l for l in lines]


def wifi_c(r):
    v = r.randrange(4)
    if v == 0:
        return ['#define WIFI_SSID "%s"' % pick(r, SSIDS), '#define WIFI_PASSWORD ""  // set via WiFiManager portal on first boot']
    if v == 1:
        return ["// Wi-Fi credentials are provisioned over BLE (see provisioning.cpp)", "#define WIFI_PROV_SERVICE_NAME \"PROV_%s\"" % hexs(r, 6, True)]
    if v == 2:
        return ['#define WIFI_SSID "%s"' % pick(r, SSIDS), '#define WIFI_PASSWORD "YOUR_WIFI_PASSWORD"']
    return ["// uses Ethernet (W5500), no Wi-Fi", "#define ETH_CS_PIN 5"]


# ----------------------------------------------------------------------------- template registry
TEMPLATES = []      # positive templates (also re-used for negatives)
NEG_TEMPLATES = []  # negative-only domain look-alikes


def tpl(name, ftype, lang, kinds, inline=False):
    def deco(fn):
        TEMPLATES.append(dict(name=name, ftype=ftype, lang=lang, kinds=kinds, fn=fn, inline=inline))
        return fn
    return deco


def ntpl(name, ftype, provider, kind):
    def deco(fn):
        NEG_TEMPLATES.append(dict(name=name, ftype=ftype, provider=provider, kind=kind, fn=fn))
        return fn
    return deco


ALL_KINDS = [k for k in GENS if k[1] not in PEM_KINDS]
FW_KINDS = [("blynk", "auth_token"), ("thingspeak", "write_api_key"), ("thingspeak", "read_api_key"),
            ("adafruit_io", "aio_key"), ("ubidots", "token"), ("losant", "access_secret"),
            ("golioth", "device_psk"), ("tuya", "local_key"), ("mqtt", "broker_password"),
            ("tls_psk", "device_psk"), ("arduino_iot_cloud", "device_secret_key"),
            ("azure_iot_hub", "device_connection_string_key"), ("azure_iot_hub", "sas_token"),
            ("aws_iot", "custom_authorizer_token"), ("gcp_iot", "device_jwt"),
            ("lorawan_ttn", "app_key"), ("particle", "access_token")]
TOOL_KINDS = [("azure_iot_hub", "service_connection_string_key"), ("azure_dps", "service_connection_string_key"),
              ("azure_dps", "enrollment_group_symmetric_key"), ("aws", "iam_secret_access_key"),
              ("particle", "access_token"), ("golioth", "api_key"), ("balena", "api_key"),
              ("lorawan_ttn", "api_key"), ("arduino_iot_cloud", "api_client_secret"), ("tuya", "access_secret"),
              ("ubidots", "token"), ("hologram", "api_key"), ("soracom", "auth_key"),
              ("blues_notehub", "client_secret"), ("mqtt", "broker_password"), ("thingspeak", "write_api_key"),
              ("losant", "access_secret"), ("adafruit_io", "aio_key")]


def ver(r):
    return "%d.%d.%d" % (r.randrange(0, 4), r.randrange(0, 15), r.randrange(0, 30))


# ---------------- generic multi-kind templates -------------------------------------------
@tpl("secrets_h", "c-header", "c", FW_KINDS)
def t_secrets_h(r, S):
    proj = pj(r)
    style = pick(r, ["SCREAM", "SCREAM", "Pascal"])
    n = secret_name(r, S, "SCREAM" if style == "SCREAM" else "SCREAM")
    L = ["#pragma once" if chance(r) else "#ifndef SECRETS_H\n#define SECRETS_H", ""]
    L += hdr_comment(r, proj, pick(r, ["c", "block"]))
    L += [""] + wifi_c(r) + [""]
    for w, v in extras(S):
        L.append('#define %s "%s"' % (cname(w, "SCREAM"), v))
    if chance(r):
        L.append("#define %s %s" % (n, vq(S, "c")))
    else:
        L.append("static const char %s[] = %s;" % (cname(n.lower().split("_"), "snake"), vq(S, "c")))
    L += ["", "#define PUBLISH_INTERVAL_MS %d" % pick(r, [5000, 10000, 30000, 60000]),
          "#define FW_VERSION \"%s\"" % ver(r)]
    if L[0].startswith("#ifndef"):
        L += ["", "#endif  // SECRETS_H"]
    path = pick(r, ["include/secrets.h", "src/secrets.h", "firmware/%s/secrets.h" % proj, "lib/config/secrets.h",
                    "include/credentials.h", "main/app_secrets.h"])
    return path, "\n".join(L) + "\n"


@tpl("micropython_config", "python", "py", FW_KINDS)
def t_mpy_config(r, S):
    proj = pj(r)
    st = pick(r, ["snake", "SCREAM"])
    n = secret_name(r, S, st)
    L = ['"""%s node configuration (MicroPython)."""' % proj, ""]
    asdict = chance(r)
    if asdict:
        L.append("CONFIG = {")
        L.append('    "wifi_ssid": "%s",' % pick(r, SSIDS))
        L.append('    "wifi_password": "",  # filled in by wifimgr.py at first boot')
        for w, v in extras(S):
            L.append('    "%s": "%s",' % (cname(w, "snake"), v))
        L.append('    "%s": %s,' % (cname(n.lower().split("_"), "snake"), vq(S, "py")))
        L.append('    "sample_period_s": %d,' % pick(r, [10, 30, 60, 300]))
        L.append('    "led_pin": %d,' % pick(r, [2, 13, 25, 48]))
        L.append("}")
    else:
        L.append("WIFI_SSID = \"%s\"" % pick(r, SSIDS))
        L.append("WIFI_PASSWORD = None  # set via WebREPL provisioning")
        for w, v in extras(S):
            L.append('%s = "%s"' % (cname(w, st), v))
        L.append("%s = %s" % (n, vq(S, "py")))
        L.append("SAMPLE_PERIOD_S = %d" % pick(r, [10, 30, 60, 300]))
        L.append("DEEPSLEEP = %s" % pick(r, ["True", "False"]))
    return pick(r, ["config.py", "lib/config.py", "device/config.py", "src/config.py"]), "\n".join(L) + "\n"


@tpl("settings_toml", "toml", "toml", [k for k in FW_KINDS if k[0] not in ("azure_iot_hub", "aws_iot", "gcp_iot")])
def t_settings_toml(r, S):
    n = secret_name(r, S, "SCREAM")
    L = ["# CircuitPython settings.toml", 'CIRCUITPY_WIFI_SSID = "%s"' % pick(r, SSIDS),
         'CIRCUITPY_WIFI_PASSWORD = ""' if chance(r) else "# CIRCUITPY_WIFI_PASSWORD is set on the device only",
         "CIRCUITPY_WEB_API_PORT = 80", ""]
    for w, v in extras(S):
        L.append('%s = "%s"' % (cname(w, "SCREAM"), v))
    L.append("%s = %s" % (n, vq(S, "toml")))
    L += ['TZ = "%s"' % pick(r, ["Europe/Berlin", "America/Chicago", "UTC", "Australia/Perth"]),
          "SAMPLE_SECONDS = %d" % pick(r, [15, 60, 120])]
    return "settings.toml", "\n".join(L) + "\n"


@tpl("dotenv", "dotenv", "env", TOOL_KINDS + FW_KINDS[:6])
def t_dotenv(r, S):
    n = secret_name(r, S, "SCREAM")
    L = hdr_comment(r, pj(r), "sh") + ["NODE_ENV=%s" % pick(r, ["production", "staging"]),
                                        "LOG_LEVEL=%s" % pick(r, ["info", "debug", "warn"])]
    for w, v in extras(S):
        L.append("%s=%s" % (cname(w, "SCREAM"), v))
    q = pick(r, ["", '"', ""])
    L.append("%s=%s" % (n, vq(S, "env", q) if not (S.is_ref and S.i["_pk"][1] not in COMPOSITE) else S.v.inline("env")))
    L += ["POLL_INTERVAL=%d" % pick(r, [30, 60, 120]), "METRICS_PORT=%d" % pick(r, [9100, 9464, 8081])]
    return pick(r, [".env", "tools/fleet/.env", "provisioning/.env", "services/ingest/.env.production"]), "\n".join(L) + "\n"


@tpl("compose_env", "docker-compose", "yaml", TOOL_KINDS + [("tls_psk", "device_psk")])
def t_compose(r, S):
    n = secret_name(r, S, "SCREAM")
    svc = pick(r, ["ingest", "fleet-sync", "bridge", "provisioner", "telemetry-worker"])
    L = ["version: \"3.8\"" if chance(r) else "# docker compose for the %s stack" % pj(r), "services:",
         "  mosquitto:", "    image: eclipse-mosquitto:2.0", "    ports:", "      - \"1883:1883\"", "      - \"8883:8883\"",
         "    volumes:", "      - ./mosquitto/config:/mosquitto/config:ro", "",
         "  %s:" % svc, "    build: ./%s" % svc, "    restart: unless-stopped", "    depends_on:", "      - mosquitto",
         "    environment:"]
    listform = chance(r)
    for w, v in extras(S):
        L.append(("      - %s=%s" if listform else "      %s: \"%s\"") % (cname(w, "SCREAM"), v))
    val = vstr(S, "yaml") if not S.is_ref or S.i["_pk"][1] in COMPOSITE else S.v.inline("yaml")
    if listform:
        L.append("      - %s=%s" % (n, val))
    else:
        L.append("      %s: \"%s\"" % (n, val))
    L += ["      MQTT_URL: mqtt://mosquitto:1883" if not listform else "      - MQTT_URL=mqtt://mosquitto:1883",
          "    logging:", "      driver: json-file", "      options:", "        max-size: \"10m\""]
    return pick(r, ["docker-compose.yml", "deploy/docker-compose.yml", "docker-compose.prod.yml", "compose.yaml"]), "\n".join(L) + "\n"


@tpl("dockerfile_env", "dockerfile", "docker", TOOL_KINDS)
def t_dockerfile(r, S):
    n = secret_name(r, S, "SCREAM")
    base = pick(r, ["python:3.11-slim", "node:20-alpine", "balenalib/raspberrypi4-64-debian-python:3.11", "golang:1.22-alpine"])
    L = ["FROM %s" % base, "", "WORKDIR /app", "COPY requirements.txt ./" if "python" in base else "COPY package*.json ./" if "node" in base else "COPY go.mod go.sum ./",
         "RUN %s" % ("pip install --no-cache-dir -r requirements.txt" if "python" in base else "npm ci --omit=dev" if "node" in base else "go mod download"),
         "COPY . .", ""]
    for w, v in extras(S):
        L.append("ENV %s=%s" % (cname(w, "SCREAM"), v))
    val = vstr(S, "docker") if not S.is_ref or S.i["_pk"][1] in COMPOSITE else S.v.inline("docker")
    if chance(r):
        L.append("ENV %s=\"%s\"" % (n, val))
    else:
        L.append("ARG %s=%s" % (n, val))
        L.append("ENV %s=${%s}" % (n, n))
    L += ["ENV TZ=UTC", "", "EXPOSE %d" % pick(r, [8080, 3000, 9000]),
          "CMD [%s]" % ('"python", "-m", "fleet.worker"' if "python" in base else '"node", "index.js"' if "node" in base else '"/app/fleetctl", "serve"')]
    return pick(r, ["Dockerfile", "docker/Dockerfile", "services/sync/Dockerfile", "tools/provisioner/Dockerfile"]), "\n".join(L) + "\n"


@tpl("platformio_ini", "platformio-ini", "ini", [k for k in FW_KINDS if k[1] not in ("sas_token",)])
def t_pio(r, S):
    n = secret_name(r, S, "SCREAM")
    board = pick(r, ["esp32dev", "esp32-s3-devkitc-1", "nodemcuv2", "featheresp32", "lolin_s2_mini", "adafruit_qtpy_esp32c3"])
    L = ["; PlatformIO Project Configuration File", ";", ";   Build options: build flags, source filter", ";   https://docs.platformio.org/page/projectconf.html", "",
         "[platformio]", "default_envs = %s" % board, "", "[env]", "framework = arduino", "monitor_speed = 115200",
         "lib_deps =", "    knolleary/PubSubClient@^2.8", "    bblanchon/ArduinoJson@^7.0", "", "[env:%s]" % board,
         "platform = %s" % ("espressif8266" if board == "nodemcuv2" else "espressif32"), "board = %s" % board, "build_flags ="]
    L.append("    -DCORE_DEBUG_LEVEL=%d" % r.randrange(0, 4))
    for w, v in extras(S):
        L.append("    -D%s=\\\"%s\\\"" % (cname(w, "SCREAM"), v))
    if S.is_ref and S.i["_pk"][1] not in COMPOSITE:
        L.append("    -D%s=\\\"%s\\\"" % (n, S.v.inline("ini")))
    else:
        L.append("    -D%s=\\\"%s\\\"" % (n, vstr(S, "ini")))
    L += ["    -DFW_VERSION=\\\"%s\\\"" % ver(r), "upload_speed = 921600", "board_build.partitions = min_spiffs.csv"]
    return "platformio.ini", "\n".join(L) + "\n"


@tpl("sdkconfig_defaults", "sdkconfig", "kconfig", [k for k in FW_KINDS if k[0] not in ("blynk", "arduino_iot_cloud")])
def t_sdkconfig(r, S):
    n = secret_name(r, S, "SCREAM")
    fname = pick(r, ["sdkconfig.defaults", "sdkconfig", "sdkconfig.defaults.esp32s3", "sdkconfig.ci"])
    L = []
    if fname == "sdkconfig":
        L += ["#", "# Automatically generated file. DO NOT EDIT.", "# Espressif IoT Development Framework (ESP-IDF) 5.1.2 Project Configuration", "#"]
    L += ["CONFIG_IDF_TARGET=\"%s\"" % pick(r, ["esp32", "esp32s3", "esp32c3"]), "CONFIG_ESPTOOLPY_FLASHSIZE_4MB=y",
          "CONFIG_PARTITION_TABLE_CUSTOM=y", 'CONFIG_PARTITION_TABLE_CUSTOM_FILENAME="partitions.csv"',
          "CONFIG_ESP_WIFI_SSID=\"%s\"" % pick(r, SSIDS), "CONFIG_ESP_WIFI_PASSWORD=\"\"", "CONFIG_MQTT_PROTOCOL_311=y",
          "CONFIG_ESP_TLS_PSK_VERIFICATION=y" if S.i["_pk"][0] == "tls_psk" else "CONFIG_MBEDTLS_CERTIFICATE_BUNDLE=y", "#", "# Application", "#"]
    for w, v in extras(S):
        L.append("CONFIG_APP_%s=\"%s\"" % (cname(w, "SCREAM"), v))
    L.append("CONFIG_APP_%s=%s" % (n, vq(S, "kconfig")))
    L += ["CONFIG_APP_PUBLISH_PERIOD_MS=%d" % pick(r, [1000, 5000, 15000]), "CONFIG_LOG_DEFAULT_LEVEL_INFO=y", "CONFIG_FREERTOS_HZ=1000"]
    return pick(r, ["", "firmware/", "esp/"]) + fname, "\n".join(L) + "\n"


@tpl("kconfig_projbuild", "kconfig", "kconfig", [k for k in FW_KINDS if k[0] not in ("arduino_iot_cloud",)])
def t_kconfig(r, S):
    n = secret_name(r, S, "SCREAM")
    L = ['menu "Application Configuration"', ""]
    L += ["    config WIFI_SSID", '        string "WiFi SSID"', '        default "myssid"', "        help", "            SSID (network name) to connect to.", ""]
    for w, v in extras(S):
        L += ["    config %s" % cname(w, "SCREAM"), '        string "%s"' % " ".join(w).title(), '        default "%s"' % v, ""]
    L += ["    config %s" % n, '        string "%s"' % pick(r, ["Cloud credential", "Connection parameter", "Broker setting", " ".join(n.split("_")).title()]),
          "        default %s" % vq(S, "kconfig"), "        help", "            %s" % pick(r, ["Used by app_cloud.c when connecting.", "Value from the cloud console.", "Leave as is for the lab units."]), "",
          "    config PUBLISH_INTERVAL", '        int "Publish interval (s)"', "        range 1 3600", "        default %d" % pick(r, [10, 30, 60]), "", "endmenu"]
    return pick(r, ["main/Kconfig.projbuild", "components/app_cloud/Kconfig", "main/Kconfig.projbuild"]), "\n".join(L) + "\n"


@tpl("zephyr_prj_conf", "zephyr-prj-conf", "kconfig", [("golioth", "device_psk"), ("tls_psk", "device_psk"), ("mqtt", "broker_password"),
                                                      ("azure_iot_hub", "device_connection_string_key"), ("lorawan_ttn", "app_key"), ("lorawan_ttn", "nwk_key")])
def t_prj_conf(r, S):
    prov, kind = S.i["_pk"]
    L = ["# Networking", "CONFIG_NETWORKING=y", "CONFIG_NET_IPV4=y", "CONFIG_NET_SOCKETS=y", "CONFIG_NET_LOG=y", "", "# Logging",
         "CONFIG_LOG=y", "CONFIG_LOG_MODE_DEFERRED=y", ""]
    if prov == "golioth":
        L += ["# Golioth", "CONFIG_GOLIOTH_FIRMWARE_SDK=y", "CONFIG_GOLIOTH_SAMPLE_HARDCODED_CREDENTIALS=y",
              'CONFIG_GOLIOTH_SAMPLE_HARDCODED_PSK_ID="%s"' % S.i["pskid"],
              "CONFIG_GOLIOTH_SAMPLE_HARDCODED_PSK=%s" % vq(S, "kconfig")]
        S.i["_obvious"] = True
    elif prov == "lorawan_ttn":
        L += ["# LoRaWAN", "CONFIG_LORA=y", "CONFIG_LORAWAN=y", "CONFIG_LORAMAC_REGION_EU868=y",
              'CONFIG_APP_LORAWAN_DEV_EUI="%s"' % S.i["deveui"], 'CONFIG_APP_LORAWAN_JOIN_EUI="%s"' % S.i["joineui"],
              'CONFIG_APP_LORAWAN_%s=%s' % ("APP_KEY" if kind == "app_key" else "NWK_KEY", vq(S, "kconfig"))]
        S.i["_obvious"] = True
    else:
        n = secret_name(r, S, "SCREAM")
        L += ["# MQTT / TLS", "CONFIG_MQTT_LIB=y", "CONFIG_MQTT_LIB_TLS=y", "CONFIG_TLS_CREDENTIALS=y"]
        if kind == "device_psk":
            L.append("CONFIG_MBEDTLS_KEY_EXCHANGE_PSK_ENABLED=y")
        for w, v in extras(S):
            L.append('CONFIG_APP_%s="%s"' % (cname(w, "SCREAM"), v))
        L.append("CONFIG_APP_%s=%s" % (n, vq(S, "kconfig")))
    L += ["", "CONFIG_MAIN_STACK_SIZE=%d" % pick(r, [2048, 4096, 8192]), "CONFIG_HEAP_MEM_POOL_SIZE=%d" % pick(r, [16384, 32768])]
    return pick(r, ["prj.conf", "app/prj.conf", "boards/nrf9160dk_nrf9160_ns.conf", "overlay-credentials.conf"]), "\n".join(L) + "\n"


@tpl("fleet_yaml", "yaml", "yaml", TOOL_KINDS)
def t_fleet_yaml(r, S):
    proj = pj(r)
    st = pick(r, ["snake", "kebab", "camel"])
    n = secret_name(r, S, st)
    L = ["# fleet tooling configuration", "fleet:", "  name: %s" % proj, "  environment: %s" % pick(r, ["production", "pilot", "staging"]),
         "  region: %s" % pick(r, REGIONS), "", "platform:"]
    for w, v in extras(S):
        L.append("  %s: %s" % (cname(w, st), v if not chance(r, 0.3) else '"%s"' % v))
    if S.is_ref and S.i["_pk"][1] not in COMPOSITE:
        L.append("  %s: %s" % (n, S.v.render("yaml", '"')))
    else:
        L.append("  %s: %s" % (n, pick(r, ['"%s"', "'%s'", "%s"]) % vstr(S, "yaml") if ": " not in vstr(S, "yaml") and not vstr(S, "yaml").startswith(("*", "[", "<", "{")) else '"%s"' % vstr(S, "yaml")))
    L += ["", "rollout:", "  batch_size: %d" % pick(r, [10, 25, 50]), "  pause_between_batches: %dm" % pick(r, [5, 15, 30]),
          "  health_check:", "    metric: heartbeat_age_s", "    max: %d" % pick(r, [120, 300]), "", "devices:"]
    for _ in range(r.randrange(2, 5)):
        L += ["  - id: %s-%03d" % (pick(r, ["gw", "node", "meter", "tracker"]), r.randrange(1, 999)), "    serial: %s" % rs(r, 10, UP + DG),
              "    tags: [%s]" % ", ".join(r.sample(["north", "south", "cold", "pilot", "rev-b", "lte", "wifi"], 2))]
    return pick(r, ["fleet/config.yaml", "config/fleet.yml", "deploy/fleet-%s.yaml" % proj, "tools/fleetctl.yaml"]), "\n".join(L) + "\n"


@tpl("json_config", "json", "json", TOOL_KINDS + FW_KINDS[:10])
def t_json_cfg(r, S):
    st = pick(r, ["camel", "snake"])
    n = secret_name(r, S, st)
    d = {"version": ver(r), "device": {"model": pick(r, ["GW-200", "SN-4", "TRK-LTE", "MTR-3P"]), "hwRev": pick(r, ["B", "C2", "D"])},
         "telemetry": {"intervalSec": pick(r, [30, 60, 300]), "batch": chance(r)}}
    cloud = {}
    for w, v in extras(S):
        cloud[cname(w, st)] = v
    if S.is_ref and S.i["_pk"][1] not in COMPOSITE:
        cloud[n] = S.v.inline("json")
    else:
        cloud[n] = vstr(S, "json")
    d[pick(r, ["cloud", "backend", "connectivity", "platform"])] = cloud
    text = json.dumps(d, indent=pick(r, [2, 4]))
    return pick(r, ["config/device.json", "provisioning/config.json", "data/config.json", "gateway/settings.json", "config/default.json"]), text + "\n"


@tpl("properties", "properties", "props", TOOL_KINDS)
def t_props(r, S):
    n = secret_name(r, S, "dot")
    L = ["# Gateway service configuration", "spring.application.name=%s-gateway" % pj(r), "server.port=%d" % pick(r, [8080, 8443, 9090]),
         "logging.level.root=INFO", ""]
    for w, v in extras(S):
        L.append("iot.%s=%s" % (cname(w, "dot"), v))
    L.append("iot.%s=%s" % (n, S.v.render("props") if S.is_ref and S.i["_pk"][1] not in COMPOSITE else vstr(S, "props")))
    L += ["iot.telemetry.batch-size=%d" % pick(r, [100, 500]), "management.endpoints.web.exposure.include=health,info"]
    return pick(r, ["src/main/resources/application.properties", "gateway/src/main/resources/application-prod.properties", "config/application.properties"]), "\n".join(L) + "\n"


@tpl("go_const", "go", "go", TOOL_KINDS)
def t_go(r, S):
    n = secret_name(r, S, pick(r, ["camel", "Pascal"]))
    L = ["package %s" % pick(r, ["fleet", "provision", "config", "main"]), "", "import (", '\t"net/http"', '\t"time"', ")", ""]
    L.append("const (")
    for w, v in extras(S):
        L.append('\t%s = "%s"' % (cname(w, "camel"), v))
    if S.is_ref and S.i["_pk"][1] not in COMPOSITE:
        L.append(")")
        L.append("")
        L.append("var %s = %s" % (n, S.v.render("go")))
    else:
        L.append('\t%s = "%s"' % (n, vstr(S, "go")))
        L.append(")")
    L += ["", "var client = &http.Client{Timeout: %d * time.Second}" % pick(r, [10, 15, 30]), "",
          "func newRequest(method, url string) (*http.Request, error) {", "\treq, err := http.NewRequest(method, url, nil)",
          "\tif err != nil {", "\t\treturn nil, err", "\t}", '\treq.Header.Set("Accept", "application/json")', "\treturn req, nil", "}"]
    return pick(r, ["internal/config/config.go", "cmd/fleetctl/creds.go", "pkg/provision/client.go", "tools/sync/main.go"]), "\n".join(L) + "\n"


@tpl("js_const", "javascript", "js", TOOL_KINDS + [("particle", "access_token")])
def t_js(r, S):
    n = secret_name(r, S, pick(r, ["camel", "SCREAM"]))
    L = ["'use strict';", "", "const axios = require('axios');", "const pino = require('pino')();", ""]
    for w, v in extras(S):
        L.append("const %s = '%s';" % (cname(w, "camel"), v))
    L.append("const %s = %s;" % (n, vq(S, "js", "'")))
    L += ["", "async function syncFleet() {", "  const started = Date.now();", "  pino.info({ started }, 'fleet sync start');",
          "  // ... see lib/sync.js", "}", "", "module.exports = { syncFleet };"]
    return pick(r, ["scripts/sync-fleet.js", "tools/provision/index.js", "src/config.js", "server/cloud.js"]), "\n".join(L) + "\n"


@tpl("shell_export", "shell", "sh", TOOL_KINDS)
def t_shell(r, S):
    n = secret_name(r, S, "SCREAM")
    L = ["#!/usr/bin/env bash", "# provision a batch of devices", "set -euo pipefail", "", 'BATCH="${1:?usage: provision.sh <batch-file>}"']
    for w, v in extras(S):
        L.append('%s="%s"' % (cname(w, "SCREAM"), v))
    if S.is_ref and S.i["_pk"][1] not in COMPOSITE:
        L.append("%s=%s" % (n, S.v.render("sh")))
    else:
        L.append('export %s="%s"' % (n, vstr(S, "sh")))
    L += ["", 'while IFS=, read -r serial mac; do', '  echo "provisioning ${serial} (${mac})"', '  ./bin/provision --serial "$serial" --mac "$mac"',
          'done < "$BATCH"', "", 'echo "done: $(wc -l < "$BATCH") devices"']
    return pick(r, ["scripts/provision.sh", "tools/bulk-register.sh", "bin/factory-provision.sh", "provisioning/run.sh"]), "\n".join(L) + "\n"


@tpl("gha_env", "github-workflow", "gha", [("balena", "api_key"), ("particle", "access_token"), ("golioth", "api_key"),
                                            ("lorawan_ttn", "api_key"), ("arduino_iot_cloud", "api_client_secret"), ("aws", "iam_secret_access_key"),
                                            ("azure_iot_hub", "service_connection_string_key"), ("blues_notehub", "client_secret")])
def t_gha(r, S):
    n = secret_name(r, S, "SCREAM")
    prov = S.i["_pk"][0]
    L = ["name: %s" % pick(r, ["Deploy firmware", "Release", "OTA rollout", "Fleet deploy"]), "", "on:", "  push:", "    tags: ['v*']", "  workflow_dispatch:", "",
         "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    env:"]
    for w, v in extras(S):
        L.append("      %s: %s" % (cname(w, "SCREAM"), v))
    if S.is_ref and S.i["_pk"][1] not in COMPOSITE:
        L.append("      %s: %s" % (n, S.v.render("gha")))
    else:
        L.append("      %s: \"%s\"" % (n, vstr(S, "gha")))
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5", "        with:", "          python-version: '3.11'",
          "      - name: Build", "        run: pio run -e release", "      - name: Upload", "        run: python tools/ota_upload.py --channel stable .pio/build/release/firmware.bin"]
    return ".github/workflows/%s" % pick(r, ["deploy.yml", "release.yml", "ota.yml"]), "\n".join(L) + "\n"


@tpl("markdown_runbook", "markdown", "md", TOOL_KINDS)
def t_md(r, S):
    n = secret_name(r, S, "SCREAM")
    L = ["# %s runbook" % pj(r).replace("-", " ").title(), "", "## Re-provisioning a unit", "",
         "1. Power-cycle the unit and hold BOOT for 3 s.", "2. Connect over USB-C and open the serial console (115200 baud).",
         "3. Export the fleet credentials and run the script:", "", "```bash"]
    for w, v in extras(S):
        L.append("export %s=%s" % (cname(w, "SCREAM"), v))
    if S.is_ref and S.i["_pk"][1] not in COMPOSITE:
        L.append("export %s=%s" % (n, S.v.render("md", '"')))
    else:
        L.append("export %s='%s'" % (n, vstr(S, "md")))
    L += ["python tools/provision.py --port /dev/ttyUSB0", "```", "", "## Troubleshooting", "",
          "- `E_TLS_HANDSHAKE`: check the clock, the unit needs NTP before TLS.", "- LED blinks red 3x: the modem has no SIM registered."]
    return pick(r, ["docs/runbook.md", "notes/runbook.md", "docs/provisioning.md", "ops/RUNBOOK.md"]), "\n".join(L) + "\n"


# ---------------- provider-specific templates ---------------------------------------------
@tpl("ino_blynk", "arduino-ino", "c", [("blynk", "auth_token")])
def t_ino_blynk(r, S):
    proj = pj(r)
    obvious = chance(r)
    S.i["_obvious"] = obvious
    L = ["/*************************************************************", "  %s controller (Blynk IoT)" % proj.replace("-", " ").title(),
         "  Board: %s" % pick(r, ["ESP32 DevKitC", "NodeMCU ESP8266", "Wemos D1 mini", "ESP32-S3"]), " *************************************************************/", "",
         '#define BLYNK_TEMPLATE_ID "%s"' % S.i["tmpl"], '#define BLYNK_TEMPLATE_NAME "%s"' % proj.replace("-", " ").title()]
    if obvious:
        L.append("#define BLYNK_AUTH_TOKEN %s" % vq(S, "c"))
    L += ["", "#define BLYNK_PRINT Serial", "", "#include <WiFi.h>", "#include <WiFiManager.h>", "#include <BlynkSimpleEsp32.h>", "#include <DHT.h>", "",
          "#define DHTPIN %d" % pick(r, [4, 14, 27]), "#define DHTTYPE DHT22", "", "DHT dht(DHTPIN, DHTTYPE);", "BlynkTimer timer;", "WiFiManager wm;", "",
          "void sendSensor() {", "  float h = dht.readHumidity();", "  float t = dht.readTemperature();", "  if (isnan(h) || isnan(t)) {",
          '    Serial.println("DHT read failed");', "    return;", "  }", "  Blynk.virtualWrite(V%d, t);" % r.randrange(0, 5), "  Blynk.virtualWrite(V%d, h);" % r.randrange(5, 10), "}", "",
          "BLYNK_WRITE(V%d) {" % r.randrange(10, 20), "  digitalWrite(RELAY_PIN, param.asInt());", "}", "",
          "void setup() {", "  Serial.begin(115200);", "  pinMode(RELAY_PIN, OUTPUT);", '  wm.autoConnect("%s-setup");' % proj, "  dht.begin();"]
    if obvious:
        L.append("  Blynk.config(BLYNK_AUTH_TOKEN);")
    else:
        L.append("  Blynk.config(%s);" % vq(S, "c"))
    L += ["  Blynk.connect();", "  timer.setInterval(%dL, sendSensor);" % pick(r, [2000, 5000, 10000]), "}", "", "void loop() {", "  Blynk.run();", "  timer.run();", "}"]
    L.insert(L.index("DHT dht(DHTPIN, DHTTYPE);"), "#define RELAY_PIN %d" % pick(r, [26, 32, 5]))
    return pick(r, ["src/main.ino", "%s/%s.ino" % (proj, proj.replace("-", "_")), "firmware/%s.ino" % proj.replace("-", "_")]), "\n".join(L) + "\n"


@tpl("ino_thingspeak", "arduino-ino", "c", [("thingspeak", "write_api_key"), ("thingspeak", "read_api_key")])
def t_ino_ts(r, S):
    kind = S.i["_pk"][1]
    obvious = chance(r)
    S.i["_obvious"] = obvious
    L = ["#include <ESP8266WiFi.h>" if chance(r) else "#include <WiFi.h>", '#include "ThingSpeak.h"', '#include "secrets.h"  // WIFI_SSID / WIFI_PASS only', "",
         "unsigned long myChannelNumber = %s;" % S.i["channel"]]
    nm = ("myWriteAPIKey" if kind == "write_api_key" else "myReadAPIKey") if obvious else pick(r, ["chanParam", "tsId", "uplinkCfg"])
    L.append("const char * %s = %s;" % (nm, vq(S, "c")))
    L += ["", "WiFiClient client;", "int number = 0;", "", "void setup() {", "  Serial.begin(115200);", "  WiFi.mode(WIFI_STA);", "  ThingSpeak.begin(client);", "}", "",
          "void loop() {", "  if (WiFi.status() != WL_CONNECTED) {", "    WiFi.begin(WIFI_SSID, WIFI_PASS);", "    delay(5000);", "  }"]
    if kind == "write_api_key":
        L += ["  ThingSpeak.setField(1, analogRead(A0));", "  ThingSpeak.setField(2, number);",
              "  int x = ThingSpeak.writeFields(myChannelNumber, %s);" % nm, "  if (x == 200) {", '    Serial.println("Channel update successful.");', "  } else {",
              '    Serial.println("Problem updating channel. HTTP error code " + String(x));', "  }"]
    else:
        L += ["  float setpoint = ThingSpeak.readFloatField(myChannelNumber, %d, %s);" % (r.randrange(1, 8), nm),
              "  int status = ThingSpeak.getLastReadStatus();", "  if (status == 200) {", '    Serial.print("Setpoint: ");', "    Serial.println(setpoint);", "  }"]
    L += ["  number++;", "  delay(20000);  // ThingSpeak free tier: 15 s minimum", "}"]
    return pick(r, ["src/main.ino", "WriteMultipleFields/WriteMultipleFields.ino", "firmware/ts_logger/ts_logger.ino"]), "\n".join(L) + "\n"


@tpl("ino_ubidots", "arduino-ino", "c", [("ubidots", "token")])
def t_ino_ubi(r, S):
    obvious = chance(r)
    S.i["_obvious"] = obvious
    L = ['#include "UbidotsEsp32Mqtt.h"', "", "/****************************************", " * Define Constants", " ****************************************/"]
    if obvious:
        L.append("const char *UBIDOTS_TOKEN = %s;  // Put here your Ubidots TOKEN" % vq(S, "c"))
    L += ['const char *WIFI_SSID = "%s";' % pick(r, SSIDS), 'const char *WIFI_PASS = "";      // open guest network on the line',
          'const char *DEVICE_LABEL = "%s";' % S.i["label"], 'const char *VARIABLE_LABEL = "%s";' % pick(r, ["temperature", "pressure", "flow", "level"]), "",
          "const int PUBLISH_FREQUENCY = %d;" % pick(r, [5000, 10000]), "unsigned long timer;", "uint8_t analogPin = 34;", ""]
    L.append("Ubidots ubidots(%s);" % ("UBIDOTS_TOKEN" if obvious else vq(S, "c")))
    L += ["", "void callback(char *topic, byte *payload, unsigned int length) {", '  Serial.print("Message arrived [");', "  Serial.print(topic);", '  Serial.println("]");', "}", "",
          "void setup() {", "  Serial.begin(115200);", "  ubidots.connectToWifi(WIFI_SSID, WIFI_PASS);", "  ubidots.setCallback(callback);", "  ubidots.setup();", "  ubidots.reconnect();", "  timer = millis();", "}", "",
          "void loop() {", "  if (!ubidots.connected()) {", "    ubidots.reconnect();", "  }", "  if (labs(millis() - timer) > PUBLISH_FREQUENCY) {",
          "    float value = analogRead(analogPin);", "    ubidots.add(VARIABLE_LABEL, value);", "    ubidots.publish(DEVICE_LABEL);", "    timer = millis();", "  }", "  ubidots.loop();", "}"]
    return pick(r, ["src/main.ino", "ubidots_level/ubidots_level.ino", "firmware/main.ino"]), "\n".join(L) + "\n"


@tpl("adafruit_config_h", "c-header", "c", [("adafruit_io", "aio_key")])
def t_aio_config_h(r, S):
    obvious = chance(r)
    S.i["_obvious"] = obvious
    L = ["/************************ Adafruit IO Config *******************************/", "", "// visit io.adafruit.com if you need to create an account,",
         "// or if you need your Adafruit IO key.", '#define IO_USERNAME "%s"' % S.i["user"]]
    if obvious:
        L.append("#define IO_KEY %s" % vq(S, "c"))
    else:
        L.append("#define IO_CFG_2 %s" % vq(S, "c"))
    L += ["", "/******************************* WIFI **************************************/", "", '#define WIFI_SSID "%s"' % pick(r, SSIDS),
          '#define WIFI_PASS ""   // entered through the captive portal', "", '#include "AdafruitIO_WiFi.h"', "",
          "#if defined(USE_AIRLIFT) || defined(ADAFRUIT_METRO_M4_AIRLIFT_LITE)", "#define SPIWIFI SPI", "#define SPIWIFI_SS 10", "#define NINA_ACK 9",
          "AdafruitIO_WiFi io(IO_USERNAME, %s, WIFI_SSID, WIFI_PASS, SPIWIFI_SS, NINA_ACK, -1, -1, &SPIWIFI);" % ("IO_KEY" if obvious else "IO_CFG_2"),
          "#else", "AdafruitIO_WiFi io(IO_USERNAME, %s, WIFI_SSID, WIFI_PASS);" % ("IO_KEY" if obvious else "IO_CFG_2"), "#endif"]
    return pick(r, ["config.h", "adafruitio_feeder/config.h", "src/config.h"]), "\n".join(L) + "\n"


@tpl("arduino_secrets_h", "c-header", "c", [("arduino_iot_cloud", "device_secret_key"), ("thingspeak", "write_api_key"), ("blynk", "auth_token"), ("mqtt", "broker_password")])
def t_arduino_secrets(r, S):
    prov, kind = S.i["_pk"]
    L = pick(r, [["// arduino_secrets.h - generated by the Arduino Cloud editor (Secrets tab)", "// do not share this sketch folder publicly", ""],
                 ["/*", " * Secrets tab for the %s sketch" % pj(r), " * Wi-Fi comes from the captive portal on first boot", " */", ""]])
    L += ['#define SECRET_SSID "%s"' % pick(r, SSIDS), '#define SECRET_OPTIONAL_PASS ""']
    if prov == "arduino_iot_cloud":
        S.i["_obvious"] = True
        L.append("#define SECRET_DEVICE_KEY %s" % vq(S, "c"))
    else:
        n = secret_name(r, S, "SCREAM")
        L.append("#define SECRET_%s %s" % (n, vq(S, "c")))
    return pick(r, ["arduino_secrets.h", "%s_jun%02d/arduino_secrets.h" % (pj(r).replace("-", "_"), r.randrange(1, 29))]), "\n".join(L) + "\n"


@tpl("thing_properties_h", "c-header", "c", [("arduino_iot_cloud", "device_secret_key")])
def t_thingprops(r, S):
    obvious = chance(r)
    S.i["_obvious"] = obvious
    vars_ = r.sample(["temperature", "humidity", "pump_on", "tank_level", "fan_speed", "alarm"], 3)
    L = ["// Code generated by Arduino IoT Cloud, DO NOT EDIT.", "", "#include <ArduinoIoTCloud.h>", "#include <Arduino_ConnectionHandler.h>", "",
         'const char DEVICE_LOGIN_NAME[]  = "%s";' % S.i["devid"], "", 'const char SSID[]               = SECRET_SSID;    // Network SSID (name)',
         "const char PASS[]               = SECRET_OPTIONAL_PASS;    // Network password (use for WPA, or use as key for WEP)"]
    if obvious:
        L.append("const char DEVICE_KEY[]  = %s;    // Secret device password" % vq(S, "c"))
    else:
        L.append("const char DEV_CFG[]  = %s;" % vq(S, "c"))
    L += [""] + ["void onChange%s();" % "".join(w.capitalize() for w in v.split("_")) for v in vars_] + [""]
    L += ["float %s;" % vars_[0], "bool %s;" % vars_[1], "int %s;" % vars_[2], "", "void initProperties(){", "",
          "  ArduinoCloud.setBoardId(DEVICE_LOGIN_NAME);", "  ArduinoCloud.setSecretDeviceKey(%s);" % ("DEVICE_KEY" if obvious else "DEV_CFG")]
    for v in vars_:
        L.append("  ArduinoCloud.addProperty(%s, READWRITE, ON_CHANGE, onChange%s);" % (v, "".join(w.capitalize() for w in v.split("_"))))
    L += ["", "}", "", "WiFiConnectionHandler ArduinoIoTPreferredConnection(SSID, PASS);"]
    return pick(r, ["thingProperties.h", "%s/thingProperties.h" % pj(r).replace("-", "_")]), "\n".join(L) + "\n"


@tpl("ino_lmic", "arduino-ino", "carr", [("lorawan_ttn", "app_key")])
def t_lmic(r, S):
    S.i["_obvious"] = True
    dev = S.i["deveui"]
    join = S.i["joineui"]
    lsb = lambda h: ", ".join("0x" + h[i:i + 2] for i in range(len(h) - 2, -2, -2))
    L = ["#include <lmic.h>", "#include <hal/hal.h>", "#include <SPI.h>", "",
         "// This EUI must be in little-endian format, so least-significant-byte first.",
         "static const u1_t PROGMEM APPEUI[8] = { %s };" % lsb(join), "void os_getArtEui (u1_t* buf) { memcpy_P(buf, APPEUI, 8);}", "",
         "// This should also be in little endian format, see above.", "static const u1_t PROGMEM DEVEUI[8] = { %s };" % lsb(dev),
         "void os_getDevEui (u1_t* buf) { memcpy_P(buf, DEVEUI, 8);}", "",
         "// This key should be in big endian format (or, since it is not really a", "// number but a block of memory, endianness does not really apply).",
         "static const u1_t PROGMEM %s[16] = { %s };" % (pick(r, ["APPKEY", "APPKEY"]), S.carr()),
         "void os_getDevKey (u1_t* buf) {  memcpy_P(buf, APPKEY, 16);}", "",
         "static osjob_t sendjob;", "const unsigned TX_INTERVAL = %d;" % pick(r, [60, 300, 900]), "",
         "const lmic_pinmap lmic_pins = {", "    .nss = %d," % pick(r, [10, 18, 8]), "    .rxtx = LMIC_UNUSED_PIN,", "    .rst = %d," % pick(r, [9, 14, 4]),
         "    .dio = {2, 6, 7},", "};", "", "void setup() {", "    Serial.begin(9600);", "    os_init();", "    LMIC_reset();", "    do_send(&sendjob);", "}", "",
         "void loop() {", "    os_runloop_once();", "}"]
    return pick(r, ["src/main.ino", "ttn-otaa/ttn-otaa.ino", "firmware/soil_probe/soil_probe.ino"]), "\n".join(L) + "\n"


@tpl("ino_mkrwan", "arduino-ino", "c", [("lorawan_ttn", "app_key")])
def t_mkrwan(r, S):
    obvious = chance(r)
    S.i["_obvious"] = obvious
    L = ["#include <MKRWAN.h>", "", "LoRaModem modem;", "", 'String appEui = "%s";' % S.i["joineui"]]
    if obvious:
        L.append("String appKey = %s;" % vq(S, "c"))
    L += ["", "void setup() {", "  Serial.begin(115200);", "  while (!Serial);", "  if (!modem.begin(EU868)) {", '    Serial.println("Failed to start module");', "    while (1) {}", "  };",
          '  Serial.print("Your device EUI is: ");', "  Serial.println(modem.deviceEUI());"]
    if obvious:
        L.append("  int connected = modem.joinOTAA(appEui, appKey);")
    else:
        L.append("  int connected = modem.joinOTAA(appEui, %s);" % vq(S, "c"))
    L += ["  if (!connected) {", '    Serial.println("Something went wrong; are you indoor? Move near a window and retry");', "    while (1) {}", "  }",
          "  modem.minPollInterval(60);", "}", "", "void loop() {", "  modem.beginPacket();", "  modem.print(analogRead(A1));", "  int err = modem.endPacket(true);",
          "  delay(%d);" % pick(r, [60000, 300000]), "}"]
    return pick(r, ["LoraSendAndReceive/LoraSendAndReceive.ino", "src/mkr_node.ino", "firmware/mkr1310/mkr1310.ino"]), "\n".join(L) + "\n"


@tpl("radiolib_config_h", "c-header", "carr", [("lorawan_ttn", "app_key"), ("lorawan_ttn", "nwk_key")])
def t_radiolib(r, S):
    kind = S.i["_pk"][1]
    S.i["_obvious"] = True
    other = "nwkKey" if kind == "app_key" else "appKey"
    L = ["#ifndef _RADIOLIB_EX_LORAWAN_CONFIG_H", "#define _RADIOLIB_EX_LORAWAN_CONFIG_H", "", "#include <RadioLib.h>", "",
         "// joinEUI - previous versions of LoRaWAN called this AppEUI", "#define RADIOLIB_LORAWAN_JOIN_EUI  0x%s" % S.i["joineui"], "",
         "#ifndef RADIOLIB_LORAWAN_DEV_EUI", "#define RADIOLIB_LORAWAN_DEV_EUI   0x%s" % S.i["deveui"], "#endif"]
    keyline = "#define RADIOLIB_LORAWAN_%s   %s" % ("APP_KEY" if kind == "app_key" else "NWK_KEY", S.carr())
    L += ["#ifndef RADIOLIB_LORAWAN_%s   // Replace with your key" % ("APP_KEY" if kind == "app_key" else "NWK_KEY"), keyline, "#endif",
          "// for LoRaWAN v1.0.x the %s is not used" % other, "", "const uint32_t uplinkIntervalSeconds = %dUL * 60UL;" % pick(r, [5, 10, 15]),
          "const LoRaWANBand_t Region = EU868;", "const uint8_t subBand = 0;", "", "SX1262 radio = new Module(8, 14, 12, 13);", "", "#endif"]
    return pick(r, ["config.h", "LoRaWAN_Starter/config.h", "include/lorawan_config.h"]), "\n".join(L) + "\n"


@tpl("aws_secrets_h", "c-header", "c", [("aws_iot", "device_private_key")])
def t_aws_secrets_h(r, S):
    S.i["_obvious"] = True
    thing = S.i["thing"]
    L = ["#include <pgmspace.h>", "", "#define SECRET", '#define THINGNAME "%s"' % thing, "", 'const char WIFI_SSID[] = "%s";' % pick(r, SSIDS),
         'const char WIFI_PASSWORD[] = "";  // filled from NVS at boot', 'const char AWS_IOT_ENDPOINT[] = "%s-ats.iot.%s.amazonaws.com";' % (AWS_EP_SUB(r), pick(r, REGIONS)), "",
         "// Amazon Root CA 1 comes from the mbedTLS x509 certificate bundle", "#define AWS_USE_CRT_BUNDLE 1", "",
         "// Device Certificate", 'static const char AWS_CERT_CRT[] PROGMEM = R"KEY(', gen_cert_pem(r, "AWS IoT Certificate"), ')KEY";', "",
         "// Device Private Key", 'static const char AWS_CERT_PRIVATE[] PROGMEM = R"KEY(', S.v, ')KEY";']
    return pick(r, ["secrets.h", "include/secrets.h", "src/aws_secrets.h"]), "\n".join(L) + "\n"


@tpl("pem_key_file", "pem", "pem", [("aws_iot", "device_private_key"), ("gcp_iot", "device_private_key_ec"), ("gcp_iot", "device_private_key_rsa")])
def t_pem(r, S):
    S.i["_obvious"] = True
    prov = S.i["_pk"][0]
    if prov == "aws_iot":
        path = pick(r, ["certs/%s-private.pem.key" % hexs(r, 10), "certs/private.pem.key", "main/certs/client.key", "provisioning/%s/private.key" % S.i.get("thing", "device")])
    else:
        path = pick(r, ["keys/ec_private.pem", "certs/rsa_private.pem", "resources/device-key.pem", "config/%s.key" % S.i.get("dev", "device")])
    if "CERTIFICATE-----" in S.v:
        path = pick(r, ["certs/device.pem.crt", "certs/%s-certificate.pem.crt" % hexs(r, 10), "keys/%s.crt" % pick(r, DEVS)])
    elif "PUBLIC KEY-----" in S.v:
        path = pick(r, ["keys/ec_public.pem", "keys/rsa_public.pem", "registry/%s.pub" % pick(r, DEVS)])
    pre = "" if chance(r, 0.8) else "Bag Attributes\n    friendlyName: %s\n" % pick(r, DEVS)
    return path, pre + S.v + "\n"


@tpl("espidf_mqtt_c", "c-source", "c", [("mqtt", "broker_password"), ("adafruit_io", "aio_key"), ("ubidots", "token"), ("losant", "access_secret"), ("gcp_iot", "device_jwt")])
def t_espidf(r, S):
    prov = S.i["_pk"][0]
    host = {"adafruit_io": "io.adafruit.com", "ubidots": "industrial.api.ubidots.com", "losant": "broker.losant.com", "gcp_iot": "mqtt.googleapis.com"}.get(prov, S.i.get("host", "broker.local"))
    user = {"adafruit_io": S.i.get("user"), "ubidots": None, "losant": S.i.get("key"), "gcp_iot": "unused"}.get(prov, S.i.get("user"))
    obvious = chance(r)
    S.i["_obvious"] = obvious
    L = ["#include <stdio.h>", "#include \"esp_log.h\"", "#include \"mqtt_client.h\"", "", 'static const char *TAG = "app_mqtt";', ""]
    if obvious:
        L.append("#define BROKER_PASSWORD %s" % vq(S, "c"))
    L += ["", "static void mqtt_event_handler(void *handler_args, esp_event_base_t base, int32_t event_id, void *event_data)", "{",
          "    esp_mqtt_event_handle_t event = event_data;", "    switch ((esp_mqtt_event_id_t)event_id) {", "    case MQTT_EVENT_CONNECTED:",
          '        ESP_LOGI(TAG, "MQTT_EVENT_CONNECTED");', "        break;", "    case MQTT_EVENT_DISCONNECTED:", '        ESP_LOGW(TAG, "MQTT_EVENT_DISCONNECTED");', "        break;",
          "    default:", "        break;", "    }", "}", "", "void app_mqtt_start(void)", "{", "    const esp_mqtt_client_config_t cfg = {",
          '        .broker.address.uri = "mqtts://%s:8883",' % host]
    if user:
        L.append('        .credentials.username = "%s",' % user)
    if prov == "ubidots":
        L.append("        .credentials.username = %s," % ("BROKER_PASSWORD" if obvious else vq(S, "c")))
        L.append('        .credentials.authentication.password = "",')
    else:
        L.append("        .credentials.authentication.password = %s," % ("BROKER_PASSWORD" if obvious else vq(S, "c")))
    L += ['        .credentials.client_id = "%s",' % pick(r, DEVS), "        .session.keepalive = %d," % pick(r, [30, 60, 120]), "    };",
          "    esp_mqtt_client_handle_t client = esp_mqtt_client_init(&cfg);", "    esp_mqtt_client_register_event(client, ESP_EVENT_ANY_ID, mqtt_event_handler, NULL);",
          "    esp_mqtt_client_start(client);", "}"]
    return pick(r, ["main/app_mqtt.c", "main/cloud.c", "components/telemetry/mqtt.c"]), "\n".join(L) + "\n"


@tpl("mbedtls_psk_c", "c-source", "carr", [("tls_psk", "device_psk")])
def t_psk_c(r, S):
    S.i["_obvious"] = chance(r)
    nm = "psk" if S.i["_obvious"] else pick(r, ["k_blob", "cfg_bytes", "s_seed"])
    L = ["#include \"mbedtls/ssl.h\"", "#include \"app_tls.h\"", "", "/* TLS-PSK identity and key for the field gateway link */",
         'static const char psk_identity[] = "%s";' % S.i["identity"], "static const unsigned char %s[] = { %s };" % (nm, S.carr()), "",
         "int app_tls_configure(mbedtls_ssl_config *conf)", "{", "    int ret;", "    ret = mbedtls_ssl_conf_psk(conf, %s, sizeof(%s)," % (nm, nm),
         "                               (const unsigned char *) psk_identity, strlen(psk_identity));", "    if (ret != 0) {", '        APP_LOG("mbedtls_ssl_conf_psk failed: -0x%04x", -ret);',
         "        return ret;", "    }", "    static const int ciphersuites[] = { MBEDTLS_TLS_PSK_WITH_AES_128_CCM_8, 0 };", "    mbedtls_ssl_conf_ciphersuites(conf, ciphersuites);", "    return 0;", "}"]
    return pick(r, ["src/app_tls.c", "main/tls_psk.c", "components/link/link_tls.c"]), "\n".join(L) + "\n"


@tpl("py_azure_device", "python", "py", [("azure_iot_hub", "device_connection_string_key")])
def t_py_az_dev(r, S):
    obvious = chance(r)
    S.i["_obvious"] = obvious
    L = ["import asyncio", "import json", "import random", "", "from azure.iot.device.aio import IoTHubDeviceClient", "from azure.iot.device import Message", ""]
    if obvious:
        L.append("CONNECTION_STRING = %s" % vq(S, "py"))
    L += ["", "async def main():"]
    L.append("    client = IoTHubDeviceClient.create_from_connection_string(%s)" % ("CONNECTION_STRING" if obvious else vq(S, "py")))
    L += ["    await client.connect()", "    try:", "        while True:", "            payload = {\"temperature\": round(random.uniform(18, 30), 2), \"battery\": random.randint(60, 100)}",
          "            msg = Message(json.dumps(payload))", '            msg.content_encoding = "utf-8"', '            msg.content_type = "application/json"',
          "            await client.send_message(msg)", "            await asyncio.sleep(%d)" % pick(r, [5, 10, 30]), "    finally:", "        await client.shutdown()", "",
          "", 'if __name__ == "__main__":', "    asyncio.run(main())"]
    return pick(r, ["simulator/device_sim.py", "tools/send_telemetry.py", "scripts/simulated_device.py"]), "\n".join(L) + "\n"


@tpl("py_azure_registry", "python", "py", [("azure_iot_hub", "service_connection_string_key")])
def t_py_az_reg(r, S):
    obvious = chance(r)
    S.i["_obvious"] = obvious
    L = ['"""Bulk-register devices listed in devices.csv in the IoT hub."""', "import csv", "import sys", "", "from azure.iot.hub import IoTHubRegistryManager", ""]
    if obvious:
        L.append("IOTHUB_CONNECTION_STRING = %s" % vq(S, "py"))
    L += ["", "def main(path):"]
    L.append("    registry = IoTHubRegistryManager.from_connection_string(%s)" % ("IOTHUB_CONNECTION_STRING" if obvious else vq(S, "py")))
    L += ["    with open(path, newline=\"\") as fh:", "        for row in csv.DictReader(fh):", "            device = registry.create_device_with_certificate_authority(row[\"device_id\"], \"enabled\")",
          "            print(\"created\", device.device_id, device.etag)", "", "", 'if __name__ == "__main__":', "    main(sys.argv[1] if len(sys.argv) > 1 else \"devices.csv\")"]
    return pick(r, ["tools/register_devices.py", "provisioning/bulk_register.py", "scripts/hub_admin.py"]), "\n".join(L) + "\n"


@tpl("vscode_settings", "json", "json", [("azure_iot_hub", "service_connection_string_key")])
def t_vscode(r, S):
    S.i["_obvious"] = True
    d = {"editor.formatOnSave": True, "C_Cpp.default.configurationProvider": "ms-vscode.cmake-tools",
         "azure-iot-toolkit.iotHubConnectionString": vstr(S, "json"), "files.associations": {"*.ino": "cpp", "sdkconfig*": "properties"}}
    return ".vscode/settings.json", json.dumps(d, indent=4) + "\n"


@tpl("functions_local_settings", "json", "json", [("azure_iot_hub", "service_connection_string_key")])
def t_func_local(r, S):
    S.i["_obvious"] = chance(r)
    hub = S.i["hub"]
    ns = "ihsu" + pick(r, ["prod", "dev"]) + rs(r, 6, LO + DG) + rs(r, 6, LO + DG)
    cs = "Endpoint=sb://%s.servicebus.windows.net/;SharedAccessKeyName=%s;SharedAccessKey=%s;EntityPath=%s" % (ns, S.i["policy"], S.raw("json"), hub)
    d = {"IsEncrypted": False, "Values": {"AzureWebJobsStorage": "UseDevelopmentStorage=true", "FUNCTIONS_WORKER_RUNTIME": pick(r, ["python", "node", "dotnet-isolated"]),
                                          ("IoTHubEventHubConnection" if S.i["_obvious"] else "Source1"): cs, "ConsumerGroup": "$Default"}}
    return pick(r, ["local.settings.json", "functions/local.settings.json", "telemetry-fn/local.settings.json"]), json.dumps(d, indent=2) + "\n"


@tpl("iotedge_config_toml", "toml", "toml", [("azure_iot_hub", "device_connection_string_key")])
def t_edge(r, S):
    S.i["_obvious"] = True
    L = ["# ==============================================================================", "# Azure IoT Edge configuration", "# ==============================================================================", "",
         'hostname = "%s"' % pick(r, DEVS), "", "## Manual provisioning with connection string", "[provisioning]", 'source = "manual"',
         'connection_string = "%s"' % vstr(S, "toml"), "", "[agent]", 'name = "edgeAgent"', 'type = "docker"', "", "[agent.config]",
         'image = "mcr.microsoft.com/azureiotedge-agent:1.4"', "", "[connect]", 'workload_uri = "unix:///var/run/iotedge/workload.sock"',
         'management_uri = "unix:///var/run/iotedge/mgmt.sock"']
    return pick(r, ["edge/config.toml", "deploy/iotedge/config.toml", "config.toml"]), "\n".join(L) + "\n"


@tpl("py_dps_group", "python", "py", [("azure_dps", "enrollment_group_symmetric_key")])
def t_dps_group(r, S):
    obvious = chance(r)
    S.i["_obvious"] = obvious
    nm = "GROUP_PRIMARY_KEY" if obvious else pick(r, ["SEED", "MASTER", "ENROLL_CFG"])
    L = ['"""Factory step 4: derive per-device keys from the DPS enrollment group and provision."""', "import base64", "import hashlib", "import hmac", "import sys", "",
         "from azure.iot.device import ProvisioningDeviceClient", "", 'PROVISIONING_HOST = "global.azure-devices-provisioning.net"', 'ID_SCOPE = "%s"' % S.i["scope"],
         "%s = %s" % (nm, vq(S, "py")), "", "", "def derive_device_key(registration_id: str, group_key: str) -> str:",
         "    key = base64.b64decode(group_key)", "    sig = hmac.new(key, registration_id.encode(\"utf-8\"), hashlib.sha256).digest()", "    return base64.b64encode(sig).decode(\"utf-8\")", "", "",
         "def provision(registration_id: str):", "    device_key = derive_device_key(registration_id, %s)" % nm,
         "    client = ProvisioningDeviceClient.create_from_symmetric_key(", "        provisioning_host=PROVISIONING_HOST,", "        registration_id=registration_id,",
         "        id_scope=ID_SCOPE,", "        symmetric_key=device_key,", "    )", "    result = client.register()", "    print(registration_id, result.status, result.registration_state.assigned_hub)", "", "",
         'if __name__ == "__main__":', "    for reg_id in sys.argv[1:]:", "        provision(reg_id)"]
    return pick(r, ["factory/provision_dps.py", "tools/dps_enroll.py", "provisioning/derive_keys.py"]), "\n".join(L) + "\n"


@tpl("py_dps_service", "python", "py", [("azure_dps", "service_connection_string_key")])
def t_dps_svc(r, S):
    obvious = chance(r)
    S.i["_obvious"] = obvious
    L = ["from azure.iot.provisioning.servicesdk import ProvisioningServiceClient", "from azure.iot.provisioning.servicesdk.models import IndividualEnrollment, AttestationMechanism", ""]
    if obvious:
        L.append("DPS_CONNECTION_STRING = %s" % vq(S, "py"))
        arg = "DPS_CONNECTION_STRING"
    else:
        arg = vq(S, "py")
    L += ["", "", "def enroll_tpm(registration_id, endorsement_key):", "    client = ProvisioningServiceClient.create_from_connection_string(%s)" % arg,
          "    attestation = AttestationMechanism.create_with_tpm(endorsement_key)", "    enrollment = IndividualEnrollment.create(registration_id, attestation)",
          "    return client.create_or_update(enrollment)"]
    return pick(r, ["tools/dps_admin.py", "provisioning/enroll.py"]), "\n".join(L) + "\n"


@tpl("sh_sas_curl", "shell", "sh", [("azure_iot_hub", "sas_token")])
def t_sas_curl(r, S):
    S.i["_obvious"] = chance(r)
    hub, dev = S.i["hub"], S.i["dev"]
    L = ["#!/bin/sh", "# push a test message through the HTTPS endpoint", "", 'HUB="%s.azure-devices.net"' % hub, 'DEVICE="%s"' % dev]
    tok = vstr(S, "sh")
    if S.i["_obvious"]:
        L.append('SAS_TOKEN="%s"' % tok)
        hdr = '"Authorization: $SAS_TOKEN"'
    else:
        hdr = '"Authorization: %s"' % tok
    L += ["", 'curl -sS -X POST \\', '  "https://$HUB/devices/$DEVICE/messages/events?api-version=2021-04-12" \\', "  -H %s \\" % hdr,
          '  -H "Content-Type: application/json" \\', '  -d \'{"temperature": 21.5, "source": "curl"}\'']
    return pick(r, ["scripts/send_test_message.sh", "tools/smoke-test.sh"]), "\n".join(L) + "\n"


@tpl("py_sas_requests", "python", "py", [("azure_iot_hub", "sas_token")])
def t_sas_py(r, S):
    S.i["_obvious"] = chance(r)
    L = ["import requests", "", 'HUB = "%s.azure-devices.net"' % S.i["hub"], 'DEVICE_ID = "%s"' % S.i["dev"]]
    if S.i["_obvious"]:
        L.append('SAS_TOKEN = "%s"' % vstr(S, "py"))
        h = "SAS_TOKEN"
    else:
        h = '"%s"' % vstr(S, "py")
    L += ["", "", "def send(payload: dict) -> int:", '    url = f"https://{HUB}/devices/{DEVICE_ID}/messages/events?api-version=2021-04-12"',
          '    headers = {"Authorization": %s, "Content-Type": "application/json"}' % h, "    resp = requests.post(url, json=payload, headers=headers, timeout=10)", "    return resp.status_code"]
    return pick(r, ["tools/http_sender.py", "tests/manual/send_over_https.py"]), "\n".join(L) + "\n"


@tpl("py_boto3_fleet", "python", "py", [("aws", "iam_secret_access_key")])
def t_boto3(r, S):
    S.i["_obvious"] = chance(r)
    L = ['"""Create things + certificates for a production batch (fleet provisioning by claim)."""', "import json", "import boto3", "", 'REGION = "%s"' % S.i["region"]]
    if S.i["_obvious"]:
        L += ['AWS_ACCESS_KEY_ID = "%s"' % S.i["akid"], "AWS_SECRET_ACCESS_KEY = %s" % vq(S, "py"), "",
              'iot = boto3.client("iot", region_name=REGION, aws_access_key_id=AWS_ACCESS_KEY_ID, aws_secret_access_key=AWS_SECRET_ACCESS_KEY)']
    else:
        L += ["", 'session = boto3.Session("%s", %s, region_name=REGION)' % (S.i["akid"], vq(S, "py")), 'iot = session.client("iot")']
    L += ["", "", "def create_thing(name, template=\"%s\"):" % pick(r, ["FleetTemplate", "ClaimTemplate"]),
          "    iot.create_thing(thingName=name, thingTypeName=\"%s\")" % pick(r, ["sensor-v2", "gateway"]),
          "    cert = iot.create_keys_and_certificate(setAsActive=True)", "    iot.attach_thing_principal(thingName=name, principal=cert[\"certificateArn\"])",
          "    return cert[\"certificateId\"]", "", "", 'if __name__ == "__main__":', "    for i in range(%d):" % pick(r, [10, 50, 100]),
          '        print(create_thing(f"%s-{i:04d}"))' % pick(r, ["meter", "tracker", "node"])]
    return pick(r, ["tools/aws_batch_provision.py", "provisioning/create_things.py"]), "\n".join(L) + "\n"


@tpl("js_custom_authorizer", "javascript", "js", [("aws_iot", "custom_authorizer_token")])
def t_authz(r, S):
    S.i["_obvious"] = chance(r)
    ep = "%s-ats.iot.%s.amazonaws.com" % (AWS_EP_SUB(r), pick(r, REGIONS))
    L = ["const mqtt = require('mqtt');", "", "const endpoint = '%s';" % ep, "const authorizer = '%s';" % S.i["authorizer"]]
    if S.i["_obvious"]:
        L.append("const deviceToken = %s;" % vq(S, "js", "'"))
        tok = "deviceToken"
    else:
        tok = vq(S, "js", "'")
    L += ["", "const client = mqtt.connect(`wss://${endpoint}/mqtt`, {", "  clientId: '%s'," % pick(r, DEVS),
          "  username: `device?x-amz-customauthorizer-name=${authorizer}`,", "  password: %s," % tok, "  protocolVersion: 4,", "});", "",
          "client.on('connect', () => {", "  client.publish('fleet/telemetry', JSON.stringify({ ok: true }));", "});", "client.on('error', (err) => console.error(err));"]
    return pick(r, ["tools/authorizer-test.js", "gateway/src/aws.js", "scripts/mqtt-probe.js"]), "\n".join(L) + "\n"


@tpl("py_jwt_inline_key", "python", "py", [("gcp_iot", "device_private_key_ec"), ("gcp_iot", "device_private_key_rsa")])
def t_jwt_key(r, S):
    S.i["_obvious"] = chance(r)
    alg = "ES256" if "ec" in S.i["_pk"][1] else "RS256"
    nm = "PRIVATE_KEY" if S.i["_obvious"] else "_DEV_BLOB"
    L = ['"""Mint short-lived JWTs for the MQTT bridge (Cloud IoT style auth)."""', "import datetime", "", "import jwt", "",
         'PROJECT_ID = "%s-%s"' % (pj(r), rs(r, 6, LO + DG)), 'DEVICE_ID = "%s"' % S.i["dev"], "", '%s = """%s"""' % (nm, S.v), "", "",
         "def create_jwt(project_id=PROJECT_ID, minutes=60):", "    now = datetime.datetime.now(tz=datetime.timezone.utc)",
         '    claims = {"iat": now, "exp": now + datetime.timedelta(minutes=minutes), "aud": project_id}',
         '    return jwt.encode(claims, %s, algorithm="%s")' % (nm, alg)]
    return pick(r, ["bridge/jwt_auth.py", "tools/mint_jwt.py", "device/auth.py"]), "\n".join(L) + "\n"


@tpl("py_paho_jwt", "python", "py", [("gcp_iot", "device_jwt"), ("lorawan_ttn", "api_key"), ("mqtt", "broker_password"), ("adafruit_io", "aio_key"), ("losant", "access_secret")])
def t_paho(r, S):
    prov = S.i["_pk"][0]
    S.i["_obvious"] = chance(r)
    if prov == "gcp_iot":
        host, port, user, cid = "mqtt.googleapis.com", 8883, "unused", "projects/%s/locations/europe-west1/registries/fleet/devices/%s" % (pj(r), S.i["dev"])
    elif prov == "lorawan_ttn":
        host, port, user, cid = "%s.cloud.thethings.network" % S.i["cluster"], 8883, "%s@ttn" % S.i["app"], "uplink-consumer"
    elif prov == "adafruit_io":
        host, port, user, cid = "io.adafruit.com", 8883, S.i["user"], "feeder-%s" % hexs(r, 4)
    elif prov == "losant":
        host, port, user, cid = "broker.losant.com", 8883, S.i["key"], S.i["devid"]
    else:
        host, port, user, cid = S.i["host"], pick(r, [1883, 8883]), S.i["user"], pick(r, DEVS)
    L = ["import json", "import ssl", "", "import paho.mqtt.client as mqtt", "", 'BROKER = "%s"' % host, "PORT = %d" % port, 'USERNAME = "%s"' % user]
    if S.i["_obvious"]:
        L.append("PASSWORD = %s" % vq(S, "py"))
        pw = "PASSWORD"
    else:
        pw = vq(S, "py")
    L += ["", "", "def on_connect(client, userdata, flags, rc):", '    print("connected", rc)', '    client.subscribe("%s")' % ("v3/+/devices/+/up" if prov == "lorawan_ttn" else "#"), "", "",
          "def on_message(client, userdata, msg):", "    data = json.loads(msg.payload)", "    print(msg.topic, data)", "", "",
          'client = mqtt.Client(client_id="%s")' % cid, "client.username_pw_set(USERNAME, %s)" % pw]
    if port == 8883:
        L.append("client.tls_set(cert_reqs=ssl.CERT_REQUIRED)")
    L += ["client.on_connect = on_connect", "client.on_message = on_message", "client.connect(BROKER, PORT, keepalive=60)", "client.loop_forever()"]
    return pick(r, ["tools/mqtt_listen.py", "bridge/subscriber.py", "services/uplinks/consumer.py", "scripts/mqtt_debug.py"]), "\n".join(L) + "\n"


@tpl("py_losant", "python", "py", [("losant", "access_secret")])
def t_losant(r, S):
    S.i["_obvious"] = chance(r)
    L = ["import time", "", "from losantmqtt import Device", "from sensors import read_flow_rate", ""]
    if S.i["_obvious"]:
        L += ['DEVICE_ID = "%s"' % S.i["devid"], 'ACCESS_KEY = "%s"' % S.i["key"], "ACCESS_SECRET = %s" % vq(S, "py"), "",
              "device = Device(DEVICE_ID, ACCESS_KEY, ACCESS_SECRET)"]
    else:
        L += ['device = Device("%s", "%s", %s)' % (S.i["devid"], S.i["key"], vq(S, "py"))]
    L += ["", "", "def on_command(device, command):", '    if command["name"] == "valve":', '        set_valve(command["payload"]["open"])', "", "",
          'device.add_event_observer("command", on_command)', "device.connect(blocking=False)", "", "while True:", "    device.loop()",
          "    if device.is_connected():", '        device.send_state({"flow": read_flow_rate()})', "    time.sleep(%d)" % pick(r, [1, 5, 10])]
    return pick(r, ["gateway/losant_bridge.py", "app/main.py", "edge/flow_reporter.py"]), "\n".join(L) + "\n"


@tpl("mosquitto_bridge_conf", "mosquitto-conf", "conf", [("losant", "access_secret"), ("mqtt", "broker_password"), ("tls_psk", "device_psk"), ("adafruit_io", "aio_key")])
def t_mosq_bridge(r, S):
    prov = S.i["_pk"][0]
    S.i["_obvious"] = True
    L = ["# mosquitto.conf - local broker with uplink bridge", "per_listener_settings true", "", "listener 1883 127.0.0.1", "allow_anonymous true", "",
         "persistence true", "persistence_location /mosquitto/data/", "log_dest stdout", ""]
    if prov == "losant":
        L += ["connection bridge-to-losant", "address broker.losant.com:8883", "bridge_cafile /etc/losant/RootCA.crt", "cleansession true", "try_private false",
              "remote_clientid %s" % S.i["devid"], "remote_username %s" % S.i["key"], "remote_password %s" % S.raw("conf"),
              "topic losant/%s/state out 0" % S.i["devid"], "topic losant/%s/command in 0" % S.i["devid"]]
    elif prov == "adafruit_io":
        L += ["connection aio", "address io.adafruit.com:8883", "bridge_capath /etc/ssl/certs", "remote_username %s" % S.i["user"], "remote_password %s" % S.raw("conf"),
              "topic %s/feeds/# both 0" % S.i["user"]]
    elif prov == "tls_psk":
        L += ["connection uplink", "address %s:8884" % pick(r, MQTT_HOSTS), "bridge_identity %s" % S.i["identity"], "bridge_psk %s" % S.raw("conf"),
              "topic sensors/# out 1", "topic cmd/# in 1"]
    else:
        L += ["connection central", "address %s:8883" % S.i["host"], "bridge_cafile /mosquitto/config/ca.crt", "remote_username %s" % S.i["user"],
              "remote_password %s" % S.raw("conf"), "topic plant/# out 1", "topic ota/# in 1"]
    return pick(r, ["mosquitto/config/mosquitto.conf", "mosquitto.conf", "deploy/mosquitto/mosquitto.conf"]), "\n".join(L) + "\n"


@tpl("mosquitto_psk_file", "mosquitto-conf", "conf", [("tls_psk", "device_psk")])
def t_psk_file(r, S):
    S.i["_obvious"] = True
    L = ["# mosquitto psk_file for listener 8884 (psk_hint %s)" % pick(r, ["gateway", "fleet", "plant3"]), "# format: identity:hex-encoded-key",
         "# one line per gateway; the retired units were removed in %s" % pick(r, ["March", "the Q2 cleanup", "release 2.4"]), "#"]
    L.append("%s:%s" % (S.i["identity"], S.raw("conf")))
    L.append("# %s-spare: (not provisioned yet)" % pick(r, DEVS))
    return pick(r, ["mosquitto/config/psk.txt", "config/psk_file", "deploy/mosquitto/pskfile"]), "\n".join(L) + "\n"


def nr_id(r):
    return hexs(r, 8) + "." + hexs(r, 6) if chance(r) else hexs(r, 16)


@tpl("nodered_flows_cred", "node-red-json", "json", [("mqtt", "broker_password"), ("lorawan_ttn", "api_key"), ("ubidots", "token"), ("adafruit_io", "aio_key")])
def t_nr_cred(r, S):
    prov = S.i["_pk"][0]
    S.i["_obvious"] = chance(r)
    user = {"lorawan_ttn": "%s@ttn" % S.i.get("app"), "adafruit_io": S.i.get("user"), "ubidots": None}.get(prov, S.i.get("user"))
    ent = {}
    if user is not None:
        ent["user"] = user
    if S.is_ref:
        ent["password"] = S.v.inline("json")
    else:
        ent["password"] = S.v
    d = {nr_id(r): ent}
    if chance(r):
        d[nr_id(r)] = {}
    return pick(r, ["flows_cred.json", ".node-red/flows_cred.json", "node-red/data/flows_cred.json"]), json.dumps(d, indent=4) + "\n"


@tpl("nodered_flows_http", "node-red-json", "json", [("thingspeak", "write_api_key"), ("particle", "access_token"), ("ubidots", "token")])
def t_nr_http(r, S):
    prov = S.i["_pk"][0]
    S.i["_obvious"] = False
    tab = nr_id(r)
    if prov == "thingspeak":
        url = "https://api.thingspeak.com/update?api_key=%s&field1={{payload.temp}}" % S.raw("json")
        hdrs = []
    elif prov == "particle":
        url = "https://api.particle.io/v1/devices/%s/setpoint?access_token=%s" % (S.i["devid"], S.raw("json"))
        hdrs = []
    else:
        url = "https://industrial.api.ubidots.com/api/v1.6/devices/%s" % S.i["label"]
        hdrs = [{"keyType": "other", "keyValue": "X-Auth-Token", "valueType": "other", "valueValue": S.raw("json")}]
    nodes = [{"id": tab, "type": "tab", "label": pick(r, ["Telemetry", "Plant floor", "Uplink"]), "disabled": False, "info": ""},
             {"id": nr_id(r), "type": "mqtt in", "z": tab, "name": "", "topic": "sensors/+/env", "qos": "1", "datatype": "json", "broker": nr_id(r), "x": 140, "y": 120, "wires": [[]]},
             {"id": nr_id(r), "type": "http request", "z": tab, "name": "push", "method": "POST", "ret": "txt", "paytoqs": "ignore", "url": url,
              "tls": "", "persist": False, "proxy": "", "headers": hdrs, "x": 420, "y": 120, "wires": [[]]},
             {"id": nr_id(r), "type": "debug", "z": tab, "name": "", "active": chance(r), "tosidebar": True, "complete": "false", "x": 640, "y": 120, "wires": []}]
    return pick(r, ["flows.json", "node-red/flows.json", ".node-red/flows_gateway.json"]), json.dumps(nodes, indent=4) + "\n"


@tpl("py_tinytuya", "python", "py", [("tuya", "access_secret"), ("tuya", "local_key")])
def t_tinytuya(r, S):
    kind = S.i["_pk"][1]
    S.i["_obvious"] = chance(r)
    L = ["import time", "", "import tinytuya", ""]
    if kind == "access_secret":
        if S.i["_obvious"]:
            L += ['API_REGION = "%s"' % S.i["region"], 'API_KEY = "%s"' % S.i["accessid"], "API_SECRET = %s" % vq(S, "py"), "",
                  "cloud = tinytuya.Cloud(apiRegion=API_REGION, apiKey=API_KEY, apiSecret=API_SECRET)"]
        else:
            L += ['cloud = tinytuya.Cloud("%s", "%s", %s)' % (S.i["region"], S.i["accessid"], vq(S, "py"))]
        L += ["devices = cloud.getdevices()", "for d in devices:", '    print(d["id"], d["name"], cloud.getstatus(d["id"]))']
    else:
        if S.i["_obvious"]:
            L += ['DEVICE_ID = "%s"' % S.i["devid"], 'DEVICE_IP = "%s"' % S.i["ip"], "LOCAL_KEY = %s" % vq(S, "py"), "",
                  "d = tinytuya.OutletDevice(DEVICE_ID, DEVICE_IP, LOCAL_KEY)"]
        else:
            L += ['d = tinytuya.OutletDevice("%s", "%s", %s)' % (S.i["devid"], S.i["ip"], vq(S, "py"))]
        L += ["d.set_version(3.%d)" % pick(r, [3, 4]), "while True:", "    data = d.status()", '    print("power:", data.get("dps", {}).get("19"))', "    time.sleep(%d)" % pick(r, [5, 30])]
    return pick(r, ["tools/tuya_poll.py", "integrations/tuya_bridge.py", "scripts/plug_monitor.py"]), "\n".join(L) + "\n"


@tpl("tinytuya_devices_json", "json", "json", [("tuya", "local_key")])
def t_tuya_json(r, S):
    S.i["_obvious"] = True
    d = [{"name": pick(r, ["Line 2 compressor plug", "Kiln exhaust fan", "Cold room light", "Pump relay"]), "id": S.i["devid"],
          "key": S.v if not S.is_ref else S.v.inline("json"), "mac": mac(r).lower(), "uuid": rs(r, 16, LO + DG), "sn": rs(r, 14, UP + DG),
          "category": pick(r, ["cz", "kg", "dj"]), "product_name": pick(r, ["Smart Plug", "Wi-Fi Switch"]), "product_id": rs(r, 16, LO + DG),
          "biz_type": 18, "model": pick(r, ["SP111", "WS-EU"]), "sub": False, "icon": "https://images.tuyaus.com/smart/icon/%s.png" % rs(r, 20, LO + DG), "ip": S.i["ip"], "version": "3.3"}]
    return pick(r, ["devices.json", "tuya/devices.json"]), json.dumps(d, indent=4) + "\n"


@tpl("py_notehub", "python", "py", [("blues_notehub", "client_secret")])
def t_notehub(r, S):
    S.i["_obvious"] = chance(r)
    L = ["import requests", "", 'PROJECT_UID = "app:%s"' % uuid4(r), 'CLIENT_ID = "%s"' % S.i["clientid"]]
    if S.i["_obvious"]:
        L.append("CLIENT_SECRET = %s" % vq(S, "py"))
        sec = "CLIENT_SECRET"
    else:
        sec = vq(S, "py")
    L += ["", "", "def token():", "    resp = requests.post(", '        "https://notehub.io/oauth2/token",',
          '        data={"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": %s},' % sec, "        timeout=10,", "    )",
          "    resp.raise_for_status()", '    return resp.json()["access_token"]', "", "", "def list_devices():",
          '    h = {"Authorization": f"Bearer {token()}"}', '    r = requests.get(f"https://api.notefile.net/v1/projects/{PROJECT_UID}/devices", headers=h, timeout=10)', '    return r.json()["devices"]']
    return pick(r, ["tools/notehub_export.py", "fleet/notehub.py"]), "\n".join(L) + "\n"


@tpl("py_soracom", "python", "py", [("soracom", "auth_key")])
def t_soracom(r, S):
    S.i["_obvious"] = chance(r)
    L = ["import requests", "", 'API = "https://api.soracom.io/v1"', ""]
    if S.i["_obvious"]:
        L += ["CREDENTIALS = {", '    "authKeyId": "%s",' % S.i["keyid"], '    "authKey": %s,' % vq(S, "py"), "}"]
        body = "CREDENTIALS"
    else:
        body = '{"authKeyId": "%s", "authKey": %s}' % (S.i["keyid"], vq(S, "py"))
    L += ["", "", "def session():", '    r = requests.post(f"{API}/auth", json=%s, timeout=10)' % body, "    r.raise_for_status()", "    data = r.json()",
          '    return {"X-Soracom-API-Key": data["apiKey"], "X-Soracom-Token": data["token"]}', "", "", "def list_sims():",
          '    return requests.get(f"{API}/sims", headers=session(), timeout=10).json()', "", "", 'if __name__ == "__main__":', "    for sim in list_sims():",
          '        print(sim["simId"], sim.get("status"), sim.get("speedClass"))']
    return pick(r, ["tools/soracom_sims.py", "scripts/sim_inventory.py"]), "\n".join(L) + "\n"


@tpl("py_hologram", "python", "py", [("hologram", "api_key")])
def t_hologram(r, S):
    S.i["_obvious"] = chance(r)
    L = ["import requests", "", 'ORG_ID = "%s"' % S.i["orgid"]]
    if S.i["_obvious"]:
        L.append("HOLOGRAM_API_KEY = %s" % vq(S, "py"))
        k = "HOLOGRAM_API_KEY"
    else:
        k = vq(S, "py")
    L += ["", "", "def pause_sim(link_id):", '    url = f"https://dashboard.hologram.io/api/1/links/cellular/{link_id}/state"',
          '    r = requests.post(url, json={"state": "pause"}, auth=("apikey", %s), timeout=15)' % k, "    return r.json()", "", "",
          "def devices():", '    r = requests.get("https://dashboard.hologram.io/api/1/devices", params={"orgid": ORG_ID}, auth=("apikey", %s), timeout=15)' % k,
          '    return r.json()["data"]']
    return pick(r, ["tools/hologram_sims.py", "ops/pause_idle_sims.py"]), "\n".join(L) + "\n"


@tpl("sh_cli_login", "shell", "sh", [("particle", "access_token"), ("balena", "api_key"), ("lorawan_ttn", "api_key"), ("golioth", "api_key"), ("soracom", "auth_key"), ("ubidots", "token")])
def t_cli(r, S):
    prov = S.i["_pk"][0]
    S.i["_obvious"] = False
    v = S.raw("sh")
    L = ["#!/usr/bin/env bash", "set -e", ""]
    if prov == "particle":
        L += ["# flash the release to the whole product", 'PRODUCT=%d' % r.randrange(10000, 40000), "particle compile %s . --saveTo firmware.bin" % pick(r, ["bsom", "boron", "argon"]),
              "curl -sf https://api.particle.io/v1/products/$PRODUCT/firmware \\", "  -F file=@firmware.bin -F version=%d -F title=\"release\" \\" % r.randrange(2, 60),
              "  -H \"Authorization: Bearer %s\"" % v]
    elif prov == "balena":
        L += ["balena login --token %s" % v, "balena push %s --source ." % S.i["fleet"], "balena devices --fleet %s" % S.i["fleet"]]
    elif prov == "lorawan_ttn":
        L += ["# register the pilot devices", "ttn-lw-cli login --api-key %s" % v,
              "ttn-lw-cli end-devices create %s %s --dev-eui %s --join-eui %s --frequency-plan-id EU_863_870_TTN --lorawan-version 1.0.3 --lorawan-phy-version 1.0.3-a --with-root-keys" % (S.i["app"], pick(r, DEVS), eui(r), eui(r, "70B3D57ED"))]
    elif prov == "golioth":
        L += ["PROJECT=%s" % S.i["project"], "for dev in $(cat devices.txt); do",
              "  curl -s -X POST \"https://api.golioth.io/v1/projects/$PROJECT/devices\" -H \"x-api-key: %s\" -d \"{\\\"name\\\": \\\"$dev\\\"}\"" % v, "done"]
    elif prov == "soracom":
        L += ["soracom configure --profile factory <<EOF", "2", "1", S.i["keyid"], v, "EOF", "soracom sims list --profile factory | jq '.[].simId'"]
    else:
        L += ["curl -X POST \"https://industrial.api.ubidots.com/api/v1.6/devices/%s\" \\" % S.i["label"], "  -H \"X-Auth-Token: %s\" \\" % v,
              "  -H \"Content-Type: application/json\" -d '{\"temperature\": 21.4}'"]
    return pick(r, ["scripts/deploy.sh", "tools/release.sh", "ci/flash_product.sh", "bin/register_devices.sh"]), "\n".join(L) + "\n"


@tpl("gha_balena_literal", "github-workflow", "gha", [("balena", "api_key"), ("particle", "access_token")])
def t_gha_lit(r, S):
    prov = S.i["_pk"][0]
    S.i["_obvious"] = False
    if S.is_ref:
        tok = S.v.render("gha")
    else:
        tok = S.v
    L = ["name: Deploy", "on:", "  push:", "    branches: [main]", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4"]
    if prov == "balena":
        L += ["      - uses: balena-io/deploy-to-balena-action@master", "        with:", "          balena_token: %s" % tok, "          fleet: %s/%s" % (pick(r, ["acme_ops", "fieldteam"]), pick(r, PROJECTS))]
    else:
        L += ["      - name: Compile", "        run: npx particle-cli compile bsom . --saveTo fw.bin", "      - name: Flash product",
              "        run: npx particle-cli flash --product %d fw.bin" % r.randrange(10000, 40000), "        env:", "          PARTICLE_TOKEN: %s" % tok]
    return ".github/workflows/%s" % pick(r, ["deploy.yml", "balena.yml", "main.yml"]), "\n".join(L) + "\n"


@tpl("py_ttn_api", "python", "py", [("lorawan_ttn", "api_key")])
def t_ttn_api(r, S):
    S.i["_obvious"] = chance(r)
    L = ["import requests", "", 'BASE = "https://%s.cloud.thethings.network/api/v3"' % S.i["cluster"], 'APP_ID = "%s"' % S.i["app"]]
    if S.i["_obvious"]:
        L.append("TTN_API_KEY = %s" % vq(S, "py"))
        h = "f\"Bearer {TTN_API_KEY}\""
    else:
        h = '"Bearer " + %s' % vq(S, "py")
    L += ["", "", "def downlink(device_id, payload_b64, port=%d):" % r.randrange(1, 20),
          '    url = f"{BASE}/as/applications/{APP_ID}/devices/{device_id}/down/push"',
          "    body = {\"downlinks\": [{\"frm_payload\": payload_b64, \"f_port\": port, \"priority\": \"NORMAL\"}]}",
          '    r = requests.post(url, json=body, headers={"Authorization": %s}, timeout=10)' % h, "    r.raise_for_status()"]
    return pick(r, ["tools/ttn_downlink.py", "backend/ttn.py"]), "\n".join(L) + "\n"


@tpl("circuitpython_code", "python", "py", [("adafruit_io", "aio_key"), ("ubidots", "token"), ("thingspeak", "write_api_key")])
def t_cpy(r, S):
    prov = S.i["_pk"][0]
    S.i["_obvious"] = chance(r)
    L = ["import os", "import time", "import ssl", "", "import board", "import socketpool", "import wifi", "import adafruit_requests", "import adafruit_ahtx0", "",
         'wifi.radio.connect(os.getenv("CIRCUITPY_WIFI_SSID"), os.getenv("CIRCUITPY_WIFI_PASSWORD"))', "pool = socketpool.SocketPool(wifi.radio)",
         "requests = adafruit_requests.Session(pool, ssl.create_default_context())", "sensor = adafruit_ahtx0.AHTx0(board.STEMMA_I2C())", ""]
    if prov == "adafruit_io":
        L += ["from adafruit_io.adafruit_io import IO_HTTP", ""]
        if S.i["_obvious"]:
            L += ['aio_username = "%s"' % S.i["user"], "aio_key = %s" % vq(S, "py"), "io = IO_HTTP(aio_username, aio_key, requests)"]
        else:
            L += ['io = IO_HTTP("%s", %s, requests)' % (S.i["user"], vq(S, "py"))]
        L += ['feed = io.get_feed("%s")' % pick(r, ["temperature", "greenhouse.temp", "shed-temp"]), "", "while True:", "    io.send_data(feed[\"key\"], sensor.temperature)", "    time.sleep(60)"]
    elif prov == "ubidots":
        if S.i["_obvious"]:
            L.append("UBIDOTS_TOKEN = %s" % vq(S, "py"))
            t = "UBIDOTS_TOKEN"
        else:
            t = vq(S, "py")
        L += ['URL = "https://industrial.api.ubidots.com/api/v1.6/devices/%s"' % S.i["label"], "", "while True:",
              '    body = {"temperature": sensor.temperature, "humidity": sensor.relative_humidity}',
              '    requests.post(URL, json=body, headers={"X-Auth-Token": %s})' % t, "    time.sleep(30)"]
    else:
        if S.i["_obvious"]:
            L.append("WRITE_KEY = %s" % vq(S, "py"))
            url = '"https://api.thingspeak.com/update?api_key=" + WRITE_KEY + "&field1=%.2f" % sensor.temperature'
        else:
            url = '"https://api.thingspeak.com/update?api_key=%s&field1=%%.2f" %% sensor.temperature' % vstr(S, "py")
        L += ["", "while True:", "    requests.get(%s)" % url, "    time.sleep(20)"]
    return pick(r, ["code.py", "CIRCUITPY/code.py"]), "\n".join(L) + "\n"


@tpl("micropython_main", "python", "py", [("mqtt", "broker_password"), ("adafruit_io", "aio_key"), ("losant", "access_secret")])
def t_mpy_main(r, S):
    prov = S.i["_pk"][0]
    S.i["_obvious"] = chance(r)
    if prov == "adafruit_io":
        host, user = "io.adafruit.com", S.i["user"]
    elif prov == "thingspeak":
        host, user = "mqtt3.thingspeak.com", rs(r, 22, UP + DG)
    elif prov == "losant":
        host, user = "broker.losant.com", S.i["key"]
    else:
        host, user = S.i["host"], S.i["user"]
    L = ["import machine", "import time", "import ubinascii", "from umqtt.simple import MQTTClient", "import network", "", "import wifimgr", "",
         "wlan = wifimgr.get_connection()", "if wlan is None:", '    print("Could not initialize the network connection.")', "    while True:", "        pass", "",
         'CLIENT_ID = %s' % ('"%s"' % S.i["devid"] if prov == "losant" else "ubinascii.hexlify(machine.unique_id())"), 'MQTT_HOST = "%s"' % host, 'MQTT_USER = "%s"' % user]
    if S.i["_obvious"]:
        L.append("MQTT_PASS = %s" % vq(S, "py"))
        pw = "MQTT_PASS"
    else:
        pw = vq(S, "py")
    L += ["", "adc = machine.ADC(machine.Pin(%d))" % pick(r, [32, 34, 26]), "client = MQTTClient(CLIENT_ID, MQTT_HOST, user=MQTT_USER, password=%s, keepalive=60)" % pw,
          "client.connect()", "", "while True:", "    client.publish(b\"%s\", str(adc.read_u16()))" % pick(r, ["sensors/level", "%s/feeds/level" % user, "channels/%s/publish/fields/field1" % r.randrange(100000, 999999)]),
          "    time.sleep(%d)" % pick(r, [10, 30, 60])]
    return pick(r, ["main.py", "src/main.py", "firmware/main.py"]), "\n".join(L) + "\n"


@tpl("py_arduino_cloud_api", "python", "py", [("arduino_iot_cloud", "api_client_secret")])
def t_arduino_api(r, S):
    S.i["_obvious"] = chance(r)
    L = ["import iot_api_client as iot", "from oauthlib.oauth2 import BackendApplicationClient", "from requests_oauthlib import OAuth2Session", "",
         'CLIENT_ID = "%s"' % S.i["clientid"]]
    if S.i["_obvious"]:
        L.append("CLIENT_SECRET = %s" % vq(S, "py"))
        sec = "CLIENT_SECRET"
    else:
        sec = vq(S, "py")
    L += ['TOKEN_URL = "https://api2.arduino.cc/iot/v1/clients/token"', "", "", "def api():", "    oauth = OAuth2Session(client=BackendApplicationClient(client_id=CLIENT_ID))",
          "    token = oauth.fetch_token(token_url=TOKEN_URL, client_id=CLIENT_ID, client_secret=%s, include_client_id=True," % sec,
          '                              audience="https://api2.arduino.cc/iot")', "    cfg = iot.Configuration(host=\"https://api2.arduino.cc\")",
          '    cfg.access_token = token.get("access_token")', "    return iot.ApiClient(cfg)", "", "", "def list_things():", "    return iot.ThingsV2Api(api()).things_v2_list()"]
    return pick(r, ["tools/arduino_cloud_export.py", "scripts/list_things.py"]), "\n".join(L) + "\n"


@tpl("csv_manifest", "csv", "csv", [("lorawan_ttn", "app_key"), ("azure_iot_hub", "device_connection_string_key"), ("tls_psk", "device_psk")])
def t_csv(r, S):
    prov = S.i["_pk"][0]
    S.i["_obvious"] = True
    rows = []
    if prov == "lorawan_ttn":
        rows.append("id,dev_eui,join_eui,app_key,frequency_plan_id,lorawan_version,name")
        keyrow = r.randrange(0, 4)
        for k in range(r.randrange(3, 7)):
            if k == keyrow:
                rows.append("%s,%s,%s,%s,EU_863_870_TTN,MAC_V1_0_3,%s" % (S.i.get("dev", pick(r, DEVS)), S.i["deveui"], S.i["joineui"], S.raw("csv"), "pilot unit (manual key)"))
            else:
                rows.append("node-%03d,%s,%s,,EU_863_870_TTN,MAC_V1_0_3,%s" % (r.randrange(1, 999), eui(r), S.i["joineui"], "key in secure element"))
    elif prov == "azure_iot_hub":
        rows.append("device_id,auth_type,primary_key,edge_enabled,tags")
        keyrow = r.randrange(0, 4)
        for k in range(r.randrange(3, 7)):
            if k == keyrow:
                rows.append("%s,sas,%s,false,site=%s" % (S.i["dev"], S.raw("csv"), pick(r, ["lab", "pilot"])))
            else:
                rows.append("%s-%03d,x509_ca,,false,site=%s" % (pick(r, ["meter", "gw"]), r.randrange(1, 999), pick(r, ["north", "south", "east"])))
    else:
        rows.append("serial,identity,psk_hex,firmware")
        keyrow = r.randrange(0, 4)
        for k in range(r.randrange(3, 7)):
            if k == keyrow:
                rows.append("%s,%s,%s,%s" % (rs(r, 10, UP + DG), S.i["identity"], S.raw("csv"), ver(r)))
            else:
                rows.append("%s,%s,,%s" % (rs(r, 10, UP + DG), pick(r, DEVS) + "-%d" % k, ver(r)))
    return pick(r, ["provisioning/devices.csv", "factory/batch-%02d.csv" % r.randrange(1, 40), "manifests/pilot.csv"]), "\n".join(rows) + "\n"


@tpl("md_credentials_table", "markdown", "md", [("golioth", "device_psk"), ("lorawan_ttn", "app_key"), ("blynk", "auth_token"), ("tuya", "local_key"), ("particle", "access_token"), ("hologram", "api_key")])
def t_md_table(r, S):
    S.i["_obvious"] = chance(r)
    prov, kind = S.i["_pk"]
    L = ["# Bench unit notes", "", "Unit on the test bench in lab 2 (%s rev %s)." % (pick(r, ["GW-200", "SN-4", "TRK-LTE"]), pick(r, ["B", "C"])), "",
         "| field | value |", "|---|---|"]
    for w, v in extras(S):
        L.append("| %s | `%s` |" % (" ".join(w), v))
    label = " ".join(KM[S.i["_pk"]][0]) if S.i["_obvious"] else pick(r, ["cloud", "value for step 3", "login"])
    L.append("| %s | `%s` |" % (label, S.raw("md")))
    L += ["| firmware | %s |" % ver(r), "| mac | %s |" % mac(r), "", "Flash with `pio run -t upload -e bench` and watch the serial console."]
    return pick(r, ["notes/bench-unit.md", "docs/lab-setup.md", "notes/%s.md" % pick(r, DEVS)]), "\n".join(L) + "\n"


# ---------------- negative-only domain look-alikes ----------------------------------------
@ntpl("lorawan_eui_csv", "csv", "lorawan_ttn", "deveui_joineui_table")
def n_eui_csv(r):
    join = eui(r, "70B3D57ED")
    rows = ["id,dev_eui,join_eui,frequency_plan_id,lorawan_version,serial,notes"]
    for k in range(r.randrange(4, 12)):
        rows.append("%s-%03d,%s,%s,EU_863_870_TTN,MAC_V1_0_3,%s,%s" % (pick(r, ["soil", "buoy", "tank"]), k + 1, eui(r), join, rs(r, 10, UP + DG),
                                                                       pick(r, ["keys on ATECC608A", "AppKey from manufacturer manifest (not in repo)", "", "join server managed"])))
    return pick(r, ["provisioning/lorawan_devices.csv", "manifests/eui_list.csv"]), "\n".join(rows) + "\n"


@ntpl("lmic_secure_element", "arduino-ino", "lorawan_ttn", "secure_element_reference")
def n_lmic_se(r):
    lsb = lambda h: ", ".join("0x" + h[i:i + 2] for i in range(len(h) - 2, -2, -2))
    L = ["#include <lmic.h>", "#include <hal/hal.h>", "#include \"se_atecc608.h\"", "", "// AppEUI / JoinEUI, LSB first",
         "static const u1_t PROGMEM APPEUI[8] = { %s };" % lsb(eui(r, "70B3D57ED")), "void os_getArtEui (u1_t* buf) { memcpy_P(buf, APPEUI, 8);}", "",
         "// DevEUI is read from the secure element serial at boot", "void os_getDevEui (u1_t* buf) { se_read_deveui(buf); }", "",
         "// The AppKey never leaves the ATECC608A (slot %d); LMIC asks the SE to run AES." % r.randrange(2, 9),
         "void os_getDevKey (u1_t* buf) { memset(buf, 0, 16); }", "", "void setup() {", "    se_init(%d);" % r.randrange(0x58, 0x70), "    os_init();", "    LMIC_reset();", "}", "",
         "void loop() {", "    os_runloop_once();", "}"]
    return pick(r, ["src/main.ino", "firmware/node/node.ino"]), "\n".join(L) + "\n"


@ntpl("aws_device_cert", "pem", "aws_iot", "public_certificate")
def n_aws_cert(r):
    return pick(r, ["certs/%s-certificate.pem.crt" % hexs(r, 10), "certs/device.crt", "main/certs/client.crt"]), gen_cert_pem(r, "AWS IoT Certificate") + "\n"


@ntpl("aws_root_ca_h", "c-header", "aws_iot", "public_root_ca")
def n_root_ca(r):
    L = ["#pragma once", "", "// Amazon Root CA 1 (public, from https://www.amazontrust.com/repository/AmazonRootCA1.pem)",
         'static const char AWS_ROOT_CA[] = R"EOF(', gen_cert_pem(r, "Amazon Root CA 1"), ')EOF";', "",
         'static const char AWS_IOT_ENDPOINT[] = "%s-ats.iot.%s.amazonaws.com";' % (AWS_EP_SUB(r), pick(r, REGIONS)),
         "// device cert + key are loaded from the encrypted NVS partition (see nvs_certs.c)"]
    return pick(r, ["include/aws_root_ca.h", "src/ca.h"]), "\n".join(L) + "\n"


@ntpl("gcp_public_key", "pem", "gcp_iot", "public_key")
def n_pubkey(r):
    return pick(r, ["keys/ec_public.pem", "certs/rsa_public.pem", "registry/%s.pub.pem" % pick(r, DEVS)]), gen_pubkey_pem(r, ec=chance(r)) + "\n"


@ntpl("jwk_public", "json", "gcp_iot", "public_jwk")
def n_jwk(r):
    keys = []
    for _ in range(r.randrange(1, 3)):
        keys.append({"kty": "EC", "crv": "P-256", "use": "sig", "kid": hexs(r, 16), "x": b64url(rbytes(r, 32)), "y": b64url(rbytes(r, 32))})
    return pick(r, ["config/device-jwks.json", "registry/jwks.json"]), json.dumps({"keys": keys}, indent=2) + "\n"


@ntpl("azure_twin_json", "json", "azure_iot_hub", "device_twin_ids_thumbprints")
def n_twin(r):
    d = {"deviceId": pick(r, DEVS), "etag": b64(r, 9).rstrip("="), "deviceEtag": b64(r, 6).rstrip("="), "status": "enabled",
         "statusUpdateTime": "0001-01-01T00:00:00Z", "connectionState": pick(r, ["Connected", "Disconnected"]), "lastActivityTime": "2024-%02d-%02dT%02d:14:07.1153Z" % (r.randrange(1, 13), r.randrange(1, 28), r.randrange(0, 24)),
         "cloudToDeviceMessageCount": 0, "authenticationType": "selfSigned",
         "x509Thumbprint": {"primaryThumbprint": hexs(r, 40, True), "secondaryThumbprint": hexs(r, 40, True)}, "modelId": "dtmi:%s:%s;%d" % (pick(r, ["acme", "coldchain"]), pick(r, ["meter", "gateway"]), r.randrange(1, 4)),
         "version": r.randrange(2, 900), "properties": {"desired": {"telemetryInterval": pick(r, [30, 60]), "$metadata": {"$lastUpdated": "2024-05-02T10:11:12Z"}, "$version": r.randrange(1, 40)},
                                                        "reported": {"firmware": ver(r), "$version": r.randrange(1, 400)}}}
    return pick(r, ["twins/%s.json" % d["deviceId"], "docs/examples/device-twin.json"]), json.dumps(d, indent=2) + "\n"


@ntpl("azure_dps_tpm", "yaml", "azure_dps", "id_scope_tpm_endorsement_key")
def n_dps_tpm(r):
    L = ["# DPS individual enrollments (TPM attestation). EKs are public keys read from each TPM.", "provisioning:", "  global_endpoint: global.azure-devices-provisioning.net",
         "  id_scope: 0ne00%s" % rs(r, 6, HEXU), "enrollments:"]
    for _ in range(r.randrange(1, 3)):
        L += ["  - registration_id: %s" % pick(r, DEVS), "    attestation: tpm", "    endorsement_key: %s" % b64(r, 280), "    initial_twin:", "      tags: {site: %s}" % pick(r, ["north", "lab"])]
    return pick(r, ["provisioning/enrollments.yaml", "deploy/dps.yml"]), "\n".join(L) + "\n"


@ntpl("azure_x509_connstr", "python", "azure_iot_hub", "x509_connection_string")
def n_x509(r):
    hub, dev = pick(r, HUBS), pick(r, DEVS)
    L = ["from azure.iot.device import IoTHubDeviceClient, X509", "", 'HOSTNAME = "%s.azure-devices.net"' % hub, 'DEVICE_ID = "%s"' % dev, "",
         "x509 = X509(cert_file=\"/etc/%s/device.crt\", key_file=\"/dev/tpm0\" if False else \"/run/keys/device.key\")" % pj(r),
         "# equivalent connection string: HostName=%s.azure-devices.net;DeviceId=%s;x509=true" % (hub, dev),
         "client = IoTHubDeviceClient.create_from_x509_certificate(x509=x509, hostname=HOSTNAME, device_id=DEVICE_ID)", "client.connect()"]
    return pick(r, ["device/connect_x509.py", "gateway/hub.py"]), "\n".join(L) + "\n"


@ntpl("firmware_manifest", "json", "firmware", "digests_signatures")
def n_fw_manifest(r):
    d = {"product": pj(r), "channel": pick(r, ["stable", "beta"]), "releases": []}
    for _ in range(r.randrange(2, 4)):
        blob = rbytes(r, 32)
        d["releases"].append({"version": ver(r), "size": r.randrange(600000, 1900000), "sha256": hashlib.sha256(blob).hexdigest(), "md5": hashlib.md5(blob).hexdigest(),
                              "signature_ed25519": base64.b64encode(rbytes(r, 64)).decode(), "url": "https://ota.%s.io/fw/%s.bin" % (pj(r), hexs(r, 12))})
    return pick(r, ["ota/manifest.json", "release/firmware-index.json"]), json.dumps(d, indent=2) + "\n"


@ntpl("ota_pubkey_h", "c-header", "firmware", "ota_public_key")
def n_ota_pub(r):
    pub = rbytes(r, 32)
    L = ["#pragma once", "#include <stdint.h>", "", "/* Ed25519 PUBLIC key used to verify OTA images. The signing key lives in the release HSM. */",
         "static const uint8_t OTA_VERIFY_PUBKEY[32] = {"]
    for i in range(0, 32, 8):
        L.append("    " + ", ".join("0x%02x" % b for b in pub[i:i + 8]) + ",")
    L += ["};", "", "#define OTA_SIG_LEN 64"]
    return pick(r, ["include/ota_pubkey.h", "components/ota/ota_key_pub.h"]), "\n".join(L) + "\n"


@ntpl("nodered_cred_encrypted", "node-red-json", "mqtt", "ciphertext")
def n_nr_enc(r):
    return pick(r, ["flows_cred.json", ".node-red/flows_cred.json"]), json.dumps({"$": hexs(r, 32) + b64(r, r.randrange(60, 140))}) + "\n"


@ntpl("nodered_flows_broker", "node-red-json", "mqtt", "flow_without_credentials")
def n_nr_flows(r):
    bid = nr_id(r)
    nodes = [{"id": bid, "type": "mqtt-broker", "name": "plant broker", "broker": pick(r, MQTT_HOSTS), "port": "8883", "tls": nr_id(r), "clientid": "",
              "autoConnect": True, "usetls": True, "protocolVersion": "4", "keepalive": "60", "cleansession": True, "credentials": {}},
             {"id": nr_id(r), "type": "mqtt in", "z": nr_id(r), "name": "", "topic": "sensors/#", "qos": "1", "datatype": "auto-detect", "broker": bid, "x": 120, "y": 80, "wires": [[]]}]
    return pick(r, ["flows.json", "node-red/flows.json"]), json.dumps(nodes, indent=4) + "\n"


@ntpl("balena_yml", "yaml", "balena", "fleet_metadata")
def n_balena_yml(r):
    L = ["name: %s" % pj(r), "type: sw.application", "description: >-", "  Edge gateway stack for the %s deployment." % pj(r), "version: %s" % ver(r),
         "assets:", "  repository:", "    type: blob.asset", "    data:", "      url: 'https://github.com/%s/%s'" % (pick(r, ["acme-iot", "coldchain"]), pj(r)),
         "data:", "  applicationEnvironmentVariables:", "    - MQTT_HOST: mosquitto", "    - LOG_LEVEL: info", "    - CLOUD_TOKEN: ''",
         "  defaultDeviceType: raspberrypi4-64", "  supportedDeviceTypes:", "    - raspberrypi4-64", "    - raspberrypicm4-ioboard", "    - jetson-nano"]
    return "balena.yml", "\n".join(L) + "\n"


@ntpl("balena_inventory", "yaml", "balena", "device_uuids")
def n_balena_inv(r):
    L = ["# exported from the balena dashboard, %s" % pick(r, ["2024-03-02", "2024-07-19"]), "fleet: %s" % pj(r), "devices:"]
    for _ in range(r.randrange(3, 8)):
        L += ["  - uuid: %s" % hexs(r, 32), "    name: %s-%s" % (pick(r, ["gw", "edge"]), pick(r, ["amber", "brisk", "cedar", "dawn", "ember", "frost"])),
              "    os: balenaOS %d.%d.%d" % (r.randrange(2, 6), r.randrange(0, 90), r.randrange(0, 20)), "    ip: 10.%d.%d.%d" % (r.randrange(0, 255), r.randrange(0, 255), r.randrange(2, 250))]
    return pick(r, ["fleet/devices.yaml", "inventory/balena.yml"]), "\n".join(L) + "\n"


@ntpl("particle_inventory", "json", "particle", "device_ids")
def n_particle_inv(r):
    devs = [{"id": hexs(r, 24), "name": "%s_%s" % (pick(r, ["boron", "bsom", "argon"]), rs(r, 4, LO)), "iccid": iccid(r), "imei": imei(r), "serial_number": "P%s" % rs(r, 14, UP + DG),
             "product_id": r.randrange(10000, 40000), "platform_id": pick(r, [13, 23, 25]), "firmware_version": r.randrange(3, 40)} for _ in range(r.randrange(2, 5))]
    return pick(r, ["inventory/particle_devices.json", "data/devices.json"]), json.dumps(devs, indent=2) + "\n"


@ntpl("notecard_hubset", "json", "blues_notehub", "product_uid")
def n_notecard(r):
    reqs = [{"req": "hub.set", "product": "com.%s.%s:%s" % (pick(r, ["acme", "coldchain", "agrisense"]), pick(r, ["ops", "jlee"]), pj(r)), "sn": pick(r, DEVS), "mode": pick(r, ["periodic", "continuous"]),
             "outbound": pick(r, [60, 120]), "inbound": pick(r, [240, 720])},
            {"req": "card.version"}, {"req": "note.add", "file": "sensors.qo", "body": {"temp": 21.3, "hum": 44}},
            {"device": "dev:%s" % imei(r), "note": "response to card.version, kept for reference"}]
    return pick(r, ["notecard/setup_requests.json", "config/notecard.json"]), json.dumps(reqs, indent=2) + "\n"


@ntpl("empty_secrets_h", "c-header", "generic", "empty_template")
def n_empty_secrets(r):
    L = ["// secrets.h.example - copy to secrets.h and fill in. secrets.h is in .gitignore.", "#pragma once", "", '#define WIFI_SSID ""', '#define WIFI_PASSWORD ""']
    for _ in range(r.randrange(2, 5)):
        L.append('#define %s ""' % pick(r, ["BLYNK_AUTH_TOKEN", "AIO_KEY", "MQTT_PASSWORD", "SECRET_DEVICE_KEY", "THINGSPEAK_WRITE_KEY", "UBIDOTS_TOKEN", "LOSANT_ACCESS_SECRET", "GOLIOTH_PSK"]))
    L.append('#define MQTT_HOST "%s"' % pick(r, MQTT_HOSTS))
    return pick(r, ["include/secrets.h.example", "secrets_template.h", "src/secrets.example.h", "include/secrets.h"]), "\n".join(dict.fromkeys(L)) + "\n"


@ntpl("settings_toml_example", "toml", "adafruit_io", "placeholder_template")
def n_toml_example(r):
    L = ["# Copy to the CIRCUITPY drive as settings.toml and fill in", 'CIRCUITPY_WIFI_SSID = "your-ssid"', 'CIRCUITPY_WIFI_PASSWORD = "your-password"',
         'ADAFRUIT_AIO_USERNAME = "your-username"', 'ADAFRUIT_AIO_KEY = "your-aio-key"', 'TZ = "UTC"']
    return pick(r, ["settings.toml.example", "examples/settings.toml"]), "\n".join(L) + "\n"


@ntpl("blynk_template_export", "json", "blynk", "template_datastreams")
def n_blynk_tmpl(r):
    d = {"templateId": "TMPL" + rs(r, 8), "name": pj(r).replace("-", " ").title(), "hardware": "ESP32", "connectionType": "WiFi",
         "datastreams": [{"pin": "V%d" % i, "name": n, "type": "double", "min": 0, "max": 100} for i, n in enumerate(r.sample(["Temperature", "Humidity", "Soil", "Relay", "Battery"], 3))],
         "firmwareHint": "set BLYNK_AUTH_TOKEN per device via Blynk.Edgent provisioning"}
    return pick(r, ["blynk/template.json", "docs/blynk-template.json"]), json.dumps(d, indent=2) + "\n"


@ntpl("thingspeak_public_read", "python", "thingspeak", "public_channel_no_key")
def n_ts_public(r):
    ch = r.randrange(100000, 2999999)
    L = ['"""Read the public weather channel (no API key needed for public channels)."""', "import requests", "", "CHANNEL_ID = %d" % ch, "FIELD = %d" % r.randrange(1, 8), "",
         "def last_values(n=20):", '    url = f"https://api.thingspeak.com/channels/{CHANNEL_ID}/fields/{FIELD}.json"', '    return requests.get(url, params={"results": n}, timeout=10).json()["feeds"]']
    return pick(r, ["tools/read_public_channel.py", "analysis/fetch_weather.py"]), "\n".join(L) + "\n"


@ntpl("aio_feed_config", "yaml", "adafruit_io", "feed_keys")
def n_aio_feeds(r):
    user = pick(r, ["jmarsh", "greenfield_labs", "kiln_ops"])
    L = ["aio_username: %s" % user, "# key comes from the ADAFRUIT_AIO_KEY env var at runtime", "groups:"]
    for g in r.sample(["greenhouse", "shed", "pond", "kiln"], 2):
        L += ["  - key: %s" % g, "    feeds:"]
        for f in r.sample(["temperature", "humidity", "co2", "door", "lux"], 3):
            L.append("      - %s.%s   # mqtt topic %s/feeds/%s.%s" % (g, f, user, g, f))
    return pick(r, ["config/feeds.yaml", "aio/feeds.yml"]), "\n".join(L) + "\n"


@ntpl("mosquitto_passwd_hashes", "mosquitto-conf", "mqtt", "password_hashes")
def n_passwd(r):
    L = []
    for u in r.sample(MQTT_USERS, r.randrange(2, 5)):
        L.append("%s:$7$101$%s$%s" % (u, base64.b64encode(rbytes(r, 12)).decode(), base64.b64encode(rbytes(r, 64)).decode()))
    return pick(r, ["mosquitto/config/passwd", "deploy/mosquitto/password_file"]), "\n".join(L) + "\n"


@ntpl("mosquitto_conf_paths", "mosquitto-conf", "mqtt", "references_only")
def n_mosq_conf(r):
    L = ["listener 8883", "cafile /mosquitto/certs/ca.crt", "certfile /mosquitto/certs/server.crt", "keyfile /mosquitto/certs/server.key", "require_certificate false", "",
         "listener 8884", "psk_hint fleet-gateway", "psk_file /mosquitto/config/psk.txt", "", "allow_anonymous false", "password_file /mosquitto/config/passwd", "acl_file /mosquitto/config/acl"]
    return pick(r, ["mosquitto/config/mosquitto.conf", "mosquitto.conf"]), "\n".join(L) + "\n"


@ntpl("device_hw_table_md", "markdown", "generic", "macs_serials_imei")
def n_hw_md(r):
    L = ["# Field units, batch %d" % r.randrange(1, 30), "", "| serial | MAC | IMEI | ICCID | DevEUI |", "|---|---|---|---|---|"]
    for _ in range(r.randrange(3, 8)):
        L.append("| %s | %s | %s | %s | %s |" % (rs(r, 10, UP + DG), mac(r), imei(r), iccid(r), eui(r)))
    L += ["", "SIMs are Hologram Hyper; keys are injected at the factory station, not stored here."]
    return pick(r, ["docs/batch-units.md", "notes/field-units.md"]), "\n".join(L) + "\n"


@ntpl("tuya_device_list", "json", "tuya", "device_and_product_ids")
def n_tuya_list(r):
    devs = [{"name": pick(r, ["Plug A", "Fan relay", "Heater", "Light strip"]), "id": pick(r, ["bf", "eb"]) + rs(r, 20, LO + DG), "product_id": rs(r, 16, LO + DG),
             "category": pick(r, ["cz", "kg", "dj"]), "ip": "192.168.1.%d" % r.randrange(20, 250), "key": "", "version": "3.%d" % r.randrange(3, 5)} for _ in range(r.randrange(2, 5))]
    return pick(r, ["tuya/devices.template.json", "config/tuya_devices.json"]), json.dumps(devs, indent=4) + "\n"


@ntpl("soracom_sim_csv", "csv", "soracom", "imsi_iccid_inventory")
def n_soracom_csv(r):
    rows = ["sim_id,imsi,iccid,msisdn,group_id,speed_class,status"]
    for _ in range(r.randrange(3, 10)):
        rows.append("%s,%s,%s,%s,%s,%s,%s" % (rs(r, 19, DG), "295050" + rs(r, 9, DG), iccid(r), "81" + rs(r, 10, DG), uuid4(r), pick(r, ["s1.minimum", "s1.standard", "s1.fast"]), pick(r, ["active", "ready", "inactive"])))
    return pick(r, ["inventory/soracom_sims.csv", "data/sims.csv"]), "\n".join(rows) + "\n"


@ntpl("hologram_devices_json", "json", "hologram", "device_ids")
def n_holo(r):
    data = [{"id": r.randrange(100000, 9999999), "orgid": r.randrange(10000, 99999), "name": "%s (%s)" % (pick(r, DEVS), iccid(r)[-4:]), "type": "Cellular",
             "links": {"cellular": [{"id": r.randrange(100000, 9999999), "sim": iccid(r), "imsi": "3104" + rs(r, 11, DG), "msisdn": "1" + rs(r, 10, DG), "state": "LIVE"}]}} for _ in range(r.randrange(1, 4))]
    return pick(r, ["inventory/hologram.json", "data/hologram_devices.json"]), json.dumps({"success": True, "data": data}, indent=2) + "\n"


@ntpl("ttn_device_template", "yaml", "lorawan_ttn", "device_template_no_keys")
def n_ttn_tmpl(r):
    L = ["# ttn-lw-cli end-devices template; root keys are generated by the Join Server", "ids:", "  device_id: %s" % pick(r, DEVS), "  dev_eui: %s" % eui(r), "  join_eui: %s" % eui(r, "70B3D57ED"),
         "  application_ids:", "    application_id: %s" % pick(r, TTN_APPS), "lorawan_version: MAC_V1_0_3", "lorawan_phy_version: PHY_V1_0_3_REV_A", "frequency_plan_id: EU_863_870_TTN",
         "supports_join: true", "root_keys:", "  app_key:", "    key: \"\"  # --with-root-keys generates one server side"]
    return pick(r, ["provisioning/device-template.yaml", "ttn/template.yml"]), "\n".join(L) + "\n"


@ntpl("zephyr_runtime_creds", "zephyr-prj-conf", "golioth", "runtime_settings_no_psk")
def n_zephyr_rt(r):
    L = ["CONFIG_GOLIOTH_FIRMWARE_SDK=y", "CONFIG_GOLIOTH_SAMPLE_HARDCODED_CREDENTIALS=n", "CONFIG_FLASH=y", "CONFIG_FLASH_MAP=y", "CONFIG_NVS=y", "CONFIG_SETTINGS=y",
         "CONFIG_SETTINGS_RUNTIME=y", "CONFIG_GOLIOTH_SAMPLE_PSK_SETTINGS=y", "CONFIG_GOLIOTH_SAMPLE_SETTINGS_AUTOLOAD=y", "CONFIG_GOLIOTH_SAMPLE_SETTINGS_SHELL=y",
         "# PSK-ID / PSK are entered in the shell: settings set golioth/psk-id <id>", "CONFIG_MBEDTLS_SSL_MAX_CONTENT_LEN=%d" % pick(r, [2048, 4096])]
    return pick(r, ["prj.conf", "overlay-runtime-creds.conf"]), "\n".join(L) + "\n"


@ntpl("sdkconfig_secure_boot", "sdkconfig", "firmware", "efuse_and_key_paths")
def n_sdk_secure(r):
    L = ["CONFIG_SECURE_BOOT=y", "CONFIG_SECURE_BOOT_V2_ENABLED=y", 'CONFIG_SECURE_BOOT_SIGNING_KEY="secure_boot_signing_key.pem"', "CONFIG_SECURE_FLASH_ENC_ENABLED=y",
         "CONFIG_SECURE_FLASH_ENCRYPTION_MODE_RELEASE=y", "CONFIG_NVS_ENCRYPTION=y", "CONFIG_NVS_SEC_KEY_PROTECT_USING_HMAC=y", "CONFIG_NVS_SEC_HMAC_EFUSE_KEY_ID=%d" % r.randrange(0, 6),
         'CONFIG_ESP_WIFI_PASSWORD=""', 'CONFIG_EXAMPLE_WIFI_PASSWORD="mypassword"', "CONFIG_EXAMPLE_CONNECT_WIFI=y"]
    return pick(r, ["sdkconfig.defaults.release", "sdkconfig.defaults"]), "\n".join(L) + "\n"


@ntpl("i18n_strings", "json", "generic", "i18n_strings")
def n_i18n(r):
    d = {"setup.token.label": pick(r, ["Blynk auth token", "Adafruit IO key", "Device secret key"]), "setup.token.hint": "Paste the token from the console (32 characters)",
         "setup.psk.label": "Pre-shared key (hex)", "setup.password.placeholder": "Password", "errors.auth": "Authentication failed, check your API key", "errors.no_sim": "No SIM detected"}
    if chance(r):
        d = {"de": {k: v + " (DE)" for k, v in d.items()}, "en": d}
    return pick(r, ["app/locales/en.json", "src/i18n/strings.json", "companion-app/assets/i18n/en.json"]), json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@ntpl("git_lfs_pointer", "text", "firmware", "lfs_oid_sha256")
def n_lfs(r):
    return pick(r, ["release/firmware-%s.bin" % ver(r), "bin/bootloader.bin"]), "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (hexs(r, 64), r.randrange(20000, 1800000))


@ntpl("aes_cmac_test_vector", "c-source", "lorawan_ttn", "rfc4493_test_vector")
def n_cmac(r):
    L = ["/* LoRaWAN MIC unit tests: AES-CMAC test vectors from RFC 4493, section 4 (public). */", "#include \"unity.h\"", "#include \"cmac.h\"", "",
         "static const uint8_t K[16] = { 0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6, 0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c };",
         "static const uint8_t EXPECT_EMPTY[16] = { 0xbb, 0x1d, 0x69, 0x29, 0xe9, 0x59, 0x37, 0x28, 0x7f, 0xa3, 0x7d, 0x12, 0x9b, 0x75, 0x67, 0x46 };", "",
         "void test_cmac_empty_message(void)", "{", "    uint8_t out[16];", "    aes_cmac(K, NULL, 0, out);", "    TEST_ASSERT_EQUAL_HEX8_ARRAY(EXPECT_EMPTY, out, 16);", "}"]
    return pick(r, ["test/test_cmac.c", "tests/unit/test_mic.c"]), "\n".join(L) + "\n"


@ntpl("aws_docs_example_keys", "markdown", "aws", "documentation_example")
def n_aws_docs(r):
    L = ["## Configuring the provisioning script", "", "The script reads standard AWS credentials. The values below are the **example** keys from the AWS documentation;",
         "use your own profile (`aws configure --profile fleet`).", "", "```ini", "[fleet]", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
         "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "region = %s" % pick(r, REGIONS), "```"]
    return pick(r, ["docs/aws-setup.md", "provisioning/README.md"]), "\n".join(L) + "\n"


@ntpl("ttn_docs_example_key", "markdown", "lorawan_ttn", "documentation_example")
def n_ttn_docs(r):
    L = ["## API keys", "", "The Things Stack API keys have three dot-separated parts: `NNSXS.<key-id>.<secret>`. Example from the official docs:", "",
         "```", "NNSXS.U4H3ZFFCMSR42BUAZPW2UWGFBV4WCNI5EXDJXDY.SHIF3PP5PBMJNZESN5XLR5TZJTJUIGKVUTM2I22IVBUVCD6VIQIA", "```", "",
         "Create your own under *Applications > %s > API keys* and store it in the `TTN_API_KEY` CI secret." % pick(r, TTN_APPS)]
    return pick(r, ["docs/ttn.md", "notes/lorawan-backend.md"]), "\n".join(L) + "\n"


@ntpl("py_secret_manager", "python", "generic", "secret_manager_reference")
def n_py_sm(r):
    L = ["import json", "import boto3", "", 'SECRET_ID = "%s/%s/cloud-credentials"' % (pick(r, ["prod", "staging"]), pj(r)), "",
         "def load_credentials():", '    sm = boto3.client("secretsmanager")', "    raw = sm.get_secret_value(SecretId=SECRET_ID)[\"SecretString\"]", "    return json.loads(raw)", "",
         "creds = load_credentials()", 'API_KEY = creds["%s"]' % pick(r, ["soracom_auth_key", "hologram_api_key", "notehub_client_secret", "ttn_api_key"])]
    return pick(r, ["tools/creds.py", "fleet/secrets.py"]), "\n".join(L) + "\n"


@ntpl("nvs_partition_csv", "csv", "firmware", "nvs_csv_file_refs")
def n_nvs_csv(r):
    rows = ["key,type,encoding,value", "certs,namespace,,", "ca_cert,file,string,certs/AmazonRootCA1.pem", "dev_cert,file,string,certs/%s.crt" % pick(r, DEVS),
            "dev_key,file,string,certs/device.key", "thing_name,data,string,%s" % pick(r, DEVS), "endpoint,data,string,%s-ats.iot.%s.amazonaws.com" % (AWS_EP_SUB(r), pick(r, REGIONS))]
    return pick(r, ["factory/nvs_certs.csv", "tools/nvs/factory.csv"]), "\n".join(rows) + "\n"


@ntpl("compose_file_secrets", "docker-compose", "mqtt", "file_secret_references")
def n_compose_secrets(r):
    L = ["services:", "  bridge:", "    image: ghcr.io/%s/bridge:%s" % (pick(r, ["acme-iot", "coldchain"]), ver(r)), "    secrets:", "      - mqtt_password", "      - ttn_api_key",
         "    environment:", "      MQTT_PASSWORD_FILE: /run/secrets/mqtt_password", "      TTN_API_KEY_FILE: /run/secrets/ttn_api_key", "", "secrets:",
         "  mqtt_password:", "    file: ./secrets/mqtt_password.txt", "  ttn_api_key:", "    external: true"]
    return pick(r, ["docker-compose.yml", "deploy/compose.yaml"]), "\n".join(L) + "\n"


@ntpl("cert_fingerprints_md", "markdown", "generic", "certificate_fingerprints")
def n_fp(r):
    L = ["# Pinned certificates", "", "| host | SHA-256 fingerprint |", "|---|---|"]
    for h in r.sample(["broker.losant.com", "io.adafruit.com", "mqtt.googleapis.com", "industrial.api.ubidots.com", "eu1.cloud.thethings.network"], 3):
        L.append("| %s | `%s` |" % (h, ":".join(hexs(r, 2, True) for _ in range(32))))
    L += ["", "Regenerate with `openssl s_client -connect HOST:8883 | openssl x509 -noout -fingerprint -sha256`."]
    return pick(r, ["docs/pinning.md", "notes/cert-pins.md"]), "\n".join(L) + "\n"


@ntpl("arduino_cloud_ids", "yaml", "arduino_iot_cloud", "uuid_ids")
def n_ard_ids(r):
    L = ["# Arduino Cloud things in the pilot (ids only; device keys are downloaded once at setup and stored on the board)", "things:"]
    for _ in range(r.randrange(2, 5)):
        L += ["  - name: %s" % pick(r, DEVS), "    thing_id: %s" % uuid4(r), "    device_id: %s" % uuid4(r), "    fqbn: %s" % pick(r, ["esp32:esp32:esp32", "arduino:samd:mkrwifi1010", "arduino:mbed_nano:nano33ble"])]
    return pick(r, ["arduino-cloud/things.yaml", "config/things.yml"]), "\n".join(L) + "\n"


@ntpl("circuitpython_getenv", "python", "adafruit_io", "env_lookup")
def n_cpy_env(r):
    L = ["import os", "import ssl", "import socketpool", "import wifi", "import adafruit_requests", "from adafruit_io.adafruit_io import IO_HTTP", "",
         'aio_username = os.getenv("ADAFRUIT_AIO_USERNAME")', 'aio_key = os.getenv("ADAFRUIT_AIO_KEY")', "",
         'wifi.radio.connect(os.getenv("CIRCUITPY_WIFI_SSID"), os.getenv("CIRCUITPY_WIFI_PASSWORD"))', "pool = socketpool.SocketPool(wifi.radio)",
         "requests = adafruit_requests.Session(pool, ssl.create_default_context())", "io = IO_HTTP(aio_username, aio_key, requests)", 'print(io.receive_data("%s"))' % pick(r, ["door", "temp"])]
    return "code.py", "\n".join(L) + "\n"


@ntpl("platformio_sysenv", "platformio-ini", "generic", "env_reference")
def n_pio_env(r):
    board = pick(r, ["esp32dev", "nodemcuv2", "esp32-c3-devkitm-1"])
    L = ["[env:%s]" % board, "platform = %s" % ("espressif8266" if board == "nodemcuv2" else "espressif32"), "board = %s" % board, "framework = arduino",
         "extra_scripts = pre:scripts/load_env.py", "build_flags =", "    -DMQTT_HOST=\\\"%s\\\"" % pick(r, MQTT_HOSTS), "    -DMQTT_PASSWORD=\\\"${sysenv.MQTT_PASSWORD}\\\"",
         "    -DBLYNK_AUTH_TOKEN=\\\"${sysenv.BLYNK_AUTH_TOKEN}\\\"", "monitor_speed = 115200"]
    return "platformio.ini", "\n".join(L) + "\n"


@ntpl("losant_device_ids", "json", "losant", "device_ids")
def n_losant_ids(r):
    d = {"applicationId": hexs(r, 24), "devices": [{"deviceId": hexs(r, 24), "name": pick(r, DEVS), "deviceClass": pick(r, ["standalone", "gateway", "peripheral"])} for _ in range(r.randrange(2, 5))],
         "note": "access keys are created per device by the provisioning workflow"}
    return pick(r, ["losant/devices.json", "config/losant.json"]), json.dumps(d, indent=2) + "\n"


# ----------------------------------------------------------------------------- driver
N_POS = 500
N_NEG = 500


def line_of(text, needle):
    idx = text.find(needle)
    if idx < 0:
        return None
    return text.count("\n", 0, idx) + 1


def cycle_pick(r, items, n):
    out = []
    while len(out) < n:
        block = list(items)
        r.shuffle(block)
        out.extend(block)
    return out[:n]


KIND_WEIGHT = {("mqtt", "broker_password"): 2.0, ("lorawan_ttn", "app_key"): 1.5, ("azure_iot_hub", "device_connection_string_key"): 1.3,
               ("lorawan_ttn", "nwk_key"): 0.6, ("thingspeak", "read_api_key"): 0.6, ("gcp_iot", "device_jwt"): 0.8}


def build(seed):
    r = random.Random(seed)
    files = []  # (label, idx, relpath, text, manifest, secret_rec)
    all_secrets = []
    kind_count = {}
    # positives
    for idx, t in enumerate(cycle_pick(r, TEMPLATES, N_POS)):
        for attempt in range(20):
            pk = min(t["kinds"], key=lambda k: (kind_count.get(k, 0) / KIND_WEIGHT.get(k, 1.0)) + r.random() * 0.9)
            info = GENS[pk](r)
            info["_pk"] = pk
            info["_pos"] = True
            S = Slot(info["secret"], info)
            path, text = t["fn"](r, S)
            needle = S.written or S.v
            ln = line_of(text, needle)
            if ln is not None and not any(needle in x for x in all_secrets if x != needle):
                break
        else:
            raise RuntimeError("needle not found for template %s" % t["name"])
        all_secrets.append(needle)
        kind_count[pk] = kind_count.get(pk, 0) + 1
        man = {"file": "pos/p%04d/%s" % (idx, path), "label": "pos", "provider": pk[0], "kind": pk[1], "filetype": t["ftype"],
               "template": t["name"], "obvious_name": bool(info.get("_obvious", False))}
        files.append((man, text, {"file": man["file"], "needle": needle, "line": ln}))
    # negatives: half re-used positive templates, half domain look-alikes
    n_reuse = N_NEG // 2
    neg = []
    for t in cycle_pick(r, TEMPLATES, n_reuse):
        pk = r.choice(t["kinds"])
        info = GENS[pk](r)
        info["_pk"] = pk
        info["_pos"] = False
        if "akid" in info:
            info["akid"] = pick(r, ["AKIAIOSFODNN7EXAMPLE", "<access-key-id>", "YOUR_ACCESS_KEY_ID"])
        lang = t["lang"]
        v, lt = lookalike(r, pk[0], pk[1], lang, t["inline"] or pk[1] in COMPOSITE)
        S = Slot(v, info)
        path, text = t["fn"](r, S)
        neg.append(({"label": "neg", "provider": pk[0], "kind": lt, "mimics_kind": pk[1], "filetype": t["ftype"], "template": t["name"]}, path, text))
    for t in cycle_pick(r, NEG_TEMPLATES, N_NEG - n_reuse):
        path, text = t["fn"](r)
        neg.append(({"label": "neg", "provider": t["provider"], "kind": t["kind"], "filetype": t["ftype"], "template": "neg_" + t["name"]}, path, text))
    r.shuffle(neg)
    for idx, (man, path, text) in enumerate(neg):
        man = dict({"file": "neg/n%04d/%s" % (idx, path)}, **man)
        files.append((man, text, None))
    # safety: no generated secret in any negative
    for man, text, sec in files:
        if man["label"] == "neg":
            for x in all_secrets:
                if x in text:
                    raise RuntimeError("secret leaked into negative %s" % man["file"])
    return files


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_cb.py OUTDIR SEED\n")
        return 2
    out, seed = argv[1], int(argv[2])
    files = build(seed)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as mf, \
            open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as sf:
        for man, text, sec in files:
            p = os.path.join(out, man["file"])
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
            mf.write(json.dumps(man, sort_keys=True) + "\n")
            if sec:
                sf.write(json.dumps(sec, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
