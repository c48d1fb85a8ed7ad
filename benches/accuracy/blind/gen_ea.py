#!/usr/bin/env python3
"""gen_ea.py - blind evaluation-set generator for keyhook (set "ea").

EMPHASIS
    PowerShell and Windows administration material: .ps1/.psm1/.psd1 scripts and modules
    (ConvertTo-SecureString -AsPlainText, New-Object PSCredential / [pscredential]::new,
    Invoke-Command / New-PSSession over WinRM, DSC configurations and compiled .mof files,
    Azure Automation runbooks, Intune / Microsoft Graph client-credential scripts,
    Exchange Online and Active Directory scripts, Invoke-Sqlcmd / SqlConnection,
    Invoke-RestMethod headers, New-AzStorageContext, azcopy SAS URLs, Publish-Module / nuget / choco
    push, octo create-release), batch/cmd files (net use, schtasks /RP, sqlcmd -P, psexec -p,
    cmdkey /pass, reg add ...Winlogon DefaultPassword, curl headers), VBScript logon scripts and
    ADODB connection strings, MDT CustomSettings.ini / Bootstrap.ini, unattend / autounattend.xml
    (plain-text and the base64 "PlainText=false" form), NuGet.config, exported scheduled-task XML,
    web.config, .reg files, ARM / runbook parameter JSON, GitHub Actions and Azure Pipelines YAML
    with PowerShell steps, and markdown runbooks.
    Kinds: passwords (local, domain, SQL, Exchange Online, SMTP, MDT, PFX, feed), Entra ID client
    secrets, Azure storage account keys, SAS signatures, Service Bus SharedAccessKey, Azure DevOps
    PATs, NuGet / Chocolatey / Octopus API keys, GitHub PATs, AWS secret keys, SendGrid, Slack
    webhook URLs and bot tokens, Azure Automation webhook tokens, Logic Apps (Teams Workflows)
    webhook signatures, BitLocker recovery passwords, hard-coded AES keys for
    ConvertTo-SecureString -Key, Stripe secret keys, Datadog API keys, HTTP Basic auth blobs.

USAGE
    python3 gen_ea.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED (random.Random(SEED)
    only; no time, no os.urandom, no set iteration). Standard library only.
    manifest lines carry an extra "template" field naming the generating template.

NEEDLE CONVENTIONS
    needle = the secret exactly as written in the file; "line" = 1-based line of its first
    occurrence.
    - passwords: the password text only (not the user name, not the surrounding quotes).
    - id/secret pairs (AWS key id + secret, client id + client secret): the secret half only.
    - SAS URLs / Automation webhooks / Logic Apps URLs: the sig= / token= value as written
      (URL-encoded for SAS and Automation tokens).
    - Slack incoming webhooks: the whole https://hooks.slack.com/services/... URL.
    - Service Bus connection strings: the SharedAccessKey value.
    - HTTP Basic: the base64 blob after "Basic ".
    - unattend PlainText=false: the base64 value of <Value> (UTF-16LE of password+"Password").
    - AES key for ConvertTo-SecureString -Key: the comma-separated byte list inside [byte[]](...).
    - BitLocker: the full 8x6-digit recovery password.
    Files are UTF-8; some .bat/.cmd/.ini/.reg/.vbs files use CRLF line endings.

NEGATIVES
    About half re-use the positive templates with the secret slot filled by: placeholders
    (<password>, CHANGE_ME, __SVC_PASSWORD__, YOUR_API_KEY, REPLACE_ME, @@JOIN_PASSWORD@@...),
    masked values (********, [REDACTED], prefix-only masks such as ghp_**** / oy2****),
    empty values, pipeline / deployment variable references ($(AdminPassword),
    #{Octopus...}, ${{ secrets.X }}), environment references ($env:X, %X%), vault and asset
    lookups (Get-Secret, Get-AzKeyVaultSecret -AsPlainText, Get-AutomationVariable,
    $OctopusParameters[...]), Read-Host prompts, parameters, the AWS documentation example keys
    (AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY), the Azurite well-known
    devstoreaccount1 key, the AES example key from the ConvertFrom-SecureString help, and
    unattend "*SENSITIVE*DATA*DELETED*".
    The other half are Windows-specific look-alikes: DPAPI SecureString ciphertext
    (01000000d08c9ddf...), Export-Clixml PSCredential files with DPAPI <SS> blobs, AES-encrypted
    standard strings (76492d1116743f0423413b16050a5345MgB8...) whose key is NOT in the file,
    Get-Credential / Read-Host -AsSecureString / set /p / net use * prompts, SecretManagement
    and Key Vault lookups, Automation asset references, runtime-generated passwords
    (Membership.GeneratePassword), Get-FileHash SHA256 tables, Authenticode "# SIG #" blocks,
    certificate thumbprints with app ids, SIDs, MSI product codes / CLSIDs, public KMS client
    keys (GVLKs), scrubbed Panther unattend files, MDT ini files without credentials, GitHub /
    Azure Pipelines files that only reference secrets, NuGet.config with %ENV% references,
    transcripts with masked values, localized prompt strings, password-policy settings,
    Windows LAPS lookups, BitLocker key-protector IDs, CMS-encrypted DSC MOF credentials,
    OpenSSH public keys, scheduled-task exports with no stored password, module manifests
    with GUIDs and commit SHAs, .reg files deleting DefaultPassword.

DOUBTS
    Formats written from memory (not verified against provider documentation in this session):
    - Entra ID client secret: modelled as 3 chars + digit + "Q~" + 34 chars of [A-Za-z0-9_.~-]
      (40 total). Microsoft's Purview SIT page (seen in search) says "up to 40 chars" of that
      alphabet and shows "...8Q~..." examples; the exact layout and checksum are not documented.
    - Azure DevOps PAT: 52 chars lowercase base32 (older format); the newer 84-char format is
      not generated.
    - NuGet.org key: "oy2" + 43 lowercase alphanumerics (memory; a third-party pattern page in
      search results said the same, see SEARCHES).
    - Octopus API key: "API-" + 26-30 uppercase alphanumerics (memory).
    - GitHub classic PAT: ghp_ + 30 random base62 + 6-char base62 CRC32 checksum; the base62
      alphabet order and checksum details are from memory.
    - SendGrid "SG.<22>.<43>", Slack xoxb- and webhook URL shapes, Stripe sk_live_, Datadog
      32-hex keys, AWS AKIA + 40-char secret: memory.
    - Logic Apps / Teams Workflows URL (sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=<43>) and
      Azure Automation webhook URL (<guid>.webhook.<region>.azure-automation.net/webhooks?token=)
      shapes: memory.
    - BitLocker recovery password: 8 groups of 6 digits, each group divisible by 11 and < 720896
      (memory).
    - DPAPI blob internals after the documented-looking header, the AES standard-string layout
      ("76492d1116743f0423413b16050a5345" + base64(UTF-16LE "2|<iv>|<hex>")) and the unattend
      PlainText=false encoding (base64 of UTF-16LE password + element name): memory.
    - Chocolatey API keys are modelled as GUIDs, which look exactly like ordinary ids; only the
      context (choco apikey / push --api-key) makes them secrets.
    Labels a reviewer might dispute:
    - Export-Clixml credential files and DPAPI SecureString strings are labelled NEGATIVE: they
      can only be decrypted by the same user on the same machine. Some teams still ban them.
    - AES-encrypted standard strings whose key is loaded from outside the repo: NEGATIVE.
      The positive "aes_key" files hard-code the key itself, which we label POSITIVE.
    - CMS-encrypted DSC MOF passwords: NEGATIVE (encrypted to the node certificate).
    - unattend PlainText=false base64 values: POSITIVE (trivially reversible, not encryption).
    - New-ADUser initial/onboarding passwords and kiosk auto-logon passwords: POSITIVE.
    - A Datadog 32-hex key looks like an MD5; only the DD-API-KEY context marks it.
    - Negatives that re-use the ConvertFrom-SecureString help example AES key, the AWS example
      keys and the Azurite key are labelled NEGATIVE (published by the provider as examples or
      well-known values).
    - Public KMS client keys (GVLKs) are labelled NEGATIVE (published by Microsoft).

SEARCHES
    search(docs): ConvertFrom-SecureString / DPAPI output (Microsoft Learn help pages);
    search(pages): Entra app registration client secret format (Microsoft Purview "Microsoft Entra
    client secret" SIT definition page; vendor how-tos); search(docs): unattend.xml
    AdministratorPassword / AutoLogon (pastebin / gist answer files, Microsoft docs);
    search(docs): Export-Clixml PSCredential (Microsoft Learn); search(pages): NuGet.org API
    key format (Microsoft NuGet docs; ALSO SHOWN a third-party detection-pattern page,
    testpattern.dev "NuGet API Key", with a regex - ignored, not used);
    search(docs): Azurite well-known account key (Microsoft Learn, Rust crate constants);
    search(docs): KMS client GVLKs (MicrosoftDocs windowsserverdocs page and gists listing them).
    No other scanner rule code, regexes or detector pages were consulted.
"""

import base64
import json
import os
import string
import sys
import random
import zlib

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
DIGITS = string.digits
ALNUM = UPPER + LOWER + DIGITS
HEX = "0123456789abcdef"
B32L = "abcdefghijklmnopqrstuvwxyz234567"
B32U = B32L.upper()
EXPR = "\x00EXPR:"          # marker: filler is a PowerShell expression, not a literal


def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def b64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def b64url(r, n):
    return base64.urlsafe_b64encode(rbytes(r, n)).decode().rstrip("=")


def hexs(r, n):
    return rs(r, n, HEX)


def guid(r, upper=False):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    g = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return g.upper() if upper else g


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def chance(r, p=0.5):
    return r.random() < p


COMPANIES = ["contoso", "fabrikam", "northwind", "adatum", "tailspin", "woodgrove", "litware",
             "proseware", "wingtip", "fourthcoffee", "brightwell", "kestrel", "harbourview",
             "meridian", "granitebay", "oakridge", "bluefin", "lakeside", "redpine", "summitco"]
SITES = ["LON", "NYC", "AMS", "FRA", "SYD", "TOR", "CHI", "DUB", "MUC", "SEA", "HQ", "DC1", "BR2"]
ROLES = ["DC", "FS", "SQL", "APP", "WEB", "EXCH", "SCCM", "MDT", "WSUS", "PRN", "RDS", "HV", "BKP", "CA"]
FIRST = ["james", "maria", "li", "ahmed", "sofia", "tom", "anna", "raj", "chloe", "piet", "olga",
         "kwame", "yuki", "lucas", "emma", "noah", "sara", "ivan", "nina", "omar"]
LAST = ["smith", "garcia", "chen", "khan", "rossi", "baker", "novak", "patel", "martin", "devries",
        "ivanova", "mensah", "tanaka", "silva", "jones", "miller", "berg", "petrov", "lopez", "haddad"]
SVC = ["svc_backup", "svc-sql", "sa_deploy", "mdt_join", "svc_sccm_na", "svc-print", "svc_veeam",
       "svc-octopus", "svc_reporting", "svc-intune", "svc_scan", "svc-tasks", "adm_joiner",
       "svc_exchange", "svc-wsus", "svc_iis_app"]
REGIONS = ["westeurope", "northeurope", "eastus", "eastus2", "westus2", "uksouth", "australiaeast",
           "centralus", "germanywestcentral", "canadacentral"]
WORDS = ["Summer", "Winter", "Autumn", "Spring", "Welcome", "Falcon", "Harbor", "Orange", "Maple",
         "Dragon", "Tiger", "Rocket", "Coffee", "Monday", "Friday", "Liverpool", "Arsenal", "Bluebird",
         "Thunder", "Silver", "Phoenix", "Galaxy", "Sunshine", "Pioneer", "Granite", "Kestrel",
         "Redwood", "Lighthouse", "Backup", "Deploy", "Service", "Printer", "Scanner", "Helpdesk",
         "Penguin", "Everest", "Copper", "Violet", "Atlas", "Orion", "Nimbus", "Cobalt", "Saturn"]


FILE_CO = [None]     # company of the file being generated (keeps domain / NetBIOS / URLs coherent)


def company(r):
    if FILE_CO[0] and chance(r, 0.85):
        return FILE_CO[0]
    return pick(r, COMPANIES)


def domain(r, co=None):
    co = co or FILE_CO[0] or company(r)
    return pick(r, ["%s.local" % co, "corp.%s.com" % co, "%s.int" % co, "ad.%s.net" % co,
                    "%s.lan" % co])


NETBIOS_CUT = [15]


def netbios(r, co=None):
    co = co or FILE_CO[0] or company(r)
    return co.upper()[:NETBIOS_CUT[0]]


def host(r, role=None):
    role = role or pick(r, ROLES)
    return "%s-%s%02d" % (pick(r, SITES), role, r.randrange(1, 30))


def person(r):
    return "%s.%s" % (pick(r, FIRST), pick(r, LAST))


def svc(r):
    return pick(r, SVC)


def date(r):
    return "%04d-%02d-%02d" % (r.randrange(2019, 2026), r.randrange(1, 13), r.randrange(1, 29))


def ver(r):
    return "%d.%d.%d" % (r.randrange(1, 6), r.randrange(0, 20), r.randrange(0, 40))


def thumb(r):
    return rs(r, 40, "0123456789ABCDEF")


def sid(r):
    return "S-1-5-21-%d-%d-%d-%d" % (r.randrange(10**9, 4 * 10**9), r.randrange(10**9, 4 * 10**9),
                                     r.randrange(10**9, 4 * 10**9), r.randrange(1000, 40000))


def header_ps(r, synopsis, extra=None):
    """Comment-based help block in one of several styles."""
    author = person(r).replace(".", " ").title()
    style = r.randrange(3)
    if style == 0:
        lines = ["<#", ".SYNOPSIS", "    " + synopsis, ".NOTES",
                 "    Author : " + author, "    Version: " + ver(r), "    Updated: " + date(r), "#>"]
    elif style == 1:
        lines = ["# " + synopsis, "# Owner: %s  (%s)" % (author, date(r))]
    else:
        lines = ["#Requires -Version %s" % pick(r, ["5.1", "7.2", "5.1", "7.4"]),
                 "<#", "    " + synopsis, "    Maintained by the Windows platform team.", "#>"]
    if extra:
        lines += extra
    return lines


def rem_header(r, title):
    if chance(r):
        return ["@echo off", "REM ======================================================",
                "REM  " + title, "REM  Last change: %s by %s" % (date(r), person(r)),
                "REM ======================================================", "setlocal"]
    return ["@ECHO OFF", ":: " + title, ":: owner: " + pick(r, ["IT Ops", "Service Desk", "Infra", "EUC team"]),
            "SETLOCAL ENABLEEXTENSIONS"]


# ---------------------------------------------------------------------------
# secret generators (fresh per file)
# ---------------------------------------------------------------------------

PW_SYMS = "!@#$%^&*_-+=.?~"
PW_BANNED = {
    "psq": "'",
    "psdq": "$\"`",
    "bat": "%^&|<>\"! =",
    "xml": "&<>\"'",
    "ini": ";#\" %",
    "yaml": "\"'#:`",
    "json": "\"\\",
    "vbs": "\"",
    "url": "@:/?#%&=+ ",
    "conn": ";\"'= ",
    "reg": "\"\\",
    "mof": "\"\\$",
    "md": "`|",
    "psbare": "$'`;(){},@#\"<>|&",
}


def _fix_pw(r, pw, ctx):
    banned = "".join(PW_BANNED.get(c, "") for c in ctx.split("+"))
    ok = [c for c in PW_SYMS if c not in banned] or ["_"]
    out = []
    for c in pw:
        out.append(pick(r, ok) if c in banned else c)
    s = "".join(out)
    if s and s[0] in "-/=":
        s = pick(r, WORDS)[0] + s
    return s


def leet(r, w):
    tbl = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"}
    return "".join(tbl[c] if c in tbl and chance(r, 0.6) else c for c in w)


def gen_password(r, ctx="psq"):
    k = r.randrange(7)
    if k == 0:
        pw = "%s%d%s%s" % (pick(r, WORDS), r.randrange(2018, 2027), pick(r, "!#@$*"), rs(r, 2, DIGITS))
    elif k == 1:
        pw = "%s%s%d" % (pick(r, WORDS), pick(r, "@#!$&*"), r.randrange(1000, 99999))
    elif k == 2:
        pw = "%s%s%s%d" % (leet(r, pick(r, WORDS)), pick(r, "-_.!"), leet(r, pick(r, WORDS)), r.randrange(10, 999))
    elif k == 3:
        pw = rs(r, r.randrange(14, 22), ALNUM + "!@#$%^&*_-+=")
        pw = pick(r, UPPER) + pw + pick(r, DIGITS)
    elif k == 4:
        sep = pick(r, ".-_+")
        pw = sep.join(pick(r, WORDS) for _ in range(3)) + sep + str(r.randrange(10, 99))
    elif k == 5:
        co = company(r).capitalize()
        pw = "%s%s%s%s" % (co[:r.randrange(3, len(co) + 1)], pick(r, "!#@$"), pick(r, ["Svc", "Adm", "Sql", "Bk", "Join", "Ops"]),
                          r.randrange(100, 9999))
    else:
        pw = "%s%s%s%s%s" % (rs(r, 3, UPPER), rs(r, 4, LOWER), pick(r, "!@#$%&*"), rs(r, 4, DIGITS), rs(r, 3, LOWER + UPPER))
    return _fix_pw(r, pw, ctx)


def gen_entra_secret(r, ctx=None):
    # 3 chars + digit + 'Q~' + 34 chars  (40 total)
    body = rs(r, 34, ALNUM + ALNUM + "_-.~")
    return rs(r, 3, ALNUM) + pick(r, DIGITS) + "Q~" + body


def gen_storage_key(r, ctx=None):
    return b64(r, 64)


def gen_sas_sig(r, ctx=None):
    raw = b64(r, 32)
    return raw.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


def gen_sb_key(r, ctx=None):
    return b64(r, 32)


def gen_ado_pat(r, ctx=None):
    return rs(r, 52, B32L)


def gen_nuget(r, ctx=None):
    return "oy2" + rs(r, 43, LOWER + DIGITS)


def gen_choco(r, ctx=None):
    return guid(r)


def gen_octopus(r, ctx=None):
    return "API-" + rs(r, r.choice([26, 27, 28, 30]), UPPER + DIGITS)


B62 = DIGITS + UPPER + LOWER


def _b62(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def gen_github(r, ctx=None):
    body = rs(r, 30, ALNUM)
    return "ghp_" + body + _b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def gen_aws_secret(r, ctx=None):
    return rs(r, 40, ALNUM + ALNUM + "/+")


def gen_aws_id(r):
    return "AKIA" + rs(r, 16, UPPER + "234567")


def gen_sendgrid(r, ctx=None):
    return "SG." + rs(r, 22, ALNUM + "-_") + "." + rs(r, 43, ALNUM + "-_")


def gen_slack_webhook(r, ctx=None):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, r.choice([8, 9, 10]), UPPER + DIGITS),
                                                           rs(r, r.choice([9, 10, 11]), UPPER + DIGITS), rs(r, 24, ALNUM))


def gen_slack_bot(r, ctx=None):
    return "xoxb-%d-%d-%s" % (r.randrange(10**10, 10**13), r.randrange(10**10, 10**13), rs(r, 24, ALNUM))


def gen_aa_webhook_token(r, ctx=None):
    return gen_sas_sig(r)


def gen_logic_sig(r, ctx=None):
    return rs(r, 43, ALNUM + "-_")


def gen_bitlocker(r, ctx=None):
    return "-".join("%06d" % (11 * r.randrange(0, 65536)) for _ in range(8))


def gen_aes_key(r, ctx=None):
    n = pick(r, [16, 24, 32])
    return ",".join(str(r.randrange(256)) for _ in range(n))


def gen_stripe(r, ctx=None):
    return "sk_live_" + rs(r, pick(r, [24, 34, 99]), ALNUM)


def gen_datadog(r, ctx=None):
    return hexs(r, 32)


def gen_basic(r, ctx=None):
    u = pick(r, ["api", "svc_build", "jenkins", "deploy", person(r), "integration"])
    return base64.b64encode(("%s:%s" % (u, gen_password(r, "url"))).encode()).decode()


