#!/usr/bin/env python3
r"""gen_dh.py - blind evaluation-set generator for keyhook (set "dh").

EMPHASIS
  Microsoft 365 and Google Workspace administration scripts and tenant automation:
  Entra ID app client secrets used against Microsoft Graph (token requests, Connect-MgGraph,
  MSAL, Autopilot/Intune uploads, Dataverse connection strings, web.config/appsettings),
  SharePoint app-only (ACS / AppRegNew.aspx) secrets and PnP PowerShell, Exchange Online
  PSCredential passwords, PFX passwords, certificate private keys (PEM here-strings, .key/.pem
  files, MSAL cert credentials), Teams incoming-webhook and Power Automate/Workflows trigger URLs,
  GAM oauth2service.json / oauth2.txt / client_secrets.json, clasp .clasprc.json refresh tokens,
  Google service-account keys for domain-wide delegation (Python and Apps Script OAuth2 library),
  Google OAuth client secrets (GOCSPX-), Okta SSWS API tokens, JumpCloud x-api-key keys, SCIM
  provisioning bearer tokens, Slack admin/user tokens and Zoom Server-to-Server OAuth client
  secrets in offboarding scripts.  File types: .ps1 .psm1 .psd1 .py .gs .js .json .txt .yml/.yaml
  .csv .md .bat/.cmd .xml (scheduled task) .config .env .sh .ini/.cfg/.conf .pem/.key, plus
  Azure Automation ARM exports and Power Platform deployment settings / flow definitions.
  Secret names: ~half obvious (ClientSecret, OKTA_API_TOKEN, ...), ~half neutral (INIT_DATA,
  $cfgValue, -Arg2, a CSV "Value" column, a bare positional argument, a URL, a header).

USAGE
  python3 gen_dh.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl ({"file","label","provider","kind","filetype","template"}) and
  OUTDIR/secrets.jsonl ({"file","needle","line"}).  Deterministic per SEED (random.Random only).

NEEDLE CONVENTIONS
  * needle = the secret exactly as written in the file; line = 1-based line of its first occurrence.
  * id/secret pairs: the needle is the secret half (client secret, API token, password); tenant id,
    client id, Zoom account/client id, GAM client_id etc. may sit next to it.
  * Teams incoming-webhook and Power Automate trigger URLs: the needle is the whole URL (the URL
    itself is the bearer credential; the sig= / IncomingWebhook path part is what is secret).
  * PEM private keys in a PEM/here-string/triple-quoted context: the needle is the whole block from
    "-----BEGIN ... PRIVATE KEY-----" to "-----END ... PRIVATE KEY-----" (multi-line, no trailing
    newline), line = BEGIN line.  Inside JSON / Python / JS string literals the key is written with
    literal \n escapes and the needle is that escaped one-line form.
  * XML: the needle is the XML-escaped form if escaping changed it (generated values avoid & < > ").
  * GAM oauth2.txt and clasp .clasprc.json: the needle is the refresh_token.  These files also
    carry the OAuth client_secret (GOCSPX-...) and sometimes a short-lived ya29 access token of the
    same authorized-user credential; they are treated as ONE credential (see DOUBTS).

NEGATIVES
  About half re-use the positive templates with the secret slot filled by something that is not a
  secret: placeholders (<client-secret>, YOUR_CLIENT_SECRET, __X__, #{X}#, ${X}, {{ x }}, set-me),
  masked/redacted values (first-3-chars + asterisks as the Entra portal shows, xoxb-REDACTED,
  GOCSPX-<redacted>, GOCSPX-xxxx..., ********), empty values, env lookups ($env:X, os.environ,
  %X%, ${{ secrets.X }}), Key Vault / SecretManagement / Automation asset lookups
  (Get-AzKeyVaultSecret, Get-Secret, Get-AutomationVariable, @Microsoft.KeyVault(...)),
  Apps Script PropertiesService lookups, public X.509 certificates where a key would go, and
  webhook/flow URLs with <placeholders>.  The other half are domain look-alikes: app-only EXO/PnP/Graph
  with certificate thumbprints (40 hex), managed identity, Get-Credential and Read-Host -AsSecureString
  prompts, Export-Clixml DPAPI blobs (01000000d08c9ddf...), AES-encrypted SecureStrings whose key is
  in Key Vault, Autopilot hardware-hash CSVs (large base64), user/licence CSVs full of GUIDs/UPNs,
  appsettings with Key Vault references, .clasp.json script ids, appsscript.json manifests (incl.
  the public OAuth2 library id), GAM gam.cfg, service-account metadata (client_email, numeric client
  id, key id), Intune detection scripts with SHA-256 file hashes, SAML federation metadata with the
  public signing certificate, PEM public keys/certificates, Teams app manifests (GUIDs), Power
  Automate definitions using connection references, module manifests (.psd1 GUID), Okta SDK config
  pointing to a key file, i18n strings ("Client secret", "xoxb-..." input hints), .env.example.

DOUBTS
  * Entra client secret shape written from memory: 40 chars, 3 chars + digit + "Q~" + 34 chars of
    [A-Za-z0-9_.~-]; legacy 32-char (with []:@?=/*) and 44-char base64 secrets also generated.
    The "8Q~"/"7Q~" digit is not documented anywhere I found.
  * SharePoint ACS (AppRegNew.aspx) secrets modelled as base64 of 32 bytes (44 chars) - memory.
  * Okta API token: "00" + 40 chars base64url (42 chars) - from the documented "00QCjAl4MlV-..." example
    shape plus memory for the length.
  * JumpCloud API key: 40 lowercase hex - memory; not confirmed in the docs I saw.
  * GOCSPX- + 28 chars: memory (a third-party SAST page in search results states the same; not used as source).
  * Google refresh tokens "1//0" + ~99 base64url chars and ya29.a0... access tokens: memory.
  * Slack xoxb-/xoxp- digit-group layout and lengths: memory.  Zoom S2S client secret 32 alnum,
    account id / client id 22 chars: memory.
  * Teams webhook URL: https://<tenant>.webhook.office.com/webhookb2/<guid>@<tenant-guid>/IncomingWebhook/
    <32 hex>/<guid>[/V2<46 chars>] - the optional V2 suffix and its length are from memory.
  * Power Automate URLs: legacy prod-NN.<region>.logic.azure.com and the newer
    <env-id>.<2>.environment.api.powerplatform.com/powerautomate/automations/direct/... form; the
    env-host split (first chars / last 2) is from memory.  sig = 43 base64url chars (HMAC-SHA256).
  * SCIM "secret tokens" have no provider format: random base64url / hex / base64 of 32-64 chars.
  * Private keys are structurally valid DER (PKCS#8 / PKCS#1 RSA-2048, SEC1 P-256) with random
    integers, not mathematically valid keys.  Public "certificates" in negatives are random DER bodies.
  * Label disputes: (a) oauth2.txt / .clasprc.json positives contain a GOCSPX client secret and
    sometimes a ya29 token besides the needle (same authorized-user credential); (b) Export-Clixml
    DPAPI blobs and AES SecureStrings are labelled negative (ciphertext, key not in the file);
    (c) Autopilot hardware hashes and Apps Script script ids are labelled negative; (d) one-line JSON
    files (client_secret.json, oauth2.txt, .clasprc.json) are shorter than 5 lines because that is
    how the tools write them; (e) the CSV positives hold one filled password/secret cell, other rows
    say "(Key Vault)", "cert", etc.; (f) GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx (28 x) is used as a placeholder.

SEARCHES
  docs/pages corpora: Entra client secret format; Teams incoming webhook URL format (Microsoft Learn
  "Create Incoming Webhooks", shoutrrr docs); Okta API token / SSWS (developer.okta.com example
  "SSWS 00QCjAl4MlV-WPXM...0HmjFx-vbGua"); GOCSPX / client_secrets.json (Google API client library
  docs); Power Automate HTTP trigger URL; Slack token types (docs.slack.dev); JumpCloud API key
  (docs.jumpcloud.com); clasp .clasprc.json (clasp docs).
  Scanner-related material shown by searches (ignored, not used): GitGuardian detector pages
  "Okta Token" and "Okta Token with Host" (docs.gitguardian.com); a Vulnetix SAST rule page
  (VNX-SEC-030, Google OAuth client secret pattern).  No scanner rule code or regex was read.
"""
import json
import os
import random
import string
import sys
import base64

AL = string.ascii_letters + string.digits
LOWER_AL = string.ascii_lowercase + string.digits
B64URL = AL + "-_"
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"


def rs(r, n, alphabet=AL):
    return "".join(r.choice(alphabet) for _ in range(n))


def hx(r, n, upper=False):
    return rs(r, n, HEXU if upper else HEXL)


def guid(r, upper=False):
    h = "%032x" % r.getrandbits(128)
    g = "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:])
    return g.upper() if upper else g


def b64(r, nbytes):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def digits(r, n):
    return str(r.randint(1, 9)) + rs(r, n - 1, string.digits)


# --------------------------------------------------------------------------
# organisation context (invented names; no Microsoft/Google sample tenants in positives)
# --------------------------------------------------------------------------
ORGS = ["brightwater", "kestrel", "harborview", "meridianfoods", "bluefincap", "oakridgeschools",
        "pinecrestlegal", "saltmarsh", "ironbridge", "lumenhealth", "cedarpoint", "vantagegroup",
        "northfield", "quarrylane", "tidewell", "copperleaf", "stonegate", "ashgrove", "redkite",
        "silverline", "greenhollow", "baywater", "hollisterco", "mapleridge", "wrenfield",
        "orchardtech", "falconcrest", "driftwoodmedia", "summitcu", "larkspur", "emberlogix",
        "havenpoint", "brookvale", "granitefalls", "westmarch", "kingsbridge", "solacecare",
        "tallowfarms", "corvid", "ostara"]
TLDS = [".com", ".org", ".co.uk", ".de", ".io", ".edu", ".net", ".com.au", ".nl", ".ca"]
FIRST = ["anna", "ben", "carla", "dev", "elif", "farid", "greta", "hugo", "ines", "jonas", "kai",
         "leila", "marta", "nils", "olu", "priya", "quinn", "rafael", "sofia", "tomas", "uma",
         "viktor", "wen", "yara", "zoltan", "aoife", "bjorn", "chen", "dara", "emeka"]
LAST = ["ahmed", "baker", "castillo", "dubois", "eriksen", "fischer", "garcia", "haddad", "ivanova",
        "jensen", "kowalski", "lindqvist", "moreau", "nakamura", "okafor", "petrov", "quintero",
        "rossi", "schmidt", "tanaka", "ueda", "varga", "weber", "yilmaz", "zhang", "obrien"]
DEPTS = ["Finance", "IT", "HR", "Sales", "Marketing", "Operations", "Legal", "Facilities", "Support"]
REGIONS = ["westeurope", "northeurope", "eastus", "westus2", "uksouth", "australiaeast",
           "centralus", "germanywestcentral", "canadacentral", "francecentral"]


class Org:
    def __init__(self, r):
        self.short = r.choice(ORGS)
        if r.random() < 0.3:
            self.short += r.choice(["", "-", ""]) + r.choice(["corp", "group", "it", "hq", "ltd"])
        self.short = self.short.replace("-", "")
        self.domain = self.short + r.choice(TLDS)
        self.name = self.short.capitalize()
        self.tenant = self.short + ".onmicrosoft.com"
        self.tenant_id = guid(r)
        self.app_id = guid(r)
        self.obj_id = guid(r)
        self.sp_url = "https://%s.sharepoint.com" % self.short
        self.sp_admin = "https://%s-admin.sharepoint.com" % self.short
        f, l = r.choice(FIRST), r.choice(LAST)
        self.admin = r.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), "adm-%s" % f, "svc-m365-automation",
                               "svc_exo", "admin.%s" % l]) + "@" + self.domain
        self.vault = "kv-%s-%s" % (self.short[:10], r.choice(["prod", "ops", "it", "m365", "automation"]))
        self.gproject = "%s-%s-%s" % (r.choice(["gam", "workspace", "admin-sdk", "gws", "dwd"]),
                                     self.short[:12], rs(r, 5, string.ascii_lowercase + string.digits))
        self.sa_name = r.choice(["gam-project", "admin-sdk-sync", "dwd-reports", "directory-sync",
                                 "gws-offboard", "drive-audit"])
        self.region = r.choice(REGIONS)
        self.thumb = hx(r, 40, upper=True)
        self.author = "%s %s" % (f.capitalize(), l.capitalize())

    def user(self, r):
        f, l = r.choice(FIRST), r.choice(LAST)
        return f, l, "%s.%s@%s" % (f, l, self.domain)

    def sa_email(self):
        return "%s@%s.iam.gserviceaccount.com" % (self.sa_name, self.gproject)


# --------------------------------------------------------------------------
# secret generators (formats per provider documentation / memory, see DOUBTS)
# --------------------------------------------------------------------------
ENTRA_CH = AL + "_.~-"


def gen_entra_secret(r):
    x = r.random()
    if x < 0.72:
        # current portal/Graph generated form: 3 chars, digit, "Q~", 34 chars -> 40 chars
        return rs(r, 3, ENTRA_CH) + r.choice("78") + "Q~" + rs(r, 34, ENTRA_CH)
    if x < 0.88:
        # legacy portal secrets (pre-2021): 32 chars incl. punctuation
        s = rs(r, 32, AL + "-_.[]:@?=/*")
        return s if s[0] not in "-[*" else "k" + s[1:]
    # legacy base64 (New-AzureADApplicationPasswordCredential style)
    return b64(r, 32)


def gen_sp_secret(r):
    return b64(r, 32)


WORDS = ["harbor", "lantern", "falcon", "meadow", "copper", "granite", "willow", "orbit", "saffron",
         "thunder", "pebble", "glacier", "maple", "cobalt", "juniper", "tundra", "velvet", "quartz",
         "hazel", "raven", "summit", "breeze", "ember", "canyon", "harvest", "marble", "otter",
         "pioneer", "riverbank", "sparrow", "timber", "violet", "walnut", "zephyr", "bison", "cricket"]
PW_SPECIAL = "!@#-_.+=?*"


def gen_password(r):
    x = r.random()
    w1, w2 = r.choice(WORDS), r.choice(WORDS)
    if x < 0.25:
        return "%s%s%d%s" % (w1.capitalize(), w2.capitalize(), r.randint(10, 9999), r.choice("!#?*@."))
    if x < 0.45:
        return "%s-%s-%s-%d" % (w1.capitalize(), w2, r.choice(WORDS), r.randint(2, 99))
    if x < 0.65:
        tr = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"})
        w = w1.capitalize()[:1] + w1[1:].translate(tr)
        return "%s%s%s%d" % (w, r.choice(PW_SPECIAL), w2.capitalize(), r.randint(1, 999))
    if x < 0.8:
        return "%s%d%s%s" % (w1.capitalize(), r.randint(2019, 2026), r.choice("!#@"), r.choice(["Q1", "Q3", "x", "", "Ops"]))
    # password-manager style
    n = r.randint(14, 24)
    while True:
        s = rs(r, n, AL + PW_SPECIAL)
        if (any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c in PW_SPECIAL for c in s)
                and s[0].isalnum()):
            return s


def gen_okta(r):
    return "00" + rs(r, 40, B64URL)


def gen_jumpcloud(r):
    return hx(r, 40)


def gen_scim(r):
    x = r.random()
    if x < 0.4:
        return rs(r, r.choice([32, 40, 48, 64]), B64URL)
    if x < 0.7:
        return hx(r, 64)
    return b64(r, r.choice([32, 48]))


def gen_slack(r):
    if r.random() < 0.35:
        return "xoxb-%s-%s-%s" % (digits(r, r.choice([11, 12, 13])), digits(r, 13), rs(r, 24))
    return "xoxp-%s-%s-%s-%s" % (digits(r, r.choice([11, 12])), digits(r, r.choice([11, 12, 13])),
                                 digits(r, 13), hx(r, 32))


def gen_zoom_secret(r):
    return rs(r, 32)


def gen_gocspx(r):
    return "GOCSPX-" + rs(r, 28, B64URL)


def gen_refresh(r):
    return "1//0" + r.choice("3456789abcdeg") + rs(r, 98, B64URL)


def gen_access(r):
    return "ya29.a0" + rs(r, r.randint(150, 200), B64URL)


def gen_teams_webhook(r, o):
    u = "https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (
        o.short, guid(r), o.tenant_id, hx(r, 32), guid(r))
    if r.random() < 0.5:
        u += "/V2" + rs(r, 46, B64URL)
    return u


def gen_flow_url(r, o):
    sig = rs(r, 43, B64URL)
    if r.random() < 0.6:
        return ("https://prod-%02d.%s.logic.azure.com:443/workflows/%s/triggers/manual/paths/invoke"
                "?api-version=2016-06-01&sp=%%2Ftriggers%%2Fmanual%%2Frun&sv=1.0&sig=%s"
                % (r.randint(0, 180), o.region, hx(r, 32), sig))
    env = ("default" if r.random() < 0.5 else "") + hx(r, 32)
    return ("https://%s.%s.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/%s"
            "/triggers/manual/paths/invoke?api-version=1&sp=%%2Ftriggers%%2Fmanual%%2Frun&sv=1.0&sig=%s"
            % (env[:-2], env[-2:], hx(r, 32), sig))


