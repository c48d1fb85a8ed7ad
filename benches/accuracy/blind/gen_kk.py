#!/usr/bin/env python3
"""gen_kk.py - blind evaluation set: Microsoft Power Platform / Dynamics 365 solutions in git.

EMPHASIS
  Domain: Power Platform and Dynamics 365 solutions committed to source control.
  Providers: Microsoft Entra ID (app registration client secrets), Dataverse / Dynamics 365 CE
  (XRM tooling and ServiceClient connection strings), Power Automate and Azure Logic Apps
  (HTTP trigger callback URLs with sig=, connections.json, parameters.json, HTTP actions with
  ActiveDirectoryOAuth / Basic auth), custom connectors (apiProperties.json, swagger x-ms-
  parameters, paconn), Power Apps canvas sources (.pa.yaml, Src/*.fx.yaml), Power Pages site
  settings, Dataverse plug-ins (secure/unsecure configuration, C#), Copilot Studio / Bot
  Framework Direct Line secrets, Business Central / NAV web service access keys and AL code,
  Dynamics GP (eConnect / SQL logins), Azure API Management subscription keys used by
  connectors, Azure Service Bus / Storage keys in Logic Apps Standard, PnP PowerShell and
  pac CLI scripts, Azure DevOps Power Platform Build Tools pipelines, GitHub Actions for Power
  Platform, XrmToolBox connection files.
  File types: JSON, YAML (.pa.yaml, .fx.yaml, pipelines, site settings), XML (customizations.xml,
  environment variable definitions, .config, XrmToolBox), PowerShell, C#, AL, CSV, Markdown,
  shell, Dockerfile, Terraform, INI, properties, HTML/JS, SQL, log, .env (positives only, < 5%).

USAGE
  python3 gen_kk.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500) and OUTDIR/neg/nNNNN/<relpath> (500), plus
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Standard library only; all randomness from
  one random.Random(SEED); output is byte-identical for one SEED.

NEEDLE CONVENTIONS
  The needle is always the secret value alone, exactly as written:
  - connection strings (AuthType=ClientSecret;...;ClientSecret=X / Password=X / AccountKey=X /
    SharedAccessKey=X): X only, without the key name or the ';'.
  - URLs (Logic Apps / Power Automate callback URL ...&sig=X, web chat iframe ?s=X): X only.
  - headers (Authorization: Bearer X, Ocp-Apim-Subscription-Key: X): X only, no scheme.
  - user/password or user/access-key pairs: only the password / access key.
  - multi-line PEM private key: the '-----BEGIN ... PRIVATE KEY-----' line; line = that line.
  - line is the 1-based line of the needle's first occurrence (asserted after writing).

NEGATIVES
  Half re-use the positive templates with the slot holding a non-secret: placeholders
  (<your-client-secret>, YOUR_..._HERE, changeme, xxxx), empty values, masked values (****,
  [REDACTED]), Azure DevOps token replacement (#{X}#, $(X)), GitHub ${{ secrets.X }}, ${VAR},
  Logic Apps @parameters('..') / @appsetting('..') / @{variables('..')}, Key Vault references
  (@Microsoft.KeyVault(SecretUri=...)), op:// and vault: paths, Postman {{x}}, and documented
  examples (the sig value from the Logic Apps REST reference sample, the 'passcode' and
  'pass@word1' sample passwords). The other half are look-alikes: environment ids,
  solution unique names and versions, GUIDs of flows / tables / connection references,
  connection ids (32 hex), publisher prefixes, client/tenant ids, certificate thumbprints,
  public key tokens, callback URLs without sig, Copilot Studio token endpoints, Key Vault
  secret-type environment variables, assembly hashes, ETags, workflow run ids, base64 images,
  public certificates. No negative is written to a .env* file.

FORMATS CHECKED
  - Logic Apps callback URL: https://prod-NN.<region>.logic.azure.com:443/workflows/<32 hex>/
    triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=
    (Get-AzLogicAppTriggerCallbackUrl docs; REST listCallbackUrl sample shows a 43-char base64url
    sig, which is used here only as a negative documented example).
  - XRM tooling connection strings: AuthType=OAuth;Username=..;Password=..;Url=..;AppId=..;
    RedirectUri=..;LoginPrompt=Auto and AuthType=ClientSecret;Url=..;ClientId=..;ClientSecret=..
    (learn.microsoft.com 'use connection strings xrm tooling connect'; the doc's AppId
    51f81489-... and Password=passcode are used as negatives).
  - NAV/BC web service access key: "a random 44 character string" (NAV 2016 docs) ->
    generated as base64 of 32 random bytes.
  - Direct Line: secret passed as 'Authorization: Bearer SECRET' (Direct Line 3.0 auth docs);
    structure 11 chars '.cwA.' 3 chars '.' 43 chars base64url seen in public project code.
  - Entra secretText: "16-64 characters" (Graph passwordCredential). Current secrets seen in
    public code are 40 chars: 3 chars, a digit, 'Q~', 34 chars of [A-Za-z0-9._~-].
  - Power Platform GitHub actions inputs app-id / client-secret / tenant-id; pac auth create
    --applicationId --clientSecret --tenant; Add-PowerAppsAccount -ClientSecret -ApplicationId.

DOUBTS
  - The Entra 'xxxdQ~' 40-char layout is not documented by Microsoft; taken from public code.
  - The Direct Line secret layout (and the fixed 'cwA' segment) is not documented; newer
    secrets may be longer. Web service access key alphabet (base64) is assumed.
  - Azure Storage account keys (88 base64) and Service Bus SAS keys (44 base64) lengths are
    from general knowledge, not re-checked here. APIM subscription keys assumed 32 hex.
  - Whether a scanner should flag a web chat embed URL ?s=<secret> is a policy question;
    Microsoft says the secret must not be exposed, so it is counted positive.
"""
import base64
import json
import os
import random
import sys

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
B64U = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
ENTRA_ALPHA = ALNUM + "._~-"

ORGS = ["contoso", "fabrikam", "northwind", "adventureworks", "tailspin", "wingtip", "litware",
        "proseware", "woodgrove", "fourthcoffee", "alpineski", "relecloud", "lamna", "treyresearch",
        "margiestravel", "blueyonder", "coho", "humongous", "lucerne", "wideworld"]
ENVS = ["dev", "test", "uat", "prod", "sit", "build", "hotfix", "sandbox"]
REGIONS = ["", "4", "11", "2", "3", "5", "6", "8", "12", "15"]
AZREG = ["westus", "eastus", "westeurope", "northeurope", "uksouth", "australiaeast",
         "centralus", "canadacentral", "francecentral", "westus2"]
PREFIXES = ["cr4f2", "contoso", "nw", "fab", "wgb", "lit", "cr8a1", "cr61e", "tsp", "lmn"]
PERSONS = ["j.smith", "a.kovacs", "m.tanaka", "r.okafor", "l.garcia", "s.novak", "p.iyer",
           "k.muller", "d.rossi", "e.lindqvist"]
TABLES = ["account", "contact", "incident", "opportunity", "lead", "invoice", "salesorder",
          "msdyn_workorder", "systemuser", "annotation"]


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def guid(r, upper=False):
    h = rs(r, HEX, 32)
    g = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], "4" + h[13:16], "89ab"[int(h[16], 16) % 4] + h[17:20], h[20:])
    return g.upper() if upper else g


def b64bytes(r, n, url=False, pad=True):
    raw = bytes(r.randrange(256) for _ in range(n))
    s = base64.urlsafe_b64encode(raw).decode() if url else base64.b64encode(raw).decode()
    return s if pad else s.rstrip("=")


# ---------------------------------------------------------------- secret generators
def g_entra(r):
    if r.random() < 0.12:  # older style secret: 32-44 chars with punctuation
        return rs(r, ALNUM, 6) + r.choice("_-.") + rs(r, ALNUM + "-_.", 25) + r.choice(["", "=", "-"])
    return rs(r, ALNUM + "._~-", 3) + r.choice("78") + "Q~" + rs(r, ENTRA_ALPHA, 34)


def g_dl(r):
    return rs(r, B64U, 11) + ".cwA." + rs(r, B64U, 3) + "." + rs(r, B64U, 43)


def g_wsak(r):
    return b64bytes(r, 32)


def g_sig(r):
    return b64bytes(r, 32, url=True, pad=False)


def g_sbkey(r):
    return b64bytes(r, 32)


def g_acct(r):
    return b64bytes(r, 64)


def g_apim(r):
    return rs(r, HEX, 32)


WORDS = ["Harbor", "Copper", "Maple", "Falcon", "Quartz", "Juniper", "Tundra", "Orbit", "Saffron",
         "Granite", "Lantern", "Willow", "Cobalt", "Meadow", "Ember", "Glacier", "Walnut", "Zephyr"]


def g_pwd(r):
    k = r.random()
    if k < 0.4:
        return r.choice(WORDS) + r.choice("!%*+-?@^_~.") + r.choice(WORDS).lower() + str(r.randrange(10, 9999))
    if k < 0.8:
        s = rs(r, ALNUM, r.randrange(10, 18))
        i = r.randrange(2, len(s) - 2)
        return s[:i] + r.choice("!%*+-?@^_~.") + s[i:] + str(r.randrange(0, 99))
    return rs(r, ALNUM + "!%*+-?@^_~.", r.randrange(16, 28))


def g_pem(r):
    return "PEM"


GEN = {"entra": g_entra, "dl": g_dl, "wsak": g_wsak, "sig": g_sig, "sbkey": g_sbkey,
       "acct": g_acct, "apim": g_apim, "pwd": g_pwd, "pem": g_pem}

REFNAME = {"entra": ("ClientSecret", "CLIENT_SECRET"), "dl": ("DirectLineSecret", "DIRECTLINE_SECRET"),
           "wsak": ("WebServiceAccessKey", "BC_WS_ACCESS_KEY"), "sig": ("FlowSig", "FLOW_SIG"),
           "sbkey": ("ServiceBusKey", "SERVICEBUS_KEY"), "acct": ("StorageKey", "STORAGE_ACCOUNT_KEY"),
           "apim": ("SubscriptionKey", "APIM_SUBSCRIPTION_KEY"), "pwd": ("ServicePassword", "SVC_PASSWORD"),
           "pem": ("PrivateKey", "PRIVATE_KEY")}
DOC_EXAMPLES = {"sig": ["IxEQ_ygZf6WNEQCbjV0Vs6p6Y4DyNEJVAa86U5B4xhk"],
                "pwd": ["passcode", "pass@word1"]}


