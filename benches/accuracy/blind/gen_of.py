#!/usr/bin/env python3
"""Blind evaluation-set generator "of": installers, packaging and release scripts.

EMPHASIS
  Domain: installer authoring, packaging and release automation.  Products and
  file types: NSIS (.nsi), Inno Setup (.iss + ISCC build .bat), WiX (.wxs, .wxi,
  .wixproj, Burn bundles), MSI transform/deployment notes (.md), InstallShield
  (.ism XML), Advanced Installer (build .ps1), install4j (gradle), MSIX
  (.csproj PackageCertificatePassword), Chocolatey (chocolateyInstall.ps1, push
  scripts, chocolatey.config), NuGet (push scripts, NuGet.Config), Scoop
  manifests (.json), Homebrew (shell rc / tap via GoReleaser), rpm .spec
  %post scriptlets and rpm signing scripts, Debian maintainer scripts
  (postinst/config), debconf preseeds, snapcraft (export-login credentials),
  Flatpak / flat-manager, AppImage release scripts, electron-builder
  (electron-builder.yml / .env file / package.json / notarize.js / GitHub
  workflow), Tauri updater keys and passwords, Sparkle EdDSA keys, Squirrel
  releasify, signtool / osslsigncode / codesign / security / notarytool /
  altool, GoReleaser, cargo-dist / cargo publish, PyInstaller (.spec cipher
  key, bundled modules), twine/.pypirc, .npmrc, GitLab generic packages,
  Gemfury / Cloudsmith / packagecloud pushes, Slack release notifications,
  Azure blob / S3 uploads of installers.
  File types: nsi, iss, bat, ps1, wxs, wxi, wixproj, csproj, xml, ism, md,
  json, yaml, toml, sh, spec, debian maintainer scripts, cfg, ini, js, py,
  gradle, Makefile, key, pem, plist, txt.

USAGE
  python3 -B gen_of.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Deterministic per SEED
  (random.Random(SEED) only).

NEEDLE CONVENTIONS
  needle = the secret value exactly as written in the file, without
  surrounding quotes, and without the variable name.  For URLs with an
  embedded token (Gemfury push URL, Scoop private_token URL, Slack webhook)
  the needle is the token part only, except the Slack webhook where the whole
  hooks.slack.com URL is the needle.  For a PEM private key the needle is
  the whole block from "-----BEGIN" to the END line (inclusive) and the line
  is the BEGIN line.  For base64 blobs (Tauri private key, snapcraft
  export-login credentials, CSC_LINK p12, obfuscated NSIS password) the
  needle is the whole base64 string.  For AWS pairs both values are on the
  same line and the needle is the secret access key.  line = 1-based line of
  the first character of the needle (the first occurrence in the file).

NEGATIVES
  ~half: positive templates re-rendered with the secret slot replaced by a
  non-secret for that context: ${VAR}, $env:VAR, %VAR%, $%VAR% (NSIS),
  {param:X} (Inno), [PROPERTY] / $(env.X) (WiX), {{ .Env.X }} (GoReleaser),
  ${env.X} (electron-builder), ${{ secrets.X }}, @keychain:X, keychain /
  secret-file lookups, values generated at install time (openssl rand),
  empty values, masks (********), placeholders (<YOUR_API_KEY>, changeme,
  REPLACE_ME), the documented public Azurite development key.
  ~half: domain look-alikes: WiX ProductCode/UpgradeCode/component GUIDs,
  Inno AppId GUIDs, Chocolatey checksum64 (sha256), Scoop hashes, Homebrew
  sha256, electron-builder latest.yml sha512 (base64), npm integrity,
  NuGet contentHash, Sparkle SUPublicEDKey + appcast edSignature, Tauri
  pubkey + latest.json signatures, signtool /sha1 thumbprints + timestamp
  servers, signtool verify output (serials, thumbprints), PGP public key
  blocks, apt key fingerprints, debconf preseed crypted ($6$) hashes,
  chocolatey.config DPAPI-encrypted apiKeys, Squirrel RELEASES SHA1s,
  Debian .dsc/.changes checksums, goreleaser checksums.txt, Cargo.lock
  checksums, notarytool log JSON (submission UUID, sha256, team id),
  AppImage update-information + zsync, Flatpak manifests (sha256 + commit),
  snap ids / revisions, PyInstaller spec with block_cipher=None, RPM GPG key
  ids.

FORMATS CHECKED
  - GitHub classic tokens (ghp_): 4-char prefix + 30 base62 chars + 6-char
    base62 CRC32 of the 30-char entropy, zero padded (GitHub engineering blog
    "Behind GitHub's new authentication token formats" and a public gist
    describing it, found with the search tool's pages corpus).  npm tokens use
    the same scheme (npm_ + 30 + 6).  Fine-grained: github_pat_ + 22 + _ + 59.
  - PyPI tokens: "pypi-" + base64url (no padding) of a binary v2 macaroon
    (0x02, location "pypi.org", identifier, caveats, signature) - hence the
    familiar "pypi-AgEIcHlwaS5vcmc" start; built field by field here.
  - Tauri updater keys: base64 of a minisign key file text ("untrusted
    comment: rsign encrypted secret key" + base64 of Ed|Sc|B2|salt|ops|mem|
    104-byte encrypted keynum); public key: base64 of "untrusted comment:
    minisign public key: <ID>" + base64("Ed"+keyid+32-byte pk).  From memory of
    the minisign format.
  - Sparkle: private key = base64 of a 32-byte Ed25519 seed (generate_keys
    -x output), SUPublicEDKey = base64 of 32 bytes, edSignature = base64 of
    64 bytes.
  - crates.io tokens cio + 32 alnum; NuGet.org keys oy2 + 43 [a-z0-9];
    GitLab glpat- + 20, runner glrt- + 20; Chocolatey community API keys are
    GUIDs; Apple app-specific passwords xxxx-xxxx-xxxx-xxxx lowercase;
    AWS AKIA + 16 [A-Z2-7] and 40-char secret; Azure storage key base64 of
    64 bytes; flat-manager tokens are HS256 JWTs; EC private key is a valid
    SEC1 DER structure (P-256 OID) in PEM.
  - All from own knowledge / the products' documentation; no scanner rules.

DOUBTS
  - Gemfury push token (20 alnum), packagecloud token (48 hex) and Cloudsmith
    API key (40 hex) shapes are from memory, not verified.
  - snapcraft export-login (new format) assumed to be base64 of JSON
    {"t": "u1-macaroon", "v": {"r": ..., "d": ...}} with v1-serialised
    macaroons inside; v1 macaroon packet layout written from memory.
  - PyPI caveat JSON bodies are approximations.
  - CSC_LINK p12 blobs have a plausible PKCS#12 DER header then random bytes
    (not a parseable PFX).
  - Debian preseed crypted ($6$) hashes are labelled negative (hash, as the
    brief says for stored hashes) though some would call them sensitive.
  - The search for the GitHub checksum scheme returned only a blog/gist; no
    scanner rule material was shown or consulted.
"""
import base64
import hashlib
import json
import os
import re
import struct
import sys
import zlib
import random

DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
B62 = DIG + UP + LO
HEX = "0123456789abcdef"


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b62enc(n, width):
    s = ""
    while n:
        n, m = divmod(n, 62)
        s = B62[m] + s
    return s.rjust(width, "0")


def guid(r, upper=False):
    h = rs(r, HEX, 32)
    # version 4 / variant bits like real generated GUIDs
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    g = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return g.upper() if upper else g


def sha256hex(r, upper=False):
    h = rs(r, HEX, 64)
    return h.upper() if upper else h


def sha1hex(r, upper=False):
    h = rs(r, HEX, 40)
    return h.upper() if upper else h


def fill(_tpl, **kw):
    return re.sub(r"@(\w+)@", lambda m: str(kw[m.group(1)]) if m.group(1) in kw else m.group(0), _tpl)


def dd(s):
    """dedent a triple-quoted template (strip first newline)."""
    lines = s.split("\n")
    if lines and lines[0] == "":
        lines = lines[1:]
    ind = min((len(l) - len(l.lstrip(" ")) for l in lines if l.strip()), default=0)
    return "\n".join(l[ind:] for l in lines)


# ---------------------------------------------------------------- vocab
ADJ = ["blue", "north", "swift", "quiet", "bright", "iron", "silver", "rapid", "clear", "amber",
       "polar", "cedar", "lunar", "solid", "keen", "vivid", "coral", "ember", "delta", "prime"]
NOUN = ["ledger", "harbor", "notes", "sync", "desk", "vault", "panel", "relay", "forge", "pilot",
        "studio", "tracker", "scan", "link", "board", "flow", "gate", "mint", "press", "beacon"]
COMPANY = ["Northwind Labs", "Contoso Software", "Brightline Systems", "Kestrel Data", "Orbital Tools GmbH",
           "Halcyon Apps", "Bluefin Analytics", "Tidewater Inc.", "Vantage Point Software", "Quillpad Ltd",
           "Meridian Health IT", "Lakeshore Robotics", "Pinecrest Logistics", "Fernbrook Studio", "Arcadia Labs"]
FIRST = ["anna", "ben", "carla", "dmitri", "elif", "farid", "greta", "hiro", "ines", "jonas", "kavya",
         "lukas", "maria", "nils", "olga", "pedro", "quinn", "rosa", "sven", "tomas", "ulla", "viktor"]
PWWORDS = ["harbor", "falcon", "maple", "granite", "copper", "violet", "thunder", "orchid", "cobalt",
           "meadow", "summit", "lantern", "walnut", "saffron", "glacier", "ember", "quartz", "willow",
           "tundra", "raven", "juniper", "pepper", "marble", "hazel", "canyon", "sparrow", "nimbus",
           "cedar", "atlas", "bramble", "pickle", "rocket", "banjo", "monsoon", "velvet", "biscuit",
           "orbit", "pixel", "cactus", "lobster", "tango", "zephyr", "mango", "badger", "comet", "fjord"]
TSA = ["http://timestamp.digicert.com", "http://timestamp.sectigo.com", "http://time.certum.pl",
       "http://timestamp.globalsign.com/tsa/r6advanced1", "http://ts.ssl.com", "http://timestamp.entrust.net/TSS/RFC3161sha2TS"]


class Ctx:
    def __init__(self, r):
        a, n = r.choice(ADJ), r.choice(NOUN)
        self.slug = r.choice([a + n, a + "-" + n, n + "-" + r.choice(["agent", "client", "desktop", "app"])])
        self.prod = (a.capitalize() + n.capitalize()) if r.random() < 0.5 else (a.capitalize() + " " + n.capitalize())
        self.exe = self.prod.replace(" ", "")
        self.company = r.choice(COMPANY)
        self.cslug = re.sub(r"[^a-z]", "", self.company.lower().split()[0])
        self.ver = "%d.%d.%d" % (r.randint(0, 9), r.randint(0, 30), r.randint(0, 60))
        self.user = r.choice(FIRST)
        self.email = "%s@%s.%s" % (self.user, self.cslug, r.choice(["com", "io", "de", "net"]))
        self.domain = "%s.%s" % (self.cslug, r.choice(["com", "io", "net", "dev"]))
        self.tsa = r.choice(TSA)
        self.team = rs(r, UP + DIG, 10)
        self.year = r.randint(2019, 2025)

    def d(self, **kw):
        base = dict(slug=self.slug, prod=self.prod, exe=self.exe, company=self.company, cslug=self.cslug,
                    ver=self.ver, user=self.user, email=self.email, domain=self.domain, tsa=self.tsa,
                    team=self.team, year=self.year)
        base.update(kw)
        return base


# ---------------------------------------------------------------- secret generators
SYM = "!@#*-_+=.?~"


def human_pw(r, syms=SYM):
    st = r.random()
    if st < 0.25:
        w1, w2 = r.sample(PWWORDS, 2)
        s = w1.capitalize() + w2.capitalize() + str(r.randint(1, 9999)) + r.choice(syms)
    elif st < 0.5:
        n = r.randint(16, 32)
        while True:
            s = r.choice(UP + LO) + rs(r, B62 + syms, n - 1)
            if any(c in DIG for c in s) and any(c in UP for c in s) and any(c in LO for c in s):
                break
    elif st < 0.68:
        ws = r.sample(PWWORDS, r.randint(3, 4))
        sep = r.choice(["-", ".", "_", ""])
        if sep == "":
            ws = [w.capitalize() for w in ws]
        s = sep.join(ws) + r.choice(["", sep]) + str(r.randint(2, 99))
    elif st < 0.85:
        w = r.choice(PWWORDS)
        leet = {"a": "@", "o": "0", "e": "3", "i": "1", "s": "5"}
        w = "".join(leet.get(c, c) if r.random() < 0.5 else c for c in w)
        w = w[0].upper() + w[1:] if w[0].isalpha() else "K" + w
        s = w + r.choice(syms) + r.choice(PWWORDS).capitalize() + str(r.randint(10, 2030))
    else:
        s = rs(r, UP + LO, 1) + rs(r, B62, r.randint(11, 19)) + r.choice(syms) + rs(r, DIG, 2)
    return s


def gh_classic(r, prefix="ghp_"):
    ent = rs(r, B62, 30)
    return prefix + ent + b62enc(zlib.crc32(ent.encode()) & 0xFFFFFFFF, 6)


def gh_fine(r):
    return "github_pat_" + rs(r, B62, 22) + "_" + rs(r, B62, 59)


def gh_any(r):
    return gh_fine(r) if r.random() < 0.3 else gh_classic(r)


def npm_tok(r):
    return gh_classic(r, "npm_")


def _mfield(t, data):
    assert len(data) < 128 or t == 6
    n = len(data)
    v = b""
    while True:
        b = n & 0x7F
        n >>= 7
        v += bytes([b | (0x80 if n else 0)])
        if not n:
            break
    return bytes([t]) + v + data


def pypi_tok(r):
    ident = guid(r).encode()
    m = b"\x02" + _mfield(1, b"pypi.org") + _mfield(2, ident) + b"\x00"
    cav = r.choice([
        '{"version": 1, "permissions": "user"}',
        '{"version": 1, "permissions": {"projects": ["%s"]}}' % (r.choice(ADJ) + "-" + r.choice(NOUN)),
        '[1,["%s"]]' % (r.choice(ADJ) + r.choice(NOUN)),
    ])
    m += _mfield(2, cav.encode()) + b"\x00"
    if r.random() < 0.4:
        m += _mfield(2, ('[3,"%s"]' % guid(r)).encode()) + b"\x00"
    m += b"\x00" + _mfield(6, rbytes(r, 32))
    return "pypi-" + b64u(m)


def cio_tok(r):
    return "cio" + rs(r, B62, 32)


def nuget_key(r):
    return "oy2" + rs(r, LO + DIG, 43)


def glpat(r):
    return "glpat-" + rs(r, B62 + "-_", 20)


def glrt(r):
    return "glrt-" + rs(r, B62 + "-_", 20)


def apple_asp(r):
    return "-".join(rs(r, LO, 4) for _ in range(4))


def cloudsmith_key(r):
    return rs(r, HEX, 40)


def packagecloud_tok(r):
    return rs(r, HEX, 48)


def gemfury_tok(r):
    return rs(r, B62, 20)


def aws_pair(r):
    return "AKIA" + rs(r, UP + "234567", 16), rs(r, B62 + "/+", 40)


def azure_key(r):
    return b64(rbytes(r, 64))


def slack_hook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, UP + DIG, 8 + r.randint(0, 2)),
                                                             rs(r, UP + DIG, 8 + r.randint(0, 3)), rs(r, B62, 24))


def minisign_secret_b64(r):
    keyid = rbytes(r, 8)
    blob = b"EdScB2" + rbytes(r, 32) + struct.pack("<Q", 33554432) + struct.pack("<Q", 1073741824) + rbytes(r, 104)
    txt = "untrusted comment: rsign encrypted secret key\n" + b64(blob) + "\n"
    return b64(txt.encode()), keyid


def minisign_public_b64(r, keyid=None):
    keyid = keyid or rbytes(r, 8)
    kid = "%016X" % struct.unpack("<Q", keyid)[0]
    txt = "untrusted comment: minisign public key: %s\n%s\n" % (kid, b64(b"Ed" + keyid + rbytes(r, 32)))
    return b64(txt.encode())


def minisign_sig_b64(r, fname, ts):
    txt = ("untrusted comment: signature from tauri secret key\n%s\ntrusted comment: timestamp:%d\tfile:%s\n%s\n"
           % (b64(b"ED" + rbytes(r, 72)), ts, fname, b64(rbytes(r, 64))))
    return b64(txt.encode())


def tauri_priv(r):
    return minisign_secret_b64(r)[0]


def sparkle_priv(r):
    return b64(rbytes(r, 32))


def _mac_v1(r, loc, ident, caveats):
    def pkt(k, v):
        body = k.encode() + b" " + v + b"\n"
        return ("%04x" % (len(body) + 4)).encode() + body
    out = pkt("location", loc.encode()) + pkt("identifier", ident.encode())
    for c in caveats:
        out += pkt("cid", c.encode())
        if c.startswith("{"):
            pass
    out += pkt("signature", rbytes(r, 32))
    return b64u(out)


def snap_creds(r):
    root = _mac_v1(r, "api.snapcraft.io", rs(r, HEX, 32),
                   ['snap-ids ["%s"]' % rs(r, B62, 32), 'expires %d-%02d-%02dT00:00:00.000Z' % (r.randint(2024, 2026), r.randint(1, 12), r.randint(1, 28))])
    dis = _mac_v1(r, "login.ubuntu.com", b64(rbytes(r, 60)), ["time-before %d-%02d-01T00:00:00.000000" % (r.randint(2024, 2026), r.randint(1, 12))])
    js = json.dumps({"t": "u1-macaroon", "v": {"r": root, "d": dis}})
    return b64(js.encode())


def jwt_hs256(r, claims):
    h = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(claims, separators=(",", ":")).encode())
    return h + "." + p + "." + b64u(rbytes(r, 32))


def flat_token(r):
    now = r.randint(1700000000, 1760000000)
    c = {"sub": "build", "scope": ["build", "upload", "publish"], "name": r.choice(["ci", "github-actions", "release-bot"]),
         "prefixes": [""], "repos": [r.choice(["stable", "beta", ""])], "exp": now + r.randint(30, 400) * 86400}
    return jwt_hs256(r, c)


