#!/usr/bin/env python3
"""Blind evaluation-set generator "mc": PLM / CAD / engineering-data tooling.

EMPHASIS
    Product lifecycle management, CAD automation and engineering-data tooling as
    engineering IT teams and CAD automation developers commit it.  Providers:
    Onshape (API key pairs, HMAC signing clients), Autodesk Platform Services /
    Forge (client secrets; Fusion add-ins, Dynamo, iLogic, Design Automation),
    Autodesk Vault, PTC Windchill (site.xconf, db.properties, wt.properties,
    xconfmanager scripts), Siemens Teamcenter (tc_profilevars, SOA clients, batch
    utilities, NX Open journals), Aras Innovator (InnovatorServerConfig.xml, IOM),
    SolidWorks PDM (VBA/C# API, SQL backups), Dassault 3DEXPERIENCE (3DPassport),
    Altium (DbLib, DelphiScript, Nexar/Octopart), KiCad tooling (KiCost / KiBot /
    plugin configs with DigiKey, Mouser, Nexar, element14 keys), Arena PLM, Propel
    (Salesforce connected app), OpenBOM, Duro, Jira connectors, SAP ERP (JCo),
    FlexNet license servers, vault storage on S3 / Azure Blob, workflow
    notifications (SMTP, SendGrid, Slack), CI (GitHub PAT), Azure AD app secrets.
    File types: XML, .xconf, .properties, INI, .DbLib, JSON, YAML, Python, C#, Java,
    JavaScript, VBA/.bas, iLogic (.iLogicVb), AutoLISP (.lsp), DelphiScript (.pas),
    batch, PowerShell, shell, Dockerfile, docker-compose, Markdown runbooks, CSV,
    rclone/INI, PEM, .env (<= 1 in 20 positives).

USAGE
    python3 -B gen_mc.py OUTDIR SEED
    -> OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
       OUTDIR/manifest.jsonl, OUTDIR/secrets.jsonl.  Deterministic per SEED
       (one random.Random(SEED)); standard library only.

NEEDLE CONVENTIONS
    needle = the secret value exactly as written, without quotes.  Prefixed keys
    keep their prefix (SG., xoxb-, ghp_, ATATT...).  Key pairs (Onshape, AWS,
    DigiKey, APS): the secret half only (access key / client id are companions).
    Passwords: the password itself (in connection strings / URLs only the password).
    PEM private keys: the first base64 line of the body.  line = 1-based line of
    the first occurrence; asserted at generation time.

NEGATIVES
    250 re-use positive templates with the secret slot holding a placeholder
    (English / German / French / Japanese-romaji style), empty value, mask,
    environment / secret-manager / template reference of the file's idiom,
    Windchill "encrypted.<property>" values, providers' documented example values
    (AWS EXAMPLE keys, Azurite devstoreaccount1 key), or integrated auth.
    250 domain look-alikes: FlexLM license.dat (SIGN=/SIGN2=, HOSTID), BOM CSV
    exports (part numbers, revisions, SHA-256 checksums), Onshape document /
    workspace / element ids (24 hex), Windchill OIDs, Teamcenter UIDs, KiCad
    uuids, Altium unique ids, Vault checksums, cert thumbprints, PEM certificates
    and public keys, ssh public keys, Git LFS pointers, docker digests, lockfile
    integrity hashes, base64 thumbnails, Aras config ids, GUIDs, version strings.
    No negative is written to a .env / .env.<stage> file.

FORMATS CHECKED
    - Onshape: API key pair (access + secret), HMAC-SHA256 request signing,
      Basic auth with access/secret -- onshape-public.github.io/docs/auth/apikeys
      and the onshape REST client description on PyPI (search corpus "docs").
    - Nexar: client-credentials flow at identity.nexar.com/connect/token, client id
      + secret (NexarDeveloper sample repos, search corpus "code").
    - KiCost ~/.config/kicost/config.yaml with an APIs: section per distributor
      (KiCost docs excerpt, search corpus "code").
    - DigiKey OAuth client id / secret (digikey-api README).
    - From general knowledge: AWS AKIA + 16 base32 / 40-char secret; Azure storage
      key = base64 of 64 bytes (88 chars); SendGrid SG.<22>.<43>; Slack xoxb-;
      GitHub ghp_ 30 random + 6-char base62 CRC32 checksum; Azure AD secret
      "xxx8Q~" + 34; Windchill "encrypted.<prop>" after xconfmanager -p; Aras
      DB-Connection attributes; SAP JCo jco.client.* keys.

DOUBTS
    Onshape access key 24 / secret key 48 alphanumeric (from memory).  APS client
    secret 16 alnum (legacy) or 64 alnum (newer apps).  Nexar client secret length
    (guessed 48-64 base62).  DigiKey secret 16 alnum.  Mouser key = lowercase GUID.
    element14 key 24 lower alnum.  Duro API key 40 alnum (guess).  Salesforce
    consumer secret 64 upper hex.  Atlassian ATATT3xFfGF0 + 171 + "=" + 8 hex.
    Teamcenter TC_DB_CONNECT plain-text form; Windchill LDAP property names
    (ie.ldap.managerPw) and wt.mail.smtp.* keys; GitHub checksum base62 alphabet
    order (0-9A-Za-z) assumed; lmadmin silent-install property names.
"""
import base64
import binascii
import hashlib
import json
import os
import random
import string
import sys
import uuid

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEXL = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

R = None  # random.Random, set in main
USED = set()


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def mixed(alpha, n):
    # ensure upper, lower and digit present for alnum-ish secrets
    while True:
        s = rs(alpha, n)
        if (any(c.isupper() for c in s) or not any(c.isupper() for c in alpha)) and \
           (any(c.islower() for c in s) or not any(c.islower() for c in alpha)) and \
           any(c.isdigit() for c in s):
            return s


def uniq(fn):
    def w(*a, **k):
        for _ in range(100):
            v = fn(*a, **k)
            if v not in USED:
                USED.add(v)
                return v
        raise RuntimeError("cannot make unique secret")
    return w


# ---------------------------------------------------------------- secrets
WORDS = ["Zahnrad", "Kurbel", "Titan", "Falcon", "Nordwind", "Bracket", "Gearbox",
         "Spindel", "Flansch", "Orion", "Kestrel", "Turbine", "Rotor", "Matrize",
         "Sprocket", "Welle", "Granit", "Piston", "Hexbolt", "Caliper", "Lathe",
         "Voyager", "Meridian", "Chassis", "Boreal", "Camber", "Anvil", "Fraise",
         "Soudure", "Engrenage", "Helios", "Quasar", "Tornillo", "Kolben", "Nocken"]
SYM = "#@*-_.+!"


@uniq
def gen_password(safe=SYM):
    t = R.randrange(4)
    if t == 0:
        w = R.choice(WORDS)
        return w + R.choice(safe) + str(R.randrange(10, 9999)) + rs(string.ascii_letters, 2)
    if t == 1:
        while True:
            s = rs(ALNUM + safe, R.randrange(12, 21))
            if (any(c in safe for c in s) and any(c.isdigit() for c in s) and
                    any(c.isupper() for c in s) and any(c.islower() for c in s) and s[0].isalnum()):
                return s
    if t == 2:
        a, b = R.sample(WORDS, 2)
        return a.lower() + R.choice(safe) + b + str(R.randrange(10, 999)) + R.choice(safe)
    return mixed(ALNUM, R.randrange(14, 25))


def pw_url():
    return gen_password(safe="-_.")


def pw_simple():  # for batch / connection strings
    return gen_password(safe="#@-_.!")


@uniq
def onshape_secret():
    return mixed(ALNUM, 48)


NEG_MODE = [False]


def onshape_access():
    if NEG_MODE[0]:
        return R.choice(["YOUR_ACCESS_KEY", "<onshape-access-key>", "ACCESS_KEY"])
    return mixed(ALNUM, 24)


@uniq
def aps_secret():
    return mixed(ALNUM, R.choice([16, 16, 64]))


def aps_client_id():
    return mixed(ALNUM, 32)


@uniq
def digikey_secret():
    return mixed(ALNUM, 16)


@uniq
def mouser_key():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


@uniq
def nexar_secret():
    return mixed(ALNUM, R.choice([48, 52, 64]))


@uniq
def element14_key():
    return mixed(LOWER_ALNUM, 24)


@uniq
def aws_secret():
    return mixed(B64, 40)


def aws_key_id():
    if NEG_MODE[0]:
        return "AKIAIOSFODNN7EXAMPLE"
    return "AKIA" + rs(B32, 16)


@uniq
def azure_storage_key():
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(64))).decode()


@uniq
def sendgrid_key():
    return "SG." + rs(ALNUM + "-_", 22) + "." + rs(ALNUM + "-_", 43)


@uniq
def slack_bot():
    return "xoxb-%d-%d-%s" % (R.randrange(10**10, 10**12), R.randrange(10**11, 10**13), mixed(ALNUM, 24))


@uniq
def atlassian_token():
    return "ATATT3xFfGF0" + rs(ALNUM + "-_", 171) + "=" + rs("0123456789ABCDEF", 8)


def b62(n, width):
    a = string.digits + string.ascii_uppercase + string.ascii_lowercase
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = a[m] + out
    return out.rjust(width, "0")


@uniq
def github_pat():
    body = mixed(ALNUM, 30)
    return "ghp_" + body + b62(binascii.crc32(body.encode()) & 0xffffffff, 6)


@uniq
def sf_consumer_secret():
    return rs("0123456789ABCDEF", 64)


@uniq
def azure_ad_secret():
    return rs(ALNUM, 3) + "8Q~" + rs(ALNUM + "_.~-", 34)


@uniq
def duro_key():
    return mixed(ALNUM, 40)


@uniq
def rsa_first_line():
    return "MIIEpAIBAAKCAQEA" + rs(B64, 48)


def pem_body(first, nlines=25):
    lines = [first] + [rs(B64, 64) for _ in range(nlines)] + [rs(B64, 40) + "=="]
    return "\n".join(lines)


# ---------------------------------------------------------------- companions
FIRST = ["jan", "markus", "sophie", "li", "ana", "pierre", "kenji", "olga", "raj", "emma",
         "lukas", "chloe", "tomas", "aiko", "sven", "marta", "david", "hannah", "yusuf", "ines"]
LAST = ["mueller", "schmidt", "dubois", "tanaka", "novak", "garcia", "kowalski", "nguyen",
        "weber", "rossi", "lindqvist", "sato", "kim", "fischer", "moreau", "patel"]
COMP = ["acme-eng", "nordtech", "vexa", "brightfab", "kraftwerk-ag", "helix-motion",
        "orbital-dyn", "meridian-mfg", "zentro", "alpinedrive", "fabrique-lyon", "takumi-ind"]
SITES = ["muc", "ber", "lyon", "det", "aus", "pune", "nagoya", "brno", "gdl", "eind"]


def person():
    return R.choice(FIRST) + "." + R.choice(LAST)


CUR = [None]


def comp():
    # one organisation per file, chosen by the driver before each template call
    return CUR[0] or R.choice(COMP)


def host(kind="plm"):
    return "%s%s%02d.%s.local" % (R.choice(SITES), kind, R.randrange(1, 20), comp())


def hexs(n):
    return rs(HEXL, n)


def guid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def partno():
    return R.choice(["PRT", "ASM", "DRW", "100", "200", "710"]) + "-" + str(R.randrange(10000, 999999)) + R.choice(["", "-A", "-B", "-01"])


def rev():
    return R.choice("ABCDEFG") + "." + str(R.randrange(1, 12))


def onshape_id():
    return hexs(24)


def date():
    return "20%02d-%02d-%02d" % (R.randrange(19, 26), R.randrange(1, 13), R.randrange(1, 29))


# ---------------------------------------------------------------- templates
POS = []  # (name, provider, kind, filetype, gen, var, fn, noneg)


def tpl(name, provider, kind, ftype, gen, var, noneg=False):
    def d(fn):
        POS.append(dict(name=name, provider=provider, kind=kind, ftype=ftype, gen=gen, var=var, fn=fn, noneg=noneg))
        return fn
    return d


# ---- Onshape
@tpl("onshape_creds_json", "onshape", "api_secret_key", "json", onshape_secret, "ONSHAPE_SECRET_KEY")
def _(S):
    ak = onshape_access()
    url = R.choice(["https://cad.onshape.com", "https://%s.onshape.com" % comp().split("-")[0]])
    d = {url: {"access_key": ak, "secret_key": S}}
    if R.random() < .5:
        d = {"default_stack": "prod", "stacks": {"prod": {"url": url, "access_key": ak, "secret_key": S}}}
    return R.choice(["creds.json", "config/onshape_creds.json", "tools/onshape/creds.json"]), json.dumps(d, indent=R.choice([2, 4])) + "\n"


@tpl("onshape_hmac_client_py", "onshape", "api_secret_key", "python", onshape_secret, "ONSHAPE_SECRET_KEY")
def _(S):
    ak = onshape_access()
    return R.choice(["scripts/onshape_client.py", "plm_sync/onshape/api.py", "onshape_export.py"]), f'''"""Minimal Onshape REST client with API-key (HMAC) signing.
Used by the nightly STEP export job."""
import base64
import datetime
import hashlib
import hmac
import random
import string
import urllib.parse

import requests

BASE_URL = "https://cad.onshape.com"
ACCESS_KEY = "{ak}"
SECRET_KEY = "{S}"


def _nonce():
    return "".join(random.choice(string.ascii_letters + string.digits) for _ in range(25))


def _headers(method, url, ctype="application/json"):
    u = urllib.parse.urlparse(url)
    date = datetime.datetime.utcnow().strftime("%a, %d %b %Y %H:%M:%S GMT")
    nonce = _nonce()
    msg = (method + "\\n" + nonce + "\\n" + date + "\\n" + ctype + "\\n" + u.path + "\\n" + u.query + "\\n").lower()
    sig = hmac.new(SECRET_KEY.encode(), msg.encode(), hashlib.sha256).digest()
    auth = "On " + ACCESS_KEY + ":HmacSHA256:" + base64.b64encode(sig).decode()
    return {{"Date": date, "On-Nonce": nonce, "Authorization": auth,
            "Content-Type": ctype, "Accept": "application/json"}}


def get(path, **params):
    url = BASE_URL + path
    if params:
        url += "?" + urllib.parse.urlencode(params)
    r = requests.get(url, headers=_headers("GET", url))
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    print(get("/api/v6/users/sessioninfo"))
'''


