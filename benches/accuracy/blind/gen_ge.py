#!/usr/bin/env python3
"""gen_ge.py - blind evaluation set for secret scanners: consumer smart-home clouds.

EMPHASIS
    Consumer smart-home and appliance cloud APIs and the local glue around them:
    Tuya (access id + access secret, device local keys), SmartThings personal
    access tokens, Philips Hue (bridge usernames / application keys, entertainment
    clientkey, Remote API client secret), ecobee API keys, Google Nest SDM (OAuth
    client secret, refresh token), LIFX tokens, Ring refresh tokens, Home
    Assistant long-lived access tokens, Shelly cloud auth keys, Govee API keys,
    EZVIZ / Hik-Connect (app secret, access token), Meross (device key, account
    password), SwitchBot (token + secret), Netatmo (client secret, access token),
    tado (account password), Sonos (client secret), eufy (account password), Wyze
    (API key), MQTT broker passwords (Mosquitto, Zigbee2MQTT, Home Assistant,
    Node-RED, paho), Zigbee2MQTT network keys, ESPHome API encryption keys and OTA
    passwords, Tasmota web / MQTT passwords.
    File types: Home Assistant / ESPHome / Zigbee2MQTT YAML, docker-compose,
    JSON (homebridge config, Node-RED flows and credentials, tinytuya, Google
    client_secret.json, device dumps), Python, JavaScript, shell, C header
    (Tasmota user_config_override.h), INI / properties / openHAB .things,
    Mosquitto .conf and passwd, TOML, Markdown, CSV, logs, .env.

USAGE
    python3 -B gen_ge.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl
    and OUTDIR/secrets.jsonl. Standard library only; every random choice comes
    from one random.Random(SEED); output is byte-identical for one SEED.

NEEDLE CONVENTIONS
    - The needle is the secret value exactly as written, without surrounding
      quotes, without "Bearer " or header names, without the variable name.
    - URLs: only the secret part (query value such as client_id=..., path
      segment such as /api/<hue-username>/, or the password of user:pass@).
    - Headers: only the header value's secret (after "Bearer " when present).
    - Key pairs (access id + secret, key id + API key, client id + secret): the
      id is a public identifier and the needle is the secret half only; the
      other credential of a pair, if the format has one, is read from the
      environment so that each positive holds exactly one credential.
    - JWT-shaped tokens (Home Assistant, Ring): the whole header.payload.sig.
    - Netatmo tokens: the whole "<24 hex>|<32 hex>" string.
    - Zigbee2MQTT network_key: the whole flow list "[a, b, ... p]" as written.
    - No multi-line needles are produced; every needle sits on one line and the
      program asserts it is on the recorded line.

NEGATIVES
    250 re-use the positive templates with the secret slot holding a non-secret:
    placeholders (<your-token>, YOUR_API_KEY_HERE, changeme, xxxx...), empty
    values, masked values (****, [REDACTED]), environment references
    (os.environ[...], process.env.X, ${X}, !env_var), secret-manager references
    (Home Assistant !secret, op://, vault paths, /run/secrets), template
    expressions ({{ ... }}, ${{ secrets.X }}), and providers' documented example
    values (e.g. Home Assistant docs "YOUR_LIFX_TOKEN", Zigbee2MQTT "GENERATE").
    250 are domain look-alikes: Zigbee IEEE addresses (0x00158d...), MAC
    addresses, Hue bridge ids, device ids, serial numbers, entity ids, config
    entry ids, UUIDs of locations/devices, Meross device uuids (32 hex), Nest
    device resource names, Mosquitto passwd hashes, firmware / OTA digests,
    image digests, public keys and certificates, Node-RED encrypted credential
    blobs, the Zigbee2MQTT documented default network key, and public values
    (Google OAuth client ids, Netatmo / Hue / Sonos client ids, Tuya access ids,
    Wyze key ids, EZVIZ app keys, the tado public device-flow client id).
    No negative is written to a file named .env / .env.local / .env.production.

FORMATS CHECKED (search tool, provider docs and real project configs)
    - Tuya: docs name the pair Access ID / Access Secret (= client_id / secret,
      HMAC-SHA256 signing). Lengths 20 / 32 lower-case alnum from real configs.
    - SmartThings: PAT generated at account.smartthings.com/tokens, Bearer.
    - Hue: /api POST {"devicetype":..,"generateclientkey":true} returns
      username + clientkey; a doc sample username is 40 chars [A-Za-z0-9-];
      Remote API gives AppId / ClientId (32) / ClientSecret (16).
    - ecobee: developer app API key + PIN flow (api.ecobee.com/authorize).
    - Google OAuth client secrets start with GOCSPX- (28 chars follow);
      client ids end in .apps.googleusercontent.com.
    - LIFX: personal access token from cloud.lifx.com/settings, Bearer or
      basic auth user; HA lifx_cloud uses "token: YOUR_LIFX_TOKEN".
    - Ring: ring-client-api auth CLI prints "refreshToken": "eyJhbGciOi...".
    - Home Assistant: REST API needs "Authorization: Bearer TOKEN" with a
      long-lived access token (JWT, HS256).
    - Shelly: cloud "Authorization cloud key" + server shelly-NN-eu.shelly.cloud;
      a public sample shows an 88-character key.
    - Govee: header Govee-API-Key, key obtained in the Govee Home app.
    - EZVIZ: appKey / appSecret pair, access token from the open platform.
    - SwitchBot v1.1: Authorization=token, sign=HMAC-SHA256(token+t+nonce,
      secret) base64, headers t and nonce.
    - Netatmo: client_id / client_secret, OAuth2 authorization code flow.
    - tado: username/password flow retired in 2025 for device-code flow with a
      public client id.
    - Sonos: control integration key (client id) + secret, OAuth2.
    - Wyze: developer console issues Keyid + Apikey headers.
    - Mosquitto: mosquitto_passwd stores crypt-like hashes ($7$ = sha512-pbkdf2,
      argon2id newer); Zigbee2MQTT: mqtt.user / mqtt.password, network_key
      16 bytes, "GENERATE", documented old default [1,3,5,7,9,11,13,15,0,2,4,6,
      8,10,12,13]. ESPHome: api encryption key = 32 bytes base64 (openssl rand
      -base64 32), Noise_NNpsk0. Tasmota: MqttPassword / WebPassword commands.

DOUBTS
    - Tuya access secret alphabet (lower-case alnum vs hex) and device local
      key alphabet (16 printable chars) are from real configs, not a spec.
    - SwitchBot token length (96 hex) and secret (32 hex) are not documented.
    - ecobee API key length (32 alnum), Netatmo client secret length (36-42),
      Wyze API key (60 alnum) and key id (UUID), Govee key (UUID), Sonos
      key/secret (UUID), EZVIZ access token shape (at.<32>-<10>-<7>-<9>) and
      app secret (32 hex) could not be confirmed in provider documentation.
    - Ring refresh token payload and Shelly auth key structure (base64 prefix
      ending in "uid" + upper-case hex, 88 chars) are approximations.
    - Google refresh token shape ("1//0" + ~99 url-safe chars) is from common
      usage, not a spec.
    - The LIFX example token used among negatives is recalled from the LIFX
      HTTP API docs and was not re-confirmed by search.
    - Some search results contained what looked like real leaked credentials
      (pastebin configs); none of them was used. No secret scanner rule code
      was consulted.
"""
import base64
import json
import os
import random
import string
import sys

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = LOWER + UPPER + DIGITS
LALNUM = LOWER + DIGITS
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
URLSAFE = ALNUM + "-_"

WORDS = ("amber falcon river copper maple orbit velvet cedar harbor lantern "
         "willow quartz ember summit meadow tundra cobalt saffron juniper "
         "granite pebble thistle breeze canyon ferret walnut glacier lotus "
         "marble nectar pepper raven sparrow violet").split()
ROOMS = ["living_room", "kitchen", "bedroom", "office", "hallway", "garage",
         "porch", "nursery", "basement", "patio", "attic", "guest_room",
         "dining_room", "laundry", "study"]
FIRST = ["alex", "sam", "jordan", "maria", "lena", "tom", "priya", "kenji",
         "olga", "marco", "nina", "ravi", "emma", "lukas", "sofia"]
DOMAINS = ["example.com", "example.org", "mail.example.net", "home.example"]


class G(object):
    """Random helpers; all randomness comes from one random.Random."""

    def __init__(self, rng):
        self.r = rng

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def hexs(self, n, upper=False):
        return self.s(HEXU if upper else HEXL, n)

    def uuid(self, upper=False):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.pick("89ab") + h[17:]
        u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
        return u.upper() if upper else u

    def rbytes(self, n):
        return bytes(self.r.randrange(256) for _ in range(n))

    def b64(self, n):
        return base64.b64encode(self.rbytes(n)).decode()

    def b64url(self, n):
        return base64.urlsafe_b64encode(self.rbytes(n)).decode().rstrip("=")

    def ip(self):
        return "192.168.%d.%d" % (self.pick([0, 1, 1, 2, 10, 50, 178]),
                                  self.r.randint(2, 250))

    def mac(self, sep=":", upper=False, oui=None):
        parts = list(oui) if oui else [self.hexs(2) for _ in range(3)]
        parts += [self.hexs(2) for _ in range(6 - len(parts))]
        m = sep.join(parts)
        return m.upper() if upper else m

    def room(self):
        return self.pick(ROOMS)

    def nice(self, room=None):
        return (room or self.room()).replace("_", " ").title()

    def email(self):
        return "%s.%s@%s" % (self.pick(FIRST), self.pick(WORDS), self.pick(DOMAINS))

    def user(self):
        return self.pick(FIRST) + self.pick(["", "_ha", "42", "-home", ".iot"])

    def date(self):
        return "%04d-%02d-%02d" % (self.r.randint(2021, 2025), self.r.randint(1, 12),
                                   self.r.randint(1, 28))

    def stamp(self):
        return "%s %02d:%02d:%02d.%03d" % (self.date(), self.r.randint(0, 23),
                                           self.r.randint(0, 59), self.r.randint(0, 59),
                                           self.r.randint(0, 999))

    def ver(self):
        return "%d.%d.%d" % (self.r.randint(1, 5), self.r.randint(0, 20), self.r.randint(0, 9))

    def ha_ver(self):
        return "20%d.%d.%d" % (self.r.randint(22, 25), self.r.randint(1, 12), self.r.randint(0, 4))

    def ieee(self):
        return "0x" + self.pick(["00158d", "00124b", "842e14", "bc33ac", "a4c138",
                                 "588e81", "0017880", "ec1bbd"]).ljust(6, "0")[:6] + self.hexs(10)

    def epoch(self):
        return self.r.randint(1640000000, 1735000000)


# --------------------------------------------------------------------------
# secret generators (values only; never real keys)
# --------------------------------------------------------------------------

def pw(g, style=None):
    """A password as people or tools write them. No quotes, $, #, %, @, \\."""
    style = style or g.pick(["mixed", "mixed", "alnum", "phrase", "hexgen"])
    if style == "alnum":
        while True:
            v = g.s(ALNUM, g.r.randint(16, 24))
            if any(c.isdigit() for c in v) and any(c.isupper() for c in v) \
                    and any(c.islower() for c in v):
                return v
    if style == "phrase":
        ws = [g.pick(WORDS) for _ in range(3)]
        if g.chance(0.5):
            ws = [w.capitalize() for w in ws]
        return g.pick("-_.").join(ws) + g.pick(["-", "", "!"]) + str(g.r.randint(10, 9999))
    if style == "hexgen":
        return g.hexs(32)
    sym = "!*-_.+~^"
    while True:
        v = g.s(ALNUM + sym, g.r.randint(14, 22))
        if v[0] in ALNUM and any(c in sym for c in v) and any(c.isdigit() for c in v) \
                and any(c.isupper() for c in v):
            return v


def pw_url(g):
    return pw(g, "alnum")


def tuya_id(g):
    return g.s(LALNUM, 20)


def tuya_secret(g):
    return g.s(LALNUM, 32)


def tuya_local_key(g):
    return g.s(ALNUM + "<>|[]^`~!*.;:(){}=+-_", 16)


def st_pat(g):
    return g.uuid()


def hue_appkey(g):
    v = list(g.s(ALNUM, 40))
    for _ in range(g.r.randint(1, 3)):
        v[g.r.randint(2, 37)] = "-"
    return "".join(v)


def hue_clientkey(g):
    return g.hexs(32, upper=True)


def hue_remote_secret(g):
    return g.s(ALNUM, 16)


def ecobee_key(g):
    return g.s(ALNUM, 32)


def google_secret(g):
    return "GOCSPX-" + g.s(URLSAFE, 28)


def google_refresh(g):
    return "1//0" + g.pick("1345cdg9") + g.s(URLSAFE, 98)


def google_client_id(g):
    return "%d-%s.apps.googleusercontent.com" % (g.r.randint(10 ** 11, 10 ** 12 - 1), g.s(LALNUM, 32))


def lifx_token(g):
    return g.hexs(64)


def _jwt(g, header, payload, siglen):
    h = base64.urlsafe_b64encode(json.dumps(header, separators=(",", ":")).encode()).decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
    return "%s.%s.%s" % (h, p, g.b64url(siglen))


def ha_token(g):
    iat = g.epoch()
    return _jwt(g, {"alg": "HS256", "typ": "JWT"},
                {"iss": g.hexs(32), "iat": iat, "exp": iat + 315360000}, 32)


def ring_refresh(g):
    iat = g.epoch()
    return _jwt(g, {"alg": "RS256", "jku": "/oauth/intern/k", "kid": g.hexs(8), "typ": "JWT"},
                {"app_id": "ring_official_android", "cid": "ring_official_android",
                 "did": g.uuid(), "exp": iat + 3600, "iat": iat,
                 "refresh_cid": "ring_official_android", "refresh_scopes": ["client"],
                 "refresh_user_id": g.r.randint(10 ** 7, 10 ** 8), "rnd": g.s(ALNUM, 10)}, 256)


def shelly_key(g):
    pre = base64.b64encode((g.hexs(6) + "uid").encode()).decode().rstrip("=")
    return pre + g.hexs(88 - len(pre), upper=True)


def govee_key(g):
    return g.uuid()


def ezviz_secret(g):
    return g.hexs(32)


def ezviz_token(g):
    return "at.%s-%s-%s-%s" % (g.s(LALNUM, 32), g.s(LALNUM, 10), g.s(LALNUM, 7), g.s(LALNUM, 9))


def meross_key(g):
    return g.hexs(32)


def switchbot_token(g):
    return g.hexs(96)


def switchbot_secret(g):
    return g.hexs(32)


def netatmo_secret(g):
    return g.s(ALNUM, g.r.randint(36, 42))


def netatmo_token(g):
    return "%s|%s" % (g.hexs(24), g.hexs(32))


def sonos_secret(g):
    return g.uuid()


def wyze_key(g):
    return g.s(ALNUM, 60)


def esphome_key(g):
    return g.b64(32)


def z2m_netkey(g):
    return "[" + ", ".join(str(g.r.randrange(256)) for _ in range(16)) + "]"


# --------------------------------------------------------------------------
# quoting and non-secret slot values
# --------------------------------------------------------------------------

SAFE_BARE = set(ALNUM + "._~^+=-/")


def q(g, lang, v):
    """Render a literal for a language (the needle stays the bare value)."""
    if lang in ("py",):
        return g.pick(['"%s"', "'%s'"]) % v
    if lang in ("js",):
        return g.pick(['"%s"', "'%s'", "'%s'"]) % v
    if lang in ("json", "c", "toml"):
        return '"%s"' % v
    if lang == "yaml":
        bare_ok = v and v[0] in ALNUM and all(c in SAFE_BARE for c in v) and not v.isdigit()
        if bare_ok and g.chance(0.5):
            return v
        return g.pick(['"%s"', "'%s'"]) % v
    if lang == "sh":
        return g.pick(['"%s"', "'%s'", '"%s"']) % v
    if lang == "env":
        return g.pick(["%s", "%s", '"%s"']) % v
    return v  # ini, properties, conf, raw


PLACEHOLDERS = ["<your-token>", "YOUR_API_KEY_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxx",
                "REPLACE_ME", "<insert secret here>", "your-secret-goes-here", "TODO",
                "<API_KEY>", "XXXXXXXXXXXXXXXX", "put-your-key-here", "dummy", "secret",
                "<redacted-before-commit>", "example-key", "your_token", "CHANGE_ME_PLEASE",
                "...", "<paste token>", "abc123"]
MASKS = ["****", "********", "[REDACTED]", "<redacted>", "***REMOVED***", "xxxx-xxxx-xxxx",
         "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022", "[hidden]", "<masked>", "**********"]


