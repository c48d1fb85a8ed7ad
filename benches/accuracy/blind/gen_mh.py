#!/usr/bin/env python3
"""Blind evaluation-set generator "mh": Windows deployment and client management.

EMPHASIS
  Domain: Windows OS deployment and client management as committed to ops repos:
  Microsoft Deployment Toolkit (Bootstrap.ini, CustomSettings.ini, ts.xml, MDT
  VBScript), WDS client unattend, MECM/SCCM (network access account and client
  push scripts, collection variables, OSD TS environment scripts, site database
  SQL access, PSAppDeployToolkit), unattend.xml / autounattend.xml / sysprep.inf,
  Group Policy Preferences XML (Groups/Services/ScheduledTasks/Drives/DataSources
  with cpassword), Windows LAPS / legacy LAPS exports, BitLocker recovery
  passwords, domain-join scripts, net user / net use / cmdkey / schtasks batch
  files, Winlogon registry exports, Intune Win32 packaging and Graph scripts,
  Autopilot registration (Get-WindowsAutopilotInfo -AppSecret), PDQ Deploy,
  Ivanti EPM (LANDESK), ManageEngine Endpoint Central API, Chocolatey internal
  repositories (Nexus / ProGet), WSUS, Azure Storage used as content source,
  code-signing of packages.
  Providers (manifest "provider"): mdt, wds, windows-unattend, mecm, psadt, gpp,
  windows-laps, bitlocker, active-directory, windows, entra-id, intune, autopilot,
  pdq, ivanti, manageengine, chocolatey, proget, wsus, sql-server, azure-storage,
  code-signing.
  File types: ini, inf, xml, ps1, psm1, cmd, bat, vbs, json, csv, reg, md, txt,
  config, key, env, sql.

USAGE
  python3 -B gen_mh.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Standard library only; all
  randomness from random.Random(SEED); byte-identical output per seed.

NEEDLE CONVENTIONS
  * Plain passwords (local admin, domain join, NAA, client push, SMB, SQL, Wi-Fi
    PSK, PFX, LAPS): the password exactly as written, without quotes.
  * unattend.xml <PlainText>false</PlainText> values: the base64 string as
    written (base64 of UTF-16LE(password + "Password") or
    (password + "AdministratorPassword") for <AdministratorPassword>).
  * GPP cpassword: the attribute value (AES-256-CBC, published MS-GPPREF key,
    zero IV, UTF-16LE plaintext, PKCS7, base64 with '=' stripped) - really
    decryptable with the published key.
  * BitLocker: the 48-digit recovery password with dashes (8 groups of 6 digits,
    every group divisible by 11 and < 720896).
  * Entra ID client secrets: the full 40-char value.
  * API keys (Chocolatey/Nexus GUID key, ProGet key, Endpoint Central token,
    Azure Storage account key): the value.
  * ManageEngine Endpoint Central login: the base64-encoded password as sent.
  * PEM private key: the first base64 line of the body.
  line = 1-based line of the first occurrence; the program asserts it.

NEGATIVES
  Half re-use positive templates with the slot holding: empty values, masked
  (********, [REDACTED], *SENSITIVE*DATA*DELETED*), placeholders (English,
  German, French, Spanish), MDT %Variable% / batch %VAR% / $env: / pipeline
  ${{ secrets.X }} / #{Token}# references, empty-cpassword (post MS14-025),
  unattend base64 of an EMPTY password ("UABhAHMAcwB3AG8AcgBkAA=="), the Azurite
  documented development storage key, an all-X BitLocker mask.
  The other half are look-alikes: unattend with *SENSITIVE*DATA*DELETED*, KMS
  client setup keys (published by Microsoft), ts.xml with GUIDs / package ids /
  advertisement ids, Groups.xml with SIDs only, DPAPI ConvertFrom-SecureString
  blobs (01000000d08c9ddf...), Get-Credential / Read-Host prompts, BitLocker key
  protector ids, Autopilot hardware-hash CSVs, cert thumbprints, public
  certificates, Entra app manifests (appId, keyCredentials, hint only), file
  hashes (Chocolatey checksum64, Intune detection), WSUS update ids, LAPS policy
  and audit exports without passwords, MDT logs with masked properties,
  registry REG_BINARY exports, inventory CSVs with serials/MACs, base64 ADMX.
  No negative is written to a .env / .env.<stage> file.

FORMATS CHECKED
  * cpassword key/IV/encoding: MS-GPPREF published key (0x4e,0x99,0x06,0xe8...)
    confirmed via search (docs corpus: gpp_decrypt crate page and public
    New-cPassword / gpprefdecrypt snippets); AES-256 implementation verified here
    against the FIPS-197 C.3 test vector at import time.
  * Unattend base64 suffix convention ("Password" / "AdministratorPassword",
    UTF-16LE): from knowledge of Windows SIM behaviour.
  * BitLocker recovery password structure (8x6 digits, each block = 11 * 16-bit
    value): knowledge of the public format.
  * KMS client setup keys: Microsoft "KMS client activation and product keys"
    page (values from knowledge).
  * Azurite well-known account key: Microsoft Azurite docs (from knowledge).
  * ManageEngine Endpoint Central REST API structure (/api/1.4/...): docs corpus
    (manageengine.com/products/desktop-central/api/).

DOUBTS
  * Entra client secret layout (3 chars + digit + "Q~" + 34 chars, alphabet
    [A-Za-z0-9_.~-], 40 total) is from memory of observed secrets.
  * Endpoint Central authtoken shape (uppercase GUID) and the base64 password in
    the /desktop/authentication body are from memory.
  * ProGet API key shape (20-32 alnum) is guessed; Nexus NuGet API keys are GUIDs.
  * PDQ Deploy package export XML layout is approximated.
"""
import base64
import json
import os
import random
import sys

# --------------------------------------------------------------------------
# AES-256 (encrypt only) for genuine GPP cpassword values
# --------------------------------------------------------------------------


def _xt(a):
    a <<= 1
    return (a ^ 0x11B) & 0xFF if a & 0x100 else a


def _gmul(a, b):
    r = 0
    while b:
        if b & 1:
            r ^= a
        a = _xt(a)
        b >>= 1
    return r


def _make_sbox():
    inv = [0] * 256
    for x in range(1, 256):
        for y in range(1, 256):
            if _gmul(x, y) == 1:
                inv[x] = y
                break
    sb = []
    for x in range(256):
        b = inv[x]
        s = b
        for k in range(1, 5):
            s ^= ((b << k) | (b >> (8 - k))) & 0xFF
        sb.append(s ^ 0x63)
    return sb


SBOX = _make_sbox()


def _expand(key):
    w = [list(key[4 * i:4 * i + 4]) for i in range(8)]
    rcon = 1
    for i in range(8, 60):
        t = w[i - 1][:]
        if i % 8 == 0:
            t = t[1:] + t[:1]
            t = [SBOX[b] for b in t]
            t[0] ^= rcon
            rcon = _xt(rcon)
        elif i % 8 == 4:
            t = [SBOX[b] for b in t]
        w.append([w[i - 8][j] ^ t[j] for j in range(4)])
    return [sum(w[4 * r:4 * r + 4], []) for r in range(15)]


def _enc_block(blk, rk):
    s = [blk[i] ^ rk[0][i] for i in range(16)]
    for r in range(1, 15):
        s = [SBOX[x] for x in s]
        s = [s[((c + row) % 4) * 4 + row] for c in range(4) for row in range(4)]
        if r != 14:
            n = []
            for c in range(4):
                a0, a1, a2, a3 = s[4 * c:4 * c + 4]
                n += [_gmul(a0, 2) ^ _gmul(a1, 3) ^ a2 ^ a3,
                      a0 ^ _gmul(a1, 2) ^ _gmul(a2, 3) ^ a3,
                      a0 ^ a1 ^ _gmul(a2, 2) ^ _gmul(a3, 3),
                      _gmul(a0, 3) ^ a1 ^ a2 ^ _gmul(a3, 2)]
            s = n
        s = [s[i] ^ rk[r][i] for i in range(16)]
    return bytes(s)


assert _enc_block(bytes.fromhex("00112233445566778899aabbccddeeff"),
                  _expand(bytes(range(32)))).hex() == "8ea2b7ca516745bfeafc49904b496089"

GPP_KEY = bytes.fromhex("4e9906e8fcb66cc9faf49310620ffee8f496e806cc057990209b09a433b66c1b")
_GPP_RK = _expand(GPP_KEY)


def cpassword_of(pw):
    data = pw.encode("utf-16-le")
    pad = 16 - len(data) % 16
    data += bytes([pad]) * pad
    prev = bytes(16)
    out = b""
    for i in range(0, len(data), 16):
        blk = bytes(x ^ y for x, y in zip(data[i:i + 16], prev))
        prev = _enc_block(blk, _GPP_RK)
        out += prev
    return base64.b64encode(out).decode().rstrip("=")


def unattend_b64(pw, suffix="Password"):
    return base64.b64encode((pw + suffix).encode("utf-16-le")).decode()


# --------------------------------------------------------------------------
# random helpers (module-global RNG set in main)
# --------------------------------------------------------------------------
RNG = random.Random(0)
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DG = "0123456789"
AN = UP + LO + DG
B64 = AN + "+/"


def pick(seq):
    return RNG.choice(seq)


def ri(a, b):
    return RNG.randint(a, b)


def rs(alpha, n):
    return "".join(RNG.choice(alpha) for _ in range(n))


def rhex(n, upper=False):
    h = rs("0123456789abcdef", n)
    return h.upper() if upper else h


def guid(upper=False):
    g = "%s-%s-4%s-%s%s-%s" % (rhex(8), rhex(4), rhex(3), pick("89ab"), rhex(3), rhex(12))
    return g.upper() if upper else g


def b64bytes(n):
    return base64.b64encode(bytes(RNG.getrandbits(8) for _ in range(n))).decode()


WORDS = ["Falcon", "Harbor", "Granite", "Maple", "Tundra", "Copper", "Nimbus", "Orchid",
         "Walrus", "Lantern", "Quartz", "Saffron", "Birke", "Sonne", "Kiste", "Tanne",
         "Fluss", "Wolke", "Nuage", "Cerise", "Lobo", "Cielo", "Fjord", "Stern", "Pinguin",
         "Otter", "Cobalt", "Ember", "Glacier", "Heron", "Juniper", "Krypton", "Meteor",
         "Pelikan", "Raven", "Sequoia", "Topaz", "Viking", "Zephyr", "Bernstein", "Eichhorn",
         "Mistral", "Papillon", "Tortuga", "Montana", "Aurora", "Kodiak", "Mango", "Ventana"]
SYM = "!@#-_.+="
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"}


def gen_password():
    st = ri(0, 5)
    if st == 0:
        p = pick(WORDS) + str(ri(10, 9999)) + pick("!@#.+") + pick(WORDS)[:ri(2, 5)]
    elif st == 1:
        n = ri(12, 22)
        while True:
            p = pick(UP + LO) + rs(AN + SYM + DG, n - 1)
            if (any(c in UP for c in p) and any(c in LO for c in p)
                    and any(c in DG for c in p) and any(c in SYM for c in p)):
                break
    elif st == 2:
        w = pick(WORDS) + pick(WORDS)
        w = "".join(LEET.get(c, c) if RNG.random() < 0.5 else c for c in w)
        p = w + pick(SYM) + str(ri(1, 99))
    elif st == 3:
        p = pick(WORDS) + pick("-.#_") + pick(WORDS).lower() + pick("-.") + str(ri(100, 9999)) + pick("!#")
    elif st == 4:
        p = rs(UP, 3) + pick("!#@") + pick(WORDS) + str(ri(2019, 2026)) + rs(LO, 2)
    else:
        p = rs(AN, 4) + pick("-_.") + rs(AN, 4) + pick("-_.") + rs(AN, 4) + pick("!#@")
        if not any(c in DG for c in p):
            p += str(ri(0, 9))
    return p


LAPS_ALPHA = AN + "!#%+-.=?@{}[]()"


def gen_laps():
    n = pick([14, 14, 15, 16, 20, 24])
    while True:
        p = rs(LAPS_ALPHA, n)
        if sum([any(c in UP for c in p), any(c in LO for c in p), any(c in DG for c in p),
                any(c not in AN for c in p)]) == 4 and p[0] not in "-=":
            return p


ENTRA_ALPHA = AN + "_.~-"


def gen_entra():
    return rs(AN + "_~.", 3) + pick(DG) + "Q~" + rs(ENTRA_ALPHA, 33) + rs(AN, 1)


def gen_bitlocker():
    return "-".join("%06d" % (11 * RNG.getrandbits(16)) for _ in range(8))


def gen_storage_key():
    return b64bytes(64)


def gen_proget():
    return rs(AN, pick([20, 24, 32]))


def gen_pem_first():
    hdr = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")
    body = hdr + bytes([0xb0 | ri(0, 15)]) + bytes(RNG.getrandbits(8) for _ in range(1180))
    b = base64.b64encode(body).decode()
    return [b[i:i + 64] for i in range(0, len(b), 64)]


# --------------------------------------------------------------------------
# companions
# --------------------------------------------------------------------------
ORGS = [("CORP", "corp.hgw-logistik.de"), ("NWH", "ad.northwind-health.org"),
        ("VALLEE", "intra.vallee-energie.fr"), ("TAMARACK", "ad.tamarack.ca"),
        ("LQV", "corp.lindqvist.se"), ("KESTREL", "ad.kestrelbio.com"),
        ("STADT", "verwaltung.stadt-oberau.de"), ("MERIDIAN", "corp.meridianlaw.co.uk"),
        ("ALBA", "ad.alba-seguros.es"), ("OAKRIDGE", "oakridge.k12.local"),
        ("PIONEER", "ad.pioneer-mfg.com"), ("RHEIN", "rheinmetall-service.local")]


def org():
    return pick(ORGS)


def host(kind="cm"):
    pre = {"cm": ["CM01", "SCCM-PRI01", "CMPS01", "MECM01", "sccm01"],
           "mdt": ["MDT01", "mdt-srv02", "DEPLOY01", "WDS01", "osd01"],
           "sql": ["SQL-CM01", "CMSQL01", "sqlcm02", "DBCM01"],
           "fs": ["FS01", "fileserver02", "NAS01", "pkgstore01", "DFS01"],
           "dc": ["DC01", "dc02", "ADDC01"]}[kind]
    return pick(pre)


def site_code():
    return pick(UP) + rs(UP + DG, 1) + pick(DG)


def pkg_id(sc):
    return sc + rhex(5, True)


def svc_user(kind):
    return pick({"join": ["svc_join", "svc-domainjoin", "adm.join", "DomainJoin", "s-mdt-join", "svc_djoin"],
                 "mdt": ["svc_mdt", "mdt_bind", "MDTDeploy", "s-mdt-read", "svc-mdtshare"],
                 "naa": ["svc_cm_naa", "SCCM_NAA", "svc-naa", "s-cm-naa", "cm.naa"],
                 "push": ["svc_cm_push", "SCCM_ClientPush", "svc-cmpush", "s-cm-push"],
                 "sql": ["cm_reporting", "sccm_ro", "svc_cmsql", "reportuser", "cmdb_read"],
                 "admin": ["Administrator", "Administrateur", "Administrador", "LocalAdmin",
                           "ITAdmin", "lokaladmin", "helpdesk", "SupportAdm"],
                 "pkg": ["svc_pkg", "svc-software", "pdqdeploy", "swdist", "s-install"]}[kind])


def model():
    return pick(["HP EliteBook 840 G8", "Latitude 5420", "ThinkPad T14 Gen 3", "OptiPlex 7090",
                 "Surface Pro 8", "HP ProDesk 600 G6", "Precision 3571", "ThinkCentre M70q"])


def pc_name():
    return pick(["PC", "NB", "WS", "LT", "KIOSK", "CLT", "DE-NB", "FR-PC"]) + "-" + rs(UP + DG, ri(4, 6))


