#!/usr/bin/env python3
"""Blind evaluation-set generator "ly": secrets in microcontroller firmware projects.

EMPHASIS
  Domain: microcontroller / IoT firmware repositories: ESP-IDF (sdkconfig, sdkconfig.defaults,
  Kconfig.projbuild defaults, main/*.c, embedded PEM files), Zephyr and nRF Connect SDK
  (prj.conf, overlay-*.conf, devicetree overlays, src/*.c), PlatformIO (platformio.ini
  build_flags / upload_flags, include/secrets.h), Arduino sketches (.ino, arduino_secrets.h,
  config.h), Mbed OS (mbed_app.json), STM32Cube (Core/Inc, Core/Src), MicroPython / CircuitPython
  (boot.py, main.py, secrets.py, settings.toml), Raspberry Pi Pico SDK (CMakeLists.txt, build
  scripts), FreeRTOS demos (aws_clientcredential*.h, demo_config.h), Mongoose OS (mos.yml),
  ESPHome (secrets.yaml, device yaml), Tasmota (user_config_override.h), Nerves (Elixir config).
  Providers / kinds: Wi-Fi passwords and raw 64-hex WPA PSKs, MQTT broker passwords (also in
  URLs), AWS IoT device private keys (PEM as C string literals, raw PEM files, raw-string
  literals), Azure IoT Hub SharedAccessKey / connection strings / SAS signatures, TLS-PSK keys
  (hex and C arrays), LoRaWAN AppKey (hex, C arrays, Pycom unhexlify, AT commands, TTN YAML),
  Golioth PSKs, Memfault project keys, Blynk auth tokens, ThingSpeak write keys, Adafruit IO
  `aio_` keys, Particle access tokens, ESP secure-boot / MCUboot imgtool signing keys, OTA HMAC
  keys, ESPHome API encryption keys and OTA passwords, OpenWeatherMap / Google API keys,
  Ubidots tokens, Telegram bot tokens, Firebase RTDB legacy secrets, InfluxDB v2 tokens, Home
  Assistant long-lived access tokens (JWT).
  File types: C/C++ (.c .h .ino .cpp), sdkconfig / Kconfig / prj.conf / .conf, platformio.ini,
  CMakeLists.txt, Python, TOML, JSON, YAML, Elixir (.exs), shell, Markdown, PEM, .env (<5%).

USAGE
  python3 -B gen_ly.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Standard library only; deterministic per SEED.

NEEDLE CONVENTIONS
  The secret value exactly as written, without quotes. Prefixed tokens keep their prefix
  (aio_, BBFF-, AIza, bot id "123456789:AA..."). Passwords: the password only (also when it
  sits in a URL user:pass@host). Azure connection strings / SAS tokens: the SharedAccessKey /
  the sig= value only (sig URL-encoded as written). Multi-line PEM private keys: the first
  base64 line of the body (as it appears inside the C string / raw literal / file). C byte
  arrays (LoRaWAN AppKey, TLS-PSK): the list of bytes as written on one line, e.g.
  "0x2B, 0x7E, ...". Home Assistant tokens: the whole JWT. HTTP headers: the token only.

NEGATIVES
  250 re-use the positive templates with the secret slot holding a non-secret: placeholders
  (YOUR_WIFI_PASSWORD, <your-key>, xxxx, FILLMEIN, changeme, German/French/Spanish/Russian
  placeholders), empty strings, masked values (****, [REDACTED]), documented example values
  (ESP-IDF "mypassword", Telegram docs token "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11",
  all-zero LoRaWAN keys), PEM blocks with no body; .env templates become .env.example.
  250 are look-alikes: CRC32 / sine / gamma tables, LoRaWAN DevEUI / JoinEUI configs, MAC /
  chip-id / IMEI inventories, root CA and device certificates (public), MCUboot public keys as
  C arrays (imgtool getpub style) and PUBLIC KEY PEMs, OTA manifests with SHA-256, ESP-IDF
  dependencies.lock component hashes, sdkconfig with key *paths*, C code using Kconfig symbols
  (CONFIG_ESP_WIFI_PASSWORD), FIPS-197 / RFC 4493 / RFC 4231 test vectors, BLE UUID tables,
  git build hashes, ESPHome !secret references, PlatformIO ${sysenv.X}, Elixir System.get_env,
  partition tables, bitmaps, TLS fingerprints, espefuse key digests, encrypted blobs, MQTT
  client ids, Tasmota templates, firmware version strings.

FORMATS CHECKED
  From memory of provider docs/SDKs, and the search tool (docs corpus): Golioth Kconfig names
  CONFIG_GOLIOTH_SAMPLE_HARDCODED_PSK_ID / _PSK (golioth-zephyr-sdk README); Memfault project
  key "32-character" (nrfconnect quickstart README) and CONFIG_MEMFAULT_NCS_PROJECT_KEY (Nordic
  docs); InfluxDB token use "Authorization: Token" and INFLUX_TOKEN (InfluxData docs).
  From knowledge: Azure SharedAccessKey = base64 of 32 bytes (44 chars), DPS group keys 64 bytes;
  SAS token layout sr=/sig=/se=; Telegram token <bot id>:<35 chars>; Adafruit IO "aio_" + 28
  alnum; Blynk 32 chars [A-Za-z0-9_-]; ThingSpeak 16 [A-Z0-9]; Particle 40 hex; Google "AIza"+35;
  Firebase legacy secret 40 alnum; InfluxDB v2 88-char base64url ending "=="; HA long-lived
  token = HS256 JWT with iss/iat/exp; ESPHome api encryption key = base64 of 32 bytes; LoRaWAN
  keys 16 bytes (LMIC APPKEY MSB, DEVEUI/APPEUI LSB); PEM DER prefixes built as real ASN.1
  (PKCS#1 RSA, SEC1 EC P-256, PKCS#8 EC / Ed25519 / RSA).

DOUBTS
  Golioth PSK length/alphabet (used 16-32 alnum/punct-free); Memfault key alphabet (used
  32 alnum); Ubidots token "BBFF-"+30 alnum; Telegram secret part usually starting "AA";
  Blynk 32 chars. PEM key bodies are structurally plausible DER with random integers, not
  mathematically valid keys.
"""
import base64
import hashlib
import json
import math
import os
import random
import struct
import sys
import urllib.parse
import zlib

# ----------------------------------------------------------------------------------------------
# random helpers
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPPER_NUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
URLSAFE = ALNUM + "-_"