def ec_pem(r):
    der = bytes.fromhex("30770201010420") + rbytes(r, 32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rbytes(r, 64)
    body = b64(der)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END EC PRIVATE KEY-----"


def p12_b64(r):
    n = r.randint(2400, 3400)
    inner = n - 4
    der = b"\x30\x82" + struct.pack(">H", inner) + b"\x02\x01\x03\x30\x82" + struct.pack(">H", inner - 30) + \
        bytes.fromhex("06092a864886f70d010701a082") + struct.pack(">H", inner - 49) + b"\x04\x82" + struct.pack(">H", inner - 53)
    der += rbytes(r, n - len(der))
    return b64(der)


def pyi_key(r):
    return rs(r, B62, 16)


def b64_obf_pw(r):
    return b64(human_pw(r).encode())


# ---------------------------------------------------------------- template registry
POS = []
PH_PW = ["", "changeme", "********", "<YOUR_PASSWORD>", "REPLACE_ME", "<password>", "TODO", "************"]
PH_KEY = ["", "<YOUR_API_KEY>", "YOUR_TOKEN_HERE", "<token>", "********", "REPLACE_WITH_TOKEN", "xxxxxxxxxxxxxxxxxxxxxxxx"]


def ptpl(name, provider, kind, ftype, secret, neg=None):
    def deco(fn):
        POS.append(dict(name=name, provider=provider, kind=kind, ftype=ftype, secret=secret, render=fn, neg=neg))
        return fn
    return deco


def N(*spec, ph=None):
    ph = PH_PW if ph is None else ph

    def f(r):
        if spec and r.random() < 0.65:
            return r.choice(spec)
        return r.choice(ph)
    return f


PW = lambda r: human_pw(r)
PW_SH = lambda r: human_pw(r, "!@#*-_+=.?~")  # no $ ` " \
PW_XML = lambda r: human_pw(r, "!@#*-_+=.?~")
PW_BAT = lambda r: human_pw(r, "@#*-_+=.?~")  # no ! ^ % (delayed expansion)
PW_INNO = lambda r: human_pw(r, "!@#*-_+=.?~")


def opt(r, p, s):
    return s if r.random() < p else ""


# ---- NSIS -------------------------------------------------------------------------------
@ptpl("nsis_service_account", "nsis", "service_account_password", "nsi", PW_SH, N("$%SVC_PASSWORD%", "$%@svcvar@%"))
def _(r, c, v):
    var = r.choice(["SERVICE_PASSWORD", "SVC_PASS", "SVC_CRED", "RUNAS_SECRET", "ACCT_PW", "SVC_LOGON"])
    user = r.choice(["svc_" + c.slug.replace("-", "_")[:12], c.exe + "Svc", "app-runner"])
    t = dd('''
    ; @prod@ installer - service edition
    ; Copyright (c) @year@ @company@
    Unicode true
    !include "MUI2.nsh"
    !include "LogicLib.nsh"
    !include "x64.nsh"

    !define PRODUCT_NAME "@prod@"
    !define PRODUCT_VERSION "@ver@"
    !define PRODUCT_PUBLISHER "@company@"
    !define SERVICE_NAME "@exe@Service"
    !define SVC_USER "@svcuser@"
    !define @var@ "@v@"

    Name "${PRODUCT_NAME} ${PRODUCT_VERSION}"
    OutFile "dist\\@exe@-${PRODUCT_VERSION}-setup.exe"
    InstallDir "$PROGRAMFILES64\\@company@\\@exe@"
    RequestExecutionLevel admin
    SetCompressor /SOLID lzma

    !insertmacro MUI_PAGE_WELCOME
    !insertmacro MUI_PAGE_DIRECTORY
    !insertmacro MUI_PAGE_INSTFILES
    !insertmacro MUI_PAGE_FINISH
    !insertmacro MUI_LANGUAGE "English"

    Section "Core" SEC01
      SetOutPath "$INSTDIR"
      File /r "..\\build\\release\\*.*"
      ; create local service account and register the Windows service
      nsExec::ExecToLog 'net user ${SVC_USER} "${@var@}" /add /passwordchg:no /expires:never'
      nsExec::ExecToLog 'sc.exe create ${SERVICE_NAME} binPath= "$INSTDIR\\@exe@Service.exe" start= auto obj= ".\\${SVC_USER}" password= "${@var@}"'
      Pop $0
      ${If} $0 != 0
        DetailPrint "sc.exe create failed: $0"
      ${EndIf}
      nsExec::ExecToLog 'sc.exe start ${SERVICE_NAME}'
      WriteUninstaller "$INSTDIR\\uninstall.exe"
    SectionEnd

    Section "Uninstall"
      nsExec::ExecToLog 'sc.exe stop ${SERVICE_NAME}'
      nsExec::ExecToLog 'sc.exe delete ${SERVICE_NAME}'
      nsExec::ExecToLog 'net user ${SVC_USER} /delete'
      RMDir /r "$INSTDIR"
    SectionEnd
    ''')
    return r.choice(["installer/setup.nsi", "installer/%s.nsi" % c.slug, "packaging/windows/service.nsi", "nsis/installer.nsi"]), \
        fill(t, **c.d(var=var, svcuser=user, v=v))


@ptpl("nsis_finalize_sign", "signtool", "codesign_pfx_password", "nsi", PW_SH, N("$%CODESIGN_PASS%", "$%PFX_PASSWORD%"))
def _(r, c, v):
    pfx = r.choice(["..\\certs\\codesign.pfx", "C:\\signing\\%s-ev.pfx" % c.cslug, "${__FILEDIR__}\\cert\\authenticode.pfx"])
    t = dd('''
    ; Build with: makensis /DVERSION=@ver@ installer.nsi
    !ifndef VERSION
      !define VERSION "0.0.0-dev"
    !endif
    !define APPNAME "@prod@"
    !define COMPANY "@company@"
    !define SIGN_CMD 'signtool.exe sign /f "@pfx@" /p "@v@" /fd sha256 /tr @tsa@ /td sha256'

    Name "${APPNAME}"
    OutFile "..\\out\\@exe@Setup-${VERSION}.exe"
    Unicode True
    InstallDir "$LOCALAPPDATA\\Programs\\@exe@"
    RequestExecutionLevel user

    ; sign the installer and the uninstaller after they are written
    !finalize '${SIGN_CMD} /d "${APPNAME}" "%1"' = 0
    !uninstfinalize '${SIGN_CMD} /d "${APPNAME} Uninstaller" "%1"' = 0

    VIProductVersion "@ver@.0"
    VIAddVersionKey "ProductName" "${APPNAME}"
    VIAddVersionKey "CompanyName" "${COMPANY}"
    VIAddVersionKey "FileVersion" "${VERSION}"
    VIAddVersionKey "LegalCopyright" "(c) @year@ ${COMPANY}"

    Section
      SetOutPath $INSTDIR
      File /r "..\\dist\\win-unpacked\\*"
      CreateShortCut "$SMPROGRAMS\\${APPNAME}.lnk" "$INSTDIR\\@exe@.exe"
      WriteRegStr HKCU "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\${APPNAME}" "DisplayName" "${APPNAME}"
      WriteRegStr HKCU "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\${APPNAME}" "UninstallString" '"$INSTDIR\\Uninstall.exe"'
      WriteUninstaller "$INSTDIR\\Uninstall.exe"
    SectionEnd
    ''')
    return r.choice(["build/installer.nsi", "windows/installer.nsi", "scripts/nsis/main.nsi"]), fill(t, **c.d(pfx=pfx, v=v))


@ptpl("nsis_b64_dbpw", "nsis", "database_password_base64", "nsi", b64_obf_pw, N("$%DB_PW_B64%"))
def _(r, c, v):
    t = dd('''
    ; Database bootstrap page for @prod@ Server
    ; NOTE: password is base64 so it is not visible in the strings of setup.exe
    !include "nsDialogs.nsh"
    !include "LogicLib.nsh"

    !define DB_HOST "@dbhost@"
    !define DB_NAME "@dbname@"
    !define DB_USER "@dbuser@"
    !define DB_PW_ENC "@v@"

    Var DbPassword

    Function .onInit
      ; decode the bundled credential (Base64 plugin)
      Base64::Decode "${DB_PW_ENC}"
      Pop $DbPassword
    FunctionEnd

    Section "Database schema" SecDb
      SetOutPath "$INSTDIR\\sql"
      File "..\\sql\\schema.sql"
      File "..\\sql\\seed.sql"
      nsExec::ExecToLog '"$INSTDIR\\tools\\psql.exe" "host=${DB_HOST} dbname=${DB_NAME} user=${DB_USER} password=$DbPassword" -f "$INSTDIR\\sql\\schema.sql"'
      Pop $0
      StrCmp $0 "0" +2
        MessageBox MB_ICONEXCLAMATION "Schema setup failed ($0)"
    SectionEnd
    ''')
    return r.choice(["installer/db.nsh", "installer/database.nsi", "setup/sections/db.nsi"]), \
        fill(t, **c.d(v=v, dbhost=r.choice(["db01.internal", "10.20.0.15", "sql.%s" % c.domain]), dbname=c.slug.replace("-", "_"),
                      dbuser=r.choice(["app", "installer", c.slug.replace("-", "_") + "_rw"])))


# ---- Inno Setup ---------------------------------------------------------------------------
@ptpl("inno_iscc_signtool", "signtool", "codesign_pfx_password", "bat", PW_BAT, N("%SIGN_PFX_PASSWORD%", "%CODESIGN_PW%"))
def _(r, c, v):
    t = dd('''
    @echo off
    REM Builds and signs the @prod@ installer. Run from a VS developer prompt.
    setlocal
    set ISCC="C:\\Program Files (x86)\\Inno Setup 6\\ISCC.exe"
    set VERSION=@ver@
    set CERT=%~dp0certs\\@cslug@-codesign.pfx

    if not exist dist\\@exe@.exe (
      echo Build the application first: npm run build:win
      exit /b 1
    )

    %ISCC% /DMyAppVersion=%VERSION% ^
      "/Ssigntool=signtool.exe sign /f $q%CERT%$q /p @v@ /fd sha256 /tr @tsa@ /td sha256 /d $q@prod@$q $f" ^
      /O"output" installer\\@slug@.iss
    if errorlevel 1 goto :fail

    echo Installer written to output\\@exe@-%VERSION%-setup.exe
    endlocal
    exit /b 0

    :fail
    echo ISCC failed with %errorlevel%
    exit /b %errorlevel%
    ''')
    return r.choice(["build-installer.bat", "installer/build.cmd", "scripts/make_setup.bat"]), fill(t, **c.d(v=v)).replace("\n", "\r\n")


@ptpl("inno_run_param", "inno_setup", "database_password", "iss", PW_INNO, N("{param:DBPASS}", "{param:DBPASS|}", "{code:GetDbPassword}"))
def _(r, c, v):
    appid = guid(r, True)
    t = dd('''
    ; Inno Setup script for @prod@
    #define MyAppName "@prod@"
    #define MyAppVersion "@ver@"
    #define MyAppPublisher "@company@"
    #define MyAppExeName "@exe@.exe"

    [Setup]
    AppId={{@appid@}
    AppName={#MyAppName}
    AppVersion={#MyAppVersion}
    AppPublisher={#MyAppPublisher}
    DefaultDirName={autopf}\\{#MyAppName}
    DefaultGroupName={#MyAppName}
    OutputBaseFilename=@exe@-{#MyAppVersion}-setup
    Compression=lzma2/max
    SolidCompression=yes
    ArchitecturesInstallIn64BitMode=x64compatible
    PrivilegesRequired=admin

    [Languages]
    Name: "english"; MessagesFile: "compiler:Default.isl"
    Name: "german"; MessagesFile: "compiler:Languages\\German.isl"

    [Files]
    Source: "..\\publish\\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
    Source: "..\\sql\\*.sql"; DestDir: "{app}\\sql"

    [Icons]
    Name: "{group}\\{#MyAppName}"; Filename: "{app}\\{#MyAppExeName}"

    [Run]
    Filename: "{app}\\tools\\dbsetup.exe"; Parameters: "--server @dbhost@ --database @dbname@ --user @dbuser@ --password ""@v@"" --migrate"; StatusMsg: "Migrating database..."; Flags: runhidden waituntilterminated
    Filename: "{app}\\{#MyAppExeName}"; Description: "Launch {#MyAppName}"; Flags: nowait postinstall skipifsilent
    ''')
    return r.choice(["installer/%s.iss" % c.slug, "setup/setup.iss", "Installer/Setup.iss"]), \
        fill(t, **c.d(v=v, appid=appid, dbhost=r.choice(["localhost\\SQLEXPRESS", "(local)", "sql01"]), dbname=c.exe,
                      dbuser=r.choice(["sa", c.slug.replace("-", "") + "_app", "appuser"])))


@ptpl("inno_code_const", "inno_setup", "api_password", "iss", PW_INNO, N())
def _(r, c, v):
    name = r.choice(["LicenseServerPwd", "SyncSecret", "RegPass", "cBackendPw", "AdminPin"])
    t = dd('''
    [Setup]
    AppName=@prod@
    AppVersion=@ver@
    DefaultDirName={autopf}\\@company@\\@exe@
    OutputDir=..\\out
    DisableProgramGroupPage=yes

    [Files]
    Source: "..\\bin\\Release\\*"; DestDir: "{app}"; Flags: recursesubdirs

    [Code]
    const
      LicenseServer = 'https://licensing.@domain@/api/v2';
      LicenseUser   = 'installer';
      @name@ = '@v@';

    function RegisterProduct(const Serial: String): Boolean;
    var
      ResultCode: Integer;
    begin
      Result := Exec(ExpandConstant('{app}\\regtool.exe'),
        Format('--url %s --user %s --secret "%s" --serial %s', [LicenseServer, LicenseUser, @name@, Serial]),
        '', SW_HIDE, ewWaitUntilTerminated, ResultCode) and (ResultCode = 0);
    end;

    procedure CurStepChanged(CurStep: TSetupStep);
    begin
      if CurStep = ssPostInstall then
        if not RegisterProduct(GetIniString('license', 'serial', '', ExpandConstant('{src}\\license.ini'))) then
          MsgBox('Product registration failed. You can register later from the Help menu.', mbInformation, MB_OK);
    end;
    ''')
    return r.choice(["installer/main.iss", "inno/%s.iss" % c.slug, "deploy/windows/setup.iss"]), fill(t, **c.d(v=v, name=name))


@ptpl("inno_setup_password", "inno_setup", "installer_password", "iss", PW_INNO, N("{#GetEnv('SETUP_PASSWORD')}", "{#SetupPassword}"))
def _(r, c, v):
    t = dd('''
    ; Internal distribution build - protected installer
    #define AppVer "@ver@"

    [Setup]
    AppId={{@appid@}
    AppName=@prod@ (internal)
    AppVersion={#AppVer}
    AppPublisher=@company@
    DefaultDirName={autopf}\\@exe@
    OutputBaseFilename=@exe@-internal-{#AppVer}
    Password=@v@
    Encryption=yes
    Compression=lzma2
    SolidCompression=yes
    WizardStyle=modern
    UninstallDisplayIcon={app}\\@exe@.exe

    [Files]
    Source: "..\\build\\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs

    [Registry]
    Root: HKLM; Subkey: "Software\\@company@\\@exe@"; ValueType: string; ValueName: "InstallPath"; ValueData: "{app}"; Flags: uninsdeletekey
    ''')
    return r.choice(["installer/internal.iss", "setup/%s-internal.iss" % c.slug]), fill(t, **c.d(v=v, appid=guid(r, True)))


# ---- WiX ----------------------------------------------------------------------------------
@ptpl("wix_property_sql", "wix", "database_password", "wxs", PW_XML, N("$(env.SQL_SA_PASSWORD)", "$(var.SqlPassword)", "[SQLPASSWORD]"))
def _(r, c, v):
    pid = r.choice(["SQLPASSWORD", "DB_PASSWORD", "SQL_SA_PWD", "CONNPWD", "DBSECRET"])
    t = dd('''
    <?xml version="1.0" encoding="UTF-8"?>
    <Wix xmlns="http://wixtoolset.org/schemas/v4/wxs" xmlns:util="http://wixtoolset.org/schemas/v4/wxs/util">
      <Package Name="@prod@" Manufacturer="@company@" Version="@ver@" UpgradeCode="@up@" Scope="perMachine">
        <MajorUpgrade DowngradeErrorMessage="A newer version of [ProductName] is already installed." />
        <MediaTemplate EmbedCab="yes" />

        <Property Id="SQLSERVER" Value="@dbhost@" />
        <Property Id="SQLDATABASE" Value="@dbname@" />
        <Property Id="SQLUSER" Value="@dbuser@" />
        <Property Id="@pid@" Value="@v@" Hidden="yes" />

        <StandardDirectory Id="ProgramFiles64Folder">
          <Directory Id="INSTALLFOLDER" Name="@exe@">
            <Component Id="MainExe" Guid="@g1@">
              <File Source="$(var.PublishDir)\\@exe@.exe" KeyPath="yes" />
            </Component>
            <Component Id="AppSettings" Guid="@g2@">
              <File Id="appsettings" Source="$(var.PublishDir)\\appsettings.json" />
              <util:JsonFile Id="SetConn" File="[#appsettings]" ElementPath="$.ConnectionStrings.Default"
                Value="Server=[SQLSERVER];Database=[SQLDATABASE];User Id=[SQLUSER];Password=[@pid@];TrustServerCertificate=True" />
            </Component>
          </Directory>
        </StandardDirectory>

        <Feature Id="Main">
          <ComponentRef Id="MainExe" />
          <ComponentRef Id="AppSettings" />
        </Feature>
      </Package>
    </Wix>
    ''')
    return r.choice(["installer/Package.wxs", "wix/Product.wxs", "src/%s.Installer/Product.wxs" % c.exe]), \
        fill(t, **c.d(v=v, pid=pid, up=guid(r, True), g1=guid(r, True), g2=guid(r, True), dbhost=r.choice(["localhost", "SQL01\\PROD", "db.%s" % c.domain]),
                      dbname=c.exe, dbuser=r.choice(["sa", "app_" + c.cslug, "svc_sql"])))


@ptpl("wix_util_user", "wix", "service_account_password", "wxs", PW_XML, N("[SERVICEPASSWORD]", "[SVC_PWD]"))
def _(r, c, v):
    t = dd('''
    <?xml version="1.0" encoding="utf-8"?>
    <Wix xmlns="http://schemas.microsoft.com/wix/2006/wi"
         xmlns:util="http://schemas.microsoft.com/wix/UtilExtension">
      <Fragment>
        <DirectoryRef Id="INSTALLDIR">
          <Component Id="cmpService" Guid="{@g1@}">
            <File Id="fil@exe@Svc" Source="$(var.SourceDir)\\@exe@.Service.exe" KeyPath="yes" />
            <util:User Id="ServiceUser" Name="@svcuser@" Domain="[ComputerName]" Password="@v@"
                       CreateUser="yes" UpdateIfExists="yes" PasswordNeverExpires="yes" LogonAsService="yes"
                       RemoveOnUninstall="yes" />
            <ServiceInstall Id="svcInstall" Name="@exe@Svc" DisplayName="@prod@ Service"
                            Description="Background worker for @prod@" Start="auto" Type="ownProcess"
                            ErrorControl="normal" Account="[ComputerName]\\@svcuser@" Password="@v@" Vital="yes" />
            <ServiceControl Id="svcControl" Name="@exe@Svc" Start="install" Stop="both" Remove="uninstall" Wait="yes" />
          </Component>
        </DirectoryRef>
      </Fragment>
    </Wix>
    ''')
    # keep exactly one occurrence: second attribute references the property
    t = t.replace('Password="@v@" Vital', 'Password="[SVCPASSWORD]" Vital')
    return r.choice(["installer/Service.wxs", "wix/Fragments/Service.wxs", "Setup/ServiceComponents.wxs"]), \
        fill(t, **c.d(v=v, g1=guid(r, True), svcuser=r.choice(["svc_" + c.cslug, c.exe + "Svc", "%sworker" % c.cslug])))


@ptpl("wixproj_signtool", "signtool", "codesign_pfx_password", "wixproj", PW_XML, N("$(SIGN_PASSWORD)", "$(CodeSignPassword)"))
def _(r, c, v):
    t = dd('''
    <Project Sdk="WixToolset.Sdk/@wixver@">
      <PropertyGroup>
        <OutputName>@exe@-$(Version)-x64</OutputName>
        <Platform>x64</Platform>
        <DefineConstants>PublishDir=..\\@exe@\\bin\\$(Configuration)\\net8.0-windows\\win-x64\\publish</DefineConstants>
        <SuppressValidation>false</SuppressValidation>
        <SignOutput>true</SignOutput>
        <CertFile>$(MSBuildProjectDirectory)\\..\\certs\\@cslug@.pfx</CertFile>
        <CertPass>@v@</CertPass>
      </PropertyGroup>
      <ItemGroup>
        <PackageReference Include="WixToolset.Util.wixext" Version="@wixver@" />
        <PackageReference Include="WixToolset.UI.wixext" Version="@wixver@" />
      </ItemGroup>
      <ItemGroup>
        <ProjectReference Include="..\\@exe@\\@exe@.csproj" />
      </ItemGroup>
      <Target Name="SignMsi" AfterTargets="Build" Condition="'$(SignOutput)' == 'true'">
        <Exec Command="signtool sign /f &quot;$(CertFile)&quot; /p $(CertPass) /fd sha256 /tr @tsa@ /td sha256 &quot;$(TargetPath)&quot;" />
      </Target>
    </Project>
    ''')
    return r.choice(["installer/%s.Installer.wixproj" % c.exe, "src/Setup/Setup.wixproj"]), \
        fill(t, **c.d(v=v, wixver=r.choice(["4.0.5", "5.0.0", "5.0.2", "4.0.4"])))


@ptpl("wix_bundle_variable", "wix", "database_password", "wxs", PW_XML, N("[SqlSaPassword]", "$(env.SA_PASSWORD)"))
def _(r, c, v):
    t = dd('''
    <?xml version="1.0" encoding="UTF-8"?>
    <Wix xmlns="http://wixtoolset.org/schemas/v4/wxs" xmlns:bal="http://wixtoolset.org/schemas/v4/wxs/bal">
      <Bundle Name="@prod@ Suite" Version="@ver@" Manufacturer="@company@" UpgradeCode="@up@">
        <BootstrapperApplication>
          <bal:WixStandardBootstrapperApplication LicenseUrl="https://@domain@/eula" Theme="hyperlinkLicense" />
        </BootstrapperApplication>

        <Variable Name="InstallFolder" Type="formatted" Value="[ProgramFiles64Folder]@exe@" />
        <Variable Name="SqlInstance" Value="@exe@DB" />
        <Variable Name="@vname@" Value="@v@" Hidden="yes" Persisted="no" />

        <Chain>
          <ExePackage Id="SqlExpress" SourceFile="redist\\SQLEXPR_x64_ENU.exe" Permanent="yes" Vital="yes"
                      InstallArguments="/Q /ACTION=Install /FEATURES=SQLEngine /INSTANCENAME=[SqlInstance] /SECURITYMODE=SQL /SAPWD=&quot;[@vname@]&quot; /IACCEPTSQLSERVERLICENSETERMS" />
          <MsiPackage SourceFile="..\\Installer\\bin\\x64\\Release\\@exe@.msi">
            <MsiProperty Name="INSTALLFOLDER" Value="[InstallFolder]" />
          </MsiPackage>
        </Chain>
      </Bundle>
    </Wix>
    ''')
    return r.choice(["bundle/Bundle.wxs", "installer/Bootstrapper/Bundle.wxs"]), \
        fill(t, **c.d(v=v, up=guid(r, True), vname=r.choice(["SqlSaPassword", "SaPwd", "DbAdminSecret"])))


@ptpl("msi_transform_notes", "msi", "service_account_password", "md", PW_BAT, N("%SVC_PASSWORD%", "<service-account-password>"))
def _(r, c, v):
    t = dd('''
    # @prod@ @ver@ - enterprise deployment notes

    Owner: Desktop Engineering (@email@)
    Last updated: @year@-0@m@-1@dd@

    ## Package

    | item | value |
    |------|-------|
    | MSI | `@exe@-@ver@-x64.msi` |
    | Transform | `@cslug@-corp.mst` (built with Orca, see below) |
    | ProductCode | `{@pc@}` |
    | UpgradeCode | `{@uc@}` |

    The transform sets `ALLUSERS=1`, `AUTOUPDATE=0`, disables the desktop shortcut and
    points `SERVERURL` at the internal gateway.

    ## Silent install (SCCM / Intune Win32 app)

    ```
    msiexec /i @exe@-@ver@-x64.msi TRANSFORMS=@cslug@-corp.mst ^
        SERVICE_ACCOUNT=CORP\\svc-@slug@ SERVICE_ACCOUNT_PASSWORD="@v@" ^
        SERVERURL=https://gw.@domain@ /qn /l*v %TEMP%\\@slug@-install.log
    ```

    Detection rule: MSI product code above. Return code 3010 = soft reboot.

    ## Uninstall

    ```
    msiexec /x {@pc@} /qn
    ```
    ''')
    return r.choice(["docs/deployment/msi-transforms.md", "deploy/README-sccm.md", "docs/enterprise-install.md"]), \
        fill(t, **c.d(v=v, pc=guid(r, True), uc=guid(r, True), m=r.randint(1, 9), dd=r.randint(0, 9)))


@ptpl("installshield_ism_property", "installshield", "database_password", "ism", PW_XML, N("[%DB_PASSWORD]", "[DBPWD]"))
def _(r, c, v):
    rows = [("ALLUSERS", "1"), ("ARPCONTACT", c.company), ("ARPHELPLINK", "https://support.%s" % c.domain),
            ("DBSERVER", r.choice(["localhost", "SQLPROD01"])), ("DBUSER", r.choice(["sa", "ismdb"])),
            ("DBPASSWORD", "@v@"), ("DefaultUIFont", "ExpressDefault"), ("DialogCaption", "InstallShield for Windows Installer"),
            ("ISSCRIPT_VERSION_MISSING", "The InstallScript engine is missing from this machine."),
            ("Manufacturer", c.company), ("ProductCode", "{%s}" % guid(r, True)), ("ProductName", c.prod),
            ("ProductVersion", c.ver), ("UpgradeCode", "{%s}" % guid(r, True)), ("SecureCustomProperties", "ISFOUNDNEWERPRODUCTVERSION;DBPASSWORD")]
    body = "\n".join('\t\t<row><td>%s</td><td>%s</td><td/></row>' % (k, val) for k, val in rows)
    t = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<msi version="2.0" xmlns:dt="urn:schemas-microsoft-com:datatypes" codepage="65001">\n'
         '\t<table name="Property">\n\t\t<col key="yes" def="s72">Property</col>\n\t\t<col def="L0">Value</col>\n'
         '\t\t<col def="S255">ISComments</col>\n' + body + '\n\t</table>\n</msi>\n')
    return r.choice(["Installer/%s.ism" % c.exe, "setup/%s.ism" % c.exe]), fill(t, v=v)