def neg_value(r, kind):
    camel, upper = REFNAME[kind]
    cat = r.random()
    if kind in DOC_EXAMPLES and cat < 0.12:
        return r.choice(DOC_EXAMPLES[kind])
    if cat < 0.32:
        return r.choice(["<your-%s>" % camel.lower(), "YOUR_%s_HERE" % upper, "changeme", "x" * r.choice([8, 32, 40]),
                         "<%s>" % camel, "REPLACE_ME", "TODO-set-in-pipeline", "your-%s-here" % camel.lower(),
                         "{%s}" % camel, "XXXXXXXXXXXXXXXXXXXXXXXX", "<insert %s>" % camel.lower()])
    if cat < 0.40:
        return ""
    if cat < 0.55:
        return r.choice(["********", "****************", "[REDACTED]", "<redacted>", "***", "[hidden]", "•••••••••"])
    kv = r.choice(ORGS)
    return r.choice(["#{%s}#" % camel, "$(%s)" % camel, "${{ secrets.%s }}" % upper, "${%s}" % upper,
                     "@parameters('%s')" % camel, "@appsetting('%s')" % upper, "@{variables('%s')}" % camel,
                     "@Microsoft.KeyVault(SecretUri=https://kv-%s-prod.vault.azure.net/secrets/%s/)" % (kv, camel.lower()),
                     "@Microsoft.KeyVault(VaultName=kv-%s;SecretName=%s)" % (kv, camel),
                     "op://Platform/%s/credential" % camel, "vault:secret/data/powerplatform#%s" % camel.lower(),
                     "{{%s}}" % camel, "%%%s%%" % upper, "$env:%s" % upper])


# ---------------------------------------------------------------- context helpers
def org(r):
    return r.choice(ORGS)


def dv_url(r, o=None):
    return "https://%s%s.crm%s.dynamics.com" % (o or org(r), r.choice(["", "-dev", "-test", "-uat", "dev", "prod"]),
                                               r.choice(REGIONS))


def sq(v):
    """escape for single-quoted YAML / PowerShell / AL / SQL strings (no-op for generated secrets)"""
    return v.replace("'", "''")


def jsq(v):
    return v.replace("\\", "\\\\").replace("'", "\\'")


def shq(v):
    return v.replace("'", "'\\''")


def yq(v):
    """quote a plain YAML scalar when a non-secret filler would not be a plain string"""
    if v == "" or v[0] in "@`*&!|>%{[]},#?:'\"" or ": " in v or " #" in v or v.startswith("- "):
        return "'" + v.replace("'", "''") + "'"
    return v


def x(v):
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def logic_host(r):
    return "prod-%02d.%s.logic.azure.com" % (r.randrange(0, 80), r.choice(AZREG))


def callback(r, sig, trig="manual"):
    return ("https://%s:443/workflows/%s/triggers/%s/paths/invoke?api-version=2016-06-01"
            "&sp=%%2Ftriggers%%2F%s%%2Frun&sv=1.0&sig=%s") % (logic_host(r), rs(r, HEX, 32), trig, trig, sig)


def solname(r):
    return r.choice(["CoreCustomizations", "SalesExtensions", "FieldServiceAddons", "CaseIntake",
                     "PartnerPortal", "InvoiceAutomation", "HRApprovals", "ContosoCommon", "IntegrationLayer",
                     "ServiceDeskFlows", "ProcurementApp", "AssetTracking"])


def ver(r):
    return "%d.%d.%d.%d" % (r.randrange(1, 4), r.randrange(0, 12), r.randrange(0, 40), r.randrange(0, 300))


def pem_block(r, kind="PRIVATE KEY"):
    head = {"PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
            "RSA PRIVATE KEY": "MIIEowIBAAKCAQEA",
            "CERTIFICATE": "MIIDBTCCAe2gAwIBAgIQ",
            "PUBLIC KEY": "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"}[kind]
    n = {"PRIVATE KEY": 1190, "RSA PRIVATE KEY": 1180, "CERTIFICATE": 740, "PUBLIC KEY": 340}[kind]
    body = head + rs(r, B64, n - len(head))
    if kind in ("CERTIFICATE", "PUBLIC KEY"):
        body += "IDAQAB" if kind == "PUBLIC KEY" else "=="
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


POS = []   # (name, kind, provider, func)
LOOK = []  # (name, kind, provider, func)


def P(kind, provider):
    def deco(f):
        POS.append((f.__name__, kind, provider, f))
        return f
    return deco


def L(kind, provider):
    def deco(f):
        LOOK.append((f.__name__, kind, provider, f))
        return f
    return deco


# ================================================================ positive templates (part 1)
@P("entra", "dataverse")
def t_appconfig_xrm_clientsecret(r, v, neg):
    o = org(r)
    return ("src/%s.Integration/App.config" % o.capitalize(), """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.7.2" />
  </startup>
  <connectionStrings>
    <add name="Dataverse" connectionString="AuthType=ClientSecret;Url=%s;ClientId=%s;ClientSecret=%s;RequireNewInstance=true" />
  </connectionStrings>
  <appSettings>
    <add key="BatchSize" value="%d" />
    <add key="LogLevel" value="Information" />
  </appSettings>
</configuration>
""" % (dv_url(r, o), guid(r), x(v), r.choice([50, 100, 250])))


@P("pwd", "dataverse")
def t_webconfig_xrm_oauth_password(r, v, neg):
    o = org(r)
    return ("Portal.Web/Web.config", """<?xml version="1.0"?>
<configuration>
  <configSections>
    <section name="log4net" type="log4net.Config.Log4NetConfigurationSectionHandler, log4net" />
  </configSections>
  <connectionStrings>
    <add name="Xrm" connectionString="AuthType=OAuth;Username=svc-crm-integration@%s.onmicrosoft.com;Password=%s;Url=%s;AppId=%s;RedirectUri=app://%s;LoginPrompt=Never" />
  </connectionStrings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" maxRequestLength="20480" />
  </system.web>
</configuration>
""" % (o, x(v), dv_url(r, o), guid(r), guid(r, True)))


@P("entra", "dataverse")
def t_appsettings_serviceclient(r, v, neg):
    o = org(r)
    return (r.choice(["appsettings.json", "src/Api/appsettings.Development.json"]), """{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "Dataverse": "AuthType=ClientSecret;SkipDiscovery=true;Url=%s/;ClientId=%s;Secret=%s"
  },
  "Sync": {
    "Tables": [ "%s", "%s" ],
    "PageSize": 5000
  }
}
""" % (dv_url(r, o), guid(r), v, r.choice(TABLES), r.choice(TABLES)))


@P("entra", "microsoft-entra")
def t_cs_serviceclient_ctor(r, v, neg):
    o = org(r)
    return ("tools/DataMigrator/Program.cs", """using System;
using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.Xrm.Sdk.Query;

namespace %s.DataMigrator
{
    internal static class Program
    {
        private static void Main(string[] args)
        {
            var instance = new Uri("%s");
            var client = new ServiceClient(instance, "%s", "%s", useUniqueInstance: true);
            if (!client.IsReady)
            {
                Console.Error.WriteLine(client.LastError);
                return;
            }

            var query = new QueryExpression("%s") { ColumnSet = new ColumnSet(true), TopCount = 50 };
            foreach (var row in client.RetrieveMultiple(query).Entities)
            {
                Console.WriteLine(row.Id);
            }
        }
    }
}
""" % (o.capitalize(), dv_url(r, o), guid(r), v, r.choice(TABLES)))


@P("entra", "power-platform-cli")
def t_pac_auth_sh(r, v, neg):
    return (r.choice(["scripts/deploy.sh", "build/pack-and-import.sh"]), """#!/usr/bin/env bash
set -euo pipefail

SOLUTION=%s
ENV_URL=%s

pac auth create --name ci --environment "$ENV_URL" \\
  --applicationId %s \\
  --clientSecret '%s' \\
  --tenant %s

pac solution pack --zipfile "out/${SOLUTION}_managed.zip" --folder "src/${SOLUTION}" --packagetype Managed
pac solution import --path "out/${SOLUTION}_managed.zip" --activate-plugins --force-overwrite
""" % (solname(r), dv_url(r), guid(r), shq(v), guid(r)))


@P("entra", "power-platform-cli")
def t_pac_auth_ps1(r, v, neg):
    return ("pipelines/scripts/Import-Solution.ps1", """param(
    [string]$EnvironmentUrl = "%s",
    [string]$Solution = "%s"
)

$ErrorActionPreference = "Stop"
$appId  = "%s"
$tenant = "%s"
$secret = '%s'

pac auth create --environment $EnvironmentUrl --applicationId $appId --clientSecret $secret --tenant $tenant
pac solution import --path ".\\out\\$Solution.zip" --async --max-async-wait-time 60
Write-Host "Imported $Solution into $EnvironmentUrl"
""" % (dv_url(r), solname(r), guid(r), guid(r), sq(v)))


@P("entra", "pnp-powershell")
def t_pnp_connect(r, v, neg):
    o = org(r)
    return ("scripts/Provision-SiteDocs.ps1", """# Provisions the document library used by the %s solution
Import-Module PnP.PowerShell

$siteUrl = "https://%s.sharepoint.com/sites/%s"
Connect-PnPOnline -Url $siteUrl -ClientId "%s" -ClientSecret "%s" -WarningAction Ignore

$lib = Get-PnPList -Identity "Case Documents" -ErrorAction SilentlyContinue
if (-not $lib) {
    New-PnPList -Title "Case Documents" -Template DocumentLibrary -OnQuickLaunch
}
Add-PnPField -List "Case Documents" -DisplayName "Dataverse Id" -InternalName "DataverseId" -Type Text
""" % (solname(r), o, r.choice(["casemgmt", "projects", "hr", "sales"]), guid(r), v))


@P("pwd", "pnp-powershell")
def t_pnp_credentials(r, v, neg):
    o = org(r)
    return ("scripts/Export-Flows.ps1", """Import-Module Microsoft.PowerApps.Administration.PowerShell

$user = "svc.powerplatform@%s.com"
$pass = ConvertTo-SecureString "%s" -AsPlainText -Force
Add-PowerAppsAccount -Username $user -Password $pass

$envName = "%s"
Get-AdminFlow -EnvironmentName $envName | ForEach-Object {
    Write-Host $_.DisplayName $_.FlowName
}
""" % (o, v, guid(r)))


@P("entra", "power-platform-build-tools")
def t_ado_pipeline_vars(r, v, neg):
    return ("azure-pipelines.yml", """trigger:
  branches:
    include: [ main ]

pool:
  vmImage: windows-latest

variables:
  SolutionName: %s
  EnvironmentUrl: %s
  ClientId: %s
  TenantId: %s
  ClientSecret: '%s'

steps:
  - task: microsoft-IsvExpTools.PowerPlatform-BuildTools.tool-installer.PowerPlatformToolInstaller@2
    displayName: Install Power Platform Build Tools
  - task: microsoft-IsvExpTools.PowerPlatform-BuildTools.pack-solution.PowerPlatformPackSolution@2
    inputs:
      SolutionSourceFolder: src/$(SolutionName)
      SolutionOutputFile: $(Build.ArtifactStagingDirectory)/$(SolutionName).zip
""" % (solname(r), dv_url(r), guid(r), guid(r), sq(v)))


@P("entra", "power-platform-actions")
def t_gh_actions(r, v, neg):
    return (".github/workflows/export-solution.yml", """name: export-solution
on:
  workflow_dispatch:

jobs:
  export:
    runs-on: windows-latest
    steps:
      - uses: actions/checkout@v4
      - name: who-am-i
        uses: microsoft/powerplatform-actions/who-am-i@v1
        with:
          environment-url: %s
          app-id: %s
          client-secret: %s
          tenant-id: %s
      - name: export
        uses: microsoft/powerplatform-actions/export-solution@v1
        with:
          environment-url: %s
          solution-name: %s
          solution-output-file: out/solution.zip
""" % (dv_url(r), guid(r), yq(v), guid(r), dv_url(r), solname(r)))


