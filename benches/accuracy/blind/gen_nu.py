#!/usr/bin/env python3
"""gen_nu -- blind evaluation-set generator: office devices, AV / meeting rooms, phones, signage.

EMPHASIS
  Credentials committed alongside office/AV infrastructure:
  * IP phones: Yealink .cfg (account.N.password, static.security.user_password admin:pw),
    Poly UC Software XML (reg.N.auth.password, device.auth.localAdminPassword),
    Grandstream P-values (P34 SIP auth password, P2 admin password) in XML and text templates,
    Cisco SPA flat-profile XML (Password_1_), Cisco RoomOS/Webex xConfiguration / xCommand scripts.
  * Meeting rooms: Webex bot/integration access tokens (macros JS, Python bots), Zoom Server-to-Server
    OAuth client secrets, Microsoft Graph (Entra ID) client secrets for room booking, Exchange EWS
    service-account passwords (exchangelib, PowerShell PSCredential).
  * AV control: Crestron SIMPL# C# and device console scripts, Extron ControlScript (Python), AMX NetLinx
    .axs, Q-SYS Lua scripts, Biamp Tesira automation.
  * Cameras/NVR: RTSP URLs with user:pass (Hikvision/Dahua/Axis paths) in Frigate, go2rtc, Home Assistant,
    ffmpeg scripts; ONVIF Python; ISAPI curl; VAPIX digest auth.
  * Signage: Xibo player cmsSettings.xml ServerKey, Xibo docker config.env, BrightSign DWS password,
    Yodeck API token.
  * Telephony back ends: Asterisk pjsip.conf auth sections, Cisco CUCM AXL application-user passwords.
  * Encoded: Q-SYS Lua "Authorization: Basic base64(user:pw)" -- needle is the base64 string.
  * Printers/MFP: scan-to-email SMTP relay (postfix sasl_passwd), scan-to-SMB accounts (PowerShell,
    CIFS credential files, Ansible vars), LDAP bind passwords, Kyocera address book export,
    PaperCut server.properties and web-services auth token.
  * UPS/PDU/door access: SNMP v2c communities (Telegraf, snmpd.conf, Ansible), SNMPv3 auth passwords
    (snmp_exporter generator.yml), NUT upsd.users/upsmon.conf, OSDP secure channel keys (SCBK).
  * Scan-to-email relays: postfix sasl_passwd, msmtprc. Graph secrets also in msal Python and Helm values.
  File types: cfg, xml, yaml, json, ini, properties, conf, py, js, cs, lua, axs, sh, ps1, txt, csv, toml.

USAGE
  python3 -B gen_nu.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500), manifest.jsonl,
  secrets.jsonl.  Deterministic per SEED (random.Random(SEED) only).

NEEDLE CONVENTIONS
  * needle = the secret value exactly as it appears in the file, without surrounding quotes.
  * For "user:pass" forms (Yealink admin:pw, RTSP user:pass@, curl -u user:pass, sasl_passwd
    user:pass) the needle is only the password part.
  * Passwords inside URLs are percent-encoded when they contain reserved characters; the needle
    is then the encoded form as written.
  * Zoom S2S: the needle is the client secret (account id / client id are identifiers).
  * Webex access token: the whole token including the _XXXX_ cluster part and the org uuid.
  * Yodeck: the needle is the key part after "label:".
  * Q-SYS Basic header: the needle is the base64 of user:password (reversible encoding = positive).
  * line = 1-based line of the first occurrence of the needle.  No binary files are produced.

NEGATIVES (about half of each)
  * Template reuse: the same positive templates with the value replaced by ${ENV} / %ENV% /
    {{ vault_var }} / <placeholder> / changeme / empty / ******** masking / env or secret-manager lookups
    in code / the product's documented factory defaults (decision: vendor documented defaults are NOT
    leaks: Hikvision 12345, Yealink admin:admin, Poly 456, Axis root:pass, APC apc, SNMP public/private,
    OSDP SCBK-D 303132..3F, Grandstream admin, Crestron admin/admin) / hashed or device-encrypted
    export fields.
  * Look-alikes: device inventories (MAC, serials, firmware), firmware manifests with SHA-256,
    provisioning files with URLs but no credentials, SIP URI / extension dial plans, Webex device
    and org ids (base64 ciscospark:// ids, UUIDs), Zoom room/meeting ids, ONVIF urn:uuid camera
    inventories with credential-less RTSP URLs, Xibo hardware keys, Anthias hashed password,
    htpasswd bcrypt hashes, Cisco type-9 secrets, Crestron console ver/TSID output, AMX device
    maps, Q-SYS design inventories, NUT ups.conf, SSH fingerprints, HP export with device-encrypted
    SMTP password field, OSDP install-mode SCBK-D, ZKTeco factory comm key 0.
  * Negative copies of the positive .env template are renamed .env.example.

FORMATS CHECKED
  * Grandstream: parameter P2 = admin password confirmed in Grandstream WP820/GXP21xx manuals
    (search pages corpus); cfg<mac>.xml provisioning naming from the same manuals. P34/P35/P36/P47
    from memory of the public config templates.
  * Yealink: y0000000000xx.cfg / <mac>.cfg naming and account.1.* keys from Yealink Auto
    Provisioning Guide (titles seen in search); key names from own knowledge.
  * Yodeck: API tokens are named and generated in Account Settings (yodeck.com/academy/api-token);
    header "Token label:key" and key shape from memory.
  * Everything else (Entra client secret 40 chars with "Q~" at pos 4-5, Webex token layout,
    Zoom S2S 22-char ids / 32-char secret, NUT file syntax, Poly XML attribute names, Cisco SPA
    flat-profile, RoomOS xConfiguration paths, OSDP SCBK-D default) from own knowledge.

DOUBTS
  * APC NMC config.ini key names, Kyocera address-book XML attribute names, Xibo ServerKey length,
    Yodeck key length/alphabet, BrightSign DWS API usage and the HP "encrypted" export field
    layout are guessed.
  * Webex access-token layout (64 alnum + _XXXX_ cluster + org uuid) and Zoom S2S id/secret lengths
    are from memory, not re-verified against docs in this session.
  * ZKTeco comm keys (<= 6-8 digits) were kept out of the positives: too short to be a fair needle.
  * No secret scanner rules or sources were read; searches returned only vendor manuals and
    unrelated API docs.
"""
import base64
import json
import os
import random
import string
import sys
import urllib.parse

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
HEXL = "0123456789abcdef"
SYM = "!@#%*-_=+.?~^"

WORDS = ("maple harbor tulip falcon copper river lantern granite meadow orbit cedar summit violet "
         "thunder pepper canyon willow ember glacier sparrow cobalt juniper marble raven saffron "
         "timber walnut aspen breeze comet delta fjord garnet hazel indigo jasper kestrel lotus "
         "mango nectar onyx pluto quartz rocket sierra topaz umber vesper whistle yonder zephyr "
         "bramble cricket dolphin forest hammock island jungle kettle lemon monsoon nutmeg olive "
         "panther quill ripple shadow tango velvet wander autumn beacon crystal drift").split()
FIRST = "anna ben carla david elena frank grace hugo irene jonas kate liam maria nico olga paul rita sam tina victor".split()
LAST = "novak weber smith garcia rossi meyer jensen dubois kowalski silva larsen costa brown muller fischer".split()
CORPS = ["acme", "northwind", "contoso", "globex", "initech", "umbrella-av", "brightpath", "kestrelgroup",
         "oakridge", "lumen-law", "harborbank", "vertexhealth", "bluepeak", "cityhall", "stmarys"]
TLDS = ["com", "net", "org", "co.uk", "de", "io", "local"]
ROOMS = ["Boardroom", "Huddle 3A", "Training Room", "Cedar", "Aspen", "Lobby", "Exec Suite", "Room 412",
         "Focus 2", "Town Hall", "Studio B", "Conference 5N", "Maple", "Orion", "Atlas"]
SITES = ["hq", "lon", "nyc", "fra", "ams", "syd", "chi", "dal", "par", "mad", "bcn", "tor"]


class Expr(str):
    """A value that must be inserted raw (a code expression), never quoted."""


# ---------------------------------------------------------------- small helpers
def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def ip(r, net=None):
    net = net or r.choice(["10.%d.%d" % (r.randint(0, 40), r.randint(0, 254)), "192.168.%d" % r.randint(0, 60),
                           "172.%d.%d" % (r.randint(16, 31), r.randint(0, 254))])
    return "%s.%d" % (net, r.randint(2, 250))


def mac(r, sep=":", oui=None, upper=False):
    o = oui or r.choice(["805ec0", "001565", "0004f2", "64167f", "000b82", "c074ad", "00408c", "accc8e",
                         "4c11ae", "001eab", "9caaf1", "00107f", "0005a6", "3c2af4", "b0c5ca"])
    h = o + rs(r, HEXL, 6)
    if upper:
        h = h.upper()
    if sep == "":
        return h
    return sep.join(h[i:i + 2] for i in range(0, 12, 2))


def uuid4(r):
    h = rs(r, HEXL, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def corp(r):
    return r.choice(CORPS)


def domain(r):
    return corp(r) + "." + r.choice(TLDS)


def person(r):
    return r.choice(FIRST), r.choice(LAST)


def date(r):
    return "%d-%02d-%02d" % (r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28))


def ver(r):
    return "%d.%d.%d" % (r.randint(1, 12), r.randint(0, 30), r.randint(0, 300))


def ext(r):
    return str(r.randint(1000, 8999))


def sha256(r):
    return rs(r, HEXL, 64)


def ind(r):
    return r.choice(["  ", "    "])


# ---------------------------------------------------------------- secret generators
BAD = ("test", "example", "dummy", "fake", "sample", "demo", "xxxx", "pass", "secret", "changeme")


def clean(f):
    def g(r):
        while True:
            v = f(r)
            lv = v.lower()
            if not any(b in lv for b in BAD):
                return v
    return g


@clean
def pw_human(r):
    k = r.randint(0, 5)
    if k == 0:
        return r.choice(WORDS).capitalize() + r.choice(SYM[:6]) + str(r.randint(10, 9999)) + r.choice(WORDS)
    if k == 1:
        n = r.randint(16, 32)
        while True:
            v = rs(r, ALNUM + SYM, n)
            if any(c in DIG for c in v) and any(c in SYM for c in v) and v[0] not in SYM:
                return v
    if k == 2:
        sep = r.choice(["-", ".", "_"])
        w = [r.choice(WORDS) for _ in range(r.randint(3, 4))]
        if r.random() < .5:
            w[0] = w[0].capitalize()
        return sep.join(w) + sep + str(r.randint(2, 99))
    if k == 3:
        w = r.choice(WORDS)
        tr = {"a": "@", "o": "0", "e": "3", "i": "1", "s": "5"}
        w2 = "".join(tr.get(c, c) if r.random() < .6 else c for c in w)
        return w2.capitalize() + r.choice("#!*%") + str(r.randint(2, 2025)) + r.choice(UP)
    if k == 4:
        return rs(r, ALNUM, r.randint(16, 24))
    return r.choice(WORDS).capitalize() + r.choice(WORDS).capitalize() + str(r.randint(100, 9999)) + r.choice("!#*?")


