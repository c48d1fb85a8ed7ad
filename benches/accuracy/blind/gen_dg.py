#!/usr/bin/env python3
"""Blind evaluation-set generator "dg" for keyhook: security cameras, NVRs, video
surveillance and physical access control.

EMPHASIS
  Credentials as they leak in camera / NVR / access-control projects:
  * camera passwords inside RTSP / ONVIF / tapo:// / Reolink FLV URLs (Frigate
    config.yml, go2rtc.yaml, Home Assistant generic cameras, VLC .m3u/.xspf
    playlists, ffmpeg shell scripts, systemd units, motionEye camera-N.conf);
  * Frigate (MQTT password, ONVIF password, FRIGATE_RTSP_PASSWORD in compose /
    k8s Secret / GitHub Actions env, Frigate+ PLUS_API_KEY), go2rtc API password,
    mosquitto bridge remote_password;
  * Hikvision ISAPI digest, Dahua/Amcrest snapshot digest, Axis VAPIX,
    Reolink JSON login, Neolink TOML, NVR channel-list JSON export, ONVIF SOAP
    UsernameToken PasswordText, runbook markdown;
  * Blue Iris JSON API, Shinobi (API key in URL path, conf.json DB password),
    ZoneMinder (API login, ZM_DB_PASS, ZM_AUTH_HASH_SECRET), Scrypted webhook
    bearer, Milestone XProtect IDP password grant, Genetec Web SDK password and
    Basic header;
  * Home Assistant long-lived access tokens (HS256 JWT), UniFi Protect
    integration X-API-KEY, Verkada x-api-key (Python, PowerShell), Eagle Eye
    Networks OAuth client secret, Wyze developer API key and lvtx. refresh
    token, Ring refresh token (ring-client-api, Homebridge), Arlo and Eufy
    account passwords;
  * access control: Brivo api-key and OAuth client secret, Avigilon Alta
    (Openpath) login password and JWT, Kisi KISI-LOGIN key, ProdataKey OAuth
    client secret, OSDP secure-channel key (SCBK), door-controller passwords.
  File types: Frigate YAML, go2rtc YAML, Home Assistant YAML, compose, k8s,
  Ansible vars, GitHub Actions, Python, JavaScript, shell, PowerShell, .m3u,
  .xspf, .env, INI, conf (motion / mosquitto / zm), JSON, XML, markdown, TOML,
  .properties, systemd units (plus CSV, log, nginx, SOPS, ansible-vault, txt
  in negatives).  Half of the positives use an obvious name (PASSWORD,
  API_KEY, ...), half a neutral one (a URL, positional argument, header,
  'k', 'BI_P', 'zm_opt_value_17', ...); manifest "obvious_name" records which.

USAGE
  python3 gen_dg.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Standard library only;
  all randomness comes from random.Random(SEED), so output is byte-identical
  for a given SEED.  manifest lines also carry "template" (and "obvious_name"
  for positives) besides file/label/provider/kind/filetype.

NEEDLE CONVENTIONS
  * needle = the secret exactly as written in the file, nothing around it:
    for URLs only the password part of user:password@ (not the user, host
    or scheme); for tapo://PASSWORD@host the password; for Reolink FLV URLs
    the password= value; for Shinobi the API key path segment.
  * id/secret pairs (Wyze API_ID + API_KEY, Brivo/EEN/PDK client id + secret,
    Verkada org_id + key): the needle is the secret half only.
  * Genetec Basic header: the needle is the base64 blob after "Basic ".
  * "Bearer <token>" / "KISI-LOGIN <key>": the needle is the token/key only.
  * When the same camera password is reused for several cameras of one NVR in
    the same file (realistic), it is still ONE credential; "line" is the first
    occurrence.
  * JWTs (HA token, Alta token) and base64 Ring tokens: the whole token.

NEGATIVES
  About half re-use the positive templates with the secret slot filled by a
  non-secret: Frigate {FRIGATE_RTSP_PASSWORD}-style substitutions, ${VAR} /
  %VAR% env references, placeholders (<password>, CHANGE_ME, YOUR_API_KEY,
  <paste token here>, ...), masked values (********, ***, REDACTED), empty
  values.  The kind is "<filler class>:<original kind>".  The other half are
  domain look-alikes: RTSP URLs without credentials or with env placeholders,
  Frigate/HA configs using only {FRIGATE_*} and !secret, secrets.yaml.example,
  README tables of factory-default logins shown as placeholders, camera
  inventory CSVs (serials, MACs, IPs, vault refs), NVR exports with masked
  passwords, ONVIF GetDeviceInformation / Hikvision deviceInfo XML, Frigate
  event ids, UniFi Protect camera ids (24-hex), Verkada webhook samples
  (UUIDs), docker image digests, ExternalSecret remoteRefs, SOPS ENC[...]
  ciphertext with an age recipient (public), ansible-vault ciphertext,
  keyring/env lookups, i18n "password" strings, SHA256SUMS of firmware,
  changelog commit hashes, RFC 7616 digest-auth test vector (Mufasa / "Circle
  of Life"), OSDP SCBK-D published default key, truncated JWT header in docs,
  Scrypted's documented SET_THIS_TO_SOME_RANDOM_TEXT placeholder, masked
  go2rtc log lines (admin:*****@), door schedules with facility codes.

DOUBTS
  Formats written from memory (not confirmed in provider docs):
  * UniFi OS / Protect integration API key: 32 chars [A-Za-z0-9_-].
  * Verkada API key: 40 alphanumerics (docs confirm x-api-key header and the
    /token exchange, not the key alphabet/length).
  * Frigate+ PLUS_API_KEY: "<uuid>:<64 hex>".
  * Wyze developer API key: 60 alphanumerics; refresh token "lvtx." prefix is
    from Wyze's support page but the body length/alphabet is a guess.
  * Ring refresh token: base64(JSON {"rt": ..., "hid": ...}) as used by
    ring-client-api; shape of "rt" guessed.
  * Brivo api-key: 24 lowercase alnum (Mashery-style); Brivo client secret,
    EEN client secret, ProdataKey client secret, Shinobi API key (30 alnum),
    Kisi API key (32 hex), Scrypted token, ZM_AUTH_HASH_SECRET: plausible
    random strings, lengths not documented.
  * Avigilon Alta (Openpath) token modelled as a JWT with sub/orgId claims.
  * Genetec Web SDK "username;appId:password" Basic scheme and Milestone
    "GrantValidatorClient" client_id are from memory.
  Labels a reviewer might dispute:
  * OSDP SCBK-D 303132...3F in a negative: it is the spec's published default
    install key, but a deployment still using it is weak.
  * Homebridge config.json "pin" (HomeKit setup code) is left in positives and
    negatives and treated as non-secret.
  * Client ids (PDK 20-char, EEN 32-hex) and Wyze API_ID UUIDs appear in
    negatives as public ids.
  * Masked/redacted values and the truncated HA JWT header are negatives.
  * Positive passwords in markdown runbooks and test captures are labelled
    positive (a real-looking password is a leak wherever it sits).

SEARCHES
  docs/pages corpora: Verkada API key / token endpoint (apidocs.verkada.com,
  verkadaModule PowerShell docs), UniFi Protect integration X-API-KEY (an
  unofficial Protect API doc page and a third-party integration doc), Frigate+
  PLUS_API_KEY env var (Frigate GitHub discussion), Kisi API key (Airbyte doc,
  kisi-client npm), Wyze "Creating an API Key" support page (Keyid/Apikey
  headers, lvtx. tokens), Brivo api-key + OAuth (Serval / SailPoint posts).
  Scanner-related material shown by searches: none.
"""

import json
import os
import sys
import base64
import hashlib
import random

# ---------------------------------------------------------------------------
# Context: every random choice goes through one random.Random(SEED).
# ---------------------------------------------------------------------------

CAMS = ["front_door", "driveway", "backyard", "garage", "porch", "side_gate",
        "loading_dock", "lobby", "parking_lot_east", "parking_lot_west",
        "doorbell", "kitchen", "nursery", "shed", "pool", "warehouse_1",
        "warehouse_2", "reception", "server_room", "north_fence", "entrance",
        "alley", "carport", "patio", "stairwell_b", "dock_door_3", "gate"]
VENDORS = ["hikvision", "dahua", "reolink", "axis", "amcrest", "tapo", "uniview",
           "annke", "lorex"]
USERS = ["admin", "frigate", "viewer", "nvr", "onvif", "service", "homeassistant",
         "rtsp", "operator", "cam", "stream"]
WORDS = ["Garage", "Driveway", "Maple", "Falcon", "Sunflower", "Harbor", "Copper",
         "Willow", "Tiger", "Granite", "Orchid", "Pepper", "Juniper", "Comet",
         "Badger", "Lantern", "Meadow", "Cobalt", "Raven", "Summit", "Biscuit",
         "Walnut", "Pelican", "Thunder", "Velvet", "Mango", "Pinecone", "Rocket",
         "Saturn", "Nimbus", "Otter", "Cactus", "Marble", "Ginger", "Hazel",
         "Blizzard", "Koala", "Quartz", "Tundra", "Zephyr"]
SMALL = ["dog", "cat", "house", "home", "cam", "night", "watch", "eye", "key",
         "lock", "door", "gate", "yard", "barn", "fox", "owl", "bear", "wolf"]
SITES = ["hq", "warehouse", "plant2", "store-114", "office-lon", "clinic", "depot",
         "campus-north", "home", "cabin", "lab"]
DOMAINS = ["acme-logistics.com", "northwind.io", "example-corp.net", "brightsmile.dental",
           "harborfreight-ops.org", "contoso.com", "pinecrest-hoa.org", "greenleaf.coop"]

B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
B64U = B62 + "-_"
LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