def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def hexs(r, n, upper=False):
    s = "".join(r.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


WORDS = ["Falcon", "river", "Kaffee", "Sonne", "tiger", "Mango", "orbit", "Pixel", "cobalt",
         "Lupo", "nebula", "Gato", "birke", "Quartz", "maple", "Otter", "sierra", "Zorro",
         "lumen", "Fjord", "Taco", "Wolke", "Pingu", "raven", "Kiwi", "Delta", "Hummel", "Nacht",
         "Basilic", "Mirlo", "Panda", "solar", "Ember", "Vulcan", "Koala", "Sakura", "Berg"]
SYMS = "!@*-_.+?^~"


def gen_password(r):
    style = r.randint(0, 4)
    if style == 0:
        return r.choice(WORDS) + r.choice(WORDS).capitalize() + str(r.randint(10, 9999)) + r.choice(SYMS)
    if style == 1:
        while True:
            p = rs(r, r.randint(12, 20), ALNUM + "!@*-_.+?")
            if any(c.isdigit() for c in p) and any(c.islower() for c in p) and any(c.isupper() for c in p):
                return p
    if style == 2:
        return "%s%s%s%s%d" % (r.choice(WORDS), r.choice(SYMS), r.choice(WORDS).lower(), r.choice(SYMS), r.randint(1, 99)) + rs(r, 3)
    if style == 3:
        w = r.choice(WORDS)
        leet = w.replace("o", "0").replace("e", "3").replace("a", "@").replace("i", "1")
        return leet + r.choice(SYMS) + str(r.randint(1970, 2024)) + rs(r, 2, "ABCDEFGHJKLMNPQRSTUVWXYZ")
    return rs(r, 4, "abcdefghijkmnpqrstuvwxyz") + "-" + rs(r, 4, "ABCDEFGHJKMNPQRSTUVWXYZ23456789") + "-" + rs(r, 4, ALNUM)


# ----------------------------------------------------------------------------------------------
# DER / PEM helpers
def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int_rand(r, nbytes, top=True):
    b = bytearray(rbytes(r, nbytes))
    if top:
        b[0] |= 0x80
    if b[0] & 0x80:
        b = b"\x00" + bytes(b)
    return der(0x02, bytes(b))


def der_int(v):
    b = v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big")
    return der(0x02, b)


def rsa_pkcs1(r, bits=2048):
    n = bits // 8
    h = n // 2
    body = der_int(0) + der_int_rand(r, n) + der_int(65537) + der_int_rand(r, n, top=False)
    for _ in range(5):
        body += der_int_rand(r, h, top=False)
    return der(0x30, body)


OID_RSA = bytes.fromhex("06092a864886f70d0101010500")
OID_EC_P256 = bytes.fromhex("06072a8648ce3d020106082a8648ce3d030107")


def ec_sec1(r):
    body = der_int(1) + der(0x04, rbytes(r, 32)) + der(0xA0, bytes.fromhex("06082a8648ce3d030107")) + \
        der(0xA1, der(0x03, b"\x00\x04" + rbytes(r, 64)))
    return der(0x30, body)


def ec_pkcs8(r):
    inner = der(0x30, der_int(1) + der(0x04, rbytes(r, 32)) + der(0xA1, der(0x03, b"\x00\x04" + rbytes(r, 64))))
    return der(0x30, der_int(0) + der(0x30, OID_EC_P256) + der(0x04, inner))


def ed25519_pkcs8(r):
    return bytes.fromhex("302e020100300506032b657004220420") + rbytes(r, 32)


def rsa_pkcs8(r, bits=2048):
    return der(0x30, der_int(0) + der(0x30, OID_RSA) + der(0x04, rsa_pkcs1(r, bits)))


def pem_lines(derbytes):
    s = base64.b64encode(derbytes).decode()
    return [s[i:i + 64] for i in range(0, len(s), 64)]


def gen_privkey(r, flavor=None):
    flavor = flavor or r.choice(["rsa", "rsa", "ec", "p8ec", "p8rsa"])
    if flavor == "rsa":
        return {"type": "RSA PRIVATE KEY", "lines": pem_lines(rsa_pkcs1(r, 2048))}
    if flavor == "rsa3072":
        return {"type": "RSA PRIVATE KEY", "lines": pem_lines(rsa_pkcs1(r, 3072))}
    if flavor == "ec":
        return {"type": "EC PRIVATE KEY", "lines": pem_lines(ec_sec1(r))}
    if flavor == "p8ec":
        return {"type": "PRIVATE KEY", "lines": pem_lines(ec_pkcs8(r))}
    if flavor == "ed25519":
        return {"type": "PRIVATE KEY", "lines": pem_lines(ed25519_pkcs8(r))}
    return {"type": "PRIVATE KEY", "lines": pem_lines(rsa_pkcs8(r))}


def fake_cert_lines(r):
    serial = rbytes(r, 16)
    tbs_head = bytes.fromhex("a003020102") + der(0x02, b"\x00" + serial) + der(0x30, bytes.fromhex("06092a864886f70d01010b0500"))
    rest = rbytes(r, r.randint(700, 900))
    tbs = der(0x30, tbs_head + rest)
    cert = der(0x30, tbs + der(0x30, bytes.fromhex("06092a864886f70d01010b0500")) + der(0x03, b"\x00" + rbytes(r, 256)))
    return pem_lines(cert)


def ec_pub_der(r):
    return der(0x30, der(0x30, OID_EC_P256) + der(0x03, b"\x00\x04" + rbytes(r, 64)))


def pem_block(typ, lines):
    return "\n".join(["-----BEGIN %s-----" % typ] + lines + ["-----END %s-----" % typ])


def pem_c_concat(typ, lines, indent=""):
    out = ['%s"-----BEGIN %s-----\\n"' % (indent, typ)]
    out += ['%s"%s\\n"' % (indent, l) for l in lines]
    out.append('%s"-----END %s-----\\n"' % (indent, typ))
    return out


def c_array(b, per_line=None, upper=True):
    fmt = "0x%02X" if upper else "0x%02x"
    items = [fmt % x for x in b]
    if per_line is None:
        return ", ".join(items)
    return [", ".join(items[i:i + per_line]) + "," for i in range(0, len(items), per_line)]


# ----------------------------------------------------------------------------------------------
# public companions
SSIDS = ["FRITZ!Box 7590 KL", "Vodafone-4A2C", "workshop-2G", "Livebox-8F31", "TP-Link_3C9E",
         "HomeNet", "Lab_IoT", "MOVISTAR_7B21", "Werkstatt", "greenhouse", "UPC1234567",
         "Sky_Garage", "Devolo-218", "makerspace", "BELL512", "TALKTALK-8E7D2A", "iot-vlan"]
HOSTS = ["mqtt.home.lan", "192.168.1.10", "broker.hivemq.com", "10.0.0.5", "mqtt.iot-lab.de",
         "homeassistant.local", "mosquitto.fritz.box", "test.mosquitto.org", "nas.local",
         "m24.cloudmqtt.com", "raspberrypi.local", "mqtt.werkstatt.internal"]
USERS = ["esp32", "sensor01", "mqtt_user", "tasmota", "homeassistant", "garage", "node-red",
         "jdoe", "wetterstation", "iot", "kessel", "device42", "plantbot"]
PROJECTS = ["plant-monitor", "weather-station", "garage-door", "smart-meter", "aquarium-ctrl",
            "beehive-scale", "doorbell", "air-quality", "boiler-mon", "solar-logger",
            "greenhouse-node", "lora-tracker", "pool-sensor", "cat-feeder"]


def mac(r, sep=":"):
    b = bytearray(rbytes(r, 6))
    b[0] &= 0xFC
    return sep.join("%02X" % x for x in b)


def rnd_ip(r):
    return "192.168.%d.%d" % (r.choice([0, 1, 2, 178, 10]), r.randint(2, 250))


# ----------------------------------------------------------------------------------------------
# secret kinds: generator + negative (non-secret) value generator
GENERIC_NEG = ["", "********", "[REDACTED]", "xxxxxxxx", "changeme", "TODO", "<REPLACE_ME>",
               "REPLACE_WITH_YOURS", "${SECRET}", "{{ secret }}", "****"]
PASS_NEG = ["YOUR_WIFI_PASSWORD", "your-password", "<wifi-password>", "mypassword", "password",
            "DEIN_WLAN_PASSWORT", "votre_mot_de_passe", "tu_contraseña", "ваш_пароль",
            "PASSWORD_HERE", "YOUR_PASSWORD", "********", "", "xxxxxxxx", "changeme",
            "[REDACTED]", "SECRET_PASS", "ENTER_PASSWORD"]


def neg_from(r, specific, generic=True):
    pool = list(specific) + (GENERIC_NEG if generic else [])
    return r.choice(pool)


def telegram_token(r):
    return "%d:AA%s" % (r.randint(100000000, 7999999999), rs(r, 33, URLSAFE))


def ha_token(r):
    hdr = b64url_nopad(b'{"alg":"HS256","typ":"JWT"}')
    iat = r.randint(1600000000, 1720000000)
    pl = b64url_nopad(json.dumps({"iss": hexs(r, 32), "iat": iat, "exp": iat + 315360000}, separators=(",", ":")).encode())
    return hdr + "." + pl + "." + b64url_nopad(rbytes(r, 32))


def sas_sig(r):
    return urllib.parse.quote(b64(r, 32), safe="")


KINDS = {
    "wifi_password": ("generic", gen_password, lambda r: r.choice(PASS_NEG)),
    "wpa_psk_hex": ("generic", lambda r: hexs(r, 64), lambda r: r.choice(["0" * 64, "<64-hex-psk>", "", "YOUR_PSK_HEX", "x" * 64])),
    "mqtt_password": ("generic", gen_password, lambda r: r.choice(["MQTT_PASSWORD", "<mqtt-password>", "mqtt_pass", "public", "", "********", "changeme", "DEIN_MQTT_PASSWORT", "[REDACTED]", "YOUR_MQTT_PASS"])),
    "mqtt_password_url": ("generic", lambda r: "".join("-" if c in "@?:/#^~+" else c for c in gen_password(r)), lambda r: r.choice(["MQTT_PASSWORD", "<password>", "PASS", "********", "changeme"])),
    "ota_password": ("generic", gen_password, lambda r: r.choice(["<ota-password>", "OTA_PASSWORD", "", "admin", "********", "changeme"])),
    "private_key": ("aws_iot", gen_privkey, None),
    "azure_sak": ("azure_iot_hub", lambda r: b64(r, 32), lambda r: neg_from(r, ["<device-primary-key>", "YOUR_DEVICE_KEY", "[DEVICE KEY]", "<SharedAccessKey>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"])),
    "azure_group_key": ("azure_dps", lambda r: b64(r, 64), lambda r: neg_from(r, ["<enrollment-group-primary-key>", "YOUR_GROUP_KEY", ""])),
    "azure_sas_sig": ("azure_iot_hub", sas_sig, lambda r: r.choice(["<signature>", "SIGNATURE", "{signature}", "xxxx", "%s"])),
    "tls_psk_hex": ("tls_psk", lambda r: hexs(r, r.choice([32, 64])), lambda r: r.choice(["000102030405060708090a0b0c0d0e0f", "", "<psk-hex>", "YOUR_PSK", "00000000000000000000000000000000"])),
    "tls_psk_arr": ("tls_psk", lambda r: c_array(rbytes(r, 16)), lambda r: r.choice(["0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00", "/* paste PSK bytes here */", "0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F, 0x10"])),
    "lorawan_hex": ("lorawan", lambda r: hexs(r, 32, upper=r.random() < 0.7), lambda r: r.choice(["00000000000000000000000000000000", "<AppKey>", "FILLMEIN", "YOUR_APP_KEY", "", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"])),
    "lorawan_arr": ("lorawan", lambda r: c_array(rbytes(r, 16)), lambda r: r.choice(["FILLMEIN", "0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00", "/* AppKey, MSB */"])),
    "golioth_psk": ("golioth", lambda r: rs(r, r.choice([16, 24, 32])), lambda r: r.choice(["my-psk", "<psk>", "", "YOUR_GOLIOTH_PSK", "********"])),
    "memfault_key": ("memfault", lambda r: rs(r, 32), lambda r: r.choice(["<YOUR PROJECT KEY HERE>", "", "YOUR_PROJECT_KEY", "********"])),
    "blynk_token": ("blynk", lambda r: rs(r, 32, URLSAFE), lambda r: r.choice(["YourAuthToken", "", "YOUR_BLYNK_AUTH_TOKEN", "<auth-token>", "********************************"])),
    "thingspeak_key": ("thingspeak", lambda r: rs(r, 16, UPPER_NUM), lambda r: r.choice(["XYZ", "XXXXXXXXXXXXXXXX", "YOUR_WRITE_API_KEY", "", "<write-key>"])),
    "aio_key": ("adafruit_io", lambda r: "aio_" + rs(r, 28), lambda r: r.choice(["your_key", "YOUR_AIO_KEY", "aio_XXXXXXXXXXXXXXXXXXXXXXXXXXXX", "", "<adafruit-io-key>"])),
    "particle_token": ("particle", lambda r: hexs(r, 40), lambda r: r.choice(["<access_token>", "YOUR_ACCESS_TOKEN", "$PARTICLE_TOKEN", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"])),
    "signing_key": ("mcuboot", None, None),
    "ota_hmac_key": ("ota", lambda r: hexs(r, 64), lambda r: r.choice(["00" * 32, "<hmac-key-hex>", "", "REPLACE_IN_CI"])),
    "esphome_api_key": ("esphome", lambda r: b64(r, 32), lambda r: r.choice(["<base64-key>", "", "YOUR_ENCRYPTION_KEY"])),
    "owm_key": ("openweathermap", lambda r: hexs(r, 32), lambda r: r.choice(["YOUR_API_KEY", "REPLACE_WITH_YOUR_OPEN_WEATHER_MAP_API_KEY", "", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"])),
    "google_api_key": ("google", lambda r: "AIza" + rs(r, 35, URLSAFE), lambda r: r.choice(["YOUR_GOOGLE_API_KEY", "<api-key>", "", "AIza..."])),
    "ubidots_token": ("ubidots", lambda r: "BBFF-" + rs(r, 30), lambda r: r.choice(["BBFF-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "YOUR_UBIDOTS_TOKEN", "", "<token>"])),
    "telegram_token": ("telegram", telegram_token, lambda r: r.choice(["123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11", "XXXXXXXXXX:XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "YOUR_BOT_TOKEN", "", "<bot-token>"])),
    "firebase_secret": ("firebase", lambda r: rs(r, 40), lambda r: r.choice(["DATABASE_SECRET", "<database-secret>", "", "YOUR_FIREBASE_DATABASE_SECRET"])),
    "influx_token": ("influxdb", lambda r: base64.urlsafe_b64encode(rbytes(r, 64)).decode(), lambda r: r.choice(["my-token", "<INFLUXDB_TOKEN>", "", "server token", "YOUR_INFLUXDB_TOKEN"])),
    "ha_token": ("home_assistant", ha_token, lambda r: r.choice(["ABCDEFGH", "YOUR_LONG_LIVED_ACCESS_TOKEN", "<long-lived-token>", "", "eyJ..."])),
}


def gen_value(r, kind, neg, flavor=None):
    if kind in ("private_key", "signing_key"):
        if neg:
            return {"type": r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"]),
                    "lines": r.choice([[], ["...."], ["<paste the device private key here>"], ["YOUR_PRIVATE_KEY"], ["[REDACTED]"]])}
        return gen_privkey(r, flavor)
    _, g, n = KINDS[kind]
    return n(r) if neg else g(r)


# ----------------------------------------------------------------------------------------------
# template registry
POS_T = []


def tpl(name, kind, ft, provider=None, flavor=None, env=False):
    def deco(f):
        POS_T.append(dict(name=name, kind=kind, ft=ft, provider=provider or KINDS.get(kind, ("x",))[0],
                          flavor=flavor, f=f, env=env))
        return f
    return deco


def cmt_c(r, project):
    return r.choice(["// %s - main configuration" % project, "/* %s */" % project,
                     "// TODO: move to NVS before release", "// Konfiguration fuer %s" % project,
                     "// config for the %s board" % project, "/* Project: %s\n * Author: %s\n */" % (project, r.choice(USERS))])


def shuffle_insert(r, lines, secret_line, lo=0):
    lines = list(lines)
    pos = r.randint(lo, len(lines))
    lines.insert(pos, secret_line)
    return lines


# ---- ESP-IDF ----------------------------------------------------------------------------------
SDK_BASE = ["CONFIG_IDF_TARGET=\"esp32\"", "CONFIG_ESPTOOLPY_FLASHSIZE_4MB=y", "CONFIG_ESPTOOLPY_FLASHMODE_DIO=y",
            "CONFIG_PARTITION_TABLE_CUSTOM=y", "CONFIG_PARTITION_TABLE_CUSTOM_FILENAME=\"partitions.csv\"",
            "CONFIG_FREERTOS_HZ=1000", "CONFIG_LOG_DEFAULT_LEVEL_INFO=y", "CONFIG_ESP_MAIN_TASK_STACK_SIZE=4096",
            "CONFIG_ESP_WIFI_STATIC_RX_BUFFER_NUM=10", "CONFIG_LWIP_MAX_SOCKETS=12", "CONFIG_MQTT_PROTOCOL_311=y",
            "CONFIG_BOOTLOADER_LOG_LEVEL_WARN=y", "CONFIG_ESP_TASK_WDT_TIMEOUT_S=10", "CONFIG_COMPILER_OPTIMIZATION_SIZE=y",
            "# CONFIG_ESP_WIFI_AMPDU_TX_ENABLED is not set", "CONFIG_ESP_CONSOLE_UART_DEFAULT=y",
            "CONFIG_MBEDTLS_CERTIFICATE_BUNDLE=y", "CONFIG_ESP32_DEFAULT_CPU_FREQ_160=y"]


@tpl("idf_sdkconfig_wifi", "wifi_password", "sdkconfig", "espressif")
def _t(r, v, neg):
    ssid = r.choice(SSIDS)
    lines = r.sample(SDK_BASE, r.randint(6, 14))
    lines = shuffle_insert(r, lines, 'CONFIG_ESP_WIFI_SSID="%s"' % ssid)
    lines = shuffle_insert(r, lines, 'CONFIG_ESP_WIFI_PASSWORD="%s"' % v)
    lines.append("CONFIG_ESP_MAXIMUM_RETRY=5")
    hdr = ["#", "# Automatically generated file. DO NOT EDIT.", "# Espressif IoT Development Framework (ESP-IDF) %s Project Configuration" % r.choice(["5.1.2", "5.2.1", "4.4.6", "5.3"]), "#"]
    return r.choice(["sdkconfig", "firmware/sdkconfig"]), "\n".join(hdr + lines) + "\n"


@tpl("idf_sdkconfig_defaults_mqtt", "mqtt_password", "sdkconfig", "espressif")
def _t(r, v, neg):
    lines = ["# project defaults, see README", 'CONFIG_BROKER_URL="mqtts://%s:8883"' % r.choice(HOSTS),
             'CONFIG_BROKER_USERNAME="%s"' % r.choice(USERS), 'CONFIG_BROKER_PASSWORD="%s"' % v]
    lines = r.sample(SDK_BASE, r.randint(2, 6)) + lines if r.random() < 0.5 else lines + r.sample(SDK_BASE, r.randint(2, 6))
    return r.choice(["sdkconfig.defaults", "sdkconfig.defaults.esp32s3"]), "\n".join(lines) + "\n"


@tpl("idf_sdkconfig_defaults_memfault", "memfault_key", "sdkconfig", "memfault")
def _t(r, v, neg):
    lines = ["CONFIG_MEMFAULT=y", 'CONFIG_MEMFAULT_PROJECT_KEY="%s"' % v, "CONFIG_MEMFAULT_HTTP_PERIODIC_UPLOAD=y",
             "CONFIG_MEMFAULT_LOG_LEVEL_WARN=y", "CONFIG_ESP_COREDUMP_ENABLE_TO_FLASH=n"]
    return "sdkconfig.defaults", "\n".join(r.sample(SDK_BASE, 4) + ["", "# Memfault"] + lines) + "\n"


@tpl("idf_kconfig_projbuild", "wifi_password", "kconfig", "espressif")
def _t(r, v, neg):
    ssid = r.choice(SSIDS)
    return "main/Kconfig.projbuild", f'''menu "Example Configuration"

    config ESP_WIFI_SSID
        string "WiFi SSID"
        default "{ssid}"
        help
            SSID (network name) for the example to connect to.

    config ESP_WIFI_PASSWORD
        string "WiFi Password"
        default "{v}"
        help
            WiFi password (WPA or WPA2) for the example to use.

    config ESP_MAXIMUM_RETRY
        int "Maximum retry"
        default {r.randint(3, 10)}
        help
            Set the Maximum retry to avoid station reconnecting to the AP unlimited when the AP is really inexistent.
endmenu
'''


@tpl("idf_main_wifi_c", "wifi_password", "c", "espressif")
def _t(r, v, neg):
    ssid = r.choice(SSIDS)
    tag = r.choice(["wifi_sta", "app", "MAIN", "net"])
    return r.choice(["main/app_main.c", "main/wifi.c", "main/main.c", "components/net/wifi_sta.c"]), f'''#include <string.h>
#include "freertos/FreeRTOS.h"
#include "freertos/event_groups.h"
#include "esp_wifi.h"
#include "esp_log.h"
#include "nvs_flash.h"

static const char *TAG = "{tag}";
static EventGroupHandle_t s_wifi_event_group;

void wifi_init_sta(void)
{{
    s_wifi_event_group = xEventGroupCreate();
    ESP_ERROR_CHECK(esp_netif_init());
    ESP_ERROR_CHECK(esp_event_loop_create_default());
    esp_netif_create_default_wifi_sta();

    wifi_init_config_t cfg = WIFI_INIT_CONFIG_DEFAULT();
    ESP_ERROR_CHECK(esp_wifi_init(&cfg));

    wifi_config_t wifi_config = {{
        .sta = {{
            .ssid = "{ssid}",
            .password = "{v}",
            .threshold.authmode = WIFI_AUTH_WPA2_PSK,
            .sae_pwe_h2e = WPA3_SAE_PWE_BOTH,
        }},
    }};
    ESP_ERROR_CHECK(esp_wifi_set_mode(WIFI_MODE_STA));
    ESP_ERROR_CHECK(esp_wifi_set_config(WIFI_IF_STA, &wifi_config));
    ESP_ERROR_CHECK(esp_wifi_start());
    ESP_LOGI(TAG, "wifi_init_sta finished.");
}}
'''


@tpl("idf_mqtt_c", "mqtt_password", "c", "espressif")
def _t(r, v, neg):
    host = r.choice(HOSTS)
    user = r.choice(USERS)
    return r.choice(["main/mqtt_app.c", "main/app_mqtt.c", "components/telemetry/mqtt.c"]), f'''#include "mqtt_client.h"
#include "esp_log.h"

static const char *TAG = "mqtt";
extern const uint8_t ca_pem_start[] asm("_binary_ca_pem_start");

static void mqtt_event_handler(void *args, esp_event_base_t base, int32_t event_id, void *event_data)
{{
    esp_mqtt_event_handle_t event = event_data;
    if (event->event_id == MQTT_EVENT_CONNECTED) {{
        esp_mqtt_client_subscribe(event->client, "{r.choice(PROJECTS)}/cmd", 1);
    }}
}}

void mqtt_app_start(void)
{{
    const esp_mqtt_client_config_t mqtt_cfg = {{
        .broker.address.uri = "mqtts://{host}:8883",
        .broker.verification.certificate = (const char *)ca_pem_start,
        .credentials = {{
            .username = "{user}",
            .client_id = "{r.choice(PROJECTS)}-{hexs(r, 6)}",
            .authentication.password = "{v}",
        }},
    }};
    esp_mqtt_client_handle_t client = esp_mqtt_client_init(&mqtt_cfg);
    esp_mqtt_client_register_event(client, ESP_EVENT_ANY_ID, mqtt_event_handler, NULL);
    esp_mqtt_client_start(client);
    ESP_LOGI(TAG, "started");
}}
'''


@tpl("idf_embedded_key_pem", "private_key", "pem", "aws_iot")
def _t(r, v, neg):
    return r.choice(["main/certs/client.key", "main/certs/device.key", "main/certs/private.pem.key", "certs/aws/private.pem.key"]), pem_block(v["type"], v["lines"]) + "\n"


@tpl("idf_cmake_defs", "mqtt_password", "cmake", "espressif")
def _t(r, v, neg):
    return "main/CMakeLists.txt", f'''idf_component_register(SRCS "main.c" "mqtt.c" "sensors.c"
                    INCLUDE_DIRS "."
                    EMBED_TXTFILES certs/ca.pem)

target_compile_definitions(${{COMPONENT_LIB}} PRIVATE
    MQTT_HOST="{r.choice(HOSTS)}"
    MQTT_USER="{r.choice(USERS)}"
    MQTT_PASS="{v}"
)
'''


@tpl("idf_ota_hmac_h", "ota_hmac_key", "c", "ota")
def _t(r, v, neg):
    return r.choice(["main/ota_config.h", "components/ota/include/ota_keys.h"]), f'''#pragma once

/* OTA update server */
#define OTA_URL              "https://fw.{r.choice(PROJECTS)}.io/releases/latest.bin"
#define OTA_CHECK_INTERVAL_S {r.choice([3600, 21600, 86400])}

/* HMAC-SHA256 key used to authenticate firmware images (shared with build server) */
#define OTA_HMAC_KEY_HEX     "{v}"
'''


# ---- Zephyr / NCS -----------------------------------------------------------------------------
ZEP_BASE = ["CONFIG_NETWORKING=y", "CONFIG_NET_IPV4=y", "CONFIG_NET_TCP=y", "CONFIG_NET_SOCKETS=y",
            "CONFIG_NET_DHCPV4=y", "CONFIG_LOG=y", "CONFIG_MAIN_STACK_SIZE=4096", "CONFIG_HEAP_MEM_POOL_SIZE=32768",
            "CONFIG_NET_L2_WIFI_MGMT=y", "CONFIG_WIFI=y", "CONFIG_NET_MGMT_EVENT=y", "CONFIG_DNS_RESOLVER=y",
            "CONFIG_MBEDTLS=y", "CONFIG_NET_SOCKETS_SOCKOPT_TLS=y", "CONFIG_SHELL=y", "CONFIG_SETTINGS=y",
            "CONFIG_NVS=y", "CONFIG_FLASH=y", "CONFIG_REBOOT=y", "CONFIG_MQTT_LIB=y"]


@tpl("zephyr_prj_wifi", "wifi_password", "conf", "zephyr")
def _t(r, v, neg):
    lines = r.sample(ZEP_BASE, r.randint(6, 12))
    lines += ["", "# Wi-Fi credentials", "CONFIG_WIFI_CREDENTIALS=y", "CONFIG_WIFI_CREDENTIALS_STATIC=y",
              'CONFIG_WIFI_CREDENTIALS_STATIC_SSID="%s"' % r.choice(SSIDS), 'CONFIG_WIFI_CREDENTIALS_STATIC_PASSWORD="%s"' % v]
    if r.random() < 0.5:
        lines += ["", "CONFIG_NET_LOG=y", "CONFIG_WIFI_LOG_LEVEL_ERR=y"]
    return r.choice(["prj.conf", "app/prj.conf", "boards/nrf7002dk_nrf5340_cpuapp.conf"]), "\n".join(lines) + "\n"


@tpl("zephyr_overlay_mqtt", "mqtt_password", "conf", "zephyr")
def _t(r, v, neg):
    lines = ["# MQTT broker overlay, build with -DEXTRA_CONF_FILE=overlay-mqtt.conf", "CONFIG_MQTT_LIB=y", "CONFIG_MQTT_LIB_TLS=y",
             'CONFIG_APP_MQTT_BROKER_HOSTNAME="%s"' % r.choice(HOSTS), "CONFIG_APP_MQTT_BROKER_PORT=8883",
             'CONFIG_APP_MQTT_USERNAME="%s"' % r.choice(USERS), 'CONFIG_APP_MQTT_PASSWORD="%s"' % v,
             "CONFIG_APP_MQTT_KEEPALIVE_S=60"]
    return r.choice(["overlay-mqtt.conf", "app/overlay-mqtt.conf"]), "\n".join(lines) + "\n"


@tpl("golioth_prj_conf", "golioth_psk", "conf", "golioth")
def _t(r, v, neg):
    dev = r.choice(PROJECTS) + "-" + hexs(r, 4)
    lines = r.sample(ZEP_BASE, r.randint(3, 8)) + ["", "# Golioth credentials", "CONFIG_GOLIOTH_SAMPLE_HARDCODED_CREDENTIALS=y",
                                                   'CONFIG_GOLIOTH_SAMPLE_HARDCODED_PSK_ID="%s@%s"' % (dev, r.choice(PROJECTS)),
                                                   'CONFIG_GOLIOTH_SAMPLE_HARDCODED_PSK="%s"' % v]
    return r.choice(["prj.conf", "credentials.conf", "boards/esp32_devkitc_wroom.conf"]), "\n".join(lines) + "\n"


@tpl("golioth_shell_provision", "golioth_psk", "shell", "golioth")
def _t(r, v, neg):
    dev = r.choice(PROJECTS) + "-" + hexs(r, 4)
    return r.choice(["scripts/provision.sh", "tools/provision_device.sh"]), f'''#!/usr/bin/env bash
# Push Golioth credentials over the Zephyr shell (settings subsystem)
set -euo pipefail
PORT=${{1:-/dev/ttyACM0}}

send() {{ printf '%s\\r\\n' "$1" > "$PORT"; sleep 0.5; }}

send "settings set golioth/psk-id {dev}@{r.choice(PROJECTS)}"
send "settings set golioth/psk {v}"
send "kernel reboot cold"
echo "done"
'''


@tpl("ncs_memfault_conf", "memfault_key", "conf", "memfault")
def _t(r, v, neg):
    lines = ["CONFIG_MEMFAULT=y", "CONFIG_MEMFAULT_NCS_PROJECT_KEY=\"%s\"" % v, "CONFIG_MEMFAULT_NCS_DEVICE_ID_IMEI=y",
             "CONFIG_MEMFAULT_LOGGING_ENABLE=y", "CONFIG_MEMFAULT_NCS_LTE_METRICS=y"]
    return r.choice(["overlay-memfault.conf", "prj.conf"]), "\n".join(r.sample(ZEP_BASE, 4) + ["", "# Memfault"] + lines) + "\n"


@tpl("memfault_platform_h", "memfault_key", "c", "memfault")
def _t(r, v, neg):
    return r.choice(["config/memfault_platform_config.h", "src/memfault_config.h"]), f'''#pragma once
//! @file memfault_platform_config.h

#define MEMFAULT_USE_GNU_BUILD_ID 1
#define MEMFAULT_PLATFORM_HAS_LOG_CONFIG 1
#define MEMFAULT_COREDUMP_COLLECT_LOG_REGIONS 1

// Project key from https://app.memfault.com -> Settings
#define MEMFAULT_PROJECT_KEY "{v}"
'''


@tpl("zephyr_tls_psk_array", "tls_psk_arr", "c", "tls_psk")
def _t(r, v, neg):
    ident = "%s-%s" % (r.choice(PROJECTS), hexs(r, 6))
    return r.choice(["src/dummy_psk.h", "src/credentials/psk.h", "src/tls_credentials.h"]), f'''/*
 * TLS-PSK credentials for the CoAP/DTLS server
 */
#ifndef __PSK_H__
#define __PSK_H__

#define APP_PSK_TAG {r.randint(1, 40)}

static const unsigned char psk[] = {{{v}}};
static const char psk_id[] = "{ident}";

#endif /* __PSK_H__ */
'''


@tpl("zephyr_lwm2m_psk_conf", "tls_psk_hex", "conf", "tls_psk")
def _t(r, v, neg):
    ep = "%s-%s" % (r.choice(PROJECTS), hexs(r, 8))
    lines = ["CONFIG_LWM2M=y", "CONFIG_LWM2M_DTLS_SUPPORT=y", 'CONFIG_LWM2M_APP_SERVER="coaps://leshan.eclipseprojects.io:5684"',
             'CONFIG_LWM2M_APP_ID="%s"' % ep, 'CONFIG_LWM2M_APP_PSK="%s"' % v, "CONFIG_LWM2M_RD_CLIENT_SUPPORT=y"]
    return r.choice(["overlay-dtls.conf", "overlay-lwm2m.conf"]), "\n".join(r.sample(ZEP_BASE, 3) + lines) + "\n"


@tpl("zephyr_lorawan_main", "lorawan_arr", "c", "lorawan")
def _t(r, v, neg):
    deveui = c_array(rbytes(r, 8))
    joineui = c_array(rbytes(r, 8))
    return r.choice(["src/main.c", "app/src/lorawan.c"]), f'''#include <zephyr/device.h>
#include <zephyr/lorawan/lorawan.h>
#include <zephyr/kernel.h>

/* Customize based on network configuration */
#define LORAWAN_DEV_EUI  {{ {deveui} }}
#define LORAWAN_JOIN_EUI {{ {joineui} }}
#define LORAWAN_APP_KEY  {{ {v} }}

#define DELAY K_MSEC({r.choice([10000, 30000, 60000])})

int main(void)
{{
    const struct device *lora_dev;
    struct lorawan_join_config join_cfg;
    uint8_t dev_eui[] = LORAWAN_DEV_EUI;
    uint8_t join_eui[] = LORAWAN_JOIN_EUI;
    uint8_t app_key[] = LORAWAN_APP_KEY;

    lora_dev = DEVICE_DT_GET(DT_ALIAS(lora0));
    join_cfg.mode = LORAWAN_ACT_OTAA;
    join_cfg.dev_eui = dev_eui;
    join_cfg.otaa.join_eui = join_eui;
    join_cfg.otaa.app_key = app_key;
    join_cfg.otaa.nwk_key = app_key;
    return lorawan_join(&join_cfg);
}}
'''


# ---- PlatformIO / Arduino ---------------------------------------------------------------------
def pio_env(r):
    return r.choice([("esp32dev", "espressif32", "esp32dev"), ("d1_mini", "espressif8266", "d1_mini"),
                     ("nodemcuv2", "espressif8266", "nodemcuv2"), ("esp32-s3", "espressif32", "esp32-s3-devkitc-1"),
                     ("pico", "raspberrypi", "rpipicow")])


@tpl("pio_build_flags_wifi", "wifi_password", "ini", "platformio")
def _t(r, v, neg):
    env, plat, board = pio_env(r)
    return "platformio.ini", f'''; PlatformIO Project Configuration File
;   Build options: build flags, source filter
;   Please visit documentation for the other options and examples
;   https://docs.platformio.org/page/projectconf.html

[env:{env}]
platform = {plat}
board = {board}
framework = arduino
monitor_speed = 115200
lib_deps =
    knolleary/PubSubClient@^2.8
    bblanchon/ArduinoJson@^6.21.3
build_flags =
    -DCORE_DEBUG_LEVEL=3
    -DWIFI_SSID=\\"{r.choice(SSIDS)}\\"
    -DWIFI_PASS=\\"{v}\\"
    -DMQTT_PORT=1883
'''


@tpl("pio_upload_auth", "ota_password", "ini", "platformio")
def _t(r, v, neg):
    env, plat, board = pio_env(r)
    return "platformio.ini", f'''[platformio]
default_envs = {env}_ota

[env]
framework = arduino
monitor_speed = 115200

[env:{env}]
platform = {plat}
board = {board}

[env:{env}_ota]
extends = env:{env}
upload_protocol = espota
upload_port = {rnd_ip(r)}
upload_flags =
    --port=3232
    --auth={v}
'''


@tpl("pio_include_secrets_h", "wifi_password", "c", "platformio")
def _t(r, v, neg):
    return r.choice(["include/secrets.h", "include/Secrets.h", "src/secrets.h"]), f'''#ifndef SECRETS_H
#define SECRETS_H

// Zugangsdaten - nicht einchecken!
#define WIFI_SSID     "{r.choice(SSIDS)}"
#define WIFI_PASSWORD "{v}"

#define MQTT_SERVER   "{r.choice(HOSTS)}"
#define MQTT_PORT     1883

#endif
'''


@tpl("pio_credentials_h_mqtt", "mqtt_password", "c", "platformio")
def _t(r, v, neg):
    return r.choice(["include/credentials.h", "lib/Config/credentials.h"]), f'''#pragma once
{cmt_c(r, r.choice(PROJECTS))}

const char* mqttServer = "{r.choice(HOSTS)}";
const int   mqttPort = {r.choice([1883, 8883])};
const char* mqttUser = "{r.choice(USERS)}";
const char* mqttPassword = "{v}";
const char* mqttClientId = "{r.choice(PROJECTS)}-{hexs(r, 6)}";
'''


@tpl("arduino_ino_wifi", "wifi_password", "ino", "arduino")
def _t(r, v, neg):
    proj = r.choice(PROJECTS)
    name = proj.replace("-", "_")
    return f"{name}/{name}.ino", f'''#include <WiFi.h>
#include <WebServer.h>

const char* ssid = "{r.choice(SSIDS)}";
const char* password = "{v}";

WebServer server(80);
const int ledPin = {r.choice([2, 5, 13, 25])};

void handleRoot() {{
  server.send(200, "text/plain", "hello from {proj}");
}}

void setup() {{
  Serial.begin(115200);
  pinMode(ledPin, OUTPUT);
  WiFi.mode(WIFI_STA);
  WiFi.begin(ssid, password);
  while (WiFi.status() != WL_CONNECTED) {{
    delay(500);
    Serial.print(".");
  }}
  Serial.println(WiFi.localIP());
  server.on("/", handleRoot);
  server.begin();
}}

void loop() {{
  server.handleClient();
}}
'''


@tpl("arduino_secrets_h", "wifi_password", "c", "arduino")
def _t(r, v, neg):
    proj = r.choice(PROJECTS).replace("-", "_")
    return f"{proj}/arduino_secrets.h", f'''#define SECRET_SSID "{r.choice(SSIDS)}"
#define SECRET_PASS "{v}"
'''


@tpl("arduino_blynk", "blynk_token", "ino", "blynk")
def _t(r, v, neg):
    proj = r.choice(PROJECTS)
    return f"src/{proj.replace('-', '_')}.ino", f'''/* Fill-in information from Blynk Device Info here */
#define BLYNK_TEMPLATE_ID "TMPL{rs(r, 8)}"
#define BLYNK_TEMPLATE_NAME "{proj}"
#define BLYNK_AUTH_TOKEN "{v}"

/* Comment this out to disable prints and save space */
#define BLYNK_PRINT Serial

#include <WiFi.h>
#include <WiFiClient.h>
#include <BlynkSimpleEsp32.h>

// Your WiFi credentials.
// Set password to "" for open networks.
char ssid[] = "{r.choice(SSIDS)}";
char pass[] = "";

BlynkTimer timer;

BLYNK_WRITE(V0) {{
  digitalWrite({r.choice([2, 4, 16])}, param.asInt());
}}

void setup() {{
  Serial.begin(115200);
  Blynk.begin(BLYNK_AUTH_TOKEN, ssid, pass);
}}

void loop() {{
  Blynk.run();
  timer.run();
}}
'''


@tpl("blynk_readme_md", "blynk_token", "markdown", "blynk")
def _t(r, v, neg):
    proj = r.choice(PROJECTS)
    return "README.md", f'''# {proj}

ESP8266 + DHT22, values are pushed to Blynk virtual pins V1/V2.

## Setup

1. Create a template in the Blynk console (template id `TMPL{rs(r, 8)}`).
2. Flash with PlatformIO: `pio run -t upload`
3. Device token for the living-room unit:

```
BLYNK_AUTH_TOKEN={v}
```

## Wiring

| DHT22 | D1 mini |
|-------|---------|
| VCC   | 3V3     |
| DATA  | D4      |
| GND   | GND     |
'''


@tpl("arduino_thingspeak", "thingspeak_key", "ino", "thingspeak")
def _t(r, v, neg):
    return f"firmware/{r.choice(PROJECTS)}.ino", f'''#include <ESP8266WiFi.h>
#include <WiFiManager.h>
#include "ThingSpeak.h"

unsigned long myChannelNumber = {r.randint(100000, 2600000)};
const char * myWriteAPIKey = "{v}";

WiFiClient client;

void setup() {{
  Serial.begin(115200);
  WiFiManager wm;
  wm.autoConnect("{r.choice(PROJECTS)}-setup");
  ThingSpeak.begin(client);
}}

void loop() {{
  float t = readTemperature();
  ThingSpeak.setField(1, t);
  int x = ThingSpeak.writeFields(myChannelNumber, myWriteAPIKey);
  if (x != 200) Serial.println("Problem updating channel. HTTP error code " + String(x));
  delay(20000);
}}
'''


@tpl("thingspeak_secrets_h", "thingspeak_key", "c", "thingspeak")
def _t(r, v, neg):
    return "include/ts_secrets.h", f'''// ThingSpeak channel settings
#define SECRET_CH_ID {r.randint(100000, 2600000)}\t\t\t// replace 0000000 with your channel number
#define SECRET_WRITE_APIKEY "{v}"   // replace XYZ with your channel write API Key
'''


@tpl("adafruit_io_config_h", "aio_key", "c", "adafruit_io")
def _t(r, v, neg):
    return r.choice(["config.h", "src/config.h"]), f'''/************************ Adafruit IO Config *******************************/

// visit io.adafruit.com if you need to create an account,
// or if you need your Adafruit IO key.
#define IO_USERNAME "{r.choice(USERS)}"
#define IO_KEY "{v}"

/******************************* WIFI **************************************/
// the AdafruitIO_WiFi client will work with the following boards:
//   - HUZZAH ESP8266 Breakout -> https://www.adafruit.com/products/2471
#define WIFI_SSID "{r.choice(SSIDS)}"
#define WIFI_PASS "your_pass"

#include "AdafruitIO_WiFi.h"
AdafruitIO_WiFi io(IO_USERNAME, IO_KEY, WIFI_SSID, WIFI_PASS);
'''


@tpl("circuitpy_settings_aio", "aio_key", "toml", "adafruit_io")
def _t(r, v, neg):
    return "settings.toml", f'''# Feather RP2040 + Ethernet FeatherWing
ADAFRUIT_AIO_USERNAME = "{r.choice(USERS)}"
ADAFRUIT_AIO_KEY = "{v}"
AIO_FEED = "{r.choice(PROJECTS)}.temperature"
TZ = "Europe/Berlin"
UPDATE_INTERVAL = {r.choice([30, 60, 300])}
'''


@tpl("arduino_telegram", "telegram_token", "ino", "telegram")
def _t(r, v, neg):
    return f"{r.choice(PROJECTS)}/telegram_bot.ino", f'''#include <WiFi.h>
#include <WiFiClientSecure.h>
#include <UniversalTelegramBot.h>
#include <ArduinoJson.h>
#include "wifi_creds.h"

// Initialize Telegram BOT
#define BOTtoken "{v}"  // your Bot Token (Get from Botfather)
#define CHAT_ID "{r.randint(10000000, 1999999999)}"

WiFiClientSecure client;
UniversalTelegramBot bot(BOTtoken, client);

void setup() {{
  Serial.begin(115200);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  client.setCACert(TELEGRAM_CERTIFICATE_ROOT);
  while (WiFi.status() != WL_CONNECTED) delay(500);
  bot.sendMessage(CHAT_ID, "Bot started", "");
}}

void loop() {{
  int n = bot.getUpdates(bot.last_message_received + 1);
  delay(1000);
}}
'''


@tpl("mpy_telegram_config", "telegram_token", "python", "telegram")
def _t(r, v, neg):
    return "config.py", f'''# MicroPython config for the door sensor
WIFI_SSID = "{r.choice(SSIDS)}"
TELEGRAM_TOKEN = "{v}"
TELEGRAM_CHAT_ID = {r.randint(10000000, 1999999999)}
DOOR_PIN = {r.choice([4, 5, 14, 27])}
DEBOUNCE_MS = 200
'''


@tpl("arduino_firebase", "firebase_secret", "ino", "firebase")
def _t(r, v, neg):
    proj = r.choice(PROJECTS)
    return f"{proj}/{proj}.ino", f'''#include <Arduino.h>
#include <WiFi.h>
#include <Firebase_ESP_Client.h>

#define DATABASE_URL "{proj}-{hexs(r, 5)}-default-rtdb.europe-west1.firebasedatabase.app"
#define DATABASE_SECRET "{v}"

FirebaseData fbdo;
FirebaseAuth auth;
FirebaseConfig config;

void setup() {{
  Serial.begin(115200);
  WiFi.begin();
  config.database_url = DATABASE_URL;
  config.signer.tokens.legacy_token = DATABASE_SECRET;
  Firebase.begin(&config, &auth);
  Firebase.reconnectWiFi(true);
}}

void loop() {{
  Firebase.RTDB.setFloat(&fbdo, "/sensors/temp", readTemp());
  delay(10000);
}}
'''


@tpl("arduino_influx", "influx_token", "ino", "influxdb")
def _t(r, v, neg):
    return f"src/main.cpp", f'''#include <Arduino.h>
#include <WiFiMulti.h>
#include <InfluxDbClient.h>
#include <InfluxDbCloud.h>

#define INFLUXDB_URL "https://{r.choice(['eu-central-1-1', 'us-east-1-1', 'westeurope-1'])}.aws.cloud2.influxdata.com"
#define INFLUXDB_TOKEN "{v}"
#define INFLUXDB_ORG "{hexs(r, 16)}"
#define INFLUXDB_BUCKET "{r.choice(PROJECTS)}"
#define TZ_INFO "UTC1"

InfluxDBClient client(INFLUXDB_URL, INFLUXDB_ORG, INFLUXDB_BUCKET, INFLUXDB_TOKEN, InfluxDbCloud2CACert);
Point sensor("wifi_status");

void setup() {{
  Serial.begin(115200);
  timeSync(TZ_INFO, "pool.ntp.org", "time.nis.gov");
  sensor.addTag("device", "ESP32");
}}

void loop() {{
  sensor.clearFields();
  sensor.addField("rssi", WiFi.RSSI());
  client.writePoint(sensor);
  delay(10000);
}}
'''


@tpl("influx_env_gateway", "influx_token", "env", "influxdb", env=True)
def _t(r, v, neg):
    path = ".env.example" if neg else r.choice([".env", "gateway/.env"])
    return path, f'''INFLUX_URL=http://{rnd_ip(r)}:8086
INFLUX_ORG={r.choice(USERS)}
INFLUX_BUCKET={r.choice(PROJECTS)}
INFLUX_TOKEN={v}
SERIAL_PORT=/dev/ttyUSB0
'''


@tpl("arduino_owm", "owm_key", "ino", "openweathermap")
def _t(r, v, neg):
    city = r.choice(["Berlin", "Porto", "Lyon", "Krakow", "Leeds", "Graz", "Bilbao"])
    return f"weather_display/weather_display.ino", f'''#include <WiFi.h>
#include <HTTPClient.h>
#include <Arduino_JSON.h>
#include <TFT_eSPI.h>

// Your Domain name with URL path or IP address with path
String openWeatherMapApiKey = "{v}";
String city = "{city}";
String countryCode = "{r.choice(['DE', 'PT', 'FR', 'PL', 'GB', 'AT', 'ES'])}";

unsigned long lastTime = 0;
unsigned long timerDelay = 600000;

void loop() {{
  if ((millis() - lastTime) > timerDelay) {{
    String serverPath = "http://api.openweathermap.org/data/2.5/weather?q=" + city + "," + countryCode + "&units=metric&APPID=" + openWeatherMapApiKey;
    String jsonBuffer = httpGETRequest(serverPath.c_str());
    JSONVar myObject = JSON.parse(jsonBuffer);
    lastTime = millis();
  }}
}}
'''


@tpl("arduino_google_geoloc", "google_api_key", "c", "google")
def _t(r, v, neg):
    return "src/geo_config.h", f'''#pragma once
// WifiLocation: Google Geolocation API
#define GOOGLE_API_KEY "{v}"
#define GEO_UPDATE_INTERVAL_MS {r.choice([60000, 300000])}
#define GEO_MIN_ACCURACY_M 150
'''


@tpl("arduino_ubidots", "ubidots_token", "ino", "ubidots")
def _t(r, v, neg):
    return f"{r.choice(PROJECTS)}/ubidots_mqtt.ino", f'''#include "UbidotsEsp32Mqtt.h"

const char *UBIDOTS_TOKEN = "{v}";  // Put here your Ubidots TOKEN
const char *WIFI_SSID = "{r.choice(SSIDS)}";
const char *DEVICE_LABEL = "{r.choice(PROJECTS)}";
const char *VARIABLE_LABEL = "temperature";
const int PUBLISH_FREQUENCY = 5000;

Ubidots ubidots(UBIDOTS_TOKEN);

void setup() {{
  Serial.begin(115200);
  ubidots.connectToWifi(WIFI_SSID, "");
  ubidots.setCallback(callback);
  ubidots.setup();
  ubidots.reconnect();
}}
'''


@tpl("arduino_aws_secrets_rawstr", "private_key", "c", "aws_iot")
def _t(r, v, neg):
    thing = r.choice(PROJECTS) + "-" + hexs(r, 4)
    ca = fake_cert_lines(r)
    cert = fake_cert_lines(r)
    key = pem_block(v["type"], v["lines"])
    return r.choice(["secrets.h", "include/secrets.h", "src/aws_secrets.h"]), f'''#include <pgmspace.h>

#define SECRET
#define THINGNAME "{thing}"

const char WIFI_SSID[] = "{r.choice(SSIDS)}";
const char AWS_IOT_ENDPOINT[] = "{rs(r, 14, 'abcdefghijklmnopqrstuvwxyz0123456789')}-ats.iot.{r.choice(['eu-central-1', 'us-east-1', 'eu-west-1'])}.amazonaws.com";

// Amazon Root CA 1
static const char AWS_CERT_CA[] PROGMEM = R"EOF(
{pem_block("CERTIFICATE", ca)}
)EOF";

// Device Certificate
static const char AWS_CERT_CRT[] PROGMEM = R"KEY(
{pem_block("CERTIFICATE", cert)}
)KEY";

// Device Private Key
static const char AWS_CERT_PRIVATE[] PROGMEM = R"KEY(
{key}
)KEY";
'''


@tpl("arduino_ha_rest", "ha_token", "ino", "home_assistant")
def _t(r, v, neg):
    return f"{r.choice(PROJECTS)}/ha_push.ino", f'''#include <ESP8266WiFi.h>
#include <ESP8266HTTPClient.h>

const char* haHost = "http://{rnd_ip(r)}:8123";
const char* haToken = "{v}";
const char* entity = "sensor.{r.choice(['garage_temp', 'boiler_temp', 'pool_temp', 'hive_weight'])}";

void pushState(float value) {{
  WiFiClient client;
  HTTPClient http;
  http.begin(client, String(haHost) + "/api/states/" + entity);
  http.addHeader("Authorization", String("Bearer ") + haToken);
  http.addHeader("Content-Type", "application/json");
  int code = http.POST("{{\\"state\\": \\"" + String(value, 1) + "\\"}}");
  http.end();
}}
'''


@tpl("ha_curl_script", "ha_token", "shell", "home_assistant")
def _t(r, v, neg):
    return r.choice(["scripts/notify_flash_done.sh", "tools/ha_update.sh"]), f'''#!/bin/sh
# called by flash.sh after a successful upload
HA_URL="http://{r.choice(['homeassistant.local', rnd_ip(r)])}:8123"
curl -s -X POST \\
  -H "Authorization: Bearer {v}" \\
  -H "Content-Type: application/json" \\
  -d '{{"title": "firmware", "message": "flashed '"$1"'"}}' \\
  "$HA_URL/api/services/notify/persistent_notification"
'''


# ---- STM32 / Mbed -----------------------------------------------------------------------------
@tpl("stm32_app_config_h", "wifi_password", "c", "stm32")
def _t(r, v, neg):
    return r.choice(["Core/Inc/app_config.h", "Core/Inc/wifi_conf.h", "Projects/B-L475E-IOT01A/Inc/wifi_config.h"]), f'''/* USER CODE BEGIN Header */
/**
  ******************************************************************************
  * @file    app_config.h
  * @brief   Application configuration
  ******************************************************************************
  */
/* USER CODE END Header */
#ifndef __APP_CONFIG_H
#define __APP_CONFIG_H

#define WIFI_SSID          "{r.choice(SSIDS)}"
#define WIFI_PASSWORD      "{v}"
#define WIFI_SECURITY      WIFI_ECN_WPA2_PSK
#define WIFI_CONNECT_TIMEOUT_MS  {r.choice([10000, 15000, 30000])}

#endif /* __APP_CONFIG_H */
'''


@tpl("stm32_azure_conn_str", "azure_sak", "c", "azure_iot_hub")
def _t(r, v, neg):
    hub = r.choice(PROJECTS) + "-hub"
    dev = r.choice(PROJECTS) + "-%02d" % r.randint(1, 40)
    return r.choice(["Core/Src/azure_iot_app.c", "Src/cloud.c"]), f'''#include "main.h"
#include "iothub_device_client_ll.h"
#include "iothubtransportmqtt.h"

/* USER CODE BEGIN PV */
static const char* connectionString = "HostName={hub}.azure-devices.net;DeviceId={dev};SharedAccessKey={v}";
/* USER CODE END PV */

void azure_app_init(void)
{{
    IOTHUB_DEVICE_CLIENT_LL_HANDLE h;
    (void)IoTHub_Init();
    h = IoTHubDeviceClient_LL_CreateFromConnectionString(connectionString, MQTT_Protocol);
    if (h == NULL) {{
        Error_Handler();
    }}
}}
'''


@tpl("azure_iot_configs_h", "azure_sak", "c", "azure_iot_hub")
def _t(r, v, neg):
    return "iot_configs.h", f'''// Copyright (c) Microsoft Corporation. All rights reserved.
// SPDX-License-Identifier: MIT

// Wifi
#define IOT_CONFIG_WIFI_SSID "{r.choice(SSIDS)}"
#define IOT_CONFIG_WIFI_PASSWORD ""

// Azure IoT
#define IOT_CONFIG_IOTHUB_FQDN "{r.choice(PROJECTS)}.azure-devices.net"
#define IOT_CONFIG_DEVICE_ID "{r.choice(PROJECTS)}-{r.randint(1, 99)}"
// Use device key if not using certificates
#ifndef IOT_CONFIG_USE_X509_CERT
#define IOT_CONFIG_DEVICE_KEY "{v}"
#endif

// Publish 1 message every 2 seconds
#define TELEMETRY_FREQUENCY_MILLISECS 2000
'''


@tpl("azure_dps_group_key_json", "azure_group_key", "json", "azure_dps")
def _t(r, v, neg):
    return r.choice(["provisioning/dps_config.json", "config/provisioning.json"]), json.dumps({
        "idScope": "0ne00" + rs(r, 6, UPPER_NUM),
        "globalEndpoint": "global.azure-devices-provisioning.net",
        "enrollmentGroup": r.choice(PROJECTS),
        "groupPrimaryKey": v,
        "registrationIdPrefix": r.choice(PROJECTS) + "-",
    }, indent=2) + "\n"


@tpl("mpy_azure_sas", "azure_sas_sig", "python", "azure_iot_hub")
def _t(r, v, neg):
    hub = r.choice(PROJECTS) + "-hub"
    dev = r.choice(PROJECTS)
    return "main.py", f'''from umqtt.simple import MQTTClient
import network, time, ssl

HUB = "{hub}.azure-devices.net"
DEVICE_ID = "{dev}"
# generated with: az iot hub generate-sas-token -d {dev} -n {hub} --du 31536000
SAS = "SharedAccessSignature sr={hub}.azure-devices.net%2Fdevices%2F{dev}&sig={v}&se={r.randint(1735000000, 1790000000)}"

client = MQTTClient(DEVICE_ID, HUB, port=8883, user=HUB + "/" + DEVICE_ID + "/?api-version=2021-04-12",
                    password=SAS, ssl=True, ssl_params={{"server_hostname": HUB}})
client.connect()
while True:
    client.publish("devices/%s/messages/events/" % DEVICE_ID, '{{"t": 21.5}}')
    time.sleep(30)
'''


@tpl("mbed_app_wifi", "wifi_password", "json", "mbed")
def _t(r, v, neg):
    d = {"target_overrides": {"*": {"platform.stdio-convert-newlines": True, "platform.stdio-baud-rate": 115200,
                                    "nsapi.default-wifi-security": "WPA_WPA2",
                                    "nsapi.default-wifi-ssid": "\"%s\"" % r.choice(SSIDS),
                                    "nsapi.default-wifi-password": "\"%s\"" % v,
                                    "mbed-trace.enable": r.choice([True, False])},
                              "DISCO_L475VG_IOT01A": {"target.network-default-interface-type": "WIFI"}}}
    return "mbed_app.json", json.dumps(d, indent=4, ensure_ascii=False) + "\n"


@tpl("mbed_app_lora", "lorawan_arr", "json", "mbed")
def _t(r, v, neg):
    d = {"config": {"lora-radio": {"help": "Which radio to use (options: SX126X, SX1272, SX1276)", "value": "SX1276"}},
         "target_overrides": {"*": {"platform.stdio-convert-newlines": True, "platform.stdio-baud-rate": 115200,
                                    "lora.over-the-air-activation": True, "lora.duty-cycle-on": True,
                                    "lora.phy": "EU868",
                                    "lora.device-eui": "{ %s }" % c_array(rbytes(r, 8)),
                                    "lora.application-eui": "{ %s }" % c_array(rbytes(r, 8)),
                                    "lora.application-key": "{ %s }" % v}}}
    return "mbed_app.json", json.dumps(d, indent=4) + "\n"


# ---- MicroPython / CircuitPython --------------------------------------------------------------
@tpl("circuitpy_secrets_py", "wifi_password", "python", "circuitpython")
def _t(r, v, neg):
    return "secrets.py", f'''# This file is where you keep secret settings, passwords, and tokens!
# If you put them in the code you risk committing that info or sharing it

secrets = {{
    'ssid' : '{r.choice(SSIDS)}',
    'password' : '{v}',
    'timezone' : "{r.choice(['Europe/Berlin', 'America/New_York', 'Europe/Madrid', 'Asia/Tokyo'])}", # http://worldtimeapi.org/timezones
}}
'''


@tpl("circuitpy_settings_toml", "wifi_password", "toml", "circuitpython")
def _t(r, v, neg):
    lines = ['CIRCUITPY_WIFI_SSID = "%s"' % r.choice(SSIDS), 'CIRCUITPY_WIFI_PASSWORD = "%s"' % v,
             "CIRCUITPY_WEB_API_PORT = 80"]
    extra = ['TZ = "Europe/Paris"', 'LOCATION = "%s"' % r.choice(["Lyon", "Leeds", "Bonn"]), "BRIGHTNESS = 0.3"]
    lines = r.sample(extra, r.randint(0, 2)) + lines + r.sample(extra, r.randint(0, 1))
    return "settings.toml", "\n".join(lines) + "\n"


@tpl("mpy_boot_py", "wifi_password", "python", "micropython")
def _t(r, v, neg):
    return "boot.py", f'''# This file is executed on every boot (including wake-boot from deepsleep)
import esp
esp.osdebug(None)
import gc
import network
import webrepl

def do_connect():
    sta_if = network.WLAN(network.STA_IF)
    if not sta_if.isconnected():
        print('connecting to network...')
        sta_if.active(True)
        sta_if.connect('{r.choice(SSIDS)}', '{v}')
        while not sta_if.isconnected():
            pass
    print('network config:', sta_if.ifconfig())

do_connect()
webrepl.start()
gc.collect()
'''


@tpl("mpy_umqtt_main", "mqtt_password", "python", "micropython")
def _t(r, v, neg):
    return r.choice(["main.py", "app/mqtt_node.py"]), f'''import time
import machine
import ubinascii
from umqtt.robust import MQTTClient

CLIENT_ID = ubinascii.hexlify(machine.unique_id())
BROKER = "{r.choice(HOSTS)}"
TOPIC = b"{r.choice(PROJECTS)}/state"

def main():
    c = MQTTClient(CLIENT_ID, BROKER, user="{r.choice(USERS)}", password="{v}", keepalive=60)
    c.connect()
    while True:
        c.publish(TOPIC, b"%d" % machine.ADC(0).read())
        time.sleep(10)

main()
'''


@tpl("mpy_config_mqtt_url", "mqtt_password_url", "python", "micropython")
def _t(r, v, neg):
    user = r.choice(USERS)
    return "config.py", f'''# node config
NODE_NAME = "{r.choice(PROJECTS)}"
MQTT_URL = "mqtt://{user}:{v}@{r.choice(HOSTS)}:1883"
SLEEP_S = {r.choice([60, 300, 900])}
'''


@tpl("pycom_lora_otaa", "lorawan_hex", "python", "lorawan")
def _t(r, v, neg):
    return r.choice(["main.py", "lib/lora_join.py"]), f'''from network import LoRa
import socket
import time
import ubinascii

lora = LoRa(mode=LoRa.LORAWAN, region=LoRa.EU868)

# create OTAA authentication parameters
app_eui = ubinascii.unhexlify('{hexs(r, 16, upper=True)}')
app_key = ubinascii.unhexlify('{v}')
dev_eui = ubinascii.hexlify(lora.mac()).upper()

lora.join(activation=LoRa.OTAA, auth=(app_eui, app_key), timeout=0)
while not lora.has_joined():
    time.sleep(2.5)
    print('Not yet joined...')
print('Joined')
'''


@tpl("rak_at_provision_md", "lorawan_hex", "markdown", "lorawan")
def _t(r, v, neg):
    return r.choice(["docs/provisioning.md", "PROVISIONING.md"]), f'''# Node provisioning (RAK3172, RUI3)

Connect via USB-UART at 115200 baud and paste:

```
AT+NWM=1
AT+NJM=1
AT+BAND=4
AT+DEVEUI={hexs(r, 16, upper=True)}
AT+APPEUI={hexs(r, 16, upper=True)}
AT+APPKEY={v}
AT+JOIN=1:0:10:8
```

Node `{r.choice(PROJECTS)}-{r.randint(1, 20):02d}` is registered in TTN application `{r.choice(PROJECTS)}`.
'''


@tpl("ttn_device_yaml", "lorawan_hex", "yaml", "lorawan")
def _t(r, v, neg):
    did = "eui-" + hexs(r, 16)
    return r.choice(["devices/%s.yaml" % did, "lorawan/device.yaml"]), f'''ids:
  device_id: {did}
  application_ids:
    application_id: {r.choice(PROJECTS)}
  dev_eui: {hexs(r, 16, upper=True)}
  join_eui: {hexs(r, 16, upper=True)}
name: {r.choice(PROJECTS)} node
lorawan_version: MAC_V1_0_3
lorawan_phy_version: PHY_V1_0_3_REV_A
frequency_plan_id: EU_863_870_TTN
supports_join: true
root_keys:
  app_key:
    key: {v}
'''


@tpl("lmic_ttn_otaa", "lorawan_arr", "ino", "lorawan")
def _t(r, v, neg):
    return r.choice(["ttn-otaa/ttn-otaa.ino", "src/lora_node.ino"]), f'''#include <lmic.h>
#include <hal/hal.h>
#include <SPI.h>

// This EUI must be in little-endian format, so least-significant-byte
// first. When copying an EUI from ttnctl output, this means to reverse
// the bytes.
static const u1_t PROGMEM APPEUI[8]={{ {c_array(rbytes(r, 8))} }};
void os_getArtEui (u1_t* buf) {{ memcpy_P(buf, APPEUI, 8);}}

// This should also be in little endian format, see above.
static const u1_t PROGMEM DEVEUI[8]={{ {c_array(rbytes(r, 8))} }};
void os_getDevEui (u1_t* buf) {{ memcpy_P(buf, DEVEUI, 8);}}

// This key should be in big endian format (or, since it is not really a
// number but a block of memory, endianness does not really apply).
static const u1_t PROGMEM APPKEY[16] = {{ {v} }};
void os_getDevKey (u1_t* buf) {{  memcpy_P(buf, APPKEY, 16);}}

static osjob_t sendjob;
const unsigned TX_INTERVAL = {r.choice([60, 120, 300])};
'''


# ---- Pico SDK / FreeRTOS ----------------------------------------------------------------------
@tpl("pico_cmakelists", "wifi_password", "cmake", "pico_sdk")
def _t(r, v, neg):
    proj = r.choice(PROJECTS).replace("-", "_")
    return "CMakeLists.txt", f'''cmake_minimum_required(VERSION 3.13)
include(pico_sdk_import.cmake)
project({proj} C CXX ASM)
set(CMAKE_C_STANDARD 11)
set(PICO_BOARD pico_w)
pico_sdk_init()

set(WIFI_SSID "{r.choice(SSIDS)}")
set(WIFI_PASSWORD "{v}")

add_executable({proj} main.c mqtt.c)
target_compile_definitions({proj} PRIVATE
    WIFI_SSID=\\"${{WIFI_SSID}}\\"
    WIFI_PASSWORD=\\"${{WIFI_PASSWORD}}\\"
)
target_link_libraries({proj} pico_stdlib pico_cyw43_arch_lwip_threadsafe_background pico_lwip_mqtt)
pico_add_extra_outputs({proj})
'''


@tpl("pico_build_sh", "wifi_password", "shell", "pico_sdk")
def _t(r, v, neg):
    return r.choice(["build.sh", "scripts/build_pico_w.sh"]), f'''#!/bin/bash
set -e
export PICO_SDK_PATH=${{PICO_SDK_PATH:-$HOME/pico/pico-sdk}}
mkdir -p build && cd build
cmake -DPICO_BOARD=pico_w -DWIFI_SSID="{r.choice(SSIDS)}" -DWIFI_PASSWORD='{v}' ..
make -j$(nproc)
cp *.uf2 /media/$USER/RPI-RP2/ 2>/dev/null || echo "copy the uf2 manually"
'''


@tpl("freertos_clientcredential_h", "wifi_password", "c", "freertos")
def _t(r, v, neg):
    return r.choice(["demos/include/aws_clientcredential.h", "config/aws_clientcredential.h"]), f'''#ifndef __AWS_CLIENTCREDENTIAL__H__
#define __AWS_CLIENTCREDENTIAL__H__

/*
 * @brief MQTT Broker endpoint.
 */
#define clientcredentialMQTT_BROKER_ENDPOINT         "{rs(r, 14, 'abcdefghijklmnopqrstuvwxyz0123456789')}-ats.iot.us-west-2.amazonaws.com"

/*
 * @brief Host name.
 */
#define clientcredentialIOT_THING_NAME               "{r.choice(PROJECTS)}"

#define clientcredentialMQTT_BROKER_PORT             8883
#define clientcredentialGREENGRASS_DISCOVERY_PORT    8443

/*
 * @brief Wi-Fi network to join.
 */
#define clientcredentialWIFI_SSID                    "{r.choice(SSIDS)}"

/*
 * @brief Password needed to join Wi-Fi network.
 */
#define clientcredentialWIFI_PASSWORD                "{v}"

/**
 * @brief Security type
 */
#define clientcredentialWIFI_SECURITY                eWiFiSecurityWPA2

#endif /* ifndef __AWS_CLIENTCREDENTIAL__H__ */
'''


@tpl("freertos_clientcredential_keys_h", "private_key", "c", "aws_iot")
def _t(r, v, neg):
    body = " \\\n".join(pem_c_concat(v["type"], v["lines"], "    ")) if v["lines"] else '    ""'
    certbody = " \\\n".join(pem_c_concat("CERTIFICATE", fake_cert_lines(r), "    "))
    return r.choice(["demos/include/aws_clientcredential_keys.h", "config/aws_clientcredential_keys.h"]), f'''#ifndef AWS_CLIENT_CREDENTIAL_KEYS_H
#define AWS_CLIENT_CREDENTIAL_KEYS_H

/*
 * @brief PEM-encoded client certificate.
 */
#define keyCLIENT_CERTIFICATE_PEM \\
{certbody}

/*
 * @brief PEM-encoded issuer certificate for AWS IoT Just In Time Registration (JITR).
 */
#define keyJITR_DEVICE_CERTIFICATE_AUTHORITY_PEM  NULL

/*
 * @brief PEM-encoded client private key.
 */
#define keyCLIENT_PRIVATE_KEY_PEM \\
{body}

#endif /* AWS_CLIENT_CREDENTIAL_KEYS_H */
'''


@tpl("freertos_demo_config_mqtt", "mqtt_password", "c", "freertos")
def _t(r, v, neg):
    return r.choice(["demos/coreMQTT/demo_config.h", "source/demo_config.h"]), f'''#ifndef DEMO_CONFIG_H
#define DEMO_CONFIG_H

#define LIBRARY_LOG_NAME     "MQTTDemo"
#define LIBRARY_LOG_LEVEL    LOG_INFO

#define democonfigCLIENT_IDENTIFIER    "{r.choice(PROJECTS)}-{hexs(r, 8)}"
#define democonfigMQTT_BROKER_ENDPOINT "{r.choice(HOSTS)}"
#define democonfigMQTT_BROKER_PORT     ( 8883 )
#define democonfigCLIENT_USERNAME      "{r.choice(USERS)}"
#define democonfigCLIENT_PASSWORD      "{v}"

#define democonfigNETWORK_BUFFER_SIZE  ( 1024U )
#define democonfigDEMO_STACKSIZE       configMINIMAL_STACK_SIZE

#endif /* DEMO_CONFIG_H */
'''


@tpl("mqtt_uri_define", "mqtt_password_url", "c", "generic")
def _t(r, v, neg):
    user = r.choice(USERS)
    return r.choice(["main/config.h", "src/config.h", "Core/Inc/net_config.h"]), f'''#pragma once

#define DEVICE_NAME   "{r.choice(PROJECTS)}"
#define MQTT_URI      "mqtts://{user}:{v}@{r.choice(HOSTS)}:8883"
#define MQTT_QOS      1
#define PUBLISH_PERIOD_MS  {r.choice([5000, 10000, 60000])}
'''


# ---- Mongoose OS / ESPHome / Tasmota / Nerves -------------------------------------------------
@tpl("mos_yml_wifi", "wifi_password", "yaml", "mongoose_os")
def _t(r, v, neg):
    return "mos.yml", f'''author: {r.choice(USERS)}
description: {r.choice(PROJECTS)} firmware
version: 1.0
platform: esp32
libs_version: ${{mos.version}}
modules_version: ${{mos.version}}
mongoose_os_version: ${{mos.version}}

sources:
  - src
filesystem:
  - fs

config_schema:
  - ["wifi.sta.enable", true]
  - ["wifi.sta.ssid", "{r.choice(SSIDS)}"]
  - ["wifi.sta.pass", "{v}"]
  - ["wifi.ap.enable", false]
  - ["mqtt.enable", true]
  - ["mqtt.server", "{r.choice(HOSTS)}:1883"]

libs:
  - origin: https://github.com/mongoose-os-libs/boards
  - origin: https://github.com/mongoose-os-libs/mqtt
  - origin: https://github.com/mongoose-os-libs/wifi

manifest_version: 2017-09-29
'''


@tpl("mos_yml_mqtt", "mqtt_password", "yaml", "mongoose_os")
def _t(r, v, neg):
    return "mos.yml", f'''author: mongoose-os
description: {r.choice(PROJECTS)}
version: 1.0
platform: esp8266
sources:
  - src
config_schema:
  - ["mqtt.enable", true]
  - ["mqtt.server", "{r.choice(HOSTS)}:8883"]
  - ["mqtt.user", "{r.choice(USERS)}"]
  - ["mqtt.pass", "{v}"]
  - ["mqtt.ssl_ca_cert", "ca.pem"]
libs:
  - origin: https://github.com/mongoose-os-libs/mqtt
manifest_version: 2017-09-29
'''


@tpl("esphome_secrets_yaml", "wifi_password", "yaml", "esphome")
def _t(r, v, neg):
    return r.choice(["esphome/secrets.yaml", "secrets.yaml"]), f'''# Your Wi-Fi SSID and password
wifi_ssid: "{r.choice(SSIDS)}"
wifi_password: "{v}"
'''


@tpl("esphome_api_key", "esphome_api_key", "yaml", "esphome")
def _t(r, v, neg):
    name = r.choice(PROJECTS)
    return f"esphome/{name}.yaml", f'''esphome:
  name: {name}
  friendly_name: {name.replace('-', ' ').title()}

esp32:
  board: esp32dev
  framework:
    type: arduino

logger:

# Enable Home Assistant API
api:
  encryption:
    key: "{v}"

ota:
  - platform: esphome
    password: !secret ota_password

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password

sensor:
  - platform: dht
    pin: GPIO{r.choice([4, 5, 14])}
    temperature:
      name: "Temperature"
    update_interval: 60s
'''


@tpl("esphome_ota_password", "ota_password", "yaml", "esphome")
def _t(r, v, neg):
    name = r.choice(PROJECTS)
    return f"{name}.yaml", f'''substitutions:
  devicename: {name}

esphome:
  name: ${{devicename}}

esp8266:
  board: d1_mini

api:
  encryption:
    key: !secret api_key

ota:
  - platform: esphome
    password: "{v}"

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password
  ap:
    ssid: "${{devicename}} Fallback"

switch:
  - platform: gpio
    pin: D1
    name: "Relay"
'''


@tpl("tasmota_override_wifi", "wifi_password", "c", "tasmota")
def _t(r, v, neg):
    return "tasmota/user_config_override.h", f'''#ifndef _USER_CONFIG_OVERRIDE_H_
#define _USER_CONFIG_OVERRIDE_H_

#undef  CFG_HOLDER
#define CFG_HOLDER        {r.randint(4600, 4700)}

#undef  STA_SSID1
#define STA_SSID1         "{r.choice(SSIDS)}"
#undef  STA_PASS1
#define STA_PASS1         "{v}"

#undef  MQTT_HOST
#define MQTT_HOST         "{rnd_ip(r)}"
#undef  MQTT_PORT
#define MQTT_PORT         1883

#undef  USE_DOMOTICZ

#endif  // _USER_CONFIG_OVERRIDE_H_
'''


@tpl("tasmota_override_mqtt", "mqtt_password", "c", "tasmota")
def _t(r, v, neg):
    return "tasmota/user_config_override.h", f'''#ifndef _USER_CONFIG_OVERRIDE_H_
#define _USER_CONFIG_OVERRIDE_H_

// -- Setup your own MQTT settings  ---------------
#undef  MQTT_HOST
#define MQTT_HOST         "{r.choice(HOSTS)}"
#undef  MQTT_USER
#define MQTT_USER         "{r.choice(USERS)}"
#undef  MQTT_PASS
#define MQTT_PASS         "{v}"
#undef  MQTT_TOPIC
#define MQTT_TOPIC        "tasmota_%06X"

#undef  APP_TIMEZONE
#define APP_TIMEZONE      99

#endif  // _USER_CONFIG_OVERRIDE_H_
'''


@tpl("tasmota_backlog_md", "mqtt_password", "markdown", "tasmota")
def _t(r, v, neg):
    return r.choice(["docs/tasmota-setup.md", "SETUP.md"]), f'''## Flashing the plugs

1. `esptool.py --port /dev/ttyUSB0 write_flash -fs 1MB -fm dout 0x0 tasmota.bin`
2. Join the `tasmota-XXXX` AP and set Wi-Fi.
3. In the console paste:

    Backlog MqttHost {r.choice(HOSTS)}; MqttUser {r.choice(USERS)}; MqttPassword {v}; Topic plug_%06X; SetOption19 1

4. Apply the template from `templates/plug.json`.
'''


@tpl("nerves_target_exs", "wifi_password", "elixir", "nerves")
def _t(r, v, neg):
    return "config/target.exs", f'''import Config

config :vintage_net,
  regulatory_domain: "{r.choice(['DE', 'US', 'FR', 'GB', 'NL'])}",
  config: [
    {{"usb0", %{{type: VintageNetDirect}}}},
    {{"wlan0",
     %{{
       type: VintageNetWiFi,
       vintage_net_wifi: %{{
         networks: [
           %{{
             key_mgmt: :wpa_psk,
             ssid: "{r.choice(SSIDS)}",
             psk: "{v}"
           }}
         ]
       }},
       ipv4: %{{method: :dhcp}}
     }}}}
  ]

config :mdns_lite, host: [:hostname, "nerves"], ttl: 120
'''


@tpl("nerves_target_exs_hexpsk", "wpa_psk_hex", "elixir", "nerves")
def _t(r, v, neg):
    return "config/target.exs", f'''import Config

# psk precomputed with wpa_passphrase so the passphrase is not stored in plain text
config :vintage_net,
  config: [
    {{"wlan0",
     %{{
       type: VintageNetWiFi,
       vintage_net_wifi: %{{
         networks: [%{{key_mgmt: :wpa_psk, ssid: "{r.choice(SSIDS)}", psk: "{v}"}}]
       }},
       ipv4: %{{method: :dhcp}}
     }}}}
  ]
'''


@tpl("nerves_runtime_mqtt", "mqtt_password", "elixir", "nerves")
def _t(r, v, neg):
    return "config/runtime.exs", f'''import Config

config :{r.choice(PROJECTS).replace('-', '_')}, :mqtt,
  host: "{r.choice(HOSTS)}",
  port: 8883,
  username: "{r.choice(USERS)}",
  password: "{v}",
  client_id: "nerves-{hexs(r, 6)}"
'''


@tpl("idf_sdkconfig_hexpsk", "wpa_psk_hex", "sdkconfig", "espressif")
def _t(r, v, neg):
    lines = r.sample(SDK_BASE, r.randint(3, 8)) + ['CONFIG_EXAMPLE_WIFI_SSID="%s"' % r.choice(SSIDS),
                                                   'CONFIG_EXAMPLE_WIFI_PASSWORD="%s"' % v]
    return "sdkconfig.defaults", "\n".join(lines) + "\n"


# ---- particle / signing keys / misc -----------------------------------------------------------
@tpl("particle_flash_sh", "particle_token", "shell", "particle")
def _t(r, v, neg):
    dev = hexs(r, 24)
    return r.choice(["flash_all.sh", "scripts/ota_fleet.sh"]), f'''#!/usr/bin/env bash
# OTA flash the whole fleet via the Particle cloud API
TOKEN="{v}"
FW=target/{r.choice(['5.5.0', '4.2.0', '3.3.1'])}/argon/firmware.bin

for DEVICE in {dev} {hexs(r, 24)}; do
  curl -s -X PUT "https://api.particle.io/v1/devices/$DEVICE" \\
       -H "Authorization: Bearer $TOKEN" \\
       -F "file=@$FW"
done
'''


@tpl("particle_readme", "particle_token", "markdown", "particle")
def _t(r, v, neg):
    return "README.md", f'''# {r.choice(PROJECTS)} (Particle Boron)

Call the `setRelay` function from the command line:

```bash
curl https://api.particle.io/v1/devices/{hexs(r, 24)}/setRelay \\
  -d arg="on" \\
  -d access_token={v}
```

Build locally with `particle compile boron --saveTo firmware.bin`.
'''


@tpl("esp_secure_boot_key_pem", "signing_key", "pem", "espressif", flavor="rsa3072")
def _t(r, v, neg):
    return r.choice(["secure_boot_signing_key.pem", "keys/secure_boot_signing_key.pem"]), pem_block(v["type"], v["lines"]) + "\n"


@tpl("mcuboot_ec_key_pem", "signing_key", "pem", "mcuboot", flavor="p8ec")
def _t(r, v, neg):
    return r.choice(["keys/root-ec-p256.pem", "boot/mcuboot/root-ec-p256.pem", "child_image/mcuboot/priv.pem"]), pem_block(v["type"], v["lines"]) + "\n"


@tpl("mcuboot_ed25519_pem", "signing_key", "pem", "mcuboot", flavor="ed25519")
def _t(r, v, neg):
    return r.choice(["keys/ed25519-signing.pem", "bootloader/keys/image-sign.pem"]), pem_block(v["type"], v["lines"]) + "\n"


@tpl("mpy_aws_key_py", "private_key", "python", "aws_iot", flavor="rsa")
def _t(r, v, neg):
    key = pem_block(v["type"], v["lines"])
    return r.choice(["certs.py", "lib/aws_certs.py"]), f'''# AWS IoT credentials for {r.choice(PROJECTS)} (MicroPython, ussl expects DER or PEM bytes)
ENDPOINT = "{rs(r, 14, 'abcdefghijklmnopqrstuvwxyz0123456789')}-ats.iot.eu-west-1.amazonaws.com"
THING = "{r.choice(PROJECTS)}"

KEY = b"""{key}
"""
'''


@tpl("zephyr_key_c_string", "private_key", "c", "aws_iot", flavor="ec")
def _t(r, v, neg):
    body = "\n".join(pem_c_concat(v["type"], v["lines"], "\t")) if v["lines"] else '\t""'
    return r.choice(["src/certs/private_key.h", "src/creds/key.h"]), f'''/* Device key for AWS IoT, registered with sec tag below */
#define AWS_SEC_TAG {r.randint(100, 200)}

static const char private_key[] =
{body};
'''


@tpl("ota_sign_py", "ota_hmac_key", "python", "ota")
def _t(r, v, neg):
    return r.choice(["tools/sign_fw.py", "scripts/sign_image.py"]), f'''#!/usr/bin/env python3
"""Append HMAC-SHA256 trailer to the firmware image before upload."""
import hashlib
import hmac
import sys

HMAC_KEY = bytes.fromhex("{v}")

def main(path):
    data = open(path, "rb").read()
    tag = hmac.new(HMAC_KEY, data, hashlib.sha256).digest()
    with open(path + ".signed", "wb") as f:
        f.write(data + tag)

if __name__ == "__main__":
    main(sys.argv[1])
'''


# ----------------------------------------------------------------------------------------------
# look-alike negative templates
NEG_T = []


def ntpl(name, ft, provider="generic", kind="lookalike"):
    def deco(f):
        NEG_T.append(dict(name=name, ft=ft, provider=provider, kind=kind, f=f))
        return f
    return deco


@ntpl("crc32_table_c", "c")
def _n(r):
    tbl = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        tbl.append(c)
    rows = ["    " + ", ".join("0x%08X" % x for x in tbl[i:i + 6]) + "," for i in range(0, 256, 6)]
    return r.choice(["components/util/crc32.c", "src/crc32.c", "Core/Src/crc.c"]), "#include <stdint.h>\n\nstatic const uint32_t crc32_table[256] = {\n" + "\n".join(rows) + "\n};\n\nuint32_t crc32(const uint8_t *p, size_t n)\n{\n    uint32_t c = 0xFFFFFFFFu;\n    while (n--) c = crc32_table[(c ^ *p++) & 0xFF] ^ (c >> 8);\n    return c ^ 0xFFFFFFFFu;\n}\n"


@ntpl("sine_table_h", "c")
def _n(r):
    n = r.choice([64, 128, 256])
    amp = r.choice([127, 2047, 32767])
    vals = [int(round(amp * math.sin(2 * math.pi * i / n))) for i in range(n)]
    rows = ["  " + ", ".join(str(x) for x in vals[i:i + 12]) + "," for i in range(0, n, 12)]
    return r.choice(["src/sine_lut.h", "include/wavetable.h"]), "// generated by tools/gen_lut.py\n#pragma once\n#include <stdint.h>\n\nconst int16_t SINE_LUT[%d] = {\n%s\n};\n" % (n, "\n".join(rows))


@ntpl("gamma_table_bytes", "c")
def _n(r):
    g = r.choice([2.2, 2.5, 2.8])
    vals = [int((i / 255.0) ** g * 255 + 0.5) for i in range(256)]
    rows = ["  " + ", ".join("0x%02X" % x for x in vals[i:i + 16]) + "," for i in range(0, 256, 16)]
    return "src/led_gamma.h", "// gamma %.1f correction for WS2812\nconst uint8_t PROGMEM gamma8[] = {\n%s\n};\n" % (g, "\n".join(rows))


@ntpl("lorawan_eui_only_conf", "conf", "lorawan")
def _n(r):
    return r.choice(["overlay-lorawan.conf", "prj.conf"]), "\n".join([
        "CONFIG_LORA=y", "CONFIG_LORAWAN=y", "CONFIG_LORAMAC_REGION_EU868=y",
        "# DevEUI / JoinEUI are printed on the module label; AppKey lives in the secure element",
        'CONFIG_APP_LORAWAN_DEV_EUI="%s"' % hexs(r, 16, True), 'CONFIG_APP_LORAWAN_JOIN_EUI="%s"' % hexs(r, 16, True),
        "CONFIG_APP_LORAWAN_USE_SE=y", "CONFIG_APP_LORAWAN_DR=3"]) + "\n"


@ntpl("lorawan_eui_header", "c", "lorawan")
def _n(r):
    return "src/lora_ids.h", f'''#pragma once
/* public identifiers, LSB first for LMIC */
static const uint8_t DEV_EUI[8]  = {{ {c_array(rbytes(r, 8))} }};
static const uint8_t JOIN_EUI[8] = {{ {c_array(rbytes(r, 8))} }};
/* AppKey is injected at provisioning time, see tools/provision.py */
extern uint8_t g_app_key[16];
'''


@ntpl("device_inventory_csv", "csv")
def _n(r):
    rows = ["serial,mac,chip_id,imei,fw_version,location"]
    for i in range(r.randint(6, 20)):
        rows.append("%s-%04d,%s,%s,%s,%s,%s" % (r.choice(["GW", "SN", "ND"]), r.randint(1, 9999), mac(r), hexs(r, 12, True),
                                                 "35%013d" % r.randint(0, 10 ** 13 - 1), "v%d.%d.%d" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 9)),
                                                 r.choice(["Halle 2", "roof", "barn", "lab", "cellar"])))
    return r.choice(["inventory/devices.csv", "docs/fleet.csv"]), "\n".join(rows) + "\n"


@ntpl("root_ca_header", "c", "aws_iot")
def _n(r):
    return r.choice(["main/certs/root_ca.h", "include/root_ca.h"]), "// Amazon Root CA 1 (public)\nconst char* root_ca = \\\n" + " \\\n".join(pem_c_concat("CERTIFICATE", fake_cert_lines(r), "  ")) + ";\n"


@ntpl("device_cert_pem", "pem", "aws_iot")
def _n(r):
    return r.choice(["main/certs/client.crt", "certs/device.pem.crt", "certs/ca.pem"]), pem_block("CERTIFICATE", fake_cert_lines(r)) + "\n"


@ntpl("mcuboot_pubkey_c", "c", "mcuboot")
def _n(r):
    d = ec_pub_der(r)
    rows = c_array(d, 8, upper=False)
    return r.choice(["boot/keys.c", "bootloader/mcuboot/keys.c"]), "/* Autogenerated by imgtool.py, do not edit. */\nconst unsigned char ecdsa_pub_key[] = {\n" + "\n".join("    " + x for x in rows) + "\n};\nconst unsigned int ecdsa_pub_key_len = %d;\n" % len(d)


@ntpl("public_key_pem", "pem", "ota")
def _n(r):
    return r.choice(["keys/ota_verify_pub.pem", "main/signing_pubkey.pem", "keys/root-ec-p256-pub.pem"]), pem_block("PUBLIC KEY", pem_lines(ec_pub_der(r))) + "\n"


@ntpl("ota_manifest_json", "json", "ota")
def _n(r):
    ver = "%d.%d.%d" % (r.randint(0, 4), r.randint(0, 30), r.randint(0, 20))
    img = rbytes(r, 64)
    return r.choice(["ota/manifest.json", "releases/latest.json"]), json.dumps({
        "version": ver, "board": r.choice(["esp32-s3", "nrf9160dk", "pico_w"]),
        "url": "https://fw.example-iot.net/%s/firmware-%s.bin" % (r.choice(PROJECTS), ver),
        "size": r.randint(300000, 1900000), "sha256": hashlib.sha256(img).hexdigest(),
        "signature": base64.b64encode(rbytes(r, 64)).decode(), "min_bootloader": "1.2.0"}, indent=2) + "\n"


@ntpl("idf_dependencies_lock", "yaml", "espressif")
def _n(r):
    comps = r.sample(["espressif/mdns", "espressif/esp_websocket_client", "espressif/led_strip", "espressif/cjson", "espressif/esp-dsp", "espressif/button"], 3)
    out = ["dependencies:"]
    for c in comps:
        out += ["  %s:" % c, "    component_hash: %s" % hexs(r, 64), "    dependencies:", "    - name: idf", "      require: private", "      version: '>=4.4'",
                "    source:", "      registry_url: https://components.espressif.com/", "      type: service", "    version: %d.%d.%d" % (r.randint(1, 3), r.randint(0, 9), r.randint(0, 9))]
    out += ["  idf:", "    source:", "      type: idf", "    version: 5.2.1", "manifest_hash: %s" % hexs(r, 64), "target: esp32s3", "version: 2.0.0"]
    return "dependencies.lock", "\n".join(out) + "\n"


@ntpl("idf_component_yml", "yaml", "espressif")
def _n(r):
    return "main/idf_component.yml", f'''## IDF Component Manager Manifest File
dependencies:
  espressif/led_strip: "^{r.randint(2, 3)}.{r.randint(0, 5)}.0"
  espressif/mdns: "^1.{r.randint(1, 4)}.0"
  espressif/esp-tflite-micro:
    version: "~1.3.1"
  idf:
    version: ">=5.0"
'''


@ntpl("sdkconfig_key_paths", "sdkconfig", "espressif")
def _n(r):
    lines = r.sample(SDK_BASE, 6) + ["CONFIG_SECURE_SIGNED_APPS_NO_SECURE_BOOT=y", "CONFIG_SECURE_SIGNED_ON_UPDATE_NO_SECURE_BOOT=y",
                                     "CONFIG_SECURE_BOOT_SIGNING_KEY=\"secure_boot_signing_key.pem\"",
                                     "CONFIG_SECURE_FLASH_ENC_ENABLED=y", "CONFIG_SECURE_FLASH_ENCRYPTION_MODE_RELEASE=y",
                                     'CONFIG_APP_PROJECT_VER="%d.%d.%d-%s"' % (r.randint(0, 3), r.randint(0, 9), r.randint(0, 9), hexs(r, 7)),
                                     'CONFIG_ESP_WIFI_PASSWORD=""', "# CONFIG_ESP_WIFI_ENABLE_WPA3_SAE is not set"]
    r.shuffle(lines)
    return "sdkconfig", "\n".join(lines) + "\n"


@ntpl("c_kconfig_symbols", "c", "espressif")
def _n(r):
    return r.choice(["main/wifi_station.c", "main/station_example_main.c"]), '''#include "esp_wifi.h"
#include "sdkconfig.h"

#define EXAMPLE_ESP_WIFI_SSID      CONFIG_ESP_WIFI_SSID
#define EXAMPLE_ESP_WIFI_PASS      CONFIG_ESP_WIFI_PASSWORD
#define EXAMPLE_ESP_MAXIMUM_RETRY  CONFIG_ESP_MAXIMUM_RETRY

void wifi_init_sta(void)
{
    wifi_config_t wifi_config = {
        .sta = {
            .ssid = EXAMPLE_ESP_WIFI_SSID,
            .password = EXAMPLE_ESP_WIFI_PASS,
            .threshold.authmode = WIFI_AUTH_WPA2_PSK,
        },
    };
    ESP_ERROR_CHECK(esp_wifi_set_config(WIFI_IF_STA, &wifi_config));
}
'''


@ntpl("aes_test_vectors", "c", "test")
def _n(r):
    return r.choice(["test/test_aes_cmac.c", "tests/crypto/test_vectors.c"]), '''/* Test vectors from FIPS-197 Appendix C and RFC 4493 section 4 */
#include "unity.h"

static const uint8_t fips197_key[16] = {
    0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f
};
static const uint8_t fips197_pt[16] = {
    0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff
};
static const uint8_t fips197_ct[16] = {
    0x69, 0xc4, 0xe0, 0xd8, 0x6a, 0x7b, 0x04, 0x30, 0xd8, 0xcd, 0xb7, 0x80, 0x70, 0xb4, 0xc5, 0x5a
};

/* RFC 4493 */
static const char *cmac_key_hex = "2b7e151628aed2a6abf7158809cf4f3c";
static const char *cmac_tag_empty = "bb1d6929e95937287fa37d129b756746";

void test_aes_fips197(void)
{
    uint8_t out[16];
    aes128_encrypt(fips197_key, fips197_pt, out);
    TEST_ASSERT_EQUAL_HEX8_ARRAY(fips197_ct, out, 16);
}
'''


@ntpl("hmac_rfc4231_test", "python", "test")
def _n(r):
    return "tests/test_ota_hmac.py", '''"""RFC 4231 test case 1/2 for the OTA trailer code."""
import hmac, hashlib

def test_case_1():
    key = bytes.fromhex("0b" * 20)
    data = b"Hi There"
    assert hmac.new(key, data, hashlib.sha256).hexdigest() == \\
        "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"

def test_case_2():
    key = b"Jefe"
    data = b"what do ya want for nothing?"
    assert hmac.new(key, data, hashlib.sha256).hexdigest() == \\
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
'''


@ntpl("ble_uuid_header", "c", "ble")
def _n(r):
    def u():
        return "%s-%s-%s-%s-%s" % (hexs(r, 8), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 12))
    return r.choice(["src/ble_uuids.h", "main/gatt_svc.h"]), f'''#pragma once
// custom GATT service for {r.choice(PROJECTS)}
#define SERVICE_UUID        "{u()}"
#define CHAR_TEMP_UUID      "{u()}"
#define CHAR_HUMIDITY_UUID  "{u()}"
#define CHAR_CONFIG_UUID    "{u()}"
#define DEVICE_NAME_PREFIX  "{r.choice(PROJECTS)}-"
'''


@ntpl("build_info_header", "c")
def _n(r):
    return r.choice(["include/build_info.h", "src/version.h"]), f'''// generated by scripts/gen_version.py - do not edit
#pragma once
#define FW_VERSION       "{r.randint(0, 3)}.{r.randint(0, 20)}.{r.randint(0, 9)}"
#define FW_GIT_SHA       "{hexs(r, 40)}"
#define FW_GIT_SHORT     "{hexs(r, 7)}"
#define FW_BUILD_ID      "{hexs(r, 40)}"
#define FW_BUILD_TIME    {r.randint(1690000000, 1730000000)}
'''


@ntpl("esphome_all_secret_refs", "yaml", "esphome")
def _n(r):
    name = r.choice(PROJECTS)
    return f"esphome/{name}.yaml", f'''esphome:
  name: {name}

esp32:
  board: esp32-c3-devkitm-1

api:
  encryption:
    key: !secret api_encryption_key

ota:
  - platform: esphome
    password: !secret ota_password

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password

mqtt:
  broker: {r.choice(HOSTS)}
  username: !secret mqtt_user
  password: !secret mqtt_password
'''


@ntpl("pio_sysenv_refs", "ini", "platformio")
def _n(r):
    env, plat, board = pio_env(r)
    return "platformio.ini", f'''[env:{env}]
platform = {plat}
board = {board}
framework = arduino
build_flags =
    -DWIFI_SSID=\\"${{sysenv.WIFI_SSID}}\\"
    -DWIFI_PASS=\\"${{sysenv.WIFI_PASS}}\\"
    -DMQTT_PASS=\\"${{sysenv.MQTT_PASS}}\\"
    -DFW_VERSION=\\"{r.randint(1, 3)}.{r.randint(0, 9)}.{r.randint(0, 9)}\\"
extra_scripts = pre:scripts/load_env.py
'''


@ntpl("nerves_env_refs", "elixir", "nerves")
def _n(r):
    return "config/target.exs", '''import Config

config :vintage_net,
  config: [
    {"wlan0",
     %{
       type: VintageNetWiFi,
       vintage_net_wifi: %{
         networks: [
           %{key_mgmt: :wpa_psk, ssid: System.get_env("NERVES_WIFI_SSID"), psk: System.get_env("NERVES_WIFI_PASSPHRASE")}
         ]
       },
       ipv4: %{method: :dhcp}
     }}
  ]

config :nerves_ssh, authorized_keys: [File.read!(Path.join(System.user_home!(), ".ssh/id_ed25519.pub"))]
'''


@ntpl("mpy_secrets_import", "python", "micropython")
def _n(r):
    return "main.py", f'''import network, time
from secrets import secrets   # secrets.py is in .gitignore

wlan = network.WLAN(network.STA_IF)
wlan.active(True)
wlan.connect(secrets["ssid"], secrets["password"])
while not wlan.isconnected():
    time.sleep(0.5)
print("connected", wlan.ifconfig(), "mac", "{mac(r)}")
'''


@ntpl("zephyr_dts_overlay", "devicetree")
def _n(r):
    return r.choice(["boards/nrf52840dk_nrf52840.overlay", "app.overlay"]), f'''/ {{
    aliases {{
        lora0 = &lora;
    }};
}};

&spi1 {{
    status = "okay";
    cs-gpios = <&gpio0 {r.randint(2, 30)} GPIO_ACTIVE_LOW>;
    lora: lora@0 {{
        compatible = "semtech,sx1276";
        reg = <0>;
        reset-gpios = <&gpio0 {r.randint(2, 30)} GPIO_ACTIVE_LOW>;
        dio-gpios = <&gpio0 {r.randint(2, 30)} (GPIO_PULL_DOWN | GPIO_ACTIVE_HIGH)>;
        spi-max-frequency = <1000000>;
        power-amplifier-output = "pa-boost";
    }};
}};

&flash0 {{
    partitions {{
        storage_partition: partition@{hexs(r, 5)} {{
            label = "storage";
            reg = <0x000f8000 0x00008000>;
        }};
    }};
}};
'''


@ntpl("partitions_csv", "csv", "espressif")
def _n(r):
    return "partitions.csv", '''# ESP-IDF Partition Table
# Name,   Type, SubType, Offset,  Size, Flags
nvs,      data, nvs,     0x9000,  0x6000,
otadata,  data, ota,     0xf000,  0x2000,
phy_init, data, phy,     0x11000, 0x1000,
nvs_key,  data, nvs_keys,0x12000, 0x1000, encrypted
ota_0,    app,  ota_0,   0x20000, 0x1E0000,
ota_1,    app,  ota_1,   0x200000,0x1E0000,
'''


@ntpl("bitmap_logo", "c")
def _n(r):
    w, h = r.choice([(32, 32), (64, 32), (48, 48)])
    data = rbytes(r, w * h // 8)
    rows = c_array(data, 16, upper=False)
    return r.choice(["src/logo.h", "include/bitmaps.h"]), "// %dx%d, 1bpp, generated with image2cpp\nconst unsigned char logo_bmp[] PROGMEM = {\n%s\n};\n" % (w, h, "\n".join("  " + x for x in rows))


@ntpl("tls_fingerprint", "ino", "generic")
def _n(r):
    fp = " ".join(hexs(r, 2, True) for _ in range(20))
    return f"{r.choice(PROJECTS)}/https_get.ino", f'''#include <ESP8266WiFi.h>
#include <WiFiClientSecure.h>

const char* host = "api.github.com";
const int httpsPort = 443;
// SHA1 fingerprint of the certificate (public, changes on renewal)
const char fingerprint[] PROGMEM = "{fp}";

void fetch() {{
  WiFiClientSecure client;
  client.setFingerprint(fingerprint);
  client.connect(host, httpsPort);
}}
'''


@ntpl("espefuse_summary_log", "markdown", "espressif")
def _n(r):
    return "docs/secure-boot-notes.md", f'''# Secure boot v2 notes

Public key digest burned on the first batch (`espsecure.py digest_sbv2_public_key --keyfile keys/pub.pem`):

```
BLOCK_KEY0 (BLOCK4)  Purpose: SECURE_BOOT_DIGEST0
   = {" ".join(hexs(r, 2) for _ in range(32))} R/-
```

Signing happens on the HSM box; the private key never leaves it.
App image SHA-256 of release {r.randint(1, 3)}.{r.randint(0, 9)}.0: `{hexs(r, 64)}`
'''


@ntpl("encrypted_blob_json", "json", "generic")
def _n(r):
    return "provisioning/wifi_blob.json", json.dumps({
        "format": "aes-256-gcm/device-unique-key", "kid": "efuse-block-key1",
        "iv": base64.b64encode(rbytes(r, 12)).decode(), "tag": base64.b64encode(rbytes(r, 16)).decode(),
        "ciphertext": base64.b64encode(rbytes(r, r.randint(48, 120))).decode()}, indent=2) + "\n"


@ntpl("mqtt_client_ids_yaml", "yaml", "generic")
def _n(r):
    out = ["# MQTT client ids per node (not secret, used for ACL matching)", "nodes:"]
    for i in range(r.randint(4, 10)):
        out += ["  - name: %s-%02d" % (r.choice(PROJECTS), i), "    client_id: %s" % ("esp32-" + hexs(r, 12)), "    mac: \"%s\"" % mac(r), "    topic: site/%s/%02d" % (r.choice(["a", "b", "c"]), i)]
    return "deploy/nodes.yaml", "\n".join(out) + "\n"


@ntpl("tasmota_template_json", "json", "tasmota")
def _n(r):
    return "templates/plug.json", json.dumps({"NAME": r.choice(["Gosund SP111", "Sonoff S26", "Nous A1T"]),
                                              "GPIO": [r.choice([0, 32, 56, 224, 288, 320, 2624]) for _ in range(14)],
                                              "FLAG": 0, "BASE": r.choice([18, 45, 1])}) + "\n"


@ntpl("flash_script_paths", "shell", "espressif")
def _n(r):
    return r.choice(["scripts/flash_secure.sh", "flash.sh"]), f'''#!/bin/bash
set -e
PORT=${{1:-/dev/ttyUSB0}}
idf.py build
espsecure.py sign_data --version 2 --keyfile "$SIGNING_KEY_PATH" --output build/app-signed.bin build/{r.choice(PROJECTS)}.bin
esptool.py --chip esp32s3 -p "$PORT" -b 921600 write_flash 0x0 build/bootloader/bootloader.bin 0x8000 build/partition_table/partition-table.bin 0x20000 build/app-signed.bin
sha256sum build/app-signed.bin
'''


@ntpl("imgtool_sign_cmake", "cmake", "mcuboot")
def _n(r):
    return "CMakeLists.txt", f'''cmake_minimum_required(VERSION 3.20.0)
set(SB_CONFIG_BOOT_SIGNATURE_KEY_FILE "${{CMAKE_CURRENT_LIST_DIR}}/keys/root-ec-p256.pem")
find_package(Zephyr REQUIRED HINTS $ENV{{ZEPHYR_BASE}})
project({r.choice(PROJECTS).replace('-', '_')})
target_sources(app PRIVATE src/main.c src/sensors.c)
# image version {r.randint(0, 3)}.{r.randint(0, 9)}.{r.randint(0, 9)}+{r.randint(0, 99)}
'''


@ntpl("ncs_nrfcloud_prj_conf", "conf", "nordic")
def _n(r):
    return "prj.conf", "\n".join(r.sample(ZEP_BASE, 5) + [
        "CONFIG_NRF_CLOUD_MQTT=y", "CONFIG_NRF_CLOUD_CLIENT_ID_SRC_IMEI=y", "CONFIG_NRF_CLOUD_SEC_TAG=%d" % r.randint(16842753, 16842760),
        "CONFIG_MODEM_KEY_MGMT=y", 'CONFIG_AZURE_IOT_HUB_HOSTNAME="%s.azure-devices.net"' % r.choice(PROJECTS),
        'CONFIG_AZURE_IOT_HUB_DPS_ID_SCOPE="0ne00%s"' % rs(r, 6, UPPER_NUM), "CONFIG_AZURE_IOT_HUB_SEC_TAG=%d" % r.randint(10, 99)]) + "\n"


@ntpl("circuitpy_settings_nosecret", "toml", "circuitpython")
def _n(r):
    return "settings.toml", f'''# secrets are provisioned via the web workflow, not committed
CIRCUITPY_WEB_API_PORT = 80
ADAFRUIT_AIO_USERNAME = "{r.choice(USERS)}"
AIO_FEED = "{r.choice(PROJECTS)}.humidity"
TZ = "Europe/Berlin"
DEVICE_ID = "{hexs(r, 16)}"
'''


@ntpl("firmware_readme_md", "markdown", "generic")
def _n(r):
    proj = r.choice(PROJECTS)
    return "README.md", f'''# {proj}

Firmware for the {proj} node (ESP32-C3).

## Configure

Run `idf.py menuconfig` and set **Example Configuration → WiFi SSID / WiFi Password**.
Never commit `sdkconfig` with credentials; use `sdkconfig.defaults` plus `CONFIG_ESP_WIFI_PASSWORD` from CI.

## Releases

| version | sha256 |
|---|---|
| {r.randint(1, 2)}.{r.randint(0, 9)}.0 | `{hexs(r, 64)}` |
| {r.randint(1, 2)}.{r.randint(0, 9)}.1 | `{hexs(r, 64)}` |

Device MAC prefix: `{mac(r)[:8]}`
'''


@ntpl("azure_x509_thumbprint", "c", "azure_iot_hub")
def _n(r):
    return "src/azure_x509_config.h", f'''#pragma once
// X.509 self-signed auth: the hub stores these thumbprints (public)
#define AZ_HUB_HOST            "{r.choice(PROJECTS)}.azure-devices.net"
#define AZ_DEVICE_ID           "{r.choice(PROJECTS)}-{r.randint(1, 99)}"
#define AZ_PRIMARY_THUMBPRINT  "{hexs(r, 40, True)}"
#define AZ_SECONDARY_THUMBPRINT "{hexs(r, 40, True)}"
#define AZ_DPS_ID_SCOPE        "0ne00{rs(r, 6, UPPER_NUM)}"
'''


@ntpl("pico_cmake_env_refs", "cmake", "pico_sdk")
def _n(r):
    proj = r.choice(PROJECTS).replace("-", "_")
    return "CMakeLists.txt", f'''cmake_minimum_required(VERSION 3.13)
include(pico_sdk_import.cmake)
project({proj} C CXX ASM)
pico_sdk_init()
if (NOT DEFINED ENV{{WIFI_PASSWORD}})
  message(FATAL_ERROR "export WIFI_SSID and WIFI_PASSWORD before configuring")
endif()
add_executable({proj} main.c)
target_compile_definitions({proj} PRIVATE WIFI_SSID=\\"$ENV{{WIFI_SSID}}\\" WIFI_PASSWORD=\\"$ENV{{WIFI_PASSWORD}}\\")
target_link_libraries({proj} pico_stdlib pico_cyw43_arch_lwip_threadsafe_background)
pico_add_extra_outputs({proj})
'''


@ntpl("mbed_app_trace", "json", "mbed")
def _n(r):
    return "mbed_app.json", json.dumps({"target_overrides": {"*": {"mbed-trace.enable": True, "platform.stdio-baud-rate": 115200,
                                                                   "lora.device-eui": "{ %s }" % c_array(rbytes(r, 8)),
                                                                   "lora.application-eui": "{ %s }" % c_array(rbytes(r, 8)),
                                                                   "lora.application-key": "{ 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 }"}}}, indent=4) + "\n"


@ntpl("golioth_runtime_settings_conf", "conf", "golioth")
def _n(r):
    return "prj.conf", "\n".join(r.sample(ZEP_BASE, 4) + ["CONFIG_GOLIOTH_SAMPLE_HARDCODED_CREDENTIALS=n", "CONFIG_GOLIOTH_SAMPLE_PSK_SETTINGS=y",
                                                         "CONFIG_GOLIOTH_SAMPLE_SETTINGS_AUTOLOAD=y", "CONFIG_GOLIOTH_SAMPLE_SETTINGS_SHELL=y",
                                                         "# credentials: settings set golioth/psk-id <id>; settings set golioth/psk <psk>"]) + "\n"


# ----------------------------------------------------------------------------------------------
FT_FROM_EXT = {}


def render_pos(r, t, neg):
    v = gen_value(r, t["kind"], neg, t.get("flavor"))
    path, text = t["f"](r, v, neg)
    if isinstance(v, dict):
        needle = v["lines"][0] if (v["lines"] and not neg) else None
    else:
        needle = v
    return path, text, needle


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_ly.py OUTDIR SEED\n")
        sys.exit(2)
    out = sys.argv[1]
    seed = int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    seen = set()
    files = {}

    # positives: every template once (shuffled), then random picks; .env capped at 1/20
    order = list(range(len(POS_T)))
    r.shuffle(order)
    picks = list(order)
    env_count = sum(1 for i in picks if POS_T[i]["env"])
    while len(picks) < 500:
        i = r.randrange(len(POS_T))
        if POS_T[i]["env"]:
            if env_count >= 20:
                continue
            env_count += 1
        picks.append(i)
    r.shuffle(picks)
    for n, ti in enumerate(picks):
        t = POS_T[ti]
        for _ in range(50):
            path, text, needle = render_pos(r, t, False)
            if needle and needle not in seen:
                break
        assert needle and needle not in seen, (t["name"], needle)
        seen.add(needle)
        line = None
        for ln, s in enumerate(text.split("\n"), 1):
            if needle in s:
                line = ln
                break
        assert line is not None, t["name"]
        rel = "pos/p%04d/%s" % (n, path)
        files[rel] = text
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": t["ft"], "template": t["name"]})
        secrets.append({"file": rel, "needle": needle, "line": line})

    # negatives: 250 placeholder versions of positive templates, 250 look-alikes
    negs = []
    porder = list(range(len(POS_T)))
    r.shuffle(porder)
    while len(porder) < 250:
        porder.append(r.randrange(len(POS_T)))
    for ti in porder[:250]:
        t = POS_T[ti]
        path, text, _ = render_pos(r, t, True)
        negs.append((path, text, t["provider"], t["kind"] + "_placeholder", t["ft"], t["name"] + "__neg"))
    norder = list(range(len(NEG_T)))
    r.shuffle(norder)
    while len(norder) < 250:
        norder.append(r.randrange(len(NEG_T)))
    for ti in norder[:250]:
        t = NEG_T[ti]
        path, text = t["f"](r)
        negs.append((path, text, t["provider"], t["kind"], t["ft"], t["name"]))
    r.shuffle(negs)
    for n, (path, text, prov, kind, ft, name) in enumerate(negs):
        base = os.path.basename(path)
        assert not (base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample"))), path
        rel = "neg/n%04d/%s" % (n, path)
        files[rel] = text
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ft, "template": name})

    # safety: no positive needle inside a negative
    negtext = "\n".join(t for k, t in files.items() if k.startswith("neg/"))
    for s in secrets:
        assert s["needle"] not in negtext, s
    for rel, text in files.items():
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    # verify needles on lines
    for s in secrets:
        with open(os.path.join(out, s["file"]), encoding="utf-8") as f:
            assert s["needle"] in f.read().split("\n")[s["line"] - 1]


if __name__ == "__main__":
    main()