@tpl("onshape_node_cfg", "onshape", "api_secret_key", "javascript", onshape_secret, "ONSHAPE_SECRET_KEY")
def _(S):
    ak = onshape_access()
    return R.choice(["config/onshape.js", "src/config.js", "app/onshapeConfig.js"]), f'''// Onshape app config -- BOM sync service
module.exports = {{
  baseUrl: 'https://cad.onshape.com',
  apiVersion: 'v6',
  accessKey: '{ak}',
  secretKey: '{S}',
  defaultDocument: '{onshape_id()}',
  pollIntervalMs: {R.choice([30000, 60000, 120000])},
}};
'''


@tpl("onshape_yaml", "onshape", "api_secret_key", "yaml", onshape_secret, "ONSHAPE_SECRET_KEY")
def _(S):
    ak = onshape_access()
    return R.choice(["config/settings.yaml", "onshape-to-erp/config.yml", "deploy/onshape.yaml"]), f'''# onshape -> ERP connector
onshape:
  base_url: https://cad.onshape.com
  access_key: {ak}
  secret_key: {S}
  company_id: {onshape_id()}
erp:
  endpoint: https://{host("erp")}/api/v2
  site: {R.choice(SITES).upper()}
  sync_released_only: true
log_level: INFO
'''


@tpl("onshape_dotenv", "onshape", "api_secret_key", "dotenv", onshape_secret, "ONSHAPE_SECRET_KEY")
def _(S):
    return R.choice([".env", ".env.local", ".env.production"]), f'''ONSHAPE_BASE_URL=https://cad.onshape.com
ONSHAPE_ACCESS_KEY={onshape_access()}
ONSHAPE_SECRET_KEY={S}
EXPORT_DIR=/data/exports
'''


@tpl("onshape_curl_sh", "onshape", "api_secret_key", "shell", onshape_secret, "ONSHAPE_SECRET_KEY")
def _(S):
    ak = onshape_access()
    did, wid = onshape_id(), onshape_id()
    return R.choice(["scripts/export_step.sh", "bin/onshape-export.sh"]), f'''#!/usr/bin/env bash
# Export assembly to STEP via Onshape REST (basic auth with API keys, dev only)
set -euo pipefail
AK="{ak}"
SK="{S}"
DID="{did}"
WID="{wid}"
EID="${{1:?element id}}"

curl -sS -u "$AK:$SK" \\
  -H "Accept: application/json;charset=UTF-8; qs=0.09" \\
  -H "Content-Type: application/json" \\
  -X POST "https://cad.onshape.com/api/v6/assemblies/d/$DID/w/$WID/e/$EID/translations" \\
  -d '{{"formatName":"STEP","storeInDocument":false}}'
'''


@tpl("onshape_appsettings", "onshape", "api_secret_key", "json", onshape_secret, "Onshape__SecretKey")
def _(S):
    d = {"Logging": {"LogLevel": {"Default": "Information"}},
         "Onshape": {"BaseUrl": "https://cad.onshape.com", "AccessKey": onshape_access(), "SecretKey": S},
         "Pdm": {"Server": host("pdm"), "Vault": R.choice(["Engineering", "EPDM_Prod", "CADVault"])}}
    return R.choice(["src/OnshapeBridge/appsettings.json", "OnshapeSync/appsettings.Production.json"]), json.dumps(d, indent=2) + "\n"


@tpl("onshape_ps1", "onshape", "api_secret_key", "powershell", onshape_secret, "ONSHAPE_SECRET_KEY")
def _(S):
    ak = onshape_access()
    return R.choice(["tools/Get-OnshapeDocs.ps1", "scripts/onshape_audit.ps1"]), f'''# List Onshape documents owned by the company (quarterly licence audit)
$accessKey = '{ak}'
$secretKey = '{S}'
$pair = "{{0}}:{{1}}" -f $accessKey, $secretKey
$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
$headers = @{{ Authorization = "Basic $basic"; Accept = "application/json" }}
$resp = Invoke-RestMethod -Uri "https://cad.onshape.com/api/v6/documents?filter=7&limit=50" -Headers $headers
$resp.items | Select-Object name, id, modifiedAt | Export-Csv -NoTypeInformation onshape_docs.csv
'''


# ---- Autodesk APS / Forge / Fusion / Dynamo / iLogic / Vault
@tpl("fusion_addin_config", "autodesk_aps", "client_secret", "json", aps_secret, "APS_CLIENT_SECRET")
def _(S):
    d = {"addinName": R.choice(["BOMPublisher", "PLMConnector", "DrawingExporter"]), "version": "1.%d.%d" % (R.randrange(9), R.randrange(20)),
         "aps": {"clientId": aps_client_id(), "clientSecret": S, "scope": "data:read data:write bucket:read",
                 "callbackUrl": "http://localhost:8080/api/auth/callback"},
         "hubName": comp()}
    return R.choice(["FusionAddins/BOMPublisher/config.json", "addin/config.json"]), json.dumps(d, indent=4) + "\n"


@tpl("dynamo_python_node", "autodesk_aps", "client_secret", "python", aps_secret, "APS_CLIENT_SECRET")
def _(S):
    return R.choice(["dynamo/nodes/aps_upload.py", "Dynamo/PythonNodes/PushToACC.py"]), f'''# Dynamo Python node (CPython3): push sheet PDFs to ACC via APS
import clr
import json
import urllib.request
import urllib.parse

CLIENT_ID = "{aps_client_id()}"
CLIENT_SECRET = "{S}"
PROJECT = "b.{guid()}"

def get_token():
    data = urllib.parse.urlencode({{
        "grant_type": "client_credentials",
        "scope": "data:read data:write",
    }}).encode()
    req = urllib.request.Request("https://developer.api.autodesk.com/authentication/v2/token", data=data)
    import base64
    req.add_header("Authorization", "Basic " + base64.b64encode((CLIENT_ID + ":" + CLIENT_SECRET).encode()).decode())
    with urllib.request.urlopen(req) as r:
        return json.loads(r.read())["access_token"]

sheets = IN[0]
token = get_token()
OUT = [token[:8] + "...", len(sheets)]
'''


@tpl("aps_node_env_js", "autodesk_aps", "client_secret", "javascript", aps_secret, "APS_CLIENT_SECRET")
def _(S):
    return R.choice(["server/config.js", "viewer-app/config.js"]), f'''const {{ PORT }} = process.env;

module.exports = {{
    APS_CLIENT_ID: process.env.APS_CLIENT_ID || '{aps_client_id()}',
    APS_CLIENT_SECRET: process.env.APS_CLIENT_SECRET || '{S}',
    APS_BUCKET: '{comp()}-models-{R.randrange(100, 999)}',
    PORT: PORT || 8080
}};
'''


@tpl("forge_appsettings_cs", "autodesk_aps", "client_secret", "json", aps_secret, "Forge__ClientSecret")
def _(S):
    d = {"Forge": {"ClientId": aps_client_id(), "ClientSecret": S, "CallbackUrl": "https://%s/api/forge/callback/oauth" % host("web")},
         "ConnectionStrings": {"Default": "Server=%s;Database=VaultBridge;Integrated Security=true;" % host("sql")},
         "AllowedHosts": "*"}
    return R.choice(["src/VaultToAcc/appsettings.json", "ForgeBridge.Api/appsettings.Development.json"]), json.dumps(d, indent=2) + "\n"


@tpl("da_token_sh", "autodesk_aps", "client_secret", "shell", aps_secret, "APS_CLIENT_SECRET")
def _(S):
    return R.choice(["da/run_workitem.sh", "automation/inventor_da.sh"]), f'''#!/bin/sh
# Design Automation for Inventor: submit workitem for configurator
CLIENT_ID={aps_client_id()}
CLIENT_SECRET={S}

TOKEN=$(curl -s -X POST https://developer.api.autodesk.com/authentication/v2/token \\
  -u "$CLIENT_ID:$CLIENT_SECRET" \\
  -d "grant_type=client_credentials&scope=code:all data:read data:write bucket:read" | jq -r .access_token)

curl -s -X POST https://developer.api.autodesk.com/da/us-east/v3/workitems \\
  -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \\
  -d @workitem.json
'''


@tpl("ilogic_aps", "autodesk_aps", "client_secret", "ilogic", aps_secret, "APS_CLIENT_SECRET")
def _(S):
    return R.choice(["iLogic/ExternalRules/UploadToDocs.iLogicVb", "CAD/iLogic/PublishDwf.iLogicVb"]), f'''AddReference "System.Net.Http"
Imports System.Net.Http
' Uploads the active drawing PDF to Autodesk Docs
Sub Main()
    Dim clientId As String = "{aps_client_id()}"
    Dim clientSecret As String = "{S}"
    Dim http As New HttpClient()
    Dim form As New Dictionary(Of String, String) From {{
        {{"grant_type", "client_credentials"}},
        {{"client_id", clientId}},
        {{"client_secret", clientSecret}},
        {{"scope", "data:write"}}}}
    Dim resp = http.PostAsync("https://developer.api.autodesk.com/authentication/v2/token", New FormUrlEncodedContent(form)).Result
    MessageBox.Show(resp.StatusCode.ToString(), "APS")
End Sub
'''


@tpl("gha_forge", "autodesk_aps", "client_secret", "yaml", aps_secret, "FORGE_CLIENT_SECRET")
def _(S):
    return ".github/workflows/translate-models.yml", f'''name: translate-models
on:
  push:
    paths: ["models/**"]
jobs:
  translate:
    runs-on: windows-latest
    env:
      FORGE_CLIENT_ID: {aps_client_id()}
      FORGE_CLIENT_SECRET: {S}
      FORGE_BUCKET: {comp()}-ci
    steps:
      - uses: actions/checkout@v4
      - run: python tools/translate.py models/
'''


@tpl("vault_api_cs", "autodesk_vault", "password", "csharp", pw_simple, "VAULT_PASSWORD")
def _(S):
    return R.choice(["src/VaultJobs/VaultLogin.cs", "VaultSync/Program.cs"]), f'''using Autodesk.DataManagement.Client.Framework.Vault.Currency.Connections;
using VDF = Autodesk.DataManagement.Client.Framework;

namespace VaultJobs
{{
    internal static class VaultLogin
    {{
        // service account used by the job processor
        private const string Server = "{host("vault")}";
        private const string VaultName = "{R.choice(["Vault", "Engineering", "PRODVAULT"])}";
        private const string User = "svc_jobproc";
        private const string Pwd = "{S}";

        public static Connection Open()
        {{
            var result = VDF.Vault.Library.ConnectionManager.LogIn(
                Server, VaultName, User, Pwd, AuthenticationFlags.Standard, null);
            if (!result.Success) throw new System.Exception("Vault login failed");
            return result.Connection;
        }}
    }}
}}
'''


@tpl("vault_ps1", "autodesk_vault", "password", "powershell", pw_simple, "VAULT_PWD")
def _(S):
    return R.choice(["scripts/vault_backup.ps1", "admin/Backup-Vault.ps1"]), f'''# Nightly Autodesk Vault backup (ADMS Console)
$adms = "C:\\Program Files\\Autodesk\\ADMS Professional 2024\\ADMS Console\\Connectivity.ADMSConsole.exe"
$target = "\\\\{R.choice(SITES)}nas01\\backup\\vault\\$(Get-Date -Format yyyyMMdd)"
New-Item -ItemType Directory -Force -Path $target | Out-Null
& $adms -Obackup -B"$target" -VUadministrator -VP'{S}' -S -L"C:\\Logs\\vault_backup.log"
'''


# ---- Windchill
@tpl("wc_db_properties", "ptc_windchill", "db_password", "properties", pw_simple, "WT_DB_PASSWORD")
def _(S):
    return R.choice(["db/db.properties", "Windchill/db/db.properties", "wc-config/db/db.properties"]), f'''#Windchill database configuration
#{date()}
wt.pom.dbUser={R.choice(["wcadmin", "WCUSER", "pdmlink"])}
wt.pom.dbPassword={S}
wt.pom.jdbc.service={R.choice(["wind", "WCPROD", "wc12"])}
wt.pom.jdbc.host={host("db")}
wt.pom.jdbc.port=1521
wt.db.maxBatchSize=200
wt.pom.serviceName={R.choice(["WCPROD", "wind"])}
'''


@tpl("wc_site_xconf_db", "ptc_windchill", "db_password", "xconf", pw_simple, "WT_DB_PASSWORD")
def _(S):
    return R.choice(["site.xconf", "Windchill/site.xconf"]), f'''<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE Configuration SYSTEM "xconf.dtd">
<Configuration xmlns:xlink="http://www.w3.org/1999/xlink">
   <Property name="wt.rmi.server.hostname" overridable="true" targetFile="codebase/wt.properties" value="{host("wc")}"/>
   <Property name="wt.webserver.port" overridable="true" targetFile="codebase/wt.properties" value="443"/>
   <Property name="wt.pom.dbUser" overridable="true" targetFile="db/db.properties" value="wcadmin"/>
   <Property name="wt.pom.dbPassword" overridable="true" targetFile="db/db.properties" value="{S}"/>
   <Property name="wt.pom.jdbc.host" overridable="true" targetFile="db/db.properties" value="{host("ora")}"/>
   <Property name="wt.manager.cmd.MethodServer.platform.java.maxHeap" overridable="true" targetFile="codebase/wt.properties" value="{R.choice([4096, 8192])}m"/>
   <ConfigurationRef xlink:href="codebase/com/ptc/core/foundation/workflow/xconf/workflow.xconf"/>
</Configuration>
'''