@ptpl("advinst_build", "advanced_installer", "codesign_pfx_password", "ps1", PW_SH, N("$env:AI_CERT_PASSWORD", "$env:PFX_PASS"))
def _(r, c, v):
    t = dd('''
    #Requires -Version 5.1
    param(
        [string]$Version = "@ver@",
        [string]$Configuration = "Release"
    )
    $ErrorActionPreference = "Stop"

    $ai = "${env:ProgramFiles(x86)}\\Caphyon\\Advanced Installer 21.@aiv@\\bin\\x86\\AdvancedInstaller.com"
    $project = Join-Path $PSScriptRoot "@exe@.aip"
    $cert = Join-Path $PSScriptRoot "certs\\@cslug@-ov.pfx"

    Write-Host "Building @prod@ $Version ($Configuration)"
    dotnet publish ..\\src\\@exe@\\@exe@.csproj -c $Configuration -r win-x64 --self-contained -o ..\\publish

    & $ai /edit $project /SetVersion $Version
    & $ai /edit $project /SetDigitalCertificateFile -file $cert -password "@v@"
    & $ai /edit $project /SetDigitalCertificateTimestampServer -url "@tsa@"
    & $ai /build $project -buildslist "MsiBuild;ExeBuild"
    if ($LASTEXITCODE -ne 0) { throw "Advanced Installer build failed ($LASTEXITCODE)" }

    Get-ChildItem "$PSScriptRoot\\@exe@-SetupFiles" -Filter *.msi | ForEach-Object {
        Write-Host ("{0}  {1}" -f (Get-FileHash $_.FullName -Algorithm SHA256).Hash, $_.Name)
    }
    ''')
    return r.choice(["installer/build.ps1", "setup/Build-Installer.ps1", "tools/package.ps1"]), fill(t, **c.d(v=v, aiv=r.randint(0, 9)))


@ptpl("install4j_gradle", "install4j", "keystore_password", "gradle", PW_SH, N("${System.getenv('INSTALL4J_KEYSTORE_PW')}", "${project.findProperty('signPassword')}"))
def _(r, c, v):
    t = dd('''
    plugins {
        id 'java'
        id 'com.install4j.gradle' version '@i4v@'
    }

    group = 'com.@cslug@'
    version = '@ver@'

    install4j {
        installDir = file(System.getenv('INSTALL4J_HOME') ?: '/opt/install4j10')
    }

    tasks.register('media', com.install4j.gradle.Install4jTask) {
        dependsOn 'jar'
        projectFile = file('installer/@slug@.install4j')
        release = project.version
        variables = [appName: '@prod@', buildNumber: System.getenv('BUILD_NUMBER') ?: '0']
        winKeystorePassword = "@v@"
        macKeystorePassword = winKeystorePassword
        disableSigning = false
    }
    ''')
    return r.choice(["build.gradle", "installer/build.gradle"]), fill(t, **c.d(v=v, i4v=r.choice(["10.0.8", "10.0.6", "9.0.7", "11.0"])))


@ptpl("msix_csproj_pfx", "msix", "codesign_pfx_password", "csproj", PW_XML, N("$(PFX_PASSWORD)", "$(MsixCertPassword)"))
def _(r, c, v):
    t = dd('''
    <Project Sdk="Microsoft.NET.Sdk">
      <PropertyGroup>
        <OutputType>WinExe</OutputType>
        <TargetFramework>net8.0-windows10.0.19041.0</TargetFramework>
        <RootNamespace>@exe@</RootNamespace>
        <UseWinUI>true</UseWinUI>
        <Platforms>x64;ARM64</Platforms>
        <RuntimeIdentifiers>win-x64;win-arm64</RuntimeIdentifiers>
        <ApplicationDisplayVersion>@ver@</ApplicationDisplayVersion>
        <EnableMsixTooling>true</EnableMsixTooling>
        <GenerateAppInstallerFile>True</GenerateAppInstallerFile>
        <AppxPackageSigningEnabled>True</AppxPackageSigningEnabled>
        <PackageCertificateKeyFile>@exe@_TemporaryKey.pfx</PackageCertificateKeyFile>
        <PackageCertificatePassword>@v@</PackageCertificatePassword>
        <AppxAutoIncrementPackageRevision>True</AppxAutoIncrementPackageRevision>
        <AppInstallerUri>https://downloads.@domain@/@slug@/</AppInstallerUri>
        <HoursBetweenUpdateChecks>24</HoursBetweenUpdateChecks>
      </PropertyGroup>
      <ItemGroup>
        <PackageReference Include="Microsoft.WindowsAppSDK" Version="1.5.240311000" />
        <PackageReference Include="Microsoft.Windows.SDK.BuildTools" Version="10.0.22621.3233" />
        <Manifest Include="$(ApplicationManifest)" />
      </ItemGroup>
    </Project>
    ''')
    return "src/%s/%s.csproj" % (c.exe, c.exe), fill(t, **c.d(v=v))


# ---- Chocolatey / NuGet / Scoop ------------------------------------------------------------
@ptpl("choco_push_apikey", "chocolatey", "chocolatey_api_key", "ps1", lambda r: guid(r), N("$env:CHOCO_API_KEY", "$env:CHOCOLATEY_API_KEY", ph=PH_KEY))
def _(r, c, v):
    form = r.choice(["push", "apikey"])
    pkg = c.slug.replace("_", "-")
    line = ('choco push ".\\%s.$version.nupkg" --source https://push.chocolatey.org/ --api-key "@v@"' % pkg if form == "push" else
            'choco apikey --key "@v@" --source https://push.chocolatey.org/\nchoco push ".\\%s.$version.nupkg" --source https://push.chocolatey.org/' % pkg)
    t = dd('''
    # Packs and publishes the Chocolatey package for @prod@
    # usage: .\\publish-choco.ps1 -Version @ver@
    param([Parameter(Mandatory = $true)][string]$version)
    $ErrorActionPreference = 'Stop'
    Set-Location (Join-Path $PSScriptRoot 'chocolatey')

    $url64 = "https://github.com/@cslug@/@slug@/releases/download/v$version/@exe@-$version-x64.msi"
    $tmp = Join-Path $env:TEMP "@slug@-$version.msi"
    Invoke-WebRequest $url64 -OutFile $tmp
    $sum = (Get-FileHash $tmp -Algorithm SHA256).Hash.ToLower()

    (Get-Content tools\\chocolateyinstall.ps1) `
        -replace "checksum64\\s*=\\s*'[^']*'", "checksum64    = '$sum'" `
        -replace "url64bit\\s*=\\s*'[^']*'", "url64bit      = '$url64'" |
        Set-Content tools\\chocolateyinstall.ps1

    choco pack @pkg@.nuspec --version $version
    @line@
    ''')
    return r.choice(["publish-choco.ps1", "packaging/chocolatey/publish.ps1", "scripts/release-choco.ps1"]), fill(fill(t, line=line), **c.d(v=v, pkg=pkg))


@ptpl("choco_install_service", "chocolatey", "service_account_password", "ps1", PW_SH, N("<SERVICE_PASSWORD>", ""))
def _(r, c, v):
    var = r.choice(["svcPassword", "runAsPw", "acctSecret", "logonPass"])
    t = dd('''
    $ErrorActionPreference = 'Stop'
    $toolsDir   = "$(Split-Path -parent $MyInvocation.MyCommand.Definition)"
    $packageName = '@slug@-agent'

    $packageArgs = @{
      packageName    = $packageName
      fileType       = 'msi'
      url64bit       = 'https://dl.@domain@/agent/@ver@/@exe@Agent-@ver@-x64.msi'
      checksum64     = '@sha@'
      checksumType64 = 'sha256'
      silentArgs     = "/qn /norestart /l*v `"$($env:TEMP)\\$($packageName).$($env:chocolateyPackageVersion).MsiInstall.log`""
      validExitCodes = @(0, 3010, 1641)
    }
    Install-ChocolateyPackage @packageArgs

    # run the agent under the dedicated domain account
    $svcUser = 'CORP\\svc-@slug@'
    $@var@ = '@v@'
    $cred = New-Object System.Management.Automation.PSCredential($svcUser, (ConvertTo-SecureString $@var@ -AsPlainText -Force))
    $svc = Get-CimInstance Win32_Service -Filter "Name='@exe@Agent'"
    $svc | Invoke-CimMethod -MethodName Change -Arguments @{ StartName = $svcUser; StartPassword = $cred.GetNetworkCredential().Password } | Out-Null
    Restart-Service @exe@Agent
    ''')
    return r.choice(["chocolatey/tools/chocolateyinstall.ps1", "packages/%s-agent/tools/chocolateyInstall.ps1" % c.slug]), \
        fill(t, **c.d(v=v, var=var, sha=sha256hex(r)))


@ptpl("choco_source_add", "chocolatey", "private_feed_password", "ps1", PW_SH, N("$env:NEXUS_PASSWORD", "$env:FEED_PW"))
def _(r, c, v):
    t = dd('''
    # Bootstrap a build agent: Chocolatey + internal feed
    Set-ExecutionPolicy Bypass -Scope Process -Force
    [System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor 3072
    if (-not (Get-Command choco -ErrorAction SilentlyContinue)) {
        iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))
    }

    choco source disable -n=chocolatey
    choco source add -n=@cslug@-internal -s="https://nexus.@domain@/repository/choco-group/" -u="ci-builder" -p="@v@" --priority=1
    choco feature enable -n=allowGlobalConfirmation

    $packages = @('git', 'nodejs-lts', 'dotnet-8.0-sdk', 'wixtoolset', 'innosetup', 'nsis', '7zip')
    foreach ($p in $packages) { choco install $p --no-progress }

    refreshenv
    Write-Host "Agent ready"
    ''')
    return r.choice(["ci/bootstrap-agent.ps1", "tools/setup-build-machine.ps1"]), fill(t, **c.d(v=v))


