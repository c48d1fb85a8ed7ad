#!/usr/bin/env python3
"""gen_gm.py - blind evaluation set for secret scanners: IoT device clouds and maker platforms.

EMPHASIS
  Domain: firmware and tooling repositories of makers and small IoT teams: Arduino sketches,
  ESP-IDF / PlatformIO / Zephyr projects, MicroPython and CircuitPython boards, Raspberry Pi
  gateways, Node.js / Python back-ends that talk to device clouds, CI workflows that flash fleets.
  Providers: Particle (user access tokens), Blues Notehub (OAuth client id/secret, project and
  product UIDs), Soracom (SAM auth key id + auth key secret), Adafruit IO (aio_ keys and legacy
  32-hex keys), Arduino IoT Cloud (API client id/secret, device secret keys), Blynk (device auth
  tokens), ThingSpeak (write/read API keys), Ubidots (BBFF- tokens), Losant (device access
  key/secret, API tokens), Golioth (PSK-ID/PSK, API keys), balenaCloud (API keys), Hologram
  (8-character device keys), 1NCE (API user password), AWS IoT (device private keys, PEM),
  Azure IoT Hub (device connection strings with SharedAccessKey), Google Cloud IoT Core legacy
  (RS256/ES256 private keys, hex-colon EC key), MQTT broker passwords, Wi-Fi passphrases.
  Kinds: access_token, api_key, client_secret, device_key, psk, sas_key, private_key, password.
  File types: .ino, .h, .cpp, .c, platformio.ini, sdkconfig, prj.conf, secrets.py,
  settings.toml, .py, .js, .ts, .json, .yml/.yaml, .sh, .md, .log, .conf, .toml, .cfg, .csv,
  .tf, Dockerfile, .pem/.key, one .env-style positive template.

USAGE
  python3 gen_gm.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500 files), OUTDIR/neg/nNNNN/<relpath> (500 files),
  OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line per positive).
  Deterministic per SEED: all randomness comes from one random.Random(SEED).

NEEDLE CONVENTIONS
  - The needle is the secret value only, without surrounding quotes.
  - Key pairs (Soracom keyId/secret, Arduino/Notehub client id/secret, Losant key/secret,
    Golioth PSK-ID/PSK, MQTT user/password, Wi-Fi SSID/passphrase): the needle is the secret
    half; the id half is public context.
  - URLs (query strings, mqtt://user:pass@host): the needle is the secret part only.
  - Headers (Authorization: Bearer X, X-AIO-Key: X, X-Auth-Token: X): the needle is X.
  - Azure connection strings: the needle is the SharedAccessKey value (base64, 44 chars).
  - Multi-line PEM private keys (raw, in C raw strings, in Python triple quotes, or JSON
    escaped with \\n): the needle is the header text "-----BEGIN ... PRIVATE KEY-----" of
    the single key block in the file; line = the line holding that header.
  - Google Cloud IoT ESP32 samples: the needle is the whole hex-colon private scalar string.

NEGATIVES
  Half re-use the positive templates with the secret slot holding a non-secret: generic and
  provider placeholders (YourAuthToken, YOUR_API_KEY_HERE, <your-key>, changeme, xxxx...),
  empty values, masked values (****, [REDACTED], aio_****), environment / secret-manager
  references (os.environ[...], process.env.X, ${VAR}, ${sysenv.VAR}, ${{ secrets.X }},
  !secret x, op://..., vault paths, $(cat /run/secrets/x)), documented examples (Adafruit's
  b780002b85d6411ca0ad9f9c60195f72, ESP-IDF "mypassword", Azure "[Device key goes here]",
  Notehub "your-client-secret", Blynk "YourAuthToken"), truncated "..." PEM bodies.
  Templates in .env* files are never used for negatives.
  The other half are domain look-alikes: Particle device ids (24 hex), balena device UUIDs
  (32 hex), Ubidots/Losant object ids, Blynk template ids, Notehub project/product UIDs,
  IMEI/ICCID/IMSI, MAC addresses, LoRaWAN DevEUI/JoinEUI, ThingSpeak public channel ids,
  firmware SHA-256/MD5 digests, git commit pins, OTA manifest signatures, X.509 certificates
  and public keys, AWS IoT certificate ids, Azure x509 thumbprints, base64 sensor payloads,
  Node-RED node ids, UUIDs of Arduino things/properties.

FORMATS CHECKED (search tool, corpora docs/pages/code)
  - ThingSpeak (mathworks.com help "Channel Data Control"): "16-digit API key" for write/read;
    public channels need no key. Generated: 16 chars A-Z0-9.
  - Hologram (docs.hologram.io Embedded APIs): "Eight-character Device Key", JSON field
    devicekey / k, host cloudsocket.hologram.io:9999. Generated: 8 alphanumerics.
  - Azure IoT (learn.microsoft.com ConnectionString class; SDK header sample): HostName=...;
    DeviceId=...;SharedAccessKey=... Generated key: base64 of 32 random bytes.
  - Blues Notehub (dev.blues.io API intro/authorization): client_id / client_secret form
    fields at /oauth2/token, project UID "app:<uuid>".
  - Golioth (docs.golioth.io PSK auth / management API): PSK-ID "<id>@<project-id>", random
    PSK from the console, API key in x-api-key header.
  - Particle (docs.particle.io access tokens): `particle token create`, tokens used as
    access_token / Bearer. Length 40 hex seen in public projects, not stated in the excerpt.
  - Adafruit IO (Adafruit_IO_Documentation authentication page): X-AIO-Key header or
    x-aio-key query; 32-hex documented example key; public code shows "aio_" + 28 alnum.
  - balena CLI (balena-cli api-key generate): key used with `balena login --token` and
    `Authorization: Bearer`.
  - Losant (docs.losant.com, public setup scripts): device id + access key + access secret
    used as MQTT client id / username / password on broker.losant.com.
  - Soracom (public code/blog): authKeyId "keyId-..." and authKey "secret-..." to /v1/auth.
  - Ubidots (public sketches): tokens "BBFF-" + 30 alphanumerics.
  - Blynk (public sketches): BLYNK_TEMPLATE_ID "TMPL..." (public), BLYNK_AUTH_TOKEN 32 chars
    of [A-Za-z0-9_-].
  - Arduino IoT Cloud (public code, api2.arduino.cc/iot/v1/clients/token): client id 32
    alnum, client secret 64 alnum.
  Search results that were GitGuardian detector pages (a scanner's documentation) appeared
  for Ubidots; they were not opened further and not used.

DOUBTS
  - Notehub client secret format is not documented: generated as 32 alphanumerics; client id
    as a UUID.
  - Particle token length (40 hex) and Golioth PSK / API key alphabets and lengths are from
    public code, not from provider documentation.
  - Losant access secret (64 hex) and access key (UUID) and the Losant API token (JWT with
    iss api.losant.com) are unconfirmed in documentation.
  - balena API keys (32 alnum), Soracom lengths (keyId-32 / secret-64 alnum), Arduino device
    secret key (20 upper-case alnum) and Hologram device key alphabet are unconfirmed.
  - 1NCE API credentials are modelled as a portal/API user password (no fixed format).
  - Wi-Fi / MQTT passwords have no format; human-style passphrases may be low-entropy by design.
"""
import base64
import json
import os
import re
import sys
import random

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"


def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def hx(r, n):
    return rs(r, n, HEX)


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def uuid4(r):
    h = hx(r, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


def mac(r, sep=":"):
    return sep.join("%02X" % r.randint(0, 255) for _ in range(6))


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def imei(r):
    s = r.choice(["35", "86", "01", "35"]) + "".join(r.choice("0123456789") for _ in range(12))
    return s + luhn_digit(s)


def iccid(r):
    s = "89" + r.choice(["882", "440", "014", "490", "883"]) + "".join(r.choice("0123456789") for _ in range(13))
    return s + luhn_digit(s)


def imsi(r):
    return r.choice(["295050", "440103", "901405", "310170"]) + "".join(r.choice("0123456789") for _ in range(9))


def b64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def b64u(r, n):
    return base64.urlsafe_b64encode(rbytes(r, n)).decode().rstrip("=")


def pem_wrap(label, der):
    b = base64.b64encode(der).decode()
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(b[i:i + 64] for i in range(0, len(b), 64)), label)


def pem_rsa1(r):
    return pem_wrap("RSA PRIVATE KEY", bytes.fromhex("308204a40201000282010100") + bytes([0xc0 | r.getrandbits(6)]) + rbytes(r, 1179))


def pem_rsa8(r):
    pre = bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100")
    return pem_wrap("PRIVATE KEY", pre + bytes([0xc0 | r.getrandbits(6)]) + rbytes(r, 1179))


def pem_ec1(r):
    der = (bytes.fromhex("30770201010420") + rbytes(r, 32) + bytes.fromhex("a00a06082a8648ce3d030107a14403420004") + rbytes(r, 64))
    return pem_wrap("EC PRIVATE KEY", der)


def pem_ec8(r):
    der = (bytes.fromhex("308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420") + rbytes(r, 32)
           + bytes.fromhex("a14403420004") + rbytes(r, 64))
    return pem_wrap("PRIVATE KEY", der)


def pem_cert(r):
    n = r.randint(0x330, 0x3a0)
    der = bytes.fromhex("308203") + bytes([n & 0xff]) + bytes.fromhex("30820242a0030201020214") + rbytes(r, n - 11)
    return pem_wrap("CERTIFICATE", der)