class Ctx:
    def __init__(self, rng):
        self.r = rng

    # -- primitive pickers
    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, prob):
        return self.r.random() < prob

    def rand(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.rand(HEX, n)

    def b62(self, n):
        return self.rand(B62, n)

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.ch("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def ip(self):
        a = self.ch(["192.168.1", "192.168.0", "192.168.10", "192.168.50", "10.0.20",
                     "10.10.40", "172.16.5", "192.168.88", "10.1.30"])
        return "%s.%d" % (a, self.r.randint(2, 250))

    def mac(self, sep=":"):
        oui = self.ch(["BC:AD:28", "3C:EF:8C", "EC:71:DB", "AC:CC:8E", "00:40:8C",
                       "98:DF:82", "E4:30:22", "2C:AA:8E", "24:5A:4C", "F0:9F:C2"])
        tail = ":".join(self.rand("0123456789ABCDEF", 2) for _ in range(3))
        return (oui + ":" + tail).replace(":", sep)

    def cam(self):
        return self.ch(CAMS)

    def cams(self, n):
        return self.r.sample(CAMS, n)

    def user(self):
        return self.ch(USERS)

    def port(self):
        return self.ch([554, 554, 554, 8554, 10554, 554])

    def year(self):
        return self.r.randint(2019, 2025)

    def date(self):
        return "%d-%02d-%02d" % (self.year(), self.r.randint(1, 12), self.r.randint(1, 28))

    def site(self):
        return self.ch(SITES)

    def domain(self):
        return self.ch(DOMAINS)

    def email(self):
        first = self.ch(["jmiller", "sarah.k", "ops", "facilities", "it-admin",
                         "d.nguyen", "security", "mike", "alex.r", "noc"])
        return "%s@%s" % (first, self.domain())

    def serial(self, vendor="hikvision"):
        if vendor == "hikvision":
            return "DS-2CD2%d43G2-I%d%02d%02dAAWR%s" % (
                self.r.randint(1, 3), self.year(), self.r.randint(1, 12),
                self.r.randint(1, 28), self.rand("0123456789", 9))
        if vendor in ("dahua", "amcrest"):
            return self.rand("0123456789ABCDEF", 7) + "PAZ" + self.rand("0123456789ABCDEF", 5)
        if vendor == "axis":
            return self.mac(sep="").upper()
        if vendor == "reolink":
            return "952700" + self.rand("0123456789", 4) + self.rand("ABCDEFGHJKLMNPQRSTUVWXYZ", 6)
        return self.rand("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 14)

    def case(self, words, style):
        ws = [w.lower() for w in words]
        if style == "snake":
            return "_".join(ws)
        if style == "camel":
            return ws[0] + "".join(w.capitalize() for w in ws[1:])
        if style == "pascal":
            return "".join(w.capitalize() for w in ws)
        if style == "kebab":
            return "-".join(ws)
        return "_".join(ws).upper()

    def name(self, hide, obvious, neutral):
        """Pick a variable/field name: obvious credential name or a neutral one."""
        return self.ch(neutral if hide else obvious)

    def indent(self):
        return self.ch(["  ", "  ", "    "])

    def q(self, s, quotes=("'", '"', "")):
        qq = self.ch(quotes)
        return qq + s + qq

    # ---- stream paths per vendor
    def stream_path(self, vendor, sub=False, ch=None):
        ch = ch or self.ch([1, 1, 1, 2, 3, 4])
        if vendor == "hikvision" or vendor == "annke":
            return "/Streaming/Channels/%d0%d" % (ch, 2 if sub else 1)
        if vendor in ("dahua", "amcrest", "lorex"):
            return "/cam/realmonitor?channel=%d&subtype=%d" % (ch, 1 if sub else 0)
        if vendor == "reolink":
            return "/h264Preview_0%d_%s" % (ch, "sub" if sub else "main")
        if vendor == "axis":
            return "/axis-media/media.amp?videocodec=h264&resolution=%s" % (
                "640x360" if sub else "1920x1080")
        if vendor == "tapo":
            return "/stream2" if sub else "/stream1"
        if vendor == "uniview":
            return "/unicast/c%d/s%d/live" % (ch, 1 if sub else 0)
        return "/live/ch0%d" % (1 if sub else 0)

    def rtsp(self, vendor, user, pw, ip=None, sub=False, port=None, ch=None):
        ip = ip or self.ip()
        port = port or self.port()
        auth = ""
        if user is not None:
            auth = "%s:%s@" % (user, pw) if pw is not None else "%s@" % user
        portpart = "" if (port == 554 and self.p(0.3)) else ":%d" % port
        return "rtsp://%s%s%s%s" % (auth, ip, portpart, self.stream_path(vendor, sub, ch))


# ---------------------------------------------------------------------------
# Secret generators (all fresh per file)
# ---------------------------------------------------------------------------

URL_SYMS = "!*_-.~"
ANY_SYMS = "!*_-.~#%^+=?"


def gen_human_pw(c, url_safe=True):
    syms = URL_SYMS if url_safe else ANY_SYMS
    w = c.ch(WORDS)
    style = c.r.randint(0, 7)
    if style == 0:
        s = "%s%d%s" % (w, c.year(), c.ch(syms))
    elif style == 1:
        s = "%s%s%s%02d" % (w, c.ch(syms), c.ch(WORDS), c.r.randint(0, 99))
    elif style == 2:
        s = "%s_%s%d" % (c.ch(SMALL), w.lower(), c.r.randint(100, 9999))
    elif style == 3:
        leet = w.replace("a", "@" if not url_safe else "4").replace("e", "3").replace("o", "0")
        s = "%s%s%d" % (leet, c.ch(syms), c.r.randint(10, 999))
    elif style == 4:
        s = "%s%s%s%s%d" % (c.ch(SMALL).capitalize(), c.ch(SMALL), c.ch(syms),
                             c.ch(WORDS), c.r.randint(1, 99))
    elif style == 5:
        s = "%s%d%s%s" % (w[:4], c.r.randint(1000, 99999), c.ch(SMALL), c.ch(syms))
    elif style == 6:
        s = "%s-%s-%s-%d" % (c.ch(SMALL), c.ch(WORDS).lower(), c.ch(SMALL), c.r.randint(2, 99))
    else:
        s = "%s%s%d%s%s" % (c.ch(WORDS), c.ch(WORDS), c.r.randint(1, 9), c.ch(syms), c.ch(syms))
    return s


def gen_strong_pw(c, url_safe=True, n=None):
    n = n or c.r.randint(16, 28)
    syms = URL_SYMS if url_safe else ANY_SYMS
    alpha = B62 * 3 + syms
    while True:
        s = c.rand(alpha, n)
        if any(ch.isdigit() for ch in s) and any(ch.isupper() for ch in s) and any(ch.islower() for ch in s):
            return s


def gen_pw(c, url_safe=True):
    return gen_human_pw(c, url_safe) if c.p(0.6) else gen_strong_pw(c, url_safe)


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def gen_ha_token(c):
    hdr = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    iat = c.r.randint(1650000000, 1740000000)
    body = b64url(json.dumps({"iss": c.hex(32), "iat": iat, "exp": iat + 315360000},
                             separators=(",", ":")).encode())
    sig = b64url(bytes(c.r.randint(0, 255) for _ in range(32)))
    return "%s.%s.%s" % (hdr, body, sig)


def gen_jwt_generic(c, claims):
    hdr = b64url(json.dumps({"alg": c.ch(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(claims, separators=(",", ":")).encode())
    siglen = 32 if "HS" in hdr else 256
    sig = b64url(bytes(c.r.randint(0, 255) for _ in range(siglen)))
    return "%s.%s.%s" % (hdr, body, sig)


def gen_frigate_plus(c):
    # DOUBT: Frigate+ key shape written from memory as "<uuid>:<64 hex>".
    return "%s:%s" % (c.uuid(), c.hex(64))


def gen_unifi_key(c):
    # DOUBT: UniFi OS integration API key shape from memory: 32 chars [A-Za-z0-9_-].
    return c.rand(B64U, 32)


def gen_verkada_key(c):
    # DOUBT: Verkada API key shape from memory: 40 alphanumerics.
    return c.b62(40)


def gen_een_secret(c):
    return c.b62(c.ch([32, 40]))


def gen_brivo_key(c):
    # DOUBT: Brivo (Mashery) api-key written from memory: 24 lowercase alnum.
    return c.rand(LOWER_ALNUM, 24)


def gen_brivo_secret(c):
    return c.b62(c.ch([32, 36, 40]))


def gen_kisi_key(c):
    # DOUBT: Kisi API key shape from memory: 32 hex.
    return c.hex(32)


def gen_pdk_secret(c):
    return c.rand(B64U, 43)


def gen_wyze_key(c):
    # DOUBT: Wyze developer API key written from memory: ~60 alphanumerics.
    return c.b62(60)


def gen_wyze_refresh(c):
    # Wyze support page shows tokens as "lvtx.xxxxxx"; body length is a guess.
    return "lvtx." + c.rand(B64U, c.ch([64, 86, 100]))


def gen_ring_refresh(c):
    # DOUBT: ring-client-api refresh token shape: base64(JSON{rt, hid}).
    inner = {"rt": "1/" + c.rand(B64U, 96), "hid": c.hex(32)}
    return base64.b64encode(json.dumps(inner, separators=(",", ":")).encode()).decode()


def gen_shinobi_key(c):
    # DOUBT: Shinobi API key shape from memory: 30 alphanumerics.
    return c.b62(30)


def gen_zm_secret(c):
    return c.b62(c.ch([24, 32, 40]))


def gen_scrypted_token(c):
    return c.hex(32) if c.p(0.5) else c.b62(40)


def gen_osdp_key(c):
    k = c.rand("0123456789ABCDEF", 32)
    return k


def gen_alta_token(c):
    iat = c.r.randint(1690000000, 1740000000)
    return gen_jwt_generic(c, {"sub": str(c.r.randint(100000, 999999)), "orgId": c.r.randint(1000, 99999),
                               "iat": iat, "exp": iat + 3600 * 24 * 365})


def gen_milestone_pw(c):
    return gen_pw(c, url_safe=False)


GENS = {
    "pw_url": lambda c: gen_pw(c, True),
    "pw_any": lambda c: gen_pw(c, False),
    "pw_strong": lambda c: gen_strong_pw(c, c.p(0.5)),
    "ha_token": gen_ha_token,
    "frigate_plus": gen_frigate_plus,
    "unifi_key": gen_unifi_key,
    "verkada_key": gen_verkada_key,
    "een_secret": gen_een_secret,
    "brivo_key": gen_brivo_key,
    "brivo_secret": gen_brivo_secret,
    "kisi_key": gen_kisi_key,
    "pdk_secret": gen_pdk_secret,
    "wyze_key": gen_wyze_key,
    "wyze_refresh": gen_wyze_refresh,
    "ring_refresh": gen_ring_refresh,
    "shinobi_key": gen_shinobi_key,
    "zm_secret": gen_zm_secret,
    "scrypted_token": gen_scrypted_token,
    "osdp_key": gen_osdp_key,
    "alta_token": gen_alta_token,
}

# Negative fillers for re-used positive templates, by slot kind.
NEG_FILL = {
    "url": ["{FRIGATE_RTSP_PASSWORD}", "{FRIGATE_RTSP_PASSWORD}", "${RTSP_PASSWORD}",
            "<password>", "PASSWORD", "********", "xxxxxxxx", "%CAM_PASS%", "REDACTED",
            "{FRIGATE_CAM_PASS}", "<redacted>"],
    "pw": ["", "<camera-password>", "CHANGE_ME", "********", "${NVR_PASSWORD}",
           "REPLACE_WITH_PASSWORD", "<redacted>", "your_password_here", "***",
           "{FRIGATE_MQTT_PASSWORD}", "${DOOR_CONTROLLER_PASSWORD}", "<set in vault>"],
    "key": ["YOUR_API_KEY", "<api-key>", "${API_KEY}", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "REDACTED", "***", "", "replace-with-your-token", "<paste token here>",
            "YOUR_TOKEN_HERE", "${SECRET_FROM_VAULT}", "****************"],
}


# ---------------------------------------------------------------------------
# Formatting helpers
# ---------------------------------------------------------------------------

def yq(v, force=None):
    """YAML scalar: quote when needed (or randomly when force is a Ctx)."""
    special = (v == "" or v[0] in "!*&%@`{[>|#?-:,'\"~" or ": " in v or " #" in v
               or v.lower() in ("yes", "no", "true", "false", "null", "on", "off"))
    if special:
        return '"%s"' % v
    if force is not None:
        return force.q(v, ("'", '"', "", ""))
    return v


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def J(obj, indent=2):
    return json.dumps(obj, indent=indent)


TEMPLATES = []     # positive-capable templates
NEG_TEMPLATES = []  # negative-only domain look-alikes


def tpl(provider, kind, filetype, gen, slot):
    def deco(fn):
        TEMPLATES.append(dict(fn=fn, provider=provider, kind=kind, filetype=filetype,
                              gen=gen, slot=slot, name=fn.__name__))
        return fn
    return deco


def ntpl(provider, kind, filetype):
    def deco(fn):
        NEG_TEMPLATES.append(dict(fn=fn, provider=provider, kind=kind, filetype=filetype,
                                  name=fn.__name__))
        return fn
    return deco


def frigate_tail(c, cam, roles_detect=True):
    ind = "  "
    out = [
        "    detect:",
        "      width: %d" % c.ch([640, 1280, 1920]),
        "      height: %d" % c.ch([360, 720, 1080]),
        "      fps: %d" % c.ch([5, 5, 10]),
        "    record:",
        "      enabled: %s" % c.ch(["true", "True"]),
        "      retain:",
        "        days: %d" % c.ch([3, 7, 14, 30]),
        "        mode: %s" % c.ch(["motion", "active_objects", "all"]),
    ]
    if c.p(0.6):
        out += ["    snapshots:", "      enabled: true", "      bounding_box: true"]
    if c.p(0.6):
        objs = c.r.sample(["person", "car", "dog", "cat", "package", "bicycle", "truck"], 3)
        out += ["    objects:", "      track:"] + ["        - %s" % o for o in objs]
    if c.p(0.3):
        out += ["    zones:", "      %s_zone:" % cam,
                "        coordinates: %d,%d,%d,%d,%d,%d,%d,%d" % tuple(c.r.randint(0, 1280) for _ in range(8))]
    return out


def frigate_head(c, mqtt_pw=None, mqtt_host=None):
    out = []
    if c.p(0.3):
        out.append("# Frigate NVR config - %s" % c.ch(["home lab", "shop", c.site(), "garage pi"]))
    out += ["mqtt:", "  enabled: true", "  host: %s" % (mqtt_host or c.ch([c.ip(), "mosquitto", "core-mosquitto"])),
            "  port: 1883"]
    if mqtt_pw is not None:
        out += ["  user: %s" % c.ch(["frigate", "mqtt", "mqtt_user", "nvr"]), "  password: %s" % mqtt_pw]
    out += ["", "detectors:"]
    det = c.ch(["coral", "ov", "cpu1", "tensorrt"])
    if det == "coral":
        out += ["  coral:", "    type: edgetpu", "    device: %s" % c.ch(["usb", "pci"])]
    elif det == "ov":
        out += ["  ov:", "    type: openvino", "    device: GPU"]
    elif det == "cpu1":
        out += ["  cpu1:", "    type: cpu", "    num_threads: 3"]
    else:
        out += ["  tensorrt:", "    type: tensorrt", "    device: 0"]
    out.append("")
    return out


# ---------------------------------------------------------------------------
# Positive-capable templates.  fn(c, v, hide) -> (relpath, text[, extra])
# extra may carry {"needle": ..., "provider": ...}.  c.neg is True when the
# template is being re-used for a negative (v is then a placeholder).
# ---------------------------------------------------------------------------

@tpl("frigate", "camera_rtsp_password", "frigate-yaml", "pw_url", "url")
def t_frigate_go2rtc(c, v, hide):
    vendor = c.ch(VENDORS)
    cams = c.cams(c.r.randint(1, 2))
    user = c.ch(["admin", "frigate", "viewer", "rtsp"])
    share = c.p(0.5)
    out = frigate_head(c, mqtt_pw=c.ch(['"{FRIGATE_MQTT_PASSWORD}"', None]))
    out += ["go2rtc:", "  streams:"]
    for i, cam in enumerate(cams):
        pw = v if (i == 0 or share) else "{FRIGATE_RTSP_PASSWORD}"
        ip, port, ch = c.ip(), c.port(), c.ch([1, 1, 2])
        out += ["    %s:" % cam, "      - %s" % c.rtsp(vendor, user, pw, ip=ip, port=port, ch=ch),
                "    %s_sub:" % cam, "      - %s" % c.rtsp(vendor, user, pw, ip=ip, sub=True, port=port, ch=ch)]
    out += ["", "cameras:"]
    for cam in cams:
        out += ["  %s:" % cam, "    ffmpeg:", "      inputs:",
                "        - path: rtsp://127.0.0.1:8554/%s" % cam,
                "          input_args: preset-rtsp-restream", "          roles: [record]",
                "        - path: rtsp://127.0.0.1:8554/%s_sub" % cam,
                "          input_args: preset-rtsp-restream", "          roles: [detect]"]
        out += frigate_tail(c, cam)
    if c.p(0.5):
        out += ["", "version: 0.14"]
    path = c.ch(["config/config.yml", "frigate/config.yml", "config.yml",
                 "docker/frigate/config/config.yaml", "homelab/frigate/config.yml"])
    return path, "\n".join(out) + "\n"


@tpl("frigate", "camera_rtsp_password", "frigate-yaml", "pw_url", "url")
def t_frigate_direct(c, v, hide):
    vendor = c.ch(VENDORS)
    cam = c.cam()
    user = c.ch(["admin", "frigate", "viewer"])
    out = frigate_head(c, mqtt_pw=c.ch(['"{FRIGATE_MQTT_PASSWORD}"', None, None]))
    out += ["cameras:", "  %s: # %s" % (cam, c.ch(["Hikvision bullet", "Reolink RLC-810A", "Dahua turret",
                                                   "Amcrest IP5M", "Axis P3245", "doorbell cam"])),
            "    enabled: true", "    ffmpeg:", "      hwaccel_args: %s" % c.ch(["preset-vaapi", "preset-intel-qsv-h264", "preset-nvidia-h264"]),
            "      inputs:",
            "        - path: %s" % c.rtsp(vendor, user, v),
            "          roles:", "            - detect", "            - record"]
    out += frigate_tail(c, cam)
    return c.ch(["config/config.yml", "frigate.yml", "frigate/config/config.yml"]), "\n".join(out) + "\n"


@tpl("frigate", "mqtt_password", "frigate-yaml", "pw_any", "pw")
def t_frigate_mqtt(c, v, hide):
    cams = c.cams(2)
    out = frigate_head(c, mqtt_pw=yq(v, c))
    out += ["cameras:"]
    vendor = c.ch(VENDORS)
    for cam in cams:
        out += ["  %s:" % cam, "    ffmpeg:", "      inputs:",
                "        - path: %s" % c.rtsp(vendor, "{FRIGATE_RTSP_USER}", "{FRIGATE_RTSP_PASSWORD}"),
                "          roles: [detect, record]"]
        out += frigate_tail(c, cam)
    return c.ch(["config/config.yml", "frigate/config.yml"]), "\n".join(out) + "\n"


@tpl("frigate", "onvif_password", "frigate-yaml", "pw_any", "pw")
def t_frigate_onvif(c, v, hide):
    cam = c.cam()
    vendor = c.ch(["hikvision", "dahua", "reolink", "amcrest", "tapo"])
    ip = c.ip()
    out = frigate_head(c, mqtt_pw=None)
    out += ["cameras:", "  %s:" % cam, "    ffmpeg:", "      inputs:",
            "        - path: %s" % c.rtsp(vendor, "{FRIGATE_RTSP_USER}", "{FRIGATE_RTSP_PASSWORD}", ip=ip),
            "          roles: [detect, record]",
            "    onvif:", "      host: %s" % ip, "      port: %d" % c.ch([80, 8000, 2020, 8080]),
            "      user: %s" % c.ch(["admin", "onvif", "ptz"]),
            "      password: %s" % yq(v, c)]
    if c.p(0.6):
        out += ["      autotracking:", "        enabled: true", "        calibrate_on_startup: false",
                "        zooming: absolute", "        track:", "          - person"]
    out += frigate_tail(c, cam)
    return c.ch(["config/config.yml", "frigate/config.yml"]), "\n".join(out) + "\n"


@tpl("go2rtc", "camera_stream_password", "go2rtc-yaml", "pw_url", "url")
def t_go2rtc(c, v, hide):
    cams = c.cams(c.r.randint(2, 4))
    out = []
    if c.p(0.5):
        out += ["# go2rtc streams for %s" % c.site(), ""]
    out += ["streams:"]
    real = c.r.randrange(len(cams))
    for i, cam in enumerate(cams):
        ip = c.ip()
        if i == real:
            kind = c.ch(["rtsp", "rtsp", "onvif", "tapo", "reolink_flv", "ffmpeg"])
            if kind == "rtsp":
                url = c.rtsp(c.ch(VENDORS), c.ch(["admin", "viewer"]), v, ip=ip)
            elif kind == "onvif":
                url = "onvif://%s:%s@%s:%d" % (c.ch(["admin", "onvif"]), v, ip, c.ch([80, 2020, 8000]))
            elif kind == "tapo":
                url = "tapo://%s@%s" % (v, ip)
            elif kind == "reolink_flv":
                url = "http://%s/flv?port=1935&app=bcs&stream=channel0_main.bcs&user=admin&password=%s" % (ip, v)
            else:
                url = "ffmpeg:%s#video=copy#audio=opus" % c.rtsp("hikvision", "admin", v, ip=ip)
            out += ["  %s:" % cam, "    - %s" % url]
        else:
            out += ["  %s:" % cam, "    - rtsp://%s:554%s" % (ip, c.stream_path(c.ch(VENDORS)))]
    out += ["", "api:", "  listen: \":1984\"", "", "rtsp:", "  listen: \":8554\""]
    if c.p(0.5):
        out += ["", "webrtc:", "  candidates:", "    - %s:8555" % c.ip(), "    - stun:8555"]
    if c.p(0.4):
        out += ["", "log:", "  level: info"]
    return c.ch(["go2rtc.yaml", "go2rtc/go2rtc.yaml", "config/go2rtc.yaml", "docker/go2rtc.yaml"]), "\n".join(out) + "\n"


@tpl("go2rtc", "api_password", "go2rtc-yaml", "pw_any", "pw")
def t_go2rtc_api(c, v, hide):
    cams = c.cams(2)
    out = ["api:", "  listen: \":1984\"", "  username: %s" % c.ch(["admin", "go2rtc", "ops"]),
           "  password: %s" % yq(v, c), "  origin: \"*\"", "", "streams:"]
    for cam in cams:
        out += ["  %s: rtsp://%s:554%s" % (cam, c.ip(), c.stream_path(c.ch(VENDORS)))]
    out += ["", "ffmpeg:", "  bin: ffmpeg", "  h264: \"-codec:v libx264 -g:v 30 -preset:v superfast\""]
    return c.ch(["go2rtc.yaml", "go2rtc/go2rtc.yaml"]), "\n".join(out) + "\n"


@tpl("home-assistant", "camera_rtsp_password", "ha-yaml", "pw_url", "url")
def t_ha_generic_camera(c, v, hide):
    cam = c.cam()
    vendor = c.ch(["hikvision", "dahua", "reolink", "amcrest", "axis"])
    ip = c.ip()
    snap = {"hikvision": "/ISAPI/Streaming/channels/101/picture", "dahua": "/cgi-bin/snapshot.cgi",
            "amcrest": "/cgi-bin/snapshot.cgi", "reolink": "/cgi-bin/api.cgi?cmd=Snap&channel=0",
            "axis": "/axis-cgi/jpg/image.cgi"}[vendor]
    out = ["homeassistant:", "  name: Home", "  unit_system: metric", "  time_zone: %s" % c.ch(["Europe/Berlin", "America/Chicago", "America/New_York", "Europe/London"]),
           "", "default_config:", "",
           "http:", "  use_x_forwarded_for: true", "  trusted_proxies:", "    - 172.30.33.0/24", "",
           "mqtt: !include mqtt.yaml", "", "camera:", "  - platform: generic",
           "    name: %s" % cam.replace("_", " ").title(),
           "    still_image_url: http://%s%s" % (ip, snap),
           "    stream_source: %s" % c.rtsp(vendor, "admin", v, ip=ip),
           "    verify_ssl: false", "",
           "automation: !include automations.yaml", "script: !include scripts.yaml"]
    return c.ch(["configuration.yaml", "homeassistant/configuration.yaml", "config/configuration.yaml"]), "\n".join(out) + "\n"


@tpl("home-assistant", "camera_password", "ha-yaml", "pw_any", "pw")
def t_ha_secrets(c, v, hide):
    cam = c.cam()
    key = c.name(hide, ["%s_cam_password" % cam, "nvr_password", "%s_password" % cam, "camera_password"],
                 ["%s_cam_p" % cam, "nvr_code", "%s_cam_auth" % cam, "%s_login" % cam])
    out = ["# Use this file to store secrets like usernames and passwords.",
           "# Learn more at https://www.home-assistant.io/docs/configuration/secrets/",
           "latitude: %.4f" % c.r.uniform(30, 55), "longitude: %.4f" % c.r.uniform(-120, 20),
           "elevation: %d" % c.r.randint(0, 900),
           "%s_cam_host: %s" % (cam, c.ip()),
           "%s_cam_username: admin" % cam,
           "%s: %s" % (key, yq(v, c)),
           "frigate_url: http://%s:5000" % c.ip(),
           "mqtt_broker: %s" % c.ip(),
           "internal_url: http://homeassistant.local:8123"]
    return c.ch(["secrets.yaml", "homeassistant/secrets.yaml", "config/secrets.yaml"]), "\n".join(out) + "\n"


@tpl("home-assistant", "long_lived_access_token", "shell", "ha_token", "key")
def t_ha_token_sh(c, v, hide):
    cam = c.cam()
    var = c.name(hide, ["HA_TOKEN", "HASS_TOKEN", "HOMEASSISTANT_TOKEN", "LLAT"], ["HA_HDR", "H", "AUTHZ", "BEARER"])
    out = ["#!/usr/bin/env bash", "# Grab a snapshot from the %s camera via Home Assistant and push it to the NAS" % cam,
           "set -euo pipefail", "",
           "HA_URL=\"http://%s:8123\"" % c.ip()]
    out.append("%s=\"%s\"" % (var, v))
    out += ["OUT=/mnt/nas/snapshots/$(date +%Y%m%d-%H%M%S)-" + cam + ".jpg", "",
            "curl -sf -H \"Authorization: Bearer ${%s}\" \\" % var,
            "     \"${HA_URL}/api/camera_proxy/camera.%s\" -o \"$OUT\"" % cam,
            "echo \"saved $OUT\""]
    return c.ch(["scripts/snapshot.sh", "bin/ha-snapshot.sh", "tools/grab_snapshot.sh"]), "\n".join(out) + "\n"


@tpl("home-assistant", "long_lived_access_token", "python", "ha_token", "key")
def t_ha_token_py(c, v, hide):
    cam = c.cam()
    out = ["\"\"\"Poll Frigate events and mirror them into Home Assistant input_text helpers.\"\"\"",
           "import time", "import requests", "",
           "FRIGATE = \"http://%s:5000\"" % c.ip(), "HASS = \"http://%s:8123\"" % c.ip()]
    if hide:
        out += ["SESSION = requests.Session()",
                "SESSION.headers.update({\"Authorization\": \"Bearer %s\"})" % v]
    else:
        out += ["HASS_TOKEN = \"%s\"" % v, "SESSION = requests.Session()",
                "SESSION.headers.update({\"Authorization\": f\"Bearer {HASS_TOKEN}\"})"]
    out += ["", "",
            "def latest_event(camera):",
            "    r = requests.get(f\"{FRIGATE}/api/events\", params={\"camera\": camera, \"limit\": 1}, timeout=5)",
            "    r.raise_for_status()", "    ev = r.json()", "    return ev[0] if ev else None", "", "",
            "def main():", "    while True:",
            "        ev = latest_event(\"%s\")" % cam,
            "        if ev:",
            "            SESSION.post(f\"{HASS}/api/services/input_text/set_value\",",
            "                         json={\"entity_id\": \"input_text.last_%s_event\", \"value\": ev[\"label\"]})" % cam,
            "        time.sleep(%d)" % c.ch([5, 10, 30]), "", "",
            "if __name__ == \"__main__\":", "    main()"]
    return c.ch(["frigate_bridge.py", "scripts/frigate_to_ha.py", "tools/event_mirror.py"]), "\n".join(out) + "\n"


@tpl("frigate", "camera_rtsp_password", "compose-yaml", "pw_url", "pw")
def t_compose_frigate(c, v, hide):
    out = ["version: \"3.9\"", "services:", "  frigate:", "    container_name: frigate", "    privileged: true",
           "    restart: unless-stopped", "    image: ghcr.io/blakeblackshear/frigate:%s" % c.ch(["stable", "0.14.1", "0.13.2", "0.15.0"]),
           "    shm_size: \"%dmb\"" % c.ch([128, 256, 512]),
           "    devices:", "      - /dev/bus/usb:/dev/bus/usb", "      - /dev/dri/renderD128:/dev/dri/renderD128",
           "    volumes:", "      - /etc/localtime:/etc/localtime:ro", "      - ./config:/config",
           "      - /mnt/storage:/media/frigate",
           "      - type: tmpfs", "        target: /tmp/cache", "        tmpfs:", "          size: 1000000000",
           "    ports:", "      - \"8971:8971\"", "      - \"8554:8554\"", "      - \"8555:8555/tcp\"", "      - \"8555:8555/udp\"",
           "    environment:"]
    if c.p(0.5):
        out += ["      FRIGATE_RTSP_USER: %s" % c.ch(["admin", "viewer"]),
                "      FRIGATE_RTSP_PASSWORD: %s" % c.q(v, ('"', "'"))]
    else:
        out += ["      - FRIGATE_RTSP_USER=%s" % c.ch(["admin", "viewer"]),
                "      - FRIGATE_RTSP_PASSWORD=%s" % v]
    return c.ch(["docker-compose.yml", "frigate/docker-compose.yml", "compose.yaml"]), "\n".join(out) + "\n"


@tpl("frigate", "frigate_plus_api_key", "compose-yaml", "frigate_plus", "key")
def t_compose_frigate_plus(c, v, hide):
    out = ["services:", "  frigate:", "    image: ghcr.io/blakeblackshear/frigate:stable", "    restart: unless-stopped",
           "    shm_size: \"256mb\"", "    volumes:", "      - ./config:/config", "      - ./media:/media/frigate",
           "    ports:", "      - \"5000:5000\"", "      - \"8554:8554\"", "    environment:",
           "      - FRIGATE_RTSP_PASSWORD=${FRIGATE_RTSP_PASSWORD}",
           "      - PLUS_API_KEY=%s" % v, "      - TZ=%s" % c.ch(["Europe/Amsterdam", "America/Denver", "Australia/Sydney"]),
           "", "  mqtt:", "    image: eclipse-mosquitto:2", "    volumes:", "      - ./mosquitto:/mosquitto/config",
           "    ports:", "      - \"1883:1883\""]
    return c.ch(["docker-compose.yml", "nvr/docker-compose.yaml"]), "\n".join(out) + "\n"


@tpl("wyze", "wyze_api_key", "compose-yaml", "wyze_key", "key")
def t_compose_wyze(c, v, hide):
    out = ["services:", "  wyze-bridge:", "    container_name: wyze-bridge", "    restart: unless-stopped",
           "    image: mrlt8/wyze-bridge:latest", "    ports:", "      - 1935:1935", "      - 8554:8554",
           "      - 8888:8888", "      - 5000:5000", "    environment:",
           "      - WYZE_EMAIL=%s" % c.email(), "      - WYZE_PASSWORD=${WYZE_PASSWORD}",
           "      - API_ID=%s" % c.uuid(), "      - API_KEY=%s" % v,
           "      - ENABLE_AUDIO=True", "      - SNAPSHOT=RTSP%d" % c.ch([1, 5, 15])]
    return c.ch(["docker-compose.yml", "wyze/docker-compose.yml", "stacks/wyze-bridge.yml"]), "\n".join(out) + "\n"


@tpl("scrypted", "webhook_update_token", "compose-yaml", "scrypted_token", "key")
def t_compose_scrypted(c, v, hide):
    out = ["# Scrypted NVR on the basement mini-pc", "services:", "  scrypted:",
           "    image: ghcr.io/koush/scrypted", "    environment:",
           "      - SCRYPTED_WEBHOOK_UPDATE_AUTHORIZATION=Bearer %s" % v,
           "      - SCRYPTED_WEBHOOK_UPDATE=http://localhost:10444/v1/update",
           "    container_name: scrypted", "    restart: unless-stopped", "    network_mode: host",
           "    volumes:", "      - ~/.scrypted/volume:/server/volume", "      - /mnt/nvr:/nvr",
           "    devices:", "      - /dev/dri:/dev/dri",
           "    logging:", "      driver: \"json-file\"", "      options:", "        max-size: \"10m\"", "        max-file: \"10\""]
    return c.ch(["docker-compose.yml", "scrypted/docker-compose.yml"]), "\n".join(out) + "\n"


@tpl("generic-ipcam", "camera_rtsp_password", "python", "pw_url", "url")
def t_py_opencv(c, v, hide):
    vendor = c.ch(VENDORS)
    ip = c.ip()
    out = ["import cv2", "import datetime", "import os", ""]
    if hide:
        out += ["SRC = \"%s\"" % c.rtsp(vendor, "admin", v, ip=ip)]
    else:
        out += ["CAM_IP = \"%s\"" % ip, "CAM_USER = \"admin\"", "CAM_PASSWORD = \"%s\"" % v,
                "SRC = f\"rtsp://{CAM_USER}:{CAM_PASSWORD}@{CAM_IP}:554%s\"" % c.stream_path(vendor)]
    out += ["OUT_DIR = os.path.expanduser(\"~/timelapse/%s\")" % c.cam(), "", "",
            "def grab():", "    cap = cv2.VideoCapture(SRC, cv2.CAP_FFMPEG)",
            "    ok, frame = cap.read()", "    cap.release()", "    if not ok:",
            "        raise RuntimeError(\"no frame from camera\")",
            "    name = datetime.datetime.now().strftime(\"%Y%m%d_%H%M%S.jpg\")",
            "    cv2.imwrite(os.path.join(OUT_DIR, name), frame)", "", "",
            "if __name__ == \"__main__\":", "    os.makedirs(OUT_DIR, exist_ok=True)", "    grab()"]
    return c.ch(["timelapse.py", "scripts/grab_frame.py", "tools/snapshot.py", "cv/capture.py"]), "\n".join(out) + "\n", {"provider": vendor}


@tpl("hikvision", "isapi_password", "python", "pw_any", "pw")
def t_py_hik_isapi(c, v, hide):
    ip = c.ip()
    out = ["#!/usr/bin/env python3", "\"\"\"Reboot Hikvision cameras that stopped recording (ISAPI).\"\"\"",
           "import requests", "from requests.auth import HTTPDigestAuth", "",
           "CAMERAS = [%s]" % ", ".join('"%s"' % c.ip() for _ in range(c.r.randint(1, 3))) , ""]
    if hide:
        out += ["AUTH = HTTPDigestAuth(\"admin\", \"%s\")" % v]
    else:
        out += ["HIK_USER = \"admin\"", "HIK_PASSWORD = \"%s\"" % v, "AUTH = HTTPDigestAuth(HIK_USER, HIK_PASSWORD)"]
    out += ["", "",
            "def status(host):",
            "    r = requests.get(f\"http://{host}/ISAPI/ContentMgmt/record/tracks/101\", auth=AUTH, timeout=5)",
            "    r.raise_for_status()", "    return r.text", "", "",
            "def reboot(host):",
            "    requests.put(f\"http://{host}/ISAPI/System/reboot\", auth=AUTH, timeout=5)", "", "",
            "for cam in CAMERAS:", "    try:", "        status(cam)", "    except requests.RequestException as exc:",
            "        print(f\"{cam}: {exc}; rebooting\")", "        reboot(cam)"]
    return c.ch(["scripts/hik_watchdog.py", "hik_reboot.py", "ops/cameras/watchdog.py"]), "\n".join(out) + "\n"


@tpl("reolink", "camera_password", "python", "pw_any", "pw")
def t_py_reolink(c, v, hide):
    ip = c.ip()
    out = ["import json", "import urllib.request", "", "HOST = \"%s\"" % ip, ""]
    if hide:
        out += ["LOGIN = [{\"cmd\": \"Login\", \"param\": {\"User\": {\"Version\": \"0\", \"userName\": \"admin\", \"password\": \"%s\"}}}]" % v]
    else:
        out += ["REOLINK_USER = \"admin\"", "REOLINK_PASS = \"%s\"" % v,
                "LOGIN = [{\"cmd\": \"Login\", \"param\": {\"User\": {\"Version\": \"0\", \"userName\": REOLINK_USER, \"password\": REOLINK_PASS}}}]"]
    out += ["", "", "def call(body, token=None):",
            "    url = f\"https://{HOST}/api.cgi?cmd={body[0]['cmd']}\"",
            "    if token:", "        url += f\"&token={token}\"",
            "    req = urllib.request.Request(url, data=json.dumps(body).encode(), headers={\"Content-Type\": \"application/json\"})",
            "    with urllib.request.urlopen(req, timeout=10) as resp:", "        return json.load(resp)", "", "",
            "token = call(LOGIN)[0][\"value\"][\"Token\"][\"name\"]",
            "info = call([{\"cmd\": \"GetDevInfo\", \"action\": 0, \"param\": {}}], token)",
            "print(info[0][\"value\"][\"DevInfo\"][\"firmVer\"])"]
    return c.ch(["reolink_info.py", "scripts/reolink_fw.py", "tools/reolink_api.py"]), "\n".join(out) + "\n"


@tpl("blue-iris", "nvr_password", "python", "pw_any", "pw")
def t_py_blueiris(c, v, hide):
    out = ["import hashlib", "import requests", "", "BI = \"http://%s:81/json\"" % c.ip()]
    pwname = c.name(hide, ["BI_PASSWORD", "PASSWORD", "bi_pass"], ["BI_P", "RESP_SEED", "CRED"])
    out += ["BI_USER = \"%s\"" % c.ch(["admin", "api", "automation"]), "%s = \"%s\"" % (pwname, v), "", "",
            "def login():", "    s = requests.post(BI, json={\"cmd\": \"login\"}).json()[\"session\"]",
            "    resp = hashlib.md5(f\"{BI_USER}:{s}:{%s}\".encode()).hexdigest()" % pwname,
            "    r = requests.post(BI, json={\"cmd\": \"login\", \"session\": s, \"response\": resp}).json()",
            "    assert r[\"result\"] == \"success\", r", "    return s", "", "",
            "def trigger(session, cam):",
            "    return requests.post(BI, json={\"cmd\": \"trigger\", \"camera\": cam, \"session\": session}).json()", "", "",
            "if __name__ == \"__main__\":", "    sess = login()", "    print(trigger(sess, \"%s\"))" % c.ch(["FrontDr", "Drvwy", "Garage", "BackYd"])]
    return c.ch(["blueiris_trigger.py", "scripts/bi_trigger.py", "automation/blueiris.py"]), "\n".join(out) + "\n"


@tpl("unifi-protect", "unifi_api_key", "python", "unifi_key", "key")
def t_py_unifi(c, v, hide):
    host = c.ch(["https://%s" % c.ip(), "https://unvr.local", "https://udm-pro.lan"])
    out = ["\"\"\"List UniFi Protect cameras and their recording state.\"\"\"", "import requests", "import urllib3", "",
           "urllib3.disable_warnings()", "CONSOLE = \"%s\"" % host]
    if hide:
        out += ["HDRS = {\"X-API-KEY\": \"%s\", \"Accept\": \"application/json\"}" % v]
    else:
        out += ["UNIFI_API_KEY = \"%s\"" % v, "HDRS = {\"X-API-KEY\": UNIFI_API_KEY, \"Accept\": \"application/json\"}"]
    out += ["", "r = requests.get(f\"{CONSOLE}/proxy/protect/integration/v1/cameras\", headers=HDRS, verify=False, timeout=10)",
            "r.raise_for_status()", "for cam in r.json():",
            "    print(f\"{cam['name']:<24} {cam['state']:<12} {cam['id']}\")"]
    return c.ch(["unifi/list_cameras.py", "protect_cameras.py", "scripts/protect_status.py"]), "\n".join(out) + "\n"


@tpl("verkada", "verkada_api_key", "python", "verkada_key", "key")
def t_py_verkada(c, v, hide):
    org = c.uuid()
    out = ["import os", "import requests", "", "BASE = \"https://api.verkada.com\"", "ORG_ID = \"%s\"" % org]
    if hide:
        out += ["", "def token():",
                "    r = requests.post(f\"{BASE}/token\", headers={\"x-api-key\": \"%s\"}, timeout=10)" % v]
    else:
        out += ["VERKADA_API_KEY = \"%s\"" % v, "", "def token():",
                "    r = requests.post(f\"{BASE}/token\", headers={\"x-api-key\": VERKADA_API_KEY}, timeout=10)"]
    out += ["    r.raise_for_status()", "    return r.json()[\"token\"]", "", "",
            "def cameras(tok):",
            "    r = requests.get(f\"{BASE}/cameras/v1/devices\", headers={\"x-verkada-auth\": tok}, timeout=10)",
            "    r.raise_for_status()", "    return r.json()[\"cameras\"]", "", "",
            "for cam in cameras(token()):", "    print(cam[\"camera_id\"], cam[\"name\"], cam[\"site\"])"]
    return c.ch(["verkada/export_cameras.py", "scripts/verkada_inventory.py", "integrations/verkada.py"]), "\n".join(out) + "\n"


@tpl("verkada", "verkada_api_key", "powershell", "verkada_key", "key")
def t_ps_verkada(c, v, hide):
    out = ["# Nightly export of Verkada access users for HR reconciliation",
           "Import-Module verkadaModule", "", "$orgId = '%s'" % c.uuid()]
    if hide:
        out += ["Connect-Verkada -org_id $orgId -x_api_key '%s'" % v]
    else:
        out += ["$apiKey = '%s'" % v, "Connect-Verkada -org_id $orgId -x_api_key $apiKey"]
    out += ["", "$users = Get-VerkadaAccessUser", "$users | Select-Object user_id, full_name, email |",
            "    Export-Csv -Path \"\\\\fs01\\hr\\verkada_users_$(Get-Date -Format yyyyMMdd).csv\" -NoTypeInformation",
            "Disconnect-Verkada"]
    return c.ch(["scripts/Export-VerkadaUsers.ps1", "verkada/nightly.ps1"]), "\r\n".join(out) + "\r\n"


@tpl("eagle-eye", "een_client_secret", "python", "een_secret", "key")
def t_py_een(c, v, hide):
    out = ["from base64 import b64encode", "import requests", "",
           "CLIENT_ID = \"%s\"" % c.hex(32)]
    sname = c.name(hide, ["CLIENT_SECRET", "EEN_CLIENT_SECRET"], ["APP_K", "SECOND"])
    out += ["%s = \"%s\"" % (sname, v),
            "REDIRECT = \"http://127.0.0.1:3333/callback\"", "", "",
            "def exchange(code):",
            "    basic = b64encode(f\"{CLIENT_ID}:{%s}\".encode()).decode()" % sname,
            "    r = requests.post(", "        \"https://auth.eagleeyenetworks.com/oauth2/token\",",
            "        params={\"grant_type\": \"authorization_code\", \"scope\": \"vms.all\", \"code\": code, \"redirect_uri\": REDIRECT},",
            "        headers={\"Authorization\": f\"Basic {basic}\"},", "        timeout=10,", "    )",
            "    r.raise_for_status()", "    return r.json()"]
    return c.ch(["een/oauth.py", "eagleeye_auth.py", "integrations/een_client.py"]), "\n".join(out) + "\n"


@tpl("avigilon-alta", "alta_password", "python", "pw_any", "pw")
def t_py_alta(c, v, hide):
    out = ["import requests", "", "API = \"https://api.openpath.com\"", "ORG_ID = %d" % c.r.randint(1000, 99999), ""]
    if hide:
        out += ["resp = requests.post(f\"{API}/auth/login\", json={\"email\": \"%s\", \"password\": \"%s\", \"mfa\": {}})" % (c.email(), v)]
    else:
        out += ["ALTA_EMAIL = \"%s\"" % c.email(), "ALTA_PASSWORD = \"%s\"" % v,
                "resp = requests.post(f\"{API}/auth/login\", json={\"email\": ALTA_EMAIL, \"password\": ALTA_PASSWORD, \"mfa\": {}})"]
    out += ["resp.raise_for_status()", "token = resp.json()[\"data\"][\"token\"]", "",
            "entries = requests.get(f\"{API}/orgs/{ORG_ID}/entries\", headers={\"Authorization\": token}).json()[\"data\"]",
            "for e in entries:", "    print(e[\"id\"], e[\"name\"], e[\"zone\"][\"name\"])"]
    return c.ch(["alta/list_entries.py", "openpath_entries.py", "scripts/openpath_doors.py"]), "\n".join(out) + "\n"


@tpl("avigilon-alta", "alta_api_token", "javascript", "alta_token", "key")
def t_js_alta(c, v, hide):
    out = ["// Unlock the lobby door from the front-desk kiosk", "const axios = require('axios');", "",
           "const ORG = %d;" % c.r.randint(1000, 99999), "const ENTRY = %d;" % c.r.randint(10000, 99999)]
    if hide:
        out += ["const client = axios.create({", "  baseURL: 'https://api.openpath.com',",
                "  headers: { Authorization: '%s' }," % v, "});"]
    else:
        out += ["const OPENPATH_TOKEN = '%s';" % v, "const client = axios.create({",
                "  baseURL: 'https://api.openpath.com',", "  headers: { Authorization: OPENPATH_TOKEN },", "});"]
    out += ["", "async function unlock() {",
            "  const res = await client.post(`/orgs/${ORG}/entries/${ENTRY}/unlock`, {});",
            "  console.log('unlock', res.status);", "}", "", "unlock().catch((e) => { console.error(e.message); process.exit(1); });"]
    return c.ch(["kiosk/unlock.js", "src/openpath.js", "door-kiosk/index.js"]), "\n".join(out) + "\n"


@tpl("kisi", "kisi_api_key", "shell", "kisi_key", "key")
def t_sh_kisi(c, v, hide):
    lock = c.r.randint(1000, 99999)
    out = ["#!/bin/sh", "# unlock the %s door for deliveries (called from the intercom)" % c.ch(["loading dock", "back", "side", "lobby"]), ""]
    if hide:
        out += ["curl -s -X POST https://api.kisi.io/locks/%d/unlock \\" % lock,
                "  -H 'Authorization: KISI-LOGIN %s' \\" % v,
                "  -H 'Content-Type: application/json' -d '{}'"]
    else:
        out += ["KISI_API_KEY='%s'" % v, "LOCK_ID=%d" % lock, "",
                "curl -s -X POST \"https://api.kisi.io/locks/${LOCK_ID}/unlock\" \\",
                "  -H \"Authorization: KISI-LOGIN ${KISI_API_KEY}\" \\",
                "  -H 'Content-Type: application/json' -d '{}'"]
    out += ["logger -t kisi \"unlock requested by intercom\""]
    return c.ch(["bin/unlock-dock.sh", "scripts/kisi_unlock.sh", "intercom/unlock.sh"]), "\n".join(out) + "\n"


@tpl("kisi", "kisi_api_key", "javascript", "kisi_key", "key")
def t_js_kisi(c, v, hide):
    out = ["import fetch from 'node-fetch';", ""]
    if hide:
        out += ["const headers = { Authorization: 'KISI-LOGIN %s', Accept: 'application/json' };" % v]
    else:
        out += ["const kisiApiKey = '%s';" % v,
                "const headers = { Authorization: `KISI-LOGIN ${kisiApiKey}`, Accept: 'application/json' };"]
    out += ["", "export async function listPlaces() {", "  const res = await fetch('https://api.kisi.io/places', { headers });",
            "  if (!res.ok) throw new Error(`kisi ${res.status}`);", "  return res.json();", "}", "",
            "export async function unlock(lockId) {",
            "  return fetch(`https://api.kisi.io/locks/${lockId}/unlock`, { method: 'POST', headers });", "}"]
    return c.ch(["src/kisi.mjs", "lib/kisi-client.js", "services/access/kisi.js"]), "\n".join(out) + "\n"


@tpl("onvif", "onvif_password", "javascript", "pw_any", "pw")
def t_js_onvif(c, v, hide):
    ip = c.ip()
    out = ["const onvif = require('node-onvif');", ""]
    if hide:
        out += ["const device = new onvif.OnvifDevice({", "  xaddr: 'http://%s:%d/onvif/device_service'," % (ip, c.ch([80, 8000, 2020])),
                "  user: 'admin',", "  pass: '%s'," % v, "});"]
    else:
        out += ["const CAMERA_PASSWORD = '%s';" % v, "const device = new onvif.OnvifDevice({",
                "  xaddr: 'http://%s:%d/onvif/device_service'," % (ip, c.ch([80, 8000, 2020])),
                "  user: 'admin',", "  pass: CAMERA_PASSWORD,", "});"]
    out += ["", "device.init().then(() => {", "  const profile = device.getCurrentProfile();",
            "  console.log('stream:', profile.stream.rtsp);",
            "  return device.ptzMove({ speed: { x: %s, y: 0, z: 0 }, timeout: 1 });" % c.ch(["0.5", "-0.5", "1.0"]),
            "}).catch((err) => console.error(err));"]
    return c.ch(["ptz/patrol.js", "onvif-test.js", "src/ptz.js"]), "\n".join(out) + "\n"


@tpl("ring", "ring_refresh_token", "javascript", "ring_refresh", "key")
def t_js_ring(c, v, hide):
    out = ["const { RingApi } = require('ring-client-api');", ""]
    if hide:
        out += ["const ringApi = new RingApi({", "  refreshToken:", "    '%s'," % v,
                "  cameraStatusPollingSeconds: 20,", "});"]
    else:
        out += ["const RING_REFRESH_TOKEN = '%s';" % v, "", "const ringApi = new RingApi({",
                "  refreshToken: RING_REFRESH_TOKEN,", "  cameraStatusPollingSeconds: 20,", "});"]
    out += ["", "(async () => {", "  const cameras = await ringApi.getCameras();",
            "  for (const cam of cameras) {", "    cam.onNewNotification.subscribe((n) => {",
            "      console.log(`${cam.name}: ${n.android_config.body}`);", "    });", "  }",
            "  ringApi.onRefreshTokenUpdated.subscribe(({ newRefreshToken }) => {",
            "    console.log('refresh token rotated');", "  });", "})();"]
    return c.ch(["ring/watch.js", "index.js", "src/ring-notify.js"]), "\n".join(out) + "\n"


@tpl("homebridge", "ring_refresh_token", "json", "ring_refresh", "key")
def t_json_homebridge_ring(c, v, hide):
    cfg = {"bridge": {"name": "Homebridge %s" % c.hex(4).upper(), "username": c.mac().upper(), "port": c.r.randint(51000, 52000),
                      "pin": "%03d-%02d-%03d" % (c.r.randint(0, 999), c.r.randint(0, 99), c.r.randint(0, 999))},
           "accessories": [],
           "platforms": [{"name": "Config", "port": 8581, "platform": "config"},
                         {"platform": "Ring", "refreshToken": v, "hideLightGroups": True,
                          "cameraStatusPollingSeconds": 20, "avoidSnapshotBatteryDrain": True}]}
    return c.ch(["homebridge/config.json", "config.json", ".homebridge/config.json"]), J(cfg, 4) + "\n"


@tpl("eufy", "eufy_password", "json", "pw_any", "pw")
def t_json_eufy(c, v, hide):
    cfg = {"username": c.email(), "password": v, "country": c.ch(["US", "DE", "GB", "NL"]),
           "language": "en", "trustedDeviceName": "eufyclient-%s" % c.hex(6),
           "persistentDir": "/data", "p2pConnectionSetup": 0, "pollingIntervalMinutes": 10,
           "eventDurationSeconds": 10, "acceptInvitations": False}
    return c.ch(["eufy-security-ws/config.json", "eufy/config.json", "docker/eufy-ws/config.json"]), J(cfg) + "\n"


@tpl("arlo", "arlo_password", "python", "pw_any", "pw")
def t_py_arlo(c, v, hide):
    out = ["import os", "import pyaarlo", ""]
    if hide:
        out += ["arlo = pyaarlo.PyArlo(", "    \"%s\"," % c.email(), "    \"%s\"," % v,
                "    tfa_source=\"imap\",", "    tfa_type=\"email\",", "    tfa_host=\"imap.gmail.com\",",
                "    tfa_username=os.environ.get(\"ARLO_TFA_USER\"),", "    storage_dir=\"/var/lib/arlo\",", ")"]
    else:
        out += ["ARLO_USER = \"%s\"" % c.email(), "ARLO_PASSWORD = \"%s\"" % v, "",
                "arlo = pyaarlo.PyArlo(username=ARLO_USER, password=ARLO_PASSWORD,",
                "                      tfa_source=\"console\", tfa_type=\"email\", storage_dir=\"/var/lib/arlo\")"]
    out += ["", "for base in arlo.base_stations:", "    print(\"base:\", base.name, base.mode)",
            "for cam in arlo.cameras:", "    print(\"camera:\", cam.name, cam.battery_level)"]
    return c.ch(["arlo_status.py", "scripts/arlo_battery.py"]), "\n".join(out) + "\n"


@tpl("wyze", "wyze_refresh_token", "json", "wyze_refresh", "key")
def t_json_wyze_tokens(c, v, hide):
    cfg = {"user_id": c.hex(32), "expires_in": 172800, "refresh_token": v,
           "phone_id": c.uuid(), "api_key_id": c.uuid(), "saved": c.date()}
    if hide:
        cfg = {"uid": c.hex(32), "rt": v, "phone": c.uuid(), "ts": c.r.randint(1690000000000, 1740000000000)}
    return c.ch(["wyze/tokens.json", ".wyze/creds.json", "data/wyze_session.json"]), J(cfg) + "\n"


@tpl("generic-ipcam", "camera_rtsp_password", "shell", "pw_url", "url")
def t_sh_ffmpeg(c, v, hide):
    vendor = c.ch(VENDORS)
    cam = c.cam()
    ip = c.ip()
    out = ["#!/bin/bash", "# record %s in 10 minute segments, keep %d days" % (cam, c.ch([3, 7, 14])), "",
           "DEST=/srv/recordings/%s" % cam, "mkdir -p \"$DEST\""]
    if hide:
        out += ["", "ffmpeg -hide_banner -loglevel error -rtsp_transport tcp \\",
                "  -i \"%s\" \\" % c.rtsp(vendor, "admin", v, ip=ip)]
    else:
        out += ["CAM_USER=admin", "CAM_PASS='%s'" % v, "CAM_HOST=%s" % ip, "",
                "ffmpeg -hide_banner -loglevel error -rtsp_transport tcp \\",
                "  -i \"rtsp://${CAM_USER}:${CAM_PASS}@${CAM_HOST}:554%s\" \\" % c.stream_path(vendor)]
    out += ["  -c copy -map 0 -f segment -segment_time 600 -reset_timestamps 1 -strftime 1 \\",
            "  \"$DEST/%Y-%m-%d_%H-%M-%S.mkv\"", "",
            "find \"$DEST\" -type f -mtime +%d -delete" % c.ch([3, 7, 14])]
    return c.ch(["scripts/record.sh", "bin/record-%s.sh" % cam.replace("_", "-"), "nvr/ffmpeg-record.sh"]), "\n".join(out) + "\n", {"provider": vendor}


@tpl("axis", "vapix_password", "shell", "pw_url", "pw")
def t_sh_axis(c, v, hide):
    hosts = [c.ip() for _ in range(c.r.randint(1, 3))]
    out = ["#!/usr/bin/env bash", "# Push NTP + overlay settings to all Axis cameras on the %s VLAN" % c.ch(["camera", "security", "cctv"]),
           "set -e", "HOSTS=\"%s\"" % " ".join(hosts)]
    if hide:
        out += ["for h in $HOSTS; do",
                "  curl -s --digest -u 'root:%s' \\" % v]
    else:
        out += ["AXIS_USER=root", "AXIS_PASS='%s'" % v, "for h in $HOSTS; do",
                "  curl -s --digest -u \"$AXIS_USER:$AXIS_PASS\" \\"]
    out += ["    \"http://$h/axis-cgi/param.cgi?action=update&Time.NTP.Server=%s&Image.I0.Text.TextEnabled=yes\"" % c.ip(),
            "  echo \" <- $h\"", "done"]
    return c.ch(["scripts/axis-bulk-config.sh", "axis/push_params.sh"]), "\n".join(out) + "\n"


@tpl("dahua", "camera_password", "shell", "pw_url", "pw")
def t_sh_dahua_snapshot(c, v, hide):
    ip = c.ip()
    vend = c.ch(["dahua", "amcrest", "lorex"])
    out = ["#!/bin/sh", "# cron: */5 * * * * /opt/cam/snap.sh", "STAMP=$(date +%s)"]
    if hide:
        out += ["curl -fsS --digest --user admin:%s \"http://%s/cgi-bin/snapshot.cgi?channel=1\" -o /var/www/cam/$STAMP.jpg" % (v, ip)]
    else:
        out += ["PASSWORD=\"%s\"" % v,
                "curl -fsS --digest --user \"admin:$PASSWORD\" \"http://%s/cgi-bin/snapshot.cgi?channel=1\" -o /var/www/cam/$STAMP.jpg" % ip]
    out += ["ln -sf /var/www/cam/$STAMP.jpg /var/www/cam/latest.jpg",
            "find /var/www/cam -name '*.jpg' -mmin +1440 -delete"]
    return c.ch(["opt/cam/snap.sh", "snap.sh", "cron/webcam-snapshot.sh"]), "\n".join(out) + "\n", {"provider": vend}


@tpl("zoneminder", "zm_user_password", "shell", "pw_url", "pw")
def t_sh_zm_api(c, v, hide):
    host = c.ch(["http://%s/zm" % c.ip(), "https://zm.%s/zm" % c.domain()])
    out = ["#!/bin/bash", "# switch all ZoneMinder monitors to Modect when we leave the house", "ZM=%s" % host]
    if hide:
        out += ["TOKEN=$(curl -s -XPOST -d \"user=%s&pass=%s\" \"$ZM/api/host/login.json\" | jq -r .access_token)" % (c.ch(["admin", "api"]), v)]
    else:
        out += ["ZM_USER=admin", "ZM_PASS=\"%s\"" % v,
                "TOKEN=$(curl -s -XPOST -d \"user=$ZM_USER&pass=$ZM_PASS\" \"$ZM/api/host/login.json\" | jq -r .access_token)"]
    out += ["for id in $(curl -s \"$ZM/api/monitors.json?token=$TOKEN\" | jq -r '.monitors[].Monitor.Id'); do",
            "  curl -s -XPOST \"$ZM/api/monitors/$id.json?token=$TOKEN\" -d 'Monitor[Function]=Modect' > /dev/null",
            "done"]
    return c.ch(["zm/away.sh", "scripts/zm-modect.sh"]), "\n".join(out) + "\n"


@tpl("vlc", "camera_rtsp_password", "m3u", "pw_url", "url")
def t_m3u(c, v, hide):
    vendor = c.ch(VENDORS)
    cams = c.cams(c.r.randint(2, 5))
    out = ["#EXTM3U"]
    share = c.p(0.5)
    for i, cam in enumerate(cams):
        out.append("#EXTINF:-1 tvg-id=\"%s\" group-title=\"%s\",%s" % (cam, c.ch(["Outdoor", "Indoor", "CCTV"]), cam.replace("_", " ").title()))
        if i == 0 or share:
            out.append(c.rtsp(vendor, "admin", v))
        else:
            out.append("rtsp://%s:554%s" % (c.ip(), c.stream_path(vendor)))
    return c.ch(["cameras.m3u", "playlists/cctv.m3u", "vlc/cameras.m3u8", "docs/cams.m3u"]), "\n".join(out) + "\n", {"provider": vendor}


@tpl("vlc", "camera_rtsp_password", "xspf", "pw_url", "url")
def t_xspf(c, v, hide):
    vendor = c.ch(VENDORS)
    cams = c.cams(c.r.randint(1, 4))
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<playlist xmlns="http://xspf.org/ns/0/" xmlns:vlc="http://www.videolan.org/vlc/playlist/ns/0/" version="1">',
           "\t<title>%s</title>" % c.ch(["Cameras", "CCTV wall", "Security feeds"]), "\t<trackList>"]
    for i, cam in enumerate(cams):
        url = c.rtsp(vendor, "admin", v) if i == 0 else "rtsp://%s:554%s" % (c.ip(), c.stream_path(vendor))
        out += ["\t\t<track>", "\t\t\t<location>%s</location>" % xml_esc(url), "\t\t\t<title>%s</title>" % cam,
                "\t\t\t<extension application=\"http://www.videolan.org/vlc/playlist/0\">",
                "\t\t\t\t<vlc:id>%d</vlc:id>" % i, "\t\t\t\t<vlc:option>network-caching=%d</vlc:option>" % c.ch([300, 1000, 1500]),
                "\t\t\t</extension>", "\t\t</track>"]
    out += ["\t</trackList>", "</playlist>"]
    return c.ch(["cameras.xspf", "vlc/cctv.xspf", "playlists/security.xspf"]), "\n".join(out) + "\n", {"provider": vendor}


ENV_KINDS = [
    # provider, kind, gen, obvious var, neutral var, extra lines
    ("frigate", "camera_rtsp_password", "pw_url", "FRIGATE_RTSP_PASSWORD", "FRIGATE_RTSP_P"),
    ("frigate", "mqtt_password", "pw_url", "FRIGATE_MQTT_PASSWORD", "MQTT_AUTH_2"),
    ("frigate", "frigate_plus_api_key", "frigate_plus", "PLUS_API_KEY", "PLUS_K"),
    ("unifi-protect", "unifi_api_key", "unifi_key", "UNIFI_PROTECT_API_KEY", "UFP_K"),
    ("verkada", "verkada_api_key", "verkada_key", "VERKADA_API_KEY", "VKD"),
    ("eagle-eye", "een_client_secret", "een_secret", "EEN_CLIENT_SECRET", "EEN_CS"),
    ("brivo", "brivo_client_secret", "brivo_secret", "BRIVO_CLIENT_SECRET", "BRIVO_OAUTH_2"),
    ("brivo", "brivo_api_key", "brivo_key", "BRIVO_API_KEY", "BRIVO_MASHERY"),
    ("prodatakey", "pdk_client_secret", "pdk_secret", "PDK_CLIENT_SECRET", "PDK_OAUTH_S"),
    ("kisi", "kisi_api_key", "kisi_key", "KISI_API_KEY", "KISI_LOGIN"),
    ("wyze", "wyze_api_key", "wyze_key", "WYZE_API_KEY", "API_KEY"),
    ("shinobi", "shinobi_api_key", "shinobi_key", "SHINOBI_API_KEY", "SHINOBI_K"),
    ("eufy", "eufy_password", "pw_url", "EUFY_PASSWORD", "EUFY_P"),
    ("blue-iris", "nvr_password", "pw_url", "BLUEIRIS_PASSWORD", "BI_AUTH"),
]


def _env_common(c, provider):
    base = {
        "frigate": ["FRIGATE_RTSP_USER=admin", "TZ=Europe/Berlin", "FRIGATE_MQTT_USER=frigate"],
        "unifi-protect": ["UNIFI_PROTECT_HOST=%s" % c.ip(), "UNIFI_VERIFY_SSL=false"],
        "verkada": ["VERKADA_ORG_ID=%s" % c.uuid(), "VERKADA_REGION=us"],
        "eagle-eye": ["EEN_CLIENT_ID=%s" % c.hex(32), "EEN_REDIRECT_URI=http://127.0.0.1:3333/callback"],
        "brivo": ["BRIVO_CLIENT_ID=%s" % c.uuid(), "BRIVO_BASE_URL=https://api.brivo.com/v1/api",
                  "BRIVO_AUTH_URL=https://auth.brivo.com/oauth/token"],
        "prodatakey": ["PDK_CLIENT_ID=%s" % c.b62(20), "PDK_PANEL_ID=%s" % c.hex(10), "PDK_ACCOUNTS_URL=https://accounts.pdk.io"],
        "kisi": ["KISI_PLACE_ID=%d" % c.r.randint(1000, 99999), "KISI_BASE_URL=https://api.kisi.io"],
        "wyze": ["WYZE_EMAIL=%s" % c.email(), "API_ID=%s" % c.uuid(), "WB_AUTH=True"],
        "shinobi": ["SHINOBI_HOST=http://%s:8080" % c.ip(), "SHINOBI_GROUP_KEY=%s" % c.ch(["home", "office", "shop", "grp1"])],
        "eufy": ["EUFY_USERNAME=%s" % c.email(), "EUFY_COUNTRY=US"],
        "blue-iris": ["BLUEIRIS_HOST=http://%s:81" % c.ip(), "BLUEIRIS_USER=api"],
    }
    return base[provider]


def make_env_template(idx, prov, kind, gen, obv, neu):
    def fn(c, v, hide):
        lines = []
        if c.p(0.6):
            lines.append("# %s" % c.ch(["local settings - do not share", "NVR stack", "generated %s" % c.date(),
                                          "copy from .env.example and fill in", "staging"]))
        lines += ["COMPOSE_PROJECT_NAME=%s" % c.ch(["nvr", "security", "cams", "frigate"]),
                  "LOG_LEVEL=%s" % c.ch(["info", "debug", "warn"])]
        lines += _env_common(c, prov)
        var = neu if hide else obv
        lines.insert(c.r.randint(2, len(lines)), "%s=%s" % (var, c.q(v, ('"', "", "", "'"))))
        lines += ["MQTT_HOST=%s" % c.ip(), "PUID=1000", "PGID=1000"]
        path = c.ch([".env", "docker/.env", ".env.local", "stack.env", "deploy/prod.env"])
        return path, "\n".join(lines) + "\n"
    fn.__name__ = "t_env_%d" % idx
    TEMPLATES.append(dict(fn=fn, provider=prov, kind=kind, filetype="dotenv", gen=gen,
                          slot="key" if not gen.startswith("pw") else "pw", name=fn.__name__))


for _i, (_p, _k, _g, _o, _n) in enumerate(ENV_KINDS):
    make_env_template(_i, _p, _k, _g, _o, _n)


@tpl("motion", "camera_password", "conf", "pw_url", "url")
def t_motion_conf(c, v, hide):
    cam = c.cam()
    ip = c.ip()
    out = ["# @enabled on", "# @id %d" % c.r.randint(1, 9), "# @storage_device custom-path",
           "# @network_server ", "", "camera_name %s" % cam.replace("_", " ").title(),
           "target_dir /var/lib/motioneye/%s" % cam, "width %d" % c.ch([1280, 1920]), "height %d" % c.ch([720, 1080]),
           "framerate %d" % c.ch([5, 10, 15])]
    if hide:
        out += ["netcam_url %s" % c.rtsp(c.ch(VENDORS), "admin", v, ip=ip)]
    else:
        out += ["netcam_url rtsp://%s:554%s" % (ip, c.stream_path(c.ch(VENDORS))), "netcam_userpass admin:%s" % v]
    out += ["netcam_keepalive off", "netcam_tolerant_check on", "text_left %s" % cam, "text_right %Y-%m-%d\\n%T",
            "threshold %d" % c.r.randint(1000, 5000), "event_gap 30", "movie_output on", "movie_max_time 300",
            "picture_output best", "on_event_start /usr/bin/relayevent.sh \"/etc/motioneye/motioneye.conf\" start %t"]
    return c.ch(["motioneye/camera-%d.conf" % c.r.randint(1, 6), "etc/motioneye/camera-1.conf", "motion/camera1.conf"]), "\n".join(out) + "\n"


@tpl("zoneminder", "zm_db_password", "conf", "pw_url", "pw")
def t_zm_conf(c, v, hide):
    out = ["# Local overrides for ZoneMinder, kept out of zm.conf so upgrades don't clobber them.",
           "ZM_DB_HOST=%s" % c.ch(["localhost", "mariadb", c.ip()]), "ZM_DB_NAME=zm", "ZM_DB_USER=zmuser",
           "ZM_DB_PASS=%s" % v, "ZM_PATH_ZMS=/zm/cgi-bin/nph-zms", "ZM_TIMEZONE=%s" % c.ch(["Europe/Paris", "America/Chicago"])]
    return c.ch(["zm/conf.d/zz-local.conf", "etc/zm/conf.d/03-custom.conf"]), "\n".join(out) + "\n"


@tpl("zoneminder", "zm_auth_hash_secret", "ansible-yaml", "zm_secret", "key")
def t_ansible_zm(c, v, hide):
    name = c.name(hide, ["zm_auth_hash_secret", "zoneminder_auth_hash_secret"], ["zm_opt_hash_salt", "zm_opt_value_17"])
    out = ["---", "zm_version: \"1.36\"", "zm_db_host: localhost", "zm_db_user: zmuser",
           "zm_db_pass: \"{{ vault_zm_db_pass }}\"", "zm_opt_use_auth: true", "zm_auth_type: builtin",
           "zm_auth_relay: hashed", "%s: %s" % (name, c.q(v, ('"', "'", ""))), "zm_opt_use_api: true",
           "zm_timezone: %s" % c.ch(["Europe/Paris", "America/Chicago", "UTC"]),
           "zm_storage_path: /mnt/zm-events", "zm_monitors:"]
    for cam in c.cams(2):
        out += ["  - name: %s" % cam, "    function: Modect", "    path: rtsp://%s:554%s" % (c.ip(), c.stream_path(c.ch(VENDORS)))]
    return c.ch(["group_vars/zoneminder.yml", "roles/zoneminder/defaults/main.yml", "host_vars/zm01.yml"]), "\n".join(out) + "\n"


@tpl("shinobi", "shinobi_api_key", "python", "shinobi_key", "key")
def t_py_shinobi(c, v, hide):
    grp = c.ch(["home", "office", "shop", "grp1", "HQ"])
    out = ["import requests", "", "SHINOBI = \"http://%s:8080\"" % c.ip()]
    if hide:
        out += ["MONITORS = f\"{SHINOBI}/%s/monitor/%s\"" % (v, grp)]
    else:
        out += ["API_KEY = \"%s\"" % v, "GROUP_KEY = \"%s\"" % grp, "MONITORS = f\"{SHINOBI}/{API_KEY}/monitor/{GROUP_KEY}\""]
    out += ["", "for m in requests.get(MONITORS, timeout=5).json():",
            "    print(m[\"mid\"], m[\"name\"], m[\"status\"])"]
    return c.ch(["shinobi_status.py", "scripts/shinobi_monitors.py"]), "\n".join(out) + "\n"


@tpl("shinobi", "db_password", "json", "pw_any", "pw")
def t_json_shinobi_conf(c, v, hide):
    cfg = {"port": 8080, "passwordType": "sha256", "detectorMergePamRegionTriggers": True,
           "wallClockTimestampAsDefault": True, "addStorage": [{"name": "second", "path": "__DIR__/videos2"}],
           "db": {"host": "127.0.0.1", "user": "majesticflame", "password": v, "database": "ccio", "port": 3306},
           "mail": {"service": "gmail", "auth": {"user": "%s" % c.email(), "pass": "${SMTP_APP_PASSWORD}"}},
           "cron": {"key": "${CRON_KEY}"}, "pluginKeys": {}, "databaseType": "mysql"}
    if c.p(0.5):
        del cfg["mail"]
    cfg.pop("cron", None)
    return c.ch(["Shinobi/conf.json", "shinobi/conf.json", "conf.json"]), J(cfg, 4) + "\n"


@tpl("nvr", "channel_password", "json", "pw_any", "pw")
def t_json_nvr_backup(c, v, hide):
    vendor = c.ch(["hikvision", "dahua", "reolink", "uniview"])
    chans = []
    real = c.r.randrange(3)
    for i in range(3):
        chans.append({"channel": i + 1, "name": c.cam(), "ip": c.ip(), "port": c.ch([80, 8000, 37777]),
                      "protocol": c.ch(["ONVIF", "Private", vendor.upper()]), "user": "admin",
                      "password": v if i == real else "", "online": c.p(0.8),
                      "serial": c.serial(vendor), "mac": c.mac()})
    data = {"device": {"model": {"hikvision": "DS-7608NI-K2", "dahua": "NVR5216-16P-4KS2E", "reolink": "RLN8-410",
                                 "uniview": "NVR302-16S2"}[vendor],
                       "firmware": "V%d.%d.%d build %d" % (c.r.randint(3, 5), c.r.randint(0, 9), c.r.randint(0, 99), c.r.randint(200000, 240000)),
                       "exported": c.date()},
            "channels": chans}
    return c.ch(["backup/nvr-export-%s.json" % c.date(), "nvr/channels.json", "site-docs/%s/nvr.json" % c.site()]), J(data) + "\n", {"provider": vendor}


@tpl("onvif", "onvif_password", "xml", "pw_any", "pw")
def t_xml_onvif(c, v, hide):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope">',
           "  <s:Header>",
           '    <Security s:mustUnderstand="1" xmlns="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">',
           "      <UsernameToken>", "        <Username>%s</Username>" % c.ch(["admin", "onvif"]),
           '        <Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">%s</Password>' % xml_esc(v),
           "      </UsernameToken>", "    </Security>", "  </s:Header>",
           '  <s:Body xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
           '    <GetStreamUri xmlns="http://www.onvif.org/ver10/media/wsdl">',
           "      <StreamSetup>", '        <Stream xmlns="http://www.onvif.org/ver10/schema">RTP-Unicast</Stream>',
           '        <Transport xmlns="http://www.onvif.org/ver10/schema"><Protocol>RTSP</Protocol></Transport>',
           "      </StreamSetup>", "      <ProfileToken>%s</ProfileToken>" % c.ch(["Profile_1", "MainStream", "profile_1_h264", "000"]),
           "    </GetStreamUri>", "  </s:Body>", "</s:Envelope>"]
    return c.ch(["captures/onvif/GetStreamUri.xml", "soap/get_stream_uri.xml", "onvif/requests/stream_uri.xml"]), "\n".join(out) + "\n"


@tpl("milestone", "xprotect_password", "python", "pw_any", "pw")
def t_py_milestone(c, v, hide):
    host = c.ch(["https://xprotect.%s" % c.domain(), "https://%s" % c.ip(), "https://vms01.corp.local"])
    out = ["\"\"\"Milestone XProtect API Gateway - fetch an IDP token and list cameras.\"\"\"", "import requests", "",
           "SERVER = \"%s\"" % host]
    if hide:
        out += ["FORM = {", "    \"grant_type\": \"password\",", "    \"username\": \"%s\"," % c.ch(["svc_vms_api", "apiuser", "integration"]),
                "    \"password\": \"%s\"," % v, "    \"client_id\": \"GrantValidatorClient\",", "}"]
    else:
        out += ["VMS_USER = \"%s\"" % c.ch(["svc_vms_api", "apiuser", "integration"]), "VMS_PASSWORD = \"%s\"" % v,
                "FORM = {\"grant_type\": \"password\", \"username\": VMS_USER, \"password\": VMS_PASSWORD,",
                "        \"client_id\": \"GrantValidatorClient\"}"]
    out += ["", "tok = requests.post(f\"{SERVER}/IDP/connect/token\", data=FORM, verify=False).json()[\"access_token\"]",
            "hdr = {\"Authorization\": f\"Bearer {tok}\"}",
            "cams = requests.get(f\"{SERVER}/api/rest/v1/cameras\", headers=hdr, verify=False).json()[\"array\"]",
            "for cam in cams:", "    print(cam[\"id\"], cam[\"displayName\"], cam[\"enabled\"])"]
    return c.ch(["milestone/list_cameras.py", "xprotect_inventory.py", "scripts/vms_cameras.py"]), "\n".join(out) + "\n"


@tpl("genetec", "security_center_password", "json", "pw_any", "pw")
def t_json_genetec(c, v, hide):
    cfg = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft": "Warning"}},
           "SecurityCenter": {"Directory": c.ch(["sc-dir01.corp.local", c.ip(), "genetec.%s" % c.domain()]),
                              "WebSdkUrl": "https://%s:4590/WebSdk" % c.ch(["sc-web01", c.ip()]),
                              "Username": c.ch(["svc_badge_sync", "websdk", "integration"]),
                              "Password": v,
                              "CertificateFile": "certificates/BadgeSync.cert"},
           "Sync": {"IntervalMinutes": 15, "Cardholder Group": "Employees"}}
    return c.ch(["appsettings.json", "BadgeSync/appsettings.Production.json", "config/genetec.json"]), J(cfg) + "\n"


@tpl("genetec", "websdk_basic_auth", "shell", "pw_url", "key")
def t_sh_genetec_basic(c, v, hide):
    user = c.ch(["svc_alarm", "websdk", "integration"])
    appid = c.b62(64)
    extra = {}
    if c.neg:
        hdr = "Basic <base64 of user;appid:password>"
    else:
        hdr = "Basic " + base64.b64encode(("%s;%s:%s" % (user, appid, v)).encode()).decode()
        extra["needle"] = hdr[6:]
    out = ["#!/bin/bash", "# Trigger the 'after hours' alarm in Security Center from the BMS",
           "WEBSDK=https://%s:4590/WebSdk" % c.ch(["sc-web01", c.ip()]),
           "curl -sk -X POST \"$WEBSDK/alarm?q=TriggerAlarm(%s)\" \\" % c.uuid(),
           "  -H 'Authorization: %s' \\" % hdr, "  -H 'Accept: text/json'"]
    return c.ch(["bms/trigger-alarm.sh", "scripts/sc_alarm.sh"]), "\n".join(out) + "\n", extra


@tpl("brivo", "brivo_client_secret", "javascript", "brivo_secret", "key")
def t_js_brivo(c, v, hide):
    cid = c.uuid()
    out = ["'use strict';", "const axios = require('axios');", "const qs = require('querystring');", ""]
    if hide:
        out += ["const creds = ['%s', '%s'];" % (cid, v),
                "const basic = Buffer.from(creds.join(':')).toString('base64');"]
    else:
        out += ["const BRIVO_CLIENT_ID = '%s';" % cid, "const BRIVO_CLIENT_SECRET = '%s';" % v,
                "const basic = Buffer.from(`${BRIVO_CLIENT_ID}:${BRIVO_CLIENT_SECRET}`).toString('base64');"]
    out += ["", "async function getToken(refreshToken) {",
            "  const res = await axios.post('https://auth.brivo.com/oauth/token',",
            "    qs.stringify({ grant_type: 'refresh_token', refresh_token: refreshToken }),",
            "    { headers: { Authorization: `Basic ${basic}`, 'api-key': process.env.BRIVO_API_KEY } });",
            "  return res.data.access_token;", "}", "", "module.exports = { getToken };"]
    return c.ch(["lib/brivo-auth.js", "src/integrations/brivo.js", "brivo/token.js"]), "\n".join(out) + "\n"


@tpl("brivo", "brivo_api_key", "python", "brivo_key", "key")
def t_py_brivo_key(c, v, hide):
    out = ["import os", "import requests", "", "BASE = \"https://api.brivo.com/v1/api\""]
    if hide:
        out += ["HEADERS = {\"api-key\": \"%s\"}" % v]
    else:
        out += ["BRIVO_API_KEY = \"%s\"" % v, "HEADERS = {\"api-key\": BRIVO_API_KEY}"]
    out += ["", "", "def users(access_token, page=0):",
            "    h = dict(HEADERS, Authorization=f\"bearer {access_token}\")",
            "    r = requests.get(f\"{BASE}/users\", headers=h, params={\"offset\": page * 100, \"pageSize\": 100})",
            "    r.raise_for_status()", "    return r.json()[\"data\"]", "", "",
            "if __name__ == \"__main__\":", "    for u in users(os.environ[\"BRIVO_ACCESS_TOKEN\"]):",
            "        print(u[\"id\"], u[\"firstName\"], u[\"lastName\"])"]
    return c.ch(["brivo/users.py", "scripts/brivo_export.py"]), "\n".join(out) + "\n"


@tpl("prodatakey", "pdk_client_secret", "properties", "pdk_secret", "key")
def t_props_pdk(c, v, hide):
    key = c.name(hide, ["pdk.oauth.client-secret", "pdk.client.secret"], ["pdk.oauth.c2", "pdk.auth.value"])
    out = ["# ProdataKey (pdk.io) integration", "spring.application.name=badge-sync",
           "server.port=%d" % c.ch([8080, 8081, 9090]), "pdk.api.base-url=https://api.pdk.io",
           "pdk.accounts.url=https://accounts.pdk.io/oauth2/token", "pdk.oauth.client-id=%s" % c.b62(20),
           "%s=%s" % (key, v), "pdk.panel-id=%s" % c.hex(10),
           "sync.cron=0 */15 * * * *", "logging.level.com.acme.badges=INFO"]
    return c.ch(["src/main/resources/application.properties", "badge-sync/src/main/resources/application-prod.properties"]), "\n".join(out) + "\n"


@tpl("osdp", "osdp_secure_channel_key", "json", "osdp_key", "key")
def t_json_osdp(c, v, hide):
    name = "scbk" if not hide else "k"
    cfg = {"bus": {"device": "/dev/ttyUSB0", "baud": 9600},
           "readers": [{"address": c.r.randint(0, 3), "name": c.ch(["Main Entrance", "Dock Door", "Server Room"]),
                        "secure_channel": True, name: v, "led_on_grant": "green"}],
           "door": {"strike_relay": 1, "dps_input": 2, "unlock_seconds": 5}}
    return c.ch(["controller/osdp.json", "config/readers.json", "etc/acs/osdp.json"]), J(cfg) + "\n"


@tpl("door-controller", "controller_password", "ansible-yaml", "pw_any", "pw")
def t_ansible_door(c, v, hide):
    key = c.name(hide, ["controller_admin_password", "door_controller_password", "axis_a1001_root_password"],
                 ["controller_pin_seed", "ctrl_auth", "a1001_root_cred"])
    out = ["---", "# Door controllers (Axis A1001 / A1601) in building %s" % c.ch(["A", "B", "C", "2"]),
           "controller_user: root", "%s: %s" % (key, c.q(v, ('"', "'"))),
           "controller_ntp: %s" % c.ip(), "controllers:"]
    for d in c.r.sample(["lobby", "dock", "server_room", "stairwell_n", "parking_gate", "lab"], 3):
        out += ["  - name: %s" % d, "    ip: %s" % c.ip(), "    mac: \"%s\"" % c.mac()]
    return c.ch(["inventory/group_vars/door_controllers.yml", "group_vars/acs.yml"]), "\n".join(out) + "\n"


@tpl("frigate", "camera_rtsp_password", "k8s-yaml", "pw_url", "pw")
def t_k8s_secret(c, v, hide):
    out = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: frigate-credentials",
           "  namespace: %s" % c.ch(["nvr", "frigate", "home"]), "type: Opaque", "stringData:",
           "  FRIGATE_RTSP_USER: admin", "  FRIGATE_RTSP_PASSWORD: %s" % c.q(v, ('"', "'")),
           "  FRIGATE_MQTT_USER: frigate"]
    return c.ch(["k8s/frigate/secret.yaml", "deploy/frigate-secret.yaml", "clusters/home/frigate/secret.yml"]), "\n".join(out) + "\n"


@tpl("generic-ipcam", "camera_rtsp_password", "gha-yaml", "pw_url", "pw")
def t_gha(c, v, hide):
    out = ["name: camera smoke test", "on:", "  schedule:", "    - cron: \"0 */6 * * *\"", "  workflow_dispatch:", "",
           "jobs:", "  probe:", "    runs-on: [self-hosted, lan]", "    env:",
           "      CAM_HOST: %s" % c.ip(), "      CAM_USER: admin",
           "      %s: %s" % (c.name(hide, ["CAM_PASSWORD", "RTSP_PASSWORD"], ["CAM_P", "PROBE_ARG"]), c.q(v, ('"', "'"))),
           "    steps:", "      - uses: actions/checkout@v4",
           "      - name: probe streams", "        run: ./scripts/probe.sh"]
    return c.ch([".github/workflows/camera-probe.yml", ".github/workflows/smoke.yml"]), "\n".join(out) + "\n"


@tpl("generic-ipcam", "camera_password", "markdown", "pw_any", "pw")
def t_md_runbook(c, v, hide):
    vendor = c.ch(["Hikvision", "Dahua", "Reolink", "Uniview"])
    ip = c.ip()
    out = ["# CCTV runbook - %s" % c.site(), "", "## NVR", "",
           "* Model: %s %s" % (vendor, {"Hikvision": "DS-7616NI-K2", "Dahua": "NVR4216-16P-4KS2", "Reolink": "RLN16-410",
                                         "Uniview": "NVR301-08S3"}[vendor]),
           "* Address: http://%s (VLAN %d)" % (ip, c.ch([30, 40, 66])), "* Firmware: see asset sheet", ""]
    if hide:
        out += ["Web UI login is `admin` / `%s` (set during install %s)." % (v, c.date())]
    else:
        out += ["| field | value |", "|---|---|", "| user | admin |", "| password | `%s` |" % v]
    out += ["", "## When a camera goes offline", "", "1. Check PoE port on the %s switch." % c.ch(["core", "IDF-2", "garage"]),
            "2. Power-cycle the port.", "3. If still down, log a ticket with %s support." % vendor, ""]
    return c.ch(["docs/cctv-runbook.md", "notes/runbook.md", "wiki/security/nvr.md"]), "\n".join(out) + "\n", {"provider": vendor.lower()}


@tpl("reolink", "camera_password", "toml", "pw_any", "pw")
def t_toml_neolink(c, v, hide):
    out = ["bind = \"0.0.0.0\"", "", "[[cameras]]", "name = \"%s\"" % c.cam(), "username = \"admin\"",
           "password = \"%s\"" % v, "uid = \"%s\"" % c.serial("reolink"), "stream = \"%s\"" % c.ch(["mainStream", "both", "subStream"])]
    if c.p(0.5):
        out += ["address = \"%s:9000\"" % c.ip()]
    out += ["", "[mqtt]", "broker_addr = \"%s\"" % c.ip(), "port = 1883"]
    return c.ch(["neolink.toml", "config/neolink.toml"]), "\n".join(out) + "\n"


@tpl("mosquitto", "mqtt_bridge_password", "conf", "pw_url", "pw")
def t_mosquitto_bridge(c, v, hide):
    out = ["# bridge Frigate events from the NVR box to the main broker", "connection nvr-bridge",
           "address %s:1883" % c.ip(), "topic frigate/# in 0", "topic homeassistant/# both 0",
           "remote_username %s" % c.ch(["nvr", "bridge", "frigate"]), "remote_password %s" % v,
           "cleansession true", "notifications false", "", "listener 1883", "allow_anonymous false",
           "password_file /mosquitto/config/passwd"]
    return c.ch(["mosquitto/conf.d/bridge.conf", "mosquitto.conf"]), "\n".join(out) + "\n"


@tpl("generic-ipcam", "camera_rtsp_password", "systemd", "pw_url", "url")
def t_systemd(c, v, hide):
    cam = c.cam()
    out = ["[Unit]", "Description=Restream %s camera to the LAN" % cam, "After=network-online.target", "",
           "[Service]", "Type=simple", "User=video",
           "ExecStart=/usr/bin/ffmpeg -rtsp_transport tcp -i %s -c copy -f rtsp rtsp://127.0.0.1:8554/%s" % (
               c.rtsp(c.ch(VENDORS), "admin", v), cam),
           "Restart=always", "RestartSec=5", "", "[Install]", "WantedBy=multi-user.target"]
    return c.ch(["systemd/restream-%s.service" % cam.replace("_", "-"), "etc/systemd/system/cam-restream.service"]), "\n".join(out) + "\n"


@tpl("unifi-protect", "unifi_api_key", "ha-yaml", "unifi_key", "key")
def t_ha_rest_unifi(c, v, hide):
    out = ["# packages/unifi_protect_rest.yaml", "rest:", "  - resource: https://%s/proxy/protect/integration/v1/cameras" % c.ip(),
           "    verify_ssl: false", "    scan_interval: 60", "    headers:", "      X-API-KEY: %s" % c.q(v, ('"', "'", "")),
           "    sensor:", "      - name: protect_camera_count", "        value_template: \"{{ value_json | length }}\""]
    return c.ch(["packages/unifi_protect_rest.yaml", "homeassistant/packages/protect.yaml"]), "\n".join(out) + "\n"


@tpl("hikvision", "camera_password", "ini", "pw_url", "pw")
def t_ini_nvr_tool(c, v, hide):
    out = ["; camera maintenance tool", "[general]", "log_file = /var/log/camtool.log", "timeout = 10", ""]
    for i, cam in enumerate(c.cams(2)):
        out += ["[%s]" % cam, "host = %s" % c.ip(), "vendor = %s" % c.ch(["hikvision", "dahua"]), "user = admin"]
        if i == 0:
            out += ["%s = %s" % (c.name(hide, ["password", "passwd"], ["secret_ref", "auth"]), v)]
        else:
            out += ["password_from = keyring"]
        out.append("")
    return c.ch(["camtool.ini", "config/cameras.ini", "tools/camtool/settings.ini"]), "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# Negative-only domain look-alikes.  fn(c) -> (relpath, text)
# ---------------------------------------------------------------------------

@ntpl("frigate", "env_substitution", "frigate-yaml")
def n_frigate_env(c):
    vendor = c.ch(VENDORS)
    cams = c.cams(2)
    out = frigate_head(c, mqtt_pw='"{FRIGATE_MQTT_PASSWORD}"')
    out += ["go2rtc:", "  streams:"]
    for cam in cams:
        out += ["    %s:" % cam, "      - %s" % c.rtsp(vendor, "{FRIGATE_RTSP_USER}", "{FRIGATE_RTSP_PASSWORD}")]
    out += ["", "cameras:"]
    for cam in cams:
        out += ["  %s:" % cam, "    ffmpeg:", "      inputs:", "        - path: rtsp://127.0.0.1:8554/%s" % cam,
                "          input_args: preset-rtsp-restream", "          roles: [detect, record]"]
        if c.p(0.4):
            out += ["    onvif:", "      host: %s" % c.ip(), "      port: 80", "      user: \"{FRIGATE_RTSP_USER}\"",
                    "      password: \"{FRIGATE_RTSP_PASSWORD}\""]
        out += frigate_tail(c, cam)
    return c.ch(["config/config.yml", "frigate/config.yml"]), "\n".join(out) + "\n"


@ntpl("go2rtc", "no_credentials", "go2rtc-yaml")
def n_go2rtc(c):
    out = ["streams:"]
    for cam in c.cams(c.r.randint(2, 5)):
        form = c.r.randint(0, 3)
        ip = c.ip()
        if form == 0:
            out += ["  %s: rtsp://%s:554%s" % (cam, ip, c.stream_path(c.ch(VENDORS)))]
        elif form == 1:
            out += ["  %s:" % cam, "    - rtsp://${CAM_USER}:${CAM_PASS}@%s:554%s" % (ip, c.stream_path(c.ch(VENDORS)))]
        elif form == 2:
            out += ["  %s: homekit://%s:51827?device_id=%s&feature=1&status=1" % (cam, ip, c.mac())]
        else:
            out += ["  %s: ffmpeg:rtsp://127.0.0.1:8554/%s#video=h264#hardware" % (cam, c.cam())]
    out += ["", "api:", "  listen: \":1984\"", "", "webrtc:", "  listen: \":8555\""]
    return c.ch(["go2rtc.yaml", "go2rtc/go2rtc.yaml"]), "\n".join(out) + "\n"


@ntpl("home-assistant", "secret_reference", "ha-yaml")
def n_ha_secret_refs(c):
    cam = c.cam()
    out = ["homeassistant:", "  name: Home", "  latitude: !secret latitude", "  longitude: !secret longitude", "",
           "default_config:", "", "camera:", "  - platform: generic", "    name: %s" % cam.replace("_", " ").title(),
           "    still_image_url: !secret %s_still_url" % cam, "    stream_source: !secret %s_stream_url" % cam,
           "    username: !secret %s_user" % cam, "    password: !secret %s_password" % cam,
           "    authentication: digest", "", "frigate:", "  url: http://ccab4aaf-frigate:5000", "",
           "notify:", "  - platform: telegram", "    name: alerts", "    chat_id: !secret telegram_chat_id"]
    return c.ch(["configuration.yaml", "homeassistant/configuration.yaml"]), "\n".join(out) + "\n"


@ntpl("home-assistant", "placeholder", "ha-yaml")
def n_ha_secrets_example(c):
    cam = c.cam()
    out = ["# Copy to secrets.yaml and fill in. NEVER commit the real file.",
           "latitude: 0.0", "longitude: 0.0",
           "%s_still_url: http://CAMERA_IP/ISAPI/Streaming/channels/101/picture" % cam,
           "%s_stream_url: rtsp://USER:PASSWORD@CAMERA_IP:554/Streaming/Channels/101" % cam,
           "%s_user: admin" % cam, "%s_password: \"<camera password>\"" % cam,
           "mqtt_password: \"\"", "telegram_chat_id: 0",
           "ha_long_lived_token: \"<create under Profile > Security > Long-lived access tokens>\""]
    return c.ch(["secrets.yaml.example", "homeassistant/secrets.example.yaml", "secrets.sample.yaml"]), "\n".join(out) + "\n"


@ntpl("generic-ipcam", "default_password_docs", "markdown")
def n_readme_defaults(c):
    out = ["# Camera onboarding", "", "New cameras arrive with factory credentials. Change them **before** adding the camera to Frigate.", "",
           "| Vendor | Default user | Default password | Notes |", "|---|---|---|---|",
           "| Hikvision | admin | *(none - set at activation)* | SADP tool activates the device |",
           "| Dahua / Amcrest | admin | *(set at init)* | older firmware used a well-known default, never rely on it |",
           "| Reolink | admin | *(empty)* | app forces a new password |",
           "| Axis | root | *(set at first login)* | |", "",
           "Use the following form in `go2rtc.yaml`, substituting your own values:", "", "```yaml", "streams:",
           "  %s: rtsp://<user>:<password>@<camera-ip>:554%s" % (c.cam(), c.stream_path(c.ch(VENDORS))), "```", "",
           "Store the real password in the password manager entry `CCTV / %s`." % c.site()]
    return c.ch(["README.md", "docs/onboarding.md", "cameras/README.md"]), "\n".join(out) + "\n"


@ntpl("generic-ipcam", "inventory_ids", "csv")
def n_inventory_csv(c):
    out = ["name,vendor,model,serial,mac,ip,firmware,credential_ref"]
    for cam in c.cams(c.r.randint(4, 9)):
        vendor = c.ch(["hikvision", "dahua", "reolink", "axis"])
        model = {"hikvision": "DS-2CD2386G2-IU", "dahua": "IPC-HDW3849H-AS-PV", "reolink": "RLC-811A", "axis": "P3265-LVE"}[vendor]
        out.append(",".join([cam, vendor, model, c.serial(vendor), c.mac(), c.ip(),
                             "V%d.%d.%d" % (c.r.randint(1, 5), c.r.randint(0, 9), c.r.randint(0, 99)),
                             "vault:cctv/%s" % cam]))
    return c.ch(["inventory/cameras.csv", "docs/camera-inventory.csv", "assets/cctv.csv"]), "\n".join(out) + "\n"


@ntpl("nvr", "masked_password", "json")
def n_nvr_masked(c):
    chans = []
    for i in range(c.r.randint(2, 5)):
        chans.append({"channel": i + 1, "name": c.cam(), "ip": c.ip(), "user": "admin",
                      "password": c.ch(["******", "********", "", "<hidden>"]), "passwordSet": True,
                      "serial": c.serial("hikvision"), "mac": c.mac()})
    data = {"exportedBy": "web-ui", "exportedAt": c.date() + "T%02d:%02d:00Z" % (c.r.randint(0, 23), c.r.randint(0, 59)),
            "note": "passwords are masked by the NVR on export", "channels": chans}
    return c.ch(["backup/nvr-export.json", "nvr/channels-masked.json"]), J(data) + "\n"


@ntpl("onvif", "device_info", "xml")
def n_onvif_devinfo(c):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://www.w3.org/2003/05/soap-envelope" xmlns:tds="http://www.onvif.org/ver10/device/wsdl">',
           "  <SOAP-ENV:Body>", "    <tds:GetDeviceInformationResponse>",
           "      <tds:Manufacturer>%s</tds:Manufacturer>" % c.ch(["HIKVISION", "Dahua", "Reolink", "AXIS"]),
           "      <tds:Model>%s</tds:Model>" % c.ch(["DS-2CD2143G2-I", "IPC-HFW2431S", "RLC-520A", "M3106-L"]),
           "      <tds:FirmwareVersion>V%d.%d.%d build %d</tds:FirmwareVersion>" % (c.r.randint(4, 5), c.r.randint(0, 9), c.r.randint(0, 9), c.r.randint(200000, 240000)),
           "      <tds:SerialNumber>%s</tds:SerialNumber>" % c.serial(c.ch(["hikvision", "dahua", "reolink"])),
           "      <tds:HardwareId>%s</tds:HardwareId>" % c.hex(8).upper(),
           "    </tds:GetDeviceInformationResponse>", "  </SOAP-ENV:Body>", "</SOAP-ENV:Envelope>"]
    return c.ch(["captures/onvif/GetDeviceInformation.xml", "tests/fixtures/device_info.xml"]), "\n".join(out) + "\n"


@ntpl("vlc", "no_credentials", "m3u")
def n_m3u(c):
    out = ["#EXTM3U"]
    host = c.ch(["frigate.lan", c.ip(), "nvr.home"])
    for cam in c.cams(c.r.randint(2, 6)):
        out += ["#EXTINF:-1,%s" % cam.replace("_", " ").title(), "rtsp://%s:8554/%s" % (host, cam)]
    return c.ch(["cameras.m3u", "playlists/restream.m3u"]), "\n".join(out) + "\n"


@ntpl("vlc", "no_credentials", "xspf")
def n_xspf(c):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<playlist xmlns="http://xspf.org/ns/0/" version="1">', "  <trackList>"]
    for cam in c.cams(c.r.randint(2, 4)):
        out += ["    <track>", "      <location>rtsp://%s:8554/%s</location>" % (c.ip(), cam),
                "      <title>%s</title>" % cam, "    </track>"]
    out += ["  </trackList>", "</playlist>"]
    return c.ch(["cameras.xspf", "vlc/restream.xspf"]), "\n".join(out) + "\n"


@ntpl("frigate", "event_ids", "json")
def n_frigate_events(c):
    evs = []
    for _ in range(c.r.randint(2, 4)):
        ts = c.r.randint(1700000000, 1740000000) + c.r.random()
        eid = "%.6f-%s" % (ts, c.rand("abcdefghijklmnopqrstuvwxyz0123456789", 6))
        evs.append({"id": eid, "camera": c.cam(), "label": c.ch(["person", "car", "dog", "package"]),
                    "top_score": round(c.r.uniform(0.7, 0.97), 3), "start_time": round(ts, 6),
                    "end_time": round(ts + c.r.uniform(5, 90), 6), "has_clip": True, "has_snapshot": True,
                    "zones": [], "thumbnail": None, "plus_id": None})
    return c.ch(["tests/fixtures/events.json", "docs/samples/frigate_events.json"]), J(evs) + "\n"


@ntpl("unifi-protect", "device_ids", "json")
def n_unifi_bootstrap(c):
    cams = []
    for cam in c.cams(c.r.randint(2, 4)):
        cams.append({"id": c.hex(24), "name": cam.replace("_", " ").title(), "mac": c.mac(sep="").upper(),
                     "host": c.ip(), "type": c.ch(["UVC G4 Bullet", "UVC G5 Dome", "UVC G4 Doorbell Pro", "UVC AI 360"]),
                     "firmwareVersion": "4.%d.%d" % (c.r.randint(50, 74), c.r.randint(0, 30)), "state": "CONNECTED",
                     "isAdopted": True, "nvrMac": c.mac(sep="").upper()})
    return c.ch(["protect/cameras.json", "docs/protect-bootstrap-sample.json"]), J({"cameras": cams}) + "\n"


@ntpl("frigate", "env_reference", "compose-yaml")
def n_compose_envfile(c):
    out = ["services:", "  frigate:", "    image: ghcr.io/blakeblackshear/frigate@sha256:%s" % c.hex(64),
           "    restart: unless-stopped", "    env_file:", "      - ./frigate.env", "    environment:",
           "      FRIGATE_RTSP_PASSWORD: ${FRIGATE_RTSP_PASSWORD:?set in .env}",
           "      PLUS_API_KEY: ${PLUS_API_KEY:-}", "    secrets:", "      - mqtt_password",
           "    volumes:", "      - ./config:/config", "", "secrets:", "  mqtt_password:", "    file: ./secrets/mqtt_password.txt"]
    return c.ch(["docker-compose.yml", "compose.yaml"]), "\n".join(out) + "\n"


@ntpl("frigate", "secret_manager_reference", "k8s-yaml")
def n_externalsecret(c):
    out = ["apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:", "  name: frigate",
           "  namespace: nvr", "spec:", "  refreshInterval: 1h", "  secretStoreRef:", "    name: %s" % c.ch(["vault-backend", "aws-sm", "onepassword"]),
           "    kind: ClusterSecretStore", "  target:", "    name: frigate-credentials", "  data:",
           "    - secretKey: FRIGATE_RTSP_PASSWORD", "      remoteRef:", "        key: cctv/frigate", "        property: rtsp_password",
           "    - secretKey: PLUS_API_KEY", "      remoteRef:", "        key: cctv/frigate", "        property: plus_api_key"]
    return c.ch(["k8s/frigate/externalsecret.yaml", "clusters/home/frigate/es.yaml"]), "\n".join(out) + "\n"


def _sops_enc(c, n):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
        base64.b64encode(bytes(c.r.randint(0, 255) for _ in range(n))).decode(),
        base64.b64encode(bytes(c.r.randint(0, 255) for _ in range(32))).decode(),
        base64.b64encode(bytes(c.r.randint(0, 255) for _ in range(16))).decode())