@ptpl("nuget_push_apikey", "nuget", "nuget_api_key", "sh", nuget_key, N("${NUGET_API_KEY}", "$NUGET_KEY", ph=PH_KEY))
def _(r, c, v):
    style = r.random()
    if style < 0.4:
        t = dd('''
        VERSION ?= $(shell git describe --tags --abbrev=0 | sed 's/^v//')
        CONFIG  ?= Release
        NUGET_SOURCE = https://api.nuget.org/v3/index.json
        NUGET_KEY = @v@

        .PHONY: build test pack push clean

        build:
        \tdotnet build -c $(CONFIG) /p:Version=$(VERSION)

        test: build
        \tdotnet test -c $(CONFIG) --no-build

        pack: test
        \tdotnet pack src/@exe@/@exe@.csproj -c $(CONFIG) --no-build -o artifacts /p:PackageVersion=$(VERSION)

        push: pack
        \tdotnet nuget push "artifacts/*.nupkg" --api-key $(NUGET_KEY) --source $(NUGET_SOURCE) --skip-duplicate

        clean:
        \trm -rf artifacts */bin */obj
        ''')
        path = "Makefile"
    elif style < 0.75:
        t = dd('''
        #!/usr/bin/env bash
        set -euo pipefail
        cd "$(dirname "$0")/.."
        version="${1:?usage: release-nuget.sh VERSION}"

        dotnet pack src/@exe@/@exe@.csproj -c Release -p:PackageVersion="$version" -o ./artifacts
        for pkg in artifacts/*.nupkg; do
          dotnet nuget push "$pkg" \\
            --source https://api.nuget.org/v3/index.json \\
            --api-key @v@ \\
            --skip-duplicate
        done
        echo "published @exe@ $version"
        ''')
        path = r.choice(["scripts/release-nuget.sh", "build/push.sh"])
    else:
        t = dd('''
        var target = Argument("target", "Push");
        var configuration = Argument("configuration", "Release");
        var version = Argument("packageVersion", "@ver@");

        Task("Pack")
            .Does(() => {
                DotNetPack("./src/@exe@/@exe@.csproj", new DotNetPackSettings {
                    Configuration = configuration,
                    OutputDirectory = "./artifacts",
                    MSBuildSettings = new DotNetMSBuildSettings().SetVersion(version)
                });
            });

        Task("Push")
            .IsDependentOn("Pack")
            .Does(() => {
                DotNetNuGetPush($"./artifacts/@exe@.{version}.nupkg", new DotNetNuGetPushSettings {
                    Source = "https://api.nuget.org/v3/index.json",
                    ApiKey = "@v@",
                    SkipDuplicate = true
                });
            });

        RunTarget(target);
        ''')
        path = "build.cake"
    return path, fill(t, **c.d(v=v))


@ptpl("nuget_config_cleartext", "github", "github_pat", "xml", gh_classic, N("%GITHUB_PACKAGES_TOKEN%", "%NUGET_AUTH_TOKEN%", ph=PH_KEY))
def _(r, c, v):
    t = dd('''
    <?xml version="1.0" encoding="utf-8"?>
    <configuration>
      <packageSources>
        <clear />
        <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
        <add key="github" value="https://nuget.pkg.github.com/@cslug@/index.json" />
      </packageSources>
      <packageSourceMapping>
        <packageSource key="nuget.org"><package pattern="*" /></packageSource>
        <packageSource key="github"><package pattern="@exe@.*" /></packageSource>
      </packageSourceMapping>
      <packageSourceCredentials>
        <github>
          <add key="Username" value="@user@-ci" />
          <add key="ClearTextPassword" value="@v@" />
        </github>
      </packageSourceCredentials>
    </configuration>
    ''')
    return r.choice(["NuGet.Config", "nuget.config", "installer/NuGet.Config"]), fill(t, **c.d(v=v))


@ptpl("scoop_private_url", "gitlab", "gitlab_pat", "json", glpat, N(ph=["<PRIVATE_TOKEN>", "YOUR_GITLAB_TOKEN", ""]))
def _(r, c, v):
    ind = r.choice([2, 4])
    pid = r.randint(100, 9999)
    d = {
        "version": c.ver,
        "description": "%s command line client (internal build)" % c.prod,
        "homepage": "https://gitlab.%s/tools/%s" % (c.domain, c.slug),
        "license": "Proprietary",
        "architecture": {"64bit": {
            "url": "https://gitlab.%s/api/v4/projects/%d/packages/generic/%s/%s/%s-%s-windows-amd64.zip?private_token=@v@" % (c.domain, pid, c.slug, c.ver, c.slug, c.ver),
            "hash": sha256hex(r)}},
        "bin": c.slug + ".exe",
        "checkver": {"url": "https://gitlab.%s/api/v4/projects/%d/releases" % (c.domain, pid), "jsonpath": "$[0].tag_name", "regex": "v([\\d.]+)"},
        "autoupdate": {"architecture": {"64bit": {"url": "https://gitlab.%s/api/v4/projects/%d/packages/generic/%s/$version/%s-$version-windows-amd64.zip" % (c.domain, pid, c.slug, c.slug)}}},
    }
    return "bucket/%s.json" % c.slug, fill(json.dumps(d, indent=ind) + "\n", v=v)


# ---- Homebrew / GoReleaser / release scripts -----------------------------------------------
@ptpl("homebrew_token_export", "github", "github_pat", "sh", gh_any,
      N('$(security find-generic-password -s homebrew-github -w)', '${GH_TOKEN}', ph=PH_KEY))
def _(r, c, v):
    t = dd('''
    #!/bin/zsh
    # macOS workstation bootstrap for the @prod@ team
    set -e

    if ! command -v brew >/dev/null; then
      /bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"
    fi
    eval "$(/opt/homebrew/bin/brew shellenv)"

    # private tap lives in a private repo; avoids API rate limits too
    export HOMEBREW_GITHUB_API_TOKEN="@v@"
    export HOMEBREW_NO_ANALYTICS=1
    export HOMEBREW_NO_INSTALL_CLEANUP=1

    brew tap @cslug@/tools git@github.com:@cslug@/homebrew-tools.git
    brew bundle --file="$(dirname "$0")/Brewfile"
    brew install @cslug@/tools/@slug@

    echo "done - open a new terminal"
    ''')
    return r.choice(["scripts/bootstrap-mac.sh", "dotfiles/brew-setup.zsh", "tools/mac/setup.sh"]), fill(t, **c.d(v=v))


@ptpl("goreleaser_brew_token", "github", "github_pat", "yaml", gh_classic, N("{{ .Env.TAP_GITHUB_TOKEN }}", "{{ .Env.HOMEBREW_TAP_TOKEN }}", ph=PH_KEY))
def _(r, c, v):
    t = dd('''
    # yaml-language-server: $schema=https://goreleaser.com/static/schema.json
    version: 2
    project_name: @slug@

    before:
      hooks:
        - go mod tidy
        - go generate ./...

    builds:
      - id: @slug@
        main: ./cmd/@slug@
        env:
          - CGO_ENABLED=0
        goos: [linux, darwin, windows]
        goarch: [amd64, arm64]
        ldflags:
          - -s -w -X main.version={{.Version}} -X main.commit={{.Commit}}

    archives:
      - formats: [tar.gz]
        name_template: "{{ .ProjectName }}_{{ .Version }}_{{ .Os }}_{{ .Arch }}"
        format_overrides:
          - goos: windows
            formats: [zip]

    checksum:
      name_template: checksums.txt

    brews:
      - name: @slug@
        repository:
          owner: @cslug@
          name: homebrew-tap
          token: "@v@"
        directory: Formula
        homepage: https://github.com/@cslug@/@slug@
        description: "@prod@ command line tool"
        license: MIT
        test: |
          system "#{bin}/@slug@", "--version"

    changelog:
      sort: asc
      filters:
        exclude: ["^docs:", "^test:", "^chore:"]
    ''')
    return r.choice([".goreleaser.yaml", ".goreleaser.yml"]), fill(t, **c.d(v=v))


@ptpl("goreleaser_release_sh", "github", "github_pat", "sh", gh_any, N("$(gh auth token)", "${GITHUB_TOKEN:?set GITHUB_TOKEN}", ph=PH_KEY))
def _(r, c, v):
    var = r.choice(["GITHUB_TOKEN", "GH_TOKEN", "RELEASE_TOKEN"])
    t = dd('''
    #!/usr/bin/env bash
    # Cut a release: ./scripts/release.sh v@ver@
    set -euo pipefail
    tag="${1:?tag required}"

    if [[ -n "$(git status --porcelain)" ]]; then
      echo "working tree dirty" >&2; exit 1
    fi

    git tag -a "$tag" -m "Release $tag"
    git push origin "$tag"

    export @var@="@v@"
    goreleaser release --clean --release-notes <(git-cliff --latest --strip header)
    ''')
    if var != "GITHUB_TOKEN":
        t = t.replace("goreleaser release", "GITHUB_TOKEN=\"$%s\" goreleaser release" % var)
    return r.choice(["scripts/release.sh", "release.sh", "hack/release.sh"]), fill(t, **c.d(v=v, var=var))


@ptpl("gemfury_push_url", "gemfury", "gemfury_push_token", "sh", gemfury_tok, N("${FURY_TOKEN}", "$GEMFURY_PUSH_TOKEN", ph=PH_KEY))
def _(r, c, v):
    t = dd('''
    #!/bin/sh
    # Upload .deb / .rpm artifacts produced by nfpm to Gemfury
    set -eu
    ACCOUNT=@cslug@
    DIST=${DIST:-dist}

    for f in "$DIST"/*.deb "$DIST"/*.rpm; do
      [ -e "$f" ] || continue
      echo "uploading $(basename "$f")"
      curl --fail -sS -F package=@"$f" "https://@v@@push.fury.io/$ACCOUNT/"
    done
    ''')
    return r.choice(["scripts/publish-fury.sh", "ci/upload-packages.sh"]), fill(t, **c.d(v=v))


@ptpl("cloudsmith_push", "cloudsmith", "cloudsmith_api_key", "yaml", cloudsmith_key, N("${CLOUDSMITH_API_KEY}", "$CLOUDSMITH_API_KEY", ph=PH_KEY))
def _(r, c, v):
    t = dd('''
    stages: [build, package, publish]

    variables:
      PKG_NAME: @slug@
      CLOUDSMITH_REPO: @cslug@/stable
      CLOUDSMITH_API_KEY: "@v@"

    build:
      stage: build
      image: golang:1.22
      script:
        - make build
      artifacts:
        paths: [bin/]

    package:
      stage: package
      image: goreleaser/nfpm:latest
      script:
        - nfpm pkg --packager deb --target dist/
        - nfpm pkg --packager rpm --target dist/
      artifacts:
        paths: [dist/]

    publish:
      stage: publish
      image: python:3.12-slim
      rules:
        - if: $CI_COMMIT_TAG
      script:
        - pip install cloudsmith-cli
        - cloudsmith push deb $CLOUDSMITH_REPO/ubuntu/jammy dist/*.deb
        - cloudsmith push rpm $CLOUDSMITH_REPO/el/9 dist/*.rpm
    ''')
    return ".gitlab-ci.yml", fill(t, **c.d(v=v))


@ptpl("packagecloud_push", "packagecloud", "packagecloud_token", "sh", packagecloud_tok, N("${PACKAGECLOUD_TOKEN}", ph=PH_KEY))
def _(r, c, v):
    t = dd('''
    #!/usr/bin/env bash
    set -euo pipefail
    # push freshly built packages to packagecloud.io
    export PACKAGECLOUD_TOKEN=@v@
    REPO="@cslug@/@slug@"

    gem list -i package_cloud >/dev/null || gem install package_cloud --no-document

    for distro in ubuntu/focal ubuntu/jammy ubuntu/noble debian/bookworm; do
      package_cloud push "$REPO/$distro" build/*.deb --skip-errors
    done
    for distro in el/8 el/9 fedora/40; do
      package_cloud push "$REPO/$distro" build/*.rpm --skip-errors
    done
    ''')
    return r.choice(["packaging/push-packagecloud.sh", "scripts/pc-push.sh"]), fill(t, **c.d(v=v))


# ---- rpm / deb -----------------------------------------------------------------------------
@ptpl("rpm_spec_post", "rpm", "database_password", "spec", PW_SH, N("${DB_PASSWORD}", "$(cat /etc/@slug@/db.secret)"))
def _(r, c, v):
    t = dd('''
    Name:           @slug@
    Version:        @ver@
    Release:        1%{?dist}
    Summary:        @prod@ server
    License:        Proprietary
    URL:            https://@domain@
    Source0:        %{name}-%{version}.tar.gz
    BuildArch:      x86_64
    Requires:       mariadb-server, systemd
    %{?systemd_requires}

    %description
    @prod@ server components and systemd unit.

    %prep
    %autosetup

    %build
    make %{?_smp_mflags}

    %install
    make install DESTDIR=%{buildroot}
    install -D -m 0644 dist/%{name}.service %{buildroot}%{_unitdir}/%{name}.service

    %post
    %systemd_post %{name}.service
    if [ $1 -eq 1 ]; then
        DBPW="@v@"
        mysql -u root -e "CREATE DATABASE IF NOT EXISTS @dbname@;"
        mysql -u root -e "CREATE USER IF NOT EXISTS '@dbname@'@'localhost' IDENTIFIED BY '${DBPW}';"
        mysql -u root -e "GRANT ALL ON @dbname@.* TO '@dbname@'@'localhost';"
        sed -i "s/^db_password=.*/db_password=${DBPW}/" %{_sysconfdir}/%{name}/server.conf
    fi

    %preun
    %systemd_preun %{name}.service

    %files
    %{_bindir}/%{name}d
    %config(noreplace) %{_sysconfdir}/%{name}/server.conf
    %{_unitdir}/%{name}.service

    %changelog
    * Mon Mar 04 @year@ @user@ <@email@> - @ver@-1
    - new upstream release
    ''')
    return r.choice(["packaging/rpm/%s.spec" % c.slug, "%s.spec" % c.slug, "rpm/SPECS/%s.spec" % c.slug]), \
        fill(t, **c.d(v=v, dbname=c.slug.replace("-", "_")))


@ptpl("rpm_gpg_passphrase", "rpm", "gpg_passphrase", "sh", PW_SH, N('$(cat /run/secrets/rpm_gpg_pass)', '${GPG_PASSPHRASE}'))
def _(r, c, v):
    kid = rs(r, HEX.upper(), 16)
    t = dd('''
    #!/bin/bash
    # sign all RPMs in ./out and rebuild the yum repo metadata
    set -euo pipefail
    KEY_ID=@kid@
    PASSPHRASE="@v@"

    cat > ~/.rpmmacros <<MACROS
    %_signature gpg
    %_gpg_name ${KEY_ID}
    %__gpg_sign_cmd %{__gpg} gpg --batch --no-armor --pinentry-mode loopback --passphrase-fd 3 -u "%{_gpg_name}" -sbo %{__signature_filename} --digest-algo sha256 %{__plaintext_filename}
    MACROS

    for rpm in out/*.rpm; do
      rpmsign --addsign "$rpm" 3<<<"$PASSPHRASE"
    done
    createrepo_c --update out/
    gpg --batch --pinentry-mode loopback --passphrase "$PASSPHRASE" --detach-sign --armor out/repodata/repomd.xml
    ''')
    return r.choice(["packaging/sign-rpms.sh", "ci/rpm-sign.sh"]), fill(t, **c.d(v=v, kid=kid))


@ptpl("deb_postinst", "debian", "database_password", "postinst", PW_SH, N("$(openssl rand -base64 24)", "$RET", "$(pwgen -s 32 1)"))
def _(r, c, v):
    pkg = c.slug
    t = dd('''
    #!/bin/sh
    # postinst script for @pkg@
    set -e

    . /usr/share/debconf/confmodule

    case "$1" in
        configure)
            if ! getent passwd @pkg@ >/dev/null; then
                adduser --system --group --home /var/lib/@pkg@ --no-create-home @pkg@
            fi
            DB_PASS="@v@"
            if ! su postgres -c "psql -tAc \\"SELECT 1 FROM pg_roles WHERE rolname='@dbn@'\\"" | grep -q 1; then
                su postgres -c "psql -c \\"CREATE ROLE @dbn@ LOGIN PASSWORD '$DB_PASS'\\""
                su postgres -c "createdb -O @dbn@ @dbn@"
            fi
            sed -i "s|^#\\?database_url *=.*|database_url = postgres://@dbn@:$DB_PASS@localhost/@dbn@|" /etc/@pkg@/@pkg@.toml
            chown -R @pkg@:@pkg@ /var/lib/@pkg@
        ;;
        abort-upgrade|abort-remove|abort-deconfigure)
        ;;
        *)
            echo "postinst called with unknown argument \\`$1'" >&2
            exit 1
        ;;
    esac

    #DEBHELPER#

    exit 0
    ''')
    return r.choice(["debian/postinst", "debian/%s.postinst" % pkg]), fill(t, **c.d(v=v, pkg=pkg, dbn=pkg.replace("-", "_")))


@ptpl("deb_postinst_runner_token", "gitlab", "gitlab_runner_token", "postinst", glrt, N("$RET", "${RUNNER_TOKEN}", ph=PH_KEY))
def _(r, c, v):
    t = dd('''
    #!/bin/bash
    # postinst for @cslug@-ci-runner: registers the bundled gitlab-runner
    set -e
    . /usr/share/debconf/confmodule

    if [ "$1" = "configure" ] && [ ! -f /etc/gitlab-runner/.registered ]; then
        db_get @cslug@-ci-runner/tags || true
        TAGS="${RET:-linux,docker}"
        gitlab-runner register --non-interactive \\
            --url "https://gitlab.@domain@/" \\
            --token "@v@" \\
            --executor docker \\
            --docker-image "alpine:3.20" \\
            --description "$(hostname -s)"
        touch /etc/gitlab-runner/.registered
        systemctl enable --now gitlab-runner
    fi

    #DEBHELPER#
    exit 0
    ''')
    return r.choice(["debian/postinst", "debian/%s-ci-runner.postinst" % c.cslug]), fill(t, **c.d(v=v))


@ptpl("debconf_preseed", "debian", "database_password", "cfg", PW_SH, N("", ph=[""]))
def _(r, c, v):
    pkg = c.slug
    t = dd('''
    # Preseed answers for unattended installs of @pkg@ on kiosk images
    # load with: debconf-set-selections < @pkg@.preseed
    @pkg@ @pkg@/dbconfig-install boolean true
    @pkg@ @pkg@/database-type select pgsql
    @pkg@ @pkg@/pgsql/method select Unix socket
    @pkg@ @pkg@/pgsql/authmethod-user select password
    @pkg@ @pkg@/db/dbname string @dbn@
    @pkg@ @pkg@/db/app-user string @dbn@@localhost
    @pkg@ @pkg@/pgsql/app-pass password @v@
    @pkg@ @pkg@/remote/host select localhost
    @pkg@ @pkg@/server-url string https://api.@domain@
    @pkg@ @pkg@/enable-telemetry boolean false
    tzdata tzdata/Areas select Europe
    tzdata tzdata/Zones/Europe select Berlin
    ''')
    return r.choice(["deploy/preseed/%s.preseed" % pkg, "image/preseed.cfg", "debian/%s.preseed" % pkg]), fill(t, **c.d(v=v, pkg=pkg, dbn=pkg.replace("-", "_")))