def gen_pat_or_pw(r, ctx="psq"):
    return gen_password(r, ctx)


# kind key -> (provider, kind, generator)
KINDS = {
    "pw_local": ("windows-local-account", "password", gen_password),
    "pw_domain": ("active-directory", "password", gen_password),
    "pw_sql": ("mssql", "password", gen_password),
    "pw_exo": ("exchange-online", "password", gen_password),
    "pw_smtp": ("office365-smtp", "password", gen_password),
    "pw_mdt": ("mdt", "password", gen_password),
    "pw_pfx": ("pfx-certificate", "password", gen_password),
    "pw_feed": ("nuget-feed", "password", gen_password),
    "entra": ("azure-entra-id", "client_secret", gen_entra_secret),
    "storage": ("azure-storage", "storage_account_key", gen_storage_key),
    "sas": ("azure-storage", "sas_signature", gen_sas_sig),
    "servicebus": ("azure-servicebus", "shared_access_key", gen_sb_key),
    "ado": ("azure-devops", "personal_access_token", gen_ado_pat),
    "nuget": ("nuget", "api_key", gen_nuget),
    "choco": ("chocolatey", "api_key", gen_choco),
    "octopus": ("octopus-deploy", "api_key", gen_octopus),
    "github": ("github", "personal_access_token", gen_github),
    "aws": ("aws", "secret_access_key", gen_aws_secret),
    "sendgrid": ("sendgrid", "api_key", gen_sendgrid),
    "slack_hook": ("slack", "webhook_url", gen_slack_webhook),
    "slack_bot": ("slack", "bot_token", gen_slack_bot),
    "aa_hook": ("azure-automation", "webhook_token", gen_aa_webhook_token),
    "logic_sig": ("azure-logic-apps", "webhook_signature", gen_logic_sig),
    "bitlocker": ("bitlocker", "recovery_password", gen_bitlocker),
    "aes": ("powershell-securestring", "aes_key", gen_aes_key),
    "stripe": ("stripe", "secret_key", gen_stripe),
    "datadog": ("datadog", "api_key", gen_datadog),
    "basic": ("http-basic-auth", "basic_auth", gen_basic),
    "pw_unattend": ("windows-local-account", "password_obfuscated", lambda r, ctx=None: unattend_obfuscate(gen_password(r, "xml"), "Password")),
}

# ---------------------------------------------------------------------------
# negative fillers for the secret slot of a re-used positive template
# ---------------------------------------------------------------------------