@clean
def pw_sip(r):
    k = r.randint(0, 3)
    if k == 0:
        return rs(r, HEXL, 32)  # FreePBX style
    if k == 1:
        return rs(r, ALNUM, r.randint(12, 20))
    if k == 2:
        return rs(r, ALNUM + "!#*-_.", r.randint(10, 16))
    return pw_human(r)


@clean
def snmp_comm(r):
    k = r.randint(0, 2)
    if k == 0:
        return rs(r, ALNUM, r.randint(12, 20))
    if k == 1:
        return r.choice(WORDS) + r.choice(["-", "_", "."]) + rs(r, ALNUM, r.randint(8, 12))
    return rs(r, ALNUM + "-_.!", r.randint(14, 24))


def scbk(r):
    return rs(r, "0123456789ABCDEF", 32)


@clean
def webex_token(r):
    return rs(r, ALNUM, 64) + "_" + r.choice(["PF84", "PE93", "P0A1", "PS89", "PF32"]) + "_" + uuid4(r)


@clean
def azure_secret(r):
    al = ALNUM + "_~.-"
    return rs(r, al, 3) + r.choice(DIG) + "Q~" + rs(r, al, 34)


@clean
def zoom_secret(r):
    return rs(r, ALNUM, 32)


@clean
def xibo_key(r):
    return rs(r, ALNUM, r.randint(8, 16))


@clean
def pc_token(r):
    return rs(r, ALNUM, r.randint(20, 32))


@clean
def yodeck_key(r):
    return rs(r, LOW + DIG, 40)


def comm_key(r):
    return str(r.randint(100000, 99999999))


def urlenc(v):
    return urllib.parse.quote(v, safe="-_.~!*")


# ---------------------------------------------------------------- negative value pools
def neg_cfg(r, env):
    return r.choice(["", "********", "<password>", "${%s}" % env, "%%%s%%" % env, "{{ %s }}" % env.lower(),
                     "CHANGE_ME", "<%s>" % env.lower(), "changeme", "$" + env, "REPLACE_ME", "xxxxxxxx"])


def neg_code(r, env, lang):
    if lang == "py":
        return r.choice([Expr('os.environ["%s"]' % env), Expr('os.getenv("%s", "")' % env),
                         Expr('keyring.get_password("%s", "svc")' % env.lower()), '""', '"<%s>"' % env.lower(),
                         Expr('settings.%s' % env)])
    if lang == "js":
        return r.choice([Expr("process.env.%s" % env), Expr("await getSecret('%s')" % env.lower()), "''",
                         "'<%s>'" % env.lower()])
    if lang == "cs":
        return r.choice([Expr('Environment.GetEnvironmentVariable("%s")' % env), Expr('_config["%s"]' % env),
                         '""', '"<%s>"' % env.lower()])
    if lang == "lua":
        return r.choice([Expr("Controls.%s.String" % env.title().replace("_", "")),
                         Expr('Properties["%s"].Value' % env.title().replace("_", " ")), '""'])
    if lang == "ps1":
        return r.choice([Expr("$env:%s" % env), Expr("(Get-Secret -Name %s -AsPlainText)" % env), '""'])
    if lang == "sh":
        return r.choice(["${%s}" % env, "$%s" % env, "${%s:?missing}" % env])
    if lang == "axs":
        return r.choice(["''", "'<%s>'" % env.lower()])
    return neg_cfg(r, env)


def lit(v, q='"'):
    """Quote for code templates unless v is a raw expression or already quoted placeholder."""
    if isinstance(v, Expr):
        return v
    if len(v) >= 2 and v[0] in "'\"" and v[-1] == v[0]:
        return q + v[1:-1] + q
    return q + v + q


# ---------------------------------------------------------------- positive-capable templates
# each builder: (r, v) -> (relpath, text)
T = []


def tpl(name, provider, kind, ftype, gen, env, lang="cfg", defaults=()):
    def deco(fn):
        T.append(dict(name=name, provider=provider, kind=kind, filetype=ftype, gen=gen, env=env, lang=lang,
                      defaults=defaults, fn=fn))
        return fn
    return deco


@tpl("yealink_mac_cfg", "yealink", "sip_password", "cfg", pw_sip, "SIP_PASSWORD")
def t_yealink_mac(r, v):
    m = mac(r, "", "805ec0")
    e = ext(r)
    dom = domain(r)
    f, l = person(r)
    lines = ["#!version:1.0.0.1", "", "## Account1 -- %s %s" % (f.title(), l.title()),
             "account.1.enable = 1", "account.1.label = %s" % e, "account.1.display_name = %s %s" % (f.title(), l.title()),
             "account.1.auth_name = %s" % e, "account.1.user_name = %s" % e, "account.1.password = %s" % v,
             "account.1.sip_server.1.address = pbx.%s" % dom, "account.1.sip_server.1.port = %s" % r.choice(["5060", "5061"]),
             "account.1.sip_server.1.transport_type = %d" % r.choice([0, 2]),
             "account.1.sip_server.1.expires = 3600", "account.1.outbound_proxy_enable = 0", "",
             "## Voicemail", "voice_mail.number.1 = *97", "",
             "## BLF keys"]
    for i in range(1, r.randint(3, 8)):
        lines += ["linekey.%d.type = 16" % (i + 1), "linekey.%d.value = %s" % (i + 1, ext(r)), "linekey.%d.label = %s" % (i + 1, r.choice(FIRST).title())]
    lines += ["", "local_time.time_zone = %s" % r.choice(["+1", "-5", "0", "+10"]), "local_time.ntp_server1 = pool.ntp.org"]
    return "provisioning/yealink/%s.cfg" % m, "\n".join(lines) + "\n"


@tpl("yealink_common_cfg", "yealink", "admin_password", "cfg", pw_human, "PHONE_ADMIN_PW",
     defaults=("admin",))
def t_yealink_common(r, v):
    dom = domain(r)
    model = r.choice(["44", "46", "53", "54", "28", "66", "108"])
    lines = ["#!version:1.0.0.1", "# common config for T%s fleet -- %s" % (model, r.choice(SITES).upper()),
             "", "static.auto_provision.server.url = https://prov.%s/yealink/" % dom,
             "static.auto_provision.repeat.enable = 1", "static.auto_provision.repeat.minutes = 1440",
             "static.firmware.url = https://prov.%s/fw/T%s-%s.rom" % (dom, model, ver(r)), "",
             "static.security.user_name.admin = admin",
             "static.security.user_password = admin:%s" % v,
             "static.security.var_enable = 1", "", "static.network.vlan.internet_port_enable = 1",
             "static.network.vlan.internet_port_vid = %d" % r.choice([20, 30, 110, 200]),
             "static.network.lldp.enable = 1", "features.dnd.enable = 0", "phone_setting.backlight_time = 60",
             "lang.gui = English", "local_time.summer_time = 2"]
    return "provisioning/y0000000000%s.cfg" % model, "\n".join(lines) + "\n"


@tpl("poly_reg_xml", "poly", "sip_password", "xml", pw_sip, "SIP_PASSWORD")
def t_poly_reg(r, v):
    e = ext(r)
    dom = domain(r)
    m = mac(r, "", "0004f2")
    x = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
         "<!-- %s per-phone registration, generated %s -->" % (m, date(r)),
         "<polycomConfig>",
         '  <reg reg.1.displayName="%s %s"' % (r.choice(FIRST).title(), r.choice(LAST).title()),
         '       reg.1.address="%s@%s"' % (e, dom),
         '       reg.1.label="%s"' % e,
         '       reg.1.auth.userId="%s"' % e,
         '       reg.1.auth.password="%s"' % v,
         '       reg.1.server.1.address="sip.%s"' % dom,
         '       reg.1.server.1.port="5060"',
         '       reg.1.server.1.transport="%s"' % r.choice(["UDPOnly", "TCPOnly", "TLS"]),
         '       reg.1.lineKeys="2"/>',
         '  <msg msg.mwi.1.callBackMode="contact" msg.mwi.1.callBack="*97"/>',
         '  <tcpIpApp tcpIpApp.sntp.address="pool.ntp.org" tcpIpApp.sntp.gmtOffset="%d"/>' % r.choice([0, 3600, -18000]),
         "</polycomConfig>"]
    return "tftpboot/polycom/%s-registration.cfg" % m, "\n".join(x) + "\n"


@tpl("poly_device_cfg", "poly", "admin_password", "xml", pw_human, "POLY_ADMIN", defaults=("456",))
def t_poly_device(r, v):
    dom = domain(r)
    x = ['<?xml version="1.0" encoding="UTF-8"?>', "<polycomConfig>",
         '  <device device.set="1"',
         '          device.auth.localAdminPassword.set="1"',
         '          device.auth.localAdminPassword="%s"' % v,
         '          device.prov.serverName="https://prov.%s/poly"' % dom,
         '          device.prov.serverType.set="1" device.prov.serverType="2"',
         '          device.sntp.serverName="time.%s"/>' % dom,
         '  <feature feature.callRecording.enabled="0" feature.presence.enabled="1"/>',
         '  <up up.backlight.idleIntensity="1" up.screenSaver.enabled="1"/>',
         '  <voice voice.volume.persist.handset="1"/>',
         "</polycomConfig>"]
    return "provisioning/poly/site-%s.cfg" % r.choice(SITES), "\n".join(x) + "\n"


@tpl("grandstream_xml", "grandstream", "sip_password", "xml", pw_sip, "SIP_PASSWORD")
def t_gs_xml(r, v):
    m = mac(r, "", "000b82")
    e = ext(r)
    dom = domain(r)
    x = ['<?xml version="1.0" encoding="UTF-8" ?>', '<gs_provision version="1">', "  <mac>%s</mac>" % m,
         "  <config version=\"1\">", "    <!-- Account 1 -->", "    <P271>1</P271>",
         "    <P270>%s</P270>" % e, "    <P47>sip.%s</P47>" % dom, "    <P35>%s</P35>" % e, "    <P36>%s</P36>" % e,
         "    <P34>%s</P34>" % v, "    <P3>%s %s</P3>" % (r.choice(FIRST).title(), r.choice(LAST).title()),
         "    <!-- NTP / timezone -->", "    <P30>pool.ntp.org</P30>", "    <P64>%s</P64>" % r.choice(["CET-1CEST", "EST+5EDT", "GMT"]),
         "    <P237>prov.%s/gs</P237>" % dom, "    <P212>2</P212>", "  </config>", "</gs_provision>"]
    return "provisioning/grandstream/cfg%s.xml" % m, "\n".join(x) + "\n"