@ptpl("di_preseed_user", "debian", "os_user_password", "cfg", PW_SH, None)
def _(r, c, v):
    t = dd('''
    ### Localization
    d-i debian-installer/locale string en_US.UTF-8
    d-i keyboard-configuration/xkb-keymap select us

    ### Network
    d-i netcfg/choose_interface select auto
    d-i netcfg/get_hostname string @slug@-kiosk
    d-i netcfg/get_domain string @domain@

    ### Mirror
    d-i mirror/country string manual
    d-i mirror/http/hostname string deb.debian.org
    d-i mirror/http/directory string /debian

    ### Accounts
    d-i passwd/root-login boolean false
    d-i passwd/user-fullname string @prod@ Kiosk
    d-i passwd/username string kiosk
    d-i passwd/user-password password @v@
    d-i user-setup/allow-password-weak boolean false

    ### Partitioning
    d-i partman-auto/method string lvm
    d-i partman-auto/choose_recipe select atomic
    d-i partman/confirm boolean true
    d-i partman/confirm_nooverwrite boolean true

    ### Packages
    tasksel tasksel/first multiselect standard, ssh-server
    d-i pkgsel/include string openssh-server curl @slug@
    d-i grub-installer/bootdev string default
    d-i finish-install/reboot_in_progress note
    ''')
    return r.choice(["image/preseed.cfg", "kiosk/preseed/debian12.cfg"]), fill(t, **c.d(v=v, v2=v))


# ---- snap / flatpak / appimage -------------------------------------------------------------
@ptpl("snapcraft_store_credentials", "snapcraft", "snapcraft_login", "yaml", snap_creds, N("${{ secrets.SNAPCRAFT_STORE_CREDENTIALS }}", ph=PH_KEY))
def _(r, c, v):
    t = dd('''
    name: snap

    on:
      push:
        tags: ["v*"]
      workflow_dispatch:

    jobs:
      build:
        runs-on: ubuntu-22.04
        outputs:
          snap-file: ${{ steps.build.outputs.snap }}
        steps:
          - uses: actions/checkout@v4
          - uses: snapcore/action-build@v1
            id: build
          - uses: actions/upload-artifact@v4
            with:
              name: snap
              path: ${{ steps.build.outputs.snap }}

      publish:
        needs: build
        runs-on: ubuntu-22.04
        steps:
          - uses: actions/download-artifact@v4
            with:
              name: snap
          - uses: snapcore/action-publish@v1
            env:
              SNAPCRAFT_STORE_CREDENTIALS: @v@
            with:
              snap: ${{ needs.build.outputs.snap-file }}
              release: @chan@
    ''')
    return ".github/workflows/snap.yml", fill(t, **c.d(v=v, chan=r.choice(["edge", "candidate", "stable", "beta"])))


@ptpl("snapcraft_login_file", "snapcraft", "snapcraft_login", "txt", snap_creds, None)
def _(r, c, v):
    return r.choice(["snap/.snapcraft/login.txt", "ci/snapcraft-credentials", "snapcraft.login"]), v + "\n"


@ptpl("flatmanager_token", "flat-manager", "flat_manager_token", "sh", flat_token, N("$FLAT_MANAGER_TOKEN", "${REPO_TOKEN}", ph=PH_KEY))
def _(r, c, v):
    appid = "com.%s.%s" % (c.cslug, c.exe)
    t = dd('''
    #!/usr/bin/env bash
    # Build the Flatpak and publish it to our flat-manager instance
    set -euo pipefail
    APP_ID=@appid@
    REPO_URL=https://flatpak.@domain@
    TOKEN="@v@"

    flatpak-builder --force-clean --repo=repo --gpg-sign="@gpg@" build-dir ${APP_ID}.yml
    BUILD_URL=$(flat-manager-client --token "$TOKEN" create "$REPO_URL" stable)
    flat-manager-client --token "$TOKEN" push --commit --publish --wait "$BUILD_URL" repo
    echo "published $APP_ID to $REPO_URL"
    ''')
    return r.choice(["flatpak/publish.sh", "packaging/flatpak/upload.sh"]), fill(t, **c.d(v=v, appid=appid, gpg=sha1hex(r, True)))


@ptpl("appimage_release", "github", "github_pat", "sh", gh_any, N("${GITHUB_TOKEN:?missing}", ph=PH_KEY))
def _(r, c, v):
    t = dd('''
    #!/usr/bin/env bash
    # Builds @exe@-x86_64.AppImage with embedded update information and uploads it
    set -euo pipefail
    VERSION=${VERSION:-@ver@}
    export ARCH=x86_64
    export UPDATE_INFORMATION="gh-releases-zsync|@cslug@|@slug@|latest|@exe@-*x86_64.AppImage.zsync"
    export GITHUB_TOKEN=@v@

    rm -rf AppDir && mkdir -p AppDir/usr/bin
    cp build/@slug@ AppDir/usr/bin/
    cp packaging/@slug@.desktop packaging/@slug@.png AppDir/

    ./linuxdeploy-x86_64.AppImage --appdir AppDir --output appimage
    mv @exe@*-x86_64.AppImage "@exe@-$VERSION-x86_64.AppImage"

    # upload to the GitHub release (uploadtool)
    bash upload.sh "@exe@-$VERSION-x86_64.AppImage" "@exe@-$VERSION-x86_64.AppImage.zsync"
    ''')
    return r.choice(["packaging/appimage/build.sh", "scripts/make-appimage.sh"]), fill(t, **c.d(v=v))


# ---- electron-builder ---------------------------------------------------------------------
@ptpl("electron_builder_env", "electron-builder", "codesign_pfx_password", "env", PW_SH, N("", ph=[""]))
def _(r, c, v):
    var = r.choice(["CSC_KEY_PASSWORD", "WIN_CSC_KEY_PASSWORD"])
    lines = ["# read by electron-builder at build time (local release builds only)",
             "CSC_LINK=%s" % r.choice(["./build/certs/%s.p12" % c.cslug, "~/certs/developer-id.p12", "build/win-cert.pfx"]),
             "%s=@v@" % var,
             "CSC_IDENTITY_AUTO_DISCOVERY=false",
             "APPLE_TEAM_ID=%s" % c.team,
             "USE_HARD_LINKS=false"]
    return r.choice(["electron-builder.env", "app/electron-builder.env"]), fill("\n".join(lines) + "\n", v=v)


@ptpl("electron_builder_yml_token", "github", "github_pat", "yaml", gh_any, N("${env.GH_TOKEN}", ph=PH_KEY))
def _(r, c, v):
    t = dd('''
    appId: com.@cslug@.@exe@
    productName: @prod@
    copyright: Copyright (c) @year@ @company@
    directories:
      output: release/${version}
      buildResources: build
    files:
      - dist/**/*
      - "!**/*.map"
    asar: true
    mac:
      category: public.app-category.productivity
      hardenedRuntime: true
      entitlements: build/entitlements.mac.plist
      target: [dmg, zip]
    win:
      target:
        - target: nsis
          arch: [x64, arm64]
      publisherName: @company@
    nsis:
      oneClick: false
      perMachine: false
      allowToChangeInstallationDirectory: true
    linux:
      target: [AppImage, deb]
      category: Office
    publish:
      provider: github
      owner: @cslug@
      repo: @slug@
      private: true
      token: @v@
      releaseType: draft
    ''')
    return r.choice(["electron-builder.yml", "electron-builder.yaml"]), fill(t, **c.d(v=v))


@ptpl("electron_pkg_cert_password", "electron-builder", "codesign_pfx_password", "json", PW_SH, N("${env.WIN_CSC_KEY_PASSWORD}", ""))
def _(r, c, v):
    d = {
        "name": c.slug, "productName": c.prod, "version": c.ver, "private": True, "main": "dist/main/index.js",
        "author": {"name": c.company, "email": c.email},
        "scripts": {"dev": "electron-vite dev", "build": "electron-vite build", "dist:win": "npm run build && electron-builder --win",
                    "dist:mac": "npm run build && electron-builder --mac"},
        "dependencies": {"electron-updater": "^6.%d.%d" % (r.randint(1, 3), r.randint(0, 9))},
        "devDependencies": {"electron": "^%d.0.0" % r.randint(28, 33), "electron-builder": "^24.13.3", "electron-vite": "^2.3.0"},
        "build": {"appId": "com.%s.%s" % (c.cslug, c.exe.lower()), "directories": {"output": "release"},
                  "win": {"target": ["nsis"], "certificateFile": "build/certs/%s.pfx" % c.cslug, "certificatePassword": "@v@",
                          "signingHashAlgorithms": ["sha256"], "rfc3161TimeStampServer": c.tsa},
                  "nsis": {"oneClick": True, "artifactName": "${productName}-Setup-${version}.${ext}"},
                  "publish": [{"provider": "generic", "url": "https://updates.%s/%s/" % (c.domain, c.slug)}]},
    }
    return "package.json", fill(json.dumps(d, indent=2) + "\n", v=v)


@ptpl("electron_notarize_js", "apple", "apple_app_specific_password", "js", apple_asp, N("@keychain:AC_PASSWORD", "@env:APPLE_APP_SPECIFIC_PASSWORD", ph=PH_PW))
def _(r, c, v):
    t = dd('''
    // afterSign hook for electron-builder
    const { notarize } = require('@electron/notarize');
    const path = require('path');

    exports.default = async function notarizing(context) {
      const { electronPlatformName, appOutDir } = context;
      if (electronPlatformName !== 'darwin' || process.env.SKIP_NOTARIZE) {
        return;
      }
      const appName = context.packager.appInfo.productFilename;
      console.log(`notarizing ${appName}...`);

      await notarize({
        tool: 'notarytool',
        appPath: path.join(appOutDir, `${appName}.app`),
        appleId: '@email@',
        appleIdPassword: '@v@',
        teamId: '@team@',
      });
    };
    ''')
    return r.choice(["build/notarize.js", "scripts/notarize.js", "electron/notarize.cjs"]), fill(t, **c.d(v=v))


@ptpl("electron_workflow_hardcoded", "electron-builder", "codesign_pfx_password", "yaml", PW_SH, N("${{ secrets.WIN_CSC_KEY_PASSWORD }}", "${{ secrets.CSC_KEY_PASSWORD }}"))
def _(r, c, v):
    var = r.choice(["WIN_CSC_KEY_PASSWORD", "CSC_KEY_PASSWORD"])
    t = dd('''
    name: Release

    on:
      push:
        tags: ['v*.*.*']

    jobs:
      release:
        strategy:
          matrix:
            os: [windows-latest, macos-14, ubuntu-22.04]
        runs-on: ${{ matrix.os }}
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-node@v4
            with:
              node-version: 20
              cache: npm
          - run: npm ci
          - name: Build and publish
            run: npx electron-builder --publish always
            env:
              GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}
              WIN_CSC_LINK: ${{ secrets.WIN_CSC_LINK }}
              @var@: "@v@"
              APPLE_ID: @email@
              APPLE_TEAM_ID: @team@
    ''')
    return ".github/workflows/release.yml", fill(t, **c.d(v=v, var=var))


@ptpl("electron_s3_aws_pair", "aws", "aws_secret_access_key", "json", lambda r: aws_pair(r), None)
def _(r, c, v):
    ak, sk = v
    d = {"name": c.slug, "version": c.ver, "private": True,
         "scripts": {"build": "tsc -p . && vite build",
                     "release": "npm run build && AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s electron-builder -mwl --publish always" % (ak, sk),
                     "start": "electron ."},
         "build": {"appId": "io.%s.%s" % (c.cslug, c.exe.lower()), "publish": {"provider": "s3", "bucket": "%s-releases" % c.cslug, "region": r.choice(["us-east-1", "eu-central-1", "eu-west-1"])}}}
    return "package.json", json.dumps(d, indent=2) + "\n"


@ptpl("csc_link_p12_b64", "electron-builder", "pkcs12_base64", "yaml", p12_b64, N("${{ secrets.CSC_LINK }}", ph=["file://build/certs/dev.p12", ""]))
def _(r, c, v):
    t = dd('''
    # Azure Pipelines - mac signing stage
    trigger:
      tags:
        include: ['v*']

    pool:
      vmImage: macOS-14

    variables:
      CSC_LINK: @v@
      CSC_KEY_PASSWORD: $(macCertPassword)

    steps:
      - task: NodeTool@0
        inputs:
          versionSpec: '20.x'
      - script: npm ci
        displayName: install
      - script: npx electron-builder --mac --publish never
        displayName: build + sign
      - task: PublishBuildArtifacts@1
        inputs:
          PathtoPublish: dist
          ArtifactName: mac
    ''')
    return r.choice(["azure-pipelines.yml", "ci/azure-pipelines-mac.yml"]), fill(t, **c.d(v=v))


# ---- Tauri --------------------------------------------------------------------------------
@ptpl("tauri_privkey_workflow", "tauri", "tauri_updater_private_key", "yaml", tauri_priv, N("${{ secrets.TAURI_SIGNING_PRIVATE_KEY }}", ph=PH_KEY))
def _(r, c, v):
    t = dd('''
    name: publish

    on:
      workflow_dispatch:
      push:
        branches: [release]

    jobs:
      publish-tauri:
        permissions:
          contents: write
        strategy:
          fail-fast: false
          matrix:
            include:
              - platform: macos-latest
                args: --target universal-apple-darwin
              - platform: ubuntu-22.04
                args: ''
              - platform: windows-latest
                args: ''
        runs-on: ${{ matrix.platform }}
        steps:
          - uses: actions/checkout@v4
          - uses: dtolnay/rust-toolchain@stable
          - uses: actions/setup-node@v4
            with:
              node-version: lts/*
          - run: npm ci
          - uses: tauri-apps/tauri-action@v0
            env:
              GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
              TAURI_SIGNING_PRIVATE_KEY: @v@
              TAURI_SIGNING_PRIVATE_KEY_PASSWORD: ${{ secrets.TAURI_KEY_PASSWORD }}
            with:
              tagName: app-v__VERSION__
              releaseName: '@prod@ v__VERSION__'
              releaseDraft: true
              args: ${{ matrix.args }}
    ''')
    return ".github/workflows/publish.yml", fill(t, **c.d(v=v))


@ptpl("tauri_key_file", "tauri", "tauri_updater_private_key", "key", tauri_priv, None)
def _(r, c, v):
    return r.choice(["src-tauri/keys/%s.key" % c.slug, ".tauri/%s.key" % c.slug, "keys/updater.key"]), v + "\n"


@ptpl("tauri_key_password", "tauri", "tauri_key_password", "sh", PW_SH, N("${TAURI_KEY_PASSWORD}", "$(security find-generic-password -s tauri-updater -w)"))
def _(r, c, v):
    t = dd('''
    #!/usr/bin/env bash
    # local release build of @prod@ with updater artifacts
    set -euo pipefail
    cd "$(dirname "$0")/.."

    export TAURI_SIGNING_PRIVATE_KEY="$(cat ~/.tauri/@slug@.key)"
    export TAURI_SIGNING_PRIVATE_KEY_PASSWORD="@v@"

    npm run tauri build -- --bundles app,dmg,updater
    ls -l src-tauri/target/release/bundle/macos/
    ''')
    return r.choice(["scripts/build-release.sh", "release-local.sh"]), fill(t, **c.d(v=v))


# ---- Sparkle / Squirrel / signing -----------------------------------------------------------
@ptpl("sparkle_sign_update", "sparkle", "sparkle_ed_private_key", "sh", sparkle_priv, N('$SPARKLE_ED_PRIVATE_KEY', '$(security find-generic-password -a ed25519 -w)', ph=PH_KEY))
def _(r, c, v):
    t = dd('''
    #!/bin/bash
    # Sign the release archive and append an item to the appcast
    set -euo pipefail
    VERSION="$1"
    ARCHIVE="build/@exe@-${VERSION}.zip"
    SPARKLE_BIN="${SPARKLE_BIN:-./Sparkle/bin}"

    ditto -c -k --sequesterRsrc --keepParent "build/@prod@.app" "$ARCHIVE"

    # EdDSA signature for the appcast enclosure
    SIG_ATTRS=$(echo "@v@" | "$SPARKLE_BIN/sign_update" --ed-key-file - "$ARCHIVE")
    echo "enclosure attributes: $SIG_ATTRS"

    "$SPARKLE_BIN/generate_appcast" --download-url-prefix "https://updates.@domain@/mac/" build/
    rsync -av build/appcast.xml "$ARCHIVE" deploy@updates.@domain@:/srv/updates/mac/
    ''')
    return r.choice(["scripts/sparkle-release.sh", "Scripts/publish_update.sh"]), fill(t, **c.d(v=v))


@ptpl("sparkle_fastlane", "sparkle", "sparkle_ed_private_key", "rb", sparkle_priv, N(ph=PH_KEY))
def _(r, c, v):
    t = dd('''
    default_platform(:mac)

    SPARKLE_KEY = "@v@"

    platform :mac do
      desc "Build, notarize and publish a Sparkle update"
      lane :release do |options|
        version = options[:version] || get_version_number(xcodeproj: "@exe@.xcodeproj")
        build_mac_app(scheme: "@exe@", export_method: "developer-id", output_directory: "build")
        notarize(package: "build/@exe@.app", use_notarytool: true)
        zip(path: "build/@exe@.app", output_path: "build/@exe@-#{version}.zip")
        sh("echo '#{SPARKLE_KEY}' | ../Pods/Sparkle/bin/sign_update --ed-key-file - ../build/@exe@-#{version}.zip")
        sh("../Pods/Sparkle/bin/generate_appcast ../build")
      end
    end
    ''')
    return "fastlane/Fastfile", fill(t, **c.d(v=v))