@tpl("wc_site_xconf_ldap", "ptc_windchill", "ldap_bind_password", "xconf", pw_simple, "LDAP_BIND_PW")
def _(S):
    return R.choice(["site.xconf", "config/windchill/site.xconf"]), f'''<?xml version="1.0" encoding="UTF-8"?>
<Configuration xmlns:xlink="http://www.w3.org/1999/xlink">
   <!-- corporate AD used for Windchill user directory -->
   <Property name="ie.ldap.serverHostName" overridable="true" targetFile="codebase/WEB-INF/ie.properties" value="ldaps://dc01.{comp()}.local:636"/>
   <Property name="ie.ldap.managerDn" overridable="true" targetFile="codebase/WEB-INF/ie.properties" value="CN=svc-windchill,OU=Service,DC={comp()},DC=local"/>
   <Property name="ie.ldap.managerPw" overridable="true" targetFile="codebase/WEB-INF/ie.properties" value="{S}"/>
   <Property name="ie.ldap.searchBase" overridable="true" targetFile="codebase/WEB-INF/ie.properties" value="OU=Engineering,DC={comp()},DC=local"/>
</Configuration>
'''


@tpl("wc_xconfmanager_sh", "ptc_windchill", "db_password", "shell", pw_url, "WT_DB_PASSWORD")
def _(S):
    return R.choice(["install/post_install.sh", "scripts/wc_set_db.sh"]), f'''#!/bin/bash
# Windchill post-install: point to new Oracle instance
. /opt/ptc/Windchill/bin/adminTools/windchillenv.sh
cd /opt/ptc/Windchill
xconfmanager -s wt.pom.jdbc.host={host("ora")} -t db/db.properties -p
xconfmanager -s wt.pom.dbUser=wcadmin -t db/db.properties -p
xconfmanager -s wt.pom.dbPassword={S} -t db/db.properties -p
windchill stop && windchill start
'''


@tpl("wc_rest_java", "ptc_windchill", "password", "java", pw_simple, "WC_PASSWORD")
def _(S):
    return R.choice(["src/main/java/com/acme/plm/WindchillClient.java", "connector/src/main/java/plm/WcRestClient.java"]), f'''package com.acme.plm;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

public class WindchillClient {{
    private static final String BASE = "https://{host("wc")}/Windchill/servlet/odata/ProdMgmt";
    private static final String USER = "{R.choice(["erp_integration", "svc.sap", "wcintegr"])}";
    private static final String PASSWORD = "{S}";

    public String parts(String number) throws Exception {{
        String auth = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes());
        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE + "/Parts?$filter=Number eq '" + number + "'"))
                .header("Authorization", "Basic " + auth).GET().build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString()).body();
    }}
}}
'''


@tpl("wc_wt_properties_mail", "ptc_windchill", "smtp_password", "properties", pw_simple, "SMTP_PASSWORD")
def _(S):
    return R.choice(["codebase/wt.properties", "Windchill/codebase/wt.properties"]), f'''# Windchill workflow notification mail
wt.mail.mailhost=smtp.{comp()}.com
wt.mail.from=windchill-noreply@{comp()}.com
wt.mail.properties=mail.smtp.auth\\=true,mail.smtp.starttls.enable\\=true
wt.mail.smtp.port=587
wt.mail.smtp.user=windchill-noreply@{comp()}.com
wt.mail.smtp.password={S}
wt.notify.notificationSubscriptionHeader=PDMLink Notification
wt.home=/opt/ptc/Windchill
'''


# ---- Teamcenter
@tpl("tc_profilevars", "siemens_teamcenter", "db_password", "shell", pw_url, "TC_DB_PASS")
def _(S):
    return R.choice(["tc_data/tc_profilevars", "TcData/tc_profilevars"]), f'''#!/bin/sh
# tc_profilevars - generated by TEM, edited for {R.choice(SITES).upper()} prod
TC_ROOT=/opt/siemens/teamcenter/tc13; export TC_ROOT
TC_DATA=/opt/siemens/teamcenter/tcdata; export TC_DATA
TC_DB_SERVER={host("ora")}; export TC_DB_SERVER
TC_DB_CONNECT=infodba:{S}@{R.choice(["tc", "TCPROD", "tcdb"])}; export TC_DB_CONNECT
TC_SYSTEM_INFO=$TC_ROOT/install; export TC_SYSTEM_INFO
ORACLE_HOME=/u01/app/oracle/product/19c; export ORACLE_HOME
'''


@tpl("tc_soa_java", "siemens_teamcenter", "password", "java", pw_simple, "TC_PASSWORD")
def _(S):
    return R.choice(["soa-client/src/main/java/com/acme/tc/AppXCredentialManager.java", "tcsoa/src/Session.java"]), f'''package com.acme.tc;

import com.teamcenter.schemas.soa._2006_03.exceptions.InvalidCredentialsException;
import com.teamcenter.soa.client.CredentialManager;

public class AppXCredentialManager implements CredentialManager {{
    private String name = "{R.choice(["dcproxy", "svc_tcsoa", "batchuser"])}";
    private String password = "{S}";
    private String group = "{R.choice(["dba", "Engineering", ""])}";
    private String role = "";
    private String discriminator = "SoaAppX";

    public int getCredentialType() {{ return CredentialManager.CLIENT_CREDENTIAL_TYPE_STD; }}

    public String[] getCredentials(InvalidCredentialsException e) {{
        return new String[] {{ name, password, group, role, discriminator }};
    }}

    public String[] getCredentials(com.teamcenter.schemas.soa._2006_03.exceptions.InvalidUserException e) {{
        return null;
    }}
    public void setUserPassword(String user, String password, String discriminator) {{ }}
    public void setGroupRole(String group, String role) {{ }}
}}
'''


@tpl("tc_batch_export", "siemens_teamcenter", "password", "batch", pw_simple, "TC_PWD")
def _(S):
    return R.choice(["scripts/tc_bulk_export.bat", "batch/plmxml_export.cmd"]), f'''@echo off
REM PLMXML export of released items for supplier portal
call %TC_DATA%\\tc_profilevars.bat
set TCUSER=infodba
set TCPWD={S}
set OUTDIR=D:\\exports\\%DATE:~-4%%DATE:~3,2%%DATE:~0,2%
mkdir %OUTDIR%
plmxml_export -u=%TCUSER% -p=%TCPWD% -g=dba -xml_file=%OUTDIR%\\released.xml -transfermode=ConfiguredDataExportDefault -item=%1
if errorlevel 1 echo EXPORT FAILED >> D:\\logs\\export.log
'''


@tpl("tc_soa_cs", "siemens_teamcenter", "password", "csharp", pw_simple, "TC_PASSWORD")
def _(S):
    return R.choice(["TcBridge/Session.cs", "src/TcSoa/ClientSession.cs"]), f'''using Teamcenter.Soa.Client;
using Teamcenter.Services.Strong.Core;

namespace TcBridge
{{
    public class ClientSession
    {{
        const string Host = "http://{host("tc")}:7001/tc";
        public void Login()
        {{
            var conn = new Connection(Host, new System.Net.CookieCollection(), new AppXCredentialManager(), SoaConstants.REST, SoaConstants.HTTP, false);
            var sm = SessionService.getService(conn);
            sm.Login("{R.choice(["tcbridge", "svc_mes", "infodba"])}", "{S}", "Engineering", "", "", "TcBridge");
        }}
    }}
}}
'''


@tpl("tc_awc_python", "siemens_teamcenter", "password", "python", pw_simple, "TC_PASSWORD")
def _(S):
    return R.choice(["tc_reports/awc_session.py", "scripts/tc_where_used.py"]), f'''import requests

TC_URL = "https://{host("awc")}/tc"
TC_USER = "{person()}"
TC_PASSWORD = "{S}"


def login():
    s = requests.Session()
    payload = {{
        "header": {{"state": {{}}, "policy": {{}}}},
        "body": {{"credentials": {{"user": TC_USER, "password": TC_PASSWORD,
                                   "group": "", "role": "", "locale": "en_US",
                                   "descrimator": "tc_reports"}}}},
    }}
    r = s.post(TC_URL + "/JsonRestServices/Core-2011-06-Session/login", json=payload, timeout=60)
    r.raise_for_status()
    return s
'''


@tpl("tc_silent_install_xml", "siemens_teamcenter", "db_password", "xml", pw_simple, "TC_DB_PASS")
def _(S):
    return R.choice(["deploy/tem/silent_install.xml", "tc_install/silent_config.xml"]), f'''<?xml version="1.0" encoding="UTF-8"?>
<root>
  <config name="Corporate Server" type="corporate">
    <data>
      <tcRoot value="D:\\Siemens\\Teamcenter13"/>
      <tcData value="D:\\Siemens\\tcdata"/>
      <dbServer type="mssql" host="{host("sql")}" port="1433" instance="TC"/>
      <dbUser value="infodba"/>
      <dbPassword value="{S}"/>
      <fmsMaster port="4544"/>
    </data>
  </config>
</root>
'''


# ---- NX Open
@tpl("nx_journal_py", "siemens_nx", "password", "python", pw_simple, "TC_PASSWORD")
def _(S):
    return R.choice(["nx_journals/export_jt.py", "NXOpen/journals/batch_release.py"]), f'''# NX Open journal - export JT for all parts in folder, Teamcenter managed mode
import NXOpen
import NXOpen.PDM

TC_USER = "nxbatch"
TC_PASS = "{S}"

def main():
    session = NXOpen.Session.GetSession()
    lw = session.ListingWindow
    lw.Open()
    # run_managed_mode: -pim=yes -u=<user> -p=<pass>
    session.Parts.SetNonmasterSeedPartData("@DB/{R.randrange(100000, 999999)}/A")
    lw.WriteLine("logged in as " + TC_USER)

if __name__ == "__main__":
    main()
'''


@tpl("nx_journal_cs", "siemens_nx", "db_password", "csharp", pw_simple, "NX_DB_PASSWORD")
def _(S):
    return R.choice(["NXJournals/WriteAttributesToDb.cs", "journals/PartAttrSync.cs"]), f'''using System;
using System.Data.SqlClient;
using NXOpen;

public class WriteAttributesToDb
{{
    public static void Main(string[] args)
    {{
        Session theSession = Session.GetSession();
        Part work = theSession.Parts.Work;
        string cs = "Server={host("sql")};Database=PartAttributes;User Id=nx_attr;Password={S};";
        using (var conn = new SqlConnection(cs))
        {{
            conn.Open();
            var cmd = new SqlCommand("INSERT INTO attrs(part, mass) VALUES(@p, @m)", conn);
            cmd.Parameters.AddWithValue("@p", work.Leaf);
            cmd.Parameters.AddWithValue("@m", 0.0);
            cmd.ExecuteNonQuery();
        }}
    }}
    public static int GetUnloadOption(string dummy) {{ return (int)Session.LibraryUnloadOption.Immediately; }}
}}
'''


@tpl("nx_journal_java", "siemens_nx", "password", "java", pw_simple, "PLM_PASSWORD")
def _(S):
    return R.choice(["nxopen/src/ReleaseCheck.java", "journals/java/ExportBom.java"]), f'''import nxopen.*;
import java.sql.*;

public class ExportBom {{
    public static void main(String[] args) throws Exception {{
        Session theSession = (Session) SessionFactory.get("Session");
        String url = "jdbc:oracle:thin:@{host("ora")}:1521/PLMREP";
        try (Connection c = DriverManager.getConnection(url, "bomrep", "{S}")) {{
            PreparedStatement ps = c.prepareStatement("INSERT INTO bom_lines VALUES (?, ?, ?)");
            ps.executeUpdate();
        }}
    }}
    public static int getUnloadOption() {{ return BaseSession.LibraryUnloadOption.IMMEDIATELY; }}
}}
'''


# ---- Aras
@tpl("aras_server_config", "aras_innovator", "db_password", "xml", pw_simple, "ARAS_DB_PWD")
def _(S):
    return R.choice(["Innovator/InnovatorServerConfig.xml", "InnovatorServerConfig.xml"]), f'''<?xml version="1.0" encoding="utf-8"?>
<Innovator>
  <UI-Tailoring login_splash="../images/aras-innovator.svg" branding_img="../images/aras-innovator.svg" product_name="Aras Innovator" />
  <operating_parameter key="debug_log_flag" value="false" />
  <operating_parameter key="temp_folder" value="C:\\Program Files (x86)\\Aras\\Innovator\\Innovator\\Server\\temp\\" />
  <DB-Connection id="InnovatorSolutions" database="InnovatorSolutions" server="{host("sql")}" uid="innovator" pwd="{S}" dbo_uid="innovator_regular" dbo_pwd="{S}" />
  <License lic_type="Unlimited" company="{comp()}" lic_key="" act_key="" />
  <Mail SMTPServer="smtp.{comp()}.com" />
</Innovator>
'''


@tpl("aras_iom_cs", "aras_innovator", "password", "csharp", pw_simple, "ARAS_PASSWORD")
def _(S):
    return R.choice(["ArasSync/Program.cs", "src/Aras.Integration/InnovatorFactory.cs"]), f'''using Aras.IOM;

namespace ArasSync
{{
    class Program
    {{
        static void Main()
        {{
            string url = "https://{host("aras")}/InnovatorServer";
            HttpServerConnection conn = IomFactory.CreateHttpServerConnection(url, "InnovatorSolutions", "{R.choice(["admin", "erp_sync", "root"])}", "{S}");
            Item login = conn.Login();
            if (login.isError()) throw new System.Exception(login.getErrorString());
            Innovator inn = IomFactory.CreateInnovator(conn);
            Item parts = inn.newItem("Part", "get");
            parts.setProperty("state", "Released");
            parts = parts.apply();
            System.Console.WriteLine(parts.getItemCount());
            conn.Logout();
        }}
    }}
}}
'''