def negv(g, lang, mode, hint):
    """A non-secret value for a secret slot, rendered for `lang`."""
    env = hint.get("env", "API_TOKEN")
    sk = hint.get("sk", env.lower())
    if mode == "docexample":
        docs = hint.get("docs")
        if docs:
            return q(g, lang, g.pick(docs)) if lang not in ("raw", "ini", "conf", "properties") else g.pick(docs)
        mode = "placeholder"
    if mode == "placeholder":
        v = g.pick(PLACEHOLDERS)
        if lang == "yaml" and v == "...":
            v = "<token>"
        return q(g, lang, v) if lang != "raw" else v
    if mode == "masked":
        v = g.pick(MASKS)
        return q(g, lang, v) if lang not in ("raw", "yaml") else (q(g, "sh", v) if lang == "yaml" else v)
    if mode == "empty":
        return {"py": '""', "js": "''", "json": '""', "yaml": g.pick(['""', "''"]), "sh": '""',
                "env": "", "c": '""', "toml": '""', "ini": "", "properties": "", "conf": "",
                }.get(lang, "<token>")
    if mode == "envref":
        if lang == "py":
            return g.pick(['os.environ["%s"]', "os.getenv('%s')", 'os.environ.get("%s", "")']) % env
        if lang == "js":
            return g.pick(["process.env.%s", "process.env['%s']"]) % env
        if lang == "yaml":
            return g.pick(['"${%s}"', "!env_var %s", "${%s}"]) % env
        if lang == "sh":
            return g.pick(['"$%s"', '"${%s}"', '"${%s:?not set}"']) % env
        if lang == "c":
            return '"" /* set %s at build time */' % env
        if lang in ("json", "toml"):
            return '"${%s}"' % env
        if lang == "env":
            return "${%s}" % env
        return g.pick(["${%s}", "$%s", "%%%s%%"]) % env
    if mode == "secretref":
        if lang == "yaml":
            return "!secret " + sk
        if lang == "py":
            return g.pick(['keyring.get_password("%s", "default")' % sk,
                           'open("/run/secrets/%s").read().strip()' % sk,
                           'vault.secrets.kv.read_secret_version(path="home/%s")["data"]["data"]["value"]' % sk])
        if lang == "js":
            return g.pick(["fs.readFileSync('/run/secrets/%s', 'utf8').trim()" % sk,
                           "require('/etc/homebridge/secrets.json').%s" % sk])
        if lang == "sh":
            return g.pick(['"$(op read op://Home/%s/credential)"' % sk,
                           '"$(pass show home/%s)"' % sk,
                           '"$(cat /run/secrets/%s)"' % sk])
        if lang in ("json", "toml", "c"):
            return '"op://Home/%s/credential"' % sk
        return g.pick(["op://Home/%s/credential", "vault:secret/data/home#%s", "/run/secrets/%s"]) % (sk,)
    if mode == "template":
        if lang == "yaml":
            return g.pick(['"{{ %s }}"' % sk, '"{{ lookup(\'env\', \'%s\') }}"' % env,
                           '"${{ secrets.%s }}"' % env])
        if lang in ("json", "toml", "c", "py", "js", "sh"):
            return '"{{ %s }}"' % sk if lang != "js" else "'{{ .Values.%s }}'" % sk
        return g.pick(["{{ %s }}", "{{ .Values.%s }}"]) % sk
    raise ValueError(mode)


NEG_MODES = ["placeholder", "envref", "secretref", "masked", "empty", "template", "docexample"]


# --------------------------------------------------------------------------
# positive templates: fn(g, V, h) -> (relpath, text); V is the rendered slot
# --------------------------------------------------------------------------

POS = []
DOCS = {
    "LIFX": ["YOUR_LIFX_TOKEN", "c87c73a896b554367fac61f71dd3656af8d93a525a4e87df5952c6078a89d192"],
    "Home Assistant": ["ABCDEFGH", "TOKEN", "YOUR_TOKEN"],
    "Shelly": ["X" * 88],
    "Zigbee2MQTT": ["my_password"],
    "MQTT": ["my_password"],
    "Govee": ["GOVEE_API_KEY"],
    "Google Nest": ["YOUR_CLIENT_SECRET", "YOUR_REFRESH_TOKEN"],
    "EZVIZ": ["YOUR_APP_SECRET"],
    "Sonos": ["YOUR_CLIENT_SECRET"],
    "Ring": ["eyJhbGciOi...afa1"],
    "Wyze": ["MySecretApiKeyFromWyze"],
    "SwitchBot": ["YOUR_SECRET_KEY", "YOUR_TOKEN_HERE"],
}


def tpl(provider, kind, lang, gen, env, sk=None, naming="conv", negfn=None):
    def deco(fn):
        POS.append(dict(name=fn.__name__, provider=provider, kind=kind, lang=lang, gen=gen,
                        env=env, sk=sk or env.lower(), naming=naming, fn=fn, negfn=negfn,
                        docs=DOCS.get(provider)))
        return fn
    return deco


def hdr(g, lines):
    return "\n".join(lines) + "\n"


# ---- Tuya ----------------------------------------------------------------

@tpl("Tuya", "access-secret", "py", tuya_secret, "TUYA_ACCESS_SECRET")
def tuya_connector_py(g, V, h):
    region = g.pick([("eu", "https://openapi.tuyaeu.com"), ("us", "https://openapi.tuyaus.com"),
                     ("cn", "https://openapi.tuyacn.com"), ("in", "https://openapi.tuyain.com")])
    dev = "bf" + g.s(LALNUM, 20)
    path = g.pick(["scripts/tuya_status.py", "tools/tuya/poll.py", "tuya_cloud.py"])
    return path, hdr(g, [
        '"""Poll Tuya cloud for the %s plug and print its DPs."""' % g.nice(),
        "import logging",
        "import time",
        "",
        "from tuya_connector import TuyaOpenAPI",
        "",
        'ACCESS_ID = "%s"' % tuya_id(g),
        "ACCESS_KEY = %s" % V,
        'API_ENDPOINT = "%s"  # data center: %s' % (region[1], region[0]),
        'DEVICE_ID = "%s"' % dev,
        "",
        "logging.basicConfig(level=logging.INFO)",
        "",
        "",
        "def main():",
        "    api = TuyaOpenAPI(API_ENDPOINT, ACCESS_ID, ACCESS_KEY)",
        "    api.connect()",
        "    while True:",
        '        resp = api.get("/v1.0/iot-03/devices/{}/status".format(DEVICE_ID))',
        '        logging.info("status: %s", resp.get("result"))',
        "        time.sleep(%d)" % g.pick([30, 60, 120]),
        "",
        "",
        'if __name__ == "__main__":',
        "    main()",
    ])


@tpl("Tuya", "access-secret", "json", tuya_secret, "TUYA_API_SECRET")
def tinytuya_json(g, V, h):
    return g.pick(["tinytuya.json", "tuya/tinytuya.json"]), hdr(g, [
        "{",
        '    "apiKey": "%s",' % tuya_id(g),
        '    "apiSecret": %s,' % V,
        '    "apiRegion": "%s",' % g.pick(["eu", "us", "cn", "in", "us-e"]),
        '    "apiDeviceID": "%s"' % ("bf" + g.s(LALNUM, 20)),
        "}",
    ])


@tpl("Tuya", "access-secret", "yaml", tuya_secret, "TUYA_ACCESS_SECRET", sk="tuya_access_secret")
def tuya_ha_yaml(g, V, h):
    return g.pick(["homeassistant/packages/tuya.yaml", "config/packages/tuya_cloud.yaml"]), hdr(g, [
        "# Tuya cloud project (Smart Home PaaS) - linked Smart Life account",
        "tuya_v2:",
        "  endpoint: https://openapi.tuya%s.com" % g.pick(["eu", "us"]),
        "  access_id: %s" % tuya_id(g),
        "  access_secret: %s" % V,
        "  project_type: 1",
        "  country_code: \"%d\"" % g.pick([1, 31, 44, 49, 33]),
        "  app_type: smartlife",
        "  username: %s" % g.email(),
        "  password: !secret tuya_app_password",
        "",
        "logger:",
        "  logs:",
        "    custom_components.tuya_v2: info",
    ])


@tpl("Tuya", "access-secret", "js", tuya_secret, "TUYA_SECRET_KEY", naming="neutral")
def tuya_context_js(g, V, h):
    return g.pick(["src/tuya/client.js", "lib/tuya.js", "server/tuyaClient.js"]), hdr(g, [
        "'use strict';",
        "const { TuyaContext } = require('@tuya/tuya-connector-nodejs');",
        "",
        "const tuya = new TuyaContext({",
        "  baseUrl: 'https://openapi.tuya%s.com'," % g.pick(["eu", "us", "cn"]),
        "  accessKey: '%s'," % tuya_id(g),
        "  secretKey: %s," % V,
        "});",
        "",
        "async function deviceInfo(deviceId) {",
        "  const res = await tuya.request({",
        "    path: `/v1.0/devices/${deviceId}`,",
        "    method: 'GET',",
        "  });",
        "  if (!res.success) throw new Error(res.msg);",
        "  return res.result;",
        "}",
        "",
        "module.exports = { tuya, deviceInfo };",
    ])


@tpl("Tuya", "access-secret", "sh", tuya_secret, "TUYA_CLIENT_SECRET")
def tuya_token_sh(g, V, h):
    return g.pick(["scripts/tuya-token.sh", "bin/tuya_token.sh"]), hdr(g, [
        "#!/usr/bin/env bash",
        "# Fetch a Tuya cloud access token (simple mode signing).",
        "set -euo pipefail",
        "",
        'CLIENT_ID="%s"' % tuya_id(g),
        "CLIENT_SECRET=%s" % V,
        'HOST="https://openapi.tuya%s.com"' % g.pick(["eu", "us"]),
        "",
        "t=$(date +%s%3N)",
        'content_sha=$(printf "" | openssl dgst -sha256 | awk \'{print $2}\')',
        'string_to_sign="GET\\n${content_sha}\\n\\n/v1.0/token?grant_type=1"',
        'sign=$(printf "%s%s%b" "$CLIENT_ID" "$t" "$string_to_sign" \\',
        '  | openssl dgst -sha256 -hmac "$CLIENT_SECRET" | awk \'{print toupper($2)}\')',
        "",
        'curl -s "$HOST/v1.0/token?grant_type=1" \\',
        '  -H "client_id: $CLIENT_ID" -H "sign: $sign" -H "t: $t" -H "sign_method: HMAC-SHA256"',
    ])


@tpl("Tuya", "device-local-key", "json", tuya_local_key, "TUYA_LOCAL_KEY", naming="neutral")
def tinytuya_devices_json(g, V, h):
    dev = "bf" + g.s(LALNUM, 20)
    return g.pick(["devices.json", "tuya/devices.json"]), hdr(g, [
        "[",
        "    {",
        '        "name": "%s Lamp",' % g.nice(),
        '        "id": "%s",' % dev,
        '        "key": %s,' % V,
        '        "mac": "%s",' % g.mac(),
        '        "uuid": "%s",' % g.s(LALNUM, 16),
        '        "category": "%s",' % g.pick(["dj", "cz", "kg", "pc"]),
        '        "product_name": "%s",' % g.pick(["Smart Bulb", "Wi-Fi Plug", "Power Strip"]),
        '        "product_id": "%s",' % g.s(LALNUM, 16),
        '        "ip": "%s",' % g.ip(),
        '        "version": "3.%d"' % g.pick([3, 4, 5]),
        "    }",
        "]",
    ])


@tpl("Tuya", "access-secret", "json", tuya_secret, "TUYA_ACCESS_KEY")
def tuya_homebridge_json(g, V, h):
    return g.pick(["homebridge/config.json", ".homebridge/config.json"]), hdr(g, [
        "{",
        '    "bridge": {',
        '        "name": "Homebridge %s",' % g.hexs(4, True),
        '        "username": "%s",' % g.mac(upper=True),
        '        "port": 51%03d,' % g.r.randint(0, 999),
        '        "pin": "%03d-%02d-%03d"' % (g.r.randint(100, 999), g.r.randint(10, 99), g.r.randint(100, 999)),
        "    },",
        '    "platforms": [',
        "        {",
        '            "platform": "TuyaPlatform",',
        '            "options": {',
        '                "projectType": "2",',
        '                "endpoint": "https://openapi.tuya%s.com",' % g.pick(["eu", "us"]),
        '                "accessId": "%s",' % tuya_id(g),
        '                "accessKey": %s,' % V,
        '                "countryCode": %d,' % g.pick([1, 44, 49]),
        '                "username": "%s",' % g.email(),
        '                "appSchema": "smartlife"',
        "            }",
        "        }",
        "    ]",
        "}",
    ])


# ---- SmartThings ---------------------------------------------------------

@tpl("SmartThings", "personal-access-token", "py", st_pat, "SMARTTHINGS_TOKEN", naming="neutral")
def st_pysmartthings(g, V, h):
    return g.pick(["scripts/st_devices.py", "smartthings/list_devices.py"]), hdr(g, [
        "import asyncio",
        "",
        "import aiohttp",
        "import pysmartthings",
        "",
        "",
        "async def main():",
        "    async with aiohttp.ClientSession() as session:",
        "        api = pysmartthings.SmartThings(session, %s)" % V,
        "        for location in await api.locations():",
        "            print(location.name, location.location_id)",
        "        for device in await api.devices():",
        "            print(f\"{device.label:30} {device.device_id}\")",
        "",
        "",
        "asyncio.run(main())",
    ])


@tpl("SmartThings", "personal-access-token", "raw", st_pat, "SMARTTHINGS_TOKEN", naming="neutral")
def st_curl_md(g, V, h):
    return g.pick(["docs/smartthings.md", "notes/smartthings-api.md"]), hdr(g, [
        "# SmartThings quick checks",
        "",
        "List devices on the %s location:" % g.nice(),
        "",
        "```bash",
        "curl -s https://api.smartthings.com/v1/devices \\",
        "  -H 'Authorization: Bearer %s' | jq '.items[].label'" % V,
        "```",
        "",
        "Token scopes: `r:devices:*`, `x:devices:*`, `r:locations:*`.",
    ])


@tpl("SmartThings", "personal-access-token", "yaml", st_pat, "SMARTTHINGS_TOKEN", sk="smartthings_token")
def st_cli_yaml(g, V, h):
    return g.pick([".config/@smartthings/cli/config.yaml", "smartthings/cli-config.yaml"]), hdr(g, [
        "# smartthings CLI profiles",
        "default:",
        "  token: %s" % V,
        "  logLevel: warn",
        "staging:",
        "  clientIdProvider:",
        "    baseUrl: https://auth-global.api.smartthings.com",
        "  indent: 2",
    ])


@tpl("SmartThings", "personal-access-token", "js", st_pat, "SMARTTHINGS_PAT", naming="neutral")
def st_core_sdk_js(g, V, h):
    return g.pick(["src/smartthings.js", "scripts/st-scenes.js"]), hdr(g, [
        "const { SmartThingsClient, BearerTokenAuthenticator } = require('@smartthings/core-sdk');",
        "",
        "const client = new SmartThingsClient(new BearerTokenAuthenticator(%s));" % V,
        "",
        "(async () => {",
        "  const scenes = await client.scenes.list();",
        "  for (const s of scenes) console.log(s.sceneName, s.sceneId);",
        "})();",
    ])


# ---- Philips Hue ---------------------------------------------------------

@tpl("Philips Hue", "application-key", "py", hue_appkey, "HUE_USERNAME", naming="neutral")
def hue_phue_py(g, V, h):
    return g.pick(["scripts/hue_scene.py", "lights/hue_wakeup.py"]), hdr(g, [
        "from phue import Bridge",
        "",
        "b = Bridge(%s, username=%s)" % (q(g, "py", g.ip()), V),
        "",
        "# gentle wake-up in the %s" % g.nice().lower(),
        "for light in b.lights:",
        "    if light.name.startswith(%s):" % q(g, "py", g.nice()),
        "        light.on = True",
        "        light.transitiontime = 600",
        "        light.brightness = 254",
    ])


@tpl("Philips Hue", "application-key", "raw", hue_appkey, "HUE_USERNAME", naming="neutral")
def hue_rest_command_yaml(g, V, h):
    ip = g.ip()
    return g.pick(["homeassistant/rest_commands.yaml", "config/rest_command.yaml"]), hdr(g, [
        "hue_all_off:",
        "  url: http://%s/api/%s/groups/0/action" % (ip, V),
        "  method: PUT",
        "  payload: '{\"on\": false}'",
        "hue_movie_scene:",
        "  url: http://%s/api/%s/groups/%d/action" % (ip, V, g.r.randint(1, 9)),
        "  method: PUT",
        "  payload: '{\"scene\": \"%s\"}'" % g.s(ALNUM + "-", 16),
    ])


@tpl("Philips Hue", "application-key", "js", hue_appkey, "HUE_APPLICATION_KEY", naming="neutral")
def hue_v2_fetch_js(g, V, h):
    return g.pick(["src/hue.js", "hue/v2client.mjs"]), hdr(g, [
        "import https from 'node:https';",
        "",
        "const BRIDGE = '%s';" % g.ip(),
        "const agent = new https.Agent({ rejectUnauthorized: false });",
        "",
        "export async function lights() {",
        "  const res = await fetch(`https://${BRIDGE}/clip/v2/resource/light`, {",
        "    headers: { 'hue-application-key': %s }," % V,
        "    agent,",
        "  });",
        "  return (await res.json()).data;",
        "}",
    ])