def date():
    return "%04d-%02d-%02d" % (ri(2019, 2025), ri(1, 12), ri(1, 28))


def ts():
    return "%s %02d:%02d:%02d" % (date(), ri(0, 23), ri(0, 59), ri(0, 59))


def serial():
    return pick(["5CG", "CND", "PF", "MJ", "R9", "H2"]) + rs(UP + DG, ri(6, 8))


def mac():
    return ":".join(rhex(2, True) for _ in range(6))


def thumb():
    return rhex(40, True)


def sid():
    return "S-1-5-21-%d-%d-%d-%d" % (ri(10 ** 9, 4 * 10 ** 9), ri(10 ** 9, 4 * 10 ** 9),
                                     ri(10 ** 8, 4 * 10 ** 9), ri(1100, 9999))


def root(opts):
    return pick(opts)


def F(text, **kw):
    for k, v in kw.items():
        text = text.replace("\u00ab" + k + "\u00bb", str(v))
    assert "\u00ab" not in text, text[:200]
    return text


KMS_KEYS = ["W269N-WFGWX-YVC9B-4J6C9-T83GX", "NPPR9-FWDCX-D2C8J-H872K-2YT43",
            "NW6C2-QMPVW-D7KKK-3GKT6-VCFB2", "MH37W-N47XK-V7XM9-C7227-GCQG9",
            "M7XTQ-FN8P6-TTKYV-9D4CC-J462D", "WMDGN-G9PQG-XVVXX-R3X43-63DFG",
            "N69G4-B89J2-4G8F4-WWYCC-J464C", "WX4NM-KYWYW-QJJR4-XV3QB-6VM33",
            "VDYBN-27WPP-V4HQT-9VMD4-VMK7H"]

# --------------------------------------------------------------------------
# kinds: positive generator + negative pool
# --------------------------------------------------------------------------
AZURITE = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="

PW_NEG = [("", None), ("changeme", None), ("CHANGE_ME", None), ("ChangeMe", None),
          ("xxxxxxxx", None), ("XXXXXXXXXX", None), ("********", None), ("[REDACTED]", None),
          ("REDACTED", None), ("YOUR_PASSWORD", None), ("<password>", "nox"),
          ("<your-password-here>", "nox"), ("PASSWORD_HERE", None), ("TODO", None),
          ("<Kennwort>", "nox"), ("KennwortHier", None), ("VotreMotDePasse", None),
          ("TU_CONTRASENA", None), ("%DomainAdminPassword%", "pct"), ("%AdminPassword%", "pct"),
          ("%JOIN_PW%", "pct"), ("$env:JOIN_PASSWORD", "ps"), ("$env:LOCAL_ADMIN_PW", "ps"),
          ("${{ secrets.DOMAIN_JOIN_PASSWORD }}", None), ("#{LocalAdminPassword}#", None),
          ("__ADMIN_PASSWORD__", None), ("{{ join_password }}", None), ("***", None)]


def _neg_filter(pool, ft):
    out = []
    for v, tag in pool:
        if tag == "nox" and ft in ("xml", "cmd", "bat", "csv"):
            continue
        if tag == "pct" and ft not in ("cmd", "bat", "ini", "xml", "inf"):
            continue
        if tag == "ps" and ft not in ("ps1", "psm1"):
            continue
        if ft == "csv" and "," in v:
            continue
        out.append(v)
    return out


KINDS = {
    "password": (gen_password, PW_NEG),
    "laps-password": (gen_laps, PW_NEG),
    "unattend-b64": (lambda: unattend_b64(gen_password()),
                     [("*SENSITIVE*DATA*DELETED*", None), (unattend_b64(""), None), ("", None)]),
    "unattend-b64-admin": (lambda: unattend_b64(gen_password(), "AdministratorPassword"),
                           [("*SENSITIVE*DATA*DELETED*", None),
                            (unattend_b64("", "AdministratorPassword"), None), ("", None)]),
    "cpassword": (lambda: cpassword_of(gen_password()), [("", None)]),
    "bitlocker-recovery": (gen_bitlocker,
                           [("XXXXXX-XXXXXX-XXXXXX-XXXXXX-XXXXXX-XXXXXX-XXXXXX-XXXXXX", None),
                            ("000000-000000-000000-000000-000000-000000-000000-000000", None),
                            ("[REDACTED]", None), ("<48-digit recovery password>", "nox"),
                            ("$env:BL_RECOVERY_PW", "ps"), ("%RECOVERY_PW%", "pct"), ("", None)]),
    "entra-client-secret": (gen_entra,
                            [("<client-secret>", "nox"), ("YOUR_CLIENT_SECRET", None), ("", None),
                             ("x" * 40, None), ("$env:AZURE_CLIENT_SECRET", "ps"),
                             ("${{ secrets.INTUNE_CLIENT_SECRET }}", None),
                             ("#{GraphClientSecret}#", None), ("[REDACTED]", None),
                             ("$(IntuneAppSecret)", None)]),
    "api-key-guid": (lambda: guid(), [("00000000-0000-0000-0000-000000000000", None),
                                      ("<api-key>", "nox"), ("YOUR-API-KEY", None),
                                      ("$env:CHOCO_API_KEY", "ps"), ("%CHOCO_API_KEY%", "pct"),
                                      ("", None)]),
    "api-token-guid": (lambda: guid(True), [("<authtoken>", "nox"), ("YOUR_AUTH_TOKEN", None),
                                            ("$env:EC_AUTHTOKEN", "ps"), ("", None),
                                            ("********-****-****-****-************", None)]),
    "api-key": (gen_proget, [("<proget-api-key>", "nox"), ("$env:PROGET_API_KEY", "ps"), ("", None),
                             ("********", None), ("%PROGET_KEY%", "pct")]),
    "storage-account-key": (gen_storage_key, [(AZURITE, None), ("<storage-account-key>", "nox"),
                                              ("$env:AZURE_STORAGE_KEY", "ps"), ("", None)]),
    "base64-password": (lambda: base64.b64encode(gen_password().encode()).decode(),
                        [("", None), ("Y2hhbmdlbWU=", None), ("<base64-encoded-password>", "nox"),
                         ("$encodedPassword", "ps")]),
}

# --------------------------------------------------------------------------
# positive/reusable templates: fn(v) -> (relpath, text)
# --------------------------------------------------------------------------
TEMPLATES = []


def tpl(name, provider, kind, ft, reuse=True):
    def deco(fn):
        TEMPLATES.append(dict(name=name, provider=provider, kind=kind, ft=ft, fn=fn, reuse=reuse))
        return fn
    return deco


MDT_ROOT = ["DeploymentShare", "MDT/DeploymentShare$", "mdt/Production", "osd/mdt", "Deploy"]


@tpl("mdt-customsettings-joinpw", "mdt", "password", "ini")
def _t(v):
    nb, fq = org()
    sec = [F("""[Settings]
Priority=Model, Default
Properties=MyCustomProperty

""")]
    body = F("""[Default]
OSInstall=Y
SkipCapture=YES
SkipAdminPassword=YES
SkipProductKey=YES
SkipComputerBackup=YES
SkipBitLocker=NO
SkipDomainMembership=YES
JoinDomain=«fq»
DomainAdmin=«u»
DomainAdminDomain=«nb»
DomainAdminPassword=«v»
MachineObjectOU=OU=Workstations,OU=«nb»,DC=«dc»
SkipLocaleSelection=YES
KeyboardLocale=«kb»
UserLocale=«kb»
UILanguage=«kb»
SkipTimeZone=YES
TimeZoneName=«tz»
SLShare=\\\\«mdt»\\Logs$
EventService=http://«mdt»:9800
""", fq=fq, nb=nb, u=svc_user("join"), v=v, dc=",DC=".join(fq.split(".")),
             kb=pick(["de-DE", "en-US", "fr-FR", "sv-SE", "en-GB", "es-ES"]),
             tz=pick(["W. Europe Standard Time", "Eastern Standard Time", "GMT Standard Time",
                      "Romance Standard Time"]), mdt=host("mdt"))
    mdl = F("""
[«m»]
DriverGroup001=Windows 11 x64\\«m»
""", m=model())
    parts = sec + ([mdl, body] if RNG.random() < 0.4 else [body, mdl])
    return root(MDT_ROOT) + "/Control/CustomSettings.ini", "".join(parts)


@tpl("mdt-customsettings-adminpw", "mdt", "password", "ini")
def _t(v):
    return root(MDT_ROOT) + "/Control/CustomSettings.ini", F("""[Settings]
Priority=Default

[Default]
_SMSTSORGNAME=«org» IT
OSInstall=Y
SkipAppsOnUpgrade=YES
SkipAdminPassword=YES
AdminPassword=«v»
SkipDeploymentType=YES
DeploymentType=NEWCOMPUTER
SkipComputerName=NO
OSDComputerName=«pre»-#Right("%SerialNumber%",7)#
SkipUserData=YES
SkipProductKey=YES
SkipSummary=YES
SkipFinalSummary=YES
FinishAction=REBOOT
HideShell=YES
WSUSServer=http://«wsus»:8530
""", org=org()[0], v=v, pre=pick(["NB", "PC", "WS"]), wsus=pick(["wsus01", "WSUS", "wsus.corp.local"]))


@tpl("mdt-bootstrap", "mdt", "password", "ini")
def _t(v):
    nb, fq = org()
    return root(MDT_ROOT) + "/Control/Bootstrap.ini", F("""[Settings]
Priority=Default

[Default]
DeployRoot=\\\\«h»\\DeploymentShare$
UserDomain=«nb»
UserID=«u»
UserPassword=«v»
KeyboardLocale=«kb»
SkipBDDWelcome=YES
""", h=host("mdt"), nb=nb, u=svc_user("mdt"), v=v, kb=pick(["de-DE", "en-US", "0407:00000407", "fr-FR"]))


@tpl("mdt-customsettings-db", "mdt", "password", "ini")
def _t(v):
    s = host("sql")
    return root(MDT_ROOT) + "/Control/CustomSettings.ini", F("""[Settings]
Priority=CSettings, CPackages, CApps, Default
Properties=MyCustomProperty

[Default]
OSInstall=Y
SkipCapture=YES

[CSettings]
SQLServer=«s»
Instance=MDT
Database=MDT_DB
Netlib=DBMSSOCN
Table=ComputerSettings
Parameters=UUID, AssetTag, SerialNumber, MacAddress
ParameterCondition=OR
DBID=«u»
DBPwd=«v»

[CPackages]
SQLServer=«s»
Database=MDT_DB
Netlib=DBMSSOCN
Table=ComputerPackages
Parameters=UUID, AssetTag, SerialNumber, MacAddress
ParameterCondition=OR
Order=Sequence
""", s=s, u=pick(["mdt_db_read", "MDTReader", "svc_mdtsql"]), v=v)


@tpl("mdt-vbs-userexit", "mdt", "password", "vbs")
def _t(v):
    nb, fq = org()
    return root(MDT_ROOT) + "/Scripts/" + pick(["Z-MapShare.vbs", "ZCustomJoin.vbs", "UserExit.vbs"]), F("""' // ***************************************************************************
' // File:      «f»
' // Purpose:   map the «what» share before ZTIApplications runs
' // ***************************************************************************
Option Explicit

Dim oNetwork, sShare, sUser, sPassword
Set oNetwork = CreateObject("WScript.Network")

sShare = "\\\\«fs»\\«what»$"
sUser = "«nb»\\«u»"
sPassword = "«v»"

On Error Resume Next
oNetwork.MapNetworkDrive "Y:", sShare, False, sUser, sPassword
If Err.Number <> 0 Then
    oLogging.CreateEntry "Unable to map " & sShare & ": " & Err.Description, LogTypeWarning
End If
On Error Goto 0
oEnvironment.Item("AppShare") = "Y:"
""", f="UserExit.vbs", what=pick(["Apps", "Treiber", "Drivers", "Software"]), fs=host("fs"), nb=nb,
        u=svc_user("pkg"), v=v)


@tpl("mdt-ts-setvar", "mdt", "password", "xml")
def _t(v):
    g = guid(True)
    return root(MDT_ROOT) + "/Control/" + pick(["W11-22H2", "WIN10X64", "REF-W11", "PROD001"]) + "/ts.xml", F("""<?xml version="1.0"?>
<sequence version="3.00" name="Standard Client Task Sequence" description="Deploy Windows">
  <group name="Initialization" disable="false" continueOnError="false" description="Initialize the TS" expand="true">
    <step type="BDD_Gather" name="Gather local only" description="" disable="false" continueOnError="false" successCodeList="0 3010">
      <defaultVarList>
        <variable name="GatherLocalOnly" property="GatherLocalOnly">true</variable>
        <variable name="RulesFile" property="RulesFile"></variable>
      </defaultVarList>
      <action>cscript.exe "%SCRIPTROOT%\\ZTIGather.wsf"</action>
    </step>
    <step type="SMS_TaskSequence_SetVariableAction" name="Set «var»" description="" disable="false" continueOnError="false" successCodeList="0 3010">
      <defaultVarList>
        <variable name="VariableName" property="VariableName">«var»</variable>
        <variable name="VariableValue" property="VariableValue">«v»</variable>
      </defaultVarList>
      <action>cscript.exe "%SCRIPTROOT%\\ZTISetVariable.wsf"</action>
    </step>
  </group>
  <group expand="true" name="Install" description="" disable="false" continueOnError="false">
    <step type="BDD_InstallOS" name="Install Operating System" description="" disable="false" continueOnError="false" successCodeList="0 3010">
      <defaultVarList>
        <variable name="OSGUID" property="OSGUID">{«g»}</variable>
        <variable name="DestinationDisk" property="DestinationDisk">0</variable>
        <variable name="DestinationPartition" property="DestinationPartition">1</variable>
      </defaultVarList>
      <action>cscript.exe "%SCRIPTROOT%\\LTIApply.wsf"</action>
    </step>
  </group>
</sequence>
""", var=pick(["DomainAdminPassword", "AdminPassword", "JoinPassword"]), v=v, g=g)


UNATTEND_HEAD = """<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
"""


@tpl("unattend-autologon-plain", "windows-unattend", "password", "xml")
def _t(v):
    u = svc_user("admin")
    return pick(["unattend/Unattend.xml", root(MDT_ROOT) + "/Control/W11-ENT/Unattend.xml",
                 "images/win11/unattend.xml", "sysprep/unattend.xml"]), F(UNATTEND_HEAD + """    <settings pass="oobeSystem">
        <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <OOBE>
                <HideEULAPage>true</HideEULAPage>
                <HideOnlineAccountScreens>true</HideOnlineAccountScreens>
                <HideWirelessSetupInOOBE>true</HideWirelessSetupInOOBE>
                <ProtectYourPC>3</ProtectYourPC>
            </OOBE>
            <AutoLogon>
                <Password>
                    <Value>«v»</Value>
                    <PlainText>true</PlainText>
                </Password>
                <Enabled>true</Enabled>
                <LogonCount>«n»</LogonCount>
                <Username>«u»</Username>
            </AutoLogon>
            <TimeZone>«tz»</TimeZone>
            <RegisteredOrganization>«org»</RegisteredOrganization>
        </component>
    </settings>
</unattend>
""", v=v, n=ri(1, 3), u=u, tz=pick(["W. Europe Standard Time", "Pacific Standard Time"]), org=org()[0])


@tpl("unattend-admin-b64", "windows-unattend", "unattend-b64-admin", "xml")
def _t(v):
    return pick(["unattend/Win10_Unattend.xml", "osd/unattend.xml", "Sysprep/unattend_x64.xml",
                 "reference-image/unattend.xml"]), F(UNATTEND_HEAD + """    <settings pass="specialize">
        <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
            <ComputerName>*</ComputerName>
            <ProductKey>«kms»</ProductKey>
        </component>
    </settings>
    <settings pass="oobeSystem">
        <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
            <UserAccounts>
                <AdministratorPassword>
                    <Value>«v»</Value>
                    <PlainText>false</PlainText>
                </AdministratorPassword>
            </UserAccounts>
            <OOBE>
                <HideEULAPage>true</HideEULAPage>
                <SkipMachineOOBE>true</SkipMachineOOBE>
            </OOBE>
        </component>
    </settings>
    <cpi:offlineImage cpi:source="wim:c:/images/install.wim#Windows 11 Enterprise" xmlns:cpi="urn:schemas-microsoft-com:cpi" />
</unattend>
""", kms=pick(KMS_KEYS), v=v)