@tpl("aras_rest_py", "aras_innovator", "password", "python", pw_simple, "ARAS_PASSWORD")
def _(S):
    return R.choice(["aras/odata_client.py", "scripts/aras_export_parts.py"]), f'''import hashlib
import requests

ARAS_URL = "https://{host("aras")}/InnovatorServer"
DATABASE = "InnovatorSolutions"
USERNAME = "{R.choice(["admin", "report_bot", person()])}"
PASSWORD = "{S}"


def token():
    data = {{
        "grant_type": "password", "scope": "Innovator", "client_id": "IOMApp",
        "username": USERNAME,
        "password": hashlib.md5(PASSWORD.encode()).hexdigest(),
        "database": DATABASE,
    }}
    r = requests.post(ARAS_URL + "/oauthserver/connect/token", data=data)
    return r.json()["access_token"]
'''


@tpl("aras_sqlcmd_ps1", "aras_innovator", "db_password", "powershell", pw_simple, "SA_PASSWORD")
def _(S):
    return R.choice(["ops/Backup-ArasDb.ps1", "scripts/aras_db_backup.ps1"]), f'''param([string]$Target = "E:\\SQLBackup")
$stamp = Get-Date -Format "yyyyMMdd_HHmm"
sqlcmd -S {host("sql")} -U sa -P '{S}' -Q "BACKUP DATABASE [InnovatorSolutions] TO DISK='$Target\\InnovatorSolutions_$stamp.bak' WITH COMPRESSION"
Get-ChildItem $Target -Filter *.bak | Where-Object LastWriteTime -lt (Get-Date).AddDays(-14) | Remove-Item
'''


# ---- SolidWorks PDM
@tpl("pdm_vba_bas", "solidworks_pdm", "password", "vba", pw_simple, "PDM_PASSWORD")
def _(S):
    return R.choice(["macros/PdmCheckIn.bas", "SWMacros/BatchCheckin.bas"]), f'''Attribute VB_Name = "PdmCheckIn"
Option Explicit
' Batch check-in for the drawing room PCs
Sub main()
    Dim vault As New EdmVault5
    vault.Login "{R.choice(["drawroom", "pdmbatch", "Admin"])}", "{S}", "{R.choice(["EPDM", "PDM_Prod", "Engineering"])}"
    If Not vault.IsLoggedIn Then
        MsgBox "Login failed"
        Exit Sub
    End If
    Dim folder As IEdmFolder5
    Set folder = vault.RootFolder
    Debug.Print folder.LocalPath
End Sub
'''


@tpl("pdm_api_cs", "solidworks_pdm", "password", "csharp", pw_simple, "PDM_PASSWORD")
def _(S):
    return R.choice(["PdmTools/VaultHelper.cs", "src/PdmExporter/Login.cs"]), f'''using EPDM.Interop.epdm;

namespace PdmTools
{{
    static class VaultHelper
    {{
        public static IEdmVault5 Connect()
        {{
            IEdmVault5 vault = new EdmVault5();
            // TODO move to credential store
            vault.Login("pdm_export", "{S}", "{R.choice(["CADVault", "EPDM2024"])}");
            return vault;
        }}
    }}
}}
'''


@tpl("pdm_sql_backup_bat", "solidworks_pdm", "db_password", "batch", pw_simple, "SQLPWD")
def _(S):
    return R.choice(["admin/pdm_db_backup.bat", "scripts/backup_epdm.cmd"]), f'''@echo off
REM SOLIDWORKS PDM - nightly backup of vault DB and ConisioMasterDb
set SQLSRV={host("sql")}\\SWPDM
set SQLUSR=sa
set SQLPWD={S}
sqlcmd -S %SQLSRV% -U %SQLUSR% -P %SQLPWD% -Q "BACKUP DATABASE [ConisioMasterDb] TO DISK='F:\\bak\\ConisioMasterDb.bak' WITH INIT"
sqlcmd -S %SQLSRV% -U %SQLUSR% -P %SQLPWD% -Q "BACKUP DATABASE [EPDM] TO DISK='F:\\bak\\EPDM.bak' WITH INIT"
'''


@tpl("pdm_py_win32", "solidworks_pdm", "password", "python", pw_simple, "PDM_PASSWORD")
def _(S):
    return R.choice(["tools/pdm_datacard_dump.py", "pdm/export_variables.py"]), f'''import win32com.client

VAULT = "{R.choice(["EPDM", "PDMVault"])}"
USER = "{R.choice(["report", "admin", "pdmread"])}"
PWD = "{S}"

vault = win32com.client.Dispatch("ConisioLib.EdmVault")
vault.Login(USER, PWD, VAULT)
root = vault.RootFolder
print("Connected to", VAULT, "at", root.LocalPath)
'''


# ---- 3DEXPERIENCE
@tpl("3dx_passport_py", "dassault_3dexperience", "password", "python", pw_simple, "PASSPORT_PASSWORD")
def _(S):
    tenant = "R%d" % R.randrange(1000000000, 1999999999)
    return R.choice(["3dx/passport_login.py", "scripts/3dx_bom_pull.py"]), f'''"""3DEXPERIENCE platform batch client: CAS login through 3DPassport."""
import requests

PASSPORT = "https://{tenant.lower()}-eu1.iam.3dexperience.3ds.com"
SPACE = "https://{tenant.lower()}-eu1-space.3dexperience.3ds.com/enovia"
LOGIN = "{person()}@{comp()}.com"
PASSWORD = "{S}"

s = requests.Session()
lt = s.get(PASSPORT + "/login?action=get_auth_params").json()["lt"]
s.post(PASSPORT + "/login", data={{"lt": lt, "username": LOGIN, "password": PASSWORD}})
print(s.get(SPACE + "/resources/modeler/pno/person?current=true").json())
'''


@tpl("3dx_properties", "dassault_3dexperience", "password", "properties", pw_simple, "PASSPORT_PASSWORD")
def _(S):
    return R.choice(["src/main/resources/3dx.properties", "config/3dexperience.properties"]), f'''# 3DEXPERIENCE on-premise connector
3dx.passport.url=https://{host("3dx")}/3dpassport
3dx.space.url=https://{host("3dx")}/3dspace
3dx.user=svc_bom_sync
3dx.password={S}
3dx.securitycontext=VPLMProjectLeader.Company Name.Common Space
3dx.timeout=120
'''


@tpl("3dx_yaml_agent", "dassault_3dexperience", "password", "yaml", pw_simple, "AGENT_PASSWORD")
def _(S):
    return R.choice(["k8s/3dx-agent-config.yaml", "deploy/3dx_agent.yml"]), f'''apiVersion: v1
kind: ConfigMap
metadata:
  name: 3dx-batch-agent
data:
  PASSPORT_URL: https://{host("3dx")}/3dpassport
  SPACE_URL: https://{host("3dx")}/3dspace
  AGENT_ID: {R.choice(["batch_agent", "plm_agent01"])}
  AGENT_PASSWORD: "{S}"
  SECURITY_CONTEXT: "VPLMAdmin.{comp()}.Default"
'''


# ---- Altium / Nexar / KiCad / distributors
@tpl("altium_dblib", "altium", "db_password", "ini", pw_simple, "DBLIB_PWD")
def _(S):
    return R.choice(["Libraries/Company.DbLib", "altium/CompanyParts.DbLib"]), f'''[OutlookSettings]
AutoExpandTables=0

[DatabaseLinks]
ConnectionString=Provider=SQLOLEDB.1;Password={S};Persist Security Info=True;User ID=altium_ro;Initial Catalog=PartsDB;Data Source={host("sql")}
AddMode=3
RemoveMode=1
UpdateMode=2
ViewMode=0
LeftQuote=[
RightQuote=]
QuoteTableNames=1
UseTableSchemaName=0

[Table1]
SchemaName=
TableName=Resistors
Enabled=True
Key=Part Number
'''


@tpl("altium_delphiscript", "altium", "password", "delphiscript", pw_simple, "ERP_PASSWORD")
def _(S):
    return R.choice(["Scripts/PushBomToErp.pas", "AltiumScripts/ErpSync.pas"]), f'''{{ Altium Designer DelphiScript - push BOM to ERP staging DB }}
Procedure PushBom;
Var
    Conn : Variant;
    CS   : String;
Begin
    CS := 'Provider=SQLOLEDB;Data Source={host("sql")};Initial Catalog=ERP_STAGE;User ID=altium_bom;Password={S};';
    Conn := CreateOleObject('ADODB.Connection');
    Conn.Open(CS);
    ShowMessage('Connected to ERP staging');
    Conn.Close;
End;
'''


@tpl("nexar_py", "nexar_octopart", "client_secret", "python", nexar_secret, "NEXAR_CLIENT_SECRET")
def _(S):
    return R.choice(["bom_tools/nexar_pricing.py", "scripts/octopart_lookup.py"]), f'''import requests

NEXAR_CLIENT_ID = "{guid()}"
NEXAR_CLIENT_SECRET = "{S}"
TOKEN_URL = "https://identity.nexar.com/connect/token"
GQL = "https://api.nexar.com/graphql"

QUERY = """query ($mpn: String!) {{ supSearchMpn(q: $mpn, limit: 3) {{ results {{ part {{ mpn manufacturer {{ name }} }} }} }} }}"""


def token():
    r = requests.post(TOKEN_URL, data={{"grant_type": "client_credentials",
                                       "client_id": NEXAR_CLIENT_ID,
                                       "client_secret": NEXAR_CLIENT_SECRET}})
    r.raise_for_status()
    return r.json()["access_token"]


def lookup(mpn):
    h = {{"Authorization": "Bearer " + token()}}
    return requests.post(GQL, json={{"query": QUERY, "variables": {{"mpn": mpn}}}}, headers=h).json()
'''


@tpl("kicost_digikey", "digikey", "client_secret", "yaml", digikey_secret, "DIGIKEY_CLIENT_SECRET")
def _(S):
    return R.choice(["kicost/config.yaml", ".config/kicost/config.yaml", "tools/kicost_config.yaml"]), f'''# KiCost configuration file
kicost:
  version: 1
  cache_ttl: 7

APIs:
  Digi-Key:
    enable: true
    client_id: {aps_client_id()}
    client_secret: {S}
    sandbox: false
    cache_ttl: 7
  Mouser:
    enable: false
  Octopart:
    enable: false
'''


@tpl("kicost_nexar", "nexar_octopart", "client_secret", "yaml", nexar_secret, "NEXAR_CLIENT_SECRET")
def _(S):
    return R.choice(["kicost/config.yaml", "bom/kicost.yaml"]), f'''kicost:
  version: 1
APIs:
  Nexar:
    enable: true
    client_id: {guid()}
    client_secret: {S}
  Digi-Key:
    enable: false
'''


@tpl("kicost_mouser", "mouser", "api_key", "yaml", mouser_key, "MOUSER_KEY")
def _(S):
    return R.choice(["kicost/config.yaml", "hw/kicost-config.yaml"]), f'''# distributors for the {R.choice(["motor-ctrl", "sensor-hub", "psu48v"])} board
kicost:
  version: 1
  cache_ttl: -1
APIs:
  Mouser:
    enable: true
    key: {S}
  element14:
    enable: false
'''


@tpl("kicost_element14", "element14", "api_key", "yaml", element14_key, "ELEMENT14_KEY")
def _(S):
    return R.choice(["kicost/config.yaml", "pcb/kicost.yml"]), f'''kicost:
  version: 1
APIs:
  element14:
    enable: true
    key: {S}
    country: {R.choice(["DE", "UK", "FR"])}
    farnell_store: {R.choice(["de.farnell.com", "uk.farnell.com"])}
'''


@tpl("kicad_plugin_mouser_py", "mouser", "api_key", "python", mouser_key, "MOUSER_API_KEY")
def _(S):
    return R.choice(["kicad_plugins/bom_stock_check/stock_check.py", "plugins/mouser_stock/action.py"]), f'''import json
import urllib.request

import pcbnew

MOUSER_API_KEY = "{S}"
URL = "https://api.mouser.com/api/v1/search/partnumber?apiKey=" + MOUSER_API_KEY


class StockCheck(pcbnew.ActionPlugin):
    def defaults(self):
        self.name = "Mouser stock check"
        self.category = "BOM"
        self.description = "Checks Mouser stock for all footprints with MPN field"

    def Run(self):
        board = pcbnew.GetBoard()
        for fp in board.GetFootprints():
            mpn = fp.GetFieldText("MPN") if fp.HasFieldByName("MPN") else None
            if not mpn:
                continue
            body = json.dumps({{"SearchByPartRequest": {{"mouserPartNumber": mpn}}}}).encode()
            req = urllib.request.Request(URL, data=body, headers={{"Content-Type": "application/json"}})
            print(json.loads(urllib.request.urlopen(req).read())["SearchResults"]["NumberOfResult"])


StockCheck().register()
'''


@tpl("kicad_plugin_json_digikey", "digikey", "client_secret", "json", digikey_secret, "DIGIKEY_CLIENT_SECRET")
def _(S):
    d = {"version": 2, "distributor": "digikey", "digikey": {"client_id": aps_client_id(), "client_secret": S,
         "locale_site": R.choice(["US", "DE", "FR"]), "locale_currency": R.choice(["USD", "EUR"])},
         "fields": ["MPN", "Manufacturer", "DK_PN"]}
    return R.choice(["kicad/plugins/partfinder/settings.json", "3rdparty/plugins/com_github_acme_bomsync/config.json"]), json.dumps(d, indent=2) + "\n"