@tpl("Philips Hue", "entertainment-clientkey", "py", hue_clientkey, "HUE_CLIENTKEY")
def hue_entertainment_py(g, V, h):
    return g.pick(["ambilight/stream.py", "scripts/hue_entertainment.py"]), hdr(g, [
        "import os",
        "import socket",
        "",
        "from dtls import do_patch  # python-dtls",
        "",
        'BRIDGE_IP = "%s"' % g.ip(),
        'APP_KEY = os.environ["HUE_APP_KEY"]',
        "HUE_CLIENTKEY = %s  # PSK for the DTLS stream" % V,
        'AREA_ID = "%s"' % g.uuid(),
        "",
        "do_patch()",
        "",
        "",
        "def open_stream():",
        "    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)",
        "    sock.connect((BRIDGE_IP, 2100))",
        "    return sock",
    ])


@tpl("Philips Hue", "remote-client-secret", "py", hue_remote_secret, "HUE_CLIENT_SECRET", naming="neutral")
def hue_remote_py(g, V, h):
    return g.pick(["remote/hue_remote.py", "scripts/hue_remote_login.py"]), hdr(g, [
        "from hue_remote import RemoteBootstrap",
        "",
        "APP_ID = %s" % q(g, "py", g.pick(["home-dash", "hue-away", "porch-lights"])),
        'CLIENT_ID = "%s"' % g.s(ALNUM, 32),
        "",
        "bootstrap = RemoteBootstrap(CLIENT_ID, %s, app_id=APP_ID)" % V,
        "print(bootstrap.authorize_url(state=%s))" % q(g, "py", g.s(ALNUM, 8)),
    ])


@tpl("Philips Hue", "application-key", "raw", hue_appkey, "HUE_APPLICATION_KEY")
def hue_openhab_things(g, V, h):
    return g.pick(["openhab/things/hue.things", "conf/things/hue.things"]), hdr(g, [
        "// Hue bridge (API v2)",
        'Bridge hue:bridge-api2:home "Hue Bridge" [ ipAddress="%s", applicationKey="%s", checkMinutes=60 ] {' % (g.ip(), V),
        '    Thing device %s "%s Lamp" [ resourceId="%s" ]' % (g.hexs(8), g.nice(), g.uuid()),
        "}",
    ])


@tpl("Philips Hue", "application-key", "json", hue_appkey, "HUE_USERNAME", naming="neutral")
def hue_homebridge_json(g, V, h):
    bid = "001788FFFE" + g.hexs(6, True)
    return g.pick(["homebridge/config.json", "config/homebridge.json"]), hdr(g, [
        "{",
        '  "platforms": [',
        "    {",
        '      "platform": "Hue",',
        '      "name": "Hue",',
        '      "users": {',
        '        "%s": %s' % (bid, V),
        "      },",
        '      "lights": true,',
        '      "sensors": true',
        "    }",
        "  ]",
        "}",
    ])


# ---- ecobee --------------------------------------------------------------

@tpl("ecobee", "api-key", "py", ecobee_key, "ECOBEE_API_KEY", naming="neutral")
def ecobee_pyecobee(g, V, h):
    return g.pick(["thermostat/ecobee_auth.py", "scripts/ecobee_pin.py"]), hdr(g, [
        "import shelve",
        "",
        "from pyecobee import EcobeeService, Scope",
        "",
        "service = EcobeeService(thermostat_name=%s, application_key=%s)" % (
            q(g, "py", g.pick(["Main Floor", "Upstairs", "Home"])), V),
        "pin = service.authorize(scope=Scope.SMART_WRITE)",
        'print("Enter PIN", pin.ecobee_pin, "under My Apps")',
        'with shelve.open("ecobee.db") as db:',
        '    db["service"] = service',
    ])


@tpl("ecobee", "api-key", "yaml", ecobee_key, "ECOBEE_API_KEY", sk="ecobee_api_key")
def ecobee_ha_yaml(g, V, h):
    return g.pick(["configuration.yaml", "homeassistant/configuration.yaml"]), hdr(g, [
        "homeassistant:",
        "  name: Home",
        "  unit_system: %s" % g.pick(["metric", "us_customary"]),
        "  time_zone: %s" % g.pick(["America/Toronto", "America/Chicago", "Europe/London"]),
        "",
        "default_config:",
        "",
        "ecobee:",
        "  api_key: %s" % V,
        "",
        "climate: !include climate.yaml",
        "automation: !include automations.yaml",
    ])


@tpl("ecobee", "api-key", "raw", ecobee_key, "ECOBEE_API_KEY")
def ecobee_openhab(g, V, h):
    return g.pick(["openhab/things/ecobee.things", "conf/things/ecobee.things"]), hdr(g, [
        'Bridge ecobee:account:account "Ecobee Account" [ apiKey="%s", apiTimeout=20, discoveryEnabled=false ] {' % V,
        '    Bridge thermostat %d "Thermostat" [ thermostatId="%d" ] {' % (g.r.randint(10 ** 11, 10 ** 12 - 1), g.r.randint(10 ** 11, 10 ** 12 - 1)),
        '        Thing sensor ei-0-1 [ sensorId="ei:0" ]',
        "    }",
        "}",
    ])


@tpl("ecobee", "api-key", "url", ecobee_key, "ECOBEE_API_KEY", naming="neutral")
def ecobee_pin_sh(g, V, h):
    return g.pick(["scripts/ecobee_pin.sh", "bin/ecobee-authorize"]), hdr(g, [
        "#!/bin/sh",
        "# step 1: request a PIN, then add it under My Apps in the ecobee portal",
        'curl -s "https://api.ecobee.com/authorize?response_type=ecobeePin&client_id=%s&scope=smartWrite" | tee pin.json' % V,
        "",
        "# step 2 (after the PIN is accepted):",
        '# curl -s -X POST "https://api.ecobee.com/token?grant_type=ecobeePin&code=$(jq -r .code pin.json)&client_id=..."',
    ])


# ---- Google Nest SDM -----------------------------------------------------

@tpl("Google Nest", "oauth-client-secret", "json", google_secret, "NEST_CLIENT_SECRET")
def nest_client_secret_json(g, V, h):
    return g.pick(["credentials/client_secret.json", "nest/client_secret.json", "client_secret.json"]), hdr(g, [
        "{",
        '  "web": {',
        '    "client_id": "%s",' % google_client_id(g),
        '    "project_id": "%s-%d",' % (g.pick(["nest-bridge", "home-sdm", "thermo-hub"]), g.r.randint(100000, 999999)),
        '    "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
        '    "token_uri": "https://oauth2.googleapis.com/token",',
        '    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",',
        '    "client_secret": %s,' % V,
        '    "redirect_uris": ["https://www.google.com"]',
        "  }",
        "}",
    ])


@tpl("Google Nest", "oauth-refresh-token", "py", google_refresh, "NEST_REFRESH_TOKEN", naming="neutral")
def nest_refresh_py(g, V, h):
    return g.pick(["nest/sdm_client.py", "scripts/nest_thermostat.py"]), hdr(g, [
        "import os",
        "",
        "from google.auth.transport.requests import AuthorizedSession",
        "from google.oauth2.credentials import Credentials",
        "",
        'PROJECT_ID = "%s"' % g.uuid(),
        "",
        "creds = Credentials(",
        "    None,",
        "    refresh_token=%s," % V,
        '    token_uri="https://oauth2.googleapis.com/token",',
        '    client_id="%s",' % google_client_id(g),
        '    client_secret=os.environ["NEST_CLIENT_SECRET"],',
        ")",
        "session = AuthorizedSession(creds)",
        'url = f"https://smartdevicemanagement.googleapis.com/v1/enterprises/{PROJECT_ID}/devices"',
        "for dev in session.get(url).json().get(\"devices\", []):",
        '    print(dev["type"], dev["name"])',
    ])


@tpl("Google Nest", "oauth-client-secret", "yaml", google_secret, "NEST_CLIENT_SECRET", sk="nest_client_secret")
def nest_ha_yaml(g, V, h):
    return g.pick(["configuration.yaml", "packages/nest.yaml"]), hdr(g, [
        "nest:",
        "  client_id: %s" % google_client_id(g),
        "  client_secret: %s" % V,
        "  project_id: %s" % g.uuid(),
        "  subscriber_id: projects/%s-%d/subscriptions/home-assistant-%s" % (
            g.pick(["nest-ha", "sdm-home"]), g.r.randint(1000, 9999), g.s(LALNUM, 6)),
    ])


@tpl("Google Nest", "oauth-refresh-token", "url", google_refresh, "NEST_REFRESH_TOKEN", naming="neutral")
def nest_refresh_sh(g, V, h):
    return g.pick(["scripts/nest-token.sh", "bin/refresh_nest_token.sh"]), hdr(g, [
        "#!/usr/bin/env bash",
        "set -e",
        'CLIENT_ID="%s"' % google_client_id(g),
        "",
        "curl -s -X POST \"https://www.googleapis.com/oauth2/v4/token?client_id=${CLIENT_ID}&client_secret=${NEST_CLIENT_SECRET}&refresh_token=%s&grant_type=refresh_token\" \\" % V,
        "  | jq -r .access_token > /tmp/nest_access_token",
    ])


@tpl("Google Nest", "oauth-refresh-token", "raw", google_refresh, "NEST_REFRESH_TOKEN", naming="neutral")
def nest_nodered_flow(g, V, h):
    nid = g.hexs(16)
    func = ("const REFRESH = '%s';\\nmsg.url = 'https://www.googleapis.com/oauth2/v4/token';\\n"
            "msg.payload = { refresh_token: REFRESH, grant_type: 'refresh_token', client_id: env.get('NEST_CLIENT_ID'), "
            "client_secret: env.get('NEST_CLIENT_SECRET') };\\nreturn msg;") % V
    return g.pick(["node-red/flows.json", "flows.json"]), hdr(g, [
        "[",
        '    {"id": "%s", "type": "tab", "label": "Nest", "disabled": false, "info": ""},' % g.hexs(16),
        '    {"id": "%s", "type": "inject", "z": "%s", "name": "every 50 min", "repeat": "3000", "once": true, "x": 120, "y": 80, "wires": [["%s"]]},' % (g.hexs(16), nid, g.hexs(16)),
        '    {"id": "%s", "type": "function", "z": "%s", "name": "build token request", "func": "%s", "outputs": 1, "x": 330, "y": 80, "wires": [["%s"]]},' % (g.hexs(16), nid, func, g.hexs(16)),
        '    {"id": "%s", "type": "http request", "z": "%s", "name": "", "method": "POST", "ret": "obj", "x": 540, "y": 80, "wires": [[]]}' % (g.hexs(16), nid),
        "]",
    ])


# ---- LIFX ----------------------------------------------------------------

@tpl("LIFX", "personal-access-token", "yaml", lifx_token, "LIFX_TOKEN", sk="lifx_token")
def lifx_ha_yaml(g, V, h):
    return g.pick(["configuration.yaml", "packages/lifx.yaml", "homeassistant/scenes.yaml"]), hdr(g, [
        "# LIFX cloud scenes",
        "scene:",
        "  - platform: lifx_cloud",
        "    token: %s" % V,
        "    timeout: %d" % g.pick([10, 15, 20]),
        "",
        "light:",
        "  - platform: group",
        "    name: %s lights" % g.nice(),
        "    entities:",
        "      - light.%s_1" % g.room(),
        "      - light.%s_2" % g.room(),
    ])


@tpl("LIFX", "personal-access-token", "raw", lifx_token, "LIFX_TOKEN", naming="neutral")
def lifx_requests_py(g, V, h):
    return g.pick(["scripts/lifx_breathe.py", "lifx/alerts.py"]), hdr(g, [
        "import requests",
        "",
        'HEADERS = {"Authorization": "Bearer %s"}' % V,
        "",
        "",
        "def breathe(selector=\"group:%s\", color=\"red\"):" % g.nice(),
        "    payload = {\"color\": color, \"period\": 2, \"cycles\": 5, \"power_on\": True}",
        "    r = requests.post(",
        "        f\"https://api.lifx.com/v1/lights/{selector}/effects/breathe\",",
        "        json=payload, headers=HEADERS, timeout=10)",
        "    r.raise_for_status()",
        "    return r.json()",
    ])


@tpl("LIFX", "personal-access-token", "js", lifx_token, "LIFX_TOKEN", naming="neutral")
def lifx_client_js(g, V, h):
    return g.pick(["src/lifx.js", "bots/lifx-notify.js"]), hdr(g, [
        "const Lifx = require('lifxjs');",
        "const lifx = new Lifx();",
        "",
        "lifx.init({ appToken: %s });" % V,
        "",
        "module.exports.flash = async (label) => {",
        "  await lifx.power.light(label, 'on');",
        "  await lifx.color.light(label, { hue: 120, saturation: 1, brightness: 1 });",
        "};",
    ])


@tpl("LIFX", "personal-access-token", "raw", lifx_token, "LIFX_TOKEN", naming="neutral")
def lifx_curl_sh(g, V, h):
    return g.pick(["scripts/lights_off.sh", "bin/lifx-off"]), hdr(g, [
        "#!/bin/sh",
        "# turn everything off when the alarm is armed",
        'curl -s -u "%s:" -X PUT \\' % V,
        "  -d 'power=off' \\",
        '  "https://api.lifx.com/v1/lights/all/state"',
    ])


@tpl("LIFX", "personal-access-token", "raw", lifx_token, "LIFX_TOKEN")
def lifx_readme_md(g, V, h):
    return g.pick(["README.md", "docs/lifx-notes.md"]), hdr(g, [
        "# desk-lights",
        "",
        "Tiny CLI for the LIFX strip behind the monitor.",
        "",
        "## Setup",
        "",
        "```",
        "pip install -r requirements.txt",
        "export LIFX_TOKEN=%s" % V,
        "python desk.py --scene focus",
        "```",
    ])


# ---- Ring ----------------------------------------------------------------

@tpl("Ring", "refresh-token", "env", ring_refresh, "RING_REFRESH_TOKEN")
def ring_env(g, V, h):
    if h.get("neg"):
        path = g.pick([".env.example", "ring/.env.sample"])
    elif h.get("envfile_ok"):
        path = g.pick([".env", ".env.local"])
    else:
        path = g.pick(["ring/ring.env", "config/ring-client.env"])
    return path, hdr(g, [
        "# ring-client-api",
        "RING_REFRESH_TOKEN=%s" % V,
        "RING_POLL_SECONDS=%d" % g.pick([20, 30, 60]),
        "RING_LOCATION_ID=%s" % g.uuid(),
    ])


@tpl("Ring", "refresh-token", "json", ring_refresh, "RING_REFRESH_TOKEN")
def ring_homebridge_json(g, V, h):
    return g.pick(["homebridge/config.json", "config.json"]), hdr(g, [
        "{",
        '  "platforms": [',
        "    {",
        '      "platform": "Ring",',
        '      "refreshToken": %s,' % V,
        '      "hideDoorbellSwitch": true,',
        '      "cameraStatusPollingSeconds": 20,',
        '      "locationIds": ["%s"]' % g.uuid(),
        "    }",
        "  ]",
        "}",
    ])


@tpl("Ring", "refresh-token", "json", ring_refresh, "RING_TOKEN")
def ring_mqtt_json(g, V, h):
    return g.pick(["ring-mqtt/config.json", "data/ring-state.json"]), hdr(g, [
        "{",
        '    "mqtt_url": "mqtt://%s:1883",' % g.ip(),
        '    "livestream_user": "",',
        '    "disarm_code": "",',
        '    "ring_token": %s,' % V,
        '    "enable_cameras": true,',
        '    "enable_modes": false,',
        '    "location_ids": ["%s"]' % g.uuid(),
        "}",
    ])


# ---- Home Assistant long-lived tokens -----------------------------------

@tpl("Home Assistant", "long-lived-access-token", "py", ha_token, "HA_TOKEN")
def ha_token_py(g, V, h):
    return g.pick(["scripts/ha_export.py", "tools/ha_states.py"]), hdr(g, [
        "import csv",
        "import sys",
        "",
        "import requests",
        "",
        'HA_URL = "http://%s:8123"' % g.pick(["homeassistant.local", g.ip()]),
        "HA_TOKEN = %s" % V,
        "",
        'resp = requests.get(f"{HA_URL}/api/states",',
        '                    headers={"Authorization": f"Bearer {HA_TOKEN}"}, timeout=10)',
        "w = csv.writer(sys.stdout)",
        "for s in resp.json():",
        '    w.writerow([s["entity_id"], s["state"], s["last_changed"]])',
    ])


@tpl("Home Assistant", "long-lived-access-token", "raw", ha_token, "HA_TOKEN", naming="neutral")
def ha_rest_remote_yaml(g, V, h):
    return g.pick(["packages/remote_ha.yaml", "rest_command.yaml"]), hdr(g, [
        "rest_command:",
        "  cabin_heating_on:",
        "    url: https://cabin.%s/api/services/climate/turn_on" % g.pick(DOMAINS),
        "    method: POST",
        "    headers:",
        "      authorization: \"Bearer %s\"" % V,
        "      content-type: application/json",
        "    payload: '{\"entity_id\": \"climate.%s\"}'" % g.room(),
    ])