@ptpl("squirrel_releasify", "squirrel", "codesign_pfx_password", "ps1", PW_SH, N("$env:SIGN_PASS", "$env:PFX_PASSWORD"))
def _(r, c, v):
    t = dd('''
    param([string]$Version = "@ver@")
    $ErrorActionPreference = "Stop"
    $root = Split-Path -Parent $PSScriptRoot
    $nuspec = Join-Path $root "squirrel\\@exe@.nuspec"
    $squirrel = Join-Path $root "packages\\squirrel.windows.2.0.1\\tools\\Squirrel.exe"

    msbuild "$root\\@exe@.sln" /p:Configuration=Release /m
    nuget pack $nuspec -Version $Version -BasePath "$root\\@exe@\\bin\\Release" -OutputDirectory "$root\\out"

    $signParams = "/a /f `"$root\\certs\\@cslug@.pfx`" /p @v@ /fd sha256 /tr @tsa@ /td sha256"
    & $squirrel --releasify "$root\\out\\@exe@.$Version.nupkg" --releaseDir "$root\\Releases" `
        --signWithParams=$signParams --setupIcon "$root\\@exe@\\app.ico" --no-msi | Write-Output
    Write-Host "Releases in $root\\Releases"
    ''')
    return r.choice(["build/releasify.ps1", "scripts/Release.ps1"]), fill(t, **c.d(v=v))


@ptpl("osslsigncode_sign", "osslsigncode", "codesign_pfx_password", "sh", PW_SH, N("$CODESIGN_PASS", "${PFX_PASSWORD}"))
def _(r, c, v):
    t = dd('''
    #!/usr/bin/env bash
    # Authenticode-sign Windows binaries from Linux CI
    set -euo pipefail
    CERT=certs/@cslug@-codesign.p12
    for exe in dist/*.exe; do
      osslsigncode sign \\
        -pkcs12 "$CERT" \\
        -pass "@v@" \\
        -n "@prod@" \\
        -i "https://@domain@" \\
        -h sha256 \\
        -ts @tsa@ \\
        -in "$exe" -out "${exe%.exe}-signed.exe"
      mv "${exe%.exe}-signed.exe" "$exe"
      osslsigncode verify -in "$exe" | grep -q "Signature verification: ok"
    done
    ''')
    return r.choice(["scripts/sign-windows.sh", "ci/authenticode.sh", "packaging/win/sign.sh"]), fill(t, **c.d(v=v))


@ptpl("codesign_keychain_import", "apple", "p12_import_password", "sh", PW_SH, N("$MACOS_CERTIFICATE_PWD", "${P12_PASSWORD}"))
def _(r, c, v):
    t = dd('''
    #!/bin/bash
    # Import the Developer ID certificate into a temporary keychain (CI mac runners)
    set -euo pipefail
    KEYCHAIN=build.keychain
    KEYCHAIN_PW=$(uuidgen)

    echo "$MACOS_CERTIFICATE" | base64 --decode > certificate.p12
    security create-keychain -p "$KEYCHAIN_PW" "$KEYCHAIN"
    security default-keychain -s "$KEYCHAIN"
    security unlock-keychain -p "$KEYCHAIN_PW" "$KEYCHAIN"
    security import certificate.p12 -k "$KEYCHAIN" -P "@v@" -T /usr/bin/codesign
    security set-key-partition-list -S apple-tool:,apple:,codesign: -s -k "$KEYCHAIN_PW" "$KEYCHAIN"
    rm -f certificate.p12

    /usr/bin/codesign --force --options runtime --timestamp \\
      --sign "Developer ID Application: @company@ (@team@)" \\
      --entitlements build/entitlements.plist "dist/@prod@.app"
    ''')
    return r.choice(["scripts/ci-codesign.sh", ".github/scripts/import-cert.sh"]), fill(t, **c.d(v=v))


@ptpl("notarytool_submit", "apple", "apple_app_specific_password", "sh", apple_asp, N("$APPLE_APP_SPECIFIC_PASSWORD", "@keychain:AC_PASSWORD", ph=PH_PW))
def _(r, c, v):
    alt = r.random() < 0.3
    cmd = ('xcrun altool --notarize-app --primary-bundle-id "com.%s.%s" -u "@email@" -p "@v@" --file "$DMG"' % (c.cslug, c.exe.lower())
           if alt else 'xcrun notarytool submit "$DMG" --apple-id "@email@" --team-id @team@ --password "@v@" --wait')
    t = dd('''
    #!/bin/bash
    set -euo pipefail
    APP="build/Release/@prod@.app"
    DMG="build/@exe@-@ver@.dmg"

    codesign --deep --force --options runtime --timestamp --sign "Developer ID Application: @company@ (@team@)" "$APP"
    hdiutil create -volname "@prod@" -srcfolder "$APP" -ov -format UDZO "$DMG"
    codesign --sign "Developer ID Application: @company@ (@team@)" --timestamp "$DMG"

    @cmd@
    xcrun stapler staple "$DMG"
    spctl -a -t open --context context:primary-signature -v "$DMG"
    ''')
    return r.choice(["scripts/notarize.sh", "Scripts/make_dmg.sh", "tools/release-mac.sh"]), fill(fill(t, cmd=cmd), **c.d(v=v))


# ---- cargo / pyinstaller / pypi / npm / gitlab ---------------------------------------------
@ptpl("cargo_publish_token", "crates.io", "crates_io_token", "yaml", cio_tok, N("${{ secrets.CARGO_REGISTRY_TOKEN }}", ph=PH_KEY))
def _(r, c, v):
    t = dd('''
    # cargo-dist generates release.yml; this job publishes the crate afterwards
    name: publish-crate

    on:
      release:
        types: [published]

    jobs:
      crates-io:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: dtolnay/rust-toolchain@stable
          - uses: Swatinem/rust-cache@v2
          - run: cargo publish --locked -p @crate@
            env:
              CARGO_REGISTRY_TOKEN: @v@
    ''')
    return ".github/workflows/publish-crate.yml", fill(t, **c.d(v=v, crate=c.slug))


@ptpl("cargo_credentials_toml", "crates.io", "crates_io_token", "toml", cio_tok, None)
def _(r, c, v):
    t = dd('''
    [registry]
    token = "@v@"

    [registries.@cslug@]
    credential-provider = ["cargo:token-from-stdout", "op", "read", "op://ci/@cslug@-registry/token"]
    ''')
    return r.choice(["ci/cargo/credentials.toml", ".cargo/credentials.toml"]), fill(t, **c.d(v=v))


@ptpl("pyinstaller_spec_cipher", "pyinstaller", "pyinstaller_cipher_key", "spec", pyi_key, None)
def _(r, c, v):
    t = dd('''
    # -*- mode: python ; coding: utf-8 -*-
    # PyInstaller 5.x spec for @prod@ (bytecode encryption needs tinyaes)
    import sys
    from PyInstaller.utils.hooks import collect_data_files

    block_cipher = pyi_crypto.PyiBlockCipher(key='@v@')

    a = Analysis(
        ['src/@mod@/__main__.py'],
        pathex=['src'],
        binaries=[],
        datas=collect_data_files('@mod@') + [('assets', 'assets')],
        hiddenimports=['keyring.backends.Windows'],
        hookspath=[],
        runtime_hooks=[],
        excludes=['tkinter'],
        win_no_prefer_redirects=False,
        win_private_assemblies=False,
        cipher=block_cipher,
        noarchive=False,
    )
    pyz = PYZ(a.pure, a.zipped_data, cipher=block_cipher)
    exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name='@exe@', debug=False,
              strip=False, upx=True, console=False, icon='assets/icon.ico',
              version='version_info.txt')
    coll = COLLECT(exe, a.binaries, a.zipfiles, a.datas, strip=False, upx=True, name='@exe@')
    ''')
    return r.choice(["%s.spec" % c.exe, "packaging/%s.spec" % c.slug]), fill(t, **c.d(v=v, mod=c.slug.replace("-", "_")))


AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="


@ptpl("pyinstaller_bundled_azure", "azure", "azure_storage_key", "py", azure_key, N(AZURITE_KEY, ph=[""]))
def _(r, c, v):
    acct = c.cslug + r.choice(["updates", "dist", "releases"])
    t = dd('''
    """Update channel settings - this module is frozen into the exe by PyInstaller."""
    import os

    APP_NAME = "@prod@"
    APP_VERSION = "@ver@"
    CHANNEL = os.environ.get("@ENVP@_CHANNEL", "stable")

    # blob container that holds the installers and the release manifest
    STORAGE_ACCOUNT = "@acct@"
    STORAGE_CONTAINER = "installers"
    STORAGE_CONN = (
        "DefaultEndpointsProtocol=https;"
        "AccountName=@acct@;"
        "AccountKey=@v@;"
        "EndpointSuffix=core.windows.net"
    )
    MANIFEST_BLOB = f"{CHANNEL}/latest.json"
    CHECK_INTERVAL_HOURS = 6
    ''')
    return r.choice(["src/%s/_update_config.py" % c.slug.replace("-", "_"), "app/updater/settings.py"]), \
        fill(t, **c.d(v=v, acct=acct, ENVP=c.slug.replace("-", "_").upper()))


@ptpl("pypi_twine_release", "pypi", "pypi_token", "sh", pypi_tok, N("$PYPI_API_TOKEN", "${TWINE_PASSWORD}", ph=PH_KEY))
def _(r, c, v):
    t = dd('''
    #!/usr/bin/env bash
    # build sdist + wheels and upload the desktop launcher package
    set -euo pipefail
    rm -rf dist build
    python -m build
    python -m twine check dist/*
    python -m twine upload --non-interactive -u __token__ -p "@v@" dist/*
    git tag "v$(python -c 'import tomllib;print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')"
    ''')
    return r.choice(["scripts/publish.sh", "release.sh", "tools/upload_pypi.sh"]), fill(t, **c.d(v=v))


@ptpl("pypirc", "pypi", "pypi_token", "ini", pypi_tok, N(ph=[""]))
def _(r, c, v):
    t = dd('''
    [distutils]
    index-servers =
        pypi
        internal

    [pypi]
    username = __token__
    password = @v@

    [internal]
    repository = https://nexus.@domain@/repository/pypi-internal/
    username = @user@
    ''')
    return r.choice(["ci/pypirc", "deploy/.pypirc", ".pypirc"]), fill(t, **c.d(v=v))


@ptpl("npmrc_token", "npm", "npm_token", "ini", npm_tok, N("${NPM_TOKEN}", ph=PH_KEY))
def _(r, c, v):
    t = dd('''
    registry=https://registry.npmjs.org/
    //registry.npmjs.org/:_authToken=@v@
    @@cslug@:registry=https://npm.pkg.github.com
    save-exact=true
    engine-strict=true
    electron_mirror=https://npmmirror.com/mirrors/electron/
    ''')
    return r.choice([".npmrc", "app/.npmrc"]), fill(t, **c.d(v=v))


@ptpl("gitlab_generic_upload", "gitlab", "gitlab_pat", "yaml", glpat, N("${CI_JOB_TOKEN}", ph=PH_KEY))
def _(r, c, v):
    hdr = r.choice(['PRIVATE-TOKEN: @v@', 'JOB-TOKEN: @v@'])
    t = dd('''
    variables:
      PACKAGE_VERSION: "@ver@"
      PACKAGE_REGISTRY_URL: "${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/generic/@slug@/${PACKAGE_VERSION}"

    stages: [build, upload, release]

    build-msi:
      stage: build
      tags: [windows]
      script:
        - dotnet build installer/@exe@.Installer.wixproj -c Release
      artifacts:
        paths: [installer/bin/Release/]

    upload:
      stage: upload
      image: curlimages/curl:latest
      rules:
        - if: $CI_COMMIT_TAG
      script:
        - 'curl --fail --header "@hdr@" --upload-file installer/bin/Release/@exe@.msi "${PACKAGE_REGISTRY_URL}/@exe@-${PACKAGE_VERSION}.msi"'

    release:
      stage: release
      image: registry.gitlab.com/gitlab-org/release-cli:latest
      rules:
        - if: $CI_COMMIT_TAG
      script:
        - echo "release $CI_COMMIT_TAG"
      release:
        tag_name: $CI_COMMIT_TAG
        description: "@prod@ $CI_COMMIT_TAG"
    ''')
    hdr = 'PRIVATE-TOKEN: @v@'
    return ".gitlab-ci.yml", fill(fill(t, hdr=hdr), **c.d(v=v))


@ptpl("slack_release_webhook", "slack", "slack_webhook", "sh", slack_hook, N("${SLACK_WEBHOOK_URL}", ph=[""]))
def _(r, c, v):
    t = dd('''
    #!/bin/sh
    # post a message when installers are published
    VERSION="$1"
    WEBHOOK="@v@"
    TEXT="@prod@ ${VERSION} installers are live: https://downloads.@domain@/${VERSION}/ (msi, dmg, AppImage, deb)"
    curl -s -X POST -H 'Content-type: application/json' --data "{\\"text\\": \\"${TEXT}\\"}" "$WEBHOOK"
    ''')
    return r.choice(["scripts/notify-release.sh", "ci/slack-notify.sh"]), fill(t, **c.d(v=v))


@ptpl("ec_update_signing_pem", "generic", "ec_private_key", "pem", ec_pem, None)
def _(r, c, v):
    pre = r.choice(["", "# update manifest signing key (P-256) - used by tools/sign_manifest.py\n"])
    return r.choice(["keys/update-signing.pem", "build/signing/manifest_key.pem", "tools/keys/release.pem"]), pre + v + "\n"


@ptpl("ec_pem_in_js", "generic", "ec_private_key", "js", ec_pem, None)
def _(r, c, v):
    t = dd('''
    // Signs latest.json so that the in-app updater can verify the manifest.
    const crypto = require('crypto');
    const fs = require('fs');

    const SIGNING_KEY = `@v@`;

    function signManifest(file) {
      const body = fs.readFileSync(file);
      const sig = crypto.sign('sha256', body, { key: SIGNING_KEY, dsaEncoding: 'ieee-p1363' });
      fs.writeFileSync(file + '.sig', sig.toString('base64'));
      console.log(`signed ${file}`);
    }

    signManifest(process.argv[2] || 'dist/latest.json');
    ''')
    return r.choice(["scripts/sign-manifest.js", "build/sign-latest.js"]), fill(t, **c.d(v=v))


# ---------------------------------------------------------------- look-alike negatives
LOOK = []


def look(name, provider, kind, ftype):
    def deco(fn):
        LOOK.append(dict(name=name, provider=provider, kind=kind, ftype=ftype, render=fn))
        return fn
    return deco


@look("wix_guids", "wix", "product_upgrade_codes", "wxs")
def _(r, c):
    comps = []
    for n in range(r.randint(3, 7)):
        fname = r.choice(["%s.dll" % c.exe, "Newtonsoft.Json.dll", "%s.Core.dll" % c.exe, "appsettings.json", "%s.exe.config" % c.exe,
                          "libsodium.dll", "README.txt", "LICENSE.rtf", "Serilog.dll", "WebView2Loader.dll"])
        comps.append('        <Component Id="cmp%d" Guid="{%s}"><File Id="fil%s" Source="$(var.PublishDir)\\%s" KeyPath="yes" /></Component>'
                     % (n, guid(r, True), rs(r, HEX.upper(), 32), fname))
    t = dd('''
    <?xml version="1.0" encoding="UTF-8"?>
    <Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">
      <Product Id="{@pc@}" Name="@prod@" Language="1033" Version="@ver@"
               Manufacturer="@company@" UpgradeCode="{@uc@}">
        <Package InstallerVersion="500" Compressed="yes" InstallScope="perMachine" Platform="x64" />
        <MajorUpgrade DowngradeErrorMessage="A newer version of [ProductName] is already installed." />
        <MediaTemplate EmbedCab="yes" />
        <Property Id="ARPHELPLINK" Value="https://support.@domain@" />
        <Property Id="ARPNOMODIFY" Value="1" />
        <Directory Id="TARGETDIR" Name="SourceDir">
          <Directory Id="ProgramFiles64Folder">
            <Directory Id="INSTALLFOLDER" Name="@exe@" />
          </Directory>
        </Directory>
        <DirectoryRef Id="INSTALLFOLDER">
    @comps@
        </DirectoryRef>
        <Feature Id="ProductFeature" Title="@prod@" Level="1">
          <ComponentGroupRef Id="ProductComponents" />
        </Feature>
      </Product>
    </Wix>
    ''')
    return r.choice(["installer/Product.wxs", "wix/Main.wxs"]), fill(t, **c.d(pc=guid(r, True), uc=guid(r, True), comps="\n".join(comps)))


@look("choco_checksum", "chocolatey", "checksum64", "ps1")
def _(r, c):
    t = dd('''
    $ErrorActionPreference = 'Stop'
    $toolsDir = "$(Split-Path -parent $MyInvocation.MyCommand.Definition)"

    $packageArgs = @{
      packageName    = $env:ChocolateyPackageName
      unzipLocation  = $toolsDir
      fileType       = 'exe'
      url            = 'https://github.com/@cslug@/@slug@/releases/download/v@ver@/@exe@-Setup-@ver@-ia32.exe'
      url64bit       = 'https://github.com/@cslug@/@slug@/releases/download/v@ver@/@exe@-Setup-@ver@.exe'
      softwareName   = '@prod@*'
      checksum       = '@s1@'
      checksumType   = 'sha256'
      checksum64     = '@s2@'
      checksumType64 = 'sha256'
      silentArgs     = '/S'
      validExitCodes = @(0)
    }

    Install-ChocolateyPackage @packageArgs
    ''')
    up = r.random() < 0.5
    return r.choice(["tools/chocolateyinstall.ps1", "chocolatey/%s/tools/chocolateyInstall.ps1" % c.slug]), fill(t, **c.d(s1=sha256hex(r, up), s2=sha256hex(r, up)))


@look("nuspec", "chocolatey", "package_metadata", "nuspec")
def _(r, c):
    t = dd('''
    <?xml version="1.0" encoding="utf-8"?>
    <package xmlns="http://schemas.microsoft.com/packaging/2015/06/nuspec.xsd">
      <metadata>
        <id>@slug@</id>
        <version>@ver@</version>
        <packageSourceUrl>https://github.com/@cslug@/chocolatey-packages/tree/master/@slug@</packageSourceUrl>
        <owners>@user@</owners>
        <title>@prod@</title>
        <authors>@company@</authors>
        <projectUrl>https://@domain@</projectUrl>
        <iconUrl>https://cdn.jsdelivr.net/gh/@cslug@/chocolatey-packages@@commit@/icons/@slug@.png</iconUrl>
        <licenseUrl>https://@domain@/license</licenseUrl>
        <requireLicenseAcceptance>false</requireLicenseAcceptance>
        <tags>@slug@ productivity admin</tags>
        <summary>@prod@ desktop client</summary>
        <description>@prod@ keeps your team in sync.</description>
        <dependencies>
          <dependency id="vcredist140" version="14.38.33135" />
        </dependencies>
      </metadata>
      <files>
        <file src="tools\\**" target="tools" />
      </files>
    </package>
    ''')
    return "chocolatey/%s.nuspec" % c.slug, fill(t, **c.d(commit=sha1hex(r)))


