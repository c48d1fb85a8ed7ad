#!/usr/bin/env python3
"""Blind evaluation-set generator "o" for a git pre-commit secret scanner.

EMPHASIS: enterprise, Windows and legacy estates -- credentials in the files that
corporate IT and line-of-business developers actually commit (web.config,
unattend.xml, GPP Groups.xml, PowerShell, batch, VBScript, .reg, .rdp, WinSCP /
FileZilla / mRemoteNG exports, Oracle/ODBC/SAP/WebSphere/Tomcat/JBoss/WebLogic
configs, LDAP/SSSD/Samba, Cisco configs, Jenkins job XML, Ansible for Windows,
Task Scheduler XML, Azure DevOps / Azure Storage / Azure AD secrets ...).

USAGE
    python3 gen_o.py OUTDIR SEED

Writes
    OUTDIR/pos/pNNNN/<realistic relative path>   500 files, exactly one credential each
    OUTDIR/neg/nNNNN/<realistic relative path>   500 files, one innocent look-alike each
    OUTDIR/manifest.jsonl   {"file","label","provider","kind","filetype"}
    OUTDIR/secrets.jsonl    {"file","needle","line"}  (positives only)
Deterministic per seed: only random.Random(SEED) is used.

NEEDLE CONVENTIONS
  * needle = the secret substring exactly as written in the file (after any XML
    escaping the file format needs -- we avoid characters needing escapes).
  * For a connection string / URL the needle is only the password value, not the
    whole string.  For user:password pairs (URL userinfo, curl -u) the needle is the
    password only.
  * For reversible encodings / obfuscations (base64 unattend / FileZilla, WinSCP
    obfuscation, GPP cpassword, WebSphere {xor}, Cisco type 7, mRemoteNG legacy)
    the needle is the encoded token as written (without the "{xor}" prefix).
  * line = 1-based line where the needle starts (needle never spans lines).

DECISIONS (encoded-but-not-encrypted == POSITIVE, real crypto with a key that is
not in the file == NEGATIVE)
  * unattend.xml <PlainText>false</PlainText>: base64(UTF-16LE(pw + "Password"
    or "AdministratorPassword")) -- encoding, not encryption -> POSITIVE.
  * GPP Groups.xml cpassword: AES-256-CBC with the key Microsoft published in
    MS-GPPREF -> trivially reversible -> POSITIVE (computed with a pure-python AES).
  * WebSphere/Liberty {xor}: XOR with '_' then base64 -> POSITIVE.
    Liberty {aes}/{hash} values -> NEGATIVE.
  * Cisco "password 7"/"key 7" type-7 -> reversible (Vigenere-like) -> POSITIVE.
    "secret 5 $1$..." (md5-crypt), "secret 8/9" -> hash -> NEGATIVE.
  * WinSCP.ini Password= (simple obfuscation keyed by user+host) -> POSITIVE.
  * FileZilla <Pass encoding="base64"> -> POSITIVE.
  * mRemoteNG confCons.xml legacy (AES-128-CBC, key=MD5("mR3m"), default master
    password) -> POSITIVE.
  * .rdp "password 51:b:<hex>" is a DPAPI blob (needs the user's key) -> NEGATIVE.
  * Jenkins "{AQAAABAAAA...}" secrets (instance master key) -> NEGATIVE.
  * Jasypt ENC(...), .NET <EncryptedData>, DPAPI/SecureString hex -> NEGATIVE.
  * SNMP community strings that are not "public"/"private" and look random or
    human-chosen -> POSITIVE; "public"/"private" and ${vars} -> NEGATIVE.

  * sssd "obfuscated_password" (sss_obfuscate) carries its own key -> would be
    POSITIVE; we do not generate it.  SSSD negatives use GSSAPI/keytab or templates.
  * Published KMS client setup keys (GVLK) in unattend <ProductKey> -> NEGATIVE.
  * Hashes (md5-crypt, Cisco type 9, SQL 0x0200 HASHED, PBKDF2 digests in
    tomcat-users.xml), GUIDs, SIDs, thumbprints, product ids -> NEGATIVE.

DOUBTS
  * Azure DevOps PAT: legacy format is 52 chars of lowercase RFC-4648 base32
    [a-z2-7] (~80% of ADO PATs here).  The 2024 format is 84 chars with a fixed
    "AZDO" signature at offsets 76-79 (Microsoft Purview SIT page); I also put
    the common-annotated-key marker "JQQJ99" at offset 52, but the meaning of
    the remaining 18+4 chars (and any checksum) is NOT known to me -- they are
    random [A-Za-z0-9].  A scanner validating that checksum would reject them.
  * Azure AD (Entra) client secrets: 40 chars, the 4th-6th chars "8Q~" (or "7Q~")
    in current secrets; alphabet [A-Za-z0-9_.~-].  The exact structure of the
    first three chars is not documented.
  * Azure Storage AccountKey: 64 random bytes base64 (88 chars ending "==").
  * WinSCP obfuscation: reproduced from memory of the WinSCP source (flag 0xFF,
    magic 0xA3, key = user+host); may differ in details but is hex of that length.
  * mRemoteNG: newer versions use AES-GCM + PBKDF2; we emit the legacy CBC form.
  * FileZilla encoding="crypt" (master-password) element shape is approximate.
  * Juniper "$9$" secrets are reversible but not generated (encoder not known
    well enough); Juniper is not covered.
  * Cisco type 7 uses the well-known 53-char translation table; seed 0..15.
  * IIS "[enc:IISCngProvider:...:enc]" blob sizes are approximate.
  * The DPAPI blob header 01000000d08c9ddf0115d1118c7a00c04fc297eb is real; the
    rest of the blob is random bytes (not a structurally valid DPAPI blob).
  * Azure App Service publishing password: 60 chars [A-Za-z0-9] (from memory).
  * Human-chosen passwords are built from names/words/years/symbols; a scanner
    with an entropy-only view may rightly struggle with them -- intended.
"""
import base64
import hashlib
import json
import os
import random
import string
import sys

N_POS = 500
N_NEG = 500

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = LOWER + UPPER + DIG
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B32L = "abcdefghijklmnopqrstuvwxyz234567"


def has_sequence(s):
    """Reject runs like abcd / 1234 / dcba / xxxx (case-insensitive)."""
    t = s.lower()
    for i in range(len(t) - 3):
        a, b, c, d = (ord(ch) for ch in t[i:i + 4])
        if a == b == c == d:
            return True
        if b - a == 1 and c - b == 1 and d - c == 1:
            return True
        if a - b == 1 and b - c == 1 and c - d == 1:
            return True
    for bad in ("password", "passw0rd", "changeme", "secret", "qwerty", "letmein", "admin"):
        if bad in t:
            return True
    return False


# ----------------------------------------------------------------------------
# random helpers
# ----------------------------------------------------------------------------
FIRST = ["Marek", "Anna", "Joost", "Priya", "Tomasz", "Helga", "Rafael", "Ines", "Kwame",
         "Sven", "Olga", "Dmitri", "Carla", "Niamh", "Hiroshi", "Fatima", "Lukas", "Maren",
         "Pieter", "Zofia", "Ahmed", "Bjorn", "Chloe", "Diego", "Elif", "Gareth", "Ilse",
         "Jurgen", "Kasia", "Lars", "Mirela", "Nuno", "Oskar", "Petra", "Rasmus", "Sanne"]
LAST = ["Kowalski", "Jansen", "Schmidt", "Novak", "Bauer", "Moreau", "Silva", "Lindqvist",
        "Okafor", "Brennan", "Tanaka", "Haddad", "Vogel", "Horvat", "Dumont", "Keller"]
WORDS = ["winter", "summer", "autumn", "spring", "falcon", "harbor", "tiger", "maple",
         "copper", "river", "granite", "orchid", "thunder", "velvet", "dolphin", "lantern",
         "meadow", "cobalt", "saturn", "pepper", "willow", "raven", "ember", "glacier",
         "mustang", "bishop", "canyon", "juniper", "sparrow", "hazel", "nordic", "zebra"]