@tpl("Home Assistant", "long-lived-access-token", "raw", ha_token, "HASS_TOKEN", naming="neutral")
def ha_curl_sh(g, V, h):
    return g.pick(["scripts/doorbell.sh", "bin/ha-notify"]), hdr(g, [
        "#!/bin/bash",
        "# called by the NVR when someone rings",
        'curl -s -X POST "http://%s:8123/api/services/notify/mobile_app_%s" \\' % (g.ip(), g.pick(FIRST)),
        '  -H "Authorization: Bearer %s" \\' % V,
        "  -H 'Content-Type: application/json' \\",
        "  -d '{\"message\": \"Someone is at the door\"}'",
    ])


@tpl("Home Assistant", "long-lived-access-token", "yaml", ha_token, "HA_TOKEN", sk="appdaemon_token")
def appdaemon_yaml(g, V, h):
    return g.pick(["appdaemon/appdaemon.yaml", "appdaemon.yaml"]), hdr(g, [
        "appdaemon:",
        "  latitude: %.4f" % (g.r.uniform(40, 55)),
        "  longitude: %.4f" % (g.r.uniform(-10, 20)),
        "  elevation: %d" % g.r.randint(2, 400),
        "  time_zone: Europe/Berlin",
        "  plugins:",
        "    HASS:",
        "      type: hass",
        "      ha_url: http://homeassistant.local:8123",
        "      token: %s" % V,
        "http:",
        "  url: http://0.0.0.0:5050",
        "admin:",
        "api:",
    ])


@tpl("Home Assistant", "long-lived-access-token", "raw", ha_token, "HASS_TOKEN")
def ha_compose_env(g, V, h):
    return g.pick(["docker-compose.yml", "deploy/docker-compose.yaml"]), hdr(g, [
        "services:",
        "  ha-exporter:",
        "    image: ghcr.io/%s/ha-prom-exporter:%s" % (g.pick(FIRST), g.ver()),
        "    restart: unless-stopped",
        "    environment:",
        "      - HASS_SERVER=http://%s:8123" % g.ip(),
        "      - HASS_TOKEN=%s" % V,
        "      - SCRAPE_INTERVAL=30",
        "    ports:",
        "      - \"9117:9117\"",
    ])


# ---- Shelly --------------------------------------------------------------

@tpl("Shelly", "cloud-auth-key", "yaml", shelly_key, "SHELLY_AUTH_KEY", sk="shelly_cloud_auth_key")
def shelly_hass_yaml(g, V, h):
    n = g.r.randint(1, 80)
    return g.pick(["configuration.yaml", "packages/shelly.yaml"]), hdr(g, [
        "shelly:",
        "  discovery: true",
        "  cloud_auth_key: %s" % V,
        "  cloud_server: \"shelly-%d-eu.shelly.cloud\"" % n,
        "  version: true",
        "  sensors:",
        "    - all",
    ])


@tpl("Shelly", "cloud-auth-key", "py", shelly_key, "SHELLY_AUTH_KEY", naming="neutral")
def shelly_cloud_py(g, V, h):
    return g.pick(["shelly/cloud_status.py", "scripts/boiler_status.py"]), hdr(g, [
        "import requests",
        "",
        'SERVER = "https://shelly-%d-eu.shelly.cloud"' % g.r.randint(1, 80),
        'DEVICE = "%s"' % g.hexs(12),
        "",
        "resp = requests.post(SERVER + \"/device/status\",",
        "                     data={\"id\": DEVICE, \"auth_key\": %s}, timeout=10)" % V,
        "data = resp.json()[\"data\"][\"device_status\"]",
        "print(data.get(\"switch:0\", {}).get(\"apower\"))",
    ])


@tpl("Shelly", "cloud-auth-key", "raw", shelly_key, "SHELLY_AUTH_KEY", naming="neutral")
def shelly_curl_sh(g, V, h):
    return g.pick(["scripts/pool_pump_off.sh", "bin/shelly-off.sh"]), hdr(g, [
        "#!/bin/sh",
        'curl -s -X POST "https://shelly-%d-eu.shelly.cloud/device/relay/control" \\' % g.r.randint(1, 80),
        '  -d "channel=0&turn=off&id=%s&auth_key=%s"' % (g.hexs(12), V),
    ])


# ---- Govee ---------------------------------------------------------------

@tpl("Govee", "api-key", "raw", govee_key, "GOVEE_API_KEY", naming="neutral")
def govee_py(g, V, h):
    return g.pick(["govee/strip.py", "scripts/govee_color.py"]), hdr(g, [
        "import requests",
        "",
        'API = "https://openapi.api.govee.com/router/api/v1"',
        'HEADERS = {"Govee-API-Key": "%s", "Content-Type": "application/json"}' % V,
        "",
        "",
        "def devices():",
        '    return requests.get(API + "/user/devices", headers=HEADERS, timeout=5).json()["data"]',
    ])


@tpl("Govee", "api-key", "js", govee_key, "GOVEE_API_KEY", naming="neutral")
def govee_axios_js(g, V, h):
    return g.pick(["src/govee.ts", "lib/govee.js"]), hdr(g, [
        "import axios from 'axios';",
        "",
        "const govee = axios.create({",
        "  baseURL: 'https://developer-api.govee.com/v1',",
        "  headers: { 'Govee-API-Key': %s }," % V,
        "  timeout: 5000,",
        "});",
        "",
        "export const listDevices = () => govee.get('/devices').then((r) => r.data.data.devices);",
    ])


@tpl("Govee", "api-key", "yaml", govee_key, "GOVEE_API_KEY", sk="govee_api_key")
def govee_compose(g, V, h):
    return g.pick(["docker-compose.yml", "govee2mqtt/docker-compose.yml"]), hdr(g, [
        "services:",
        "  govee2mqtt:",
        "    image: ghcr.io/wez/govee2mqtt:latest",
        "    network_mode: host",
        "    restart: unless-stopped",
        "    environment:",
        "      GOVEE_EMAIL: %s" % g.email(),
        "      GOVEE_API_KEY: %s" % V,
        "      GOVEE_MQTT_HOST: %s" % g.ip(),
        "      GOVEE_MQTT_PORT: 1883",
        "      TZ: Europe/Amsterdam",
    ])


# ---- EZVIZ ---------------------------------------------------------------

@tpl("EZVIZ", "app-secret", "py", ezviz_secret, "EZVIZ_APP_SECRET")
def ezviz_client_py(g, V, h):
    return g.pick(["cameras/ezviz_list.py", "scripts/ezviz_devices.py"]), hdr(g, [
        "from ezviz_openapi_utils import Client, EZVIZOpenAPI",
        "",
        "client = Client(",
        '    app_key="%s",' % g.hexs(32),
        "    app_secret=%s," % V,
        '    region="%s",' % g.pick(["eu", "en", "us", "sg"]),
        ")",
        "api = EZVIZOpenAPI(client)",
        "for cam in api.device_list()[\"data\"]:",
        "    print(cam[\"deviceSerial\"], cam[\"deviceName\"], cam[\"status\"])",
    ])


@tpl("EZVIZ", "app-secret", "json", ezviz_secret, "EZVIZ_APP_SECRET")
def ezviz_config_json(g, V, h):
    return g.pick(["config/ezviz.json", "nvr/ezviz.json"]), hdr(g, [
        "{",
        '  "region": "eu",',
        '  "appKey": "%s",' % g.hexs(32),
        '  "appSecret": %s,' % V,
        '  "cameras": [',
        '    {"serial": "%s", "channel": 1, "name": "%s"}' % (g.pick(["BD", "C6N", "E"]) + str(g.r.randint(10 ** 7, 10 ** 8)), g.nice()),
        "  ]",
        "}",
    ])


@tpl("EZVIZ", "access-token", "url", ezviz_token, "EZVIZ_ACCESS_TOKEN", naming="neutral")
def ezviz_token_url_sh(g, V, h):
    return g.pick(["scripts/ezviz_snapshot.sh", "bin/cam-snap"]), hdr(g, [
        "#!/usr/bin/env bash",
        "SERIAL=%s" % ("BD" + str(g.r.randint(10 ** 7, 10 ** 8))),
        'curl -s -X POST "https://open.ezvizlife.com/api/lapp/device/capture?accessToken=%s&deviceSerial=${SERIAL}&channelNo=1" \\' % V,
        "  | jq -r .data.picUrl",
    ])


# ---- Meross --------------------------------------------------------------

@tpl("Meross", "device-key", "raw", meross_key, "MEROSS_KEY", naming="neutral")
def meross_setup_sh(g, V, h):
    return g.pick(["scripts/pair_meross.sh", "meross/setup.sh"]), hdr(g, [
        "#!/bin/sh",
        "# pair a factory-reset plug with the local broker (plug AP must be joined)",
        "npx meross setup -a 10.10.10.1 \\",
        "  --wifi-ssid %s --wifi-pass \"$WIFI_PASS\" \\" % g.pick(["IoT", "HomeNet-IoT", "gadgets"]),
        "  --mqtt mqtts://%s:8883 \\" % g.ip(),
        "  -k %s" % V,
    ])


@tpl("Meross", "account-password", "py", pw, "MEROSS_PASSWORD", naming="neutral")
def meross_iot_py(g, V, h):
    return g.pick(["meross/list_plugs.py", "scripts/meross_power.py"]), hdr(g, [
        "import asyncio",
        "",
        "from meross_iot.http_api import MerossHttpClient",
        "from meross_iot.manager import MerossManager",
        "",
        "",
        "async def main():",
        "    http = await MerossHttpClient.async_from_user_password(",
        '        api_base_url="https://iotx-eu.meross.com",',
        '        email="%s",' % g.email(),
        "        password=%s)" % V,
        "    manager = MerossManager(http_client=http)",
        "    await manager.async_init()",
        "    await manager.async_device_discovery()",
        "    for dev in manager.find_devices():",
        "        print(dev.name, dev.uuid)",
        "    manager.close()",
        "    await http.async_logout()",
        "",
        "asyncio.run(main())",
    ])


@tpl("Meross", "device-key", "json", meross_key, "MEROSS_KEY")
def meross_local_json(g, V, h):
    return g.pick(["config/meross.json", "meross-local/config.json"]), hdr(g, [
        "{",
        '  "broker": "mqtt://%s:1883",' % g.ip(),
        '  "key": %s,' % V,
        '  "devices": [',
        '    {"uuid": "%s", "name": "%s plug", "type": "mss310"}' % (g.hexs(32), g.nice()),
        "  ]",
        "}",
    ])


# ---- SwitchBot -----------------------------------------------------------

@tpl("SwitchBot", "client-secret", "py", switchbot_secret, "SWITCHBOT_SECRET")
def switchbot_sign_py(g, V, h):
    return g.pick(["switchbot/api.py", "scripts/switchbot_curtain.py"]), hdr(g, [
        "import base64",
        "import hashlib",
        "import hmac",
        "import os",
        "import time",
        "import uuid",
        "",
        "import requests",
        "",
        'SWITCHBOT_TOKEN = os.environ["SWITCHBOT_TOKEN"]',
        "SWITCHBOT_SECRET = %s" % V,
        "",
        "",
        "def headers():",
        "    nonce = str(uuid.uuid4())",
        "    t = str(int(round(time.time() * 1000)))",
        "    msg = f\"{SWITCHBOT_TOKEN}{t}{nonce}\".encode()",
        "    sign = base64.b64encode(hmac.new(SWITCHBOT_SECRET.encode(), msg, hashlib.sha256).digest())",
        "    return {\"Authorization\": SWITCHBOT_TOKEN, \"sign\": sign.decode(), \"t\": t, \"nonce\": nonce}",
        "",
        "",
        "print(requests.get(\"https://api.switch-bot.com/v1.1/devices\", headers=headers()).json())",
    ])


@tpl("SwitchBot", "open-token", "json", switchbot_token, "SWITCHBOT_TOKEN")
def switchbot_homebridge_json(g, V, h):
    return g.pick(["homebridge/config.json", "config.json"]), hdr(g, [
        "{",
        '  "platforms": [',
        "    {",
        '      "platform": "SwitchBot",',
        '      "name": "SwitchBot",',
        '      "credentials": { "openToken": %s },' % V,
        '      "options": { "refreshRate": 300, "hide_device": ["%s"] }' % g.hexs(12, True),
        "    }",
        "  ]",
        "}",
    ])


@tpl("SwitchBot", "open-token", "sh", switchbot_token, "SWITCHBOT_TOKEN")
def switchbot_curl_sh(g, V, h):
    return g.pick(["scripts/switchbot_devices.sh", "bin/sb-list"]), hdr(g, [
        "#!/bin/bash",
        "token=%s" % V,
        'secret="${SWITCHBOT_SECRET:?export SWITCHBOT_SECRET first}"',
        "t=$(date +%s%3N)",
        "nonce=$(uuidgen -r)",
        'sign=$(echo -n "${token}${t}${nonce}" | openssl dgst -sha256 -hmac "${secret}" -binary | base64)',
        "",
        'curl -s "https://api.switch-bot.com/v1.1/devices" \\',
        '  --header "Authorization: ${token}" --header "sign: ${sign}" \\',
        '  --header "t: ${t}" --header "nonce: ${nonce}" | jq .',
    ])


@tpl("SwitchBot", "open-token", "raw", switchbot_token, "SWITCHBOT_TOKEN", naming="neutral")
def switchbot_ha_rest(g, V, h):
    dev = g.hexs(12, True)
    return g.pick(["packages/switchbot.yaml", "sensors/switchbot_meter.yaml"]), hdr(g, [
        "sensor:",
        "  - platform: rest",
        "    name: %s meter" % g.nice(),
        "    resource: https://api.switch-bot.com/v1.0/devices/%s/status" % dev,
        "    headers:",
        "      Authorization: \"%s\"" % V,
        "    value_template: \"{{ value_json.body.temperature }}\"",
        "    unit_of_measurement: \"\u00b0C\"",
        "    scan_interval: 600",
    ])


# ---- Netatmo -------------------------------------------------------------

@tpl("Netatmo", "client-secret", "py", netatmo_secret, "NETATMO_CLIENT_SECRET")
def netatmo_py(g, V, h):
    return g.pick(["weather/netatmo_pull.py", "scripts/netatmo_to_influx.py"]), hdr(g, [
        "import pyatmo",
        "",
        'CLIENT_ID = "%s"' % g.hexs(24),
        "CLIENT_SECRET = %s" % V,
        'REDIRECT_URI = "http://localhost:8080/callback"',
        "",
        "auth = pyatmo.auth.NetatmoOAuth2(client_id=CLIENT_ID, client_secret=CLIENT_SECRET,",
        "                                 token_updater=lambda t: open('token.json', 'w').write(str(t)))",
        "print(auth.get_authorize_url())",
    ])


@tpl("Netatmo", "client-secret", "yaml", netatmo_secret, "NETATMO_CLIENT_SECRET", sk="netatmo_client_secret")
def netatmo_ha_yaml(g, V, h):
    return g.pick(["configuration.yaml", "packages/netatmo.yaml"]), hdr(g, [
        "netatmo:",
        "  client_id: %s" % g.hexs(24),
        "  client_secret: %s" % V,
        "",
        "sensor:",
        "  - platform: template",
        "    sensors:",
        "      outdoor_temp_rounded:",
        "        value_template: \"{{ states('sensor.netatmo_outdoor_temperature') | round(0) }}\"",
    ])


@tpl("Netatmo", "access-token", "raw", netatmo_token, "NETATMO_ACCESS_TOKEN", naming="neutral")
def netatmo_curl_sh(g, V, h):
    return g.pick(["scripts/netatmo_homes.sh", "bin/netatmo-homesdata"]), hdr(g, [
        "#!/bin/sh",
        "curl -s -X GET \"https://api.netatmo.com/api/homesdata\" \\",
        "  -H \"accept: application/json\" \\",
        "  -H \"Authorization: Bearer %s\"" % V,
    ])


# ---- tado ----------------------------------------------------------------

@tpl("tado", "account-password", "py", pw, "TADO_PASSWORD", naming="neutral")
def tado_py(g, V, h):
    return g.pick(["heating/tado_away.py", "scripts/tado_report.py"]), hdr(g, [
        "from PyTado.interface import Tado",
        "",
        "t = Tado(%s, %s)" % (q(g, "py", g.email()), V),
        "for zone in t.get_zones():",
        "    state = t.get_zone_state(zone[\"id\"])",
        "    print(zone[\"name\"], state.current_temp, state.target_temp)",
    ])


@tpl("tado", "account-password", "yaml", pw, "TADO_PASSWORD", sk="tado_password")
def tado_ha_yaml(g, V, h):
    return g.pick(["configuration.yaml", "packages/heating.yaml"]), hdr(g, [
        "tado:",
        "  username: %s" % g.email(),
        "  password: %s" % V,
        "  fallback: false",
        "",
        "climate:",
        "  - platform: generic_thermostat",
        "    name: %s" % g.nice(),
        "    heater: switch.%s_radiator" % g.room(),
        "    target_sensor: sensor.%s_temperature" % g.room(),
    ])


