#!/usr/bin/env python3
"""gen_kw.py - blind evaluation set: mobile core networks, SIM provisioning, telecom test beds.

EMPHASIS
    Domain: 4G/5G core networks and lab test beds. Providers / projects: Open5GS
    (subscriber k/opc in MongoDB, open5gs-dbctl, WebUI admin password, db_uri),
    free5GC (webconsole subscriber JSON, webuicfg MongoDB URL, UERANSIM UE configs,
    UDM SUCI home-network private key), srsRAN/srsEPC (user_db.csv, ue.conf [usim]),
    OpenAirInterface (oai_db.sql `users` / `AuthenticationSubscription`, nrUE uicc0,
    MySQL passwords), pySim (pySim-prog.py -a/-A ADM1 -k --opc, CSV sources,
    pySim-shell verify_adm, OTA keysets), sysmoUSIM/sysmoISIM card data (ADM1,
    KIC1/KID1/KIK1 OTA keys), Osmocom (osmo-hlr VTY/SQL auc_2g/auc_3g, osmo-msc
    SMPP ESME password, VTY enable password), Kamailio IMS (P/I/S-CSCF DB_URL),
    PyHSS, Magma orc8r (TLS keys, DB password), Nokia NetAct / Ericsson ENM
    northbound passwords, eSIM SM-DP+ (ES9+/ES2+ TLS keys, keystore passwords),
    telecom API gateways (Nokia Network as Code application key, Vonage API
    secret / application private key, CAMARA OAuth client secrets).
    File types: YAML, JSON, CSV, SQL, Python, shell, conf/cfg (Osmocom VTY,
    Kamailio, srsRAN ini), Lua, Markdown, plus JS/TS, Terraform, XML, properties,
    logs, .env (positives only, at most 1 in 20).

USAGE
    python3 -B gen_kw.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line
    per positive: file, needle, 1-based line of the needle's first occurrence).
    All randomness comes from one random.Random(SEED); output is byte-identical
    for one seed.

NEEDLE CONVENTIONS
    * Hex keys (K, OPc, OP, KIc/KID/KIK, SUCI private key): the hex digits exactly
      as written (case kept). In SQL `0x...` literals the needle excludes `0x`.
      Open5GS WebUI style spaced hex ("465B5CE8 B199B49F ...") : the whole spaced
      string.
    * ADM1: the 8 decimal digits (pySim -a) or 16 hex digits (pySim -A).
    * Passwords inside URLs / connection strings (mongodb://u:PASS@h, mysql://):
      only the password component.
    * HTTP headers (X-RapidAPI-Key: ...): only the header value.
    * Key pairs (API key + secret, application id + private key): only the secret
      part; the public id is context.
    * Multi-line PEM private keys: the "-----BEGIN ... PRIVATE KEY-----" line text
      (without indentation); line = the line of that BEGIN marker.

NEGATIVES
    Half re-use the positive templates with the slot holding: 3GPP TS 35.207/35.208
    Milenage test-set values (sets 1-3), project documentation default subscribers
    (Open5GS 465B5CE8.../E8ED289D..., srsRAN 00112233.../63bfa50e...,
    free5GC 8baf473f.../8e27b6af..., OAI 0C0A3460..., OsmoHLR manual
    deaf0ff1.../cededeff...), default passwords from docs (Open5GS WebUI 1423,
    free5GC webconsole free5gc, Kamailio kamailiorw), placeholders, empty or masked
    values, ${VAR} / Helm / Ansible / vault / op:// references, and public keys in
    place of private keys. The other half are look-alikes: IMSIs, ICCIDs (Luhn),
    IMEIs, MSISDNs, EIDs, PLMN/TAC/cell ids, RAND/AUTN/XRES/SQN/MAC-A from logs and
    traces, SUCI strings and home-network PUBLIC keys, Milenage test-vector files,
    OTA TAR/SPI/counters/checksums, SIP digest nonces/responses, image digests,
    commit hashes, UUID NF instance ids, Mongo ObjectIds, certificate fingerprints
    and PEM public keys / certificates, env-var references in code.
    No negative is written to a file named .env / .env.<x> (only .env.example).

FORMATS CHECKED
    * srsEPC user_db.csv header "Name,Auth,IMSI,Key,OP_Type,OP/OPc,AMF,SQN,QCI,
      IP_alloc" and the example rows 00112233.../63bfa50e... (srsRAN repo example).
    * Open5GS subscriber document: security {k, opc, op, amf "8000"} and the WebUI
      default subscriber K 465B5CE8 B199B49F AA5F0A2E E238A6BC / OPc E8ED289D...
    * free5GC UERANSIM uecfg.yaml key 8baf473f... op 8e27b6af... opType OPC.
    * TS 35.208 test sets 1-3 K/OP/OPc/RAND (multiple independent projects).
    * TS 33.501 Annex C.4 SUCI Profile A/B home network keys (free5GC udmcfg).
    * OsmoHLR VTY "subscriber imsi N update aud3g milenage k HEX opc HEX".
    * Nokia Network as Code: nac.NetworkAsCodeClient(token="<your-application-key-here>").
    * Amarisoft test SIM defaults (Ki 00112233..., admin key 11111111).
    * Card data variables IMSI, ICCID, PIN1, PUK1, ADM1, KI, OPC, KIC1, KID1, KIK1.

DOUBTS
    * Network as Code application keys are assumed to be RapidAPI keys (50 chars:
      10 hex + "msh" + 14 hex + "p1" + 6 hex + "jsn" + 12 hex); not confirmed
      in Nokia's own docs.
    * Vonage API secret assumed 16 alphanumerics, API key 8 hex (not re-checked).
    * sysmoUSIM/ISIM ADM1 assumed 8 decimal digits; OTA keys assumed AES-128
      (32 hex). Osmocom VTY "enable password" / SMPP "esme" password syntax from
      memory. FHoSS/PyHSS column names and ENM IDToken login are from memory.
    * PEM keys are structurally plausible DER with random contents, not real
      key pairs. CAMARA gateway client secrets have no single documented format.
"""
import base64
import json
import os
import random
import re
import string
import sys

HEXD = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits

# ---------------------------------------------------------------- doc values
DOC_K = ["465b5ce8b199b49faa5f0a2ee238a6bc", "0396eb317b6d1c36f19c1c84cd6ffd16",
         "fec86ba6eb707ed08905757b1bb44b8f", "00112233445566778899aabbccddeeff",
         "8baf473f2f8fd09487cccbd7097c6862", "0c0a34601d4f07677303652c0462535b",
         "deaf0ff1ced0d0dabbedd1ced1cef00d"]
DOC_OPC = ["cd63cb71954a9f4e48a5994e37a02baf", "53c15671c60a4b731c55b4a441c0bde2",
           "1006020f0a478bf6b699f15c062e42b3", "e8ed289deba952e4283b54e88e6183ca",
           "63bfa50ee6523365ff14c1f45f88737d", "8e27b6af0e692e750f32667a3b14605d",
           "cededeffacedacefacedbadfadedbeef"]
DOC_OP = ["cdc202d5123e20f62b6d676ac72cb318", "ff53bade17df5d4e793073ce9d7579fa",
          "dbc59adcb6f9a0ef735477b7fadf8374"]
DOC_RAND = ["23553cbe9637a89d218ae64dae47bf35", "c00d603103dcee52c4478119494202e8"]
DOC_OTA = ["000102030405060708090a0b0c0d0e0f", "00000000000000000000000000000000",
           "11111111111111111111111111111111"]
SUCI_A_PRIV = "c53c22208b61860b06c62e5406a7b330c2b577aa5558981510d128247d38bd1d"
SUCI_A_PUB = "5a8d38864820197c3394b92613b20b91633cbd897119273bf8e4a6f4eec0a650"
SUCI_B_PRIV = "F1AB1074477EBCC7F554EA1C5FC368B1616730155E0041AC447D6301975FECDA"
SUCI_B_PUB = ("0472DA71976234CE833A6907425867B82E074D44EF907DFB4B3E21C1C2256EBCD15A7DED52"
              "FCBB097A4ED250E036C7B9C8C7004C4EEDC4F068CD7BF8D3F900E3B4")
DOC_PW = ["1423", "free5gc", "kamailiorw", "changeme", "password", "admin", "secret"]
PLMNS = [("001", "01"), ("999", "70"), ("208", "93"), ("901", "70"), ("001", "001"),
         ("315", "010"), ("999", "99"), ("262", "42")]
WORDS = ["orbit", "falcon", "granite", "harbor", "lumen", "cobalt", "meadow", "vector",
         "tundra", "ember", "quartz", "saffron", "nimbus", "pylon", "delta", "kestrel",
         "juniper", "basalt", "comet", "fjord", "onyx", "prism", "sierra", "willow"]
PEOPLE = ["anna", "bjorn", "chen", "dmitri", "elena", "farid", "gwen", "hiro", "ines",
          "jonas", "kofi", "lena", "marek", "nadia", "omar", "priya"]
SITES = ["lab1", "rack-b", "testbed-east", "campus-nw", "field-trial", "demo-kit",
         "ci-runner", "edge-02"]


def rhex(r, n):
    return "".join(r.choice(HEXD) for _ in range(n))


def rdig(r, n):
    return "".join(r.choice(string.digits) for _ in range(n))