@look("choco_config_encrypted", "chocolatey", "dpapi_encrypted_apikey", "xml")
def _(r, c):
    keys = "\n".join('    <apiKeys source="%s" key="%s" />' % (src, b64(rbytes(r, r.choice([230, 246, 262]))))
                     for src in ["https://push.chocolatey.org/", "https://nexus.%s/repository/choco-hosted/" % c.domain][:r.randint(1, 2)])
    t = dd('''
    <?xml version="1.0" encoding="utf-8"?>
    <chocolatey xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
      <cacheLocation />
      <containsLegacyPackageInstalls>true</containsLegacyPackageInstalls>
      <commandExecutionTimeoutSeconds>2700</commandExecutionTimeoutSeconds>
      <sources>
        <source id="chocolatey" value="https://community.chocolatey.org/api/v2/" disabled="true" bypassProxy="false" selfService="false" adminOnly="false" priority="0" />
        <source id="internal" value="https://nexus.@domain@/repository/choco-group/" disabled="false" bypassProxy="false" selfService="false" adminOnly="false" priority="1" />
      </sources>
      <features>
        <feature name="checksumFiles" enabled="true" setExplicitly="false" description="Checksum files when pulled in from internet (based on package)." />
        <feature name="allowGlobalConfirmation" enabled="true" setExplicitly="true" />
      </features>
      <apiKeys>
    @keys@
      </apiKeys>
    </chocolatey>
    ''')
    return r.choice(["infra/chocolatey/chocolatey.config", "ansible/files/chocolatey.config"]), fill(t, **c.d(keys=keys))


@look("scoop_hash", "scoop", "sha256", "json")
def _(r, c):
    d = {"version": c.ver, "description": c.prod + " desktop", "homepage": "https://" + c.domain, "license": "MIT",
         "architecture": {"64bit": {"url": "https://github.com/%s/%s/releases/download/v%s/%s-%s-win-x64.zip" % (c.cslug, c.slug, c.ver, c.slug, c.ver),
                                    "hash": sha256hex(r)},
                          "arm64": {"url": "https://github.com/%s/%s/releases/download/v%s/%s-%s-win-arm64.zip" % (c.cslug, c.slug, c.ver, c.slug, c.ver),
                                    "hash": "sha512:" + rs(r, HEX, 128) if r.random() < 0.3 else sha256hex(r)}},
         "bin": c.slug + ".exe", "shortcuts": [[c.slug + ".exe", c.prod]],
         "checkver": "github", "autoupdate": {"architecture": {"64bit": {"url": "https://github.com/%s/%s/releases/download/v$version/%s-$version-win-x64.zip" % (c.cslug, c.slug, c.slug)}}}}
    return "bucket/%s.json" % c.slug, json.dumps(d, indent=r.choice([2, 4])) + "\n"


@look("homebrew_cask", "homebrew", "sha256", "rb")
def _(r, c):
    t = dd('''
    cask "@slug@" do
      arch arm: "arm64", intel: "x64"

      version "@ver@"
      sha256 arm:   "@s1@",
             intel: "@s2@"

      url "https://github.com/@cslug@/@slug@/releases/download/v#{version}/@exe@-#{version}-#{arch}.dmg",
          verified: "github.com/@cslug@/@slug@/"
      name "@prod@"
      desc "Desktop client for @prod@"
      homepage "https://@domain@/"

      livecheck do
        url :url
        strategy :github_latest
      end

      auto_updates true
      depends_on macos: ">= :big_sur"

      app "@prod@.app"

      zap trash: [
        "~/Library/Application Support/@prod@",
        "~/Library/Preferences/com.@cslug@.@exe@.plist",
      ]
    end
    ''')
    return "Casks/%s.rb" % c.slug, fill(t, **c.d(s1=sha256hex(r), s2=sha256hex(r)))


@look("homebrew_formula_bottle", "homebrew", "sha256", "rb")
def _(r, c):
    bl = "\n".join('    sha256 cellar: :any_skip_relocation, %s: "%s"' % (k, sha256hex(r))
                   for k in ["arm64_sonoma", "arm64_ventura", "sonoma", "ventura", "x86_64_linux"])
    t = dd('''
    class @cls@ < Formula
      desc "@prod@ command-line interface"
      homepage "https://github.com/@cslug@/@slug@"
      url "https://github.com/@cslug@/@slug@/archive/refs/tags/v@ver@.tar.gz"
      sha256 "@s@"
      license "Apache-2.0"

      bottle do
        root_url "https://ghcr.io/v2/@cslug@/tap"
    @bl@
      end

      depends_on "go" => :build

      def install
        system "go", "build", *std_go_args(ldflags: "-s -w -X main.version=#{version}"), "./cmd/@slug@"
      end

      test do
        assert_match version.to_s, shell_output("#{bin}/@slug@ --version")
      end
    end
    ''')
    cls = "".join(p.capitalize() for p in re.split(r"[-_]", c.slug))
    return "Formula/%s.rb" % c.slug, fill(t, **c.d(s=sha256hex(r), bl=bl, cls=cls))


@look("electron_latest_yml", "electron-builder", "sha512_base64", "yaml")
def _(r, c):
    sha = b64(rbytes(r, 64))
    t = dd('''
    version: @ver@
    files:
      - url: @exe@-Setup-@ver@.exe
        sha512: @sha@
        size: @size@
    path: @exe@-Setup-@ver@.exe
    sha512: @sha@
    releaseDate: '@year@-0@m@-1@d@T1@h@:2@mi@:0@s@.@ms@Z'
    ''')
    if r.random() < 0.4:
        t = t.replace("    size: @size@\n", "    size: @size@\n    blockMapSize: @bms@\n")
    return r.choice(["release/latest.yml", "dist/latest.yml", "updates/stable/latest.yml"]), \
        fill(t, **c.d(sha=sha, size=r.randint(60000000, 190000000), bms=r.randint(50000, 200000), m=r.randint(1, 9), d=r.randint(0, 9),
                      h=r.randint(0, 9), mi=r.randint(0, 9), s=r.randint(0, 9), ms=r.randint(100, 999)))


