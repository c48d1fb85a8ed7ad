#!/usr/bin/env python3
r"""gen_cm.py -- blind evaluation-set generator for keyhook (set "cm").

EMPHASIS
    C, C++ and systems/embedded code bases.  Positives are credentials the way
    firmware and native-service developers really commit them:
      * Wi-Fi passphrases and MQTT/HTTP API keys in firmware headers
        (arduino_secrets.h, config.h, credentials.h, Doxygen-commented headers),
        Arduino sketches (WiFi.begin / Blynk.begin / ThingSpeak positional args),
        ESP-IDF C (wifi_config_t, esp_mqtt_client_config_t incl. mqtts://user:pw@ URIs),
        Zephyr C (wifi_connect_req_params.psk);
      * keys as C byte arrays, \x-escaped strings or hex strings: AES-128/256,
        HMAC, LoRaWAN AppKey/NwkKey (LMIC sketch and LoRaMac-node Commissioning.h),
        TLS/DTLS PSK for mbedtls_ssl_conf_psk;
      * device private keys (SEC1 EC, PKCS#8 EC/Ed25519, PKCS#1 RSA) as C string
        literals: one literal per line, backslash-continued macros (FreeRTOS
        demo_config.h), C++ raw strings;
      * cloud API keys in C++ services: libcurl headers/URLs, gRPC metadata, AWS SDK
        credentials, Azure IoT Hub connection strings, Telegram bot URLs;
      * database passwords in Qt/C++ (QSqlDatabase::setPassword, QSettings defaults,
        .ini files), MySQL positional args, libpq conninfo/URLs;
      * build/config files: CMakeLists.txt (-D / cache vars), CMakePresets.json,
        Makefile, meson.build, qmake .pro, platformio.ini build_flags, ESP-IDF
        sdkconfig(.defaults), Zephyr prj.conf and Kconfig defaults, Buildroot
        defconfig root password, Yocto local.conf (usermod -P, SRC_URI user=),
        U-Boot uEnv.txt, OpenWrt UCI (wireless key, PPPoE password),
        wpa_supplicant.conf, mbed_app.json, ESP-IDF NVS partition CSV, GitHub
        workflow env, Markdown READMEs;
      * integration tests (GoogleTest, Unity, CppUTest) that hold a live credential.
    50 positive templates, 40 look-alike negative templates, ~27 file types.

USAGE
    python3 gen_cm.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Standard library only; all
    randomness comes from random.Random(SEED), so output is byte-identical per SEED.
    manifest "kind" for negatives names the look-alike (placeholder, env_reference,
    configure_placeholder, doc_example, test_vector, lookup_table, public_key ...).

NEEDLE CONVENTIONS
    * Strings (passwords, API keys, tokens): the secret value exactly as written,
      without surrounding quotes.  For id/secret pairs (AWS key id + secret, Twilio
      SID + token, ThingSpeak channel + write key, Blynk template id + token) the
      needle is the secret half only.  For Azure IoT connection strings the needle
      is the SharedAccessKey value; for Slack webhooks the whole URL; for Telegram
      the bot token inside the api.telegram.org/bot<token>/ URL; for passwords in
      URLs (mqtts://user:pw@, postgresql://, https://user:pw@ in uEnv.txt) the
      password part only (these passwords are generated URL-safe).
    * Byte-array keys: the text of the FIRST line of the byte list as written,
      stripped of indentation and of a trailing comma, e.g.
      "0x2B, 0x7E, 0x15, ..." (a key is written on 1, 2 or 4 lines of 32, 16 or
      8 bytes).  \x-escaped strings: the whole escaped string.
      Hex-string keys: the hex string.
    * PEM private keys: the FIRST base64 body line (64 chars, or shorter for a
      one-line body), without the C-string quotes or the "\n" escape; "line" is the
      line holding that body line (the BEGIN line is always the line above it).
    * "line" is the 1-based line of the needle's first occurrence; each needle
      occurs exactly once in its file.

NEGATIVES
    Half re-use the positive templates with the secret slot filled by: placeholders
    (YOUR_WIFI_PASSWORD, <api-key>, PASTE_TOKEN_HERE, TODO, "..."), empty strings,
    masked/redacted values (********, [redacted], ghp_*****, sk_live_****),
    build-system references ($ENV{X}, $env{X} in presets, $(X), ${sysenv.X},
    ${{ secrets.X }}, ${X}), CMake configure_file placeholders "@X@" (the file then
    gets a ".in" suffix), runtime lookups (getenv(), CONFIG_X, nvs/secret-store
    calls), provider documentation examples (AWS AKIAIOSFODNN7EXAMPLE / wJalr...
    EXAMPLEKEY, Telegram Bot API sample token, Blynk "YourAuthToken", Twilio
    ACXXXX...), publishable/public values (Stripe pk_live_, Mapbox pk. tokens),
    all-zero / all-0xFF (erased flash) key arrays, well-known test keys
    (FIPS-197 000102..0f, SP 800-38A 2b7e1516...), LMIC "{ FILLMEIN }",
    PEM blocks whose body is a placeholder.
    The other half are domain look-alikes: FIPS-197 / SP 800-38A AES vectors,
    SHA-256 and RFC 4231 HMAC vectors (digests computed with hashlib/hmac),
    RFC 4648 base64 vectors, AES S-box + Rcon, CRC-32 and CRC-16 tables, SHA-256
    H0/K constants, NIST P-256 domain parameters, 5x7 font bitmaps, gamma tables,
    BLE service/characteristic UUIDs (Nordic UART, SIG 16-bit, random custom),
    MAC addresses / serials / hardware ids, generated version.h with git SHAs and
    image digests, OTA manifests with sha256/md5/signature, root CA certificates
    and public keys as C strings or byte arrays, ESP-IDF defaults "mypassword",
    Kconfig with empty defaults, secrets.h.example templates, NVS loaders,
    mbedTLS DRBG personalization strings, U-Boot env with bootstopkeysha256,
    OpenWrt OWE/open guest networks, Yocto recipes with SRCREV/sha256sum,
    vcpkg builtin-baseline, FetchContent GIT_TAG/URL_HASH, meson wrap hashes,
    Makefile toolchain checksums, qmake git hash defines, Qt .ini with PBKDF2
    password hashes, i18n strings about passwords, log-redaction unit tests.

DOUBTS
    Formats written from memory (not checked against provider docs this session):
    * GitHub classic PAT ghp_ + 30 base62 + 6-char base62 CRC32 checksum.  GitHub's
      blog states a 32-bit checksum; that it is CRC32 of the 30 random chars with
      alphabet 0-9A-Za-z, zero-padded to 6, is my understanding (also described by a
      third-party token package shown in search) and may differ in detail.
    * github_pat_11 + 20 [A-Z0-9] + "_" + 59 base62 (fine-grained PAT) -- layout of
      the first part is a guess.
    * Slack xoxb- segment lengths; Stripe sk_live_51 + 97 long form; OpenAI
      sk-/sk-proj- with the "T3BlbkFJ" marker and segment lengths; Anthropic
      sk-ant-api03- + 93 + "AA"; Adafruit IO "aio_" + 28 (newer) / 32 hex (older);
      Blynk 32-char token and "TMPL" + 10 template id; ThingSpeak 16-char upper-case
      write key; Ubidots "BBFF-" + 30; Pushover 30-char app token; Mapbox
      sk.<base64url {"u","a"}>.<22>; JFrog reference token = base64("reftkn:01:
      <exp>:<random>"); DigitalOcean dop_v1_ + 64 hex; Telegram <digits>:AA + 33;
      Google AIza + 35; Particle 40 hex; Datadog / OpenWeatherMap 32 hex; Twilio
      AC + 32 hex SID and 32-hex auth token; Azure IoT SharedAccessKey = base64 of
      32 bytes; AWS AKIA + 16 [A-Z2-7] / 40-char secret.
    * PEM bodies are structurally plausible DER (correct headers/OIDs/lengths) with
      random content; they are not mathematically valid keys.  RSA bodies start
      "MIIEp..." rather than the more common "MIIEow"/"MIIEpA".
    * Telegram Bot API example token "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"
      and Zephyr CONFIG_WIFI_CREDENTIALS_STATIC_* / Yocto "usermod -P" usage are
      from memory / confirmed by search respectively.
    Labels a reviewer might dispute:
    * Positives under neutral names (kProfileHash holding an HMAC key, KEY_A
      holding a LoRaWAN AppKey, UPLINK_PROFILE holding an API key) -- labelled by
      how the value is used, not its name.
    * Integration tests (GoogleTest/Unity/CppUTest) holding live-looking tokens or
      broker passwords are positives; the "password=example" redaction test is negative.
    * Positives: Yocto usermod -P and Buildroot BR2_TARGET_GENERIC_ROOT_PASSWD
      plaintext root passwords, uEnv.txt OTA basic-auth passwords, Kconfig defaults.
    * Negatives: AES keys equal to FIPS-197/SP 800-38A test keys or all 0x00/0xFF
      (placeholders or well-known test keys, but a reviewer could call a shipped
      well-known key a weakness); Stripe pk_live_ / Mapbox pk. tokens (documented
      as public); AWS/Telegram documentation examples; "mypassword" ESP-IDF
      default; bootstopkeysha256 and PBKDF2 hashes; random base64 signatures in
      OTA manifests; CA certificates and public keys.
    * Reused-template negatives keep non-secret ids (ThingSpeak channel, Blynk
      template id, Twilio/AWS doc-example ids, DevEUI/JoinEUI).

SEARCHES
    search(docs): "GitHub personal access token format ghp_ checksum CRC32 base62"
      -> GitHub changelog (token prefixes, charset), plus scanner-related results
         that were NOT used as rules: Microsoft Purview sensitive-information-type
         definition "GitHub personal access token" (a credential classifier page),
         secretlint issue #200 (secretlint is a secret linter; showed npm-token CRC32
         code), magnetikonline gist of GitHub-token regexes, pkg.go.dev
         promptzero/internal/githubtoken (a token-validation package describing the
         CRC32 checksum layout).
    search(docs): "Zephyr CONFIG_WIFI_CREDENTIALS_STATIC_PASSWORD Kconfig"
      -> Zephyr Wi-Fi credentials library docs, CONFIG_ESP32_WIFI_PASSWORD page.
    search(docs): "Yocto EXTRA_USERS_PARAMS usermod -P plaintext password"
      -> extrausers.bbclass, a poky issue and a gist showing usermod -P.
    search(pages): "Adafruit IO key aio_ format Arduino config.h"
      -> Adafruit IO docs (X-AIO-Key header, example 32-hex key; not used).
"""

import base64
import json
import os
import random
import string
import sys
import zlib

# ---------------------------------------------------------------------------
# alphabets and small helpers
# ---------------------------------------------------------------------------
DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
B62 = DIG + UP + LO
B62_GH = DIG + UP + LO          # base62 digit order used for the GitHub checksum
B64URL = UP + LO + DIG + "-_"
B64STD = UP + LO + DIG + "+/"
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B32 = UP + "234567"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def b64(data):
    return base64.b64encode(data).decode()