@tpl("digikey_env_ps1", "digikey", "client_secret", "powershell", digikey_secret, "DIGIKEY_CLIENT_SECRET")
def _(S):
    return R.choice(["scripts/Run-BomPricing.ps1", "hw/tools/bom_pricing.ps1"]), f'''$env:DIGIKEY_CLIENT_ID = "{aps_client_id()}"
$env:DIGIKEY_CLIENT_SECRET = "{S}"
$env:DIGIKEY_CLIENT_SANDBOX = "False"
$env:DIGIKEY_STORAGE_PATH = "$PSScriptRoot\\.dk_cache"
python "$PSScriptRoot\\bom_pricing.py" --bom "$args[0]"
'''


# ---- Arena / Propel / OpenBOM / Duro / Jira / ERP
@tpl("arena_login_py", "arena_plm", "password", "python", pw_simple, "ARENA_PASSWORD")
def _(S):
    return R.choice(["arena/arena_client.py", "integrations/arena_sync.py"]), f'''import requests

ARENA_API = "https://api.arenasolutions.com/v1"
CREDS = {{
    "email": "{person()}@{comp()}.com",
    "password": "{S}",
    "workspaceId": {R.randrange(100000000, 999999999)},
}}


def session_id():
    r = requests.post(ARENA_API + "/login", json=CREDS)
    r.raise_for_status()
    return r.json()["arenaSessionId"]
'''


@tpl("arena_json_cfg", "arena_plm", "password", "json", pw_simple, "ARENA_PASSWORD")
def _(S):
    d = {"arena": {"baseUrl": "https://api.arenasolutions.com/v1", "email": "plm-bot@%s.com" % comp(), "password": S,
                   "workspaceId": R.randrange(100000000, 999999999)},
         "netsuite": {"account": str(R.randrange(1000000, 9999999)), "syncItems": True}}
    return R.choice(["config/arena-netsuite.json", "connector/arena.json"]), json.dumps(d, indent=2) + "\n"


@tpl("propel_sf_props", "propel_plm", "oauth_client_secret", "properties", sf_consumer_secret, "SF_CONSUMER_SECRET")
def _(S):
    return R.choice(["src/main/resources/propel.properties", "config/propel-connector.properties"]), f'''# Propel PLM (Salesforce) connected app
propel.login.url=https://login.salesforce.com
propel.instance.url=https://{comp()}.my.salesforce.com
propel.consumer.key=3MVG9{rs(ALNUM + "._", 80)}
propel.consumer.secret={S}
propel.api.version=v59.0
propel.username=integration@{comp()}.com
'''


@tpl("openbom_js", "openbom", "password", "javascript", pw_simple, "OPENBOM_PASSWORD")
def _(S):
    return R.choice(["openbom/client.js", "src/openbom.js"]), f'''const axios = require('axios');

const OPENBOM = 'https://developer-api.openbom.com';
const APP_KEY = process.env.OPENBOM_APP_KEY;

async function login() {{
  const r = await axios.post(`${{OPENBOM}}/login`, {{
    username: 'bom-sync@{comp()}.com',
    password: '{S}',
  }}, {{ headers: {{ 'x-openbom-appkey': APP_KEY }} }});
  return r.data.access_token;
}}

module.exports = {{ login }};
'''


@tpl("duro_py", "duro", "api_key", "python", duro_key, "DURO_API_KEY")
def _(S):
    return R.choice(["duro/sync_components.py", "scripts/duro_export.py"]), f'''import requests

DURO_API = "https://public-api.durolabs.co/v1"
DURO_API_KEY = "{S}"

def components(page=1):
    r = requests.get(DURO_API + "/components", params={{"page": page, "perPage": 100}},
                     headers={{"x-api-key": DURO_API_KEY}})
    r.raise_for_status()
    return r.json()
'''


@tpl("jira_plm_props", "atlassian_jira", "api_token", "properties", atlassian_token, "JIRA_API_TOKEN")
def _(S):
    return R.choice(["src/main/resources/application.properties", "ecr-bridge/application.properties"]), f'''# ECR/ECO bridge Windchill <-> Jira
jira.base-url=https://{comp()}.atlassian.net
jira.user=plm-bridge@{comp()}.com
jira.api-token={S}
jira.project=ECR
windchill.base-url=https://{host("wc")}/Windchill
server.port=8085
'''


@tpl("jira_yaml", "atlassian_jira", "api_token", "yaml", atlassian_token, "JIRA_API_TOKEN")
def _(S):
    return R.choice(["config/jira-sync.yaml", "plm-jira/config.yml"]), f'''jira:
  url: https://{comp()}.atlassian.net
  email: {person()}@{comp()}.com
  token: {S}
  issue_type: Engineering Change
aras:
  url: https://{host("aras")}/InnovatorServer
'''


@tpl("sap_jco_dest", "sap_erp", "password", "properties", pw_simple, "SAP_PASSWORD")
def _(S):
    return R.choice(["config/SAP_PLM.jcoDestination", "jco/ERP_PRD.jcoDestination"]), f'''jco.client.ashost={host("sap")}
jco.client.sysnr={R.randrange(0, 10):02d}
jco.client.client={R.choice(["100", "200", "300"])}
jco.client.user=RFC_PLM
jco.client.passwd={S}
jco.client.lang=EN
jco.destination.pool_capacity=3
jco.destination.peak_limit=10
'''


@tpl("erp_connector_appsettings", "erp_connector", "db_password", "json", pw_simple, "ERP_DB_PASSWORD")
def _(S):
    d = {"ConnectionStrings": {"Erp": "Server=%s;Database=ERP_PROD;User Id=plm_bridge;Password=%s;TrustServerCertificate=True" % (host("sql"), S)},
         "Plm": {"Source": R.choice(["Vault", "Windchill", "Teamcenter"]), "PollMinutes": 5}}
    return R.choice(["src/PlmErpBridge/appsettings.json", "bridge/appsettings.Production.json"]), json.dumps(d, indent=2) + "\n"


# ---- license servers
@tpl("flexlm_runbook_md", "flexnet", "license_admin_password", "markdown", pw_simple, "LMADMIN_PW")
def _(S):
    return R.choice(["docs/runbooks/license-server.md", "runbooks/flexlm.md"]), f'''# License server runbook ({R.choice(SITES).upper()})

Host: `{host("lic")}` (VM, 2 vCPU). Vendor daemons: `adskflex`, `ugslmd`, `SW_D`.

## Restart
1. RDP to the host as `svc_license`.
2. Open lmadmin web UI at http://localhost:8090
3. Login `admin` / `{S}`
4. Vendor Daemon Configuration -> Stop / Start.

## Check
```
lmutil lmstat -a -c 27000@{host("lic")}
```
'''


@tpl("lmadmin_ps1", "flexnet", "license_admin_password", "powershell", pw_simple, "LMADMIN_PW")
def _(S):
    return R.choice(["ops/Install-Lmadmin.ps1", "license/setup_lmadmin.ps1"]), f'''# Silent lmadmin install for CAD licence server
$installer = "\\\\{R.choice(SITES)}fs01\\sw\\flexnet\\lmadmin-x64_n6-11.19.exe"
& $installer -i silent -DLAUNCH_SERVER=1 -DSERVICE_NAME="FlexNet License Server Manager" `
    -DADMIN_PASSWORD='{S}' -DHTTP_PORT=8090 -DLICENSE_PORT=27000
Start-Service "FlexNet License Server Manager"
'''


# ---- CAD batch scripts / macros
@tpl("cad_netuse_bat", "windows_share", "service_password", "batch", pw_simple, "SVC_PASS")
def _(S):
    return R.choice(["batch/map_cad_drives.bat", "logon/cad_workstation.cmd"]), f'''@echo off
REM map CAD library and standards drives for drawing office
net use S: /delete /y >nul 2>&1
net use S: \\\\{R.choice(SITES)}fs01\\CAD_Standards /user:{comp().upper().split("-")[0]}\\svc_cadlib {S} /persistent:no
net use L: \\\\{R.choice(SITES)}fs01\\CAD_Library /persistent:no
xcopy /D /Y S:\\Templates\\*.* "%APPDATA%\\Autodesk\\Templates\\"
'''


@tpl("autolisp_ado", "autocad", "db_password", "autolisp", pw_simple, "TB_DB_PWD")
def _(S):
    return R.choice(["lisp/titleblock_db.lsp", "acad/support/TBSYNC.lsp"]), f''';;; TBSYNC - fill title block from drawing register DB
(vl-load-com)
(defun c:TBSYNC (/ conn rs dwg)
  (setq dwg (vl-filename-base (getvar "DWGNAME")))
  (setq conn (vlax-create-object "ADODB.Connection"))
  (vlax-invoke-method conn 'Open
    "Provider=SQLOLEDB;Data Source={host("sql")};Initial Catalog=DwgRegister;User ID=acad_tb;Password={S};"
    "" "" -1)
  (setq rs (vlax-invoke-method conn 'Execute (strcat "SELECT * FROM drawings WHERE dwg_no='" dwg "'") nil -1))
  (princ (strcat "\\nTitle block updated for " dwg))
  (vlax-invoke-method conn 'Close)
  (princ)
)
'''


@tpl("catia_vba", "catia", "db_password", "vba", pw_simple, "CATIA_DB_PWD")
def _(S):
    return R.choice(["CATIA/Macros/ExportMassProps.bas", "catvba/WriteMassToDb.bas"]), f'''Attribute VB_Name = "ExportMassProps"
' CATIA V5 macro: write mass properties of active product to QA database
Sub CATMain()
    Dim oProduct As Product
    Set oProduct = CATIA.ActiveDocument.Product
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Driver={{SQL Server}};Server={host("sql")};Database=QA_MASS;Uid=catia_qa;Pwd={S};"
    cn.Execute "INSERT INTO mass(part, kg) VALUES('" & oProduct.PartNumber & "', 0)"
    cn.Close
End Sub
'''


@tpl("ilogic_sql", "autodesk_inventor", "db_password", "ilogic", pw_simple, "ILOGIC_DB_PWD")
def _(S):
    return R.choice(["iLogic/ExternalRules/ReadPartNumber.iLogicVb", "Inventor/Rules/NextPartNumber.iLogicVb"]), f'''AddReference "System.Data"
Imports System.Data.SqlClient
' Reserve the next part number from the numbering DB
Dim cs As String = "Data Source={host("sql")};Initial Catalog=PartNumbers;User ID=inventor_pn;Password={S}"
Using conn As New SqlConnection(cs)
    conn.Open()
    Dim cmd As New SqlCommand("EXEC dbo.ReserveNumber @scheme='MECH'", conn)
    iProperties.Value("Project", "Part Number") = CStr(cmd.ExecuteScalar())
End Using
'''


@tpl("dynamo_smtp", "smtp", "smtp_password", "python", pw_simple, "SMTP_PASSWORD")
def _(S):
    return R.choice(["dynamo/scripts/notify_sheet_issue.py", "Dynamo/Python/SendIssueMail.py"]), f'''# Dynamo Python: e-mail the sheet issue list to document control
import smtplib
from email.mime.text import MIMEText

SMTP_HOST = "smtp.office365.com"
SMTP_USER = "revit-notify@{comp()}.com"
SMTP_PASS = "{S}"

msg = MIMEText("\\n".join(IN[0]))
msg["Subject"] = "Sheet issue " + IN[1]
msg["From"] = SMTP_USER
msg["To"] = "doc-control@{comp()}.com"
with smtplib.SMTP(SMTP_HOST, 587) as s:
    s.starttls()
    s.login(SMTP_USER, SMTP_PASS)
    s.send_message(msg)
OUT = "sent"
'''


# ---- storage
@tpl("s3_vault_backup_py", "aws", "secret_access_key", "python", aws_secret, "AWS_SECRET_ACCESS_KEY")
def _(S):
    return R.choice(["backup/vault_filestore_s3.py", "ops/pdm_archive_to_s3.py"]), f'''import boto3

s3 = boto3.client(
    "s3",
    region_name="{R.choice(["eu-central-1", "us-east-1", "eu-west-3"])}",
    aws_access_key_id="{aws_key_id()}",
    aws_secret_access_key="{S}",
)

def upload(path, key):
    s3.upload_file(path, "{comp()}-vault-filestore", key)
'''


@tpl("aws_dockerfile", "aws", "secret_access_key", "dockerfile", aws_secret, "AWS_SECRET_ACCESS_KEY")
def _(S):
    return R.choice(["Dockerfile", "docker/converter/Dockerfile"]), f'''FROM python:3.11-slim
RUN apt-get update && apt-get install -y --no-install-recommends freecad-python3 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
ENV AWS_DEFAULT_REGION={R.choice(["eu-central-1", "us-west-2"])} \\
    AWS_ACCESS_KEY_ID={aws_key_id()} \\
    AWS_SECRET_ACCESS_KEY={S} \\
    STEP_BUCKET={comp()}-step-cache
COPY . .
CMD ["python", "convert_worker.py"]
'''


@tpl("azure_storage_xml", "azure_storage", "storage_account_key", "xml", azure_storage_key, "AZURE_STORAGE_KEY")
def _(S):
    acct = comp().replace("-", "") + "vault"
    return R.choice(["config/ReplicationConfig.xml", "Vault/FileStoreReplication.config"]), f'''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="FileStoreRoot" value="D:\\VaultFileStore" />
    <add key="ArchiveStorage" value="DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={S};EndpointSuffix=core.windows.net" />
    <add key="ArchiveContainer" value="vault-archive" />
  </appSettings>
</configuration>
'''


@tpl("rclone_conf", "azure_storage", "storage_account_key", "ini", azure_storage_key, "AZURE_STORAGE_KEY")
def _(S):
    return R.choice(["ops/rclone.conf", "backup/rclone.conf"]), f'''[cadarchive]
type = azureblob
account = {comp().replace("-", "")}cad
key = {S}
access_tier = Cool

[local-vault]
type = local
'''