@ntpl("sops", "ciphertext", "sops-yaml")
def n_sops(c):
    b32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    out = ["frigate_rtsp_password: %s" % _sops_enc(c, c.r.randint(10, 20)),
           "unifi_api_key: %s" % _sops_enc(c, 32), "mqtt_password: %s" % _sops_enc(c, 16), "sops:",
           "    kms: []", "    gcp_kms: []", "    age:", "        - recipient: age1%s" % c.rand(b32, 58),
           "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----"]
    blob = base64.b64encode(bytes(c.r.randint(0, 255) for _ in range(190))).decode()
    for i in range(0, len(blob), 64):
        out.append("            " + blob[i:i + 64])
    out += ["            -----END AGE ENCRYPTED FILE-----",
            "    lastmodified: \"%sT10:%02d:11Z\"" % (c.date(), c.r.randint(0, 59)),
            "    mac: %s" % _sops_enc(c, 32), "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return c.ch(["secrets/cctv.enc.yaml", "clusters/home/frigate/secrets.sops.yaml"]), "\n".join(out) + "\n"


@ntpl("ansible", "ciphertext", "ansible-vault")
def n_vault(c):
    out = ["$ANSIBLE_VAULT;1.1;AES256"]
    for _ in range(c.r.randint(6, 14)):
        out.append(c.hex(80))
    return c.ch(["group_vars/cctv/vault.yml", "inventory/group_vars/door_controllers/vault.yml"]), "\n".join(out) + "\n"


@ntpl("generic-ipcam", "env_lookup", "shell")
def n_ffmpeg_env(c):
    cam = c.cam()
    out = ["#!/usr/bin/env bash", "set -euo pipefail", ": \"${CAM_PASS:?export CAM_PASS first (see pass cctv/%s)}\"" % cam,
           "CAM_PASS=${CAM_PASS:-$(pass show cctv/%s)}" % cam, "HOST=%s" % c.ip(), "",
           "ffmpeg -rtsp_transport tcp -i \"rtsp://admin:${CAM_PASS}@${HOST}:554%s\" \\" % c.stream_path(c.ch(VENDORS)),
           "  -frames:v 1 -q:v 2 \"/tmp/%s.jpg\"" % cam]
    return c.ch(["scripts/snap.sh", "bin/grab-frame.sh"]), "\n".join(out) + "\n"


@ntpl("generic-ipcam", "keyring_lookup", "python")
def n_py_keyring(c):
    out = ["import os", "import keyring", "import requests", "from requests.auth import HTTPDigestAuth", "",
           "HOST = os.environ.get(\"CAM_HOST\", \"%s\")" % c.ip(),
           "PASSWORD = keyring.get_password(\"cctv\", \"admin\") or os.environ[\"CAM_PASSWORD\"]",
           "assert PASSWORD, \"no camera password configured\"", "",
           "r = requests.get(f\"http://{HOST}/ISAPI/System/deviceInfo\", auth=HTTPDigestAuth(\"admin\", PASSWORD), timeout=5)",
           "print(r.status_code, len(r.text))"]
    return c.ch(["scripts/devinfo.py", "tools/cam_probe.py"]), "\n".join(out) + "\n"


@ntpl("i18n", "ui_strings", "json")
def n_i18n(c):
    lang = c.ch(["de", "fr", "nl", "es"])
    t = {"de": ("Passwort", "API-Schlüssel", "Kamera-Passwort eingeben", "Anmelden"),
         "fr": ("Mot de passe", "Clé API", "Saisissez le mot de passe de la caméra", "Connexion"),
         "nl": ("Wachtwoord", "API-sleutel", "Voer het camerawachtwoord in", "Inloggen"),
         "es": ("Contraseña", "Clave de API", "Introduzca la contraseña de la cámara", "Iniciar sesión")}[lang]
    data = {"auth": {"password": t[0], "apiKey": t[1], "cameraPasswordHint": t[2], "login": t[3],
                     "passwordRequired": "%s *" % t[0], "token_expired": "Session expired"},
            "camera": {"rtspUrl": "RTSP URL", "onvifPort": "ONVIF port", "secretRef": "!secret …"}}
    return "web/src/locales/%s/%s.json" % (lang, c.ch(["auth", "common", "settings"])), J(data, 2) + "\n"


@ntpl("firmware", "digest", "txt")
def n_sha256sums(c):
    out = []
    for _ in range(c.r.randint(5, 9)):
        fn = c.ch(["digicap.dav", "DH_IPC-HX2XXX_V2.820.0000000.7.R.231122.bin", "IPC_523128M5MP.1540_24031511.RLC-811A.OV05A10.5MP.REOLINK.pak",
                   "M3106-L_10_12_213.bin", "frigate-0.14.1.tar.gz", "go2rtc_linux_arm64"])
        out.append("%s  %s" % (c.hex(64), fn))
    return c.ch(["firmware/SHA256SUMS", "releases/checksums.txt"]), "\n".join(out) + "\n"


@ntpl("osdp", "documented_default_key", "json")
def n_osdp_default(c):
    cfg = {"bus": {"device": "/dev/ttyS1", "baud": 9600},
           "readers": [{"address": 0, "name": "Bench reader", "secure_channel": True, "install_mode": True,
                        "scbk": None,
                        "_comment": "SCBK-D is the OSDP spec's published default install key; a unique SCBK is provisioned on first secure session",
                        "scbk_d": "303132333435363738393A3B3C3D3E3F"}]}
    return c.ch(["bench/osdp-install.json", "docs/examples/osdp_install_mode.json"]), J(cfg) + "\n"


@ntpl("rfc7616", "test_vector", "python")
def n_rfc_digest(c):
    def md5(s):
        return hashlib.md5(s.encode()).hexdigest()
    user, realm, pw = "Mufasa", "http-auth@example.org", "Circle of Life"
    nonce = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v"
    cnonce = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ"
    ha1 = md5("%s:%s:%s" % (user, realm, pw))
    ha2 = md5("GET:/dir/index.html")
    resp = md5("%s:%s:00000001:%s:auth:%s" % (ha1, nonce, cnonce, ha2))
    out = ["\"\"\"Digest auth used by our ISAPI client, checked against the RFC 7616 section 3.9.1 example.\"\"\"",
           "from camlib.digest import response_md5", "", "",
           "def test_rfc7616_example():",
           "    # Test vector published in RFC 7616 (not a real account).",
           "    got = response_md5(", "        username=\"%s\"," % user, "        realm=\"%s\"," % realm,
           "        password=\"%s\"," % pw, "        method=\"GET\",", "        uri=\"/dir/index.html\",",
           "        nonce=\"%s\"," % nonce, "        nc=\"00000001\",", "        cnonce=\"%s\"," % cnonce,
           "        qop=\"auth\",", "    )", "    assert got == \"%s\"" % resp]
    return c.ch(["tests/test_digest.py", "camlib/tests/test_auth.py"]), "\n".join(out) + "\n"


@ntpl("motion", "empty_value", "conf")
def n_motion_empty(c):
    cam = c.cam()
    out = ["camera_name %s" % cam, "target_dir /var/lib/motioneye/%s" % cam,
           "netcam_url rtsp://%s:554%s" % (c.ip(), c.stream_path(c.ch(VENDORS))),
           "# netcam_userpass user:password", "netcam_userpass ", "netcam_keepalive off",
           "width 1920", "height 1080", "framerate 10", "threshold 2500", "movie_output on"]
    return c.ch(["motioneye/camera-2.conf", "motion/camera2.conf"]), "\n".join(out) + "\n"


@ntpl("wyze", "id_only", "dotenv")
def n_wyze_env(c):
    out = ["# docker-wyze-bridge", "WYZE_EMAIL=%s" % c.email(), "WYZE_PASSWORD=", "API_ID=%s" % c.uuid(),
           "API_KEY=", "# ^ fill API_KEY from the Wyze developer console; it is stored in 1Password",
           "ENABLE_AUDIO=True", "NET_MODE=LAN"]
    return c.ch([".env.example", "wyze/.env.sample"]), "\n".join(out) + "\n"


@ntpl("verkada", "webhook_sample", "json")
def n_verkada_webhook(c):
    data = {"org_id": c.uuid(), "webhook_type": "notification", "created_at": c.r.randint(1690000000, 1740000000),
            "data": {"camera_id": c.uuid(), "notification_type": c.ch(["person_of_interest", "tamper", "motion", "crowd"]),
                     "created": c.r.randint(1690000000, 1740000000),
                     "image_url": "https://%s.command.verkada.com/cameras/%s/thumbnail" % (c.site(), c.uuid()),
                     "video_url": "https://command.verkada.com/cameras/%s/history/%d" % (c.uuid(), c.r.randint(1690000000, 1740000000)),
                     "objects": [], "crowd_threshold": None}}
    return c.ch(["tests/fixtures/verkada_webhook.json", "docs/webhook-example.json"]), J(data) + "\n"


@ntpl("nginx", "no_credentials", "nginx-conf")
def n_nginx(c):
    out = ["server {", "    listen 443 ssl http2;", "    server_name frigate.%s;" % c.domain(),
           "    ssl_certificate /etc/letsencrypt/live/frigate/fullchain.pem;",
           "    ssl_certificate_key /etc/letsencrypt/live/frigate/privkey.pem;", "",
           "    location / {", "        auth_request /oauth2/auth;", "        error_page 401 = /oauth2/sign_in;",
           "        proxy_pass http://%s:5000;" % c.ip(), "        proxy_set_header Host $host;",
           "        proxy_set_header Upgrade $http_upgrade;", "        proxy_set_header Connection \"upgrade\";", "    }",
           "    location /oauth2/ {", "        proxy_pass http://127.0.0.1:4180;", "    }", "}"]
    return c.ch(["nginx/sites-available/frigate.conf", "deploy/nginx/frigate.conf"]), "\n".join(out) + "\n"


@ntpl("generic-ipcam", "env_reference", "systemd")
def n_systemd(c):
    cam = c.cam()
    out = ["[Unit]", "Description=Restream %s" % cam, "", "[Service]", "EnvironmentFile=/etc/cctv/%s.env" % cam,
           "ExecStart=/usr/bin/ffmpeg -rtsp_transport tcp -i ${CAM_URL} -c copy -f rtsp rtsp://127.0.0.1:8554/%s" % cam,
           "Restart=always", "", "[Install]", "WantedBy=multi-user.target"]
    return c.ch(["systemd/restream.service", "etc/systemd/system/restream@.service"]), "\n".join(out) + "\n"


@ntpl("github-actions", "secret_reference", "gha-yaml")
def n_gha(c):
    out = ["name: deploy frigate config", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:",
           "    runs-on: self-hosted", "    steps:", "      - uses: actions/checkout@v4", "      - name: render",
           "        env:", "          FRIGATE_RTSP_PASSWORD: ${{ secrets.FRIGATE_RTSP_PASSWORD }}",
           "          PLUS_API_KEY: ${{ secrets.PLUS_API_KEY }}",
           "        run: envsubst < config.tmpl.yml > /opt/frigate/config/config.yml",
           "      - run: docker restart frigate"]
    return c.ch([".github/workflows/deploy.yml", ".github/workflows/frigate.yml"]), "\n".join(out) + "\n"


@ntpl("generic", "empty_values", "dotenv")
def n_env_example(c):
    out = ["# Copy to .env and fill in", "FRIGATE_RTSP_USER=admin", "FRIGATE_RTSP_PASSWORD=", "FRIGATE_MQTT_PASSWORD=",
           "PLUS_API_KEY=", "UNIFI_PROTECT_API_KEY=", "VERKADA_API_KEY=<from Command > Admin > API & Integrations>",
           "KISI_API_KEY=", "BRIVO_CLIENT_SECRET=", "TZ=UTC"]
    c.r.shuffle(out[1:-1])
    return c.ch([".env.example", ".env.template", "env.sample"]), "\n".join(out) + "\n"


@ntpl("go2rtc", "masked_log", "log")
def n_masked_log(c):
    out = ["# excerpt from 'docker logs frigate' attached to ticket #%d" % c.r.randint(100, 9999), ""]
    for cam in c.cams(c.r.randint(4, 8)):
        ts = "%s %02d:%02d:%02d" % (c.date(), c.r.randint(0, 23), c.r.randint(0, 59), c.r.randint(0, 59))
        out.append("%s WRN [rtsp] error=\"dial tcp %s:554: i/o timeout\" url=rtsp://admin:*****@%s:554%s stream=%s" % (
            ts, c.ip(), c.ip(), c.stream_path("hikvision"), cam))
    return c.ch(["logs/go2rtc.log", "support/frigate-logs.txt"]), "\n".join(out) + "\n"


@ntpl("hikvision", "device_info", "xml")
def n_hik_devinfo(c):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<DeviceInfo version="2.0" xmlns="http://www.hikvision.com/ver20/XMLSchema">',
           "<deviceName>%s</deviceName>" % c.cam(), "<deviceID>%s</deviceID>" % c.uuid(),
           "<model>DS-2CD2143G2-IS</model>", "<serialNumber>%s</serialNumber>" % c.serial("hikvision"),
           "<macAddress>%s</macAddress>" % c.mac().lower(), "<firmwareVersion>V5.7.%d</firmwareVersion>" % c.r.randint(0, 20),
           "<firmwareReleasedDate>build %d</firmwareReleasedDate>" % c.r.randint(220000, 240000),
           "<deviceType>IPCamera</deviceType>", "</DeviceInfo>"]
    return c.ch(["captures/isapi/deviceInfo.xml", "docs/hik/deviceInfo-sample.xml"]), "\n".join(out) + "\n"


