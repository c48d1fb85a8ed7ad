#!/usr/bin/env python3
"""gen_nr.py - blind evaluation-set generator "nr": Wi-Fi, enterprise network access, NAC.

EMPHASIS
    Credentials that live in Wi-Fi / 802.1X / RADIUS / NAC configuration and tooling:
    Windows WLAN profile XML exported with key=clear (<keyMaterial>), Android
    WifiConfigStore.xml (PreSharedKey, WifiEnterpriseConfiguration Password), Android app code
    (WifiNetworkSuggestion / WifiConfiguration), Apple .mobileconfig Wi-Fi payloads (PSK and
    EAP UserPassword), wpa_supplicant.conf (psk, raw 64-hex PMK, eap password, NT-hash password,
    private_key_passwd), NetworkManager .nmconnection keyfiles and nmcli scripts, netplan wifi
    and 802.1X, iwd .psk files, hostapd (wpa_passphrase, wpa_psk_file, RADIUS shared secret),
    FreeRADIUS clients.conf / users / mods (ldap, sql), radsecproxy (eduroam), OpenWrt UCI
    wireless, MikroTik RouterOS scripts, Cisco IOS-XE / WLC RADIUS and TACACS+ keys (type 0
    and reversible type 7), tac_plus.conf, Cisco ISE ansible, Aruba Instant/AOS config,
    ClearPass / Aruba Central API clients, Meraki Dashboard API keys (40 hex) and SSID PSK
    payloads, UniFi controller logins and UniFi API keys, Terraform unifi provider, Omada
    OpenAPI client secrets, Ruckus SmartZone scripts, `WIFI:T:WPA;S:..;P:..;;` QR strings in
    Python/JS/Markdown, Arduino/ESP32/ESP8266 sketches, PlatformIO secrets.h, MicroPython,
    ESPHome and Home Assistant secrets.yaml, Raspberry Pi boot-partition wpa_supplicant.conf
    and cloud-init network-config, captive portal / guest Wi-Fi configs, Kubernetes Secrets
    (base64), docker-compose, ansible group_vars, onboarding Markdown.
    File types: xml, mobileconfig, conf, nmconnection, yaml, ini-ish, py, js, kt, java, ino, h,
    cpp, sh, ps1, md, json, tf, rsc, cfg, txt, csv.

USAGE
    python3 -B gen_nr.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic for a given SEED
    (random.Random(SEED) only; no time, no str hash()).

NEEDLE CONVENTIONS
    * The needle is the secret exactly as it appears in the file, without surrounding quotes.
    * For a WPA passphrase the needle is the passphrase; for a raw PSK/PMK the 64 hex digits.
    * Cisco "key 7 <x>" / "password 7 <x>": the needle is the type-7 string (reversible
      obfuscation, so still a leak).  Kubernetes Secret data: the needle is the base64 text.
    * wpa_supplicant `password=hash:<32hex>`: the needle is the 32 hex digits (NT hash).
    * In a WIFI: QR string the needle is the P: value only.
    * line is the 1-based line of the needle's first occurrence (each needle occurs once).

NEGATIVES
    About half re-use positive templates with the credential replaced by a non-secret:
    placeholders (<YOUR_WIFI_PASSWORD>, REPLACE_ME, changeme), variable references
    (${WIFI_PSK}, {{ vault_radius_secret }}, %WIFI_PASS%, $(cat ...)), masked values
    (********), empty values, and the documented FreeRADIUS default `testing123` for RADIUS
    secrets.  The other half are domain look-alikes: Windows profiles with
    <protected>true</protected> and a DPAPI blob, Android WifiConfigStore v3 with
    Keystore-encrypted credentials, EAP-TLS-only profiles (certificates, key paths, no
    passphrase), CA certificates (PEM / base64 PayloadContent), certificate SHA-1/SHA-256
    fingerprints incl. wpa_supplicant `ca_cert="hash://server/sha256/..."`, BSSIDs/MACs and scan
    output, Meraki/UniFi inventory JSON (serials, network ids, Mongo ObjectIds, cfgversion),
    open networks and nopass QR codes, NetworkManager agent-owned secrets (psk-flags=1),
    FreeRADIUS users with one-way hashes (SSHA2-512-Password, Crypt-Password $6$), ansible-vault
    encrypted blobs, firmware sha256 manifests, RADIUS accounting detail logs, stock
    clients.conf with testing123.

    Decisions:
    * 64-hex WPA PMK (wpa_supplicant psk=, iwd PreSharedKey=, WifiConfigStore, keyType
      networkKey) is POSITIVE: the PMK authenticates exactly like the passphrase.  Generated as
      the real PBKDF2-HMAC-SHA1(passphrase, ssid, 4096, 32).
    * wpa_supplicant `password=hash:<NtPasswordHash>` is POSITIVE: for MSCHAPv2 (PEAP/TTLS) the
      NT hash is password-equivalent (pass-the-hash), so it is a leak.
    * FreeRADIUS SSHA2-512-Password / Crypt-Password ($6$) values are NEGATIVE: one-way salted
      hashes that cannot be replayed.  (NT-Password in `users` is not used anywhere, because it
      would be positive by the same reasoning as hash: above.)
    * DPAPI-protected keyMaterial and Android Keystore-encrypted data are NEGATIVE (the key is
      machine/hardware bound).  ansible-vault ciphertext is NEGATIVE.
    * Cisco type 7 is POSITIVE (trivially reversible); no type 6/8/9 values are used.
    * testing123 is NEGATIVE only as the RADIUS shared secret (FreeRADIUS documented default).

FORMATS CHECKED
    * Android WifiConfigStore.xml fields (ConfigKey, SSID, PreSharedKey quoted or 64 hex,
      Version 3 encrypts credentials): digital-forensics.it write-up found via the search tool's
      pages corpus; AOSP migration README (Shared_WifiConfigStore.xml path).
    * UniFi official API uses an API key header (X-API-KEY) created under Settings > Control
      Plane > Integrations / unifi.ui.com API Keys: help.ui.com "Getting Started with the
      Official UniFi API" and artofwifi.net pages (docs corpus).
    * WPA PMK = PBKDF2-HMAC-SHA1(passphrase, SSID, 4096 iterations, 32 bytes) (IEEE 802.11i,
      python hashlib); WPA passphrase 8..63 printable ASCII.
    * Cisco type 7 algorithm (public, well known XOR table) implemented from memory.
    * Meraki Dashboard API key = 40 lowercase hex, header X-Cisco-Meraki-API-Key or
      Authorization: Bearer; python SDK meraki.DashboardAPI(api_key=...) - own knowledge.
    * Windows WLAN profile schema (WLANProfile v1, sharedKey keyType passPhrase/networkKey,
      protected, DPAPI blob header 01000000D08C9DDF0115D1118C7A00C04FC297EB) - own knowledge.

DOUBTS
    * UniFi API key exact shape is guessed (32 chars of [A-Za-z0-9_-]); Omada OpenAPI
      client_id/client_secret guessed as 32 lowercase hex; ClearPass API client secret guessed
      as 44 alphanumerics; Aruba Central client secret guessed as 32 alphanumerics.
    * NT hashes are random 32 hex (shape only, MD4 not computed).
    * Raspberry Pi Imager firstrun.sh `imager_custom set_wlan SSID <psk> CC`: from memory the
      imager passes the PBKDF2-derived 64-hex PSK; half the files use the passphrase instead.
    * radsecproxy `secret radsec` toward the eduroam FLR is the conventional fixed RadSec
      secret (RFC 6614) and is not treated as a credential; the labelled secret is the UDP
      client one.
    * Android WifiConfigStore v3 EncryptedData layout is approximated.
    * No scanner rules or scanner source were read; the searches above returned only product
      documentation / forensic write-ups, nothing from secret-scanner rule sets was seen.
"""
import base64
import hashlib
import json
import os
import random
import sys
import uuid as _uuid

# --------------------------------------------------------------------------- word lists
WORDS = """amber anchor apple arrow aspen autumn badger bamboo banjo basil beacon birch biscuit
blossom bramble breeze bronze bubble butter cactus canyon caramel carbon cedar cherry chestnut
cinder citrus clover cobalt comet copper coral cosmos cotton coyote crimson crystal daisy
dolphin dragon dune eagle ember falcon fennel ferret fjord flamingo forest fossil fox galaxy
garnet ginger glacier granite harbor hazel heron hickory honey horizon indigo island ivory jade
jasmine juniper kayak kestrel koala lagoon lantern lemon lilac lotus lynx magnet mango maple
marble meadow melon meteor mint monsoon moose mosaic nectar nimbus nutmeg oasis ocean olive
onyx orbit orchid otter owl panda papaya pebble pepper pine pixel plum polar poppy prairie
puffin quartz quill rabbit raven reef river robin ruby saffron salmon sapphire sequoia shadow
sierra silver sparrow spruce squirrel storm summit sunset tango thistle thunder tiger topaz
tulip tundra turtle velvet violet walnut walrus willow wombat zephyr""".split()
CITIES = "berlin lisbon oslo denver austin tokyo dublin porto lyon zurich seattle boston".split()
SYMS = "!@#%*-_+=.?"
SAFE_SYMS = "-_.!"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
ORGS = ["acme-logistics", "northwind", "contoso", "fabrikam", "globex", "initech", "umbrella-labs",
        "riverside-clinic", "stjames-school", "harborview", "bluepeak", "lakeside-uni", "vandelay",
        "hooli", "piedmont-hotels", "oakridge-dental", "sunrise-coworking", "metro-library"]


def rs(rng, n, alpha=ALNUM):
    return "".join(rng.choice(alpha) for _ in range(n))


def hexs(rng, n, upper=False):
    s = rs(rng, n, HEX)
    return s.upper() if upper else s


def mac(rng, sep=":", upper=False):
    b = [rng.randrange(256) for _ in range(6)]
    b[0] &= 0xFC
    s = sep.join("%02x" % x for x in b)
    return s.upper() if upper else s