# ---- Sonos ---------------------------------------------------------------

@tpl("Sonos", "client-secret", "sh", sonos_secret, "SONOS_CLIENT_SECRET")
def sonos_env_sh(g, V, h):
    return g.pick(["scripts/sonos-env.sh", "sonos/env.sh"]), hdr(g, [
        "# source me before running sonos-cli",
        "export SONOS_CLIENT_ID=%s" % g.uuid(),
        "export SONOS_CLIENT_SECRET=%s" % V,
        "export SONOS_REDIRECT_URI=http://localhost:5000",
    ])


@tpl("Sonos", "client-secret", "properties", sonos_secret, "SONOS_CLIENT_SECRET", naming="neutral")
def sonos_properties(g, V, h):
    return g.pick(["src/main/resources/application.properties", "sonos.properties"]), hdr(g, [
        "# Sonos control integration",
        "sonos.api.base=https://api.ws.sonos.com/control/api/v1",
        "sonos.oauth.client-key=%s" % g.uuid(),
        "sonos.oauth.client-password=%s" % V,
        "sonos.oauth.redirect=https://home.%s/sonos/callback" % g.pick(DOMAINS),
        "server.port=8%03d" % g.r.randint(0, 999),
    ])


# ---- eufy ----------------------------------------------------------------

@tpl("eufy", "account-password", "yaml", pw, "EUFY_PASSWORD", sk="eufy_password")
def eufy_compose(g, V, h):
    return g.pick(["docker-compose.yml", "eufy/docker-compose.yaml"]), hdr(g, [
        "services:",
        "  eufy-security-ws:",
        "    image: bropat/eufy-security-ws:latest",
        "    restart: unless-stopped",
        "    environment:",
        "      USERNAME: %s" % g.email(),
        "      PASSWORD: %s" % V,
        "      COUNTRY: %s" % g.pick(["DE", "GB", "US", "NL"]),
        "      TRUSTED_DEVICE_NAME: eufyclient",
        "    volumes:",
        "      - ./data:/data",
        "    ports:",
        "      - \"3000:3000\"",
    ])


@tpl("eufy", "account-password", "json", pw, "EUFY_PASSWORD")
def eufy_homebridge_json(g, V, h):
    return g.pick(["homebridge/config.json", "config.json"]), hdr(g, [
        "{",
        '  "platforms": [',
        "    {",
        '      "platform": "EufySecurity",',
        '      "username": "%s",' % g.email(),
        '      "password": %s,' % V,
        '      "country": "US",',
        '      "pollingIntervalMinutes": 10,',
        '      "hkHome": 1,',
        '      "hkAway": 0',
        "    }",
        "  ]",
        "}",
    ])


# ---- Wyze ----------------------------------------------------------------

@tpl("Wyze", "api-key", "raw", wyze_key, "WYZE_API_KEY")
def wyze_bridge_compose(g, V, h):
    return g.pick(["docker-compose.yml", "wyze-bridge/docker-compose.yml"]), hdr(g, [
        "services:",
        "  wyze-bridge:",
        "    image: mrlt8/wyze-bridge:latest",
        "    restart: unless-stopped",
        "    ports:",
        "      - 8554:8554",
        "      - 5000:5000",
        "    environment:",
        "      - WYZE_EMAIL=%s" % g.email(),
        "      - WYZE_PASSWORD=${WYZE_PASSWORD}",
        "      - API_ID=%s" % g.uuid(),
        "      - API_KEY=%s" % V,
        "      - WB_AUTH=True",
    ])


@tpl("Wyze", "api-key", "py", wyze_key, "WYZE_API_KEY")
def wyze_sdk_py(g, V, h):
    return g.pick(["wyze/cams.py", "scripts/wyze_plugs.py"]), hdr(g, [
        "import os",
        "",
        "from wyze_sdk import Client",
        "",
        "client = Client(",
        '    email="%s",' % g.email(),
        '    password=os.environ["WYZE_PASSWORD"],',
        '    key_id="%s",' % g.uuid(),
        "    api_key=%s," % V,
        ")",
        "for plug in client.plugs.list():",
        "    print(plug.nickname, plug.mac, plug.is_online)",
    ])


@tpl("Wyze", "api-key", "raw", wyze_key, "WYZE_API_KEY", naming="neutral")
def wyze_login_sh(g, V, h):
    return g.pick(["scripts/wyze_login.sh", "bin/wyze-token"]), hdr(g, [
        "#!/usr/bin/env bash",
        "# password must be md5(md5(md5(password)))",
        'curl -s -X POST https://auth-prod.api.wyze.com/api/user/login \\',
        '  -H "Keyid: %s" \\' % g.uuid(),
        '  -H "Apikey: %s" \\' % V,
        "  -H 'Content-Type: application/json' \\",
        '  -d "{\\"email\\": \\"${WYZE_EMAIL}\\", \\"password\\": \\"${WYZE_HASH}\\"}"',
    ])


# ---- MQTT brokers --------------------------------------------------------

@tpl("Zigbee2MQTT", "mqtt-password", "yaml", pw, "Z2M_MQTT_PASSWORD", sk="mqtt_password")
def z2m_config_yaml(g, V, h):
    return g.pick(["zigbee2mqtt/configuration.yaml", "data/configuration.yaml"]), hdr(g, [
        "version: 4",
        "homeassistant:",
        "  enabled: true",
        "frontend:",
        "  enabled: true",
        "  port: 8080",
        "mqtt:",
        "  base_topic: zigbee2mqtt",
        "  server: mqtt://%s:1883" % g.pick(["core-mosquitto", g.ip(), "mosquitto"]),
        "  user: %s" % g.pick(["zigbee", "z2m", "mqtt_user", "zigbee2mqtt"]),
        "  password: %s" % V,
        "serial:",
        "  port: /dev/serial/by-id/usb-%s-if00-port0" % g.pick(["ITead_Sonoff_Zigbee_3.0_USB_Dongle_Plus_" + g.hexs(32), "Silicon_Labs_slae.sh_cc2652rb_stick_-_slaesh_s_iot_stuff_" + g.hexs(8)]),
        "  adapter: %s" % g.pick(["zstack", "ember"]),
        "advanced:",
        "  log_level: info",
        "  channel: %d" % g.pick([11, 15, 20, 25]),
        "  network_key: !secret network_key",
        "  pan_id: GENERATE",
    ])


@tpl("Home Assistant", "mqtt-password", "yaml", pw, "MQTT_PASSWORD", sk="mqtt_password")
def ha_mqtt_yaml(g, V, h):
    return g.pick(["configuration.yaml", "packages/mqtt.yaml"]), hdr(g, [
        "mqtt:",
        "  broker: %s" % g.ip(),
        "  port: 1883",
        "  client_id: home-assistant-%d" % g.r.randint(1, 9),
        "  username: homeassistant",
        "  password: %s" % V,
        "  discovery: true",
        "  birth_message:",
        "    topic: homeassistant/status",
        "    payload: online",
    ])


@tpl("Node-RED", "mqtt-password", "json", pw, "MQTT_PASSWORD")
def nodered_cred_json(g, V, h):
    return g.pick(["node-red/flows_cred.json", ".node-red/flows_cred.json"]), hdr(g, [
        "{",
        '    "%s.%s": {' % (g.hexs(8), g.hexs(6)),
        '        "user": "%s",' % g.pick(["nodered", "nr", "automation"]),
        '        "password": %s' % V,
        "    }",
        "}",
    ])


@tpl("Mosquitto", "mqtt-password", "conf", pw_url, "BRIDGE_PASSWORD", naming="neutral")
def mosquitto_bridge_conf(g, V, h):
    return g.pick(["mosquitto/config/mosquitto.conf", "mosquitto/conf.d/bridge.conf"]), hdr(g, [
        "persistence true",
        "persistence_location /mosquitto/data/",
        "log_dest file /mosquitto/log/mosquitto.log",
        "",
        "listener 1883",
        "allow_anonymous false",
        "password_file /mosquitto/config/passwd",
        "",
        "# bridge to the cabin broker",
        "connection cabin",
        "address cabin.%s:8883" % g.pick(DOMAINS),
        "bridge_cafile /mosquitto/certs/ca.crt",
        "remote_username %s" % g.pick(["bridge", "home-bridge", "cabin"]),
        "remote_password %s" % V,
        "topic sensors/# in 1",
        "topic cmnd/# out 1",
    ])


@tpl("MQTT", "mqtt-password", "py", pw, "MQTT_PASSWORD", naming="neutral")
def paho_py(g, V, h):
    return g.pick(["sensors/publish_bme280.py", "scripts/mqtt_bridge.py"]), hdr(g, [
        "import json",
        "import time",
        "",
        "import paho.mqtt.client as mqtt",
        "",
        "client = mqtt.Client(client_id=%s)" % q(g, "py", "rpi-" + g.room()),
        "client.username_pw_set(%s, %s)" % (q(g, "py", g.pick(["sensor", "rpi", "garden"])), V),
        "client.connect(%s, 1883, keepalive=60)" % q(g, "py", g.ip()),
        "client.loop_start()",
        "while True:",
        "    client.publish(\"home/%s/climate\", json.dumps({\"t\": 21.4, \"h\": 48}))" % g.room(),
        "    time.sleep(60)",
    ])


@tpl("ESPHome", "mqtt-password", "yaml", pw, "MQTT_PASSWORD", sk="mqtt_password")
def esphome_mqtt_yaml(g, V, h):
    node = g.room().replace("_", "-") + "-" + g.pick(["sensor", "relay", "plug"])
    return g.pick(["esphome/%s.yaml" % node, "%s.yaml" % node]), hdr(g, [
        "esphome:",
        "  name: %s" % node,
        "esp8266:",
        "  board: d1_mini",
        "wifi:",
        "  ssid: !secret wifi_ssid",
        "  password: !secret wifi_password",
        "mqtt:",
        "  broker: %s" % g.ip(),
        "  username: esphome",
        "  password: %s" % V,
        "logger:",
        "sensor:",
        "  - platform: dht",
        "    pin: D2",
        "    temperature:",
        "      name: \"%s Temperature\"" % g.nice(),
        "    humidity:",
        "      name: \"%s Humidity\"" % g.nice(),
    ])


@tpl("Mosquitto", "mqtt-password", "raw", pw_url, "MQTT_MONITOR_PASSWORD", naming="neutral")
def mosquitto_compose_health(g, V, h):
    return g.pick(["docker-compose.yml", "stack/mqtt.yml"]), hdr(g, [
        "services:",
        "  mosquitto:",
        "    image: eclipse-mosquitto:2",
        "    volumes:",
        "      - ./mosquitto/config:/mosquitto/config",
        "      - ./mosquitto/data:/mosquitto/data",
        "    ports:",
        "      - \"1883:1883\"",
        "    healthcheck:",
        "      test: [\"CMD\", \"mosquitto_sub\", \"-u\", \"monitor\", \"-P\", \"%s\", \"-t\", \"$$SYS/broker/uptime\", \"-C\", \"1\", \"-W\", \"3\"]" % V,
        "      interval: 30s",
        "      retries: 3",
    ])


def z2m_neg(g, mode):
    if mode in ("docexample", "placeholder", "masked", "template", "empty"):
        return g.pick(["GENERATE", "[1, 3, 5, 7, 9, 11, 13, 15, 0, 2, 4, 6, 8, 10, 12, 13]"])
    return "!secret network_key"


@tpl("Zigbee2MQTT", "network-key", "raw", z2m_netkey, "Z2M_NETWORK_KEY", naming="neutral", negfn=z2m_neg)
def z2m_netkey_yaml(g, V, h):
    return g.pick(["zigbee2mqtt/configuration.yaml", "z2m/configuration.yaml"]), hdr(g, [
        "homeassistant: true",
        "permit_join: false",
        "mqtt:",
        "  base_topic: zigbee2mqtt",
        "  server: mqtt://core-mosquitto",
        "  user: !secret z2m_user",
        "  password: !secret z2m_password",
        "serial:",
        "  port: /dev/ttyACM0",
        "advanced:",
        "  log_level: warn",
        "  pan_id: %d" % g.r.randint(4000, 60000),
        "  channel: %d" % g.pick([15, 20, 25]),
        "  network_key: %s" % V,
        "devices: devices.yaml",
        "groups: groups.yaml",
    ])


# ---- ESPHome -------------------------------------------------------------

def _esp_head(g):
    node = g.room().replace("_", "-") + "-" + g.pick(["presence", "thermostat", "blinds", "plug", "leak"])
    return node, [
        "substitutions:",
        "  name: %s" % node,
        "  friendly_name: %s" % g.nice(),
        "",
        "esphome:",
        "  name: ${name}",
        "  friendly_name: ${friendly_name}",
        "",
        "esp32:",
        "  board: %s" % g.pick(["esp32dev", "esp32-c3-devkitm-1", "m5stack-atom"]),
        "  framework:",
        "    type: esp-idf",
        "",
        "logger:",
        "",
    ]


@tpl("ESPHome", "api-encryption-key", "yaml", esphome_key, "ESPHOME_API_KEY", sk="api_encryption_key")
def esphome_api_yaml(g, V, h):
    node, head = _esp_head(g)
    return g.pick(["esphome/%s.yaml" % node, "%s.yaml" % node]), hdr(g, head + [
        "api:",
        "  encryption:",
        "    key: %s" % V,
        "",
        "ota:",
        "  - platform: esphome",
        "    password: !secret ota_password",
        "",
        "wifi:",
        "  ssid: !secret wifi_ssid",
        "  password: !secret wifi_password",
        "  ap:",
        "    ssid: \"%s Fallback\"" % g.nice(),
        "    password: !secret fallback_ap_password",
    ])


@tpl("ESPHome", "ota-password", "yaml", lambda g: pw(g, g.pick(["hexgen", "alnum", "mixed"])),
     "ESPHOME_OTA_PASSWORD", sk="ota_password", naming="neutral")
def esphome_ota_yaml(g, V, h):
    node, head = _esp_head(g)
    return g.pick(["esphome/%s.yaml" % node, "devices/%s.yaml" % node]), hdr(g, head + [
        "api:",
        "  encryption:",
        "    key: !secret api_key_%s" % node.replace("-", "_"),
        "",
        "ota:",
        "  - platform: esphome",
        "    password: %s" % V,
        "",
        "wifi:",
        "  networks:",
        "    - ssid: !secret wifi_ssid",
        "      password: !secret wifi_password",
        "",
        "binary_sensor:",
        "  - platform: gpio",
        "    pin: GPIO%d" % g.pick([4, 5, 13, 14]),
        "    name: Motion",
        "    device_class: motion",
    ])


@tpl("ESPHome", "api-encryption-key", "yaml", esphome_key, "ESPHOME_API_KEY", sk="api_key_kitchen")
def esphome_secrets_yaml(g, V, h):
    r = g.room()
    return g.pick(["esphome/secrets.yaml", "config/esphome/secrets.yaml"]), hdr(g, [
        "# ESPHome secrets - referenced with !secret",
        "wifi_ssid: %s" % g.pick(["HomeNet", "IoT-2G", "gadgets"]),
        "wifi_password: !env_var WIFI_PASSWORD",
        "api_key_%s: %s" % (r, V),
        "ota_password: !env_var ESPHOME_OTA_PASSWORD",
        "domain: .lan",
    ])


@tpl("ESPHome", "api-encryption-key", "py", esphome_key, "ESPHOME_NOISE_PSK", naming="neutral")
def aioesphome_py(g, V, h):
    return g.pick(["tools/esp_logs.py", "scripts/esphome_states.py"]), hdr(g, [
        "import asyncio",
        "",
        "import aioesphomeapi",
        "",
        "",
        "async def main():",
        "    cli = aioesphomeapi.APIClient(%s, 6053, None, noise_psk=%s)" % (q(g, "py", g.ip()), V),
        "    await cli.connect(login=True)",
        "    info = await cli.device_info()",
        "    print(info.name, info.esphome_version, info.mac_address)",
        "    await cli.disconnect()",
        "",
        "asyncio.run(main())",
    ])


# ---- Tasmota -------------------------------------------------------------

@tpl("Tasmota", "mqtt-password", "c", pw_url, "MQTT_PASS")
def tasmota_override_h(g, V, h):
    return g.pick(["tasmota/user_config_override.h", "firmware/user_config_override.h"]), hdr(g, [
        "#ifndef _USER_CONFIG_OVERRIDE_H_",
        "#define _USER_CONFIG_OVERRIDE_H_",
        "",
        "#undef  STA_SSID1",
        '#define STA_SSID1         "%s"' % g.pick(["IoT", "HomeNet-IoT"]),
        "#undef  STA_PASS1",
        '#define STA_PASS1         ""   // set via WiFiManager',
        "",
        "#undef  MQTT_HOST",
        '#define MQTT_HOST         "%s"' % g.ip(),
        "#undef  MQTT_USER",
        '#define MQTT_USER         "tasmota"',
        "#undef  MQTT_PASS",
        "#define MQTT_PASS         %s" % V,
        "",
        "#undef  FRIENDLY_NAME",
        '#define FRIENDLY_NAME     "%s"' % g.nice(),
        "",
        "#endif  // _USER_CONFIG_OVERRIDE_H_",
    ])