@tpl("autounattend-localaccount-b64", "windows-unattend", "unattend-b64", "xml")
def _t(v):
    u = svc_user("admin")
    return pick(["autounattend.xml", "usb/autounattend.xml", "iso/Autounattend.xml"]), F(UNATTEND_HEAD + """    <settings pass="windowsPE">
        <component name="Microsoft-Windows-International-Core-WinPE" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
            <SetupUILanguage>
                <UILanguage>«lang»</UILanguage>
            </SetupUILanguage>
            <InputLocale>«lang»</InputLocale>
            <SystemLocale>«lang»</SystemLocale>
            <UILanguage>«lang»</UILanguage>
            <UserLocale>«lang»</UserLocale>
        </component>
    </settings>
    <settings pass="oobeSystem">
        <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
            <UserAccounts>
                <LocalAccounts>
                    <LocalAccount wcm:action="add" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
                        <Password>
                            <Value>«v»</Value>
                            <PlainText>false</PlainText>
                        </Password>
                        <Description>«desc»</Description>
                        <DisplayName>«u»</DisplayName>
                        <Group>Administrators</Group>
                        <Name>«u»</Name>
                    </LocalAccount>
                </LocalAccounts>
            </UserAccounts>
        </component>
    </settings>
</unattend>
""", lang=pick(["de-DE", "en-US", "fr-FR", "nl-NL", "sv-SE"]), v=v, u=u,
        desc=pick(["Local support account", "Lokaler Admin", "Compte support", "break glass"]))


@tpl("unattend-domainjoin", "windows-unattend", "password", "xml")
def _t(v):
    nb, fq = org()
    return pick(["unattend/specialize-join.xml", "osd/unattend-domain.xml", "Unattend.xml"]), F(UNATTEND_HEAD + """    <settings pass="specialize">
        <component name="Microsoft-Windows-UnattendedJoin" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
            <Identification>
                <Credentials>
                    <Domain>«nb»</Domain>
                    <Username>«u»</Username>
                    <Password>«v»</Password>
                </Credentials>
                <JoinDomain>«fq»</JoinDomain>
                <MachineObjectOU>OU=Clients,DC=«dc»</MachineObjectOU>
            </Identification>
        </component>
    </settings>
</unattend>
""", nb=nb, u=svc_user("join"), v=v, fq=fq, dc=",DC=".join(fq.split(".")))


@tpl("sysprep-inf", "windows-unattend", "password", "inf")
def _t(v):
    nb, fq = org()
    ad = RNG.random() < 0.5
    return pick(["sysprep/sysprep.inf", "legacy/xp/sysprep.inf", "Sysprep/SYSPREP.INF"]), F("""[Unattended]
    OemSkipEula=Yes
    InstallFilesPath=C:\\sysprep\\i386
    UpdateInstalledDrivers=Yes

[GuiUnattended]
    «a1»
    EncryptedAdminPassword=NO
    OEMSkipRegional=1
    TimeZone=110
    OemSkipWelcome=1

[UserData]
    FullName="«org» IT"
    OrgName="«org»"
    ComputerName=*

[Identification]
    JoinDomain=«nb»
    DomainAdmin=«u»
    «a2»

[Networking]
    InstallDefaultComponents=Yes
""", a1=("AdminPassword=\"%s\"" % v) if ad else "AdminPassword=*",
        a2="" if ad else "DomainAdminPassword=\"%s\"" % v, org=nb.title(), nb=nb, u=svc_user("join"))


@tpl("wds-client-unattend", "wds", "password", "xml")
def _t(v):
    nb, fq = org()
    return pick(["wds/WDSClientUnattend/WdsClientUnattend_x64.xml", "RemoteInstall/WdsClientUnattend/Win11.xml"]), F(UNATTEND_HEAD + """    <settings pass="windowsPE">
        <component name="Microsoft-Windows-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
            <WindowsDeploymentServices>
                <Login>
                    <WillShowUI>OnError</WillShowUI>
                    <Credentials>
                        <Username>«u»</Username>
                        <Domain>«fq»</Domain>
                        <Password>«v»</Password>
                    </Credentials>
                </Login>
                <ImageSelection>
                    <WillShowUI>OnError</WillShowUI>
                    <InstallImage>
                        <ImageName>Windows 11 Enterprise</ImageName>
                        <ImageGroup>Win11-23H2</ImageGroup>
                        <Filename>install.wim</Filename>
                    </InstallImage>
                    <InstallTo>
                        <DiskID>0</DiskID>
                        <PartitionID>3</PartitionID>
                    </InstallTo>
                </ImageSelection>
            </WindowsDeploymentServices>
        </component>
    </settings>
</unattend>
""", u=svc_user("mdt"), fq=fq, v=v)


CM_ROOT = ["sccm/scripts", "mecm/Scripts", "ConfigMgr/PowerShell", "cm-automation", "scripts/sccm"]


@tpl("mecm-naa-ps1", "mecm", "password", "ps1")
def _t(v):
    nb, fq = org()
    sc = site_code()
    u = nb + "\\" + svc_user("naa")
    return root(CM_ROOT) + "/" + pick(["Set-NetworkAccessAccount.ps1", "Configure-NAA.ps1", "site-setup/03-naa.ps1"]), F("""<#
    Configures the network access account for site «sc».
    Run on «cm» from an elevated ConfigMgr console session.
#>
Import-Module "$($ENV:SMS_ADMIN_UI_PATH)\\..\\ConfigurationManager.psd1"
Set-Location "«sc»:"

$SiteCode = "«sc»"
$NaaUser  = "«u»"
$NaaPass  = ConvertTo-SecureString -String "«v»" -AsPlainText -Force

if (-not (Get-CMAccount -UserName $NaaUser)) {
    New-CMAccount -UserName $NaaUser -Password $NaaPass -SiteCode $SiteCode
}
Set-CMSoftwareDistributionComponent -SiteCode $SiteCode -AddNetworkAccessAccountName $NaaUser
Write-Host "NAA configured for $SiteCode"
""", sc=sc, cm=host("cm"), u=u, v=v)


@tpl("mecm-clientpush-psm1", "mecm", "password", "psm1")
def _t(v):
    nb, fq = org()
    return root(CM_ROOT) + "/CMSiteConfig/CMSiteConfig.psm1", F("""function Set-SiteClientPush {
    [CmdletBinding()]
    param(
        [string]$SiteCode = '«sc»',
        [string]$PushAccount = '«nb»\\«u»'
    )
    # TODO move to vault before go-live
    $pw = '«v»'
    $sec = ConvertTo-SecureString $pw -AsPlainText -Force
    New-CMAccount -UserName $PushAccount -Password $sec -SiteCode $SiteCode -ErrorAction SilentlyContinue
    Set-CMClientPushInstallation -SiteCode $SiteCode -EnableAutomaticClientPushInstallation $true `
        -EnableSystemTypeConfigurationManager $true -ChosenAccount $PushAccount `
        -InstallationProperty 'SMSSITECODE=«sc» FSP=«cm»'
}

function Get-SiteBoundaryReport {
    param([string]$SiteCode = '«sc»')
    Get-CMBoundary | Select-Object DisplayName, Value, BoundaryType | Sort-Object DisplayName
}

Export-ModuleMember -Function Set-SiteClientPush, Get-SiteBoundaryReport
""", sc=site_code(), nb=nb, u=svc_user("push"), v=v, cm=host("cm"))


@tpl("mecm-collection-variable", "mecm", "password", "ps1")
def _t(v):
    return root(CM_ROOT) + "/OSD/New-OSDCollectionVariables.ps1", F("""# Collection variables for the bare-metal OSD collection
$SiteCode = '«sc»'
$Coll = '«coll»'
Set-Location "$($SiteCode):\\"

$vars = [ordered]@{
    'OSDDomainName'       = '«fq»'
    'OSDDomainOUName'     = 'LDAP://OU=Staging,DC=«dc»'
    'OSDJoinAccount'      = '«nb»\\«u»'
    'SMSTSPreferredAdvertID' = '«adv»'
}
foreach ($k in $vars.Keys) {
    New-CMDeviceCollectionVariable -CollectionName $Coll -VariableName $k -Value $vars[$k] -IsMask $false
}
New-CMDeviceCollectionVariable -CollectionName $Coll -VariableName 'OSDJoinPassword' -Value '«v»' -IsMask $true
""", sc=(lambda s: s)(site_code()), coll=pick(["OSD - Bare Metal", "All Unknown Computers", "OSD Win11 Rebuild"]),
        fq=org()[1], dc="corp,DC=local", nb=org()[0], u=svc_user("join"), adv=pkg_id("P01"), v=v)


@tpl("mecm-ts-export-setvar", "mecm", "password", "xml")
def _t(v):
    sc = site_code()
    return pick(["sccm/TaskSequences/", "mecm/ts-export/"]) + pkg_id(sc) + "/object.xml", F("""<?xml version="1.0" encoding="utf-8"?>
<sequence version="3.10">
  <referenceList>
    <reference package="«p1»" />
    <reference package="«p2»" />
  </referenceList>
  <group name="Preinstall" description="">
    <step type="SMS_TaskSequence_SetVariableAction" name="Set OSDLocalAdminPassword" description="">
      <action>smsswd.exe /run: tsenv.exe</action>
      <defaultVarList>
        <variable name="VariableName" property="VariableName" hidden="false">OSDLocalAdminPassword</variable>
        <variable name="VariableValue" property="VariableValue" hidden="false">«v»</variable>
      </defaultVarList>
    </step>
    <step type="SMS_TaskSequence_PartitionDiskAction" name="Partition Disk 0 - UEFI" description="">
      <action>osddiskpart.exe</action>
      <defaultVarList>
        <variable name="OSDDiskIndex" property="DiskIndex">0</variable>
      </defaultVarList>
    </step>
  </group>
</sequence>
""", p1=pkg_id(sc), p2=pkg_id(sc), v=v)


@tpl("mecm-tsenv-prestart", "mecm", "password", "ps1")
def _t(v):
    nb, fq = org()
    return root(CM_ROOT) + "/OSD/" + pick(["Prestart.ps1", "Set-TSVariables.ps1", "TS-Frontend.ps1"]), F("""$tsenv = New-Object -ComObject Microsoft.SMS.TSEnvironment
$tsenv.Value('SMSTSPreferredAdvertID') = '«adv»'
$tsenv.Value('OSDComputerName') = "«pre»-$((Get-CimInstance Win32_BIOS).SerialNumber)"
$tsenv.Value('OSDDomainName') = '«fq»'
$tsenv.Value('OSDJoinAccount') = '«nb»\\«u»'
$tsenv.Value('OSDJoinPassword') = '«v»'
$tsenv.Value('OSDDomainOUName') = 'LDAP://OU=Workstations,DC=«dc»'
""", adv=pkg_id(site_code()), pre=pick(["NB", "PC", "WS"]), fq=fq, nb=nb, u=svc_user("join"), v=v,
        dc=",DC=".join(fq.split(".")))


@tpl("mecm-sitedb-invoke-sqlcmd", "sql-server", "password", "ps1")
def _t(v):
    sc = site_code()
    return root(CM_ROOT) + "/Reports/" + pick(["Export-ClientHealth.ps1", "Get-StaleClients.ps1"]), F("""param(
    [string]$OutFile = "C:\\Reports\\clienthealth_$(Get-Date -f yyyyMMdd).csv"
)
$query = @"
SELECT sys.Name0, sys.Client_Version0, ch.LastOnline, ch.ClientStateDescription
FROM v_R_System sys
JOIN v_CH_ClientSummary ch ON ch.ResourceID = sys.ResourceID
WHERE sys.Client0 = 1
"@
$rows = Invoke-Sqlcmd -ServerInstance '«sql»' -Database 'CM_«sc»' -Username '«u»' -Password '«v»' -Query $query
$rows | Export-Csv -Path $OutFile -NoTypeInformation -Encoding UTF8
""", sql=host("sql"), sc=sc, u=svc_user("sql"), v=v)


@tpl("mecm-sitedb-connstring-config", "sql-server", "password", "config")
def _t(v):
    return pick(["tools/CMDashboard/web.config", "src/CmReportApi/Web.config"]), F("""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="SiteCode" value="«sc»" />
    <add key="SmsProvider" value="«cm»" />
    <add key="RefreshMinutes" value="15" />
  </appSettings>
  <connectionStrings>
    <add name="CMDB" connectionString="Data Source=«sql»;Initial Catalog=CM_«sc»;User ID=«u»;Password=«v»;Encrypt=True;TrustServerCertificate=True" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
""", sc=site_code(), cm=host("cm"), sql=host("sql"), u=svc_user("sql"), v=v)


PSADT_ROOT = ["Packages/", "apps/", "PSADT/", "Applications/"]


@tpl("psadt-deploy-application", "psadt", "password", "ps1")
def _t(v):
    app = pick([("Sage 100", "Sage100"), ("Matrix42 Agent", "M42Agent"), ("Veeam Agent", "VeeamAgent"),
                ("DATEV Arbeitsplatz", "DATEV"), ("SAP GUI 7.70", "SAPGUI"), ("Bomgar Jump Client", "Bomgar")])
    return root(PSADT_ROOT) + app[1] + "/Deploy-Application.ps1", F("""[CmdletBinding()]
Param (
    [Parameter(Mandatory=$false)]
    [ValidateSet('Install','Uninstall','Repair')]
    [string]$DeploymentType = 'Install',
    [Parameter(Mandatory=$false)]
    [ValidateSet('Interactive','Silent','NonInteractive')]
    [string]$DeployMode = 'Interactive'
)
Try {
    [string]$appVendor = '«vendor»'
    [string]$appName = '«app»'
    [string]$appVersion = '«ver»'
    [string]$appArch = 'x64'
    [string]$appLang = 'EN'
    [string]$appRevision = '01'
    [string]$appScriptVersion = '1.0.0'
    [string]$appScriptDate = '«date»'
    [string]$appScriptAuthor = '«author»'

    ## Service account used by the agent service
    [string]$svcAccount = '«nb»\\«u»'
    [string]$svcPassword = '«v»'

    [string]$moduleAppDeployToolkitMain = "$scriptDirectory\\AppDeployToolkit\\AppDeployToolkitMain.ps1"
    . $moduleAppDeployToolkitMain

    If ($deploymentType -ine 'Uninstall' -and $deploymentType -ine 'Repair') {
        [string]$installPhase = 'Pre-Installation'
        Show-InstallationWelcome -CloseApps 'iexplore' -CheckDiskSpace -PersistPrompt
        [string]$installPhase = 'Installation'
        Execute-MSI -Action 'Install' -Path '«msi»' -Parameters "/qn SERVICEACCOUNT=`"$svcAccount`" SERVICEPASSWORD=`"$svcPassword`""
        [string]$installPhase = 'Post-Installation'
    }
    Exit-Script -ExitCode $mainExitCode
}
Catch {
    [int32]$mainExitCode = 60001
    Exit-Script -ExitCode $mainExitCode
}
""", vendor=pick(["Sage", "Matrix42", "Veeam", "DATEV eG", "SAP", "BeyondTrust"]), app=app[0],
        ver="%d.%d.%d" % (ri(1, 12), ri(0, 9), ri(0, 999)), date=date(),
        author=pick(["J. Weber", "m.dubois", "A. Lindqvist", "R. Patel", "sgarcia"]),
        nb=org()[0], u=svc_user("pkg"), v=v, msi=app[1] + "_x64.msi")


