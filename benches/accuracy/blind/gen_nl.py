#!/usr/bin/env python3
"""Blind evaluation-set generator "nl": LoRaWAN and low-power wide-area IoT.

EMPHASIS
    LoRaWAN / LPWAN device and network-server credentials as developers and
    operators commit them: The Things Stack / TTN (ttn-lw-cli scripts, end-device
    JSON with root_keys / session keys, NNSXS API keys in MQTT clients, mosquitto
    bridges, Telegraf, Home Assistant, Node-RED), TTN v2 access keys, ChirpStack
    v3/v4 (chirpstack.toml, gateway-bridge / mqtt-forwarder toml, API tokens (JWT)
    in gRPC/REST clients, device keys via API, docker-compose, Helm, k8s),
    LoRa Basics Station (tc.key / cups.key with bearer tokens or EC private keys),
    Arduino / MCCI LMIC sketches and LMIC-node headers (C byte arrays, MSB AppKey),
    RadioLib, Zephyr and LoRaMac-node headers, Heltec / MKRWAN / Pycom / Rust
    firmware, RAK / Seeed / Heltec / RN2483 AT-command scripts, Helium console,
    Sigfox API credentials, Soracom / Hologram / 1NCE cellular IoT, Actility
    ThingPark, Loriot, LoRa Cloud, AWS IoT Core for LoRaWAN, provisioning CSVs,
    CI workflows, systemd units, notebooks, READMEs.
    File types: .ino .h .c .rs .java .go .py .js .json .yaml .toml .conf .ini .csv
    .sh .txt .md .ipynb .service .key, one rare .env.

USAGE
    python3 -B gen_nl.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Standard library only; all
    randomness from random.Random(SEED); output is byte-identical per seed.

NEEDLE CONVENTIONS
    * 16-byte LoRaWAN keys written as hex strings: the hex string (no quotes).
    * Keys written as C / Rust / Python byte arrays: the array body exactly as
      written between the braces/brackets, e.g. "0x2B, 0x7E, ..., 0x3C".
    * API keys / tokens: the full token incl. prefix (NNSXS., ttn-account-v2.,
      secret-, eyJ... JWT).  In headers only the token value; in URLs with a
      token query parameter the token; in URLs with user:pass@ the password.
    * PEM private keys (Basics Station tc.key / cups.key): first base64 body line.
    * Passwords (MQTT, Postgres, portal API users): the password itself.

NEGATIVES
    ~half re-use the positive templates with the secret slot holding
    placeholders (YOUR_APP_KEY, <api-key>, FILLMEIN, xxxx, changeme, "hier
    eintragen", "a_completer"...), empty values, masked values (****,
    [REDACTED]), env / template references of the file type (${VAR},
    {{ .Values.x }}, ${{ secrets.X }}, {{ vault_x }}, os.environ[...],
    process.env.X, System.getenv(...)), all-zero keys and
    documented example values (LoRaMac/Zephyr AES test key 2B7E1516...,
    the TTI documentation example API key, ChirpStack "you-must-replace-this").
    The other half are domain look-alikes: packet-forwarder configs with
    gateway EUIs, station.conf, PEM certificates and public keys, TTN/ChirpStack
    uplink JSON (base64 frm_payload, MIC, session_key_id), payload decoders with
    hex test vectors, DevEUI/JoinEUI/DevAddr lists, frequency plans, device
    repository YAML, checksums, image digests, lockfile integrity hashes,
    mosquitto password *hashes*, SIM ICCID/IMSI inventories, Sigfox callback
    templates, Helium hotspot addresses, TTN API key *ids* listings.  No negative
    is written to a .env/.env.<stage> file.

FORMATS CHECKED
    * TTS API key: NNSXS.<39 base32>.<52 base32> - TTI docs "API / Concepts /
      Authentication" (token-type NNSXS, token-id 39, token-secret 52).
    * Basics Station *.key: either a PEM private key matching *.cert or an
      Authorization header value - Semtech "LoRa Basics Station / Credentials".
    * ttn-lw-cli flags (--root-keys.app-key.key, end-devices create) and
      session key field names (app_s_key, f_nwk_s_int_key) - TTS CLI reference
      and my knowledge of the TTS API.
    * LMIC byte order (DEVEUI/APPEUI LSB, APPKEY MSB), RadioLib, Zephyr,
      LoRaMac-node, RAK/Seeed AT commands, RN2483 "mac set appkey": knowledge.
    * ChirpStack v4 API token = HS256 JWT {aud,iss:"chirpstack",sub,typ:"key"},
      v3 = {aud/iss:"as", sub:"api_key", api_key_id}: knowledge.
DOUBTS
    * Helium console API key alphabet/length (used base64 of 32 bytes).
    * Soracom AuthKey "secret-" + 64 alnum, AuthKeyId "keyId-" + 32 alnum.
    * Hologram API key (used 30-32 alnum), LoRa Cloud token ("AQEA" + base64),
      Loriot app token (base64 with embedded server name), Sigfox API login 24
      hex / password 32 hex, TTN v2 access key "ttn-account-v2." + 43 b64url.
"""
import base64
import json
import os
import random
import re
import sys

# --------------------------------------------------------------------------
# primitive generators
# --------------------------------------------------------------------------
B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def rhex(r, n, upper=False):
    s = rbytes(r, n).hex()
    return s.upper() if upper else s


