#!/usr/bin/env python3
"""Blind evaluation-set generator "nc": automation of interactive logins and device sessions.

EMPHASIS
    Network/device session automation: Expect/Tcl (spawn ssh, expect "assword:", send "...\\r"),
    autoexpect output, RANCID .cloginrc, Oxidized config + router.db, Python pexpect / paramiko /
    Netmiko / NAPALM / Nornir (hosts.yaml, defaults.yaml, groups.yaml) / Scrapli / ncclient /
    Junos PyEZ / telnetlib / Exscript / pyserial console scripts / TextFSM runners, Perl
    Net::SSH::Expect / Net::Telnet / Net::OpenSSH, Ruby net-ssh, Go x/crypto/ssh, shell with
    sshpass / plink / pscp / lftp / ncftp, PowerShell Posh-SSH, Windows batch, minicom runscript,
    Tera Term .ttl macros, SecureCRT VBScript / Python, Ansible inventories, group_vars, playbooks
    (expect module, ansible_password / ansible_become_password), SaltStack napalm proxy pillars.
    Secret kinds: login passwords, enable secrets, become passwords, SNMP communities pushed by
    scripts, SSH key passphrases typed by scripts, embedded PEM private keys (paramiko), device
    API tokens (NetBox / Nautobot 40-hex, Meraki 40-hex, PAN-OS XML API key, FortiGate REST API
    token, LibreNMS 32-hex).

USAGE
    python3 -B gen_nc.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic for a given SEED.

NEEDLE CONVENTIONS
    Passwords / enable secrets / communities / passphrases: the value itself, without quotes
    or the trailing \\r / \\n escape that scripts append.  API tokens: the full token (PAN-OS
    keys keep their "LUFRPT" start).  PEM private keys: the first base64 line of the body.
    URLs with credentials (user:pass@host): the password only.  "line" is the 1-based line of
    the first occurrence of the needle, asserted at generation time.

NEGATIVES
    250 reuse the positive templates with the secret slot holding: placeholders (<password>,
    YOUR_PASSWORD, changeme, xxxx, local-language ones), empty values, masks (********,
    [REDACTED]), tool references (Tcl $env(..)/$password, Jinja {{ vault_... }}, ${VAR},
    %VAR%, $env:VAR), documented example values (NetBox docs token 0123..., PAN-OS lab key),
    default communities (public).  250 are domain look-alikes: scripts reading secrets from
    getpass / stty -echo + expect_user / keyring / env / Vault / Tera Term passwordbox /
    SecureCRT prompts, sshpass -e/-f, key-based plink, Cisco type-5/8/9 hashes and the usual
    type-7 doc examples, Ansible-Vault ciphertext, SSH public keys and host-key fingerprints,
    pip --hash / image digests, firmware MD5/SHA checksums, serials, MACs, UUIDs, SNMP engine
    IDs, prompt regexes, TextFSM templates, session transcripts, host lists.

FORMATS CHECKED
    PAN-OS API key: base64 of "-AQ==" + b64(20 bytes) + b64(16 bytes) -> starts "LUFRPT", 76
    chars; confirmed by decoding the key shown in Palo Alto's own API lab page
    (panos.pan.dev/docs/apis/panpython_apikey, api-lab.paloaltonetworks.com/keygen.html).
    FortiGate: token generated for REST API admins (docs.fortinet.com admin guide "Using APIs").
    NetBox / Nautobot v1 tokens 40 hex, Meraki Dashboard API key 40 hex, LibreNMS 32 hex: from
    knowledge of the products' docs/SDKs.  PEM keys: PKCS#1 RSA 2048 (MIIEpAIBAAKCAQEA...) and
    SEC1 P-256 EC DER built with correct ASN.1 headers and random contents.

DOUBTS
    FortiGate REST API token length/alphabet guessed as 30 chars [A-Za-z0-9] (FortiNDR docs
    say 31 for a user-specified key).  PEM bodies are structurally plausible but not valid
    keys (random integers).  Cisco type-8/9 hash salt/lengths follow common observed output
    (14-char salt, 43-char hash) from memory.
"""
import base64
import hashlib
import json
import os
import random
import string
import sys
import uuid as _uuid

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
SYMS = "!@%*-_+=.?"
CISCO64 = "./" + string.digits + string.ascii_uppercase + string.ascii_lowercase

WORDS = ["Falcon", "Granite", "Tundra", "Lisboa", "Kestrel", "Bergen", "Nimbus", "Cobalt",
         "Quasar", "Ember", "Saturn", "Harbor", "Orion", "Pinecone", "Marlin", "Vortex",
         "Sierra", "Basalt", "Nordlicht", "Sakura", "Tigre", "Aurora", "Glacier", "Zephyr",
         "Mistral", "Obsidian", "Puma", "Kraken", "Helix", "Lynx", "Bravo", "Cedro",
         "Fjord", "Raptor", "Halcon", "Drache", "Morro", "Koala", "Tokio", "Valhalla"]