@tpl("psadt-extensions-sql", "psadt", "password", "ps1")
def _t(v):
    return root(PSADT_ROOT) + pick(["LabManager", "Timesheet", "Warenwirtschaft"]) + "/AppDeployToolkit/AppDeployToolkitExtensions.ps1", F("""<#
.SYNOPSIS
    Custom extensions: writes the client DSN for the line-of-business app.
#>
[string]$appDeployToolkitExtName = 'PSAppDeployToolkitExt'
[string]$appDeployExtScriptFriendlyName = 'App Deploy Toolkit Extensions'
[version]$appDeployExtScriptVersion = [version]'3.9.3'

Function Set-AppDsn {
    [CmdletBinding()]
    Param ()
    $dsnKey = 'HKLM:\\SOFTWARE\\ODBC\\ODBC.INI\\«dsn»'
    Set-RegistryKey -Key $dsnKey -Name 'Server' -Value '«sql»'
    Set-RegistryKey -Key $dsnKey -Name 'Database' -Value '«db»'
    Set-RegistryKey -Key $dsnKey -Name 'LastUser' -Value '«u»'
    Set-RegistryKey -Key $dsnKey -Name 'Password' -Value '«v»'
    Write-Log -Message "DSN «dsn» written" -Source ${CmdletName}
}
""", dsn=pick(["LABMGR", "TimesheetDB", "WAWI"]), sql=pick(["sql02\\APPS", "dbapp01", "SQLLOB01"]),
        db=pick(["LabMgr", "TS_PROD", "WAWI_2023"]), u=pick(["app_client", "tsuser", "wawi_rw"]), v=v)


PKG_ROOT = ["scripts/", "install/", "Packages/Common/", "Deploy/Scripts/", "batch/"]


@tpl("bat-net-use", "windows", "password", "cmd")
def _t(v):
    nb, fq = org()
    return root(PKG_ROOT) + pick(["install.cmd", "map-share.cmd", "copy-sources.bat", "Install.bat"]), F("""@echo off
REM Copies installation sources from the package share
setlocal
set SRC=\\\\«fs»\\«share»
set DST=C:\\Temp\\«app»

net use Z: %SRC% /user:«nb»\\«u» «v» /persistent:no
if errorlevel 1 goto :fail

robocopy Z:\\«app» %DST% /E /R:2 /W:5 /NP /LOG:C:\\Windows\\Temp\\«app»_copy.log
start /wait msiexec /i "%DST%\\«app».msi" /qn /norestart /l*v C:\\Windows\\Temp\\«app»_install.log
net use Z: /delete /y
exit /b 0

:fail
echo Failed to map %SRC%
exit /b 1
""", fs=host("fs"), share=pick(["Software$", "pakete", "Packages", "SWDist$"]), app=pick(["7zip", "FortiClient", "AcroRdr", "Teams", "Citrix"]),
        nb=nb, u=svc_user("pkg"), v=v)


@tpl("bat-net-user", "windows", "password", "cmd")
def _t(v):
    u = svc_user("admin")
    return pick(["Setup/Scripts/SetupComplete.cmd", "scripts/create-localadmin.cmd", "oem/$OEM$/$$/Setup/Scripts/SetupComplete.cmd"]), F("""@echo off
:: SetupComplete - runs as SYSTEM after OOBE
echo %date% %time% SetupComplete start >> C:\\Windows\\Temp\\setupcomplete.log
net user «u» «v» /add /expires:never /passwordchg:no
net localgroup «grp» «u» /add
wmic useraccount where "Name='«u»'" set PasswordExpires=FALSE
powercfg /change standby-timeout-ac 0
reg add "HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\OOBE" /v DisablePrivacyExperience /t REG_DWORD /d 1 /f
echo %date% %time% SetupComplete done >> C:\\Windows\\Temp\\setupcomplete.log
""", u=u, v=v, grp=pick(["Administrators", "Administratoren", "Administrateurs", "Administradores"]))


@tpl("bat-cmdkey-runas", "windows", "password", "cmd")
def _t(v):
    nb, fq = org()
    u = svc_user("pkg")
    return root(PKG_ROOT) + pick(["run-as-svc.cmd", "launch-console.cmd"]), F("""@echo off
rem store credential once so runas /savecred does not prompt on kiosk
cmdkey /add:«fs» /user:«nb»\\«u» /pass:«v»
runas /savecred /user:«nb»\\«u» "\\\\«fs»\\tools\\«tool».exe"
""", fs=host("fs"), nb=nb, u=u, v=v, tool=pick(["CmRcViewer", "InventoryCollector", "LabelPrint"]))


@tpl("bat-schtasks", "windows", "password", "cmd")
def _t(v):
    nb, fq = org()
    return root(PKG_ROOT) + pick(["register-task.cmd", "schedule-cleanup.bat"]), F("""@echo off
set TASK=«task»
schtasks /query /tn "%TASK%" >nul 2>&1 && schtasks /delete /tn "%TASK%" /f
schtasks /create /tn "%TASK%" /tr "powershell.exe -NoProfile -ExecutionPolicy Bypass -File C:\\ProgramData\\«org»\\«task».ps1" /sc daily /st 02:30 /ru «nb»\\«u» /rp «v» /rl HIGHEST /f
""", task=pick(["WSUS-Cleanup", "ProfileCleanup", "InventorySync", "DriverUpdate"]), org=org()[0].title(), nb=nb,
        u=svc_user("pkg"), v=v)


@tpl("bat-netdom-join", "active-directory", "password", "bat")
def _t(v):
    nb, fq = org()
    return root(PKG_ROOT) + pick(["join-domain.bat", "rejoin.cmd"]), F("""@echo off
REM Rejoin after reimage - used by the service desk
netdom remove %COMPUTERNAME% /domain:«fq» /force
netdom join %COMPUTERNAME% /domain:«fq» /OU:"OU=Clients,DC=«dc»" /userd:«nb»\\«u» /passwordd:«v» /reboot:15
""", fq=fq, dc=",DC=".join(fq.split(".")), nb=nb, u=svc_user("join"), v=v)


@tpl("ps-add-computer", "active-directory", "password", "ps1")
def _t(v):
    nb, fq = org()
    return pick(["scripts/Join-Domain.ps1", "OSD/DomainJoin.ps1", "autopilot/hybrid/Join-AD.ps1"]), F("""#Requires -RunAsAdministrator
$Domain = '«fq»'
$OU     = 'OU=«ou»,DC=«dc»'
$User   = '«nb»\\«u»'
$Pass   = ConvertTo-SecureString '«v»' -AsPlainText -Force
$Cred   = New-Object System.Management.Automation.PSCredential ($User, $Pass)

try {
    Add-Computer -DomainName $Domain -OUPath $OU -Credential $Cred -Options JoinWithNewName,AccountCreate -Force -ErrorAction Stop
    Write-Output "Joined $env:COMPUTERNAME to $Domain"
    Restart-Computer -Force
} catch {
    Write-Error "Domain join failed: $_"
    exit 1
}
""", fq=fq, ou=pick(["Workstations", "Laptops", "Arbeitsplaetze", "Postes"]), dc=",DC=".join(fq.split(".")), nb=nb,
        u=svc_user("join"), v=v)


@tpl("cmd-inline-add-computer", "active-directory", "password", "cmd")
def _t(v):
    nb, fq = org()
    return pick(["oem/$OEM$/$$/Setup/Scripts/SetupComplete.cmd", "Setup/SetupComplete.cmd"]), F("""@echo off
powershell.exe -NoProfile -ExecutionPolicy Bypass -Command "$c = New-Object PSCredential('«nb»\\«u»',(ConvertTo-SecureString '«v»' -AsPlainText -Force)); Add-Computer -DomainName «fq» -Credential $c -Restart"
""", nb=nb, u=svc_user("join"), v=v, fq=fq)


@tpl("vbs-join-domain", "active-directory", "password", "vbs")
def _t(v):
    nb, fq = org()
    return pick(["scripts/JoinDomain.vbs", "legacy/join.vbs", root(MDT_ROOT) + "/Scripts/Z-Join.vbs"]), F("""Const JOIN_DOMAIN = 1
Const ACCT_CREATE = 2
Const DOMAIN_JOIN_IF_JOINED = 32

strDomain   = "«fq»"
strUser     = "«u»"
strPassword = "«v»"
strOU       = "OU=Clients,DC=«dc»"

Set objNetwork = CreateObject("WScript.Network")
strComputer = objNetwork.ComputerName

Set objComputer = GetObject("winmgmts:{impersonationLevel=Impersonate}!\\\\" & _
    strComputer & "\\root\\cimv2:Win32_ComputerSystem.Name='" & strComputer & "'")

ReturnValue = objComputer.JoinDomainOrWorkGroup(strDomain, strPassword, _
    strDomain & "\\" & strUser, strOU, JOIN_DOMAIN + ACCT_CREATE + DOMAIN_JOIN_IF_JOINED)
WScript.Echo "JoinDomainOrWorkGroup returned " & ReturnValue
""", fq=fq, u=svc_user("join"), v=v, dc=",DC=".join(fq.split(".")))


@tpl("reg-winlogon-autologon", "windows", "password", "reg")
def _t(v):
    return pick(["registry/kiosk-autologon.reg", "kiosk/autologon.reg", "reg/Winlogon_AutoAdminLogon.reg"]), F("""Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="«u»"
"DefaultDomainName"="«d»"
"DefaultPassword"="«v»"
"ForceAutoLogon"=dword:00000001
"DisableCAD"=dword:00000001
"Shell"="explorer.exe"

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\Personalization]
"NoLockScreen"=dword:00000001
""", u=pick(["kiosk", "infoscreen", "KioskUser", "lobby", "Terminal01"]), d=pick([".", org()[0]]), v=v)


@tpl("ps-register-scheduledtask", "windows", "password", "ps1")
def _t(v):
    nb, fq = org()
    return pick(["scripts/Register-NightlyTasks.ps1", "tasks/Install-InventoryTask.ps1"]), F("""$action  = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument '-NoProfile -File C:\\Scripts\\Sync-Inventory.ps1'
$trigger = New-ScheduledTaskTrigger -Daily -At 3am
$settings = New-ScheduledTaskSettingsSet -StartWhenAvailable -ExecutionTimeLimit (New-TimeSpan -Hours 2)

Register-ScheduledTask -TaskName 'Inventory Sync' -TaskPath '\\«org»\\' -Action $action -Trigger $trigger `
    -Settings $settings -User '«nb»\\«u»' -Password '«v»' -RunLevel Highest -Force
""", org=nb.title(), nb=nb, u=svc_user("pkg"), v=v)


@tpl("ps-new-psdrive-smb", "windows", "password", "ps1")
def _t(v):
    nb, fq = org()
    return pick(["scripts/Copy-Drivers.ps1", "OSD/Stage-Content.ps1", "tools/Sync-Share.ps1"]), F("""param([string]$Model = (Get-CimInstance Win32_ComputerSystem).Model)

$shareUser = '«nb»\\«u»'
$sharePw   = '«v»'
$cred = [pscredential]::new($shareUser, (ConvertTo-SecureString $sharePw -AsPlainText -Force))

New-PSDrive -Name DRV -PSProvider FileSystem -Root '\\\\«fs»\\Drivers$' -Credential $cred | Out-Null
$src = Join-Path 'DRV:\\' $Model
if (Test-Path $src) {
    Copy-Item -Path $src -Destination 'C:\\Drivers' -Recurse -Force
    pnputil /add-driver C:\\Drivers\\*.inf /subdirs /install
}
Remove-PSDrive DRV
""", nb=nb, u=svc_user("pkg"), v=v, fs=host("fs"))


@tpl("intune-remediation-localadmin", "intune", "password", "ps1")
def _t(v):
    u = svc_user("admin")
    return pick(["intune/remediations/LocalAdmin/Remediate.ps1", "Intune/ProactiveRemediations/Reset-LocalAdmin_remediation.ps1"]), F("""# Remediation: ensure the support account exists with the agreed password
$Name = '«u»'
$Password = ConvertTo-SecureString '«v»' -AsPlainText -Force
try {
    $acct = Get-LocalUser -Name $Name -ErrorAction SilentlyContinue
    if (-not $acct) {
        New-LocalUser -Name $Name -Password $Password -PasswordNeverExpires -Description 'Support'
        Add-LocalGroupMember -SID 'S-1-5-32-544' -Member $Name
    } else {
        Set-LocalUser -Name $Name -Password $Password
    }
    Write-Output 'Remediated'
    exit 0
} catch {
    Write-Error $_
    exit 1
}
""", u=u, v=v)


@tpl("intune-wifi-json", "intune", "password", "json")
def _t(v):
    return pick(["intune/exports/deviceConfigurations/WiFi-Corporate.json", "Intune/Backup/Device Configurations/WiFi - Lager.json"]), F("""{
  "@odata.type": "#microsoft.graph.windowsWifiConfiguration",
  "id": "«id»",
  "displayName": "«name»",
  "description": "",
  "version": «ver»,
  "ssid": "«ssid»",
  "networkName": "«ssid»",
  "connectAutomatically": true,
  "connectWhenNetworkNameIsHidden": «hid»,
  "wifiSecurityType": "wpa2Personal",
  "preSharedKey": "«v»",
  "proxySetting": "none",
  "meteredConnectionLimit": "unrestricted"
}
""", id=guid(), name=pick(["WiFi - Corporate", "WLAN Lager", "WiFi Kiosk"]), ver=ri(1, 9),
        ssid=pick(["CORP-IoT", "Lager-WLAN", "KIOSK", "Scanner-5G"]), hid=pick(["true", "false"]), v=v)


@tpl("intune-win32-installcmd-json", "intune", "password", "json")
def _t(v):
    return pick(["intune/apps/", "Intune/Win32Apps/"]) + pick(["VPNClient", "ERPClient", "BackupAgent"]) + "/app.json", F("""{
  "displayName": "«app»",
  "publisher": "«pub»",
  "appVersion": "«ver»",
  "installCommandLine": "msiexec /i «msi» /qn AGENTUSER=«u» AGENTPASSWORD=«v» /norestart",
  "uninstallCommandLine": "msiexec /x {«pc»} /qn",
  "installExperience": { "runAsAccount": "system", "deviceRestartBehavior": "suppress" },
  "detectionRules": [
    { "@odata.type": "#microsoft.graph.win32LobAppProductCodeDetection", "productCode": "{«pc»}", "productVersionOperator": "greaterThanOrEqual", "productVersion": "«ver»" }
  ],
  "minimumSupportedWindowsRelease": "21H2"
}
""", app=pick(["Backup Agent", "ERP Client", "VPN Client"]), pub=pick(["Acronis", "proALPHA", "NCP"]),
        ver="%d.%d.%d" % (ri(1, 20), ri(0, 9), ri(0, 9999)), msi=pick(["agent.msi", "setup_x64.msi"]),
        u=pick(["backup_svc", "erpdeploy", "svc_agent"]), v=v, pc=guid(True))


GRAPH_ROOT = ["intune/scripts/", "Intune/Graph/", "autopilot/", "graph/"]


@tpl("autopilot-getinfo-appsecret", "autopilot", "entra-client-secret", "ps1")
def _t(v):
    return root(GRAPH_ROOT) + pick(["Register-Autopilot.ps1", "Upload-HardwareHash.ps1", "OOBE-Register.ps1"]), F("""# Run from Shift+F10 during OOBE
Set-ExecutionPolicy -Scope Process -ExecutionPolicy Bypass -Force
Install-PackageProvider -Name NuGet -MinimumVersion 2.8.5.201 -Force | Out-Null
Install-Script -Name Get-WindowsAutopilotInfo -Force

$TenantId = '«tid»'
$AppId    = '«aid»'
$AppSecret = '«v»'

Get-WindowsAutopilotInfo.ps1 -Online -TenantId $TenantId -AppId $AppId -AppSecret $AppSecret -GroupTag '«tag»' -Assign
""", tid=guid(), aid=guid(), v=v, tag=pick(["STD", "KIOSK", "DE-Office", "Shared"]))