@tpl("grandstream_txt", "grandstream", "admin_password", "txt", pw_human, "GS_ADMIN", defaults=("admin",))
def t_gs_txt(r, v):
    dom = domain(r)
    x = ["# Grandstream GXP%s config template -- %s" % (r.choice(["2130", "2160", "1625", "2170"]), corp(r)),
         "# Admin password", "P2 = %s" % v, "# End user password", "P196 = %s" % r.choice(["123", ""]),
         "# Config server path", "P237 = prov.%s/gs" % dom, "# Firmware server path", "P192 = fw.%s/gs" % dom,
         "# Allow DHCP option 66", "P145 = 1", "# NTP server", "P30 = time.%s" % dom, "# Time zone", "P64 = %s" % r.choice(["CET-1CEST", "EST+5EDT"]),
         "# Enable LLDP", "P1684 = 1", "# Layer 2 QoS 802.1Q VLAN tag", "P51 = %d" % r.choice([20, 30, 100])]
    return "gs/templates/gxp-common.txt", "\n".join(x) + "\n"


@tpl("cisco_spa_xml", "cisco", "sip_password", "xml", pw_sip, "SIP_PASSWORD")
def t_spa(r, v):
    m = mac(r, "", "0004f2").lower()
    e = ext(r)
    dom = domain(r)
    x = ["<flat-profile>", '  <Provision_Enable ua="na">Yes</Provision_Enable>',
         '  <Profile_Rule ua="na">https://prov.%s/spa/$MA.xml</Profile_Rule>' % dom,
         '  <Admin_Passwd ua="na"></Admin_Passwd>' if r.random() < .5 else '  <Station_Name ua="na">%s</Station_Name>' % r.choice(ROOMS),
         '  <Line_Enable_1_ ua="na">Yes</Line_Enable_1_>', '  <Proxy_1_ ua="na">sip.%s</Proxy_1_>' % dom,
         '  <Display_Name_1_ ua="na">%s</Display_Name_1_>' % r.choice(FIRST).title(),
         '  <User_ID_1_ ua="na">%s</User_ID_1_>' % e, '  <Password_1_ ua="na">%s</Password_1_>' % v,
         '  <Use_Auth_ID_1_ ua="na">No</Use_Auth_ID_1_>', '  <Preferred_Codec_1_ ua="na">G711u</Preferred_Codec_1_>',
         '  <Primary_NTP_Server ua="na">pool.ntp.org</Primary_NTP_Server>', "</flat-profile>"]
    return "tftp/spa%s.xml" % m, "\n".join(x) + "\n"


@tpl("roomos_xconfig", "cisco_webex_device", "sip_password", "txt", pw_sip, "SIP_PASSWORD")
def t_roomos(r, v):
    dom = domain(r)
    room = r.choice(ROOMS)
    x = ["# RoomOS baseline for %s (%s)" % (room, r.choice(["Room Kit Pro", "Board Pro 75", "Desk Pro", "Room Bar"])),
         'xConfiguration SystemUnit Name: "%s"' % room,
         "xConfiguration NetworkServices NTP Mode: Manual", "xConfiguration NetworkServices NTP Server 1 Address: time.%s" % dom,
         "xConfiguration NetworkServices SSH Mode: On", "xConfiguration NetworkServices HTTP Mode: HTTPS",
         "xConfiguration SIP DisplayName: \"%s\"" % room,
         "xConfiguration SIP URI: \"%s@%s\"" % (room.lower().replace(" ", "."), dom),
         "xConfiguration SIP Authentication UserName: \"%s\"" % room.lower().replace(" ", ""),
         "xConfiguration SIP Authentication Password: \"%s\"" % v,
         "xConfiguration SIP Proxy 1 Address: \"sip.%s\"" % dom,
         "xConfiguration Conference DefaultCall Protocol: Sip",
         "xConfiguration Audio DefaultVolume: %d" % r.randint(40, 70),
         "xConfiguration Standby Delay: %d" % r.choice([10, 15, 30])]
    return "rooms/%s/startup.txt" % room.lower().replace(" ", "-"), "\n".join(x) + "\n"


@tpl("roomos_usermgmt", "cisco_webex_device", "admin_password", "sh", pw_human, "CODEC_ADMIN_PW", lang="sh")
def t_roomos_user(r, v):
    hosts = [ip(r) for _ in range(r.randint(2, 6))]
    x = ["#!/usr/bin/env bash", "# rotate local admin on codecs after onboarding", "set -euo pipefail", "",
         "CODECS=(%s)" % " ".join(hosts), 'ADMIN_USER="admin"', "NEW_PASSPHRASE=\"%s\"" % v, "",
         'for h in "${CODECS[@]}"; do',
         '  echo "==> $h"',
         '  ssh -o StrictHostKeyChecking=no "$ADMIN_USER@$h" \\',
         '    "xCommand UserManagement User Passphrase Set Username: admin NewPassphrase: \\"$NEW_PASSPHRASE\\""',
         "done"]
    return "scripts/codec-rotate-admin.sh", "\n".join(x) + "\n"


@tpl("webex_macro_js", "webex", "access_token", "js", webex_token, "WEBEX_TOKEN", lang="js")
def t_webex_macro(r, v):
    room = r.choice(ROOMS)
    x = ["import xapi from 'xapi';", "", "// Posts room-usage alerts to a Webex space from the codec",
         "const SPACE_ID = '%s';" % base64.b64encode(("ciscospark://us/ROOM/" + uuid4(r)).encode()).decode().rstrip("="),
         "const BOT = %s;" % lit(v, "'"), "const ROOM_NAME = '%s';" % room, "",
         "function post(markdown) {",
         "  return xapi.Command.HttpClient.Post({",
         "    Url: 'https://webexapis.com/v1/messages',",
         "    Header: ['Content-Type: application/json', `Authorization: Bearer ${BOT}`],",
         "    ResultBody: 'PlainText',",
         "  }, JSON.stringify({ roomId: SPACE_ID, markdown }));", "}", "",
         "xapi.Status.RoomAnalytics.PeopleCount.Current.on((count) => {",
         "  if (count > %d) post(`**${ROOM_NAME}** is over capacity (${count})`);" % r.randint(6, 20), "});", "",
         "xapi.Event.UserInterface.Extensions.Panel.Clicked.on((e) => {",
         "  if (e.PanelId === 'helpdesk') post(`Help requested in **${ROOM_NAME}**`);", "});"]
    return "macros/room-alerts.js", "\n".join(x) + "\n"


@tpl("webex_bot_py", "webex", "access_token", "py", webex_token, "WEBEX_BOT_TOKEN", lang="py")
def t_webex_bot(r, v):
    name = r.choice(["WEBEX_TEAMS_ACCESS_TOKEN", "BOT_TOKEN", "ACCESS", "bearer"])
    x = ['"""Room booking notifier bot."""', "import os", "import requests", "", "API = \"https://webexapis.com/v1\"",
         "%s = %s" % (name, lit(v)), "HEADERS = {\"Authorization\": f\"Bearer {%s}\"}" % name, "",
         "", "def rooms_for(email):", "    r = requests.get(f\"{API}/places\", headers=HEADERS, params={\"max\": 100}, timeout=10)",
         "    r.raise_for_status()", "    return [p for p in r.json().get(\"items\", []) if p.get(\"owner\") == email]", "",
         "", "def notify(room_id, text):",
         "    requests.post(f\"{API}/messages\", headers=HEADERS, json={\"roomId\": room_id, \"text\": text}, timeout=10)",
         "", "", "if __name__ == \"__main__\":", "    notify(os.environ.get(\"NOTIFY_ROOM\", \"\"), \"Bookings synced\")"]
    return r.choice(["bots/booking_bot.py", "src/notifier/webex.py", "webex_bot.py"]), "\n".join(x) + "\n"


@tpl("zoom_s2s_py", "zoom", "oauth_client_secret", "py", zoom_secret, "ZOOM_CLIENT_SECRET", lang="py")
def t_zoom(r, v):
    nm = r.choice(["CLIENT_SECRET", "CLIENT_SEC", "APP_S", "ZOOM_S2S"])
    x = ["import base64", "import requests", "", "# Zoom Rooms inventory sync (Server-to-Server OAuth app)",
         "ACCOUNT_ID = \"%s\"" % rs(r, ALNUM + "-_", 22), "CLIENT_ID = \"%s\"" % rs(r, ALNUM, 22),
         "%s = %s" % (nm, lit(v)), "",
         "", "def token():",
         "    basic = base64.b64encode(f\"{CLIENT_ID}:{%s}\".encode()).decode()" % nm,
         "    resp = requests.post(\"https://zoom.us/oauth/token\",",
         "                         params={\"grant_type\": \"account_credentials\", \"account_id\": ACCOUNT_ID},",
         "                         headers={\"Authorization\": f\"Basic {basic}\"}, timeout=15)",
         "    resp.raise_for_status()", "    return resp.json()[\"access_token\"]", "", "",
         "def list_rooms():", "    h = {\"Authorization\": f\"Bearer {token()}\"}",
         "    return requests.get(\"https://api.zoom.us/v2/rooms\", headers=h, params={\"page_size\": 300}).json()"]
    return r.choice(["integrations/zoom_rooms/sync.py", "zoomrooms/client.py"]), "\n".join(x) + "\n"


@tpl("graph_appsettings", "microsoft_graph", "client_secret", "json", azure_secret, "GRAPH_CLIENT_SECRET")
def t_graph(r, v):
    dom = domain(r)
    j = ["{", '  "Logging": { "LogLevel": { "Default": "Information" } },', '  "RoomBooking": {',
         '    "TenantId": "%s",' % uuid4(r), '    "ClientId": "%s",' % uuid4(r), '    "ClientSecret": "%s",' % v,
         '    "RoomListAddress": "rooms-%s@%s",' % (r.choice(SITES), dom), '    "SyncIntervalMinutes": %d,' % r.choice([5, 10, 15]),
         '    "Rooms": [']
    rooms = r.sample(ROOMS, r.randint(2, 5))
    for i, rm in enumerate(rooms):
        j.append('      { "Name": "%s", "Mailbox": "%s@%s" }%s' % (rm, rm.lower().replace(" ", "-"), dom, "," if i < len(rooms) - 1 else ""))
    j += ["    ]", "  },", '  "AllowedHosts": "*"', "}"]
    return r.choice(["src/RoomPanel.Api/appsettings.Production.json", "appsettings.json"]), "\n".join(j) + "\n"