@ntpl("prodatakey", "placeholder_reference", "properties")
def n_props(c):
    out = ["spring.application.name=badge-sync", "pdk.api.base-url=https://api.pdk.io",
           "pdk.oauth.client-id=${PDK_CLIENT_ID}", "pdk.oauth.client-secret=${PDK_CLIENT_SECRET}",
           "brivo.api-key=${BRIVO_API_KEY:}", "spring.datasource.password=${DB_PASSWORD}",
           "management.endpoints.web.exposure.include=health,info"]
    return "src/main/resources/application.properties", "\n".join(out) + "\n"


@ntpl("verkada", "secret_manager_reference", "powershell")
def n_ps_secret(c):
    out = ["Import-Module verkadaModule", "$orgId = '%s'" % c.uuid(),
           "$apiKey = Get-Secret -Name VerkadaApiKey -AsPlainText",
           "Connect-Verkada -org_id $orgId -x_api_key $apiKey", "Get-VerkadaCameras | Select-Object name, serial, site"]
    return c.ch(["scripts/Get-Cameras.ps1", "verkada/inventory.ps1"]), "\r\n".join(out) + "\r\n"


@ntpl("generic", "commit_hashes", "markdown")
def n_changelog(c):
    out = ["# Changelog", ""]
    for _ in range(c.r.randint(3, 6)):
        out += ["## %s" % c.date(), "",
                "- %s (%s)" % (c.ch(["mask camera passwords in exported NVR JSON", "read Frigate+ key from env instead of config",
                                     "rotate UniFi Protect API key handling", "support !secret in go2rtc streams",
                                     "redact tokens in debug logs", "add Kisi unlock retry"]), c.hex(40)[:c.ch([7, 12, 40])]), ""]
    return "CHANGELOG.md", "\n".join(out)