@tpl("autopilot-getinfo-inline-cmd", "autopilot", "entra-client-secret", "cmd")
def _t(v):
    return root(GRAPH_ROOT) + "register.cmd", F("""@echo off
powershell -ExecutionPolicy Bypass -NoProfile -Command "Install-Script Get-WindowsAutopilotInfo -Force; Get-WindowsAutopilotInfo -Online -TenantId «tid» -AppId «aid» -AppSecret «v» -GroupTag «tag»"
pause
""", tid=guid(), aid=guid(), v=v, tag=pick(["STD", "LAB", "Retail"]))


@tpl("intune-graph-token", "entra-id", "entra-client-secret", "ps1")
def _t(v):
    return root(GRAPH_ROOT) + pick(["Export-IntuneConfig.ps1", "Get-ManagedDevices.ps1", "Sync-Devices.ps1"]), F("""$tenantId     = "«tid»"
$clientId     = "«aid»"
$clientSecret = "«v»"

$body = @{
    grant_type    = "client_credentials"
    scope         = "https://graph.microsoft.com/.default"
    client_id     = $clientId
    client_secret = $clientSecret
}
$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenantId/oauth2/v2.0/token" -Body $body).access_token
$headers = @{ Authorization = "Bearer $token" }

$uri = "https://graph.microsoft.com/beta/deviceManagement/managedDevices?`$top=999"
$devices = @()
do {
    $resp = Invoke-RestMethod -Uri $uri -Headers $headers
    $devices += $resp.value
    $uri = $resp.'@odata.nextLink'
} while ($uri)
$devices | Select-Object deviceName, serialNumber, osVersion, lastSyncDateTime | Export-Csv devices.csv -NoTypeInformation
""", tid=guid(), aid=guid(), v=v)


@tpl("intune-appsettings-json", "entra-id", "entra-client-secret", "json")
def _t(v):
    return pick(["tools/IntuneUploader/appsettings.json", "src/Win32Publisher/appsettings.json", "intune/config.json"]), F("""{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Graph": {
    "TenantId": "«tid»",
    "ClientId": "«aid»",
    "ClientSecret": "«v»",
    "Endpoint": "https://graph.microsoft.com/beta"
  },
  "Packaging": {
    "SourceRoot": "\\\\\\\\«fs»\\\\Win32Sources",
    "OutputRoot": "D:\\\\IntuneWin",
    "IntuneWinAppUtil": "C:\\\\Tools\\\\IntuneWinAppUtil.exe"
  }
}
""", tid=guid(), aid=guid(), v=v, fs=host("fs"))


@tpl("intune-win32app-module", "intune", "entra-client-secret", "ps1")
def _t(v):
    return root(GRAPH_ROOT) + pick(["Publish-Win32App.ps1", "New-Win32AppPackage.ps1"]), F("""Import-Module IntuneWin32App
Connect-MSIntuneGraph -TenantID '«fq»' -ClientID '«aid»' -ClientSecret '«v»'

$src = 'C:\\Packaging\\«app»\\Source'
$out = 'C:\\Packaging\\«app»\\Output'
$pkg = New-IntuneWin32AppPackage -SourceFolder $src -SetupFile 'Deploy-Application.exe' -OutputFolder $out -Verbose

$detect = New-IntuneWin32AppDetectionRuleMSI -ProductCode '{«pc»}'
$req    = New-IntuneWin32AppRequirementRule -Architecture x64 -MinimumSupportedWindowsRelease W10_21H2
Add-IntuneWin32App -FilePath $pkg.Path -DisplayName '«app»' -Description '«app»' -Publisher '«pub»' `
    -InstallExperience system -RestartBehavior suppress -DetectionRule $detect -RequirementRule $req `
    -InstallCommandLine 'Deploy-Application.exe -DeploymentType Install -DeployMode Silent' `
    -UninstallCommandLine 'Deploy-Application.exe -DeploymentType Uninstall -DeployMode Silent'
""", fq=org()[1].split(".", 1)[1].split(".")[0] + ".onmicrosoft.com", aid=guid(), v=v,
        app=pick(["Notepad++", "GreenshotX", "KeePassXC", "Zoom"]), pc=guid(True), pub=pick(["Don Ho", "Greenshot", "KeePassXC", "Zoom"]))


@tpl("intune-msal-token", "entra-id", "entra-client-secret", "ps1")
def _t(v):
    return root(GRAPH_ROOT) + "Connect-Graph.ps1", F("""function Get-GraphToken {
    $params = @{
        TenantId     = '«tid»'
        ClientId     = '«aid»'
        ClientSecret = (ConvertTo-SecureString '«v»' -AsPlainText -Force)
    }
    (Get-MsalToken @params).AccessToken
}
""", tid=guid(), aid=guid(), v=v)


GPO_ROOT = ["GPO/", "sysvol-backup/", "gpo-backups/", "ad/gpo/"]


def gpo_path(sub):
    return root(GPO_ROOT) + "{" + guid(True) + "}/" + sub


@tpl("gpp-groups-xml", "gpp", "cpassword", "xml")
def _t(v):
    u = svc_user("admin")
    return gpo_path("Machine/Preferences/Groups/Groups.xml"), F("""<?xml version="1.0" encoding="utf-8"?>
<Groups clsid="{3125E937-EB16-4b4c-9934-544FC6D24D26}"><User clsid="{DF5F1855-51E5-4d24-8B1A-D9BDE98BA1D1}" name="«u»" image="2" changed="«ts»" uid="{«g1»}"><Properties action="U" newName="" fullName="" description="«desc»" cpassword="«v»" changeLogon="0" noChange="1" neverExpires="1" acctDisabled="0" userName="«u»"/></User><Group clsid="{6D4A79E4-529C-4481-ABD0-F5BD7EA93BA7}" name="Administrators (built-in)" image="2" changed="«ts»" uid="{«g2»}"><Properties action="U" newName="" description="" deleteAllUsers="0" deleteAllGroups="0" removeAccounts="0" groupSid="S-1-5-32-544" groupName="Administrators (built-in)"><Members><Member name="«u»" action="ADD" sid=""/></Members></Properties></Group>
</Groups>
""", u=u, ts=ts(), g1=guid(True), g2=guid(True), desc=pick(["", "Local support", "Lokaler Admin"]), v=v)


@tpl("gpp-scheduledtasks-xml", "gpp", "cpassword", "xml")
def _t(v):
    nb, fq = org()
    return gpo_path("Machine/Preferences/ScheduledTasks/ScheduledTasks.xml"), F("""<?xml version="1.0" encoding="utf-8"?>
<ScheduledTasks clsid="{CC63F200-7309-4ba0-B154-A71CD118DBCC}">
	<TaskV2 clsid="{D8896631-B747-47a7-84A6-C155337F3BC8}" name="«task»" image="2" changed="«ts»" uid="{«g»}" userContext="0" removePolicy="0">
		<Properties action="U" name="«task»" runAs="«nb»\\«u»" logonType="Password" cpassword="«v»">
			<Task version="1.2">
				<RegistrationInfo><Author>«nb»\\gpoadmin</Author><Description></Description></RegistrationInfo>
				<Principals><Principal id="Author"><UserId>«nb»\\«u»</UserId><LogonType>Password</LogonType><RunLevel>HighestAvailable</RunLevel></Principal></Principals>
				<Actions Context="Author"><Exec><Command>powershell.exe</Command><Arguments>-File \\\\«fq»\\NETLOGON\\«task».ps1</Arguments></Exec></Actions>
			</Task>
		</Properties>
	</TaskV2>
</ScheduledTasks>
""", task=pick(["Inventory", "CleanupTemp", "Sync-Printers"]), ts=ts(), g=guid(True), nb=nb, u=svc_user("pkg"), v=v, fq=fq)


@tpl("gpp-services-xml", "gpp", "cpassword", "xml")
def _t(v):
    nb, fq = org()
    return gpo_path("Machine/Preferences/Services/Services.xml"), F("""<?xml version="1.0" encoding="utf-8"?>
<NTServices clsid="{2CFB484A-4E96-4b5d-A0B6-093D2F91E6AE}"><NTService clsid="{AB6F0B67-341F-4e51-92F9-005FBFBA1A43}" name="«svc»" image="2" changed="«ts»" uid="{«g»}"><Properties startupType="AUTOMATIC" serviceName="«svc»" serviceAction="START" timeout="30" accountName="«nb»\\«u»" cpassword="«v»"/></NTService>
</NTServices>
""", svc=pick(["BackupExecAgentAccelerator", "LabelServer", "ScanAgent"]), ts=ts(), g=guid(True), nb=nb, u=svc_user("pkg"), v=v)


@tpl("gpp-drives-xml", "gpp", "cpassword", "xml")
def _t(v):
    nb, fq = org()
    return gpo_path("User/Preferences/Drives/Drives.xml"), F("""<?xml version="1.0" encoding="utf-8"?>
<Drives clsid="{8FDDCC1A-0C3C-43cd-A6B4-71A6DF20DA8C}"><Drive clsid="{935D1B74-9CB8-4e3c-9914-7DD559B7A417}" name="«l»:" status="«l»:" image="2" changed="«ts»" uid="{«g»}" bypassErrors="1"><Properties action="U" thisDrive="NOCHANGE" allDrives="NOCHANGE" userName="«nb»\\«u»" cpassword="«v»" path="\\\\«fs»\\«share»" label="«label»" persistent="1" useLetter="1" letter="«l»"/></Drive>
</Drives>
""", l=pick("GHPSTX"), ts=ts(), g=guid(True), nb=nb, u=svc_user("pkg"), v=v, fs=host("fs"),
        share=pick(["Abteilungen", "Scans", "Projects", "Commun"]), label=pick(["Abteilungen", "Scans", "Projects", "Commun"]))


@tpl("gpp-datasources-xml", "gpp", "cpassword", "xml")
def _t(v):
    return gpo_path("User/Preferences/DataSources/DataSources.xml"), F("""<?xml version="1.0" encoding="utf-8"?>
<DataSources clsid="{380F820F-F21B-41ac-A3CC-24D4F80F067B}"><DataSource clsid="{5C209626-D820-4d69-8D50-1FACD6214488}" name="«dsn»" image="2" changed="«ts»" uid="{«g»}"><Properties action="U" userDSN="0" dsn="«dsn»" driver="SQL Server" description="" username="«u»" cpassword="«v»"><Attributes><Attribute name="SERVER" value="«sql»"/><Attribute name="DATABASE" value="«db»"/></Attributes></Properties></DataSource>
</DataSources>
""", dsn=pick(["ERP", "Zeiterfassung", "LabDB"]), ts=ts(), g=guid(True), u=pick(["erp_client", "zeit_user", "labro"]), v=v,
        sql=host("sql"), db=pick(["ERP_PROD", "ZE", "LIMS"]))


LAPS_ROOT = ["exports/", "reports/laps/", "docs/", "ops/laps/"]


@tpl("laps-csv-export", "windows-laps", "laps-password", "csv")
def _t(v):
    rows = ["ComputerName,DistinguishedName,Account,Password,PasswordUpdateTime,ExpirationTimestamp,Source,DecryptionStatus,AuthorizedDecryptor"]
    pc = pc_name()
    nb, fq = org()
    rows.append("%s,\"CN=%s,OU=Clients,DC=%s\",Administrator,%s,%s,%s,EncryptedPassword,Success,%s\\LAPS Readers" % (
        pc, pc, ",DC=".join(fq.split(".")), v, ts(), ts(), nb))
    return root(LAPS_ROOT) + pick(["laps-export.csv", "LAPS_%s.csv" % date(), "laps_kiosk.csv"]), "\n".join(rows) + "\n"


@tpl("laps-mslaps-json", "windows-laps", "laps-password", "json")
def _t(v):
    pc = pc_name()
    return root(LAPS_ROOT) + pc.lower() + "-laps.json", F("""{
  "ComputerName": "«pc»",
  "Attribute": "msLAPS-Password",
  "Value": {"n":"«acct»","t":"«t»","p":"«v»"},
  "ExpirationTime": "«ts»",
  "RetrievedBy": "«who»"
}
""", pc=pc, acct=pick(["Administrator", "LAPSAdmin", "lapsadm"]), t=rhex(15), v=v.replace("\\", "\\\\"), ts=ts(),
        who=pick(["m.schulz", "jdoe", "a.moreau", "svc_helpdesk"]))


@tpl("laps-runbook-md", "windows-laps", "laps-password", "md")
def _t(v):
    pc = pc_name()
    return pick(["docs/runbooks/", "runbooks/", "wiki/"]) + pick(["kiosk-recovery.md", "Notfall-Admin.md", "break-glass.md"]), F("""# Break-glass: «pc»

The LAPS password was read on «d» because the machine lost trust with the domain.

| Field | Value |
|---|---|
| Computer | «pc» |
| Account | «acct» |
| Password | `«v»` |
| Expires | «d2» |

Steps:
1. Log on locally with the account above.
2. `Test-ComputerSecureChannel -Repair -Credential (Get-Credential)`
3. Run `Reset-LapsPassword` afterwards.
""", pc=pc, d=date(), acct=pick(["Administrator", "LAPSAdmin"]), v=v, d2=date())


@tpl("laps-ps-output", "windows-laps", "laps-password", "ps1")
def _t(v):
    pc = pc_name()
    return pick(["scripts/", "ops/"]) + "Fix-" + pc + ".ps1", F("""# LAPS pw pulled via Get-LapsADPassword -AsPlainText on «d»
$pc   = '«pc»'
$cred = New-Object PSCredential("$pc\\Administrator", (ConvertTo-SecureString '«v»' -AsPlainText -Force))
Invoke-Command -ComputerName $pc -Credential $cred -ScriptBlock {
    Get-Service ccmexec | Restart-Service -Force
}
""", d=date(), pc=pc, v=v)


BL_ROOT = ["bitlocker/", "docs/bitlocker/", "exports/", "reports/"]


@tpl("bitlocker-csv", "bitlocker", "bitlocker-recovery", "csv")
def _t(v):
    pc = pc_name()
    return root(BL_ROOT) + pick(["recovery-keys.csv", "BitLockerKeys_%s.csv" % date(), "bl-export.csv"]), F("""ComputerName,Created,KeyProtectorId,RecoveryPassword,Volume
«pc»,«ts»,{«g»},«v»,C:
""", pc=pc, ts=ts(), g=guid(True), v=v)


@tpl("bitlocker-unlock-ps1", "bitlocker", "bitlocker-recovery", "ps1")
def _t(v):
    return pick(["scripts/Unlock-DataDrive.ps1", "recovery/Unlock-Volume.ps1"]), F("""# Unlock the data disk of «pc» after the TPM reset
$mp = '«l»:'
if ((Get-BitLockerVolume -MountPoint $mp).LockStatus -eq 'Locked') {
    Unlock-BitLocker -MountPoint $mp -RecoveryPassword '«v»'
}
Resume-BitLocker -MountPoint $mp
""", pc=pc_name(), l=pick("DEF"), v=v)


@tpl("bitlocker-recovery-txt", "bitlocker", "bitlocker-recovery", "txt")
def _t(v):
    g = guid(True)
    return root(BL_ROOT) + "BitLocker Recovery Key " + g + ".TXT", F("""BitLocker Drive Encryption recovery key

To verify that this is the correct recovery key, compare the start of the following identifier with the identifier value displayed on your PC.

Identifier:

	«g»

If the above identifier matches the one displayed by your PC, then use the following key to unlock your drive.

Recovery Key:

	«v»

If the above identifier doesn't match the one displayed by your PC, then this isn't the right key to unlock your drive.
Try another recovery key, or refer to https://go.microsoft.com/fwlink/?LinkID=260589 for additional assistance.
""", g=g, v=v)


@tpl("bitlocker-manage-bde-cmd", "bitlocker", "bitlocker-recovery", "cmd")
def _t(v):
    return pick(["winpe/unlock.cmd", "scripts/unlock-os.cmd"]), F("""@echo off
rem WinPE: unlock OS volume before offline servicing of «pc»
manage-bde -status C:
manage-bde -unlock C: -RecoveryPassword «v»
manage-bde -protectors -disable C: -RebootCount 1
""", pc=pc_name(), v=v)


