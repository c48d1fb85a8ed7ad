#!/usr/bin/env python3
"""Blind evaluation-set generator "jv": VoIP phone / ATA provisioning credentials.

EMPHASIS
  Domain: provisioning of desk phones, ATAs, softphones and SIP servers.  Providers /
  products: Polycom/Poly UC .cfg XML (reg.N.auth.password, device.prov.password,
  device.auth.localAdminPassword), Yealink .cfg (account.N.password,
  security.user_password, static.auto_provision.server.password, AES config key),
  Grandstream cfgMAC.xml (P34 SIP password, P2 admin password), Cisco SPA / MPP
  flat-profile XML (Password_1_, Admin_Passwd, Profile_Rule --pwd), Snom XML (user_pass,
  admin_mode_password, http_pass), Fanvil XML (Register_Pswd), Obihai TR-104 XML
  (AuthPassword), Mitel/Aastra .cfg ("sip line1 password:", "admin password:"), Avaya
  46xxsettings.txt (ADMIN_PASSWORD, WEB_ADMIN_PASSWORD), Cisco CUCM SEP<MAC>.cnf.xml
  (sshPassword, authPassword), FreePBX (sip_additional.conf, sip table SQL, EPM templates,
  bulk CSV), 3CX generated phone configs, Asterisk pjsip.conf / sip.conf / iax.conf /
  manager.conf / pjsip_wizard.conf, Kamailio (subscriber/uacreg SQL, kamctl, DBURL),
  FreeSWITCH directory/gateway XML, softphones (MicroSIP .ini, linphonerc, Zoiper,
  Bria, baresip accounts, pjsua), plus scripts and infra around a provisioning server.
  File types: XML, .cfg key=value / key: value, INI, linphonerc, Asterisk .conf, SQL,
  shell, CSV, Markdown, PHP, Python, JavaScript, Go, Java .properties, YAML, TOML,
  Terraform, Dockerfile, JSON, logs/pcap text, .env (positives only, < 1 in 20).

USAGE
  python3 -B gen_jv.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one per positive).
  All randomness comes from one random.Random(SEED); output is byte-identical per SEED.

NEEDLE CONVENTIONS
  - Plain password settings (XML attribute/element, key=value, INI, SQL column, CSV
    cell, code string literal): the needle is the password value only, without quotes.
  - URLs with embedded credentials (https://user:PASS@host/, ftp://user:PASS@host,
    sip:user:PASS@host, mysql://user:PASS@host/db, register => user:PASS@host): the
    needle is the password part only.
  - Yealink security.user_password = admin:PASS: the needle is PASS.
  - HTTP Basic Authorization header: the needle is the base64 token after "Basic ".
  - Command-line / positional arguments (kamctl add EXT PASS, curl -u user:PASS,
    sshpass -p PASS, pjsua --password PASS): the needle is PASS.
  - No multi-line secrets (no private keys) are produced in this domain set.
  - The line is the 1-based line of the needle's first occurrence (asserted).  In the
    Kamailio subscriber INSERT the password also appears inside MD5('u:d:PASS') on the
    same line.

NEGATIVES
  Half re-use the positive templates with the credential slot holding a non-secret:
  placeholders (YOUR_SIP_PASSWORD, <sip-password>, changeme, xxxxxxxx), empty values,
  masked values (********, [REDACTED]), references (${VAR}, os.environ[...],
  process.env.X, getenv(), var.x, {{ vault_x }}, op:// and vault paths), template
  variables of provisioning systems ({$secret}, %%PASSWORD%%, {{ line.password }},
  $password), and documented factory defaults / documentation examples (Polycom 456,
  Aastra 22222, Avaya 27238, Snom 0000 and the Snom wiki example value, Cisco "some
  secret", the Obihai guide example, Grandstream/Yealink "admin", Polycom FTP
  PlcmSpIp, Kamailio kamailiorw).  Files named .env* become .env.example.
  The other half are look-alikes: MAC-named configs without passwords, extension/user
  ids, registrar hosts, firmware versions and checksums, certificate fingerprints and
  public certificates, DTLS fingerprints, SIP traces with digest nonce/response and
  Call-IDs, Kamailio subscriber rows holding only ha1/ha1b (decision: HA1 digests are
  treated as hashes, i.e. negatives), codec lists, dialplans, DHCP option 66 configs,
  inventories with serial numbers and UUIDs, provisioning code that reads secrets from
  a store.

FORMATS CHECKED (search tool, pages/docs/code corpora)
  - Cisco SPA admin guide: <flat-profile><Admin_Passwd>some secret</Admin_Passwd>;
    SPC text form Admin_Passwd "some secret"; line params suffixed _1_ (Password_1_).
  - Grandstream SIP Device Provisioning Guide: <gs_provision version="1"><mac>..</mac>
    <config version="1"><P271>..; P2 = Admin Password; cfgMAC.xml naming.
  - Snom wiki: <user_pass idx="1">..</user_pass>, <admin_mode_password perm="">,
    http_pass, webserver_admin_password; settings/phone-settings wrappers.
  - Obihai admin guide: VoiceService.1.VoiceProfile.1.Line.1.SIP. AuthUserName /
    AuthPassword as ParameterValueStruct Name/Value.
  - Aastra admin guide: "admin password:" numeric only, default 22222; aastra.cfg,
    <model>.cfg, <mac>.cfg; "sip line1 password:" (seen in real templates).
  - Avaya J100 docs: PROCPSWD default 27238, ADMIN_PASSWORD 6-31 chars,
    WEB_ADMIN_PASSWORD 8-31 chars; "SET NAME value" syntax of 46xxsettings.txt.
  - Kamailio subscriber(username, domain, password, ha1, ha1b), ha1 =
    md5(user:domain:password), kamctl add user password.
  - linphonerc [auth_info_0] username/passwd/ha1/realm; Fanvil Register_Pswd;
    Yealink account.N.password and security.user_password = user:pass (seen in real
    open-source provisioning templates); CUCM cnf.xml sshUserId/sshPassword.
  - Polycom admin guides were found but excerpts did not show the parameter tables;
    the parameter names come from the brief and general knowledge.

DOUBTS
  - Polycom parameter names (reg.1.auth.password, device.prov.password,
    device.auth.localAdminPassword) not confirmed verbatim in the excerpts seen.
  - Yealink: the brief says account.1.auth_password; the templates seen use
    account.1.password, which is used here.  static.auto_provision.aes_key_16.com and
    static.auto_provision.server.username/password are from memory.
  - Cisco SPA Profile_Rule "[--uid u --pwd p]" option syntax is from memory.
  - CUCM <sipLines><line><authName>/<authPassword>, Zoiper and Bria key names, the
    Kamailio uacreg column names and the 3CX template variable style are unconfirmed.
  - HA1 digests are password-equivalent for one realm; they are labelled negative here.
  - Short all-digit admin passwords (Aastra) are weak secrets; a scanner may reasonably
    miss them.
"""
import base64
import hashlib
import json
import os
import random
import sys

N_POS = 500
N_NEG = 500
SENT = "\x00SLOT\x00"

FIRST = ["Alice", "Bruno", "Chen", "Dana", "Emeka", "Fatima", "Greta", "Hiro", "Ines",
         "Jonas", "Kofi", "Lena", "Marco", "Nadia", "Omar", "Priya", "Quinn", "Rosa",
         "Sven", "Tara", "Umar", "Vera", "Wes", "Yara", "Zoltan"]
LAST = ["Andersen", "Baker", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Hughes",
        "Ivanova", "Jansen", "Kowalski", "Lopez", "Moreau", "Novak", "Okafor", "Patel",
        "Rossi", "Schmidt", "Tanaka", "Varga", "Weber", "Young"]
COMPANIES = ["acme", "northwind", "bluepeak", "harborlaw", "riverbend-clinic", "kestrel",
             "summitlogistics", "oakridge", "pinecrest", "meridian", "brightway",
             "lakeside-realty", "granite-eng", "fairview", "copperleaf", "westgate"]
TLDS = ["com", "net", "io", "co.uk", "de", "org", "nl", "ca"]
CARRIERS = ["sip.telnyx.com", "chicago.voip.ms", "sip.flowroute.com", "trunk.sipgate.de",
            "sip.bandwidth-trunks.net", "sbc.callcentric.net", "voip.ippi-trunk.com",
            "sip.didlogic.net", "gw1.zadarma-trunk.com", "sip.anveo-trunk.net"]
WORDS = ["Maple", "Rocket", "Harbor", "Falcon", "Copper", "Violet", "Summit", "Orchid",
         "Canyon", "Pixel", "Lantern", "Glacier", "Tundra", "Meadow", "Cobalt", "Ember",
         "Willow", "Quartz", "Nimbus", "Saffron", "Tiger", "Pebble", "Comet", "Juniper"]
CODECS = ["PCMU", "PCMA", "G722", "G729", "opus", "iLBC", "G726-32"]
OUI = {"polycom": ["0004f2", "64167f", "482567"], "yealink": ["001565", "805ec0", "249ad8"],
       "grandstream": ["000b82", "c074ad", "ec74d7"], "cisco": ["001d45", "f4acc1", "3c08f6"],
       "snom": ["000413"], "fanvil": ["0c383e", "0ca8a7"], "obihai": ["9cadef"],
       "aastra": ["00085d"], "avaya": ["a01290", "b4b017"], "generic": ["001a2b", "00e04c"]}

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
SYMS = {"xml": "!#%*-_.+=@^~", "kv": "!%*-_.+@^~", "sql": "!#%*-_.+=@^~",
        "url": "-_.~!*", "sh": "-_.+=%@^~", "code": "!#%*-_.+=@^~", "csv": "!#%*-_.+=@^~",
        "yaml": "-_.+=%@^~", "ini": "!%*-_.+@^~", "conf": "!%*-_.+@^~"}


class G(object):
    """Random helpers bound to the single random.Random(SEED)."""

    def __init__(self, r):
        self.r = r

    def choice(self, seq):
        return seq[self.r.randrange(len(seq))]

    def rint(self, a, b):
        return self.r.randint(a, b)

    def chance(self, p):
        return self.r.random() < p

    def hexs(self, n, upper=False):
        s = "".join(self.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.r.randrange(256) for _ in range(nbytes))).decode()

    def uuid(self):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.choice("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def mac(self, vendor="generic"):
        return self.choice(OUI[vendor]) + self.hexs(6)

    def mac_colon(self, vendor="generic", upper=True):
        m = self.mac(vendor)
        m = m.upper() if upper else m
        return ":".join(m[i:i + 2] for i in range(0, 12, 2))

    def ext(self):
        return str(self.choice([self.rint(100, 899), self.rint(2000, 7999), self.rint(200, 299)]))

    def did(self):
        return "1%d%03d%04d" % (self.rint(201, 989), self.rint(200, 999), self.rint(0, 9999))

    def ip(self):
        a = self.choice(["10.%d.%d.%d", "192.168.%d.%d", "172.16.%d.%d"])
        n = a.count("%d")
        return a % tuple(self.rint(1, 254) for _ in range(n))

    def company(self):
        return self.choice(COMPANIES)

    def domain(self):
        return self.company() + "." + self.choice(TLDS)

    def pbx(self):
        return self.choice(["pbx", "voip", "sip", "uc", "phones", "tel"]) + "." + self.domain()

    def prov_host(self):
        return self.choice(["prov", "provisioning", "tftp", "epm", "dms", "phonecfg"]) + "." + self.domain()

    def carrier(self):
        return self.choice(CARRIERS)

    def person(self):
        return self.choice(FIRST) + " " + self.choice(LAST)

    def user(self):
        return self.choice(["prov", "provision", "phones", "epm", "cfguser", "polycom",
                            "yealink", "tftpuser", "autoprov", "deploy"])

    def date(self):
        return "20%02d-%02d-%02d" % (self.rint(19, 25), self.rint(1, 12), self.rint(1, 28))

    def ts(self):
        return "%s %02d:%02d:%02d" % (self.date(), self.rint(0, 23), self.rint(0, 59), self.rint(0, 59))

    def fw(self, vendor):
        if vendor == "polycom":
            return "%d.%d.%d.%04d" % (self.choice([5, 6, 7]), self.rint(0, 9), self.rint(0, 5), self.rint(1000, 9999))
        if vendor == "yealink":
            return "%d.%d.%d.%d" % (self.choice([66, 96, 108, 115, 119]), self.rint(84, 86), self.rint(0, 9), self.rint(1, 200))
        if vendor == "grandstream":
            return "1.0.%d.%d" % (self.rint(3, 11), self.rint(1, 99))
        if vendor == "cisco":
            return "sip88xx.%d-%d-%dMPP0001-%d" % (self.rint(11, 12), self.rint(0, 3), self.rint(1, 9), self.rint(100, 999))
        return "%d.%d.%d" % (self.rint(1, 10), self.rint(0, 20), self.rint(0, 99))

    def pw(self, ctx="kv", style=None):
        """A random password-like secret safe for the syntax context."""
        st = style or self.choice(["alnum", "alnum", "sym", "sym", "words", "mixed"])
        r = self.r
        if st == "hex32":
            return self.hexs(32)
        if st == "num":
            return str(self.rint(1, 9)) + "".join(self.choice("0123456789") for _ in range(self.rint(5, 9)))
        if st == "words":
            sep = self.choice(["-", ".", "_", ""]) if ctx != "url" else self.choice(["-", ".", "_"])
            w1 = self.choice(WORDS)
            w2 = self.choice([w for w in WORDS if w != w1])
            return w1 + sep + w2 + sep + str(self.rint(10, 9999)) + \
                (self.choice(SYMS[ctx]) if self.chance(0.5) else "")
        while True:
            n = self.rint(10, 24) if st != "3cx" else 10
            s = [self.choice(ALNUM) for _ in range(n)]
            if st in ("sym", "mixed"):
                for _ in range(self.rint(1, 3)):
                    s[self.rint(1, n - 1)] = self.choice(SYMS[ctx])
            p = "".join(s)
            if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c.islower() for c in p):
                return p