@tpl("exchangelib_py", "microsoft_exchange", "service_account_password", "py", pw_human, "EWS_PASSWORD", lang="py")
def t_ews(r, v):
    dom = domain(r)
    x = ["from exchangelib import Account, Configuration, Credentials, DELEGATE", "from datetime import timedelta", "",
         "SVC = \"svc-roombook@%s\"" % dom, "creds = Credentials(SVC, %s)" % lit(v),
         "config = Configuration(server=\"mail.%s\", credentials=creds)" % dom, "",
         "ROOMS = [%s]" % ", ".join('"%s@%s"' % (x.lower().replace(" ", ""), dom) for x in r.sample(ROOMS, 3)), "", "",
         "def today(room):", "    acct = Account(room, config=config, autodiscover=False, access_type=DELEGATE)",
         "    from exchangelib import EWSDateTime", "    now = EWSDateTime.now(acct.default_timezone)",
         "    return acct.calendar.view(start=now, end=now + timedelta(hours=12))", "", "",
         "if __name__ == \"__main__\":", "    for room in ROOMS:", "        for item in today(room):",
         "            print(room, item.start, item.subject)"]
    return "signage/room_calendar.py", "\n".join(x) + "\n"


@tpl("ews_ps1", "microsoft_exchange", "service_account_password", "ps1", pw_human, "ROOMSVC_PW", lang="ps1")
def t_ews_ps(r, v):
    dom = domain(r)
    x = ["# Room mailbox calendar processing -- run from admin jump host", "Import-Module ExchangeOnlineManagement", "",
         "$svc  = \"svc-rooms@%s\"" % dom,
         "$sec  = ConvertTo-SecureString %s -AsPlainText -Force" % lit(v),
         "$cred = New-Object System.Management.Automation.PSCredential($svc, $sec)", "",
         "Connect-ExchangeOnline -Credential $cred -ShowBanner:$false", "",
         "Get-Mailbox -RecipientTypeDetails RoomMailbox | ForEach-Object {",
         "    Set-CalendarProcessing -Identity $_.Identity -AutomateProcessing AutoAccept `",
         "        -DeleteComments $false -AddOrganizerToSubject $true -BookingWindowInDays %d" % r.choice([90, 180, 365]), "}"]
    return "scripts/Set-RoomCalendars.ps1", "\r\n".join(x) + "\r\n"


def _rtsp_pw(v):
    return v if v.startswith(("$", "<", "{", "%")) or v == "" else urlenc(v)


@tpl("frigate_yaml", "hikvision", "rtsp_credentials", "yaml", pw_human, "FRIGATE_RTSP_PASSWORD",
     defaults=("12345",))
def t_frigate(r, v):
    cams = []
    p = _rtsp_pw(v)
    n = r.randint(1, 3)
    for i in range(n):
        cams += ["  %s_%d:" % (r.choice(["lobby", "loading_dock", "parking", "reception", "server_room"]), i + 1),
                 "    ffmpeg:", "      inputs:",
                 "        - path: rtsp://admin:%s@%s:554/Streaming/Channels/101" % (p, ip(r)),
                 "          roles: [record, detect]", "    detect:", "      width: 1280", "      height: 720"]
    x = ["mqtt:", "  host: mqtt.lan", "", "record:", "  enabled: true", "  retain:", "    days: %d" % r.choice([7, 14, 30]), "",
         "cameras:"] + cams
    return "frigate/config.yml", "\n".join(x) + "\n"


@tpl("go2rtc_yaml", "dahua", "rtsp_credentials", "yaml", pw_human, "CAM_PASS", defaults=("admin",))
def t_go2rtc(r, v):
    p = _rtsp_pw(v)
    h = ip(r)
    x = ["api:", "  listen: \":1984\"", "rtsp:", "  listen: \":8554\"", "", "streams:",
         "  door_main: rtsp://admin:%s@%s:554/cam/realmonitor?channel=1&subtype=0" % (p, h),
         "  door_sub: ffmpeg:door_main#video=h264", "", "webrtc:", "  candidates:", "    - %s:8555" % ip(r)]
    return "go2rtc.yaml", "\n".join(x) + "\n"


@tpl("axis_ffmpeg_sh", "axis", "rtsp_credentials", "sh", pw_human, "AXIS_PASS", lang="sh",
     defaults=("pass",))
def t_axis_sh(r, v):
    p = _rtsp_pw(v)
    h = ip(r)
    x = ["#!/bin/sh", "# timelapse grab from the atrium camera every 5 min (cron)", "OUT=/srv/timelapse/$(date +%%Y%%m%%d)", "mkdir -p \"$OUT\"", "",
         "ffmpeg -loglevel error -rtsp_transport tcp \\",
         "  -i \"rtsp://root:%s@%s/axis-media/media.amp?resolution=1920x1080\" \\" % (p, h),
         "  -frames:v 1 \"$OUT/$(date +%H%M).jpg\""]
    return "bin/timelapse-grab.sh", "\n".join(x) + "\n"


@tpl("homeassistant_cam", "hikvision", "rtsp_credentials", "yaml", pw_human, "CAM_PW", defaults=("12345",))
def t_ha(r, v):
    p = _rtsp_pw(v)
    x = ["# cameras.yaml (included from configuration.yaml)", "- platform: generic",
         "  name: %s" % r.choice(["Front Door", "Reception", "Warehouse"]),
         "  still_image_url: http://%s/ISAPI/Streaming/channels/101/picture" % ip(r),
         "  stream_source: rtsp://%s:%s@%s:554/Streaming/Channels/102" % (r.choice(["admin", "viewer", "ha"]), p, ip(r)),
         "  verify_ssl: false", "  framerate: 5"]
    return "homeassistant/cameras.yaml", "\n".join(x) + "\n"


@tpl("onvif_py", "onvif", "camera_password", "py", pw_human, "ONVIF_PASSWORD", lang="py")
def t_onvif(r, v):
    x = ["from onvif import ONVIFCamera", "", "CAMERAS = {"]
    for _ in range(r.randint(1, 3)):
        x.append("    \"%s\": \"%s\"," % (r.choice(["ptz-hall", "ptz-stage", "ptz-aud", "cam-lobby"]), ip(r)))
    x += ["}", "", "", "def goto_preset(name, preset):",
          "    cam = ONVIFCamera(CAMERAS[name], 80, \"%s\", %s)" % (r.choice(["admin", "onvif", "operator"]), lit(v)),
          "    media = cam.create_media_service()", "    ptz = cam.create_ptz_service()",
          "    token = media.GetProfiles()[0].token",
          "    ptz.GotoPreset({\"ProfileToken\": token, \"PresetToken\": str(preset)})"]
    return "av/ptz_presets.py", "\n".join(x) + "\n"


@tpl("isapi_curl", "hikvision", "camera_password", "sh", pw_human, "HIK_PW", lang="sh", defaults=("12345",))
def t_isapi(r, v):
    hosts = [ip(r) for _ in range(r.randint(2, 5))]
    x = ["#!/usr/bin/env bash", "# push NTP + time zone to all NVR channels", "",
         "for h in %s; do" % " ".join(hosts),
         "  curl -s --digest -u \"admin:%s\" -X PUT \\" % v,
         "    -H 'Content-Type: application/xml' \\",
         "    --data-binary @ntp.xml \"http://$h/ISAPI/System/time/ntpServers/1\"",
         "done"]
    return "nvr/set-ntp.sh", "\n".join(x) + "\n"


@tpl("vapix_py", "axis", "camera_password", "py", pw_human, "AXIS_PASSWORD", lang="py")
def t_vapix(r, v):
    x = ["import requests", "from requests.auth import HTTPDigestAuth", "",
         "AUTH = HTTPDigestAuth(\"root\", %s)" % lit(v), "", "",
         "def set_overlay(host, text):",
         "    url = f\"http://{host}/axis-cgi/dynamicoverlay/dynamicoverlay.cgi\"",
         "    body = {\"apiVersion\": \"1.0\", \"method\": \"addText\",",
         "            \"params\": {\"camera\": 1, \"text\": text, \"position\": \"topLeft\"}}",
         "    return requests.post(url, json=body, auth=AUTH, timeout=5).json()"]
    return "tools/axis_overlay.py", "\n".join(x) + "\n"


@tpl("crestron_cs", "crestron", "device_password", "cs", pw_human, "DSP_PASSWORD", lang="cs")
def t_crestron_cs(r, v):
    ns = r.choice(["Acme.AV.Boardroom", "RoomControl", "Kestrel.Crestron.Program"])
    fld = r.choice(["_sshPass", "LoginSecret", "_dspLogin", "_auth"])
    x = ["using System;", "using Crestron.SimplSharp;", "using Crestron.SimplSharp.Ssh;", "",
         "namespace %s" % ns, "{", "    public class DspLink", "    {",
         "        private const string Host = \"%s\";" % ip(r),
         "        private readonly string %s = %s;" % (fld, lit(v)),
         "        private SshClient _client;", "",
         "        public void Connect()", "        {",
         "            _client = new SshClient(Host, 22, \"admin\", %s);" % fld,
         "            _client.Connect();", "            CrestronConsole.PrintLine(\"DSP link up\");", "        }", "",
         "        public void Recall(int preset)", "        {",
         "            using (var cmd = _client.CreateCommand(\"DEVICE recallPreset \" + preset))", "                cmd.Execute();", "        }",
         "    }", "}"]
    return "SimplSharp/%s/DspLink.cs" % ns.split(".")[-1], "\n".join(x) + "\n"


@tpl("crestron_console", "crestron", "admin_password", "txt", pw_human, "CRESTRON_ADMIN",
     defaults=("admin",))
def t_crestron_console(r, v):
    x = ["; %s processor first-boot console script" % r.choice(["CP4", "MC4", "RMC4", "DMPS3"]),
         "HOSTNAME %s-%s-CP" % (r.choice(SITES).upper(), r.randint(1, 40)),
         "DHCP OFF", "IPADDRESS 0 %s" % ip(r), "IPMASK 0 255.255.255.0",
         "AUTHENTICATION ON", "ADDUSER -N:avadmin -P:%s" % v, "ADDUSERTOGROUP -N:avadmin -G:Administrators",
         "SSLVERIFY 0", "TIMEZONE %d" % r.choice([4, 10, 35]), "SNTP START", "REBOOT"]
    return "crestron/console/firstboot.txt", "\r\n".join(x) + "\r\n"


@tpl("extron_py", "extron", "device_password", "py", pw_human, "EXTRON_PW", lang="py")
def t_extron(r, v):
    nm = r.choice(["SWITCHER_PW", "LOGIN", "ADMIN_PASS", "pwd"])
    x = ["from extronlib.interface import EthernetClientInterface", "from extronlib.system import Wait", "",
         "Switcher = EthernetClientInterface(\"%s\", 23)" % ip(r), "%s = %s" % (nm, lit(v, "'")), "",
         "", "@event(Switcher, 'ReceiveData')", "def handle(interface, data):",
         "    if b'Password:' in data:", "        interface.Send(%s + '\\r')" % nm,
         "    elif b'Login Administrator' in data:", "        interface.Send('\\x1b3CV\\r')", "",
         "", "Switcher.Connect(5)"]
    return "ControlScript/src/devices/switcher.py", "\n".join(x) + "\n"