def ralnum(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def b32(b):
    return base64.b32encode(b).decode().rstrip("=")


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64(b):
    return base64.b64encode(b).decode()


def ruuid(r):
    h = rhex(r, 16)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def carr(r, b=None, n=16, style=None):
    b = b if b is not None else rbytes(r, n)
    style = style if style is not None else r.randrange(4)
    if style == 0:
        return ", ".join("0x%02X" % x for x in b)
    if style == 1:
        return ", ".join("0x%02x" % x for x in b)
    if style == 2:
        return ",".join("0x%02X" % x for x in b)
    return ", ".join("0x%02X" % x for x in b)


# ---- secrets --------------------------------------------------------------
def g_hexu(r):
    return rhex(r, 16, True)


def g_hexl(r):
    return rhex(r, 16, False)


def g_hexany(r):
    return rhex(r, 16, r.random() < 0.6)


def g_carr(r):
    return carr(r)


def g_ttn(r):
    return "NNSXS." + b32(rbytes(r, 24)) + "." + b32(rbytes(r, 32))


def g_ttnv2(r):
    return "ttn-account-v2." + b64u(rbytes(r, 32))


def _jwt(r, payload):
    h = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64u(rbytes(r, 32))


def g_cs4(r):
    return _jwt(r, {"aud": "chirpstack", "iss": "chirpstack", "sub": ruuid(r), "typ": "key"})


def g_cs3(r):
    nbf = 1546300800 + r.randrange(120000000)
    return _jwt(r, {"api_key_id": ruuid(r), "aud": "as", "iss": "as", "nbf": nbf, "sub": "api_key"})


def g_b64_32(r):
    return b64(rbytes(r, 32))


def g_hex64(r):
    return rhex(r, 32)


WORDS = ["Gateway", "Kiel", "Murmel", "Falke", "Nordlicht", "Ostsee", "Tulpe", "Brise", "Otter",
         "Lorawan", "Antenne", "Zander", "Wetter", "Sensor", "Funk", "Moulin", "Pluie", "Raton",
         "Hormiga", "Viento", "Lampo", "Koala", "Fjord", "Tundra", "Basalt", "Quarz", "Pinguin"]
SYMS = "!*-_.+"


def g_password(r):
    st = r.randrange(5)
    if st == 0:
        s = r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz") + ralnum(r, r.randint(13, 21), ALNUM + SYMS)
    elif st == 1:
        s = r.choice(WORDS) + str(r.randint(10, 9999)) + r.choice(SYMS) + r.choice(WORDS).lower()[:4] + ralnum(r, 3)
    elif st == 2:
        s = ralnum(r, r.randint(20, 32))
    elif st == 3:
        s = r.choice("abcdefghijkmnpqrstuvwxyz") + b64u(rbytes(r, 18))
    else:
        s = r.choice(WORDS)[:3].lower() + ralnum(r, 4) + r.choice(SYMS) + ralnum(r, 5) + str(r.randint(0, 99))
    if not re.search(r"\d", s):
        s += str(r.randint(1, 9))
    if not re.search(r"[A-Za-z]", s):
        s = "k" + s
    return s


def g_helium(r):
    return b64(rbytes(r, 32))


def g_sigfox_pw(r):
    return rhex(r, 16)


def g_soracom(r):
    return "secret-" + ralnum(r, 64)


def g_hologram(r):
    return ralnum(r, r.choice([30, 32]))


def g_loriot(r):
    srv = r.choice([b"eu1.loriot.io", b"eu2.loriot.io", b"us1.loriot.io", b"ap3.loriot.io", b"as1.loriot.io"])
    raw = rbytes(r, 4) + bytes([0, 0, 0, len(srv)]) + srv + rbytes(r, 16)
    return b64(raw)


def g_loracloud(r):
    return "AQEA" + b64(rbytes(r, 36)).rstrip("=")


def g_ecpem(r):
    oid = bytes.fromhex("a00a06082a8648ce3d030107")
    der = bytes.fromhex("30770201010420") + rbytes(r, 32) + oid + bytes.fromhex("a14403420004") + rbytes(r, 64)
    body = b64(der)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return lines


GEN = {
    "hexu": g_hexu, "hexl": g_hexl, "hexany": g_hexany, "carr": g_carr, "ttn": g_ttn,
    "ttnv2": g_ttnv2, "cs4": g_cs4, "cs3": g_cs3, "b64_32": g_b64_32, "hex64": g_hex64,
    "pw": g_password, "helium": g_helium, "sigfoxpw": g_sigfox_pw, "soracom": g_soracom,
    "hologram": g_hologram, "loriot": g_loriot, "loracloud": g_loracloud, "ecpem": g_ecpem,
}

# --------------------------------------------------------------------------
# companions (public values)
# --------------------------------------------------------------------------
OUIS = ["70B3D57ED0", "A84041", "AC1F09FFFE", "2CF7F1", "0080E115", "70B3D549", "00137A10", "FCC23D", "0004A30B"]


def deveui(r, upper=True):
    o = r.choice(OUIS)
    s = o + rhex(r, 8 - len(o) // 2, True)
    return s if upper else s.lower()


def joineui(r):
    return r.choice(["0000000000000000", "70B3D57ED0000000", "70B3D57ED00" + rhex(r, 3, True)[:5],
                     rhex(r, 8, True), "A840410000000101", "0101010101010101"])


def devaddr(r):
    return r.choice(["26", "27", "26", "00", "01", "48"]) + rhex(r, 3, True)


def gweui(r):
    return r.choice(["B827EBFFFE", "AC1F09FFFE", "0016C001FF", "A84041FFFF", "DCA632FFFE", "58A0CBFFFE"]) + rhex(r, 3, True)


def lsb_carr(hexs, style=0):
    b = bytes.fromhex(hexs)[::-1]
    return carr(None, b, style=style)


def msb_carr(hexs, style=0):
    return carr(None, bytes.fromhex(hexs), style=style)


NAMES = ["weather", "soil", "tracker", "parking", "watermeter", "beehive", "door", "temp", "cattle",
         "tank-level", "frost", "co2", "bin", "boat", "greenhouse", "kuehlhaus", "compteur", "riego", "serra"]
PLACES = ["kiel", "delft", "lyon", "graz", "porto", "aarhus", "gent", "brno", "turin", "leipzig", "utrecht", "bilbao"]
CLUSTERS = ["eu1", "eu1", "nam1", "au1"]
USERS = ["jdoe", "mvandenberg", "lschmidt", "pdupont", "agarcia", "kkowalski", "admin", "ops", "svc-iot", "tbakker"]


def app_id(r):
    return "%s-%s%s" % (r.choice(PLACES), r.choice(NAMES), r.choice(["", "-app", "-prod", "-test", "-%d" % r.randint(1, 9)]))


def dev_id(r):
    return "%s-%s" % (r.choice(NAMES), r.choice(["%02d" % r.randint(1, 40), rhex(r, 2), "node%d" % r.randint(1, 9)]))


def ttn_host(r):
    return "%s.cloud.thethings.network" % r.choice(CLUSTERS)


def fplan(r):
    return r.choice(["EU_863_870_TTN", "EU_863_870", "US_902_928_FSB_2", "AU_915_928_FSB_2", "AS_923"])


def ident(r, name, style):
    return name


def hdr_comment(r, pre):
    """Optional header comment block of varying length (varies needle position)."""
    opts = [
        [],
        ["%s %s" % (pre, r.choice(["TODO: move keys to secure element", "Quick test for the field trial",
                                   "copied from the TTN console", "Works with RAK4631 + WisBlock",
                                   "Prototyp fuer Feldtest", "a nettoyer avant la demo", "Do not edit below"]))],
        ["%s -----------------------------------------" % pre,
         "%s Project: %s" % (pre, app_id(r)),
         "%s Author:  %s" % (pre, r.choice(USERS)),
         "%s -----------------------------------------" % pre],
        ["%s SPDX-License-Identifier: %s" % (pre, r.choice(["MIT", "Apache-2.0", "BSD-3-Clause"])),
         "%s Copyright (c) 20%d %s" % (pre, r.randint(18, 25), r.choice(["ACME Sensing GmbH", "Farmlab BV", "J. Doe"])),
         ""],
    ]
    return "\n".join(r.choice(opts) + [""]).lstrip("\n") if True else ""


# --------------------------------------------------------------------------
# templates: fn(r, v) -> (relpath, text);  v is the literal for the secret slot
# --------------------------------------------------------------------------
TEMPLATES = []


def T(name, provider, kind, filetype, gen, fam, refs=()):
    def deco(fn):
        TEMPLATES.append(dict(name=name, provider=provider, kind=kind, filetype=filetype,
                              gen=gen, fam=fam, refs=list(refs), fn=fn))
        return fn
    return deco


# ---------------------------- firmware -------------------------------------
@T("lmic_otaa_ino", "mcci-lmic", "appkey", "arduino", "carr", "carr")
def _t(r, v):
    de, je = deveui(r), joineui(r)
    proj = r.choice(NAMES).replace("-", "_") + "_node"
    txt = hdr_comment(r, "//") + """#include <lmic.h>
#include <hal/hal.h>
#include <SPI.h>

// This EUI must be in little-endian format, so least-significant-byte
// first. When copying an EUI from ttnctl output, this means to reverse
// the bytes.
static const u1_t PROGMEM APPEUI[8] = { %s };
void os_getArtEui (u1_t* buf) { memcpy_P(buf, APPEUI, 8);}

// This should also be in little endian format, see above.
static const u1_t PROGMEM DEVEUI[8] = { %s };
void os_getDevEui (u1_t* buf) { memcpy_P(buf, DEVEUI, 8);}

// This key should be in big endian format (or, since it is not really a
// number but a block of memory, endianness does not really apply).
static const u1_t PROGMEM APPKEY[16] = { %s };
void os_getDevKey (u1_t* buf) {  memcpy_P(buf, APPKEY, 16);}

static uint8_t mydata[] = "Hello, world!";
static osjob_t sendjob;

// Schedule TX every this many seconds (might become longer due to duty
// cycle limitations).
const unsigned TX_INTERVAL = %d;

// Pin mapping
const lmic_pinmap lmic_pins = {
    .nss = %d,
    .rxtx = LMIC_UNUSED_PIN,
    .rst = %d,
    .dio = {%d, %d, %d},
};

void setup() {
    Serial.begin(115200);
    Serial.println(F("Starting %s"));
    os_init();
    LMIC_reset();
    LMIC_setLinkCheckMode(0);
    do_send(&sendjob);
}

void loop() {
    os_runloop_once();
}
""" % (lsb_carr(je), lsb_carr(de), v, r.choice([60, 120, 300, 900]), r.choice([10, 18, 8]),
       r.choice([9, 14, 4]), r.choice([2, 26, 3]), r.choice([6, 33, 7]), r.choice([7, 32, 8]), proj)
    return "firmware/%s/%s.ino" % (proj, proj), txt


@T("lmic_node_keys_h", "lmic-node", "appkey", "c-header", "carr", "carr")
def _t(r, v):
    de = deveui(r)
    txt = hdr_comment(r, "//") + """/*******************************************************************************
 *  File:         lorawan-keys.h
 *  Description:  LoRaWAN keys for device %s
 *
 *  Note: DevEUI and AppEUI in lsb format, AppKey in msb format.
 ******************************************************************************/
#pragma once

#ifndef LORAWAN_KEYS_H_
#define LORAWAN_KEYS_H_

// Optional: If DEVICEID is defined it will be used instead of the default defined in the BSF.
#define DEVICEID "%s"

// Keys required for OTAA activation:

// End-device Identifier (u1_t[8]) in lsb format
#define OTAA_DEVEUI %s

// Application Identifier (u1_t[8]) in lsb format
#define OTAA_APPEUI %s

// Application Key (u1_t[16]) in msb format
#define OTAA_APPKEY %s

#endif  // LORAWAN_KEYS_H_
""" % (dev_id(r), dev_id(r), lsb_carr(de), lsb_carr(joineui(r)), v)
    return r.choice(["keyfiles/lorawan-keys.h", "src/keyfiles/lorawan-keys.h", "include/lorawan-keys.h"]), txt


@T("radiolib_config_h", "radiolib", "appkey", "c-header", "carr", "carr")
def _t(r, v):
    de = deveui(r)
    txt = """#ifndef _RADIOLIB_EX_LORAWAN_CONFIG_H
#define _RADIOLIB_EX_LORAWAN_CONFIG_H

#include <RadioLib.h>

// first you have to set your radio model and pin configuration
SX1262 radio = new Module(%d, %d, %d, %d);

// how often to send an uplink - consider legal & FUP constraints - see notes
const uint32_t uplinkIntervalSeconds = %dUL * 60UL;

// joinEUI - previous versions of LoRaWAN called this AppEUI
// for development purposes you can use all zeros - see wiki for details
#define RADIOLIB_LORAWAN_JOIN_EUI  0x%s

// the Device EUI & two keys can be generated on the TTN console
#ifndef RADIOLIB_LORAWAN_DEV_EUI   // Replace with your Device EUI
#define RADIOLIB_LORAWAN_DEV_EUI   0x%s
#endif
#ifndef RADIOLIB_LORAWAN_APP_KEY   // Replace with your App Key
#define RADIOLIB_LORAWAN_APP_KEY   %s
#endif
#ifndef RADIOLIB_LORAWAN_NWK_KEY   // Put your Nwk Key here (LoRaWAN 1.1 only)
#define RADIOLIB_LORAWAN_NWK_KEY   0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00
#endif

// regional choices: EU868, US915, AU915, AS923, AS923_2, AS923_3, AS923_4, IN865, KR920, CN500
const LoRaWANBand_t Region = %s;
const uint8_t subBand = %d;

uint64_t joinEUI =   RADIOLIB_LORAWAN_JOIN_EUI;
uint64_t devEUI  =   RADIOLIB_LORAWAN_DEV_EUI;
uint8_t appKey[] = { RADIOLIB_LORAWAN_APP_KEY };
uint8_t nwkKey[] = { RADIOLIB_LORAWAN_NWK_KEY };

LoRaWANNode node(&radio, &Region, subBand);

#endif
""" % (r.choice([8, 10, 18]), r.choice([14, 1, 26]), r.choice([12, 2, 14]), r.choice([13, 3, 35]),
       r.choice([5, 10, 15]), joineui(r), de, v, r.choice(["EU868", "US915", "AU915"]), r.choice([0, 2]))
    return r.choice(["examples/LoRaWAN_Starter/config.h", "src/config.h", "config.h"]), txt


@T("zephyr_main_c", "zephyr", "appkey", "c", "carr", "carr")
def _t(r, v):
    de = deveui(r)
    txt = hdr_comment(r, " *").replace(" *", "/*", 1) if False else ""
    txt += """/*
 * Class A LoRaWAN sample application
 *
 * Copyright (c) 2020 Manivannan Sadhasivam <mani@kernel.org>
 *
 * SPDX-License-Identifier: Apache-2.0
 */

#include <zephyr/device.h>
#include <zephyr/lorawan/lorawan.h>
#include <zephyr/kernel.h>

/* Customize based on network configuration */
#define LORAWAN_DEV_EUI			{ %s }
#define LORAWAN_JOIN_EUI		{ %s }
#define LORAWAN_APP_KEY			{ %s }

#define DELAY K_MSEC(%d)

#define LOG_LEVEL CONFIG_LOG_DEFAULT_LEVEL
#include <zephyr/logging/log.h>
LOG_MODULE_REGISTER(lorawan_class_a);

char data[] = {'h', 'e', 'l', 'l', 'o', 'w', 'o', 'r', 'l', 'd'};

int main(void)
{
	const struct device *lora_dev;
	struct lorawan_join_config join_cfg;
	uint8_t dev_eui[] = LORAWAN_DEV_EUI;
	uint8_t join_eui[] = LORAWAN_JOIN_EUI;
	uint8_t app_key[] = LORAWAN_APP_KEY;
	int ret;

	join_cfg.mode = LORAWAN_ACT_OTAA;
	join_cfg.dev_eui = dev_eui;
	join_cfg.otaa.join_eui = join_eui;
	join_cfg.otaa.app_key = app_key;
	join_cfg.otaa.nwk_key = app_key;
	join_cfg.otaa.dev_nonce = %dU;

	LOG_INF("Joining network over OTAA");
	ret = lorawan_join(&join_cfg);
	if (ret < 0) {
		LOG_ERR("lorawan_join_network failed: %%d", ret);
		return 0;
	}
	return 0;
}
""" % (msb_carr(de), msb_carr(joineui(r)), v, r.choice([10000, 30000, 60000]), r.randint(0, 400))
    return r.choice(["samples/lorawan/class_a/src/main.c", "app/src/main.c", "src/main.c"]), txt


@T("loramac_commissioning_h", "loramac-node", "appkey", "c-header", "carr", "carr")
def _t(r, v):
    de = deveui(r)
    txt = """/*!
 * \\file      Commissioning.h
 *
 * \\brief     End device commissioning parameters
 */
#ifndef __LORA_COMMISSIONING_H__
#define __LORA_COMMISSIONING_H__

/*!
 * When set to 1 the application uses the Over-the-Air activation procedure
 * When set to 0 the application uses the Personalization activation procedure
 */
#define OVER_THE_AIR_ACTIVATION                     1

/*!
 * Indicates if the end-device is to be connected to a private or public network
 */
#define LORAWAN_PUBLIC_NETWORK                      true

/*!
 * IEEE Organizationally Unique Identifier ( OUI ) (big endian)
 */
#define IEEE_OUI                                    0x%s

/*!
 * Mote device IEEE EUI (big endian)
 */
#define LORAWAN_DEVICE_EUI                          { %s }

/*!
 * Application IEEE EUI (big endian)
 */
#define LORAWAN_APPLICATION_EUI                     { %s }

/*!
 * AES encryption/decryption cipher application key
 */
#define LORAWAN_APPLICATION_KEY                     { %s }

/*!
 * Current network ID
 */
#define LORAWAN_NETWORK_ID                          ( uint32_t )%d

/*!
 * Device address on the network (big endian)
 * ABP is not used on this board (OVER_THE_AIR_ACTIVATION = 1)
 */
#define LORAWAN_DEVICE_ADDRESS                      ( uint32_t )0x00000000

#endif // __LORA_COMMISSIONING_H__
""" % (de[:6], msb_carr(de), msb_carr(joineui(r)), v, r.choice([0, 0x13]))
    return r.choice(["src/apps/LoRaMac/classA/Commissioning.h", "Core/Inc/Commissioning.h", "app/Commissioning.h"]), txt


@T("heltec_esp32_ino", "heltec", "appkey", "arduino", "carr", "carr")
def _t(r, v):
    de = deveui(r)
    txt = hdr_comment(r, "//") + """#include "LoRaWan_APP.h"
#include "Arduino.h"

/* OTAA para*/
uint8_t devEui[] = { %s };
uint8_t appEui[] = { %s };
uint8_t appKey[] = { %s };

/* ABP para -- not used, OTAA only */
uint8_t nwkSKey[16] = { 0 };
uint8_t appSKey[16] = { 0 };
uint32_t devAddr =  ( uint32_t )0x00000000;

/*LoraWan channelsmask, default channels 0-7*/
uint16_t userChannelsMask[6]={ 0x00FF,0x0000,0x0000,0x0000,0x0000,0x0000 };

/*LoraWan region, select in arduino IDE tools*/
LoRaMacRegion_t loraWanRegion = ACTIVE_REGION;

/*LoraWan Class, Class A and Class C are supported*/
DeviceClass_t  loraWanClass = CLASS_A;

/*the application data transmission duty cycle.  value in [ms].*/
uint32_t appTxDutyCycle = %d;

/*OTAA or ABP*/
bool overTheAirActivation = true;

/*ADR enable*/
bool loraWanAdr = true;

/* Indicates if the node is sending confirmed or unconfirmed messages */
bool isTxConfirmed = %s;

/* Application port */
uint8_t appPort = %d;
""" % (msb_carr(de, 2), msb_carr(joineui(r), 2), v, r.choice([15000, 60000, 600000]),
       r.choice(["true", "false"]), r.randint(1, 20))
    n = r.choice(["CubeCell_Soil", "heltec_tracker", "LoRaWAN_OTAA", "wifi_lora32_v3"])
    return "%s/%s.ino" % (n, n), txt


@T("mkrwan_secrets_h", "arduino-mkrwan", "appkey", "c-header", "hexany", "hex")
def _t(r, v):
    txt = """// Your secret data for the MKR WAN 1310 sketch
// Copy this file to arduino_secrets.h (it's in .gitignore... or so we thought)
#define SECRET_APP_EUI "%s"
#define SECRET_APP_KEY "%s"
""" % (joineui(r), v)
    if r.random() < 0.5:
        txt = txt + "#define SECRET_SSID \"%s-iot\"\n" % r.choice(PLACES)
    return r.choice(["arduino_secrets.h", "MKRWAN_LoraSendAndReceive/arduino_secrets.h", "sketches/mkrwan/arduino_secrets.h"]), txt


@T("mkrwan_ino", "arduino-mkrwan", "appkey", "arduino", "hexany", "hex")
def _t(r, v):
    txt = hdr_comment(r, "//") + """#include <MKRWAN.h>

LoRaModem modem;

String appEui = "%s";
String appKey = "%s";

void setup() {
  Serial.begin(115200);
  while (!Serial);
  if (!modem.begin(%s)) {
    Serial.println("Failed to start module");
    while (1) {}
  };
  Serial.print("Your module version is: ");
  Serial.println(modem.version());
  Serial.print("Your device EUI is: ");
  Serial.println(modem.deviceEUI());

  int connected = modem.joinOTAA(appEui, appKey);
  if (!connected) {
    Serial.println("Something went wrong; are you indoor? Move near a window and retry");
    while (1) {}
  }
  modem.minPollInterval(60);
}

void loop() {
  modem.beginPacket();
  modem.print("%s");
  int err = modem.endPacket(true);
  delay(%d);
}
""" % (joineui(r), v, r.choice(["EU868", "US915", "AU915"]), r.choice(["HeLoRA!", "ping", "t=21.4"]), r.choice([60000, 300000]))
    n = r.choice(["LoraSendAndReceive", "mkr_weather", "mkrwan_soil"])
    return "%s/%s.ino" % (n, n), txt


@T("pycom_main_py", "pycom", "appkey", "python", "hexany", "hex")
def _t(r, v):
    txt = hdr_comment(r, "#") + """from network import LoRa
import socket
import time
import ubinascii

# Initialise LoRa in LORAWAN mode.
# Please pick the region that matches where you are using the device:
lora = LoRa(mode=LoRa.LORAWAN, region=LoRa.%s)

# create an OTAA authentication parameters, change them to the provided credentials
app_eui = ubinascii.unhexlify('%s')
app_key = ubinascii.unhexlify('%s')
#uncomment to use LoRaWAN application provided dev_eui
dev_eui = ubinascii.unhexlify('%s')

lora.join(activation=LoRa.OTAA, auth=(dev_eui, app_eui, app_key), timeout=0)

# wait until the module has joined the network
while not lora.has_joined():
    time.sleep(2.5)
    print('Not yet joined...')

print('Joined')
s = socket.socket(socket.AF_LORA, socket.SOCK_RAW)
s.setsockopt(socket.SOL_LORA, socket.SO_DR, %d)
s.setblocking(True)
s.send(bytes([0x01, 0x02, 0x03]))
""" % (r.choice(["EU868", "US915", "AU915", "AS923"]), joineui(r), v, deveui(r), r.randint(0, 5))
    return r.choice(["main.py", "lopy4/main.py", "firmware/pycom/main.py"]), txt


@T("micropython_sx126x", "micropython", "appkey", "python", "hexany", "hex")
def _t(r, v):
    txt = """# config.py - device settings for the %s node
DEV_EUI = bytes.fromhex("%s")
JOIN_EUI = bytes.fromhex("%s")
APP_KEY = bytes.fromhex("%s")

REGION = "%s"
TX_INTERVAL_S = %d
SPREADING_FACTOR = %d
PINS = {"cs": %d, "busy": %d, "irq": %d, "reset": %d}
""" % (r.choice(NAMES), deveui(r), joineui(r), v, r.choice(["EU868", "US915"]), r.choice([60, 300, 600]),
       r.randint(7, 12), r.randint(1, 20), r.randint(1, 20), r.randint(1, 20), r.randint(1, 20))
    return r.choice(["config.py", "pico/config.py", "src/lora_config.py"]), txt


@T("rust_lorawan_device", "lorawan-device", "appkey", "rust", "carr", "carr")
def _t(r, v):
    de = deveui(r)
    txt = """use lorawan_device::{AppEui, AppKey, DevEui, JoinMode};

// Device credentials (DevEUI/AppEUI are LSB, AppKey MSB)
const DEVEUI: [u8; 8] = [%s];
const APPEUI: [u8; 8] = [%s];
const APPKEY: [u8; 16] = [%s];

pub fn join_mode() -> JoinMode {
    JoinMode::OTAA {
        deveui: DevEui::from(DEVEUI),
        appeui: AppEui::from(APPEUI),
        appkey: AppKey::from(APPKEY),
    }
}
""" % (lsb_carr(de), lsb_carr(joineui(r)), v)
    return r.choice(["src/credentials.rs", "firmware/src/lorawan.rs"]), txt


@T("java_const", "generic", "appkey", "java", "hexu", "hex")
def _t(r, v):
    pkg = r.choice(["com.acme.lora", "nl.farmlab.sensors", "de.stadtwerke.iot"])
    txt = """package %s;

/**
 * Provisioning constants for the field test devices.
 */
public final class DeviceCredentials {
    public static final String DEV_EUI = "%s";
    public static final String JOIN_EUI = "%s";
    public static final String APP_KEY = "%s";
    public static final String FREQUENCY_PLAN = "%s";
    public static final int FPORT = %d;

    private DeviceCredentials() {}
}
""" % (pkg, deveui(r), joineui(r), v, fplan(r), r.randint(1, 30))
    return "src/main/java/%s/DeviceCredentials.java" % pkg.replace(".", "/"), txt


@T("platformio_ini", "platformio", "appkey", "ini", "hexu", "hex")
def _t(r, v):
    txt = """; PlatformIO Project Configuration File
[platformio]
default_envs = %s

[env]
framework = arduino
monitor_speed = 115200
lib_deps =
    mcci-catena/MCCI LoRaWAN LMIC library@^4.1.1

[env:%s]
platform = espressif32
board = %s
build_flags =
    -D ARDUINO_LMIC_PROJECT_CONFIG_H_SUPPRESS
    -D CFG_%s=1
    -D CFG_sx1276_radio=1
    -D LORAWAN_DEVEUI=\\"%s\\"
    -D LORAWAN_APPKEY=\\"%s\\"
""" % ("ttgo", "ttgo", r.choice(["ttgo-lora32-v21", "heltec_wifi_lora_32_V2"]), r.choice(["eu868", "us915"]), deveui(r), v)
    return "platformio.ini", txt


# ---------------------------- AT / serial ---------------------------------
@T("rak_at_txt", "rakwireless", "appkey", "text", "hexu", "hex")
def _t(r, v):
    lines = ["# RAK3172 provisioning - paste line by line in the serial terminal", "AT", "AT+NWM=1",
             "AT+NJM=1", "AT+BAND=%d" % r.choice([4, 5, 6]), "AT+CLASS=A",
             "AT+DEVEUI=%s" % deveui(r), "AT+APPEUI=%s" % joineui(r), "AT+APPKEY=%s" % v,
             "AT+ADR=1", "AT+JOIN=1:0:10:8", "AT+SEND=2:%s" % rhex(r, 4, True)]
    return r.choice(["provisioning/rak3172_at.txt", "docs/at-commands.txt", "tools/rak_setup.txt"]), "\n".join(lines) + "\n"


@T("rak811_py", "rakwireless", "appkey", "python", "hexl", "hex")
def _t(r, v):
    txt = """#!/usr/bin/env python3
import serial
import time

PORT = "%s"
ser = serial.Serial(PORT, 115200, timeout=2)

CMDS = [
    "at+set_config=lora:work_mode:0",
    "at+set_config=lora:join_mode:0",
    "at+set_config=lora:region:%s",
    "at+set_config=lora:dev_eui:%s",
    "at+set_config=lora:app_eui:%s",
    "at+set_config=lora:app_key:%s",
    "at+join",
]

for c in CMDS:
    ser.write((c + "\\r\\n").encode())
    time.sleep(0.5)
    print(ser.read_all().decode(errors="ignore"))
""" % (r.choice(["/dev/ttyUSB0", "/dev/ttyS0", "COM4"]), r.choice(["EU868", "US915"]), deveui(r, False), joineui(r).lower(), v)
    return r.choice(["scripts/rak811_provision.py", "rak811_setup.py"]), txt


@T("seeed_e5_sh", "seeed", "appkey", "shell", "hexu", "hex")
def _t(r, v):
    txt = """#!/bin/bash
# Wio-E5 / LoRa-E5 setup via AT commands
DEV=${1:-/dev/ttyUSB0}
stty -F "$DEV" 9600 raw -echo

send() { printf '%%s\\r\\n' "$1" > "$DEV"; sleep 0.5; }

send 'AT+ID=DevEui,"%s"'
send 'AT+ID=AppEui,"%s"'
send 'AT+KEY=APPKEY,"%s"'
send 'AT+MODE=LWOTAA'
send 'AT+DR=%s'
send 'AT+CLASS=A'
send 'AT+PORT=%d'
send 'AT+JOIN'
""" % (deveui(r), joineui(r), v, r.choice(["EU868", "US915"]), r.randint(1, 20))
    return r.choice(["tools/lora-e5-setup.sh", "provision_e5.sh"]), txt


@T("rn2483_py", "microchip", "appkey", "python", "hexl", "hex")
def _t(r, v):
    txt = hdr_comment(r, "#") + """import serial

rn = serial.Serial("%s", 57600, timeout=5)

def cmd(c):
    rn.write((c + "\\r\\n").encode("ascii"))
    return rn.readline().decode().strip()

print(cmd("sys reset"))
print(cmd("mac set deveui %s"))
print(cmd("mac set appeui %s"))
print(cmd("mac set appkey %s"))
print(cmd("mac set adr on"))
print(cmd("mac save"))
print(cmd("mac join otaa"))
""" % (r.choice(["/dev/ttyACM0", "/dev/ttyUSB1"]), deveui(r, False), joineui(r).lower(), v)
    return r.choice(["rn2483/join.py", "tools/rn2483_join.py"]), txt


@T("cubecell_at_txt", "heltec", "appkey", "text", "hexu", "hex")
def _t(r, v):
    txt = """CubeCell AB01 provisioning log (%s)
AT+LPM=0
AT+OTAA=1
AT+Class=A
AT+ADR=1
AT+IsTxConfirmed=0
AT+AppPort=%d
AT+DutyCycle=%d
AT+DevEui=%s
AT+AppEui=%s
AT+AppKey=%s
AT+RESET=1
+OK
""" % (r.choice(USERS), r.randint(1, 10), r.choice([60000, 900000]), deveui(r), joineui(r), v)
    return r.choice(["docs/cubecell-provisioning.txt", "notes/cubecell_at.log"]), txt


# ---------------------------- The Things Stack ---------------------------
def tts_ids(r):
    return {"device_id": dev_id(r), "application_ids": {"application_id": app_id(r)},
            "dev_eui": deveui(r), "join_eui": joineui(r)}


@T("tts_device_root_json", "the-things-stack", "appkey", "json", "hexu", "hex")
def _t(r, v):
    d = {"ids": tts_ids(r), "created_at": "2024-0%d-1%dT09:%02d:11.%03dZ" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 59), r.randint(0, 999)),
         "name": "%s sensor" % r.choice(PLACES).title(),
         "lorawan_version": "MAC_V1_0_3", "lorawan_phy_version": "PHY_V1_0_3_REV_A",
         "frequency_plan_id": fplan(r), "supports_join": True,
         "root_keys": {"app_key": {"key": "%%KEY%%"}}}
    txt = json.dumps(d, indent=2).replace("%%KEY%%", v) + "\n"
    return r.choice(["devices/%s.json" % dev_id(r), "provisioning/end-device.json", "ttn/device-export.json"]), txt