PW_FILLERS = [
    ("placeholder", "<password>"), ("placeholder", "<YOUR-PASSWORD-HERE>"), ("placeholder", "CHANGE_ME"),
    ("masked", "********"), ("empty", ""), ("masked", "[REDACTED]"), ("masked", "REDACTED"),
    ("placeholder", "xxxxxxxxxx"), ("placeholder", "__SVC_PASSWORD__"), ("template", "{{ admin_password }}"),
    ("pipeline_var", "#{Deploy.ServiceAccount.Password}"), ("pipeline_var", "$(AdminPassword)"),
    ("env_ref", "%ADMIN_PASSWORD%"), ("env_ref", "${ADMIN_PASSWORD}"), ("masked", "***"),
    ("placeholder", "PLACEHOLDER"), ("placeholder", "<redacted>"), ("placeholder", "@@JOIN_PASSWORD@@"),
    ("template", "${{ secrets.SVC_PASSWORD }}"), ("placeholder", "TODO-set-in-vault"),
]
TOKEN_FILLERS = [
    ("placeholder", "<client-secret>"), ("placeholder", "<api-key>"), ("placeholder", "YOUR_API_KEY"),
    ("masked", "********"), ("empty", ""), ("placeholder", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
    ("masked", "[REDACTED]"), ("pipeline_var", "$(ApiKey)"), ("pipeline_var", "#{Octopus.Action.ApiKey}"),
    ("template", "{{ api_key }}"), ("template", "${{ secrets.API_KEY }}"), ("placeholder", "REPLACE_ME"),
    ("placeholder", "<token>"), ("placeholder", "__TOKEN__"), ("env_ref", "%API_TOKEN%"),
]
PS_EXPR_FILLERS = [
    ("env_ref", "$env:SVC_PASSWORD"), ("env_ref", "$env:CLIENT_SECRET"), ("env_ref", "${env:API_KEY}"),
    ("vault_ref", "(Get-Secret -Name 'svc-password' -Vault 'CorpVault' -AsPlainText)"),
    ("vault_ref", "(Get-AzKeyVaultSecret -VaultName $VaultName -Name 'app-secret' -AsPlainText)"),
    ("automation_asset", "(Get-AutomationVariable -Name 'ApiKey')"),
    ("pipeline_var", "$OctopusParameters['Deploy.Password']"),
    ("param_ref", "$Password"), ("param_ref", "$Secret"),
    ("prompt", "(Read-Host -Prompt 'Password')"),
]

# masked variants that keep a recognisable prefix
MASKED_PREFIX = {
    "entra": lambda r: rs(r, 3) + "8Q~" + "*" * 34,
    "nuget": lambda r: "oy2" + "*" * 10,
    "github": lambda r: "ghp_" + "*" * 36,
    "octopus": lambda r: "API-" + "X" * 26,
    "ado": lambda r: "*" * 52,
    "sendgrid": lambda r: "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "stripe": lambda r: "sk_live_" + "*" * 24,
    "slack_hook": lambda r: "https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX",
    "slack_bot": lambda r: "xoxb-your-bot-token",
    "aws": lambda r: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "storage": lambda r: "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
    "bitlocker": lambda r: "XXXXXX-XXXXXX-XXXXXX-XXXXXX-XXXXXX-XXXXXX-XXXXXX-XXXXXX",
    "choco": lambda r: "00000000-0000-0000-0000-000000000000",
    "datadog": lambda r: "<DATADOG_API_KEY>",
}
MASKED_KIND = {"aws": "doc_example", "storage": "doc_example"}

# ---------------------------------------------------------------------------
# the secret slot handed to templates
# ---------------------------------------------------------------------------


class Slot:
    def __init__(self, r, kind, value, neg, expr=False):
        self.r = r
        self.kind = kind
        self.v = value
        self.neg = neg
        self.expr = expr
        self.obvious = chance(r)

    def name(self, obvious, neutral):
        """variable / key name: obvious half of the time, neutral otherwise"""
        return pick(self.r, obvious if self.obvious else neutral)

    def ps(self, quote=None):
        """PowerShell expression for the value"""
        if self.expr:
            return self.v
        v = self.v
        if quote is None:
            quote = "'" if ("$" in v or '"' in v or "`" in v or chance(self.r, 0.6)) else '"'
        if quote == '"' and ("$" in v or '"' in v or "`" in v):
            quote = "'"
        if quote == "'":
            return "'" + v.replace("'", "''") + "'"
        return '"' + v + '"'

    def lit(self):
        """value for a literal-only context (expressions become env style placeholders)"""
        return self.v


def ps_name(r, obvious):
    return pick(r, obvious)


# registry: (name, ctx, kinds, fn, expr_ok)
TEMPLATES = []


def tpl(ctx, kinds, expr_ok=False):
    def deco(fn):
        TEMPLATES.append((fn.__name__, ctx, kinds, fn, expr_ok))
        return fn
    return deco


def ps_path(r, names, dirs=None):
    dirs = dirs or ["scripts", "Scripts", "tools", "ops/scripts", "automation", "src/scripts", "admin",
                    "deploy", "infra/scripts", ""]
    d = pick(r, dirs)
    n = pick(r, names)
    return (d + "/" + n) if d else n


# ---------------------------------------------------------------------------
# PowerShell positive / re-usable templates
# ---------------------------------------------------------------------------

@tpl("psq", ["pw_domain", "pw_local"], True)
def t_ps_securestring_invoke(r, S):
    dom = netbios(r)
    u = svc(r)
    var = S.name(["$Password", "$SvcPassword", "$AdminPwd", "$plainPassword", "$pwd"],
                 ["$p", "$s", "$raw", "$value", "$x", "$tmp"])
    servers = [host(r) for _ in range(r.randrange(2, 5))]
    lines = header_ps(r, "Restart the %s service on the %s servers." % (pick(r, ["Spooler", "W3SVC", "MSSQLSERVER", "BITS", "WinRM"]), dom))
    lines += ["", "$Servers = @(" + ", ".join("'%s'" % s for s in servers) + ")",
              "$UserName = '%s\\%s'" % (dom, u),
              "%s = %s" % (var, S.ps()),
              "$secure = ConvertTo-SecureString %s -AsPlainText -Force" % var,
              "$cred = New-Object System.Management.Automation.PSCredential ($UserName, $secure)", "",
              "foreach ($s in $Servers) {",
              "    Write-Host \"Processing $s\" -ForegroundColor Cyan",
              "    Invoke-Command -ComputerName $s -Credential $cred -ScriptBlock {",
              "        Restart-Service -Name %s -Force -ErrorAction Stop" % pick(r, ["Spooler", "W3SVC", "BITS"]),
              "        Get-Service -Name %s | Select-Object Status, Name" % pick(r, ["Spooler", "W3SVC", "BITS"]),
              "    }", "}"]
    return ps_path(r, ["Restart-Services.ps1", "restart_services.ps1", "Invoke-Maintenance.ps1", "maint.ps1"]), "ps1", lines


@tpl("psq", ["pw_domain"], True)
def t_ps_pscredential_inline(r, S):
    dom = domain(r)
    h = host(r, pick(r, ["APP", "WEB", "HV", "RDS"]))
    user = "%s@%s" % (svc(r), dom)
    style = r.randrange(2)
    if style == 0:
        credline = "$cred = [pscredential]::new('%s', (ConvertTo-SecureString -String %s -AsPlainText -Force))" % (user, S.ps())
    else:
        credline = "$cred = New-Object PSCredential -ArgumentList '%s', (%s | ConvertTo-SecureString -AsPlainText -Force)" % (user, S.ps())
    lines = header_ps(r, "Open a WinRM/HTTPS session and collect patch status.")
    lines += ["[CmdletBinding()]", "param(", "    [string]$ComputerName = '%s.%s'," % (h, dom), "    [int]$Port = 5986", ")", "",
              "$ErrorActionPreference = 'Stop'",
              credline,
              "$opt = New-PSSessionOption -SkipCACheck:$%s" % pick(r, ["false", "true"]),
              "$session = New-PSSession -ComputerName $ComputerName -Port $Port -UseSSL -Credential $cred -SessionOption $opt",
              "try {",
              "    Invoke-Command -Session $session -ScriptBlock {",
              "        Get-HotFix | Sort-Object InstalledOn -Descending | Select-Object -First %d" % r.randrange(5, 25),
              "    } | Export-Csv -Path \"$PSScriptRoot\\hotfix-$ComputerName.csv\" -NoTypeInformation",
              "}", "finally {", "    Remove-PSSession $session", "}"]
    return ps_path(r, ["Get-PatchStatus.ps1", "Get-Hotfixes.ps1", "check_patches.ps1", "Collect-HotfixReport.ps1"]), "ps1", lines


@tpl("psq", ["entra"], True)
def t_ps_graph_token(r, S):
    tenant = guid(r)
    app = guid(r)
    var = S.name(["$ClientSecret", "$clientSecret", "$AppSecret", "$client_secret"],
                 ["$AppKey", "$k", "$authValue", "$cs", "$appPass"])
    lines = header_ps(r, "Intune: export managed devices that have not synced for %d days." % r.randrange(14, 90))
    lines += ["", "$TenantId = '%s'" % tenant, "$ClientId = '%s'" % app, "%s = %s" % (var, S.ps()), "",
              "$body = @{", "    grant_type    = 'client_credentials'", "    scope         = 'https://graph.microsoft.com/.default'",
              "    client_id     = $ClientId", "    client_secret = %s" % var, "}",
              "$tok = Invoke-RestMethod -Method Post -Uri \"https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token\" -Body $body",
              "$headers = @{ Authorization = \"Bearer $($tok.access_token)\" }", "",
              "$uri = 'https://graph.microsoft.com/v1.0/deviceManagement/managedDevices?$select=deviceName,lastSyncDateTime,userPrincipalName'",
              "$devices = @()", "do {",
              "    $page = Invoke-RestMethod -Uri $uri -Headers $headers", "    $devices += $page.value",
              "    $uri = $page.'@odata.nextLink'", "} while ($uri)", "",
              "$cutoff = (Get-Date).AddDays(-%d)" % r.randrange(14, 90),
              "$devices | Where-Object { [datetime]$_.lastSyncDateTime -lt $cutoff } |",
              "    Export-Csv -Path .\\stale-devices.csv -NoTypeInformation -Encoding UTF8"]
    return ps_path(r, ["Get-StaleDevices.ps1", "Export-IntuneDevices.ps1", "intune_stale_devices.ps1"], ["intune", "Intune/Scripts", "scripts/intune", "graph"]), "ps1", lines


@tpl("psq", ["entra"], True)
def t_ps_mggraph_connect(r, S):
    tenant = guid(r)
    app = guid(r)
    var = S.name(["$clientSecret", "$ApplicationSecret", "$GraphSecret"], ["$value", "$appCredentialValue", "$str"])
    lines = header_ps(r, "Nightly report of guest accounts via Microsoft Graph PowerShell SDK.")
    lines += ["Import-Module Microsoft.Graph.Users", "",
              "$tenantId = \"%s\"" % tenant, "$appId    = \"%s\"" % app,
              "%s = %s" % (var, S.ps()),
              "$secure = ConvertTo-SecureString -String %s -AsPlainText -Force" % var,
              "$clientCred = New-Object System.Management.Automation.PSCredential($appId, $secure)",
              "Connect-MgGraph -TenantId $tenantId -ClientSecretCredential $clientCred -NoWelcome", "",
              "$guests = Get-MgUser -Filter \"userType eq 'Guest'\" -All -Property DisplayName,Mail,CreatedDateTime,SignInActivity",
              "$report = foreach ($g in $guests) {", "    [pscustomobject]@{",
              "        Name    = $g.DisplayName", "        Mail    = $g.Mail", "        Created = $g.CreatedDateTime",
              "        LastSignIn = $g.SignInActivity.LastSignInDateTime", "    }", "}",
              "$report | Export-Csv \"$env:TEMP\\guests-$(Get-Date -f yyyyMMdd).csv\" -NoTypeInformation",
              "Disconnect-MgGraph | Out-Null"]
    return ps_path(r, ["Get-GuestReport.ps1", "Report-GuestUsers.ps1", "guest_audit.ps1"], ["graph", "reports", "scripts/entra", "AzureAD"]), "ps1", lines


@tpl("psq", ["pw_exo"], True)
def t_ps_exo(r, S):
    co = company(r)
    upn = "%s@%s.onmicrosoft.com" % (pick(r, ["exo-admin", "svc-exchange", "mailadmin", "admin"]), co)
    var = S.name(["$ExoPassword", "$AdminPassword", "$O365Pwd"], ["$secretText", "$k1", "$pwString", "$t"])
    lines = header_ps(r, "Set mailbox auditing and retention policy on all shared mailboxes.")
    lines += ["", "$AdminUpn = '%s'" % upn, "%s = %s" % (var, S.ps()),
              "$cred = New-Object System.Management.Automation.PSCredential($AdminUpn, (ConvertTo-SecureString %s -AsPlainText -Force))" % var,
              "Connect-ExchangeOnline -Credential $cred -ShowBanner:$false", "",
              "$shared = Get-EXOMailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited",
              "foreach ($mb in $shared) {",
              "    Set-Mailbox -Identity $mb.Identity -AuditEnabled $true -RetentionPolicy '%s'" % pick(r, ["Default MRM Policy", "Shared-7y", "Corp Retention"]),
              "    Write-Output (\"{0} updated\" -f $mb.PrimarySmtpAddress)", "}",
              "Disconnect-ExchangeOnline -Confirm:$false"]
    return ps_path(r, ["Set-SharedMailboxAudit.ps1", "exo_shared_mailboxes.ps1", "Update-MailboxPolicy.ps1"], ["exchange", "Exchange", "scripts/exo", "o365"]), "ps1", lines


@tpl("psq", ["pw_domain"], True)
def t_ps_new_aduser(r, S):
    dom = domain(r)
    dc = ",".join("DC=" + p for p in dom.split("."))
    var = S.name(["$DefaultPassword", "$InitialPassword", "$TempPassword"], ["$Start", "$onboardingValue", "$w"])
    lines = header_ps(r, "Bulk-create new starters from HR CSV export.")
    lines += ["Import-Module ActiveDirectory", "",
              "$csv = Import-Csv -Path '\\\\%s\\HR$\\newstarters.csv'" % host(r, "FS"),
              "$ou  = 'OU=Users,OU=%s,%s'" % (pick(r, SITES), dc),
              "%s = %s" % (var, S.ps()), "",
              "foreach ($row in $csv) {",
              "    $sam = ($row.GivenName.Substring(0,1) + $row.Surname).ToLower()",
              "    if (Get-ADUser -Filter \"SamAccountName -eq '$sam'\") { Write-Warning \"$sam exists\"; continue }",
              "    New-ADUser -Name \"$($row.GivenName) $($row.Surname)\" `",
              "        -SamAccountName $sam -UserPrincipalName \"$sam@%s\" `" % dom,
              "        -Path $ou -Department $row.Department -Title $row.Title `",
              "        -AccountPassword (ConvertTo-SecureString %s -AsPlainText -Force) `" % var,
              "        -ChangePasswordAtLogon $true -Enabled $true",
              "    Add-ADGroupMember -Identity 'GG-AllStaff' -Members $sam", "}"]
    return ps_path(r, ["New-Starters.ps1", "Create-ADUsers.ps1", "onboarding.ps1", "New-BulkUsers.ps1"], ["AD", "ActiveDirectory", "scripts/ad", "onboarding"]), "ps1", lines


@tpl("psq", ["pw_domain"], False)
def t_ps_ldap_bind(r, S):
    dom = domain(r)
    dc = ",".join("DC=" + p for p in dom.split("."))
    lines = header_ps(r, "Lists disabled accounts using a simple LDAP bind (no RSAT needed).")
    u = "%s\\%s" % (netbios(r), svc(r))
    lines += ["", "$root = New-Object System.DirectoryServices.DirectoryEntry(\"LDAP://%s/%s\", \"%s\", %s)" % (host(r, "DC"), dc, u, S.ps('"')),
              "$searcher = New-Object System.DirectoryServices.DirectorySearcher($root)",
              "$searcher.Filter = '(&(objectCategory=person)(objectClass=user)(userAccountControl:1.2.840.113556.1.4.803:=2))'",
              "$searcher.PageSize = 1000",
              "[void]$searcher.PropertiesToLoad.Add('sAMAccountName')",
              "[void]$searcher.PropertiesToLoad.Add('whenChanged')", "",
              "$searcher.FindAll() | ForEach-Object {",
              "    [pscustomobject]@{ Account = $_.Properties['samaccountname'][0]; Changed = $_.Properties['whenchanged'][0] }",
              "} | Sort-Object Changed | Format-Table -AutoSize"]
    return ps_path(r, ["Get-DisabledUsers.ps1", "ldap_disabled.ps1", "Find-DisabledAccounts.ps1"]), "ps1", lines


@tpl("psq", ["pw_sql"], True)
def t_ps_invoke_sqlcmd(r, S):
    h = host(r, "SQL")
    db = pick(r, ["CM_P01", "SUSDB", "ReportServer", "HRData", "Inventory", "AppDB"])
    user = pick(r, ["sa", "svc_reporting", "sql_maint", "dbo_app"])
    lines = header_ps(r, "Weekly index maintenance for %s." % db)
    lines += ["", "Import-Module SqlServer -ErrorAction Stop",
              "$params = @{", "    ServerInstance = '%s\\%s'" % (h, pick(r, ["MSSQLSERVER", "SQL01", "INST1"])) if chance(r) else "    ServerInstance = '%s'" % h,
              "    Database       = '%s'" % db, "    Username       = '%s'" % user,
              "    Password       = %s" % S.ps(), "    QueryTimeout   = %d" % r.randrange(300, 3600),
              "    TrustServerCertificate = $true", "}", "",
              "$q = @'", "EXEC dbo.IndexOptimize @Databases = 'USER_DATABASES', @FragmentationLevel1 = 5, @FragmentationLevel2 = 30;",
              "'@", "Invoke-Sqlcmd @params -Query $q -Verbose 4>&1 | Out-File -FilePath \"$PSScriptRoot\\logs\\index-$(Get-Date -f yyyyMMdd).log\""]
    return ps_path(r, ["Invoke-IndexMaintenance.ps1", "sql_maintenance.ps1", "Run-SqlJobs.ps1"], ["sql", "SQL", "scripts/sql", "dba"]), "ps1", lines


@tpl("conn+psdq", ["pw_sql"], False)
def t_ps_sqlconnection(r, S):
    h = host(r, "SQL")
    dom = domain(r)
    db = pick(r, ["Inventory", "AssetDB", "CMDB", "Helpdesk", "Licensing"])
    var = S.name(["$connectionString", "$ConnStr", "$SqlConn"], ["$target", "$src", "$dsn", "$cs"])
    lines = header_ps(r, "Push hardware inventory from WMI into the %s database." % db)
    lines += ["", "%s = \"Server=tcp:%s.%s,1433;Database=%s;User ID=%s;Password=%s;Encrypt=True;TrustServerCertificate=True\"" % (var, h, dom, db, pick(r, ["inv_writer", "svc_cmdb", "app_user"]), S.lit()),
              "$cs = Get-CimInstance Win32_ComputerSystem", "$bios = Get-CimInstance Win32_BIOS", "",
              "$conn = New-Object System.Data.SqlClient.SqlConnection %s" % var,
              "$conn.Open()", "$cmd = $conn.CreateCommand()",
              "$cmd.CommandText = 'INSERT INTO dbo.Hardware (Name, Model, Serial, Collected) VALUES (@n, @m, @s, SYSUTCDATETIME())'",
              "[void]$cmd.Parameters.AddWithValue('@n', $env:COMPUTERNAME)",
              "[void]$cmd.Parameters.AddWithValue('@m', $cs.Model)",
              "[void]$cmd.Parameters.AddWithValue('@s', $bios.SerialNumber)",
              "[void]$cmd.ExecuteNonQuery()", "$conn.Close()"]
    return ps_path(r, ["Send-Inventory.ps1", "inventory_push.ps1", "Collect-Hardware.ps1"]), "ps1", lines


@tpl("psq", ["datadog", "stripe", "sendgrid", "github", "octopus"], True)
def t_ps_irm_header(r, S):
    k = S.kind
    if k == "datadog":
        hdr, url, body = "DD-API-KEY", "https://api.datadoghq.%s/api/v1/events" % pick(r, ["com", "eu"]), "@{ title = \"Deploy finished on $env:COMPUTERNAME\"; text = 'ok'; tags = @('env:prod') }"
        pre = ""
    elif k == "stripe":
        hdr, url, body = "Authorization", "https://api.stripe.com/v1/balance", None
        pre = "Bearer "
    elif k == "sendgrid":
        hdr, url, body = "Authorization", "https://api.sendgrid.com/v3/mail/send", "@{ personalizations = @(@{ to = @(@{ email = 'ops@%s.com' }) }); from = @{ email = 'noreply@%s.com' }; subject = 'Backup report'; content = @(@{ type = 'text/plain'; value = $summary }) }" % (company(r), company(r))
        pre = "Bearer "
    elif k == "github":
        hdr, url, body = "Authorization", "https://api.github.com/repos/%s/%s/releases/latest" % (company(r), pick(r, ["winget-manifests", "ops-tools", "endpoint-scripts"])), None
        pre = pick(r, ["token ", "Bearer "])
    else:
        hdr, url, body = "X-Octopus-ApiKey", "https://deploy.%s.com/api/Spaces-1/releases" % company(r), None
        pre = ""
    var = S.name(["$ApiKey", "$apiKey", "$Token", "$AccessToken"], ["$auth", "$h", "$cfgValue", "$key1"])
    lines = header_ps(r, "Notify external service after scheduled job.")
    if pre and not S.expr:
        hv = "\"%s$%s\"" % (pre, var[1:])
    elif pre:
        hv = "\"%s$(%s)\"" % (pre, var)
    else:
        hv = var
    lines += ["", "$summary = Get-Content -Path \"$PSScriptRoot\\last-run.txt\" -Raw", "%s = %s" % (var, S.ps()),
              "$headers = @{", "    '%s' = %s" % (hdr, hv), "    'Accept' = 'application/json'", "}"]
    if body:
        lines += ["$payload = %s | ConvertTo-Json -Depth 6" % body,
                  "Invoke-RestMethod -Uri '%s' -Method Post -Headers $headers -Body $payload -ContentType 'application/json'" % url]
    else:
        lines += ["$resp = Invoke-RestMethod -Uri '%s' -Headers $headers -Method Get" % url, "$resp | ConvertTo-Json -Depth 3 | Write-Verbose"]
    return ps_path(r, ["Send-Notification.ps1", "Invoke-Api.ps1", "notify.ps1", "Post-Status.ps1"]), "ps1", lines


@tpl("psq", ["slack_hook"], True)
def t_ps_webhook_notify(r, S):
    var = S.name(["$SlackWebhookUrl", "$WebhookUrl", "$slackHook"], ["$uri", "$target", "$notifyEndpoint"])
    lines = header_ps(r, "Post a disk space alert.")
    lines += ["param([int]$ThresholdPercent = %d)" % r.randrange(5, 20), "",
              "%s = %s" % (var, S.ps()),
              "$low = Get-CimInstance Win32_LogicalDisk -Filter 'DriveType=3' | Where-Object { ($_.FreeSpace / $_.Size * 100) -lt $ThresholdPercent }",
              "if (-not $low) { return }",
              "$text = ($low | ForEach-Object { '{0} {1:N1} GB free' -f $_.DeviceID, ($_.FreeSpace/1GB) }) -join \"`n\"",
              "$payload = @{ text = \":warning: $env:COMPUTERNAME low disk`n$text\" } | ConvertTo-Json",
              "Invoke-RestMethod -Uri %s -Method Post -Body $payload -ContentType 'application/json'" % var]
    return ps_path(r, ["Check-DiskSpace.ps1", "disk_alert.ps1", "Watch-FreeSpace.ps1"], ["monitoring", "scripts", "scheduled", "tasks"]), "ps1", lines


@tpl("psq", ["logic_sig"], False)
def t_ps_teams_workflow(r, S):
    wf = hexs(r, 32)
    url = "https://prod-%02d.%s.logic.azure.com:443/workflows/%s/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%%2Ftriggers%%2Fmanual%%2Frun&sv=1.0&sig=%s" % (r.randrange(1, 99), pick(r, REGIONS), wf, S.lit())
    lines = header_ps(r, "Send patch summary to the Teams channel via Workflows webhook.")
    lines += ["", "$TeamsUri = '%s'" % url,
              "$pending = (New-Object -ComObject Microsoft.Update.Session).CreateUpdateSearcher().Search('IsInstalled=0').Updates.Count",
              "$card = @{", "    type = 'message'", "    attachments = @(@{",
              "        contentType = 'application/vnd.microsoft.card.adaptive'",
              "        content = @{ type = 'AdaptiveCard'; version = '1.4'; body = @(@{ type = 'TextBlock'; text = \"$env:COMPUTERNAME has $pending pending updates\" }) }",
              "    })", "}",
              "Invoke-RestMethod -Method Post -Uri $TeamsUri -Body ($card | ConvertTo-Json -Depth 10) -ContentType 'application/json'"]
    return ps_path(r, ["Send-TeamsPatchSummary.ps1", "teams_notify.ps1", "Notify-Teams.ps1"]), "ps1", lines


@tpl("psq", ["storage"], True)
def t_ps_az_storage_ctx(r, S):
    acct = "st%s%s%03d" % (company(r)[:8], pick(r, ["backup", "logs", "diag", "bkp"]), r.randrange(1000))
    var = S.name(["$StorageAccountKey", "$storageKey", "$AccountKey"], ["$k", "$primary", "$sk"])
    lines = header_ps(r, "Upload nightly SQL backups to blob storage.")
    lines += ["", "$StorageAccountName = '%s'" % acct, "%s = %s" % (var, S.ps()),
              "$Container = '%s'" % pick(r, ["sqlbackups", "backups", "exports", "iis-logs"]), "",
              "$ctx = New-AzStorageContext -StorageAccountName $StorageAccountName -StorageAccountKey %s" % var,
              "Get-ChildItem -Path '%s' -Filter *.bak | Where-Object LastWriteTime -gt (Get-Date).AddDays(-1) | ForEach-Object {" % pick(r, ["D:\\Backup", "E:\\SQLBackups", "F:\\MSSQL\\Backup"]),
              "    Set-AzStorageBlobContent -File $_.FullName -Container $Container -Blob (\"$env:COMPUTERNAME/\" + $_.Name) -Context $ctx -Force | Out-Null",
              "    Write-Output \"Uploaded $($_.Name)\"", "}"]
    return ps_path(r, ["Upload-Backups.ps1", "backup_to_blob.ps1", "Copy-SqlBackupsToAzure.ps1"], ["backup", "scripts/backup", "sql"]), "ps1", lines


@tpl("psq", ["sas"], False)
def t_ps_azcopy_sas(r, S):
    acct = "st%s%03d" % (company(r)[:10], r.randrange(1000))
    se = "%04d-%02d-%02dT%02d:00:00Z" % (r.randrange(2025, 2028), r.randrange(1, 13), r.randrange(1, 28), r.randrange(0, 24))
    sas = "sv=2022-11-02&ss=b&srt=co&sp=%s&se=%s&st=%s&spr=https&sig=%s" % (pick(r, ["rwdlac", "rwl", "racwl"]), se, date(r) + "T08:00:00Z", S.lit())
    cont = pick(r, ["logs", "archive", "profiles", "fslogix"])
    lines = header_ps(r, "Archive IIS logs older than 7 days with AzCopy.")
    if chance(r):
        lines += ["", "$Dest = 'https://%s.blob.core.windows.net/%s?%s'" % (acct, cont, sas),
                  "& \"$env:ProgramFiles\\AzCopy\\azcopy.exe\" copy 'C:\\inetpub\\logs\\LogFiles\\*' $Dest --recursive --overwrite=ifSourceNewer"]
    else:
        lines += ["", "$SasToken = '?%s'" % sas,
                  "$Dest = \"https://%s.blob.core.windows.net/%s$SasToken\"" % (acct, cont),
                  "azcopy copy 'C:\\inetpub\\logs\\LogFiles\\*' $Dest --recursive --log-level=WARNING"]
    lines += ["if ($LASTEXITCODE -ne 0) { throw \"azcopy failed with $LASTEXITCODE\" }",
              "Get-ChildItem 'C:\\inetpub\\logs\\LogFiles' -Recurse -File | Where-Object LastWriteTime -lt (Get-Date).AddDays(-7) | Remove-Item -Force"]
    return ps_path(r, ["Archive-IisLogs.ps1", "azcopy_logs.ps1", "Move-LogsToBlob.ps1"]), "ps1", lines


@tpl("psq", ["ado"], True)
def t_ps_ado_rest(r, S):
    org = company(r)
    proj = pick(r, ["Platform", "EndUserCompute", "Infra", "Intune", "ServerBuild"])
    var = S.name(["$PAT", "$pat", "$AzDoToken", "$PersonalAccessToken"], ["$t", "$cred", "$auth", "$k"])
    lines = header_ps(r, "Queue the image build pipeline after Patch Tuesday.")
    lines += ["", "$Org = 'https://dev.azure.com/%s'" % org, "$Project = '%s'" % proj, "$PipelineId = %d" % r.randrange(3, 400),
              "%s = %s" % (var, S.ps()),
              "$b64 = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes(\":$(%s)\"))" % var,
              "$headers = @{ Authorization = \"Basic $b64\" }", "",
              "$body = @{ resources = @{ repositories = @{ self = @{ refName = 'refs/heads/main' } } } } | ConvertTo-Json -Depth 5",
              "$run = Invoke-RestMethod -Method Post -Uri \"$Org/$Project/_apis/pipelines/$PipelineId/runs?api-version=7.1\" -Headers $headers -Body $body -ContentType 'application/json'",
              "Write-Host \"Queued run $($run.id): $($run._links.web.href)\""]
    return ps_path(r, ["Start-ImageBuild.ps1", "queue_pipeline.ps1", "Invoke-AdoPipeline.ps1"]), "ps1", lines


@tpl("psq", ["nuget"], True)
def t_ps_publish_module(r, S):
    mod = pick(r, ["Contoso.Tools", "PSInventory", "WinOps", "EndpointToolkit", "AdHelpers"])
    var = S.name(["$NuGetApiKey", "$ApiKey", "$nugetKey"], ["$k", "$pubValue", "$galleryCred"])
    style = r.randrange(2)
    lines = header_ps(r, "Build and publish the %s module." % mod)
    lines += ["", "$ModulePath = Join-Path $PSScriptRoot '..\\src\\%s'" % mod, "%s = %s" % (var, S.ps()),
              "Test-ModuleManifest -Path (Join-Path $ModulePath '%s.psd1') | Out-Null" % mod,
              "Invoke-Pester -Path (Join-Path $PSScriptRoot '..\\tests') -CI"]
    if style == 0:
        lines += ["Publish-Module -Path $ModulePath -NuGetApiKey %s -Repository PSGallery -Verbose" % var]
    else:
        lines += ["nuget pack (Join-Path $ModulePath '%s.nuspec') -OutputDirectory .\\out" % mod,
                  "dotnet nuget push .\\out\\*.nupkg --api-key %s --source https://api.nuget.org/v3/index.json --skip-duplicate" % var]
    return ps_path(r, ["Publish.ps1", "publish-module.ps1", "build/Publish-Module.ps1", "Release.ps1"], ["build", "", "tools", "ci"]), "ps1", lines


@tpl("psq", ["choco", "nuget"], True)
def t_ps_choco_push(r, S):
    pkg = pick(r, ["corp-vpn-client", "contoso-agent", "printer-drivers", "fslogix-config", "bginfo-corp"])
    if S.kind == "choco":
        src = "https://push.chocolatey.org/"
    else:
        src = "https://api.nuget.org/v3/index.json"
    var = S.name(["$ChocoApiKey", "$ApiKey", "$apikey"], ["$pushValue", "$k", "$ident"])
    lines = header_ps(r, "Pack and push %s." % pkg)
    lines += ["$ErrorActionPreference = 'Stop'", "Set-Location $PSScriptRoot",
              "%s = %s" % (var, S.ps()), "",
              "choco pack .\\%s\\%s.nuspec --outputdirectory .\\build" % (pkg, pkg),
              "$nupkg = Get-ChildItem .\\build\\%s.*.nupkg | Sort-Object LastWriteTime | Select-Object -Last 1" % pkg,
              "choco push $nupkg.FullName --source '%s' --api-key %s" % (src, var),
              "if ($LASTEXITCODE) { throw 'push failed' }"]
    return ps_path(r, ["push.ps1", "Push-Package.ps1", "build-and-push.ps1"], ["packages", "chocolatey", "choco", "tools"]), "ps1", lines


@tpl("psq", ["octopus"], True)
def t_ps_octopus_release(r, S):
    var = S.name(["$OctopusApiKey", "$octoKey", "$ApiKey"], ["$hdrValue", "$k", "$id"])
    srv = "https://%s.octopus.app" % company(r) if chance(r) else "https://octopus.%s.com" % company(r)
    lines = header_ps(r, "Create an Octopus release for the Windows build.")
    lines += ["", "$OctopusUrl = '%s'" % srv, "%s = %s" % (var, S.ps()),
              "$version = (Get-Content .\\version.txt).Trim()",
              "& octo create-release --project \"%s\" --version $version --server $OctopusUrl --apiKey %s --deployTo %s --progress" % (
                  pick(r, ["Windows Agent", "Print Services", "Intranet"]), var, pick(r, ["Test", "UAT", "Staging"]))]
    return ps_path(r, ["Create-Release.ps1", "octo-release.ps1", "release.ps1"], ["build", "deploy", "ci"]), "ps1", lines


@tpl("psq", ["aws"], True)
def t_ps_aws(r, S):
    kid = "AKIAIOSFODNN7EXAMPLE" if S.neg else gen_aws_id(r)
    var = S.name(["$SecretKey", "$AwsSecretKey", "$secretAccessKey"], ["$sk", "$v2", "$blob"])
    lines = header_ps(r, "Copy event logs to S3 for long term retention.")
    lines += ["Import-Module AWS.Tools.S3", "",
              "$AccessKey = '%s'" % kid, "%s = %s" % (var, S.ps()),
              "Set-AWSCredential -AccessKey $AccessKey -SecretKey %s -StoreAs %s" % (var, pick(r, ["evtlog", "default", "archiver"])),
              "Set-DefaultAWSRegion -Region %s" % pick(r, ["eu-west-1", "us-east-1", "ap-southeast-2", "eu-central-1"]),
              "$stamp = Get-Date -Format yyyyMMdd",
              "wevtutil epl Security \"$env:TEMP\\Security-$stamp.evtx\"",
              "Write-S3Object -BucketName '%s-evtx-archive' -File \"$env:TEMP\\Security-$stamp.evtx\" -Key \"$env:COMPUTERNAME/Security-$stamp.evtx\"" % company(r)]
    return ps_path(r, ["Export-EventLogsToS3.ps1", "evtx_s3.ps1", "Archive-Logs.ps1"]), "ps1", lines


@tpl("psq", ["pw_sql", "entra"], True)
def t_ps_runbook(r, S):
    if S.kind == "entra":
        tenant, app = guid(r), guid(r)
        var = S.name(["$SpSecret", "$ClientSecret"], ["$v", "$spValue"])
        conn = ["$TenantId = '%s'" % tenant, "$AppId = '%s'" % app, "%s = %s" % (var, S.ps()),
                "$sec = ConvertTo-SecureString %s -AsPlainText -Force" % var,
                "Connect-AzAccount -ServicePrincipal -Tenant $TenantId -Credential (New-Object PSCredential($AppId, $sec)) | Out-Null"]
    else:
        var = S.name(["$SqlPassword", "$sqlPwd"], ["$x", "$cfg"])
        conn = ["Connect-AzAccount -Identity | Out-Null", "%s = %s" % (var, S.ps()),
                "$sqlCred = New-Object PSCredential('%s', (ConvertTo-SecureString %s -AsPlainText -Force))" % (pick(r, ["sqladmin", "dbops"]), var)]
    lines = ["<#", "    Azure Automation runbook: stop tagged VMs outside business hours.",
             "    Schedule: weekdays 19:00 %s" % pick(r, ["UTC", "W. Europe Standard Time", "GMT Standard Time"]), "#>",
             "param(", "    [string]$TagName = 'AutoShutdown',", "    [string]$TagValue = 'true'", ")", ""]
    lines += conn
    lines += ["", "$vms = Get-AzVM -Status | Where-Object { $_.Tags[$TagName] -eq $TagValue -and $_.PowerState -eq 'VM running' }",
              "foreach ($vm in $vms) {", "    Write-Output \"Stopping $($vm.Name)\"",
              "    Stop-AzVM -Name $vm.Name -ResourceGroupName $vm.ResourceGroupName -Force -NoWait", "}"]
    return pick(r, ["runbooks/Stop-TaggedVMs.ps1", "automation/runbooks/Stop-VMs.ps1", "Runbooks/AutoShutdown.ps1"]), "ps1", lines


@tpl("psq", ["pw_smtp"], True)
def t_ps_sendmail(r, S):
    co = company(r)
    frm = "%s@%s.com" % (pick(r, ["reports", "noreply", "scanner", "alerts"]), co)
    var = S.name(["$SmtpPassword", "$MailPassword"], ["$m", "$relayValue", "$auth"])
    lines = header_ps(r, "Email the weekly AD password expiry report.")
    lines += ["", "$From = '%s'" % frm, "%s = %s" % (var, S.ps()),
              "$MailCred = New-Object System.Management.Automation.PSCredential($From, (ConvertTo-SecureString %s -AsPlainText -Force))" % var,
              "$users = Search-ADAccount -PasswordExpired -UsersOnly | Select-Object Name, SamAccountName",
              "$html = $users | ConvertTo-Html -Title 'Expired passwords' | Out-String",
              "Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $MailCred `",
              "    -From $From -To 'itops@%s.com' -Subject \"Expired passwords - $(Get-Date -f d)\" -Body $html -BodyAsHtml" % co]
    return ps_path(r, ["Send-ExpiryReport.ps1", "mail_report.ps1", "Report-ExpiredPasswords.ps1"]), "ps1", lines


@tpl("psq", ["pw_domain"], True)
def t_ps_register_task(r, S):
    u = "%s\\%s" % (netbios(r), svc(r))
    lines = header_ps(r, "Register the nightly cleanup task.")
    lines += ["", "$action  = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument '-NoProfile -ExecutionPolicy Bypass -File C:\\Scripts\\Cleanup.ps1'",
              "$trigger = New-ScheduledTaskTrigger -Daily -At %02d:%02d" % (r.randrange(0, 6), pick(r, [0, 15, 30, 45])),
              "$settings = New-ScheduledTaskSettingsSet -StartWhenAvailable -ExecutionTimeLimit (New-TimeSpan -Hours 2)",
              "Register-ScheduledTask -TaskName '%s' -TaskPath '\\Corp\\' -Action $action -Trigger $trigger -Settings $settings `" % pick(r, ["Nightly Cleanup", "Temp Purge", "Profile Cleanup"]),
              "    -User '%s' -Password %s -RunLevel Highest -Force" % (u, S.ps())]
    return ps_path(r, ["Register-CleanupTask.ps1", "install_task.ps1", "Setup-ScheduledTasks.ps1"]), "ps1", lines


@tpl("psq", ["pw_pfx"], True)
def t_ps_pfx_import(r, S):
    site = pick(r, ["intranet", "portal", "adfs", "rds", "print"])
    co = company(r)
    lines = header_ps(r, "Import the wildcard certificate and bind it to IIS.")
    lines += ["Import-Module WebAdministration", "",
              "$pfx = '\\\\%s\\certs$\\wildcard_%s_%d.pfx'" % (host(r, "FS"), co, r.randrange(2023, 2027)),
              "$cert = Import-PfxCertificate -FilePath $pfx -CertStoreLocation Cert:\\LocalMachine\\My `",
              "    -Password (ConvertTo-SecureString -String %s -Force -AsPlainText) -Exportable:$false" % S.ps(),
              "$binding = Get-WebBinding -Name 'Default Web Site' -Protocol https",
              "if (-not $binding) { New-WebBinding -Name 'Default Web Site' -Protocol https -Port 443 -HostHeader '%s.%s.com' -SslFlags 1 }" % (site, co),
              "(Get-WebBinding -Name 'Default Web Site' -Protocol https).AddSslCertificate($cert.Thumbprint, 'My')"]
    return ps_path(r, ["Install-Certificate.ps1", "iis_cert.ps1", "Set-IisCertificate.ps1"]), "ps1", lines


@tpl("psq", ["aes"], False)
def t_ps_aes_key(r, S):
    var = S.name(["$Key", "$AESKey", "$EncryptionKey"], ["$bytes", "$k", "$seed"])
    lines = header_ps(r, "Reads the service account password encrypted with a shared AES key.")
    lines += ["", "%s = [byte[]](%s)" % (var, S.lit()),
              "$User = '%s\\%s'" % (netbios(r), svc(r)),
              "$pwFile = '%s'" % pick(r, ["C:\\Scripts\\svc.txt", "\\\\%s\\scripts$\\cred\\pw.txt" % host(r, "FS"), "$PSScriptRoot\\secure.txt"]),
              "$secure = Get-Content $pwFile | ConvertTo-SecureString -Key %s" % var,
              "$cred = New-Object System.Management.Automation.PSCredential($User, $secure)",
              "Start-Process -FilePath 'C:\\Program Files\\%s' -Credential $cred -Wait" % pick(r, ["Veeam\\Backup\\Veeam.Backup.Manager.exe", "Tools\\sync.exe", "Corp\\Agent\\agentctl.exe"])]
    return ps_path(r, ["Run-AsService.ps1", "start_with_cred.ps1", "Invoke-WithStoredCred.ps1"]), "ps1", lines


@tpl("psq", ["bitlocker"], False)
def t_ps_bitlocker_unlock(r, S):
    drv = pick(r, ["D:", "E:", "F:"])
    lines = header_ps(r, "Unlock the data volume on %s after motherboard swap (ticket INC%07d)." % (host(r, "HV"), r.randrange(10**6, 10**7)))
    lines += ["", "$mp = '%s'" % drv, "Get-BitLockerVolume -MountPoint $mp | Select-Object MountPoint, LockStatus, VolumeStatus", ""]
    if chance(r):
        lines += ["Unlock-BitLocker -MountPoint $mp -RecoveryPassword '%s'" % S.lit()]
    else:
        lines += ["$rp = '%s'" % S.lit(), "manage-bde -unlock $mp -RecoveryPassword $rp"]
    lines += ["Resume-BitLocker -MountPoint $mp", "Write-Host 'Done - remember to back up the new protector to AD'"]
    return ps_path(r, ["Unlock-DataVolume.ps1", "bitlocker_unlock.ps1", "recover.ps1"], ["bitlocker", "scripts", "support"]), "ps1", lines


@tpl("psq", ["pw_domain"], True)
def t_ps_add_computer(r, S):
    dom = domain(r)
    dc = ",".join("DC=" + p for p in dom.split("."))
    var = S.name(["$JoinPassword", "$DomainJoinPwd"], ["$j", "$t1", "$s"])
    lines = header_ps(r, "Rename and join a freshly imaged machine.")
    lines += ["param([Parameter(Mandatory)][string]$NewName)", "",
              "$JoinUser = '%s\\%s'" % (netbios(r), pick(r, ["svc_join", "mdt_join", "adm_joiner", "djoin"])),
              "%s = %s" % (var, S.ps()),
              "$cred = New-Object PSCredential($JoinUser, (ConvertTo-SecureString %s -AsPlainText -Force))" % var,
              "Add-Computer -DomainName '%s' -NewName $NewName -OUPath 'OU=Workstations,OU=%s,%s' -Credential $cred -Restart -Force" % (dom, pick(r, SITES), dc)]
    return ps_path(r, ["Join-Domain.ps1", "domain_join.ps1", "Set-ComputerName.ps1"], ["imaging", "osd", "scripts", "build"]), "ps1", lines


@tpl("psq", ["pw_local"], True)
def t_ps_new_localuser(r, S):
    u = pick(r, ["LocalAdmin", "kioskadmin", "support", "lapsadmin", "vendor"])
    lines = header_ps(r, "Create break-glass local admin on kiosks.")
    lines += ["", "$Name = '%s'" % u, "$pw = ConvertTo-SecureString %s -AsPlainText -Force" % S.ps(),
              "if (-not (Get-LocalUser -Name $Name -ErrorAction SilentlyContinue)) {",
              "    New-LocalUser -Name $Name -Password $pw -FullName 'Support Admin' -Description 'Managed by Intune' -PasswordNeverExpires",
              "    Add-LocalGroupMember -SID 'S-1-5-32-544' -Member $Name", "} else {",
              "    Set-LocalUser -Name $Name -Password $pw", "}"]
    return ps_path(r, ["New-LocalAdmin.ps1", "Create-SupportAccount.ps1", "kiosk_admin.ps1"], ["intune/remediations", "Intune", "scripts", "proactive-remediations"]), "ps1", lines


@tpl("url", ["basic", "pw_feed"], False)
def t_ps_basic_header(r, S):
    co = company(r)
    if S.kind == "basic":
        lines = header_ps(r, "Pull the asset list from the CMDB REST API.")
        lines += ["", "$Uri = 'https://cmdb.%s.com/api/now/table/cmdb_ci_computer?sysparm_limit=%d'" % (co, r.randrange(100, 5000)),
                  "$Headers = @{ Authorization = 'Basic %s'; Accept = 'application/json' }" % S.lit(),
                  "$result = Invoke-RestMethod -Uri $Uri -Headers $Headers",
                  "$result.result | Select-Object name, serial_number, os | Export-Csv .\\cmdb.csv -NoTypeInformation"]
    else:
        u = pick(r, ["deploy", "build", "nexus-reader", "pkg"])
        lines = header_ps(r, "Install the internal package provider from Nexus.")
        lines += ["", "$feed = 'https://%s:%s@nexus.%s.com/repository/nuget-hosted/'" % (u, S.lit(), co),
                  "Register-PSRepository -Name CorpNexus -SourceLocation $feed -InstallationPolicy Trusted",
                  "Install-Module -Name %s -Repository CorpNexus -Scope AllUsers -Force" % pick(r, ["Corp.Tools", "WinOps", "AdHelpers"])]
    return ps_path(r, ["Get-CmdbAssets.ps1", "cmdb_sync.ps1", "Register-InternalFeed.ps1"]), "ps1", lines


@tpl("url", ["ado", "github"], False)
def t_ps_git_clone(r, S):
    co = company(r)
    if S.kind == "ado":
        url = "https://%s:%s@dev.azure.com/%s/%s/_git/%s" % (pick(r, ["build", co, "pat"]), S.lit(), co, pick(r, ["Infra", "Ops"]), pick(r, ["dsc-configs", "gpo-backup", "scripts"]))
    else:
        url = "https://%s:%s@github.com/%s/%s.git" % (pick(r, ["x-access-token", "oauth2", "deploybot"]), S.lit(), co, pick(r, ["dsc-configs", "gpo-backup", "win-scripts"]))
    lines = header_ps(r, "Pull the latest configuration repo onto the jump host.")
    lines += ["", "$dest = 'C:\\Repos\\config'",
              "if (Test-Path $dest) {", "    git -C $dest pull --ff-only", "} else {",
              "    git clone --depth 1 '%s' $dest" % url, "}",
              "Get-ChildItem $dest -Filter *.ps1 -Recurse | Unblock-File"]
    return ps_path(r, ["Sync-ConfigRepo.ps1", "update_repo.ps1", "pull-configs.ps1"]), "ps1", lines


@tpl("conn", ["servicebus"], False)
def t_ps_servicebus(r, S):
    ns = "sb-%s-%s" % (company(r), pick(r, ["prod", "events", "int", "ops"]))
    lines = header_ps(r, "Drop a message on the provisioning queue.")
    lines += ["Add-Type -Path \"$PSScriptRoot\\lib\\Azure.Messaging.ServiceBus.dll\"", "",
              "$cs = 'Endpoint=sb://%s.servicebus.windows.net/;SharedAccessKeyName=%s;SharedAccessKey=%s'" % (ns, pick(r, ["RootManageSharedAccessKey", "send-only", "provisioner"]), S.lit()),
              "$client = [Azure.Messaging.ServiceBus.ServiceBusClient]::new($cs)",
              "$sender = $client.CreateSender('%s')" % pick(r, ["provisioning", "new-devices", "jobs"]),
              "$msg = [Azure.Messaging.ServiceBus.ServiceBusMessage]::new((@{ computer = $env:COMPUTERNAME; ts = (Get-Date).ToString('o') } | ConvertTo-Json))",
              "$sender.SendMessageAsync($msg).GetAwaiter().GetResult()", "$client.DisposeAsync().GetAwaiter().GetResult()"]
    return ps_path(r, ["Send-ProvisioningMessage.ps1", "sb_send.ps1", "Notify-Queue.ps1"]), "ps1", lines


@tpl("url", ["aa_hook"], False)
def t_ps_aa_webhook(r, S):
    url = "https://%s.webhook.%s.azure-automation.net/webhooks?token=%s" % (guid(r), pick(r, ["we", "ne", "eus2", "uks", "ae"]), S.lit())
    lines = header_ps(r, "Trigger the 'Reset-UserMfa' runbook from the helpdesk tool.")
    lines += ["param([Parameter(Mandatory)][string]$UserPrincipalName)", "",
              "$hook = '%s'" % url,
              "$body = @{ UPN = $UserPrincipalName; RequestedBy = $env:USERNAME } | ConvertTo-Json",
              "$r = Invoke-WebRequest -Uri $hook -Method Post -Body $body -UseBasicParsing",
              "if ($r.StatusCode -eq 202) { Write-Host \"Job queued: $(($r.Content | ConvertFrom-Json).JobIds)\" }"]
    return ps_path(r, ["Invoke-MfaReset.ps1", "helpdesk_mfa_reset.ps1", "Start-RunbookWebhook.ps1"]), "ps1", lines


@tpl("bat+psbare", ["pw_domain"], False)
def t_ps_cmdkey(r, S):
    h = host(r, pick(r, ["RDS", "APP", "HV"]))
    lines = header_ps(r, "Store RDP credential for the kiosk autolaunch.")
    lines += ["", "$target = 'TERMSRV/%s.%s'" % (h, domain(r)),
              "cmdkey /generic:$target /user:%s\\%s /pass:%s" % (netbios(r), pick(r, ["kiosk01", "rdp_kiosk", "svc-rdweb"]), S.lit()),
              "Start-Process mstsc.exe -ArgumentList \"/v:$($target.Split('/')[1]) /f\""]
    return ps_path(r, ["Start-KioskSession.ps1", "kiosk_rdp.ps1"]), "ps1", lines


@tpl("bat+psbare", ["pw_domain", "pw_local"], False)
def t_ps_psexec(r, S):
    u = "%s\\%s" % (netbios(r), pick(r, ["adm_deploy", "svc_sccm_push", "administrator"])) if S.kind == "pw_domain" else "Administrator"
    lines = header_ps(r, "Force gpupdate on a list of workstations (PsExec).")
    lines += ["", "$computers = Get-Content .\\computers.txt", "foreach ($c in $computers) {",
              "    & \"$PSScriptRoot\\PsExec64.exe\" \\\\$c -accepteula -nobanner -u %s -p %s -h cmd /c \"gpupdate /force /target:computer\"" % (u, S.lit()),
              "    \"{0}: exit {1}\" -f $c, $LASTEXITCODE | Tee-Object -FilePath .\\gpupdate.log -Append", "}"]
    return ps_path(r, ["Invoke-RemoteGpupdate.ps1", "psexec_gpupdate.ps1"]), "ps1", lines


# ---------------------------------------------------------------------------
# modules, manifests, DSC
# ---------------------------------------------------------------------------

@tpl("psq", ["pw_domain", "github", "ado"], True)
def t_psm1_default_param(r, S):
    mod = pick(r, ["CorpOps", "WinHelpers", "Endpoint", "InfraTools", "PrintMgmt"])
    if S.kind == "pw_domain":
        pname = S.name(["Password", "ServicePassword"], ["Key", "Phrase", "Token2"])
        fn = "Connect-%sShare" % mod
        body = ["    $sec = ConvertTo-SecureString $%s -AsPlainText -Force" % pname,
                "    $cred = [pscredential]::new($UserName, $sec)",
                "    New-PSDrive -Name $DriveLetter -PSProvider FileSystem -Root $Root -Credential $cred -Persist -Scope Global"]
        params = ["        [string]$Root = '\\\\%s\\deploy$'," % host(r, "FS"),
                  "        [string]$DriveLetter = 'S',",
                  "        [string]$UserName = '%s\\%s'," % (netbios(r), svc(r)),
                  "        [string]$%s = %s" % (pname, S.ps("'"))]
    else:
        pname = S.name(["Token", "PAT", "AccessToken"], ["Auth", "Value", "Ident"])
        fn = "Get-%sReleaseAsset" % mod
        base = "https://api.github.com/repos/%s/%s/releases/latest" % (company(r), mod.lower()) if S.kind == "github" else \
            "https://dev.azure.com/%s/_apis/packaging/feeds?api-version=7.1" % company(r)
        scheme = "token" if S.kind == "github" else "Basic"
        body = ["    $h = @{ Authorization = \"%s $%s\" }" % (scheme, pname) if S.kind == "github" else
                "    $h = @{ Authorization = 'Basic ' + [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes(\":$%s\")) }" % pname,
                "    Invoke-RestMethod -Uri '%s' -Headers $h" % base]
        params = ["        [string]$%s = %s" % (pname, S.ps("'"))]
    lines = ["Set-StrictMode -Version Latest", "", "function %s {" % fn, "    [CmdletBinding()]", "    param("]
    lines += params
    lines += ["    )"] + body + ["}", "", "function Get-%sVersion {" % mod, "    '%s'" % ver(r), "}", "",
              "Export-ModuleMember -Function %s, Get-%sVersion" % (fn, mod)]
    return pick(r, ["modules/%s/%s.psm1" % (mod, mod), "src/%s/%s.psm1" % (mod, mod), "%s/%s.psm1" % (mod, mod)]), "psm1", lines


@tpl("psq", ["nuget", "octopus", "pw_domain", "entra"], False)
def t_psd1_config(r, S):
    if S.kind == "nuget":
        key = S.name(["NuGetApiKey", "PSGalleryApiKey"], ["PublishKey", "GalleryValue"])
    elif S.kind == "octopus":
        key = S.name(["OctopusApiKey", "ApiKey"], ["ServerValue", "OctoAuth"])
    elif S.kind == "entra":
        key = S.name(["ClientSecret", "AppSecret"], ["AppValue", "Credential"])
    else:
        key = S.name(["ServicePassword", "AdminPassword"], ["Phrase", "Value"])
    lines = ["# Environment settings loaded with Import-PowerShellDataFile", "@{",
             "    Environment   = '%s'" % pick(r, ["Production", "Test", "UAT"]),
             "    Domain        = '%s'" % domain(r),
             "    TenantId      = '%s'" % guid(r),
             "    LogPath       = 'D:\\Logs\\%s'" % pick(r, ["Deploy", "Ops", "Automation"]),
             "    Servers       = @(%s)" % ", ".join("'%s'" % host(r) for _ in range(r.randrange(2, 5))),
             "    ServiceUser   = '%s'" % svc(r),
             "    %-13s = '%s'" % (key, S.lit()),
             "    RetentionDays = %d" % r.randrange(7, 120),
             "    Features      = @{ Telemetry = $%s; DryRun = $false }" % pick(r, ["true", "false"]),
             "}"]
    return pick(r, ["config/settings.psd1", "Config/Production.psd1", "deploy/environment.psd1", "settings.psd1"]), "psd1", lines


@tpl("psq", ["pw_domain"], True)
def t_dsc_config(r, S):
    dom = domain(r)
    nb = netbios(r)
    lines = ["Configuration %s" % pick(r, ["FileServerBaseline", "WebServerConfig", "AppServer"]), "{",
             "    param([string[]]$NodeName = 'localhost')",
             "    Import-DscResource -ModuleName PSDesiredStateConfiguration", "",
             "    $svcPass = ConvertTo-SecureString %s -AsPlainText -Force" % S.ps(),
             "    $svcCred = New-Object System.Management.Automation.PSCredential('%s\\%s', $svcPass)" % (nb, svc(r)), "",
             "    Node $NodeName", "    {",
             "        WindowsFeature IIS { Name = 'Web-Server'; Ensure = 'Present' }",
             "        Service AppPoolSvc", "        {", "            Name        = '%s'" % pick(r, ["CorpAgent", "ReportSync", "PrintBridge"]),
             "            StartupType = 'Automatic'", "            State       = 'Running'", "            Credential  = $svcCred", "        }",
             "        File Logs { DestinationPath = 'D:\\Logs'; Type = 'Directory'; Ensure = 'Present' }", "    }", "}", "",
             "$cd = @{ AllNodes = @(@{ NodeName = '%s'; PSDscAllowPlainTextPassword = $true; PSDscAllowDomainUser = $true }) }" % host(r),
             "%s -ConfigurationData $cd -OutputPath .\\mof" % "FileServerBaseline"]
    lines[0] = "Configuration FileServerBaseline"
    return pick(r, ["dsc/FileServerBaseline.ps1", "DSC/Configurations/FileServerBaseline.ps1", "configs/dsc/baseline.ps1"]), "ps1-dsc", lines


@tpl("mof", ["pw_domain"], False)
def t_mof(r, S):
    node = host(r)
    nb = netbios(r)
    gen_by = person(r)
    lines = ["/*", "@TargetNode='%s'" % node, "@GeneratedBy=%s" % gen_by.split(".")[0],
             "@GenerationDate=%02d/%02d/%04d %02d:%02d:%02d" % (r.randrange(1, 13), r.randrange(1, 28), r.randrange(2020, 2026), r.randrange(24), r.randrange(60), r.randrange(60)),
             "@GenerationHost=%s" % host(r, "APP"), "*/", "",
             "instance of MSFT_Credential as $MSFT_Credential1ref", "{",
             "Password = \"%s\";" % S.lit(), " UserName = \"%s\\\\%s\";" % (nb, svc(r)), "", "};", "",
             "instance of MSFT_ServiceResource as $MSFT_ServiceResource1ref", "{",
             "ResourceID = \"[Service]AppSvc\";", " State = \"Running\";",
             " Credential = $MSFT_Credential1ref;", " SourceInfo = \"C:\\\\DSC\\\\AppServer.ps1::12::9::Service\";",
             " Name = \"%s\";" % pick(r, ["CorpAgent", "ReportSync"]), " StartupType = \"Automatic\";",
             " ModuleName = \"PSDesiredStateConfiguration\";", " ModuleVersion = \"1.0\";",
             " ConfigurationName = \"AppServer\";", "};",
             "instance of OMI_ConfigurationDocument", "{", " Version=\"2.0.0\";", " MinimumCompatibleVersion = \"1.0.0\";",
             " CompatibleVersionAdditionalProperties= {\"Omi_BaseResource:ConfigurationName\"};",
             " Author=\"%s\";" % gen_by.split(".")[0], " Name=\"AppServer\";", "};"]
    return pick(r, ["dsc/mof/%s.mof" % node, "DSC/Output/%s.mof" % node, "mof/%s.mof" % node]), "mof", lines


# ---------------------------------------------------------------------------
# batch / cmd
# ---------------------------------------------------------------------------

def bat_set(r, name, val):
    return 'set "%s=%s"' % (name, val) if chance(r) else "set %s=%s" % (name, val)


@tpl("bat", ["pw_domain"], False)
def t_bat_net_use(r, S):
    nb = netbios(r)
    fs = host(r, "FS")
    u = pick(r, [svc(r), person(r)])
    lines = rem_header(r, "Map departmental drives for the shared scanner PCs")
    if S.obvious:
        lines += [bat_set(r, "SHARE_USER", "%s\\%s" % (nb, u)), bat_set(r, "SHARE_PASS", S.lit()), "",
                  "net use S: /delete /y >nul 2>&1",
                  "net use S: \\\\%s\\%s %%SHARE_PASS%% /user:%%SHARE_USER%% /persistent:no" % (fs, pick(r, ["Scans", "Shared", "Finance"]))]
    else:
        lines += ["", "net use S: /delete /y >nul 2>&1",
                  "net use S: \\\\%s\\%s %s /user:%s\\%s /persistent:no" % (fs, pick(r, ["Scans", "Shared", "Finance"]), S.lit(), nb, u)]
    lines += ["if errorlevel 1 (", "  echo Failed to map S: >> %TEMP%\\drivemap.log", "  exit /b 1", ")",
              "net use T: \\\\%s\\Templates /persistent:no" % fs, "endlocal", "exit /b 0"]
    return pick(r, ["scripts/mapdrives.bat", "logon/map_drives.cmd", "MapDrives.bat", "netlogon/scanner-logon.bat"]), pick(r, ["bat", "cmd"]), lines


@tpl("bat", ["pw_domain"], False)
def t_bat_schtasks(r, S):
    u = "%s\\%s" % (netbios(r), svc(r))
    tn = pick(r, ["Corp\\NightlyBackup", "Corp\\LogRotate", "Maintenance\\DefragData", "Corp\\SyncProfiles"])
    lines = rem_header(r, "Create scheduled task (run once per server)")
    lines += ["", "schtasks /Create /TN \"%s\" /TR \"powershell.exe -NoProfile -File C:\\Scripts\\%s.ps1\" ^" % (tn, tn.split("\\")[1]),
              "  /SC DAILY /ST %02d:%02d /RU %s /RP %s /RL HIGHEST /F" % (r.randrange(0, 5), pick(r, [0, 30]), u, S.lit()),
              "schtasks /Query /TN \"%s\" /V /FO LIST" % tn, "endlocal"]
    return pick(r, ["install/create_task.bat", "setup/CreateTask.cmd", "tasks/register.bat"]), pick(r, ["bat", "cmd"]), lines


@tpl("bat", ["pw_sql"], False)
def t_bat_sqlcmd(r, S):
    h = host(r, "SQL")
    db = pick(r, ["SUSDB", "CM_P01", "Inventory", "HRData"])
    lines = rem_header(r, "Nightly %s cleanup" % db)
    if S.obvious:
        lines += [bat_set(r, "SQLSERVER", h), bat_set(r, "SQLUSER", pick(r, ["sa", "sql_maint"])), bat_set(r, "SQLPASSWORD", S.lit()), "",
                  "sqlcmd -S %%SQLSERVER%% -U %%SQLUSER%% -P %%SQLPASSWORD%% -d %s -i \"%%~dp0cleanup.sql\" -o \"%%~dp0logs\\cleanup_%%DATE:~-4%%.log\"" % db]
    else:
        lines += ["", "sqlcmd -S %s -U %s -P %s -d %s -Q \"EXEC dbo.spDeleteDeclinedUpdates\" -b" % (h, pick(r, ["sa", "sql_maint"]), S.lit(), db)]
    lines += ["if %ERRORLEVEL% NEQ 0 echo sqlcmd failed with %ERRORLEVEL%", "endlocal"]
    return pick(r, ["sql/nightly_cleanup.bat", "jobs/wsus_cleanup.cmd", "maintenance/run_sql.bat"]), pick(r, ["bat", "cmd"]), lines


@tpl("bat", ["pw_domain", "pw_local"], False)
def t_bat_runas_psexec(r, S):
    nb = netbios(r)
    k = r.randrange(2)
    lines = rem_header(r, "Push the agent to remote machines")
    if k == 0:
        lines += ["", "for /f %%c in (%~dp0machines.txt) do (",
                  "  psexec.exe \\\\%%c -accepteula -s -u %s\\%s -p %s msiexec /i \\\\%s\\pkg$\\agent.msi /qn /norestart" % (nb, pick(r, ["adm_deploy", "svc_push"]), S.lit(), host(r, "FS")),
                  "  echo %%c done ^(%%errorlevel%%^) >> push.log", ")"]
    else:
        lines += ["", "cmdkey /add:%s /user:%s\\%s /pass:%s" % (host(r, "FS"), nb, svc(r), S.lit()),
                  "robocopy \\\\%s\\deploy$\\agent C:\\Temp\\agent /MIR /R:2 /W:5" % host(r, "FS"),
                  "cmdkey /delete:%s" % host(r, "FS")]
    lines += ["endlocal"]
    return pick(r, ["deploy/push_agent.bat", "tools/psexec-install.cmd", "install_remote.bat"]), pick(r, ["bat", "cmd"]), lines


@tpl("bat", ["nuget", "choco", "ado"], False)
def t_bat_feed_keys(r, S):
    co = company(r)
    lines = rem_header(r, "Configure package feeds on build agents")
    if S.kind == "nuget":
        lines += ["", "nuget.exe setapikey %s -Source https://api.nuget.org/v3/index.json" % S.lit(),
                  "nuget.exe push out\\*.nupkg -Source https://api.nuget.org/v3/index.json -SkipDuplicate"]
    elif S.kind == "choco":
        lines += ["", "choco source add -n=internal -s=\"https://nexus.%s.com/repository/choco/\" --priority=1" % co,
                  "choco apikey --key %s --source https://push.chocolatey.org/" % S.lit(),
                  "choco push build\\%s.nupkg --source https://push.chocolatey.org/" % pick(r, ["corp-agent.2.1.0", "bginfo-config.1.0.3"])]
    else:
        lines += ["", "dotnet nuget add source https://pkgs.dev.azure.com/%s/_packaging/%s/nuget/v3/index.json ^" % (co, pick(r, ["internal", "corp-feed"])),
                  "  --name CorpFeed --username build --password %s --store-password-in-clear-text" % S.lit(),
                  "dotnet restore src\\%s.sln" % pick(r, ["Tools", "Agent", "Portal"])]
    lines += ["endlocal"]
    return pick(r, ["build/feeds.cmd", "ci/setup-feeds.bat", "tools/configure_nuget.cmd"]), pick(r, ["bat", "cmd"]), lines


@tpl("bat", ["pw_local", "pw_domain"], False)
def t_bat_reg_autologon(r, S):
    key = "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon"
    u = pick(r, ["kiosk", "signage", "labuser", "display01"])
    lines = rem_header(r, "Kiosk auto-logon")
    lines += ["", "reg add \"%s\" /v AutoAdminLogon /t REG_SZ /d 1 /f" % key,
              "reg add \"%s\" /v DefaultUserName /t REG_SZ /d %s /f" % (key, u),
              "reg add \"%s\" /v DefaultDomainName /t REG_SZ /d %s /f" % (key, netbios(r) if S.kind == "pw_domain" else "."),
              "reg add \"%s\" /v DefaultPassword /t REG_SZ /d %s /f" % (key, S.lit()),
              "reg add \"%s\" /v ForceAutoLogon /t REG_SZ /d 1 /f" % key, "shutdown /r /t 30 /c \"Kiosk configured\"", "endlocal"]
    return pick(r, ["kiosk/autologon.bat", "setup/kiosk_autologon.cmd", "signage/enable-autologon.bat"]), pick(r, ["bat", "cmd"]), lines


@tpl("bat", ["github", "sendgrid", "slack_bot"], False)
def t_bat_curl(r, S):
    lines = rem_header(r, "Post build status")
    if S.kind == "github":
        lines += ["", "curl.exe -s -X POST -H \"Authorization: Bearer %s\" -H \"Accept: application/vnd.github+json\" ^" % S.lit(),
                  "  https://api.github.com/repos/%s/win-images/statuses/%%GIT_COMMIT%% ^" % company(r),
                  "  -d \"{\\\"state\\\":\\\"success\\\",\\\"context\\\":\\\"packer\\\"}\""]
    elif S.kind == "sendgrid":
        lines += ["", "curl.exe --request POST --url https://api.sendgrid.com/v3/mail/send ^",
                  "  --header \"Authorization: Bearer %s\" --header \"Content-Type: application/json\" ^" % S.lit(),
                  "  --data @%~dp0mail.json"]
    else:
        lines += ["", "curl.exe -s -F channel=%s -F text=\"Image build %%BUILD_ID%% done\" ^" % pick(r, ["C0%s" % rs(r, 8, UPPER + DIGITS), "#builds"]),
                  "  -H \"Authorization: Bearer %s\" https://slack.com/api/chat.postMessage" % S.lit()]
    lines += ["endlocal"]
    return pick(r, ["ci/notify.cmd", "build/post_status.bat", "scripts/notify.bat"]), pick(r, ["bat", "cmd"]), lines


# ---------------------------------------------------------------------------
# VBScript
# ---------------------------------------------------------------------------

@tpl("vbs", ["pw_domain"], False)
def t_vbs_map_drive(r, S):
    nb = netbios(r)
    lines = ["' Logon script - map departmental drives", "' %s" % date(r), "Option Explicit",
             "Dim objNetwork, strUser, strPass", "Set objNetwork = CreateObject(\"WScript.Network\")", "On Error Resume Next"]
    if S.obvious:
        lines += ["strUser = \"%s\\%s\"" % (nb, svc(r)), "strPass = \"%s\"" % S.lit(),
                  "objNetwork.MapNetworkDrive \"P:\", \"\\\\%s\\Public\", False, strUser, strPass" % host(r, "FS")]
    else:
        lines += ["objNetwork.MapNetworkDrive \"P:\", \"\\\\%s\\Public\", False, \"%s\\%s\", \"%s\"" % (host(r, "FS"), nb, svc(r), S.lit())]
    lines += ["If Err.Number <> 0 Then", "    WScript.Echo \"Drive mapping failed: \" & Err.Description", "End If",
              "objNetwork.AddWindowsPrinterConnection \"\\\\%s\\%s\"" % (host(r, "PRN"), pick(r, ["Floor2-MFP", "Reception", "PLOTTER"])),
              "Set objNetwork = Nothing"]
    return pick(r, ["netlogon/logon.vbs", "scripts/MapDrives.vbs", "gpo/User/Scripts/Logon/map.vbs"]), "vbs", lines


@tpl("vbs+conn", ["pw_sql"], False)
def t_vbs_adodb(r, S):
    h = host(r, "SQL")
    lines = ["'==========================================", "' Export open tickets to CSV", "'==========================================",
             "Const adOpenStatic = 3", "Dim conn, rs, fso, f",
             "Set conn = CreateObject(\"ADODB.Connection\")",
             "conn.Open \"Provider=SQLOLEDB;Data Source=%s;Initial Catalog=%s;User ID=%s;Password=%s;\"" % (h, pick(r, ["Helpdesk", "Tickets", "ITSM"]), pick(r, ["report_ro", "vbs_reader"]), S.lit()),
             "Set rs = conn.Execute(\"SELECT Id, Title, Owner FROM dbo.Tickets WHERE Status = 'Open'\")",
             "Set fso = CreateObject(\"Scripting.FileSystemObject\")",
             "Set f = fso.CreateTextFile(\"C:\\Reports\\open_tickets.csv\", True)",
             "Do Until rs.EOF", "    f.WriteLine rs(\"Id\") & \",\" & rs(\"Title\") & \",\" & rs(\"Owner\")", "    rs.MoveNext", "Loop",
             "f.Close", "conn.Close"]
    return pick(r, ["reports/export_tickets.vbs", "scripts/ExportTickets.vbs", "legacy/tickets.vbs"]), "vbs", lines


# ---------------------------------------------------------------------------
# MDT CustomSettings.ini / Bootstrap.ini
# ---------------------------------------------------------------------------

@tpl("ini", ["pw_mdt", "pw_domain"], False)
def t_mdt_customsettings(r, S):
    dom = domain(r)
    nb = netbios(r)
    dc = ",".join("DC=" + p for p in dom.split("."))
    which = r.randrange(2)
    lines = ["[Settings]", "Priority=Default", "Properties=MyCustomProperty", "", "[Default]", "_SMSTSORGNAME=%s IT" % nb.title(),
             "OSInstall=Y", "SkipCapture=YES", "SkipProductKey=YES", "SkipComputerBackup=YES", "SkipBitLocker=YES",
             "SkipLocaleSelection=YES", "KeyboardLocale=%s" % pick(r, ["en-US", "en-GB", "de-DE", "nl-NL"]),
             "TimeZoneName=%s" % pick(r, ["GMT Standard Time", "W. Europe Standard Time", "Eastern Standard Time"])]
    if which == 0:
        lines += ["SkipAdminPassword=YES", "AdminPassword=%s" % S.lit(), "SkipDomainMembership=YES", "JoinDomain=%s" % dom,
                  "DomainAdmin=%s" % pick(r, ["mdt_join", "svc_join"]), "DomainAdminDomain=%s" % nb]
    else:
        lines += ["SkipAdminPassword=YES", "SkipDomainMembership=YES", "JoinDomain=%s" % dom,
                  "DomainAdmin=%s" % pick(r, ["mdt_join", "svc_join"]), "DomainAdminDomain=%s" % nb,
                  "DomainAdminPassword=%s" % S.lit()]
    lines += ["MachineObjectOU=OU=Workstations,%s" % dc, "SkipUserData=YES", "SkipApplications=NO", "SkipSummary=YES",
              "EventService=http://%s:9800" % host(r, "MDT"), "SLShare=\\\\%s\\Logs$" % host(r, "MDT"), "FinishAction=REBOOT"]
    return pick(r, ["DeploymentShare/Control/CustomSettings.ini", "MDT/Control/CustomSettings.ini", "Control/CustomSettings.ini"]), "ini-mdt", lines


@tpl("ini", ["pw_mdt"], False)
def t_mdt_bootstrap(r, S):
    nb = netbios(r)
    lines = ["[Settings]", "Priority=Default", "", "[Default]",
             "DeployRoot=\\\\%s\\DeploymentShare$" % host(r, "MDT"),
             "UserDomain=%s" % nb, "UserID=%s" % pick(r, ["mdt_ro", "svc_mdt", "deploy"]), "UserPassword=%s" % S.lit(), "",
             "KeyboardLocalePE=%s" % pick(r, ["0409:00000409", "0809:00000809", "0407:00000407"]), "SkipBDDWelcome=YES"]
    return pick(r, ["DeploymentShare/Control/Bootstrap.ini", "MDT/Control/Bootstrap.ini", "Control/Bootstrap.ini"]), "ini-mdt", lines


# ---------------------------------------------------------------------------
# XML: unattend, NuGet.config, scheduled task export, web.config
# ---------------------------------------------------------------------------

UNATTEND_HEAD = ['<?xml version="1.0" encoding="utf-8"?>', '<unattend xmlns="urn:schemas-microsoft-com:unattend">']
COMP = '    <component name="%s" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'


@tpl("xml", ["pw_local"], False)
def t_unattend_admin(r, S):
    lines = UNATTEND_HEAD + ['  <settings pass="oobeSystem">', COMP % "Microsoft-Windows-Shell-Setup",
                             "      <OOBE>", "        <HideEULAPage>true</HideEULAPage>", "        <ProtectYourPC>%d</ProtectYourPC>" % r.randrange(1, 4),
                             "        <SkipMachineOOBE>true</SkipMachineOOBE>", "      </OOBE>", "      <UserAccounts>"]
    if chance(r):
        lines += ["        <AdministratorPassword>", "          <Value>%s</Value>" % S.lit(), "          <PlainText>true</PlainText>",
                  "        </AdministratorPassword>"]
    else:
        lines += ["        <LocalAccounts>", '          <LocalAccount wcm:action="add">', "            <Password>",
                  "              <Value>%s</Value>" % S.lit(), "              <PlainText>true</PlainText>", "            </Password>",
                  "            <Group>Administrators</Group>", "            <Name>%s</Name>" % pick(r, ["localadmin", "support", "build"]),
                  "          </LocalAccount>", "        </LocalAccounts>"]
    lines += ["      </UserAccounts>", "      <TimeZone>%s</TimeZone>" % pick(r, ["UTC", "GMT Standard Time", "Pacific Standard Time"]),
              "      <RegisteredOrganization>%s</RegisteredOrganization>" % company(r).title(), "    </component>", "  </settings>", "</unattend>"]
    return pick(r, ["unattend.xml", "autounattend.xml", "packer/answer_files/2022/Autounattend.xml", "sysprep/unattend.xml", "images/win11/autounattend.xml"]), "unattend-xml", lines


@tpl("xml", ["pw_domain"], False)
def t_unattend_join(r, S):
    dom = domain(r)
    lines = UNATTEND_HEAD + ['  <settings pass="specialize">', COMP % "Microsoft-Windows-UnattendedJoin",
                             "      <Identification>", "        <Credentials>", "          <Domain>%s</Domain>" % dom,
                             "          <Password>%s</Password>" % S.lit(),
                             "          <Username>%s</Username>" % pick(r, ["svc_join", "mdt_join", "djoin"]), "        </Credentials>",
                             "        <JoinDomain>%s</JoinDomain>" % dom,
                             "        <MachineObjectOU>OU=Servers,%s</MachineObjectOU>" % ",".join("DC=" + p for p in dom.split(".")),
                             "      </Identification>", "    </component>", COMP % "Microsoft-Windows-Shell-Setup",
                             "      <ComputerName>*</ComputerName>", "    </component>", "  </settings>", "</unattend>"]
    return pick(r, ["unattend.xml", "sysprep/Unattend.xml", "templates/server2022/unattend.xml"]), "unattend-xml", lines


@tpl("xml", ["ado", "pw_feed"], False)
def t_nuget_config(r, S):
    co = company(r)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <packageSources>", "    <clear />",
             '    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />',
             '    <add key="CorpFeed" value="https://pkgs.dev.azure.com/%s/_packaging/%s/nuget/v3/index.json" />' % (co, pick(r, ["internal", "tools"])),
             "  </packageSources>", "  <packageSourceCredentials>", "    <CorpFeed>",
             '      <add key="Username" value="%s" />' % pick(r, ["build", "az", person(r) + "@%s.com" % co]),
             '      <add key="ClearTextPassword" value="%s" />' % S.lit(), "    </CorpFeed>", "  </packageSourceCredentials>", "</configuration>"]
    return pick(r, ["NuGet.config", "nuget.config", "src/NuGet.Config", ".nuget/NuGet.Config"]), "nuget-config", lines