@tpl("bitlocker-md", "bitlocker", "bitlocker-recovery", "md")
def _t(v):
    pc = pc_name()
    return pick(["docs/", "wiki/incidents/"]) + "INC%07d.md" % ri(1, 9999999), F("""## INC: «pc» stuck at BitLocker recovery

* User: «who»
* Model: «m» (BIOS update via MECM triggered the PCR change)
* Key ID: «g»
* Recovery password given over the phone: «v»
* Follow-up: suspend BitLocker in the BIOS update TS step (`Suspend-BitLocker -RebootCount 1`).
""", pc=pc, who=pick(["k.nowak", "Hr. Maier", "s.leroy"]), m=model(), g=guid(True)[:8], v=v)


@tpl("choco-push-apikey", "chocolatey", "api-key-guid", "ps1")
def _t(v):
    return pick(["choco/Publish-Packages.ps1", "chocolatey/build.ps1", "packages/push.ps1"]), F("""$repo = 'https://«h»/repository/«r»/'
$key  = '«v»'
Get-ChildItem -Path .\\out -Filter *.nupkg | ForEach-Object {
    choco push $_.FullName --source $repo --api-key $key --force
}
""", h=pick(["nexus.corp.local", "repo.intra", "nexus01:8081"]), r=pick(["choco-internal", "chocolatey-hosted"]), v=v)


@tpl("choco-source-add", "chocolatey", "password", "ps1")
def _t(v):
    return pick(["choco/Install-Chocolatey.ps1", "bootstrap/choco-bootstrap.ps1"]), F("""Set-ExecutionPolicy Bypass -Scope Process -Force
[System.Net.ServicePointManager]::SecurityProtocol = [System.Net.SecurityProtocolType]::Tls12
iex ((New-Object System.Net.WebClient).DownloadString('https://«h»/repository/choco-raw/install.ps1'))

choco source remove -n=chocolatey
choco source add -n=internal -s="https://«h»/repository/choco-group/" -u="«u»" -p="«v»" --priority=1
choco feature enable -n=allowGlobalConfirmation
choco install «pkgs» -y
""", h=pick(["nexus.corp.local", "pkgs.intra.example-corp.net"]), u=pick(["choco_read", "svc-choco"]), v=v,
        pkgs=pick(["googlechrome 7zip vlc", "notepadplusplus git", "adobereader firefox"]))


@tpl("choco-push-cmd", "chocolatey", "api-key-guid", "cmd")
def _t(v):
    return pick(["choco/push.cmd", "ci/publish-choco.bat"]), F("""@echo off
for %%f in (build\\*.nupkg) do (
  choco push "%%f" -s https://«h»/nuget/choco/ -k «v»
)
""", h=pick(["proget.corp.local", "nexus01"]), v=v)


@tpl("proget-apikey-header", "proget", "api-key", "ps1")
def _t(v):
    return pick(["choco/tools/chocolateyinstall.ps1", "packages/internal-agent/tools/chocolateyInstall.ps1"]), F("""$ErrorActionPreference = 'Stop'
$toolsDir = "$(Split-Path -parent $MyInvocation.MyCommand.Definition)"
$url = 'https://«h»/endpoints/installers/content/«file»'
$headers = @{ 'X-ApiKey' = '«v»' }
Invoke-WebRequest -Uri $url -Headers $headers -OutFile "$toolsDir\\«file»" -UseBasicParsing
Install-ChocolateyInstallPackage -PackageName $env:ChocolateyPackageName -FileType 'msi' `
  -File "$toolsDir\\«file»" -SilentArgs '/qn /norestart' -ValidExitCodes @(0, 3010)
""", h=pick(["proget.corp.local", "proget01:8624"]), file=pick(["agent-4.2.msi", "Printix.msi", "scanner.msi"]), v=v)


@tpl("pdq-package-xml", "pdq", "password", "xml")
def _t(v):
    nb, fq = org()
    return pick(["pdq/packages/", "PDQ/Packages/"]) + pick(["Plotter Driver", "CAD Viewer", "Label Printer"]) + ".xml", F("""<?xml version="1.0" encoding="utf-8"?>
<AdminArsenal.Export Code="PDQDeploy" Name="PDQ Deploy" Version="19.3.520.0" MinimumVersion="19.0">
  <Package>
    <Name>«name»</Name>
    <Description>Installs «name» from the plotter share</Description>
    <Steps type="list">
      <CommandStep>
        <Command>net use \\\\«fs»\\Treiber /user:«nb»\\«u» «v»</Command>
        <Title>Map source</Title>
        <SuccessCodes>0</SuccessCodes>
      </CommandStep>
      <InstallStep>
        <InstallFile>\\\\«fs»\\Treiber\\«name»\\setup.exe</InstallFile>
        <Parameters>/S</Parameters>
        <SuccessCodes>0,1641,3010</SuccessCodes>
      </InstallStep>
    </Steps>
  </Package>
</AdminArsenal.Export>
""", name=pick(["Plotter Driver", "CAD Viewer", "Label Printer"]), fs=host("fs"), nb=nb, u=svc_user("pkg"), v=v)


@tpl("ivanti-ldlogon-bat", "ivanti", "password", "bat")
def _t(v):
    nb, fq = org()
    return pick(["ivanti/", "landesk/scripts/"]) + pick(["install_agent.bat", "ldagent.cmd"]), F("""@echo off
REM Ivanti EPM agent install from the core server share
net use \\\\«core»\\ldlogon /user:«nb»\\«u» «v»
"\\\\«core»\\ldlogon\\AgentConfiguration\\«cfg».exe" /forceinstall
net use \\\\«core»\\ldlogon /delete
""", core=pick(["ldcore01", "epmcore", "IVCORE"]), nb=nb, u=pick(["svc_epm", "landesk_inst", "ivanti_svc"]), v=v,
        cfg=pick(["Standard_Agent", "Laptops_2023", "Kiosk_Agent"]))


@tpl("me-ec-auth-b64", "manageengine", "base64-password", "ps1")
def _t(v):
    return pick(["manageengine/", "tools/endpointcentral/"]) + "Get-ECInventory.ps1", F("""$server = 'https://«h»:8383'
$body = @{
    username  = '«u»'
    password  = '«v»'
    auth_type = 'local_authentication'
} | ConvertTo-Json
$auth  = Invoke-RestMethod -Method Post -Uri "$server/api/1.4/desktop/authentication" -Body $body -ContentType 'application/json'
$token = $auth.message_response.authentication.auth_data.auth_token
$computers = Invoke-RestMethod -Uri "$server/api/1.4/som/computers?pagelimit=500" -Headers @{ Authorization = $token }
$computers.message_response.computers | Export-Csv ec_computers.csv -NoTypeInformation
""", h=pick(["endpointcentral.corp.local", "mdm01", "desktopcentral"]), u=pick(["apiuser", "admin_api", "inventory"]), v=v)


@tpl("me-ec-authtoken", "manageengine", "api-token-guid", "ps1")
def _t(v):
    return pick(["manageengine/", "tools/endpointcentral/"]) + "Install-PatchesEC.ps1", F("""$ecServer = "https://«h»:8383"
$headers = @{ Authorization = "«v»" }
$missing = Invoke-RestMethod -Uri "$ecServer/api/1.4/patch/allpatches?severityfilter=4&patchstatusfilter=202" -Headers $headers
$missing.message_response.allpatches | Select-Object patch_id, bulletinid, patch_description | Format-Table
""", h=pick(["endpointcentral.corp.local", "mdm01", "desktopcentral"]), v=v)


@tpl("wsus-proxy-password", "wsus", "password", "ps1")
def _t(v):
    return pick(["wsus/Configure-WSUS.ps1", "scripts/wsus-setup.ps1"]), F("""[reflection.assembly]::LoadWithPartialName('Microsoft.UpdateServices.Administration') | Out-Null
$wsus = [Microsoft.UpdateServices.Administration.AdminProxy]::GetUpdateServer('«h»', $false, 8530)
$config = $wsus.GetConfiguration()
$config.SyncFromMicrosoftUpdate = $true
$config.UseProxy = $true
$config.ProxyName = '«proxy»'
$config.ProxyServerPort = 8080
$config.UseProxyCredentials = $true
$config.ProxyUserName = '«u»'
$config.ProxyUserDomain = '«nb»'
$config.SetProxyPassword('«v»')
$config.AllowProxyCredentialsOverNonSsl = $false
$config.Save()
""", h=pick(["wsus01", "WSUS", "sup01"]), proxy=pick(["proxy.corp.local", "squid01"]), u=pick(["svc_wsus_proxy", "wsusproxy"]), nb=org()[0], v=v)


@tpl("wsus-susdb-sqlcmd", "wsus", "password", "cmd")
def _t(v):
    return pick(["wsus/reindex.cmd", "maintenance/wsus-db-maint.cmd"]), F("""@echo off
rem weekly SUSDB reindex
sqlcmd -S «sql» -d SUSDB -U «u» -P «v» -i "%~dp0WsusDBMaintenance.sql" -o C:\\Logs\\susdb_%date:~-4%.log
""", sql=pick(["sqlwsus01", "SQL-CM01\\WSUS", "wsusdb"]), u=pick(["wsus_maint", "sa_wsus"]), v=v)


@tpl("azure-storage-content", "azure-storage", "storage-account-key", "ps1")
def _t(v):
    acc = pick(["stintunecontent", "stosdcontent01", "cmcloudpkgs", "deployshare" + rs(DG, 3)])
    return pick(["intune/Sync-ContentStorage.ps1", "mdt/Upload-DeployShare.ps1"]), F("""$ctx = New-AzStorageContext -StorageAccountName '«acc»' -StorageAccountKey '«v»'
Get-ChildItem 'D:\\DeploymentShare\\Applications' -Recurse -File | ForEach-Object {
    $blob = $_.FullName.Substring(3).Replace('\\', '/')
    Set-AzStorageBlobContent -File $_.FullName -Container 'deploy' -Blob $blob -Context $ctx -Force | Out-Null
}
""", acc=acc, v=v)


@tpl("azure-storage-connstring-json", "azure-storage", "storage-account-key", "json")
def _t(v):
    acc = pick(["stwin32apps", "stautopilotlogs", "stcmlogs" + rs(DG, 2)])
    return pick(["functions/AutopilotLogs/local.settings.json", "tools/log-collector/settings.json"]), F("""{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "powershell",
    "LogContainer": "diag-logs",
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=«acc»;AccountKey=«v»;EndpointSuffix=core.windows.net"
  }
}
""", acc=acc, v=v)


@tpl("signtool-pfx-cmd", "code-signing", "password", "cmd")
def _t(v):
    return pick(["build/sign.cmd", "Packages/sign-scripts.cmd", "tools/sign.bat"]), F("""@echo off
set SIGNTOOL="C:\\Program Files (x86)\\Windows Kits\\10\\bin\\10.0.22621.0\\x64\\signtool.exe"
for /r "%~dp0..\\src" %%f in (*.ps1 *.exe *.msi) do (
  %SIGNTOOL% sign /fd SHA256 /f "%~dp0certs\\«cert».pfx" /p «v» /tr http://timestamp.digicert.com /td SHA256 "%%f"
)
""", cert=pick(["codesign", "corp-codesigning-2024", "IT-Signing"]), v=v)


@tpl("ps-set-authenticode-pfx", "code-signing", "password", "ps1")
def _t(v):
    return pick(["build/Sign-Scripts.ps1", "tools/Sign-PSADT.ps1"]), F("""$pfxPass = ConvertTo-SecureString -String "«v»" -Force -AsPlainText
$cert = Get-PfxData -FilePath "$PSScriptRoot\\certs\\«cert».pfx" -Password $pfxPass
$signer = $cert.EndEntityCertificates[0]
Get-ChildItem "$PSScriptRoot\\..\\Packages" -Recurse -Include *.ps1, *.psm1 | ForEach-Object {
    Set-AuthenticodeSignature -FilePath $_.FullName -Certificate $signer -TimestampServer 'http://timestamp.sectigo.com' -HashAlgorithm SHA256
}
""", v=v, cert=pick(["codesign", "it-scripts"]))


@tpl("pem-private-key", "code-signing", "pem", "key", reuse=False)
def _t(v):
    return pick(["certs/codesign.key", "build/certs/psadt-signing.key", "tools/signing/private.key"]), v


@tpl("md-mdt-runbook", "mdt", "password", "md")
def _t(v):
    nb, fq = org()
    return pick(["docs/MDT.md", "README.md", "docs/deployment/mdt-setup.md"]), F("""# MDT deployment share

Deployment share: `\\\\«h»\\DeploymentShare$` (read-only account `«nb»\\«u»`).

## Accounts

* Share access (Bootstrap.ini): `«nb»\\«u»` / `«v»`
* Domain join: handled by CustomSettings.ini, see below.

## Updating the boot image

1. Update the deployment share (Completely regenerate the boot images).
2. Import `LiteTouchPE_x64.wim` into WDS on «h».
""", h=host("mdt"), nb=nb, u=svc_user("mdt"), v=v)


@tpl("env-deploy-tool", "mecm", "password", "env")
def _t(v):
    return pick(["tools/cm-sync/.env", ".env", "automation/.env.production"]), F("""CM_SITE_CODE=«sc»
CM_PROVIDER=«cm».«fq»
CM_USERNAME=«nb»\\«u»
CM_PASSWORD=«v»
LOG_LEVEL=info
""", sc=site_code(), cm=host("cm"), fq=org()[1], nb=org()[0], u=svc_user("naa"), v=v)


@tpl("sccm-ccmsetup-push-cmd", "mecm", "password", "cmd")
def _t(v):
    nb, fq = org()
    return pick(["sccm/client/install-client.cmd", "mecm/ClientInstall.cmd"]), F("""@echo off
rem Workgroup / DMZ clients: map the client share then run ccmsetup
net use \\\\«cm»\\SMS_«sc»\\Client /user:«nb»\\«u» "«v»"
\\\\«cm»\\SMS_«sc»\\Client\\ccmsetup.exe /mp:«cm».«fq» SMSSITECODE=«sc» SMSMP=«cm».«fq» FSP=«cm».«fq»
""", cm=host("cm"), sc=site_code(), nb=nb, u=svc_user("push"), v=v, fq=fq)


@tpl("mecm-osd-webservice-json", "mecm", "password", "json")
def _t(v):
    return pick(["osd/frontend/config.json", "OSDFrontend/settings.json"]), F("""{
  "SiteServer": "«cm»",
  "SiteCode": "«sc»",
  "WebServiceUrl": "http://«cm»/ConfigMgrWebService/ConfigMgr.asmx",
  "AllowedCollections": ["«sc»00019", "«sc»0001A"],
  "ServiceAccount": "«nb»\\\\«u»",
  "ServicePassword": "«v»",
  "DefaultOU": "OU=Staging,DC=corp,DC=local"
}
""", cm=host("cm"), sc=site_code(), nb=org()[0], u=svc_user("naa"), v=v)


@tpl("reg-agent-config", "ivanti", "password", "reg")
def _t(v):
    return pick(["registry/epm-preferred-server.reg", "ivanti/preferredserver.reg"]), F("""REGEDIT4

[HKEY_LOCAL_MACHINE\\SOFTWARE\\LANDesk\\ManagementSuite\\WinClient\\SDMCache]
"PreferredServer"="«ps»"
"PreferredServerUser"="«nb»\\«u»"
"PreferredServerPassword"="«v»"
"DownloadRetries"=dword:00000003
""", ps=pick(["ps-branch01", "dl-fra01"]), nb=org()[0], u=pick(["svc_epm_ps", "ldpref"]), v=v)


# --------------------------------------------------------------------------
# look-alike negative templates: fn() -> (relpath, text)
# --------------------------------------------------------------------------
LOOK = []