@T("tts_device_session_app", "the-things-stack", "appskey", "json", "hexu", "hex")
def _t(r, v):
    d = {"ids": tts_ids(r), "session": {"dev_addr": devaddr(r), "keys": {"app_s_key": {"key": "%%KEY%%"}},
                                        "last_a_f_cnt_down": r.randint(0, 40)},
         "skip_payload_crypto_override": False}
    d["ids"]["dev_addr"] = d["session"]["dev_addr"]
    txt = json.dumps(d, indent=r.choice([2, 4])).replace("%%KEY%%", v) + "\n"
    return r.choice(["abp/%s-as.json" % dev_id(r), "migration/as-session.json"]), txt


@T("tts_device_session_nwk", "the-things-stack", "nwkskey", "json", "hexu", "hex")
def _t(r, v):
    d = {"ids": tts_ids(r), "mac_settings": {"resets_f_cnt": True, "rx2_data_rate_index": 3},
         "session": {"dev_addr": devaddr(r), "keys": {"f_nwk_s_int_key": {"key": "%%KEY%%"}},
                     "last_f_cnt_up": r.randint(0, 9999)},
         "frequency_plan_id": fplan(r), "lorawan_version": "MAC_V1_0_2"}
    txt = json.dumps(d, indent=2).replace("%%KEY%%", v) + "\n"
    return r.choice(["abp/%s-ns.json" % dev_id(r), "migration/ns-session.json"]), txt


@T("tts_cli_create_sh", "the-things-stack", "appkey", "shell", "hexu", "hex")
def _t(r, v):
    a, d = app_id(r), dev_id(r)
    txt = """#!/usr/bin/env bash
set -euo pipefail

APP_ID="%s"
DEVICE_ID="%s"

ttn-lw-cli end-devices create "$APP_ID" "$DEVICE_ID" \\
  --dev-eui %s \\
  --app-eui %s \\
  --frequency-plan-id %s \\
  --root-keys.app-key.key %s \\
  --lorawan-version 1.0.3 \\
  --lorawan-phy-version 1.0.3-a
""" % (a, d, deveui(r), joineui(r), fplan(r), v)
    return r.choice(["scripts/register-device.sh", "ttn/create_%s.sh" % d, "bin/provision.sh"]), txt


@T("tts_curl_sh", "the-things-stack", "api-key", "shell", "ttn", "ttn", refs=["${TTN_API_KEY}", "$TTS_API_KEY"])
def _t(r, v):
    a = app_id(r)
    txt = """#!/bin/sh
# fetch the last uplinks from the storage integration
curl -s -G "https://%s/api/v3/as/applications/%s/packages/storage/uplink_message" \\
  -H "Authorization: Bearer %s" \\
  -H "Accept: text/event-stream" \\
  -d "limit=%d" \\
  -d "field_mask=up.uplink_message.decoded_payload"
""" % (ttn_host(r), a, v, r.choice([10, 50, 100]))
    return r.choice(["scripts/fetch_uplinks.sh", "tools/storage.sh"]), txt


@T("tts_paho_py", "the-things-stack", "mqtt-password", "python", "ttn", "ttn")
def _t(r, v):
    a = app_id(r)
    txt = hdr_comment(r, "#") + """import json
import paho.mqtt.client as mqtt

BROKER = "%s"
PORT = 8883
APP_ID = "%s@ttn"
ACCESS_KEY = "%s"


def on_connect(client, userdata, flags, rc):
    print("connected", rc)
    client.subscribe("v3/%s/devices/+/up")


def on_message(client, userdata, msg):
    up = json.loads(msg.payload)
    print(up["end_device_ids"]["device_id"], up["uplink_message"].get("decoded_payload"))


client = mqtt.Client()
client.username_pw_set(APP_ID, ACCESS_KEY)
client.tls_set()
client.on_connect = on_connect
client.on_message = on_message
client.connect(BROKER, PORT, 60)
client.loop_forever()
""" % (ttn_host(r), a, v, a + "@ttn")
    return r.choice(["ttn_listener.py", "ingest/mqtt_client.py", "src/ttn_mqtt.py"]), txt