# ---------------------------------------------------------------------------
# Negative fillers for re-used positive templates
# ---------------------------------------------------------------------------
PLACEHOLDERS = ["YOUR_SIP_PASSWORD", "changeme", "xxxxxxxx", "CHANGE_ME", "REPLACE_ME",
                "your-password-here", "XXXXXXXXXXXX", "password_goes_here", "TODO",
                "SECRET_HERE", "set-me"]
ANGLE = ["<sip-password>", "<your-password>", "<secret>", "<PASSWORD>", "<admin-pass>"]
MASKED = ["********", "[REDACTED]", "****", "<hidden>", "xxxx-masked-xxxx", "************"]
TEMPLATE_VARS = ["${SIP_PASSWORD}", "{$secret}", "%%PASSWORD%%", "{{ line.password }}",
                 "$password", "__SIP_SECRET__", "{$password.line.1}", "%SIP_PASS%",
                 "{{ admin_password }}", "${PROV_PASSWORD}"]
CODE_REFS = {
    "py": ['os.environ["%s"]', 'os.getenv("%s")', 'settings.%s', 'secrets_store.get("%s")'],
    "js": ["process.env.%s", "config.get('%s')", "process.env['%s']"],
    "php": ["getenv('%s')", "$_ENV['%s']", "env('%s')"],
    "go": ['os.Getenv("%s")', 'cfg.MustGet("%s")'],
    "java": ['System.getenv("%s")'],
    "sh": ['"${%s}"', '"$(op read op://voip/%s/password)"', '"$(vault kv get -field=password secret/voip/%s)"'],
    "yaml": ["${%s}", "{{ vault_%s }}", "${{ secrets.%s }}", "op://voip/%s/password"],
    "tf": ["var.%s"],
}

POS = []
NEG = []


def pos(name, provider, kind, ctx, lang=None, q="", env="SIP_PASSWORD", docvals=(),
        style=None, transform=None):
    def deco(fn):
        POS.append(dict(name=name, provider=provider, kind=kind, ctx=ctx, lang=lang, q=q,
                        env=env, docvals=list(docvals), style=style, transform=transform, fn=fn))
        return fn
    return deco


def neg(name, provider, kind):
    def deco(fn):
        NEG.append(dict(name=name, provider=provider, kind=kind, fn=fn))
        return fn
    return deco


def codecs_line(g, sep=","):
    c = list(CODECS)
    g.r.shuffle(c)
    return sep.join(c[:g.rint(2, 4)])


# ------------------------------- Polycom ----------------------------------
@pos("polycom_reg_auth", "polycom", "sip_password", "xml", docvals=["456", "123"])
def _(g):
    m = g.mac("polycom")
    e = g.ext()
    h = g.pbx()
    name = g.person()
    txt = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- Per-phone file for {name} ({m}); generated {g.date()} -->
<PHONE_CONFIG>
  <ALL
    reg.1.displayName="{name}"
    reg.1.label="{e}"
    reg.1.address="{e}"
    reg.1.auth.userId="{e}"
    reg.1.auth.password="{SENT}"
    reg.1.server.1.address="{h}"
    reg.1.server.1.port="5060"
    reg.1.server.1.transport="UDPOnly"
    reg.1.server.1.expires="3600"
    reg.1.lineKeys="2"
    msg.mwi.1.callBackMode="contact"
    msg.mwi.1.callBack="*97"
    voice.codecPref.G722="1"
    voice.codecPref.G711_Mu="2"
  />
</PHONE_CONFIG>
'''
    return g.choice(["provisioning/polycom/", "tftpboot/", "configs/phones/"]) + m + "-registration.cfg", txt


@pos("polycom_prov_password", "polycom", "provisioning_password", "xml", env="PROV_PASSWORD",
     docvals=["PlcmSpIp"])
def _(g):
    ph = g.prov_host()
    txt = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- site.cfg : settings shared by every VVX in the building -->
<PHONE_CONFIG>
  <DEVICE
    device.set="1"
    device.prov.serverType.set="1"
    device.prov.serverType="2"
    device.prov.serverName.set="1"
    device.prov.serverName="{ph}/polycom"
    device.prov.user.set="1"
    device.prov.user="{g.user()}"
    device.prov.password.set="1"
    device.prov.password="{SENT}"
    device.sntp.serverName.set="1"
    device.sntp.serverName="pool.ntp.org"
    device.sntp.gmtOffset="{g.choice(['-18000', '0', '3600', '-28800'])}"
  />
  <LOG log.render.level="{g.rint(0, 5)}" log.level.change.sip="{g.rint(1, 4)}"/>
</PHONE_CONFIG>
'''
    return g.choice(["provisioning/polycom/site.cfg", "polycom/common/device.cfg", "tftp/site.cfg"]), txt


@pos("polycom_local_admin", "polycom", "admin_password", "xml", env="PHONE_ADMIN_PASSWORD",
     docvals=["456"])
def _(g):
    txt = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<PHONE_CONFIG>
  <!-- Security hardening, ticket NET-{g.rint(100, 9999)} -->
  <SECURITY
    device.auth.localAdminPassword.set="1"
    device.auth.localAdminPassword="{SENT}"
    device.auth.localUserPassword.set="0"
    sec.srtp.enable="1"
    sec.srtp.offer="1"
    httpd.cfg.secureTunnelEnabled="1"
    httpd.cfg.secureTunnelRequired="1"
    up.screenSaver.enabled="0"
  />
</PHONE_CONFIG>
'''
    return g.choice(["provisioning/polycom/security.cfg", "phones/poly/hardening.cfg"]), txt


@pos("polycom_prov_url", "polycom", "provisioning_url", "url", env="PROV_PASSWORD",
     docvals=["PlcmSpIp"])
def _(g):
    u = g.choice(["PlcmSpIp", g.user()])
    ph = g.prov_host()
    txt = f'''# dhcpd.conf fragment - option 160 tells Poly phones where to fetch configs
option polycom-prov code 160 = string;

subnet {g.ip().rsplit('.', 1)[0]}.0 netmask 255.255.255.0 {{
  option routers {g.ip()};
  option domain-name-servers 1.1.1.1, 9.9.9.9;
  option polycom-prov "ftp://{u}:{SENT}@{ph}/polycom";
  default-lease-time 86400;
}}
'''
    return g.choice(["infra/dhcp/dhcpd-voice.conf", "ansible/roles/dhcp/files/voice-vlan.conf"]), txt


# ------------------------------- Yealink ----------------------------------
@pos("yealink_account_password", "yealink", "sip_password", "kv", docvals=["admin"])
def _(g):
    m = g.mac("yealink")
    e = g.ext()
    h = g.pbx()
    txt = f'''#!version:1.0.0.1
## the file header "#!version:1.0.0.1" can not be edited or deleted ##

account.1.enable = 1
account.1.label = {e}
account.1.display_name = {g.person()}
account.1.auth_name = {e}
account.1.user_name = {e}
account.1.password = {SENT}
account.1.sip_server.1.address = {h}
account.1.sip_server.1.port = 5060
account.1.sip_server.1.expires = 3600
account.1.codec.1.payload_type = PCMU
account.1.codec.2.payload_type = G722
voice_mail.number.1 = *97
local_time.time_zone = {g.choice(['-5', '+1', '0', '-8'])}
'''
    return g.choice(["provisioning/yealink/", "tftpboot/", "epm/yealink/"]) + m + ".cfg", txt


@pos("yealink_prov_server_password", "yealink", "provisioning_password", "kv",
     env="PROV_PASSWORD")
def _(g):
    txt = f'''#!version:1.0.0.1
## y000000000044.cfg - common for all T4x phones

static.auto_provision.power_on = 1
static.auto_provision.repeat.enable = 1
static.auto_provision.repeat.minutes = 1440
static.auto_provision.server.url = https://{g.prov_host()}/yealink/
static.auto_provision.server.username = {g.user()}
static.auto_provision.server.password = {SENT}
static.firmware.url = https://{g.prov_host()}/firmware/T46S-{g.fw("yealink")}.rom
static.network.vlan.internet_port_enable = 1
static.network.vlan.internet_port_vid = {g.rint(2, 400)}
features.dnd.enable = 0
'''
    return g.choice(["provisioning/yealink/y000000000044.cfg", "yealink/common/y000000000028.cfg",
                     "tftp/y000000000066.cfg"]), txt


@pos("yealink_user_password", "yealink", "admin_password", "kv", env="PHONE_ADMIN_PASSWORD",
     docvals=["admin"])
def _(g):
    txt = f'''#!version:1.0.0.1
# Lock the web UI down before phones leave the staging bench
static.security.user_name.admin = admin
static.security.user_name.user = user
security.user_password = admin:{SENT}
static.wui.https_enable = 1
static.wui.http_enable = 0
lang.wui = English
phone_setting.lock = 0
'''
    return g.choice(["provisioning/yealink/security.cfg", "staging/yealink-hardening.cfg"]), txt


@pos("yealink_aes_key", "yealink", "config_encryption_key", "kv", env="YEALINK_AES_KEY",
     style="alnum16")
def _(g):
    txt = f'''#!version:1.0.0.1
## Encrypted configs: phones decrypt <MAC>-enc.cfg with this key
static.auto_provision.aes_key_in_file = 0
static.auto_provision.aes_key_16.com = {SENT}
static.auto_provision.update_file_mode = 0
static.auto_provision.server.url = https://{g.prov_host()}/yl/
'''
    return g.choice(["provisioning/yealink/y000000000000.cfg", "yealink/boot/common.cfg"]), txt


@pos("yealink_prov_url_inline", "yealink", "provisioning_url", "url", env="PROV_PASSWORD")
def _(g):
    m = g.mac("yealink")
    txt = f'''#!version:1.0.0.1
## {m}.boot - redirect written by the RPS onboarding script
include:config "https://{g.user()}:{SENT}@{g.prov_host()}/yealink/common.cfg"
include:config "https://{g.prov_host()}/yealink/{m}.cfg"
overwrite_mode = 1
'''
    return "provisioning/yealink/" + m + ".boot", txt


# ----------------------------- Grandstream ---------------------------------
@pos("grandstream_p34", "grandstream", "sip_password", "xml", docvals=["admin"])
def _(g):
    m = g.mac("grandstream")
    e = g.ext()
    txt = f'''<?xml version="1.0" encoding="UTF-8" ?>
<gs_provision version="1">
  <mac>{m}</mac>
  <config version="1">
    <!-- Account 1 -->
    <P271>1</P271>
    <P270>{e} {g.person()}</P270>
    <P47>{g.pbx()}</P47>
    <P35>{e}</P35>
    <P36>{e}</P36>
    <P34>{SENT}</P34>
    <P3>{g.person()}</P3>
    <P48></P48>
    <P57>0</P57>
    <P58>9</P58>
    <P64>{g.choice(['EST5EDT', 'CET-1CEST', 'PST8PDT'])}</P64>
  </config>
</gs_provision>
'''
    return g.choice(["provisioning/grandstream/", "gs/", "tftpboot/"]) + "cfg" + m + ".xml", txt


@pos("grandstream_p2_admin", "grandstream", "admin_password", "xml", env="GS_ADMIN_PASSWORD",
     docvals=["admin"])
def _(g):
    txt = f'''<?xml version="1.0" encoding="UTF-8" ?>
<gs_provision version="1">
  <config version="1">
    <!-- Admin password for web UI -->
    <P2>{SENT}</P2>
    <!-- End-user password left blank -->
    <P196></P196>
    <P212>2</P212>
    <P237>{g.prov_host()}/gs</P237>
    <P194>1</P194>
    <P193>10080</P193>
  </config>