def ralnum(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def luhn(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def strong_hex(r, n):
    # random hex that is not a trivial pattern (always true in practice)
    while True:
        h = rhex(r, n)
        if len(set(h)) >= 8:
            return h


def gen_password(r, uri_safe=False, maxlen=None):
    mode = r.randrange(3)
    if mode == 0:
        sym = "-_.~" if uri_safe else "!#%*+-_.=,"
        n = r.randint(14, 22)
        while True:
            p = "".join(r.choice(ALNUM + sym) for _ in range(n))
            if any(c.isdigit() for c in p) and any(c.isalpha() for c in p) and p[0] not in sym:
                break
    elif mode == 1:
        ws = [r.choice(WORDS) for _ in range(3)]
        ws = [w.capitalize() if r.random() < 0.5 else w for w in ws]
        p = r.choice(["-", "_", "."]).join(ws) + str(r.randint(10, 9999))
    else:
        while True:
            p = ralnum(r, r.randint(16, 24))
            if any(c.isdigit() for c in p) and any(c.isupper() for c in p):
                break
    if maxlen:
        p = p[:maxlen]
    return p


def b64wrap(der, width=64):
    s = base64.b64encode(der).decode()
    return [s[i:i + width] for i in range(0, len(s), width)]


def pem(label, der):
    return "\n".join(["-----BEGIN %s-----" % label] + b64wrap(der) + ["-----END %s-----" % label])


def pem_ec_sec1(r):
    der = (bytes.fromhex("307702010104") + b"\x20" + rbytes(r, 32)
           + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rbytes(r, 64))
    return pem("EC PRIVATE KEY", der)


def pem_ec_pkcs8(r):
    der = (bytes.fromhex("308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420")
           + rbytes(r, 32) + bytes.fromhex("a14403420004") + rbytes(r, 64))
    return pem("PRIVATE KEY", der)


def pem_rsa_pkcs1(r):
    pre = bytes.fromhex("308204a40201000282010100")
    n = bytes([0x80 | r.randrange(128)]) + rbytes(r, 255)
    rest = bytes.fromhex("0203010001028201") + rbytes(r, 1192 - len(pre) - 256 - 8)
    return pem("RSA PRIVATE KEY", pre + n + rest)


def pem_rsa_pkcs8(r):
    pre = bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100")
    body = bytes([0x80 | r.randrange(128)]) + rbytes(r, 1218 - len(pre) - 1)
    return pem("PRIVATE KEY", pre + body)


def pem_ec_public(r):
    der = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d030107034200") + b"\x04" + rbytes(r, 64)
    return pem("PUBLIC KEY", der)


def pem_cert(r):
    n = r.randint(560, 760)
    der = bytes([0x30, 0x82, (n - 4) >> 8, (n - 4) & 0xff, 0x30, 0x82]) + rbytes(r, n - 6)
    return pem("CERTIFICATE", der)


def nac_key(r):
    return rhex(r, 10) + "msh" + rhex(r, 14) + "p1" + rhex(r, 6) + "jsn" + rhex(r, 12)


def uuid4(r):
    h = rhex(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def spaced(h):
    h = h.upper()
    return " ".join(h[i:i + 8] for i in range(0, len(h), 8))


# ---------------------------------------------------------------- secrets by style
def gen_secret(r, style):
    if style == "hex32":
        return strong_hex(r, 32)
    if style == "HEX32":
        return strong_hex(r, 32).upper()
    if style == "hex32sp":
        return spaced(strong_hex(r, 32))
    if style == "hex64":
        return strong_hex(r, 64)
    if style == "adm8":
        while True:
            d = rdig(r, 8)
            if len(set(d)) >= 5:
                return d
    if style == "adm16":
        return strong_hex(r, 16).upper()
    if style == "pw":
        return gen_password(r)
    if style == "pwuri":
        return gen_password(r, uri_safe=True)
    if style == "pw8":
        while True:
            p = ralnum(r, 8)
            if any(c.isdigit() for c in p) and any(c.isalpha() for c in p):
                return p
    if style == "nac":
        return nac_key(r)
    if style == "vonsec":
        while True:
            p = ralnum(r, 16)
            if any(c.isdigit() for c in p) and any(c.isupper() for c in p):
                return p
    if style == "oauth":
        return ralnum(r, r.choice([32, 36, 40]), ALNUM + "-_")
    if style == "pem-ec":
        return r.choice([pem_ec_sec1, pem_ec_pkcs8])(r)
    if style == "pem-rsa":
        return r.choice([pem_rsa_pkcs1, pem_rsa_pkcs8])(r)
    raise ValueError(style)


def needle_of(style, v):
    if style.startswith("pem"):
        return v.split("\n")[0]
    return v


def env_name(kind):
    return {"subscriber-k": "SUB_K", "subscriber-opc": "SUB_OPC", "operator-op": "OPERATOR_OP",
            "adm1": "ADM1", "ota-kic": "OTA_KIC1", "ota-kid": "OTA_KID1", "ota-kik": "OTA_KIK1",
            "suci-hn-private-key": "SUCI_PROFILE_A_KEY", "network-api-key": "NAC_TOKEN",
            "db-password": "DB_PASSWORD", "webui-admin-password": "WEBUI_ADMIN_PASSWORD",
            "oss-nbi-password": "NBI_PASSWORD", "api-secret": "VONAGE_API_SECRET",
            "oauth-client-secret": "CAMARA_CLIENT_SECRET", "keystore-password": "KEYSTORE_PASSWORD",
            "tls-private-key": "TLS_KEY", "sip-password": "SIP_PASSWORD",
            "smpp-password": "SMPP_PASSWORD", "vty-enable-password": "VTY_PASSWORD"}.get(kind, "SERVICE_SECRET")


def neg_fill(r, style, kind, loose):
    """A value for the secret slot that is not a secret."""
    ev = env_name(kind)
    refs = ["${%s}" % ev, "{{ .Values.secrets.%s }}" % ev.lower(), "{{ vault_%s }}" % ev.lower(),
            "op://testbed/%s/credential" % ev.lower().replace("_", "-"),
            "vault:secret/data/core/%s#value" % ev.lower()]
    placeholders = ["<%s>" % ev, "YOUR_%s_HERE" % ev, "CHANGE_ME", "changeme", "",
                    "********", "[REDACTED]", "xxxxxxxxxxxxxxxx", "TODO"]
    if style.startswith("pem"):
        if loose and r.random() < 0.4:
            return r.choice(["<paste key here>", "${TLS_KEY}", "/etc/open5gs/tls/amf.key"])
        return r.choice([pem_ec_public, pem_cert])(r)
    if style in ("hex32", "HEX32", "hex32sp", "hex64"):
        if loose and r.random() < 0.45:
            return r.choice(refs + placeholders[:3] + ["x" * len(gen_secret(r, style).replace(" ", "")),
                                                       "0" * 32, "[REDACTED]"])
        if style == "hex64":
            return r.choice([SUCI_A_PRIV, SUCI_B_PRIV.lower(), "0" * 64])
        pool = {"subscriber-k": DOC_K, "subscriber-opc": DOC_OPC, "operator-op": DOC_OP}.get(kind, DOC_OTA)
        v = r.choice(pool + ["0" * 32])
        if style == "HEX32":
            return v.upper()
        if style == "hex32sp":
            return spaced(v)
        return v
    if style in ("adm8", "adm16"):
        if loose and r.random() < 0.5:
            return r.choice(["${ADM1}", "<ADM1>", "ADM1_FROM_CARD_SHEET", "xxxxxxxx", "********"])
        return r.choice(["11111111", "12345678", "00000000", "88888888"]) if style == "adm8" \
            else r.choice(["3131313131313131", "0000000000000000", "FFFFFFFFFFFFFFFF"])
    # passwords / api keys
    if style == "nac":
        extra = ["<your-application-key-here>", "YOUR_APPLICATION_KEY"]
    elif style == "vonsec":
        extra = ["VONAGE_API_SECRET", "<api-secret>"]
    else:
        extra = DOC_PW
    if not loose:
        return r.choice(extra + ["changeme", "CHANGE_ME", "xxxxxxxx"])
    return r.choice(refs + placeholders + extra)


# ---------------------------------------------------------------- context
def mkctx(r):
    mcc, mnc = r.choice(PLMNS)
    msin_len = 15 - len(mcc) - len(mnc)
    if r.random() < 0.6:
        msin = str(r.randint(1, 9999)).zfill(msin_len)
    else:
        msin = rdig(r, msin_len)
    imsi = mcc + mnc + msin
    iccid19 = "8988211" + rdig(r, 12)
    imei14 = r.choice(["35693803", "86728703", "35332011", "49015420"]) + rdig(r, 6)
    c = {
        "mcc": mcc, "mnc": mnc, "imsi": imsi, "imsi2": mcc + mnc + str(int(msin) + 1).zfill(msin_len)[-msin_len:],
        "msisdn": r.choice(["49", "1555", "33", "44"]) + rdig(r, 8),
        "iccid": iccid19 + luhn(iccid19), "imei": imei14 + luhn(imei14),
        "ip": "10.%d.%d.%d" % (r.randint(0, 99), r.randint(0, 255), r.randint(2, 250)),
        "ip2": "192.168.%d.%d" % (r.randint(0, 60), r.randint(2, 250)),
        "host": r.choice(["core", "epc", "5gc", "hss", "mongo", "db"]) + "-" + r.choice(SITES),
        "user": r.choice(PEOPLE), "site": r.choice(SITES),
        "date": "20%d-%02d-%02d" % (r.randint(21, 25), r.randint(1, 12), r.randint(1, 28)),
        "dk": r.choice(DOC_K), "dopc": r.choice(DOC_OPC),
        "sqn": "%012x" % (r.randint(0, 4000) * 32),
        "tac": str(r.randint(1, 9)), "sst": "1", "sd": r.choice(["010203", "000001", "FFFFFF"]),
        "dnn": r.choice(["internet", "ims", "iot", "srsapn", "oai"]),
        "uuid": uuid4(r), "n": r.randint(1, 40),
        "ver": "%d.%d.%d" % (r.randint(1, 2), r.randint(0, 9), r.randint(0, 12)),
    }
    return c


def fill(text, c, **kw):
    d = dict(c)
    d.update(kw)

    def rep(m):
        return str(d[m.group(1)])
    return re.sub(r"@@([a-zA-Z0-9_]+)@@", rep, text)


def indent(block, n):
    pad = " " * n
    return "\n".join(pad + ln if ln else ln for ln in block.split("\n"))


POS = []   # (name, provider, kind, style, loose, fn, role)
LOOK = []  # (name, provider, kind, fn)


def pos(provider, kind, style, loose=True, roles=None):
    def deco(fn):
        if roles:
            for role, knd in roles:
                POS.append((fn.__name__ + ":" + role, provider, knd, style, loose, fn, role))
        else:
            POS.append((fn.__name__, provider, kind, style, loose, fn, None))
        return fn
    return deco


def look(provider, kind):
    def deco(fn):
        LOOK.append((fn.__name__, provider, kind, fn))
        return fn
    return deco


KO = [("k", "subscriber-k"), ("opc", "subscriber-opc")]


def pair(c, v, role, upper=False):
    """(k, opc) with v in the role slot and a documented default in the other."""
    k, o = (v, c["dopc"]) if role == "k" else (c["dk"], v)
    if upper:
        return (k if role == "k" else k.upper(), o if role == "opc" else o.upper())
    return k, o


# ================================================================ positive templates
# ---- Open5GS
@pos("open5gs", None, "hex32", roles=KO)
def o5gs_dbctl_sh(r, c, v, role):
    k, o = pair(c, v, role)
    path = r.choice(["scripts/add_subscribers.sh", "provision/open5gs-add-ue.sh", "tools/seed_hss.sh"])
    return path, fill("""#!/usr/bin/env bash
# Register the lab UEs in the Open5GS HSS/UDR (MongoDB must be running).
set -euo pipefail

DBCTL=${DBCTL:-/usr/local/bin/open5gs-dbctl}
APN=@@dnn@@

# usage: open5gs-dbctl add {imsi key opc}
"$DBCTL" add @@imsi@@ @@k@@ @@o@@
"$DBCTL" type @@imsi@@ 1
"$DBCTL" ambr_speed @@imsi@@ 1 3 1 3

echo "subscriber @@imsi@@ registered on APN ${APN}"
""", c, k=k, o=o)


@pos("open5gs", None, "hex32", roles=KO)
def o5gs_mongo_js(r, c, v, role):
    k, o = pair(c, v, role)
    return r.choice(["db/seed/subscribers.js", "mongo/init/01-subscriber.js"]), fill("""// mongosh open5gs db/seed/subscribers.js
db = db.getSiblingDB("open5gs");

db.subscribers.insertOne({
  schema_version: 1,
  imsi: "@@imsi@@",
  msisdn: ["@@msisdn@@"],
  security: {
    k: "@@k@@",
    amf: "8000",
    op: null,
    opc: "@@o@@",
    sqn: NumberLong(@@n@@)
  },
  ambr: { downlink: { value: 1, unit: 3 }, uplink: { value: 1, unit: 3 } },
  slice: [{
    sst: 1, default_indicator: true,
    session: [{ name: "@@dnn@@", type: 3, qos: { index: 9, arp: { priority_level: 8,
      pre_emption_capability: 1, pre_emption_vulnerability: 1 } } }]
  }],
  access_restriction_data: 32,
  subscriber_status: 0,
  network_access_mode: 0,
  subscribed_rau_tau_timer: 12
});
""", c, k=k, o=o)


@pos("open5gs", None, "hex32", roles=KO)
def o5gs_pymongo(r, c, v, role):
    k, o = pair(c, v, role)
    var = r.choice(["SUBSCRIBER_K", "ki", "auth_key", "k_hex"]) if role == "k" else \
        r.choice(["SUBSCRIBER_OPC", "opc", "op_c", "opc_hex"])
    other = "opc" if role == "k" else "k"
    ov = o if role == "k" else k
    return r.choice(["tools/provision_ue.py", "testbed/open5gs_seed.py"]), fill('''"""Insert one test UE into the Open5GS subscriber collection."""
import os

from pymongo import MongoClient

MONGO_URI = os.environ.get("DB_URI", "mongodb://localhost/open5gs")
IMSI = "@@imsi@@"
@@var@@ = "@@v@@"


def main():
    db = MongoClient(MONGO_URI).get_default_database()
    doc = {
        "imsi": IMSI,
        "security": {"@@role@@": @@var@@, "@@other@@": "@@ov@@", "amf": "8000", "op": None},
        "slice": [{"sst": 1, "default_indicator": True,
                   "session": [{"name": "@@dnn@@", "type": 3}]}],
        "subscriber_status": 0,
    }
    db.subscribers.replace_one({"imsi": IMSI}, doc, upsert=True)
    print("provisioned", IMSI)


if __name__ == "__main__":
    main()
''', c, var=var, v=v, role=role, other=other, ov=ov)


@pos("open5gs", None, "hex32sp", roles=KO)
def o5gs_export_json(r, c, v, role):
    k, o = pair(c, v, role)
    if role == "k":
        o = spaced(o)
    else:
        k = spaced(k)
    oid = rhex(r, 24)
    return r.choice(["backup/subscribers.json", "data/open5gs-export.json"]), fill("""[
  {
    "_id": {"$oid": "@@oid@@"},
    "imsi": "@@imsi@@",
    "msisdn": [],
    "imeisv": [],
    "mme_host": [],
    "mme_realm": [],
    "purge_flag": [],
    "security": {
      "k": "@@k@@",
      "op": null,
      "opc": "@@o@@",
      "amf": "8000",
      "sqn": {"$numberLong": "@@n@@"}
    },
    "ambr": {"downlink": {"value": 1, "unit": 3}, "uplink": {"value": 1, "unit": 3}},
    "access_restriction_data": 32,
    "network_access_mode": 0,
    "subscriber_status": 0,
    "schema_version": 1,
    "__v": 0
  }
]
""", c, k=k, o=o, oid=oid)


@pos("open5gs", "webui-admin-password", "pw")
def o5gs_webui_ansible(r, c, v, role):
    name = r.choice(["open5gs_webui_admin_password", "webui_pass", "o5gs_ui_password"])
    return r.choice(["ansible/group_vars/core.yml", "inventory/host_vars/core-01.yml"]), fill("""---
open5gs_version: "@@ver@@"
open5gs_webui_enabled: true
open5gs_webui_port: 9999
open5gs_webui_admin_user: admin
@@name@@: "@@v@@"
open5gs_mongodb_uri: "mongodb://localhost/open5gs"
open5gs_plmn:
  mcc: "@@mcc@@"
  mnc: "@@mnc@@"
open5gs_tac: @@tac@@
""", c, name=name, v=v)


@pos("open5gs", "db-password", "pwuri")
def o5gs_dburi_yaml(r, c, v, role):
    nf = r.choice(["hss", "pcrf", "udr", "pcf"])
    return "configs/open5gs/%s.yaml" % nf, fill("""db_uri: mongodb://open5gs:@@v@@@@@host@@:27017/open5gs?authSource=admin

logger:
  file:
    path: /var/log/open5gs/@@nf@@.log
#  level: info

global:
  max:
    ue: 1024

@@nf@@:
  sbi:
    server:
      - address: 127.0.0.@@n@@
        port: 7777
""", c, v=v, nf=nf)


@pos("open5gs", "db-password", "pw")
def o5gs_helm_values(r, c, v, role):
    return "deploy/open5gs/values.yaml", fill("""# Helm values for the lab 5GC
global:
  imageTag: "v@@ver@@"

mongodb:
  enabled: true
  auth:
    enabled: true
    rootUser: root
    rootPassword: "@@v@@"
    usernames: ["open5gs"]
    databases: ["open5gs"]
  persistence:
    size: 4Gi

webui:
  enabled: true
  ingress:
    enabled: false

amf:
  config:
    mcc: "@@mcc@@"
    mnc: "@@mnc@@"
    tac: @@tac@@
""", c, v=v)


@pos("open5gs", None, "HEX32", roles=KO)
def o5gs_runbook_md(r, c, v, role):
    k, o = pair(c, v, role, upper=True)
    return r.choice(["docs/add-sim.md", "docs/lab/open5gs-subscribers.md"]), fill("""# Adding the test SIM to Open5GS

The sysmoISIM cards in drawer 2 are already registered; this page records the
card used for the @@site@@ demo.

1. Open the WebUI on http://@@ip@@:9999 and log in.
2. Click *Add a Subscriber* and fill in:

| Field | Value |
|-------|-------|
| IMSI | `@@imsi@@` |
| Subscriber Key (K) | `@@k@@` |
| Authentication Management Field (AMF) | `8000` |
| USIM Type | OPc |
| Operator Key (OPc/OP) | `@@o@@` |

3. Save, then power-cycle the UE.
""", c, k=k, o=o)


# ---- free5GC
@pos("free5gc", None, "hex32", roles=KO)
def f5gc_sub_json(r, c, v, role):
    k, o = pair(c, v, role)
    return r.choice(["provision/subscriber-%s.json" % c["imsi"], "webconsole/import/ue.json"]), fill("""{
  "plmnID": "@@mcc@@@@mnc@@",
  "ueId": "imsi-@@imsi@@",
  "AuthenticationSubscription": {
    "authenticationManagementField": "8000",
    "authenticationMethod": "5G_AKA",
    "milenage": {
      "op": {"encryptionAlgorithm": 0, "encryptionKey": 0, "opValue": ""}
    },
    "opc": {"encryptionAlgorithm": 0, "encryptionKey": 0, "opcValue": "@@o@@"},
    "permanentKey": {"encryptionAlgorithm": 0, "encryptionKey": 0, "permanentKeyValue": "@@k@@"},
    "sequenceNumber": "@@sqn@@"
  },
  "AccessAndMobilitySubscriptionData": {
    "gpsis": ["msisdn-@@msisdn@@"],
    "nssai": {"defaultSingleNssais": [{"sst": 1, "sd": "@@sd@@"}]},
    "subscribedUeAmbr": {"downlink": "2 Gbps", "uplink": "1 Gbps"}
  }
}
""", c, k=k, o=o)


@pos("free5gc", "db-password", "pwuri")
def f5gc_webuicfg(r, c, v, role):
    return "config/webuicfg.yaml", fill("""info:
  version: 1.0.3
  description: WebUI initial local configuration

configuration:
  mongodb: # the mongodb connected by this webui
    name: free5gc # name of the mongodb
    url: mongodb://free5gc:@@v@@@@@host@@:27017 # a valid URL of the mongodb
  nrfUri: http://nrf.free5gc.org:8000
  webServer:
    scheme: http
    ipv4Address: 0.0.0.0
    port: 5000
  billingServer:
    enable: false

logger:
  enable: true
  level: info
  reportCaller: false
""", c, v=v)


@pos("free5gc", "webui-admin-password", "pw")
def f5gc_login_py(r, c, v, role):
    name = r.choice(["WEBCONSOLE_PASSWORD", "password", "console_pw"])
    return r.choice(["scripts/free5gc_api.py", "tests/e2e/conftest.py"]), fill('''import requests

BASE = "http://@@ip@@:5000"
USER = "admin"
@@name@@ = "@@v@@"


def login(session: requests.Session) -> str:
    resp = session.post(f"{BASE}/api/login", json={"username": USER, "password": @@name@@}, timeout=10)
    resp.raise_for_status()
    return resp.json()["access_token"]


def list_subscribers(session, token):
    r = session.get(f"{BASE}/api/subscriber", headers={"Token": token}, timeout=10)
    r.raise_for_status()
    return r.json()
''', c, name=name, v=v)


@pos("free5gc", "webui-admin-password", "pw")
def f5gc_login_sh(r, c, v, role):
    return r.choice(["scripts/webconsole-login.sh", "ci/free5gc-smoke.sh"]), fill("""#!/bin/sh
# smoke test against the free5GC webconsole
set -e
WEBUI=http://@@ip@@:5000

TOKEN=$(curl -s -X POST "$WEBUI/api/login" \\
  -H 'Content-Type: application/json' \\
  -d '{"username":"admin","password":"@@v@@"}' | jq -r .access_token)

curl -s -H "Token: $TOKEN" "$WEBUI/api/subscriber" | jq length
""", c, v=v)


@pos("ueransim", None, "hex32", roles=KO)
def ueransim_ue(r, c, v, role):
    k, o = pair(c, v, role)
    return r.choice(["config/free5gc-ue.yaml", "ueransim/ue-%s.yaml" % c["site"]]), fill("""# IMSI number of the UE. IMSI = [MCC|MNC|MSISDN] (In total 15 digits)
supi: 'imsi-@@imsi@@'
mcc: '@@mcc@@'
mnc: '@@mnc@@'
protectionScheme: 0
homeNetworkPublicKey: '@@pub@@'
homeNetworkPublicKeyId: 1
routingIndicator: '0000'

# Permanent subscription key
key: '@@k@@'
# Operator code (OP or OPC) of the UE
op: '@@o@@'
# This value specifies the OP type and it can be either 'OP' or 'OPC'
opType: 'OPC'
amf: '8000'
imei: '@@imei@@'

gnbSearchList:
  - @@ip@@

sessions:
  - type: 'IPv4'
    apn: '@@dnn@@'
    slice:
      sst: 1
""", c, k=k, o=o, pub=rhex(r, 64))


@pos("free5gc", "suci-hn-private-key", "hex64")
def f5gc_udm_suci(r, c, v, role):
    pub = rhex(r, 64)
    return "config/udmcfg.yaml", fill("""info:
  version: 1.0.3
  description: UDM initial local configuration

configuration:
  serviceNameList:
    - nudm-sdm
    - nudm-uecm
    - nudm-ueau
  sbi:
    scheme: http
    registerIPv4: udm.free5gc.org
    bindingIPv4: 0.0.0.0
    port: 8000
  nrfUri: http://nrf.free5gc.org:8000
  # production home network key pair, rotated @@date@@
  SuciProfile:
    - ProtectionScheme: 1 # Protect Scheme: Profile A
      PrivateKey: @@v@@
      PublicKey: @@pub@@
""", c, v=v, pub=pub)


# ---- srsRAN
@pos("srsran", None, "hex32", roles=KO)
def srs_userdb(r, c, v, role):
    k, o = pair(c, v, role)
    name = r.choice(["ue3", "sysmo1", "pixel7", "%s_sim" % c["user"]])
    return r.choice(["srsepc/user_db.csv", "config/srsran/user_db.csv"]), fill("""#
# .csv to store UE's information in HSS
# Kept in the following format: "Name,Auth,IMSI,Key,OP_Type,OP/OPc,AMF,SQN,QCI,IP_alloc"
#
# Note: Lines starting by '#' are ignored and will be overwritten
ue1,xor,001010123456789,00112233445566778899aabbccddeeff,opc,63bfa50ee6523365ff14c1f45f88737d,9001,000000001234,7,dynamic
ue2,mil,001010123456780,00112233445566778899aabbccddeeff,opc,63bfa50ee6523365ff14c1f45f88737d,8000,000000001234,7,dynamic
@@name@@,mil,@@imsi@@,@@k@@,opc,@@o@@,8000,@@sqn@@,9,dynamic
""", c, k=k, o=o, name=name)


@pos("srsran", None, "hex32", roles=KO)
def srs_ue_conf(r, c, v, role):
    k, o = pair(c, v, role)
    return r.choice(["srsue/ue.conf", "configs/ue_zmq.conf"]), fill("""#####################################################################
#                   srsUE configuration file
#####################################################################
[rf]
freq_offset = 0
tx_gain = 80
#rx_gain = 40
device_name = zmq
device_args = tx_port=tcp://*:2001,rx_port=tcp://localhost:2000,base_srate=23.04e6

[rat.eutra]
dl_earfcn = 3350
nof_carriers = 1

[usim]
mode = soft
algo = milenage
opc  = @@o@@
k    = @@k@@
imsi = @@imsi@@
imei = @@imei@@

[rrc]
release = 15
ue_category = 4

[nas]
apn = @@dnn@@
apn_protocol = ipv4
""", c, k=k, o=o)


@pos("srsran", "operator-op", "hex32")
def srs_ue_conf_op(r, c, v, role):
    return "configs/ue_op.conf", fill("""[usim]
mode = soft
algo = milenage
# operator OP (not OPc) - the UE derives OPc itself
op   = @@v@@
k    = @@dk@@
imsi = @@imsi@@
imei = @@imei@@
#reader =
#pin  = 1234

[nas]
apn = @@dnn@@
""", c, v=v)


# ---- OpenAirInterface
@pos("oai", None, "HEX32", loose=False, roles=KO)
def oai_users_sql(r, c, v, role):
    k, o = pair(c, v, role, upper=True)
    return r.choice(["docker/oai_db.sql", "database/oai_db.sql"]), fill("""-- OAI HSS database dump (lab)
-- Host: localhost    Database: oai_db

LOCK TABLES `users` WRITE;
/*!40000 ALTER TABLE `users` DISABLE KEYS */;
INSERT INTO `users` (`imsi`, `msisdn`, `imei`, `imei_sv`, `ms_ps_status`, `rau_tau_timer`, `ue_ambr_ul`, `ue_ambr_dl`, `access_restriction`, `mme_cap`, `mmeidentity_idmmeidentity`, `key`, `RFSP-Index`, `urrp_mme`, `sqn`, `rand`, `OPc`) VALUES ('@@imsi@@','@@msisdn@@',NULL,NULL,'PURGED',120,50000000,100000000,47,0000000000,3,0x@@k@@,1,0,@@n@@,0x00000000000000000000000000000000,0x@@o@@);
/*!40000 ALTER TABLE `users` ENABLE KEYS */;
UNLOCK TABLES;
""", c, k=k, o=o)


@pos("oai", None, "hex32", loose=False, roles=KO)
def oai_authsub_sql(r, c, v, role):
    k, o = pair(c, v, role)
    return r.choice(["oai-cn5g/database/oai_db.sql", "config/common/oai_db.sql"]), fill("""--
-- Dumping data for table `AuthenticationSubscription`
--

INSERT INTO `AuthenticationSubscription` (`ueid`, `authenticationMethod`, `encPermanentKey`, `protectionParameterId`, `sequenceNumber`, `authenticationManagementField`, `algorithmId`, `encOpcKey`, `encTopcKey`, `vectorGenerationInHss`, `n5gcAuthMethod`, `rgAuthenticationInd`, `supi`) VALUES
('@@imsi@@', '5G_AKA', '@@k@@', '@@k@@', '{\\"sqn\\": \\"@@sqn@@\\", \\"sqnScheme\\": \\"NON_TIME_BASED\\", \\"lastIndexes\\": {\\"ausf\\": 0}}', '8000', 'milenage', '@@o@@', NULL, NULL, NULL, NULL, '@@imsi@@');

INSERT INTO `SessionManagementSubscriptionData` (`ueid`, `servingPlmnid`, `singleNssai`, `dnnConfigurations`) VALUES
('@@imsi@@', '@@mcc@@@@mnc@@', '{\\"sst\\": 1, \\"sd\\": \\"@@sd@@\\"}','{\\"@@dnn@@\\":{\\"pduSessionTypes\\":{ \\"defaultSessionType\\": \\"IPV4\\"}}}');
""", c, k=k, o=o)


@pos("oai", None, "hex32", roles=KO)
def oai_nrue_conf(r, c, v, role):
    k, o = pair(c, v, role)
    return r.choice(["ci-scripts/conf_files/nrue.uicc.conf", "targets/PROJECTS/ue.conf"]), fill("""uicc0 = {
imsi = "@@imsi@@";
key = "@@k@@";
opc= "@@o@@";
dnn= "@@dnn@@";
nssai_sst=1;
nssai_sd=0x@@sd@@;
}

@include "channelmod_rfsimu.conf"

log_config = {
  global_log_level = "info";
  nr_phy_log_level = "info";
};
""", c, k=k, o=o)


@pos("oai", "db-password", "pw")
def oai_compose(r, c, v, role):
    return r.choice(["docker-compose/docker-compose-basic-nrf.yaml", "oai-cn5g/docker-compose.yaml"]), fill("""services:
    mysql:
        container_name: "mysql"
        image: mysql:8.0
        volumes:
            - ./database/oai_db.sql:/docker-entrypoint-initdb.d/oai_db.sql
            - ./healthscripts/mysql-healthcheck.sh:/tmp/mysql-healthcheck.sh
        environment:
            - TZ=Europe/Paris
            - MYSQL_DATABASE=oai_db
            - MYSQL_USER=test
            - MYSQL_PASSWORD=@@v@@
            - MYSQL_ROOT_PASSWORD=${MYSQL_ROOT_PASSWORD}
        healthcheck:
            test: /bin/bash -c "/tmp/mysql-healthcheck.sh"
            interval: 10s
        networks:
            public_net:
                ipv4_address: 192.168.70.131
    oai-udr:
        container_name: "oai-udr"
        image: oaisoftwarealliance/oai-udr:v@@ver@@
        depends_on:
            - mysql
""", c, v=v)


@pos("oai", "db-password", "pw")
def oai_basic_conf(r, c, v, role):
    return "conf/basic_nrf_config.yaml", fill("""################################################################################
# Licensed to the OpenAirInterface (OAI) Software Alliance
################################################################################
log_level:
  general: debug

register_nf:
  general: yes

database:
  host: mysql
  user: test
  type: mysql
  password: @@v@@
  database_name: oai_db
  generate_random: true
  connection_timeout: 300 # seconds

amf:
  amf_name: "OAI-AMF"
  support_features_options:
    enable_simple_scheme: yes
  served_guami_list:
    - mcc: @@mcc@@
      mnc: @@mnc@@
      amf_region_id: 01
      amf_set_id: 001
      amf_pointer: 01
""", c, v=v)


# ---- pySim / sysmocom cards
@pos("pysim", "adm1", "adm8")
def pysim_prog_adm(r, c, v, role):
    card = r.choice(["sysmoUSIM-SJS1", "sysmoISIM-SJA2", "sysmoISIM-SJA5"])
    return r.choice(["sim/program_card.sh", "tools/burn-sim.sh"]), fill("""#!/bin/bash
# Program one @@card@@ for the @@site@@ network. K/OPc come from the card CSV.
set -e
cd ~/src/pysim
KI=$(awk -F, -v i=@@iccid@@ '$1==i{print $3}' ~/cards/batch.csv)
OPC=$(awk -F, -v i=@@iccid@@ '$1==i{print $4}' ~/cards/batch.csv)

./pySim-prog.py -p 0 -t @@card@@ -a @@v@@ \\
    -x @@mcc@@ -y @@mnc@@ -n "@@site@@" \\
    -i @@imsi@@ -s @@iccid@@ \\
    -k "$KI" --opc "$OPC"
""", c, v=v, card=card)


@pos("pysim", "adm1", "adm16")
def pysim_prog_admhex(r, c, v, role):
    return "sim/reprogram_hex_adm.sh", fill("""#!/bin/sh
# cards from the second batch ship a binary ADM1, so pass it as hex (-A)
exec ./pySim-prog.py -p 0 -t sysmoISIM-SJA2 \\
  -A @@v@@ \\
  -x @@mcc@@ -y @@mnc@@ -i @@imsi@@ -s @@iccid@@ \\
  -k @@dk@@ --opc @@dopc@@ --acc 0001
""", c, v=v)


@pos("pysim", "subscriber-k", "hex32")
def pysim_prog_ki(r, c, v, role):
    return r.choice(["sim/write_ki.sh", "scripts/sim-%s.sh" % c["site"]]), fill("""#!/usr/bin/env bash
# re-key card @@iccid@@ after the HSS migration
./pySim-prog.py -p0 -t sysmoUSIM-SJS1 -a "${ADM1:?set ADM1}" \\
  -x @@mcc@@ -y @@mnc@@ -i @@imsi@@ -s @@iccid@@ \\
  -k @@v@@ \\
  --opc @@dopc@@
""", c, v=v)


@pos("pysim", "adm1", "adm8")
def pysim_csv_adm(r, c, v, role):
    return r.choice(["cards/adm_keys.csv", "sim/batch-%s.csv" % c["date"][:7]]), fill("""ICCID,IMSI,ADM1
@@iccid@@,@@imsi@@,@@v@@
""", c, v=v)


@pos("pysim", "adm1", "adm8")
def pysim_shell_script(r, c, v, role):
    return r.choice(["sim/scripts/set_plmn.script", "pysim/update_spn.script"]), fill("""# pySim-shell script: pySim-shell.py -p0 --script set_plmn.script
verify_adm @@v@@
select MF/ADF.USIM/EF.SPN
update_binary_decoded '{"rfu": [], "hide_in_oplmn": false, "show_in_hplmn": true, "spn": "@@site@@"}'
select MF/ADF.USIM/EF.HPLMNwAcT
select MF/ADF.USIM/EF.ECC
""", c, v=v)


@pos("pysim", "adm1", "adm8")
def pysim_python_verify(r, c, v, role):
    name = r.choice(["ADM1", "adm_pin", "pin_adm", "admin_code"])
    return r.choice(["sim/reset_sqn.py", "tools/card_check.py"]), fill('''#!/usr/bin/env python3
"""Reset the SQN counters on a sysmoISIM so the lab HSS and card agree again."""
from pySim.transport.pcsc import PcscSimLink
from pySim.commands import SimCardCommands
from pySim.utils import h2b

@@name@@ = "@@v@@"
ICCID = "@@iccid@@"


def main():
    sl = PcscSimLink(0)
    sl.connect()
    scc = SimCardCommands(sl)
    scc.verify_chv(0x0A, @@name@@.encode("ascii"))
    print("ADM verified for", ICCID)


if __name__ == "__main__":
    main()
''', c, name=name, v=v)


@pos("sysmocom", None, "HEX32", roles=[("kic", "ota-kic"), ("kid", "ota-kid")])
def ota_keyset_py(r, c, v, role):
    kic = "h2b('%s')" % v if role == "kic" else "h2b(os.environ['OTA_KIC1'])"
    kid = "h2b('%s')" % v if role == "kid" else "h2b(os.environ['OTA_KID1'])"
    return r.choice(["ota/send_ota.py", "sim/ota_update_plmn.py"]), fill('''import os

from pySim.ota import OtaKeyset, OtaDialectSms
from pySim.utils import h2b

# keyset 1 of card @@iccid@@ (sysmoISIM-SJA2, AES)
KSET = OtaKeyset(algo_crypt='aes_cbc', kic_idx=1, kic=@@kic@@,
                 algo_auth='aes_cmac', kid_idx=1, kid=@@kid@@)
TAR = h2b('B00010')


def build(apdu):
    dialect = OtaDialectSms()
    spi = {'counter': 'no_counter', 'ciphering': True, 'rc_cc_ds': 'cc', 'por_in_submit': False,
           'por_shall_be_ciphered': True, 'por_rc_cc_ds': 'cc', 'por': 'por_required'}
    return dialect.encode_cmd(KSET, TAR, spi, apdu=apdu)
''', c, kic=kic, kid=kid)


@pos("sysmocom", None, "hex32", roles=[("kic", "ota-kic"), ("kik", "ota-kik")])
def ota_yaml(r, c, v, role):
    lines = {"kic": "${OTA_KIC1}", "kid": "${OTA_KID1}", "kik": "${OTA_KIK1}"}
    lines[role] = v
    return r.choice(["ota/keysets.yaml", "config/ota-server.yaml"]), fill("""# OTA server keysets (SCP80)
smsc:
  host: @@ip@@
  port: 2775
cards:
  - iccid: "@@iccid@@"
    tar: "B00010"
    keyset: 1
    algo_crypt: aes_cbc
    algo_auth: aes_cmac
    kic: "@@kic@@"
    kid: "@@kid@@"
    kik: "@@kik@@"
    counter: 0
""", c, kic=lines["kic"], kid=lines["kid"], kik=lines["kik"])


@pos("sysmocom", "ota-kic", "HEX32")
def ota_md(r, c, v, role):
    return r.choice(["docs/sim-ota.md", "docs/cards/%s.md" % c["iccid"][-6:]]), fill("""## OTA access for card @@iccid@@

Keyset 1 (AES-128, SPI 1621, TAR B00010) was set by the vendor. Only KIc is
needed for the ciphered RFM test below; KID/KIK are in the card vault.

```
KIC1 = @@v@@
```

Send with `pySim-smpp2sim.py` or via the SMSC on @@ip@@.
""", c, v=v)


@pos("sysmocom", "subscriber-k", "HEX32")
def card_data_txt(r, c, v, role):
    return r.choice(["cards/card-%s.txt" % c["iccid"][-4:], "sim/inventory/card_data.txt"]), fill("""Type: sysmoISIM-SJA2
ICCID: @@iccid@@
IMSI: @@imsi@@
ACC: 0001
PIN1: 1234
PUK1: see sheet
ADM1: see sheet
Ki: @@v@@
OPC: @@o@@
""", c, v=v, o=c["dopc"].upper())


@pos("sysmocom", "adm1", "adm8")
def card_sheet_md(r, c, v, role):
    return r.choice(["docs/sim-inventory.md", "docs/lab/cards.md"]), fill("""# SIM inventory - @@site@@

Cards are kept in the grey box. PIN1 is the factory default (1234).

| Slot | ICCID | IMSI | ADM1 | Holder |
|------|-------|------|------|--------|
| 1 | @@iccid@@ | @@imsi@@ | @@v@@ | @@user@@ |

Use `pySim-shell.py -p0` and `verify_adm` before editing files.
""", c, v=v)


@pos("pysim", "subscriber-k", "hex32")
def pysim_batch_csv(r, c, v, role):
    return r.choice(["cards/pysim_source.csv", "sim/prog.csv"]), fill("""name,iccid,mcc,mnc,imsi,smsp,ki,opc
@@site@@,@@iccid@@,@@mcc@@,@@mnc@@,@@imsi@@,,@@v@@,@@dopc@@
""", c, v=v)


# ---- Osmocom
@pos("osmocom", None, "hex32", roles=KO)
def osmo_hlr_vty(r, c, v, role):
    k, o = pair(c, v, role)
    return r.choice(["osmocom/hlr-subscribers.vty", "docs/osmo-hlr-add.txt"]), fill("""OsmoHLR> enable
OsmoHLR# subscriber imsi @@imsi@@ create
OsmoHLR# subscriber imsi @@imsi@@ update msisdn @@msisdn@@
OsmoHLR# subscriber imsi @@imsi@@ update aud3g milenage k @@k@@ opc @@o@@
OsmoHLR# subscriber imsi @@imsi@@ update network-access-mode cs+ps
OsmoHLR# subscriber imsi @@imsi@@ show
""", c, k=k, o=o)


@pos("osmocom", None, "hex32", loose=False, roles=KO)
def osmo_hlr_sql(r, c, v, role):
    k, o = pair(c, v, role)
    sid = r.randint(1, 30)
    return r.choice(["osmocom/hlr_dump.sql", "backup/hlr.db.sql"]), fill("""PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
INSERT INTO subscriber VALUES(@@sid@@,'@@imsi@@','@@msisdn@@',NULL,'MSC-@@ip@@',NULL,NULL,NULL,NULL,1,1,0,0,NULL,NULL,'@@date@@ 10:21:44',NULL);
INSERT INTO auc_3g VALUES(@@sid@@,5,'@@k@@',NULL,'@@o@@',@@n@@,5);
COMMIT;
""", c, k=k, o=o, sid=sid)


@pos("osmocom", "subscriber-k", "hex32", loose=False)
def osmo_hlr_2g_sql(r, c, v, role):
    return "osmocom/auc_2g_import.sql", fill("""-- legacy 2G cards (COMP128v1) for the BTS demo
INSERT INTO subscriber (imsi, msisdn, nam_cs, nam_ps) VALUES ('@@imsi@@', '@@msisdn@@', 1, 0);
INSERT INTO auc_2g (subscriber_id, algo_id_2g, ki)
  SELECT id, 1, '@@v@@' FROM subscriber WHERE imsi = '@@imsi@@';
""", c, v=v)


@pos("osmocom", "smpp-password", "pw8")
def osmo_msc_smpp(r, c, v, role):
    return r.choice(["osmocom/osmo-msc.cfg", "etc/osmocom/osmo-msc.cfg"]), fill("""!
! OsmoMSC configuration saved from vty
!
log stderr
 logging filter all 1
 logging color 1
 logging level mm info
!
line vty
 bind 127.0.0.1
!
network
 network country code @@mcc@@
 mobile network code @@mnc@@
 short name OsmoMSC
 long name OsmoMSC
 encryption a5 0 1 3
 authentication required
 rrlp mode none
 mm info 1
!
msc
 assign-tmsi
 auth-tuple-max-reuse-count 3
!
smpp
 local-tcp-port 2775
 policy closed
 smpp-first
 esme @@site@@
  password @@v@@
  default-route
""", c, v=v)


@pos("osmocom", "vty-enable-password", "pw8")
def osmo_bsc_enable(r, c, v, role):
    return r.choice(["osmocom/osmo-bsc.cfg", "etc/osmocom/osmo-hlr.cfg"]), fill("""!
! Osmocom configuration saved from vty
!
password @@v@@
log stderr
 logging filter all 1
 logging print category 1
!
line vty
 bind 0.0.0.0
!
ctrl
 bind 127.0.0.1
hlr
 database /var/lib/osmocom/hlr.db
 subscriber-create-on-demand 15 cs+ps
 gsup
  bind ip 127.0.0.1
 ussd route prefix *#100# internal own-msisdn
""", c, v=v)


@pos("osmocom", "subscriber-k", "hex32")
def osmo_sqlite_py(r, c, v, role):
    name = r.choice(["K", "key_hex", "subscriber_key"])
    return "tools/hlr_add.py", fill('''import sqlite3

DB = "/var/lib/osmocom/hlr.db"
IMSI = "@@imsi@@"
@@name@@ = "@@v@@"
OPC = "@@dopc@@"

con = sqlite3.connect(DB)
cur = con.cursor()
cur.execute("INSERT OR IGNORE INTO subscriber (imsi, msisdn) VALUES (?, ?)", (IMSI, "@@msisdn@@"))
sub_id = cur.execute("SELECT id FROM subscriber WHERE imsi = ?", (IMSI,)).fetchone()[0]
cur.execute("INSERT OR REPLACE INTO auc_3g (subscriber_id, algo_id_3g, k, opc, sqn) VALUES (?, 5, ?, ?, 0)",
            (sub_id, @@name@@, OPC))
con.commit()
''', c, name=name, v=v)


@pos("osmocom", "subscriber-k", "hex32")
def osmo_import_csv(r, c, v, role):
    return "osmocom/import_2g.csv", fill("""imsi,msisdn,algo,ki
@@imsi@@,@@msisdn@@,comp128v1,@@v@@
""", c, v=v)


# ---- Kamailio IMS / PyHSS / FHoSS
@pos("kamailio-ims", "db-password", "pwuri", roles=[("pcscf", "db-password"), ("scscf", "db-password"), ("icscf", "db-password")])
def kamailio_cscf(r, c, v, role):
    return "ims/%s/%s.cfg" % (role, role), fill("""# IP-Adress for incoming SIP-Traffic, in the following format:
#!define NETWORKNAME "ims.mnc0@@mnc@@.mcc@@mcc@@.3gppnetwork.org"
#!define HOSTNAME "@@role@@.ims.mnc0@@mnc@@.mcc@@mcc@@.3gppnetwork.org"
#!define URI "sip:@@role@@.ims.mnc0@@mnc@@.mcc@@mcc@@.3gppnetwork.org:5060"

#!subst "/NETWORK_INTERFACE/@@ip@@/"

##!define IPSEC_LISTEN_ADDR "@@ip@@"
#!define DB_URL "mysql://@@role@@:@@v@@@localhost/@@role@@"

#!define WITH_TCP
#!define WITH_DEBUG
""", c, v=v, role=role)


@pos("kamailio-ims", "db-password", "pwuri")
def kamailio_lua(r, c, v, role):
    return "ims/kamailio/kemi_scscf.lua", fill("""-- Kamailio KEMI routing script (app_lua) for the lab S-CSCF
local DB_URL = "mysql://scscf:@@v@@@127.0.0.1/scscf"
local REALM = "ims.mnc0@@mnc@@.mcc@@mcc@@.3gppnetwork.org"

function ksr_request_route()
    if KSR.is_OPTIONS() then
        KSR.sl.sl_send_reply(200, "Keepalive")
        return 1
    end
    if KSR.is_REGISTER() then
        KSR.info("REGISTER from " .. KSR.pv.get("$fu") .. " realm " .. REALM .. "\\n")
    end
    return 1
end

return { db_url = DB_URL }
""", c, v=v)


@pos("pyhss", "db-password", "pw")
def pyhss_config(r, c, v, role):
    return "pyhss/config.yaml", fill("""hss:
  transport: "TCP"
  bind_ip: ["0.0.0.0"]
  bind_port: 3868
  OriginHost: "hss.ims.mnc0@@mnc@@.mcc@@mcc@@.3gppnetwork.org"
  OriginRealm: "ims.mnc0@@mnc@@.mcc@@mcc@@.3gppnetwork.org"
  ProductName: "PyHSS"
  MCC: "@@mcc@@"
  MNC: "@@mnc@@"

database:
  db_type: mysql
  server: @@host@@
  username: hss
  password: "@@v@@"
  database: hss2

api:
  page_size: 200
""", c, v=v)


@pos("pyhss", None, "hex32", roles=KO)
def pyhss_api_py(r, c, v, role):
    k, o = pair(c, v, role)
    return r.choice(["tools/pyhss_provision.py", "scripts/add_auc.py"]), fill('''import requests

API = "http://@@ip@@:8080"

auc = {
    "ki": "@@k@@",
    "opc": "@@o@@",
    "amf": "8000",
    "sqn": @@n@@,
    "iccid": "@@iccid@@",
    "imsi": "@@imsi@@",
}
resp = requests.put(f"{API}/auc/", json=auc, timeout=10)
resp.raise_for_status()
auc_id = resp.json()["auc_id"]
requests.put(f"{API}/subscriber/", json={"imsi": "@@imsi@@", "auc_id": auc_id, "default_apn": 1,
                                         "apn_list": "1", "msisdn": "@@msisdn@@"}, timeout=10)
''', c, k=k, o=o)


@pos("kamailio-ims", "sip-password", "pw")
def kamailio_subscriber_sql(r, c, v, role):
    return "ims/sql/add_sip_user.sql", fill("""-- test SIP account for the IMS interop run
INSERT INTO subscriber (username, domain, password, email_address)
VALUES ('@@msisdn@@', 'ims.mnc0@@mnc@@.mcc@@mcc@@.3gppnetwork.org', '@@v@@', '@@user@@@example.org');
""", c, v=v)


@pos("open5gs", "db-password", "pw", roles=[("env", "db-password")])
def dotenv_pos(r, c, v, role):
    return r.choice([".env", "deploy/.env"]), fill("""MCC=@@mcc@@
MNC=@@mnc@@
TEST_NETWORK=172.22.0.0/24
DOCKER_HOST_IP=@@ip@@
MONGO_IP=172.22.0.2
MONGO_ROOT_PASSWORD=@@v@@
UPF_ADVERTISE_IP=@@ip2@@
""", c, v=v)


# ---- Magma
@pos("magma", "tls-private-key", "pem-rsa")
def magma_helm_certs(r, c, v, role):
    return r.choice(["orc8r/deploy/secrets/values.yaml", "magma/orc8r-secrets.yaml"]), fill("""secrets:
  create: true
  certs:
    enabled: true
    files:
      rootCA.pem: |
@@cert@@
      controller.key: |
@@key@@
  envdir:
    CONTROLLER_SERVICES: "ORCHESTRATOR"
""", c, cert=indent(pem_cert(r), 8), key=indent(v, 8))


@pos("magma", "tls-private-key", "pem-rsa")
def magma_keyfile(r, c, v, role):
    return r.choice(["deploy/secrets/certs/controller.key", "orc8r/certs/bootstrapper.key"]), v + "\n"


@pos("magma", "db-password", "pw")
def magma_tf(r, c, v, role):
    return r.choice(["orc8r/terraform/main.tf", "infra/magma/main.tf"]), fill("""module "orc8r" {
  source = "github.com/magma/magma//orc8r/cloud/deploy/terraform/orc8r-aws?ref=v1.8"

  region                  = "eu-west-1"
  orc8r_domain_name       = "orc8r.@@site@@.example.net"
  orc8r_db_password       = "@@v@@"
  secretsmanager_orc8r_secret = "orc8r-secrets"
  orc8r_db_instance_class = "db.m4.large"
  eks_cluster_version     = "1.27"
  deploy_elasticsearch    = false
}
""", c, v=v)


# ---- AMF / MME TLS keys
@pos("open5gs", "tls-private-key", "pem-ec")
def amf_tls_secret(r, c, v, role):
    return r.choice(["k8s/amf-tls-secret.yaml", "deploy/5gc/sbi-tls.yaml"]), fill("""apiVersion: v1
kind: Secret
metadata:
  name: amf-sbi-tls
  namespace: core
type: kubernetes.io/tls
stringData:
  tls.crt: |
@@cert@@
  tls.key: |
@@key@@
""", c, cert=indent(pem_cert(r), 4), key=indent(v, 4))


@pos("free5gc", "tls-private-key", "pem-ec")
def amf_key_pyfixture(r, c, v, role):
    return r.choice(["tests/fixtures/tls.py", "tests/sbi/test_mtls.py"]), fill('''"""mTLS fixture for the SBI client tests (AMF side)."""
import ssl
import tempfile

AMF_KEY_PEM = """@@v@@
"""


def amf_context(cert_path: str) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    with tempfile.NamedTemporaryFile("w", suffix=".key", delete=False) as fh:
        fh.write(AMF_KEY_PEM)
    ctx.load_cert_chain(cert_path, fh.name)
    return ctx
''', c, v=v)


@pos("open5gs", "tls-private-key", "pem-ec")
def mme_key_file(r, c, v, role):
    return r.choice(["configs/open5gs/tls/mme.key", "tls/amf.key"]), v + "\n"


# ---- Nokia / Ericsson OSS northbound
@pos("nokia-netact", "oss-nbi-password", "pw")
def netact_py(r, c, v, role):
    return r.choice(["oss/netact_pm_pull.py", "integrations/netact_client.py"]), fill('''import requests
from requests.auth import HTTPBasicAuth

NETACT = "https://netact.@@site@@.example.net"


class NetActNbi:
    def __init__(self, user="nbi_@@user@@", password="@@v@@"):
        self.s = requests.Session()
        self.s.auth = HTTPBasicAuth(user, password)
        self.s.verify = "/etc/ssl/certs/netact-ca.pem"

    def alarms(self, dn="PLMN-PLMN/MRBTS-@@n@@"):
        r = self.s.get(f"{NETACT}/nbi/fm/v1/alarms", params={"dn": dn}, timeout=30)
        r.raise_for_status()
        return r.json()
''', c, v=v)


@pos("ericsson-enm", "oss-nbi-password", "pw")
def enm_scripting(r, c, v, role):
    return r.choice(["oss/enm_export.py", "scripts/enm_cm_dump.py"]), fill('''import enmscripting

ENM_URL = "https://enm.@@site@@.example.net"

session = enmscripting.open(ENM_URL, "administrator", "@@v@@")
try:
    cmd = session.command()
    resp = cmd.execute("cmedit get * ENodeBFunction.eNBId -t")
    for line in resp.get_output():
        print(line)
finally:
    enmscripting.close(session)
''', c, v=v)


@pos("ericsson-enm", "oss-nbi-password", "pwuri")
def enm_curl(r, c, v, role):
    return "oss/enm_login.sh", fill("""#!/bin/bash
# fetch a session cookie from ENM for the PM file collector
ENM=https://enm.@@site@@.example.net
curl -sk -c /tmp/enm.cookie -X POST "$ENM/login" \\
  -d "IDToken1=nbi_reader&IDToken2=@@v@@"
curl -sk -b /tmp/enm.cookie "$ENM/file/v1/files?filter=dataType==PM_STATISTICAL" | jq '.files | length'
""", c, v=v)


@pos("nokia-netact", "oss-nbi-password", "pw")
def oss_inventory_yaml(r, c, v, role):
    return r.choice(["oss/collectors.yaml", "config/northbound.yaml"]), fill("""collectors:
  - name: netact-@@site@@
    type: nokia_netact
    url: https://netact.@@site@@.example.net
    username: nbi_pm
    nbi_password: "@@v@@"
    interval: 15m
  - name: enm-@@site@@
    type: ericsson_enm
    url: https://enm.@@site@@.example.net
    username: nbi_pm
    password_file: /run/secrets/enm_password
""", c, v=v)


@pos("ericsson-enm", "oss-nbi-password", "pw")
def oss_xml(r, c, v, role):
    return "oss/corba-nbi.xml", fill("""<?xml version="1.0" encoding="UTF-8"?>
<nbiConfig>
  <notificationService host="@@ip@@" port="@@n@@050"/>
  <session>
    <user>nbi_fm</user>
    <password>@@v@@</password>
    <heartbeat>60</heartbeat>
  </session>
  <filters>
    <managedElement pattern="SubNetwork=@@site@@,*"/>
  </filters>
</nbiConfig>
""", c, v=v)


# ---- eSIM SM-DP+
@pos("esim-smdp", "tls-private-key", "pem-ec")
def smdp_yaml(r, c, v, role):
    return r.choice(["smdp/config/es9plus.yaml", "esim/smdpp-test.yaml"]), fill("""# SM-DP+ test instance (SGP.22 v2.5 lab)
es9plus:
  fqdn: smdp.@@site@@.example.net
  port: 8443
  tls:
    certificate: /etc/smdpp/CERT_S_SM_DP_TLS_NIST.der
    private_key: |
@@key@@
es2plus:
  enabled: true
  function_requester_identifier: "1.3.6.1.4.1.31746"
""", c, key=indent(v, 6))


@pos("esim-smdp", "keystore-password", "pw")
def smdp_props(r, c, v, role):
    return r.choice(["smdp/src/main/resources/application.properties", "esim/smdp.properties"]), fill("""server.port=8443
server.ssl.enabled=true
server.ssl.key-store=classpath:keystore/smdp-tls.p12
server.ssl.key-store-type=PKCS12
smdp.keystore.password=@@v@@
smdp.oid=1.3.6.1.4.1.31746.@@n@@
smdp.address=smdp.@@site@@.example.net
spring.datasource.url=jdbc:postgresql://@@host@@:5432/smdp
spring.datasource.username=smdp
spring.datasource.password=${SMDP_DB_PASSWORD}
""", c, v=v)


@pos("esim-smdp", "keystore-password", "pw")
def es2plus_py(r, c, v, role):
    return "esim/es2plus_client.py", fill('''import requests
from requests_pkcs12 import Pkcs12Adapter

SMDP = "https://smdp.@@site@@.example.net"
session = requests.Session()
session.mount(SMDP, Pkcs12Adapter(pkcs12_filename="certs/operator-es2plus.p12",
                                  pkcs12_password="@@v@@"))


def download_order(eid, iccid):
    body = {"header": {"functionRequesterIdentifier": "@@uuid@@", "functionCallIdentifier": "dl-1"},
            "eid": eid, "iccid": iccid, "profileType": "lab"}
    r = session.post(f"{SMDP}/gsma/rsp2/es2plus/downloadOrder", json=body, timeout=30)
    return r.json()
''', c, v=v)


# ---- Telecom API gateways
@pos("nokia-nac", "network-api-key", "nac")
def nac_py(r, c, v, role):
    return r.choice(["app/qod_session.py", "examples/nac_location.py"]), fill('''import network_as_code as nac
from network_as_code.models.device import DeviceIpv4Addr

client = nac.NetworkAsCodeClient(
    token="@@v@@",
)

device = client.devices.get(
    "device@testcsp.net",
    ipv4_address=DeviceIpv4Addr(public_address="233.252.0.2", private_address="192.0.2.25", public_port=80),
    phone_number="+@@msisdn@@",
)
session = device.create_qod_session(service_ipv4="233.252.0.2", profile="QOS_L", duration=3600)
print(session.status)
''', c, v=v)


@pos("nokia-nac", "network-api-key", "nac")
def nac_ts(r, c, v, role):
    return r.choice(["src/network.ts", "web/server/nac.ts"]), fill('''import { NetworkAsCodeClient } from "network-as-code";

const client = new NetworkAsCodeClient("@@v@@");

export async function locate(phone: string) {
  const device = client.devices.get({ phoneNumber: phone });
  const location = await device.location(60);
  return { lat: location.latitude, lon: location.longitude };
}
''', c, v=v)


@pos("nokia-nac", "network-api-key", "nac")
def nac_curl(r, c, v, role):
    return r.choice(["scripts/sim_swap_check.sh", "demo/curl_nac.sh"]), fill("""#!/bin/sh
curl --request POST \\
  --url https://network-as-code.p-eu.rapidapi.com/passthrough/camara/v1/sim-swap/sim-swap/v0/check \\
  --header 'Content-Type: application/json' \\
  --header 'X-RapidAPI-Host: network-as-code.nokia.rapidapi.com' \\
  --header 'X-RapidAPI-Key: @@v@@' \\
  --data '{"phoneNumber": "+@@msisdn@@", "maxAge": 240}'
""", c, v=v)


@pos("vonage", "api-secret", "vonsec")
def vonage_py(r, c, v, role):
    return r.choice(["notify/sms.py", "app/vonage_client.py"]), fill('''from vonage import Auth, Vonage
from vonage_sms import SmsMessage

client = Vonage(Auth(api_key="@@key@@", api_secret="@@v@@"))


def alert(to, text):
    return client.sms.send(SmsMessage(to=to, from_="CoreLab", text=text))
''', c, v=v, key=rhex(r, 8))


@pos("vonage", "tls-private-key", "pem-rsa")
def vonage_camara_key(r, c, v, role):
    return r.choice(["camara/number_verify.py", "app/vonage_network.py"]), fill('''from vonage import Auth, Vonage

APPLICATION_ID = "@@uuid@@"
PRIVATE_KEY = """@@v@@
"""

client = Vonage(Auth(application_id=APPLICATION_ID, private_key=PRIVATE_KEY))


def sim_swapped(number: str) -> bool:
    return client.network_sim_swap.check(number, max_age=240)
''', c, v=v)


@pos("vonage", "api-secret", "vonsec")
def vonage_yaml(r, c, v, role):
    return r.choice(["config/notifications.yaml", "helm/alerting/values.yaml"]), fill("""notifications:
  provider: vonage
  vonage:
    api_key: "@@key@@"
    secret: "@@v@@"
    from: CoreLab
  recipients:
    - "+@@msisdn@@"
""", c, v=v, key=rhex(r, 8))


@pos("camara-gateway", "oauth-client-secret", "oauth")
def camara_oauth_yaml(r, c, v, role):
    return r.choice(["gateway/camara-clients.yaml", "config/operator-api.yaml"]), fill("""camara:
  token_url: https://api.@@site@@.example-operator.net/oauth2/token
  client_id: "@@uuid@@"
  client_secret: "@@v@@"
  scopes:
    - "dpv:FraudPreventionAndDetection#sim-swap"
    - "dpv:FraudPreventionAndDetection#number-verification-verify-read"
  base_url: https://api.@@site@@.example-operator.net/camara
""", c, v=v)


@pos("camara-gateway", "oauth-client-secret", "oauth")
def camara_oauth_sh(r, c, v, role):
    return "scripts/camara_token.sh", fill("""#!/usr/bin/env bash
set -euo pipefail
TOKEN=$(curl -s https://api.@@site@@.example-operator.net/oauth2/token \\
  -u "@@uuid@@:@@v@@" \\
  -d grant_type=client_credentials -d scope=device-location-verification | jq -r .access_token)
echo "got token (${#TOKEN} chars)"
""", c, v=v)


# ---- Lua / misc
@pos("pysim", "subscriber-k", "hex32")
def lua_sim_table(r, c, v, role):
    name = r.choice(["ki", "k", "key"])
    return r.choice(["testbed/sims.lua", "lua/ue_profiles.lua"]), fill("""-- UE profiles for the automated attach tests
local M = {}

M.ue1 = {
  imsi = "@@imsi@@",
  iccid = "@@iccid@@",
  @@name@@ = "@@v@@",
  opc = "@@dopc@@",
  adm1 = os.getenv("ADM1"),
  apn = "@@dnn@@",
}

return M
""", c, v=v, name=name)


@pos("open5gs", "db-password", "pw")
def lua_testbed_cfg(r, c, v, role):
    return "testbed/config.lua", fill("""-- test bed controller config
return {
  core = { host = "@@ip@@", nrf_port = 7777 },
  mongo = {
    host = "@@host@@",
    port = 27017,
    user = "open5gs",
    password = "@@v@@",
  },
  ues = 4,
  attach_timeout_s = 30,
}
""", c, v=v)


@pos("sysmocom", "ota-kid", "HEX32")
def lua_ota(r, c, v, role):
    return "lua/ota_keys.lua", fill("""-- OTA keyset used by the RFM regression (card @@iccid@@)
local keyset = {}
keyset.index = 1
keyset.tar = "B00010"
keyset.kic = os.getenv("OTA_KIC1")
keyset.kid = "@@v@@"
return keyset
""", c, v=v)


@pos("milenage", "operator-op", "hex32")
def py_op_milenage(r, c, v, role):
    name = r.choice(["OP", "OPERATOR_OP", "op_variant"])
    return r.choice(["tools/derive_opc.py", "sim/opc_from_op.py"]), fill('''"""Compute OPc = AES_K(OP) xor OP for each card in the batch file."""
import csv
import sys

from Crypto.Cipher import AES

@@name@@ = bytes.fromhex("@@v@@")


def opc(k_hex: str) -> str:
    enc = AES.new(bytes.fromhex(k_hex), AES.MODE_ECB).encrypt(@@name@@)
    return bytes(a ^ b for a, b in zip(enc, @@name@@)).hex()


for row in csv.DictReader(open(sys.argv[1])):
    print(row["iccid"], opc(row["ki"]))
''', c, name=name, v=v)


@pos("open5gs", "subscriber-k", "HEX32")
def provision_log(r, c, v, role):
    return r.choice(["logs/provision-%s.log" % c["date"], "ci/artifacts/provision.log"]), fill("""@@date@@ 09:14:02,112 INFO  provision: connecting to mongodb://@@host@@:27017/open5gs
@@date@@ 09:14:02,318 INFO  provision: imsi=@@imsi@@ msisdn=@@msisdn@@ apn=@@dnn@@
@@date@@ 09:14:02,319 DEBUG provision: security k=@@v@@ amf=8000 sqn=@@n@@
@@date@@ 09:14:02,402 INFO  provision: upserted 1 document(s)
@@date@@ 09:14:02,403 INFO  provision: done in 0.29s
""", c, v=v)


@pos("open5gs", "db-password", "pwuri")
def compose_mongo_uri(r, c, v, role):
    return r.choice(["docker-compose.yml", "deploy/compose/core.yml"]), fill("""services:
  mongo:
    image: mongo:6.0
    command: ["mongod", "--bind_ip", "0.0.0.0"]
    volumes:
      - mongodbdata:/data/db
  webui:
    image: gradiant/open5gs-webui:@@ver@@
    environment:
      DB_URI: mongodb://admin:@@v@@@mongo/open5gs?authSource=admin
      NODE_ENV: dev
    ports:
      - "9999:9999"
volumes:
  mongodbdata: {}
""", c, v=v)


@pos("open5gs", "webui-admin-password", "pw")
def o5gs_md_login(r, c, v, role):
    return r.choice(["README.md", "docs/quickstart.md"]), fill("""# @@site@@ 5G SA test bed

Core: Open5GS @@ver@@ on `@@host@@`, RAN: srsRAN Project gNB + B210.

## Access

* WebUI: http://@@ip@@:9999 - user `admin`, password `@@v@@`
* Grafana: http://@@ip@@:3000 (SSO)

## PLMN

MCC @@mcc@@ / MNC @@mnc@@, TAC @@tac@@, slice SST 1.
""", c, v=v)


@pos("free5gc", "db-password", "pw")
def tf_k8s_secret(r, c, v, role):
    return "infra/free5gc/secrets.tf", fill("""resource "kubernetes_secret" "mongodb" {
  metadata {
    name      = "free5gc-mongodb"
    namespace = "free5gc"
  }
  data = {
    mongodb-root-password = "@@v@@"
  }
}
""", c, v=v)


@pos("oai", None, "hex32", roles=KO)
def json_card_profile(r, c, v, role):
    k, o = pair(c, v, role)
    return r.choice(["sim/profiles/%s.json" % c["imsi"], "cards/personalization.json"]), fill("""{
  "iccid": "@@iccid@@",
  "imsi": "@@imsi@@",
  "mcc": "@@mcc@@",
  "mnc": "@@mnc@@",
  "spn": "@@site@@",
  "ki": "@@k@@",
  "opc": "@@o@@",
  "acc": "0001",
  "algorithm": "milenage"
}
""", c, k=k, o=o)


# ================================================================ look-alike negatives
TS_SETS = [("465b5ce8b199b49faa5f0a2ee238a6bc", "23553cbe9637a89d218ae64dae47bf35",
            "cdc202d5123e20f62b6d676ac72cb318", "cd63cb71954a9f4e48a5994e37a02baf"),
           ("0396eb317b6d1c36f19c1c84cd6ffd16", "c00d603103dcee52c4478119494202e8",
            "ff53bade17df5d4e793073ce9d7579fa", "53c15671c60a4b731c55b4a441c0bde2"),
           ("fec86ba6eb707ed08905757b1bb44b8f", None,
            "dbc59adcb6f9a0ef735477b7fadf8374", "1006020f0a478bf6b699f15c062e42b3")]


@look("3gpp", "milenage-test-vectors")
def lk_milenage_test(r, c):
    rows = []
    for i, (k, rnd, op, opc) in enumerate(TS_SETS, 1):
        rows.append('    # TS 35.208 test set %d\n    ("%s", "%s", "%s"),' % (i, k, op, opc))
    return r.choice(["tests/test_milenage.py", "sim/tests/test_opc.py"]), fill('''"""OPc derivation against the 3GPP TS 35.208 conformance test data."""
import pytest

from corelab.milenage import derive_opc

VECTORS = [
@@rows@@
]


@pytest.mark.parametrize("k,op,expected", VECTORS)
def test_opc(k, op, expected):
    assert derive_opc(bytes.fromhex(k), bytes.fromhex(op)).hex() == expected
''', c, rows="\n".join(rows))


@look("srsran", "doc-default-subscriber")
def lk_srs_default(r, c):
    return "srsepc/user_db.csv.example", """#
# .csv to store UE's information in HSS
# Kept in the following format: "Name,Auth,IMSI,Key,OP_Type,OP/OPc,AMF,SQN,QCI,IP_alloc"
#
ue1,xor,001010123456789,00112233445566778899aabbccddeeff,opc,63bfa50ee6523365ff14c1f45f88737d,9001,000000001234,7,dynamic
ue2,mil,001010123456780,00112233445566778899aabbccddeeff,opc,63bfa50ee6523365ff14c1f45f88737d,8000,000000001234,7,dynamic
"""


@look("open5gs", "session-values-log")
def lk_auth_log(r, c):
    lines = []
    t = r.randint(0, 50000)
    for i in range(r.randint(3, 5)):
        t += r.randint(50, 4000)
        ts = "%s %02d:%02d:%02d.%03d" % (c["date"], 10 + t // 3600000 % 10, t // 60000 % 60, t // 1000 % 60, t % 1000)
        lines.append("%s [HSS] [D] Generated auth vector for IMSI %s" % (ts, c["imsi"]))
        lines.append("%s [HSS] [D] RAND: %s" % (ts, rhex(r, 32)))
        lines.append("%s [HSS] [D] AUTN: %s" % (ts, rhex(r, 32)))
        lines.append("%s [HSS] [D] XRES: %s" % (ts, rhex(r, 16)))
        lines.append("%s [HSS] [D] SQN: %012x AMF: 8000 MAC-A: %s" % (ts, r.randint(0, 99999) * 32, rhex(r, 16)))
    return r.choice(["logs/epc.log", "ci/artifacts/hss-debug.log"]), "\n".join(lines) + "\n"


@look("3gpp", "nas-trace")
def lk_nas_trace(r, c):
    return r.choice(["traces/attach-%s.txt" % c["date"], "docs/traces/registration.txt"]), fill("""Non-Access-Stratum 5GS (NAS)PDU
    Plain NAS 5GS Message
        Extended protocol discriminator: 5G mobility management messages (126)
        Message type: Authentication request (0x56)
        NAS key set identifier - ngKSI
        ABBA
            Length: 2
            ABBA Contents: 0x0000
        Authentication Parameter RAND - 5G authentication challenge
            RAND value: @@rand@@
        Authentication Parameter AUTN (UMTS and EPS authentication challenge) - 5G authentication challenge
            Length: 16
            AUTN value: @@autn@@
                SQN xor AK: @@sqnak@@
                AMF: 8000
                MAC: @@mac@@
""", c, rand=rhex(r, 32), autn=rhex(r, 32), sqnak=rhex(r, 12), mac=rhex(r, 16))


@look("free5gc", "suci-doc-test-keys")
def lk_udm_suci_doc(r, c):
    return "config/udmcfg.yaml", fill("""configuration:
  nrfUri: http://nrf.free5gc.org:8000
  # test data set from TS33501-f60 Annex C.4
  SuciProfile:
    - ProtectionScheme: 1 # Protect Scheme: Profile A
      PrivateKey: @@a@@
      PublicKey: @@ap@@
    - ProtectionScheme: 2 # Protect Scheme: Profile B
      PrivateKey: @@b@@
      PublicKey: @@bp@@
""", c, a=SUCI_A_PRIV, ap=SUCI_A_PUB, b=SUCI_B_PRIV, bp=SUCI_B_PUB)


@look("ueransim", "suci-public-key")
def lk_ue_pubkey(r, c):
    return "config/ue-suci.yaml", fill("""supi: 'imsi-@@imsi@@'
mcc: '@@mcc@@'
mnc: '@@mnc@@'
# SUCI Protection Scheme : 0 for Null-scheme, 1 for Profile A and 2 for Profile B
protectionScheme: 1
# Home Network Public Key for protecting with SUCI Profile A
homeNetworkPublicKey: '@@pub@@'
homeNetworkPublicKeyId: @@n@@
routingIndicator: '0000'
key: '@@dk@@'
op: '@@dopc@@'
opType: 'OPC'
amf: '8000'
""", c, pub=rhex(r, 64))


@look("pysim", "suci-public-key")
def lk_suci_calc_info(r, c):
    b = ("02" if r.random() < 0.5 else "03") + rhex(r, 64).upper()
    return "sim/suci_calc_info.json", fill("""{
  "prot_scheme_id_list": [
    {"priority": 0, "identifier": 2, "key_index": 1},
    {"priority": 1, "identifier": 1, "key_index": 2},
    {"priority": 2, "identifier": 0, "key_index": 0}
  ],
  "hnet_pubkey_list": [
    {"hnet_pubkey_identifier": @@n@@, "hnet_pubkey": "@@b@@"},
    {"hnet_pubkey_identifier": @@m@@, "hnet_pubkey": "@@a@@"}
  ]
}
""", c, b=b, a=rhex(r, 64).upper(), m=c["n"] + 1)


@look("sim", "identifiers-inventory")
def lk_sim_inventory_csv(r, c):
    rows = ["iccid,imsi,msisdn,eid,status"]
    base = int(c["imsi"][-6:])
    for i in range(r.randint(4, 9)):
        ic = "8988211" + rdig(r, 12)
        rows.append("%s,%s,%s,%s,%s" % (ic + luhn(ic), c["imsi"][:-6] + str(base + i).zfill(6)[-6:],
                                          c["msisdn"][:-2] + "%02d" % i, "89049032" + rdig(r, 24),
                                          r.choice(["active", "spare", "lost", "active"])))
    return r.choice(["cards/inventory.csv", "sim/stock.csv"]), "\n".join(rows) + "\n"


@look("open5gs", "objectid-export")
def lk_open5gs_projection(r, c):
    return "backup/subscribers-public.json", fill("""[
  {"_id": {"$oid": "@@oid1@@"}, "imsi": "@@imsi@@", "msisdn": ["@@msisdn@@"], "slice": [{"sst": 1, "sd": "@@sd@@"}], "__v": 0},
  {"_id": {"$oid": "@@oid2@@"}, "imsi": "@@imsi2@@", "msisdn": [], "slice": [{"sst": 1}], "__v": 0}
]
""", c, oid1=rhex(r, 24), oid2=rhex(r, 24))


@look("osmocom", "hlr-no-keys")
def lk_hlr_subscriber_sql(r, c):
    return "osmocom/subscriber_only.sql", fill("""INSERT INTO subscriber (id, imsi, msisdn, imeisv, vlr_number, last_lu_seen)
VALUES (@@n@@, '@@imsi@@', '@@msisdn@@', '@@imei@@', 'MSC-@@ip@@', '@@date@@ 08:01:12');
-- keys live in auc_3g and are provisioned from the card vault, not from this file
""", c)


@look("magma", "gateway-challenge-public-key")
def lk_magma_gateway(r, c):
    der = bytes.fromhex("3076301006072a8648ce3d020106052b81040022036200") + b"\x04" + rbytes(r, 96)
    return r.choice(["magma/gateway-registration.json", "agw/register.json"]), fill("""{
  "id": "agw-@@site@@",
  "name": "@@site@@ AGW",
  "description": "access gateway",
  "device": {
    "hardware_id": "@@uuid@@",
    "key": {
      "key_type": "SOFTWARE_ECDSA_SHA256",
      "key": "@@key@@"
    }
  },
  "magmad": {"autoupgrade_enabled": true, "checkin_interval": 60, "checkin_timeout": 30},
  "tier": "default"
}
""", c, key=base64.b64encode(der).decode())


@look("magma", "certificate")
def lk_cert_pem(r, c):
    return r.choice(["deploy/secrets/certs/rootCA.pem", "tls/ca.crt", "certs/amf.crt"]), pem_cert(r) + "\n"


@look("open5gs", "public-key-pem")
def lk_pubkey_pem(r, c):
    return r.choice(["tls/amf.pub", "keys/hn_pubkey.pem", "docs/keys/smdp-tls-pub.pem"]), pem_ec_public(r) + "\n"


@look("helm", "image-digests")
def lk_image_digests(r, c):
    imgs = ["amf", "smf", "upf", "nrf", "ausf", "udm", "udr", "pcf", "webui"]
    out = ["images:"]
    for im in r.sample(imgs, r.randint(4, 7)):
        out.append("  %s:\n    repository: ghcr.io/@@site@@/open5gs-%s\n    digest: sha256:%s" % (im, im, rhex(r, 64)))
    return "deploy/open5gs/images.yaml", fill("\n".join(out) + "\n", c)


@look("release", "checksums")
def lk_sha256sums(r, c):
    files = ["open5gs_%s_amd64.deb" % c["ver"], "srsran-project.tar.gz", "sysmo-fw-%s.bin" % c["ver"],
             "pysim-%s.tar.gz" % c["ver"], "osmo-hlr_%s.deb" % c["ver"]]
    return r.choice(["release/SHA256SUMS", "dist/checksums.txt"]), "".join(
        "%s  %s\n" % (rhex(r, 64), f) for f in r.sample(files, 4))


@look("git", "commit-hashes")
def lk_changelog(r, c):
    lines = ["# Changelog", "", "## %s" % c["ver"], ""]
    for msg in r.sample(["amf: fix NGAP reset handling", "hss: accept OP type OPc from CSV",
                         "webui: show msisdn column", "upf: raise GTP-U buffer", "ci: pin mongo 6.0",
                         "sim: add sysmoISIM-SJA5 profile", "docs: PLMN 999/70 walkthrough"], 5):
        lines.append("- %s (%s)" % (msg, rhex(r, r.choice([7, 40]))))
    return "CHANGELOG.md", "\n".join(lines) + "\n"


@look("esim", "eid-ski")
def lk_esim_ids(r, c):
    return r.choice(["esim/euicc-inventory.yaml", "docs/esim/test-euiccs.yaml"]), fill("""euiccs:
  - eid: "89049032@@e1@@"
    ci_pkid: "@@ski1@@"
    firmware: "@@ver@@"
    profiles:
      - iccid: "@@iccid@@"
        state: enabled
        smdp: "smdp.@@site@@.example.net"
  - eid: "89049032@@e2@@"
    ci_pkid: "@@ski2@@"
    firmware: "@@ver@@"
""", c, e1=rdig(r, 24), e2=rdig(r, 24), ski1=rhex(r, 40).upper(), ski2=rhex(r, 40).upper())


@look("sysmocom", "ota-por-log")
def lk_ota_log(r, c):
    lines = []
    for i in range(r.randint(3, 6)):
        lines.append("%s 11:%02d:%02d OTA >> iccid=%s tar=B00010 spi=1621 kic_idx=1 kid_idx=1 cntr=%010d cc=%s" % (
            c["date"], i * 3, r.randint(0, 59), c["iccid"], c["n"] + i, rhex(r, 16)))
        lines.append("%s 11:%02d:%02d OTA << PoR status=00 rc=%s sw=9000" % (c["date"], i * 3, r.randint(0, 59), rhex(r, 16)))
    return "logs/ota-campaign.log", "\n".join(lines) + "\n"


@look("kamailio-ims", "sip-digest-trace")
def lk_sip_trace(r, c):
    nonce = base64.b64encode(rbytes(r, 32)).decode()
    return r.choice(["traces/ims-register.txt", "logs/pcscf-sip.log"]), fill("""REGISTER sip:ims.mnc0@@mnc@@.mcc@@mcc@@.3gppnetwork.org SIP/2.0
Via: SIP/2.0/UDP @@ip2@@:5060;branch=z9hG4bK@@br@@
From: <sip:@@imsi@@@ims.mnc0@@mnc@@.mcc@@mcc@@.3gppnetwork.org>;tag=@@tag@@
Call-ID: @@callid@@
CSeq: 2 REGISTER
Authorization: Digest username="@@imsi@@@ims.mnc0@@mnc@@.mcc@@mcc@@.3gppnetwork.org", realm="ims.mnc0@@mnc@@.mcc@@mcc@@.3gppnetwork.org", uri="sip:ims.mnc0@@mnc@@.mcc@@mcc@@.3gppnetwork.org", nonce="@@nonce@@", algorithm=AKAv1-MD5, response="@@resp@@", qop=auth, nc=00000001, cnonce="@@cn@@"
Security-Client: ipsec-3gpp;alg=hmac-sha-1-96;spi-c=@@spi@@;spi-s=@@spi2@@;port-c=5101;port-s=5100
Content-Length: 0
""", c, br=rhex(r, 16), tag=rhex(r, 8), callid=uuid4(r), nonce=nonce, resp=rhex(r, 32), cn=rhex(r, 16),
        spi=r.randint(10 ** 8, 4 * 10 ** 9), spi2=r.randint(10 ** 8, 4 * 10 ** 9))


@look("diameter", "s6a-trace")
def lk_s6a(r, c):
    return "traces/s6a-aia.txt", fill("""Diameter Protocol
    Version: 0x01
    Command Code: 318 3GPP-Authentication-Information
    ApplicationId: 3GPP S6a/S6d (16777251)
    AVP: Session-Id(263) val=mme.@@site@@;@@sess@@;1
    AVP: User-Name(1) val=@@imsi@@
    AVP: Authentication-Info(1413) vnd=TGPP
        AVP: E-UTRAN-Vector(1414) vnd=TGPP
            AVP: RAND(1447) vnd=TGPP val=@@rand@@
            AVP: XRES(1448) vnd=TGPP val=@@xres@@
            AVP: AUTN(1449) vnd=TGPP val=@@autn@@
    AVP: Origin-Host(264) val=hss.@@site@@
""", c, sess=r.randint(10 ** 9, 4 * 10 ** 9), rand=rhex(r, 32), xres=rhex(r, 16), autn=rhex(r, 32))


@look("tls", "cert-fingerprints")
def lk_fingerprints(r, c):
    def fp():
        h = rhex(r, 64).upper()
        return ":".join(h[i:i + 2] for i in range(0, 64, 2))
    return "docs/pki.md", fill("""# SBI / N2 certificates

Pin these fingerprints in the gNB and the SCP.

| Component | SHA-256 fingerprint |
|-----------|---------------------|
| AMF SBI | `@@a@@` |
| NRF | `@@b@@` |
| SM-DP+ TLS (test) | `@@d@@` |
""", c, a=fp(), b=fp(), d=fp())


@look("ngap", "base64-fixture")
def lk_ngap_b64(r, c):
    return "tests/fixtures/ngap_messages.json", json.dumps({
        "ng_setup_request": base64.b64encode(rbytes(r, r.randint(48, 90))).decode(),
        "initial_ue_message": base64.b64encode(rbytes(r, r.randint(60, 120))).decode(),
        "plmn": c["mcc"] + c["mnc"], "tac": c["tac"]}, indent=2) + "\n"


@look("free5gc", "nf-instance-ids")
def lk_nf_ids(r, c):
    nfs = ["AMF", "SMF", "AUSF", "UDM", "UDR", "PCF", "NSSF"]
    out = ["nfProfiles:"]
    for nf in nfs:
        out.append("  - nfType: %s\n    nfInstanceId: %s\n    nfStatus: REGISTERED" % (nf, uuid4(r)))
    return "nrf/registered.yaml", "\n".join(out) + "\n"


@look("python", "env-references")
def lk_py_env(r, c):
    return r.choice(["tools/provision_from_env.py", "testbed/provision.py"]), fill('''import os

from pymongo import MongoClient

IMSI = "@@imsi@@"
K = os.environ["SUB_K"]
OPC = os.environ.get("SUB_OPC")
ADM1 = os.getenv("ADM1", "")
DB_URI = os.environ.get("DB_URI", "mongodb://localhost/open5gs")

MongoClient(DB_URI).open5gs.subscribers.update_one(
    {"imsi": IMSI}, {"$set": {"security.k": K, "security.opc": OPC, "security.amf": "8000"}}, upsert=True)
''', c)


@look("nokia-nac", "env-references")
def lk_ts_env(r, c):
    return "src/nacClient.ts", '''import { NetworkAsCodeClient } from "network-as-code";

const token = process.env.NAC_TOKEN;
if (!token) {
  throw new Error("NAC_TOKEN is not set");
}

export const client = new NetworkAsCodeClient(token);
'''


@look("lua", "env-references")
def lk_lua_env(r, c):
    return "testbed/secrets.lua", """-- everything secret comes from the environment of the runner
return {
  mongo_password = os.getenv("MONGO_PASSWORD"),
  adm1 = os.getenv("ADM1"),
  nac_token = os.getenv("NAC_TOKEN"),
  kic = os.getenv("OTA_KIC1") or "",
}
"""


@look("osmocom", "schema")
def lk_hlr_schema(r, c):
    return "osmocom/hlr_schema.sql", """CREATE TABLE auc_2g (
	subscriber_id	INTEGER PRIMARY KEY,	-- subscriber.id
	algo_id_2g	INTEGER NOT NULL,	-- enum osmo_auth_algo value
	ki		VARCHAR(32) NOT NULL	-- hex string: subscriber's secret key (128bit)
);
CREATE TABLE auc_3g (
	subscriber_id	INTEGER PRIMARY KEY,	-- subscriber.id
	algo_id_3g	INTEGER NOT NULL,	-- enum osmo_auth_algo value
	k		VARCHAR(32) NOT NULL,	-- hex string: subscriber's secret key (128bit)
	op		VARCHAR(32),		-- hex string: operator's secret key (128bit)
	opc		VARCHAR(32),		-- hex string: derived from OP and K (128bit)
	sqn		INTEGER NOT NULL DEFAULT 0,
	ind_bitlen	INTEGER NOT NULL DEFAULT 5
);
"""


@look("ran", "cell-sites")
def lk_cells_csv(r, c):
    rows = ["site,gnb_id,nci,pci,tac,arfcn,lat,lon"]
    for i in range(r.randint(4, 8)):
        g = r.randint(1, 4000)
        rows.append("%s-%d,%d,%09x,%d,%s,%d,%.5f,%.5f" % (c["site"], i, g, g * 16 + i, r.randint(0, 1007), c["tac"],
                                                         r.choice([627264, 650016, 632628]), r.uniform(40, 60), r.uniform(-5, 20)))
    return "ran/cells.csv", "\n".join(rows) + "\n"


@look("core", "plmn-plan")
def lk_plmn_md(r, c):
    return "docs/network-plan.md", fill("""# Network plan

* PLMN: @@mcc@@-@@mnc@@ (test network)
* AMF region/set/pointer: 02 / 001 / 01, GUAMI `@@mcc@@@@mnc@@-02-001-01`
* TACs: @@tac@@, @@tac2@@
* Slices: SST 1 / SD @@sd@@ (eMBB), SST 3 (IoT)
* UE pool: 10.45.0.0/16, DNN `@@dnn@@`
* 5G-GUTI example: `5g-guti-@@mcc@@@@mnc@@0200401@@tmsi@@`
""", c, tac2=int(c["tac"]) + 1, tmsi=rhex(r, 8))


@look("pysim", "usage-placeholders")
def lk_dbctl_usage(r, c):
    return "docs/provisioning.md", """# Provisioning cheat sheet

```
open5gs-dbctl add {imsi key opc}
open5gs-dbctl add {imsi ip key opc}
pySim-prog.py -p0 -t sysmoISIM-SJA2 -a <ADM1> -x <MCC> -y <MNC> -i <IMSI> -s <ICCID> -k <KI> --opc <OPC>
OsmoHLR# subscriber imsi <IMSI> update aud3g milenage k <K_HEX> opc <OPC_HEX>
```

Never paste real card values here; they live in the card vault (`op://telecom/sim-cards`).
"""


@look("ansible", "vault-lookups")
def lk_ansible_vault(r, c):
    return "ansible/group_vars/hss.yml", """---
open5gs_mongo_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/core/mongo:password') }}"
pyhss_db_password: "{{ vault_pyhss_db_password }}"
webui_admin_password: "{{ vault_webui_admin_password }}"
no_log_secrets: true
"""


@look("osmocom", "cfg-no-secret")
def lk_osmo_cfg(r, c):
    return "osmocom/osmo-msc-plain.cfg", fill("""!
network
 network country code @@mcc@@
 mobile network code @@mnc@@
 encryption a5 1 3
 authentication required
 periodic location update 30
msc
 mgw 0
  remote-ip 127.0.0.1
 assign-tmsi
 auth-tuple-max-reuse-count 3
 auth-tuple-reuse-on-error 1
hlr
 remote-ip 127.0.0.1
 remote-port 4222
""", c)


@look("osmocom", "gsup-log")
def lk_gsup_log(r, c):
    lines = []
    for i in range(r.randint(2, 4)):
        lines.append("%s DAUC INFO IMSI='%s': Calling to generate %d vectors" % (c["date"], c["imsi"], 5))
        lines.append("%s DAUC DEBUG vector %d: rand=%s autn=%s sres=%s res=%s" % (
            c["date"], i, rhex(r, 32), rhex(r, 32), rhex(r, 8), rhex(r, 16)))
    return "logs/osmo-hlr.log", "\n".join(lines) + "\n"


@look("imei", "device-list")
def lk_imei_csv(r, c):
    rows = ["imei,imeisv,model,owner"]
    for i in range(r.randint(4, 7)):
        body = r.choice(["35693803", "86728703", "35332011"]) + rdig(r, 6)
        rows.append("%s,%s%02d,%s,%s" % (body + luhn(body), body, r.randint(1, 99),
                                         r.choice(["Pixel 7", "Quectel RM500Q", "SIM8262E", "iPhone 14"]), r.choice(PEOPLE)))
    return "devices/ue_inventory.csv", "\n".join(rows) + "\n"


@look("vonage", "public-key-app")
def lk_vonage_app(r, c):
    return "camara/vonage-application.json", json.dumps({
        "id": uuid4(r), "name": "corelab-network-apis",
        "keys": {"public_key": pem_ec_public(r)},
        "capabilities": {"network_apis": {"redirect_uri": "https://%s.example.net/callback" % c["site"]}}},
        indent=2) + "\n"


@look("nokia-nac", "public-ids")
def lk_nac_webhook(r, c):
    return "app/nac_settings.yaml", fill("""network_as_code:
  token_env: NAC_TOKEN
  notification_url: https://@@site@@.example.net/hooks/nac
  notification_auth_token_env: NAC_NOTIFY_TOKEN
  device:
    phone_number: "+@@msisdn@@"
    network_access_identifier: "device@testcsp.net"
  qod_profile: QOS_L
  session_id: "@@uuid@@"
""", c)


@look("open5gs", "suci-log")
def lk_suci_log(r, c):
    suci = "suci-0-%s-%s-0000-1-%d-%s%s%s" % (c["mcc"], c["mnc"], c["n"], rhex(r, 64), rhex(r, 10), rhex(r, 16))
    return "logs/amf.log", fill("""@@date@@ 12:01:44.118: [amf] INFO: InitialUEMessage (../src/amf/ngap-handler.c:437)
@@date@@ 12:01:44.118: [amf] INFO: [Added] Number of gNB-UEs is now 1 (../src/amf/context.c:2656)
@@date@@ 12:01:44.119: [gmm] INFO: Registration request (../src/amf/gmm-sm.c:1165)
@@date@@ 12:01:44.119: [gmm] INFO: [@@suci@@]    SUCI (../src/amf/gmm-handler.c:172)
@@date@@ 12:01:44.190: [gmm] INFO: [imsi-@@imsi@@] Registration complete (../src/amf/gmm-sm.c:2313)
""", c, suci=suci)


@look("terraform", "variable-references")
def lk_tf_vars(r, c):
    return "infra/magma/variables.tf", """variable "orc8r_db_password" {
  description = "Password for the orc8r RDS instance"
  type        = string
  sensitive   = true
}

module "orc8r" {
  source            = "../modules/orc8r"
  orc8r_db_password = var.orc8r_db_password
  region            = var.region
}
"""


@look("mongodb", "uri-without-password")
def lk_mongo_uri(r, c):
    return "configs/open5gs/udr.yaml", fill("""db_uri: mongodb://@@host@@:27017/open5gs?replicaSet=rs0&tls=true&tlsCertificateKeyFile=/etc/open5gs/tls/udr-client.pem&authMechanism=MONGODB-X509
logger:
  file:
    path: /var/log/open5gs/udr.log
udr:
  sbi:
    server:
      - address: 127.0.0.20
        port: 7777
""", c)


# ================================================================ driver
N_POS = 500
N_NEG = 500
ENV_RE = re.compile(r"^\.env(\..+)?$")
ENV_OK = (".env.example", ".env.sample", ".env.template", ".env.dist")


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if ENV_RE.match(base):
        return "env"
    if "." not in base:
        return "txt"
    ext = base.rsplit(".", 1)[-1].lower()
    return {"key": "pem", "crt": "pem", "pub": "pem", "yml": "yml", "yaml": "yaml"}.get(ext, ext)


def cycle(r, n_items, n):
    seq = (list(range(n_items)) * (n // n_items + 1))[:n]
    r.shuffle(seq)
    return seq


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_kw.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    known_public = set(DOC_K + DOC_OPC + DOC_OP + DOC_OTA)
    env_used = 0

    # ---- positives
    for i, ti in enumerate(cycle(r, len(POS), N_POS)):
        name, provider, kind, style, loose, fn, role = POS[ti]
        c = mkctx(r)
        v = gen_secret(r, style)
        assert v.lower() not in known_public
        path, text = fn(r, c, v, role)
        base = path.rsplit("/", 1)[-1]
        if ENV_RE.match(base):
            env_used += 1
            if env_used > N_POS // 20:
                path = path[: -len(base)] + "core.env"
        needle = needle_of(style, v)
        idx = text.find(needle)
        assert idx >= 0, (name, needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], (name, line)
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": provider, "kind": kind,
                         "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})

    # ---- negatives: half template re-use, half look-alikes
    n_reuse = N_NEG // 2
    reuse = cycle(r, len(POS), n_reuse)
    looks = cycle(r, len(LOOK), N_NEG - n_reuse)
    plan = [("reuse", t) for t in reuse] + [("look", t) for t in looks]
    r.shuffle(plan)
    for i, (mode, ti) in enumerate(plan):
        c = mkctx(r)
        if mode == "reuse":
            name, provider, kind, style, loose, fn, role = POS[ti]
            v = neg_fill(r, style, kind, loose)
            path, text = fn(r, c, v, role)
            kind = kind + ":not-secret"
        else:
            name, provider, kind, fn = LOOK[ti]
            path, text = fn(r, c)
        base = path.rsplit("/", 1)[-1]
        if ENV_RE.match(base) and base not in ENV_OK:
            path = path[: -len(base)] + ".env.example"
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")

    # ---- self-check of what was written
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s
    assert sum(1 for m in manifest if m["label"] == "pos") == N_POS
    assert sum(1 for m in manifest if m["label"] == "neg") == N_NEG
    for m in manifest:
        if m["label"] == "neg":
            b = m["file"].rsplit("/", 1)[-1]
            assert not (ENV_RE.match(b) and b not in ENV_OK), m
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