@T("tts_mqtt_js", "the-things-stack", "mqtt-password", "javascript", "ttn", "ttn")
def _t(r, v):
    a = app_id(r)
    txt = """const mqtt = require('mqtt');

const client = mqtt.connect('mqtts://%s:8883', {
  username: '%s@ttn',
  password: '%s',
  clientId: 'dashboard-' + Math.random().toString(16).slice(2, 8),
});

client.on('connect', () => {
  client.subscribe('v3/%s@ttn/devices/+/up');
});

client.on('message', (topic, message) => {
  const up = JSON.parse(message.toString());
  console.log(topic, up.uplink_message.decoded_payload);
});
""" % (ttn_host(r), a, v, a)
    return r.choice(["server/ttn.js", "src/mqtt.js", "index.js"]), txt


@T("tts_go_mqtt", "the-things-stack", "mqtt-password", "go", "ttn", "ttn")
def _t(r, v):
    a = app_id(r)
    txt = """package main

import (
	"fmt"
	"log"

	mqtt "github.com/eclipse/paho.mqtt.golang"
)

const (
	broker   = "ssl://%s:8883"
	username = "%s@ttn"
	apiKey   = "%s"
)

func main() {
	opts := mqtt.NewClientOptions().AddBroker(broker)
	opts.SetUsername(username)
	opts.SetPassword(apiKey)
	opts.SetClientID("%s-bridge")
	c := mqtt.NewClient(opts)
	if t := c.Connect(); t.Wait() && t.Error() != nil {
		log.Fatal(t.Error())
	}
	c.Subscribe("v3/+/devices/+/up", 0, func(_ mqtt.Client, m mqtt.Message) {
		fmt.Println(m.Topic(), string(m.Payload()))
	})
	select {}
}
""" % (ttn_host(r), a, v, a)
    return r.choice(["cmd/bridge/main.go", "main.go"]), txt


@T("mosquitto_bridge", "the-things-stack", "mqtt-password", "conf", "ttn", "ttn")
def _t(r, v):
    a = app_id(r)
    txt = """# /etc/mosquitto/conf.d/ttn-bridge.conf
connection ttn-%s
address %s:8883
bridge_protocol_version mqttv311
bridge_cafile /etc/ssl/certs/ca-certificates.crt
remote_clientid %s-bridge
remote_username %s@ttn
remote_password %s
try_private false
cleansession true
topic v3/+/devices/+/up in 0 ttn/ v3/
""" % (r.choice(CLUSTERS), ttn_host(r), r.choice(PLACES), a, v)
    return r.choice(["mosquitto/conf.d/ttn-bridge.conf", "docker/mosquitto/ttn.conf"]), txt


@T("telegraf_conf", "the-things-stack", "mqtt-password", "toml", "ttn", "ttn", refs=["${TTN_API_KEY}"])
def _t(r, v):
    a = app_id(r)
    txt = """[agent]
  interval = "10s"
  flush_interval = "10s"

[[outputs.influxdb_v2]]
  urls = ["http://influxdb:8086"]
  token = "$INFLUX_TOKEN"
  organization = "%s"
  bucket = "lorawan"

[[inputs.mqtt_consumer]]
  servers = ["ssl://%s:8883"]
  topics = ["v3/+/devices/+/up"]
  username = "%s@ttn"
  password = "%s"
  data_format = "json_v2"
  [[inputs.mqtt_consumer.json_v2]]
    measurement_name = "uplink"
    [[inputs.mqtt_consumer.json_v2.object]]
      path = "uplink_message.decoded_payload"
""" % (r.choice(PLACES), ttn_host(r), a, v)
    return r.choice(["telegraf/telegraf.conf", "monitoring/telegraf.conf"]), txt


@T("ha_secrets_yaml", "the-things-stack", "api-key", "yaml", "ttn", "ttn")
def _t(r, v):
    txt = """# Home Assistant secrets
ttn_app_id: %s
ttn_api_key: %s
latitude_home: %.4f
longitude_home: %.4f
""" % (app_id(r), v, r.uniform(45, 56), r.uniform(-2, 15))
    if r.random() < 0.5:
        txt = "influx_host: 192.168.%d.%d\n" % (r.randint(0, 5), r.randint(2, 250)) + txt
    return r.choice(["homeassistant/secrets.yaml", "config/secrets.yaml"]), txt


@T("nodered_flows_cred", "node-red", "mqtt-password", "json", "ttn", "ttn")
def _t(r, v):
    nid = rhex(r, 8)
    txt = json.dumps({nid: {"user": app_id(r) + "@ttn", "password": "%%KEY%%"}}, indent=4).replace("%%KEY%%", v) + "\n"
    return r.choice(["node-red/flows_cred.json", ".node-red/flows_%s_cred.json" % r.choice(["raspberrypi", "gw01"])]), txt


@T("ttnv2_node_js", "ttn-v2", "access-key", "javascript", "ttnv2", "ttnv2")
def _t(r, v):
    txt = """// legacy TTN v2 data API client (still running on the old pi)
const ttn = require('ttn');

const appID = '%s';
const accessKey = '%s';

ttn.data(appID, accessKey)
  .then((client) => {
    client.on('uplink', (devID, payload) => {
      console.log('Received uplink from', devID);
      console.log(payload.payload_fields);
    });
  })
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
""" % (app_id(r), v)
    return r.choice(["legacy/ttn-v2.js", "app.js"]), txt


@T("ttnv2_py", "ttn-v2", "access-key", "python", "ttnv2", "ttnv2")
def _t(r, v):
    txt = """import time
import ttn

app_id = "%s"
access_key = "%s"


def uplink_callback(msg, client):
    print("Received uplink from ", msg.dev_id)
    print(msg.payload_fields)


handler = ttn.HandlerClient(app_id, access_key)
mqtt_client = handler.data()
mqtt_client.set_uplink_callback(uplink_callback)
mqtt_client.connect()
time.sleep(%d)
mqtt_client.close()
""" % (app_id(r), v, r.choice([60, 3600]))
    return r.choice(["ttn_v2_client.py", "old/handler.py"]), txt


@T("tts_stack_yaml", "the-things-stack", "cookie-block-key", "yaml", "hex64", "hex64", refs=["${TTS_COOKIE_BLOCK_KEY}"])
def _t(r, v):
    dom = r.choice(["lns.example-iot.net", "tts.farmlab.nl", "lorawan.stadtwerke-kiel.de"])
    txt = """# Identity Server configuration
is:
  database-uri: 'postgres://root@postgres:5432/ttn_lorawan?sslmode=disable'
  email:
    sender-name: 'The Things Stack'
    sender-address: 'noreply@%s'
    network:
      name: 'The Things Stack'
      console-url: 'https://%s/console'
      identity-server-url: 'https://%s/oauth'

# HTTP server configuration
http:
  cookie:
    block-key: '%s'
    hash-key: '${TTS_COOKIE_HASH_KEY}'
  metrics:
    enable: true

redis:
  address: 'redis:6379'

tls:
  source: 'acme'
  acme:
    dir: '/var/lib/acme'
    email: 'ops@%s'
    hosts: ['%s']
""" % (dom, dom, dom, v, dom, dom)
    return r.choice(["config/stack/ttn-lw-stack-docker.yml", "deploy/tts/config.yml"]), txt


@T("tts_oauth_secret_yaml", "the-things-stack", "oauth-client-secret", "yaml", "pw", "pw", refs=["${CONSOLE_OAUTH_SECRET}"])
def _t(r, v):
    dom = r.choice(["lns.example-iot.net", "tts.farmlab.nl", "lorawan.acme-sensing.io"])
    txt = """console:
  ui:
    canonical-url: 'https://%s/console'
    is:
      base-url: 'https://%s/api/v3'
  oauth:
    authorize-url: 'https://%s/oauth/authorize'
    token-url: 'https://%s/oauth/token'
    client-id: 'console'
    client-secret: '%s'
""" % (dom, dom, dom, dom, v)
    return r.choice(["config/stack/console.yml", "tts/console-oauth.yml"]), txt


@T("station_tc_key", "basics-station", "lns-token", "key", "ttn", "ttn")
def _t(r, v):
    return r.choice(["gateway/station/tc.key", "basicstation/tc.key", "station/tc.key"]), "Authorization: Bearer %s\r\n" % v


@T("station_cups_key", "basics-station", "cups-token", "key", "ttn", "ttn")
def _t(r, v):
    return r.choice(["gateway/station/cups.key", "config/cups.key"]), "Authorization: Bearer %s\n" % v


@T("station_ec_key", "basics-station", "private-key", "pem", "ecpem", "pem")
def _t(r, v):
    return r.choice(["gateway/certs/tc.key", "station/cups.key", "awsiot/gateway.private.key"]), v


@T("gha_workflow", "the-things-stack", "api-key", "yaml", "ttn", "ttn", refs=["${{ secrets.TTN_API_KEY }}"])
def _t(r, v):
    txt = """name: nightly-device-sync
on:
  schedule:
    - cron: '%d 3 * * *'
  workflow_dispatch:

jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      TTN_APP_ID: %s
      TTN_API_KEY: %s
      TTN_CLUSTER: %s
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: '3.11'
      - run: pip install -r tools/requirements.txt
      - run: python tools/sync_devices.py
""" % (r.randint(0, 59), app_id(r), v, r.choice(CLUSTERS))
    return ".github/workflows/device-sync.yml", txt


@T("dotenv", "the-things-stack", "api-key", "dotenv", "ttn", "ttn")
def _t(r, v):
    txt = "TTN_APP_ID=%s\nTTN_REGION=%s\nTTN_API_KEY=%s\nLOG_LEVEL=info\n" % (app_id(r), r.choice(CLUSTERS), v)
    return r.choice([".env", ".env.local"]), txt


@T("ipynb", "the-things-stack", "api-key", "notebook", "ttn", "ttn")
def _t(r, v):
    src1 = ["import requests\n", "import pandas as pd\n", "\n", "APP = \"%s\"\n" % app_id(r),
            "KEY = \"%%KEY%%\"\n",
            "url = f\"https://%s/api/v3/as/applications/{APP}/packages/storage/uplink_message\"\n" % ttn_host(r),
            "r = requests.get(url, headers={\"Authorization\": f\"Bearer {KEY}\"}, params={\"last\": \"48h\"})"]
    nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# Soil moisture analysis\n", "Pull the last 48h from TTN"]},
                    {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": src1},
                    {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
                     "source": ["df = pd.read_json(r.text, lines=True)\n", "df.head()"]}],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}
    return r.choice(["notebooks/uplinks.ipynb", "analysis/ttn_export.ipynb"]), json.dumps(nb, indent=1).replace("%%KEY%%", v) + "\n"


@T("readme_md", "the-things-stack", "appkey", "markdown", "hexu", "hex")
def _t(r, v):
    d = dev_id(r)
    txt = """# %s

Field test node, registered in TTN application `%s`.

| Field    | Value |
|----------|-------|
| DevEUI   | `%s` |
| JoinEUI  | `%s` |
| AppKey   | `%s` |
| Freq plan| `%s` |

Flash with `pio run -t upload` and watch the live data tab.
""" % (d, app_id(r), deveui(r), joineui(r), v, fplan(r))
    return r.choice(["README.md", "docs/devices/%s.md" % d]), txt


# ---------------------------- ChirpStack ---------------------------------
@T("cs_toml_api_secret", "chirpstack", "api-secret", "toml", "b64_32", "b64", refs=["$API_SECRET"])
def _t(r, v):
    txt = """# Logging.
[logging]
  level="%s"

# PostgreSQL configuration.
[postgresql]
  dsn="$POSTGRESQL_DSN"
  max_open_connections=10
  min_idle_connections=0

# Redis configuration.
[redis]
  servers=[
    "redis://localhost/",
  ]
  tls_enabled=false
  cluster=false

# Network related configuration.
[network]
  net_id="000000"
  enabled_regions=[
    "%s",
  ]

# API interface configuration.
[api]
  bind="0.0.0.0:8080"
  secret="%s"

[integration]
  enabled=["mqtt"]

  [integration.mqtt]
    server="tcp://$MQTT_BROKER_HOST:1883/"
    json=true
""" % (r.choice(["info", "warn", "debug"]), r.choice(["eu868", "us915_1", "au915_0", "as923"]), v)
    return r.choice(["configuration/chirpstack/chirpstack.toml", "chirpstack/chirpstack.toml", "etc/chirpstack/chirpstack.toml"]), txt


@T("cs_toml_mqtt_pw", "chirpstack", "mqtt-password", "toml", "pw", "pw", refs=["$MQTT_PASSWORD"])
def _t(r, v):
    txt = """[api]
  bind="0.0.0.0:8080"
  secret="$API_SECRET"

[integration]
  enabled=["mqtt"]

  [integration.mqtt]
    event_topic="application/{{application_id}}/device/{{dev_eui}}/event/{{event}}"
    server="ssl://%s:8883/"
    username="chirpstack"
    password="%s"
    qos=0
    clean_session=false
    client_id="chirpstack-%s"
    ca_cert="/etc/chirpstack/certs/ca.pem"
""" % (r.choice(["mqtt.internal.farmlab.nl", "broker.lan", "10.%d.0.12" % r.randint(0, 200)]), v, r.choice(PLACES))
    return r.choice(["chirpstack/chirpstack.toml", "configuration/chirpstack/chirpstack.toml"]), txt