@P("entra", "dataverse")
def t_xrmtoolbox_conn(r, v, neg):
    o = org(r)
    return ("tools/XrmToolBox/Connections/%s.xml" % o.capitalize(), """<?xml version="1.0" encoding="utf-8"?>
<CrmConnections xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <Connections>
    <ConnectionDetail>
      <ConnectionId>%s</ConnectionId>
      <ConnectionName>%s %s</ConnectionName>
      <NewAuthType>ClientSecret</NewAuthType>
      <AzureAdAppId>%s</AzureAdAppId>
      <OriginalUrl>%s</OriginalUrl>
      <ConnectionString>AuthType=ClientSecret;url=%s;ClientId=%s;ClientSecret=%s</ConnectionString>
      <UseIfd>false</UseIfd>
      <Timeout>PT2M</Timeout>
    </ConnectionDetail>
  </Connections>
  <Name>%s</Name>
</CrmConnections>
""" % (guid(r), o.capitalize(), r.choice(ENVS).upper(), guid(r), dv_url(r, o), dv_url(r, o), guid(r), x(v), o))


@P("sig", "power-automate")
def t_flow_url_js(r, v, neg):
    return (r.choice(["src/webresources/js/submitCase.js", "web/scripts/notify.js"]), """// Posts the form payload to the intake flow
const INTAKE_ENDPOINT = "%s";

async function submitCase(payload) {
  const res = await fetch(INTAKE_ENDPOINT, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(payload),
  });
  if (!res.ok) {
    throw new Error("Intake flow returned " + res.status);
  }
  return res.status;
}

export { submitCase };
""" % callback(r, v))


@P("sig", "logic-apps")
def t_logic_url_parameters_json(r, v, neg):
    return ("LogicApps/parameters.json", """{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "logicAppName": { "value": "la-%s-orders-%s" },
    "location": { "value": "%s" },
    "notificationCallbackUrl": {
      "value": "%s"
    },
    "retryCount": { "value": %d }
  }
}
""" % (org(r), r.choice(ENVS), r.choice(AZREG), callback(r, v, r.choice(["manual", "When_a_HTTP_request_is_received"])), r.randrange(2, 6)))


@P("sig", "power-automate")
def t_flow_url_ps1(r, v, neg):
    return ("scripts/Send-Alert.ps1", """param([string]$Message = "Nightly import finished")

$body = @{ text = $Message; source = $env:COMPUTERNAME } | ConvertTo-Json
Invoke-RestMethod -Method Post -ContentType "application/json" -Body $body `
    -Uri "%s"
""" % callback(r, v))


@P("sig", "power-automate")
def t_flow_url_cs_plugin(r, v, neg):
    return ("Plugins/Contoso.Plugins/NotifyOnCaseCreate.cs", """using System;
using System.Net.Http;
using System.Text;
using Microsoft.Xrm.Sdk;

namespace Contoso.Plugins
{
    public class NotifyOnCaseCreate : IPlugin
    {
        private const string FlowUrl =
            "%s";

        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext));
            var target = (Entity)context.InputParameters["Target"];
            using (var http = new HttpClient())
            {
                var json = "{\\"id\\":\\"" + target.Id + "\\"}";
                http.PostAsync(FlowUrl, new StringContent(json, Encoding.UTF8, "application/json")).Wait();
            }
        }
    }
}
""" % callback(r, v))


@P("sig", "power-automate")
def t_flow_url_fx_yaml(r, v, neg):
    return ("CanvasApps/src/%sApp/Src/Screen1.fx.yaml" % r.choice(["Inspection", "Expense", "Visitor"]), """Screen1 As screen:
    Fill: =RGBA(245, 245, 245, 1)

    btnSubmit As button:
        Text: ="Submit"
        X: =40
        Y: =520
        OnSelect: |-
            =Set(varStatus, "sending");
            Launch("%s&id=" & EncodeUrl(txtRef.Text));
            Set(varStatus, "sent")

    lblStatus As label:
        Text: =varStatus
        Y: =580
""" % callback(r, v))


@P("dl", "copilot-studio")
def t_webchat_html(r, v, neg):
    return ("web/chat/index.html", """<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Support assistant</title>
    <script crossorigin="anonymous" src="https://cdn.botframework.com/botframework-webchat/latest/webchat.js"></script>
  </head>
  <body>
    <div id="webchat" role="main"></div>
    <script>
      window.WebChat.renderWebChat(
        {
          directLine: window.WebChat.createDirectLine({ secret: '%s' }),
          userID: 'web-' + Date.now(),
          locale: 'en-US'
        },
        document.getElementById('webchat')
      );
    </script>
  </body>
</html>
""" % jsq(v))


@P("dl", "copilot-studio")
def t_webchat_iframe_md(r, v, neg):
    bot = r.choice(["hr-helpdesk-bot", "it-support-agent", "%s-copilot" % org(r)])
    return ("docs/embedding.md", """# Embedding the agent

The agent is published to the *Custom website* channel. Paste this into the intranet page:

```html
<iframe src="https://webchat.botframework.com/embed/%s?s=%s"
        style="min-width: 400px; width: 100%%; min-height: 500px;"></iframe>
```

Ask the platform team before changing the channel security settings.
""" % (bot, v))


@P("dl", "copilot-studio")
def t_dl_appsettings(r, v, neg):
    return ("TokenService/appsettings.json", """{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "DirectLine": {
    "Endpoint": "https://directline.botframework.com/v3/directline/tokens/generate",
    "Secret": "%s"
  },
  "Cors": { "AllowedOrigins": [ "https://intranet.%s.com" ] }
}
""" % (v, org(r)))


@P("dl", "copilot-studio")
def t_dl_curl_md(r, v, neg):
    return ("docs/bot/token-exchange.md", """## Getting a conversation token

The web page never sees the channel secret; the token service swaps it for a token:

```bash
curl -s -X POST https://directline.botframework.com/v3/directline/tokens/generate \\
  -H "Authorization: Bearer %s"
```

The response contains `token`, `expires_in` (3600) and `conversationId`.
""" % v)


@P("dl", "copilot-studio")
def t_dl_cs(r, v, neg):
    return ("src/TokenApi/Controllers/TokenController.cs", """using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/token")]
public class TokenController : ControllerBase
{
    private static readonly HttpClient Http = new HttpClient();
    private const string ChannelKey = "%s";

    [HttpGet]
    public async Task<IActionResult> Get()
    {
        var req = new HttpRequestMessage(HttpMethod.Post, "https://directline.botframework.com/v3/directline/tokens/generate");
        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ChannelKey);
        var res = await Http.SendAsync(req);
        return Content(await res.Content.ReadAsStringAsync(), "application/json");
    }
}
""" % v)


# ================================================================ positive templates (part 2)
@P("entra", "power-automate")
def t_flow_definition_aad_oauth(r, v, neg):
    return ("src/%s/Workflows/SyncInvoices-%s.json" % (solname(r), guid(r, True)), """{
  "properties": {
    "connectionReferences": {
      "shared_commondataserviceforapps": {
        "runtimeSource": "embedded",
        "connection": { "connectionReferenceLogicalName": "%s_sharedcommondataserviceforapps_%s" },
        "api": { "name": "shared_commondataserviceforapps" }
      }
    },
    "definition": {
      "$schema": "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
      "contentVersion": "1.0.0.0",
      "triggers": {
        "Recurrence": { "type": "Recurrence", "recurrence": { "frequency": "Hour", "interval": 1 } }
      },
      "actions": {
        "Get_invoices": {
          "type": "Http",
          "inputs": {
            "method": "GET",
            "uri": "https://erp-api.%s.com/v2/invoices?status=open",
            "authentication": {
              "type": "ActiveDirectoryOAuth",
              "tenant": "%s",
              "audience": "api://%s",
              "clientId": "%s",
              "secret": "%s"
            }
          },
          "runAfter": {}
        }
      }
    },
    "templateName": ""
  },
  "schemaVersion": "1.0.0.0"
}
""" % (r.choice(PREFIXES), rs(r, HEX, 5), org(r), guid(r), guid(r), guid(r), v))


@P("pwd", "power-automate")
def t_flow_definition_basic(r, v, neg):
    return ("solution/Workflows/PushToLegacyERP.json", """{
  "definition": {
    "triggers": {
      "When_a_row_is_added": {
        "type": "OpenApiConnectionWebhook",
        "inputs": {
          "host": { "apiId": "/providers/Microsoft.PowerApps/apis/shared_commondataserviceforapps", "operationId": "SubscribeWebhookTrigger", "connectionName": "shared_commondataserviceforapps" },
          "parameters": { "subscriptionRequest/message": 1, "subscriptionRequest/entityname": "salesorder", "subscriptionRequest/scope": 4 }
        }
      }
    },
    "actions": {
      "Post_order": {
        "type": "Http",
        "inputs": {
          "method": "POST",
          "uri": "https://legacy-erp.%s.local/api/orders",
          "body": "@triggerOutputs()?['body']",
          "authentication": { "type": "Basic", "username": "flow_integration", "password": "%s" }
        }
      }
    }
  }
}
""" % (org(r), v))


@P("apim", "azure-api-management")
def t_flow_definition_header_key(r, v, neg):
    return ("Workflows/EnrichLead-%s.json" % guid(r, True), """{
  "definition": {
    "actions": {
      "Lookup_company": {
        "type": "Http",
        "inputs": {
          "method": "GET",
          "uri": "https://apim-%s-%s.azure-api.net/companies/v1/lookup",
          "queries": { "domain": "@{triggerBody()?['websiteurl']}" },
          "headers": {
            "Ocp-Apim-Subscription-Key": "%s",
            "Accept": "application/json"
          }
        },
        "runAfter": {}
      }
    },
    "outputs": {}
  }
}
""" % (org(r), r.choice(ENVS), v))


@P("entra", "custom-connector")
def t_apiproperties_oauth(r, v, neg):
    return ("connectors/%s-erp/apiProperties.json" % org(r), """{
  "properties": {
    "connectionParameters": {
      "token": {
        "type": "oauthSetting",
        "oAuthSettings": {
          "identityProvider": "aad",
          "clientId": "%s",
          "clientSecret": "%s",
          "scopes": [],
          "redirectMode": "GlobalPerConnector",
          "redirectUrl": "https://global.consent.azure-apim.net/redirect",
          "properties": { "IsFirstParty": "False", "AzureActiveDirectoryResourceId": "api://%s" },
          "customParameters": {
            "loginUri": { "value": "https://login.microsoftonline.com" },
            "tenantId": { "value": "common" },
            "resourceUri": { "value": "api://%s" }
          }
        }
      }
    },
    "iconBrandColor": "#%s",
    "capabilities": [],
    "publisher": "%s"
  }
}
""" % (guid(r), v, guid(r), guid(r), rs(r, "0123456789ABCDEF", 6), org(r).capitalize()))