@tpl("Tasmota", "mqtt-password", "raw", pw_url, "MQTT_PASSWORD", naming="neutral")
def tasmota_backlog_md(g, V, h):
    return g.pick(["docs/tasmota.md", "notes/flashing-plugs.md"]), hdr(g, [
        "# Flashing the %s plugs" % g.pick(["Athom", "Sonoff S26", "Gosund"]),
        "",
        "1. Flash with tasmota32.bin, join the tasmota-XXXX AP, set Wi-Fi.",
        "2. Paste in the console:",
        "",
        "```",
        "Backlog MqttHost %s; MqttUser tasmota; MqttPassword %s; Topic plug_%s; SetOption19 1" % (g.ip(), V, g.room()),
        "```",
        "",
        "3. Check it shows up under Settings > Devices.",
    ])


@tpl("Tasmota", "web-password", "url", pw_url, "TASMOTA_WEB_PASSWORD", naming="neutral")
def tasmota_web_url(g, V, h):
    return g.pick(["scripts/heater_toggle.sh", "bin/tasmota-toggle"]), hdr(g, [
        "#!/bin/sh",
        "HOST=%s" % g.ip(),
        'curl -s "http://${HOST}/cm?user=admin&password=%s&cmnd=Power%%20TOGGLE"' % V,
    ])


@tpl("Tasmota", "web-password", "json", pw_url, "TASMOTA_WEB_PASSWORD")
def tasmota_decode_json(g, V, h):
    return g.pick(["backups/tasmota-%s.json" % g.room(), "tasmota/backup.json"]), hdr(g, [
        "{",
        '  "hostname": "tasmota-%s-%04d",' % (g.hexs(6, True), g.r.randint(0, 9999)),
        '  "friendlyname": ["%s", "", "", ""],' % g.nice(),
        '  "mqtt_host": "%s",' % g.ip(),
        '  "mqtt_port": 1883,',
        '  "mqtt_user": "DVES_USER",',
        '  "web_password": %s,' % V,
        '  "sta_ssid": ["HomeNet-IoT", ""],',
        '  "timezone": 99,',
        '  "version": "0x0D030000"',
        "}",
    ])


# ---- logs and misc -------------------------------------------------------

@tpl("Govee", "api-key", "raw", govee_key, "GOVEE_API_KEY", naming="neutral")
def govee_debug_log(g, V, h):
    lines = []
    for _ in range(g.r.randint(2, 5)):
        lines.append("%s INFO (MainThread) [homeassistant.setup] Setting up %s" % (g.stamp(), g.pick(["sensor", "light", "zone", "http"])))
    lines.append("%s DEBUG (MainThread) [custom_components.govee.api] GET https://developer-api.govee.com/v1/devices headers={'Govee-API-Key': '%s', 'User-Agent': 'hacs-govee'}" % (g.stamp(), V))
    lines.append("%s DEBUG (MainThread) [custom_components.govee] got %d devices" % (g.stamp(), g.r.randint(2, 9)))
    return g.pick(["logs/home-assistant.log", "home-assistant.log.1"]), hdr(g, lines)


@tpl("Ring", "refresh-token", "raw", ring_refresh, "RING_REFRESH_TOKEN", naming="neutral")
def ring_auth_log(g, V, h):
    return g.pick(["logs/ring-auth.log", "ring/auth-output.txt"]), hdr(g, [
        "$ npx -p ring-client-api ring-auth-cli",
        "This CLI will provide you with a refresh token which you can use to configure ring-client-api and homebridge-ring.",
        "Email: %s" % g.email(),
        "Password: ",
        "Please enter the code sent to xxx-xxx-%04d" % g.r.randint(0, 9999),
        "2fa Code: %06d" % g.r.randint(0, 999999),
        "",
        "Successfully logged in to Ring. Please add the following to your config:",
        "",
        '"refreshToken": "%s"' % V,
    ])


@tpl("Home Assistant", "long-lived-access-token", "toml", ha_token, "HA_TOKEN", sk="ha_token")
def ha_toml(g, V, h):
    return g.pick(["config.toml", "dashboard/config.toml", "pyproject-local.toml"]), hdr(g, [
        "[homeassistant]",
        'url = "http://%s:8123"' % g.ip(),
        "token = %s" % V,
        "verify_ssl = false",
        "",
        "[display]",
        'entities = ["sensor.%s_temperature", "sensor.outdoor_humidity"]' % g.room(),
        "refresh = 30",
    ])


@tpl("LIFX", "personal-access-token", "ini", lifx_token, "LIFX_TOKEN")
def lifx_ini(g, V, h):
    return g.pick(["lifx.ini", "config/lights.ini", "settings.cfg"]), hdr(g, [
        "[general]",
        "poll_seconds = 30",
        "",
        "[lifx]",
        "selector = group:%s" % g.nice(),
        "access_token = %s" % V,
        "",
        "[hue]",
        "bridge = %s" % g.ip(),
    ])


# --------------------------------------------------------------------------
# look-alike negatives: fn(g) -> (relpath, text); nothing here is a secret
# --------------------------------------------------------------------------

NEG = []


def neg(provider, kind):
    def deco(fn):
        NEG.append(dict(name=fn.__name__, provider=provider, kind=kind, fn=fn))
        return fn
    return deco


@neg("Zigbee2MQTT", "ieee-addresses")
def l_z2m_devices(g):
    out = []
    for _ in range(g.r.randint(4, 9)):
        out += ["'%s':" % g.ieee(), "  friendly_name: %s/%s" % (g.room(), g.pick(["motion", "door", "temp", "bulb", "button"])),
                "  retain: %s" % g.pick(["false", "true"])]
    return g.pick(["zigbee2mqtt/devices.yaml", "data/devices.yaml"]), hdr(g, out)


@neg("Zigbee2MQTT", "documented-default-network-key")
def l_z2m_default_key(g):
    return g.pick(["zigbee2mqtt/configuration.yaml", "z2m/configuration.yaml"]), hdr(g, [
        "# migrated from 1.x - the old default network key is still in use",
        "homeassistant: true",
        "permit_join: false",
        "mqtt:",
        "  base_topic: zigbee2mqtt",
        "  server: mqtt://core-mosquitto",
        "  user: !secret mqtt_user",
        "  password: !secret mqtt_password",
        "advanced:",
        "  pan_id: 6754",
        "  ext_pan_id: [221, 221, 221, 221, 221, 221, 221, 221]",
        "  channel: 11",
        "  network_key: [1, 3, 5, 7, 9, 11, 13, 15, 0, 2, 4, 6, 8, 10, 12, 13]",
        "  last_seen: ISO_8601",
    ])


@neg("Home Assistant", "secret-references")
def l_ha_secret_refs(g):
    return g.pick(["configuration.yaml", "homeassistant/configuration.yaml"]), hdr(g, [
        "homeassistant:",
        "  name: Home",
        "  latitude: !secret home_latitude",
        "  longitude: !secret home_longitude",
        "  external_url: !secret external_url",
        "",
        "http:",
        "  use_x_forwarded_for: true",
        "  trusted_proxies:",
        "    - 172.30.33.0/24",
        "",
        "ecobee:",
        "  api_key: !secret ecobee_api_key",
        "",
        "scene:",
        "  - platform: lifx_cloud",
        "    token: !secret lifx_token",
        "",
        "mqtt:",
        "  broker: %s" % g.ip(),
        "  username: !secret mqtt_user",
        "  password: !secret mqtt_password",
    ])