@tpl("xml+psbare", ["pw_domain", "pw_sql"], False)
def t_task_xml(r, S):
    u = "%s\\%s" % (netbios(r), svc(r))
    arg = "-NoProfile -File C:\\Scripts\\%s.ps1 -User %s -Password %s" % (pick(r, ["Sync-Shares", "Export-Reports"]), pick(r, ["sa_report", u]), S.lit())
    lines = ['<?xml version="1.0" encoding="UTF-16"?>', '<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">',
             "  <RegistrationInfo>", "    <Date>%sT%02d:%02d:00</Date>" % (date(r), r.randrange(24), r.randrange(60)),
             "    <Author>%s</Author>" % u, "    <URI>\\Corp\\%s</URI>" % pick(r, ["ShareSync", "ReportExport"]), "  </RegistrationInfo>",
             "  <Triggers>", "    <CalendarTrigger>", "      <StartBoundary>%sT02:00:00</StartBoundary>" % date(r),
             "      <ScheduleByDay><DaysInterval>1</DaysInterval></ScheduleByDay>", "    </CalendarTrigger>", "  </Triggers>",
             "  <Principals>", '    <Principal id="Author">', "      <UserId>%s</UserId>" % sid(r), "      <LogonType>Password</LogonType>",
             "      <RunLevel>HighestAvailable</RunLevel>", "    </Principal>", "  </Principals>",
             "  <Settings>", "    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>",
             "    <ExecutionTimeLimit>PT%dH</ExecutionTimeLimit>" % r.randrange(1, 8), "  </Settings>",
             '  <Actions Context="Author">', "    <Exec>", "      <Command>powershell.exe</Command>",
             "      <Arguments>%s</Arguments>" % arg, "    </Exec>", "  </Actions>", "</Task>"]
    return pick(r, ["tasks/ShareSync.xml", "scheduled-tasks/ReportExport.xml", "exports/tasks/Corp_ShareSync.xml"]), "xml-task", lines