# ---- notifications / CI / IdP
@tpl("sendgrid_workflow_py", "sendgrid", "api_key", "python", sendgrid_key, "SENDGRID_API_KEY")
def _(S):
    return R.choice(["workflow/notify_eco.py", "plm_notifications/mailer.py"]), f'''from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SENDGRID_API_KEY = "{S}"

def notify_eco(eco_number, approvers):
    msg = Mail(from_email="plm@{comp()}.com", to_emails=approvers,
               subject=f"ECO {{eco_number}} awaiting approval",
               html_content=f"<p>Please review ECO <b>{{eco_number}}</b>.</p>")
    SendGridAPIClient(SENDGRID_API_KEY).send(msg)
'''


@tpl("slack_yaml", "slack", "bot_token", "yaml", slack_bot, "SLACK_BOT_TOKEN")
def _(S):
    return R.choice(["config/release-notifier.yaml", "notifier/config.yml"]), f'''source: teamcenter
poll_seconds: 120
slack:
  bot_token: {S}
  channel: "#{R.choice(["eng-releases", "ecn-approvals", "plm-alerts"])}"
filters:
  item_types: [Item, Design, Drawing]
  status: [Released, Obsolete]
'''


@tpl("spring_mail_props", "smtp", "smtp_password", "properties", pw_simple, "SPRING_MAIL_PASSWORD")
def _(S):
    return R.choice(["src/main/resources/application.properties", "plm-notify/src/main/resources/application-prod.properties"]), f'''spring.application.name=plm-notify
spring.mail.host=smtp.{comp()}.com
spring.mail.port=587
spring.mail.username=plm-notify
spring.mail.password={S}
spring.mail.properties.mail.smtp.starttls.enable=true
plm.windchill.url=https://{host("wc")}/Windchill
'''


@tpl("gh_pat_bat", "github", "personal_access_token", "batch", github_pat, "GH_TOKEN")
def _(S):
    return R.choice(["deploy/update_cad_tools.bat", "install/pull_ilogic_rules.cmd"]), f'''@echo off
REM pull latest iLogic / macro library onto the workstation
set GH_TOKEN={S}
set REPO=https://%GH_TOKEN%@github.com/{comp()}/cad-automation.git
if exist C:\\CADTools\\.git (
  git -C C:\\CADTools pull --ff-only
) else (
  git clone %REPO% C:\\CADTools
)
'''


@tpl("azuread_json", "azure_ad", "client_secret", "json", azure_ad_secret, "AZURE_CLIENT_SECRET")
def _(S):
    d = {"AzureAd": {"Instance": "https://login.microsoftonline.com/", "TenantId": guid(), "ClientId": guid(), "ClientSecret": S},
         "SharePoint": {"Site": "https://%s.sharepoint.com/sites/Engineering" % comp().split("-")[0], "Library": "Released Drawings"}}
    return R.choice(["PlmToSharePoint/appsettings.json", "src/DrawingPublisher/appsettings.json"]), json.dumps(d, indent=2) + "\n"


@tpl("azuread_tc_sso_props", "azure_ad", "client_secret", "properties", azure_ad_secret, "AZURE_CLIENT_SECRET")
def _(S):
    return R.choice(["sso/oidc.properties", "tcsso/identity-provider.properties"]), f'''# Teamcenter Security Services - Entra ID OIDC
oidc.issuer=https://login.microsoftonline.com/{guid()}/v2.0
oidc.client_id={guid()}
oidc.client_secret={S}
oidc.redirect_uri=https://{host("tccs")}/tcsso/oidc/callback
oidc.scope=openid profile email
'''


# ---- compose / docker / runbooks / CSV / PEM
@tpl("compose_oracle", "oracle_db", "db_password", "yaml", pw_url, "ORACLE_PASSWORD")
def _(S):
    return R.choice(["docker-compose.yml", "dev/windchill-db/docker-compose.yaml"]), f'''version: "3.8"
services:
  oracle:
    image: container-registry.oracle.com/database/enterprise:19.3.0.0
    ports:
      - "1521:1521"
    environment:
      ORACLE_SID: WCDEV
      ORACLE_PWD: "{S}"
    volumes:
      - oradata:/opt/oracle/oradata
volumes:
  oradata:
'''


@tpl("dockerfile_mssql", "sql_server", "db_password", "dockerfile", pw_simple, "MSSQL_SA_PASSWORD")
def _(S):
    return R.choice(["docker/pdm-testdb/Dockerfile", "test/aras-db/Dockerfile"]), f'''FROM mcr.microsoft.com/mssql/server:2022-latest
ENV ACCEPT_EULA=Y
ENV MSSQL_SA_PASSWORD="{S}"
ENV MSSQL_PID=Developer
COPY restore.sql /docker-entrypoint-initdb.d/
COPY InnovatorSolutions.bak /var/opt/mssql/backup/
'''


@tpl("wc_restore_runbook", "ptc_windchill", "db_password", "markdown", pw_simple, "WT_DB_PASSWORD")
def _(S):
    return R.choice(["docs/runbooks/windchill-restore.md", "wiki/Windchill-DB-Restore.md"]), f'''# Windchill test refresh from production

Last done: {date()} by {person()}

1. Stop method servers: `windchill stop`
2. On `{host("ora")}` as oracle:
   ```
   impdp wcadmin/{S}@WCTEST directory=DPUMP dumpfile=wcprod_%U.dmp remap_schema=wcprod:wcadmin
   ```
3. Run `windchill wt.util.DbVerify` and re-index Solr.
4. Update `wt.rmi.server.hostname` with xconfmanager.
'''


@tpl("tc_runbook_md", "siemens_teamcenter", "password", "markdown", pw_simple, "TC_PASSWORD")
def _(S):
    return R.choice(["docs/teamcenter/dispatcher.md", "ops/runbooks/tc-dispatcher.md"]), f'''## Dispatcher service restart

| Item | Value |
|------|-------|
| Server | `{host("disp")}` |
| Service account | `TC\\svc_dispatcher` |
| Password | `{S}` |
| Module path | `D:\\Siemens\\Dispatcher\\Module` |

After restart check `Scheduler.log` for "Connected to Teamcenter".
'''


@tpl("svc_accounts_csv", "plm_admin", "password", "csv", pw_simple, "INITIAL_PASSWORD")
def _(S):
    rows = ["account,system,owner,auth,initial_password,expires"]
    idx = R.randrange(1, 6)
    for i in range(6):
        if i == idx:
            rows.append("svc_%s,%s,%s,local,%s,%s" % (R.choice(["vaultjob", "tcbatch", "wcbulk"]), R.choice(["Vault", "Teamcenter", "Windchill"]), person(), S, date()))
        else:
            rows.append("svc_%s%d,%s,%s,SSO,,%s" % (R.choice(["cad", "plm", "erp", "mes"]), i, R.choice(["Vault", "Teamcenter", "Windchill", "Aras"]), person(), date()))
    return R.choice(["admin/service_accounts_export.csv", "exports/plm_accounts.csv"]), "\n".join(rows) + "\n"


@tpl("pem_key_file", "ptc_windchill", "private_key", "pem", rsa_first_line, "", noneg=True)
def _(S):
    return R.choice(["certs/windchill-sso.key", "config/ssl/plm-server.key", "tccs/keys/sso_private.pem"]), \
        "-----BEGIN RSA PRIVATE KEY-----\n" + pem_body(S) + "\n-----END RSA PRIVATE KEY-----\n"


@tpl("pem_in_yaml", "onshape", "private_key", "yaml", rsa_first_line, "", noneg=True)
def _(S):
    body = "\n".join("    " + l for l in pem_body(S).split("\n"))
    return R.choice(["deploy/k8s/plm-gateway-secret.yaml", "helm/plm-gw/secret.yaml"]), f'''apiVersion: v1
kind: Secret
metadata:
  name: plm-gateway-tls
type: kubernetes.io/tls
stringData:
  tls.key: |
    -----BEGIN RSA PRIVATE KEY-----
{body}
    -----END RSA PRIVATE KEY-----
'''


@tpl("ldap_ini_vault", "autodesk_vault", "ldap_bind_password", "ini", pw_simple, "LDAP_PASSWORD")
def _(S):
    return R.choice(["config/ad_sync.ini", "tools/VaultUserSync/settings.ini"]), f'''; Vault <-> AD group sync
[ldap]
server = ldaps://dc02.{comp()}.local
bind_dn = CN=svc-vaultsync,OU=ServiceAccounts,DC={comp()},DC=local
bind_password = {S}
base_dn = OU=Engineering,DC={comp()},DC=local

[vault]
server = {host("vault")}
name = Vault
'''


@tpl("sh_env_export", "ptc_windchill", "password", "shell", pw_url, "WC_ADMIN_PASSWORD")
def _(S):
    return R.choice(["bin/load_parts.sh", "scripts/wc_loadfromfile.sh"]), f'''#!/bin/bash
# bulk load parts into Windchill from CSV (LoadFromFile)
export WC_HOME=/opt/ptc/Windchill
WC_ADMIN=wcadmin
WC_ADMIN_PASSWORD='{S}'
cd $WC_HOME
windchill wt.load.LoadFromFile -d loadFiles/parts_{R.randrange(1, 99)}.xml -u $WC_ADMIN -p "$WC_ADMIN_PASSWORD" -CONT_PATH "/wt.inf.container.OrgContainer={comp()}/wt.pdmlink.PDMLinkProduct={R.choice(["Drive", "Pump", "Gearbox"])}"
'''


# ---------------------------------------------------------------- negative values for template reuse
PLACEHOLDERS = ["<your-client-secret>", "YOUR_API_KEY", "YOUR_SECRET_KEY_HERE", "xxxxxxxxxxxxxxxxxxxx", "changeme",
                "CHANGE_ME", "<password>", "<Passwort>", "IhrPasswortHier", "<mot-de-passe>", "votre_mot_de_passe",
                "TODO", "REPLACE_ME", "<secret>", "dummy", "password", "<insert secret here>", "xxx", "...",
                "<contrasena>", "pasuwado_wo_nyuryoku"]
MASKS = ["********", "[REDACTED]", "***", "<redacted>", "•••••••", "****************"]
EXAMPLES = {
    "aws_secret": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "azure_storage_key": ["Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="],
}


def refs_for(ftype, var):
    v = var or "SECRET"
    m = {
        "yaml": ["${%s}" % v, "${{ secrets.%s }}" % v, "{{ %s }}" % v.lower()],
        "properties": ["${%s}" % v, "${env:%s}" % v, "@%s@" % v],
        "xconf": ["${%s}" % v, "encrypted.wt.pom.dbPassword"],
        "xml": ["$(%s)" % v, "${%s}" % v],
        "json": ["${%s}" % v, "#{%s}#" % v, "%%%s%%" % v],
        "ini": ["%%(%s)s" % v.lower(), "${%s}" % v],
        "batch": ["%%%s%%" % v],
        "powershell": ["$env:%s" % v],
        "shell": ["${%s}" % v, "$%s" % v, "$(cat /run/secrets/%s)" % v.lower()],
        "dockerfile": ["${%s}" % v],
        "dotenv": ["${%s}" % v],
        "markdown": ["<see KeePass: %s>" % v, "(stored in CyberArk)"],
        "csv": ["(in vault)"],
    }
    return m.get(ftype, ["${%s}" % v, "<%s>" % v])


def neg_value(t):
    g = t["gen"].__name__
    opts = []
    opts += [("placeholder", R.choice(PLACEHOLDERS))] * 3
    opts += [("empty", "")]
    opts += [("masked", R.choice(MASKS))]
    opts += [("env_reference", R.choice(refs_for(t["ftype"], t["var"])))] * 3
    if g in EXAMPLES:
        opts += [("documented_example", R.choice(EXAMPLES[g]))] * 3
    if t["provider"] == "ptc_windchill" and t["ftype"] in ("properties", "xconf"):
        opts += [("windchill_encrypted", "encrypted.wt.pom.dbPassword")] * 3
    return R.choice(opts)


# ---------------------------------------------------------------- look-alike negatives
NEG = []


def ntpl(name, provider, kind, ftype):
    def d(fn):
        NEG.append(dict(name=name, provider=provider, kind=kind, ftype=ftype, fn=fn))
        return fn
    return d


@ntpl("flexlm_license_dat", "flexnet", "license_signature", "license")
def _():
    hostid = hexs(12)
    lines = ["SERVER %s %s 27000" % (host("lic").split(".")[0], hostid), "VENDOR %s PORT=%d" % (R.choice(["adskflex", "ugslmd", "SW_D", "ptc_d", "MLM"]), R.randrange(2080, 28000)), "USE_SERVER"]
    for _ in range(R.randrange(2, 6)):
        feat = R.choice(["87545ACD_2024_0F", "NX13100N", "solidworks", "PROE_Engineer", "CATIA_MD2", "INVPROSA_2025_0F"])
        sig = " ".join(rs("0123456789ABCDEF", 4) for _ in range(15))
        sig2 = " ".join(rs("0123456789ABCDEF", 4) for _ in range(15))
        lines.append('INCREMENT %s %s 1.000 %s %d \\\n\t%s VENDOR_STRING="commercial:permanent" \\\n\tSUPERSEDE DUP_GROUP=UH ISSUED=%02d-%s-20%d \\\n\tSN=%d-%08d SIGN="%s" \\\n\tSIGN2="%s"'
                     % (feat, R.choice(["adskflex", "ugslmd"]), R.choice(["permanent", "31-dec-2026"]), R.randrange(1, 50), rs("0123456789ABCDEF", 20),
                        R.randrange(1, 28), R.choice(["jan", "feb", "mar", "sep"]), R.randrange(22, 26), R.randrange(100, 999), R.randrange(10**7, 10**8), sig, sig2))
    return R.choice(["license/license.dat", "licenses/adsk_server.lic", "flexlm/ugslicensing.lic"]), "\n".join(lines) + "\n"