def look(name, provider, kind, ft):
    def deco(fn):
        LOOK.append(dict(name=name, provider=provider, kind=kind, ft=ft, fn=fn))
        return fn
    return deco


@look("unattend-sensitive-deleted", "windows-unattend", "masked-password", "xml")
def _n():
    return pick(["unattend/Unattend.xml", "Panther/unattend.xml", "sysprep/unattend.xml"]), F(UNATTEND_HEAD + """    <settings pass="oobeSystem">
        <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
            <UserAccounts>
                <AdministratorPassword>
                    <Value>*SENSITIVE*DATA*DELETED*</Value>
                    <PlainText>true</PlainText>
                </AdministratorPassword>
            </UserAccounts>
            <AutoLogon>
                <Password>
                    <Value>*SENSITIVE*DATA*DELETED*</Value>
                    <PlainText>true</PlainText>
                </Password>
                <Enabled>true</Enabled>
                <LogonCount>1</LogonCount>
                <Username>«u»</Username>
            </AutoLogon>
        </component>
    </settings>
    <settings pass="specialize">
        <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
            <ProductKey>«kms»</ProductKey>
            <ComputerName>«pc»</ComputerName>
        </component>
    </settings>
</unattend>
""", u=svc_user("admin"), kms=pick(KMS_KEYS), pc=pc_name())


@look("autounattend-kms-nopw", "windows-unattend", "kms-client-key", "xml")
def _n():
    return pick(["autounattend.xml", "iso/autounattend.xml"]), F(UNATTEND_HEAD + """    <settings pass="windowsPE">
        <component name="Microsoft-Windows-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
            <UserData>
                <ProductKey>
                    <Key>«kms»</Key>
                    <WillShowUI>OnError</WillShowUI>
                </ProductKey>
                <AcceptEula>true</AcceptEula>
                <Organization>«org»</Organization>
            </UserData>
            <ImageInstall>
                <OSImage>
                    <InstallFrom><MetaData wcm:action="add" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State"><Key>/IMAGE/INDEX</Key><Value>«idx»</Value></MetaData></InstallFrom>
                    <InstallTo><DiskID>0</DiskID><PartitionID>3</PartitionID></InstallTo>
                </OSImage>
            </ImageInstall>
        </component>
    </settings>
    <settings pass="oobeSystem">
        <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
            <OOBE><HideEULAPage>true</HideEULAPage><HideLocalAccountScreen>false</HideLocalAccountScreen></OOBE>
        </component>
    </settings>
</unattend>
""", kms=pick(KMS_KEYS), org=org()[0], idx=ri(1, 6))


@look("slmgr-kms-cmd", "windows", "kms-client-key", "cmd")
def _n():
    k = pick(KMS_KEYS)
    return pick(["scripts/activate.cmd", "Setup/Scripts/kms.cmd"]), F("""@echo off
rem Generic KMS client setup key (public, from Microsoft docs) - activation via our KMS host
cscript //nologo %windir%\\system32\\slmgr.vbs /ipk «k»
cscript //nologo %windir%\\system32\\slmgr.vbs /skms «h»:1688
cscript //nologo %windir%\\system32\\slmgr.vbs /ato
cscript //nologo %windir%\\system32\\slmgr.vbs /dlv
""", k=k, h=pick(["kms01.corp.local", "kms.intra", "KMS"]))


@look("mecm-ts-guids", "mecm", "package-ids", "xml")
def _n():
    sc = site_code()
    return pick(["sccm/TaskSequences/", "mecm/ts-export/"]) + pkg_id(sc) + "/object.xml", F("""<?xml version="1.0" encoding="utf-8"?>
<sequence version="3.10" packageID="«p0»">
  <referenceList>
    <reference package="«p1»" />
    <reference package="«p2»" />
    <reference package="«p3»" />
  </referenceList>
  <globalVarList>
    <variable name="SMSTSPreferredAdvertID" property="">«adv»</variable>
    <variable name="OSDComputerName" property="">%_SMSTSMachineName%</variable>
    <variable name="OSDJoinPassword" property="">%JoinPw%</variable>
  </globalVarList>
  <group name="Install Operating System" description="">
    <step type="SMS_TaskSequence_ApplyOperatingSystemAction" name="Apply Operating System" description="">
      <action>osdapplyos.exe /image:«p1»,1 /runfromnet:False</action>
      <defaultVarList>
        <variable name="ImageIndex" property="ImageIndex">1</variable>
      </defaultVarList>
    </step>
    <step type="SMS_TaskSequence_InstallApplicationAction" name="Install Applications" description="">
      <action>smsappinstall.exe /app:ScopeId_«scope»/Application_«a1»</action>
    </step>
    <step type="SMS_TaskSequence_RunCommandLineAction" name="Drivers" description="">
      <action>smsswd.exe /run:«p3» pnputil /add-driver *.inf /subdirs /install</action>
    </step>
  </group>
</sequence>
""", p0=pkg_id(sc), p1=pkg_id(sc), p2=pkg_id(sc), p3=pkg_id(sc), adv=pkg_id(sc), scope=guid(True), a1=guid())


@look("mdt-customsettings-refs", "mdt", "variable-reference", "ini")
def _n():
    nb, fq = org()
    return root(MDT_ROOT) + "/Control/CustomSettings.ini", F("""[Settings]
Priority=TaskSequenceID, Default
Properties=JoinAccountPw

[Default]
OSInstall=Y
SkipAdminPassword=NO
SkipDomainMembership=NO
JoinDomain=«fq»
DomainAdmin=%JoinAccount%
DomainAdminDomain=«nb»
DomainAdminPassword=%JoinAccountPw%
ProductKey=«kms»
OSDComputerName=%AssetTag%
_SMSTSOrgName=%OrgName% - %TaskSequenceName%
SLShare=\\\\«h»\\Logs$\\%OSDComputerName%
EventService=http://«h»:9800
UUID=«uuid»
""", fq=fq, nb=nb, kms=pick(KMS_KEYS), h=host("mdt"), uuid=guid(True))


@look("ps-get-credential", "active-directory", "credential-prompt", "ps1")
def _n():
    nb, fq = org()
    return pick(["scripts/Join-Domain.ps1", "OSD/Rejoin.ps1"]), F("""param([string]$OU = 'OU=Clients,DC=«dc»')
$cred = Get-Credential -Message 'Domain join account' -UserName '«nb»\\«u»'
$pin  = Read-Host -Prompt 'BitLocker PIN' -AsSecureString
Add-Computer -DomainName '«fq»' -OUPath $OU -Credential $cred -Restart:$false
Add-BitLockerKeyProtector -MountPoint C: -TpmAndPinProtector -Pin $pin
""", dc=",DC=".join(fq.split(".")), nb=nb, u=svc_user("join"), fq=fq)


@look("ps-dpapi-blob", "windows", "dpapi-blob", "ps1")
def _n():
    blob = "01000000d08c9ddf0115d1118c7a00c04fc297eb01000000" + rhex(ri(300, 520))
    return pick(["scripts/Start-Sync.ps1", "tasks/Connect-CM.ps1"]), F("""# Encrypted with ConvertFrom-SecureString (DPAPI, user «u» on «h» only)
$enc  = '«blob»'
$sec  = ConvertTo-SecureString -String $enc
$cred = New-Object PSCredential('«nb»\\«u»', $sec)
Invoke-Command -ComputerName «h» -Credential $cred -ScriptBlock { Get-Service SMS_EXECUTIVE }
""", u=svc_user("pkg"), h=host("cm"), blob=blob, nb=org()[0])


@look("bitlocker-protector-ids", "bitlocker", "key-protector-id", "csv")
def _n():
    rows = ["ComputerName,MountPoint,VolumeStatus,EncryptionMethod,ProtectionStatus,KeyProtectorId,KeyProtectorType"]
    for _ in range(ri(3, 8)):
        pc = pc_name()
        rows.append("%s,C:,FullyEncrypted,XtsAes256,On,{%s},Tpm" % (pc, guid(True)))
        rows.append("%s,C:,FullyEncrypted,XtsAes256,On,{%s},RecoveryPassword" % (pc, guid(True)))
    return pick(BL_ROOT) + "bitlocker-status.csv", "\n".join(rows) + "\n"


@look("intune-detection-hash", "intune", "file-hash", "ps1")
def _n():
    return pick(["intune/apps/", "Intune/Win32Apps/"]) + pick(["AcroRdr", "Zoom", "FortiClient"]) + "/detect.ps1", F("""$file = '«path»'
$expected = '«h»'
$productCode = '{«pc»}'
if (Test-Path $file) {
    $hash = (Get-FileHash -Path $file -Algorithm SHA256).Hash
    $ver  = (Get-Item $file).VersionInfo.FileVersion
    if ($hash -eq $expected -or [version]$ver -ge [version]'«ver»') {
        Write-Output "Detected $productCode"
        exit 0
    }
}
exit 1
""", path=pick(["C:\\Program Files\\Zoom\\bin\\Zoom.exe", "C:\\Program Files\\Fortinet\\FortiClient\\FortiClient.exe"]),
        h=rhex(64, True), pc=guid(True), ver="%d.%d.%d.%d" % (ri(1, 9), ri(0, 20), ri(0, 99), ri(0, 9999)))


@look("autopilot-hwhash-csv", "autopilot", "hardware-hash", "csv")
def _n():
    rows = ["Device Serial Number,Windows Product ID,Hardware Hash,Group Tag"]
    for _ in range(ri(1, 3)):
        rows.append("%s,,%s,%s" % (serial(), "T0" + b64bytes(ri(2000, 3000))[2:], pick(["STD", "KIOSK", ""])))
    return pick(["autopilot/hashes/", "Autopilot/"]) + "AutopilotHWID_%s.csv" % date(), "\n".join(rows) + "\n"


@look("cert-thumbprint-ps1", "windows", "thumbprint", "ps1")
def _n():
    return pick(["wsus/Set-WsusSsl.ps1", "scripts/Bind-Cert.ps1", "whfb/Check-Certs.ps1"]), F("""$thumb = '«t»'
$cert = Get-Item "Cert:\\LocalMachine\\My\\$thumb"
Import-Module WebAdministration
Get-WebBinding -Name 'WSUS Administration' -Protocol https | ForEach-Object { $_.AddSslCertificate($thumb, 'My') }
& "$env:ProgramFiles\\Update Services\\Tools\\WsusUtil.exe" configuressl «h».«fq»
# issuing CA thumbprint for the WHfB template check
$issuer = '«t2»'
""", t=thumb(), h=pick(["wsus01", "sup01"]), fq=org()[1], t2=thumb())


@look("public-cert-pem", "windows", "certificate", "cer")
def _n():
    b = b64bytes(ri(900, 1300))
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return pick(["certs/corp-root-ca.cer", "wsus/certs/wsus-ssl.cer", "gpo/certs/IssuingCA01.crt"]), \
        "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n"


@look("gpp-groups-sids", "gpp", "sid", "xml")
def _n():
    nb = org()[0]
    return gpo_path("Machine/Preferences/Groups/Groups.xml"), F("""<?xml version="1.0" encoding="utf-8"?>
<Groups clsid="{3125E937-EB16-4b4c-9934-544FC6D24D26}"><Group clsid="{6D4A79E4-529C-4481-ABD0-F5BD7EA93BA7}" name="Administrators (built-in)" image="2" changed="«ts»" uid="{«g»}"><Properties action="U" newName="" description="" deleteAllUsers="0" deleteAllGroups="0" removeAccounts="0" groupSid="S-1-5-32-544" groupName="Administrators (built-in)"><Members><Member name="«nb»\\Desktop Admins" action="ADD" sid="«s1»"/><Member name="«nb»\\Helpdesk L2" action="ADD" sid="«s2»"/></Members></Properties></Group>
</Groups>
""", ts=ts(), g=guid(True), nb=nb, s1=sid(), s2=sid())


@look("gpp-groups-empty-cpassword", "gpp", "empty-cpassword", "xml")
def _n():
    u = svc_user("admin")
    return gpo_path("Machine/Preferences/Groups/Groups.xml"), F("""<?xml version="1.0" encoding="utf-8"?>
<Groups clsid="{3125E937-EB16-4b4c-9934-544FC6D24D26}"><User clsid="{DF5F1855-51E5-4d24-8B1A-D9BDE98BA1D1}" name="«u»" image="3" changed="«ts»" uid="{«g»}"><Properties action="U" newName="" fullName="" description="Rename only (password managed by LAPS)" cpassword="" changeLogon="0" noChange="0" neverExpires="0" acctDisabled="1" subAuthority="RID_ADMIN" userName="«u»"/></User>
</Groups>
""", u=u, ts=ts(), g=guid(True))


@look("laps-policy-reg", "windows-laps", "policy", "reg")
def _n():
    return pick(["gpo/laps-policy.reg", "registry/WindowsLAPS.reg"]), F("""Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\LAPS]
"BackupDirectory"=dword:00000002
"PasswordAgeDays"=dword:«age»
"PasswordComplexity"=dword:00000004
"PasswordLength"=dword:«len»
"ADPasswordEncryptionEnabled"=dword:00000001
"ADPasswordEncryptionPrincipal"="«sid»"
"PostAuthenticationActions"=dword:00000003
"PostAuthenticationResetDelay"=dword:00000018
""", age="%08x" % ri(7, 60), len="%08x" % ri(14, 24), sid=sid())


@look("laps-audit-csv", "windows-laps", "audit", "csv")
def _n():
    rows = ["TimeCreated,ComputerName,Account,ExpirationTimestamp,Source,DecryptionStatus,RequestedBy"]
    for _ in range(ri(4, 10)):
        rows.append("%s,%s,Administrator,%s,EncryptedPassword,Success,%s" % (ts(), pc_name(), ts(), pick(["m.schulz", "jdoe", "svc_helpdesk"])))
    return pick(LAPS_ROOT) + "laps-access-audit.csv", "\n".join(rows) + "\n"


@look("choco-checksum", "chocolatey", "checksum", "ps1")
def _n():
    return pick(["choco/packages/", "chocolatey/"]) + pick(["corp-vpn", "label-printer", "fonts"]) + "/tools/chocolateyinstall.ps1", F("""$ErrorActionPreference = 'Stop'
$packageArgs = @{
  packageName    = $env:ChocolateyPackageName
  fileType       = 'msi'
  url64bit       = 'https://«h»/repository/raw-installers/«f»'
  checksum64     = '«c»'
  checksumType64 = 'sha256'
  silentArgs     = "/qn /norestart /l*v `"$($env:TEMP)\\$($env:ChocolateyPackageName).MsiInstall.log`""
  validExitCodes = @(0, 3010, 1641)
}
Install-ChocolateyPackage @packageArgs
""", h=pick(["nexus.corp.local", "repo.intra"]), f=pick(["vpn-5.2.1.msi", "fonts-2024.msi"]), c=rhex(64, True))


@look("reg-binary-export", "windows", "binary-data", "reg")
def _n():
    bin_ = ",".join(rhex(2) for _ in range(ri(60, 140)))
    return pick(["registry/explorer-defaults.reg", "reg/StartLayout.reg"]), F("""Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Explorer\\StreamsMRU]
"MRUListEx"=hex:«b»

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Classes\\CLSID\\{«g»}]
@="«name»"
"System.IsPinnedToNameSpaceTree"=dword:00000001
""", b=bin_, g=guid(True), name=pick(["OneDrive - Firma", "Laufwerke"]))


@look("ccmsetup-nocreds", "mecm", "install-params", "cmd")
def _n():
    sc = site_code()
    cm = host("cm")
    return pick(["sccm/client/install.cmd", "mecm/ccmsetup.cmd"]), F("""@echo off
"%~dp0ccmsetup.exe" /mp:https://«cm».«fq» /UsePKICert /NoCRLCheck SMSSITECODE=«sc» SMSMP=«cm».«fq» CCMHOSTNAME=«cmg».«sc».cloudapp.net/CCM_Proxy_MutualAuth/«id» RESETKEYINFORMATION=TRUE SMSCACHESIZE=20480
""", cm=cm, fq=org()[1], sc=sc, cmg=pick(["cmg-corp", "cmgwest"]), id=ri(72057594037927900, 72057594037999999))