@tpl("xml+conn", ["pw_sql"], False)
def t_web_config(r, S):
    h = host(r, "SQL")
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>",
             '    <add key="Environment" value="%s" />' % pick(r, ["Production", "UAT"]),
             '    <add key="ReportPath" value="\\\\%s\\reports$" />' % host(r, "FS"), "  </appSettings>", "  <connectionStrings>",
             '    <add name="%s" connectionString="Data Source=%s;Initial Catalog=%s;User Id=%s;Password=%s;MultipleActiveResultSets=True" providerName="System.Data.SqlClient" />' % (
                 pick(r, ["DefaultConnection", "Helpdesk", "AppDb"]), h, pick(r, ["Helpdesk", "Intranet", "Assets"]), pick(r, ["web_app", "intranet_rw"]), S.lit()),
             "  </connectionStrings>", "  <system.web>", '    <compilation debug="false" targetFramework="4.8" />',
             '    <authentication mode="Windows" />', "  </system.web>", "</configuration>"]
    return pick(r, ["src/Intranet/Web.config", "web.config", "IIS/Helpdesk/web.config", "App.config"]), "dotnet-config", lines


# ---------------------------------------------------------------------------
# .reg
# ---------------------------------------------------------------------------

@tpl("reg", ["pw_local", "pw_domain"], False)
def t_reg_autologon(r, S):
    lines = ["Windows Registry Editor Version 5.00", "",
             "; kiosk auto logon - imported by the build task sequence",
             "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]",
             "\"AutoAdminLogon\"=\"1\"", "\"DefaultUserName\"=\"%s\"" % pick(r, ["kiosk", "frontdesk", "display"]),
             "\"DefaultDomainName\"=\"%s\"" % (netbios(r) if S.kind == "pw_domain" else "."),
             "\"DefaultPassword\"=\"%s\"" % S.lit(), "\"ForceAutoLogon\"=dword:00000001", "",
             "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\Personalization]", "\"NoLockScreen\"=dword:00000001"]
    return pick(r, ["kiosk/autologon.reg", "registry/Winlogon-Kiosk.reg", "reg/kiosk.reg"]), "reg", lines