@ntpl("bom_csv_checksums", "bom_export", "part_numbers_checksums", "csv")
def _():
    rows = ["Item,Part Number,Revision,Description,Qty,File,SHA256"]
    for i in range(R.randrange(6, 16)):
        pn = partno()
        rows.append("%d,%s,%s,%s,%d,%s.SLDPRT,%s" % (i + 1, pn, rev(), R.choice(["BRACKET", "SHAFT", "HOUSING", "SPACER M6", "COVER PLATE"]), R.randrange(1, 9), pn, hexs(64)))
    return R.choice(["exports/bom_%s.csv" % R.randrange(1000, 9999), "release/bom.csv"]), "\n".join(rows) + "\n"


@ntpl("onshape_ids_json", "onshape", "document_ids", "json")
def _():
    d = {"documents": [{"name": "%s %s" % (R.choice(["Gearbox", "Frame", "Enclosure"]), R.choice(["v2", "Rev C", "proto"])),
                        "did": onshape_id(), "wvm": "w", "wvmid": onshape_id(), "eid": onshape_id(),
                        "microversion": onshape_id()} for _ in range(R.randrange(2, 6))],
         "configuration": "default"}
    return R.choice(["config/documents.json", "onshape/targets.json"]), json.dumps(d, indent=2) + "\n"


@ntpl("onshape_urls_md", "onshape", "document_urls", "markdown")
def _():
    lines = ["# CAD sources", ""]
    for _ in range(R.randrange(3, 7)):
        lines.append("- [%s](https://cad.onshape.com/documents/%s/w/%s/e/%s)" % (R.choice(["Main assembly", "Motor mount", "PCB enclosure", "Fixture"]), onshape_id(), onshape_id(), onshape_id()))
    return "docs/cad_sources.md", "\n".join(lines) + "\n"


@ntpl("windchill_oids", "ptc_windchill", "object_ids", "json")
def _():
    items = [{"oid": "OR:wt.part.WTPart:%d" % R.randrange(10**5, 10**9), "vid": "VR:wt.part.WTPart:%d" % R.randrange(10**5, 10**9),
              "number": partno(), "version": rev(), "state": R.choice(["RELEASED", "INWORK"])} for _ in range(R.randrange(3, 8))]
    return R.choice(["test/fixtures/wc_parts.json", "samples/odata_parts.json"]), json.dumps({"value": items}, indent=2) + "\n"


@ntpl("windchill_encrypted_props", "ptc_windchill", "encrypted_property", "properties")
def _():
    return "db/db.properties", f'''#Windchill db properties
wt.pom.dbUser=wcadmin
wt.pom.dbPassword=encrypted.wt.pom.dbPassword
wt.pom.jdbc.host={host("ora")}
wt.pom.jdbc.port=1521
wt.pom.jdbc.service=WCPROD
'''


@ntpl("windchill_xconf_encrypted", "ptc_windchill", "encrypted_property", "xconf")
def _():
    return "site.xconf", f'''<?xml version="1.0" encoding="UTF-8"?>
<Configuration xmlns:xlink="http://www.w3.org/1999/xlink">
   <Property name="wt.pom.dbPassword" overridable="true" targetFile="db/db.properties" value="encrypted.wt.pom.dbPassword"/>
   <Property name="ie.ldap.managerPw" overridable="true" targetFile="codebase/WEB-INF/ie.properties" value="encrypted.ie.ldap.managerPw"/>
   <Property name="wt.federation.ie.VMName" overridable="true" targetFile="codebase/wt.properties" value="com.{comp().replace("-", "")}.Ldap"/>
   <Property name="wt.cache.master.codebase" overridable="true" targetFile="codebase/wt.properties" value="{hexs(32)}"/>
</Configuration>
'''


@ntpl("teamcenter_uids", "siemens_teamcenter", "object_uids", "json")
def _():
    def uidv():
        return rs(ALNUM + "$_", 14)
    d = {"objects": [{"uid": uidv(), "type": R.choice(["Item", "ItemRevision", "Dataset"]), "item_id": "%06d" % R.randrange(10**6), "rev": R.choice(["A", "B", "01"])} for _ in range(R.randrange(3, 7))]}
    return R.choice(["test/data/tc_objects.json", "fixtures/awc_search_result.json"]), json.dumps(d, indent=2) + "\n"


@ntpl("kicad_pcb_uuids", "kicad", "uuids", "kicad")
def _():
    lines = ['(kicad_pcb (version 20221018) (generator pcbnew)', '  (general (thickness 1.6))', '  (paper "A4")']
    for i in range(R.randrange(3, 7)):
        lines.append('  (footprint "Resistor_SMD:R_0603_1608Metric" (layer "F.Cu")\n    (tstamp %s)\n    (at %.2f %.2f)\n    (property "Reference" "R%d")\n    (property "MPN" "RC0603FR-07%dKL")\n  )' % (guid(), R.uniform(10, 150), R.uniform(10, 100), i + 1, R.randrange(1, 100)))
    lines.append(")")
    return R.choice(["hw/mainboard/mainboard.kicad_pcb", "pcb/sensor.kicad_pcb"]), "\n".join(lines) + "\n"


@ntpl("kicad_sch_uuid", "kicad", "uuids", "kicad")
def _():
    return R.choice(["hw/psu/psu.kicad_sch", "schematic/top.kicad_sch"]), f'''(kicad_sch (version 20230121) (generator eeschema)
  (uuid {guid()})
  (paper "A3")
  (title_block (title "{R.choice(["PSU 48V", "Motor driver", "Sensor hub"])}") (rev "{R.choice("ABC")}") (company "{comp()}"))
  (symbol (lib_id "Device:C") (at 120 80 0) (unit 1)
    (uuid {guid()})
    (property "Reference" "C{R.randrange(1, 80)}" (at 121 78 0))
    (property "Value" "100n" (at 121 82 0))
  )
  (sheet_instances (path "/" (page "1")))
)
'''


@ntpl("altium_prjpcb", "altium", "unique_ids", "ini")
def _():
    lines = ["[Design]", "Version=1.0", "HierarchyMode=0", ""]
    for i in range(R.randrange(2, 5)):
        lines += ["[Document%d]" % (i + 1), "DocumentPath=%s.SchDoc" % R.choice(["Power", "MCU", "IO", "Connectors"]), "AnnotationEnabled=1", "DocumentUniqueId=%s" % rs(string.ascii_uppercase, 8), ""]
    lines += ["[Parameter1]", "Name=Revision", "Value=%s" % rev(), "", "[OutputGroup1]", "Name=Fabrication", "UniqueId=%s" % rs(string.ascii_uppercase, 8)]
    return R.choice(["hw/Board.PrjPcb", "altium/MainController.PrjPcb"]), "\n".join(lines) + "\n"


@ntpl("vault_checksum_log", "autodesk_vault", "checksums", "log")
def _():
    lines = []
    for _ in range(R.randrange(5, 12)):
        lines.append("%s 0%d:%02d:%02d INFO  FileStoreVerify  %s\\%s.ipt  md5=%s  size=%d  OK" % (date(), R.randrange(10), R.randrange(60), R.randrange(60), R.choice(["Designs", "Library", "Projects"]), partno(), hexs(32), R.randrange(10**4, 10**7)))
    return R.choice(["logs/filestore_verify.log", "ops/vault_verify_output.txt"]), "\n".join(lines) + "\n"


@ntpl("cert_thumbprint_ps1", "windows_pki", "thumbprint", "powershell")
def _():
    tp = rs("0123456789ABCDEF", 40)
    return R.choice(["ops/Bind-TcCert.ps1", "scripts/set_iis_cert.ps1"]), f'''# bind new TLS cert for AWC / Vault web client
$thumbprint = "{tp}"
$cert = Get-ChildItem Cert:\\LocalMachine\\My\\$thumbprint
Import-Module WebAdministration
$binding = Get-WebBinding -Name "Default Web Site" -Protocol https
$binding.AddSslCertificate($cert.Thumbprint, "my")
netsh http show sslcert ipport=0.0.0.0:443
'''


@ntpl("pem_certificate", "pki", "certificate", "pem")
def _():
    lines = ["MIID" + rs(B64, 60)] + [rs(B64, 64) for _ in range(R.randrange(15, 22))] + [rs(B64, 28) + "=="]
    return R.choice(["certs/plm-root-ca.crt", "config/ssl/windchill.crt", "tccs/trust/corp-ca.pem"]), "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n"


@ntpl("ssh_public_key", "ssh", "public_key", "text")
def _():
    keys = []
    for _ in range(R.randrange(1, 4)):
        keys.append("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ%s %s@%s" % (rs(B64, 340), person(), R.choice(["cad-ws01", "plm-jump", "build01"])))
    return R.choice(["deploy/authorized_keys", "ansible/files/plm_admins.pub"]), "\n".join(keys) + "\n"


@ntpl("public_key_pem_xml", "pki", "public_key", "xml")
def _():
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(B64, 20) + "\n" + "\n".join(rs(B64, 64) for _ in range(5)) + "\n" + rs(B64, 6) + "IDAQAB"
    return R.choice(["config/sso/idp-signing.xml", "tcsso/trusted_keys.xml"]), f'''<?xml version="1.0"?>
<TrustedKeys>
  <Key id="idp-{R.randrange(1, 9)}" alg="RS256">
-----BEGIN PUBLIC KEY-----
{body}
-----END PUBLIC KEY-----
  </Key>
</TrustedKeys>
'''


@ntpl("git_lfs_pointer", "git_lfs", "sha256_oid", "text")
def _():
    return R.choice(["cad/%s.SLDASM" % partno(), "models/%s.step" % partno(), "library/%s.ipt" % partno()]), "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (hexs(64), R.randrange(10**5, 10**9))


@ntpl("docker_digest_compose", "docker", "image_digest", "yaml")
def _():
    return R.choice(["docker-compose.yml", "deploy/compose.converter.yaml"]), f'''services:
  cad-converter:
    image: ghcr.io/{comp()}/cad-converter@sha256:{hexs(64)}
    environment:
      LOG_LEVEL: info
      WORKERS: "{R.randrange(2, 9)}"
  minio:
    image: minio/minio@sha256:{hexs(64)}
'''


@ntpl("npm_lock_integrity", "npm", "integrity_hash", "json")
def _():
    pk = {}
    for n in R.sample(["axios", "three", "occt-import-js", "dxf-parser", "express", "@onshape/apikey", "forge-apis"], 4):
        pk["node_modules/" + n] = {"version": "%d.%d.%d" % (R.randrange(5), R.randrange(30), R.randrange(20)),
                                   "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (n, n.split("/")[-1]),
                                   "integrity": "sha512-" + base64.b64encode(bytes(R.getrandbits(8) for _ in range(64))).decode()}
    return "viewer/package-lock.json", json.dumps({"name": "plm-viewer", "lockfileVersion": 3, "packages": pk}, indent=2) + "\n"


@ntpl("nuget_lock", "nuget", "content_hash", "json")
def _():
    deps = {n: {"type": "Direct", "requested": "[%d.0.0, )" % R.randrange(1, 9), "resolved": "%d.%d.0" % (R.randrange(1, 9), R.randrange(9)),
                "contentHash": base64.b64encode(bytes(R.getrandbits(8) for _ in range(64))).decode()}
            for n in R.sample(["Autodesk.Forge", "Newtonsoft.Json", "Aras.IOM", "Serilog", "Dapper"], 3)}
    return R.choice(["src/VaultSync/packages.lock.json", "ArasSync/packages.lock.json"]), json.dumps({"version": 1, "dependencies": {"net48": deps}}, indent=2) + "\n"


@ntpl("thumbnail_b64_json", "onshape", "encoded_image", "json")
def _():
    img = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(R.getrandbits(8) for _ in range(R.randrange(200, 400)))).decode()
    return R.choice(["cache/thumbnails/%s.json" % onshape_id(), "test/fixtures/thumbnail.json"]), json.dumps({"documentId": onshape_id(), "size": "300x170", "mediaType": "image/png", "data": img}, indent=1) + "\n"


@ntpl("aras_config_ids", "aras_innovator", "config_ids", "xml")
def _():
    items = "\n".join('  <Item type="Part" id="%s" action="add"><item_number>%s</item_number><config_id>%s</config_id><major_rev>%s</major_rev></Item>' % (hexs(32).upper(), partno(), hexs(32).upper(), R.choice("ABC")) for _ in range(R.randrange(3, 7)))
    return R.choice(["import/parts_amlimport.xml", "AML-packages/Parts/Import/parts.xml"]), '<AML>\n' + items + '\n</AML>\n'


@ntpl("inventor_iprops_guids", "autodesk_inventor", "guids", "xml")
def _():
    return R.choice(["Templates/Standard.ipt.xml", "config/iproperties_map.xml"]), f'''<?xml version="1.0" encoding="utf-8"?>
<PropertySets>
  <PropertySet name="Design Tracking Properties" id="{{{str(uuid.UUID(int=R.getrandbits(128))).upper()}}}">
    <Property id="5" name="Part Number" map="ITEM_NUMBER"/>
    <Property id="9" name="Revision Number" map="REV"/>
  </PropertySet>
  <PropertySet name="User Defined Properties" id="{{{str(uuid.UUID(int=R.getrandbits(128))).upper()}}}">
    <Property name="ERP_ID" map="ERP_ITEM"/>
  </PropertySet>
  <DocumentInternalName>{{{str(uuid.UUID(int=R.getrandbits(128))).upper()}}}</DocumentInternalName>
</PropertySets>
'''


@ntpl("revit_uniqueids_csv", "revit", "element_ids", "csv")
def _():
    rows = ["ElementId,UniqueId,Category,Family,Type"]
    for _ in range(R.randrange(5, 12)):
        rows.append("%d,%s-%08x,%s,%s,%s" % (R.randrange(10**5, 10**7), guid(), R.randrange(2**31), R.choice(["Doors", "Walls", "Mechanical Equipment"]), R.choice(["M_Single-Flush", "Basic Wall", "AHU"]), R.choice(["0915 x 2134mm", "Generic - 200mm"])))
    return R.choice(["dynamo/exports/elements.csv", "exports/revit_elements.csv"]), "\n".join(rows) + "\n"