@tpl("amx_netlinx", "amx", "device_password", "axs", pw_human, "AMX_PW", lang="axs")
def t_amx(r, v):
    val = lit(v, "'")
    x = ["PROGRAM_NAME='%s'" % r.choice(ROOMS).replace(" ", "_"), "", "DEFINE_DEVICE", "dvTP = 10001:1:0",
         "dvCodec = 0:3:0", "", "DEFINE_CONSTANT", "CHAR CODEC_IP[] = '%s'" % ip(r), "CHAR CODEC_USER[] = 'admin'",
         "CHAR CODEC_PASS[] = %s" % val, "", "DEFINE_VARIABLE", "INTEGER nLoggedIn", "", "DEFINE_START",
         "IP_CLIENT_OPEN(dvCodec.PORT, CODEC_IP, 23, IP_TCP)", "", "DEFINE_EVENT", "DATA_EVENT[dvCodec]", "{",
         "    STRING:", "    {", "        IF(FIND_STRING(DATA.TEXT, 'login:', 1))", "            SEND_STRING dvCodec, \"CODEC_USER, $0D\"",
         "        IF(FIND_STRING(DATA.TEXT, 'Password:', 1))", "            SEND_STRING dvCodec, \"CODEC_PASS, $0D\"", "    }", "}"]
    return "netlinx/%s.axs" % r.choice(["Boardroom_Main", "TrainingRoom", "Auditorium"]), "\r\n".join(x) + "\r\n"


@tpl("qsys_lua", "qsys", "device_password", "lua", pw_human, "CAMERA_PASSWORD", lang="lua")
def t_qsys(r, v):
    x = ["-- Q-SYS text controller: poll PTZ camera preset state", "local host = \"%s\"" % ip(r),
         "local user = \"admin\"", "local pw = %s" % lit(v), "",
         "function poll()", "  HttpClient.Download{", "    Url = HttpClient.CreateUrl{Host = \"http://\" .. host, Path = \"cgi-bin/ptz.cgi\"},",
         "    User = user, Password = pw, Auth = \"digest\",", "    Timeout = 5,",
         "    EventHandler = function(t, code, data, err)", "      Controls.Status.String = (code == 200) and \"OK\" or (\"HTTP \" .. code)", "    end", "  }", "end", "",
         "PollTimer = Timer.New()", "PollTimer.EventHandler = poll", "PollTimer:Start(%d)" % r.choice([5, 10, 30])]
    return "qsys/scripts/ptz_poll.lua", "\n".join(x) + "\n"


@tpl("biamp_py", "biamp", "device_password", "py", pw_human, "TESIRA_PASSWORD", lang="py")
def t_biamp(r, v):
    x = ["import telnetlib", "", "TESIRA = \"%s\"" % ip(r), "USER = \"%s\"" % r.choice(["control", "admin"]), "", "",
         "def session():", "    tn = telnetlib.Telnet(TESIRA, 23, timeout=5)", "    tn.read_until(b\"login:\")",
         "    tn.write(USER.encode() + b\"\\r\\n\")", "    tn.read_until(b\"Password:\")",
         "    tn.write(%s.encode() + b\"\\r\\n\")" % lit(v), "    tn.read_until(b\"Welcome\")", "    return tn", "", "",
         "def mute(block, ch, state=True):", "    tn = session()",
         "    tn.write(f\"{block} set mute {ch} {str(state).lower()}\\r\\n\".encode())", "    return tn.read_until(b\"+OK\", 2)"]
    return "biamp/tesira_ctl.py", "\n".join(x) + "\n"


@tpl("telegraf_snmp", "apc", "snmp_community", "toml", snmp_comm, "SNMP_COMMUNITY", defaults=("public",))
def t_telegraf(r, v):
    ag = ", ".join('"udp://%s:161"' % ip(r) for _ in range(r.randint(1, 4)))
    x = ["[[inputs.snmp]]", "  agents = [%s]" % ag, "  version = 2", "  community = \"%s\"" % v, "  timeout = \"5s\"",
         "  name = \"ups\"", "", "  [[inputs.snmp.field]]", "    name = \"battery_capacity\"",
         "    oid = \"PowerNet-MIB::upsAdvBatteryCapacity.0\"", "", "  [[inputs.snmp.field]]", "    name = \"runtime\"",
         "    oid = \"PowerNet-MIB::upsAdvBatteryRunTimeRemaining.0\""]
    return "telegraf/telegraf.d/ups.conf", "\n".join(x) + "\n"


@tpl("snmpd_conf", "net-snmp", "snmp_community", "conf", snmp_comm, "SNMP_RO", defaults=("public",))
def t_snmpd(r, v):
    x = ["# snmpd.conf for signage players", "agentAddress udp:161", "sysLocation %s %s" % (r.choice(SITES).upper(), r.choice(ROOMS)),
         "sysContact av-team@%s" % domain(r), "", "rocommunity %s %s/24" % (v, ip(r).rsplit(".", 1)[0] + ".0"),
         "", "view systemonly included .1.3.6.1.2.1.1", "view systemonly included .1.3.6.1.2.1.25.1",
         "disk / 10%", "load 12 10 5"]
    return "ansible/roles/signage/files/snmpd.conf", "\n".join(x) + "\n"


@tpl("snmp_exporter_v3", "snmp_exporter", "snmpv3_auth_password", "yaml", pw_human, "SNMPV3_AUTH")
def t_snmpexp(r, v):
    x = ["auths:", "  pdu_v3:", "    version: 3", "    username: %s" % r.choice(["monitor", "prom", "nms"]),
         "    security_level: authNoPriv", "    auth_protocol: SHA", "    password: \"%s\"" % v, "",
         "modules:", "  raritan:", "    walk:", "      - 1.3.6.1.4.1.13742.6.5.2.3.1.4", "      - sysUpTime"]
    return "monitoring/snmp_exporter/generator.yml", "\n".join(x) + "\n"


@tpl("nut_upsd_users", "nut", "ups_password", "conf", pw_human, "NUT_PW")
def t_nut_users(r, v):
    u = r.choice(["upsmon_remote", "monuser", "nas"])
    x = ["# upsd.users", "#", "# see upsd.users(5)", "", "[%s]" % u, "    password = %s" % v, "    upsmon secondary", "",
         "[admin]", "    password = %s" % r.choice(["!", "*"]), "    actions = SET", "    instcmds = ALL"]
    return "nut/upsd.users", "\n".join(x) + "\n"


@tpl("nut_upsmon", "nut", "ups_password", "conf", pw_human, "NUT_PW")
def t_upsmon(r, v):
    x = ["# upsmon.conf -- AV rack UPS", "RUN_AS_USER root", "",
         "MONITOR %s@%s 1 monuser %s secondary" % (r.choice(["rack-a", "avups", "smt1500"]), ip(r), v),
         "", "MINSUPPLIES 1", "SHUTDOWNCMD \"/sbin/shutdown -h +0\"", "POLLFREQ 5", "POLLFREQALERT 5",
         "HOSTSYNC 15", "DEADTIME 15", "FINALDELAY 5"]
    return "etc/nut/upsmon.conf", "\n".join(x) + "\n"


@tpl("apc_config_ini", "apc", "snmp_community", "ini", snmp_comm, "APC_COMMUNITY", defaults=("private",))
def t_apc(r, v):
    x = ["; Network Management Card config.ini (exported %s)" % date(r), "[SystemID]", "Name=%s-UPS%d" % (r.choice(SITES).upper(), r.randint(1, 9)),
         "Contact=facilities@%s" % domain(r), "Location=%s" % r.choice(ROOMS), "", "[NetworkTCP/IP]",
         "SystemIP=%s" % ip(r), "SubnetMask=255.255.255.0", "", "[NetworkSNMP]", "SNMPv1Enable=enabled",
         "AccessControl1Community=%s" % v, "AccessControl1NMSIP=%s" % ip(r), "AccessControl1AccessType=read",
         "", "[NetworkNTP]", "NTPEnable=enabled", "NTPPrimaryServer=pool.ntp.org"]
    return "ups/apc/config.ini", "\r\n".join(x) + "\r\n"


@tpl("pdu_ansible_vars", "raritan", "snmp_community", "yaml", snmp_comm, "PDU_COMMUNITY", defaults=("public",))
def t_pdu(r, v):
    x = ["---", "# group_vars/pdus.yml", "pdu_ntp_servers:", "  - time.%s" % domain(r), "pdu_snmp_version: v2c",
         "pdu_snmp_%s: \"%s\"" % (r.choice(["community", "ro_string", "read"]), v), "pdu_syslog: %s" % ip(r),
         "pdu_outlet_names:"]
    for i in range(1, r.randint(4, 9)):
        x.append("  %d: %s" % (i, r.choice(["codec", "display-l", "display-r", "dsp", "switcher", "cp4", "poe-switch"])))
    return "ansible/inventories/prod/group_vars/pdus.yml", "\n".join(x) + "\n"


@tpl("postfix_sasl", "smtp", "scan_to_email_password", "conf", pw_human, "SMTP_PW")
def t_sasl(r, v):
    dom = domain(r)
    x = ["# relay for MFP scan-to-email (printers cannot do modern auth)",
         "[smtp.office365.com]:587 scanner@%s:%s" % (dom, v)]
    return "mfp-relay/postfix/sasl_passwd", "\n".join(x) + "\n"


@tpl("scan_user_ps1", "windows_smb", "scan_to_folder_password", "ps1", pw_human, "SCAN_PW", lang="ps1")
def t_scanuser(r, v):
    val = lit(v)
    x = ["# Creates the local scan account + share used by all floor MFPs", "$ErrorActionPreference = 'Stop'", "",
         "$user = 'svc_scan'", "$pw = ConvertTo-SecureString %s -AsPlainText -Force" % val,
         "New-LocalUser -Name $user -Password $pw -PasswordNeverExpires -UserMayNotChangePassword",
         "New-Item -ItemType Directory -Path D:\\Scans -Force | Out-Null",
         "New-SmbShare -Name Scans -Path D:\\Scans -ChangeAccess \"$env:COMPUTERNAME\\$user\"",
         "icacls D:\\Scans /grant \"${user}:(OI)(CI)M\""]
    return "it/printers/New-ScanShare.ps1", "\r\n".join(x) + "\r\n"


@tpl("cifs_credentials", "windows_smb", "scan_to_folder_password", "conf", pw_human, "SMB_PW")
def t_cifs(r, v):
    x = ["username=svc_scan", "password=%s" % v, "domain=%s" % corp(r).upper().replace("-", "")]
    return "ansible/roles/scanbox/files/scan.cred", "\n".join(x) + "\n"