@tpl("reg", ["pw_domain", "pw_sql"], False)
def t_reg_app_settings(r, S):
    vendor = pick(r, ["Contoso", "Acme Scan", "PaperCut", "LabelWorks", "DocuFlow"])
    lines = ["Windows Registry Editor Version 5.00", "",
             "[HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\%s\\Connector]" % vendor,
             "\"Server\"=\"%s\"" % host(r), "\"Port\"=dword:%08x" % pick(r, [1433, 445, 9191, 8080]),
             "\"ServiceAccount\"=\"%s\\\\%s\"" % (netbios(r), svc(r)),
             "\"%s\"=\"%s\"" % (S.name(["ServicePassword", "Password", "DbPassword"], ["Credential", "AuthData", "Secret2"]), S.lit()),
             "\"ScanFolder\"=\"\\\\\\\\%s\\\\scans\"" % host(r, "FS"), "\"LogLevel\"=dword:00000002"]
    return pick(r, ["registry/connector.reg", "deploy/%s.reg" % vendor.split()[0].lower(), "reg/app-settings.reg"]), "reg", lines


# ---------------------------------------------------------------------------
# JSON: runbook / ARM parameter files
# ---------------------------------------------------------------------------

def jdump(obj, r):
    return json.dumps(obj, indent=pick(r, [2, 4])).split("\n")


@tpl("json", ["pw_local", "pw_sql", "entra"], False)
def t_json_arm_params(r, S):
    if S.kind == "entra":
        pname = S.name(["servicePrincipalClientSecret", "aadClientSecret"], ["spValue", "appCredential"])
    elif S.kind == "pw_sql":
        pname = S.name(["sqlAdministratorLoginPassword", "sqlAdminPassword"], ["administratorLoginValue", "sqlLoginData"])
    else:
        pname = S.name(["adminPassword", "vmAdminPassword"], ["adminValue", "bootstrapData"])
    params = {
        "location": {"value": pick(r, REGIONS)},
        "vmName": {"value": "vm-%s-%s%02d" % (company(r)[:6], pick(r, ["rds", "app", "dc", "sql"]), r.randrange(1, 20))},
        "vmSize": {"value": pick(r, ["Standard_D4s_v5", "Standard_B2ms", "Standard_E8s_v5"])},
        "adminUsername": {"value": pick(r, ["azureadmin", "localadmin", "sysadmin"])},
        pname: {"value": S.lit()},
        "subnetId": {"value": "/subscriptions/%s/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/snet-servers" % guid(r)},
        "tags": {"value": {"owner": person(r), "costCenter": str(r.randrange(1000, 9999))}},
    }
    if S.kind == "entra":
        params["servicePrincipalClientId"] = {"value": guid(r)}
    obj = {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
           "contentVersion": "1.0.0.0", "parameters": params}
    return pick(r, ["infra/arm/vm.parameters.json", "templates/azuredeploy.parameters.json", "deploy/parameters.prod.json"]), "json-arm", jdump(obj, r)


@tpl("json", ["pw_domain", "entra", "sas", "datadog"], False)
def t_json_runbook_params(r, S):
    base = {"ResourceGroupName": "rg-%s-%s" % (company(r), pick(r, ["ops", "avd", "servers"])),
            "AutomationAccount": "aa-%s-%s" % (company(r), pick(r, ["prod", "ops"])),
            "Runbook": pick(r, ["Stop-TaggedVMs", "Sync-AdGroups", "Rotate-Logs", "New-AvdHost"])}
    p = {"TenantId": guid(r), "SubscriptionId": guid(r)}
    if S.kind == "pw_domain":
        p["DomainJoinUser"] = "%s@%s" % (pick(r, ["svc_join", "avd_join"]), domain(r))
        p[S.name(["DomainJoinPassword", "JoinPassword"], ["JoinValue", "Credential"])] = S.lit()
    elif S.kind == "entra":
        p["AppId"] = guid(r)
        p[S.name(["AppSecret", "ClientSecret"], ["AppValue", "Auth"])] = S.lit()
    elif S.kind == "sas":
        p["LogContainerUri"] = "https://st%s%03d.blob.core.windows.net/logs?sv=2022-11-02&sr=c&sp=racwl&se=%04d-%02d-%02dT00:00:00Z&sig=%s" % (company(r), r.randrange(999), r.randrange(2026, 2029), r.randrange(1, 13), r.randrange(1, 29), S.lit())
    else:
        p["DatadogSite"] = "datadoghq.eu"
        p[S.name(["DatadogApiKey", "DD_API_KEY"], ["MetricsValue", "DdAuth"])] = S.lit()
    p["DryRun"] = chance(r)
    base["Parameters"] = p
    return pick(r, ["runbooks/params/%s.json" % base["Runbook"], "automation/%s.parameters.json" % base["Runbook"], "runbook-params.json"]), "json-runbook", jdump(base, r)


# ---------------------------------------------------------------------------
# YAML pipelines with PowerShell steps
# ---------------------------------------------------------------------------

@tpl("yaml", ["entra", "pw_domain", "nuget", "octopus"], False)
def t_gha_pwsh(r, S):
    envname = {"entra": S.name(["AZURE_CLIENT_SECRET", "ARM_CLIENT_SECRET"], ["SP_VALUE", "AZ_CRED"]),
               "pw_domain": S.name(["SVC_PASSWORD", "JOIN_PASSWORD"], ["SVC_VALUE", "LAB_PHRASE"]),
               "nuget": S.name(["NUGET_API_KEY", "PSGALLERY_KEY"], ["PUBLISH_VALUE", "GALLERY"]),
               "octopus": S.name(["OCTOPUS_API_KEY", "OCTO_KEY"], ["OCTO_VALUE", "DEPLOY_AUTH"])}[S.kind]
    q = pick(r, ["'", '"', ""])
    if not S.lit()[:1].isalnum():
        q = "'"
    if S.kind == "entra":
        step = ["      - name: Login", "        shell: pwsh", "        run: |",
                "          $sec = ConvertTo-SecureString $env:%s -AsPlainText -Force" % envname,
                "          $cred = [pscredential]::new($env:AZURE_CLIENT_ID, $sec)",
                "          Connect-AzAccount -ServicePrincipal -Tenant $env:AZURE_TENANT_ID -Credential $cred",
                "          ./scripts/Deploy-Policies.ps1 -Verbose"]
        extra_env = ["      AZURE_CLIENT_ID: %s" % guid(r), "      AZURE_TENANT_ID: %s" % guid(r)]
    elif S.kind == "nuget":
        step = ["      - name: Publish", "        shell: pwsh", "        run: Publish-Module -Path ./src/%s -NuGetApiKey $env:%s" % (pick(r, ["WinOps", "CorpTools"]), envname)]
        extra_env = []
    elif S.kind == "octopus":
        step = ["      - name: Release", "        shell: pwsh",
                "        run: octo create-release --project Intranet --server https://octopus.%s.com --apiKey $env:%s" % (company(r), envname)]
        extra_env = []
    else:
        step = ["      - name: Pester integration tests", "        shell: powershell",
                "        run: Invoke-Pester -Path tests/integration -Output Detailed"]
        extra_env = ["      SVC_USER: %s\\%s" % (netbios(r), svc(r))]
    lines = ["name: %s" % pick(r, ["deploy", "release", "ci", "publish-module"]), "", "on:", "  push:", "    branches: [ main ]",
             "  workflow_dispatch:", "", "jobs:", "  build:", "    runs-on: %s" % pick(r, ["windows-latest", "windows-2022", "[self-hosted, windows]"]),
             "    env:"] + extra_env + ["      %s: %s%s%s" % (envname, q, S.lit(), q),
                                      "    steps:", "      - uses: actions/checkout@v4"] + step
    return pick(r, [".github/workflows/deploy.yml", ".github/workflows/release.yml", ".github/workflows/ci.yml", ".github/workflows/publish.yaml"]), "github-actions-yaml", lines


@tpl("yaml", ["pw_domain", "ado", "octopus", "pw_sql"], False)
def t_azure_pipelines(r, S):
    vname = {"pw_domain": S.name(["svcPassword", "DomainJoinPassword"], ["labValue", "joinData"]),
             "ado": S.name(["AZDO_PAT", "feedPat"], ["feedValue", "restAuth"]),
             "octopus": S.name(["OctopusApiKey", "octoApiKey"], ["octoValue", "deployAuth"]),
             "pw_sql": S.name(["SqlPassword", "sqlAdminPassword"], ["dbValue", "sqlAuth"])}[S.kind]
    q = pick(r, ["'", '"'])
    if chance(r):
        varblock = ["variables:", "  buildConfiguration: Release", "  %s: %s%s%s" % (vname, q, S.lit(), q)]
    else:
        varblock = ["variables:", "- name: buildConfiguration", "  value: Release", "- name: %s" % vname, "  value: %s%s%s" % (q, S.lit(), q)]
    lines = ["trigger:", "  branches:", "    include: [ main ]", "", "pool:", "  vmImage: %s" % pick(r, ["windows-latest", "windows-2022"]), ""] + varblock + [
        "", "steps:", "- task: PowerShell@2", "  displayName: %s" % pick(r, ["Deploy scripts", "Run DSC", "Publish package"]),
        "  inputs:", "    targetType: inline", "    pwsh: true", "    script: |",
        "      Write-Host \"Deploying to $(Environment)\"",
        "      ./deploy/Invoke-Deploy.ps1 -Secret '$(%s)' -Config $(buildConfiguration)" % vname]
    return pick(r, ["azure-pipelines.yml", "pipelines/deploy.yml", ".azuredevops/release.yml", "build/azure-pipelines.yaml"]), "azure-pipelines-yaml", lines


# ---------------------------------------------------------------------------
# Markdown runbooks / notes
# ---------------------------------------------------------------------------

@tpl("md", ["pw_domain", "pw_local", "bitlocker", "entra"], False)
def t_md_runbook(r, S):
    h = host(r)
    title = pick(r, ["Runbook: rebuild print server", "Helpdesk notes - kiosk recovery", "DR runbook: file server", "Onboarding checklist (IT)"])
    lines = ["# " + title, "", "_Last reviewed %s by %s_" % (date(r), person(r)), "", "## Steps", "",
             "1. RDP to `%s` using the break-glass account." % h]
    if S.kind in ("pw_domain", "pw_local"):
        acct = "%s\\%s" % (netbios(r), svc(r)) if S.kind == "pw_domain" else ".\\Administrator"
        if S.obvious:
            lines += ["2. Credentials: user `%s`, password `%s`" % (acct, S.lit())]
        else:
            lines += ["2. Map the share:", "", "```cmd", "net use X: \\\\%s\\d$ %s /user:%s" % (h, S.lit(), acct), "```"]
    elif S.kind == "bitlocker":
        lines += ["2. If the volume is locked, use recovery key (ID %s):" % guid(r, True)[:8], "", "    %s" % S.lit()]
    else:
        lines += ["2. App registration `%s` (client id `%s`), secret: `%s`" % (pick(r, ["intune-reporting", "graph-automation"]), guid(r), S.lit())]
    lines += ["3. Restart the `Spooler` service and check event log *PrintService/Admin*.",
              "4. Update the ticket with the outcome.", "", "## Contacts", "", "- On-call: see PagerDuty schedule *Windows Infra*"]
    return pick(r, ["docs/runbooks/%s.md" % h.lower(), "notes/runbook.md", "wiki/Helpdesk/kiosk-recovery.md", "docs/dr-fileserver.md"]), "markdown", lines


# ---------------------------------------------------------------------------
# unattend with the documented base64 "PlainText=false" obfuscation (positive, see DOUBTS)
# ---------------------------------------------------------------------------

def unattend_obfuscate(pw, elem):
    return base64.b64encode((pw + elem).encode("utf-16-le")).decode()


@tpl("xml", ["pw_unattend"], False)
def t_unattend_obfuscated(r, S):
    # positive only: the needle is the base64 value (trivially reversible)
    lines = UNATTEND_HEAD + ['  <settings pass="oobeSystem">', COMP % "Microsoft-Windows-Shell-Setup",
                             "      <AutoLogon>", "        <Password>", "          <Value>%s</Value>" % S.lit(),
                             "          <PlainText>%s</PlainText>" % ("false" if not S.neg else "true"), "        </Password>",
                             "        <Enabled>true</Enabled>", "        <LogonCount>%d</LogonCount>" % r.randrange(1, 4),
                             "        <Username>Administrator</Username>", "      </AutoLogon>",
                             "      <FirstLogonCommands>", '        <SynchronousCommand wcm:action="add">',
                             "          <CommandLine>powershell -ExecutionPolicy Bypass -File C:\\Windows\\Setup\\Scripts\\post.ps1</CommandLine>",
                             "          <Order>1</Order>", "        </SynchronousCommand>", "      </FirstLogonCommands>",
                             "    </component>", "  </settings>", "</unattend>"]
    return pick(r, ["Autounattend.xml", "answer_files/win10/Autounattend.xml", "sysprep/unattend.xml"]), "unattend-xml", lines


# ---------------------------------------------------------------------------
# negative-only look-alike templates (no credential at all)
# each returns (relpath, filetype, lines, provider, kind)
# ---------------------------------------------------------------------------

NEG_TEMPLATES = []


def ntpl(fn):
    NEG_TEMPLATES.append((fn.__name__, fn))
    return fn


DPAPI_HEAD = "01000000d08c9ddf0115d1118c7a00c04fc297eb01000000"


def dpapi_blob(r):
    # header + master key guid + flags + random payload (all ciphertext / hmac)
    return DPAPI_HEAD + hexs(r, 32) + "0000000002000000000003660000c000000010000000" + hexs(r, 32) + \
        "0000000004800000a000000010000000" + hexs(r, 32) + hexs(r, 2 * 8 * r.randrange(3, 8)) + "14000000" + hexs(r, 40)


def aes_std_string(r):
    inner = "2|" + b64(r, 16) + "|" + hexs(r, 2 * 16 * r.randrange(2, 5))
    return "76492d1116743f0423413b16050a5345" + base64.b64encode(inner.encode("utf-16-le")).decode()


def sig_block(r, n):
    raw = base64.b64encode(b"\x30\x82" + bytes([r.randrange(0x20, 0x40)]) + rbytes(r, 48 * n)).decode()
    out = ["# SIG # Begin signature block"]
    for i in range(0, min(len(raw), 64 * n), 64):
        out.append("# " + raw[i:i + 64])
    out.append("# SIG # End signature block")
    return out


@ntpl
def n_dpapi_securestring(r):
    u = "%s\\%s" % (netbios(r), svc(r))
    lines = header_ps(r, "Uses a password encrypted with DPAPI for the service account that runs this task.",
                      ["# Re-generate with: Read-Host -AsSecureString | ConvertFrom-SecureString  (as %s, on this host)" % u])
    lines += ["", "$User = '%s'" % u, "$Encrypted = '%s'" % dpapi_blob(r),
              "$cred = New-Object System.Management.Automation.PSCredential($User, ($Encrypted | ConvertTo-SecureString))",
              "Invoke-Command -ComputerName %s -Credential $cred -ScriptBlock { Get-Service %s }" % (host(r), pick(r, ["Spooler", "W3SVC", "MSSQLSERVER"]))]
    return ps_path(r, ["Invoke-WithDpapi.ps1", "run_task.ps1", "Get-RemoteService.ps1"]), "ps1", lines, "windows-dpapi", "securestring_ciphertext"