@T("cs_gw_bridge_toml", "chirpstack", "mqtt-password", "toml", "pw", "pw")
def _t(r, v):
    txt = """# ChirpStack Gateway Bridge configuration
[general]
log_level=4

[backend]
type="semtech_udp"

  [backend.semtech_udp]
  udp_bind = "0.0.0.0:1700"

[integration]
marshaler="protobuf"

  [integration.mqtt]
  event_topic_template="%s/gateway/{{ .GatewayID }}/event/{{ .EventType }}"
  command_topic_template="%s/gateway/{{ .GatewayID }}/command/#"

  [integration.mqtt.auth]
  type="generic"

    [integration.mqtt.auth.generic]
    servers=["tcp://%s:1883"]
    username="gw-%s"
    password="%s"
    client_id="%s"
""" % (("eu868",) * 2 + (r.choice(["mosquitto", "10.0.%d.5" % r.randint(0, 9)]), gweui(r).lower(), v, gweui(r).lower()))
    return r.choice(["chirpstack-gateway-bridge/chirpstack-gateway-bridge.toml", "etc/chirpstack-gateway-bridge/chirpstack-gateway-bridge.toml"]), txt


@T("cs_mqtt_forwarder_toml", "chirpstack", "mqtt-password", "toml", "pw", "pw")
def _t(r, v):
    txt = """[logging]
  level="info"
  log_to_syslog=false

[mqtt]
  topic_prefix="%s"
  json=false
  server="ssl://%s:8883"
  username="%s"
  password="%s"
  qos=0
  clean_session=false
  client_id=""
  ca_cert=""

[backend]
  enabled="semtech_udp"

  [backend.semtech_udp]
    bind="0.0.0.0:1700"
    time_fallback_enabled=true
""" % (r.choice(["eu868", "us915_1"]), r.choice(["lns.example-iot.net", "mqtt.farmlab.nl"]), "gw-" + r.choice(PLACES), v)
    return r.choice(["etc/chirpstack-mqtt-forwarder/chirpstack-mqtt-forwarder.toml", "gateway/mqtt-forwarder.toml"]), txt


@T("cs_docker_compose", "chirpstack", "db-password", "yaml", "pw", "pw", refs=["${POSTGRES_PASSWORD}"])
def _t(r, v):
    txt = """services:
  chirpstack:
    image: chirpstack/chirpstack:4
    command: -c /etc/chirpstack
    restart: unless-stopped
    volumes:
      - ./configuration/chirpstack:/etc/chirpstack
    depends_on:
      - postgres
      - mosquitto
      - redis
    environment:
      - MQTT_BROKER_HOST=mosquitto
      - REDIS_HOST=redis
      - POSTGRESQL_HOST=postgres
    ports:
      - "8080:8080"

  postgres:
    image: postgres:14-alpine
    restart: unless-stopped
    volumes:
      - ./configuration/postgresql/initdb:/docker-entrypoint-initdb.d
      - postgresqldata:/var/lib/postgresql/data
    environment:
      - POSTGRES_USER=chirpstack
      - POSTGRES_PASSWORD=%s
      - POSTGRES_DB=chirpstack

  redis:
    image: redis:7-alpine
    restart: unless-stopped

volumes:
  postgresqldata:
"""
    return r.choice(["docker-compose.yml", "deploy/chirpstack/docker-compose.yml", "compose.yaml"]), txt % v


@T("cs_py_grpc", "chirpstack", "api-token", "python", "cs4", "jwt")
def _t(r, v):
    txt = hdr_comment(r, "#") + """import grpc
from chirpstack_api import api

server = "%s:8080"
dev_eui = "%s"
api_token = "%s"

channel = grpc.insecure_channel(server)
client = api.DeviceServiceStub(channel)
auth_token = [("authorization", "Bearer %%s" %% api_token)]

req = api.EnqueueDeviceQueueItemRequest()
req.queue_item.confirmed = False
req.queue_item.data = bytes([0x01, 0x02, 0x03])
req.queue_item.dev_eui = dev_eui
req.queue_item.f_port = %d

resp = client.Enqueue(req, metadata=auth_token)
print(resp.id)
""" % (r.choice(["localhost", "chirpstack.lan", "10.20.0.4"]), deveui(r, False), v, r.randint(1, 100))
    return r.choice(["scripts/enqueue_downlink.py", "tools/cs_downlink.py"]), txt


@T("cs_rest_curl", "chirpstack", "api-token", "shell", "cs4", "jwt", refs=["$CHIRPSTACK_TOKEN"])
def _t(r, v):
    txt = """#!/bin/bash
# list devices of an application via the ChirpStack REST API proxy
APP_ID=%s
curl -s "http://%s:8090/api/devices?limit=100&applicationId=${APP_ID}" \\
  -H "Accept: application/json" \\
  -H "Grpc-Metadata-Authorization: Bearer %s" | jq '.result[] | {devEui, name}'
""" % (ruuid(r), r.choice(["localhost", "chirpstack.lan"]), v)
    return r.choice(["scripts/list_devices.sh", "cs-list.sh"]), txt


@T("cs3_go", "chirpstack", "api-token", "go", "cs3", "jwt")
def _t(r, v):
    txt = """package main

import (
	"context"
	"log"

	"github.com/brocaar/chirpstack-api/go/v3/as/external/api"
	"google.golang.org/grpc"
)

type APIToken string

func (a APIToken) GetRequestMetadata(ctx context.Context, url ...string) (map[string]string, error) {
	return map[string]string{"authorization": "Bearer " + string(a)}, nil
}

func (a APIToken) RequireTransportSecurity() bool { return false }

const (
	server = "%s:8080"
	token  = "%s"
)

func main() {
	conn, err := grpc.Dial(server, grpc.WithInsecure(), grpc.WithPerRPCCredentials(APIToken(token)))
	if err != nil {
		log.Fatal(err)
	}
	c := api.NewDeviceServiceClient(conn)
	_ = c
}
""" % (r.choice(["appserver.lan", "localhost"]), v)
    return r.choice(["cmd/migrate/main.go", "tools/cs3client/main.go"]), txt


@T("cs3_as_toml", "chirpstack", "jwt-secret", "toml", "b64_32", "b64")
def _t(r, v):
    txt = """[postgresql]
dsn="postgres://chirpstack_as@localhost/chirpstack_as?sslmode=disable"
automigrate=true

[redis]
url="redis://localhost:6379"

[application_server]
id="%s"

  [application_server.api]
  bind="0.0.0.0:8001"
  public_host="localhost:8001"

  [application_server.external_api]
  bind="0.0.0.0:8080"
  tls_cert=""
  tls_key=""
  jwt_secret="%s"

[join_server]
bind="0.0.0.0:8003"
""" % (ruuid(r), v)
    return r.choice(["etc/chirpstack-application-server/chirpstack-application-server.toml", "configuration/chirpstack-application-server.toml"]), txt


@T("cs_py_device_keys", "chirpstack", "appkey", "python", "hexl", "hex")
def _t(r, v):
    txt = """from chirpstack_api import api
import grpc
import os

channel = grpc.insecure_channel("chirpstack:8080")
devices = api.DeviceServiceStub(channel)
auth = [("authorization", "Bearer " + os.environ["CHIRPSTACK_API_TOKEN"])]

dev_eui = "%s"

req = api.CreateDeviceKeysRequest()
req.device_keys.dev_eui = dev_eui
# LoRaWAN 1.0.x: the AppKey goes into the nwk_key field
req.device_keys.nwk_key = "%s"
devices.CreateKeys(req, metadata=auth)
""" % (deveui(r, False), v)
    return r.choice(["provision/create_keys.py", "scripts/cs_keys.py"]), txt


@T("cs_k8s_secret", "chirpstack", "api-secret", "yaml", "b64_32", "b64")
def _t(r, v):
    txt = """apiVersion: v1
kind: Secret
metadata:
  name: chirpstack-secrets
  namespace: %s
  labels:
    app.kubernetes.io/name: chirpstack
type: Opaque
stringData:
  API_SECRET: "%s"
  POSTGRESQL_HOST: postgres.%s.svc
  MQTT_BROKER_HOST: mosquitto
""" % (r.choice(["lorawan", "iot", "chirpstack"]), v, r.choice(["lorawan", "iot"]))
    return r.choice(["k8s/chirpstack/secret.yaml", "deploy/k8s/chirpstack-secret.yaml"]), txt


@T("cs_helm_values", "chirpstack", "db-password", "yaml", "pw", "pw", refs=["{{ .Values.global.pgPassword }}"])
def _t(r, v):
    txt = """replicaCount: 1

image:
  repository: chirpstack/chirpstack
  tag: "4.%d.0"

postgresql:
  enabled: true
  auth:
    username: chirpstack
    password: "%s"
    database: chirpstack

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: false

ingress:
  enabled: true
  hosts:
    - host: %s
      paths: ["/"]
""" % (r.randint(3, 11), v, r.choice(["lns.farmlab.nl", "chirpstack.example-iot.net"]))
    return r.choice(["helm/chirpstack/values.yaml", "charts/lorawan/values-prod.yaml"]), txt


@T("ansible_vars", "chirpstack", "db-password", "yaml", "pw", "pw", refs=["{{ vault_chirpstack_db_password }}"])
def _t(r, v):
    txt = """---
chirpstack_version: "4.%d.1"
chirpstack_regions:
  - eu868
chirpstack_db_host: localhost
chirpstack_db_name: chirpstack
chirpstack_db_user: chirpstack
chirpstack_db_password: "%s"
chirpstack_mqtt_server: "tcp://localhost:1883"
""" % (r.randint(3, 11), v)
    return r.choice(["ansible/group_vars/lns.yml", "inventory/group_vars/chirpstack/vars.yml"]), txt


@T("systemd_unit", "chirpstack", "api-token", "systemd", "cs4", "jwt")
def _t(r, v):
    txt = """[Unit]
Description=LoRaWAN uplink exporter
After=network-online.target

[Service]
User=iot
WorkingDirectory=/opt/exporter
Environment=CHIRPSTACK_SERVER=%s:8080
Environment=CHIRPSTACK_API_TOKEN=%s
ExecStart=/opt/exporter/venv/bin/python -m exporter
Restart=always

[Install]
WantedBy=multi-user.target
""" % (r.choice(["127.0.0.1", "chirpstack.lan"]), v)
    return r.choice(["deploy/systemd/lorawan-exporter.service", "systemd/exporter.service"]), txt


@T("cs_mqtt_node_js", "chirpstack", "mqtt-password", "javascript", "pw", "pw")
def _t(r, v):
    txt = """import mqtt from 'mqtt';

const APPLICATION_ID = '%s';

const client = mqtt.connect('mqtt://%s:1883', {
  username: 'integration',
  password: '%s',
});

client.on('connect', () => {
  client.subscribe(`application/${APPLICATION_ID}/device/+/event/up`);
});

client.on('message', (topic, payload) => {
  const evt = JSON.parse(payload.toString());
  console.log(evt.deviceInfo.devEui, evt.object);
});
""" % (ruuid(r), r.choice(["chirpstack.lan", "10.1.1.20", "mqtt.example-iot.net"]), v)
    return r.choice(["src/chirpstack-listener.mjs", "integration/index.mjs"]), txt


@T("nodered_settings_js", "node-red", "credential-secret", "javascript", "pw", "pw")
def _t(r, v):
    txt = """module.exports = {
    flowFile: 'flows.json',
    credentialSecret: "%s",
    flowFilePretty: true,
    uiPort: process.env.PORT || 1880,
    mqttReconnectTime: 15000,
    serialReconnectTime: 15000,
    debugMaxLength: 1000,
    functionGlobalContext: {
        // os:require('os'),
    },
    logging: {
        console: {
            level: "info",
            metrics: false,
            audit: false
        }
    },
    editorTheme: {
        projects: { enabled: false }
    }
}
""" % v
    return r.choice(["node-red/settings.js", ".node-red/settings.js"]), txt


# ---------------------------- Helium / other LNS ---------------------------
@T("helium_curl", "helium", "api-key", "shell", "helium", "token", refs=["$HELIUM_API_KEY"])
def _t(r, v):
    txt = """#!/bin/sh
# create device on Helium console
curl -s -X POST https://console.helium.com/api/v1/devices \\
  -H "key: %s" \\
  -H "Content-Type: application/json" \\
  -d '{"name": "%s", "app_eui": "%s", "app_key": "'"$APP_KEY"'", "dev_eui": "%s"}'
""" % (v, dev_id(r), joineui(r), deveui(r))
    return r.choice(["scripts/helium_add_device.sh", "helium/create.sh"]), txt


@T("helium_py", "helium", "api-key", "python", "helium", "token")
def _t(r, v):
    txt = """import requests

HELIUM_API = "https://console.helium.com/api/v1"
HELIUM_KEY = "%s"

def list_devices():
    resp = requests.get(f"{HELIUM_API}/devices", headers={"key": HELIUM_KEY}, timeout=10)
    resp.raise_for_status()
    return resp.json()

if __name__ == "__main__":
    for d in list_devices():
        print(d["dev_eui"], d["name"], d.get("last_connected"))
""" % v
    return r.choice(["helium/console_client.py", "tools/helium_devices.py"]), txt


@T("helium_import_json", "helium", "appkey", "json", "hexu", "hex")
def _t(r, v):
    d = [{"name": dev_id(r), "dev_eui": deveui(r), "app_eui": joineui(r), "app_key": "%%KEY%%",
          "labels": [r.choice(["field-a", "greenhouse", "pilot"])]}]
    return r.choice(["helium/devices.json", "migration/helium-import.json"]), json.dumps(d, indent=2).replace("%%KEY%%", v) + "\n"


@T("aws_iotwireless_json", "aws-iot-lorawan", "appkey", "json", "hexl", "hex")
def _t(r, v):
    d = {"Type": "LoRaWAN", "Name": dev_id(r), "DestinationName": r.choice(["IoTWirelessDestination", "soil-to-sitewise"]),
         "LoRaWAN": {"DevEui": deveui(r, False), "DeviceProfileId": ruuid(r), "ServiceProfileId": ruuid(r),
                     "OtaaV1_0_x": {"AppKey": "%%KEY%%", "AppEui": joineui(r).lower(), "GenAppKey": ""}}}
    return r.choice(["aws/wireless-device.json", "infra/iotwireless/%s.json" % dev_id(r)]), json.dumps(d, indent=4).replace("%%KEY%%", v) + "\n"