@tpl("mfp_ansible", "ricoh", "scan_to_folder_password", "yaml", pw_human, "MFP_SMB_PW")
def t_mfp_ans(r, v):
    x = ["---", "mfp_fleet:"]
    for i in range(r.randint(2, 4)):
        x += ["  - name: MFP-%s-%02d" % (r.choice(SITES).upper(), i + 1), "    model: %s" % r.choice(["IM C3000", "IM C4500", "MP C3004"]),
              "    ip: %s" % ip(r), "    serial: %s" % (r.choice(["3C", "C7", "G1"]) + str(r.randint(10 ** 7, 10 ** 8 - 1)))]
    x += ["", "scan_to_folder:", "  server: fs01.%s" % domain(r), "  share: \\\\fs01\\Scans", "  login_user: svc_scan",
          "  login_password: '%s'" % v, "  protocol: smb3"]
    return "ansible/group_vars/mfp.yml", "\n".join(x) + "\n"


@tpl("mfp_ldap_json", "canon", "ldap_bind_password", "json", pw_human, "LDAP_BIND_PW")
def t_ldap(r, v):
    dom = domain(r)
    dc = ",".join("dc=" + p for p in dom.split("."))
    x = ["{", '  "device": "iR-ADV C%s"' % r.choice(["5535", "3530", "5840"]) + ",", '  "addressBook": {', '    "ldapServers": [', "      {",
         '        "name": "corp-ad",', '        "host": "dc01.%s",' % dom, '        "port": 636,', '        "useSSL": true,',
         '        "searchRoot": "%s",' % dc, '        "bindDn": "cn=svc-mfp-ldap,ou=Service,%s",' % dc,
         '        "bindPassword": "%s",' % v, '        "timeoutSec": 10', "      }", "    ]", "  }", "}"]
    return "printers/canon/ldap-settings.json", "\n".join(x) + "\n"


@tpl("kyocera_addrbook", "kyocera", "scan_to_folder_password", "xml", pw_human, "SMB_PW")
def t_kyo(r, v):
    x = ['<?xml version="1.0" encoding="utf-8"?>', '<DeviceAddressBook_v5_2>']
    n = r.randint(2, 6)
    k = r.randrange(n)
    for i in range(n):
        f, l = person(r)
        pwv = v if i == k else ""
        x.append('  <Item Type="Contact" Id="%d" DisplayName="%s %s" SendKeisyou="0" MailAddress="%s.%s@%s" '
                 'SmbHostName="fs01" SmbPath="\\Scans\\%s" SmbLoginName="svc_scan" SmbLoginPasswd="%s" SmbPort="445" />'
                 % (i + 1, f.title(), l.title(), f, l, domain(r), l, pwv))
    x.append("</DeviceAddressBook_v5_2>")
    return "printers/kyocera/AddressBook.xml", "\n".join(x) + "\n"


@tpl("papercut_props", "papercut", "database_password", "properties", pw_human, "PC_DB_PW")
def t_pc(r, v):
    x = ["### PaperCut MF server.properties", "server.port=9191", "server.ssl.port=9192", "",
         "database.type=%s" % r.choice(["SQLServer", "PostgreSQL"]),
         "database.driver=%s" % "com.microsoft.sqlserver.jdbc.SQLServerDriver",
         "database.url=jdbc:sqlserver://sql01.%s:1433;databaseName=papercut" % domain(r),
         "database.username=papercut", "database.password=%s" % v, "", "server.enable-http-compression=Y"]
    return "papercut/server/server.properties", "\n".join(x) + "\n"


@tpl("papercut_xmlrpc", "papercut", "api_auth_token", "py", pc_token, "PAPERCUT_AUTH_TOKEN", lang="py")
def t_pcapi(r, v):
    x = ["import xmlrpc.client", "", "HOST = \"http://papercut.%s:9191/rpc/api/xmlrpc\"" % domain(r),
         "AUTH = %s  # auth.webservices.auth-token" % lit(v), "proxy = xmlrpc.client.ServerProxy(HOST)", "", "",
         "def topup(user, amount):", "    return proxy.api.adjustUserAccountBalance(AUTH, user, amount, \"term top-up\")", "", "",
         "def balance(user):", "    return proxy.api.getUserAccountBalance(AUTH, user)"]
    return "tools/papercut_balance.py", "\n".join(x) + "\n"


@tpl("xibo_cmssettings", "xibo", "cms_key", "xml", xibo_key, "XIBO_CMS_KEY")
def t_xibo(r, v):
    x = ['<?xml version="1.0"?>', "<ApplicationSettings>", "  <ServerUri>https://signage.%s</ServerUri>" % domain(r),
         "  <ServerKey>%s</ServerKey>" % v, "  <HardwareKey>%s</HardwareKey>" % rs(r, HEXL, 32),
         "  <DisplayName>%s</DisplayName>" % r.choice(ROOMS), "  <LibraryPath>C:\\Users\\Public\\Documents\\Xibo Library</LibraryPath>",
         "  <CollectInterval>%d</CollectInterval>" % r.choice([300, 900]), "</ApplicationSettings>"]
    return "signage/xibo/cmsSettings.xml", "\n".join(x) + "\n"


@tpl("xibo_config_env", "xibo", "database_password", "env", pw_human, "MYSQL_PASSWORD")
def t_xibo_env(r, v):
    x = ["# Xibo CMS docker config", "CMS_SERVER_NAME=signage.%s" % domain(r), "MYSQL_HOST=cms-db", "MYSQL_PORT=3306",
         "MYSQL_USER=cms", "MYSQL_DATABASE=cms", "MYSQL_PASSWORD=%s" % v, "CMS_SMTP_SERVER=smtp.%s:587" % domain(r),
         "CMS_SMTP_USE_TLS=YES", "CMS_USE_MEMCACHED=true", "MEMCACHED_HOST=cms-memcached"]
    return "xibo-docker/config.env", "\n".join(x) + "\n"


@tpl("brightsign_node", "brightsign", "device_password", "js", pw_human, "BS_DWS_PASSWORD", lang="js")
def t_bs(r, v):
    x = ["// Push presentations to players via the local DWS REST API", "const DigestFetch = require('digest-fetch');", "",
         "const players = [%s];" % ", ".join("'%s'" % ip(r) for _ in range(r.randint(2, 5))),
         "const client = new DigestFetch('admin', %s);" % lit(v, "'"), "",
         "async function reboot(host) {", "  const res = await client.fetch(`http://${host}/api/v1/control/reboot`, { method: 'PUT' });",
         "  return res.status;", "}", "", "module.exports = { players, reboot };"]
    return "signage/brightsign/dws.js", "\n".join(x) + "\n"


@tpl("yodeck_py", "yodeck", "api_token", "py", yodeck_key, "YODECK_TOKEN", lang="py")
def t_yodeck(r, v):
    label = r.choice(["cms-sync", "menuboards", "intranet"])
    if isinstance(v, Expr) or v.startswith(('"', "'")):
        auth = "HEADERS = {\"Authorization\": \"Token %s:\" + %s}" % (label, v if isinstance(v, Expr) else lit(v))
    else:
        auth = "HEADERS = {\"Authorization\": \"Token %s:%s\"}" % (label, v)
    x = ["import requests", "", "BASE = \"https://app.yodeck.com/api/v2\"", auth, "", "",
         "def screens():", "    return requests.get(f\"{BASE}/screens\", headers=HEADERS, timeout=10).json()", "", "",
         "def push_playlist(screen_id, playlist_id):",
         "    body = {\"default_content\": {\"source_type\": \"playlist\", \"source_id\": playlist_id}}",
         "    return requests.patch(f\"{BASE}/screens/{screen_id}\", json=body, headers=HEADERS, timeout=10)"]
    return "signage/yodeck_client.py", "\n".join(x) + "\n"


@tpl("osdp_json", "osdp", "secure_channel_key", "json", scbk, "OSDP_SCBK",
     defaults=("303132333435363738393A3B3C3D3E3F",))
def t_osdp(r, v):
    x = ["{", '  "panel": "%s-ACP-%02d",' % (r.choice(SITES).upper(), r.randint(1, 30)), '  "readers": [']
    n = r.randint(1, 4)
    k = r.randrange(n)
    for i in range(n):
        x += ["    {", '      "door": "%s",' % r.choice(["Main Entry", "Server Room", "Loading Dock", "Stair B", "IDF 3"]),
              '      "port": %d,' % (i + 1), '      "address": %d,' % r.randint(0, 126), '      "baud": 9600,',
              '      "secureChannel": %s,' % ("true" if i == k else "false"),
              '      "scbk": "%s"' % (v if i == k else ""), "    }" + ("," if i < n - 1 else "")]
    x += ["  ]", "}"]
    return "access/osdp/readers.json", "\n".join(x) + "\n"



@tpl("msal_py", "microsoft_graph", "client_secret", "py", azure_secret, "GRAPH_CLIENT_SECRET", lang="py")
def t_msal(r, v):
    dom = domain(r)
    x = ["import msal", "import requests", "", "TENANT = \"%s\"" % uuid4(r), "APP_ID = \"%s\"" % uuid4(r), "",
         "app = msal.ConfidentialClientApplication(", "    APP_ID,", "    authority=f\"https://login.microsoftonline.com/{TENANT}\",",
         "    client_credential=%s," % lit(v), ")", "", "",
         "def room_events(room_upn, start, end):",
         "    tok = app.acquire_token_for_client(scopes=[\"https://graph.microsoft.com/.default\"])[\"access_token\"]",
         "    url = f\"https://graph.microsoft.com/v1.0/users/{room_upn}/calendarView\"",
         "    r = requests.get(url, params={\"startDateTime\": start, \"endDateTime\": end},",
         "                     headers={\"Authorization\": f\"Bearer {tok}\"}, timeout=20)",
         "    r.raise_for_status()", "    return r.json()[\"value\"]", "", "",
         "if __name__ == \"__main__\":", "    print(room_events(\"%s@%s\", \"%sT00:00:00\", \"%sT23:59:59\"))" % (r.choice(ROOMS).lower().replace(" ", "-"), dom, date(r), date(r))]
    return r.choice(["roompanel/graph_client.py", "booking/graph.py"]), "\n".join(x) + "\n"


@tpl("graph_helm_values", "microsoft_graph", "client_secret", "yaml", azure_secret, "GRAPH_CLIENT_SECRET")
def t_graph_helm(r, v):
    x = ["replicaCount: %d" % r.choice([1, 2]), "image:", "  repository: ghcr.io/%s/room-display" % corp(r), "  tag: \"%s\"" % ver(r), "",
         "config:", "  graph:", "    tenantId: %s" % uuid4(r), "    clientId: %s" % uuid4(r), "    clientSecret: \"%s\"" % v,
         "  refreshSeconds: 60", "  theme: dark", "", "ingress:", "  enabled: true", "  hosts:", "    - rooms.%s" % domain(r)]
    return "deploy/room-display/values-prod.yaml", "\n".join(x) + "\n"