@ntpl
def n_clixml_cred(r):
    u = "%s\\%s" % (netbios(r), svc(r))
    lines = ['<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">', '  <Obj RefId="0">', '    <TN RefId="0">',
             "      <T>System.Management.Automation.PSCredential</T>", "      <T>System.Object</T>", "    </TN>",
             "    <ToString>System.Management.Automation.PSCredential</ToString>", "    <Props>",
             '      <S N="UserName">%s</S>' % u, '      <SS N="Password">%s</SS>' % dpapi_blob(r), "    </Props>", "  </Obj>", "</Objs>"]
    return pick(r, ["creds/%s.xml" % svc(r), "config/cred_%s.clixml" % pick(r, ["backup", "sql", "exo"]), "secure/svc.cred.xml"]), "clixml", lines, "windows-dpapi", "clixml_dpapi_credential"


@ntpl
def n_aes_std_string_keyfile(r):
    lines = header_ps(r, "Decrypts the stored password with the AES key deployed by GPO to C:\\ProgramData (not in repo).")
    lines += ["", "$KeyFile = 'C:\\ProgramData\\%s\\aes.key'" % company(r).title(), "$Key = Get-Content $KeyFile",
              "$EncryptedPassword = '%s'" % aes_std_string(r),
              "$secure = $EncryptedPassword | ConvertTo-SecureString -Key $Key",
              "$cred = [pscredential]::new('%s\\%s', $secure)" % (netbios(r), svc(r)),
              "New-PSDrive -Name B -PSProvider FileSystem -Root '\\\\%s\\backup$' -Credential $cred | Out-Null" % host(r, "FS")]
    return ps_path(r, ["Mount-BackupShare.ps1", "mount_backup.ps1"]), "ps1", lines, "powershell-securestring", "aes_ciphertext_without_key"


@ntpl
def n_get_credential(r):
    lines = header_ps(r, "Interactive: reset a user's password and unlock the account.")
    lines += ["param([Parameter(Mandatory)][string]$Identity)", "",
              "$admin = Get-Credential -Message 'Enter your admin (adm_) account' -UserName \"%s\\adm_$env:USERNAME\"" % netbios(r),
              "$newPw = Read-Host -Prompt \"New password for $Identity\" -AsSecureString",
              "Set-ADAccountPassword -Identity $Identity -NewPassword $newPw -Reset -Credential $admin -Server %s" % host(r, "DC"),
              "Unlock-ADAccount -Identity $Identity -Credential $admin",
              "Set-ADUser -Identity $Identity -ChangePasswordAtLogon $true -Credential $admin",
              "Write-Host \"Password for $Identity reset; user must change at next logon.\""]
    return ps_path(r, ["Reset-UserPassword.ps1", "helpdesk_reset.ps1"]), "ps1", lines, "active-directory", "prompt"


@ntpl
def n_secretmanagement(r):
    vault = pick(r, ["CorpVault", "KeePassOps", "AzKV", "LocalStore"])
    lines = header_ps(r, "Retrieves all credentials from the SecretManagement vault at run time.")
    lines += ["#Requires -Modules Microsoft.PowerShell.SecretManagement", "",
              "if (-not (Get-SecretVault -Name %s -ErrorAction SilentlyContinue)) {" % vault,
              "    Register-SecretVault -Name %s -ModuleName %s" % (vault, pick(r, ["Az.KeyVault", "SecretManagement.KeePass", "Microsoft.PowerShell.SecretStore"])),
              "}", "$sqlCred  = Get-Secret -Name 'sql-%s' -Vault %s" % (pick(r, ["reporting", "maint"]), vault),
              "$apiKey   = Get-Secret -Name 'datadog-api-key' -Vault %s -AsPlainText" % vault,
              "$graphApp = Get-SecretInfo -Vault %s -Name 'graph-*' | Select-Object -First 1" % vault,
              "Invoke-Sqlcmd -ServerInstance %s -Credential $sqlCred -Query 'SELECT @@VERSION'" % host(r, "SQL"),
              "Invoke-RestMethod -Uri https://api.datadoghq.com/api/v1/validate -Headers @{ 'DD-API-KEY' = $apiKey }"]
    return ps_path(r, ["Use-Vault.ps1", "Get-Credentials.ps1", "vault_example.ps1"]), "ps1", lines, "secretmanagement", "vault_ref"


@ntpl
def n_automation_assets(r):
    lines = ["<#", "    Runbook: sync on-prem groups to Entra (runs on Hybrid Worker).", "#>", "",
             "$cred = Get-AutomationPSCredential -Name '%s'" % pick(r, ["svc-adsync", "AD-Reader", "DomainAdmin"]),
             "$clientId = Get-AutomationVariable -Name 'GraphClientId'",
             "$secret = Get-AutomationVariable -Name 'GraphClientSecret'",
             "$cert = Get-AutomationCertificate -Name 'graph-auth'",
             "Connect-AzAccount -Identity -AccountId '%s' | Out-Null" % guid(r),
             "Connect-MgGraph -ClientId $clientId -TenantId '%s' -Certificate $cert -NoWelcome" % guid(r),
             "Get-ADGroup -Filter \"Name -like 'SG-%s-*'\" -Credential $cred -Server %s | ForEach-Object {" % (pick(r, SITES), host(r, "DC")),
             "    Write-Output \"Syncing $($_.Name)\"", "}"]
    return pick(r, ["runbooks/Sync-Groups.ps1", "automation/runbooks/Sync-AdGroups.ps1"]), "ps1", lines, "azure-automation", "automation_asset_ref"


@ntpl
def n_keyvault(r):
    kv = "kv-%s-%s" % (company(r), pick(r, ["ops", "prod", "shared"]))
    lines = header_ps(r, "Rotate the local admin password and store it in Key Vault.")
    lines += ["", "$vault = '%s'" % kv,
              "Add-Type -AssemblyName System.Web",
              "$new = [System.Web.Security.Membership]::GeneratePassword(%d, %d)" % (r.randrange(16, 33), r.randrange(2, 6)),
              "$sec = ConvertTo-SecureString $new -AsPlainText -Force",
              "Set-LocalUser -Name %s -Password $sec" % pick(r, ["LocalAdmin", "support"]),
              "Set-AzKeyVaultSecret -VaultName $vault -Name \"localadmin-$env:COMPUTERNAME\" -SecretValue $sec -Expires (Get-Date).AddDays(30) | Out-Null",
              "Remove-Variable new", "$check = Get-AzKeyVaultSecret -VaultName $vault -Name \"localadmin-$env:COMPUTERNAME\"",
              "Write-Output \"Stored version $($check.Version)\""]
    return ps_path(r, ["Rotate-LocalAdmin.ps1", "rotate_admin.ps1"]), "ps1", lines, "azure-keyvault", "generated_at_runtime"


@ntpl
def n_filehash(r):
    files = [(pick(r, ["GoogleChromeStandaloneEnterprise64.msi", "7z2301-x64.msi", "FSLogixAppsSetup.exe", "npp.8.6.Installer.x64.exe", "AzureConnectedMachineAgent.msi"]), hexs(r, 64).upper()) for _ in range(r.randrange(2, 5))]
    lines = header_ps(r, "Verify installer integrity before deployment.")
    lines += ["", "$expected = @{"]
    lines += ["    '%s' = '%s'" % (f, h) for f, h in files]
    lines += ["}", "foreach ($f in $expected.Keys) {", "    $actual = (Get-FileHash -Path (Join-Path '\\\\%s\\pkg$' $f) -Algorithm SHA256).Hash" % host(r, "FS"),
              "    if ($actual -ne $expected[$f]) { throw \"Hash mismatch for $f\" }", "    Write-Host \"$f OK\"", "}"]
    return ps_path(r, ["Test-Installers.ps1", "verify_hashes.ps1"]), "ps1", lines, "none", "file_hash"


@ntpl
def n_signed_script(r):
    lines = header_ps(r, "Signed helper: clears the print queue.")
    lines += ["", "Stop-Service -Name Spooler -Force", "Remove-Item -Path \"$env:windir\\System32\\spool\\PRINTERS\\*\" -Force -ErrorAction SilentlyContinue",
              "Start-Service -Name Spooler", ""]
    lines += sig_block(r, r.randrange(18, 40))
    return ps_path(r, ["Clear-PrintQueue.ps1", "clear_spooler.ps1"]), "ps1", lines, "authenticode", "signature_block"


@ntpl
def n_cert_thumbprint(r):
    co = company(r)
    lines = header_ps(r, "App-only auth with a certificate - no secret stored.")
    lines += ["", "$AppId = '%s'" % guid(r), "$Thumbprint = '%s'" % thumb(r), "$Org = '%s.onmicrosoft.com'" % co,
              "Connect-ExchangeOnline -CertificateThumbprint $Thumbprint -AppId $AppId -Organization $Org -ShowBanner:$false",
              "Connect-MgGraph -ClientId $AppId -TenantId '%s' -CertificateThumbprint $Thumbprint -NoWelcome" % guid(r),
              "Get-EXOMailbox -ResultSize %d | Select-Object DisplayName, PrimarySmtpAddress" % r.randrange(10, 500)]
    return ps_path(r, ["Connect-M365.ps1", "exo_cert_auth.ps1"], ["exchange", "scripts", "o365"]), "ps1", lines, "entra-id", "certificate_thumbprint"


@ntpl
def n_sid_acl(r):
    dsid = sid(r)
    lines = header_ps(r, "Grant modify on the department share by SID (works before name resolution).")
    lines += ["", "$path = 'D:\\Shares\\%s'" % pick(r, ["Finance", "HR", "Projects"]), "$acl = Get-Acl $path",
              "$sids = @('%s', '%s', 'S-1-5-32-544', 'S-1-5-18')" % (dsid, dsid.rsplit("-", 1)[0] + "-%d" % r.randrange(1000, 9999)),
              "foreach ($s in $sids) {", "    $id = New-Object System.Security.Principal.SecurityIdentifier($s)",
              "    $rule = New-Object System.Security.AccessControl.FileSystemAccessRule($id, 'Modify', 'ContainerInherit,ObjectInherit', 'None', 'Allow')",
              "    $acl.AddAccessRule($rule)", "}", "Set-Acl -Path $path -AclObject $acl"]
    return ps_path(r, ["Set-ShareAcl.ps1", "acl_by_sid.ps1"]), "ps1", lines, "none", "sid"


@ntpl
def n_msi_product_codes(r):
    apps = [(pick(r, ["Java 8 Update 381", "Adobe Reader XI", "Old VPN Client", "Silverlight", "Office 2016 Click-to-Run"]), "{%s}" % guid(r, True)) for _ in range(r.randrange(3, 6))]
    lines = rem_header(r, "Remove legacy software by MSI product code") if chance(r) else None
    if lines:
        for n, c in apps:
            lines += ["REM %s" % n, "msiexec.exe /x %s /qn /norestart /l*v \"%%TEMP%%\\uninstall_%s.log\"" % (c, c[1:9])]
        lines += ["endlocal"]
        return pick(r, ["cleanup/uninstall_legacy.cmd", "scripts/remove_old.bat"]), "cmd", lines, "none", "msi_product_code"
    lines = header_ps(r, "Uninstall legacy apps by product code.")
    lines += ["", "$codes = [ordered]@{"] + ["    '%s' = '%s'" % (n, c) for n, c in apps] + ["}",
              "foreach ($k in $codes.Keys) {", "    Start-Process msiexec.exe -ArgumentList \"/x $($codes[$k]) /qn /norestart\" -Wait", "}"]
    return ps_path(r, ["Remove-LegacyApps.ps1", "uninstall_legacy.ps1"]), "ps1", lines, "none", "msi_product_code"


@ntpl
def n_reg_policies(r):
    lines = ["Windows Registry Editor Version 5.00", "", "; Browser and Office hardening - baseline %s" % date(r),
             "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge]", "\"SmartScreenEnabled\"=dword:00000001",
             "\"PasswordManagerEnabled\"=dword:00000000", "\"PasswordMonitorAllowed\"=dword:00000000", "",
             "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\ExtensionInstallForcelist]",
             "\"1\"=\"%s;https://edge.microsoft.com/extensionwebstorebase/v1/crx\"" % rs(r, 32, "abcdefghijklmnop"), "",
             "[HKEY_CLASSES_ROOT\\CLSID\\{%s}]" % guid(r, True), "@=\"%s Shell Extension\"" % company(r).title(),
             "\"AppID\"=\"{%s}\"" % guid(r, True), "",
             "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa]", "\"LmCompatibilityLevel\"=dword:00000005",
             "\"NoLMHash\"=dword:00000001", "\"RunAsPPL\"=dword:00000001"]
    return pick(r, ["registry/baseline.reg", "gpo/hardening.reg", "reg/edge-policies.reg"]), "reg", lines, "none", "registry_guids"


GVLKS = [("Windows 10/11 Pro", "W269N-WFGWX-YVC9B-4J6C9-T83GX"), ("Windows 10/11 Enterprise", "NPPR9-FWDCX-D2C8J-H872K-2YT43"),
         ("Windows Server 2019 Datacenter", "WMDGN-G9PQG-XVVXX-R3X43-63DFG"), ("Windows Server 2022 Standard", "VDYBN-27WPP-V4HQT-9VMD4-VMK7H"),
         ("Windows Server 2022 Datacenter", "WX4NM-KYWYW-QJJR4-XV3QB-6VM33"),
         ("Windows Server 2019 Standard", "N69G4-B89J2-4G8F4-WWYCC-J464C"), ("Windows Server 2016 Datacenter", "CB7KF-BWN84-R7R2Y-793K2-8XDDG"),
         ("Windows Server 2016 Standard", "WC2BQ-8NRM3-FDDYY-2BFGV-KHKQY")]


@ntpl
def n_kms_gvlk(r):
    ed, key = pick(r, GVLKS)
    lines = rem_header(r, "Switch %s to KMS activation (public GVLK from Microsoft docs)" % ed)
    lines += ["", "cscript //nologo %windir%\\system32\\slmgr.vbs /ipk " + key,
              "cscript //nologo %%windir%%\\system32\\slmgr.vbs /skms %s.%s:1688" % (host(r, "APP").lower(), domain(r)),
              "cscript //nologo %windir%\\system32\\slmgr.vbs /ato", "cscript //nologo %windir%\\system32\\slmgr.vbs /dlv", "endlocal"]
    return pick(r, ["activation/kms_activate.cmd", "scripts/activate.bat", "build/kms.cmd"]), pick(r, ["bat", "cmd"]), lines, "microsoft-kms", "public_gvlk"


@ntpl
def n_unattend_deleted(r):
    ed, key = pick(r, GVLKS)
    lines = UNATTEND_HEAD + ["  <!-- captured from C:\\Windows\\Panther after setup: sensitive data already scrubbed by Windows -->",
                             '  <settings pass="specialize">', COMP % "Microsoft-Windows-Shell-Setup",
                             "      <ComputerName>%s</ComputerName>" % host(r), "      <ProductKey>%s</ProductKey>" % key,
                             "    </component>", "  </settings>", '  <settings pass="oobeSystem">', COMP % "Microsoft-Windows-Shell-Setup",
                             "      <UserAccounts>", "        <AdministratorPassword>", "          <Value>*SENSITIVE*DATA*DELETED*</Value>",
                             "          <PlainText>true</PlainText>", "        </AdministratorPassword>", "      </UserAccounts>",
                             "      <AutoLogon>", "        <Password>", "          <Value>*SENSITIVE*DATA*DELETED*</Value>",
                             "          <PlainText>true</PlainText>", "        </Password>", "        <Enabled>false</Enabled>",
                             "        <Username>Administrator</Username>", "      </AutoLogon>", "    </component>", "  </settings>", "</unattend>"]
    return pick(r, ["Panther/unattend.xml", "logs/panther/unattend.xml", "captured/unattend.xml"]), "unattend-xml", lines, "windows-setup", "scrubbed"


@ntpl
def n_customsettings_nopw(r):
    dom = domain(r)
    lines = ["[Settings]", "Priority=DefaultGateway, Default", "Properties=SiteCode", "", "[DefaultGateway]",
             "10.%d.0.1=%s" % (r.randrange(1, 250), pick(r, SITES)), "10.%d.0.1=%s" % (r.randrange(1, 250), pick(r, SITES)), "",
             "[Default]", "OSInstall=Y", "TaskSequenceID=%s" % pick(r, ["W11-23H2", "SRV2022", "W10-22H2"]),
             "SkipTaskSequence=YES", "SkipAdminPassword=NO", "AdminPassword=", "SkipDomainMembership=NO",
             "JoinDomain=%s" % dom, "DomainAdmin=", "DomainAdminPassword=", "; credentials are typed by the technician in the wizard",
             "SkipApplications=YES", "Applications001={%s}" % guid(r), "Applications002={%s}" % guid(r),
             "WSUSServer=http://%s:8530" % host(r, "WSUS"), "SLShare=\\\\%s\\Logs$" % host(r, "MDT")]
    return pick(r, ["DeploymentShare/Control/CustomSettings.ini", "Control/CustomSettings.ini"]), "ini-mdt", lines, "mdt", "empty"


@ntpl
def n_bootstrap_prompt(r):
    lines = ["[Settings]", "Priority=Default", "", "[Default]", "DeployRoot=\\\\%s\\DeploymentShare$" % host(r, "MDT"),
             "UserDomain=%s" % netbios(r), "; UserID / UserPassword intentionally not set - technician logs in", "SkipBDDWelcome=YES",
             "KeyboardLocalePE=0409:00000409"]
    return pick(r, ["DeploymentShare/Control/Bootstrap.ini", "Control/Bootstrap.ini"]), "ini-mdt", lines, "mdt", "prompt"


@ntpl
def n_gha_secret_refs(r):
    lines = ["name: deploy-scripts", "on:", "  push:", "    branches: [main]", "permissions:", "  id-token: write", "  contents: read", "jobs:",
             "  deploy:", "    runs-on: windows-latest", "    steps:", "      - uses: actions/checkout@v4",
             "      - uses: azure/login@v2", "        with:", "          client-id: %s" % guid(r), "          tenant-id: %s" % guid(r),
             "          subscription-id: %s" % guid(r), "          enable-AzPSSession: true",
             "      - name: Publish", "        shell: pwsh", "        env:", "          NUGET_API_KEY: ${{ secrets.NUGET_API_KEY }}",
             "          SVC_PASSWORD: ${{ secrets.SVC_PASSWORD }}", "        run: |",
             "          Publish-Module -Path ./src/WinOps -NuGetApiKey $env:NUGET_API_KEY",
             "          ./scripts/Deploy.ps1 -Password (ConvertTo-SecureString $env:SVC_PASSWORD -AsPlainText -Force)"]
    return pick(r, [".github/workflows/deploy.yml", ".github/workflows/publish.yml"]), "github-actions-yaml", lines, "github-actions", "secret_ref"


@ntpl
def n_azp_refs(r):
    lines = ["trigger: [ main ]", "pool:", "  vmImage: windows-latest", "variables:", "- group: %s" % pick(r, ["prod-secrets", "infra-kv"]),
             "- name: ServiceUser", "  value: %s\\%s" % (netbios(r), svc(r)), "steps:", "- task: AzureKeyVault@2", "  inputs:",
             "    azureSubscription: 'sc-%s'" % company(r), "    KeyVaultName: 'kv-%s-ops'" % company(r), "    SecretsFilter: 'svc-password,octopus-api-key'",
             "- task: PowerShell@2", "  inputs:", "    targetType: inline", "    script: |",
             "      $pw = ConvertTo-SecureString '$(svc-password)' -AsPlainText -Force",
             "      ./deploy/Invoke-Deploy.ps1 -User '$(ServiceUser)' -Password $pw -OctopusApiKey '$(octopus-api-key)'"]
    return pick(r, ["azure-pipelines.yml", "pipelines/deploy.yml"]), "azure-pipelines-yaml", lines, "azure-devops", "pipeline_var_ref"


@ntpl
def n_nuget_config_env(r):
    co = company(r)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <packageSources>",
             '    <add key="CorpFeed" value="https://pkgs.dev.azure.com/%s/_packaging/internal/nuget/v3/index.json" />' % co, "  </packageSources>",
             "  <packageSourceCredentials>", "    <CorpFeed>", '      <add key="Username" value="%USER_VARIABLE%" />',
             '      <add key="ClearTextPassword" value="%%%s%%" />' % pick(r, ["NUGET_PAT", "FEED_ACCESSTOKEN", "SYSTEM_ACCESSTOKEN"]),
             "    </CorpFeed>", "  </packageSourceCredentials>", "</configuration>"]
    return pick(r, ["NuGet.config", "nuget.config"]), "nuget-config", lines, "nuget-feed", "env_ref"