SEASONS = ["Spring", "Summer", "Autumn", "Fall", "Winter"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
COMPANIES = ["Contoso", "Fabrikam", "Northwind", "Tailspin", "Adatum", "Litware", "Woodgrove",
             "Proseware", "Wingtip", "Lucerne", "Fourth", "Margie", "Relecloud", "Alpine"]
DOMAINS = ["CONTOSO", "FABRIKAM", "NWTRADERS", "CORP", "ADATUM", "EMEA", "WOODGROVE", "HQ"]
DNS = ["contoso.local", "fabrikam.com", "corp.northwind.net", "adatum.lan", "woodgrove.int",
       "emea.litware.com", "tailspin.local", "ad.proseware.org"]
APPS = ["Billing", "Payroll", "CRM", "Intranet", "HRPortal", "Inventory", "Warehouse",
        "Claims", "Ordering", "Reporting", "DocArchive", "Timesheet", "Procurement", "Helpdesk"]

VAGUE = ["v", "val", "x", "data", "s1", "p", "arg2", "tmp", "value", "str", "cfg", "opt",
         "item", "k", "blob", "param1", "init", "seed", "ref", "q", "z", "b", "hdr", "raw",
         "token0", "entry", "a2", "field3", "s", "conf", "m", "w"]


class G:
    def __init__(self, rng):
        self.r = rng
        self.new_file()

    def choice(self, seq):
        return self.r.choice(seq)

    def rint(self, a, b):
        return self.r.randint(a, b)

    def chance(self, p):
        return self.r.random() < p

    def rand(self, alphabet, n, check=True):
        while True:
            s = "".join(self.r.choice(alphabet) for _ in range(n))
            if not check or not has_sequence(s):
                return s

    def hexs(self, n, upper=False):
        return self.rand(HEXU if upper else HEXL, n)

    def b64bytes(self, n):
        while True:
            s = base64.b64encode(bytes(self.r.getrandbits(8) for _ in range(n))).decode()
            if not has_sequence(s):
                return s

    def guid(self, upper=False):
        h = self.hexs(32, upper)
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def machine_pw(self, n=None, symbols="!#*+-.=?@_~"):
        """Random generated service-account password with all classes present."""
        n = n or self.rint(14, 24)
        alpha = ALNUM + symbols
        while True:
            s = self.rand(alpha, n)
            if (any(c in LOWER for c in s) and any(c in UPPER for c in s)
                    and any(c in DIG for c in s) and (not symbols or any(c in symbols for c in s))):
                return s

    def human_pw(self, symbols="!#*.@_-+"):
        r = self.r
        sym = r.choice(symbols) if symbols else ""
        yr = str(r.randint(1961, 2025))
        k = r.randint(0, 7)
        if k == 0:
            s = "%s%s%s%s" % (r.choice(FIRST), r.choice(".") if "." in symbols else "", yr, r.choice(WORDS))
        elif k == 1:
            s = "%s%s%s" % (r.choice(SEASONS), yr, sym)
        elif k == 2:
            w = r.choice(WORDS).capitalize()
            leet = w.replace("o", "0").replace("a", "4").replace("e", "3")
            s = "%s%s%d" % (leet, sym, r.randint(1, 99))
        elif k == 3:
            s = "%s%s%s%s" % (r.choice(COMPANIES), sym, r.choice(MONTHS), yr[2:])
        elif k == 4:
            s = "%s%s%s%d" % (r.choice(WORDS), r.choice(WORDS).capitalize(), sym, r.randint(10, 999))
        elif k == 5:
            s = "%s%s%s" % (r.choice(LAST), yr[2:], sym * r.randint(1, 2))
        elif k == 6:
            s = "%s%s%s%s" % (r.choice(WORDS).capitalize(), r.randint(2, 9), sym, r.choice(WORDS))
        else:
            s = "%s%s%s%s" % (r.choice(MONTHS), r.choice(COMPANIES).lower(), yr, sym)
        if has_sequence(s) or len(s) < 8:
            return self.human_pw(symbols)
        return s

    def pw(self, symbols="!#*+-.=?@_~", hsymbols="!#*.@_-+"):
        """Either a human-chosen or a generated password."""
        if self.chance(0.45):
            return self.human_pw(hsymbols)
        return self.machine_pw(symbols=symbols)

    def var(self, descriptive):
        """Descriptive name ~2/3 of the time, vague name ~1/3."""
        if self.chance(0.34):
            return self.choice(VAGUE)
        return self.choice(descriptive)

    def user(self):
        return self.choice(["svc_", "svc-", "sa_", "app_", "srv", ""]) + self.choice(
            ["sql", "web", "batch", "report", "backup", "etl", "sched", "iis", "ftp", "deploy",
             "print", "scan", "sap", "sync", "mon"]) + self.choice(["", "01", "prd", "_ro", "user", "02"])

    def host(self):
        return "%s%s%02d" % (self.choice(["SRV", "SQL", "APP", "WEB", "DC", "FS", "ORA", "ERP", "PRN"]),
                             self.choice(["-PRD-", "-UAT-", "-DEV-", "", "-"]), self.rint(1, 40))

    def fqdn(self):
        return self.host().lower() + "." + self.choice(DNS)

    def new_file(self):
        """Per-file context so that one file talks about one app / company / domain."""
        self.cur_app = self.choice(APPS)
        self.cur_company = self.choice(COMPANIES)
        self.cur_domain = self.choice(DOMAINS)

    def app(self):
        return self.cur_app

    def company(self):
        return self.cur_company

    def domain(self):
        return self.cur_domain

    def person(self):
        return "%s %s" % (self.choice(FIRST), self.choice(LAST))

    def date(self):
        return "%04d-%02d-%02d" % (self.rint(2012, 2024), self.rint(1, 12), self.rint(1, 28))

    def ip(self):
        return "10.%d.%d.%d" % (self.rint(0, 254), self.rint(0, 254), self.rint(2, 250))



# ----------------------------------------------------------------------------
# small pure-python crypto / obfuscation helpers (stdlib only)
# ----------------------------------------------------------------------------
def _xtime(a):
    a <<= 1
    return (a ^ 0x11B) if a & 0x100 else a


def _gmul(a, b):
    r = 0
    while b:
        if b & 1:
            r ^= a
        a = _xtime(a)
        b >>= 1
    return r


def _make_sbox():
    exp, log = [0] * 512, [0] * 256
    x = 1
    for i in range(255):
        exp[i] = x
        log[x] = i
        x = _gmul(x, 3)
    for i in range(255, 512):
        exp[i] = exp[i - 255]
    sb = []
    for v in range(256):
        inv = 0 if v == 0 else exp[255 - log[v]]
        s = inv
        for k in range(1, 5):
            s ^= ((inv << k) | (inv >> (8 - k))) & 0xFF
        sb.append(s ^ 0x63)
    return sb


SBOX = _make_sbox()


def aes_expand(key):
    nk = len(key) // 4
    nr = nk + 6
    w = [list(key[4 * i:4 * i + 4]) for i in range(nk)]
    rcon = 1
    for i in range(nk, 4 * (nr + 1)):
        t = list(w[i - 1])
        if i % nk == 0:
            t = [SBOX[b] for b in t[1:] + t[:1]]
            t[0] ^= rcon
            rcon = _xtime(rcon)
        elif nk > 6 and i % nk == 4:
            t = [SBOX[b] for b in t]
        w.append([a ^ b for a, b in zip(w[i - nk], t)])
    return [sum(w[4 * r:4 * r + 4], []) for r in range(nr + 1)]


def aes_block(rk, block):
    s = [b ^ k for b, k in zip(block, rk[0])]
    nr = len(rk) - 1
    for rnd in range(1, nr + 1):
        s = [SBOX[b] for b in s]
        s = [s[(i % 4) + 4 * (((i // 4) + (i % 4)) % 4)] for i in range(16)]
        if rnd != nr:
            m = []
            for c in range(4):
                a0, a1, a2, a3 = s[4 * c:4 * c + 4]
                m += [_gmul(a0, 2) ^ _gmul(a1, 3) ^ a2 ^ a3,
                      a0 ^ _gmul(a1, 2) ^ _gmul(a2, 3) ^ a3,
                      a0 ^ a1 ^ _gmul(a2, 2) ^ _gmul(a3, 3),
                      _gmul(a0, 3) ^ a1 ^ a2 ^ _gmul(a3, 2)]
            s = m
        s = [b ^ k for b, k in zip(s, rk[rnd])]
    return bytes(s)


def aes_cbc_encrypt(key, iv, data):
    pad = 16 - len(data) % 16
    data = data + bytes([pad]) * pad
    rk = aes_expand(key)
    out, prev = b"", iv
    for i in range(0, len(data), 16):
        blk = bytes(a ^ b for a, b in zip(data[i:i + 16], prev))
        prev = aes_block(rk, blk)
        out += prev
    return out


GPP_KEY = bytes.fromhex("4e9906e8fcb66cc9faf49310620ffee8f496e806cc057990209b09a433b66c1b")


def gpp_cpassword(pw):
    ct = aes_cbc_encrypt(GPP_KEY, bytes(16), pw.encode("utf-16-le"))
    return base64.b64encode(ct).decode().rstrip("=")


def mremoteng_legacy(pw, rng):
    key = hashlib.md5(b"mR3m").digest()
    iv = bytes(rng.getrandbits(8) for _ in range(16))
    return base64.b64encode(iv + aes_cbc_encrypt(key, iv, pw.encode("utf-8"))).decode()


def unattend_b64(pw, suffix):
    return base64.b64encode((pw + suffix).encode("utf-16-le")).decode()


CISCO_XLAT = "dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87"


def cisco_type7(pw, rng):
    seed = rng.randint(0, 15)
    out = "%02d" % seed
    for i, ch in enumerate(pw):
        out += "%02X" % (ord(ch) ^ ord(CISCO_XLAT[(seed + i) % len(CISCO_XLAT)]))
    return out


def websphere_xor(pw):
    return base64.b64encode(bytes(b ^ 0x5F for b in pw.encode())).decode()


def winscp_obfuscate(pw, user, host, rng):
    def enc(b):
        b = (~b ^ 0xA3) & 0xFF
        return HEXU[b >> 4] + HEXU[b & 0x0F]
    data = (user + host + pw).encode()
    shift = rng.randint(0, 50 - len(data) - 1) if len(data) < 50 else 0
    out = enc(0xFF) + enc(0x00) + enc(len(data)) + enc(shift)
    out += "".join(enc(rng.getrandbits(8)) for _ in range(shift))
    out += "".join(enc(b) for b in data)
    while len(out) < 100:
        out += enc(rng.getrandbits(8))
    return out


def md5crypt_like(g):
    salt = g.rand("./" + ALNUM, 4)
    return "$1$%s$%s" % (salt, g.rand("./" + ALNUM, 22))


def _selftest_aes():
    rk = aes_expand(bytes(range(16)))
    assert aes_block(rk, bytes.fromhex("00112233445566778899aabbccddeeff")).hex() == "69c4e0d86a7b0430d8cdb78070b4c55a"
    rk = aes_expand(bytes(range(32)))
    assert aes_block(rk, bytes.fromhex("00112233445566778899aabbccddeeff")).hex() == "8ea2b7ca516745bfeafc49904b496089"


# ----------------------------------------------------------------------------
# registry
# ----------------------------------------------------------------------------
POS = []   # (weight, fn)
NEG = []


def pos(weight=1.0):
    def deco(fn):
        POS.append((weight, fn))
        return fn
    return deco


def neg(weight=1.0):
    def deco(fn):
        NEG.append((weight, fn))
        return fn
    return deco


def R(path, text, provider, kind, filetype, needle=None):
    return {"path": path, "text": text, "provider": provider, "kind": kind,
            "filetype": filetype, "needle": needle}


# ============================================================================
# .NET configuration
# ============================================================================
def webconfig_wrap(g, inner, extra_appsettings=""):
    return """<?xml version="1.0" encoding="utf-8"?>
<!--
  For more information on how to configure your ASP.NET application, please visit
  https://go.microsoft.com/fwlink/?LinkId=169433
  -->
<configuration>
  <configSections>
    <section name="entityFramework" type="System.Data.Entity.Internal.ConfigFile.EntityFrameworkSection, EntityFramework, Version=6.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089" requirePermission="false" />
  </configSections>
%s  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="ClientValidationEnabled" value="true" />
    <add key="UnobtrusiveJavaScriptEnabled" value="true" />
%s  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.7.2" />
    <httpRuntime targetFramework="4.7.2" maxRequestLength="20480" />
    <authentication mode="Windows" />
    <customErrors mode="RemoteOnly" defaultRedirect="~/Error" />
  </system.web>
  <system.webServer>
    <modules runAllManagedModulesForAllRequests="false" />
    <handlers>
      <remove name="ExtensionlessUrlHandler-Integrated-4.0" />
      <add name="ExtensionlessUrlHandler-Integrated-4.0" path="*." verb="*" type="System.Web.Handlers.TransferRequestHandler" preCondition="integratedMode,runtimeVersionv4.0" />
    </handlers>
  </system.webServer>
</configuration>
""" % (inner, extra_appsettings)


def sql_connstr(g, pwval, style=None):
    style = style or g.choice(["sql", "sql2", "odbc", "oracle", "mysql"])
    db = g.app() + g.choice(["DB", "_Prod", "", "Db"])
    h = g.host()
    u = g.user()
    if style == "sql":
        return ("System.Data.SqlClient", "Data Source=%s;Initial Catalog=%s;User ID=%s;Password=%s;MultipleActiveResultSets=True"
                % (h, db, u, pwval))
    if style == "sql2":
        return ("System.Data.SqlClient", "Server=tcp:%s,1433;Database=%s;User Id=%s;Pwd=%s;Encrypt=True;TrustServerCertificate=True;Connection Timeout=30"
                % (h.lower() + "." + g.choice(DNS), db, u, pwval))
    if style == "odbc":
        return ("System.Data.Odbc", "Driver={ODBC Driver 17 for SQL Server};Server=%s;Database=%s;Uid=%s;Pwd=%s;"
                % (h, db, u, pwval))
    if style == "oracle":
        return ("Oracle.ManagedDataAccess.Client", "Data Source=(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=%s)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=%s)));User Id=%s;Password=%s;"
                % (g.fqdn(), db.upper(), u.upper(), pwval))
    return ("MySql.Data.MySqlClient", "Server=%s;Port=3306;Database=%s;Uid=%s;Pwd=%s;SslMode=Preferred;"
            % (g.fqdn(), db.lower(), u, pwval))


@pos(3)
def p_webconfig_connstr(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    prov, cs = sql_connstr(g, pw)
    name = g.choice(["DefaultConnection", g.app() + "Context", "MainDb", "LegacyDb", "ReportingDb"])
    inner = '  <connectionStrings>\n    <add name="%s" connectionString="%s" providerName="%s" />\n  </connectionStrings>\n' % (name, cs, prov)
    path = g.choice(["src/%s.Web/Web.config", "%s/Web.config", "web/%s/web.config"]) % g.app()
    kind = {"System.Data.SqlClient": "mssql-connstr", "System.Data.Odbc": "odbc-connstr",
            "Oracle.ManagedDataAccess.Client": "oracle-connstr", "MySql.Data.MySqlClient": "mysql-connstr"}[prov]
    return R(path, webconfig_wrap(g, inner), "dotnet", kind + "-webconfig", "web.config", pw)


@neg(3)
def n_webconfig_connstr(g):
    k = g.rint(0, 3)
    if k == 0:
        inner = '  <connectionStrings>\n    <add name="DefaultConnection" connectionString="Data Source=%s;Initial Catalog=%sDB;Integrated Security=True;MultipleActiveResultSets=True" providerName="System.Data.SqlClient" />\n  </connectionStrings>\n' % (g.host(), g.app())
    elif k == 1:
        inner = '  <connectionStrings>\n    <add name="DefaultConnection" connectionString="Server=%s;Database=%s;User Id=%s;Password=#{DbPassword}#;" providerName="System.Data.SqlClient" />\n  </connectionStrings>\n' % (g.host(), g.app(), g.user())
    elif k == 2:
        inner = '  <connectionStrings>\n    <add name="DefaultConnection" connectionString="Server=%s;Database=%s;User Id=%s;Password=__DB_PASSWORD__;" providerName="System.Data.SqlClient" />\n  </connectionStrings>\n' % (g.host(), g.app(), g.user())
    else:
        # aspnet_regiis -pef encrypted section
        inner = """  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element"
      xmlns="http://www.w3.org/2001/04/xmlenc#">
      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc" />
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <EncryptedKey xmlns="http://www.w3.org/2001/04/xmlenc#">
          <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p" />
          <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
            <KeyName>Rsa Key</KeyName>
          </KeyInfo>
          <CipherData>
            <CipherValue>%s</CipherValue>
          </CipherData>
        </EncryptedKey>
      </KeyInfo>
      <CipherData>
        <CipherValue>%s</CipherValue>
      </CipherData>
    </EncryptedData>
  </connectionStrings>
""" % (g.b64bytes(256), g.b64bytes(g.choice([176, 208, 240, 272])))
    path = g.choice(["src/%s.Web/Web.config", "%s/Web.config", "web/%s/web.config"]) % g.app()
    return R(path, webconfig_wrap(g, inner), "dotnet", "connstr-webconfig", "web.config")


# ============================================================================
# PowerShell
# ============================================================================
@pos(3)
def p_ps_securestring(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    v = g.var(["Password", "SvcPassword", "pass", "adminPwd", "SecurePassword", "plainPw"])
    u = "%s\\%s" % (g.domain(), g.user())
    srv = g.fqdn()
    style = g.rint(0, 1)
    lines = [
        "<#",
        ".SYNOPSIS",
        "    Restarts the %s application pool and services on %s." % (g.app(), srv),
        ".NOTES",
        "    Author: %s   Date: %s" % (g.person(), g.date()),
        "#>",
        "param(",
        "    [string]$ComputerName = '%s'," % srv,
        "    [switch]$WhatIf",
        ")",
        "",
        "$ErrorActionPreference = 'Stop'",
        "Import-Module WebAdministration -ErrorAction SilentlyContinue",
        "",
        "$User = '%s'" % u,
    ]
    if style == 0:
        lines += ["$%s = ConvertTo-SecureString '%s' -AsPlainText -Force" % (v, pw),
                  "$Cred = New-Object System.Management.Automation.PSCredential($User, $%s)" % v]
    else:
        lines += ["$%s = '%s'" % (v, pw),
                  "$Cred = New-Object System.Management.Automation.PSCredential -ArgumentList $User, (ConvertTo-SecureString $%s -AsPlainText -Force)" % v]
    lines += [
        "",
        "Invoke-Command -ComputerName $ComputerName -Credential $Cred -ScriptBlock {",
        "    Import-Module WebAdministration",
        "    Restart-WebAppPool -Name '%sAppPool'" % g.app(),
        "    Get-Service -Name 'W3SVC' | Restart-Service -Force",
        "}",
        "Write-Host \"Done on $ComputerName\" -ForegroundColor Green",
    ]
    path = g.choice(["scripts/Restart-%sPool.ps1", "ops/%s/deploy.ps1", "tools/Invoke-%sMaintenance.ps1"]) % g.app()
    return R(path, "\n".join(lines) + "\n", "windows", "ps-securestring-plaintext", "ps1", pw)


@neg(3)
def n_ps_securestring(g):
    k = g.rint(0, 3)
    u = "%s\\%s" % (g.domain(), g.user())
    if k == 0:
        body = ["$Cred = Get-Credential -UserName '%s' -Message 'Service account for %s'" % (u, g.app())]
    elif k == 1:
        body = ["$SecurePassword = Read-Host -Prompt 'Enter password for %s' -AsSecureString" % u,
                "$Cred = New-Object System.Management.Automation.PSCredential('%s', $SecurePassword)" % u]
    elif k == 2:
        body = ["$Password = ConvertTo-SecureString $env:SVC_PASSWORD -AsPlainText -Force",
                "$Cred = New-Object System.Management.Automation.PSCredential('%s', $Password)" % u]
    else:
        # DPAPI-protected SecureString exported with ConvertFrom-SecureString
        blob = "01000000d08c9ddf0115d1118c7a00c04fc297eb01000000" + g.hexs(g.choice([364, 396, 428]))
        body = ["# exported with ConvertFrom-SecureString on the build host (DPAPI, CurrentUser)",
                "$Encrypted = '%s'" % blob,
                "$Password = ConvertTo-SecureString -String $Encrypted",
                "$Cred = New-Object System.Management.Automation.PSCredential('%s', $Password)" % u]
    lines = ["#Requires -Version 5.1", "param([string]$ComputerName = '%s')" % g.fqdn(), "",
             "$ErrorActionPreference = 'Stop'"] + body + [
        "Invoke-Command -ComputerName $ComputerName -Credential $Cred -ScriptBlock {",
        "    Restart-Service -Name '%sSvc' -Force" % g.app(),
        "}", ""]
    path = g.choice(["scripts/Restart-%sService.ps1", "ops/%s/restart.ps1"]) % g.app()
    return R(path, "\n".join(lines), "windows", "ps-credential", "ps1")


# ============================================================================
# batch
# ============================================================================
@pos(2)
def p_bat_netuse(g):
    pw = g.pw(symbols="#*+-.=?@_~", hsymbols="#*.@_-+")
    share = "\\\\%s\\%s" % (g.host(), g.choice(["Backup$", "Share", "Deploy", "Scans", "Exports", "IT$"]))
    u = "%s\\%s" % (g.domain(), g.user())
    lines = ["@echo off", "REM ---- nightly copy of %s exports ----" % g.app(), "setlocal",
             "set LOG=C:\\Logs\\copy_%%DATE:~-4%%%%DATE:~3,2%%%%DATE:~0,2%%.log",
             "net use Z: /delete /y >nul 2>&1",
             "net use Z: %s /user:%s %s /persistent:no" % (share, u, pw),
             "if errorlevel 1 (", "  echo Mapping failed >> %LOG%", "  exit /b 1", ")",
             "robocopy D:\\Exports\\%s Z:\\%s /MIR /R:2 /W:5 /NP /LOG+:%%LOG%%" % (g.app(), g.app()),
             "net use Z: /delete /y", "endlocal", ""]
    path = g.choice(["scripts/backup_%s.bat", "batch/copy_%s.cmd", "%s/nightly.bat"]) % g.app().lower()
    ft = path.rsplit(".", 1)[1]
    return R(path, "\r\n".join(lines), "windows", "bat-net-use", ft, pw)


@neg(2)
def n_bat_netuse(g):
    share = "\\\\%s\\%s" % (g.host(), g.choice(["Backup$", "Share", "Deploy"]))
    k = g.rint(0, 2)
    if k == 0:
        cmd = ["set /p SVCPASS=Password for service account: ",
               "net use Z: %s /user:%s\\%s %%SVCPASS%% /persistent:no" % (share, g.domain(), g.user())]
    elif k == 1:
        cmd = ["REM credentials are stored in Windows Credential Manager (cmdkey /add)",
               "net use Z: %s /savecred /persistent:no" % share]
    else:
        cmd = ["net use Z: %s /user:%s\\%s * /persistent:no" % (share, g.domain(), g.user())]
    lines = ["@echo off", "setlocal"] + cmd + ["robocopy D:\\Exports Z:\\ /MIR /R:2 /W:5", "net use Z: /delete /y", "endlocal", ""]
    path = g.choice(["scripts/backup_%s.bat", "batch/copy_%s.cmd"]) % g.app().lower()
    return R(path, "\r\n".join(lines), "windows", "bat-net-use", path.rsplit(".", 1)[1])


# ============================================================================
# Windows setup: unattend.xml / autounattend.xml
# ============================================================================
def unattend_doc(g, pwblock_admin, pwblock_autologon, user):
    arch = g.choice(["amd64", "amd64", "x86"])
    return """<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
    <settings pass="specialize">
        <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="%s" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <ComputerName>*</ComputerName>
            <RegisteredOrganization>%s</RegisteredOrganization>
            <TimeZone>W. Europe Standard Time</TimeZone>
        </component>
    </settings>
    <settings pass="oobeSystem">
        <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="%s" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <OOBE>
                <HideEULAPage>true</HideEULAPage>
                <HideOnlineAccountScreens>true</HideOnlineAccountScreens>
                <HideWirelessSetupInOOBE>true</HideWirelessSetupInOOBE>
                <ProtectYourPC>3</ProtectYourPC>
            </OOBE>
            <UserAccounts>
                <AdministratorPassword>
%s
                </AdministratorPassword>
            </UserAccounts>
            <AutoLogon>
                <Password>
%s
                </Password>
                <Enabled>true</Enabled>
                <LogonCount>1</LogonCount>
                <Username>%s</Username>
            </AutoLogon>
        </component>
    </settings>
    <cpi:offlineImage cpi:source="wim:c:/images/install.wim#Windows 10 Enterprise" xmlns:cpi="urn:schemas-microsoft-com:cpi" />
</unattend>
""" % (arch, g.company(), arch, pwblock_admin, pwblock_autologon, user)


def _pwblock(value, plain):
    return ("                    <Value>%s</Value>\n                    <PlainText>%s</PlainText>"
            % (value, "true" if plain else "false"))


@pos(2.5)
def p_unattend(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    plain = g.chance(0.55)
    which = g.choice(["admin", "autologon"])
    if plain:
        val = pw
    else:
        val = unattend_b64(pw, "AdministratorPassword" if which == "admin" else "Password")
    other = _pwblock("*SENSITIVE*DATA*DELETED*", True) if g.chance(0.3) else _pwblock("", True)
    if which == "admin":
        doc = unattend_doc(g, _pwblock(val, plain), other, "Administrator")
    else:
        doc = unattend_doc(g, other, _pwblock(val, plain), "Administrator")
    path = g.choice(["deploy/autounattend.xml", "MDT/Control/%s/Unattend.xml" % g.choice(["W10-ENT", "WS2019", "WS2022", "001"]),
                     "packer/windows/answer_files/2019/Autounattend.xml", "sysprep/unattend.xml"])
    return R(path, doc, "windows", "unattend-plaintext" if plain else "unattend-base64", "unattend.xml", val)


@neg(2.5)
def n_unattend(g):
    k = g.rint(0, 2)
    if k == 0:
        a = _pwblock("*SENSITIVE*DATA*DELETED*", True)
        b = _pwblock("*SENSITIVE*DATA*DELETED*", True)
    elif k == 1:
        a = _pwblock("", True)
        b = _pwblock("", True)
    else:
        # packer templates substitute the password at build time
        a = _pwblock("{{ .WinRMPassword }}", True)
        b = _pwblock("{{ .WinRMPassword }}", True)
    path = g.choice(["deploy/autounattend.xml", "sysprep/unattend.xml", "packer/windows/answer_files/2022/Autounattend.xml"])
    return R(path, unattend_doc(g, a, b, "Administrator"), "windows", "unattend", "unattend.xml")


# ============================================================================
# Group Policy Preferences
# ============================================================================
def groups_xml(g, cpw, user):
    uid = g.guid(True)
    return """<?xml version="1.0" encoding="utf-8"?>
<Groups clsid="{3125E937-EB16-4b4c-9934-544FC6D24D26}">
	<User clsid="{DF5F1855-51E5-4d24-8B1A-D9BDE98BA1D1}" name="%s" image="2" changed="%s %02d:%02d:%02d" uid="{%s}">
		<Properties action="U" newName="" fullName="Local support account" description="Managed by GPO %s" cpassword="%s" changeLogon="0" noChange="1" neverExpires="1" acctDisabled="0" userName="%s"/>
	</User>
	<Group clsid="{6D4A79E4-529C-4481-ABD0-F5BD7EA93BA7}" name="Administrators (built-in)" image="2" changed="%s 09:14:22" uid="{%s}">
		<Properties action="U" newName="" description="" deleteAllUsers="0" deleteAllGroups="0" removeAccounts="0" groupSid="S-1-5-32-544" groupName="Administrators (built-in)">
			<Members>
				<Member name="%s\\Workstation Admins" action="ADD" sid="S-1-5-21-%d-%d-%d-%d"/>
			</Members>
		</Properties>
	</Group>
</Groups>
""" % (user, g.date(), g.rint(0, 23), g.rint(0, 59), g.rint(0, 59), uid, g.choice(["WKS-Baseline", "Server-LocalAdmin", "LAPS-Legacy"]),
       cpw, user, g.date(), g.guid(True), g.domain(), g.rint(10 ** 8, 4 * 10 ** 9), g.rint(10 ** 8, 4 * 10 ** 9), g.rint(10 ** 8, 4 * 10 ** 9), g.rint(1100, 9999))


def gpo_path(g, leaf):
    return "SYSVOL/%s/Policies/{%s}/Machine/Preferences/%s" % (g.choice(DNS), g.guid(True), leaf)


@pos(2)
def p_gpp_groups(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    cpw = gpp_cpassword(pw)
    user = g.choice(["LocalAdmin", "itsupport", "Administrator", "helpdesk_local", "deskside"])
    return R(gpo_path(g, "Groups/Groups.xml"), groups_xml(g, cpw, user), "windows", "gpp-cpassword", "Groups.xml", cpw)


@neg(2)
def n_gpp_groups(g):
    user = g.choice(["LocalAdmin", "itsupport", "Administrator"])
    return R(gpo_path(g, "Groups/Groups.xml"), groups_xml(g, "", user), "windows", "gpp-groups", "Groups.xml")


# ============================================================================
# IIS applicationHost.config
# ============================================================================
def apphost(g, pool_attrs, vdir_attrs):
    app = g.app()
    return """<?xml version="1.0" encoding="UTF-8"?>
<configuration>
    <system.applicationHost>
        <applicationPools>
            <add name="DefaultAppPool" />
            <add name="%sAppPool" managedRuntimeVersion="v4.0" startMode="AlwaysRunning">
                <processModel identityType="SpecificUser" %s idleTimeout="00:00:00" />
                <recycling>
                    <periodicRestart time="00:00:00">
                        <schedule><add value="03:00:00" /></schedule>
                    </periodicRestart>
                </recycling>
            </add>
            <applicationPoolDefaults managedRuntimeVersion="v4.0">
                <processModel identityType="ApplicationPoolIdentity" loadUserProfile="true" setProfileEnvironment="false" />
            </applicationPoolDefaults>
        </applicationPools>
        <sites>
            <site name="%s" id="%d" serverAutoStart="true">
                <application path="/" applicationPool="%sAppPool">
                    <virtualDirectory path="/" physicalPath="D:\\inetpub\\%s" />
                    <virtualDirectory path="/docs" physicalPath="\\\\%s\\Docs$" %s />
                </application>
                <bindings>
                    <binding protocol="https" bindingInformation="*:443:%s" sslFlags="1" />
                </bindings>
            </site>
        </sites>
    </system.applicationHost>
</configuration>
""" % (app, pool_attrs, app, g.rint(2, 40), app, app, g.host(), vdir_attrs, g.fqdn())


@pos(1.5)
def p_apphost(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    u = "%s\\%s" % (g.domain(), g.user())
    if g.chance(0.5):
        text = apphost(g, 'userName="%s" password="%s"' % (u, pw), "")
        kind = "iis-apppool-password"
    else:
        text = apphost(g, 'userName="%s" password="[enc:IISCngProvider:%s:enc]"' % (u, g.b64bytes(96)),
                       'userName="%s" password="%s"' % (u, pw))
        kind = "iis-vdir-password"
    return R("iis/%s/applicationHost.config" % g.host().lower(), text, "iis", kind, "applicationHost.config", pw)


@neg(1.5)
def n_apphost(g):
    u = "%s\\%s" % (g.domain(), g.user())
    text = apphost(g, 'userName="%s" password="[enc:IISCngProvider:%s:enc]"' % (u, g.b64bytes(g.choice([96, 112, 128]))),
                   'userName="%s" password="[enc:AesProvider:%s:enc]"' % (u, g.b64bytes(64)) if g.chance(0.5) else "")
    return R("iis/%s/applicationHost.config" % g.host().lower(), text, "iis", "iis-encrypted-password", "applicationHost.config")


# ============================================================================
# .reg / .rdp / cmdkey
# ============================================================================
@pos(1.5)
def p_reg(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    if g.chance(0.6):
        lines = ["Windows Registry Editor Version 5.00", "",
                 "; kiosk autologon - %s" % g.choice(["reception", "warehouse scanner", "meeting room", "shop floor"]),
                 "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]",
                 '"AutoAdminLogon"="1"',
                 '"DefaultUserName"="%s"' % g.choice(["kiosk", "scanner", "display01", g.user()]),
                 '"DefaultDomainName"="%s"' % g.domain(),
                 '"DefaultPassword"="%s"' % pw,
                 '"ForceAutoLogon"=dword:00000001',
                 '"AutoLogonCount"=-', "",
                 "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\Personalization]",
                 '"NoLockScreen"=dword:00000001', ""]
        kind = "reg-winlogon-defaultpassword"
    else:
        vn = g.choice(["DbPassword", "Password", "Pwd", "ConnPass", "Key2", "Data", "Opt7", "Secret"])
        app = g.app()
        lines = ["Windows Registry Editor Version 5.00", "",
                 "[HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\%s\\%s\\Database]" % (g.company(), app),
                 '"Server"="%s"' % g.host(),
                 '"Database"="%s"' % app,
                 '"User"="%s"' % g.user(),
                 '"%s"="%s"' % (vn, pw),
                 '"Timeout"=dword:0000003c', "",
                 "[HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\%s\\%s\\Paths]" % (g.company(), app),
                 '"Export"="\\\\\\\\%s\\\\Exports\\\\%s"' % (g.host(), app),
                 '"Logs"="C:\\\\ProgramData\\\\%s\\\\Logs"' % app, ""]
        kind = "reg-app-password"
    return R(g.choice(["deploy/registry/%s.reg", "gpo/%s.reg", "setup/%s.reg"]) % g.choice(["autologon", "kiosk", "client_settings", "import"]),
             "\r\n".join(lines), "windows", kind, "reg", pw)


@neg(1.5)
def n_reg(g):
    k = g.rint(0, 2)
    lines = ["Windows Registry Editor Version 5.00", "",
             "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]"]
    if k == 0:
        lines += ['"AutoAdminLogon"="0"', '"DefaultUserName"="%s"' % g.user(), '"DefaultPassword"=-', ""]
    elif k == 1:
        lines += ['"AutoAdminLogon"="1"', '"DefaultUserName"="kiosk"',
                  "; password is stored as an LSA secret via Sysinternals Autologon, not here",
                  '"DefaultPassword"=""', ""]
    else:
        lines = ["Windows Registry Editor Version 5.00", "",
                 "[HKEY_CURRENT_USER\\Software\\%s\\%s]" % (g.company(), g.app()),
                 '"InstallId"="{%s}"' % g.guid(True),
                 '"ProductId"="%05d-%05d-%05d-AA%03d"' % (g.rint(10000, 99999), g.rint(10000, 99999), g.rint(10000, 99999), g.rint(100, 999)),
                 '"CertThumbprint"="%s"' % g.hexs(40, True),
                 '"SavedPassword"=hex:01,00,00,00,d0,8c,9d,df,01,15,d1,11,8c,7a,00,c0,4f,c2,97,eb,01,00,00,00,\\',
                 "  " + ",".join(g.hexs(2) for _ in range(24)) + ",\\",
                 "  " + ",".join(g.hexs(2) for _ in range(24)), ""]
    return R("deploy/registry/%s.reg" % g.choice(["winlogon", "client", "defaults"]), "\r\n".join(lines), "windows", "reg", "reg")


def rdp_lines(g, host, user):
    return ["screen mode id:i:2", "use multimon:i:0", "desktopwidth:i:1920", "desktopheight:i:1080",
            "session bpp:i:32", "compression:i:1", "keyboardhook:i:2", "audiocapturemode:i:0",
            "displayconnectionbar:i:1", "full address:s:%s" % host, "username:s:%s" % user,
            "authentication level:i:2", "prompt for credentials:i:0", "negotiate security layer:i:1",
            "redirectclipboard:i:1", "redirectprinters:i:0", "drivestoredirect:s:", "autoreconnection enabled:i:1",
            "gatewayhostname:s:rdg.%s" % g.choice(DNS), "gatewayusagemethod:i:2", "gatewaycredentialssource:i:4"]


@neg(1.5)
def n_rdp(g):
    host = g.fqdn()
    user = "%s\\%s" % (g.domain(), g.user())
    lines = rdp_lines(g, host, user)
    blob = "01000000D08C9DDF0115D1118C7A00C04FC297EB01000000" + g.hexs(g.choice([460, 524, 588]), True)
    lines.insert(11, "password 51:b:%s" % blob)
    return R("rdp/%s.rdp" % host.split(".")[0], "\r\n".join(lines) + "\r\n", "windows", "rdp-dpapi", "rdp")


@pos(1)
def p_rdp_cmdkey(g):
    pw = g.pw(symbols="#*+-.=?@_~", hsymbols="#*.@_-+")
    host = g.fqdn()
    user = "%s\\%s" % (g.domain(), g.user())
    if g.chance(0.5):
        lines = ["@echo off", "REM opens the %s jump host for the on-call engineer" % g.app(),
                 "cmdkey /generic:TERMSRV/%s /user:%s /pass:%s" % (host, user, pw),
                 "start mstsc /v:%s /admin" % host, "timeout /t 10 /nobreak >nul",
                 "cmdkey /delete:TERMSRV/%s" % host, ""]
        return R("tools/rdp_%s.cmd" % host.split(".")[0], "\r\n".join(lines), "windows", "cmdkey-pass", "cmd", pw)
    lines = rdp_lines(g, host, user)
    lines += ["", "; login %s / %s  (ask %s before changing)" % (user, pw, g.choice(FIRST))]
    return R("rdp/%s.rdp" % host.split(".")[0], "\r\n".join(lines) + "\r\n", "windows", "rdp-comment-password", "rdp", pw)


# ============================================================================
# VBScript / VBA
# ============================================================================
@pos(1.5)
def p_vbs_adodb(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    v = g.var(["strPwd", "sPassword", "DB_PASS", "strPass"])
    srv, db, u = g.host(), g.app(), g.user()
    lines = ["' %s export - scheduled on %s" % (db, g.host()),
             "' %s %s" % (g.person(), g.date()),
             "Option Explicit",
             "Dim conn, rs, fso, out, %s, strConn" % v,
             '%s = "%s"' % (v, pw),
             'strConn = "Provider=SQLOLEDB;Data Source=%s;Initial Catalog=%s;User ID=%s;Password=" & %s & ";"' % (srv, db, u, v),
             'Set conn = CreateObject("ADODB.Connection")',
             "conn.Open strConn",
             'Set rs = conn.Execute("SELECT OrderId, CustomerNo, Total FROM dbo.Orders WHERE ExportedAt IS NULL")',
             'Set fso = CreateObject("Scripting.FileSystemObject")',
             'Set out = fso.CreateTextFile("D:\\Exports\\orders.csv", True)',
             "Do Until rs.EOF",
             '    out.WriteLine rs("OrderId") & ";" & rs("CustomerNo") & ";" & rs("Total")',
             "    rs.MoveNext",
             "Loop",
             "out.Close", "rs.Close", "conn.Close", ""]
    if g.chance(0.4):
        lines[4:6] = ['strConn = "Provider=SQLOLEDB;Data Source=%s;Initial Catalog=%s;User ID=%s;Password=%s;"' % (srv, db, u, pw)]
        lines[3] = "Dim conn, rs, fso, out, strConn"
    return R("scripts/%s_export.vbs" % db.lower(), "\r\n".join(lines), "windows", "vbs-adodb-connstr", "vbs", pw)


@neg(1.5)
def n_vbs_adodb(g):
    srv, db = g.host(), g.app()
    k = g.rint(0, 1)
    if k == 0:
        cs = ['strConn = "Provider=SQLOLEDB;Data Source=%s;Initial Catalog=%s;Integrated Security=SSPI;"' % (srv, db)]
    else:
        cs = ['strPwd = InputBox("Password for %s on %s:", "%s export")' % (g.user(), srv, db),
              'strConn = "Provider=SQLOLEDB;Data Source=%s;Initial Catalog=%s;User ID=%s;Password=" & strPwd & ";"' % (srv, db, g.user())]
    lines = ["' %s export" % db, "Option Explicit", "Dim conn, rs, strConn, strPwd"] + cs + [
        'Set conn = CreateObject("ADODB.Connection")', "conn.Open strConn",
        'Set rs = conn.Execute("SELECT COUNT(*) FROM dbo.Orders")', "WScript.Echo rs(0)", "conn.Close", ""]
    return R("scripts/%s_export.vbs" % db.lower(), "\r\n".join(lines), "windows", "vbs-adodb", "vbs")


# ============================================================================
# file-transfer / remote-admin client exports
# ============================================================================
def winscp_ini(g, sessions_block):
    return """[Configuration\\Interface]
RandomSeedFile=%%APPDATA%%\\winscp.rnd
Theme=Light
PuttyPath=%%PROGRAMFILES%%\\PuTTY\\putty.exe
ConfirmClosingSession=0

[Configuration\\Interface\\Updates]
Period=7
LastCheck=%s

%s
[Configuration\\Interface\\Commander]
SessionsTabs=1
TreeOnLeft=0
""" % (g.date(), sessions_block)


@pos(1.5)
def p_winscp(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    host, user = g.fqdn(), g.user()
    enc = winscp_obfuscate(pw, user, host, g.r)
    block = """[Sessions\\%s/%s]
HostName=%s
UserName=%s
PortNumber=22
Password=%s
FSProtocol=2
RemoteDirectory=/srv/%s/inbound
LocalDirectory=D:%%5CTransfer%%5C%s
UpdateDirectories=1
""" % (g.company(), g.app(), host, user, enc, g.app().lower(), g.app())
    return R("tools/WinSCP/WinSCP.ini", winscp_ini(g, block), "winscp", "winscp-obfuscated-password", "WinSCP.ini", enc)


@neg(1.5)
def n_winscp(g):
    host, user = g.fqdn(), g.user()
    block = """[Sessions\\%s/%s]
HostName=%s
UserName=%s
PortNumber=22
PublicKeyFile=%%USERPROFILE%%%%5C.ssh%%5Cid_%s.ppk
FSProtocol=2
HostKey=ssh-ed25519 255 SHA256:%s
RemoteDirectory=/srv/%s/inbound
""" % (g.company(), g.app(), host, user, user, g.b64bytes(32).rstrip("="), g.app().lower())
    return R("tools/WinSCP/WinSCP.ini", winscp_ini(g, block), "winscp", "winscp-session-keyauth", "WinSCP.ini")


def filezilla(g, passline):
    return """<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.%d.%d" platform="windows">
    <Servers>
        <Folder expanded="1">%s
            <Server>
                <Host>%s</Host>
                <Port>%d</Port>
                <Protocol>%d</Protocol>
                <Type>0</Type>
                <User>%s</User>
%s
                <Logontype>%d</Logontype>
                <EncodingType>Auto</EncodingType>
                <BypassProxy>0</BypassProxy>
                <Name>%s %s</Name>
                <RemoteDir>1 0 3 srv 7 inbound</RemoteDir>
                <SyncBrowsing>0</SyncBrowsing>
                <DirectoryComparison>0</DirectoryComparison>
            </Server>
        </Folder>
    </Servers>
</FileZilla3>
""" % (g.rint(50, 66), g.rint(0, 3), g.company(), g.fqdn(), g.choice([21, 22, 990]), g.choice([0, 1, 4]),
       g.user(), passline, 1 if passline else 2, g.app(), g.choice(["SFTP", "FTPS", "upload"]), )


@pos(1.5)
def p_filezilla(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    b = base64.b64encode(pw.encode()).decode()
    return R("tools/FileZilla/sitemanager.xml", filezilla(g, '                <Pass encoding="base64">%s</Pass>' % b),
             "filezilla", "filezilla-base64-pass", "sitemanager.xml", b)


@neg(1.5)
def n_filezilla(g):
    if g.chance(0.5):
        line = ""
    else:
        # master-password protected (crypt) entry: public-key encrypted with a key not in the file
        line = '                <Pass encoding="crypt" pubkey="%s">%s</Pass>' % (g.b64bytes(64), g.b64bytes(48))
    return R("tools/FileZilla/sitemanager.xml", filezilla(g, line), "filezilla", "filezilla-no-or-crypt-pass", "sitemanager.xml")


def confcons(g, pw_attr, protected):
    host = g.fqdn()
    return """<?xml version="1.0" encoding="utf-8"?>
<mrng:Connections xmlns:mrng="http://mremoteng.org" Name="Connections" Export="false" Protected="%s" ConfVersion="2.6">
    <Node Name="%s" Type="Container" Expanded="true" Descr="" Icon="mRemoteNG" Panel="General" Id="%s" Username="" Domain="" Password="" Hostname="" Protocol="RDP" PuttySession="Default Settings" Port="3389">
        <Node Name="%s" Type="Connection" Descr="%s" Icon="Windows" Panel="General" Id="%s" Username="%s" Domain="%s" Password="%s" Hostname="%s" Protocol="RDP" PuttySession="Default Settings" Port="3389" ConnectToConsole="false" UseCredSsp="true" RenderingEngine="IE" ICAEncryptionStrength="EncrBasic" RDPAuthenticationLevel="NoAuth" Colors="Colors16Bit" Resolution="FitToWindow" AutomaticResize="true" DisplayWallpaper="false" DisplayThemes="false" CacheBitmaps="true" RedirectDiskDrives="false" RedirectPorts="false" RedirectPrinters="false" RedirectSmartCards="false" RedirectSound="DoNotPlay" />
    </Node>
</mrng:Connections>
""" % (protected, g.company(), g.guid(), host.split(".")[0].upper(), g.app() + " server", g.guid(), g.user(), g.domain(), pw_attr, host)


@pos(1)
def p_mremoteng(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    enc = mremoteng_legacy(pw, g.r)
    prot = mremoteng_legacy("ThisIsNotProtected", g.r)
    return R("admin/mRemoteNG/confCons.xml", confcons(g, enc, prot), "mremoteng", "mremoteng-default-key-password", "confCons.xml", enc)


@neg(1)
def n_mremoteng(g):
    prot = mremoteng_legacy("ThisIsNotProtected", g.r)
    return R("admin/mRemoteNG/confCons.xml", confcons(g, "", prot), "mremoteng", "mremoteng-empty-password", "confCons.xml")


@pos(1.5)
def p_keepass_csv(g):
    rows = ['"Account","Login Name","Password","Web Site","Comments"']
    n = g.rint(4, 14)
    idx = g.rint(0, n - 1)
    needle = None
    for i in range(n):
        if i == idx:
            pw = g.pw(symbols="!#*+-.=?@_~")
            needle = pw
            cell = pw
        else:
            cell = ""   # other rows were exported without passwords (field left blank)
        rows.append('"%s","%s","%s","https://%s","%s"' % (
            g.choice(["iLO ", "iDRAC ", "vCenter ", "SQL sa ", "NAS ", "Firewall ", "Switch ", "Backup "]) + g.host(),
            g.choice(["Administrator", "root", "admin", g.user()]), cell, g.fqdn(),
            g.choice(["", "rotated " + g.date(), "ask " + g.choice(FIRST), "prod"])))
    return R(g.choice(["docs/it/keepass_export.csv", "handover/passwords_%s.csv" % g.choice(DOMAINS).lower()]),
             "\r\n".join(rows) + "\r\n", "keepass", "keepass-csv-export", "csv", needle)


@pos(1)
def p_keepass_xml(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    title = g.choice(["iDRAC ", "SAP ", "Domain Admin ", "Exchange "]) + g.host()
    text = """<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<KeePassFile>
	<Meta>
		<Generator>KeePass</Generator>
		<DatabaseName>IT-Infrastruktur</DatabaseName>
		<DatabaseNameChanged>%sT08:12:44Z</DatabaseNameChanged>
	</Meta>
	<Root>
		<Group>
			<UUID>%s</UUID>
			<Name>Servers</Name>
			<Entry>
				<UUID>%s</UUID>
				<Times>
					<CreationTime>%sT10:01:02Z</CreationTime>
				</Times>
				<String>
					<Key>Notes</Key>
					<Value>%s</Value>
				</String>
				<String>
					<Key>Password</Key>
					<Value ProtectInMemory="True">%s</Value>
				</String>
				<String>
					<Key>Title</Key>
					<Value>%s</Value>
				</String>
				<String>
					<Key>URL</Key>
					<Value>https://%s</Value>
				</String>
				<String>
					<Key>UserName</Key>
					<Value>%s</Value>
				</String>
			</Entry>
		</Group>
	</Root>
</KeePassFile>
""" % (g.date(), g.b64bytes(16), g.b64bytes(16), g.date(), g.choice(["", "out-of-band mgmt", "rotate quarterly"]), pw, title, g.fqdn(), g.choice(["root", "Administrator", g.user()]))
    return R("docs/it/KeePass-export.xml", text, "keepass", "keepass-xml-export", "xml", pw)


@neg(1.5)
def n_keepass(g):
    rows = ['"Account","Login Name","Password","Web Site","Comments"']
    for _ in range(g.rint(4, 12)):
        rows.append('"%s","%s","%s","https://%s","%s"' % (
            g.choice(["iLO ", "iDRAC ", "vCenter ", "NAS "]) + g.host(), g.choice(["Administrator", "root", g.user()]),
            g.choice(["********", "(in vault)", "", "see PAM", "<redacted>"]), g.fqdn(), g.choice(["", "CyberArk safe IT-INFRA", "moved to vault " + g.date()])))
    return R("docs/it/keepass_export.csv", "\r\n".join(rows) + "\r\n", "keepass", "keepass-redacted-export", "csv")


# ============================================================================
# Oracle
# ============================================================================
def tnsnames(g, alias, host, svc):
    return """%s =
  (DESCRIPTION =
    (ADDRESS_LIST =
      (ADDRESS = (PROTOCOL = TCP)(HOST = %s)(PORT = 1521))
    )
    (CONNECT_DATA =
      (SERVER = DEDICATED)
      (SERVICE_NAME = %s)
    )
  )
""" % (alias, host, svc)


@pos(1.5)
def p_oracle_script(g):
    pw = g.pw(symbols="#*+-._~", hsymbols="#*._-+")
    alias = g.app().upper() + g.choice(["PRD", "P", "_PROD", "DWH"])
    user = g.user().upper().replace("-", "_")
    k = g.rint(0, 2)
    if k == 0:
        lines = ["#!/bin/ksh", "# nightly extract for %s -- %s" % (alias, g.person()),
                 ". /home/oracle/.profile", "export ORACLE_SID=%s" % alias,
                 "export NLS_LANG=AMERICAN_AMERICA.AL32UTF8", "",
                 "sqlplus -s %s/%s@%s <<EOF" % (user, pw, alias),
                 "set pagesize 0 feedback off heading off", "spool /data/extract/%s.dat" % alias.lower(),
                 "@/opt/scripts/extract_%s.sql" % alias.lower(), "spool off", "exit", "EOF", ""]
        path, ft = "oracle/scripts/extract_%s.sh" % alias.lower(), "sh"
        kind = "sqlplus-connect-string"
    elif k == 1:
        lines = ["#!/bin/sh", "# add batch credential to the existing wallet (wallet pw is prompted)",
                 "WALLET=/u01/app/oracle/wallet",
                 "mkstore -wrl $WALLET -createCredential %s %s %s" % (alias, user, pw),
                 "orapki wallet display -wallet $WALLET", "echo 'WALLET_LOCATION=(SOURCE=(METHOD=FILE)(METHOD_DATA=(DIRECTORY=/u01/app/oracle/wallet)))' >> $TNS_ADMIN/sqlnet.ora",
                 "echo 'SQLNET.WALLET_OVERRIDE=TRUE' >> $TNS_ADMIN/sqlnet.ora", ""]
        path, ft = "oracle/wallet/add_credential.sh", "sh"
        kind = "oracle-mkstore-credential"
    else:
        lines = ["REM --- %s export ---" % alias, "@echo off", "set ORACLE_HOME=C:\\oracle\\product\\19.0.0\\client_1",
                 "set TNS_ADMIN=%ORACLE_HOME%\\network\\admin",
                 "expdp %s/%s@%s schemas=%s directory=DATA_PUMP_DIR dumpfile=%s_%%DATE:~-4%%.dmp logfile=exp.log" % (user, pw, alias, user, alias.lower()),
                 "if errorlevel 1 goto :err", "goto :eof", ":err", "echo export failed", "exit /b 1", ""]
        path, ft = "oracle/expdp_%s.bat" % alias.lower(), "bat"
        kind = "oracle-expdp-userid"
    return R(path, "\n".join(lines), "oracle", kind, ft, pw)


@neg(1.5)
def n_oracle(g):
    alias = g.app().upper() + "PRD"
    if g.chance(0.5):
        text = "# tnsnames.ora Network Configuration File\n# Generated by Oracle configuration tools.\n\n" + tnsnames(g, alias, g.fqdn(), alias.lower() + ".world") + "\n" + tnsnames(g, alias.replace("PRD", "UAT"), g.fqdn(), alias.lower().replace("prd", "uat") + ".world")
        return R("oracle/network/admin/tnsnames.ora", text, "oracle", "tnsnames", "tnsnames.ora")
    lines = ["#!/bin/ksh", ". /home/oracle/.profile", "# uses the secure external password store (wallet); no password here",
             "sqlplus -s /@%s <<EOF" % alias, "set pagesize 0 feedback off", "@/opt/scripts/extract.sql", "exit", "EOF", ""]
    return R("oracle/scripts/extract_%s.sh" % alias.lower(), "\n".join(lines), "oracle", "sqlplus-wallet", "sh")


@pos(1)
def p_tnsnames_comment(g):
    # legacy habit: credentials noted next to the tns alias
    pw = g.pw(symbols="#*+-._~", hsymbols="#*._-+")
    alias = g.app().upper() + "PRD"
    text = ("# tnsnames.ora Network Configuration File\n# maintained by DBA team\n# %s: connect %s/%s (read only reporting user)\n\n"
            % (alias, g.user().upper().replace("-", "_"), pw)) + tnsnames(g, alias, g.fqdn(), alias.lower() + ".world")
    return R("oracle/network/admin/tnsnames.ora", text, "oracle", "tnsnames-comment-password", "tnsnames.ora", pw)


# ============================================================================
# ODBC .dsn, JDBC, SAP
# ============================================================================
@pos(1)
def p_dsn(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    lines = ["[ODBC]", "DRIVER=%s" % g.choice(["ODBC Driver 17 for SQL Server", "SQL Server", "MySQL ODBC 8.0 Unicode Driver", "Oracle in OraClient19Home1"]),
             "UID=%s" % g.user(), "PWD=%s" % pw, "DATABASE=%s" % g.app(), "WSID=%s" % g.host(),
             "APP=Microsoft Office", "SERVER=%s" % g.host(), "Trusted_Connection=No", ""]
    return R("reports/%s.dsn" % g.app().lower(), "\r\n".join(lines), "odbc", "odbc-dsn-pwd", "dsn", pw)


@neg(1)
def n_dsn(g):
    lines = ["[ODBC]", "DRIVER=ODBC Driver 17 for SQL Server", "DATABASE=%s" % g.app(), "WSID=%s" % g.host(),
             "APP=Microsoft Office", "SERVER=%s" % g.host(), "Trusted_Connection=Yes", ""]
    if g.chance(0.5):
        lines.insert(2, "UID=%s" % g.user())
        lines.insert(3, "PWD=")
    return R("reports/%s.dsn" % g.app().lower(), "\r\n".join(lines), "odbc", "odbc-dsn-trusted", "dsn")


def jdbc_url(g, pw=None):
    k = g.rint(0, 3)
    db = g.app().lower()
    if k == 0:
        u = "jdbc:sqlserver://%s:1433;databaseName=%s;user=%s;password=%s;encrypt=true;trustServerCertificate=true" % (g.fqdn(), db, g.user(), pw)
    elif k == 1:
        u = "jdbc:mysql://%s:3306/%s?user=%s&password=%s&useSSL=true" % (g.fqdn(), db, g.user(), pw)
    elif k == 2:
        u = "jdbc:postgresql://%s:5432/%s?user=%s&password=%s&ssl=true" % (g.fqdn(), db, g.user(), pw)
    else:
        u = "jdbc:oracle:thin:%s/%s@//%s:1521/%s" % (g.user(), pw, g.fqdn(), db.upper())
    return u


@pos(2)
def p_jdbc_properties(g):
    if g.chance(0.5):
        pw = g.pw(symbols="!*-._~", hsymbols="!*._-")   # URL-safe in a query string

        body = ["db.url=%s" % jdbc_url(g, pw)]
        kind = "jdbc-url-password"
    else:
        pw = g.pw(symbols="!#*+-.=?@_~", hsymbols="!#*.@_-+")
        key = g.var(["db.password", "jdbc.password", "spring.datasource.password", "datasource.pwd", "hibernate.connection.password"])
        body = ["db.url=jdbc:sqlserver://%s:1433;databaseName=%s" % (g.fqdn(), g.app()),
                "db.user=%s" % g.user(), "%s=%s" % (key, pw)]
        kind = "properties-db-password"
    lines = ["# %s batch configuration" % g.app(), "# generated %s" % g.date(), "",
             "app.name=%s" % g.app().lower(), "app.threads=%d" % g.rint(2, 16), "",
             "db.driver=com.microsoft.sqlserver.jdbc.SQLServerDriver"] + body + [
        "db.pool.maxSize=%d" % g.rint(5, 50), "db.pool.timeout=30000", "",
        "export.dir=/data/%s/out" % g.app().lower(), "mail.smtp.host=smtp.%s" % g.choice(DNS), ""]
    return R(g.choice(["src/main/resources/application.properties", "conf/%s.properties" % g.app().lower(), "config/jdbc.properties"]),
             "\n".join(lines), "jdbc", kind, "properties", pw)


@neg(2)
def n_jdbc_properties(g):
    k = g.rint(0, 2)
    if k == 0:
        val = "ENC(%s)" % g.b64bytes(g.choice([24, 32, 48]))
    elif k == 1:
        val = "${DB_PASSWORD}"
    else:
        val = "{cipher}" + g.hexs(g.choice([64, 96]))
    lines = ["# %s batch configuration" % g.app(), "jasypt.encryptor.algorithm=PBEWithMD5AndDES" if k == 0 else "# secrets come from the environment",
             "db.driver=com.microsoft.sqlserver.jdbc.SQLServerDriver",
             "db.url=jdbc:sqlserver://%s:1433;databaseName=%s" % (g.fqdn(), g.app()),
             "db.user=%s" % g.user(), "db.password=%s" % val, "db.pool.maxSize=20", ""]
    return R("config/jdbc.properties", "\n".join(lines), "jdbc", "properties-db-password-ref", "properties")


@pos(1.5)
def p_sap(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    sid = g.choice(["PRD", "P01", "ERP", "S4P", "BWP", "ECP"])
    if g.chance(0.5):
        lines = ["#for tests only", "jco.client.lang=EN", "jco.destination.peak_limit=10",
                 "jco.client.client=%03d" % g.rint(100, 899), "jco.client.passwd=%s" % pw,
                 "jco.client.user=%s" % g.choice(["RFC_USER", "RFC_" + g.app().upper()[:8], "BATCH_JCO"]),
                 "jco.client.sysnr=%02d" % g.rint(0, 10), "jco.destination.pool_capacity=3",
                 "jco.client.ashost=%s" % g.fqdn(), ""]
        return R("src/main/resources/%s.jcoDestination" % sid, "\n".join(lines), "sap", "sap-jco-passwd", "jcoDestination", pw)
    lines = ["DEST=%s_RFC" % sid, "TYPE=A", "ASHOST=%s" % g.fqdn(), "SYSNR=%02d" % g.rint(0, 10),
             "CLIENT=%03d" % g.rint(100, 899), "USER=%s" % g.choice(["RFC_USER", "RFCBATCH"]),
             "PASSWD=%s" % pw, "LANG=EN", "RFC_TRACE=0", "ABAP_DEBUG=0", "USE_SAPGUI=0", ""]
    return R("interfaces/sap/saprfc.ini", "\n".join(lines), "sap", "sap-saprfc-passwd", "ini", pw)


@neg(1.5)
def n_sap(g):
    lines = ["jco.client.lang=EN", "jco.client.client=%03d" % g.rint(100, 899), "jco.client.passwd=${SAP_RFC_PASSWORD}",
             "jco.client.user=RFC_USER", "jco.client.sysnr=00", "jco.client.ashost=%s" % g.fqdn(), "jco.destination.pool_capacity=3", ""]
    return R("src/main/resources/PRD.jcoDestination", "\n".join(lines), "sap", "sap-jco-ref", "jcoDestination")


# ============================================================================
# Java application servers
# ============================================================================
def liberty(g, pwattr, extra=""):
    return """<?xml version="1.0" encoding="UTF-8"?>
<server description="%s Liberty server">
    <featureManager>
        <feature>webProfile-8.0</feature>
        <feature>jdbc-4.2</feature>
        <feature>appSecurity-3.0</feature>
    </featureManager>

    <httpEndpoint id="defaultHttpEndpoint" host="*" httpPort="9080" httpsPort="9443" />
    <keyStore id="defaultKeyStore" location="key.p12" type="PKCS12" password="{aes}%s" />
%s
    <library id="DB2Lib">
        <fileset dir="${shared.resource.dir}/db2" includes="db2jcc4.jar"/>
    </library>
    <dataSource id="%sDS" jndiName="jdbc/%s">
        <jdbcDriver libraryRef="DB2Lib"/>
        <properties.db2.jcc databaseName="%s" serverName="%s" portNumber="50000" user="%s" password="%s"/>
        <connectionManager maxPoolSize="%d" />
    </dataSource>
    <webApplication location="%s.war" contextRoot="/%s" />
</server>
""" % (g.app(), g.b64bytes(48), extra, g.app(), g.app().lower(), g.app().upper()[:8], g.fqdn(), g.user(), pwattr,
       g.rint(10, 60), g.app().lower(), g.app().lower())


@pos(1.5)
def p_liberty(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    if g.chance(0.6):
        enc = websphere_xor(pw)
        return R("wlp/usr/servers/%s/server.xml" % g.app().lower(), liberty(g, "{xor}" + enc), "websphere", "websphere-xor-password", "server.xml", enc)
    return R("wlp/usr/servers/%s/server.xml" % g.app().lower(), liberty(g, pw), "websphere", "liberty-plain-password", "server.xml", pw)


@neg(1.5)
def n_liberty(g):
    val = g.choice(["{aes}" + g.b64bytes(g.choice([32, 48, 64])), "${env.DB_PASSWORD}", "{hash}" + g.b64bytes(64)])
    return R("wlp/usr/servers/%s/server.xml" % g.app().lower(), liberty(g, val), "websphere", "liberty-aes-or-var", "server.xml")


def tomcat_users(g, entries):
    return """<?xml version="1.0" encoding="UTF-8"?>
<!--
  Licensed to the Apache Software Foundation (ASF) under one or more
  contributor license agreements.  See the NOTICE file distributed with
  this work for additional information regarding copyright ownership.
-->
<tomcat-users xmlns="http://tomcat.apache.org/xml"
              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
              xsi:schemaLocation="http://tomcat.apache.org/xml tomcat-users.xsd"
              version="1.0">
  <role rolename="manager-gui"/>
  <role rolename="manager-script"/>
  <role rolename="admin-gui"/>
%s
</tomcat-users>
""" % entries


@pos(1.5)
def p_tomcat_users(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    e = '  <user username="%s" password="%s" roles="manager-gui,manager-script"/>' % (g.choice(["tomcat", "deployer", "jenkins", g.user()]), pw)
    return R("tomcat/conf/tomcat-users.xml", tomcat_users(g, e), "tomcat", "tomcat-users-password", "tomcat-users.xml", pw)


@neg(1.5)
def n_tomcat_users(g):
    k = g.rint(0, 2)
    if k == 0:
        e = ('  <!-- digest stored, see CredentialHandler in server.xml -->\n'
             '  <user username="deployer" password="%s$%d$%s" roles="manager-script"/>' % (g.hexs(32), g.choice([1000, 10000, 100000]), g.hexs(64)))
    elif k == 1:
        e = '  <!--\n  <user username="admin" password="&lt;must-be-changed&gt;" roles="manager-gui"/>\n  -->'
    else:
        e = '  <user username="deployer" password="${tomcat.deployer.password}" roles="manager-script"/>'
    return R("tomcat/conf/tomcat-users.xml", tomcat_users(g, e), "tomcat", "tomcat-users-digest-or-ref", "tomcat-users.xml")


def tomcat_context(g, pwv):
    return """<?xml version="1.0" encoding="UTF-8"?>
<Context antiResourceLocking="false" privileged="false">
    <WatchedResource>WEB-INF/web.xml</WatchedResource>
    <Resource name="jdbc/%s" auth="Container" type="javax.sql.DataSource"
              maxTotal="%d" maxIdle="10" maxWaitMillis="10000"
              username="%s" password="%s"
              driverClassName="com.microsoft.sqlserver.jdbc.SQLServerDriver"
              url="jdbc:sqlserver://%s:1433;databaseName=%s"/>
</Context>
""" % (g.app(), g.rint(20, 100), g.user(), pwv, g.fqdn(), g.app())


@pos(1.2)
def p_tomcat_context(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    return R("src/main/webapp/META-INF/context.xml", tomcat_context(g, pw), "tomcat", "tomcat-context-resource-password", "context.xml", pw)


@neg(1.2)
def n_tomcat_context(g):
    return R("src/main/webapp/META-INF/context.xml", tomcat_context(g, g.choice(["${db.password}", "${DB_PASSWORD}", "CHANGE_ME_AT_DEPLOY"])),
             "tomcat", "tomcat-context-ref", "context.xml")


def wildfly(g, sec):
    return """<?xml version='1.0' encoding='UTF-8'?>
<server xmlns="urn:jboss:domain:%d.0">
    <profile>
        <subsystem xmlns="urn:jboss:domain:datasources:7.0">
            <datasources>
                <datasource jndi-name="java:jboss/datasources/%sDS" pool-name="%sDS" enabled="true" use-java-context="true">
                    <connection-url>jdbc:oracle:thin:@%s:1521/%s</connection-url>
                    <driver>oracle</driver>
                    <pool>
                        <min-pool-size>5</min-pool-size>
                        <max-pool-size>%d</max-pool-size>
                    </pool>
                    <security>
%s
                    </security>
                </datasource>
                <drivers>
                    <driver name="oracle" module="com.oracle.ojdbc8">
                        <xa-datasource-class>oracle.jdbc.xa.client.OracleXADataSource</xa-datasource-class>
                    </driver>
                </drivers>
            </datasources>
        </subsystem>
    </profile>
</server>
""" % (g.choice([13, 15, 18, 20]), g.app(), g.app(), g.fqdn(), g.app().upper(), g.rint(20, 80), sec)


@pos(1.2)
def p_wildfly(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    sec = "                        <user-name>%s</user-name>\n                        <password>%s</password>" % (g.user().upper(), pw)
    return R("wildfly/standalone/configuration/standalone.xml", wildfly(g, sec), "jboss", "wildfly-datasource-password", "standalone.xml", pw)


@neg(1.2)
def n_wildfly(g):
    if g.chance(0.5):
        sec = "                        <security-domain>%sDbRealm</security-domain>" % g.app()
    else:
        sec = ("                        <user-name>%s</user-name>\n                        <password>${VAULT::ds_%s::password::1}</password>"
               % (g.user().upper(), g.app()))
    return R("wildfly/standalone/configuration/standalone.xml", wildfly(g, sec), "jboss", "wildfly-vault-ref", "standalone.xml")


@pos(1)
def p_weblogic_boot(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    lines = ["# Generated by Configuration Wizard on %s" % g.date(), "username=weblogic", "password=%s" % pw, ""]
    if g.chance(0.4):
        lines = ["#%s" % g.date(), "password=%s" % pw, "username=%s" % g.choice(["weblogic", "wlsadmin"]), ""]
    return R("domains/%s_domain/servers/AdminServer/security/boot.properties" % g.app().lower(), "\n".join(lines) + "\n# do not commit\n#\n",
             "weblogic", "weblogic-boot-properties", "boot.properties", pw)


@neg(1)
def n_weblogic_boot(g):
    lines = ["#%s" % g.date(), "password={AES256}%s" % g.b64bytes(48), "username={AES256}%s" % g.b64bytes(32), "", "#", ""]
    return R("domains/%s_domain/servers/AdminServer/security/boot.properties" % g.app().lower(), "\n".join(lines),
             "weblogic", "weblogic-boot-aes", "boot.properties")


# ============================================================================
# LDAP / SSSD / Samba / fstab
# ============================================================================
@pos(1.2)
def p_sssd(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    dom = g.choice(DNS)
    base = ",".join("dc=" + p for p in dom.split("."))
    text = """[sssd]
config_file_version = 2
services = nss, pam, sudo
domains = %s

[domain/%s]
id_provider = ldap
auth_provider = ldap
chpass_provider = ldap
ldap_uri = ldaps://%s
ldap_search_base = %s
ldap_default_bind_dn = CN=%s,OU=Service Accounts,%s
ldap_default_authtok_type = password
ldap_default_authtok = %s
ldap_tls_reqcert = demand
ldap_tls_cacert = /etc/pki/tls/certs/ca-bundle.crt
ldap_schema = ad
ldap_id_mapping = True
cache_credentials = True
enumerate = False
""" % (dom, dom, g.fqdn(), base, g.user(), base, pw)
    return R("ansible/roles/sssd/files/sssd.conf", text, "ldap", "sssd-ldap-authtok", "sssd.conf", pw)


@neg(1.2)
def n_sssd(g):
    dom = g.choice(DNS)
    base = ",".join("dc=" + p for p in dom.split("."))
    if g.chance(0.5):
        # machine-account Kerberos bind from the keytab -- no password at all
        auth = "ldap_sasl_mech = GSSAPI\nldap_sasl_authid = %s$@%s\nldap_krb5_keytab = /etc/krb5.keytab" % (g.host().upper(), dom.upper())
        kind = "sssd-gssapi"
    else:
        auth = "ldap_default_authtok = {{ sssd_bind_password }}"
        kind = "sssd-template"
    text = """[sssd]
services = nss, pam
domains = %s

[domain/%s]
id_provider = ldap
ldap_uri = ldaps://%s
ldap_search_base = %s
ldap_default_bind_dn = CN=%s,OU=Service Accounts,%s
%s
cache_credentials = True
""" % (dom, dom, g.fqdn(), base, g.user(), base, auth)
    return R("ansible/roles/sssd/templates/sssd.conf", text, "ldap", kind, "sssd.conf")


@pos(1)
def p_ldap_conf(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    dom = g.choice(DNS)
    base = ",".join("dc=" + p for p in dom.split("."))
    lines = ["# /etc/ldap.conf (pam_ldap / nss_ldap)", "host %s" % g.fqdn(), "base %s" % base, "ldap_version 3",
             "binddn cn=%s,ou=ServiceAccounts,%s" % (g.user(), base), "bindpw %s" % pw,
             "pam_password ad", "nss_base_passwd ou=People,%s?sub" % base, "ssl start_tls", "tls_checkpeer yes", ""]
    return R("etc/ldap.conf", "\n".join(lines), "ldap", "ldap-conf-bindpw", "ldap.conf", pw)


@pos(1.2)
def p_smb_creds(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    if g.chance(0.5):
        text = "username=%s\npassword=%s\ndomain=%s\n" % (g.user(), pw, g.domain())
        text = "# mounted by /etc/fstab on the app servers\n# owner root:root 0600\n" + text + "\n"
        return R(g.choice(["etc/samba/.smbcredentials", "ansible/files/cifs-credentials"]), text, "samba", "cifs-credentials-file", "smbcredentials", pw)
    share = "//%s/%s" % (g.host().lower(), g.choice(["scans", "exports", "backup", "public"]))
    lines = ["# /etc/fstab: static file system information.", "#",
             "# <file system> <mount point>   <type>  <options>       <dump>  <pass>",
             "UUID=%s /               ext4    errors=remount-ro 0       1" % g.guid(),
             "UUID=%s /boot           ext4    defaults        0       2" % g.guid(),
             "/swapfile                                 none            swap    sw              0       0",
             "%s  /mnt/%s  cifs  username=%s,password=%s,domain=%s,uid=1001,gid=1001,vers=3.0,_netdev  0  0" % (share, share.rsplit("/", 1)[1], g.user(), pw, g.domain()), ""]
    return R("etc/fstab", "\n".join(lines), "samba", "fstab-cifs-password", "fstab", pw)


@neg(1.2)
def n_smb(g):
    share = "//%s/%s" % (g.host().lower(), g.choice(["scans", "exports", "backup"]))
    lines = ["# /etc/fstab: static file system information.",
             "UUID=%s /               ext4    errors=remount-ro 0       1" % g.guid(),
             "UUID=%s /boot           ext4    defaults        0       2" % g.guid(),
             "%s  /mnt/share  cifs  credentials=/etc/samba/.smbcredentials,uid=1001,gid=1001,vers=3.0,_netdev  0  0" % share,
             "%s  /mnt/krb  cifs  sec=krb5,multiuser,vers=3.0,_netdev  0  0" % share.replace("scans", "home"), ""]
    return R("etc/fstab", "\n".join(lines), "samba", "fstab-credentials-ref", "fstab")


# ============================================================================
# Jenkins / Ansible
# ============================================================================
def jenkins_job(g, builder_cmd, param_xml=""):
    return """<?xml version='1.1' encoding='UTF-8'?>
<project>
  <actions/>
  <description>Deploys %s to the %s farm</description>
  <keepDependencies>false</keepDependencies>
  <properties>
    <hudson.model.ParametersDefinitionProperty>
      <parameterDefinitions>
        <hudson.model.StringParameterDefinition>
          <name>TARGET</name>
          <defaultValue>%s</defaultValue>
          <trim>false</trim>
        </hudson.model.StringParameterDefinition>
%s      </parameterDefinitions>
    </hudson.model.ParametersDefinitionProperty>
  </properties>
  <scm class="hudson.scm.NullSCM"/>
  <canRoam>true</canRoam>
  <disabled>false</disabled>
  <triggers/>
  <builders>
    <hudson.plugins.powershell.PowerShell plugin="powershell@1.4">
      <command>%s</command>
    </hudson.plugins.powershell.PowerShell>
  </builders>
  <publishers/>
  <buildWrappers/>
</project>
""" % (g.app(), g.choice(["UAT", "PROD", "IIS"]), g.fqdn(), param_xml, builder_cmd)


@pos(1.5)
def p_jenkins(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    if g.chance(0.5):
        cmd = "msdeploy.exe -verb:sync -source:package=%s.zip -dest:auto,computerName=https://$env:TARGET:8172/msdeploy.axd,userName=%s,password=%s,authType=Basic -allowUntrusted" % (g.app(), g.user(), pw)
        kind = "jenkins-msdeploy-password"
        x = jenkins_job(g, cmd)
    else:
        param = """        <hudson.model.StringParameterDefinition>
          <name>%s</name>
          <defaultValue>%s</defaultValue>
          <trim>false</trim>
        </hudson.model.StringParameterDefinition>
""" % (g.var(["DEPLOY_PASSWORD", "SVC_PWD", "WEBDEPLOY_PASS"]).upper(), pw)
        x = jenkins_job(g, "& .\\deploy.ps1 -Target $env:TARGET", param)
        kind = "jenkins-string-param-password"
    return R("jenkins/jobs/%s-deploy/config.xml" % g.app().lower(), x, "jenkins", kind, "config.xml", pw)


@neg(1.5)
def n_jenkins(g):
    if g.chance(0.5):
        param = """        <hudson.model.PasswordParameterDefinition>
          <name>DEPLOY_PASSWORD</name>
          <defaultValue>{AQAAABAAAAAQ%s}</defaultValue>
        </hudson.model.PasswordParameterDefinition>
""" % g.b64bytes(g.choice([32, 48]))
        x = jenkins_job(g, "& .\\deploy.ps1 -Target $env:TARGET -Password $env:DEPLOY_PASSWORD", param)
        kind = "jenkins-encrypted-secret"
    else:
        x = jenkins_job(g, "msdeploy.exe -verb:sync -source:package=app.zip -dest:auto,computerName=https://$env:TARGET:8172/msdeploy.axd,userName=$env:DEPLOY_USER,password=$env:DEPLOY_PASS,authType=Basic")
        kind = "jenkins-env-ref"
    return R("jenkins/jobs/%s-deploy/config.xml" % g.app().lower(), x, "jenkins", kind, "config.xml")


@pos(2)
def p_ansible_win(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    q = g.choice(["'", '"', ""])
    if g.chance(0.5):
        lines = ["---", "# group_vars/windows.yml", "ansible_user: %s\\%s" % (g.domain(), g.user()) if g.chance(0.5) else "ansible_user: %s@%s" % (g.user(), g.choice(DNS).upper()),
                 "ansible_password: %s%s%s" % (q, pw, q), "ansible_connection: winrm", "ansible_winrm_transport: %s" % g.choice(["ntlm", "kerberos", "credssp"]),
                 "ansible_winrm_server_cert_validation: ignore", "ansible_port: 5986", "",
                 "iis_sites:", "  - name: %s" % g.app(), "    port: 443", "    pool: %sAppPool" % g.app(), ""]
        return R("ansible/inventories/prod/group_vars/windows.yml", "\n".join(lines), "ansible", "ansible-winrm-password", "yml", pw)
    v = g.var(["svc_password", "sql_sa_password", "domain_join_password", "app_pool_password"])
    lines = ["---", "- name: Configure %s servers" % g.app(), "  hosts: %s_servers" % g.app().lower(), "  gather_facts: false",
             "  vars:", "    %s: %s%s%s" % (v, q, pw, q), "  tasks:",
             "    - name: Ensure service account", "      ansible.windows.win_user:",
             "        name: %s" % g.user(), "        password: \"{{ %s }}\"" % v, "        password_never_expires: true",
             "        groups: [ 'IIS_IUSRS' ]", "",
             "    - name: App pool identity", "      community.windows.win_iis_webapppool:",
             "        name: %sAppPool" % g.app(), "        attributes:", "          processModel.identityType: SpecificUser",
             "          processModel.userName: '%s\\%s'" % (g.domain(), g.user()), "          processModel.password: \"{{ %s }}\"" % v, ""]
    return R("ansible/playbooks/%s.yml" % g.app().lower(), "\n".join(lines), "ansible", "ansible-vars-password", "yml", pw)


@neg(2)
def n_ansible_win(g):
    k = g.rint(0, 2)
    if k == 0:
        val = '"{{ vault_ansible_password }}"'
    elif k == 1:
        body = "\n".join("          " + g.hexs(80) for _ in range(g.rint(4, 7)))
        val = "!vault |\n          $ANSIBLE_VAULT;1.1;AES256\n" + body
    else:
        val = "\"{{ lookup('env', 'WINRM_PASSWORD') }}\""
    lines = ["---", "ansible_user: %s\\%s" % (g.domain(), g.user()), "ansible_password: %s" % val, "ansible_connection: winrm",
             "ansible_winrm_transport: ntlm", "ansible_port: 5986", ""]
    return R("ansible/inventories/prod/group_vars/windows.yml", "\n".join(lines), "ansible", "ansible-vault-or-ref", "yml")


# ============================================================================
# network gear: Cisco / SNMP / BMC
# ============================================================================
def cisco_conf(g, special):
    hn = g.choice(["SW", "RTR", "CORE", "ACC", "FW"]) + "-" + g.choice(["HQ", "DC1", "BR", "WH"]) + "-%02d" % g.rint(1, 30)
    lines = ["!", "! Last configuration change at %02d:%02d:%02d UTC %s by %s" % (g.rint(0, 23), g.rint(0, 59), g.rint(0, 59), g.date(), g.user()),
             "!", "version 15.%d" % g.rint(0, 9), "service timestamps debug datetime msec", "service timestamps log datetime msec",
             "no service password-encryption" if g.chance(0.3) else "service password-encryption", "!", "hostname %s" % hn, "!",
             "boot-start-marker", "boot-end-marker", "!", "enable secret 5 %s" % md5crypt_like(g), "!", "aaa new-model", "!",
             "ip domain-name %s" % g.choice(DNS), "ip name-server %s" % g.ip(), "!"]
    lines += special
    lines += ["!", "interface GigabitEthernet0/1", " description Uplink to core", " switchport mode trunk", "!",
              "interface Vlan%d" % g.rint(10, 400), " ip address %s 255.255.255.0" % g.ip(), "!",
              "ip ssh version 2", "logging host %s" % g.ip(), "ntp server %s" % g.ip(), "!",
              "line con 0", " logging synchronous", "line vty 0 4", " transport input ssh", "!", "end", ""]
    return hn, "\n".join(lines)


@pos(2)
def p_cisco(g):
    k = g.rint(0, 3)
    if k == 0:
        pw = g.pw(symbols="!#*+-.=@_~")
        sp = ["username %s privilege 15 password 0 %s" % (g.choice(["admin", "netops", g.user()]), pw)]
        needle, kind = pw, "cisco-password-0-clear"
    elif k == 1:
        pw = g.pw(symbols="!#*+-.=@_~")
        t7 = cisco_type7(pw, g.r)
        sp = ["username %s privilege 15 password 7 %s" % (g.choice(["admin", "netops", g.user()]), t7)]
        needle, kind = t7, "cisco-type7-password"
    elif k == 2:
        pw = g.machine_pw(g.rint(12, 20), symbols="")
        t7 = cisco_type7(pw, g.r)
        sp = ["tacacs server ISE-%02d" % g.rint(1, 4), " address ipv4 %s" % g.ip(), " key 7 %s" % t7]
        needle, kind = t7, "cisco-tacacs-key-type7"
    else:
        comm = g.choice([g.machine_pw(g.rint(10, 18), symbols=""), g.human_pw(symbols="#_-")])
        sp = ["snmp-server community %s RO %d" % (comm, g.rint(10, 99)), "snmp-server location %s" % g.choice(["DC1 Row 4", "HQ 2nd floor IDF", "Warehouse"]),
              "snmp-server contact noc@%s" % g.choice(DNS)]
        needle, kind = comm, "snmp-community-v2c"
    hn, text = cisco_conf(g, sp)
    return R("network/configs/%s-running-config.txt" % hn.lower(), text, "cisco", kind, "running-config", needle)


@neg(2)
def n_cisco(g):
    k = g.rint(0, 2)
    if k == 0:
        sp = ["username admin privilege 15 secret 9 $9$%s$%s" % (g.rand("./" + ALNUM, 14), g.rand("./" + ALNUM, 43))]
    elif k == 1:
        sp = ["username admin privilege 15 secret 5 %s" % md5crypt_like(g), "snmp-server community public RO 99",
              "snmp-server group NMS v3 priv", "snmp-server user nms NMS v3 auth sha <removed> priv aes 128 <removed>"]
    else:
        sp = ["tacacs server ISE-01", " address ipv4 %s" % g.ip(), " key 7 <REMOVED>", "username admin privilege 15 password 7 <REMOVED>"]
    hn, text = cisco_conf(g, sp)
    return R("network/configs/%s-running-config.txt" % hn.lower(), text, "cisco", "cisco-hash-or-removed", "running-config")


@pos(1)
def p_snmpd(g):
    comm = g.choice([g.machine_pw(g.rint(10, 18), symbols=""), g.human_pw(symbols="#_-")])
    lines = ["# snmpd.conf - managed by puppet? no, by hand (%s)" % g.choice(FIRST), "sysLocation    %s" % g.choice(["DC1 Rack B07", "HQ server room"]),
             "sysContact     noc@%s" % g.choice(DNS), "agentAddress  udp:161", "",
             "view   systemonly  included   .1.3.6.1.2.1.1", "view   systemonly  included   .1.3.6.1.2.1.25.1", "",
             "rocommunity %s %s/16" % (comm, g.ip().rsplit(".", 2)[0] + ".0.0"), "rocommunity6 public  localhost" if g.chance(0.2) else "",
             "disk / 10000", "load 12 10 5", ""]
    return R("etc/snmp/snmpd.conf", "\n".join(lines), "snmp", "snmpd-rocommunity", "snmpd.conf", comm)


@neg(1)
def n_snmpd(g):
    lines = ["# snmpd.conf", "sysLocation    DC1", "agentAddress  udp:161", "",
             "createUser nmsuser SHA \"%s\" AES" % "${SNMP_AUTH_PASS}", "rouser nmsuser priv",
             "rocommunity public  localhost", "disk / 10000", ""]
    return R("etc/snmp/snmpd.conf", "\n".join(lines), "snmp", "snmpd-v3-ref", "snmpd.conf")


@pos(1.5)
def p_bmc(g):
    pw = g.pw(symbols="!#*+-.=@_~")
    hosts = [g.fqdn().replace(".", "-ilo.", 1) for _ in range(g.rint(2, 5))]
    k = g.rint(0, 2)
    if k == 0:
        lines = ["#!/bin/bash", "# power-cycle hung nodes via IPMI", "set -euo pipefail", "BMC_USER=ADMIN",
                 "%s='%s'" % (g.var(["BMC_PASS", "IPMI_PASSWORD", "IPMIPW"]), pw), ""]
        vn = lines[4].split("=")[0]
        lines += ["for h in %s; do" % " ".join(hosts), "  ipmitool -I lanplus -H \"$h\" -U \"$BMC_USER\" -P \"$%s\" chassis power status" % vn,
                  "done", ""]
        return R("ops/ipmi/power_status.sh", "\n".join(lines), "bmc", "ipmitool-password", "sh", pw)
    if k == 1:
        lines = ["@echo off", "REM iDRAC: set boot order + reboot", "set RACADM=\"C:\\Program Files\\Dell\\SysMgt\\rac5\\racadm.exe\""]
        for h in hosts:
            lines.append("%%RACADM%% -r %s -u root -p %s set BIOS.BiosBootSettings.BootSeq NIC.Integrated.1-1-1" % (h, pw))
        lines = lines[:4] + ["%%RACADM%% -r %s -u root -p %%IDRACPW%% serveraction powercycle" % hosts[0], ""]
        return R("ops/idrac/set_pxe.cmd", "\r\n".join(lines), "bmc", "racadm-password", "cmd", pw)
    text = """<RIBCL VERSION="2.0">
  <LOGIN USER_LOGIN="Administrator" PASSWORD="%s">
    <USER_INFO MODE="write">
      <ADD_USER USER_NAME="Monitoring" USER_LOGIN="monitor" PASSWORD="%%user_password%%">
        <ADMIN_PRIV value="N"/>
        <REMOTE_CONS_PRIV value="N"/>
        <RESET_SERVER_PRIV value="N"/>
        <VIRTUAL_MEDIA_PRIV value="N"/>
        <CONFIG_ILO_PRIV value="N"/>
      </ADD_USER>
    </USER_INFO>
  </LOGIN>
</RIBCL>
""" % pw
    return R("ops/ilo/add_monitor_user.xml", text, "bmc", "ilo-ribcl-password", "xml", pw)


@neg(1.5)
def n_bmc(g):
    if g.chance(0.5):
        lines = ["#!/bin/bash", "set -euo pipefail", "# password is read from the vault agent file",
                 "export IPMI_PASSWORD=$(cat /run/secrets/ipmi)", "for h in %s; do" % " ".join(g.fqdn() for _ in range(3)),
                 "  ipmitool -I lanplus -H \"$h\" -U ADMIN -E chassis power status", "done", ""]
        return R("ops/ipmi/power_status.sh", "\n".join(lines), "bmc", "ipmitool-env", "sh")
    text = """<RIBCL VERSION="2.0">
  <LOGIN USER_LOGIN="adminname" PASSWORD="password">
    <!-- HPONCFG ignores LOGIN when run locally; values are the HP sample defaults -->
    <SERVER_INFO MODE="read">
      <GET_HOST_DATA />
    </SERVER_INFO>
  </LOGIN>
</RIBCL>
"""
    return R("ops/ilo/get_host_data.xml", text, "bmc", "ilo-ribcl-sample", "xml")


# ============================================================================
# SQL scripts
# ============================================================================
@pos(1.5)
def p_sql_login(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    login = g.user()
    db = g.app()
    lines = ["USE [master]", "GO", "-- %s: service login for %s (%s)" % (g.date(), db, g.person()),
             "IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'%s')" % login,
             "    CREATE LOGIN [%s] WITH PASSWORD = N'%s', DEFAULT_DATABASE = [%s], CHECK_POLICY = OFF, CHECK_EXPIRATION = OFF" % (login, pw, db),
             "GO", "USE [%s]" % db, "GO", "CREATE USER [%s] FOR LOGIN [%s]" % (login, login), "GO",
             "ALTER ROLE [db_datareader] ADD MEMBER [%s]" % login, "ALTER ROLE [db_datawriter] ADD MEMBER [%s]" % login,
             "GRANT EXECUTE ON SCHEMA::[dbo] TO [%s]" % login, "GO", ""]
    if g.chance(0.3):
        lines[4] = "ALTER LOGIN [%s] WITH PASSWORD = '%s'" % (login, pw)
        lines[3] = "-- rotate"
    return R("database/%s/security/%s.sql" % (db, login), "\n".join(lines), "mssql", "sql-create-login-password", "sql", pw)


@neg(1.5)
def n_sql_login(g):
    login = g.user()
    db = g.app()
    if g.chance(0.5):
        cl = "CREATE LOGIN [%s] WITH PASSWORD = 0x0200%s HASHED, SID = 0x%s, DEFAULT_DATABASE = [%s], CHECK_POLICY = OFF" % (login, g.hexs(136, True), g.hexs(32, True), db)
        kind = "sql-login-hashed"
    else:
        cl = "CREATE LOGIN [%s] WITH PASSWORD = N'$(SvcPassword)', DEFAULT_DATABASE = [%s]" % (login, db)
        kind = "sql-login-sqlcmd-var"
    lines = ["-- generated by sp_help_revlogin", "USE [master]", "GO", cl, "GO", "USE [%s]" % db, "GO",
             "CREATE USER [%s] FOR LOGIN [%s]" % (login, login), "ALTER ROLE [db_datareader] ADD MEMBER [%s]" % login, "GO", ""]
    return R("database/%s/security/%s.sql" % (db, login), "\n".join(lines), "mssql", kind, "sql")


# ============================================================================
# more batch: sqlcmd / psexec / runas / schtasks
# ============================================================================
@pos(2)
def p_bat_tools(g):
    pw = g.pw(symbols="#*+-.=?@_~", hsymbols="#*.@_-+")
    u = g.user()
    k = g.rint(0, 2)
    if k == 0:
        lines = ["@echo off", "REM purge staging tables before the %s load" % g.app(), "setlocal",
                 "set SQLSRV=%s" % g.host(), "sqlcmd -S %%SQLSRV%% -d %s -U %s -P %s -b -i purge_staging.sql -o purge.log" % (g.app(), u, pw),
                 "if %ERRORLEVEL% NEQ 0 (", "  echo purge failed, see purge.log", "  exit /b %ERRORLEVEL%", ")", "endlocal", ""]
        kind = "bat-sqlcmd-password"
    elif k == 1:
        hosts = " ".join(g.host() for _ in range(g.rint(2, 5)))
        lines = ["@echo off", "REM push agent update to %s servers" % g.app(), "for %%%%H in (%s) do (" % hosts,
                 "  psexec \\\\%%%%H -u %s\\%s -p %s -h -accepteula msiexec /i \\\\%s\\Deploy$\\agent.msi /qn" % (g.domain(), u, pw, g.host()),
                 ")", "echo done", ""]
        kind = "bat-psexec-password"
    else:
        lines = ["@echo off", "REM register the nightly %s job" % g.app(),
                 "schtasks /Create /TN \"%s\\Nightly\" /TR \"C:\\Jobs\\%s\\run.cmd\" /SC DAILY /ST 02:30 /RU %s\\%s /RP %s /RL HIGHEST /F" % (g.company(), g.app(), g.domain(), u, pw),
                 "schtasks /Query /TN \"%s\\Nightly\" /V /FO LIST" % g.company(), ""]
        kind = "bat-schtasks-rp"
    path = g.choice(["scripts/%s.cmd", "batch/%s.bat", "jobs/%s.bat"]) % g.choice(["purge", "deploy_agent", "register_job", "nightly"])
    return R(path, "\r\n".join(lines), "windows", kind, path.rsplit(".", 1)[1], pw)


@neg(2)
def n_bat_tools(g):
    k = g.rint(0, 2)
    if k == 0:
        lines = ["@echo off", "REM integrated auth (-E); runs as the scheduled task identity",
                 "sqlcmd -S %s -d %s -E -b -i purge_staging.sql -o purge.log" % (g.host(), g.app()), "exit /b %ERRORLEVEL%", ""]
    elif k == 1:
        lines = ["@echo off", "REM prompts for the password (runas never accepts it on the command line)",
                 "runas /user:%s\\%s /savecred \"mmc.exe dsa.msc\"" % (g.domain(), g.user()), ""]
    else:
        lines = ["@echo off", "set /p RP=Password for %s\\%s: " % (g.domain(), g.user()),
                 "schtasks /Create /TN \"Nightly\" /TR \"C:\\Jobs\\run.cmd\" /SC DAILY /ST 02:30 /RU %s\\%s /RP %%RP%% /F" % (g.domain(), g.user()),
                 "set RP=", ""]
    lines = lines[:1] + ["REM %s - %s" % (g.app(), g.person()), "setlocal", "cd /d %~dp0"] + lines[1:-1] + ["endlocal", ""]
    return R("scripts/%s.cmd" % g.choice(["purge", "admin_tools", "register_job"]), "\r\n".join(lines), "windows", "bat-tools-no-secret", "cmd")


# ============================================================================
# Task Scheduler XML
# ============================================================================
def task_xml(g, userid, logon, args):
    return """<?xml version="1.0" encoding="UTF-16"?>
<Task version="1.4" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <RegistrationInfo>
    <Date>%sT02:00:00</Date>
    <Author>%s\\%s</Author>
    <URI>\\%s\\%s Export</URI>
  </RegistrationInfo>
  <Triggers>
    <CalendarTrigger>
      <StartBoundary>%sT02:30:00</StartBoundary>
      <Enabled>true</Enabled>
      <ScheduleByDay><DaysInterval>1</DaysInterval></ScheduleByDay>
    </CalendarTrigger>
  </Triggers>
  <Principals>
    <Principal id="Author">
      <UserId>%s</UserId>
      <LogonType>%s</LogonType>
      <RunLevel>HighestAvailable</RunLevel>
    </Principal>
  </Principals>
  <Settings>
    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>
    <ExecutionTimeLimit>PT4H</ExecutionTimeLimit>
    <Enabled>true</Enabled>
  </Settings>
  <Actions Context="Author">
    <Exec>
      <Command>%s</Command>
      <Arguments>%s</Arguments>
      <WorkingDirectory>C:\\Jobs\\%s</WorkingDirectory>
    </Exec>
  </Actions>
</Task>
""" % (g.date(), g.domain(), g.user(), g.company(), g.app(), g.date(), userid, logon,
       g.choice(["sqlcmd.exe", "C:\\Program Files\\WinSCP\\WinSCP.com", "powershell.exe"]), args, g.app())


@pos(1.2)
def p_task_xml(g):
    pw = g.pw(symbols="#*+-.=?@_~", hsymbols="#*.@_-+")
    k = g.rint(0, 1)
    if k == 0:
        args = "-S %s -U %s -P %s -i export.sql -o export.log" % (g.host(), g.user(), pw)
    else:
        args = "-ExecutionPolicy Bypass -File C:\\Jobs\\export.ps1 -User %s\\%s -Password %s" % (g.domain(), g.user(), pw)
    return R("tasks/%s Export.xml" % g.app(), task_xml(g, "%s\\%s" % (g.domain(), g.user()), "Password", args),
             "windows", "task-xml-arguments-password", "TaskScheduler.xml", pw)


@neg(1.2)
def n_task_xml(g):
    if g.chance(0.5):
        userid, logon, args = "S-1-5-18", "ServiceAccount", "-S %s -E -i export.sql -o export.log" % g.host()
    else:
        userid, logon = "%s\\%s$" % (g.domain(), g.user()), "Password"   # gMSA, password managed by AD
        args = "-ExecutionPolicy Bypass -File C:\\Jobs\\export.ps1"
    return R("tasks/%s Export.xml" % g.app(), task_xml(g, userid, logon, args), "windows", "task-xml-system-or-gmsa", "TaskScheduler.xml")


# ============================================================================
# Azure tokens
# ============================================================================
def ado_pat(g):
    # legacy Azure DevOps PAT: 52 chars lowercase base32
    return g.rand(B32L, 52)


def ado_pat_new(g):
    # 2024 format (84 chars, 'AZDO' at offset 76); inner structure partly guessed -> see DOUBTS
    return g.rand(ALNUM, 52) + "JQQJ99" + g.rand(ALNUM, 18) + "AZDO" + g.rand(ALNUM, 4)


def storage_key(g):
    return g.b64bytes(64)


def aad_secret(g):
    return g.rand(ALNUM + "_-", 3) + g.choice(["8Q~", "8Q~", "7Q~"]) + g.rand(ALNUM + "_-.~", 34)


def storage_connstr(g, key):
    acct = (g.company() + g.choice(["prd", "data", "sa", "backup", "logs"]) + "%02d" % g.rint(1, 9)).lower()
    return "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, key)


def appsettings(g, conn_val, extra):
    return """{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "DefaultConnection": "%s"
  },
%s
  "Smtp": {
    "Host": "smtp.%s",
    "Port": 25,
    "From": "noreply@%s"
  }
}
""" % (conn_val, extra, g.choice(DNS), g.choice(DNS))


@pos(3)
def p_appsettings(g):
    k = g.rint(0, 2)
    tenant, client = g.guid(), g.guid()
    if k == 0:
        pw = g.pw(symbols="!#*+-.=?@_~")
        cs = sql_connstr(g, pw, g.choice(["sql", "sql2"]))[1]
        extra = '  "AzureAd": {\n    "Instance": "https://login.microsoftonline.com/",\n    "TenantId": "%s",\n    "ClientId": "%s"\n  },' % (tenant, client)
        needle, kind, prov = pw, "appsettings-connstr-password", "dotnet"
    elif k == 1:
        sec = aad_secret(g)
        cs = "Server=%s;Database=%s;Trusted_Connection=True;TrustServerCertificate=True" % (g.host(), g.app())
        nm = g.choice(["ClientSecret", "ClientSecret", "Secret", "AppKey", "Value"])
        extra = '  "AzureAd": {\n    "Instance": "https://login.microsoftonline.com/",\n    "Domain": "%s.onmicrosoft.com",\n    "TenantId": "%s",\n    "ClientId": "%s",\n    "%s": "%s",\n    "CallbackPath": "/signin-oidc"\n  },' % (g.company().lower(), tenant, client, nm, sec)
        needle, kind, prov = sec, "azure-ad-client-secret", "azure"
    else:
        key = storage_key(g)
        cs = "Server=%s;Database=%s;Trusted_Connection=True" % (g.host(), g.app())
        extra = '  "Storage": {\n    "%s": "%s",\n    "Container": "%s"\n  },' % (g.choice(["ConnectionString", "BlobConnection", "Conn", "Primary"]), storage_connstr(g, key), g.app().lower() + "-docs")
        needle, kind, prov = key, "azure-storage-connstr", "azure"
    return R(g.choice(["src/%s.Api/appsettings.json", "src/%s.Web/appsettings.Production.json", "%s/appsettings.json"]) % g.app(),
             appsettings(g, cs, extra), prov, kind, "appsettings.json", needle)


@neg(3)
def n_appsettings(g):
    k = g.rint(0, 3)
    tenant, client = g.guid(), g.guid()
    cs = "Server=%s;Database=%s;Trusted_Connection=True;TrustServerCertificate=True" % (g.host(), g.app())
    if k == 0:
        extra = '  "AzureAd": {\n    "TenantId": "%s",\n    "ClientId": "%s",\n    "ClientSecret": "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/AadClientSecret/)"\n  },' % (tenant, client, g.app().lower())
    elif k == 1:
        extra = '  "AzureAd": {\n    "TenantId": "%s",\n    "ClientId": "%s",\n    "ClientCertificates": [ { "SourceType": "StoreWithThumbprint", "CertificateStorePath": "CurrentUser/My", "CertificateThumbprint": "%s" } ]\n  },' % (tenant, client, g.hexs(40, True))
    elif k == 2:
        extra = '  "Storage": {\n    "ConnectionString": "UseDevelopmentStorage=true",\n    "AccountName": "devstoreaccount1"\n  },'
    else:
        cs = "Server=%s;Database=%s;User Id=%s;Password=${DB_PASSWORD}" % (g.host(), g.app(), g.user())
        extra = '  "Storage": {\n    "ServiceUri": "https://%s.blob.core.windows.net/",\n    "UseManagedIdentity": true\n  },' % (g.company().lower() + "prd01")
    return R("src/%s.Api/appsettings.json" % g.app(), appsettings(g, cs, extra), "dotnet", "appsettings-no-secret", "appsettings.json")


def nuget_config(g, creds):
    org = g.company().lower()
    return """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
    <add key="%s-internal" value="https://pkgs.dev.azure.com/%s/_packaging/%s-internal/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <%s-internal>
      <add key="Username" value="%s" />
%s
    </%s-internal>
  </packageSourceCredentials>
</configuration>
""" % (org, org, org, org, g.choice(["build", "az", "pat", g.user()]), creds, org)


@pos(2)
def p_nuget_pat(g):
    pat = ado_pat(g) if g.chance(0.75) else ado_pat_new(g)
    return R("nuget.config", nuget_config(g, '      <add key="ClearTextPassword" value="%s" />' % pat), "azure-devops",
             "ado-pat-nuget-config", "nuget.config", pat)


@neg(2)
def n_nuget(g):
    if g.chance(0.5):
        c = '      <add key="ClearTextPassword" value="%NUGET_FEED_PAT%" />'
    else:
        blob = base64.b64encode(bytes.fromhex("01000000d08c9ddf0115d1118c7a00c04fc297eb01000000") + bytes(g.r.getrandbits(8) for _ in range(g.choice([170, 202, 234])))).decode()
        c = '      <add key="Password" value="%s" />' % blob
    return R("nuget.config", nuget_config(g, c), "azure-devops", "nuget-env-or-dpapi", "nuget.config")


@pos(2)
def p_ps_rest(g):
    k = g.rint(0, 2)
    org = g.company().lower()
    v = g.var(["pat", "PersonalAccessToken", "AzDoToken", "token", "PAT"])
    if k <= 1:
        tok = ado_pat(g) if k == 0 else ado_pat_new(g)
        lines = ["# List release pipelines and trigger the one for %s" % g.app(), "$org = 'https://dev.azure.com/%s'" % org, "$project = '%s'" % g.app(),
                 "$%s = '%s'" % (v, tok),
                 "$b64 = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes(\":$%s\"))" % v,
                 "$headers = @{ Authorization = \"Basic $b64\" }", "",
                 "$defs = Invoke-RestMethod -Uri \"$org/$project/_apis/build/definitions?api-version=7.0\" -Headers $headers -Method Get",
                 "$def = $defs.value | Where-Object { $_.name -like '*%s*' } | Select-Object -First 1" % g.app(),
                 "$body = @{ definition = @{ id = $def.id } } | ConvertTo-Json",
                 "Invoke-RestMethod -Uri \"$org/$project/_apis/build/builds?api-version=7.0\" -Headers $headers -Method Post -Body $body -ContentType 'application/json'", ""]
        return R("tools/Start-%sBuild.ps1" % g.app(), "\n".join(lines), "azure-devops", "ado-pat-powershell", "ps1", tok)
    pw = g.pw(symbols="!#*+-.=?@_~")
    user = g.user()
    basic = base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()
    lines = ["# query the %s ServiceNow/legacy REST endpoint" % g.app(), "$uri = 'https://%s/api/now/table/incident?sysparm_limit=10'" % g.fqdn(),
             "$headers = @{", "    Authorization = 'Basic %s'" % basic, "    Accept        = 'application/json'", "}",
             "$r = Invoke-RestMethod -Uri $uri -Headers $headers -Method Get",
             "$r.result | Select-Object number, short_description, state | Format-Table -AutoSize", ""]
    return R("tools/Get-%sIncidents.ps1" % g.app(), "\n".join(lines), "http", "basic-auth-header-powershell", "ps1", basic)


@neg(2)
def n_ps_rest(g):
    k = g.rint(0, 2)
    if k == 0:
        tokline = "$pat = $env:SYSTEM_ACCESSTOKEN"
    elif k == 1:
        tokline = "$pat = (Get-Secret -Name 'AzDoPat' -Vault CorpVault -AsPlainText)"
    else:
        tokline = "$pat = Read-Host -Prompt 'Azure DevOps PAT' -MaskInput"
    lines = ["$org = 'https://dev.azure.com/%s'" % g.company().lower(), tokline,
             "$b64 = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes(\":$pat\"))",
             "$headers = @{ Authorization = \"Basic $b64\" }",
             "Invoke-RestMethod -Uri \"$org/_apis/projects?api-version=7.0\" -Headers $headers | Select-Object -ExpandProperty value", ""]
    return R("tools/Get-Projects.ps1", "\n".join(lines), "azure-devops", "ado-pat-ref", "ps1")


# ============================================================================
# app.config / machine.config / publish profiles
# ============================================================================
def appconfig(g, inner):
    return """<?xml version="1.0" encoding="utf-8" ?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
%s
  <appSettings>
    <add key="ExportFolder" value="D:\\Exports\\%s" />
    <add key="BatchSize" value="%d" />
    <add key="InstanceId" value="%s" />
  </appSettings>
</configuration>
""" % (inner, g.app(), g.rint(50, 5000), g.guid())


@pos(2)
def p_appconfig(g):
    k = g.rint(0, 2)
    if k == 0:
        pw = g.pw(symbols="!#*+-.=?@_~")
        inner = """  <system.net>
    <mailSettings>
      <smtp from="%s@%s" deliveryMethod="Network">
        <network host="%s" port="587" enableSsl="true" userName="%s@%s" password="%s" />
      </smtp>
    </mailSettings>
  </system.net>""" % (g.app().lower(), g.choice(DNS), g.choice(["smtp.office365.com", "mail." + g.choice(DNS), g.fqdn()]), g.user(), g.choice(DNS), pw)
        return R("src/%s.Service/App.config" % g.app(), appconfig(g, inner), "exchange", "smtp-relay-password-appconfig", "app.config", pw)
    if k == 1:
        key = storage_key(g)
        inner = '  <connectionStrings>\n    <add name="%s" connectionString="%s" />\n  </connectionStrings>' % (g.choice(["StorageConnection", "AzureWebJobsStorage", "Blob"]), storage_connstr(g, key))
        return R("src/%s.Worker/App.config" % g.app(), appconfig(g, inner), "azure", "azure-storage-connstr-appconfig", "app.config", key)
    pw = g.pw(symbols="!#*+-.=?@_~")
    nm = g.var(["ServicePassword", "LdapBindPassword", "FtpPassword", "ImportPwd"])
    inner = '  <applicationSettings>\n    <%s.Properties.Settings>\n      <setting name="ServiceUser" serializeAs="String">\n        <value>%s\\%s</value>\n      </setting>\n      <setting name="%s" serializeAs="String">\n        <value>%s</value>\n      </setting>\n    </%s.Properties.Settings>\n  </applicationSettings>' % (g.app(), g.domain(), g.user(), nm, pw, g.app())
    return R("src/%s.Service/App.config" % g.app(), appconfig(g, inner), "dotnet", "appconfig-setting-password", "app.config", pw)


@neg(2)
def n_appconfig(g):
    k = g.rint(0, 2)
    if k == 0:
        inner = """  <system.net>
    <mailSettings>
      <smtp from="noreply@%s" deliveryMethod="Network">
        <network host="%s" port="25" defaultCredentials="true" />
      </smtp>
    </mailSettings>
  </system.net>""" % (g.choice(DNS), g.fqdn())
    elif k == 1:
        inner = '  <connectionStrings>\n    <add name="AzureWebJobsStorage" connectionString="UseDevelopmentStorage=true" />\n  </connectionStrings>'
    else:
        inner = '  <applicationSettings>\n    <%s.Properties.Settings>\n      <setting name="ServicePassword" serializeAs="String">\n        <value />\n      </setting>\n      <setting name="CertThumbprint" serializeAs="String">\n        <value>%s</value>\n      </setting>\n    </%s.Properties.Settings>\n  </applicationSettings>' % (g.app(), g.hexs(40, True), g.app())
    return R("src/%s.Service/App.config" % g.app(), appconfig(g, inner), "dotnet", "appconfig-no-secret", "app.config")


def machine_config(g, pm):
    return """<?xml version="1.0" encoding="UTF-8" ?>
<!-- Please refer to machine.config.comments for a description and
     the default values of each configuration section. -->
<configuration>
  <configSections>
    <section name="appSettings" type="System.Configuration.AppSettingsSection, System.Configuration, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a" restartOnExternalChanges="false" requirePermission="false" />
  </configSections>
  <connectionStrings>
    <add name="LocalSqlServer" connectionString="data source=.\\SQLEXPRESS;Integrated Security=SSPI;AttachDBFilename=|DataDirectory|aspnetdb.mdf;User Instance=true" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web>
    %s
    <machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" validation="HMACSHA256" />
    <membership>
      <providers>
        <add name="AspNetSqlMembershipProvider" type="System.Web.Security.SqlMembershipProvider" connectionStringName="LocalSqlServer" />
      </providers>
    </membership>
  </system.web>
</configuration>
""" % pm


@pos(1)
def p_machine_config(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    pm = '<processModel autoConfig="true" userName="%s\\%s" password="%s" />' % (g.domain(), g.user(), pw)
    return R("servers/%s/Framework64/v4.0.30319/Config/machine.config" % g.host().lower(), machine_config(g, pm), "dotnet", "machine-config-processmodel", "machine.config", pw)


@neg(1)
def n_machine_config(g):
    pm = g.choice(['<processModel autoConfig="true" userName="machine" password="AutoGenerate" />',
                   '<processModel autoConfig="true" userName="%s\\%s" password="registry:HKLM\\SOFTWARE\\%s\\ASPNET_SETREG,password" />' % (g.domain(), g.user(), g.company())])
    return R("servers/%s/Framework64/v4.0.30319/Config/machine.config" % g.host().lower(), machine_config(g, pm), "dotnet", "machine-config-autogenerate", "machine.config")


def pubxml(g, pwline):
    site = g.app().lower() + g.choice(["-prd", "-uat", "web"])
    return """<?xml version="1.0" encoding="utf-8"?>
<Project>
  <PropertyGroup>
    <WebPublishMethod>MSDeploy</WebPublishMethod>
    <LastUsedBuildConfiguration>Release</LastUsedBuildConfiguration>
    <LastUsedPlatform>Any CPU</LastUsedPlatform>
    <SiteUrlToLaunchAfterPublish>https://%s.azurewebsites.net</SiteUrlToLaunchAfterPublish>
    <LaunchSiteAfterPublish>false</LaunchSiteAfterPublish>
    <ExcludeApp_Data>false</ExcludeApp_Data>
    <MSDeployServiceURL>%s.scm.azurewebsites.net:443</MSDeployServiceURL>
    <DeployIisAppPath>%s</DeployIisAppPath>
    <RemoteSitePhysicalPath />
    <SkipExtraFilesOnServer>true</SkipExtraFilesOnServer>
    <MSDeployPublishMethod>WMSVC</MSDeployPublishMethod>
    <EnableMSDeployBackup>true</EnableMSDeployBackup>
    <UserName>$%s</UserName>
%s
    <_SavePWD>true</_SavePWD>
  </PropertyGroup>
</Project>
""" % (site, site, site, site, pwline)


@pos(1.5)
def p_pubxml(g):
    pw = g.rand(ALNUM, 60)   # Azure App Service publishing password
    return R("src/%s.Web/Properties/PublishProfiles/%s - Web Deploy.pubxml" % (g.app(), g.app()), pubxml(g, "    <Password>%s</Password>" % pw),
             "azure", "azure-publish-profile-password", "pubxml", pw)


@neg(1.5)
def n_pubxml(g):
    if g.chance(0.5):
        blob = base64.b64encode(bytes.fromhex("01000000d08c9ddf0115d1118c7a00c04fc297eb01000000") + bytes(g.r.getrandbits(8) for _ in range(g.choice([200, 232])))).decode()
        line = "    <EncryptedPassword>%s</EncryptedPassword>" % blob
        path = "src/%s.Web/Properties/PublishProfiles/%s - Web Deploy.pubxml.user" % (g.app(), g.app())
    else:
        line = "    <Password>$(PublishPassword)</Password>"
        path = "src/%s.Web/Properties/PublishProfiles/%s - Web Deploy.pubxml" % (g.app(), g.app())
    return R(path, pubxml(g, line), "azure", "pubxml-dpapi-or-msbuild-var", "pubxml")


# ============================================================================
# source code: C#, VB.NET, Java
# ============================================================================
@pos(2)
def p_csharp(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    ns = "%s.%s" % (g.company(), g.app())
    k = g.rint(0, 2)
    v = g.var(["password", "Password", "svcPassword", "_pwd", "DbPassword"])
    if k == 0:
        body = ['        private const string %s = "%s";' % (v, pw), "",
                "        public static SqlConnection Open()", "        {",
                '            var cs = $"Server=%s;Database=%s;User Id=%s;Password={%s};";' % (g.host(), g.app(), g.user(), v),
                "            var conn = new SqlConnection(cs);", "            conn.Open();", "            return conn;", "        }"]
        kind = "csharp-const-password"
    elif k == 1:
        body = ["        public static void CopyToShare(string file)", "        {",
                '            var cred = new NetworkCredential("%s", "%s", "%s");' % (g.user(), pw, g.domain()),
                '            using (new NetworkConnection(@"\\\\%s\\Exports", cred))' % g.host(), "            {",
                '                File.Copy(file, Path.Combine(@"\\\\%s\\Exports", Path.GetFileName(file)), true);' % g.host(),
                "            }", "        }"]
        kind = "csharp-networkcredential"
    else:
        body = ["        public static SmtpClient CreateSmtp()", "        {",
                '            return new SmtpClient("%s", 587)' % g.choice(["smtp.office365.com", "mail." + g.choice(DNS)]), "            {",
                "                EnableSsl = true,",
                '                Credentials = new NetworkCredential("%s@%s", "%s")' % (g.app().lower(), g.choice(DNS), pw), "            };", "        }"]
        kind = "csharp-smtp-credential"
    lines = ["using System;", "using System.Data.SqlClient;", "using System.IO;", "using System.Net;", "using System.Net.Mail;", "",
             "namespace %s.Infrastructure" % ns, "{", "    /// <summary>Legacy helpers kept for the %s batch jobs.</summary>" % g.app(),
             "    internal static class %s" % g.choice(["LegacyHelpers", "Db", "Transport", "Infra"]), "    {"] + body + ["    }", "}", ""]
    return R("src/%s/Infrastructure/%s.cs" % (ns, g.choice(["LegacyHelpers", "Db", "Transport"])), "\r\n".join(lines), "dotnet", kind, "cs", pw)


@neg(2)
def n_csharp(g):
    ns = "%s.%s" % (g.company(), g.app())
    k = g.rint(0, 2)
    if k == 0:
        body = ['        private static readonly string Password = Environment.GetEnvironmentVariable("DB_PASSWORD")',
                '            ?? throw new InvalidOperationException("DB_PASSWORD not set");']
    elif k == 1:
        body = ['        public const string PasswordSettingName = "ConnectionStrings:DefaultConnection";',
                '        public static readonly Guid ProviderId = new Guid("%s");' % g.guid()]
    else:
        body = ['        // password comes from Windows Credential Manager',
                '        var cred = CredentialManager.ReadCredential("%s");' % g.app(),
                '        var nc = new NetworkCredential(cred.UserName, cred.Password);']
        body = ["        public static NetworkCredential Get()", "        {"] + ["    " + b for b in body] + ["            return nc;", "        }"]
    lines = ["using System;", "using System.Net;", "", "namespace %s" % ns, "{", "    internal static class Settings", "    {"] + body + ["    }", "}", ""]
    return R("src/%s/Settings.cs" % ns, "\r\n".join(lines), "dotnet", "csharp-no-secret", "cs")


@pos(1)
def p_vbnet(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    v = g.var(["strPassword", "DB_PWD", "sPwd"])
    lines = ["Imports System.Data.SqlClient", "", "Module %sExport" % g.app(), "",
             "    Private Const %s As String = \"%s\"" % (v, pw), "",
             "    Sub Main()",
             "        Dim cs As String = \"Data Source=%s;Initial Catalog=%s;User ID=%s;Password=\" & %s" % (g.host(), g.app(), g.user(), v),
             "        Using conn As New SqlConnection(cs)", "            conn.Open()",
             "            Dim cmd As New SqlCommand(\"EXEC dbo.usp_Export%s\", conn)" % g.app(), "            cmd.CommandTimeout = 600",
             "            cmd.ExecuteNonQuery()", "        End Using", "    End Sub", "", "End Module", ""]
    return R("src/%sExport/Module1.vb" % g.app(), "\r\n".join(lines), "dotnet", "vbnet-const-password", "vb", pw)


@neg(1)
def n_vbnet(g):
    lines = ["Imports System.Configuration", "Imports System.Data.SqlClient", "", "Module %sExport" % g.app(), "    Sub Main()",
             "        Dim cs As String = ConfigurationManager.ConnectionStrings(\"Default\").ConnectionString",
             "        Using conn As New SqlConnection(cs)", "            conn.Open()", "        End Using", "    End Sub", "End Module", ""]
    return R("src/%sExport/Module1.vb" % g.app(), "\r\n".join(lines), "dotnet", "vbnet-config-ref", "vb")


@pos(2)
def p_java(g):
    pkg = "com.%s.%s" % (g.company().lower(), g.app().lower())
    k = g.rint(0, 2)
    pw = g.pw(symbols="!#*+-.=?@_~") if k < 2 else g.pw(symbols="!*-._~", hsymbols="!*._-")
    if k == 0:
        body = ['    private static final String URL = "jdbc:sqlserver://%s:1433;databaseName=%s";' % (g.fqdn(), g.app()),
                '    private static final String USER = "%s";' % g.user(),
                '    private static final String %s = "%s";' % (g.var(["PASSWORD", "PASS", "DB_PWD"]).upper(), pw), "",
                "    public static Connection open() throws SQLException {"]
        body[3:3] = []
        body += ["        return DriverManager.getConnection(URL, USER, %s);" % body[2].split()[4], "    }"]
        kind = "java-jdbc-password"
    elif k == 1:
        dom = g.choice(DNS)
        base = ",".join("DC=" + p for p in dom.split("."))
        body = ["    public static DirContext bind() throws NamingException {", "        Hashtable<String, String> env = new Hashtable<>();",
                '        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");',
                '        env.put(Context.PROVIDER_URL, "ldaps://%s:636");' % g.fqdn(),
                '        env.put(Context.SECURITY_AUTHENTICATION, "simple");',
                '        env.put(Context.SECURITY_PRINCIPAL, "CN=%s,OU=Service Accounts,%s");' % (g.user(), base),
                '        env.put(Context.SECURITY_CREDENTIALS, "%s");' % pw,
                "        return new InitialDirContext(env);", "    }"]
        kind = "java-ldap-bind-password"
    else:
        body = ["    public static Connection open() throws SQLException {",
                '        return DriverManager.getConnection("%s");' % jdbc_url(g, pw), "    }"]
        kind = "java-jdbc-url-password"
    lines = ["package %s.db;" % pkg, "", "import java.sql.Connection;", "import java.sql.DriverManager;", "import java.sql.SQLException;",
             "import java.util.Hashtable;", "import javax.naming.*;", "import javax.naming.directory.*;", "",
             "/** Connection helper for the %s nightly jobs. */" % g.app(), "public final class %sConnections {" % g.app(), ""] + body + ["}", ""]
    return R("src/main/java/%s/db/%sConnections.java" % (pkg.replace(".", "/"), g.app()), "\n".join(lines), "java", kind, "java", pw)


@neg(2)
def n_java(g):
    pkg = "com.%s.%s" % (g.company().lower(), g.app().lower())
    body = ['    private static final String PASSWORD_PROPERTY = "db.password";',
            "    public static Connection open(Properties p) throws SQLException {",
            '        String pw = System.getenv().getOrDefault("DB_PASSWORD", p.getProperty(PASSWORD_PROPERTY));',
            '        return DriverManager.getConnection(p.getProperty("db.url"), p.getProperty("db.user"), pw);', "    }"]
    lines = ["package %s.db;" % pkg, "", "import java.sql.*;", "import java.util.Properties;", "",
             "public final class %sConnections {" % g.app()] + body + ["}", ""]
    return R("src/main/java/%s/db/%sConnections.java" % (pkg.replace(".", "/"), g.app()), "\n".join(lines), "java", "java-env-ref", "java")


# ============================================================================
# PowerShell modules / SCCM / Intune / Exchange
# ============================================================================
@pos(2)
def p_ps_misc(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    k = g.rint(0, 2)
    v = g.var(["JoinPassword", "pw", "DomainJoinPwd", "cred_pw"])
    if k == 0:
        lines = ["# Intune / SCCM task sequence step: join the device to %s" % g.choice(DNS).upper(),
                 "$Domain = '%s'" % g.choice(DNS), "$OU = 'OU=Workstations,OU=%s,DC=%s,DC=local'" % (g.company(), g.company().lower()),
                 "$JoinUser = '%s\\%s'" % (g.domain(), g.choice(["svc_domainjoin", "sccm_join", "djoin"])),
                 "$%s = '%s'" % (v, pw),
                 "$sec = ConvertTo-SecureString $%s -AsPlainText -Force" % v,
                 "$cred = [pscredential]::new($JoinUser, $sec)",
                 "try {", "    Add-Computer -DomainName $Domain -OUPath $OU -Credential $cred -Force -ErrorAction Stop",
                 "    Write-Output 'joined'", "} catch {", "    Write-Output \"join failed: $_\"", "    exit 1", "}", ""]
        return R("sccm/TaskSequences/Join-Domain.ps1", "\n".join(lines), "windows", "sccm-domain-join-password", "ps1", pw)
    if k == 1:
        lines = ["# daily report relay via Exchange", "$smtp = '%s'" % g.choice(["smtp.office365.com", "exch01." + g.choice(DNS)]),
                 "$from = 'reports@%s'" % g.choice(DNS),
                 "$secpw = ConvertTo-SecureString -String '%s' -AsPlainText -Force" % pw,
                 "$mailCred = New-Object System.Management.Automation.PSCredential ($from, $secpw)",
                 "Send-MailMessage -SmtpServer $smtp -Port 587 -UseSsl -Credential $mailCred -From $from `",
                 "    -To 'it-ops@%s' -Subject \"%s report $(Get-Date -f yyyy-MM-dd)\" -Attachments 'D:\\Reports\\daily.xlsx'" % (g.choice(DNS), g.app()), ""]
        return R("reports/Send-DailyReport.ps1", "\n".join(lines), "exchange", "smtp-credential-powershell", "ps1", pw)
    lines = ["function Connect-%sDb {" % g.app(), "    [CmdletBinding()]", "    param(", "        [string]$Server = '%s'," % g.host(),
             "        [string]$Database = '%s'" % g.app(), "    )",
             "    $cs = \"Server=$Server;Database=$Database;User Id=%s;Password=%s;\"" % (g.user(), pw),
             "    $conn = New-Object System.Data.SqlClient.SqlConnection $cs", "    $conn.Open()", "    return $conn", "}", "",
             "function Invoke-%sQuery {" % g.app(), "    param([string]$Sql)", "    $c = Connect-%sDb" % g.app(),
             "    $cmd = $c.CreateCommand(); $cmd.CommandText = $Sql", "    $t = New-Object System.Data.DataTable",
             "    $t.Load($cmd.ExecuteReader()); $c.Close()", "    return $t", "}", "",
             "Export-ModuleMember -Function Connect-%sDb, Invoke-%sQuery" % (g.app(), g.app()), ""]
    return R("modules/%sTools/%sTools.psm1" % (g.app(), g.app()), "\n".join(lines), "mssql", "psm1-connstr-password", "psm1", pw)


@neg(2)
def n_ps_misc(g):
    k = g.rint(0, 2)
    if k == 0:
        lines = ["# domain join uses a one-time offline blob (djoin /provision), no credential needed",
                 "djoin /requestODJ /loadfile C:\\Windows\\Temp\\odj.txt /windowspath %SystemRoot% /localos",
                 "Restart-Computer -Force", ""]
        kind = "sccm-offline-join"
    elif k == 1:
        lines = ["$cred = Import-Clixml -Path \"$env:ProgramData\\Reports\\smtp.cred.xml\"  # DPAPI protected",
                 "Send-MailMessage -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential $cred -From 'reports@%s' -To 'it@%s' -Subject 'report'" % (g.choice(DNS), g.choice(DNS)), ""]
        kind = "smtp-clixml"
    else:
        lines = ["function Connect-%sDb {" % g.app(), "    param([string]$Server = '%s', [pscredential]$Credential)" % g.host(),
                 "    $pw = $Credential.GetNetworkCredential().Password",
                 "    $cs = \"Server=$Server;Database=%s;User Id=$($Credential.UserName);Password=$pw;\"" % g.app(),
                 "    $conn = New-Object System.Data.SqlClient.SqlConnection $cs", "    $conn.Open(); return $conn", "}", ""]
        kind = "psm1-credential-param"
    ft = "psm1" if k == 2 else "ps1"
    return R("modules/Tools/Tools.%s" % ft, "\n".join(lines) + "\n# end\n#\n#\n", "windows", kind, ft)


@neg(1.5)
def n_ps_clixml(g):
    # Export-Clixml of a PSCredential: the password is a DPAPI SecureString
    blob = "01000000d08c9ddf0115d1118c7a00c04fc297eb01000000" + g.hexs(g.choice([364, 428, 492]))
    text = """<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">
  <Obj RefId="0">
    <TN RefId="0">
      <T>System.Management.Automation.PSCredential</T>
      <T>System.Object</T>
    </TN>
    <ToString>System.Management.Automation.PSCredential</ToString>
    <Props>
      <S N="UserName">%s\\%s</S>
      <SS N="Password">%s</SS>
    </Props>
  </Obj>
</Objs>
""" % (g.domain(), g.user(), blob)
    return R("config/%s.cred.xml" % g.user(), text, "windows", "clixml-dpapi-securestring", "clixml")


# ============================================================================
# legacy line-of-business .ini files, ldap.conf negatives, AD service accounts
# ============================================================================
def lob_ini(g, dbpw_line, extra):
    return """; %s client configuration
; deployed by SCCM package %s%05d -- do not edit on the workstation
[General]
Company=%s
Language=DE
LogLevel=2
InstallId={%s}

[Database]
Driver=SQL Server Native Client 11.0
Server=%s
Database=%s
User=%s
%s
Timeout=30

%s
[Paths]
Import=\\\\%s\\Import$\\%s
Archive=D:\\Archive\\%s
""" % (g.app(), g.choice(["P01", "CAS", "PS1"]), g.rint(10, 99999), g.company(), g.guid(True), g.host(), g.app(), g.user(),
       dbpw_line, extra, g.host(), g.app(), g.app())


@pos(2.5)
def p_lob_ini(g):
    pw = g.pw(symbols="!#*+-.=?@_~")
    if g.chance(0.5):
        key = g.var(["Password", "Pwd", "DbPassword", "Passwort", "Kennwort"])
        text = lob_ini(g, "%s=%s" % (key, pw), "")
        kind = "ini-db-password"
    else:
        dom = g.choice(DNS)
        key = g.var(["BindPassword", "ServicePassword", "AdPassword"])
        extra = "[ActiveDirectory]\nLdapServer=%s\nBaseDN=%s\nBindUser=%s\\%s\n%s=%s\n" % (
            g.fqdn(), ",".join("DC=" + p for p in dom.split(".")), g.domain(), g.user(), key, pw)
        text = lob_ini(g, "Trusted=1", extra)
        kind = "ini-ad-service-account-password"
    return R(g.choice(["client/%s.ini", "deploy/%s/settings.ini", "config/%s.ini"]) % g.app(), text, "lob-app", kind, "ini", pw)


@neg(2.5)
def n_lob_ini(g):
    k = g.rint(0, 4)
    extra = ""
    if k == 0:
        line = "Password=********"
    elif k == 1:
        line = "Password=%DB_PASSWORD%"
    elif k == 2:
        line = "Trusted=1"
        extra = "[License]\nProductId=%05d-%05d-%05d-AA%03d\nSiteSid=S-1-5-21-%d-%d-%d\n" % (
            g.rint(10000, 99999), g.rint(10000, 99999), g.rint(10000, 99999), g.rint(100, 999),
            g.rint(10 ** 8, 4 * 10 ** 9), g.rint(10 ** 8, 4 * 10 ** 9), g.rint(10 ** 8, 4 * 10 ** 9))
    elif k == 3:
        line = "Password=ENC(%s)" % g.b64bytes(g.choice([24, 32]))
    else:
        line = "PasswordHash=%s" % g.hexs(64)
    return R("client/%s.ini" % g.app(), lob_ini(g, line, extra), "lob-app", "ini-no-secret", "ini")


@neg(1)
def n_ldap_conf(g):
    dom = g.choice(DNS)
    base = ",".join("dc=" + p for p in dom.split("."))
    if g.chance(0.5):
        bind = ["rootbinddn cn=%s,ou=ServiceAccounts,%s" % (g.user(), base), "# password is in /etc/ldap.secret (0600)"]
    else:
        bind = ["binddn cn=%s,ou=ServiceAccounts,%s" % (g.user(), base), "bindpw {{ ldap_bind_password }}"]
    lines = ["# /etc/ldap.conf", "host %s" % g.fqdn(), "base %s" % base, "ldap_version 3"] + bind + [
        "pam_password ad", "ssl start_tls", "tls_checkpeer yes", ""]
    return R("etc/ldap.conf", "\n".join(lines), "ldap", "ldap-conf-no-bindpw", "ldap.conf")


GVLK = ["W269N-WFGWX-YVC9B-4J6C9-T83GX", "NPPR9-FWDCX-D2C8J-H872K-2YT43", "N69G4-B89J2-4G8F4-WWYCC-J464C",
        "WMDGN-G9PQG-XVVXX-R3X43-63DFG", "VDYBN-27WPP-V4HQT-9VMD4-VMK7H"]


@neg(1)
def n_unattend_gvlk(g):
    # published KMS client setup key (GVLK) + passwords scrubbed by Windows Setup
    doc = unattend_doc(g, _pwblock("*SENSITIVE*DATA*DELETED*", True), _pwblock("*SENSITIVE*DATA*DELETED*", True), "Administrator")
    doc = doc.replace("            <ComputerName>*</ComputerName>",
                      "            <ComputerName>*</ComputerName>\n            <ProductKey>%s</ProductKey>" % g.choice(GVLK))
    return R("MDT/Control/WS2019/Unattend.xml", doc, "windows", "unattend-gvlk-scrubbed", "unattend.xml")


@pos(1.5)
def p_bat_setvar(g):
    # password kept in a batch variable with a non-descriptive name
    pw = g.pw(symbols="#*+-.=?@_~", hsymbols="#*.@_-+")
    vn = g.var(["SVCPASS", "PWD", "DB_PW"]).upper()
    u = "%s\\%s" % (g.domain(), g.user())
    lines = ["@echo off", "REM %s share mapping for the scanner station" % g.app(), "setlocal",
             "set U=%s" % u, "set %s=%s" % (vn, pw), "set S=\\\\%s\\Scans" % g.host(), "",
             "net use S: /delete /y >nul 2>&1", "net use S: %%S%% /user:%%U%% %%%s%% /persistent:yes" % vn,
             "if errorlevel 1 echo mapping failed & pause", "endlocal", ""]
    return R("deploy/%s/map_scans.cmd" % g.app().lower(), "\r\n".join(lines), "windows", "bat-set-variable-password", "cmd", pw)


@neg(1.5)
def n_bat_azpipelines(g):
    # variable references in several syntaxes that legitimately end up in committed files
    lines = ["@echo off", "REM called by the release pipeline; secrets are pipeline variables", "setlocal",
             "set U=%s\\%s" % (g.domain(), g.user()),
             "set P=$(ServicePassword)",
             "sqlcmd -S %s -d %s -U %s -P \"#{SqlPassword}#\" -i migrate.sql" % (g.host(), g.app(), g.user()),
             "net use S: \\\\%s\\Scans /user:%%U%% %%P%% /persistent:no" % g.host(), "endlocal", ""]
    return R("deploy/%s/release.cmd" % g.app().lower(), "\r\n".join(lines), "windows", "bat-pipeline-variable-refs", "cmd")


# === END KINDS ===


# ----------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------
def pick(rng, table):
    tot = sum(w for w, _ in table)
    x = rng.random() * tot
    for w, fn in table:
        x -= w
        if x <= 0:
            return fn
    return table[-1][1]


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("\n\n")[0])
        print("usage: gen_o.py OUTDIR SEED")
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    _selftest_aes()
    rng = random.Random(seed)
    g = G(rng)
    manifest, secrets = [], []
    files = {}
    needles = []
    # make sure each kind appears at least once, then weighted picks
    pos_plan = [fn for _, fn in POS]
    while len(pos_plan) < N_POS:
        pos_plan.append(pick(rng, POS))
    rng.shuffle(pos_plan)
    neg_plan = [fn for _, fn in NEG]
    while len(neg_plan) < N_NEG:
        neg_plan.append(pick(rng, NEG))
    rng.shuffle(neg_plan)
    for i, fn in enumerate(pos_plan[:N_POS]):
        for _attempt in range(20):
            g.new_file()
            rec = fn(g)
            nd = rec["needle"]
            if nd and rec["text"].count(nd) == 1 and "\n" not in nd:
                break
        else:
            raise SystemExit("could not place unique needle for %s" % fn.__name__)
        rel = "pos/p%04d/%s" % (i, rec["path"])
        text = rec["text"]
        off = text.index(nd)
        line = text.count("\n", 0, off) + 1
        files[rel] = text
        needles.append(nd)
        manifest.append({"file": rel, "label": "pos", "provider": rec["provider"],
                         "kind": rec["kind"], "filetype": rec["filetype"]})
        secrets.append({"file": rel, "needle": nd, "line": line})
    for i, fn in enumerate(neg_plan[:N_NEG]):
        for _attempt in range(20):
            g.new_file()
            rec = fn(g)
            if not any(nd in rec["text"] for nd in needles):
                break
        rel = "neg/n%04d/%s" % (i, rec["path"])
        files[rel] = rec["text"]
        manifest.append({"file": rel, "label": "neg", "provider": rec["provider"],
                         "kind": rec["kind"], "filetype": rec["filetype"]})
    for rel, text in files.items():
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    self_check(out, manifest, secrets)


def self_check(out, manifest, secrets):
    errors = 0
    for s in secrets:
        with open(os.path.join(out, s["file"]), encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        if s["needle"] not in lines[s["line"] - 1]:
            print("BAD LINE:", s)
            errors += 1
    all_needles = [s["needle"] for s in secrets]
    for m in manifest:
        if m["label"] != "neg":
            continue
        with open(os.path.join(out, m["file"]), encoding="utf-8", newline="") as f:
            t = f.read()
        for nd in all_needles:
            if nd in t:
                print("NEEDLE IN NEGATIVE:", m["file"], nd)
                errors += 1
    for m in manifest:
        with open(os.path.join(out, m["file"]), encoding="utf-8", newline="") as f:
            n = f.read().count("\n") + 1
        if not (5 <= n <= 81):
            print("LINE COUNT %d: %s" % (n, m["file"]))
    from collections import Counter
    for lab in ("pos", "neg"):
        rows = [m for m in manifest if m["label"] == lab]
        print("== %s: %d files" % (lab, len(rows)))
        for key in ("provider", "kind", "filetype"):
            c = Counter(m[key] for m in rows)
            print("  %s (%d): %s" % (key, len(c), ", ".join("%s=%d" % kv for kv in sorted(c.items()))))
    print("self-check:", "OK" if errors == 0 else "%d ERRORS" % errors)
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