@P("apim", "custom-connector")
def t_swagger_xms_default(r, v, neg):
    return ("connectors/GeoLookup/apiDefinition.swagger.json", """{
  "swagger": "2.0",
  "info": { "title": "Geo Lookup", "description": "Resolves postal codes", "version": "1.0" },
  "host": "apim-%s.azure-api.net",
  "basePath": "/geo",
  "schemes": [ "https" ],
  "paths": {
    "/postal/{code}": {
      "get": {
        "operationId": "GetPostalCode",
        "summary": "Get postal code",
        "parameters": [
          { "name": "code", "in": "path", "required": true, "type": "string" },
          {
            "name": "Ocp-Apim-Subscription-Key",
            "in": "header",
            "required": true,
            "type": "string",
            "default": "%s",
            "x-ms-visibility": "internal",
            "x-ms-summary": "Subscription key"
          }
        ],
        "responses": { "200": { "description": "OK" } }
      }
    }
  }
}
""" % (org(r), v))


@P("entra", "custom-connector")
def t_paconn_create_md(r, v, neg):
    return ("connectors/README.md", """# Custom connectors

Connectors are deployed with the `paconn` CLI.

```powershell
paconn login
paconn create --env %s `
  --api-prop .\\HrSystem\\apiProperties.json `
  --api-def .\\HrSystem\\apiDefinition.swagger.json `
  --icon .\\HrSystem\\icon.png `
  --secret "%s"
```

After creation, share the connector with the *HR Makers* security group.
""" % (guid(r), v))


@P("apim", "custom-connector")
def t_connection_params_json(r, v, neg):
    return ("connectors/WeatherService/apiProperties.json", """{
  "properties": {
    "connectionParameters": {
      "api_key": {
        "type": "securestring",
        "uiDefinition": {
          "displayName": "API Key",
          "description": "The API Key for this api",
          "tooltip": "Provide your API Key",
          "constraints": { "tabIndex": 2, "clearText": false, "required": "true" }
        }
      }
    },
    "policyTemplateInstances": [
      {
        "templateId": "setheader",
        "title": "Subscription key",
        "parameters": {
          "x-ms-apimTemplateParameter.name": "Ocp-Apim-Subscription-Key",
          "x-ms-apimTemplateParameter.value": "%s",
          "x-ms-apimTemplateParameter.existsAction": "override",
          "x-ms-apimTemplate-policySection": "Request"
        }
      }
    ],
    "iconBrandColor": "#007ee5"
  }
}
""" % v)


@P("entra", "power-platform-alm")
def t_deployment_settings(r, v, neg):
    p = r.choice(PREFIXES)
    return ("deployment/settings/deploymentSettings.%s.json" % r.choice(["uat", "prod", "test"]), """{
  "EnvironmentVariables": [
    { "SchemaName": "%s_ErpBaseUrl", "Value": "https://erp.%s.com/api" },
    { "SchemaName": "%s_ErpClientId", "Value": "%s" },
    { "SchemaName": "%s_ErpClientSecret", "Value": "%s" }
  ],
  "ConnectionReferences": [
    {
      "LogicalName": "%s_sharedcommondataserviceforapps_%s",
      "ConnectionId": "%s",
      "ConnectorId": "/providers/Microsoft.PowerApps/apis/shared_commondataserviceforapps"
    }
  ]
}
""" % (p, org(r), p, guid(r), p, v, p, rs(r, HEX, 5), rs(r, HEX, 32)))


@P("apim", "power-platform-alm")
def t_envvar_definition_xml(r, v, neg):
    p = r.choice(PREFIXES)
    name = "%s_%s" % (p, r.choice(["GeoApiKey", "PartnerApiKey", "ScoringKey"]))
    return ("src/%s/environmentvariabledefinitions/%s/environmentvariabledefinition.xml" % (solname(r), name),
            """<environmentvariabledefinition schemaname="%s">
  <defaultvalue>%s</defaultvalue>
  <description default="Key used by the enrichment flows">
    <label description="Key used by the enrichment flows" languagecode="1033" />
  </description>
  <displayname default="%s">
    <label description="%s" languagecode="1033" />
  </displayname>
  <introducedversion>%s</introducedversion>
  <iscustomizable>1</iscustomizable>
  <isrequired>0</isrequired>
  <type>100000000</type>
</environmentvariabledefinition>
""" % (name, x(v), name, name, ver(r)))


@P("sbkey", "power-platform-alm")
def t_envvar_values_json(r, v, neg):
    p = r.choice(PREFIXES)
    return ("src/%s/environmentvariablevalues.json" % solname(r), """{
  "environmentvariablevalues": {
    "environmentvariablevalue": [
      {
        "@schemaname": "%s_QueueNamespace",
        "value": "sb-%s-%s"
      },
      {
        "@schemaname": "%s_QueueConnection",
        "value": "Endpoint=sb://sb-%s-%s.servicebus.windows.net/;SharedAccessKeyName=flows-send;SharedAccessKey=%s;EntityPath=orders"
      }
    ]
  }
}
""" % (p, org(r), r.choice(ENVS), p, org(r), r.choice(ENVS), v))


@P("entra", "power-pages")
def t_powerpages_sitesetting(r, v, neg):
    return (".powerpages-site/site-settings/Authentication-OpenIdConnect-AzureAD-ClientSecret.sitesetting.yml", """adx_name: Authentication/OpenIdConnect/AzureAD/ClientSecret
adx_sitesettingid: %s
adx_source: 0
adx_value: %s
adx_websiteid: %s
""" % (guid(r), yq(v), guid(r)))


@P("pwd", "power-pages")
def t_powerpages_sitesettings_list(r, v, neg):
    return ("portal/%s-portal/sitesetting.yml" % org(r), """- adx_name: Authentication/Registration/Enabled
  adx_value: true
  adx_sitesettingid: %s
- adx_name: Search/Enabled
  adx_value: true
  adx_sitesettingid: %s
- adx_name: SMTP/Username
  adx_value: noreply@%s.com
  adx_sitesettingid: %s
- adx_name: SMTP/Password
  adx_value: %s
  adx_sitesettingid: %s
- adx_name: Site/EnableDefaultHtmlEncoding
  adx_value: true
  adx_sitesettingid: %s
""" % (guid(r), guid(r), org(r), guid(r), yq(v), guid(r), guid(r)))


@P("apim", "dataverse-plugin")
def t_plugin_ctor_secure(r, v, neg):
    return ("Plugins/Tests/ScoringPluginTests.cs", """using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Contoso.Plugins.Tests
{
    [TestClass]
    public class ScoringPluginTests
    {
        [TestMethod]
        public void Plugin_Parses_Configuration()
        {
            var unsecure = "{\\"endpoint\\":\\"https://scoring.%s.com/v1/score\\",\\"timeoutSeconds\\":20}";
            var secure = "{\\"apiKey\\":\\"%s\\"}";
            var plugin = new ScoringPlugin(unsecure, secure);
            Assert.IsNotNull(plugin.Settings);
            Assert.AreEqual(20, plugin.Settings.TimeoutSeconds);
        }
    }
}
""" % (org(r), v))


@P("pwd", "dataverse-plugin")
def t_plugin_registration_json(r, v, neg):
    return ("Plugins/registration/steps.json", """{
  "assembly": "Contoso.Plugins, Version=%s, Culture=neutral, PublicKeyToken=%s",
  "steps": [
    {
      "name": "Contoso.Plugins.ExportToFtp: Update of invoice",
      "message": "Update",
      "primaryEntity": "invoice",
      "stage": 40,
      "mode": 1,
      "unsecureConfiguration": "{\\"host\\":\\"ftp.%s.com\\",\\"folder\\":\\"/inbound/invoices\\"}",
      "secureConfiguration": "{\\"user\\":\\"crm_export\\",\\"password\\":\\"%s\\"}",
      "filteringAttributes": "statecode,totalamount"
    }
  ]
}
""" % (ver(r), rs(r, HEX, 16), org(r), v))


@P("pwd", "dataverse")
def t_customizations_xml_plugin(r, v, neg):
    return ("src/%s/Other/Customizations.xml" % solname(r), """<?xml version="1.0" encoding="utf-8"?>
<ImportExportXml xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" OrganizationVersion="9.2.24034.194" OrganizationSchemaType="Standard" CRMServerServiceabilityVersion="9.2.24034.00194">
  <Entities />
  <Roles />
  <Workflows />
  <FieldSecurityProfiles />
  <Templates />
  <SdkMessageProcessingSteps>
    <SdkMessageProcessingStep Name="Contoso.Plugins.SftpExport: Create of account" SdkMessageProcessingStepId="{%s}">
      <PluginTypeName>Contoso.Plugins.SftpExport</PluginTypeName>
      <SdkMessageId>{%s}</SdkMessageId>
      <Configuration>host=sftp.%s.net;port=22;user=d365export;password=%s</Configuration>
      <Mode>1</Mode>
      <Rank>1</Rank>
      <Stage>40</Stage>
    </SdkMessageProcessingStep>
  </SdkMessageProcessingSteps>
  <Languages>
    <Language>1033</Language>
  </Languages>
</ImportExportXml>
""" % (guid(r), guid(r), org(r), x(v)))


@P("apim", "power-apps")
def t_fx_yaml_app_onstart(r, v, neg):
    return ("CanvasApps/src/FieldInspection/Src/App.fx.yaml", """App As appinfo:
    BackEnabled: =false
    OnStart: |-
        =Set(gblApiBase, "https://apim-%s.azure-api.net/inspections");
        Set(gblApiKey, "%s");
        Set(gblUser, User());
        ClearCollect(colSites, Sites)
    Theme: =PowerAppsTheme

    Host As hostControl.DefaultHostControlVariant:
        OnCancel: =false
""" % (org(r), v))


@P("apim", "power-apps")
def t_pa_yaml_onselect(r, v, neg):
    return ("src/%s/CanvasApps/Src/scrOrders.pa.yaml" % solname(r), """Screens:
  scrOrders:
    Properties:
      Fill: =RGBA(250, 250, 250, 1)
      OnVisible: =Refresh(Orders)
    Children:
      - btnQuote:
          Control: Classic/Button@2.2.0
          Properties:
            Text: ="Get quote"
            OnSelect: |-
              =Set(
                  varQuote,
                  PricingAPI.GetQuote({sku: galItems.Selected.SKU, qty: Value(txtQty.Text), subscriptionKey: "%s"})
              )
            X: =32
            Y: =480
""" % v)


@P("wsak", "business-central")
def t_bc_csharp_networkcredential(r, v, neg):
    return ("src/BcSync/BcClient.cs", """using System;
using System.Net;
using System.Net.Http;

namespace BcSync
{
    public static class BcClient
    {
        public static HttpClient Create()
        {
            var handler = new HttpClientHandler
            {
                Credentials = new NetworkCredential("%s", "%s")
            };
            return new HttpClient(handler)
            {
                BaseAddress = new Uri("https://bc.%s.com:7048/BC/ODataV4/Company('CRONUS%%20USA%%2C%%20Inc.')/")
            };
        }
    }
}
""" % (r.choice(["WEBSVC", "API_USER", "INTEGRATION"]), v, org(r)))


@P("wsak", "business-central")
def t_bc_python_requests(r, v, neg):
    return ("integration/bc_items.py", """import requests

BASE = "https://api.businesscentral.dynamics.com/v2.0/%s/Production/ODataV4"
COMPANY = "CRONUS International Ltd."


def fetch_items(top=100):
    url = f"{BASE}/Company('{COMPANY}')/ItemCard?$top={top}"
    resp = requests.get(url, auth=("%s", "%s"), timeout=30)
    resp.raise_for_status()
    return resp.json()["value"]


if __name__ == "__main__":
    for item in fetch_items():
        print(item["No"], item["Description"])
""" % (guid(r), r.choice(["ADMIN", "WSUSER", "SYNCUSER"]), v))