@ntpl("mosquitto", "no_credentials", "conf")
def n_mosquitto_acl(c):
    out = ["# ACL for the NVR broker", "user frigate", "topic readwrite frigate/#", "", "user homeassistant",
           "topic read frigate/#", "topic readwrite homeassistant/#", "", "pattern read $SYS/broker/clients/#"]
    return c.ch(["mosquitto/acl", "mosquitto/config/acl.conf"]), "\n".join(out) + "\n"


@ntpl("ring", "env_lookup", "javascript")
def n_js_ring_env(c):
    out = ["const fs = require('fs');", "const { RingApi } = require('ring-client-api');", "",
           "const ringApi = new RingApi({ refreshToken: process.env.RING_REFRESH_TOKEN });",
           "ringApi.onRefreshTokenUpdated.subscribe(({ newRefreshToken }) => {",
           "  // persist outside the repo", "  fs.writeFileSync('/var/lib/ring/token', newRefreshToken, { mode: 0o600 });", "});"]
    return c.ch(["ring/index.js", "src/ring.js"]), "\n".join(out) + "\n"


@ntpl("access-control", "ids_and_schedules", "yaml")
def n_access_schedule(c):
    out = ["doors:"]
    for d in c.r.sample(["lobby", "dock", "server_room", "stairwell_n", "parking_gate", "lab"], 3):
        out += ["  - id: %d" % c.r.randint(10000, 99999), "    name: %s" % d, "    controller_mac: \"%s\"" % c.mac(),
                "    reader_serial: %s" % c.rand("0123456789ABCDEF", 12), "    schedule: %s" % c.ch(["business_hours", "24x7", "weekdays_7_19"])]
    out += ["card_formats:", "  - name: H10301", "    bits: 26", "    facility_code: %d" % c.r.randint(1, 255)]
    return c.ch(["acs/doors.yaml", "config/access/doors.yml"]), "\n".join(out) + "\n"