def b64url_nopad(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def base62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62_GH[r] + out
    return out.rjust(width, "0")


def chunk(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


# ---------------------------------------------------------------------------
# human-ish passwords
# ---------------------------------------------------------------------------
WORDS = """amber anchor apricot aspen atlas badger balsam basalt bluebird bramble
breeze bronze cactus canyon cedar cinder clover cobalt comet copper coral cricket
crimson cypress dahlia delta ember falcon fennel fjord garnet ginger glacier granite
harbor hazel heron indigo jasper juniper kestrel lagoon lantern lemur linden lotus
lynx magpie maple marigold meadow mercury mistral monsoon nectar nimbus nutmeg oasis
obsidian orchid osprey otter paprika pebble pelican pepper pine plover poppy quartz
quill raven redwood river saffron sage sequoia sierra sparrow spruce summit sunflower
tamarind thistle thunder tundra umber velvet walnut willow wren yarrow zephyr""".split()
PW_SYM = "!@*-_.+=?~"


def pw_human(rng, kind="generic"):
    p = rng.randrange(8)
    if p == 0:
        w = pick(rng, WORDS).capitalize()
        return w + str(rng.randrange(10, 9999)) + pick(rng, PW_SYM)
    if p == 1:
        ws = [pick(rng, WORDS) for _ in range(rng.choice([3, 4]))]
        return pick(rng, "-._").join(ws) + str(rng.randrange(1, 99))
    if p == 2:
        cons, vow = "bcdfghjkmnprstvwxz", "aeiou"
        s = ""
        while len(s) < rng.choice([10, 12, 14]):
            s += rng.choice([pick(rng, cons), pick(rng, vow), pick(rng, DIG), pick(rng, UP)])
        return s + pick(rng, DIG) + pick(rng, UP)
    if p == 3:
        w = (pick(rng, WORDS) + pick(rng, WORDS)).translate(
            str.maketrans({"a": "@", "e": "3", "o": "0", "i": "1", "s": "5"}))
        return w[0].upper() + w[1:] + pick(rng, "!*?") + str(rng.randrange(10, 99))
    if p == 4:
        return rs(rng, B62 + "!@*-_+=", rng.randrange(14, 22))
    if p == 5:
        return ".".join(pick(rng, WORDS).capitalize() for _ in range(2)) + "." + str(rng.randrange(2015, 2026))
    if p == 6 and kind == "wifi":
        return rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", rng.choice([10, 12, 16, 20]))
    if p == 6:
        return rs(rng, B62, rng.choice([16, 20, 24]))
    return pick(rng, WORDS).capitalize() + pick(rng, PW_SYM) + pick(rng, WORDS) + str(rng.randrange(100, 999))


# ---------------------------------------------------------------------------
# credential generators.  Each returns a dict with at least "value"
# ---------------------------------------------------------------------------

def g_aws(rng):
    return {"id": "AKIA" + rs(rng, B32, 16), "value": rs(rng, B62 + "+/", 40)}


def g_github(rng):
    ent = rs(rng, B62, 30)
    return {"value": "ghp_" + ent + base62(zlib.crc32(ent.encode()) & 0xFFFFFFFF, 6)}


def g_github_fg(rng):
    return {"value": "github_pat_11" + rs(rng, UP + DIG, 20) + "_" + rs(rng, B62, 59)}


def g_gitlab(rng):
    return {"value": "glpat-" + rs(rng, B62 + "-_", 20)}


def g_slack_bot(rng):
    return {"value": "xoxb-%d-%d-%s" % (rng.randrange(10**10, 10**12), rng.randrange(10**12, 10**13),
                                        rs(rng, B62, 24))}


def g_slack_hook(rng):
    return {"value": "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(rng, UP + DIG, rng.choice([8, 9, 10])), rs(rng, UP + DIG, rng.choice([9, 10, 11])), rs(rng, B62, 24))}


def g_stripe(rng):
    if rng.random() < 0.5:
        return {"value": "sk_live_" + rs(rng, B62, 24)}
    return {"value": "sk_live_51" + rs(rng, B62, 97)}


def g_google(rng):
    return {"value": "AIza" + rs(rng, B62 + "-_", 35)}


def g_twilio(rng):
    return {"id": "AC" + rs(rng, HEXL, 32), "value": rs(rng, HEXL, 32)}


def g_sendgrid(rng):
    return {"value": "SG." + rs(rng, B62 + "-_", 22) + "." + rs(rng, B62 + "-_", 43)}


def g_telegram(rng):
    return {"value": "%d:AA%s" % (rng.randrange(10**8, 8 * 10**9), rs(rng, B62 + "-_", 33))}


def g_openai(rng):
    if rng.random() < 0.5:
        return {"value": "sk-" + rs(rng, B62, 20) + "T3BlbkFJ" + rs(rng, B62, 20)}
    return {"value": "sk-proj-" + rs(rng, B62 + "-_", 64) + "T3BlbkFJ" + rs(rng, B62 + "-_", 64)}


def g_anthropic(rng):
    return {"value": "sk-ant-api03-" + rs(rng, B62 + "-_", 93) + "AA"}


def g_adafruit(rng):
    if rng.random() < 0.7:
        return {"value": "aio_" + rs(rng, B62, 28)}
    return {"value": rs(rng, HEXL, 32)}


def g_blynk(rng):
    return {"value": rs(rng, B62, 30) + rs(rng, B62 + "-_", 2), "id": "TMPL" + rs(rng, B62, 10)}


def g_thingspeak(rng):
    return {"value": rs(rng, UP + DIG, 16), "id": str(rng.randrange(100000, 2999999))}


def g_azure_iot(rng):
    return {"value": b64(rbytes(rng, 32))}


def g_particle(rng):
    return {"value": rs(rng, HEXL, 40)}


def g_owm(rng):
    return {"value": rs(rng, HEXL, 32)}


def g_datadog(rng):
    return {"value": rs(rng, HEXL, 32)}


def g_pushover(rng):
    return {"value": "a" + rs(rng, B62, 29), "id": "u" + rs(rng, B62, 29)}


def g_mapbox_sk(rng):
    user = pick(rng, ["fleetview", "acme-maps", "trackr", "nav-team", "dronehub", "geo-lab"])
    payload = '{"u":"%s","a":"%s"}' % (user, "cl" + rs(rng, LO + DIG, 23))
    return {"value": "sk." + b64url_nopad(payload.encode()) + "." + rs(rng, B62 + "-_", 22)}


def g_ubidots(rng):
    return {"value": "BBFF-" + rs(rng, B62, 30)}


def g_artifactory(rng):
    raw = "reftkn:01:%d:%s" % (rng.randrange(1900000000, 2100000000), rs(rng, B62, 33))
    return {"value": b64(raw.encode()).rstrip("=")}


def g_digitalocean(rng):
    return {"value": "dop_v1_" + rs(rng, HEXL, 64)}


def g_jwt(rng):
    hdr = b64url_nopad(b'{"alg":"HS256","typ":"JWT"}')
    iat = rng.randrange(1690000000, 1760000000)
    body = '{"sub":"%s","iss":"%s","iat":%d,"exp":%d}' % (
        pick(rng, ["device-", "gw-", "svc-", "node-"]) + rs(rng, HEXL, 8),
        pick(rng, ["fleet-api", "telemetry", "auth.internal", "ingest"]), iat, iat + rng.choice([86400 * 365, 86400 * 730]))
    return {"value": hdr + "." + b64url_nopad(body.encode()) + "." + b64url_nopad(rbytes(rng, 32))}


def g_wifi(rng):
    v = pw_human(rng, "wifi")
    while len(v) < 8:          # WPA2 passphrases are 8..63 characters
        v += pick(rng, DIG)
    return {"value": v}


def g_pw(rng):
    return {"value": pw_human(rng)}


# byte keys -----------------------------------------------------------------

def g_key16(rng):
    return {"bytes": rbytes(rng, 16)}


def g_key32(rng):
    return {"bytes": rbytes(rng, 32)}


# PEM private keys ----------------------------------------------------------

def der_len(n):
    if n < 0x80:
        return bytes([n])
    if n < 0x100:
        return bytes([0x81, n])
    return bytes([0x82, n >> 8, n & 0xFF])


def der_int(raw):
    if raw[0] & 0x80:
        raw = b"\x00" + raw
    return b"\x02" + der_len(len(raw)) + raw


def der_seq(body):
    return b"\x30" + der_len(len(body)) + body


def g_pem_ec(rng):
    d = rbytes(rng, 32)
    pub = b"\x04" + rbytes(rng, 64)
    der = (bytes.fromhex("30770201010420") + d + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + pub)
    return {"label": "EC PRIVATE KEY", "body": b64(der)}


def g_pem_p8ec(rng):
    der = (bytes.fromhex("308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420")
           + rbytes(rng, 32) + bytes.fromhex("a144034200") + b"\x04" + rbytes(rng, 64))
    return {"label": "PRIVATE KEY", "body": b64(der)}


def g_pem_ed25519(rng):
    der = bytes.fromhex("302e020100300506032b657004220420") + rbytes(rng, 32)
    return {"label": "PRIVATE KEY", "body": b64(der)}


def g_pem_rsa(rng):
    def big(n):
        b = bytearray(rbytes(rng, n))
        b[0] |= 0x80
        return bytes(b)
    def odd(n):
        b = bytearray(big(n))
        b[-1] |= 1
        return bytes(b)
    body = (der_int(b"\x00") + der_int(odd(256)) + der_int(b"\x01\x00\x01") + der_int(big(256))
            + der_int(odd(128)) + der_int(odd(128)) + der_int(big(128)) + der_int(big(128)) + der_int(big(128)))
    return {"label": "RSA PRIVATE KEY", "body": b64(der_seq(body))}


# name -> (category, provider, kind, generator)
CREDS = {
    "wifi": ("pw", "wifi", "wifi_password", g_wifi),
    "mqtt_pw": ("pw", "mqtt-broker", "mqtt_password", g_pw),
    "db_pw": ("pw", "database", "db_password", g_pw),
    "root_pw": ("pw", "linux", "root_password", g_pw),
    "smtp_pw": ("pw", "smtp", "smtp_password", g_pw),
    "http_pw": ("pw", "http-basic", "basic_auth_password", g_pw),
    "pppoe_pw": ("pw", "isp-pppoe", "pppoe_password", g_pw),
    "aws": ("tok", "aws", "aws_secret_access_key", g_aws),
    "github": ("tok", "github", "github_pat", g_github),
    "github_fg": ("tok", "github", "github_fine_grained_pat", g_github_fg),
    "gitlab": ("tok", "gitlab", "gitlab_pat", g_gitlab),
    "slack_bot": ("tok", "slack", "slack_bot_token", g_slack_bot),
    "slack_hook": ("tok", "slack", "slack_webhook_url", g_slack_hook),
    "stripe": ("tok", "stripe", "stripe_secret_key", g_stripe),
    "google": ("tok", "google", "google_api_key", g_google),
    "twilio": ("tok", "twilio", "twilio_auth_token", g_twilio),
    "sendgrid": ("tok", "sendgrid", "sendgrid_api_key", g_sendgrid),
    "telegram": ("tok", "telegram", "telegram_bot_token", g_telegram),
    "openai": ("tok", "openai", "openai_api_key", g_openai),
    "anthropic": ("tok", "anthropic", "anthropic_api_key", g_anthropic),
    "adafruit": ("tok", "adafruit-io", "adafruit_io_key", g_adafruit),
    "blynk": ("tok", "blynk", "blynk_auth_token", g_blynk),
    "thingspeak": ("tok", "thingspeak", "thingspeak_write_api_key", g_thingspeak),
    "azure_iot": ("tok", "azure-iot-hub", "azure_iot_shared_access_key", g_azure_iot),
    "particle": ("tok", "particle", "particle_access_token", g_particle),
    "owm": ("tok", "openweathermap", "openweathermap_api_key", g_owm),
    "datadog": ("tok", "datadog", "datadog_api_key", g_datadog),
    "pushover": ("tok", "pushover", "pushover_app_token", g_pushover),
    "mapbox": ("tok", "mapbox", "mapbox_secret_token", g_mapbox_sk),
    "ubidots": ("tok", "ubidots", "ubidots_token", g_ubidots),
    "artifactory": ("tok", "jfrog", "artifactory_reference_token", g_artifactory),
    "digitalocean": ("tok", "digitalocean", "digitalocean_pat", g_digitalocean),
    "jwt": ("tok", "generic", "jwt_bearer_token", g_jwt),
    "aes128": ("key", "generic", "aes128_key", g_key16),
    "aes256": ("key", "generic", "aes256_key", g_key32),
    "hmac": ("key", "generic", "hmac_key", g_key32),
    "lora_appkey": ("key", "lorawan", "lorawan_appkey", g_key16),
    "lora_nwkkey": ("key", "lorawan", "lorawan_nwkkey", g_key16),
    "psk16": ("key", "tls-psk", "tls_psk", g_key16),
    "psk32": ("key", "tls-psk", "tls_psk", g_key32),
    "pem_ec": ("pem", "x509", "ec_private_key", g_pem_ec),
    "pem_p8ec": ("pem", "x509", "pkcs8_private_key", g_pem_p8ec),
    "pem_ed25519": ("pem", "x509", "ed25519_private_key", g_pem_ed25519),
    "pem_rsa": ("pem", "x509", "rsa_private_key", g_pem_rsa),
}

# Groups of cred names used by templates
API_TOKENS = ["owm", "datadog", "sendgrid", "openai", "anthropic", "google", "stripe", "particle",
              "jwt", "mapbox", "slack_bot", "digitalocean", "twilio"]
IOT_TOKENS = ["adafruit", "blynk", "thingspeak", "ubidots", "pushover", "telegram", "owm"]
CI_TOKENS = ["github", "github_fg", "gitlab", "artifactory", "digitalocean"]
KEYS16 = ["aes128", "psk16", "lora_appkey"]
KEYS_ANY = ["aes128", "aes256", "hmac", "psk16", "psk32"]
PEMS = ["pem_ec", "pem_p8ec", "pem_ed25519", "pem_rsa"]

# ---------------------------------------------------------------------------
# negative fillers
# ---------------------------------------------------------------------------
PH_PW = ["YOUR_WIFI_PASSWORD", "your_password", "<password>", "********", "", "REPLACE_WITH_YOUR_PASSWORD",
         "xxxxxxxx", "PASSWORD_HERE", "<your-password>", "**REDACTED**", "TODO", "__PASSWORD__", "..."]
PH_TOK = ["YOUR_API_KEY", "<api-key>", "", "REDACTED", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<YOUR_TOKEN>",
          "PASTE_TOKEN_HERE", "[redacted]", "your-token-here", "changeit-in-secrets-h", "TOKEN"]
DOC_EXAMPLES = {
    "aws": [("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")],
    "telegram": [(None, "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11")],
    "blynk": [(None, "YourAuthToken")],
    "adafruit": [(None, "your_key"), (None, "YOUR_AIO_KEY")],
    "thingspeak": [(None, "XXXXXXXXXXXXXXXX")],
    "twilio": [("ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "your_auth_token")],
    "github": [(None, "ghp_************************************")],
    "stripe": [(None, "sk_live_****************************")],
    "openai": [(None, "sk-...")],
    "azure_iot": [(None, "{YourSharedAccessKey}")],
    "owm": [(None, "{API key}")],
}
REF_STYLES = {
    "make": ["$({E})", "$(shell cat .secrets/{e})"],
    "cmake": ["$ENV{{{E}}}", "${{{E}}}"],
    "presets": ["$env{{{E}}}"],
    "pio": ["${{sysenv.{E}}}"],
    "sh": ["${{{E}}}", "${{{E}:?missing}}"],
    "yaml": ["${{{{ secrets.{E} }}}}"],
    "bb": ["${{{E}}}"],
    "meson": [],
    "kconf": [],
    "c": ["@{E}@"],
    "ini": ["${{{E}}}"],
}


def neg_pub_value(rng, name):
    """A documented-safe public/publishable value for the provider, or None."""
    if name == "stripe":
        return "pk_live_" + rs(rng, B62, 24), "publishable_key"
    if name == "mapbox":
        user = pick(rng, ["fleetview", "acme-maps", "trackr", "geo-lab"])
        payload = '{"u":"%s","a":"%s"}' % (user, "cl" + rs(rng, LO + DIG, 23))
        return "pk." + b64url_nopad(payload.encode()) + "." + rs(rng, B62 + "-_", 22), "public_token"
    return None


# ---------------------------------------------------------------------------
# realism helpers
# ---------------------------------------------------------------------------
COMPANIES = ["Acme Sensors", "Northwind Devices", "Blue Heron Labs", "Kestrel Embedded", "Orbital Farms",
             "Tidewater Robotics", "Lumen Controls", "Granite Peak IoT", "Fernhill Instruments", "Vireo Systems",
             "Halcyon Power", "Copperline Audio", "Marlin Telematics", "Quarry Automation"]
SLUGS = ["acme", "northwind", "blueheron", "kestrel", "orbitalfarms", "tidewater", "lumen", "granitepeak",
         "fernhill", "vireo", "halcyon", "copperline", "marlin", "quarry"]
PEOPLE = ["J. Novak", "Priya Raman", "Lars Eriksen", "M. Okafor", "Chen Wei", "Ana Lucia Ferreira",
          "T. Brandt", "Sofia Marin", "K. Yamada", "Rafael Ortiz", "D. Kowalski", "Ines Duarte"]
PROJECTS = ["greenhouse-monitor", "tank-level", "weather-station", "door-sensor", "smart-plug", "beehive-scale",
            "air-quality", "pool-controller", "gate-opener", "soil-probe", "fleet-tracker", "cold-chain-logger",
            "boiler-gateway", "led-matrix", "energy-meter", "aquarium-ctl"]
SSIDS = ["Hadley-Lab-2G", "TP-Link_3A7F", "workshop-iot", "FRITZ!Box 7590 KQ", "NETGEAR42", "Vodafone-8C21",
         "greenhouse_ap", "Office-Guest", "BTHub6-QX9R", "iot-vlan", "Linksys04121", "warehouse-2g",
         "HomeNet", "SKYB7D2E", "Livebox-51A0", "devboard-net"]
BOARDS = ["esp32dev", "esp32-s3-devkitc-1", "nodemcuv2", "d1_mini", "featheresp32", "pico", "nucleo_f446re",
          "adafruit_feather_m0", "ttgo-lora32-v1", "heltec_wifi_lora_32_V2", "m5stack-core2", "esp32-c3-devkitm-1"]
ZBOARDS = ["nrf7002dk/nrf5340/cpuapp", "esp32s3_devkitm/esp32s3/procpu", "nrf9160dk/nrf9160/ns", "frdm_rw612",
           "nucleo_h563zi", "rpi_pico/rp2040/w", "b_u585i_iot02a", "mimxrt1060_evk"]


class Ctx:
    """Random helper bundle, shared by positive and negative templates."""

    def __init__(self, rng):
        self.rng = rng
        i = rng.randrange(len(COMPANIES))
        self._company, self._slug, self._project = COMPANIES[i], SLUGS[i], pick(rng, PROJECTS)

    def r(self, a, b):
        return self.rng.randint(a, b)

    def p(self, seq):
        return pick(self.rng, seq)

    def chance(self, x=0.5):
        return self.rng.random() < x

    def company(self):
        return self._company

    def slug(self):
        return self._slug

    def person(self):
        return self.p(PEOPLE)

    def project(self):
        return self._project

    def year(self):
        return self.r(2016, 2025)

    def ssid(self):
        return self.p(SSIDS)

    def board(self):
        return self.p(BOARDS)

    def ip(self, private=True):
        if private:
            return self.p(["192.168.%d.%d" % (self.r(0, 9), self.r(2, 250)), "10.%d.%d.%d" % (self.r(0, 40), self.r(0, 255), self.r(2, 250)),
                           "172.16.%d.%d" % (self.r(0, 31), self.r(2, 250))])
        return "%d.%d.%d.%d" % (self.r(20, 220), self.r(0, 255), self.r(0, 255), self.r(1, 254))

    def mac(self, sep=":", upper=True):
        octs = [self.rng.randrange(256) for _ in range(6)]
        octs[0] &= 0xFC
        f = "%02X" if upper else "%02x"
        return sep.join(f % o for o in octs)

    def uuid(self, upper=False):
        h = rs(self.rng, HEXL, 32)
        h = h[:12] + "4" + h[13:16] + self.p("89ab") + h[17:]
        u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
        return u.upper() if upper else u

    def hexs(self, n, upper=False):
        return rs(self.rng, HEXU if upper else HEXL, n)

    def ver(self):
        return "%d.%d.%d" % (self.r(0, 4), self.r(0, 19), self.r(0, 30))

    def host(self, kind="mqtt"):
        s = self.slug()
        if kind == "mqtt":
            return self.p(["mqtt.%s.io" % s, "broker.%s.net" % s, "%s.s1.eu.hivemq.cloud" % self.hexs(32),
                           "mqtt.%s.internal" % s, "iot.%s.com" % s, self.ip()])
        if kind == "db":
            return self.p(["db.%s.internal" % s, "pg-prod.%s.lan" % s, "mysql01.%s.local" % s, self.ip(), "localhost"])
        if kind == "api":
            return self.p(["api.%s.com" % s, "ingest.%s.io" % s, "telemetry.%s.cloud" % s, "fleet.%s.dev" % s])
        return "%s.%s.com" % (kind, s)

    def topic(self):
        return self.p(["sensors/%s/temp", "devices/%s/telemetry", "home/%s/state", "farm/%s/soil",
                       "plant/%s/status", "%s/events"]) % self.p(["greenhouse", "node7", "kitchen", "tank2", "barn", "lab"])

    def lic(self, style="c"):
        """Optional license/copyright header."""
        y, c = self.year(), self.company()
        k = self.r(0, 3)
        if style == "c":
            if k == 0:
                return ["/*", " * Copyright (c) %d %s" % (y, c), " *", " * SPDX-License-Identifier: Apache-2.0", " */", ""]
            if k == 1:
                return ["// SPDX-License-Identifier: MIT", "// (c) %d %s" % (y, c), ""]
            if k == 2:
                return ["/* %s - %s */" % (self.project(), c), ""]
            return []
        if style == "hash":
            if k <= 1:
                return ["# %s - %s" % (self.project(), c), "#"]
            return []
        return []


class Slot(Ctx):
    """Secret slot: real credential for positives, look-alike filler for negatives."""

    def __init__(self, rng, pos, cname):
        Ctx.__init__(self, rng)
        self.pos = pos
        self.cname = cname
        self.cat, self.provider, self.kind, gen = CREDS[cname]
        self.cred = gen(rng)              # negatives draw too, so templates can reuse ids
        self.obv = rng.random() < 0.5
        self.needle = None
        self.negkind = None
        self.neg_id = None
        self.in_suffix = False

    # ---- names -----------------------------------------------------------
    def nm(self, obvious, neutral):
        if self.pos:
            return self.p(obvious if self.obv else neutral)
        return self.p(obvious if self.chance(0.6) else neutral)

    def _set(self, v):
        if self.pos and self.needle is None:
            self.needle = v
        return v

    # ---- string values ---------------------------------------------------
    def val(self, style="c", env="API_KEY"):
        if self.pos:
            v = self.cred["value"]
            if style == "url":
                v = v.replace("@", "A").replace("?", "Q").replace("+", "P").replace("/", "S").replace("=", "E").replace("~", "T")
            return self._set(v)
        return self._neg_value(style, env)

    def _neg_value(self, style, env):
        refs = REF_STYLES.get(style, [])
        if self.cname in DOC_EXAMPLES and self.chance(0.2):
            i, v = self.p(DOC_EXAMPLES[self.cname])
            self.neg_id = i
            self.negkind = "doc_example"
            return v
        pub = neg_pub_value(self.rng, self.cname)
        if pub and self.chance(0.4):
            self.negkind = pub[1]
            return pub[0]
        if refs and self.chance(0.3 if style == "c" else 0.4):
            e = env.upper()
            self.negkind = "env_reference"
            if style == "c":
                self.in_suffix = True
                self.negkind = "configure_placeholder"
            return self.p(refs).format(E=e, e=e.lower())
        pool = PH_PW if self.cat == "pw" else PH_TOK
        v = self.p(pool)
        if style == "url" and v in ("", "<password>", "<your-password>", "..."):
            v = "PASSWORD"
        self.negkind = "empty" if v == "" else ("redacted" if "*" in v or "edact" in v.lower() else "placeholder")
        return v

    def pub_id(self, default=None):
        if not self.pos and self.cname == "aws":
            return self.neg_id or "AKIAIOSFODNN7EXAMPLE"
        if not self.pos and self.neg_id:
            return self.neg_id
        return self.cred.get("id", default)

    def cexpr(self, env="API_KEY", alt=None):
        """A C expression yielding the secret: string literal, or for negatives maybe a lookup."""
        if not self.pos and self.chance(0.4):
            self.negkind = "runtime_lookup"
            e = env.upper()
            return self.p(alt or ['getenv("%s")' % e, "CONFIG_%s" % e, 'secrets_get("%s")' % e.lower(),
                                  'nvs_get_cached("%s")' % e.lower()[:15]])
        return '"%s"' % self.val("c", env)

    # ---- byte keys -------------------------------------------------------
    def keybytes(self, n_default=16):
        if self.pos:
            return self.cred["bytes"]
        n = n_default
        k = self.r(0, 4)
        if k == 0:
            self.negkind = "zero_placeholder"
            return bytes(n)
        if k == 1:
            self.negkind = "erased_flash_placeholder"
            return b"\xff" * n
        if k == 2:
            self.negkind = "test_vector"
            return bytes(range(n))
        if k == 3:
            self.negkind = "test_vector"
            return bytes.fromhex("2b7e151628aed2a6abf7158809cf4f3c" if n == 16 else
                                 "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4")
        self.negkind = "zero_placeholder"
        return bytes(n)

    def key_c(self, n_default=16, indent="    ", per_line=None, fmt=None, sep=", "):
        bs = self.keybytes(n_default)
        fmt = fmt or self.p(["0x%02X", "0x%02x"])
        per_line = per_line or self.p([8, 16, len(bs)])
        lines = []
        for i in range(0, len(bs), per_line):
            part = sep.join(fmt % b for b in bs[i:i + per_line])
            last = i + per_line >= len(bs)
            lines.append(indent + part + ("" if last else sep.rstrip(" ")))
        if self.pos:
            self._set(lines[0].strip().rstrip(","))
        return lines

    def key_hex(self, n_default=16, upper=None):
        if upper is None:
            upper = self.chance(0.4)
        if not self.pos and self.chance(0.3):
            self.negkind = "placeholder"
            return self.p(["<%d-byte hex key>" % n_default, "REPLACE_WITH_HEX_KEY", "", "0" * (2 * n_default)])
        h = self.keybytes(n_default).hex()
        h = h.upper() if upper else h
        return self._set(h)

    def key_esc(self, n_default=16):
        bs = self.keybytes(n_default)
        s = "".join("\\x%02x" % b for b in bs)
        return self._set(s)

    # ---- PEM -------------------------------------------------------------
    def pem(self):
        """-> (label, body lines of 64 chars)."""
        label = self.cred["label"]
        if self.pos:
            lines = chunk(self.cred["body"], 64)
            self._set(lines[0])
            return label, lines
        k = self.r(0, 2)
        self.negkind = "placeholder"
        if k == 0:
            return label, ["...paste the device private key here..."]
        if k == 1:
            return label, ["<contents of %s>" % self.p(["device.key", "private.pem.key", "client.key"])]
        self.negkind = "redacted"
        return label, ["REDACTED"]


def J(*parts):
    """Join lines / lists of lines into file text."""
    out = []
    for p in parts:
        if isinstance(p, (list, tuple)):
            out.extend(p)
        else:
            out.extend(p.split("\n"))
    return "\n".join(out).rstrip("\n") + "\n"


# ---------------------------------------------------------------------------
# POSITIVE templates (also reused for negatives with the slot filled by a look-alike)
# each: fn(s) -> (relpath, text, filetype)
# ---------------------------------------------------------------------------

def t_arduino_secrets(s):
    name = s.nm(["SECRET_PASS", "SECRET_WIFI_PASS", "WIFI_PASSWORD", "SECRET_PASSWORD"],
                ["SECRET_KEY2", "NET_PHRASE", "SECRET_B", "LOCAL_NET_WORD"])
    ssid_name = s.p(["SECRET_SSID", "WIFI_SSID", "SECRET_NET"])
    v = s.val("c", "WIFI_PASSWORD")
    lines = [s.p(["// Secrets for the %s sketch. Keep this file out of shared screenshots." % s.project(),
                  "// arduino_secrets.h -- local network settings (%s)" % s.person(),
                  "/* Network credentials for %s */" % s.project()]), "",
             "#ifndef ARDUINO_SECRETS_H", "#define ARDUINO_SECRETS_H", ""]
    lines += ["#define %s \"%s\"" % (ssid_name, s.ssid()), "#define %s \"%s\"" % (name, v)]
    if s.chance():
        lines += ["#define SECRET_DEVICE_NAME \"%s-%02d\"" % (s.project(), s.r(1, 40))]
    if s.chance():
        lines += ["", "// broker without auth on the LAN", "#define SECRET_BROKER \"%s\"" % s.ip(), "#define SECRET_BROKER_PORT %d" % s.p([1883, 1884])]
    lines += ["", "#endif"]
    path = s.p(["arduino_secrets.h", "%s/arduino_secrets.h" % s.project(), "sketch/arduino_secrets.h"])
    return path, J(lines), "c-header"


def t_config_h_iot(s):
    tok = s.val("c", s.kind.upper())
    prov = s.provider
    names = {
        "adafruit-io": (["IO_KEY", "AIO_KEY", "ADAFRUIT_IO_KEY"], ["IO_SECRET_B", "AIO_CRED", "FEED_AUTH"]),
        "blynk": (["BLYNK_AUTH_TOKEN", "BLYNK_AUTH"], ["AUTH_STR", "DASH_ID"]),
        "thingspeak": (["THINGSPEAK_WRITE_KEY", "TS_WRITE_API_KEY", "WRITE_APIKEY"], ["TS_CH_WRITE", "CHANNEL_W"]),
        "ubidots": (["UBIDOTS_TOKEN", "UBI_TOKEN"], ["UBI_CRED", "DEVICE_AUTH"]),
        "pushover": (["PUSHOVER_TOKEN", "PUSHOVER_APP_TOKEN"], ["PO_APP", "NOTIFY_APP_ID"]),
        "telegram": (["TELEGRAM_BOT_TOKEN", "BOT_TOKEN"], ["BOT_ID_STR", "TG_BOT"]),
        "openweathermap": (["OWM_API_KEY", "OPENWEATHER_KEY"], ["WEATHER_APPID", "OWM_APPID"]),
    }.get(prov, (["API_KEY"], ["SERVICE_ID"]))
    name = s.nm(*names)
    guard = s.p(["CONFIG_H", "_CONFIG_H_", "APP_CONFIG_H", "%s_CONFIG_H" % s.project().upper().replace("-", "_")])
    lic = s.lic("c")
    L = ["#ifndef %s" % guard, "#define %s" % guard, "",
                      "/* ---- hardware ---- */",
                      "#define PIN_DHT        %d" % s.r(2, 33),
                      "#define PIN_LED        %d" % s.r(2, 33),
                      "#define PIN_RELAY      %d" % s.r(2, 33),
                      "#define SAMPLE_PERIOD_MS  (%d * 1000UL)" % s.p([5, 10, 30, 60, 300]),
                      "",
                      "/* ---- network ---- */",
                      "#define WIFI_SSID      \"%s\"" % s.ssid(),
                      "#define WIFI_PASSWORD  WIFI_PASS_FROM_NVS   /* provisioned over BLE, see provisioning.c */",
                      ""]
    if prov == "adafruit-io":
        L += ["#define IO_USERNAME    \"%s\"" % s.p(["jnovak", "praman", "greenhouse_lab", "okafor_m"])]
    elif prov == "blynk":
        L = ["#define BLYNK_TEMPLATE_ID   \"%s\"" % s.pub_id(), "#define BLYNK_TEMPLATE_NAME \"%s\"" % s.project(), ""] + L
    elif prov == "thingspeak":
        L += ["#define TS_CHANNEL_ID  %sUL" % s.pub_id()]
    elif prov == "pushover" and s.pos:
        L += ["#define PUSHOVER_USER  \"%s\"   /* user key (recipient id) */" % s.pub_id()]
    L += ["#define %s \"%s\"" % (name, tok), "",
          "#define FW_VERSION     \"%s\"" % s.ver(), "", "#endif /* %s */" % guard]
    L = lic + L
    path = s.p(["include/config.h", "src/config.h", "config.h", "firmware/include/app_config.h"])
    return path, J(L), "c-header"


def t_credentials_hpp(s):
    is_pw = s.cat == "pw"
    obv_names = {"wifi": ["kWifiPassword", "kWiFiPass"], "mqtt-broker": ["kMqttPassword", "kBrokerPassword"]}
    name = s.nm(obv_names.get(s.provider, ["kApiKey", "kApiToken", "kAuthToken"]),
                ["kNetB", "kProfileB", "kUplinkCred", "kSecondary"])
    ns = s.p(["creds", "config", "secrets", s.project().replace("-", "_")])
    L = ["#pragma once", "", "#include <cstdint>", "", "// Generated for board %s; do not edit by hand." % s.board()
         if s.chance() else "// Build-time credentials", "", "namespace %s {" % ns, ""]
    if s.provider == "wifi":
        L += ['inline constexpr char kWifiSsid[] = "%s";' % s.ssid()]
    elif s.provider == "mqtt-broker":
        L += ['inline constexpr char kMqttHost[] = "%s";' % s.host(), "inline constexpr uint16_t kMqttPort = %d;" % s.p([1883, 8883]),
              'inline constexpr char kMqttUser[] = "%s";' % s.p(["sensor-node", "gw01", s.project()])]
    else:
        L += ['inline constexpr char kApiHost[] = "%s";' % s.host("api")]
    L += ['inline constexpr char %s[] = "%s";' % (name, s.val("c", "SECRET")), "",
          "inline constexpr uint32_t kReconnectBackoffMs = %d;" % s.p([500, 1000, 2000, 5000]),
          "", "}  // namespace %s" % ns]
    path = s.p(["src/credentials.h", "include/credentials.hpp", "firmware/src/secrets.hpp", "main/credentials.h"])
    return path, J(L), "cpp-header"


def t_blynk_ino(s):
    tok = s.val("c", "BLYNK_AUTH_TOKEN")
    obvious = s.pos and s.obv or (not s.pos and s.chance())
    L = ["/*************************************************************",
         "  %s - %s" % (s.project(), s.company()),
         "  Blynk IoT dashboard: %s" % s.p(["temperature + relay", "tank level", "door state"]),
         " *************************************************************/", "",
         "#define BLYNK_TEMPLATE_ID \"%s\"" % s.pub_id("TMPL" + rs(s.rng, B62, 10)),
         "#define BLYNK_TEMPLATE_NAME \"%s\"" % s.project().replace("-", " ").title()]
    if obvious:
        L += ["#define BLYNK_AUTH_TOKEN \"%s\"" % tok]
    L += ["", "#define BLYNK_PRINT Serial", "", "#include <WiFi.h>", "#include <WiFiClient.h>",
          "#include <BlynkSimpleEsp32.h>", "#include \"wifi_creds.h\"   // WIFI_SSID / WIFI_PASS, not in git", "",
          "BlynkTimer timer;", "", "void sendSensor()", "{",
          "  float t = analogRead(%d) * 0.0805f;" % s.r(32, 39),
          "  Blynk.virtualWrite(V%d, t);" % s.r(0, 9), "}", "",
          "void setup()", "{", "  Serial.begin(115200);"]
    if obvious:
        L += ["  Blynk.begin(BLYNK_AUTH_TOKEN, WIFI_SSID, WIFI_PASS);"]
    else:
        L += ["  Blynk.begin(\"%s\", WIFI_SSID, WIFI_PASS);" % tok]
    L += ["  timer.setInterval(%dL, sendSensor);" % s.p([1000, 2000, 5000, 10000]), "}", "",
          "void loop()", "{", "  Blynk.run();", "  timer.run();", "}"]
    return s.p(["%s.ino", "src/%s.ino", "firmware/%s/%s.ino"]).replace("%s", s.project().replace("-", "_")), J(L), "arduino"


def t_wifi_begin_ino(s):
    pw = s.val("c", "WIFI_PASSWORD")
    obvious = s.pos and s.obv or (not s.pos and s.chance())
    ssid = s.ssid()
    L = ["#include <ESP8266WiFi.h>" if s.chance() else "#include <WiFi.h>", "#include <Wire.h>", ""]
    if obvious:
        L += ["const char* ssid     = \"%s\";" % ssid, "const char* %s = \"%s\";" % (s.p(["password", "wifiPassword", "pass"]), pw), ""]
        call = "  WiFi.begin(ssid, %s);" % L[-2].split("=")[0].split()[-1]
    else:
        call = "  WiFi.begin(\"%s\", \"%s\");" % (ssid, pw)
    L += ["const int LED = %d;" % s.p([2, 13, 16, 25]), "unsigned long lastPub = 0;", "", "void setup() {",
          "  Serial.begin(115200);", "  pinMode(LED, OUTPUT);", "  WiFi.mode(WIFI_STA);", call,
          "  while (WiFi.status() != WL_CONNECTED) {", "    delay(500);", "    Serial.print('.');", "  }",
          "  Serial.println(WiFi.localIP());", "}", "", "void loop() {",
          "  if (millis() - lastPub > %d) {" % s.p([5000, 15000, 60000]), "    lastPub = millis();",
          "    digitalWrite(LED, !digitalRead(LED));", "  }", "}"]
    name = s.project().replace("-", "_")
    return s.p(["%s/%s.ino" % (name, name), "src/main.ino", "%s.ino" % name]), J(L), "arduino"


def t_thingspeak_ino(s):
    key = s.val("c", "TS_WRITE_KEY")
    obvious = s.pos and s.obv or (not s.pos and s.chance())
    ch = s.pub_id(str(s.r(100000, 2999999)))
    L = ["#include <WiFi.h>", "#include \"ThingSpeak.h\"", "#include \"secrets.h\"  // SECRET_SSID, SECRET_PASS", "",
         "WiFiClient client;", "unsigned long myChannelNumber = %s;" % ch]
    if obvious:
        L += ["const char * myWriteAPIKey = \"%s\";" % key]
    L += ["", "void setup() {", "  Serial.begin(115200);", "  WiFi.mode(WIFI_STA);", "  ThingSpeak.begin(client);", "}", "",
          "void loop() {", "  if (WiFi.status() != WL_CONNECTED) {", "    WiFi.begin(SECRET_SSID, SECRET_PASS);",
          "    delay(5000);", "    return;", "  }",
          "  ThingSpeak.setField(1, analogRead(A0));", "  ThingSpeak.setField(2, (float)millis() / 1000.0f);"]
    if obvious:
        L += ["  int x = ThingSpeak.writeFields(myChannelNumber, myWriteAPIKey);"]
    else:
        L += ["  int x = ThingSpeak.writeFields(myChannelNumber, \"%s\");" % key]
    L += ["  if (x != 200) {", "    Serial.println(\"Problem updating channel. HTTP error code \" + String(x));", "  }",
          "  delay(%d);  // ThingSpeak accepts one update every 15 s" % s.p([20000, 30000, 60000]), "}"]
    return s.p(["src/main.cpp", "WriteMultipleFields/WriteMultipleFields.ino", "sketch/sketch.ino"]), J(L), s.p(["cpp", "arduino"])


def t_pubsub_cpp(s):
    pw = s.val("c", "MQTT_PASSWORD")
    obvious = s.pos and s.obv or (not s.pos and s.chance())
    user = s.p(["sensor-node", "esp-%s" % s.hexs(6), "gw01", "device"])
    L = ["#include <Arduino.h>", "#include <WiFi.h>", "#include <PubSubClient.h>", "#include \"config.h\"", "",
         "static WiFiClient net;", "static PubSubClient mqtt(net);"]
    if obvious:
        L += ["static const char *MQTT_USER = \"%s\";" % user, "static const char *%s = \"%s\";" % (s.p(["MQTT_PASS", "mqtt_password", "MQTT_PASSWORD"]), pw)]
        args = "MQTT_USER, %s" % L[-1].split("=")[0].split()[-1].lstrip("*")
    else:
        args = "\"%s\", \"%s\"" % (user, pw)
    L += ["", "static void onMessage(char *topic, byte *payload, unsigned int len) {",
          "  Serial.printf(\"[%s] %u bytes\\n\", topic, len);", "}", "",
          "bool mqttReconnect() {", "  String clientId = \"%s-\" + String((uint32_t)ESP.getEfuseMac(), HEX);" % s.project(),
          "  if (!mqtt.connect(clientId.c_str(), %s)) {" % args,
          "    Serial.printf(\"mqtt connect failed, rc=%d\\n\", mqtt.state());", "    return false;", "  }",
          "  mqtt.subscribe(\"%s/cmd\");" % s.topic(), "  return true;", "}", "",
          "void mqttSetup() {", "  mqtt.setServer(\"%s\", %d);" % (s.host(), s.p([1883, 8883])),
          "  mqtt.setCallback(onMessage);", "}"]
    return s.p(["src/mqtt.cpp", "src/net/mqtt_client.cpp", "lib/Telemetry/mqtt.cpp"]), J(L), "cpp"


def t_espidf_mqtt(s):
    url_mode = s.chance(0.4)
    L = s.lic("c") + ["#include <stdio.h>", "#include \"esp_log.h\"", "#include \"mqtt_client.h\"", "",
                      "static const char *TAG = \"%s\";" % s.p(["mqtt", "app", "telemetry"]), ""]
    user = s.p(["node-%02d" % s.r(1, 60), "gateway", s.project()])
    host = s.host()
    L += ["static void mqtt_event_handler(void *args, esp_event_base_t base, int32_t id, void *data)", "{",
          "    esp_mqtt_event_handle_t event = data;", "    switch ((esp_mqtt_event_id_t)id) {",
          "    case MQTT_EVENT_CONNECTED:", "        ESP_LOGI(TAG, \"connected\");",
          "        esp_mqtt_client_subscribe(event->client, \"%s\", 1);" % s.topic(), "        break;",
          "    default:", "        break;", "    }", "}", "",
          "void mqtt_app_start(void)", "{", "    const esp_mqtt_client_config_t cfg = {"]
    if url_mode:
        L += ["        .broker.address.uri = \"mqtts://%s:%s@%s:8883\"," % (user, s.val("url", "MQTT_PASSWORD"), host)]
    else:
        L += ["        .broker.address.uri = \"mqtt://%s\"," % host,
              "        .credentials.username = \"%s\"," % user,
              "        .credentials.authentication.password = %s," % s.cexpr("MQTT_PASSWORD", ["CONFIG_BROKER_PASSWORD", "CONFIG_MQTT_PASSWORD"])]
    L += ["        .session.keepalive = %d," % s.p([30, 60, 120]), "    };", "",
          "    esp_mqtt_client_handle_t client = esp_mqtt_client_init(&cfg);",
          "    esp_mqtt_client_register_event(client, ESP_EVENT_ANY_ID, mqtt_event_handler, NULL);",
          "    esp_mqtt_client_start(client);", "}"]
    return s.p(["main/app_main.c", "main/mqtt_task.c", "components/telemetry/mqtt.c"]), J(L), "c"


def t_espidf_wifi(s):
    L = s.lic("c") + ["#include <string.h>", "#include \"esp_wifi.h\"", "#include \"esp_event.h\"", "#include \"esp_log.h\"", "",
                      "#define MAX_RETRY %d" % s.r(3, 10), "", "static const char *TAG = \"wifi_sta\";", "",
                      "void wifi_init_sta(void)", "{",
                      "    ESP_ERROR_CHECK(esp_netif_init());", "    esp_netif_create_default_wifi_sta();",
                      "    wifi_init_config_t cfg = WIFI_INIT_CONFIG_DEFAULT();", "    ESP_ERROR_CHECK(esp_wifi_init(&cfg));", "",
                      "    wifi_config_t wifi_config = {", "        .sta = {",
                      "            .ssid = \"%s\"," % s.ssid(),
                      "            .password = \"%s\"," % s.val("c", "WIFI_PASSWORD"),
                      "            .threshold.authmode = %s," % s.p(["WIFI_AUTH_WPA2_PSK", "WIFI_AUTH_WPA_WPA2_PSK", "WIFI_AUTH_WPA3_PSK"]),
                      "            .sae_pwe_h2e = WPA3_SAE_PWE_BOTH,", "        },", "    };",
                      "    ESP_ERROR_CHECK(esp_wifi_set_mode(WIFI_MODE_STA));",
                      "    ESP_ERROR_CHECK(esp_wifi_set_config(WIFI_IF_STA, &wifi_config));",
                      "    ESP_ERROR_CHECK(esp_wifi_start());", "    ESP_LOGI(TAG, \"wifi_init_sta finished.\");", "}"]
    return s.p(["main/wifi_station.c", "main/station_example_main.c", "components/net/wifi.c"]), J(L), "c"


def t_lmic_ino(s):
    appeui = [s.rng.randrange(256) for _ in range(8)]
    deveui = [s.rng.randrange(256) for _ in range(8)]
    name = s.nm(["APPKEY", "APP_KEY"], ["KEY_A", "JOINBLOB"])
    up = s.chance()
    f = "0x%02X" if up else "0x%02x"
    L = ["#include <lmic.h>", "#include <hal/hal.h>", "#include <SPI.h>", "",
         "// This EUI must be in little-endian format (LSB first).",
         "static const u1_t PROGMEM APPEUI[8] = { %s };" % ", ".join(f % b for b in appeui),
         "void os_getArtEui (u1_t* buf) { memcpy_P(buf, APPEUI, 8);}", "",
         "// DevEUI, LSB first.",
         "static const u1_t PROGMEM DEVEUI[8] = { %s };" % ", ".join(f % b for b in deveui),
         "void os_getDevEui (u1_t* buf) { memcpy_P(buf, DEVEUI, 8);}", "",
         "// Key in big-endian format (MSB), copied from the console.",
         "static const u1_t PROGMEM %s[16] = {" % name] + s.key_c(16, "  ", per_line=16, fmt=f) + [
         "};", "void os_getDevKey (u1_t* buf) { memcpy_P(buf, %s, 16);}" % name, "",
         "static osjob_t sendjob;", "const unsigned TX_INTERVAL = %d;" % s.p([60, 120, 300, 900]), "",
         "const lmic_pinmap lmic_pins = {", "    .nss = %d," % s.p([10, 18, 8]), "    .rxtx = LMIC_UNUSED_PIN,",
         "    .rst = %d," % s.p([14, 9, 4]), "    .dio = {%d, %d, LMIC_UNUSED_PIN}," % (s.p([26, 2, 3]), s.p([33, 5, 6])), "};"]
    return s.p(["ttn-otaa/ttn-otaa.ino", "src/lorawan.cpp", "firmware/%s.ino" % s.project().replace("-", "_")]), J(L), s.p(["arduino", "cpp"])


def t_lorawan_commissioning(s):
    f = s.p(["0x%02X", "0x%02x"])
    dev = ", ".join(f % s.rng.randrange(256) for _ in range(8))
    join = ", ".join(f % s.rng.randrange(256) for _ in range(8))
    name = s.nm(["LORAWAN_APP_KEY", "LORAWAN_NWK_KEY"], ["COMMISSIONING_ROOT_0", "LORAWAN_ROOT_BLOB"])
    key = s.key_c(16, "", per_line=16, fmt=f)[0]
    L = ["/*!", " * \\file  Commissioning.h", " *", " * \\brief End-device commissioning parameters (%s field units)" % s.company(), " */",
         "#ifndef __LORA_COMMISSIONING_H__", "#define __LORA_COMMISSIONING_H__", "",
         "#define LORAWAN_PUBLIC_NETWORK                      true",
         "#define LORAWAN_DEVICE_EUI                          { %s }" % dev,
         "#define LORAWAN_JOIN_EUI                            { %s }" % join, "",
         "/*!", " * Root key used for OTAA join (1.0.x: AppKey == NwkKey)", " */",
         "#define %-43s { %s }" % (name, key), "",
         "#define LORAWAN_DEFAULT_DATARATE                    DR_%d" % s.r(0, 5),
         "#define LORAWAN_ADR_ON                              %d" % s.r(0, 1), "",
         "#endif // __LORA_COMMISSIONING_H__"]
    return s.p(["inc/Commissioning.h", "src/apps/LoRaMac/common/Commissioning.h", "firmware/lora/Commissioning.h"]), J(L), "c-header"


def t_aes_key_c(s):
    n = len(s.cred["bytes"]) if s.pos else s.p([16, 32])
    name = s.nm(["aes_key", "s_aes_key", "g_enc_key", "fw_aes_key"], ["s_tbl0", "k_blob", "s_ctx_seed", "boot_param"])
    L = s.lic("c") + ["#include <stdint.h>", "#include <string.h>", "#include \"mbedtls/aes.h\"", "#include \"payload_crypto.h\"", "",
                      "/* %d-bit key shared with the backend decoder */" % (n * 8) if s.chance() else "",
                      "static const uint8_t %s[%d] = {" % (name, n)] + s.key_c(n, "    ", per_line=s.p([8, 16])) + ["};", "",
                      "int payload_encrypt(const uint8_t iv[16], const uint8_t *in, uint8_t *out, size_t len)", "{",
                      "    mbedtls_aes_context ctx;", "    uint8_t ivbuf[16];", "    int rc;", "",
                      "    memcpy(ivbuf, iv, sizeof ivbuf);", "    mbedtls_aes_init(&ctx);",
                      "    rc = mbedtls_aes_setkey_enc(&ctx, %s, %d);" % (name, n * 8),
                      "    if (rc == 0) {", "        rc = mbedtls_aes_crypt_cbc(&ctx, MBEDTLS_AES_ENCRYPT, len, ivbuf, in, out);", "    }",
                      "    mbedtls_aes_free(&ctx);", "    return rc;", "}"]
    return s.p(["src/crypto/payload_crypto.c", "src/payload_crypto.c", "lib/secure/aes_payload.c"]), J(L), "c"


def t_hmac_hex_cpp(s):
    name = s.nm(["kSigningKeyHex", "kHmacKey", "HMAC_SECRET_HEX"], ["kSaltHex", "kCtxSeed", "kProfileHash"])
    hx = s.key_hex(32)
    L = s.lic("c") + ["#include \"signer.h\"", "", "#include <openssl/hmac.h>", "#include <openssl/evp.h>", "#include <string>", "#include <vector>", "",
                      "namespace {", "constexpr const char* %s = \"%s\";" % (name, hx), "",
                      "std::vector<unsigned char> FromHex(const std::string& h) {", "  std::vector<unsigned char> out;",
                      "  for (size_t i = 0; i + 1 < h.size(); i += 2) out.push_back(std::stoi(h.substr(i, 2), nullptr, 16));",
                      "  return out;", "}", "}  // namespace", "",
                      "std::string Signer::Sign(const std::string& body) const {", "  const auto key = FromHex(%s);" % name,
                      "  unsigned char mac[EVP_MAX_MD_SIZE];", "  unsigned int mac_len = 0;",
                      "  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),",
                      "       reinterpret_cast<const unsigned char*>(body.data()), body.size(), mac, &mac_len);",
                      "  return ToHex(mac, mac_len);", "}"]
    return s.p(["src/auth/signer.cpp", "services/uplink/signer.cc", "src/webhook/signer.cpp"]), J(L), "cpp"


def t_tls_psk_c(s):
    n = len(s.cred["bytes"]) if s.pos else 16
    name = s.nm(["psk", "tls_psk", "dtls_psk"], ["cred_b", "s_blob", "id_ext"])
    ident = "%s-%04d" % (s.p(["dev", "node", "sensor", "gw"]), s.r(1, 9999))
    form = s.r(0, 1)
    L = s.lic("c") + ["#include <string.h>", "#include \"mbedtls/ssl.h\"", "", "static const char psk_identity[] = \"%s\";" % ident]
    if form == 0:
        L += ["static const unsigned char %s[] = {" % name] + s.key_c(n, "    ", per_line=s.p([8, 16])) + ["};"]
    else:
        L += ["static const unsigned char %s[] = \"%s\";" % (name, s.key_esc(n))]
    L += ["", "int dtls_configure_psk(mbedtls_ssl_config *conf)", "{",
          "    return mbedtls_ssl_conf_psk(conf, %s, sizeof(%s)%s," % (name, name, "" if form == 0 else " - 1"),
          "                                (const unsigned char *)psk_identity,",
          "                                strlen(psk_identity));", "}"]
    return s.p(["src/net/dtls_client.c", "src/coap/psk.c", "app/src/tls_setup.c"]), J(L), "c"


def pem_c_lines(label, body, style):
    """Render a PEM block as a C string literal in one of several styles."""
    if style == 0:      # one literal per line with \n
        out = ['"-----BEGIN %s-----\\n"' % label] + ['"%s\\n"' % l for l in body] + ['"-----END %s-----\\n"' % label]
        return out
    if style == 1:      # backslash continuation
        out = ['"-----BEGIN %s-----\\n" \\' % label] + ['"%s\\n" \\' % l for l in body] + ['"-----END %s-----\\n"' % label]
        return out
    # raw string literal (C++)
    return ['R"EOF(-----BEGIN %s-----' % label] + body + ['-----END %s-----' % label, ')EOF"']


def t_device_key_c(s):
    label, body = s.pem()
    name = s.nm(["client_key", "device_private_key", "AWS_CLIENT_PRIVATE_KEY", "key_pem"],
                ["client_pem_b", "DEVICE_BLOB_2", "s_identity", "cred_pem"])
    cpp = s.chance(0.35)
    style = 2 if cpp else s.r(0, 1)
    ind = "    "
    L = s.lic("c") + ["/* Device identity for %s (thing: %s-%s) */" % (s.p(["AWS IoT Core", "Azure DPS", "our MQTT broker"]), s.project(), s.hexs(6)), ""]
    if cpp:
        L += ["#pragma once", "", "static const char %s[] = " % name + pem_c_lines(label, body, 2)[0]] + pem_c_lines(label, body, 2)[1:-1] + [pem_c_lines(label, body, 2)[-1] + ";"]
    elif style == 1:
        L += ["#define %s \\" % name.upper()] + [ind + x for x in pem_c_lines(label, body, 1)]
    else:
        L += ["const char %s[] =" % name] + [ind + x for x in pem_c_lines(label, body, 0)[:-1]] + [ind + pem_c_lines(label, body, 0)[-1] + ";"]
    L += ["", "const size_t %s_len = sizeof(%s);" % (name.lower(), name if not style == 1 or cpp else name.upper())]
    path = s.p(["certs/device_key.h", "main/certs/private_key.h", "src/aws_iot_certs.c", "include/device_identity.hpp" if cpp else "src/identity.c"])
    ft = "cpp-header" if path.endswith("hpp") else ("c" if path.endswith(".c") else "c-header")
    return path, J(L), ft


def t_demo_config_h(s):
    label, body = s.pem()
    L = ["/*", " * FreeRTOS demo configuration for %s" % s.project(), " */", "#ifndef DEMO_CONFIG_H_", "#define DEMO_CONFIG_H_", "",
         "#define democonfigCLIENT_IDENTIFIER    \"%s-%s\"" % (s.project(), s.hexs(4)),
         "#define democonfigMQTT_BROKER_ENDPOINT \"%s-ats.iot.%s.amazonaws.com\"" % (rs(s.rng, LO + DIG, 14), s.p(["us-east-1", "eu-west-1", "eu-central-1", "ap-southeast-2"])),
         "#define democonfigMQTT_BROKER_PORT     ( 8883 )", "",
         "/* Device private key, PEM encoded. */",
         "#define democonfigCLIENT_PRIVATE_KEY_PEM \\"]
    L += ["    " + x for x in pem_c_lines(label, body, 1)]
    L += ["", "#define democonfigNETWORK_BUFFER_SIZE   ( %d )" % s.p([1024, 2048, 5000]), "", "#endif /* DEMO_CONFIG_H_ */"]
    return s.p(["demos/include/demo_config.h", "config/demo_config.h", "source/demo_config.h"]), J(L), "c-header"


def _api_endpoint(s):
    prov = s.provider
    return {
        "openweathermap": ("https://api.openweathermap.org/data/2.5/weather", "query"),
        "datadog": ("https://api.datadoghq.eu/api/v2/series", "DD-API-KEY"),
        "sendgrid": ("https://api.sendgrid.com/v3/mail/send", "bearer"),
        "openai": ("https://api.openai.com/v1/chat/completions", "bearer"),
        "anthropic": ("https://api.anthropic.com/v1/messages", "x-api-key"),
        "google": ("https://maps.googleapis.com/maps/api/geocode/json", "X-Goog-Api-Key"),
        "stripe": ("https://api.stripe.com/v1/charges", "bearer"),
        "particle": ("https://api.particle.io/v1/devices/events", "bearer"),
        "generic": ("https://%s/v1/uplink" % s.host("api"), "bearer"),
        "mapbox": ("https://api.mapbox.com/uploads/v1/%s" % s.p(["fleetview", "acme-maps"]), "query_at"),
        "slack": ("https://slack.com/api/chat.postMessage", "bearer"),
        "digitalocean": ("https://api.digitalocean.com/v2/droplets", "bearer"),
        "twilio": ("https://api.twilio.com/2010-04-01/Accounts/%s/Messages.json" % s.pub_id(), "userpwd"),
    }.get(prov, ("https://%s/v1/items" % s.host("api"), "bearer"))


def t_curl_cpp(s):
    url, mode = _api_endpoint(s)
    v = s.val("c", s.provider.upper().replace("-", "_") + "_API_KEY")
    obvious = s.pos and s.obv or (not s.pos and s.chance())
    var = s.p(["kApiKey", "api_key_", "kToken", "API_TOKEN"]) if obvious else None
    cls = s.p(["WeatherClient", "MetricsUploader", "Notifier", "CloudClient", "ReportSender"])
    L = s.lic("c") + ["#include \"%s.h\"" % cls.lower(), "", "#include <curl/curl.h>", "#include <string>", "#include <stdexcept>", ""]
    if var:
        L += ["static const std::string %s = \"%s\";" % (var, v), ""]
        ref = var
    else:
        ref = None

    def hdr(prefix):
        if ref:
            return "(std::string(\"%s\") + %s).c_str()" % (prefix, ref)
        return "\"%s%s\"" % (prefix, v)
    L += ["std::string %s::Post(const std::string& body) {" % cls, "  CURL* curl = curl_easy_init();",
          "  if (!curl) throw std::runtime_error(\"curl_easy_init failed\");", "  struct curl_slist* headers = nullptr;",
          "  headers = curl_slist_append(headers, \"Content-Type: application/json\");"]
    if mode == "bearer":
        L += ["  headers = curl_slist_append(headers, %s);" % hdr("Authorization: Bearer ")]
        L += ["  curl_easy_setopt(curl, CURLOPT_URL, \"%s\");" % url]
    elif mode == "userpwd":
        sid = s.pub_id()
        L += ["  curl_easy_setopt(curl, CURLOPT_URL, \"%s\");" % url]
        if ref:
            L += ["  const std::string userpwd = std::string(\"%s:\") + %s;" % (sid, ref),
                  "  curl_easy_setopt(curl, CURLOPT_USERPWD, userpwd.c_str());"]
        else:
            L += ["  curl_easy_setopt(curl, CURLOPT_USERPWD, \"%s:%s\");" % (sid, v)]
    elif mode in ("query", "query_at"):
        q = "appid" if mode == "query" else "access_token"
        if ref:
            L += ["  const std::string url = std::string(\"%s?%s=\") + %s;" % (url, q, ref), "  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());"]
        else:
            L += ["  curl_easy_setopt(curl, CURLOPT_URL, \"%s?%s=%s&units=metric\");" % (url, q, v)]
    else:
        L += ["  headers = curl_slist_append(headers, %s);" % hdr(mode + ": ")]
        if mode == "x-api-key":
            L += ["  headers = curl_slist_append(headers, \"anthropic-version: 2023-06-01\");"]
        L += ["  curl_easy_setopt(curl, CURLOPT_URL, \"%s\");" % url]
    L += ["  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);", "  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());",
          "  curl_easy_setopt(curl, CURLOPT_TIMEOUT, %dL);" % s.p([5, 10, 30]), "  std::string response;",
          "  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &WriteCb);", "  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response);",
          "  CURLcode rc = curl_easy_perform(curl);", "  curl_slist_free_all(headers);", "  curl_easy_cleanup(curl);",
          "  if (rc != CURLE_OK) throw std::runtime_error(curl_easy_strerror(rc));", "  return response;", "}"]
    return s.p(["src/%s.cpp" % cls.lower(), "src/net/%s.cc" % cls.lower(), "services/%s/%s.cpp" % (s.project(), cls.lower())]), J(L), "cpp"


def t_grpc_cpp(s):
    v = s.val("c", "API_TOKEN")
    obvious = s.pos and s.obv or (not s.pos and s.chance())
    key = s.p(["authorization", "x-api-key", "x-goog-api-key"]) if s.provider != "google" else "x-goog-api-key"
    pre = "Bearer " if key == "authorization" else ""
    svc = s.p(["Telemetry", "Inventory", "DeviceRegistry", "Ingest"])
    L = s.lic("c") + ["#include <grpcpp/grpcpp.h>", "#include \"%s.grpc.pb.h\"" % svc.lower(), "", "using grpc::ClientContext;", "using grpc::Status;", ""]
    if obvious:
        L += ["constexpr char k%sToken[] = \"%s%s\";" % (svc, pre, v), ""]
        meta = "k%sToken" % svc
    else:
        meta = "\"%s%s\"" % (pre, v)
    L += ["class %sClient {" % svc, " public:", "  explicit %sClient(std::shared_ptr<grpc::Channel> ch)" % svc,
          "      : stub_(%s::NewStub(ch)) {}" % svc, "",
          "  bool Push(const %sRequest& req) {" % svc, "    ClientContext ctx;",
          "    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(%d));" % s.p([3, 5, 10]),
          "    ctx.AddMetadata(\"%s\", %s);" % (key, meta), "    %sReply reply;" % svc,
          "    Status st = stub_->Push(&ctx, req, &reply);", "    return st.ok();", "  }", "", " private:",
          "  std::unique_ptr<%s::Stub> stub_;" % svc, "};"]
    return s.p(["src/%s_client.cc" % svc.lower(), "client/%s_client.cpp" % svc.lower()]), J(L), "cpp"


def t_qt_db_cpp(s):
    v = s.val("c", "DB_PASSWORD")
    drv = s.p(["QPSQL", "QMYSQL", "QODBC"])
    form = s.r(0, 2)
    L = ["#include \"databasemanager.h\"", "", "#include <QSqlDatabase>", "#include <QSqlError>", "#include <QSettings>", "#include <QDebug>", "",
         "bool DatabaseManager::open()", "{", "    QSettings settings;",
         "    QSqlDatabase db = QSqlDatabase::addDatabase(\"%s\");" % drv,
         "    db.setHostName(settings.value(\"db/host\", \"%s\").toString());" % s.host("db"),
         "    db.setPort(settings.value(\"db/port\", %d).toInt());" % (5432 if drv == "QPSQL" else 3306),
         "    db.setDatabaseName(\"%s\");" % s.p(["inventory", "lims", "production", "stock"]),
         "    db.setUserName(settings.value(\"db/user\", \"%s\").toString());" % s.p(["app", "lims_rw", "stock_app"])]
    if form == 0:
        L += ["    db.setPassword(settings.value(\"db/password\", \"%s\").toString());" % v]
    elif form == 1:
        L += ["    db.setPassword(QStringLiteral(\"%s\"));" % v]
    else:
        L += ["    const QString fallback = QLatin1String(\"%s\");" % v,
              "    db.setPassword(settings.value(\"%s\", fallback).toString());" % s.p(["db/secret", "connection/pw", "db/pw"])]
    L += ["    if (!db.open()) {", "        qWarning() << \"DB open failed:\" << db.lastError().text();", "        return false;", "    }",
          "    return true;", "}"]
    return s.p(["src/databasemanager.cpp", "app/db/databasemanager.cpp", "src/core/DatabaseManager.cpp"]), J(L), "cpp"


def t_qsettings_defaults(s):
    v = s.val("c", "SECRET")
    key = {"smtp": s.nm(["mail/password", "smtp/password"], ["mail/credential", "smtp/auth"]),
           "database": s.nm(["database/password", "db/password"], ["database/secret2", "db/phrase"])}.get(
        s.provider, s.nm(["cloud/apiKey", "api/token"], ["cloud/key2", "service/ident"]))
    L = ["// Default values written on first start.", "#include \"appsettings.h\"", "#include <QSettings>", "",
         "void AppSettings::registerDefaults()", "{", "    QSettings s;",
         "    const QVariantMap defaults {",
         "        {\"ui/theme\", \"%s\"}," % s.p(["dark", "light", "system"]),
         "        {\"ui/language\", \"%s\"}," % s.p(["en", "de", "fr", "ja"]),
         "        {\"serial/port\", \"%s\"}," % s.p(["/dev/ttyUSB0", "COM3", "/dev/ttyACM0"]),
         "        {\"serial/baud\", %d}," % s.p([9600, 115200, 921600])]
    if s.provider == "smtp":
        L += ["        {\"mail/host\", \"smtp.%s.com\"}," % s.slug(), "        {\"mail/user\", \"reports@%s.com\"}," % s.slug()]
    L += ["        {\"%s\", \"%s\"}," % (key, v), "        {\"update/channel\", \"%s\"}," % s.p(["stable", "beta"]), "    };",
          "    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it) {",
          "        if (!s.contains(it.key()))", "            s.setValue(it.key(), it.value());", "    }", "}"]
    return s.p(["src/appsettings.cpp", "src/settings/defaults.cpp"]), J(L), "cpp"


def t_mysql_c(s):
    v = s.val("c", "DB_PASSWORD")
    L = s.lic("c") + ["#include <stdio.h>", "#include <stdlib.h>", "#include <mysql/mysql.h>", "", "MYSQL *db_connect(void)", "{",
                      "    MYSQL *conn = mysql_init(NULL);", "    if (conn == NULL) {", "        fprintf(stderr, \"mysql_init failed\\n\");",
                      "        return NULL;", "    }",
                      "    if (mysql_real_connect(conn, \"%s\", \"%s\", \"%s\"," % (s.host("db"), s.p(["logger", "scada", "app"]), v),
                      "                           \"%s\", %d, NULL, 0) == NULL) {" % (s.p(["telemetry", "plant", "meters"]), s.p([3306, 3307])),
                      "        fprintf(stderr, \"connect: %s\\n\", mysql_error(conn));", "        mysql_close(conn);", "        return NULL;", "    }",
                      "    return conn;", "}"]
    return s.p(["src/db.c", "logger/db_mysql.c", "src/storage/mysql_sink.c"]), J(L), "c"


def t_libpq_cpp(s):
    form = s.r(0, 1)
    v = s.val("url" if form else "c", "PGPASSWORD")
    host = s.host("db")
    L = ["#include <libpq-fe.h>", "#include <memory>", "#include <stdexcept>", "", "namespace storage {", ""]
    if form == 0:
        L += ["static const char* kConnInfo =", "    \"host=%s port=5432 dbname=%s \"" % (host, s.p(["metrics", "fleet", "plant"])),
              "    \"user=%s password=%s sslmode=require\";" % (s.p(["writer", "app"]), v)]
    else:
        L += ["static const char* kConnInfo = \"postgresql://%s:%s@%s:5432/%s?sslmode=require\";" % (s.p(["writer", "app"]), v, host, s.p(["metrics", "fleet"]))]
    L += ["", "PGconn* Connect() {", "  PGconn* c = PQconnectdb(kConnInfo);", "  if (PQstatus(c) != CONNECTION_OK) {",
          "    std::string err = PQerrorMessage(c);", "    PQfinish(c);", "    throw std::runtime_error(err);", "  }", "  return c;", "}", "",
          "}  // namespace storage"]
    return s.p(["src/storage/pg.cpp", "src/db/connection.cc"]), J(L), "cpp"


def t_gtest_it(s):
    v = s.val("c", "TOKEN")
    cls = s.p(["ReleaseUploader", "ApiClient", "OtaPublisher", "ArtifactStore"])
    L = ["#include <gtest/gtest.h>", "#include \"%s.h\"" % cls.lower(), "",
         "// Integration tests, run against the staging service (label: integration).", "",
         "class %sIT : public ::testing::Test {" % cls, " protected:", "  void SetUp() override {",
         "    client_ = std::make_unique<%s>(\"https://%s\"," % (cls, s.host("api")),
         "                                    \"%s\");" % v, "  }",
         "  std::unique_ptr<%s> client_;" % cls, "};", "",
         "TEST_F(%sIT, ListsArtifacts) {" % cls, "  auto items = client_->List(\"firmware/%s\");" % s.project(),
         "  EXPECT_FALSE(items.empty());", "}", "",
         "TEST_F(%sIT, RejectsOversizedUpload) {" % cls, "  std::vector<uint8_t> big(%d * 1024 * 1024);" % s.p([64, 128]),
         "  EXPECT_EQ(client_->Upload(\"big.bin\", big).code, 413);", "}"]
    return s.p(["tests/%s_it_test.cc" % cls.lower(), "test/integration/%s_test.cpp" % cls.lower()]), J(L), "cpp-test"


def t_unity_mqtt(s):
    v = s.val("c", "MQTT_PASSWORD")
    L = ["#include \"unity.h\"", "#include \"mqtt_session.h\"", "", "static mqtt_session_t sess;", "",
         "void setUp(void)", "{", "    mqtt_session_init(&sess, \"%s\", %d);" % (s.host(), s.p([1883, 8883])), "}", "",
         "void tearDown(void)", "{", "    mqtt_session_close(&sess);", "}", "",
         "/* needs the staging broker; skipped on CI without network */",
         "void test_connect_with_credentials(void)", "{",
         "    int rc = mqtt_session_connect(&sess, \"%s\", \"%s\");" % (s.p(["hil-rig-1", "test-node"]), v),
         "    TEST_ASSERT_EQUAL_INT(0, rc);", "}", "",
         "void test_publish_qos1(void)", "{", "    TEST_ASSERT_EQUAL_INT(0, mqtt_session_publish(&sess, \"%s\", \"42\", 1));" % s.topic(), "}", "",
         "int main(void)", "{", "    UNITY_BEGIN();", "    RUN_TEST(test_connect_with_credentials);", "    RUN_TEST(test_publish_qos1);",
         "    return UNITY_END();", "}"]
    return s.p(["test/test_mqtt_session.c", "tests/unit/test_mqtt.c"]), J(L), "c-test"


def t_cpputest(s):
    v = s.val("c", "API_KEY")
    L = ["#include \"CppUTest/TestHarness.h\"", "#include \"cloud_client.h\"", "",
         "TEST_GROUP(CloudClientLive)", "{", "    CloudClient *client;", "    void setup()", "    {",
         "        client = new CloudClient(\"%s\", \"%s\");" % (s.host("api"), v), "    }",
         "    void teardown()", "    {", "        delete client;", "    }", "};", "",
         "TEST(CloudClientLive, FetchesConfig)", "{", "    CHECK_TRUE(client->fetchConfig());", "}", "",
         "TEST(CloudClientLive, ReportsUptime)", "{", "    LONGS_EQUAL(202, client->report(\"uptime\", %d));" % s.r(10, 99999), "}"]
    return s.p(["tests/CloudClientLiveTest.cpp", "test/cloud/CloudClientTest.cpp"]), J(L), "cpp-test"


def t_doxygen_header(s):
    v = s.val("c", "CLOUD_API_KEY")
    name = s.nm(["CLOUD_API_KEY", "CLOUD_ACCESS_TOKEN", "SERVICE_TOKEN"], ["CLOUD_ACCOUNT_REF", "CLOUD_TENANT_B", "UPLINK_PROFILE"])
    L = ["/**", " * @file cloud_config.h", " * @brief Cloud connector settings for the %s." % s.project(),
         " * @author %s" % s.person(), " * @date %d" % s.year(), " */", "", "#ifndef CLOUD_CONFIG_H", "#define CLOUD_CONFIG_H", "",
         "/** @brief Base URL of the REST endpoint. */", "#define CLOUD_BASE_URL      \"https://%s\"" % s.host("api"), "",
         "/** @brief Request timeout in milliseconds. */", "#define CLOUD_TIMEOUT_MS    %d" % s.p([3000, 5000, 10000]), "",
         "/**", " * @brief Credential sent with every request.", " * @note Rotated with each release train.", " */",
         "#define %s \"%s\"" % (name, v), "",
         "/** @brief Number of retries before the uplink is marked down. */", "#define CLOUD_MAX_RETRIES   %d" % s.r(2, 8), "",
         "#endif /* CLOUD_CONFIG_H */"]
    return s.p(["include/cloud/cloud_config.h", "components/cloud/include/cloud_config.h"]), J(L), "c-header"


def t_zephyr_main(s):
    v = s.val("c", "WIFI_PSK")
    L = s.lic("c") + ["#include <zephyr/kernel.h>", "#include <zephyr/net/wifi_mgmt.h>", "#include <zephyr/net/net_if.h>",
                      "#include <zephyr/logging/log.h>", "", "LOG_MODULE_REGISTER(app, LOG_LEVEL_INF);", "",
                      "#define SSID \"%s\"" % s.ssid(), "", "static int connect_wifi(void)", "{",
                      "\tstruct net_if *iface = net_if_get_default();", "\tstruct wifi_connect_req_params p = {",
                      "\t\t.ssid = (const uint8_t *)SSID,", "\t\t.ssid_length = sizeof(SSID) - 1,",
                      "\t\t.psk = (const uint8_t *)\"%s\"," % v, "\t\t.psk_length = %d," % len(v),
                      "\t\t.security = WIFI_SECURITY_TYPE_PSK,", "\t\t.channel = WIFI_CHANNEL_ANY,", "\t\t.band = WIFI_FREQ_BAND_2_4_GHZ,", "\t};", "",
                      "\treturn net_mgmt(NET_REQUEST_WIFI_CONNECT, iface, &p, sizeof(p));", "}", "",
                      "int main(void)", "{", "\tint ret = connect_wifi();", "", "\tLOG_INF(\"connect request: %d\", ret);", "\treturn 0;", "}"]
    return s.p(["src/main.c", "app/src/main.c"]), J(L), "c"


def t_telegram_cpp(s):
    v = s.val("c", "TELEGRAM_TOKEN")
    obvious = s.pos and s.obv or (not s.pos and s.chance())
    chat = "-100%d" % s.r(1000000000, 1999999999)
    L = ["#include <HTTPClient.h>", "#include <WiFiClientSecure.h>", "", "static const char *CHAT_ID = \"%s\";" % chat]
    if obvious:
        L += ["static const char *BOT_TOKEN = \"%s\";" % v, "", "void notify(const String &text) {", "  WiFiClientSecure tls;",
              "  tls.setInsecure();", "  HTTPClient http;", "  String url = String(\"https://api.telegram.org/bot\") + BOT_TOKEN + \"/sendMessage\";"]
    else:
        L += ["", "void notify(const String &text) {", "  WiFiClientSecure tls;", "  tls.setInsecure();", "  HTTPClient http;",
              "  String url = \"https://api.telegram.org/bot%s/sendMessage\";" % v]
    L += ["  http.begin(tls, url);", "  http.addHeader(\"Content-Type\", \"application/json\");",
          "  int code = http.POST(\"{\\\"chat_id\\\":\\\"\" + String(CHAT_ID) + \"\\\",\\\"text\\\":\\\"\" + text + \"\\\"}\");",
          "  if (code != 200) Serial.printf(\"telegram: %d\\n\", code);", "  http.end();", "}"]
    return s.p(["src/notify.cpp", "src/alerts/telegram.cpp", "lib/Notify/notify.cpp"]), J(L), "cpp"


def t_azure_iot_c(s):
    v = s.val("c", "IOTHUB_DEVICE_KEY")
    dev = "%s-%03d" % (s.project(), s.r(1, 999))
    hub = "%s-hub-%s" % (s.slug(), s.p(["prod", "weu", "iot", "01"]))
    L = s.lic("c") + ["#include <stdio.h>", "#include \"iothub.h\"", "#include \"iothub_device_client_ll.h\"", "#include \"iothubtransportmqtt.h\"", "",
                      "/* Paste in the device connection string from the portal */",
                      "static const char* connectionString = \"HostName=%s.azure-devices.net;DeviceId=%s;SharedAccessKey=%s\";" % (hub, dev, v), "",
                      "int main(void)", "{", "    IOTHUB_DEVICE_CLIENT_LL_HANDLE h;", "    (void)IoTHub_Init();",
                      "    h = IoTHubDeviceClient_LL_CreateFromConnectionString(connectionString, MQTT_Protocol);",
                      "    if (h == NULL) {", "        printf(\"failed to create client\\n\");", "        return 1;", "    }",
                      "    for (int i = 0; i < %d; i++) {" % s.r(5, 50), "        IoTHubDeviceClient_LL_DoWork(h);", "        ThreadAPI_Sleep(100);", "    }",
                      "    IoTHubDeviceClient_LL_Destroy(h);", "    IoTHub_Deinit();", "    return 0;", "}"]
    return s.p(["src/iothub_client_sample.c", "app/telemetry_main.c"]), J(L), "c"


def t_aws_s3_cpp(s):
    sec = s.val("c", "AWS_SECRET_ACCESS_KEY")
    kid = s.pub_id()
    L = ["#include <aws/core/Aws.h>", "#include <aws/core/auth/AWSCredentials.h>", "#include <aws/s3/S3Client.h>",
         "#include <aws/s3/model/PutObjectRequest.h>", "", "bool UploadLog(const Aws::String& path) {",
         "  Aws::Client::ClientConfiguration cfg;", "  cfg.region = \"%s\";" % s.p(["eu-west-1", "us-east-1", "eu-central-1"]),
         "  Aws::Auth::AWSCredentials creds(\"%s\", \"%s\");" % (kid, sec), "  Aws::S3::S3Client s3(creds, nullptr, cfg);", "",
         "  Aws::S3::Model::PutObjectRequest req;", "  req.SetBucket(\"%s-device-logs\");" % s.slug(), "  req.SetKey(path);",
         "  auto body = Aws::MakeShared<Aws::FStream>(\"log\", path.c_str(), std::ios_base::in | std::ios_base::binary);",
         "  req.SetBody(body);", "  return s3.PutObject(req).IsSuccess();", "}"]
    return s.p(["src/upload/s3_uploader.cpp", "tools/log-shipper/main.cpp"]), J(L), "cpp"


def pio_platform(board):
    if board.startswith(("nodemcu", "d1_")):
        return "espressif8266"
    if board == "pico":
        return "raspberrypi"
    if board.startswith("nucleo"):
        return "ststm32"
    if board.startswith("adafruit_feather_m0"):
        return "atmelsam"
    return "espressif32"


def t_platformio(s):
    env_name = s.kind.upper() if s.cat != "pw" else {"wifi": "WIFI_PASS", "mqtt-broker": "MQTT_PASS"}.get(s.provider, "PASS")
    v = s.val("pio", env_name)
    name = s.nm([env_name, "WIFI_PASSWORD" if s.provider == "wifi" else "API_TOKEN"], ["NET_B", "CFG_PROFILE_2", "UPLINK_ID"])
    board = s.board()
    q = s.r(0, 2)
    if q == 0:
        flag = "-D %s=\\\"%s\\\"" % (name, v)
    elif q == 1:
        flag = "-D%s='\"%s\"'" % (name, v)
    else:
        flag = "'-D %s=\"%s\"'" % (name, v)
    L = ["; PlatformIO Project Configuration File", ";", ";   Build options: build flags, source filter", ";   Upload options: custom upload port, speed and extra flags",
         ";   Library options: dependencies, extra library storages", ";", "; Please visit documentation for the other options and examples",
         "; https://docs.platformio.org/page/projectconf.html", "",
         "[platformio]", "default_envs = %s" % board, "",
         "[env]", "framework = arduino", "monitor_speed = 115200", "lib_deps =",
         "    knolleary/PubSubClient@^2.8", "    bblanchon/ArduinoJson@^%d.%d.0" % (s.p([6, 7]), s.r(0, 3)), "",
         "[env:%s]" % board, "platform = %s" % pio_platform(board),
         "board = %s" % board, "build_flags =", "    -Wall", "    -D CORE_DEBUG_LEVEL=%d" % s.r(0, 5)]
    if s.provider == "wifi":
        L += ["    -D WIFI_SSID=\\\"%s\\\"" % s.ssid().replace(" ", "_")]
    L += ["    " + flag, "    -D FW_VERSION=\\\"%s\\\"" % s.ver(),
          "upload_speed = %d" % s.p([460800, 921600, 115200]), "monitor_filters = esp32_exception_decoder, time"]
    return s.p(["platformio.ini", "firmware/platformio.ini"]), J(L), "platformio-ini"


def t_sdkconfig(s):
    wifi = s.provider == "wifi"
    L = ["#", "# Automatically generated file. DO NOT EDIT.", "# Espressif IoT Development Framework (ESP-IDF) %s Project Configuration" % s.p(["5.1.2", "5.2.1", "4.4.6", "5.3"]), "#"] \
        if s.chance() else ["# sdkconfig.defaults for %s" % s.project()]
    L += ["CONFIG_IDF_TARGET=\"%s\"" % s.p(["esp32", "esp32s3", "esp32c3"]), "CONFIG_ESPTOOLPY_FLASHSIZE_4MB=y",
          "CONFIG_PARTITION_TABLE_CUSTOM=y", "CONFIG_PARTITION_TABLE_CUSTOM_FILENAME=\"partitions.csv\"", "",
          "#", "# Example Connection Configuration", "#"]
    if wifi:
        L += ["CONFIG_EXAMPLE_CONNECT_WIFI=y", "CONFIG_EXAMPLE_WIFI_SSID=\"%s\"" % s.ssid(),
              "CONFIG_%s=\"%s\"" % (s.nm(["EXAMPLE_WIFI_PASSWORD", "ESP_WIFI_PASSWORD"], ["EXAMPLE_WIFI_PHRASE", "APP_NET_B"]), s.val("kconf", "WIFI_PASSWORD")),
              "CONFIG_EXAMPLE_WIFI_CONN_MAX_RETRY=%d" % s.r(3, 10)]
    else:
        L += ["CONFIG_EXAMPLE_CONNECT_ETHERNET=y", "", "#", "# Application", "#",
              "CONFIG_BROKER_URL=\"mqtts://%s\"" % s.host(), "CONFIG_BROKER_USERNAME=\"%s\"" % s.p(["gw-%02d" % s.r(1, 30), "device"]),
              "CONFIG_%s=\"%s\"" % (s.nm(["BROKER_PASSWORD", "MQTT_PASSWORD"], ["BROKER_AUX", "APP_LINK_B"]), s.val("kconf", "MQTT_PASSWORD"))]
    L += ["", "CONFIG_FREERTOS_HZ=1000", "CONFIG_ESP_MAIN_TASK_STACK_SIZE=%d" % s.p([4096, 8192]), "CONFIG_LOG_DEFAULT_LEVEL_INFO=y"]
    return s.p(["sdkconfig.defaults", "sdkconfig", "firmware/sdkconfig.defaults"]), J(L), "sdkconfig"


def t_prj_conf(s):
    L = ["# %s - %s" % (s.project(), s.p(["nRF7002 DK", "ESP32-S3", "RW612"])), "CONFIG_NETWORKING=y", "CONFIG_NET_IPV4=y", "CONFIG_NET_DHCPV4=y",
         "CONFIG_NET_SOCKETS=y", "CONFIG_LOG=y", "CONFIG_MAIN_STACK_SIZE=%d" % s.p([4096, 8192]), ""]
    if s.provider == "wifi":
        L += ["# Wi-Fi", "CONFIG_WIFI=y", "CONFIG_WIFI_CREDENTIALS=y", "CONFIG_WIFI_CREDENTIALS_STATIC=y",
              "CONFIG_WIFI_CREDENTIALS_STATIC_SSID=\"%s\"" % s.ssid(),
              "CONFIG_%s=\"%s\"" % (s.nm(["WIFI_CREDENTIALS_STATIC_PASSWORD"], ["WIFI_CREDENTIALS_STATIC_PASSWORD"]), s.val("kconf", "WIFI_PASSWORD"))]
    elif s.cat == "key":
        L += ["# DTLS PSK for the CoAP uplink", "CONFIG_MBEDTLS_KEY_EXCHANGE_PSK_ENABLED=y",
              "CONFIG_APP_PSK_ID=\"%s-%04d\"" % (s.p(["dev", "node"]), s.r(1, 9999)),
              "CONFIG_%s=\"%s\"" % (s.nm(["APP_PSK", "APP_DTLS_PSK"], ["APP_CRED_B", "APP_LINK_PARAM"]), s.key_hex(16))]
    else:
        L += ["# MQTT", "CONFIG_MQTT_LIB=y", "CONFIG_MQTT_LIB_TLS=y", "CONFIG_APP_MQTT_BROKER_HOSTNAME=\"%s\"" % s.host(),
              "CONFIG_APP_MQTT_USERNAME=\"%s\"" % s.p(["node", "zephyr-dev"]),
              "CONFIG_%s=\"%s\"" % (s.nm(["APP_MQTT_PASSWORD"], ["APP_MQTT_AUX"]), s.val("kconf", "MQTT_PASSWORD"))]
    L += ["", "CONFIG_NET_LOG=y"]
    return s.p(["prj.conf", "app/prj.conf", "boards/%s.conf" % s.p(ZBOARDS).split("/")[0], "overlay-wifi.conf"]), J(L), "zephyr-conf"


def t_kconfig(s):
    v = s.val("kconf", "PASSWORD")
    sym = s.nm(["APP_WIFI_PASSWORD" if s.provider == "wifi" else "APP_MQTT_PASSWORD", "APP_PASSWORD"],
               ["APP_NET_PROFILE_B", "APP_UPLINK_PARAM"])
    L = ["# SPDX-License-Identifier: Apache-2.0", "", "menu \"%s\"" % s.project().replace("-", " ").title(), "",
         "config APP_SSID" if s.provider == "wifi" else "config APP_BROKER",
         "\tstring \"%s\"" % ("Wi-Fi SSID" if s.provider == "wifi" else "Broker hostname"),
         "\tdefault \"%s\"" % (s.ssid() if s.provider == "wifi" else s.host()), "",
         "config %s" % sym, "\tstring \"%s\"" % ("Wi-Fi passphrase" if s.provider == "wifi" else "Broker password"),
         "\tdefault \"%s\"" % v, "\thelp", "\t  Used on first boot; later values come from settings storage.", "",
         "config APP_SAMPLE_INTERVAL_SEC", "\tint \"Sampling interval\"", "\tdefault %d" % s.p([10, 30, 60]), "\trange 1 3600", "",
         "endmenu", "", "source \"Kconfig.zephyr\""]
    return s.p(["Kconfig", "app/Kconfig", "main/Kconfig.projbuild"]), J(L), "kconfig"


def t_buildroot_defconfig(s):
    v = s.val("kconf", "ROOT_PASSWORD")
    L = ["BR2_arm=y", "BR2_cortex_a7=y", "BR2_TOOLCHAIN_EXTERNAL=y", "BR2_TARGET_GENERIC_HOSTNAME=\"%s\"" % s.project(),
         "BR2_TARGET_GENERIC_ISSUE=\"Welcome to %s\"" % s.company(), "BR2_ROOTFS_DEVICE_CREATION_DYNAMIC_MDEV=y",
         "BR2_TARGET_GENERIC_ROOT_PASSWD=\"%s\"" % v, "BR2_SYSTEM_DHCP=\"eth0\"",
         "BR2_ROOTFS_OVERLAY=\"board/%s/rootfs-overlay\"" % s.slug(),
         "BR2_LINUX_KERNEL=y", "BR2_LINUX_KERNEL_CUSTOM_VERSION=y", "BR2_LINUX_KERNEL_CUSTOM_VERSION_VALUE=\"6.%d.%d\"" % (s.r(1, 12), s.r(1, 60)),
         "BR2_LINUX_KERNEL_DEFCONFIG=\"%s\"" % s.p(["imx_v6_v7", "multi_v7", "sunxi"]),
         "BR2_PACKAGE_DROPBEAR=y", "BR2_PACKAGE_MOSQUITTO=y", "BR2_TARGET_ROOTFS_EXT2=y", "BR2_TARGET_ROOTFS_EXT2_4=y"]
    return "configs/%s_%s_defconfig" % (s.slug(), s.p(["board", "gateway", "hmi"])), J(L), "defconfig"


def t_local_conf(s):
    L = ["MACHINE ??= \"%s\"" % s.p(["raspberrypi4-64", "imx8mm-evk", "beaglebone-yocto", "stm32mp1"]), "DISTRO ?= \"poky\"",
         "PACKAGE_CLASSES ?= \"package_ipk\"", "EXTRA_IMAGE_FEATURES ?= \"debug-tweaks ssh-server-dropbear\"",
         "BB_NUMBER_THREADS ?= \"%d\"" % s.p([8, 16, 24]), "DL_DIR ?= \"${TOPDIR}/../downloads\"", "SSTATE_DIR ?= \"${TOPDIR}/../sstate-cache\"", ""]
    if s.cat == "pw":
        L += ["INHERIT += \"extrausers\"", "EXTRA_USERS_PARAMS = \"usermod -P '%s' root; \\" % s.val("bb", "ROOT_PASSWORD"),
              "                      useradd -m -s /bin/sh %s; \\" % s.p(["service", "operator", "maint"]), "                      \""]
    else:
        L += ["# private layer fetch (CI user)",
              "SRC_URI:pn-%s = \"git://github.com/%s/%s.git;protocol=https;branch=main;user=ci-bot:%s\"" % (s.project(), s.slug(), s.project(), s.val("bb", "GITHUB_TOKEN"))]
    L += ["", "CONF_VERSION = \"2\""]
    return s.p(["conf/local.conf", "build/conf/local.conf", "kas/local.conf"]), J(L), "bitbake-conf"


def t_uenv(s):
    v = s.val("url", "OTA_PASSWORD")
    L = ["# uEnv.txt for %s" % s.project() if s.chance() else "bootdelay=%d" % s.r(1, 3),
         "ipaddr=%s" % s.ip(), "serverip=%s" % s.ip(), "netmask=255.255.255.0",
         "ethaddr=%s" % s.mac(), "loadaddr=0x%08x" % s.p([0x82000000, 0x42000000, 0x80800000]),
         "fdtfile=%s.dtb" % s.p(["am335x-boneblack", "imx6ull-14x14-evk", "sun8i-h3-orangepi-pc"]),
         "bootargs=console=ttyS0,115200 root=/dev/mmcblk0p2 rootwait ro",
         "ota_url=https://%s:%s@%s/%s/latest.swu" % (s.p(["ota", "device", "updater"]), v, s.host("updates"), s.project()),
         "uenvcmd=run loadimage; run loadfdt; bootz ${loadaddr} - ${fdtaddr}"]
    return s.p(["boot/uEnv.txt", "uEnv.txt", "board/%s/uEnv.txt" % s.slug()]), J(L), "uboot-env"


def t_uci_wireless(s):
    v = s.val("ini", "WIFI_KEY")
    radio = s.p(["radio0", "radio1"])
    L = ["", "config wifi-device '%s'" % radio, "\toption type 'mac80211'", "\toption path '%s'" % s.p(["platform/soc/18000000.wifi", "pci0000:00/0000:00:00.0"]),
         "\toption channel '%s'" % s.p(["1", "6", "11", "36", "auto"]), "\toption band '%s'" % s.p(["2g", "5g"]), "\toption htmode '%s'" % s.p(["HE20", "HT20", "VHT80"]),
         "\toption country '%s'" % s.p(["DE", "US", "GB", "NL"]), "",
         "config wifi-iface 'default_%s'" % radio, "\toption device '%s'" % radio, "\toption network 'lan'", "\toption mode 'ap'",
         "\toption ssid '%s'" % s.ssid(), "\toption encryption '%s'" % s.p(["psk2", "sae-mixed", "psk2+ccmp"]),
         "\toption key '%s'" % v]
    return s.p(["files/etc/config/wireless", "package/base-files/files/etc/config/wireless"]), J(L), "uci"


def t_uci_network(s):
    v = s.val("ini", "PPPOE_PASSWORD")
    L = ["", "config interface 'loopback'", "\toption device 'lo'", "\toption proto 'static'", "\toption ipaddr '127.0.0.1'", "\toption netmask '255.0.0.0'", "",
         "config globals 'globals'", "\toption ula_prefix 'fd%s:%s:%s::/48'" % (s.hexs(2), s.hexs(4), s.hexs(4)), "",
         "config interface 'lan'", "\toption device 'br-lan'", "\toption proto 'static'", "\toption ipaddr '%s'" % s.ip(), "\toption netmask '255.255.255.0'", "",
         "config interface 'wan'", "\toption device 'eth1'", "\toption proto 'pppoe'",
         "\toption username '%s@%s'" % (s.p(["k%07d" % s.r(0, 9999999), "office", "site42"]), s.p(["t-online.de", "isp.example.net", "bbox.fr"])),
         "\toption password '%s'" % v, "\toption ipv6 'auto'"]
    return s.p(["files/etc/config/network", "target/etc/config/network"]), J(L), "uci"


def t_cmakelists(s):
    env = s.kind.upper() if s.cat != "pw" else "MQTT_PASSWORD"
    v = s.val("cmake", env)
    name = s.nm([env, "API_KEY", "SERVICE_TOKEN"], ["UPLINK_PROFILE", "CFG_B", "TENANT_REF"])
    form = s.r(0, 2)
    L = ["cmake_minimum_required(VERSION 3.%d)" % s.r(16, 28), "project(%s VERSION %s LANGUAGES C CXX)" % (s.project().replace("-", "_"), s.ver()), "",
         "set(CMAKE_CXX_STANDARD %d)" % s.p([14, 17, 20]), "set(CMAKE_CXX_STANDARD_REQUIRED ON)", "",
         "find_package(CURL REQUIRED)", "find_package(Threads REQUIRED)", "",
         "add_executable(%s" % s.project().replace("-", "_"), "    src/main.cpp", "    src/uplink.cpp", "    src/sensors.cpp", ")", ""]
    tgt = s.project().replace("-", "_")
    if form == 0:
        L += ["target_compile_definitions(%s PRIVATE" % tgt, "    %s=\"%s\"" % (name, v), "    LOG_LEVEL=%d" % s.r(1, 4), ")"]
    elif form == 1:
        L += ["set(%s \"%s\" CACHE STRING \"credential baked into the image\")" % (name, v),
              "target_compile_definitions(%s PRIVATE %s=\"${%s}\")" % (tgt, name, name)]
    else:
        L += ["add_definitions(-D%s=\"%s\")" % (name, v)]
    L += ["target_link_libraries(%s PRIVATE CURL::libcurl Threads::Threads)" % tgt, "", "install(TARGETS %s RUNTIME DESTINATION bin)" % tgt]
    return s.p(["CMakeLists.txt", "app/CMakeLists.txt", "services/uplink/CMakeLists.txt"]), J(L), "cmake"


def t_cmake_presets(s):
    env = {"github": "GITHUB_TOKEN", "gitlab": "CI_JOB_TOKEN_OVERRIDE", "jfrog": "CONAN_PASSWORD", "digitalocean": "DO_TOKEN"}.get(s.provider, "TOKEN")
    v = s.val("presets", env)
    name = s.nm([env], ["CONAN_LOGIN_REF", "VCPKG_FEED_AUTH", "DEPLOY_B"])
    where = s.r(0, 1)
    inner = ['        "%s": "%s"' % (name, v)]
    L = ["{", "  \"version\": %d," % s.p([3, 6]), "  \"cmakeMinimumRequired\": { \"major\": 3, \"minor\": %d, \"patch\": 0 }," % s.r(21, 28),
         "  \"configurePresets\": [", "    {", "      \"name\": \"%s\"," % s.p(["ci-release", "arm-cross", "default"]),
         "      \"generator\": \"Ninja\",", "      \"binaryDir\": \"${sourceDir}/build/${presetName}\","]
    if where == 0:
        L += ["      \"cacheVariables\": {", "        \"CMAKE_BUILD_TYPE\": \"Release\",",
              "        \"CMAKE_TOOLCHAIN_FILE\": \"${sourceDir}/cmake/%s.cmake\"," % s.p(["arm-none-eabi", "aarch64-linux-gnu"])] + inner + ["      }"]
    else:
        L += ["      \"cacheVariables\": { \"CMAKE_BUILD_TYPE\": \"RelWithDebInfo\" },", "      \"environment\": {",
              "        \"CONAN_HOME\": \"${sourceDir}/.conan2\","] + inner + ["      }"]
    L += ["    }", "  ],", "  \"buildPresets\": [ { \"name\": \"ci\", \"configurePreset\": \"%s\" } ]" % L[5].split('"')[3], "}"]
    return s.p(["CMakePresets.json", "CMakeUserPresets.json"]), J(L), "cmake-presets"


def t_makefile(s):
    env = s.kind.upper() if s.cat != "pw" else "DEPLOY_PASSWORD"
    v = s.val("make", env)
    name = s.nm([env, "API_TOKEN", "DEPLOY_TOKEN"], ["DEPLOY_REF", "UPLINK_B", "RELEASE_ID2"])
    L = ["PROJECT   := %s" % s.project(), "MCU       := %s" % s.p(["cortex-m4", "cortex-m33", "cortex-m0plus"]),
         "CC        := arm-none-eabi-gcc", "OBJCOPY   := arm-none-eabi-objcopy",
         "CFLAGS    := -mcpu=$(MCU) -mthumb -Os -Wall -ffunction-sections -fdata-sections", "LDFLAGS   := -Wl,--gc-sections -T linker/%s.ld" % s.p(["stm32f4", "nrf52840", "samd21"]),
         "SRC       := $(wildcard src/*.c)", "OBJ       := $(SRC:.c=.o)", ""]
    form = s.r(0, 1)
    if form == 0:
        up = ("\tcurl -fsS -u deploy:$(%s) -T $< https://%s/dav/firmware/" % (name, s.host("files")) if s.cat == "pw" else
              "\tcurl -fsS -H \"Authorization: Bearer $(%s)\" -F file=@$< https://%s/v1/firmware" % (name, s.host("api")))
        L += ["%s := %s" % (name, v), "", "all: $(PROJECT).bin", "", "$(PROJECT).elf: $(OBJ)", "\t$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^", "",
              "%.bin: %.elf", "\t$(OBJCOPY) -O binary $< $@", "", "publish: $(PROJECT).bin", up]
    else:
        L += ["CFLAGS += -D%s='\"%s\"'" % (name, v), "", "all: $(PROJECT).bin", "", "$(PROJECT).elf: $(OBJ)", "\t$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^", "",
              "%.bin: %.elf", "\t$(OBJCOPY) -O binary $< $@"]
    L += ["", "clean:", "\trm -f $(OBJ) *.elf *.bin", "", ".PHONY: all clean publish"]
    return s.p(["Makefile", "firmware/Makefile"]), J(L), "makefile"


def t_meson(s):
    env = s.kind.upper() if s.cat != "pw" else "MQTT_PASSWORD"
    v = s.val("meson", env)
    name = s.nm([env, "API_KEY"], ["UPLINK_PROFILE", "BACKEND_REF"])
    L = ["project('%s', 'c'," % s.project(), "  version : '%s'," % s.ver(), "  default_options : ['warning_level=3', 'c_std=c11'])", "",
         "conf = configuration_data()", "conf.set_quoted('PROJECT_VERSION', meson.project_version())",
         "conf.set_quoted('BROKER_HOST', '%s')" % s.host(), "conf.set('BROKER_PORT', %d)" % s.p([1883, 8883]),
         "conf.set_quoted('%s', '%s')" % (name, v), "configure_file(output : 'config.h', configuration : conf)", "",
         "deps = [dependency('libmosquitto'), dependency('threads')]",
         "executable('%s', ['src/main.c', 'src/sensor.c'], dependencies : deps, install : true)" % s.project()]
    return s.p(["meson.build", "daemon/meson.build"]), J(L), "meson"


def t_qmake_pro(s):
    v = s.val("ini", "API_KEY")
    name = s.nm(["API_KEY", "MAPS_TOKEN", "SERVICE_TOKEN"], ["BACKEND_REF", "PROFILE_B"])
    L = ["QT += core gui network sql", "greaterThan(QT_MAJOR_VERSION, 4): QT += widgets", "", "CONFIG += c++17", "TARGET = %s" % s.project().replace("-", ""),
         "TEMPLATE = app", "VERSION = %s" % s.ver(), "", "DEFINES += QT_DEPRECATED_WARNINGS",
         "DEFINES += %s=\\\\\\\"%s\\\\\\\"" % (name, v), "",
         "SOURCES += \\", "    main.cpp \\", "    mainwindow.cpp \\", "    apiclient.cpp", "",
         "HEADERS += \\", "    mainwindow.h \\", "    apiclient.h", "", "FORMS += mainwindow.ui"]
    return "%s.pro" % s.project().replace("-", ""), J(L), "qmake"


def t_qt_ini(s):
    v = s.val("ini", "DB_PASSWORD")
    L = ["[General]", "language=%s" % s.p(["en_US", "de_DE", "fr_FR"]), "lastOpenedProject=%s" % s.p(["/home/op/projects/line3.prj", "C:/Data/line3.prj"]), "",
         "[Database]", "driver=%s" % s.p(["QPSQL", "QMYSQL"]), "host=%s" % s.host("db"), "port=%d" % s.p([5432, 3306]),
         "name=%s" % s.p(["production", "qa_results"]), "user=%s" % s.p(["hmi", "station3"]),
         "%s=%s" % (s.nm(["password", "pass"], ["secret2", "auth"]), v), "",
         "[Serial]", "port=%s" % s.p(["COM4", "/dev/ttyUSB1"]), "baud=%d" % s.p([9600, 115200])]
    return s.p(["config/%s.ini" % s.project(), "resources/settings.ini", "deploy/station.conf"]), J(L), "ini"


def t_readme(s):
    cat = s.cat
    if cat == "pw":
        v = s.val("sh", "WIFI_PASSWORD")
        body = ["```sh", "pio run -e %s -t upload \\" % s.board(), "  --project-option=\"build_flags=-DWIFI_SSID=\\\\\\\"%s\\\\\\\" -DWIFI_PASS=\\\\\\\"%s\\\\\\\"\"" % (s.ssid().replace(" ", "_"), v), "```"]
    else:
        v = s.val("sh", s.kind.upper())
        body = ["```sh", "export %s=%s" % (s.nm([s.kind.upper(), "API_TOKEN"], ["UPLINK_CFG", "SVC_REF"]), v),
                "./tools/provision.py --device /dev/ttyUSB0", "```"]
    L = ["# %s" % s.project().replace("-", " ").title(), "", "Firmware for the %s %s, built with %s." % (s.company(), s.project(), s.p(["PlatformIO", "ESP-IDF", "Zephyr"])), "",
         "## Building", "", "```sh", "git submodule update --init", "pio run", "```", "", "## Flashing the lab units", "",
         "The bench units in room %d use the shared lab account:" % s.r(100, 420), ""] + body + ["",
         "## Pin map", "", "| Signal | GPIO |", "|--------|------|", "| LED    | %d |" % s.r(2, 33), "| DHT22  | %d |" % s.r(2, 33), "| Relay  | %d |" % s.r(2, 33)]
    return s.p(["README.md", "docs/flashing.md", "notes/lab-setup.md"]), J(L), "markdown"


def t_gh_workflow(s):
    env = {"github": "GH_TOKEN", "gitlab": "GITLAB_TOKEN", "jfrog": "ARTIFACTORY_TOKEN", "digitalocean": "DIGITALOCEAN_ACCESS_TOKEN"}.get(s.provider, "TOKEN")
    v = s.val("yaml", env)
    L = ["name: firmware", "", "on:", "  push:", "    tags: ['v*']", "", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    env:",
         "      %s: %s" % (s.nm([env], ["RELEASE_CTX", "PUBLISH_REF"]), v), "    steps:", "      - uses: actions/checkout@v4",
         "      - uses: actions/setup-python@v5", "        with:", "          python-version: '3.11'", "      - run: pip install platformio",
         "      - run: pio run -e %s" % s.board(), "      - run: ./scripts/publish_release.sh .pio/build/*/firmware.bin"]
    return ".github/workflows/%s.yml" % s.p(["release", "firmware", "build"]), J(L), "yaml"


def t_wpa_supplicant(s):
    v = s.val("ini", "WIFI_PSK")
    L = ["ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev", "update_config=1", "country=%s" % s.p(["DE", "GB", "US"]), "",
         "network={", "\tssid=\"%s\"" % s.ssid(), "\tpsk=\"%s\"" % v, "\tkey_mgmt=WPA-PSK", "\tpriority=%d" % s.r(1, 10), "}"]
    return s.p(["rootfs/etc/wpa_supplicant.conf", "board/%s/overlay/etc/wpa_supplicant/wpa_supplicant-wlan0.conf" % s.slug(),
                "recipes-connectivity/wpa-supplicant/files/wpa_supplicant.conf"]), J(L), "wpa-conf"


def t_mbed_app(s):
    v = s.val("c", "WIFI_PASSWORD")
    key = s.nm(["wifi-password", "nsapi.default-wifi-password"], ["wifi-aux", "net-profile-b"])
    L = ["{", "    \"config\": {", "        \"wifi-ssid\": {", "            \"help\": \"WiFi SSID\",", "            \"value\": \"\\\"%s\\\"\"" % s.ssid(), "        },",
         "        \"%s\": {" % key, "            \"help\": \"WiFi Password\",", "            \"value\": \"\\\"%s\\\"\"" % v, "        }", "    },",
         "    \"target_overrides\": {", "        \"*\": {", "            \"platform.stdio-baud-rate\": 115200,",
         "            \"target.network-default-interface-type\": \"WIFI\"", "        }", "    }", "}"]
    return s.p(["mbed_app.json", "app/mbed_app.json"]), J(L), "json"


def t_nvs_csv(s):
    v = s.val("ini", "WIFI_PASS")
    k = s.nm(["wifi_pass", "sta_password", "mqtt_pass"], ["net_b", "prof2"])
    L = ["key,type,encoding,value", "provisioning,namespace,,", "serial,data,string,%s-%06d" % (s.slug().upper()[:3], s.r(0, 999999)),
         "hw_rev,data,u8,%d" % s.r(1, 6), "wifi_ssid,data,string,%s" % s.ssid().replace(",", ""), "%s,data,string,%s" % (k, v),
         "mqtt_host,data,string,%s" % s.host(), "cal_offset,data,i32,%d" % s.r(-400, 400)]
    return s.p(["nvs_data.csv", "factory/nvs_provision.csv", "tools/nvs/%s.csv" % s.project()]), J(L), "csv"


# name -> (function, accepted cred names)
POS_TEMPLATES = [
    ("arduino_secrets", t_arduino_secrets, ["wifi"]),
    ("config_h_iot", t_config_h_iot, IOT_TOKENS),
    ("credentials_hpp", t_credentials_hpp, ["wifi", "mqtt_pw", "owm", "datadog", "adafruit", "ubidots"]),
    ("blynk_ino", t_blynk_ino, ["blynk"]),
    ("wifi_begin_ino", t_wifi_begin_ino, ["wifi"]),
    ("thingspeak_ino", t_thingspeak_ino, ["thingspeak"]),
    ("pubsub_cpp", t_pubsub_cpp, ["mqtt_pw"]),
    ("espidf_mqtt", t_espidf_mqtt, ["mqtt_pw"]),
    ("espidf_wifi", t_espidf_wifi, ["wifi"]),
    ("lmic_ino", t_lmic_ino, ["lora_appkey"]),
    ("lorawan_commissioning", t_lorawan_commissioning, ["lora_appkey", "lora_nwkkey"]),
    ("aes_key_c", t_aes_key_c, ["aes128", "aes256"]),
    ("hmac_hex_cpp", t_hmac_hex_cpp, ["hmac"]),
    ("tls_psk_c", t_tls_psk_c, ["psk16", "psk32"]),
    ("device_key_c", t_device_key_c, PEMS),
    ("demo_config_h", t_demo_config_h, ["pem_ec", "pem_rsa", "pem_p8ec"]),
    ("curl_cpp", t_curl_cpp, API_TOKENS),
    ("grpc_cpp", t_grpc_cpp, ["jwt", "google", "datadog", "openai"]),
    ("qt_db_cpp", t_qt_db_cpp, ["db_pw"]),
    ("qsettings_defaults", t_qsettings_defaults, ["smtp_pw", "db_pw", "sendgrid", "google"]),
    ("mysql_c", t_mysql_c, ["db_pw"]),
    ("libpq_cpp", t_libpq_cpp, ["db_pw"]),
    ("gtest_it", t_gtest_it, ["github", "gitlab", "artifactory", "jwt", "stripe"]),
    ("unity_mqtt", t_unity_mqtt, ["mqtt_pw"]),
    ("cpputest", t_cpputest, ["particle", "owm", "datadog", "ubidots", "anthropic"]),
    ("doxygen_header", t_doxygen_header, ["owm", "datadog", "particle", "google", "mapbox", "openai"]),
    ("zephyr_main", t_zephyr_main, ["wifi"]),
    ("telegram_cpp", t_telegram_cpp, ["telegram"]),
    ("azure_iot_c", t_azure_iot_c, ["azure_iot"]),
    ("aws_s3_cpp", t_aws_s3_cpp, ["aws"]),
    ("platformio", t_platformio, ["wifi", "mqtt_pw", "blynk", "adafruit", "thingspeak"]),
    ("sdkconfig", t_sdkconfig, ["wifi", "mqtt_pw"]),
    ("prj_conf", t_prj_conf, ["wifi", "mqtt_pw", "psk16"]),
    ("kconfig", t_kconfig, ["wifi", "mqtt_pw"]),
    ("buildroot_defconfig", t_buildroot_defconfig, ["root_pw"]),
    ("local_conf", t_local_conf, ["root_pw", "github"]),
    ("uenv", t_uenv, ["http_pw"]),
    ("uci_wireless", t_uci_wireless, ["wifi"]),
    ("uci_network", t_uci_network, ["pppoe_pw"]),
    ("cmakelists", t_cmakelists, ["owm", "datadog", "sendgrid", "mqtt_pw", "slack_hook", "google"]),
    ("cmake_presets", t_cmake_presets, CI_TOKENS),
    ("makefile", t_makefile, ["particle", "digitalocean", "gitlab", "jwt", "http_pw"]),
    ("meson", t_meson, ["mqtt_pw", "owm", "pushover", "slack_hook"]),
    ("qmake_pro", t_qmake_pro, ["google", "mapbox", "owm", "sendgrid"]),
    ("qt_ini", t_qt_ini, ["db_pw"]),
    ("readme", t_readme, ["wifi", "adafruit", "particle", "github", "telegram"]),
    ("gh_workflow", t_gh_workflow, CI_TOKENS),
    ("wpa_supplicant", t_wpa_supplicant, ["wifi"]),
    ("mbed_app", t_mbed_app, ["wifi"]),
    ("nvs_csv", t_nvs_csv, ["wifi", "mqtt_pw"]),
]


# ---------------------------------------------------------------------------
# tables and constants used by the look-alike negatives (computed, not typed)
# ---------------------------------------------------------------------------

def aes_sbox():
    def rotl8(x, n):
        return ((x << n) | (x >> (8 - n))) & 0xFF
    sbox = [0] * 256
    p = q = 1
    while True:
        p = p ^ ((p << 1) & 0xFF) ^ (0x1B if p & 0x80 else 0)
        q ^= q << 1
        q ^= q << 2
        q ^= q << 4
        q &= 0xFF
        if q & 0x80:
            q ^= 0x09
        sbox[p] = q ^ rotl8(q, 1) ^ rotl8(q, 2) ^ rotl8(q, 3) ^ rotl8(q, 4) ^ 0x63
        if p == 1:
            break
    sbox[0] = 0x63
    return sbox


def crc32_table():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        t.append(c)
    return t


def crc16_table(poly=0x1021):
    t = []
    for n in range(256):
        c = n << 8
        for _ in range(8):
            c = ((c << 1) ^ poly) if c & 0x8000 else (c << 1)
        t.append(c & 0xFFFF)
    return t


def _iroot(n, k):
    x = 1 << ((n.bit_length() + k - 1) // k)
    while True:
        y = ((k - 1) * x + n // x ** (k - 1)) // k
        if y >= x:
            return x
        x = y


def sha256_consts():
    primes = []
    n = 2
    while len(primes) < 64:
        if all(n % p for p in primes):
            primes.append(n)
        n += 1
    h = [_iroot(p << 64, 2) & 0xFFFFFFFF for p in primes[:8]]
    k = [_iroot(p << 96, 3) & 0xFFFFFFFF for p in primes]
    return h, k


def fmt_table(vals, fmt, per_line, indent="    "):
    out = []
    for i in range(0, len(vals), per_line):
        out.append(indent + ", ".join(fmt % v for v in vals[i:i + per_line]) + ",")
    out[-1] = out[-1].rstrip(",")
    return out


def fake_der(rng, n):
    body = bytes([0x30, 0x82, (n >> 8) & 0xFF, n & 0xFF]) + bytes([0x30, 0x82, ((n - 200) >> 8) & 0xFF, (n - 200) & 0xFF]) + \
        bytes.fromhex("a003020102") + rbytes(rng, n - 9)
    return body


def cert_body(rng):
    return chunk(b64(fake_der(rng, rng.randrange(560, 900))), 64)


def pubkey_body(rng, kind="ec"):
    if kind == "ec":
        der = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d03010703420004") + rbytes(rng, 64)
    elif kind == "ed25519":
        der = bytes.fromhex("302a300506032b6570032100") + rbytes(rng, 32)
    else:
        n = bytearray(rbytes(rng, 256))
        n[0] |= 0x80
        der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + bytes(n) + bytes.fromhex("0203010001")
    return chunk(b64(der), 64)


# ---------------------------------------------------------------------------
# LOOK-ALIKE negative templates: fn(c) -> (path, text, filetype, provider, kind)
# ---------------------------------------------------------------------------

def n_aes_vectors_unity(c):
    L = ["#include \"unity.h\"", "#include \"aes.h\"", "#include <string.h>", "",
         "/* FIPS-197 Appendix C.1 (AES-128) */",
         "static const uint8_t k128[16] = {", "    " + ", ".join("0x%02x" % b for b in range(16)), "};",
         "static const uint8_t pt[16] = {", "    " + ", ".join("0x%02x" % b for b in bytes.fromhex("00112233445566778899aabbccddeeff")), "};",
         "static const uint8_t ct128[16] = {", "    " + ", ".join("0x%02x" % b for b in bytes.fromhex("69c4e0d86a7b0430d8cdb78070b4c55a")), "};", ""]
    if c.chance():
        L += ["/* FIPS-197 Appendix C.3 (AES-256) */", "static const uint8_t k256[32] = {"] + fmt_table(list(range(32)), "0x%02x", 16) + ["};",
              "static const uint8_t ct256[16] = {", "    " + ", ".join("0x%02x" % b for b in bytes.fromhex("8ea2b7ca516745bfeafc49904b496089")), "};", ""]
    L += ["void setUp(void) {}", "void tearDown(void) {}", "", "void test_aes128_encrypt_fips197(void)", "{", "    uint8_t out[16];",
          "    aes128_encrypt_block(k128, pt, out);", "    TEST_ASSERT_EQUAL_HEX8_ARRAY(ct128, out, 16);", "}", "",
          "int main(void)", "{", "    UNITY_BEGIN();", "    RUN_TEST(test_aes128_encrypt_fips197);", "    return UNITY_END();", "}"]
    return c.p(["test/test_aes.c", "tests/crypto/test_aes_vectors.c"]), J(L), "c-test", "nist", "test_vector"


def n_sp800_38a_gtest(c):
    L = ["#include <gtest/gtest.h>", "#include \"crypto/aes_ecb.h\"", "", "// NIST SP 800-38A, F.1.1 ECB-AES128.Encrypt",
         "TEST(AesEcb, Sp800_38a_F11) {",
         "  const std::string key = \"2b7e151628aed2a6abf7158809cf4f3c\";",
         "  const std::string plaintext = \"6bc1bee22e409f96e93d7e117393172a\";",
         "  const std::string expected = \"3ad77bb40d7a3660a89ecaf32466ef97\";",
         "  EXPECT_EQ(HexEncode(AesEcbEncrypt(HexDecode(key), HexDecode(plaintext))), expected);", "}", ""]
    for msg in c.rng.sample([b"abc", b"", b"The quick brown fox jumps over the lazy dog", b"hello world"], 2):
        nm = {b"abc": "Abc", b"": "Empty", b"hello world": "HelloWorld"}.get(msg, "QuickBrownFox")
        L += ["TEST(Sha256, %s) {" % nm, "  EXPECT_EQ(HexEncode(Sha256(\"%s\")),\n            \"%s\");" % (msg.decode(), hashlib_sha256(msg)), "}", ""]
    return c.p(["tests/crypto_test.cc", "test/unit/crypto_vectors_test.cpp"]), J(L), "cpp-test", "nist", "test_vector"


def hashlib_sha256(b):
    import hashlib
    return hashlib.sha256(b).hexdigest()


def n_hmac_rfc4231_cpputest(c):
    import hmac
    import hashlib
    d1 = hmac.new(b"\x0b" * 20, b"Hi There", hashlib.sha256).hexdigest()
    d2 = hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest()
    L = ["#include \"CppUTest/TestHarness.h\"", "#include \"hmac_sha256.h\"", "", "// Test vectors from RFC 4231", "TEST_GROUP(HmacSha256) {};", "",
         "TEST(HmacSha256, Rfc4231Case1)", "{", "    uint8_t key[20];", "    memset(key, 0x0b, sizeof key);", "    uint8_t mac[32];",
         "    hmac_sha256(key, sizeof key, (const uint8_t *)\"Hi There\", 8, mac);",
         "    STRCMP_EQUAL(\"%s\", hex(mac, 32).c_str());" % d1, "}", "",
         "TEST(HmacSha256, Rfc4231Case2)", "{", "    uint8_t mac[32];",
         "    hmac_sha256((const uint8_t *)\"Jefe\", 4, (const uint8_t *)\"what do ya want for nothing?\", 28, mac);",
         "    STRCMP_EQUAL(\"%s\", hex(mac, 32).c_str());" % d2, "}"]
    return c.p(["tests/HmacSha256Test.cpp", "test/crypto/hmac_test.cpp"]), J(L), "cpp-test", "ietf", "test_vector"


def n_aes_sbox(c):
    sb = aes_sbox()
    up = c.chance()
    L = c.lic("c") + ["#include <stdint.h>", "", "/* AES forward S-box (FIPS-197, Figure 7) */",
                      "const uint8_t aes_sbox[256] = {"] + fmt_table(sb, "0x%02X" if up else "0x%02x", 16) + ["};", "",
                      "/* round constants */", "const uint8_t aes_rcon[11] = {", "    0x8d, 0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0x1b, 0x36", "};"]
    return c.p(["src/crypto/aes_tables.c", "lib/tinyaes/aes_sbox.c"]), J(L), "c", "crypto", "sbox_table"


def n_crc32(c):
    t = crc32_table()
    L = c.lic("c") + ["#include <stddef.h>", "#include <stdint.h>", "", "/* CRC-32 (IEEE 802.3), reflected poly 0xEDB88320 */",
                      "static const uint32_t crc32_tab[256] = {"] + fmt_table(t, "0x%08xU", 6) + ["};", "",
                      "uint32_t crc32(uint32_t crc, const void *buf, size_t len)", "{", "    const uint8_t *p = buf;", "    crc = ~crc;",
                      "    while (len--)", "        crc = crc32_tab[(crc ^ *p++) & 0xFF] ^ (crc >> 8);", "    return ~crc;", "}", "",
                      "/* check value for \"123456789\" is 0x%08X */" % (zlib.crc32(b"123456789") & 0xFFFFFFFF)]
    return c.p(["src/util/crc32.c", "common/crc32.c"]), J(L), "c", "crc", "lookup_table"


def n_crc16(c):
    t = crc16_table()
    L = ["#ifndef CRC16_CCITT_H", "#define CRC16_CCITT_H", "", "#include <stdint.h>", "", "/* CRC-16/CCITT-FALSE, poly 0x1021, init 0xFFFF */",
         "static const uint16_t crc16_ccitt_table[256] = {"] + fmt_table(t, "0x%04X", 8) + ["};", "",
         "static inline uint16_t crc16_ccitt(const uint8_t *d, uint32_t n)", "{", "    uint16_t crc = 0xFFFF;",
         "    while (n--) crc = (uint16_t)((crc << 8) ^ crc16_ccitt_table[((crc >> 8) ^ *d++) & 0xFF]);", "    return crc;", "}", "", "#endif"]
    return c.p(["include/crc16_ccitt.h", "drivers/modbus/crc16.h"]), J(L), "c-header", "crc", "lookup_table"


def n_font(c):
    chars = c.r(20, 40)
    L = ["// 5x7 bitmap font, column-major, LSB at top", "#pragma once", "#include <stdint.h>", "",
         "static const uint8_t font5x7[][5] PROGMEM = {" if c.chance() else "static const uint8_t font5x7[][5] = {"]
    for i in range(chars):
        cols = [c.rng.randrange(128) for _ in range(5)]
        ch = chr(32 + i)
        L.append("    {%s}, // '%s'" % (", ".join("0x%02X" % x for x in cols), ch if ch not in "\\" else "backslash"))
    L += ["};"]
    return c.p(["src/display/font5x7.h", "lib/OLED/fonts/font5x7.h"]), J(L), "c-header", "display", "font_bitmap"


def n_ble_uuids(c):
    cust = c.uuid()
    cb = bytes.fromhex(cust.replace("-", ""))
    L = ["#ifndef GATT_UUIDS_H", "#define GATT_UUIDS_H", "", "#include <zephyr/bluetooth/uuid.h>", "",
         "/* Nordic UART Service */",
         "#define BT_UUID_NUS_VAL BT_UUID_128_ENCODE(0x6e400001, 0xb5a3, 0xf393, 0xe0a9, 0xe50e24dcca9e)",
         "#define BT_UUID_NUS_RX_VAL BT_UUID_128_ENCODE(0x6e400002, 0xb5a3, 0xf393, 0xe0a9, 0xe50e24dcca9e)",
         "#define BT_UUID_NUS_TX_VAL BT_UUID_128_ENCODE(0x6e400003, 0xb5a3, 0xf393, 0xe0a9, 0xe50e24dcca9e)", "",
         "/* %s custom sensor service: %s */" % (c.company(), cust),
         "#define BT_UUID_SENSOR_SVC_VAL BT_UUID_128_ENCODE(0x%s, 0x%s, 0x%s, 0x%s, 0x%s)" % tuple(cust.split("-")),
         "static const uint8_t sensor_svc_uuid_le[16] = { %s };" % ", ".join("0x%02x" % b for b in reversed(cb)), "",
         "/* SIG assigned numbers */", "#define UUID_SVC_BATTERY       0x180F", "#define UUID_CHR_BATTERY_LEVEL 0x2A19",
         "#define UUID_SVC_ENV_SENSING   0x181A", "#define UUID_CHR_TEMPERATURE   0x2A6E", "", "#endif"]
    return c.p(["src/ble/gatt_uuids.h", "include/ble_uuids.h"]), J(L), "c-header", "bluetooth", "ble_uuid"


def n_ble_ino(c):
    svc, chr1, chr2 = c.uuid(), c.uuid(), c.uuid()
    L = ["#include <BLEDevice.h>", "#include <BLEServer.h>", "#include <BLE2902.h>", "",
         "// See https://www.uuidgenerator.net/ for generating UUIDs", "#define SERVICE_UUID        \"%s\"" % svc,
         "#define CHARACTERISTIC_UUID \"%s\"" % chr1, "#define NOTIFY_UUID         \"%s\"" % chr2, "",
         "BLECharacteristic *pChar;", "", "void setup() {", "  BLEDevice::init(\"%s\");" % c.project(),
         "  BLEServer *server = BLEDevice::createServer();", "  BLEService *service = server->createService(SERVICE_UUID);",
         "  pChar = service->createCharacteristic(CHARACTERISTIC_UUID, BLECharacteristic::PROPERTY_READ | BLECharacteristic::PROPERTY_NOTIFY);",
         "  pChar->addDescriptor(new BLE2902());", "  service->start();", "  BLEDevice::startAdvertising();", "}", "",
         "void loop() {", "  delay(%d);" % c.p([1000, 2000]), "}"]
    return c.p(["src/ble_server.ino", "ble_sensor/ble_sensor.ino"]), J(L), "arduino", "bluetooth", "ble_uuid"


def n_devices_table(c):
    n = c.r(5, 14)
    L = ["/* Known gateways on the plant floor (asset register, %d) */" % c.year(), "#include \"devices.h\"", "",
         "const struct known_device known_devices[] = {"]
    for i in range(n):
        L.append("    { .mac = \"%s\", .serial = \"%s%08d\", .hw_id = 0x%s, .name = \"%s-%02d\" }," % (
            c.mac(), c.p(["SN", "GW", "A1"]), c.r(0, 99999999), c.hexs(8).upper(), c.p(["press", "line", "dock", "kiln"]), i + 1))
    L += ["};", "const size_t known_devices_count = sizeof(known_devices) / sizeof(known_devices[0]);"]
    return c.p(["src/provisioning/known_devices.c", "src/devices.c"]), J(L), "c", "inventory", "device_ids"


def n_version_h(c):
    full = c.hexs(40)
    L = ["/* Auto-generated by cmake/version.cmake -- do not edit */", "#pragma once", "",
         "#define FW_VERSION_STRING   \"%s\"" % c.ver(), "#define FW_GIT_COMMIT       \"%s\"" % full,
         "#define FW_GIT_SHORT        \"%s\"" % full[:c.p([7, 8, 12])], "#define FW_BUILD_ID         \"%s\"" % c.uuid(),
         "#define FW_BUILD_TIMESTAMP  %dUL" % c.r(1600000000, 1760000000),
         "#define FW_IMAGE_SHA256     \"%s\"" % c.hexs(64), "#define FW_DIRTY            %d" % c.r(0, 1)]
    return c.p(["include/version.h", "build/generated/version.h", "src/generated/build_info.h"]), J(L), "c-header", "build", "git_hash"


def n_ca_cert(c):
    body = cert_body(c.rng)
    name = c.p(["root_ca_pem", "AWS_ROOT_CA", "isrg_root_x1", "server_ca_cert"])
    L = ["/* Root CA used to verify the broker. Public certificate, safe to ship. */", "#pragma once", "",
         "static const char %s[] =" % name, "    \"-----BEGIN CERTIFICATE-----\\n\""] + ["    \"%s\\n\"" % l for l in body] + ["    \"-----END CERTIFICATE-----\\n\";"]
    return c.p(["certs/root_ca.h", "main/certs/ca_cert.h", "include/tls/ca_bundle.h"]), J(L), "c-header", "x509", "ca_certificate"


def n_pubkey(c):
    kind = c.p(["ec", "ed25519", "rsa"])
    body = pubkey_body(c.rng, kind)
    if c.chance():
        L = ["// Firmware signing public key (verification only; the private half lives in the HSM).",
             "static const char ota_pubkey_pem[] =", "    \"-----BEGIN PUBLIC KEY-----\\n\""] + ["    \"%s\\n\"" % l for l in body] + ["    \"-----END PUBLIC KEY-----\\n\";"]
    else:
        raw = b"\x04" + rbytes(c.rng, 64)
        L = ["/* ECDSA P-256 public key for image verification (uncompressed point) */", "const uint8_t ota_pubkey[65] = {"] + fmt_table(list(raw), "0x%02x", 13)[:] + ["};"]
    return c.p(["src/ota/signing_pubkey.h", "bootloader/keys/pubkey.c", "include/ota_pubkey.h"]), J(L), "c-header", "x509", "public_key"


def n_placeholder_secrets(c):
    L = ["// Copy this file to arduino_secrets.h and fill in your own values.", "// arduino_secrets.h is listed in .gitignore.", "",
         "#define SECRET_SSID \"%s\"" % c.p(["YOUR_SSID", "your-network", "<ssid>"]),
         "#define SECRET_PASS \"%s\"" % c.p(["YOUR_WIFI_PASSWORD", "your-password", "<wifi password>"]),
         "#define SECRET_MQTT_USER \"\"", "#define SECRET_MQTT_PASS \"\"",
         "#define SECRET_API_KEY \"%s\"" % c.p(["YOUR_API_KEY", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<api key>"])]
    return c.p(["arduino_secrets.h.example", "secrets.example.h", "include/secrets_template.h"]), J(L), "c-header", "template", "placeholder"


def n_nvs_loader(c):
    L = c.lic("c") + ["#include \"nvs_flash.h\"", "#include \"nvs.h\"", "#include \"esp_wifi.h\"", "", "esp_err_t load_wifi_config(wifi_config_t *cfg)", "{",
                      "    nvs_handle_t h;", "    size_t len;", "    esp_err_t err = nvs_open(\"provisioning\", NVS_READONLY, &h);", "    if (err != ESP_OK) return err;", "",
                      "    len = sizeof(cfg->sta.ssid);", "    err = nvs_get_str(h, \"wifi_ssid\", (char *)cfg->sta.ssid, &len);",
                      "    if (err == ESP_OK) {", "        len = sizeof(cfg->sta.password);",
                      "        err = nvs_get_str(h, \"wifi_pass\", (char *)cfg->sta.password, &len);", "    }",
                      "    nvs_close(h);", "    return err;", "}", "",
                      "/* password length rules from 802.11i: 8..63 ASCII or 64 hex */",
                      "bool wifi_password_valid(const char *p)", "{", "    size_t n = strlen(p);", "    return n >= 8 && n <= 64;", "}"]
    return c.p(["main/provisioning.c", "components/net/wifi_store.c"]), J(L), "c", "wifi", "runtime_lookup"


def n_magic_h(c):
    L = ["#ifndef IMAGE_HEADER_H", "#define IMAGE_HEADER_H", "", "#include <stdint.h>", "",
         "#define IMAGE_MAGIC          0x%08XUL" % c.p([0x96F3B83D, 0xDEADBEEF, 0x55AA55AA, 0x464D5747]),
         "#define IMAGE_TLV_INFO_MAGIC 0x6907", "#define BOOT_FLAG_MAGIC      0x%08XUL" % c.rng.randrange(1 << 32),
         "#define SECTOR_ERASED        0xFFFFFFFFUL", "#define APP_BASE_ADDR        0x%08XUL" % c.p([0x08010000, 0x00020000, 0x10008000]), "",
         "struct image_header {", "    uint32_t magic;", "    uint32_t load_addr;", "    uint16_t hdr_size;", "    uint16_t flags;", "    uint32_t img_size;",
         "    uint8_t  sha256[32];", "};", "", "/* sha256 of an empty image, used by the self test */",
         "#define EMPTY_IMAGE_SHA256 \"%s\"" % hashlib_sha256(b""), "", "#endif"]
    return c.p(["include/bootloader/image_header.h", "boot/image.h"]), J(L), "c-header", "firmware", "magic_numbers"


def n_i18n(c):
    lang = c.p(["de", "fr", "es"])
    tr = {"de": ["WLAN-Passwort", "Passwort falsch", "API-Schlüssel ungültig", "Zugangsdaten speichern", "Token abgelaufen"],
          "fr": ["Mot de passe Wi-Fi", "Mot de passe incorrect", "Clé API invalide", "Enregistrer les identifiants", "Jeton expiré"],
          "es": ["Contraseña Wi-Fi", "Contraseña incorrecta", "Clave API no válida", "Guardar credenciales", "Token caducado"]}[lang]
    L = ["/* UI strings (%s) - generated from strings.po */" % lang, "#include \"ui_strings.h\"", "", "const char *const ui_strings_%s[STR_COUNT] = {" % lang,
         "    [STR_WIFI_PASSWORD]   = \"%s\"," % tr[0], "    [STR_PASSWORD_WRONG]  = \"%s\"," % tr[1],
         "    [STR_API_KEY_INVALID] = \"%s\"," % tr[2], "    [STR_SAVE_CREDS]      = \"%s\"," % tr[3],
         "    [STR_TOKEN_EXPIRED]   = \"%s\"," % tr[4], "    [STR_PASSWORD_HINT]   = \"********\",", "};"]
    return "src/ui/strings_%s.c" % lang, J(L), "c", "i18n", "i18n_strings"


def n_uboot_env(c):
    L = ["bootdelay=3", "baudrate=115200", "ethaddr=%s" % c.mac(), "eth1addr=%s" % c.mac(), "serial#=%s" % c.hexs(16),
         "ipaddr=%s" % c.ip(), "serverip=%s" % c.ip(),
         "bootstopkeysha256=%s" % hashlib_sha256(c.p([b"stop", b"\x1b", b"ab"]) + rbytes(c.rng, 4)),
         "bootcmd=run distro_bootcmd", "fdt_addr_r=0x%08x" % c.p([0x43000000, 0x83000000]), "kernel_addr_r=0x%08x" % c.p([0x42000000, 0x82000000]),
         "bootargs=console=ttymxc0,115200 root=PARTUUID=%s rootwait" % c.uuid()]
    return c.p(["board/%s/uboot-env.txt" % c.slug(), "boot/uEnv.txt"]), J(L), "uboot-env", "u-boot", "hash_and_ids"


def n_uci_open(c):
    L = ["config wifi-device 'radio0'", "\toption type 'mac80211'", "\toption channel '%d'" % c.p([1, 6, 11]), "\toption band '2g'", "",
         "config wifi-iface 'guest'", "\toption device 'radio0'", "\toption network 'guest'", "\toption mode 'ap'",
         "\toption ssid '%s-Guest'" % c.slug().title(), "\toption encryption '%s'" % c.p(["owe", "none"]), "\toption isolate '1'",
         "\toption macaddr '%s'" % c.mac(upper=False), "", "config wifi-iface 'mesh'", "\toption device 'radio0'", "\toption mode 'mesh'",
         "\toption mesh_id '%s'" % c.hexs(8), "\toption encryption 'sae'", "\toption key '%s'" % c.p(["${MESH_KEY}", ""])]
    return c.p(["files/etc/config/wireless", "etc/config/wireless"]), J(L), "uci", "openwrt", "no_secret"


def n_yocto_hashes(c):
    L = ["SUMMARY = \"%s daemon\"" % c.project(), "LICENSE = \"MIT\"",
         "LIC_FILES_CHKSUM = \"file://LICENSE;md5=%s\"" % c.hexs(32), "",
         "SRC_URI = \"git://github.com/%s/%s.git;protocol=https;branch=main \\" % (c.slug(), c.project()), "           file://%s.service \\" % c.project(), "           \"",
         "SRCREV = \"%s\"" % c.hexs(40), "PV = \"%s+git${SRCPV}\"" % c.ver(), "",
         "SRC_URI[sha256sum] = \"%s\"" % c.hexs(64), "", "S = \"${WORKDIR}/git\"", "inherit cmake systemd", "SYSTEMD_SERVICE:${PN} = \"%s.service\"" % c.project()]
    return "recipes-app/%s/%s_git.bb" % (c.project(), c.project()), J(L), "bitbake", "yocto", "git_hash"


def n_local_conf_clean(c):
    L = ["MACHINE ??= \"%s\"" % c.p(["raspberrypi4-64", "imx8mm-evk", "qemuarm64"]), "DISTRO ?= \"poky\"",
         "# Root login is disabled; field engineers use the signed service key.", "INHERIT += \"extrausers\"",
         "EXTRA_USERS_PARAMS = \"usermod -L root; useradd -p '' -s /bin/sh %s;\"" % c.p(["service", "maint"]),
         "SSTATE_MIRRORS ?= \"file://.* https://sstate.%s.internal/PATH;downloadfilename=PATH\"" % c.slug(),
         "BB_HASHSERVE ?= \"auto\"", "PRSERV_HOST = \"localhost:0\"", "CONF_VERSION = \"2\""]
    return c.p(["conf/local.conf", "build/conf/local.conf"]), J(L), "bitbake-conf", "yocto", "no_secret"


def n_pio_sysenv(c):
    b = c.board()
    L = ["[env:%s]" % b, "platform = %s" % pio_platform(b), "board = %s" % b, "framework = arduino",
         "lib_deps =", "    https://github.com/%s/esp-sensors.git#%s" % (c.slug(), c.hexs(40)), "    adafruit/DHT sensor library@^1.4.4",
         "build_flags =", "    -D WIFI_SSID=\\\"${sysenv.WIFI_SSID}\\\"", "    -D WIFI_PASS=\\\"${sysenv.WIFI_PASS}\\\"",
         "    -D BUILD_COMMIT=\\\"${sysenv.GITHUB_SHA}\\\"", "extra_scripts = pre:scripts/git_rev.py", "upload_port = %s" % c.p(["/dev/ttyUSB0", "COM7"])]
    return "platformio.ini", J(L), "platformio-ini", "platformio", "env_reference"


def n_vcpkg_json(c):
    L = ["{", "  \"name\": \"%s\"," % c.project(), "  \"version-semver\": \"%s\"," % c.ver(),
         "  \"builtin-baseline\": \"%s\"," % c.hexs(40), "  \"dependencies\": [", "    \"curl\",", "    \"openssl\",", "    { \"name\": \"grpc\", \"version>=\": \"1.%d.0\" }" % c.r(50, 65), "  ]", "}"]
    return "vcpkg.json", J(L), "json", "vcpkg", "git_hash"


def n_cmake_fetch(c):
    L = ["include(FetchContent)", "", "FetchContent_Declare(", "  googletest", "  URL https://github.com/google/googletest/archive/%s.zip" % c.hexs(40),
         "  URL_HASH SHA256=%s" % c.hexs(64).upper(), ")", "FetchContent_Declare(", "  mbedtls", "  GIT_REPOSITORY https://github.com/Mbed-TLS/mbedtls.git",
         "  GIT_TAG        %s # v3.%d.%d" % (c.hexs(40), c.r(0, 6), c.r(0, 2)), ")", "FetchContent_MakeAvailable(googletest mbedtls)", "",
         "set(MQTT_PASSWORD \"$ENV{MQTT_PASSWORD}\" CACHE STRING \"taken from the environment at configure time\")"]
    return c.p(["cmake/dependencies.cmake", "CMakeLists.txt"]), J(L), "cmake", "cmake", "hash_and_env_ref"


def n_meson_wrap(c):
    ver = "1.%d.%d" % (c.r(2, 3), c.r(0, 13))
    L = ["[wrap-file]", "directory = zlib-%s" % ver, "source_url = https://zlib.net/fossils/zlib-%s.tar.gz" % ver,
         "source_filename = zlib-%s.tar.gz" % ver, "source_hash = %s" % c.hexs(64),
         "patch_filename = zlib_%s-1_patch.zip" % ver, "patch_hash = %s" % c.hexs(64), "", "[provide]", "zlib = zlib_dep"]
    return "subprojects/zlib.wrap", J(L), "meson-wrap", "meson", "digest"


def n_readme_security(c):
    L = ["# Provisioning", "", "Never commit real credentials. The build reads them from the environment:", "", "```sh",
         "export WIFI_PASS=\"<your wifi password>\"", "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
         "export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "pio run -e %s" % c.board(), "```", "",
         "The values above are the placeholder examples from the AWS documentation.", "",
         "Device certificates are generated per unit by `tools/mkcert.sh` and stored in the",
         "secure element; only the public certificate (`certs/%s.crt`) is kept here." % c.project(), "",
         "| Field | Example |", "|---|---|", "| Device ID | `%s` |" % c.uuid(), "| MAC | `%s` |" % c.mac(), "| Firmware hash | `%s` |" % c.hexs(64)]
    return c.p(["docs/provisioning.md", "PROVISIONING.md"]), J(L), "markdown", "aws", "doc_example"


def n_fw_manifest(c):
    L = ["{", "  \"product\": \"%s\"," % c.project(), "  \"version\": \"%s\"," % c.ver(), "  \"hw_rev\": [%s]," % ", ".join(str(c.r(1, 6)) for _ in range(2)),
         "  \"url\": \"https://updates.%s.com/fw/%s.bin\"," % (c.slug(), c.hexs(12)), "  \"size\": %d," % c.r(200000, 1900000),
         "  \"sha256\": \"%s\"," % c.hexs(64), "  \"md5\": \"%s\"," % c.hexs(32),
         "  \"signature\": \"%s\"" % b64(rbytes(c.rng, 64)), "}"]
    return c.p(["firmware/manifest.json", "release/ota_manifest.json"]), J(L), "json", "ota", "digest_signature"


def n_base64_test(c):
    vec = [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy")]
    L = ["#include <gtest/gtest.h>", "#include \"util/base64.h\"", "", "// RFC 4648 section 10 test vectors", "TEST(Base64, Rfc4648) {",
         "  const std::pair<std::string, std::string> cases[] = {"] + ["      {\"%s\", \"%s\"}," % v for v in vec] + ["  };",
         "  for (const auto& [in, out] : cases) {", "    EXPECT_EQ(Base64Encode(in), out);", "    EXPECT_EQ(Base64Decode(out), in);", "  }", "}"]
    return c.p(["tests/base64_test.cc", "test/util/base64_test.cpp"]), J(L), "cpp-test", "ietf", "test_vector"


def n_redact_test(c):
    L = ["#include \"unity.h\"", "#include \"log_redact.h\"", "", "void test_redacts_password_field(void)", "{", "    char buf[96];",
         "    log_redact(\"user=admin password=example retry=3\", buf, sizeof buf);",
         "    TEST_ASSERT_EQUAL_STRING(\"user=admin password=*** retry=3\", buf);", "}", "",
         "void test_redacts_bearer(void)", "{", "    char buf[96];", "    log_redact(\"Authorization: Bearer abc.def.ghi\", buf, sizeof buf);",
         "    TEST_ASSERT_EQUAL_STRING(\"Authorization: Bearer ***\", buf);", "}"]
    return "test/test_log_redact.c", J(L), "c-test", "generic", "redaction_test"


def n_ecc_params(c):
    L = ["/* NIST P-256 domain parameters (FIPS 186-4, D.1.2.3) */", "#pragma once", "",
         "static const char P256_P[]  = \"FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF\";",
         "static const char P256_B[]  = \"5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B\";",
         "static const char P256_GX[] = \"6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296\";",
         "static const char P256_GY[] = \"4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5\";",
         "static const char P256_N[]  = \"FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551\";"]
    return c.p(["src/crypto/p256_params.h", "lib/ecc/curve_params.h"]), J(L), "c-header", "nist", "curve_constants"


def n_sha256_consts(c):
    h, k = sha256_consts()
    L = ["#include <stdint.h>", "", "static const uint32_t H0[8] = {"] + fmt_table(h, "0x%08x", 4) + ["};", "", "static const uint32_t K[64] = {"] + \
        fmt_table(k, "0x%08x", 4 if c.chance() else 8) + ["};"]
    return c.p(["src/crypto/sha256_k.c", "lib/sha256/sha256_const.c"]), J(L), "c", "nist", "hash_constants"


def n_gamma_table(c):
    g = c.p([2.2, 2.5, 2.8])
    t = [int(round(((i / 255.0) ** g) * 255)) for i in range(256)]
    L = ["// Gamma correction table (gamma = %.1f) for the WS2812 strip" % g, "#pragma once", "#include <stdint.h>", "",
         "const uint8_t gamma8[256] = {"] + fmt_table(t, "%3d", 16) + ["};"]
    return c.p(["src/led/gamma.h", "include/gamma8.h"]), J(L), "c-header", "display", "lookup_table"


def n_mbedtls_pers(c):
    L = ["#include \"mbedtls/entropy.h\"", "#include \"mbedtls/ctr_drbg.h\"", "", "static mbedtls_entropy_context entropy;",
         "static mbedtls_ctr_drbg_context ctr_drbg;", "", "int rng_init(void)", "{",
         "    const char *pers = \"%s\";" % c.p(["ssl_client1", "dtls_client", "%s_drbg" % c.project().replace("-", "_")]),
         "    mbedtls_entropy_init(&entropy);", "    mbedtls_ctr_drbg_init(&ctr_drbg);",
         "    return mbedtls_ctr_drbg_seed(&ctr_drbg, mbedtls_entropy_func, &entropy,",
         "                                 (const unsigned char *)pers, strlen(pers));", "}"]
    return c.p(["src/net/rng.c", "components/tls/drbg.c"]), J(L), "c", "mbedtls", "personalization_string"


def n_qt_ini_hash(c):
    salt = b64(rbytes(c.rng, 16))
    L = ["[General]", "firstRun=false", "language=%s" % c.p(["en_US", "de_DE"]), "", "[Users]", "size=2",
         "1\\name=admin", "1\\pbkdf2=sha256:%d:%s:%s" % (c.p([100000, 310000, 600000]), salt, b64(rbytes(c.rng, 32))),
         "2\\name=operator", "2\\pbkdf2=sha256:%d:%s:%s" % (c.p([100000, 310000, 600000]), b64(rbytes(c.rng, 16)), b64(rbytes(c.rng, 32))), "",
         "[Database]", "host=%s" % c.host("db"), "user=hmi", "password=", "passwordFromKeychain=true"]
    return c.p(["config/station.ini", "resources/default.ini"]), J(L), "ini", "qt", "password_hash"


def n_kconfig_empty(c):
    L = ["menu \"Network\"", "", "config APP_WIFI_SSID", "\tstring \"Wi-Fi SSID\"", "\tdefault \"\"", "",
         "config APP_WIFI_PASSWORD", "\tstring \"Wi-Fi password\"", "\tdefault \"\"", "\thelp", "\t  Leave empty to use the credentials stored by the provisioning app.", "",
         "config APP_CLOUD_API_KEY", "\tstring \"Cloud API key\"", "\tdefault \"\"", "\thelp", "\t  Set in your local overlay (not committed).", "", "endmenu"]
    return c.p(["Kconfig", "app/Kconfig", "main/Kconfig.projbuild"]), J(L), "kconfig", "zephyr", "empty"


def n_sdkconfig_plain(c):
    L = ["CONFIG_IDF_TARGET=\"%s\"" % c.p(["esp32", "esp32s3"]), "CONFIG_ESPTOOLPY_FLASHSIZE_8MB=y", "CONFIG_PARTITION_TABLE_TWO_OTA=y",
         "CONFIG_ESP_WIFI_SSID=\"myssid\"", "CONFIG_ESP_WIFI_PASSWORD=\"mypassword\"", "CONFIG_ESP_MAXIMUM_RETRY=5",
         "CONFIG_MBEDTLS_CERTIFICATE_BUNDLE=y", "CONFIG_MBEDTLS_CERTIFICATE_BUNDLE_DEFAULT_FULL=y",
         "CONFIG_APP_PROJECT_VER=\"%s\"" % c.ver(), "CONFIG_BT_ENABLED=n"]
    return c.p(["sdkconfig.defaults", "sdkconfig.ci"]), J(L), "sdkconfig", "esp-idf", "placeholder"


def n_makefile_hashes(c):
    L = ["TOOLCHAIN_URL := https://developer.arm.com/-/media/Files/downloads/gnu/13.%d.rel1/binrel/arm-gnu-toolchain-x86_64-arm-none-eabi.tar.xz" % c.r(2, 3),
         "TOOLCHAIN_SHA256 := %s" % c.hexs(64), "GIT_REV := $(shell git rev-parse --short HEAD)", "",
         "CFLAGS += -DBUILD_ID=\\\"$(GIT_REV)\\\" -DDEVICE_CLASS=0x%04X" % c.r(0, 0xFFFF), "", "toolchain:",
         "\tcurl -fsSLo tc.tar.xz $(TOOLCHAIN_URL)", "\techo \"$(TOOLCHAIN_SHA256)  tc.tar.xz\" | sha256sum -c -", "",
         "flash:", "\tOPENOCD_PASSWORD= openocd -f interface/stlink.cfg -f target/stm32f4x.cfg -c \"program build/app.elf verify reset exit\""]
    return c.p(["Makefile", "mk/toolchain.mk"]), J(L), "makefile", "build", "digest"


def n_qmake_githash(c):
    L = ["QT += core network", "CONFIG += c++17", "TARGET = %s" % c.project().replace("-", ""), "",
         "GIT_HASH = $$system(git rev-parse HEAD)", "DEFINES += GIT_HASH=\\\\\\\"$$GIT_HASH\\\\\\\"",
         "DEFINES += APP_UUID=\\\\\\\"%s\\\\\\\"" % c.uuid(), "DEFINES += API_KEY=\\\\\\\"$$(API_KEY)\\\\\\\"", "",
         "SOURCES += main.cpp apiclient.cpp", "HEADERS += apiclient.h"]
    return "%s.pro" % c.project().replace("-", ""), J(L), "qmake", "qt", "env_reference"


def n_presets_env(c):
    L = ["{", "  \"version\": 6,", "  \"configurePresets\": [", "    {", "      \"name\": \"ci\",", "      \"generator\": \"Ninja\",",
         "      \"cacheVariables\": {", "        \"CMAKE_BUILD_TYPE\": \"Release\",", "        \"VCPKG_INSTALL_OPTIONS\": \"--x-abi-tools-use-exact-versions\"", "      },",
         "      \"environment\": {", "        \"GITHUB_TOKEN\": \"$env{GITHUB_TOKEN}\",",
         "        \"VCPKG_BINARY_SOURCES\": \"clear;x-gha,readwrite\"", "      }", "    }", "  ]", "}"]
    return "CMakePresets.json", J(L), "cmake-presets", "github", "env_reference"


def n_lora_fillme(c):
    L = ["#include <lmic.h>", "", "// Copy these from the TTN console. LSB for the EUIs, MSB for the key.",
         "#define FILLMEIN 0", "#warning \"You must replace the values marked FILLMEIN with real values from the TTN control panel!\"",
         "static const u1_t PROGMEM APPEUI[8] = { FILLMEIN };", "static const u1_t PROGMEM DEVEUI[8] = { FILLMEIN };",
         "static const u1_t PROGMEM APPKEY[16] = { FILLMEIN };", "",
         "void os_getArtEui (u1_t* buf) { memcpy_P(buf, APPEUI, 8);}", "void os_getDevEui (u1_t* buf) { memcpy_P(buf, DEVEUI, 8);}",
         "void os_getDevKey (u1_t* buf) { memcpy_P(buf, APPKEY, 16);}"]
    return c.p(["ttn-otaa/ttn-otaa.ino", "src/lorawan_keys.cpp"]), J(L), c.p(["arduino", "cpp"]), "lorawan", "placeholder"


NEG_TEMPLATES = [
    ("aes_vectors_unity", n_aes_vectors_unity), ("sp800_38a_gtest", n_sp800_38a_gtest), ("hmac_rfc4231", n_hmac_rfc4231_cpputest),
    ("aes_sbox", n_aes_sbox), ("crc32", n_crc32), ("crc16", n_crc16), ("font", n_font), ("ble_uuids", n_ble_uuids),
    ("ble_ino", n_ble_ino), ("devices_table", n_devices_table), ("version_h", n_version_h), ("ca_cert", n_ca_cert),
    ("pubkey", n_pubkey), ("placeholder_secrets", n_placeholder_secrets), ("nvs_loader", n_nvs_loader), ("magic_h", n_magic_h),
    ("i18n", n_i18n), ("uboot_env", n_uboot_env), ("uci_open", n_uci_open), ("yocto_hashes", n_yocto_hashes),
    ("local_conf_clean", n_local_conf_clean), ("pio_sysenv", n_pio_sysenv), ("vcpkg_json", n_vcpkg_json),
    ("cmake_fetch", n_cmake_fetch), ("meson_wrap", n_meson_wrap), ("readme_security", n_readme_security),
    ("fw_manifest", n_fw_manifest), ("base64_test", n_base64_test), ("redact_test", n_redact_test), ("ecc_params", n_ecc_params),
    ("sha256_consts", n_sha256_consts), ("gamma_table", n_gamma_table), ("mbedtls_pers", n_mbedtls_pers), ("qt_ini_hash", n_qt_ini_hash),
    ("kconfig_empty", n_kconfig_empty), ("sdkconfig_plain", n_sdkconfig_plain), ("makefile_hashes", n_makefile_hashes),
    ("qmake_githash", n_qmake_githash), ("presets_env", n_presets_env), ("lora_fillme", n_lora_fillme),
]


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
N_POS = 500
N_NEG = 500
SRC_EXT = (".h", ".hpp", ".c", ".cc", ".cpp")


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def cycle_shuffled(rng, items, n):
    out = []
    while len(out) < n:
        block = list(items)
        rng.shuffle(block)
        out.extend(block)
    return out[:n]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_cm.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    rng = random.Random(seed)
    manifest, secrets = [], []
    used = {}

    # ---- positives ----
    picks = cycle_shuffled(rng, POS_TEMPLATES, N_POS)
    for i, (tname, fn, cats) in enumerate(picks):
        lo = min(used.get(c, 0) for c in cats)
        cname = rng.choice([c for c in cats if used.get(c, 0) == lo])
        used[cname] = used.get(cname, 0) + 1
        s = Slot(rng, True, cname)
        path, text, ft = fn(s)
        needle = s.needle
        if not needle or needle not in text:
            raise RuntimeError("needle missing in %s (%s)" % (tname, cname))
        line = text[:text.index(needle)].count("\n") + 1
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": s.provider, "kind": s.kind, "filetype": ft})
        secrets.append({"file": rel, "needle": needle, "line": line})

    # ---- negatives: half reuse positive templates, half domain look-alikes ----
    n_reuse = N_NEG // 2
    tasks = [("reuse", t) for t in cycle_shuffled(rng, POS_TEMPLATES, n_reuse)] + \
            [("look", t) for t in cycle_shuffled(rng, NEG_TEMPLATES, N_NEG - n_reuse)]
    rng.shuffle(tasks)
    for i, (mode, t) in enumerate(tasks):
        if mode == "reuse":
            tname, fn, cats = t
            cname = rng.choice(cats)
            s = Slot(rng, False, cname)
            path, text, ft = fn(s)
            if s.in_suffix and path.endswith(SRC_EXT):
                path += ".in"
            provider, kind = s.provider, s.negkind or "placeholder"
        else:
            tname, fn = t
            c = Ctx(rng)
            path, text, ft, provider, kind = fn(c)
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind, "filetype": ft})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in secrets:
            f.write(json.dumps(m, sort_keys=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