# ---- DER / PEM ------------------------------------------------------------
def _dlen(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _tlv(tag, body):
    return bytes([tag]) + _dlen(len(body)) + body


def _int(x):
    b = x.to_bytes(max(1, (x.bit_length() + 8) // 8), "big")
    return _tlv(0x02, b)


def _rint(r, bits):
    return r.getrandbits(bits) | (1 << (bits - 1)) | 1


RSA_OID = bytes.fromhex("06092a864886f70d0101010500")


def rsa_der(r, bits=2048, pkcs8=True):
    half = bits // 2
    inner = _tlv(0x30, _int(0) + _int(_rint(r, bits)) + _int(65537) + _int(_rint(r, bits - 1)) +
                 _int(_rint(r, half)) + _int(_rint(r, half)) + _int(_rint(r, half - 1)) +
                 _int(_rint(r, half - 1)) + _int(_rint(r, half - 2)))
    if not pkcs8:
        return inner
    return _tlv(0x30, _int(0) + _tlv(0x30, RSA_OID) + _tlv(0x04, inner))


def ec_der(r):
    d = bytes(r.getrandbits(8) for _ in range(32))
    pub = b"\x00\x04" + bytes(r.getrandbits(8) for _ in range(64))
    return _tlv(0x30, _int(1) + _tlv(0x04, d) + _tlv(0xA0, bytes.fromhex("06082a8648ce3d030107")) +
                _tlv(0xA1, _tlv(0x03, pub)))


def pem(label, der):
    s = base64.b64encode(der).decode()
    lines = [s[i:i + 64] for i in range(0, len(s), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, "\n".join(lines), label)


def gen_private_key_pem(r):
    x = r.random()
    if x < 0.6:
        return pem("PRIVATE KEY", rsa_der(r, 2048, True))
    if x < 0.85:
        return pem("RSA PRIVATE KEY", rsa_der(r, 2048, False))
    return pem("EC PRIVATE KEY", ec_der(r))


def gen_cert_pem(r, o):
    """public certificate look-alike (negative material); random DER body with cert-ish header."""
    body = bytes.fromhex("3082") + (r.randint(700, 900)).to_bytes(2, "big") + bytes(r.getrandbits(8) for _ in range(r.randint(640, 820)))
    return pem("CERTIFICATE", body)


def gen_sa_json(r, o, key=None, indent=2):
    d = {
        "type": "service_account",
        "project_id": o.gproject,
        "private_key_id": hx(r, 40),
        "private_key": key if key is not None else pem("PRIVATE KEY", rsa_der(r, 2048, True)),
        "client_email": o.sa_email(),
        "client_id": digits(r, 21),
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s" % o.sa_email().replace("@", "%40"),
        "universe_domain": "googleapis.com",
    }
    return json.dumps(d, indent=indent) + "\n", d


def g_client_id(r):
    return "%s-%s.apps.googleusercontent.com" % (digits(r, 12), rs(r, 32, string.ascii_lowercase + string.digits))


KIND_GEN = {
    "entra_client_secret": lambda r, o: gen_entra_secret(r),
    "sharepoint_app_secret": lambda r, o: gen_sp_secret(r),
    "exo_password": lambda r, o: gen_password(r),
    "pfx_password": lambda r, o: gen_password(r),
    "service_account_password": lambda r, o: gen_password(r),
    "certificate_private_key": lambda r, o: gen_private_key_pem(r),
    "gcp_service_account_key": lambda r, o: pem("PRIVATE KEY", rsa_der(r, 2048, True)),
    "google_oauth_client_secret": lambda r, o: gen_gocspx(r),
    "google_refresh_token": lambda r, o: gen_refresh(r),
    "teams_webhook_url": lambda r, o: gen_teams_webhook(r, o),
    "power_automate_trigger_url": lambda r, o: gen_flow_url(r, o),
    "okta_api_token": lambda r, o: gen_okta(r),
    "jumpcloud_api_key": lambda r, o: gen_jumpcloud(r),
    "scim_bearer_token": lambda r, o: gen_scim(r),
    "slack_token": lambda r, o: gen_slack(r),
    "zoom_client_secret": lambda r, o: gen_zoom_secret(r),
}

PROVIDER = {
    "entra_client_secret": "microsoft-entra",
    "sharepoint_app_secret": "sharepoint",
    "exo_password": "exchange-online",
    "pfx_password": "microsoft-entra",
    "service_account_password": "microsoft-365",
    "certificate_private_key": "microsoft-entra",
    "gcp_service_account_key": "google-workspace",
    "google_oauth_client_secret": "google-oauth",
    "google_refresh_token": "google-oauth",
    "teams_webhook_url": "microsoft-teams",
    "power_automate_trigger_url": "power-automate",
    "okta_api_token": "okta",
    "jumpcloud_api_key": "jumpcloud",
    "scim_bearer_token": "scim",
    "slack_token": "slack",
    "zoom_client_secret": "zoom",
}


# --------------------------------------------------------------------------
# naming
# --------------------------------------------------------------------------
OBV = {
    "entra_client_secret": [["client", "secret"], ["app", "secret"], ["graph", "client", "secret"],
                            ["aad", "app", "secret"], ["azure", "client", "secret"], ["entra", "secret"]],
    "sharepoint_app_secret": [["sp", "client", "secret"], ["sharepoint", "app", "secret"], ["spo", "secret"]],
    "exo_password": [["password"], ["exo", "password"], ["admin", "password"], ["mailbox", "admin", "pwd"]],
    "pfx_password": [["pfx", "password"], ["cert", "password"], ["certificate", "pwd"]],
    "service_account_password": [["password"], ["svc", "password"], ["service", "account", "password"]],
    "certificate_private_key": [["private", "key"], ["cert", "private", "key"], ["signing", "key"]],
    "gcp_service_account_key": [["private", "key"], ["sa", "private", "key"], ["service", "account", "key"]],
    "google_oauth_client_secret": [["client", "secret"], ["google", "client", "secret"], ["oauth", "client", "secret"]],
    "google_refresh_token": [["refresh", "token"], ["google", "refresh", "token"]],
    "teams_webhook_url": [["webhook", "url"], ["teams", "webhook"], ["teams", "webhook", "uri"]],
    "power_automate_trigger_url": [["flow", "trigger", "url"], ["flow", "webhook", "url"], ["power", "automate", "url"]],
    "okta_api_token": [["okta", "api", "token"], ["okta", "token"], ["api", "token"]],
    "jumpcloud_api_key": [["jc", "api", "key"], ["jumpcloud", "api", "key"], ["api", "key"]],
    "scim_bearer_token": [["scim", "token"], ["provisioning", "token"], ["scim", "bearer", "token"]],
    "slack_token": [["slack", "token"], ["slack", "admin", "token"], ["slack", "user", "token"]],
    "zoom_client_secret": [["zoom", "client", "secret"], ["client", "secret"], ["zoom", "secret"]],
}
NEU = [["value"], ["cfg", "value"], ["auth", "blob"], ["sync", "arg"], ["init", "data"], ["conn", "opt"],
       ["tenant", "data"], ["extra"], ["payload", "b"], ["endpoint", "param"], ["svc", "ref"], ["tk"],
       ["app", "ctx"], ["bootstrap"], ["seed", "value"], ["opt", "two"]]


def fmt_name(ws, style):
    if style == "snake":
        return "_".join(ws)
    if style == "scream":
        return "_".join(ws).upper()
    if style == "camel":
        return ws[0] + "".join(w.capitalize() for w in ws[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in ws)
    if style == "kebab":
        return "-".join(ws)
    return "_".join(ws)


def vname(r, kind, ob, style):
    ws = r.choice(OBV[kind]) if ob else r.choice(NEU)
    return fmt_name(ws, style)


ENVN = {
    "entra_client_secret": ["GRAPH_CLIENT_SECRET", "AZURE_CLIENT_SECRET", "AAD_CLIENT_SECRET", "ENTRA_APP_SECRET"],
    "sharepoint_app_secret": ["SPO_CLIENT_SECRET", "SHAREPOINT_APP_SECRET"],
    "exo_password": ["EXO_ADMIN_PASSWORD", "EXO_PASSWORD"],
    "pfx_password": ["PFX_PASSWORD", "CERT_PASSWORD"],
    "service_account_password": ["SVC_PASSWORD", "M365_SVC_PASSWORD"],
    "certificate_private_key": ["APP_CERT_KEY", "CERT_PRIVATE_KEY"],
    "gcp_service_account_key": ["GWS_SA_PRIVATE_KEY", "SA_PRIVATE_KEY"],
    "google_oauth_client_secret": ["GOOGLE_CLIENT_SECRET", "GAM_CLIENT_SECRET"],
    "google_refresh_token": ["GOOGLE_REFRESH_TOKEN", "GAM_REFRESH_TOKEN"],
    "teams_webhook_url": ["TEAMS_WEBHOOK_URL", "TEAMS_ALERTS_WEBHOOK"],
    "power_automate_trigger_url": ["FLOW_TRIGGER_URL", "POWER_AUTOMATE_URL"],
    "okta_api_token": ["OKTA_API_TOKEN", "OKTA_TOKEN"],
    "jumpcloud_api_key": ["JC_API_KEY", "JUMPCLOUD_API_KEY"],
    "scim_bearer_token": ["SCIM_TOKEN", "SCIM_BEARER_TOKEN"],
    "slack_token": ["SLACK_ADMIN_TOKEN", "SLACK_TOKEN"],
    "zoom_client_secret": ["ZOOM_CLIENT_SECRET", "ZOOM_S2S_SECRET"],
}


def neg_raw(r, kind, o):
    """a safe value for the secret slot of a negative (placeholder / masked / reference / empty)."""
    env = r.choice(ENVN[kind])
    generic = ["", "<client-secret>", "YOUR_CLIENT_SECRET", "REPLACE_WITH_REAL_VALUE", "__%s__" % env,
               "#{%s}#" % env, "${%s}" % env, "{{ %s }}" % env.lower(), "********", "<redacted>",
               "TODO: pull from vault", "set-me", "%%%s%%" % env, "$(%s)" % env,
               "@Microsoft.KeyVault(SecretUri=https://%s.vault.azure.net/secrets/%s/)" % (o.vault, env.lower().replace("_", "-")),
               "@Microsoft.KeyVault(VaultName=%s;SecretName=%s)" % (o.vault, env.lower().replace("_", "-"))]
    spec = {
        "entra_client_secret": [rs(r, 3, AL) + "*" * 37, "<value shown once in Certificates & secrets>",
                                "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<app-secret>"],
        "sharepoint_app_secret": ["<secret from AppRegNew.aspx>", "***REMOVED***"],
        "exo_password": ["<password>", "", "(prompted at runtime)"],
        "pfx_password": ["<pfx-password>", "", "(see password manager)"],
        "service_account_password": ["<password>", "***", "(rotated monthly, see vault)"],
        "certificate_private_key": [gen_cert_pem(r, o), gen_cert_pem(r, o), "<private key pem>", "(loaded from cert store)"],
        "gcp_service_account_key": ["", "<private key from downloaded JSON>", "-----BEGIN PRIVATE KEY-----\n<redacted>\n-----END PRIVATE KEY-----\n"],
        "google_oauth_client_secret": ["GOCSPX-<redacted>", "GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<client secret>"],
        "google_refresh_token": ["<refresh token>", "1//0<redacted>", ""],
        "teams_webhook_url": ["https://%s.webhook.office.com/webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<connector-id>/<owner-id>" % o.short,
                              "https://outlook.office.com/webhook/...", "<teams-webhook-url>"],
        "power_automate_trigger_url": ["https://prod-00.%s.logic.azure.com:443/workflows/<workflow-id>/triggers/manual/paths/invoke?api-version=2016-06-01&sig=<sig>" % o.region,
                                       "<HTTP POST URL from the trigger>"],
        "okta_api_token": ["{apiToken}", "00<redacted>", "<okta-api-token>"],
        "jumpcloud_api_key": ["<jc-api-key>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
        "scim_bearer_token": ["<secret token>", "<generated in admin console>"],
        "slack_token": ["xoxp-your-user-token", "xoxb-REDACTED", "xoxp-***", "<slack-admin-token>"],
        "zoom_client_secret": ["<zoom-client-secret>", "***"],
    }[kind]
    return r.choice(spec) if r.random() < 0.5 else r.choice(generic)


class Slot:
    def __init__(self, r, o, kind, pos):
        self.r, self.o, self.kind, self.pos = r, o, kind, pos
        self.env = r.choice(ENVN[kind])
        self.kvname = self.env.lower().replace("_", "-")
        self.val = KIND_GEN[kind](r, o) if pos else neg_raw(r, kind, o)

    # quoted literal in most C-like / script languages
    def q(self, quote='"'):
        return quote + self.val + quote

    def ps(self, quote="'"):
        if self.pos:
            return self.q(quote)
        o, r = self.o, self.r
        return r.choice([
            self.q(quote), "$env:%s" % self.env,
            "(Get-AzKeyVaultSecret -VaultName '%s' -Name '%s' -AsPlainText)" % (o.vault, self.kvname),
            "(Get-Secret -Name '%s' -AsPlainText)" % self.kvname,
            "(Get-AutomationVariable -Name '%s')" % self.env,
            "$env:%s" % self.env,
        ])

    def py(self, quote='"'):
        if self.pos:
            return self.q(quote)
        r = self.r
        return r.choice([
            self.q(quote), 'os.environ["%s"]' % self.env, 'os.getenv("%s", "")' % self.env,
            'secret_client.get_secret("%s").value' % self.kvname, 'os.environ.get("%s")' % self.env,
        ])

    def js(self, quote="'", gs=True):
        if self.pos:
            return self.q(quote)
        r = self.r
        if gs:
            return r.choice([self.q(quote), "PropertiesService.getScriptProperties().getProperty('%s')" % self.env,
                             "PropertiesService.getUserProperties().getProperty('%s')" % self.kvname])
        return r.choice([self.q(quote), "process.env.%s" % self.env, "process.env['%s'] ?? ''" % self.env])

    def sh(self):
        if self.pos:
            return self.val
        return self.r.choice(["${%s:?missing}" % self.env, "$(cat /run/secrets/%s)" % self.kvname,
                              "$(az keyvault secret show --vault-name %s -n %s --query value -o tsv)" % (self.o.vault, self.kvname),
                              "<%s>" % self.kvname])

    def bat(self):
        if self.pos:
            return self.val
        return self.r.choice(["%%%s%%" % self.env, "<%s>" % self.kvname, "%%%s%%" % self.env])

    def yml(self):
        if self.pos:
            return self.r.choice(['"%s"' % self.val, "'%s'" % self.val]) if not self.val[:1].isalnum() or ":" in self.val or "#" in self.val else self.r.choice([self.val, '"%s"' % self.val, "'%s'" % self.val])
        return self.r.choice(['"%s"' % self.val, "${{ secrets.%s }}" % self.env, '"{{ %s }}"' % self.env.lower(),
                              "$(%s)" % self.env, '""', "'%s'" % self.val])


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


import textwrap


def F(text, **kw):
    t = textwrap.dedent(text).lstrip("\n")
    for k, v in kw.items():
        t = t.replace("@@%s@@" % k, str(v))
    if "@@" in t:
        raise ValueError("unfilled placeholder in template: " + t[t.index("@@"):t.index("@@") + 30])
    return t


# ==========================================================================
# templates shared by positives and negatives (secret slot S)
# each returns (relpath, text)
# ==========================================================================
def hdr_ps(r, o, synopsis):
    if r.random() < 0.5:
        return F("""
            <#
            .SYNOPSIS
                @@syn@@
            .NOTES
                Author : @@au@@
                Updated: @@d@@
            #>
            """, syn=synopsis, au=o.author, d="20%02d-%02d-%02d" % (r.randint(21, 25), r.randint(1, 12), r.randint(1, 28)))
    return "# %s\n# owner: %s\n" % (synopsis, o.admin)


def t_ps_graph_token(r, o, S, ob):
    v = vname(r, S.kind, ob, r.choice(["camel", "pascal"]))
    path = r.choice(["scripts/Get-GraphToken.ps1", "Scripts/Graph/Connect-Graph.ps1", "automation/graph/Get-AppToken.ps1",
                     "Reports/Export-SignInReport.ps1", "tools/Get-LicenseReport.ps1"])
    body = F("""
        [CmdletBinding()]
        param(
            [string]$TenantId = '@@tid@@',
            [string]$ClientId = '@@cid@@'
        )

        $@@v@@ = @@sec@@

        $body = @{
            client_id     = $ClientId
            scope         = 'https://graph.microsoft.com/.default'
            client_secret = $@@v@@
            grant_type    = 'client_credentials'
        }
        $tokenResponse = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $body
        $headers = @{ Authorization = "Bearer $($tokenResponse.access_token)" }

        $uri = 'https://graph.microsoft.com/v1.0/subscribedSkus'
        $skus = (Invoke-RestMethod -Uri $uri -Headers $headers).value
        $skus | Select-Object skuPartNumber, consumedUnits, @{n='Enabled';e={$_.prepaidUnits.enabled}} |
            Export-Csv -Path ".\licenses-$(Get-Date -Format yyyyMMdd).csv" -NoTypeInformation
        Write-Host "Exported $($skus.Count) SKUs for @@dom@@"
        """, tid=o.tenant_id, cid=o.app_id, v=v, sec=S.ps(r.choice(["'", '"'])), dom=o.domain)
    return path, hdr_ps(r, o, "Pull subscribed SKUs from Microsoft Graph") + body


def t_ps_mggraph(r, o, S, ob):
    v = vname(r, S.kind, ob, "pascal")
    upn = o.user(r)[2]
    path = r.choice(["Offboarding/Invoke-UserOffboarding.ps1", "scripts/offboard-user.ps1", "Leavers/Start-Leaver.ps1"])
    body = F("""
        param([Parameter(Mandatory)][string]$UserPrincipalName)

        Import-Module Microsoft.Graph.Users, Microsoft.Graph.Identity.DirectoryManagement

        $AppId    = "@@cid@@"
        $TenantId = "@@tid@@"
        $@@v@@ = @@sec@@
        $secure = ConvertTo-SecureString -String $@@v@@ -AsPlainText -Force
        $cred = New-Object System.Management.Automation.PSCredential($AppId, $secure)
        Connect-MgGraph -TenantId $TenantId -ClientSecretCredential $cred -NoWelcome

        $user = Get-MgUser -UserId $UserPrincipalName -Property Id,DisplayName,AccountEnabled
        Update-MgUser -UserId $user.Id -AccountEnabled:$false
        Revoke-MgUserSignInSession -UserId $user.Id | Out-Null

        # remove group memberships except the leavers group
        Get-MgUserMemberOf -UserId $user.Id -All | Where-Object { $_.Id -ne '@@gid@@' } | ForEach-Object {
            Remove-MgGroupMemberByRef -GroupId $_.Id -DirectoryObjectId $user.Id -ErrorAction SilentlyContinue
        }
        Write-Output "Disabled $($user.DisplayName); manager notified at @@mgr@@"
        Disconnect-MgGraph | Out-Null
        """, cid=o.app_id, tid=o.tenant_id, v=v, sec=S.ps('"'), gid=guid(r), mgr=upn)
    return path, hdr_ps(r, o, "Leaver workflow: disable account, revoke sessions") + body


def t_ps_exo_cred(r, o, S, ob):
    v = vname(r, S.kind, ob, r.choice(["camel", "pascal"]))
    path = r.choice(["Exchange/Set-SharedMailboxPermissions.ps1", "exo/convert-to-shared.ps1",
                     "scripts/Exchange/Update-Distribution-Lists.ps1", "Mailbox/Enable-Archive.ps1"])
    body = F("""
        $adminUpn = '@@admin@@'
        $@@v@@ = @@sec@@
        $cred = New-Object System.Management.Automation.PSCredential ($adminUpn, (ConvertTo-SecureString $@@v@@ -AsPlainText -Force))

        Connect-ExchangeOnline -Credential $cred -ShowBanner:$false

        $mailboxes = Import-Csv .\\mailboxes.csv
        foreach ($mb in $mailboxes) {
            Set-Mailbox -Identity $mb.Identity -Type Shared
            Add-MailboxPermission -Identity $mb.Identity -User $mb.Delegate -AccessRights FullAccess -AutoMapping $false
            Write-Host "Converted $($mb.Identity)"
        }
        Disconnect-ExchangeOnline -Confirm:$false
        """, admin=o.admin, v=v, sec=S.ps(r.choice(["'", '"'])))
    return path, hdr_ps(r, o, "Convert leaver mailboxes to shared and delegate") + body


def t_ps_pnp_secret(r, o, S, ob):
    v = vname(r, S.kind, ob, "camel")
    site = r.choice(["HR", "Finance", "ITDocs", "Projects", "Intranet", "Policies"])
    path = r.choice(["SharePoint/Provision-Site.ps1", "spo/apply-template.ps1", "PnP/Set-SiteBranding.ps1", "sharepoint/archive-sites.ps1"])
    if ob or r.random() < 0.5:
        conn = F("""
            $@@v@@ = @@sec@@
            Connect-PnPOnline -Url "@@sp@@/sites/@@site@@" -ClientId '@@cid@@' -ClientSecret $@@v@@ -WarningAction Ignore
            """, v=v, sec=S.ps(), sp=o.sp_url, site=site, cid=o.app_id)
    else:
        conn = F("""
            Connect-PnPOnline -Url "@@sp@@/sites/@@site@@" -ClientId '@@cid@@' -ClientSecret @@sec@@ -WarningAction Ignore
            """, sec=S.ps(), sp=o.sp_url, site=site, cid=o.app_id)
    body = conn + F("""

        $list = Get-PnPList -Identity "Documents"
        Set-PnPList -Identity $list -EnableVersioning $true -MajorVersions 100
        Add-PnPField -List "Documents" -DisplayName "Retention Label" -InternalName "RetentionLabel" -Type Text -AddToDefaultView -ErrorAction SilentlyContinue
        Get-PnPListItem -List "Documents" -PageSize 500 | ForEach-Object {
            if (-not $_["RetentionLabel"]) { Set-PnPListItem -List "Documents" -Identity $_.Id -Values @{ RetentionLabel = "Standard-7y" } | Out-Null }
        }
        Disconnect-PnPOnline
        """)
    return path, hdr_ps(r, o, "Apply versioning and default labels on the %s site" % site) + body


def t_ps_pnp_pfx(r, o, S, ob):
    v = vname(r, S.kind, ob, "camel")
    path = r.choice(["PnP/Connect-Tenant.ps1", "SharePoint/Get-SiteInventory.ps1", "spo/external-sharing-report.ps1"])
    body = F("""
        $tenant   = '@@tenant@@'
        $clientId = '@@cid@@'
        $pfxPath  = Join-Path $PSScriptRoot 'certs\\spo-automation.pfx'
        $@@v@@ = ConvertTo-SecureString -String @@sec@@ -AsPlainText -Force

        Connect-PnPOnline -Url '@@adm@@' -ClientId $clientId -Tenant $tenant -CertificatePath $pfxPath -CertificatePassword $@@v@@

        $sites = Get-PnPTenantSite -Detailed | Where-Object { $_.SharingCapability -ne 'Disabled' }
        $sites | Select-Object Url, Owner, SharingCapability, StorageUsageCurrent |
            Export-Csv -Path .\\external-sharing.csv -NoTypeInformation -Encoding UTF8
        Write-Host ("{0} sites allow external sharing" -f $sites.Count)
        """, tenant=o.tenant, cid=o.app_id, v=v, sec=S.ps(), adm=o.sp_admin)
    return path, hdr_ps(r, o, "Inventory SharePoint sites that allow external sharing") + body


def t_ps_import_pfx(r, o, S, ob):
    v = vname(r, S.kind, ob, r.choice(["camel", "pascal"]))
    path = r.choice(["deploy/Install-AutomationCert.ps1", "HybridWorker/Install-Certificate.ps1", "setup/import-cert.ps1"])
    body = F("""
        $ErrorActionPreference = 'Stop'
        $pfxFile = '\\\\@@srv@@\\deploy$\\certs\\@@short@@-graph-app.pfx'
        $@@v@@ = @@sec@@

        $pwd = ConvertTo-SecureString $@@v@@ -AsPlainText -Force
        $cert = Import-PfxCertificate -FilePath $pfxFile -CertStoreLocation Cert:\\LocalMachine\\My -Password $pwd -Exportable:$false
        Write-Host "Imported $($cert.Subject) thumbprint $($cert.Thumbprint)"

        # grant the automation account read access to the private key
        $rsa = [System.Security.Cryptography.X509Certificates.RSACertificateExtensions]::GetRSAPrivateKey($cert)
        $keyPath = Join-Path $env:ProgramData "Microsoft\\Crypto\\Keys\\$($rsa.Key.UniqueName)"
        icacls $keyPath /grant "NT SERVICE\\HybridWorker:R" | Out-Null
        """, srv=r.choice(["fs01", "mgmt02", "deploy-srv", "it-share"]), short=o.short, v=v, sec=S.ps())
    return path, hdr_ps(r, o, "Install the app-only certificate on a Hybrid Runbook Worker") + body


def t_ps_autopilot(r, o, S, ob):
    path = r.choice(["Intune/Autopilot/Register-Device.ps1", "autopilot/upload-hash.ps1", "OSD/Autopilot-Register.ps1"])
    tag = r.choice(["Kiosk", "Standard", "Shared", "Executive", "Lab"])
    if ob:
        mid = F("""
            $AppSecret = @@sec@@
            Get-WindowsAutopilotInfo -Online -TenantId $TenantId -AppId $AppId -AppSecret $AppSecret -GroupTag '@@tag@@' -Assign
            """, sec=S.ps(), tag=tag)
    else:
        mid = F("""
            Get-WindowsAutopilotInfo -Online -TenantId $TenantId -AppId $AppId -AppSecret @@sec@@ -GroupTag '@@tag@@' -Assign
            """, sec=S.ps(), tag=tag)
    body = F("""
        Set-ExecutionPolicy -Scope Process -ExecutionPolicy Bypass -Force
        [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12
        Install-PackageProvider -Name NuGet -MinimumVersion 2.8.5.201 -Force | Out-Null
        Install-Script -Name Get-WindowsAutopilotInfo -Force

        $TenantId = '@@tid@@'
        $AppId    = '@@cid@@'
        """, tid=o.tenant_id, cid=o.app_id) + mid + F("""

        Write-Host "Device $env:COMPUTERNAME registered with group tag, rebooting in 60s"
        shutdown.exe /r /t 60
        """)
    return path, "# Run from OOBE (Shift+F10) on new hardware\n" + body


def t_ps_intune_win32(r, o, S, ob):
    v = vname(r, S.kind, ob, "pascal")
    app = r.choice(["7-Zip", "Notepad++", "Zoom Workplace", "Company Portal Helper", "VPN Client"])
    path = r.choice(["Intune/Apps/Publish-Win32App.ps1", "intune/upload-app.ps1", "Packaging/Deploy-IntuneApp.ps1"])
    body = F("""
        #Requires -Modules IntuneWin32App
        $TenantID = "@@tenant@@"
        $ClientID = "@@cid@@"
        $@@v@@ = @@sec@@
        Connect-MSIntuneGraph -TenantID $TenantID -ClientID $ClientID -ClientSecret $@@v@@

        $SourceFolder = "C:\\Packaging\\@@appf@@\\Source"
        $SetupFile    = "install.cmd"
        $OutputFolder = "C:\\Packaging\\@@appf@@\\Output"
        $Win32AppPackage = New-IntuneWin32AppPackage -SourceFolder $SourceFolder -SetupFile $SetupFile -OutputFolder $OutputFolder -Verbose

        $Detection = New-IntuneWin32AppDetectionRuleFile -Existence -Path "C:\\Program Files\\@@appf@@" -FileOrFolder "app.exe" -DetectionType "exists"
        $Requirement = New-IntuneWin32AppRequirementRule -Architecture "x64" -MinimumSupportedWindowsRelease "W10_22H2"
        Add-IntuneWin32App -FilePath $Win32AppPackage.Path -DisplayName "@@app@@" -Description "@@app@@ packaged by IT" -Publisher "@@org@@ IT" `
            -InstallExperience "system" -RestartBehavior "suppress" -DetectionRule $Detection -RequirementRule $Requirement `
            -InstallCommandLine "install.cmd" -UninstallCommandLine "uninstall.cmd"
        """, tenant=o.tenant, cid=o.app_id, v=v, sec=S.ps('"'), appf=app.replace(" ", ""), app=app, org=o.name)
    return path, hdr_ps(r, o, "Package and publish %s to Intune" % app) + body


def t_ps_teams_notify(r, o, S, ob):
    v = vname(r, S.kind, ob, r.choice(["camel", "pascal"]))
    path = r.choice(["Monitoring/Send-TeamsAlert.ps1", "scripts/notify-teams.ps1", "Reports/Post-LicenseSummary.ps1",
                     "Backup/Notify-BackupStatus.ps1"])
    body = F("""
        param([string]$Title = 'Nightly M365 license check', [string]$Status = 'OK')

        $@@v@@ = @@sec@@

        $card = @{
            type        = 'message'
            attachments = @(@{
                contentType = 'application/vnd.microsoft.card.adaptive'
                content     = @{
                    '$schema' = 'http://adaptivecards.io/schemas/adaptive-card.json'
                    type      = 'AdaptiveCard'
                    version   = '1.4'
                    body      = @(
                        @{ type = 'TextBlock'; size = 'Medium'; weight = 'Bolder'; text = $Title }
                        @{ type = 'TextBlock'; text = "Status: $Status on $env:COMPUTERNAME"; wrap = $true }
                    )
                }
            })
        }
        Invoke-RestMethod -Method Post -Uri $@@v@@ -ContentType 'application/json' -Body ($card | ConvertTo-Json -Depth 10)
        """, v=v, sec=S.ps())
    return path, hdr_ps(r, o, "Post a status card to the IT Ops channel") + body


def t_ps_okta(r, o, S, ob):
    oh = "%s.okta.com" % r.choice([o.short, o.short + "-sso", "login." + o.short])
    path = r.choice(["Okta/Disable-OktaUser.ps1", "offboarding/okta-deactivate.ps1", "IdP/Sync-OktaGroups.ps1"])
    if ob:
        hd = F("""
            $OktaToken = @@sec@@
            $headers = @{ Authorization = "SSWS $OktaToken"; Accept = 'application/json' }
            """, sec=S.ps())
    else:
        hd = F("""
            $headers = @{ Authorization = "SSWS @@raw@@"; Accept = 'application/json' }
            """, raw=S.val if S.pos else "$env:" + S.env)
    body = F("""
        param([Parameter(Mandatory)][string]$Login)
        $OktaOrg = 'https://@@oh@@'
        """, oh=oh) + hd + F("""

        $user = Invoke-RestMethod -Uri "$OktaOrg/api/v1/users/$Login" -Headers $headers
        Invoke-RestMethod -Method Post -Uri "$OktaOrg/api/v1/users/$($user.id)/lifecycle/deactivate?sendEmail=false" -Headers $headers
        Invoke-RestMethod -Method Delete -Uri "$OktaOrg/api/v1/users/$($user.id)/sessions?oauthTokens=true" -Headers $headers
        Write-Output "Okta user $Login ($($user.id)) deactivated"
        """)
    return path, hdr_ps(r, o, "Deactivate a leaver in Okta and clear sessions") + body


def t_ps_jumpcloud(r, o, S, ob):
    path = r.choice(["JumpCloud/Remove-Leaver.ps1", "jc/suspend-user.ps1", "Offboarding/JumpCloud-Suspend.ps1"])
    if ob:
        c = "$JcApiKey = %s\nConnect-JCOnline -JumpCloudApiKey $JcApiKey -force | Out-Null\n" % S.ps()
    else:
        c = "Connect-JCOnline %s -force | Out-Null\n" % S.ps()
    body = F("""
        #Requires -Modules JumpCloud
        param([Parameter(Mandatory)][string]$Username)
        """) + c + F("""

        $u = Get-JCUser -username $Username
        if (-not $u) { throw "No JumpCloud user $Username" }
        Set-JCUser -UserID $u._id -suspended $true | Out-Null
        Get-JCSystemUser -UserID $u._id -ErrorAction SilentlyContinue | ForEach-Object {
            Remove-JCSystemUser -SystemID $_.SystemID -UserID $u._id -force
        }
        Write-Host "Suspended $Username in org @@org@@"
        """, org=hx(r, 24))
    return path, hdr_ps(r, o, "Suspend a JumpCloud user and unbind devices") + body


def t_ps_slack(r, o, S, ob):
    v = vname(r, S.kind, ob, r.choice(["camel", "pascal"]))
    path = r.choice(["Slack/Remove-SlackUser.ps1", "offboarding/slack-deactivate.ps1", "Leavers/Slack-Offboard.ps1"])
    body = F("""
        param([Parameter(Mandatory)][string]$Email)

        $@@v@@ = @@sec@@
        $h = @{ Authorization = "Bearer $@@v@@" }

        $lookup = Invoke-RestMethod -Uri "https://slack.com/api/users.lookupByEmail?email=$Email" -Headers $h
        if (-not $lookup.ok) { throw "lookup failed: $($lookup.error)" }
        $id = $lookup.user.id

        # SCIM deactivate (Enterprise Grid / Business+)
        Invoke-RestMethod -Method Delete -Uri "https://api.slack.com/scim/v2/Users/$id" -Headers $h
        Write-Host "Slack user $Email ($id) deactivated"
        """, v=v, sec=S.ps('"'))
    return path, hdr_ps(r, o, "Deactivate a Slack account for a leaver") + body


def t_ps_zoom(r, o, S, ob):
    v = vname(r, S.kind, ob, "camel")
    path = r.choice(["Zoom/Remove-ZoomUser.ps1", "offboarding/zoom-offboard.ps1", "Licensing/Reclaim-ZoomLicense.ps1"])
    body = F("""
        param([Parameter(Mandatory)][string]$Email, [string]$TransferTo = '@@mgr@@')

        $accountId = '@@acc@@'
        $clientId  = '@@zcid@@'
        $@@v@@ = @@sec@@

        $basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("$($clientId):$($@@v@@)"))
        $tok = Invoke-RestMethod -Method Post -Uri "https://zoom.us/oauth/token?grant_type=account_credentials&account_id=$accountId" `
            -Headers @{ Authorization = "Basic $basic" }
        $h = @{ Authorization = "Bearer $($tok.access_token)" }

        $q = "action=delete&transfer_email=$TransferTo&transfer_meeting=true&transfer_recording=true"
        Invoke-RestMethod -Method Delete -Uri "https://api.zoom.us/v2/users/$Email`?$q" -Headers $h
        Write-Output "Zoom user $Email removed, content moved to $TransferTo"
        """, mgr=o.admin, acc=rs(r, 22, B64URL), zcid=rs(r, 22, AL), v=v, sec=S.ps())
    return path, hdr_ps(r, o, "Remove a Zoom user and transfer recordings") + body


def t_ps_scim_test(r, o, S, ob):
    v = vname(r, S.kind, ob, "camel")
    app = r.choice(["scim.%s" % o.domain, "provisioning.%s" % o.domain, "api.%s" % o.domain])
    path = r.choice(["Provisioning/Test-ScimEndpoint.ps1", "scim/test-connection.ps1", "EntraProvisioning/Invoke-ScimSmokeTest.ps1"])
    body = F("""
        # Entra ID enterprise app -> Provisioning -> Admin credentials: Tenant URL + Secret Token
        $tenantUrl = 'https://@@app@@/scim/v2'
        $@@v@@ = @@sec@@

        $h = @{ Authorization = "Bearer $@@v@@"; 'Content-Type' = 'application/scim+json' }
        $r = Invoke-RestMethod -Uri "$tenantUrl/Users?count=1" -Headers $h
        "totalResults: {0}" -f $r.totalResults
        $g = Invoke-RestMethod -Uri "$tenantUrl/Groups?count=1" -Headers $h
        "groups: {0}" -f $g.totalResults
        """, app=app, v=v, sec=S.ps())
    return path, hdr_ps(r, o, "Smoke-test the SCIM endpoint before enabling provisioning") + body


def t_ps_acs(r, o, S, ob):
    v = vname(r, S.kind, ob, "camel")
    path = r.choice(["SharePoint/Get-AcsToken.ps1", "spo/legacy-app-only.ps1", "SharePoint/Migrate-Lists.ps1"])
    body = F("""
        # legacy SharePoint app-only principal registered via AppRegNew.aspx
        $realm    = '@@tid@@'
        $clientId = '@@cid@@'
        $@@v@@ = @@sec@@
        $resource = "00000003-0000-0ff1-ce00-000000000000/@@short@@.sharepoint.com@$realm"

        $body = "grant_type=client_credentials&client_id=$clientId@$realm&client_secret=$([uri]::EscapeDataString($@@v@@))&resource=$resource"
        $t = Invoke-RestMethod -Method Post -Uri "https://accounts.accesscontrol.windows.net/$realm/tokens/OAuth/2" -Body $body -ContentType 'application/x-www-form-urlencoded'

        $h = @{ Authorization = "Bearer $($t.access_token)"; Accept = 'application/json;odata=nometadata' }
        $lists = Invoke-RestMethod -Uri '@@sp@@/sites/intranet/_api/web/lists?$select=Title,ItemCount' -Headers $h
        $lists.value | Sort-Object ItemCount -Descending | Format-Table -AutoSize
        """, tid=o.tenant_id, cid=o.app_id, v=v, sec=S.ps(), short=o.short, sp=o.sp_url)
    return path, hdr_ps(r, o, "Get an ACS app-only token for SharePoint REST") + body


def t_ps_dataverse(r, o, S, ob):
    path = r.choice(["PowerPlatform/Export-Solution.ps1", "dataverse/backup-tables.ps1", "PowerApps/Sync-Environment.ps1"])
    org = "%s%s" % (o.short, r.choice(["", "-prod", "dev"]))
    val = S.val if S.pos else r.choice(["$env:" + S.env, "<secret>", "$secret"])
    body = F("""
        Import-Module Microsoft.Xrm.Tooling.CrmConnector.PowerShell
        Import-Module Microsoft.Xrm.Data.PowerShell

        $conn = "AuthType=ClientSecret;Url=https://@@org@@.crm@@n@@.dynamics.com;ClientId=@@cid@@;ClientSecret=@@val@@"
        $crm = Get-CrmConnection -ConnectionString $conn

        $solution = '@@sol@@'
        Export-CrmSolution -conn $crm -SolutionName $solution -SolutionFilePath .\\out -SolutionZipFileName "$solution.zip" -Managed
        Write-Host "Exported $solution from $($crm.ConnectedOrgFriendlyName)"
        """, org=org, n=r.choice(["", "4", "11", "6"]), cid=o.app_id, val=val,
             sol=r.choice(["HRRequests", "AssetTracker", "ITHelpdesk", "OnboardingApp"]))
    return path, hdr_ps(r, o, "Export a Power Apps solution from Dataverse") + body


def t_psm1(r, o, S, ob):
    key = vname(r, S.kind, ob, "pascal")
    mod = r.choice(["M365Tools", "TenantOps", "ItAutomation", "Contoso365"[:0] + o.name + "Admin"])
    path = "modules/%s/%s.psm1" % (mod, mod)
    body = F("""
        Set-StrictMode -Version Latest

        $script:Config = @{
            TenantId = '@@tid@@'
            ClientId = '@@cid@@'
            @@key@@ = @@sec@@
            GraphBase = 'https://graph.microsoft.com/v1.0'
        }

        function Get-@@mod@@Token {
            [CmdletBinding()] param()
            $b = @{
                client_id = $script:Config.ClientId
                client_secret = $script:Config.@@key@@
                scope = 'https://graph.microsoft.com/.default'
                grant_type = 'client_credentials'
            }
            (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$($script:Config.TenantId)/oauth2/v2.0/token" -Body $b).access_token
        }

        function Get-@@mod@@StaleGuest {
            [CmdletBinding()] param([int]$Days = 90)
            $t = Get-@@mod@@Token
            $since = (Get-Date).AddDays(-$Days).ToString('yyyy-MM-ddTHH:mm:ssZ')
            $u = "$($script:Config.GraphBase)/users?`$filter=userType eq 'Guest'&`$select=displayName,mail,signInActivity"
            (Invoke-RestMethod -Uri $u -Headers @{ Authorization = "Bearer $t" }).value |
                Where-Object { -not $_.signInActivity -or $_.signInActivity.lastSignInDateTime -lt $since }
        }

        Export-ModuleMember -Function Get-@@mod@@Token, Get-@@mod@@StaleGuest
        """, tid=o.tenant_id, cid=o.app_id, key=key, sec=S.ps(), mod=mod)
    return path, body


def t_psd1(r, o, S, ob):
    key = vname(r, S.kind, ob, "pascal")
    path = r.choice(["config/Settings.psd1", "Config/tenant.psd1", "Automation/Environment.prod.psd1", "settings/%s.psd1" % o.short])
    svc = {"zoom_client_secret": "ZoomAccountId = '%s'" % rs(r, 22, B64URL),
           "jumpcloud_api_key": "JumpCloudOrgId = '%s'" % hx(r, 24),
           "okta_api_token": "OktaOrgUrl = 'https://%s.okta.com'" % o.short,
           "slack_token": "SlackTeamId = 'T%s'" % rs(r, 10, string.ascii_uppercase + string.digits)}.get(S.kind, "GraphScopes = @('User.Read.All','Group.ReadWrite.All')")
    body = F("""
        # Loaded with Import-PowerShellDataFile by Start-TenantJobs.ps1
        @{
            TenantName   = '@@tenant@@'
            TenantId     = '@@tid@@'
            ClientId     = '@@cid@@'
            @@key@@ = @@sec@@
            @@svc@@
            ReportPath   = 'D:\\Reports\\M365'
            SmtpRelay    = 'smtp.@@dom@@'
            NotifyTo     = @('@@admin@@')
            RetentionDays = @@days@@
        }
        """, tenant=o.tenant, tid=o.tenant_id, cid=o.app_id, key=key, sec=S.q("'") if S.pos else r.choice(["''", "'%s'" % S.val]),
             svc=svc, dom=o.domain, admin=o.admin, days=r.choice([30, 60, 90, 180]))
    return path, body


def t_ps_runbook_msol(r, o, S, ob):
    v = vname(r, S.kind, ob, r.choice(["camel", "pascal"]))
    path = r.choice(["runbooks/Sync-LicenseGroups.ps1", "AzureAutomation/Runbooks/Set-UsageLocation.ps1", "Runbooks/Nightly-Hygiene.ps1"])
    body = F("""
        # Azure Automation runbook (PowerShell 5.1)
        $svcUser = '@@admin@@'
        $@@v@@ = @@sec@@
        $cred = [pscredential]::new($svcUser, (ConvertTo-SecureString $@@v@@ -AsPlainText -Force))

        Connect-AzureAD -Credential $cred | Out-Null
        $missing = Get-AzureADUser -All $true | Where-Object { -not $_.UsageLocation -and $_.UserType -eq 'Member' }
        foreach ($u in $missing) {
            Set-AzureADUser -ObjectId $u.ObjectId -UsageLocation '@@loc@@'
            Write-Output "Set usage location for $($u.UserPrincipalName)"
        }
        Write-Output "Done: $($missing.Count) users updated"
        """, admin=o.admin, v=v, sec=S.ps(), loc=r.choice(["GB", "US", "DE", "NL", "AU", "CA"]))
    return path, body


def t_ps_pem_heredoc(r, o, S, ob):
    v = vname(r, S.kind, ob, "camel")
    path = r.choice(["Auth/New-ClientAssertion.ps1", "scripts/graph-cert-auth.ps1", "Automation/Get-TokenWithCert.ps1"])
    body = F("""
        # Build a client assertion (JWT) for the Graph app using the certificate key
        $tenantId = '@@tid@@'
        $clientId = '@@cid@@'
        $thumbprint = '@@th@@'

        $@@v@@ = @"
        @@pem@@"@

        $rsa = [System.Security.Cryptography.RSA]::Create()
        $rsa.ImportFromPem($@@v@@)

        $b64u = { param($b) [Convert]::ToBase64String($b).TrimEnd('=').Replace('+','-').Replace('/','_') }
        $hdr = @{ alg = 'RS256'; typ = 'JWT'; x5t = (& $b64u ([Convert]::FromHexString($thumbprint))) } | ConvertTo-Json -Compress
        $now = [DateTimeOffset]::UtcNow.ToUnixTimeSeconds()
        $pl = @{ aud = "https://login.microsoftonline.com/$tenantId/oauth2/v2.0/token"; iss = $clientId; sub = $clientId; jti = [guid]::NewGuid(); nbf = $now; exp = $now + 600 } | ConvertTo-Json -Compress
        $unsigned = (& $b64u ([Text.Encoding]::UTF8.GetBytes($hdr))) + '.' + (& $b64u ([Text.Encoding]::UTF8.GetBytes($pl)))
        $sig = $rsa.SignData([Text.Encoding]::UTF8.GetBytes($unsigned), 'SHA256', [Security.Cryptography.RSASignaturePadding]::Pkcs1)
        $assertion = $unsigned + '.' + (& $b64u $sig)
        """, tid=o.tenant_id, cid=o.app_id, th=o.thumb, v=v, pem=S.val if S.val.endswith("\n") else S.val + "\n")
    return path, body


# ---------------------------------------------------------------- Python
def t_py_msal(r, o, S, ob):
    v = vname(r, S.kind, ob, r.choice(["snake", "scream"]))
    path = r.choice(["graph/client.py", "m365_tools/auth.py", "scripts/guest_cleanup.py", "app/graph_session.py"])
    body = F('''
        """Thin wrapper around MSAL for the guest clean-up job."""
        import os
        import msal
        import requests

        TENANT_ID = "@@tid@@"
        CLIENT_ID = "@@cid@@"
        @@v@@ = @@sec@@
        AUTHORITY = f"https://login.microsoftonline.com/{TENANT_ID}"
        SCOPES = ["https://graph.microsoft.com/.default"]

        _app = msal.ConfidentialClientApplication(CLIENT_ID, authority=AUTHORITY, client_credential=@@v@@)


        def token() -> str:
            result = _app.acquire_token_for_client(scopes=SCOPES)
            if "access_token" not in result:
                raise RuntimeError(result.get("error_description"))
            return result["access_token"]


        def graph_get(path: str, **params):
            url = f"https://graph.microsoft.com/v1.0/{path.lstrip('/')}"
            resp = requests.get(url, headers={"Authorization": f"Bearer {token()}"}, params=params, timeout=30)
            resp.raise_for_status()
            return resp.json()
        ''', tid=o.tenant_id, cid=o.app_id, v=v, sec=S.py())
    return path, body


def t_py_requests_token(r, o, S, ob):
    path = r.choice(["reports/signin_export.py", "tools/mailbox_audit.py", "jobs/license_report.py"])
    if ob:
        pre = "CLIENT_SECRET = %s\n" % S.py()
        ref = "CLIENT_SECRET"
    else:
        pre = ""
        ref = S.py()
    body = F('''
        import csv
        import datetime as dt
        import requests

        TENANT = "@@tenant@@"
        ''', tenant=o.tenant) + pre + F('''


        def get_token(client_id, secret):
            r = requests.post(
                f"https://login.microsoftonline.com/{TENANT}/oauth2/v2.0/token",
                data={"client_id": client_id, "client_secret": secret,
                      "scope": "https://graph.microsoft.com/.default", "grant_type": "client_credentials"},
                timeout=20,
            )
            r.raise_for_status()
            return r.json()["access_token"]


        def main():
            tok = get_token("@@cid@@", @@ref@@)
            since = (dt.datetime.utcnow() - dt.timedelta(days=7)).strftime("%Y-%m-%dT%H:%M:%SZ")
            url = f"https://graph.microsoft.com/v1.0/auditLogs/signIns?$filter=createdDateTime ge {since}"
            rows = []
            while url:
                page = requests.get(url, headers={"Authorization": "Bearer " + tok}, timeout=60).json()
                rows += page.get("value", [])
                url = page.get("@odata.nextLink")
            with open("signins.csv", "w", newline="") as fh:
                w = csv.writer(fh)
                w.writerow(["user", "app", "ip", "status"])
                for s in rows:
                    w.writerow([s["userPrincipalName"], s["appDisplayName"], s["ipAddress"], s["status"]["errorCode"]])


        if __name__ == "__main__":
            main()
        ''', cid=o.app_id, ref=ref)
    return path, body


def t_py_dwd(r, o, S, ob):
    v = vname(r, S.kind, ob, "scream")
    path = r.choice(["gws/suspend_user.py", "workspace/offboard.py", "google_admin/transfer_drive.py", "scripts/gws_audit.py"])
    keyrepr = json.dumps(S.val) if (S.pos or S.val.startswith("-----")) else S.py()
    body = F('''
        """Suspend a Workspace user and move their Drive files (domain-wide delegation)."""
        import sys
        from google.oauth2 import service_account
        from googleapiclient.discovery import build

        ADMIN = "@@admin@@"
        SCOPES = [
            "https://www.googleapis.com/auth/admin.directory.user",
            "https://www.googleapis.com/auth/admin.datatransfer",
        ]
        @@v@@ = @@key@@

        INFO = {
            "type": "service_account",
            "project_id": "@@proj@@",
            "private_key_id": "@@kid@@",
            "private_key": @@v@@,
            "client_email": "@@sa@@",
            "client_id": "@@scid@@",
            "token_uri": "https://oauth2.googleapis.com/token",
        }

        creds = service_account.Credentials.from_service_account_info(INFO, scopes=SCOPES).with_subject(ADMIN)
        directory = build("admin", "directory_v1", credentials=creds, cache_discovery=False)


        def suspend(email):
            directory.users().update(userKey=email, body={"suspended": True}).execute()
            print(f"suspended {email}")


        if __name__ == "__main__":
            for addr in sys.argv[1:]:
                suspend(addr)
        ''', admin=o.admin.split("@")[0] + "@" + o.domain, v=v, key=keyrepr, proj=o.gproject, kid=hx(r, 40),
             sa=o.sa_email(), scid=digits(r, 21))
    return path, body


def t_py_installed_flow(r, o, S, ob):
    path = r.choice(["gws/reports_cli.py", "tools/drive_audit.py", "scripts/calendar_resources.py"])
    body = F('''
        from google_auth_oauthlib.flow import InstalledAppFlow
        from googleapiclient.discovery import build

        SCOPES = ["https://www.googleapis.com/auth/admin.reports.audit.readonly"]
        CLIENT_CONFIG = {
            "installed": {
                "client_id": "@@gcid@@",
                "project_id": "@@proj@@",
                "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                "token_uri": "https://oauth2.googleapis.com/token",
                "client_secret": @@sec@@,
                "redirect_uris": ["http://localhost"],
            }
        }


        def main():
            flow = InstalledAppFlow.from_client_config(CLIENT_CONFIG, SCOPES)
            creds = flow.run_local_server(port=0)
            svc = build("admin", "reports_v1", credentials=creds)
            res = svc.activities().list(userKey="all", applicationName="drive", maxResults=100).execute()
            for item in res.get("items", []):
                print(item["id"]["time"], item["actor"].get("email"), item["events"][0]["name"])


        if __name__ == "__main__":
            main()
        ''', gcid=g_client_id(r), proj=o.gproject, sec=S.py())
    return path, body


def t_py_refresh(r, o, S, ob):
    v = vname(r, S.kind, ob, "scream")
    path = r.choice(["gws/group_sync.py", "jobs/sync_groups.py", "workspace/licence_report.py"])
    body = F('''
        import os
        from google.oauth2.credentials import Credentials
        from googleapiclient.discovery import build

        @@v@@ = @@sec@@

        creds = Credentials(
            token=None,
            refresh_token=@@v@@,
            token_uri="https://oauth2.googleapis.com/token",
            client_id="@@gcid@@",
            client_secret=os.environ["GOOGLE_CLIENT_SECRET"],
            scopes=["https://www.googleapis.com/auth/admin.directory.group"],
        )
        svc = build("admin", "directory_v1", credentials=creds)

        groups = svc.groups().list(customer="my_customer", maxResults=200).execute().get("groups", [])
        for g in groups:
            members = svc.members().list(groupKey=g["email"]).execute().get("members", [])
            print(f'{g["email"]:40} {len(members):4d} members')
        ''', v=v, sec=S.py(), gcid=g_client_id(r))
    return path, body


def t_py_slack(r, o, S, ob):
    v = vname(r, S.kind, ob, r.choice(["scream", "snake"]))
    path = r.choice(["offboarding/slack_offboard.py", "leavers/slack.py", "scripts/slack_deactivate.py"])
    body = F('''
        import argparse
        from slack_sdk import WebClient
        from slack_sdk.errors import SlackApiError

        @@v@@ = @@sec@@
        client = WebClient(token=@@v@@)


        def offboard(email: str, team_id: str = "@@team@@") -> None:
            user = client.users_lookupByEmail(email=email)["user"]
            try:
                client.admin_users_remove(team_id=team_id, user_id=user["id"])
            except SlackApiError as exc:
                print("remove failed:", exc.response["error"])
            client.chat_postMessage(channel="#it-leavers", text=f"Removed {email} ({user['id']}) from Slack")


        if __name__ == "__main__":
            p = argparse.ArgumentParser()
            p.add_argument("email")
            offboard(p.parse_args().email)
        ''', v=v, sec=S.py(), team="T" + rs(r, 10, string.ascii_uppercase + string.digits))
    return path, body


def t_py_okta(r, o, S, ob):
    path = r.choice(["okta/deactivate.py", "idp/okta_sync.py", "offboarding/okta_user.py"])
    conf_key = "token" if ob or r.random() < 0.5 else "t"
    body = F('''
        import asyncio
        import sys
        from okta.client import Client as OktaClient

        config = {
            "orgUrl": "https://@@org@@.okta.com",
            "@@ck@@": @@sec@@,
        }
        if "t" in config:
            config["token"] = config.pop("t")


        async def main(login):
            client = OktaClient(config)
            user, _, err = await client.get_user(login)
            if err:
                sys.exit(f"lookup failed: {err}")
            await client.deactivate_user(user.id)
            await client.clear_user_sessions(user.id)
            print("deactivated", login, user.id)


        if __name__ == "__main__":
            asyncio.run(main(sys.argv[1]))
        ''', org=o.short, ck=conf_key, sec=S.py())
    return path, body


def t_py_zoom(r, o, S, ob):
    v = vname(r, S.kind, ob, "scream")
    path = r.choice(["zoom/reclaim_licenses.py", "offboarding/zoom.py", "reports/zoom_inactive.py"])
    body = F('''
        import requests

        ACCOUNT_ID = "@@acc@@"
        CLIENT_ID = "@@zcid@@"
        @@v@@ = @@sec@@


        def zoom_token():
            r = requests.post(
                "https://zoom.us/oauth/token",
                params={"grant_type": "account_credentials", "account_id": ACCOUNT_ID},
                auth=(CLIENT_ID, @@v@@),
                timeout=15,
            )
            r.raise_for_status()
            return r.json()["access_token"]


        def inactive_licensed(days=60):
            h = {"Authorization": "Bearer " + zoom_token()}
            users = requests.get("https://api.zoom.us/v2/users", headers=h, params={"page_size": 300, "status": "active"}).json()["users"]
            return [u for u in users if u.get("type") == 2 and not u.get("last_login_time")]


        for u in inactive_licensed():
            print(u["email"], u.get("dept", ""))
        ''', acc=rs(r, 22, B64URL), zcid=rs(r, 22, AL), v=v, sec=S.py())
    return path, body


def t_py_webhook(r, o, S, ob):
    v = vname(r, S.kind, ob, "scream")
    path = r.choice(["alerts/teams.py", "monitoring/notify.py", "jobs/secret_expiry_alert.py"])
    body = F('''
        """Post app-registration secret expiry warnings to Teams."""
        import datetime as dt
        import json
        import urllib.request

        @@v@@ = @@sec@@


        def post(text: str, facts: dict) -> None:
            card = {
                "type": "message",
                "attachments": [{
                    "contentType": "application/vnd.microsoft.card.adaptive",
                    "content": {
                        "type": "AdaptiveCard", "version": "1.4",
                        "body": [{"type": "TextBlock", "text": text, "weight": "Bolder"},
                                 {"type": "FactSet", "facts": [{"title": k, "value": v} for k, v in facts.items()]}],
                    },
                }],
            }
            req = urllib.request.Request(@@v@@, data=json.dumps(card).encode(), headers={"Content-Type": "application/json"})
            urllib.request.urlopen(req, timeout=10)


        if __name__ == "__main__":
            post("Client secret expiring", {"App": "@@app@@", "Expires": str(dt.date.today() + dt.timedelta(days=14))})
        ''', v=v, sec=S.py(), app=r.choice(["HR-Sync", "Intune-Reporting", "SPO-Archiver", "Graph-Mailer"]))
    return path, body


def t_py_jumpcloud(r, o, S, ob):
    path = r.choice(["jumpcloud/export_users.py", "idp/jc_report.py", "scripts/jc_devices.py"])
    hdr = ('"x-api-key": %s' % S.py()) if not ob else '"x-api-key": JC_API_KEY'
    pre = ("JC_API_KEY = %s\n" % S.py()) if ob else ""
    body = F('''
        import csv
        import requests

        BASE = "https://console.jumpcloud.com/api"
        ''') + pre + F('''
        HEADERS = {
            @@hdr@@,
            "x-org-id": "@@org@@",
            "Accept": "application/json",
        }


        def systemusers():
            skip = 0
            while True:
                page = requests.get(f"{BASE}/systemusers", headers=HEADERS, params={"limit": 100, "skip": skip}).json()
                yield from page["results"]
                skip += 100
                if skip >= page["totalCount"]:
                    break


        with open("jumpcloud_users.csv", "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["username", "email", "suspended", "mfa"])
            for u in systemusers():
                w.writerow([u["username"], u["email"], u["suspended"], u.get("mfa", {}).get("configured")])
        ''', hdr=hdr, org=hx(r, 24))
    return path, body


def t_py_cert_inline(r, o, S, ob):
    v = vname(r, S.kind, ob, "scream")
    path = r.choice(["graph/cert_auth.py", "exo_reports/auth.py", "app/msal_cert.py"])
    if S.pos or S.val.startswith("-----"):
        lit = '"""' + S.val + '"""'
    else:
        lit = S.py()
    body = F('''
        import msal

        TENANT_ID = "@@tid@@"
        CLIENT_ID = "@@cid@@"
        THUMBPRINT = "@@th@@"

        @@v@@ = @@lit@@

        app = msal.ConfidentialClientApplication(
            CLIENT_ID,
            authority=f"https://login.microsoftonline.com/{TENANT_ID}",
            client_credential={"thumbprint": THUMBPRINT, "private_key": @@v@@},
        )
        result = app.acquire_token_for_client(scopes=["https://outlook.office365.com/.default"])
        print(result.get("token_type"), result.get("expires_in"))
        ''', tid=o.tenant_id, cid=o.app_id, th=o.thumb, v=v, lit=lit)
    return path, body


# ---------------------------------------------------------------- Apps Script
def t_gs_dwd(r, o, S, ob):
    v = vname(r, S.kind, ob, "scream")
    path = r.choice(["src/Code.gs", "apps-script/offboarding/Code.gs", "gas/DirectoryAudit.gs", "Service.gs"])
    keylit = "'" + json.dumps(S.val)[1:-1] + "'" if (S.pos or S.val.startswith("-----")) else S.js()
    body = F("""
        // Domain-wide delegation via the OAuth2 for Apps Script library
        var @@v@@ = @@key@@;
        var CLIENT_EMAIL = '@@sa@@';
        var ADMIN_USER = '@@admin@@';

        function getService_(subject) {
          return OAuth2.createService('Directory:' + subject)
              .setTokenUrl('https://oauth2.googleapis.com/token')
              .setPrivateKey(@@v@@)
              .setIssuer(CLIENT_EMAIL)
              .setSubject(subject || ADMIN_USER)
              .setPropertyStore(PropertiesService.getScriptProperties())
              .setScope('https://www.googleapis.com/auth/admin.directory.user');
        }

        function suspendLeavers() {
          var sheet = SpreadsheetApp.getActive().getSheetByName('Leavers');
          var rows = sheet.getDataRange().getValues().slice(1);
          var service = getService_();
          rows.forEach(function (row) {
            if (row[2] !== 'done') {
              UrlFetchApp.fetch('https://admin.googleapis.com/admin/directory/v1/users/' + encodeURIComponent(row[0]), {
                method: 'put',
                contentType: 'application/json',
                headers: { Authorization: 'Bearer ' + service.getAccessToken() },
                payload: JSON.stringify({ suspended: true })
              });
            }
          });
        }
        """, v=v, key=keylit, sa=o.sa_email(), admin=o.admin.split("@")[0] + "@" + o.domain)
    return path, body


def t_gs_fetch_token(r, o, S, ob):
    v = vname(r, S.kind, ob, r.choice(["scream", "camel"]))
    path = r.choice(["src/Offboard.gs", "apps-script/leavers/Slack.gs", "gas/Notify.gs", "Integrations.gs"])
    api = {"slack_token": ("https://slack.com/api/users.admin.setInactive", "Bearer "),
           "okta_api_token": ("https://%s.okta.com/api/v1/users/' + encodeURIComponent(email) + '/lifecycle/deactivate" % o.short, "SSWS "),
           "jumpcloud_api_key": ("https://console.jumpcloud.com/api/systemusers", None),
           "scim_bearer_token": ("https://scim.%s/scim/v2/Users" % o.domain, "Bearer ")}[S.kind]
    if api[1] is None:
        hdrs = "{ 'x-api-key': %s }" % v
    else:
        hdrs = "{ Authorization: '%s' + %s }" % (api[1], v)
    body = F("""
        /** Runs from the "Leavers" form submit trigger. */
        const @@v@@ = @@sec@@;

        function onLeaverSubmitted(e) {
          const email = e.namedValues['Work email'][0];
          const res = UrlFetchApp.fetch('@@url@@', {
            method: 'post',
            contentType: 'application/json',
            headers: @@hdrs@@,
            payload: JSON.stringify({ email: email }),
            muteHttpExceptions: true
          });
          console.log('deprovision %s -> %s', email, res.getResponseCode());
          MailApp.sendEmail('@@admin@@', 'Leaver processed: ' + email, res.getContentText().slice(0, 500));
        }
        """, v=v, sec=S.js(), url=api[0], hdrs=hdrs, admin=o.admin)
    return path, body


def t_gs_oauth_client(r, o, S, ob):
    path = r.choice(["src/Auth.gs", "apps-script/reports/OAuth.gs", "gas/ExternalApi.gs"])
    body = F("""
        function getAdminService_() {
          return OAuth2.createService('adminReports')
              .setAuthorizationBaseUrl('https://accounts.google.com/o/oauth2/auth')
              .setTokenUrl('https://oauth2.googleapis.com/token')
              .setClientId('@@gcid@@')
              .setClientSecret(@@sec@@)
              .setCallbackFunction('authCallback')
              .setPropertyStore(PropertiesService.getUserProperties())
              .setScope('https://www.googleapis.com/auth/admin.reports.audit.readonly')
              .setParam('access_type', 'offline')
              .setParam('prompt', 'consent');
        }

        function authCallback(request) {
          var ok = getAdminService_().handleCallback(request);
          return HtmlService.createHtmlOutput(ok ? 'Authorised, you can close this tab.' : 'Denied.');
        }

        function logLoginEvents() {
          var svc = getAdminService_();
          var url = 'https://admin.googleapis.com/admin/reports/v1/activity/users/all/applications/login?maxResults=50';
          var data = JSON.parse(UrlFetchApp.fetch(url, { headers: { Authorization: 'Bearer ' + svc.getAccessToken() } }).getContentText());
          (data.items || []).forEach(function (i) { Logger.log(i.id.time + ' ' + i.actor.email); });
        }
        """, gcid=g_client_id(r), sec=S.js())
    return path, body


def t_gs_webhook(r, o, S, ob):
    v = vname(r, S.kind, ob, r.choice(["scream", "camel"]))
    path = r.choice(["src/Alerts.gs", "apps-script/license-watch/Code.gs", "gas/TeamsBridge.gs"])
    body = F("""
        var @@v@@ = @@sec@@;

        function postLicenseSummary() {
          var ss = SpreadsheetApp.openById('@@sid@@');
          var rows = ss.getSheetByName('Summary').getRange('A2:C20').getValues();
          var facts = rows.filter(function (r) { return r[0]; }).map(function (r) {
            return { title: r[0], value: r[1] + ' / ' + r[2] };
          });
          var card = {
            type: 'message',
            attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive',
              content: { type: 'AdaptiveCard', version: '1.4',
                body: [{ type: 'TextBlock', text: 'Workspace licence usage', weight: 'Bolder' }, { type: 'FactSet', facts: facts }] } }]
          };
          UrlFetchApp.fetch(@@v@@, { method: 'post', contentType: 'application/json', payload: JSON.stringify(card) });
        }
        """, v=v, sec=S.js(), sid="1" + rs(r, 43, B64URL))
    return path, body


# ---------------------------------------------------------------- JSON / credential files
def t_json_oauth2service(r, o, S, ob):
    path = r.choice(["gam/oauth2service.json", "GAMConfig/oauth2service.json", "gamadv/oauth2service.json", ".gam/oauth2service.json"])
    text, _ = gen_sa_json(r, o, key=S.val, indent=r.choice([2, 2, 4]))
    return path, text


def t_txt_oauth2(r, o, S, ob):
    path = r.choice(["gam/oauth2.txt", "GAMConfig/oauth2.txt", ".gam/oauth2.txt"])
    gcid = g_client_id(r)
    scopes = ["https://www.googleapis.com/auth/admin.directory.user", "https://www.googleapis.com/auth/admin.directory.group",
              "https://www.googleapis.com/auth/apps.groups.settings", "https://www.googleapis.com/auth/drive"]
    exp = "20%02d-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(22, 25), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    if r.random() < 0.65:
        d = {"token": gen_access(r) if S.pos and r.random() < 0.25 else "", "refresh_token": S.val,
             "token_uri": "https://oauth2.googleapis.com/token", "client_id": gcid,
             "client_secret": gen_gocspx(r) if S.pos else neg_raw(r, "google_oauth_client_secret", o),
             "scopes": scopes, "expiry": exp, "decoded_id_token": {"email": o.admin.split("@")[0] + "@" + o.domain, "hd": o.domain}}
        return path, json.dumps(d, indent=2, sort_keys=True) + "\n"
    # older oauth2client storage: one line (all credential parts share line 1)
    d = {"access_token": gen_access(r) if S.pos and r.random() < 0.3 else None, "client_id": gcid,
         "client_secret": gen_gocspx(r) if S.pos else neg_raw(r, "google_oauth_client_secret", o),
         "refresh_token": S.val, "token_expiry": exp, "token_uri": "https://oauth2.googleapis.com/token",
         "user_agent": "GAM 6.%02d" % r.randint(10, 60), "invalid": False, "scopes": scopes,
         "_class": "OAuth2Credentials", "_module": "oauth2client.client"}
    return path, json.dumps(d)


def t_json_clasprc(r, o, S, ob):
    path = r.choice([".clasprc.json", "apps-script/.clasprc.json", "gas/.clasprc.json", "ci/.clasprc.json"])
    gcid = g_client_id(r)
    if r.random() < 0.5:
        d = {"tokens": {"default": {"client_id": gcid, "client_secret": gen_gocspx(r) if S.pos else neg_raw(r, "google_oauth_client_secret", o),
                                    "type": "authorized_user", "refresh_token": S.val,
                                    "access_token": gen_access(r) if S.pos and r.random() < 0.25 else ""}}}
    else:
        d = {"token": {"access_token": gen_access(r) if S.pos and r.random() < 0.25 else "", "refresh_token": S.val,
                       "scope": "https://www.googleapis.com/auth/script.projects https://www.googleapis.com/auth/drive.file https://www.googleapis.com/auth/script.deployments",
                       "token_type": "Bearer", "expiry_date": r.randint(1650000000000, 1760000000000)},
             "oauth2ClientSettings": {"clientId": gcid, "clientSecret": gen_gocspx(r) if S.pos else neg_raw(r, "google_oauth_client_secret", o),
                                      "redirectUri": "http://localhost"},
             "isLocalCreds": r.random() < 0.5}
    return path, json.dumps(d, indent=2 if r.random() < 0.7 else None) + "\n"


def t_json_client_secrets(r, o, S, ob):
    path = r.choice(["gam/client_secrets.json", "GAMConfig/client_secrets.json", "credentials/client_secret.json", "config/google_oauth_client.json"])
    kind = r.choice(["installed", "web"])
    d = {kind: {"client_id": g_client_id(r), "project_id": o.gproject, "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                "token_uri": "https://oauth2.googleapis.com/token", "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
                "client_secret": S.val}}
    if kind == "installed":
        d[kind]["redirect_uris"] = ["http://localhost"]
    else:
        d[kind]["redirect_uris"] = ["https://admin-tools.%s/oauth2callback" % o.domain]
        d[kind]["javascript_origins"] = ["https://admin-tools.%s" % o.domain]
    return path, json.dumps(d, indent=r.choice([None, 2, 4])) + "\n"


def t_json_appsettings(r, o, S, ob):
    path = r.choice(["appsettings.json", "src/TenantSync/appsettings.json", "appsettings.Production.json", "src/Api/appsettings.Development.json"])
    key = vname(r, S.kind, ob, "pascal")
    d = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
         "AzureAd": {"Instance": "https://login.microsoftonline.com/", "Domain": o.tenant, "TenantId": o.tenant_id,
                     "ClientId": o.app_id, key: S.val},
         "Graph": {"BaseUrl": "https://graph.microsoft.com/v1.0", "Scopes": ["https://graph.microsoft.com/.default"]},
         "Sync": {"Schedule": "0 */4 * * *", "HrGroupId": guid(r), "DryRun": r.random() < 0.3},
         "AllowedHosts": "*"}
    return path, json.dumps(d, indent=2) + "\n"


def t_json_automation_export(r, o, S, ob):
    path = r.choice(["automation/export/template.json", "arm/automationAccount.json", "infra/aa-%s/template.json" % o.short])
    acct = "aa-%s-%s" % (o.short[:10], r.choice(["ops", "m365", "prod"]))
    if S.kind in ("service_account_password", "exo_password"):
        res = {"type": "Microsoft.Automation/automationAccounts/credentials", "apiVersion": "2022-08-08",
               "name": "[concat(parameters('automationAccounts_%s_name'), '/M365-Admin')]" % acct.replace("-", "_"),
               "dependsOn": ["[resourceId('Microsoft.Automation/automationAccounts', parameters('automationAccounts_%s_name'))]" % acct.replace("-", "_")],
               "properties": {"userName": o.admin, "password": S.val, "description": "used by Nightly-Hygiene"}}
    else:
        res = {"type": "Microsoft.Automation/automationAccounts/variables", "apiVersion": "2022-08-08",
               "name": "[concat(parameters('automationAccounts_%s_name'), '/GraphClientSecret')]" % acct.replace("-", "_"),
               "dependsOn": ["[resourceId('Microsoft.Automation/automationAccounts', parameters('automationAccounts_%s_name'))]" % acct.replace("-", "_")],
               "properties": {"isEncrypted": False, "value": json.dumps(S.val)}}
    d = {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "contentVersion": "1.0.0.0",
         "parameters": {"automationAccounts_%s_name" % acct.replace("-", "_"): {"defaultValue": acct, "type": "String"}},
         "variables": {},
         "resources": [
             {"type": "Microsoft.Automation/automationAccounts", "apiVersion": "2022-08-08",
              "name": "[parameters('automationAccounts_%s_name')]" % acct.replace("-", "_"), "location": o.region,
              "identity": {"type": "SystemAssigned"}, "properties": {"sku": {"name": "Basic"}, "publicNetworkAccess": True}},
             {"type": "Microsoft.Automation/automationAccounts/variables", "apiVersion": "2022-08-08",
              "name": "[concat(parameters('automationAccounts_%s_name'), '/TenantId')]" % acct.replace("-", "_"),
              "properties": {"isEncrypted": False, "value": json.dumps(o.tenant_id)}},
             res]}
    return path, json.dumps(d, indent=4) + "\n"


def t_json_flow_def(r, o, S, ob):
    path = r.choice(["flows/Offboarding/definition.json", "solution/Workflows/LeaverFlow-%s.json" % guid(r).upper(),
                     "power-automate/okta-deprovision/definition.json"])
    url, auth = {"okta_api_token": ("https://%s.okta.com/api/v1/users/@{triggerBody()?['email']}/lifecycle/deactivate" % o.short, "SSWS " + S.val),
                 "slack_token": ("https://api.slack.com/scim/v2/Users/@{body('Lookup')?['user']?['id']}", "Bearer " + S.val),
                 "scim_bearer_token": ("https://scim.%s/scim/v2/Users/@{triggerBody()?['externalId']}" % o.domain, "Bearer " + S.val),
                 "jumpcloud_api_key": ("https://console.jumpcloud.com/api/systemusers/@{triggerBody()?['jcId']}", None)}[S.kind]
    headers = {"Content-Type": "application/json"}
    if auth is None:
        headers["x-api-key"] = S.val
    else:
        headers["Authorization"] = auth
    d = {"properties": {"displayName": r.choice(["Leaver - deprovision SaaS", "HR leaver sync", "Deprovision on termination"]),
                        "definition": {"$schema": "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
                                       "contentVersion": "1.0.0.0",
                                       "triggers": {"manual": {"type": "Request", "kind": "Http", "inputs": {"schema": {"type": "object", "properties": {"email": {"type": "string"}}}}}},
                                       "actions": {"Deprovision": {"runAfter": {}, "type": "Http",
                                                                   "inputs": {"method": "DELETE" if "scim" in url else "POST", "uri": url, "headers": headers}},
                                                   "Respond": {"runAfter": {"Deprovision": ["Succeeded"]}, "type": "Response", "kind": "Http",
                                                               "inputs": {"statusCode": 202}}}},
                        "connectionReferences": {}, "state": "Started"}}
    return path, json.dumps(d, indent=2) + "\n"


def t_json_deploy_settings(r, o, S, ob):
    path = r.choice(["pipelines/deploymentSettings.prod.json", "solutions/HRApp/deploymentSettings.json", "deploy/settings-test.json"])
    pfx = r.choice(["cr1a2_", "hr_", "it_", "new_"])
    d = {"EnvironmentVariables": [
        {"SchemaName": pfx + "TenantId", "Value": o.tenant_id},
        {"SchemaName": pfx + "GraphClientId", "Value": o.app_id},
        {"SchemaName": pfx + fmt_name(r.choice(OBV[S.kind]) if ob else r.choice(NEU), "pascal"), "Value": S.val},
        {"SchemaName": pfx + "SharePointSite", "Value": o.sp_url + "/sites/HR"}],
        "ConnectionReferences": [
            {"LogicalName": pfx + "sharedsharepointonline_%s" % hx(r, 5), "ConnectionId": hx(r, 32), "ConnectorId": "/providers/Microsoft.PowerApps/apis/shared_sharepointonline"},
            {"LogicalName": pfx + "sharedoffice365_%s" % hx(r, 5), "ConnectionId": hx(r, 32), "ConnectorId": "/providers/Microsoft.PowerApps/apis/shared_office365"}]}
    return path, json.dumps(d, indent=2) + "\n"


# ---------------------------------------------------------------- YAML
def t_yaml_runbook(r, o, S, ob):
    path = r.choice(["runbooks/offboarding.yml", "ops/leaver-runbook.yaml", "ansible/group_vars/m365.yml", "config/offboarding.yaml"])
    k = vname(r, S.kind, ob, r.choice(["snake", "kebab"]))
    svc = {"slack_token": "slack", "okta_api_token": "okta", "zoom_client_secret": "zoom", "jumpcloud_api_key": "jumpcloud",
           "entra_client_secret": "entra", "scim_bearer_token": "scim"}[S.kind]
    body = F("""
        # Leaver runbook - consumed by offboard.py
        tenant:
          name: @@tenant@@
          id: @@tid@@
        notify:
          - @@admin@@
        steps:
          - name: disable-entra-account
            revoke_sessions: true
          - name: convert-mailbox
            type: shared
            delegate: manager
          - name: transfer-drive
            to: manager
        @@svc@@:
          enabled: true
          @@k@@: @@sec@@
          base_url: https://@@host@@
        retention_days: @@days@@
        """, tenant=o.tenant, tid=o.tenant_id, admin=o.admin, svc=svc, k=k, sec=S.yml(),
             host={"slack": "slack.com/api", "okta": o.short + ".okta.com", "zoom": "api.zoom.us/v2",
                   "jumpcloud": "console.jumpcloud.com/api", "entra": "graph.microsoft.com/v1.0", "scim": "scim." + o.domain + "/v2"}[svc],
             days=r.choice([30, 90, 365]))
    return path, body


def t_yaml_gh(r, o, S, ob):
    path = ".github/workflows/%s" % r.choice(["m365-report.yml", "tenant-sync.yml", "spo-backup.yaml", "nightly-graph.yml"])
    k = r.choice(ENVN[S.kind]) if ob else fmt_name(r.choice(NEU), "scream")
    body = F("""
        name: nightly tenant report
        on:
          schedule:
            - cron: '@@m@@ 2 * * *'
          workflow_dispatch:
        jobs:
          report:
            runs-on: windows-latest
            env:
              TENANT_ID: @@tid@@
              CLIENT_ID: @@cid@@
              @@k@@: @@sec@@
            steps:
              - uses: actions/checkout@v4
              - name: Install modules
                shell: pwsh
                run: Install-Module Microsoft.Graph.Authentication, PnP.PowerShell -Force -Scope CurrentUser
              - name: Run report
                shell: pwsh
                run: ./scripts/Get-TenantReport.ps1 -TenantId $env:TENANT_ID -ClientId $env:CLIENT_ID -Secret $env:@@k@@
              - uses: actions/upload-artifact@v4
                with:
                  name: report
                  path: out/*.csv
        """, m=r.randint(0, 59), tid=o.tenant_id, cid=o.app_id, k=k, sec=S.yml())
    return path, body


def t_yaml_ado(r, o, S, ob):
    path = r.choice(["azure-pipelines.yml", "pipelines/intune-export.yml", ".azuredevops/tenant-backup.yml"])
    k = vname(r, S.kind, ob, "camel")
    body = F("""
        trigger: none
        schedules:
          - cron: "0 3 * * 1-5"
            displayName: weekday backup
            branches:
              include: [ main ]

        pool:
          vmImage: windows-latest

        variables:
          tenantId: '@@tid@@'
          appId: '@@cid@@'
          @@k@@: @@sec@@

        steps:
          - pwsh: |
              Install-Module IntuneBackupAndRestore, Microsoft.Graph.Intune -Force -Scope CurrentUser
              $sec = ConvertTo-SecureString '$(@@k@@)' -AsPlainText -Force
              Connect-MgGraph -TenantId $(tenantId) -ClientSecretCredential ([pscredential]::new('$(appId)', $sec))
              Start-IntuneBackup -Path $(Build.ArtifactStagingDirectory)/intune
            displayName: Backup Intune configuration
          - publish: $(Build.ArtifactStagingDirectory)/intune
            artifact: intune-backup
        """, tid=o.tenant_id, cid=o.app_id, k=k, sec=S.yml())
    return path, body


def t_yaml_compose(r, o, S, ob):
    path = r.choice(["docker-compose.yml", "deploy/docker-compose.yaml", "scim-bridge/docker-compose.yml"])
    k = r.choice(ENVN[S.kind]) if ob else fmt_name(r.choice(NEU), "scream")
    body = F("""
        services:
          provisioner:
            image: ghcr.io/@@short@@/hr-provisioner:@@ver@@
            restart: unless-stopped
            environment:
              HR_SOURCE: workday
              TARGET_TENANT: @@tenant@@
              OKTA_ORG_URL: https://@@short@@.okta.com
              SCIM_BASE_URL: https://scim.@@dom@@/scim/v2
              @@k@@: @@sec@@
              LOG_LEVEL: info
            volumes:
              - ./state:/var/lib/provisioner
            ports:
              - "127.0.0.1:8085:8080"
          redis:
            image: redis:7-alpine
            restart: unless-stopped
        """, short=o.short, ver="1.%d.%d" % (r.randint(0, 9), r.randint(0, 20)), tenant=o.tenant, dom=o.domain, k=k, sec=S.yml())
    return path, body


# ---------------------------------------------------------------- CSV
def t_csv_service_accounts(r, o, S, ob):
    path = r.choice(["data/service-accounts.csv", "inventory/ServiceAccounts.csv", "migration/mailbox-admins.csv"])
    col = "Password" if ob else r.choice(["Value", "Secret", "Notes"][:1 if ob else 3])
    rows = ["Name,UserPrincipalName,Purpose,Owner,%s,LastRotated" % col]
    n = r.randint(4, 12)
    hit = r.randrange(n)
    for i in range(n):
        nm = r.choice(["svc-backup", "svc-scan", "svc-exo-migration", "svc-printer", "svc-teams-rooms", "svc-ldap", "svc-sync", "svc-mdm"]) + str(i)
        pw = S.val if i == hit else r.choice(["", "(managed identity)", "(cert auth)", "(in Key Vault)", "n/a"])
        rows.append("%s,%s@%s,%s,%s,%s,20%02d-%02d-%02d" % (nm, nm, o.domain, r.choice(["Backup", "Scanner", "Migration", "Rooms", "Sync"]),
                                                       o.admin, pw, r.randint(22, 25), r.randint(1, 12), r.randint(1, 28)))
    return path, "\n".join(rows) + "\n"


def t_csv_appregs(r, o, S, ob):
    path = r.choice(["docs/app-registrations.csv", "inventory/entra-apps.csv", "audit/AppSecrets.csv"])
    rows = ["DisplayName,AppId,TenantId,Owner,SecretExpires,%s" % ("ClientSecret" if ob else "Value")]
    n = r.randint(3, 10)
    hit = r.randrange(n)
    for i in range(n):
        nm = r.choice(["HR-Sync", "Intune-Reporting", "SPO-Archiver", "Graph-Mailer", "Teams-Provisioning", "Backup-Connector", "Zoom-SSO"]) + "-%d" % i
        sv = S.val if i == hit else r.choice(["(Key Vault)", "cert", "", "see vault"])
        rows.append("%s,%s,%s,%s,20%02d-%02d-%02d,%s" % (nm, guid(r), o.tenant_id, o.admin, r.randint(24, 27), r.randint(1, 12), r.randint(1, 28), sv))
    return path, "\n".join(rows) + "\n"


# ---------------------------------------------------------------- Markdown
def t_md_runbook(r, o, S, ob):
    path = r.choice(["docs/runbooks/offboarding.md", "notes/runbook.md", "wiki/M365-Admin-Handover.md", "docs/tenant-automation.md"])
    what = {"slack_token": "Slack admin token", "okta_api_token": "Okta API token", "zoom_client_secret": "Zoom S2S client secret",
            "jumpcloud_api_key": "JumpCloud API key", "entra_client_secret": "Graph app secret", "sharepoint_app_secret": "SPO app-only secret",
            "exo_password": "EXO admin password", "teams_webhook_url": "Teams webhook", "power_automate_trigger_url": "Flow trigger URL",
            "scim_bearer_token": "SCIM secret token", "google_oauth_client_secret": "GAM client secret"}[S.kind]
    style = r.random()
    if style < 0.5 and ob:
        line = "- %s: `%s`" % (what, S.val)
    elif style < 0.75:
        line = "```powershell\n.\\Invoke-Offboarding.ps1 -Upn jane.doe@%s -Key '%s'\n```" % (o.domain, S.val)
    else:
        line = "| %s | `%s` | rotate %s |" % (r.choice(["prod", "tenant", "main"]), S.val, r.choice(["quarterly", "yearly", "on leaver"]))
        line = "| env | value | notes |\n|---|---|---|\n" + line
    body = F("""
        # @@title@@

        Owner: @@au@@ (@@admin@@)
        Tenant: `@@tenant@@` / `@@tid@@`

        ## Before you start
        1. Check the leaver ticket has HR sign-off.
        2. Confirm the manager for mailbox delegation.
        3. Open an elevated PowerShell 7 session on the admin jump box.

        ## Credentials

        @@line@@

        ## Steps
        1. Disable the account and revoke sessions (Entra admin centre or `Invoke-Offboarding.ps1`).
        2. Convert the mailbox to shared and grant the manager FullAccess.
        3. Remove licences after 30 days; export OneDrive to the manager.
        4. Deactivate SaaS accounts (Slack, Zoom, Okta apps).

        _Last reviewed 20@@yy@@-@@mm@@._
        """, title=r.choice(["Leaver runbook", "M365 admin handover", "Tenant automation notes", "Offboarding checklist"]),
             au=o.author, admin=o.admin, tenant=o.tenant, tid=o.tenant_id, line=line, yy=r.randint(22, 25), mm="%02d" % r.randint(1, 12))
    return path, body


# ---------------------------------------------------------------- batch / cmd
def t_bat_launcher(r, o, S, ob):
    path = r.choice(["scripts/run-sync.bat", "Tasks/nightly-sync.cmd", "launch/Start-Offboarding.bat", "bin/license-report.cmd"])
    flag = {"entra_client_secret": "-ClientSecret", "jumpcloud_api_key": "-JumpCloudApiKey", "okta_api_token": "-OktaToken",
            "sharepoint_app_secret": "-ClientSecret"}[S.kind]
    if not ob:
        flag = ""
    body = F("""
        @echo off
        setlocal
        rem Scheduled from Task Scheduler on @@host@@ - do not move
        set LOGDIR=D:\\Logs\\M365
        if not exist "%LOGDIR%" mkdir "%LOGDIR%"
        set TENANT=@@tid@@
        set APPID=@@cid@@

        "C:\\Program Files\\PowerShell\\7\\pwsh.exe" -NoProfile -ExecutionPolicy Bypass -File "D:\\Automation\\Sync-Users.ps1" -TenantId %TENANT% -ClientId %APPID% @@flag@@ "@@sec@@" >> "%LOGDIR%\\sync-%DATE:~-4%%DATE:~3,2%%DATE:~0,2%.log" 2>&1

        if errorlevel 1 (
            echo Sync failed, see log
            exit /b 1
        )
        endlocal
        """, host=r.choice(["MGMT01", "AUTOMATION02", "IT-JUMP"]), tid=o.tenant_id, cid=o.app_id, flag=flag, sec=S.bat())
    return path, body.replace("  \"", " \"")


def t_cmd_env(r, o, S, ob):
    path = r.choice(["tools/run-okta-sync.cmd", "scripts/slack-report.bat", "jobs/scim-push.cmd"])
    k = r.choice(ENVN[S.kind]) if ob else fmt_name(r.choice(NEU), "scream")
    body = F("""
        @echo off
        rem wrapper for the python sync job
        cd /d %~dp0\\..
        set PYTHONUNBUFFERED=1
        set ORG_DOMAIN=@@dom@@
        set @@k@@=@@sec@@
        .venv\\Scripts\\python.exe -m sync.main --since 24h --dry-run=false
        """, dom=o.domain, k=k, sec=S.bat())
    return path, body


# ---------------------------------------------------------------- XML
def t_xml_task(r, o, S, ob):
    path = r.choice(["tasks/M365-Nightly-Sync.xml", "ScheduledTasks/Intune-Report.xml", "deploy/task-offboarding.xml"])
    flag = "-ClientSecret" if ob else "-Arg2"
    if S.kind == "jumpcloud_api_key":
        flag = "-JumpCloudApiKey" if ob else "-K"
    body = F("""
        <?xml version="1.0" encoding="UTF-8"?>
        <Task version="1.4" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
          <RegistrationInfo>
            <Date>20@@yy@@-0@@m@@-1@@d@@T02:00:00</Date>
            <Author>@@dom@@\\@@user@@</Author>
            <URI>\\@@org@@\\M365 Nightly Sync</URI>
          </RegistrationInfo>
          <Triggers>
            <CalendarTrigger>
              <StartBoundary>2024-01-01T02:30:00</StartBoundary>
              <Enabled>true</Enabled>
              <ScheduleByDay><DaysInterval>1</DaysInterval></ScheduleByDay>
            </CalendarTrigger>
          </Triggers>
          <Principals>
            <Principal id="Author">
              <UserId>S-1-5-18</UserId>
              <RunLevel>HighestAvailable</RunLevel>
            </Principal>
          </Principals>
          <Settings>
            <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>
            <ExecutionTimeLimit>PT2H</ExecutionTimeLimit>
          </Settings>
          <Actions Context="Author">
            <Exec>
              <Command>"C:\\Program Files\\PowerShell\\7\\pwsh.exe"</Command>
              <Arguments>-NoProfile -File "C:\\Automation\\Sync-Users.ps1" -TenantId @@tid@@ -ClientId @@cid@@ @@flag@@ "@@sec@@"</Arguments>
              <WorkingDirectory>C:\\Automation</WorkingDirectory>
            </Exec>
          </Actions>
        </Task>
        """, yy=r.randint(22, 25), m=r.randint(1, 9), d=r.randint(0, 9), dom=o.short.upper()[:15], user=o.admin.split("@")[0],
             org=o.name, tid=o.tenant_id, cid=o.app_id, flag=flag, sec=xesc(S.val if S.pos else S.bat()))
    return path, body


def t_xml_webconfig(r, o, S, ob):
    path = r.choice(["web.config", "src/HrPortal/Web.config", "App.config", "src/TenantTool/App.config"])
    key = "ida:" + vname(r, S.kind, ob, "pascal")
    body = F("""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <appSettings>
            <add key="ida:Tenant" value="@@tenant@@" />
            <add key="ida:ClientId" value="@@cid@@" />
            <add key="@@key@@" value="@@sec@@" />
            <add key="ida:AADInstance" value="https://login.microsoftonline.com/{0}" />
            <add key="ida:PostLogoutRedirectUri" value="https://hr.@@dom@@/" />
            <add key="SharePointSite" value="@@sp@@/sites/HR" />
          </appSettings>
          <system.web>
            <compilation debug="false" targetFramework="4.8" />
            <httpRuntime targetFramework="4.8" />
          </system.web>
        </configuration>
        """, tenant=o.tenant, cid=o.app_id, key=key, sec=xesc(S.val), dom=o.domain, sp=o.sp_url)
    return path, body


# ---------------------------------------------------------------- env / sh / ini / js / pem
def t_env(r, o, S, ob):
    path = r.choice([".env", "offboarding/.env", "deploy/.env.production", "scripts/.env.local"])
    k = r.choice(ENVN[S.kind]) if ob else fmt_name(r.choice(NEU), "scream")
    lines = ["# M365 / Workspace automation", "TENANT_ID=%s" % o.tenant_id, "CLIENT_ID=%s" % o.app_id,
             "GWS_ADMIN=%s" % (o.admin.split("@")[0] + "@" + o.domain), "LOG_LEVEL=%s" % r.choice(["info", "debug", "warn"])]
    v = S.val
    if S.pos and r.random() < 0.4:
        v = '"%s"' % v
    lines.insert(r.randint(2, len(lines)), "%s=%s" % (k, v))
    lines.append("SMTP_RELAY=smtp.%s" % o.domain)
    return path, "\n".join(lines) + "\n"


def t_sh_curl(r, o, S, ob):
    path = r.choice(["scripts/offboard.sh", "bin/deprovision.sh", "tools/saas-offboard.sh"])
    if S.kind == "okta_api_token":
        call = 'curl -fsS -X POST -H "Authorization: SSWS %s" -H "Accept: application/json" \\\n  "https://%s.okta.com/api/v1/users/${USER_EMAIL}/lifecycle/deactivate"' % ("${OKTA_TOKEN}" if ob else S.sh(), o.short)
    elif S.kind == "slack_token":
        call = 'curl -fsS -X DELETE -H "Authorization: Bearer %s" \\\n  "https://api.slack.com/scim/v2/Users/${SLACK_ID}"' % ("${SLACK_TOKEN}" if ob else S.sh())
    elif S.kind == "jumpcloud_api_key":
        call = 'curl -fsS -X PUT -H "x-api-key: %s" -H "Content-Type: application/json" \\\n  -d \'{"suspended": true}\' "https://console.jumpcloud.com/api/systemusers/${JC_ID}"' % ("${JC_API_KEY}" if ob else S.sh())
    else:
        call = 'curl -fsS -X DELETE -H "Authorization: Bearer %s" \\\n  "https://scim.%s/scim/v2/Users/${EXT_ID}"' % ("${SCIM_TOKEN}" if ob else S.sh(), o.domain)
    pre = ""
    if ob:
        var = call.split("${")[1].split("}")[0]
        pre = "%s='%s'\n" % (var, S.val) if S.pos else "%s=\"%s\"\n" % (var, S.sh())
    body = F("""
        #!/usr/bin/env bash
        # Deprovision a leaver from SaaS apps. Usage: offboard.sh user@@@dom@@
        set -euo pipefail
        USER_EMAIL="${1:?email required}"
        """, dom=o.domain) + pre + "\n" + call + "\n\n" + F("""
        echo "$(date -Is) deprovisioned ${USER_EMAIL}" >> /var/log/offboarding.log
        """)
    return path, body


def t_ini(r, o, S, ob):
    path = r.choice(["config/sync.ini", "settings.cfg", "conf/tenant.ini", "etc/m365-sync.conf"])
    k = vname(r, S.kind, ob, "snake")
    sect = {"entra_client_secret": "azure", "zoom_client_secret": "zoom", "okta_api_token": "okta", "sharepoint_app_secret": "sharepoint",
            "jumpcloud_api_key": "jumpcloud", "slack_token": "slack"}[S.kind]
    body = F("""
        ; tenant sync settings
        [general]
        domain = @@dom@@
        dry_run = @@dry@@
        batch_size = @@bs@@

        [azure]
        tenant_id = @@tid@@
        client_id = @@cid@@

        [@@sect@@]
        @@k@@ = @@sec@@

        [logging]
        path = /var/log/m365-sync
        level = INFO
        """, dom=o.domain, dry=r.choice(["false", "true"]), bs=r.choice([50, 100, 200]), tid=o.tenant_id, cid=o.app_id,
             sect=sect if sect != "azure" else "azure.credentials", k=k, sec=S.val)
    return path, body


def t_js_node(r, o, S, ob):
    path = r.choice(["scripts/deploy.js", "tools/notify.mjs", "src/jobs/licenseAlert.js", "bin/teams-notify.js"])
    v = vname(r, S.kind, ob, r.choice(["camel", "scream"]))
    body = F("""
        #!/usr/bin/env node
        // clasp push + notify the channel after deploying the Apps Script project
        const { execSync } = require('child_process');

        const @@v@@ = @@sec@@;

        async function main() {
          const out = execSync('npx clasp push --force', { encoding: 'utf8' });
          const version = execSync('npx clasp version "ci deploy"', { encoding: 'utf8' }).trim();
          const res = await fetch(@@v@@, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ text: `Apps Script deployed: ${version}\\n${out.split('\\n').length} files pushed` }),
          });
          if (!res.ok) throw new Error(`notify failed ${res.status}`);
        }

        main().catch((e) => { console.error(e); process.exit(1); });
        """, v=v, sec=S.js(gs=False))
    return path, body


def t_pem_file(r, o, S, ob):
    if S.pos:
        path = r.choice(["certs/graph-app.key", "certificates/%s-automation.pem" % o.short, "auth/app-only-key.pem", "keys/spo-app.key"])
        return path, S.val
    path = r.choice(["certs/graph-app.cer", "certificates/%s-automation.crt" % o.short, "auth/app-only-public.pem"])
    return path, gen_cert_pem(r, o)


# ==========================================================================
# negative-only domain look-alikes (no secret slot)
# each returns (relpath, text, provider, kind)
# ==========================================================================
def n_exo_cert_thumb(r, o):
    path = r.choice(["Exchange/Connect-EXOAppOnly.ps1", "exo/mailbox-report.ps1", "scripts/Exchange/Get-ForwardingRules.ps1"])
    body = hdr_ps(r, o, "App-only EXO connection using the certificate in LocalMachine\\My") + F("""
        $AppId = '@@cid@@'
        $CertificateThumbprint = '@@th@@'
        $Organization = '@@tenant@@'

        Connect-ExchangeOnline -AppId $AppId -CertificateThumbprint $CertificateThumbprint -Organization $Organization -ShowBanner:$false

        Get-Mailbox -ResultSize Unlimited | Get-InboxRule -ErrorAction SilentlyContinue |
            Where-Object { $_.ForwardTo -or $_.RedirectTo -or $_.ForwardAsAttachmentTo } |
            Select-Object MailboxOwnerId, Name, ForwardTo, RedirectTo |
            Export-Csv .\\forwarding-rules.csv -NoTypeInformation
        Disconnect-ExchangeOnline -Confirm:$false
        """, cid=o.app_id, th=hx(r, 40, upper=True), tenant=o.tenant)
    return path, body, "exchange-online", "certificate_thumbprint"


def n_pnp_interactive(r, o):
    path = r.choice(["SharePoint/Get-SiteAdmins.ps1", "spo/list-owners.ps1", "PnP/Export-Permissions.ps1"])
    mode = r.choice(["-Interactive -ClientId '%s'" % o.app_id, "-ManagedIdentity", "-DeviceLogin -ClientId '%s' -Tenant '%s'" % (o.app_id, o.tenant),
                     "-ClientId '%s' -Thumbprint '%s' -Tenant '%s'" % (o.app_id, hx(r, 40, True), o.tenant)])
    body = F("""
        # Site collection admin inventory (no stored credentials - interactive/cert auth)
        $adminUrl = '@@adm@@'
        Connect-PnPOnline -Url $adminUrl @@mode@@

        $report = foreach ($site in Get-PnPTenantSite -Filter "Url -like '/sites/'") {
            Connect-PnPOnline -Url $site.Url @@mode@@
            Get-PnPSiteCollectionAdmin | ForEach-Object {
                [pscustomobject]@{ Site = $site.Url; Admin = $_.Email; LoginName = $_.LoginName }
            }
        }
        $report | Export-Csv .\\site-admins.csv -NoTypeInformation
        """, adm=o.sp_admin, mode=mode)
    return path, body, "sharepoint", "auth_reference"


def n_mggraph_delegated(r, o):
    path = r.choice(["scripts/Get-MfaStatus.ps1", "Reports/Get-AuthMethods.ps1", "graph/list-stale-devices.ps1"])
    conn = r.choice(["Connect-MgGraph -Scopes 'UserAuthenticationMethod.Read.All','User.Read.All' -TenantId '%s'" % o.tenant_id,
                     "Connect-MgGraph -Identity", "Connect-MgGraph -ClientId '%s' -TenantId '%s' -CertificateThumbprint '%s'" % (o.app_id, o.tenant_id, hx(r, 40, True))])
    body = hdr_ps(r, o, "Report registered authentication methods") + F("""
        #Requires -Modules Microsoft.Graph.Authentication, Microsoft.Graph.Reports
        @@conn@@

        $details = Get-MgReportAuthenticationMethodUserRegistrationDetail -All
        $details | Select-Object UserPrincipalName, IsMfaRegistered, IsPasswordlessCapable,
            @{n='Methods';e={$_.MethodsRegistered -join ';'}} |
            Export-Csv ".\\auth-methods-$(Get-Date -f yyyyMMdd).csv" -NoTypeInformation
        Write-Host "$($details.Count) users; tenant @@tid@@"
        """, conn=conn, tid=o.tenant_id)
    return path, body, "microsoft-entra", "auth_reference"


def n_get_credential(r, o):
    path = r.choice(["Exchange/Set-OOF.ps1", "scripts/Connect-Tenant.ps1", "tools/reset-user-password.ps1"])
    body = F("""
        param([string]$Identity)
        # prompts - nothing stored on disk
        $cred = Get-Credential -Message 'Exchange admin' -UserName '@@admin@@'
        Connect-ExchangeOnline -Credential $cred -ShowBanner:$false

        $newPassword = Read-Host -Prompt "Temporary password for $Identity" -AsSecureString
        $plain = [Runtime.InteropServices.Marshal]::PtrToStringAuto([Runtime.InteropServices.Marshal]::SecureStringToBSTR($newPassword))
        Set-MailboxAutoReplyConfiguration -Identity $Identity -AutoReplyState Enabled `
            -InternalMessage "I have left @@org@@. Please contact the service desk." -ExternalMessage "This mailbox is no longer monitored."
        Update-MgUser -UserId $Identity -PasswordProfile @{ Password = $plain; ForceChangePasswordNextSignIn = $true }
        Remove-Variable plain
        """, admin=o.admin, org=o.name)
    return path, body, "exchange-online", "credential_prompt"


def n_clixml(r, o):
    path = r.choice(["creds/exo-admin.xml", "Automation/Credentials/svc-sync.clixml", "secure/graph-cred.xml"])
    blob = "01000000d08c9ddf0115d1118c7a00c04fc297eb01000000" + hx(r, 32) + "0000000002000000000010660000000100002000000" + hx(r, r.choice([600, 664, 728]))
    body = F("""
        <Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">
          <Obj RefId="0">
            <TN RefId="0">
              <T>System.Management.Automation.PSCredential</T>
              <T>System.Object</T>
            </TN>
            <ToString>System.Management.Automation.PSCredential</ToString>
            <Props>
              <S N="UserName">@@user@@</S>
              <SS N="Password">@@blob@@</SS>
            </Props>
          </Obj>
        </Objs>
        """, user=o.admin, blob=blob)
    return path, body, "microsoft-365", "dpapi_encrypted_blob"


def n_aes_securestring(r, o):
    path = r.choice(["scripts/Start-Sync.ps1", "Automation/Use-EncryptedCred.ps1"])
    inner = "2|" + b64(r, 16) + "|" + hx(r, r.choice([96, 128, 160]))
    enc = "76492d1116743f0423413b16050a5345" + base64.b64encode(inner.encode("utf-16-le")).decode()
    body = F("""
        # Password is AES-encrypted; the key is fetched from Key Vault at run time (never in the repo)
        $keyB64 = (Get-AzKeyVaultSecret -VaultName '@@kv@@' -Name 'sync-aes-key' -AsPlainText)
        $key = [Convert]::FromBase64String($keyB64)
        $encrypted = '@@enc@@'
        $secure = ConvertTo-SecureString -String $encrypted -Key $key
        $cred = [pscredential]::new('@@admin@@', $secure)
        Connect-ExchangeOnline -Credential $cred -ShowBanner:$false
        """, kv=o.vault, enc=enc, admin=o.admin)
    return path, body, "microsoft-365", "encrypted_securestring"


def n_autopilot_csv(r, o):
    path = r.choice(["Autopilot/hashes/batch-%02d.csv" % r.randint(1, 40), "intune/autopilot-import.csv", "devices/AutopilotHWID.csv"])
    rows = ["Device Serial Number,Windows Product ID,Hardware Hash,Group Tag"]
    for _ in range(r.randint(2, 6)):
        rows.append("%s,,%s,%s" % (rs(r, 10, string.ascii_uppercase + string.digits), b64(r, r.choice([2700, 3000, 3100])), r.choice(["Standard", "Kiosk", "Shared", ""])))
    return path, "\n".join(rows) + "\n", "intune", "autopilot_hardware_hash"


def n_users_csv(r, o):
    path = r.choice(["data/new-starters.csv", "import/users.csv", "onboarding/2025-batch.csv", "Licensing/assign.csv"])
    rows = ["UserPrincipalName,DisplayName,Department,UsageLocation,ObjectId,LicenseSkuId,ManagerUPN"]
    sku = guid(r)
    for _ in range(r.randint(4, 15)):
        f, l, upn = o.user(r)
        rows.append("%s,%s %s,%s,%s,%s,%s,%s" % (upn, f.capitalize(), l.capitalize(), r.choice(DEPTS), r.choice(["GB", "US", "DE"]), guid(r), sku, o.admin))
    return path, "\n".join(rows) + "\n", "microsoft-365", "object_ids"


def n_appsettings_kv(r, o):
    path = r.choice(["appsettings.json", "src/TenantSync/appsettings.Production.json", "local.settings.json"])
    ref = r.choice(["@Microsoft.KeyVault(SecretUri=https://%s.vault.azure.net/secrets/graph-client-secret/)" % o.vault,
                    "@Microsoft.KeyVault(VaultName=%s;SecretName=graph-client-secret)" % o.vault])
    if "local.settings" in path:
        d = {"IsEncrypted": False, "Values": {"AzureWebJobsStorage": "UseDevelopmentStorage=true", "FUNCTIONS_WORKER_RUNTIME": "powershell",
                                              "TenantId": o.tenant_id, "ClientId": o.app_id, "ClientSecret": ref}}
    else:
        d = {"AzureAd": {"Instance": "https://login.microsoftonline.com/", "TenantId": o.tenant_id, "ClientId": o.app_id,
                         "ClientCredentials": [{"SourceType": "KeyVault", "KeyVaultUrl": "https://%s.vault.azure.net" % o.vault,
                                                "KeyVaultCertificateName": "graph-app-cert"}]},
             "Graph": {"ClientSecret": ref}, "AllowedHosts": "*"}
    return path, json.dumps(d, indent=2) + "\n", "microsoft-entra", "key_vault_reference"


def n_clasp_json(r, o):
    path = r.choice([".clasp.json", "apps-script/.clasp.json", "gas/offboarding/.clasp.json"])
    d = {"scriptId": "1" + rs(r, 56, B64URL), "rootDir": r.choice(["src", "dist", "./"]), "projectId": o.gproject,
         "scriptExtensions": [".js", ".gs"], "htmlExtensions": [".html"], "fileExtension": "ts"}
    if r.random() < 0.5:
        d.pop("fileExtension")
    return path, json.dumps(d, indent=2) + "\n", "google-apps-script", "script_id"


def n_appsscript_manifest(r, o):
    path = r.choice(["src/appsscript.json", "appsscript.json", "apps-script/leavers/appsscript.json"])
    d = {"timeZone": r.choice(["Europe/London", "America/New_York", "Europe/Berlin", "Australia/Sydney"]), "dependencies": {
        "libraries": [{"userSymbol": "OAuth2", "libraryId": "1B7FSrk5Zi6L1rSxxTDgDEUsPzlukDsi4KGuTMorsTQHhGBzBkMun4iDF", "version": "43"}],
        "enabledAdvancedServices": [{"userSymbol": "AdminDirectory", "version": "directory_v1", "serviceId": "admin"}]},
        "exceptionLogging": "STACKDRIVER", "runtimeVersion": "V8",
        "oauthScopes": ["https://www.googleapis.com/auth/admin.directory.user", "https://www.googleapis.com/auth/script.external_request",
                        "https://www.googleapis.com/auth/spreadsheets"]}
    return path, json.dumps(d, indent=2) + "\n", "google-apps-script", "manifest"


def n_gs_properties(r, o):
    path = r.choice(["src/Code.gs", "apps-script/leavers/Slack.gs", "gas/Directory.gs"])
    body = F("""
        /** Secrets live in Script Properties (File > Project properties), never in code. */
        function getConfig_() {
          var p = PropertiesService.getScriptProperties();
          return {
            slackToken: p.getProperty('SLACK_ADMIN_TOKEN'),
            saKey: p.getProperty('SA_PRIVATE_KEY'),
            admin: '@@admin@@'
          };
        }

        function listSuspended() {
          var token = ScriptApp.getOAuthToken();
          var url = 'https://admin.googleapis.com/admin/directory/v1/users?customer=my_customer&query=isSuspended%3Dtrue&maxResults=200';
          var res = UrlFetchApp.fetch(url, { headers: { Authorization: 'Bearer ' + token } });
          var users = JSON.parse(res.getContentText()).users || [];
          var sheet = SpreadsheetApp.getActive().getSheetByName('Suspended') || SpreadsheetApp.getActive().insertSheet('Suspended');
          sheet.clear().appendRow(['primaryEmail', 'id', 'lastLoginTime']);
          users.forEach(function (u) { sheet.appendRow([u.primaryEmail, u.id, u.lastLoginTime]); });
        }
        """, admin=o.admin)
    return path, body, "google-workspace", "properties_lookup"


def n_sa_metadata_md(r, o):
    path = r.choice(["docs/google-dwd.md", "notes/gam-setup.md", "docs/runbooks/workspace-api-access.md"])
    body = F("""
        # Domain-wide delegation for GAM

        Service account: `@@sa@@`
        OAuth2 client ID (numeric, paste into Admin console > Security > API controls): `@@scid@@`
        Key ID in use: `@@kid@@` (JSON key kept in the password manager vault "IT-Automation", never in git)

        Scopes granted:

        ```
        https://www.googleapis.com/auth/admin.directory.user
        https://www.googleapis.com/auth/admin.directory.group
        https://www.googleapis.com/auth/gmail.settings.basic
        https://www.googleapis.com/auth/drive
        ```

        Check with: `gam user @@admin@@ check serviceaccount`

        To rotate: `gam rotate sakey retain_none` then update the vault entry.
        """, sa=o.sa_email(), scid=digits(r, 21), kid=hx(r, 40), admin=o.admin)
    return path, body, "google-workspace", "service_account_ids"


def n_gam_cfg(r, o):
    path = r.choice(["gam/gam.cfg", "GAMConfig/gam.cfg", ".gam/gam.cfg"])
    body = F("""
        [DEFAULT]
        activity_max_results = 100
        admin_email = @@admin@@
        auto_batch_min = 0
        cache_dir = /opt/gam/gamcache
        customer_id = C0@@cust@@
        domain = @@dom@@
        drive_dir = /opt/gam/downloads
        oauth2_txt = oauth2.txt
        oauth2service_json = oauth2service.json
        client_secrets_json = client_secrets.json
        no_verify_ssl = false
        num_threads = 5
        timezone = utc
        """, admin=o.admin, cust=rs(r, 7, string.ascii_lowercase + string.digits), dom=o.domain)
    return path, body, "google-workspace", "config_paths"


def n_intune_detection(r, o):
    path = r.choice(["Intune/Detection/Detect-App.ps1", "intune/remediations/detect-config.ps1", "Packaging/detection.ps1"])
    body = F("""
        # Intune Win32 custom detection - exit 0 + STDOUT = detected
        $expected = @{
            'C:\\Program Files\\@@app@@\\app.exe'  = '@@h1@@'
            'C:\\Program Files\\@@app@@\\core.dll' = '@@h2@@'
        }
        $productCode = '{@@pc@@}'
        foreach ($f in $expected.Keys) {
            if (-not (Test-Path $f)) { exit 1 }
            if ((Get-FileHash -Path $f -Algorithm SHA256).Hash -ne $expected[$f]) { exit 1 }
        }
        if (-not (Get-ItemProperty "HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$productCode" -ErrorAction SilentlyContinue)) { exit 1 }
        Write-Output "Detected"
        exit 0
        """, app=r.choice(["CompanyVPN", "PrinterHelper", "FinanceAddin"]), h1=hx(r, 64, True), h2=hx(r, 64, True), pc=guid(r, True))
    return path, body, "intune", "file_hashes"


def n_automation_identity(r, o):
    path = r.choice(["runbooks/Remove-StaleDevices.ps1", "AzureAutomation/Runbooks/Sync-Groups.ps1"])
    body = F("""
        # Azure Automation runbook - system-assigned managed identity, credential asset for EXO
        Connect-MgGraph -Identity -NoWelcome
        $exoCred = Get-AutomationPSCredential -Name 'EXO-Service'
        $webhook = Get-AutomationVariable -Name 'TeamsWebhookUrl'

        $cutoff = (Get-Date).AddDays(-120)
        $stale = Get-MgDevice -All -Property Id,DisplayName,ApproximateLastSignInDateTime |
            Where-Object { $_.ApproximateLastSignInDateTime -lt $cutoff }
        foreach ($d in $stale) { Update-MgDevice -DeviceId $d.Id -AccountEnabled:$false }
        Invoke-RestMethod -Method Post -Uri $webhook -ContentType 'application/json' -Body (@{ text = "$($stale.Count) stale devices disabled" } | ConvertTo-Json)
        """)
    return path, body, "azure-automation", "asset_reference"


def n_yaml_vault_refs(r, o):
    path = r.choice(["runbooks/offboarding.yml", "config/saas.yaml", "ansible/group_vars/all/m365.yml"])
    body = F("""
        tenant_id: "@@tid@@"
        client_id: "@@cid@@"
        client_secret: "{{ lookup('azure.azcollection.azure_keyvault_secret', 'graph-client-secret', vault_url='https://@@kv@@.vault.azure.net') }}"
        okta:
          org_url: https://@@short@@.okta.com
          api_token: "{{ vault_okta_api_token }}"
        slack:
          team_id: T@@team@@
          token: "{{ vault_slack_admin_token }}"
        zoom:
          account_id: @@acc@@
          client_id: @@zcid@@
          client_secret: "{{ vault_zoom_client_secret }}"
        """, tid=o.tenant_id, cid=o.app_id, kv=o.vault, short=o.short, team=rs(r, 10, string.ascii_uppercase + string.digits),
             acc=rs(r, 22, B64URL), zcid=rs(r, 22, AL))
    return path, body, "multi", "vault_reference"


def n_gh_secrets(r, o):
    path = ".github/workflows/%s" % r.choice(["intune-backup.yml", "gam-report.yml", "clasp-deploy.yml"])
    body = F("""
        name: deploy apps script
        on:
          push:
            branches: [ main ]
        permissions:
          id-token: write
          contents: read
        jobs:
          deploy:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-node@v4
                with: { node-version: 20 }
              - run: npm i -g @google/clasp
              - name: write clasprc from secret
                run: echo "$CLASPRC" > ~/.clasprc.json
                env:
                  CLASPRC: ${{ secrets.CLASPRC_JSON }}
              - uses: azure/login@v2
                with:
                  client-id: @@cid@@
                  tenant-id: @@tid@@
                  subscription-id: @@sub@@
              - run: clasp push -f
        """, cid=o.app_id, tid=o.tenant_id, sub=guid(r))
    return path, body, "github-actions", "secret_reference"


def n_teams_manifest(r, o):
    path = r.choice(["teams-app/manifest.json", "appPackage/manifest.json", "src/TeamsBot/manifest.json"])
    d = {"$schema": "https://developer.microsoft.com/json-schemas/teams/v1.16/MicrosoftTeams.schema.json", "manifestVersion": "1.16",
         "version": "1.%d.0" % r.randint(0, 9), "id": guid(r), "developer": {"name": "%s IT" % o.name, "websiteUrl": "https://www.%s" % o.domain,
         "privacyUrl": "https://www.%s/privacy" % o.domain, "termsOfUseUrl": "https://www.%s/terms" % o.domain},
         "name": {"short": "IT Helpdesk", "full": "%s IT Helpdesk bot" % o.name}, "description": {"short": "Raise IT tickets", "full": "Raise and track IT tickets from Teams."},
         "icons": {"outline": "outline.png", "color": "color.png"}, "accentColor": "#%s" % hx(r, 6, True),
         "bots": [{"botId": guid(r), "scopes": ["personal", "team"], "supportsFiles": False}],
         "validDomains": ["helpdesk.%s" % o.domain], "webApplicationInfo": {"id": guid(r), "resource": "api://helpdesk.%s/%s" % (o.domain, guid(r))}}
    return path, json.dumps(d, indent=2) + "\n", "microsoft-teams", "app_ids"


def n_saml_metadata(r, o):
    path = r.choice(["sso/federationmetadata.xml", "docs/okta-saml-metadata.xml", "idp/entra-app-metadata.xml"])
    cert = gen_cert_pem(r, o).split("\n")[1:-2]
    body = F("""
        <?xml version="1.0" encoding="utf-8"?>
        <EntityDescriptor ID="_@@id@@" entityID="https://sts.windows.net/@@tid@@/" xmlns="urn:oasis:names:tc:SAML:2.0:metadata">
          <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
            <KeyDescriptor use="signing">
              <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
                <X509Data>
                  <X509Certificate>@@cert@@</X509Certificate>
                </X509Data>
              </KeyInfo>
            </KeyDescriptor>
            <SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/@@tid@@/saml2" />
            <NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</NameIDFormat>
            <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/@@tid@@/saml2" />
          </IDPSSODescriptor>
        </EntityDescriptor>
        """, id=guid(r), tid=o.tenant_id, cert="".join(cert))
    return path, body, "microsoft-entra", "public_certificate"


def n_i18n(r, o):
    lang = r.choice(["de", "fr", "nl", "es"])
    path = r.choice(["locales/%s.json" % lang, "src/i18n/%s.json" % lang, "apps-script/i18n/%s.json" % lang])
    t = {"de": ("Passwort", "Geheimer Clientschlüssel", "API-Token", "Token kopieren"),
         "fr": ("Mot de passe", "Secret client", "Jeton d'API", "Copier le jeton"),
         "nl": ("Wachtwoord", "Clientgeheim", "API-token", "Token kopiëren"),
         "es": ("Contraseña", "Secreto de cliente", "Token de API", "Copiar token")}[lang]
    d = {"login.password": t[0], "admin.clientSecret": t[1], "admin.apiToken": t[2], "admin.copyToken": t[3],
         "admin.secretHint": "•" * 8, "admin.tenantId": "Tenant-ID", "offboarding.title": "Offboarding",
         "admin.slackTokenPlaceholder": "xoxb-…", "admin.oktaTokenPlaceholder": "00…"}
    return path, json.dumps(d, indent=2, ensure_ascii=False) + "\n", "i18n", "ui_strings"


def n_flow_listcallback(r, o):
    path = r.choice(["flows/LeaverFlow/definition.json", "power-automate/notify/definition.json"])
    d = {"properties": {"displayName": "Notify leaver to Teams", "definition": {
        "$schema": "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
        "parameters": {"$connections": {"defaultValue": {}, "type": "Object"}, "$authentication": {"defaultValue": {}, "type": "SecureObject"}},
        "triggers": {"manual": {"type": "Request", "kind": "Http", "inputs": {"schema": {}}}},
        "actions": {"Post_card": {"type": "OpenApiConnection", "inputs": {"host": {"connectionName": "shared_teams", "operationId": "PostCardToConversation",
                    "apiId": "/providers/Microsoft.PowerApps/apis/shared_teams"}, "parameters": {"poster": "Flow bot", "location": "Channel",
                    "body/recipient/groupId": guid(r), "body/recipient/channelId": "19:%s@thread.tacv2" % hx(r, 32)},
                    "authentication": "@parameters('$authentication')"}}}},
        "connectionReferences": {"shared_teams": {"connectionName": "shared-teams-%s" % guid(r), "source": "Embedded",
                                                  "id": "/providers/Microsoft.PowerApps/apis/shared_teams", "tier": "NotSpecified"}}}}
    return path, json.dumps(d, indent=2) + "\n", "power-automate", "connection_reference"


def n_psd1_manifest(r, o):
    path = r.choice(["modules/TenantOps/TenantOps.psd1", "src/%sAdmin/%sAdmin.psd1" % (o.name, o.name)])
    body = F("""
        @{
            RootModule        = 'TenantOps.psm1'
            ModuleVersion     = '@@ver@@'
            GUID              = '@@g@@'
            Author            = '@@au@@'
            CompanyName       = '@@org@@'
            Copyright         = '(c) @@org@@. All rights reserved.'
            Description       = 'Helper cmdlets for Microsoft 365 tenant operations'
            PowerShellVersion = '7.2'
            RequiredModules   = @('Microsoft.Graph.Authentication', 'ExchangeOnlineManagement', 'PnP.PowerShell')
            FunctionsToExport = @('Get-StaleGuest', 'Invoke-Offboarding', 'Get-LicenseReport')
            PrivateData = @{ PSData = @{ Tags = @('M365', 'Graph', 'Admin'); ProjectUri = 'https://git.@@dom@@/it/tenantops' } }
        }
        """, ver="%d.%d.%d" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 50)), g=guid(r), au=o.author, org=o.name, dom=o.domain)
    return path, body, "powershell", "module_guid"


def n_bat_thumb(r, o):
    path = r.choice(["scripts/run-report.bat", "Tasks/exo-report.cmd"])
    body = F("""
        @echo off
        rem App-only auth with certificate from the machine store, nothing secret here
        set APPID=@@cid@@
        set THUMB=@@th@@
        set ORG=@@tenant@@
        pwsh -NoProfile -Command "Connect-ExchangeOnline -AppId %APPID% -CertificateThumbprint %THUMB% -Organization %ORG%; Get-EXOMailbox -ResultSize Unlimited | Export-Csv D:\\Reports\\mailboxes.csv -NoType"
        """, cid=o.app_id, th=hx(r, 40, True), tenant=o.tenant)
    return path, body, "exchange-online", "certificate_thumbprint"


def n_task_xml_msi(r, o):
    path = r.choice(["tasks/Intune-Report.xml", "ScheduledTasks/Graph-Export.xml"])
    body = F("""
        <?xml version="1.0" encoding="UTF-8"?>
        <Task version="1.4" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
          <RegistrationInfo>
            <Author>@@dom@@\\@@user@@</Author>
            <Description>Exports Intune compliance using the Arc managed identity - no stored secret</Description>
          </RegistrationInfo>
          <Principals>
            <Principal id="Author"><UserId>S-1-5-18</UserId><RunLevel>HighestAvailable</RunLevel></Principal>
          </Principals>
          <Actions Context="Author">
            <Exec>
              <Command>pwsh.exe</Command>
              <Arguments>-NoProfile -File C:\\Automation\\Export-Compliance.ps1 -TenantId @@tid@@ -CertificateThumbprint @@th@@</Arguments>
            </Exec>
          </Actions>
        </Task>
        """, dom=o.short.upper()[:15], user=o.admin.split("@")[0], tid=o.tenant_id, th=hx(r, 40, True))
    return path, body, "intune", "certificate_thumbprint"


def n_secret_rotation_md(r, o):
    path = r.choice(["docs/secret-rotation.md", "notes/app-registrations.md", "wiki/Entra-Apps.md"])
    rows = []
    for _ in range(r.randint(3, 7)):
        rows.append("| %s | `%s` | `%s` | %s | 20%02d-%02d-%02d |" % (
            r.choice(["HR-Sync", "Intune-Reporting", "SPO-Archiver", "Graph-Mailer", "Zoom-SSO"]), guid(r), guid(r),
            r.choice(["`%s` (hint `%s…`)" % (guid(r), rs(r, 3)), "certificate `%s`" % hx(r, 40, True)]), r.randint(25, 27), r.randint(1, 12), r.randint(1, 28)))
    body = F("""
        # Entra app registrations and credential expiry

        Values are never written here. The portal only shows the first three characters of a client
        secret (the "hint"); the Secret ID column below is the credential's keyId, not the value.

        | App | Application (client) ID | Object ID | Credential (Secret ID / thumbprint) | Expires |
        |---|---|---|---|---|
        @@rows@@

        Rotate with `Add-MgApplicationPassword -ApplicationId <object id>` and store the value in `@@kv@@`.
        """, rows="\n".join(rows), kv=o.vault)
    return path, body, "microsoft-entra", "ids_and_hints"


def n_okta_sdk_yaml(r, o):
    path = r.choice(["okta.yaml", "config/okta.yaml", ".okta/okta.yaml"])
    body = F("""
        okta:
          client:
            orgUrl: "https://@@short@@.okta.com"
            authorizationMode: "PrivateKey"
            clientId: "0oa@@cid@@"
            scopes:
              - "okta.users.manage"
              - "okta.groups.read"
            privateKey: "/etc/okta/keys/service-app.pem"
            kid: "@@kid@@"
            connectionTimeout: 30
            rateLimit:
              maxRetries: 4
        """, short=o.short, cid=rs(r, 17), kid=rs(r, 43, B64URL))
    return path, body, "okta", "key_path_reference"


def n_python_env(r, o):
    path = r.choice(["offboarding/config.py", "gws/settings.py", "app/settings.py"])
    body = F('''
        """Runtime settings - every secret comes from the environment or Key Vault."""
        import os

        from azure.identity import DefaultAzureCredential
        from azure.keyvault.secrets import SecretClient

        TENANT_ID = "@@tid@@"
        CLIENT_ID = "@@cid@@"
        GWS_ADMIN = "@@admin@@"
        GWS_CUSTOMER = "C0@@cust@@"

        _kv = SecretClient(vault_url="https://@@kv@@.vault.azure.net", credential=DefaultAzureCredential())

        CLIENT_SECRET = _kv.get_secret("graph-client-secret").value
        SLACK_TOKEN = os.environ["SLACK_ADMIN_TOKEN"]
        OKTA_TOKEN = os.environ.get("OKTA_API_TOKEN", "")
        ZOOM_CLIENT_SECRET = os.getenv("ZOOM_CLIENT_SECRET")
        SA_KEY_FILE = os.path.expanduser("~/.gam/oauth2service.json")
        ''', tid=o.tenant_id, cid=o.app_id, admin=o.admin, cust=rs(r, 7, string.ascii_lowercase + string.digits), kv=o.vault)
    return path, body, "multi", "env_lookup"


def n_hash_report_csv(r, o):
    path = r.choice(["audit/cert-inventory.csv", "reports/app-credentials.csv"])
    rows = ["AppDisplayName,AppId,CredentialType,KeyId,Thumbprint,EndDateTime"]
    for _ in range(r.randint(3, 9)):
        ct = r.choice(["Password", "AsymmetricX509Cert"])
        rows.append("%s,%s,%s,%s,%s,20%02d-%02d-%02dT00:00:00Z" % (r.choice(["HR-Sync", "Backup", "Reporting", "Teams-Prov"]), guid(r), ct, guid(r),
                                                                 hx(r, 40, True) if ct != "Password" else "", r.randint(25, 27), r.randint(1, 12), r.randint(1, 28)))
    return path, "\n".join(rows) + "\n", "microsoft-entra", "key_ids_thumbprints"


def n_pubkey_pem(r, o):
    path = r.choice(["certs/graph-app.cer", "certificates/saml-signing.crt", "keys/okta-service-app.pub.pem"])
    if path.endswith(".pem"):
        der = _tlv(0x30, _tlv(0x30, RSA_OID) + _tlv(0x03, b"\x00" + _tlv(0x30, _int(_rint(r, 2048)) + _int(65537))))
        return path, pem("PUBLIC KEY", der), "okta", "public_key"
    return path, gen_cert_pem(r, o), "microsoft-entra", "public_certificate"


def n_env_example(r, o):
    path = r.choice([".env.example", "offboarding/.env.sample", "deploy/.env.template"])
    body = F("""
        # copy to .env and fill in locally - .env is git-ignored
        TENANT_ID=@@tid@@
        CLIENT_ID=@@cid@@
        GRAPH_CLIENT_SECRET=
        SLACK_ADMIN_TOKEN=xoxp-your-token-here
        OKTA_API_TOKEN=<okta-api-token>
        ZOOM_ACCOUNT_ID=<account-id>
        ZOOM_CLIENT_SECRET=<client-secret>
        GOOGLE_CLIENT_SECRET=GOCSPX-<your-secret>
        TEAMS_WEBHOOK_URL=https://<tenant>.webhook.office.com/webhookb2/...
        """, tid=o.tenant_id, cid=o.app_id)
    return path, body, "multi", "placeholders"


NEG_DOMAIN = [n_exo_cert_thumb, n_pnp_interactive, n_mggraph_delegated, n_get_credential, n_clixml, n_aes_securestring,
              n_autopilot_csv, n_users_csv, n_appsettings_kv, n_clasp_json, n_appsscript_manifest, n_gs_properties,
              n_sa_metadata_md, n_gam_cfg, n_intune_detection, n_automation_identity, n_yaml_vault_refs, n_gh_secrets,
              n_teams_manifest, n_saml_metadata, n_i18n, n_flow_listcallback, n_psd1_manifest, n_bat_thumb, n_task_xml_msi,
              n_secret_rotation_md, n_okta_sdk_yaml, n_python_env, n_hash_report_csv, n_pubkey_pem, n_env_example]


# ==========================================================================
# registry
# ==========================================================================
ALLK = list(KIND_GEN.keys())
POS_T = [
    (t_ps_graph_token, ["entra_client_secret"]),
    (t_ps_mggraph, ["entra_client_secret"]),
    (t_ps_exo_cred, ["exo_password"]),
    (t_ps_pnp_secret, ["sharepoint_app_secret", "entra_client_secret"]),
    (t_ps_pnp_pfx, ["pfx_password"]),
    (t_ps_import_pfx, ["pfx_password"]),
    (t_ps_autopilot, ["entra_client_secret"]),
    (t_ps_intune_win32, ["entra_client_secret"]),
    (t_ps_teams_notify, ["teams_webhook_url", "power_automate_trigger_url"]),
    (t_ps_okta, ["okta_api_token"]),
    (t_ps_jumpcloud, ["jumpcloud_api_key"]),
    (t_ps_slack, ["slack_token"]),
    (t_ps_zoom, ["zoom_client_secret"]),
    (t_ps_scim_test, ["scim_bearer_token"]),
    (t_ps_acs, ["sharepoint_app_secret"]),
    (t_ps_dataverse, ["entra_client_secret"]),
    (t_psm1, ["entra_client_secret"]),
    (t_psd1, ["entra_client_secret", "sharepoint_app_secret", "zoom_client_secret", "jumpcloud_api_key", "okta_api_token", "slack_token"]),
    (t_ps_runbook_msol, ["service_account_password"]),
    (t_ps_pem_heredoc, ["certificate_private_key"]),
    (t_py_msal, ["entra_client_secret"]),
    (t_py_requests_token, ["entra_client_secret"]),
    (t_py_dwd, ["gcp_service_account_key"]),
    (t_py_installed_flow, ["google_oauth_client_secret"]),
    (t_py_refresh, ["google_refresh_token"]),
    (t_py_slack, ["slack_token"]),
    (t_py_okta, ["okta_api_token"]),
    (t_py_zoom, ["zoom_client_secret"]),
    (t_py_webhook, ["teams_webhook_url", "power_automate_trigger_url"]),
    (t_py_jumpcloud, ["jumpcloud_api_key"]),
    (t_py_cert_inline, ["certificate_private_key"]),
    (t_gs_dwd, ["gcp_service_account_key"]),
    (t_gs_fetch_token, ["slack_token", "okta_api_token", "jumpcloud_api_key", "scim_bearer_token"]),
    (t_gs_oauth_client, ["google_oauth_client_secret"]),
    (t_gs_webhook, ["teams_webhook_url", "power_automate_trigger_url"]),
    (t_json_oauth2service, ["gcp_service_account_key"]),
    (t_txt_oauth2, ["google_refresh_token"]),
    (t_json_clasprc, ["google_refresh_token"]),
    (t_json_client_secrets, ["google_oauth_client_secret"]),
    (t_json_appsettings, ["entra_client_secret"]),
    (t_json_automation_export, ["entra_client_secret", "service_account_password"]),
    (t_json_flow_def, ["okta_api_token", "slack_token", "scim_bearer_token", "jumpcloud_api_key"]),
    (t_json_deploy_settings, ["entra_client_secret"]),
    (t_yaml_runbook, ["slack_token", "okta_api_token", "zoom_client_secret", "jumpcloud_api_key", "entra_client_secret", "scim_bearer_token"]),
    (t_yaml_gh, ["entra_client_secret", "sharepoint_app_secret", "scim_bearer_token"]),
    (t_yaml_ado, ["entra_client_secret"]),
    (t_yaml_compose, ["scim_bearer_token", "okta_api_token"]),
    (t_csv_service_accounts, ["service_account_password", "exo_password"]),
    (t_csv_appregs, ["entra_client_secret"]),
    (t_md_runbook, ["slack_token", "okta_api_token", "zoom_client_secret", "jumpcloud_api_key", "entra_client_secret",
                    "sharepoint_app_secret", "exo_password", "teams_webhook_url", "power_automate_trigger_url",
                    "scim_bearer_token", "google_oauth_client_secret"]),
    (t_bat_launcher, ["entra_client_secret", "jumpcloud_api_key", "okta_api_token", "sharepoint_app_secret"]),
    (t_cmd_env, ["okta_api_token", "slack_token", "scim_bearer_token"]),
    (t_xml_task, ["entra_client_secret", "jumpcloud_api_key"]),
    (t_xml_webconfig, ["entra_client_secret"]),
    (t_env, ["entra_client_secret", "slack_token", "okta_api_token", "zoom_client_secret", "jumpcloud_api_key",
             "scim_bearer_token", "google_oauth_client_secret", "teams_webhook_url", "sharepoint_app_secret"]),
    (t_sh_curl, ["okta_api_token", "slack_token", "jumpcloud_api_key", "scim_bearer_token"]),
    (t_ini, ["entra_client_secret", "zoom_client_secret", "okta_api_token", "sharepoint_app_secret", "jumpcloud_api_key", "slack_token"]),
    (t_js_node, ["teams_webhook_url", "power_automate_trigger_url"]),
    (t_pem_file, ["certificate_private_key"]),
]
KIND_WEIGHT = {"entra_client_secret": 4, "sharepoint_app_secret": 2, "exo_password": 1.5, "pfx_password": 1.5,
               "service_account_password": 1.2, "certificate_private_key": 2, "gcp_service_account_key": 2,
               "google_oauth_client_secret": 2, "google_refresh_token": 2, "teams_webhook_url": 2,
               "power_automate_trigger_url": 1.5, "okta_api_token": 2, "jumpcloud_api_key": 1.5,
               "scim_bearer_token": 1.5, "slack_token": 2, "zoom_client_secret": 1.5}

EXT_FT = {"ps1": "powershell", "psm1": "powershell-module", "psd1": "powershell-data", "py": "python", "gs": "apps-script",
          "json": "json", "txt": "text", "yml": "yaml", "yaml": "yaml", "csv": "csv", "md": "markdown", "bat": "batch",
          "cmd": "batch", "xml": "xml", "config": "xml-config", "env": "dotenv", "sh": "shell", "ini": "ini", "cfg": "ini",
          "conf": "ini", "js": "javascript", "mjs": "javascript", "pem": "pem", "key": "pem", "cer": "pem", "crt": "pem",
          "clixml": "clixml"}


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "dotenv"
    ext = base.rsplit(".", 1)[-1].lower() if "." in base else base
    return EXT_FT.get(ext, ext)


def pick_kind(r, allowed=None):
    ks = [k for k in ALLK if allowed is None or k in allowed]
    return r.choices(ks, weights=[KIND_WEIGHT[k] for k in ks])[0]


def templates_for(kind):
    return [t for t, ks in POS_T if kind in ks]


def find_needle(text, val):
    v = val.rstrip("\n") if val.startswith("-----BEGIN") else val
    cands = [v, json.dumps(v)[1:-1], xesc(v)]
    for c in cands:
        if c and c in text:
            return c
    for line in sorted(v.split("\n"), key=len, reverse=True):
        if len(line) >= 40 and line in text:
            return line
    raise RuntimeError("needle not found")


def fix_py(path, text):
    if path.endswith(".py") and "os." in text and "import os" not in text:
        i = text.find("import ")
        if i >= 0:
            text = text[:i] + "import os\n" + text[i:]
    return text


def make_positive(r):
    o = Org(r)
    if r.random() < 0.5:
        t, ks = r.choice(POS_T)
        kind = r.choice(ks)
    else:
        kind = pick_kind(r)
        t = r.choice(templates_for(kind))
    S = Slot(r, o, kind, True)
    ob = r.random() < 0.5
    path, text = t(r, o, S, ob)
    text = fix_py(path, text)
    needle = find_needle(text, S.val)
    line = text[:text.index(needle)].count("\n") + 1
    return path, text, {"provider": PROVIDER[kind], "kind": kind, "template": t.__name__}, needle, line


def make_negative(r):
    o = Org(r)
    if r.random() < 0.5:
        if r.random() < 0.5:
            t, ks = r.choice(POS_T)
            kind = r.choice(ks)
        else:
            kind = pick_kind(r)
            t = r.choice(templates_for(kind))
        S = Slot(r, o, kind, False)
        path, text = t(r, o, S, r.random() < 0.5)
        text = fix_py(path, text)
        return path, text, {"provider": PROVIDER[kind], "kind": "no_secret:" + kind, "template": t.__name__}
    t = r.choice(NEG_DOMAIN)
    path, text, prov, kind = t(r, o)
    return path, text, {"provider": prov, "kind": "lookalike:" + kind, "template": t.__name__}


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_dh.py OUTDIR SEED\n")
        return 2
    out, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []

    def write(rel, text):
        full = os.path.join(out, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)

    for i in range(500):
        path, text, meta, needle, line = make_positive(r)
        rel = "pos/p%04d/%s" % (i, path)
        write(rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": meta["provider"], "kind": meta["kind"],
                         "filetype": filetype(path), "template": meta["template"]})
        secrets.append({"file": rel, "needle": needle, "line": line})
    for i in range(500):
        path, text, meta = make_negative(r)
        rel = "neg/n%04d/%s" % (i, path)
        write(rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": meta["provider"], "kind": meta["kind"],
                         "filetype": filetype(path), "template": meta["template"]})
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