LEET = {"a": "@", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
BAD_SUBSTR = ["password", "passw0rd", "changeme", "example", "secret", "test", "dummy",
              "xxxx", "redact", "admin", "cisco", "public", "private", "todo", "sample"]

USERS = ["admin", "netops", "rancid", "oxidized", "svc_backup", "svc-netauto", "jdupont",
         "mmueller", "nwadmin", "ansible", "operator", "kpetrov", "lgarcia", "noc",
         "automation", "netbackup", "tkato", "svc_nornir", "manager", "rtradm"]
SITES = ["fra1", "ams2", "lon", "nyc3", "sjc", "par", "ber", "mad", "sao", "tyo", "syd",
         "dc1", "dc2", "hq", "branch12", "muc", "waw", "osl", "zrh", "sgp1"]
ROLES = ["core", "dist", "acc", "edge", "fw", "wan", "tor", "spine", "leaf", "oob", "br"]
DOMAINS = ["corp.local", "net.example.com", "lab.internal", "mgmt.acme.net", "infra.lan",
           "noc.contoso.com", "dc.intra"]
PLATFORMS = [("cisco_ios", "ios"), ("cisco_nxos", "nxos"), ("arista_eos", "eos"),
             ("juniper_junos", "junos"), ("cisco_xr", "iosxr"), ("hp_procurve", "procurve"),
             ("hp_comware", "comware"), ("fortinet", "fortios"), ("paloalto_panos", "panos"),
             ("cisco_asa", "asa"), ("aruba_os", "aoscx"), ("dell_os10", "os10")]


class G:
    """Per-run generator state; all randomness from one random.Random."""

    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used = set()

    # ---------- primitive helpers ----------
    def ch(self, seq):
        return self.r.choice(seq)

    def rs(self, n, alpha=ALNUM):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def rb(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def uniq(self, fn):
        for _ in range(200):
            v = fn()
            low = v.lower()
            if v in self.used or any(b in low for b in BAD_SUBSTR):
                continue
            self.used.add(v)
            return v
        raise RuntimeError("cannot make unique secret")

    # ---------- secret generators ----------
    def _pw_once(self, avoid="", minlen=8):
        r = self.r
        syms = "".join(c for c in SYMS if c not in avoid)
        style = r.randrange(6)
        if style == 0:  # random generated
            n = r.randint(max(minlen, 10), 20)
            while True:
                s = "".join(r.choice(ALNUM + syms * 2) for _ in range(n))
                if (any(c.isdigit() for c in s) and any(c.isupper() for c in s)
                        and any(c.islower() for c in s)):
                    return s
        if style == 1:  # word + sym + digits
            w = r.choice(WORDS)
            return w + r.choice(syms) + str(r.randint(10, 99999)) + r.choice(["", r.choice(WORDS).lower()[:4]])
        if style == 2:  # leet
            w = r.choice(WORDS + ["Network", "Router", "Switch", "Firewall", "Backbone", "Console"])
            w = "".join(LEET.get(c, c) if r.random() < 0.7 else c for c in w)
            return w + r.choice(syms) + str(r.randint(1, 9999))
        if style == 3:  # pwgen-like pronounceable
            cons, vow = "bcdfghjkmnpqrstvwxz", "aeiou"
            s = ""
            while len(s) < r.randint(9, 11):
                s += r.choice(cons) + r.choice(vow)
                if r.random() < 0.3:
                    s += str(r.randint(0, 9))
            s = s[0].upper() + s[1:]
            return s + str(r.randint(0, 9)) + self.rs(1, string.ascii_uppercase)
        if style == 4:  # two words + digits + sym
            a, b = r.sample(WORDS, 2)
            return a.lower() + r.choice(syms) + b + str(r.randint(2, 999))
        # site-style
        return (r.choice(["Rtr", "Sw", "Fw", "Noc", "Net", "Lab", "Ops", "Dc"]) + r.choice(syms)
                + self.rs(r.randint(4, 7)) + str(r.randint(10, 99)))

    def password(self, avoid=""):
        return self.uniq(lambda: self._pw_once(avoid))

    def community(self, avoid=""):
        r = self.r
        syms = "".join(c for c in "-_!." if c not in avoid)

        def f():
            st = r.randrange(4)
            if st == 0:
                return self.rs(r.randint(12, 18))
            if st == 1:
                return r.choice(["n0c", "mon", "nms", "snmp", "Obs", "zbx", "lnms"]) + r.choice(syms) + self.rs(r.randint(6, 10))
            if st == 2:
                return r.choice(WORDS) + r.choice(syms) + r.choice(["RO", "RW", "ro", "rw"]) + str(r.randint(100, 99999))
            return self._pw_once(avoid + "@%*+=?")
        return self.uniq(f)

    def passphrase(self, avoid=""):
        r = self.r

        def f():
            if r.random() < 0.5:
                ws = r.sample(WORDS, r.randint(3, 4))
                sep = r.choice("-_.")
                return sep.join(w.lower() if r.random() < 0.5 else w for w in ws) + sep + str(r.randint(1, 999))
            return self._pw_once(avoid, minlen=14)
        return self.uniq(f)

    def hex40(self):
        return self.uniq(lambda: self.rs(40, HEX))

    def hex32(self):
        return self.uniq(lambda: self.rs(32, HEX))

    def panos(self):
        def f():
            inner = b"-AQ==" + base64.b64encode(self.rb(20)) + base64.b64encode(self.rb(16))
            return base64.b64encode(inner).decode()
        return self.uniq(f)

    def forti(self):
        return self.uniq(lambda: self.rs(30))

    def jwt(self):
        def f():
            h = {"alg": "HS256", "typ": "JWT"}
            iat = self.r.randint(1650000000, 1750000000)
            p = {"sub": self.ch(USERS), "iat": iat, "exp": iat + 86400 * 365,
                 "jti": str(_uuid.UUID(int=self.r.getrandbits(128)))}
            enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).rstrip(b"=").decode()
            sig = base64.urlsafe_b64encode(self.rb(32)).rstrip(b"=").decode()
            return enc(h) + "." + enc(p) + "." + sig
        return self.uniq(f)

    def pem_rsa(self):
        body = bytearray(b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00")
        mod = bytearray(self.rb(256))
        mod[0] |= 0x80
        body += mod + b"\x02\x03\x01\x00\x01\x02\x82\x01\x00" + self.rb(256)
        body += self.rb(0x4a8 - len(body))
        b64 = base64.b64encode(bytes(body)).decode()
        lines = [b64[i:i + 64] for i in range(0, len(b64), 64)]
        self.used.add(lines[0])
        return ("-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END RSA PRIVATE KEY-----", lines[0])

    def pem_ec(self):
        body = (b"\x30\x77\x02\x01\x01\x04\x20" + self.rb(32) +
                b"\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07\xa1\x44\x03\x42\x00\x04" + self.rb(64))
        b64 = base64.b64encode(body).decode()
        lines = [b64[i:i + 64] for i in range(0, len(b64), 64)]
        self.used.add(lines[0])
        return ("-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END EC PRIVATE KEY-----", lines[0])

    def secret(self, kind, avoid):
        if kind in ("password", "enable", "become"):
            return self.password(avoid), None
        if kind == "snmp":
            return self.community(avoid), None
        if kind == "passphrase":
            return self.passphrase(avoid), None
        if kind in ("netbox", "nautobot", "meraki"):
            return self.hex40(), None
        if kind == "librenms":
            return self.hex32(), None
        if kind == "panos":
            return self.panos(), None
        if kind == "forti":
            return self.forti(), None
        if kind == "jwt":
            return self.jwt(), None
        if kind == "rsa":
            return self.pem_rsa()
        if kind == "ec":
            return self.pem_ec()
        raise KeyError(kind)

    # ---------- companions / look-alike values ----------
    def ctx(self):
        r = self.r
        site = r.choice(SITES)
        role = r.choice(ROLES)
        n = r.randint(1, 48)
        dom = r.choice(DOMAINS)
        host = "%s-%s%02d" % (site, role, n)
        plat = r.choice(PLATFORMS)
        c = {
            "site": site, "role": role, "n": str(n), "dom": dom, "host": host,
            "fqdn": host + "." + dom, "hostvar": host.replace("-", "_"),
            "host2": "%s-%s%02d" % (site, r.choice(ROLES), r.randint(1, 48)),
            "host3": "%s-%s%02d" % (r.choice(SITES), r.choice(ROLES), r.randint(1, 48)),
            "ip": "10.%d.%d.%d" % (r.randint(0, 254), r.randint(0, 254), r.randint(1, 254)),
            "ip2": "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 254), r.randint(1, 254)),
            "ip3": "192.168.%d.%d" % (r.randint(0, 254), r.randint(1, 254)),
            "user": r.choice(USERS), "plat": plat[0], "napalm": plat[1],
            "port": str(r.choice([22, 22, 22, 2222, 830, 23])),
            "tty": r.choice(["/dev/ttyUSB0", "/dev/ttyUSB1", "/dev/ttyS0", "COM3", "COM4", "/dev/ttyACM0"]),
            "baud": r.choice(["9600", "9600", "115200", "38400"]),
            "vlan": str(r.randint(2, 4000)),
            "timeout": str(r.choice([10, 15, 20, 30, 60, 90])),
            "year": str(r.randint(2016, 2025)),
            "nbhost": r.choice(["netbox", "nb", "dcim", "ipam"]) + "." + dom,
            "uuid": str(_uuid.UUID(int=r.getrandbits(128), version=4)),
            "uuid2": str(_uuid.UUID(int=r.getrandbits(128), version=4)),
            "sha256": self.rs(64, HEX), "sha1": self.rs(40, HEX), "md5": self.rs(32, HEX),
            "gitsha": self.rs(40, HEX),
            "mac": ":".join("%02x" % r.randint(0, 255) for _ in range(6)),
            "macc": ".".join(self.rs(4, HEX) for _ in range(3)),
            "serial": r.choice(["FOC", "FDO", "JAE", "SAL", "FTX"]) + str(r.randint(1900, 2899)) + self.rs(4, string.ascii_uppercase + string.digits),
            "serial2": r.choice(["FGT60F", "FG100F", "FGT40F"]) + self.rs(8, string.ascii_uppercase + string.digits),
            "mserial": "Q2" + self.rs(2, string.ascii_uppercase + string.digits) + "-" + self.rs(4, string.ascii_uppercase + string.digits) + "-" + self.rs(4, string.ascii_uppercase + string.digits),
            "orgid": str(r.randint(100000, 999999)),
            "netid": "L_" + str(r.randint(10 ** 17, 10 ** 18)),
            "type5": "$1$" + self.rs(4, CISCO64) + "$" + self.rs(22, CISCO64),
            "type8": "$8$" + self.rs(14, CISCO64) + "$" + self.rs(43, CISCO64),
            "type9": "$9$" + self.rs(14, CISCO64) + "$" + self.rs(43, CISCO64),
            "type7": r.choice(["094F471A1A0A", "02050D480809", "1511021F0725", "0822455D0A16", "070C285F4D06"]),
            "engid": "800000090300" + self.rs(12, HEX).upper(),
            "ver": r.choice(["15.2(7)E8", "17.9.4a", "9.3(10)", "4.28.3M", "21.4R3-S5", "7.2.8", "10.1.11-h1", "16.12.10"]),
            "fp": "SHA256:" + base64.b64encode(self.rb(32)).decode().rstrip("="),
            "fpmd5": ":".join(self.rs(2, HEX) for _ in range(16)),
        }
        c["sshpub"] = "ssh-rsa " + base64.b64encode(
            b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x01\x00" + self.rb(256)).decode()
        c["edpub"] = "ssh-ed25519 " + base64.b64encode(
            b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + self.rb(32)).decode()
        vh = self.rs(64 * 2 + 2 + 160, HEX)
        c["vault"] = "\n".join(vh[i:i + 80] for i in range(0, len(vh), 80))
        c["certhex"] = "\n".join("  " + " ".join(self.rs(8, HEX).upper() for _ in range(8)) for _ in range(r.randint(6, 10)))
        return c


def fill(t, c):
    for k, v in c.items():
        t = t.replace("\u00ab" + k + "\u00bb", v)
    if "\u00ab" in t:
        raise ValueError("unfilled marker in template: " + t[t.index("\u00ab"):t.index("\u00ab") + 30])
    return t


def yv(v):
    """YAML scalar: quote when needed."""
    if v == "":
        return '""'
    if v[0] in "{[*&!%@`|>'\"?,-#" or ": " in v or " #" in v or v.lower() in ("yes", "no", "true", "false", "null", "on", "off"):
        if "'" in v:
            return json.dumps(v)
        return "'" + v + "'"
    return v


# --------------------------------------------------------------------------------------------
# Positive-capable templates. Each: (name, kind, provider, filetype, lang, avoid, paths, body)
# «v» = secret slot; «vy» = YAML-quoted slot.  Others come from ctx().
# --------------------------------------------------------------------------------------------
T = []


def tpl(name, kind, provider, ftype, lang, paths, body, avoid=""):
    T.append(dict(name=name, kind=kind, provider=provider, ftype=ftype, lang=lang,
                  paths=paths, body=body, avoid=avoid))


TCL_AVOID = "$[]{}\"\\;"

tpl("expect_ssh_login", "password", "expect", "exp", "tcl",
    ["scripts/login_«host».exp", "expect/ssh-login.exp", "tools/«site»/connect.exp", "bin/rtr_login.exp"],
    r'''#!/usr/bin/expect -f
# quick login helper for «host» (OOB network)
set timeout «timeout»
set host [lindex $argv 0]
if {$host == ""} { set host "«ip»" }

spawn ssh -o StrictHostKeyChecking=no «user»@$host
expect {
    "yes/no" { send "yes\r"; exp_continue }
    "assword:" { send "«v»\r" }
    timeout { puts "timeout connecting to $host"; exit 1 }
}
expect -re {[>#]\s*$}
send "terminal length 0\r"
expect -re {[>#]\s*$}
interact
''', TCL_AVOID)

tpl("expect_enable", "enable", "expect", "exp", "tcl",
    ["scripts/enable_«site».exp", "expect/backup-config.exp", "automation/expect/save_cfg.exp"],
    r'''#!/usr/bin/expect
# Usage: backup-config.exp <host> <user>
# login password comes from the environment, enable is shared across the «site» stack
set timeout «timeout»
set host [lindex $argv 0]
set user [lindex $argv 1]
set pass $env(RTR_LOGIN_PW)
set enablepw "«v»"

log_user 0
spawn ssh -l $user $host
expect "*assword:*"
send -- "$pass\r"
expect ">"
send "enable\r"
expect "Password:"
send -- "$enablepw\r"
expect "#"
send "terminal length 0\r"
expect "#"
log_file -noappend /var/backups/net/$host.cfg
send "show running-config\r"
expect "#"
log_file
send "exit\r"
expect eof
''', TCL_AVOID)

tpl("autoexpect", "password", "expect", "exp", "tcl",
    ["script.exp", "autoexpect/«host».exp", "recorded/script.exp"],
    r'''#!/usr/bin/expect -f
#
# This Expect script was generated by autoexpect on «site» «year»
# Expect and autoexpect were both written by Don Libes, NIST.
#
# Note that autoexpect does not guarantee a working script.  It
# necessarily has to guess about certain things.

set force_conservative 0  ;# set to 1 to force conservative mode even if
			  ;# script wasn't run conservatively originally
if {$force_conservative} {
	set send_slow {1 .1}
	proc send {ignore arg} {
		sleep .1
		exp_send -s -- $arg
	}
}

set timeout -1
spawn ssh «user»@«ip»
match_max 100000
expect -exact "«user»@«ip»'s password: "
send -- "«v»\r"
expect -exact "\r
«host»#"
send -- "show ip int brief\r"
expect -exact "show ip int brief\r"
send -- "exit\r"
expect eof
''', TCL_AVOID)

tpl("expect_telnet_loop", "password", "expect", "exp", "tcl",
    ["scripts/telnet_push.exp", "expect/«site»-vlan-push.exp"],
    r'''#!/usr/bin/expect
# push vlan «vlan» to legacy access switches (telnet only, no ssh on these)
set switches {«ip» «ip2» «ip3»}
set user «user»
set pw «v»
set timeout «timeout»

foreach sw $switches {
    spawn telnet $sw
    expect "Username:"
    send "$user\r"
    expect "Password:"
    send "$pw\r"
    expect "#"
    send "conf t\r"
    expect "(config)#"
    send "vlan «vlan»\r"
    send "name mgmt-«site»\r"
    send "end\r"
    send "write memory\r"
    expect "#"
    send "exit\r"
    expect eof
}
''', TCL_AVOID + "#")

tpl("tcl_set_password", "password", "tcl", "tcl", "tcl",
    ["lib/netlogin.tcl", "tcl/device_login.tcl", "scripts/«site»_login.tcl"],
    r'''package require Expect

namespace eval netlogin {
    variable username "«user»"
    variable password "«v»"
    variable prompt {[#>] ?$}
}

proc netlogin::connect {host} {
    variable username
    variable password
    variable prompt
    spawn ssh -o ConnectTimeout=«timeout» $username@$host
    expect {
        -re "(yes/no)" { send "yes\r"; exp_continue }
        -re "\[Pp\]assword:" { send "$password\r" }
    }
    expect -re $prompt
    return $spawn_id
}
''', TCL_AVOID)

tpl("cloginrc", "password", "rancid", "cloginrc", "clogin",
    [".cloginrc", "rancid/.cloginrc", "home/rancid/.cloginrc"],
    r'''# RANCID clogin configuration -- chmod 600!
# «site» routers
add user «host»*        «user»
add password «host»*    {«v»}
add method «host»*      ssh telnet
add autoenable «host»*  1

add user *.«dom»        rancid
add method *.«dom»      ssh
add identity *          /home/rancid/.ssh/id_ed25519
add cyphertype *        aes256-ctr
''', "{}")

tpl("cloginrc_enable", "enable", "rancid", "cloginrc", "clogin",
    [".cloginrc", "etc/rancid/cloginrc", "rancid/var/.cloginrc"],
    r'''# managed by ansible - do not edit by hand
add method      *               ssh
add user        *               «user»
add identity    *               /var/lib/rancid/.ssh/id_rsa
add noenable    *.«dom»         1
add enauth      «host2»*        «user» {«v»}
add autoenable  «host»*         1
add timeout     *               «timeout»
''', "{}")

tpl("oxidized_config", "password", "oxidized", "yaml", "yaml",
    [".config/oxidized/config", "oxidized/config", "docker/oxidized/config"],
    r'''---
username: «user»
password: «vy»
model: ios
resolve_dns: true
interval: 3600
use_syslog: false
debug: false
threads: 30
timeout: «timeout»
retries: 3
prompt: !ruby/regexp /^([\w.@-]+[#>]\s?)$/
rest: 127.0.0.1:8888
vars: {}
groups: {}
pid: "/home/oxidized/.config/oxidized/pid"
input:
  default: ssh, telnet
  ssh:
    secure: false
output:
  default: git
  git:
    user: Oxidized
    email: oxidized@«dom»
    repo: "/home/oxidized/.config/oxidized/configs.git"
source:
  default: csv
  csv:
    file: "/home/oxidized/.config/oxidized/router.db"
    delimiter: !ruby/regexp /:/
    map:
      name: 0
      model: 1
''')

tpl("oxidized_routerdb", "password", "oxidized", "routerdb", "plain",
    ["router.db", "oxidized/router.db", ".config/oxidized/router.db"],
    r'''«host»:ios:«user»:«v»
''', ":#")

tpl("oxidized_routerdb_multi", "enable", "oxidized", "routerdb", "plain",
    ["router.db", "oxidized/router.db"],
    r'''# name:model:username:password:enable
«ip»:procurve:manager::«v»
''', ":#")

tpl("pexpect_ssh", "password", "pexpect", "py", "py",
    ["scripts/console_login.py", "tools/pexpect_login.py", "netauto/«site»_login.py"],
    r'''#!/usr/bin/env python3
"""Log into «host» via the terminal server and grab 'show version'."""
import sys
import pexpect

HOST = "«ip»"
USER = "«user»"
PASSWORD = "«v»"

child = pexpect.spawn(f"ssh {USER}@{HOST}", timeout=«timeout», encoding="utf-8")
child.logfile_read = sys.stdout
i = child.expect(["(?i)are you sure you want to continue", "(?i)password:"])
if i == 0:
    child.sendline("yes")
    child.expect("(?i)password:")
child.sendline(PASSWORD)
child.expect(r"[>#]\s*$")
child.sendline("terminal length 0")
child.expect(r"[>#]\s*$")
child.sendline("show version")
child.expect(r"[>#]\s*$")
print(child.before)
child.sendline("exit")
''', "\"\\")

tpl("pexpect_sendline_inline", "enable", "pexpect", "py", "py",
    ["lab/enable_mode.py", "scripts/hp_enable.py"],
    r'''import os
import pexpect

def enter_enable(child):
    child.sendline("enable")
    idx = child.expect(["Password:", "#"])
    if idx == 0:
        child.sendline('«v»')  # shared enable for «site» lab gear
        child.expect("#")

def main():
    child = pexpect.spawn("telnet «ip» 2003", timeout=«timeout»)
    child.expect("Username:")
    child.sendline(os.environ.get("CONSOLE_USER", "«user»"))
    child.expect("Password:")
    child.sendline(os.environ["CONSOLE_PASS"])
    child.expect(">")
    enter_enable(child)
    child.sendline("show inventory")
    child.expect("#")
    print(child.before.decode())

if __name__ == "__main__":
    main()
''', "'\\")

tpl("pexpect_passphrase", "passphrase", "pexpect", "py", "py",
    ["scripts/add_key.py", "ci/ssh_agent_setup.py"],
    r'''import pexpect

KEY = "/home/«user»/.ssh/id_ed25519_netauto"
child = pexpect.spawn(f"ssh-add {KEY}")
child.expect("Enter passphrase for .*:")
child.sendline("«v»")
child.expect(pexpect.EOF)
print("key loaded into agent")
''', "\"\\")

tpl("paramiko_password", "password", "paramiko", "py", "py",
    ["scripts/get_config.py", "netauto/paramiko_backup.py", "tools/ssh_run.py"],
    r'''import time
import paramiko

devices = ["«ip»", "«ip2»"]

def run(host, commands):
    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    ssh.connect(host, port=«port», username="«user»", password="«v»",
                look_for_keys=False, allow_agent=False, timeout=«timeout»)
    chan = ssh.invoke_shell()
    out = ""
    for cmd in commands:
        chan.send(cmd + "\n")
        time.sleep(1)
        out += chan.recv(65535).decode(errors="ignore")
    ssh.close()
    return out

for d in devices:
    print(run(d, ["terminal length 0", "show run"]))
''', "\"\\")

tpl("paramiko_invoke_enable", "enable", "paramiko", "py", "py",
    ["scripts/ssh_enable.py", "backup/asa_backup.py"],
    r'''import os, time
import paramiko

client = paramiko.SSHClient()
client.load_system_host_keys()
client.connect("«fqdn»", username="«user»", key_filename=os.path.expanduser("~/.ssh/id_rsa"))
shell = client.invoke_shell()
shell.send("enable\n")
time.sleep(0.5)
shell.send("«v»\n")
time.sleep(0.5)
shell.send("terminal pager 0\n")
shell.send("show running-config\n")
time.sleep(3)
print(shell.recv(100000).decode())
client.close()
''', "\"\\")

tpl("paramiko_key_passphrase", "passphrase", "paramiko", "py", "py",
    ["lib/ssh_helper.py", "netauto/connect.py"],
    r'''import paramiko

KEYFILE = "/opt/netauto/keys/«site»_rsa"

def get_client(host):
    pkey = paramiko.RSAKey.from_private_key_file(KEYFILE, password="«v»")
    c = paramiko.SSHClient()
    c.set_missing_host_key_policy(paramiko.RejectPolicy())
    c.load_host_keys("/opt/netauto/known_hosts")
    c.connect(host, username="«user»", pkey=pkey, timeout=«timeout»)
    return c
''', "\"\\")

tpl("paramiko_embedded_key", "rsa", "paramiko", "py", "py",
    ["netauto/deploy_key.py", "scripts/jump_ssh.py"],
    r'''import io
import paramiko

# service key for the «site» jump host (TODO move to vault)
PRIVATE_KEY = """«v»
"""

def connect(host="«ip»"):
    key = paramiko.RSAKey.from_private_key(io.StringIO(PRIVATE_KEY))
    c = paramiko.SSHClient()
    c.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    c.connect(host, username="«user»", pkey=key)
    return c
''')

tpl("paramiko_embedded_ec", "ec", "paramiko", "py", "py",
    ["tools/oob_console.py", "netauto/keys.py"],
    r'''import io
import paramiko

OOB_KEY = """«v»
"""

def oob_client(host):
    pkey = paramiko.ECDSAKey.from_private_key(io.StringIO(OOB_KEY))
    cli = paramiko.SSHClient()
    cli.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    cli.connect(host, port=«port», username="«user»", pkey=pkey)
    return cli
''')

tpl("netmiko_dict", "password", "netmiko", "py", "py",
    ["scripts/show_version.py", "netmiko/backup.py", "automation/«site»_audit.py"],
    r'''from netmiko import ConnectHandler

«hostvar» = {
    "device_type": "«plat»",
    "host": "«ip»",
    "username": "«user»",
    "password": "«v»",
    "port": «port»,
    "fast_cli": False,
}

with ConnectHandler(**«hostvar») as net_connect:
    output = net_connect.send_command("show version")
    print(output)
''', "\"\\")

tpl("netmiko_secret", "enable", "netmiko", "py", "py",
    ["scripts/push_acl.py", "netmiko/config_push.py"],
    r'''import os
from getpass import getpass
from netmiko import ConnectHandler

dev = {
    'device_type': '«plat»',
    'host': '«fqdn»',
    'username': os.getenv('NET_USER', '«user»'),
    'password': os.getenv('NET_PASS') or getpass(),
    'secret': '«v»',
}

cfg = ['ip access-list extended MGMT-IN', 'permit tcp «ip2» 0.0.0.255 any eq 22']
conn = ConnectHandler(**dev)
conn.enable()
print(conn.send_config_set(cfg))
conn.save_config()
conn.disconnect()
''', "'\\")

tpl("netmiko_snmp_push", "snmp", "netmiko", "py", "py",
    ["scripts/snmp_rollout.py", "netauto/tasks/snmp.py"],
    r'''from netmiko import ConnectHandler
import os

COMMUNITY = "«v»"
switches = ["«ip»", "«ip2»", "«ip3»"]

for ip in switches:
    c = ConnectHandler(device_type="«plat»", host=ip,
                       username=os.environ["NET_USER"], password=os.environ["NET_PASS"])
    c.send_config_set([
        f"snmp-server community {COMMUNITY} RO 99",
        "snmp-server location «site»",
        "snmp-server host «ip3» version 2c " + COMMUNITY,
    ])
    c.save_config()
    c.disconnect()
''', "\"\\")

tpl("ios_cmdlist_secret", "enable", "netmiko", "py", "py",
    ["scripts/baseline.py", "templates/baseline_cmds.py"],
    r'''# baseline pushed to every new «site» access switch
BASELINE = [
    "hostname {hostname}",
    "service password-encryption",
    "enable secret 0 «v»",
    "ip domain-name «dom»",
    "crypto key generate rsa modulus 2048",
    "ip ssh version 2",
    "line vty 0 15",
    " transport input ssh",
    " login local",
]
''', "\"\\")

tpl("napalm_driver", "password", "napalm", "py", "py",
    ["scripts/napalm_facts.py", "napalm/get_facts.py"],
    r'''import json
from napalm import get_network_driver

driver = get_network_driver("«napalm»")
device = driver(
    hostname="«fqdn»",
    username="«user»",
    password="«v»",
    optional_args={"port": «port»},
)
device.open()
print(json.dumps(device.get_facts(), indent=2))
device.close()
''', "\"\\")

tpl("napalm_secret", "enable", "napalm", "py", "py",
    ["napalm/compare_config.py", "scripts/napalm_diff.py"],
    r'''import os
from napalm import get_network_driver

ios = get_network_driver('ios')
optional_args = {'secret': '«v»', 'global_delay_factor': 2}
dev = ios('«ip»', os.environ['NAPALM_USERNAME'], os.environ['NAPALM_PASSWORD'],
          optional_args=optional_args)
dev.open()
dev.load_merge_candidate(filename='configs/«host».cfg')
print(dev.compare_config())
dev.discard_config()
dev.close()
''', "'\\")

tpl("nornir_hosts", "password", "nornir", "yaml", "yaml",
    ["inventory/hosts.yaml", "nornir/inventory/hosts.yml"],
    r'''---
«host»:
  hostname: «ip»
  platform: «napalm»
  groups:
    - «site»
  data:
    role: «role»
    site: «site»

«host2»:
  hostname: «ip2»
  username: «user»
  password: «vy»
  platform: «napalm»
  groups:
    - «site»
  data:
    role: access
''')

tpl("nornir_defaults", "password", "nornir", "yaml", "yaml",
    ["inventory/defaults.yaml", "nornir/inventory/defaults.yml"],
    r'''---
username: «user»
password: «vy»
port: «port»
connection_options:
  netmiko:
    extras:
      fast_cli: false
  napalm:
    extras:
      optional_args:
        transport: ssh
data:
  domain: «dom»
  ntp_servers:
    - «ip3»
''')

tpl("nornir_groups_secret", "enable", "nornir", "yaml", "yaml",
    ["inventory/groups.yaml", "nornir/groups.yml"],
    r'''---
ios:
  platform: ios
  connection_options:
    netmiko:
      platform: cisco_ios
      extras:
        secret: «vy»
        global_delay_factor: 2
    napalm:
      extras:
        optional_args:
          secret: «vy»

«site»:
  data:
    site_code: «site»
    syslog: «ip3»
''')

tpl("nornir_nautobot", "nautobot", "nautobot", "yaml", "yaml",
    ["config.yaml", "nornir/config.yml"],
    r'''---
inventory:
  plugin: NautobotInventory
  options:
    nautobot_url: https://«nbhost»
    nautobot_token: «vy»
    ssl_verify: false
    filter_parameters:
      location: «site»
runner:
  plugin: threaded
  options:
    num_workers: 20
logging:
  enabled: true
  log_file: nornir.log
''')

tpl("nornir_netbox_py", "netbox", "netbox", "py", "py",
    ["nornir_run.py", "scripts/nornir_netbox.py"],
    r'''from nornir import InitNornir
from nornir_netmiko.tasks import netmiko_send_command
from nornir_utils.plugins.functions import print_result

nr = InitNornir(
    runner={"plugin": "threaded", "options": {"num_workers": 20}},
    inventory={
        "plugin": "NetBoxInventory2",
        "options": {
            "nb_url": "https://«nbhost»",
            "nb_token": "«v»",
            "ssl_verify": False,
        },
    },
)
nr = nr.filter(site="«site»")
print_result(nr.run(task=netmiko_send_command, command_string="show ip int brief"))
''')

tpl("pynetbox", "netbox", "netbox", "py", "py",
    ["scripts/sync_netbox.py", "tools/nb_export.py"],
    r'''import pynetbox

NETBOX_URL = "https://«nbhost»"
nb = pynetbox.api(NETBOX_URL, token="«v»")
nb.http_session.verify = False

for dev in nb.dcim.devices.filter(site="«site»", status="active"):
    print(dev.name, dev.primary_ip, dev.platform)
''')

tpl("scrapli_dict", "password", "scrapli", "py", "py",
    ["scripts/scrapli_show.py", "scrapli/get_version.py"],
    r'''from scrapli.driver.core import IOSXEDriver

MY_DEVICE = {
    "host": "«fqdn»",
    "auth_username": "«user»",
    "auth_password": "«v»",
    "auth_strict_key": False,
    "transport": "ssh2",
}

with IOSXEDriver(**MY_DEVICE) as conn:
    resp = conn.send_command("show version")
    print(resp.result)
''', "\"\\")

tpl("scrapli_yaml", "enable", "scrapli", "yaml", "yaml",
    ["scrapli_inventory.yaml", "inventory/scrapli.yml"],
    r'''devices:
  - host: «ip»
    platform: cisco_iosxe
    auth_username: «user»
    auth_private_key: ~/.ssh/netauto_ed25519
    auth_secondary: «vy»
    auth_strict_key: false
  - host: «ip2»
    platform: cisco_iosxe
    auth_username: «user»
    auth_private_key: ~/.ssh/netauto_ed25519
''')

tpl("telnetlib", "password", "telnetlib", "py", "py",
    ["scripts/telnet_backup.py", "legacy/telnet_cfg.py"],
    r'''import telnetlib

HOST = "«ip»"
user = "«user»"
tn = telnetlib.Telnet(HOST, 23, «timeout»)
tn.read_until(b"Username: ")
tn.write(user.encode("ascii") + b"\n")
tn.read_until(b"Password: ")
tn.write(b"«v»\n")
tn.write(b"terminal length 0\n")
tn.write(b"show running-config\n")
tn.write(b"exit\n")
with open("«host».cfg", "w") as fh:
    fh.write(tn.read_all().decode("ascii", "ignore"))
''', "\"\\")

tpl("exscript", "password", "exscript", "py", "py",
    ["scripts/exscript_run.py", "exscript/collect.py"],
    r'''from Exscript import Account, Host
from Exscript.util.start import start
from Exscript.util.match import any_match

def collect(job, host, conn):
    conn.execute('terminal length 0')
    conn.execute('show ip route summary')
    print(any_match(conn, r'Total\s+(\d+)'))

accounts = [Account('«user»', '«v»')]
hosts = [Host('ssh://«ip»'), Host('ssh://«ip2»')]
start(accounts, hosts, collect, max_threads=4)
''', "'\\")

tpl("pyserial_console", "password", "pyserial", "py", "py",
    ["console/serial_login.py", "tools/zero_touch_console.py"],
    r'''import time
import serial

ser = serial.Serial("«tty»", «baud», timeout=2)

def send(cmd, wait=1.0):
    ser.write(cmd.encode() + b"\r")
    time.sleep(wait)
    return ser.read(ser.in_waiting or 1).decode(errors="ignore")

send("")
out = send("«user»")
if "assword" in out:
    send("«v»")
print(send("show version | i uptime", 2))
ser.close()
''', "\"\\")

tpl("pyserial_bytes", "enable", "pyserial", "py", "py",
    ["console/enable_console.py", "lab/serial_enable.py"],
    r'''import serial, time

with serial.Serial(port="«tty»", baudrate=«baud», timeout=1) as s:
    s.write(b"\r\n")
    time.sleep(1)
    s.write(b"enable\r\n")
    time.sleep(0.5)
    s.write(b"«v»\r\n")
    time.sleep(0.5)
    s.write(b"write erase\r\n")
    print(s.read(4096))
''', "\"\\")

tpl("junos_pyez", "password", "junos-pyez", "py", "py",
    ["scripts/junos_facts.py", "juniper/get_facts.py"],
    r'''from jnpr.junos import Device
from pprint import pprint

with Device(host="«ip»", user="«user»", passwd="«v»", port=«port») as dev:
    pprint(dev.facts)
''', "\"\\")

tpl("ncclient", "password", "ncclient", "py", "py",
    ["netconf/get_config.py", "scripts/netconf_pull.py"],
    r'''from ncclient import manager

with manager.connect(host="«fqdn»", port=830, username="«user»",
                     password="«v»", hostkey_verify=False,
                     device_params={"name": "iosxr"}) as m:
    print(m.get_config(source="running").data_xml)
''', "\"\\")

tpl("textfsm_runner", "password", "textfsm", "py", "py",
    ["parsers/run_textfsm.py", "scripts/parse_cdp.py"],
    r'''import textfsm
from netmiko import ConnectHandler

TEMPLATE = "templates/cisco_ios_show_cdp_neighbors_detail.textfsm"

conn = ConnectHandler(device_type="cisco_ios", host="«ip»",
                      username="«user»", password="«v»")
raw = conn.send_command("show cdp neighbors detail")
conn.disconnect()

with open(TEMPLATE) as f:
    fsm = textfsm.TextFSM(f)
for row in fsm.ParseText(raw):
    print(dict(zip(fsm.header, row)))
''', "\"\\")

tpl("pysnmp_community", "snmp", "pysnmp", "py", "py",
    ["monitoring/poll_ifaces.py", "snmp/get_sysdescr.py"],
    r'''from pysnmp.hlapi import (SnmpEngine, CommunityData, UdpTransportTarget,
                          ContextData, ObjectType, ObjectIdentity, getCmd)

errorIndication, errorStatus, errorIndex, varBinds = next(
    getCmd(SnmpEngine(),
           CommunityData('«v»', mpModel=1),
           UdpTransportTarget(('«ip»', 161)),
           ContextData(),
           ObjectType(ObjectIdentity('SNMPv2-MIB', 'sysDescr', 0)))
)
for vb in varBinds:
    print(' = '.join(x.prettyPrint() for x in vb))
''', "'\\")

tpl("meraki_sdk", "meraki", "meraki", "py", "py",
    ["scripts/meraki_inventory.py", "meraki/list_devices.py"],
    r'''import meraki

API_KEY = "«v»"
ORG_ID = "«orgid»"

dashboard = meraki.DashboardAPI(API_KEY, suppress_logging=True)
for net in dashboard.organizations.getOrganizationNetworks(ORG_ID):
    print(net["id"], net["name"])
''')

tpl("meraki_requests", "meraki", "meraki", "py", "py",
    ["tools/meraki_clients.py"],
    r'''import requests

BASE = "https://api.meraki.com/api/v1"
headers = {
    "X-Cisco-Meraki-API-Key": "«v»",
    "Content-Type": "application/json",
}
r = requests.get(f"{BASE}/networks/«netid»/clients", headers=headers, timeout=«timeout»)
r.raise_for_status()
print(r.json())
''')

tpl("panos_requests", "panos", "paloalto", "py", "py",
    ["scripts/pan_backup.py", "panos/export_config.py"],
    r'''import requests
import urllib3

urllib3.disable_warnings()
FW = "«fqdn»"
API_KEY = "«v»"

resp = requests.get(f"https://{FW}/api/",
                    params={"type": "export", "category": "configuration", "key": API_KEY},
                    verify=False, timeout=60)
open(f"backups/{FW}.xml", "wb").write(resp.content)
''')

tpl("panrc", "panos", "paloalto", "panrc", "plain",
    [".panrc", "pan/.panrc"],
    r'''# panxapi.py generated: «year»/03/14 08:12:55
hostname%«site»=«ip»
api_key%«site»=«v»
hostname%lab=«ip2»
''')

tpl("forti_curl", "forti", "fortinet", "sh", "sh",
    ["scripts/fgt_backup.sh", "bin/fortigate-backup.sh"],
    r'''#!/bin/bash
# nightly FortiGate config backup (REST API admin "backup-api", trusted host «ip3»/32)
FGT=«ip»
TOKEN="«v»"
OUT=/srv/backups/fortigate/$(date +%F)-«host».conf

curl -sk -H "Authorization: Bearer ${TOKEN}" \
  "https://${FGT}/api/v2/monitor/system/config/backup?scope=global" -o "$OUT"
''')

tpl("forti_ansible", "forti", "fortinet", "yaml", "yaml",
    ["inventory/host_vars/«host».yml", "host_vars/«host»/vars.yml"],
    r'''---
ansible_host: «ip»
ansible_network_os: fortinet.fortios.fortios
ansible_connection: httpapi
ansible_httpapi_use_ssl: true
ansible_httpapi_validate_certs: false
ansible_httpapi_port: 443
fortios_access_token: «vy»
vdom: root
''')

tpl("librenms_api", "librenms", "librenms", "sh", "sh",
    ["scripts/librenms_add_device.sh"],
    r'''#!/usr/bin/env bash
set -euo pipefail
LNMS_URL="https://nms.«dom»"
LNMS_TOKEN="«v»"

for h in «host» «host2» «host3»; do
  curl -s -X POST -H "X-Auth-Token: ${LNMS_TOKEN}" \
    -d "{\"hostname\":\"${h}.«dom»\",\"version\":\"v2c\",\"community\":\"${SNMP_COMMUNITY}\"}" \
    "${LNMS_URL}/api/v0/devices"
done
''')

tpl("cvp_token", "jwt", "arista", "py", "py",
    ["scripts/cvp_inventory.py", "arista/cvp_devices.py"],
    r'''import requests

CVP = "https://cvp.«dom»"
# service account token (cvp-sa-netauto), expires next year
TOKEN = "«v»"

s = requests.Session()
s.headers["Authorization"] = f"Bearer {TOKEN}"
s.verify = False
for d in s.get(f"{CVP}/cvpservice/inventory/devices").json():
    print(d["hostname"], d["serialNumber"], d["version"])
''')

tpl("perl_ssh_expect", "password", "perl", "pl", "perl",
    ["scripts/ssh_expect.pl", "bin/getcfg.pl"],
    r'''#!/usr/bin/perl
use strict;
use warnings;
use Net::SSH::Expect;

my $ssh = Net::SSH::Expect->new(
    host     => '«ip»',
    user     => '«user»',
    password => '«v»',
    raw_pty  => 1,
    timeout  => «timeout»,
);
my $login_output = $ssh->login();
if ($login_output !~ /[>#]/) {
    die "Login has failed. Login output was $login_output";
}
$ssh->exec("terminal length 0");
print $ssh->exec("show running-config");
$ssh->close();
''', "'\\")

tpl("perl_net_telnet", "password", "perl", "pl", "perl",
    ["scripts/telnet_cfg.pl", "rancid-extra/tlogin.pl"],
    r'''#!/usr/bin/perl -w
use Net::Telnet;

my @hosts = qw(«ip» «ip2»);
foreach my $h (@hosts) {
    my $t = Net::Telnet->new(Timeout => «timeout», Prompt => '/[\$%#>] ?$/');
    $t->open($h);
    $t->login('«user»', '«v»');
    my @lines = $t->cmd("show interfaces status");
    print @lines;
    $t->close;
}
''', "'\\")

tpl("perl_net_telnet_enable", "enable", "perl", "pl", "perl",
    ["scripts/cisco_enable.pl"],
    r'''use strict;
use Net::Telnet::Cisco;

my $session = Net::Telnet::Cisco->new(Host => '«ip»');
$session->login($ENV{TACACS_USER}, $ENV{TACACS_PASS});
if ($session->enable('«v»')) {
    my @output = $session->cmd('show privilege');
    print "My privileges: @output\n";
} else {
    warn "Can't enable: " . $session->errmsg;
}
$session->close;
''', "'\\")

tpl("perl_openssh_url", "password", "perl", "pl", "perl",
    ["scripts/openssh_run.pl", "lib/Net/DeviceRun.pl"],
    r'''use strict;
use warnings;
use Net::OpenSSH;

my $ssh = Net::OpenSSH->new('«user»:«v»@«fqdn»',
                            master_opts => [-o => "StrictHostKeyChecking=no"],
                            timeout => «timeout»);
$ssh->error and die "Couldn't establish SSH connection: " . $ssh->error;
my @out = $ssh->capture("show version");
print @out;
''', "'\\:@/")

tpl("ruby_net_ssh", "password", "ruby", "rb", "rb",
    ["scripts/collect.rb", "lib/tasks/device_backup.rb"],
    r'''require 'net/ssh'

HOSTS = %w[«ip» «ip2»]
HOSTS.each do |host|
  Net::SSH.start(host, '«user»', password: '«v»', non_interactive: true,
                 verify_host_key: :never, timeout: «timeout») do |ssh|
    output = ssh.exec!('show running-config')
    File.write("backups/#{host}.cfg", output)
  end
end
''', "'\\")

tpl("ruby_passphrase", "passphrase", "ruby", "rb", "rb",
    ["lib/netauto/session.rb"],
    r'''require 'net/ssh'

module Netauto
  class Session
    KEY = File.expand_path('~/.ssh/netauto_rsa')

    def self.open(host, &blk)
      Net::SSH.start(host, '«user»',
                     keys: [KEY],
                     passphrase: '«v»',
                     keys_only: true,
                     port: «port», &blk)
    end
  end
end
''', "'\\")

tpl("go_ssh", "password", "go", "go", "go",
    ["cmd/netbackup/main.go", "internal/sshclient/client.go"],
    r'''package main

import (
	"fmt"
	"log"
	"time"

	"golang.org/x/crypto/ssh"
)

func main() {
	config := &ssh.ClientConfig{
		User: "«user»",
		Auth: []ssh.AuthMethod{
			ssh.Password("«v»"),
		},
		HostKeyCallback: ssh.InsecureIgnoreHostKey(),
		Timeout:         «timeout» * time.Second,
	}
	client, err := ssh.Dial("tcp", "«ip»:«port»", config)
	if err != nil {
		log.Fatal("dial: ", err)
	}
	defer client.Close()
	sess, _ := client.NewSession()
	out, _ := sess.CombinedOutput("show version")
	fmt.Println(string(out))
}
''', "\"\\`")

tpl("go_struct", "password", "go", "go", "go",
    ["internal/devices/config.go", "pkg/inventory/lab.go"],
    r'''package devices

// LabDevices is the static inventory for the «site» lab rack.
var LabDevices = []Device{
	{Name: "«host»", Addr: "«ip»:22", Platform: "«napalm»", Username: "«user»", Password: "«v»"},
	{Name: "«host2»", Addr: "«ip2»:22", Platform: "«napalm»", Username: "«user»", KeyFile: "/etc/netauto/id_ed25519"},
}
''', "\"\\`")

tpl("sshpass_sh", "password", "sshpass", "sh", "sh",
    ["scripts/backup_switches.sh", "bin/pull_configs.sh", "cron/«site»-backup.sh"],
    r'''#!/bin/bash
# pull running configs from «site» switches
USER=«user»
DEST=/srv/netbackup/$(date +%Y%m%d)
mkdir -p "$DEST"

for sw in «ip» «ip2» «ip3»; do
    sshpass -p '«v»' ssh -o StrictHostKeyChecking=no -o ConnectTimeout=«timeout» \
        "$USER@$sw" "show running-config" > "$DEST/$sw.cfg" || echo "FAILED $sw" >&2
done
''', "'")

tpl("sshpass_scp", "password", "sshpass", "sh", "sh",
    ["deploy/push_firmware.sh"],
    r'''#!/bin/sh
set -e
IMG=cat9k_iosxe.«ver».SPA.bin
export SSHPASS="«v»"
sshpass -e scp "images/$IMG" «user»@«ip»:flash:/$IMG
sshpass -e ssh «user»@«ip» "verify /md5 flash:$IMG"
''', "\"\\`")

tpl("plink_bat", "password", "putty", "bat", "bat",
    ["scripts/backup_cisco.bat", "tools/plink_run.cmd"],
    r'''@echo off
REM Backup «host» via plink (PuTTY)
set HOST=«ip»
set USR=«user»
"C:\Program Files\PuTTY\plink.exe" -ssh -batch -pw «v» %USR%@%HOST% "show run" > C:\netbackup\«host».txt
if errorlevel 1 echo Backup of %HOST% failed >> C:\netbackup\errors.log
''', "%^&|<>\" ")

tpl("pscp_bat", "password", "putty", "bat", "bat",
    ["scripts/get_logs.cmd", "tools/pscp_fetch.bat"],
    r'''@echo off
setlocal
pscp.exe -scp -pw «v» «user»@«ip»:/var/log/messages "%~dp0logs\«host»-messages.log"
endlocal
''', "%^&|<>\" ")

tpl("plink_ps1", "password", "putty", "ps1", "ps1",
    ["scripts/Invoke-SwitchCommand.ps1", "tools/Get-RunningConfig.ps1"],
    r'''param([string]$Device = "«ip»")

$plink = "C:\Tools\plink.exe"
$user  = "«user»"
$pw    = "«v»"
& $plink -ssh -batch -l $user -pw $pw $Device "show interfaces status" |
    Out-File -FilePath ".\output\$Device.txt" -Encoding utf8
''', "\"`$")

tpl("poshssh_ps1", "password", "posh-ssh", "ps1", "ps1",
    ["scripts/Backup-Switches.ps1"],
    r'''Import-Module Posh-SSH
$secpw = ConvertTo-SecureString "«v»" -AsPlainText -Force
$cred  = New-Object System.Management.Automation.PSCredential ("«user»", $secpw)
$s = New-SSHSession -ComputerName «ip» -Credential $cred -AcceptKey
$r = Invoke-SSHCommand -SessionId $s.SessionId -Command "show running-config"
$r.Output | Set-Content ".\backups\«host».cfg"
Remove-SSHSession -SessionId $s.SessionId | Out-Null
''', "\"`$")

tpl("lftp_sh", "password", "lftp", "sh", "sh",
    ["scripts/upload_configs.sh", "bin/sftp_mirror.sh"],
    r'''#!/bin/bash
# mirror oxidized exports to the archive box
lftp -u «user»,'«v»' sftp://«fqdn» <<EOF
set sftp:auto-confirm yes
mirror -R /var/lib/oxidized/export /archive/network/«site»
bye
EOF
''', "',")

tpl("ncftp_sh", "password", "ncftp", "sh", "sh",
    ["scripts/tftp_ftp_backup.sh", "legacy/ftp_push.sh"],
    r'''#!/bin/sh
# old procurve gear only speaks ftp
cd /srv/netbackup/«site» || exit 1
ncftpput -u «user» -p «v» -t «timeout» «ip» /cfg/ ./*.cfg
ncftpget -u «user» -p «v» «ip» . /cfg/startup-config
''', "'\"$ `\\;&|<>()")

tpl("expect_heredoc_sh", "password", "expect", "sh", "sh",
    ["scripts/reload_ap.sh", "bin/ap_reboot.sh"],
    r'''#!/bin/bash
HOST=${1:-«ip»}
/usr/bin/expect <<EOF
set timeout «timeout»
spawn ssh «user»@$HOST
expect "assword:"
send "«v»\r"
expect "#"
send "reload\r"
expect "confirm"
send "\r"
expect eof
EOF
''', TCL_AVOID + "`'")

tpl("python_subprocess_sshpass", "password", "sshpass", "py", "py",
    ["scripts/run_remote.py"],
    r'''import subprocess

def run_remote(host, cmd):
    return subprocess.run(
        ["sshpass", "-p", "«v»", "ssh", "-o", "StrictHostKeyChecking=no",
         f"«user»@{host}", cmd],
        capture_output=True, text=True, timeout=«timeout»,
    ).stdout

print(run_remote("«ip»", "show clock"))
''', "\"\\")

tpl("minicom_runscript", "password", "minicom", "runscript", "minicom",
    ["console/login.minicom", "minicom/«host».scr", "scripts/console.runscript"],
    r'''# minicom -S console/login.minicom -D «tty»
timeout 60
send ""
expect {
    "ogin:" goto login
    "sername:" goto login
    timeout 10 goto end
}
login:
send «user»
expect "assword:"
send «v»
expect "#"
send "show version"
end:
''', " \"\\#")

tpl("teraterm_ttl", "password", "teraterm", "ttl", "ttl",
    ["macros/login_«host».ttl", "teraterm/ssh_login.ttl"],
    r'''; Tera Term macro - auto login to «host»
hostname = '«ip»:22'
username = '«user»'
userpass = '«v»'

msg = hostname
strconcat msg ' /ssh /2 /auth=password /user='
strconcat msg username
strconcat msg ' /passwd='
strconcat msg userpass

connect msg
wait '#' '>'
sendln 'terminal length 0'
wait '#'
''', "' ;")

tpl("teraterm_sendln", "password", "teraterm", "ttl", "ttl",
    ["macros/console_«site».ttl", "ttl/serial_login.ttl"],
    r'''; console login via serial
connect '/C=3 /BAUD=«baud»'
sendln ''
wait 'Username:'
sendln '«user»'
wait 'Password:'
sendln '«v»'
wait '>'
sendln 'enable'
''', "' ;")

tpl("teraterm_connect", "password", "teraterm", "ttl", "ttl",
    ["macros/jump.ttl"],
    r'''connect '«ip»:22 /ssh /auth=password /user=«user» /passwd=«v»'
wait '$'
sendln 'ssh «host2»'
''', "' ;/=")

tpl("securecrt_vbs", "password", "securecrt", "vbs", "vbs",
    ["securecrt/scripts/login_«site».vbs", "scripts/crt_enable.vbs"],
    r'''#$language = "VBScript"
#$interface = "1.0"

Sub Main
    crt.Screen.Synchronous = True
    crt.Screen.WaitForString "Password:"
    crt.Screen.Send "«v»" & vbCr
    crt.Screen.WaitForString ">"
    crt.Screen.Send "terminal length 0" & vbCr
    crt.Screen.Synchronous = False
End Sub
''', "\"")

tpl("securecrt_py", "enable", "securecrt", "py", "py",
    ["securecrt/scripts/enable.py", "scripts/crt_enable.py"],
    r'''# $language = "Python3"
# $interface = "1.0"

def main():
    crt.Screen.Synchronous = True
    crt.Screen.Send("enable\r")
    crt.Screen.WaitForString("Password:")
    crt.Screen.Send("«v»\r")
    crt.Screen.WaitForString("#")
    crt.Screen.Synchronous = False

main()
''', "\"\\")

tpl("securecrt_vbs_connect", "password", "securecrt", "vbs", "vbs",
    ["securecrt/scripts/open_sessions.vbs"],
    r'''# $language = "VBScript"
# $interface = "1.0"
Sub Main
    Dim hosts, h
    hosts = Array("«ip»", "«ip2»")
    For Each h In hosts
        crt.Session.ConnectInTab "/SSH2 /L «user» /PASSWORD «v» /AUTH password " & h
    Next
End Sub
''', "\" ")

tpl("ansible_ini", "password", "ansible", "ini", "ini",
    ["inventory/hosts", "inventory/«site».ini", "hosts.ini"],
    r'''[ios]
«host» ansible_host=«ip»
«host2» ansible_host=«ip2»

[ios:vars]
ansible_network_os=cisco.ios.ios
ansible_connection=ansible.netcommon.network_cli
ansible_user=«user»
ansible_password=«v»
ansible_become=yes
ansible_become_method=enable
''', "#;' \"")

tpl("ansible_ini_become", "become", "ansible", "ini", "ini",
    ["inventory/production", "inventories/«site»/hosts"],
    r'''[linux_jump]
jump01.«dom» ansible_host=«ip3»

[linux_jump:vars]
ansible_user=«user»
ansible_ssh_private_key_file=~/.ssh/netauto_ed25519
ansible_become_pass=«v»
''', "#;' \"")

tpl("ansible_group_vars", "password", "ansible", "yaml", "yaml",
    ["group_vars/ios.yml", "inventory/group_vars/routers.yml", "group_vars/all/net.yml"],
    r'''---
ansible_connection: ansible.netcommon.network_cli
ansible_network_os: cisco.ios.ios
ansible_user: «user»
ansible_password: «vy»
ansible_become: true
ansible_become_method: enable
ntp_servers:
  - «ip3»
syslog_host: «ip2»
''')

tpl("ansible_group_vars_become", "become", "ansible", "yaml", "yaml",
    ["group_vars/switches.yml", "inventory/group_vars/nxos.yaml"],
    r'''ansible_network_os: cisco.nxos.nxos
ansible_connection: network_cli
ansible_user: "{{ lookup('env', 'NET_USER') }}"
ansible_password: "{{ vault_net_password }}"
ansible_become: yes
ansible_become_method: enable
ansible_become_password: «vy»
''')

tpl("ansible_host_vars_ssh_pass", "password", "ansible", "yaml", "yaml",
    ["host_vars/«host».yml", "inventory/host_vars/«host»"],
    r'''---
ansible_host: «ip»
ansible_port: «port»
ansible_user: «user»
ansible_ssh_pass: «vy»
serial_number: «serial»
mgmt_vlan: «vlan»
''')

tpl("ansible_expect", "password", "ansible", "yaml", "yaml",
    ["playbooks/passwd_change.yml", "roles/console/tasks/main.yml"],
    r'''---
- name: Initial console setup for «host»
  hosts: consoles
  gather_facts: false
  tasks:
    - name: Log into the terminal server port and set hostname
      ansible.builtin.expect:
        command: ssh -p 70«n» «user»@«ip»
        responses:
          (?i)password: «vy»
          '#': "hostname «host»"
        timeout: «timeout»
      no_log: false
''')

tpl("ansible_snmp_playbook", "snmp", "ansible", "yaml", "yaml",
    ["playbooks/snmp.yml", "roles/snmp/defaults/main.yml"],
    r'''---
- name: Configure SNMP on access layer
  hosts: access
  gather_facts: no
  vars:
    snmp_ro_community: «vy»
    snmp_location: "«site» datacenter"
  tasks:
    - name: snmp community
      cisco.ios.ios_config:
        lines:
          - snmp-server community {{ snmp_ro_community }} RO 10
          - snmp-server location {{ snmp_location }}
''')

tpl("ansible_netbox_inv", "netbox", "netbox", "yaml", "yaml",
    ["inventory/netbox.yml", "netbox_inventory.yaml"],
    r'''plugin: netbox.netbox.nb_inventory
api_endpoint: https://«nbhost»
token: «vy»
validate_certs: false
config_context: true
group_by:
  - device_roles
  - platforms
  - sites
query_filters:
  - site: «site»
  - status: active
compose:
  ansible_network_os: platform.slug
''')

tpl("salt_napalm_pillar", "password", "saltstack", "sls", "yaml",
    ["pillar/«host».sls", "salt/pillar/proxy/«host».sls"],
    r'''proxy:
  proxytype: napalm
  driver: «napalm»
  host: «fqdn»
  username: «user»
  passwd: «vy»
  optional_args:
    port: «port»
''')

tpl("hp_procurve_expect", "enable", "expect", "exp", "tcl",
    ["expect/procurve_save.exp", "scripts/hp_manager.exp"],
    r'''#!/usr/bin/expect
# HP ProCurve: manager password after "Press any key"
set host [lindex $argv 0]
spawn ssh operator@$host
expect "assword:"
send "$env(HP_OPERATOR_PW)\r"
expect "Press any key to continue"
send "\r"
expect ">"
send "enable\r"
expect "Username:"
send "manager\r"
expect "Password:"
send "«v»\r"
expect "#"
send "write memory\r"
expect "#"
send "logout\r"
expect "log out*"
send "y"
''', TCL_AVOID)

tpl("ssh_config_expect_passphrase", "passphrase", "expect", "exp", "tcl",
    ["expect/ssh-add.exp", "scripts/unlock_key.exp"],
    r'''#!/usr/bin/expect -f
spawn ssh-add /home/«user»/.ssh/id_rsa_net
expect "Enter passphrase"
send "«v»\r"
expect eof
''', TCL_AVOID)

tpl("ini_inventory_generic", "password", "custom", "ini", "ini",
    ["config/devices.ini", "etc/netbackup.ini", "settings.cfg"],
    r'''[general]
backup_dir = /srv/netbackup
threads = 8

[«host»]
host = «ip»
platform = «plat»
username = «user»
password = «v»

[«host2»]
host = «ip2»
platform = «plat»
username = «user»
key_file = ~/.ssh/netauto
''', "#;% ")

tpl("json_inventory", "password", "custom", "json", "json",
    ["inventory/devices.json", "data/lab_devices.json"],
    r'''{
  "defaults": {"device_type": "«plat»", "port": «port»},
  "devices": [
    {"name": "«host»", "host": "«ip»", "username": "«user»", "password": "«v»"},
    {"name": "«host2»", "host": "«ip2»", "username": "«user»", "use_keys": true}
  ]
}
''', "\"\\")

tpl("csv_inventory", "password", "custom", "csv", "plain",
    ["inventory/devices.csv", "data/switches.csv"],
    r'''hostname,ip,device_type,username,password,site
«host»,«ip»,«plat»,«user»,«v»,«site»
''', ",\"")

tpl("go_expect_cfg", "enable", "go", "go", "go",
    ["internal/session/enable.go"],
    r'''package session

import (
	"regexp"
	"time"

	expect "github.com/google/goexpect"
)

const enableSecret = "«v»"

var promptRE = regexp.MustCompile(`[#>]\s*$`)

func Enable(e *expect.GExpect) error {
	if err := e.Send("enable\n"); err != nil {
		return err
	}
	if _, _, err := e.Expect(regexp.MustCompile("Password:"), 10*time.Second); err != nil {
		return err
	}
	return e.Send(enableSecret + "\n")
}
''', "\"\\`")

tpl("nornir_hosts_netmiko_secret", "enable", "nornir", "yaml", "yaml",
    ["inventory/hosts.yaml", "nornir_inventory/hosts.yml"],
    r'''«host»:
  hostname: «fqdn»
  platform: ios
  connection_options:
    netmiko:
      extras:
        secret: «vy»
  data:
    site: «site»
    serial: «serial»
''')


# --------------------------------------------------------------------------------------------
# Negative slot values
# --------------------------------------------------------------------------------------------
PLACEHOLDERS = ["<password>", "YOUR_PASSWORD", "changeme", "CHANGEME", "CHANGE_ME", "REPLACE_ME",
                "<enable-secret>", "TODO", "PASSWORD_HERE", "votre_mot_de_passe", "passwort_hier",
                "tu_contrasena", "senha_aqui", "<пароль>", "xxxxxxxx", "xxx", "<PUT_PASSWORD_HERE>",
                "your-password", "<secret>", "password", "__PASSWORD__", "@@PASSWORD@@", "<パスワード>"]
MASKS = ["********", "[REDACTED]", "<hidden>", "*****", "###REMOVED###", "<redacted>"]
TOKEN_PH = ["<NETBOX_TOKEN>", "YOUR_API_TOKEN", "0123456789abcdef0123456789abcdef01234567",
            "<api-key>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "REPLACE_WITH_TOKEN", "[REDACTED]"]
PANOS_DOC = "LUFRPT14MW5xOEo1R09KVlBZNnpnemh0VHRBOWl6TGM9bXcwM3JHUGVhRlNiY0dCR0srNERUQT09"
REFS = {
    "tcl": ["$env(RTR_PASS)", "$password", "$enable_pw", "$env(ENABLE_SECRET)"],
    "yaml": ["{{ vault_net_password }}", "{{ lookup('env', 'NET_PASSWORD') }}", "${NORNIR_PASSWORD}",
             "{{ vault_enable_secret }}", "{{ lookup('community.hashi_vault.hashi_vault', 'secret=net/data/rtr:password') }}"],
    "py": ["{password}", "${DEVICE_PASSWORD}", "%(password)s", "{{ password }}"],
    "sh": ["$SSHPASS", "${ROUTER_PW}", "$(cat ~/.rtrpw)", "${DEVICE_PASSWORD:?}"],
    "ini": ["{{ vault_ssh_pass }}", "%(NET_PASSWORD)s"],
    "bat": ["%RTR_PASS%", "%1"],
    "ps1": ["$env:ROUTER_PASS"],
    "rb": ["#{ENV['NET_PASS']}"],
    "clogin": [],
    "perl": [], "go": [], "ttl": [], "vbs": [], "plain": [], "json": [], "minicom": [],
}


def neg_value(g, t):
    r = g.r
    kind = t["kind"]
    if kind in ("netbox", "nautobot", "meraki", "librenms", "forti", "jwt"):
        pool = TOKEN_PH + REFS.get(t["lang"], [])
        return r.choice(pool)
    if kind == "panos":
        return r.choice([PANOS_DOC, "<API_KEY>", "YOUR_PANOS_API_KEY", "[REDACTED]"])
    if kind == "snmp":
        return r.choice(["public", "<community>", "COMMUNITY_STRING", "private", "changeme", "********"]
                        + REFS.get(t["lang"], []))
    roll = r.random()
    refs = REFS.get(t["lang"], [])
    if roll < 0.45:
        v = r.choice(PLACEHOLDERS)
    elif roll < 0.65:
        v = r.choice(MASKS)
    elif roll < 0.75:
        v = ""
    elif refs:
        v = r.choice(refs)
    else:
        v = r.choice(PLACEHOLDERS)
    return v


def compatible(v, t):
    """Value must not break the template's syntax."""
    if v == "" and t["lang"] in ("ini", "plain", "minicom", "bat", "tcl", "clogin", "ttl"):
        return False
    if v in REFS.get(t["lang"], []):
        return True
    return all(c not in t["avoid"] for c in v)


COMMENT = {"tcl": "#", "py": "#", "yaml": "#", "sh": "#", "ini": "#", "perl": "#", "rb": "#",
           "go": "//", "ttl": ";", "bat": "REM", "ps1": "#", "clogin": "#", "minicom": "#"}
HEADER_LINES = ["Maintainer: «user» (network automation team)", "Ticket: NET-«n»«vlan»",
                "Last change: «year»-0«n1»-1«n1» migrated from the old jump host",
                "Do not run against production outside the change window",
                "Site: «site» / mgmt vlan «vlan»", "Author: «user»", "Usage: see README.md in this folder",
                "Geaendert: «year» - neue Zugangsdaten fuer «site»", "Modifie par «user» pour «site»",
                "TODO: clean this up", "Tested with «plat» «ver»"]


def add_header(g, t, body, c):
    cm = COMMENT.get(t["lang"])
    if cm is None or g.r.random() < 0.5:
        return body
    if t["ftype"] in ("vbs",) or "$language" in body.split("\n", 1)[0]:
        return body
    hdr = [cm + " " + fill(h, c) for h in g.r.sample(HEADER_LINES, g.r.randint(1, 4))]
    lines = body.split("\n")
    at = 1 if lines[0].startswith(("#!", "@echo", "package ", "---", "# $language")) else 0
    if t["lang"] == "go":
        at = 0
    return "\n".join(lines[:at] + hdr + lines[at:])


def render(g, t, val):
    c = g.ctx()
    c["v"] = val
    c["vy"] = yv(val)
    c["n1"] = str(g.r.randint(1, 9))
    path = fill(g.ch(t["paths"]), c)
    body = fill(t["body"], c)
    body = add_header(g, t, body, c)
    return path, body


# --------------------------------------------------------------------------------------------
# Look-alike negatives (no secret at all)
# --------------------------------------------------------------------------------------------
L = []


def la(name, provider, ftype, paths, body):
    L.append(dict(name=name, provider=provider, ftype=ftype, paths=paths, body=body))


la("expect_user_prompt", "expect", "exp", ["expect/login_prompt.exp", "scripts/ask_login.exp"], r'''#!/usr/bin/expect
# prompts for the password once, never stores it
set host [lindex $argv 0]
stty -echo
send_user "Password for «user»@$host: "
expect_user -re "(.*)\n"
send_user "\n"
stty echo
set pass $expect_out(1,string)

spawn ssh «user»@$host
expect "assword:"
send -- "$pass\r"
expect -re {[>#] ?$}
send "show clock\r"
expect -re {[>#] ?$}
''')
la("expect_env_only", "expect", "exp", ["expect/login_env.exp"], r'''#!/usr/bin/expect -f
if {![info exists env(RTR_PASSWORD)]} {
    puts stderr "export RTR_PASSWORD first"
    exit 2
}
set timeout «timeout»
spawn ssh -o HostKeyAlgorithms=+ssh-rsa «user»@«ip»
expect {
    -re "(?i)password:" { send -- "$env(RTR_PASSWORD)\r" }
    -re "fingerprint is «fp»" { send "yes\r"; exp_continue }
}
expect "#"
send "exit\r"
''')
la("expect_hostkey_fp", "expect", "exp", ["expect/accept_hostkey.exp"], r'''#!/usr/bin/expect
# accept only the known host key of «host»
set expected "«fp»"
spawn ssh -i ~/.ssh/netauto_ed25519 «user»@«ip»
expect {
    -re "key fingerprint is (SHA256:\\S+)" {
        if {$expect_out(1,string) ne $expected} { puts "HOST KEY MISMATCH"; exit 1 }
        send "yes\r"; exp_continue
    }
    -re {[>#]\s*$} {}
}
send "show ip ssh\r"
expect "#"
''')
la("getpass_netmiko", "netmiko", "py", ["scripts/interactive_backup.py", "netmiko/run.py"], r'''#!/usr/bin/env python3
from getpass import getpass
from netmiko import ConnectHandler

username = input("Username: ")
password = getpass("Password: ")
secret = getpass("Enable secret: ")

device = {
    "device_type": "«plat»",
    "host": "«ip»",
    "username": username,
    "password": password,
    "secret": secret,
}
with ConnectHandler(**device) as c:
    c.enable()
    print(c.send_command("show inventory"))
''')
la("keyring_napalm", "napalm", "py", ["scripts/facts_keyring.py"], r'''import keyring
from napalm import get_network_driver

USER = "«user»"
pw = keyring.get_password("netauto-«site»", USER)
drv = get_network_driver("«napalm»")
with drv("«fqdn»", USER, pw) as dev:
    facts = dev.get_facts()
    print(facts["serial_number"], facts["os_version"])
''')
la("hvac_nornir", "nornir", "py", ["nornir_vault.py", "scripts/nr_vault_creds.py"], r'''import hvac
from nornir import InitNornir

client = hvac.Client(url="https://vault.«dom»:8200")
client.auth.approle.login(role_id="«uuid»", secret_id=open("/run/secrets/secret_id").read().strip())
creds = client.secrets.kv.v2.read_secret_version(path="network/«site»")["data"]["data"]

nr = InitNornir(config_file="config.yaml")
nr.inventory.defaults.username = creds["username"]
nr.inventory.defaults.password = creds["password"]
''')
la("ansible_vault_vars", "ansible", "yaml", ["group_vars/all/vault.yml", "inventory/group_vars/ios/vault.yml"], r'''$ANSIBLE_VAULT;1.1;AES256
«vault»
''')
la("ansible_vault_inline", "ansible", "yaml", ["group_vars/routers.yml"], r'''---
ansible_user: «user»
ansible_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
«vaultind»
ansible_network_os: cisco.ios.ios
''')
la("ansible_vars_refs", "ansible", "yaml", ["group_vars/eos.yml", "inventory/group_vars/arista.yml"], r'''---
ansible_connection: ansible.netcommon.httpapi
ansible_network_os: arista.eos.eos
ansible_user: "{{ lookup('ansible.builtin.env', 'EOS_USER') }}"
ansible_password: "{{ vault_eos_password }}"
ansible_become: true
ansible_become_method: enable
ansible_become_password: "{{ vault_eos_enable }}"
ansible_httpapi_use_ssl: true
''')
la("ios_config_hashes", "cisco", "cfg", ["configs/«host».cfg", "backups/«site»/«host».txt"], r'''!
version 15.2
service timestamps debug datetime msec
service password-encryption
!
hostname «host»
!
enable secret 9 «type9»
!
username «user» privilege 15 secret 8 «type8»
username backup privilege 3 secret 5 «type5»
!
ip domain-name «dom»
ip ssh version 2
!
snmp-server engineID local «engid»
snmp-server location «site»
!
line vty 0 15
 login local
 transport input ssh
!
end
''')
la("type7_doc", "cisco", "md", ["docs/cisco_passwords.md", "notes/type7.md"], r'''# Cisco password types, quick notes

* type 0 - plaintext, never commit these
* type 5 - MD5 crypt, e.g. `enable secret 5 «type5»`
* type 7 - Vigenere, trivially reversible. The classic doc example
  `password 7 «type7»` decodes to the default lab password, so don't bother.
* type 8 - PBKDF2-SHA256, type 9 - scrypt (preferred):
  `username admin secret 9 «type9»`

Use `key config-key password-encrypt` + `password encryption aes` for type 6.
''')
la("ssh_pubkey_chain", "netmiko", "py", ["scripts/push_pubkey.py"], r'''from netmiko import ConnectHandler
import os

PUBKEY = "«sshpub» «user»@jump"

cmds = [
    "ip ssh pubkey-chain",
    " username «user»",
    "  key-string",
] + ["   " + PUBKEY[i:i + 72] for i in range(0, len(PUBKEY), 72)] + ["  exit", " exit"]

conn = ConnectHandler(device_type="cisco_ios", host="«ip»", username="«user»",
                      use_keys=True, key_file=os.path.expanduser("~/.ssh/id_rsa"))
conn.send_config_set(cmds)
''')
la("authorized_keys_yaml", "ansible", "yaml", ["group_vars/jump/users.yml"], r'''---
netops_users:
  - name: «user»
    shell: /bin/bash
    pubkey: "«edpub» «user»@laptop"
  - name: oxidized
    pubkey: "«sshpub» oxidized@«site»-nms"
''')
la("known_hosts", "openssh", "known_hosts", ["ssh/known_hosts", "files/known_hosts"], r'''«ip» «edpub»
«fqdn» «sshpub»
''')
la("firmware_upgrade", "netmiko", "py", ["scripts/ios_upgrade.py", "upgrade/stage_image.py"], r'''import os
from netmiko import ConnectHandler, file_transfer

IMAGE = "cat9k_iosxe.«ver».SPA.bin"
EXPECTED_MD5 = "«md5»"
EXPECTED_SHA512_PREFIX = "«sha256»"

conn = ConnectHandler(device_type="cisco_ios", host="«ip»",
                      username=os.environ["NET_USER"], password=os.environ["NET_PASS"])
file_transfer(conn, source_file=f"images/{IMAGE}", dest_file=IMAGE, direction="put")
out = conn.send_command(f"verify /md5 flash:{IMAGE}", read_timeout=300)
assert EXPECTED_MD5 in out, "checksum mismatch"
''')
la("requirements_hashes", "pip", "txt", ["requirements.txt", "requirements/netauto.txt"], r'''netmiko==4.3.0 \
    --hash=sha256:«sha256»
napalm==4.1.0 \
    --hash=sha256:«sha256b»
paramiko==3.4.0
nornir @ git+https://github.com/nornir-automation/nornir@«gitsha»
''')
la("oxidized_compose", "oxidized", "yaml", ["docker-compose.yml", "oxidized/docker-compose.yaml"], r'''services:
  oxidized:
    image: oxidized/oxidized@sha256:«sha256»
    restart: unless-stopped
    environment:
      CONFIG_RELOAD_INTERVAL: 600
      OXIDIZED_USERNAME_FILE: /run/secrets/oxidized_user
      OXIDIZED_PASSWORD_FILE: /run/secrets/oxidized_password
    volumes:
      - ./config:/home/oxidized/.config/oxidized
    secrets:
      - oxidized_user
      - oxidized_password
secrets:
  oxidized_user:
    file: ./secrets/user.txt
  oxidized_password:
    file: ./secrets/password.txt
''')
la("routerdb_hosts_only", "oxidized", "routerdb", ["router.db", "oxidized/router.db"], r'''«host»:ios
«host2»:nxos
«host3»:eos
«ip»:procurve
''')
la("cloginrc_no_pw", "rancid", "cloginrc", [".cloginrc", "rancid/.cloginrc"], r'''# passwords come from TACACS via ssh keys; nothing stored here
add user        *               rancid
add method      *               ssh
add identity    *               /var/lib/rancid/.ssh/id_ed25519
add autoenable  *.«dom»         1
add cyphertype  *               aes256-ctr
add timeout     «host»*         «timeout»
''')
la("ttl_passwordbox", "teraterm", "ttl", ["macros/login_prompt.ttl", "teraterm/login.ttl"], r'''; ask for the password at runtime
hostname = '«ip»'
username = '«user»'
passwordbox 'Enter password' 'Login'
userpass = inputstr
msg = hostname
strconcat msg ':22 /ssh /auth=password /user='
strconcat msg username
strconcat msg ' /passwd='
strconcat msg userpass
connect msg
''')
la("ttl_getpassword", "teraterm", "ttl", ["macros/saved_login.ttl"], r'''; password stored encrypted by Tera Term in pw.dat
getpassword 'C:\Users\«user»\ttmacro\pw.dat' '«host»' userpass
connect '«ip»:22 /ssh /2 /auth=password /user=«user» /passwd=' userpass
wait '#'
sendln 'show version'
''')
la("securecrt_prompt", "securecrt", "vbs", ["securecrt/scripts/login_prompt.vbs"], r'''# $language = "VBScript"
# $interface = "1.0"
Sub Main
    Dim pw
    pw = crt.Dialog.Prompt("Enable password for «host»:", "Enable", "", True)
    If pw = "" Then Exit Sub
    crt.Screen.Send "enable" & vbCr
    crt.Screen.WaitForString "Password:"
    crt.Screen.Send pw & vbCr
End Sub
''')
la("sshpass_env", "sshpass", "sh", ["scripts/backup_env.sh"], r'''#!/bin/bash
# SSHPASS is injected by the CI job from the secret store
: "${SSHPASS:?SSHPASS must be set}"
for h in «ip» «ip2»; do
  sshpass -e ssh -o StrictHostKeyChecking=accept-new «user»@"$h" "show run" > "out/$h.cfg"
done
sshpass -f /run/secrets/netpw scp out/*.cfg «user»@«ip3»:/archive/
''')
la("plink_key", "putty", "bat", ["scripts/backup_key.bat"], r'''@echo off
REM key-based auth, host key pinned
plink.exe -ssh -batch -i C:\keys\netbackup.ppk -hostkey «fpmd5» «user»@«ip» "show run" > C:\netbackup\«host».txt
''')
la("session_transcript", "log", "log", ["logs/«host»-session.log", "captures/console_«site».txt"], r'''Trying «ip»...
Connected to «ip».
Escape character is '^]'.

User Access Verification

Username: «user»
Password:
«host»>enable
Password:
«host»#show version | i Serial|uptime
«host» uptime is 3 weeks, 2 days, 4 hours, 11 minutes
Processor board ID «serial»
System serial number : «serial»
«host»#exit
Connection closed by foreign host.
''')
la("napalm_facts_json", "napalm", "json", ["facts/«host».json", "output/get_facts_«host».json"], r'''{
  "hostname": "«host»",
  "fqdn": "«fqdn»",
  "vendor": "Cisco",
  "model": "C9300-48P",
  "serial_number": "«serial»",
  "os_version": "«ver»",
  "uptime": 1842311.0,
  "interface_list": ["GigabitEthernet1/0/1", "GigabitEthernet1/0/2", "Vlan«vlan»"],
  "chassis_mac": "«mac»",
  "uuid": "«uuid»"
}
''')
la("textfsm_template", "textfsm", "textfsm", ["templates/cisco_ios_show_snmp_user.textfsm"], r'''Value USER (\S+)
Value ENGINE_ID ([0-9A-Fa-f]+)
Value AUTH_PROTO (\S+)
Value PRIV_PROTO (\S+)
Value GROUP (\S+)

Start
  ^User name:\s+${USER}
  ^Engine ID:\s+${ENGINE_ID}
  ^Authentication Protocol:\s+${AUTH_PROTO}
  ^Privacy Protocol:\s+${PRIV_PROTO}
  ^Group-name:\s+${GROUP} -> Record
''')
la("prompt_regexes", "scrapli", "py", ["netauto/prompts.py", "lib/prompts.py"], r'''import re

# prompt / login patterns shared by the pexpect and scrapli wrappers
PROMPTS = {
    "login": re.compile(r"(?i)(user(name)?|login)\s*:\s*$"),
    "password": re.compile(r"(?i)pass(word|code)?\s*:\s*$"),
    "enable_password": re.compile(r"(?i)^password:\s?$"),
    "priv_exec": re.compile(r"^[\w.\-@/:]{1,63}#\s?$", re.M),
    "user_exec": re.compile(r"^[\w.\-@/:]{1,63}>\s?$", re.M),
    "more": re.compile(r"--\s?[Mm]ore\s?--"),
}
PASSWORD_PROMPT = "assword:"
''')
la("meraki_inventory_ids", "meraki", "csv", ["data/meraki_inventory.csv"], r'''serial,mac,network_id,model,name,org_id
«mserial»,«mac»,«netid»,MS225-48FP,«host»,«orgid»
«mserial2»,«mac2»,«netid»,MR46,«host2»-ap,«orgid»
''')
la("nb_device_export", "netbox", "yaml", ["data/netbox_devices.yml"], r'''- name: «host»
  id: «n»
  url: https://«nbhost»/api/dcim/devices/«n»/
  serial: «serial»
  asset_tag: AT-«orgid»
  custom_fields:
    uuid: «uuid»
    config_sha: «sha1»
  primary_ip4: «ip»/24
- name: «host2»
  serial: «serial2»
  custom_fields:
    uuid: «uuid2»
''')
la("pki_cert_chain", "cisco", "cfg", ["configs/«host»-pki.cfg"], r'''crypto pki trustpoint TP-self-signed-«orgid»
 enrollment selfsigned
 subject-name cn=IOS-Self-Signed-Certificate-«orgid»
 revocation-check none
 rsakeypair TP-self-signed-«orgid»
!
crypto pki certificate chain TP-self-signed-«orgid»
 certificate self-signed 01
«certhex»
  	quit
''')
la("snmpv3_engine", "netmiko", "py", ["scripts/snmpv3_engineid.py"], r'''# SNMPv3 users are created from vault at runtime; only engine IDs live here
ENGINE_IDS = {
    "«host»": "«engid»",
    "«host2»": "«engid2»",
}
AUTH_PROTO = "sha"
PRIV_PROTO = "aes 128"
''')
la("go_ssh_keys", "go", "go", ["internal/sshclient/keys.go"], r'''package sshclient

import (
	"os"

	"golang.org/x/crypto/ssh"
)

const pinnedHostKey = "«edpub»"

func Config(user string) (*ssh.ClientConfig, error) {
	pem, err := os.ReadFile(os.Getenv("NETAUTO_KEY"))
	if err != nil {
		return nil, err
	}
	signer, err := ssh.ParsePrivateKeyWithPassphrase(pem, []byte(os.Getenv("NETAUTO_KEY_PASSPHRASE")))
	if err != nil {
		return nil, err
	}
	hk, _, _, _, _ := ssh.ParseAuthorizedKey([]byte(pinnedHostKey))
	return &ssh.ClientConfig{User: user, Auth: []ssh.AuthMethod{ssh.PublicKeys(signer)},
		HostKeyCallback: ssh.FixedHostKey(hk)}, nil
}
''')
la("ruby_env", "ruby", "rb", ["lib/tasks/backup_env.rb"], r'''require 'net/ssh'

Net::SSH.start('«ip»', ENV.fetch('NET_USER', '«user»'),
               password: ENV.fetch('NET_PASSWORD'),
               verify_host_key: :always,
               known_hosts: Net::SSH::KnownHosts) do |ssh|
  puts ssh.exec!('show version')
end
''')
la("perl_prompt", "perl", "pl", ["scripts/telnet_prompt.pl"], r'''#!/usr/bin/perl
use strict;
use Net::Telnet;
use Term::ReadKey;

print "Password: ";
ReadMode('noecho');
chomp(my $pw = <STDIN>);
ReadMode('restore');
my $t = Net::Telnet->new(Host => '«ip»', Timeout => «timeout»);
$t->login('«user»', $pw);
print $t->cmd('show mac address-table | i «macc»');
''')
la("pyserial_mac", "pyserial", "py", ["console/collect_serials.py"], r'''import serial, re

EXPECTED = {"«host»": ("«serial»", "«macc»")}
s = serial.Serial("«tty»", «baud», timeout=2)
s.write(b"show version | i System serial|MAC\r")
out = s.read(2048).decode(errors="ignore")
serial_no = re.search(r"System serial number\s*:\s*(\S+)", out)
print(serial_no and serial_no.group(1), EXPECTED["«host»"])
''')
la("hosts_list", "custom", "txt", ["inventory/switches.txt", "hosts.txt"], r'''# «site» access layer, one per line
«ip»     «host»
«ip2»    «host2»
«ip3»    «host3»
''')
la("nornir_hosts_nopw", "nornir", "yaml", ["inventory/hosts.yaml"], r'''---
«host»:
  hostname: «ip»
  platform: «napalm»
  data:
    serial: «serial»
    mgmt_mac: «mac»
    netbox_id: «n»
«host2»:
  hostname: «ip2»
  platform: «napalm»
  data:
    serial: «serial2»
''')
la("base64_banner", "ansible", "yaml", ["roles/banner/defaults/main.yml"], r'''---
# MOTD is stored base64-encoded to keep the ^C delimiters intact
banner_motd_b64: "«b64banner»"
banner_checksum_sha256: «sha256»
''')
la("config_diff_hashes", "oxidized", "txt", ["reports/config_changes.txt"], r'''commit «gitsha»
Author: Oxidized <oxidized@«dom»>
Date:   «year»-05-02 03:00:12

    update «host»

diff --git a/«host» b/«host»
index «md5» .. «sha1»
-ntp server «ip3»
+ntp server «ip2»
''')
la("ansible_play_prompt", "ansible", "yaml", ["playbooks/rotate_local_user.yml"], r'''---
- name: Rotate local fallback user
  hosts: ios
  gather_facts: false
  vars_prompt:
    - name: new_password
      prompt: "New local password"
      private: true
      encrypt: sha512_crypt
      confirm: true
  tasks:
    - name: set user
      cisco.ios.ios_user:
        name: «user»
        configured_password: "{{ new_password }}"
        update_password: always
''')
la("expect_no_password_key", "expect", "exp", ["expect/key_login.exp"], r'''#!/usr/bin/expect
# key-based login; fail loudly if the device falls back to password auth
set timeout «timeout»
spawn ssh -o PreferredAuthentications=publickey -i ~/.ssh/id_ed25519 «user»@«ip»
expect {
    "assword:" { puts stderr "unexpected password prompt"; exit 3 }
    -re {[>#]\s*$} { send "show users\r" }
}
expect -re {[>#]\s*$}
send "exit\r"
''')


# --------------------------------------------------------------------------------------------


def write(out, rel, text):
    p = os.path.join(out, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def la_ctx(g):
    c = g.ctx()
    c["vaultind"] = "\n".join("          " + l for l in c["vault"].split("\n"))
    c["mserial2"] = "Q2" + g.rs(2, string.ascii_uppercase + string.digits) + "-" + g.rs(4, string.ascii_uppercase + string.digits) + "-" + g.rs(4, string.ascii_uppercase + string.digits)
    c["mac2"] = ":".join("%02x" % g.r.randint(0, 255) for _ in range(6))
    c["sha256b"] = g.rs(64, HEX)
    c["engid2"] = "800000090300" + g.rs(12, HEX).upper()
    banner = ("Authorized access only - %s %s\nDisconnect IMMEDIATELY if you are not an authorized user!\n" % (c["site"].upper(), c["host"]))
    c["b64banner"] = base64.b64encode(banner.encode()).decode()
    return c


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_nc.py OUTDIR SEED\n")
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    g = G(seed)
    manifest, secrets = [], []
    needles = []

    # positives: every template at least once, then random
    order = list(range(len(T)))
    g.r.shuffle(order)
    while len(order) < 500:
        order.append(g.r.randrange(len(T)))
    for i in range(500):
        t = T[order[i]]
        val, needle = g.secret(t["kind"], t["avoid"])
        if needle is None:
            needle = val
        path, body = render(g, t, val)
        rel = "pos/p%04d/%s" % (i, path)
        lines = body.split("\n")
        ln = next(k for k, l in enumerate(lines, 1) if needle in l)
        assert needle in lines[ln - 1]
        write(out, rel, body)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": t["ftype"], "template": t["name"]})
        secrets.append({"file": rel, "needle": needle, "line": ln})
        needles.append(needle)

    # negatives: 250 template reuse, 250 look-alikes
    reuse = [t for t in T if t["kind"] not in ("rsa", "ec")]
    negs = []
    for i in range(250):
        t = reuse[i % len(reuse)] if i < len(reuse) else g.ch(reuse)
        for _ in range(50):
            v = neg_value(g, t)
            if compatible(v, t):
                break
        else:
            v = "CHANGEME"
        path, body = render(g, t, v)
        negs.append((path, body, t["provider"], t["kind"], t["ftype"], "neg-" + t["name"]))
    for i in range(250):
        t = L[i % len(L)] if i < len(L) else g.ch(L)
        c = la_ctx(g)
        path = fill(g.ch(t["paths"]), c)
        body = fill(t["body"], c)
        negs.append((path, body, t["provider"], "none", t["ftype"], "lookalike-" + t["name"]))
    g.r.shuffle(negs)
    for i, (path, body, prov, kind, ft, name) in enumerate(negs):
        base = os.path.basename(path)
        assert not (base == ".env" or base.startswith(".env.") and base not in (".env.example", ".env.sample"))
        rel = "neg/n%04d/%s" % (i, path)
        write(out, rel, body)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind,
                         "filetype": ft, "template": name})

    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