@ntpl("home-assistant", "truncated_token_docs", "markdown")
def n_md_truncated_token(c):
    out = ["## Troubleshooting 401 from the HA API", "",
           "Make sure the header looks like this (token shortened):", "", "```",
           "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.<payload>.<signature>", "```", "",
           "If you pasted the token with a trailing newline, Home Assistant rejects it. Tokens are created under",
           "*Profile -> Security -> Long-lived access tokens* and must be kept in `secrets.yaml` (not in git)."]
    return c.ch(["docs/troubleshooting.md", "notes/ha-api.md"]), "\n".join(out) + "\n"


@ntpl("scrypted", "documented_placeholder", "compose-yaml")
def n_scrypted_placeholder(c):
    out = ["services:", "  scrypted:", "    image: ghcr.io/koush/scrypted", "    environment:",
           "      # change this to a random string before enabling the update webhook",
           "      - SCRYPTED_WEBHOOK_UPDATE_AUTHORIZATION=Bearer SET_THIS_TO_SOME_RANDOM_TEXT",
           "      - SCRYPTED_WEBHOOK_UPDATE=http://localhost:10444/v1/update", "    network_mode: host",
           "    volumes:", "      - ~/.scrypted/volume:/server/volume"]
    return "scrypted/docker-compose.yml", "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------