</gs_provision>
'''
    return g.choice(["provisioning/grandstream/cfg.xml", "gs/common/cfggxp2170.xml"]), txt


@pos("grandstream_ata", "grandstream", "sip_password", "xml", docvals=["admin"])
def _(g):
    m = g.mac("grandstream")
    did = g.did()
    txt = f'''<?xml version="1.0" encoding="UTF-8"?>
<!-- HT802 at the {g.choice(['front desk', 'fax room', 'gate intercom', 'elevator'])} -->
<gs_provision version="1">
  <mac>{m}</mac>
  <config version="1">
    <P47>{g.carrier()}</P47>
    <P35>{did}</P35>
    <P36>{did}</P36>
    <P34>{SENT}</P34>
    <P3>Fax line</P3>
    <P228>1</P228>
    <P57>8</P57>
  </config>
</gs_provision>
'''
    return "ata/grandstream/cfg" + m + ".xml", txt


# ------------------------------- Cisco SPA / MPP ---------------------------
@pos("spa_password_1", "cisco", "sip_password", "xml", docvals=["some secret"])
def _(g):
    e = g.ext()
    txt = f'''<flat-profile>
  <!-- SPA504G for ext {e} -->
  <Line_Enable_1_>Yes</Line_Enable_1_>
  <Proxy_1_>{g.pbx()}</Proxy_1_>
  <Display_Name_1_>{g.person()}</Display_Name_1_>
  <User_ID_1_>{e}</User_ID_1_>
  <Password_1_>{SENT}</Password_1_>
  <Use_Auth_ID_1_>No</Use_Auth_ID_1_>
  <Preferred_Codec_1_>G711u</Preferred_Codec_1_>
  <Resync_Periodic>3600</Resync_Periodic>
</flat-profile>
'''
    return g.choice(["provisioning/cisco/spa", "spa/"]) + g.mac("cisco") + ".xml", txt


@pos("spa_admin_passwd", "cisco", "admin_password", "xml", env="SPA_ADMIN_PASSWD",
     docvals=["some secret"])
def _(g):
    txt = f'''<?xml version="1.0" encoding="UTF-8"?>
<flat-profile>
  <Admin_Passwd>{SENT}</Admin_Passwd>
  <User_Password></User_Password>
  <Upgrade_Enable>Yes</Upgrade_Enable>
  <Upgrade_Rule>http://{g.prov_host()}/cisco/spa-{g.fw('cisco')}.bin</Upgrade_Rule>
  <Enable_Web_Admin_Access>Yes</Enable_Web_Admin_Access>
  <Time_Zone>GMT-05:00</Time_Zone>
</flat-profile>
'''
    return g.choice(["provisioning/cisco/spa-common.xml", "cisco/spa122.xml"]), txt


@pos("spa_profile_rule_pwd", "cisco", "provisioning_password", "xml", env="PROV_PASSWORD")
def _(g):
    txt = f'''<flat-profile>
  <Provision_Enable>Yes</Provision_Enable>
  <Resync_On_Reset>Yes</Resync_On_Reset>
  <Resync_Periodic>86400</Resync_Periodic>
  <Profile_Rule>[--uid {g.user()} --pwd {SENT}]https://{g.prov_host()}/cisco/$MA.xml</Profile_Rule>
  <Profile_Rule_B></Profile_Rule_B>
</flat-profile>
'''
    return g.choice(["provisioning/cisco/init.xml", "cisco/bootstrap/spa.xml"]), txt


@pos("mpp_password_ua", "cisco", "sip_password", "xml")
def _(g):
    e = g.ext()
    m = g.mac("cisco")
    txt = f'''<?xml version="1.0" encoding="UTF-8"?>
<flat-profile>
  <!-- CP-8851-3PCC {m} -->
  <Station_Name ua="na">SEP{m.upper()}</Station_Name>
  <Station_Display_Name ua="na">{g.person()}</Station_Display_Name>
  <Proxy_1_ ua="na">{g.pbx()}</Proxy_1_>
  <User_ID_1_ ua="na">{e}</User_ID_1_>
  <Password_1_ ua="na">{SENT}</Password_1_>
  <Auth_ID_1_ ua="na">{e}</Auth_ID_1_>
  <Preferred_Codec_1_ ua="na">G722</Preferred_Codec_1_>
  <Time_Format ua="na">24hr</Time_Format>
</flat-profile>
'''
    return "provisioning/cisco-mpp/" + m + ".xml", txt


@pos("spa_spc_text", "cisco", "admin_password", "conf", env="SPA_ADMIN_PASSWD",
     docvals=["some secret"])
def _(g):
    txt = f'''# SPC source profile - compile with: spc --target spa2102 spa.txt spa.cfg
Admin_Passwd "{SENT}";
Upgrade_Enable "Yes";
Resync_Periodic "3600";
Profile_Rule "tftp://{g.prov_host()}/spa/$MA.cfg";
Line_Enable[1] "Yes";
'''
    return g.choice(["provisioning/cisco/spa2102.txt", "spc/source/ata.txt"]), txt


# ------------------------------- Snom --------------------------------------
@pos("snom_user_pass", "snom", "sip_password", "xml", docvals=["8LmxdmZdv4FW62PC"])
def _(g):
    e = g.ext()
    h = g.pbx()
    txt = f'''<?xml version="1.0" encoding="utf-8"?>
<settings>
  <phone-settings>
    <language perm="">English</language>
    <setting_server perm="R">https://{g.prov_host()}/snom/{{mac}}</setting_server>
    <user_active idx="1" perm="R">on</user_active>
    <user_realname idx="1" perm="R">{g.person()}</user_realname>
    <user_name idx="1" perm="R">{e}</user_name>
    <user_host idx="1" perm="R">{h}</user_host>
    <user_pass idx="1" perm="">{SENT}</user_pass>
    <user_mailbox idx="1" perm="">*97</user_mailbox>
  </phone-settings>
</settings>
'''
    return g.choice(["provisioning/snom/", "snom/"]) + "snomD785-" + g.mac("snom").upper() + ".xml", txt


@pos("snom_admin_mode", "snom", "admin_password", "xml", env="SNOM_ADMIN_PW", docvals=["0000"])
def _(g):
    txt = f'''<?xml version="1.0" encoding="utf-8"?>
<settings>
  <phone-settings>
    <admin_mode perm="">off</admin_mode>
    <admin_mode_password perm="">{SENT}</admin_mode_password>
    <http_scheme perm="">on</http_scheme>
    <update_policy perm="">auto_update</update_policy>
    <timezone perm="">{g.choice(['GER+1', 'USA-5', 'GBR-0'])}</timezone>
  </phone-settings>
</settings>
'''
    return g.choice(["provisioning/snom/general.xml", "snom/snom-common.xml"]), txt


@pos("snom_http_pass", "snom", "admin_password", "xml", env="SNOM_HTTP_PASS", docvals=["0000"])
def _(g):
    txt = f'''<?xml version="1.0" encoding="utf-8"?>
<settings>
  <phone-settings>
    <http_user perm="">{g.choice(['admin', 'webadmin', 'helpdesk'])}</http_user>
    <http_pass perm="">{SENT}</http_pass>
    <web_language perm="">English</web_language>
    <codec_priority_list idx="1" perm="">{codecs_line(g).lower()}</codec_priority_list>
  </phone-settings>
</settings>
'''
    return "provisioning/snom/web-access.xml", txt


# ------------------------------- Fanvil / Obihai --------------------------
@pos("fanvil_register_pswd", "fanvil", "sip_password", "xml")
def _(g):
    e = g.ext()
    txt = f'''<?xml version="1.0" encoding="UTF-8" ?>
<VOIP_CONFIG_FILE>
<version>2.0002</version>
<SIP_CONFIG_MODULE>
<SIP__Port>5060</SIP__Port>
<SIP_Line_List>
<SIP_Line_List_Entry>
<ID>SIP1</ID>
<Phone_Number>{e}</Phone_Number>
<Display_Name>{g.person()}</Display_Name>
<Register_Addr>{g.pbx()}</Register_Addr>
<Register_Port>5060</Register_Port>
<Register_User>{e}</Register_User>
<Register_Pswd>{SENT}</Register_Pswd>
<Register_TTL>3600</Register_TTL>
<Enable_Reg>1</Enable_Reg>
</SIP_Line_List_Entry>
</SIP_Line_List>
</SIP_CONFIG_MODULE>
</VOIP_CONFIG_FILE>
'''
    return g.choice(["provisioning/fanvil/", "fanvil/"]) + g.mac("fanvil") + ".xml", txt


@pos("obihai_authpassword", "obihai", "sip_password", "xml", docvals=["zYz123#$12"])
def _(g):
    did = g.did()
    txt = f'''<?xml version="1.0" encoding="UTF-8"?>
<ParameterList>
  <Object>
    <Name>VoiceService.1.VoiceProfile.1.Line.1.SIP.</Name>
    <ParameterValueStruct>
      <Name>AuthUserName</Name>
      <Value>{did}</Value>
    </ParameterValueStruct>
    <ParameterValueStruct>
      <Name>AuthPassword</Name>
      <Value>{SENT}</Value>
    </ParameterValueStruct>
    <ParameterValueStruct>
      <Name>URI</Name>
      <Value X_UseDefault="Yes" />
    </ParameterValueStruct>
  </Object>
  <Object>
    <Name>VoiceService.1.VoiceProfile.1.SIP.</Name>
    <ParameterValueStruct>
      <Name>ProxyServer</Name>
      <Value>{g.carrier()}</Value>
    </ParameterValueStruct>
  </Object>
</ParameterList>
'''
    return g.choice(["provisioning/obihai/", "obi/"]) + g.mac("obihai").upper() + ".xml", txt


# ------------------------------- Aastra / Avaya / CUCM --------------------
@pos("aastra_line_password", "mitel", "sip_password", "kv")
def _(g):
    e = g.ext()
    m = g.mac("aastra").upper()
    txt = f'''# {m}.cfg - Mitel 6867i, desk {g.rint(1, 80)}
sip line1 auth name: {e}
sip line1 user name: {e}
sip line1 display name: {g.person()}
sip line1 screen name: {e}
sip line1 password: {SENT}
sip line1 proxy ip: {g.pbx()}
sip line1 proxy port: 5060
sip line1 registrar ip: {g.pbx()}
sip line1 vmail: *97
'''
    return g.choice(["provisioning/aastra/", "mitel/"]) + m + ".cfg", txt


@pos("aastra_admin_numeric", "mitel", "admin_password", "kv", env="AASTRA_ADMIN_PW",
     docvals=["22222"], style="num")
def _(g):
    txt = f'''# aastra.cfg - global settings for every Mitel/Aastra handset
download protocol: HTTPS
https server: {g.prov_host()}
https path: aastra
!admin password: {SENT}
user password:
time server disabled: 0
time server1: pool.ntp.org
tone set: {g.choice(['US', 'Europe', 'Germany', 'UK'])}
'''
    return g.choice(["provisioning/aastra/aastra.cfg", "mitel/aastra.cfg"]), txt


@pos("avaya_admin_password", "avaya", "admin_password", "conf", env="AVAYA_ADMIN_PASSWORD",
     docvals=["27238"])
def _(g):
    txt = f'''############################################################
## 46xxsettings.txt - site {g.company()}
############################################################
SET SIP_CONTROLLER_LIST {g.pbx()}:5061;transport=tls
SET SIPDOMAIN {g.domain()}
SET ENABLE_IPOFFICE 0
SET ADMIN_PASSWORD {SENT}
SET ADMIN_LOGIN_ATTEMPT_ALLOWED 5
SET NTPSRVR pool.ntp.org
SET DSTOFFSET 1
# GOTO END
'''
    return g.choice(["provisioning/avaya/46xxsettings.txt", "avaya/46xxsettings.txt"]), txt


@pos("avaya_web_admin", "avaya", "admin_password", "conf", env="AVAYA_WEB_ADMIN_PASSWORD",
     docvals=["27238"])
def _(g):
    txt = f'''## J179 web UI
SET ENABLE_WEBSERVER 1
SET WEB_ADMIN_PASSWORD {SENT}
SET HTTPSRVR {g.prov_host()}
SET CODEC_PRIORITY {codecs_line(g)}
SET ENABLE_OPUS 1
'''
    return g.choice(["avaya/J100settings.txt", "provisioning/avaya/web.txt"]), txt


@pos("cucm_ssh_password", "cisco", "admin_password", "xml", env="PHONE_SSH_PASSWORD",
     docvals=["cisco"])
def _(g):
    m = g.mac("cisco").upper()
    txt = f'''<?xml version="1.0" encoding="UTF-8"?>
