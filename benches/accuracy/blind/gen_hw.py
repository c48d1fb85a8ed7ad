#!/usr/bin/env python3
"""gen_hw.py - blind evaluation set: Wi-Fi / router / VPN configuration committed to repositories.

EMPHASIS
    Wireless and router configuration that ends up in git: hostapd.conf (wpa_passphrase, wpa_psk,
    sae_password, RADIUS auth_server_shared_secret, hostapd.wpa_psk and eap_user files),
    wpa_supplicant.conf (psk="...", psk=<64 hex>, EAP password=, private_key_passwd=), NetworkManager
    .nmconnection and nmcli scripts, iwd .psk/.8021x files, connman .config, netplan and cloud-init
    network-config (wifis/access-points/password, auth.password), OpenWrt UCI (/etc/config/wireless
    option key / auth_secret, /etc/config/network PPPoE password, WireGuard private_key and
    preshared_key, uci batch scripts), DD-WRT nvram scripts, UniFi and Omada JSON exports, Terraform
    for UniFi/RouterOS, MikroTik RouterOS .rsc (wireless security-profiles wpa2-pre-shared-key, v7
    /interface wifi security passphrase, CAPsMAN, /ppp secret, pppoe-client, wireguard private-key,
    /radius secret), pfSense/OPNsense config.xml, Android WifiConfigStore.xml and
    WifiNetworkSpecifier code, Apple .mobileconfig Wi-Fi payloads, Windows netsh WLANProfile XML and
    hostednetwork batch files, ESPHome/Home Assistant YAML (wifi, ap fallback, api encryption key,
    secrets.yaml), Arduino/ESP-IDF/MicroPython/PlatformIO/Tasmota/esp-rs firmware sources, Raspberry
    Pi firstrun.sh and raspi-config, Ansible roles and vars, FreeRADIUS clients.conf/users/SQL,
    WireGuard wg-quick and systemd-networkd files, Markdown home-lab notes, CSV inventories, CI logs,
    Wi-Fi QR payloads (WIFI:T:WPA;S:..;P:..;;).
    Providers (manifest "provider"): hostapd, wpa_supplicant, networkmanager, iwd, connman, netplan,
    cloud-init, openwrt, dd-wrt, unifi, omada, mikrotik, pfsense, opnsense, android, apple, windows,
    esphome, home-assistant, arduino, esp-idf, micropython, platformio, tasmota, esp-rs,
    raspberrypi, ansible, freeradius, wireguard, systemd-networkd, balena, homelab-docs, wifi-qr.
    File types: conf, INI-like keyfiles, UCI, XML (plist/mobileconfig, netsh WLANProfile,
    config.xml, WifiConfigStore), YAML, RouterOS .rsc, shell, batch, PowerShell, Python, C/C++,
    Kotlin, Terraform, TOML, JSON, SQL, CSV, Markdown, logs, Dockerfile, .env.

USAGE
    python3 -B gen_hw.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each) and OUTDIR/neg/nNNNN/<relpath>
    (500 files, no credential), OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl
    (one line per positive: file, needle, 1-based line of the needle's first occurrence).
    All randomness comes from one random.Random(SEED); same SEED gives byte-identical output.

NEEDLE CONVENTIONS
    The needle is exactly the secret value as written in the file, without surrounding quotes:
    - passphrases / passwords / shared secrets: the value only (not `psk=`, not the quotes; in
      Android WifiConfigStore.xml the value between &quot; ... &quot;).
    - 64-hex PSKs: the 64 hex digits (derived with PBKDF2-HMAC-SHA1(passphrase, SSID, 4096, 32)
      from an unseen random passphrase, as wpa_passphrase does).
    - WireGuard private / preshared keys and ESPHome API keys: the 44-character base64 string.
    - positional / constructor arguments (nmcli ... password X, imager_custom set_wlan S PSK,
      wlan.connect(ssid, X), netsh ... key=X): the argument value only.
    - Wi-Fi QR payloads (WIFI:T:WPA;S:ssid;P:secret;;): only the P: value.
    - pfSense PPP <password>: the base64 text stored in config.xml (reversible encoding of the
      PPPoE password), since that is what is written in the file.
    - No multi-line secrets are produced (no PEM private keys in this domain set).

NEGATIVES
    Half (250) reuse the positive templates with the secret slot holding a non-secret: placeholders
    (<your-wifi-password>, YOUR_WIFI_PASSWORD, changeme, xxxx..., REPLACE_ME), empty values, masked
    values (********, [REDACTED], (hidden)), environment / template / secret-manager references
    (${WIFI_PSK}, {{ vault_wifi_psk }}, $wifiPass, @WIFI_PSK@, op://..., vault paths, ext:wifi_psk)
    and providers' documented example values (wpa_supplicant.conf's "very secret passphrase" and
    psk=06b4be19..., hostapd.conf's "secret passphrase" / 0123456789abcdef..., iwd wiki's
    spaceship/test1234 PSK, ESPHome's VerySafePassword, FreeRADIUS testing123, wg(8)'s yAnz5TF...).
    The manifest kind of those is "<kind>:<filler category>". The other half are look-alikes of the
    domain: SSIDs, BSSIDs/MACs, channel plans, regulatory output, scan results, wpa_cli/iw/wg show
    output, ANonce/SNonce hexdumps with [REMOVED] PMKs, WireGuard public keys, DPAPI-protected
    keyMaterial blobs (protected=true), Android encrypted WifiConfigStore blobs, Ansible Vault
    ciphertext, !secret references, key_mgmt=NONE / OWE / open networks, psk-flags=1 agent-owned
    secrets, certificate fingerprints and ca_cert hash:// pins, SSH public keys, firmware digests,
    UniFi ObjectIds, DHCP leases, serial numbers. No negative is written to a .env/.env.* file
    (other than .env.example / .env.sample).

FORMATS CHECKED (search tool, docs/pages/code corpora)
    - WPA passphrase 8..63 printable ASCII (32..126) or 64 hex digits: hostapd.wpa_psk sample,
      Microsoft keyMaterial docs, OpenBSD wpa-psk(8), FreeBSD forum error "expected: 8..63".
    - PSK = PBKDF2 4096 x HMAC-SHA1 over passphrase+SSID (wpa-psk(8)); verified locally that
      spaceship/test1234 gives the Arch wiki iwd example aafb192ce2da...
    - hostapd.conf keys wpa_passphrase / wpa_psk / sae_password / auth_server_shared_secret
      (hostapd.conf(5), Microchip WILC docs); hostapd.wpa_psk "MAC passphrase" lines.
    - wpa_supplicant.conf example network blocks, psk=06b4be19... documented example (many copies).
    - netsh WLANProfile sharedKey/keyType/protected/keyMaterial, encrypted key material in hex
      (learn.microsoft.com).
    - RouterOS security-profiles wpa2-pre-shared-key=, /interface wifi security passphrase=
      (v7.13+), /ppp secret (help.mikrotik.com, terraform-routeros docs).
    - OpenWrt wifi-iface option encryption 'psk2' / option key (openwrt.org, many dumps).
    - iwd.network(5): .psk files, [Security] Passphrase= / PreSharedKey=.
    - Android WifiConfigStore.xml: ConfigKey, SSID and PreSharedKey quoted or 64 hex; v3 encrypts.
    - Apple com.apple.wifi.managed: SSID_STR, EncryptionType, Password, EAPClientConfiguration
      UserName/UserPassword.
    - netplan wifis access-points password and auth key-management/identity/password.
    - ESPHome wifi ssid/password, ap fallback, api encryption key (32-byte base64), !secret.
    - WireGuard keys: base64 of 32 bytes, private key clamped (b[0]&=248, b[31]&=127|64);
      wg(8) example private key yAnz5TF+... and public keys xTIBA5rb..., HIgo9xNz... are public.
    - UniFi wlanconf x_passphrase / x_radius_secret_1; Terraform unifi_wlan passphrase.
    - pfSense <ppps><ppp><password> holds base64-encoded PPPoE password (project notes).
    - Raspberry Pi Imager firstrun.sh: imager_custom set_wlan 'SSID' '<64-hex PSK>' 'CC'.

DOUBTS
    - Omada export JSON field names (pskSetting.securityKey, wlanName) are from memory, not found in
      the searched docs. UniFi radiusprofile "x_secret" likewise unconfirmed.
    - OPNsense WireGuard <privkey>/<pubkey> element names and pfSense <radius_secret> unconfirmed.
    - OpenWrt 'auth_secret' for 802.1X RADIUS (some versions use 'key' for it) unconfirmed.
    - The DPAPI blob prefix 01000000D08C9DDF0115D1118C7A00C04FC297EB is from memory.
    - Tasmota STA_PASS1, esp-rs cfg.toml wifi_psk, RouterOS :rndstr, Android WifiConfigStore v3
      element names for encrypted data are from memory of real projects.
    - A derived 64-hex PSK is itself a credential (it joins the network); only documented example
      PSKs (wpa_supplicant.conf, iwd wiki, hostapd.conf) are used as negatives of that shape.
    - Human-chosen passphrases are word-like and low-entropy by design; a scanner tuned only for
      high-entropy tokens will miss them, which is the point of this set.
"""

import base64
import hashlib
import json
import os
import random
import sys

R = random.Random(0)

# ---------------------------------------------------------------------------------------------
# basic random helpers
# ---------------------------------------------------------------------------------------------
LOW = "abcdefghijklmnopqrstuvwxyz"
UPP = LOW.upper()
DIG = "0123456789"
HEXL = "0123456789abcdef"
SYMS = "!@%*-_.+~^"


def pick(seq):
    return seq[R.randrange(len(seq))]


def rs(alpha, n):
    return "".join(alpha[R.randrange(len(alpha))] for _ in range(n))


def hexs(n, upper=False):
    s = rs(HEXL, n)
    return s.upper() if upper else s


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def b64(n):
    return base64.b64encode(rbytes(n)).decode()


def mac(sep=":", upper=False):
    b = [R.randrange(256) for _ in range(6)]
    b[0] = b[0] & 0xFC
    s = sep.join("%02x" % x for x in b)
    return s.upper() if upper else s


def ip4(prefix=None):
    if prefix is None:
        prefix = pick(["192.168.1", "192.168.10", "10.0.0", "10.10.20", "172.16.5", "192.168.88"])
    return "%s.%d" % (prefix, R.randrange(2, 250))


def pub_ip():
    return "%d.%d.%d.%d" % (pick([81, 84, 88, 91, 95, 185, 193, 203, 212, 217]), R.randrange(1, 255),
                            R.randrange(1, 255), R.randrange(1, 254))


def uuid4(upper=False):
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def objid():
    return hexs(24)


def jq(s):
    return json.dumps(s)[1:-1]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def J(*lines):
    return "\n".join(lines) + "\n"


def date():
    return "20%02d-%02d-%02d" % (R.randrange(21, 26), R.randrange(1, 13), R.randrange(1, 29))


def clock():
    return "%02d:%02d:%02d" % (R.randrange(24), R.randrange(60), R.randrange(60))


WORDS = ("amber anchor apple arrow aspen autumn badger bamboo banjo barley basil beacon birch biscuit "
         "blossom bonfire boulder bramble breeze brick bridge bronze buffalo cactus camel canyon "
         "caramel carbon castle cedar cello cherry cinder citrus clover cobalt comet copper coral "
         "cosmos cotton coyote crane crimson crystal cypress daisy dolphin dragon drift eagle ember "
         "falcon fennel fern fig fjord flint forest fox frost galaxy garnet ginger glacier granite "
         "gravel harbor hazel heron hickory honey horizon indigo iris island ivory jasmine juniper "
         "kayak kettle kiwi lagoon lantern lemon lilac linen lotus lynx magnet mango maple marble "
         "meadow melon mesa mint monsoon moose mosaic nectar nutmeg oak ocean olive onyx orbit orchid "
         "otter owl paprika parrot peach pebble pepper pine planet plum polar poppy prairie puffin "
         "quartz quill rabbit raven reef river robin rocket saffron sage salmon sapphire scarlet "
         "sequoia shadow sierra silver sparrow spruce squirrel stone summit sunset swift tango "
         "thistle thunder tiger timber topaz tulip tundra turtle umber valley velvet violet walnut "
         "walrus willow winter wombat yarrow zebra zephyr alpaca biscotti chestnut dune "
         "espresso gecko hammock iceberg jaguar koala lobster marmot noodle pancake quokka "
         "rhubarb sardine toucan waffle").split()

NAMES = ("lopez schmidt nguyen okafor kowalski tanaka rossi muller johansson dubois novak "
         "fernandez oconnor patel moreau silva hansen weber kim garcia").split()
CITIES = ("berlin lisbon oslo austin porto lyon denver kyoto dublin gdansk leeds turin "
          "utrecht malmo graz bergen").split()
PLACEHOLDER_WORDS = ("password", "passwd", "secret", "example", "changeme", "sample", "dummy",
                     "test", "xxxx", "your", "placeholder", "redacted", "fake", "default", "todo")


def cap(w):
    return w[:1].upper() + w[1:]


def ssid():
    st = R.randrange(9)
    if st == 0:
        return "%s-%s" % (pick(["Casa", "Haus", "Home", "Maison", "Villa"]), cap(pick(NAMES)))
    if st == 1:
        return "%s%d" % (pick(["NETGEAR", "Linksys", "ASUS_", "TP-Link_", "Vodafone-", "FRITZ-Box-"]),
                         R.randrange(10, 9999))
    if st == 2:
        return "%s-%s" % (pick(["HomeLab", "Office", "Studio", "Garage", "Workshop", "Attic"]),
                          pick(["IoT", "5G", "2G", "Main", "Guest", "Mesh", "Lab"]))
    if st == 3:
        return "%s_%s" % (cap(pick(WORDS)), pick(["Net", "WiFi", "WLAN", "AP", "5GHz"]))
    if st == 4:
        return "%s-%s" % (pick(["CORP", "ACME", "NORDWIND", "BLUEPEAK", "FIELDOPS"]),
                          pick(["Staff", "Secure", "Devices", "Warehouse", "Floor2"]))
    if st == 5:
        return "%s%s" % (cap(pick(WORDS)), cap(pick(WORDS)))
    if st == 6:
        return "%s-%s" % (cap(pick(CITIES)), pick(["Office", "Depot", "Shop", "Lab"]))
    if st == 7:
        return "%s%s" % (pick(["SKY", "BT-Hub6-", "Telekom-", "Orange-", "Livebox-"]), rs(UPP + DIG, 4))
    return "%s-%d" % (pick(["sensors", "cams", "printers", "kiosk", "iot"]), R.randrange(1, 9))


def host():
    return "%s-%s%d" % (pick(["ap", "rtr", "gw", "sw", "node", "esp", "pi", "cpe"]),
                        pick(CITIES + ["lab", "attic", "garage", "office"]), R.randrange(1, 20))


def country():
    return pick(["DE", "US", "GB", "FR", "NL", "SE", "PL", "ES", "IT", "AT", "CH", "NO", "CA", "AU"])


def chan24():
    return pick([1, 6, 11])


def chan5():
    return pick([36, 40, 44, 48, 100, 108, 149, 157])


# ---------------------------------------------------------------------------------------------
# secret generators (positives)
# ---------------------------------------------------------------------------------------------
def _bad(v):
    lv = v.lower()
    return any(w in lv for w in PLACEHOLDER_WORDS)


def passphrase(spaces=False, safe="sym", minlen=8):
    while True:
        st = R.randrange(9 if spaces else 8)
        if st == 0:
            v = "-".join(cap(pick(WORDS)) for _ in range(R.randrange(2, 4))) + "-%d" % R.randrange(10, 999)
        elif st == 1:
            v = cap(pick(WORDS)) + cap(pick(WORDS)) + str(R.randrange(10, 9999)) + (pick(SYMS[:4]) if safe == "sym" else "")
        elif st == 2:
            v = pick(WORDS) + pick(WORDS) + str(pick([1979, 1984, 1988, 1991, 1995, 2003, 2011, 2017, 2019, 2020, 2022]))
        elif st == 3:
            v = rs(LOW + UPP + DIG, R.randrange(12, 21))
        elif st == 4:
            v = rs(UPP + DIG, R.randrange(10, 17))
        elif st == 5:
            v = rs(LOW + UPP + DIG + (SYMS if safe == "sym" else ""), R.randrange(16, 33))
        elif st == 6:
            v = pick(NAMES) + "." + pick(WORDS) + "." + str(R.randrange(100, 999))
        elif st == 7:
            v = rs(LOW + DIG, 4) + "-" + rs(LOW + DIG, 4) + "-" + rs(LOW + DIG, 4) + "-" + rs(LOW + DIG, 4)
        else:
            v = "%s %s %s %d %s" % (pick(["the", "my", "our", "every"]), pick(WORDS), pick(["eats", "hates", "likes", "sees"]),
                                    R.randrange(2, 99), pick(WORDS) + "s")
        if safe != "sym":
            v = "".join(ch for ch in v if ch.isalnum() or (ch == " " and spaces))
        if minlen <= len(v) <= 63 and not _bad(v) and (safe == "sym" or v.isalnum() or spaces):
            return v


def human_password():
    while True:
        st = R.randrange(4)
        if st == 0:
            v = cap(pick(WORDS)) + pick(SYMS[:4]) + cap(pick(WORDS)) + str(R.randrange(10, 99))
        elif st == 1:
            v = rs(LOW + UPP + DIG, R.randrange(10, 15)) + pick(SYMS[:4])
        elif st == 2:
            v = cap(pick(WORDS)) + str(R.randrange(1000, 9999)) + pick(SYMS[:4])
        else:
            v = rs(LOW + UPP + DIG + SYMS, R.randrange(12, 20))
        if not _bad(v):
            return v


def radius_secret():
    st = R.randrange(4)
    if st == 0:
        return rs(LOW + UPP + DIG, R.randrange(16, 33))
    if st == 1:
        return rs(LOW + UPP + DIG + "-_.+", R.randrange(20, 41))
    if st == 2:
        return hexs(32)
    return passphrase(safe="alnum", minlen=12)


def pppoe_password():
    st = R.randrange(4)
    if st == 0:
        return rs(LOW + DIG, R.randrange(8, 13))
    if st == 1:
        return rs(UPP + DIG, 8)
    if st == 2:
        return rs(LOW + UPP + DIG, R.randrange(10, 15))
    return human_password()


def wg_private():
    b = bytearray(rbytes(32))
    b[0] &= 248
    b[31] = (b[31] & 127) | 64
    return base64.b64encode(bytes(b)).decode()


def wg_public():
    b = bytearray(rbytes(32))
    b[31] &= 127
    return base64.b64encode(bytes(b)).decode()


def psk_hex(ssid_=None):
    pw = passphrase()
    s = ssid_ if ssid_ else ssid()
    return hashlib.pbkdf2_hmac("sha1", pw.encode(), s.encode(), 4096, 32).hex()