def uid(rng, upper=False):
    u = str(_uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def ip(rng, net=None):
    if net is None:
        net = rng.choice(["10.%d.%d" % (rng.randrange(256), rng.randrange(256)),
                          "172.%d.%d" % (rng.randint(16, 31), rng.randrange(256)),
                          "192.168.%d" % rng.randrange(256)])
    return "%s.%d" % (net, rng.randint(2, 250))


def org(rng):
    return rng.choice(ORGS)


def domain(rng):
    return org(rng).replace("-", "") + rng.choice([".com", ".org", ".net", ".edu", ".io", ".co.uk", ".de"])


def ssid(rng):
    p = rng.random()
    o = org(rng).split("-")[0].capitalize()
    if p < 0.25:
        return o + rng.choice(["-Corp", "-Staff", "_Secure", "-WLAN", "-Office", "-IoT", "-5G"])
    if p < 0.45:
        return rng.choice(["HomeNet", "TheShire", "Skynet", "PrettyFlyForAWiFi", "FBI-Van",
                           "Casa", "Linksys", "NETGEAR", "TP-Link_", "FRITZ!Box 7590 "]) + \
            (str(rng.randint(10, 99)) if rng.random() < 0.6 else "")
    if p < 0.6:
        return rng.choice(WORDS).capitalize() + rng.choice(["", "-", "_"]) + rng.choice(["Home", "Wifi", "5G", "Net", "Lab"])
    if p < 0.75:
        return o + rng.choice([" Guest", "-Guest", "_Visitors", "-Devices", "-Lab", "-Warehouse"])
    return rng.choice(["eduroam", "CorpNet", "WLAN-%s" % hexs(rng, 4, True), "Office-%d" % rng.randint(1, 9),
                       "Vodafone-%s" % hexs(rng, 4, True), "BTHub6-%s" % rs(rng, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ"),
                       "Warehouse-%d" % rng.randint(1, 4)])


def cap(rng, w):
    return w.capitalize() if rng.random() < 0.6 else w


# --------------------------------------------------------------------------- secrets
def human_pw(rng, safe=False):
    sy = SAFE_SYMS if safe else SYMS
    w1, w2 = rng.choice(WORDS), rng.choice(WORDS)
    p = rng.randrange(7)
    if p == 0:
        s = cap(rng, w1) + cap(rng, w2) + str(rng.randint(10, 9999)) + rng.choice(sy)
    elif p == 1:
        s = cap(rng, w1) + rng.choice(sy) + str(rng.randint(1970, 2025)) + rng.choice(sy)
    elif p == 2:
        s = cap(rng, w1) + rng.choice(CITIES).capitalize() + rng.choice(sy) + str(rng.randint(1, 99))
    elif p == 3:
        t = {"a": "@", "e": "3", "o": "0", "i": "1", "s": "$"} if not safe else {"a": "4", "e": "3", "o": "0", "i": "1"}
        s = "".join(t.get(ch, ch) if rng.random() < 0.5 else ch for ch in cap(rng, w1 + w2)) + str(rng.randint(1, 999))
    elif p == 4:
        s = cap(rng, w1) + str(rng.randint(100, 99999)) + cap(rng, w2) + rng.choice(sy)
    elif p == 5:
        s = rng.choice(sy) + cap(rng, w1) + cap(rng, w2) + str(rng.randint(10, 99))
    else:
        s = cap(rng, w1) + "_" + cap(rng, w2) + "_" + str(rng.randint(1, 9999))
    while len(s) < 8:
        s += str(rng.randint(0, 9))
    return s


def gen_pw(rng, lo=16, hi=32, safe=False):
    alpha = ALNUM + (SAFE_SYMS if safe else SYMS)
    n = rng.randint(lo, hi)
    while True:
        s = rs(rng, n, alpha)
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s):
            return s


def passphrase(rng, safe=False):
    n = rng.randint(3, 5)
    sep = rng.choice(["-", ".", "_", " ", ""]) if not safe else rng.choice(["-", ".", "_", ""])
    ws = [rng.choice(WORDS) for _ in range(n)]
    if sep == "":
        ws = [w.capitalize() for w in ws]
    s = sep.join(ws)
    if rng.random() < 0.5:
        s += (sep or "") + str(rng.randint(1, 99))
    return s[:63]


def wpa_psk(rng, safe=False):
    p = rng.random()
    if p < 0.4:
        s = human_pw(rng, safe)
    elif p < 0.7:
        s = passphrase(rng, safe)
    elif p < 0.85:
        s = gen_pw(rng, 12, 24, safe)
    else:  # ISP sticker style
        s = rs(rng, rng.choice([10, 12, 16]), "abcdefghjkmnpqrstuvwxyz23456789" if rng.random() < .5 else "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    return s[:63]


def account_pw(rng, safe=False):
    return human_pw(rng, safe) if rng.random() < 0.55 else gen_pw(rng, 14, 28, safe)


def radius_secret(rng, safe=True):
    p = rng.random()
    if p < 0.55:
        return gen_pw(rng, 16, 32, safe)
    if p < 0.8:
        return human_pw(rng, safe)
    return rs(rng, rng.randint(20, 40))


def pmk(passp, ss):
    return hashlib.pbkdf2_hmac("sha1", passp.encode(), ss.encode(), 4096, 32).hex()


CISCO7 = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87"


def cisco7(rng, plain):
    seed = rng.randint(0, 15)
    out = "%02d" % seed
    for i, ch in enumerate(plain):
        out += "%02X" % (ord(ch) ^ ord(CISCO7[(seed + i) % len(CISCO7)]))
    return out


def meraki_key(rng):
    return hexs(rng, 40)


def unifi_key(rng):
    return rs(rng, 32, ALNUM + "-_")


def b64(s):
    return base64.b64encode(s.encode()).decode()


def dpapi_blob(rng):
    return "01000000D08C9DDF0115D1118C7A00C04FC297EB01000000" + hexs(rng, rng.choice([436, 468, 500, 532]), True)


def fake_cert_b64(rng, n=None):
    n = n or rng.randint(900, 1500)
    body = "MII" + rs(rng, 1, "BCDEFG") + rs(rng, n - 4, ALNUM + "+/")
    return body


def pem_lines(body, width=64):
    return [body[i:i + width] for i in range(0, len(body), width)]


# --------------------------------------------------------------------------- context
NEG_GENERIC = ["<YOUR_WIFI_PASSWORD>", "YOUR_PASSWORD_HERE", "${WIFI_PSK}", "{{ wifi_psk }}",
               "********", "changeme", "CHANGE_ME", "REPLACE_ME", "xxxxxxxxxxxx", "<psk>",
               "%WIFI_PASSWORD%", "${WIFI_PASSWORD:?unset}", "{{ vault_wifi_passphrase }}",
               "", "<redacted>", "$(cat /run/secrets/wifi_psk)", "TODO", "${env:WIFI_PSK}"]
NEG_BY_KIND = {
    "radius-shared-secret": ["testing123", "testing123", "${RADIUS_SECRET}", "<shared-secret>",
                             "{{ radius_shared_secret }}", "********", "CHANGE_ME"],
    "tacacs-key": ["<tacacs-key>", "${TACACS_KEY}", "{{ tacacs_key }}", "********"],
    "api-key": ["<MERAKI_API_KEY>", "${MERAKI_DASHBOARD_API_KEY}", "YOUR_API_KEY", "{{ api_key }}",
                "<your-api-key>", "%API_KEY%", ""],
    "client-secret": ["<client-secret>", "${CLIENT_SECRET}", "YOUR_CLIENT_SECRET", "{{ client_secret }}", ""],
    "wpa-pmk": ["<64-hex-psk>", "${WIFI_PMK}", "REPLACE_WITH_WPA_PSK_HEX"],
    "nt-hash": ["<nt-hash>", "${NT_HASH}"],
}


class Ctx:
    def __init__(self, rng, mode, fmt="plain"):
        self.rng = rng
        self.mode = mode
        self.fmt = fmt
        self.needle = None
        self.provider = None
        self.kind = None

    def V(self, provider, kind, gen, fmt=None):
        assert self.needle is None, "one credential per file"
        fmt = fmt or self.fmt
        rng = self.rng
        if self.mode == "pos":
            v = gen(rng)
        else:
            pool = NEG_BY_KIND.get(kind, []) + NEG_GENERIC
            if kind in NEG_BY_KIND and rng.random() < 0.6:
                pool = NEG_BY_KIND[kind]
            while True:
                v = rng.choice(pool)
                if fmt == "xml" and ("<" in v or "&" in v):
                    continue
                if fmt == "bare" and (v == "" or " " in v or "<" in v):
                    continue
                if fmt == "qr" and (";" in v or ":" in v or v == ""):
                    continue
                break
        self.needle = v
        self.provider = provider
        self.kind = kind
        return v


def yq(v):
    """YAML scalar: plain when safe, otherwise double quoted."""
    import re
    if v and re.match(r"^[A-Za-z0-9][A-Za-z0-9._/-]*$", v) and not re.match(r"^(yes|no|true|false|on|off|null|~|[0-9.e+-]+)$", v, re.I):
        return v
    return '"%s"' % v


def comment_block(rng, prefix, lines):
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


# =========================================================================== POSITIVE TEMPLATES
# each template: f(c) -> (relpath, text); must call c.V exactly once.

def t_win_wlan_profile(c):
    r = c.rng
    s = ssid(r)
    raw = r.random() < 0.25
    if raw:
        pp = wpa_psk(r, True)
        key = c.V("windows-wlan", "wpa-pmk", lambda _: pmk(pp, s).upper() if r.random() < .5 else pmk(pp, s), "xml")
        ktype = "networkKey"
    else:
        key = c.V("windows-wlan", "wpa-psk", lambda rr: wpa_psk(rr, True), "xml")
        ktype = "passPhrase"
    auth = r.choice(["WPA2PSK", "WPA2PSK", "WPA3SAE", "WPAPSK"])
    hexssid = s.encode().hex().upper()
    txt = f"""<?xml version="1.0"?>
<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">
	<name>{s}</name>
	<SSIDConfig>
		<SSID>
			<hex>{hexssid}</hex>
			<name>{s}</name>
		</SSID>
	</SSIDConfig>
	<connectionType>ESS</connectionType>
	<connectionMode>{r.choice(['auto', 'manual'])}</connectionMode>
	<MSM>
		<security>
			<authEncryption>
				<authentication>{auth}</authentication>
				<encryption>AES</encryption>
				<useOneX>false</useOneX>
			</authEncryption>
			<sharedKey>
				<keyType>{ktype}</keyType>
				<protected>false</protected>
				<keyMaterial>{key}</keyMaterial>
			</sharedKey>
		</security>
	</MSM>
	<MacRandomization xmlns="http://www.microsoft.com/networking/WLAN/profile/v3">
		<enableRandomization>{r.choice(['false', 'true'])}</enableRandomization>
		<randomizationSeed>{r.randint(100000000, 4294967295)}</randomizationSeed>
	</MacRandomization>
</WLANProfile>
"""
    p = r.choice(["deploy/wifi/Wi-Fi-%s.xml" % s.replace(" ", "_"), "intune/wlan/%s.xml" % s.replace(" ", "-").lower(),
                  "gpo/WLAN/profile-%s.xml" % r.choice(["hq", "branch", "warehouse"]), "provisioning/wifi-profile.xml",
                  "scripts/windows/Wi-Fi.xml"])
    return p, txt


def t_ps1_netsh(c):
    r = c.rng
    s = ssid(r)
    var = r.choice(["$Passphrase", "$key", "$WifiKey", "$pk", "$NetworkKey"])
    v = c.V("windows-wlan", "wpa-psk", lambda rr: wpa_psk(rr, True), "xml")
    txt = f"""<#
.SYNOPSIS
    Adds the {s} WLAN profile on kiosk machines.
.NOTES
    Run as SYSTEM from the {org(r)} provisioning task sequence.
#>
param(
    [string]$Ssid = "{s}"
)

$ErrorActionPreference = "Stop"
{var} = '{v}'

$hex = ([System.Text.Encoding]::UTF8.GetBytes($Ssid) | ForEach-Object {{ $_.ToString("X2") }}) -join ""
$profileXml = @"
<?xml version="1.0"?>
<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">
  <name>$Ssid</name>
  <SSIDConfig><SSID><hex>$hex</hex><name>$Ssid</name></SSID></SSIDConfig>
  <connectionType>ESS</connectionType>
  <connectionMode>auto</connectionMode>
  <MSM><security>
    <authEncryption><authentication>WPA2PSK</authentication><encryption>AES</encryption><useOneX>false</useOneX></authEncryption>
    <sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>{var}</keyMaterial></sharedKey>
  </security></MSM>
</WLANProfile>
"@

$tmp = Join-Path $env:TEMP "wlan-$Ssid.xml"
$profileXml | Out-File -Encoding utf8 -FilePath $tmp
netsh wlan add profile filename="$tmp" user=all | Out-Null
Remove-Item $tmp -Force
netsh wlan connect name="$Ssid"
Write-Host "Profile $Ssid installed"
"""
    return r.choice(["scripts/Install-WifiProfile.ps1", "provisioning/kiosk/add-wlan.ps1", "tools/wifi.ps1"]), txt


def t_bat_netsh(c):
    r = c.rng
    s = ssid(r)
    v = c.V("windows-wlan", "wpa-psk", lambda rr: wpa_psk(rr, True), "bare")
    txt = f"""@echo off
REM ---------------------------------------------------------------
REM  Lab PC setup - joins {s} and maps printers
REM ---------------------------------------------------------------
setlocal
set SSID={s}
set WIFIKEY={v}

echo Creating profile for %SSID% ...
(
echo ^<?xml version="1.0"?^>
echo ^<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1"^>
echo ^<name^>%SSID%^</name^>
echo ^<SSIDConfig^>^<SSID^>^<name^>%SSID%^</name^>^</SSID^>^</SSIDConfig^>
echo ^<connectionType^>ESS^</connectionType^>^<connectionMode^>auto^</connectionMode^>
echo ^<MSM^>^<security^>^<authEncryption^>^<authentication^>WPA2PSK^</authentication^>^<encryption^>AES^</encryption^>^<useOneX^>false^</useOneX^>^</authEncryption^>
echo ^<sharedKey^>^<keyType^>passPhrase^</keyType^>^<protected^>false^</protected^>^<keyMaterial^>%WIFIKEY%^</keyMaterial^>^</sharedKey^>^</security^>^</MSM^>
echo ^</WLANProfile^>
) > "%TEMP%\\wlan.xml"

netsh wlan add profile filename="%TEMP%\\wlan.xml" user=all
del "%TEMP%\\wlan.xml"
netsh wlan connect name="%SSID%"

rundll32 printui.dll,PrintUIEntry /in /n "\\\\print01\\{r.choice(['LAB-A', 'HP-2F', 'Xerox-Main'])}"
endlocal
"""
    return r.choice(["setup/join-wifi.bat", "lab/setup.cmd", "scripts/wifi_setup.bat"]), txt


def t_android_wcs_psk(c):
    r = c.rng
    s = ssid(r)
    raw = r.random() < 0.2
    if raw:
        pp = wpa_psk(r, True)
        v = c.V("android-wifi", "wpa-pmk", lambda _: pmk(pp, s), "xml")
        pskxml = v
    else:
        v = c.V("android-wifi", "wpa-psk", lambda rr: wpa_psk(rr, True), "xml")
        pskxml = "&quot;%s&quot;" % v
    o = ssid(r)
    txt = f"""<?xml version='1.0' encoding='utf-8' standalone='yes' ?>
<WifiConfigStoreData>
<int name="Version" value="{r.choice([1, 2])}" />
<NetworkList>
<Network>
<WifiConfiguration>
<string name="ConfigKey">&quot;{s}&quot;WPA_PSK</string>
<string name="SSID">&quot;{s}&quot;</string>
<null name="BSSID" />
<string name="PreSharedKey">{pskxml}</string>
<null name="WEPKeys" />
<int name="WEPTxKeyIndex" value="0" />
<boolean name="HiddenSSID" value="false" />
<boolean name="RequirePMF" value="false" />
<byte-array name="AllowedKeyMgmt" num="1">02</byte-array>
<byte-array name="AllowedProtocols" num="1">03</byte-array>
<byte-array name="AllowedAuthAlgos" num="1">01</byte-array>
<byte-array name="AllowedGroupCiphers" num="1">0f</byte-array>
<byte-array name="AllowedPairwiseCiphers" num="1">06</byte-array>
<boolean name="Shared" value="true" />
<int name="Status" value="2" />
<null name="FQDN" />
<null name="ProviderFriendlyName" />
<null name="LinkedNetworksList" />
<null name="DefaultGwMacAddress" />
<boolean name="ValidatedInternetAccess" value="true" />
<boolean name="NoInternetAccessExpected" value="false" />
<boolean name="MeteredHint" value="false" />
<int name="MeteredOverride" value="0" />
<boolean name="UseExternalScores" value="false" />
<int name="CreatorUid" value="1000" />
<string name="CreatorName">android.uid.system:1000</string>
<int name="LastUpdateUid" value="1000" />
<string name="LastUpdateName">android.uid.system:1000</string>
<int name="LastConnectUid" value="1000" />
<boolean name="IsLegacyPasspointConfig" value="false" />
<long-array name="RoamingConsortiumOIs" num="0" />
<string name="RandomizedMacAddress">{mac(r)}</string>
<int name="MacRandomizationSetting" value="1" />
</WifiConfiguration>
<NetworkStatus>
<string name="SelectionStatus">NETWORK_SELECTION_ENABLED</string>
<string name="DisableReason">NETWORK_SELECTION_ENABLE</string>
<null name="ConnectChoice" />
<boolean name="HasEverConnected" value="true" />
</NetworkStatus>
<IpConfiguration>
<string name="IpAssignment">DHCP</string>
<string name="ProxySettings">NONE</string>
</IpConfiguration>
</Network>
<Network>
<WifiConfiguration>
<string name="ConfigKey">&quot;{o}&quot;NONE</string>
<string name="SSID">&quot;{o}&quot;</string>
<null name="PreSharedKey" />
<byte-array name="AllowedKeyMgmt" num="1">01</byte-array>
<string name="RandomizedMacAddress">{mac(r)}</string>
</WifiConfiguration>
</Network>
</NetworkList>
<DeletedEphemeralSSIDList />
</WifiConfigStoreData>
"""
    return r.choice(["device-backup/misc/wifi/WifiConfigStore.xml", "overlay/data/misc/apexdata/com.android.wifi/WifiConfigStore.xml",
                     "vendor/kiosk/prebuilt/WifiConfigStore.xml"]), txt


def t_android_wcs_eap(c):
    r = c.rng
    s = ssid(r)
    d = domain(r)
    user = r.choice(["svc-tablet", "scanner%02d" % r.randint(1, 40), "kiosk", "j.%s" % r.choice(WORDS)])
    v = c.V("android-wifi", "eap-password", lambda rr: account_pw(rr, True), "xml")
    txt = f"""<?xml version='1.0' encoding='utf-8' standalone='yes' ?>
<WifiConfigStoreData>
<int name="Version" value="1" />
<NetworkList>
<Network>
<WifiConfiguration>
<string name="ConfigKey">&quot;{s}&quot;WPA_EAP</string>
<string name="SSID">&quot;{s}&quot;</string>
<null name="PreSharedKey" />
<byte-array name="AllowedKeyMgmt" num="1">0c</byte-array>
<boolean name="Shared" value="true" />
<string name="RandomizedMacAddress">{mac(r)}</string>
</WifiConfiguration>
<NetworkStatus>
<string name="SelectionStatus">NETWORK_SELECTION_ENABLED</string>
<boolean name="HasEverConnected" value="true" />
</NetworkStatus>
<IpConfiguration>
<string name="IpAssignment">DHCP</string>
<string name="ProxySettings">NONE</string>
</IpConfiguration>
<WifiEnterpriseConfiguration>
<string name="Identity">{user}@{d}</string>
<string name="AnonIdentity">anonymous@{d}</string>
<string name="Password">{v}</string>
<string name="ClientCert"></string>
<string name="CaCert">keystore://CACERT_{s.replace(' ', '_')}</string>
<string name="SubjectMatch"></string>
<string name="Engine">0</string>
<string name="EngineId"></string>
<string name="PrivateKeyId"></string>
<string name="AltSubjectMatch"></string>
<string name="DomainMatch">radius.{d}</string>
<string name="CaPath"></string>
<int name="EapMethod" value="{r.choice([0, 2])}" />
<int name="Phase2Method" value="3" />
<string name="PLMN"></string>
<string name="Realm"></string>
</WifiEnterpriseConfiguration>
</Network>
</NetworkList>
</WifiConfigStoreData>
"""
    return r.choice(["backup/WifiConfigStore.xml", "mdm/android/WifiConfigStore-eap.xml"]), txt


def t_android_kt(c):
    r = c.rng
    s = ssid(r)
    name = r.choice(["PASSPHRASE", "NETWORK_KEY", "WIFI_PASS", "SHARED_KEY", "credential"])
    v = c.V("android-wifi", "wpa-psk", lambda rr: wpa_psk(rr, True), "code")
    pkg = "com.%s.%s" % (org(r).replace("-", ""), r.choice(["kiosk", "scanner", "field", "pos"]))
    txt = f"""package {pkg}.net

import android.content.Context
import android.net.wifi.WifiManager
import android.net.wifi.WifiNetworkSuggestion
import android.util.Log

/**
 * Registers the warehouse network as a suggestion so handhelds
 * reconnect automatically after a reboot.
 */
class WifiProvisioner(private val context: Context) {{

    companion object {{
        private const val TAG = "WifiProvisioner"
        private const val SSID = "{s}"
        private const val {name} = "{v}"
        private const val PRIORITY = {r.randint(1, 9)}
    }}

    fun register(): Boolean {{
        val wifiManager = context.getSystemService(Context.WIFI_SERVICE) as WifiManager
        val suggestion = WifiNetworkSuggestion.Builder()
            .setSsid(SSID)
            .setWpa2Passphrase({name})
            .setIsAppInteractionRequired(false)
            .setPriority(PRIORITY)
            .build()
        val status = wifiManager.addNetworkSuggestions(listOf(suggestion))
        Log.i(TAG, "addNetworkSuggestions -> $status")
        return status == WifiManager.STATUS_NETWORK_SUGGESTIONS_SUCCESS
    }}
}}
"""
    return "app/src/main/java/%s/net/WifiProvisioner.kt" % pkg.replace(".", "/"), txt


def t_android_java(c):
    r = c.rng
    s = ssid(r)
    v = c.V("android-wifi", "wpa-psk", lambda rr: wpa_psk(rr, True), "code")
    fld = r.choice(["DEFAULT_KEY", "sKey", "HOTSPOT_SECRET", "mPreShared", "WLAN_CODE"])
    pkg = "com.%s.setup" % org(r).replace("-", "")
    txt = f"""package {pkg};

import android.net.wifi.WifiConfiguration;
import android.net.wifi.WifiManager;

@SuppressWarnings("deprecation")
public final class LegacyWifiJoiner {{

    private static final String NETWORK = "{s}";
    private static final String {fld} = "{v}";

    private final WifiManager wifiManager;

    public LegacyWifiJoiner(WifiManager wifiManager) {{
        this.wifiManager = wifiManager;
    }}

    public int join() {{
        WifiConfiguration conf = new WifiConfiguration();
        conf.SSID = "\\"" + NETWORK + "\\"";
        conf.preSharedKey = "\\"" + {fld} + "\\"";
        conf.allowedKeyManagement.set(WifiConfiguration.KeyMgmt.WPA_PSK);
        int netId = wifiManager.addNetwork(conf);
        wifiManager.disconnect();
        wifiManager.enableNetwork(netId, true);
        wifiManager.reconnect();
        return netId;
    }}
}}
"""
    return "app/src/main/java/%s/LegacyWifiJoiner.java" % pkg.replace(".", "/"), txt


def _plist_wrap(r, inner, display, ident):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>PayloadContent</key>
	<array>
{inner}
	</array>
	<key>PayloadDescription</key>
	<string>Installs Wi-Fi settings for {display}</string>
	<key>PayloadDisplayName</key>
	<string>{display}</string>
	<key>PayloadIdentifier</key>
	<string>{ident}</string>
	<key>PayloadOrganization</key>
	<string>{org(r).replace('-', ' ').title()}</string>
	<key>PayloadRemovalDisallowed</key>
	<{r.choice(['true', 'false'])}/>
	<key>PayloadType</key>
	<string>Configuration</string>
	<key>PayloadUUID</key>
	<string>{uid(r, True)}</string>
	<key>PayloadVersion</key>
	<integer>1</integer>
</dict>
</plist>
"""


def t_mobileconfig_psk(c):
    r = c.rng
    s = ssid(r)
    v = c.V("apple-mobileconfig", "wpa-psk", lambda rr: wpa_psk(rr, True), "xml")
    ident = "com.%s.wifi" % org(r).replace("-", "")
    inner = f"""		<dict>
			<key>AutoJoin</key>
			<true/>
			<key>CaptiveBypass</key>
			<false/>
			<key>EncryptionType</key>
			<string>{r.choice(['WPA2', 'WPA', 'Any', 'WPA3'])}</string>
			<key>HIDDEN_NETWORK</key>
			<{r.choice(['false', 'true'])}/>
			<key>IsHotspot</key>
			<false/>
			<key>Password</key>
			<string>{v}</string>
			<key>PayloadDescription</key>
			<string>Configures Wi-Fi settings</string>
			<key>PayloadDisplayName</key>
			<string>Wi-Fi</string>
			<key>PayloadIdentifier</key>
			<string>com.apple.wifi.managed.{uid(r, True)}</string>
			<key>PayloadType</key>
			<string>com.apple.wifi.managed</string>
			<key>PayloadUUID</key>
			<string>{uid(r, True)}</string>
			<key>PayloadVersion</key>
			<integer>1</integer>
			<key>ProxyType</key>
			<string>None</string>
			<key>SSID_STR</key>
			<string>{s}</string>
		</dict>"""
    return r.choice(["profiles/%s.mobileconfig" % s.replace(" ", "-"), "mdm/apple/wifi-office.mobileconfig",
                     "jamf/profiles/WiFi.mobileconfig"]), _plist_wrap(r, inner, s, ident)


def t_mobileconfig_eap(c):
    r = c.rng
    s = ssid(r)
    d = domain(r)
    user = r.choice(["mdm-enroll", "svc_ipad", "frontdesk", "conference-room-%d" % r.randint(1, 12)])
    v = c.V("apple-mobileconfig", "eap-password", lambda rr: account_pw(rr, True), "xml")
    ttls = r.random() < 0.4
    inner = f"""		<dict>
			<key>AutoJoin</key>
			<true/>
			<key>EAPClientConfiguration</key>
			<dict>
				<key>AcceptEAPTypes</key>
				<array>
					<integer>{21 if ttls else 25}</integer>
				</array>
				<key>OuterIdentity</key>
				<string>anonymous@{d}</string>
{'				<key>TTLSInnerAuthentication</key>' + chr(10) + '				<string>MSCHAPv2</string>' + chr(10) if ttls else ''}				<key>TLSTrustedServerNames</key>
				<array>
					<string>radius*.{d}</string>
				</array>
				<key>UserName</key>
				<string>{user}</string>
				<key>UserPassword</key>
				<string>{v}</string>
			</dict>
			<key>EncryptionType</key>
			<string>WPA2</string>
			<key>HIDDEN_NETWORK</key>
			<false/>
			<key>PayloadCertificateAnchorUUID</key>
			<array>
				<string>{uid(r, True)}</string>
			</array>
			<key>PayloadIdentifier</key>
			<string>com.apple.wifi.managed.{uid(r, True)}</string>
			<key>PayloadType</key>
			<string>com.apple.wifi.managed</string>
			<key>PayloadUUID</key>
			<string>{uid(r, True)}</string>
			<key>PayloadVersion</key>
			<integer>1</integer>
			<key>SSID_STR</key>
			<string>{s}</string>
		</dict>"""
    return r.choice(["mdm/profiles/%s-8021x.mobileconfig" % s.split()[0], "apple/Enterprise-WiFi.mobileconfig"]), \
        _plist_wrap(r, inner, s + " (802.1X)", "com.%s.eap" % org(r).replace("-", ""))


def _wpa_header(r):
    cc = r.choice(["US", "GB", "DE", "FR", "NL", "AU", "CA", "SE"])
    h = "ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\nupdate_config=1\ncountry=%s\n" % cc
    if r.random() < 0.4:
        h += "ap_scan=1\n"
    return h


def t_wpa_supp_psk(c):
    r = c.rng
    s = ssid(r)
    v = c.V("wpa_supplicant", "wpa-psk", lambda rr: wpa_psk(rr), "code")
    extra = ""
    if r.random() < 0.5:
        extra = f"""
# phone hotspot fallback (open)
network={{
    ssid="{ssid(r)}"
    key_mgmt=NONE
    priority=1
}}
"""
    ind = r.choice(["\t", "    ", "  "])
    txt = f"""{_wpa_header(r)}
network={{
{ind}ssid="{s}"
{ind}psk="{v}"
{ind}key_mgmt={r.choice(['WPA-PSK', 'WPA-PSK SAE', 'WPA-PSK WPA-PSK-SHA256'])}
{ind}priority={r.randint(5, 20)}
{ind}scan_ssid={r.choice([0, 1])}
}}
{extra}"""
    return r.choice(["boot/wpa_supplicant.conf", "rpi/boot/wpa_supplicant.conf", "etc/wpa_supplicant/wpa_supplicant.conf",
                     "files/wpa_supplicant-wlan0.conf", "overlay/etc/wpa_supplicant.conf"]), txt


def t_wpa_supp_pmk(c):
    r = c.rng
    s = ssid(r)
    pp = wpa_psk(r)
    v = c.V("wpa_supplicant", "wpa-pmk", lambda _: pmk(pp, s), "bare")
    txt = f"""# Generated with: wpa_passphrase "{s}"   (plaintext line removed)
{_wpa_header(r)}
network={{
	ssid="{s}"
	psk={v}
	key_mgmt=WPA-PSK
	proto=RSN
	pairwise=CCMP
}}
"""
    return r.choice(["boot/wpa_supplicant.conf", "meta-custom/recipes-connectivity/wpa-supplicant/files/wpa_supplicant.conf",
                     "board/rootfs_overlay/etc/wpa_supplicant.conf"]), txt


def t_wpa_supp_eap(c):
    r = c.rng
    s = r.choice(["eduroam", ssid(r)])
    d = domain(r)
    user = r.choice(["%s.%s" % (r.choice(WORDS), r.choice(WORDS)), "s%07d" % r.randint(0, 9999999), "svc-printer"])
    v = c.V("wpa_supplicant", "eap-password", lambda rr: account_pw(rr), "code")
    ttls = r.random() < 0.35
    txt = f"""{_wpa_header(r)}
network={{
    ssid="{s}"
    key_mgmt=WPA-EAP
    eap={'TTLS' if ttls else 'PEAP'}
    identity="{user}@{d}"
    anonymous_identity="anonymous@{d}"
    password="{v}"
    ca_cert="/etc/ssl/certs/{r.choice(['USERTrust_RSA_Certification_Authority.pem', 'ISRG_Root_X1.pem', 'DigiCert_Global_Root_G2.pem'])}"
    domain_suffix_match="{d}"
    phase2="auth={'PAP' if ttls and r.random() < .5 else 'MSCHAPV2'}"
}}
"""
    return r.choice(["etc/wpa_supplicant/wpa_supplicant.conf", "config/wpa_supplicant-eduroam.conf", "deploy/pi/wpa_supplicant.conf"]), txt


def t_wpa_supp_nthash(c):
    r = c.rng
    d = domain(r)
    v = c.V("wpa_supplicant", "nt-hash", lambda rr: hexs(rr, 32), "bare")
    txt = f"""# eduroam for the lab Raspberry Pis.
# Password stored as NtPasswordHash so the plaintext is not on disk:
#   echo -n 'xxx' | iconv -t utf16le | openssl md4
{_wpa_header(r)}
network={{
    ssid="eduroam"
    scan_ssid=1
    key_mgmt=WPA-EAP
    eap=PEAP
    identity="{r.choice(WORDS)}{r.randint(10, 99)}@{d}"
    anonymous_identity="@{d}"
    password=hash:{v}
    phase1="peaplabel=0"
    phase2="auth=MSCHAPV2"
    ca_cert="/etc/ssl/certs/ca-certificates.crt"
    domain_suffix_match="radius.{d}"
}}
"""
    return r.choice(["lab/pi/wpa_supplicant.conf", "ansible/roles/wifi/files/wpa_supplicant.conf"]), txt


def t_wpa_supp_tls_keypass(c):
    r = c.rng
    d = domain(r)
    host = "%s-%02d" % (r.choice(["agv", "scanner", "plc", "kiosk"]), r.randint(1, 60))
    v = c.V("wpa_supplicant", "private-key-passphrase", lambda rr: gen_pw(rr, 12, 24, True), "code")
    txt = f"""{_wpa_header(r)}
network={{
    ssid="{ssid(r)}"
    key_mgmt=WPA-EAP
    eap=TLS
    identity="host/{host}.{d}"
    ca_cert="/etc/cert/ca.pem"
    client_cert="/etc/cert/{host}.crt"
    private_key="/etc/cert/{host}.key"
    private_key_passwd="{v}"
    domain_match="nps.{d}"
}}
"""
    return r.choice(["rootfs/etc/wpa_supplicant/wpa_supplicant-wlan0.conf", "device/%s/wpa_supplicant.conf" % host]), txt


def t_nmconnection_psk(c):
    r = c.rng
    s = ssid(r)
    v = c.V("networkmanager", "wpa-psk", lambda rr: wpa_psk(rr), "bare" if False else "plain")
    txt = f"""[connection]
id={s}
uuid={uid(r)}
type=wifi
interface-name=wlan0
permissions=
timestamp={r.randint(1600000000, 1735000000)}

[wifi]
mac-address-blacklist=
mode=infrastructure
ssid={s}

[wifi-security]
auth-alg=open
key-mgmt={r.choice(['wpa-psk', 'sae'])}
psk={v}

[ipv4]
dns-search=
method=auto

[ipv6]
addr-gen-mode=stable-privacy
dns-search=
method=auto

[proxy]
"""
    return r.choice(["etc/NetworkManager/system-connections/%s.nmconnection" % s.replace(" ", "_"),
                     "files/nm/wifi.nmconnection", "image/overlay/etc/NetworkManager/system-connections/preconfigured.nmconnection"]), txt


def t_nmconnection_8021x(c):
    r = c.rng
    s = ssid(r)
    d = domain(r)
    v = c.V("networkmanager", "eap-password", lambda rr: account_pw(rr), "plain")
    txt = f"""[connection]
id={s}
uuid={uid(r)}
type=wifi
autoconnect=true

[wifi]
mode=infrastructure
ssid={s}

[wifi-security]
key-mgmt=wpa-eap

[802-1x]
anonymous-identity=anonymous@{d}
ca-cert=/etc/pki/tls/certs/{d.split('.')[0]}-radius-ca.pem
domain-suffix-match={d}
eap=peap;
identity={r.choice(WORDS)}.{r.choice(WORDS)}@{d}
password={v}
phase2-auth=mschapv2

[ipv4]
method=auto

[ipv6]
addr-gen-mode=default
method=auto
"""
    return r.choice(["roles/workstation/files/%s.nmconnection" % s.replace(" ", ""), "nm/system-connections/corp-8021x.nmconnection"]), txt


def t_nmcli_sh(c):
    r = c.rng
    s = ssid(r)
    var = r.choice(["WIFI_PSK", "PSK", "KEY", "NET_SECRET", "pass"])
    v = c.V("networkmanager", "wpa-psk", lambda rr: wpa_psk(rr), "code")
    txt = f"""#!/usr/bin/env bash
# Bootstrap a fresh kiosk: hostname, wifi, ssh.
set -euo pipefail

HOSTNAME_NEW="kiosk-{r.randint(100, 999)}"
SSID="{s}"
{var}='{v}'

hostnamectl set-hostname "$HOSTNAME_NEW"

if nmcli -t -f NAME con show | grep -qx "$SSID"; then
  nmcli con delete "$SSID"
fi
nmcli dev wifi rescan || true
nmcli dev wifi connect "$SSID" password "${var}" ifname wlan0
nmcli con modify "$SSID" connection.autoconnect yes ipv4.route-metric 600

systemctl enable --now ssh
echo "done: $(hostname -I)"
"""
    return r.choice(["scripts/bootstrap-kiosk.sh", "provision.sh", "bin/setup-wifi.sh"]), txt


def t_netplan_wifi(c):
    r = c.rng
    s = ssid(r)
    v = c.V("netplan", "wpa-psk", lambda rr: wpa_psk(rr), "yaml")
    ind = r.choice(["  ", "    "])
    i = ind
    txt = f"""# This file is generated from information provided by the datasource.
network:
{i}version: 2
{i}renderer: {r.choice(['networkd', 'NetworkManager'])}
{i}ethernets:
{i}{i}eth0:
{i}{i}{i}dhcp4: true
{i}{i}{i}optional: true
{i}wifis:
{i}{i}wlan0:
{i}{i}{i}dhcp4: true
{i}{i}{i}optional: true
{i}{i}{i}access-points:
{i}{i}{i}{i}"{s}":
{i}{i}{i}{i}{i}password: {yq(v)}
"""
    return r.choice(["etc/netplan/50-cloud-init.yaml", "cloud-init/network-config", "rpi-imager/network-config",
                     "netplan/01-wifi.yaml"]), txt


def t_netplan_8021x(c):
    r = c.rng
    s = ssid(r)
    d = domain(r)
    v = c.V("netplan", "eap-password", lambda rr: account_pw(rr), "yaml")
    txt = f"""network:
  version: 2
  renderer: NetworkManager
  wifis:
    wlp2s0:
      dhcp4: yes
      access-points:
        "{s}":
          auth:
            key-management: eap
            method: {r.choice(['peap', 'ttls'])}
            anonymous-identity: "anonymous@{d}"
            identity: "{r.choice(WORDS)}{r.randint(1, 99)}@{d}"
            password: {yq(v)}
            ca-certificate: /etc/ssl/certs/{d.split('.')[0]}-ca.pem
"""
    return r.choice(["etc/netplan/60-corp-wifi.yaml", "ansible/roles/laptop/templates/netplan-8021x.yaml"]), txt


def t_iwd_psk(c):
    r = c.rng
    s = ssid(r)
    pp = wpa_psk(r, True)
    if r.random() < 0.5:
        v = c.V("iwd", "wpa-psk", lambda _: pp, "plain")
        body = f"Passphrase={v}"
    else:
        v = c.V("iwd", "wpa-pmk", lambda _: pmk(pp, s), "bare")
        body = f"PreSharedKey={v}"
    txt = f"""[Settings]
AutoConnect=true
Hidden={r.choice(['false', 'true'])}

[Security]
{body}

[IPv4]
{r.choice(['Address=' + ip(r) + chr(10) + 'Netmask=255.255.255.0' + chr(10) + 'Gateway=' + ip(r), 'SendHostname=true'])}
"""
    return "var/lib/iwd/%s.psk" % s.replace(" ", "_").replace("!", ""), txt


def t_hostapd_pass(c):
    r = c.rng
    s = ssid(r)
    v = c.V("hostapd", "wpa-psk", lambda rr: wpa_psk(rr), "plain")
    ch = r.choice([1, 6, 11, 36, 44, 149])
    txt = f"""# hostapd configuration for the {r.choice(['lab', 'van', 'booth', 'workshop'])} access point
interface=wlan0
driver=nl80211
bridge=br0
ssid={s}
country_code={r.choice(['US', 'DE', 'GB', 'NL'])}
ieee80211d=1
hw_mode={'a' if ch > 14 else 'g'}
channel={ch}
ieee80211n=1
wmm_enabled=1
{'ieee80211ac=1' + chr(10) if ch > 14 else ''}macaddr_acl=0
auth_algs=1
ignore_broadcast_ssid=0
wpa=2
wpa_key_mgmt=WPA-PSK
wpa_pairwise=CCMP
rsn_pairwise=CCMP
wpa_passphrase={v}
logger_syslog=-1
logger_syslog_level=2
ctrl_interface=/var/run/hostapd
ctrl_interface_group=0
"""
    return r.choice(["etc/hostapd/hostapd.conf", "ap/hostapd.conf", "config/hostapd-wlan0.conf"]), txt


def t_hostapd_radius(c):
    r = c.rng
    s = ssid(r)
    rip = ip(r)
    v = c.V("hostapd", "radius-shared-secret", lambda rr: radius_secret(rr), "plain")
    txt = f"""interface=wlan0
driver=nl80211
ssid={s}
hw_mode=a
channel={r.choice([36, 40, 44, 48, 149])}
ieee80211n=1
ieee80211ac=1
wmm_enabled=1
ieee8021x=1
eapol_version=2
eap_reauth_period=3600
wpa=2
wpa_key_mgmt=WPA-EAP
rsn_pairwise=CCMP
own_ip_addr={ip(r)}
nas_identifier=ap-{r.choice(['lobby', 'floor2', 'dock', 'lab'])}.{domain(r)}
auth_server_addr={rip}
auth_server_port=1812
auth_server_shared_secret={v}
acct_server_addr={rip}
acct_server_port=1813
radius_acct_interim_interval=600
dynamic_vlan=1
vlan_file=/etc/hostapd/hostapd.vlan
"""
    return r.choice(["etc/hostapd/hostapd-8021x.conf", "openwrt-build/files/hostapd.conf", "ap/enterprise.conf"]), txt


def t_hostapd_pskfile(c):
    r = c.rng
    v = c.V("hostapd", "wpa-psk", lambda rr: wpa_psk(rr, True), "plain")
    lines = ["# hostapd.wpa_psk - per-station PSKs (MAC  passphrase-or-psk)",
             "# keyid=<name> vlanid=<id> are optional", ""]
    lines.append("vlanid=%d keyid=guest 00:00:00:00:00:00 %s" % (r.randint(10, 90), v))
    txt = "\n".join(lines) + "\n"
    return r.choice(["etc/hostapd/hostapd.wpa_psk", "files/hostapd.psk"]), txt


def t_freeradius_clients(c):
    r = c.rng
    net = "10.%d.%d" % (r.randrange(256), r.randrange(256))
    nm = r.choice(["ap-controller", "wlc01", "meraki_cloud", "unifi-ap-subnet", "ise-proxy", "switches_core"])
    v = c.V("freeradius", "radius-shared-secret", lambda rr: radius_secret(rr), "plain")
    q = r.random() < 0.5
    vv = '"%s"' % v if q else v
    txt = f"""# -*- text -*-
##
## clients.conf -- client configuration directives
##

#  The localhost client is defined in sites-enabled/default
client localhost {{
	ipaddr = 127.0.0.1
	proto = *
	secret = ${{localhost_secret}}
	require_message_authenticator = no
	nas_type = other
	limit {{
		max_connections = 16
		lifetime = 0
		idle_timeout = 30
	}}
}}

client {nm} {{
	ipaddr = {net}.0/24
	secret = {vv}
	shortname = {nm.split('_')[0]}
	nas_type = other
	require_message_authenticator = yes
}}
"""
    return r.choice(["raddb/clients.conf", "freeradius/clients.conf", "docker/freeradius/raddb/clients.conf",
                     "etc/freeradius/3.0/clients.conf"]), txt


def t_freeradius_users(c):
    r = c.rng
    user = r.choice(["guest-%s" % rs(r, 4, "abcdefghjkmnpqrstuvwxyz"), "printer01", "svc.%s" % r.choice(WORDS), r.choice(WORDS) + "." + r.choice(WORDS)])
    v = c.V("freeradius", "eap-password", lambda rr: account_pw(rr), "code")
    txt = f"""#
# users  -  local accounts for the lab (production goes to LDAP)
#
# Format:  username  check-items
#          <tab>reply-items
#

DEFAULT	Framed-Protocol == PPP
	Framed-Protocol = PPP,
	Framed-Compression = Van-Jacobson-TCP-IP

{user}	Cleartext-Password := "{v}"
	Tunnel-Type = VLAN,
	Tunnel-Medium-Type = IEEE-802,
	Tunnel-Private-Group-Id = "{r.randint(10, 400)}",
	Reply-Message := "Hello, %{{User-Name}}"

DEFAULT	Auth-Type := Reject
	Reply-Message = "Unknown user"
"""
    return r.choice(["raddb/mods-config/files/authorize", "freeradius/users", "etc/raddb/users"]), txt


def t_freeradius_ldap(c):
    r = c.rng
    d = domain(r)
    dc = ",".join("dc=" + p for p in d.split("."))
    v = c.V("freeradius", "ldap-bind-password", lambda rr: account_pw(rr), "code")
    txt = f"""# -*- text -*-
#  mods-available/ldap
ldap {{
	server = 'ldaps://{r.choice(['dc01', 'ldap', 'ad'])}.{d}'
	port = 636
	identity = 'cn=radius-bind,ou=service,{dc}'
	password = '{v}'
	base_dn = '{dc}'

	sasl {{
	}}

	update {{
		control:Password-With-Header	+= 'userPassword'
		control:NT-Password		:= 'sambaNTPassword'
	}}

	user {{
		base_dn = "${{..base_dn}}"
		filter = "(sAMAccountName=%{{%{{Stripped-User-Name}}:-%{{User-Name}}}})"
	}}

	group {{
		base_dn = "${{..base_dn}}"
		filter = '(objectClass=group)'
		membership_attribute = 'memberOf'
	}}

	options {{
		chase_referrals = yes
		rebind = yes
		timeout = 10
		timelimit = 3
	}}

	tls {{
		ca_file = ${{certdir}}/ldap-ca.pem
		require_cert = 'demand'
	}}

	pool {{
		start = ${{thread[pool].start_servers}}
		min = ${{thread[pool].min_spare_servers}}
		max = ${{thread[pool].max_servers}}
		spare = ${{thread[pool].max_spare_servers}}
		uses = 0
		retry_delay = 30
		lifetime = 0
		idle_timeout = 60
	}}
}}
"""
    return r.choice(["raddb/mods-available/ldap", "freeradius/mods-enabled/ldap"]), txt


def t_freeradius_sql(c):
    r = c.rng
    v = c.V("freeradius", "db-password", lambda rr: account_pw(rr), "code")
    txt = f"""sql {{
	dialect = "{r.choice(['mysql', 'postgresql'])}"
	driver = "rlm_sql_${{dialect}}"

	server = "{r.choice(['db', 'radius-db', ip(r)])}"
	port = {r.choice([3306, 5432])}
	login = "radius"
	password = "{v}"
	radius_db = "radius"

	acct_table1 = "radacct"
	acct_table2 = "radacct"
	postauth_table = "radpostauth"
	authcheck_table = "radcheck"
	groupcheck_table = "radgroupcheck"
	authreply_table = "radreply"
	groupreply_table = "radgroupreply"
	usergroup_table = "radusergroup"

	delete_stale_sessions = yes
	pool {{
		start = ${{thread[pool].start_servers}}
		min = ${{thread[pool].min_spare_servers}}
		max = ${{thread[pool].max_servers}}
		spare = ${{thread[pool].max_spare_servers}}
		uses = 0
		retry_delay = 30
		lifetime = 0
		idle_timeout = 60
	}}
	client_table = "nas"
	group_attribute = "SQL-Group"
	$INCLUDE ${{modconfdir}}/${{.:name}}/main/${{dialect}}/queries.conf
}}
"""
    return r.choice(["raddb/mods-available/sql", "docker/radius/mods-enabled/sql"]), txt


def t_radsecproxy(c):
    r = c.rng
    v = c.V("radsecproxy", "radius-shared-secret", lambda rr: radius_secret(rr), "plain")
    d = domain(r)
    dre = d.replace(".", "\\.")
    txt = f"""# radsecproxy.conf - institutional eduroam proxy
ListenUDP *:1812
LogLevel 3
LogDestination file:///var/log/radsecproxy/radsecproxy.log

tls default {{
    CACertificatePath /etc/ssl/certs
    CertificateFile /etc/radsecproxy/{d}.crt
    CertificateKeyFile /etc/radsecproxy/{d}.key
}}

client campus-wlc {{
    host {ip(r)}/28
    type udp
    secret {v}
}}

server flr1 {{
    host tld1.eduroam.{r.choice(['de', 'nl', 'org', 'us'])}
    type tls
    secret radsec
    StatusServer on
}}

realm /@{dre}$ {{
    server localradius
}}

realm * {{
    server flr1
}}
"""
    return r.choice(["etc/radsecproxy.conf", "eduroam/radsecproxy.conf"]), txt


def t_qr_py(c):
    r = c.rng
    s = ssid(r)
    v = c.V("wifi-qr", "wpa-psk", lambda rr: wpa_psk(rr, True), "qr")
    txt = f'''"""Print a guest Wi-Fi QR code for the reception desk."""
import qrcode
from qrcode.image.styledpil import StyledPilImage

WIFI_URI = "WIFI:T:{r.choice(['WPA', 'WPA', 'SAE'])};S:{s};P:{v};;"


def main(out="guest-wifi.png"):
    qr = qrcode.QRCode(
        version=None,
        error_correction=qrcode.constants.ERROR_CORRECT_M,
        box_size=12,
        border=4,
    )
    qr.add_data(WIFI_URI)
    qr.make(fit=True)
    img = qr.make_image(image_factory=StyledPilImage)
    img.save(out)
    print("wrote", out)


if __name__ == "__main__":
    main()
'''
    return r.choice(["tools/wifi_qr.py", "reception/make_qr.py", "scripts/guest_qr.py"]), txt


def t_qr_js(c):
    r = c.rng
    s = ssid(r)
    v = c.V("wifi-qr", "wpa-psk", lambda rr: wpa_psk(rr, True), "qr")
    txt = f"""import QRCode from 'qrcode';
import {{ writeFileSync }} from 'node:fs';

// Table tents for the cafe - regenerate after changing the guest key
const payload = 'WIFI:S:{s};T:WPA;P:{v};H:false;;';

QRCode.toString(payload, {{ type: 'svg', margin: 2, width: 320 }}, (err, svg) => {{
  if (err) throw err;
  writeFileSync('public/wifi.svg', svg);
  console.log('public/wifi.svg updated');
}});
"""
    return r.choice(["scripts/wifi-qr.mjs", "src/tools/qr.js"]), txt


def t_qr_md(c):
    r = c.rng
    s = ssid(r)
    v = c.V("wifi-qr", "wpa-psk", lambda rr: wpa_psk(rr, True), "qr")
    txt = f"""# Office onboarding

Welcome to the {org(r).replace('-', ' ').title()} office! A few things for your first day.

## Wi-Fi

Scan the QR code on the kitchen wall or add the network manually. The string encoded
in the QR code is:

```
WIFI:T:WPA;S:{s};P:{v};;
```

Laptops should use the `Corp` SSID once IT has enrolled them (802.1X, no password needed).

## Printers

* 2nd floor: `\\\\print01\\HP-2F`
* Reception: `\\\\print01\\Brother-RCP`

## Badges

Badge photos are taken on Tuesdays at 10:00 in room 2.14.
"""
    return r.choice(["docs/onboarding.md", "README.md", "wiki/Office-WiFi.md"]), txt


def t_arduino(c):
    r = c.rng
    s = ssid(r)
    names = r.choice([("ssid", "password"), ("WIFI_SSID", "WIFI_PASS"), ("net", "pass"), ("STA_SSID", "STA_KEY")])
    v = c.V("esp-arduino", "wpa-psk", lambda rr: wpa_psk(rr, True), "code")
    esp = r.choice(["ESP8266WiFi.h", "WiFi.h"])
    txt = f"""#include <{esp}>
#include <PubSubClient.h>

const char* {names[0]} = "{s}";
const char* {names[1]} = "{v}";
const char* mqtt_server = "{ip(r)}";

WiFiClient espClient;
PubSubClient client(espClient);
unsigned long lastMsg = 0;

void setup_wifi() {{
  delay(10);
  Serial.print("Connecting to ");
  Serial.println({names[0]});
  WiFi.mode(WIFI_STA);
  WiFi.begin({names[0]}, {names[1]});
  while (WiFi.status() != WL_CONNECTED) {{
    delay(500);
    Serial.print(".");
  }}
  Serial.println();
  Serial.print("IP address: ");
  Serial.println(WiFi.localIP());
}}

void reconnect() {{
  while (!client.connected()) {{
    String clientId = "greenhouse-" + String(random(0xffff), HEX);
    if (client.connect(clientId.c_str())) {{
      client.subscribe("greenhouse/vent");
    }} else {{
      delay(5000);
    }}
  }}
}}

void setup() {{
  Serial.begin(115200);
  setup_wifi();
  client.setServer(mqtt_server, 1883);
}}

void loop() {{
  if (!client.connected()) reconnect();
  client.loop();
  unsigned long now = millis();
  if (now - lastMsg > 30000) {{
    lastMsg = now;
    client.publish("greenhouse/temp", String(analogRead(A0) * 0.0488).c_str());
  }}
}}
"""
    return r.choice(["greenhouse/greenhouse.ino", "firmware/sensor_node/sensor_node.ino", "src/main.cpp"]), txt


def t_secrets_h(c):
    r = c.rng
    s = ssid(r)
    macro = r.choice(["WIFI_PASSWORD", "SECRET_PASS", "STA_PSK", "WLAN_KEY", "AP_CODE"])
    v = c.V("esp-arduino", "wpa-psk", lambda rr: wpa_psk(rr, True), "code")
    txt = f"""#pragma once
// secrets.h - local network settings for the {r.choice(['doorbell', 'weather station', 'LED matrix', 'plant monitor'])}

#define SECRET_SSID "{s}"
#define {macro} "{v}"

#define OTA_HOSTNAME "{r.choice(WORDS)}-{r.randint(1, 9)}"
#define NTP_SERVER "pool.ntp.org"
#define TZ_INFO "CET-1CEST,M3.5.0,M10.5.0/3"
"""
    return r.choice(["include/secrets.h", "src/arduino_secrets.h", "firmware/config.h"]), txt


def t_micropython(c):
    r = c.rng
    s = ssid(r)
    v = c.V("esp-arduino", "wpa-psk", lambda rr: wpa_psk(rr, True), "code")
    q = r.choice(["'", '"'])
    txt = f"""# boot.py -- runs on boot-up
import network
import time
import webrepl

sta = network.WLAN(network.STA_IF)
sta.active(True)
if not sta.isconnected():
    print('connecting to network...')
    sta.connect({q}{s}{q}, {q}{v}{q})
    for _ in range(40):
        if sta.isconnected():
            break
        time.sleep_ms(250)
print('network config:', sta.ifconfig())

webrepl.start()
"""
    return r.choice(["boot.py", "micropython/boot.py", "firmware/main.py"]), txt


def t_esphome(c):
    r = c.rng
    s = ssid(r)
    dev = "%s-%s" % (r.choice(["garage", "hallway", "office", "lab"]), r.choice(["sensor", "plug", "relay", "light"]))
    v = c.V("esp-arduino", "wpa-psk", lambda rr: wpa_psk(rr), "yaml")
    txt = f"""esphome:
  name: {dev}
  friendly_name: {dev.replace('-', ' ').title()}

esp32:
  board: {r.choice(['esp32dev', 'esp32-c3-devkitm-1', 'nodemcu-32s'])}
  framework:
    type: arduino

logger:

api:
  encryption:
    key: !secret api_encryption_key

ota:
  - platform: esphome
    password: !secret ota_password

wifi:
  ssid: "{s}"
  password: {yq(v)}
  fast_connect: true
  ap:
    ssid: "{dev} Fallback"

captive_portal:

sensor:
  - platform: dht
    pin: GPIO{r.choice([4, 5, 13, 14])}
    temperature:
      name: "Temperature"
    humidity:
      name: "Humidity"
    update_interval: 60s
"""
    return "esphome/%s.yaml" % dev, txt


def t_ha_secrets(c):
    r = c.rng
    key = r.choice(["wifi_password", "iot_wifi_psk", "wlan_key", "home_net"])
    v = c.V("home-assistant", "wpa-psk", lambda rr: wpa_psk(rr), "yaml")
    txt = f"""# Use this file to store secrets like usernames and passwords.
# Learn more at https://www.home-assistant.io/docs/configuration/secrets/
latitude: {r.uniform(35, 60):.4f}
longitude: {r.uniform(-10, 20):.4f}
elevation: {r.randint(5, 600)}
wifi_ssid: "{ssid(r)}"
{key}: {yq(v)}
mqtt_broker: {ip(r)}
mqtt_port: 1883
influx_host: influxdb.local
"""
    return r.choice(["homeassistant/secrets.yaml", "config/secrets.yaml", "esphome/secrets.yaml"]), txt


def t_openwrt_wireless(c):
    r = c.rng
    s = ssid(r)
    v = c.V("openwrt", "wpa-psk", lambda rr: wpa_psk(rr), "code")
    txt = f"""
config wifi-device 'radio0'
	option type 'mac80211'
	option path 'platform/soc/18000000.wifi'
	option channel '{r.choice([1, 6, 11])}'
	option band '2g'
	option htmode 'HE20'
	option cell_density '0'
	option country '{r.choice(['US', 'DE', 'GB'])}'

config wifi-iface 'default_radio0'
	option device 'radio0'
	option network 'lan'
	option mode 'ap'
	option ssid '{s}'
	option encryption '{r.choice(['psk2', 'sae-mixed', 'psk2+ccmp'])}'
	option key '{v}'
	option ieee80211r '1'
	option ft_over_ds '0'
	option ft_psk_generate_local '1'

config wifi-device 'radio1'
	option type 'mac80211'
	option path 'platform/soc/18000000.wifi+1'
	option channel '36'
	option band '5g'
	option htmode 'HE80'
	option disabled '1'
"""
    return r.choice(["files/etc/config/wireless", "openwrt/etc/config/wireless", "backup/etc/config/wireless"]), txt


def t_openwrt_eap(c):
    r = c.rng
    v = c.V("openwrt", "radius-shared-secret", lambda rr: radius_secret(rr), "code")
    rip = ip(r)
    txt = f"""
config wifi-iface 'corp'
	option device 'radio1'
	option network 'staff'
	option mode 'ap'
	option ssid '{ssid(r)}'
	option encryption 'wpa2+ccmp'
	option auth_server '{rip}'
	option auth_port '1812'
	option auth_secret '{v}'
	option acct_server '{rip}'
	option acct_port '1813'
	option dynamic_vlan '2'
	option vlan_tagged_interface 'lan1'
	option nasid 'ap-{r.choice(['hall', 'library', 'gym'])}'
	option ieee80211w '1'
"""
    return r.choice(["files/etc/config/wireless", "ap-configs/wireless.corp"]), txt


def t_mikrotik(c):
    r = c.rng
    s = ssid(r)
    v = c.V("mikrotik", "wpa-psk", lambda rr: wpa_psk(rr, True), "code")
    txt = f"""# {r.choice(['jan', 'mar', 'jun', 'sep'])}/{r.randint(1, 28):02d}/2024 12:{r.randint(10, 59)}:{r.randint(10, 59)} by RouterOS 7.{r.randint(10, 16)}
# model = {r.choice(['hAP ax2', 'cAP ac', 'RB4011iGS+5HacQ2HnD', 'hAP ac2'])}
/interface bridge
add admin-mac={mac(r, upper=True)} auto-mac=no comment=defconf name=bridge
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=office supplicant-identity="" wpa2-pre-shared-key="{v}"
/interface wireless
set [ find default-name=wlan1 ] band=2ghz-b/g/n country={r.choice(['germany', 'netherlands', 'united states'])} disabled=no mode=ap-bridge security-profile=office ssid="{s}" wireless-protocol=802.11
/ip pool
add name=dhcp ranges=192.168.88.10-192.168.88.254
/ip dhcp-server
add address-pool=dhcp interface=bridge name=defconf
/ip address
add address=192.168.88.1/24 comment=defconf interface=bridge network=192.168.88.0
/system identity
set name={r.choice(WORDS)}-gw
"""
    return r.choice(["routeros/export.rsc", "mikrotik/office-ap.rsc", "backups/router.rsc"]), txt


def t_cisco_radius(c):
    r = c.rng
    t7 = r.random() < 0.4
    nm = r.choice(["ISE-PSN01", "ISE1", "NPS-01", "CPPM-A"])
    if t7:
        plain = radius_secret(r, True)
        v = c.V("cisco", "radius-shared-secret", lambda rr: cisco7(rr, plain), "bare")
        keyline = " key 7 %s" % v
    else:
        v = c.V("cisco", "radius-shared-secret", lambda rr: radius_secret(rr, True), "bare")
        keyline = " key %s%s" % (r.choice(["0 ", ""]), v)
    sw = "%s-%s%02d" % (r.choice(["acc", "dist", "sw"]), r.choice(["b1", "hq", "lab"]), r.randint(1, 30))
    txt = f"""!
version 17.9
service timestamps debug datetime msec
service timestamps log datetime msec
{'service password-encryption' + chr(10) if t7 else ''}!
hostname {sw}
!
aaa new-model
!
aaa group server radius ISE-GROUP
 server name {nm}
 ip radius source-interface Vlan{r.randint(10, 999)}
!
aaa authentication dot1x default group ISE-GROUP
aaa authorization network default group ISE-GROUP
aaa accounting dot1x default start-stop group ISE-GROUP
!
dot1x system-auth-control
!
radius server {nm}
 address ipv4 {ip(r)} auth-port 1812 acct-port 1813
 automate-tester username probe-user probe-on
{keyline}
!
interface GigabitEthernet1/0/{r.randint(1, 48)}
 switchport access vlan {r.randint(10, 200)}
 switchport mode access
 authentication port-control auto
 mab
 dot1x pae authenticator
 spanning-tree portfast
!
end
"""
    return r.choice(["configs/%s.cfg" % sw, "network/switches/%s.conf" % sw, "backups/%s-running.txt" % sw]), txt


def t_cisco_tacacs(c):
    r = c.rng
    t7 = r.random() < 0.5
    if t7:
        plain = radius_secret(r, True)
        v = c.V("cisco", "tacacs-key", lambda rr: cisco7(rr, plain), "bare")
        kl = " key 7 %s" % v
    else:
        v = c.V("cisco", "tacacs-key", lambda rr: radius_secret(rr, True), "bare")
        kl = " key %s" % v
    txt = f"""hostname {r.choice(['wlc', 'core', 'edge'])}-{r.randint(1, 9)}
!
aaa new-model
aaa group server tacacs+ TACACS-SERVERS
 server name TACACS-1
 ip vrf forwarding Mgmt-vrf
!
aaa authentication login default group TACACS-SERVERS local
aaa authorization exec default group TACACS-SERVERS local if-authenticated
aaa accounting commands 15 default start-stop group TACACS-SERVERS
!
tacacs server TACACS-1
 address ipv4 {ip(r)}
{kl}
 timeout 5
!
ip ssh version 2
line vty 0 15
 transport input ssh
!
"""
    return r.choice(["configs/aaa-template.cfg", "templates/tacacs.ios", "network/baseline-aaa.txt"]), txt


def t_tac_plus(c):
    r = c.rng
    v = c.V("tacacs", "tacacs-key", lambda rr: radius_secret(rr, True), "code")
    d = domain(r)
    txt = f"""# tac_plus.conf (shrubbery tac_plus)
accounting file = /var/log/tac_plus/acct.log
key = "{v}"

group = netadmin {{
    default service = permit
    service = exec {{
        priv-lvl = 15
    }}
}}

group = readonly {{
    service = exec {{
        priv-lvl = 1
    }}
    cmd = show {{
        permit .*
    }}
}}

user = DEFAULT {{
    login = PAM
    member = readonly
}}

user = {r.choice(WORDS)}.{r.choice(WORDS)} {{
    login = PAM
    member = netadmin
}}
# LDAP: see /etc/pam.d/tac_plus (realm {d})
"""
    return r.choice(["etc/tac_plus.conf", "tacacs/tac_plus.conf"]), txt


def t_aruba_instant(c):
    r = c.rng
    s = ssid(r)
    psk_mode = r.random() < 0.5
    if psk_mode:
        v = c.V("aruba", "wpa-psk", lambda rr: wpa_psk(rr, True), "bare")
        sec = f" opmode wpa2-psk-aes\n wpa-passphrase {v}"
        auth = ""
    else:
        v = c.V("aruba", "radius-shared-secret", lambda rr: radius_secret(rr, True), "bare")
        sec = " opmode wpa2-aes\n auth-server CPPM1"
        auth = f"wlan auth-server CPPM1\n ip {ip(r)}\n port 1812\n acctport 1813\n key {v}\n nas-id {s}-nas\n\n"
    txt = f"""version 8.10.0.{r.randint(1, 12)}
virtual-controller-country {r.choice(['US', 'DE', 'GB'])}
name {org(r)}-IAP
terminal-access
clock timezone {r.choice(['Berlin', 'London', 'Eastern-Time'])} 00 00
rf-band all

{auth}wlan ssid-profile {s.replace(' ', '_')}
 enable
 index 0
 type employee
 essid {s}
{sec}
 max-authentication-failures 0
 vlan {r.randint(10, 300)}
 rf-band all
 captive-portal disable
 dtim-period 1
 broadcast-filter arp
 dmo-channel-utilization-threshold 90
 local-probe-req-thresh 0
 max-clients-threshold 64
"""
    return r.choice(["aruba/iap-running-config.txt", "configs/aruba-instant.cfg"]), txt


def t_meraki_py(c):
    r = c.rng
    var = r.choice(["API_KEY", "DASHBOARD_KEY", "MERAKI_TOKEN", "dashboard_token", "KEY"])
    v = c.V("meraki", "api-key", meraki_key, "code")
    oid = str(r.randint(100000, 999999999999))
    txt = f"""#!/usr/bin/env python3
\"\"\"Nightly export of SSID settings for all networks in the org.\"\"\"
import csv
import meraki

{var} = "{v}"
ORG_ID = "{oid}"


def main():
    dashboard = meraki.DashboardAPI(
        api_key={var},
        output_log=False,
        suppress_logging=True,
        maximum_retries={r.randint(2, 6)},
    )
    networks = dashboard.organizations.getOrganizationNetworks(ORG_ID, total_pages="all")
    with open("ssids.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["network", "number", "name", "enabled", "authMode"])
        for net in networks:
            if "wireless" not in net["productTypes"]:
                continue
            for ssid in dashboard.wireless.getNetworkWirelessSsids(net["id"]):
                w.writerow([net["name"], ssid["number"], ssid["name"], ssid["enabled"], ssid["authMode"]])


if __name__ == "__main__":
    main()
"""
    return r.choice(["scripts/export_ssids.py", "meraki/ssid_report.py", "tools/meraki_export.py"]), txt


def t_meraki_curl(c):
    r = c.rng
    v = c.V("meraki", "api-key", meraki_key, "bare")
    hdr = r.choice(["X-Cisco-Meraki-API-Key: %s", "Authorization: Bearer %s"]) % v
    nid = "L_%d" % r.randint(10 ** 17, 10 ** 18)
    txt = f"""#!/bin/sh
# rotate the guest SSID PSK every Monday (cron) - psk comes from the wordlist generator
set -e
NET="{nid}"
NEWPSK="$(shuf -n3 /usr/share/dict/words | tr -d "'" | paste -sd- )"

curl -sS -X PUT "https://api.meraki.com/api/v1/networks/$NET/wireless/ssids/{r.randint(1, 14)}" \\
  -H "{hdr}" \\
  -H "Content-Type: application/json" \\
  --data "{{\\"psk\\": \\"$NEWPSK\\"}}"

echo "$NEWPSK" | mail -s "New guest wifi password" reception@{domain(r)}
"""
    return r.choice(["cron/rotate-guest-psk.sh", "scripts/meraki_psk_rotate.sh"]), txt


def t_meraki_ssid_json(c):
    r = c.rng
    s = ssid(r)
    v = c.V("meraki", "wpa-psk", lambda rr: wpa_psk(rr, True), "code")
    txt = json.dumps({
        "number": r.randint(0, 14), "name": s, "enabled": True, "splashPage": "None",
        "ssidAdminAccessible": False, "authMode": "psk", "psk": v, "encryptionMode": "wpa",
        "wpaEncryptionMode": r.choice(["WPA2 only", "WPA3 Transition Mode"]),
        "ipAssignmentMode": "Bridge mode", "useVlanTagging": True, "defaultVlanId": r.randint(10, 400),
        "minBitrate": 12, "bandSelection": "Dual band operation with Band Steering",
        "perClientBandwidthLimitUp": 0, "perClientBandwidthLimitDown": 0,
        "visible": True, "availableOnAllAps": True, "availabilityTags": [],
        "mandatoryDhcpEnabled": False, "lanIsolationEnabled": r.choice([True, False]),
    }, indent=r.choice([2, 4])) + "\n"
    return r.choice(["meraki/ssids/guest.json", "terraform/meraki/payloads/ssid-%d.json" % r.randint(1, 9), "fixtures/ssid_update.json"]), txt


def t_meraki_tf(c):
    r = c.rng
    v = c.V("meraki", "api-key", meraki_key, "code")
    txt = f"""terraform {{
  required_providers {{
    meraki = {{
      source  = "cisco-open/meraki"
      version = "~> 1.{r.randint(0, 3)}"
    }}
  }}
}}

provider "meraki" {{
  meraki_base_url  = "https://api.meraki.com"
  meraki_dashboard_api_key = "{v}"
  meraki_debug     = "false"
}}

resource "meraki_networks_wireless_ssids" "staff" {{
  network_id = var.network_id
  number     = "1"
  name       = "{ssid(r)}"
  enabled    = true
  auth_mode  = "8021x-radius"
  wpa_encryption_mode = "WPA2 only"
}}
"""
    return r.choice(["terraform/meraki/main.tf", "infra/wireless/providers.tf"]), txt


def t_unifi_login(c):
    r = c.rng
    user = r.choice(["api-readonly", "admin", "netops", "automation"])
    v = c.V("unifi", "controller-password", lambda rr: account_pw(rr), "code")
    host = r.choice(["unifi.%s" % domain(r), ip(r), "192.168.1.1"])
    txt = f"""import requests
import urllib3

urllib3.disable_warnings()

CONTROLLER = "https://{host}{r.choice([':8443', ''])}"
SITE = "{r.choice(['default', hexs(r, 8)])}"

session = requests.Session()
session.verify = False


def login():
    r = session.post(f"{{CONTROLLER}}/api/auth/login", json={{
        "username": "{user}",
        "password": "{v}",
        "remember": True,
    }})
    r.raise_for_status()
    csrf = r.headers.get("X-CSRF-Token")
    if csrf:
        session.headers["X-CSRF-Token"] = csrf


def clients():
    r = session.get(f"{{CONTROLLER}}/proxy/network/api/s/{{SITE}}/stat/sta")
    r.raise_for_status()
    return r.json()["data"]


if __name__ == "__main__":
    login()
    for c in clients():
        print(c.get("hostname", "?"), c["mac"], c.get("essid"), c.get("rssi"))
"""
    return r.choice(["unifi/clients.py", "scripts/unifi_clients.py", "monitoring/unifi_poll.py"]), txt


def t_unifi_apikey(c):
    r = c.rng
    v = c.V("unifi", "api-key", unifi_key, "code")
    var = r.choice(["UNIFI_API_KEY", "apiKey", "UI_KEY", "token"])
    txt = f"""// Poll the official UniFi Network integration API and push AP status to the NOC board
const BASE = 'https://{ip(r)}/proxy/network/integration/v1';
const {var} = '{v}';

async function get(path) {{
  const res = await fetch(`${{BASE}}${{path}}`, {{
    headers: {{ 'X-API-KEY': {var}, Accept: 'application/json' }},
  }});
  if (!res.ok) throw new Error(`${{res.status}} ${{path}}`);
  return res.json();
}}

export async function apStatus() {{
  const sites = await get('/sites');
  const out = [];
  for (const site of sites.data) {{
    const devices = await get(`/sites/${{site.id}}/devices?limit=200`);
    for (const d of devices.data) {{
      out.push({{ site: site.name, name: d.name, mac: d.macAddress, state: d.state }});
    }}
  }}
  return out;
}}
"""
    return r.choice(["noc/unifi.js", "src/integrations/unifi.mjs", "dashboard/lib/unifi.js"]), txt


def t_unifi_tf(c):
    r = c.rng
    s = ssid(r)
    v = c.V("unifi", "wpa-psk", lambda rr: wpa_psk(rr, True), "code")
    txt = f"""provider "unifi" {{
  api_url        = "https://{ip(r)}:8443"
  allow_insecure = true
  site           = "default"
}}

data "unifi_ap_group" "default" {{}}
data "unifi_user_group" "default" {{}}

resource "unifi_network" "iot" {{
  name    = "IoT"
  purpose = "corporate"
  subnet  = "10.{r.randint(0, 255)}.0.1/24"
  vlan_id = {r.randint(10, 400)}
}}

resource "unifi_wlan" "iot" {{
  name          = "{s}"
  passphrase    = "{v}"
  security      = "wpapsk"
  wpa3_support  = {r.choice(['true', 'false'])}
  network_id    = unifi_network.iot.id
  ap_group_ids  = [data.unifi_ap_group.default.id]
  user_group_id = data.unifi_user_group.default.id
}}
"""
    return r.choice(["terraform/unifi/wlan.tf", "infra/home/unifi.tf"]), txt


def t_omada(c):
    r = c.rng
    cid = hexs(r, 32)
    v = c.V("omada", "client-secret", lambda rr: hexs(rr, 32), "yaml")
    txt = f"""# omada-exporter settings
omada:
  url: https://{ip(r)}:8043
  omadac_id: {hexs(r, 32)}
  client_id: {cid}
  client_secret: {yq(v)}
  site: {r.choice(['Default', 'HQ', 'Warehouse'])}
  insecure: true
  request_timeout: 15s
exporter:
  listen: ":9202"
  log_level: info
"""
    return r.choice(["omada-exporter/config.yaml", "deploy/omada/values.yaml"]), txt


def t_clearpass(c):
    r = c.rng
    v = c.V("clearpass", "client-secret", lambda rr: rs(rr, 44), "yaml")
    txt = f"""---
# group_vars/clearpass.yml
clearpass_server: cppm.{domain(r)}
clearpass_validate_certs: true
clearpass_client_id: {r.choice(['ansible', 'automation', 'netbox-sync'])}
clearpass_client_secret: {yq(v)}
clearpass_grant_type: client_credentials
guest_sponsor_group: "Front Desk"
guest_account_lifetime_hours: {r.choice([8, 24, 72])}
"""
    return r.choice(["ansible/group_vars/clearpass.yml", "inventory/group_vars/cppm.yml"]), txt


def t_aruba_central(c):
    r = c.rng
    v = c.V("aruba", "client-secret", lambda rr: rs(rr, 32), "yaml")
    txt = f"""central_info:
  base_url: "https://apigw-{r.choice(['prod2', 'eucentral3', 'uswest4'])}.central.arubanetworks.com"
  customer_id: "{hexs(r, 32)}"
  client_id: "{rs(r, 32)}"
  client_secret: "{v}"
  username: "netops@{domain(r)}"
token_store:
  type: "local"
  path: "temp"
ssl_verify: true
"""
    return r.choice(["central/account.yaml", "pycentral/input_credentials.yaml"]), txt


def t_ise_ansible(c):
    r = c.rng
    nm = "%s-%s" % (r.choice(["wlc", "sw", "ap"]), r.randint(1, 99))
    v = c.V("cisco-ise", "radius-shared-secret", lambda rr: radius_secret(rr, True), "yaml")
    txt = f"""---
- name: Register network devices in ISE
  hosts: localhost
  gather_facts: false
  vars_files:
    - vars/ise.yml
  tasks:
    - name: Create {nm}
      cisco.ise.network_device:
        ise_hostname: "{{{{ ise_hostname }}}}"
        ise_username: "{{{{ ise_username }}}}"
        ise_password: "{{{{ ise_password }}}}"
        ise_verify: "{{{{ ise_verify }}}}"
        state: present
        name: {nm}
        description: "{r.choice(['Lobby WLC', 'Access switch', 'Branch AP'])}"
        NetworkDeviceIPList:
          - ipaddress: {ip(r)}
            mask: 32
        NetworkDeviceGroupList:
          - "Location#All Locations#{r.choice(['HQ', 'Branch', 'DC'])}"
        authenticationSettings:
          networkProtocol: RADIUS
          radiusSharedSecret: {yq(v)}
          enableKeyWrap: false
        tacacsSettings:
          connectModeOptions: "OFF"
"""
    return r.choice(["playbooks/ise-network-devices.yml", "ise/add_nad.yml"]), txt


def t_ruckus(c):
    r = c.rng
    v = c.V("ruckus", "controller-password", lambda rr: account_pw(rr), "code")
    txt = f"""#!/usr/bin/env python3
# SmartZone public API - list APs per zone
import requests

SZ = "https://{ip(r)}:8443/wsg/api/public/v{r.choice(['9_1', '10_0', '11_1'])}"

s = requests.Session()
s.verify = False
resp = s.post(f"{{SZ}}/serviceTicket", json={{"username": "{r.choice(['admin', 'apiuser', 'noc'])}", "password": "{v}"}})
resp.raise_for_status()
ticket = resp.json()["serviceTicket"]

zones = s.get(f"{{SZ}}/rkszones", params={{"serviceTicket": ticket}}).json()["list"]
for z in zones:
    aps = s.get(f"{{SZ}}/aps", params={{"serviceTicket": ticket, "zoneId": z["id"]}}).json()
    print(z["name"], aps["totalCount"])
"""
    return r.choice(["ruckus/list_aps.py", "scripts/sz_inventory.py"]), txt


def t_k8s_secret(c):
    r = c.rng
    plain = radius_secret(r)
    v = c.V("freeradius", "radius-shared-secret", lambda _: b64(plain), "bare")
    txt = f"""apiVersion: v1
kind: Secret
metadata:
  name: freeradius-clients
  namespace: {r.choice(['nac', 'radius', 'network'])}
  labels:
    app.kubernetes.io/name: freeradius
type: Opaque
data:
  CLIENT_NETWORK: {b64('10.%d.0.0/16' % r.randint(0, 255))}
  CLIENT_SECRET: {v}
"""
    return r.choice(["k8s/freeradius/secret.yaml", "deploy/radius/clients-secret.yaml"]), txt


def t_compose_radius(c):
    r = c.rng
    v = c.V("freeradius", "radius-shared-secret", lambda rr: radius_secret(rr, True), "yaml")
    txt = f"""services:
  radius:
    image: freeradius/freeradius-server:3.2.{r.randint(0, 6)}
    container_name: radius
    restart: unless-stopped
    ports:
      - "1812-1813:1812-1813/udp"
    environment:
      RADIUS_CLIENT_NET: "10.{r.randint(0, 255)}.0.0/16"
      RADIUS_CLIENT_SECRET: {yq(v)}
      TZ: Europe/{r.choice(['Berlin', 'London', 'Amsterdam'])}
    volumes:
      - ./raddb/clients.conf:/etc/raddb/clients.conf:ro
      - ./raddb/mods-config/files/authorize:/etc/raddb/mods-config/files/authorize:ro
    command: ["-X"]
"""
    return r.choice(["docker-compose.yml", "radius/compose.yaml"]), txt


def t_ansible_wifi(c):
    r = c.rng
    key = r.choice(["wifi_psk", "wlan_passphrase", "ap_key", "iot_network_secret", "hostapd_passphrase"])
    v = c.V("ansible", "wpa-psk", lambda rr: wpa_psk(rr), "yaml")
    txt = f"""---
# group_vars/access_points.yml
hostapd_interface: wlan0
hostapd_bridge: br-lan
hostapd_ssid: "{ssid(r)}"
hostapd_channel: {r.choice([1, 6, 11, 36])}
hostapd_country: {r.choice(['DE', 'US', 'GB', 'FR'])}
{key}: {yq(v)}
ntp_servers:
  - 0.pool.ntp.org
  - 1.pool.ntp.org
syslog_host: {ip(r)}
"""
    return r.choice(["ansible/group_vars/access_points.yml", "inventory/group_vars/aps/vars.yml", "host_vars/ap01.yml"]), txt


def t_captive_portal(c):
    r = c.rng
    v = c.V("captive-portal", "radius-shared-secret", lambda rr: radius_secret(rr, True), "yaml")
    txt = f"""# guest portal service configuration
server:
  listen: 0.0.0.0:8080
  base_url: https://wifi.{domain(r)}
  session_timeout: {r.choice(['4h', '8h', '24h'])}
portal:
  title: "Welcome to {org(r).replace('-', ' ').title()}"
  terms_url: /static/terms.html
  require_email: true
  sms_verification: {r.choice(['true', 'false'])}
radius:
  coa_port: 3799
  nas_ip: {ip(r)}
  secret: {yq(v)}
  vlan_guest: {r.randint(100, 900)}
throttle:
  down_kbps: {r.choice([2048, 5120, 10240])}
  up_kbps: {r.choice([1024, 2048])}
"""
    return r.choice(["portal/config.yaml", "guest-portal/settings.yml", "config/portal.yaml"]), txt


def t_guest_django(c):
    r = c.rng
    name = r.choice(["GUEST_WIFI_PSK", "GUEST_NETWORK_CODE", "LOBBY_WIFI"])
    v = c.V("captive-portal", "wpa-psk", lambda rr: wpa_psk(rr, True), "code")
    txt = f"""# settings/production.py
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["visitors.{domain(r)}"]

# Shown on the printed visitor badge
GUEST_WIFI_SSID = "{ssid(r)}"
{name} = "{v}"

CACHES = {{
    "default": {{
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://redis:6379/1",
    }}
}}
LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
"""
    return r.choice(["visitors/settings/production.py", "src/kiosk/settings/prod.py"]), txt


def t_rpi_userdata(c):
    r = c.rng
    s = ssid(r)
    if r.random() < 0.5:
        # Raspberry Pi Imager writes the derived PSK (PBKDF2) rather than the passphrase
        pp = wpa_psk(r, True)
        v = c.V("raspberry-pi", "wpa-pmk", lambda _: pmk(pp, s), "code")
    else:
        v = c.V("raspberry-pi", "wpa-psk", lambda rr: wpa_psk(rr, True), "code")
    user = r.choice(["pi", "admin", "kiosk"])
    txt = f"""#!/bin/bash
# firstrun.sh - generated for Raspberry Pi Imager style first boot
set +e

CURRENT_HOSTNAME=`cat /etc/hostname | tr -d " \\t\\n\\r"`
/usr/lib/raspberrypi-sys-mods/imager_custom set_hostname {r.choice(WORDS)}-pi
/usr/lib/userconf-pi/userconf '{user}' "$(cut -d: -f2 /boot/userconf.txt)"
systemctl enable ssh
/usr/lib/raspberrypi-sys-mods/imager_custom set_wlan '{s}' '{v}' '{r.choice(['GB', 'US', 'DE'])}'
rm -f /etc/xdg/autostart/piwiz.desktop
/usr/lib/raspberrypi-sys-mods/imager_custom set_keymap 'gb'
/usr/lib/raspberrypi-sys-mods/imager_custom set_timezone 'Europe/London'
rm -f /boot/firstrun.sh
sed -i 's| systemd.run.*||g' /boot/cmdline.txt
exit 0
"""
    return r.choice(["boot/firstrun.sh", "rpi-image/firstrun.sh"]), txt


def t_onboarding_md(c):
    r = c.rng
    s = ssid(r)
    v = c.V("docs", "wpa-psk", lambda rr: wpa_psk(rr, True), "code")
    txt = f"""# Event network cheat sheet

| Item | Value |
|------|-------|
| Venue | {r.choice(CITIES).title()} Convention Center, hall {r.choice('ABCDE')} |
| SSID | `{s}` |
| Passphrase | `{v}` |
| VLAN | {r.randint(100, 900)} |
| Uplink | {ip(r)}/29 |

Booth staff: do **not** connect the demo laptops to the public venue network.

## Troubleshooting

1. Forget the network, reconnect.
2. Check that the laptop has an address in the `10.x` range.
3. Ping the controller at `{ip(r)}`.
"""
    return r.choice(["docs/event-network.md", "EVENT.md", "notes/booth-wifi.md"]), txt


def t_wlc_cli(c):
    r = c.rng
    wid = r.randint(1, 16)
    s = ssid(r)
    v = c.V("cisco", "wpa-psk", lambda rr: wpa_psk(rr, True), "bare")
    txt = f"""! Catalyst 9800 WLC - guest WLAN with PSK
wlan {s.replace(' ', '_')} {wid} {s.replace(' ', '_')}
 no security ft adaptive
 no security wpa akm dot1x
 security wpa akm psk
 security wpa psk set-key ascii 0 {v}
 no shutdown
!
wireless profile policy GUEST-POLICY
 aaa-override
 central switching
 vlan {r.randint(100, 900)}
 no shutdown
!
wireless tag policy BRANCH-TAG
 wlan {s.replace(' ', '_')} policy GUEST-POLICY
!
"""
    return r.choice(["wlc/guest-wlan.cfg", "configs/c9800-guest.txt"]), txt


def t_env_example_no(c):
    # positive in a committed non-example env-style file
    r = c.rng
    v = c.V("unifi", "controller-password", lambda rr: account_pw(rr, True), "bare")
    txt = f"""# unifi-poller / unpoller
UP_UNIFI_DEFAULT_URL=https://{ip(r)}:8443
UP_UNIFI_DEFAULT_USER=unifipoller
UP_UNIFI_DEFAULT_PASS={v}
UP_UNIFI_DEFAULT_SAVE_SITES=true
UP_UNIFI_DEFAULT_SAVE_DPI=false
UP_INFLUXDB_URL=http://influxdb:8086
UP_PROMETHEUS_HTTP_LISTEN=0.0.0.0:9130
UP_POLLER_DEBUG=false
"""
    return r.choice(["deploy/unpoller/unpoller.conf", "docker/unpoller/env.list", "monitoring/unpoller.conf"]), txt


def t_ios_shortcut_js(c):
    r = c.rng
    s = ssid(r)
    v = c.V("esp-arduino", "wpa-psk", lambda rr: wpa_psk(rr, True), "code")
    txt = f"""// config.js for the ESP32 provisioning web app (BLE improv)
export const defaults = {{
  deviceNamePrefix: '{r.choice(WORDS)}-',
  wifi: {{
    ssid: '{s}',
    passphrase: '{v}',
    hidden: {r.choice(['false', 'true'])},
  }},
  mqtt: {{
    host: 'mqtt.{domain(r)}',
    port: 8883,
    tls: true,
  }},
  otaChannel: '{r.choice(['stable', 'beta'])}',
}};
"""
    return r.choice(["web/src/config.js", "provisioner/config.js"]), txt


POS_TEMPLATES = [
    ("win_wlan_profile", t_win_wlan_profile), ("ps1_netsh", t_ps1_netsh), ("bat_netsh", t_bat_netsh),
    ("android_wcs_psk", t_android_wcs_psk), ("android_wcs_eap", t_android_wcs_eap), ("android_kt", t_android_kt),
    ("android_java", t_android_java), ("mobileconfig_psk", t_mobileconfig_psk), ("mobileconfig_eap", t_mobileconfig_eap),
    ("wpa_supp_psk", t_wpa_supp_psk), ("wpa_supp_pmk", t_wpa_supp_pmk), ("wpa_supp_eap", t_wpa_supp_eap),
    ("wpa_supp_nthash", t_wpa_supp_nthash), ("wpa_supp_tls_keypass", t_wpa_supp_tls_keypass),
    ("nmconnection_psk", t_nmconnection_psk), ("nmconnection_8021x", t_nmconnection_8021x), ("nmcli_sh", t_nmcli_sh),
    ("netplan_wifi", t_netplan_wifi), ("netplan_8021x", t_netplan_8021x), ("iwd_psk", t_iwd_psk),
    ("hostapd_pass", t_hostapd_pass), ("hostapd_radius", t_hostapd_radius), ("hostapd_pskfile", t_hostapd_pskfile),
    ("freeradius_clients", t_freeradius_clients), ("freeradius_users", t_freeradius_users),
    ("freeradius_ldap", t_freeradius_ldap), ("freeradius_sql", t_freeradius_sql), ("radsecproxy", t_radsecproxy),
    ("qr_py", t_qr_py), ("qr_js", t_qr_js), ("qr_md", t_qr_md), ("arduino", t_arduino), ("secrets_h", t_secrets_h),
    ("micropython", t_micropython), ("esphome", t_esphome), ("ha_secrets", t_ha_secrets),
    ("openwrt_wireless", t_openwrt_wireless), ("openwrt_eap", t_openwrt_eap), ("mikrotik", t_mikrotik),
    ("cisco_radius", t_cisco_radius), ("cisco_tacacs", t_cisco_tacacs), ("tac_plus", t_tac_plus),
    ("aruba_instant", t_aruba_instant), ("meraki_py", t_meraki_py), ("meraki_curl", t_meraki_curl),
    ("meraki_ssid_json", t_meraki_ssid_json), ("meraki_tf", t_meraki_tf), ("unifi_login", t_unifi_login),
    ("unifi_apikey", t_unifi_apikey), ("unifi_tf", t_unifi_tf), ("omada", t_omada), ("clearpass", t_clearpass),
    ("aruba_central", t_aruba_central), ("ise_ansible", t_ise_ansible), ("ruckus", t_ruckus),
    ("k8s_secret", t_k8s_secret), ("compose_radius", t_compose_radius), ("ansible_wifi", t_ansible_wifi),
    ("captive_portal", t_captive_portal), ("guest_django", t_guest_django), ("rpi_firstrun", t_rpi_userdata),
    ("onboarding_md", t_onboarding_md), ("wlc_cli", t_wlc_cli), ("unpoller_env", t_env_example_no),
    ("provisioner_js", t_ios_shortcut_js),
]


# =========================================================================== NEGATIVE LOOK-ALIKES
# each: f(r) -> (relpath, text, provider, kind)

def n_win_protected(r):
    s = ssid(r)
    txt = f"""<?xml version="1.0"?>
<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">
	<name>{s}</name>
	<SSIDConfig>
		<SSID>
			<hex>{s.encode().hex().upper()}</hex>
			<name>{s}</name>
		</SSID>
	</SSIDConfig>
	<connectionType>ESS</connectionType>
	<connectionMode>auto</connectionMode>
	<MSM>
		<security>
			<authEncryption>
				<authentication>WPA2PSK</authentication>
				<encryption>AES</encryption>
				<useOneX>false</useOneX>
			</authEncryption>
			<sharedKey>
				<keyType>passPhrase</keyType>
				<protected>true</protected>
				<keyMaterial>{dpapi_blob(r)}</keyMaterial>
			</sharedKey>
		</security>
	</MSM>
	<MacRandomization xmlns="http://www.microsoft.com/networking/WLAN/profile/v3">
		<enableRandomization>false</enableRandomization>
		<randomizationSeed>{r.randint(100000000, 4294967295)}</randomizationSeed>
	</MacRandomization>
</WLANProfile>
"""
    return "wifi-export/Wi-Fi-%s.xml" % s.replace(" ", "_"), txt, "windows-wlan", "dpapi-protected-key"


def n_win_eaptls(r):
    s = ssid(r)
    thumbs = "\n".join("\t\t\t\t\t\t\t\t<TrustedRootCA>%s </TrustedRootCA>" % " ".join(hexs(r, 2) for _ in range(20)) for _ in range(r.randint(1, 2)))
    txt = f"""<?xml version="1.0"?>
<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">
	<name>{s}</name>
	<SSIDConfig><SSID><name>{s}</name></SSID></SSIDConfig>
	<connectionType>ESS</connectionType>
	<connectionMode>auto</connectionMode>
	<MSM>
		<security>
			<authEncryption>
				<authentication>WPA2</authentication>
				<encryption>AES</encryption>
				<useOneX>true</useOneX>
			</authEncryption>
			<PMKCacheMode>enabled</PMKCacheMode>
			<PMKCacheTTL>720</PMKCacheTTL>
			<PMKCacheSize>128</PMKCacheSize>
			<preAuthMode>disabled</preAuthMode>
			<OneX xmlns="http://www.microsoft.com/networking/OneX/v1">
				<authMode>machineOrUser</authMode>
				<EAPConfig><EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig"><EapMethod><Type xmlns="http://www.microsoft.com/provisioning/EapCommon">13</Type><VendorId xmlns="http://www.microsoft.com/provisioning/EapCommon">0</VendorId><VendorType xmlns="http://www.microsoft.com/provisioning/EapCommon">0</VendorType><AuthorId xmlns="http://www.microsoft.com/provisioning/EapCommon">0</AuthorId></EapMethod><Config xmlns="http://www.microsoft.com/provisioning/EapHostConfig"><Eap xmlns="http://www.microsoft.com/provisioning/BaseEapConnectionPropertiesV1"><Type>13</Type><EapType xmlns="http://www.microsoft.com/provisioning/EapTlsConnectionPropertiesV1">
							<CredentialsSource><CertificateStore><SimpleCertSelection>true</SimpleCertSelection></CertificateStore></CredentialsSource>
							<ServerValidation>
								<DisableUserPromptForServerValidation>true</DisableUserPromptForServerValidation>
								<ServerNames>nps01.{domain(r)}</ServerNames>
{thumbs}
							</ServerValidation>
							<DifferentUsername>false</DifferentUsername>
						</EapType></Eap></Config></EapHostConfig></EAPConfig>
			</OneX>
		</security>
	</MSM>
</WLANProfile>
"""
    return "gpo/wlan/%s-eaptls.xml" % s.split()[0], txt, "windows-wlan", "eap-tls-cert-only"


def n_android_v3(r):
    s = ssid(r)
    n = r.choice([48, 64, 80])
    txt = f"""<?xml version='1.0' encoding='utf-8' standalone='yes' ?>
<WifiConfigStoreData>
<int name="Version" value="3" />
<NetworkList>
<Network>
<WifiConfiguration>
<string name="ConfigKey">&quot;{s}&quot;WPA_PSK</string>
<string name="SSID">&quot;{s}&quot;</string>
<EncryptedData>
<byte-array name="EncryptedData" num="{n}">{hexs(r, n * 2)}</byte-array>
<byte-array name="IV" num="12">{hexs(r, 24)}</byte-array>
</EncryptedData>
<boolean name="HiddenSSID" value="false" />
<byte-array name="AllowedKeyMgmt" num="1">02</byte-array>
<string name="RandomizedMacAddress">{mac(r)}</string>
<int name="MacRandomizationSetting" value="{r.choice([1, 3])}" />
</WifiConfiguration>
<NetworkStatus>
<string name="SelectionStatus">NETWORK_SELECTION_ENABLED</string>
<boolean name="HasEverConnected" value="true" />
</NetworkStatus>
<IpConfiguration>
<string name="IpAssignment">DHCP</string>
<string name="ProxySettings">NONE</string>
</IpConfiguration>
</Network>
</NetworkList>
<MacAddressMap>
<map name="MacMapEntry">
<string name="&quot;{s}&quot;WPA_PSK">{mac(r)}</string>
</map>
</MacAddressMap>
</WifiConfigStoreData>
"""
    return "forensics/case-%d/WifiConfigStore.xml" % r.randint(100, 999), txt, "android-wifi", "keystore-encrypted"


def n_mobileconfig_tls(r):
    s = ssid(r)
    cu = uid(r, True)
    body = fake_cert_b64(r)
    certlines = "\n".join("\t\t\t" + l for l in pem_lines(body, 52))
    inner = f"""		<dict>
			<key>PayloadCertificateFileName</key>
			<string>{org(r)}-root-ca.cer</string>
			<key>PayloadContent</key>
			<data>
{certlines}
			</data>
			<key>PayloadDisplayName</key>
			<string>Root CA</string>
			<key>PayloadIdentifier</key>
			<string>com.apple.security.root.{cu}</string>
			<key>PayloadType</key>
			<string>com.apple.security.root</string>
			<key>PayloadUUID</key>
			<string>{cu}</string>
			<key>PayloadVersion</key>
			<integer>1</integer>
		</dict>
		<dict>
			<key>AutoJoin</key>
			<true/>
			<key>EAPClientConfiguration</key>
			<dict>
				<key>AcceptEAPTypes</key>
				<array><integer>13</integer></array>
				<key>TLSTrustedServerNames</key>
				<array><string>radius.{domain(r)}</string></array>
			</dict>
			<key>EncryptionType</key>
			<string>WPA2</string>
			<key>PayloadCertificateUUID</key>
			<string>{uid(r, True)}</string>
			<key>PayloadIdentifier</key>
			<string>com.apple.wifi.managed.{uid(r, True)}</string>
			<key>PayloadType</key>
			<string>com.apple.wifi.managed</string>
			<key>PayloadUUID</key>
			<string>{uid(r, True)}</string>
			<key>PayloadVersion</key>
			<integer>1</integer>
			<key>SSID_STR</key>
			<string>{s}</string>
		</dict>"""
    return "mdm/apple/%s-eaptls.mobileconfig" % s.split()[0], _plist_wrap(r, inner, s, "com.%s.tls" % org(r).replace("-", "")), \
        "apple-mobileconfig", "eap-tls-ca-cert"


def n_mobileconfig_prompt(r):
    s = ssid(r)
    d = domain(r)
    inner = f"""		<dict>
			<key>AutoJoin</key>
			<true/>
			<key>EAPClientConfiguration</key>
			<dict>
				<key>AcceptEAPTypes</key>
				<array><integer>25</integer></array>
				<key>OneTimeUserPassword</key>
				<false/>
				<key>OuterIdentity</key>
				<string>anonymous@{d}</string>
				<key>TLSTrustedServerNames</key>
				<array><string>radius.{d}</string></array>
				<key>UserName</key>
				<string>$EMAIL</string>
			</dict>
			<key>EncryptionType</key>
			<string>WPA2</string>
			<key>PayloadIdentifier</key>
			<string>com.apple.wifi.managed.{uid(r, True)}</string>
			<key>PayloadType</key>
			<string>com.apple.wifi.managed</string>
			<key>PayloadUUID</key>
			<string>{uid(r, True)}</string>
			<key>PayloadVersion</key>
			<integer>1</integer>
			<key>SSID_STR</key>
			<string>{s}</string>
		</dict>"""
    return "jamf/profiles/%s-prompt.mobileconfig" % s.split()[0], _plist_wrap(r, inner, s, "com.%s.peap" % org(r).replace("-", "")), \
        "apple-mobileconfig", "eap-password-prompt"


def n_wpa_tls_open(r):
    d = domain(r)
    host = "plc-%02d" % r.randint(1, 60)
    txt = f"""{_wpa_header(r)}
# plant floor - certificate auth, no shared secret on the device
network={{
    ssid="{ssid(r)}"
    key_mgmt=WPA-EAP
    eap=TLS
    identity="host/{host}.{d}"
    ca_cert="hash://server/sha256/{hexs(r, 64)}"
    client_cert="/etc/cert/{host}.crt"
    private_key="/etc/cert/{host}.key"
    domain_suffix_match="{d}"
}}

# visitor network (open, captive portal)
network={{
    ssid="{ssid(r)}"
    key_mgmt=NONE
    priority=-10
}}
"""
    return "rootfs/etc/wpa_supplicant/wpa_supplicant.conf", txt, "wpa_supplicant", "eap-tls-cert-hash"


def n_freeradius_stock(r):
    txt = """# -*- text -*-
##
## clients.conf -- client configuration directives
##
##	$Id$

#######################################################################
#
#  Define RADIUS clients (usually a NAS, Access Point, etc.).

#
#  Each client has a "short name" that is used to distinguish it from
#  other clients.
#
client localhost {
	ipaddr = 127.0.0.1
	proto = *
	#  The shared secret use to "encrypt" and "sign" packets between
	#  the NAS and FreeRADIUS.  You MUST change this secret from the
	#  default, otherwise it's not a secret any more!
	secret = testing123
	require_message_authenticator = no
	nas_type	 = other	# localhost isn't usually a NAS...
	limit {
		max_connections = 16
		lifetime = 0
		idle_timeout = 30
	}
}

# IPv6 Client
client localhost_ipv6 {
	ipv6addr	= ::1
	secret		= testing123
}
"""
    return r.choice(["raddb/clients.conf", "docker/freeradius/clients.conf"]), txt, "freeradius", "documented-default-secret"


def n_freeradius_hashed(r):
    lines = ["# local users - hashes generated with `mkpasswd -m sha-512` / radcrypt", ""]
    for _ in range(r.randint(2, 5)):
        u = "%s.%s" % (r.choice(WORDS), r.choice(WORDS))
        if r.random() < 0.5:
            salt = rs(r, 16, ALNUM + "./")
            h = "$6$%s$%s" % (salt, rs(r, 86, ALNUM + "./"))
            lines.append('%s\tCrypt-Password := "%s"' % (u, h))
        else:
            h = base64.b64encode(bytes(r.randrange(256) for _ in range(72))).decode()
            lines.append('%s\tSSHA2-512-Password := "%s"' % (u, h))
        lines.append('\tTunnel-Private-Group-Id = "%d"' % r.randint(10, 400))
        lines.append("")
    return "raddb/mods-config/files/authorize", "\n".join(lines) + "\n", "freeradius", "one-way-password-hash"


def n_nm_agent(r):
    s = ssid(r)
    txt = f"""[connection]
id={s}
uuid={uid(r)}
type=wifi
permissions=user:{r.choice(WORDS)}:;

[wifi]
mac-address={mac(r, upper=True)}
mode=infrastructure
seen-bssids={mac(r, upper=True)};{mac(r, upper=True)};
ssid={s}

[wifi-security]
key-mgmt=wpa-psk
psk-flags=1

[ipv4]
method=auto

[ipv6]
addr-gen-mode=stable-privacy
method=auto
"""
    return "dotfiles/nm/%s.nmconnection" % s.replace(" ", "_"), txt, "networkmanager", "agent-owned-secret"


def n_meraki_inventory(r):
    devs = []
    for _ in range(r.randint(3, 8)):
        devs.append({
            "name": "%s-AP-%02d" % (r.choice(["HQ", "LAB", "WH"]), r.randint(1, 60)),
            "serial": "Q2%s-%s-%s" % (rs(r, 2, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), rs(r, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), rs(r, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")),
            "mac": mac(r), "networkId": "L_%d" % r.randint(10 ** 17, 10 ** 18),
            "model": r.choice(["MR36", "MR46", "MR56", "CW9166I"]), "firmware": "wireless-%d-%d" % (r.randint(29, 31), r.randint(1, 7)),
            "lanIp": ip(r), "tags": [r.choice(["floor1", "floor2", "outdoor"])],
        })
    return r.choice(["inventory/meraki_devices.json", "fixtures/devices.json"]), json.dumps(devs, indent=2) + "\n", "meraki", "device-inventory"


def n_unifi_devices(r):
    out = {"meta": {"rc": "ok"}, "data": []}
    site = hexs(r, 24)
    for _ in range(r.randint(2, 5)):
        out["data"].append({
            "_id": hexs(r, 24), "site_id": site, "mac": mac(r), "model": r.choice(["U6LR", "UAL6", "U7PG2", "UAP6MP"]),
            "name": "ap-%s" % r.choice(["lobby", "kitchen", "office", "attic"]), "serial": hexs(r, 12, True),
            "version": "6.%d.%d.%d" % (r.randint(0, 6), r.randint(0, 40), r.randint(10000, 16000)),
            "cfgversion": hexs(r, 16), "adopted": True, "state": 1, "anon_id": uid(r),
            "ip": ip(r), "uptime": r.randint(1000, 9000000),
        })
    return r.choice(["unifi/fixtures/stat_device.json", "testdata/unifi-devices.json"]), json.dumps(out, indent=2) + "\n", "unifi", "device-inventory"


def n_airodump(r):
    lines = ["BSSID, First time seen, Last time seen, channel, Speed, Privacy, Cipher, Authentication, Power, # beacons, # IV, LAN IP, ID-length, ESSID, Key"]
    for _ in range(r.randint(5, 14)):
        s = ssid(r)
        lines.append("%s, 2024-0%d-1%d 1%d:%02d:%02d, 2024-0%d-1%d 1%d:%02d:%02d, %2d, %3d, WPA2, CCMP, PSK, %d, %6d, %6d,   0.  0.  0.  0, %2d, %s, " % (
            mac(r, upper=True), r.randint(1, 9), r.randint(0, 9), r.randint(0, 9), r.randint(0, 59), r.randint(0, 59),
            r.randint(1, 9), r.randint(0, 9), r.randint(0, 9), r.randint(0, 59), r.randint(0, 59), r.choice([1, 6, 11, 36, 44]),
            r.choice([54, 130, 360, 866]), -r.randint(30, 90), r.randint(1, 9000), r.randint(0, 200), len(s), s))
    return r.choice(["survey/site-survey-01.csv", "captures/scan-01.csv"]), "\n".join(lines) + "\n", "wifi-survey", "bssid-list"


def n_hostapd_open(r):
    s = ssid(r)
    txt = f"""# guest AP: open SSID, captive portal handled by nodogsplash
interface=wlan1
driver=nl80211
ssid={s}
bssid={mac(r)}
hw_mode=g
channel={r.choice([1, 6, 11])}
ieee80211n=1
wmm_enabled=1
auth_algs=1
wpa=0
ap_isolate=1
max_num_sta={r.choice([32, 64, 128])}
uuid={uid(r)}
device_name={s} AP
manufacturer=OpenWrt
ctrl_interface=/var/run/hostapd
"""
    return "etc/hostapd/guest-open.conf", txt, "hostapd", "open-network"


def n_wlc_masked(r):
    s = ssid(r)
    txt = f"""WLAN Identifier.................................. {r.randint(1, 16)}
Profile Name..................................... {s}
Network Name (SSID).............................. {s}
Status........................................... Enabled
MAC Filtering.................................... Disabled
Broadcast SSID................................... Enabled
Interface........................................ guest
Security
   802.11 Authentication:........................ Open System
   Static WEP Keys............................... Disabled
   Wi-Fi Protected Access (WPA/WPA2)............. Enabled
      WPA2 (Static AES).......................... Enabled
      Auth Key Management
         802.1x.................................. Disabled
         PSK..................................... Enabled
      PSK Format................................. ASCII
      Pre-Shared Key............................. ********
Radius Servers
   Authentication................................ {ip(r)} 1812
   Shared Secret................................. ****
Base MAC Address................................. {mac(r)}
"""
    return "docs/wlc/show-wlan-%s.txt" % s.split()[0].lower(), txt, "cisco", "masked-output"


def n_esp_wifimanager(r):
    txt = f"""#include <WiFi.h>
#include <WiFiManager.h>      // https://github.com/tzapu/WiFiManager
#include <Preferences.h>

// Credentials are entered by the user in the captive portal and kept in NVS.
Preferences prefs;
const char* AP_NAME = "{r.choice(WORDS).capitalize()}-Setup";

void setup() {{
  Serial.begin(115200);
  WiFiManager wm;
  wm.setConfigPortalTimeout(180);
  if (!wm.autoConnect(AP_NAME)) {{
    Serial.println("portal timeout, rebooting");
    ESP.restart();
  }}
  Serial.printf("chip id %08X, mac %s\\n", (uint32_t)ESP.getEfuseMac(), WiFi.macAddress().c_str());
  prefs.begin("app", false);
  prefs.putString("bssid", WiFi.BSSIDstr());
  prefs.end();
}}

void loop() {{
  delay(1000);
}}
"""
    return "firmware/provision/provision.ino", txt, "esp-arduino", "no-credential"


def n_eduroam_cat(r):
    d = domain(r)
    fps = ["%s" % ":".join(hexs(r, 2, True) for _ in range(32)) for _ in range(2)]
    txt = f"""# eduroam deployment notes ({d})
realm: {d}
anonymous_identity: anonymous@{d}
outer_eap: PEAP
inner_eap: MSCHAPv2
server_names:
  - radius1.{d}
  - radius2.{d}
ca:
  name: "{org(r).replace('-', ' ').title()} RADIUS CA"
  sha256_fingerprint: "{fps[0]}"
  previous_sha256_fingerprint: "{fps[1]}"
  serial: "{hexs(r, 32, True)}"
  not_after: 2034-0{r.randint(1, 9)}-1{r.randint(0, 9)}
support:
  email: servicedesk@{d}
  url: https://{d}/eduroam
"""
    return "eduroam/profile.yaml", txt, "eduroam", "ca-fingerprint"


def n_qr_open(r):
    s = ssid(r)
    txt = f"""# Lobby Wi-Fi

The lobby network is open; visitors accept the terms on the captive portal.

QR content used on the posters:

```
WIFI:T:nopass;S:{s};;
```

Generate with `qrencode -o lobby.png 'WIFI:T:nopass;S:{s};;'`.
"""
    return "docs/lobby-wifi.md", txt, "wifi-qr", "open-network"


def n_netplan_tls(r):
    s = ssid(r)
    txt = f"""network:
  version: 2
  wifis:
    wlan0:
      dhcp4: true
      access-points:
        "{s}":
          auth:
            key-management: eap
            method: tls
            identity: "host/{r.choice(WORDS)}-{r.randint(1, 99)}"
            ca-certificate: /etc/ssl/certs/corp-root.pem
            client-certificate: /etc/ssl/certs/client.pem
            client-key: /etc/ssl/private/client.key
"""
    return "etc/netplan/70-eaptls.yaml", txt, "netplan", "eap-tls-cert-only"


def n_ca_pem(r):
    body = fake_cert_b64(r)
    txt = "# RADIUS server CA - distribute to clients for server validation\n-----BEGIN CERTIFICATE-----\n" + \
        "\n".join(pem_lines(body)) + "\n-----END CERTIFICATE-----\n"
    return r.choice(["raddb/certs/ca.pem", "certs/radius-ca.crt", "eduroam/ca.pem"]), txt, "freeradius", "ca-certificate"


def n_ansible_vault(r):
    lines = ["$ANSIBLE_VAULT;1.1;AES256"]
    for _ in range(r.randint(5, 12)):
        lines.append(hexs(r, 80))
    txt = "---\nwifi_ssid: \"%s\"\nwifi_psk: !vault |\n" % ssid(r) + "\n".join("  " + l for l in lines) + \
        "\nradius_server: %s\n" % ip(r)
    return "ansible/group_vars/aps/vault.yml", txt, "ansible", "vault-encrypted"


def n_firmware_manifest(r):
    lines = ["# AP firmware mirror - verify before upload to controller", "", "| file | sha256 |", "|---|---|"]
    for _ in range(r.randint(3, 6)):
        fn = "%s-%d.%d.%d.bin" % (r.choice(["BZ.mt7621", "UAP6-LR", "MR36", "ArubaInstant_Hercules"]), r.randint(4, 10), r.randint(0, 9), r.randint(0, 999))
        lines.append("| `%s` | `%s` |" % (fn, hexs(r, 64)))
    return "firmware/CHECKSUMS.md", "\n".join(lines) + "\n", "firmware", "sha256-digest"


def n_radacct(r):
    out = []
    for _ in range(r.randint(2, 4)):
        out.append(f"""Mon Mar {r.randint(1, 28)} 1{r.randint(0, 9)}:{r.randint(10, 59)}:{r.randint(10, 59)} 2024
	Acct-Status-Type = {r.choice(['Start', 'Stop', 'Interim-Update'])}
	Acct-Session-Id = "{hexs(r, 16, True)}"
	Acct-Multi-Session-Id = "{hexs(r, 16, True)}"
	User-Name = "{r.choice(WORDS)}.{r.choice(WORDS)}@{domain(r)}"
	Calling-Station-Id = "{mac(r, '-', True)}"
	Called-Station-Id = "{mac(r, '-', True)}:{ssid(r)}"
	NAS-IP-Address = {ip(r)}
	NAS-Port-Type = Wireless-802.11
	Chargeable-User-Identity = 0x{hexs(r, 40)}
	Class = 0x{hexs(r, 48)}
	Event-Timestamp = "Mar  {r.randint(1, 28)} 2024 1{r.randint(0, 9)}:00:00 UTC"
""")
    return "var/log/radius/radacct/%s/detail-20240301" % ip(r), "\n".join(out), "freeradius", "accounting-log"


def n_meraki_networks(r):
    nets = []
    oid = str(r.randint(100000, 999999999999))
    for _ in range(r.randint(2, 5)):
        nid = "L_%d" % r.randint(10 ** 17, 10 ** 18)
        nets.append({"id": nid, "organizationId": oid, "name": "%s %s" % (r.choice(CITIES).title(), r.choice(["Office", "Store", "Clinic"])),
                     "productTypes": ["appliance", "switch", "wireless"], "timeZone": "Europe/Berlin",
                     "tags": [], "url": "https://n%d.meraki.com/%s/n/%s/manage/usage/list" % (r.randint(1, 400), rs(r, 8), rs(r, 8))})
    return "fixtures/meraki/networks.json", json.dumps(nets, indent=2) + "\n", "meraki", "network-ids"


def n_omada_site(r):
    txt = f"""# omada controller inventory (read-only export)
controller:
  url: https://{ip(r)}:8043
  omadac_id: {hexs(r, 32)}
  version: 5.{r.randint(9, 15)}.{r.randint(0, 30)}
sites:
  - id: {hexs(r, 24)}
    name: {r.choice(['Default', 'HQ', 'Branch-1'])}
    devices:
      - mac: {mac(r, '-', True)}
        model: EAP{r.choice([225, 245, 650, 670])}
        sn: {r.randint(10 ** 12, 10 ** 13)}
      - mac: {mac(r, '-', True)}
        model: ER{r.choice([605, 7206])}
        sn: {r.randint(10 ** 12, 10 ** 13)}
"""
    return "inventory/omada.yaml", txt, "omada", "device-inventory"


def n_ise_cert_list(r):
    rows = ["friendlyName,issuedTo,issuedBy,serialNumberDecimal,sha256Fingerprint,expirationDate"]
    for _ in range(r.randint(3, 6)):
        rows.append("%s,%s.%s,%s,%d,%s,2026-%02d-%02d" % (
            r.choice(["EAP", "Admin", "Portal", "pxGrid"]), r.choice(["ise01", "ise02", "psn1"]), domain(r),
            r.choice(["Corp Issuing CA", "Certificate Services Node CA"]), r.getrandbits(120), hexs(r, 64, True),
            r.randint(1, 12), r.randint(1, 28)))
    return "ise/certificates.csv", "\n".join(rows) + "\n", "cisco-ise", "cert-fingerprints"


NEG_LOOKALIKES = [
    ("win_protected", n_win_protected), ("win_eaptls", n_win_eaptls), ("android_v3_encrypted", n_android_v3),
    ("mobileconfig_tls", n_mobileconfig_tls), ("mobileconfig_prompt", n_mobileconfig_prompt),
    ("wpa_tls_open", n_wpa_tls_open), ("freeradius_stock", n_freeradius_stock), ("freeradius_hashed", n_freeradius_hashed),
    ("nm_agent", n_nm_agent), ("meraki_inventory", n_meraki_inventory), ("unifi_devices", n_unifi_devices),
    ("airodump_csv", n_airodump), ("hostapd_open", n_hostapd_open), ("wlc_masked", n_wlc_masked),
    ("esp_wifimanager", n_esp_wifimanager), ("eduroam_profile", n_eduroam_cat), ("qr_open", n_qr_open),
    ("netplan_tls", n_netplan_tls), ("ca_pem", n_ca_pem), ("ansible_vault", n_ansible_vault),
    ("firmware_manifest", n_firmware_manifest), ("radacct_detail", n_radacct), ("meraki_networks", n_meraki_networks),
    ("omada_inventory", n_omada_site), ("ise_cert_list", n_ise_cert_list),
]

# --------------------------------------------------------------------------- driver
EXT_TYPES = {"xml": "xml", "ps1": "powershell", "bat": "batch", "cmd": "batch", "kt": "kotlin", "java": "java",
             "mobileconfig": "mobileconfig", "conf": "conf", "nmconnection": "ini", "sh": "shell", "yaml": "yaml",
             "yml": "yaml", "psk": "ini", "py": "python", "mjs": "javascript", "js": "javascript", "md": "markdown",
             "ino": "arduino", "cpp": "cpp", "h": "c-header", "rsc": "routeros", "cfg": "ios-config", "txt": "text",
             "ios": "ios-config", "json": "json", "tf": "terraform", "csv": "csv", "pem": "pem", "crt": "pem",
             "list": "envfile", "wpa_psk": "conf"}


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base in ("wireless", "wireless.corp"):
        return "uci"
    if base in ("network-config",):
        return "yaml"
    if base in ("ldap", "sql", "users", "authorize") or base.startswith("detail-"):
        return "freeradius"
    if "." in base:
        return EXT_TYPES.get(base.rsplit(".", 1)[-1], "text")
    return "text"


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_nr.py OUTDIR SEED\n")
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    rng = random.Random(seed)
    manifest, secrets = [], []
    used_needles = []

    def write(rel, text):
        full = os.path.join(out, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)

    # positives: cycle through templates in shuffled order so all are used ~evenly
    order = []
    while len(order) < 500:
        blk = list(range(len(POS_TEMPLATES)))
        rng.shuffle(blk)
        order.extend(blk)
    for i in range(500):
        name, fn = POS_TEMPLATES[order[i]]
        for _attempt in range(20):
            sub = random.Random(rng.getrandbits(64))
            c = Ctx(sub, "pos")
            rel, text = fn(c)
            nd = c.needle
            if nd and len(nd) >= 8 and text.count(nd) == 1:
                break
        else:
            raise RuntimeError("template %s failed to produce a unique needle" % name)
        rel = "pos/p%04d/%s" % (i, rel)
        write(rel, text)
        line = text[:text.index(nd)].count("\n") + 1
        manifest.append({"file": rel, "label": "pos", "provider": c.provider, "kind": c.kind,
                         "filetype": filetype(rel), "template": name})
        secrets.append({"file": rel, "needle": nd, "line": line})
        used_needles.append(nd)

    # negatives: 250 re-used positive templates with non-secret values, 250 look-alikes
    neg_items = []
    order = []
    while len(order) < 250:
        blk = list(range(len(POS_TEMPLATES)))
        rng.shuffle(blk)
        order.extend(blk)
    for k in range(250):
        neg_items.append(("reuse", order[k]))
    order = []
    while len(order) < 250:
        blk = list(range(len(NEG_LOOKALIKES)))
        rng.shuffle(blk)
        order.extend(blk)
    for k in range(250):
        neg_items.append(("look", order[k]))
    rng.shuffle(neg_items)
    for i, (typ, idx) in enumerate(neg_items):
        sub = random.Random(rng.getrandbits(64))
        if typ == "reuse":
            name, fn = POS_TEMPLATES[idx]
            c = Ctx(sub, "neg")
            rel, text = fn(c)
            provider, kind, tname = c.provider, "placeholder:" + c.kind, name + "+neg"
        else:
            name, fn = NEG_LOOKALIKES[idx]
            rel, text, provider, kind = fn(sub)
            tname = "neg_" + name
        rel = "neg/n%04d/%s" % (i, rel)
        write(rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(rel), "template": tname})

    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
