#!/usr/bin/env python3
"""Blind evaluation-set generator `gen_lr`: Windows packaging, code signing and distribution.

EMPHASIS
    Domain: building, signing and shipping Windows software.  Providers / tools:
    SignTool (PFX + /p), osslsigncode (-pass), jsign (--storepass / --keypass, DIGICERTONE
    store), AzureSignTool (-kvs Azure AD client secret), Azure Trusted Signing
    (AZURE_CLIENT_SECRET), Microsoft Store / Partner Center submission (msstore CLI,
    StoreBroker, REST token requests with a client secret), MSIX / AppX (MakeAppx + SignTool,
    PackageCertificatePassword in .wapproj/.csproj), Inno Setup (SignTool= lines, ISCC /S),
    NSIS (!finalize / !uninstfinalize), WiX (.wixproj SignOutput + password property),
    Advanced Installer (/SetDigitalCertificateFile -password), Chocolatey (choco apikey /
    choco push --api-key, AU, Cake), winget-pkgs submissions (wingetcreate / komac --token
    GitHub PATs), Scoop bucket tokens, Squirrel / Velopack (--signWithParams / --signParams),
    electron-builder (CSC_KEY_PASSWORD, WIN_CSC_KEY_PASSWORD, CSC_LINK base64 PFX,
    certificatePassword), DigiCert KeyLocker (SM_API_KEY, SM_CLIENT_CERT_PASSWORD),
    SSL.com eSigner (CodeSignTool -password / -totp_secret), Certum SimplySign (TOTP seed),
    AppVeyor plain (decrypted) values.
    File types: .ps1, .cmd/.bat, .sh, .iss, .nsi, .wxs, .wixproj, .wapproj, .csproj,
    .vcxproj, Directory.Build.props, .cake, .cs, .py, YAML (GitHub Actions, Azure Pipelines,
    AppVeyor, winget manifests), JSON (package.json, electron-builder.json, Scoop, metadata),
    Makefile, Dockerfile, Markdown, .nuspec, .config/.xml, .csv, .log, .txt, .env (few).

USAGE
    python3 -B gen_lr.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line per
    positive: file, needle, 1-based line of the needle's first occurrence).  All randomness
    comes from one random.Random(SEED); output is byte-identical for one SEED.

NEEDLE CONVENTIONS
    * Passwords (PFX / PKCS#12, client-certificate, account passwords): the bare password,
      without surrounding quotes, as written after /p, -pass, --storepass, -password= ... or
      as the value of a variable / XML element / JSON field.
    * Client secrets (Azure AD / Partner Center / Key Vault / Trusted Signing): the bare
      secret value.
    * API keys (Chocolatey GUID keys, DigiCert SM_API_KEY) and GitHub PATs: the whole token
      including its documented prefix (ghp_ / github_pat_).  In the jsign DIGICERTONE
      storepass "apikey|cert.p12|password" the needle is the API-key part only (the password
      part there is an environment reference).
    * TOTP seeds: the bare seed (base32, or base64 for the eSigner TOTP secret); inside an
      otpauth:// URI the needle is the value of the secret= parameter.
    * Base64 PFX blobs (CSC_LINK, WIN_CSC_LINK, FromBase64String(...)): the first 64
      characters of the blob as written in the file (the blob starts with "MII").
    * Headers / URLs are not used as needles in this domain; each positive holds exactly one
      credential, every other value in it is innocent (thumbprints, GUIDs, URLs, ids,
      references to CI secrets or environment variables).

NEGATIVES
    Half re-use the positive templates with the credential slot holding a non-secret:
    placeholders (<your-pfx-password>, YOUR_PASSWORD_HERE, changeme, xxxx, TODO), empty
    values, masked values (********, [REDACTED]), environment / CI references (%VAR%, $env:X,
    ${VAR}, $(Var), ${{ secrets.X }}, ${env.X}, {#GetEnv("X")}, $%X%), secret-manager paths
    (op://, vault paths, Get-Secret), documented examples (AzureSignTool "<token>", the
    Google Authenticator example seed JBSWY3DPEHPK3PXP) and public values (CSC_LINK as an
    https/file link, client ids).  Files named .env* are re-pathed to .env.example.
    The other half are look-alikes: certificate thumbprints (/sha1 40-hex), timestamp URLs,
    SignTool /a and /n "Company" without password, AppVeyor `secure:` encrypted values,
    ${{ secrets.X }} only workflows, Chocolatey checksum64, Authenticode "# SIG # Begin
    signature block" base64, winget InstallerSha256, DPAPI-encrypted chocolatey.config keys,
    PackageCertificateThumbprint, strong-name public keys (InternalsVisibleTo Key=),
    electron-updater latest.yml sha512, Squirrel RELEASES SHA1 lines, Velopack release feeds,
    Trusted Signing metadata.json, GUID ProductCode/UpgradeCode, public X.509 PEM certs,
    signing logs with serials and hashes, Store product ids, nuget.config env references.

FORMATS CHECKED
    * GitHub token format changelog (github.blog, 2021): prefixes ghp_/gho_/ghu_/ghs_/ghr_,
      charset [A-Za-z0-9_], 40 chars total; a token-forge package documents the 30-char
      payload + 6-char base62 CRC32 checksum.  Generated here: ghp_ + 30 base62 + 6 base62
      CRC32 (alphabet 0-9A-Za-z).
    * AzureSignTool README (vcsjones/AzureSignTool): sign -kvu vault URL, -kvi client id,
      -kvt tenant id, -kvs client secret, -kvc certificate name, -tr/-td/-fd; the README's
      own example uses "<token>" for -kvs (used as a negative).
    * electron-builder code-signing docs (electron.build): CSC_LINK = https link, base64
      data, file:// link or local path to .p12/.pfx; CSC_KEY_PASSWORD decrypts it;
      WIN_CSC_LINK / WIN_CSC_KEY_PASSWORD for Windows-specific certificates.
    * DigiCert KeyLocker docs: API key (first factor) + client authentication certificate
      with a one-time-shown password (second factor); env vars SM_HOST, SM_API_KEY,
      SM_CLIENT_CERT_FILE(_B64), SM_CLIENT_CERT_PASSWORD, SM_CODE_SIGNING_CERT_SHA1_HASH
      (as used in public action.yml files).
    * SSL.com eSigner guides: credential ID is an identifier, account username/password and
      an OTP/TOTP second factor; SignTool with eSigner CKA uses /sha1 thumbprint + /tr
      http://ts.ssl.com (used as negatives).
    * Chocolatey: choco apikey --source URL --key KEY; choco.config stores keys DPAPI
      encrypted ("AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA..." prefix seen in ChocoMan docs).
    * Azure AD client secret portal procedure (value shown once).

DOUBTS
    * Azure AD client-secret layout (3 chars + "7Q~"/"8Q~" + 34 chars of [A-Za-z0-9_.~-],
      40 total) is from memory, not confirmed in the docs found.
    * DigiCert SM_API_KEY layout (26 hex + "_" + 64 hex) is not confirmed by DigiCert docs;
      the docs only say "API token".  SM_CLIENT_CERT_PASSWORD generated as a strong password.
    * Chocolatey community API keys are assumed to be lowercase GUIDs (not confirmed).
    * Fine-grained GitHub PAT layout github_pat_ + 22 + "_" + 59 base62 is from memory.
    * eSigner TOTP secret assumed base64 of 32 bytes (44 chars); Certum SimplySign seed
      assumed base32 inside an otpauth:// URI.  Neither confirmed in documentation.
    * Inno Setup SignTool=<name> <params> with $q/$f/$p and ISCC /S; NSIS !finalize with %1;
      Advanced Installer /SetDigitalCertificateFile -file -password; Squirrel
      --signWithParams; Velopack vpk --signParams; jsign env:/DIGICERTONE storepass syntax;
      komac --token: written from memory of these tools' docs, not re-checked.
"""
import base64
import json
import os
import random
import string
import sys
import zlib

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

WORDS = ["Amber", "Falcon", "Harbor", "Quartz", "Maple", "Cobalt", "Juniper", "Orbit",
         "Saffron", "Tundra", "Velvet", "Walnut", "Zephyr", "Copper", "Lantern", "Meadow",
         "Nimbus", "Pioneer", "Raven", "Summit", "Granite", "Willow", "Ember", "Glacier"]
COMPANIES = ["Contoso Ltd", "Fabrikam Inc", "Northwind Traders", "Tailspin Toys",
             "Litware Software", "Adatum Corporation", "Proseware GmbH", "Wingtip Labs",
             "Blue Yonder Apps", "Lucerne Publishing", "Trey Research", "Alpine Ski House"]
APPS = ["PixelForge", "NoteHive", "TaskPilot", "ClipDeck", "SyncBridge", "LogLens",
        "FontCrate", "TermNest", "DiskPulse", "MarkPad", "VaultView", "ShotGrid",
        "BeamCast", "CodeAtlas", "ZipFlow", "AudioRig"]
TS_URLS = ["http://timestamp.digicert.com", "http://ts.ssl.com", "http://timestamp.sectigo.com",
           "http://time.certum.pl", "http://timestamp.globalsign.com/tsa/r6advanced1",
           "http://timestamp.acs.microsoft.com", "http://timestamp.comodoca.com"]


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def rstr(r, alphabet, n):
    return "".join(alphabet[r.randrange(len(alphabet))] for _ in range(n))


def guid(r, upper=False):
    h = rstr(r, HEXL, 32)
    h = h[:12] + "4" + h[13:16] + pick(r, "89ab") + h[17:]
    g = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return g.upper() if upper else g


def thumb(r):
    return rstr(r, HEXU, 40)


def sha256hex(r, upper=False):
    return rstr(r, HEXU if upper else HEXL, 64)


def ver(r):
    return "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 24), r.randint(0, 40))


def app(r):
    return pick(r, APPS)


def comp(r):
    return pick(r, COMPANIES)


def tsurl(r):
    return pick(r, TS_URLS)


def vault(r):
    return "https://%s-%s-kv.vault.azure.net" % (pick(r, ["contoso", "fabrikam", "build", "release", "sign"]),
                                                   pick(r, ["prod", "ci", "eus", "weu", "sign"]))


def b64_random(r, nbytes):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()


# ---------------------------------------------------------------- secret generators
PW_CHARS = ALNUM + "-_.@+"


def g_pfxpw(r):
    while True:
        style = r.randrange(3)
        if style == 0:
            s = rstr(r, PW_CHARS, r.randint(16, 28))
        elif style == 1:
            s = pick(r, WORDS) + pick(r, "-_.@+") + pick(r, WORDS) + str(r.randint(10, 9999)) + pick(r, "@+.-")
        else:
            s = rstr(r, ALNUM, r.randint(20, 32))
        if (s[0].isalnum() and any(c.isdigit() for c in s) and any(c.isupper() for c in s)
                and any(c.islower() for c in s)):
            return s


def g_azsecret(r):
    cs = ALNUM + "_-.~"
    return rstr(r, cs, 3) + pick(r, ["7Q~", "8Q~"]) + rstr(r, cs, 34)


def g_choco(r):
    return guid(r)


def b62_encode(n, width):
    s = ""
    while n:
        n, m = divmod(n, 62)
        s = B62[m] + s
    return s.rjust(width, "0")