@neg("Home Assistant", "entity-registry-ids")
def l_ha_entity_registry(g):
    ents = []
    for _ in range(g.r.randint(3, 6)):
        r = g.room()
        ents.append('      {"entity_id": "sensor.%s_temperature", "unique_id": "%s_temperature", "config_entry_id": "%s", "device_id": "%s", "platform": "%s", "id": "%s"}' % (
            r, g.mac(sep="").lower(), g.pick([g.hexs(32), "01J" + g.s("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23)]),
            g.hexs(32), g.pick(["esphome", "zha", "mqtt", "shelly", "hue"]), g.hexs(32)))
    return g.pick([".storage/core.entity_registry", "homeassistant/.storage/core.entity_registry"]), hdr(g, [
        "{",
        '  "version": 1,',
        '  "minor_version": 14,',
        '  "key": "core.entity_registry",',
        '  "data": {',
        '    "entities": [',
        ",\n".join(ents),
        "    ]",
        "  }",
        "}",
    ])


@neg("Philips Hue", "device-registry-identifiers")
def l_ha_device_registry(g):
    devs = []
    for _ in range(g.r.randint(2, 5)):
        devs.append('      {"identifiers": [["hue", "%s"]], "connections": [["zigbee", "%s"]], "manufacturer": "Signify Netherlands B.V.", "model": "%s", "sw_version": "1.%d.%d", "id": "%s"}' % (
            g.uuid(), g.mac(oui=["00", "17", "88", "01"]) + ":" + g.hexs(2) + ":" + g.hexs(2),
            g.pick(["LCA001", "LWB010", "LTW012", "SML001"]), g.r.randint(90, 122), g.r.randint(1, 9), g.hexs(32)))
    return g.pick([".storage/core.device_registry", "backup/core.device_registry.json"]), hdr(g, [
        "{", '  "version": 1,', '  "key": "core.device_registry",', '  "data": {', '    "devices": [',
        ",\n".join(devs), "    ]", "  }", "}"])


@neg("Tuya", "device-ids-no-keys")
def l_tinytuya_snapshot(g):
    devs = []
    for _ in range(g.r.randint(2, 5)):
        devs.append('    {"id": "%s", "ip": "%s", "ver": "3.%d", "name": "%s", "key": "", "mac": "%s"}' % (
            "bf" + g.s(LALNUM, 20), g.ip(), g.pick([3, 4]), g.nice() + " " + g.pick(["Plug", "Bulb", "Fan"]), g.mac()))
    return g.pick(["snapshot.json", "tuya/snapshot.json"]), hdr(g, [
        "{", '  "timestamp": %d.%03d,' % (g.epoch(), g.r.randint(0, 999)), '  "devices": [', ",\n".join(devs), "  ]", "}"])


@neg("Tuya", "device-inventory-csv")
def l_tuya_csv(g):
    rows = ["name,device_id,product_id,mac,uuid,ip"]
    for _ in range(g.r.randint(4, 10)):
        rows.append("%s,%s,%s,%s,%s,%s" % (g.nice() + " " + g.pick(["plug", "bulb", "strip", "sensor"]),
                                           "bf" + g.s(LALNUM, 20), g.s(LALNUM, 16), g.mac(), g.s(LALNUM, 16), g.ip()))
    return g.pick(["inventory/tuya_devices.csv", "docs/devices.csv"]), hdr(g, rows)


@neg("Philips Hue", "bridge-ids")
def l_hue_bridge_config(g):
    mac = g.mac(oui=["ec", "b5", "fa"])
    return g.pick(["hue/bridge_config.json", "fixtures/hue_config.json"]), hdr(g, [
        "{",
        '  "name": "Hue Bridge",',
        '  "datastoreversion": "%d",' % g.r.randint(100, 170),
        '  "swversion": "19%08d",' % g.r.randint(0, 10 ** 8 - 1),
        '  "apiversion": "1.%d.0",' % g.r.randint(50, 66),
        '  "mac": "%s",' % mac,
        '  "bridgeid": "%s",' % (mac.replace(":", "")[:6].upper() + "FFFE" + mac.replace(":", "")[6:].upper()),
        '  "factorynew": false,',
        '  "replacesbridgeid": null,',
        '  "modelid": "BSB002",',
        '  "starterkitid": ""',
        "}",
    ])


@neg("Philips Hue", "light-unique-ids")
def l_hue_lights(g):
    out = ["{"]
    n = g.r.randint(2, 5)
    for i in range(1, n + 1):
        out.append('  "%d": {"name": "%s %d", "type": "Extended color light", "modelid": "LCT0%02d", "uniqueid": "00:17:88:01:%s:%s:%s:%s-0b", "swversion": "1.%d.%d", "productid": "Philips-LCT0%02d-1-A19ECLv%d"}%s' % (
            i, g.nice(), i, g.r.randint(10, 16), g.hexs(2), g.hexs(2), g.hexs(2), g.hexs(2), g.r.randint(50, 120),
            g.r.randint(0, 9), g.r.randint(10, 16), g.r.randint(4, 6), "," if i < n else ""))
    out.append("}")
    return g.pick(["hue/lights.json", "tests/fixtures/hue_lights.json"]), hdr(g, out)


@neg("SmartThings", "device-location-uuids")
def l_st_devices(g):
    loc = g.uuid()
    items = []
    for _ in range(g.r.randint(2, 5)):
        items.append('    {"deviceId": "%s", "name": "%s", "label": "%s", "locationId": "%s", "roomId": "%s", "deviceTypeId": "%s"}' % (
            g.uuid(), g.pick(["c2c-switch", "zigbee-contact", "zwave-lock"]), g.nice(), loc, g.uuid(), g.uuid()))
    return g.pick(["smartthings/devices.json", "fixtures/st_devices.json"]), hdr(g, [
        "{", '  "items": [', ",\n".join(items), "  ],", '  "_links": {}', "}"])


@neg("SmartThings", "device-id-in-url")
def l_st_device_url_md(g):
    d = g.uuid()
    return g.pick(["docs/smartthings-devices.md", "notes/st.md"]), hdr(g, [
        "# SmartThings device ids",
        "",
        "| Room | Device | Id |",
        "|---|---|---|",
        "| %s | door lock | `%s` |" % (g.nice(), d),
        "| %s | garage tilt | `%s` |" % (g.nice(), g.uuid()),
        "",
        "Status: `GET https://api.smartthings.com/v1/devices/%s/status`" % d,
        "(token: set `SMARTTHINGS_TOKEN` in your shell, never commit it)",
    ])


@neg("ecobee", "thermostat-identifiers")
def l_ecobee_summary(g):
    ids = [str(g.r.randint(10 ** 11, 10 ** 12 - 1)) for _ in range(g.r.randint(1, 3))]
    revs = ["%s:%s:true:%d:%d:%d:%d" % (i, g.nice(), g.r.randint(10 ** 11, 10 ** 12 - 1), g.r.randint(10 ** 11, 10 ** 12 - 1),
                                       g.r.randint(10 ** 11, 10 ** 12 - 1), g.r.randint(10 ** 11, 10 ** 12 - 1)) for i in ids]
    return g.pick(["ecobee/thermostatSummary.json", "fixtures/ecobee_summary.json"]), hdr(g, [
        "{",
        '  "thermostatCount": %d,' % len(ids),
        '  "revisionList": %s,' % json.dumps(revs),
        '  "statusList": %s,' % json.dumps([i + ":" for i in ids]),
        '  "status": {"code": 0, "message": ""}',
        "}",
    ])


@neg("Google Nest", "device-resource-names")
def l_nest_devices(g):
    pid = g.uuid()
    devs = []
    for _ in range(g.r.randint(1, 3)):
        devs.append('    {"name": "enterprises/%s/devices/%s", "type": "sdm.devices.types.%s", "parentRelations": [{"parent": "enterprises/%s/structures/%s/rooms/%s", "displayName": "%s"}]}' % (
            pid, g.s(URLSAFE, 86), g.pick(["THERMOSTAT", "DOORBELL", "CAMERA"]), pid, g.s(URLSAFE, 86), g.s(URLSAFE, 86), g.nice()))
    return g.pick(["nest/devices.json", "fixtures/sdm_devices.json"]), hdr(g, ["{", '  "devices": [', ",\n".join(devs), "  ]", "}"])


@neg("Google Nest", "public-oauth-client-id")
def l_google_client_id(g):
    return g.pick(["nest/oauth_public.json", "web/oauth-config.json"]), hdr(g, [
        "{",
        '  "client_id": "%s",' % google_client_id(g),
        '  "project_id": "%s",' % g.uuid(),
        '  "redirect_uri": "https://www.google.com",',
        '  "scope": "https://www.googleapis.com/auth/sdm.service",',
        '  "note": "client secret lives in the vault (op://Home/nest-oauth/client_secret)"',
        "}",
    ])


@neg("LIFX", "light-and-group-ids")
def l_lifx_lights(g):
    items = []
    for _ in range(g.r.randint(2, 4)):
        items.append('  {"id": "d073d5%s", "uuid": "%s", "label": "%s", "connected": true, "power": "on", "group": {"id": "%s", "name": "%s"}, "location": {"id": "%s", "name": "Home"}}' % (
            g.hexs(6), g.uuid(), g.nice(), g.hexs(32), g.nice(), g.hexs(32)))
    return g.pick(["lifx/lights.json", "tests/lifx_list.json"]), hdr(g, ["["] + [",\n".join(items)] + ["]"])


@neg("LIFX", "documented-example-token")
def l_lifx_doc_example(g):
    return g.pick(["docs/lifx-api.md", "README.md"]), hdr(g, [
        "## Calling the LIFX HTTP API",
        "",
        "The LIFX docs show requests with their sample token; replace it with yours:",
        "",
        "```",
        "curl \"https://api.lifx.com/v1/lights/all\" \\",
        "  -H \"Authorization: Bearer c87c73a896b554367fac61f71dd3656af8d93a525a4e87df5952c6078a89d192\"",
        "```",
        "",
        "In Home Assistant the docs use `token: YOUR_LIFX_TOKEN`.",
    ])


@neg("Ring", "device-and-ding-ids")
def l_ring_log(g):
    lines = []
    for _ in range(g.r.randint(4, 8)):
        lines.append("%s [Ring] %s %s (id %d, ding %d, kind %s)" % (
            g.stamp(), g.pick(["Motion on", "Ding on", "Snapshot for"]), g.nice(), g.r.randint(10 ** 8, 10 ** 9),
            g.r.randint(10 ** 18, 10 ** 19), g.pick(["motion", "ding", "on_demand"])))
    return g.pick(["logs/ring-mqtt.log", "homebridge/ring.log"]), hdr(g, lines)


@neg("Shelly", "device-settings")
def l_shelly_settings(g):
    mac = g.hexs(12, True)
    return g.pick(["shelly/settings.json", "backups/shelly_%s.json" % mac.lower()]), hdr(g, [
        "{",
        '  "device": {"type": "SHSW-PM", "mac": "%s", "hostname": "shelly1pm-%s", "num_outputs": 1},' % (mac, mac[-6:]),
        '  "wifi_sta": {"enabled": true, "ssid": "IoT", "ipv4_method": "dhcp"},',
        '  "login": {"enabled": false, "unprotected": false, "username": "admin"},',
        '  "fw": "20230913-114008/v1.14.0-gcb84623",',
        '  "cloud": {"enabled": true, "connected": true},',
        '  "coiot": {"enabled": true, "update_period": 15, "peer": ""}',
        "}",
    ])


@neg("Govee", "device-ids")
def l_govee_devices(g):
    devs = []
    for _ in range(g.r.randint(2, 4)):
        devs.append('      {"device": "%s", "model": "%s", "deviceName": "%s", "controllable": true, "retrievable": true}' % (
            g.mac(upper=True) + ":" + g.hexs(2, True) + ":" + g.hexs(2, True), g.pick(["H6159", "H6008", "H619A", "H5075"]), g.nice()))
    return g.pick(["govee/devices.json", "fixtures/govee.json"]), hdr(g, [
        "{", '  "data": {', '    "devices": [', ",\n".join(devs), "    ]", "  },", '  "message": "Success",', '  "code": 200', "}"])


@neg("EZVIZ", "camera-serials")
def l_ezviz_serials(g):
    rows = ["| Camera | Serial | Firmware |", "|---|---|---|"]
    for _ in range(g.r.randint(2, 5)):
        rows.append("| %s | %s | V5.%d.%d build %s |" % (g.nice(), g.pick(["BD", "C6N-", "E", "J"]) + str(g.r.randint(10 ** 7, 10 ** 9)),
                                                      g.r.randint(1, 3), g.r.randint(0, 9), g.date().replace("-", "")[2:]))
    return g.pick(["docs/cameras.md", "cctv/README.md"]), hdr(g, ["# Cameras", ""] + rows)


@neg("Meross", "device-uuids")
def l_meross_devices(g):
    devs = []
    for _ in range(g.r.randint(2, 4)):
        devs.append('  {"uuid": "%s", "devName": "%s", "deviceType": "%s", "macAddress": "%s", "fmwareVersion": "%s", "onlineStatus": 1}' % (
            g.hexs(32), g.nice() + " plug", g.pick(["mss310", "mss210", "msl120"]), g.mac(oui=["48", "e1", "e9"]), g.ver()))
    return g.pick(["meross/devices.json", "fixtures/meross_devlist.json"]), hdr(g, ["["] + [",\n".join(devs)] + ["]"])


@neg("SwitchBot", "device-ids")
def l_switchbot_devices(g):
    hub = g.hexs(12, True)
    devs = []
    for _ in range(g.r.randint(2, 4)):
        devs.append('      {"deviceId": "%s", "deviceName": "%s", "deviceType": "%s", "enableCloudService": true, "hubDeviceId": "%s"}' % (
            g.hexs(12, True), g.nice(), g.pick(["Meter", "Curtain", "Bot", "Hub Mini"]), hub))
    return g.pick(["switchbot/devices.json", "fixtures/switchbot.json"]), hdr(g, [
        "{", '  "statusCode": 100,', '  "body": {', '    "deviceList": [', ",\n".join(devs), "    ],",
        '    "infraredRemoteList": []', "  },", '  "message": "success"', "}"])


@neg("Netatmo", "station-and-home-ids")
def l_netatmo_station(g):
    return g.pick(["netatmo/stationsdata.json", "fixtures/netatmo.json"]), hdr(g, [
        "{",
        '  "body": {',
        '    "devices": [{"_id": "%s", "station_name": "%s", "type": "NAMain", "home_id": "%s", "firmware": %d,' % (
            g.mac(oui=["70", "ee", "50"]), g.nice(), g.hexs(24), g.r.randint(150, 200)),
        '      "modules": [{"_id": "%s", "type": "NAModule1", "module_name": "Outdoor", "battery_percent": %d}]}],' % (
            g.mac(oui=["02", "00", "00"]), g.r.randint(10, 100)),
        '    "user": {"mail": "%s", "administrative": {"lang": "en", "unit": 0}}' % g.email(),
        "  },",
        '  "status": "ok",',
        '  "time_exec": 0.0%d' % g.r.randint(10, 99),
        "}",
    ])


@neg("Netatmo", "public-client-id")
def l_netatmo_client_id(g):
    return g.pick(["config/netatmo.yaml", "netatmo/app.yaml"]), hdr(g, [
        "netatmo:",
        "  client_id: %s" % g.hexs(24),
        "  client_secret: ${NETATMO_CLIENT_SECRET}",
        "  scopes: [read_station, read_thermostat]",
        "  redirect_uri: http://localhost:8080/callback",
    ])


@neg("Sonos", "household-and-player-ids")
def l_sonos_groups(g):
    hh = "Sonos_" + g.s(ALNUM, 32)
    lines = ["{", '  "householdId": "%s",' % hh, '  "groups": [']
    n = g.r.randint(1, 3)
    for i in range(n):
        rid = "RINCON_%s01400" % g.hexs(12, True)
        lines.append('    {"id": "%s:%d", "name": "%s", "coordinatorId": "%s", "playbackState": "PLAYBACK_STATE_IDLE"}%s' % (
            rid, g.r.randint(1, 900), g.nice(), rid, "," if i < n - 1 else ""))
    lines += ["  ]", "}"]
    return g.pick(["sonos/groups.json", "fixtures/sonos_groups.json"]), hdr(g, lines)


@neg("Sonos", "public-client-key")
def l_sonos_client_key(g):
    return g.pick(["sonos/sonos.properties", "src/main/resources/sonos.properties"]), hdr(g, [
        "sonos.oauth.client-key=%s" % g.uuid(),
        "sonos.oauth.client-password=${SONOS_CLIENT_SECRET}",
        "sonos.oauth.redirect=https://home.%s/sonos/callback" % g.pick(DOMAINS),
    ])


@neg("tado", "public-device-flow-client-id")
def l_tado_public_client(g):
    return g.pick(["heating/tado_login.py", "scripts/tado_device_flow.py"]), hdr(g, [
        "import requests",
        "",
        "# tado's public client id for the OAuth2 device code flow (no secret involved)",
        'CLIENT_ID = "1bb50063-6b0c-4d11-bd99-387f4a91cc46"',
        "",
        'r = requests.post("https://login.tado.com/oauth2/device_authorize",',
        '                  data={"client_id": CLIENT_ID, "scope": "offline_access"})',
        'print("Open", r.json()["verification_uri_complete"])',
    ])


@neg("Tuya", "public-access-id")
def l_tuya_access_id(g):
    return g.pick(["tuya/config.py", "scripts/tuya_settings.py"]), hdr(g, [
        "import os",
        "",
        "# Access ID is the project identifier; the Access Secret comes from the environment",
        'ACCESS_ID = "%s"' % tuya_id(g),
        'ACCESS_SECRET = os.environ["TUYA_ACCESS_SECRET"]',
        'ENDPOINT = "https://openapi.tuyaeu.com"',
        'USER_ID = "%s"' % (g.pick(["eu", "az"]) + str(g.r.randint(10 ** 15, 10 ** 16))),
    ])


@neg("Wyze", "camera-macs-and-key-id")
def l_wyze_cams(g):
    lines = ["# Wyze cameras", "", "Key ID (not secret): `%s`" % g.uuid(), "", "| Name | MAC | Model | FW |", "|---|---|---|---|"]
    for _ in range(g.r.randint(2, 5)):
        lines.append("| %s | %s | %s | 4.%d.%d.%d |" % (g.nice(), "2CAA8E" + g.hexs(6, True), g.pick(["WYZE_CAKP2JFUS", "HL_CAM3P", "WYZEDB3"]),
                                                       g.r.randint(9, 61), g.r.randint(1, 9), g.r.randint(100, 9999)))
    return g.pick(["docs/wyze.md", "wyze/README.md"]), hdr(g, lines)


@neg("Mosquitto", "passwd-hashes")
def l_mosquitto_passwd(g):
    lines = []
    for u in ["homeassistant", "zigbee2mqtt", "nodered", "tasmota", "esphome"][:g.r.randint(2, 5)]:
        if g.chance(0.6):
            lines.append("%s:$7$101$%s$%s" % (u, g.b64(12), g.b64(64)))
        else:
            lines.append("%s:$argon2id$v=19$m=65536,t=3,p=1$%s$%s" % (u, g.b64(16).rstrip("="), g.b64(32).rstrip("=")))
    return g.pick(["mosquitto/config/passwd", "mosquitto/passwd"]), hdr(g, lines)


@neg("Mosquitto", "config-no-secrets")
def l_mosquitto_conf(g):
    return g.pick(["mosquitto/config/mosquitto.conf", "mosquitto.conf"]), hdr(g, [
        "per_listener_settings false",
        "listener 1883",
        "listener 8883",
        "cafile /mosquitto/certs/ca.crt",
        "certfile /mosquitto/certs/server.crt",
        "keyfile /mosquitto/certs/server.key",
        "allow_anonymous false",
        "password_file /mosquitto/config/passwd",
        "acl_file /mosquitto/config/acl",
        "persistence true",
    ])


@neg("ESPHome", "compile-log-hashes")
def l_esphome_log(g):
    node = g.room().replace("_", "-")
    return g.pick(["logs/esphome-%s.log" % node, "build/%s-upload.log" % node]), hdr(g, [
        "INFO ESPHome %s" % g.ha_ver(),
        "INFO Reading configuration %s.yaml..." % node,
        "INFO Generating C++ source...",
        "INFO Compiling app...",
        "Linking .pioenvs/%s/firmware.elf" % node,
        "RAM:   [=         ]  %d.%d%% (used %d bytes from 327680 bytes)" % (g.r.randint(10, 14), g.r.randint(0, 9), g.r.randint(36000, 46000)),
        "INFO Successfully compiled program.",
        "INFO Connecting to %s port 3232..." % g.ip(),
        "INFO Connected to %s" % g.ip(),
        "INFO Uploading .pioenvs/%s/firmware.bin (%d bytes)" % (node, g.r.randint(900000, 1700000)),
        "INFO Compressed to %d bytes" % g.r.randint(500000, 900000),
        "INFO Firmware MD5 %s" % g.hexs(32),
        "Uploading: [============================================================] 100% Done...",
        "INFO Upload took %.2f seconds, waiting for result..." % g.r.uniform(5, 20),
        "INFO OTA successful",
        "[I][app:100]: ESPHome version %s compiled on %s" % (g.ha_ver(), g.date()),
        "[C][api:140]: API Server:  Address: %s.local:6053  Using noise encryption: YES" % node,
        "[C][wifi:600]:   BSSID: %s" % g.mac(upper=True),
    ])


@neg("ESPHome", "firmware-manifest-digests")
def l_esphome_manifest(g):
    name = g.pick(["atom-echo-voice", "bluetooth-proxy", "ratgdo", "apollo-msr"])
    return g.pick(["firmware/manifest.json", "docs/public/%s/manifest.json" % name]), hdr(g, [
        "{",
        '  "name": "%s",' % name,
        '  "version": "%s",' % g.ha_ver(),
        '  "home_assistant_domain": "esphome",',
        '  "builds": [',
        "    {",
        '      "chipFamily": "ESP32",',
        '      "ota": {"path": "%s.ota.bin", "md5": "%s", "sha256": "%s", "summary": "Update"},' % (name, g.hexs(32), g.hexs(64)),
        '      "parts": [{"path": "%s.factory.bin", "offset": 0}]' % name,
        "    }",
        "  ]",
        "}",
    ])


@neg("ESPHome", "secret-references")
def l_esphome_secret_refs(g):
    node = g.room().replace("_", "-") + "-bt-proxy"
    return g.pick(["esphome/%s.yaml" % node, "%s.yaml" % node]), hdr(g, [
        "esphome:",
        "  name: %s" % node,
        "esp32:",
        "  board: esp32dev",
        "api:",
        "  encryption:",
        "    key: !secret api_key_%s" % node.replace("-", "_"),
        "ota:",
        "  - platform: esphome",
        "    password: !secret ota_password",
        "wifi:",
        "  ssid: !secret wifi_ssid",
        "  password: !secret wifi_password",
        "  manual_ip:",
        "    static_ip: %s" % g.ip(),
        "    gateway: 192.168.1.1",
        "    subnet: 255.255.255.0",
        "bluetooth_proxy:",
        "  active: true",
    ])


@neg("Tasmota", "status-dump")
def l_tasmota_status(g):
    mac = g.mac(upper=True)
    return g.pick(["tasmota/status0-%s.json" % g.room(), "backups/tasmota_status.json"]), hdr(g, [
        "{",
        '  "Status": {"Module": 0, "DeviceName": "%s", "FriendlyName": ["%s"], "Topic": "tasmota_%s", "Power": 1},' % (
            g.nice(), g.nice(), mac.replace(":", "")[-6:]),
        '  "StatusFWR": {"Version": "13.%d.0(release-tasmota)", "BuildDateTime": "%sT%02d:%02d:%02d", "Core": "2_7_4_9", "SDK": "2.2.2-dev(38a443e)"},' % (
            g.r.randint(0, 4), g.date(), g.r.randint(0, 23), g.r.randint(0, 59), g.r.randint(0, 59)),
        '  "StatusNET": {"Hostname": "tasmota-%s-%04d", "IPAddress": "%s", "Mac": "%s"},' % (mac.replace(":", "")[-6:], g.r.randint(0, 9999), g.ip(), mac),
        '  "StatusMQT": {"MqttHost": "%s", "MqttPort": 1883, "MqttClient": "DVES_%s", "MqttUser": "DVES_USER", "MqttCount": 1}' % (
            g.ip(), mac.replace(":", "")[-6:]),
        "}",
    ])


@neg("Tasmota", "device-template")
def l_tasmota_template(g):
    gpio = [g.pick([0, 0, 0, 32, 224, 288, 320, 2720, 2656]) for _ in range(14)]
    return g.pick(["tasmota/templates/%s.json" % g.room(), "templates/plug.json"]), hdr(g, [
        json.dumps({"NAME": g.pick(["Athom Plug V2", "Gosund SP111", "BlitzWolf SHP6"]), "GPIO": gpio, "FLAG": 0, "BASE": 18})])


@neg("Home Assistant", "automation-device-ids")
def l_ha_automations(g):
    return g.pick(["automations.yaml", "homeassistant/automations.yaml"]), hdr(g, [
        "- id: '%d'" % g.r.randint(10 ** 12, 10 ** 13 - 1),
        "  alias: %s motion light" % g.nice(),
        "  trigger:",
        "  - platform: device",
        "    device_id: %s" % g.hexs(32),
        "    domain: zha",
        "    type: motion",
        "    subtype: motion",
        "    id: %s" % g.hexs(8),
        "  action:",
        "  - service: light.turn_on",
        "    target:",
        "      entity_id: light.%s_ceiling" % g.room(),
        "  mode: restart",
    ])


@neg("Node-RED", "flow-node-ids")
def l_nodered_flows(g):
    tab = g.hexs(16)
    srv = g.hexs(16)
    return g.pick(["node-red/flows.json", "flows.json"]), hdr(g, [
        "[",
        '  {"id": "%s", "type": "tab", "label": "Lights", "disabled": false},' % tab,
        '  {"id": "%s", "type": "server", "name": "Home Assistant", "addon": true},' % srv,
        '  {"id": "%s", "type": "server-state-changed", "z": "%s", "server": "%s", "entityidfilter": "binary_sensor.%s_motion", "x": 180, "y": 120, "wires": [["%s"]]},' % (
            g.hexs(16), tab, srv, g.room(), g.hexs(16)),
        '  {"id": "%s", "type": "api-call-service", "z": "%s", "server": "%s", "service_domain": "light", "service": "turn_on", "x": 460, "y": 120, "wires": [[]]}' % (
            g.hexs(16), tab, srv),
        "]",
    ])


@neg("Node-RED", "encrypted-credentials-blob")
def l_nodered_cred_encrypted(g):
    return g.pick(["node-red/flows_cred.json", ".node-red/flows_cred.json"]), hdr(g, [
        '{"$": "%s"}' % (g.hexs(32) + g.b64(g.r.randint(60, 140)))])


@neg("Home Assistant", "image-digests")
def l_compose_digests(g):
    return g.pick(["docker-compose.yml", "stack/home.yml"]), hdr(g, [
        "services:",
        "  homeassistant:",
        "    image: ghcr.io/home-assistant/home-assistant:stable@sha256:%s" % g.hexs(64),
        "    network_mode: host",
        "    volumes:",
        "      - ./config:/config",
        "      - /etc/localtime:/etc/localtime:ro",
        "    environment:",
        "      - TZ=Europe/Berlin",
        "  zigbee2mqtt:",
        "    image: koenkk/zigbee2mqtt:latest@sha256:%s" % g.hexs(64),
        "    devices:",
        "      - /dev/serial/by-id/usb-ITead_Sonoff_Zigbee_3.0_USB_Dongle_Plus_%s-if00-port0:/dev/ttyACM0" % g.hexs(32),
    ])


@neg("Home Assistant", "hacs-commit-shas")
def l_hacs_manifest(g):
    return g.pick(["custom_components/%s/manifest.json" % g.pick(["govee", "meross_lan", "localtuya"]), "manifest.json"]), hdr(g, [
        "{",
        '  "domain": "%s",' % g.pick(["govee", "meross_lan", "localtuya"]),
        '  "name": "%s",' % g.pick(["Govee", "Meross LAN", "LocalTuya"]),
        '  "codeowners": ["@%s"],' % g.pick(FIRST),
        '  "config_flow": true,',
        '  "iot_class": "local_polling",',
        '  "requirements": ["pycryptodome==3.%d.0"],' % g.r.randint(15, 20),
        '  "version": "%s",' % g.ver(),
        '  "x_commit": "%s"' % g.hexs(40),
        "}",
    ])


@neg("Home Assistant", "device-inventory-csv")
def l_inventory_csv(g):
    rows = ["name,vendor,mac,ip,serial,firmware"]
    for _ in range(g.r.randint(5, 12)):
        v = g.pick(["Shelly", "Sonos", "Hue", "ecobee", "Nest", "Ring", "Wyze", "eufy"])
        rows.append("%s %s,%s,%s,%s,%s,%s" % (g.nice(), g.pick(["plug", "cam", "speaker", "hub"]), v, g.mac(upper=True), g.ip(),
                                          g.s(UPPER + DIGITS, 12), g.ver()))
    return g.pick(["docs/network/devices.csv", "inventory.csv"]), hdr(g, rows)


@neg("Zigbee2MQTT", "ota-index-digests")
def l_z2m_ota_index(g):
    items = []
    for _ in range(g.r.randint(2, 4)):
        items.append('  {"fileVersion": %d, "fileSize": %d, "manufacturerCode": %d, "imageType": %d, "sha512": "%s", "url": "https://otau.meethue.com/storage/ZGB_100B_0119/%s/%s.sbl-ota"}' % (
            g.r.randint(10 ** 7, 10 ** 9), g.r.randint(200000, 400000), g.pick([4107, 4476, 4417]), g.r.randint(256, 300),
            g.hexs(128), g.uuid(), g.pick(["Sensor", "Light", "Switch"])))
    return g.pick(["zigbee2mqtt/ota/index.json", "ota/index.json"]), hdr(g, ["["] + [",\n".join(items)] + ["]"])


@neg("Home Assistant", "ble-tracker-macs")
def l_known_devices(g):
    out = []
    for _ in range(g.r.randint(2, 5)):
        n = g.pick(FIRST)
        out += ["%s_%s:" % (n, g.pick(["phone", "watch", "tile"])), "  name: %s" % n.title(),
                "  mac: BLE_%s" % g.mac(upper=True), "  icon:", "  picture:", "  track: true"]
    out += ["ibeacon_car:", "  name: Car beacon", "  mac: %s_100_%d" % (g.uuid(), g.r.randint(1, 400)), "  track: true"]
    return g.pick(["known_devices.yaml", "homeassistant/known_devices.yaml"]), hdr(g, out)


@neg("Home Assistant", "ssh-public-key")
def l_ssh_pubkey(g):
    return g.pick(["addons/ssh/authorized_keys", "ssh/authorized_keys.pub"]), hdr(g, [
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s" % (g.b64(32)[:43], g.pick(FIRST), g.pick(["laptop", "desktop", "nas"])),
        "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ%s %s@%s" % (g.b64(384).rstrip("="), g.pick(FIRST), g.pick(["laptop", "desktop"])),
    ])


@neg("Philips Hue", "bridge-certificate")
def l_hue_cert(g):
    body = g.b64(g.r.randint(520, 620))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return g.pick(["hue/bridge-ca.pem", "certs/hue_bridge.crt"]), hdr(g, ["-----BEGIN CERTIFICATE-----"] + lines + ["-----END CERTIFICATE-----"])


@neg("Home Assistant", "startup-log-ids")
def l_ha_log(g):
    lines = []
    for _ in range(g.r.randint(5, 9)):
        lines.append("%s %s (MainThread) [%s] %s" % (g.stamp(), g.pick(["INFO", "WARNING", "DEBUG"]),
                                                    g.pick(["homeassistant.config_entries", "homeassistant.components.zha", "homeassistant.setup"]),
                                                    g.pick(["Setting up entry %s for shelly" % g.hexs(32),
                                                            "Device %s (%s) joined" % (g.ieee(), g.mac()),
                                                            "Config entry '%s' for hue integration not ready yet" % g.nice(),
                                                            "Loaded %s from custom_components (version %s)" % (g.pick(["govee", "localtuya"]), g.ver()),
                                                            "Instance id %s" % g.uuid()])))
    return g.pick(["home-assistant.log", "logs/home-assistant.log"]), hdr(g, lines)


@neg("ESPHome", "sha256sums")
def l_sha256sums(g):
    lines = ["%s  %s" % (g.hexs(64), f) for f in ["%s.factory.bin" % g.room(), "%s.ota.bin" % g.room(), "tasmota32.bin", "zigbee2mqtt-%s.tgz" % g.ver()]]
    return g.pick(["dist/SHA256SUMS", "firmware/SHA256SUMS.txt"]), hdr(g, lines)


@neg("Govee", "ble-advertisement-log")
def l_govee_ble(g):
    lines = []
    for _ in range(g.r.randint(4, 8)):
        lines.append("%s DEBUG [bleak] %s GVH5075_%s: rssi=%d manufacturer_data={60552: b'\\x00%s'}" % (
            g.stamp(), g.mac(upper=True), g.hexs(4, True), -g.r.randint(50, 95), "".join("\\x" + g.hexs(2) for _ in range(5))))
    return g.pick(["logs/ble_scan.log", "ble/govee_scan.log"]), hdr(g, lines)


@neg("Shelly", "mdns-discovery-log")
def l_shelly_mdns(g):
    lines = []
    for _ in range(g.r.randint(3, 7)):
        m = g.hexs(12)
        lines.append("%s shellyplus%s-%s._shelly._tcp.local. %s gen=2 app=Plus%s ver=%s" % (
            g.stamp(), g.pick(["1pm", "2pm", "plugs"]), m, g.ip(), g.pick(["1PM", "2PM", "PlugS"]), g.ver()))
    return g.pick(["logs/mdns.log", "scans/shelly_mdns.txt"]), hdr(g, lines)


@neg("Home Assistant", "network-notes")
def l_network_md(g):
    rows = ["# Home network", "", "| Host | IP | MAC | Notes |", "|---|---|---|---|"]
    for h in ["homeassistant", "mosquitto", "zigbee-coordinator", "hue-bridge", "nvr"]:
        rows.append("| %s | %s | %s | VLAN %d |" % (h, g.ip(), g.mac(), g.pick([10, 20, 30])))
    rows += ["", "Credentials are in 1Password (vault *Home*), not here."]
    return g.pick(["docs/network.md", "NETWORK.md"]), hdr(g, rows)


@neg("Wyze", "example-env-file")
def l_wyze_env_example(g):
    return g.pick([".env.example", "wyze-bridge/.env.sample"]), hdr(g, [
        "# copy to .env and fill in",
        "WYZE_EMAIL=",
        "WYZE_PASSWORD=",
        "API_ID=",
        "API_KEY=",
        "WB_AUTH=True",
    ])


@neg("ecobee", "placeholder-readme")
def l_ecobee_readme(g):
    return g.pick(["README.md", "docs/ecobee.md"]), hdr(g, [
        "## ecobee setup",
        "",
        "1. Create an app in the ecobee developer portal (authorization method: ecobee PIN).",
        "2. Put the API key in `secrets.yaml` as `ecobee_api_key: <32-character key>`.",
        "3. Restart; enter the PIN shown in the notification under *My Apps*.",
        "",
        "Thermostat serial for reference: `%d`." % g.r.randint(10 ** 11, 10 ** 12 - 1),
    ])


@neg("Home Assistant", "ulid-config-entries")
def l_config_entries(g):
    ents = []
    for _ in range(g.r.randint(2, 4)):
        ents.append('    {"entry_id": "01J%s", "domain": "%s", "title": "%s", "unique_id": "%s", "data": {"host": "%s"}}' % (
            g.s("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23), g.pick(["shelly", "esphome", "sonos"]), g.nice(), g.mac(sep="").lower(), g.ip()))
    return g.pick([".storage/core.config_entries", "backup/config_entries.json"]), hdr(g, [
        "{", '  "version": 1,', '  "data": {', '  "entries": [', ",\n".join(ents), "  ]", "  }", "}"])


@neg("Zigbee2MQTT", "coordinator-backup")
def l_z2m_backup(g):
    return g.pick(["zigbee2mqtt/coordinator_backup.json", "z2m/coordinator_backup.json"]), hdr(g, [
        "{",
        '  "metadata": {"format": "zigpy/open-coordinator-backup", "version": 1, "source": "zigbee-herdsman@0.%d.0"},' % g.r.randint(30, 60),
        '  "stack_specific": {"zstack": {}},',
        '  "coordinator_ieee": "%s",' % g.ieee()[2:],
        '  "pan_id": "%s",' % g.hexs(4),
        '  "extended_pan_id": "%s",' % g.hexs(16),
        '  "channel": %d,' % g.pick([11, 15, 20, 25]),
        '  "channel_mask": [%d],' % g.pick([11, 15, 20, 25]),
        '  "devices": [{"nwk_address": "%s", "ieee_address": "%s", "is_child": true}]' % (g.hexs(4), g.ieee()[2:]),
        "}",
    ])


# --------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------

N_POS = 500
N_NEG = 500
ENV_RE_BLOCKED = ("", ".local", ".production", ".development", ".prod", ".dev", ".staging", ".test")


def env_blocked(base):
    """True for names the scanner's policy blocks whatever they hold (.env*)."""
    if not base.startswith(".env"):
        return False
    return base[4:] in ENV_RE_BLOCKED or base[4:] not in (".example", ".sample")


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env") or base.endswith(".env"):
        return "env"
    if base.startswith("core."):
        return "json"
    if base == "passwd":
        return "passwd"
    if base == "authorized_keys":
        return "ssh"
    if base == "SHA256SUMS":
        return "txt"
    if base.startswith("docker-compose"):
        return "yml"
    if "." not in base:
        return "sh"
    ext = base.rsplit(".", 1)[-1]
    if ext.isdigit():
        return base.split(".")[-2]
    return ext


def neg_url(g, mode, h):
    env, sk = h["env"], h["sk"]
    if mode == "docexample" and h.get("docs"):
        return g.pick(h["docs"])
    if mode in ("placeholder", "docexample"):
        return g.pick(["YOUR_TOKEN", "<token>", "xxxxxxxxxxxxxxxx", "REPLACE_ME", "your_api_key", "PUT_KEY_HERE"])
    if mode == "masked":
        return g.pick(["****", "REDACTED", "%2A%2A%2A%2A%2A%2A", "xxxx"])
    if mode == "empty":
        return ""
    if mode == "envref":
        return g.pick(["${%s}" % env, "$%s" % env])
    if mode == "secretref":
        return "$(op read op://Home/%s/credential)" % sk
    return "{{ %s }}" % sk


def add_imports(lang, V, text):
    """Keep negatives plausible: import what an env / secret reference needs."""
    pre = []
    if lang == "py":
        if "os." in V and "import os" not in text:
            pre.append("import os")
        if "keyring." in V:
            pre.append("import keyring")
        if "vault." in V:
            pre += ["import hvac", "", "vault = hvac.Client()"]
    elif lang == "js" and "fs.readFileSync" in V and "fs" not in text.split("\n", 1)[0]:
        pre.append("import fs from 'node:fs';" if text.startswith("import ") else "const fs = require('fs');")
    if not pre:
        return text
    return "\n".join(pre) + "\n" + text


def line_of(text, needle):
    idx = text.index(needle)
    return text.count("\n", 0, idx) + 1


def write(outdir, rel, text):
    full = os.path.join(outdir, *rel.split("/"))
    d = os.path.dirname(full)
    if not os.path.isdir(d):
        os.makedirs(d)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_ge.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    rng = random.Random(seed)
    g = G(rng)
    assert len(POS) >= 60 and len(NEG) >= 40
    manifest, secrets_out = [], []
    needles = []
    env_files = 0

    # ---- positives
    order = []
    while len(order) < N_POS:
        block = list(range(len(POS)))
        rng.shuffle(block)
        order += block
    naming = {"conv": 0, "neutral": 0}
    for i, ti in enumerate(order[:N_POS]):
        t = POS[ti]
        secret = t["gen"](g)
        assert "\n" not in secret and secret.strip() == secret and len(secret) >= 12, (t["name"], secret)
        V = q(g, t["lang"], secret)
        h = dict(env=t["env"], sk=t["sk"], docs=t["docs"], neg=False,
                 envfile_ok=(env_files < N_POS // 25 and g.chance(0.5)))
        rel, text = t["fn"](g, V, h)
        base = rel.rsplit("/", 1)[-1]
        if base.startswith(".env"):
            env_files += 1
        f = "pos/p%04d/%s" % (i, rel)
        assert secret in text, (t["name"], secret)
        ln = line_of(text, secret)
        assert secret in text.split("\n")[ln - 1], (t["name"], ln)
        write(outdir, f, text)
        naming[t["naming"]] += 1
        needles.append(secret)
        manifest.append({"file": f, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(rel)})
        secrets_out.append({"file": f, "needle": secret, "line": ln})
    assert env_files <= N_POS // 20, env_files
    assert len(set(needles)) == len(needles)

    # ---- negatives: half re-used templates, half look-alikes
    neg_texts = []
    n_tpl = N_NEG // 2
    order = []
    while len(order) < n_tpl:
        block = list(range(len(POS)))
        rng.shuffle(block)
        order += block
    modes = []
    while len(modes) < n_tpl:
        block = list(NEG_MODES)
        rng.shuffle(block)
        modes += block
    for j in range(n_tpl):
        t = POS[order[j]]
        mode = modes[j]
        h = dict(env=t["env"], sk=t["sk"], docs=t["docs"], neg=True, envfile_ok=False)
        if t["negfn"]:
            V = t["negfn"](g, mode)
        elif t["lang"] == "url":
            V = neg_url(g, mode, h)
        else:
            V = negv(g, t["lang"], mode, h)
        rel, text = t["fn"](g, V, h)
        text = add_imports(t["lang"], V, text)
        neg_texts.append((rel, text, t["provider"], mode))
    order = []
    while len(order) < N_NEG - n_tpl:
        block = list(range(len(NEG)))
        rng.shuffle(block)
        order += block
    for j in range(N_NEG - n_tpl):
        t = NEG[order[j]]
        rel, text = t["fn"](g)
        neg_texts.append((rel, text, t["provider"], "lookalike-" + t["kind"]))
    perm = list(range(N_NEG))
    rng.shuffle(perm)
    for k, idx in enumerate(perm):
        rel, text, prov, kind = neg_texts[idx]
        base = rel.rsplit("/", 1)[-1]
        assert not env_blocked(base), rel
        for nd in needles:
            assert nd not in text, (rel, nd)
        f = "neg/n%04d/%s" % (k, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": prov, "kind": kind, "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets_out:
            fh.write(json.dumps(s) + "\n")

    # ---- re-read check: every needle is on its recorded line
    for s in secrets_out:
        with open(os.path.join(outdir, *s["file"].split("/")), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]
    sys.stderr.write("gen_ge: %d positive templates, %d look-alike templates; wrote %d pos, %d neg; "
                     "naming conv=%d neutral=%d; .env positives=%d\n" % (
                         len(POS), len(NEG), N_POS, N_NEG, naming["conv"], naming["neutral"], env_files))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