N_POS = 500
N_NEG = 500


def filler_class(v):
    if v == "":
        return "empty"
    if v.startswith("{FRIGATE_"):
        return "frigate_env_substitution"
    if v.startswith("${") or v.startswith("%"):
        return "env_reference"
    if set(v) <= set("*x•") or v in ("REDACTED", "<redacted>", "****************"):
        return "masked"
    return "placeholder"


def slot_cycle(c, n):
    """Deterministic, well-spread sequence of templates (env templates share 3 slots)."""
    base = [t for t in TEMPLATES if not t["name"].startswith("t_env_")]
    envs = [t for t in TEMPLATES if t["name"].startswith("t_env_")]
    seq = []
    while len(seq) < n:
        order = base + ["ENV"] * 3
        c.r.shuffle(order)
        for t in order:
            seq.append(c.ch(envs) if t == "ENV" else t)
    return seq[:n]


def line_of(text, needle):
    i = text.find(needle)
    if i < 0:
        raise AssertionError("needle not found")
    return text[:i].count("\n") + 1


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(text.encode("utf-8"))


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_dg.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    c = Ctx(random.Random(seed))
    manifest, secrets = [], []
    all_secrets = []

    # ---- positives
    for i, t in enumerate(slot_cycle(c, N_POS)):
        c.neg = False
        hide = (i % 2 == 1)
        v = GENS[t["gen"]](c)
        res = t["fn"](c, v, hide)
        rel, text = res[0], res[1]
        extra = res[2] if len(res) > 2 else {}
        needle = extra.get("needle", v)
        provider = extra.get("provider", t["provider"])
        fname = "pos/p%04d/%s" % (i, rel)
        write(outdir, fname, text)
        manifest.append({"file": fname, "label": "pos", "provider": provider, "kind": t["kind"],
                         "filetype": t["filetype"], "template": t["name"], "obvious_name": not hide})
        secrets.append({"file": fname, "needle": needle, "line": line_of(text, needle)})
        all_secrets.append(needle)

    # ---- negatives: half re-used positive templates with a safe filler, half domain look-alikes
    reuse = slot_cycle(c, N_NEG // 2)
    domain = []
    while len(domain) < N_NEG - len(reuse):
        order = list(NEG_TEMPLATES)
        c.r.shuffle(order)
        domain += order
    domain = domain[:N_NEG - len(reuse)]
    jobs = [("reuse", t) for t in reuse] + [("domain", t) for t in domain]
    c.r.shuffle(jobs)
    for i, (mode, t) in enumerate(jobs):
        c.neg = True
        if mode == "reuse":
            v = c.ch(NEG_FILL[t["slot"]])
            res = t["fn"](c, v, i % 2 == 1)
            kind = "%s:%s" % (filler_class(v), t["kind"])
        else:
            res = t["fn"](c)
            kind = t["kind"]
        rel, text = res[0], res[1]
        extra = res[2] if len(res) > 2 else {}
        fname = "neg/n%04d/%s" % (i, rel)
        write(outdir, fname, text)
        manifest.append({"file": fname, "label": "neg", "provider": extra.get("provider", t["provider"]),
                         "kind": kind, "filetype": t["filetype"], "template": t["name"]})

    with open(os.path.join(outdir, "manifest.jsonl"), "w") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as f:
        for s in secrets:
            f.write(json.dumps(s, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
