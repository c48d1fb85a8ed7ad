#!/usr/bin/env python3
"""Blind evaluation-set generator "aq" for a git pre-commit secret scanner.

EMPHASIS
    Network devices and their configs: the repositories of network engineers
    (Oxidized/RANCID config backups, NetBox/Nornir/NAPALM/Netmiko/Ansible
    automation).  Device passwords and shared keys in a dozen vendor syntaxes
    (Cisco IOS/IOS-XE/NX-OS/ASA/WLC, Junos curly and set, Arista EOS, MikroTik
    RouterOS, FortiOS, PAN-OS, pfSense, VyOS, keepalived, HAProxy, WireGuard,
    OpenVPN, hostapd/wpa_supplicant, UniFi, Aruba, Ruckus) sit next to password
    hashes, Junos $9$ / Cisco type-7 obfuscations, SNMP OIDs/engine ids, MACs,
    WWNs, certificate hex dumps and fingerprints.  Negatives are the innocent
    neighbours: hashes (Cisco 5/8/9, $6$, bcrypt, PAN-OS phash, FortiOS SH2),
    public key/certificate hex blocks under the same `key-string` keyword,
    variables/interpolations, vault/SOPS ciphertext, redacted backups
    (`<secret hidden>`, `<removed>`, `*****`), lab defaults, ids and digests.

USAGE
    python3 gen_aq.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relative path>, OUTDIR/neg/nNNNN/<relative path>
    (500 + 500), OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl, then runs a
    self-check and prints counts.  Deterministic per seed (random.Random(SEED)
    only; no clock, no uuid4, no os.urandom).

NEEDLE CONVENTIONS
    * needle = the secret value only, exactly as written (no quotes, no key name):
      `enable password Fj3!kd9x` -> `Fj3!kd9x`; `password 7 0822455D0A16` ->
      `0822455D0A16`; Junos `secret "$9$..."` -> `$9$...` (without quotes);
      HAProxy `stats auth admin:PW` -> `PW`; `.cloginrc add password * {PW}` -> `PW`.
    * Reversible obfuscations (Cisco type 7, Junos $9$, FortiOS `ENC <b64>` on
      non-admin secrets, SecureCRT "Password V2", NX-OS `password 3`, EOS BGP
      `password 7 <b64>`) are POSITIVES: the needle is the obfuscated string.
    * One-way hashes (Cisco type 5/8/9, `$1$/$5$/$6$`, bcrypt, PAN-OS <phash>,
      FortiOS admin `ENC SH2...`, SNMP localized keys) are NEGATIVES.
    * Multi-line secrets (OpenVPN static key) -> needle is the FIRST hex line of
      the key body; `line` is that line.
    * NetBox v2 token -> whole `nbt_<key>.<token>` string.
    * `line` is 1-based, the line where the needle starts.

DOUBTS
    * NetBox v2 token: `nbt_` + 12 alphanumerics + `.` + 40 alphanumerics, taken
      from the single example in NetBox docs (nbt_4F9DAouzURLb.zjebx...); the
      exact alphabet/length of both parts is inferred from that example.
    * PAN-OS API key: base64 of "-AQ==" + base64(20 bytes) + base64(16 bytes),
      inferred by decoding the documented example (LUFRPT14MW5x...); real keys
      may differ in inner lengths between PAN-OS versions.
    * FortiOS `ENC <base64>` for reversible secrets: modelled as base64 of a
      4-byte IV + AES-CBC ciphertext (random bytes here); exact length rules vary
      by FortiOS version.  FortiGate REST API key: 30 chars [a-z0-9] (my memory,
      not verified).  Admin `ENC SH2...` modelled as base64(12 salt+32 digest).
    * F5 iControl REST token: 26 chars [A-Z0-9] (from memory).
    * SecureCRT "Password V2"=02:<hex>: hex length modelled as 64, 96 or 128 chars.
    * NX-OS `password 3 <hex>` (3DES) and EOS BGP `password 7 <base64>` lengths
      are approximations.  Cisco type 7 and Junos $9$ are computed with the
      real (public) algorithms and round-trip tested.
    * Keepalived auth_pass only uses the first 8 characters; we write 8.
    * SNMP v3 positives are authNoPriv (one credential per file); SNMP localized
      keys (`0x...` + `localizedkey`) are treated as negative per the brief, though
      they are engine-bound key material.
    * Cisco type 6 (`key 6 ...AAB`, AES under a device-local master key) and Junos
      `$8$aes256-gcm$...` (master-password encrypted) are modelled as NEGATIVES
      (ciphertext, key not in the file).  Their alphabets/lengths are approximate
      (type 6: chars A-h incl. [\\]^_` ending in "AAB", from memory).
    * Multi-line OpenVPN static keys: scanners may report the BEGIN line instead
      of the first hex line (one line earlier).
    * `public`/`private` SNMP communities appear only in clearly lab/sandbox files
      as negatives.  NetBox-docker's documented dev token
      0123456789abcdef0123456789abcdef01234567 is used as a negative.
"""
import base64
import binascii
import hashlib
import json
import os
import random
import sys
import zlib

# ---------------------------------------------------------------- primitives
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
HEXL = "0123456789abcdef"
CRYPT64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
BAD_SEQS = ("abcd", "1234", "2345", "3456", "4567", "5678", "6789", "bcde", "cdef",
            "xxxx", "XXXX", "0000", "1111", "aaaa", "AAAA", "a1b2", "qwer", "asdf")


def _ok(s):
    low = s.lower()
    return not any(b.lower() in low for b in BAD_SEQS)


def rstr(r, alphabet, n):
    while True:
        s = "".join(r.choice(alphabet) for _ in range(n))
        if _ok(s):
            return s


def rhex(r, n, upper=False):
    s = rstr(r, HEXL, n)
    return s.upper() if upper else s


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def rb64(r, n):
    while True:
        s = base64.b64encode(rbytes(r, n)).decode()
        if _ok(s):
            return s


