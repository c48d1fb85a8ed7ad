#!/usr/bin/env python3
"""gen_jw.py - blind evaluation set for secret scanners: office printing fleets.

EMPHASIS
    Multifunction printers, scanners and office-device fleet management.
    Scan-to-folder (SMB/FTP) and scan-to-email (SMTP) settings inside device
    configuration exports (HP EWS / Web Jetadmin XML, Ricoh, Kyocera Net Viewer
    address books, Canon, Xerox scan templates, Konica Minolta, Brother, Sharp,
    Lexmark .ucf bundles), LDAP address-book bind passwords, SNMPv3 auth/priv
    passphrases (net-snmp, pysnmp, Icinga, Web Jetadmin), PaperCut MF/NG
    (server.properties admin/database passwords, web-services auth token,
    health-API key), uniFLOW, Kofax/Tungsten, Equitrac, PrinterLogic, Windows
    print-server scripts (cmdkey + printui, net use, Add-Printer with a
    PSCredential), CUPS printers.conf / lpadmin smb:// device URIs with
    credentials, Epson Connect API client secrets, NAPS2 / ScanSnap / Scan2Net
    scanner-app configs, a few Terraform / Docker / SQL / Postfix bits of the
    print infrastructure, one device TLS private key.
    File types: xml, ini, properties, csv, ps1, bat/cmd, sh, conf (CUPS, snmpd,
    Icinga), json, md, yml (Ansible, compose), ucf, reg, toml, tf, sql, py, js,
    http, ldif-like .abk, .xst, log, pem, txt, Dockerfile, one `.env` template.

USAGE
    python3 -B gen_jw.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one
    line per positive). All randomness comes from one random.Random(SEED);
    output is byte-identical for one seed. Standard library only.

NEEDLE CONVENTIONS
    * Passwords / passphrases / PINs / tokens: the bare value as written,
      without surrounding quotes, XML tags or `key=`.
    * URLs with credentials (smb://user:PASS@..., ftp, https://user:PASS@):
      only the password part between ':' and '@'. URL query keys
      (?Authorization=KEY): only the key.
    * HTTP headers: `Authorization: Bearer TOKEN` -> TOKEN;
      `Authorization: Basic B64` -> the base64 blob (it encodes id:secret);
      `x-api-key: KEY` -> KEY.
    * Key pairs (client id + client secret, user + password): only the
      secret half; ids and user names are public context.
    * Connection strings (ADO.NET `Password=...;`): only the password.
    * Multi-line private keys (PEM): the first base64 body line (the line
      right after -----BEGIN ... PRIVATE KEY-----).
    * `line` is the 1-based line of the needle's first occurrence; the
      program asserts it and also asserts the needle occurs exactly once.

NEGATIVES
    Half (250) re-use the positive templates with the secret slot holding a
    non-secret: placeholders (<your-password>, YOUR_PASSWORD_HERE, changeme,
    xxxxxxxx), empty values, masked values (********, [REDACTED]),
    environment / secret-manager references ($env:X, %X%, ${X},
    {{ vault_x }}, op://..., vault:secret/...), provider documentation
    examples (PaperCut `mypassword`, CUPS `username:password`, Canon SNMPv3
    `initial`, ...) and factory-default PINs (1234, 11111, 00000000).
    No negative is written to a .env / .env.local / .env.production file
    (such a path becomes .env.example). The other half (250) are domain
    look-alikes: device serial numbers, MAC addresses, asset tags, toner and
    part numbers, page counters, job ids, UUIDs / printer-uuid URNs,
    encrypted password exports (<Password encrypted="true">), PaperCut
    HASH\\: admin passwords, SNMP community `public`, certificate
    thumbprints, firmware sha256 digests and signatures, public
    certificates, card-reader badge numbers, WIA device ids, container image
    digests, git commit ids, base64 thumbnails, audit logs with hashed users.

FORMATS CHECKED
    * CUPS smb backend device URIs: smb://username:password@workgroup/server/
      printersharename and smb://username:password@server/printersharename
      (CUPS/Samba docs; smbspool backend).
    * PaperCut: server.properties `admin.password=` accepts cleartext; the
      system-set value is `HASH\\:<32 hex>` (PaperCut KB "Resetting the admin
      password"; its examples `mypassword`, `myNewPa$$w0rd` are used only in
      negatives). XML-RPC web services at :9191/:9192 /rpc/api/xmlrpc with the
      auth token passed as the first parameter (PaperCut manual); the token is
      an admin-chosen string set in config key auth.webservices.auth-token.
    * SNMPv3 USM auth/priv passphrases: 8..32 bytes printable (HP MFP
      security checklist: at least 8 characters; Fuji Xerox/NEC EWS help:
      8-32 bytes). Canon factory SNMPv3 user `initial`/`initial` (Canon
      network guide) -> negatives only.
    * Epson Connect API: OAuth2 client id + client secret, Basic auth of
      id:secret on the token endpoint, printer email @print.epsonconnect.com;
      newer API adds an API key header (developer.epsonconnect.com tutorial,
      public client libraries).
    * net-snmp createUser / snmpwalk -v3 -l -a -A -x -X syntax (man pages).

DOUBTS
    * Vendor export formats (Ricoh, Canon .abk, Konica, Sharp, Lexmark .ucf,
      Xerox .xst, Brother, NAPS2, ScanSnap, Scan2Net, Equitrac, uniFLOW,
      Kofax) are approximated from memory of their general shape; element
      and key names were not confirmed against vendor documentation.
    * Token formats for PaperCut auth/health keys, PrinterLogic API tokens,
      uniFLOW Online client secrets and the Epson Connect API key are not
      documented as fixed formats; random alphanumerics of 24..48 chars are
      used. Epson client ids are modelled as 32 hex (unconfirmed).
    * PaperCut device.properties key names for embedded admin passwords are
      not confirmed.
    * Human-chosen passwords in device configs are often weak; the set uses
      moderately strong random or word-based passwords, so recall on truly
      weak real-world passwords is not measured here.
"""
import base64
import hashlib
import json
import os
import string
import sys
import random

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = string.ascii_letters + string.digits
HEXL = "0123456789abcdef"
SYM = "!#*+-_.?~@"
URLSAFE_SYM = "-_.~"

WORDS = ["harbor", "lantern", "copper", "meadow", "falcon", "granite", "willow",
         "ember", "quartz", "tundra", "saffron", "maple", "cobalt", "orchid",
         "summit", "breeze", "canyon", "velvet", "pepper", "thistle", "raven",
         "glacier", "juniper", "marble", "nimbus", "otter", "pixel", "quiver",
         "rocket", "sierra", "tango", "umber", "violet", "walnut", "zephyr",
         "bramble", "cinder", "dynamo", "fjord", "gossamer", "hazel", "indigo",
         "kestrel", "lumen", "mosaic", "nectar", "opal", "prairie", "ripple"]

DOMAINS = ["contoso.local", "corp.northwind.lan", "ad.fabrikam.net", "hq.tailspin.internal",
           "office.adatum.org", "lan.woodgrove.eu", "corp.litware.io", "int.proseware.co"]
NETBIOS = ["CONTOSO", "NORTHWIND", "FABRIKAM", "TAILSPIN", "ADATUM", "WOODGROVE", "LITWARE", "PROSEWARE"]
SITES = ["hq", "bos", "lon", "fra", "syd", "chi", "mad", "yvr", "ams", "den"]
DEPTS = ["finance", "hr", "legal", "sales", "it", "facilities", "marketing", "payroll", "reception", "warehouse"]
PEOPLE = [("Ava", "Morgan"), ("Liam", "Okafor"), ("Mia", "Schulz"), ("Noah", "Tanaka"),
          ("Zoe", "Dubois"), ("Ethan", "Rossi"), ("Isla", "Novak"), ("Lucas", "Silva"),
          ("Chloe", "Berg"), ("Omar", "Haddad"), ("Nora", "Kim"), ("Leo", "Fischer")]

MODELS = {
    "hp": ["HP LaserJet Enterprise MFP M528", "HP Color LaserJet Enterprise MFP M480",
           "HP LaserJet Managed MFP E52645", "HP Color LaserJet Flow MFP X57945"],
    "ricoh": ["RICOH IM C3000", "RICOH IM 430F", "RICOH MP C4504ex", "RICOH IM C6010"],
    "kyocera": ["TASKalfa 3554ci", "ECOSYS M3655idn", "TASKalfa 5004i", "ECOSYS MA4500ifx"],
    "canon": ["imageRUNNER ADVANCE DX C5840i", "imageRUNNER ADVANCE C3530", "imageRUNNER 2630i"],
    "xerox": ["AltaLink C8155", "VersaLink C7030", "AltaLink B8145", "PrimeLink C9070"],
    "konica": ["bizhub C450i", "bizhub C360i", "bizhub 4752", "bizhub C650i"],
    "brother": ["MFC-L8900CDW", "MFC-L6900DW", "HL-L9310CDW", "MFC-L5715DW"],
    "sharp": ["MX-3071", "MX-4071", "BP-50C45", "MX-M3071"],
    "lexmark": ["CX725", "MX622adhe", "XC4240", "MX722"],
    "epson": ["WF-C5790", "WF-C879R", "ET-5850", "WF-M5799"],
}
TONERS = {
    "hp": ["W1470A", "CF289X", "W2120X", "CF259A"], "ricoh": ["842311", "842283", "418132"],
    "kyocera": ["TK-8335K", "TK-3182", "TK-5345C"], "canon": ["C-EXV49", "C-EXV53", "T02"],
    "xerox": ["006R01697", "106R03946", "006R01701"], "konica": ["TN-328K", "TN-626", "TNP-81"],
    "brother": ["TN-920XL", "TN-431BK", "DR-431CL"], "sharp": ["MX-61GTBA", "MX-315GT"],
    "lexmark": ["71B10K0", "58D1H00", "24B6849"], "epson": ["T9451", "T9661"],
}


def rs(R, alphabet, n):
    return "".join(R.choice(alphabet) for _ in range(n))


def has_classes(s):
    return (any(c.isdigit() for c in s) and any(c.islower() for c in s)
            and any(c.isupper() for c in s))


def pw_strong(R, lo=12, hi=20, syms=SYM):
    n = R.randint(lo, hi)
    while True:
        s = R.choice(string.ascii_letters) + rs(R, ALNUM + ALNUM + syms, n - 1)
        if has_classes(s):
            return s


def pw_words(R):
    a, b = R.sample(WORDS, 2)
    st = R.randrange(4)
    if st == 0:
        return "%s%d%s%s" % (a.capitalize(), R.randint(2, 99), b.capitalize(), R.choice("!#*?"))
    if st == 1:
        return "%s-%s-%s-%d" % (a.capitalize(), b, R.choice(WORDS), R.randint(10, 999))
    if st == 2:
        return "%s%s%s%04d" % (a[:4].capitalize(), R.choice("#*!"), b.capitalize(), R.randint(1000, 9999))
    return "%s.%s.%s%s" % (a.capitalize(), b.capitalize(), rs(R, DIG, 3), R.choice("!?#"))


def pw_human(R):
    """A password a device admin would type into an EWS form."""
    return pw_strong(R) if R.random() < 0.55 else pw_words(R)


def pw_url(R):
    """Password that needs no percent-encoding inside a URL userinfo."""
    if R.random() < 0.3:
        a, b = R.sample(WORDS, 2)
        return "%s%d%s%s" % (a.capitalize(), R.randint(10, 99), b.capitalize(), R.choice("-_.~"))
    return pw_strong(R, 12, 18, URLSAFE_SYM)


def pw_plain(R):
    """No symbols at all (bat files, csv exports, positional args)."""
    if R.random() < 0.5:
        while True:
            s = rs(R, ALNUM, R.randint(12, 18))
            if has_classes(s) and s[0].isalpha():
                return s
    a, b = R.sample(WORDS, 2)
    return "%s%s%d" % (a.capitalize(), b.capitalize(), R.randint(100, 9999))


def snmp_pass(R):
    """SNMPv3 USM passphrase: 8..32 printable bytes."""
    st = R.randrange(3)
    if st == 0:
        return "%s-%s-%s-%02d" % tuple([w.capitalize() for w in R.sample(WORDS, 3)] + [R.randint(1, 99)])
    if st == 1:
        return pw_strong(R, 16, 28, "-_.!#")
    return pw_strong(R, 10, 14, "-_.")


def pin(R):
    while True:
        s = rs(R, DIG, R.choice([6, 7, 8]))
        if len(set(s)) >= 4 and s not in "0123456789" and s not in "9876543210":
            return s


def token(R, lo=28, hi=44):
    while True:
        s = rs(R, ALNUM, R.randint(lo, hi))
        if has_classes(s):
            return s


def hexs(R, n):
    return rs(R, HEXL, n)