@tpl("zoom_dotenv", "zoom", "oauth_client_secret", "env", zoom_secret, "ZOOM_CLIENT_SECRET")
def t_zoom_env(r, v):
    x = ["# zoom-rooms-sync", "ZOOM_ACCOUNT_ID=%s" % rs(r, ALNUM + "-_", 22), "ZOOM_CLIENT_ID=%s" % rs(r, ALNUM, 22),
         "ZOOM_CLIENT_SECRET=%s" % v, "SYNC_CRON=*/15 * * * *", "LOG_LEVEL=info"]
    return "zoom-rooms-sync/.env", "\n".join(x) + "\n"


def basic_b64(user, v):
    if v == "" or v.startswith(("$", "<", "{", "%")) or v in ("********", "xxxxxxxx", "CHANGE_ME", "REPLACE_ME"):
        return v
    return base64.b64encode(("%s:%s" % (user, v)).encode()).decode()


@tpl("qsys_basic_header", "qsys", "basic_auth_b64", "lua", pw_human, "PROJ_AUTH")
def t_qsys_basic(r, v):
    user = r.choice(["admin", "EPSONWEB", "control"])
    hv = basic_b64(user, v)
    x = ["-- projector power via HTTP (Q-SYS scripting)", "local PROJ = \"%s\"" % ip(r), "",
         "local headers = {", "  [\"Authorization\"] = \"Basic %s\"," % hv, "  [\"Content-Type\"] = \"application/json\",", "}", "",
         "function power(on)", "  HttpClient.Upload{", "    Url = \"http://\" .. PROJ .. \"/api/v01/control/escvp21\",",
         "    Method = \"PUT\", Headers = headers,", "    Data = '{\"key\":\"' .. (on and \"PWR ON\" or \"PWR OFF\") .. '\"}',",
         "    EventHandler = function(t, code) print(\"power\", code) end", "  }", "end", "",
         "Controls.PowerOn.EventHandler = function() power(true) end", "Controls.PowerOff.EventHandler = function() power(false) end"]
    return "qsys/scripts/projector_http.lua", "\n".join(x) + "\n", hv


@tpl("msmtprc", "smtp", "scan_to_email_password", "conf", pw_human, "SMTP_PW")
def t_msmtp(r, v):
    dom = domain(r)
    x = ["# msmtp for the scan-to-mail bridge (scanbox -> M365)", "defaults", "auth           on", "tls            on",
         "tls_trust_file /etc/ssl/certs/ca-certificates.crt", "logfile        /var/log/msmtp.log", "",
         "account        scanner", "host           smtp.office365.com", "port           587",
         "from           scanner@%s" % dom, "user           scanner@%s" % dom, "password       %s" % v, "",
         "account default : scanner"]
    return "scanbox/msmtprc", "\n".join(x) + "\n"


@tpl("cucm_axl_py", "cisco_cucm", "application_user_password", "py", pw_human, "AXL_PASSWORD", lang="py")
def t_axl(r, v):
    x = ["from requests import Session", "from requests.auth import HTTPBasicAuth", "from zeep import Client",
         "from zeep.transports import Transport", "", "CUCM = \"cucm-pub.%s\"" % domain(r), "WSDL = \"schema/%s/AXLAPI.wsdl\"" % r.choice(["12.5", "14.0"]), "",
         "session = Session()", "session.verify = False", "session.auth = HTTPBasicAuth(\"%s\", %s)" % (r.choice(["axlapi", "svc_axl", "provision"]), lit(v)), "",
         "client = Client(WSDL, transport=Transport(session=session))",
         "axl = client.create_service(\"{http://www.cisco.com/AXLAPIService/}AXLAPIBinding\",",
         "                            f\"https://{CUCM}:8443/axl/\")", "", "",
         "def add_room_phone(mac, dn, room):",
         "    return axl.addPhone(phone={\"name\": f\"SEP{mac}\", \"product\": \"Cisco 8851\", \"class\": \"Phone\",",
         "                               \"protocol\": \"SIP\", \"devicePoolName\": \"DP_%s\"," % r.choice(SITES).upper(),
         "                               \"description\": room, \"lines\": {\"line\": [{\"index\": 1, \"dirn\": {\"pattern\": dn}}]}})"]
    return "tools/cucm/axl_provision.py", "\n".join(x) + "\n"


@tpl("pjsip_conf", "asterisk", "sip_password", "conf", pw_sip, "SIP_SECRET")
def t_pjsip(r, v):
    e = ext(r)
    room = r.choice(ROOMS)
    x = ["; %s room phone -- %s" % (room, r.choice(SITES).upper()), "#include pjsip.transports.conf", "",
         "[%s]" % e, "type=endpoint", "context=rooms", "disallow=all", "allow=%s" % r.choice(["ulaw,g722", "g722,ulaw,alaw", "opus,g722"]),
         "auth=%s-auth" % e, "aors=%s" % e, "callerid=\"%s\" <%s>" % (room, e), "direct_media=no", "",
         "[%s-auth]" % e, "type=auth", "auth_type=userpass", "username=%s" % e, "password=%s" % v, "",
         "[%s]" % e, "type=aor", "max_contacts=%d" % r.choice([1, 2]), "qualify_frequency=60"]
    return "asterisk/pjsip.d/room-%s.conf" % e, "\n".join(x) + "\n"


# ---------------------------------------------------------------- look-alike negative templates
L = []


def look(name, provider, kind, ftype):
    def deco(fn):
        L.append(dict(name=name, provider=provider, kind=kind, filetype=ftype, fn=fn))
        return fn
    return deco


@look("inventory_csv", "inventory", "mac_serial", "csv")
def l_inv(r):
    x = ["hostname,model,mac,serial,firmware,ip,location"]
    for _ in range(r.randint(8, 40)):
        md = r.choice([("T54W", "805ec0", "Yealink"), ("VVX450", "0004f2", "Poly"), ("GXP2170", "000b82", "GS"),
                       ("DS-2CD2143G2", "c074ad", "Hik"), ("P3265", "accc8e", "Axis"), ("IM C3000", "002673", "Ricoh")])
        x.append("%s-%s,%s,%s,%s,%s,%s,%s" % (md[2].lower(), rs(r, DIG, 4), md[0], mac(r, ":", md[1]),
                                              rs(r, UP + DIG, r.choice([12, 14, 10])), ver(r), ip(r), r.choice(ROOMS)))
    return "inventory/av-devices.csv", "\n".join(x) + "\n"


@look("firmware_manifest", "firmware", "sha256", "json")
def l_fw(r):
    items = []
    for _ in range(r.randint(3, 8)):
        m = r.choice(["T54W", "T46U", "VVX450", "CCX500", "GXP2170", "RoomKitPro", "CP4", "XD234"])
        items.append('    {"model": "%s", "version": "%s", "file": "%s-%s.rom", "sha256": "%s", "size": %d}'
                     % (m, ver(r), m, ver(r), sha256(r), r.randint(10 ** 7, 9 * 10 ** 8)))
    return "provisioning/firmware/manifest.json", "{\n  \"generated\": \"%s\",\n  \"images\": [\n%s\n  ]\n}\n" % (date(r), ",\n".join(items))


@look("yealink_nocreds", "yealink", "provisioning_url", "cfg")
def l_yl(r):
    dom = domain(r)
    x = ["#!version:1.0.0.1", "static.auto_provision.server.url = https://prov.%s/yealink/$MAC.cfg" % dom,
         "static.auto_provision.pnp_enable = 1", "static.auto_provision.dhcp_option.enable = 1",
         "account.1.sip_server.1.address = sip.%s" % dom, "account.1.user_name = %s" % ext(r),
         "account.1.auth_name = %s" % ext(r), "account.1.subscribe_mwi_to_vm = 1", "static.network.vlan.pc_port_vid = %d" % r.randint(2, 400),
         "features.remote_phonebook.url = https://prov.%s/phonebook.xml" % dom, "static.lldp.enable = 1",
         "static.security.trust_certificates = 1", "static.trusted_certificates.url = https://prov.%s/ca.crt" % dom]
    return "provisioning/yealink/%s.cfg" % mac(r, "", "805ec0"), "\n".join(x) + "\n"


@look("dialplan", "sip", "sip_uri", "xml")
def l_dial(r):
    dom = domain(r)
    x = ['<?xml version="1.0" encoding="UTF-8"?>', "<YealinkIPPhoneDirectory>"]
    for _ in range(r.randint(6, 25)):
        f, l = person(r)
        e = ext(r)
        x += ["  <DirectoryEntry>", "    <Name>%s %s</Name>" % (f.title(), l.title()), "    <Telephone>%s</Telephone>" % e,
              "    <Telephone>sip:%s@%s</Telephone>" % (e, dom), "  </DirectoryEntry>"]
    x.append("</YealinkIPPhoneDirectory>")
    return "provisioning/phonebook.xml", "\n".join(x) + "\n"


@look("webex_devices", "webex", "device_id", "json")
def l_wx(r):
    import base64
    items = []
    for _ in range(r.randint(2, 6)):
        did = base64.b64encode(("ciscospark://us/DEVICE/" + uuid4(r)).encode()).decode().rstrip("=")
        oid = base64.b64encode(("ciscospark://us/ORGANIZATION/" + uuid4(r)).encode()).decode().rstrip("=")
        items.append('    {\n      "id": "%s",\n      "displayName": "%s",\n      "orgId": "%s",\n      "mac": "%s",\n      "serial": "FOC%s",\n      "product": "%s",\n      "software": "RoomOS %s"\n    }'
                     % (did, r.choice(ROOMS), oid, mac(r, ":", "f87b20", upper=True), rs(r, UP + DIG, 8),
                        r.choice(["Cisco Room Bar", "Cisco Board Pro", "Cisco Desk Pro"]), ver(r)))
    return "rooms/devices-export.json", "{\n  \"items\": [\n%s\n  ]\n}\n" % ",\n".join(items)


@look("zoom_rooms_ids", "zoom", "room_id", "yaml")
def l_zoom(r):
    x = ["# Zoom Rooms mapping (ids only, no secrets)", "rooms:"]
    for _ in range(r.randint(3, 8)):
        x += ["  - name: \"%s\"" % r.choice(ROOMS), "    room_id: %s" % rs(r, ALNUM + "-_", 22),
              "    location_id: %s" % rs(r, ALNUM + "-_", 22), "    pmi: %d" % r.randint(10 ** 9, 10 ** 10 - 1),
              "    calendar: %s@%s" % (r.choice(ROOMS).lower().replace(" ", ""), domain(r))]
    return "zoom/rooms.yaml", "\n".join(x) + "\n"


@look("onvif_inventory", "onvif", "device_uuid", "yaml")
def l_onvif(r):
    x = ["cameras:"]
    for _ in range(r.randint(3, 9)):
        h = ip(r)
        x += ["  - endpoint: urn:uuid:%s" % uuid4(r), "    xaddr: http://%s/onvif/device_service" % h,
              "    stream: rtsp://%s:554/Streaming/Channels/101" % h, "    mac: %s" % mac(r, "-", "c074ad"),
              "    serial: DS-2CD2%s%s" % (r.randint(100, 999), rs(r, UP + DIG, 16))]
    return "nvr/onvif-discovery.yaml", "\n".join(x) + "\n"