def make_secret(kind, ssid_=None, spaces=False, safe="sym"):
    if kind in ("wpa_passphrase", "sae_password", "hotspot_passphrase"):
        return passphrase(spaces=spaces, safe=safe)
    if kind == "wpa_psk_hex":
        return psk_hex(ssid_)
    if kind == "radius_secret":
        return radius_secret()
    if kind == "pppoe_password":
        return pppoe_password() if safe == "sym" else rs(LOW + DIG, R.randrange(8, 13))
    if kind == "pppoe_password_b64":
        return base64.b64encode(pppoe_password().encode()).decode()
    if kind == "wireguard_private_key":
        return wg_private()
    if kind in ("wireguard_preshared_key", "esphome_api_key"):
        return b64(32)
    if kind in ("eap_password", "private_key_passwd", "ota_password"):
        return human_password() if safe == "sym" else rs(LOW + UPP + DIG, R.randrange(10, 16))
    raise ValueError(kind)


# ---------------------------------------------------------------------------------------------
# non-secret fillers for the secret slot (negatives that reuse positive templates)
# ---------------------------------------------------------------------------------------------
DOC_EXAMPLES = {
    "wpa_passphrase": ["very secret passphrase", "not so secure passphrase", "secret passphrase",
                       "VerySafePassword", "test1234", "12345678"],
    "wpa_psk_hex": ["06b4be19da289f475aa46a33cb793029d4ab3db7a23ee92382eb0106c72ac7bb",
                    "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                    "aafb192ce2da24d8c7805c956136f45dd612103f086034c402ed266355297295"],
    "radius_secret": ["secret", "testing123"],
    "wireguard_private_key": ["yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk="],
    "eap_password": ["foobar"],
    "private_key_passwd": ["password"],
}
DOC_EXAMPLES["sae_password"] = DOC_EXAMPLES["wpa_passphrase"]
DOC_EXAMPLES["hotspot_passphrase"] = DOC_EXAMPLES["wpa_passphrase"]

PLACEHOLDERS = {
    "_": ["<your-wifi-password>", "YOUR_WIFI_PASSWORD", "changeme", "xxxxxxxxxxxx", "REPLACE_ME",
          "your-passphrase-here", "CHANGE_ME", "TODO", "<passphrase>", "PUT_YOUR_PSK_HERE",
          "<wifi passphrase goes here>"],
    "wpa_psk_hex": ["x" * 64, "<64-hex-digit-psk>", "YOUR_PSK_HEX", "0" * 64, "<output of wpa_passphrase>"],
    "wireguard_private_key": ["<private-key>", "REPLACE_WITH_wg_genkey_OUTPUT", "<contents-of-privatekey>",
                              "x" * 43 + "="],
    "wireguard_preshared_key": ["<preshared-key>", "REPLACE_WITH_wg_genpsk_OUTPUT", "<psk>"],
    "radius_secret": ["<shared-secret>", "CHANGE_ME", "<radius-shared-secret>", "xxxxxxxx"],
    "pppoe_password": ["<isp-password>", "YOUR_PPPOE_PASSWORD", "changeme", "<password-from-isp-letter>"],
    "pppoe_password_b64": ["<base64-encoded-password>", "CHANGE_ME"],
    "esphome_api_key": ["Generate a key and put it here", "<openssl rand -base64 32>", "REPLACE_ME"],
    "eap_password": ["<your-university-password>", "YOUR_PASSWORD", "changeme"],
    "private_key_passwd": ["<key-passphrase>", "CHANGE_ME"],
}
MASKED = ["********", "[REDACTED]", "<redacted>", "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022", "(hidden)", "***",
          "REDACTED", "[hidden]", "**********"]
ENV_REFS = {
    "shell": ["${WIFI_PSK}", "$WIFI_PASSWORD", "${WLAN_PASSPHRASE:?not set}", "${PPP_PASSWORD}", "$(cat /run/secrets/wifi_psk)"],
    "yaml": ["${WIFI_PASSWORD}", "{{ wifi_psk }}", "${WIFI_PSK}"],
    "ansible": ["{{ vault_wifi_psk }}", "{{ lookup('env', 'WIFI_PSK') }}", "{{ wifi_passphrase }}",
                "{{ lookup('community.general.onepassword', 'Home WiFi', field='password') }}"],
    "ini": ["${WIFI_PSK}", "@WIFI_PSK@", "%(wifi_psk)s", "${WIFI_PASSWORD}"],
    "uci": ["{{ openwrt_wifi_key }}", "${WIFI_KEY}", "{{ wg_private_key }}"],
    "rsc": ["$wifiPass", "$pppPassword", "$radiusSecret"],
    "xml": ["${WIFI_PSK}", "{{ .WifiPassphrase }}", "$(WIFI_KEY)"],
    "json": ["${WIFI_PSK}", "{{ .Psk }}", "{{ wifi_passphrase }}"],
    "code": ["${WIFI_PASSWORD}", "@WIFI_PASSWORD@", "$WIFI_PASS"],
    "tf": ["${var.wifi_passphrase}", "${data.sops_file.net.data[\"wifi_psk\"]}", "${var.ppp_password}"],
    "sql": ["${RADIUS_USER_PASSWORD}", ":password"],
    "bat": ["%WIFI_KEY%", "%HOTSPOT_PASS%"],
    "md": ["$WIFI_PSK", "${WIFI_PASSWORD}"],
    "csv": ["${PSK_SITE_A}", "{{psk}}"],
}
SECRET_REFS = ["op://HomeLab/{t}/{f}", "vault:secret/data/network/{k}#{f}", "sops:network.{k}.{f}",
               "bw://Network/{t}/{f}", "vault:kv/routers/{k}#{f}", "keyring:{k}",
               "arn:aws:secretsmanager:eu-central-1:{acct}:secret:{k}"]
REF_NAMES = {"wpa_psk_hex": ("wifi", "Wi-Fi Main", "psk"), "radius_secret": ("radius", "RADIUS clients", "shared_secret"),
             "pppoe_password": ("pppoe", "ISP PPPoE", "password"), "pppoe_password_b64": ("pppoe", "ISP PPPoE", "password"),
             "wireguard_private_key": ("wireguard", "WireGuard wg0", "private_key"),
             "wireguard_preshared_key": ("wireguard", "WireGuard hub", "preshared_key"),
             "esphome_api_key": ("esphome", "ESPHome API", "key"), "eap_password": ("eduroam", "eduroam", "password"),
             "private_key_passwd": ("eap-tls", "Device certs", "key_password")}
FILLER_CATS = ["placeholder", "placeholder", "empty", "masked", "env_ref", "env_ref", "secret_ref",
               "doc_example", "doc_example"]


def filler(kind, ctx, cat, spaces=True):
    """Return (value, category actually used) for a negative's secret slot."""
    if cat == "doc_example":
        opts = [d for d in DOC_EXAMPLES.get(kind, []) if spaces or " " not in d]
        if opts:
            return pick(opts), cat
        cat = "placeholder"
    if cat == "placeholder":
        opts = [p for p in PLACEHOLDERS.get(kind, PLACEHOLDERS["_"]) if spaces or " " not in p]
        return pick(opts), cat
    if cat == "empty":
        return "", cat
    if cat == "masked":
        return pick(MASKED), cat
    if cat == "env_ref":
        return pick(ENV_REFS.get(ctx, ENV_REFS["yaml"])), cat
    if cat == "secret_ref":
        k, t, f = REF_NAMES.get(kind, ("wifi", pick(["Wi-Fi Main", "Home WiFi", "WiFi"]), pick(["password", "psk", "passphrase"])))
        opts = [r for r in SECRET_REFS if spaces or "{t}" not in r or " " not in t]
        return pick(opts).format(k=k, t=t, f=f, acct=rs(DIG, 12)), cat
    raise ValueError(cat)


class Slot:
    def __init__(self, mode, ctx, cat=None):
        self.mode, self.ctx, self.cat = mode, ctx, cat
        self.value = None
        self.kind = None
        self.n = 0

    def __call__(self, kind, ssid_=None, spaces=False, safe="sym"):
        self.n += 1
        assert self.n == 1, "template asked for two secrets"
        self.kind = kind
        if self.mode == "pos":
            v = make_secret(kind, ssid_, spaces, safe)
        else:
            v, self.cat = filler(kind, self.ctx, self.cat, spaces)
        self.value = v
        return v


POS = []


def pos(provider, ft, ctx, conv):
    def deco(fn):
        POS.append({"fn": fn, "provider": provider, "ft": ft, "ctx": ctx, "conv": conv, "name": fn.__name__})
        return fn
    return deco


# ---------------------------------------------------------------------------------------------
# positive templates (each calls the slot exactly once)
# ---------------------------------------------------------------------------------------------
def hostapd_head(iface, ss, ch):
    return [
        "# hostapd configuration for %s (managed in git, deployed by make install)" % host(),
        "interface=%s" % iface,
        "driver=nl80211",
        "ctrl_interface=/var/run/hostapd",
        "ctrl_interface_group=%s" % pick(["0", "netdev", "wheel"]),
        "ssid=%s" % ss,
        "utf8_ssid=1",
        "country_code=%s" % country(),
        "ieee80211d=1",
        "hw_mode=%s" % ("g" if ch < 14 else "a"),
        "channel=%d" % ch,
        "beacon_int=100",
        "dtim_period=2",
        "max_num_sta=%d" % pick([16, 32, 64, 128]),
        "macaddr_acl=0",
        "auth_algs=1",
        "ignore_broadcast_ssid=0",
        "wmm_enabled=1",
        "ieee80211n=1",
    ]


@pos("hostapd", "conf", "ini", True)
def p_hostapd_passphrase(S):
    ss = ssid()
    L = hostapd_head(pick(["wlan0", "wlan1", "wlp2s0"]), ss, chan24())
    L += ["ht_capab=[HT40+][SHORT-GI-20][SHORT-GI-40]", "", "# WPA2-Personal",
          "wpa=2", "wpa_key_mgmt=WPA-PSK", "rsn_pairwise=CCMP",
          "wpa_passphrase=" + S("wpa_passphrase", spaces=True), "wpa_group_rekey=86400", ""]
    return pick(["hostapd/hostapd.conf", "etc/hostapd/hostapd.conf", "roles/ap/files/hostapd.conf",
                 "rootfs/etc/hostapd/hostapd.conf"]), J(*L)


@pos("hostapd", "conf", "ini", True)
def p_hostapd_wpa_psk(S):
    ss = ssid()
    L = hostapd_head("wlan0", ss, chan5())
    L += ["ieee80211ac=1", "vht_oper_chwidth=1", "vht_oper_centr_freq_seg0_idx=42", "",
          "wpa=2", "wpa_key_mgmt=WPA-PSK WPA-PSK-SHA256", "rsn_pairwise=CCMP", "ieee80211w=1",
          "# 256-bit PSK precomputed so the passphrase itself is not stored here",
          "wpa_psk=" + S("wpa_psk_hex", ssid_=ss), ""]
    return pick(["config/hostapd-5g.conf", "ap/hostapd.conf", "board/files/etc/hostapd/wlan0.conf"]), J(*L)


@pos("hostapd", "conf", "ini", True)
def p_hostapd_radius(S):
    ss = ssid()
    rad = ip4("10.10.20")
    L = hostapd_head("wlan0", ss, chan5())
    L += ["", "# WPA2-Enterprise, authentication against the FreeRADIUS box",
          "ieee8021x=1", "eapol_version=2", "wpa=2", "wpa_key_mgmt=WPA-EAP", "rsn_pairwise=CCMP",
          "own_ip_addr=%s" % ip4("10.10.20"), "nas_identifier=%s" % host(),
          "auth_server_addr=%s" % rad, "auth_server_port=1812",
          "auth_server_shared_secret=" + S("radius_secret"),
          "acct_server_addr=%s" % rad, "acct_server_port=1813",
          "radius_retry_primary_interval=600", ""]
    return pick(["hostapd/hostapd-eap.conf", "etc/hostapd/enterprise.conf", "deploy/ap/hostapd.conf"]), J(*L)


@pos("hostapd", "conf", "ini", True)
def p_hostapd_sae(S):
    ss = ssid()
    L = hostapd_head("wlan0", ss, chan5())
    L += ["", "# WPA3-Personal (SAE) only", "wpa=2", "wpa_key_mgmt=SAE", "rsn_pairwise=CCMP",
          "ieee80211w=2", "sae_require_mfp=1", "sae_pwe=2",
          "sae_password=" + S("sae_password"), ""]
    return pick(["hostapd/wpa3.conf", "etc/hostapd/hostapd-sae.conf"]), J(*L)


@pos("hostapd", "wpa_psk", "ini", False)
def p_hostapd_wpa_psk_file(S):
    L = ["# Per-station PSKs for %s, referenced by wpa_psk_file= in hostapd.conf" % ssid(),
         "# Format: <MAC> <passphrase or 64 hex digits>",
         "# shared key for the kiosk tablets",
         "%s %s" % (mac(), S("wpa_passphrase", spaces=True)), ""]
    return pick(["etc/hostapd/hostapd.wpa_psk", "ap/hostapd.wpa_psk", "files/hostapd.psk"]), J(*L)


@pos("hostapd", "eap_user", "ini", False)
def p_hostapd_eap_user(S):
    u = pick(NAMES)
    L = ["# hostapd integrated EAP server user database",
         "# Phase 1 identities",
         "*\t\tPEAP,TTLS,TLS",
         "",
         "# Phase 2 users",
         '"%s"\t\tMSCHAPV2\t"%s"\t[2]' % (u, S("eap_password")), ""]
    return pick(["etc/hostapd/hostapd.eap_user", "ap/eap_user", "radius/hostapd.eap_user"]), J(*L)


def wpas_head(android=False):
    if android:
        return ["ctrl_interface=/data/misc/wifi/sockets", "disable_scan_offload=1", "update_config=1",
                "device_name=%s" % pick(["generic_x86", "rk3399", "imx8mq_evk"]), "manufacturer=unknown",
                "model_name=%s" % pick(["Board", "EVK", "Panel"]), "p2p_disabled=1", ""]
    return ["ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev", "update_config=1",
            "country=%s" % country(), "ap_scan=1", ""]


@pos("wpa_supplicant", "conf", "q", True)
def p_wpas_psk(S):
    ss = ssid()
    L = wpas_head() + ["network={", '\tssid="%s"' % ss, "\tscan_ssid=%d" % R.randrange(2),
                       '\tpsk="%s"' % S("wpa_passphrase", spaces=True), "\tkey_mgmt=WPA-PSK",
                       "\tpriority=%d" % R.randrange(1, 10), "}", ""]
    return pick(["wpa_supplicant.conf", "boot/wpa_supplicant.conf", "etc/wpa_supplicant/wpa_supplicant-wlan0.conf",
                 "buildroot/overlay/etc/wpa_supplicant.conf"]), J(*L)


@pos("wpa_supplicant", "conf", "ini", True)
def p_wpas_hex(S):
    ss = ssid()
    L = wpas_head() + ["# generated with wpa_passphrase, plaintext line removed",
                       "network={", '\tssid="%s"' % ss, "\tpsk=" + S("wpa_psk_hex", ssid_=ss),
                       "\tproto=RSN", "\tpairwise=CCMP", "}", "",
                       "network={", '\tssid="%s"' % ssid(), "\tkey_mgmt=NONE", "\tpriority=-10", "}", ""]
    return pick(["etc/wpa_supplicant/wpa_supplicant.conf", "rpi/wpa_supplicant.conf", "image/rootfs/wpa_supplicant.conf"]), J(*L)


@pos("wpa_supplicant", "conf", "q", False)
def p_wpas_peap(S):
    dom = pick(["uni-" + pick(CITIES) + ".edu", pick(CITIES) + "-corp.example.net", "campus." + pick(CITIES) + ".ac.uk"])
    L = wpas_head() + ["network={", '\tssid="%s"' % pick(["eduroam", "CorpNet", "STAFF-WIFI"]),
                       "\tkey_mgmt=WPA-EAP", "\teap=PEAP", '\tidentity="%s@%s"' % (pick(NAMES), dom),
                       '\tanonymous_identity="anonymous@%s"' % dom, '\tpassword="%s"' % S("eap_password"),
                       '\tca_cert="/etc/ssl/certs/%s.pem"' % pick(["USERTrust_RSA_Certification_Authority", "ISRG_Root_X1", "campus-ca"]),
                       '\tphase2="auth=MSCHAPV2"', '\tdomain_suffix_match="radius.%s"' % dom, "}", ""]
    return pick(["dotfiles/wpa_supplicant/eduroam.conf", "etc/wpa_supplicant/wpa_supplicant-wlp3s0.conf", "laptop/eduroam.conf"]), J(*L)


@pos("wpa_supplicant", "conf", "q", True)
def p_wpas_tls(S):
    L = wpas_head() + ["network={", '\tssid="%s"' % ssid(), "\tkey_mgmt=WPA-EAP", "\teap=TLS",
                       '\tidentity="%s"' % host(), '\tca_cert="/etc/wpa_supplicant/certs/ca.pem"',
                       '\tclient_cert="/etc/wpa_supplicant/certs/client.pem"',
                       '\tprivate_key="/etc/wpa_supplicant/certs/client.key"',
                       '\tprivate_key_passwd="%s"' % S("private_key_passwd"), "}", ""]
    return pick(["provisioning/wpa_supplicant-eaptls.conf", "etc/wpa_supplicant/eap-tls.conf"]), J(*L)


@pos("android", "conf", "q", True)
def p_android_wpas(S):
    L = wpas_head(True) + ["network={", '\tssid="%s"' % ssid(), '\tpsk="%s"' % S("wpa_passphrase", spaces=True),
                           "\tkey_mgmt=WPA-PSK", "\tpriority=%d" % R.randrange(1, 20), "}", ""]
    return pick(["device/vendor/board/wpa_supplicant.conf", "overlay/data/misc/wifi/wpa_supplicant.conf"]), J(*L)


def nm_conn(id_, typ):
    return ["[connection]", "id=%s" % id_, "uuid=%s" % uuid4(), "type=%s" % typ,
            "interface-name=%s" % pick(["wlan0", "wlp2s0", "wlp0s20f3"]), "autoconnect=true",
            "permissions=", ""]


@pos("networkmanager", "nmconnection", "ini", True)
def p_nm_psk(S):
    ss = ssid()
    L = nm_conn(ss, "wifi") + ["[wifi]", "mac-address-blacklist=", "mode=infrastructure", "ssid=%s" % ss, "",
                               "[wifi-security]", "auth-alg=open", "key-mgmt=wpa-psk",
                               "psk=" + S("wpa_passphrase", spaces=True), "", "[ipv4]", "method=auto", "",
                               "[ipv6]", "addr-gen-mode=stable-privacy", "method=auto", "", "[proxy]", ""]
    return pick(["system-connections/%s.nmconnection" % ss, "etc/NetworkManager/system-connections/%s.nmconnection" % ss,
                 "nixos/secrets-free/%s.nmconnection" % ss]), J(*L)


@pos("networkmanager", "nmconnection", "ini", True)
def p_nm_8021x(S):
    ss = pick(["eduroam", "CORP-SECURE", "Staff"])
    L = nm_conn(ss, "wifi") + ["[wifi]", "mode=infrastructure", "ssid=%s" % ss, "", "[wifi-security]",
                               "key-mgmt=wpa-eap", "", "[802-1x]", "eap=peap;",
                               "identity=%s@%s.edu" % (pick(NAMES), pick(CITIES)), "phase2-auth=mschapv2",
                               "ca-cert=/etc/ssl/certs/ISRG_Root_X1.pem", "password=" + S("eap_password"), "",
                               "[ipv4]", "method=auto", ""]
    return pick(["etc/NetworkManager/system-connections/%s.nmconnection" % ss, "ansible/files/%s.nmconnection" % ss]), J(*L)


@pos("networkmanager", "nmconnection", "ini", True)
def p_nm_wireguard(S):
    L = nm_conn("wg-" + pick(CITIES), "wireguard")
    L[4] = "interface-name=wg0"
    L += ["[wireguard]", "listen-port=%d" % R.randrange(51000, 52000), "private-key=" + S("wireguard_private_key"), "",
          "[wireguard-peer.%s]" % wg_public(), "endpoint=%s:51820" % pub_ip(), "persistent-keepalive=25",
          "allowed-ips=10.8.0.0/24;", "", "[ipv4]", "address1=10.8.0.%d/24" % R.randrange(2, 250), "method=manual", ""]
    return pick(["etc/NetworkManager/system-connections/wg0.nmconnection", "vpn/wg-office.nmconnection"]), J(*L)


@pos("networkmanager", "sh", "shell", False)
def p_nmcli_connect(S):
    ss = ssid()
    L = ["#!/usr/bin/env bash", "# join the workshop network on a freshly imaged kiosk", "set -euo pipefail", "",
         'IFACE="${1:-wlan0}"', "nmcli radio wifi on", "nmcli device wifi rescan ifname \"$IFACE\" || true",
         "sleep 3",
         "nmcli device wifi connect \"%s\" password '%s' ifname \"$IFACE\"" % (ss, S("wpa_passphrase", spaces=True)),
         "nmcli connection modify \"%s\" connection.autoconnect-priority 10" % ss, ""]
    return pick(["scripts/join-wifi.sh", "kiosk/setup-network.sh", "bin/wifi-up"]), J(*L)


@pos("networkmanager", "sh", "shell", False)
def p_nmcli_add(S):
    ss = ssid()
    L = ["#!/bin/sh", "# provision hotspot on the field gateway", "",
         "nmcli con delete Hotspot 2>/dev/null", "nmcli con add type wifi ifname wlan0 con-name Hotspot autoconnect yes ssid \"%s\" \\" % ss,
         "  802-11-wireless.mode ap 802-11-wireless.band bg ipv4.method shared \\",
         "  wifi-sec.key-mgmt wpa-psk wifi-sec.psk '%s'" % S("hotspot_passphrase", spaces=True),
         "nmcli con up Hotspot", ""]
    return pick(["gateway/provision-hotspot.sh", "scripts/hotspot.sh"]), J(*L)


@pos("iwd", "psk", "ini", True)
def p_iwd_passphrase(S):
    ss = ssid()
    L = ["[Security]", "Passphrase=" + S("wpa_passphrase", spaces=True), "", "[Settings]", "AutoConnect=true", ""]
    if R.random() < 0.5:
        L = ["# iwd known network, copied to /var/lib/iwd/ by the image builder"] + L
    return pick(["var/lib/iwd/%s.psk" % ss, "iwd/%s.psk" % ss, "overlay/var/lib/iwd/%s.psk" % ss]), J(*L)


@pos("iwd", "psk", "ini", False)
def p_iwd_hex(S):
    ss = ssid()
    L = ["[Security]", "PreSharedKey=" + S("wpa_psk_hex", ssid_=ss), "", "[IPv4]",
         "Address=%s" % ip4("192.168.1"), "Netmask=255.255.255.0", "Gateway=192.168.1.1", "DNS=192.168.1.1", ""]
    return pick(["var/lib/iwd/%s.psk" % ss, "machines/%s/iwd/%s.psk" % (host(), ss)]), J(*L)


@pos("iwd", "8021x", "ini", True)
def p_iwd_8021x(S):
    dom = pick(CITIES) + ".edu"
    L = ["[Security]", "EAP-Method=PEAP", "EAP-Identity=anonymous@%s" % dom,
         "EAP-PEAP-CACert=/etc/ssl/certs/campus-ca.pem", "EAP-PEAP-ServerDomainMask=radius.%s" % dom,
         "EAP-PEAP-Phase2-Method=MSCHAPV2", "EAP-PEAP-Phase2-Identity=%s@%s" % (pick(NAMES), dom),
         "EAP-PEAP-Phase2-Password=" + S("eap_password"), "", "[Settings]", "AutoConnect=true", ""]
    return pick(["var/lib/iwd/eduroam.8021x", "dotfiles/iwd/eduroam.8021x"]), J(*L)


@pos("connman", "config", "ini", False)
def p_connman(S):
    ss = ssid()
    L = ["[global]", "Name = %s provisioning" % cap(pick(CITIES)), "Description = field units", "",
         "[service_%s]" % ss.lower().replace("-", "_"), "Type = wifi", "Name = %s" % ss,
         "Passphrase = " + S("wpa_passphrase"), "IPv4 = dhcp", "IPv6 = off", ""]
    return pick(["var/lib/connman/%s.config" % ss.lower(), "meta-custom/recipes-connectivity/connman/files/wifi.config"]), J(*L)


@pos("netplan", "yaml", "yaml", True)
def p_netplan(S):
    ss = ssid()
    L = ["# This file is generated by the provisioning playbook", "network:", "  version: 2", "  renderer: networkd",
         "  ethernets:", "    eth0:", "      dhcp4: true", "      optional: true", "  wifis:", "    wlan0:",
         "      dhcp4: true", "      optional: true", "      access-points:", '        "%s":' % ss,
         '          password: "%s"' % S("wpa_passphrase", spaces=True), ""]
    return pick(["etc/netplan/50-cloud-init.yaml", "netplan/01-wifi.yaml", "host_files/etc/netplan/60-wlan.yaml"]), J(*L)


@pos("netplan", "yaml", "yaml", True)
def p_netplan_eap(S):
    L = ["network:", "  version: 2", "  wifis:", "    wlp3s0:", "      dhcp4: true", "      access-points:",
         '        "eduroam":', "          auth:", "            key-management: eap", "            method: peap",
         '            identity: "%s@%s.edu"' % (pick(NAMES), pick(CITIES)),
         '            password: "%s"' % S("eap_password"), '            phase2-auth: "MSCHAPV2"', ""]
    return pick(["etc/netplan/70-eduroam.yaml", "laptop/netplan/eduroam.yaml"]), J(*L)


@pos("cloud-init", "yaml", "yaml", False)
def p_cloudinit_netcfg(S):
    ss = ssid()
    L = ["# Raspberry Pi boot partition: network-config (cloud-init v2)", "version: 2", "ethernets:", "  eth0:",
         "    dhcp4: true", "    optional: true", "wifis:", "  renderer: networkd", "  wlan0:", "    dhcp4: true",
         "    optional: true", "    regulatory-domain: %s" % country(), "    access-points:", '      "%s":' % ss,
         '        password: "%s"' % S("wpa_passphrase", spaces=True), ""]
    return pick(["boot/network-config", "cloud-init/network-config", "ubuntu-pi/network-config"]), J(*L)


@pos("cloud-init", "yaml", "yaml", False)
def p_cloudinit_userdata(S):
    ss = ssid()
    L = ["#cloud-config", "hostname: %s" % host(), "manage_etc_hosts: true", "package_update: true",
         "packages:", "  - wpasupplicant", "  - avahi-daemon", "write_files:",
         "  - path: /etc/wpa_supplicant/wpa_supplicant.conf", "    permissions: '0600'", "    content: |",
         "      ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev", "      country=%s" % country(),
         "      network={", '        ssid="%s"' % ss, '        psk="%s"' % S("wpa_passphrase", spaces=True),
         "      }", "runcmd:", "  - [systemctl, restart, wpa_supplicant]", ""]
    return pick(["cloud-init/user-data", "boot/user-data", "seed/user-data.yaml"]), J(*L)


def uci_radio(n, band):
    return ["config wifi-device 'radio%d'" % n, "\toption type 'mac80211'",
            "\toption path 'platform/soc/%s.wifi'" % hexs(8), "\toption band '%s'" % band,
            "\toption channel '%s'" % (chan24() if band == "2g" else chan5()),
            "\toption htmode '%s'" % ("HE20" if band == "2g" else "VHT80"),
            "\toption country '%s'" % country(), "\toption cell_density '0'", ""]


@pos("openwrt", "uci", "uci", False)
def p_uci_wireless(S):
    ss = ssid()
    L = uci_radio(0, "2g") + uci_radio(1, "5g") + [
        "config wifi-iface 'default_radio1'", "\toption device 'radio1'", "\toption network 'lan'",
        "\toption mode 'ap'", "\toption ssid '%s'" % ss, "\toption encryption '%s'" % pick(["psk2", "psk2+ccmp", "sae-mixed"]),
        "\toption key '%s'" % S("wpa_passphrase", spaces=True), "\toption ieee80211r '1'",
        "\toption mobility_domain '%s'" % hexs(4), "\toption ft_over_ds '0'", "",
        "config wifi-iface 'guest_radio0'", "\toption device 'radio0'", "\toption network 'guest'",
        "\toption mode 'ap'", "\toption ssid '%s-Guest'" % ss, "\toption encryption 'owe'", "\toption isolate '1'", ""]
    return pick(["etc/config/wireless", "openwrt/files/etc/config/wireless", "routers/%s/wireless" % host()]), J(*L)


@pos("openwrt", "uci", "uci", False)
def p_uci_radius(S):
    L = uci_radio(0, "5g") + [
        "config wifi-iface 'corp'", "\toption device 'radio0'", "\toption network 'lan'", "\toption mode 'ap'",
        "\toption ssid '%s'" % ssid(), "\toption encryption 'wpa2+ccmp'",
        "\toption auth_server '%s'" % ip4("10.10.20"), "\toption auth_port '1812'",
        "\toption auth_secret '%s'" % S("radius_secret"), "\toption acct_server '%s'" % ip4("10.10.20"),
        "\toption dynamic_vlan '1'", ""]
    return pick(["etc/config/wireless", "files/etc/config/wireless"]), J(*L)


@pos("openwrt", "uci", "uci", True)
def p_uci_pppoe(S):
    L = ["config interface 'loopback'", "\toption device 'lo'", "\toption proto 'static'",
         "\toption ipaddr '127.0.0.1'", "\toption netmask '255.0.0.0'", "",
         "config globals 'globals'", "\toption ula_prefix 'fd%s:%s:%s::/48'" % (hexs(2), hexs(4), hexs(4)), "",
         "config interface 'lan'", "\toption device 'br-lan'", "\toption proto 'static'",
         "\toption ipaddr '192.168.1.1'", "\toption netmask '255.255.255.0'", "",
         "config interface 'wan'", "\toption device 'eth1.%d'" % pick([7, 10, 35, 100]), "\toption proto 'pppoe'",
         "\toption username '%s@%s'" % (rs(LOW + DIG, 10), pick(["t-online.de", "isp.example.net", "fibre.pt", "bbox.fr"])),
         "\toption password '%s'" % S("pppoe_password"), "\toption ipv6 'auto'", "\toption peerdns '0'",
         "\tlist dns '9.9.9.9'", ""]
    return pick(["etc/config/network", "openwrt/files/etc/config/network"]), J(*L)


@pos("openwrt", "uci", "uci", False)
def p_uci_wg(S):
    L = ["config interface 'wg0'", "\toption proto 'wireguard'", "\toption private_key '%s'" % S("wireguard_private_key"),
         "\toption listen_port '51820'", "\tlist addresses '10.%d.0.1/24'" % R.randrange(1, 250), "",
         "config wireguard_wg0", "\toption description '%s-phone'" % pick(NAMES), "\toption public_key '%s'" % wg_public(),
         "\tlist allowed_ips '10.14.0.2/32'", "\toption route_allowed_ips '1'", "\toption persistent_keepalive '25'", ""]
    return pick(["etc/config/network", "routers/%s/network" % host()]), J(*L)


@pos("openwrt", "uci", "uci", False)
def p_uci_wg_psk(S):
    L = ["config interface 'wg_office'", "\toption proto 'wireguard'",
         "\t# private key installed out-of-band via: uci set network.wg_office.private_key=$(cat /etc/wg.key)",
         "\tlist addresses '10.20.0.%d/32'" % R.randrange(2, 250), "",
         "config wireguard_wg_office", "\toption description 'office-gw'", "\toption public_key '%s'" % wg_public(),
         "\toption preshared_key '%s'" % S("wireguard_preshared_key"),
         "\toption endpoint_host '%s'" % pick(["vpn.", "gw."]) + pick(CITIES) + ".example.org",
         "\toption endpoint_port '51820'", "\tlist allowed_ips '10.20.0.0/16'", ""]
    return pick(["etc/config/network", "files/etc/config/network"]), J(*L)


@pos("openwrt", "sh", "shell", True)
def p_uci_batch(S):
    ss = ssid()
    L = ["#!/bin/sh", "# first-boot defaults for the mesh nodes (uci-defaults)", "",
         "uci -q batch <<'EOF'", "set wireless.radio0.disabled='0'", "set wireless.radio0.country='%s'" % country(),
         "set wireless.default_radio0.ssid='%s'" % ss, "set wireless.default_radio0.encryption='psk2'",
         "set wireless.default_radio0.key='%s'" % S("wpa_passphrase", spaces=True),
         "set system.@system[0].hostname='%s'" % host(), "commit", "EOF", "", "wifi reload", "exit 0", ""]
    return pick(["files/etc/uci-defaults/99-wifi", "openwrt/uci-defaults/20_wireless", "scripts/mesh-defaults.sh"]), J(*L)


@pos("dd-wrt", "sh", "shell", False)
def p_ddwrt_nvram(S):
    L = ["#!/bin/sh", "# restore radio settings after reset (DD-WRT startup script)",
         "nvram set wl0_ssid=\"%s\"" % ssid(), "nvram set wl0_security_mode=psk2", "nvram set wl0_crypto=aes",
         "nvram set wl0_wpa_psk=\"%s\"" % S("wpa_passphrase", spaces=True), "nvram set wl0_channel=%d" % chan24(),
         "nvram commit", "rc restart", ""]
    return pick(["ddwrt/startup.sh", "router/nvram-restore.sh"]), J(*L)


@pos("unifi", "json", "json", False)
def p_unifi_wlanconf(S):
    ss = ssid()
    d = ['{', '  "meta": {"rc": "ok"},', '  "data": [', '    {',
         '      "_id": "%s",' % objid(), '      "site_id": "%s",' % objid(), '      "name": "%s",' % ss,
         '      "enabled": true,', '      "security": "wpapsk",', '      "wpa_mode": "wpa2",', '      "wpa_enc": "ccmp",',
         '      "x_passphrase": "%s",' % jq(S("wpa_passphrase", spaces=True)), '      "usergroup_id": "%s",' % objid(),
         '      "networkconf_id": "%s",' % objid(), '      "wlan_band": "both",', '      "pmf_mode": "optional",',
         '      "hide_ssid": false,', '      "is_guest": false,', '      "vlan_enabled": false', '    }', '  ]', '}']
    return pick(["unifi/backup/wlanconf.json", "exports/unifi-wlans.json", "network/unifi/site-default-wlan.json"]), J(*d)


@pos("unifi", "json", "json", False)
def p_unifi_radius(S):
    d = ['{', '  "_id": "%s",' % objid(), '  "name": "Corp RADIUS",', '  "site_id": "%s",' % objid(),
         '  "use_usg_auth_server": false,', '  "vlan_enabled": true,', '  "auth_servers": [',
         '    {"ip": "%s", "port": 1812, "x_secret": "%s"}' % (ip4("10.10.20"), jq(S("radius_secret"))),
         '  ],', '  "acct_servers": [],', '  "interim_update_enabled": false', '}']
    return pick(["unifi/radiusprofile.json", "exports/unifi/radius-profile.json"]), J(*d)


@pos("omada", "json", "json", False)
def p_omada(S):
    ss = ssid()
    d = ['{', '  "ssidList": [', '    {', '      "id": "%s",' % objid(), '      "name": "%s",' % ss,
         '      "band": 3,', '      "broadcast": true,', '      "security": 3,', '      "vlanSetting": {"mode": 0},',
         '      "pskSetting": {', '        "versionPsk": 2,', '        "encryptionPsk": 3,',
         '        "securityKey": "%s",' % jq(S("wpa_passphrase", spaces=True)), '        "gikRekeyPskEnable": false',
         '      },', '      "rateLimit": {"downLimitEnable": false, "upLimitEnable": false}', '    }', '  ]', '}']
    return pick(["omada/ssids.json", "backup/omada-site-ssid.json"]), J(*d)


@pos("unifi", "tf", "tf", True)
def p_tf_unifi(S):
    L = ['terraform {', '  required_providers {', '    unifi = {', '      source  = "paultyng/unifi"',
         '      version = "~> 0.41"', '    }', '  }', '}', '', 'data "unifi_ap_group" "default" {}', '',
         'data "unifi_user_group" "default" {}', '', 'resource "unifi_wlan" "main" {', '  name          = "%s"' % ssid(),
         '  passphrase    = "%s"' % S("wpa_passphrase", spaces=True), '  security      = "wpapsk"', '  wpa3_support  = true',
         '  wpa3_transition = true', '  pmf_mode      = "optional"', '  ap_group_ids  = [data.unifi_ap_group.default.id]',
         '  user_group_id = data.unifi_user_group.default.id', '}', '']
    return pick(["terraform/unifi/wlan.tf", "infra/network/wifi.tf"]), J(*L)


@pos("mikrotik", "tf", "tf", False)
def p_tf_routeros(S):
    L = ['resource "routeros_wifi_security" "home" {', '  name                 = "home-sec"',
         '  authentication_types = ["wpa2-psk", "wpa3-psk"]', '  ft                   = true',
         '  ft_preserve_vlanid   = true', '  passphrase           = "%s"' % S("wpa_passphrase", spaces=True), '}', '',
         'resource "routeros_wifi_configuration" "home" {', '  name    = "home-cfg"', '  country = "%s"' % pick(["Germany", "Netherlands", "United States"]),
         '  ssid    = "%s"' % ssid(), '  security = {', '    config = routeros_wifi_security.home.name', '  }', '}', '']
    return pick(["terraform/mikrotik/wifi.tf", "homelab/routeros/wifi.tf"]), J(*L)


def rsc_head():
    return ["# %s by RouterOS %s" % (pick(["jan/02/2025 10:11:12", "2024-11-03 21:07:45", "mar/14/2024 08:00:01"]),
                                     pick(["6.49.10", "7.14.3", "7.16.1", "7.12"])),
            "# software id = %s-%s" % (rs(UPP + DIG, 4), rs(UPP + DIG, 4)), "#",
            "# model = %s" % pick(["RB4011iGS+", "hAP ax3", "RB5009UG+S+", "hAP ac2", "CRS326-24G-2S+"]),
            "# serial number = %s" % rs(UPP + DIG, 12)]


@pos("mikrotik", "rsc", "rsc", True)
def p_rsc_secprof(S):
    L = rsc_head() + ["/interface bridge", "add admin-mac=%s auto-mac=no name=bridge" % mac(upper=True),
                      "/interface wireless security-profiles", "set [ find default=yes ] supplicant-identity=MikroTik",
                      "add authentication-types=wpa2-psk eap-methods=\"\" management-protection=allowed mode=dynamic-keys \\",
                      "    name=%s supplicant-identity=\"\" wpa2-pre-shared-key=\"%s\"" % (pick(["home", "wpa2", "office"]), S("wpa_passphrase", spaces=True)),
                      "/interface wireless", "set [ find default-name=wlan1 ] band=2ghz-b/g/n channel-width=20/40mhz-XX country=%s \\" % pick(["germany", "poland", "netherlands"]),
                      "    disabled=no frequency=auto mode=ap-bridge security-profile=home ssid=%s wps-mode=disabled" % ssid(),
                      "/ip pool", "add name=dhcp ranges=192.168.88.10-192.168.88.254", ""]
    return pick(["mikrotik/export.rsc", "routers/%s.rsc" % host(), "backup/hap-ac2.rsc"]), J(*L)


@pos("mikrotik", "rsc", "rsc", False)
def p_rsc_wifi7(S):
    L = rsc_head() + ["/interface wifi security", "add authentication-types=wpa2-psk,wpa3-psk disable-pmkid=yes ft=yes ft-over-ds=yes \\",
                      "    name=sec-main passphrase=\"%s\" wps=disable" % S("wpa_passphrase", spaces=True),
                      "/interface wifi configuration", "add country=%s mode=ap name=cfg-main security=sec-main ssid=%s" % (pick(["Germany", "Austria", "Canada"]), ssid()),
                      "/interface wifi", "set [ find default-name=wifi1 ] configuration=cfg-main configuration.mode=ap disabled=no",
                      "set [ find default-name=wifi2 ] configuration=cfg-main configuration.mode=ap disabled=no", ""]
    return pick(["mikrotik/hap-ax3.rsc", "routeros/wifi.rsc"]), J(*L)


@pos("mikrotik", "rsc", "rsc", False)
def p_rsc_capsman(S):
    L = ["/caps-man channel", "add band=2ghz-g/n control-channel-width=20mhz frequency=2412,2437,2462 name=ch-2g",
         "/caps-man security", "add authentication-types=wpa2-psk encryption=aes-ccm name=sec-staff \\",
         "    passphrase=\"%s\"" % S("wpa_passphrase", spaces=True),
         "/caps-man configuration", "add channel=ch-2g country=%s mode=ap name=cfg-staff security=sec-staff ssid=%s" % (pick(["germany", "france"]), ssid()),
         "/caps-man manager", "set enabled=yes", ""]
    return pick(["capsman/controller.rsc", "mikrotik/capsman.rsc"]), J(*L)


@pos("mikrotik", "rsc", "rsc", True)
def p_rsc_ppp_secret(S):
    L = ["/ppp profile", "add dns-server=%s local-address=10.99.0.1 name=pppoe-users remote-address=pool-pppoe" % ip4("10.99.0"),
         "/ip pool", "add name=pool-pppoe ranges=10.99.0.10-10.99.0.250",
         "/interface pppoe-server server", "add default-profile=pppoe-users disabled=no interface=vlan%d service-name=isp" % R.randrange(10, 400),
         "/ppp secret", "add name=%s%d password=\"%s\" profile=pppoe-users service=pppoe" % (pick(NAMES), R.randrange(10, 99), S("pppoe_password")), ""]
    return pick(["mikrotik/pppoe-server.rsc", "isp/bras.rsc"]), J(*L)


@pos("mikrotik", "rsc", "rsc", True)
def p_rsc_pppoe_client(S):
    L = rsc_head() + ["/interface vlan", "add interface=ether1 name=vlan7-wan vlan-id=7",
                      "/interface pppoe-client", "add add-default-route=yes disabled=no interface=vlan7-wan name=pppoe-out1 \\",
                      "    use-peer-dns=yes user=%s@%s password=\"%s\"" % (rs(LOW + DIG, 12), pick(["t-online.de", "fibre.example.net", "dsl.isp.at"]), S("pppoe_password")),
                      "/ip firewall nat", "add action=masquerade chain=srcnat out-interface=pppoe-out1", ""]
    return pick(["mikrotik/wan.rsc", "routers/%s-wan.rsc" % host()]), J(*L)


@pos("mikrotik", "rsc", "rsc", False)
def p_rsc_wireguard(S):
    L = ["/interface wireguard", "add listen-port=13231 mtu=1420 name=wg-home private-key=\"%s\"" % S("wireguard_private_key"),
         "/interface wireguard peers", "add allowed-address=10.66.0.2/32 interface=wg-home public-key=\"%s\"" % wg_public(),
         "/ip address", "add address=10.66.0.1/24 interface=wg-home network=10.66.0.0", ""]
    return pick(["mikrotik/wireguard.rsc", "routeros/wg.rsc"]), J(*L)


@pos("mikrotik", "rsc", "rsc", True)
def p_rsc_radius(S):
    L = ["/radius", "add address=%s secret=\"%s\" service=wireless,ppp timeout=600ms" % (ip4("10.10.20"), S("radius_secret")),
         "/radius incoming", "set accept=yes",
         "/interface wireless security-profiles", "add authentication-types=wpa2-eap mode=dynamic-keys name=corp radius-eap-accounting=yes", ""]
    return pick(["mikrotik/radius.rsc", "routers/radius-client.rsc"]), J(*L)


def pf_head():
    return ['<?xml version="1.0"?>', "<pfsense>", "\t<version>%s</version>" % pick(["21.7", "22.9", "23.3"]),
            "\t<lastchange></lastchange>", "\t<system>", "\t\t<hostname>%s</hostname>" % host(),
            "\t\t<domain>home.arpa</domain>", "\t\t<timezone>Europe/%s</timezone>" % pick(["Berlin", "Lisbon", "Oslo"]), "\t</system>"]


@pos("pfsense", "xml", "xml", False)
def p_pf_wireless(S):
    L = pf_head() + ["\t<interfaces>", "\t\t<opt1>", "\t\t\t<if>ath0_wlan0</if>", "\t\t\t<descr><![CDATA[WLAN]]></descr>",
                     "\t\t\t<enable></enable>", "\t\t\t<ipaddr>192.168.20.1</ipaddr>", "\t\t\t<subnet>24</subnet>",
                     "\t\t\t<wireless>", "\t\t\t\t<mode>hostap</mode>", "\t\t\t\t<protmode>off</protmode>",
                     "\t\t\t\t<ssid>%s</ssid>" % ssid(), "\t\t\t\t<channel>%d</channel>" % chan24(),
                     "\t\t\t\t<wpa>", "\t\t\t\t\t<enable></enable>", "\t\t\t\t\t<wpa_mode>2</wpa_mode>",
                     "\t\t\t\t\t<wpa_key_mgmt>WPA-PSK</wpa_key_mgmt>", "\t\t\t\t\t<wpa_pairwise>CCMP</wpa_pairwise>",
                     "\t\t\t\t\t<passphrase>%s</passphrase>" % esc(S("wpa_passphrase", spaces=True)),
                     "\t\t\t\t</wpa>", "\t\t\t</wireless>", "\t\t</opt1>", "\t</interfaces>", "</pfsense>"]
    return pick(["pfsense/config.xml", "backups/config-%s.xml" % host()]), J(*L)


@pos("pfsense", "xml", "xml", False)
def p_pf_ppp(S):
    L = pf_head() + ["\t<ppps>", "\t\t<ppp>", "\t\t\t<ptpid>0</ptpid>", "\t\t\t<type>pppoe</type>", "\t\t\t<if>pppoe0</if>",
                     "\t\t\t<ports>igb0.7</ports>", "\t\t\t<username>%s@%s</username>" % (rs(LOW + DIG, 10), pick(["isp.example.net", "t-online.de"])),
                     "\t\t\t<password>%s</password>" % S("pppoe_password_b64"), "\t\t\t<descr><![CDATA[WAN]]></descr>",
                     "\t\t\t<provider></provider>", "\t\t</ppp>", "\t</ppps>", "</pfsense>"]
    return pick(["pfsense/config.xml", "firewall/config-backup.xml"]), J(*L)


@pos("pfsense", "xml", "xml", True)
def p_pf_radius(S):
    L = pf_head() + ["\t<authserver>", "\t\t<refid>%s</refid>" % hexs(13), "\t\t<type>radius</type>",
                     "\t\t<name>NPS</name>", "\t\t<host>%s</host>" % ip4("10.10.20"), "\t\t<radius_protocol>MSCHAPv2</radius_protocol>",
                     "\t\t<radius_nasip_attribute>lan</radius_nasip_attribute>",
                     "\t\t<radius_secret>%s</radius_secret>" % esc(S("radius_secret")), "\t\t<radius_timeout>5</radius_timeout>",
                     "\t\t<radius_auth_port>1812</radius_auth_port>", "\t</authserver>", "</pfsense>"]
    return pick(["pfsense/config.xml", "configs/pfsense-%s.xml" % host()]), J(*L)


@pos("opnsense", "xml", "xml", False)
def p_opn_wg(S):
    L = ['<?xml version="1.0"?>', "<opnsense>", "  <OPNsense>", '    <wireguard>', '      <server version="1.0.0">',
         "        <servers>", '          <server uuid="%s">' % uuid4(), "            <enabled>1</enabled>",
         "            <name>wg-road</name>", "            <instance>0</instance>",
         "            <pubkey>%s</pubkey>" % wg_public(), "            <privkey>%s</privkey>" % S("wireguard_private_key"),
         "            <port>51820</port>", "            <tunneladdress>10.44.0.1/24</tunneladdress>",
         "          </server>", "        </servers>", "      </server>", "    </wireguard>", "  </OPNsense>", "</opnsense>"]
    return pick(["opnsense/config.xml", "backups/opnsense-config.xml"]), J(*L)


@pos("android", "xml", "xml", True)
def p_android_store(S):
    ss = ssid()
    v = esc(S("wpa_passphrase", spaces=True))
    L = ["<?xml version='1.0' encoding='utf-8' standalone='yes' ?>", "<WifiConfigStoreData>",
         '<int name="Version" value="3" />', "<NetworkList>", "<Network>", "<WifiConfiguration>",
         '<string name="ConfigKey">&quot;%s&quot;WPA_PSK</string>' % ss, '<string name="SSID">&quot;%s&quot;</string>' % ss,
         '<null name="BSSID" />', '<string name="PreSharedKey">&quot;%s&quot;</string>' % v,
         '<null name="WEPKeys" />', '<boolean name="HiddenSSID" value="false" />',
         '<byte-array name="AllowedKeyMgmt" num="1">02</byte-array>', '<boolean name="Shared" value="true" />',
         '<string name="RandomizedMacAddress">%s</string>' % mac(), '<int name="CreatorUid" value="1000" />',
         "</WifiConfiguration>", "</Network>", "</NetworkList>", "</WifiConfigStoreData>"]
    return pick(["device/overlay/data/misc/apexdata/com.android.wifi/WifiConfigStore.xml", "provisioning/WifiConfigStore.xml"]), J(*L)


@pos("android", "xml", "xml", True)
def p_android_store_hex(S):
    ss = ssid()
    L = ["<?xml version='1.0' encoding='utf-8' standalone='yes' ?>", "<WifiConfigStoreData>",
         '<int name="Version" value="1" />', "<NetworkList>", "<Network>", "<WifiConfiguration>",
         '<string name="ConfigKey">&quot;%s&quot;WPA_PSK</string>' % ss, '<string name="SSID">&quot;%s&quot;</string>' % ss,
         '<string name="PreSharedKey">%s</string>' % S("wpa_psk_hex", ssid_=ss), '<boolean name="HiddenSSID" value="false" />',
         '<byte-array name="AllowedKeyMgmt" num="1">02</byte-array>', "</WifiConfiguration>", "</Network>",
         "</NetworkList>", "</WifiConfigStoreData>"]
    return pick(["vendor/board/wifi/WifiConfigStore.xml", "factory/WifiConfigStore.xml"]), J(*L)


@pos("android", "kt", "code", False)
def p_android_kotlin(S):
    L = ["package com.%s.provisioner.net" % pick(["acme", "fieldkit", "nordwind"]), "",
         "import android.net.ConnectivityManager", "import android.net.NetworkCapabilities",
         "import android.net.NetworkRequest", "import android.net.wifi.WifiNetworkSpecifier", "",
         "object DeviceWifi {", "    fun request(cm: ConnectivityManager, callback: ConnectivityManager.NetworkCallback) {",
         "        val specifier = WifiNetworkSpecifier.Builder()", '            .setSsid("%s")' % ssid(),
         '            .setWpa2Passphrase("%s")' % S("wpa_passphrase", spaces=True), "            .build()",
         "        val request = NetworkRequest.Builder()", "            .addTransportType(NetworkCapabilities.TRANSPORT_WIFI)",
         "            .setNetworkSpecifier(specifier)", "            .build()", "        cm.requestNetwork(request, callback)",
         "    }", "}", ""]
    return pick(["app/src/main/java/com/acme/provisioner/net/DeviceWifi.kt", "android/app/src/main/kotlin/DeviceWifi.kt"]), J(*L)


def plist_wrap(inner, ident):
    return ['<?xml version="1.0" encoding="UTF-8"?>',
            '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
            '<plist version="1.0">', "<dict>", "\t<key>PayloadContent</key>", "\t<array>", "\t\t<dict>"] + inner + [
        "\t\t</dict>", "\t</array>", "\t<key>PayloadDisplayName</key>", "\t<string>Office Wi-Fi</string>",
        "\t<key>PayloadIdentifier</key>", "\t<string>%s</string>" % ident, "\t<key>PayloadType</key>",
        "\t<string>Configuration</string>", "\t<key>PayloadUUID</key>", "\t<string>%s</string>" % uuid4(True),
        "\t<key>PayloadVersion</key>", "\t<integer>1</integer>", "</dict>", "</plist>"]


@pos("apple", "mobileconfig", "xml", True)
def p_apple_psk(S):
    ident = "com.%s.wifi" % pick(["acme", "bluepeak", "example-org"])
    inner = ["\t\t\t<key>AutoJoin</key>", "\t\t\t<true/>", "\t\t\t<key>EncryptionType</key>", "\t\t\t<string>WPA2</string>",
             "\t\t\t<key>HIDDEN_NETWORK</key>", "\t\t\t<false/>", "\t\t\t<key>Password</key>",
             "\t\t\t<string>%s</string>" % esc(S("wpa_passphrase", spaces=True)), "\t\t\t<key>PayloadIdentifier</key>",
             "\t\t\t<string>%s.%s</string>" % (ident, uuid4(True)), "\t\t\t<key>PayloadType</key>",
             "\t\t\t<string>com.apple.wifi.managed</string>", "\t\t\t<key>PayloadUUID</key>", "\t\t\t<string>%s</string>" % uuid4(True),
             "\t\t\t<key>PayloadVersion</key>", "\t\t\t<integer>1</integer>", "\t\t\t<key>SSID_STR</key>",
             "\t\t\t<string>%s</string>" % ssid()]
    return pick(["profiles/office-wifi.mobileconfig", "mdm/Wi-Fi.mobileconfig"]), J(*plist_wrap(inner, ident))


@pos("apple", "mobileconfig", "xml", False)
def p_apple_eap(S):
    ident = "org.%s.eduroam" % pick(CITIES)
    inner = ["\t\t\t<key>AutoJoin</key>", "\t\t\t<true/>", "\t\t\t<key>EAPClientConfiguration</key>", "\t\t\t<dict>",
             "\t\t\t\t<key>AcceptEAPTypes</key>", "\t\t\t\t<array>", "\t\t\t\t\t<integer>25</integer>", "\t\t\t\t</array>",
             "\t\t\t\t<key>UserName</key>", "\t\t\t\t<string>%s@%s.edu</string>" % (pick(NAMES), pick(CITIES)),
             "\t\t\t\t<key>UserPassword</key>", "\t\t\t\t<string>%s</string>" % esc(S("eap_password")),
             "\t\t\t\t<key>TLSTrustedServerNames</key>", "\t\t\t\t<array>", "\t\t\t\t\t<string>radius.%s.edu</string>" % pick(CITIES),
             "\t\t\t\t</array>", "\t\t\t</dict>", "\t\t\t<key>EncryptionType</key>", "\t\t\t<string>WPA2</string>",
             "\t\t\t<key>PayloadType</key>", "\t\t\t<string>com.apple.wifi.managed</string>", "\t\t\t<key>PayloadUUID</key>",
             "\t\t\t<string>%s</string>" % uuid4(True), "\t\t\t<key>SSID_STR</key>", "\t\t\t<string>eduroam</string>"]
    return pick(["profiles/eduroam.mobileconfig", "mdm/profiles/eduroam-staff.mobileconfig"]), J(*plist_wrap(inner, ident))


def wlan_profile(ss, keytype, key, protected="false", auth="WPA2PSK"):
    return ['<?xml version="1.0"?>', '<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">',
            "\t<name>%s</name>" % ss, "\t<SSIDConfig>", "\t\t<SSID>", "\t\t\t<hex>%s</hex>" % ss.encode().hex().upper(),
            "\t\t\t<name>%s</name>" % ss, "\t\t</SSID>", "\t</SSIDConfig>", "\t<connectionType>ESS</connectionType>",
            "\t<connectionMode>auto</connectionMode>", "\t<MSM>", "\t\t<security>", "\t\t\t<authEncryption>",
            "\t\t\t\t<authentication>%s</authentication>" % auth, "\t\t\t\t<encryption>AES</encryption>",
            "\t\t\t\t<useOneX>false</useOneX>", "\t\t\t</authEncryption>", "\t\t\t<sharedKey>",
            "\t\t\t\t<keyType>%s</keyType>" % keytype, "\t\t\t\t<protected>%s</protected>" % protected,
            "\t\t\t\t<keyMaterial>%s</keyMaterial>" % key, "\t\t\t</sharedKey>", "\t\t</security>", "\t</MSM>",
            "</WLANProfile>"]


@pos("windows", "xml", "xml", True)
def p_win_profile(S):
    ss = ssid()
    return pick(["deploy/wifi/Wi-Fi-%s.xml" % ss, "intune/wlan-profile.xml", "scripts/profiles/%s.xml" % ss]), \
        J(*wlan_profile(ss, "passPhrase", esc(S("wpa_passphrase", spaces=True))))


@pos("windows", "xml", "xml", False)
def p_win_profile_hex(S):
    ss = ssid()
    return pick(["deploy/wifi/%s-networkkey.xml" % ss, "gpo/wlan/%s.xml" % ss]), \
        J(*wlan_profile(ss, "networkKey", S("wpa_psk_hex", ssid_=ss)))


@pos("windows", "bat", "bat", False)
def p_win_hostednetwork(S):
    L = ["@echo off", "REM share the laptop connection for the demo tablets", "netsh wlan stop hostednetwork >nul 2>&1",
         "netsh wlan set hostednetwork mode=allow ssid=%s key=%s keyUsage=persistent" % (ssid(), S("hotspot_passphrase", safe="alnum")),
         "netsh wlan start hostednetwork", "pause", ""]
    return pick(["tools/start-hotspot.bat", "demo/hotspot.cmd"]), "\r\n".join(L)


@pos("esphome", "yaml", "yaml", True)
def p_esphome_wifi(S):
    name = "%s-%s" % (pick(["kitchen", "garage", "porch", "office", "greenhouse"]), pick(["sensor", "relay", "plug", "display"]))
    L = ["esphome:", "  name: %s" % name, "  friendly_name: %s" % cap(name.replace("-", " ")), "", "esp32:",
         "  board: %s" % pick(["esp32dev", "nodemcu-32s", "esp32-c3-devkitm-1"]), "  framework:", "    type: esp-idf", "",
         "logger:", "", "api:", "  encryption:", "    key: !secret api_encryption_key", "", "ota:", "  - platform: esphome",
         "    password: !secret ota_password", "", "wifi:", "  ssid: %s" % ssid(), '  password: "%s"' % S("wpa_passphrase", spaces=True),
         "  fast_connect: true", "", "captive_portal:", "", "sensor:", "  - platform: wifi_signal",
         "    name: \"WiFi Signal\"", "    update_interval: 60s", ""]
    return pick(["esphome/%s.yaml" % name, "config/esphome/%s.yaml" % name]), J(*L)


@pos("esphome", "yaml", "yaml", False)
def p_esphome_ap(S):
    name = "%s-%s" % (pick(["bedroom", "desk", "hall", "shed"]), pick(["light", "fan", "node", "th"]))
    L = ["esphome:", "  name: %s" % name, "", "esp8266:", "  board: d1_mini", "", "wifi:", "  ssid: !secret wifi_ssid",
         "  password: !secret wifi_password", "  # Enable fallback hotspot (captive portal) in case wifi connection fails",
         "  ap:", '    ssid: "%s Fallback Hotspot"' % cap(name), '    password: "%s"' % S("hotspot_passphrase", safe="alnum"),
         "", "captive_portal:", "", "api:", "  encryption:", "    key: !secret api_key", ""]
    return pick(["esphome/%s.yaml" % name, "devices/%s.yaml" % name]), J(*L)


@pos("esphome", "yaml", "yaml", False)
def p_esphome_api(S):
    name = "%s-%s" % (pick(["pool", "boiler", "doorbell", "meter"]), pick(["monitor", "bridge", "node"]))
    L = ["substitutions:", "  device_name: %s" % name, "", "esphome:", "  name: ${device_name}", "", "esp32:",
         "  board: esp32dev", "", "api:", "  encryption:", '    key: "%s"' % S("esphome_api_key"), "", "wifi:",
         "  ssid: !secret wifi_ssid", "  password: !secret wifi_password", ""]
    return pick(["esphome/%s.yaml" % name, "home-assistant/esphome/%s.yaml" % name]), J(*L)


@pos("home-assistant", "yaml", "yaml", True)
def p_ha_secrets(S):
    L = ["# Use this file to store secrets like usernames and passwords.", "# Learn more at https://www.home-assistant.io/docs/configuration/secrets/",
         "wifi_ssid: \"%s\"" % ssid(), "wifi_password: \"%s\"" % S("wpa_passphrase", spaces=True),
         "latitude_home: %.4f" % (R.uniform(40, 60)), "longitude_home: %.4f" % (R.uniform(-5, 20)), ""]
    return pick(["esphome/secrets.yaml", "homeassistant/secrets.yaml", "config/secrets.yaml"]), J(*L)


@pos("arduino", "ino", "code", True)
def p_arduino(S):
    L = ["#include <WiFi.h>", "#include <WebServer.h>", "", 'const char* ssid     = "%s";' % ssid(),
         'const char* password = "%s";' % S("wpa_passphrase", spaces=True), "", "WebServer server(80);", "",
         "void setup() {", "  Serial.begin(115200);", "  WiFi.mode(WIFI_STA);", "  WiFi.begin(ssid, password);",
         "  while (WiFi.status() != WL_CONNECTED) {", "    delay(500);", '    Serial.print(".");', "  }",
         '  Serial.println(WiFi.localIP());', '  server.on("/", []() { server.send(200, "text/plain", "ok"); });',
         "  server.begin();", "}", "", "void loop() {", "  server.handleClient();", "}", ""]
    name = pick(["weather_station", "plant_monitor", "door_sensor", "led_matrix"])
    return pick(["%s/%s.ino" % (name, name), "firmware/%s/%s.ino" % (name, name)]), J(*L)


@pos("esp-idf", "defaults", "ini", True)
def p_sdkconfig(S):
    L = ["# ESP-IDF project defaults", "CONFIG_IDF_TARGET=\"%s\"" % pick(["esp32", "esp32s3", "esp32c3"]),
         "CONFIG_ESPTOOLPY_FLASHSIZE_4MB=y", "CONFIG_PARTITION_TABLE_TWO_OTA=y",
         "CONFIG_ESP_WIFI_SSID=\"%s\"" % ssid(), "CONFIG_ESP_WIFI_PASSWORD=\"%s\"" % S("wpa_passphrase"),
         "CONFIG_ESP_MAXIMUM_RETRY=5", "CONFIG_LOG_DEFAULT_LEVEL_INFO=y", ""]
    return pick(["sdkconfig.defaults", "firmware/sdkconfig.defaults", "sdkconfig"]), J(*L)


@pos("micropython", "py", "code", False)
def p_micropython(S):
    L = ["import network", "import time", "import machine", "", "", "def connect():", "    wlan = network.WLAN(network.STA_IF)",
         "    wlan.active(True)", "    if not wlan.isconnected():",
         "        wlan.connect('%s', '%s')" % (ssid(), S("wpa_passphrase", spaces=True)),
         "        for _ in range(20):", "            if wlan.isconnected():", "                break", "            time.sleep(0.5)",
         "    print('network config:', wlan.ifconfig())", "    return wlan", "", "", "connect()", ""]
    return pick(["boot.py", "pico/main.py", "src/boot.py"]), J(*L)


@pos("platformio", "ini", "ini", False)
def p_platformio(S):
    L = ["[platformio]", "default_envs = esp32dev", "", "[env:esp32dev]", "platform = espressif32", "board = esp32dev",
         "framework = arduino", "monitor_speed = 115200", "build_flags =", "    -DCORE_DEBUG_LEVEL=1",
         "    '-DWIFI_SSID=\"%s\"'" % ssid(), "    '-DWIFI_PASS=\"%s\"'" % S("wpa_passphrase"),
         "lib_deps =", "    knolleary/PubSubClient@^2.8", ""]
    return "platformio.ini", J(*L)


@pos("tasmota", "h", "code", True)
def p_tasmota(S):
    L = ["#ifndef _USER_CONFIG_OVERRIDE_H_", "#define _USER_CONFIG_OVERRIDE_H_", "", "#undef  STA_SSID1",
         '#define STA_SSID1         "%s"' % ssid(), "#undef  STA_PASS1", '#define STA_PASS1         "%s"' % S("wpa_passphrase", spaces=True),
         "#undef  WIFI_CONFIG_TOOL", "#define WIFI_CONFIG_TOOL  WIFI_RETRY", "", "#undef  MQTT_HOST",
         '#define MQTT_HOST         "%s"' % ip4("192.168.1"), "", "#endif  // _USER_CONFIG_OVERRIDE_H_", ""]
    return pick(["tasmota/user_config_override.h", "firmware/tasmota/user_config_override.h"]), J(*L)


@pos("esp-rs", "toml", "q", True)
def p_esprs_cfg(S):
    L = ["[%s]" % pick(["hardware-check", "http-client", "mqtt"]), 'wifi_ssid = "%s"' % ssid(),
         'wifi_psk = "%s"' % S("wpa_passphrase", spaces=True), ""]
    if R.random() < 0.5:
        L = ["# copied from cfg.toml.example"] + L
    return pick(["cfg.toml", "firmware/cfg.toml"]), J(*L)


@pos("raspberrypi", "sh", "shell", False)
def p_rpi_firstrun(S):
    ss = ssid()
    cc = country()
    L = ["#!/bin/bash", "", "set +e", "", "CURRENT_HOSTNAME=`cat /etc/hostname | tr -d \" \\t\\n\\r\"`",
         "if [ -f /usr/lib/raspberrypi-sys-mods/imager_custom ]; then",
         "   /usr/lib/raspberrypi-sys-mods/imager_custom set_hostname %s" % host(), "fi",
         "if [ -f /usr/lib/raspberrypi-sys-mods/imager_custom ]; then",
         "   /usr/lib/raspberrypi-sys-mods/imager_custom set_wlan '%s' '%s' '%s'" % (ss, S("wpa_psk_hex", ssid_=ss), cc),
         "fi", "rm -f /boot/firstrun.sh", "sed -i 's| systemd.run.*||g' /boot/cmdline.txt", "exit 0", ""]
    return pick(["boot/firstrun.sh", "pi-image/firstrun.sh"]), J(*L)


@pos("raspberrypi", "sh", "shell", False)
def p_rpi_raspiconfig(S):
    L = ["#!/bin/bash", "# headless setup for the greenhouse pi", "set -e", "sudo raspi-config nonint do_wifi_country %s" % country(),
         "sudo raspi-config nonint do_wifi_ssid_passphrase \"%s\" \"%s\"" % (ssid(), S("wpa_passphrase", spaces=True)),
         "sudo raspi-config nonint do_hostname %s" % host(), "sudo raspi-config nonint do_ssh 0", ""]
    return pick(["setup/headless.sh", "pi/bootstrap.sh"]), J(*L)


@pos("ansible", "yml", "ansible", True)
def p_ansible_vars(S):
    L = ["---", "# group_vars for the access points", "ap_country: %s" % country(), "ap_channel_2g: %d" % chan24(),
         "ap_channel_5g: %d" % chan5(), "wifi_ssid: \"%s\"" % ssid(), "wifi_psk: \"%s\"" % S("wpa_passphrase", spaces=True),
         "wifi_guest_enabled: true", "ntp_servers:", "  - 0.pool.ntp.org", "  - 1.pool.ntp.org", ""]
    return pick(["inventory/group_vars/access_points.yml", "group_vars/all/wifi.yml", "ansible/host_vars/%s.yml" % host()]), J(*L)


@pos("ansible", "yml", "ansible", False)
def p_ansible_nmcli(S):
    L = ["---", "- name: Configure wireless on the lab machines", "  hosts: lab", "  become: true", "  tasks:",
         "    - name: Add lab wifi connection", "      community.general.nmcli:", "        conn_name: lab-wifi",
         "        type: wifi", "        ifname: wlan0", "        ssid: \"%s\"" % ssid(), "        wifi_sec:",
         "          key-mgmt: wpa-psk", "          psk: \"%s\"" % S("wpa_passphrase", spaces=True), "        autoconnect: true",
         "        state: present", ""]
    return pick(["playbooks/wifi.yml", "roles/wifi/tasks/main.yml"]), J(*L)


@pos("ansible", "yml", "ansible", False)
def p_ansible_wg(S):
    L = ["---", "# roles/wireguard/defaults overridden per host", "wireguard_interface: wg0", "wireguard_port: 51820",
         "wireguard_address: 10.50.0.%d/24" % R.randrange(2, 250), "wireguard_private_key: \"%s\"" % S("wireguard_private_key"),
         "wireguard_peers:", "  - name: hub", "    public_key: \"%s\"" % wg_public(), "    endpoint: \"%s:51820\"" % pub_ip(),
         "    allowed_ips: 10.50.0.0/24", ""]
    return pick(["host_vars/%s.yml" % host(), "inventory/host_vars/%s/wireguard.yml" % host()]), J(*L)


@pos("freeradius", "conf", "q", True)
def p_fr_clients(S):
    L = ["# clients.conf - access points allowed to talk to this server", "# (localhost client removed, see mods-enabled)", "",
         "client %s {" % pick(["unifi-aps", "office-aps", "mesh-nodes"]), "\tipaddr = %s.0/24" % pick(["10.10.30", "192.168.50"]),
         "\tsecret = \"%s\"" % S("radius_secret"), "\tshortname = aps", "\trequire_message_authenticator = yes", "}", ""]
    return pick(["freeradius/clients.conf", "raddb/clients.conf", "docker/freeradius/clients.conf"]), J(*L)


@pos("freeradius", "conf", "q", False)
def p_fr_users(S):
    u = pick(NAMES)
    L = ["# raddb/mods-config/files/authorize", "#", "# Wi-Fi users (PEAP/MSCHAPv2)", "",
         "%s\tCleartext-Password := \"%s\"" % (u, S("eap_password")), "\tReply-Message := \"Hello, %{User-Name}\",",
         "\tTunnel-Type = VLAN,", "\tTunnel-Medium-Type = IEEE-802,", "\tTunnel-Private-Group-Id = \"%d\"" % R.randrange(10, 200), ""]
    return pick(["raddb/mods-config/files/authorize", "freeradius/users"]), J(*L)


@pos("freeradius", "sql", "sql", False)
def p_fr_sql(S):
    u = pick(NAMES) + str(R.randrange(1, 99))
    L = ["-- seed data for the guest Wi-Fi RADIUS database", "BEGIN;",
         "INSERT INTO radgroupreply (groupname, attribute, op, value) VALUES ('guests', 'Session-Timeout', ':=', '28800');",
         "INSERT INTO radusergroup (username, groupname, priority) VALUES ('%s', 'guests', 1);" % u,
         "INSERT INTO radcheck (username, attribute, op, value) VALUES ('%s', 'Cleartext-Password', ':=', '%s');" % (u, S("eap_password")),
         "COMMIT;", ""]
    return pick(["db/seed/radius.sql", "freeradius/sql/seed.sql"]), J(*L)


@pos("freeradius", "sql", "sql", True)
def p_fr_nas_sql(S):
    L = ["-- NAS table: one row per access point controller",
         "INSERT INTO nas (nasname, shortname, type, ports, secret, description)",
         "VALUES ('%s', '%s', 'other', NULL, '%s', 'Wi-Fi controller');" % (ip4("10.10.30"), host(), S("radius_secret")), ""]
    return pick(["db/migrations/0003_nas.sql", "radius/nas.sql"]), J(*L)


@pos("wireguard", "conf", "ini", True)
def p_wg_quick(S):
    L = ["[Interface]", "Address = 10.%d.0.%d/24" % (R.randrange(1, 250), R.randrange(2, 250)),
         "PrivateKey = " + S("wireguard_private_key"), "DNS = %s" % pick(["1.1.1.1", "10.8.0.1", "9.9.9.9"]), "",
         "[Peer]", "PublicKey = %s" % wg_public(), "AllowedIPs = %s" % pick(["0.0.0.0/0, ::/0", "10.8.0.0/24, 192.168.1.0/24"]),
         "Endpoint = %s:%d" % (pick([pub_ip(), "vpn.%s.example.org" % pick(CITIES)]), pick([51820, 51821, 443])),
         "PersistentKeepalive = 25", ""]
    return pick(["wireguard/wg0.conf", "etc/wireguard/wg0.conf", "clients/%s.conf" % pick(NAMES)]), J(*L)


@pos("wireguard", "conf", "ini", False)
def p_wg_psk(S):
    L = ["[Interface]", "Address = 10.9.0.%d/32" % R.randrange(2, 250), "PostUp = wg set %i private-key /etc/wireguard/%i.key",
         "ListenPort = 51820", "", "[Peer]", "# hub", "PublicKey = %s" % wg_public(), "PresharedKey = " + S("wireguard_preshared_key"),
         "AllowedIPs = 10.9.0.0/24", "Endpoint = %s:51820" % pub_ip(), ""]
    return pick(["etc/wireguard/wg1.conf", "wg/site-b.conf"]), J(*L)


@pos("systemd-networkd", "netdev", "ini", False)
def p_networkd_wg(S):
    L = ["[NetDev]", "Name=wg0", "Kind=wireguard", "Description=WireGuard tunnel to %s" % pick(CITIES), "",
         "[WireGuard]", "ListenPort=51820", "PrivateKey=" + S("wireguard_private_key"), "",
         "[WireGuardPeer]", "PublicKey=%s" % wg_public(), "AllowedIPs=10.70.0.0/24", "Endpoint=%s:51820" % pub_ip(),
         "PersistentKeepalive=25", ""]
    return pick(["etc/systemd/network/90-wg0.netdev", "nixos/files/wg0.netdev"]), J(*L)


@pos("homelab-docs", "md", "md", False)
def p_md_readme(S):
    ss = ssid()
    L = ["# Home network", "", "Notes for whoever has to fix the network while I'm away.", "", "## Wi-Fi", "",
         "| SSID | Band | VLAN |", "|------|------|------|", "| %s | 2.4/5 GHz | 10 |" % ss, "| %s-IoT | 2.4 GHz | 30 |" % ss, "",
         "Main network passphrase: `%s`" % S("wpa_passphrase", spaces=True), "",
         "The IoT network uses MAC filtering, ask before adding devices.", "", "## Router", "",
         "- OpenWrt on the %s, LuCI at https://192.168.1.1" % pick(["Archer C7", "GL.iNet MT6000", "Linksys E8450"]),
         "- Backups are in `backups/` (nightly cron)", ""]
    return pick(["README.md", "docs/network.md", "homelab/NETWORK.md"]), J(*L)


@pos("homelab-docs", "md", "md", True)
def p_md_guest(S):
    L = ["---", "title: Guest Wi-Fi", "---", "", "# Guest Wi-Fi for visitors", "", "* SSID: **%s-Guest**" % ssid(),
         "* Security: WPA2-Personal", "* Password: %s" % S("wpa_passphrase"), "* Valid until the next rotation (quarterly)", ""]
    return pick(["docs/guest-wifi.md", "wiki/office/guest-wifi.md"]), J(*L)


@pos("homelab-docs", "csv", "csv", False)
def p_csv_aps(S):
    L = ["site,ap_name,mac,ssid,security,psk,vlan"]
    rows = []
    for i in range(R.randrange(3, 6)):
        rows.append(["%s" % pick(CITIES), host(), mac(), ssid(), "wpa2-enterprise", "", str(R.randrange(10, 99))])
    k = R.randrange(len(rows))
    rows[k][4] = "wpa2-psk"
    rows[k][5] = S("wpa_passphrase")
    L += [",".join(r) for r in rows]
    return pick(["inventory/access_points.csv", "docs/wifi-inventory.csv"]), J(*L)


@pos("homelab-docs", "log", "log", False)
def p_ci_log(S):
    ss = ssid()
    t = "%sT%s" % (date(), clock())
    L = ["%s.1234567Z ##[group]Run ./scripts/provision-pi.sh" % t, "%s.2234567Z + set -x" % t,
         "%s.3234567Z + nmcli radio wifi on" % t,
         "%s.4234567Z + nmcli device wifi connect %s password %s ifname wlan0" % (t, ss, S("wpa_passphrase", safe="alnum")),
         "%s.5234567Z Error: No network with SSID '%s' found." % (t, ss), "%s.6234567Z ##[error]Process completed with exit code 10." % t, ""]
    return pick(["ci/logs/provision-%s.log" % date(), "logs/build-%d.log" % R.randrange(100, 999)]), J(*L)


@pos("balena", "dockerfile", "shell", True)
def p_dockerfile(S):
    L = ["FROM balenalib/%s-debian:bookworm" % pick(["raspberrypi4-64", "raspberrypi3", "jetson-nano"]),
         "RUN install_packages dnsmasq wireless-tools", "WORKDIR /usr/src/app", "COPY start.sh ./",
         "ENV DBUS_SYSTEM_BUS_ADDRESS=unix:path=/host/run/dbus/system_bus_socket",
         "ENV PORTAL_SSID=\"%s Setup\"" % cap(pick(WORDS)), "ENV PORTAL_PASSPHRASE=\"%s\"" % S("hotspot_passphrase"),
         'CMD ["bash", "start.sh"]', ""]
    return pick(["Dockerfile", "wifi-connect/Dockerfile"]), J(*L)


@pos("balena", "env", "shell", True)
def p_dotenv(S):
    L = ["# local compose settings", "TZ=Europe/%s" % pick(["Berlin", "Paris", "Madrid"]), "WIFI_SSID=%s" % ssid(),
         "WIFI_PASSWORD=%s" % S("wpa_passphrase", safe="alnum"), "MQTT_HOST=%s" % ip4(), ""]
    return pick([".env", "deploy/.env"]), J(*L)


@pos("wifi-qr", "py", "code", False)
def p_qr_py(S):
    ss = ssid()
    L = ["\"\"\"Print the guest Wi-Fi QR code for the front desk.\"\"\"", "import qrcode", "",
         "PAYLOAD = \"WIFI:T:WPA;S:%s;P:%s;;\"" % (ss, S("wpa_passphrase", safe="alnum")), "",
         "img = qrcode.make(PAYLOAD)", "img.save(\"guest-wifi.png\")", ""]
    return pick(["tools/guest_qr.py", "frontdesk/make_qr.py"]), J(*L)


@pos("wifi-qr", "html", "code", False)
def p_qr_html(S):
    ss = ssid()
    L = ["<!doctype html>", "<html lang=\"en\">", "<head><meta charset=\"utf-8\"><title>Welcome</title></head>", "<body>",
         "  <h1>Welcome to %s</h1>" % cap(pick(CITIES)), "  <p>Scan to join the guest network.</p>",
         "  <div id=\"qr\" data-wifi=\"WIFI:T:WPA;S:%s;P:%s;H:false;;\"></div>" % (ss, S("wpa_passphrase", safe="alnum")),
         "  <script src=\"/js/qrcode.min.js\"></script>", "</body>", "</html>", ""]
    return pick(["kiosk/welcome.html", "site/guest/index.html"]), J(*L)


@pos("hostapd", "py", "code", True)
def p_py_provision(S):
    L = ["#!/usr/bin/env python3", "\"\"\"Render hostapd.conf for the booth access point.\"\"\"", "import pathlib", "import string", "",
         "AP_SSID = \"%s\"" % ssid(), "AP_PASSPHRASE = \"%s\"" % S("hotspot_passphrase", spaces=True), "AP_CHANNEL = %d" % chan24(), "",
         "TEMPLATE = string.Template(pathlib.Path(\"hostapd.conf.in\").read_text())", "",
         "def main():", "    out = TEMPLATE.substitute(ssid=AP_SSID, passphrase=AP_PASSPHRASE, channel=AP_CHANNEL)",
         "    pathlib.Path(\"/etc/hostapd/hostapd.conf\").write_text(out)", "", "", "if __name__ == \"__main__\":", "    main()", ""]
    return pick(["booth/render_hostapd.py", "tools/ap_config.py"]), J(*L)


@pos("windows", "ps1", "code", False)
def p_ps1(S):
    ss = ssid()
    L = ["# Deploys the warehouse scanner Wi-Fi profile", "$ssid = '%s'" % ss,
         "$key  = '%s'" % S("wpa_passphrase", spaces=True), "$xml = @\"",
         "<?xml version=\"1.0\"?>", "<WLANProfile xmlns=\"http://www.microsoft.com/networking/WLAN/profile/v1\">",
         "  <name>$ssid</name>", "  <SSIDConfig><SSID><name>$ssid</name></SSID></SSIDConfig>",
         "  <connectionType>ESS</connectionType><connectionMode>auto</connectionMode>",
         "  <MSM><security><authEncryption><authentication>WPA2PSK</authentication><encryption>AES</encryption><useOneX>false</useOneX></authEncryption>",
         "  <sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>$key</keyMaterial></sharedKey></security></MSM>",
         "</WLANProfile>", "\"@", "$path = Join-Path $env:TEMP \"$ssid.xml\"", "$xml | Out-File -Encoding ascii $path",
         "netsh wlan add profile filename=\"$path\" user=all", "Remove-Item $path", ""]
    return pick(["scripts/Deploy-WifiProfile.ps1", "intune/Install-Wifi.ps1"]), J(*L)


# ---------------------------------------------------------------------------------------------
# look-alike negative templates (no credential at all)
# ---------------------------------------------------------------------------------------------
NEG = []


def neg(provider, ft, kind):
    def deco(fn):
        NEG.append({"fn": fn, "provider": provider, "ft": ft, "kind": kind, "name": fn.__name__})
        return fn
    return deco


def dpapi_blob():
    return "01000000D08C9DDF0115D1118C7A00C04FC297EB01000000" + hexs(R.choice([368, 400, 432]), upper=True)


def sha256hex():
    return hexs(64)


def colon_fp(n=32):
    return ":".join(hexs(2, upper=True) for _ in range(n))


def ssh_pub():
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + " %s@%s" % (pick(NAMES), host())


@neg("wpa_supplicant", "conf", "open_network")
def n_wpas_open(S=None):
    L = wpas_head() + ["# cafe and conference networks, no key", "network={", '\tssid="%s"' % ssid(), "\tkey_mgmt=NONE",
                       "\tbssid=%s" % mac(), "\tpriority=1", "}", "", "network={", '\tssid="%s"' % ssid(), "\tkey_mgmt=OWE",
                       "\tieee80211w=2", "}", ""]
    return pick(["etc/wpa_supplicant/wpa_supplicant.conf", "config/wpa_open.conf"]), J(*L)


@neg("wpa_supplicant", "conf", "ext_password_ref")
def n_wpas_ext(S=None):
    L = wpas_head() + ["# passphrases come from the platform's external password backend",
                       "# (ext_password_backend is set by the system image, see README)",
                       "network={", '\tssid="%s"' % ssid(), "\tkey_mgmt=WPA-PSK", "\tpsk=ext:%s" % pick(["home_psk", "wifi_psk", "psk_main"]), "}", "",
                       "network={", '\tssid="%s"' % ssid(), "\tkey_mgmt=WPA-EAP", "\teap=PEAP", '\tidentity="%s@%s.edu"' % (pick(NAMES), pick(CITIES)),
                       "\tpassword=ext:eduroam_password", '\tphase2="auth=MSCHAPV2"', "}", ""]
    return pick(["etc/wpa_supplicant/wpa_supplicant.conf", "image/wpa_supplicant-ext.conf"]), J(*L)


@neg("wpa_supplicant", "md", "documented_example")
def n_wpas_doc(S=None):
    L = ["# Converting a passphrase to a raw PSK", "",
         "`wpa_passphrase` derives the 256-bit PSK from the SSID and the passphrase (PBKDF2-SHA1,",
         "4096 rounds). The example from the upstream `wpa_supplicant.conf` shows both forms:", "",
         "```", "network={", '\tssid="example"', "\tproto=WPA", "\tkey_mgmt=WPA-PSK", "\tpairwise=CCMP TKIP",
         "\tgroup=CCMP TKIP WEP104 WEP40", "\tpsk=06b4be19da289f475aa46a33cb793029d4ab3db7a23ee92382eb0106c72ac7bb",
         "\tpriority=2", "}", "```", "", "and the Arch wiki iwd page uses SSID `spaceship` with passphrase `test1234`:", "",
         "```ini", "[Security]", "PreSharedKey=aafb192ce2da24d8c7805c956136f45dd612103f086034c402ed266355297295",
         "Passphrase=test1234", "```", "", "Never commit the output for a real network.", ""]
    return pick(["docs/wpa-psk.md", "notes/wifi/psk-derivation.md"]), J(*L)


@neg("wpa_supplicant", "conf", "ca_cert_hash")
def n_wpas_tls_nopass(S=None):
    L = wpas_head() + ["network={", '\tssid="%s"' % ssid(), "\tkey_mgmt=WPA-EAP", "\teap=TLS", '\tidentity="%s.devices.internal"' % host(),
                       '\tca_cert="hash://server/sha256/%s"' % sha256hex(), '\tclient_cert="/etc/ssl/device/cert.pem"',
                       '\tprivate_key="/etc/ssl/device/key.pem"', "}", ""]
    return pick(["etc/wpa_supplicant/eap-tls-device.conf", "fleet/wpa_supplicant.conf"]), J(*L)


@neg("hostapd", "conf", "open_network")
def n_hostapd_open(S=None):
    L = hostapd_head("wlan0", ssid() + "-Guest", chan24()) + ["bssid=%s" % mac(), "ap_isolate=1",
                                                             "# Enhanced Open, no passphrase", "wpa=2", "wpa_key_mgmt=OWE", "rsn_pairwise=CCMP",
                                                             "ieee80211w=2", ""]
    return pick(["hostapd/guest.conf", "etc/hostapd/hostapd-guest.conf"]), J(*L)


@neg("hostapd", "conf", "file_reference")
def n_hostapd_pskfile(S=None):
    L = hostapd_head("wlan0", ssid(), chan5()) + ["wpa=2", "wpa_key_mgmt=WPA-PSK", "rsn_pairwise=CCMP",
                                                 "# per-station keys are provisioned separately, never in git",
                                                 "wpa_psk_file=/etc/hostapd/hostapd.wpa_psk", "accept_mac_file=/etc/hostapd/hostapd.accept", ""]
    return pick(["hostapd/hostapd.conf", "etc/hostapd/hostapd-multi-psk.conf"]), J(*L)


@neg("hostapd", "accept", "mac_list")
def n_hostapd_accept(S=None):
    L = ["# MAC addresses allowed to associate (macaddr_acl=1)"]
    for _ in range(R.randrange(4, 10)):
        L.append("%s %s" % (mac(), "" if R.random() < 0.5 else "vlan_id=%d" % R.randrange(10, 40)))
    return pick(["etc/hostapd/hostapd.accept", "ap/accept_mac"]), J(*L)


@neg("hostapd", "log", "nonce_hexdump")
def n_wpas_debug(S=None):
    ap = mac()
    sta = mac()
    hx = lambda n: " ".join(hexs(2) for _ in range(n))
    L = ["%s wlan0: Trying to associate with %s (SSID='%s' freq=%d MHz)" % (clock(), ap, ssid(), pick([2412, 2437, 5180, 5500])),
         "%s wlan0: Associated with %s" % (clock(), ap),
         "%s WPA: RX message 1 of 4-Way Handshake from %s (ver=2)" % (clock(), ap),
         "%s RSN: msg 1/4 key data - hexdump(len=22): dd 14 00 0f ac 04 %s" % (clock(), hx(16)),
         "%s WPA: Renewed SNonce - hexdump(len=32): %s" % (clock(), hx(32)),
         "%s WPA: PMK - hexdump(len=32): [REMOVED]" % clock(),
         "%s WPA: PTK - hexdump(len=48): [REMOVED]" % clock(),
         "%s WPA: Sending EAPOL-Key 2/4" % clock(),
         "%s WPA: RX message 3 of 4-Way Handshake from %s (ver=2)" % (clock(), ap),
         "%s WPA: ANonce - hexdump(len=32): %s" % (clock(), hx(32)),
         "%s wlan0: WPA: Key negotiation completed with %s [PTK=CCMP GTK=CCMP]" % (clock(), ap),
         "%s wlan0: CTRL-EVENT-CONNECTED - Connection to %s completed [id=0 id_str=]" % (clock(), ap),
         "%s own address %s" % (clock(), sta), ""]
    return pick(["logs/wpa_supplicant-debug.log", "bugreport/wpa.log"]), J(*L)


@neg("networkmanager", "nmconnection", "agent_owned_secret")
def n_nm_agent(S=None):
    ss = ssid()
    L = nm_conn(ss, "wifi") + ["[wifi]", "mode=infrastructure", "ssid=%s" % ss, "seen-bssids=%s;" % mac(upper=True), "",
                               "[wifi-security]", "auth-alg=open", "key-mgmt=wpa-psk", "psk-flags=1", "", "[ipv4]", "method=auto", ""]
    return pick(["etc/NetworkManager/system-connections/%s.nmconnection" % ss, "dotfiles/nm/%s.nmconnection" % ss]), J(*L)


@neg("networkmanager", "nmconnection", "agent_owned_secret")
def n_nm_8021x_flags(S=None):
    L = nm_conn("eduroam", "wifi") + ["[wifi]", "mode=infrastructure", "ssid=eduroam", "", "[wifi-security]", "key-mgmt=wpa-eap", "",
                                      "[802-1x]", "eap=peap;", "identity=%s@%s.edu" % (pick(NAMES), pick(CITIES)),
                                      "anonymous-identity=anonymous@%s.edu" % pick(CITIES), "ca-cert=/etc/ssl/certs/campus-ca.pem",
                                      "domain-suffix-match=radius.%s.edu" % pick(CITIES), "password-flags=%d" % pick([1, 2]),
                                      "phase2-auth=mschapv2", "", "[ipv4]", "method=auto", ""]
    return pick(["etc/NetworkManager/system-connections/eduroam.nmconnection"]), J(*L)


@neg("networkmanager", "sh", "keyring_ref")
def n_nm_keyring(S=None):
    L = ["#!/usr/bin/env bash", "# connect using the passphrase stored in the desktop keyring", "set -euo pipefail",
         'SSID="${1:?usage: $0 SSID}"', 'PSK="$(secret-tool lookup wifi-ssid "$SSID")"',
         'nmcli --ask device wifi connect "$SSID" password "$PSK"', ""]
    return pick(["bin/wifi-join", "scripts/connect-from-keyring.sh"]), J(*L)


@neg("iwd", "open", "open_network")
def n_iwd_open(S=None):
    ss = ssid()
    L = ["[Settings]", "AutoConnect=false", "Hidden=false", "", "[IPv4]", "SendHostname=false", ""]
    return pick(["var/lib/iwd/%s.open" % ss, "iwd/%s.open" % ss]), J(*L)


@neg("iwd", "conf", "daemon_config")
def n_iwd_main(S=None):
    L = ["[General]", "EnableNetworkConfiguration=true", "AddressRandomization=network", "RoamThreshold=-70",
         "", "[Network]", "NameResolvingService=systemd", "EnableIPv6=true", "", "[Scan]", "DisablePeriodicScan=false", ""]
    return pick(["etc/iwd/main.conf", "dotfiles/iwd/main.conf"]), J(*L)


@neg("netplan", "yaml", "open_network")
def n_netplan_open(S=None):
    L = ["network:", "  version: 2", "  wifis:", "    wlan0:", "      dhcp4: true", "      match:",
         "        macaddress: \"%s\"" % mac(), "      set-name: wlan0", "      access-points:", '        "%s": {}' % (ssid() + "-Open"),
         "      nameservers:", "        addresses: [9.9.9.9, 149.112.112.112]", ""]
    return pick(["etc/netplan/60-open.yaml", "netplan/guest.yaml"]), J(*L)


@neg("esphome", "yaml", "secret_reference")
def n_esphome_secret(S=None):
    name = "%s-%s" % (pick(["kitchen", "garage", "porch"]), pick(["sensor", "relay", "plug"]))
    L = ["esphome:", "  name: %s" % name, "", "esp32:", "  board: esp32dev", "", "logger:", "", "api:", "  encryption:",
         "    key: !secret api_encryption_key", "", "ota:", "  - platform: esphome", "    password: !secret ota_password", "",
         "wifi:", "  ssid: !secret wifi_ssid", "  password: !secret wifi_password", "  manual_ip:",
         "    static_ip: %s" % ip4("192.168.1"), "    gateway: 192.168.1.1", "    subnet: 255.255.255.0", "  ap:",
         "    ssid: \"%s Fallback\"" % cap(name), "    password: !secret fallback_password", ""]
    return pick(["esphome/%s.yaml" % name, "config/esphome/%s.yaml" % name]), J(*L)


@neg("home-assistant", "yaml", "secret_reference")
def n_ha_example(S=None):
    L = ["# secrets.yaml.example - copy to secrets.yaml and fill in", "wifi_ssid: \"YourSSID\"",
         "wifi_password: \"<your-wifi-password>\"", "api_encryption_key: \"<generate at esphome.io/components/api>\"",
         "ota_password: \"\"", "fallback_password: \"\"", ""]
    return pick(["esphome/secrets.yaml.example", "config/secrets.example.yaml"]), J(*L)


@neg("esphome", "md", "documented_example")
def n_esphome_doc(S=None):
    L = ["## Wi-Fi", "", "The minimal block from the ESPHome docs:", "", "```yaml", "wifi:", "  ssid: MyHomeNetwork",
         "  password: VerySafePassword", "```", "", "In this repo we always use `!secret wifi_password` instead.", ""]
    return pick(["docs/esphome.md", "esphome/README.md"]), J(*L)


@neg("openwrt", "uci", "open_network")
def n_uci_open(S=None):
    L = uci_radio(0, "2g") + ["config wifi-iface 'guest'", "\toption device 'radio0'", "\toption network 'guest'",
                              "\toption mode 'ap'", "\toption ssid '%s-Free'" % ssid(), "\toption encryption 'owe'",
                              "\toption isolate '1'", "\toption macaddr '%s'" % mac(), ""]
    return pick(["etc/config/wireless", "files/etc/config/wireless"]), J(*L)


@neg("openwrt", "uci", "dhcp_static_hosts")
def n_uci_dhcp(S=None):
    L = ["config dnsmasq", "\toption domainneeded '1'", "\toption localise_queries '1'", "\toption local '/lan/'",
         "\toption domain 'lan'", ""]
    for _ in range(R.randrange(3, 7)):
        L += ["config host", "\toption name '%s'" % host(), "\toption mac '%s'" % mac(), "\toption ip '%s'" % ip4("192.168.1"),
              "\toption duid '0004%s'" % hexs(32), ""]
    return pick(["etc/config/dhcp", "openwrt/files/etc/config/dhcp"]), J(*L)


@neg("openwrt", "sha256sums", "firmware_digest")
def n_sha256sums(S=None):
    tgt = pick(["ath79-generic", "mediatek-filogic", "ramips-mt7621", "x86-64"])
    L = ["%s *openwrt-%s-%s-squashfs-sysupgrade.bin" % (sha256hex(), pick(["23.05.3", "23.05.5", "24.10.0"]), tgt),
         "%s *openwrt-%s-%s-initramfs-kernel.bin" % (sha256hex(), pick(["23.05.3", "24.10.0"]), tgt),
         "%s *openwrt-imagebuilder-%s.Linux-x86_64.tar.xz" % (sha256hex(), tgt),
         "%s *config.buildinfo" % sha256hex(), "%s *feeds.buildinfo" % sha256hex(), ""]
    return pick(["firmware/sha256sums", "images/sha256sums"]), J(*L)


@neg("wireguard", "conf", "public_keys")
def n_wg_postup(S=None):
    L = ["[Interface]", "Address = 10.%d.0.1/24" % R.randrange(1, 250), "ListenPort = 51820",
         "# private key lives in /etc/wireguard/privatekey (root:root 0600), not in the repo",
         "PostUp = wg set %i private-key /etc/wireguard/privatekey", ""]
    for i in range(R.randrange(2, 5)):
        L += ["[Peer]", "# %s-%s" % (pick(NAMES), pick(["laptop", "phone", "nas"])), "PublicKey = %s" % wg_public(),
              "AllowedIPs = 10.%d.0.%d/32" % (R.randrange(1, 250), i + 2), ""]
    return pick(["etc/wireguard/wg0.conf", "wireguard/server.conf"]), J(*L)


@neg("wireguard", "md", "documented_example")
def n_wg_doc(S=None):
    L = ["# WireGuard quick reference", "", "Example configuration from the `wg(8)` man page (keys are the documentation's own):", "",
         "```ini", "[Interface]", "PrivateKey = yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=", "ListenPort = 51820", "",
         "[Peer]", "PublicKey = xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=", "Endpoint = 192.95.5.67:1234",
         "AllowedIPs = 10.192.122.3/32, 10.192.124.1/24", "", "[Peer]", "PublicKey = TrMvSoP4jYQlY6RIzBgbssQqY3vxI2Pi+y71lOWWXX0=",
         "Endpoint = [2607:5300:60:6b0::c05f:543]:2468", "AllowedIPs = 10.192.122.4/32, 192.168.0.0/16", "```", "",
         "Generate your own with `wg genkey | tee privatekey | wg pubkey > publickey`.", ""]
    return pick(["docs/wireguard.md", "notes/wg-cheatsheet.md"]), J(*L)


@neg("wireguard", "txt", "wg_show_output")
def n_wg_show(S=None):
    L = ["interface: wg0", "  public key: %s" % wg_public(), "  private key: (hidden)", "  listening port: 51820", ""]
    for _ in range(R.randrange(2, 4)):
        L += ["peer: %s" % wg_public(), "  endpoint: %s:%d" % (pub_ip(), R.randrange(20000, 65000)),
              "  allowed ips: 10.8.0.%d/32" % R.randrange(2, 250), "  latest handshake: %d seconds ago" % R.randrange(5, 300),
              "  transfer: %.2f MiB received, %.2f MiB sent" % (R.uniform(1, 900), R.uniform(1, 900)), ""]
    return pick(["docs/wg-show.txt", "debug/wg-status.txt"]), J(*L)


@neg("systemd-networkd", "netdev", "file_reference")
def n_networkd_keyfile(S=None):
    L = ["[NetDev]", "Name=wg0", "Kind=wireguard", "", "[WireGuard]", "ListenPort=51820",
         "PrivateKeyFile=/etc/systemd/network/wg0.key", "", "[WireGuardPeer]", "PublicKey=%s" % wg_public(),
         "PresharedKeyFile=/etc/systemd/network/wg0-hub.psk", "AllowedIPs=10.70.0.0/24", "Endpoint=%s:51820" % pub_ip(), ""]
    return pick(["etc/systemd/network/90-wg0.netdev", "nixos/files/wg0.netdev"]), J(*L)


@neg("wireguard", "json", "public_keys")
def n_wg_peers_json(S=None):
    peers = []
    for i in range(R.randrange(3, 6)):
        peers.append('    {"name": "%s", "public_key": "%s", "allowed_ips": ["10.8.0.%d/32"], "created": "%s"}'
                     % (pick(NAMES) + "-" + pick(["phone", "laptop", "tablet"]), wg_public(), i + 2, date()))
    L = ["{", '  "interface": "wg0",', '  "server_public_key": "%s",' % wg_public(), '  "peers": [', ",\n".join(peers), "  ]", "}"]
    return pick(["vpn/peers.json", "wireguard/clients.json"]), J(*L)


@neg("mikrotik", "rsc", "hidden_sensitive_export")
def n_rsc_hidden(S=None):
    L = rsc_head() + ["/interface wireguard", "add listen-port=13231 mtu=1420 name=wg0",
                      "/interface wireguard peers", "add allowed-address=10.66.0.2/32 interface=wg0 public-key=\"%s\"" % wg_public(),
                      "add allowed-address=10.66.0.3/32 interface=wg0 public-key=\"%s\"" % wg_public(),
                      "/interface wifi security", "add authentication-types=wpa2-psk,wpa3-psk name=sec-main",
                      "/interface wifi configuration", "add country=%s name=cfg-main security=sec-main ssid=%s" % (pick(["Germany", "Latvia"]), ssid()), ""]
    return pick(["mikrotik/export-hide-sensitive.rsc", "routers/%s.rsc" % host()]), J(*L)


@neg("mikrotik", "txt", "registration_table")
def n_rsc_regtable(S=None):
    L = ["[admin@%s] > /interface wireless registration-table print" % cap(host()),
         " # INTERFACE  RADIO-NAME        MAC-ADDRESS       AP  SIGNAL-STRENGTH  TX-RATE  UPTIME"]
    for i in range(R.randrange(3, 8)):
        L.append(" %d wlan1      %-17s %s no  %ddBm@6Mbps      %dMbps  %dh%dm" % (i, rs(UPP + DIG, 12), mac(upper=True), -R.randrange(40, 85), pick([65, 130, 144, 300]), R.randrange(1, 99), R.randrange(60)))
    return pick(["docs/mikrotik/clients.txt", "troubleshooting/regtable.txt"]), J(*L)


@neg("mikrotik", "rsc", "generated_at_runtime")
def n_rsc_rotate(S=None):
    L = ["# rotate the guest passphrase every Monday, new value is mailed to reception",
         ":local newPass [:rndstr length=12 from=\"abcdefghjkmnpqrstuvwxyz23456789\"]",
         "/interface wifi security set [find name=sec-guest] passphrase=$newPass",
         "/tool e-mail send to=\"reception@%s.example\" subject=\"Guest Wi-Fi\" body=(\"New password: \" . $newPass)" % pick(CITIES),
         ":log info \"guest passphrase rotated\"", ""]
    return pick(["mikrotik/scripts/rotate-guest.rsc", "routeros/rotate.rsc"]), J(*L)


@neg("mikrotik", "txt", "serials")
def n_rsc_routerboard(S=None):
    L = ["[admin@%s] > /system routerboard print" % cap(host()), "       routerboard: yes",
         "             model: %s" % pick(["RB4011iGS+", "hAP ax^3", "RB5009UG+S+"]), "     serial-number: %s" % rs(UPP + DIG, 12),
         "     firmware-type: %s" % pick(["al2", "ipq6000", "arm64"]), "  factory-firmware: 7.%d" % R.randrange(1, 16),
         "  current-firmware: 7.%d.%d" % (R.randrange(10, 17), R.randrange(0, 4)), "", "[admin@%s] > /system license print" % cap(host()),
         "  software-id: %s-%s" % (rs(UPP + DIG, 4), rs(UPP + DIG, 4)), "        level: %d" % pick([4, 5, 6]), ""]
    return pick(["docs/inventory/routerboard.txt", "assets/%s.txt" % host()]), J(*L)


@neg("pfsense", "xml", "certificate")
def n_pf_cert(S=None):
    der = bytes([0x30, 0x82, R.randrange(3, 6), R.randrange(256), 0x30, 0x82]) + rbytes(R.choice([600, 720, 840]))
    crt = base64.b64encode(der).decode()
    L = pf_head() + ["\t<ca>", "\t\t<refid>%s</refid>" % hexs(13), "\t\t<descr><![CDATA[Internal CA]]></descr>",
                     "\t\t<trust>enabled</trust>", "\t\t<crt>%s</crt>" % crt, "\t\t<serial>%d</serial>" % R.randrange(2, 50), "\t</ca>",
                     "\t<interfaces>", "\t\t<opt2>", "\t\t\t<if>ath0_wlan1</if>", "\t\t\t<wireless>", "\t\t\t\t<mode>hostap</mode>",
                     "\t\t\t\t<ssid>%s</ssid>" % ssid(), "\t\t\t\t<channel>%d</channel>" % chan5(), "\t\t\t\t<wpa>",
                     "\t\t\t\t\t<wpa_mode>2</wpa_mode>", "\t\t\t\t\t<wpa_key_mgmt>WPA-EAP</wpa_key_mgmt>", "\t\t\t\t</wpa>",
                     "\t\t\t</wireless>", "\t\t</opt2>", "\t</interfaces>", "</pfsense>"]
    return pick(["pfsense/config-sanitized.xml", "backups/config-public.xml"]), J(*L)


@neg("windows", "xml", "dpapi_protected")
def n_win_protected(S=None):
    ss = ssid()
    return pick(["exports/Wi-Fi-%s.xml" % ss, "backup/wlan/%s.xml" % ss]), J(*wlan_profile(ss, "passPhrase", dpapi_blob(), "true"))


@neg("windows", "xml", "open_network")
def n_win_open(S=None):
    ss = ssid()
    L = ['<?xml version="1.0"?>', '<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">', "\t<name>%s</name>" % ss,
         "\t<SSIDConfig>", "\t\t<SSID>", "\t\t\t<hex>%s</hex>" % ss.encode().hex().upper(), "\t\t\t<name>%s</name>" % ss, "\t\t</SSID>",
         "\t</SSIDConfig>", "\t<connectionType>ESS</connectionType>", "\t<connectionMode>manual</connectionMode>", "\t<MSM>",
         "\t\t<security>", "\t\t\t<authEncryption>", "\t\t\t\t<authentication>open</authentication>",
         "\t\t\t\t<encryption>none</encryption>", "\t\t\t\t<useOneX>false</useOneX>", "\t\t\t</authEncryption>", "\t\t</security>",
         "\t</MSM>", "</WLANProfile>"]
    return pick(["deploy/wifi/%s-open.xml" % ss, "profiles/open/%s.xml" % ss]), J(*L)


@neg("windows", "txt", "netsh_output")
def n_win_show(S=None):
    ss = ssid()
    L = ["Profile %s on interface Wi-Fi:" % ss, "=======================================================================", "",
         "Applied: All User Profile", "", "Profile information", "-------------------", "    Version                : 1",
         "    Type                   : Wireless LAN", "    Name                   : %s" % ss, "", "Connectivity settings",
         "---------------------", "    Number of SSIDs        : 1", "    SSID name              : \"%s\"" % ss,
         "    Network type           : Infrastructure", "    Radio type             : [ Any Radio Type ]", "",
         "Security settings", "-----------------", "    Authentication         : WPA2-Personal", "    Cipher                 : CCMP",
         "    Security key           : Present", "", "Cost settings", "-------------", "    Cost                   : Unrestricted", ""]
    return pick(["docs/troubleshooting/netsh-profile.txt", "support/wlan-profile.txt"]), J(*L)


@neg("apple", "mobileconfig", "certificate")
def n_apple_tls(S=None):
    ident = "com.%s.wifi.tls" % pick(["acme", "bluepeak"])
    cert_uuid = uuid4(True)
    der = bytes([0x30, 0x82, 0x03, R.randrange(256)]) + rbytes(R.choice([420, 540]))
    inner = ["\t\t\t<key>PayloadCertificateFileName</key>", "\t\t\t<string>corp-root-ca.cer</string>", "\t\t\t<key>PayloadContent</key>",
             "\t\t\t<data>", "\t\t\t" + base64.b64encode(der).decode(), "\t\t\t</data>", "\t\t\t<key>PayloadType</key>",
             "\t\t\t<string>com.apple.security.root</string>", "\t\t\t<key>PayloadUUID</key>", "\t\t\t<string>%s</string>" % cert_uuid,
             "\t\t</dict>", "\t\t<dict>", "\t\t\t<key>EAPClientConfiguration</key>", "\t\t\t<dict>", "\t\t\t\t<key>AcceptEAPTypes</key>",
             "\t\t\t\t<array><integer>13</integer></array>", "\t\t\t\t<key>PayloadCertificateAnchorUUID</key>",
             "\t\t\t\t<array><string>%s</string></array>" % cert_uuid, "\t\t\t</dict>", "\t\t\t<key>EncryptionType</key>",
             "\t\t\t<string>WPA2</string>", "\t\t\t<key>PayloadType</key>", "\t\t\t<string>com.apple.wifi.managed</string>",
             "\t\t\t<key>SSID_STR</key>", "\t\t\t<string>%s</string>" % ssid()]
    return pick(["profiles/corp-eaptls.mobileconfig", "mdm/wifi-tls.mobileconfig"]), J(*plist_wrap(inner, ident))


@neg("apple", "mobileconfig", "open_network")
def n_apple_open(S=None):
    ident = "com.%s.wifi.guest" % pick(["acme", "bluepeak"])
    inner = ["\t\t\t<key>AutoJoin</key>", "\t\t\t<true/>", "\t\t\t<key>CaptiveBypass</key>", "\t\t\t<false/>",
             "\t\t\t<key>EncryptionType</key>", "\t\t\t<string>None</string>", "\t\t\t<key>PayloadType</key>",
             "\t\t\t<string>com.apple.wifi.managed</string>", "\t\t\t<key>PayloadUUID</key>", "\t\t\t<string>%s</string>" % uuid4(True),
             "\t\t\t<key>SSID_STR</key>", "\t\t\t<string>%s-Guest</string>" % ssid()]
    return pick(["profiles/guest.mobileconfig"]), J(*plist_wrap(inner, ident))


@neg("android", "xml", "encrypted_blob")
def n_android_encrypted(S=None):
    ss = ssid()
    L = ["<?xml version='1.0' encoding='utf-8' standalone='yes' ?>", "<WifiConfigStoreData>", '<int name="Version" value="3" />',
         "<NetworkList>", "<Network>", "<WifiConfiguration>", '<string name="ConfigKey">&quot;%s&quot;WPA_PSK</string>' % ss,
         '<string name="SSID">&quot;%s&quot;</string>' % ss, '<null name="PreSharedKey" />', "<EncryptedData>",
         '<byte-array name="EncryptedData" num="%d">%s</byte-array>' % (48, hexs(96)),
         '<byte-array name="IV" num="12">%s</byte-array>' % hexs(24), "</EncryptedData>",
         '<string name="RandomizedMacAddress">%s</string>' % mac(), "</WifiConfiguration>", "</Network>", "</NetworkList>",
         "</WifiConfigStoreData>"]
    return pick(["forensics/samples/WifiConfigStore.xml", "testdata/WifiConfigStore-v3.xml"]), J(*L)


@neg("android", "xml", "open_network")
def n_android_open(S=None):
    ss = ssid()
    L = ["<?xml version='1.0' encoding='utf-8' standalone='yes' ?>", "<WifiConfigStoreData>", '<int name="Version" value="3" />',
         "<NetworkList>", "<Network>", "<WifiConfiguration>", '<string name="ConfigKey">&quot;%s&quot;NONE</string>' % ss,
         '<string name="SSID">&quot;%s&quot;</string>' % ss, '<null name="PreSharedKey" />', '<null name="WEPKeys" />',
         '<string name="DefaultGwMacAddress">%s</string>' % mac(), '<string name="RandomizedMacAddress">%s</string>' % mac(),
         '<byte-array name="AllowedKeyMgmt" num="1">01</byte-array>', '<int name="CreatorUid" value="1000" />',
         "</WifiConfiguration>", "</Network>", "</NetworkList>", "</WifiConfigStoreData>"]
    return pick(["testdata/WifiConfigStore-open.xml", "device/overlay/WifiConfigStore.xml"]), J(*L)


@neg("unifi", "json", "object_ids")
def n_unifi_devices(S=None):
    items = []
    for _ in range(R.randrange(2, 5)):
        items.append('    {"_id": "%s", "mac": "%s", "model": "%s", "serial": "%s", "version": "6.%d.%d.%d", "site_id": "%s", "adopted": true}'
                     % (objid(), mac(), pick(["U6LR", "UAL6", "U7PG2", "UKPW"]), rs(UPP + DIG, 12), R.randrange(0, 7), R.randrange(0, 40), R.randrange(10000, 16000), objid()))
    L = ["{", '  "meta": {"rc": "ok"},', '  "data": [', ",\n".join(items), "  ]", "}"]
    return pick(["unifi/devices.json", "exports/unifi-devices.json"]), J(*L)


@neg("ansible", "yml", "vault_ciphertext")
def n_ansible_vault(S=None):
    lines = [hexs(80) for _ in range(R.randrange(5, 9))]
    L = ["$ANSIBLE_VAULT;1.1;AES256"] + lines
    return pick(["group_vars/access_points/vault.yml", "inventory/group_vars/all/vault.yml"]), J(*L)


@neg("ansible", "yml", "vault_ciphertext")
def n_ansible_inline_vault(S=None):
    L = ["---", "wifi_ssid: \"%s\"" % ssid(), "wifi_psk: !vault |", "  $ANSIBLE_VAULT;1.1;AES256"]
    L += ["  " + hexs(80) for _ in range(R.randrange(4, 7))]
    L += ["wifi_country: %s" % country(), ""]
    return pick(["group_vars/all/wifi.yml", "host_vars/%s.yml" % host()]), J(*L)


@neg("ansible", "yml", "lookup_reference")
def n_ansible_lookup(S=None):
    L = ["---", "wifi_ssid: \"%s\"" % ssid(), "wifi_psk: \"{{ lookup('community.general.onepassword', 'Home Wi-Fi', field='password') }}\"",
         "ppp_password: \"{{ lookup('ansible.builtin.env', 'PPP_PASSWORD') }}\"",
         "wireguard_private_key: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/wg/%s:private_key') }}\"" % host(), ""]
    return pick(["group_vars/routers.yml", "inventory/group_vars/all/secrets-refs.yml"]), J(*L)


@neg("unifi", "tf", "variable_reference")
def n_tf_var(S=None):
    L = ['variable "wifi_passphrase" {', '  type      = string', '  sensitive = true', '}', '',
         'resource "unifi_wlan" "main" {', '  name       = "%s"' % ssid(), '  passphrase = var.wifi_passphrase',
         '  security   = "wpapsk"', '}', '']
    return pick(["terraform/unifi/wlan.tf", "infra/wifi/main.tf"]), J(*L)


@neg("mikrotik", "tf", "public_keys")
def n_tf_wg_peer(S=None):
    L = ['resource "routeros_interface_wireguard_peer" "%s" {' % pick(NAMES), '  interface       = "wg0"',
         '  public_key      = "%s"' % wg_public(), '  allowed_address = ["10.66.0.%d/32"]' % R.randrange(2, 250),
         '  comment         = "%s laptop"' % cap(pick(NAMES)), '}', '']
    return pick(["terraform/mikrotik/peers.tf", "routeros/wg_peers.tf"]), J(*L)


@neg("arduino", "ino", "include_reference")
def n_arduino_secrets(S=None):
    L = ["#include <WiFiNINA.h>", '#include "arduino_secrets.h"', "", "char ssid[] = SECRET_SSID;", "char pass[] = SECRET_PASS;",
         "int status = WL_IDLE_STATUS;", "", "void setup() {", "  Serial.begin(9600);", "  while (status != WL_CONNECTED) {",
         "    status = WiFi.begin(ssid, pass);", "    delay(10000);", "  }", "}", "", "void loop() {}", ""]
    n = pick(["WiFiWebClient", "nano_iot_logger"])
    return "%s/%s.ino" % (n, n), J(*L)


@neg("arduino", "h", "empty_template")
def n_arduino_secrets_h(S=None):
    return pick(["arduino_secrets.h", "sketch/arduino_secrets.h"]), J('#define SECRET_SSID ""', '#define SECRET_PASS ""', "")


@neg("esp-idf", "projbuild", "documented_example")
def n_kconfig(S=None):
    L = ['menu "Example Configuration"', "", "    config ESP_WIFI_SSID", '        string "WiFi SSID"', '        default "myssid"',
         "        help", "            SSID (network name) for the example to connect to.", "", "    config ESP_WIFI_PASSWORD",
         '        string "WiFi Password"', '        default "mypassword"', "        help",
         "            WiFi password (WPA or WPA2) for the example to use.", "", "endmenu", ""]
    return pick(["main/Kconfig.projbuild", "components/net/Kconfig.projbuild"]), J(*L)


@neg("esp-idf", "json", "firmware_digest")
def n_fw_manifest(S=None):
    L = ["{", '  "name": "%s firmware",' % cap(pick(WORDS)), '  "version": "%d.%d.%d",' % (R.randrange(0, 4), R.randrange(0, 20), R.randrange(0, 30)),
         '  "builds": [', "    {", '      "chipFamily": "ESP32",', '      "parts": [{"path": "firmware.bin", "offset": 0}],',
         '      "sha256": "%s",' % sha256hex(), '      "md5": "%s"' % hexs(32), "    }", "  ],",
         '  "git_commit": "%s"' % hexs(40), "}"]
    return pick(["web-installer/manifest.json", "release/manifest.json"]), J(*L)


@neg("cloud-init", "yaml", "ssh_public_key")
def n_cloudinit_ssh(S=None):
    L = ["#cloud-config", "hostname: %s" % host(), "users:", "  - name: %s" % pick(NAMES), "    groups: [sudo, netdev]",
         "    shell: /bin/bash", "    lock_passwd: true", "    ssh_authorized_keys:", "      - %s" % ssh_pub(),
         "ssh_pwauth: false", "timezone: Europe/%s" % pick(["Berlin", "Oslo"]), ""]
    return pick(["cloud-init/user-data", "boot/user-data"]), J(*L)


@neg("raspberrypi", "sh", "ssh_public_key")
def n_rpi_firstrun_ssh(S=None):
    L = ["#!/bin/bash", "set +e", "if [ -f /usr/lib/raspberrypi-sys-mods/imager_custom ]; then",
         "   /usr/lib/raspberrypi-sys-mods/imager_custom set_hostname %s" % host(),
         "   /usr/lib/raspberrypi-sys-mods/imager_custom enable_ssh -k '%s'" % ssh_pub(), "fi",
         "rm -f /boot/firstrun.sh", "exit 0", ""]
    return pick(["boot/firstrun.sh", "image/firstrun.sh"]), J(*L)


@neg("freeradius", "conf", "documented_example")
def n_fr_env(S=None):
    L = ["# clients.conf", "client localhost {", "\tipaddr = 127.0.0.1", "\t# default shipped secret, only reachable from loopback",
         "\tsecret = testing123", "}", "", "client aps {", "\tipaddr = 10.10.30.0/24", "\tsecret = $ENV{RADIUS_CLIENT_SECRET}", "}", ""]
    return pick(["raddb/clients.conf", "freeradius/clients.conf"]), J(*L)


@neg("freeradius", "txt", "certificate_fingerprint")
def n_fr_fingerprint(S=None):
    srv = "radius." + pick(CITIES) + ".edu"
    L = ["RADIUS server certificate for %s" % srv, "",
         "Subject: CN=%s" % srv, "Issuer:  CN=%s Root CA" % cap(pick(CITIES)),
         "Valid:   %s .. %s" % (date(), date()), "SHA1 Fingerprint=%s" % colon_fp(20), "SHA256 Fingerprint=%s" % colon_fp(32), "",
         "Users should verify this fingerprint when their device asks to trust the server.", ""]
    return pick(["docs/eduroam/server-cert.txt", "wiki/radius-fingerprint.txt"]), J(*L)


@neg("homelab-docs", "csv", "channel_plan")
def n_channel_plan(S=None):
    L = ["ap_name,location,bssid_2g,bssid_5g,channel_2g,channel_5g,width_5g,tx_power_dbm,country"]
    for _ in range(R.randrange(4, 9)):
        L.append("%s,%s,%s,%s,%d,%d,%d,%d,%s" % (host(), pick(["lobby", "floor1", "floor2", "warehouse", "attic"]), mac(), mac(),
                                                 chan24(), chan5(), pick([20, 40, 80]), R.randrange(10, 23), country()))
    return pick(["docs/channel-plan.csv", "network/ap-plan.csv"]), J(*L)


@neg("homelab-docs", "csv", "scan_results")
def n_airodump(S=None):
    L = ["BSSID, First time seen, Last time seen, channel, Speed, Privacy, Cipher, Authentication, Power, # beacons, # IV, LAN IP, ID-length, ESSID, Key"]
    for _ in range(R.randrange(4, 9)):
        s = ssid()
        L.append("%s, %s %s, %s %s, %2d, %d, WPA2, CCMP, PSK, %d, %d, 0, 0.0.0.0, %d, %s, " % (
            mac(upper=True), date(), clock(), date(), clock(), pick([1, 6, 11, 36, 44]), pick([54, 130, 270]), -R.randrange(30, 90),
            R.randrange(10, 900), len(s), s))
    return pick(["survey/site-survey-01.csv", "captures/scan.csv"]), J(*L)


@neg("homelab-docs", "txt", "scan_results")
def n_iw_scan(S=None):
    L = []
    for _ in range(R.randrange(2, 4)):
        L += ["BSS %s(on wlan0)" % mac(), "\tTSF: %d usec" % R.randrange(10 ** 9, 10 ** 11), "\tfreq: %d" % pick([2412, 2437, 5180, 5240]),
              "\tbeacon interval: 100 TUs", "\tsignal: -%d.00 dBm" % R.randrange(30, 90), "\tSSID: %s" % ssid(),
              "\tRSN:\t * Version: 1", "\t\t * Group cipher: CCMP", "\t\t * Pairwise ciphers: CCMP",
              "\t\t * Authentication suites: PSK SAE", "\t\t * Capabilities: 16-PTKSA-RC 1-GTKSA-RC MFP-capable (0x008c)", ""]
    return pick(["docs/iw-scan.txt", "debug/scan-%s.txt" % date()]), J(*L)


@neg("homelab-docs", "txt", "regulatory")
def n_iw_reg(S=None):
    c = country()
    L = ["global", "country %s: DFS-ETSI" % c, "\t(2400 - 2483 @ 40), (N/A, 20), (N/A)", "\t(5150 - 5250 @ 80), (N/A, 23), (N/A), NO-OUTDOOR, AUTO-BW",
         "\t(5250 - 5350 @ 80), (N/A, 20), (0 ms), NO-OUTDOOR, DFS, AUTO-BW", "\t(5470 - 5725 @ 160), (N/A, 26), (0 ms), DFS",
         "\t(5725 - 5875 @ 80), (N/A, 13), (N/A)", "\t(57000 - 66000 @ 2160), (N/A, 40), (N/A)", ""]
    return pick(["docs/regdomain.txt", "notes/iw-reg-%s.txt" % c.lower()]), J(*L)


@neg("wpa_supplicant", "txt", "status_output")
def n_wpa_cli_status(S=None):
    L = ["$ wpa_cli -i wlan0 status", "bssid=%s" % mac(), "freq=%d" % pick([2437, 5180, 5745]), "ssid=%s" % ssid(), "id=0",
         "mode=station", "wifi_generation=%d" % pick([4, 5, 6]), "pairwise_cipher=CCMP", "group_cipher=CCMP", "key_mgmt=WPA2-PSK",
         "wpa_state=COMPLETED", "ip_address=%s" % ip4(), "p2p_device_address=%s" % mac(), "address=%s" % mac(),
         "uuid=%s" % uuid4(), ""]
    return pick(["docs/debug/wpa_cli-status.txt", "support/status.txt"]), J(*L)


@neg("hostapd", "txt", "status_output")
def n_hostapd_cli(S=None):
    L = ["$ hostapd_cli all_sta"]
    for _ in range(R.randrange(1, 4)):
        L += [mac(), "flags=[AUTH][ASSOC][AUTHORIZED][WMM][HT]", "aid=%d" % R.randrange(1, 30), "capability=0x1431",
              "listen_interval=%d" % pick([1, 10]), "supported_rates=82 84 8b 96 0c 12 18 24",
              "dot11RSNAStatsSTAAddress=%s" % mac(), "dot11RSNAStatsSelectedPairwiseCipher=00-0f-ac-4",
              "rx_bytes=%d" % R.randrange(10 ** 4, 10 ** 9), "tx_bytes=%d" % R.randrange(10 ** 4, 10 ** 9),
              "connected_time=%d" % R.randrange(10, 90000)]
    return pick(["docs/hostapd-stations.txt", "logs/all_sta.txt"]), J(*L) 


@neg("dnsmasq", "leases", "dhcp_leases")
def n_leases(S=None):
    L = []
    for _ in range(R.randrange(3, 8)):
        m = mac()
        L.append("%d %s %s %s 01:%s" % (R.randrange(1700000000, 1760000000), m, ip4("192.168.1"), host(), m))
    return pick(["var/lib/misc/dnsmasq.leases", "debug/dhcp.leases"]), J(*L)


@neg("homelab-docs", "sh", "secret_manager_reference")
def n_op_refs(S=None):
    L = ["#!/usr/bin/env bash", "# render router configs with secrets pulled at deploy time", "set -euo pipefail",
         'export WIFI_PSK="$(op read "op://HomeLab/Wi-Fi Main/password")"',
         'export PPP_PASSWORD="$(vault kv get -field=password secret/network/pppoe)"',
         'export WG_PRIVATE_KEY="$(sops -d --extract \'["wg"]["private_key"]\' secrets/%s.yaml)"' % host(),
         "envsubst < templates/wireless.tmpl > build/wireless", ""]
    return pick(["scripts/render.sh", "deploy/render-configs.sh"]), J(*L)


@neg("openwrt", "tmpl", "template_expression")
def n_uci_template(S=None):
    L = ["config wifi-iface 'default_radio0'", "\toption device 'radio0'", "\toption network 'lan'", "\toption mode 'ap'",
         "\toption ssid '{{ wifi_ssid }}'", "\toption encryption 'psk2'", "\toption key '{{ wifi_psk }}'", "",
         "{% for vap in extra_vaps %}", "config wifi-iface '{{ vap.name }}'", "\toption ssid '{{ vap.ssid }}'",
         "\toption key '{{ vap.psk | default(omit) }}'", "{% endfor %}", ""]
    return pick(["roles/openwrt/templates/wireless.j2", "templates/wireless.tmpl"]), J(*L)


@neg("netplan", "yaml", "template_expression")
def n_netplan_template(S=None):
    L = ["network:", "  version: 2", "  wifis:", "    wlan0:", "      dhcp4: true", "      access-points:",
         '        "{{ wifi_ssid }}":', '          password: "{{ wifi_psk }}"', ""]
    return pick(["roles/netplan/templates/60-wifi.yaml.j2"]), J(*L)


@neg("wifi-qr", "md", "placeholder")
def n_qr_doc(S=None):
    L = ["## Wi-Fi QR codes", "", "Android and iOS understand the payload format:", "", "```",
         "WIFI:T:WPA;S:<ssid>;P:<passphrase>;;", "```", "", "Special characters `\\ ; , \" :` in SSID or passphrase must be escaped.",
         "Our print script reads the passphrase from `$GUEST_PSK` at runtime.", ""]
    return pick(["docs/qr-codes.md", "frontdesk/README.md"]), J(*L)


@neg("balena", "env", "placeholder")
def n_env_example(S=None):
    L = ["# copy to .env and fill in", "TZ=Europe/Berlin", "WIFI_SSID=", "WIFI_PASSWORD=", "PORTAL_PASSPHRASE=<at-least-8-chars>", "MQTT_HOST=192.168.1.10", ""]
    return pick([".env.example", "deploy/.env.sample"]), J(*L)


@neg("homelab-docs", "md", "ssids_and_macs")
def n_md_network(S=None):
    ss = ssid()
    L = ["# Network overview", "", "| SSID | BSSID | Channel | Security |", "|------|-------|---------|----------|"]
    for _ in range(R.randrange(3, 6)):
        L.append("| %s | `%s` | %d | %s |" % (pick([ss, ss + "-IoT", ss + "-Guest"]), mac(), pick([1, 6, 11, 36, 100]), pick(["WPA2-PSK", "WPA3-SAE", "OWE", "WPA2-Enterprise"])))
    L += ["", "Passphrases are in the family password manager (entry \"Wi-Fi\").", ""]
    return pick(["docs/wifi.md", "README.md"]), J(*L)


@neg("omada", "json", "object_ids")
def n_omada_ap(S=None):
    items = []
    for _ in range(R.randrange(2, 5)):
        items.append('    {"mac": "%s", "name": "%s", "model": "%s", "sn": "%s", "firmwareVersion": "1.%d.%d Build %s", "siteId": "%s"}'
                     % (mac("-", True), host(), pick(["EAP650", "EAP245", "EAP670"]), rs(UPP + DIG, 13), R.randrange(0, 3), R.randrange(0, 9),
                        date().replace("-", ""), objid()))
    L = ["{", '  "errorCode": 0,', '  "result": {', '    "data": [', ",\n".join(items), "    ]", "  }", "}"]
    return pick(["omada/devices.json", "exports/omada-aps.json"]), J(*L)


@neg("windows", "bat", "variable_reference")
def n_bat_var(S=None):
    L = ["@echo off", "REM key is taken from the environment of the build agent", "if \"%HOTSPOT_KEY%\"==\"\" (echo HOTSPOT_KEY not set & exit /b 1)",
         "netsh wlan set hostednetwork mode=allow ssid=%s key=%%HOTSPOT_KEY%%" % ssid(), "netsh wlan start hostednetwork", ""]
    return pick(["tools/start-hotspot.bat"]), "\r\n".join(L)


@neg("homelab-docs", "log", "uuid_and_hashes")
def n_deploy_log(S=None):
    L = []
    for _ in range(R.randrange(5, 10)):
        L.append("%s %s INFO deploy id=%s host=%s config_sha256=%s changed=%s" % (
            date(), clock(), uuid4(), host(), sha256hex(), pick(["true", "false"])))
    return pick(["logs/deploy.log", "ansible/logs/apply-%s.log" % date()]), J(*L)


# ---------------------------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------------------------
N_POS = 500
N_NEG = 500
ENV_OK = (".env.example", ".env.sample", ".env.template", ".env.dist")


def is_env_name(rel):
    base = rel.rsplit("/", 1)[-1]
    return base == ".env" or (base.startswith(".env.") and base not in ENV_OK)


def cycle(items, n):
    out = []
    while len(out) < n:
        chunk = list(items)
        R.shuffle(chunk)
        out += chunk
    return out[:n]


def write(outdir, rel, text):
    assert not rel.startswith("/") and ".." not in rel.split("/"), rel
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    return path


def main(argv):
    global R
    if len(argv) != 3:
        sys.stderr.write("usage: gen_hw.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], argv[2]
    R = random.Random(int(seed) if seed.lstrip("-").isdigit() else seed)
    manifest, secrets = [], []

    env_pos = 0
    for i, t in enumerate(cycle(POS, N_POS)):
        S = Slot("pos", t["ctx"])
        rel, text = t["fn"](S)
        assert S.n == 1 and S.value, t["name"]
        needle = S.value
        idx = text.find(needle)
        assert idx >= 0, (t["name"], needle)
        line = text.count("\n", 0, idx) + 1
        if is_env_name(rel):
            env_pos += 1
        frel = "pos/p%04d/%s" % (i, rel)
        path = write(outdir, frel, text)
        with open(path, encoding="utf-8", newline="") as f:
            back = f.read().split("\n")
        assert needle in back[line - 1], (frel, needle, line)
        manifest.append({"file": frel, "label": "pos", "provider": t["provider"], "kind": S.kind, "filetype": t["ft"]})
        secrets.append({"file": frel, "needle": needle, "line": line})
    assert env_pos * 20 <= N_POS, env_pos

    half = N_NEG // 2
    specs = [("slot", t) for t in cycle(POS, half)] + [("look", t) for t in cycle(NEG, N_NEG - half)]
    R.shuffle(specs)
    for i, (mode, t) in enumerate(specs):
        if mode == "slot":
            S = Slot("neg", t["ctx"], pick(FILLER_CATS))
            rel, text = t["fn"](S)
            assert S.n == 1, t["name"]
            kind = "%s:%s" % (S.kind, S.cat)
        else:
            rel, text = t["fn"]()
            kind = t["kind"]
        if is_env_name(rel):
            rel = rel + ".example" if rel.endswith("/.env") or rel == ".env" else rel.rsplit("/", 1)[0] + "/.env.example"
        assert not is_env_name(rel), rel
        frel = "neg/n%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "neg", "provider": t["provider"], "kind": kind, "filetype": t["ft"]})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