@ntpl("sha256sums_release", "release", "checksums", "text")
def _():
    lines = ["%s  %s" % (hexs(64), f) for f in R.sample(["PlmBridge-2.%d.msi" % R.randrange(9), "VaultSync.zip", "ilogic-rules.zip", "nxopen-journals.tar.gz", "tc-connector.jar", "kicad-bom-plugin.zip"], 4)]
    return R.choice(["dist/SHA256SUMS", "release/checksums.txt"]), "\n".join(lines) + "\n"


@ntpl("serial_numbers_md", "licensing", "serial_numbers", "markdown")
def _():
    lines = ["# Seat inventory", "", "| Product | Serial | Product key | Host |", "|---|---|---|---|"]
    for _ in range(R.randrange(4, 9)):
        lines.append("| %s | %03d-%08d | %s | %s |" % (R.choice(["Inventor Pro 2025", "AutoCAD 2025", "Vault Pro"]), R.randrange(100, 999), R.randrange(10**7, 10**8), R.choice(["797Q1", "001Q1", "569Q1"]), R.choice(SITES) + "-cad%02d" % R.randrange(40)))
    return "docs/licenses/seats.md", "\n".join(lines) + "\n"


@ntpl("sw_serial_ini_doc", "solidworks", "hostid_serial", "ini")
def _():
    return R.choice(["deploy/sldim/AdminImage.ini", "install/sw_client.ini"]), f'''[Install]
Product=SOLIDWORKS Premium
Version=2024 SP{R.randrange(0, 6)}
LicenseServer=25734@{host("lic")}
MachineHostId={hexs(12).upper()}
InstallDir=C:\\Program Files\\SOLIDWORKS Corp
ImageGuid={{{str(uuid.UUID(int=R.getrandbits(128))).upper()}}}
'''


@ntpl("nx_journal_hash", "siemens_nx", "hashes", "python")
def _():
    return R.choice(["nx_journals/verify_parts.py", "journals/part_fingerprint.py"]), f'''# NX Open journal: compute a geometric fingerprint for duplicate detection
import hashlib
import NXOpen

KNOWN = {{
    "{partno()}": "{hexs(40)}",
    "{partno()}": "{hexs(40)}",
    "{partno()}": "{hexs(40)}",
}}

def fingerprint(part):
    h = hashlib.sha1()
    for body in part.Bodies:
        h.update(str(body.JournalIdentifier).encode())
    return h.hexdigest()
'''


@ntpl("onshape_webhook_test_hmac", "onshape", "test_vector_signature", "python")
def _():
    return R.choice(["tests/test_signature.py", "test/test_request_signing.py"]), f'''"""Signature shape checks (no real keys, keys are loaded from the environment in CI)."""
import os
import re

import pytest

from onshape_client import sign

SIG_RE = re.compile(r"^On [A-Za-z0-9]{{24}}:HmacSHA256:[A-Za-z0-9+/=]{{44}}$")


@pytest.mark.skipif("ONSHAPE_SECRET_KEY" not in os.environ, reason="needs keys")
def test_header_shape():
    hdr = sign("GET", "/api/v6/documents/d/{onshape_id()}", os.environ["ONSHAPE_ACCESS_KEY"], os.environ["ONSHAPE_SECRET_KEY"])
    assert SIG_RE.match(hdr["Authorization"])
'''


@ntpl("tc_fms_xml", "siemens_teamcenter", "fms_ids", "xml")
def _():
    return R.choice(["tcdata/fms/fmsmaster_FSC_%s.xml" % R.choice(SITES), "fms/fmsmaster.xml"]), f'''<?xml version="1.0" encoding="UTF-8"?>
<fmsworld>
  <multisiteimport siteid="{R.randrange(-2**31, 2**31)}">
    <fscgroup id="{R.choice(SITES)}group">
      <fsc id="FSC_{R.choice(SITES)}_{hexs(8)}" address="http://{host("fsc")}:4544" ismaster="true">
        <volume id="{hexs(32)}" enterpriseid="{R.randrange(-2**31, 2**31)}" root="/data/tcvolumes/vol1"/>
      </fsc>
    </fscgroup>
  </multisiteimport>
</fmsworld>
'''


@ntpl("aps_urn_json", "autodesk_aps", "object_urns", "json")
def _():
    def urn():
        return base64.urlsafe_b64encode(("urn:adsk.objects:os.object:%s-models/%s.rvt" % (comp(), partno())).encode()).decode().rstrip("=")
    d = {"models": [{"name": partno() + ".rvt", "urn": urn(), "guid": guid(), "viewableId": guid() + "-" + hexs(8)} for _ in range(R.randrange(2, 5))]}
    return R.choice(["viewer/models.json", "public/data/models.json"]), json.dumps(d, indent=2) + "\n"


@ntpl("version_manifest_yaml", "release", "versions", "yaml")
def _():
    return R.choice(["versions.yaml", "deploy/plm-stack.versions.yml"]), f'''windchill: 12.1.{R.randrange(0, 3)}.{R.randrange(0, 9)}
teamcenter: 14.{R.randrange(0, 4)}.0.{R.randrange(0, 9)}
nx: "2306.{R.randrange(1000, 9999)}"
aras: 14.0.{R.randrange(5, 12)}
build: {hexs(40)}
commit_short: {hexs(7)}
'''


@ntpl("mouser_response_fixture", "mouser", "api_response", "json")
def _():
    d = {"Errors": [], "SearchResults": {"NumberOfResult": 1, "Parts": [{"MouserPartNumber": "%d-%s" % (R.randrange(10, 999), partno()),
         "ManufacturerPartNumber": partno(), "ProductDetailUrl": "https://www.mouser.com/ProductDetail/%s" % partno(),
         "ImagePath": "https://www.mouser.com/images/%s.jpg" % hexs(16), "ProductAttributes": [], "PriceBreaks": [{"Quantity": 1, "Price": "0,%02d €" % R.randrange(99)}]}]}}
    return R.choice(["tests/fixtures/mouser_search.json", "test/data/mouser_response.json"]), json.dumps(d, indent=2) + "\n"


@ntpl("tccs_env_guid", "siemens_teamcenter", "guids", "xml")
def _():
    return "tccs/env/TcCS_Env.xml", f'''<?xml version="1.0" encoding="UTF-8"?>
<environments>
  <environment name="{R.choice(SITES).upper()}_PROD" id="{guid()}" type="4tier">
    <url>http://{host("tc")}:7001/tc</url>
    <ssoAppId>TCPROD</ssoAppId>
    <ssoLoginUrl>https://{host("sso")}/ssoservice</ssoLoginUrl>
    <tag>{hexs(32)}</tag>
  </environment>
</environments>
'''


@ntpl("encrypted_blob_config", "plm", "ciphertext", "json")
def _():
    d = {"version": 2, "kms": "arn:aws:kms:eu-central-1:%d:key/%s" % (R.randrange(10**11, 10**12), guid()),
         "ciphertext": base64.b64encode(bytes(R.getrandbits(8) for _ in range(R.randrange(96, 200)))).decode(),
         "iv": base64.b64encode(bytes(R.getrandbits(8) for _ in range(12))).decode(), "note": "decrypted at runtime by plm-bridge"}
    return R.choice(["config/secrets.enc.json", "deploy/erp-bridge.enc.json"]), json.dumps(d, indent=2) + "\n"


@ntpl("dbhash_migration_sql", "aras_innovator", "item_ids", "sql")
def _():
    return R.choice(["db/migrations/V12__release_states.sql", "sql/seed_lifecycle.sql"]), f'''-- seed lifecycle states (ids are Aras item ids)
INSERT INTO innovator.LIFE_CYCLE_STATE (ID, NAME, CONFIG_ID) VALUES ('{hexs(32).upper()}', 'Preliminary', '{hexs(32).upper()}');
INSERT INTO innovator.LIFE_CYCLE_STATE (ID, NAME, CONFIG_ID) VALUES ('{hexs(32).upper()}', 'In Review', '{hexs(32).upper()}');
INSERT INTO innovator.LIFE_CYCLE_STATE (ID, NAME, CONFIG_ID) VALUES ('{hexs(32).upper()}', 'Released', '{hexs(32).upper()}');
'''


@ntpl("stepfile_header", "cad", "step_ids", "step")
def _():
    return R.choice(["models/%s.stp" % partno(), "cad/export/%s.step" % partno()]), f'''ISO-10303-21;
HEADER;
FILE_DESCRIPTION(('{R.choice(["SolidWorks", "Onshape", "NX"])} export'),'2;1');
FILE_NAME('{partno()}.stp','{date()}T10:{R.randrange(60):02d}:00',('{person()}'),('{comp()}'),'ST-DEVELOPER v18','{hexs(16)}','');
FILE_SCHEMA(('AUTOMOTIVE_DESIGN {{ 1 0 10303 214 3 1 1 }}'));
ENDSEC;
DATA;
#1=PRODUCT('{partno()}','{partno()}','{guid()}',(#2));
#2=PRODUCT_CONTEXT('',#3,'mechanical');
ENDSEC;
END-ISO-10303-21;
'''


@ntpl("env_example_file", "onshape", "placeholders", "dotenv")
def _():
    return R.choice([".env.example", ".env.sample"]), '''ONSHAPE_BASE_URL=https://cad.onshape.com
ONSHAPE_ACCESS_KEY=
ONSHAPE_SECRET_KEY=
APS_CLIENT_ID=your-aps-client-id
APS_CLIENT_SECRET=your-aps-client-secret
'''


@ntpl("azure_keyvault_refs", "azure_ad", "secret_references", "json")
def _():
    d = {"AzureAd": {"TenantId": guid(), "ClientId": guid(), "ClientSecret": "@Microsoft.KeyVault(SecretUri=https://kv-plm-%s.vault.azure.net/secrets/plm-bridge-secret/)" % R.choice(SITES)},
         "ConnectionStrings": {"Pdm": "Server=%s;Database=EPDM;Integrated Security=SSPI;" % host("sql")}}
    return R.choice(["PlmBridge/appsettings.json", "src/DrawingPublisher/appsettings.Production.json"]), json.dumps(d, indent=2) + "\n"


@ntpl("dwg_handles_lsp", "autocad", "handles", "autolisp")
def _():
    hs = " ".join('"%X"' % R.randrange(0x100, 0xFFFFFF) for _ in range(8))
    return R.choice(["lisp/fixblocks.lsp", "acad/support/RENBLK.lsp"]), f''';;; FIXBLOCKS - re-point title block attributes by handle
(defun c:FIXBLOCKS (/ h e)
  (foreach h '({hs})
    (if (setq e (handent h))
      (princ (strcat "\\n" h " -> " (cdr (assoc 0 (entget e)))))))
  (setq *tb-guid* "{{{str(uuid.UUID(int=R.getrandbits(128))).upper()}}}")
  (princ))
'''


# ---------------------------------------------------------------- driver
def ln_of(text, needle):
    i = text.index(needle)
    return text.count("\n", 0, i) + 1


def main():
    global R
    if len(sys.argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0])
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    USED.clear()
    manifest, secrets = [], []
    files = []  # (rel, text)

    order = []
    while len(order) < 500:
        block = list(range(len(POS)))
        R.shuffle(block)
        order += block
    order = order[:500]
    envcount = 0
    for i, ti in enumerate(order):
        t = POS[ti]
        if t["ftype"] == "dotenv":
            if envcount >= 20:
                t = POS[(ti + 1) % len(POS)]
            else:
                envcount += 1
        S = t["gen"]()
        CUR[0] = R.choice(COMP)
        path, text = t["fn"](S)
        assert text.count(S) >= 1
        line = ln_of(text, S)
        assert S in text.split("\n")[line - 1]
        rel = "pos/p%04d/%s" % (i, path)
        files.append((rel, text))
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": t["ftype"], "template": t["name"]})
        secrets.append({"file": rel, "needle": S, "line": line})

    reuse = [t for t in POS if not t["noneg"]]
    ro = []
    while len(ro) < 250:
        b = list(range(len(reuse)))
        R.shuffle(b)
        ro += b
    no = []
    while len(no) < 250:
        b = list(range(len(NEG)))
        R.shuffle(b)
        no += b
    slots = ["a"] * 250 + ["b"] * 250
    R.shuffle(slots)
    ai = bi = 0
    for i, s in enumerate(slots):
        CUR[0] = R.choice(COMP)
        if s == "a":
            t = reuse[ro[ai]]
            ai += 1
            kind, val = neg_value(t)
            NEG_MODE[0] = True
            path, text = t["fn"](val)
            NEG_MODE[0] = False
            base = os.path.basename(path)
            if base.startswith(".env") and not (base.endswith(".example") or base.endswith(".sample")):
                path = os.path.join(os.path.dirname(path), ".env.example")
            man = {"provider": t["provider"], "kind": "neg_" + kind, "filetype": t["ftype"], "template": t["name"]}
        else:
            t = NEG[no[bi]]
            bi += 1
            path, text = t["fn"]()
            man = {"provider": t["provider"], "kind": t["kind"], "filetype": t["ftype"], "template": "neg_" + t["name"]}
        rel = "neg/n%04d/%s" % (i, path)
        files.append((rel, text))
        man = dict({"file": rel, "label": "neg"}, **man)
        manifest.append(man)

    # sanity: needles unique, absent from negatives
    needles = [s["needle"] for s in secrets]
    assert len(set(needles)) == 500
    negtext = "\n".join(t for r, t in files if r.startswith("neg/"))
    for n in needles:
        assert n not in negtext, n
    for r, _ in files:
        b = os.path.basename(r)
        if r.startswith("neg/"):
            assert not (b == ".env" or (b.startswith(".env.") and b not in (".env.example", ".env.sample")))

    for rel, text in files:
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
