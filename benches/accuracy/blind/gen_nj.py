#!/usr/bin/env python3
"""Blind evaluation-set generator "nj": out-of-band management, BMCs and firmware.

EMPHASIS
    Credentials that operators commit while driving baseboard management controllers and
    firmware: IPMI (ipmitool -I lanplus -U/-P, -E with IPMI_PASSWORD, -y Kg, channel setkg,
    FreeIPMI bmc-config / freeipmi.conf / ipmipower, conman ipmiopts, powerman, telegraf,
    prometheus ipmi_exporter, check_ipmi_sensor, Zabbix), Dell iDRAC (racadm -r -u -p,
    racadm set iDRAC.Users.N.Password, iDRAC.IPMILan.EncryptionKey, SCP XML, dellemc.openmanage
    Ansible, OME), Dell client BIOS (cctk --setuppwd / --valsetuppwd, cctk ini, DellSmbios:
    PowerShell provider), HPE (hponcfg RIBCL XML LOGIN/ADD_USER, ilorest login, python-hpilo,
    ~/.ilo.conf, hpilo_* Ansible modules, Connect-HPEiLO, HP BCU REPSET + /nspwd, HP CMSL
    Set-HPBIOSSetupPassword, OneView), Lenovo (OneCLI --bmc, ASU, pylxca, WMI
    Lenovo_SetBiosSetting), Supermicro (SMCIPMITool, SUM), Redfish (curl -u, X-Auth-Token,
    python-redfish, sushy, gofish, community.general.redfish_*, .http files, Postman),
    OpenBMC (/login JSON, bmcweb session tokens), Cisco CIMC (imcsdk, XML API aaaLogin),
    Cisco Intersight (API key id + EC private key), MAAS (power_parameters_power_pass, API
    keys in maas login / python-libmaas / Terraform), Ironic/Bifrost/TripleO instackenv,
    Metal3 BareMetalHost Secrets, OpenShift install-config baremetal hosts, Tinkerbell Rufio,
    Foreman hammer BMC interfaces, Warewulf / xCAT, U-Boot fw_setenv bootstopkey and iSCSI
    bootargs, GRUB plain password, Ansible inventories, Terraform tfvars, CMDB CSV exports,
    runbooks.
    File types: sh, bash, Makefile, py, go, ps1, bat/cmd, yaml (Ansible, k8s, compose),
    json, xml, ini/conf, toml, tf/tfvars, csv, md, .http, .env (<= 1 in 20 positives).

USAGE
    python3 -B gen_nj.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. All randomness from random.Random(SEED).

NEEDLE CONVENTIONS
    Passwords: the password itself (no quotes). IPMI Kg: the 40 hex digits without any "0x".
    Redfish session tokens: the header value only. MAAS API keys: the whole
    consumer:token:secret triple. Intersight secret keys (PEM): the first base64 line of the
    body. Credentials inside URLs / user:pass strings: the password only.

NEGATIVES
    250 re-use the positive templates with the secret slot holding: placeholders (English and
    local-language), empty values, masked values (****, [REDACTED]), environment /
    vault / Ansible / Helm / Terraform references, all-zero Kg keys, and publicly documented
    vendor defaults (calvin, ADMIN, PASSW0RD, 0penBmc, CIMC "password").
    250 are domain look-alikes: ipmitool lan print / fru / sel / mc guid output, bmc-config
    checkout with blank passwords and zero Kg, Redfish JSON (UUID, serials, ETags), firmware
    manifests with SHA-256/MD5, Ansible Vault and SOPS ciphertext, BMC TLS certificates, SSH
    public keys for racadm sshpkauth, fw_printenv dumps, Metal3 hosts referencing Secrets,
    Ironic node show with masked passwords, DCIM CSV exports, HP BCU inventory, MAAS machine
    JSON, SCP exports with masked passwords, Terraform plans with "(sensitive value)",
    Intersight public-key metadata. Password hashes (GRUB pbkdf2, crypt) are deliberately not
    used as negatives. One fixed value appears in a negative template: HPE's documented
    hponcfg dummy LOGIN PASSWORD="boguspassword" (ignored by hponcfg when run locally).

FORMATS CHECKED
    From knowledge of vendor docs/manuals, spot-checked with the search tool's docs/code
    corpora: MAAS CLI power_parameters_power_pass (MAAS docs / gists); conman.conf
    dev="ipmi:HOST" ipmiopts="U:..,P:.." (conman man page); DellSmbios:\\Security\\AdminPassword
    (Dell Command PowerShell Provider help); cctk --setuppwd/--valsetuppwd (Dell Command
    Configure). IPMI Kg = 20 bytes = 40 hex (IPMI v2.0 spec, ipmitool -y). MAAS API key =
    18:18:32 alphanumerics (piston OAuth KEY_SIZE/SECRET_SIZE). Intersight API key id = three
    24-hex ObjectIds joined by "/", v2 secret = EC P-256 "EC PRIVATE KEY" PEM (DER built here
    with the real SEC1 structure: MHcCAQEEI... first line).

DOUBTS
    Redfish session token shapes are vendor-specific and guessed: iDRAC / iLO 32 lowercase
    hex, OpenBMC bmcweb 20 alphanumerics. freeipmi.conf "k_g" key name, conman "K:" Kg option
    and HP BCU REPSET "<utf-16/>" password syntax are from memory. EC key points are random
    bytes (not on the curve); scanners that parse keys deeply may notice.
"""
import base64
import json
import os
import random
import string
import sys

# ----------------------------------------------------------------------------- helpers

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
HEX = "0123456789abcdef"

SYM_DEFAULT = "!#%*-_+.=@^~"
SYM_URL = "-_.~!*"
SYM_XML = "!#%*-_+.=@^~"
SYM_BAT = "-_.#@+=~"
SYM_MAKE = "-_.@+=~!"
SYM_INI = "-_.@+!*~"
SYM_CSV = "-_.@+!#*"
SYM_SAFE = "-_.!@"

WORDS = [
    "granite", "falcon", "harbor", "koala", "zephyr", "ember", "quartz", "nimbus", "tundra",
    "saffron", "orchid", "basalt", "comet", "lantern", "meadow", "vortex", "cobalt", "juniper",
    "sierra", "marlin", "pelican", "glacier", "canyon", "willow", "thunder", "maple", "otter",
    "raven", "cedar", "violet", "bison", "copper", "walrus", "mango", "tango", "bolt",
    "Sonnenblume", "Wolke", "Bergsee", "Tormenta", "Girasol", "Nuage", "Ardilla", "Kastanie",
    "Fuchs", "Lumiere", "Montagne", "Sakura", "Yama", "Tigre", "Estrela", "Kiwi", "Pinguin",
]
SITES = ["fra2", "ams1", "dc3", "nyc4", "sjc1", "lon5", "par3", "tyo2", "muc1", "dub2", "rz4", "bcn1"]
BMC_USERS = ["root", "admin", "Administrator", "ADMIN", "USERID", "svc_bmc", "ops", "ipmiadmin",
             "oob-automation", "bmcuser", "infra", "maas"]


class Expr(str):
    """A non-literal expression (env/vault/template reference) inserted verbatim."""


def qs(v, q='"'):
    if isinstance(v, Expr):
        return str(v)
    return f"{q}{v}{q}"