@P("wsak", "business-central")
def t_bc_postman_env(r, v, neg):
    return ("postman/BC-Sandbox.postman_environment.json", """{
  "id": "%s",
  "name": "BC Sandbox",
  "values": [
    { "key": "baseUrl", "value": "https://api.businesscentral.dynamics.com/v2.0/%s/Sandbox/api/v2.0", "enabled": true },
    { "key": "companyId", "value": "%s", "enabled": true },
    { "key": "wsUser", "value": "WEBSERVICE", "enabled": true },
    { "key": "wsKey", "value": "%s", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment"
}
""" % (guid(r), guid(r), guid(r), v))


@P("wsak", "business-central")
def t_bc_ps_credential(r, v, neg):
    return ("scripts/Get-BcCustomers.ps1", """$company = "CRONUS%%20UK%%20Ltd."
$url = "https://nav.%s.local:7048/DynamicsNAV110/ODataV4/Company('$company')/Customer"
$pair = "SVC_ODATA:%s"
$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))

$resp = Invoke-RestMethod -Uri $url -Headers @{ Authorization = "Basic $basic" }
$resp.value | Select-Object No, Name, Balance_LCY | Format-Table
""" % (org(r), v))


@P("wsak", "business-central")
def t_bc_appconfig(r, v, neg):
    return ("NavConnector/app.config", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="NavServiceUrl" value="https://nav.%s.local:7047/DynamicsNAV100/WS/CRONUS/Page/SalesOrder" />
    <add key="NavUser" value="%s\\svc-nav-ws" />
    <add key="NavWebServiceKey" value="%s" />
    <add key="PollIntervalSeconds" value="60" />
  </appSettings>
</configuration>
""" % (org(r), org(r).upper(), x(v)))


@P("apim", "business-central")
def t_bc_al_label(r, v, neg):
    return ("src/Integration/Cod50110.ShippingRates.al", """codeunit 50110 "Shipping Rates Mgt."
{
    var
        ApiBaseTxt: Label 'https://apim-%s.azure-api.net/rates/v1', Locked = true;
        ApiKeyTxt: Label '%s', Locked = true;

    procedure GetRate(PostCode: Code[20]; WeightKg: Decimal): Decimal
    var
        Client: HttpClient;
        Response: HttpResponseMessage;
        Body: Text;
    begin
        Client.DefaultRequestHeaders.Add('Ocp-Apim-Subscription-Key', ApiKeyTxt);
        Client.Get(ApiBaseTxt + '/quote?postcode=' + PostCode + '&weight=' + Format(WeightKg, 0, 9), Response);
        Response.Content.ReadAs(Body);
        exit(ParseRate(Body));
    end;

    local procedure ParseRate(Body: Text): Decimal
    var
        Json: JsonObject;
        Token: JsonToken;
    begin
        Json.ReadFrom(Body);
        Json.Get('rate', Token);
        exit(Token.AsValue().AsDecimal());
    end;
}
""" % (org(r), sq(v)))


@P("entra", "business-central")
def t_bc_al_oauth(r, v, neg):
    return ("src/Codeunits/TokenHelper.Codeunit.al", """codeunit 50140 "DMS Token Helper"
{
    procedure GetToken(): SecretText
    var
        OAuth2: Codeunit OAuth2;
        Scopes: List of [Text];
        Token: SecretText;
    begin
        Scopes.Add('api://%s/.default');
        OAuth2.AcquireTokenWithClientCredentials(
            '%s',
            '%s',
            'https://login.microsoftonline.com/%s/oauth2/v2.0/token',
            '', Scopes, Token);
        exit(Token);
    end;
}
""" % (guid(r), guid(r), sq(v), guid(r)))


# ================================================================ positive templates (part 3)
@P("acct", "logic-apps")
def t_la_standard_local_settings(r, v, neg):
    o = org(r)
    return ("LogicApps/%s-workflows/local.settings.json" % o, """{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=st%s%s;AccountKey=%s;EndpointSuffix=core.windows.net",
    "FUNCTIONS_WORKER_RUNTIME": "node",
    "APP_KIND": "workflowapp",
    "WORKFLOWS_SUBSCRIPTION_ID": "%s",
    "WORKFLOWS_LOCATION_NAME": "%s"
  }
}
""" % (o[:10], rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 4), v, guid(r), r.choice(AZREG)))


@P("sbkey", "logic-apps")
def t_la_connections_json(r, v, neg):
    return ("LogicApps/connections.json", """{
  "serviceProviderConnections": {
    "serviceBus": {
      "parameterValues": {
        "connectionString": "Endpoint=sb://sb-%s-%s.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=%s"
      },
      "serviceProvider": { "id": "/serviceProviders/serviceBus" },
      "displayName": "orders-bus"
    }
  },
  "managedApiConnections": {
    "office365": {
      "api": { "id": "/subscriptions/%s/providers/Microsoft.Web/locations/%s/managedApis/office365" },
      "connection": { "id": "/subscriptions/%s/resourceGroups/rg-integration/providers/Microsoft.Web/connections/office365" },
      "authentication": { "type": "ManagedServiceIdentity" }
    }
  }
}
""" % (org(r), r.choice(ENVS), v, guid(r), r.choice(AZREG), guid(r)))


@P("entra", "logic-apps")
def t_terraform_logicapp(r, v, neg):
    return ("infra/terraform/dataverse_sync.tf", """resource "azurerm_logic_app_standard" "sync" {
  name                       = "la-dv-sync-%s"
  location                   = azurerm_resource_group.int.location
  resource_group_name        = azurerm_resource_group.int.name
  app_service_plan_id        = azurerm_service_plan.int.id
  storage_account_name       = azurerm_storage_account.int.name
  storage_account_access_key = azurerm_storage_account.int.primary_access_key

  app_settings = {
    "FUNCTIONS_WORKER_RUNTIME" = "node"
    "DATAVERSE_URL"            = "%s"
    "DATAVERSE_CLIENT_ID"      = "%s"
    "DATAVERSE_CLIENT_SECRET"  = "%s"
  }
}
""" % (r.choice(ENVS), dv_url(r), guid(r), v))


@P("entra", "dataverse")
def t_dockerfile_env(r, v, neg):
    return ("services/dv-exporter/Dockerfile", """FROM mcr.microsoft.com/dotnet/runtime:8.0
WORKDIR /app
COPY ./publish .

ENV DV_URL=%s \\
    DV_APP_ID=%s \\
    DV_APP_SECRET=%s \\
    EXPORT_TABLES=%s,%s

ENTRYPOINT ["dotnet", "DvExporter.dll"]
""" % (dv_url(r), guid(r), v, r.choice(TABLES), r.choice(TABLES)))


@P("entra", "dataverse")
def t_dotenv(r, v, neg):
    return (r.choice([".env", ".env.local"]), """# local development settings for the Dataverse sync worker
DATAVERSE_URL=%s
AZURE_TENANT_ID=%s
AZURE_CLIENT_ID=%s
AZURE_CLIENT_SECRET=%s
SYNC_INTERVAL_MINUTES=15
""" % (dv_url(r), guid(r), guid(r), v))


@P("entra", "microsoft-entra")
def t_csv_environments(r, v, neg):
    rows = []
    k = r.randrange(3)
    for i, e in enumerate(["dev", "test", "prod"]):
        sec = v if i == k else ""
        rows.append("%s,%s,%s,%s,%s" % (e, dv_url(r), guid(r), guid(r), sec))
    return ("deployment/environments.csv", "environment,url,tenant_id,app_id,client_secret\n" + "\n".join(rows) + "\n")


@P("wsak", "business-central")
def t_csv_ws_users(r, v, neg):
    users = ["WS_SHOPIFY", "WS_EDI", "WS_POWERBI", "WS_WMS"]
    k = r.randrange(len(users))
    lines = ["user_name;full_name;web_service_access_key;key_expires"]
    for i, u in enumerate(users):
        lines.append("%s;%s integration;%s;%s" % (u, u[3:].title(), v if i == k else "", "" if i == k else "n/a"))
    return ("migration/bc-users-import.csv", "\n".join(lines) + "\n")


@P("pwd", "dynamics-gp")
def t_gp_econnect_config(r, v, neg):
    return ("GP.Integration/eConnectService.exe.config", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="GPServer" value="SQLGP%02d" />
    <add key="Company" value="TWO" />
    <add key="eConnectConnection" value="data source=SQLGP%02d;initial catalog=TWO;user id=econnect_svc;password=%s;persist security info=False;packet size=4096" />
    <add key="BatchPrefix" value="WEB" />
  </appSettings>
</configuration>
""" % (r.randrange(1, 9), r.randrange(1, 9), x(v)))


@P("pwd", "dynamics-gp")
def t_gp_sql_script(r, v, neg):
    return ("db/gp/010_create_integration_login.sql", """-- Integration login used by the web order import (Dynamics GP company TWO)
USE [master];
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'gp_web_import')
    CREATE LOGIN [gp_web_import] WITH PASSWORD = N'%s', CHECK_POLICY = ON;
GO
USE [TWO];
GO
CREATE USER [gp_web_import] FOR LOGIN [gp_web_import];
ALTER ROLE [DYNGRP] ADD MEMBER [gp_web_import];
GO
""" % sq(v))


@P("pwd", "dynamics-nav")
def t_nav_ps_newuser(r, v, neg):
    return ("scripts/nav/Add-ServiceUsers.ps1", """Import-Module 'C:\\Program Files\\Microsoft Dynamics NAV\\110\\Service\\NavAdminTool.ps1'

$instance = "DynamicsNAV110"
$pwd = ConvertTo-SecureString -String '%s' -AsPlainText -Force
New-NAVServerUser -ServerInstance $instance -UserName "JOBQUEUE" -Password $pwd -FullName "Job queue runner"
New-NAVServerUserPermissionSet -ServerInstance $instance -UserName "JOBQUEUE" -PermissionSetId SUPER
""" % sq(v))


@P("pwd", "dataverse")
def t_kingswaysoft_conmgr(r, v, neg):
    return ("ssis/DataLoad/CRM.conmgr", """<?xml version="1.0"?>
<DTS:ConnectionManager xmlns:DTS="www.microsoft.com/SqlServer/Dts"
  DTS:ObjectName="CRM"
  DTS:DTSID="{%s}"
  DTS:CreationName="DynamicsCRM">
  <DTS:ObjectData>
    <DTS:ConnectionManager
      DTS:ConnectionString="ServiceEndpoint=OrganizationService;AuthenticationType=Passport;ServerUrl=%s;OrganizationName=%s;UserName=svc-ssis@%s.com;Password=%s;Timeout=120;RetryOnIntermittentErrors=True" />
  </DTS:ObjectData>
</DTS:ConnectionManager>
""" % (guid(r, True), dv_url(r), org(r), org(r), x(v)))