@ntpl
def n_docs_examples(r):
    lines = ["# Local development", "", "Use the storage emulator and the AWS documentation example keys - never real ones.", "",
             "```powershell", "$env:AzureWebJobsStorage = 'UseDevelopmentStorage=true'",
             "$ctx = New-AzStorageContext -StorageAccountName devstoreaccount1 -StorageAccountKey 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==' -Endpoint 'http://127.0.0.1:10000/devstoreaccount1'",
             "Set-AWSCredential -AccessKey AKIAIOSFODNN7EXAMPLE -SecretKey wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY -StoreAs localstack",
             "```", "", "Real credentials live in the `%s` Key Vault." % ("kv-%s-dev" % company(r))]
    return pick(r, ["docs/local-dev.md", "README.dev.md", "notes/emulators.md"]), "markdown", lines, "azure-storage", "doc_example"


@ntpl
def n_masked_log(r):
    lines = ["**********************", "Windows PowerShell transcript start", "Start time: %s" % date(r).replace("-", "") + "%06d" % r.randrange(240000),
             "Username: %s\\%s" % (netbios(r), svc(r)), "Machine: %s (Microsoft Windows NT 10.0.%d.0)" % (host(r), pick(r, [17763, 20348, 19045, 22631])),
             "**********************", "PS>./Deploy.ps1 -Environment Prod", "Connecting as %s@%s" % (svc(r), domain(r)),
             "ClientId     : %s" % guid(r), "ClientSecret : ********", "Password     : ********",
             "StorageKey   : ****************************************==", "Deployment %s succeeded" % guid(r),
             "**********************", "Windows PowerShell transcript end", "**********************"]
    return pick(r, ["logs/transcript-deploy.txt", "artifacts/PowerShell_transcript.%s.txt" % host(r)]), "transcript", lines, "none", "masked"


@ntpl
def n_i18n_psd1(r):
    lines = ["# Localized strings (en-US)", "ConvertFrom-StringData @'",
             "PromptPassword = Enter the password for {0}",
             "PasswordExpired = The password for {0} expired on {1}.",
             "PasswordTooShort = Password must be at least %d characters." % r.randrange(12, 16),
             "SecretSaved = Secret '{0}' saved to vault {1}.", "ApiKeyMissing = No API key configured; set {0} in the vault.",
             "TokenExpired = Access token expired, re-authenticating...", "'@"]
    return pick(r, ["en-US/CorpOps.strings.psd1", "src/CorpOps/en-US/Messages.psd1"]), "psd1", lines, "none", "i18n"


@ntpl
def n_password_policy(r):
    lines = header_ps(r, "Apply fine-grained password policy to admin accounts.")
    lines += ["", "New-ADFineGrainedPasswordPolicy -Name 'FGPP-Admins' -Precedence %d `" % r.randrange(1, 50),
              "    -MinPasswordLength %d -PasswordHistoryCount %d -ComplexityEnabled $true `" % (r.randrange(14, 20), r.randrange(12, 24)),
              "    -MaxPasswordAge '%d.00:00:00' -LockoutThreshold %d -ReversibleEncryptionEnabled $false" % (r.randrange(60, 365), r.randrange(5, 10)),
              "Add-ADFineGrainedPasswordPolicySubject -Identity 'FGPP-Admins' -Subjects 'GG-Tier0-Admins'",
              "Get-ADUserResultantPasswordPolicy -Identity adm_%s" % pick(r, FIRST)]
    return ps_path(r, ["Set-PasswordPolicy.ps1", "fgpp.ps1"]), "ps1", lines, "active-directory", "policy_settings"


@ntpl
def n_laps(r):
    lines = header_ps(r, "Retrieve the Windows LAPS password for a machine (audited).")
    lines += ["param([Parameter(Mandatory)][string]$ComputerName)", "",
              "$laps = Get-LapsADPassword -Identity $ComputerName -AsPlainText -DomainController %s" % host(r, "DC"),
              "Write-Host \"Account : $($laps.Account)\"", "Write-Host \"Expires : $($laps.ExpirationTimestamp)\"",
              "Set-Clipboard -Value $laps.Password", "Write-Host 'Password copied to clipboard (clears in 30s)'",
              "Start-Sleep 30; Set-Clipboard -Value ' '"]
    return ps_path(r, ["Get-LapsPassword.ps1", "laps_lookup.ps1"]), "ps1", lines, "windows-laps", "runtime_lookup"


@ntpl
def n_bitlocker_backup(r):
    lines = header_ps(r, "Escrow BitLocker recovery protectors to Entra ID / AD.")
    lines += ["", "$vol = Get-BitLockerVolume -MountPoint $env:SystemDrive",
              "$rp = $vol.KeyProtector | Where-Object KeyProtectorType -eq 'RecoveryPassword'",
              "# protector ID (not the recovery password) for reference: {%s}" % guid(r, True),
              "foreach ($p in $rp) {", "    BackupToAAD-BitLockerKeyProtector -MountPoint $env:SystemDrive -KeyProtectorId $p.KeyProtectorId",
              "    Backup-BitLockerKeyProtector -MountPoint $env:SystemDrive -KeyProtectorId $p.KeyProtectorId", "}"]
    return ps_path(r, ["Backup-BitLockerKeys.ps1", "escrow_bitlocker.ps1"], ["intune/remediations", "scripts", "bitlocker"]), "ps1", lines, "bitlocker", "protector_id"


@ntpl
def n_mof_encrypted(r):
    node = host(r)
    cms = base64.b64encode(b"\x30\x82\x01" + rbytes(r, 48 * 7)).decode()
    cms_lines = [cms[i:i + 64] for i in range(0, len(cms), 64)]
    lines = ["/*", "@TargetNode='%s'" % node, "@GeneratedBy=%s" % pick(r, FIRST), "*/", "",
             "instance of MSFT_Credential as $MSFT_Credential1ref", "{", "Password = \"-----BEGIN CMS-----\\n" + "\\n".join(cms_lines) + "\\n-----END CMS-----\";",
             " UserName = \"%s\\\\%s\";" % (netbios(r), svc(r)), "};", "",
             "instance of OMI_ConfigurationDocument", "{", " Version=\"2.0.0\";", " ContentType=\"PasswordEncrypted\";",
             " CertificateThumbprint = \"%s\";" % thumb(r), " Name=\"AppServer\";", "};"]
    return "dsc/mof/%s.mof" % node, "mof", lines, "powershell-dsc", "cms_encrypted"


@ntpl
def n_public_keys(r):
    key = "AAAAC3NzaC1lZDI1NTE5AAAAI" + base64.b64encode(rbytes(r, 24)).decode()[:43]
    lines = header_ps(r, "Enable OpenSSH server and add the admin's PUBLIC key.")
    lines += ["", "Add-WindowsCapability -Online -Name OpenSSH.Server~~~~0.0.1.0", "Set-Service sshd -StartupType Automatic; Start-Service sshd",
              "$pub = 'ssh-ed25519 %s %s@%s'" % (key, person(r), host(r)),
              "Add-Content -Path \"$env:ProgramData\\ssh\\administrators_authorized_keys\" -Value $pub",
              "icacls.exe \"$env:ProgramData\\ssh\\administrators_authorized_keys\" /inheritance:r /grant 'Administrators:F' /grant 'SYSTEM:F'"]
    return ps_path(r, ["Enable-OpenSsh.ps1", "ssh_setup.ps1"]), "ps1", lines, "openssh", "public_key"


@ntpl
def n_task_xml_plain(r):
    lines = ['<?xml version="1.0" encoding="UTF-16"?>', '<Task version="1.4" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">',
             "  <RegistrationInfo>", "    <Author>%s\\%s</Author>" % (netbios(r), pick(r, FIRST)), "    <URI>\\Corp\\ProfileCleanup</URI>", "  </RegistrationInfo>",
             "  <Principals>", '    <Principal id="Author">', "      <UserId>S-1-5-18</UserId>", "      <RunLevel>HighestAvailable</RunLevel>", "    </Principal>",
             "  </Principals>", "  <Settings>", "    <DisallowStartIfOnBatteries>true</DisallowStartIfOnBatteries>", "  </Settings>",
             "  <Triggers>", "    <LogonTrigger><Enabled>true</Enabled></LogonTrigger>", "  </Triggers>",
             '  <Actions Context="Author">', "    <Exec>", "      <Command>powershell.exe</Command>",
             "      <Arguments>-NoProfile -WindowStyle Hidden -File C:\\ProgramData\\Corp\\Cleanup.ps1 -Days %d</Arguments>" % r.randrange(7, 60),
             "    </Exec>", "  </Actions>", "</Task>"]
    return pick(r, ["tasks/ProfileCleanup.xml", "scheduled-tasks/Corp_ProfileCleanup.xml"]), "xml-task", lines, "none", "task_export_no_password"


@ntpl
def n_vbs_inventory(r):
    lines = ["' Inventory: writes serial, model and BIOS GUID to the share", "Option Explicit",
             "Dim wmi, item, fso, out",
             "Set wmi = GetObject(\"winmgmts:{impersonationLevel=impersonate}!\\\\.\\root\\cimv2\")",
             "Set fso = CreateObject(\"Scripting.FileSystemObject\")",
             "Set out = fso.OpenTextFile(\"\\\\%s\\inventory$\\\" & CreateObject(\"WScript.Network\").ComputerName & \".txt\", 2, True)" % host(r, "FS"),
             "For Each item In wmi.ExecQuery(\"SELECT * FROM Win32_ComputerSystemProduct\")",
             "    out.WriteLine item.IdentifyingNumber & \";\" & item.Name & \";\" & item.UUID", "Next",
             "' known-good reference UUID from the golden image: %s" % guid(r, True), "out.Close"]
    return pick(r, ["netlogon/inventory.vbs", "scripts/Inventory.vbs"]), "vbs", lines, "none", "uuid"


@ntpl
def n_arm_kv_ref(r):
    obj = {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "contentVersion": "1.0.0.0",
           "parameters": {"adminUsername": {"value": "azureadmin"},
                          "adminPassword": {"reference": {"keyVault": {"id": "/subscriptions/%s/resourceGroups/rg-sec/providers/Microsoft.KeyVault/vaults/kv-%s" % (guid(r), company(r))},
                                                          "secretName": "vm-admin-password"}},
                          "vmSize": {"value": "Standard_D2s_v5"}}}
    return pick(r, ["infra/arm/vm.parameters.json", "deploy/parameters.json"]), "json-arm", jdump(obj, r), "azure-keyvault", "vault_ref"


@ntpl
def n_runbook_json_refs(r):
    obj = {"Runbook": "New-AvdHost", "Parameters": {"TenantId": guid(r), "SubscriptionId": guid(r), "HostPoolName": "hp-%s-prod" % company(r),
                                                   "DomainJoinCredentialAsset": "avd-domain-join", "ClientSecretVariable": "GraphClientSecret",
                                                   "ImageVersion": ver(r), "Password": "", "ApiKey": "<set in Automation variable>"}}
    return pick(r, ["runbooks/params/New-AvdHost.json", "automation/New-AvdHost.parameters.json"]), "json-runbook", jdump(obj, r), "azure-automation", "asset_name_ref"


@ntpl
def n_ps_env_lookups(r):
    lines = header_ps(r, "CI helper - everything sensitive comes from the agent environment.")
    lines += ["", "$required = 'OCTOPUS_API_KEY', 'NUGET_API_KEY', 'AZURE_CLIENT_SECRET'",
              "foreach ($v in $required) { if (-not [Environment]::GetEnvironmentVariable($v)) { throw \"$v not set\" } }",
              "$headers = @{ 'X-Octopus-ApiKey' = $env:OCTOPUS_API_KEY }",
              "$sec = ConvertTo-SecureString -String $env:AZURE_CLIENT_SECRET -AsPlainText -Force",
              "Connect-AzAccount -ServicePrincipal -Tenant $env:AZURE_TENANT_ID -Credential ([pscredential]::new($env:AZURE_CLIENT_ID, $sec))",
              "dotnet nuget push out\\*.nupkg --api-key $env:NUGET_API_KEY --source https://api.nuget.org/v3/index.json",
              "Invoke-RestMethod \"https://octopus.%s.com/api/projects/all\" -Headers $headers | Select-Object Name" % company(r)]
    return ps_path(r, ["ci/Publish.ps1", "build.ps1"], ["", "build", "ci"]), "ps1", lines, "none", "env_ref"


@ntpl
def n_git_build_meta(r):
    lines = ["@{", "    ModuleVersion     = '%s'" % ver(r), "    GUID              = '%s'" % guid(r), "    Author            = '%s'" % person(r).title(),
             "    CompanyName       = '%s'" % company(r).title(), "    PowerShellVersion = '5.1'", "    RootModule        = 'CorpOps.psm1'",
             "    FunctionsToExport = @('Get-CorpInfo', 'Set-CorpConfig')", "    PrivateData = @{", "        PSData = @{",
             "            Tags       = @('Windows', 'Ops')", "            ProjectUri = 'https://github.com/%s/corpops'" % company(r),
             "            ReleaseNotes = 'Built from commit %s'" % hexs(r, 40), "        }", "    }", "}"]
    return pick(r, ["src/CorpOps/CorpOps.psd1", "CorpOps/CorpOps.psd1"]), "psd1", lines, "none", "module_guid_commit"


@ntpl
def n_bat_prompt(r):
    lines = rem_header(r, "Map the finance share - asks for credentials")
    lines += ["", "set /p SHAREUSER=Username (DOMAIN\\user): ", "net use F: \\\\%s\\Finance * /user:%%SHAREUSER%% /persistent:no" % host(r, "FS"),
              "rem '*' makes net use prompt for the password", "runas /user:%s\\adm_%%USERNAME%% \"mmc.exe dsa.msc\"" % netbios(r), "endlocal"]
    return pick(r, ["scripts/map_finance.bat", "tools/finance_share.cmd"]), pick(r, ["bat", "cmd"]), lines, "active-directory", "prompt"


@ntpl
def n_reg_autologon_empty(r):
    lines = ["Windows Registry Editor Version 5.00", "", "; disable kiosk auto logon and wipe the stored value",
             "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]", "\"AutoAdminLogon\"=\"0\"",
             "\"DefaultUserName\"=\"\"", "\"DefaultPassword\"=-", "\"ForceAutoLogon\"=dword:00000000"]
    return pick(r, ["kiosk/disable-autologon.reg", "registry/autologon-off.reg"]), "reg", lines, "windows-local-account", "deleted_value"


# ---------------------------------------------------------------------------
# filler selection for negatives that re-use a positive template
# ---------------------------------------------------------------------------

PS_DOC_AES_KEY = "3,4,2,3,56,34,254,222,1,1,2,23,42,54,33,233,1,34,2,7,6,5,35,43"
SPECIAL_FILLERS = {
    "aes": [("doc_example", PS_DOC_AES_KEY), ("runtime_lookup", "Get-Content -Path 'C:\\ProgramData\\Corp\\aes.key'")],
    "bitlocker": [("masked", "XXXXXX-XXXXXX-XXXXXX-XXXXXX-XXXXXX-XXXXXX-XXXXXX-XXXXXX"),
                  ("placeholder", "<48-digit-recovery-password>"), ("placeholder", "RECOVERY_PASSWORD_FROM_AD")],
    "pw_unattend": [("scrubbed", "*SENSITIVE*DATA*DELETED*"), ("empty", ""), ("placeholder", "__Password__"),
                    ("placeholder", "{{ .AdminPassword }}")],
}
FILLER_BAD = {"xml": "<>&\"", "bat": "<>|&\"", "json": "\"\\", "vbs": "\"", "conn": ";\"'", "reg": "\"\\", "mof": "\"\\",
              "md": "`", "url": " /<>", "psq": "'", "psbare": "'\"<>|&(){} ", "psdq": "\"`", "ini": "", "yaml": ""}


def filler_ok(ctx, val):
    parts = ctx.split("+")
    bad = "".join(FILLER_BAD.get(p, "") for p in parts)
    if any(c in bad for c in val):
        return False
    if val.startswith("${{") and "yaml" not in parts:
        return False
    if val.startswith("%") and not ({"bat", "ini", "xml"} & set(parts)):
        return False
    return True


def choose_filler(r, kind, ctx, expr_ok):
    if kind in SPECIAL_FILLERS:
        cands = [(c, v, False) for c, v in SPECIAL_FILLERS[kind]]
    else:
        base = PW_FILLERS if kind.startswith("pw") else TOKEN_FILLERS
        cands = [(c, v, False) for c, v in base if filler_ok(ctx, v)]
        if kind in MASKED_PREFIX:
            mv = MASKED_PREFIX[kind](r)
            if filler_ok(ctx, mv):
                cands += [(MASKED_KIND.get(kind, "masked"), mv, False)] * 3
        if expr_ok:
            cands += [(c, v, True) for c, v in PS_EXPR_FILLERS] * 1
    c, v, e = pick(r, cands)
    return c, v, e


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------

CRLF_TYPES = {"bat", "cmd", "ini-mdt", "reg", "vbs"}


def new_file(r):
    FILE_CO[0] = pick(r, COMPANIES)
    NETBIOS_CUT[0] = pick(r, [15, 15, 8, 6])


def render(r, filetype, lines):
    text = "\n".join(lines) + "\n"
    if filetype in CRLF_TYPES and chance(r, 0.4):
        text = text.replace("\n", "\r\n")
    return text


def build(outdir, seed):
    r = random.Random(seed)
    manifest = []
    secrets = []
    files = []

    combos = [(name, ctx, k, fn, ex) for (name, ctx, kinds, fn, ex) in TEMPLATES for k in kinds]

    # positives: cycle through shuffled (template, kind) combos so every combo is used
    order = []
    while len(order) < 500:
        batch = combos[:]
        r.shuffle(batch)
        order.extend(batch)
    order = order[:500]
    for i, (name, ctx, kind, fn, ex) in enumerate(order):
        provider, kname, gen = KINDS[kind]
        secret = gen(r, ctx)
        new_file(r)
        S = Slot(r, kind, secret, False)
        rel, ftype, lines = fn(r, S)
        text = render(r, ftype, lines)
        idx = text.find(secret)
        if idx < 0:
            raise RuntimeError("needle missing in %s (%s)" % (name, kind))
        line = text[:idx].count("\n") + 1
        path = "pos/p%04d/%s" % (i, rel)
        files.append((path, text))
        manifest.append({"file": path, "label": "pos", "provider": provider, "kind": kname, "filetype": ftype, "template": name})
        secrets.append({"file": path, "needle": secret, "line": line})

    # negatives: half re-use positive templates with a harmless value, half domain look-alikes
    neg_order = []
    reuse = [c for c in combos]
    while len(neg_order) < 250:
        batch = reuse[:]
        r.shuffle(batch)
        neg_order.extend(batch)
    neg_order = neg_order[:250]
    dom_order = []
    while len(dom_order) < 250:
        batch = NEG_TEMPLATES[:]
        r.shuffle(batch)
        dom_order.extend(batch)
    dom_order = dom_order[:250]
    jobs = [("reuse", x) for x in neg_order] + [("domain", x) for x in dom_order]
    r.shuffle(jobs)
    for i, (mode, job) in enumerate(jobs):
        new_file(r)
        if mode == "reuse":
            name, ctx, kind, fn, ex = job
            cat, val, is_expr = choose_filler(r, kind, ctx, ex)
            S = Slot(r, kind, val, True, expr=is_expr)
            rel, ftype, lines = fn(r, S)
            provider = KINDS[kind][0]
            kname = cat
        else:
            name, fn = job
            rel, ftype, lines, provider, kname = fn(r)
        text = render(r, ftype, lines)
        path = "neg/n%04d/%s" % (i, rel)
        files.append((path, text))
        manifest.append({"file": path, "label": "neg", "provider": provider, "kind": kname, "filetype": ftype, "template": name})

    for path, text in files:
        full = os.path.join(outdir, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s, sort_keys=True) + "\n")


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: python3 gen_ea.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    os.makedirs(outdir, exist_ok=True)
    build(outdir, seed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