def rstr(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def leet(w):
    return w.translate(str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"}))


def gen_pw(r, syms=SYM_DEFAULT):
    s = r.randrange(7)
    if s == 0:
        n = r.randint(14, 24)
        while True:
            p = r.choice(LOW + UP) + rstr(r, ALNUM * 3 + syms, n - 1)
            if (any(c in LOW for c in p) and any(c in UP for c in p) and any(c in DIG for c in p)
                    and any(c in syms for c in p)):
                return p
    if s == 1:
        w1 = r.choice(WORDS).capitalize()
        w2 = r.choice(WORDS).capitalize()
        return f"{w1}{r.choice(syms)}{w2}{r.randint(10, 9999)}"
    if s == 2:
        cons, vow = "bcdfghjkmnpqrstvwxz", "aeiou"
        parts = []
        for _ in range(r.randint(6, 8)):
            c = r.choice(cons)
            parts.append(c.upper() if r.random() < 0.3 else c)
            parts.append(r.choice(vow))
        p = "".join(parts)
        i = r.randrange(2, len(p))
        return p[:i] + str(r.randint(1, 99)) + p[i:]
    if s == 3:
        while True:
            p = rstr(r, ALNUM, r.randint(18, 32))
            if any(c in DIG for c in p) and any(c in UP for c in p) and p[0].isalpha():
                return p
    if s == 4:
        w = leet(r.choice(WORDS).capitalize())
        return f"{w}{r.choice(syms)}{r.choice(SITES).upper()}{r.choice(syms)}{r.randint(1, 99)}"
    if s == 5:
        return f"{r.choice(SITES)}{r.choice(syms)}{r.choice(WORDS).capitalize()}{r.randint(10, 999)}{r.choice(syms)}"
    # s == 6: keepass style
    groups = [rstr(r, ALNUM, 4) for _ in range(r.randint(3, 4))]
    return r.choice("-_.").join(groups) + r.choice(syms) + str(r.randint(0, 9))


def gen_hex(r, n, upper=False):
    h = rstr(r, HEX, n)
    return h.upper() if upper else h


def gen_kg(r, upper=False):
    while True:
        k = gen_hex(r, 40, upper)
        if len(set(k)) > 6:
            return k


def gen_maas_key(r):
    return f"{rstr(r, ALNUM, 18)}:{rstr(r, ALNUM, 18)}:{rstr(r, ALNUM, 32)}"


def gen_ec_pem(r):
    priv = bytes(r.randrange(256) for _ in range(32))
    pub = b"\x04" + bytes(r.randrange(256) for _ in range(64))
    der = (b"\x30\x77\x02\x01\x01\x04\x20" + priv +
           b"\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07" +
           b"\xa1\x44\x03\x42\x00" + pub)
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    pem = "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END EC PRIVATE KEY-----"
    return pem, lines[0]


def ip(r, pre=None):
    pre = pre or r.choice(["10.10", "10.20", "172.16", "192.168", "10.250", "10.0"])
    return f"{pre}.{r.randint(0, 254)}.{r.randint(2, 250)}"


def mac(r, sep=":", upper=False):
    m = sep.join(f"{r.randrange(256):02x}" for _ in range(6))
    return m.upper() if upper else m


def uuid(r, upper=False):
    h = gen_hex(r, 32)
    u = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"
    return u.upper() if upper else u


def svctag(r):
    return rstr(r, "BCDFGHJKLMNPQRSTVWXYZ0123456789", 7)


def serial(r):
    return r.choice([
        lambda: "CZ" + rstr(r, DIG, 4) + rstr(r, UP + DIG, 4),
        lambda: "ZM" + rstr(r, DIG, 2) + rstr(r, UP, 2) + rstr(r, DIG, 6),
        lambda: "J" + rstr(r, UP + DIG, 7),
        lambda: "CN" + rstr(r, DIG, 7) + rstr(r, UP + DIG, 5),
        lambda: "WZP" + rstr(r, DIG, 5) + rstr(r, UP, 3),
    ])()


def hostname(r):
    return r.choice(["r640", "r750", "dl380", "dl360", "sr650", "sr630", "sys-2029", "x11dpi",
                     "c240", "node", "compute", "stor", "gpu", "kvm", "esx", "ceph", "hpc"]) + \
        f"-{r.choice(SITES)}-{r.randint(1, 48):02d}"


def bmc_host(r):
    h = hostname(r)
    return r.choice([ip(r), f"{h}-bmc.{r.choice(['oob', 'mgmt', 'ipmi'])}.{r.choice(['corp.example.net', 'lab.internal', 'dc.example.org'])}", f"idrac-{svctag(r).lower()}.mgmt.lan"])


def comment_lines(r, c="#", n=None):
    pool = [
        "managed by infra team, ping #dc-ops before changing",
        "TODO: move to vault",
        "last updated during rack refresh",
        "do not run against production without a change ticket",
        "tested with firmware 5.10 / 2.81",
        "Achtung: nur im Wartungsfenster ausfuehren",
        "ne pas lancer en prod sans ticket",
        "works for R640/R740, not the old R620s",
        "see wiki: OOB network runbook",
        "BMC VLAN 3999, jump via oob-bastion",
        "ref INC-%d" % r.randint(10000, 99999),
        "copied from the old ansible repo",
    ]
    n = r.randint(0, 3) if n is None else n
    return [f"{c} {x}" for x in r.sample(pool, n)]


def join(lines):
    return "\n".join(lines).rstrip("\n") + "\n"


# ----------------------------------------------------------------------------- value kinds

PW_PLACEHOLDERS = [
    "<bmc-password>", "YOUR_IDRAC_PASSWORD", "changeme", "CHANGEME", "xxxxxxxx", "<password>",
    "REPLACE_ME", "your-password-here", "PUT_PASSWORD_HERE", "<passwort>", "<mot-de-passe>",
    "<contrasena>", "<senha>", "TODO", "<ILO_PASSWORD>", "<bios-admin-pw>", "example-password",
    "XXXXXXXXXXXX", "<set-me>", "__BMC_PASSWORD__", "@@BMC_PASSWORD@@",
]
MASKED = ["********", "[REDACTED]", "***", "<redacted>", "**********", "******", "(hidden)", "REDACTED"]
KG_PLACEHOLDERS = ["0" * 40, "0" * 40, "<40-hex-kg-key>", "X" * 40, "<kg-key>", "0000000000000000000000000000000000000000"]
TOKEN_PLACEHOLDERS = ["<x-auth-token>", "<session-token>", "TOKEN", "REDACTED", "<token from POST /redfish/v1/SessionService/Sessions>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]
MAAS_PLACEHOLDERS = ["<maas-api-key>", "<consumer_key>:<token_key>:<token_secret>", "YOUR_MAAS_API_KEY", "xxxxx:yyyyy:zzzzz"]
PEM_PLACEHOLDERS = ["<paste SecretKey.txt contents here>", "-----BEGIN EC PRIVATE KEY-----\n...\n-----END EC PRIVATE KEY-----", "REPLACE_WITH_INTERSIGHT_SECRET_KEY"]

REFS = {
    "sh": ['"${IPMI_PASSWORD}"', '"$BMC_PASS"', '"$(cat /etc/bmc/.pass)"',
           '"$(vault kv get -field=password secret/oob/${HOST})"', '"$(pass show infra/idrac/root)"',
           '"${BMC_PASSWORD:?set BMC_PASSWORD}"', '"$(op read op://Infra/idrac/password)"'],
    "ansible": ['"{{ vault_bmc_password }}"', "\"{{ lookup('env', 'IDRAC_PASSWORD') }}\"",
                "\"{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/oob:password') }}\"",
                '"{{ idrac_password }}"', '"{{ hostvars[inventory_hostname].bmc_pass }}"'],
    "k8s": ['"${BMC_PASSWORD}"', '"<path:kv/data/oob/bmc#password>"', '"{{ .Values.bmc.password }}"'],
    "py": ['os.environ["BMC_PASSWORD"]', 'os.getenv("IDRAC_PASSWORD")', 'keyring.get_password("bmc", user)',
           'getpass.getpass("BMC password: ")', 'settings.BMC_PASSWORD', 'args.password'],
    "ps1": ['$env:BIOS_PASSWORD', '(Get-Secret -Name BiosAdmin -AsPlainText)',
            '$Credential.GetNetworkCredential().Password', '$BiosPw'],
    "go": ['os.Getenv("BMC_PASSWORD")', 'cfg.BMC.Password'],
    "tf": ['var.idrac_password', 'data.vault_generic_secret.bmc.data["password"]', 'var.bmc_password'],
    "bat": ['%BIOS_PW%', '%1'],
    "plain": ["${BMC_PASSWORD}", "{{ bmc_password }}", "%(bmc_password)s", "ENV[BMC_PASSWORD]"],
}

DEFAULTS = {
    "dell": ["calvin"], "supermicro": ["ADMIN"], "lenovo": ["PASSW0RD"], "openbmc": ["0penBmc"],
    "cisco": ["password"], "ipmi": ["ADMIN", "calvin", "PASSW0RD"], "hpe": [],
}

# ----------------------------------------------------------------------------- templates

TEMPLATES = []


def T(kind, provider, filetype, fam="plain", syms=SYM_DEFAULT, vendor="ipmi", tokfmt=None, kgup=False):
    def deco(fn):
        TEMPLATES.append(dict(name=fn.__name__, kind=kind, provider=provider, filetype=filetype,
                              fam=fam, syms=syms, vendor=vendor, fn=fn, tokfmt=tokfmt, kgup=kgup))
        return fn
    return deco


# ---------------- IPMI

@T("bmc_password", "ipmi", "shell", fam="sh")
def t_ipmitool_cycle(r, v):
    u = r.choice(BMC_USERS)
    hosts = [bmc_host(r) for _ in range(r.randint(1, 5))]
    q = r.choice(["'", '"'])
    L = ["#!/usr/bin/env bash", "# power-cycle hung nodes via BMC"] + comment_lines(r) + [
        "set -euo pipefail", "",
        f"BMC_USER={u}",
        f"BMC_PASS={qs(v, q)}",
        "HOSTS=(" + " ".join(hosts) + ")", "",
        'for h in "${HOSTS[@]}"; do',
        '  echo "== $h"',
        '  ipmitool -I lanplus -H "$h" -U "$BMC_USER" -P "$BMC_PASS" chassis power status',
        f'  ipmitool -I lanplus -H "$h" -U "$BMC_USER" -P "$BMC_PASS" chassis power {r.choice(["cycle", "reset", "on"])}',
        "  sleep 2", "done"]
    return f"scripts/{r.choice(['power_cycle', 'bmc-power', 'reboot-hung-nodes', 'ipmi_cycle'])}.sh", join(L)


@T("bmc_password", "ipmi", "shell", fam="sh")
def t_ipmitool_inline(r, v):
    h = bmc_host(r)
    u = r.choice(BMC_USERS)
    cmd = r.choice(["sol activate", "sel list", "sdr type Temperature", "chassis bootdev pxe", "lan print 1", "mc reset cold", "fru print"])
    L = ["#!/bin/sh"] + comment_lines(r) + [
        f"# {r.choice(['console for', 'debug', 'quick check on'])} {hostname(r)}",
        f"ipmitool -I lanplus -H {h} -U {u} -P {qs(v, r.choice(['', chr(39)]))} {cmd}"]
    return f"{r.choice(['bin', 'tools', 'oob'])}/{r.choice(['sol', 'console', 'sel', 'ipmi'])}-{r.randint(1, 9)}.sh", join(L)


@T("bmc_password", "ipmi", "shell", fam="sh")
def t_ipmitool_env(r, v):
    u = r.choice(BMC_USERS)
    L = ["#!/bin/bash", "# -E makes ipmitool read the password from IPMI_PASSWORD"] + comment_lines(r) + [
        f"export IPMI_PASSWORD={qs(v, chr(39))}",
        f'BMC="${{1:-{bmc_host(r)}}}"',
        f'ipmitool -I lanplus -H "$BMC" -U {u} -E -L ADMINISTRATOR sensor list | grep -i {r.choice(["fan", "temp", "psu"])}',
        f'ipmitool -I lanplus -H "$BMC" -U {u} -E chassis status']
    return f"scripts/{r.choice(['sensors', 'health', 'check_bmc'])}.sh", join(L)


@T("bmc_password", "ipmi", "makefile", syms=SYM_MAKE)
def t_makefile(r, v):
    L = [f"BMC_HOST ?= {bmc_host(r)}", f"BMC_USER ?= {r.choice(BMC_USERS)}", f"BMC_PASS ?= {v}",
         "IPMI = ipmitool -I lanplus -H $(BMC_HOST) -U $(BMC_USER) -P $(BMC_PASS)", "",
         ".PHONY: console power-on power-off pxe", "",
         "console:", "\t$(IPMI) sol activate", "", "power-on:", "\t$(IPMI) chassis power on", "",
         "power-off:", "\t$(IPMI) chassis power soft", "", "pxe:", "\t$(IPMI) chassis bootdev pxe options=efiboot"]
    if r.random() < 0.5:
        L = ["# lab board bring-up helpers"] + L
    return r.choice(["Makefile", "lab/Makefile", "hw/bringup/Makefile"]), join(L)


@T("ipmi_kg", "ipmi", "shell", fam="sh")
def t_ipmitool_kg(r, v):
    h = bmc_host(r)
    L = ["#!/usr/bin/env bash"] + comment_lines(r) + [
        "# BMCs have a Kg (BMC key) set, ipmitool needs it via -y",
        f"KG={qs(v, r.choice(['', chr(34)]))}",
        f'ipmitool -I lanplus -H {h} -U {r.choice(BMC_USERS)} -f /root/.ipmi_pw -y "$KG" chassis power status']
    return f"scripts/{r.choice(['kg_power', 'power-status', 'oob_status'])}.sh", join(L)


@T("ipmi_kg", "ipmi", "shell", fam="sh", kgup=True)
def t_setkg(r, v):
    ch = r.choice([1, 1, 2, 8])
    L = ["#!/bin/bash", "# provisioning step: set BMC key (Kg) so lanplus sessions need it"] + comment_lines(r) + [
        "modprobe ipmi_devintf || true",
        f"ipmitool lan set {ch} auth ADMIN MD5,PASSWORD",
        f"ipmitool channel setkg hex {v} {ch}",
        f"ipmitool lan print {ch} | grep -i -e cipher -e auth"]
    return f"provision/{r.choice(['10-ipmi-kg.sh', 'set_kg.sh', 'bmc_harden.sh'])}", join(L)


@T("ipmi_kg", "ipmi", "conf")
def t_bmcconfig_kg(r, v):
    L = ["#", "# bmc-config --commit -f this-file", "#", "Section Lan_Conf_Security_Keys",
         "\t## Give string or blank to clear. Max 20 chars", "\tK_R",
         "\t## Give string or blank to clear. Max 20 bytes, prefix with 0x to enter hex",
         f"\tK_g                                           0x{v}", "EndSection",
         "Section Lan_Conf_Auth", "\tAdmin_Enable_Auth_Type_MD5                    Yes",
         "\tAdmin_Enable_Auth_Type_Straight_Password     No", "EndSection"]
    return r.choice(["freeipmi/bmc-config.conf", "conf/bmc-security.conf", "files/bmc-config-kg.txt"]), join(L)


@T("ipmi_kg", "ipmi", "conf")
def t_freeipmi_conf_kg(r, v):
    L = ["# /etc/freeipmi/freeipmi.conf", f"driver-type LAN_2_0", f"username {r.choice(BMC_USERS)}",
         "password-file /etc/freeipmi/.pw", f"k_g 0x{v}", "privilege-level ADMIN",
         "workaround-flags authcap"]
    return r.choice(["etc/freeipmi/freeipmi.conf", "roles/freeipmi/files/freeipmi.conf"]), join(L)


@T("bmc_password", "ipmi", "conf", syms=SYM_SAFE)
def t_freeipmi_conf(r, v):
    L = comment_lines(r) + ["# /etc/freeipmi/freeipmi.conf", "driver-type LAN_2_0",
                            f"username {r.choice(BMC_USERS)}", f"password {v}", "privilege-level OPERATOR",
                            "session-timeout 20000"]
    return r.choice(["etc/freeipmi/freeipmi.conf", "roles/freeipmi/templates/freeipmi.conf"]), join(L)


@T("bmc_password", "ipmi", "conf", syms=SYM_SAFE)
def t_conman(r, v):
    u = r.choice(BMC_USERS)
    L = ['SERVER keepalive=ON', 'SERVER logdir="/var/log/conman"', 'SERVER timestamp=1h',
         'GLOBAL seropts="115200,8n1"', 'GLOBAL log="console.%N"', 'GLOBAL logopts="sanitize,timestamp"', ""]
    n = r.randint(2, 8)
    for i in range(n):
        L.append(f'console name="{hostname(r)}" dev="ipmi:{ip(r)}" ipmiopts="U:{u},P:{v},W:solpayloadsize"')
    return r.choice(["etc/conman.conf", "roles/conman/files/conman.conf"]), join(L)


@T("ipmi_kg", "ipmi", "conf")
def t_conman_kg(r, v):
    u = r.choice(BMC_USERS)
    L = ['SERVER keepalive=ON', 'SERVER logdir="/var/log/conman"', 'GLOBAL seropts="115200,8n1"',
         f'GLOBAL ipmiopts="U:{u},K:0x{v}"', ""]
    for i in range(r.randint(2, 6)):
        L.append(f'console name="{hostname(r)}" dev="ipmi:{ip(r)}"')
    return "etc/conman.conf", join(L)


@T("bmc_password", "ipmi", "conf", syms=SYM_SAFE)
def t_powerman(r, v):
    L = ['include "/etc/powerman/ipmipower.dev"', "",
         f'device "ipmi0" "ipmipower" "/usr/sbin/ipmipower -D LAN_2_0 -u {r.choice(BMC_USERS)} -p {v} -h pnode[1-{r.randint(8, 64)}] -I 17 -W opensesspriv |&"',
         f'node "node[1-{r.randint(8, 64)}]" "ipmi0" "pnode[1-{r.randint(8, 64)}]"']
    return r.choice(["etc/powerman/powerman.conf", "cluster/powerman.conf"]), join(comment_lines(r) + L)


@T("bmc_password", "ipmi", "python", fam="py")
def t_pyghmi(r, v):
    L = ["import sys", "", "from pyghmi.ipmi import command", ""] + [
        f"BMC = {qs(bmc_host(r))}", f"USER = {qs(r.choice(BMC_USERS))}", f"PASSWORD = {qs(v, r.choice([chr(34), chr(39)]))}", "",
        "def main():", "    ipmicmd = command.Command(bmc=BMC, userid=USER, password=PASSWORD)",
        "    print(ipmicmd.get_power())",
        f"    if len(sys.argv) > 1 and sys.argv[1] == 'cycle':",
        "        ipmicmd.set_power('boot', wait=True)", "", "", "if __name__ == '__main__':", "    main()"]
    return f"tools/{r.choice(['bmc_power', 'ipmi_ctl', 'powerctl'])}.py", join(L)


@T("bmc_password", "ipmi", "python", fam="py")
def t_py_subprocess(r, v):
    L = ["import subprocess", "", "", "def ipmi(host, *args):",
         "    cmd = [\"ipmitool\", \"-I\", \"lanplus\", \"-H\", host,",
         f"           \"-U\", \"{r.choice(BMC_USERS)}\", \"-P\", {qs(v)}] + list(args)",
         "    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout", "", "",
         "def set_pxe(host):", "    ipmi(host, \"chassis\", \"bootdev\", \"pxe\")", "    ipmi(host, \"chassis\", \"power\", \"reset\")"]
    return f"{r.choice(['provisioner', 'lib', 'oob'])}/ipmi.py", join(L)


@T("bmc_password", "ipmi", "go", fam="go")
def t_go_exec(r, v):
    L = ["package oob", "", "import (", '\t"os/exec"', ")", "",
         f"const bmcUser = \"{r.choice(BMC_USERS)}\"", "",
         "func PowerCycle(host string) ([]byte, error) {",
         f"\tcmd := exec.Command(\"ipmitool\", \"-I\", \"lanplus\", \"-H\", host, \"-U\", bmcUser, \"-P\", {qs(v)}, \"chassis\", \"power\", \"cycle\")",
         "\treturn cmd.CombinedOutput()", "}"]
    return f"internal/oob/{r.choice(['ipmi', 'power'])}.go", join(L)


@T("bmc_password", "ipmi", "yaml", fam="ansible")
def t_ipmi_exporter(r, v):
    L = ["modules:", "  default:", f"    user: \"{r.choice(BMC_USERS)}\"", f"    pass: {qs(v)}",
         "    driver: \"LAN_2_0\"", "    privilege: \"user\"", "    timeout: 10000",
         "    collectors:", "    - bmc", "    - ipmi", "    - chassis", "    - dcmi", "    - sel"]
    return r.choice(["monitoring/ipmi_exporter.yml", "ipmi-exporter/config.yml"]), join(comment_lines(r) + L)


@T("bmc_password", "ipmi", "conf", syms=SYM_SAFE)
def t_check_ipmi(r, v):
    L = ["define command {", "    command_name    check_ipmi_sensor",
         f"    command_line    $USER1$/check_ipmi_sensor -H $HOSTADDRESS$ -U {r.choice(BMC_USERS)} -P {v} -L USER --nosel",
         "}", "", "define service {", "    use                 generic-service", "    hostgroup_name      bmc",
         "    service_description IPMI Sensors", "    check_command       check_ipmi_sensor", "}"]
    return r.choice(["nagios/objects/ipmi.cfg", "icinga/conf.d/ipmi.cfg"]), join(L)


@T("bmc_password", "ipmi", "toml", syms=SYM_URL, vendor="lenovo")
def t_telegraf(r, v):
    u = r.choice(BMC_USERS)
    srv = ", ".join(f'"{u}:{v}@lan({ip(r)})"' for _ in range(1)) if r.random() < 0.5 else f'"{u}:{v}@lanplus({ip(r)})"'
    L = ["[[inputs.ipmi_sensor]]", '  path = "/usr/bin/ipmitool"', "  privilege = \"USER\"",
         f"  servers = [{srv}]", '  interval = "60s"', '  timeout = "20s"', '  metric_version = 2']
    return r.choice(["telegraf/telegraf.d/ipmi.conf", "etc/telegraf/ipmi.toml"]), join(["# IPMI sensors for the OOB dashboards"] + L)


@T("bmc_password", "ipmi", "yaml", fam="ansible")
def t_zabbix_export(r, v):
    hn = hostname(r)
    L = ["zabbix_export:", "  version: '6.0'", "  hosts:", f"    - host: {hn}",
         f"      name: {hn}", "      ipmi_authtype: MD5", "      ipmi_privilege: OPERATOR",
         f"      ipmi_username: {r.choice(BMC_USERS)}", f"      ipmi_password: {qs(v, r.choice(['', chr(39)]))}",
         "      interfaces:", "        - type: IPMI", f"          ip: {ip(r)}", "          port: '623'",
         "          interface_ref: if1"]
    return r.choice(["zabbix/hosts/bmc-hosts.yaml", "monitoring/zabbix_hosts.yml"]), join(L)


@T("bmc_password", "ipmi", "yaml", fam="ansible")
def t_ansible_ipmi_power(r, v):
    L = ["---", "- name: PXE boot the new nodes", "  hosts: new_nodes", "  gather_facts: false",
         "  tasks:", "    - name: Set boot device", "      community.general.ipmi_boot:",
         "        name: \"{{ bmc_address }}\"", f"        user: {r.choice(BMC_USERS)}",
         f"        password: {qs(v, r.choice(['', chr(34)]))}", "        bootdev: network", "        persistent: false",
         "      delegate_to: localhost", "    - name: Power cycle", "      community.general.ipmi_power:",
         "        name: \"{{ bmc_address }}\"", f"        user: {r.choice(BMC_USERS)}",
         "        password: \"{{ bmc_password }}\"" if False else "        password: \"{{ ipmi_pw }}\"",
         "        state: boot", "      delegate_to: localhost"]
    return r.choice(["playbooks/pxe_boot.yml", "ansible/reimage.yml"]), join(L)


# ---------------- Dell iDRAC

@T("bmc_password", "dell_idrac", "shell", fam="sh", vendor="dell")
def t_racadm_remote(r, v):
    h = bmc_host(r)
    L = ["#!/bin/bash"] + comment_lines(r) + [
        f"IDRAC={h}",
        f"racadm -r $IDRAC -u root -p {qs(v, r.choice(['', chr(39), chr(34)]))} --nocertwarn getsysinfo",
        f"racadm -r $IDRAC -u root -p {qs(v, chr(39))} --nocertwarn jobqueue view"
        if r.random() < 0.3 else "# racadm -r $IDRAC ... jobqueue view"]
    return f"dell/{r.choice(['sysinfo', 'collect', 'inventory'])}.sh", join(L)


@T("bmc_password", "dell_idrac", "shell", fam="sh", vendor="dell")
def t_racadm_setpw(r, v):
    idx = r.choice([2, 2, 3, 4])
    L = ["#!/bin/sh", "# first-boot hardening of the iDRAC (run on the host, local racadm)"] + comment_lines(r) + [
        f"racadm set iDRAC.Users.{idx}.UserName {r.choice(['root', 'opsadmin', 'bmcadmin'])}",
        f"racadm set iDRAC.Users.{idx}.Password {qs(v, r.choice(['', chr(39)]))}",
        f"racadm set iDRAC.Users.{idx}.Privilege 0x1ff", f"racadm set iDRAC.Users.{idx}.Enable 1",
        "racadm set iDRAC.IPMILan.Enable 0"]
    return r.choice(["dell/idrac_firstboot.sh", "kickstart/post/idrac.sh", "scripts/harden-idrac.sh"]), join(L)


@T("bmc_password", "dell_idrac", "shell", fam="sh", vendor="dell")
def t_racadm_legacy(r, v):
    L = ["#!/bin/bash", "# old iDRAC7 boxes only understand the legacy syntax"] + [
        f"for h in {' '.join(ip(r) for _ in range(r.randint(1, 4)))}; do",
        f"  racadm -r $h -u root -p \"$CUR\" config -g cfgUserAdmin -o cfgUserAdminPassword -i 2 {qs(v, chr(39))}",
        "done"]
    L.insert(1, 'CUR="${IDRAC_CUR_PW}"')
    return "dell/legacy_pwchange.sh", join(L)


@T("ipmi_kg", "dell_idrac", "shell", fam="sh", vendor="dell", kgup=True)
def t_racadm_kg(r, v):
    L = ["#!/bin/bash"] + comment_lines(r) + [
        "racadm set iDRAC.IPMILan.Enable 1",
        f"racadm set iDRAC.IPMILan.EncryptionKey {v}",
        "racadm set iDRAC.IPMILan.PrivLimit 3"]
    return r.choice(["dell/ipmi_lan.sh", "roles/idrac/files/ipmi.sh"]), join(L)


@T("bmc_password", "dell_idrac", "xml", syms=SYM_XML, vendor="dell")
def t_scp_xml(r, v):
    st = svctag(r)
    L = [f'<SystemConfiguration Model="PowerEdge {r.choice(["R640", "R740", "R650", "R750"])}" ServiceTag="{st}" TimeStamp="Tue Mar  5 10:12:44 2024">',
         '  <Component FQDD="iDRAC.Embedded.1">', '    <Attribute Name="Users.3#Enable">Enabled</Attribute>',
         f'    <Attribute Name="Users.3#UserName">{r.choice(["automation", "opsadmin", "svc_ome"])}</Attribute>',
         f'    <Attribute Name="Users.3#Password">{v}</Attribute>', '    <Attribute Name="Users.3#Privilege">511</Attribute>',
         '    <Attribute Name="IPMILan.1#Enable">Disabled</Attribute>', '  </Component>',
         '  <Component FQDD="BIOS.Setup.1-1">', '    <Attribute Name="BootMode">Uefi</Attribute>', '  </Component>',
         '</SystemConfiguration>']
    return r.choice(["scp/base-profile.xml", "dell/scp/r640-golden.xml", "profiles/idrac_users.xml"]), join(L)


@T("bmc_password", "dell_idrac", "yaml", fam="ansible", vendor="dell")
def t_idrac_user(r, v):
    L = ["---", "- name: Create automation account on iDRAC", "  hosts: idrac", "  connection: local",
         "  gather_facts: false", "  tasks:", "    - name: Configure user",
         "      dellemc.openmanage.idrac_user:", '        idrac_ip: "{{ idrac_ip }}"',
         '        idrac_user: "{{ idrac_user }}"', '        idrac_password: "{{ idrac_password }}"',
         "        validate_certs: false", "        state: present",
         f"        user_name: {r.choice(['automation', 'svc_ansible', 'monitor'])}",
         f"        user_password: {qs(v, r.choice(['', chr(34), chr(39)]))}",
         "        privilege: Administrator", "        ipmi_lan_privilege: No Access"]
    return r.choice(["playbooks/idrac_users.yml", "ansible/roles/idrac/tasks/users.yml"]), join(L)


@T("bmc_password", "dell_idrac", "yaml", fam="ansible", vendor="dell")
def t_idrac_fw(r, v):
    L = ["- hosts: localhost", "  gather_facts: no", "  vars:", f"    idrac_ip: {ip(r)}", "    idrac_user: root",
         f"    idrac_password: {qs(v, r.choice(['', chr(34)]))}", "  tasks:",
         "  - name: Update firmware from catalog", "    dellemc.openmanage.idrac_firmware:",
         "      idrac_ip: \"{{ idrac_ip }}\"", "      idrac_user: \"{{ idrac_user }}\"",
         "      idrac_password: \"{{ idrac_password }}\"", "      validate_certs: false",
         "      share_name: \"https://downloads.dell.com\"", "      reboot: true", "      job_wait: true",
         "      apply_update: true"]
    return r.choice(["fw_update.yml", "playbooks/firmware.yml"]), join(L)


@T("bmc_password", "dell_idrac", "python", fam="py", vendor="dell")
def t_py_requests_idrac(r, v):
    h = bmc_host(r)
    L = ["import requests", "import urllib3", "", "urllib3.disable_warnings()", "",
         f"IDRAC = \"https://{h}\"", f"AUTH = (\"root\", {qs(v)})", "", "",
         "def get_system():", "    resp = requests.get(f\"{IDRAC}/redfish/v1/Systems/System.Embedded.1\", auth=AUTH, verify=False)",
         "    resp.raise_for_status()", "    return resp.json()", "", "",
         "if __name__ == \"__main__\":", "    s = get_system()", "    print(s[\"Model\"], s[\"SKU\"], s[\"PowerState\"])"]
    return f"scripts/{r.choice(['idrac_info', 'redfish_check', 'get_system'])}.py", join(L)


@T("bmc_password", "redfish", "markdown", syms=SYM_URL, vendor="dell")
def t_md_curl(r, v):
    h = bmc_host(r)
    u = r.choice(["root", "admin", "Administrator"])
    L = [f"# {r.choice(['Redfish cheat sheet', 'BMC quick reference', 'OOB notes'])}", "",
         "Lab BMCs, same account everywhere:", "", "```bash",
         f"curl -sk -u {u}:{v} https://{h}/redfish/v1/Systems | jq .",
         f"curl -sk -u {u}:{v} -X POST https://{h}/redfish/v1/Systems/1/Actions/ComputerSystem.Reset \\",
         "     -H 'Content-Type: application/json' -d '{\"ResetType\": \"ForceRestart\"}'", "```", "",
         "Firmware inventory lives under `/redfish/v1/UpdateService/FirmwareInventory`."]
    if r.random() < 0.5:
        L = L[:2] + ["Ask in #dc-ops if a BMC is unreachable.", ""] + L[2:]
    return r.choice(["docs/redfish.md", "README.md", "docs/oob/cheatsheet.md"]), join(L)


@T("redfish_token", "dell_idrac", "shell", fam="sh", vendor="dell", tokfmt="hex32")
def t_curl_token(r, v):
    h = bmc_host(r)
    L = ["#!/bin/bash", "# session token from POST /redfish/v1/SessionService/Sessions (valid 30 min)"] + comment_lines(r) + [
        f"TOKEN={qs(v, r.choice(['', chr(34)]))}",
        f"curl -sk -H \"X-Auth-Token: $TOKEN\" https://{h}/redfish/v1/Managers/iDRAC.Embedded.1/Jobs | jq '.Members'"]
    if r.random() < 0.5:
        L = L[:-2] + [f"curl -sk -H \"X-Auth-Token: {v}\" https://{h}/redfish/v1/Systems/System.Embedded.1"]
    return r.choice(["scripts/jobs.sh", "debug/redfish_jobs.sh"]), join(L)


@T("bmc_password", "dell_idrac", "terraform", fam="tf", vendor="dell")
def t_tf_redfish(r, v):
    L = ["terraform {", "  required_providers {", "    redfish = {", '      source  = "dell/redfish"',
         '      version = "~> 1.2"', "    }", "  }", "}", "", "provider \"redfish\" {", '  user         = "root"',
         f"  password     = {qs(v)}", "  ssl_insecure = true", "}", "",
         'resource "redfish_power" "system_power" {', "  redfish_server {",
         f'    endpoint = "https://{ip(r)}"', "  }", '  desired_power_action = "ForceRestart"', "}"]
    return r.choice(["terraform/idrac/main.tf", "infra/bmc/main.tf"]), join(L)


@T("bmc_password", "dell_ome", "yaml", fam="ansible", vendor="dell")
def t_ome(r, v):
    L = ["---", "- name: OME inventory refresh", "  hosts: localhost", "  gather_facts: false", "  vars:",
         f"    ome_host: {r.choice(['ome.mgmt.lan', ip(r)])}", "    ome_user: admin",
         f"    ome_pass: {qs(v, r.choice(['', chr(39)]))}", "  tasks:", "    - dellemc.openmanage.ome_device_info:",
         '        hostname: "{{ ome_host }}"', '        username: "{{ ome_user }}"', '        password: "{{ ome_pass }}"',
         "        validate_certs: false", "      register: devices"]
    return "playbooks/ome_inventory.yml", join(L)


# ---------------- BIOS passwords (client fleets)

@T("bios_password", "dell_cctk", "batch", fam="bat", syms=SYM_BAT, vendor="dell")
def t_cctk_setup(r, v):
    L = ["@echo off", "REM Set BIOS admin password on new Latitude/OptiPlex", "cd /d \"C:\\Program Files (x86)\\Dell\\Command Configure\\X86_64\"",
         f"cctk.exe --setuppwd={v}", "if %errorlevel%==0 (echo BIOS password set) else (echo cctk failed %errorlevel%)",
         "cctk.exe --secureboot=Enabled --valsetuppwd=%BIOSPW_CURRENT%" if r.random() < 0.4 else "cctk.exe --asset=%COMPUTERNAME%"]
    return r.choice(["deploy/bios/SetBiosPassword.cmd", "sccm/dell/set_bios_pw.bat", "Scripts/DellBIOS.cmd"]), join(L)


@T("bios_password", "dell_cctk", "shell", fam="sh", vendor="dell")
def t_cctk_val(r, v):
    L = ["#!/bin/bash", "# Dell Command | Configure for Linux"] + comment_lines(r) + [
        "CCTK=/opt/dell/dcc/cctk",
        f"$CCTK --valsetuppwd={qs(v, chr(39))} --wakeonlan=LanOnly --acpower=On --embsataraid=Ahci"]
    return r.choice(["provision/dell_bios.sh", "roles/dell_bios/files/apply.sh"]), join(L)


@T("bios_password", "dell_cctk", "ini", syms=SYM_INI, vendor="dell")
def t_cctk_ini(r, v):
    L = ["[cctk]", f"asset={r.choice(['FIN', 'HR', 'ENG'])}-{r.randint(1000, 9999)}", "bootorder=+uefi",
         "secureboot=enable", "tpm=on", "tpmactivation=activate", f"setuppwd={v}", "wakeonlan=enable", "usbports=enable"]
    return r.choice(["bios/dell/multiplatform.ini", "Dell/CCTK/config.ini"]), join(L)


@T("bios_password", "dell_cctk", "powershell", fam="ps1", vendor="dell")
def t_dellsmbios(r, v):
    L = ["#Requires -Modules DellBIOSProvider", "Import-Module DellBIOSProvider", "",
         f"$AdminPwd = {qs(v, r.choice([chr(34), chr(39)]))}",
         "If ((Get-Item -Path DellSmbios:\\Security\\IsAdminPasswordSet).CurrentValue -eq 'False') {",
         "    Set-Item -Path DellSmbios:\\Security\\AdminPassword $AdminPwd", "}",
         "Set-Item -Path DellSmbios:\\SecureBoot\\SecureBoot Enabled -Password $AdminPwd"]
    return r.choice(["Intune/Set-DellBiosPassword.ps1", "scripts/bios/dell.ps1"]), join(L)


@T("bios_password", "hp_bcu", "text", syms=SYM_SAFE)
def t_bcu_repset(r, v):
    L = ["BIOSConfig 1.0", ";", ";     Originally created by BIOS Configuration Utility", f";     Version: 4.0.{r.randint(20, 35)}.1", ";",
         "Setup Password", f"\t<utf-16/>{v}", "Fast Boot", "\t*Enable", "\tDisable",
         "Secure Boot", "\tDisable", "\t*Enable", "Network (PXE) Boot", "\t*Enable", "\tDisable"]
    return r.choice(["HP/BCU/SetPassword.REPSET", "bios/hp/config.txt"]), join(L)


@T("bios_password", "hp_bcu", "batch", fam="bat", syms=SYM_BAT)
def t_bcu_cmd(r, v):
    L = ["@echo off", "REM HP BIOS: first time setup password, then apply config",
         f"BiosConfigUtility64.exe /nspwd:\"{v}\"",
         "BiosConfigUtility64.exe /set:\"%~dp0HPConfig.txt\" /cpwdfile:\"%~dp0pwd.bin\" /l", "exit /b %errorlevel%"]
    return r.choice(["deploy/HP/SetupPwd.cmd", "sccm/hp/bcu_apply.bat"]), join(L)


@T("bios_password", "hp_cmsl", "powershell", fam="ps1")
def t_hpcmsl(r, v):
    L = ["Import-Module HP.ClientManagement", "",
         "if (-not (Get-HPBIOSSetupPasswordIsSet)) {",
         f"    Set-HPBIOSSetupPassword -NewPassword {qs(v, chr(39))}", "}",
         "Set-HPBIOSSettingValue -Name 'Secure Boot' -Value 'Enable' -Password $existing"]
    L.insert(1, "$existing = $env:HP_BIOS_PW")
    return r.choice(["Intune/HP-BiosPassword.ps1", "scripts/hp/bios.ps1"]), join(L)


@T("bios_password", "lenovo_wmi", "powershell", syms=SYM_SAFE, vendor="lenovo")
def t_lenovo_wmi(r, v):
    L = ["# Lenovo ThinkPad/ThinkCentre WMI BIOS interface", f"$sv = '{v}'",
         "$s = Get-WmiObject -Class Lenovo_SetBiosSetting -Namespace root\\wmi",
         "$s.SetBiosSetting(\"WakeOnLAN,Disable,$sv,ascii,us\")",
         "$s.SetBiosSetting(\"SecureBoot,Enable,$sv,ascii,us\")",
         "(Get-WmiObject -Class Lenovo_SaveBiosSettings -Namespace root\\wmi).SaveBiosSettings(\"$sv,ascii,us\")"]
    return r.choice(["Lenovo/Set-BiosSettings.ps1", "scripts/lenovo_bios.ps1"]), join(L)


@T("bios_password", "uboot", "shell", fam="sh", syms=SYM_SAFE)
def t_uboot_stopkey(r, v):
    L = ["#!/bin/sh", "# lock the U-Boot prompt on field units"] + comment_lines(r) + [
        "fw_setenv bootdelay 3", f"fw_setenv bootstopkey {qs(v, chr(39))}",
        "fw_setenv bootcmd 'run distro_bootcmd'", "fw_printenv bootdelay bootcmd"]
    return r.choice(["board/rootfs-overlay/usr/sbin/lock-uboot.sh", "scripts/uboot_lock.sh"]), join(L)


@T("bios_password", "uboot", "text", syms=SYM_URL)
def t_uenv_iscsi(r, v):
    L = ["# uEnv.txt", "bootfile=Image", "fdtfile=board.dtb",
         f"bootargs=console=ttyS0,115200 rd.iscsi.initiator=iqn.2024-01.lan.lab:{hostname(r)} netroot=iscsi:initiator:{v}@{ip(r)}::3260::iqn.2024-01.lan.lab:target1 ip=dhcp rw",
         "uenvcmd=tftpboot ${kernel_addr_r} ${bootfile}; tftpboot ${fdt_addr_r} ${fdtfile}; booti ${kernel_addr_r} - ${fdt_addr_r}"]
    return r.choice(["boot/uEnv.txt", "board/lab/uEnv.txt"]), join(L)


@T("bios_password", "grub", "conf", syms=SYM_SAFE)
def t_grub_plain(r, v):
    L = ["#!/bin/sh", "exec tail -n +3 $0", "# protect the GRUB menu on kiosk images",
         'set superusers="' + (u := r.choice(['root', 'grubadmin'])) + '"', f"password {u} {v}"]
    return r.choice(["etc/grub.d/40_custom", "image/grub.d/01_password"]), join(L)


# ---------------- HPE

@T("bmc_password", "hpe_ilo", "xml", syms=SYM_XML, vendor="hpe")
def t_ribcl_login(r, v):
    L = ['<RIBCL VERSION="2.0">', f'  <LOGIN USER_LOGIN="{r.choice(["Administrator", "admin", "ops"])}" PASSWORD="{v}">',
         '  <SERVER_INFO MODE="write">', '    <SET_HOST_POWER HOST_POWER="Yes"/>', '  </SERVER_INFO>', '  </LOGIN>', '</RIBCL>']
    return r.choice(["ilo/power_on.xml", "hponcfg/set_power.xml"]), join(['<?xml version="1.0"?>'] + L if r.random() < .5 else L)


@T("bmc_password", "hpe_ilo", "xml", syms=SYM_XML, vendor="hpe")
def t_ribcl_adduser(r, v):
    nm = r.choice(["automation", "monitoring", "opsadmin"])
    L = ["<!-- run locally: hponcfg -f add_user.xml ; LOGIN credentials are ignored by hponcfg -->",
         '<RIBCL VERSION="2.0">', '  <LOGIN USER_LOGIN="Administrator" PASSWORD="boguspassword">',
         '  <USER_INFO MODE="write">', f'    <ADD_USER USER_NAME="{nm}" USER_LOGIN="{nm}" PASSWORD="{v}">',
         '      <ADMIN_PRIV value="Y"/>', '      <REMOTE_CONS_PRIV value="Y"/>', '      <RESET_SERVER_PRIV value="Y"/>',
         '      <VIRTUAL_MEDIA_PRIV value="Y"/>', '      <CONFIG_ILO_PRIV value="N"/>', '    </ADD_USER>',
         '  </USER_INFO>', '  </LOGIN>', '</RIBCL>']
    return r.choice(["ilo/add_user.xml", "hponcfg/users.xml", "roles/ilo/files/add_user.xml"]), join(L)


@T("bmc_password", "hpe_ilo", "shell", fam="sh", vendor="hpe")
def t_ilorest(r, v):
    h = bmc_host(r)
    L = ["#!/bin/bash"] + comment_lines(r) + [
        f"ilorest login {h} -u Administrator -p {qs(v, r.choice(['', chr(39), chr(34)]))}",
        "ilorest select Bios. --refresh", "ilorest set WorkloadProfile=Virtualization-MaxPerformance",
        "ilorest commit", "ilorest reboot", "ilorest logout"]
    return r.choice(["hpe/bios_profile.sh", "scripts/ilorest_apply.sh"]), join(L)


@T("bmc_password", "hpe_ilo", "python", fam="py", vendor="hpe")
def t_python_hpilo(r, v):
    L = ["import hpilo", "", f"ilo = hpilo.Ilo({qs(bmc_host(r))}, \"Administrator\", {qs(v)})",
         "print(ilo.get_fw_version())", "print(ilo.get_host_power_status())", "ilo.set_one_time_boot('network')"]
    return r.choice(["tools/ilo_boot.py", "hpe/pxe_once.py"]), join(L)


@T("bmc_password", "hpe_ilo", "ini", syms=SYM_INI, vendor="hpe")
def t_ilo_conf(r, v):
    L = ["[ilo]", "login = Administrator", f"password = {v}", "", "[ilo_timeout]", "timeout = 60"]
    return r.choice([".ilo.conf", "config/ilo.conf"]), join(L)


@T("bmc_password", "hpe_ilo", "yaml", fam="ansible", vendor="hpe")
def t_hpilo_boot(r, v):
    L = ["- name: Boot from ISO via iLO", "  community.general.hpilo_boot:", "    host: \"{{ ilo_host }}\"",
         "    login: Administrator", f"    password: {qs(v, r.choice(['', chr(34)]))}",
         "    media: cdrom", f"    image: http://{ip(r)}/iso/{r.choice(['rhel-9.3', 'ubuntu-22.04', 'esxi-8.0u2'])}.iso",
         "  delegate_to: localhost"]
    return r.choice(["roles/ilo_boot/tasks/main.yml", "tasks/ilo_iso.yml"]), join(L)


@T("bmc_password", "hpe_ilo", "powershell", fam="ps1", vendor="hpe")
def t_connect_hpeilo(r, v):
    L = ["Import-Module HPEiLOCmdlets", "",
         f"$conn = Connect-HPEiLO -Address {bmc_host(r)} -Username Administrator -Password {qs(v, chr(39))} -DisableCertificateAuthentication",
         "Get-HPEiLOFirmwareVersion -Connection $conn", "Disconnect-HPEiLO -Connection $conn"]
    return r.choice(["scripts/ilo_fw.ps1", "HPE/Get-IloFirmware.ps1"]), join(L)


@T("redfish_token", "hpe_ilo", "python", fam="py", vendor="hpe", tokfmt="hex32")
def t_ilo_token_py(r, v):
    L = ["import requests", "", f"BASE = \"https://{bmc_host(r)}\"",
         f"HEADERS = {{\"X-Auth-Token\": {qs(v)}, \"Content-Type\": \"application/json\"}}", "",
         "r = requests.get(BASE + \"/redfish/v1/Systems/1/\", headers=HEADERS, verify=False)",
         "print(r.json()[\"Oem\"][\"Hpe\"][\"PostState\"])"]
    return r.choice(["debug/post_state.py", "scratch/ilo_token.py"]), join(L)


@T("bmc_password", "hpe_oneview", "json", syms=SYM_XML, vendor="hpe")
def t_oneview(r, v):
    d = {"ip": ip(r), "api_version": r.choice([2400, 3800, 4200]),
         "credentials": {"userName": "Administrator", "authLoginDomain": "Local", "password": "@@V@@"}}
    return r.choice(["oneview_config.json", "config/oneview.json"]), json.dumps(d, indent=2).replace("@@V@@", str(v)) + "\n"


# ---------------- Lenovo / Supermicro

@T("bmc_password", "lenovo_xcc", "shell", fam="sh", syms=SYM_URL, vendor="lenovo")
def t_onecli(r, v):
    L = ["#!/bin/bash"] + comment_lines(r) + [
        f"./OneCli config set IMM.SSH_Enable Disabled --bmc USERID:{v}@{ip(r)}",
        f"./OneCli update flash --scope individual --includeid lnvgy_fw_xcc --bmc USERID:{v}@{ip(r)} --dir ./fw"]
    return r.choice(["lenovo/onecli_apply.sh", "scripts/xcc_update.sh"]), join(L)


@T("bmc_password", "lenovo_xcc", "shell", fam="sh", vendor="lenovo")
def t_asu(r, v):
    L = ["#!/bin/bash", f"asu64 set UEFI.OperatingModes_ChooseOperatingMode \"Maximum Performance\" --host {ip(r)} --user USERID --password {qs(v, chr(39))}",
         f"asu64 show UEFI.OperatingModes_ChooseOperatingMode --host {ip(r)} --user USERID --password \"$ASU_PW\""]
    return "lenovo/asu_perf.sh", join(L)


@T("bmc_password", "lenovo_xclarity", "python", fam="py", vendor="lenovo")
def t_pylxca(r, v):
    L = ["from pylxca import connect, nodes", "",
         f"con = connect(\"https://{r.choice(['lxca.mgmt.lan', ip(r)])}\", \"{r.choice(['ADMIN', 'lxcaadmin', 'svc_lxca'])}\", {qs(v)}, noverify=\"True\")",
         "for n in nodes(con)['nodeList']:", "    print(n['name'], n['serialNumber'], n['powerStatus'])"]
    return r.choice(["lxca/list_nodes.py", "tools/lxca_inventory.py"]), join(L)


@T("bmc_password", "supermicro", "shell", fam="sh", vendor="supermicro")
def t_smcipmitool(r, v):
    hs = [ip(r) for _ in range(r.randint(1, 4))]
    L = ["#!/bin/bash"] + comment_lines(r) + [f"for h in {' '.join(hs)}; do",
                                             f"  SMCIPMITool $h ADMIN {qs(v, chr(39))} ipmi power status",
                                             f"  SMCIPMITool $h ADMIN {qs(v, chr(39))} ipmi fru | grep -i serial", "done"]
    return r.choice(["supermicro/status.sh", "smc/fru.sh"]), join(L)


@T("bmc_password", "supermicro", "shell", fam="sh", vendor="supermicro")
def t_sum(r, v):
    L = ["#!/bin/bash", "# Supermicro Update Manager out-of-band", f"./sum -i {ip(r)} -u ADMIN -p {qs(v, chr(39))} -c GetBiosInfo",
         f"./sum -i {ip(r)} -u ADMIN -p \"$SUM_PW\" -c UpdateBios --file ./BIOS_X12DPi.bin --reboot"]
    return "supermicro/sum_bios.sh", join(L)


# ---------------- Redfish clients / OpenBMC

@T("bmc_password", "redfish", "python", fam="py")
def t_python_redfish(r, v):
    L = ["import redfish", "", "client = redfish.redfish_client(",
         f"    base_url=\"https://{bmc_host(r)}\",", f"    username=\"{r.choice(BMC_USERS)}\",",
         f"    password={qs(v)},", "    default_prefix=\"/redfish/v1\",", ")",
         "client.login(auth=\"session\")", "resp = client.get(\"/redfish/v1/Systems/1\")", "print(resp.dict[\"PowerState\"])", "client.logout()"]
    return r.choice(["redfish/power_state.py", "tools/rf_power.py"]), join(L)


@T("bmc_password", "redfish", "python", fam="py")
def t_sushy(r, v):
    L = ["import sushy", "", "root = sushy.Sushy(", f"    'https://{bmc_host(r)}/redfish/v1',",
         f"    username='{r.choice(BMC_USERS)}', password={qs(v, chr(39))}, verify=False)",
         "sys_inst = root.get_system(root.get_system_collection().members_identities[0])",
         "sys_inst.set_system_boot_source(sushy.BOOT_SOURCE_TARGET_PXE, enabled=sushy.BOOT_SOURCE_ENABLED_ONCE)"]
    return r.choice(["tests/functional/sushy_pxe.py", "tools/sushy_boot.py"]), join(L)


@T("bmc_password", "redfish", "go", fam="go")
def t_gofish(r, v):
    L = ["package main", "", "import (", '\t"fmt"', "", '\t"github.com/stmcginnis/gofish"', ")", "",
         "func main() {", "\tconfig := gofish.ClientConfig{", f"\t\tEndpoint: \"https://{bmc_host(r)}\",",
         f"\t\tUsername: \"{r.choice(BMC_USERS)}\",", f"\t\tPassword: {qs(v)},", "\t\tInsecure: true,", "\t}",
         "\tc, err := gofish.Connect(config)", "\tif err != nil {", "\t\tpanic(err)", "\t}", "\tdefer c.Logout()",
         "\tsystems, _ := c.Service.Systems()", "\tfor _, s := range systems {", "\t\tfmt.Println(s.Name, s.PowerState)", "\t}", "}"]
    return r.choice(["cmd/rfpower/main.go", "tools/redfish/main.go"]), join(L)


@T("bmc_password", "redfish", "yaml", fam="ansible")
def t_ansible_redfish(r, v):
    L = ["---", "- hosts: bmcs", "  connection: local", "  gather_facts: false", "  tasks:",
         "    - name: Get system inventory", "      community.general.redfish_info:", "        category: Systems",
         "        command: GetSystemInventory", "        baseuri: \"{{ ansible_host }}\"",
         f"        username: {r.choice(BMC_USERS)}", f"        password: {qs(v, r.choice(['', chr(34), chr(39)]))}",
         "      register: result"]
    return r.choice(["playbooks/redfish_inventory.yml", "redfish/inventory.yml"]), join(L)


@T("bmc_password", "redfish", "http", syms=SYM_XML)
def t_http_file(r, v):
    h = bmc_host(r)
    L = [f"@bmc = https://{h}", "", "### create session", "POST {{bmc}}/redfish/v1/SessionService/Sessions",
         "Content-Type: application/json", "", json.dumps({"UserName": r.choice(BMC_USERS), "Password": str(v)}), "",
         "### systems", "GET {{bmc}}/redfish/v1/Systems", "X-Auth-Token: {{token}}"]
    return r.choice(["http/redfish.http", "requests/bmc.http"]), join(L)


@T("redfish_token", "redfish", "json", tokfmt="hex32")
def t_postman(r, v):
    d = {"info": {"name": "iDRAC Redfish", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "item": [{"name": "Get Systems", "request": {"method": "GET", "header": [
             {"key": "X-Auth-Token", "value": "@@V@@"}, {"key": "Accept", "value": "application/json"}],
             "url": {"raw": f"https://{ip(r)}/redfish/v1/Systems/System.Embedded.1"}}}]}
    return r.choice(["postman/idrac.postman_collection.json", "collections/redfish.json"]), json.dumps(d, indent=2).replace("@@V@@", str(v)) + "\n"


@T("bmc_password", "openbmc", "shell", fam="sh", syms=SYM_SAFE, vendor="openbmc")
def t_openbmc_login(r, v):
    h = bmc_host(r)
    L = ["#!/bin/bash", f"BMC={h}"] + comment_lines(r) + [
        f"curl -c cjar -b cjar -k -H \"Content-Type: application/json\" -X POST https://$BMC/login -d '{{\"data\": [ \"root\", \"{v}\" ] }}'",
        "curl -c cjar -b cjar -k https://$BMC/xyz/openbmc_project/state/host0 | jq .data.CurrentHostState"]
    return r.choice(["openbmc/host_state.sh", "scripts/obmc-state.sh"]), join(L)


@T("redfish_token", "openbmc", "markdown", tokfmt="alnum20", vendor="openbmc")
def t_openbmc_token_md(r, v):
    h = bmc_host(r)
    L = ["## bmcweb debugging notes", "", f"Target: `{h}` ({r.choice(['AST2600', 'AST2500'])} eval board)", "",
         "```", f"$ export token={v}",
         f"$ curl -k -H \"X-Auth-Token: $token\" https://{h}/redfish/v1/Managers/bmc", "```", "",
         "Session expires after 1h idle; get a new one via SessionService."]
    return r.choice(["docs/bmcweb-notes.md", "NOTES.md"]), join(L)


@T("redfish_token", "redfish", "text", tokfmt="hex32")
def t_token_log(r, v):
    h = bmc_host(r)
    d = f"2024-0{r.randint(1, 9)}-{r.randint(10, 28)}"
    L = [f"{d} 10:21:11,402 DEBUG rfclient: POST https://{h}/redfish/v1/SessionService/Sessions -> 201",
         f"{d} 10:21:11,403 DEBUG rfclient: Location: /redfish/v1/SessionService/Sessions/{r.randint(2, 60)}",
         f"{d} 10:21:11,403 DEBUG rfclient: X-Auth-Token: {v}",
         f"{d} 10:21:12,010 INFO  rfclient: GET /redfish/v1/Systems/1 -> 200",
         f"{d} 10:21:12,377 INFO  rfclient: PowerState=On Health=OK"]
    return r.choice(["logs/rfclient-debug.log", "test/fixtures/session.log"]), join(L)


# ---------------- Cisco

@T("bmc_password", "cisco_cimc", "python", fam="py", vendor="cisco")
def t_imcsdk(r, v):
    L = ["from imcsdk.imchandle import ImcHandle", "",
         f"handle = ImcHandle(\"{ip(r)}\", \"admin\", {qs(v)})", "handle.login()",
         "mo = handle.query_dn(\"sys/rack-unit-1\")", "print(mo.admin_power, mo.serial)", "handle.logout()"]
    return r.choice(["cimc/power.py", "ucs/cimc_status.py"]), join(L)


@T("bmc_password", "cisco_cimc", "shell", fam="sh", syms=SYM_SAFE, vendor="cisco")
def t_cimc_xml(r, v):
    L = ["#!/bin/bash", f"CIMC={ip(r)}",
         f"curl -sk -d \"<aaaLogin inName='admin' inPassword='{v}'/>\" https://$CIMC/nuova | tee /tmp/login.xml",
         "COOKIE=$(sed -n \"s/.*outCookie=\\\"\\([^\\\"]*\\)\\\".*/\\1/p\" /tmp/login.xml)",
         "curl -sk -d \"<configResolveClass cookie='$COOKIE' inHierarchical='false' classId='computeRackUnit'/>\" https://$CIMC/nuova"]
    return r.choice(["cisco/cimc_query.sh", "scripts/cimc.sh"]), join(L)


@T("intersight_key", "cisco_intersight", "yaml", fam="ansible")
def t_intersight_vars(r, v):
    kid = "/".join(gen_hex(r, 24) for _ in range(3))
    body = "\n".join("    " + x for x in str(v).split("\n"))
    L = ["---", "api_uri: https://intersight.com/api/v1", f"api_key_id: {kid}",
         "api_private_key: |", body, "validate_certs: true"]
    return r.choice(["group_vars/intersight.yml", "inventory/group_vars/all/intersight.yml"]), join(L)


@T("intersight_key", "cisco_intersight", "python", fam="py")
def t_intersight_py(r, v):
    kid = "/".join(gen_hex(r, 24) for _ in range(3))
    L = ["import intersight", "from intersight.signing import HttpSigningConfiguration", "",
         f"KEY_ID = \"{kid}\"", f"SECRET = \"\"\"{v}\"\"\"", "",
         "with open(\"/tmp/is_key.pem\", \"w\") as f:", "    f.write(SECRET)", "",
         "config = intersight.Configuration(", "    host=\"https://intersight.com\",",
         "    signing_info=HttpSigningConfiguration(key_id=KEY_ID, private_key_path=\"/tmp/is_key.pem\",",
         "        signing_scheme=intersight.signing.SCHEME_HS2019, signed_headers=[\"(request-target)\", \"Host\", \"Date\", \"Digest\"]))"]
    return r.choice(["intersight/client.py", "tools/is_inventory.py"]), join(L)


# ---------------- MAAS / Ironic / Metal3 / Tinkerbell / Foreman / HPC

@T("bmc_password", "maas", "shell", fam="sh")
def t_maas_power(r, v):
    L = ["#!/bin/bash", "PROFILE=admin"] + comment_lines(r) + [
        f"SYSTEM_ID=$(maas $PROFILE machines read hostname={hostname(r)} | jq -r '.[0].system_id')",
        f"maas $PROFILE machine update $SYSTEM_ID power_type=ipmi \\",
        f"  power_parameters_power_address={ip(r)} \\",
        f"  power_parameters_power_user={r.choice(BMC_USERS)} \\",
        f"  power_parameters_power_pass={qs(v, chr(39))} \\",
        "  power_parameters_power_driver=LAN_2_0",
        "maas $PROFILE machine commission $SYSTEM_ID"]
    return r.choice(["maas/set_power.sh", "scripts/maas-enlist.sh"]), join(L)


@T("maas_api_key", "maas", "shell", fam="sh")
def t_maas_login(r, v):
    L = ["#!/bin/bash", "# CI runner: log into MAAS"] + comment_lines(r) + [
        f"maas login {r.choice(['admin', 'ci', 'ops'])} http://{r.choice(['maas.lab.internal', ip(r)])}:5240/MAAS/api/2.0/ {qs(v, chr(39))}",
        "maas admin machines read | jq -r '.[] | [.hostname, .status_name] | @tsv'"]
    return r.choice(["ci/maas_login.sh", "scripts/maas-status.sh"]), join(L)


@T("maas_api_key", "maas", "python", fam="py")
def t_libmaas(r, v):
    L = ["import maas.client", "", "client = maas.client.connect(",
         f"    \"http://{r.choice(['maas.lab.internal', ip(r)])}:5240/MAAS/\", apikey={qs(v)})",
         "for machine in client.machines.list():", "    print(machine.hostname, machine.status_name)"]
    return r.choice(["maas/list_machines.py", "tools/maas_report.py"]), join(L)


@T("maas_api_key", "maas", "terraform", fam="tf")
def t_tf_maas(r, v):
    L = ["provider \"maas\" {", "  api_version = \"2.0\"", f"  api_key     = {qs(v)}",
         f"  api_url     = \"http://{ip(r)}:5240/MAAS\"", "}", "",
         "resource \"maas_instance\" \"k8s\" {", "  count = 3", "  allocate_params {", "    tags = [\"k8s\"]", "  }", "}"]
    return r.choice(["terraform/maas/provider.tf", "infra/maas.tf"]), join(L)


@T("bmc_password", "maas", "terraform", fam="tf")
def t_tf_maas_machine(r, v):
    L = ['resource "maas_machine" "' + hostname(r).replace("-", "_") + '" {', '  power_type = "ipmi"',
         "  power_parameters = jsonencode({", f"    power_address = \"{ip(r)}\"",
         f"    power_user    = \"{r.choice(BMC_USERS)}\"", f"    power_pass    = {qs(v)}", "  })",
         f"  pxe_mac_address = \"{mac(r)}\"", "}"]
    return r.choice(["terraform/maas/machines.tf", "maas/machines.tf"]), join(L)


@T("bmc_password", "openstack_ironic", "shell", fam="sh")
def t_ironic_create(r, v):
    L = ["#!/bin/bash"] + comment_lines(r) + [
        f"openstack baremetal node create --driver ipmi --name {hostname(r)} \\",
        f"  --driver-info ipmi_address={ip(r)} \\", f"  --driver-info ipmi_username={r.choice(BMC_USERS)} \\",
        f"  --driver-info ipmi_password={qs(v, chr(39))} \\",
        "  --driver-info deploy_kernel=file:///httpboot/ipa.kernel \\",
        "  --driver-info deploy_ramdisk=file:///httpboot/ipa.initramfs",
        f"openstack baremetal port create {mac(r)} --node {hostname(r)}"]
    return r.choice(["ironic/enroll.sh", "scripts/enroll-node.sh"]), join(L)


@T("bmc_password", "openstack_ironic", "json")
def t_instackenv(r, v):
    nodes = []
    k = r.randint(1, 4)
    pos = r.randrange(k)
    for i in range(k):
        nodes.append({"name": hostname(r), "pm_type": "ipmi", "pm_user": "root",
                      "pm_password": "@@V@@" if i == pos else "@@V@@", "pm_addr": ip(r),
                      "ports": [{"address": mac(r), "physical_network": "ctlplane"}],
                      "capabilities": "boot_mode:uefi"})
    return r.choice(["instackenv.json", "undercloud/instackenv.json"]), json.dumps({"nodes": nodes}, indent=4).replace("@@V@@", str(v)) + "\n"


@T("bmc_password", "openstack_ironic", "yaml", fam="ansible")
def t_bifrost(r, v):
    n = hostname(r)
    L = ["---", f"{n}:", f"  uuid: {uuid(r)}", "  driver: redfish", "  driver_info:",
         f"    redfish_address: https://{ip(r)}", "    redfish_system_id: /redfish/v1/Systems/1",
         f"    redfish_username: {r.choice(BMC_USERS)}", f"    redfish_password: {qs(v, r.choice(['', chr(34)]))}",
         "    redfish_verify_ca: false", "  nics:", f"    - mac: \"{mac(r)}\"", "  properties:", "    cpu_arch: x86_64"]
    return r.choice(["bifrost/baremetal-inventory.yml", "inventory/baremetal.yaml"]), join(L)


@T("bmc_password", "metal3", "yaml", fam="k8s")
def t_metal3(r, v):
    n = hostname(r)
    L = ["apiVersion: v1", "kind: Secret", "metadata:", f"  name: {n}-bmc-secret", "  namespace: metal3",
         "type: Opaque", "stringData:", f"  username: {r.choice(BMC_USERS)}", f"  password: {qs(v, r.choice(['', chr(34)]))}", "---",
         "apiVersion: metal3.io/v1alpha1", "kind: BareMetalHost", "metadata:", f"  name: {n}", "  namespace: metal3",
         "spec:", "  online: true", f"  bootMACAddress: {mac(r)}", "  bmc:",
         f"    address: {r.choice(['redfish-virtualmedia', 'idrac-virtualmedia', 'ipmi'])}://{ip(r)}" + ("/redfish/v1/Systems/1" if r.random() < .5 else ""),
         f"    credentialsName: {n}-bmc-secret", "    disableCertificateVerification: true"]
    return r.choice([f"clusters/{r.choice(SITES)}/hosts/{n}.yaml", "metal3/bmh.yaml"]), join(L)


@T("bmc_password", "openshift", "yaml", fam="k8s")
def t_ocp_install(r, v):
    L = ["apiVersion: v1", "baseDomain: lab.example.net", "metadata:", "  name: ocp-bm", "platform:", "  baremetal:",
         f"    apiVIPs: [\"{ip(r)}\"]", f"    ingressVIPs: [\"{ip(r)}\"]", "    hosts:"]
    k = r.randint(1, 3)
    for i in range(k):
        L += [f"      - name: master-{i}", "        role: master", "        bmc:",
              f"          address: redfish-virtualmedia://{ip(r)}/redfish/v1/Systems/System.Embedded.1",
              f"          username: {'root'}", f"          password: {qs(v, chr(39))}",
              "          disableCertificateVerification: true", f"        bootMACAddress: {mac(r)}"]
    L += ["pullSecret: '{\"auths\": {}}'", "sshKey: ''"]
    return r.choice(["install-config.yaml", "ocp/install-config.yaml"]), join(L)


@T("bmc_password", "tinkerbell", "yaml", fam="k8s")
def t_rufio(r, v):
    n = hostname(r)
    L = ["apiVersion: bmc.tinkerbell.org/v1alpha1", "kind: Machine", "metadata:", f"  name: {n}", "  namespace: tink-system",
         "spec:", "  connection:", f"    host: {ip(r)}", "    insecureTLS: true", "    authSecretRef:",
         f"      name: {n}-bmc-auth", "      namespace: tink-system", "---", "apiVersion: v1", "kind: Secret",
         "metadata:", f"  name: {n}-bmc-auth", "  namespace: tink-system", "type: kubernetes.io/basic-auth",
         "stringData:", f"  username: {r.choice(BMC_USERS)}", f"  password: {qs(v, r.choice(['', chr(39)]))}"]
    return r.choice([f"tinkerbell/machines/{n}.yaml", "rufio/machine.yaml"]), join(L)


@T("bmc_password", "foreman", "shell", fam="sh", syms=SYM_SAFE)
def t_hammer_bmc(r, v):
    L = ["#!/bin/bash"] + comment_lines(r) + [
        f"hammer host interface create --host {hostname(r)}.lab.internal --type bmc --managed true \\",
        f"  --provider IPMI --ip {ip(r)} --mac {mac(r)} --username {r.choice(BMC_USERS)} --password {qs(v, chr(39))}"]
    return r.choice(["foreman/add_bmc.sh", "scripts/hammer-bmc.sh"]), join(L)


@T("bmc_password", "warewulf", "shell", fam="sh")
def t_warewulf(r, v):
    L = ["#!/bin/bash", "# Warewulf 4 node IPMI settings"] + [
        f"wwctl node set n[{r.randint(1, 9):02d}-{r.randint(10, 99)}] --ipmiuser {r.choice(BMC_USERS)} --ipmipass {qs(v, chr(39))} --ipmiinterface lanplus --yes",
        "wwctl node list -i | head"]
    return "hpc/warewulf_ipmi.sh", join(L)


@T("bmc_password", "xcat", "shell", fam="sh", syms=SYM_SAFE)
def t_xcat(r, v):
    L = ["#!/bin/bash", "# xCAT: default BMC credentials for all nodes",
         f"chtab key=ipmi passwd.username={r.choice(BMC_USERS)} passwd.password={qs(v, chr(39))}",
         f"chdef -t group compute mgt=ipmi bmcusername={r.choice(BMC_USERS)}", "rpower compute stat"]
    return "hpc/xcat_bmc.sh", join(L)


# ---------------- inventories, CMDB, misc

@T("bmc_password", "ansible_inventory", "ini", syms=SYM_INI)
def t_inv_ini(r, v):
    L = ["[bmc]"]
    k = r.randint(1, 6)
    pos = r.randrange(k)
    for i in range(k):
        pw = v if i == pos else "{{ vault_bmc_default }}"
        L.append(f"{hostname(r)}-bmc ansible_host={ip(r)} bmc_user={r.choice(BMC_USERS)} bmc_password={pw}" if i == pos else
                 f"{hostname(r)}-bmc ansible_host={ip(r)} bmc_user={r.choice(BMC_USERS)}")
    L += ["", "[bmc:vars]", "ansible_connection=local"]
    return r.choice(["inventory/hosts.ini", "inventories/lab/hosts", "hosts"]), join(L)


@T("bmc_password", "ansible_inventory", "yaml", fam="ansible")
def t_hostvars(r, v):
    L = ["---", f"bmc_address: {ip(r)}", f"bmc_user: {r.choice(BMC_USERS)}", f"bmc_password: {qs(v, r.choice(['', chr(34), chr(39)]))}",
         f"service_tag: {svctag(r)}", f"rack: {r.choice('ABCDEFG')}{r.randint(1, 30):02d}", f"u_position: {r.randint(1, 42)}"]
    body = L[:1] + r.sample(L[1:], len(L) - 1)
    return f"host_vars/{hostname(r)}.yml", join(body)


@T("bmc_password", "cmdb", "csv", syms=SYM_CSV, vendor="supermicro")
def t_cmdb_csv(r, v):
    L = ["hostname,rack,serial,bmc_ip,bmc_mac,bmc_user,bmc_password,notes"]
    k = r.randint(2, 12)
    pos = r.randrange(k)
    for i in range(k):
        pw = v if i == pos else ""
        L.append(f"{hostname(r)},{r.choice('ABCDEF')}{r.randint(1, 20):02d},{serial(r)},{ip(r)},{mac(r)},ADMIN,{pw},{r.choice(['', 'RMA pending', 'new', 'decom Q3'])}")
    return r.choice(["cmdb/export_servers.csv", "inventory/bmc.csv", "dcim/servers.csv"]), join(L)


@T("bmc_password", "dcim", "json")
def t_netbox_ctx(r, v):
    d = {"name": f"{r.choice(SITES)}-oob", "weight": 1000,
         "data": {"oob": {"protocol": "redfish", "username": r.choice(BMC_USERS), "password": "@@V@@", "verify_ssl": False}}}
    return r.choice(["config_contexts/oob.json", "netbox/config-context-oob.json"]), json.dumps(d, indent=2).replace("@@V@@", str(v)) + "\n"


@T("bmc_password", "runbook", "markdown", syms=SYM_SAFE)
def t_runbook_table(r, v):
    L = ["# OOB access", "", "| Site | BMC range | User | Password |", "|------|-----------|------|----------|"]
    k = r.randint(1, 4)
    pos = r.randrange(k)
    for i in range(k):
        L.append(f"| {r.choice(SITES)} | {ip(r)}/24 | {r.choice(BMC_USERS)} | {'`' + v + '`' if i == pos else 'see 1Password'} |")
    L += ["", "Jump host: `oob-bastion`. Serial console via `ipmitool sol activate`."]
    return r.choice(["docs/runbooks/oob-access.md", "wiki/bmc.md"]), join(L)


@T("bmc_password", "dell_idrac", "terraform", fam="tf", vendor="dell")
def t_tfvars(r, v):
    L = [f"idrac_endpoint = \"https://{ip(r)}\"", "idrac_user     = \"root\"", f"idrac_password = {qs(v)}",
         "ssl_insecure   = true"]
    return r.choice(["terraform.tfvars", "env/lab.auto.tfvars"]), join(comment_lines(r) + L)


@T("bmc_password", "redfish_exporter", "yaml", fam="k8s")
def t_compose(r, v):
    L = ["services:", "  redfish-exporter:", "    image: ghcr.io/jenningsloy318/redfish_exporter:latest",
         "    ports:", "      - \"9610:9610\"", "    environment:", f"      REDFISH_USERNAME: {r.choice(BMC_USERS)}",
         f"      REDFISH_PASSWORD: {qs(v, r.choice(['', chr(34)]))}", "    restart: unless-stopped"]
    return r.choice(["docker-compose.yml", "monitoring/docker-compose.yaml"]), join(L)


@T("bmc_password", "redfish_exporter", "yaml", fam="k8s")
def t_k8s_secret_exporter(r, v):
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: ipmi-exporter-credentials", "  namespace: monitoring",
         "type: Opaque", "stringData:", "  ipmi_config.yml: |", "    modules:", "      default:",
         f"        user: {r.choice(BMC_USERS)}", f"        pass: {qs(v, r.choice(['', chr(34)]))}", "        driver: LAN_2_0"]
    return r.choice(["k8s/monitoring/ipmi-exporter-secret.yaml", "manifests/ipmi-secret.yaml"]), join(L)


@T("bmc_password", "ipmi", "dotenv", syms=SYM_SAFE)
def t_dotenv(r, v):
    L = [f"BMC_HOST={ip(r)}", f"BMC_USER={r.choice(BMC_USERS)}", f"BMC_PASSWORD={v}", "REDFISH_VERIFY_SSL=false"]
    return r.choice([".env", ".env.local", ".env.production"]), join(L)


# ----------------------------------------------------------------------------- look-alike negatives

LOOK = []


def L_(provider, filetype, kind="lookalike"):
    def deco(fn):
        LOOK.append(dict(name=fn.__name__, provider=provider, filetype=filetype, kind=kind, fn=fn))
        return fn
    return deco


def b64blob(r, nbytes):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()


@L_("ipmi", "text")
def n_lan_print(r):
    L = ["Set in Progress         : Set Complete", "Auth Type Support       : NONE MD2 MD5 PASSWORD",
         "Auth Type Enable        : Callback : MD2 MD5 PASSWORD", "                        : User     : MD2 MD5 PASSWORD",
         "IP Address Source       : Static Address", f"IP Address              : {ip(r)}", "Subnet Mask             : 255.255.255.0",
         f"MAC Address             : {mac(r)}", f"Default Gateway IP      : {ip(r)}", "802.1q VLAN ID          : Disabled",
         "RMCP+ Cipher Suites     : 0,1,2,3,6,7,8,11,12,15,16,17", "Cipher Suite Priv Max   : XaaaXXaaaXXaaaX",
         "Bad Password Threshold  : 0"]
    return r.choice(["docs/lan_print.txt", "notes/bmc-lan.txt"]), join(L)


@L_("ipmi", "conf")
def n_bmcconfig_zero(r):
    L = ["Section Lan_Conf_Security_Keys", "\t## Give string or blank to clear. Max 20 chars", "\tK_R",
         "\t## Give string or blank to clear. Max 20 bytes, prefix with 0x to enter hex",
         "\tK_g                                           0x0000000000000000000000000000000000000000", "EndSection",
         "Section User2", "\tUsername                                      ADMIN",
         "\t## Give password or blank to clear. MAX 16 chars (20 chars if IPMI 2.0 supported).", "\t## Password",
         "\tEnable_User                                   Yes", "\tLan_Privilege_Limit                           Administrator", "EndSection"]
    return "freeipmi/bmc-config.checkout", join(L)


@L_("ipmi", "text")
def n_fru(r):
    L = ["FRU Device Description : Builtin FRU Device (ID 0)", f" Chassis Serial        : {serial(r)}",
         f" Board Mfg Date        : Mon Jan  {r.randint(1, 9)} 12:00:00 2023", " Board Mfg             : Supermicro",
         f" Board Serial          : {serial(r)}", f" Board Part Number     : X12DPi-NT6", f" Product Serial        : {serial(r)}",
         f" Product Asset Tag     : AT-{r.randint(100000, 999999)}"]
    return r.choice(["inventory/fru/" + hostname(r) + ".txt", "docs/fru.txt"]), join(L)


@L_("ipmi", "text")
def n_sel(r):
    L = []
    for i in range(r.randint(4, 12)):
        L.append(f"   {i + 1:x} | 0{r.randint(1, 9)}/{r.randint(10, 28)}/2024 | {r.randint(10, 23)}:{r.randint(10, 59)}:{r.randint(10, 59)} | "
                 + r.choice(["Power Supply PS2 Status | Power Supply AC lost | Asserted", "Memory #0x53 | Correctable ECC | Asserted",
                             "Temperature CPU1 Temp | Upper Critical going high | Asserted", "System Event #0x83 | Timestamp Clock Sync | Asserted",
                             "Fan FAN3 | Lower Critical going low  | Asserted"]))
    return r.choice(["incidents/sel-" + hostname(r) + ".log", "logs/sel.txt"]), join(L)


@L_("ipmi", "text")
def n_mc_guid(r):
    L = [f"System GUID  : {uuid(r)}", f"Timestamp    : 01/0{r.randint(1, 9)}/2024 10:00:00", "",
         "Device ID                 : 32", "Device Revision           : 1",
         f"Firmware Revision         : {r.randint(1, 7)}.{r.randint(0, 99):02d}", "IPMI Version              : 2.0",
         "Manufacturer ID           : 674", "Manufacturer Name         : DELL Inc",
         f"Product ID                : {r.randint(256, 999)} (0x{r.randint(256, 999):04x})"]
    return "docs/mc_info.txt", join(L)


@L_("redfish", "json")
def n_redfish_system(r):
    d = {"@odata.context": "/redfish/v1/$metadata#ComputerSystem.ComputerSystem", "@odata.id": "/redfish/v1/Systems/System.Embedded.1",
         "@odata.etag": f"W/\"{gen_hex(r, 32)}\"", "Id": "System.Embedded.1", "Manufacturer": "Dell Inc.",
         "Model": r.choice(["PowerEdge R640", "PowerEdge R750"]), "SKU": svctag(r), "SerialNumber": serial(r),
         "UUID": uuid(r), "BiosVersion": f"{r.randint(1, 2)}.{r.randint(1, 21)}.{r.randint(0, 9)}", "PowerState": "On",
         "HostName": hostname(r), "Status": {"Health": "OK", "State": "Enabled"}}
    return r.choice(["tests/fixtures/redfish/system.json", "testdata/idrac_system.json"]), json.dumps(d, indent=2) + "\n"


@L_("firmware", "yaml")
def n_fw_manifest(r):
    L = ["firmware:"]
    for nm in r.sample(["iDRAC-with-Lifecycle-Controller_Firmware_%s_WN64_7.00.00.00_A00.EXE", "BIOS_%s_WN64_2.19.1.EXE",
                        "Network_Firmware_%s_WN64_22.31.6.EXE", "SAS-RAID_Firmware_%s_WN64_51.16.0-4076_A07.EXE",
                        "ilo5_%s.fwpkg", "lnvgy_fw_xcc_%s-8.30_anyos_noarch.uxz"], r.randint(2, 4)):
        L += [f"  - file: {nm % rstr(r, UP + DIG, 5)}", f"    sha256: {gen_hex(r, 64)}", f"    md5: {gen_hex(r, 32)}",
              f"    size: {r.randint(10**6, 3 * 10**8)}"]
    return r.choice(["firmware/manifest.yaml", "fw/catalog.yml"]), join(L)


@L_("ansible_vault", "yaml")
def n_ansible_vault(r):
    L = ["$ANSIBLE_VAULT;1.1;AES256"] + [gen_hex(r, 80) for _ in range(r.randint(5, 14))] + [gen_hex(r, r.randrange(2, 80, 2))]
    return r.choice(["group_vars/bmc/vault.yml", "inventory/group_vars/idrac/vault.yml"]), join(L)


@L_("ansible_vault", "yaml")
def n_inline_vault(r):
    L = ["---", f"bmc_user: {r.choice(BMC_USERS)}", "bmc_password: !vault |", "  $ANSIBLE_VAULT;1.1;AES256"] + \
        ["  " + gen_hex(r, 80) for _ in range(r.randint(4, 8))] + [f"bmc_network: {ip(r)}/24"]
    return "group_vars/oob.yml", join(L)


@L_("sops", "yaml")
def n_sops(r):
    L = ["apiVersion: v1", "kind: Secret", "metadata:", f"  name: {hostname(r)}-bmc-secret", "type: Opaque", "stringData:",
         f"  username: ENC[AES256_GCM,data:{b64blob(r, 5)},iv:{b64blob(r, 32)},tag:{b64blob(r, 16)},type:str]",
         f"  password: ENC[AES256_GCM,data:{b64blob(r, 15)},iv:{b64blob(r, 32)},tag:{b64blob(r, 16)},type:str]",
         "sops:", "  age:", f"    - recipient: age1{rstr(r, '023456789acdefghjklmnpqrstuvwxyz', 58)}",
         "      enc: |", "        -----BEGIN AGE ENCRYPTED FILE-----"] + \
        ["        " + b64blob(r, 48) for _ in range(4)] + ["        -----END AGE ENCRYPTED FILE-----",
                                                          f"  lastmodified: \"2024-0{r.randint(1, 9)}-1{r.randint(0, 9)}T10:11:12Z\"",
                                                          f"  mac: ENC[AES256_GCM,data:{b64blob(r, 32)},iv:{b64blob(r, 32)},tag:{b64blob(r, 16)},type:str]",
                                                          "  version: 3.8.1"]
    return r.choice(["clusters/lab/bmc-secret.enc.yaml", "secrets/bmc.sops.yaml"]), join(L)


@L_("bmc_tls", "pem")
def n_cert(r):
    body = "MII" + rstr(r, string.ascii_letters + DIG + "+/", 61)
    lines = [body] + [b64blob(r, 48) for _ in range(r.randint(12, 20))] + [b64blob(r, r.randint(10, 40))]
    L = ["# iDRAC/iLO web certificate (public), pinned by the collector", "-----BEGIN CERTIFICATE-----"] + lines + ["-----END CERTIFICATE-----"]
    return r.choice(["certs/idrac-ca.pem", "pki/bmc-chain.crt", "files/ilo_ca.pem"]), join(L)


@L_("dell_idrac", "shell")
def n_sshpk(r):
    key = "AAAAC3NzaC1lZDI1NTE5AAAAI" + rstr(r, string.ascii_letters + DIG + "+/", 43)
    L = ["#!/bin/bash", "# upload ops public key to iDRAC user 2 (key slot 1)",
         f"racadm -r {ip(r)} -u root -p \"$IDRAC_PW\" sshpkauth -i 2 -k 1 -t \"ssh-ed25519 {key} ops@{hostname(r)}\""]
    return "dell/upload_sshkey.sh", join(L)


@L_("uboot", "text")
def n_printenv(r):
    L = ["arch=arm", "baudrate=115200", "board=" + r.choice(["imx8mm_evk", "rpi_4", "am62x"]), "bootdelay=2",
         "bootargs=console=ttymxc1,115200 root=/dev/mmcblk2p2 rootwait rw", f"ethaddr={mac(r)}", f"eth1addr={mac(r)}",
         f"serial#={rstr(r, HEX, 16)}", "fdt_addr_r=0x43000000", "kernel_addr_r=0x40480000", "ver=U-Boot 2023.04 (Jun 01 2023 - 12:00:00 +0000)"]
    return r.choice(["board/fw_printenv.txt", "docs/uboot-env.txt"]), join(L)


@L_("metal3", "yaml")
def n_bmh_ref(r):
    n = hostname(r)
    L = ["apiVersion: metal3.io/v1alpha1", "kind: BareMetalHost", "metadata:", f"  name: {n}", "spec:", "  online: true",
         f"  bootMACAddress: {mac(r)}", "  bmc:", f"    address: idrac-virtualmedia://{ip(r)}/redfish/v1/Systems/System.Embedded.1",
         f"    credentialsName: {n}-bmc-secret", "  rootDeviceHints:", f"    serialNumber: {serial(r)}", f"    wwn: \"0x{gen_hex(r, 16)}\""]
    return f"clusters/{r.choice(SITES)}/hosts/{n}.yaml", join(L)


@L_("openstack_ironic", "json")
def n_ironic_show(r):
    d = {"uuid": uuid(r), "name": hostname(r), "driver": "ipmi", "provision_state": "available",
         "driver_info": {"ipmi_address": ip(r), "ipmi_username": "root", "ipmi_password": "******",
                         "deploy_kernel": uuid(r), "deploy_ramdisk": uuid(r)},
         "properties": {"cpu_arch": "x86_64", "memory_mb": r.choice([196608, 393216])}}
    return "docs/examples/node_show.json", json.dumps(d, indent=2) + "\n"


@L_("dcim", "csv")
def n_dcim_csv(r):
    L = ["hostname,site,rack,u,manufacturer,serial,service_tag,bmc_ip,bmc_mac,system_uuid,asset_tag"]
    for _ in range(r.randint(4, 15)):
        L.append(f"{hostname(r)},{r.choice(SITES)},{r.choice('ABCDE')}{r.randint(1, 20):02d},{r.randint(1, 42)},{r.choice(['Dell', 'HPE', 'Lenovo', 'Supermicro'])},{serial(r)},{svctag(r)},{ip(r)},{mac(r)},{uuid(r, upper=r.random() < .5)},AT{r.randint(100000, 999999)}")
    return r.choice(["dcim/export.csv", "cmdb/servers.csv"]), join(L)


@L_("hp_bcu", "text")
def n_bcu_inventory(r):
    L = ["BIOSConfig 1.0", ";", ";     Originally created by BIOS Configuration Utility", ";",
         "Serial Number", f"\t{serial(r)}", "Universally Unique Identifier (UUID)", f"\t{gen_hex(r, 32, upper=True)}",
         "System BIOS Version", f"\tS{r.randint(10, 99)} Ver. 02.{r.randint(10, 19)}.00  0{r.randint(1, 9)}/1{r.randint(0, 9)}/2024",
         "Asset Tracking Number", f"\t{r.choice(['IT', 'FIN'])}{r.randint(10000, 99999)}", "MAC Address (Integrated NIC)", f"\t{mac(r, '-', True)}"]
    return "bios/hp/inventory.REPSET", join(L)


@L_("maas", "json")
def n_maas_machine(r):
    d = [{"system_id": rstr(r, LOW + DIG, 6), "hostname": hostname(r), "status_name": r.choice(["Ready", "Deployed", "New"]),
          "power_type": "ipmi", "hardware_uuid": uuid(r), "boot_interface": {"mac_address": mac(r)},
          "architecture": "amd64/generic", "cpu_count": r.choice([32, 64, 128])} for _ in range(r.randint(1, 4))]
    return "maas/machines.json", json.dumps(d, indent=2) + "\n"


@L_("dell_idrac", "xml")
def n_scp_masked(r):
    L = [f'<SystemConfiguration Model="PowerEdge R650" ServiceTag="{svctag(r)}" TimeStamp="Wed Feb  7 09:10:11 2024">',
         '  <Component FQDD="iDRAC.Embedded.1">', '    <Attribute Name="Users.2#UserName">root</Attribute>',
         '<!-- <Attribute Name="Users.2#Password">******</Attribute> -->', '    <Attribute Name="Users.2#Privilege">511</Attribute>',
         '<!-- <Attribute Name="IPMILan.1#EncryptionKey">******</Attribute> -->',
         f'    <Attribute Name="NIC.1#MACAddress">{mac(r, ":", True)}</Attribute>', '  </Component>', '</SystemConfiguration>']
    return "scp/export-" + svctag(r).lower() + ".xml", join(L)


@L_("redfish", "json")
def n_fw_inventory(r):
    mem = []
    for _ in range(r.randint(2, 5)):
        mem.append({"@odata.id": f"/redfish/v1/UpdateService/FirmwareInventory/Installed-{r.randint(100, 30000)}-{r.randint(1, 9)}.{r.randint(0, 99)}",
                    "Version": f"{r.randint(1, 25)}.{r.randint(0, 99)}.{r.randint(0, 99)}", "SoftwareId": str(r.randint(100, 30000)),
                    "Oem": {"Dell": {"ComponentID": str(r.randint(100, 99999)), "Hash": gen_hex(r, 64)}}})
    return "testdata/fw_inventory.json", json.dumps({"Members": mem}, indent=2) + "\n"


@L_("secureboot", "text")
def n_mokutil(r):
    L = []
    for _ in range(r.randint(2, 4)):
        fp = ":".join(gen_hex(r, 2) for _ in range(20))
        L += [f"[key {len(L) // 3 + 1}]", f"SHA1 Fingerprint: {fp}", f"        Subject: CN={r.choice(['Lab Secure Boot Signer', 'Canonical Ltd. Master CA', 'fleet-mok'])}"]
    return "docs/secureboot/enrolled.txt", join(L)


@L_("redfish", "python")
def n_py_fixture(r):
    L = ["import pytest", "", "", "@pytest.fixture", "def session_response():", "    return {",
         f"        \"@odata.id\": \"/redfish/v1/SessionService/Sessions/{r.randint(2, 99)}\",",
         f"        \"Id\": \"{r.randint(2, 99)}\",", "        \"UserName\": \"root\",", "    }", "", "",
         "def test_etag(client):", f"    assert client.etag == 'W/\"{gen_hex(r, 8)}\"'",
         f"    assert client.system_uuid == '{uuid(r)}'"]
    return "tests/test_session.py", join(L)


@L_("ipmi", "shell")
def n_ipmi_env_ref(r):
    L = ["#!/bin/bash", ": \"${IPMI_PASSWORD:?export IPMI_PASSWORD first}\"",
         f"ipmitool -I lanplus -H {bmc_host(r)} -U {r.choice(BMC_USERS)} -E sdr elist",
         f"ipmitool -I lanplus -H {bmc_host(r)} -U {r.choice(BMC_USERS)} -E mc guid"]
    return "scripts/sdr.sh", join(L)


@L_("lldp", "text")
def n_lldp(r):
    L = ["Local Intf  Chassis ID         Port ID            Hold-time  System Name"]
    for _ in range(r.randint(3, 10)):
        L.append(f"Gi1/0/{r.randint(1, 48):<5} {mac(r, '.', False)[:14]:<18} {mac(r):<18} 120        {hostname(r)}-bmc")
    return "network/oob-switch-lldp.txt", join(L)


@L_("terraform", "text")
def n_tf_plan(r):
    L = ["  # redfish_user_account.ops will be created", "  + resource \"redfish_user_account\" \"ops\" {",
         "      + enabled  = true", f"      + id       = (known after apply)", "      + password = (sensitive value)",
         "      + role_id  = \"Administrator\"", f"      + user_id  = \"{r.randint(3, 16)}\"", "      + username = \"ops\"", "    }",
         "", "Plan: 1 to add, 0 to change, 0 to destroy."]
    return "docs/plan-output.txt", join(L)


@L_("cisco_cimc", "text")
def n_cimc_version(r):
    L = [f"C220-{serial(r)}# show chassis detail", "Chassis:", "    Power: on", f"    Serial Number: {serial(r)}",
         f"    Product Name: UCS C220 M5SX", f"    PID : UCSC-C220-M5SX", f"    UUID: {uuid(r, upper=True)}",
         f"    Description: {hostname(r)}"]
    return "docs/cimc_chassis.txt", join(L)


@L_("intersight", "json")
def n_intersight_pub(r):
    kid = "/".join(gen_hex(r, 24) for _ in range(3))
    pub = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + rstr(r, string.ascii_letters + DIG + "+/", 52) + "=="
    d = {"Moid": gen_hex(r, 24), "ObjectType": "iam.ApiKey", "KeyId": kid, "Purpose": "ci-inventory",
         "SigningAlgorithm": "ecdsa-sha256", "PublicKey": pub}
    return "intersight/apikey_meta.json", json.dumps(d, indent=2) + "\n"


# ----------------------------------------------------------------------------- generation

def gen_value(r, t):
    k = t["kind"]
    if k in ("bmc_password", "bios_password"):
        v = gen_pw(r, t["syms"])
        return v, v
    if k == "ipmi_kg":
        v = gen_kg(r, upper=t["kgup"] and r.random() < 0.7)
        return v, v
    if k == "redfish_token":
        v = rstr(r, ALNUM, 20) if t["tokfmt"] == "alnum20" else gen_hex(r, 32)
        return v, v
    if k == "maas_api_key":
        v = gen_maas_key(r)
        return v, v
    if k == "intersight_key":
        return gen_ec_pem(r)
    raise ValueError(k)


def neg_value(r, t):
    k = t["kind"]
    fam = t["fam"]
    roll = r.random()
    refs = REFS.get(fam, [])
    if k in ("bmc_password", "bios_password"):
        defaults = DEFAULTS.get(t["vendor"], [])
        if roll < 0.35:
            return r.choice(PW_PLACEHOLDERS)
        if roll < 0.5:
            return r.choice(MASKED)
        if roll < 0.78:
            ref = r.choice(refs) if refs else r.choice(REFS["plain"])
            if k == "bios_password":
                for a, b in (("IPMI_PASSWORD", "BIOS_PASSWORD"), ("BMC_PASSWORD", "BIOS_ADMIN_PW"), ("BMC_PASS", "BIOS_PW"),
                             ("IDRAC_PASSWORD", "BIOS_SETUP_PW"), ("bmc_password", "bios_password"), ("bmc/", "bios/"),
                             ("oob/", "bios/"), ("idrac/root", "bios/setup"), ("bmc_pass", "bios_pw"), ("idrac_password", "bios_setup_password"),
                             ("BMC password", "BIOS password"), ("bmc", "bios")):
                    ref = ref.replace(a, b)
            if k == "bmc_password":
                ref = ref.replace("BIOS_PASSWORD", "ILO_PASSWORD").replace("BiosAdmin", "IloAdmin").replace("$BiosPw", "$IloPw")
            return Expr(ref) if refs else ref
        if roll < 0.93 and defaults:
            return r.choice(defaults)
        return ""
    if k == "ipmi_kg":
        if roll < 0.55:
            return "0" * 40
        if roll < 0.8 and refs:
            return Expr(r.choice(refs).replace("PASSWORD", "KG").replace("password", "kg").replace("pass", "kg"))
        return r.choice(KG_PLACEHOLDERS)
    if k == "redfish_token":
        if roll < 0.6:
            return r.choice(TOKEN_PLACEHOLDERS)
        if refs:
            return Expr(r.choice(['"$TOKEN"', '"${X_AUTH_TOKEN}"']) if fam == "sh" else
                        r.choice(['os.environ["REDFISH_TOKEN"]', 'session.token']) if fam == "py" else r.choice(TOKEN_PLACEHOLDERS))
        return r.choice(["{{token}}", "{{x_auth_token}}", "<x-auth-token>"])
    if k == "maas_api_key":
        if roll < 0.5:
            return r.choice(MAAS_PLACEHOLDERS)
        if fam == "sh":
            return Expr(r.choice(['"$(sudo maas apikey --username=admin)"', '"${MAAS_API_KEY}"', '"$(cat ~/maas-api-key)"']))
        if fam == "py":
            return Expr('os.environ["MAAS_API_KEY"]')
        if fam == "tf":
            return Expr("var.maas_api_key")
        return r.choice(MAAS_PLACEHOLDERS)
    if k == "intersight_key":
        if roll < 0.5 or fam != "ansible":
            return r.choice(PEM_PLACEHOLDERS)
        return "{{ lookup('file', '~/.intersight/SecretKey.txt') }}"
    raise ValueError(k)


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0].strip())
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    used = set()

    def write(rel, text):
        path = os.path.join(out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    # positives
    env_count = 0
    order = []
    while len(order) < 500:
        blk = TEMPLATES[:]
        r.shuffle(blk)
        order += blk
    order = order[:500]
    for i, t in enumerate(order):
        while True:
            val, needle = gen_value(r, t)
            if needle in used:
                continue
            rel, text = t["fn"](r, val)
            if t["filetype"] == "dotenv":
                if env_count >= 24:
                    t = next(x for x in TEMPLATES if x["name"] == "t_hostvars")
                    continue
            break
        if t["filetype"] == "dotenv":
            env_count += 1
        used.add(needle)
        assert text.count(needle) >= 1, (t["name"], needle)
        line = text[:text.index(needle)].count("\n") + 1
        assert needle in text.split("\n")[line - 1]
        f = f"pos/p{i:04d}/{rel}"
        write(f, text)
        manifest.append({"file": f, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": t["filetype"], "template": t["name"]})
        secrets.append({"file": f, "needle": needle, "line": line})

    # negatives: 250 template-with-filler, 250 look-alikes
    neg_t = [x for x in TEMPLATES if x["filetype"] != "dotenv"]
    order = []
    while len(order) < 250:
        blk = neg_t[:]
        r.shuffle(blk)
        order += blk
    order = order[:250]
    look = []
    while len(look) < 250:
        blk = LOOK[:]
        r.shuffle(blk)
        look += blk
    look = look[:250]
    items = [("tpl", t) for t in order] + [("look", t) for t in look]
    r.shuffle(items)
    for i, (src, t) in enumerate(items):
        if src == "tpl":
            v = neg_value(r, t)
            rel, text = t["fn"](r, v)
            kind = t["kind"]
            tname = t["name"]
        else:
            rel, text = t["fn"](r)
            kind = t["kind"]
            tname = t["name"]
        base = os.path.basename(rel)
        assert not (base == ".env" or base.startswith(".env.") and base not in (".env.example", ".env.sample"))
        f = f"neg/n{i:04d}/{rel}"
        write(f, text)
        manifest.append({"file": f, "label": "neg", "provider": t["provider"], "kind": kind,
                         "filetype": t["filetype"], "template": tname})

    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