@look("npm_lock_integrity", "npm", "integrity_sha512", "json")
def _(r, c):
    pk = {"": {"name": c.slug, "version": c.ver, "license": "UNLICENSED",
               "devDependencies": {"electron": "^31.2.0", "electron-builder": "^24.13.3"}}}
    for name, ver in [("electron", "31.2.1"), ("electron-builder", "24.13.3"), ("app-builder-lib", "24.13.3"), ("builder-util", "24.13.1"),
                      ("7zip-bin", "5.2.0"), ("app-builder-bin", "4.0.0"), ("dmg-builder", "24.13.3")][:r.randint(4, 7)]:
        pk["node_modules/" + name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], ver),
                                      "integrity": "sha512-" + b64(rbytes(r, 64)), "dev": True}
    d = {"name": c.slug, "version": c.ver, "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", json.dumps(d, indent=2) + "\n"


@look("nuget_lock_contenthash", "nuget", "content_hash", "json")
def _(r, c):
    deps = {}
    for name, ver in [("Microsoft.Extensions.Hosting", "8.0.0"), ("Serilog", "3.1.1"), ("WixToolset.Dtf.WindowsInstaller", "4.0.5"),
                      ("Newtonsoft.Json", "13.0.3"), ("Squirrel.Windows", "2.0.1")][:r.randint(3, 5)]:
        deps[name] = {"type": "Direct", "requested": "[%s, )" % ver, "resolved": ver, "contentHash": b64(rbytes(r, 64))}
    d = {"version": 1, "dependencies": {"net8.0-windows7.0": deps}}
    return "src/%s/packages.lock.json" % c.exe, json.dumps(d, indent=2) + "\n"


@look("sparkle_appcast", "sparkle", "ed_signature_public", "xml")
def _(r, c):
    items = []
    v = c.ver
    for i in range(r.randint(1, 3)):
        items.append(dd('''
            <item>
              <title>Version @v@</title>
              <sparkle:version>@b@</sparkle:version>
              <sparkle:shortVersionString>@v@</sparkle:shortVersionString>
              <sparkle:minimumSystemVersion>11.0</sparkle:minimumSystemVersion>
              <pubDate>Tue, 1@d@ Jun @year@ 10:2@m@:00 +0000</pubDate>
              <enclosure url="https://updates.@domain@/mac/@exe@-@v@.zip" length="@len@" type="application/octet-stream"
                         sparkle:edSignature="@sig@"/>
            </item>''').replace("\n", "\n    "))
        items[-1] = fill(items[-1], v="%s.%d" % (v.rsplit(".", 1)[0], i), b=r.randint(100, 900), d=r.randint(0, 9), m=r.randint(0, 9),
                         len=r.randint(20000000, 90000000), sig=b64(rbytes(r, 64)), year=c.year, domain=c.domain, exe=c.exe)
    t = ('<?xml version="1.0" standalone="yes"?>\n<rss xmlns:sparkle="http://www.andymatuschak.org/xml-namespaces/sparkle" version="2.0">\n'
         '  <channel>\n    <title>%s</title>\n    ' % c.prod + "\n    ".join(items) + "\n  </channel>\n</rss>\n")
    return r.choice(["appcast.xml", "docs/appcast.xml", "site/updates/appcast.xml"]), t


@look("sparkle_info_plist", "sparkle", "su_public_ed_key", "plist")
def _(r, c):
    t = dd('''
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
    <plist version="1.0">
    <dict>
    	<key>CFBundleDevelopmentRegion</key>
    	<string>en</string>
    	<key>CFBundleExecutable</key>
    	<string>$(EXECUTABLE_NAME)</string>
    	<key>CFBundleIdentifier</key>
    	<string>com.@cslug@.@exe@</string>
    	<key>CFBundleShortVersionString</key>
    	<string>@ver@</string>
    	<key>CFBundleVersion</key>
    	<string>@b@</string>
    	<key>LSMinimumSystemVersion</key>
    	<string>$(MACOSX_DEPLOYMENT_TARGET)</string>
    	<key>SUFeedURL</key>
    	<string>https://updates.@domain@/mac/appcast.xml</string>
    	<key>SUPublicEDKey</key>
    	<string>@pk@</string>
    	<key>SUEnableAutomaticChecks</key>
    	<true/>
    	<key>SUScheduledCheckInterval</key>
    	<integer>86400</integer>
    </dict>
    </plist>
    ''')
    return r.choice(["%s/Info.plist" % c.exe, "App/Resources/Info.plist"]), fill(t, **c.d(pk=b64(rbytes(r, 32)), b=r.randint(100, 5000)))


@look("tauri_conf_pubkey", "tauri", "tauri_updater_pubkey", "json")
def _(r, c):
    d = {"$schema": "https://schema.tauri.app/config/2", "productName": c.prod, "version": c.ver,
         "identifier": "com.%s.%s" % (c.cslug, c.exe.lower()),
         "build": {"frontendDist": "../dist", "devUrl": "http://localhost:1420", "beforeDevCommand": "npm run dev", "beforeBuildCommand": "npm run build"},
         "bundle": {"active": True, "targets": "all", "createUpdaterArtifacts": True, "icon": ["icons/32x32.png", "icons/128x128.png", "icons/icon.icns", "icons/icon.ico"]},
         "plugins": {"updater": {"pubkey": minisign_public_b64(r), "endpoints": ["https://releases.%s/%s/{{target}}/{{arch}}/{{current_version}}" % (c.domain, c.slug)],
                                 "windows": {"installMode": "passive"}}}}
    return "src-tauri/tauri.conf.json", json.dumps(d, indent=2) + "\n"


@look("tauri_latest_json", "tauri", "update_signature", "json")
def _(r, c):
    ts = r.randint(1700000000, 1760000000)
    plats = {}
    for p, f in [("darwin-aarch64", "%s.app.tar.gz" % c.exe), ("darwin-x86_64", "%s.app.tar.gz" % c.exe),
                 ("linux-x86_64", "%s_%s_amd64.AppImage" % (c.slug, c.ver)), ("windows-x86_64", "%s_%s_x64-setup.exe" % (c.exe, c.ver))]:
        plats[p] = {"signature": minisign_sig_b64(r, f, ts), "url": "https://github.com/%s/%s/releases/download/v%s/%s" % (c.cslug, c.slug, c.ver, f)}
    d = {"version": c.ver, "notes": "Bug fixes and performance improvements", "pub_date": "%d-0%d-1%dT12:00:00Z" % (c.year, r.randint(1, 9), r.randint(0, 9)), "platforms": plats}
    return r.choice(["latest.json", "updater/latest.json"]), json.dumps(d, indent=2) + "\n"


@look("tauri_pubkey_file", "tauri", "minisign_public_key", "pub")
def _(r, c):
    return r.choice(["src-tauri/keys/%s.key.pub" % c.slug, "keys/updater.key.pub"]), minisign_public_b64(r) + "\n"


@look("signtool_thumbprint", "signtool", "cert_thumbprint", "bat")
def _(r, c):
    t = dd('''
    @echo off
    rem Sign with the EV certificate on the hardware token (selected by SHA-1 thumbprint)
    set THUMBPRINT=@tp@
    set TSA=@tsa@

    for %%F in (dist\\*.exe dist\\*.msi dist\\*.dll) do (
      signtool sign /sha1 %THUMBPRINT% /fd sha256 /tr %TSA% /td sha256 /d "@prod@" /du https://@domain@ "%%F" || exit /b 1
    )
    signtool verify /pa /v dist\\@exe@-setup.exe
    ''')
    return r.choice(["sign.cmd", "build/sign-all.bat"]), fill(t, **c.d(tp=sha1hex(r, True))).replace("\n", "\r\n")


@look("signtool_verify_output", "signtool", "cert_serial", "txt")
def _(r, c):
    def nm(cn):
        return "        Issued to: %s\n" % cn
    t = dd('''
    Verifying: dist\\@exe@-@ver@-setup.exe

    Signature Index: 0 (Primary Signature)
    Hash of file (sha256): @h@

    Signing Certificate Chain:
        Issued to: DigiCert Trusted Root G4
        Issued by: DigiCert Trusted Root G4
        Expires:   Sat Jan 15 05:59:59 2038
        SHA1 hash: @t1@

            Issued to: DigiCert Trusted G4 Code Signing RSA4096 SHA384 2021 CA1
            Issued by: DigiCert Trusted Root G4
            Expires:   Sun Apr 28 18:59:59 2036
            SHA1 hash: @t2@

                Issued to: @company@
                Issued by: DigiCert Trusted G4 Code Signing RSA4096 SHA384 2021 CA1
                Expires:   Wed Mar 1@d@ 18:59:59 @y2@
                SHA1 hash: @t3@
                Serial:    @serial@

    The signature is timestamped: Mon Feb 1@d@ 10:14:3@s@ @year@
    Timestamp Verified by:
        Issued to: DigiCert Timestamp 2023
        SHA1 hash: @t4@

    Successfully verified: dist\\@exe@-@ver@-setup.exe

    Number of files successfully Verified: 1
    Number of warnings: 0
    Number of errors: 0
    ''')
    return r.choice(["docs/signing/verify-output.txt", "release/notes/signtool-verify.log"]), \
        fill(t, **c.d(h=sha256hex(r, True), t1=sha1hex(r, True), t2=sha1hex(r, True), t3=sha1hex(r, True), t4=sha1hex(r, True),
                      serial=rs(r, HEX, 32), d=r.randint(0, 9), s=r.randint(0, 9), y2=c.year + r.randint(1, 3)))


@look("pgp_public_key_block", "debian", "pgp_public_key", "asc")
def _(r, c):
    raw = b"\x99\x01\x8d\x04" + rbytes(r, 4) + b"\x01\x0c\x00" + rbytes(r, r.randint(900, 1300))
    body = b64(raw)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    crc = b64(rbytes(r, 3))
    t = "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + "\n".join(lines) + "\n=" + crc + "\n-----END PGP PUBLIC KEY BLOCK-----\n"
    return r.choice(["packaging/apt/%s-archive-keyring.asc" % c.cslug, "keys/RPM-GPG-KEY-%s" % c.cslug, "docs/signing-key.asc"]), t


@look("apt_sources_fingerprint", "debian", "gpg_fingerprint", "md")
def _(r, c):
    fp = rs(r, HEX.upper(), 40)
    t = dd('''
    ## Installing from the APT repository

    ```sh
    sudo install -d -m 0755 /etc/apt/keyrings
    curl -fsSL https://packages.@domain@/gpg.key | sudo gpg --dearmor -o /etc/apt/keyrings/@cslug@.gpg
    gpg --show-keys /etc/apt/keyrings/@cslug@.gpg
    # pub   rsa4096 @year@-01-1@d@ [SC]
    #       @fpsp@
    # uid   @company@ Release Signing <release@@domain@>
    echo "deb [arch=amd64,arm64 signed-by=/etc/apt/keyrings/@cslug@.gpg] https://packages.@domain@/apt stable main" \\
      | sudo tee /etc/apt/sources.list.d/@cslug@.list
    sudo apt update && sudo apt install @slug@
    ```

    Verify the fingerprint is `@fp@` before trusting the key.
    RPM users: `rpm --import https://packages.@domain@/gpg.key` (key id `@kid@`).
    ''')
    fpsp = " ".join(fp[i:i + 4] for i in range(0, 40, 4))
    return r.choice(["docs/install-linux.md", "INSTALL.md"]), fill(t, **c.d(fp=fp, fpsp=fpsp, kid=fp[-16:], d=r.randint(0, 9)))


@look("preseed_crypted", "debian", "crypt_sha512_hash", "cfg")
def _(r, c):
    salt = rs(r, B62 + "./", 16)
    hsh = rs(r, B62 + "./", 86)
    t = dd('''
    ### Account setup (hash generated with: mkpasswd -m sha-512)
    d-i passwd/root-login boolean false
    d-i passwd/user-fullname string @prod@ Operator
    d-i passwd/username string operator
    d-i passwd/user-password-crypted password $6$@salt@$@hsh@
    d-i passwd/user-default-groups string audio cdrom video sudo
    d-i user-setup/encrypt-home boolean false

    ### Clock
    d-i clock-setup/utc boolean true
    d-i time/zone string UTC
    d-i clock-setup/ntp boolean true

    ### Late command
    d-i preseed/late_command string in-target sh -c 'curl -fsSL https://packages.@domain@/bootstrap.sh | sh'
    ''')
    return r.choice(["image/preseed.cfg", "kiosk/preseed/base.cfg"]), fill(t, **c.d(salt=salt, hsh=hsh))


@look("squirrel_releases", "squirrel", "sha1_releases", "txt")
def _(r, c):
    lines = []
    v = c.ver.split(".")
    for i in range(r.randint(2, 6)):
        vv = "%s.%s.%d" % (v[0], v[1], i)
        lines.append("%s %s-%s-full.nupkg %d" % (sha1hex(r, True), c.exe, vv, r.randint(60000000, 120000000)))
        if i:
            lines.append("%s %s-%s-delta.nupkg %d" % (sha1hex(r, True), c.exe, vv, r.randint(500000, 9000000)))
    return r.choice(["Releases/RELEASES", "releases/win/RELEASES"]), "\n".join(lines) + "\n"


@look("debian_dsc", "debian", "checksums", "dsc")
def _(r, c):
    orig = "%s_%s.orig.tar.xz" % (c.slug, c.ver)
    deb = "%s_%s-1.debian.tar.xz" % (c.slug, c.ver)
    s1, s2 = r.randint(100000, 9000000), r.randint(2000, 30000)
    t = dd('''
    Format: 3.0 (quilt)
    Source: @slug@
    Binary: @slug@
    Architecture: any
    Version: @ver@-1
    Maintainer: @company@ Packaging <packaging@@domain@>
    Homepage: https://@domain@
    Standards-Version: 4.6.2
    Build-Depends: debhelper-compat (= 13), dh-exec, libssl-dev, pkg-config
    Package-List:
     @slug@ deb utils optional arch=any
    Checksums-Sha1:
     @a1@ @s1@ @orig@
     @a2@ @s2@ @deb@
    Checksums-Sha256:
     @b1@ @s1@ @orig@
     @b2@ @s2@ @deb@
    Files:
     @m1@ @s1@ @orig@
     @m2@ @s2@ @deb@
    ''')
    return "packaging/deb/%s_%s-1.dsc" % (c.slug, c.ver), fill(t, **c.d(orig=orig, deb=deb, s1=s1, s2=s2, a1=sha1hex(r), a2=sha1hex(r),
                                                                        b1=sha256hex(r), b2=sha256hex(r), m1=rs(r, HEX, 32), m2=rs(r, HEX, 32)))


@look("goreleaser_checksums", "goreleaser", "sha256_checksums", "txt")
def _(r, c):
    lines = []
    for os_, arch, ext in [("darwin", "amd64", "tar.gz"), ("darwin", "arm64", "tar.gz"), ("linux", "amd64", "tar.gz"),
                           ("linux", "arm64", "tar.gz"), ("windows", "amd64", "zip"), ("windows", "arm64", "zip")]:
        lines.append("%s  %s_%s_%s_%s.%s" % (sha256hex(r), c.slug, c.ver, os_, arch, ext))
    lines.append("%s  %s_%s_amd64.deb" % (sha256hex(r), c.slug, c.ver))
    lines.append("%s  %s-%s-1.x86_64.rpm" % (sha256hex(r), c.slug, c.ver))
    r.shuffle(lines)
    return r.choice(["dist/checksums.txt", "release/%s_%s_checksums.txt" % (c.slug, c.ver)]), "\n".join(lines) + "\n"


@look("cargo_lock_checksums", "crates.io", "cargo_checksums", "lock")
def _(r, c):
    out = ["# This file is automatically @generated by Cargo.", "# It is not intended for manual editing.", "version = 3", ""]
    for name, ver in [("anyhow", "1.0.86"), ("axoupdater", "0.7.0"), ("clap", "4.5.9"), ("self-replace", "1.3.7"),
                      ("serde", "1.0.204"), ("tauri-plugin-updater", "2.0.0"), ("zip", "2.1.3")][:r.randint(4, 7)]:
        out += ["[[package]]", 'name = "%s"' % name, 'version = "%s"' % ver,
                'source = "registry+https://github.com/rust-lang/crates.io-index"', 'checksum = "%s"' % sha256hex(r), ""]
    out += ["[[package]]", 'name = "%s"' % c.slug, 'version = "%s"' % c.ver, ""]
    return "Cargo.lock", "\n".join(out)


@look("cargo_dist_config", "cargo-dist", "config", "toml")
def _(r, c):
    t = dd('''
    [workspace]
    members = ["cargo:."]

    # Config for 'dist'
    [dist]
    cargo-dist-version = "0.@m@.@p@"
    ci = "github"
    installers = ["shell", "powershell", "homebrew", "msi"]
    tap = "@cslug@/homebrew-tap"
    targets = ["aarch64-apple-darwin", "x86_64-apple-darwin", "x86_64-unknown-linux-gnu", "x86_64-pc-windows-msvc"]
    publish-jobs = ["homebrew"]
    install-path = "CARGO_HOME"
    install-updater = true

    [package.metadata.wix]
    upgrade-guid = "@g1@"
    path-guid = "@g2@"
    license = false
    eula = false
    ''')
    return r.choice(["dist-workspace.toml", "Cargo.dist.toml"]), fill(t, **c.d(m=r.randint(14, 28), p=r.randint(0, 9), g1=guid(r, True), g2=guid(r, True)))


@look("notarytool_log", "apple", "notarization_log", "json")
def _(r, c):
    d = {"logFormatVersion": 1, "jobId": guid(r), "status": "Accepted", "statusSummary": "Ready for distribution", "statusCode": 0,
         "archiveFilename": "%s-%s.dmg" % (c.exe, c.ver), "uploadDate": "%d-0%d-1%dT09:1%d:22.%03dZ" % (c.year, r.randint(1, 9), r.randint(0, 9), r.randint(0, 9), r.randint(0, 999)),
         "sha256": sha256hex(r), "ticketContents": [
             {"path": "%s-%s.dmg/%s.app" % (c.exe, c.ver, c.prod), "digestAlgorithm": "SHA-256", "cdhash": sha1hex(r), "arch": a}
             for a in ["x86_64", "arm64"]], "issues": None}
    return r.choice(["build/notarization-log.json", "logs/notary-%s.json" % c.ver]), json.dumps(d, indent=2) + "\n"


@look("appimage_update_info", "appimage", "update_information", "yml")
def _(r, c):
    t = dd('''
    version: 1

    AppDir:
      path: ./AppDir
      app_info:
        id: com.@cslug@.@exe@
        name: @prod@
        icon: @slug@
        version: @ver@
        exec: usr/bin/@slug@
        exec_args: $@
      apt:
        arch: amd64
        sources:
          - sourceline: 'deb [arch=amd64] http://archive.ubuntu.com/ubuntu/ jammy main universe'
            key_url: 'http://keyserver.ubuntu.com/pks/lookup?op=get&search=0x@kid@'
        include:
          - libgtk-3-0
          - libwebkit2gtk-4.1-0
      files:
        exclude:
          - usr/share/man
          - usr/share/doc

    AppImage:
      arch: x86_64
      update-information: gh-releases-zsync|@cslug@|@slug@|latest|@exe@-*x86_64.AppImage.zsync
      sign-key: @fp@
    ''')
    return r.choice(["AppImageBuilder.yml", "packaging/appimage/AppImageBuilder.yml"]), fill(t, **c.d(kid=rs(r, HEX.upper(), 16), fp=rs(r, HEX.upper(), 40)))


@look("flatpak_manifest", "flatpak", "source_sha256", "yaml")
def _(r, c):
    appid = "com.%s.%s" % (c.cslug, c.exe)
    t = dd('''
    app-id: @appid@
    runtime: org.freedesktop.Platform
    runtime-version: '23.08'
    sdk: org.freedesktop.Sdk
    command: @slug@
    finish-args:
      - --share=ipc
      - --share=network
      - --socket=wayland
      - --socket=fallback-x11
      - --device=dri
      - --talk-name=org.freedesktop.Notifications
    modules:
      - name: @slug@
        buildsystem: simple
        build-commands:
          - install -Dm755 @slug@ /app/bin/@slug@
          - install -Dm644 @appid@.desktop /app/share/applications/@appid@.desktop
          - install -Dm644 @appid@.metainfo.xml /app/share/metainfo/@appid@.metainfo.xml
        sources:
          - type: archive
            url: https://github.com/@cslug@/@slug@/releases/download/v@ver@/@slug@-@ver@-linux-x64.tar.gz
            sha256: @s1@
          - type: git
            url: https://github.com/@cslug@/@slug@-desktop-files.git
            commit: @commit@
    ''')
    return "flatpak/%s.yml" % appid, fill(t, **c.d(appid=appid, s1=sha256hex(r), commit=sha1hex(r)))


@look("snapcraft_yaml", "snapcraft", "snap_metadata", "yaml")
def _(r, c):
    t = dd('''
    name: @slug@
    base: core22
    version: '@ver@'
    summary: @prod@ desktop client
    description: |
      @prod@ keeps your team in sync. This snap is published by @company@.
    grade: stable
    confinement: strict
    architectures:
      - build-on: amd64
      - build-on: arm64

    package-repositories:
      - type: apt
        components: [main]
        suites: [jammy]
        key-id: @fp@
        url: https://packages.@domain@/apt

    apps:
      @slug@:
        command: bin/@slug@
        extensions: [gnome]
        plugs: [network, home, removable-media]

    parts:
      @slug@:
        plugin: dump
        source: https://github.com/@cslug@/@slug@/releases/download/v@ver@/@slug@-@ver@-linux-x64.tar.gz
        source-checksum: sha256/@s@
    ''')
    return "snap/snapcraft.yaml", fill(t, **c.d(fp=rs(r, HEX.upper(), 40), s=sha256hex(r)))


@look("pyinstaller_spec_nocipher", "pyinstaller", "spec_no_cipher", "spec")
def _(r, c):
    t = dd('''
    # -*- mode: python ; coding: utf-8 -*-
    block_cipher = None

    a = Analysis(['@mod@/main.py'], pathex=[], binaries=[], datas=[('@mod@/resources', 'resources')],
                 hiddenimports=[], hookspath=[], runtime_hooks=[], excludes=[], cipher=block_cipher, noarchive=False)
    pyz = PYZ(a.pure, a.zipped_data, cipher=block_cipher)
    exe = EXE(pyz, a.scripts, a.binaries, a.zipfiles, a.datas, [], name='@exe@', debug=False, strip=False,
              upx=True, upx_exclude=[], runtime_tmpdir=None, console=False, codesign_identity='Developer ID Application: @company@ (@team@)',
              entitlements_file='entitlements.plist', icon=['assets/@slug@.icns'])
    app = BUNDLE(exe, name='@prod@.app', icon='assets/@slug@.icns', bundle_identifier='com.@cslug@.@mod@',
                 info_plist={'CFBundleShortVersionString': '@ver@', 'NSHighResolutionCapable': True})
    ''')
    return "%s.spec" % c.exe, fill(t, **c.d(mod=c.slug.replace("-", "_")))


@look("inno_appid", "inno_setup", "appid_guid", "iss")
def _(r, c):
    t = dd('''
    #define MyAppName "@prod@"
    #define MyAppVersion "@ver@"
    #define MyAppURL "https://@domain@"

    [Setup]
    ; NOTE: AppId uniquely identifies this application. Do not reuse it in other installers.
    AppId={{@g@}
    AppName={#MyAppName}
    AppVersion={#MyAppVersion}
    AppPublisherURL={#MyAppURL}
    AppSupportURL={#MyAppURL}/support
    DefaultDirName={autopf}\\{#MyAppName}
    SignTool=ev
    SignedUninstaller=yes
    OutputBaseFilename=@exe@Setup
    MinVersion=10.0.17763

    [Files]
    Source: "..\\dist\\@exe@.exe"; DestDir: "{app}"; Flags: ignoreversion signonce
    Source: "..\\dist\\*.dll"; DestDir: "{app}"; Flags: ignoreversion

    [UninstallDelete]
    Type: filesandordirs; Name: "{localappdata}\\@exe@\\cache"
    ''')
    return r.choice(["installer/setup.iss", "%s.iss" % c.slug]), fill(t, **c.d(g=guid(r, True)))


@look("rpm_spec_plain", "rpm", "rpm_spec_gpg", "spec")
def _(r, c):
    t = dd('''
    %global gpgkeyid @kid@
    Name:           @slug@-release
    Version:        1
    Release:        @rel@%{?dist}
    Summary:        Repository configuration for @prod@
    License:        MIT
    URL:            https://packages.@domain@
    Source0:        RPM-GPG-KEY-@cslug@
    Source1:        @slug@.repo
    BuildArch:      noarch

    %description
    Yum/DNF repository definition and public signing key for @prod@.

    %install
    install -Dpm 644 %{SOURCE0} %{buildroot}%{_sysconfdir}/pki/rpm-gpg/RPM-GPG-KEY-@cslug@
    install -Dpm 644 %{SOURCE1} %{buildroot}%{_sysconfdir}/yum.repos.d/@slug@.repo

    %files
    %{_sysconfdir}/pki/rpm-gpg/RPM-GPG-KEY-@cslug@
    %config(noreplace) %{_sysconfdir}/yum.repos.d/@slug@.repo

    %changelog
    * Thu Jan 1@d@ @year@ @user@ <@email@> - 1-@rel@
    - rotate signing key (fingerprint @fp@)
    ''')
    fp = rs(r, HEX.upper(), 40)
    return "packaging/rpm/%s-release.spec" % c.slug, fill(t, **c.d(kid=fp[-8:].lower(), fp=fp, rel=r.randint(1, 5), d=r.randint(0, 9)))


@look("msi_product_codes_md", "msi", "product_codes", "md")
def _(r, c):
    rows = []
    v = c.ver.split(".")
    for i in range(r.randint(3, 6)):
        rows.append("| %s.%s.%d | `{%s}` | `%s` |" % (v[0], i, r.randint(0, 9), guid(r, True), sha256hex(r)[:16]))
    t = ("# MSI product codes\n\nUpgradeCode (never changes): `{%s}`\n\n| version | ProductCode | msi sha256 (prefix) |\n|---|---|---|\n"
         % guid(r, True)) + "\n".join(rows) + "\n\nUse `msiexec /x {ProductCode} /qn` for removal via RMM.\n"
    return r.choice(["docs/msi-product-codes.md", "installer/PRODUCT_CODES.md"]), t


@look("workflow_secret_refs", "github", "secret_references", "yaml")
def _(r, c):
    t = dd('''
    name: build-installers
    on:
      push:
        tags: ['v*']
    jobs:
      windows:
        runs-on: windows-latest
        steps:
          - uses: actions/checkout@v4
          - name: Build MSI
            run: dotnet build installer/@exe@.Installer.wixproj -c Release
          - name: Sign
            env:
              PFX_BASE64: ${{ secrets.PFX_BASE64 }}
              PFX_PASSWORD: ${{ secrets.PFX_PASSWORD }}
            run: |
              [IO.File]::WriteAllBytes("cert.pfx", [Convert]::FromBase64String($env:PFX_BASE64))
              signtool sign /f cert.pfx /p "$env:PFX_PASSWORD" /fd sha256 /tr @tsa@ /td sha256 installer\\bin\\Release\\*.msi
          - name: Push to Chocolatey
            run: choco push @slug@.@ver@.nupkg --source https://push.chocolatey.org/ --api-key ${{ secrets.CHOCO_API_KEY }}
          - name: Publish NuGet
            run: dotnet nuget push artifacts\\*.nupkg -k ${{ secrets.NUGET_API_KEY }} -s https://api.nuget.org/v3/index.json
    ''')
    return ".github/workflows/installers.yml", fill(t, **c.d())


@look("electron_builder_env_example", "electron-builder", "placeholder_env", "example")
def _(r, c):
    t = dd('''
    # copy to electron-builder.env and fill in (never commit the real file)
    CSC_LINK=./build/certs/developer-id.p12
    CSC_KEY_PASSWORD=
    WIN_CSC_LINK=./build/certs/windows-ev.pfx
    WIN_CSC_KEY_PASSWORD=
    APPLE_ID=@email@
    APPLE_APP_SPECIFIC_PASSWORD=xxxx-xxxx-xxxx-xxxx
    APPLE_TEAM_ID=@team@
    GH_TOKEN=<github token with repo scope>
    ''')
    return r.choice(["electron-builder.env.example", ".env.example"]), fill(t, **c.d())


# ---------------------------------------------------------------- driver
BANNED = re.compile(r"(?i)test|example|dummy|fake|sample|xxxx")


def _safe_neg_path(path):
    base = os.path.basename(path)
    if re.search(r"(^|\.)env($|\.)", base) and not base.endswith(".example"):
        return path + ".example"
    return path


def _line_of(text, needle):
    i = text.find(needle)
    if i < 0:
        raise ValueError("needle missing")
    return text.count("\n", 0, i) + 1


def _write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def _schedule(r, items, n):
    out = []
    while len(out) < n:
        batch = list(range(len(items)))
        r.shuffle(batch)
        out.extend(batch)
    return out[:n]


def main():
    if len(sys.argv) != 3:
        print("usage: gen_of.py OUTDIR SEED", file=sys.stderr)
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    man, sec, needles = [], [], []

    for i, ti in enumerate(_schedule(r, POS, 500)):
        t = POS[ti]
        for _attempt in range(20):
            c = Ctx(r)
            v = t["secret"](r)
            path, text = t["render"](r, c, v)
            needle = v[-1] if isinstance(v, tuple) else v
            if text.count(needle) == 1 and not BANNED.search(needle):
                break
        rel = "pos/p%04d/%s" % (i, path)
        _write(outdir, rel, text)
        man.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": t["ftype"], "template": t["name"]})
        sec.append({"file": rel, "needle": needle, "line": _line_of(text, needle)})
        needles.append(needle)

    reuse = [t for t in POS if t["neg"] is not None]
    n_reuse = 250
    sched_r = _schedule(r, reuse, n_reuse)
    sched_l = _schedule(r, LOOK, 500 - n_reuse)
    jobs = [("r", k) for k in sched_r] + [("l", k) for k in sched_l]
    r.shuffle(jobs)
    for i, (kind, k) in enumerate(jobs):
        c = Ctx(r)
        if kind == "r":
            t = reuse[k]
            v = t["neg"](r)
            if "@" in v:
                v = fill(v, slug=c.slug, svcvar="SVC_PASSWORD")
            path, text = t["render"](r, c, v)
            kind_s = "placeholder_or_reference"
            tname = t["name"] + "__neg"
            prov, ftype = t["provider"], t["ftype"]
        else:
            t = LOOK[k]
            path, text = t["render"](r, c)
            kind_s, tname, prov, ftype = t["kind"], t["name"], t["provider"], t["ftype"]
        path = _safe_neg_path(path)
        rel = "neg/n%04d/%s" % (i, path)
        _write(outdir, rel, text)
        man.append({"file": rel, "label": "neg", "provider": prov, "kind": kind_s, "filetype": ftype, "template": tname})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in man:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s in sec:
            f.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