@P("entra", "dataverse")
def t_python_msal(r, v, neg):
    return ("scripts/dataverse_export.py", """import msal
import requests

TENANT = "%s"
ORG_URL = "%s"

app = msal.ConfidentialClientApplication(
    "%s",
    authority=f"https://login.microsoftonline.com/{TENANT}",
    client_credential="%s",
)
token = app.acquire_token_for_client(scopes=[f"{ORG_URL}/.default"])

resp = requests.get(
    f"{ORG_URL}/api/data/v9.2/%ss?$select=name&$top=10",
    headers={"Authorization": "Bearer " + token["access_token"], "OData-MaxVersion": "4.0"},
    timeout=30,
)
print(resp.json())
""" % (guid(r), dv_url(r), guid(r), v, r.choice(["account", "contact", "lead"])))


@P("entra", "dataverse")
def t_node_webapi(r, v, neg):
    return ("tools/dv-cli/src/auth.js", """const { ConfidentialClientApplication } = require("@azure/msal-node");

const cca = new ConfidentialClientApplication({
  auth: {
    clientId: "%s",
    authority: "https://login.microsoftonline.com/%s",
    clientSecret: "%s",
  },
});

async function getToken(orgUrl) {
  const result = await cca.acquireTokenByClientCredential({ scopes: [orgUrl + "/.default"] });
  return result.accessToken;
}

module.exports = { getToken };
""" % (guid(r), guid(r), v))


@P("entra", "dataverse")
def t_function_local_settings(r, v, neg):
    return ("functions/CaseRouter/local.settings.json", """{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "DataverseConnection": "AuthType=ClientSecret;Url=%s;ClientId=%s;ClientSecret=%s"
  }
}
""" % (dv_url(r), guid(r), v))


@P("pwd", "dataverse")
def t_md_troubleshooting(r, v, neg):
    return ("docs/troubleshooting.md", """# Troubleshooting the nightly import

1. Check the *System Jobs* view in the target environment for failed async operations.
2. Re-run the import locally against UAT:

```
dotnet run --project tools/Importer -- --conn "AuthType=OAuth;Url=%s;Username=svc-import@%s.com;Password=%s;AppId=%s;RedirectUri=http://localhost;LoginPrompt=Never"
```

3. If the run stops on duplicate detection, turn it off for the batch in *Settings > Data Management*.
""" % (dv_url(r), org(r), v, guid(r)))


@P("pwd", "dynamics-365")
def t_log_connect(r, v, neg):
    ts = "2024-%02d-%02d" % (r.randrange(1, 13), r.randrange(1, 29))
    return ("logs/importer-%s.log" % ts, """%s 02:00:01.114 INFO  Importer starting, batch size 500
%s 02:00:01.532 DEBUG Connecting with AuthType=Office365;Url=%s;Username=svc-import@%s.com;Password=%s
%s 02:00:04.018 INFO  Connected to organization %s (version 9.2)
%s 02:00:09.771 INFO  Imported 500 rows into %s
%s 02:00:10.002 INFO  Done
""" % (ts, ts, dv_url(r), org(r), v, ts, org(r), ts, r.choice(TABLES), ts))


@P("apim", "azure-api-management")
def t_ini_settings(r, v, neg):
    return ("config/enrichment.ini", """[general]
environment = %s
timeout = 30

[dataverse]
url = %s
table = %s

[geocoder]
endpoint = https://apim-%s.azure-api.net/geo/v1
subscription_key = %s
""" % (r.choice(ENVS), dv_url(r), r.choice(TABLES), org(r), v))


@P("dl", "copilot-studio")
def t_properties_dl(r, v, neg):
    return ("src/main/resources/application.properties", """server.port=8085
spring.application.name=bot-relay
relay.directline.base-url=https://directline.botframework.com/v3/directline
relay.directline.key=%s
relay.conversation.timeout=PT30M
logging.level.root=INFO
""" % v)


@P("entra", "dataverse")
def t_helm_values(r, v, neg):
    return ("deploy/helm/dv-sync/values.yaml", """replicaCount: 2
image:
  repository: acr%s.azurecr.io/dv-sync
  tag: "%s"
dataverse:
  url: %s
  tenantId: %s
  clientId: %s
  clientSecret: "%s"
resources:
  limits:
    cpu: 500m
    memory: 512Mi
""" % (org(r), ver(r), dv_url(r), guid(r), guid(r), v))


@P("pem", "dataverse")
def t_pem_cert_auth(r, v, neg):
    blk = pem_block(r, "CERTIFICATE") if neg else pem_block(r, r.choice(["PRIVATE KEY", "RSA PRIVATE KEY"]))
    return ("certs/dv-s2s-%s.pem" % r.choice(ENVS), """Bag Attributes
    friendlyName: dataverse-s2s-%s
    localKeyID: %s
%s
""" % (org(r), " ".join(rs(r, "0123456789ABCDEF", 2) for _ in range(20)), blk))


@P("pem", "dataverse")
def t_pem_in_json(r, v, neg):
    kind = "CERTIFICATE" if neg else "PRIVATE KEY"
    blk = pem_block(r, kind)
    lines = blk.split("\n")
    field = "certificatePem" if neg else "privateKeyPem"
    return ("config/integration.%s.json" % r.choice(ENVS), """{
  "dataverseUrl": "%s",
  "clientId": "%s",
  "thumbprint": "%s",
  "%s": [
%s
  ]
}
""" % (dv_url(r), guid(r), rs(r, "0123456789ABCDEF", 40), field, ",\n".join('    "%s"' % ln for ln in lines)))


# ================================================================ look-alike negatives
@L("solution-metadata", "dataverse")
def n_solution_xml(r):
    p = r.choice(PREFIXES)
    return ("src/%s/Other/Solution.xml" % solname(r), """<?xml version="1.0" encoding="utf-8"?>
<ImportExportXml version="9.2.24034.194" SolutionPackageVersion="9.2" languagecode="1033" generatedBy="CrmLive">
  <SolutionManifest>
    <UniqueName>%s</UniqueName>
    <LocalizedNames>
      <LocalizedName description="%s" languagecode="1033" />
    </LocalizedNames>
    <Version>%s</Version>
    <Managed>0</Managed>
    <Publisher>
      <UniqueName>%spublisher</UniqueName>
      <CustomizationPrefix>%s</CustomizationPrefix>
      <CustomizationOptionValuePrefix>%d</CustomizationOptionValuePrefix>
    </Publisher>
    <RootComponents>
      <RootComponent type="1" schemaName="%s_%s" behavior="0" />
      <RootComponent type="29" id="{%s}" behavior="0" />
      <RootComponent type="380" schemaName="%s_ApiBaseUrl" behavior="0" />
    </RootComponents>
  </SolutionManifest>
</ImportExportXml>
""" % (solname(r), solname(r), ver(r), p, p, r.randrange(10000, 99999), p, r.choice(["project", "asset", "visit"]), guid(r), p))


@L("connection-reference", "power-automate")
def n_flow_connrefs(r):
    p = r.choice(PREFIXES)
    return ("src/%s/Workflows/ApproveRequest-%s.json" % (solname(r), guid(r, True)), """{
  "properties": {
    "connectionReferences": {
      "shared_office365": {
        "runtimeSource": "embedded",
        "connection": { "connectionReferenceLogicalName": "%s_sharedoffice365_%s" },
        "api": { "name": "shared_office365" }
      },
      "shared_approvals": {
        "runtimeSource": "embedded",
        "connection": { "connectionReferenceLogicalName": "%s_sharedapprovals_%s" },
        "api": { "name": "shared_approvals" }
      }
    },
    "definition": {
      "triggers": { "manual": { "type": "Request", "kind": "Button", "inputs": { "schema": { "type": "object" } } } },
      "actions": {
        "Start_approval": {
          "type": "OpenApiConnectionWebhook",
          "inputs": {
            "host": { "connectionName": "shared_approvals", "operationId": "StartAndWaitForAnApproval", "apiId": "/providers/Microsoft.PowerApps/apis/shared_approvals" },
            "parameters": { "approvalType": "Basic", "WebhookApprovalCreationInput/title": "@{triggerBody()?['text']}", "WebhookApprovalCreationInput/assignedTo": "@{parameters('%s_Approvers (%s_Approvers)')}" },
            "authentication": "@parameters('$authentication')"
          }
        }
      }
    }
  },
  "schemaVersion": "1.0.0.0"
}
""" % (p, rs(r, HEX, 5), p, rs(r, HEX, 5), p, p))


@L("callback-url-no-sig", "logic-apps")
def n_callback_nosig(r):
    return ("docs/integration/endpoints.md", """# Inbound endpoints

| Flow | Method | URL |
|------|--------|-----|
| Case intake | POST | `https://%s:443/workflows/%s/triggers/manual/paths/invoke?api-version=2016-06-01` |
| Order status | GET | `https://%s/workflows/%s/triggers/manual/paths/invoke` |

The signed URL (with `sp`, `sv` and `sig`) is kept in Key Vault secret `flow-intake-url`;
fetch it with `az keyvault secret show --vault-name kv-%s-prod --name flow-intake-url`.
""" % (logic_host(r), rs(r, HEX, 32), logic_host(r), rs(r, HEX, 32), org(r)))


@L("parameters-expression", "logic-apps")
def n_la_workflow_params(r):
    return ("LogicApps/ProcessOrder/workflow.json", """{
  "definition": {
    "$schema": "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
    "actions": {
      "Call_ERP": {
        "type": "Http",
        "inputs": {
          "method": "POST",
          "uri": "@{parameters('ErpBaseUrl')}/orders",
          "headers": { "Ocp-Apim-Subscription-Key": "@{appsetting('ERP_SUBSCRIPTION_KEY')}" },
          "body": "@triggerBody()",
          "authentication": {
            "type": "ActiveDirectoryOAuth",
            "tenant": "@parameters('TenantId')",
            "audience": "@parameters('ErpAudience')",
            "clientId": "@parameters('ErpClientId')",
            "secret": "@parameters('ErpClientSecret')"
          }
        },
        "runAfter": {}
      },
      "Set_status": {
        "type": "SetVariable",
        "inputs": { "name": "status", "value": "@{variables('statusPrefix')}-@{outputs('Call_ERP')['statusCode']}" },
        "runAfter": { "Call_ERP": [ "Succeeded" ] }
      }
    },
    "triggers": { "manual": { "type": "Request", "kind": "Http" } }
  },
  "kind": "Stateful"
}
""")


@L("keyvault-reference", "logic-apps")
def n_la_parameters_kv(r):
    o = org(r)
    return ("LogicApps/parameters.json", """{
  "ErpClientSecret": {
    "type": "String",
    "value": "@appsetting('ErpClientSecret')"
  },
  "ErpClientId": {
    "type": "String",
    "value": "%s"
  },
  "TenantId": {
    "type": "String",
    "value": "%s"
  },
  "StorageConnection": {
    "type": "String",
    "value": "@Microsoft.KeyVault(SecretUri=https://kv-%s-int.vault.azure.net/secrets/storage-conn/)"
  }
}
""" % (guid(r), guid(r), o))