<device xsi:type="axl:XIPPhone" ctiid="{g.rint(10, 999)}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <fullConfig>true</fullConfig>
  <deviceProtocol>SIP</deviceProtocol>
  <sshUserId>{g.choice(['admin', 'ciscoadm', 'support'])}</sshUserId>
  <sshPassword>{SENT}</sshPassword>
  <loadInformation>{g.fw('cisco')}</loadInformation>
  <devicePool>
    <name>{g.company().upper()}-DP</name>
  </devicePool>
</device>
'''
    return "tftp/SEP" + m + ".cnf.xml", txt


@pos("cucm_line_auth", "cisco", "sip_password", "xml")
def _(g):
    m = g.mac("cisco").upper()
    e = g.ext()
    txt = f'''<?xml version="1.0" encoding="UTF-8"?>
<device>
  <deviceProtocol>SIP</deviceProtocol>
  <sipProfile>
    <sipLines>
      <line button="1">
        <featureID>9</featureID>
        <featureLabel>{e}</featureLabel>
        <proxy>USECALLMANAGER</proxy>
        <port>5060</port>
        <name>{e}</name>
        <displayName>{g.person()}</displayName>
        <authName>{e}</authName>
        <authPassword>{SENT}</authPassword>
      </line>
    </sipLines>
  </sipProfile>
</device>
'''
    return "tftpboot/SEP" + m + ".cnf.xml", txt


# ------------------------------- FreePBX / 3CX ----------------------------
@pos("freepbx_sip_additional", "freepbx", "sip_password", "conf", style="hex32")
def _(g):
    e = g.ext()
    txt = f''';--------------------------------------------------------------------------------;
; Do NOT edit this file as it is auto-generated by FreePBX.                      ;
;--------------------------------------------------------------------------------;
[{e}]
deny=0.0.0.0/0.0.0.0
secret={SENT}
dtmfmode=rfc2833
canreinvite=no
context=from-internal
host=dynamic
trustrpid=yes
type=friend
nat=force_rport,comedia
port=5060
qualify=yes
callerid={g.person()} <{e}>
permit=0.0.0.0/0.0.0.0
'''
    return g.choice(["backup/etc/asterisk/sip_additional.conf", "asterisk/sip_additional.conf"]), txt


@pos("freepbx_sip_table_sql", "freepbx", "sip_password", "sql", style="hex32")
def _(g):
    e = g.ext()
    txt = f'''-- restore extension {e} after migration
DELETE FROM sip WHERE id = '{e}';
INSERT INTO sip (id, keyword, data, flags) VALUES ('{e}', 'account', '{e}', 2);
INSERT INTO sip (id, keyword, data, flags) VALUES ('{e}', 'secret', '{SENT}', 3);
INSERT INTO sip (id, keyword, data, flags) VALUES ('{e}', 'context', 'from-internal', 4);
INSERT INTO sip (id, keyword, data, flags) VALUES ('{e}', 'callerid', '{g.person()} <{e}>', 5);
INSERT INTO sip (id, keyword, data, flags) VALUES ('{e}', 'max_contacts', '3', 6);
'''
    return g.choice(["migrations/freepbx_restore_ext.sql", "db/fix_sip_" + e + ".sql"]), txt


@pos("freepbx_bulk_csv", "freepbx", "sip_password", "csv")
def _(g):
    rows = ["extension,name,description,tech,secret,voicemail,vm_password,email"]
    k = g.rint(0, 3)
    for i in range(4):
        e = g.ext()
        nm = g.person()
        em = nm.split()[0].lower() + "@" + g.domain()
        sec = SENT if i == k else ""
        rows.append(f"{e},{nm},,pjsip,{sec},default,,{em}")
    return g.choice(["imports/bulk_extensions.csv", "freepbx/bulkhandler/new_hires.csv"]), "\n".join(rows) + "\n"


@pos("freepbx_epm_basefile", "freepbx", "sip_password", "kv")
def _(g):
    e = g.ext()
    txt = f'''#!version:1.0.0.1
## Endpoint Manager basefile override for the lobby phone (template vars disabled here)
account.1.enable = 1
account.1.label = {{$displayname.line.1}}
account.1.user_name = {e}
account.1.auth_name = {e}
account.1.password = {SENT}
account.1.sip_server.1.address = {{$server.ip.1}}
account.1.sip_server.1.port = {{$server.port.1}}
'''
    return "freepbx/endpoint/yealink/lobby_override.cfg", txt


@pos("threecx_generated_cfg", "3cx", "sip_password", "kv", style="3cx")
def _(g):
    e = g.ext()
    txt = f'''#!version:1.0.0.1
# 3CX Phone System - provisioning file generated {g.ts()}
# Extension {e} / template yealinkT4x.ph.xml
account.1.enable = 1
account.1.label = {e} {g.person().split()[0]}
account.1.auth_name = {g.choice(['', 'a'])}{g.hexs(10)}
account.1.user_name = {e}
account.1.password = {SENT}
account.1.sip_server.1.address = {g.company()}.{g.choice(['3cx.us', '3cx.eu', '3cx.co.uk'])}
account.1.sip_server.1.port = 5060
'''
    return "3cx/provisioning/" + g.hexs(10) + "/" + g.mac("yealink") + ".cfg", txt


# ------------------------------- Asterisk ---------------------------------
@pos("pjsip_trunk_auth", "asterisk", "trunk_password", "conf", env="TRUNK_PASSWORD")
def _(g):
    c = g.carrier()
    u = g.did()
    txt = f'''; pjsip.conf - outbound trunk to {c}
[transport-udp]
type=transport
protocol=udp
bind=0.0.0.0

[{c.split('.')[1]}-reg]
type=registration
transport=transport-udp
outbound_auth={c.split('.')[1]}-auth
server_uri=sip:{c}
client_uri=sip:{u}@{c}
retry_interval=60

[{c.split('.')[1]}-auth]
type=auth
auth_type=userpass
username={u}
password={SENT}

[{c.split('.')[1]}]
type=endpoint
context=from-trunk
disallow=all
allow=ulaw,alaw
outbound_auth={c.split('.')[1]}-auth
aors={c.split('.')[1]}
'''
    return g.choice(["asterisk/pjsip.conf", "etc/asterisk/pjsip_trunks.conf", "docker/asterisk/conf/pjsip.conf"]), txt


@pos("pjsip_phone_auth", "asterisk", "sip_password", "conf")
def _(g):
    e = g.ext()
    txt = f'''[{e}]
type=endpoint
context=internal
disallow=all
allow={codecs_line(g).lower()}
auth=auth{e}
aors={e}
direct_media=no

[auth{e}]
type=auth
auth_type=userpass
username={e}
password={SENT}

[{e}]
type=aor
max_contacts=2
remove_existing=yes
'''
    return g.choice(["asterisk/pjsip_endpoints.conf", "etc/asterisk/pjsip.endpoint.conf"]), txt


@pos("sip_conf_peer_secret", "asterisk", "trunk_password", "conf", env="TRUNK_SECRET")
def _(g):
    c = g.carrier()
    txt = f'''[general]
context=default
allowguest=no
srvlookup=yes
udpbindaddr=0.0.0.0

[trunk-out]
type=peer
host={c}
defaultuser={g.did()}
fromdomain={c}
secret={SENT}
insecure=port,invite
qualify=yes
disallow=all
allow=ulaw
'''
    return g.choice(["asterisk/sip.conf", "legacy/etc/asterisk/sip.conf"]), txt


@pos("sip_conf_register_line", "asterisk", "trunk_password", "url", env="TRUNK_SECRET")
def _(g):
    c = g.carrier()
    txt = f'''; sip_registrations_custom.conf
; keep one registration per DID, see RUNBOOK.md
register => {g.did()}:{SENT}@{c}/{g.ext()}
registertimeout=20
registerattempts=0
'''
    return g.choice(["asterisk/sip_registrations_custom.conf", "etc/asterisk/sip_register.conf"]), txt


@pos("iax_trunk_secret", "asterisk", "trunk_password", "conf", env="IAX_SECRET")
def _(g):
    txt = f'''[general]
bindport=4569
bandwidth=low
disallow=lpc10
jitterbuffer=no

[hq-{g.company()}]
type=friend
host={g.ip()}
username=branch{g.rint(1, 30)}
secret={SENT}
context=from-hq
trunk=yes
auth=md5
'''
    return "asterisk/iax.conf", txt


@pos("pjsip_wizard_password", "asterisk", "trunk_password", "conf", env="TRUNK_PASSWORD")
def _(g):
    c = g.carrier()
    u = g.did()
    txt = f'''[itsp-trunk]
type = wizard
transport = transport-udp
remote_hosts = {c}
outbound_auth/username = {u}
outbound_auth/password = {SENT}
endpoint/context = from-pstn
endpoint/allow = !all,ulaw
sends_registrations = yes
sends_auth = yes
'''
    return g.choice(["asterisk/pjsip_wizard.conf", "etc/asterisk/pjsip_wizard.conf"]), txt


@pos("asterisk_manager_secret", "asterisk", "ami_password", "conf", env="AMI_SECRET")
def _(g):
    txt = f'''[general]
enabled = yes
port = 5038
bindaddr = 127.0.0.1

[{g.choice(['provbot', 'fop2', 'crm', 'dashboard'])}]
secret = {SENT}
deny = 0.0.0.0/0.0.0.0
permit = 127.0.0.1/255.255.255.255
read = system,call,agent,user
write = system,call,originate
'''
    return g.choice(["asterisk/manager.conf", "etc/asterisk/manager_custom.conf"]), txt


# ------------------------------- Kamailio ---------------------------------
@pos("kamailio_subscriber_insert", "kamailio", "sip_password", "sql", docvals=["test123"])
def _(g):
    e = g.ext()
    d = g.domain()
    txt = f'''-- seed subscribers for the {d} tenant
USE kamailio;
INSERT INTO subscriber (username, domain, password, ha1, ha1b) VALUES
  ('{e}', '{d}', '{SENT}', MD5('{e}:{d}:{SENT}'), MD5('{e}@{d}:{d}:{SENT}'));
INSERT INTO version (table_name, table_version) VALUES ('subscriber', 7)
  ON DUPLICATE KEY UPDATE table_version = 7;
'''
    return g.choice(["kamailio/sql/seed_subscribers.sql", "db/seeds/subscriber.sql"]), txt


@pos("kamctl_add", "kamailio", "sip_password", "sh")
def _(g):
    e = g.ext()
    txt = f'''#!/bin/sh
# add the reception phone to the proxy
set -e
export SIP_DOMAIN={g.domain()}
kamctl add {e} {SENT}
kamctl ul show {e} || true
'''
    return g.choice(["scripts/add_reception.sh", "ops/kamailio/add-user.sh"]), txt


@pos("kamailio_dburl", "kamailio", "db_password", "url", env="DBRWPW", docvals=["kamailiorw"])
def _(g):
    txt = f'''#!KAMAILIO
#!define WITH_MYSQL
#!define WITH_AUTH
#!define WITH_USRLOCDB

#!ifdef WITH_MYSQL
#!define DBURL "mysql://kamailio:{SENT}@{g.choice(['127.0.0.1', 'db.internal', 'mysql'])}/kamailio"
#!endif

loadmodule "auth.so"
loadmodule "auth_db.so"
modparam("auth_db", "db_url", DBURL)
modparam("auth_db", "calculate_ha1", yes)
modparam("auth_db", "password_column", "password")
'''
    return g.choice(["kamailio/kamailio.cfg", "etc/kamailio/kamailio-local.cfg"]), txt


@pos("kamailio_uacreg", "kamailio", "trunk_password", "sql")
def _(g):
    c = g.carrier()
    u = g.did()
    txt = f'''-- outbound registration to upstream carrier
INSERT INTO uacreg (l_uuid, l_username, l_domain, r_username, r_domain, realm,
                    auth_username, auth_password, auth_proxy, expires)
VALUES ('{g.rint(1, 99)}', '{u}', '{g.domain()}', '{u}', '{c}', '{c}',
        '{u}', '{SENT}', 'sip:{c}', 3600);
'''
    return "kamailio/sql/uacreg.sql", txt


# ------------------------------- FreeSWITCH -------------------------------
@pos("freeswitch_directory_user", "freeswitch", "sip_password", "xml")
def _(g):
    e = g.ext()
    txt = f'''<include>
  <user id="{e}">
    <params>
      <param name="password" value="{SENT}"/>
      <param name="vm-password" value="{e}"/>
    </params>
    <variables>
      <variable name="toll_allow" value="domestic,international,local"/>
      <variable name="accountcode" value="{e}"/>
      <variable name="user_context" value="default"/>
      <variable name="effective_caller_id_name" value="{g.person()}"/>
      <variable name="effective_caller_id_number" value="{e}"/>
    </variables>
  </user>