@look("xibo_displays", "xibo", "hardware_key", "csv")
def l_xibo(r):
    x = ["displayId,display,hardwareKey,clientType,clientVersion,macAddress,lastAccessed"]
    for i in range(r.randint(4, 20)):
        x.append("%d,%s,%s,%s,%s,%s,%s" % (i + 1, r.choice(ROOMS), rs(r, HEXL, 32), r.choice(["android", "windows", "linux"]),
                                           ver(r), mac(r, ":"), date(r)))
    return "signage/xibo/displays.csv", "\n".join(x) + "\n"


@look("anthias_conf", "screenly", "hashed_password", "conf")
def l_anth(r):
    x = ["[main]", "database = /data/.screenly/screenly.db", "assetdir = /data/screenly_assets", "use_24_hour_clock = False",
         "", "[viewer]", "show_splash = off", "audio_output = hdmi", "shuffle_playlist = off", "",
         "[auth_basic]", "user = %s" % r.choice(["signage", "pi", "admin"]), "password = %s" % sha256(r)]
    return "anthias/screenly.conf", "\n".join(x) + "\n"


@look("htpasswd", "nginx", "bcrypt_hash", "conf")
def l_htp(r):
    b64 = "./" + UP + LOW + DIG
    x = ["%s:$2y$%02d$%s" % (r.choice(FIRST), r.choice([10, 12]), rs(r, b64, 53)) for _ in range(r.randint(1, 5))]
    return "kiosk/nginx/.htpasswd", "\n".join(x) + "\n"


@look("ios_hashed", "cisco", "type9_hash", "txt")
def l_ios(r):
    b64 = "./" + UP + LOW + DIG
    x = ["! AV VLAN access switch", "hostname av-sw-%s" % r.choice(SITES),
         "username netadmin privilege 15 secret 9 $9$%s$%s" % (rs(r, b64, 14), rs(r, b64, 43)),
         "enable secret 9 $9$%s$%s" % (rs(r, b64, 14), rs(r, b64, 43)), "!", "vlan %d" % r.randint(100, 300), " name AV-CONTROL",
         "!", "interface GigabitEthernet1/0/%d" % r.randint(1, 48), " description %s codec" % r.choice(ROOMS),
         " switchport access vlan 120", " spanning-tree portfast", "!", "lldp run", "end"]
    return "network/av-switch.cfg", "\n".join(x) + "\n"


@look("crestron_ver", "crestron", "tsid_mac", "txt")
def l_crv(r):
    x = ["CP4>ver", "CP4 Cntrl Eng [v%s (%s), #%s] @E-%s" % (ver(r), date(r), rs(r, "0123456789ABCDEF", 8), mac(r, "", "00107f")),
         "CP4>ipconfig", "  Ethernet Adapter [LAN]:", "    DHCP ....... OFF", "    MAC Address(es) ... %s" % mac(r, ".", "00107f"),
         "    IP Address ... %s" % ip(r), "CP4>reportcresnet", "  ID 03 : TSW-1070 [v%s, #%s]" % (ver(r), rs(r, "0123456789ABCDEF", 8)),
         "  ID 04 : C2N-DB8 [v%s, #%s]" % (ver(r), rs(r, "0123456789ABCDEF", 8)), "CP4>"]
    return "docs/crestron/%s-console.log" % r.choice(SITES), "\n".join(x) + "\n"


@look("qsys_design", "qsys", "design_guid", "json")
def l_qsys(r):
    return "qsys/designs/inventory.json", json.dumps({
        "design": r.choice(ROOMS), "designGuid": uuid4(r), "core": {"model": "Core 110f", "serial": "%d" % r.randint(10 ** 9, 10 ** 10),
                                                                "firmware": ver(r)},
        "peripherals": [{"name": "Cam-%d" % i, "type": "NC-12x80", "id": uuid4(r), "mac": mac(r, ":", "001c11")} for i in range(r.randint(1, 4))],
        "checksum": sha256(r)}, indent=2) + "\n"


@look("nut_ups_conf", "nut", "driver_config", "conf")
def l_nut(r):
    x = ["# ups.conf", "[%s]" % r.choice(["rack-a", "avups"]), "    driver = usbhid-ups", "    port = auto",
         "    vendorid = 051d", "    serial = %s" % ("AS" + rs(r, DIG, 10)), "    desc = \"%s AV rack\"" % r.choice(ROOMS)]
    return "etc/nut/ups.conf", "\n".join(x) + "\n"


@look("ssh_fingerprints", "ssh", "fingerprint", "txt")
def l_fp(r):
    import base64
    x = ["# pinned host keys for codecs / controllers (verify on first deploy)"]
    for _ in range(r.randint(3, 8)):
        fp = base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode().rstrip("=")
        x.append("%-16s SHA256:%s (ED25519)" % (ip(r), fp))
    return "docs/host-fingerprints.txt", "\n".join(x) + "\n"


@look("grandstream_nopw", "grandstream", "pvalues", "xml")
def l_gs(r):
    m = mac(r, "", "000b82")
    dom = domain(r)
    x = ['<?xml version="1.0" encoding="UTF-8" ?>', '<gs_provision version="1">', "  <mac>%s</mac>" % m, "  <config version=\"1\">",
         "    <P47>sip.%s</P47>" % dom, "    <P35>%s</P35>" % ext(r), "    <P3>%s</P3>" % r.choice(ROOMS), "    <P30>pool.ntp.org</P30>",
         "    <P237>prov.%s/gs</P237>" % dom, "    <P192>fw.%s</P192>" % dom, "  </config>", "</gs_provision>"]
    return "provisioning/grandstream/cfg%s.xml" % m, "\n".join(x) + "\n"


@look("hp_encrypted_export", "hp", "encrypted_field", "xml")
def l_hp(r):
    import base64
    enc = base64.b64encode(bytes(r.randrange(256) for _ in range(r.choice([32, 48, 64])))).decode()
    x = ['<?xml version="1.0" encoding="utf-8"?>', "<DeviceConfiguration model=\"HP Color LaserJet MFP M480f\" serial=\"CNB%s\">" % rs(r, UP + DIG, 7),
         "  <EmailSetup>", "    <SmtpServer>smtp.%s</SmtpServer>" % domain(r), "    <Port>587</Port>",
         "    <UserName>scanner@%s</UserName>" % domain(r),
         '    <Password encrypted="true" alg="device-aes256">%s</Password>' % enc, "  </EmailSetup>", "  <Network>",
         "    <Hostname>NPI%s</Hostname>" % rs(r, "0123456789ABCDEF", 6), "    <MAC>%s</MAC>" % mac(r, "", "3c2af4", upper=True), "  </Network>",
         "</DeviceConfiguration>"]
    return "printers/hp/export-%s.xml" % r.choice(SITES), "\n".join(x) + "\n"


@look("osdp_default", "osdp", "default_scbk", "yaml")
def l_osdpd(r):
    x = ["# OSDP install mode: readers accept SCBK-D until keyset", "osdp:", "  install_mode: true",
         "  scbk_default: 303132333435363738393A3B3C3D3E3F  # SCBK-D from the OSDP spec, not a site key",
         "  readers:"]
    for _ in range(r.randint(1, 4)):
        x += ["    - address: %d" % r.randint(0, 126), "      serial: %s" % rs(r, "0123456789ABCDEF", 8)]
    return "access/osdp-install.yaml", "\n".join(x) + "\n"



@look("zk_default_commkey", "zkteco", "default_comm_key", "py")
def l_zk(r):
    x = ["from zk import ZK", "", "# terminals are on the isolated door VLAN; factory comm key 0", "TERMINALS = [%s]" % ", ".join('"%s"' % ip(r) for _ in range(r.randint(1, 3))), "", "",
         "def pull_attendance():", "    rows = []", "    for host in TERMINALS:",
         "        zk = ZK(host, port=4370, timeout=5, password=0, ommit_ping=True)",
         "        conn = zk.connect()", "        try:", "            rows += conn.get_attendance()", "        finally:",
         "            conn.disconnect()", "    return rows"]
    return "access/zk_sync.py", "\n".join(x) + "\n"

# ---------------------------------------------------------------- driver
def build_pos(r, t):
    v = t["gen"](r)
    res = t["fn"](r, v)
    rel, text = res[0], res[1]
    needle = res[2] if len(res) > 2 else v
    if t["name"] in ("frigate_yaml", "go2rtc_yaml", "axis_ffmpeg_sh", "homeassistant_cam"):
        needle = urlenc(v)
    return rel, text, needle


def build_negreuse(r, t):
    mode = r.random()
    if t["defaults"] and mode < .3:
        v = r.choice(t["defaults"])
        how = "vendor_default"
    elif t["lang"] != "cfg" and mode < .75:
        v = neg_code(r, t["env"], t["lang"])
        how = "code_lookup"
    else:
        v = neg_cfg(r, t["env"])
        how = "placeholder"
    rel, text = t["fn"](r, v)[:2]
    base = os.path.basename(rel)
    if base.startswith(".env") and base != ".env.example":
        rel = os.path.join(os.path.dirname(rel), ".env.example")
    return rel, text, how


def main():
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    man, sec = [], []
    posorder = [T[i % len(T)] for i in range(500)]
    r.shuffle(posorder)
    needles = []
    files = []
    for i, t in enumerate(posorder):
        rel, text, needle = build_pos(r, t)
        lines = text.split("\n")
        ln = next(k + 1 for k, l in enumerate(lines) if needle in l)
        fn = "pos/p%04d/%s" % (i, rel)
        files.append((fn, text))
        needles.append(needle)
        man.append({"file": fn, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": t["filetype"], "template": t["name"]})
        sec.append({"file": fn, "needle": needle, "line": ln})
    negplan = [("reuse", T[i % len(T)]) for i in range(250)] + [("look", L[i % len(L)]) for i in range(250)]
    r.shuffle(negplan)
    for i, (k, t) in enumerate(negplan):
        if k == "reuse":
            rel, text, how = build_negreuse(r, t)
            entry = {"provider": t["provider"], "kind": t["kind"] + ":" + how, "filetype": t["filetype"], "template": t["name"]}
        else:
            rel, text = t["fn"](r)
            entry = {"provider": t["provider"], "kind": t["kind"], "filetype": t["filetype"], "template": "look_" + t["name"]}
        fn = "neg/n%04d/%s" % (i, rel)
        files.append((fn, text))
        man.append(dict({"file": fn, "label": "neg"}, **entry))
    for fn, text in files:
        p = os.path.join(out, fn)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    with open(os.path.join(out, "manifest.jsonl"), "w") as f:
        for m in man:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w") as f:
        for s in sec:
            f.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