@L("environment-variable-secret-type", "power-platform-alm")
def n_envvar_secret_kv(r):
    p = r.choice(PREFIXES)
    name = "%s_ErpClientSecret" % p
    return ("src/%s/environmentvariabledefinitions/%s/environmentvariabledefinition.xml" % (solname(r), name),
            """<environmentvariabledefinition schemaname="%s">
  <description default="Client secret for the ERP app registration, stored in Azure Key Vault">
    <label description="Client secret for the ERP app registration, stored in Azure Key Vault" languagecode="1033" />
  </description>
  <displayname default="ERP Client Secret">
    <label description="ERP Client Secret" languagecode="1033" />
  </displayname>
  <introducedversion>%s</introducedversion>
  <iscustomizable>1</iscustomizable>
  <isrequired>1</isrequired>
  <secretstore>0</secretstore>
  <type>100000005</type>
</environmentvariabledefinition>
""" % (name, ver(r)))


@L("keyvault-path", "power-platform-alm")
def n_deployment_settings_kv(r):
    p = r.choice(PREFIXES)
    return ("deployment/settings/deploymentSettings.prod.json", """{
  "EnvironmentVariables": [
    { "SchemaName": "%s_ErpBaseUrl", "Value": "https://erp.%s.com/api" },
    { "SchemaName": "%s_ErpClientSecret", "Value": "/subscriptions/%s/resourceGroups/rg-pp-secrets/providers/Microsoft.KeyVault/vaults/kv-pp-prod/secrets/erp-client-secret" },
    { "SchemaName": "%s_FeatureFlags", "Value": "" }
  ],
  "ConnectionReferences": [
    { "LogicalName": "%s_sharedsql_%s", "ConnectionId": "%s", "ConnectorId": "/providers/Microsoft.PowerApps/apis/shared_sql" },
    { "LogicalName": "%s_sharedoffice365_%s", "ConnectionId": "%s", "ConnectorId": "/providers/Microsoft.PowerApps/apis/shared_office365" }
  ]
}
""" % (p, org(r), p, guid(r), p, p, rs(r, HEX, 5), rs(r, HEX, 32), p, rs(r, HEX, 5), rs(r, HEX, 32)))


@L("environment-ids", "power-platform-admin")
def n_env_inventory_csv(r):
    lines = ["display_name,environment_id,url,type,region,security_group_id"]
    for _ in range(r.randrange(5, 10)):
        o = org(r)
        lines.append("%s %s,%s,%s,%s,%s,%s" % (o.capitalize(), r.choice(ENVS).upper(), r.choice([guid(r), "Default-" + guid(r)]),
                                              dv_url(r, o), r.choice(["Sandbox", "Production", "Developer"]),
                                              r.choice(["unitedstates", "europe", "uk"]), guid(r)))
    return ("admin/environment-inventory.csv", "\n".join(lines) + "\n")


@L("client-tenant-ids", "microsoft-entra")
def n_app_registrations_md(r):
    rows = "\n".join("| %s | `%s` | `%s` | %s |" % (n, guid(r), guid(r), d) for n, d in
                     [("pp-alm-ci", "pipelines (secret in Key Vault)"), ("dv-sync", "sync worker, managed identity"),
                      ("portal-auth", "Power Pages sign-in")])
    return ("docs/app-registrations.md", """# App registrations

| Name | Application (client) ID | Directory (tenant) ID | Used by |
|------|-------------------------|------------------------|---------|
%s

Secrets are never stored in this repository. Rotate them every 180 days.
""" % rows)


@L("thumbprint", "dataverse")
def n_cert_thumbprint_conn(r):
    return ("tools/Importer/App.config", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Dataverse" connectionString="AuthType=Certificate;Url=%s;ClientId=%s;Thumbprint=%s;StoreName=My;RequireNewInstance=true" />
  </connectionStrings>
</configuration>
""" % (dv_url(r), guid(r), rs(r, "0123456789ABCDEF", 40)))


@L("public-key-token", "dataverse-plugin")
def n_pluginassembly_xml(r):
    return ("src/%s/PluginAssemblies/ContosoPlugins-%s/ContosoPlugins.dll.data.xml" % (solname(r), guid(r, True)), """<?xml version="1.0" encoding="utf-8"?>
<PluginAssembly FullName="Contoso.Plugins, Version=%s, Culture=neutral, PublicKeyToken=%s" PluginAssemblyId="%s" CustomizationLevel="1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <IsolationMode>2</IsolationMode>
  <SourceType>0</SourceType>
  <IntroducedVersion>1.0</IntroducedVersion>
  <FileName>/PluginAssemblies/ContosoPlugins-%s/ContosoPlugins.dll</FileName>
  <PluginTypes>
    <PluginType AssemblyQualifiedName="Contoso.Plugins.NotifyOnCaseCreate, Contoso.Plugins, Version=%s, Culture=neutral, PublicKeyToken=%s" PluginTypeId="%s" Name="Contoso.Plugins.NotifyOnCaseCreate">
      <FriendlyName>%s</FriendlyName>
    </PluginType>
  </PluginTypes>
</PluginAssembly>
""" % ((lambda vv, tok, g2: (vv, tok, guid(r), g2, vv, tok, guid(r), guid(r)))(ver(r), rs(r, HEX, 16), guid(r, True))))


@L("unsecure-config", "dataverse-plugin")
def n_plugin_ctor_configs(r):
    return ("Plugins/Contoso.Plugins/ScoringPlugin.cs", """using System;
using Microsoft.Xrm.Sdk;

namespace Contoso.Plugins
{
    public class ScoringPlugin : IPlugin
    {
        private readonly string _unsecure;
        private readonly string _secure;

        // The secure configuration is set in the Plug-in Registration Tool and is never exported
        // with the solution; it holds {"apiKey":"..."} in each environment.
        public ScoringPlugin(string unsecureConfig, string secureConfig)
        {
            _unsecure = unsecureConfig;
            _secure = secureConfig;
        }

        public void Execute(IServiceProvider serviceProvider)
        {
            var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService));
            tracing.Trace("Scoring step {0}, config length {1}", "%s", (_secure ?? string.Empty).Length);
        }
    }
}
""" % guid(r))


@L("token-endpoint", "copilot-studio")
def n_copilot_token_endpoint(r):
    return ("web/chat/chat.js", """// Copilot Studio agent: token endpoint from Channels > Mobile app (no secret needed)
const TOKEN_ENDPOINT =
  "https://%s.%s.environment.api.powerplatform.com/powervirtualagents/botsbyschema/%s_%s/directline/token?api-version=2022-03-01-preview";
const BOT_ID = "%s";

async function startChat() {
  const res = await fetch(TOKEN_ENDPOINT);
  const { token } = await res.json();
  window.WebChat.renderWebChat(
    { directLine: window.WebChat.createDirectLine({ token }), locale: "en-US" },
    document.getElementById("webchat")
  );
}
startChat();
""" % (rs(r, HEX, 30), rs(r, HEX, 2), r.choice(PREFIXES), r.choice(["helpdesk", "hrAgent", "itSupport"]), guid(r)))


@L("bot-settings", "copilot-studio")
def n_bot_yaml(r):
    p = r.choice(PREFIXES)
    return ("src/%s/bots/%s_helpdesk/bot.yml" % (solname(r), p), """kind: BotDefinition
schemaName: %s_helpdesk
botId: %s
environmentId: %s
language: 1033
authenticationMode: Integrated
authenticationTrigger: Always
accessControlPolicy: ChatbotReaders
channels:
  - channelId: webchat
  - channelId: msteams
    appId: %s
template: default-2.1.0
""" % (p, guid(r), guid(r), guid(r)))


@L("bc-app-json", "business-central")
def n_bc_app_json(r):
    return ("app/app.json", """{
  "id": "%s",
  "name": "%s Extensions",
  "publisher": "%s",
  "version": "%s",
  "brief": "Customisations for %s",
  "dependencies": [
    { "id": "%s", "name": "Base Application", "publisher": "Microsoft", "version": "24.0.0.0" }
  ],
  "platform": "24.0.0.0",
  "application": "24.0.0.0",
  "idRanges": [ { "from": 50100, "to": 50149 } ],
  "resourceExposurePolicy": { "allowDebugging": true, "allowDownloadingSource": false, "includeSourceInSymbolFile": false },
  "runtime": "13.0",
  "features": [ "NoImplicitWith", "TranslationFile" ]
}
""" % (guid(r), org(r).capitalize(), org(r).capitalize(), ver(r), org(r).capitalize(), guid(r)))


@L("bc-launch-json", "business-central")
def n_bc_launch_json(r):
    return (".vscode/launch.json", """{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "Sandbox",
      "request": "launch",
      "type": "al",
      "environmentType": "Sandbox",
      "environmentName": "%s",
      "tenant": "%s",
      "startupObjectId": 22,
      "startupObjectType": "Page",
      "breakOnError": "All",
      "launchBrowser": true,
      "enableLongRunningSqlStatements": true
    },
    {
      "name": "Docker",
      "request": "launch",
      "type": "al",
      "server": "http://bcserver",
      "serverInstance": "BC",
      "authentication": "UserPassword",
      "schemaUpdateMode": "ForceSync"
    }
  ]
}
""" % (r.choice(["SANDBOX", "DEV-" + org(r).upper()]), guid(r)))


@L("al-isolated-storage", "business-central")
def n_al_isolated_storage(r):
    return ("src/Setup/Tab50120.IntegrationSetup.al", """table 50120 "Integration Setup"
{
    DataClassification = CustomerContent;

    fields
    {
        field(1; "Primary Key"; Code[10]) { }
        field(2; "API Base Url"; Text[250]) { ExtendedDatatype = URL; }
        field(3; "Client Id"; Guid) { }
        field(4; "Secret Key"; Guid) { Description = 'Key into IsolatedStorage, not the secret itself'; }
    }

    procedure SetSecret(NewSecret: SecretText)
    begin
        if IsNullGuid("Secret Key") then
            "Secret Key" := CreateGuid();
        IsolatedStorage.Set(Format("Secret Key"), NewSecret, DataScope::Company);
    end;

    procedure GetSecret() Result: SecretText
    begin
        IsolatedStorage.Get(Format("Secret Key"), DataScope::Company, Result);
    end;
}
""")


@L("base64-image", "power-apps")
def n_canvas_image(r):
    img = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(r.randrange(256) for _ in range(r.randrange(120, 260)))).decode()
    return ("CanvasApps/src/Visitor/Src/HeaderComponent.fx.yaml", """HeaderComponent As CanvasComponent:
    Fill: =RGBA(0, 120, 212, 1)
    Height: =64
    Width: =App.Width

    imgLogo As image:
        Image: ="data:image/png;base64,%s"
        Height: =48
        X: =12
        Y: =8
""" % img)


@L("package-hashes", "dataverse-plugin")
def n_packages_lock(r):
    def pk(name, v):
        return """      "%s": {
        "type": "Direct",
        "requested": "[%s, )",
        "resolved": "%s",
        "contentHash": "%s"
      }""" % (name, v, v, b64bytes(r, 64))
    return ("Plugins/Contoso.Plugins/packages.lock.json", """{
  "version": 1,
  "dependencies": {
    ".NETFramework,Version=v4.6.2": {
%s
    }
  }
}
""" % ",\n".join([pk("Microsoft.CrmSdk.CoreAssemblies", "9.0.2.%d" % r.randrange(40, 60)),
                   pk("Microsoft.CrmSdk.Workflow", "9.0.2.%d" % r.randrange(40, 60)),
                   pk("Newtonsoft.Json", "13.0.%d" % r.randrange(1, 4))]))


@L("public-certificate", "power-pages")
def n_saml_cert_setting(r):
    cert = pem_block(r, "CERTIFICATE").split("\n")
    body = "".join(cert[1:-1])
    return (".powerpages-site/site-settings/Authentication-SAML2-Partner-SigningCertificate.sitesetting.yml", """adx_name: Authentication/SAML2/Partner/MetadataAddress