def uuid4(R):
    h = hexs(R, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def b64_of(R, n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def sha256_hex(R):
    return hashlib.sha256(bytes(R.getrandbits(8) for _ in range(32))).hexdigest()


def sha1_hex(R):
    return hashlib.sha1(bytes(R.getrandbits(8) for _ in range(20))).hexdigest()


def mac(R, sep=":"):
    oui = R.choice(["3C:2A:F4", "00:26:73", "00:17:C8", "00:1B:A9", "9C:93:4E", "00:80:77",
                    "30:05:5C", "00:C0:EE", "00:21:B7", "64:EB:8C"])
    tail = ":".join(rs(R, "0123456789ABCDEF", 2) for _ in range(3))
    return (oui + ":" + tail).replace(":", sep)


def serial(R, vendor):
    if vendor == "hp":
        return R.choice(["CNB", "VNB", "PHB", "JPB"]) + rs(R, UPPER + DIG, 7)
    if vendor == "ricoh":
        return "%s%s%06d" % (rs(R, DIG, 3), R.choice(["R", "M", "Y"]), R.randint(0, 999999))
    if vendor == "kyocera":
        return rs(R, UPPER, 1) + rs(R, DIG + UPPER, 3) + rs(R, DIG, 6)
    if vendor == "canon":
        return rs(R, UPPER, 4) + rs(R, DIG, 5)
    if vendor == "xerox":
        return rs(R, UPPER + DIG, 3) + rs(R, DIG, 6)
    if vendor == "konica":
        return "A" + rs(R, UPPER + DIG, 3) + "0" + rs(R, DIG, 8)
    if vendor == "brother":
        return "E7" + rs(R, DIG, 4) + rs(R, UPPER, 1) + rs(R, DIG, 7)
    if vendor == "lexmark":
        return "50" + rs(R, DIG + UPPER, 5) + rs(R, DIG, 4)
    return rs(R, UPPER, 2) + rs(R, DIG, 8)


def ip(R):
    return "10.%d.%d.%d" % (R.randint(0, 60), R.randint(0, 254), R.randint(10, 250))


class Ctx(object):
    """Innocent context shared by one file: hosts, users, models."""

    def __init__(self, R):
        i = R.randrange(len(DOMAINS))
        self.domain = DOMAINS[i]
        self.nb = NETBIOS[i]
        self.site = R.choice(SITES)
        self.dept = R.choice(DEPTS)
        self.floor = R.randint(1, 9)
        self.fs = "%s-fs%02d" % (self.site, R.randint(1, 9))
        self.ps = "%s-prt%02d" % (self.site, R.randint(1, 6))
        self.mfp_ip = ip(R)
        self.mfp_host = "%s-mfp-%d%s" % (self.site, self.floor, R.choice("abcdew"))
        self.fqdn = "%s.%s" % (self.mfp_host, self.domain)
        self.smtp = R.choice(["smtp.office365.com", "smtp-relay.gmail.com", "mail.%s" % self.domain,
                              "relay.%s" % self.domain, "smtp.%s" % self.domain])
        self.ldap = R.choice(["dc01", "dc02", "ldap", "ad-%s" % self.site]) + "." + self.domain
        self.base_dn = ",".join("DC=" + p for p in self.domain.split("."))
        self.svc = R.choice(["svc-scan", "svc_scan2folder", "scanner", "mfp-scan", "svc-mfp",
                             "scan.%s" % self.dept, "copier"])
        self.mail_user = R.choice(["scanner", "mfp-%s" % self.site, "noreply-scan", "copier.%s" % self.dept]) + "@" + self.domain.split(".", 1)[-1]
        self.share = R.choice(["Scans", "Scan$", "scans\\%s" % self.dept, "Shared\\Scans\\%s" % self.dept.capitalize()])
        self.person = R.choice(PEOPLE)
        p = self.person
        self.email = ("%s.%s@%s" % (p[0], p[1], self.domain.split(".", 1)[-1])).lower()
        self.vendor = R.choice(list(MODELS.keys()))
        self.model = R.choice(MODELS[self.vendor])
        self.serial = serial(R, self.vendor)
        self.mac = mac(R)
        self.asset = "IT-%s-%05d" % (self.site.upper(), R.randint(100, 99999))
        self.date = "20%02d-%02d-%02d" % (R.randint(21, 25), R.randint(1, 12), R.randint(1, 28))
        self.time = "%02d:%02d:%02d" % (R.randint(6, 19), R.randint(0, 59), R.randint(0, 59))
        self.port = R.choice([25, 587, 587, 465])
        self.admin = R.choice(["j.%s" % p[1].lower(), "%s.%s" % (p[0].lower(), p[1].lower()), "it-ops"])


# --------------------------------------------------------------------------
# template registry
# --------------------------------------------------------------------------
POS = []


def T(name, provider, kind, gen, ctx, conv, docs=(), neg=True):
    def deco(f):
        POS.append({"name": name, "provider": provider, "kind": kind, "gen": gen,
                    "ctx": ctx, "conv": conv, "docs": list(docs), "neg": neg, "f": f})
        return f
    return deco


def J(obj):
    return json.dumps(obj, indent=2) + "\n"


def L(*rows):
    return "\n".join(rows) + "\n"


def esc_xml(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# --------------------------------------------------------------------------
# HP
# --------------------------------------------------------------------------
@T("hp_ews_folder_xml", "hp", "smb_password", pw_human, "xml", True)
def _hp1(R, c, S):
    qs = R.choice(["Scan to Finance", "Scan to HR Share", "Scan-Legal-Contracts", "Scan to Home", "AP Invoices"])
    path = R.choice(["exports/hp/%s/quicksets.xml" % c.mfp_host,
                     "fleet/hp-ews/%s-save-to-folder.xml" % c.site,
                     "config/devices/hp/%s_quicksets.xml" % c.serial])
    return path, L(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!-- Exported from HP Embedded Web Server: %s (%s) on %s -->' % (c.model, c.serial, c.date),
        '<QuickSets version="1.2">',
        '  <QuickSet id="qs-%d">' % R.randint(1, 40),
        '    <Name>%s</Name>' % qs,
        '    <Type>SaveToNetworkFolder</Type>',
        '    <StartOption>UserSelects</StartOption>',
        '    <Destination>',
        '      <UNCPath>\\\\%s.%s\\%s</UNCPath>' % (c.fs, c.domain, c.share),
        '      <AuthenticationSettings>UseTheseCredentials</AuthenticationSettings>',
        '      <Domain>%s</Domain>' % c.nb,
        '      <UserName>%s</UserName>' % c.svc,
        '      <Password>%s</Password>' % S,
        '    </Destination>',
        '    <FileSettings>',
        '      <FileType>PDF</FileType>',
        '      <Resolution>300</Resolution>',
        '      <FileNamePrefix>%s_</FileNamePrefix>' % c.dept,
        '    </FileSettings>',
        '    <Notification>None</Notification>',
        '  </QuickSet>',
        '</QuickSets>')


@T("hp_wja_snmpv3_xml", "hp", "snmpv3_passphrase", snmp_pass, "xml", True)
def _hp2(R, c, S):
    path = R.choice(["webjetadmin/credential-store/%s-snmpv3.xml" % c.site,
                     "exports/wja/device-group-%s.xml" % c.dept, "fleet/wja/snmpv3_profile.xml"])
    return path, L(
        '<?xml version="1.0" encoding="utf-8"?>',
        '<DeviceGroupCredentials group="%s-%s" exportedBy="%s" exported="%sT%s">' % (c.site.upper(), c.dept, c.admin, c.date, c.time),
        '  <Device model="%s" serial="%s" mac="%s">' % (c.model, c.serial, c.mac),
        '    <Address>%s</Address>' % c.mfp_ip,
        '    <Snmp version="3">',
        '      <UserName>wja-%s</UserName>' % c.site,
        '      <SecurityLevel>authNoPriv</SecurityLevel>',
        '      <AuthProtocol>SHA1</AuthProtocol>',
        '      <AuthPassphrase>%s</AuthPassphrase>' % S,
        '      <ContextName></ContextName>',
        '      <RetryCount>3</RetryCount>',
        '      <TimeoutMs>5000</TimeoutMs>',
        '    </Snmp>',
        '  </Device>',
        '</DeviceGroupCredentials>')


@T("hp_fleet_smtp_json", "hp", "smtp_password", pw_human, "json", False)
def _hp3(R, c, S):
    path = R.choice(["fleet/policies/%s-email.json" % c.site, "config/hp-sure-start/%s/email-policy.json" % c.site,
                     "policies/jetadvantage/scan-to-email.json"])
    return path, J({
        "policyName": "%s Scan to Email" % c.site.upper(),
        "appliesTo": {"models": [c.model], "group": "%s-%s" % (c.site, c.dept)},
        "emailSettings": {
            "smtpServer": c.smtp,
            "port": c.port,
            "useTls": True,
            "fromAddress": c.mail_user,
            "fromDisplayName": "%s %s" % (c.model.split()[0], c.dept.capitalize()),
            "requireAuthentication": True,
            "userName": c.mail_user,
            "credential": S,
            "maxAttachmentMB": R.choice([10, 20, 25]),
        },
        "revision": R.randint(2, 40),
    })


@T("hp_ews_curl_sh", "hp", "admin_password", pw_url, "sh", False)
def _hp4(R, c, S):
    path = R.choice(["scripts/hp/backup-ews-config.sh", "tools/ews_export.sh", "ops/printers/pull-hp-config.sh"])
    return path, L(
        "#!/usr/bin/env bash",
        "# Pull the configuration backup from the %s EWS before firmware update." % c.model,
        "set -euo pipefail",
        "",
        'HOST="${1:-%s}"' % c.mfp_ip,
        'OUT="backups/$(date +%%F)/${HOST}"',
        'mkdir -p "$OUT"',
        "",
        'curl -sk "https://admin:%s@${HOST}/hp/device/DeviceInformation/View" -o "$OUT/info.html"' % S,
        'curl -sk "https://${HOST}/DevMgmt/ProductConfigDyn.xml" -o "$OUT/ProductConfigDyn.xml"',
        'echo "saved to $OUT"')


@T("hp_ews_ldap_xml", "hp", "ldap_bind_password", pw_human, "xml", True)
def _hp5(R, c, S):
    path = R.choice(["exports/hp/%s/ldap-signin.xml" % c.mfp_host, "fleet/hp-ews/ldap_%s.xml" % c.site])
    return path, L(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<LDAPSettings device="%s" serial="%s">' % (c.model, c.serial),
        '  <Enabled>true</Enabled>',
        '  <Server>%s</Server>' % c.ldap,
        '  <Port>636</Port>',
        '  <UseSSL>true</UseSSL>',
        '  <BindMethod>Simple</BindMethod>',
        '  <BindPrefix>CN</BindPrefix>',
        '  <BindUser>CN=svc-ldap-mfp,OU=Service Accounts,%s</BindUser>' % c.base_dn,
        '  <BindPassword>%s</BindPassword>' % S,
        '  <SearchRoot>OU=Staff,%s</SearchRoot>' % c.base_dn,
        '  <MatchName>sAMAccountName</MatchName>',
        '  <EmailAttribute>mail</EmailAttribute>',
        '  <NameAttribute>displayName</NameAttribute>',
        '</LDAPSettings>')


# --------------------------------------------------------------------------
# Ricoh
# --------------------------------------------------------------------------
@T("ricoh_addrbook_csv", "ricoh", "smb_password", pw_plain, "csv", False)
def _ri1(R, c, S):
    path = R.choice(["exports/ricoh/%s/addressbook.csv" % c.serial, "fleet/ricoh/udirectory_%s.csv" % c.site,
                     "migration/ricoh-abook-%s.csv" % c.dept])
    rows = ["# Format Version:4.1.0.0", "# Generated at: %s %s" % (c.date, c.time),
            "Index in ACLs and Groups,Name,Set General Settings,Key Display,Title 1,E-mail Address,"
            "Folder Protocol,Folder Server Name,Folder Path,Folder User Name,Folder Password,Folder Port"]
    n = R.randint(4, 8)
    who = R.randrange(n)
    for i in range(n):
        p = PEOPLE[(i * 5 + R.randrange(3)) % len(PEOPLE)]
        mail = ("%s.%s@%s" % (p[0], p[1], c.domain.split(".", 1)[-1])).lower()
        if i == who:
            rows.append("[%05d],%s %s,1,%s,%s,%s,SMB,%s,\\%s\\%s,%s\\%s,%s," % (
                i + 1, p[0], p[1], p[1][:8], R.choice("ABCDEFG"), mail, c.fs, c.share, p[0].lower(),
                c.nb, c.svc, S))
        else:
            rows.append("[%05d],%s %s,1,%s,%s,%s,,,,,," % (i + 1, p[0], p[1], p[1][:8], R.choice("HIJKLMN"), mail))
    return path, L(*rows)


@T("ricoh_ldap_xml", "ricoh", "ldap_bind_password", pw_human, "xml", False)
def _ri2(R, c, S):
    path = R.choice(["exports/ricoh/%s/ldap.xml" % c.mfp_host, "fleet/ricoh/streamline/ldap_%s.xml" % c.site])
    return path, L(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<deviceSettings vendor="RICOH" model="%s" machineId="%s">' % (c.model, c.serial),
        '  <ldapServer index="1">',
        '    <name>%s</name>' % c.ldap.split(".")[0].upper(),
        '    <host>%s</host>' % c.ldap,
        '    <searchBase>%s</searchBase>' % c.base_dn,
        '    <port>389</port>',
        '    <ssl>off</ssl>',
        '    <authentication>cleartext</authentication>',
        '    <userName>%s\\svc-ldap-mfp</userName>' % c.nb,
        '    <credential>%s</credential>' % S,
        '    <searchConditions name="displayName" email="mail" fax="facsimileTelephoneNumber"/>',
        '  </ldapServer>',
        '</deviceSettings>')


@T("ricoh_smtp_ini", "ricoh", "smtp_password", pw_human, "ini", True)
def _ri3(R, c, S):
    path = R.choice(["fleet/ricoh/%s/email.ini" % c.site, "config/ricoh-wim-%s.ini" % c.mfp_host])
    return path, L(
        "; Ricoh Web Image Monitor - Device Management > Configuration > E-mail",
        "; %s  serial %s  (%s)" % (c.model, c.serial, c.mfp_ip),
        "[Reception]",
        "Reception Protocol=Off",
        "",
        "[SMTP]",
        "SMTP Server Name=%s" % c.smtp,
        "SMTP Port No.=%d" % c.port,
        "Use Secure Connection (SSL)=%s" % ("On" if c.port == 465 else "Off"),
        "SMTP Authentication=On",
        "SMTP Auth. E-mail Address=%s" % c.mail_user,
        "SMTP Auth. User Name=%s" % c.mail_user,
        "SMTP Auth. Password=%s" % S,
        "SMTP Auth. Encryption=Auto Select",
        "",
        "[Administrator E-mail Address]",
        "Address=%s" % c.email)


# --------------------------------------------------------------------------
# Kyocera
# --------------------------------------------------------------------------
def _kyo_item(R, idx, name, mail, **kw):
    a = {"SmbHostName": "", "SmbPath": "", "SmbLoginName": "", "SmbLoginPasswd": "", "SmbPort": "445",
         "FtpPath": "", "FtpHostName": "", "FtpLoginName": "", "FtpLoginPasswd": "", "FtpPort": "21"}
    a.update(kw)
    attrs = " ".join('%s="%s"' % (k, v) for k, v in a.items())
    return '  <Item Type="Contact" Id="%d" DisplayName="%s" SendKeisyou="0" MailAddress="%s" %s/>' % (
        idx, name, mail, attrs)


@T("kyocera_abook_smb_xml", "kyocera", "smb_password", pw_plain, "xml", True)
def _ky1(R, c, S):
    path = R.choice(["exports/kyocera/%s/AddressBook.xml" % c.serial, "fleet/kyocera/knv/%s_addressbook.xml" % c.site])
    rows = ['<?xml version="1.0" encoding="utf-8"?>', '<DeviceAddressBook_v5_2>']
    n = R.randint(3, 6)
    who = R.randrange(n)
    for i in range(n):
        p = PEOPLE[(i * 7 + 3) % len(PEOPLE)]
        mail = ("%s.%s@%s" % (p[0][0], p[1], c.domain.split(".", 1)[-1])).lower()
        if i == who:
            rows.append(_kyo_item(R, i + 1, "%s %s" % (p[0], p[1]), mail, SmbHostName=c.fs,
                                  SmbPath=c.share, SmbLoginName="%s\\%s" % (c.nb, c.svc), SmbLoginPasswd=S))
        else:
            rows.append(_kyo_item(R, i + 1, "%s %s" % (p[0], p[1]), mail))
    rows.append("</DeviceAddressBook_v5_2>")
    return path, L(*rows)


@T("kyocera_abook_ftp_xml", "kyocera", "ftp_password", pw_plain, "xml", True)
def _ky2(R, c, S):
    path = R.choice(["exports/kyocera/%s/AddressBook_ftp.xml" % c.mfp_host, "fleet/kyocera/%s-ftp-targets.xml" % c.dept])
    rows = ['<?xml version="1.0" encoding="utf-8"?>', '<DeviceAddressBook_v5_2>']
    rows.append(_kyo_item(R, 1, "Plotter Archive", "", FtpHostName="ftp.%s" % c.domain,
                          FtpPath="/archive/%s" % c.dept, FtpLoginName="kyo_%s" % c.site, FtpLoginPasswd=S))
    rows.append(_kyo_item(R, 2, "Front Desk", "reception@%s" % c.domain.split(".", 1)[-1]))
    rows.append("</DeviceAddressBook_v5_2>")
    return path, L(*rows)


@T("kyocera_admin_pin_yml", "kyocera", "admin_pin", pin, "ansible", True,
   docs=["1234", "11111", "00000000", "Admin"])
def _ky3(R, c, S):
    path = R.choice(["ansible/group_vars/kyocera_%s.yml" % c.site, "inventory/host_vars/%s.yml" % c.mfp_host])
    return path, L(
        "---",
        "# %s fleet - %s" % (c.site.upper(), c.model),
        "kyocera_model: \"%s\"" % c.model,
        "kyocera_serial: \"%s\"" % c.serial,
        "kyocera_ip: %s" % c.mfp_ip,
        "kyocera_admin_user: \"%s\"" % R.choice(["Admin", "admin", "DeviceAdmin"]),
        "kyocera_admin_pin: \"%s\"" % S,
        "kyocera_snmp_community_ro: public",
        "kyocera_timezone: \"Europe/Berlin\"",
        "kyocera_energy_saver_minutes: %d" % R.choice([1, 5, 15]),
        "kyocera_department_codes: true")


# --------------------------------------------------------------------------
# Canon
# --------------------------------------------------------------------------
@T("canon_abook_abk", "canon", "smb_password", pw_human, "abk", False)
def _ca1(R, c, S):
    path = R.choice(["exports/canon/%s/abook.abk" % c.serial, "fleet/canon/%s_addressbook.abk" % c.site])
    return path, L(
        "# Canon AddressBook version: 1",
        "# CharSet: UTF-8",
        "# SupportedItems: cn,cnread,cnshort,subdbid,path,protocol,username,pwd,member,indxid,enablepartial,"
        "sub,dialdata,uri,url,mailaddress,fqdn,pwdinputflg,ifaxmode,transsvcstr1,transsvcstr2,ftpmode,"
        "servername,dnsname,hostname",
        "",
        "dn: %d" % R.randint(1, 200),
        "uri: smb://%s.%s" % (c.fs, c.domain),
        "cn: %s Scans" % c.dept.capitalize(),
        "cnread: %s" % c.dept,
        "objectclass: top",
        "objectclass: extensibleobject",
        "objectclass: remotefilesystem",
        "protocol: smb",
        "path: \\%s" % c.share,
        "hostname: \\\\%s" % c.fs,
        "username: %s\\%s" % (c.nb, c.svc),
        "pwd: %s" % S,
        "pwdinputflg: off",
        "enablepartial: off",
        "")


@T("canon_snmpwalk_md", "canon", "snmpv3_passphrase", snmp_pass, "md", False, docs=["initial"])
def _ca2(R, c, S):
    path = R.choice(["docs/runbooks/canon-snmpv3.md", "runbooks/printers/%s-canon-monitoring.md" % c.site])
    return path, L(
        "# Canon imageRUNNER ADVANCE - SNMPv3 monitoring",
        "",
        "The factory SNMPv3 user was deleted on all %s devices. Monitoring now uses" % c.site.upper(),
        "the `mon-%s` user (authNoPriv, SHA)." % c.site,
        "",
        "## Quick check",
        "",
        "```bash",
        "snmpwalk -v3 -l authNoPriv -u mon-%s -a SHA -A '%s' %s 1.3.6.1.2.1.43.11.1.1" % (c.site, S, c.mfp_ip),
        "```",
        "",
        "Expected: toner levels for all four colour stations of the %s." % c.model,
        "",
        "## Device details",
        "",
        "| Host | Serial | MAC |",
        "|------|--------|-----|",
        "| %s | %s | %s |" % (c.mfp_host, c.serial, c.mac))


@T("canon_uniflow_json", "uniflow", "client_secret", lambda R: token(R, 36, 48), "json", True)
def _ca3(R, c, S):
    path = R.choice(["src/PrintPortal/appsettings.json", "services/uniflow-sync/appsettings.Production.json",
                     "config/uniflow-online.json"])
    return path, J({
        "Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
        "UniflowOnline": {
            "TenantUrl": "https://%s.eu.uniflowonline.com" % c.domain.split(".")[-2],
            "ClientId": uuid4(R),
            "ClientSecret": S,
            "Scopes": ["offline_access", "ApiUser"],
        },
        "DeviceSync": {"IntervalMinutes": 15, "Site": c.site.upper()},
        "AllowedHosts": "*",
    })


@T("uniflow_smtp_xml", "uniflow", "smtp_password", pw_human, "xml", False)
def _uf2(R, c, S):
    path = R.choice(["uniflow/server/MomSmtp.config", "config/uniflow/mail-gateway.xml"])
    return path, L(
        '<?xml version="1.0" encoding="utf-8"?>',
        '<configuration>',
        '  <MailGateway enabled="true" site="%s">' % c.site.upper(),
        '    <Server>%s</Server>' % c.smtp,
        '    <Port>%d</Port>' % c.port,
        '    <StartTls>true</StartTls>',
        '    <User>%s</User>' % c.mail_user,
        '    <Pwd>%s</Pwd>' % S,
        '    <Sender>%s</Sender>' % c.mail_user,
        '    <MaxAttachmentSize>20971520</MaxAttachmentSize>',
        '  </MailGateway>',
        '</configuration>')


# --------------------------------------------------------------------------
# Xerox
# --------------------------------------------------------------------------
@T("xerox_scan_template_xst", "xerox", "smb_password", pw_human, "xst", True)
def _xe1(R, c, S):
    path = R.choice(["templates/xerox/%s.xst" % c.dept, "fleet/xerox/scan-templates/%s_%s.xst" % (c.site, c.dept)])
    return path, L(
        "[service xrx_svc_general]",
        "{",
        '        string JobTemplateName = "%s";' % c.dept,
        '        string JobTemplateCreator = "%s";' % c.admin,
        "        boolean SuppressJobLog = FALSE;",
        "}",
        "end",
        "[service xrx_svc_file]",
        "{",
        "        enum_RepositoryAlias RepositoryAlias = {",
        "                [doc_object xrx_repository]",
        "                {",
        "                        enum_FileTransferProtocol FileTransferProtocol = SMB;",
        '                        string RepositoryName = "%s.%s";' % (c.fs, c.domain),
        '                        string DocumentPath = "%s";' % c.share.replace("\\", "/"),
        '                        string ServerName = "%s";' % c.fs,
        '                        string NetworkDomain = "%s";' % c.nb,
        '                        string UserNetworkID = "%s";' % c.svc,
        '                        string UserPassword = "%s";' % S,
        "                }",
        "        };",
        "        enum_DocumentFormat DocumentFormat = PDF;",
        "}",
        "end")


@T("xerox_ldap_ansible", "xerox", "ldap_bind_password", pw_human, "ansible", True)
def _xe2(R, c, S):
    path = R.choice(["ansible/roles/xerox_ldap/defaults/main.yml", "inventory/group_vars/xerox_%s.yml" % c.site])
    return path, L(
        "---",
        "# LDAP address book for AltaLink / VersaLink fleet",
        "xerox_ldap_enabled: true",
        "xerox_ldap_server: \"%s\"" % c.ldap,
        "xerox_ldap_port: 636",
        "xerox_ldap_search_root: \"OU=Staff,%s\"" % c.base_dn,
        "xerox_ldap_bind_dn: \"CN=svc-xerox-ldap,OU=Service Accounts,%s\"" % c.base_dn,
        "xerox_ldap_bind_password: \"%s\"" % S,
        "xerox_ldap_mappings:",
        "  name: displayName",
        "  email: mail",
        "  home: homeDirectory",
        "xerox_devices:",
        "  - { host: %s, serial: %s }" % (c.mfp_host, c.serial))


# --------------------------------------------------------------------------
# Konica Minolta, Brother, Sharp, Lexmark
# --------------------------------------------------------------------------
@T("konica_abbr_csv", "konica", "smb_password", pw_plain, "csv", False)
def _km1(R, c, S):
    path = R.choice(["exports/konica/%s/abbr_smb.csv" % c.serial, "fleet/bizhub/%s-smb-destinations.csv" % c.site])
    rows = ["@Ver406,bizhub,SMB", "No.,Name,Furigana,Index,Host Address,File Path,User ID,Password,Reference Allowed Level"]
    n = R.randint(3, 7)
    who = R.randrange(n)
    for i in range(n):
        d = DEPTS[(i + 2) % len(DEPTS)]
        if i == who:
            rows.append("%d,%s Scan,%s,%s,%s,%s,%s,%s,0" % (i + 1, d.capitalize(), d, d[0].upper(), c.fs,
                                                           c.share.replace("\\", "/"), c.svc, S))
        else:
            rows.append("%d,%s Drop,%s,%s,%s,%s,,,0" % (i + 1, d.capitalize(), d, d[0].upper(), c.fs, "Public/%s" % d))
    return path, L(*rows)


@T("konica_openapi_xml", "konica", "admin_password", pw_human, "xml", True, docs=["12345678", "1234567812345678"])
def _km2(R, c, S):
    path = R.choice(["integration/konica/openapi/login-request.xml", "tools/bizhub-openapi/AppReqLogin.xml"])
    return path, L(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/">',
        '  <SOAP-ENV:Header>',
        '    <me:AppReqHeader xmlns:me="http://www.konicaminolta.com/Header/OpenAPI-4-7">',
        '      <ApplicationID xmlns="">0</ApplicationID>',
        '      <UserName xmlns=""></UserName>',
        '      <Password xmlns=""></Password>',
        '      <Version xmlns=""><Major>4</Major><Minor>7</Minor></Version>',
        '      <AppManagementID xmlns="">%d</AppManagementID>' % R.randint(1000, 9999),
        '    </me:AppReqHeader>',
        '  </SOAP-ENV:Header>',
        '  <SOAP-ENV:Body>',
        '    <AppReqLogin xmlns="http://www.konicaminolta.com/service/OpenAPI-4-7">',
        '      <OperatorInfo>',
        '        <UserType>Admin</UserType>',
        '        <Password>%s</Password>' % S,
        '      </OperatorInfo>',
        '      <TimeOut>60</TimeOut>',
        '    </AppReqLogin>',
        '  </SOAP-ENV:Body>',
        '</SOAP-ENV:Envelope>')


@T("brother_bulk_json", "brother", "smtp_password", pw_human, "json", True)
def _br1(R, c, S):
    path = R.choice(["fleet/brother/bradmin-%s.json" % c.site, "config/brother/%s-settings.json" % c.mfp_host])
    return path, J({
        "device": {"model": R.choice(MODELS["brother"]), "serial": serial(R, "brother"), "node": "BRN%s" % c.mac.replace(":", "")},
        "network": {"ipv4": c.mfp_ip, "hostname": c.mfp_host},
        "email": {
            "SmtpServerAddress": c.smtp,
            "SmtpPort": c.port,
            "SmtpAuthMethod": "SMTP-AUTH",
            "SmtpAuthAccountName": c.mail_user,
            "SmtpAuthPassword": S,
            "SmtpSslTls": "STARTTLS" if c.port == 587 else "SSL",
            "DeviceMailAddress": c.mail_user,
        },
        "scanToNetwork": {"enabled": False},
    })


@T("sharp_settings_xml", "sharp", "smtp_password", pw_human, "xml", True)
def _sh1(R, c, S):
    path = R.choice(["exports/sharp/%s/device_settings.xml" % c.serial, "fleet/sharp/%s_mx_settings.xml" % c.site])
    return path, L(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<DeviceCloning model="%s" firmware="%s" exported="%s">' % (R.choice(MODELS["sharp"]),
                                                                   "%d.%02d.%s" % (R.randint(1, 9), R.randint(0, 99), rs(R, "ABCDEFG", 1)), c.date),
        '  <Category name="Network/EmailSettings">',
        '    <Item name="PrimaryServer" value="%s"/>' % c.smtp,
        '    <Item name="PortNumber" value="%d"/>' % c.port,
        '    <Item name="EnableSSL" value="%s"/>' % ("STARTTLS" if c.port == 587 else "Off"),
        '    <Item name="SmtpAuthentication" value="Enable"/>',
        '    <Item name="SmtpUserName" value="%s"/>' % c.mail_user,
        '    <Item name="SmtpPassword" value="%s"/>' % S,
        '    <Item name="SenderName" value="%s MFP"/>' % c.site.upper(),
        '    <Item name="SenderAddress" value="%s"/>' % c.mail_user,
        '  </Category>',
        '  <Category name="Network/SNMP">',
        '    <Item name="SNMPv1Enable" value="Disable"/>',
        '    <Item name="SNMPv3Enable" value="Enable"/>',
        '  </Category>',
        '</DeviceCloning>')


@T("lexmark_ucf_smtp", "lexmark", "smtp_password", pw_human, "ucf", True)
def _lx1(R, c, S):
    path = R.choice(["fleet/lexmark/%s-email.ucf" % c.site, "config/lexmark/bundles/%s/settings.ucf" % c.dept])
    return path, L(
        "# Lexmark settings bundle - %s %s" % (R.choice(MODELS["lexmark"]), c.site.upper()),
        "# applied with Markvision Enterprise configuration '%s-baseline'" % c.site,
        'smtp.primaryGateway "%s"' % c.smtp,
        "smtp.primaryGatewayPort %d" % c.port,
        'smtp.useSSL "Negotiate"',
        'smtp.replyAddress "%s"' % c.mail_user,
        'smtp.deviceAuthentication "Use Device SMTP Credentials"',
        'smtp.deviceUserID "%s"' % c.mail_user,
        'smtp.devicePassword "%s"' % S,
        'email.subject "Scanned Document"',
        "email.maxSize 20480")


@T("lexmark_ucf_ldap", "lexmark", "ldap_bind_password", pw_human, "ucf", False)
def _lx2(R, c, S):
    path = R.choice(["fleet/lexmark/%s-ldap.ucf" % c.site, "config/lexmark/bundles/ldap-%s.ucf" % c.dept])
    return path, L(
        "# Security > Login Methods > Network Accounts > LDAP (%s)" % c.ldap,
        'ldap.setupName "%s AD"' % c.nb,
        'ldap.serverAddress "%s"' % c.ldap,
        "ldap.serverPort 389",
        'ldap.useSSL "StartTLS"',
        'ldap.searchBase "%s"' % c.base_dn,
        'ldap.userId "sAMAccountName"',
        'ldap.mfpCredentialsDN "CN=svc-lexmark,OU=Service Accounts,%s"' % c.base_dn,
        'ldap.mfpCredentialsSecret "%s"' % S,
        "ldap.anonymous off")


# --------------------------------------------------------------------------
# PaperCut MF / NG
# --------------------------------------------------------------------------
@T("papercut_server_props_admin", "papercut", "admin_password", pw_human, "properties", True,
   docs=["mypassword", "myNewPa$$w0rd"])
def _pc1(R, c, S):
    path = R.choice(["papercut/server/server.properties", "deploy/papercut-mf/server.properties",
                     "ansible/roles/papercut/files/server.properties"])
    return path, L(
        "### PaperCut MF - Application Server configuration",
        "### Edits require a restart of the PaperCut Application Server service",
        "",
        "admin.password=%s" % S,
        "",
        "### Database",
        "database.type=Internal",
        "#database.driver=net.sourceforge.jtds.jdbc.Driver",
        "#database.url=jdbc:jtds:sqlserver://%s.%s/papercut" % (c.fs.replace("fs", "sql"), c.domain),
        "",
        "### Server ports",
        "server.port=9191",
        "server.ssl.port=9192",
        "server.html-escape-user-names=Y",
        "")


@T("papercut_server_props_db", "papercut", "db_password", pw_human, "properties", True)
def _pc2(R, c, S):
    path = R.choice(["papercut/server/server.properties", "deploy/papercut-ng/server.properties"])
    sql = "%s-sql%02d.%s" % (c.site, R.randint(1, 4), c.domain)
    return path, L(
        "admin.password=HASH\\:%s" % hexs(R, 32),
        "",
        "### External database (SQL Server)",
        "database.type=SQLServer",
        "database.driver=net.sourceforge.jtds.jdbc.Driver",
        "database.url=jdbc:jtds:sqlserver://%s:1433/papercut;ssl=request" % sql,
        "database.username=papercut_app",
        "database.password=%s" % S,
        "",
        "server.port=9191",
        "server.ssl.port=9192")


@T("papercut_set_token_cmd", "papercut", "api_token", lambda R: token(R, 24, 40), "bat", True)
def _pc3(R, c, S):
    path = R.choice(["scripts/papercut/set-webservices-token.cmd", "ops/papercut/enable-api.bat"])
    return path, L(
        "@echo off",
        "rem Configure the XML-RPC web services token used by the %s billing integration" % c.dept,
        'set "SC=C:\\Program Files\\PaperCut MF\\server\\bin\\win\\server-command.exe"',
        "",
        '"%SC%" set-config auth.webservices.allowed-addresses "10.0.0.0/8"',
        '"%%SC%%" set-config auth.webservices.auth-token "%s"' % S,
        '"%SC%" get-config auth.webservices.allowed-addresses',
        "echo Done.")


@T("papercut_xmlrpc_py", "papercut", "api_token", lambda R: token(R, 24, 40), "py", False)
def _pc4(R, c, S):
    path = R.choice(["tools/papercut/topup_balances.py", "integrations/papercut/sync_quota.py", "scripts/pc_quota.py"])
    return path, L(
        "#!/usr/bin/env python3",
        '"""Nightly quota top-up for %s students via PaperCut XML-RPC."""' % c.site.upper(),
        "import csv",
        "import xmlrpc.client",
        "",
        'SERVER = "https://%s.%s:9192/rpc/api/xmlrpc"' % (c.ps.replace("prt", "papercut"), c.domain),
        "",
        "",
        "def main(path):",
        "    proxy = xmlrpc.client.ServerProxy(SERVER)",
        "    with open(path, newline='') as fh:",
        "        for row in csv.DictReader(fh):",
        "            proxy.api.adjustUserAccountBalance(",
        '                "%s", row["username"], float(row["amount"]), "nightly top-up")' % S,
        "",
        "",
        'if __name__ == "__main__":',
        '    main("quota.csv")')


@T("papercut_token_sh", "papercut", "api_token", lambda R: token(R, 24, 40), "sh", True)
def _pc5(R, c, S):
    path = R.choice(["scripts/papercut/check-user.sh", "bin/pc-user-exists.sh"])
    return path, L(
        "#!/bin/sh",
        "# usage: check-user.sh <username>",
        'PC_HOST="%s.%s"' % (c.ps.replace("prt", "papercut"), c.domain),
        'PC_AUTH_TOKEN="%s"' % S,
        "",
        'curl -s -H "Content-Type: text/xml" "https://${PC_HOST}:9192/rpc/api/xmlrpc" --data-binary @- <<EOF',
        '<?xml version="1.0"?>',
        "<methodCall><methodName>api.isUserExists</methodName><params>",
        "<param><value><string>${PC_AUTH_TOKEN}</string></value></param>",
        "<param><value><string>$1</string></value></param>",
        "</params></methodCall>",
        "EOF")


@T("papercut_health_ps1", "papercut", "api_token", lambda R: token(R, 28, 36), "ps", False)
def _pc6(R, c, S):
    path = R.choice(["monitoring/papercut/Get-PaperCutHealth.ps1", "scripts/Check-PaperCut.ps1"])
    return path, L(
        "# Polled every 5 minutes by the monitoring agent",
        "param([string]$Server = '%s.%s')" % (c.ps.replace("prt", "papercut"), c.domain),
        "",
        '$uri = "https://${Server}:9192/api/health?Authorization=%s"' % S,
        "$health = Invoke-RestMethod -Uri $uri -TimeoutSec 20",
        "$health.devices | Where-Object { $_.status -ne 'OK' } |",
        "    Select-Object name, status, lastUsed |",
        "    Format-Table -AutoSize",
        "if ($health.applicationServer.status -ne 'OK') { exit 2 }")


@T("papercut_device_props", "papercut", "admin_password", pw_human, "properties", True,
   docs=["Admin", "1234", "admin"])
def _pc7(R, c, S):
    path = R.choice(["papercut/server/data/devices/%s/device.properties" % c.serial.lower(),
                     "deploy/papercut/devices/%s.properties" % c.mfp_host])
    return path, L(
        "# PaperCut MF embedded - %s" % c.model,
        "ext-device.name=%s" % c.mfp_host,
        "ext-device.hostname=%s" % c.mfp_ip,
        "ext-device.type=%s" % c.vendor.upper(),
        "ext-device.serial=%s" % c.serial,
        "ext-device.card-reader.type=USB",
        "ext-device.device-admin-username=Admin",
        "ext-device.device-admin-password=%s" % S,
        "ext-device.release-station.mode=HOLD_RELEASE",
        "ext-device.auth.methods=card,username")


# --------------------------------------------------------------------------
# Kofax / Tungsten, Equitrac, PrinterLogic
# --------------------------------------------------------------------------
@T("kofax_export_xml", "kofax", "smb_password", pw_human, "xml", False)
def _kf1(R, c, S):
    path = R.choice(["kofax/capture/export/%s-release.xml" % c.dept, "config/tungsten/export-connector-%s.xml" % c.site])
    return path, L(
        '<?xml version="1.0" encoding="utf-8"?>',
        '<ExportConnector name="%s invoices" version="11.1">' % c.dept.capitalize(),
        '  <Destination type="NetworkFolder">',
        '    <Path>\\\\%s\\%s\\export</Path>' % (c.fs, c.share),
        '    <Credential user="%s\\svc-kofax" secret="%s"/>' % (c.nb, S),
        '    <Overwrite>false</Overwrite>',
        '  </Destination>',
        '  <Naming pattern="{BatchName}_{DocumentID}.pdf"/>',
        '  <IndexFields>',
        '    <Field name="VendorNo"/>',
        '    <Field name="InvoiceNo"/>',
        '  </IndexFields>',
        '</ExportConnector>')


@T("tungsten_autostore_conn", "kofax", "db_password", pw_human, "xml", True)
def _kf2(R, c, S):
    path = R.choice(["autostore/server/AutoStore.Server.config", "config/controlsuite/web.config"])
    sql = "%s-sql%02d.%s" % (c.site, R.randint(1, 4), c.domain)
    return path, L(
        '<?xml version="1.0" encoding="utf-8"?>',
        '<configuration>',
        '  <connectionStrings>',
        '    <add name="AutoStoreDb" providerName="System.Data.SqlClient"',
        '         connectionString="Server=%s;Database=AutoStore;User Id=as_service;Password=%s;Encrypt=True;" />' % (sql, S),
        '  </connectionStrings>',
        '  <appSettings>',
        '    <add key="ProcessingThreads" value="4" />',
        '    <add key="InboundFolder" value="D:\\AutoStore\\Inbound" />',
        '  </appSettings>',
        '</configuration>')


@T("equitrac_install_ps1", "equitrac", "db_password", pw_plain, "ps", True)
def _eq1(R, c, S):
    path = R.choice(["deploy/equitrac/Install-EquitracCAS.ps1", "scripts/equitrac/install.ps1"])
    return path, L(
        "# Silent install of Equitrac Core Accounting Server on %s" % c.ps,
        "$msi = '\\\\%s\\deploy$\\Equitrac\\6.4\\CAS.msi'" % c.fs,
        "$args = @(",
        "    '/i', $msi, '/qn', '/l*v', 'C:\\Temp\\cas-install.log',",
        "    'DBSERVER=%s-sql01'," % c.site,
        "    'DBUSER=eq_svc',",
        "    'EQSQLPASS=%s'," % S,
        "    'INSTALLDIR=\"C:\\Program Files\\Equitrac\"'",
        ")",
        "Start-Process msiexec.exe -ArgumentList $args -Wait",
        "Get-Service -Name 'EQCASSrv' | Select-Object Status")


@T("equitrac_ini", "equitrac", "ldap_bind_password", pw_human, "ini", True)
def _eq2(R, c, S):
    path = R.choice(["equitrac/DRE/dre-%s.ini" % c.site, "config/equitrac/EQDRESrv.ini"])
    return path, L(
        "[General]",
        "Site=%s" % c.site.upper(),
        "CASServer=%s.%s" % (c.ps, c.domain),
        "",
        "[Directory]",
        "Type=LDAP",
        "Server=%s" % c.ldap,
        "BaseDN=%s" % c.base_dn,
        "BindAccount=%s\\svc-equitrac" % c.nb,
        "BindPassword=%s" % S,
        "SyncHour=2",
        "",
        "[Release]",
        "HoldTimeHours=24")


@T("printerlogic_curl_sh", "printerlogic", "api_token", lambda R: token(R, 36, 48), "sh", False)
def _pl1(R, c, S):
    path = R.choice(["scripts/printerlogic/list-printers.sh", "tools/vasion/export-printers.sh"])
    tenant = c.domain.split(".")[-2]
    return path, L(
        "#!/usr/bin/env bash",
        "# Export printer objects from PrinterLogic / Vasion Print for the CMDB",
        "set -euo pipefail",
        'BASE="https://%s.printercloud.com/api/1"' % tenant,
        "",
        'curl -sf "$BASE/printers?limit=500" \\',
        '  -H "Authorization: Bearer %s" \\' % S,
        '  -H "Accept: application/json" | jq -r \'.data[] | [.id,.name,.ip_address] | @csv\' > printers.csv',
        'wc -l printers.csv')


@T("printerlogic_json", "printerlogic", "api_token", lambda R: token(R, 36, 48), "json", True)
def _pl2(R, c, S):
    path = R.choice(["integrations/printerlogic/config.json", "config/vasion-print.json"])
    tenant = c.domain.split(".")[-2]
    return path, J({
        "instanceUrl": "https://%s.printercloud.com" % tenant,
        "apiToken": S,
        "folder": "/%s/%s" % (c.site.upper(), c.dept.capitalize()),
        "syncIntervalMinutes": 30,
        "dryRun": False,
    })


# --------------------------------------------------------------------------
# Windows print servers
# --------------------------------------------------------------------------
@T("win_addprinter_ps1", "windows_print", "smb_password", pw_human, "ps", False)
def _wi1(R, c, S):
    path = R.choice(["scripts/print-server/Deploy-Queues.ps1", "deploy/%s/Add-FloorPrinters.ps1" % c.site])
    q = "%s-%s-F%d" % (c.site.upper(), c.dept.upper(), c.floor)
    return path, L(
        "#Requires -Modules PrintManagement",
        "$server = '%s.%s'" % (c.ps, c.domain),
        "$secure = ConvertTo-SecureString \"%s\" -AsPlainText -Force" % S,
        "$cred = New-Object System.Management.Automation.PSCredential('%s\\svc-print', $secure)" % c.nb,
        "$cim = New-CimSession -ComputerName $server -Credential $cred",
        "",
        "Add-PrinterPort -CimSession $cim -Name 'IP_%s' -PrinterHostAddress '%s'" % (c.mfp_ip, c.mfp_ip),
        "Add-Printer -CimSession $cim -Name '%s' -DriverName '%s' -PortName 'IP_%s' -Shared -ShareName '%s'" % (
            q, R.choice(["HP Universal Printing PCL 6", "KX DRIVER for Universal Printing", "Xerox Global Print Driver PCL6",
                         "Canon Generic Plus PCL6", "RICOH PCL6 UniversalDriver V4.32"]), c.mfp_ip, q),
        "Set-PrintConfiguration -CimSession $cim -PrinterName '%s' -DuplexingMode TwoSidedLongEdge -Color $false" % q,
        "Remove-CimSession $cim")


@T("win_netuse_bat", "windows_print", "smb_password", pw_plain, "bat", False)
def _wi2(R, c, S):
    path = R.choice(["scripts/scan/map-scan-share.bat", "logon/%s-scans.cmd" % c.site, "tools/mfp/test-smb.cmd"])
    return path, L(
        "@echo off",
        "rem Verify that the scan-to-folder account can still write to the share",
        "net use S: /delete /y >nul 2>&1",
        "net use S: \\\\%s\\%s %s /user:%s\\%s /persistent:no" % (c.fs, c.share.split("\\")[0], S, c.nb, c.svc),
        "echo test > S:\\_mfp_write_test.txt && del S:\\_mfp_write_test.txt",
        "if errorlevel 1 echo WRITE FAILED & exit /b 1",
        "net use S: /delete /y",
        "echo OK")


@T("win_cmdkey_printui_bat", "windows_print", "admin_password", pw_plain, "bat", False)
def _wi3(R, c, S):
    path = R.choice(["scripts/print-server/connect-%s.cmd" % c.dept, "deploy/printers/add-%s-queue.bat" % c.site])
    q = "%s-%s" % (c.dept.capitalize(), R.choice(["MFP", "Color", "Laser"]))
    return path, L(
        "@echo off",
        "setlocal",
        "rem Kiosk PCs are not domain joined: store the print server credential first",
        "cmdkey /add:%s.%s /user:%s\\svc-kiosk-print /pass:%s" % (c.ps, c.domain, c.nb, S),
        'rundll32 printui.dll,PrintUIEntry /in /n"\\\\%s.%s\\%s"' % (c.ps, c.domain, q),
        'rundll32 printui.dll,PrintUIEntry /y /n"\\\\%s.%s\\%s"' % (c.ps, c.domain, q),
        "endlocal")


@T("win_scan_notify_ps1", "windows_print", "smtp_password", pw_human, "ps", True)
def _wi4(R, c, S):
    path = R.choice(["scripts/scan/Send-ScanNotification.ps1", "tools/watch-scan-folder.ps1"])
    return path, L(
        "param([string]$File)",
        "$smtpServer = '%s'" % c.smtp,
        "$smtpUser   = '%s'" % c.mail_user,
        '$smtpPass   = "%s"' % S,
        "$cred = [pscredential]::new($smtpUser, (ConvertTo-SecureString $smtpPass -AsPlainText -Force))",
        "Send-MailMessage -SmtpServer $smtpServer -Port %d -UseSsl -Credential $cred `" % c.port,
        "    -From $smtpUser -To '%s' `" % c.email,
        "    -Subject \"New scan: $(Split-Path $File -Leaf)\" -Attachments $File")


@T("win_scan_service_reg", "windows_print", "smb_password", pw_human, "reg", True)
def _wi5(R, c, S):
    path = R.choice(["deploy/scan-hotfolder/settings.reg", "gpo/%s-scanservice.reg" % c.site])
    return path, L(
        "Windows Registry Editor Version 5.00",
        "",
        "[HKEY_LOCAL_MACHINE\\SOFTWARE\\%s\\ScanHotFolder]" % c.nb.capitalize(),
        '"WatchPath"="D:\\\\ScanInbox"',
        '"TargetUnc"="\\\\\\\\%s\\\\Archive"' % c.fs,
        '"SmbUser"="%s\\\\%s"' % (c.nb, c.svc),
        '"SmbPassword"="%s"' % S,
        '"PollSeconds"=dword:0000001e',
        '"DeleteAfterCopy"=dword:00000001')


# --------------------------------------------------------------------------
# CUPS
# --------------------------------------------------------------------------
@T("cups_printers_conf", "cups", "device_uri_credential", pw_url, "url", False, docs=["password"])
def _cu1(R, c, S):
    path = R.choice(["etc/cups/printers.conf", "roles/cups/files/printers.conf", "deploy/cups/printers.conf"])
    q = "%s_%s" % (c.dept.capitalize(), R.choice(["MFP", "Laser", "Color"]))
    return path, L(
        "# Printer configuration file for CUPS v2.4.2",
        "# Written by cupsd",
        "# DO NOT EDIT THIS FILE WHEN CUPSD IS RUNNING",
        "NextPrinterId %d" % R.randint(3, 30),
        "<Printer %s>" % q,
        "PrinterId %d" % R.randint(1, 20),
        "UUID urn:uuid:%s" % uuid4(R),
        "Info %s floor %d" % (c.model, c.floor),
        "Location %s %s" % (c.site.upper(), c.dept),
        "MakeModel Generic PCL 6/PCL XL Printer Foomatic/pxlcolor",
        "DeviceURI smb://%s:%s@%s/%s/%s" % (c.svc, S, c.nb, c.ps, q),
        "State Idle",
        "StateTime %d" % R.randint(1690000000, 1740000000),
        "Type 8425484",
        "Accepting Yes",
        "Shared No",
        "JobSheets none none",
        "QuotaPeriod 0",
        "PageLimit 0",
        "KLimit 0",
        "OpPolicy default",
        "ErrorPolicy retry-job",
        "</Printer>")


@T("cups_lpadmin_sh", "cups", "device_uri_credential", pw_url, "sh", False, docs=["password"])
def _cu2(R, c, S):
    path = R.choice(["scripts/linux/add-office-printers.sh", "provision/cups-queues.sh"])
    q = "%s-%s" % (c.site, c.dept)
    return path, L(
        "#!/bin/bash",
        "# Adds the Windows-shared queues to CUPS on lab workstations",
        "set -e",
        "lpadmin -p %s -E \\" % q,
        '  -v "smb://%s/%s:%s@%s/%s" \\' % (c.nb, "svc-print", S, c.ps, q.upper()),
        "  -m drv:///sample.drv/generic.ppd \\",
        '  -L "%s floor %d" -o printer-is-shared=false' % (c.site.upper(), c.floor),
        "lpoptions -d %s" % q,
        "lpstat -p %s" % q)


@T("cups_ansible_uri", "cups", "device_uri_credential", pw_url, "ansible", False, docs=["password"])
def _cu3(R, c, S):
    path = R.choice(["ansible/roles/cups_client/vars/main.yml", "inventory/group_vars/linux_desktops.yml"])
    return path, L(
        "---",
        "cups_queues:",
        "  - name: %s_%s" % (c.site, c.dept),
        "    info: \"%s\"" % c.model,
        "    uri: \"smb://svc-print:%s@%s.%s/%s\"" % (S, c.ps, c.domain, c.dept.upper()),
        "    ppd: drv:///sample.drv/generic.ppd",
        "    default: true",
        "  - name: %s_plotter" % c.site,
        "    uri: \"ipp://%s/ipp/print\"" % c.fqdn,
        "    ppd: everywhere")


# --------------------------------------------------------------------------
# Epson Connect
# --------------------------------------------------------------------------
def epson_email(R):
    return "%s@print.epsonconnect.com" % rs(R, LOWER + DIG, R.randint(10, 14))


@T("epson_connect_py", "epson_connect", "client_secret", lambda R: token(R, 40, 48), "py", True)
def _ep1(R, c, S):
    path = R.choice(["app/printing/epson.py", "services/kiosk/epson_client.py", "src/print_bridge/epson.py"])
    return path, L(
        "import epson_connect",
        "",
        "from .models import PrintRequest",
        "",
        "",
        "def make_client():",
        "    return epson_connect.Client(",
        "        printer_email=%r," % epson_email(R),
        "        client_id=%r," % hexs(R, 32),
        "        client_secret=%r," % S,
        "    )",
        "",
        "",
        "def submit(req: PrintRequest) -> str:",
        "    ec = make_client()",
        "    return ec.printer.print(req.path)")


@T("epson_connect_js", "epson_connect", "client_secret", lambda R: token(R, 40, 48), "js", True)
def _ep2(R, c, S):
    path = R.choice(["server/epson.js", "src/lib/epsonConnect.js", "api/print/epson-config.js"])
    return path, L(
        "// Epson Connect credentials for the lobby kiosk printer (%s)" % R.choice(MODELS["epson"]),
        "const EPSON_PRINTER_EMAIL = '%s';" % epson_email(R),
        "const EPSON_CLIENT_ID = '%s';" % hexs(R, 32),
        "const EPSON_CLIENT_SECRET = '%s';" % S,
        "",
        "module.exports = {",
        "  baseUrl: 'https://api.epsonconnect.com',",
        "  printerEmail: EPSON_PRINTER_EMAIL,",
        "  clientId: EPSON_CLIENT_ID,",
        "  clientSecret: EPSON_CLIENT_SECRET,",
        "};")


def _epson_basic(R):
    cid = hexs(R, 32)
    sec = token(R, 40, 48)
    return base64.b64encode(("%s:%s" % (cid, sec)).encode()).decode()


@T("epson_basic_curl_sh", "epson_connect", "basic_auth", _epson_basic, "sh", False)
def _ep3(R, c, S):
    path = R.choice(["scripts/epson/get-token.sh", "tools/epson-auth.sh"])
    return path, L(
        "#!/bin/sh",
        "# Obtain an Epson Connect access token for the lobby printer",
        "curl -s -X POST 'https://api.epsonconnect.com/api/1/printing/oauth2/auth/token?subject=printer' \\",
        "  -H 'Authorization: Basic %s' \\" % S,
        "  -H 'Content-Type: application/x-www-form-urlencoded; charset=utf-8' \\",
        "  --data 'grant_type=password&username=%s&password='" % epson_email(R))


@T("epson_apikey_http", "epson_connect", "api_token", lambda R: token(R, 32, 40), "http", False)
def _ep4(R, c, S):
    path = R.choice(["http/epson-connect.http", "requests/epson/print-job.http"])
    return path, L(
        "### Epson Connect - list capabilities of the reception printer",
        "GET https://api.epsonconnect.com/api/2/printing/capability/document",
        "x-api-key: %s" % S,
        "Authorization: Bearer {{access_token}}",
        "Accept: application/json",
        "",
        "### Create a print job",
        "POST https://api.epsonconnect.com/api/2/printing/jobs",
        "Content-Type: application/json",
        "Authorization: Bearer {{access_token}}",
        "",
        '{ "jobName": "%s-report", "printMode": "document" }' % c.dept)


# --------------------------------------------------------------------------
# Scanner apps
# --------------------------------------------------------------------------
@T("naps2_config_xml", "naps2", "smtp_password", pw_human, "xml", True)
def _na1(R, c, S):
    path = R.choice(["deploy/naps2/appsettings.xml", "config/naps2/config.xml"])
    return path, L(
        '<?xml version="1.0" encoding="utf-8"?>',
        '<AppConfig>',
        '  <Version>3</Version>',
        '  <DefaultProfileSettings>',
        '    <DriverName>twain</DriverName>',
        '    <Resolution>Dpi300</Resolution>',
        '  </DefaultProfileSettings>',
        '  <EmailSetup>',
        '    <ProviderType>CustomSmtp</ProviderType>',
        '    <SmtpHost>%s</SmtpHost>' % c.smtp,
        '    <SmtpPort>%d</SmtpPort>' % c.port,
        '    <SmtpTls>true</SmtpTls>',
        '    <SmtpFrom>%s</SmtpFrom>' % c.mail_user,
        '    <SmtpUser>%s</SmtpUser>' % c.mail_user,
        '    <SmtpPassword>%s</SmtpPassword>' % S,
        '  </EmailSetup>',
        '  <HideDonateButton>true</HideDonateButton>',
        '</AppConfig>')


@T("scansnap_profile_ini", "scansnap", "smb_password", pw_human, "ini", True)
def _ss1(R, c, S):
    path = R.choice(["deploy/scansnap/profiles/%s.ini" % c.dept, "config/scansnap/ScanToFolder.ini"])
    return path, L(
        "[Profile]",
        "Name=%s to share" % c.dept.capitalize(),
        "Application=ScanToFolder",
        "ColorMode=Auto",
        "ScanningSide=Duplex",
        "FileFormat=PDF",
        "SearchablePDF=1",
        "",
        "[SaveToFolder]",
        "Path=\\\\%s\\%s" % (c.fs, c.share),
        "NetworkUser=%s\\%s" % (c.nb, c.svc),
        "NetworkPassword=%s" % S,
        "ShowSaveDialog=0")


@T("scan2net_ftp_xml", "scan2net", "ftp_password", pw_human, "xml", True)
def _s2n(R, c, S):
    path = R.choice(["config/widetek/destinations.xml", "deploy/scan2net/%s-ftp.xml" % c.site])
    return path, L(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Scan2NetDestinations scanner="WideTEK 36CL" serial="%s">' % rs(R, DIG, 8),
        '  <Destination id="1" type="FTP" name="Archive %s">' % c.site.upper(),
        '    <Host>ftp.%s</Host>' % c.domain,
        '    <Port>21</Port>',
        '    <Directory>/plans/%s</Directory>' % c.dept,
        '    <User>widetek</User>',
        '    <Password>%s</Password>' % S,
        '    <Passive>true</Passive>',
        '  </Destination>',
        '  <Destination id="2" type="USB" name="Local stick"/>',
        '</Scan2NetDestinations>')


# --------------------------------------------------------------------------
# fleet automation / infrastructure around the devices
# --------------------------------------------------------------------------
@T("ansible_smtp_vars", "mfp_fleet", "smtp_password", pw_human, "ansible", True)
def _an1(R, c, S):
    path = R.choice(["ansible/group_vars/mfp_all.yml", "inventory/%s/group_vars/printers.yml" % c.site])
    return path, L(
        "---",
        "mfp_ntp_servers: [\"%s\", \"pool.ntp.org\"]" % c.ldap,
        "mfp_timezone: \"UTC\"",
        "mfp_smtp_relay: \"%s\"" % c.smtp,
        "mfp_smtp_port: %d" % c.port,
        "mfp_smtp_user: \"%s\"" % c.mail_user,
        "mfp_smtp_relay_password: \"%s\"" % S,
        "mfp_scan_max_mb: 20",
        "mfp_disable_protocols: [telnet, ftp_server, snmpv1]")


@T("ansible_ldap_uri_task", "mfp_fleet", "ldap_bind_password", pw_human, "ansible", False)
def _an2(R, c, S):
    path = R.choice(["ansible/roles/mfp_ldap/tasks/main.yml", "playbooks/mfp-ldap.yml"])
    return path, L(
        "---",
        "- name: Configure LDAP address book on the device",
        "  ansible.builtin.uri:",
        "    url: \"https://{{ inventory_hostname }}/api/v1/settings/ldap\"",
        "    method: PUT",
        "    validate_certs: false",
        "    force_basic_auth: true",
        "    user: \"{{ mfp_admin_user }}\"",
        "    password: \"{{ mfp_admin_password }}\"",
        "    body_format: json",
        "    body:",
        "      server: \"%s\"" % c.ldap,
        "      port: 636",
        "      searchBase: \"%s\"" % c.base_dn,
        "      bindDn: \"CN=svc-ldap-mfp,OU=Service Accounts,%s\"" % c.base_dn,
        "      bindCredential: \"%s\"" % S,
        "    status_code: [200, 204]",
        "  delegate_to: localhost")


@T("snmpd_createuser_conf", "net_snmp", "snmpv3_passphrase", snmp_pass, "conf", False)
def _sn1(R, c, S):
    path = R.choice(["etc/snmp/snmptrapd.conf", "roles/snmp/files/snmptrapd.conf", "monitoring/snmptrapd.conf"])
    return path, L(
        "# Receive SNMPv3 traps from the %s MFP fleet (paper jam, toner low)" % c.site.upper(),
        "createUser -e 0x8000%s mfptrap SHA \"%s\" AES" % (hexs(R, 18), S),
        "authUser log,execute mfptrap",
        "traphandle default /usr/local/bin/mfp-trap-to-ticket",
        "format2 %V\\n% Agent Address: %A \\n Agent Hostname: %B \\n%v\\n",
        "disableAuthorization no")


@T("pysnmp_poller_py", "net_snmp", "snmpv3_passphrase", snmp_pass, "py", False)
def _sn2(R, c, S):
    path = R.choice(["collectors/printer_counters.py", "tools/meter_reads/poll.py"])
    return path, L(
        "from pysnmp.hlapi import (SnmpEngine, UsmUserData, UdpTransportTarget, ContextData,",
        "                          ObjectType, ObjectIdentity, getCmd, usmHMACSHAAuthProtocol)",
        "",
        "PAGE_COUNT = '1.3.6.1.2.1.43.10.2.1.4.1.1'",
        "",
        "",
        "def page_count(host):",
        "    user = UsmUserData('meter-%s', authKey='%s'," % (c.site, S),
        "                       authProtocol=usmHMACSHAAuthProtocol)",
        "    err, status, idx, binds = next(getCmd(SnmpEngine(), user, UdpTransportTarget((host, 161)),",
        "                                          ContextData(), ObjectType(ObjectIdentity(PAGE_COUNT))))",
        "    if err or status:",
        "        raise RuntimeError(str(err or status))",
        "    return int(binds[0][1])")


@T("icinga_snmpv3_conf", "net_snmp", "snmpv3_passphrase", snmp_pass, "conf", False)
def _sn3(R, c, S):
    path = R.choice(["icinga2/conf.d/printers/%s.conf" % c.site, "monitoring/icinga/hosts/%s.conf" % c.mfp_host])
    return path, L(
        "object Host \"%s\" {" % c.mfp_host,
        "  import \"generic-printer\"",
        "  address = \"%s\"" % c.mfp_ip,
        "  vars.serial = \"%s\"" % c.serial,
        "  vars.snmpv3_user = \"icinga-%s\"" % c.site,
        "  vars.snmpv3_seclevel = \"authNoPriv\"",
        "  vars.snmpv3_auth_alg = \"SHA\"",
        "  vars.snmpv3_auth_key = \"%s\"" % S,
        "  vars.printer_model = \"%s\"" % c.model,
        "}")


@T("postfix_sasl_passwd", "mfp_fleet", "smtp_password", pw_human, "conf", False)
def _po1(R, c, S):
    path = R.choice(["deploy/scan-relay/postfix/sasl_passwd", "roles/scan_relay/files/sasl_passwd"])
    return path, L(
        "# MFPs relay scan-to-email through this host; only the relay authenticates upstream",
        "[%s]:587 %s:%s" % (c.smtp, c.mail_user, S))


@T("lftp_upload_sh", "mfp_fleet", "ftp_password", pw_plain, "sh", False)
def _ft1(R, c, S):
    path = R.choice(["scripts/scan/push-archive.sh", "cron/ftp-scan-archive.sh"])
    return path, L(
        "#!/bin/bash",
        "# Mirror the scan inbox to the document archive FTP every night",
        "SRC=/srv/scans/%s" % c.dept,
        "lftp -u scanarchive,%s -e \"set ftp:ssl-force true; mirror -R --only-newer $SRC /inbox/%s; quit\" ftp.%s" % (
            S, c.site, c.domain),
        "find \"$SRC\" -type f -mtime +30 -delete")


@T("compose_samba_yml", "mfp_fleet", "smb_password", pw_plain, "yaml", False)
def _dc1(R, c, S):
    path = R.choice(["docker/scan-share/docker-compose.yml", "deploy/scan-inbox/compose.yaml"])
    return path, L(
        "services:",
        "  samba:",
        "    image: dperson/samba:latest",
        "    restart: unless-stopped",
        "    ports:",
        "      - \"445:445\"",
        "    volumes:",
        "      - /srv/scans:/share/scans",
        "    command: >",
        "      -u \"mfpscan;%s\"" % S,
        "      -s \"scans;/share/scans;yes;no;no;mfpscan\"",
        "      -p")


@T("dotenv_scan", "mfp_fleet", "smb_password", pw_human, "env", True)
def _en1(R, c, S):
    path = R.choice([".env", "services/scan-router/.env", "docker/scan-share/.env.production"])
    return path, L(
        "SCAN_ROUTER_PORT=8088",
        "SMB_HOST=%s.%s" % (c.fs, c.domain),
        "SMB_SHARE=%s" % c.share.split("\\")[0],
        "SMB_USER=%s" % c.svc,
        "SMB_SCAN_PASSWORD=%s" % S,
        "LOG_LEVEL=info")


@T("papercut_sql_login", "papercut", "db_password", pw_human, "sql", True)
def _sq1(R, c, S):
    path = R.choice(["db/papercut/01-create-login.sql", "deploy/sql/papercut_db.sql"])
    return path, L(
        "-- PaperCut MF external database (run on %s-sql01)" % c.site,
        "CREATE DATABASE papercut;",
        "GO",
        "CREATE LOGIN [papercut_app] WITH PASSWORD = '%s', CHECK_POLICY = ON;" % S,
        "GO",
        "USE papercut;",
        "CREATE USER [papercut_app] FOR LOGIN [papercut_app];",
        "ALTER ROLE db_owner ADD MEMBER [papercut_app];",
        "GO")


@T("runbook_smtp_md", "mfp_fleet", "smtp_password", pw_human, "md", True)
def _md1(R, c, S):
    path = R.choice(["docs/runbooks/scan-to-email.md", "wiki/printers/%s-scan-to-email.md" % c.site, "README-scan.md"])
    return path, L(
        "# Scan-to-email on the %s MFPs" % c.site.upper(),
        "",
        "All devices relay through `%s` on port %d (STARTTLS)." % (c.smtp, c.port),
        "",
        "| Setting | Value |",
        "|---------|-------|",
        "| Sender | `%s` |" % c.mail_user,
        "| SMTP user | `%s` |" % c.mail_user,
        "| SMTP password | `%s` |" % S,
        "| Max attachment | 20 MB |",
        "",
        "If the mailbox gets locked, ask %s %s (IT) to reset it in the admin centre." % c.person)


@T("ews_debug_log_basic", "mfp_fleet", "basic_auth", lambda R: base64.b64encode(
    ("admin:%s" % pw_human(R)).encode()).decode(), "log", False)
def _lg1(R, c, S):
    path = R.choice(["logs/mfp-config-push.log", "var/log/fleet-agent/push-%s.log" % c.site])
    t0 = R.randint(0, 50)
    return path, L(
        "%s %s INFO  fleet-agent: pushing baseline '%s-v%d' to %s (%s)" % (c.date, c.time, c.site, R.randint(2, 9), c.mfp_host, c.mfp_ip),
        "%s %s DEBUG http: PUT https://%s/DevMgmt/NetAppsDyn.xml" % (c.date, c.time, c.mfp_ip),
        "%s %s DEBUG http: > Host: %s" % (c.date, c.time, c.mfp_ip),
        "%s %s DEBUG http: > Authorization: Basic %s" % (c.date, c.time, S),
        "%s %s DEBUG http: > Content-Type: text/xml" % (c.date, c.time),
        "%s %s DEBUG http: < HTTP/1.1 200 OK (%d ms)" % (c.date, c.time, 80 + t0),
        "%s %s INFO  fleet-agent: %s serial=%s applied 14 settings" % (c.date, c.time, c.mfp_host, c.serial))


@T("terraform_printsrv_tf", "windows_print", "admin_password", lambda R: pw_strong(R, 16, 24, "!#*+-_.?~"), "tf", True)
def _tf1(R, c, S):
    path = R.choice(["infra/print-server/main.tf", "terraform/modules/printsrv/vm.tf"])
    return path, L(
        'resource "azurerm_windows_virtual_machine" "printsrv" {',
        '  name                = "%s"' % c.ps,
        "  resource_group_name = azurerm_resource_group.print.name",
        "  location            = azurerm_resource_group.print.location",
        '  size                = "Standard_B2ms"',
        '  admin_username      = "printadmin"',
        '  admin_password      = "%s"' % S,
        "  network_interface_ids = [azurerm_network_interface.printsrv.id]",
        "",
        "  os_disk {",
        '    caching              = "ReadWrite"',
        '    storage_account_type = "StandardSSD_LRS"',
        "  }",
        "}")


@T("fleet_agent_toml", "mfp_fleet", "admin_password", pw_human, "toml", True, docs=["1234", "11111", "admin"])
def _tm1(R, c, S):
    path = R.choice(["config/fleet-agent.toml", "deploy/%s/fleet-agent.toml" % c.site])
    return path, L(
        "[agent]",
        'site = "%s"' % c.site,
        "poll_interval = \"15m\"",
        "",
        "[device_defaults]",
        'admin_user = "admin"',
        'admin_password = "%s"' % S,
        "verify_tls = false",
        "",
        "[[devices]]",
        'host = "%s"' % c.mfp_ip,
        'serial = "%s"' % c.serial,
        'asset_tag = "%s"' % c.asset)


@T("spring_mail_props", "kofax", "smtp_password", pw_human, "properties", True)
def _sp1(R, c, S):
    path = R.choice(["scan-router/src/main/resources/application.properties", "config/capture-notify.properties"])
    return path, L(
        "spring.application.name=scan-router",
        "scan.inbox=/data/inbox",
        "spring.mail.host=%s" % c.smtp,
        "spring.mail.port=%d" % c.port,
        "spring.mail.username=%s" % c.mail_user,
        "spring.mail.password=%s" % S,
        "spring.mail.properties.mail.smtp.auth=true",
        "spring.mail.properties.mail.smtp.starttls.enable=true")


def _pem_body(R):
    der = bytes([0x30, 0x82, 0x04, R.choice([0xa3, 0xa4, 0xa5]), 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00]) + \
        bytes(R.getrandbits(8) for _ in range(1180))
    b = base64.b64encode(der).decode()
    return [b[i:i + 64] for i in range(0, len(b), 64)]


def _pem_needle(R):
    return "\n".join(_pem_body(R))


@T("ews_tls_key_pem", "mfp_fleet", "private_key", _pem_needle, "pem", False, neg=False)
def _pk1(R, c, S):
    path = R.choice(["deploy/certs/%s-ews.key" % c.mfp_host, "fleet/certs/%s/ews-identity.pem" % c.site])
    return path, "-----BEGIN RSA PRIVATE KEY-----\n" + S + "\n-----END RSA PRIVATE KEY-----\n"


# --------------------------------------------------------------------------
# negatives, part 1: positive templates with a non-secret in the slot
# --------------------------------------------------------------------------
ENVN = {"smb_password": "SMB_PASSWORD", "ftp_password": "FTP_PASSWORD", "smtp_password": "SMTP_PASSWORD",
        "ldap_bind_password": "LDAP_BIND_PASSWORD", "snmpv3_passphrase": "SNMPV3_AUTH_PASS",
        "admin_password": "MFP_ADMIN_PASSWORD", "admin_pin": "MFP_ADMIN_PIN", "api_token": "API_TOKEN",
        "client_secret": "EPSON_CLIENT_SECRET", "db_password": "DB_PASSWORD", "basic_auth": "BASIC_AUTH",
        "device_uri_credential": "PRINT_SVC_PASSWORD", "private_key": "TLS_KEY"}
PLACE_PW = ["<your-password>", "YOUR_PASSWORD_HERE", "changeme", "CHANGE_ME", "xxxxxxxx", "<password>",
            "REPLACE_ME", "your_password_here", "<smb-password>", "PASSWORD", "TODO_SET_ME", "XXXXXXXXXXXX"]
PLACE_TOK = ["YOUR_API_TOKEN", "<api-token>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "REPLACE_WITH_TOKEN",
             "changeme", "<your-token-here>", "TOKEN_GOES_HERE", "<client-secret>"]
PLACE_PIN = ["<admin-pin>", "XXXXXX", "CHANGE_ME", "<pin>"]
PLACE_B64 = ["<base64(client_id:client_secret)>", "BASE64_CREDENTIALS", "xxxxxxxxxxxxxxxx", "<credentials>"]
MASKS = ["********", "****", "[REDACTED]", "<redacted>", "***REMOVED***", "************", "(hidden)", "*****"]


def neg_value(R, t):
    kind, ctx = t["kind"], t["ctx"]
    E = ENVN[kind]
    e = E.lower()
    cats = ["place", "place", "mask", "empty", "ref", "ref", "ref"]
    if t["docs"]:
        cats += ["docs", "docs"]
    cat = R.choice(cats)
    if cat == "docs":
        v = R.choice(t["docs"])
    elif cat == "empty":
        v = ""
    elif cat == "mask":
        v = R.choice(MASKS)
    elif cat == "place":
        pool = {"api_token": PLACE_TOK, "client_secret": PLACE_TOK, "admin_pin": PLACE_PIN,
                "basic_auth": PLACE_B64}.get(kind, PLACE_PW)
        v = R.choice(pool)
    else:
        refs = {
            "ps": ["$env:%s" % E, "$($secrets.%s)" % e.replace("_", "")],
            "bat": ["%%%s%%" % E],
            "sh": ["${%s}" % E, "$(cat /run/secrets/%s)" % e, "$(op read op://Print-Fleet/%s/password)" % e],
            "ansible": ["{{ vault_%s }}" % e, "{{ lookup('env', '%s') }}" % E],
            "yaml": ["${%s}" % E],
            "url": ["${%s}" % E, "%%%s%%" % E],
            "http": ["{{%s}}" % e],
            "tf": ["${var.%s}" % e],
            "sql": ["$(%s)" % E],
        }.get(ctx, ["${%s}" % E, "op://Print-Fleet/%s/credential" % e, "vault:secret/data/print/%s#value" % e])
        v = R.choice(refs)
    if ctx == "xml":
        v = esc_xml(v)
    return v


# --------------------------------------------------------------------------
# negatives, part 2: domain look-alikes (no credential at all)
# --------------------------------------------------------------------------
NEG = []


def N(name, provider, kind):
    def deco(f):
        NEG.append({"name": name, "provider": provider, "kind": kind, "f": f})
        return f
    return deco


def _fw(R):
    return "%d.%d.%d.%d" % (R.randint(2, 5), R.randint(0, 12), R.randint(0, 9), R.randint(100, 999))


@N("fleet_inventory_csv", "mfp_fleet", "serial_numbers")
def _n1(R, c):
    rows = ["asset_tag,hostname,ip,mac,vendor,model,serial,firmware,location"]
    for _ in range(R.randint(6, 14)):
        v = R.choice(list(MODELS.keys()))
        rows.append("IT-%s-%05d,%s-mfp-%d%s,%s,%s,%s,%s,%s,%s,%s floor %d" % (
            c.site.upper(), R.randint(100, 99999), c.site, R.randint(1, 9), R.choice("abcdew"), ip(R), mac(R),
            v, R.choice(MODELS[v]), serial(R, v), _fw(R), c.site.upper(), R.randint(1, 9)))
    return R.choice(["inventory/printers.csv", "cmdb/export/mfp_assets_%s.csv" % c.site]), L(*rows)


@N("supplies_json", "mfp_fleet", "part_numbers")
def _n2(R, c):
    devs = []
    for _ in range(R.randint(2, 5)):
        v = R.choice(list(TONERS.keys()))
        devs.append({"serial": serial(R, v), "model": R.choice(MODELS[v]), "mac": mac(R),
                     "supplies": [{"color": col, "partNumber": R.choice(TONERS[v]),
                                   "supplySerial": rs(R, UPPER + DIG, 12), "levelPercent": R.randint(0, 100)}
                                  for col in R.sample(["black", "cyan", "magenta", "yellow"], R.randint(1, 4))]})
    return R.choice(["reports/supplies-%s.json" % c.date, "data/toner/%s.json" % c.site]), J({"generated": c.date, "devices": devs})


@N("meter_reads_csv", "mfp_fleet", "page_counts")
def _n3(R, c):
    rows = ["date,serial,model,total_mono,total_color,scans,fax_pages"]
    for _ in range(R.randint(8, 16)):
        v = R.choice(list(MODELS.keys()))
        rows.append("%s,%s,%s,%d,%d,%d,%d" % (c.date, serial(R, v), R.choice(MODELS[v]), R.randint(1000, 900000),
                                              R.randint(0, 400000), R.randint(0, 90000), R.randint(0, 3000)))
    return R.choice(["billing/meter-reads/%s.csv" % c.date[:7], "reports/meters_%s.csv" % c.site]), L(*rows)


@N("papercut_print_log_csv", "papercut", "job_ids")
def _n4(R, c):
    rows = ["PaperCut Print Logger - http://www.papercut.com/",
            "Time,User,Pages,Copies,Printer,Document Name,Client,Paper Size,Language,Height,Width,Duplex,Grayscale,Size"]
    for _ in range(R.randint(8, 15)):
        p = R.choice(PEOPLE)
        rows.append("%s %02d:%02d:%02d,%s.%s,%d,1,%s\\%s-%s,%s-%s.pdf,WS-%s,A4,PCL6,297mm,210mm,%s,%s,%dkb" % (
            c.date, R.randint(7, 19), R.randint(0, 59), R.randint(0, 59), p[0].lower(), p[1].lower(),
            R.randint(1, 40), c.ps, c.site.upper(), c.dept.upper(), R.choice(["Invoice", "Report", "Memo", "Scan"]),
            hexs(R, 8), rs(R, UPPER + DIG, 7), R.choice(["DUPLEX", "NOT DUPLEX"]),
            R.choice(["GRAYSCALE", "NOT GRAYSCALE"]), R.randint(20, 9000)))
    return R.choice(["logs/papercut/papercut-print-log-%s.csv" % c.date, "data/print-logs/%s.csv" % c.site]), L(*rows)


@N("encrypted_export_xml", "mfp_fleet", "encrypted_password_export")
def _n5(R, c):
    return R.choice(["exports/%s/%s-clone.xml" % (c.vendor, c.serial), "fleet/clone/%s.xml" % c.mfp_host]), L(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<DeviceClone model="%s" serial="%s" exported="%s">' % (c.model, c.serial, c.date),
        '  <!-- Passwords are encrypted with the device key and cannot be imported to other models -->',
        '  <ScanToFolder>',
        '    <Server>%s</Server>' % c.fs,
        '    <UserName>%s</UserName>' % c.svc,
        '    <Password encrypted="true" alg="AES-256-CBC">%s</Password>' % b64_of(R, R.choice([32, 48])),
        '  </ScanToFolder>',
        '  <Smtp>',
        '    <Server>%s</Server>' % c.smtp,
        '    <Password encrypted="true" alg="AES-256-CBC">%s</Password>' % b64_of(R, 32),
        '  </Smtp>',
        '</DeviceClone>')


@N("papercut_hash_props", "papercut", "hashed_password")
def _n6(R, c):
    return R.choice(["papercut/server/server.properties", "backup/%s/server.properties" % c.ps]), L(
        "### PaperCut NG - server.properties (restored from backup %s)" % c.date,
        "admin.password=HASH\\:%s" % hexs(R, 32),
        "database.type=Internal",
        "server.port=9191",
        "server.ssl.port=9192",
        "server.ssl.keystore=custom/my-ssl-keystore",
        "server.enable-http-on-port-80=N")


@N("snmp_public_ini", "mfp_fleet", "snmp_community_public")
def _n7(R, c):
    return R.choice(["config/discovery/snmp.ini", "fleet/%s/snmp-discovery.ini" % c.site]), L(
        "[Discovery]",
        "Ranges=10.%d.0.0/16" % R.randint(0, 60),
        "TimeoutMs=1500",
        "",
        "[SNMPv1]",
        "ReadCommunity=public",
        "WriteCommunity=",
        "",
        "[SNMPv3]",
        "Enabled=false",
        "; credentials are entered per device group in the console")


@N("default_pins_md", "mfp_fleet", "default_pins")
def _n8(R, c):
    return R.choice(["docs/printers/factory-defaults.md", "wiki/mfp-onboarding.md"]), L(
        "# MFP onboarding checklist",
        "",
        "Factory defaults you will meet on new or reset devices (change them on day one):",
        "",
        "| Vendor | Admin user | Default PIN/password |",
        "|--------|-----------|----------------------|",
        "| Kyocera | Admin | `Admin` |",
        "| Xerox (older) | admin | `1111` or the serial number |",
        "| Konica Minolta | admin | `12345678` |",
        "| Canon | 7654321 | `7654321` |",
        "| Sharp | admin | `admin` |",
        "| Ricoh | admin | *(blank)* |",
        "",
        "Department code used by the kiosk demo: `1234`; copy-room test user PIN `11111`.",
        "",
        "CUPS syntax reminder: `smb://username:password@workgroup/server/printersharename`.",
        "PaperCut KB example: `admin.password=mypassword`.",
        "",
        "Serial of the reference device: %s (%s)." % (c.serial, c.model))


@N("cert_thumbprint_ps1", "windows_print", "certificate_thumbprint")
def _n9(R, c):
    th = hexs(R, 40).upper()
    return R.choice(["scripts/print-server/Bind-IppsCert.ps1", "deploy/Set-PrintServerTls.ps1"]), L(
        "$thumb = '%s'" % th,
        "$cert = Get-ChildItem -Path Cert:\\LocalMachine\\My\\$thumb",
        "if (-not $cert) { throw \"certificate $thumb not found\" }",
        "netsh http add sslcert ipport=0.0.0.0:443 certhash=$thumb appid='{%s}'" % uuid4(R),
        "Write-Host \"Bound $($cert.Subject) expiring $($cert.NotAfter)\"")


@N("driver_hashes_json", "windows_print", "digests")
def _n10(R, c):
    pk = []
    for d in ["HP Universal Printing PCL 6", "KX DRIVER for Universal Printing", "Xerox Global Print Driver PCL6",
              "Canon Generic Plus PCL6", "RICOH PCL6 UniversalDriver V4.32"]:
        if R.random() < 0.7:
            pk.append({"driver": d, "version": _fw(R), "file": d.split()[0].lower() + "_x64.zip", "sha256": sha256_hex(R)})
    return R.choice(["deploy/drivers/manifest.json", "packages/print-drivers.lock.json"]), J({"packages": pk})


@N("cups_conf_noauth", "cups", "uuids")
def _n11(R, c):
    rows = ["# Printer configuration file for CUPS v2.4.7", "# Written by cupsd", "NextPrinterId 9"]
    for i in range(R.randint(2, 3)):
        q = "%s_%s" % (R.choice(DEPTS).capitalize(), R.choice(["MFP", "Laser"]))
        rows += ["<Printer %s>" % q, "PrinterId %d" % (i + 1), "UUID urn:uuid:%s" % uuid4(R),
                 "Info %s" % c.model, "DeviceURI %s" % R.choice(["ipp://%s/ipp/print" % c.fqdn,
                                                                "socket://%s:9100" % ip(R),
                                                                "ipps://%s:443/ipp/print" % c.fqdn,
                                                                "smb://%s/%s" % (c.ps, q)]),
                 "State Idle", "Accepting Yes", "Shared No", "</Printer>"]
    return R.choice(["etc/cups/printers.conf", "roles/cups/files/printers.conf"]), L(*rows)


@N("lexmark_ucf_plain", "lexmark", "settings")
def _n12(R, c):
    return R.choice(["fleet/lexmark/%s-baseline.ucf" % c.site, "config/lexmark/general.ucf"]), L(
        "# baseline for %s" % R.choice(MODELS["lexmark"]),
        'general.contactName "IT Service Desk"',
        'general.location "%s floor %d"' % (c.site.upper(), c.floor),
        'snmp.community "public"',
        "snmp.v1v2c off",
        "ews.http off",
        "ews.https on",
        'tcpip.hostname "%s"' % c.mfp_host,
        'general.assetTag "%s"' % c.asset)


def _fake_cert(R):
    der = bytes([0x30, 0x82, 0x03, R.choice([0x5d, 0x8f, 0xa1]), 0x30, 0x82, 0x02, 0x45, 0xa0, 0x03, 0x02, 0x01, 0x02]) + \
        bytes(R.getrandbits(8) for _ in range(800))
    b = base64.b64encode(der).decode()
    return [b[i:i + 64] for i in range(0, len(b), 64)]


@N("ews_public_cert_pem", "mfp_fleet", "public_certificate")
def _n13(R, c):
    return R.choice(["deploy/certs/%s-ews.crt" % c.mfp_host, "fleet/certs/ca-chain-%s.pem" % c.site]), \
        "-----BEGIN CERTIFICATE-----\n" + "\n".join(_fake_cert(R)) + "\n-----END CERTIFICATE-----\n"


@N("firmware_manifest_yml", "mfp_fleet", "signatures")
def _n14(R, c):
    return R.choice(["firmware/%s/manifest.yml" % c.vendor, "fleet/firmware/rollout-%s.yml" % c.date[:7]]), L(
        "model: \"%s\"" % c.model,
        "version: \"%s\"" % _fw(R),
        "file: \"%s_fw_%s.bin\"" % (c.vendor, hexs(R, 6)),
        "sha256: \"%s\"" % sha256_hex(R),
        "signature: \"%s\"" % b64_of(R, 64),
        "signing_cert_sha1: \"%s\"" % sha1_hex(R),
        "rollout_ring: %d" % R.randint(1, 3))


@N("snmp_engineid_csv", "net_snmp", "engine_ids")
def _n15(R, c):
    rows = ["host,engine_id,engine_boots,user"]
    for _ in range(R.randint(4, 9)):
        rows.append("%s-mfp-%d%s,0x80000%s,%d,mon-%s" % (c.site, R.randint(1, 9), R.choice("abcd"), hexs(R, 22),
                                                        R.randint(1, 300), c.site))
    return R.choice(["monitoring/snmp/engine-ids.csv", "data/snmpv3-engines.csv"]), L(*rows)


@N("scan_job_log", "mfp_fleet", "job_ids")
def _n16(R, c):
    rows = []
    for _ in range(R.randint(6, 12)):
        rows.append("%s %02d:%02d:%02d INFO scan-router job=%s device=%s pages=%d doc=%s sha256=%s -> \\\\%s\\%s" % (
            c.date, R.randint(7, 19), R.randint(0, 59), R.randint(0, 59), uuid4(R), c.serial, R.randint(1, 60),
            hexs(R, 12), sha256_hex(R)[:16], c.fs, c.share))
    return R.choice(["logs/scan-router.log", "var/log/scan-router/%s.log" % c.date]), L(*rows)


@N("naps2_profiles_xml", "naps2", "device_ids")
def _n17(R, c):
    return R.choice(["deploy/naps2/profiles.xml", "config/naps2/profiles.xml"]), L(
        '<?xml version="1.0" encoding="utf-8"?>',
        '<ArrayOfScanProfile>',
        '  <ScanProfile>',
        '    <Device><ID>{6BDD1FC6-810F-11D0-BEC7-08002BE2092F}\\%04d</ID><Name>%s</Name></Device>' % (
            R.randint(0, 12), R.choice(["fi-8170", "ScanSnap iX1600", "DS-790WN", "ADS-4900W"])),
        '    <DriverName>wia</DriverName>',
        '    <DisplayName>%s duplex 300</DisplayName>' % c.dept.capitalize(),
        '    <IsDefault>true</IsDefault>',
        '    <Resolution>Dpi300</Resolution>',
        '    <PaperSource>Duplex</PaperSource>',
        '  </ScanProfile>',
        '</ArrayOfScanProfile>')


@N("addprinter_noauth_ps1", "windows_print", "port_names")
def _n18(R, c):
    rows = ["$server = '%s'" % c.ps]
    for _ in range(R.randint(2, 5)):
        a = ip(R)
        q = "%s-%s-%s" % (c.site.upper(), R.choice(DEPTS).upper(), rs(R, DIG, 2))
        rows.append("Add-PrinterPort -ComputerName $server -Name 'IP_%s' -PrinterHostAddress '%s'" % (a, a))
        rows.append("Add-Printer -ComputerName $server -Name '%s' -DriverName 'HP Universal Printing PCL 6' -PortName 'IP_%s' -Shared" % (q, a))
    return R.choice(["scripts/print-server/New-Queues.ps1", "deploy/%s/queues.ps1" % c.site]), L(*rows)


@N("ansible_inventory_macs", "mfp_fleet", "mac_addresses")
def _n19(R, c):
    rows = ["[mfp_%s]" % c.site]
    for _ in range(R.randint(4, 9)):
        v = R.choice(list(MODELS.keys()))
        rows.append("%s-mfp-%d%s ansible_host=%s mac=%s serial=%s vendor=%s" % (
            c.site, R.randint(1, 9), R.choice("abcdew"), ip(R), mac(R), serial(R, v), v))
    return R.choice(["inventory/hosts.ini", "ansible/inventory/%s.ini" % c.site]), L(*rows)


@N("uniflow_device_json", "uniflow", "guids")
def _n20(R, c):
    return R.choice(["config/uniflow/devices.json", "data/uniflow-export.json"]), J({
        "tenantId": uuid4(R),
        "devices": [{"id": uuid4(R), "name": "%s-mfp-%d" % (c.site, i), "serial": serial(R, "canon"),
                     "registrationCode": rs(R, UPPER + DIG, 8)} for i in range(R.randint(2, 5))]})


@N("wja_device_list_csv", "hp", "uuids")
def _n21(R, c):
    rows = ["Device UUID,Model,Serial Number,Firmware Datecode,IP Address,Hardware Address"]
    for _ in range(R.randint(5, 10)):
        rows.append("%s,%s,%s,%s,%s,%s" % (uuid4(R), R.choice(MODELS["hp"]), serial(R, "hp"),
                                           "2%04d%02d" % (R.randint(2300, 2512), R.randint(1, 28)), ip(R),
                                           mac(R, "")))
    return R.choice(["exports/wja/devices.csv", "reports/hp-fleet-%s.csv" % c.site]), L(*rows)


@N("meter_email_md", "mfp_fleet", "page_counts")
def _n22(R, c):
    return R.choice(["reports/monthly/%s.md" % c.date[:7], "docs/reports/meters-%s.md" % c.site]), L(
        "# Monthly meter report %s" % c.date[:7],
        "",
        "| Device | Serial | Mono | Colour |",
        "|--------|--------|------|--------|",
        *["| %s | %s | %d | %d |" % (c.mfp_host, serial(R, c.vendor), R.randint(1000, 90000), R.randint(0, 40000))
          for _ in range(R.randint(3, 6))])


@N("smb_auth_fail_log", "mfp_fleet", "log_lines")
def _n23(R, c):
    rows = []
    for _ in range(R.randint(5, 10)):
        rows.append("[%s %s.%06d, 3] ../../source3/auth/auth.c:%d(auth_check_ntlm_password)" % (
            c.date.replace("-", "/"), c.time, R.randint(0, 999999), R.randint(200, 400)))
        rows.append("  check_ntlm_password:  Authentication for user [%s] -> [%s] FAILED with error "
                    "NT_STATUS_WRONG_PASSWORD, authoritative=1 (client %s)" % (c.svc, c.svc, ip(R)))
    return R.choice(["logs/samba/log.%s" % c.mfp_host, "var/log/samba/scan-share.log"]), L(*rows)


@N("thumbnail_json", "mfp_fleet", "encoded_data")
def _n24(R, c):
    return R.choice(["fixtures/scan_preview.json", "tests/fixtures/job-%s.json" % hexs(R, 6)]), J({
        "jobId": uuid4(R), "device": c.serial, "pages": R.randint(1, 9),
        "thumbnail": "data:image/png;base64," + b64_of(R, R.randint(150, 300))})


@N("audit_log_csv", "xerox", "hashed_ids")
def _n25(R, c):
    rows = ["Entry,Date,Time,Event ID,Description,UserHash,Device Serial"]
    for i in range(R.randint(6, 12)):
        rows.append("%d,%s,%02d:%02d,%d,%s,%s,%s" % (i + 1, c.date, R.randint(0, 23), R.randint(0, 59),
                                                    R.choice([1, 3, 5, 20, 36]),
                                                    R.choice(["Network scan", "Login", "Copy job", "Email job"]),
                                                    sha1_hex(R), c.serial))
    return R.choice(["audit/xerox/%s-auditlog.csv" % c.serial, "exports/xerox/audit_%s.csv" % c.date]), L(*rows)


@N("papercut_sql_printers", "papercut", "device_ids")
def _n26(R, c):
    rows = ["-- seed data for the reporting replica"]
    for i in range(R.randint(3, 6)):
        rows.append("INSERT INTO tbl_printer (printer_id, server_name, printer_name, serial_number, mac_address) "
                    "VALUES (%d, '%s', '%s-mfp-%d', '%s', '%s');" % (R.randint(1000, 99999), c.ps, c.site, i,
                                                                     serial(R, c.vendor), mac(R)))
    return R.choice(["db/seed/printers.sql", "reporting/seed_%s.sql" % c.site]), L(*rows)


@N("sharp_snmp_xml", "sharp", "snmp_community_public")
def _n27(R, c):
    return R.choice(["exports/sharp/%s/snmp.xml" % c.serial, "fleet/sharp/snmp.xml"]), L(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<Category name="Network/SNMP">',
        '  <Item name="SNMPv1Enable" value="Enable"/>',
        '  <Item name="GetCommunity" value="public"/>',
        '  <Item name="SetCommunity" value=""/>',
        '  <Item name="TrapDestination" value="%s"/>' % ip(R),
        '  <Item name="DeviceSerial" value="%s"/>' % c.serial,
        '</Category>')


@N("ldap_anon_conf", "mfp_fleet", "encoded_ids")
def _n28(R, c):
    return R.choice(["config/ldap/addressbook.conf", "fleet/ldap-%s.conf" % c.site]), L(
        "# read-only anonymous bind is allowed for the address book OU",
        "uri ldaps://%s" % c.ldap,
        "base OU=Staff,%s" % c.base_dn,
        "binddn",
        "# objectGUID of the OU, for change tracking",
        "ou_guid %s" % base64.b64encode(bytes(R.getrandbits(8) for _ in range(16))).decode(),
        "ou_usn %d" % R.randint(100000, 9999999))


@N("badge_cards_csv", "papercut", "card_numbers")
def _n29(R, c):
    rows = ["username,card_number,card_number_hex,issued"]
    for _ in range(R.randint(6, 12)):
        p = R.choice(PEOPLE)
        n = R.randint(10 ** 9, 4 * 10 ** 9)
        rows.append("%s.%s,%d,%08X,%s" % (p[0].lower(), p[1].lower(), n, n, c.date))
    return R.choice(["data/papercut/card-import.csv", "imports/badges_%s.csv" % c.site]), L(*rows)


@N("changelog_md", "mfp_fleet", "commit_ids")
def _n30(R, c):
    rows = ["# Changelog - printer automation", ""]
    for _ in range(R.randint(4, 8)):
        rows.append("- %s %s (%s)" % (sha1_hex(R)[:R.choice([7, 40])],
                                      R.choice(["add %s queues" % c.site, "bump driver hashes", "rotate EWS certs",
                                                "fix SNMP timeout", "new toner part numbers"]), c.date))
    return R.choice(["CHANGELOG.md", "docs/CHANGES.md"]), L(*rows)


@N("compose_digest_yml", "cups", "digests")
def _n31(R, c):
    return R.choice(["docker/cups/docker-compose.yml", "deploy/print-gw/compose.yml"]), L(
        "services:",
        "  cups:",
        "    image: docker.io/olbat/cupsd@sha256:%s" % sha256_hex(R),
        "    ports: [\"631:631\"]",
        "    volumes: [\"./printers.conf:/etc/cups/printers.conf:ro\"]",
        "  exporter:",
        "    image: ghcr.io/example/ipp-exporter@sha256:%s" % sha256_hex(R))


@N("ipptool_output_txt", "cups", "printer_uuid")
def _n32(R, c):
    return R.choice(["docs/ipp/%s-attributes.txt" % c.mfp_host, "diagnostics/ipptool-%s.txt" % c.serial]), L(
        "printer-name (nameWithoutLanguage) = %s" % c.mfp_host,
        "printer-uuid (uri) = urn:uuid:%s" % uuid4(R),
        "printer-device-id (textWithoutLanguage) = MFG:%s;CMD:PCL,PDF,URF;MDL:%s;SN:%s;" % (
            c.vendor.upper(), c.model, c.serial),
        "printer-firmware-string-version (textWithoutLanguage) = %s" % _fw(R),
        "marker-names (1setOf nameWithoutLanguage) = %s" % R.choice(TONERS[c.vendor]),
        "printer-impressions-completed (integer) = %d" % R.randint(1000, 999999))


@N("papercut_device_props_plain", "papercut", "device_ids")
def _n33(R, c):
    return R.choice(["papercut/server/data/devices/%s/device.properties" % c.serial.lower(), "deploy/papercut/devices/%s.properties" % c.site]), L(
        "ext-device.name=%s" % c.mfp_host,
        "ext-device.id=%d" % R.randint(1000000, 9999999),
        "ext-device.serial=%s" % c.serial,
        "ext-device.mac=%s" % c.mac,
        "ext-device.card-reader.type=USB",
        "ext-device.device-admin-password=",
        "ext-device.auth.methods=card")


@N("epson_public_json", "epson_connect", "public_ids")
def _n34(R, c):
    return R.choice(["config/epson.json", "kiosk/epson-settings.json"]), J({
        "printerEmail": epson_email(R),
        "clientId": hexs(R, 32),
        "clientSecretEnv": "EPSON_CLIENT_SECRET",
        "paperSize": "ms_a4"})


@N("kyocera_abook_empty_xml", "kyocera", "address_book")
def _n35(R, c):
    rows = ['<?xml version="1.0" encoding="utf-8"?>', '<DeviceAddressBook_v5_2>']
    for i in range(R.randint(3, 6)):
        p = R.choice(PEOPLE)
        rows.append(_kyo_item(R, i + 1, "%s %s" % p, ("%s.%s@%s" % (p[0], p[1], c.domain)).lower(),
                              SmbHostName=c.fs, SmbPath="Users\\%s" % p[0].lower(), SmbLoginName=""))
    rows.append("</DeviceAddressBook_v5_2>")
    return R.choice(["exports/kyocera/%s/AddressBook.xml" % c.serial, "fleet/kyocera/abook.xml"]), L(*rows)


@N("hp_ews_pjl_jobs_json", "hp", "job_ids")
def _n36(R, c):
    return R.choice(["reports/hp-job-log.json", "data/jobs/%s.json" % c.mfp_host]), J({
        "device": {"serial": c.serial, "uuid": uuid4(R)},
        "jobs": [{"jobId": R.randint(10000, 99999), "jobUuid": uuid4(R), "pages": R.randint(1, 50),
                  "docHash": sha256_hex(R)} for _ in range(R.randint(2, 5))]})


# --------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------
NOEXT = {"sasl_passwd": "conf", "dockerfile": "dockerfile", "changelog": "md"}


def filetype(rel):
    base = rel.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base.startswith("log.") or "." not in base:
        return NOEXT.get(base.lower(), "log" if base.startswith("log.") else "txt")
    return base.rsplit(".", 1)[-1].lower()


def neg_path(rel):
    d, _, base = rel.rpartition("/")
    if base.startswith(".env") and base not in (".env.example", ".env.sample", ".env.template"):
        base = ".env.example"
    return (d + "/" + base) if d else base


def write(outdir, rel, text):
    full = os.path.join(outdir, *rel.split("/"))
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def ctx_for(R, provider):
    c = Ctx(R)
    if provider in MODELS:
        c.vendor = provider
        c.model = R.choice(MODELS[provider])
        c.serial = serial(R, provider)
    return c


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_jw.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    R = random.Random(seed)
    manifest, secrets = [], []
    n_pos = n_neg = 500

    order = [i % len(POS) for i in range(n_pos)]
    R.shuffle(order)
    for k, ti in enumerate(order):
        t = POS[ti]
        for _attempt in range(100):
            c = ctx_for(R, t["provider"])
            S = t["gen"](R)
            rel, text = t["f"](R, c, S)
            needle = S.split("\n")[0] if t["kind"] == "private_key" else S
            if text.count(needle) == 1:
                break
        else:
            raise AssertionError("could not place a unique needle for %s" % t["name"])
        lines = text.split("\n")
        lineno = text[:text.index(needle)].count("\n") + 1
        assert needle in lines[lineno - 1], (t["name"], needle)
        assert "\n" not in needle and needle.strip() == needle and len(needle) >= 6
        fname = "pos/p%04d/%s" % (k, rel)
        write(outdir, fname, text)
        manifest.append({"file": fname, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(rel), "template": t["name"], "conventional_name": t["conv"]})
        secrets.append({"file": fname, "needle": needle, "line": lineno})

    reusable = [t for t in POS if t["neg"]]
    jobs = [("reuse", reusable[i % len(reusable)]) for i in range(n_neg // 2)] + \
           [("alike", NEG[i % len(NEG)]) for i in range(n_neg - n_neg // 2)]
    R.shuffle(jobs)
    for k, (mode, t) in enumerate(jobs):
        c = ctx_for(R, t["provider"])
        if mode == "reuse":
            v = neg_value(R, t)
            rel, text = t["f"](R, c, v)
            kind = "placeholder_" + t["kind"]
            name = t["name"] + "#neg"
        else:
            rel, text = t["f"](R, c)
            kind = t["kind"]
            name = t["name"]
        rel = neg_path(rel)
        fname = "neg/n%04d/%s" % (k, rel)
        write(outdir, fname, text)
        manifest.append({"file": fname, "label": "neg", "provider": t["provider"], "kind": kind,
                         "filetype": filetype(rel), "template": name})

    # self-checks on what was written
    for s in secrets:
        with open(os.path.join(outdir, *s["file"].split("/")), encoding="utf-8") as fh:
            got = fh.read().split("\n")
        assert s["needle"] in got[s["line"] - 1], s["file"]
        assert all(s["needle"] not in x for x in got[:s["line"] - 1]), s["file"]
    for m in manifest:
        base = m["file"].rsplit("/", 1)[-1]
        if m["label"] == "neg":
            assert not (base.startswith(".env") and base not in (".env.example", ".env.sample", ".env.template"))
    n_env = sum(1 for m in manifest if m["label"] == "pos" and m["filetype"] == "env")
    assert n_env * 20 <= n_pos, n_env

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