</include>
'''
    return "freeswitch/conf/directory/default/" + e + ".xml", txt


@pos("freeswitch_gateway", "freeswitch", "trunk_password", "xml", env="GATEWAY_PASSWORD")
def _(g):
    c = g.carrier()
    txt = f'''<include>
  <gateway name="{c.split('.')[1]}">
    <param name="username" value="{g.did()}"/>
    <param name="password" value="{SENT}"/>
    <param name="realm" value="{c}"/>
    <param name="proxy" value="{c}"/>
    <param name="register" value="true"/>
    <param name="expire-seconds" value="600"/>
    <param name="retry-seconds" value="30"/>
    <param name="caller-id-in-from" value="true"/>
  </gateway>
</include>
'''
    return "freeswitch/conf/sip_profiles/external/" + c.split('.')[1] + ".xml", txt


# ------------------------------- Softphones -------------------------------
@pos("microsip_ini", "microsip", "sip_password", "ini")
def _(g):
    e = g.ext()
    h = g.pbx()
    txt = f'''[Settings]
accountId=1
singleMode=1
ringingSound=
audioCodecs={codecs_line(g, ' ')}
autoAnswer=button
denyIncoming=

[Account1]
label={e}
server={h}
proxy=
domain={h}
username={e}
password={SENT}
authID={e}
displayName={g.person()}
transport=udp
publicAddr=
SRTP=
registerRefresh=300
'''
    return g.choice(["deploy/microsip/MicroSIP.ini", "softphone/MicroSIP.ini"]), txt


@pos("linphonerc_passwd", "linphone", "sip_password", "ini")
def _(g):
    e = g.ext()
    h = g.pbx()
    txt = f'''[sip]
sip_port=5060
guess_hostname=1
contact="{g.person()}" <sip:{e}@{h}>
default_proxy=0
register_only_when_network_is_up=1

[auth_info_0]
username={e}
userid={e}
passwd={SENT}
realm={h}
algorithm=MD5

[proxy_0]
reg_proxy=<sip:{h};transport=tls>
reg_identity="{g.person()}" <sip:{e}@{h}>
reg_expires=3600
reg_sendregister=1
publish=0
'''
    return g.choice(["kiosk/.linphonerc", "dotfiles/linphone/linphonerc", "config/linphonerc"]), txt


@pos("zoiper_config_xml", "zoiper", "sip_password", "xml")
def _(g):
    e = g.ext()
    txt = f'''<?xml version="1.0" encoding="UTF-8"?>
<options>
  <accounts>
    <account>
      <name>{e}@office</name>
      <username>{e}</username>
      <password>{SENT}</password>
      <save_username>true</save_username>
      <save_password>true</save_password>
      <SIP_domain>{g.pbx()}</SIP_domain>
      <SIP_use_outbound_proxy>false</SIP_use_outbound_proxy>
      <protocol>sip</protocol>
    </account>
  </accounts>
</options>
'''
    return "softphones/zoiper/Config.xml", txt


@pos("bria_settings", "counterpath", "sip_password", "xml")
def _(g):
    e = g.ext()
    txt = f'''<?xml version="1.0" encoding="UTF-8" ?>
<settings version="1.0" xmlns="http://www.counterpath.com/cps">
  <domain name="proxies">
    <section name="proxy0">
      <setting name="account_name" value="{e} office"/>
      <setting name="username" value="{e}"/>
      <setting name="authorization_username" value="{e}"/>
      <setting name="password" value="{SENT}"/>
      <setting name="domain" value="{g.pbx()}"/>
      <setting name="register" value="1"/>
    </section>
  </domain>
</settings>
'''
    return g.choice(["bria/deploy/settings.cps", "softphones/bria/default.cps"]), txt


@pos("baresip_accounts", "baresip", "sip_password", "kv")
def _(g):
    e = g.ext()
    txt = f'''#
# SIP accounts - one account per line
#
# Example:  <sip:user@domain>;auth_pass=PASSWORD ; see baresip docs
#
<sip:{e}@{g.pbx()};transport=udp>;auth_pass={SENT};regint=600;answermode=manual
'''
    return g.choice(["doorphone/baresip/accounts", "intercom/.baresip/accounts"]), txt


@pos("pjsua_cfg", "pjsip", "sip_password", "sh")
def _(g):
    e = g.ext()
    h = g.pbx()
    txt = f'''# pjsua --config-file=paging.cfg
--id sip:{e}@{h}
--registrar sip:{h}
--realm *
--username {e}
--password {SENT}
--auto-answer 200
--null-audio
--duration {g.rint(30, 600)}
'''
    return g.choice(["tools/paging/paging.cfg", "test/sipp/pjsua-agent.cfg"]), txt


# ------------------------------- Code -------------------------------------
@pos("py_pjsua2_authcred", "pjsip", "sip_password", "code", lang="py", q='"')
def _(g):
    e = g.ext()
    h = g.pbx()
    txt = f'''import pjsua2 as pj


class Account(pj.Account):
    def onRegState(self, prm):
        print("registration:", prm.code, prm.reason)


def make_account(ep):
    cfg = pj.AccountConfig()
    cfg.idUri = "sip:{e}@{h}"
    cfg.regConfig.registrarUri = "sip:{h}"
    cred = pj.AuthCredInfo("digest", "*", "{e}", 0, "{SENT}")
    cfg.sipConfig.authCreds.append(cred)
    acc = Account()
    acc.create(cfg)
    return acc
'''
    return g.choice(["tools/callbot/account.py", "qa/sip_smoke/account.py"]), txt


@pos("py_settings_constant", "generic", "sip_password", "code", lang="py", q='"',
     env="SIP_TRUNK_PASSWORD")
def _(g):
    txt = f'''"""Settings for the provisioning portal."""
import os

BASE_DIR = os.path.dirname(os.path.abspath(__file__))
PROVISION_ROOT = os.path.join(BASE_DIR, "tftpboot")
DEFAULT_REGISTRAR = "{g.pbx()}"
SIP_TRUNK_HOST = "{g.carrier()}"
SIP_TRUNK_USER = "{g.did()}"
SIP_TRUNK_PASSWORD = "{SENT}"
PHONE_MODELS = ["T46U", "T54W", "VVX450", "GRP2614"]
'''
    return g.choice(["portal/settings.py", "provision/config/settings.py"]), txt


@pos("py_requests_basic", "generic", "provisioning_password", "code", lang="py", q='"',
     env="PROV_PASSWORD")
def _(g):
    txt = f'''import requests

PROV = "https://{g.prov_host()}"


def push_config(mac, body):
    r = requests.put(
        f"{{PROV}}/phones/{{mac}}.cfg",
        data=body,
        auth=("{g.user()}", "{SENT}"),
        timeout=10,
    )
    r.raise_for_status()
'''
    return g.choice(["scripts/push_configs.py", "tools/prov_upload.py"]), txt


@pos("js_jssip_ua", "jssip", "sip_password", "code", lang="js", q="'")
def _(g):
    e = g.ext()
    h = g.pbx()
    txt = f'''import JsSIP from 'jssip';

const socket = new JsSIP.WebSocketInterface('wss://{h}:8089/ws');

export const ua = new JsSIP.UA({{
  sockets: [socket],
  uri: 'sip:{e}@{h}',
  password: '{SENT}',
  display_name: '{g.person()}',
  register: true,
}});

ua.on('registered', () => console.log('webphone registered'));
'''
    return g.choice(["webphone/src/ua.js", "frontend/src/sip/client.js"]), txt


@pos("php_prov_template", "generic", "sip_password", "code", lang="php", q="'")
def _(g):
    e = g.ext()
    txt = f'''<?php
// quick provisioning endpoint for the warehouse phones
header('Content-Type: text/plain');
$mac = strtolower(preg_replace('/[^0-9a-f]/i', '', $_GET['mac'] ?? ''));
$ext = '{e}';
$secret = '{SENT}';
$server = '{g.pbx()}';
echo "#!version:1.0.0.1\\n";
echo "account.1.enable = 1\\n";
echo "account.1.user_name = $ext\\n";
echo "account.1.auth_name = $ext\\n";
echo "account.1.password = $secret\\n";
echo "account.1.sip_server.1.address = $server\\n";
'''
    return g.choice(["web/prov/yealink.php", "public/provision.php"]), txt


@pos("go_sip_client", "generic", "sip_password", "code", lang="go", q='"')
def _(g):
    e = g.ext()
    txt = f'''package monitor

import (
	"context"
	"time"
)

// Probe registers a test extension every minute and reports the result.
func NewProbe() *Probe {{
	return &Probe{{
		Registrar: "{g.pbx()}:5060",
		User:      "{e}",
		Password:  "{SENT}",
		Interval:  time.Minute,
	}}
}}

func (p *Probe) Run(ctx context.Context) error {{ return p.loop(ctx) }}
'''
    return g.choice(["internal/monitor/probe.go", "cmd/sipprobe/config.go"]), txt


@pos("java_properties", "generic", "sip_password", "conf", env="SIP_AUTH_PASSWORD")
def _(g):
    e = g.ext()
    txt = f'''# Attendant console
sip.registrar={g.pbx()}
sip.port=5060
sip.transport=TLS
sip.auth.user={e}
sip.auth.password={SENT}
ui.language=en
ui.theme=dark
'''
    return g.choice(["src/main/resources/sip.properties", "console/config/application.properties"]), txt


@pos("curl_upload", "generic", "provisioning_password", "sh", env="PROV_PASSWORD")
def _(g):
    txt = f'''#!/usr/bin/env bash