def pem_pub_ec(r):
    return pem_wrap("PUBLIC KEY", bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d03010703420004") + rbytes(r, 64))


def pem_pub_rsa(r):
    return pem_wrap("PUBLIC KEY", bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100")
                    + bytes([0xc0 | r.getrandbits(6)]) + rbytes(r, 255) + bytes.fromhex("0203010001"))


WORDS = ["otter", "maple", "copper", "falcon", "river", "granite", "lemon", "harbor", "tulip", "cobalt",
         "pepper", "walnut", "meadow", "ember", "quartz", "willow", "badger", "cedar", "orbit", "saffron"]
PWSYM = "!@*-_+=.^~"


def gen_password(r, urlsafe=False):
    k = r.randint(0, 3)
    if k == 0:
        w = [r.choice(WORDS).capitalize() for _ in range(r.randint(2, 3))]
        s = r.choice(["-", "_", ".", ""]).join(w) + str(r.randint(10, 9999))
        if not urlsafe and r.random() < 0.6:
            s += r.choice("!@*+")
        return s
    if k == 1:
        return rs(r, 1, ALNUM) + rs(r, r.randint(13, 21), ALNUM + ("-_." if urlsafe else PWSYM))
    if k == 2:
        return rs(r, r.randint(16, 24), ALNUM)
    return rs(r, 1, ALNUM) + rs(r, r.randint(9, 13), ALNUM + ("-_" if urlsafe else "!@*-_+=")) + rs(r, 1, ALNUM)


def gen_wifi(r):
    k = r.randint(0, 3)
    if k == 0:
        return rs(r, r.randint(12, 16), UPNUM)
    if k == 1:
        return "".join(r.choice(WORDS).capitalize() for _ in range(2)) + str(r.randint(100, 99999)) + r.choice(["", "!", "#", "?"])
    if k == 2:
        return rs(r, r.randint(10, 20), ALNUM)
    return rs(r, 1, ALNUM) + rs(r, r.randint(11, 19), ALNUM + "!@*-_+=?")


def hexcolon(r, n=32):
    return ":".join("%02x" % b for b in rbytes(r, n))


def jwt_losant(r):
    hdr = b64u_s('{"alg":"HS256","typ":"JWT"}')
    pl = b64u_s(json.dumps({"sub": hx(r, 24), "scope": ["all.Application"], "iat": r.randint(1580000000, 1720000000),
                            "iss": "api.losant.com"}, separators=(",", ":")))
    return "%s.%s.%s" % (hdr, pl, b64u(r, 32))


def b64u_s(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


# secret generators: name -> fn(r) -> (value_text, needle)
GEN = {
    "particle": lambda r: hx(r, 40),
    "notehub": lambda r: rs(r, 32),
    "soracom": lambda r: "secret-" + rs(r, 64),
    "aio": lambda r: "aio_" + rs(r, 28),
    "aio_hex": lambda r: hx(r, 32),
    "arduino_secret": lambda r: rs(r, 64),
    "arduino_devkey": lambda r: rs(r, 20, UPNUM),
    "blynk": lambda r: rs(r, 1) + rs(r, 30, B64URL) + rs(r, 1),
    "thingspeak": lambda r: rs(r, 16, UPNUM),
    "ubidots": lambda r: "BBFF-" + rs(r, 30),
    "losant_secret": lambda r: hx(r, 64),
    "losant_jwt": jwt_losant,
    "golioth_psk": lambda r: r.choice([hx(r, 32), rs(r, 24), rs(r, 32)]),
    "golioth_api": lambda r: rs(r, 32),
    "balena": lambda r: rs(r, 32),
    "hologram": lambda r: rs(r, 8),
    "password": gen_password,
    "password_url": lambda r: gen_password(r, True),
    "wifi": gen_wifi,
    "azure": lambda r: b64(r, 32),
    "pem_rsa1": pem_rsa1,
    "pem_rsa8": pem_rsa8,
    "pem_ec1": pem_ec1,
    "pem_ec8": pem_ec8,
    "hexcolon": hexcolon,
}


def pem_needle(text):
    return text.split("\n", 1)[0]


SSIDS = ["HomeNet-5G", "workshop", "Lab-IoT", "greenhouse", "TP-Link_4F2A", "Maker_Space", "barn-ap", "Vodafone-7C21",
         "shed-wifi", "Livebox-93A0", "ESP-test", "FabLab-Guest"]
USERS = ["jmaker", "lena_k", "tkowalski", "hwteam", "greenhouse-bot", "ada_lab", "mrossi", "kbauer", "sato_y", "pixelpete"]
DEVNAMES = ["garage-door", "soil-sensor-03", "weather-station", "boiler-monitor", "beehive-scale", "aquarium-ctrl",
            "greenhouse-node-2", "doorbell", "tank-level", "freezer-alarm", "air-quality-1", "pump-controller"]
FEEDS = ["temperature", "humidity", "soil-moisture", "battery", "pressure", "co2", "lux", "water-level"]
PROJECTS = ["greenhouse", "cold-chain", "smart-meter", "bike-tracker", "hive-monitor", "parking-sensors", "flood-watch"]
ORGS = ["acme-labs", "fieldsense", "northwind-iot", "makerhub", "agrobit", "coldtrack"]
HUBS = ["contoso-hub", "fieldsense-iot", "greenhouse-prod", "iot-dev-weu", "factory-hub-01", "coldchain-hub"]
REGIONS = ["us-east-1", "eu-west-1", "eu-central-1", "ap-northeast-1", "us-west-2"]
BOARDS = ["esp32dev", "nodemcuv2", "featheresp32", "esp32-s3-devkitc-1", "d1_mini", "lolin32", "adafruit_feather_esp32s2"]


class Ctx(object):
    def __init__(self, r):
        self.ssid = r.choice(SSIDS)
        self.user = r.choice(USERS)
        self.dev = r.choice(DEVNAMES)
        self.devu = self.dev.replace("-", "_")
        self.pid = hx(r, 24)
        self.uuid = uuid4(r)
        self.uuid2 = uuid4(r)
        self.hub = r.choice(HUBS)
        self.host = r.choice(["mqtt.home.arpa", "192.168.1.%d" % r.randint(2, 250), "broker.%s.local" % r.choice(PROJECTS),
                              "%s.s1.eu.hivemq.cloud" % hx(r, 32), "mqtt.%s.io" % r.choice(ORGS)])
        self.port = r.choice([1883, 8883])
        self.chan = r.randint(100000, 2999999)
        self.interval = r.choice([15, 20, 30, 60, 120, 300])
        self.feed = r.choice(FEEDS)
        self.pin = r.choice([2, 4, 5, 13, 14, 25, 26, 27, 32])
        self.proj = r.choice(PROJECTS)
        self.org = r.choice(ORGS)
        self.region = r.choice(REGIONS)
        self.board = r.choice(BOARDS)
        self.baud = r.choice([9600, 115200, 115200])
        self.ver = "%d.%d.%d" % (r.randint(0, 3), r.randint(0, 12), r.randint(0, 30))
        self.year = r.randint(2019, 2025)
        self.tmpl = "TMPL" + rs(r, r.choice([8, 9]), ALNUM + "_")
        self.keyid = "keyId-" + rs(r, 32)
        self.cid32 = rs(r, 32)
        self.hexid24 = hx(r, 24)
        self.wpass_c = r.choice(['""  // open network', "WIFI_PASS  // wifi_secrets.h, git-ignored", "SECRET_PASS"])
        self.wpass_py = r.choice(['os.environ.get("WIFI_PSK", "")', "None  # open guest network", "wifi_cfg.PASSWORD"])


# ----------------------------------------------------------------------------------------------
# template machinery
# ----------------------------------------------------------------------------------------------
POS = []   # positive templates (also re-used for half of the negatives)
LOOK = []  # negative look-alike templates


def pos(provider, kind, gen, style, lang, var, conv=True):
    """style: dq / sq (value written with quotes), bare, url (inside a URL / query / userinfo),
    cs (inside an Azure connection string), pem (multi-line key block)."""
    def deco(fn):
        POS.append(dict(fn=fn, provider=provider, kind=kind, gen=gen, style=style, lang=lang, var=var,
                        conv=conv, name=fn.__name__))
        return fn
    return deco


def look(provider, kind):
    def deco(fn):
        LOOK.append(dict(fn=fn, provider=provider, kind=kind, name=fn.__name__))
        return fn
    return deco


_MARK = re.compile(r"\{\{(\w+)\}\}")


def fill(text, c, **kw):
    def rep(m):
        k = m.group(1)
        if k in kw:
            return str(kw[k])
        return str(getattr(c, k))
    out = _MARK.sub(rep, text)
    if out.startswith("\n"):
        out = out[1:]
    return out


def pick(r, seq):
    return r.choice(seq)


def esc(v):
    return v.replace("\n", "\\n")


def wrap(style, s):
    if style == "dq":
        return '"%s"' % s
    if style == "sq":
        return "'%s'" % s
    return s


GENERIC_PH = ["YOUR_API_KEY_HERE", "<your-key>", "changeme", "REPLACE_ME", "<redacted>", "your-token-here", "<TOKEN>",
              "TODO-fill-in", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "XXXXXXXXXXXXXXXX", "dummy", "test", "none"]
MASKED = ["****", "********", "[REDACTED]", "<hidden>", "****************", "*** masked ***"]
PROV_PH = {
    "particle": ["YOUR_PARTICLE_ACCESS_TOKEN", "<access_token>", "your_particle_token", "PARTICLE_TOKEN_GOES_HERE"],
    "notehub": ["your-client-secret", "<client_secret>", "CLIENT_SECRET"],
    "soracom": ["secret-" + "*" * 64, "<AUTH_KEY>", "your-auth-key-secret"],
    "adafruit": ["b780002b85d6411ca0ad9f9c60195f72", "your_aio_key", "aio_" + "x" * 28, "aio_" + "*" * 28, "YOUR_AIO_KEY"],
    "arduino": ["YOUR_CLIENT_SECRET", "<device secret key>", "SECRET_KEY_FROM_SETUP_WIZARD"],
    "blynk": ["YourAuthToken", "YOUR_AUTH_TOKEN", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    "thingspeak": ["XXXXXXXXXXXXXXXX", "YOUR_WRITE_API_KEY", "Your.Write.API.Key.String", "0000000000000000"],
    "ubidots": ["BBFF-" + "x" * 30, "YOUR_UBIDOTS_TOKEN", "Your_token_here", "BBFF-" + "*" * 30],
    "losant": ["my-access-secret", "<ACCESS_SECRET>", "LOSANT_ACCESS_SECRET"],
    "golioth": ["YOUR_API_KEY", "<psk>", "my-psk", "YOUR_PSK"],
    "balena": ["<balena-api-key>", "YOUR_BALENA_API_KEY"],
    "hologram": ["XXXXXXXX", "<devicekey>", "DEVKEY00"],
    "1nce": ["<password>", "your-1nce-password"],
    "mqtt": ["changeme", "<mqtt-password>", "password", "mqtt_pass"],
    "wifi": ["YourPassword", "your_wifi_password", "<WIFI_PASSWORD>", "mypassword", "password"],
    "azure": ["[Device key goes here]", "<device-primary-key>", "{your device key}", "****"],
    "aws": [], "gcp": [],
}
PEM_NEG = ["-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
           "-----BEGIN PRIVATE KEY-----\n<paste the device private key here>\n-----END PRIVATE KEY-----",
           "<DEVICE_PRIVATE_KEY_PEM>", "REPLACE_WITH_CONTENTS_OF_private.pem.key", "",
           "-----BEGIN EC PRIVATE KEY-----\n[REDACTED]\n-----END EC PRIVATE KEY-----"]


def refs(lang, var):
    low = var.lower()
    if lang == "py":
        return ['os.environ["%s"]' % var, 'os.getenv("%s")' % var, 'os.getenv("%s", "")' % var, 'config("%s")' % var]
    if lang in ("js", "ts"):
        return ["process.env.%s" % var, 'process.env["%s"]' % var, "process.env.%s ?? ''" % var]
    if lang == "c":
        return ['prefs.getString("%s").c_str()' % low[:15], "CONFIG_%s" % var.replace("SECRET_", "APP_")]
    if lang == "gha":
        return ["${{ secrets.%s }}" % var, "${{ secrets.%s }}" % var, "${{ vars.%s }}" % var]
    if lang == "yaml":
        return ["${%s}" % var, "!secret %s" % low, "op://iot/%s/credential" % low.replace("_", "-"),
                "vault:secret/data/iot#%s" % low]
    if lang == "sh":
        return ['"${%s}"' % var, '"$(cat /run/secrets/%s)"' % low, '"$(pass show iot/%s)"' % low.replace("_", "-"), '"$%s"' % var]
    if lang == "ini":
        return ["${sysenv.%s}" % var]
    if lang == "url":
        return ["${%s}" % var, "$%s" % var, "{%s}" % low]
    return []


def negval(r, t):
    style, lang, var, prov = t["style"], t["lang"], t["var"], t["provider"]
    if style == "pem":
        return r.choice(PEM_NEG)
    if t["gen"] == "hexcolon":
        return r.choice(['"<paste ec private key bytes>"', '""', '"xx:xx:xx:xx:xx:xx:xx:xx"'])[1:-1]
    cat = r.choice(["ph", "ph", "ref", "ref", "empty", "mask", "prov", "prov"])
    if style in ("url", "cs"):
        rf = refs("url", var) + (refs("gha", var) if lang == "gha" else [])
    else:
        rf = refs(lang, var)
    if cat == "ref" and rf:
        v = r.choice(rf)
        if style in ("dq", "sq") or v.startswith('"'):
            return v
        return v
    if cat == "empty" and style not in ("url", "cs"):
        return wrap(style, "")
    if cat == "mask":
        v = r.choice(MASKED)
    elif cat == "prov" and PROV_PH.get(prov):
        v = r.choice(PROV_PH[prov])
    else:
        v = r.choice(GENERIC_PH)
    if style == "url":
        v = v.replace(" ", "_")
    if style == "bare" and lang in ("yaml", "gha", "md") and v[:1] in "*[{!&%@`|><":
        v = '"%s"' % v
    return wrap(style, v)


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base in ("Dockerfile", "sdkconfig", "Makefile"):
        return base.lower()
    if base.startswith("sdkconfig"):
        return "sdkconfig"
    if "." in base.lstrip("."):
        return base.rsplit(".", 1)[-1].lower()
    return "txt"


def env_blocked(path):
    base = path.rsplit("/", 1)[-1]
    return base == ".env" or (base.startswith(".env.") and base.split(".", 2)[2] not in ("example", "sample", "template", "dist"))


# ----------------------------------------------------------------------------------------------
# positive templates, part 1: Particle, Notehub, Soracom, Adafruit IO, Arduino, Blynk
# ----------------------------------------------------------------------------------------------
@pos("particle", "access_token", "particle", "bare", "gha", "PARTICLE_ACCESS_TOKEN")
def particle_gha(r, v, c):
    return pick(r, [".github/workflows/flash-fleet.yml", ".github/workflows/release.yml"]), fill("""
name: Flash product firmware

on:
  push:
    tags: ["v*"]

jobs:
  compile-and-upload:
    runs-on: ubuntu-latest
    env:
      PARTICLE_ACCESS_TOKEN: {{v}}
      PRODUCT_ID: "{{chan}}"
      DEVICE_OS: "5.8.0"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install -g particle-cli
      - name: Cloud compile
        run: particle compile bsom . --target "$DEVICE_OS" --saveTo firmware.bin
      - name: Upload to product
        run: particle product firmware upload "$PRODUCT_ID" {{ver}} firmware.bin --title "{{ver}}"
""", c, v=v)


@pos("particle", "access_token", "particle", "url", "sh", "PARTICLE_TOKEN", conv=False)
def particle_curl_sh(r, v, c):
    return pick(r, ["scripts/led_on.sh", "tools/call_function.sh"]), fill("""
#!/usr/bin/env bash
# Toggle the relay on the {{dev}} Photon through the Particle Cloud function "relay".
set -euo pipefail

DEVICE_ID="{{pid}}"
STATE="${1:-on}"

curl -sS "https://api.particle.io/v1/devices/${DEVICE_ID}/relay" \\
  -d "arg=${STATE}" \\
  -d "access_token={{v}}" | jq .
""", c, v=v)


@pos("particle", "access_token", "particle", "dq", "py", "PARTICLE_TOKEN", conv=False)
def particle_py(r, v, c):
    return pick(r, ["tools/publish_event.py", "server/particle_bridge.py"]), fill("""
\"\"\"Publish a private event to the {{proj}} product and read back a variable.\"\"\"
import requests

API = "https://api.particle.io/v1"
DEVICE = "{{pid}}"
tok = {{v}}


def publish(name, data):
    resp = requests.post(
        f"{API}/devices/events",
        headers={"Authorization": f"Bearer {tok}"},
        data={"name": name, "data": data, "private": "true"},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()


def read_variable(var):
    resp = requests.get(f"{API}/devices/{DEVICE}/{var}", headers={"Authorization": f"Bearer {tok}"}, timeout=10)
    return resp.json().get("result")


if __name__ == "__main__":
    publish("{{proj}}/setpoint", "21.5")
    print(read_variable("temperature"))
""", c, v=v)


@pos("particle", "access_token", "particle", "sq", "js", "PARTICLE_ACCESS_TOKEN", conv=False)
def particle_js(r, v, c):
    return pick(r, ["dashboard/src/particle.js", "web/lib/device.js"]), fill("""
import Particle from 'particle-api-js';

const particle = new Particle();
const deviceId = '{{pid}}';

export async function setLed(on) {
  const res = await particle.callFunction({
    deviceId,
    name: 'led',
    argument: on ? 'on' : 'off',
    auth: {{v}},
  });
  return res.body.return_value === 1;
}

export function watchEvents(onData) {
  return particle.getEventStream({ deviceId, auth: {{v}} }).then((stream) => {
    stream.on('event', (e) => onData(e.name, e.data));
  });
}
""", c, v=v)


@pos("particle", "access_token", "particle", "bare", "md", "PARTICLE_TOKEN", conv=False)
def particle_md(r, v, c):
    return pick(r, ["docs/particle-cloud.md", "README.md"]), fill("""
# {{dev}} - cloud API notes

The device publishes `{{proj}}/reading` every {{interval}} s. You can query it from a laptop:

```bash
curl https://api.particle.io/v1/devices/{{pid}}/temperature \\
     -H "Authorization: Bearer {{v}}"
```

Expected answer:

```json
{"cmd": "VarReturn", "name": "temperature", "result": 21.4, "coreInfo": {"connected": true}}
```

Use `particle usb dfu` if the device is stuck in safe mode.
""", c, v=v)


@pos("notehub", "client_secret", "notehub", "dq", "py", "NOTEHUB_CLIENT_SECRET")
def notehub_py(r, v, c):
    return pick(r, ["server/notehub_client.py", "backend/notehub.py"]), fill("""
import time
import requests

NOTEHUB_PROJECT_UID = "app:{{uuid}}"
NOTEHUB_CLIENT_ID = "{{uuid2}}"
NOTEHUB_CLIENT_SECRET = {{v}}

_token = {"value": None, "exp": 0}


def bearer():
    if _token["value"] and _token["exp"] > time.time() + 60:
        return _token["value"]
    resp = requests.post(
        "https://notehub.io/oauth2/token",
        data={"grant_type": "client_credentials", "client_id": NOTEHUB_CLIENT_ID, "client_secret": NOTEHUB_CLIENT_SECRET},
        timeout=15,
    )
    body = resp.json()
    _token.update(value=body["access_token"], exp=time.time() + body["expires_in"])
    return _token["value"]


def list_devices():
    url = f"https://api.notefile.net/v1/projects/{NOTEHUB_PROJECT_UID}/devices"
    return requests.get(url, headers={"Authorization": f"Bearer {bearer()}"}, timeout=15).json()
""", c, v=v)


@pos("notehub", "client_secret", "notehub", "bare", "yaml", "NOTEHUB_CLIENT_SECRET", conv=False)
def notehub_yaml(r, v, c):
    return pick(r, ["config/notehub.yaml", "deploy/ingest/config.yml"]), fill("""
# ingest worker configuration ({{proj}})
notehub:
  project_uid: app:{{uuid}}
  product_uid: com.{{org}}.{{user}}:{{proj}}
  oauth:
    client_id: {{uuid2}}
    client_secret: {{v}}
  poll_interval_s: {{interval}}
routes:
  - notefile: sensors.qo
    table: readings
  - notefile: _health.qo
    table: device_health
storage:
  dsn_env: INGEST_DATABASE_URL
""", c, v=v)


@pos("notehub", "client_secret", "notehub", "url", "sh", "NOTEHUB_CLIENT_SECRET", conv=False)
def notehub_sh(r, v, c):
    return pick(r, ["scripts/notehub_token.sh", "tools/get-bearer.sh"]), fill("""
#!/bin/sh
# Fetch a 30-minute bearer token for the Notehub API.
curl -s -X POST -L 'https://notehub.io/oauth2/token' \\
  -H 'content-type: application/x-www-form-urlencoded' \\
  -d grant_type=client_credentials \\
  -d client_id={{uuid2}} \\
  -d client_secret={{v}} | jq -r .access_token
""", c, v=v)


@pos("soracom", "auth_key", "soracom", "dq", "json", "SORACOM_AUTH_KEY")
def soracom_json(r, v, c):
    return pick(r, ["deploy/soracom/default.json", "config/soracom-profile.json"]), fill("""
{
  "coverageType": "{{cov}}",
  "authKeyId": "{{keyid}}",
  "authKey": {{v}},
  "endpoint": "https://{{api}}",
  "operatorId": "OP00{{opid}}"
}
""", c, v=v, cov=pick(r, ["jp", "g"]), api=pick(r, ["api.soracom.io", "g.api.soracom.io"]), opid=rs(r, 8, "0123456789"))


@pos("soracom", "auth_key", "soracom", "url", "sh", "SORACOM_AUTH_KEY", conv=False)
def soracom_cli(r, v, c):
    return pick(r, ["scripts/soracom_sims.sh", "ops/list-sims.sh"]), fill("""
#!/usr/bin/env bash
# Export SIM inventory (group: {{proj}}) to CSV.
set -e
soracom sims list \\
  --coverage-type g \\
  --auth-key-id {{keyid}} \\
  --auth-key {{v}} \\
  | jq -r '.[] | [.simId, .status, .tags.name] | @csv' > sims.csv
echo "wrote $(wc -l < sims.csv) SIMs"
""", c, v=v)


@pos("soracom", "auth_key", "soracom", "dq", "py", "SORACOM_AUTH_KEY", conv=False)
def soracom_py(r, v, c):
    return pick(r, ["lambda/harvest_export.py", "tools/soracom_auth.py"]), fill("""
import requests

BASE = "https://api.soracom.io/v1"


def login():
    payload = {"authKeyId": "{{keyid}}", "authKey": {{v}}, "tokenTimeoutSeconds": 3600}
    r = requests.post(f"{BASE}/auth", json=payload, timeout=10)
    r.raise_for_status()
    body = r.json()
    return {"X-Soracom-API-Key": body["apiKey"], "X-Soracom-Token": body["token"]}


def harvest(imsi, start_ms, end_ms):
    hdrs = login()
    url = f"{BASE}/subscribers/{imsi}/data"
    return requests.get(url, headers=hdrs, params={"from": start_ms, "to": end_ms}, timeout=10).json()
""", c, v=v)


@pos("soracom", "auth_key", "soracom", "sq", "ts", "SORACOM_AUTH_KEY")
def soracom_ts(r, v, c):
    return pick(r, ["src/soracom.ts", "functions/src/soracomClient.ts"]), fill("""
import axios from 'axios';

const SORACOM_AUTH_KEY_ID = '{{keyid}}';
const SORACOM_AUTH_KEY = {{v}};

export async function soracomSession(): Promise<Record<string, string>> {
  const { data } = await axios.post('https://api.soracom.io/v1/auth', {
    authKeyId: SORACOM_AUTH_KEY_ID,
    authKey: SORACOM_AUTH_KEY,
  });
  return { 'X-Soracom-API-Key': data.apiKey, 'X-Soracom-Token': data.token };
}
""", c, v=v)


@pos("adafruit", "api_key", "aio", "sq", "py", "aio_key")
def aio_secrets_py(r, v, c):
    return pick(r, ["secrets.py", "CIRCUITPY/secrets.py"]), fill("""
# This file is where you keep secret settings, passwords, and tokens!
# If you put them in the code you risk committing that info or sharing it

secrets = {
    'ssid' : '{{ssid}}',
    'password' : {{wpass_py}},
    'aio_username' : '{{user}}',
    'aio_key' : {{v}},
    'timezone' : "Europe/Berlin",  # http://worldtimeapi.org/timezones
}
""", c, v=v)


@pos("adafruit", "api_key", "aio", "dq", "toml", "ADAFRUIT_AIO_KEY")
def aio_settings_toml(r, v, c):
    return pick(r, ["settings.toml", "CIRCUITPY/settings.toml"]), fill("""
# CircuitPython settings (read with os.getenv)
CIRCUITPY_WEB_API_PORT = 80
ADAFRUIT_AIO_USERNAME = "{{user}}"
ADAFRUIT_AIO_KEY = {{v}}
AIO_FEED = "{{feed}}"
TIMEZONE = "America/Chicago"
SAMPLE_INTERVAL = {{interval}}
""", c, v=v)


@pos("adafruit", "api_key", "aio", "dq", "c", "IO_KEY")
def aio_config_h(r, v, c):
    return pick(r, ["config.h", "src/config.h"]), fill("""
/************************ Adafruit IO Config *******************************/

// visit io.adafruit.com if you need to create an account,
// or if you need your Adafruit IO key.
#define IO_USERNAME "{{user}}"
#define IO_KEY      {{v}}

/******************************* ETHERNET **********************************/
// this board sits on the wired network next to the boiler, no WiFi needed
#include "AdafruitIO_Ethernet.h"

AdafruitIO_Ethernet io(IO_USERNAME, IO_KEY);
""", c, v=v)


@pos("adafruit", "api_key", "aio", "sq", "js", "AIO_KEY", conv=False)
def aio_fetch_js(r, v, c):
    return pick(r, ["web/aio.js", "scripts/push-reading.mjs"]), fill("""
const USER = '{{user}}';
const FEED = '{{feed}}';

export async function pushValue(value) {
  const res = await fetch(`https://io.adafruit.com/api/v2/${USER}/feeds/${FEED}/data`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-AIO-Key': {{v}},
    },
    body: JSON.stringify({ value }),
  });
  if (!res.ok) throw new Error(`adafruit io: ${res.status}`);
  return res.json();
}
""", c, v=v)


@pos("adafruit", "api_key", "aio_hex", "dq", "py", "AIO_KEY", conv=False)
def aio_umqtt(r, v, c):
    return pick(r, ["main.py", "lib/aio_mqtt.py"]), fill("""
import time
import ubinascii
import machine
from umqtt.simple import MQTTClient
import config

client_id = ubinascii.hexlify(machine.unique_id())
sensor = machine.ADC(machine.Pin({{pin}}))

c = MQTTClient(client_id, "io.adafruit.com", port=1883, user="{{user}}",
               password={{v}}, keepalive=60)
c.connect()
topic = b"{{user}}/feeds/{{feed}}"

while True:
    c.publish(topic, str(sensor.read_u16()))
    time.sleep(config.INTERVAL)
""", c, v=v)


@pos("arduino", "device_key", "arduino_devkey", "dq", "c", "SECRET_DEVICE_KEY")
def arduino_secrets_h(r, v, c):
    return "arduino_secrets.h", fill("""
#define SECRET_SSID "{{ssid}}"
#define SECRET_OPTIONAL_PASS ""
#define SECRET_DEVICE_KEY {{v}}
""", c, v=v)


@pos("arduino", "client_secret", "arduino_secret", "dq", "py", "ARDUINO_CLIENT_SECRET")
def arduino_api_py(r, v, c):
    return pick(r, ["api/arduino_cloud.py", "integrations/arduino_iot.py"]), fill("""
\"\"\"Arduino IoT Cloud API helper - reads thing properties for the {{proj}} dashboard.\"\"\"
from oauthlib.oauth2 import BackendApplicationClient
from requests_oauthlib import OAuth2Session

ARDUINO_CLIENT_ID = "{{cid32}}"
ARDUINO_CLIENT_SECRET = {{v}}
THING_ID = "{{uuid}}"


def session():
    client = BackendApplicationClient(client_id=ARDUINO_CLIENT_ID)
    oauth = OAuth2Session(client=client)
    token = oauth.fetch_token(
        token_url="https://api2.arduino.cc/iot/v1/clients/token",
        client_id=ARDUINO_CLIENT_ID,
        client_secret=ARDUINO_CLIENT_SECRET,
        include_client_id=True,
        audience="https://api2.arduino.cc/iot",
    )
    return oauth, token


def properties():
    oauth, _ = session()
    return oauth.get(f"https://api2.arduino.cc/iot/v2/things/{THING_ID}/properties").json()
""", c, v=v)


@pos("arduino", "client_secret", "arduino_secret", "sq", "js", "ARDUINO_CLIENT_SECRET", conv=False)
def arduino_js(r, v, c):
    return pick(r, ["src/arduinoCloud.js", "server/cloud.js"]), fill("""
const { ArduinoIoTCloud } = require('arduino-iot-js');

(async () => {
  const client = await ArduinoIoTCloud.connect({
    clientId: '{{cid32}}',
    clientSecret: {{v}},
    onDisconnect: (message) => console.error(message),
  });

  client.onPropertyValue('{{uuid}}', 'temperature', (value) => console.log('temperature', value));
  client.sendProperty('{{uuid}}', 'fanSpeed', 40);
})();
""", c, v=v)


@pos("arduino", "client_secret", "arduino_secret", "url", "sh", "ARDUINO_CLIENT_SECRET", conv=False)
def arduino_sh(r, v, c):
    return pick(r, ["scripts/arduino_token.sh", "ci/arduino-cloud-token.sh"]), fill("""
#!/usr/bin/env bash
set -euo pipefail
TOKEN=$(curl -s --request POST \\
  --url 'https://api2.arduino.cc/iot/v1/clients/token' \\
  --header 'content-type: application/x-www-form-urlencoded' \\
  --data 'grant_type=client_credentials' \\
  --data 'client_id={{cid32}}' \\
  --data 'client_secret={{v}}' \\
  --data 'audience=https://api2.arduino.cc/iot' | jq -r .access_token)

curl -s -H "Authorization: Bearer ${TOKEN}" https://api2.arduino.cc/iot/v2/devices | jq '.[].name'
""", c, v=v)


@pos("arduino", "device_key", "arduino_devkey", "dq", "py", "SECRET_KEY", conv=False)
def arduino_mpy(r, v, c):
    return pick(r, ["device/secrets.py", "micropython/secrets.py"]), fill("""
# Arduino IoT Cloud - manual (generic) device credentials
DEVICE_ID = "{{uuid}}"
SECRET_KEY = {{v}}
""", c, v=v)


@pos("blynk", "auth_token", "blynk", "dq", "c", "BLYNK_AUTH_TOKEN")
def blynk_ino(r, v, c):
    return pick(r, ["src/main.ino", "{{devu}}/{{devu}}.ino".replace("{{devu}}", c.devu)]), fill("""
/* Fill-in information from Blynk Device Info here */
#define BLYNK_TEMPLATE_ID "{{tmpl}}"
#define BLYNK_TEMPLATE_NAME "{{dev}}"
#define BLYNK_AUTH_TOKEN {{v}}

/* Comment this out to disable prints and save space */
#define BLYNK_PRINT Serial

#include <WiFi.h>
#include <WiFiClient.h>
#include <BlynkSimpleEsp32.h>

char ssid[] = "{{ssid}}";
char pass[] = {{wpass_c}};

BLYNK_WRITE(V0)
{
  digitalWrite({{pin}}, param.asInt() ? HIGH : LOW);
}

void setup()
{
  Serial.begin({{baud}});
  pinMode({{pin}}, OUTPUT);
  Blynk.begin(BLYNK_AUTH_TOKEN, ssid, pass);
}

void loop()
{
  Blynk.run();
}
""", c, v=v)


@pos("blynk", "auth_token", "blynk", "dq", "c", "BLYNK_AUTH", conv=False)
def blynk_legacy(r, v, c):
    return pick(r, ["sketches/relay_board/relay_board.ino", "legacy/blynk_relay.ino"]), fill("""
#define BLYNK_PRINT Serial
#include <ESP8266WiFi.h>
#include <BlynkSimpleEsp8266.h>

// You should get Auth Token in the Blynk App.
char auth[] = {{v}};

char ssid[] = "{{ssid}}";
char pass[] = {{wpass_c}};

void setup()
{
  Serial.begin({{baud}});
  Blynk.begin(auth, ssid, pass, "blynk.cloud", 80);
}

void loop()
{
  Blynk.run();
}
""", c, v=v)


@pos("blynk", "auth_token", "blynk", "sq", "py", "BLYNK_AUTH_TOKEN", conv=False)
def blynk_py(r, v, c):
    return pick(r, ["gateway/blynk_bridge.py", "pi/blynk_app.py"]), fill("""
import time
import BlynkLib
from sensors import read_dht

blynk = BlynkLib.Blynk({{v}}, server='blynk.cloud', port=443)


@blynk.on("V3")
def v3_write_handler(value):
    print('fan speed set to', value[0])


@blynk.on("connected")
def blynk_connected():
    blynk.sync_virtual(3)


while True:
    blynk.run()
    t, h = read_dht()
    blynk.virtual_write(1, t)
    blynk.virtual_write(2, h)
    time.sleep(2)
""", c, v=v)


@pos("blynk", "auth_token", "blynk", "url", "sh", "BLYNK_TOKEN", conv=False)
def blynk_http_sh(r, v, c):
    return pick(r, ["cron/push_blynk.sh", "scripts/blynk_update.sh"]), fill("""
#!/bin/sh
# crontab: */5 * * * * /opt/{{proj}}/push_blynk.sh
TEMP=$(cat /sys/bus/w1/devices/28-*/temperature)
TEMP_C=$(echo "scale=1; $TEMP / 1000" | bc)
curl -fsS "https://blynk.cloud/external/api/batch/update?token={{v}}&V1=${TEMP_C}&V2=$(date +%H%M)" >/dev/null
""", c, v=v)


@pos("blynk", "auth_token", "blynk", "dq", "c", "BLYNK_AUTH_TOKEN")
def blynk_pio_header(r, v, c):
    return pick(r, ["include/blynk_config.h", "src/blynk_cfg.h"]), fill("""
#pragma once

// Blynk.Cloud device "{{dev}}" ({{year}})
#define BLYNK_TEMPLATE_ID   "{{tmpl}}"
#define BLYNK_TEMPLATE_NAME "{{proj}}"
#define BLYNK_AUTH_TOKEN    {{v}}
#define BLYNK_FIRMWARE_VERSION "{{ver}}"

#define SENSOR_PIN   {{pin}}
#define REPORT_EVERY_MS ({{interval}} * 1000UL)
""", c, v=v)


# ----------------------------------------------------------------------------------------------
# positive templates, part 2: ThingSpeak, Ubidots, Losant, Golioth, balena, Hologram, 1NCE
# ----------------------------------------------------------------------------------------------
@pos("thingspeak", "write_api_key", "thingspeak", "dq", "c", "SECRET_WRITE_APIKEY")
def ts_secrets_h(r, v, c):
    return pick(r, ["secrets.h", "src/secrets.h"]), fill("""
// Use this file to store all of the private credentials
// and connection details

#define SECRET_SSID "{{ssid}}"         // replace MySSID with your WiFi network name
#define SECRET_PASS ""                 // open network on the lab bench

#define SECRET_CH_ID {{chan}}          // replace 0000000 with your channel number
#define SECRET_WRITE_APIKEY {{v}}      // replace XYZ with your channel write API Key
""", c, v=v)


@pos("thingspeak", "write_api_key", "thingspeak", "dq", "c", "WRITE_API_KEY", conv=False)
def ts_ino(r, v, c):
    return pick(r, ["firmware/weather/weather.ino", "src/thingspeak_logger.ino"]), fill("""
#include <ESP8266WiFi.h>
#include "ThingSpeak.h"
#include "wifi_config.h"

unsigned long myChannelNumber = {{chan}};
const char * apiKey = {{v}};

WiFiClient client;

void setup() {
  Serial.begin({{baud}});
  WiFi.mode(WIFI_STA);
  WiFi.begin(WIFI_SSID, WIFI_PASSWORD);
  ThingSpeak.begin(client);
}

void loop() {
  float t = readTemperature();
  ThingSpeak.setField(1, t);
  ThingSpeak.setField(2, WiFi.RSSI());
  int x = ThingSpeak.writeFields(myChannelNumber, apiKey);
  if (x != 200) {
    Serial.println("Problem updating channel. HTTP error code " + String(x));
  }
  delay({{interval}} * 1000);
}
""", c, v=v)


@pos("thingspeak", "write_api_key", "thingspeak", "url", "py", "THINGSPEAK_KEY", conv=False)
def ts_mpy_url(r, v, c):
    return pick(r, ["main.py", "pico/logger.py"]), fill("""
import time
import urequests
from machine import ADC

adc = ADC(26)
URL = "https://api.thingspeak.com/update?api_key={{v}}&field1={}"

while True:
    volts = adc.read_u16() * 3.3 / 65535
    r = urequests.get(URL.format(volts))
    print("entry", r.text)
    r.close()
    time.sleep({{interval}})
""", c, v=v)


@pos("thingspeak", "write_api_key", "thingspeak", "bare", "ini", "THINGSPEAK_WRITE_KEY", conv=False)
def ts_cfg(r, v, c):
    return pick(r, ["logger/thingspeak.cfg", "conf/uploader.ini"]), fill("""
[general]
interval = {{interval}}
sensor = bme280
i2c_address = 0x76

[thingspeak]
channel_id = {{chan}}
write_key = {{v}}
fields = temperature,humidity,pressure

[logging]
level = INFO
file = /var/log/{{proj}}/uploader.log
""", c, v=v)


@pos("thingspeak", "write_api_key", "thingspeak", "url", "sh", "THINGSPEAK_API_KEY")
def ts_sh(r, v, c):
    return pick(r, ["cron/thingspeak_push.sh", "bin/push-temp.sh"]), fill("""
#!/bin/bash
# Push CPU temperature of the gateway to ThingSpeak channel {{chan}}
CPU=$(vcgencmd measure_temp | egrep -o '[0-9]+\\.[0-9]+')
curl -s -X POST https://api.thingspeak.com/update \\
     -d "api_key={{v}}" \\
     -d "field1=${CPU}" \\
     -d "field2=$(cut -d' ' -f1 /proc/loadavg)"
""", c, v=v)


@pos("ubidots", "token", "ubidots", "dq", "c", "UBIDOTS_TOKEN")
def ubi_ino(r, v, c):
    return pick(r, ["nodemcu_to_ubidots/nodemcu_to_ubidots.ino", "src/ubidots_sender.ino"]), fill("""
#include "Ubidots.h"

const char* UBIDOTS_TOKEN = {{v}};  // Put here your Ubidots TOKEN
const char* WIFI_SSID = "{{ssid}}";
const char* WIFI_PASS = "";         // guest network, no passphrase

Ubidots ubidots(UBIDOTS_TOKEN, UBI_HTTP);

void setup() {
  Serial.begin({{baud}});
  ubidots.wifiConnect(WIFI_SSID, WIFI_PASS);
}

void loop() {
  ubidots.add("{{feed}}", analogRead(A0));
  if (ubidots.send("{{dev}}")) {
    Serial.println("Values sent by the device");
  }
  delay(5000);
}
""", c, v=v)


@pos("ubidots", "token", "ubidots", "dq", "py", "UBIDOTS_TOKEN", conv=False)
def ubi_py(r, v, c):
    return pick(r, ["ubidots_push.py", "gateway/ubidots.py"]), fill("""
import requests

DEVICE_LABEL = "{{dev}}"
HEADERS = {"X-Auth-Token": {{v}}, "Content-Type": "application/json"}


def send(values: dict) -> int:
    url = f"https://industrial.api.ubidots.com/api/v1.6/devices/{DEVICE_LABEL}"
    resp = requests.post(url, headers=HEADERS, json=values, timeout=10)
    return resp.status_code


if __name__ == "__main__":
    print(send({"{{feed}}": 42.0, "rssi": -61}))
""", c, v=v)


@pos("ubidots", "token", "ubidots", "bare", "yaml", "UBIDOTS_TOKEN")
def ubi_compose(r, v, c):
    return pick(r, ["docker-compose.yml", "deploy/docker-compose.yaml"]), fill("""
services:
  modbus-bridge:
    image: ghcr.io/{{org}}/modbus-ubidots:{{ver}}
    restart: unless-stopped
    devices:
      - /dev/ttyUSB0:/dev/ttyUSB0
    environment:
      MODBUS_PORT: /dev/ttyUSB0
      MODBUS_BAUD: "{{baud}}"
      UBIDOTS_DEVICE: {{dev}}
      UBIDOTS_TOKEN: {{v}}
      POLL_SECONDS: "{{interval}}"
""", c, v=v)


@pos("ubidots", "token", "ubidots", "dq", "c", "UBIDOTS_TOKEN", conv=False)
def ubi_cpp(r, v, c):
    return pick(r, ["firmware/src/main.cpp", "src/app.cpp"]), fill("""
#include <Arduino.h>
#include <UbidotsEsp32Mqtt.h>
#include "board.h"

Ubidots ubidots({{v}});

void setup() {
  Serial.begin({{baud}});
  ubidots.connectToWifi(BOARD_WIFI_SSID, BOARD_WIFI_PASS);
  ubidots.setup();
  ubidots.reconnect();
}

void loop() {
  if (!ubidots.connected()) ubidots.reconnect();
  ubidots.add("{{feed}}", readSensor());
  ubidots.publish("{{dev}}");
  ubidots.loop();
  delay({{interval}} * 1000);
}
""", c, v=v)


@pos("losant", "access_secret", "losant_secret", "sq", "py", "LOSANT_ACCESS_SECRET", conv=False)
def losant_py(r, v, c):
    return pick(r, ["device/losant_device.py", "edge/agent.py"]), fill("""
import time
from losantmqtt import Device
from sensors import read_all

device = Device('{{hexid24}}', '{{uuid}}', {{v}})


def on_command(dev, command):
    print(command["name"], command["payload"])


device.add_event_observer("command", on_command)
device.connect(blocking=False)

while True:
    device.loop()
    if device.is_connected():
        device.send_state(read_all())
    time.sleep({{interval}})
""", c, v=v)


@pos("losant", "access_secret", "losant_secret", "dq", "c", "LOSANT_ACCESS_SECRET")
def losant_h(r, v, c):
    return pick(r, ["firmware/src/losant_config.h", "include/losant.h"]), fill("""
#ifndef LOSANT_CONFIG_H
#define LOSANT_CONFIG_H

#define LOSANT_BROKER       "broker.losant.com"
#define LOSANT_PORT         8883
#define LOSANT_DEVICE_ID    "{{hexid24}}"
#define LOSANT_ACCESS_KEY   "{{uuid}}"
#define LOSANT_ACCESS_SECRET {{v}}

#define STATE_TOPIC   "losant/" LOSANT_DEVICE_ID "/state"
#define COMMAND_TOPIC "losant/" LOSANT_DEVICE_ID "/command"

#endif
""", c, v=v)


@pos("losant", "access_secret", "losant_secret", "bare", "conf", "LOSANT_SECRET", conv=False)
def losant_bridge_conf(r, v, c):
    return pick(r, ["mosquitto/conf.d/losant-bridge.conf", "etc/mosquitto/bridge.conf"]), fill("""
# Bridge local broker to Losant
connection bridge-to-losant
address broker.losant.com:8883
bridge_cafile /etc/losant/RootCA.crt
cleansession true
try_private false
notifications false
remote_clientid {{hexid24}}
remote_username {{uuid}}
remote_password {{v}}
topic losant/{{hexid24}}/state out 0
topic losant/{{hexid24}}/command in 0
""", c, v=v)


@pos("losant", "api_token", "losant_jwt", "sq", "js", "LOSANT_API_TOKEN", conv=False)
def losant_api_js(r, v, c):
    return pick(r, ["scripts/losant_export.js", "tools/export-devices.js"]), fill("""
const api = require('losant-rest');

const client = api.createClient({ accessToken: {{v}} });
const applicationId = '{{pid}}';

async function main() {
  const devices = await client.devices.get({ applicationId, perPage: 500 });
  for (const d of devices.items) {
    console.log([d.id, d.name, d.connectionInfo.connected].join(','));
  }
}

main().catch((err) => { console.error(err); process.exit(1); });
""", c, v=v)


@pos("golioth", "psk", "golioth_psk", "dq", "conf", "GOLIOTH_SAMPLE_PSK")
def golioth_prjconf(r, v, c):
    return pick(r, ["prj.conf", "boards/nrf9160dk_nrf9160_ns.conf"]), fill("""
# Networking
CONFIG_NETWORKING=y
CONFIG_NET_IPV4=y
CONFIG_NET_SOCKETS=y

# Golioth
CONFIG_GOLIOTH_FIRMWARE_SDK=y
CONFIG_GOLIOTH_SAMPLE_HARDCODED_CREDENTIALS=y
CONFIG_GOLIOTH_SAMPLE_PSK_ID="{{dev}}@{{proj}}"
CONFIG_GOLIOTH_SAMPLE_PSK={{v}}

CONFIG_LOG_DEFAULT_LEVEL=3
CONFIG_MAIN_STACK_SIZE=4096
""", c, v=v)


@pos("golioth", "psk", "golioth_psk", "bare", "md", "GOLIOTH_PSK", conv=False)
def golioth_md(r, v, c):
    return pick(r, ["docs/provisioning.md", "PROVISIONING.md"]), fill("""
## Provisioning the bench unit

Flash the firmware, open the shell (`screen /dev/ttyACM0 115200`) and store the credentials:

```
uart:~$ settings set golioth/psk-id {{dev}}@{{proj}}
uart:~$ settings set golioth/psk {{v}}
uart:~$ kernel reboot cold
```

After reboot you should see `Golioth client connected` in the log.
""", c, v=v)


@pos("golioth", "api_key", "golioth_api", "dq", "py", "GOLIOTH_API_KEY")
def golioth_api_py(r, v, c):
    return pick(r, ["tools/golioth_api.py", "ops/ota_rollout.py"]), fill("""
import requests

GOLIOTH_PROJECT = "{{proj}}"
GOLIOTH_API_KEY = {{v}}


def devices():
    url = f"https://api.golioth.io/v1/projects/{GOLIOTH_PROJECT}/devices"
    return requests.get(url, headers={"x-api-key": GOLIOTH_API_KEY}, timeout=10).json()["list"]


for d in devices():
    print(d["id"], d["name"], ",".join(d.get("hardwareIds", [])))
""", c, v=v)


@pos("golioth", "api_key", "golioth_api", "bare", "gha", "GOLIOTH_API_KEY", conv=False)
def golioth_gha(r, v, c):
    return pick(r, [".github/workflows/ota.yml", ".github/workflows/golioth-release.yml"]), fill("""
name: Upload OTA artifact
on:
  release:
    types: [published]
jobs:
  upload:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/download-artifact@v4
        with:
          name: zephyr-signed
      - name: Create Golioth artifact
        run: |
          goliothctl login --apiKey {{v}} --projectId {{proj}}
          goliothctl dfu artifact create zephyr.signed.bin --version ${GITHUB_REF_NAME#v}
""", c, v=v)


@pos("balena", "api_key", "balena", "url", "gha", "BALENA_API_TOKEN", conv=False)
def balena_gha(r, v, c):
    return pick(r, [".github/workflows/balena-push.yml", ".github/workflows/deploy.yml"]), fill("""
name: balena push
on:
  push:
    branches: [main]
jobs:
  push:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Install balena CLI
        run: |
          curl -sSL https://github.com/balena-io/balena-cli/releases/download/v19.0.3/balena-cli-v19.0.3-linux-x64-standalone.zip -o cli.zip
          unzip -q cli.zip && echo "$PWD/balena-cli" >> $GITHUB_PATH
      - name: Deploy to fleet
        run: |
          balena login --token {{v}}
          balena push {{org}}/{{proj}} --release-tag sha ${GITHUB_SHA::7}
""", c, v=v)


@pos("balena", "api_key", "balena", "dq", "sh", "BALENA_API_KEY")
def balena_sh(r, v, c):
    return pick(r, ["scripts/provision.sh", "tools/preload.sh"]), fill("""
#!/usr/bin/env bash
set -euo pipefail
export BALENA_API_KEY={{v}}
FLEET="{{org}}/{{proj}}"
IMG="balena-{{proj}}.img"

balena login --token "$BALENA_API_KEY"
balena os download raspberrypi4-64 -o "$IMG" --version default
balena os configure "$IMG" --fleet "$FLEET" --config-network ethernet
balena preload "$IMG" --fleet "$FLEET" --commit latest
""", c, v=v)


@pos("balena", "api_key", "balena", "dq", "py", "BALENA_TOKEN", conv=False)
def balena_py(r, v, c):
    return pick(r, ["fleet/update_env.py", "ops/balena_env.py"]), fill("""
import requests

API = "https://api.balena-cloud.com/v6"
session = requests.Session()
session.headers["Authorization"] = "Bearer " + {{v}}


def set_fleet_env(app_id: int, name: str, value: str):
    body = {"application": app_id, "name": name, "value": value}
    r = session.post(f"{API}/application_environment_variable", json=body, timeout=10)
    r.raise_for_status()


if __name__ == "__main__":
    set_fleet_env({{chan}}, "SAMPLE_INTERVAL", "{{interval}}")
""", c, v=v)


@pos("hologram", "device_key", "hologram", "dq", "c", "HOLOGRAM_DEVICE_KEY")
def hologram_cpp(r, v, c):
    return pick(r, ["src/hologram.cpp", "firmware/cloud.cpp"]), fill("""
#include <Arduino.h>
#include "modem.h"

static const char *HOLOGRAM_HOST = "cloudsocket.hologram.io";
static const int HOLOGRAM_PORT = 9999;
static const char *HOLOGRAM_DEVICE_KEY = {{v}};

bool hologram_send(const char *topic, const char *payload) {
  char msg[256];
  snprintf(msg, sizeof msg, "{\\"k\\":\\"%s\\",\\"d\\":\\"%s\\",\\"t\\":\\"%s\\"}\\n\\n", HOLOGRAM_DEVICE_KEY, payload, topic);
  if (!modem.connect(HOLOGRAM_HOST, HOLOGRAM_PORT)) return false;
  modem.print(msg);
  return modem.readStringUntil(']').indexOf("[0,0") >= 0;
}
""", c, v=v)


@pos("hologram", "device_key", "hologram", "dq", "py", "devicekey", conv=False)
def hologram_py(r, v, c):
    return pick(r, ["send_hologram.py", "modem/hologram_socket.py"]), fill("""
import json
import socket

HOST, PORT = "cloudsocket.hologram.io", 9999


def send(data, topics=("SENSOR_DATA",)):
    msg = json.dumps({"devicekey": {{v}}, "data": data, "tags": list(topics)})
    with socket.create_connection((HOST, PORT), timeout=10) as s:
        s.sendall(msg.encode() + b"\\n\\n")
        return s.recv(16)
""", c, v=v)


@pos("1nce", "password", "password_url", "url", "sh", "ONCE_PASSWORD", conv=False)
def once_sh(r, v, c):
    return pick(r, ["scripts/1nce_sims.sh", "ops/1nce-usage.sh"]), fill("""
#!/usr/bin/env bash
# Daily data usage of our 1NCE SIMs
set -e
TOKEN=$(curl -s -X POST https://api.1nce.com/management-api/oauth/token \\
  -u '{{user}}@{{org}}.com:{{v}}' \\
  -H 'Content-Type: application/json' \\
  -d '{"grant_type":"client_credentials"}' | jq -r .access_token)

for ICCID in $(cut -d, -f1 sims.csv); do
  curl -s -H "Authorization: Bearer $TOKEN" \\
    "https://api.1nce.com/management-api/v1/sims/$ICCID/usage" | jq -c '.stats[-1]'
done
""", c, v=v)


@pos("1nce", "password", "password", "bare", "yaml", "ONCE_API_PASSWORD")
def once_yaml(r, v, c):
    return pick(r, ["config/once.yaml", "config/connectivity.yml"]), fill("""
connectivity:
  provider: 1nce
  api_base: https://api.1nce.com/management-api
  username: {{user}}-api
  password: {{v}}
  quota_alert_mb: 400
  sim_group: {{proj}}
""", c, v=v)


# ----------------------------------------------------------------------------------------------
# positive templates, part 3: AWS IoT, Azure IoT Hub, Google Cloud IoT, MQTT, Wi-Fi
# ----------------------------------------------------------------------------------------------
@pos("aws", "private_key", "pem_rsa1", "pem", "pem", "DEVICE_PRIVATE_KEY")
def aws_pem_file(r, v, c):
    return pick(r, ["certs/{}-private.pem.key".format(hx(r, 10)), "certs/device.private.key"]), v + "\n"


@pos("aws", "private_key", "pem_rsa1", "pem", "c", "AWS_CERT_PRIVATE", conv=False)
def aws_secrets_h(r, v, c):
    return pick(r, ["include/aws_credentials.h", "src/secrets.h"]), fill("""
#include <pgmspace.h>

#define THINGNAME "{{devu}}"

const char AWS_IOT_ENDPOINT[] = "{{ep}}-ats.iot.{{region}}.amazonaws.com";

// Amazon Root CA 1 is loaded from certs/AmazonRootCA1.pem at build time (see platformio.ini)
extern const char AWS_CERT_CA[];
extern const char AWS_CERT_CRT[];

// Device Private Key
static const char AWS_CERT_PRIVATE[] PROGMEM = R"KEY(
{{v}}
)KEY";
""", c, v=v, ep=rs(r, 14, "abcdefghijklmnopqrstuvwxyz0123456789"))


@pos("aws", "private_key", "pem_rsa1", "pem", "json", "privateKey", conv=False)
def aws_json(r, v, c):
    return pick(r, ["config/device.json", "provisioning/{{dev}}.json".replace("{{dev}}", c.dev)]), fill("""
{
  "thingName": "{{devu}}",
  "endpoint": "{{ep}}-ats.iot.{{region}}.amazonaws.com",
  "certificateArn": "arn:aws:iot:{{region}}:{{acct}}:cert/{{certid}}",
  "certificatePem": "certs/{{devu}}.cert.pem",
  "privateKey": "{{pk}}",
  "topics": {"telemetry": "dt/{{proj}}/{{devu}}/telemetry", "shadow": "$aws/things/{{devu}}/shadow/update"}
}
""", c, pk=esc(v), ep=rs(r, 14, "abcdefghijklmnopqrstuvwxyz0123456789"), acct=rs(r, 12, "0123456789"), certid=hx(r, 64))


@pos("aws", "private_key", "pem_ec1", "pem", "py", "PRIVATE_KEY", conv=False)
def aws_mpy_secrets(r, v, c):
    return pick(r, ["secrets.py", "lib/aws_secrets.py"]), fill('''
# AWS IoT Core device material for {{dev}} (MicroPython, ssl.wrap_socket)
THING_NAME = "{{devu}}"
ENDPOINT = "{{ep}}-ats.iot.{{region}}.amazonaws.com"
CERT_FILE = "/flash/cert.der"

PRIVATE_KEY = """{{v}}
"""
''', c, v=v, ep=rs(r, 14, "abcdefghijklmnopqrstuvwxyz0123456789"))


@pos("azure", "sas_key", "azure", "cs", "py", "IOTHUB_DEVICE_KEY")
def azure_py(r, v, c):
    return pick(r, ["device/simulated_device.py", "edge/send_telemetry.py"]), fill("""
import asyncio
import json
import random
from azure.iot.device.aio import IoTHubDeviceClient

CONNECTION_STRING = "HostName={{hub}}.azure-devices.net;DeviceId={{dev}};SharedAccessKey={{v}}"


async def main():
    client = IoTHubDeviceClient.create_from_connection_string(CONNECTION_STRING)
    await client.connect()
    for _ in range(10):
        msg = json.dumps({"temperature": 20 + random.random() * 5, "humidity": 55})
        await client.send_message(msg)
        await asyncio.sleep({{interval}})
    await client.shutdown()


asyncio.run(main())
""", c, v=v)


@pos("azure", "sas_key", "azure", "dq", "c", "IOT_CONFIG_DEVICE_KEY")
def azure_iot_configs_h(r, v, c):
    return pick(r, ["iot_configs.h", "src/iot_configs.h"]), fill("""
// Wifi
#define IOT_CONFIG_WIFI_SSID "{{ssid}}"
#define IOT_CONFIG_WIFI_PASSWORD ""

// Azure IoT
#define IOT_CONFIG_IOTHUB_FQDN "{{hub}}.azure-devices.net"
#define IOT_CONFIG_DEVICE_ID "{{dev}}"
// Use device key if not using certificates
#ifndef IOT_CONFIG_USE_X509_CERT
#define IOT_CONFIG_DEVICE_KEY {{v}}
#endif

// Publish 1 message every 2 seconds
#define TELEMETRY_FREQUENCY_MILLISECS 2000
""", c, v=v)


@pos("azure", "sas_key", "azure", "cs", "json", "DEVICE_PRIMARY_KEY", conv=False)
def azure_appsettings(r, v, c):
    return pick(r, ["appsettings.json", "src/Simulator/appsettings.Development.json"]), fill("""
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft": "Warning" }
  },
  "Simulator": {
    "DeviceCount": 1,
    "IntervalSeconds": {{interval}},
    "ModelId": "dtmi:{{org2}}:{{proj2}};1"
  },
  "ConnectionStrings": {
    "Device": "HostName={{hub}}.azure-devices.net;DeviceId={{dev}};SharedAccessKey={{v}}"
  }
}
""", c, v=v, org2=c.org.replace("-", ""), proj2=c.proj.replace("-", ""))


@pos("azure", "sas_key", "azure", "cs", "sh", "DEVICE_KEY", conv=False)
def azure_docker_sh(r, v, c):
    return pick(r, ["run-simulator.sh", "scripts/start_device.sh"]), fill("""
#!/usr/bin/env bash
docker run -d --name {{dev}}-sim --restart unless-stopped \\
  -e IOTHUB_DEVICE_CONNECTION_STRING="HostName={{hub}}.azure-devices.net;DeviceId={{dev}};SharedAccessKey={{v}}" \\
  -e TELEMETRY_INTERVAL={{interval}} \\
  mcr.microsoft.com/iotedge/opc-plc:latest --pn=50000 --autoaccept
""", c, v=v)


@pos("azure", "sas_key", "azure", "cs", "toml", "EDGE_DEVICE_KEY", conv=False)
def azure_edge_toml(r, v, c):
    return pick(r, ["edge/config.toml", "iotedge/config.toml"]), fill("""
# Azure IoT Edge configuration - copy to /etc/aziot/config.toml and run `sudo iotedge config apply`
hostname = "{{devu}}-gw"

[provisioning]
source = "manual"
connection_string = "HostName={{hub}}.azure-devices.net;DeviceId={{dev}}-gw;SharedAccessKey={{v}}"

[agent]
name = "edgeAgent"
type = "docker"

[agent.config]
image = "mcr.microsoft.com/azureiotedge-agent:1.4"
""", c, v=v)


@pos("gcp", "private_key", "pem_rsa8", "pem", "pem", "rsa_private")
def gcp_rsa_pem(r, v, c):
    return pick(r, ["keys/rsa_private.pem", "cloudiot/rsa_private.pem"]), v + "\n"


@pos("gcp", "private_key", "pem_ec8", "pem", "pem", "ec_private", conv=False)
def gcp_ec_pem(r, v, c):
    return pick(r, ["cloudiot/ec_private.pem", "resources/ec_private.pem"]), v + "\n"


@pos("gcp", "private_key", "hexcolon", "url", "c", "private_key_str", conv=False)
def gcp_ciotc_h(r, v, c):
    return pick(r, ["src/ciotc_config.h", "include/ciotc_config.h"]), fill("""
// Cloud IoT configuration that you don't need to change
const char *project_id = "{{proj}}-{{n}}";
const char *location = "us-central1";
const char *registry_id = "{{proj}}-registry";
const char *device_id = "{{dev}}";

// To get the private key run (where private-key.pem is the ec private key
// used to create the ES256 public key on Google Cloud IoT Core):
// openssl ec -in <private-key.pem> -noout -text
// and copy priv: part.
const char *private_key_str = "{{v}}";

// Time (seconds) to expire token += 20 minutes for drift
const int jwt_exp_secs = 3600;
""", c, v=v, n=r.randint(100000, 999999))


@pos("mqtt", "password", "password", "bare", "yaml", "MQTT_PASSWORD")
def mqtt_yaml(r, v, c):
    return pick(r, ["config/mqtt.yaml", "gateway/config.yml"]), fill("""
mqtt:
  host: {{host}}
  port: {{port}}
  client_id: {{dev}}-gw
  username: {{user}}
  password: {{v}}
  keepalive: 60
  topics:
    telemetry: sensors/{{dev}}/telemetry
    commands: sensors/{{dev}}/cmd
serial:
  port: /dev/ttyUSB0
  baud: {{baud}}
""", c, v=v)


@pos("mqtt", "password", "password", "dq", "c", "MQTT_PASS")
def mqtt_h(r, v, c):
    return pick(r, ["src/mqtt_config.h", "include/mqtt_settings.h"]), fill("""
#pragma once

#define MQTT_HOST "{{host}}"
#define MQTT_PORT {{port}}
#define MQTT_USER "{{user}}"
#define MQTT_PASS {{v}}
#define MQTT_CLIENT_ID "{{dev}}"
#define MQTT_TOPIC_STATE "home/{{dev}}/state"
#define MQTT_TOPIC_SET   "home/{{dev}}/set"
""", c, v=v)


@pos("mqtt", "password", "password", "dq", "toml", "password", conv=False)
def mqtt_telegraf(r, v, c):
    return pick(r, ["telegraf/telegraf.conf", "monitoring/telegraf.d/mqtt.conf"]), fill("""
[[inputs.mqtt_consumer]]
  servers = ["tcp://{{host}}:{{port}}"]
  topics = ["sensors/+/telemetry"]
  qos = 0
  client_id = "telegraf-{{proj}}"
  username = "telegraf"
  password = {{v}}
  data_format = "json"
  tag_keys = ["device"]

[[outputs.influxdb_v2]]
  urls = ["http://influxdb:8086"]
  organization = "{{org}}"
  bucket = "{{proj}}"
  token = "$INFLUX_TOKEN"
""", c, v=v)


@pos("mqtt", "password", "password_url", "url", "js", "MQTT_URL", conv=False)
def mqtt_js_url(r, v, c):
    return pick(r, ["app/mqtt_client.js", "server/mqtt.js"]), fill("""
const mqtt = require('mqtt');

const client = mqtt.connect('mqtts://{{user}}:{{v}}@{{host}}:8883', {
  clientId: 'dashboard-' + Math.random().toString(16).slice(2, 8),
  reconnectPeriod: 5000,
});

client.on('connect', () => client.subscribe('sensors/+/telemetry'));
client.on('message', (topic, payload) => {
  const reading = JSON.parse(payload.toString());
  console.log(topic, reading.temperature);
});

module.exports = client;
""", c, v=v)


@pos("mqtt", "password", "password", "dq", "py", "MQTT_PASSWORD", conv=False)
def mqtt_mpy(r, v, c):
    return pick(r, ["main.py", "app/mqtt_pub.py"]), fill("""
import time
import machine
from umqtt.robust import MQTTClient

led = machine.Pin({{pin}}, machine.Pin.OUT)
client = MQTTClient("{{dev}}", "{{host}}", port=1883, user="{{user}}", password={{v}})


def on_msg(topic, msg):
    led.value(msg == b"ON")


client.set_callback(on_msg)
client.connect()
client.subscribe(b"home/{{dev}}/set")
while True:
    client.check_msg()
    time.sleep_ms(200)
""", c, v=v)


@pos("mqtt", "password", "password", "bare", "yaml", "ZIGBEE2MQTT_CONFIG_MQTT_PASSWORD")
def mqtt_z2m_compose(r, v, c):
    return pick(r, ["zigbee2mqtt/docker-compose.yml", "home/compose.yaml"]), fill("""
services:
  zigbee2mqtt:
    image: koenkk/zigbee2mqtt:1.39.0
    restart: unless-stopped
    volumes:
      - ./data:/app/data
      - /run/udev:/run/udev:ro
    devices:
      - /dev/serial/by-id/usb-ITead_Sonoff_Zigbee_3.0_USB_Dongle_Plus-if00-port0:/dev/ttyACM0
    environment:
      TZ: Europe/Amsterdam
      ZIGBEE2MQTT_CONFIG_MQTT_SERVER: mqtt://{{host}}:1883
      ZIGBEE2MQTT_CONFIG_MQTT_USER: zigbee
      ZIGBEE2MQTT_CONFIG_MQTT_PASSWORD: {{v}}
""", c, v=v)


@pos("mqtt", "password", "password", "bare", "env", "MQTT_PASSWORD")
def mqtt_dotenv(r, v, c):
    return ".env", fill("""
# local development settings
MQTT_HOST={{host}}
MQTT_PORT={{port}}
MQTT_USERNAME={{user}}
MQTT_PASSWORD={{v}}
LOG_LEVEL=debug
""", c, v=v)


@pos("wifi", "password", "wifi", "dq", "sdkconfig", "ESP_WIFI_PASSWORD")
def wifi_sdkconfig(r, v, c):
    return pick(r, ["sdkconfig", "sdkconfig.defaults"]), fill("""
#
# Example Configuration
#
CONFIG_ESP_WIFI_SSID="{{ssid}}"
CONFIG_ESP_WIFI_PASSWORD={{v}}
CONFIG_ESP_MAXIMUM_RETRY=5
CONFIG_ESP_WIFI_AUTH_WPA2_PSK=y
# end of Example Configuration

CONFIG_ESPTOOLPY_FLASHSIZE_4MB=y
CONFIG_PARTITION_TABLE_TWO_OTA=y
CONFIG_LOG_DEFAULT_LEVEL_INFO=y
""", c, v=v)


@pos("wifi", "password", "wifi", "bare", "ini", "WIFI_PASS", conv=False)
def wifi_platformio(r, v, c):
    return "platformio.ini", fill("""
[env:{{board}}]
platform = espressif32
board = {{board}}
framework = arduino
monitor_speed = {{baud}}
lib_deps =
    knolleary/PubSubClient@^2.8
    bblanchon/ArduinoJson@^6.21.3
build_flags =
    -DCORE_DEBUG_LEVEL=3
    -DWIFI_SSID=\\"{{ssid}}\\"
    -DWIFI_PASS=\\"{{v}}\\"
""", c, v=v)


@pos("wifi", "password", "wifi", "dq", "c", "password", conv=False)
def wifi_ino(r, v, c):
    return pick(r, ["src/main.ino", "webserver/webserver.ino"]), fill("""
#include <WiFi.h>
#include <WebServer.h>

const char* ssid = "{{ssid}}";
const char* password = {{v}};

WebServer server(80);

void handleRoot() {
  server.send(200, "text/plain", "{{dev}} up " + String(millis() / 1000) + "s");
}

void setup() {
  Serial.begin({{baud}});
  WiFi.begin(ssid, password);
  while (WiFi.status() != WL_CONNECTED) {
    delay(500);
    Serial.print(".");
  }
  Serial.println(WiFi.localIP());
  server.on("/", handleRoot);
  server.begin();
}

void loop() {
  server.handleClient();
}
""", c, v=v)


@pos("wifi", "password", "wifi", "sq", "py", "WIFI_PSK", conv=False)
def wifi_boot_py(r, v, c):
    return pick(r, ["boot.py", "lib/wifi.py"]), fill("""
# boot.py -- run on boot-up
import network
import time

sta = network.WLAN(network.STA_IF)
sta.active(True)
if not sta.isconnected():
    sta.connect('{{ssid}}', {{v}})
    for _ in range(40):
        if sta.isconnected():
            break
        time.sleep_ms(250)
print('network config:', sta.ifconfig())
""", c, v=v)


@pos("wifi", "password", "wifi", "dq", "toml", "CIRCUITPY_WIFI_PASSWORD")
def wifi_settings_toml(r, v, c):
    return pick(r, ["settings.toml", "CIRCUITPY/settings.toml"]), fill("""
CIRCUITPY_WIFI_SSID = "{{ssid}}"
CIRCUITPY_WIFI_PASSWORD = {{v}}
CIRCUITPY_WEB_API_PORT = 80
DISPLAY_ROTATION = 90
OPENWEATHER_LOCATION = "Leeds, GB"
""", c, v=v)


@pos("wifi", "password", "wifi", "dq", "yaml", "wifi_password", conv=False)
def wifi_esphome(r, v, c):
    return pick(r, ["esphome/{{dev}}.yaml".replace("{{dev}}", c.dev), "esphome/garage.yaml"]), fill("""
esphome:
  name: {{dev}}
  friendly_name: {{dev}}

esp32:
  board: {{board}}

logger:

wifi:
  ssid: "{{ssid}}"
  password: {{v}}
  fast_connect: true

sensor:
  - platform: dht
    pin: GPIO{{pin}}
    temperature:
      name: "Temperature"
    humidity:
      name: "Humidity"
    update_interval: {{interval}}s
""", c, v=v)


@pos("wifi", "password", "wifi", "dq", "conf", "psk", conv=False)
def wifi_wpa(r, v, c):
    return pick(r, ["boot/wpa_supplicant.conf", "rootfs/etc/wpa_supplicant/wpa_supplicant.conf"]), fill("""
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=GB

network={
    ssid="{{ssid}}"
    psk={{v}}
    key_mgmt=WPA-PSK
    priority=10
}
""", c, v=v)


# ----------------------------------------------------------------------------------------------
# negative look-alike templates (no credential at all)
# ----------------------------------------------------------------------------------------------
@look("particle", "device_ids")
def lk_particle_devices_json(r, c):
    devs = []
    for i in range(r.randint(2, 4)):
        devs.append({"id": hx(r, 24), "name": "%s-%02d" % (c.dev, i + 1), "last_ip_address": "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                     "product_id": c.chan % 40000, "online": r.random() < 0.7, "platform_id": r.choice([12, 13, 26, 32]),
                     "cellular": True, "imei": imei(r), "iccid": iccid(r), "serial_number": "P0" + rs(r, 13, UPNUM),
                     "system_firmware_version": r.choice(["4.2.0", "5.6.0", "5.8.0"])})
    return pick(r, ["fixtures/particle_devices.json", "test/data/devices.json"]), json.dumps(devs, indent=2) + "\n"


@look("esp-idf", "boot_log")
def lk_esp_boot_log(r, c):
    sha = hx(r, 64)
    lines = ["ets Jun  8 2016 00:22:57", "", "rst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)",
             "I (29) boot: ESP-IDF v5.1.2 2nd stage bootloader", "I (29) boot: compile time Jan 12 2024 10:41:07",
             "I (33) boot: chip revision: v3.0", "I (45) boot.esp32: SPI Speed      : 40MHz",
             "I (276) cpu_start: Application information:", "I (281) cpu_start: Project name:     %s" % c.devu,
             "I (286) cpu_start: App version:      %s" % c.ver, "I (291) cpu_start: Compile time:     Jan 12 2024 10:40:51",
             "I (297) cpu_start: ELF file SHA256:  %s..." % sha[:16], "I (303) cpu_start: ESP-IDF:          v5.1.2",
             "I (612) wifi:mode : sta (%s)" % mac(r).lower(), "I (1432) wifi:connected with %s, aid = 3, channel 6, BW20, bssid = %s" % (c.ssid, mac(r).lower()),
             "I (2402) esp_netif_handlers: sta ip: 192.168.1.%d, mask: 255.255.255.0, gw: 192.168.1.1" % r.randint(2, 250),
             "I (2410) app: device id %s, efuse mac %s" % (hx(r, 12), mac(r)), "I (2515) esp_https_ota: Starting OTA...",
             "I (9120) esp_image: segment 0: paddr=00110020 vaddr=3f400020 size=%05xh" % r.randint(0x10000, 0xfffff),
             "I (9988) app: new image sha256 %s" % sha]
    return pick(r, ["logs/boot-%s.log" % c.dev, "docs/serial-output.log"]), "\n".join(lines) + "\n"


@look("platformio", "commit_pins")
def lk_platformio_pins(r, c):
    return "platformio.ini", fill("""
[platformio]
default_envs = {{board}}

[env]
framework = arduino
monitor_speed = {{baud}}
lib_deps =
    https://github.com/knolleary/pubsubclient.git#{{h1}}
    https://github.com/me-no-dev/AsyncTCP.git#{{h2}}
    bblanchon/ArduinoJson@6.21.4
    adafruit/DHT sensor library@^1.4.6

[env:{{board}}]
platform = https://github.com/platformio/platform-espressif32.git#{{h3}}
board = {{board}}
board_build.partitions = min_spiffs.csv
build_flags =
    -DFW_VERSION=\\"{{ver}}\\"
    -DGIT_REV=\\"{{h4}}\\"
    -DDEVICE_NAME=\\"{{dev}}\\"
""", c, h1=hx(r, 40), h2=hx(r, 40), h3=hx(r, 40), h4=hx(r, 7))


@look("generic", "device_inventory_csv")
def lk_inventory_csv(r, c):
    rows = ["serial,imei,iccid,wifi_mac,fw_version,fw_sha256,provisioned_at"]
    for i in range(r.randint(5, 9)):
        rows.append("%s-%05d,%s,%s,%s,%s,%s,%d-%02d-%02dT%02d:%02d:00Z" % (
            c.proj[:3].upper(), r.randint(1, 99999), imei(r), iccid(r), mac(r), c.ver, hx(r, 64), c.year,
            r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)))
    return pick(r, ["manufacturing/devices.csv", "data/fleet_inventory.csv"]), "\n".join(rows) + "\n"


@look("generic", "ota_manifest")
def lk_ota_manifest(r, c):
    d = {"name": c.devu, "version": c.ver, "board": c.board, "builds": [
        {"chipFamily": "ESP32", "parts": [{"path": "bootloader.bin", "offset": 4096}, {"path": "partitions.bin", "offset": 32768},
                                           {"path": "firmware.bin", "offset": 65536}]}],
        "sha256": hx(r, 64), "md5": hx(r, 32), "size": r.randint(600000, 1900000),
        "signature": b64(r, 64), "signature_alg": "ecdsa-p256-sha256", "public_key_id": hx(r, 16)}
    return pick(r, ["ota/manifest.json", "firmware/manifest.json", "public/ota/%s.json" % c.devu]), json.dumps(d, indent=2) + "\n"


@look("blynk", "template_id")
def lk_blynk_template(r, c):
    return pick(r, ["include/blynk_template.h", "src/device_info.h"]), fill("""
#pragma once
// Blynk template info (public, same for every device of this product).
// The per-device auth token is written to NVS by Blynk.Edgent provisioning.
#define BLYNK_TEMPLATE_ID   "{{tmpl}}"
#define BLYNK_TEMPLATE_NAME "{{proj}}"
#define BLYNK_FIRMWARE_VERSION "{{ver}}"
#define USE_ESP32_DEV_MODULE
""", c)


@look("notehub", "product_uid")
def lk_notecard_setup(r, c):
    return pick(r, ["src/notecard_setup.cpp", "firmware/notecard.cpp"]), fill("""
#include <Notecard.h>

#define PRODUCT_UID "com.{{org}}.{{user}}:{{proj}}"
#define NOTEHUB_PROJECT "app:{{uuid}}"   // for reference only, not used by the firmware

Notecard notecard;

void notecardSetup() {
  notecard.begin();
  J *req = notecard.newRequest("hub.set");
  JAddStringToObject(req, "product", PRODUCT_UID);
  JAddStringToObject(req, "sn", "{{dev}}-{{sn}}");
  JAddStringToObject(req, "mode", "periodic");
  JAddNumberToObject(req, "outbound", {{interval}});
  notecard.sendRequest(req);
}
""", c, sn=rs(r, 6, UPNUM))


@look("aws", "certificate")
def lk_aws_cert_pem(r, c):
    return pick(r, ["certs/AmazonRootCA1.pem", "certs/%s-certificate.pem.crt" % hx(r, 10)]), pem_cert(r) + "\n"


@look("aws", "root_ca_in_code")
def lk_root_ca_ino(r, c):
    cert = pem_cert(r)
    body = "\n".join('"%s\\n" \\' % ln for ln in cert.split("\n"))
    return pick(r, ["src/certs.h", "include/root_ca.h"]), fill("""
#pragma once
// Public root certificate used to verify the broker ({{host}}).
// This is not secret: it ships with every device.
const char *root_ca = \\
{{body}}
"";

// SHA-1 fingerprint of the broker leaf certificate (pinning fallback)
const char *broker_fp = "{{fp}}";
""", c, body=body, fp=":".join(hx(r, 2).upper() for _ in range(20)))


@look("aws", "thing_terraform")
def lk_aws_tf(r, c):
    return pick(r, ["infra/iot.tf", "terraform/things.tf"]), fill("""
resource "aws_iot_thing" "{{devu}}" {
  name            = "{{devu}}"
  thing_type_name = aws_iot_thing_type.sensor.name
  attributes = {
    serial = "{{sn}}"
    hw_rev = "C"
  }
}

resource "aws_iot_certificate" "{{devu}}" {
  csr    = file("${path.module}/csr/{{devu}}.csr")
  active = true
}

resource "aws_iot_thing_principal_attachment" "{{devu}}" {
  principal = aws_iot_certificate.{{devu}}.arn
  thing     = aws_iot_thing.{{devu}}.name
}

output "certificate_id" {
  value = aws_iot_certificate.{{devu}}.id  # e.g. {{certid}}
}
""", c, sn=rs(r, 10, UPNUM), certid=hx(r, 64))


@look("aws", "certificate_ids")
def lk_aws_describe(r, c):
    d = {"certificateDescription": {"certificateArn": "arn:aws:iot:%s:%s:cert/%s" % (c.region, rs(r, 12, "0123456789"), hx(r, 64)),
                                    "certificateId": hx(r, 64), "status": "ACTIVE", "ownedBy": rs(r, 12, "0123456789"),
                                    "creationDate": "%d-03-14T09:12:44.120000+00:00" % c.year,
                                    "certificatePem": pem_cert(r), "validity": {"notBefore": "%d-03-14T09:10:44+00:00" % c.year,
                                                                                 "notAfter": "2049-12-31T23:59:59+00:00"}}}
    return pick(r, ["docs/describe-certificate.json", "fixtures/aws_cert.json"]), json.dumps(d, indent=2) + "\n"


@look("azure", "device_twin")
def lk_azure_twin(r, c):
    d = {"deviceId": c.dev, "etag": "AAAAAAAAAA" + rs(r, 2) + "=", "deviceEtag": b64(r, 6), "status": "enabled",
         "authenticationType": "selfSigned",
         "x509Thumbprint": {"primaryThumbprint": hx(r, 40).upper(), "secondaryThumbprint": hx(r, 40).upper()},
         "modelId": "dtmi:com:%s:%s;1" % (c.org.replace("-", ""), c.proj.replace("-", "")), "version": r.randint(2, 400),
         "properties": {"desired": {"telemetryInterval": c.interval, "$version": r.randint(1, 40)},
                        "reported": {"firmware": c.ver, "$version": r.randint(1, 900)}},
         "capabilities": {"iotEdge": False}, "generationId": "63%s" % rs(r, 16, "0123456789"),
         "connectionState": "Connected"}
    return pick(r, ["docs/twin-example.json", "test/fixtures/twin.json"]), json.dumps(d, indent=2) + "\n"


@look("azure", "connection_string_env")
def lk_azure_env_example(r, c):
    return pick(r, [".env.example", "config/.env.sample"]), fill("""
# Copy to .env and fill in. Never commit the real values.
IOTHUB_DEVICE_CONNECTION_STRING="HostName={{hub}}.azure-devices.net;DeviceId={{dev}};SharedAccessKey=<primary key from the portal>"
IOTHUB_DEVICE_SECURITY_TYPE=connectionString
TELEMETRY_INTERVAL={{interval}}
DEVICE_MODEL_ID=dtmi:com:example:Thermostat;1
""", c)


@look("golioth", "psk_id_and_device_list")
def lk_golioth_devices(r, c):
    lst = [{"id": hx(r, 24), "name": "%s-%d" % (c.dev, i), "hardwareIds": [hx(r, 16)], "projectId": c.proj,
            "createdAt": "%d-05-%02dT11:20:00Z" % (c.year, r.randint(1, 28)), "enabled": True,
            "credentials": [{"type": "PRE_SHARED_KEY", "identity": "%d%02d%02d%06d-%s-%d@%s" % (c.year, r.randint(1, 12), r.randint(1, 28), r.randint(0, 235959), c.dev, i, c.proj)}]}
           for i in range(r.randint(2, 3))]
    return pick(r, ["tools/fixtures/golioth_devices.json", "test/golioth_list.json"]), json.dumps({"list": lst, "total": len(lst)}, indent=2) + "\n"


@look("soracom", "sim_list")
def lk_soracom_sims(r, c):
    rows = ["simId,imsi,msisdn,iccid,status,speedClass,groupId,tags.name"]
    for _ in range(r.randint(4, 8)):
        rows.append("%s,%s,81%s,%s,%s,s1.standard,%s,%s" % (
            iccid(r), imsi(r), rs(r, 9, "0123456789"), iccid(r), r.choice(["active", "inactive", "ready"]), uuid4(r), c.dev))
    return pick(r, ["data/soracom_sims.csv", "exports/sims.csv"]), "\n".join(rows) + "\n"


@look("hologram", "device_topics")
def lk_hologram_log(r, c):
    out = []
    for _ in range(r.randint(5, 9)):
        out.append(json.dumps({"id": r.randint(10 ** 8, 10 ** 9), "record_id": hx(r, 32), "device_id": r.randint(100000, 999999),
                               "tags": ["_DEVICE_%d_" % r.randint(100000, 999999), "_SOCKETAPI_", "SENSOR_DATA"],
                               "data": base64.b64encode(json.dumps({"t": round(r.uniform(-5, 30), 1), "b": r.randint(3300, 4200)}).encode()).decode(),
                               "logged": "%d-07-%02d %02d:%02d:%02d.%06d" % (c.year, r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999))}))
    return pick(r, ["logs/hologram_messages.jsonl", "data/hologram-export.log"]), "\n".join(out) + "\n"


@look("ubidots", "object_ids")
def lk_ubidots_ids(r, c):
    return pick(r, ["src/ubidots_ids.h", "include/variables.h"]), fill("""
#pragma once
// Ubidots variable ids (visible in the device page URL, not credentials)
#define DEVICE_LABEL      "{{dev}}"
#define VAR_ID_TEMP       "{{a}}"
#define VAR_ID_HUMIDITY   "{{b}}"
#define VAR_ID_BATTERY    "{{d}}"
#define UBIDOTS_SERVER    "industrial.api.ubidots.com"
""", c, a=hx(r, 24), b=hx(r, 24), d=hx(r, 24))


@look("losant", "application_ids")
def lk_losant_ids(r, c):
    return pick(r, ["losant/README.md", "docs/losant.md"]), fill("""
# Losant application

| What | Value |
|------|-------|
| Application ID | `{{a}}` |
| Gateway device | `{{b}}` |
| Peripheral (pump) | `{{d}}` |
| Experience domain | `{{proj}}.onlosant.com` |

Device credentials are **not** stored here. Create an access key in the Losant
console (Security > Device Access Keys) and put it into the gateway's
`/etc/{{proj}}/losant.env` (owned by root, mode 0600).
""", c, a=hx(r, 24), b=hx(r, 24), d=hx(r, 24))


@look("balena", "device_uuids")
def lk_balena_devices(r, c):
    lines = ["ID      UUID    DEVICE NAME          DEVICE TYPE     FLEET                STATUS IS ONLINE SUPERVISOR VERSION OS VERSION"]
    for _ in range(r.randint(3, 6)):
        lines.append("%d %s %-20s raspberrypi4-64 %s/%s Idle   %s      16.1.0             balenaOS 5.2.8" % (
            r.randint(1000000, 9999999), hx(r, 7), r.choice(DEVNAMES), c.org, c.proj, r.choice(["true", "false"])))
    lines.append("")
    lines.append("# full uuid of the field unit: %s" % hx(r, 32))
    lines.append("# release commit: %s" % hx(r, 32))
    return pick(r, ["docs/fleet-status.txt", "ops/devices.txt"]), "\n".join(lines) + "\n"


@look("lorawan", "eui")
def lk_lorawan(r, c):
    return pick(r, ["src/lorawan_ids.h", "include/lmic_ids.h"]), fill("""
#pragma once
// The Things Stack registration for {{dev}}.
// DevEUI and JoinEUI are public identifiers; the AppKey is provisioned into the
// secure element at manufacturing and is not part of this repository.
static const uint8_t DEVEUI[8]  = { {{deveui}} };   // LSB
static const uint8_t APPEUI[8]  = { {{joineui}} };
#define DEVEUI_STR  "{{deveui_s}}"
#define JOINEUI_STR "{{joineui_s}}"
#define LORAWAN_REGION LORAMAC_REGION_EU868
""", c, **_euis(r))


def _euis(r):
    d = rbytes(r, 8)
    j = rbytes(r, 8)
    return dict(deveui=", ".join("0x%02X" % b for b in reversed(d)), joineui=", ".join("0x%02X" % b for b in reversed(j)),
                deveui_s=d.hex().upper(), joineui_s=j.hex().upper())


@look("thingspeak", "public_channel")
def lk_thingspeak_public(r, c):
    return pick(r, ["analysis/plot_public_channel.py", "notebooks/read_channel.py"]), fill("""
\"\"\"Read a public ThingSpeak channel (no API key needed for public channels).\"\"\"
import pandas as pd
import requests

CHANNEL_ID = {{chan}}
URL = f"https://api.thingspeak.com/channels/{CHANNEL_ID}/feeds.json"

resp = requests.get(URL, params={"results": 8000, "timezone": "Europe/London"}, timeout=30)
feeds = resp.json()["feeds"]
df = pd.DataFrame(feeds).set_index("created_at")
df["field1"] = df["field1"].astype(float)
print(df["field1"].resample("1h").mean().tail(24))
""", c)


@look("generic", "sha256sums")
def lk_sha256sums(r, c):
    names = ["bootloader.bin", "partition-table.bin", "ota_data_initial.bin", "%s.bin" % c.devu, "%s.elf" % c.devu, "spiffs.bin"]
    return pick(r, ["release/SHA256SUMS", "dist/SHA256SUMS.txt"]), "".join("%s  %s\n" % (hx(r, 64), n) for n in names)


@look("generic", "dockerfile_digest")
def lk_dockerfile(r, c):
    return pick(r, ["Dockerfile", "gateway/Dockerfile"]), fill("""
FROM python:3.11-slim@sha256:{{d1}}
RUN apt-get update && apt-get install -y --no-install-recommends libgpiod2 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV MQTT_HOST={{host}} \\
    SAMPLE_INTERVAL={{interval}} \\
    BUILD_REV={{rev}}
# credentials are mounted at runtime from /run/secrets
CMD ["python", "-m", "gateway"]
""", c, d1=hx(r, 64), rev=hx(r, 40))


@look("generic", "gha_pinned_actions")
def lk_gha_pinned(r, c):
    return pick(r, [".github/workflows/build.yml", ".github/workflows/ci.yml"]), fill("""
name: build firmware
on: [push, pull_request]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@{{a}} # v4.1.1
      - uses: actions/cache@{{b}} # v4.0.0
        with:
          path: ~/.platformio
          key: pio-${{ hashFiles('platformio.ini') }}
      - uses: actions/setup-python@{{d}} # v5.0.0
      - run: pip install platformio
      - run: pio run -e {{board}}
      - name: Flash via cloud
        env:
          PARTICLE_ACCESS_TOKEN: ${{ secrets.PARTICLE_ACCESS_TOKEN }}
        run: particle flash {{dev}} firmware.bin
""", c, a=hx(r, 40), b=hx(r, 40), d=hx(r, 40))


@look("homeassistant", "secret_refs")
def lk_ha_yaml(r, c):
    return pick(r, ["homeassistant/configuration.yaml", "ha/packages/{}.yaml".format(c.devu)]), fill("""
mqtt:
  sensor:
    - name: "{{dev}} temperature"
      state_topic: "sensors/{{dev}}/telemetry"
      unit_of_measurement: "°C"
      value_template: "{{ value_json.temperature }}"
      unique_id: {{u}}

wifi_credentials: !secret wifi_password
api_password: !secret http_password

recorder:
  db_url: !secret recorder_db_url
  purge_keep_days: 14
""", c, u=hx(r, 32))


@look("node-red", "node_ids")
def lk_nodered(r, c):
    def nid():
        return "%s.%s" % (hx(r, 8), hx(r, 6)) if r.random() < 0.5 else hx(r, 16)
    a, b, d, broker = nid(), nid(), nid(), nid()
    flow = [{"id": a, "type": "mqtt in", "z": nid(), "name": "", "topic": "sensors/+/telemetry", "qos": "0", "broker": broker, "x": 140, "y": 80, "wires": [[b]]},
            {"id": b, "type": "json", "z": nid(), "name": "", "property": "payload", "x": 310, "y": 80, "wires": [[d]]},
            {"id": d, "type": "debug", "z": nid(), "name": "", "active": True, "x": 470, "y": 80, "wires": []},
            {"id": broker, "type": "mqtt-broker", "name": "local", "broker": c.host, "port": str(c.port), "clientid": "",
             "usetls": c.port == 8883, "credentials": {}}]
    return pick(r, ["node-red/flows.json", "flows/flows.json"]), json.dumps(flow, indent=4) + "\n"


@look("arduino", "thing_properties")
def lk_arduino_thing_props(r, c):
    return "thingProperties.h", fill("""
// Code generated by Arduino IoT Cloud, DO NOT EDIT.

#include <ArduinoIoTCloud.h>
#include <Arduino_ConnectionHandler.h>
#include "arduino_secrets.h"

const char DEVICE_LOGIN_NAME[]  = "{{uuid}}";

const char SSID[]               = SECRET_SSID;    // Network SSID (name)
const char PASS[]               = SECRET_OPTIONAL_PASS;    // Network password (use for WPA, or use as key for WEP)
const char DEVICE_KEY[]  = SECRET_DEVICE_KEY;    // Secret device password

void onRelayChange();

float temperature;
bool relay;

void initProperties(){
  ArduinoCloud.setBoardId(DEVICE_LOGIN_NAME);
  ArduinoCloud.setSecretDeviceKey(DEVICE_KEY);
  ArduinoCloud.addProperty(temperature, READ, ON_CHANGE, NULL);
  ArduinoCloud.addProperty(relay, READWRITE, ON_CHANGE, onRelayChange);
}

WiFiConnectionHandler ArduinoIoTPreferredConnection(SSID, PASS);
""", c)


@look("espressif", "efuse_summary")
def lk_efuse(r, c):
    blk = " ".join(hx(r, 2) for _ in range(8))
    return pick(r, ["docs/efuse-summary.txt", "manufacturing/efuse_%s.log" % c.dev]), fill("""
espefuse.py v4.6.2
Connecting....
Detecting chip type... ESP32
=== Run "summary" command ===
Identity fuses:
MAC (BLOCK0)                                       Factory MAC Address
   = {{m}} (CRC 0x{{crc}} OK) R/W
CHIP_VER_REV1 (BLOCK0)                             bit is set to 1 if rev1 silicon        = True R/W (0b1)
Security fuses:
FLASH_CRYPT_CNT (BLOCK0)                           Flash encryption mode counter          = 1 R/W (0b0000001)
BLOCK1 (BLOCK1)                                    Flash encryption key
   = ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? ?? -/-
BLOCK3 (BLOCK3)                                    Variable Block 3
   = {{blk}} 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 R/W
""", c, m=mac(r).lower(), crc=hx(r, 2), blk=blk)


@look("generic", "sensor_payload_log")
def lk_ttn_uplink(r, c):
    msgs = []
    for _ in range(r.randint(3, 5)):
        msgs.append(json.dumps({"end_device_ids": {"device_id": c.dev, "dev_eui": rbytes(r, 8).hex().upper(),
                                                   "join_eui": rbytes(r, 8).hex().upper(), "dev_addr": rbytes(r, 4).hex().upper()},
                                "correlation_ids": ["as:up:01H%s" % rs(r, 23, UPNUM)],
                                "uplink_message": {"f_port": 1, "f_cnt": r.randint(1, 9000), "frm_payload": b64(r, r.randint(6, 14)),
                                                   "rx_metadata": [{"gateway_ids": {"gateway_id": "gw-%s" % c.proj, "eui": rbytes(r, 8).hex().upper()},
                                                                    "rssi": -r.randint(40, 120), "snr": round(r.uniform(-10, 10), 1)}]}}))
    return pick(r, ["logs/ttn_uplinks.jsonl", "test/fixtures/uplinks.log"]), "\n".join(msgs) + "\n"


@look("generic", "public_keys")
def lk_public_keys(r, c):
    return pick(r, ["keys/ota_signing_pub.pem", "cloudiot/ec_public.pem", "certs/rsa_public.pem"]), r.choice([pem_pub_ec, pem_pub_rsa])(r) + "\n"


@look("generic", "machine_unique_id")
def lk_mpy_unique_id(r, c):
    return pick(r, ["lib/identity.py", "device_id.py"]), fill("""
import ubinascii
import machine
import network

# Stable identifiers used as MQTT client id and in topic names.
UID = ubinascii.hexlify(machine.unique_id()).decode()   # e.g. "{{u}}"
MAC = ubinascii.hexlify(network.WLAN().config("mac"), ":").decode()  # e.g. "{{m}}"
CLIENT_ID = "{{proj}}-" + UID
TOPIC = "sensors/{}/telemetry".format(UID)
BUILD = "{{h}}"
""", c, u=hx(r, 16), m=mac(r).lower(), h=hx(r, 40))


@look("generic", "readme_placeholders")
def lk_readme(r, c):
    return pick(r, ["README.md", "docs/getting-started.md"]), fill("""
# {{proj}} node firmware

## Configure

1. Copy `include/secrets.example.h` to `include/secrets.h` (it is git-ignored).
2. Fill in the values you got from the cloud console:

```c
#define WIFI_SSID        "your-ssid"
#define WIFI_PASS        "your-wifi-password"
#define BLYNK_AUTH_TOKEN "YourAuthToken"
#define MQTT_PASS        "<mqtt password>"
```

3. `pio run -e {{board}} -t upload && pio device monitor -b {{baud}}`

The board prints its MAC (`{{m}}` on the prototype) and firmware hash on boot.
""", c, m=mac(r))


@look("generic", "package_lock_integrity")
def lk_package_lock(r, c):
    def integ():
        return "sha512-" + b64(r, 64)
    pk = {"name": "%s-dashboard" % c.proj, "version": c.ver, "lockfileVersion": 3, "requires": True, "packages": {
        "": {"name": "%s-dashboard" % c.proj, "version": c.ver, "dependencies": {"mqtt": "^5.3.4", "particle-api-js": "^10.3.0"}},
        "node_modules/mqtt": {"version": "5.3.4", "resolved": "https://registry.npmjs.org/mqtt/-/mqtt-5.3.4.tgz", "integrity": integ()},
        "node_modules/particle-api-js": {"version": "10.3.0", "resolved": "https://registry.npmjs.org/particle-api-js/-/particle-api-js-10.3.0.tgz", "integrity": integ()},
        "node_modules/ws": {"version": "8.16.0", "resolved": "https://registry.npmjs.org/ws/-/ws-8.16.0.tgz", "integrity": integ()}}}
    return pick(r, ["dashboard/package-lock.json", "package-lock.json"]), json.dumps(pk, indent=2) + "\n"


@look("generic", "sql_seed")
def lk_sql(r, c):
    rows = []
    for _ in range(r.randint(3, 6)):
        rows.append("  ('%s', '%s', '%s', '%s', '%s')" % (uuid4(r), r.choice(DEVNAMES), hx(r, 24), mac(r), hx(r, 40)))
    return pick(r, ["db/seed_devices.sql", "migrations/002_seed.sql"]), (
        "-- demo fleet for local development\nINSERT INTO devices (id, name, particle_device_id, mac, fw_commit) VALUES\n"
        + ",\n".join(rows) + ";\n")


# ----------------------------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------------------------
N_POS = 500
N_NEG = 500


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def cycle(r, items, n):
    order = list(items)
    r.shuffle(order)
    seq = [order[i % len(order)] for i in range(n)]
    r.shuffle(seq)
    return seq


def make_positive(r, t):
    c = Ctx(r)
    sec = GEN[t["gen"]](r)
    needle = pem_needle(sec) if t["style"] == "pem" else sec
    v = wrap(t["style"], sec)
    path, text = t["fn"](r, v, c)
    if not text.endswith("\n"):
        text += "\n"
    idx = text.find(needle)
    assert idx >= 0, (t["name"], needle)
    line = text.count("\n", 0, idx) + 1
    assert needle in text.split("\n")[line - 1], (t["name"], line)
    return path, text, needle, line


def make_negative_reuse(r, t):
    c = Ctx(r)
    v = negval(r, t)
    path, text = t["fn"](r, v, c)
    if not text.endswith("\n"):
        text += "\n"
    return path, text


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_gm.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest = []
    secrets = []

    env_pos = 0
    for i, t in enumerate(cycle(r, POS, N_POS)):
        path, text, needle, line = make_positive(r, t)
        if env_blocked(path):
            env_pos += 1
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})
    assert env_pos * 20 <= N_POS, env_pos

    reuse_pool = [t for t in POS if t["name"] != "mqtt_dotenv"]
    n_reuse = N_NEG // 2
    jobs = [("reuse", t) for t in cycle(r, reuse_pool, n_reuse)] + [("look", t) for t in cycle(r, LOOK, N_NEG - n_reuse)]
    r.shuffle(jobs)
    for i, (mode, t) in enumerate(jobs):
        if mode == "reuse":
            path, text = make_negative_reuse(r, t)
            kind = "decoy-" + t["kind"]
        else:
            path, text = t["fn"](r, Ctx(r))
            if not text.endswith("\n"):
                text += "\n"
            kind = t["kind"]
        assert not env_blocked(path), path
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": t["provider"], "kind": kind, "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")

    # self-check: every needle is on its recorded line of the file written
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