adx_value: https://login.microsoftonline.com/%s/federationmetadata/2007-06/federationmetadata.xml?appid=%s
adx_sitesettingid: %s
---
adx_name: Authentication/SAML2/Partner/SigningCertificate
adx_value: %s
adx_sitesettingid: %s
""" % (guid(r), guid(r), guid(r), body, guid(r)))


@L("odata-etag", "dataverse")
def n_webapi_response_sample(r):
    items = ",\n".join("""    {
      "@odata.etag": "W/\\"%d\\"",
      "name": "%s %s",
      "accountid": "%s",
      "_ownerid_value": "%s",
      "%s_externalhash": "%s"
    }""" % (r.randrange(1000000, 9999999), org(r).capitalize(), r.choice(["Ltd", "Inc", "GmbH"]), guid(r), guid(r),
             r.choice(PREFIXES), rs(r, HEX, 64)) for _ in range(3))
    return ("tests/fixtures/accounts-response.json", """{
  "@odata.context": "%s/api/data/v9.2/$metadata#accounts(name,accountid,_ownerid_value)",
  "value": [
%s
  ]
}
""" % (dv_url(r), items))


@L("flow-run-ids", "power-automate")
def n_flow_run_log(r):
    lines = []
    for _ in range(r.randrange(5, 9)):
        lines.append("%s run=%s flow=%s status=%s clientTrackingId=%s correlation=%s" % (
            "2024-%02d-%02dT%02d:%02d:%02dZ" % (r.randrange(1, 13), r.randrange(1, 29), r.randrange(24), r.randrange(60), r.randrange(60)),
            "08585" + "".join(r.choice("0123456789") for _ in range(15)) + "CU" + "%02d" % r.randrange(100),
            guid(r), r.choice(["Succeeded", "Failed", "Cancelled"]), "08585" + "".join(r.choice("0123456789") for _ in range(15)) + "CU" + "%02d" % r.randrange(100), guid(r)))
    return ("logs/flow-runs.log", "\n".join(lines) + "\n")


@L("ado-secret-vars", "power-platform-build-tools")
def n_ado_pipeline_service_conn(r):
    return ("pipelines/release-solution.yml", """parameters:
  - name: environment
    type: string
    default: uat

variables:
  - group: pp-%s-secrets   # ClientSecret lives in the Key Vault-linked variable group

steps:
  - task: PowerPlatformToolInstaller@2
  - task: PowerPlatformImportSolution@2
    inputs:
      authenticationType: PowerPlatformSPN
      PowerPlatformSPN: 'pp-spn-${{ parameters.environment }}'
      SolutionInputFile: $(Pipeline.Workspace)/drop/%s_managed.zip
      AsyncOperation: true
      MaxAsyncWaitTime: 60
  - pwsh: |
      pac auth create --applicationId $(ClientId) --clientSecret "$(ClientSecret)" --tenant $(TenantId) --environment $(EnvironmentUrl)
    env:
      PAC_CLI_TELEMETRY: 'false'
""" % (r.choice(ENVS), solname(r)))


@L("gh-secrets", "power-platform-actions")
def n_gh_workflow_secrets(r):
    return (".github/workflows/import-solution.yml", """name: import-solution
on:
  push:
    branches: [ release/* ]
jobs:
  import:
    runs-on: windows-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: microsoft/powerplatform-actions/import-solution@v1
        with:
          environment-url: ${{ vars.PP_ENVIRONMENT_URL }}
          app-id: %s
          client-secret: ${{ secrets.PowerPlatformSPN }}
          tenant-id: %s
          solution-file: out/%s_managed.zip
          force-overwrite: true
""" % (guid(r), guid(r), solname(r)))


@L("env-example", "dataverse")
def n_env_example(r):
    return (r.choice([".env.example", ".env.sample", "config/.env.template"]), """# copy to .env and fill in
DATAVERSE_URL=https://yourorg.crm.dynamics.com
AZURE_TENANT_ID=00000000-0000-0000-0000-000000000000
AZURE_CLIENT_ID=00000000-0000-0000-0000-000000000000
AZURE_CLIENT_SECRET=
DIRECTLINE_SECRET=<from Copilot Studio > Settings > Security > Web channel security>
BC_WS_ACCESS_KEY=your-web-service-access-key
""")


@L("customizations-ids", "dataverse")
def n_customizations_entity(r):
    p = r.choice(PREFIXES)
    return ("src/%s/Entities/%s_project/Entity.xml" % (solname(r), p), """<?xml version="1.0" encoding="utf-8"?>
<Entity xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <Name LocalizedName="Project" OriginalName="Project">%s_project</Name>
  <EntityInfo>
    <entity Name="%s_project">
      <LocalizedNames>
        <LocalizedName description="Project" languagecode="1033" />
      </LocalizedNames>
      <attributes>
        <attribute PhysicalName="%s_ProjectCode">
          <Type>nvarchar</Type>
          <Name>%s_projectcode</Name>
          <LogicalName>%s_projectcode</LogicalName>
          <RequiredLevel>required</RequiredLevel>
          <MaxLength>100</MaxLength>
        </attribute>
      </attributes>
      <EntitySetName>%s_projects</EntitySetName>
      <OwnershipTypeMask>UserOwned</OwnershipTypeMask>
    </entity>
  </EntityInfo>
  <FormXml>
    <forms type="main">
      <systemform>
        <formid>{%s}</formid>
        <IntroducedVersion>%s</IntroducedVersion>
        <FormPresentation>1</FormPresentation>
      </systemform>
    </forms>
  </FormXml>
</Entity>
""" % (p, p, p, p, p, p, guid(r), ver(r)))


@L("data-import-ids", "dataverse")
def n_csv_accounts(r):
    lines = ["accountid,name,accountnumber,telephone1,primarycontactid,%s_erpid" % r.choice(PREFIXES)]
    for _ in range(r.randrange(6, 12)):
        lines.append("%s,%s %s,ACC-%06d,+1 425 555 %04d,%s,%s" % (guid(r), org(r).capitalize(), r.choice(["Ltd", "Inc", "LLC"]),
                                                         r.randrange(10 ** 6), r.randrange(10000), guid(r), rs(r, "0123456789ABCDEF", 24)))
    return ("data/import/accounts.csv", "\n".join(lines) + "\n")


@L("sql-hashes", "dynamics-gp")
def n_gp_sql_hash(r):
    return ("db/gp/020_order_fingerprint.sql", """-- Fingerprint used to detect duplicate web orders (Dynamics GP company TWO)
ALTER TABLE dbo.WEB_ORDER_STAGE ADD FINGERPRINT BINARY(32) NULL;
GO
UPDATE dbo.WEB_ORDER_STAGE
SET FINGERPRINT = HASHBYTES('SHA2_256', CONCAT(CUSTNMBR, '|', SOPNUMBE, '|', DOCDATE));
GO
-- example: 0x%s
SELECT TOP (10) SOPNUMBE, CUSTNMBR, CONVERT(VARCHAR(66), FINGERPRINT, 1) AS FP
FROM dbo.WEB_ORDER_STAGE
WHERE BATCHID = 'WEB%s';
""" % (rs(r, "0123456789ABCDEF", 64), rs(r, "0123456789", 6)))


@L("pnp-cert-auth", "pnp-powershell")
def n_pnp_cert(r):
    o = org(r)
    return ("scripts/Connect-Tenant.ps1", """param([string]$Site = "https://%s.sharepoint.com/sites/intranet")

# Certificate-based app-only auth: only the public thumbprint is in source control
Connect-PnPOnline -Url $Site `
    -ClientId "%s" `
    -Tenant "%s.onmicrosoft.com" `
    -Thumbprint "%s"

$secret = Get-AzKeyVaultSecret -VaultName "kv-%s-ops" -Name "graph-client-secret" -AsPlainText
Write-Host "Connected to $Site"
""" % (o, guid(r), o, rs(r, "0123456789ABCDEF", 40), o))


@L("fx-env-var-lookup", "power-apps")
def n_fx_envvar(r):
    p = r.choice(PREFIXES)
    return ("CanvasApps/src/Expense/Src/App.fx.yaml", """App As appinfo:
    OnStart: |-
        =Set(gblApiBase, LookUp('Environment Variable Values', 'Environment Variable Definition'.'Schema Name' = "%s_ApiBaseUrl").Value);
        Set(gblAppId, "%s");
        Set(gblEnvironmentId, "%s");
        Set(gblTheme, "%s")
    Theme: =PowerAppsTheme
""" % (p, guid(r), guid(r), r.choice(["#0078D4", "#107C10", "#5C2D91"])))


# ================================================================ driver
KINDNAME = {"entra": "entra-client-secret", "dl": "direct-line-secret", "wsak": "web-service-access-key",
            "sig": "logic-apps-sas-sig", "sbkey": "servicebus-sas-key", "acct": "storage-account-key",
            "apim": "api-subscription-key", "pwd": "password", "pem": "private-key"}
NEG_PER_LABEL = 500


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base == "Dockerfile":
        return "dockerfile"
    if "." not in base:
        return "txt"
    return base.rsplit(".", 1)[-1].lower()


def schedule(r, items, n):
    out = []
    while len(out) < n:
        block = list(items)
        r.shuffle(block)
        out.extend(block)
    return out[:n]


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def pem_needle(text):
    i = text.index("-----BEGIN ")
    j = text.index("-----", i + 11) + 5
    return text[i:j]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_kk.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    env_count = 0

    for i, (name, kind, provider, fn) in enumerate(schedule(r, POS, 500)):
        v = GEN[kind](r)
        path, text = fn(r, v, False)
        if path.rsplit("/", 1)[-1].startswith(".env"):
            env_count += 1
        needle = pem_needle(text) if kind == "pem" else v
        assert needle and needle in text, (name, needle)
        idx = text.index(needle)
        line = text.count("\n", 0, idx) + 1
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        with open(os.path.join(outdir, rel), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert needle in lines[line - 1], (rel, line)
        manifest.append({"file": rel, "label": "pos", "provider": provider, "kind": KINDNAME[kind],
                         "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})
    assert env_count <= 25, env_count

    reuse = [t for t in POS if t[0] != "t_dotenv"]
    plan = [("reuse", t) for t in schedule(r, reuse, NEG_PER_LABEL // 2)]
    plan += [("look", t) for t in schedule(r, LOOK, NEG_PER_LABEL - NEG_PER_LABEL // 2)]
    r.shuffle(plan)
    for i, (mode, (name, kind, provider, fn)) in enumerate(plan):
        if mode == "reuse":
            path, text = fn(r, neg_value(r, kind), True)
            k = "non-secret-in-" + KINDNAME[kind] + "-slot"
        else:
            path, text = fn(r)
            k = "look-alike-" + kind
        assert not path.rsplit("/", 1)[-1].startswith(".env") or path.endswith((".example", ".sample", ".template")), path
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": k, "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