def g_ghp(r):
    body = rstr(r, B62, 30)
    return "ghp_" + body + b62_encode(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def g_ghfine(r):
    return "github_pat_" + rstr(r, B62, 22) + "_" + rstr(r, B62, 59)


def g_gh(r):
    return g_ghp(r) if r.random() < 0.75 else g_ghfine(r)


def g_smkey(r):
    return rstr(r, HEXL, 26) + "_" + rstr(r, HEXL, 64)


def g_totp32(r):
    return rstr(r, B32, pick(r, [16, 32, 32, 52]))


def g_totp64(r):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()


def der_len(n):
    return bytes([0x82, (n >> 8) & 0xFF, n & 0xFF])


def g_pfxb64(r):
    """Base64 of a PKCS#12 PFX-shaped DER blob (version 3, pkcs7-data authSafe)."""
    inner = bytes(r.randrange(256) for _ in range(r.randint(1800, 2600)))
    seq_inner = b"\x30" + der_len(len(inner)) + inner
    octet = b"\x04" + der_len(len(seq_inner)) + seq_inner
    a0 = b"\xa0" + der_len(len(octet)) + octet
    ci = b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x01" + a0
    ci = b"\x30" + der_len(len(ci)) + ci
    mac = bytes(r.randrange(256) for _ in range(59))
    body = b"\x02\x01\x03" + ci + b"\x30\x3b" + mac
    return base64.b64encode(b"\x30" + der_len(len(body)) + body).decode()


GENS = {"pfxpw": g_pfxpw, "azsecret": g_azsecret, "choco": g_choco, "gh": g_gh,
        "smkey": g_smkey, "totp32": g_totp32, "totp64": g_totp64, "pfxb64": g_pfxb64,
        "userpw": g_pfxpw, "smcertpw": g_pfxpw}

# ---------------------------------------------------------------- negative slot values
GENERIC_PH = ["<your-pfx-password>", "YOUR_PASSWORD_HERE", "changeme", "xxxxxxxxxxxxxxxx",
              "********", "[REDACTED]", "REPLACE_ME", "<password>", "TODO-set-in-ci",
              "your-password-here", "dummy", "***"]
KIND_PH = {
    "azsecret": ["<client-secret>", "<token>", "YOUR_CLIENT_SECRET", "<azure-ad-app-secret>",
                 "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    "choco": ["00000000-0000-0000-0000-000000000000", "<your-chocolatey-api-key>",
              "YOUR_API_KEY", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"],
    "gh": ["ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<github-pat>", "YOUR_GITHUB_TOKEN",
           "ghp_your_token_here", "github_pat_<fine-grained-token>"],
    "smkey": ["<SM_API_KEY>", "your-digicert-api-key", "YOUR_API_TOKEN"],
    "totp32": ["JBSWY3DPEHPK3PXP", "<totp-seed>", "YOUR_TOTP_SECRET", "XXXXXXXXXXXXXXXX"],
    "totp64": ["<totp-secret>", "YOUR_TOTP_SECRET", "<base64-totp-secret>"],
    "pfxb64": ["https://ci.example.com/certs/codesign.p12", "file://C:/certs/codesign.pfx",
               "<base64-encoded-pfx>", "MII...<base64 of your .pfx>", "~/certs/codesign.p12"],
}
CTX_REF = {
    "ps1": ["$env:PFX_PASSWORD", "$env:SIGNING_SECRET", "$($env:CERT_PASS)", "$Secrets.Value"],
    "cmd": ["%PFX_PASSWORD%", "%SIGN_SECRET%", "%CERT_PASS%"],
    "sh": ["${PFX_PASSWORD}", "$SIGN_SECRET", "${CERT_PASS:?missing}"],
    "make": ["$(PFX_PASSWORD)", "$(SIGN_SECRET)", "${CERT_PASS}"],
    "docker": ["${PFX_PASSWORD}", "$SIGN_SECRET"],
    "gha": ["${{ secrets.PFX_PASSWORD }}", "${{ secrets.SIGNING_SECRET }}", "${{ env.CERT_PASS }}",
            "${{ secrets[matrix.secret_name] }}"],
    "ado": ["$(PfxPassword)", "$(SigningSecret)", "$(Build.Secret)"],
    "appveyor": ["$(pfx_password)", "$(signing_secret)"],
    "xml": ["$(CertificatePassword)", "$(SIGNING_SECRET)", "$(PfxPassword)"],
    "json": ["${env.CSC_KEY_PASSWORD}", "${env.SIGNING_SECRET}", ""],
    "iss": ['{#GetEnv("PFX_PASSWORD")}', '{#GetEnv("SIGN_SECRET")}'],
    "nsi": ["$%PFX_PASSWORD%", "$%SIGN_SECRET%"],
    "md": ["<your-password>", "<secret>", "$env:PFX_PASSWORD", "%PFX_PASSWORD%"],
    "py": ["<client-secret>", "set-me"],
    "cs": ["<client-secret>", ""],
    "env": ["", "changeme"],
    "cake": ["<api-key>", ""],
}
VAULT_PH = ["op://Build/CodeSigning/password", "vault:secret/data/release/signing#pfx_password",
            "akv://release-kv/pfx-password", "(Get-Secret -Name CodeSignPfx -AsPlainText)"]


def neg_value(r, kind, ctx):
    roll = r.random()
    if roll < 0.35:
        return pick(r, CTX_REF.get(ctx, ["<secret>"]))
    if roll < 0.55 and kind in KIND_PH:
        return pick(r, KIND_PH[kind])
    if roll < 0.62 and ctx in ("ps1", "sh", "md", "gha", "ado"):
        return pick(r, VAULT_PH if ctx == "ps1" else VAULT_PH[:3])
    return pick(r, GENERIC_PH)


# ---------------------------------------------------------------- template registry
POS_T = []   # (name, provider, kind, gen, ctx, fn)
NEG_L = []   # (name, provider, kind, fn)


def T(provider, kind, gen, ctx):
    def deco(fn):
        POS_T.append((fn.__name__, provider, kind, gen, ctx, fn))
        return fn
    return deco


def L(provider, kind):
    def deco(fn):
        NEG_L.append((fn.__name__, provider, kind, fn))
        return fn
    return deco


def fill(tpl, **kw):
    out = tpl
    for k in sorted(kw):
        if k != "V":
            out = out.replace("@" + k + "@", kw[k])
    out = out.replace("@V@", kw.get("V", ""))  # the slot value last: it may contain '@'
    assert "@V@" not in out
    return out


def common(r):
    a = app(r)
    return dict(APP=a, APPL=a.lower(), COMP=comp(r), VER=ver(r), TS=tsurl(r), TP=thumb(r),
                G1=guid(r), G2=guid(r), KV=vault(r), YEAR=str(r.randint(2021, 2025)))


def sub(r):
    return pick(r, ["", "build/", "scripts/", "ci/", "tools/", "packaging/", "installer/"])


# ---------------- SignTool / osslsigncode with PFX passwords
@T("signtool", "pfx-password", "pfxpw", "ps1")
def p_signtool_ps1(r, v):
    c = common(r)
    return (sub(r) + pick(r, ["Sign-Release.ps1", "sign.ps1", "Invoke-CodeSign.ps1"]), fill("""#Requires -Version 5.1
<#
.SYNOPSIS
  Signs every binary produced by the release build of @APP@.
#>
param(
    [string]$Configuration = 'Release',
    [string]$OutDir = (Join-Path $PSScriptRoot '..\\artifacts')
)
$ErrorActionPreference = 'Stop'
$signtool = Get-ChildItem "${env:ProgramFiles(x86)}\\Windows Kits\\10\\bin\\*\\x64\\signtool.exe" |
    Sort-Object FullName -Descending | Select-Object -First 1
$pfx = Join-Path $PSScriptRoot '..\\certs\\codesign.pfx'

Get-ChildItem $OutDir -Recurse -Include *.exe, *.dll, *.msi | ForEach-Object {
    Write-Host "Signing $($_.Name)"
    & $signtool.FullName sign /f $pfx /p @V@ /fd sha256 /tr @TS@ /td sha256 /d "@APP@" $_.FullName
    if ($LASTEXITCODE -ne 0) { throw "signtool failed for $($_.FullName)" }
}
""", V=v, **c))


@T("signtool", "pfx-password", "pfxpw", "cmd")
def p_signtool_cmd_var(r, v):
    c = common(r)
    return (sub(r) + pick(r, ["sign.cmd", "sign-all.bat", "release-sign.cmd"]), fill("""@echo off
setlocal
rem Code signing for @APP@ @VER@
set SIGNTOOL="C:\\Program Files (x86)\\Windows Kits\\10\\bin\\10.0.22621.0\\x64\\signtool.exe"
set PFX_FILE=%~dp0..\\certs\\@APPL@-codesign.pfx
set PFX_PASSWORD=@V@
set TSA=@TS@

for %%F in (%~dp0..\\bin\\Release\\*.exe %~dp0..\\bin\\Release\\*.dll) do (
    %SIGNTOOL% sign /f "%PFX_FILE%" /p %PFX_PASSWORD% /fd sha256 /tr %TSA% /td sha256 "%%F"
    if errorlevel 1 goto :fail
)
echo All files signed.
exit /b 0
:fail
echo Signing failed.
exit /b 1
""", V=v, **c))


@T("signtool", "pfx-password", "pfxpw", "cmd")
def p_signtool_cmd_inline(r, v):
    c = common(r)
    return (sub(r) + "postbuild.bat", fill("""@echo off
rem Called from the post-build event: %1 = target path
if "%CONFIGURATION%"=="Debug" exit /b 0
signtool.exe sign /v /f "%~dp0certs\\release.pfx" /p "@V@" /t @TS@ "%~1"
signtool.exe verify /pa /v "%~1"
""", V=v, **c))


@T("osslsigncode", "pfx-password", "pfxpw", "make")
def p_make_ossl(r, v):
    c = common(r)
    return ("Makefile", fill("""# Cross-compiled Windows build of @APPL@ (mingw-w64)
CC      := x86_64-w64-mingw32-gcc
CFLAGS  := -O2 -Wall -municode
TARGET  := dist/@APPL@.exe
CERT    := certs/codesign.p12
SIGN_PASS = @V@
TSA     := @TS@

all: $(TARGET)

$(TARGET): $(wildcard src/*.c)
\tmkdir -p dist
\t$(CC) $(CFLAGS) -o $@.unsigned $^
\tosslsigncode sign -pkcs12 $(CERT) -pass $(SIGN_PASS) -h sha256 \\
\t\t-n "@APP@" -i https://www.example.org/@APPL@ -ts $(TSA) \\
\t\t-in $@.unsigned -out $@
\trm -f $@.unsigned

clean:
\trm -rf dist
.PHONY: all clean
""", V=v, **c))


@T("osslsigncode", "pfx-password", "pfxpw", "sh")
def p_sh_ossl(r, v):
    c = common(r)
    return (sub(r) + pick(r, ["sign-windows.sh", "sign_exe.sh"]), fill("""#!/usr/bin/env bash
# Sign Windows artifacts from a Linux runner.
set -euo pipefail
ARTIFACTS=${1:-dist}
for f in "$ARTIFACTS"/*.exe "$ARTIFACTS"/*.msi; do
  [ -e "$f" ] || continue
  osslsigncode sign \\
    -pkcs12 certs/@APPL@.pfx \\
    -pass "@V@" \\
    -n "@APP@ @VER@" \\
    -t @TS@ \\
    -in "$f" -out "$f.signed"
  mv "$f.signed" "$f"
  osslsigncode verify -in "$f" >/dev/null
done
""", V=v, **c))


@T("signtool", "pfx-password", "pfxpw", "gha")
def p_gha_signtool(r, v):
    c = common(r)
    return (".github/workflows/" + pick(r, ["release.yml", "build-windows.yml", "sign.yml"]), fill("""name: release
on:
  push:
    tags: ['v*']
jobs:
  windows:
    runs-on: windows-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-dotnet@v4
        with:
          dotnet-version: '8.0.x'
      - name: Publish
        run: dotnet publish src/@APP@/@APP@.csproj -c Release -r win-x64 -o out
      - name: Sign
        shell: pwsh
        run: |
          $st = "${env:ProgramFiles(x86)}\\Windows Kits\\10\\bin\\10.0.22621.0\\x64\\signtool.exe"
          & $st sign /f certs\\codesign.pfx /p "@V@" /fd sha256 /tr @TS@ /td sha256 out\\@APP@.exe
      - uses: actions/upload-artifact@v4
        with:
          name: @APPL@-win-x64
          path: out/
""", V=v, **c))


@T("signtool", "pfx-password", "pfxpw", "ado")
def p_ado_vars(r, v):
    c = common(r)
    return (pick(r, ["azure-pipelines.yml", ".azure/pipelines/release.yml", "pipelines/windows.yml"]), fill("""trigger:
  branches:
    include: [ main, release/* ]
pool:
  vmImage: 'windows-2022'
variables:
  buildConfiguration: 'Release'
  certFile: '$(Build.SourcesDirectory)\\certs\\codesign.pfx'
  pfxPassword: '@V@'
steps:
- task: NuGetToolInstaller@1
- task: VSBuild@1
  inputs:
    solution: '**/*.sln'
    configuration: '$(buildConfiguration)'
- script: >
    "C:\\Program Files (x86)\\Windows Kits\\10\\bin\\10.0.22621.0\\x64\\signtool.exe" sign
    /f "$(certFile)" /p "$(pfxPassword)" /fd sha256 /tr @TS@ /td sha256
    "$(Build.SourcesDirectory)\\src\\@APP@\\bin\\Release\\@APP@.exe"
  displayName: Sign binaries
""", V=v, **c))


@T("signtool", "pfx-password", "pfxpw", "appveyor")
def p_appveyor_plain(r, v):
    c = common(r)
    return (pick(r, ["appveyor.yml", ".appveyor.yml"]), fill("""version: '@VER@.{build}'
image: Visual Studio 2022
configuration: Release
platform: x64
environment:
  PFX_PASSWORD: @V@
  CERT_PATH: certs\\@APPL@.pfx
before_build:
  - nuget restore
build:
  project: @APP@.sln
  verbosity: minimal
after_build:
  - ps: '& signtool sign /f $env:CERT_PATH /p $env:PFX_PASSWORD /fd sha256 /tr @TS@ /td sha256 "src\\@APP@\\bin\\Release\\@APP@.exe"'
artifacts:
  - path: src\\@APP@\\bin\\Release\\@APP@.exe
""", V=v, **c))


@T("signtool", "pfx-password", "pfxpw", "md")
def p_md_signing(r, v):
    c = common(r)
    return (pick(r, ["docs/signing.md", "docs/RELEASING.md", "RELEASE.md", "docs/release-process.md"]), fill("""# Releasing @APP@

1. Bump the version in `Directory.Build.props` to the new release (e.g. `@VER@`).
2. Build the installer: `msbuild installer\\@APP@.wixproj /p:Configuration=Release`.
3. Sign the MSI with the team certificate (stored on the build share):

```bat
signtool sign /f \\\\buildsrv\\certs\\@APPL@-ev.pfx /p @V@ /fd sha256 /tr @TS@ /td sha256 out\\@APP@-@VER@.msi
```

4. Verify the signature: `signtool verify /pa /v out\\@APP@-@VER@.msi`.
5. Upload to the GitHub release and update the winget manifest.
""", V=v, **c))


@T("inno-setup", "pfx-password", "pfxpw", "iss")
def p_iss_signtool(r, v):
    c = common(r)
    return (pick(r, ["installer/setup.iss", "setup/@APPL@.iss".replace("@APPL@", c["APPL"]), "inno/main.iss"]), fill("""; Inno Setup script for @APP@
#define MyAppName "@APP@"
#define MyAppVersion "@VER@"
#define MyAppPublisher "@COMP@"
#define MyAppExeName "@APP@.exe"

[Setup]
AppId={{@G1@}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppPublisher={#MyAppPublisher}
DefaultDirName={autopf}\\{#MyAppName}
OutputBaseFilename=@APPL@-setup-{#MyAppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
SignTool=signtool sign /f $q{#SourcePath}\\..\\certs\\codesign.pfx$q /p @V@ /fd sha256 /tr @TS@ /td sha256 $f
SignedUninstaller=yes

[Files]
Source: "..\\bin\\Release\\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs

[Icons]
Name: "{autoprograms}\\{#MyAppName}"; Filename: "{app}\\{#MyAppExeName}"
""", V=v, **c))


@T("inno-setup", "pfx-password", "pfxpw", "iss")
def p_iss_define(r, v):
    c = common(r)
    return ("installer/" + c["APPL"] + ".iss", fill("""#define AppName "@APP@"
#define AppVer GetVersionNumbersString("..\\bin\\Release\\@APP@.exe")
#define CertFile "..\\certs\\@APPL@.pfx"
#define CertPassword "@V@"

[Setup]
AppId={{@G1@}
AppName={#AppName}
AppVersion={#AppVer}
AppPublisher=@COMP@
DefaultDirName={autopf}\\{#AppName}
ArchitecturesInstallIn64BitMode=x64compatible
SignTool=msign /f $q{#CertFile}$q /p {#CertPassword} /tr @TS@ /td sha256 /fd sha256 $f

[Files]
Source: "..\\bin\\Release\\@APP@.exe"; DestDir: "{app}"; Flags: ignoreversion signonce
""", V=v, **c))


@T("inno-setup", "pfx-password", "pfxpw", "cmd")
def p_iscc_cmd(r, v):
    c = common(r)
    return (sub(r) + "build-installer.cmd", fill("""@echo off
rem Build and sign the Inno Setup installer for @APP@
set ISCC="C:\\Program Files (x86)\\Inno Setup 6\\ISCC.exe"
%ISCC% /Qp "/Ssigntool=signtool.exe sign /f $qC:\\build\\certs\\@APPL@.pfx$q /p @V@ /fd sha256 /tr @TS@ /td sha256 $f" installer\\setup.iss
if errorlevel 1 exit /b 1
""", V=v, **c))


@T("nsis", "pfx-password", "pfxpw", "nsi")
def p_nsi_finalize(r, v):
    c = common(r)
    return (pick(r, ["installer/installer.nsi", "nsis/setup.nsi", "installer.nsi"]), fill("""; NSIS installer for @APP@
Unicode true
!define APPNAME "@APP@"
!define VERSION "@VER@"
Name "${APPNAME} ${VERSION}"
OutFile "dist\\@APPL@-${VERSION}-setup.exe"
InstallDir "$PROGRAMFILES64\\${APPNAME}"
RequestExecutionLevel admin

!finalize 'signtool sign /f "certs\\codesign.pfx" /p "@V@" /fd sha256 /tr @TS@ /td sha256 "%1"' = 0
!uninstfinalize 'signtool sign /f "certs\\codesign.pfx" /p "@V@" /fd sha256 /tr @TS@ /td sha256 "%1"' = 0

Section "Install"
  SetOutPath "$INSTDIR"
  File /r "build\\Release\\*.*"
  WriteUninstaller "$INSTDIR\\uninstall.exe"
SectionEnd
""", V=v, **c))


@T("nsis", "pfx-password", "pfxpw", "nsi")
def p_nsi_define(r, v):
    c = common(r)
    return ("installer/" + pick(r, ["main.nsi", "@APPL@.nsi".replace("@APPL@", c["APPL"])]), fill("""!include "MUI2.nsh"
!define PRODUCT "@APP@"
!define SIGN_CERT "${__FILEDIR__}\\..\\certs\\release.p12"
!define SIGN_PASS "@V@"
!define SIGN_CMD 'osslsigncode sign -pkcs12 "${SIGN_CERT}" -pass "${SIGN_PASS}" -t @TS@'

Name "${PRODUCT}"
OutFile "..\\out\\${PRODUCT}Setup.exe"
!finalize '${SIGN_CMD} -in "%1" -out "%1.tmp" && move /y "%1.tmp" "%1"'

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section
  SetOutPath $INSTDIR
  File "..\\bin\\${PRODUCT}.exe"
SectionEnd
""", V=v, **c))


@T("wix", "pfx-password", "pfxpw", "xml")
def p_wixproj_prop(r, v):
    c = common(r)
    return ("installer/" + c["APP"] + ".Installer.wixproj", fill("""<Project Sdk="WixToolset.Sdk/4.0.5">
  <PropertyGroup>
    <OutputName>@APP@-$(Platform)</OutputName>
    <SignOutput>true</SignOutput>
    <CertificateFile>$(MSBuildThisFileDirectory)..\\certs\\codesign.pfx</CertificateFile>
    <CertificatePassword>@V@</CertificatePassword>
    <TimestampUrl>@TS@</TimestampUrl>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="..\\src\\@APP@\\@APP@.csproj" />
  </ItemGroup>
  <Target Name="SignMsi">
    <Exec Command="signtool sign /f &quot;$(CertificateFile)&quot; /p &quot;$(CertificatePassword)&quot; /fd sha256 /tr $(TimestampUrl) /td sha256 &quot;%(SignMsi.FullPath)&quot;" />
  </Target>
  <Target Name="SignCabs">
    <Exec Command="signtool sign /f &quot;$(CertificateFile)&quot; /p &quot;$(CertificatePassword)&quot; /fd sha256 &quot;%(SignCabs.FullPath)&quot;" />
  </Target>
</Project>
""", V=v, **c))


@T("wix", "pfx-password", "pfxpw", "xml")
def p_wixproj_exec(r, v):
    c = common(r)
    return ("setup/Setup.wixproj", fill("""<?xml version="1.0" encoding="utf-8"?>
<Project ToolsVersion="4.0" DefaultTargets="Build" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <PropertyGroup>
    <Configuration Condition=" '$(Configuration)' == '' ">Release</Configuration>
    <ProductVersion>3.11</ProductVersion>
    <ProjectGuid>{@G1@}</ProjectGuid>
    <OutputName>@APP@Setup</OutputName>
    <OutputType>Package</OutputType>
    <SignOutput>true</SignOutput>
  </PropertyGroup>
  <ItemGroup>
    <Compile Include="Product.wxs" />
  </ItemGroup>
  <Import Project="$(WixTargetsPath)" />
  <Target Name="SignMsi">
    <Exec Command="&quot;$(WindowsSdkDir)bin\\x64\\signtool.exe&quot; sign /f ..\\certs\\@APPL@.pfx /p @V@ /t @TS@ &quot;%(SignMsi.FullPath)&quot;" />
  </Target>
</Project>
""", V=v, **c))


@T("msix", "pfx-password", "pfxpw", "xml")
def p_wapproj(r, v):
    c = common(r)
    return (c["APP"] + ".Package/" + c["APP"] + ".Package.wapproj", fill("""<?xml version="1.0" encoding="utf-8"?>
<Project ToolsVersion="15.0" DefaultTargets="Build" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <PropertyGroup>
    <ProjectGuid>@G1@</ProjectGuid>
    <TargetPlatformVersion>10.0.22621.0</TargetPlatformVersion>
    <TargetPlatformMinVersion>10.0.17763.0</TargetPlatformMinVersion>
    <DefaultLanguage>en-US</DefaultLanguage>
    <EntryPointProjectUniqueName>..\\@APP@\\@APP@.csproj</EntryPointProjectUniqueName>
    <AppxPackageSigningEnabled>True</AppxPackageSigningEnabled>
    <PackageCertificateKeyFile>@APP@.Package_TemporaryKey.pfx</PackageCertificateKeyFile>
    <PackageCertificatePassword>@V@</PackageCertificatePassword>
    <AppxBundle>Always</AppxBundle>
    <AppxBundlePlatforms>x64|arm64</AppxBundlePlatforms>
    <GenerateAppInstallerFile>False</GenerateAppInstallerFile>
  </PropertyGroup>
  <ItemGroup>
    <AppxManifest Include="Package.appxmanifest" />
    <Content Include="Images\\StoreLogo.png" />
  </ItemGroup>
</Project>
""", V=v, **c))


@T("msbuild", "pfx-password", "pfxpw", "xml")
def p_dbprops(r, v):
    c = common(r)
    return ("Directory.Build.props", fill("""<Project>
  <PropertyGroup>
    <Company>@COMP@</Company>
    <Product>@APP@</Product>
    <Version>@VER@</Version>
    <LangVersion>latest</LangVersion>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <PropertyGroup Condition="'$(Configuration)' == 'Release'">
    <SignBinaries>true</SignBinaries>
    <SigningCertFile>$(MSBuildThisFileDirectory)build\\signing.pfx</SigningCertFile>
    <SigningCertSecret>@V@</SigningCertSecret>
  </PropertyGroup>
  <Target Name="SignAfterBuild" AfterTargets="Build" Condition="'$(SignBinaries)' == 'true'">
    <Exec Command="signtool sign /f &quot;$(SigningCertFile)&quot; /p &quot;$(SigningCertSecret)&quot; /fd sha256 /tr @TS@ /td sha256 &quot;$(TargetPath)&quot;" />
  </Target>
</Project>
""", V=v, **c))


@T("msbuild", "pfx-password", "pfxpw", "xml")
def p_vcxproj(r, v):
    c = common(r)
    return ("src/" + c["APP"] + "/" + c["APP"] + ".vcxproj", fill("""<?xml version="1.0" encoding="utf-8"?>
<Project DefaultTargets="Build" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <PropertyGroup Label="Globals">
    <ProjectGuid>{@G1@}</ProjectGuid>
    <RootNamespace>@APP@</RootNamespace>
    <WindowsTargetPlatformVersion>10.0</WindowsTargetPlatformVersion>
  </PropertyGroup>
  <Import Project="$(VCTargetsPath)\\Microsoft.Cpp.Default.props" />
  <ItemDefinitionGroup Condition="'$(Configuration)|$(Platform)'=='Release|x64'">
    <ClCompile>
      <Optimization>MaxSpeed</Optimization>
      <PreprocessorDefinitions>NDEBUG;_WINDOWS;%(PreprocessorDefinitions)</PreprocessorDefinitions>
    </ClCompile>
    <PostBuildEvent>
      <Command>signtool sign /f "$(SolutionDir)certs\\driver-sign.pfx" /p @V@ /fd sha256 /tr @TS@ /td sha256 "$(TargetPath)"</Command>
      <Message>Authenticode-signing $(TargetFileName)</Message>
    </PostBuildEvent>
  </ItemDefinitionGroup>
  <ItemGroup>
    <ClCompile Include="main.cpp" />
  </ItemGroup>
  <Import Project="$(VCTargetsPath)\\Microsoft.Cpp.targets" />
</Project>
""", V=v, **c))


@T("msix", "pfx-password", "pfxpw", "ps1")
def p_msix_ps1(r, v):
    c = common(r)
    return (sub(r) + "New-MsixPackage.ps1", fill("""param([string]$Version = '@VER@.0')
$ErrorActionPreference = 'Stop'
$sdk = "${env:ProgramFiles(x86)}\\Windows Kits\\10\\bin\\10.0.22621.0\\x64"
$layout = "$PSScriptRoot\\..\\out\\layout"
$msix = "$PSScriptRoot\\..\\out\\@APP@_$Version`_x64.msix"

(Get-Content "$layout\\AppxManifest.xml") -replace 'Version="[0-9.]+"', "Version=`"$Version`"" |
    Set-Content "$layout\\AppxManifest.xml"

& "$sdk\\makeappx.exe" pack /d $layout /p $msix /o
& "$sdk\\signtool.exe" sign /fd SHA256 /a /f "$PSScriptRoot\\..\\certs\\msix-signing.pfx" /p '@V@' $msix
Write-Host "Created $msix"
""", V=v, **c))


@T("jsign", "keystore-password", "pfxpw", "sh")
def p_jsign_sh(r, v):
    c = common(r)
    opt = pick(r, ["--storepass", "--keypass"])
    return (sub(r) + "jsign.sh", fill("""#!/bin/sh
# Authenticode-sign the Windows launcher with jsign (runs on the Linux build agent)
set -e
VERSION=$(cat VERSION)
java -jar tools/jsign-6.0.jar \\
  --keystore certs/@APPL@.p12 \\
  --storetype PKCS12 \\
  @OPT@ "@V@" \\
  --alias codesign \\
  --tsaurl @TS@ \\
  --name "@APP@" --url https://www.example.com/@APPL@ \\
  target/@APPL@-$VERSION-setup.exe
""", V=v, OPT=opt, **c))


@T("jsign", "keystore-password", "pfxpw", "ps1")
def p_jsign_ps1(r, v):
    c = common(r)
    return (sub(r) + "Sign-WithJsign.ps1", fill("""$jsign = Join-Path $PSScriptRoot 'jsign.jar'
$files = Get-ChildItem .\\dist -Filter *.exe
foreach ($f in $files) {
    java -jar $jsign --keystore .\\certs\\signing.pfx --storetype PKCS12 --storepass "@V@" `
        --tsaurl @TS@ --tsmode RFC3161 --alg SHA-256 $f.FullName
}
""", V=v, **c))


@T("digicert-keylocker", "api-key", "smkey", "ps1")
def p_jsign_digicertone(r, v):
    c = common(r)
    return (sub(r) + "sign-keylocker.ps1", fill("""# jsign with the DigiCert ONE (KeyLocker) keystore
$alias = 'key_@NUM@'
java -jar .\\tools\\jsign.jar `
    --storetype DIGICERTONE `
    --storepass "@V@|$PSScriptRoot\\Certificate_pkcs12.p12|$env:SM_CLIENT_CERT_PASSWORD" `
    --alias $alias `
    --tsaurl @TS@ `
    .\\out\\@APP@Setup.exe
""", V=v, NUM=str(r.randint(100000000, 999999999)), **c))


@T("osslsigncode", "pfx-password", "pfxpw", "docker")
def p_dockerfile_ossl(r, v):
    c = common(r)
    return (pick(r, ["Dockerfile.windows-cross", "docker/cross/Dockerfile", "Dockerfile"]), fill("""FROM ubuntu:22.04 AS build
RUN apt-get update && apt-get install -y --no-install-recommends \\
      mingw-w64 make osslsigncode ca-certificates && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make CROSS=x86_64-w64-mingw32- release
COPY certs/release.pfx /tmp/release.pfx
RUN osslsigncode sign -pkcs12 /tmp/release.pfx -pass @V@ -h sha256 \\
      -n "@APP@" -t @TS@ -in out/@APPL@.exe -out out/@APPL@-signed.exe \\
 && rm /tmp/release.pfx

FROM scratch AS export
COPY --from=build /src/out/@APPL@-signed.exe /
""", V=v, **c))


@T("squirrel", "pfx-password", "pfxpw", "ps1")
def p_squirrel(r, v):
    c = common(r)
    return (sub(r) + "Release-Squirrel.ps1", fill("""$version = '@VER@'
nuget pack .\\@APP@.nuspec -Version $version -OutputDirectory .\\nupkg
.\\packages\\squirrel.windows.2.0.1\\tools\\Squirrel.exe --releasify ".\\nupkg\\@APP@.$version.nupkg" `
    --releaseDir .\\Releases `
    --setupIcon .\\assets\\app.ico `
    --signWithParams "/a /f certs\\@APPL@.pfx /p @V@ /fd sha256 /tr @TS@ /td sha256" `
    --no-msi
""", V=v, **c))


@T("velopack", "pfx-password", "pfxpw", "gha")
def p_velopack_gha(r, v):
    c = common(r)
    return (".github/workflows/velopack.yml", fill("""name: Velopack release
on:
  workflow_dispatch:
    inputs:
      version:
        required: true
jobs:
  pack:
    runs-on: windows-latest
    steps:
      - uses: actions/checkout@v4
      - run: dotnet tool install -g vpk
      - run: dotnet publish src/@APP@ -c Release -r win-x64 --self-contained -o publish
      - name: Pack and sign
        run: >
          vpk pack --packId @APP@ --packVersion ${{ github.event.inputs.version }}
          --packDir publish --mainExe @APP@.exe
          --signParams "/f certs/@APPL@.pfx /p @V@ /fd sha256 /tr @TS@ /td sha256"
""", V=v, **c))


@T("velopack", "pfx-password", "pfxpw", "cmd")
def p_velopack_cmd(r, v):
    c = common(r)
    return ("pack.bat", fill("""@echo off
set VERSION=%1
if "%VERSION%"=="" set VERSION=@VER@
dotnet publish src\\@APP@\\@APP@.csproj -c Release -r win-x64 --self-contained -o publish || exit /b 1
vpk pack -u @APP@ -v %VERSION% -p publish -e @APP@.exe --signParams "/f %~dp0certs\\release.pfx /p @V@ /tr @TS@ /td sha256 /fd sha256"
""", V=v, **c))


# ---------------- electron-builder
@T("electron-builder", "pfx-password", "pfxpw", "json")
def p_pkgjson(r, v):
    c = common(r)
    return ("package.json", fill("""{
  "name": "@APPL@",
  "productName": "@APP@",
  "version": "@VER@",
  "main": "dist/main.js",
  "scripts": {
    "build": "tsc -p . && vite build",
    "dist:win": "electron-builder --win --x64"
  },
  "devDependencies": {
    "electron": "^30.0.1",
    "electron-builder": "^24.13.3",
    "typescript": "^5.4.5"
  },
  "build": {
    "appId": "com.@APPL@.desktop",
    "directories": { "output": "release" },
    "win": {
      "target": ["nsis"],
      "certificateFile": "build/certs/codesign.pfx",
      "certificatePassword": "@V@",
      "publisherName": "@COMP@",
      "rfc3161TimeStampServer": "@TS@"
    },
    "nsis": { "oneClick": false, "perMachine": true }
  }
}
""", V=v, **c))


@T("electron-builder", "pfx-password", "pfxpw", "json")
def p_ebjson(r, v):
    c = common(r)
    return (pick(r, ["electron-builder.json", "electron-builder.win.json"]), fill("""{
  "appId": "org.@APPL@.app",
  "productName": "@APP@",
  "files": ["dist/**/*", "package.json"],
  "win": {
    "target": [{ "target": "nsis", "arch": ["x64", "arm64"] }],
    "icon": "build/icon.ico",
    "signingHashAlgorithms": ["sha256"],
    "cscLink": "build/win-cert.p12",
    "cscKeyPassword": "@V@"
  },
  "publish": [{ "provider": "github", "owner": "@APPL@", "repo": "@APPL@-desktop" }]
}
""", V=v, **c))


@T("electron-builder", "pfx-password", "pfxpw", "gha")
def p_gha_csc_pw(r, v):
    c = common(r)
    var = pick(r, ["CSC_KEY_PASSWORD", "WIN_CSC_KEY_PASSWORD"])
    return (".github/workflows/" + pick(r, ["electron-release.yml", "package.yml"]), fill("""name: package
on:
  push:
    tags: ['v*.*.*']
jobs:
  build:
    runs-on: windows-latest
    env:
      @VAR@: @V@
      @LINKVAR@: ${{ github.workspace }}\\build\\certs\\codesign.pfx
      GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npm run build
      - run: npx electron-builder --win --publish always
""", V=v, VAR=var, LINKVAR=var.replace("KEY_PASSWORD", "LINK"), **c))


@T("electron-builder", "pfx-password", "pfxpw", "env")
def p_env_csc(r, v):
    c = common(r)
    return (pick(r, [".env", ".env.local", ".env.production"]), fill("""# electron-builder signing (local release builds)
CSC_LINK=./build/certs/@APPL@-codesign.p12
CSC_KEY_PASSWORD=@V@
ELECTRON_BUILDER_CACHE=./.cache/electron-builder
APP_UPDATE_URL=https://updates.example.com/@APPL@
""", V=v, **c))


@T("electron-builder", "pfx-base64", "pfxb64", "gha")
def p_gha_csc_link(r, v):
    c = common(r)
    return (".github/workflows/" + pick(r, ["desktop.yml", "electron.yml"]), fill("""name: desktop
on: [workflow_dispatch]
jobs:
  win:
    runs-on: windows-2022
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20 }
      - run: npm ci && npm run build
      - name: electron-builder
        env:
          WIN_CSC_LINK: @V@
          WIN_CSC_KEY_PASSWORD: ${{ secrets.WIN_CSC_KEY_PASSWORD }}
        run: npx electron-builder --win nsis --x64
""", V=v, **c))


@T("signtool", "pfx-base64", "pfxb64", "ps1")
def p_ps1_b64(r, v):
    c = common(r)
    lines = [v[i:i + 76] for i in range(0, len(v), 76)]
    body = "\n".join(lines)
    return (sub(r) + "Import-SigningCert.ps1", fill("""# Restores the code signing certificate on a fresh build agent.
$pfxBase64 = @"
@B@
"@
$bytes = [Convert]::FromBase64String(($pfxBase64 -replace '\\s', ''))
$path = Join-Path $env:RUNNER_TEMP 'codesign.pfx'
[IO.File]::WriteAllBytes($path, $bytes)
$pw = Read-Host -AsSecureString 'PFX password'
Import-PfxCertificate -FilePath $path -CertStoreLocation Cert:\\CurrentUser\\My -Password $pw | Out-Null
Remove-Item $path
""", B=body, V="", **c))


@T("electron-builder", "pfx-base64", "pfxb64", "appveyor")
def p_appveyor_b64(r, v):
    c = common(r)
    return ("appveyor.yml", fill("""image: Visual Studio 2022
platform: x64
environment:
  nodejs_version: "20"
  CSC_LINK: @V@
  CSC_KEY_PASSWORD:
    secure: @SEC@
install:
  - ps: Install-Product node $env:nodejs_version x64
  - npm ci
build_script:
  - npm run dist:win
artifacts:
  - path: release\\*.exe
""", V=v, SEC=b64_random(r, 32), **c))


@T("advanced-installer", "pfx-password", "pfxpw", "cmd")
def p_advinst(r, v):
    c = common(r)
    return (sub(r) + "build-aip.cmd", fill("""@echo off
set ADVINST="C:\\Program Files (x86)\\Caphyon\\Advanced Installer 21.5\\bin\\x86\\AdvancedInstaller.com"
%ADVINST% /edit installer\\@APP@.aip /SetVersion @VER@
%ADVINST% /edit installer\\@APP@.aip /SetDigitalCertificateFile -file certs\\@APPL@.pfx -password "@V@"
%ADVINST% /edit installer\\@APP@.aip /SetSig
%ADVINST% /build installer\\@APP@.aip
""", V=v, **c))


# ---------------- Azure Key Vault / Trusted Signing / Store (client secrets)
@T("azuresigntool", "client-secret", "azsecret", "ps1")
def p_ast_ps1(r, v):
    c = common(r)
    return (sub(r) + pick(r, ["Sign-AzureKeyVault.ps1", "azure-sign.ps1"]), fill("""dotnet tool install --global AzureSignTool --version 6.0.1 2>$null
$files = Get-ChildItem .\\artifacts -Recurse -Include *.exe, *.msi, *.dll
AzureSignTool sign `
    -kvu @KV@ `
    -kvi @G1@ `
    -kvt @G2@ `
    -kvs '@V@' `
    -kvc @APPL@-codesign `
    -tr @TS@ -td sha256 -fd sha256 `
    -v $files.FullName
""", V=v, **c))


@T("azuresigntool", "client-secret", "azsecret", "gha")
def p_ast_gha(r, v):
    c = common(r)
    return (".github/workflows/sign.yml", fill("""name: sign
on:
  release:
    types: [published]
jobs:
  sign:
    runs-on: windows-latest
    steps:
      - uses: actions/download-artifact@v4
        with: { name: installer }
      - run: dotnet tool install --global AzureSignTool
      - name: Sign with Key Vault
        run: >
          azuresigntool sign --azure-key-vault-url "@KV@"
          --azure-key-vault-client-id "${{ vars.AKV_CLIENT_ID }}"
          --azure-key-vault-tenant-id "${{ vars.AKV_TENANT_ID }}"
          --azure-key-vault-client-secret "@V@"
          --azure-key-vault-certificate "codesign-@YEAR@"
          --timestamp-rfc3161 @TS@ --verbose @APP@Setup.exe
""", V=v, **c))


@T("azuresigntool", "client-secret", "azsecret", "cmd")
def p_ast_cmd(r, v):
    c = common(r)
    return ("sign-akv.cmd", fill("""@echo off
rem Sign with the certificate kept in Azure Key Vault
AzureSignTool.exe sign -du "https://www.example.com/@APPL@" -fd sha256 ^
  -kvu @KV@ ^
  -kvi @G1@ ^
  -kvt @G2@ ^
  -kvs @V@ ^
  -kvc release-cert ^
  -tr @TS@ -td sha256 ^
  %*
""", V=v, **c))


@T("azure-trusted-signing", "client-secret", "azsecret", "gha")
def p_ats_gha(r, v):
    c = common(r)
    return (".github/workflows/trusted-signing.yml", fill("""name: build-and-sign
on: push
jobs:
  build:
    runs-on: windows-latest
    steps:
      - uses: actions/checkout@v4
      - run: dotnet publish -c Release -o out
      - name: Trusted Signing
        uses: azure/trusted-signing-action@v0.5.1
        env:
          AZURE_TENANT_ID: @G1@
          AZURE_CLIENT_ID: @G2@
          AZURE_CLIENT_SECRET: @V@
        with:
          endpoint: https://eus.codesigning.azure.net/
          trusted-signing-account-name: @APPL@-signing
          certificate-profile-name: @APPL@-public
          files-folder: ${{ github.workspace }}\\out
          files-folder-filter: exe,dll
          file-digest: SHA256
          timestamp-rfc3161: http://timestamp.acs.microsoft.com
          timestamp-digest: SHA256
""", V=v, **c))


@T("azure-trusted-signing", "client-secret", "azsecret", "ps1")
def p_ats_ps1(r, v):
    c = common(r)
    return (sub(r) + "Invoke-TrustedSigning.ps1", fill("""# Signs with Azure Trusted Signing through the signtool dlib.
$env:AZURE_TENANT_ID = '@G1@'
$env:AZURE_CLIENT_ID = '@G2@'
$env:AZURE_CLIENT_SECRET = '@V@'
$dlib = "$env:LOCALAPPDATA\\Microsoft\\MicrosoftTrustedSigningClientTools\\Azure.CodeSigning.Dlib.dll"
& signtool.exe sign /v /fd SHA256 /tr http://timestamp.acs.microsoft.com /td SHA256 `
    /dlib $dlib /dmdf "$PSScriptRoot\\metadata.json" .\\out\\@APP@.exe
""", V=v, **c))


@T("microsoft-store", "client-secret", "azsecret", "ps1")
def p_msstore_cli(r, v):
    c = common(r)
    return (sub(r) + "Publish-Store.ps1", fill("""# Submit the MSIX bundle to Partner Center with the Microsoft Store CLI
$sellerId = '@SELLER@'
msstore reconfigure --tenantId @G1@ --sellerId $sellerId --clientId @G2@ --clientSecret "@V@"
msstore publish .\\out\\@APP@_@VER@.0_x64.msixbundle -id @PID@ -v
""", V=v, SELLER=str(r.randint(10000000, 99999999)),
        PID="9" + rstr(r, "BCDFGHJKLMNPQRSTVWXZ0123456789", 11), **c))


@T("microsoft-store", "client-secret", "azsecret", "py")
def p_store_py(r, v):
    c = common(r)
    return ("tools/store_submit.py", fill('''"""Create a Partner Center submission for @APP@ via the Store submission API."""
import json
import sys

import requests

TENANT = "@G1@"
CLIENT_ID = "@G2@"
APP_ID = "@PID@"


def token():
    resp = requests.post(
        f"https://login.microsoftonline.com/{TENANT}/oauth2/token",
        data={
            "grant_type": "client_credentials",
            "client_id": CLIENT_ID,
            "client_secret": "@V@",
            "resource": "https://manage.devcenter.microsoft.com",
        },
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def main():
    hdr = {"Authorization": "Bearer " + token()}
    r = requests.post(f"https://manage.devcenter.microsoft.com/v1.0/my/applications/{APP_ID}/submissions",
                      headers=hdr, timeout=60)
    r.raise_for_status()
    json.dump(r.json(), sys.stdout, indent=2)


if __name__ == "__main__":
    main()
''', V=v, PID="9" + rstr(r, "BCDFGHJKLMNPQRSTVWXZ0123456789", 11), **c))


@T("microsoft-store", "client-secret", "azsecret", "ps1")
def p_storebroker(r, v):
    c = common(r)
    return (sub(r) + "StoreBroker-Auth.ps1", fill("""Import-Module StoreBroker
$tenantId = '@G1@'
$clientId = '@G2@'
$secure = ConvertTo-SecureString '@V@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($clientId, $secure)
Set-StoreBrokerAuthentication -TenantId $tenantId -Credential $cred
Get-Applications -GetAll | Format-Table id, primaryName
""", V=v, **c))


@T("azure-key-vault", "client-secret", "azsecret", "cs")
def p_cs_credential(r, v):
    c = common(r)
    return ("build/SignTask/" + pick(r, ["KeyVaultSigner.cs", "Program.cs"]), fill("""using System;
using Azure.Identity;
using Azure.Security.KeyVault.Certificates;

namespace @APP@.Build.Signing
{
    internal static class KeyVaultSigner
    {
        private static readonly Uri VaultUri = new Uri("@KV@");

        public static CertificateClient CreateClient()
        {
            var credential = new ClientSecretCredential(
                "@G1@",
                "@G2@",
                "@V@");
            return new CertificateClient(VaultUri, credential);
        }
    }
}
""", V=v, **c))


@T("azure-key-vault", "client-secret", "azsecret", "cake")
def p_cake_akv(r, v):
    c = common(r)
    return ("build.cake", fill("""#tool "dotnet:?package=AzureSignTool&version=6.0.1"
var target = Argument("target", "Sign");
var configuration = Argument("configuration", "Release");

Task("Build").Does(() => {
    DotNetPublish("./src/@APP@/@APP@.csproj", new DotNetPublishSettings { Configuration = configuration, OutputDirectory = "./publish" });
});

Task("Sign").IsDependentOn("Build").Does(() => {
    var args = new ProcessArgumentBuilder()
        .Append("sign")
        .Append("-kvu").Append("@KV@")
        .Append("-kvi").Append("@G1@")
        .Append("-kvt").Append("@G2@")
        .Append("-kvs").Append("@V@")
        .Append("-kvc").Append("codesign")
        .Append("-tr").Append("@TS@")
        .Append("./publish/@APP@.exe");
    StartProcess("azuresigntool", new ProcessSettings { Arguments = args });
});

RunTarget(target);
""", V=v, **c))


# ---------------- Chocolatey (GUID API keys)
@T("chocolatey", "api-key", "choco", "ps1")
def p_choco_apikey(r, v):
    c = common(r)
    return (sub(r) + pick(r, ["publish-choco.ps1", "Push-Chocolatey.ps1"]), fill("""$ErrorActionPreference = 'Stop'
Set-Location "$PSScriptRoot\\..\\choco"
choco pack @APPL@.nuspec --version @VER@
choco apikey --key @V@ --source https://push.chocolatey.org/
choco push .\\@APPL@.@VER@.nupkg --source https://push.chocolatey.org/
""", V=v, **c))


@T("chocolatey", "api-key", "choco", "cmd")
def p_choco_push_cmd(r, v):
    c = common(r)
    return ("choco/push.cmd", fill("""@echo off
cd /d %~dp0
choco pack || exit /b 1
for %%P in (*.nupkg) do choco push "%%P" --source https://push.chocolatey.org/ --api-key @V@
""", V=v, **c))


@T("chocolatey", "api-key", "choco", "gha")
def p_choco_gha(r, v):
    c = common(r)
    return (".github/workflows/chocolatey.yml", fill("""name: chocolatey
on:
  release:
    types: [released]
jobs:
  push:
    runs-on: windows-latest
    env:
      CHOCO_API_KEY: @V@
    steps:
      - uses: actions/checkout@v4
      - name: Update checksum
        shell: pwsh
        run: ./choco/update.ps1 -Tag "${{ github.event.release.tag_name }}"
      - name: Pack & push
        run: |
          choco pack choco/@APPL@.nuspec --outputdirectory choco
          choco push (Get-Item choco/*.nupkg).FullName --source https://push.chocolatey.org/ --api-key $env:CHOCO_API_KEY
""", V=v, **c))


@T("chocolatey", "api-key", "choco", "appveyor")
def p_choco_appveyor(r, v):
    c = common(r)
    return ("appveyor.yml", fill("""version: @VER@.{build}
image: Visual Studio 2022
build_script:
  - ps: .\\build.ps1 -Target Package
artifacts:
  - path: 'out\\*.nupkg'
    name: choco
deploy:
  - provider: NuGet
    server: https://push.chocolatey.org/
    api_key: @V@
    artifact: choco
    on:
      APPVEYOR_REPO_TAG: true
""", V=v, **c))


@T("chocolatey", "api-key", "choco", "cake")
def p_choco_cake(r, v):
    c = common(r)
    return ("build/choco.cake", fill("""Task("Choco-Push")
    .WithCriteria(BuildSystem.IsRunningOnAppVeyor || IsRunningOnWindows())
    .Does(() =>
{
    var pkg = GetFiles("./artifacts/choco/*.nupkg").First();
    ChocolateyPush(pkg, new ChocolateyPushSettings {
        Source = "https://push.chocolatey.org/",
        ApiKey = "@V@",
        Timeout = TimeSpan.FromMinutes(5)
    });
});
""", V=v, **c))


@T("chocolatey", "api-key", "choco", "ps1")
def p_choco_au(r, v):
    c = common(r)
    return (pick(r, ["update_all.ps1", "au/update_all.ps1"]), fill("""# AU (automatic updater) run for the community package repository
param([string] $Name, [string] $ForcedPackages, [string] $Root = $PSScriptRoot)

$Options = [ordered]@{
    Timeout       = 100
    Threads       = 10
    Push          = $true
    PluginPath    = ''
    Report        = @{ Type = 'markdown'; Path = "$PSScriptRoot\\Update-AUPackages.md" }
    Gist          = @{ Id = $Env:gist_id; Path = "$PSScriptRoot\\Update-AUPackages.md" }
}
$Env:api_key = '@V@'
$Env:au_Push = 'true'
$global:au_Root = $Root
Update-AUPackages -Name $Name -Options $Options
""", V=v, **c))


@T("chocolatey", "api-key", "choco", "make")
def p_choco_make(r, v):
    c = common(r)
    return ("packaging/Makefile", fill("""VERSION ?= @VER@
NUPKG := choco/@APPL@.$(VERSION).nupkg

.PHONY: choco push-choco
choco:
\tchoco pack choco/@APPL@.nuspec --version $(VERSION) --outdir choco

push-choco: choco
\tchoco push $(NUPKG) -s https://push.chocolatey.org/ -k @V@
""", V=v, **c))


# ---------------- winget / scoop (GitHub PATs)
@T("winget", "github-pat", "gh", "ps1")
def p_wingetcreate_ps1(r, v):
    c = common(r)
    return (sub(r) + "Submit-Winget.ps1", fill("""param([Parameter(Mandatory)][string]$Version)
$url = "https://github.com/@APPL@/@APPL@/releases/download/v$Version/@APP@-$Version-x64.msi"
Invoke-WebRequest https://aka.ms/wingetcreate/latest -OutFile wingetcreate.exe
.\\wingetcreate.exe update @COMPID@.@APP@ --version $Version --urls $url --submit --token @V@
""", V=v, COMPID=c["COMP"].split()[0], **c))


@T("winget", "github-pat", "gh", "gha")
def p_wingetcreate_gha(r, v):
    c = common(r)
    return (".github/workflows/winget.yml", fill("""name: Publish to WinGet
on:
  release:
    types: [released]
jobs:
  winget:
    runs-on: windows-latest
    steps:
      - name: Submit manifest
        run: |
          $ver = '${{ github.event.release.tag_name }}'.TrimStart('v')
          iwr https://aka.ms/wingetcreate/latest -OutFile wingetcreate.exe
          .\\wingetcreate.exe update @COMPID@.@APP@ -v $ver -u "https://github.com/@APPL@/@APPL@/releases/download/v$ver/@APP@Setup.exe" -s -t @V@
""", V=v, COMPID=c["COMP"].split()[0], **c))


@T("winget", "github-pat", "gh", "cmd")
def p_wingetcreate_cmd(r, v):
    c = common(r)
    return ("winget/submit.cmd", fill("""@echo off
rem Submit the manifests in this folder to microsoft/winget-pkgs
wingetcreate submit --token @V@ --prtitle "New version: @APP@ @VER@" manifests\\%1
""", V=v, **c))


@T("winget", "github-pat", "gh", "sh")
def p_komac(r, v):
    c = common(r)
    return (sub(r) + "publish-winget.sh", fill("""#!/usr/bin/env bash
set -euo pipefail
VERSION="${1:?usage: publish-winget.sh VERSION}"
komac update @COMPID@.@APP@ \\
  --version "$VERSION" \\
  --urls "https://github.com/@APPL@/@APPL@/releases/download/v$VERSION/@APPL@-setup-x64.exe" \\
  --submit \\
  --token "@V@"
""", V=v, COMPID=c["COMP"].split()[0], **c))


@T("scoop", "github-pat", "gh", "ps1")
def p_scoop_ps1(r, v):
    c = common(r)
    return (pick(r, ["bin/auto-pr.local.ps1", "scripts/bucket-update.ps1"]), fill("""# Local wrapper around Scoop's bucket auto-pr (updates manifests and pushes)
$env:SCOOP_HOME = Convert-Path (scoop prefix scoop)
$gh_token = '@V@'
$env:GITHUB_TOKEN = $gh_token
& "$env:SCOOP_HOME\\bin\\auto-pr.ps1" -Dir "$PSScriptRoot\\..\\bucket" -Upstream '@APPL@/scoop-bucket:master' -Push
""", V=v, **c))


@T("scoop", "github-pat", "gh", "json")
def p_scoop_config(r, v):
    c = common(r)
    return (pick(r, ["tools/scoop/config.json", "ci/scoop-config.json"]), fill("""{
  "last_update": "@YEAR@-03-14T09:12:45.5511437+01:00",
  "scoop_repo": "https://github.com/ScoopInstaller/Scoop",
  "scoop_branch": "master",
  "use_lessmsi": true,
  "aria2-enabled": false,
  "gh_token": "@V@",
  "checkver_proxy": ""
}
""", V=v, **c))


@T("scoop", "github-pat", "gh", "gha")
def p_scoop_gha(r, v):
    c = common(r)
    return (".github/workflows/excavator.yml", fill("""name: Excavator
on:
  workflow_dispatch:
  schedule:
    - cron: '20 */4 * * *'
jobs:
  excavate:
    name: Excavate
    runs-on: windows-latest
    steps:
      - uses: actions/checkout@v4
      - name: Excavate
        uses: ScoopInstaller/GithubActions@main
        env:
          GITHUB_TOKEN: @V@
          SKIP_UPDATED: '1'
""", V=v, **c))


# ---------------- DigiCert KeyLocker
@T("digicert-keylocker", "api-key", "smkey", "gha")
def p_sm_gha(r, v):
    c = common(r)
    return (".github/workflows/keylocker-sign.yml", fill("""name: keylocker-sign
on: [push]
jobs:
  sign:
    runs-on: windows-latest
    env:
      SM_HOST: https://clientauth.one.digicert.com
      SM_API_KEY: @V@
      SM_CLIENT_CERT_FILE: D:\\Certificate_pkcs12.p12
      SM_CLIENT_CERT_PASSWORD: ${{ secrets.SM_CLIENT_CERT_PASSWORD }}
      SM_CODE_SIGNING_CERT_SHA1_HASH: @TPL@
    steps:
      - uses: actions/checkout@v4
      - name: Client cert
        shell: bash
        run: echo "${{ secrets.SM_CLIENT_CERT_FILE_B64 }}" | base64 --decode > /d/Certificate_pkcs12.p12
      - name: Setup KeyLocker tools
        uses: digicert/ssm-code-signing@v1.0.0
      - name: Sign
        run: smctl sign --fingerprint $env:SM_CODE_SIGNING_CERT_SHA1_HASH --input out\\@APP@.exe
""", V=v, TPL=c["TP"].lower(), **c))


@T("digicert-keylocker", "api-key", "smkey", "ps1")
def p_sm_ps1(r, v):
    c = common(r)
    return (sub(r) + "keylocker-env.ps1", fill("""# Environment for smctl / the KeyLocker KSP on this build box
$env:SM_HOST = 'https://clientauth.one.digicert.com'
$env:SM_API_KEY = '@V@'
$env:SM_CLIENT_CERT_FILE = 'C:\\keylocker\\Certificate_pkcs12.p12'
$env:SM_CLIENT_CERT_PASSWORD = [Environment]::GetEnvironmentVariable('SM_CLIENT_CERT_PASSWORD', 'Machine')
smctl healthcheck
smctl windows certsync
""", V=v, **c))


@T("digicert-keylocker", "client-cert-password", "smcertpw", "cmd")
def p_sm_cmd(r, v):
    c = common(r)
    return (sub(r) + "keylocker-sign.bat", fill("""@echo off
set SM_HOST=https://clientauth.one.digicert.com
set SM_API_KEY=%DIGICERT_API_KEY%
set SM_CLIENT_CERT_FILE=%~dp0Certificate_pkcs12.p12
set SM_CLIENT_CERT_PASSWORD=@V@
smctl sign --keypair-alias key_@NUM@ --input "%~1" --tool signtool
""", V=v, NUM=str(r.randint(100000000, 999999999)), **c))


@T("digicert-keylocker", "client-cert-password", "smcertpw", "gha")
def p_sm_gha_pw(r, v):
    c = common(r)
    return (".github/actions/keylocker/action.yml", fill("""name: KeyLocker signing
description: Installs DigiCert KeyLocker tools and signs the given files
inputs:
  files:
    required: true
runs:
  using: composite
  steps:
    - name: Configure
      shell: pwsh
      run: |
        "SM_HOST=https://clientauth.one.digicert.com" >> $env:GITHUB_ENV
        "SM_CLIENT_CERT_FILE=$env:RUNNER_TEMP\\client.p12" >> $env:GITHUB_ENV
        "SM_CLIENT_CERT_PASSWORD=@V@" >> $env:GITHUB_ENV
    - uses: digicert/ssm-code-signing@v1.0.0
    - shell: pwsh
      run: smctl sign --fingerprint @TPL@ --input ${{ inputs.files }}
""", V=v, TPL=c["TP"].lower(), **c))


@T("digicert-keylocker", "api-key", "smkey", "md")
def p_sm_md(r, v):
    c = common(r)
    return ("docs/keylocker-setup.md", fill("""# KeyLocker setup on the release VM

The release VM signs with DigiCert KeyLocker. After installing the client tools
(`smtools-windows-x64.msi`) save the credentials in the Windows credential store:

```powershell
smctl credentials save @V@ $env:SM_CLIENT_CERT_PASSWORD
smctl healthcheck
```

Then run `smctl windows certsync` so that `signtool /sha1 @TP@` finds the certificate.
""", V=v, **c))


# ---------------- SSL.com eSigner / Certum SimplySign
@T("ssl.com-esigner", "account-password", "userpw", "ps1")
def p_esigner_pw(r, v):
    c = common(r)
    return (sub(r) + "esigner-sign.ps1", fill("""$cst = "$PSScriptRoot\\CodeSignTool\\CodeSignTool.bat"
& $cst sign `
    -username=release@@APPL@.example.com `
    -password="@V@" `
    -credential_id=@G1@ `
    -totp_secret="$env:ES_TOTP_SECRET" `
    -input_file_path=".\\dist\\@APP@Setup.exe" `
    -override=true
""", V=v, **c))


@T("ssl.com-esigner", "totp-secret", "totp64", "gha")
def p_esigner_gha(r, v):
    c = common(r)
    return (".github/workflows/esigner.yml", fill("""name: esigner
on:
  push:
    tags: ['v*']
jobs:
  sign:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./build.sh windows
      - name: Sign with eSigner
        uses: sslcom/esigner-codesign@develop
        with:
          command: sign
          username: ${{ secrets.ES_USERNAME }}
          password: ${{ secrets.ES_PASSWORD }}
          credential_id: @G1@
          totp_secret: @V@
          file_path: ${GITHUB_WORKSPACE}/dist/@APPL@.exe
          output_path: ${GITHUB_WORKSPACE}/signed
          environment_name: PROD
""", V=v, **c))


@T("ssl.com-esigner", "totp-secret", "totp64", "cmd")
def p_esigner_cmd(r, v):
    c = common(r)
    return ("sign-esigner.cmd", fill("""@echo off
pushd %~dp0tools\\CodeSignTool
call CodeSignTool.bat sign -username=%ES_USERNAME% -password=%ES_PASSWORD% -credential_id=@G1@ -totp_secret=@V@ -input_file_path=%~f1 -override=true
popd
""", V=v, **c))


@T("ssl.com-esigner", "account-password", "userpw", "sh")
def p_esigner_sh(r, v):
    c = common(r)
    return (sub(r) + "esigner.sh", fill("""#!/bin/bash
# eSigner CodeSignTool (Linux agent)
ESIGNER_USERNAME="build@@APPL@.io"
ESIGNER_PASSWORD="@V@"
ESIGNER_CREDENTIAL_ID="@G1@"
./CodeSignTool.sh sign -username="$ESIGNER_USERNAME" -password="$ESIGNER_PASSWORD" \\
  -credential_id="$ESIGNER_CREDENTIAL_ID" -totp_secret="$ESIGNER_TOTP" \\
  -input_file_path="$1" -output_dir_path=signed
""", V=v, **c))


@T("certum-simplysign", "totp-secret", "totp32", "ps1")
def p_certum_otp(r, v):
    c = common(r)
    return (sub(r) + "SimplySign-Login.ps1", fill("""# Unattended SimplySign Desktop login for the signing VM.
# The seed comes from the otpauth QR code shown when the SimplySign token was activated.
$otpUri = 'otpauth://totp/Certum:signing%40@APPL@.example?secret=@V@&issuer=Certum&digits=6&period=30'
$seed = ([uri]$otpUri).Query.TrimStart('?').Split('&') | Where-Object { $_ -like 'secret=*' } | ForEach-Object { $_.Substring(7) }
$code = & "$PSScriptRoot\\totp.exe" $seed
Start-Process "C:\\Program Files\\Certum\\SimplySign Desktop\\SimplySignDesktop.exe"
Start-Sleep 5
(New-Object -ComObject WScript.Shell).SendKeys("signing@@APPL@.example{TAB}$code{ENTER}")
""", V=v, **c))


@T("certum-simplysign", "totp-secret", "totp32", "ado")
def p_certum_ado(r, v):
    c = common(r)
    return ("pipelines/sign-certum.yml", fill("""parameters:
- name: files
  type: string
variables:
  SIMPLYSIGN_USER: signing@@APPL@.example
  SIMPLYSIGN_TOTP_SEED: @V@
steps:
- powershell: |
    $code = python tools/totp.py "$(SIMPLYSIGN_TOTP_SEED)"
    & tools/simplysign-login.ps1 -User "$(SIMPLYSIGN_USER)" -Code $code
  displayName: SimplySign login
- script: signtool sign /n "@COMP@" /fd sha256 /tr http://time.certum.pl /td sha256 ${{ parameters.files }}
  displayName: Sign
""", V=v, **c))


@T("totp", "totp-secret", "totp32", "py")
def p_totp_py(r, v):
    c = common(r)
    return ("tools/totp.py", fill('''"""Prints the current 6-digit code for the signing account (RFC 6238)."""
import base64
import hashlib
import hmac
import struct
import time

SEED = "@V@"


def totp(seed, step=30, digits=6):
    key = base64.b32decode(seed + "=" * (-len(seed) % 8))
    counter = struct.pack(">Q", int(time.time()) // step)
    mac = hmac.new(key, counter, hashlib.sha1).digest()
    off = mac[-1] & 0x0F
    code = struct.unpack(">I", mac[off:off + 4])[0] & 0x7FFFFFFF
    return str(code % 10 ** digits).zfill(digits)


if __name__ == "__main__":
    print(totp(SEED))
''', V=v, **c))


# ---------------------------------------------------------------- look-alike negatives
def b64_lines(s, width, prefix=""):
    return "\n".join(prefix + s[i:i + width] for i in range(0, len(s), width))


def der_blob(r, oid_tail, n):
    inner = bytes(r.randrange(256) for _ in range(n))
    body = b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07" + oid_tail + b"\xa0" + der_len(len(inner)) + inner
    return base64.b64encode(b"\x30" + der_len(len(body)) + body).decode()


def cert_pem(r):
    inner = bytes(r.randrange(256) for _ in range(r.randint(900, 1300)))
    tbs = b"\x30" + der_len(len(inner)) + inner
    blob = b"\x30" + der_len(len(tbs)) + tbs
    return ("-----BEGIN CERTIFICATE-----\n" + b64_lines(base64.b64encode(blob).decode(), 64)
            + "\n-----END CERTIFICATE-----\n")


@L("signtool", "thumbprint")
def n_signtool_sha1(r):
    c = common(r)
    return (sub(r) + "sign.ps1", fill("""# Signs with the EV certificate on the hardware token (selected by thumbprint).
$thumbprint = '@TP@'
Get-ChildItem .\\out -Include *.exe, *.dll -Recurse | ForEach-Object {
    signtool sign /sha1 $thumbprint /fd sha256 /tr @TS@ /td sha256 /d "@APP@" $_.FullName
}
signtool verify /pa /all .\\out\\@APP@.exe
""", **c))


@L("signtool", "subject-name")
def n_signtool_auto(r):
    c = common(r)
    return (sub(r) + "sign.cmd", fill("""@echo off
rem The certificate lives in the machine store; /a picks the best one, /n restricts by subject.
signtool sign /a /n "@COMP@" /fd sha256 /tr @TS@ /td sha256 /d "@APP@" %*
if errorlevel 1 exit /b %errorlevel%
signtool verify /pa %*
""", **c))


@L("appveyor", "secure-value")
def n_appveyor_secure(r):
    c = common(r)
    return ("appveyor.yml", fill("""version: @VER@.{build}
image: Visual Studio 2022
environment:
  PFX_PASSWORD:
    secure: @S1@
  CHOCO_API_KEY:
    secure: @S2@
  GITHUB_TOKEN:
    secure: @S3@
install:
  - ps: nuget restore
build_script:
  - ps: .\\build.ps1 -Sign
deploy:
  - provider: GitHub
    auth_token:
      secure: @S4@
    artifact: /.*\\.msi/
    on:
      APPVEYOR_REPO_TAG: true
""", S1=b64_random(r, 16), S2=b64_random(r, 48), S3=b64_random(r, 48), S4=b64_random(r, 48), **c))


@L("github-actions", "secret-reference")
def n_gha_secrets(r):
    c = common(r)
    return (".github/workflows/" + pick(r, ["release.yml", "sign-windows.yml"]), fill("""name: release
on:
  push:
    tags: ['v*']
jobs:
  build:
    runs-on: windows-latest
    env:
      CSC_LINK: ${{ secrets.WIN_CSC_LINK }}
      CSC_KEY_PASSWORD: ${{ secrets.WIN_CSC_KEY_PASSWORD }}
      AZURE_CLIENT_SECRET: ${{ secrets.AZURE_CLIENT_SECRET }}
      SM_API_KEY: ${{ secrets.SM_API_KEY }}
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npx electron-builder --win
      - name: winget
        run: wingetcreate update @APP@.@APP@ -v ${{ github.ref_name }} -u ${{ steps.upload.outputs.url }} -s -t ${{ secrets.WINGET_PAT }}
""", **c))


@L("signtool", "env-reference")
def n_ps1_env(r):
    c = common(r)
    return (sub(r) + "Sign-Build.ps1", fill("""param([string]$Pfx = "$PSScriptRoot\\certs\\codesign.pfx")
if (-not $env:PFX_PASSWORD) { throw 'PFX_PASSWORD is not set (see docs/signing.md)' }
$securePw = ConvertTo-SecureString $env:PFX_PASSWORD -AsPlainText -Force
$cert = Get-PfxData -FilePath $Pfx -Password $securePw
Write-Host "Signing with $($cert.EndEntityCertificates[0].Subject)"
Set-AuthenticodeSignature -FilePath .\\out\\@APP@.ps1 -Certificate $cert.EndEntityCertificates[0] -TimestampServer @TS@ -HashAlgorithm SHA256
""", **c))


@L("chocolatey", "checksum")
def n_choco_install(r):
    c = common(r)
    return ("choco/tools/chocolateyinstall.ps1", fill("""$ErrorActionPreference = 'Stop'
$toolsDir   = "$(Split-Path -parent $MyInvocation.MyCommand.Definition)"
$packageArgs = @{
  packageName    = $env:ChocolateyPackageName
  fileType       = 'msi'
  url            = 'https://github.com/@APPL@/@APPL@/releases/download/v@VER@/@APP@-@VER@-x86.msi'
  url64bit       = 'https://github.com/@APPL@/@APPL@/releases/download/v@VER@/@APP@-@VER@-x64.msi'
  checksum       = '@H1@'
  checksumType   = 'sha256'
  checksum64     = '@H2@'
  checksumType64 = 'sha256'
  silentArgs     = "/qn /norestart /l*v `"$($env:TEMP)\\$($packageName).$($env:chocolateyPackageVersion).MsiInstall.log`""
  validExitCodes = @(0, 3010, 1641)
}
Install-ChocolateyPackage @packageArgs
""", H1=sha256hex(r, True), H2=sha256hex(r, True), **c))


@L("authenticode", "signature-block")
def n_ps1_sigblock(r):
    c = common(r)
    blob = der_blob(r, b"\x02", r.randint(3000, 4200))
    return (pick(r, ["tools/Install-@APP@.ps1", "scripts/bootstrap.ps1", "Install.ps1"]).replace("@APP@", c["APP"]), fill("""<#
.SYNOPSIS
  Installs @APP@ for the current user.
#>
param([switch]$Quiet)
$dest = Join-Path $env:LOCALAPPDATA 'Programs\\@APP@'
New-Item -ItemType Directory -Force -Path $dest | Out-Null
Expand-Archive -Path "$PSScriptRoot\\@APP@.zip" -DestinationPath $dest -Force
if (-not $Quiet) { Write-Host "@APP@ installed to $dest" }

# SIG # Begin signature block
@SIG@
# SIG # End signature block
""", SIG=b64_lines(blob, 64, "# "), **c))


@L("winget", "installer-sha256")
def n_winget_installer(r):
    c = common(r)
    pid = c["COMP"].split()[0] + "." + c["APP"]
    return ("manifests/%s/%s/%s/%s/%s.installer.yaml" % (pid[0].lower(), pid.split(".")[0], c["APP"], c["VER"], pid), fill("""# yaml-language-server: $schema=https://aka.ms/winget-manifest.installer.1.6.0.schema.json
PackageIdentifier: @PID@
PackageVersion: @VER@
InstallerType: nullsoft
Scope: machine
UpgradeBehavior: install
ReleaseDate: @YEAR@-05-02
Installers:
- Architecture: x64
  InstallerUrl: https://github.com/@APPL@/@APPL@/releases/download/v@VER@/@APP@-@VER@-x64-setup.exe
  InstallerSha256: @H1@
- Architecture: arm64
  InstallerUrl: https://github.com/@APPL@/@APPL@/releases/download/v@VER@/@APP@-@VER@-arm64-setup.exe
  InstallerSha256: @H2@
ManifestType: installer
ManifestVersion: 1.6.0
""", PID=pid, H1=sha256hex(r, True), H2=sha256hex(r, True), **c))


@L("chocolatey", "dpapi-encrypted")
def n_choco_config(r):
    c = common(r)
    return (pick(r, ["config/chocolatey.config", "provisioning/chocolatey.config"]), fill("""<?xml version="1.0" encoding="utf-8"?>
<chocolatey xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <config>
    <add key="cacheLocation" value="C:\\ProgramData\\chocolatey\\cache" description="Cache location if not TEMP folder." />
    <add key="commandExecutionTimeoutSeconds" value="2700" description="Default timeout for command execution." />
  </config>
  <sources>
    <source id="chocolatey" value="https://community.chocolatey.org/api/v2/" disabled="true" bypassProxy="false" selfService="false" adminOnly="false" priority="0" />
    <source id="internal" value="https://nexus.@APPL@.example/repository/choco/" disabled="false" priority="1" />
  </sources>
  <features>
    <feature name="checksumFiles" enabled="true" setExplicitly="false" />
  </features>
  <apiKeys>
    <apiKeys source="https://push.chocolatey.org/" key="AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA@D1@" />
    <apiKeys source="https://nexus.@APPL@.example/repository/choco/" key="AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA@D2@" />
  </apiKeys>
</chocolatey>
""", D1=b64_random(r, 150), D2=b64_random(r, 150), **c))


@L("msix", "thumbprint")
def n_wapproj_thumb(r):
    c = common(r)
    return (c["APP"] + ".Package/" + c["APP"] + ".Package.wapproj", fill("""<?xml version="1.0" encoding="utf-8"?>
<Project ToolsVersion="15.0" DefaultTargets="Build" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <PropertyGroup>
    <ProjectGuid>@G1@</ProjectGuid>
    <TargetPlatformVersion>10.0.22621.0</TargetPlatformVersion>
    <AppxPackageSigningEnabled>True</AppxPackageSigningEnabled>
    <PackageCertificateThumbprint>@TP@</PackageCertificateThumbprint>
    <AppxPackageSigningTimestampServerUrl>@TS@</AppxPackageSigningTimestampServerUrl>
    <AppxBundle>Always</AppxBundle>
  </PropertyGroup>
  <ItemGroup>
    <AppxManifest Include="Package.appxmanifest" />
  </ItemGroup>
</Project>
""", **c))


@L("scoop", "hash")
def n_scoop_manifest(r):
    c = common(r)
    return ("bucket/" + c["APPL"] + ".json", fill("""{
    "version": "@VER@",
    "description": "@APP@ desktop client",
    "homepage": "https://www.example.com/@APPL@",
    "license": "MIT",
    "architecture": {
        "64bit": {
            "url": "https://github.com/@APPL@/@APPL@/releases/download/v@VER@/@APP@-@VER@-win-x64.zip",
            "hash": "@H1@"
        },
        "arm64": {
            "url": "https://github.com/@APPL@/@APPL@/releases/download/v@VER@/@APP@-@VER@-win-arm64.zip",
            "hash": "@H2@"
        }
    },
    "bin": "@APPL@.exe",
    "checkver": "github",
    "autoupdate": {
        "architecture": {
            "64bit": { "url": "https://github.com/@APPL@/@APPL@/releases/download/v$version/@APP@-$version-win-x64.zip" }
        }
    }
}
""", H1=sha256hex(r), H2=sha256hex(r), **c))


@L("release", "checksums")
def n_sha256sums(r):
    c = common(r)
    lines = ["%s  %s" % (sha256hex(r), f) for f in [
        "%s-%s-x64.msi" % (c["APP"], c["VER"]), "%s-%s-arm64.msi" % (c["APP"], c["VER"]),
        "%s-%s-setup.exe" % (c["APPL"], c["VER"]), "%s-%s-portable.zip" % (c["APPL"], c["VER"]),
        "%s.%s.nupkg" % (c["APPL"], c["VER"])]]
    return (pick(r, ["dist/SHA256SUMS.txt", "release/checksums.txt", "SHA256SUMS"]), "\n".join(lines) + "\n")


@L("electron-updater", "sha512")
def n_latest_yml(r):
    c = common(r)
    return (pick(r, ["release/latest.yml", "dist/latest.yml"]), fill("""version: @VER@
files:
  - url: @APP@-Setup-@VER@.exe
    sha512: @S1@
    size: @SZ@
path: @APP@-Setup-@VER@.exe
sha512: @S1@
releaseDate: '@YEAR@-04-11T08:22:41.315Z'
""", S1=b64_random(r, 64), SZ=str(r.randint(60000000, 140000000)), **c))


@L("squirrel", "sha1")
def n_squirrel_releases(r):
    c = common(r)
    out = []
    for i in range(r.randint(3, 6)):
        v = "%d.%d.%d" % (1, i, r.randint(0, 9))
        out.append("%s %s-%s-full.nupkg %d" % (rstr(r, HEXU, 40), c["APP"], v, r.randint(50000000, 90000000)))
        if i:
            out.append("%s %s-%s-delta.nupkg %d" % (rstr(r, HEXU, 40), c["APP"], v, r.randint(200000, 9000000)))
    return ("Releases/RELEASES", "\n".join(out) + "\n")


@L("signtool", "verify-log")
def n_signtool_log(r):
    c = common(r)
    return (pick(r, ["logs/sign-@VER@.log", "build/logs/signtool.log"]).replace("@VER@", c["VER"]), fill("""Verifying: out\\@APP@.exe

Signature Index: 0 (Primary Signature)
Hash of file (sha256): @H1@

Signing Certificate Chain:
    Issued to: DigiCert Trusted Root G4
    Issued by: DigiCert Trusted Root G4
    Expires:   Fri Jan 15 04:59:59 2038
    SHA1 hash: DDFB16CD4931C973A2037D3FC83A4D7D775D05E4

        Issued to: @COMP@
        Issued by: DigiCert Trusted G4 Code Signing RSA4096 SHA384 2021 CA1
        Expires:   Sat Mar 07 23:59:59 @YEAR@
        SHA1 hash: @TP@

The signature is timestamped: Tue Apr 02 11:41:07 @YEAR@
Timestamp Verified by:
    Issued to: DigiCert Timestamp 2023
    SHA1 hash: @TP2@

Successfully verified: out\\@APP@.exe

Number of files successfully Verified: 1
Number of warnings: 0
Number of errors: 0
""", H1=sha256hex(r, True), TP2=thumb(r), **c))


@L("azure-trusted-signing", "metadata")
def n_ats_metadata(r):
    c = common(r)
    return (pick(r, ["build/metadata.json", "signing/metadata.json"]), fill("""{
  "Endpoint": "https://@REG@.codesigning.azure.net",
  "CodeSigningAccountName": "@APPL@-signing",
  "CertificateProfileName": "@APPL@-public-trust",
  "CorrelationId": "@G1@",
  "ExcludeCredentials": [ "ManagedIdentityCredential", "SharedTokenCacheCredential" ]
}
""", REG=pick(r, ["eus", "wus2", "weu", "neu", "wcus"]), **c))


@L("wix", "guid")
def n_wxs(r):
    c = common(r)
    return ("installer/Product.wxs", fill("""<Wix xmlns="http://wixtoolset.org/schemas/v4/wxs">
  <Package Name="@APP@" Manufacturer="@COMP@" Version="@VER@.0"
           UpgradeCode="@G1U@" Scope="perMachine">
    <MajorUpgrade DowngradeErrorMessage="A newer version of @APP@ is already installed." />
    <MediaTemplate EmbedCab="yes" />
    <StandardDirectory Id="ProgramFiles6432Folder">
      <Directory Id="INSTALLFOLDER" Name="@APP@">
        <Component Id="MainExe" Guid="@G2U@">
          <File Source="$(var.@APP@.TargetPath)" KeyPath="yes" />
        </Component>
      </Directory>
    </StandardDirectory>
    <Feature Id="Main">
      <ComponentRef Id="MainExe" />
    </Feature>
  </Package>
</Wix>
""", G1U=c["G1"].upper(), G2U=c["G2"].upper(), **c))


@L("msix", "manifest")
def n_appxmanifest(r):
    c = common(r)
    return (c["APP"] + ".Package/Package.appxmanifest", fill("""<?xml version="1.0" encoding="utf-8"?>
<Package xmlns="http://schemas.microsoft.com/appx/manifest/foundation/windows10"
         xmlns:uap="http://schemas.microsoft.com/appx/manifest/uap/windows10"
         xmlns:rescap="http://schemas.microsoft.com/appx/manifest/foundation/windows10/restrictedcapabilities"
         IgnorableNamespaces="uap rescap">
  <Identity Name="@PUBID@.@APP@" Publisher="CN=@G1U@" Version="@VER@.0" />
  <Properties>
    <DisplayName>@APP@</DisplayName>
    <PublisherDisplayName>@COMP@</PublisherDisplayName>
    <Logo>Images\\StoreLogo.png</Logo>
  </Properties>
  <Dependencies>
    <TargetDeviceFamily Name="Windows.Desktop" MinVersion="10.0.17763.0" MaxVersionTested="10.0.22621.0" />
  </Dependencies>
  <Applications>
    <Application Id="App" Executable="$targetnametoken$.exe" EntryPoint="$targetentrypoint$">
      <uap:VisualElements DisplayName="@APP@" Description="@APP@" BackgroundColor="transparent"
        Square150x150Logo="Images\\Square150x150Logo.png" Square44x44Logo="Images\\Square44x44Logo.png" />
    </Application>
  </Applications>
  <Capabilities>
    <rescap:Capability Name="runFullTrust" />
  </Capabilities>
</Package>
""", PUBID=str(r.randint(10000, 99999)) + c["COMP"].split()[0], G1U=c["G1"].upper(), **c))


@L("x509", "public-certificate")
def n_cert_pem(r):
    c = common(r)
    return (pick(r, ["certs/codesign-public.pem", "docs/certs/@APPL@-codesign.crt"]).replace("@APPL@", c["APPL"]),
            "# Public part of the @APP@ code signing certificate (for verification only)\n".replace("@APP@", c["APP"]) + cert_pem(r))


@L("chocolatey", "nuspec")
def n_nuspec(r):
    c = common(r)
    return ("choco/" + c["APPL"] + ".nuspec", fill("""<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2015/06/nuspec.xsd">
  <metadata>
    <id>@APPL@</id>
    <version>@VER@</version>
    <title>@APP@</title>
    <authors>@COMP@</authors>
    <owners>@APPL@-maintainers</owners>
    <projectUrl>https://www.example.com/@APPL@</projectUrl>
    <packageSourceUrl>https://github.com/@APPL@/chocolatey-packages/tree/master/@APPL@</packageSourceUrl>
    <iconUrl>https://cdn.jsdelivr.net/gh/@APPL@/chocolatey-packages@@SHA@/icons/@APPL@.png</iconUrl>
    <tags>@APPL@ productivity admin</tags>
    <summary>@APP@ for Windows</summary>
    <description>Installs @APP@ @VER@.</description>
  </metadata>
  <files>
    <file src="tools\\**" target="tools" />
  </files>
</package>
""", SHA=rstr(r, HEXL, 40), **c))


@L("inno-setup", "no-password")
def n_iss_nopw(r):
    c = common(r)
    return ("installer/setup.iss", fill("""#define AppVer "@VER@"
[Setup]
AppId={{@G1U@}
AppName=@APP@
AppVersion={#AppVer}
DefaultDirName={autopf}\\@APP@
SignTool=ev_token
SignedUninstaller=yes
; ev_token is defined on the build machine: signtool.exe sign /sha1 @TP@ /fd sha256 /tr @TS@ /td sha256 $f
OutputBaseFilename=@APPL@-{#AppVer}-setup

[Files]
Source: "..\\publish\\*"; DestDir: "{app}"; Flags: recursesubdirs signonce
""", G1U=c["G1"].upper(), **c))


@L("nsis", "no-password")
def n_nsi_nopw(r):
    c = common(r)
    return ("installer/installer.nsi", fill("""Unicode true
!define APP "@APP@"
Name "${APP}"
OutFile "..\\dist\\${APP}-setup.exe"
; sign.cmd reads the thumbprint of the EV token from the environment
!finalize '"${__FILEDIR__}\\sign.cmd" "%1"' = 0
!uninstfinalize '"${__FILEDIR__}\\sign.cmd" "%1"' = 0
VIProductVersion "@VER@.0"
VIAddVersionKey "CompanyName" "@COMP@"
Section
  SetOutPath $INSTDIR
  File /r "..\\publish\\*"
SectionEnd
""", **c))


@L("azuresigntool", "managed-identity")
def n_ast_mi(r):
    c = common(r)
    return (sub(r) + "sign-kv.ps1", fill("""# Build agents run in Azure with a managed identity; no secret needed.
AzureSignTool sign `
    -kvu @KV@ `
    -kvm `
    -kvc codesign-@YEAR@ `
    -tr @TS@ -td sha256 -fd sha256 `
    -ifl .\\files-to-sign.txt
# client id of the identity for reference: @G1@ (tenant @G2@)
""", **c))


@L("digicert-keylocker", "fingerprint")
def n_smctl_fp(r):
    c = common(r)
    return (sub(r) + "smctl-sign.cmd", fill("""@echo off
rem SM_API_KEY and SM_CLIENT_CERT_PASSWORD come from the agent's credential store (smctl credentials save)
smctl sign --keypair-alias key_@NUM@ --fingerprint @TPL@ --input "%~1" --tool signtool --verbose
signtool verify /pa "%~1"
""", NUM=str(r.randint(100000000, 999999999)), TPL=c["TP"].lower(), **c))


@L("ssl.com-esigner", "credential-id")
def n_esigner_credid(r):
    c = common(r)
    return (".github/workflows/esigner.yml", fill("""name: esigner
on: [workflow_dispatch]
jobs:
  sign:
    runs-on: windows-latest
    steps:
      - uses: actions/checkout@v4
      - uses: sslcom/esigner-codesign@develop
        with:
          command: batch_sign
          username: ${{ secrets.ES_USERNAME }}
          password: ${{ secrets.ES_PASSWORD }}
          credential_id: @G1@
          totp_secret: ${{ secrets.ES_TOTP_SECRET }}
          dir_path: ${GITHUB_WORKSPACE}/dist
          output_path: ${GITHUB_WORKSPACE}/signed
          environment_name: PROD
""", **c))


@L("signtool", "timestamp-urls")
def n_ts_config(r):
    c = common(r)
    urls = list(TS_URLS)
    r.shuffle(urls)
    return ("build/signing.json", json.dumps({
        "certificateSelection": {"storeName": "My", "storeLocation": "CurrentUser", "thumbprint": c["TP"]},
        "fileDigest": "sha256", "timestampDigest": "sha256", "timestampServers": urls[:4],
        "description": c["APP"], "descriptionUrl": "https://www.example.com/" + c["APPL"],
        "include": ["**/*.exe", "**/*.dll", "**/*.msi"], "exclude": ["**/vcruntime*.dll"]}, indent=2) + "\n")


@L("velopack", "release-feed")
def n_velopack_feed(r):
    c = common(r)
    assets = []
    for kind in ["Full", "Delta", "Delta"]:
        assets.append({"PackageId": c["APP"], "Version": c["VER"], "Type": kind,
                       "FileName": "%s-%s-%s.nupkg" % (c["APP"], c["VER"], kind.lower()),
                       "SHA1": rstr(r, HEXU, 40), "SHA256": sha256hex(r, True),
                       "Size": r.randint(100000, 90000000)})
    return ("Releases/releases.win.json", json.dumps({"Assets": assets}, indent=2) + "\n")


@L("strong-name", "public-key")
def n_csproj_pubkey(r):
    c = common(r)
    key = "0024000004800000940000000602000000240000525341310004000001000100" + rstr(r, HEXL, 256)
    return ("src/" + c["APP"] + "/" + c["APP"] + ".csproj", fill("""<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net8.0-windows</TargetFramework>
    <OutputType>WinExe</OutputType>
    <UseWPF>true</UseWPF>
    <SignAssembly>true</SignAssembly>
    <AssemblyOriginatorKeyFile>..\\..\\build\\@APP@.snk</AssemblyOriginatorKeyFile>
    <ApplicationManifest>app.manifest</ApplicationManifest>
  </PropertyGroup>
  <ItemGroup>
    <InternalsVisibleTo Include="@APP@.Tests" Key="@KEY@" />
  </ItemGroup>
  <ItemGroup>
    <PackageReference Include="CommunityToolkit.Mvvm" Version="8.2.2" />
  </ItemGroup>
</Project>
""", KEY=key, **c))


@L("winget", "version-manifest")
def n_winget_locale(r):
    c = common(r)
    pid = c["COMP"].split()[0] + "." + c["APP"]
    return ("docs/publishing-winget.md", fill("""# Publishing to winget

The manifests live in `microsoft/winget-pkgs` under `manifests/@L@/@PID@`.

1. Store a classic PAT with `public_repo` scope once: `wingetcreate token --store`
   (it is saved in the Windows credential manager, not in this repo).
2. Update: `wingetcreate update @PID@ --version @VER@ --urls <installer-url> --submit`
3. CI uses `${{ secrets.WINGET_TOKEN }}`; rotate it yearly.

Current installer hash (x64): `@H1@`
""", L=pid[0].lower(), PID=pid, H1=sha256hex(r, True), **c))


@L("jsign", "env-reference")
def n_jsign_env(r):
    c = common(r)
    return ("scripts/jsign.sh", fill("""#!/bin/sh
set -eu
java -jar jsign.jar --keystore certs/@APPL@.p12 --storepass env:KEYSTORE_PASSWORD \\
  --alias codesign --tsaurl @TS@ --name "@APP@" "$@"
""", **c))


@L("electron-builder", "config-no-secret")
def n_eb_azure(r):
    c = common(r)
    return ("electron-builder.yml", fill("""appId: com.@APPL@.desktop
productName: @APP@
directories:
  output: release
win:
  target: [nsis, msi]
  publisherName: @COMP@
  azureSignOptions:
    endpoint: https://eus.codesigning.azure.net
    certificateProfileName: @APPL@-public
    codeSigningAccountName: @APPL@-signing
    publisherName: @COMP@
nsis:
  oneClick: false
  guid: @G1@
publish:
  provider: github
  releaseType: draft
""", **c))


@L("microsoft-store", "product-id")
def n_store_ids(r):
    c = common(r)
    return ("store/listing.json", json.dumps({
        "applicationId": "9" + rstr(r, "BCDFGHJKLMNPQRSTVWXZ0123456789", 11),
        "packageFamilyName": "%d%s.%s_%s" % (r.randint(10000, 99999), c["COMP"].split()[0], c["APP"], rstr(r, "abcdefghjkmnpqrstvwxyz0123456789", 13)),
        "sellerId": r.randint(10000000, 99999999), "tenantId": c["G1"], "clientId": c["G2"],
        "listings": {"en-us": {"title": c["APP"], "shortDescription": c["APP"] + " for Windows"}},
        "pricing": {"priceId": "Free"}, "visibility": "Public"}, indent=2) + "\n")


@L("nuget", "env-reference")
def n_nuget_config(r):
    c = common(r)
    return ("nuget.config", fill("""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="@APPL@-internal" value="https://pkgs.dev.azure.com/@APPL@/_packaging/internal/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <@APPL@-internal>
      <add key="Username" value="az" />
      <add key="ClearTextPassword" value="%AZURE_ARTIFACTS_PAT%" />
    </@APPL@-internal>
  </packageSourceCredentials>
</configuration>
""", **c))


@L("signtool", "inventory")
def n_cert_csv(r):
    c = common(r)
    rows = ["name,thumbprint,serial,issuer,not_after,store"]
    for i in range(r.randint(4, 8)):
        rows.append("%s,%s,%s,%s,%d-%02d-%02d,%s" % (
            pick(r, ["codesign-ev", "codesign-ov", "driver-attest", "msix-test", "timestamp-test"]) + "-%d" % i,
            thumb(r), rstr(r, HEXU, 32), pick(r, ["DigiCert", "Sectigo", "SSL.com", "Certum", "GlobalSign"]),
            r.randint(2024, 2028), r.randint(1, 12), r.randint(1, 28), pick(r, ["HSM", "CurrentUser\\My", "KeyLocker", "AzureKV"])))
    return ("docs/certificates.csv", "\n".join(rows) + "\n")


@L("release", "hashes-table")
def n_release_md(r):
    c = common(r)
    rows = "\n".join("| `%s` | `%s` |" % (f, sha256hex(r)) for f in [
        c["APP"] + "-" + c["VER"] + "-x64.msi", c["APP"] + "-" + c["VER"] + "-arm64.msi",
        c["APPL"] + "-portable.zip"])
    return ("CHANGELOG.md", fill("""# Changelog

## @VER@ - @YEAR@-06-03

- Installers are now signed with our new EV certificate (thumbprint `@TP@`).
- MSIX packages are timestamped with `@TS@`.
- Fixed crash on startup when the config file is empty.

| File | SHA-256 |
|------|---------|
@ROWS@
""", ROWS=rows, **c))


@L("build", "build-info")
def n_buildinfo(r):
    c = common(r)
    return (pick(r, ["build/buildinfo.json", "out/version.json"]), json.dumps({
        "version": c["VER"], "commit": rstr(r, HEXL, 40), "buildId": r.randint(1000, 99999),
        "runId": str(r.randint(10 ** 9, 10 ** 10)), "signed": True, "signingCertThumbprint": c["TP"],
        "artifactDigest": "sha256:" + sha256hex(r), "correlationId": c["G1"]}, indent=2) + "\n")


@L("msix", "appinstaller")
def n_appinstaller(r):
    c = common(r)
    return ("deploy/" + c["APP"] + ".appinstaller", fill("""<?xml version="1.0" encoding="utf-8"?>
<AppInstaller Uri="https://downloads.example.com/@APPL@/@APP@.appinstaller" Version="@VER@.0"
              xmlns="http://schemas.microsoft.com/appx/appinstaller/2021">
  <MainBundle Name="@PUB@.@APP@" Publisher="CN=@COMP@, O=@COMP@, L=Redmond, S=Washington, C=US"
              Version="@VER@.0" Uri="https://downloads.example.com/@APPL@/@APP@_@VER@.0_x64.msixbundle" />
  <UpdateSettings>
    <OnLaunch HoursBetweenUpdateChecks="12" ShowPrompt="true" UpdateBlocksActivation="false" />
    <AutomaticBackgroundTask />
  </UpdateSettings>
</AppInstaller>
""", PUB=c["COMP"].split()[0], **c))


@L("osslsigncode", "env-reference")
def n_make_env(r):
    c = common(r)
    return ("Makefile", fill("""# Signing needs PFX_PASSWORD in the environment (never commit it).
CERT ?= certs/codesign.p12
ifndef PFX_PASSWORD
$(warning PFX_PASSWORD not set - produced binaries will be unsigned)
endif

dist/@APPL@.exe: build/@APPL@.exe
\tosslsigncode sign -pkcs12 $(CERT) -readpass /run/secrets/pfx_password -h sha256 \\
\t\t-t @TS@ -in $< -out $@
""", **c))


@L("windows", "certutil-hash")
def n_certutil(r):
    c = common(r)
    return ("docs/verify-download.md", fill("""# Verifying your download

Run in a command prompt:

```
> certutil -hashfile @APP@-@VER@-x64.msi SHA256
SHA256 hash of @APP@-@VER@-x64.msi:
@H1@
CertUtil: -hashfile command completed successfully.
```

Then check the Authenticode signature: `Get-AuthenticodeSignature .\\@APP@-@VER@-x64.msi`
should report `Valid` with signer certificate thumbprint `@TP@`.
""", H1=sha256hex(r), **c))


@L("signtool", "csp-token")
def n_signtool_csp(r):
    c = common(r)
    return (sub(r) + "sign-hsm.cmd", fill("""@echo off
rem EV certificate on the YubiKey / cloud HSM via its KSP; the PIN is entered by the KSP dialog.
signtool sign /fd sha256 /tr @TS@ /td sha256 ^
  /f "%~dp0certs\\codesign-public.cer" ^
  /csp "DigiCert Signing Manager KSP" ^
  /kc key_@NUM@ ^
  %*
""", NUM=str(r.randint(100000000, 999999999)), **c))


# ---------------------------------------------------------------- driver
PH_KIND = {"azsecret": "azsecret", "choco": "choco", "gh": "gh", "smkey": "smkey",
           "totp32": "totp32", "totp64": "totp64", "pfxb64": "pfxb64"}
ENV_NAMES = (".env", ".env.local", ".env.production", ".env.development", ".env.staging")


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def filetype(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base == "Makefile":
        return "makefile"
    if base.startswith("Dockerfile"):
        return "dockerfile"
    if base.startswith(".") and base.count(".") == 1:
        return base[1:]
    if "." not in base:
        return "txt"
    return base.rsplit(".", 1)[-1].lower()


def line_of(text, needle):
    idx = text.find(needle)
    assert idx >= 0, "needle missing"
    return text.count("\n", 0, idx) + 1


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_lr.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    assert len(POS_T) >= 60 and len(NEG_L) + len(POS_T) >= 60
    manifest, secrets = [], []

    order = [i % len(POS_T) for i in range(500)]
    r.shuffle(order)
    n_env = 0
    for i, ti in enumerate(order):
        name, provider, kind, gen, ctx, fn = POS_T[ti]
        for _attempt in range(20):
            v = GENS[gen](r)
            rel, text = fn(r, v)
            base = rel.rsplit("/", 1)[-1]
            if base in ENV_NAMES and n_env >= 20:
                continue
            break
        if base in ENV_NAMES:
            n_env += 1
        needle = v[:64] if gen == "pfxb64" else v
        line = line_of(text, needle)
        assert needle in text.split("\n")[line - 1]
        fid = "pos/p%04d/%s" % (i, rel)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "pos", "provider": provider, "kind": kind,
                         "filetype": filetype(rel)})
        secrets.append({"file": fid, "needle": needle, "line": line})

    reuse = [i % len(POS_T) for i in range(250)]
    r.shuffle(reuse)
    looks = [i % len(NEG_L) for i in range(250)]
    r.shuffle(looks)
    slots = ["reuse"] * 250 + ["look"] * 250
    r.shuffle(slots)
    ri = li = 0
    for i, slot in enumerate(slots):
        if slot == "reuse":
            name, provider, kind, gen, ctx, fn = POS_T[reuse[ri]]
            ri += 1
            v = neg_value(r, PH_KIND.get(gen, ""), ctx)
            if ctx == "xml":
                v = xml_escape(v)
            rel, text = fn(r, v)
            kind = kind + "/placeholder"
        else:
            name, provider, kind, fn = NEG_L[looks[li]]
            li += 1
            rel, text = fn(r)
        d, _, base = rel.rpartition("/")
        if base.startswith(".env") and base not in (".env.example", ".env.sample", ".env.template"):
            rel = (d + "/" if d else "") + ".env.example"
        fid = "neg/n%04d/%s" % (i, rel)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    # re-read and check every needle against the written files
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]
        assert not any(s["needle"] in ln for ln in lines[:s["line"] - 1]), s["file"]


if __name__ == "__main__":
    main()