# Upload regenerated configs to the provisioning server
set -euo pipefail
for f in out/*.cfg; do
  curl -fsS -u {g.user()}:{SENT} -T "$f" "https://{g.prov_host()}/upload/"
done
echo "uploaded $(ls out/*.cfg | wc -l) files"
'''
    return g.choice(["scripts/upload_configs.sh", "bin/prov-sync.sh"]), txt


@pos("curl_basic_header", "generic", "provisioning_basic_auth", "sh", env="PROV_BASIC",
     transform="basic")
def _(g):
    txt = f'''#!/bin/sh
# trigger a resync on one phone through the provisioning API
MAC="$1"
curl -s -X POST \\
  -H "Authorization: Basic {SENT}" \\
  -H "Content-Type: application/json" \\
  -d "{{\\"mac\\":\\"$MAC\\",\\"action\\":\\"resync\\"}}" \\
  https://{g.prov_host()}/api/v1/devices/resync
'''
    return g.choice(["scripts/resync.sh", "ops/resync-phone.sh"]), txt


@pos("sshpass_scp", "generic", "admin_password", "sh", env="TFTP_ADMIN_PASSWORD")
def _(g):
    txt = f'''#!/bin/bash
# copy freshly built configs to the TFTP box (legacy, no key auth there)
sshpass -p '{SENT}' scp -o StrictHostKeyChecking=no build/*.cfg admin@{g.ip()}:/srv/tftp/
'''
    return g.choice(["deploy/push_tftp.sh", "Makefile.d/tftp.sh"]), txt


# ------------------------------- Infra / docs ------------------------------
@pos("markdown_trunk_doc", "generic", "trunk_password", "md", env="TRUNK_PASSWORD")
def _(g):
    c = g.carrier()
    txt = f'''# SIP trunk - {c}

Set up on {g.date()} for the main number.

| Setting      | Value |
|--------------|-------|
| Registrar    | `{c}` |
| Username     | `{g.did()}` |
| Password     | `{SENT}` |
| Codecs       | {codecs_line(g, ', ')} |
| Transport    | UDP 5060 |

After changing anything, reload with `asterisk -rx "pjsip reload"`.
'''
    return g.choice(["docs/trunk.md", "docs/telephony/sip-trunk.md", "README.voip.md"]), txt


@pos("compose_env_password", "generic", "trunk_password", "yaml", env="TRUNK_PASSWORD")
def _(g):
    txt = f'''services:
  asterisk:
    image: andrius/asterisk:{g.choice(['18', '20', '22'])}
    network_mode: host
    restart: unless-stopped
    environment:
      TZ: "{g.choice(['Europe/Berlin', 'America/New_York', 'UTC'])}"
      PJSIP_TRUNK_HOST: "{g.carrier()}"
      PJSIP_TRUNK_USER: "{g.did()}"
      PJSIP_TRUNK_PASSWORD: "{SENT}"
    volumes:
      - ./conf:/etc/asterisk
'''
    return g.choice(["docker-compose.yml", "deploy/compose.yaml"]), txt


@pos("helm_values_prov", "generic", "provisioning_password", "yaml", env="PROV_PASSWORD")
def _(g):
    txt = f'''replicaCount: 2
image:
  repository: registry.{g.domain()}/phone-prov
  tag: "{g.fw('generic')}"
ingress:
  enabled: true
  host: {g.prov_host()}
basicAuth:
  enabled: true
  user: {g.user()}
  password: "{SENT}"
tftp:
  enabled: false
'''
    return g.choice(["deploy/values.yaml", "charts/phone-prov/values-prod.yaml"]), txt


@pos("ansible_vars", "generic", "provisioning_password", "yaml", env="prov_http_password")
def _(g):
    txt = f'''---
voip_vlan: {g.rint(2, 400)}
prov_server: {g.prov_host()}
prov_http_user: {g.user()}
prov_http_password: "{SENT}"
phone_timezone: "{g.choice(['Europe/London', 'America/Chicago'])}"
firmware:
  yealink_t46u: "{g.fw('yealink')}"
'''
    return g.choice(["ansible/group_vars/voip.yml", "inventory/group_vars/phones.yml"]), txt


@pos("terraform_variable", "generic", "trunk_password", "tf", env="sip_trunk_password")
def _(g):
    txt = f'''variable "sip_trunk_user" {{
  type    = string
  default = "{g.did()}"
}}

variable "sip_trunk_password" {{
  type      = string
  sensitive = true
  default   = "{SENT}"
}}

resource "aws_ssm_parameter" "trunk" {{
  name  = "/voip/trunk/password"
  type  = "SecureString"
  value = var.sip_trunk_password
}}
'''
    return g.choice(["infra/voip/variables.tf", "terraform/asterisk/variables.tf"]), txt


@pos("toml_bot", "generic", "sip_password", "toml")
def _(g):
    e = g.ext()
    txt = f'''[server]
registrar = "{g.pbx()}"
port = 5061
transport = "tls"

[account]
user = "{e}"
auth_user = "{e}"
secret = "{SENT}"

[audio]
codecs = ["opus", "PCMU"]
'''
    return g.choice(["alarm-caller/config.toml", "paging-bot/settings.toml"]), txt


@pos("dockerfile_env", "generic", "sip_password", "docker", env="SIP_PASSWORD")
def _(g):
    txt = f'''FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends baresip ca-certificates \\
    && rm -rf /var/lib/apt/lists/*
ENV SIP_USER={g.ext()} \\
    SIP_DOMAIN={g.pbx()} \\
    SIP_PASSWORD={SENT}
COPY entrypoint.sh /entrypoint.sh
ENTRYPOINT ["/entrypoint.sh"]
'''
    return g.choice(["doorbell/Dockerfile", "docker/intercom/Dockerfile"]), txt


@pos("dotenv_trunk", "generic", "trunk_password", "env", env="TRUNK_PASSWORD")
def _(g):
    txt = f'''TRUNK_HOST={g.carrier()}
TRUNK_USER={g.did()}
TRUNK_PASSWORD={SENT}
AMI_HOST=127.0.0.1
'''
    return g.choice([".env", "deploy/.env.production", ".env.local"]), txt


@pos("json_inventory_password", "generic", "sip_password", "json")
def _(g):
    e = g.ext()
    m = g.mac("yealink")
    txt = f'''{{
  "mac": "{m}",
  "model": "T54W",
  "site": "{g.company()}",
  "lines": [
    {{
      "line": 1,
      "extension": "{e}",
      "auth_user": "{e}",
      "auth_password": "{SENT}",
      "registrar": "{g.pbx()}"
    }}
  ],
  "firmware": "{g.fw('yealink')}"
}}
'''
    return "inventory/phones/" + m + ".json", txt


@pos("phone_syslog_leak", "yealink", "provisioning_url", "url", env="PROV_PASSWORD")
def _(g):
    ph = g.prov_host()
    ip = g.ip()
    txt = f'''{g.ts()} {ip} [ATP] AutoProvision start, trigger=power_on
{g.ts()} {ip} [ATP] DHCP option 66 = https://{g.user()}:{SENT}@{ph}/yealink/
{g.ts()} {ip} [ATP] download y000000000044.cfg ok (size {g.rint(900, 9000)})
{g.ts()} {ip} [SIP] REGISTER account 1 -> 200 OK
'''
    return g.choice(["logs/phone-boot.log", "support/ticket-" + str(g.rint(1000, 9999)) + "/syslog.txt"]), txt


# ===========================================================================
# Look-alike negatives (no credential at all)
# ===========================================================================
@neg("yealink_mac_cfg_nopass", "yealink", "mac_config")
def _(g):
    m = g.mac("yealink")
    txt = f'''#!version:1.0.0.1
## {m}.cfg - account 1 registered through the RPS, password delivered by the PBX
account.1.enable = 1
account.1.label = {g.ext()}
account.1.sip_server.1.address = {g.pbx()}
account.1.codec.1.payload_type = PCMU
linekey.2.type = 16
linekey.2.value = {g.ext()}
linekey.2.label = {g.person()}
static.network.vlan.internet_port_vid = {g.rint(2, 400)}
'''
    return "provisioning/yealink/" + m + ".cfg", txt


@neg("polycom_master_cfg", "polycom", "master_config")
def _(g):
    m = g.mac("polycom")
    txt = f'''<?xml version="1.0" standalone="yes"?>
<!-- 000000000000.cfg master configuration -->
<APPLICATION APP_FILE_PATH="sip.ld" CONFIG_FILES="[PHONE_MAC_ADDRESS]-registration.cfg, site.cfg, features.cfg" MISC_FILES="" LOG_FILE_DIRECTORY="logs" OVERRIDES_DIRECTORY="overrides" CONTACTS_DIRECTORY="contacts" LICENSE_DIRECTORY="" USER_PROFILES_DIRECTORY="" CALL_LISTS_DIRECTORY="">
  <APPLICATION_VVX450 APP_FILE_PATH_VVX450="firmware/{g.fw('polycom')}/3111-49450-001.sip.ld" CONFIG_FILES_VVX450=""/>
  <APPLICATION_{m.upper()} CONFIG_FILES="{m}-registration.cfg, site.cfg"/>
</APPLICATION>
'''
    return g.choice(["provisioning/polycom/000000000000.cfg", "tftpboot/000000000000.cfg"]), txt


@neg("firmware_checksums", "generic", "checksum")
def _(g):
    lines = ["# firmware images served by the provisioning box", "# sha256sum -c SHA256SUMS"]
    for n in ["T46U-" + g.fw("yealink") + ".rom", "T54W-" + g.fw("yealink") + ".rom",
              "3111-48450-001.sip.ld", "gxp2170fw.bin", "sip88xx." + g.fw("cisco") + ".loads"]:
        lines.append(g.hexs(64) + "  " + n)
    return g.choice(["firmware/SHA256SUMS", "provisioning/firmware/SHA256SUMS"]), "\n".join(lines) + "\n"


@neg("firmware_md5_manifest", "generic", "checksum")
def _(g):
    items = []
    for model in ["T46U", "T48U", "T57W", "CP925"]:
        items.append(f'''    {{"model": "{model}", "version": "{g.fw('yealink')}", "md5": "{g.hexs(32)}", "size": {g.rint(20000000, 90000000)}}}''')
    txt = "{\n  \"generated\": \"" + g.date() + "\",\n  \"images\": [\n" + ",\n".join(items) + "\n  ]\n}\n"
    return "firmware/manifest.json", txt


@neg("cert_fingerprints_doc", "generic", "fingerprint")
def _(g):
    fp = ":".join(g.hexs(2, True) for _ in range(32))
    fp1 = ":".join(g.hexs(2, True) for _ in range(20))
    txt = f'''# Provisioning server TLS

Phones pin the server certificate. Current certificate (valid until {g.date()}):

- Subject: CN={g.prov_host()}
- SHA-256 fingerprint: `{fp}`
- SHA-1 fingerprint: `{fp1}`
- Serial: `{g.hexs(32, True)}`

When the certificate is renewed, update `device.sec.TLS.customCaCert1` in site.cfg.
'''
    return g.choice(["docs/prov-tls.md", "docs/certificates.md"]), txt


@neg("public_ca_cert", "generic", "public_certificate")
def _(g):
    body = g.b64(g.rint(700, 900))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    txt = "# CA bundle pushed to phones (public certificate)\n-----BEGIN CERTIFICATE-----\n" + \
        "\n".join(lines) + "\n-----END CERTIFICATE-----\n"
    return g.choice(["provisioning/certs/ca.crt", "phones/trusted/ca-root.pem"]), txt


@neg("kamailio_subscriber_ha1_only", "kamailio", "ha1_hash")
def _(g):
    d = g.domain()
    rows = []
    for _ in range(g.rint(2, 5)):
        e = g.ext()
        rows.append(f"  ('{e}', '{d}', '', '{g.hexs(32)}', '{g.hexs(32)}')")
    txt = "-- plaintext passwords are not stored (calculate_ha1 = no)\nINSERT INTO subscriber (username, domain, password, ha1, ha1b) VALUES\n" + \
        ",\n".join(rows) + ";\n"
    return g.choice(["kamailio/sql/subscribers_ha1.sql", "db/seeds/subscriber_hashes.sql"]), txt


@neg("sip_register_trace", "generic", "sip_trace")
def _(g):
    e = g.ext()
    h = g.pbx()
    ip = g.ip()
    txt = f'''U {ip}:5060 -> {h}:5060
REGISTER sip:{h} SIP/2.0
Via: SIP/2.0/UDP {ip}:5060;branch=z9hG4bK{g.hexs(16)};rport
From: <sip:{e}@{h}>;tag={g.hexs(10)}
To: <sip:{e}@{h}>
Call-ID: {g.hexs(32)}@{ip}
CSeq: 2 REGISTER
Contact: <sip:{e}@{ip}:5060>;+sip.instance="<urn:uuid:{g.uuid()}>"
Authorization: Digest username="{e}", realm="{h}", nonce="{g.hexs(40)}", uri="sip:{h}", response="{g.hexs(32)}", algorithm=MD5, cnonce="{g.hexs(16)}", qop=auth, nc=00000001
Expires: 3600
User-Agent: Yealink SIP-T46U {g.fw('yealink')}
Content-Length: 0
'''
    return g.choice(["support/traces/register-401.txt", "debug/sngrep-" + e + ".txt"]), txt


@neg("sdp_dtls_fingerprint", "generic", "fingerprint")
def _(g):
    fp = ":".join(g.hexs(2, True) for _ in range(32))
    txt = f'''v=0
o=- {g.rint(10**9, 10**10)} 2 IN IP4 {g.ip()}
s=-
t=0 0
a=group:BUNDLE 0
m=audio 9 UDP/TLS/RTP/SAVPF 111 0 8
c=IN IP4 0.0.0.0
a=ice-ufrag:{g.hexs(4)}
a=fingerprint:sha-256 {fp}
a=setup:actpass
a=mid:0
a=rtpmap:111 opus/48000/2
a=ssrc:{g.rint(10**8, 4 * 10**9)} cname:{g.uuid()}
'''
    return g.choice(["webphone/test/fixtures/offer.sdp", "debug/webrtc-offer.sdp"]), txt


@neg("bulk_csv_no_password", "generic", "bulk_sheet")
def _(g):
    rows = ["mac,model,extension,display_name,site,firmware"]
    for _ in range(g.rint(4, 9)):
        v = g.choice(["yealink", "polycom", "grandstream"])
        rows.append(f"{g.mac(v)},{g.choice(['T46U', 'VVX450', 'GRP2614', 'T54W'])},{g.ext()},{g.person()},{g.company()},{g.fw(v)}")
    return g.choice(["provisioning/phones.csv", "imports/phone_inventory.csv"]), "\n".join(rows) + "\n"


@neg("pjsip_ip_auth_trunk", "asterisk", "ip_auth_trunk")
def _(g):
    c = g.carrier()
    txt = f'''; IP-authenticated trunk: no credentials, carrier whitelists our public IP
[carrier]
type=endpoint
context=from-pstn
disallow=all
allow=ulaw,alaw
aors=carrier

[carrier]
type=aor
contact=sip:{c}

[carrier]
type=identify
endpoint=carrier
match={g.ip()}
match={g.ip()}
'''
    return g.choice(["asterisk/pjsip_carrier.conf", "etc/asterisk/pjsip.trunk-ipauth.conf"]), txt


@neg("extensions_conf", "asterisk", "dialplan")
def _(g):
    e1, e2 = g.ext(), g.ext()
    txt = f'''[internal]
exten => _{e1[0]}XX,1,NoOp(internal call to ${{EXTEN}})
 same => n,Dial(PJSIP/${{EXTEN}},30)
 same => n,VoiceMail(${{EXTEN}}@default,u)
 same => n,Hangup()

exten => {e2},1,Answer()
 same => n,Playback(custom/welcome)
 same => n,Queue(support,t,,,120)

[from-pstn]
exten => {g.did()},1,Goto(internal,{e1},1)
'''
    return g.choice(["asterisk/extensions.conf", "etc/asterisk/extensions_custom.conf"]), txt


@neg("dhcp_option66", "generic", "dhcp_config")
def _(g):
    txt = f'''# ISC dhcpd - voice VLAN
option tftp-server-name "https://{g.prov_host()}/yealink/";
option voip-tftp code 150 = ip-address;
subnet {g.ip().rsplit('.', 1)[0]}.0 netmask 255.255.255.0 {{
  range {g.ip()} {g.ip()};
  option voip-tftp {g.ip()};
  option vendor-class-identifier "yealink";
}}
host lobby-phone {{ hardware ethernet {g.mac_colon('yealink', False)}; fixed-address {g.ip()}; }}
'''
    return g.choice(["infra/dhcp/voice.conf", "ansible/roles/dhcp/templates/voice.conf"]), txt


@neg("tftpd_default", "generic", "tftp_config")
def _(g):
    txt = f'''# /etc/default/tftpd-hpa
TFTP_USERNAME="tftp"
TFTP_DIRECTORY="/srv/tftp"
TFTP_ADDRESS="0.0.0.0:69"
TFTP_OPTIONS="--secure --create --verbose"
'''
    return "infra/tftp/tftpd-hpa", txt


@neg("nginx_prov_basic_ref", "generic", "web_config")
def _(g):
    txt = f'''server {{
    listen 443 ssl;
    server_name {g.prov_host()};
    ssl_certificate     /etc/ssl/prov/fullchain.pem;
    ssl_certificate_key /etc/ssl/prov/privkey.pem;
    root /srv/provisioning;

    location / {{
        auth_basic "phones";
        auth_basic_user_file /etc/nginx/prov.htpasswd;
        autoindex off;
    }}
    location ~ \\.(cfg|xml|boot)$ {{
        default_type text/plain;
    }}
}}
'''
    return g.choice(["infra/nginx/prov.conf", "deploy/nginx/provisioning.conf"]), txt


@neg("inventory_json_serials", "generic", "inventory")
def _(g):
    items = []
    for _ in range(g.rint(2, 4)):
        v = g.choice(["polycom", "yealink", "grandstream"])
        items.append(f'''    {{"id": "{g.uuid()}", "mac": "{g.mac_colon(v)}", "serial": "{g.hexs(4, True)}{g.rint(10**7, 10**8 - 1)}", "vendor": "{v}", "fw": "{g.fw(v)}", "extension": "{g.ext()}"}}''')
    return "inventory/devices.json", "{\n  \"devices\": [\n" + ",\n".join(items) + "\n  ]\n}\n"


@neg("phone_boot_log", "polycom", "log")
def _(g):
    ip = g.ip()
    m = g.mac("polycom")
    txt = f'''{g.ts()} {ip} |cfg  |*|00|Prov|Starting to update
{g.ts()} {ip} |cfg  |*|00|Prov|Attempting to download file {m}-registration.cfg
{g.ts()} {ip} |copy |*|00|Download of '{m}-registration.cfg' succeeded on attempt 1 (addr 1 of 1)
{g.ts()} {ip} |so   |*|00|Application version {g.fw('polycom')} sha1 {g.hexs(40)}
{g.ts()} {ip} |sip  |*|00|Registration 1 of line {g.ext()} 200 OK, Call-ID {g.hexs(24)}
'''
    return g.choice(["logs/" + m + "-app.log", "support/poly-" + m + "-boot.log"]), txt


@neg("grandstream_xml_nopass", "grandstream", "mac_config")
def _(g):
    m = g.mac("grandstream")
    e = g.ext()
    txt = f'''<?xml version="1.0" encoding="UTF-8" ?>
<gs_provision version="1">
  <mac>{m}</mac>
  <config version="1">
    <P271>1</P271>
    <P47>{g.pbx()}</P47>
    <P35>{e}</P35>
    <P36>{e}</P36>
    <P3>{g.person()}</P3>
    <P192>{g.prov_host()}/firmware</P192>
    <P237>{g.prov_host()}/gs</P237>
  </config>
</gs_provision>
'''
    return "provisioning/grandstream/cfg" + m + ".xml", txt


@neg("spa_profile_nopass", "cisco", "mac_config")
def _(g):
    txt = f'''<flat-profile>
  <Proxy_1_>{g.pbx()}</Proxy_1_>
  <User_ID_1_>{g.ext()}</User_ID_1_>
  <Preferred_Codec_1_>G711u</Preferred_Codec_1_>
  <Profile_Rule>https://{g.prov_host()}/cisco/$MA.xml</Profile_Rule>
  <Upgrade_Rule>https://{g.prov_host()}/fw/{g.fw('cisco')}.loads</Upgrade_Rule>
  <Station_Name>SEP{g.mac('cisco').upper()}</Station_Name>
</flat-profile>
'''
    return "provisioning/cisco/" + g.mac("cisco") + ".xml", txt


@neg("snom_xml_nopass", "snom", "mac_config")
def _(g):
    txt = f'''<?xml version="1.0" encoding="utf-8"?>
<settings>
  <phone-settings>
    <user_name idx="1" perm="R">{g.ext()}</user_name>
    <user_host idx="1" perm="R">{g.pbx()}</user_host>
    <user_realname idx="1" perm="R">{g.person()}</user_realname>
    <firmware_status perm="">https://{g.prov_host()}/snom/fw/{g.fw('snom')}.bin</firmware_status>
  </phone-settings>
  <functionKeys>
    <fkey idx="0" context="active" perm="">blf sip:{g.ext()}@{g.pbx()}</fkey>
  </functionKeys>
</settings>
'''
    return "provisioning/snom/snomD785-" + g.mac("snom").upper() + ".xml", txt


@neg("obihai_xml_proxy_only", "obihai", "mac_config")
def _(g):
    txt = f'''<?xml version="1.0" encoding="UTF-8"?>
<ParameterList>
  <Object>
    <Name>VoiceService.1.VoiceProfile.1.SIP.</Name>
    <ParameterValueStruct><Name>ProxyServer</Name><Value>{g.carrier()}</Value></ParameterValueStruct>
    <ParameterValueStruct><Name>RegistrarServer</Name><Value>{g.carrier()}</Value></ParameterValueStruct>
    <ParameterValueStruct><Name>X_RegistrationPeriod</Name><Value>{g.rint(60, 3600)}</Value></ParameterValueStruct>
  </Object>
</ParameterList>
'''
    return "provisioning/obihai/itsp-profile-a.xml", txt


@neg("cucm_cnf_load_info", "cisco", "mac_config")
def _(g):
    m = g.mac("cisco").upper()
    txt = f'''<?xml version="1.0" encoding="UTF-8"?>
<device>
  <deviceProtocol>SIP</deviceProtocol>
  <loadInformation>{g.fw('cisco')}</loadInformation>
  <certHash>{g.b64(20)}</certHash>
  <capfAuthMode>0</capfAuthMode>
  <vendorConfig><webAccess>1</webAccess><sshAccess>1</sshAccess></vendorConfig>
  <userLocale><name>English_United_States</name></userLocale>
  <deviceSecurityMode>1</deviceSecurityMode>
</device>
'''
    return "tftp/SEP" + m + ".cnf.xml", txt


@neg("itl_ctl_listing", "cisco", "fingerprint")
def _(g):
    lines = ["# show itl  (captured " + g.date() + ")"]
    for role in ["SAST", "CCM+TFTP", "TVS", "CAPF"]:
        lines.append(f"{role:10s} CN={g.company()}-cucm{g.rint(1, 3)}  SHA1 {':'.join(g.hexs(2) for _ in range(20))}")
    return g.choice(["docs/cucm/itl-listing.txt", "support/itl.txt"]), "\n".join(lines) + "\n"


@neg("factory_defaults_doc", "generic", "documented_defaults")
def _(g):
    txt = f'''# Factory defaults (for the helpdesk)

These are the published out-of-the-box values. Every phone gets a unique admin
password from the password manager during staging, so these only matter after a reset.

| Vendor      | Web user | Default password |
|-------------|----------|------------------|
| Polycom VVX | Polycom  | 456              |
| Yealink     | admin    | admin            |
| Grandstream | admin    | admin            |
| Snom        | admin    | 0000             |
| Aastra      | admin    | 22222            |
| Avaya J1xx  | craft    | 27238            |

Reset procedure: hold the keys listed in the vendor guide for 10 s.
'''
    return g.choice(["docs/helpdesk/factory-defaults.md", "wiki/phones/defaults.md"]), txt


@neg("epm_template_vars", "freepbx", "template")
def _(g):
    txt = '''#!version:1.0.0.1
## FreePBX Endpoint Manager template - values are filled in per device
{line_loop}
account.{$line}.enable = 1
account.{$line}.label = {$displayname}
account.{$line}.auth_name = {$username}
account.{$line}.user_name = {$username}
account.{$line}.password = {$secret}
account.{$line}.sip_server.1.address = {$server_host}
account.{$line}.sip_server.1.port = {$server_port}
{/line_loop}
'''
    return g.choice(["freepbx/endpoint/yealink/t4x_template.cfg", "epm/templates/yealink.cfg"]), txt


@neg("threecx_template_vars", "3cx", "template")
def _(g):
    txt = '''<?xml version="1.0" encoding="utf-8"?>
<!-- phone template: %% variables are replaced by the PBX at download time -->
<config>
  <account index="1">
    <user>%%EXTENSION_NUMBER%%</user>
    <authid>%%AUTH_ID%%</authid>
    <password>%%PASSWORD%%</password>
    <server>%%PBX_FQDN%%</server>
    <port>%%SIP_PORT%%</port>
  </account>
</config>
'''
    return g.choice(["3cx/templates/custom_phone.ph.xml", "templates/3cx/generic.xml"]), txt


@neg("php_prov_db_lookup", "generic", "code_no_secret")
def _(g):
    txt = f'''<?php
// Serves per-MAC Yealink configs. Secrets live in the PBX database, never here.
require __DIR__ . '/db.php';
$mac = strtolower(preg_replace('/[^0-9a-f]/i', '', $_GET['mac'] ?? ''));
if (strlen($mac) !== 12) {{ http_response_code(400); exit; }}
$stmt = $pdo->prepare('SELECT extension, secret FROM devices WHERE mac = ?');
$stmt->execute([$mac]);
$row = $stmt->fetch(PDO::FETCH_ASSOC) ?: exit(http_response_code(404));
header('Content-Type: text/plain');
printf("account.1.user_name = %s\\naccount.1.password = %s\\n", $row['extension'], $row['secret']);
'''
    return g.choice(["web/prov/index.php", "public/cfg.php"]), txt


@neg("py_generate_passwords", "generic", "code_no_secret")
def _(g):
    txt = f'''import csv
import secrets
import string

ALPHABET = string.ascii_letters + string.digits


def new_secret(n=20):
    return "".join(secrets.choice(ALPHABET) for _ in range(n))


def main(src="phones.csv", dst="out/extensions.csv"):
    with open(src) as f, open(dst, "w", newline="") as out:
        w = csv.writer(out)
        w.writerow(["extension", "mac", "secret"])
        for row in csv.DictReader(f):
            w.writerow([row["extension"], row["mac"], new_secret()])
'''
    return g.choice(["tools/make_secrets.py", "provision/gen_extensions.py"]), txt


@neg("shell_tftp_md5", "generic", "checksum")
def _(g):
    txt = f'''#!/bin/sh
# verify configs on the TFTP server match the build
cd /srv/tftp || exit 1
for f in *.cfg; do
  md5sum "$f"
done > /tmp/tftp.md5
diff -u /tmp/tftp.md5 build/expected.md5 && echo OK
# expected.md5 last regenerated {g.date()}, reference line:
# {g.hexs(32)}  {g.mac('polycom')}-registration.cfg
'''
    return g.choice(["scripts/verify_tftp.sh", "ops/check-configs.sh"]), txt


@neg("codec_rtp_conf", "asterisk", "media_config")
def _(g):
    txt = f'''[general]
rtpstart={g.choice([10000, 16384])}
rtpend={g.choice([20000, 32767])}
rtpchecksums=no
strictrtp=yes
icesupport=yes
stunaddr=stun.l.google.com:19302
; codec order for phones: {codecs_line(g, ', ')}
'''
    return "asterisk/rtp.conf", txt


@neg("zoiper_no_saved_password", "zoiper", "softphone_config")
def _(g):
    e = g.ext()
    txt = f'''<?xml version="1.0" encoding="UTF-8"?>
<options>
  <accounts>
    <account>
      <name>{e}@office</name>
      <username>{e}</username>
      <save_password>false</save_password>
      <SIP_domain>{g.pbx()}</SIP_domain>
      <SIP_transport_type>tls</SIP_transport_type>
    </account>
  </accounts>
</options>
'''
    return "softphones/zoiper/Config.xml", txt


@neg("linphonerc_no_auth", "linphone", "softphone_config")
def _(g):
    e = g.ext()
    h = g.pbx()
    txt = f'''[sip]
sip_port=-1
sip_tcp_port=-1
default_proxy=0

[proxy_0]
reg_proxy=<sip:{h};transport=tls>
reg_identity=sip:{e}@{h}
reg_expires=3600
reg_sendregister=1
realm={h}
idkey=proxy_config_{g.b64(12).replace('+', 'x').replace('/', 'y').rstrip('=')}

[rtp]
audio_rtp_port=7076
'''
    return g.choice(["config/linphonerc", "kiosk/linphonerc.factory"]), txt


@neg("uuid_provision_api", "generic", "ids")
def _(g):
    txt = f'''{{
  "deviceId": "{g.uuid()}",
  "tenantId": "{g.uuid()}",
  "mac": "{g.mac_colon('yealink')}",
  "siteCode": "{g.company().upper()[:4]}-{g.rint(10, 99)}",
  "requestId": "{g.hexs(32)}",
  "etag": "W/\\"{g.hexs(16)}\\"",
  "status": "provisioned"
}}
'''
    return g.choice(["api/fixtures/device.json", "tests/fixtures/rps_device.json"]), txt


@neg("avaya_settings_no_secret", "avaya", "settings")
def _(g):
    txt = f'''## 46xxsettings.txt
SET SIP_CONTROLLER_LIST {g.pbx()}:5061;transport=tls
SET SIPDOMAIN {g.domain()}
SET HTTPSRVR {g.prov_host()}
SET PROCSTAT 0
SET PROCPSWD 27238
SET CODEC_PRIORITY {codecs_line(g)}
SET TLSSRVRID 1
SET TRUSTCERTS ca-root.pem
'''
    return "avaya/46xxsettings.txt", txt


@neg("aastra_cfg_no_secret", "mitel", "settings")
def _(g):
    txt = f'''# aastra.cfg
sip proxy ip: {g.pbx()}
sip proxy port: 5060
sip registrar ip: {g.pbx()}
tone set: US
firmware server: https://{g.prov_host()}/mitel/{g.fw('aastra')}
admin password: 22222
directory 1: company.csv
'''
    return "provisioning/aastra/aastra.cfg", txt


@neg("sql_cdr_rows", "asterisk", "cdr")
def _(g):
    rows = []
    for _ in range(g.rint(3, 6)):
        rows.append(f"('{g.ts()}', '{g.ext()}', '{g.did()}', 'ANSWERED', {g.rint(3, 900)}, '{g.rint(1600000000, 1799999999)}.{g.rint(1, 999)}', '{g.hexs(32)}')")
    txt = "INSERT INTO cdr (calldate, src, dst, disposition, billsec, uniqueid, linkedid_hash) VALUES\n" + ",\n".join(rows) + ";\n"
    return g.choice(["reports/sample_cdr.sql", "db/fixtures/cdr.sql"]), txt


@neg("fail2ban_asterisk_log", "asterisk", "log")
def _(g):
    lines = []
    for _ in range(g.rint(3, 6)):
        lines.append(f"[{g.ts()}] NOTICE[{g.rint(1000, 9999)}] res_pjsip/pjsip_distributor.c: Request 'REGISTER' from '<sip:{g.ext()}@{g.pbx()}>' failed for '{g.ip()}:5060' (callid: {g.hexs(32)}) - Failed to authenticate")
    return g.choice(["logs/asterisk-security.log", "support/bruteforce-sample.log"]), "\n".join(lines) + "\n"


@neg("ini_microsip_empty", "microsip", "softphone_config")
def _(g):
    e = g.ext()
    txt = f'''[Settings]
accountId=1
portKnockerHost=
updatesInterval=never

[Account1]
label={e}
server={g.pbx()}
domain={g.pbx()}
username={e}
authID={e}
displayName={g.person()}
transport=tls
; password is typed by the user on first start
'''
    return "softphone/MicroSIP.ini", txt


@neg("markdown_onboarding_refs", "generic", "docs_refs")
def _(g):
    txt = f'''# Onboarding a new phone

1. Add the MAC (e.g. `{g.mac_colon('yealink')}`) to `inventory/phones.csv`.
2. Create the extension in the PBX; the SIP secret is generated there and stored in
   1Password under `op://voip/ext-<number>/password`.
3. Run `make configs` - the template pulls the secret with `op read`.
4. Check registration: `asterisk -rx "pjsip show endpoint {g.ext()}"`.

Registrar: `{g.pbx()}`, firmware `{g.fw('yealink')}`.
'''
    return g.choice(["docs/onboarding.md", "docs/phones/new-phone.md"]), txt


@neg("k8s_secret_ref", "generic", "secret_reference")
def _(g):
    txt = f'''apiVersion: apps/v1
kind: Deployment
metadata:
  name: phone-prov
spec:
  template:
    spec:
      containers:
        - name: prov
          image: registry.{g.domain()}/phone-prov:{g.fw('generic')}
          env:
            - name: PROV_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: phone-prov-auth
                  key: password
            - name: IMAGE_DIGEST
              value: "sha256:{g.hexs(64)}"
'''
    return g.choice(["deploy/k8s/deployment.yaml", "k8s/phone-prov.yaml"]), txt


@neg("gha_workflow_secrets", "generic", "secret_reference")
def _(g):
    txt = f'''name: build-phone-configs
on:
  push:
    branches: [main]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python3 tools/render.py --out build/
      - name: upload
        env:
          PROV_USER: {g.user()}
          PROV_PASSWORD: ${{{{ secrets.PROV_PASSWORD }}}}
        run: ./scripts/upload_configs.sh
'''
    return ".github/workflows/configs.yml", txt


@neg("pcap_summary_callids", "generic", "sip_trace")
def _(g):
    lines = ["No.  Time      Source          Destination     Info"]
    for i in range(g.rint(4, 8)):
        lines.append(f"{i + 1:<4} {i * 0.013:8.3f}  {g.ip():15s} {g.ip():15s} {g.choice(['INVITE', 'REGISTER', 'OPTIONS', 'BYE', '200 OK'])} Call-ID: {g.b64(12).rstrip('=')}")
    return "support/pcap-summary.txt", "\n".join(lines) + "\n"


@neg("terraform_var_no_default", "generic", "secret_reference")
def _(g):
    txt = f'''variable "sip_trunk_password" {{
  type      = string
  sensitive = true
}}

resource "aws_ssm_parameter" "trunk" {{
  name  = "/voip/{g.company()}/trunk/password"
  type  = "SecureString"
  value = var.sip_trunk_password
}}
'''
    return "infra/voip/trunk.tf", txt


@neg("env_example_empty", "generic", "placeholder")
def _(g):
    txt = f'''# copy to .env and fill in
TRUNK_HOST={g.carrier()}
TRUNK_USER=
TRUNK_PASSWORD=
PROV_PASSWORD=<set-in-vault>
AMI_SECRET=changeme
'''
    return g.choice([".env.example", "deploy/.env.sample"]), txt


# ===========================================================================
# Driver
# ===========================================================================
PWCTX = {"xml": "xml", "kv": "kv", "sql": "sql", "url": "url", "sh": "sh", "code": "code",
         "csv": "csv", "yaml": "yaml", "ini": "ini", "conf": "conf", "md": "url",
         "toml": "code", "tf": "code", "docker": "sh", "env": "sh", "json": "code"}


def make_secret(g, t):
    st = t["style"]
    if st == "alnum16":
        return "".join(g.choice(ALNUM) for _ in range(16))
    if st == "3cx":
        return g.pw("kv", "3cx")
    if st == "hex32":
        return g.hexs(32) if g.chance(0.7) else g.pw(PWCTX[t["ctx"]])
    if st == "num":
        return g.pw("kv", "num")
    return g.pw(PWCTX[t["ctx"]])


def apply_transform(g, t, secret):
    if t["transform"] == "basic":
        return base64.b64encode((g.user() + ":" + secret).encode()).decode()
    return secret


def pick_filler(g, t):
    ctx, lang = t["ctx"], t["lang"]
    cats = ["placeholder", "placeholder", "empty", "masked", "ref", "ref"]
    if t["docvals"]:
        cats += ["doc", "doc"]
    cat = g.choice(cats)
    no_angle = ctx in ("xml", "sh", "url", "env", "docker", "md")
    if cat == "placeholder":
        pool = PLACEHOLDERS + ([] if no_angle else ANGLE)
        return cat, g.choice(pool), False
    if cat == "empty":
        return cat, "", False
    if cat == "masked":
        pool = [m for m in MASKED if not (no_angle and "<" in m)]
        return cat, g.choice(pool), False
    if cat == "doc":
        return cat, g.choice(t["docvals"]), False
    # references
    env = t["env"]
    if lang in CODE_REFS:
        f = g.choice(CODE_REFS[lang])
        if "op://" in f or "vault" in f:
            env = env.lower().replace("_", "-")
        return cat, f % env, True
    if ctx in ("sh", "docker", "env"):
        v = g.choice(["${%s}", "$%s", "$(cat /run/secrets/%s)"]) % env
        return cat, v, False
    if ctx == "yaml":
        f = g.choice(CODE_REFS["yaml"])
        if "op://" in f:
            env = env.lower().replace("_", "-")
        return cat, f % env, False
    if ctx == "tf":
        return cat, "${%s}" % env, False
    return cat, g.choice(TEMPLATE_VARS), False


def filetype(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base == "Dockerfile":
        return "dockerfile"
    if base.startswith(".env"):
        return "env"
    if "linphonerc" in base:
        return "linphonerc"
    if base == "accounts":
        return "baresip"
    if base == "tftpd-hpa":
        return "conf"
    if base == "SHA256SUMS":
        return "txt"
    if "." in base:
        return base.rsplit(".", 1)[-1].lower()
    return "txt"


def neg_path(path):
    d, _, base = path.rpartition("/")
    if base.startswith(".env") and base not in (".env.example", ".env.sample", ".env.template"):
        base = ".env.example"
    return (d + "/" if d else "") + base


def line_of(text, pos):
    return text.count("\n", 0, pos) + 1


def build_positive(g, t):
    path, tpl = t["fn"](g)
    assert SENT in tpl, t["name"]
    p = tpl.find(SENT)
    for _ in range(100):
        raw = make_secret(g, t)
        needle = apply_transform(g, t, raw)
        text = tpl.replace(SENT, needle)
        if text.find(needle) == p:
            break
    else:
        raise AssertionError("could not place needle for " + t["name"])
    ln = line_of(text, p)
    assert needle in text.split("\n")[ln - 1]
    return path, text, needle, ln


def build_negative_reuse(g, t):
    path, tpl = t["fn"](g)
    assert SENT in tpl, t["name"]
    cat, val, is_expr = pick_filler(g, t)
    if is_expr and t["q"]:
        tpl = tpl.replace(t["q"] + SENT + t["q"], val)
    if t["transform"] == "basic" and cat in ("doc",):
        val = "REPLACE_WITH_BASE64"
    text = tpl.replace(SENT, val)
    return neg_path(path), text, cat


def write(root, rel, text):
    full = os.path.join(root, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_jv.py OUTDIR SEED\n")
        return 2
    out, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    g = G(r)
    assert len(POS) >= 60 and len(NEG) >= 35
    manifest, secrets = [], []

    order = [POS[i % len(POS)] for i in range(N_POS)]
    r.shuffle(order)
    n_env = 0
    for i, t in enumerate(order):
        path, text, needle, ln = build_positive(g, t)
        if filetype(path) == "env":
            n_env += 1
        assert "\x00" not in text
        assert not path.startswith("/") and ".." not in path.split("/")
        rel = "pos/p%04d/%s" % (i, path)
        write(out, rel, text)
        # re-read and verify the needle line from disk
        with open(os.path.join(out, rel), encoding="utf-8") as f:
            disk = f.read()
        assert disk == text
        assert needle in disk.split("\n")[ln - 1], rel
        assert disk.find(needle) == sum(len(x) + 1 for x in disk.split("\n")[:ln - 1]) + \
            disk.split("\n")[ln - 1].find(needle), rel
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"],
                         "kind": t["kind"], "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": ln})
    assert n_env * 20 <= N_POS, n_env

    half = N_NEG // 2
    plan = [("reuse", POS[i % len(POS)]) for i in range(half)] + \
           [("look", NEG[i % len(NEG)]) for i in range(N_NEG - half)]
    r.shuffle(plan)
    for i, (mode, t) in enumerate(plan):
        if mode == "reuse":
            path, text, cat = build_negative_reuse(g, t)
            kind = "reuse:" + t["kind"] + ":" + cat
        else:
            path, text = t["fn"](g)
            kind = t["kind"]
        assert "\x00" not in text
        base = path.rsplit("/", 1)[-1]
        assert not (base.startswith(".env") and base not in (".env.example", ".env.sample", ".env.template")), path
        rel = "neg/n%04d/%s" % (i, path)
        write(out, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": t["provider"],
                         "kind": kind, "filetype": filetype(path)})

    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s, sort_keys=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