@T("provisioning_csv", "generic", "appkey", "csv", "hexu", "hex")
def _t(r, v):
    txt = "dev_eui,join_eui,app_key,name,frequency_plan\n%s,%s,%s,%s,%s\n" % (deveui(r), joineui(r), v, dev_id(r), fplan(r))
    return r.choice(["provisioning/devices.csv", "batch/import.csv"]), txt


@T("tts_import_csv", "the-things-stack", "appkey", "csv", "hexu", "hex")
def _t(r, v):
    txt = "id;dev_eui;join_eui;app_key;frequency_plan_id;lorawan_version;lorawan_phy_version;name\n%s;%s;%s;%s;%s;MAC_V1_0_3;RP001_V1_0_3_REV_A;%s\n" % (
        dev_id(r), deveui(r), joineui(r), v, fplan(r), r.choice(PLACES).title() + " node")
    return r.choice(["ttn/bulk-import.csv", "provisioning/tts-import.csv"]), txt


@T("sigfox_py", "sigfox", "api-password", "python", "sigfoxpw", "hex")
def _t(r, v):
    txt = """import requests

SIGFOX_API = "https://api.sigfox.com/v2"
API_LOGIN = "%s"
API_PASSWORD = "%s"

def device_messages(device_id, limit=100):
    url = f"{SIGFOX_API}/devices/{device_id}/messages"
    r = requests.get(url, auth=(API_LOGIN, API_PASSWORD), params={"limit": limit}, timeout=15)
    r.raise_for_status()
    return r.json()["data"]

print(device_messages("%s"))
""" % (rhex(r, 12), v, rhex(r, 3, True)[1:])
    return r.choice(["sigfox/backend_api.py", "tools/sigfox_messages.py"]), txt


@T("sigfox_json", "sigfox", "api-password", "json", "sigfoxpw", "hex")
def _t(r, v):
    d = {"sigfox": {"apiLogin": rhex(r, 12), "apiPassword": "%%KEY%%", "deviceTypeId": rhex(r, 12)},
         "influx": {"url": "http://localhost:8086", "bucket": "sigfox"}, "pollSeconds": r.choice([60, 300])}
    return r.choice(["config/sigfox.json", "sigfox-poller/config.json"]), json.dumps(d, indent=2).replace("%%KEY%%", v) + "\n"


@T("soracom_profile", "soracom", "auth-key", "json", "soracom", "token")
def _t(r, v):
    d = {"coverageType": r.choice(["g", "jp"]), "authKeyId": "keyId-" + ralnum(r, 32), "authKey": "%%KEY%%"}
    return r.choice([".soracom/default.json", "ops/soracom/profile.json"]), json.dumps(d, indent=r.choice([2, 4])).replace("%%KEY%%", v) + "\n"


@T("soracom_sh", "soracom", "auth-key", "shell", "soracom", "token", refs=["$SORACOM_AUTH_KEY"])
def _t(r, v):
    txt = """#!/bin/bash
# suspend SIMs of decommissioned trackers
soracom configure --profile ops --auth-key-id keyId-%s --auth-key %s --coverage-type g
for imsi in $(cat decommissioned.txt); do
  soracom subscribers suspend --imsi "$imsi" --profile ops
done
""" % (ralnum(r, 32), v)
    return r.choice(["ops/suspend_sims.sh", "scripts/soracom_suspend.sh"]), txt


@T("hologram_py", "hologram", "api-key", "python", "hologram", "token")
def _t(r, v):
    txt = """import requests

HOLOGRAM_API_KEY = "%s"
ORG_ID = %d

resp = requests.get(
    "https://dashboard.hologram.io/api/1/devices",
    params={"orgid": ORG_ID, "limit": 500},
    auth=("apikey", HOLOGRAM_API_KEY),
)
for dev in resp.json()["data"]:
    print(dev["id"], dev["name"], dev["links"]["cellular"][0]["sim"])
""" % (v, r.randint(10000, 99999))
    return r.choice(["hologram/list_devices.py", "tools/hologram.py"]), txt


@T("hologram_curl", "hologram", "api-key", "shell", "hologram", "token", refs=["${HOLOGRAM_API_KEY}"])
def _t(r, v):
    txt = """#!/bin/sh
DEVICE=%d
curl -s "https://dashboard.hologram.io/api/1/devices/messages?deviceid=$DEVICE&apikey=%s" | jq .
""" % (r.randint(100000, 999999), v)
    return r.choice(["scripts/hologram_msgs.sh", "hologram.sh"]), txt


@T("onece_py", "1nce", "api-password", "python", "pw", "pw")
def _t(r, v):
    txt = """import base64
import requests

USER = "%s"
PASSWORD = "%s"

creds = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
tok = requests.post(
    "https://api.1nce.com/management-api/oauth/token",
    headers={"Authorization": f"Basic {creds}", "accept": "application/json"},
    json={"grant_type": "client_credentials"},
).json()["access_token"]

sims = requests.get("https://api.1nce.com/management-api/v1/sims",
                    headers={"Authorization": f"Bearer {tok}"}).json()
print(len(sims), "SIMs")
""" % (r.choice(USERS) + "-api@" + r.choice(["farmlab.nl", "acme-sensing.io"]), v)
    return r.choice(["1nce/sims.py", "tools/onece_usage.py"]), txt


@T("actility_yaml", "actility", "client-secret", "yaml", "pw", "pw", refs=["${THINGPARK_CLIENT_SECRET}"])
def _t(r, v):
    txt = """thingpark:
  base_url: https://%s
  realm: %s
  client_id: %s
  client_secret: %s
  subscriber_id: %d
""" % (r.choice(["community.thingpark.io", "dx-api.thingpark.io"]), r.choice(["dev1", "tpe-api"]),
       "community-api/" + r.choice(USERS) + "@" + r.choice(["farmlab.nl", "acme-sensing.io"]), v, r.randint(100000, 199999))
    return r.choice(["config/thingpark.yaml", "actility/settings.yml"]), txt


@T("loriot_js", "loriot", "app-token", "javascript", "loriot", "token")
def _t(r, v):
    txt = """const WebSocket = require('ws');

// LORIOT application websocket
const ws = new WebSocket('wss://%s.loriot.io/app?token=%s');

ws.on('message', (data) => {
  const msg = JSON.parse(data);
  if (msg.cmd === 'rx') {
    console.log(msg.EUI, msg.data, msg.rssi);
  }
});
""" % (r.choice(["eu1", "eu2", "us1"]), v)
    return r.choice(["loriot/ws-client.js", "src/loriot.js"]), txt


@T("loriot_py", "loriot", "api-key", "python", "loriot", "token")
def _t(r, v):
    txt = """import requests

LORIOT_SERVER = "%s.loriot.io"
LORIOT_TOKEN = "%s"
APP_ID = "BE%s"

hdr = {"Authorization": "Bearer " + LORIOT_TOKEN}
r = requests.get(f"https://{LORIOT_SERVER}/1/nwk/app/{APP_ID}/devices", headers=hdr)
print(r.json())
""" % (r.choice(["eu1", "eu2", "us1"]), v, rhex(r, 3, True))
    return r.choice(["loriot/api.py", "tools/loriot_devices.py"]), txt


@T("loracloud_py", "lora-cloud", "api-token", "python", "loracloud", "token")
def _t(r, v):
    txt = """import requests

DAS_URL = "https://mgs.loracloud.com/api/v1/device/send"
TOKEN = "%s"

def forward_uplink(deveui, fcnt, port, payload_hex):
    body = {deveui: {"fcnt": fcnt, "port": port, "payload": payload_hex, "dr": 5, "freq": 868100000}}
    return requests.post(DAS_URL, json=body, headers={"Authorization": TOKEN}).json()
""" % v
    return r.choice(["loracloud/das.py", "geoloc/lora_cloud.py"]), txt


@T("appskey_decrypt_py", "generic", "appskey", "python", "hexu", "hex")
def _t(r, v):
    txt = """# Decrypt FRMPayload of a captured ABP uplink (LoRaWAN 1.0.x)
from Crypto.Cipher import AES

APPSKEY = bytes.fromhex("%s")
DEVADDR = bytes.fromhex("%s")[::-1]


def decrypt(payload, fcnt, uplink=True):
    aes = AES.new(APPSKEY, AES.MODE_ECB)
    out = bytearray()
    for i in range((len(payload) + 15) // 16):
        a = bytes([1, 0, 0, 0, 0, 0 if uplink else 1]) + DEVADDR + fcnt.to_bytes(4, "little") + bytes([0, i + 1])
        s = aes.encrypt(a)
        out += bytes(x ^ y for x, y in zip(payload[i * 16:(i + 1) * 16], s))
    return bytes(out)


print(decrypt(bytes.fromhex("%s"), %d).hex())
""" % (v, devaddr(r), rhex(r, r.randint(4, 12)), r.randint(1, 5000))
    return r.choice(["tools/decrypt_frm.py", "debug/abp_decrypt.py"]), txt


@T("lora_packet_js", "generic", "nwkskey", "javascript", "hexl", "hex")
def _t(r, v):
    txt = """const lora_packet = require('lora-packet');

// MIC check for frames captured on gateway %s
const NwkSKey = Buffer.from('%s', 'hex');

function verify(hex) {
  const packet = lora_packet.fromWire(Buffer.from(hex, 'hex'));
  return lora_packet.verifyMIC(packet, NwkSKey);
}

module.exports = { verify };
""" % (gweui(r), v)
    return r.choice(["test/mic-check.js", "tools/verify-mic.js"]), txt


POS_FAMILIES = None

# --------------------------------------------------------------------------
# negative slot values
# --------------------------------------------------------------------------
TTN_DOC_EXAMPLE = "NNSXS.U4H3ZFFCMSR42BUAZPW2UWGFBV4WCNI5EXDJXDY.SHIF3PP5PBMJNZESN5XLR5TZJTJUIGKVUTM2I22IVBUVCD6VIQIA"
AES_TEST = bytes.fromhex("2B7E151628AED2A6ABF7158809CF4F3C")

GENERIC_PH = [("placeholder", "changeme"), ("placeholder", "<your-key-here>"), ("placeholder", "REPLACE_ME"),
              ("masked", "********"), ("masked", "[REDACTED]"), ("empty", ""), ("placeholder", "TODO"),
              ("placeholder", "hier-eintragen"), ("placeholder", "a_completer"), ("placeholder", "xxxxxxxx"),
              ("masked", "<hidden>"), ("placeholder", "rellenar")]