@look("pdq-inventory-csv", "pdq", "inventory", "csv")
def _n():
    rows = ["Name,Serial Number,MAC Address,BIOS Version,OS Version,Last Scan"]
    for _ in range(ri(5, 15)):
        rows.append("%s,%s,%s,%s,10.0.%d.%d,%s" % (pc_name(), serial(), mac(), pick(["1.14.2", "N22ET70W (1.47 )", "R23 Ver. 01.11.00"]),
                                                  pick([19045, 22621, 22631]), ri(1, 4000), ts()))
    return pick(["pdq/reports/", "reports/"]) + "inventory_%s.csv" % date(), "\n".join(rows) + "\n"


@look("md-runbook-commands", "windows-laps", "docs", "md")
def _n():
    return pick(["docs/runbooks/", "runbooks/"]) + pick(["laps.md", "bitlocker-recovery.md", "LAPS-Abruf.md"]), F("""# Retrieving local admin / BitLocker secrets

Never paste the values into tickets or this repo.

```powershell
Get-LapsADPassword -Identity «pc» -AsPlainText
Get-ADObject -Filter 'objectClass -eq "msFVE-RecoveryInformation"' -SearchBase (Get-ADComputer «pc»).DistinguishedName -Properties msFVE-RecoveryPassword
```

Key IDs look like `{«g»}`; the 48-digit recovery password is only shown in the AD console.
Password: `<retrieved from LAPS>`
""", pc=pc_name(), g=guid(True))


@look("scheduled-task-xml", "windows", "task-xml", "xml")
def _n():
    return pick(["tasks/", "schtasks/"]) + pick(["Inventory.xml", "Cleanup.xml"]), F("""<?xml version="1.0" encoding="UTF-16"?>
<Task version="1.4" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <RegistrationInfo>
    <Date>«d»T02:30:00</Date>
    <Author>«nb»\\«u»</Author>
    <URI>\\«nb»\\Inventory</URI>
  </RegistrationInfo>
  <Principals>
    <Principal id="Author">
      <UserId>«sid»</UserId>
      <LogonType>Password</LogonType>
      <RunLevel>HighestAvailable</RunLevel>
    </Principal>
  </Principals>
  <Settings>
    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>
    <ExecutionTimeLimit>PT2H</ExecutionTimeLimit>
  </Settings>
  <Actions Context="Author">
    <Exec>
      <Command>powershell.exe</Command>
      <Arguments>-NoProfile -File C:\\Scripts\\Inventory.ps1</Arguments>
    </Exec>
  </Actions>
</Task>
""", d=date(), nb=org()[0], u=svc_user("pkg"), sid=sid())


@look("wim-manifest-hashes", "mdt", "file-hash", "json")
def _n():
    items = []
    for _ in range(ri(3, 7)):
        items.append('    { "file": "%s", "size": %d, "sha256": "%s" }' % (
            pick(["install.wim", "boot.wim", "LiteTouchPE_x64.wim", "drivers.zip", "Win11_23H2.iso"]) + "",
            ri(10 ** 7, 6 * 10 ** 9), rhex(64)))
    return pick(["images/manifest.json", "osd/images.json"]), "{\n  \"generated\": \"%s\",\n  \"images\": [\n%s\n  ]\n}\n" % (ts(), ",\n".join(items))


@look("mdt-log-masked", "mdt", "masked-password", "log")
def _n():
    lines = []
    for k, val in [("UUID", guid(True)), ("MacAddress001", mac()), ("SerialNumber", serial()),
                   ("DomainAdmin", svc_user("join")), ("DomainAdminPassword", "********"),
                   ("AdminPassword", "********"), ("UserPassword", "********"), ("JoinDomain", org()[1]),
                   ("TaskSequenceID", "W11-22H2")]:
        lines.append("<![LOG[Property %s is now = %s]LOG]!><time=\"%02d:%02d:%02d.000+000\" date=\"%02d-%02d-%04d\" component=\"ZTIGather\" context=\"\" type=\"1\" thread=\"\" file=\"ZTIGather\">" % (
            k, val, ri(0, 23), ri(0, 59), ri(0, 59), ri(1, 12), ri(1, 28), ri(2020, 2025)))
    return pick(["logs/ZTIGather.log", "troubleshooting/BDD.log"]), "\n".join(lines) + "\n"


@look("intune-admx-base64", "intune", "encoded-data", "json")
def _n():
    admx = '<policyDefinitions revision="1.0" schemaVersion="1.0"><policyNamespaces><target prefix="%s" namespace="%s.Policies.%s"/></policyNamespaces><resources minRequiredRevision="1.0"/><policies><policy name="%s" class="Machine" key="Software\\Policies\\%s" valueName="%s"><enabledValue><decimal value="1"/></enabledValue></policy></policies></policyDefinitions>' % (
        pick(["corp", "app"]), org()[0], pick(["Agent", "Client"]), pick(["DisableUpdates", "EnableSSO"]), org()[0], pick(["Enabled", "Mode"]))
    return pick(["intune/exports/deviceConfigurations/", "Intune/Backup/"]) + "ADMX-Ingestion.json", F("""{
  "@odata.type": "#microsoft.graph.windows10CustomConfiguration",
  "id": "«id»",
  "displayName": "ADMX ingestion - «org»",
  "omaSettings": [
    {
      "@odata.type": "#microsoft.graph.omaSettingStringXml",
      "displayName": "ADMX",
      "omaUri": "./Device/Vendor/MSFT/Policy/ConfigOperations/ADMXInstall/«org»/Policy/«org»Admx",
      "fileName": "«org».admx",
      "value": "«b»"
    }
  ]
}
""", id=guid(), org=org()[0], b=base64.b64encode(admx.encode()).decode())


@look("entra-app-manifest", "entra-id", "public-ids", "json")
def _n():
    return pick(["entra/app-registrations/intune-automation.json", "docs/app-manifest.json"]), F("""{
  "id": "«oid»",
  "appId": "«aid»",
  "displayName": "Intune Automation («org»)",
  "signInAudience": "AzureADMyOrg",
  "keyCredentials": [
    {
      "customKeyIdentifier": "«thumb»",
      "displayName": "CN=IntuneAutomation",
      "endDateTime": "«d»T00:00:00Z",
      "keyId": "«kid»",
      "type": "AsymmetricX509Cert",
      "usage": "Verify",
      "key": null
    }
  ],
  "passwordCredentials": [
    {
      "displayName": "pipeline",
      "endDateTime": "«d»T00:00:00Z",
      "hint": "«hint»",
      "keyId": "«kid2»",
      "secretText": null
    }
  ],
  "requiredResourceAccess": [
    {
      "resourceAppId": "00000003-0000-0000-c000-000000000000",
      "resourceAccess": [ { "id": "«perm»", "type": "Role" } ]
    }
  ]
}
""", oid=guid(), aid=guid(), org=org()[0], thumb=thumb(), d=date(), kid=guid(), hint=rs(AN, 3), kid2=guid(), perm=guid())


@look("wsus-update-ids", "wsus", "update-ids", "ps1")
def _n():
    lines = ["# Approved after pilot ring on %s" % date(), "$approved = @("]
    for _ in range(ri(4, 9)):
        lines.append("    @{ UpdateId = '%s'; Revision = %d; KB = 'KB%d' }" % (guid(), ri(100, 300), ri(5000000, 5049999)))
    lines.append(")")
    lines.append("$wsus = Get-WsusServer -Name %s -PortNumber 8530" % pick(["wsus01", "sup01"]))
    lines.append("foreach ($u in $approved) {")
    lines.append("    $upd = $wsus.GetUpdate([Microsoft.UpdateServices.Administration.UpdateRevisionId]::new([guid]$u.UpdateId, $u.Revision))")
    lines.append("    $upd.Approve('Install', ($wsus.GetComputerTargetGroups() | Where-Object Name -eq '%s'))" % pick(["Ring1", "Produktion"]))
    lines.append("}")
    return pick(["wsus/Approve-Ring.ps1", "scripts/wsus-approve.ps1"]), "\n".join(lines) + "\n"


@look("mecm-sql-query", "mecm", "sql-query", "sql")
def _n():
    sc = site_code()
    return pick(["sccm/queries/", "reports/sql/"]) + pick(["missing-updates.sql", "bitlocker-compliance.sql"]), F("""-- Site «sc»; collection «coll»
SELECT s.Name0, s.ResourceID, bl.ProtectionStatus0, bl.DriveLetter0
FROM v_R_System s
JOIN v_GS_ENCRYPTABLE_VOLUME bl ON bl.ResourceID = s.ResourceID
JOIN v_FullCollectionMembership fcm ON fcm.ResourceID = s.ResourceID
WHERE fcm.CollectionID = '«coll»'
  AND s.SMS_Unique_Identifier0 <> 'GUID:«g»'
ORDER BY s.Name0;
""", sc=sc, coll=pkg_id(sc), g=guid(True))


@look("vbs-mdt-env-refs", "mdt", "variable-reference", "vbs")
def _n():
    return root(MDT_ROOT) + "/Scripts/Z-MapShare.vbs", F("""Option Explicit
Dim sUser, sPassword, oNetwork
' credentials come from the TS variables set by the wizard, never hardcode them
sUser = oEnvironment.Item("UserDomain") & "\\" & oEnvironment.Item("UserID")
sPassword = oEnvironment.Item("UserPassword")
Set oNetwork = CreateObject("WScript.Network")
oNetwork.MapNetworkDrive "Y:", "\\\\«fs»\\Apps$", False, sUser, sPassword
oLogging.CreateEntry "Mapped share for package «p»", LogTypeInfo
""", fs=host("fs"), p=pkg_id(site_code()))


@look("intune-win32-json-ids", "intune", "public-ids", "json")
def _n():
    return pick(["intune/apps/", "Intune/Win32Apps/"]) + pick(["7zip", "Chrome", "Teams"]) + "/app.json", F("""{
  "@odata.type": "#microsoft.graph.win32LobApp",
  "id": "«id»",
  "displayName": "«app»",
  "fileName": "«app».intunewin",
  "size": «size»,
  "setupFilePath": "Deploy-Application.exe",
  "installCommandLine": "Deploy-Application.exe -DeploymentType Install -DeployMode Silent",
  "uninstallCommandLine": "msiexec /x {«pc»} /qn",
  "committedContentVersion": "1",
  "detectionRules": [
    { "@odata.type": "#microsoft.graph.win32LobAppFileSystemDetection", "path": "%ProgramFiles%\\\\«app»", "fileOrFolderName": "«app».exe", "detectionType": "version", "operator": "greaterThanOrEqual", "detectionValue": "«ver»" }
  ],
  "msiInformation": { "productCode": "{«pc»}", "upgradeCode": "{«uc»}", "productVersion": "«ver»" },
  "fileEncryptionInfo": null,
  "sha256": "«h»"
}
""", id=guid(), app=pick(["7-Zip", "GoogleChrome", "Teams"]), size=ri(10 ** 6, 10 ** 9), pc=guid(True), uc=guid(True),
        ver="%d.%d.%d" % (ri(1, 120), ri(0, 9), ri(0, 9999)), h=rhex(64))


@look("env-example-tool", "mecm", "placeholder", "env.example")
def _n():
    return pick(["tools/cm-sync/.env.example", ".env.sample"]), F("""CM_SITE_CODE=«sc»
CM_PROVIDER=«cm».corp.local
CM_USERNAME=
CM_PASSWORD=
GRAPH_TENANT_ID=«tid»
GRAPH_CLIENT_ID=«aid»
GRAPH_CLIENT_SECRET=<set-in-keyvault>
""", sc=site_code(), cm=host("cm"), tid=guid(), aid=guid())


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------

def is_env_file(relpath):
    b = relpath.rsplit("/", 1)[-1]
    return b == ".env" or (b.startswith(".env.") and b not in (".env.example", ".env.sample", ".env.template"))


HDR = {"ps1": "# ", "psm1": "# ", "cmd": "@rem ", "bat": "@rem ", "ini": "; ", "inf": "; ", "vbs": "' "}


def add_header(ft, text):
    """Optional change-log header so the slot line moves around between files."""
    c = HDR.get(ft)
    if c is None or RNG.random() < 0.55:
        return text
    lines = [pick(["Owner: ", "Maintainer: ", "Autor: ", "Auteur: "]) + pick(["J. Weber", "m.dubois", "A. Lindqvist", "R. Patel", "sgarcia", "T. Nguyen"])]
    for _ in range(ri(1, 4)):
        lines.append("%s  %s  %s" % (date(), pick(["CHG%07d" % ri(1, 9999999), "INC%07d" % ri(1, 9999999), "#%d" % ri(10, 999)]),
                                     pick(["initial version", "moved to new share", "Win11 23H2", "fix for VPN clients",
                                           "Anpassung neue OU", "ajout logs", "retry on error", "site migration"])))
    return "".join(c + l + "\n" for l in lines) + text


def gen_pos_value(t):
    if t["kind"] == "pem":
        lines = gen_pem_first()
        text = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----\n"
        return lines[0], text
    g = KINDS[t["kind"]][0]
    v = g()
    return v, v


def main():
    global RNG
    if len(sys.argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0])
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    RNG = random.Random(seed)
    manifest, secrets = [], []
    files = []  # (relfile, text)
    used = set()

    # positives
    order = []
    n_env = 0
    while len(order) < 500:
        cyc = TEMPLATES[:]
        RNG.shuffle(cyc)
        order += cyc
    order = order[:500]
    for i, t in enumerate(order):
        if t["ft"] == "env":
            n_env += 1
            if n_env > 20:
                t = pick([x for x in TEMPLATES if x["ft"] != "env"])
        for _ in range(50):
            needle, slot = gen_pos_value(t)
            if needle not in used:
                break
        used.add(needle)
        relpath, text = t["fn"](slot)
        text = add_header(t["ft"], text)
        idx = text.find(needle)
        assert idx >= 0, (t["name"], needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1]
        rel = "pos/p%04d/%s" % (i, relpath)
        files.append((rel, text))
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": t["ft"], "template": t["name"]})
        secrets.append({"file": rel, "needle": needle, "line": line})

    # negatives
    reuse = [t for t in TEMPLATES if t["reuse"]]
    negs = []
    while len(negs) < 250:
        cyc = reuse[:]
        RNG.shuffle(cyc)
        negs += [("reuse", t) for t in cyc]
    negs = negs[:250]
    lk = []
    while len(lk) < 250:
        cyc = LOOK[:]
        RNG.shuffle(cyc)
        lk += [("look", t) for t in cyc]
    negs += lk[:250]
    RNG.shuffle(negs)
    for i, (mode, t) in enumerate(negs):
        for attempt in range(20):
            if mode == "reuse":
                pool = _neg_filter(KINDS[t["kind"]][1], t["ft"])
                v = pick(pool)
                relpath, text = t["fn"](v)
                text = add_header(t["ft"], text)
                tname = t["name"] + "#placeholder"
                kind = t["kind"] + "-placeholder"
            else:
                relpath, text = t["fn"]()
                tname = t["name"]
                kind = t["kind"]
            if is_env_file(relpath):
                relpath = relpath.rsplit("/", 1)[0] + "/.env.example" if "/" in relpath else ".env.example"
            if not any(s in text for s in used):
                break
        else:
            raise RuntimeError("negative collides with a positive needle")
        rel = "neg/n%04d/%s" % (i, relpath)
        files.append((rel, text))
        manifest.append({"file": rel, "label": "neg", "provider": t["provider"], "kind": kind,
                         "filetype": t["ft"], "template": tname})

    for rel, text in files:
        p = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    assert sum(1 for m in manifest if m["label"] == "pos") == 500
    assert sum(1 for m in manifest if m["label"] == "neg") == 500


if __name__ == "__main__":
    main()