def ruuid(r):
    h = rhex(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rmac(r, sep=":", style="colon"):
    b = rbytes(r, 6)
    b = bytes([b[0] & 0xFC]) + b[1:]
    h = b.hex()
    if style == "cisco":
        return "%s.%s.%s" % (h[:4], h[4:8], h[8:])
    return sep.join(h[i:i + 2] for i in range(0, 12, 2)).upper() if style == "upper" else sep.join(h[i:i + 2] for i in range(0, 12, 2))


def rip(r, net=None):
    if net is None:
        net = r.choice(["10.%d.%d" % (r.randint(0, 254), r.randint(0, 254)),
                        "172.%d.%d" % (r.randint(16, 31), r.randint(0, 254)),
                        "192.168.%d" % r.randint(0, 254)])
    return "%s.%d" % (net, r.randint(1, 254))


def rpubip(r):
    return r.choice(["203.0.113.%d", "198.51.100.%d", "192.0.2.%d"]) % r.randint(2, 250)


def crc_b62(s):
    n = zlib.crc32(s.encode()) & 0xFFFFFFFF
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = B62[m] + out
    return out.rjust(6, "0")


# ---------------------------------------------------------------- passwords
NAMES = ["Marek", "Sophie", "Lukas", "Ingrid", "Tomasz", "Elena", "Bjorn", "Chiara",
         "Rafael", "Yuki", "Anouk", "Dmitri", "Saoirse", "Mateo", "Hanna", "Kofi",
         "Priya", "Jonas", "Aurelie", "Niamh", "Oskar", "Leila", "Viktor", "Greta"]
WORDS = ["winter", "falcon", "river", "Granite", "harbor", "Maple", "thunder", "cobalt",
         "Juniper", "lantern", "Orchid", "meadow", "Saturn", "copper", "Tundra", "walrus",
         "Pepper", "glacier", "Nimbus", "raven", "Bramble", "sierra", "Quartz", "willow",
         "Kestrel", "ember", "Mosaic", "pylon", "Fjord", "badger", "Osprey", "Cactus"]
PLACES = ["Oslo", "Brno", "Lyon", "Porto", "Gdansk", "Kyoto", "Austin", "Leeds", "Graz", "Perth"]
SYMS = "!@#$%&*.-_+?"
LEET = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5", "t": "7"}


def leet(r, w):
    out = []
    for c in w:
        if c.lower() in LEET and r.random() < 0.5:
            out.append(LEET[c.lower()])
        else:
            out.append(c)
    return "".join(out)


def human_pw(r):
    y = str(r.randint(1968, 2016))
    k = r.randint(0, 7)
    if k == 0:
        s = "%s%s%s%s" % (r.choice(NAMES), r.choice(".-_"), y, r.choice(WORDS).lower())
    elif k == 1:
        s = "%s%s%s%d" % (leet(r, r.choice(WORDS).capitalize()), leet(r, r.choice(WORDS)), r.choice(SYMS), r.randint(2, 99))
    elif k == 2:
        s = "%s%s%d%s" % (r.choice(WORDS).capitalize(), r.choice(WORDS).capitalize(), r.randint(10, 99), r.choice("!#$%?"))
    elif k == 3:
        s = "%s@%s%s" % (r.choice(PLACES), leet(r, r.choice(WORDS).lower()), y[2:])
    elif k == 4:
        s = "%s%s%s%s" % (leet(r, r.choice(NAMES)), r.choice(SYMS), r.choice(WORDS).lower(), r.randint(3, 999))
    elif k == 5:
        s = "%s%s%s" % (r.choice(WORDS).lower(), y, r.choice(SYMS) + r.choice(WORDS).capitalize())
    elif k == 6:
        s = "%s%s%s%s" % (r.choice(WORDS).capitalize(), r.choice("&+#"), leet(r, r.choice(WORDS)), r.randint(1, 9))
    else:
        s = "%s%s!%s" % (r.choice(NAMES).lower(), r.randint(11, 88), r.choice(PLACES))
    if not _ok(s):
        return human_pw(r)
    return s


def random_pw(r, n=None):
    n = n or r.randint(14, 24)
    k = r.randint(0, 2)
    if k == 0:
        return rstr(r, ALNUM, n)
    if k == 1:
        return rstr(r, ALNUM + "!#%*+-=?@^_", n)
    return rb64(r, r.choice([12, 15, 18, 24])).rstrip("=")


def net_secret(r, maxlen=None):
    """Key/password of the sort network people type into configs."""
    s = human_pw(r) if r.random() < 0.5 else random_pw(r)
    if maxlen:
        s = s[:maxlen]
    return s


def plain_for_cli(r, maxlen=25):
    """Secret safe for IOS-like CLI (no spaces, no '?', no quotes)."""
    while True:
        s = net_secret(r, maxlen).replace("?", "").replace('"', "").replace(" ", "")
        if len(s) >= 8 and _ok(s):
            return s


# ---------------------------------------------------------------- Cisco type 7
XLAT = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87"


def type7_encode(r, plain):
    seed = r.randint(0, 15)
    out = "%02d" % seed
    for i, c in enumerate(plain):
        out += "%02X" % (ord(c) ^ ord(XLAT[(seed + i) % len(XLAT)]))
    return out


def type7_decode(enc):
    seed = int(enc[:2])
    body = enc[2:]
    return "".join(chr(int(body[i:i + 2], 16) ^ ord(XLAT[(seed + i // 2) % len(XLAT)]))
                   for i in range(0, len(body), 2))


# ---------------------------------------------------------------- Junos $9$
J_FAMILY = ["QzF3n6/9CAtpu0O", "B1IREhcSyrleKvMW8LXx", "7N-dVbwsY2g4oaJZGUDj", "iHkq.mPf5T"]
J_EXTRA = {}
for _x, _item in enumerate(J_FAMILY):
    for _c in _item:
        J_EXTRA[_c] = 3 - _x
J_NUM_ALPHA = list("".join(J_FAMILY))
J_ALPHA_NUM = {c: i for i, c in enumerate(J_NUM_ALPHA)}
J_ENC = [[1, 4, 32], [1, 16, 32], [1, 8, 32], [1, 64], [1, 32], [1, 4, 16, 128], [1, 32, 64]]


def junos9_encode(r, plain):
    salt = r.choice(J_NUM_ALPHA)
    rand = "".join(r.choice(J_NUM_ALPHA) for _ in range(J_EXTRA[salt]))
    prev = salt
    crypt = "$9$" + salt + rand
    for pos, ch in enumerate(plain):
        enc = J_ENC[pos % len(J_ENC)]
        o = ord(ch)
        gaps = []
        for mod in reversed(enc):
            gaps.insert(0, o // mod)
            o %= mod
        for g in gaps:
            g += J_ALPHA_NUM[prev] + 1
            prev = J_NUM_ALPHA[g % len(J_NUM_ALPHA)]
            crypt += prev
    return crypt


def junos9_decode(crypt):
    chars = crypt[3:]
    first, chars = chars[0], chars[1:]
    chars = chars[J_EXTRA[first]:]
    prev = first
    out = ""
    while chars:
        dec = J_ENC[len(out) % len(J_ENC)]
        nib, chars = chars[:len(dec)], chars[len(dec):]
        num = 0
        for i, c in enumerate(nib):
            g = (J_ALPHA_NUM[c] - J_ALPHA_NUM[prev]) % len(J_NUM_ALPHA) - 1
            prev = c
            num += g * dec[i]
        out += chr(num % 256)
    return out


# ---------------------------------------------------------------- hashes (negatives)
def crypt_str(r, n):
    return rstr(r, CRYPT64, n)


def md5crypt(r):
    return "$1$%s$%s" % (crypt_str(r, r.choice([4, 8])), crypt_str(r, 22))


def cisco_t8(r):
    return "$8$%s$%s" % (crypt_str(r, 14), crypt_str(r, 43))


def cisco_t9(r):
    return "$9$%s$%s" % (crypt_str(r, 14), crypt_str(r, 43))


def sha512crypt(r):
    return "$6$%s$%s" % (crypt_str(r, r.choice([8, 16])), crypt_str(r, 86))


def sha256crypt(r):
    return "$5$%s$%s" % (crypt_str(r, r.choice([8, 16])), crypt_str(r, 43))


def bcrypt_hash(r):
    return "$2y$10$%s" % crypt_str(r, 53)


def asa_hash(r):
    return crypt_str(r, 16)


def forti_sh2(r):
    return "SH2" + base64.b64encode(rbytes(r, 44)).decode()


# ---------------------------------------------------------------- X25519 (WireGuard)
_P = 2 ** 255 - 19
_A24 = 121665


def x25519_base(k_bytes):
    k = bytearray(k_bytes)
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    k = int.from_bytes(bytes(k), "little")
    x1, x2, z2, x3, z3, swap = 9, 1, 0, 9, 1, 0
    for t in reversed(range(255)):
        kt = (k >> t) & 1
        swap ^= kt
        if swap:
            x2, x3, z2, z3 = x3, x2, z3, z2
        swap = kt
        a = (x2 + z2) % _P; aa = a * a % _P
        b = (x2 - z2) % _P; bb = b * b % _P
        e = (aa - bb) % _P
        c = (x3 + z3) % _P; d = (x3 - z3) % _P
        da = d * a % _P; cb = c * b % _P
        x3 = (da + cb) ** 2 % _P
        z3 = x1 * (da - cb) ** 2 % _P
        x2 = aa * bb % _P
        z2 = e * (aa + _A24 * e) % _P
    if swap:
        x2, x3, z2, z3 = x3, x2, z3, z2
    return (x2 * pow(z2, _P - 2, _P) % _P).to_bytes(32, "little")


def wg_keypair(r):
    raw = bytearray(rbytes(r, 32))
    raw[0] &= 248
    raw[31] &= 127
    raw[31] |= 64
    priv = base64.b64encode(bytes(raw)).decode()
    pub = base64.b64encode(x25519_base(bytes(raw))).decode()
    return priv, pub


def wg_pub(r):
    return wg_keypair(r)[1]


# ---------------------------------------------------------------- naming helpers
SITES = ["ams1", "fra2", "lon3", "nyc1", "sjc2", "sin1", "waw1", "prg2", "dub1", "ord4",
         "muc1", "osl1", "hel2", "mad1", "bru1", "zrh3", "vie1", "syd2", "tor1", "cph1"]
ROLES = ["core-rtr", "edge-rtr", "dist-sw", "acc-sw", "fw", "wan-rtr", "bdr", "leaf", "spine", "oob-sw", "wlc", "vpn-gw"]
USERS = ["netops", "neteng", "automation", "oxidized", "rancid", "svc_netbox", "ansible",
         "backup", "nocadmin", "jkowalski", "mvandenberg", "sthompson", "a.moreau", "r.silva"]
DESCS = ["UPLINK-TO-CORE", "PEER-TRANSIT-1", "MGMT", "SERVER-FARM", "VOICE", "WIFI-CORP", "DMZ",
         "TO-FW-OUTSIDE", "LAG-MEMBER", "CUST-ACME-L3", "IPT-PHONES", "PRINTERS", "BACKUP-LINK"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def hostname(r, role=None):
    return "%s-%s%02d" % (r.choice(SITES), role or r.choice(ROLES), r.randint(1, 24))


def ts_ios(r):
    return "%02d:%02d:%02d UTC %s %s %d %d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59),
                                             r.choice(DAYS), r.choice(MONTHS), r.randint(1, 28), r.randint(2019, 2025))


def date_iso(r):
    return "%d-%02d-%02d" % (r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28))


def serial(r, pre=None):
    return (pre or r.choice(["FDO", "FOC", "FGL", "JAE", "SAL", "FTX"])) + "%02d%02d" % (r.randint(18, 27), r.randint(1, 52)) + rstr(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 4)


def pick(r, seq):
    return r.choice(seq)


def gen_name(r, specific, generic):
    """~1/3 generic names."""
    return r.choice(generic) if r.random() < 0.34 else r.choice(specific)


# ---------------------------------------------------------------- Cisco IOS builder
IOS_IFACES = ["GigabitEthernet0/0/0", "GigabitEthernet0/0/1", "GigabitEthernet1/0/1", "GigabitEthernet1/0/24",
              "TenGigabitEthernet1/1/1", "TenGigabitEthernet1/1/2", "Vlan10", "Vlan20", "Vlan100", "Loopback0",
              "Port-channel1", "GigabitEthernet0/1", "GigabitEthernet0/2"]


def ios_iface(r, name, extra=()):
    out = ["interface %s" % name, " description %s" % r.choice(DESCS)]
    if name.startswith("Loopback"):
        out.append(" ip address %s 255.255.255.255" % rip(r))
    elif name.startswith("Vlan") or r.random() < 0.5:
        out.append(" ip address %s 255.255.255.%s" % (rip(r), r.choice(["0", "252", "248", "128", "192"])))
    else:
        out.append(" switchport mode %s" % r.choice(["access", "trunk"]))
        if r.random() < 0.5:
            out.append(" switchport access vlan %d" % r.choice([10, 20, 30, 100, 210]))
    out.extend(extra)
    if r.random() < 0.3:
        out.append(" mac-address %s" % rmac(r, style="cisco"))
    if r.random() < 0.4:
        out.append(" no shutdown")
    out.append("!")
    return out


def ios_header(r, host, flavor):
    out = []
    if flavor == "rancid":
        out += ["!RANCID-CONTENT-TYPE: cisco", "!", "!Chassis type: %s - a %s router" % (r.choice(["ISR4331/K9", "ISR4451-X/K9", "C8300-1N1S-6T"]), r.choice(["ISR4300", "C8300"])),
                "!Serial Number: %s" % serial(r), "!Image: Software: %s" % r.choice(["ISR4300-UNIVERSALK9-M, 17.6.5", "C8000BE-UNIVERSALK9-M, 17.9.4a"]), "!"]
    elif flavor == "oxidized":
        out += ["! Cisco IOS XE Software, Version %s" % r.choice(["17.06.05", "17.09.04a", "16.12.10", "17.03.08a"]),
                "! Processor board ID %s" % serial(r), "! Memory: nvram %dK" % r.choice([32768, 33554]), "!"]
    else:
        out += ["Building configuration...", "", "Current configuration : %d bytes" % r.randint(4000, 40000)]
    out += ["!", "! Last configuration change at %s by %s" % (ts_ios(r), r.choice(USERS))]
    if r.random() < 0.5:
        out.append("! NVRAM config last updated at %s by %s" % (ts_ios(r), r.choice(USERS)))
    out += ["!", "version %s" % r.choice(["15.2", "15.9", "16.12", "17.6", "17.9"]),
            "service timestamps debug datetime msec", "service timestamps log datetime msec"]
    if r.random() < 0.5:
        out.append("service password-encryption")
    out += ["!", "hostname %s" % host, "!", "boot-start-marker", "boot-end-marker", "!"]
    return out


IOS_ROLES = ["core-rtr", "edge-rtr", "dist-sw", "acc-sw", "wan-rtr", "bdr", "oob-sw", "vpn-gw", "pe"]


def ios_config(r, host=None, auth=(), glob=(), iface_extra=None, routing=(), mgmt=(), flavor=None,
               hash_enable=True, n_if=None, enable_line=None):
    """Return list of lines of an IOS/IOS-XE running-config.  Only non-secret filler
    plus the caller's inserted sections."""
    host = host or hostname(r, r.choice(IOS_ROLES))
    flavor = flavor or r.choice(["plain", "rancid", "oxidized"])
    L = ios_header(r, host, flavor)
    if enable_line:
        L.append(enable_line)
    if hash_enable:
        L.append("enable secret %s" % r.choice(["9 " + cisco_t9(r), "5 " + md5crypt(r), "8 " + cisco_t8(r)]))
    L += list(auth)
    if r.random() < 0.6:
        L.append("username %s privilege 15 secret 9 %s" % (r.choice(USERS), cisco_t9(r)))
    L += ["!", "aaa new-model", "!", "ip domain name %s.example.net" % host.split("-")[0], "!"]
    if r.random() < 0.35:
        L += ["ip ssh version 2", "ip ssh pubkey-chain", "  username %s" % r.choice(USERS),
              "   key-hash ssh-rsa %s %s@%s" % (rhex(r, 32, True), r.choice(USERS), r.choice(["jump01", "bastion", "laptop"])), "!"]
    L += list(glob)
    n_if = n_if if n_if is not None else r.randint(2, 4)
    names = r.sample(IOS_IFACES, n_if)
    iface_extra = iface_extra or {}
    for i, n in enumerate(names):
        L += ios_iface(r, n, iface_extra.get(i, ()))
    if 99 in iface_extra:
        L += ios_iface(r, "GigabitEthernet0/0/%d" % r.randint(2, 3), iface_extra[99])
    L += list(routing)
    L += ["ip route 0.0.0.0 0.0.0.0 %s" % rip(r), "!"]
    if r.random() < 0.4:
        L += ["logging host %s" % rip(r), "!"]
    L += list(mgmt)
    if r.random() < 0.5:
        L += ["ntp server %s prefer" % rip(r), "ntp server %s" % rip(r)]
    L += ["!", "line con 0", " exec-timeout 5 0", "line vty 0 4", " transport input ssh", "!", "end"]
    return L


# ---------------------------------------------------------------- NX-OS builder
def nxos_config(r, host=None, sect=(), feature_extra=()):
    host = host or hostname(r, r.choice(["leaf", "spine", "core-sw"]))
    L = ["!Command: show running-config", "!Running configuration last done at: %s" % ts_ios(r),
         "!Time: %s" % ts_ios(r), "", "version %s Bios:version %s" % (r.choice(["9.3(10)", "10.2(5)", "10.3(4a)"]), r.choice(["07.69", "05.47"])),
         "hostname %s" % host, "vdc %s id 1" % host, "  limit-resource vlan minimum 16 maximum 4094", "",
         "feature nxapi", "feature bgp", "feature interface-vlan", "feature lacp", "feature lldp"] + list(feature_extra)
    L += ["", "username admin password 5 %s  role network-admin" % sha256crypt(r)]
    L += ["ip domain-lookup", "copp profile strict"]
    if r.random() < 0.6:
        L.append("snmp-server user admin network-admin auth md5 0x%s priv 0x%s localizedkey" % (rhex(r, 32), rhex(r, 32)))
    L += list(sect)
    L += ["", "vrf context management", "  ip route 0.0.0.0/0 %s" % rip(r)]
    for i in range(r.randint(1, 3)):
        L += ["", "interface Ethernet1/%d" % r.randint(1, 48), "  description %s" % r.choice(DESCS),
              "  switchport mode trunk", "  channel-group %d mode active" % r.randint(1, 20)]
    L += ["", "interface mgmt0", "  vrf member management", "  ip address %s/24" % rip(r),
          "line console", "line vty", "boot nxos bootflash:/nxos64-cs.10.3.4a.M.bin"]
    return L


# ---------------------------------------------------------------- ASA builder
def asa_config(r, host=None, sect=()):
    host = host or hostname(r, "fw")
    L = [": Saved", ":", ": Serial Number: %s" % serial(r, "JAD"), ": Hardware:   %s" % r.choice(["ASA5516", "FPR-2110", "ASA5525"]),
         ":", "ASA Version %s" % r.choice(["9.16(4)", "9.18(3)", "9.12(4)56"]), "!", "hostname %s" % host,
         "domain-name corp.example.net", "enable password %s encrypted" % asa_hash(r),
         "passwd %s encrypted" % asa_hash(r), "names", "!",
         "interface GigabitEthernet1/1", " nameif outside", " security-level 0", " ip address %s 255.255.255.248" % rpubip(r), "!",
         "interface GigabitEthernet1/2", " nameif inside", " security-level 100", " ip address %s 255.255.255.0" % rip(r), "!",
         "object network OBJ-%s" % r.choice(["WEB", "DNS", "MAIL", "VPN-POOL"]), " host %s" % rip(r),
         "access-list OUTSIDE_IN extended permit tcp any object OBJ-WEB eq https"]
    L += list(sect)
    L += ["username %s password %s encrypted privilege 15" % (r.choice(USERS), asa_hash(r)),
          "ssh %s 255.255.255.0 inside" % rip(r), "ssh timeout 10", "!",
          "Cryptochecksum:%s" % rhex(r, 32), ": end"]
    return L


# ---------------------------------------------------------------- Junos builders
def junos_curly(r, host=None, system_extra=(), top_extra=()):
    host = host or hostname(r, r.choice(["edge-rtr", "core-rtr", "srx", "ex-sw"]))
    ver = r.choice(["21.4R3-S5", "22.2R3.15", "20.4R3-S9", "23.2R1.13"])
    L = ["## Last commit: %s %s UTC by %s" % (date_iso(r), "%02d:%02d:%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)), r.choice(USERS)),
         "version %s;" % ver, "system {", "    host-name %s;" % host,
         "    root-authentication {", '        encrypted-password "%s"; ## SECRET-DATA' % sha512crypt(r), "    }",
         "    login {", "        user %s {" % r.choice(USERS), "            uid %d;" % r.randint(2000, 2100),
         "            class super-user;", "            authentication {",
         '                encrypted-password "%s"; ## SECRET-DATA' % r.choice([sha512crypt(r), md5crypt(r)]),
         "            }", "        }", "    }", "    services {", "        ssh;", "        netconf {", "            ssh;", "        }", "    }"]
    L += ["    " + x for x in system_extra]
    L += ["    ntp {", "        server %s;" % rip(r), "    }", "}"]
    L += ["interfaces {", "    ge-0/0/%d {" % r.randint(0, 9), '        description "%s";' % r.choice(DESCS),
          "        unit 0 {", "            family inet {", "                address %s/30;" % rip(r), "            }", "        }", "    }",
          "    lo0 {", "        unit 0 {", "            family inet {", "                address %s/32;" % rip(r), "            }", "        }", "    }", "}"]
    L += list(top_extra)
    L += ["routing-options {", "    router-id %s;" % rip(r), "    autonomous-system %d;" % r.choice([64512, 65001, 65010, 4200000101]), "}"]
    return L


def junos_set(r, host=None, extra=()):
    host = host or hostname(r, r.choice(["edge-rtr", "srx", "ex-sw", "mx"]))
    L = ["set version %s" % r.choice(["21.4R3-S5", "22.2R3.15", "23.2R1.13"]),
         "set system host-name %s" % host,
         'set system root-authentication encrypted-password "%s"' % sha512crypt(r),
         "set system login user %s class super-user" % r.choice(USERS),
         'set system login user %s authentication encrypted-password "%s"' % (r.choice(USERS), sha512crypt(r)),
         "set system services ssh root-login deny", "set system services netconf ssh",
         "set system syslog host %s any notice" % rip(r), "set system ntp server %s" % rip(r)]
    L += list(extra)
    for _ in range(r.randint(1, 3)):
        ifn = "ge-0/0/%d" % r.randint(0, 11)
        L += ['set interfaces %s description "%s"' % (ifn, r.choice(DESCS)),
              "set interfaces %s unit 0 family inet address %s/30" % (ifn, rip(r))]
    L += ["set routing-options autonomous-system %d" % r.choice([64512, 65001, 65020]),
          "set routing-options static route 0.0.0.0/0 next-hop %s" % rip(r)]
    return L


# ---------------------------------------------------------------- Arista EOS
def eos_config(r, host=None, sect=()):
    host = host or hostname(r, r.choice(["leaf", "spine"]))
    L = ["! Command: show running-config", "! device: %s (DCS-7050SX3-48YC8, EOS-%s)" % (host, r.choice(["4.28.3M", "4.30.1F", "4.29.2F"])),
         "!", "! boot system flash:/EOS.swi", "!", "transceiver qsfp default-mode 4x10G", "!",
         "hostname %s" % host, "ip name-server vrf MGMT %s" % rip(r), "!",
         "spanning-tree mode mstp", "!", "aaa authorization exec default local", "!",
         "username admin privilege 15 role network-admin secret sha512 %s" % sha512crypt(r), "!"]
    L += list(sect)
    for i in range(r.randint(1, 3)):
        L += ["interface Ethernet%d" % r.randint(1, 48), "   description %s" % r.choice(DESCS),
              "   mtu 9214", "   no switchport", "   ip address %s/31" % rip(r), "!"]
    L += ["interface Management1", "   vrf MGMT", "   ip address %s/24" % rip(r), "!",
          "ip routing", "no ip routing vrf MGMT", "!", "management api http-commands", "   no shutdown", "!", "end"]
    return L


# ---------------------------------------------------------------- result helpers
def P(path, lines, needle, provider, kind, ft):
    text = lines if isinstance(lines, str) else "\n".join(lines) + "\n"
    return {"path": path, "text": text, "needle": needle, "provider": provider, "kind": kind, "filetype": ft}


def N(path, lines, provider, kind, ft):
    text = lines if isinstance(lines, str) else "\n".join(lines) + "\n"
    return {"path": path, "text": text, "provider": provider, "kind": kind, "filetype": ft}


def cfg_path(r, host, ext_choices=(".cfg", ".txt", "")):
    site = host.split("-")[0]
    k = r.randint(0, 6)
    if k == 0:
        return "configs/%s" % host
    if k == 1:
        return "backups/%s/%s%s" % (site, host, r.choice(ext_choices))
    if k == 2:
        return "rancid/%s/configs/%s" % (r.choice(["core", "branch", "dc", "wan"]), host)
    if k == 3:
        return "%s/%s-running-config%s" % (r.choice(["device-configs", "snapshots/%s" % date_iso(r)]), host, r.choice([".txt", ".cfg"]))
    if k == 4:
        return "batfish/snapshots/%s/configs/%s.cfg" % (r.choice(["prod", "pre-change", "chg%05d" % r.randint(10000, 99999)]), host)
    if k == 5:
        return "tests/fixtures/%s/%s_show_run.txt" % (r.choice(["ios", "iosxe", "parsers"]), host)
    return "network/%s/%s%s" % (site, host, r.choice(ext_choices))


def cfg_path_vendor(r, host, vendor_dir, ext):
    k = r.randint(0, 3)
    if k == 0:
        return "configs/%s/%s%s" % (vendor_dir, host, ext)
    if k == 1:
        return "oxidized/%s" % host
    if k == 2:
        return "backups/%s/%s%s" % (host.split("-")[0], host, ext)
    return "%s/%s%s" % (vendor_dir, host, ext)


def ios_ft(path):
    return "ios-running-config"


# ================================================================ POSITIVES: Cisco IOS
def p_ios_enable_password(r):
    pw = plain_for_cli(r)
    host = hostname(r, r.choice(IOS_ROLES))
    L = ios_config(r, host, auth=["enable password %s" % pw], hash_enable=False)
    return P(cfg_path(r, host), L, pw, "cisco-ios", "enable-password", "ios-running-config")


def p_ios_username_password0(r):
    pw = plain_for_cli(r)
    host = hostname(r, r.choice(IOS_ROLES))
    line = "username %s privilege 15 password 0 %s" % (r.choice(USERS), pw)
    return P(cfg_path(r, host), ios_config(r, host, auth=[line]), pw, "cisco-ios", "username-password-0", "ios-running-config")


def p_ios_username_secret0(r):
    pw = plain_for_cli(r)
    host = hostname(r, r.choice(IOS_ROLES))
    line = "username %s privilege 15 %s 0 %s" % (r.choice(USERS), r.choice(["secret", "algorithm-type scrypt secret"]), pw)
    return P(cfg_path(r, host), ios_config(r, host, auth=[line]), pw, "cisco-ios", "username-secret-0", "ios-running-config")


def p_ios_type7(r):
    pw = plain_for_cli(r, 20)
    t7 = type7_encode(r, pw)
    host = hostname(r, r.choice(IOS_ROLES))
    k = r.randint(0, 2)
    if k == 0:
        auth = ["username %s privilege 15 password 7 %s" % (r.choice(USERS), t7)]
        L = ios_config(r, host, auth=auth)
    elif k == 1:
        auth = ["enable password 7 %s" % t7]
        L = ios_config(r, host, auth=auth, hash_enable=False)
    else:
        L = ios_config(r, host)
        idx = L.index("line vty 0 4")
        L[idx + 1:idx + 1] = [" password 7 %s" % t7, " login"]
    return P(cfg_path(r, host), L, t7, "cisco-ios", "type7-password", "ios-running-config")


def p_ios_keychain(r):
    host = hostname(r, r.choice(IOS_ROLES))
    typ7 = r.random() < 0.4
    plain = plain_for_cli(r, 20)
    val = type7_encode(r, plain) if typ7 else plain
    ks = " key-string 7 %s" % val if typ7 else " key-string %s" % val
    kc = r.choice(["EIGRP-KEYS", "OSPF-AUTH", "RIP-KEY", "ISIS-KC", "BFD-KEYS"])
    glob = ["key chain %s" % kc, " key %d" % r.randint(1, 10), ks,
            "  accept-lifetime 00:00:00 Jan 1 2024 infinite", "  send-lifetime 00:00:00 Jan 1 2024 infinite", "!"]
    routing = ["router eigrp %d" % r.randint(1, 200), " network %s.0 0.0.0.255" % ".".join(rip(r).split(".")[:3]), "!"]
    L = ios_config(r, host, glob=glob, routing=routing, iface_extra={99: [" ip authentication mode eigrp 100 md5", " ip authentication key-chain eigrp 100 %s" % kc]})
    return P(cfg_path(r, host), L, val, "cisco-ios", "keychain-key-string" + ("-type7" if typ7 else ""), "ios-running-config")


def p_ios_tacacs(r):
    host = hostname(r, r.choice(IOS_ROLES))
    key = plain_for_cli(r)
    srv = rip(r)
    if r.random() < 0.5:
        mg = ["tacacs-server host %s" % srv, "tacacs-server key %s" % key]
    else:
        mg = ["tacacs server %s" % r.choice(["ISE-PRI", "ISE01", "TACACS-A", "ACS"]), " address ipv4 %s" % srv, " key %s" % key, " timeout 5", "!"]
    auth = ["aaa group server tacacs+ TACACS", " server-private %s" % srv if False else " server name ISE-PRI", "!",
            "aaa authentication login default group tacacs+ local", "aaa authorization exec default group tacacs+ local"]
    L = ios_config(r, host, auth=auth, mgmt=mg)
    return P(cfg_path(r, host), L, key, "cisco-ios", "tacacs-key", "ios-running-config")


def p_ios_radius(r):
    host = hostname(r, r.choice(IOS_ROLES))
    key = plain_for_cli(r)
    srv = rip(r)
    if r.random() < 0.5:
        mg = ["radius-server host %s auth-port 1812 acct-port 1813 key %s" % (srv, key)]
    else:
        mg = ["radius server %s" % r.choice(["ISE-PSN1", "NPS01", "RAD-A"]), " address ipv4 %s auth-port 1812 acct-port 1813" % srv,
              " key %s" % key, "!"]
    auth = ["aaa authentication dot1x default group radius", "aaa accounting dot1x default start-stop group radius"]
    L = ios_config(r, host, auth=auth, mgmt=mg)
    return P(cfg_path(r, host), L, key, "cisco-ios", "radius-key", "ios-running-config")


def community(r):
    k = r.randint(0, 2)
    if k == 0:
        return "%s%s%s" % (r.choice(WORDS).capitalize(), r.choice(["-", "_", ""]), rstr(r, ALNUM, r.randint(5, 9)))
    if k == 1:
        return rstr(r, ALNUM, r.randint(12, 20))
    return human_pw(r).replace("?", "")


def p_ios_snmp_community(r):
    host = hostname(r, r.choice(IOS_ROLES))
    c = community(r)
    mg = ["snmp-server community %s %s %s" % (c, r.choice(["RW", "RO"]), r.choice(["10", "SNMP-ACL", "99"])),
          "snmp-server location %s" % r.choice(["DC1 Row 4 Rack 12", "Branch closet 2F", "MDF Floor 1"]),
          "snmp-server contact noc@example.net"]
    if r.random() < 0.5:
        mg.append("snmp-server engineID local 800000090300%s" % rmac(r).replace(":", "").upper())
    L = ios_config(r, host, mgmt=mg)
    return P(cfg_path(r, host), L, c, "cisco-ios", "snmp-community", "ios-running-config")


def p_ios_snmpv3(r):
    host = hostname(r, r.choice(IOS_ROLES))
    pw = plain_for_cli(r)
    grp = r.choice(["NMS-RO", "SNMPV3GRP", "LIBRENMS", "MONITOR"])
    mg = ["snmp-server group %s v3 auth read V3READ" % grp,
          "snmp-server view V3READ iso included",
          "snmp-server user %s %s v3 auth %s %s" % (r.choice(["librenms", "nms", "solarwinds", "prtg"]), grp, r.choice(["sha", "md5"]), pw)]
    L = ios_config(r, host, mgmt=mg)
    return P(cfg_path(r, host), L, pw, "cisco-ios", "snmpv3-auth-password", "ios-running-config")


def p_ios_isakmp(r):
    host = hostname(r, "vpn-gw")
    key = plain_for_cli(r)
    peer = rpubip(r)
    glob = ["crypto isakmp policy 10", " encr aes 256", " hash sha256", " authentication pre-share", " group 14",
            "crypto isakmp key %s address %s" % (key, peer), "!",
            "crypto ipsec transform-set TS-AES256 esp-aes 256 esp-sha256-hmac", " mode tunnel", "!",
            "crypto map VPN 10 ipsec-isakmp", " set peer %s" % peer, " set transform-set TS-AES256", " match address VPN-ACL", "!"]
    L = ios_config(r, host, glob=glob)
    return P(cfg_path(r, host), L, key, "cisco-ios", "isakmp-key", "ios-running-config")


def p_ios_ikev2(r):
    host = hostname(r, "vpn-gw")
    key = plain_for_cli(r)
    peer = rpubip(r)
    glob = ["crypto ikev2 keyring KR-%s" % r.choice(["AWS", "AZURE", "BRANCH", "PARTNER"]),
            " peer %s" % r.choice(["AWS-TUN1", "HQ", "PARTNER-A"]), "  address %s" % peer,
            "  pre-shared-key %s" % key, " !", "!",
            "crypto ikev2 profile IKEV2-PROF", " match identity remote address %s 255.255.255.255" % peer,
            " authentication remote pre-share", " authentication local pre-share", " keyring local KR-AWS", "!"]
    L = ios_config(r, host, glob=glob)
    return P(cfg_path(r, host), L, key, "cisco-ios", "ikev2-pre-shared-key", "ios-running-config")


def p_ios_bgp(r):
    host = hostname(r, r.choice(["edge-rtr", "bdr"]))
    typ7 = r.random() < 0.3
    plain = plain_for_cli(r, 20)
    val = type7_encode(r, plain) if typ7 else plain
    nb = rpubip(r)
    routing = ["router bgp %d" % r.choice([64512, 65001, 65100]), " bgp log-neighbor-changes",
               " neighbor %s remote-as %d" % (nb, r.choice([174, 3356, 1299, 6939, 64600])),
               " neighbor %s description %s" % (nb, r.choice(["TRANSIT-COGENT", "IX-PEER", "CUST-ACME"])),
               " neighbor %s password %s%s" % (nb, "7 " if typ7 else "", val),
               " !", " address-family ipv4", "  neighbor %s activate" % nb, " exit-address-family", "!"]
    L = ios_config(r, host, routing=routing)
    return P(cfg_path(r, host), L, val, "cisco-ios", "bgp-neighbor-password" + ("-type7" if typ7 else ""), "ios-running-config")


def p_ios_ospf(r):
    host = hostname(r, r.choice(IOS_ROLES))
    key = plain_for_cli(r, 16)
    ext = [" ip ospf authentication message-digest", " ip ospf message-digest-key %d md5 %s" % (r.randint(1, 5), key)]
    routing = ["router ospf 1", " router-id %s" % rip(r), " area 0 authentication message-digest", " passive-interface default", "!"]
    L = ios_config(r, host, iface_extra={0: ext}, routing=routing)
    return P(cfg_path(r, host), L, key, "cisco-ios", "ospf-md5-key", "ios-running-config")


def p_ios_ntp(r):
    host = hostname(r, r.choice(IOS_ROLES))
    key = plain_for_cli(r, 16)
    kid = r.randint(1, 99)
    mg = ["ntp authentication-key %d md5 %s" % (kid, key), "ntp authenticate", "ntp trusted-key %d" % kid,
          "ntp server %s key %d" % (rip(r), kid)]
    L = ios_config(r, host, mgmt=mg)
    return P(cfg_path(r, host), L, key, "cisco-ios", "ntp-authentication-key", "ios-running-config")


def p_ios_hsrp(r):
    host = hostname(r, "dist-sw")
    key = plain_for_cli(r, 16)
    g = r.randint(1, 200)
    vip = rip(r)
    if r.random() < 0.6:
        ext = [" standby version 2", " standby %d ip %s" % (g, vip), " standby %d priority 110" % g, " standby %d preempt" % g,
               " standby %d authentication md5 key-string %s" % (g, key)]
        kind = "hsrp-auth"
    else:
        ext = [" vrrp %d ip %s" % (g, vip), " vrrp %d priority 120" % g, " vrrp %d authentication text %s" % (g, key[:8])]
        key = key[:8]
        kind = "vrrp-auth"
    L = ios_config(r, host, iface_extra={0: ext})
    return P(cfg_path(r, host), L, key, "cisco-ios", kind, "ios-running-config")


# ================================================================ Cisco WLC / ASA / NX-OS
def wifi_psk(r):
    return human_pw(r) if r.random() < 0.6 else rstr(r, ALNUM, r.randint(16, 24))


def p_wlc_aireos(r):
    psk = wifi_psk(r).replace(" ", "")
    wid = r.randint(1, 16)
    ssid = r.choice(["CORP-IOT", "Guest-Lobby", "Warehouse-Scan", "POS-WLAN", "Staff"])
    host = hostname(r, "wlc")
    L = ["(Cisco Controller) >show run-config commands", "",
         "config sysname %s" % host,
         "config network mgmt-via-wireless disable",
         "config interface address management %s 255.255.255.0 %s" % (rip(r), rip(r)),
         "config wlan create %d %s %s" % (wid, ssid, ssid),
         "config wlan interface %d %s" % (wid, r.choice(["vlan210", "iot", "guest"])),
         "config wlan security wpa akm 802.1x disable %d" % wid,
         "config wlan security wpa akm psk enable %d" % wid,
         "config wlan security wpa akm psk set-key ascii %s %d" % (psk, wid),
         "config wlan security wpa wpa2 ciphers aes enable %d" % wid,
         "config wlan broadcast-ssid enable %d" % wid,
         "config wlan enable %d" % wid,
         "config radius auth add 1 %s 1812 ascii ****" % rip(r),
         "config ap mgmtuser add username %s password **** secret **** all" % r.choice(USERS),
         "config macfilter add %s 0 vlan210 \"scanner-%02d\"" % (rmac(r), r.randint(1, 40)),
         "config time ntp server 1 %s" % rip(r)]
    return P(r.choice(["wlc/%s-run-config-commands.txt" % host, "configs/wlc/%s.txt" % host]), L, psk, "cisco-wlc", "aireos-wlan-psk", "aireos-run-config")


def p_wlc_9800(r):
    psk = wifi_psk(r).replace(" ", "")
    host = hostname(r, "wlc")
    ssid = r.choice(["CORP-IOT", "Guest", "Handhelds", "MEDICAL-DEV"])
    glob = ["wlan %s %d %s" % (ssid, r.randint(1, 16), ssid), " no security wpa akm dot1x", " security wpa psk set-key ascii 0 %s" % psk,
            " security wpa akm psk", " no shutdown", "!", "wireless profile policy PP-%s" % ssid, " vlan %d" % r.choice([210, 220, 300]), " no shutdown", "!"]
    L = ios_config(r, host, glob=glob, flavor="plain")
    return P(cfg_path(r, host), L, psk, "cisco-wlc", "c9800-wlan-psk", "ios-running-config")


def p_asa_tunnel_group(r):
    host = hostname(r, "fw")
    key = plain_for_cli(r)
    peer = rpubip(r)
    sect = ["crypto ikev1 enable outside", "crypto ikev1 policy 10", " authentication pre-share", " encryption aes-256", " hash sha", " group 14",
            "tunnel-group %s type ipsec-l2l" % peer, "tunnel-group %s ipsec-attributes" % peer,
            " ikev1 pre-shared-key %s" % key]
    L = asa_config(r, host, sect)
    return P(cfg_path_vendor(r, host, "asa", ".cfg"), L, key, "cisco-asa", "ikev1-pre-shared-key", "asa-running-config")


def p_asa_aaa_key(r):
    host = hostname(r, "fw")
    key = plain_for_cli(r)
    sect = ["aaa-server ISE protocol radius", "aaa-server ISE (inside) host %s" % rip(r), " key %s" % key,
            " authentication-port 1812", " accounting-port 1813"]
    L = asa_config(r, host, sect)
    return P(cfg_path_vendor(r, host, "asa", ".cfg"), L, key, "cisco-asa", "aaa-server-key", "asa-running-config")


def p_nxos_tacacs(r):
    key = plain_for_cli(r)
    sect = ["", "feature tacacs+", 'tacacs-server host %s key 0 "%s"' % (rip(r), key),
            "aaa group server tacacs+ ISE", "    server %s" % rip(r), "    use-vrf management"]
    host = hostname(r, "leaf")
    return P(cfg_path_vendor(r, host, "nxos", ".cfg"), nxos_config(r, host, sect), key, "cisco-nxos", "tacacs-key-0", "nxos-running-config")


def p_nxos_bgp(r):
    typ3 = r.random() < 0.5
    val = rhex(r, r.choice([16, 32])) if typ3 else plain_for_cli(r, 20)
    nb = rip(r)
    sect = ["", "router bgp %d" % r.choice([65001, 65101, 4200000011]), "  router-id %s" % rip(r),
            "  neighbor %s" % nb, "    remote-as %d" % r.choice([65002, 65100]), "    password %s %s" % ("3" if typ3 else "0", val),
            "    address-family ipv4 unicast"]
    host = hostname(r, "spine")
    return P(cfg_path_vendor(r, host, "nxos", ".cfg"), nxos_config(r, host, sect), val, "cisco-nxos",
             "bgp-password-3des" if typ3 else "bgp-password-0", "nxos-running-config")


# ================================================================ Juniper Junos
def junos_path(r, host, setstyle=False):
    ext = r.choice([".set", ".txt", ".conf"]) if setstyle else r.choice([".conf", ".txt", ""])
    return cfg_path_vendor(r, host, "junos", ext)


def p_junos9_radius(r):
    plain = plain_for_cli(r, 20)
    enc = junos9_encode(r, plain)
    srv = rip(r)
    if r.random() < 0.5:
        ext = ["radius-server {", "    %s {" % srv, '        secret "%s"; ## SECRET-DATA' % enc, "        source-address %s;" % rip(r), "    }", "}",
               "authentication-order [ radius password ];"]
        kind = "radius-secret-$9$"
    else:
        ext = ["tacplus-server {", "    %s {" % srv, '        secret "%s"; ## SECRET-DATA' % enc, "        single-connection;", "    }", "}",
               "authentication-order [ tacplus password ];"]
        kind = "tacplus-secret-$9$"
    host = hostname(r, "edge-rtr")
    return P(junos_path(r, host), junos_curly(r, host, system_extra=ext), enc, "juniper-junos", kind, "junos-curly")


def p_junos9_ike(r):
    plain = plain_for_cli(r, 24)
    enc = junos9_encode(r, plain)
    gw = r.choice(["GW-AZURE", "GW-BRANCH12", "GW-PARTNER"])
    top = ["security {", "    ike {", "        policy IKE-POL-%s {" % gw[3:], "            mode main;", "            proposal-set standard;",
           '            pre-shared-key ascii-text "%s"; ## SECRET-DATA' % enc, "        }",
           "        gateway %s {" % gw, "            ike-policy IKE-POL-%s;" % gw[3:], "            address %s;" % rpubip(r),
           "            external-interface ge-0/0/0.0;", "        }", "    }", "}"]
    host = hostname(r, "srx")
    return P(junos_path(r, host), junos_curly(r, host, top_extra=top), enc, "juniper-junos", "ike-pre-shared-key-$9$", "junos-curly")


def p_junos9_bgp(r):
    plain = plain_for_cli(r, 20)
    enc = junos9_encode(r, plain)
    top = ["protocols {", "    bgp {", "        group %s {" % r.choice(["TRANSIT", "IX-PEERS", "IBGP-RR"]), "            type external;",
           "            peer-as %d;" % r.choice([174, 3356, 6939, 65010]),
           '            authentication-key "%s"; ## SECRET-DATA' % enc,
           "            neighbor %s;" % rpubip(r), "        }", "    }", "}"]
    host = hostname(r, "bdr")
    return P(junos_path(r, host), junos_curly(r, host, top_extra=top), enc, "juniper-junos", "bgp-authentication-key-$9$", "junos-curly")


def p_junos_set9(r):
    plain = plain_for_cli(r, 20)
    enc = junos9_encode(r, plain)
    k = r.randint(0, 2)
    if k == 0:
        ln = 'set protocols ospf area 0.0.0.0 interface ge-0/0/1.0 authentication md5 1 key "%s"' % enc
        kind = "ospf-md5-key-$9$"
    elif k == 1:
        ln = 'set system radius-server %s secret "%s"' % (rip(r), enc)
        kind = "radius-secret-$9$"
    else:
        ln = 'set snmp v3 usm local-engine user %s authentication-sha authentication-key "%s"' % (r.choice(["librenms", "nms"]), enc)
        kind = "snmpv3-authentication-key-$9$"
    host = hostname(r)
    return P(junos_path(r, host, True), junos_set(r, host, [ln]), enc, "juniper-junos", kind, "junos-set")


def p_junos_set_plain(r):
    pw = plain_for_cli(r)
    k = r.randint(0, 2)
    if k == 0:
        ln = 'set system tacplus-server %s secret "%s"' % (rip(r), pw)
        kind = "tacplus-secret-plaintext"
    elif k == 1:
        ln = 'set security ike policy IKE-POL pre-shared-key ascii-text "%s"' % pw
        kind = "ike-psk-plaintext"
    else:
        ln = "set snmp community %s authorization read-only" % pw.replace("#", "").replace("$", "")
        pw = pw.replace("#", "").replace("$", "")
        kind = "snmp-community"
    host = hostname(r)
    hdr = ["# load merge terminal -- %s" % r.choice(["CHG%07d" % r.randint(1000000, 9999999), "initial build", "NOC ticket %d" % r.randint(10000, 99999)]),
           "# applied by %s on %s" % (r.choice(USERS), date_iso(r))]
    L = hdr + junos_set(r, host, [ln])
    return P("junos/snippets/%s-%s.set" % (host, kind.split("-")[0]), L, pw, "juniper-junos", kind, "junos-set")


def p_junos_snmp_curly(r):
    c = community(r).replace("#", "").replace("$", "").replace('"', "")
    top = ["snmp {", "    location \"%s\";" % r.choice(["DC2 hall B", "POP Frankfurt", "Branch 14"]), "    contact \"noc@example.net\";",
           "    community %s {" % c, "        authorization read-only;", "        clients {", "            %s/32;" % rip(r), "        }", "    }", "}"]
    host = hostname(r)
    return P(junos_path(r, host), junos_curly(r, host, top_extra=top), c, "juniper-junos", "snmp-community", "junos-curly")


# ================================================================ Arista EOS
def p_eos_user_secret0(r):
    pw = plain_for_cli(r)
    sect = ["username %s privilege 15 role network-admin secret 0 %s" % (r.choice(USERS), pw), "!"]
    host = hostname(r, "leaf")
    return P(cfg_path_vendor(r, host, "eos", ".cfg"), eos_config(r, host, sect), pw, "arista-eos", "username-secret-0", "eos-running-config")


def p_eos_tacacs7(r):
    t7 = type7_encode(r, plain_for_cli(r, 18))
    sect = ["tacacs-server host %s vrf MGMT key 7 %s" % (rip(r), t7), "!", "aaa group server tacacs+ ISE", "   server %s vrf MGMT" % rip(r), "!"]
    host = hostname(r, "spine")
    return P(cfg_path_vendor(r, host, "eos", ".cfg"), eos_config(r, host, sect), t7, "arista-eos", "tacacs-key-type7", "eos-running-config")


def p_eos_bgp7(r):
    val = rb64(r, 16)
    nb = rip(r)
    sect = ["router bgp %d" % r.choice([65001, 65101]), "   router-id %s" % rip(r), "   neighbor SPINES peer group",
            "   neighbor SPINES remote-as %d" % r.choice([65000, 65100]), "   neighbor SPINES password 7 %s" % val,
            "   neighbor %s peer group SPINES" % nb, "!"]
    host = hostname(r, "leaf")
    return P(cfg_path_vendor(r, host, "eos", ".cfg"), eos_config(r, host, sect), val, "arista-eos", "bgp-password-7", "eos-running-config")


# ================================================================ MikroTik RouterOS
def ros_header(r):
    return ["# %s %s by RouterOS %s" % (r.choice(["jan/%02d/2024" % r.randint(1, 28), "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))]),
                                        "%02d:%02d:%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)), r.choice(["7.12.1", "7.14.3", "6.49.10"])),
            "# software id = %s-%s" % (rstr(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 4), rstr(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 4)),
            "#", "# model = %s" % r.choice(["CCR2004-1G-12S+2XS", "RB5009UG+S+", "hAP ax^2", "CRS326-24G-2S+"]),
            "# serial number = %s" % rstr(r, "ABCDEF0123456789", 12)]


def ros_body(r):
    """RouterOS export as a list of sections (each a list of lines)."""
    net = "10.%d.%d" % (r.randint(0, 254), r.randint(0, 254))
    v = r.choice([10, 20, 99])
    return [["/interface bridge", "add name=bridge-lan protocol-mode=rstp"],
            ["/interface vlan", "add interface=bridge-lan name=vlan%d vlan-id=%d" % (v, v)],
            ["/ip address", "add address=%s.1/24 interface=bridge-lan network=%s.0" % (net, net)],
            ["/ip dns", "set allow-remote-requests=yes servers=%s" % rip(r)],
            ["/ip firewall filter", "add action=accept chain=input connection-state=established,related",
             "add action=drop chain=input in-interface-list=WAN"],
            ["/system identity", "set name=%s" % hostname(r, r.choice(["rtr", "cap", "edge"]))]]


def ros_assemble(r, header, sections, insert):
    cut = r.randint(1, len(sections) - 1)
    out = list(header)
    for s in sections[:cut]:
        out += s
    out += insert
    for s in sections[cut:]:
        out += s
    return out


def p_ros(r):
    k = r.randint(0, 3)
    if k == 0:
        pw = plain_for_cli(r)
        sec = ["/user", "add group=full name=%s password=%s" % (r.choice(USERS), pw)]
        kind = "user-password"
    elif k == 1:
        pw = wifi_psk(r).replace(" ", "")
        sec = ["/interface wireless security-profiles",
               "add authentication-types=wpa2-psk mode=dynamic-keys name=%s supplicant-identity=MikroTik wpa2-pre-shared-key=%s" % (r.choice(["corp", "iot", "staff"]), pw)]
        kind = "wpa2-pre-shared-key"
    elif k == 2:
        pw = plain_for_cli(r)
        sec = ["/ip ipsec peer", "add address=%s/32 name=%s exchange-mode=ike2" % (rpubip(r), r.choice(["hq", "dc1", "branch7"])),
               "/ip ipsec identity", "add peer=%s secret=%s" % (r.choice(["hq", "dc1"]), pw)]
        kind = "ipsec-secret"
    else:
        pw = plain_for_cli(r)
        sec = ["/ppp secret", "add local-address=%s name=%s password=%s profile=default-encryption remote-address=%s service=%s" % (
            rip(r), r.choice(["branch-nyc", "l2tp-user1", "m.novak", "pppoe-cust0412"]), pw, rip(r), r.choice(["l2tp", "pppoe", "sstp"]))]
        kind = "ppp-secret-password"
    L = ros_assemble(r, ros_header(r), ros_body(r), sec)
    host = hostname(r, "rtr")
    path = r.choice(["mikrotik/%s.rsc" % host, "backups/routeros/%s-export.rsc" % host, "scripts/provision-%s.rsc" % host])
    return P(path, L, pw, "mikrotik-routeros", kind, "routeros-rsc")


# ================================================================ Fortinet FortiOS
def forti_header(r, host):
    return ["#config-version=%s-%s-FW-build%d-%s:opmode=0:vdom=0:user=%s" % (r.choice(["FGT60F", "FGT100F", "FGVM64"]), r.choice(["7.2.8", "7.4.3", "7.0.14"]),
                                                                             r.randint(1000, 2600), "%02d%02d%02d" % (r.randint(20, 25), r.randint(1, 12), r.randint(1, 28)), r.choice(USERS)),
            "#conf_file_ver=%d" % r.randint(10 ** 14, 10 ** 15), "#buildno=%d" % r.randint(1000, 2600), "#global_vdom=1",
            "config system global", '    set hostname "%s"' % host, '    set timezone %d' % r.randint(1, 80), "    set admin-sport %d" % r.choice([443, 8443, 10443]), "end",
            "config system admin", '    edit "admin"', "        set accprofile \"super_admin\"", "        set vdom \"root\"",
            "        set password ENC %s" % forti_sh2(r), "    next", "end"]


def forti_tail(r):
    return ["config firewall address", '    edit "NET-%s"' % r.choice(["SERVERS", "MGMT", "VOIP"]), "        set uuid %s" % ruuid(r),
            "        set subnet %s 255.255.255.0" % rip(r), "    next", "end",
            "config firewall policy", "    edit %d" % r.randint(1, 40), '        set name "LAN-to-WAN"', "        set uuid %s" % ruuid(r),
            '        set srcintf "internal"', '        set dstintf "wan1"', '        set action accept', '        set srcaddr "all"',
            '        set dstaddr "all"', '        set schedule "always"', '        set service "ALL"', "        set nat enable", "    next", "end"]


def forti_enc(r):
    return base64.b64encode(rbytes(r, 4 + r.choice([48, 64, 80, 96]))).decode()


def p_forti(r):
    host = hostname(r, "fgt")
    k = r.randint(0, 2)
    if k == 0:
        v = forti_enc(r)
        sec = ["config user local", '    edit "%s"' % r.choice(["vpnuser1", "k.weber", "svc-ldap-bind", "guest-kiosk"]), "        set type password",
               "        set passwd ENC %s" % v, "    next", "end"]
        kind = "user-passwd-ENC"
    elif k == 1:
        v = plain_for_cli(r)
        sec = ["config vpn ipsec phase1-interface", '    edit "%s"' % r.choice(["to-aws", "to-hq", "branch-12"]), '        set interface "wan1"',
               "        set peertype any", "        set net-device disable", "        set proposal aes256-sha256",
               '        set remote-gw %s' % rpubip(r), "        set psksecret %s" % v, "    next", "end"]
        kind = "ipsec-psksecret-plain"
    else:
        v = forti_enc(r)
        sec = ["config vpn ipsec phase1-interface", '    edit "%s"' % r.choice(["to-azure", "to-dc2"]), '        set interface "wan1"',
               '        set remote-gw %s' % rpubip(r), "        set psksecret ENC %s" % v, "    next", "end"]
        kind = "ipsec-psksecret-ENC"
    L = forti_header(r, host) + sec + forti_tail(r)
    path = r.choice(["fortigate/%s.conf" % host, "backups/fortinet/%s_%s.conf" % (host, date_iso(r).replace("-", "")), "configs/%s.conf" % host])
    return P(path, L, v, "fortinet-fortios", kind, "fortios-conf")


def forti_api_key(r):
    return rstr(r, LOWER_ALNUM, 30)


def p_forti_api(r):
    key = forti_api_key(r)
    var = gen_name(r, ["FORTIGATE_API_KEY", "fortigate_access_token", "FGT_TOKEN"], ["api_token", "TOKEN", "access_token"])
    host = hostname(r, "fgt")
    L = ["---", "# group_vars for FortiGate firewalls (fortinet.fortios collection)", "ansible_network_os: fortinet.fortios.fortios",
         "ansible_connection: httpapi", "ansible_httpapi_use_ssl: true", "ansible_httpapi_validate_certs: false",
         "ansible_httpapi_port: 443", "vdom: root", "%s: %s" % (var, key), "ansible_httpapi_session_key:", "  access_token: \"{{ %s }}\"" % var,
         "", "fortios_backup_dir: /srv/backups/fortigate", "fortios_hosts:", "  - %s" % host, "  - %s" % hostname(r, "fgt")]
    return P("ansible/group_vars/fortigates.yml", L, key, "fortinet-fortios", "rest-api-key", "ansible-group-vars")


# ================================================================ Palo Alto
def panos_api_key(r):
    inner = "-AQ==" + base64.b64encode(rbytes(r, 20)).decode() + base64.b64encode(rbytes(r, 16)).decode()
    return base64.b64encode(inner.encode()).decode()


def p_panos_api(r):
    key = panos_api_key(r)
    host = hostname(r, "pa")
    fw = rip(r)
    k = r.randint(0, 2)
    if k == 0:
        L = ["# panxapi.py generated: %s %02d:%02d:%02d" % (date_iso(r).replace("-", "/"), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
             "hostname%%%s=%s" % (host, fw), "api_key%%%s=%s" % (host, key),
             "# panorama", "hostname%%panorama=%s" % rip(r), "api_key%%panorama=${PANORAMA_KEY}"]
        return P(r.choice([".panrc", "tools/pan/.panrc"]), L, key, "paloalto-panos", "xml-api-key", "panrc")
    if k == 1:
        var = gen_name(r, ["PANOS_API_KEY", "pa_api_key"], ["API_KEY", "key", "XAPI"])
        L = ['#!/usr/bin/env python3', '"""Pull running config from %s and commit to the config repo."""' % host, "import requests",
             "import xml.etree.ElementTree as ET", "", "FW = \"https://%s\"" % fw, "%s = \"%s\"" % (var, key), "",
             "", "def export_running():", "    r = requests.get(", "        f\"{FW}/api/\",",
             "        params={\"type\": \"export\", \"category\": \"configuration\"},",
             "        headers={\"X-PAN-KEY\": %s}," % var, "        verify=False,", "        timeout=60,", "    )", "    r.raise_for_status()",
             "    return r.text", "", "", "if __name__ == \"__main__\":", "    cfg = export_running()",
             "    with open(\"%s.xml\" % \"" + host + "\", \"w\") as f:", "        f.write(cfg)"]
        return P("scripts/pan_backup.py", L, key, "paloalto-panos", "xml-api-key", "python")
    L = ["---", "- name: Configure address objects on %s" % host, "  hosts: localhost", "  connection: local", "  gather_facts: false",
         "  vars:", "    provider:", "      ip_address: %s" % fw, "      api_key: %s" % key, "  tasks:",
         "    - name: Add web server object", "      paloaltonetworks.panos.panos_address_object:", "        provider: \"{{ provider }}\"",
         "        name: web-srv-%02d" % r.randint(1, 20), "        value: %s" % rip(r), "        description: web tier", "        commit: false"]
    return P("playbooks/panos_objects.yml", L, key, "paloalto-panos", "xml-api-key", "ansible-playbook")


# ================================================================ pfSense / OPNsense
def pfsense_xml(r, inner, opn=False):
    root = "opnsense" if opn else "pfsense"
    host = hostname(r, "fw")
    L = ['<?xml version="1.0"?>', "<%s>" % root, "  <version>%s</version>" % r.choice(["22.2", "23.3", "21.7"]),
         "  <system>", "    <hostname>%s</hostname>" % host, "    <domain>corp.example.net</domain>",
         "    <user>", "      <name>admin</name>", "      <descr><![CDATA[System Administrator]]></descr>", "      <scope>system</scope>",
         "      <groupname>admins</groupname>", "      <bcrypt-hash>%s</bcrypt-hash>" % bcrypt_hash(r), "      <uid>0</uid>", "    </user>",
         "    <timezone>Etc/UTC</timezone>", "    <webgui>", "      <protocol>https</protocol>", "      <ssl-certref>%s</ssl-certref>" % rhex(r, 13), "    </webgui>",
         "  </system>", "  <interfaces>", "    <wan>", "      <if>igb0</if>", "      <ipaddr>dhcp</ipaddr>", "    </wan>",
         "    <lan>", "      <if>igb1</if>", "      <ipaddr>%s</ipaddr>" % rip(r), "      <subnet>24</subnet>", "    </lan>", "  </interfaces>"]
    L += ["  " + x for x in inner]
    L += ["  <revision>", "    <time>%d</time>" % r.randint(1600000000, 1750000000), "    <description><![CDATA[admin@%s (Local Database): Saved IPsec settings]]></description>" % rip(r),
          "    <username>admin@%s (Local Database)</username>" % rip(r), "  </revision>", "</%s>" % root]
    return L


def p_pfsense_psk(r):
    psk = plain_for_cli(r).replace("<", "").replace("&", "").replace(">", "")
    inner = ["<ipsec>", "  <phase1>", "    <ikeid>%d</ikeid>" % r.randint(1, 20), "    <iketype>ikev2</iketype>", "    <interface>wan</interface>",
             "    <remote-gateway>%s</remote-gateway>" % rpubip(r), "    <authentication_method>pre_shared_key</authentication_method>",
             "    <pre-shared-key>%s</pre-shared-key>" % psk, "    <descr><![CDATA[%s]]></descr>" % r.choice(["AWS VPC tunnel", "HQ", "Partner ACME"]),
             "  </phase1>", "</ipsec>"]
    opn = r.random() < 0.3
    return P(r.choice(["pfsense/config-%s.xml" % hostname(r, "fw"), "backups/config-%s-%d.xml" % (hostname(r, "fw"), r.randint(1600000000, 1750000000))]),
             pfsense_xml(r, inner, opn), psk, "opnsense" if opn else "pfsense", "ipsec-pre-shared-key", "pfsense-config-xml")


# ================================================================ VyOS
def p_vyos(r):
    k = r.randint(0, 1)
    if k == 0:
        pw = plain_for_cli(r)
        L = ["#!/bin/vbash", "# bootstrap for %s" % hostname(r, "vyos"), "source /opt/vyatta/etc/functions/script-template", "configure",
             "set system host-name '%s'" % hostname(r, "vyos"), "set interfaces ethernet eth0 address '%s/24'" % rip(r),
             "set interfaces ethernet eth0 description 'WAN'", "set service ssh port '22'",
             "set system login user %s authentication plaintext-password '%s'" % (r.choice(USERS), pw),
             "set system name-server '%s'" % rip(r), "set system ntp server time.cloudflare.com", "commit", "save", "exit"]
        return P("vyos/bootstrap-%s.sh" % r.choice(SITES), L, pw, "vyos", "plaintext-password", "vyos-set-script")
    psk = plain_for_cli(r)
    peer = rpubip(r)
    L = ["interfaces {", "    ethernet eth0 {", "        address %s/29" % rpubip(r), "        description WAN", "        hw-id %s" % rmac(r), "    }",
         "    loopback lo {", "    }", "}", "service {", "    ssh {", "        port 22", "    }", "}",
         "system {", "    host-name %s" % hostname(r, "vyos"), "    login {", "        user vyos {", "            authentication {",
         "                encrypted-password %s" % sha512crypt(r), "                plaintext-password \"\"", "            }", "        }", "    }", "}",
         "vpn {", "    ipsec {", "        ike-group IKE-AWS {", "            key-exchange ikev2", "        }",
         "        site-to-site {", "            peer %s {" % peer, "                authentication {", "                    mode pre-shared-secret",
         "                    pre-shared-secret %s" % psk, "                }", "                ike-group IKE-AWS", "                local-address %s" % rpubip(r),
         "            }", "        }", "    }", "}", "", "// Warning: Do not remove the following line.",
         '// vyos-config-version: "bgp@4:broadcast-relay@1:cluster@1:config-management@1:conntrack@3:dhcp-server@6"',
         "// Release version: %s" % r.choice(["1.3.4", "1.4.0", "1.4-rolling-202312010024"])]
    return P(r.choice(["vyos/config.boot", "routers/%s/config.boot" % hostname(r, "vyos")]), L, psk, "vyos", "ipsec-pre-shared-secret", "vyos-config-boot")


# ================================================================ keepalived / HAProxy
def p_keepalived(r):
    pw = rstr(r, ALNUM, 8)
    vip = rip(r)
    L = ["! Configuration File for keepalived", "! managed by ansible role lb-ha", "global_defs {", "   router_id %s" % hostname(r, "lb"),
         "   enable_script_security", "}", "", "vrrp_script chk_haproxy {", '    script "/usr/bin/killall -0 haproxy"', "    interval 2", "    weight 2", "}", "",
         "vrrp_instance VI_%d {" % r.randint(1, 9), "    state %s" % r.choice(["MASTER", "BACKUP"]), "    interface %s" % r.choice(["eth0", "ens192", "bond0"]),
         "    virtual_router_id %d" % r.randint(10, 250), "    priority %d" % r.choice([100, 101, 150]), "    advert_int 1",
         "    authentication {", "        auth_type PASS", "        auth_pass %s" % pw, "    }", "    virtual_ipaddress {", "        %s/24" % vip, "    }",
         "    track_script {", "        chk_haproxy", "    }", "}"]
    return P(r.choice(["keepalived/keepalived.conf", "roles/lb/files/keepalived.conf", "etc/keepalived/keepalived.conf"]), L, pw, "keepalived", "vrrp-auth-pass", "keepalived-conf")


def haproxy_cfg(r, stats_line):
    return ["global", "    log /dev/log local0", "    chroot /var/lib/haproxy", "    stats socket /run/haproxy/admin.sock mode 660 level admin",
            "    user haproxy", "    group haproxy", "    daemon", "", "defaults", "    mode http", "    timeout connect 5s", "    timeout client 30s",
            "    timeout server 30s", "", "listen stats", "    bind *:%d" % r.choice([8404, 9000, 1936]), "    stats enable", "    stats uri /stats",
            "    stats refresh 10s", stats_line, "", "frontend fe_netbox", "    bind *:443 ssl crt /etc/haproxy/certs/netbox.pem",
            "    default_backend be_netbox", "", "backend be_netbox", "    balance roundrobin",
            "    server nb1 %s:8080 check" % rip(r), "    server nb2 %s:8080 check" % rip(r)]


def p_haproxy(r):
    pw = plain_for_cli(r).replace("#", "")
    L = haproxy_cfg(r, "    stats auth %s:%s" % (r.choice(["admin", "ops", "haproxy", "noc"]), pw))
    return P(r.choice(["haproxy/haproxy.cfg", "roles/haproxy/files/haproxy.cfg", "lb/haproxy.cfg"]), L, pw, "haproxy", "stats-auth-password", "haproxy-cfg")


# ================================================================ WireGuard / OpenVPN
def p_wireguard(r):
    priv, pub = wg_keypair(r)
    peers = []
    for i in range(r.randint(1, 3)):
        peers += ["", "[Peer]", "# %s" % r.choice(["laptop-%s" % r.choice(USERS), "branch-%s" % r.choice(SITES), "monitoring"]),
                  "PublicKey = %s" % wg_pub(r), "AllowedIPs = 10.%d.%d.%d/32" % (r.randint(0, 254), r.randint(0, 254), r.randint(2, 254))]
        if r.random() < 0.4:
            peers.append("Endpoint = %s:51820" % rpubip(r))
    if r.random() < 0.6:
        iface = ["[Interface]", "# public key: %s" % pub, "Address = 10.%d.0.1/24" % r.randint(0, 254), "ListenPort = 51820",
                 "PrivateKey = %s" % priv, "PostUp = iptables -A FORWARD -i %i -j ACCEPT", "PostDown = iptables -D FORWARD -i %i -j ACCEPT"]
        L = iface + peers
        needle, kind = priv, "private-key"
    else:
        psk = base64.b64encode(rbytes(r, 32)).decode()
        iface = ["[Interface]", "Address = 10.%d.0.2/32" % r.randint(0, 254), "PostUp = wg set %i private-key /etc/wireguard/%i.key",
                 "DNS = %s" % rip(r)]
        L = iface + ["", "[Peer]", "PublicKey = %s" % wg_pub(r), "PresharedKey = %s" % psk, "Endpoint = %s:51820" % rpubip(r),
                     "AllowedIPs = 10.0.0.0/8, 172.16.0.0/12", "PersistentKeepalive = 25"]
        needle, kind = psk, "preshared-key"
    return P(r.choice(["wireguard/wg0.conf", "etc/wireguard/wg0.conf", "roles/wg/files/%s.conf" % r.choice(["wg0", "wg-mgmt"])]), L, needle, "wireguard", kind, "wireguard-conf")


def ovpn_static_key(r):
    return [rhex(r, 32) for _ in range(16)]


def fake_cert_b64(r, lines=None):
    body = base64.b64encode(b"\x30\x82\x03" + rbytes(r, 3 + 48 * (lines or r.randint(8, 14)))).decode()
    return [body[i:i + 64] for i in range(0, len(body), 64)]


def p_openvpn(r):
    key = ovpn_static_key(r)
    blk = ["#", "# 2048 bit OpenVPN static key", "#", "-----BEGIN OpenVPN Static key V1-----"] + key + ["-----END OpenVPN Static key V1-----"]
    if r.random() < 0.4:
        return P(r.choice(["openvpn/ta.key", "pki/ta.key", "roles/openvpn/files/ta.key"]), blk, key[0], "openvpn", "tls-auth-static-key", "openvpn-static-key")
    L = ["client", "dev tun", "proto udp", "remote %s 1194" % r.choice(["vpn.example.net", rpubip(r)]), "resolv-retry infinite", "nobind",
         "persist-key", "persist-tun", "remote-cert-tls server", "cipher AES-256-GCM", "auth SHA256", "auth-user-pass", "verb 3", "key-direction 1",
         "<ca>", "-----BEGIN CERTIFICATE-----"] + fake_cert_b64(r) + ["-----END CERTIFICATE-----", "</ca>", "<tls-auth>"] + blk + ["</tls-auth>"]
    return P(r.choice(["vpn/%s.ovpn" % r.choice(SITES), "openvpn/client-%s.ovpn" % r.choice(USERS)]), L, key[0], "openvpn", "tls-auth-static-key", "openvpn-ovpn")


def p_openvpn_authfile(r):
    pw = human_pw(r)
    L = [r.choice(USERS), pw]
    # auth-user-pass file is only 2 lines; realistic but brief wants 5+ lines -> ship with the client conf as a heredoc script
    S = ["#!/bin/sh", "# provision OpenVPN client for the jump host", "set -e", "install -d -m 700 /etc/openvpn/client",
         "cat > /etc/openvpn/client/auth.txt <<'EOF'"] + L + ["EOF", "chmod 600 /etc/openvpn/client/auth.txt",
                                                               "cp %s.ovpn /etc/openvpn/client/corp.conf" % r.choice(SITES), "systemctl enable --now openvpn-client@corp"]
    return P("jumphost/setup-vpn.sh", S, pw, "openvpn", "auth-user-pass", "shell")


# ================================================================ WiFi: UniFi / Aruba / Ruckus / hostapd / wpa_supplicant
def p_unifi(r):
    psk = wifi_psk(r)
    k = r.random() < 0.7
    if k:
        obj = {"_id": rhex(r, 24), "enabled": True, "name": r.choice(["Corp-Staff", "IoT", "Cameras", "Guest-Portal"]), "security": "wpapsk",
               "wpa_mode": "wpa2", "wpa_enc": "ccmp", "usergroup_id": rhex(r, 24), "site_id": rhex(r, 24),
               "x_passphrase": psk, "vlan_enabled": True, "vlan": str(r.choice([20, 30, 40])), "minrate_ng_enabled": False}
        kind = "wlanconf-x_passphrase"
    else:
        obj = {"_id": rhex(r, 24), "key": "mgmt", "site_id": rhex(r, 24), "advanced_feature_enabled": True, "x_ssh_enabled": True,
               "x_ssh_username": r.choice(USERS), "x_ssh_password": psk, "x_ssh_auth_password_enabled": True, "led_enabled": True}
        kind = "mgmt-x_ssh_password"
    txt = json.dumps({"meta": {"rc": "ok"}, "data": [obj]}, indent=2) + "\n"
    return P(r.choice(["unifi/export/%s.json" % ("wlanconf" if k else "setting-mgmt"), "backups/unifi/site-default-%s.json" % ("wlanconf" if k else "mgmt")]),
             txt, psk, "ubiquiti-unifi", kind, "json")


def p_aruba(r):
    if r.random() < 0.5:
        psk = wifi_psk(r).replace(" ", "")
        ssid = r.choice(["Corp-IoT", "Scanners", "Clinic-Guest"])
        L = ["version %s" % r.choice(["8.10.0.0-8.10.0", "8.6.0.0-8.6.0"]), "virtual-controller-country US", "virtual-controller-key %s" % rhex(r, 40),
             "name %s" % hostname(r, "iap"), "terminal-access", "clock timezone none 00 00", "", "wlan ssid-profile %s" % ssid,
             " enable", " index %d" % r.randint(0, 6), " type employee", " essid %s" % ssid, " wpa-passphrase %s" % psk,
             " opmode wpa2-psk-aes", " max-authentication-failures 0", " vlan %d" % r.choice([30, 40]), " rf-band all", " dtim-period 1", "",
             "wlan access-rule %s" % ssid, " rule any any match any any any permit"]
        return P(r.choice(["aruba/instant/%s.cfg" % hostname(r, "iap"), "configs/aruba/%s-running.txt" % hostname(r, "iap")]), L, psk, "aruba", "instant-wpa-passphrase", "arubaos-config")
    key = plain_for_cli(r)
    host = hostname(r, "cx")
    L = ["!Version ArubaOS-CX %s" % r.choice(["FL.10.10.1010", "GL.10.11.1010"]), "!export-password: default", "hostname %s" % host,
         "user admin group administrators password ciphertext %s" % base64.b64encode(rbytes(r, 96)).decode(),
         "ntp server %s iburst" % rip(r), "!", "radius-server host %s key plaintext %s vrf mgmt" % (rip(r), key), "!",
         "aaa group server radius ISE", "    server %s vrf mgmt" % rip(r), "!", "vlan 1,10,20", "spanning-tree",
         "interface mgmt", "    no shutdown", "    ip static %s/24" % rip(r), "interface 1/1/1", "    no shutdown", "    vlan access 10"]
    return P("configs/aruba-cx/%s.cfg" % host, L, key, "aruba", "aoscx-radius-key-plaintext", "aoscx-config")


def p_ruckus(r):
    psk = wifi_psk(r).replace(" ", "")
    ssid = r.choice(["Hotel-Staff", "Corp", "POS"])
    L = ["ruckus# show running-config", "!", "system", "  hostname %s" % hostname(r, "unleashed"), "  ntp %s" % rip(r), "exit",
         "wlan %s" % ssid, "  ssid %s" % ssid, "  type standard-usage", "  open none" if False else "  encryption wpa2", "  algorithm AES",
         "  passphrase %s" % psk, "  vlan %d" % r.choice([10, 20]), "exit", "ap %s" % rmac(r), "  name %s" % hostname(r, "ap"), "  location \"lobby\"", "exit"]
    return P("ruckus/%s-running.txt" % r.choice(SITES), L, psk, "ruckus", "unleashed-wlan-passphrase", "ruckus-cli")


def p_hostapd(r):
    psk = wifi_psk(r)
    L = ["# hostapd for the lab AP on %s" % r.choice(["rpi-ap01", "nuc-wifi", "apu2"]), "interface=wlan0", "bridge=br0", "driver=nl80211",
         "ssid=%s" % r.choice(["lab-mgmt", "OOB-WIFI", "warehouse"]), "hw_mode=g", "channel=%d" % r.choice([1, 6, 11]), "ieee80211n=1",
         "wmm_enabled=1", "macaddr_acl=0", "auth_algs=1", "ignore_broadcast_ssid=0", "wpa=2", "wpa_key_mgmt=WPA-PSK",
         "wpa_pairwise=CCMP", "rsn_pairwise=CCMP", "wpa_passphrase=%s" % psk, "country_code=%s" % r.choice(["US", "DE", "NL", "GB"])]
    return P(r.choice(["hostapd/hostapd.conf", "etc/hostapd/hostapd.conf"]), L, psk, "hostapd", "wpa-passphrase", "hostapd-conf")


def p_wpa_supplicant(r):
    ssid = r.choice(["MGMT-WIFI", "CorpIoT", "lab-oob"])
    passphrase = wifi_psk(r)
    if r.random() < 0.5:
        val = passphrase
        pl = '    psk="%s"' % val
        kind = "psk-passphrase"
    else:
        val = hashlib.pbkdf2_hmac("sha1", passphrase.encode(), ssid.encode(), 4096, 32).hex()
        pl = "    psk=%s" % val
        kind = "psk-hex"
    L = ["ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev", "update_config=1", "country=%s" % r.choice(["US", "DE", "GB"]), "",
         "network={", '    ssid="%s"' % ssid, pl, "    key_mgmt=WPA-PSK", "    priority=%d" % r.randint(1, 10), "}"]
    return P(r.choice(["rpi/wpa_supplicant.conf", "probes/etc/wpa_supplicant/wpa_supplicant.conf"]), L, val, "wpa_supplicant", kind, "wpa-supplicant-conf")


# ================================================================ NetBox
def netbox_v1(r):
    return rhex(r, 40)


def netbox_v2(r):
    return "nbt_%s.%s" % (rstr(r, ALNUM, 12), rstr(r, ALNUM, 40))


NB_URLS = ["https://netbox.corp.example.net", "https://netbox.example.org", "http://netbox.lab.local:8000", "https://ipam.example.com"]


def p_netbox_token(r):
    v2 = r.random() < 0.5
    tok = netbox_v2(r) if v2 else netbox_v1(r)
    kind = "api-token-v2" if v2 else "api-token-v1"
    url = r.choice(NB_URLS)
    k = r.randint(0, 4)
    if k == 0:
        var = gen_name(r, ["NETBOX_TOKEN", "NETBOX_API_TOKEN", "NB_TOKEN"], ["TOKEN", "API_TOKEN", "AUTH"])
        L = ["#!/usr/bin/env python3", '"""Sync device serials from Oxidized into NetBox."""', "import pynetbox", "import csv", "",
             "NETBOX_URL = \"%s\"" % url, "%s = \"%s\"" % (var, tok), "", "nb = pynetbox.api(NETBOX_URL, token=%s)" % var, "nb.http_session.verify = False", "",
             "", "def main():", "    with open(\"inventory/serials.csv\") as fh:", "        for row in csv.DictReader(fh):",
             "            dev = nb.dcim.devices.get(name=row[\"hostname\"])", "            if dev and dev.serial != row[\"serial\"]:",
             "                dev.serial = row[\"serial\"]", "                dev.save()", "", "", "if __name__ == \"__main__\":", "    main()"]
        return P(r.choice(["scripts/sync_serials.py", "tools/netbox_sync.py"]), L, tok, "netbox", kind, "python")
    if k == 1:
        L = ["---", "plugin: netbox.netbox.nb_inventory", "api_endpoint: %s" % url, "token: %s" % tok, "validate_certs: false",
             "config_context: false", "group_by:", "  - device_roles", "  - sites", "  - platforms", "query_filters:", "  - status: active",
             "  - has_primary_ip: true", "compose:", "  ansible_network_os: platform.slug"]
        return P(r.choice(["inventory/netbox_inventory.yml", "ansible/inventory/nb.yml"]), L, tok, "netbox", kind, "ansible-inventory-plugin")
    if k == 2:
        var = gen_name(r, ["NETBOX_TOKEN", "NB_API_TOKEN"], ["TOKEN", "API_KEY", "AUTH_TOKEN"])
        L = ["---", "inventory:", "  plugin: NetBoxInventory2", "  options:", "    nb_url: %s" % url, "    nb_token: %s" % tok,
             "    ssl_verify: false", "    filter_parameters:", "      status: active", "      site: %s" % r.choice(SITES), "runner:", "  plugin: threaded",
             "  options:", "    num_workers: %d" % r.choice([10, 20, 50]), "logging:", "  enabled: false"]
        return P("nornir/config.yaml", L, tok, "netbox", kind, "nornir-config")
    if k == 3:
        L = ["# NetBox API", "", "Quick test against %s:" % url, "", "```bash",
             "curl -s -H \"Authorization: %s %s\" \\" % ("Bearer" if v2 else "Token", tok), "     -H \"Accept: application/json; indent=4\" \\",
             "     %s/api/dcim/devices/?site=%s | jq '.count'" % (url, r.choice(SITES)), "```", "",
             "Returns the number of devices; see runbook for pagination."]
        return P(r.choice(["docs/netbox-api.md", "README.md"]), L, tok, "netbox", kind, "markdown")
    L = ["[netbox]", "url = %s" % url, "token = %s" % tok, "verify_ssl = false", "", "[oxidized]", "url = http://oxidized.lab.local:8888",
         "", "[git]", "repo = /srv/oxidized/configs.git", "branch = main"]
    return P(r.choice(["etc/sync.ini", "config/settings.ini"]), L, tok, "netbox", kind, "ini")


def django_secret(r):
    return rstr(r, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*(-_=+)", 50)


def p_netbox_config(r):
    k = r.randint(0, 1)
    if k == 0:
        val = django_secret(r)
        sk = "SECRET_KEY = '%s'" % val
        db = "    'PASSWORD': os.environ.get('DB_PASSWORD', ''),"
        kind = "django-secret-key"
    else:
        val = human_pw(r)
        sk = "SECRET_KEY = os.environ['SECRET_KEY']"
        db = "    'PASSWORD': '%s'," % val
        kind = "database-password"
    L = ["import os", "", "ALLOWED_HOSTS = ['netbox.corp.example.net', '%s']" % rip(r), "", "DATABASE = {", "    'NAME': 'netbox',", "    'USER': 'netbox',",
         db, "    'HOST': '%s'," % r.choice(["localhost", "db", rip(r)]), "    'PORT': '',", "    'CONN_MAX_AGE': 300,", "}", "",
         "REDIS = {", "    'tasks': {", "        'HOST': 'redis',", "        'PORT': 6379,", "        'PASSWORD': os.environ.get('REDIS_PASSWORD', ''),",
         "        'DATABASE': 0,", "        'SSL': False,", "    },", "}", "", sk, "",
         "LOGIN_REQUIRED = True", "TIME_ZONE = 'UTC'", "PLUGINS = ['netbox_topology_views']"]
    return P(r.choice(["netbox/configuration.py", "netbox/netbox/netbox/configuration.py"]), L, val, "netbox", kind, "netbox-configuration-py")


def p_netbox_compose(r):
    pw = human_pw(r) if r.random() < 0.5 else rstr(r, ALNUM, 24)
    tok = None
    k = r.randint(0, 1)
    L = ["services:", "  netbox:", "    image: docker.io/netboxcommunity/netbox:v%s" % r.choice(["4.0.9", "4.1.6", "3.7.8"]), "    depends_on:", "      - postgres",
         "      - redis", "    env_file: env/netbox.env", "    environment:"]
    if k == 0:
        L += ["      SUPERUSER_NAME: admin", "      SUPERUSER_PASSWORD: %s" % pw]
        kind = "superuser-password"
    else:
        L += ["      DB_PASSWORD: %s" % pw]
        kind = "db-password"
    L += ["    ports:", "      - \"8000:8080\"", "  postgres:", "    image: docker.io/postgres:16-alpine", "    env_file: env/postgres.env",
          "    volumes:", "      - netbox-postgres-data:/var/lib/postgresql/data", "  redis:", "    image: docker.io/valkey/valkey:8.0-alpine",
          "volumes:", "  netbox-postgres-data:", "    driver: local"]
    return P(r.choice(["docker-compose.override.yml", "netbox-docker/docker-compose.override.yml"]), L, pw, "netbox", kind, "docker-compose")


# ================================================================ RANCID / Oxidized
def p_cloginrc(r):
    pw = plain_for_cli(r).replace("{", "").replace("}", "")
    L = ["# .cloginrc for rancid@%s" % r.choice(["nms01", "rancid01"]), "# order matters: first match wins", "",
         "add method\t*\t{ssh}", "add user\t*\t{%s}" % r.choice(["rancid", "netops", "backup"]), "add autoenable\t*.fw.example.net\t1",
         "add noenable\t*-fw*\t{1}", "add cyphertype\t*\t{aes256-ctr}", "",
         "add password\t%s\t{%s}" % (r.choice(["*", "*.example.net", "*-rtr*", "10.*"]), pw), "",
         "add identity\t*-lab*\t{/home/rancid/.ssh/id_ed25519}", "add sshcmd\t*\t{ssh -o KexAlgorithms=+diffie-hellman-group14-sha1}"]
    return P(r.choice([".cloginrc", "rancid/.cloginrc", "home/rancid/.cloginrc"]), L, pw, "rancid", "cloginrc-password", "cloginrc")


def p_oxidized(r):
    pw = plain_for_cli(r).replace("#", "")
    k = r.randint(0, 1)
    if k == 0:
        L = ["---", "username: %s" % r.choice(["oxidized", "backup", "netops"]), "password: %s" % pw, "model: ios", "resolve_dns: true",
             "interval: 3600", "use_syslog: false", "debug: false", "threads: 30", "timeout: 20", "retries: 3", "prompt: !ruby/regexp /^([\\w.@-]+[#>]\\s?)$/",
             "rest: 127.0.0.1:8888", "vars:", "  remove_secret: true", "  auth_methods: [ \"publickey\", \"password\" ]",
             "pid: \"/home/oxidized/.config/oxidized/pid\"", "input:", "  default: ssh", "output:", "  default: git", "  git:",
             "    user: Oxidized", "    email: oxidized@example.net", "    repo: \"/home/oxidized/.config/oxidized/configs.git\"",
             "source:", "  default: csv", "  csv:", "    file: \"/home/oxidized/.config/oxidized/router.db\"", "    delimiter: !ruby/regexp /:/",
             "    map:", "      name: 0", "      model: 1"]
        return P(r.choice(["oxidized/config", ".config/oxidized/config"]), L, pw, "oxidized", "config-password", "oxidized-config-yaml")
    rows = []
    target = r.randint(0, 5)
    for i in range(6):
        h = hostname(r)
        if i == target:
            rows.append("%s:%s:%s:%s" % (h, r.choice(["ios", "nxos", "junos", "eos"]), r.choice(USERS), pw))
        else:
            rows.append("%s:%s" % (h, r.choice(["ios", "nxos", "junos", "eos", "routeros", "fortios"])))
    L = ["# name:model[:username:password] -- empty creds use the global ones"] + rows
    return P(r.choice(["oxidized/router.db", ".config/oxidized/router.db"]), L, pw, "oxidized", "router-db-password", "oxidized-router-db")


# ================================================================ Nornir / NAPALM / Netmiko / Ansible
def p_nornir_hosts(r):
    pw = plain_for_cli(r).replace("#", "").replace(":", "")
    L = ["---"]
    target = r.randint(0, 2)
    for i in range(3):
        h = hostname(r)
        L += ["%s:" % h, "  hostname: %s" % rip(r), "  platform: %s" % r.choice(["ios", "nxos_ssh", "eos", "junos"]), "  groups:", "    - %s" % r.choice(["core", "edge", "branch"])]
        if i == target:
            L += ["  username: %s" % r.choice(USERS), "  password: %s" % pw]
        L += ["  data:", "    site: %s" % h.split("-")[0], "    role: %s" % r.choice(ROLES)]
    return P(r.choice(["nornir/inventory/hosts.yaml", "inventory/hosts.yaml"]), L, pw, "nornir", "hosts-yaml-password", "nornir-hosts-yaml")


def p_nornir_groups(r):
    pw = plain_for_cli(r).replace("#", "").replace(":", "")
    L = ["---", "ios:", "  platform: ios", "  connection_options:", "    napalm:", "      platform: ios", "      extras:", "        optional_args:",
         "          secret: %s" % pw, "          transport: ssh", "    netmiko:", "      extras:", "        fast_cli: false", "junos:", "  platform: junos",
         "  port: 830", "eos:", "  platform: eos", "  connection_options:", "    napalm:", "      extras:", "        optional_args:", "          transport: https"]
    return P(r.choice(["nornir/inventory/groups.yaml", "inventory/groups.yaml"]), L, pw, "nornir", "napalm-enable-secret", "nornir-groups-yaml")


def p_napalm(r):
    pw = plain_for_cli(r)
    host = rip(r)
    style = r.randint(0, 1)
    if style == 0:
        var = gen_name(r, ["DEVICE_PASSWORD", "napalm_password"], ["pw", "PASS", "creds"])
        L = ["#!/usr/bin/env python3", "\"\"\"Compare candidate config against running on a single device.\"\"\"", "from napalm import get_network_driver", "",
             "%s = \"%s\"" % (var, pw), "", "driver = get_network_driver(\"%s\")" % r.choice(["ios", "eos", "junos", "nxos"]),
             "device = driver(\"%s\", \"%s\", %s, optional_args={\"port\": 22})" % (host, r.choice(USERS), var), "device.open()",
             "device.load_merge_candidate(filename=\"candidate.cfg\")", "print(device.compare_config())", "device.discard_config()", "device.close()"]
    else:
        L = ["#!/usr/bin/env python3", "import sys", "from napalm import get_network_driver", "", "", "def facts(host):",
             "    drv = get_network_driver(\"ios\")", "    with drv(host, \"%s\", \"%s\") as dev:" % (r.choice(USERS), pw),
             "        return dev.get_facts()", "", "", "if __name__ == \"__main__\":", "    for h in sys.argv[1:]:", "        print(facts(h))"]
    return P(r.choice(["scripts/napalm_diff.py", "tools/get_facts.py"]), L, pw, "napalm", "script-password", "python")


def p_netmiko(r):
    pw = plain_for_cli(r)
    key = gen_name(r, ["password"], ["password"])
    L = ["from netmiko import ConnectHandler", "", "device = {", "    'device_type': '%s'," % r.choice(["cisco_ios", "cisco_nxos", "arista_eos", "juniper_junos", "mikrotik_routeros"]),
         "    'host': '%s'," % rip(r), "    'username': '%s'," % r.choice(USERS), "    '%s': '%s'," % (key, pw), "    'port': 22,", "    'fast_cli': False,", "}", "",
         "with ConnectHandler(**device) as conn:", "    out = conn.send_command('show ip interface brief', use_textfsm=True)",
         "    for intf in out:", "        print(intf['interface'], intf['status'])"]
    return P(r.choice(["scripts/check_interfaces.py", "netmiko/show_ip_int.py"]), L, pw, "netmiko", "device-dict-password", "python")


def p_ansible_vars(r):
    pw = plain_for_cli(r).replace("#", "").replace(":", "")
    k = r.randint(0, 2)
    var = ["ansible_ssh_pass", "ansible_password", "ansible_become_pass"][k]
    kind = "become-password" if k == 2 else "ssh-password"
    L = ["---", "ansible_connection: ansible.netcommon.network_cli", "ansible_network_os: %s" % r.choice(["cisco.ios.ios", "cisco.nxos.nxos", "arista.eos.eos", "junipernetworks.junos.junos"]),
         "ansible_user: %s" % r.choice(USERS)]
    if k == 2:
        L += ["ansible_become: true", "ansible_become_method: enable", "%s: %s" % (var, pw)]
    else:
        L += ["%s: %s" % (var, pw)]
    L += ["ansible_command_timeout: 60", "", "ntp_servers:", "  - %s" % rip(r), "  - %s" % rip(r), "syslog_host: %s" % rip(r), "snmp_location: \"%s\"" % r.choice(["DC1", "Branch"])]
    return P("ansible/group_vars/%s.yml" % r.choice(["ios", "routers", "switches", "core", "all"]), L, pw, "ansible", kind, "ansible-group-vars")


# ================================================================ LibreNMS / Observium
def p_librenms(r):
    k = r.randint(0, 2)
    if k == 0:
        tok = rhex(r, 32)
        var = gen_name(r, ["LIBRENMS_TOKEN", "librenms_api_token"], ["TOKEN", "X_AUTH", "api_key"])
        L = ["#!/usr/bin/env python3", "import requests", "", "BASE = \"https://librenms.example.net/api/v0\"", "%s = \"%s\"" % (var, tok), "",
             "def add_device(hostname, community_ref):", "    r = requests.post(f\"{BASE}/devices\", headers={\"X-Auth-Token\": %s}," % var,
             "                      json={\"hostname\": hostname, \"version\": \"v3\", \"authlevel\": \"authPriv\"})",
             "    r.raise_for_status()", "    return r.json()", "", "if __name__ == \"__main__\":", "    import sys", "    print(add_device(sys.argv[1], None))"]
        return P(r.choice(["scripts/librenms_add.py", "librenms/add_device.py"]), L, tok, "librenms", "api-token", "python")
    if k == 1:
        val = "base64:" + base64.b64encode(rbytes(r, 32)).decode()
        needle = val
        L = ["APP_KEY=%s" % val, "DB_HOST=db", "DB_DATABASE=librenms", "DB_USERNAME=librenms", "DB_PASSWORD=${LIBRENMS_DB_PASSWORD}",
             "NODE_ID=%s" % rhex(r, 13), "APP_URL=/", "LIBRENMS_USER=librenms"]
        return P("librenms/.env", L, needle, "librenms", "laravel-app-key", "dotenv")
    pw = human_pw(r)
    L = ["services:", "  db:", "    image: mariadb:10", "    environment:", "      - \"TZ=UTC\"", "      - \"MYSQL_ALLOW_EMPTY_PASSWORD=yes\"",
         "      - \"MYSQL_DATABASE=librenms\"", "      - \"MYSQL_USER=librenms\"", "      - \"MYSQL_PASSWORD=%s\"" % pw, "  librenms:",
         "    image: librenms/librenms:latest", "    environment:", "      - \"DB_HOST=db\"", "      - \"DB_NAME=librenms\"", "      - \"DB_USER=librenms\"",
         "      - \"DB_PASSWORD=%s\"" % "${MYSQL_PASSWORD}", "    ports:", "      - \"8000:8000\""]
    return P("librenms/compose.yml", L, pw, "librenms", "mysql-password", "docker-compose")


def p_observium(r):
    pw = human_pw(r).replace("'", "")
    L = ["<?php", "", "## Check config.php.default for full options", "", "// Database config",
         "$config['db_extension'] = 'mysqli';", "$config['db_host']      = 'localhost';", "$config['db_user']      = 'observium';",
         "$config['db_pass']      = '%s';" % pw, "$config['db_name']      = 'observium';", "", "// Base directory",
         "$config['install_dir'] = \"/opt/observium\";", "", "// SNMP", "$config['snmp']['version'] = 'v3';",
         "$config['snmp']['v3'][0]['authlevel'] = 'authPriv';", "", "$config['rrdcached'] = 'unix:/var/run/rrdcached.sock';"]
    return P("observium/config.php", L, pw, "observium", "db-password", "php")


# ================================================================ Meraki / DNAC / Infoblox / F5
def p_meraki(r):
    key = rhex(r, 40)
    k = r.randint(0, 2)
    var = gen_name(r, ["MERAKI_DASHBOARD_API_KEY", "MERAKI_API_KEY", "meraki_key"], ["API_KEY", "KEY", "DASHBOARD_TOKEN"])
    if k == 0:
        L = ["#!/usr/bin/env python3", "import meraki", "", "%s = '%s'" % (var, key), "ORG_ID = '%d'" % r.randint(100000, 999999999), "",
             "dashboard = meraki.DashboardAPI(%s, output_log=False, suppress_logging=True)" % var, "",
             "for net in dashboard.organizations.getOrganizationNetworks(ORG_ID):",
             "    devices = dashboard.networks.getNetworkDevices(net['id'])", "    for d in devices:",
             "        print(net['name'], d['serial'], d.get('firmware'))"]
        return P(r.choice(["meraki/inventory_report.py", "scripts/meraki_fw.py"]), L, key, "cisco-meraki", "dashboard-api-key", "python")
    if k == 1:
        L = ["---", "- hosts: localhost", "  gather_facts: false", "  vars:", "    %s: %s" % (var.lower(), key), "    org_name: %s" % r.choice(["ACME Corp", "Example Retail"]),
             "  tasks:", "    - name: Set SSIDs", "      cisco.meraki.networks_wireless_ssids:", "        meraki_api_key: \"{{ %s }}\"" % var.lower(),
             "        networkId: %s" % ("L_" + str(r.randint(10 ** 17, 10 ** 18))), "        number: 3", "        name: Corp-IoT", "        enabled: true"]
        return P("playbooks/meraki_ssid.yml", L, key, "cisco-meraki", "dashboard-api-key", "ansible-playbook")
    L = ["# Meraki", "", "```", "curl -L -H 'X-Cisco-Meraki-API-Key: %s' \\" % key, "  https://api.meraki.com/api/v1/organizations", "```", "",
         "Org id for %s is listed in the first object." % r.choice(["EMEA", "AMER"])]
    return P("docs/meraki-api.md", L, key, "cisco-meraki", "dashboard-api-key", "markdown")


def p_dnac(r):
    pw = human_pw(r)
    k = r.randint(0, 1)
    if k == 0:
        L = ["from dnacentersdk import api", "", "dnac = api.DNACenterAPI(", "    base_url=\"https://%s\"," % r.choice(["dnac.corp.example.net", "catc01.example.net", rip(r)]),
             "    username=\"%s\"," % r.choice(["admin", "svc_dnac", "netops"]), "    password=\"%s\"," % pw, "    version=\"2.3.7.6\",", "    verify=False,", ")", "",
             "devices = dnac.devices.get_device_list(family=\"Switches and Hubs\")", "for d in devices.response:",
             "    print(d.hostname, d.managementIpAddress, d.softwareVersion)"]
        return P(r.choice(["dnac/list_devices.py", "catalyst_center/inventory.py"]), L, pw, "cisco-dnac", "sdk-password", "python")
    L = ["---", "dnac_host: %s" % rip(r), "dnac_port: 443", "dnac_username: %s" % r.choice(["admin", "svc_ansible"]), "dnac_password: %s" % pw,
         "dnac_verify: false", "dnac_version: 2.3.7.6", "dnac_debug: false", "dnac_log: true", "dnac_log_level: INFO"]
    return P("ansible/group_vars/catalyst_center.yml", L, pw, "cisco-dnac", "ansible-password", "ansible-group-vars")


def p_infoblox(r):
    pw = human_pw(r)
    k = r.randint(0, 1)
    if k == 0:
        L = ["from infoblox_client import connector, objects", "", "opts = {", "    'host': '%s'," % r.choice(["gm.infoblox.example.net", rip(r)]),
             "    'username': '%s'," % r.choice(["admin", "svc_ipam", "netops"]), "    'password': '%s'," % pw, "    'wapi_version': '2.12',",
             "    'ssl_verify': False,", "}", "conn = connector.Connector(opts)", "", "net = objects.Network.search(conn, cidr='%s.0/24')" % ".".join(rip(r).split(".")[:3]),
             "print(net)"]
        return P("ipam/infoblox_lookup.py", L, pw, "infoblox", "wapi-password", "python")
    L = ["---", "nios_provider:", "  host: %s" % rip(r), "  username: %s" % r.choice(["admin", "svc_ansible"]), "  password: %s" % pw, "  wapi_version: \"2.12\"",
         "", "dns_view: default", "network_view: default"]
    return P("ansible/group_vars/infoblox.yml", L, pw, "infoblox", "nios-provider-password", "ansible-group-vars")


def p_f5(r):
    if r.random() < 0.5:
        pw = human_pw(r)
        L = ["---", "f5_provider:", "  server: %s" % rip(r), "  server_port: 443", "  user: %s" % r.choice(["admin", "svc_ansible"]), "  password: %s" % pw,
             "  validate_certs: false", "  transport: rest", "", "pools:", "  - name: pool_web_443", "    lb_method: least-connections-member",
             "    monitors: [\"/Common/https\"]"]
        return P("ansible/group_vars/bigip.yml", L, pw, "f5-bigip", "provider-password", "ansible-group-vars")
    tok = rstr(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 26)
    var = gen_name(r, ["F5_TOKEN", "BIGIP_AUTH_TOKEN"], ["TOKEN", "AUTH", "hdr_token"])
    L = ["#!/bin/bash", "# drain a pool member on the BIG-IP before patching", "set -euo pipefail", "BIGIP=%s" % rip(r), "%s=%s" % (var, tok), "",
         "curl -sk -H \"X-F5-Auth-Token: ${%s}\" -H 'Content-Type: application/json' \\" % var,
         "  -X PATCH \"https://${BIGIP}/mgmt/tm/ltm/pool/~Common~pool_web/members/~Common~$1:443\" \\",
         "  -d '{\"session\":\"user-disabled\"}'"]
    return P("scripts/f5_drain.sh", L, tok, "f5-bigip", "icontrol-token", "shell")


# ================================================================ SecureCRT / Expect / docs / CSV / Jinja2
def p_securecrt(r):
    val = "02:" + rhex(r, r.choice([64, 96, 128]))
    host = hostname(r)
    L = ['S:"Hostname"=%s' % rip(r), 'S:"Username"=%s' % r.choice(USERS), 'D:"[SSH2] Port"=00000016', 'S:"Password V2"=%s' % val,
         'S:"Firewall Name"=None', 'D:"Session Password Saved"=00000001', 'S:"Protocol Name"=SSH2', 'D:"Is Session"=00000001',
         'S:"Emulation"=Xterm', 'D:"Scrollback"=00005000', 'S:"Log Filename V2"=${VDS_USER_DATA_PATH}\\logs\\%H-%Y%M%D.log']
    return P("securecrt/Sessions/%s/%s.ini" % (r.choice(["Core", "Branch", "DC"]), host), L, val[3:], "securecrt", "password-v2", "securecrt-ini")


def p_expect(r):
    pw = plain_for_cli(r).replace("$", "").replace("[", "").replace("]", "")
    var = gen_name(r, ["password", "pass"], ["pw", "p", "auth"])
    L = ["#!/usr/bin/expect -f", "# push banner to legacy switches that lack ssh keys", "set timeout 20", "set host [lindex $argv 0]",
         "set user %s" % r.choice(USERS), "set %s \"%s\"" % (var, pw), "", "spawn ssh -o StrictHostKeyChecking=no $user@$host", "expect {",
         "  \"assword:\" { send \"$%s\\r\" }" % var, "  timeout { puts \"timeout on $host\"; exit 1 }", "}", "expect \"#\"", "send \"conf t\\r\"",
         "send \"banner motd ^Authorized access only^\\r\"", "send \"end\\r\"", "send \"write mem\\r\"", "expect \"#\"", "send \"exit\\r\"", "expect eof"]
    return P(r.choice(["scripts/push_banner.exp", "expect/banner.tcl"]), L, pw, "expect", "script-password", "expect-tcl")


def p_ticket(r):
    chg = "CHG%07d" % r.randint(1000000, 9999999)
    k = r.randint(0, 2)
    if k == 0:
        sec = plain_for_cli(r)
        what, kind = "TACACS+ shared key", "tacacs-key"
        body = ["tacacs server ISE-PRI", " key %s" % sec]
    elif k == 1:
        sec = plain_for_cli(r)
        what, kind = "IPsec PSK for partner tunnel", "ipsec-psk"
        body = ["crypto isakmp key %s address %s" % (sec, rpubip(r))]
    else:
        sec = wifi_psk(r)
        what, kind = "Guest WiFi PSK rotation", "wifi-psk"
        body = ["wlan Guest 2 Guest", " security wpa psk set-key ascii 0 %s" % sec]
    L = ["# %s - %s" % (chg, what), "", "**Requester:** %s  " % r.choice(USERS), "**Window:** %s 22:00-23:00 UTC  " % date_iso(r),
         "**Risk:** low", "", "## Devices", ""] + ["- %s" % hostname(r) for _ in range(r.randint(2, 4))] + [
        "", "## Implementation", "", "```"] + body + ["```", "", "## Rollback", "", "Re-apply previous config from Oxidized (git revert).", "",
                                                       "## Verification", "", "- `show %s`" % r.choice(["tacacs", "crypto isakmp sa", "wlan summary"])]
    return P("changes/%s.md" % chg, L, sec, "change-ticket", kind, "markdown")


def p_csv(r):
    pw = plain_for_cli(r).replace(",", "")
    rows = ["hostname,mgmt_ip,platform,site,serial,username,password"]
    tgt = r.randint(0, 6)
    for i in range(7):
        h = hostname(r)
        user, p = ("", "")
        if i == tgt:
            user, p = r.choice(USERS), pw
        rows.append("%s,%s,%s,%s,%s,%s,%s" % (h, rip(r), r.choice(["ios", "nxos", "eos", "junos"]), h.split("-")[0], serial(r), user, p))
    return P(r.choice(["inventory/devices.csv", "inventory/lab_devices.csv"]), rows, pw, "inventory-csv", "device-password", "csv")


def p_jinja(r):
    sec = plain_for_cli(r).replace("'", "")
    k = r.randint(0, 1)
    if k == 0:
        line = "snmp-server community {{ snmp_ro_community | default('%s') }} RO SNMP-ACL" % sec
        kind = "snmp-community-default"
    else:
        line = "tacacs-server key {{ tacacs_key | default('%s') }}" % sec
        kind = "tacacs-key-default"
    L = ["{# base.j2 - rendered by nornir_jinja2 for every IOS box #}", "hostname {{ host.name }}", "!", "enable secret 9 {{ enable_secret_hash }}",
         "username {{ admin_user }} privilege 15 secret 9 {{ admin_secret_hash }}", "!", "{% for ntp in ntp_servers %}", "ntp server {{ ntp }}",
         "{% endfor %}", "!", line, "snmp-server location {{ site.physical_address }}", "!", "{% for vlan in vlans %}", "vlan {{ vlan.id }}",
         " name {{ vlan.name }}", "{% endfor %}", "!", "line vty 0 4", " transport input ssh"]
    return P(r.choice(["templates/ios/base.j2", "roles/ios_base/templates/base.cfg.j2"]), L, sec, "jinja2-template", kind, "jinja2")


def p_textfsm_fixture(r):
    # show running-config snippet captured as parser test fixture
    pw = plain_for_cli(r)
    L = ["%s#show running-config | section username" % hostname(r)]
    L += ["username %s privilege 15 secret 9 %s" % (r.choice(USERS), cisco_t9(r)) for _ in range(r.randint(1, 3))]
    L += ["username %s privilege 1 password 0 %s" % (r.choice(["helpdesk", "readonly", "tech"]), pw)]
    L += ["%s#show run | i snmp-server" % hostname(r), "snmp-server engineID local 800000090300%s" % rmac(r).replace(":", "").upper(),
          "snmp-server location %s" % r.choice(["Rack A4", "IDF-2"]), "snmp-server contact noc@example.net"]
    return P("tests/fixtures/show_run_users/%s.raw" % hostname(r), L, pw, "cisco-ios", "username-password-0", "textfsm-test-data")


# ---------------------------------------------------------------- registry
POS_GENS = [
    p_ios_enable_password, p_ios_username_password0, p_ios_username_secret0, p_ios_type7, p_ios_type7, p_ios_keychain,
    p_ios_tacacs, p_ios_radius, p_ios_snmp_community, p_ios_snmpv3, p_ios_isakmp, p_ios_ikev2, p_ios_bgp, p_ios_ospf,
    p_ios_ntp, p_ios_hsrp, p_wlc_aireos, p_wlc_9800, p_asa_tunnel_group, p_asa_aaa_key, p_nxos_tacacs, p_nxos_bgp,
    p_junos9_radius, p_junos9_ike, p_junos9_bgp, p_junos_set9, p_junos_set_plain, p_junos_snmp_curly,
    p_eos_user_secret0, p_eos_tacacs7, p_eos_bgp7, p_ros, p_ros, p_forti, p_forti, p_forti_api, p_panos_api, p_pfsense_psk,
    p_vyos, p_keepalived, p_haproxy, p_wireguard, p_wireguard, p_openvpn, p_openvpn_authfile, p_unifi, p_aruba, p_ruckus,
    p_hostapd, p_wpa_supplicant, p_netbox_token, p_netbox_token, p_netbox_config, p_netbox_compose, p_cloginrc, p_oxidized,
    p_nornir_hosts, p_nornir_groups, p_napalm, p_netmiko, p_ansible_vars, p_ansible_vars, p_librenms, p_observium, p_meraki,
    p_dnac, p_infoblox, p_f5, p_securecrt, p_expect, p_ticket, p_csv, p_jinja, p_textfsm_fixture,
]


# ================================================================ positives: CLI args / positional
def p_cli_args(r):
    pw = plain_for_cli(r).replace("'", "").replace("$", "").replace("!", "")
    ip = rip(r)
    k = r.randint(0, 3)
    if k == 0:
        L = ["#!/bin/bash", "# nightly pull of running-configs from legacy switches without key auth", "set -u", "OUT=/srv/backups/$(date +%F)", "mkdir -p \"$OUT\"",
             "for sw in $(cat switches.txt); do", "  sshpass -p '%s' scp -o StrictHostKeyChecking=no %s@${sw}:running-config \"$OUT/${sw}.cfg\"" % (pw, r.choice(USERS)),
             "done", "git -C /srv/backups add -A && git -C /srv/backups commit -qm \"backup $(date +%F)\""]
        return P(r.choice(["scripts/pull_configs.sh", "cron/backup-legacy.sh"]), L, pw, "ssh", "sshpass-password", "shell")
    if k == 1:
        L = ["#!/bin/bash", "# add a host record in Infoblox for a new switch", "set -euo pipefail", "NAME=$1", "IP=$2", "",
             "curl -sk -u %s:%s \\" % (r.choice(["admin", "svc_ipam"]), pw), "  -H 'Content-Type: application/json' \\",
             "  -X POST 'https://%s/wapi/v2.12/record:host' \\" % r.choice(["gm.infoblox.example.net", rip(r)]),
             "  -d \"{\\\"name\\\": \\\"${NAME}\\\", \\\"ipv4addrs\\\": [{\\\"ipv4addr\\\": \\\"${IP}\\\"}]}\""]
        return P("scripts/ib_add_host.sh", L, pw, "infoblox", "curl-basic-auth", "shell")
    if k == 2:
        L = [".PHONY: backup diff push", "", "DEVICE ?= %s" % ip, "", "backup:", "\tpython3 tools/backup.py $(DEVICE) %s %s" % (r.choice(USERS), pw), "",
             "diff:", "\tpython3 tools/diff.py --device $(DEVICE)", "", "push:", "\tansible-playbook -i inventory push.yml --limit $(DEVICE)"]
        return P("Makefile", L, pw, "generic", "positional-arg-password", "makefile")
    L = ["# Runbook: re-home AP to new controller", "", "1. Console into the AP", "2. Run:", "", "```",
         "capwap ap controller ip address %s" % rip(r), "capwap ap hostname %s" % hostname(r, "ap"), "```", "",
         "3. If prompted for the AP mgmt login use `%s` / `%s`" % (r.choice(USERS), pw), "4. Verify with `show capwap client rcb`"]
    return P("runbooks/ap-rehome.md", L, pw, "cisco-wlc", "ap-mgmt-password-in-doc", "markdown")


POS_GENS += [p_cli_args, p_cli_args]


# ================================================================ NEGATIVES: device configs
def hex_dump_lines(r, nbytes, lead="  "):
    h = rhex(r, nbytes * 2, True)
    words = [h[i:i + 8] for i in range(0, len(h), 8)]
    return [lead + " ".join(words[i:i + 8]) for i in range(0, len(words), 8)]


def rsa_pub_hex_lines(r, lead="  "):
    # DER SubjectPublicKeyInfo of RSA-2048 starts with a fixed header
    fixed = "30820122300D06092A864886F70D01010105000382010F003082010A02820101"
    h = fixed + rhex(r, 512, True) + "0203010001"
    words = [h[i:i + 8] for i in range(0, len(h), 8)]
    return [lead + " ".join(words[i:i + 8]) for i in range(0, len(words), 8)]


def n_ios_hashes(r):
    host = hostname(r)
    auth = ["username %s privilege 15 secret %s" % (r.choice(USERS), r.choice(["5 " + md5crypt(r), "8 " + cisco_t8(r), "9 " + cisco_t9(r)]))]
    L = ios_config(r, host, auth=auth, mgmt=["snmp-server engineID local 800000090300%s" % rmac(r).replace(":", "").upper(),
                                             "snmp-server location %s" % r.choice(["DC1 R4", "IDF 2"])])
    return N(cfg_path(r, host), L, "cisco-ios", "secret-5/8/9-hashes", "ios-running-config")


def n_ios_redacted(r):
    host = hostname(r)
    mark = r.choice(["<secret hidden>", "<removed>", "<configuration removed>"])
    auth = ["username %s privilege 15 secret %s" % (r.choice(USERS), mark)]
    glob = []
    mg = ["snmp-server community %s %s" % (mark, r.choice(["RO", "RW"])), "tacacs-server host %s" % rip(r), "tacacs-server key %s" % mark]
    if r.random() < 0.5:
        glob = ["crypto isakmp key %s address %s" % (mark, rpubip(r)), "!"]
    if r.random() < 0.5:
        mg += ["ntp authentication-key 1 md5 %s 7" % mark, "ntp authenticate"]
    L = ios_config(r, host, auth=auth, glob=glob, mgmt=mg, hash_enable=False, enable_line="enable secret %s" % mark)
    return N(cfg_path(r, host), L, "cisco-ios", "redacted-backup", "ios-running-config")


def n_ios_pubkey_chain(r):
    host = hostname(r)
    glob = ["crypto key pubkey-chain rsa", " named-key %s" % r.choice(["ISE-CA", "realm-cisco.pub", "PEER-%s" % r.choice(SITES).upper()]),
            "  key-string"] + rsa_pub_hex_lines(r, "   ") + ["  quit", "!"]
    L = ios_config(r, host, glob=glob, n_if=2)
    return N(cfg_path(r, host), L[:80], "cisco-ios", "rsa-public-key-string", "ios-running-config")


def n_ios_cert_chain(r):
    host = hostname(r)
    tp = "TP-self-signed-%d" % r.randint(1000000000, 4294967295)
    glob = ["crypto pki trustpoint %s" % tp, " enrollment selfsigned", " subject-name cn=IOS-Self-Signed-Certificate-%d" % r.randint(10 ** 9, 4 * 10 ** 9),
            " revocation-check none", " rsakeypair %s" % tp, "!", "crypto pki certificate chain %s" % tp, " certificate self-signed 01"] + \
           hex_dump_lines(r, r.choice([96, 128, 160]), "  ") + ["  \tquit", "!"]
    L = ios_config(r, host, glob=glob, n_if=2)
    return N(cfg_path(r, host), L[:80], "cisco-ios", "pki-certificate-hex-dump", "ios-running-config")


def n_ios_fingerprint(r):
    host = hostname(r)
    glob = ["crypto pki trustpoint %s" % r.choice(["ISE-ROOT", "CORP-CA", "DNAC-CA"]), " enrollment terminal",
            " fingerprint %s" % rhex(r, r.choice([32, 40]), True), " revocation-check none", "!",
            "license udi pid %s sn %s" % (r.choice(["C9300-48P", "ISR4331/K9", "C9500-24Y4C"]), serial(r)),
            "license boot level network-advantage addon dna-advantage", "!"]
    L = ios_config(r, host, glob=glob)
    return N(cfg_path(r, host), L, "cisco-ios", "trustpoint-fingerprint", "ios-running-config")


def n_ios_bgp_vrf(r):
    host = hostname(r, "pe")
    asn = r.choice([64512, 65001, 65100])
    vrf = r.choice(["CUST-A", "MGMT", "VOICE"])
    glob = ["vrf definition %s" % vrf, " rd %d:%d" % (asn, r.randint(1, 999)), " !", " address-family ipv4",
            "  route-target export %d:%d" % (asn, r.randint(1, 999)), "  route-target import %d:%d" % (asn, r.randint(1, 999)), " exit-address-family", "!"]
    nb = rpubip(r)
    routing = ["router bgp %d" % asn, " bgp router-id %s" % rip(r), " neighbor %s remote-as %d" % (nb, r.choice([174, 3356, 1299])),
               " neighbor %s description %s" % (nb, r.choice(["TRANSIT", "IX"])), " neighbor %s ttl-security hops 1" % nb, "!",
               "router ospf 1", " area 0 authentication message-digest", "!"]
    L = ios_config(r, host, glob=glob, routing=routing)
    return N(cfg_path(r, host), L, "cisco-ios", "bgp-asn-rd-no-password", "ios-running-config")


def n_ios_lab(r):
    host = "R%d" % r.randint(1, 9)
    L = ["! containerlab / CML lab node - throwaway credentials, NOT production", "hostname %s" % host, "!",
         "username lab privilege 15 secret 9 %s" % cisco_t9(r),
         "snmp-server community public RO", "snmp-server community private RW", "!",
         "interface GigabitEthernet1", " ip address dhcp", " no shutdown", "!",
         "interface Loopback0", " ip address 10.255.255.%d 255.255.255.255" % r.randint(1, 20), "!", "end"]
    return N("labs/%s/configs/%s.cfg" % (r.choice(["ospf-basics", "bgp-lab", "evpn-lab"]), host), L, "cisco-ios", "lab-default-community", "ios-running-config")


def n_ios_ssh_keyhash(r):
    host = hostname(r)
    glob = ["ip ssh version 2", "ip ssh server algorithm hostkey rsa-sha2-512 rsa-sha2-256", "ip ssh pubkey-chain"]
    for _ in range(r.randint(2, 4)):
        u = r.choice(USERS)
        glob += ["  username %s" % u, "   key-hash ssh-rsa %s %s@%s" % (rhex(r, 32, True), u, r.choice(["bastion", "jump01", "mbp"]))]
    glob += ["  quit", "!"]
    L = ios_config(r, host, glob=glob)
    return N(cfg_path(r, host), L, "cisco-ios", "ssh-key-hash", "ios-running-config")


def n_wlc_masked(r):
    wid = r.randint(1, 16)
    L = ["(Cisco Controller) >show run-config commands", "", "config sysname %s" % hostname(r, "wlc"),
         "config wlan create %d Corp Corp" % wid, "config wlan security wpa akm psk enable %d" % wid,
         "config wlan security wpa akm psk set-key ascii **** %d" % wid, "config radius auth add 1 %s 1812 ascii ****" % rip(r),
         "config macfilter add %s 0 vlan210 \"printer-%02d\"" % (rmac(r), r.randint(1, 40)), "config time ntp server 1 %s" % rip(r),
         "config certificate generate webauth", "config network rf-network-name %s" % r.choice(["CORP-RF", "RFGROUP1"])]
    return N("wlc/%s-run-config-commands.txt" % hostname(r, "wlc"), L, "cisco-wlc", "masked-psk", "aireos-run-config")


def n_nxos(r):
    sect = ["", "vsan database", "  vsan 10 name FABRIC-A", "zone name ESX01_HBA0 vsan 10",
            "  member pwwn %s" % ":".join(rhex(r, 2) for _ in range(8)), "  member pwwn %s" % ":".join(rhex(r, 2) for _ in range(8)),
            "", "tacacs-server host %s" % rip(r), "snmp-server user nms network-operator auth sha 0x%s priv aes-128 0x%s localizedkey" % (rhex(r, 40), rhex(r, 32))]
    host = hostname(r, "mds")
    return N(cfg_path_vendor(r, host, "nxos", ".cfg"), nxos_config(r, host, sect), "cisco-nxos", "localizedkey-wwn-hash", "nxos-running-config")


def n_asa(r):
    peer = rpubip(r)
    sect = ["tunnel-group %s type ipsec-l2l" % peer, "tunnel-group %s ipsec-attributes" % peer, " ikev1 pre-shared-key *****",
            " ikev2 remote-authentication pre-shared-key *****", "aaa-server ISE protocol radius", "aaa-server ISE (inside) host %s" % rip(r), " key *****"]
    host = hostname(r, "fw")
    return N(cfg_path_vendor(r, host, "asa", ".cfg"), asa_config(r, host, sect), "cisco-asa", "masked-and-hashed", "asa-running-config")


def n_junos(r):
    host = hostname(r, "edge-rtr")
    k = r.randint(0, 1)
    if k == 0:
        ext = ["radius-server {", "    %s {" % rip(r), "        secret <secret removed>;", "    }", "}"]
        kind = "oxidized-secret-removed"
    else:
        ext = ["login {", "    message \"Authorized use only\";", "}", "static-host-mapping {", "    %s inet %s;" % (hostname(r), rip(r)), "}"]
        kind = "encrypted-password-hashes"
    L = junos_curly(r, host, system_extra=ext)
    return N(junos_path(r, host), L, "juniper-junos", kind, "junos-curly")


def n_junos_set(r):
    host = hostname(r)
    u = r.choice(USERS)
    ext = ['set system login user %s authentication ssh-ed25519 "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s"' % (u, rb64(r, 33)[:43], u, r.choice(["laptop", "bastion"])),
           "set snmp location \"%s\"" % r.choice(["POP-FRA", "DC2"]), "set snmp v3 usm local-engine user nms authentication-sha authentication-key \"%s\"" % "{{ snmp_v3_auth_key }}",
           "set system radius-server %s secret \"${RADIUS_SECRET}\"" % rip(r)]
    r.shuffle(ext)
    return N(junos_path(r, host, True) if False else "junos/templates/%s.set" % host, junos_set(r, host, ext[:3]), "juniper-junos", "ssh-pubkey-and-template-vars", "junos-set")


def n_eos(r):
    sect = ["daemon TerminAttr", "   exec /usr/bin/TerminAttr -cvaddr=apiserver.arista.io:443 -cvauth=token-secure,/tmp/cv-onboarding-token -taillogs",
            "   no shutdown", "!", "management ssh", "   authentication mode password", "!",
            "username %s ssh-key ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@jump" % (r.choice(USERS), rb64(r, 33)[:43], r.choice(USERS)), "!"]
    host = hostname(r, "leaf")
    return N(cfg_path_vendor(r, host, "eos", ".cfg"), eos_config(r, host, sect), "arista-eos", "sha512-secrets-and-token-path", "eos-running-config")


def n_ros(r):
    k = r.randint(0, 1)
    if k == 0:
        sec = ["/interface wireless security-profiles", "set [ find default=yes ] supplicant-identity=MikroTik",
               "add authentication-types=wpa2-psk mode=dynamic-keys name=corp supplicant-identity=\"\"",
               "/interface ethernet", "set [ find default-name=ether1 ] mac-address=%s" % rmac(r, style="upper"),
               "/system license", "# level: %s" % r.choice(["p1", "p-unlimited", "6"])]
        kind = "hide-sensitive-export"
    else:
        sec = [":global wifiKey", ":local bridgeName \"bridge-lan\"", "/interface wireless security-profiles",
               "add authentication-types=wpa2-psk mode=dynamic-keys name=corp wpa2-pre-shared-key=$wifiKey",
               "/user add group=full name=netops password=[/file get [find name=\"flash/pw.txt\"] contents]"]
        kind = "script-variable"
    L = ros_assemble(r, ros_header(r), ros_body(r), sec)
    host = hostname(r, "rtr")
    return N(r.choice(["mikrotik/%s.rsc" % host, "backups/routeros/%s-export.rsc" % host]), L, "mikrotik-routeros", kind, "routeros-rsc")


def n_forti(r):
    host = hostname(r, "fgt")
    sec = ["config vpn certificate local", '    edit "%s"' % r.choice(["vpn-cert-2024", "gui-cert"]), '        set comments "issued by CORP-CA, sha1 fp %s"' % rhex(r, 40),
           "        set range global", "    next", "end", "config system interface", '    edit "port1"', '        set vdom "root"',
           "        set ip %s 255.255.255.248" % rpubip(r), "        set macaddr %s" % rmac(r), "    next", "end"]
    L = forti_header(r, host) + sec + forti_tail(r)
    return N("fortigate/%s.conf" % host, L, "fortinet-fortios", "admin-SH2-hash-uuids", "fortios-conf")


def n_panos_xml(r):
    host = hostname(r, "pa")
    L = ['<config version="%s" urldb="paloaltonetworks" detail-version="%s">' % ((v := r.choice(["10.2.0", "11.1.0"])), v), "  <mgt-config>", "    <users>",
         '      <entry name="admin">', "        <phash>%s</phash>" % r.choice([md5crypt(r), sha256crypt(r)]), "        <permissions>", "          <role-based>",
         "            <superuser>yes</superuser>", "          </role-based>", "        </permissions>", "      </entry>",
         '      <entry name="%s">' % r.choice(USERS), "        <phash>%s</phash>" % sha256crypt(r), "      </entry>", "    </users>", "  </mgt-config>",
         "  <devices>", '    <entry name="localhost.localdomain">', "      <deviceconfig>", "        <system>", "          <hostname>%s</hostname>" % host,
         "          <ip-address>%s</ip-address>" % rip(r), "          <serial>%d</serial>" % r.randint(10 ** 11, 10 ** 12 - 1),
         "          <ssh>", "            <ciphers><mgmt><aes256-gcm/></mgmt></ciphers>", "          </ssh>", "        </system>", "      </deviceconfig>",
         '      <vsys><entry name="vsys1"><rulebase><security><rules>',
         '        <entry name="allow-dns" uuid="%s"><action>allow</action></entry>' % ruuid(r),
         "      </rules></security></rulebase></entry></vsys>", "    </entry>", "  </devices>", "</config>"]
    return N(r.choice(["panos/%s-running-config.xml" % host, "backups/paloalto/%s.xml" % host]), L, "paloalto-panos", "phash-uuid", "panos-xml")


def n_pfsense(r):
    inner = ["<ipsec>", "  <phase1>", "    <ikeid>1</ikeid>", "    <remote-gateway>%s</remote-gateway>" % rpubip(r),
             "    <authentication_method>cert</authentication_method>", "    <certref>%s</certref>" % rhex(r, 13), "    <caref>%s</caref>" % rhex(r, 13),
             "  </phase1>", "</ipsec>", "<cert>", "  <refid>%s</refid>" % rhex(r, 13), "  <descr><![CDATA[vpn.example.net]]></descr>",
             "  <crt>%s</crt>" % "".join(fake_cert_b64(r, 6)), "</cert>"]
    return N("pfsense/config-%s.xml" % hostname(r, "fw"), pfsense_xml(r, inner), "pfsense", "bcrypt-hash-cert-auth", "pfsense-config-xml")


def n_vyos(r):
    L = ["interfaces {", "    ethernet eth0 {", "        address dhcp", "        hw-id %s" % rmac(r), "    }", "    ethernet eth1 {",
         "        address %s/24" % rip(r), "        hw-id %s" % rmac(r), "    }", "}", "system {", "    host-name %s" % hostname(r, "vyos"),
         "    login {", "        user vyos {", "            authentication {", "                encrypted-password %s" % sha512crypt(r),
         "                plaintext-password \"\"", "                public-keys %s@laptop {" % r.choice(USERS),
         "                    key AAAAC3NzaC1lZDI1NTE5AAAAI%s" % rb64(r, 33)[:43], "                    type ssh-ed25519", "                }",
         "            }", "        }", "    }", "}", "// vyos-config-version: \"bgp@4:broadcast-relay@1:cluster@1\"", "// Release version: 1.4.0"]
    return N("vyos/config.boot", L, "vyos", "encrypted-password-hash", "vyos-config-boot")


def n_keepalived(r):
    L = ["! {{ ansible_managed }}", "global_defs {", "   router_id {{ inventory_hostname }}", "}", "",
         "vrrp_instance VI_1 {", "    state {{ keepalived_state | default('BACKUP') }}", "    interface {{ keepalived_iface }}",
         "    virtual_router_id {{ keepalived_vrid }}", "    priority {{ keepalived_priority }}", "    authentication {", "        auth_type PASS",
         "        auth_pass {{ keepalived_auth_pass }}", "    }", "    virtual_ipaddress {", "        {{ keepalived_vip }}", "    }", "}"]
    return N("roles/lb/templates/keepalived.conf.j2", L, "keepalived", "jinja-auth-pass", "jinja2")


def n_haproxy(r):
    if r.random() < 0.5:
        line = '    stats auth admin:"${HAPROXY_STATS_PASSWORD}"'
        kind = "env-interpolation"
    else:
        line = "    acl AUTH http_auth(stats-users)\n    http-request auth realm stats unless AUTH"
        kind = "userlist-hash"
    L = haproxy_cfg(r, line)
    if kind == "userlist-hash":
        L = ["userlist stats-users", "    user ops password %s" % sha512crypt(r), ""] + L
    return N("haproxy/haproxy.cfg", L, "haproxy", kind, "haproxy-cfg")


def n_wireguard(r):
    L = ["[Interface]", "Address = 10.%d.0.1/24" % r.randint(0, 254), "ListenPort = 51820"]
    k = r.randint(0, 2)
    if k == 0:
        L += ["PostUp = wg set %i private-key /etc/wireguard/private.key", "# PrivateKey lives in /etc/wireguard/private.key (mode 600, not in git)"]
        kind = "private-key-from-file"
        path = "wireguard/wg0.conf"
    elif k == 1:
        L += ["PrivateKey = <server-private-key>   # wg genkey | tee private.key | wg pubkey"]
        kind = "placeholder"
        path = "docs/wireguard-example.conf"
    else:
        L += ["PrivateKey = {{ wg_private_key }}"]
        kind = "template-var"
        path = "roles/wireguard/templates/wg0.conf.j2"
    for _ in range(r.randint(2, 4)):
        L += ["", "[Peer]", "# %s" % r.choice(["branch-%s" % r.choice(SITES), "laptop-%s" % r.choice(USERS)]), "PublicKey = %s" % wg_pub(r),
              "AllowedIPs = 10.%d.%d.0/24" % (r.randint(0, 254), r.randint(0, 254))]
    return N(path, L, "wireguard", kind, "wireguard-conf")


def n_openvpn(r):
    L = ["client", "dev tun", "proto udp", "remote vpn.example.net 1194", "nobind", "persist-key", "persist-tun", "remote-cert-tls server",
         "cipher AES-256-GCM", "auth SHA256", "auth-user-pass creds.txt", "tls-auth ta.key 1", "verify-x509-name vpn.example.net name",
         "<ca>", "-----BEGIN CERTIFICATE-----"] + fake_cert_b64(r) + ["-----END CERTIFICATE-----", "</ca>"]
    return N("vpn/%s.ovpn" % r.choice(SITES), L, "openvpn", "public-ca-file-refs", "openvpn-ovpn")


def n_unifi(r):
    obj = {"_id": rhex(r, 24), "name": "admin", "email": "noc@example.net", "x_shadow": sha512crypt(r), "time_created": r.randint(1500000000, 1700000000),
           "last_site_name": "default", "ubic_uuid": ruuid(r)}
    dev = {"_id": rhex(r, 24), "mac": rmac(r), "model": r.choice(["U6LR", "USW24P250", "UDMPRO"]), "serial": rhex(r, 12, True), "adopted": True,
           "x_authkey": None if False else "", "cfgversion": rhex(r, 16)}
    txt = json.dumps({"meta": {"rc": "ok"}, "data": [obj, dev]}, indent=2) + "\n"
    return N("unifi/export/admin_devices.json", txt, "ubiquiti-unifi", "x_shadow-hash-ids", "json")


def n_aruba(r):
    L = ["! Aruba Central group template: %s" % r.choice(["Branch-IAP", "Retail-AP"]), "version 8.10.0.0-8.10.0", "name %name%",
         "virtual-controller-ip %vc_ip%", "", "wlan ssid-profile Corp-IoT", " enable", " index 1", " type employee", " essid Corp-IoT",
         " wpa-passphrase %iot_psk%", " opmode wpa2-psk-aes", " vlan %iot_vlan%", "", "wlan ssid-profile Guest", " enable", " essid Guest",
         " opmode opensystem", " captive-portal internal"]
    return N("aruba/central/templates/%s.tmpl" % r.choice(["branch", "retail"]), L, "aruba", "central-template-variables", "arubaos-config")


def n_hostapd(r):
    k = r.randint(0, 1)
    tail = ["wpa_psk_file=/etc/hostapd/hostapd.wpa_psk"] if k == 0 else ["# TODO replace before deploying to a real AP", "wpa_passphrase=changeme"]
    L = ["interface=wlan0", "driver=nl80211", "ssid=%s" % r.choice(["lab-mgmt", "OOB-WIFI"]), "hw_mode=a", "channel=36", "ieee80211ac=1",
         "wpa=2", "wpa_key_mgmt=WPA-PSK", "rsn_pairwise=CCMP"] + tail + ["bssid=%s" % rmac(r)]
    return N("hostapd/hostapd.conf", L, "hostapd", "psk-file-or-placeholder", "hostapd-conf")


def n_wpa_supplicant(r):
    L = ["ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev", "update_config=1", "", "network={", '    ssid="%s"' % r.choice(["CORP-8021X", "eduroam"]),
         "    key_mgmt=WPA-EAP", "    eap=TLS", '    identity="%s@example.net"' % r.choice(USERS), '    ca_cert="/etc/certs/corp-ca.pem"',
         '    client_cert="/etc/certs/probe.pem"', '    private_key="/etc/certs/probe.key"', "}", "", "network={", '    ssid="setup-only"',
         '    psk="<your-wifi-psk>"', "    disabled=1", "}"]
    return N("probes/wpa_supplicant.conf", L, "wpa_supplicant", "eap-tls-placeholder-psk", "wpa-supplicant-conf")


# ================================================================ NEGATIVES: automation / tooling
def vault_block(r, indent=""):
    salt, hmac_, ct = rbytes(r, 32), rbytes(r, 32), rbytes(r, r.choice([32, 48, 64]))
    inner = (salt.hex() + "\n" + hmac_.hex() + "\n" + ct.hex()).encode().hex()
    return [indent + "$ANSIBLE_VAULT;1.1;AES256"] + [indent + inner[i:i + 80] for i in range(0, len(inner), 80)]


def sops_val(r, n=18):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rbytes(r, n)).decode(), base64.b64encode(rbytes(r, 32)).decode(), base64.b64encode(rbytes(r, 16)).decode())


def age_armor(r):
    body = base64.b64encode(b"age-encryption.org/v1\n-> X25519 " + base64.b64encode(rbytes(r, 32)).rstrip(b"=") + b"\n" +
                            base64.b64encode(rbytes(r, 32)).rstrip(b"=") + b"\n--- " + base64.b64encode(rbytes(r, 32)).rstrip(b"=") +
                            b"\n" + rbytes(r, 60)).decode()
    return [body[i:i + 64] for i in range(0, len(body), 64)]


def n_ansible_vault(r):
    k = r.randint(0, 2)
    if k == 0:
        L = vault_block(r)
        return N("ansible/group_vars/%s/vault.yml" % r.choice(["ios", "all", "routers"]), L, "ansible", "vault-file", "ansible-vault")
    if k == 1:
        L = ["---", "ansible_connection: ansible.netcommon.network_cli", "ansible_network_os: cisco.ios.ios", "ansible_user: %s" % r.choice(USERS),
             "ansible_password: !vault |"] + vault_block(r, "  ") + ["ansible_become: true", "ansible_become_method: enable"]
        return N("ansible/group_vars/ios.yml", L, "ansible", "inline-vault", "ansible-group-vars")
    L = ["---", "ansible_connection: ansible.netcommon.network_cli", "ansible_network_os: %s" % r.choice(["cisco.ios.ios", "arista.eos.eos"]),
         "ansible_user: \"{{ vault_net_user }}\"", "ansible_password: \"{{ vault_net_password }}\"", "ansible_become_password: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/network/enable:secret') }}\"",
         "ansible_ssh_pass: \"{{ lookup('ansible.builtin.env', 'NET_SSH_PASS') }}\"", "ntp_servers:", "  - %s" % rip(r)]
    return N("ansible/group_vars/%s.yml" % r.choice(["switches", "routers"]), L, "ansible", "vault-and-lookup-refs", "ansible-group-vars")


def n_sops(r):
    L = ["---", "username: %s" % sops_val(r, 8), "password: %s" % sops_val(r), "connection_options:", "  napalm:", "    extras:", "      optional_args:",
         "        secret: %s" % sops_val(r), "sops:", "  kms: []", "  age:", "    - recipient: age1%s" % rstr(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58),
         "      enc: |", "        -----BEGIN AGE ENCRYPTED FILE-----"] + ["        " + x for x in age_armor(r)] + [
        "        -----END AGE ENCRYPTED FILE-----", "  lastmodified: \"%sT10:%02d:11Z\"" % (date_iso(r), r.randint(0, 59)),
        "  mac: %s" % sops_val(r, 32).replace("type:str", "type:str"), "  unencrypted_suffix: _unencrypted", "  version: 3.8.1"]
    return N("nornir/inventory/defaults.yaml", L, "nornir", "sops-encrypted", "nornir-defaults-yaml")


def n_sealed(r):
    enc = base64.b64encode(rbytes(r, 300)).decode()
    L = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: netbox-secrets", "  namespace: netbox", "spec:", "  encryptedData:",
         "    secret_key: AgB%s" % enc[:340], "    superuser_api_token: AgC%s" % base64.b64encode(rbytes(r, 280)).decode()[:330], "  template:",
         "    metadata:", "      name: netbox-secrets", "      namespace: netbox"]
    return N("k8s/netbox/sealed-secrets.yaml", L, "netbox", "sealed-secret", "k8s-yaml")


def n_netbox_config(r):
    L = ["import os", "", "ALLOWED_HOSTS = os.environ.get('ALLOWED_HOSTS', '*').split(' ')", "", "DATABASE = {",
         "    'NAME': os.environ.get('DB_NAME', 'netbox'),", "    'USER': os.environ.get('DB_USER', ''),", "    'PASSWORD': os.environ.get('DB_PASSWORD', ''),",
         "    'HOST': os.environ.get('DB_HOST', 'localhost'),", "}", "", "SECRET_KEY = os.environ['SECRET_KEY']",
         "API_TOKEN_PEPPERS = {1: os.environ['API_TOKEN_PEPPER_1']}", "", "# generate with: python3 ../generate_secret_key.py",
         "# SECRET_KEY = '<50+ random characters>'", "", "LOGIN_REQUIRED = True"]
    return N("netbox/configuration.py", L, "netbox", "env-refs", "netbox-configuration-py")


def n_netbox_env(r):
    L = ["# netbox-docker development defaults -- documented in the project README, change for prod", "CORS_ORIGIN_ALLOW_ALL=True",
         "DB_HOST=postgres", "DB_NAME=netbox", "DB_USER=netbox", "DB_PASSWORD=${POSTGRES_PASSWORD:?set in .env.local}",
         "SKIP_SUPERUSER=false", "SUPERUSER_EMAIL=", "SUPERUSER_NAME=admin", "SUPERUSER_PASSWORD=admin",
         "SUPERUSER_API_TOKEN=0123456789abcdef0123456789abcdef01234567", "WEBHOOKS_ENABLED=true", "MEDIA_ROOT=/opt/netbox/netbox/media"]
    return N("netbox-docker/env/netbox.env", L, "netbox", "documented-dev-default", "dotenv")


def n_netbox_token_ref(r):
    k = r.randint(0, 2)
    if k == 0:
        L = ["#!/usr/bin/env python3", "import os", "import pynetbox", "", "nb = pynetbox.api(os.environ['NETBOX_URL'], token=os.environ['NETBOX_TOKEN'])", "",
             "for dev in nb.dcim.devices.filter(status='active', site='%s'):" % r.choice(SITES), "    print(dev.name, dev.serial, dev.primary_ip)"]
        return N("scripts/list_devices.py", L, "netbox", "env-token", "python")
    if k == 1:
        L = ["## NetBox API access", "", "Create a token under *User > API Tokens*; v2 tokens look like `nbt_<key>.<token>`.", "",
             "```bash", "export NETBOX_TOKEN='nbt_XXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'", "curl -H \"Authorization: Bearer $NETBOX_TOKEN\" %s/api/status/" % r.choice(NB_URLS), "```", "",
             "The token shown in the UI for the sync job ends in `...%s`; rotate it in Vault, not here." % rstr(r, ALNUM, 4)]
        return N("docs/netbox.md", L, "netbox", "placeholder-token", "markdown")
    objs = []
    for _ in range(r.randint(2, 3)):
        objs.append({"id": r.randint(1, 4000), "url": "%s/api/dcim/devices/%d/" % (r.choice(NB_URLS), r.randint(1, 4000)), "name": hostname(r),
                     "serial": serial(r), "asset_tag": None, "custom_fields": {"oxidized_commit": rhex(r, 40), "change_id": ruuid(r)},
                     "last_updated": "%sT%02d:%02d:%02d.%06dZ" % (date_iso(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999))})
    txt = json.dumps({"count": len(objs), "next": None, "previous": None, "results": objs}, indent=2) + "\n"
    return N("tests/fixtures/netbox_devices.json", txt, "netbox", "object-ids-uuids-shas", "json")


def n_cloginrc(r):
    L = ["# .cloginrc -- credentials are NOT stored in git", "# they come from ~/.cloginrc.secrets which is deployed by ansible", "",
         "include {/home/rancid/.cloginrc.secrets}", "", "add method\t*\t{ssh}", "add user\t*\t{rancid}", "add autoenable\t*\t1",
         "add identity\t*\t{/home/rancid/.ssh/id_ed25519}", "add cyphertype\t*\t{aes256-ctr}"]
    return N(".cloginrc", L, "rancid", "include-secrets-file", "cloginrc")


def n_oxidized(r):
    k = r.randint(0, 1)
    if k == 0:
        L = ["---", "username: oxidized", "model: ios", "interval: 3600", "vars:", "  remove_secret: true", "  ssh_keys: \"/home/oxidized/.ssh/id_ed25519\"",
             "  auth_methods: [ \"publickey\" ]", "source:", "  default: http", "  http:", "    url: %s/api/dcim/devices/?status=active&has_primary_ip=true" % r.choice(NB_URLS),
             "    scheme: https", "    secure: false", "    map:", "      name: name", "      model: platform.slug", "    headers:",
             "      Authorization: \"Token ${NETBOX_TOKEN}\"" if False else "      Authorization: \"Token <netbox-readonly-token>\"",
             "output:", "  default: git", "  git:", "    repo: \"/home/oxidized/.config/oxidized/configs.git\""]
        return N("oxidized/config", L, "oxidized", "placeholder-and-key-auth", "oxidized-config-yaml")
    L = ["commit %s" % rhex(r, 40), "Author: Oxidized <oxidized@example.net>", "Date:   %s %s %d %02d:%02d:%02d %d +0000" % (r.choice(DAYS), r.choice(MONTHS), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(2021, 2025)),
         "", "    update %s" % hostname(r), ""]
    L += ["%s update %s" % (rhex(r, 7), hostname(r)) for _ in range(r.randint(4, 9))]
    return N("oxidized/history.log", L, "oxidized", "git-shas", "text")


def n_nornir_hosts(r):
    L = ["---"]
    for _ in range(r.randint(2, 4)):
        h = hostname(r)
        L += ["%s:" % h, "  hostname: %s" % rip(r), "  platform: %s" % r.choice(["ios", "eos", "junos"]), "  groups: [%s]" % r.choice(["core", "edge"]),
              "  data:", "    serial: %s" % serial(r), "    chassis_mac: %s" % rmac(r), "    asn: %d" % r.choice([65001, 65002, 64512])]
    return N("nornir/inventory/hosts.yaml", L, "nornir", "no-creds-ids", "nornir-hosts-yaml")


def n_napalm(r):
    L = ["#!/usr/bin/env python3", "import os", "from getpass import getpass", "from napalm import get_network_driver", "",
         "user = os.environ.get('NET_USER', '%s')" % r.choice(USERS), "password = os.environ.get('NET_PASSWORD') or getpass('Device password: ')", "",
         "driver = get_network_driver('%s')" % r.choice(["ios", "eos"]), "with driver('%s', user, password) as dev:" % rip(r),
         "    print(dev.get_facts()['serial_number'])"]
    return N("scripts/get_serial.py", L, "napalm", "env-getpass", "python")


def n_netmiko(r):
    if r.random() < 0.4:
        L = ["# Netmiko quick start", "", "```python", "from netmiko import ConnectHandler", "", "device = {", "    'device_type': 'cisco_ios',",
             "    'host': '192.0.2.10',", "    'username': '<username>',", "    'password': '<password>',", "    'secret': 'YOUR_ENABLE_SECRET',", "}",
             "with ConnectHandler(**device) as c:", "    c.enable()", "```"]
        return N("docs/netmiko.md", L, "netmiko", "placeholder-password", "markdown")
    L = ["import os", "from netmiko import ConnectHandler", "", "device = {", "    'device_type': 'cisco_ios',", "    'host': '%s'," % rip(r),
         "    'username': os.environ['NET_USER'],", "    'password': os.environ['NET_PASSWORD'],", "    'secret': os.getenv('NET_ENABLE', ''),", "}", "",
         "with ConnectHandler(**device) as c:", "    print(c.send_command('show lldp neighbors'))"]
    return N("netmiko/lldp.py", L, "netmiko", "env-password", "python")


def n_librenms(r):
    k = r.randint(0, 1)
    if k == 0:
        L = ["# LibreNMS API", "", "```", "curl -H 'X-Auth-Token: YOURAPITOKENHERE' https://librenms.example.net/api/v0/devices", "```", "",
             "Tokens are created under *Settings > API > API Settings* (32 hex chars). Ours is in Vault at `kv/librenms/api`."]
        return N("docs/librenms.md", L, "librenms", "placeholder-token", "markdown")
    L = ["[[inputs.snmp]]", "  agents = [\"udp://%s:161\"]" % rip(r), "  version = 3", "  sec_name = \"nms\"", "  auth_protocol = \"SHA\"",
         "  auth_password = \"${SNMP_AUTH_PASSWORD}\"", "  sec_level = \"authPriv\"", "  priv_protocol = \"AES\"", "  priv_password = \"${SNMP_PRIV_PASSWORD}\"",
         "", "  [[inputs.snmp.field]]", "    name = \"sysUpTime\"", "    oid = \"1.3.6.1.2.1.1.3.0\"", "  [[inputs.snmp.field]]", "    name = \"cpmCPUTotal5min\"",
         "    oid = \"1.3.6.1.4.1.9.9.109.1.1.1.1.8.1\"", "  [[inputs.snmp.table]]", "    oid = \"IF-MIB::ifXTable\""]
    return N("telegraf/telegraf.d/snmp.conf", L, "telegraf", "env-refs-oids", "toml")


def n_meraki(r):
    k = r.randint(0, 1)
    if k == 0:
        L = ["import os", "import meraki", "", "dashboard = meraki.DashboardAPI(os.environ['MERAKI_DASHBOARD_API_KEY'], suppress_logging=True)",
             "ORG_ID = '%d'" % r.randint(100000, 999999999), "NETWORK_ID = 'L_%d'" % r.randint(10 ** 17, 10 ** 18),
             "SERIALS = ['Q2%s-%s-%s', 'Q2%s-%s-%s']" % tuple(rstr(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4 if i % 3 else 2) for i in range(6)),
             "", "for s in SERIALS:", "    print(dashboard.devices.getDevice(s)['firmware'])"]
        return N("meraki/firmware.py", L, "cisco-meraki", "env-key-ids-serials", "python")
    L = ["## Meraki API key rotation %s" % date_iso(r), "", "- old key `%s` revoked" % ("*" * 36 + rhex(r, 4)),
         "- new key stored in 1Password item \"Meraki Dashboard API\" (do not paste here)", "- org id: %d" % r.randint(100000, 999999999), "",
         "Test with `curl -H \"X-Cisco-Meraki-API-Key: $MERAKI_DASHBOARD_API_KEY\" https://api.meraki.com/api/v1/organizations`"]
    return N("changes/meraki-key-rotation.md", L, "cisco-meraki", "masked-key", "markdown")


def n_dnac_infoblox_f5(r):
    k = r.randint(0, 2)
    if k == 0:
        L = ["import os", "from dnacentersdk import api", "", "dnac = api.DNACenterAPI(base_url=os.environ['DNAC_URL'],",
             "                        username=os.environ['DNAC_USER'],", "                        password=os.environ['DNAC_PASSWORD'],", "                        verify=False)",
             "# X-Auth-Token: <token from /dna/system/api/v1/auth/token>", "print(dnac.sites.get_site())"]
        return N("dnac/sites.py", L, "cisco-dnac", "env-password", "python")
    if k == 1:
        L = ["---", "nios_provider:", "  host: \"{{ infoblox_host }}\"", "  username: \"{{ vault_infoblox_user }}\"", "  password: \"{{ vault_infoblox_password }}\"",
             "  wapi_version: \"2.12\"", "", "dns_view: default"]
        return N("ansible/group_vars/infoblox.yml", L, "infoblox", "vault-refs", "ansible-group-vars")
    L = ["#TMSH-VERSION: %s" % r.choice(["15.1.10", "16.1.4", "17.1.1"]), "", "auth user admin {", "    description \"Admin User\"",
         "    encrypted-password %s" % sha512crypt(r), "    partition-access {", "        all-partitions {", "            role admin", "        }", "    }",
         "    shell tmsh", "}", "sys management-ip %s/24 { }" % rip(r), "sys global-settings {", "    hostname %s.example.net" % hostname(r, "lb"), "}"]
    return N("f5/bigip_base.conf", L, "f5-bigip", "encrypted-password-hash", "bigip-conf")


def n_securecrt(r):
    L = ['S:"Hostname"=%s' % rip(r), 'S:"Username"=%s' % r.choice(USERS), 'D:"[SSH2] Port"=00000016', 'S:"Password V2"=',
         'D:"Session Password Saved"=00000000', 'S:"Identity Filename V2"=${VDS_USER_DATA_PATH}\\Keys\\id_ed25519', 'S:"Protocol Name"=SSH2',
         'S:"Emulation"=Xterm', 'D:"Is Session"=00000001']
    return N("securecrt/Sessions/Core/%s.ini" % hostname(r), L, "securecrt", "no-saved-password", "securecrt-ini")


def n_putty(r):
    host = hostname(r)
    L = ["Windows Registry Editor Version 5.00", "", "[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\%s]" % host,
         "\"HostName\"=\"%s\"" % rip(r), "\"UserName\"=\"%s\"" % r.choice(USERS), "\"PortNumber\"=dword:00000016", "\"Protocol\"=\"ssh\"",
         "\"PublicKeyFile\"=\"C:\\\\Users\\\\%s\\\\.ssh\\\\netops.ppk\"" % r.choice(USERS), "", "[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\SshHostKeys]"]
    for _ in range(r.randint(2, 4)):
        L.append("\"rsa2@22:%s\"=\"0x10001,0x%s\"" % (rip(r), rhex(r, 256)))
    return N("putty/sessions.reg", L, "putty", "ssh-host-keys", "putty-reg")


def n_expect(r):
    L = ["#!/usr/bin/expect -f", "set timeout 20", "set host [lindex $argv 0]", "set user $env(NET_USER)", "set pass $env(NET_PASSWORD)", "",
         "spawn ssh $user@$host", "expect \"assword:\"", "send \"$pass\\r\"", "expect \"#\"", "send \"show version | i uptime\\r\"", "expect \"#\"", "send \"exit\\r\""]
    return N("scripts/uptime.exp", L, "expect", "env-password", "expect-tcl")


def n_ticket(r):
    chg = "CHG%07d" % r.randint(1000000, 9999999)
    L = ["# %s - rotate TACACS+ key on %s" % (chg, r.choice(SITES)), "", "New key is in Vault: `kv/network/tacacs#key_%s`." % date_iso(r).replace("-", ""), "",
         "```", "tacacs server ISE-PRI", " key 0 <NEW_TACACS_KEY>", "```", "", "Verified: `show tacacs` -> Socket opens: %d" % r.randint(10, 500),
         "Old key ended in `...%s` (masked)." % rstr(r, ALNUM, 3), "", "Config diff commit: %s" % rhex(r, 40)]
    return N("changes/%s.md" % chg, L, "change-ticket", "placeholder-vault-ref", "markdown")


def n_csv(r):
    rows = ["hostname,mgmt_ip,platform,serial,chassis_mac,credential_ref"]
    for _ in range(r.randint(5, 9)):
        rows.append("%s,%s,%s,%s,%s,vault:kv/network/%s" % (hostname(r), rip(r), r.choice(["ios", "nxos", "eos"]), serial(r), rmac(r), r.choice(["ios", "nxos", "default"])))
    return N("inventory/devices.csv", rows, "inventory-csv", "serial-mac-vault-ref", "csv")


def n_jinja(r):
    L = ["hostname {{ inventory_hostname }}", "!", "enable secret 9 {{ enable_secret_hash }}", "username {{ admin_user }} privilege 15 secret 0 {{ admin_password }}", "!",
         "tacacs server ISE-PRI", " address ipv4 {{ tacacs_server }}", " key {{ tacacs_key }}", "!", "snmp-server community {{ snmp_ro_community }} RO SNMP-ACL",
         "{% if ospf_md5_key is defined %}", "interface {{ uplink }}", " ip ospf message-digest-key 1 md5 {{ ospf_md5_key }}", "{% endif %}", "!"]
    return N("templates/ios/base.j2", L, "jinja2-template", "template-variables", "jinja2")


def n_textfsm(r):
    k = r.randint(0, 2)
    if k == 0:
        L = ["%s#show lldp neighbors detail" % hostname(r), "------------------------------------------------",
             "Local Intf: Gi1/0/%d" % r.randint(1, 48), "Chassis id: %s" % rmac(r, style="cisco"), "Port id: Gi0/%d" % r.randint(1, 4),
             "Port Description: %s" % r.choice(DESCS), "System Name: %s" % hostname(r), "", "System Capabilities: B,R", "Management Addresses:",
             "    IP: %s" % rip(r), "Total entries displayed: 1"]
        return N("tests/fixtures/show_lldp_neighbors_detail/%s.raw" % hostname(r), L, "cisco-ios", "lldp-chassis-id", "textfsm-test-data")
    if k == 1:
        L = ["%s#show snmp user" % hostname(r), "", "User name: nms", "Engine ID: 800000090300%s" % rmac(r).replace(":", "").upper(),
             "storage-type: nonvolatile        active", "Authentication Protocol: SHA", "Privacy Protocol: AES128", "Group-name: NMS-RO"]
        return N("tests/fixtures/show_snmp_user/%s.raw" % hostname(r), L, "cisco-ios", "snmp-engine-id", "textfsm-test-data")
    L = ["%s#verify /md5 bootflash:cat9k_iosxe.17.09.04a.SPA.bin" % hostname(r), "...........................Done!",
         "verify /md5 (bootflash:cat9k_iosxe.17.09.04a.SPA.bin) = %s" % rhex(r, 32), "", "%s#show version | i System Serial|Base Ethernet" % hostname(r),
         "Base Ethernet MAC Address          : %s" % rmac(r), "System Serial Number               : %s" % serial(r)]
    return N("tests/fixtures/upgrade/%s.raw" % hostname(r), L, "cisco-ios", "image-md5-serial", "textfsm-test-data")


def n_upgrade_vars(r):
    L = ["---", "# firmware targets per platform", "images:", "  c9300:", "    file: cat9k_iosxe.17.09.04a.SPA.bin", "    md5: %s" % rhex(r, 32),
         "    sha512: %s" % rhex(r, 128), "  isr4k:", "    file: isr4300-universalk9.17.06.05.SPA.bin", "    md5: %s" % rhex(r, 32),
         "image_server: %s" % rip(r), "config_checksum_expected: %s" % rhex(r, 40)]
    return N("ansible/group_vars/upgrade.yml", L, "ansible", "image-digests", "ansible-group-vars")


def n_docker_compose(r):
    L = ["services:", "  librenms:", "    image: librenms/librenms:latest", "    environment:", "      - \"DB_HOST=db\"", "      - \"DB_PASSWORD=${MYSQL_PASSWORD}\"",
         "      - \"REDIS_PASSWORD=${REDIS_PASSWORD:-}\"", "    secrets:", "      - librenms_app_key", "  db:", "    image: mariadb:10",
         "    environment:", "      - \"MYSQL_PASSWORD_FILE=/run/secrets/mysql_password\"", "secrets:", "  librenms_app_key:", "    file: ./secrets/app_key.txt",
         "  mysql_password:", "    file: ./secrets/mysql_password.txt"]
    return N("librenms/compose.yml", L, "librenms", "env-and-secret-files", "docker-compose")


def n_panos_ref(r):
    L = ["---", "provider:", "  ip_address: \"{{ ansible_host }}\"", "  api_key: \"{{ lookup('env', 'PANOS_API_KEY') }}\"", "",
         "# keygen: curl -k 'https://<firewall>/api/?type=keygen&user=<username>&password=<password>'", "device_group: %s" % r.choice(["DG-BRANCH", "DG-DC"]),
         "template_stack: TS-%s" % r.choice(["BRANCH", "DC"])]
    return N("ansible/group_vars/panorama.yml", L, "paloalto-panos", "env-lookup-placeholder", "ansible-group-vars")


def n_forti_ref(r):
    L = ["---", "ansible_network_os: fortinet.fortios.fortios", "ansible_connection: httpapi", "ansible_httpapi_use_ssl: true",
         "fortios_access_token: \"{{ lookup('env', 'FORTIOS_TOKEN') }}\"", "ansible_httpapi_session_key:", "  access_token: \"{{ fortios_access_token }}\"", "vdom: root"]
    return N("ansible/group_vars/fortigates.yml", L, "fortinet-fortios", "env-lookup", "ansible-group-vars")


NEG_GENS = [
    n_ios_hashes, n_ios_hashes, n_ios_redacted, n_ios_redacted, n_ios_pubkey_chain, n_ios_cert_chain, n_ios_fingerprint, n_ios_bgp_vrf,
    n_ios_lab, n_ios_ssh_keyhash, n_wlc_masked, n_nxos, n_asa, n_junos, n_junos, n_junos_set, n_eos, n_ros, n_forti, n_panos_xml,
    n_pfsense, n_vyos, n_keepalived, n_haproxy, n_wireguard, n_openvpn, n_unifi, n_aruba, n_hostapd, n_wpa_supplicant,
    n_ansible_vault, n_ansible_vault, n_sops, n_sealed, n_netbox_config, n_netbox_env, n_netbox_token_ref, n_cloginrc, n_oxidized,
    n_nornir_hosts, n_napalm, n_netmiko, n_librenms, n_meraki, n_dnac_infoblox_f5, n_securecrt, n_putty, n_expect, n_ticket,
    n_csv, n_jinja, n_textfsm, n_upgrade_vars, n_docker_compose, n_panos_ref, n_forti_ref,
]


# ================================================================ negatives: device-local ciphertext
def cisco_type6(r):
    return rstr(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefgh", r.choice([26, 30, 34, 38])) + "AAB"


def junos8(r):
    return "$8$aes256-gcm$hmac-sha2-256$100$%s$%s$%s$%s" % (rb64(r, 8).rstrip("="), rb64(r, 12).rstrip("="), rb64(r, 16).rstrip("="), rb64(r, 18).rstrip("="))


def n_ios_type6(r):
    host = hostname(r, r.choice(IOS_ROLES))
    srv = rip(r)
    glob = ["password encryption aes", "!"]
    mg = ["tacacs server ISE-PRI", " address ipv4 %s" % srv, " key 6 %s" % cisco_type6(r), "!"]
    if r.random() < 0.5:
        glob += ["crypto ikev2 keyring KR-HQ", " peer HQ", "  address %s" % rpubip(r), "  pre-shared-key 6 %s" % cisco_type6(r), "!"]
    L = ios_config(r, host, glob=glob, mgmt=mg)
    return N(cfg_path(r, host), L, "cisco-ios", "type6-aes-ciphertext", "ios-running-config")


def n_junos_master8(r):
    host = hostname(r, "srx")
    ext = ["master-password {", "    iteration-count 100;", "    pseudorandom-function hmac-sha2-256;", "}",
           "radius-server {", "    %s {" % rip(r), '        secret "%s"; ## SECRET-DATA' % junos8(r), "    }", "}"]
    return N(junos_path(r, host), junos_curly(r, host, system_extra=ext), "juniper-junos", "$8$-master-password-ciphertext", "junos-curly")


NEG_GENS += [n_ios_type6, n_junos_master8]


# ================================================================ driver
N_POS = 500
N_NEG = 500


def _nlines(text):
    return text.count("\n") + (0 if text.endswith("\n") else 1)


def _schedule(r, gens, n):
    order = []
    while len(order) < n:
        batch = list(gens)
        r.shuffle(batch)
        order.extend(batch)
    return order[:n]


def build(outdir, seed):
    r = random.Random(seed)
    pos, neg = [], []
    needles = set()
    for g in _schedule(r, POS_GENS, N_POS):
        for _attempt in range(50):
            d = g(r)
            t = d["text"]
            if 5 <= _nlines(t) <= 80 and t.count(d["needle"]) == 1 and d["needle"] not in needles:
                break
        else:
            raise RuntimeError("could not generate positive with %s" % g.__name__)
        needles.add(d["needle"])
        pos.append(d)
    for g in _schedule(r, NEG_GENS, N_NEG):
        for _attempt in range(50):
            d = g(r)
            t = d["text"]
            if 5 <= _nlines(t) <= 80 and not any(nd in t for nd in needles):
                break
        else:
            raise RuntimeError("could not generate negative with %s" % g.__name__)
        neg.append(d)

    import shutil
    for sub in ("pos", "neg"):
        p = os.path.join(outdir, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []
    for label, items, pre in (("pos", pos, "p"), ("neg", neg, "n")):
        for i, d in enumerate(items, 1):
            rel = "%s/%s%04d/%s" % (label, pre, i, d["path"].lstrip("/"))
            full = os.path.join(outdir, rel)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(d["text"])
            manifest.append({"file": rel, "label": "positive" if label == "pos" else "negative", "provider": d["provider"],
                             "kind": d["kind"], "filetype": d["filetype"]})
            if label == "pos":
                idx = d["text"].index(d["needle"])
                line = d["text"].count("\n", 0, idx) + 1
                secrets.append({"file": rel, "needle": d["needle"], "line": line})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return manifest, secrets


def self_check(outdir, manifest, secrets):
    errors = []
    needles = []
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            text = fh.read()
        lines = text.split("\n")
        first = s["needle"].split("\n")[0]
        if s["line"] < 1 or s["line"] > len(lines) or first not in lines[s["line"] - 1]:
            errors.append("needle not on stated line: %s" % s["file"])
        if text.count(s["needle"]) != 1:
            errors.append("needle count != 1: %s" % s["file"])
        needles.append(s["needle"])
    for m in manifest:
        n_lines = None
        with open(os.path.join(outdir, m["file"]), encoding="utf-8") as fh:
            text = fh.read()
        n_lines = _nlines(text)
        if not 5 <= n_lines <= 80:
            errors.append("line count %d out of range: %s" % (n_lines, m["file"]))
        if m["label"] == "negative":
            for nd in needles:
                if nd in text:
                    errors.append("negative %s contains positive needle %r" % (m["file"], nd))
    # algorithm self-tests
    rr = random.Random(7)
    for _ in range(50):
        p = human_pw(rr)
        if type7_decode(type7_encode(rr, p)) != p or junos9_decode(junos9_encode(rr, p)) != p:
            errors.append("type7/$9$ round trip failed for %r" % p)
    if type7_decode("0822455D0A16") != "cisco":
        errors.append("type7 decoder broken")
    return errors


def _counts(rows, key):
    c = {}
    for m in rows:
        c[m[key]] = c.get(m[key], 0) + 1
    return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))


def main(argv):
    if len(argv) != 3:
        print("usage: python3 gen_aq.py OUTDIR SEED", file=sys.stderr)
        return 2
    outdir, seed = argv[1], int(argv[2])
    manifest, secrets = build(outdir, seed)
    errors = self_check(outdir, manifest, secrets)
    for label in ("positive", "negative"):
        rows = [m for m in manifest if m["label"] == label]
        print("== %s: %d files" % (label, len(rows)))
        print("  providers (%d): %s" % (len(set(m["provider"] for m in rows)), ", ".join("%s=%d" % kv for kv in _counts(rows, "provider"))))
        pk = set((m["provider"], m["kind"]) for m in rows)
        print("  provider/kind pairs: %d" % len(pk))
        print("  kinds (%d): %s" % (len(set(m["kind"] for m in rows)), ", ".join("%s=%d" % kv for kv in _counts(rows, "kind"))))
        print("  filetypes (%d): %s" % (len(set(m["filetype"] for m in rows)), ", ".join("%s=%d" % kv for kv in _counts(rows, "filetype"))))
    if errors:
        print("SELF-CHECK FAILED (%d problems)" % len(errors))
        for e in errors[:30]:
            print("  " + e)
        return 1
    print("self-check OK: %d positives, %d negatives, every needle on its stated line, no needle in any negative" %
          (sum(1 for m in manifest if m["label"] == "positive"), sum(1 for m in manifest if m["label"] == "negative")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