FAM_PH = {
    "hex": [("zero-key", "00000000000000000000000000000000"), ("placeholder", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"),
            ("placeholder", "YOUR_APP_KEY"), ("doc-example", "2B7E151628AED2A6ABF7158809CF4F3C"),
            ("doc-example", "2b7e151628aed2a6abf7158809cf4f3c"), ("placeholder", "<AppKey>"),
            ("masked", "********************************"), ("placeholder", "FILL_ME_IN"),
            ("placeholder", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"), ("test-key", "000102030405060708090A0B0C0D0E0F"),
            ("placeholder", "<cle-applicative-32-hex>"), ("masked", "2B7E1516************************")],
    "carr": [("zero-key", msb_carr("00" * 16)), ("placeholder", "FILLMEIN"), ("doc-example", msb_carr(AES_TEST.hex())),
             ("doc-example", msb_carr(AES_TEST.hex(), 1)), ("placeholder", "/* AppKey here, MSB */"),
             ("zero-key", "0"), ("placeholder", "0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 /* TODO */")],
    "ttn": [("placeholder", "NNSXS.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"),
            ("doc-example", TTN_DOC_EXAMPLE), ("placeholder", "NNSXS.YOUR_API_KEY"), ("placeholder", "<api-key>"),
            ("placeholder", "YOUR_TTN_API_KEY"), ("masked", "NNSXS.****"), ("placeholder", "NNSXS.xxxxx.yyyyy")],
    "ttnv2": [("placeholder", "ttn-account-v2.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"), ("placeholder", "ttn-account-v2.<access-key>"),
              ("placeholder", "YOUR_ACCESS_KEY")],
    "jwt": [("placeholder", "<API_TOKEN>"), ("placeholder", "YOUR_CHIRPSTACK_API_TOKEN"), ("masked", "eyJ***"),
            ("placeholder", "eyJ...")],
    "b64": [("doc-example", "you-must-replace-this"), ("doc-example", "verysecret"), ("placeholder", "<openssl rand -base64 32>")],
    "hex64": [("empty", ""), ("placeholder", "<openssl rand -hex 32>"), ("zero-key", "0" * 64)],
    "pw": [("placeholder", "<password>"), ("placeholder", "your-password"), ("placeholder", "<db-password>"),
           ("placeholder", "CHANGE_ME"), ("placeholder", "motdepasse"), ("placeholder", "PASSWORD_HERE")],
    "token": [("placeholder", "<api-key>"), ("placeholder", "YOUR_API_KEY"), ("placeholder", "API_KEY_GOES_HERE"),
              ("placeholder", "secret-XXXXXXXXXXXXXXXX")],
    "pem": [],
}


MARK = "\x00SLOT\x00"
CODE_ENV = {"python", "javascript", "java"}
ENV_NAMES = {"appkey": ["LORAWAN_APP_KEY", "APP_KEY", "APPKEY"], "appskey": ["APP_S_KEY", "APPSKEY"],
             "nwkskey": ["NWK_S_KEY", "NWKSKEY"], "api-key": ["TTN_API_KEY", "API_KEY"],
             "mqtt-password": ["MQTT_PASSWORD", "TTN_API_KEY"], "api-token": ["CHIRPSTACK_API_TOKEN", "API_TOKEN"],
             "access-key": ["TTN_ACCESS_KEY"], "api-password": ["API_PASSWORD", "SIGFOX_API_PASSWORD"],
             "auth-key": ["SORACOM_AUTH_KEY"], "app-token": ["LORIOT_TOKEN"], "credential-secret": ["NODE_RED_CREDENTIAL_SECRET"]}


def code_env_ref(r, tpl, text):
    name = r.choice(ENV_NAMES.get(tpl["kind"], [tpl["kind"].upper().replace("-", "_")]))
    ft = tpl["filetype"]
    if ft == "python":
        expr = r.choice(['os.environ["%s"]', 'os.getenv("%s")', 'os.environ.get("%s", "")']) % name
    elif ft == "javascript":
        expr = r.choice(["process.env.%s", "process.env['%s']"]) % name
    else:
        expr = 'System.getenv("%s")' % name
    for q in ('"', "'"):
        if q + MARK + q in text:
            text = text.replace(q + MARK + q, expr, 1)
            if MARK in text:
                return None
            if ft == "python" and "import os" not in text:
                ls = text.split("\n")
                k = 0
                while k < len(ls) and (ls[k].startswith("#") or not ls[k].strip()):
                    k += 1
                ls.insert(k, "import os")
                text = "\n".join(ls)
            return text
    return None


def neg_slot_value(r, tpl):
    fam = tpl["fam"]
    if fam == "pem":
        return "env-ref", None
    opts = list(FAM_PH.get(fam, []))
    if fam not in ("carr",):
        opts += GENERIC_PH
    for ref in tpl["refs"]:
        opts += [("env-ref", ref)] * 3
    return r.choice(opts)


# --------------------------------------------------------------------------
# look-alike negatives: fn(r) -> (relpath, text)
# --------------------------------------------------------------------------
LOOK = []


def L(name, provider, kind, filetype):
    def deco(fn):
        LOOK.append(dict(name=name, provider=provider, kind=kind, filetype=filetype, fn=fn))
        return fn
    return deco


def cert_pem(r, label="CERTIFICATE", nbytes=None):
    n = nbytes or r.choice([420, 480, 560, 640])
    der = bytes.fromhex("308201") + rbytes(r, n)
    body = b64(der)
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, "\n".join(body[i:i + 64] for i in range(0, len(body), 64)), label)


def ec_pub_pem(r):
    der = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d030107034200") + b"\x04" + rbytes(r, 64)
    body = b64(der)
    return "-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----\n" % "\n".join(body[i:i + 64] for i in range(0, len(body), 64))


@L("pf_global_conf", "semtech-pf", "gateway-eui", "json")
def _l(r):
    d = {"SX1301_conf": {"lorawan_public": True, "clksrc": 1, "antenna_gain": 0,
                         "radio_0": {"enable": True, "type": "SX1257", "freq": 867500000, "rssi_offset": -166.0, "tx_enable": True},
                         "radio_1": {"enable": True, "type": "SX1257", "freq": 868500000, "rssi_offset": -166.0, "tx_enable": False},
                         "chan_multiSF_0": {"enable": True, "radio": 1, "if": -400000}},
         "gateway_conf": {"gateway_ID": gweui(r), "server_address": r.choice(["eu1.cloud.thethings.network", "router.eu.thethings.network", "localhost"]),
                          "serv_port_up": 1700, "serv_port_down": 1700, "keepalive_interval": 10,
                          "stat_interval": 30, "push_timeout_ms": 100, "forward_crc_valid": True}}
    return r.choice(["packet_forwarder/global_conf.json", "gateway/global_conf.json"]), json.dumps(d, indent=r.choice([1, 2, 4])) + "\n"


@L("pf_local_conf", "semtech-pf", "gateway-eui", "json")
def _l(r):
    d = {"gateway_conf": {"gateway_ID": gweui(r), "ref_latitude": round(r.uniform(40, 56), 5),
                          "ref_longitude": round(r.uniform(-3, 16), 5), "ref_altitude": r.randint(0, 400),
                          "contact_email": "noc@%s" % r.choice(["farmlab.nl", "acme-sensing.io"]), "description": "%s rooftop" % r.choice(PLACES)}}
    return r.choice(["gateway/local_conf.json", "lora_pkt_fwd/local_conf.json"]), json.dumps(d, indent=2) + "\n"


@L("station_conf", "basics-station", "gateway-eui", "json")
def _l(r):
    d = {"radio_conf": {"lorawan_public": True, "clksrc": 0, "device": "/dev/spidev0.0", "pps": True,
                        "radio_0": {"type": "SX1250", "freq": 867500000, "antenna_gain": 0, "rssi_offset": -215.4, "tx_enable": True}},
         "station_conf": {"routerid": gweui(r), "log_file": "stderr", "log_level": "DEBUG", "log_size": 10000000, "log_rotate": 3}}
    return r.choice(["station/station.conf", "gateway/station.conf"]), json.dumps(d, indent=2) + "\n"


@L("station_trust", "basics-station", "ca-certificate", "pem")
def _l(r):
    return r.choice(["station/tc.trust", "station/cups.trust", "gateway/certs/tc.trust"]), cert_pem(r)


@L("station_cert", "basics-station", "client-certificate", "pem")
def _l(r):
    return r.choice(["station/tc.crt", "awsiot/gateway.certificate.pem", "certs/cups.crt"]), cert_pem(r)


@L("ec_public_key", "basics-station", "public-key", "pem")
def _l(r):
    return r.choice(["certs/gateway.pub.pem", "keys/station_pub.pem"]), ec_pub_pem(r)


@L("lmic_extern_keys", "mcci-lmic", "eui", "arduino")
def _l(r):
    de = deveui(r)
    txt = """#include <lmic.h>
#include <hal/hal.h>
#include "secrets.h"   // defines APPKEY_BYTES, not committed

// LSB first
static const u1_t PROGMEM APPEUI[8] = { %s };
void os_getArtEui (u1_t* buf) { memcpy_P(buf, APPEUI, 8);}

// DevEUI %s (LSB first)
static const u1_t PROGMEM DEVEUI[8] = { %s };
void os_getDevEui (u1_t* buf) { memcpy_P(buf, DEVEUI, 8);}

static const u1_t PROGMEM APPKEY[16] = APPKEY_BYTES;
void os_getDevKey (u1_t* buf) {  memcpy_P(buf, APPKEY, 16);}
""" % (lsb_carr(joineui(r)), de, lsb_carr(de))
    n = r.choice(["otaa_node", "soil_sensor"])
    return "%s/%s.ino" % (n, n), txt


@L("ttn_uplink_json", "the-things-stack", "uplink-message", "json")
def _l(r):
    ge = gweui(r)
    pay = rbytes(r, r.randint(4, 20))
    d = {"end_device_ids": {"device_id": dev_id(r), "application_ids": {"application_id": app_id(r)},
                            "dev_eui": deveui(r), "join_eui": joineui(r), "dev_addr": devaddr(r)},
         "correlation_ids": ["gs:uplink:01H" + ralnum(r, 23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")],
         "received_at": "2024-05-1%dT08:%02d:%02d.%06dZ" % (r.randint(0, 9), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999)),
         "uplink_message": {"session_key_id": b64(rbytes(r, 16)), "f_port": r.randint(1, 20), "f_cnt": r.randint(0, 9999),
                            "frm_payload": b64(pay), "decoded_payload": {"temperature": round(r.uniform(-5, 30), 1), "battery": round(r.uniform(2.9, 3.6), 2)},
                            "rx_metadata": [{"gateway_ids": {"gateway_id": "gw-" + r.choice(PLACES), "eui": ge},
                                             "rssi": -r.randint(40, 120), "snr": round(r.uniform(-15, 10), 1),
                                             "uplink_token": b64(rbytes(r, 60))}],
                            "settings": {"data_rate": {"lora": {"bandwidth": 125000, "spreading_factor": r.randint(7, 12)}},
                                         "frequency": str(r.choice([868100000, 868300000, 868500000, 867100000]))},
                            "consumed_airtime": "0.%06ds" % r.randint(40000, 999999)}}
    return r.choice(["test/fixtures/uplink.json", "samples/ttn-uplink-%d.json" % r.randint(1, 99)]), json.dumps(d, indent=2) + "\n"


@L("cs_uplink_json", "chirpstack", "uplink-event", "json")
def _l(r):
    d = {"deduplicationId": ruuid(r), "time": "2024-03-0%dT10:%02d:00.1Z" % (r.randint(1, 9), r.randint(0, 59)),
         "deviceInfo": {"tenantId": ruuid(r), "applicationId": ruuid(r), "deviceProfileId": ruuid(r),
                        "deviceName": dev_id(r), "devEui": deveui(r, False)},
         "devAddr": devaddr(r).lower(), "adr": True, "dr": 5, "fCnt": r.randint(0, 9999), "fPort": r.randint(1, 20),
         "confirmed": False, "data": b64(rbytes(r, r.randint(3, 24))),
         "rxInfo": [{"gatewayId": gweui(r).lower(), "uplinkId": r.randint(1, 60000), "rssi": -r.randint(40, 120), "snr": 7.5, "context": b64(rbytes(r, 4))}],
         "txInfo": {"frequency": 868100000, "modulation": {"lora": {"bandwidth": 125000, "spreadingFactor": 7, "codeRate": "CR_4_5"}}}}
    return r.choice(["testdata/chirpstack_up.json", "fixtures/cs-event-up.json"]), json.dumps(d, indent=2) + "\n"


@L("decoder_js", "the-things-stack", "payload-decoder", "javascript")
def _l(r):
    vec = [rhex(r, r.randint(4, 11), True) for _ in range(3)]
    txt = """// TTN v3 uplink payload formatter
function decodeUplink(input) {
  var b = input.bytes;
  return {
    data: {
      temperature: ((b[0] << 8) | b[1]) / 100,
      humidity: b[2] / 2,
      battery: b[3] * 0.02,
    },
    warnings: [],
    errors: []
  };
}

// test vectors
// %s -> {"temperature": 21.5, ...}
// %s
// %s
""" % tuple(vec)
    return r.choice(["codec/decoder.js", "payload-formatters/uplink.js"]), txt


@L("decoder_test_yaml", "lorawan-devices", "codec-test", "yaml")
def _l(r):
    txt = """uplinkDecoder:
  fileName: %s.js
  examples:
    - description: Periodic uplink
      input:
        fPort: %d
        bytes: [%s]
      output:
        data:
          battery: %.2f
          temperature: %.1f
""" % (r.choice(NAMES), r.randint(1, 20), ", ".join("0x%02X" % x for x in rbytes(r, 16)), r.uniform(2.9, 3.6), r.uniform(-5, 30))
    return r.choice(["vendor/%s/%s-codec.yaml" % (r.choice(["dragino", "rakwireless", "milesight"]), r.choice(NAMES)), "codec.yaml"]), txt


@L("device_eui_csv", "generic", "eui-list", "csv")
def _l(r):
    lines = ["dev_eui,join_eui,dev_addr,name,installed"]
    for _ in range(r.randint(3, 12)):
        lines.append("%s,%s,%s,%s,2024-0%d-%02d" % (deveui(r), joineui(r), devaddr(r), dev_id(r), r.randint(1, 9), r.randint(1, 28)))
    return r.choice(["inventory/devices.csv", "docs/deployed_nodes.csv"]), "\n".join(lines) + "\n"


@L("spec_test_vectors", "lorawan-spec", "doc-example", "python")
def _l(r):
    txt = """import unittest
from lorawan.crypto import aes_cmac

# Vectors from RFC 4493 (AES-CMAC) - key is the standard AES example key
K = bytes.fromhex("2b7e151628aed2a6abf7158809cf4f3c")


class CmacTest(unittest.TestCase):
    def test_empty(self):
        self.assertEqual(aes_cmac(K, b"").hex(), "bb1d6929e95937287fa37d129b756746")

    def test_16(self):
        m = bytes.fromhex("6bc1bee22e409f96e93d7e117393172a")
        self.assertEqual(aes_cmac(K, m).hex(), "070a16b46b4d4144f79bdd9dd04a287c")

    def test_mic_zero_key(self):
        self.assertEqual(len(aes_cmac(bytes(16), bytes.fromhex("%s"))[:4]), 4)
"""
    return r.choice(["tests/test_cmac.py", "lorawan/tests/test_crypto.py"]), txt % rhex(r, 12)


@L("freq_plan_yaml", "the-things-stack", "frequency-plan", "yaml")
def _l(r):
    chans = "\n".join("  - frequency: %d\n    min-data-rate: 0\n    max-data-rate: 5" % f for f in [868100000, 868300000, 868500000, 867100000, 867300000])
    txt = "band-id: EU_863_870\nuplink-channels:\n%s\nlora-standard-channel:\n  frequency: 868300000\n  data-rate: 6\nrx2-channel:\n  frequency: 869525000\n  data-rate: 3\n" % chans
    return r.choice(["frequency-plans/EU_863_870_custom.yml", "config/freqplan.yml"]), txt


@L("fw_checksums", "generic", "checksum", "text")
def _l(r):
    lines = ["%s  %s" % (rhex(r, 32), f) for f in ["firmware-%d.%d.%d.bin" % (r.randint(0, 3), r.randint(0, 9), r.randint(0, 20)), "bootloader.hex", "ota-manifest.json"]]
    return r.choice(["release/SHA256SUMS", "dist/sha256sums.txt"]), "\n".join(lines) + "\n"


@L("ttn_device_nokeys", "the-things-stack", "device-ids", "json")
def _l(r):
    d = {"ids": tts_ids(r), "name": "%s node" % r.choice(PLACES).title(), "frequency_plan_id": fplan(r),
         "lorawan_version": "MAC_V1_0_3", "lorawan_phy_version": "PHY_V1_0_3_REV_A", "supports_join": True,
         "version_ids": {"brand_id": r.choice(["dragino", "rakwireless", "elsys"]), "model_id": r.choice(["lht65", "rak7204", "ers-co2"]),
                         "hardware_version": "1.0", "firmware_version": "1.%d" % r.randint(0, 9), "band_id": "EU_863_870"}}
    return r.choice(["devices/%s.json" % dev_id(r), "ttn/device-template.json"]), json.dumps(d, indent=2) + "\n"


@L("mosquitto_passwd", "mosquitto", "password-hash", "text")
def _l(r):
    lines = []
    for u in r.sample(["chirpstack", "gw-kiel", "gw-delft", "nodered", "telegraf", "integration"], 3):
        lines.append("%s:$7$101$%s$%s" % (u, b64(rbytes(r, 12)), b64(rbytes(r, 64))))
    return r.choice(["mosquitto/config/passwd.sample", "docker/mosquitto/passwordfile.hashed"]), "\n".join(lines) + "\n"


@L("cs_device_profile", "chirpstack", "uuids", "json")
def _l(r):
    d = {"id": ruuid(r), "tenantId": ruuid(r), "name": r.choice(["LHT65 EU868", "RAK7204", "generic-classA"]),
         "region": "EU868", "macVersion": "LORAWAN_1_0_3", "regParamsRevision": "A", "adrAlgorithmId": "default",
         "payloadCodecRuntime": "JS", "uplinkInterval": r.choice([600, 1200, 3600]), "supportsOtaa": True,
         "measurements": {"temperature": {"kind": "GAUGE", "name": "Temperature"}}}
    return r.choice(["chirpstack/device-profiles/%s.json" % rhex(r, 4), "profiles/device-profile.json"]), json.dumps(d, indent=2) + "\n"


@L("sim_inventory", "1nce", "sim-ids", "csv")
def _l(r):
    lines = ["iccid,imsi,msisdn,imei,label"]
    for _ in range(r.randint(3, 10)):
        lines.append("898822%013d,9014%011d,882%09d,35%013d,%s" % (r.randrange(10 ** 13), r.randrange(10 ** 11), r.randrange(10 ** 9), r.randrange(10 ** 13), dev_id(r)))
    return r.choice(["sims/inventory.csv", "ops/1nce_sims.csv"]), "\n".join(lines) + "\n"


@L("sigfox_callback", "sigfox", "callback-template", "json")
def _l(r):
    d = {"channel": "URL", "callbackType": 0, "callbackSubtype": 2, "payloadConfig": "temp::int:16:little-endian",
         "enabled": True, "url": "https://%s/sigfox/uplink" % r.choice(["ingest.farmlab.nl", "api.acme-sensing.io"]),
         "httpMethod": "POST", "contentType": "application/json",
         "bodyTemplate": "{\"device\":\"{device}\",\"time\":{time},\"data\":\"{data}\",\"seq\":{seqNumber},\"rssi\":\"{rssi}\"}",
         "headers": {"X-Device-Type": rhex(r, 12)}}
    return r.choice(["sigfox/callback.json", "infra/sigfox-callback.json"]), json.dumps(d, indent=2) + "\n"


@L("authorized_keys", "generic", "ssh-public-key", "text")
def _l(r):
    lines = ["ssh-ed25519 %s %s@%s" % (b64(bytes.fromhex("0000000b7373682d65643235353139") + b"\x00\x00\x00\x20" + rbytes(r, 32)), r.choice(USERS), r.choice(["laptop", "noc", "ci"]))
             for _ in range(r.randint(1, 3))]
    return r.choice(["gateway/rootfs/home/pi/.ssh/authorized_keys", "provision/authorized_keys"]), "\n".join(lines) + "\n"


@L("compose_digests", "chirpstack", "image-digest", "yaml")
def _l(r):
    txt = """services:
  chirpstack:
    image: chirpstack/chirpstack@sha256:%s
  gateway-bridge:
    image: chirpstack/chirpstack-gateway-bridge@sha256:%s
  mosquitto:
    image: eclipse-mosquitto@sha256:%s
""" % (rhex(r, 32), rhex(r, 32), rhex(r, 32))
    return r.choice(["deploy/compose.pinned.yml", "docker-compose.lock.yml"]), txt


@L("pkg_lock", "node-red", "integrity-hash", "json")
def _l(r):
    d = {"name": "node-red-ttn-flows", "lockfileVersion": 3, "requires": True,
         "packages": {"node_modules/mqtt": {"version": "5.%d.%d" % (r.randint(0, 9), r.randint(0, 9)),
                                             "resolved": "https://registry.npmjs.org/mqtt/-/mqtt-5.3.4.tgz",
                                             "integrity": "sha512-" + b64(rbytes(r, 64))},
                      "node_modules/lora-packet": {"version": "0.9.%d" % r.randint(0, 9),
                                                   "resolved": "https://registry.npmjs.org/lora-packet/-/lora-packet-0.9.2.tgz",
                                                   "integrity": "sha512-" + b64(rbytes(r, 64))}}}
    return "package-lock.json", json.dumps(d, indent=2) + "\n"


@L("mic_notes_md", "generic", "mic-payload", "markdown")
def _l(r):
    phy = "40" + rhex(r, 4, True) + "80" + rhex(r, 2, True) + "01" + rhex(r, 6, True)
    mic = rhex(r, 4, True)
    txt = """## Debug notes: failed MIC on %s

Raw PHYPayload: `%s%s`
MIC reported by NS: `%s` (expected `%s`)
DevAddr: `%s`, FCnt 0x%04X
JoinAccept (encrypted): `%s`
Gateway EUI: `%s`

Root cause: device reset its frame counter (ABP); enabled "resets_f_cnt".
""" % (dev_id(r), phy, mic, mic, rhex(r, 4, True), devaddr(r), r.randint(0, 65535), "20" + rhex(r, 16, True), gweui(r))
    return r.choice(["docs/debug/mic-failure.md", "NOTES.md"]), txt


@L("cs_region_toml", "chirpstack", "region-config", "toml")
def _l(r):
    ch = "\n".join("      [[regions.network.extra_channels]]\n      frequency=%d\n      min_dr=0\n      max_dr=5\n" % f for f in [867100000, 867300000, 867500000])
    txt = """[[regions]]
  id="eu868"
  description="EU868"
  common_name="EU868"

  [regions.gateway]
    force_gws_private=false

    [regions.gateway.backend]
      enabled="mqtt"

      [regions.gateway.backend.mqtt]
        event_topic="eu868/gateway/+/event/+"
        command_topic="eu868/gateway/{{ gateway_id }}/command/{{ command }}"
        server="tcp://$MQTT_BROKER_HOST:1883"
        username=""
        password=""

  [regions.network]
    installation_margin=10
    rx1_delay=1
%s""" % ch
    return r.choice(["configuration/chirpstack/region_eu868.toml", "chirpstack/region_eu868.toml"]), txt


@L("helium_hotspots", "helium", "hotspot-address", "json")
def _l(r):
    alph = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    hs = [{"address": "11" + ralnum(r, 49, alph), "name": "-".join(r.sample(["quaint", "brave", "fuzzy", "tangy", "spicy", "mini", "lemon", "walrus", "panda", "owl"], 3)),
           "owner": "13" + ralnum(r, 48, alph), "location": "8c1f" + rhex(r, 6)[:11]} for _ in range(r.randint(2, 5))]
    return r.choice(["helium/hotspots.json", "coverage/hotspots.json"]), json.dumps(hs, indent=2) + "\n"


@L("ttn_apikey_list", "the-things-stack", "api-key-id", "text")
def _l(r):
    lines = ["$ ttn-lw-cli applications api-keys list %s" % app_id(r)]
    ks = []
    for _ in range(r.randint(1, 3)):
        ks.append({"id": b32(rbytes(r, 24)), "name": r.choice(["grafana", "node-red", "ci", "storage-export"]),
                   "rights": ["RIGHT_APPLICATION_TRAFFIC_READ"], "created_at": "2024-02-0%dT12:00:00Z" % r.randint(1, 9)})
    lines.append(json.dumps({"api_keys": ks}, indent=2))
    return r.choice(["docs/api-keys.txt", "ops/ttn-keys-audit.txt"]), "\n".join(lines) + "\n"


@L("gateway_log", "semtech-pf", "rxpk-log", "log")
def _l(r):
    ge = gweui(r)
    out = ["INFO: gateway MAC address is configured to %s" % ge]
    for _ in range(r.randint(3, 8)):
        rx = {"rxpk": [{"tmst": r.randint(10 ** 8, 4 * 10 ** 9), "chan": r.randint(0, 7), "rfch": 0, "freq": 868.1, "stat": 1,
                        "modu": "LORA", "datr": "SF%dBW125" % r.randint(7, 12), "codr": "4/5", "rssi": -r.randint(40, 120),
                        "lsnr": 7.2, "size": 23, "data": b64(rbytes(r, 23))}]}
        out.append("JSON up: " + json.dumps(rx, separators=(",", ":")))
    return r.choice(["logs/pkt_fwd.log", "gateway/debug/lora_pkt_fwd.log"]), "\n".join(out) + "\n"


@L("k8s_configmap", "chirpstack", "config-checksum", "yaml")
def _l(r):
    txt = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: chirpstack
spec:
  template:
    metadata:
      annotations:
        checksum/config: %s
        checksum/regions: %s
      labels:
        pod-template-hash: %s
    spec:
      containers:
        - name: chirpstack
          image: chirpstack/chirpstack:4.%d.0
          envFrom:
            - secretRef:
                name: chirpstack-secrets
""" % (rhex(r, 32), rhex(r, 32), ralnum(r, 10, "bcdfghjklmnpqrstvwxz2456789"), r.randint(3, 11))
    return r.choice(["k8s/chirpstack/deployment.yaml", "deploy/k8s/chirpstack.yaml"]), txt


@L("version_json", "generic", "build-info", "json")
def _l(r):
    d = {"version": "%d.%d.%d" % (r.randint(0, 4), r.randint(0, 20), r.randint(0, 50)), "commit": rhex(r, 20),
         "build": ruuid(r), "fw_sha256": rhex(r, 32), "lorawan_stack": "LoRaMac-node 4.7.0", "device_class": "A"}
    return r.choice(["firmware/build-info.json", "version.json"]), json.dumps(d, indent=2) + "\n"


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
ENV_RE = re.compile(r"(^|/)\.env(\.(?!example$|sample$|template$|dist$)[A-Za-z0-9_-]+)?$")


def line_of(text, needle):
    i = text.find(needle)
    assert i >= 0, needle
    ln = text.count("\n", 0, i) + 1
    assert needle in text.split("\n")[ln - 1]
    return ln


def make_secret(r, tpl, used):
    for _ in range(50):
        g = GEN[tpl["gen"]](r)
        if tpl["gen"] == "ecpem":
            key = g[0]
        else:
            key = g
        if key not in used:
            used.add(key)
            return g, key
    raise RuntimeError("could not make unique secret")


def render_pos(r, tpl, used):
    g, needle = make_secret(r, tpl, used)
    if tpl["gen"] == "ecpem":
        v = "-----BEGIN EC PRIVATE KEY-----\n%s\n-----END EC PRIVATE KEY-----\n" % "\n".join(g)
    else:
        v = g
    path, text = tpl["fn"](r, v)
    return path, text, needle


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_nl.py OUTDIR SEED\n")
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    used = set()
    manifest, secrets = [], []
    files = []

    # positives: round-robin over shuffled templates; .env limited
    order = list(TEMPLATES)
    r.shuffle(order)
    env_count = 0
    i = 0
    k = 0
    while i < 500:
        tpl = order[k % len(order)]
        k += 1
        if tpl["filetype"] == "dotenv":
            if env_count >= 12 or r.random() < 0.5:
                continue
            env_count += 1
        path, text, needle = render_pos(r, tpl, used)
        rel = "pos/p%04d/%s" % (i, path)
        ln = line_of(text, needle)
        files.append((rel, text))
        manifest.append({"file": rel, "label": "pos", "provider": tpl["provider"], "kind": tpl["kind"],
                         "filetype": tpl["filetype"], "template": tpl["name"]})
        secrets.append({"file": rel, "needle": needle, "line": ln})
        i += 1
        if k % len(order) == 0:
            r.shuffle(order)

    # negatives
    slot_tpls = [t for t in TEMPLATES if t["fam"] != "pem"]
    negs = []
    for j in range(250):
        tpl = slot_tpls[j % len(slot_tpls)] if j < len(slot_tpls) else r.choice(slot_tpls)
        kind, val = neg_slot_value(r, tpl)
        path, text = None, None
        if tpl["filetype"] in CODE_ENV and r.random() < 0.4:
            path, text = tpl["fn"](r, MARK)
            text = code_env_ref(r, tpl, text)
            if text is None:
                path = None
            else:
                kind = "env-ref"
        if path is None:
            path, text = tpl["fn"](r, val)
        if ENV_RE.search(path):
            path = path.rsplit(".env", 1)[0] + r.choice([".env.example", ".env.sample"])
        negs.append((path, text, tpl["provider"], kind, tpl["filetype"], tpl["name"] + "/slot"))
    for j in range(250):
        lt = LOOK[j % len(LOOK)] if j < 2 * len(LOOK) else r.choice(LOOK)
        path, text = lt["fn"](r)
        negs.append((path, text, lt["provider"], lt["kind"], lt["filetype"], lt["name"]))
    r.shuffle(negs)
    for j, (path, text, prov, kind, ft, tname) in enumerate(negs):
        assert not ENV_RE.search(path)
        rel = "neg/n%04d/%s" % (j, path)
        files.append((rel, text))
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ft, "template": tname})

    # sanity: negatives contain no positive needle
    needles = [s["needle"] for s in secrets]
    for rel, text in files:
        if rel.startswith("neg/"):
            for nd in needles:
                assert nd not in text, (rel, nd)

    for rel, text in files:
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s in secrets:
            f.write(json.dumps(s, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
