#!/usr/bin/env python3
"""gen_jz.py - blind evaluation set: SCIM provisioning, directory sync and identity-lifecycle connectors.

EMPHASIS
    Domain: identity provisioning and directory synchronisation. Providers / products:
    Okta (SSWS API tokens, AD/LDAP agents, provisioning agent), Microsoft Entra ID
    (app client secrets used by Cloud Sync / provisioning scripts, Azure AD Connect
    connector accounts), OneLogin (API client secrets), JumpCloud (admin API keys),
    Google Workspace / GCDS (OAuth client secrets, refresh tokens, LDAP bind passwords),
    SailPoint IdentityNow / ISC (personal access tokens) and IdentityIQ, Saviynt,
    midPoint (clearValue), LSC (lsc.xml), Keycloak user federation (bindCredential),
    authentik, Authelia, LLDAP, FreeIPA / IdM, Slack / GitHub / Zoom / Atlassian /
    Tableau SCIM endpoints, and home-grown SCIM servers and their test scripts.
    File types: XML (lsc.xml, midPoint resources, GCDS configs, .NET *.exe.config,
    web.config), JSON, YAML, .properties, PowerShell, Python, shell/curl, Terraform,
    INI/TOML, Dockerfile, docker-compose, Kubernetes manifests, Ansible vars, CSV,
    LDIF, SQL, logs, Markdown runbooks, Go, Java, JavaScript/TypeScript, C#.

USAGE
    python3 -B gen_jz.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl
    and OUTDIR/secrets.jsonl. Everything is derived from random.Random(SEED); two runs
    with the same SEED give byte-identical output.

NEEDLE CONVENTIONS
    * The needle is the bare secret value exactly as written: without quotes, without
      the key name, without the auth scheme ("Bearer ", "SSWS ", "Basic ").
    * Header tokens: the token only (e.g. the 42-char Okta token after "SSWS ").
    * Passwords inside connection strings / URIs: the password part only.
    * Webhook URLs whose path is the secret (Slack incoming webhook): the whole URL.
    * Client-id / client-secret pairs: the needle is the secret; the id is public
      context and is not a needle.
    * JWT-shaped access tokens: the whole compact JWT (three dot-separated parts).
    * No multi-line secrets are produced in this set (no PEM private keys); PEM
      *certificates* (public) appear only among negatives.
    * line is the 1-based line of the first occurrence of the needle.

NEGATIVES
    Half (250) re-use the positive templates with the secret slot holding a
    non-secret: placeholders (<your-scim-token>, YOUR_API_KEY_HERE, changeme, xxxx),
    empty values, masked values (****, [REDACTED]), environment / secret-manager
    references (${VAR}, os.environ, process.env, vault:, op://, Key Vault references,
    Helm / Jinja / Azure DevOps template expressions), providers' documented example
    values (Okta doc token prefix example, Microsoft's example Entra secret, Tableau's
    example SCIM secret, Google's doc refresh token example, LSC's "secret" sample) and
    public values (Entra application ids, Okta client ids, OneLogin / SailPoint client
    ids, Google OAuth client ids). A negative never lands in a .env / .env.<stage> file:
    such paths become .env.example / .env.sample.
    The other half are domain look-alikes: SCIM resource ids and externalIds, user
    GUIDs, objectGUID / objectSid, Entra immutableIds (base64 of GUID bytes), schema
    URNs, ETags and meta.version, Okta object ids (00u/00g/0oa), JumpCloud 24-hex ids,
    SailPoint 32-hex ids, tenant ids, GCDS encrypted values, midPoint encryptedData,
    DPAPI-protected agent tokens, SOPS / SealedSecret ciphertext, hashed passwords
    ({SSHA}, bcrypt, pbkdf2, argon2), checksums and image digests, SAML signing
    certificates, JWKS public keys, SSH public keys, API-token metadata listings.

FORMATS CHECKED (search tool, providers' docs where available)
    * Okta: "Authorization: SSWS 00QCjAl4MlV-WPXM...0HmjFx-vbGua" (developer.okta.com,
      create-an-api-token, Management API overview). Generated as "00" + 40 chars of
      [A-Za-z0-9_-] (42 total). OktaAgentService.exe.config appSettings (help.okta.com):
      AgentToken / AgentKey are *encrypted* values, AgentId, AppId (0oa...) -> those
      files are negatives. Okta Provisioning Agent agent.config holds agentKey (set
      by system) -> positive with an unconfirmed format.
    * JumpCloud: admin API key sent in x-api-key; JumpCloud PowerShell module validates
      length 40. Connect Key: JumpCloud docs say it "isn't considered a secret".
    * OneLogin: API credential pair (client id + client secret), token endpoint
      /auth/oauth2/v2/token with "client_id:..., client_secret:..." auth header.
    * SailPoint ISC: PATs are a client id + secret pair, token via oauth/token
      client_credentials at {tenant}.api.identitynow.com.
    * GCDS (support.google.com): config files are XML and the secrets (password and
      OAuth token) inside are encrypted -> GCDS XML files are negatives; plaintext
      Google credentials appear in companion scripts (GOCSPX- client secrets,
      1// refresh tokens).
    * Microsoft Entra client secret (Microsoft Purview SIT page): up to 40 chars of
      [a-zA-Z0-9-_.~] with "Q~" at positions 4-5 (example abc8Q~defgh...).
    * Atlassian user provisioning: directory API key used as Bearer token against
      https://api.atlassian.com/scim/directory/{directoryId}.
    * Tableau SCIM: "Authorization: Bearer <base64>==:<base64url>=" example.
    * Slack SCIM uses an OAuth user token (xoxp-) with admin scope.
    * LSC: <ldapConnection><username>..</username><password>..</password> (docs sample
      value "secret" -> used as a documented-example negative).
    * midPoint: resource connectorConfiguration credentials with <t:clearValue>.

DOUBTS
    * JumpCloud API key alphabet: assumed 40 lowercase hex (length confirmed only).
    * OneLogin client id / secret: assumed 64 lowercase hex each (not confirmed).
    * SailPoint PAT: assumed client id 32 hex, secret 64 hex (not confirmed).
    * Google refresh token: "1//0" + ~99 chars of [A-Za-z0-9_-] from memory, not
      confirmed in this session. GOCSPX- + 28 chars also from memory.
    * GitHub classic PAT checksum (ghp_ + 30 base62 + 6-char base62 CRC32) from memory.
    * Slack xoxp token segment lengths, Atlassian SCIM directory key format, authentik
      token length (60 alnum), Okta provisioning agentKey format, Zoom access-token JWT
      header fields: not confirmed; generated with plausible shapes.
    * JumpCloud connect keys are documented as not secret, so none are used as
      positives and none are used as negatives (ambiguous ground truth).
    * IdentityIQ encrypted-string prefix ("1:" + base64) is from memory.
    * The GitGuardian "Okta Token" detector page showed up in one search result;
      it was not read beyond the result excerpt and not used.
"""
import base64
import json
import os
import random
import sys
import zlib

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"
PWCH = ALNUM + "!#%*+-_.@^"

R = None  # random.Random, set in main()


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def hexs(n):
    return rs(HEX, n)


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(n):
    return base64.b64encode(rbytes(n)).decode()


def b64u(n, pad=False):
    s = base64.urlsafe_b64encode(rbytes(n)).decode()
    return s if pad else s.rstrip("=")


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def guid_upper():
    return uuid4().upper()


def pick(seq):
    return R.choice(seq)


# ---------------------------------------------------------------- secrets
def s_okta():
    return "00" + rs(URLSAFE, 40)


def s_jc_api():
    return hexs(40)


def s_onelogin():
    return hexs(64)


def s_sailpoint():
    return hexs(64)


def s_entra():
    return rs(ALNUM, 3) + R.choice("0123456789") + "Q~" + rs(ALNUM + "-_.~", 34)


def s_google_secret():
    return "GOCSPX-" + rs(URLSAFE, 28)


def s_google_refresh():
    return "1//0" + R.choice("3456cegi") + rs(URLSAFE, 98)


def s_slack_user():
    return "xoxp-%d-%d-%d-%s" % (R.randint(10 ** 10, 10 ** 12), R.randint(10 ** 10, 10 ** 12),
                                 R.randint(10 ** 11, 10 ** 13), hexs(32))


def _b62enc(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def s_github_pat():
    body = rs(ALNUM, 30)
    return "ghp_" + body + _b62enc(zlib.crc32(body.encode()) & 0xffffffff, 6)


def s_zoom_jwt():
    hdr = json.dumps({"alg": "HS512", "v": "2.0", "kid": uuid4()}, separators=(",", ":"))
    now = R.randint(1690000000, 1760000000)
    pl = json.dumps({"aud": "https://oauth.zoom.us", "uid": rs(URLSAFE, 22), "ver": 10,
                     "auid": hexs(64), "nbf": now, "iss": "zm:cid:" + rs(ALNUM, 22),
                     "gno": 0, "exp": now + 3600, "iat": now, "aid": rs(URLSAFE, 22),
                     "cid": rs(ALNUM, 22)}, separators=(",", ":"))
    e = lambda s: base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")
    return e(hdr) + "." + e(pl) + "." + b64u(64)


def s_tableau():
    return b64(16) + ":" + b64u(32, pad=True)


def s_atlassian_dir():
    return rs(ALNUM, 24)


def s_scim_hex():
    return hexs(R.choice([40, 48, 64]))


def s_scim_b62():
    return rs(ALNUM, R.choice([32, 40, 43, 48]))


def s_authentik():
    return rs(ALNUM, 60)


def s_okta_agentkey():
    return rs(URLSAFE, 48)


def s_password():
    n = R.randint(14, 24)
    while True:
        p = rs(PWCH, n)
        if (any(c.isupper() for c in p) and any(c.islower() for c in p)
                and any(c.isdigit() for c in p) and any(c in "!#%*+-_.@^" for c in p)
                and p[0] not in "-#@"):
            return p


def s_jwt_secret():
    return rs(ALNUM, R.choice([32, 48, 64]))


def s_slack_webhook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10),
        rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10), rs(ALNUM, 24))


# ---------------------------------------------------------------- context values
ORGS = ["acme", "northwind", "contoso", "globex", "initech", "umbrella", "hooli", "stark-ind",
        "wayne-ent", "tyrell", "cyberdyne", "soylent", "vandelay", "pied-piper", "dunder"]
DOMAINS = ["corp.example.com", "example.org", "ad.example.net", "idm.example.com",
           "example.io", "internal.example.co.uk"]


def org():
    return pick(ORGS)


def dom():
    return pick(DOMAINS)


def base_dn(d=None):
    d = d or dom()
    return ",".join("dc=" + p for p in d.split("."))


def okta_id(prefix):
    return prefix + rs(ALNUM, 17)


def jc_id():
    return hexs(24)


def host():
    return pick(["dc01", "dc02", "ldap01", "ldap-ro", "ad-east", "ds1", "idm01"]) + "." + dom()


def user():
    return pick(["asmith", "bjones", "cwu", "dpatel", "egarcia", "fmuller", "gkim", "hnguyen",
                 "ilopez", "jmartin"])


def svc_dn(bd):
    return "cn=%s,ou=Service Accounts,%s" % (pick(["svc-scim", "svc-gcds", "svc-okta", "svc-lsc",
                                                  "svc-keycloak", "svc-sync", "svc-authentik"]), bd)


def s_pw_url():
    return rs(ALNUM, R.randint(16, 28)) + rs("-_.", 1) + rs(ALNUM, 3)


def s_password_safe():
    p = s_password()
    return R.choice(ALNUM) + p[1:]


# ---------------------------------------------------------------- slot & registry
ENVEXPR = {
    "py": ['os.environ["{e}"]', 'os.getenv("{e}")', 'config("{e}")'],
    "js": ["process.env.{e}", "process.env['{e}']"],
    "ts": ["process.env.{e} ?? ''", "process.env.{e}!"],
    "go": ['os.Getenv("{e}")'],
    "ps1": ["$env:{e}", "(Get-Secret -Name '{e}' -AsPlainText)"],
    "cs": ['Environment.GetEnvironmentVariable("{e}")', 'configuration["{e}"]'],
    "java": ['System.getenv("{e}")'],
    "sh": ['"${{{e}}}"', '"${{{e}:?missing}}"', '"$(cat /run/secrets/{l})"'],
    "tf": ["var.{l}", "data.vault_generic_secret.idm.data[\"{l}\"]"],
}


class Slot:
    def __init__(self, value, lang, env, neg):
        self.v = value
        self.lang = lang
        self.env = env
        self.neg = neg
        self._expr = None
        if neg and lang in ENVEXPR and R.random() < 0.35:
            self._expr = R.choice(ENVEXPR[lang]).format(e=env, l=env.lower())

    def lit(self, q='"'):
        if self._expr is not None:
            return self._expr
        return q + self.v + q


TEMPLATES = []


def tpl(provider, kind, gen, env, lang="", docex=(), public=None, xml=False):
    def deco(fn):
        TEMPLATES.append(dict(fn=fn, provider=provider, kind=kind, gen=gen, env=env, lang=lang,
                              docex=list(docex), public=public, xml=xml, name=fn.__name__))
        return fn
    return deco


OKTA_DOC = ["00QCjAl4MlV-WPXM...0HmjFx-vbGua"]
ENTRA_DOC = ["abc8Q~defghijklmnopqrstuvwxyz-_.~0123456", "abc7Q~defghijklmnopqrs0t123456789-_.~"]
TABLEAU_DOC = ["fn5V9eazQqCGcnDq7UMUnw==:onbq-F2Q8HdyByJG6mi1yaWKcRlhrpDirVSz7o3-U8k="]
GOOGLE_RT_DOC = ["1//xEoDL4iW3cxlI7yDbSRFYNG01kVKM2C-259HOF2aQbI"]
LSC_DOC = ["secret"]


def pub_okta_client():
    return okta_id("0oa")


def pub_entra_app():
    return uuid4()


def pub_hex64():
    return hexs(64)


def pub_hex32():
    return hexs(32)


def pub_google_cid():
    return "%d-%s.apps.googleusercontent.com" % (R.randint(10 ** 11, 10 ** 12 - 1), rs("abcdefghijklmnopqrstuvwxyz0123456789", 32))


# ================================================================ positive templates
# ---- Okta
@tpl("okta", "api_token", s_okta, "OKTA_API_TOKEN", "py", OKTA_DOC)
def t_okta_py(S):
    o = org()
    return "scripts/okta_deprovision.py", f'''"""Deactivate Okta users that HR marked as terminated."""
import csv
import sys

import requests

OKTA_ORG_URL = "https://{o}.okta.com"
OKTA_API_TOKEN = {S.lit()}

session = requests.Session()
session.headers.update({{
    "Authorization": f"SSWS {{OKTA_API_TOKEN}}",
    "Accept": "application/json",
}})


def deactivate(login):
    r = session.get(f"{{OKTA_ORG_URL}}/api/v1/users/{{login}}")
    if r.status_code == 404:
        print(f"skip {{login}}: not in Okta")
        return
    uid = r.json()["id"]
    session.post(f"{{OKTA_ORG_URL}}/api/v1/users/{{uid}}/lifecycle/deactivate").raise_for_status()
    print(f"deactivated {{login}} ({{uid}})")


if __name__ == "__main__":
    with open(sys.argv[1], newline="") as fh:
        for row in csv.DictReader(fh):
            if row["status"] == "terminated":
                deactivate(row["email"])
'''


@tpl("okta", "api_token", s_okta, "OKTA_TOKEN", "sh", OKTA_DOC)
def t_okta_curl(S):
    o = org()
    g = okta_id("00g")
    return "tools/okta/list-group-members.sh", f'''#!/usr/bin/env bash
# List members of the "Engineering" push group before a directory cut-over.
set -euo pipefail
ORG="https://{o}.okta.com"
GROUP_ID="{g}"

curl -sS --fail \\
  -H "Accept: application/json" \\
  -H "Authorization: SSWS {S.v}" \\
  "$ORG/api/v1/groups/$GROUP_ID/users?limit=200" \\
  | jq -r '.[] | [.id, .profile.login, .status] | @tsv'
'''


@tpl("okta", "api_token", s_okta, "okta_api_token", "tf", OKTA_DOC)
def t_okta_tf(S):
    o = org()
    return "infra/okta/providers.tf", f'''terraform {{
  required_providers {{
    okta = {{
      source  = "okta/okta"
      version = "~> 4.8"
    }}
  }}
}}

provider "okta" {{
  org_name  = "{o}"
  base_url  = "okta.com"
  api_token = {S.lit()}
}}

resource "okta_group" "scim_pushed" {{
  name        = "app-scim-pushed"
  description = "Users pushed to downstream SCIM apps"
}}
'''


@tpl("okta", "api_token", s_okta, "OKTA_CLIENT_TOKEN", "", OKTA_DOC)
def t_okta_sdk_yaml(S):
    o = org()
    return pick([".okta/okta.yaml", "config/okta.yaml"]), f'''okta:
  client:
    orgUrl: "https://{o}.okta.com"
    token: "{S.v}"
    connectionTimeout: 30
    requestTimeout: 0
    rateLimit:
      maxRetries: 4
'''


@tpl("okta", "api_token", s_okta, "OKTA_API_TOKEN", "ps1", OKTA_DOC)
def t_okta_ps1(S):
    o = org()
    return "scripts/Export-OktaAppAssignments.ps1", f'''<#
.SYNOPSIS
  Export app assignments for the quarterly access review.
#>
param(
    [string]$OrgUrl = "https://{o}.okta.com",
    [string]$OutFile = ".\\assignments.csv"
)

$headers = @{{
    "Authorization" = "SSWS {S.v}"
    "Accept"        = "application/json"
}}

$apps = Invoke-RestMethod -Uri "$OrgUrl/api/v1/apps?filter=status eq `"ACTIVE`"" -Headers $headers
$rows = foreach ($app in $apps) {{
    $users = Invoke-RestMethod -Uri "$OrgUrl/api/v1/apps/$($app.id)/users" -Headers $headers
    foreach ($u in $users) {{
        [pscustomobject]@{{ App = $app.label; User = $u.credentials.userName; Scope = $u.scope }}
    }}
}}
$rows | Export-Csv -NoTypeInformation -Path $OutFile
'''


@tpl("okta", "api_token", s_okta, "OKTA_TOKEN", "js", OKTA_DOC)
def t_okta_js(S):
    o = org()
    return "src/okta/client.js", f''''use strict';

const okta = require('@okta/okta-sdk-nodejs');

const client = new okta.Client({{
  orgUrl: 'https://{o}.okta.com/',
  token: {S.lit("'")},
  cacheMiddleware: null,
}});

async function findByEmployeeNumber(employeeNumber) {{
  const users = await client.userApi.listUsers({{
    search: `profile.employeeNumber eq "${{employeeNumber}}"`,
  }});
  for await (const user of users) {{
    return user;
  }}
  return null;
}}

module.exports = {{ client, findByEmployeeNumber }};
'''


@tpl("okta", "agent_key", s_okta_agentkey, "OKTA_AGENT_KEY", "")
def t_okta_agent_config(S):
    o = org()
    return "ops/okta-provisioning-agent/agent.config", f'''# Okta On-Premises Provisioning Agent (copied from /opt/OktaProvisioningAgent)
agentId={okta_id("a53")}
orgUrl=https://{o}.okta.com
env=prod
subdomain={o}
clientId={okta_id("0oa")}
agentKey={S.v}
principalId={okta_id("00u")}
instanceId={okta_id("0oa")}
proxyEnabled=false
allowHttp=false
'''


@tpl("okta", "api_token", s_okta, "OKTA_API_TOKEN", "go", OKTA_DOC)
def t_okta_go(S):
    o = org()
    return "internal/oktasync/client.go", f'''package oktasync

import (
	"context"

	"github.com/okta/okta-sdk-golang/v2/okta"
)

// NewClient builds the Okta client used by the nightly reconciliation job.
func NewClient(ctx context.Context) (context.Context, *okta.Client, error) {{
	return okta.NewClient(ctx,
		okta.WithOrgUrl("https://{o}.okta.com"),
		okta.WithToken({S.lit()}),
		okta.WithRequestTimeout(45),
		okta.WithRateLimitMaxRetries(3),
	)
}}
'''


@tpl("okta", "api_token", s_okta, "okta_api_token", "", OKTA_DOC)
def t_okta_ansible(S):
    o = org()
    return "ansible/group_vars/idm/okta.yml", f'''---
okta_org_url: "https://{o}.okta.com"
okta_api_token: "{S.v}"
okta_push_groups:
  - app-jira-users
  - app-slack-users
  - app-github-emu
okta_sync_schedule: "*/30 * * * *"
'''


@tpl("okta", "api_token", s_okta, "OKTA_API_TOKEN", "java", OKTA_DOC)
def t_okta_java(S):
    o = org()
    return "src/main/java/com/example/idm/OktaConfig.java", f'''package com.example.idm;

import com.okta.sdk.authc.credentials.TokenClientCredentials;
import com.okta.sdk.client.Clients;
import com.okta.sdk.resource.client.ApiClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class OktaConfig {{

    @Bean
    public ApiClient oktaClient() {{
        return Clients.builder()
                .setOrgUrl("https://{o}.okta.com")
                .setClientCredentials(new TokenClientCredentials({S.lit()}))
                .build();
    }}
}}
'''


# ---- Microsoft Entra ID / Azure AD Connect
@tpl("entra", "client_secret", s_entra, "AZURE_CLIENT_SECRET", "ps1", ENTRA_DOC, pub_entra_app)
def t_entra_ps1(S):
    return "scripts/Sync-EntraGroups.ps1", f'''#Requires -Modules Microsoft.Graph.Authentication, Microsoft.Graph.Groups
$TenantId = "{uuid4()}"
$AppId    = "{uuid4()}"
$appPwd   = ConvertTo-SecureString {S.lit()} -AsPlainText -Force
$cred     = New-Object System.Management.Automation.PSCredential($AppId, $appPwd)

Connect-MgGraph -TenantId $TenantId -ClientSecretCredential $cred -NoWelcome

$groups = Get-MgGroup -Filter "startswith(displayName,'sec-app-')" -All
foreach ($g in $groups) {{
    $members = Get-MgGroupMember -GroupId $g.Id -All
    Write-Output ("{{0}}`t{{1}}" -f $g.DisplayName, $members.Count)
}}
Disconnect-MgGraph | Out-Null
'''


@tpl("entra", "client_secret", s_entra, "AAD_CLIENT_SECRET", "py", ENTRA_DOC, pub_entra_app)
def t_entra_msal(S):
    return "provisioning/graph_auth.py", f'''import msal

TENANT_ID = "{uuid4()}"
CLIENT_ID = "{uuid4()}"

app = msal.ConfidentialClientApplication(
    CLIENT_ID,
    authority=f"https://login.microsoftonline.com/{{TENANT_ID}}",
    client_credential={S.lit()},
)


def graph_token():
    result = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])
    if "access_token" not in result:
        raise RuntimeError(result.get("error_description"))
    return result["access_token"]
'''


@tpl("entra", "client_secret", s_entra, "AzureAd__ClientSecret", "", ENTRA_DOC, pub_entra_app)
def t_entra_appsettings(S):
    return "src/ScimBridge/appsettings.Development.json", f'''{{
  "Logging": {{
    "LogLevel": {{ "Default": "Information", "Microsoft.AspNetCore": "Warning" }}
  }},
  "AzureAd": {{
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "{uuid4()}",
    "ClientId": "{uuid4()}",
    "ClientSecret": "{S.v}"
  }},
  "Scim": {{ "BasePath": "/scim/v2", "PageSize": 100 }}
}}
'''


@tpl("entra", "client_secret", s_entra, "arm_client_secret", "tf", ENTRA_DOC, pub_entra_app)
def t_entra_tf(S):
    return "infra/entra/main.tf", f'''provider "azuread" {{
  tenant_id     = "{uuid4()}"
  client_id     = "{uuid4()}"
  client_secret = {S.lit()}
}}

data "azuread_application_template" "scim_app" {{
  display_name = "Custom SCIM Provisioning"
}}

resource "azuread_application_from_template" "scim" {{
  display_name = "hr-scim-connector"
  template_id  = data.azuread_application_template.scim_app.template_id
}}
'''


@tpl("azure-ad-connect", "ldap_bind_password", s_password_safe, "ADDS_CONNECTOR_PASSWORD", "ps1")
def t_aadc_ps1(S):
    d = dom()
    nb = d.split(".")[0].upper()
    return "aadconnect/Set-ADDSConnectorAccount.ps1", f'''# Rebuild the AD DS connector account after the forest migration.
Import-Module "C:\\Program Files\\Microsoft Azure AD Sync\\Bin\\ADSync\\ADSync.psd1"

$forest   = "{d}"
$acctName = "{nb}\\MSOL_{hexs(12)}"
$plain    = {S.lit("'")}
$secure   = ConvertTo-SecureString $plain -AsPlainText -Force
$cred     = New-Object System.Management.Automation.PSCredential($acctName, $secure)

$connector = Get-ADSyncConnector | Where-Object {{ $_.Name -eq $forest }}
Set-ADSyncConnectorAccount -Connector $connector -Credential $cred
Start-ADSyncSyncCycle -PolicyType Delta
'''


@tpl("entra", "scim_bearer_token", s_scim_b62, "SCIM_SECRET_TOKEN", "")
def t_entra_sync_secrets(S):
    return "provisioning/entra/sync-secrets.json", f'''{{
  "value": [
    {{ "key": "BaseAddress", "value": "https://scim.{dom()}/scim/v2" }},
    {{ "key": "SecretToken", "value": "{S.v}" }},
    {{ "key": "SyncNotificationSettings", "value": "{{\\"Enabled\\":true,\\"Recipients\\":\\"iam-team@{dom()}\\"}}" }},
    {{ "key": "SyncAll", "value": "false" }}
  ]
}}
'''


# ---- OneLogin
@tpl("onelogin", "client_secret", s_onelogin, "ONELOGIN_CLIENT_SECRET", "py", (), pub_hex64)
def t_onelogin_py(S):
    return "sync/onelogin_roles.py", f'''from onelogin.api.client import OneLoginClient

client = OneLoginClient(
    "{hexs(64)}",
    {S.lit()},
    "us",
)

for role in client.get_roles():
    users = client.get_role_users(role.id)
    print(f"{{role.name}}: {{len(users)}} users")
'''


@tpl("onelogin", "client_secret", s_onelogin, "ONELOGIN_CLIENT_SECRET", "", (), pub_hex64)
def t_onelogin_yaml(S):
    o = org()
    return "connectors/onelogin.yaml", f'''connector: onelogin
enabled: true
subdomain: {o}
region: us
client_id: {hexs(64)}
client_secret: {S.v}
sync:
  users: true
  roles: true
  page_size: 50
'''


@tpl("onelogin", "client_secret", s_onelogin, "OL_SECRET", "sh", (), pub_hex64)
def t_onelogin_curl(S):
    o = org()
    return "bin/onelogin-token.sh", f'''#!/bin/sh
# Mint a OneLogin access token for the provisioning worker.
curl -s -X POST "https://{o}.onelogin.com/auth/oauth2/v2/token" \\
  -H "Authorization: client_id:{hexs(64)}, client_secret:{S.v}" \\
  -H "Content-Type: application/json" \\
  -d '{{"grant_type":"client_credentials"}}' | jq -r .access_token
'''


@tpl("onelogin", "client_secret", s_onelogin, "onelogin_client_secret", "tf", (), pub_hex64)
def t_onelogin_tf(S):
    return "infra/onelogin/provider.tf", f'''provider "onelogin" {{
  client_id     = "{hexs(64)}"
  client_secret = {S.lit()}
  url           = "https://api.us.onelogin.com"
}}

resource "onelogin_roles" "engineering" {{
  name = "Engineering"
}}
'''


# ---- JumpCloud
@tpl("jumpcloud", "api_key", s_jc_api, "JC_API_KEY", "ps1")
def t_jc_ps1(S):
    return "jumpcloud/Import-NewHires.ps1", f'''Import-Module JumpCloud
Connect-JCOnline -JumpCloudApiKey {S.lit("'")} -force

$hires = Import-Csv .\\new_hires.csv
foreach ($h in $hires) {{
    New-JCUser -firstname $h.First -lastname $h.Last -username $h.Username -email $h.Email `
        -department $h.Department -enable_managed_uid $true
    Add-JCUserGroupMember -GroupName "All Staff" -Username $h.Username
}}
'''


@tpl("jumpcloud", "api_key", s_jc_api, "JUMPCLOUD_API_KEY", "sh")
def t_jc_curl(S):
    return "scripts/jc-export-users.sh", f'''#!/usr/bin/env bash
set -eu
# Export JumpCloud users for the GCDS comparison report
curl -s https://console.jumpcloud.com/api/systemusers?limit=100 \\
  -H 'Accept: application/json' \\
  -H 'Content-Type: application/json' \\
  -H 'x-api-key: {S.v}' \\
  | jq -r '.results[] | [._id, .username, .email, .activated] | @csv' > jc_users.csv
wc -l jc_users.csv
'''


@tpl("jumpcloud", "api_key", s_jc_api, "JC_API_KEY", "py")
def t_jc_py(S):
    return "jcsync/api.py", f'''import jcapiv2

configuration = jcapiv2.Configuration()
configuration.api_key["x-api-key"] = {S.lit()}
configuration.host = "https://console.jumpcloud.com/api/v2"

groups_api = jcapiv2.UserGroupsApi(jcapiv2.ApiClient(configuration))


def list_groups():
    return groups_api.groups_user_list("application/json", "application/json", limit=100)
'''


@tpl("jumpcloud", "api_key", s_jc_api, "jumpcloud_api_key", "tf")
def t_jc_tf(S):
    return "terraform/jumpcloud/main.tf", f'''provider "jumpcloud" {{
  api_key = {S.lit()}
  org_id  = "{jc_id()}"
}}

resource "jumpcloud_user_group" "contractors" {{
  name = "contractors"
}}
'''


@tpl("jumpcloud", "api_key", s_jc_api, "JC_API_KEY", "")
def t_jc_dotenv(S):
    return ".env", f'''# jc-directory-sync local settings
JC_API_URL=https://console.jumpcloud.com/api
JC_API_KEY={S.v}
JC_ORG_ID={jc_id()}
SYNC_DRY_RUN=true
LOG_LEVEL=debug
'''


# ---- SailPoint / Saviynt
@tpl("sailpoint", "pat_secret", s_sailpoint, "SAIL_CLIENT_SECRET", "", (), pub_hex32)
def t_sp_cli(S):
    o = org()
    return "tools/sailpoint/config.yaml", f'''activeenvironment: {o}-sb
environments:
  {o}-sb:
    tenanturl: https://{o}-sb.identitynow.com
    baseurl: https://{o}-sb.api.identitynow.com
    authtype: pat
    pat:
      clientid: {hexs(32)}
      clientsecret: {S.v}
      expiry: 0001-01-01T00:00:00Z
debug: false
'''


@tpl("sailpoint", "pat_secret", s_sailpoint, "IDN_CLIENT_SECRET", "ps1", (), pub_hex32)
def t_sp_ps1(S):
    o = org()
    return "scripts/Get-IdnToken.ps1", f'''$tenant       = "{o}"
$clientId     = "{hexs(32)}"
$clientSecret = {S.lit("'")}

$body = @{{
    grant_type    = "client_credentials"
    client_id     = $clientId
    client_secret = $clientSecret
}}
$tok = Invoke-RestMethod -Method Post -Uri "https://$tenant.api.identitynow.com/oauth/token" -Body $body
$hdr = @{{ Authorization = "Bearer $($tok.access_token)" }}
Invoke-RestMethod -Uri "https://$tenant.api.identitynow.com/v3/sources" -Headers $hdr |
    Select-Object name, type, connectorName | Format-Table
'''


@tpl("sailpoint", "pat_secret", s_sailpoint, "ISC_CLIENT_SECRET", "py", (), pub_hex32)
def t_sp_py(S):
    o = org()
    return "isc/aggregate.py", f'''import requests

TENANT = "{o}"
PAT_ID = "{hexs(32)}"


def token():
    r = requests.post(
        f"https://{{TENANT}}.api.identitynow.com/oauth/token",
        data={{
            "grant_type": "client_credentials",
            "client_id": PAT_ID,
            "client_secret": {S.lit()},
        }},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def aggregate(source_id):
    h = {{"Authorization": f"Bearer {{token()}}"}}
    return requests.post(f"https://{{TENANT}}.api.identitynow.com/beta/sources/{{source_id}}/load-accounts",
                         headers=h, timeout=60).json()
'''


@tpl("sailpoint-iiq", "db_password", s_password_safe, "IIQ_DB_PASSWORD", "")
def t_iiq_props(S):
    return "iiq/WEB-INF/classes/iiq.properties", f'''##### Data Source Properties #####
dataSource.maxWaitMillis=10000
dataSource.maxTotal=50
dataSource.minIdle=5
dataSource.username=identityiq
dataSource.password={S.v}
dataSource.url=jdbc:mysql://iiq-db.{dom()}/identityiq?useServerPrepStmts=true&tinyInt1isBit=true&characterEncoding=UTF-8
dataSource.driverClassName=com.mysql.cj.jdbc.Driver

##### Hibernate #####
sessionFactory.hibernateProperties.hibernate.dialect=org.hibernate.dialect.MySQL57Dialect
'''


@tpl("sailpoint", "ldap_bind_password", s_password_safe, "AD_SERVICE_PASSWORD", "")
def t_sp_source_json(S):
    d = dom()
    return "isc/sources/active-directory.json", f'''{{
  "name": "Active Directory - {d}",
  "type": "Active Directory - Direct",
  "connector": "active-directory",
  "connectorAttributes": {{
    "forestSettings": [
      {{
        "forestName": "{d}",
        "gcServer": "{host()}:3268",
        "user": "svc-isc@{d}",
        "password": "{S.v}",
        "authorizationType": "simple",
        "useSSL": true
      }}
    ],
    "searchDNs": [ {{ "searchDN": "OU=Staff,{base_dn(d).replace('dc=', 'DC=')}", "iterateSearchFilter": "(objectclass=person)" }} ]
  }}
}}
'''


@tpl("saviynt", "ldap_bind_password", s_password_safe, "SAVIYNT_AD_PASSWORD", "")
def t_saviynt_conn(S):
    d = dom()
    return "saviynt/connections/AD_Prod.json", f'''{{
  "connectiontype": "AD",
  "connectionName": "AD_Prod",
  "URL": "ldaps://{host()}:636",
  "USERNAME": "CN=svc-saviynt,OU=Service,{base_dn(d).replace('dc=', 'DC=')}",
  "PASSWORD": "{S.v}",
  "BASE": "OU=Users,{base_dn(d).replace('dc=', 'DC=')}",
  "PAGE_SIZE": "1000",
  "STATUSKEYJSON": "{{\\"STATUS_ACTIVE\\":[\\"512\\",\\"544\\"],\\"STATUS_INACTIVE\\":[\\"546\\",\\"514\\"]}}"
}}
'''


@tpl("saviynt", "api_password", s_password_safe, "SAVIYNT_PASSWORD", "py")
def t_saviynt_py(S):
    o = org()
    return "saviynt/client.py", f'''import requests

BASE = "https://{o}.saviyntcloud.com"


def login():
    resp = requests.post(
        f"{{BASE}}/ECM/api/login",
        json={{"username": "svc_api_idm", "password": {S.lit()}}},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]
'''


# ---- Google Workspace / GCDS companions
@tpl("google", "refresh_token", s_google_refresh, "GOOGLE_REFRESH_TOKEN", "py", GOOGLE_RT_DOC)
def t_google_creds_py(S):
    return "gcds/audit_suspended.py", f'''"""Compare GCDS results with the Directory API (read-only)."""
import os

from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build

creds = Credentials(
    token=None,
    refresh_token={S.lit()},
    client_id="{pub_google_cid()}",
    client_secret=os.environ["GOOGLE_CLIENT_SECRET"],
    token_uri="https://oauth2.googleapis.com/token",
    scopes=["https://www.googleapis.com/auth/admin.directory.user.readonly"],
)

svc = build("admin", "directory_v1", credentials=creds)
resp = svc.users().list(customer="my_customer", query="isSuspended=true", maxResults=500).execute()
for u in resp.get("users", []):
    print(u["primaryEmail"], u.get("orgUnitPath"))
'''


@tpl("google", "client_secret", s_google_secret, "GOOGLE_CLIENT_SECRET", "", (), pub_google_cid)
def t_google_client_json(S):
    p = pick(["gcds-helper", "dir-sync-tools", "ws-provisioning"]) + "-%d" % R.randint(100000, 999999)
    return pick(["gcds/client_secret.json", "credentials/oauth-client.json"]), f'''{{
  "installed": {{
    "client_id": "{pub_google_cid()}",
    "project_id": "{p}",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "{S.v}",
    "redirect_uris": ["http://localhost"]
  }}
}}
'''


@tpl("google", "refresh_token", s_google_refresh, "GWS_REFRESH_TOKEN", "sh", GOOGLE_RT_DOC)
def t_google_refresh_sh(S):
    return "gcds/bin/refresh-access-token.sh", f'''#!/usr/bin/env bash
# Used by the GCDS post-sync report job to call the Reports API.
set -euo pipefail
ACCESS_TOKEN=$(curl -s https://oauth2.googleapis.com/token \\
  -d client_id="{pub_google_cid()}" \\
  -d client_secret="$GOOGLE_CLIENT_SECRET" \\
  -d refresh_token={S.lit()} \\
  -d grant_type=refresh_token | jq -r .access_token)

curl -s -H "Authorization: Bearer $ACCESS_TOKEN" \\
  "https://admin.googleapis.com/admin/reports/v1/activity/users/all/applications/admin?maxResults=50"
'''


@tpl("gcds", "ldap_bind_password", s_password_safe, "GCDS_LDAP_PASSWORD", "sh")
def t_gcds_ldapsearch(S):
    d = dom()
    bd = base_dn(d)
    return "gcds/preflight.sh", f'''#!/bin/bash
# Pre-flight: make sure the GCDS bind account can still read the user OU.
LDAP_HOST="ldaps://{host()}:636"
BIND_DN="{svc_dn(bd)}"

ldapsearch -LLL -x -H "$LDAP_HOST" -D "$BIND_DN" -w {S.lit("'")} \\
  -b "ou=people,{bd}" -s sub "(&(objectClass=person)(mail=*))" mail \\
  | grep -c '^mail:' || {{ echo "bind failed" >&2; exit 1; }}

"/opt/GoogleCloudDirSync/sync-cmd" -c /etc/gcds/prod.xml -o -l
'''


# ---- Keycloak / authentik / Authelia / LLDAP / LSC / midPoint / FreeIPA
@tpl("keycloak", "ldap_bind_password", s_password_safe, "KC_LDAP_BIND_CREDENTIAL", "")
def t_kc_realm(S):
    d = dom()
    bd = base_dn(d)
    return "keycloak/realms/corp-realm.json", f'''{{
  "realm": "corp",
  "enabled": true,
  "components": {{
    "org.keycloak.storage.UserStorageProvider": [
      {{
        "name": "ldap",
        "providerId": "ldap",
        "config": {{
          "vendor": ["ad"],
          "connectionUrl": ["ldaps://{host()}:636"],
          "bindDn": ["{svc_dn(bd)}"],
          "bindCredential": ["{S.v}"],
          "usersDn": ["ou=people,{bd}"],
          "usernameLDAPAttribute": ["sAMAccountName"],
          "rdnLDAPAttribute": ["cn"],
          "uuidLDAPAttribute": ["objectGUID"],
          "editMode": ["READ_ONLY"],
          "fullSyncPeriod": ["86400"],
          "changedSyncPeriod": ["900"]
        }}
      }}
    ]
  }}
}}
'''


@tpl("keycloak", "ldap_bind_password", s_password_safe, "LDAP_BIND_PW", "sh")
def t_kc_kcadm(S):
    d = dom()
    bd = base_dn(d)
    return "keycloak/scripts/add-ldap-federation.sh", f'''#!/usr/bin/env bash
set -euo pipefail
KCADM=/opt/keycloak/bin/kcadm.sh
$KCADM config credentials --server http://localhost:8080 --realm master --user admin --password "$KC_ADMIN_PASSWORD"

$KCADM create components -r corp \\
  -s name=ldap -s providerId=ldap \\
  -s providerType=org.keycloak.storage.UserStorageProvider \\
  -s 'config.vendor=["other"]' \\
  -s 'config.connectionUrl=["ldap://{host()}:389"]' \\
  -s 'config.bindDn=["{svc_dn(bd)}"]' \\
  -s 'config.bindCredential=["{S.v}"]' \\
  -s 'config.usersDn=["ou=people,{bd}"]' \\
  -s 'config.editMode=["READ_ONLY"]'
'''


@tpl("keycloak", "ldap_bind_password", s_password_safe, "ldap_bind_credential", "tf")
def t_kc_tf(S):
    d = dom()
    bd = base_dn(d)
    return "terraform/keycloak/ldap.tf", f'''resource "keycloak_ldap_user_federation" "corp_ad" {{
  name     = "corp-ad"
  realm_id = keycloak_realm.corp.id
  enabled  = true

  username_ldap_attribute = "sAMAccountName"
  rdn_ldap_attribute      = "cn"
  uuid_ldap_attribute     = "objectGUID"
  user_object_classes     = ["person", "organizationalPerson", "user"]
  connection_url          = "ldaps://{host()}"
  users_dn                = "ou=people,{bd}"
  bind_dn                 = "{svc_dn(bd)}"
  bind_credential         = {S.lit()}

  edit_mode          = "READ_ONLY"
  full_sync_period   = 86400
  changed_sync_period = 600
}}
'''


@tpl("authelia", "ldap_bind_password", s_password_safe, "AUTHELIA_AUTHENTICATION_BACKEND_LDAP_PASSWORD", "")
def t_authelia(S):
    d = dom()
    bd = base_dn(d)
    return "authelia/configuration.yml", f'''---
theme: auto
server:
  address: "tcp://:9091"
log:
  level: info
authentication_backend:
  refresh_interval: 5m
  ldap:
    implementation: custom
    address: "ldap://lldap:3890"
    timeout: 5s
    start_tls: false
    base_dn: "{bd}"
    additional_users_dn: "ou=people"
    users_filter: "(&({{username_attribute}}={{input}})(objectClass=person))"
    additional_groups_dn: "ou=groups"
    groups_filter: "(member={{dn}})"
    user: "uid=authelia,ou=people,{bd}"
    password: "{S.v}"
access_control:
  default_policy: one_factor
'''


@tpl("lldap", "admin_password", s_password_safe, "LLDAP_LDAP_USER_PASS", "")
def t_lldap_toml(S):
    d = dom()
    return "lldap/lldap_config.toml", f'''## LLDAP configuration
verbose = false
ldap_host = "0.0.0.0"
ldap_port = 3890
http_host = "0.0.0.0"
http_port = 17170
http_url = "https://lldap.{d}"
ldap_base_dn = "{base_dn(d)}"
ldap_user_dn = "admin"
ldap_user_email = "admin@{d}"
ldap_user_pass = "{S.v}"
database_url = "sqlite:///data/users.db?mode=rwc"
key_file = "/data/private_key"
'''


@tpl("lldap", "admin_password", s_password_safe, "LLDAP_LDAP_USER_PASS", "")
def t_lldap_compose(S):
    d = dom()
    return "deploy/lldap/docker-compose.yml", f'''services:
  lldap:
    image: lldap/lldap:stable
    restart: unless-stopped
    ports:
      - "3890:3890"
      - "17170:17170"
    volumes:
      - ./data:/data
    secrets:
      - jwt_secret
    environment:
      - TZ=Europe/Berlin
      - LLDAP_LDAP_BASE_DN={base_dn(d)}
      - LLDAP_JWT_SECRET_FILE=/run/secrets/jwt_secret
      - LLDAP_LDAP_USER_PASS={S.v}
secrets:
  jwt_secret:
    file: ./secrets/jwt_secret
'''


@tpl("authentik", "api_token", s_authentik, "AUTHENTIK_TOKEN", "")
def t_authentik_outpost(S):
    d = dom()
    return "deploy/authentik-ldap-outpost/compose.yaml", f'''services:
  authentik_ldap:
    image: ghcr.io/goauthentik/ldap:2024.8
    restart: unless-stopped
    ports:
      - "389:3389"
      - "636:6636"
    environment:
      AUTHENTIK_HOST: https://auth.{d}
      AUTHENTIK_INSECURE: "false"
      AUTHENTIK_TOKEN: {S.v}
'''


@tpl("authentik", "ldap_bind_password", s_password_safe, "AK_LDAP_BIND_PASSWORD", "")
def t_authentik_blueprint(S):
    d = dom()
    bd = base_dn(d)
    return "authentik/blueprints/ldap-source.yaml", f'''version: 1
metadata:
  name: corp-ad-source
entries:
  - model: authentik_sources_ldap.ldapsource
    identifiers:
      slug: corp-ad
    attrs:
      name: Corp AD
      enabled: true
      server_uri: ldaps://{host()}
      bind_cn: {svc_dn(bd)}
      bind_password: {S.v}
      base_dn: {bd}
      additional_user_dn: ou=people
      additional_group_dn: ou=groups
      sync_users: true
      sync_groups: true
      object_uniqueness_field: objectGUID
'''


@tpl("lsc", "ldap_bind_password", s_password_safe, "LSC_DST_PASSWORD", "", LSC_DOC, xml=True)
def t_lsc_xml(S):
    d = dom()
    bd = base_dn(d)
    return "lsc/etc/lsc.xml", f'''<?xml version="1.0" ?>
<lsc xmlns="http://lsc-project.org/XSD/lsc-core-2.1.xsd" revision="0">
  <connections>
    <ldapConnection>
      <name>ad-src-conn</name>
      <url>ldaps://{host()}:636/{bd}</url>
      <authentication>NONE</authentication>
      <referral>IGNORE</referral>
      <derefAliases>NEVER</derefAliases>
      <version>VERSION_3</version>
      <pageSize>1000</pageSize>
      <factory>com.sun.jndi.ldap.LdapCtxFactory</factory>
      <tlsActivated>false</tlsActivated>
    </ldapConnection>
    <ldapConnection>
      <name>openldap-dst-conn</name>
      <url>ldap://ldap-master.{d}:389/{bd}</url>
      <username>cn=lsc,ou=system,{bd}</username>
      <password>{S.v}</password>
      <authentication>SIMPLE</authentication>
      <referral>IGNORE</referral>
      <derefAliases>NEVER</derefAliases>
      <version>VERSION_3</version>
      <pageSize>-1</pageSize>
      <factory>com.sun.jndi.ldap.LdapCtxFactory</factory>
      <tlsActivated>true</tlsActivated>
    </ldapConnection>
  </connections>
</lsc>
'''


@tpl("midpoint", "ldap_bind_password", s_password_safe, "MP_LDAP_PASSWORD", "", xml=True)
def t_midpoint_xml(S):
    d = dom()
    bd = base_dn(d)
    return "midpoint/resources/openldap.xml", f'''<?xml version="1.0" encoding="UTF-8"?>
<resource oid="{uuid4()}"
          xmlns="http://midpoint.evolveum.com/xml/ns/public/common/common-3"
          xmlns:t="http://prism.evolveum.com/xml/ns/public/types-3"
          xmlns:icfc="http://midpoint.evolveum.com/xml/ns/public/connector/icf-1/connector-schema-3"
          xmlns:icfcldap="http://midpoint.evolveum.com/xml/ns/public/connector/icf-1/bundle/com.evolveum.polygon.connector-ldap/com.evolveum.polygon.connector.ldap.LdapConnector">
    <name>OpenLDAP ({d})</name>
    <connectorRef type="ConnectorType">
        <filter>
            <q:equal xmlns:q="http://prism.evolveum.com/xml/ns/public/query-3">
                <q:path>c:connectorType</q:path>
                <q:value>com.evolveum.polygon.connector.ldap.LdapConnector</q:value>
            </q:equal>
        </filter>
    </connectorRef>
    <connectorConfiguration>
        <icfc:configurationProperties>
            <icfcldap:host>{host()}</icfcldap:host>
            <icfcldap:port>636</icfcldap:port>
            <icfcldap:connectionSecurity>ssl</icfcldap:connectionSecurity>
            <icfcldap:baseContext>{bd}</icfcldap:baseContext>
            <icfcldap:bindDn>cn=idm,ou=Administrators,{bd}</icfcldap:bindDn>
            <icfcldap:bindPassword>
                <t:clearValue>{S.v}</t:clearValue>
            </icfcldap:bindPassword>
            <icfcldap:passwordHashAlgorithm>SSHA</icfcldap:passwordHashAlgorithm>
        </icfc:configurationProperties>
    </connectorConfiguration>
</resource>
'''


@tpl("freeipa", "directory_manager_password", s_password_safe, "IPA_DM_PASSWORD", "sh")
def t_ipa_install(S):
    d = dom()
    return "provision/ipa/install-primary.sh", f'''#!/bin/bash
# Unattended install of the first IdM server.
set -euo pipefail
dnf -y module enable idm:DL1
dnf -y install ipa-server ipa-server-dns

ipa-server-install -U \\
  --realm {d.upper()} \\
  --domain {d} \\
  --hostname ipa01.{d} \\
  -p {S.lit("'")} \\
  -a "$IPA_ADMIN_PASSWORD" \\
  --setup-dns --auto-forwarders --no-ntp
'''


@tpl("freeipa", "admin_password", s_password_safe, "ipaadmin_password", "")
def t_ipa_ansible(S):
    d = dom()
    return "inventory/group_vars/ipaserver.yml", f'''---
ipaserver_domain: {d}
ipaserver_realm: {d.upper()}
ipaserver_setup_dns: true
ipaserver_auto_forwarders: true
ipaadmin_password: "{S.v}"
ipadm_password: "{{{{ vault_ipadm_password }}}}"
ipaserver_no_hbac_allow: true
'''


@tpl("freeipa", "enrollment_password", s_password_safe, "IPA_ENROLL_PASSWORD", "sh")
def t_ipa_client(S):
    d = dom()
    return "cloud-init/ipa-enroll.sh", f'''#!/bin/sh
# cloud-init runcmd: enrol the VM into IdM
hostnamectl set-hostname "$(curl -s http://169.254.169.254/latest/meta-data/local-hostname).{d}"
ipa-client-install --unattended \\
  --domain={d} --realm={d.upper()} \\
  --server=ipa01.{d} \\
  --principal=svc-enroll \\
  --password={S.lit("'")} \\
  --mkhomedir --no-ntp
'''


@tpl("sssd", "ldap_bind_password", s_password_safe, "SSSD_AUTHTOK", "")
def t_sssd(S):
    d = dom()
    bd = base_dn(d)
    return "roles/sssd/files/sssd.conf", f'''[sssd]
services = nss, pam, ssh
domains = {d}

[domain/{d}]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://{host()}
ldap_search_base = {bd}
ldap_default_bind_dn = {svc_dn(bd)}
ldap_default_authtok_type = password
ldap_default_authtok = {S.v}
ldap_tls_reqcert = demand
cache_credentials = true
'''


@tpl("custom-scim", "ldap_bind_password", s_password_safe, "SPRING_LDAP_PASSWORD", "")
def t_spring_props(S):
    d = dom()
    bd = base_dn(d)
    return "scim-server/src/main/resources/application.properties", f'''server.port=8443
server.servlet.context-path=/scim/v2
spring.application.name=scim-ldap-bridge
spring.ldap.urls=ldaps://{host()}:636
spring.ldap.base={bd}
spring.ldap.username={svc_dn(bd)}
spring.ldap.password={S.v}
scim.users.search-base=ou=people
scim.groups.search-base=ou=groups
management.endpoints.web.exposure.include=health,info
'''


@tpl("custom-scim", "scim_bearer_token", s_scim_b62, "ScimBearerToken", "", xml=True)
def t_webconfig(S):
    return "ScimService/Web.config", f'''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="ScimBasePath" value="/scim/v2" />
    <add key="ScimBearerToken" value="{S.v}" />
    <add key="DirectoryConnection" value="LDAP://{host()}/OU=Staff,{base_dn().replace('dc=', 'DC=')}" />
    <add key="PageSize" value="200" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
  </system.web>
</configuration>
'''


@tpl("custom-scim", "scim_bearer_token", s_scim_hex, "SCIM_TOKEN", "py")
def t_scim_pytest(S):
    return "tests/integration/test_scim_users.py", f'''import uuid

import pytest
import requests

BASE = "https://scim-staging.{dom()}/scim/v2"
TOKEN = {S.lit()}
HEADERS = {{"Authorization": f"Bearer {{TOKEN}}", "Content-Type": "application/scim+json"}}


@pytest.fixture
def new_user():
    body = {{
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "userName": f"test-{{uuid.uuid4().hex[:8]}}@example.com",
        "externalId": str(uuid.uuid4()),
        "active": True,
    }}
    r = requests.post(f"{{BASE}}/Users", json=body, headers=HEADERS, timeout=10)
    assert r.status_code == 201
    yield r.json()
    requests.delete(f"{{BASE}}/Users/{{r.json()['id']}}", headers=HEADERS, timeout=10)


def test_filter_by_username(new_user):
    q = f'userName eq "{{new_user["userName"]}}"'
    r = requests.get(f"{{BASE}}/Users", params={{"filter": q}}, headers=HEADERS, timeout=10)
    assert r.json()["totalResults"] == 1
'''


@tpl("custom-scim", "scim_bearer_token", s_scim_b62, "SCIM_TOKEN", "")
def t_scim_md(S):
    d = dom()
    return "docs/runbooks/scim-smoke-test.md", f'''# SCIM smoke test (staging)

Run after every deploy of `scim-bridge`.

1. Check the service provider config:

   ```bash
   curl -s https://scim-staging.{d}/scim/v2/ServiceProviderConfig | jq .
   ```

2. Look up a known user:

   ```bash
   curl -s -H "Authorization: Bearer {S.v}" \\
     "https://scim-staging.{d}/scim/v2/Users?filter=userName%20eq%20%22{user()}%40{d}%22"
   ```

3. Expect `totalResults: 1` and `active: true`. If not, page the IAM on-call.
'''


@tpl("custom-scim", "scim_bearer_token", s_scim_b62, "SCIM_BEARER_TOKEN", "ts")
def t_scim_ts(S):
    return "src/middleware/scimAuth.ts", f'''import {{ Request, Response, NextFunction }} from 'express';
import {{ timingSafeEqual }} from 'crypto';

const EXPECTED = Buffer.from({S.lit("'")});

export function scimAuth(req: Request, res: Response, next: NextFunction) {{
  const header = req.get('authorization') ?? '';
  const presented = Buffer.from(header.replace(/^Bearer\\s+/i, ''));
  if (presented.length !== EXPECTED.length || !timingSafeEqual(presented, EXPECTED)) {{
    return res.status(401).json({{
      schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
      status: '401',
      detail: 'Authorization failure',
    }});
  }}
  next();
}}
'''


@tpl("custom-scim", "scim_bearer_token", s_scim_hex, "SCIM_TOKEN", "go")
def t_scim_go(S):
    return "cmd/scim-push/main.go", f'''package main

import (
	"log"

	"example.com/idm/scimclient"
)

func main() {{
	c := scimclient.New("https://apps.{dom()}/scim/v2", {S.lit()})
	users, err := c.ListUsers(`active eq true`)
	if err != nil {{
		log.Fatal(err)
	}}
	log.Printf("found %d active users", len(users))
}}
'''


@tpl("custom-scim", "scim_bearer_token", s_scim_b62, "SCIM_TOKEN", "cs")
def t_scim_cs(S):
    return "src/Provisioning/ScimPushService.cs", f'''using System;
using System.Net.Http;
using System.Net.Http.Headers;

namespace Contoso.Provisioning
{{
    public sealed class ScimPushService
    {{
        private readonly HttpClient _http;

        public ScimPushService()
        {{
            _http = new HttpClient {{ BaseAddress = new Uri("https://vendor.{dom()}/scim/v2/") }};
            _http.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue("Bearer", {S.lit()});
            _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/scim+json"));
        }}

        public HttpClient Client => _http;
    }}
}}
'''


# ---- SaaS SCIM endpoints
@tpl("github", "scim_pat", s_github_pat, "GITHUB_SCIM_TOKEN", "sh")
def t_github_scim(S):
    ent = org() + "-emu"
    return "scripts/github-emu/suspend-user.sh", f'''#!/usr/bin/env bash
# Suspend a managed user in the GitHub EMU enterprise via SCIM.
set -euo pipefail
ENTERPRISE="{ent}"
SCIM_ID="$1"

curl -sS -X PATCH \\
  -H "Accept: application/scim+json" \\
  -H "Authorization: Bearer {S.v}" \\
  "https://api.github.com/scim/v2/enterprises/$ENTERPRISE/Users/$SCIM_ID" \\
  -d '{{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{{"op":"replace","path":"active","value":false}}]}}'
'''


@tpl("slack", "scim_token", s_slack_user, "SLACK_SCIM_TOKEN", "py")
def t_slack_scim(S):
    return "slack_admin/deactivate.py", f'''import requests

SLACK_SCIM = "https://api.slack.com/scim/v2"
SLACK_SCIM_TOKEN = {S.lit()}


def deactivate(user_id: str) -> None:
    r = requests.delete(
        f"{{SLACK_SCIM}}/Users/{{user_id}}",
        headers={{"Authorization": f"Bearer {{SLACK_SCIM_TOKEN}}"}},
        timeout=15,
    )
    if r.status_code not in (200, 204):
        raise SystemExit(f"Slack SCIM error {{r.status_code}}: {{r.text}}")
'''


@tpl("zoom", "access_token", s_zoom_jwt, "ZOOM_ACCESS_TOKEN", "sh")
def t_zoom_scim(S):
    return "scripts/zoom-scim-users.sh", f'''#!/usr/bin/env bash
# Dump Zoom SCIM users (token pasted from the Server-to-Server app page while debugging)
TOKEN={S.lit("'")}
curl -s "https://api.zoom.us/scim2/Users?startIndex=1&count=100" \\
  -H "Authorization: Bearer $TOKEN" \\
  -H "Accept: application/scim+json" | jq '.Resources[] | {{id, userName, active}}'
'''


@tpl("atlassian", "scim_directory_key", s_atlassian_dir, "ATLASSIAN_SCIM_KEY", "py")
def t_atlassian_scim(S):
    return "atlassian/scim_groups.py", f'''import requests

DIRECTORY_ID = "{uuid4()}"
BASE = f"https://api.atlassian.com/scim/directory/{{DIRECTORY_ID}}"
API_KEY = {S.lit()}

resp = requests.get(
    f"{{BASE}}/Groups",
    headers={{"Authorization": f"Bearer {{API_KEY}}", "Accept": "application/scim+json"}},
    params={{"count": 100}},
    timeout=20,
)
for g in resp.json().get("Resources", []):
    print(g["id"], g["displayName"])
'''


@tpl("tableau", "scim_secret", s_tableau, "TABLEAU_SCIM_SECRET", "ps1", TABLEAU_DOC)
def t_tableau_scim(S):
    return "tableau/Get-ScimUsers.ps1", f'''$siteLuid = "{uuid4()}"
$uri = "https://prod-useast-a.online.tableau.com/api/v1/scim/$siteLuid/Users?filter=userName eq `"{user()}@{dom()}`""
$headers = @{{ Authorization = "Bearer {S.v}" }}
Invoke-RestMethod -Method Get -Uri $uri -Headers $headers | ConvertTo-Json -Depth 6
'''


# ---- generic file types
@tpl("custom-scim", "scim_bearer_token", s_scim_b62, "SCIM_TOKEN", "")
def t_csv_integrations(S):
    d = dom()
    return "provisioning/targets.csv", f'''app,scim_base_url,auth_scheme,credential,owner
jira,https://api.atlassian.com/scim/directory/{uuid4()},bearer,vault:secret/data/scim/jira#token,it-apps@{d}
expense,https://expense.{d}/scim/v2,bearer,{S.v},finance-it@{d}
wiki,https://wiki.{d}/scim/v2,bearer,vault:secret/data/scim/wiki#token,it-apps@{d}
lms,https://lms.{d}/api/scim/v2,basic,vault:secret/data/scim/lms#password,hr-it@{d}
'''


@tpl("custom-scim", "scim_bearer_token", s_scim_hex, "SCIM_TOKEN", "")
def t_sql_seed(S):
    return "db/migrations/0007_seed_scim_clients.sql", f'''-- Seed the SCIM client registry for the staging stack.
INSERT INTO scim_clients (id, name, issuer, bearer_token, created_at)
VALUES ('{uuid4()}', 'okta-staging', 'https://{org()}.okta.com', '{S.v}', now());

INSERT INTO scim_client_scopes (client_name, scope) VALUES
  ('okta-staging', 'users:write'),
  ('okta-staging', 'groups:write');
'''


@tpl("custom-scim", "scim_bearer_token", s_scim_b62, "SCIM_TOKEN", "")
def t_log_leak(S):
    ts = "2024-%02d-%02dT%02d:%02d:" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59))
    rid = uuid4()
    return "logs/provisioning-debug.log", f'''{ts}01.112Z INFO  scim.push starting run id={rid} target=expense
{ts}01.380Z DEBUG http > GET https://expense.{dom()}/scim/v2/Users?filter=externalId%20eq%20%22{uuid4()}%22
{ts}01.380Z DEBUG http > Accept: application/scim+json
{ts}01.380Z DEBUG http > Authorization: Bearer {S.v}
{ts}01.522Z DEBUG http < 200 OK (142 ms) etag=W/"{R.randint(1, 40)}"
{ts}01.530Z INFO  scim.push user unchanged id={uuid4()}
{ts}02.004Z INFO  scim.push finished run id={rid} created=0 updated=0 deactivated=0
'''


@tpl("custom-scim", "scim_bearer_token", s_scim_b62, "SCIM_BEARER_TOKEN", "")
def t_k8s_secret(S):
    return "deploy/k8s/scim-bridge-secret.yaml", f'''apiVersion: v1
kind: Secret
metadata:
  name: scim-bridge
  namespace: identity
  labels:
    app.kubernetes.io/name: scim-bridge
type: Opaque
stringData:
  SCIM_BEARER_TOKEN: "{S.v}"
  SCIM_BASE_PATH: /scim/v2
'''


@tpl("ldap-sync", "ldap_bind_password", s_password_safe, "LDAP_BIND_PASSWORD", "")
def t_dockerfile(S):
    d = dom()
    return "ldap-sync/Dockerfile", f'''FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY ldapsync/ ./ldapsync/
ENV LDAP_URI=ldaps://{host()} \\
    LDAP_BIND_DN="{svc_dn(base_dn(d))}" \\
    LDAP_BIND_PASSWORD="{S.v}" \\
    SYNC_INTERVAL=900
USER 1001
CMD ["python", "-m", "ldapsync", "--daemon"]
'''


@tpl("slack", "webhook_url", s_slack_webhook, "SLACK_WEBHOOK_URL", "")
def t_slack_webhook(S):
    return "config/lifecycle-notify.yaml", f'''notifications:
  on_deprovision:
    channel: "#iam-alerts"
    webhook: {S.v}
  on_sync_failure:
    email: iam-oncall@{dom()}
thresholds:
  max_deactivations_per_run: 25
'''


@tpl("ldap-sync", "ldap_bind_password", s_password_safe, "LDAP_BIND_PW", "")
def t_ldapsync_ini(S):
    d = dom()
    bd = base_dn(d)
    return "etc/ldapsync.ini", f'''[ldap]
uri = ldaps://{host()}:636
base = {bd}
bind_dn = {svc_dn(bd)}
bind_pw = {S.v}
page_size = 500

[target]
scim_url = https://apps.{d}/scim/v2
auth = env:SCIM_TOKEN

[schedule]
interval = 900
'''


@tpl("custom-scim", "db_password", s_pw_url, "MONGO_PASSWORD", "")
def t_mongo_uri(S):
    return "config/scim-server.yml", f'''server:
  port: 8080
  basePath: /scim/v2
storage:
  driver: mongodb
  uri: mongodb://scim_app:{S.v}@mongo-0.mongo.identity.svc:27017/scim?authSource=admin&replicaSet=rs0
  database: scim
auth:
  mode: bearer
  tokenFile: /etc/scim/token
'''


# ================================================================ look-alike negatives
LOOK = []


def look(provider, kind):
    def deco(fn):
        LOOK.append(dict(fn=fn, provider=provider, kind=kind, name=fn.__name__))
        return fn
    return deco


def b64np(n):
    return b64(n).rstrip("=")


def sid():
    return "S-1-5-21-%d-%d-%d-%d" % (R.randint(10 ** 9, 4 * 10 ** 9), R.randint(10 ** 9, 4 * 10 ** 9),
                                     R.randint(10 ** 9, 4 * 10 ** 9), R.randint(1100, 99999))


def bcrypt_hash():
    return "$2b$12$" + rs("./" + ALNUM, 53)


def dpapi():
    return "AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA" + b64(R.choice([162, 198, 234]))


def sha256h():
    return hexs(64)


def pem_cert():
    body = b64(R.choice([690, 720, 780]))
    body = "MII" + body[3:]
    return "\n".join(body[i:i + 64] for i in range(0, len(body), 64))


def name_pair():
    return pick([("Ada", "Lovelace"), ("Grace", "Hopper"), ("Alan", "Turing"), ("Katherine", "Johnson"),
                 ("Linus", "Torvalds"), ("Barbara", "Liskov"), ("Ken", "Thompson"), ("Radia", "Perlman")])


@look("scim", "resource_ids")
def l_scim_user_resp():
    f, l = name_pair()
    d = dom()
    rid = uuid4()
    return "tests/fixtures/scim/user-response.json", json.dumps({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User",
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
        "id": rid, "externalId": uuid4(), "userName": "%s.%s@%s" % (f.lower(), l.lower(), d),
        "name": {"givenName": f, "familyName": l}, "active": True,
        "emails": [{"value": "%s.%s@%s" % (f.lower(), l.lower(), d), "type": "work", "primary": True}],
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
            "employeeNumber": str(R.randint(10000, 99999)), "department": "Engineering",
            "manager": {"value": uuid4()}},
        "meta": {"resourceType": "User", "created": "2024-03-02T10:11:12Z",
                 "lastModified": "2024-06-01T08:00:00Z",
                 "location": "https://scim.%s/scim/v2/Users/%s" % (d, rid),
                 "version": 'W/"%s"' % hexs(40)}}, indent=2) + "\n"


@look("scim", "group_patch")
def l_scim_group_patch():
    ops = [{"op": "add", "path": "members", "value": [{"value": uuid4()} for _ in range(R.randint(2, 5))]},
           {"op": "remove", "path": 'members[value eq "%s"]' % uuid4()}]
    return "fixtures/scim/group-patch.json", json.dumps({
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": ops}, indent=2) + "\n"


@look("entra", "immutable_ids")
def l_immutable_csv():
    d = dom()
    rows = ["UserPrincipalName,ObjectGUID,ImmutableId,OnPremisesSecurityIdentifier"]
    for _ in range(R.randint(5, 9)):
        f, l = name_pair()
        rows.append("%s.%s%d@%s,%s,%s,%s" % (f.lower(), l.lower(), R.randint(1, 99), d, uuid4(), b64(16), sid()))
    return "migration/immutableid-map.csv", "\n".join(rows) + "\n"


@look("entra", "immutable_ids")
def l_immutable_ps1():
    g = uuid4()
    return "aadconnect/Convert-GuidToImmutableId.ps1", f'''# Convert an AD objectGUID to the Entra ID ImmutableId (sourceAnchor) and back.
param([Parameter(Mandatory)][string]$ObjectGuid)

$bytes = ([guid]$ObjectGuid).ToByteArray()
$immutableId = [System.Convert]::ToBase64String($bytes)
Write-Output $immutableId

# Example:
#   .\\Convert-GuidToImmutableId.ps1 -ObjectGuid {g}
#   {b64(16)}
'''


@look("ldap", "ldif_export")
def l_ldif():
    d = dom()
    bd = base_dn(d)
    out = ["version: 1", ""]
    for _ in range(R.randint(2, 4)):
        f, l = name_pair()
        u = (f[0] + l).lower()
        out += ["dn: uid=%s,ou=people,%s" % (u, bd), "objectClass: inetOrgPerson", "uid: " + u,
                "cn: %s %s" % (f, l), "sn: " + l, "mail: %s@%s" % (u, d),
                "entryUUID: " + uuid4(), "userPassword: {SSHA}" + b64(24),
                "objectGUID:: " + b64(16), ""]
    return "exports/people-%d.ldif" % R.randint(2019, 2025), "\n".join(out)


@look("okta", "system_log")
def l_okta_syslog():
    ev = {"uuid": uuid4(), "published": "2024-05-14T09:12:44.312Z", "eventType": "user.lifecycle.deactivate",
          "displayMessage": "Deactivate Okta user", "severity": "INFO",
          "actor": {"id": okta_id("00u"), "type": "User", "alternateId": "iam-bot@%s" % dom()},
          "client": {"ipAddress": "203.0.113.%d" % R.randint(2, 250), "userAgent": {"rawUserAgent": "okta-sdk-python/2.9.0"}},
          "authenticationContext": {"externalSessionId": "trs" + rs(ALNUM, 22)},
          "target": [{"id": okta_id("00u"), "type": "User"}, {"id": okta_id("0oa"), "type": "AppInstance"}],
          "transaction": {"type": "WEB", "id": rs(ALNUM + "-_", 27)},
          "debugContext": {"debugData": {"requestId": rs(ALNUM + "-_", 27), "requestUri": "/api/v1/users/lifecycle/deactivate"}}}
    return "samples/okta/user.lifecycle.deactivate.json", json.dumps(ev, indent=2) + "\n"


@look("gcds", "encrypted_config")
def l_gcds_xml():
    d = dom()
    bd = base_dn(d)
    return "gcds/prod-sync.xml", f'''<?xml version="1.0" encoding="UTF-8"?>
<config version="5.0.16">
  <googleConfig>
    <domain>{d}</domain>
    <oAuthRefreshTokenEncrypted>{b64(R.choice([96, 120]))}</oAuthRefreshTokenEncrypted>
    <useDelegatedAdmin>false</useDelegatedAdmin>
  </googleConfig>
  <ldapConfig>
    <hostname>{host()}</hostname>
    <port>636</port>
    <connectionType>SSL</connectionType>
    <authType>SIMPLE</authType>
    <authUser>{svc_dn(bd)}</authUser>
    <authCredentialsEncrypted>{b64(R.choice([32, 48]))}</authCredentialsEncrypted>
    <baseDN>{bd}</baseDN>
  </ldapConfig>
</config>
'''


@look("midpoint", "encrypted_data")
def l_midpoint_enc():
    bd = base_dn()
    return "midpoint/resources/ad-export.xml", f'''<resource xmlns="http://midpoint.evolveum.com/xml/ns/public/common/common-3"
          xmlns:t="http://prism.evolveum.com/xml/ns/public/types-3" oid="{uuid4()}">
    <name>Active Directory</name>
    <connectorConfiguration>
        <icfc:configurationProperties xmlns:icfc="http://midpoint.evolveum.com/xml/ns/public/connector/icf-1/connector-schema-3"
                xmlns:ad="http://midpoint.evolveum.com/xml/ns/public/connector/icf-1/bundle/com.evolveum.polygon.connector-ldap/com.evolveum.polygon.connector.ldap.ad.AdLdapConnector">
            <ad:bindDn>cn=midpoint,ou=Service,{bd}</ad:bindDn>
            <ad:bindPassword>
                <t:encryptedData>
                    <t:encryptionMethod>
                        <t:algorithm>http://www.w3.org/2001/04/xmlenc#aes256-cbc</t:algorithm>
                    </t:encryptionMethod>
                    <t:keyInfo>
                        <t:keyName>{b64(20)}</t:keyName>
                    </t:keyInfo>
                    <t:cipherData>
                        <t:cipherValue>{b64(48)}</t:cipherValue>
                    </t:cipherData>
                </t:encryptedData>
            </ad:bindPassword>
        </icfc:configurationProperties>
    </connectorConfiguration>
</resource>
'''


@look("okta", "dpapi_agent_token")
def l_okta_agent_exe_config():
    o = org()
    return "ops/okta-ad-agent/OktaAgentService.exe.config", f'''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="BaseOktaURI" value="https://{o}.okta.com" />
    <add key="AgentToken" value="{dpapi()}" />
    <add key="AgentId" value="{okta_id("a53")}" />
    <add key="AppId" value="{okta_id("0oa")}" />
    <add key="AgentName" value="DC0{R.randint(1, 9)}" />
    <add key="ProxyURI" value="" />
    <add key="ProxyUsername" value="" />
    <add key="ProxyPassword" value="" />
    <add key="PollingThreads" value="2" />
    <add key="VerboseLogging" value="False" />
  </appSettings>
</configuration>
'''


@look("sailpoint", "identity_ids")
def l_sp_identity():
    f, l = name_pair()
    return "isc/samples/identity.json", json.dumps({
        "id": hexs(32), "name": "%s.%s" % (f.lower(), l.lower()), "alias": (f[0] + l).lower(),
        "emailAddress": "%s.%s@%s" % (f.lower(), l.lower(), dom()), "processingState": None,
        "identityStatus": "ACTIVE", "managerRef": {"type": "IDENTITY", "id": hexs(32), "name": "manager"},
        "attributes": {"uid": (f[0] + l).lower(), "cloudAuthoritativeSource": hexs(32),
                       "employeeNumber": str(R.randint(100000, 999999))},
        "lifecycleState": {"stateName": "active", "manuallyUpdated": False}}, indent=2) + "\n"


@look("jumpcloud", "object_ids")
def l_jc_users():
    res = []
    for _ in range(R.randint(2, 4)):
        f, l = name_pair()
        res.append({"_id": jc_id(), "username": (f[0] + l).lower(), "email": "%s@%s" % ((f[0] + l).lower(), dom()),
                    "activated": True, "organization": jc_id(), "externally_managed": True,
                    "external_source_type": "scim", "systemUsername": (f[0] + l).lower()})
    return "fixtures/jumpcloud/systemusers.json", json.dumps({"totalCount": len(res), "results": res}, indent=2) + "\n"


@look("keycloak", "hashed_credentials")
def l_kc_users_export():
    f, l = name_pair()
    cred = {"type": "password", "createdDate": 1715000000000 + R.randint(0, 10 ** 9),
            "secretData": json.dumps({"value": b64(64), "salt": b64(16), "additionalParameters": {}}),
            "credentialData": json.dumps({"hashIterations": 27500, "algorithm": "pbkdf2-sha256", "additionalParameters": {}})}
    return "keycloak/export/corp-users-0.json", json.dumps({"realm": "corp", "users": [{
        "id": uuid4(), "username": (f[0] + l).lower(), "enabled": True, "federationLink": uuid4(),
        "attributes": {"LDAP_ID": [uuid4()], "LDAP_ENTRY_DN": ["uid=%s,ou=people,%s" % ((f[0] + l).lower(), base_dn())]},
        "credentials": [cred]}]}, indent=2) + "\n"


@look("saml", "public_certificate")
def l_saml_metadata():
    o = org()
    return "sso/metadata/okta-idp-metadata.xml", f'''<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/{rs(ALNUM, 20)}">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>{b64(R.choice([690, 720])).replace("=", "")}</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://{o}.okta.com/app/{o}_scimapp_1/{rs(ALNUM, 20)}/sso/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
'''


@look("oidc", "jwks_public")
def l_jwks():
    keys = [{"kty": "RSA", "alg": "RS256", "kid": rs(URLSAFE, 43), "use": "sig", "e": "AQAB", "n": b64u(256)}
            for _ in range(2)]
    return "tests/fixtures/okta-jwks.json", json.dumps({"keys": keys}, indent=2) + "\n"


@look("ssh", "public_keys")
def l_ssh_keys():
    lines = ["# jump hosts allowed to run ldap sync jobs"]
    for _ in range(R.randint(2, 4)):
        lines.append("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s" % (b64np(32)[:43], user(), pick(["bastion", "jump01", "ops-laptop"])))
    return "ansible/roles/ldapsync/files/authorized_keys", "\n".join(lines) + "\n"


@look("sync", "log_ids")
def l_sync_log():
    lines = []
    for i in range(R.randint(6, 10)):
        lines.append("2024-07-%02d 02:%02d:%02d,%03d INFO [sync-%s] user=%s objectGUID=%s etag=\"%s\" status=%s" % (
            R.randint(1, 28), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999), hexs(8), uuid4(),
            guid_upper(), hexs(16), pick(["unchanged", "updated", "created"])))
    return "logs/gcds-sync-%d.log" % R.randint(1, 30), "\n".join(lines) + "\n"


@look("entra", "sync_export")
def l_aadc_export():
    rows = ["DisplayName,SourceAnchor,CloudAnchor,ObjectSid,DistinguishedName"]
    bd = base_dn().replace("dc=", "DC=")
    for _ in range(R.randint(4, 8)):
        f, l = name_pair()
        rows.append('"%s %s",%s,User_%s,%s,"CN=%s %s,OU=Staff,%s"' % (f, l, b64(16), hexs(32), sid(), f, l, bd))
    return "aadconnect/exports/csexport-users.csv", "\n".join(rows) + "\n"


@look("scim-test", "bcrypt_hashes")
def l_htpasswd():
    return "scim-mock/config/htpasswd", "\n".join("%s:%s" % (u, bcrypt_hash()) for u in
                                                 ["okta-push", "entra-prov", "onelogin", "jc-sync"][:R.randint(2, 4)]) + "\n"


@look("freeipa", "user_show")
def l_ipa_show():
    d = dom()
    u = user()
    return "docs/idm/ipa-user-show-%s.txt" % u, f'''$ ipa user-show {u} --all --raw
  dn: uid={u},cn=users,cn=accounts,{base_dn(d)}
  uid: {u}
  krbPrincipalName: {u}@{d.upper()}
  ipaUniqueID: {uuid4()}
  nsUniqueId: {hexs(8)}-{hexs(8)}-{hexs(8)}-{hexs(8)}
  uidNumber: {R.randint(1000000, 1999999)}
  ipaNTSecurityIdentifier: {sid()}
  krbLastPwdChange: 20240611093015Z
  has_password: TRUE
  has_keytab: TRUE
'''


@look("entra", "app_manifest")
def l_entra_manifest():
    return "entra/app-manifest.json", json.dumps({
        "id": uuid4(), "appId": uuid4(), "displayName": "hr-scim-connector",
        "identifierUris": ["api://" + uuid4()], "signInAudience": "AzureADMyOrg",
        "keyCredentials": [{"customKeyIdentifier": hexs(40).upper(), "displayName": "CN=scim-connector",
                            "keyId": uuid4(), "type": "AsymmetricX509Cert", "usage": "Verify",
                            "endDateTime": "2026-01-01T00:00:00Z"}],
        "passwordCredentials": [{"displayName": "prov-2024", "hint": rs(ALNUM, 3), "keyId": uuid4(),
                                 "secretText": None, "endDateTime": "2025-06-30T00:00:00Z"}]}, indent=2) + "\n"


@look("npm", "integrity_hashes")
def l_lockfile():
    pk = {"": {"name": "scim-bridge", "version": "1.4.0"}}
    for n, v in [("scimmy", "1.2.3"), ("ldapts", "7.1.0"), ("express", "4.19.2"), ("jose", "5.6.3")]:
        pk["node_modules/" + n] = {"version": v, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (n, n, v),
                                   "integrity": "sha512-" + b64(64)}
    return "scim-bridge/package-lock.json", json.dumps({"name": "scim-bridge", "version": "1.4.0",
                                                        "lockfileVersion": 3, "requires": True, "packages": pk}, indent=2) + "\n"


@look("custom-scim", "token_hashes")
def l_sql_hashes():
    lines = ["-- Only SHA-256 digests of client tokens are stored; raw tokens are shown once at creation.",
             "CREATE TABLE scim_client_tokens (id uuid PRIMARY KEY, client text NOT NULL, token_sha256 char(64) NOT NULL, last4 char(4));"]
    for c in ["okta", "entra", "onelogin", "jumpcloud"][:R.randint(2, 4)]:
        lines.append("INSERT INTO scim_client_tokens VALUES ('%s', '%s', '%s', '%s');" % (uuid4(), c, sha256h(), rs(ALNUM, 4)))
    return "db/fixtures/scim_client_tokens.sql", "\n".join(lines) + "\n"


@look("okta", "token_metadata")
def l_okta_token_list():
    toks = [{"id": "00T" + rs(ALNUM, 17), "name": pick(["scim-push", "hr-import", "audit-export"]),
             "userId": okta_id("00u"), "clientName": "Okta API", "tokenWindow": "P30D",
             "network": {"connection": "ANYWHERE"}, "created": "2024-02-0%dT12:00:00.000Z" % R.randint(1, 9),
             "lastUpdated": "2024-06-01T12:00:00.000Z"} for _ in range(R.randint(2, 3))]
    return "audit/okta-api-tokens.json", json.dumps(toks, indent=2) + "\n"


@look("sailpoint", "pat_metadata")
def l_sp_pat_list():
    pats = [{"id": hexs(32), "name": pick(["ci-deploy", "aggregation", "reporting"]),
             "scope": ["sp:scopes:all"], "owner": {"type": "IDENTITY", "id": hexs(32), "name": "svc.automation"},
             "created": "2024-01-1%dT10:00:00.000Z" % R.randint(0, 9), "lastUsed": None, "managed": False}
            for _ in range(R.randint(2, 3))]
    return "isc/audit/personal-access-tokens.json", json.dumps(pats, indent=2) + "\n"


@look("container", "image_digests")
def l_compose_digests():
    return "deploy/idm/docker-compose.yml", f'''services:
  scim-bridge:
    image: ghcr.io/example/scim-bridge@sha256:{sha256h()}
    environment:
      SCIM_TOKEN_FILE: /run/secrets/scim_token
    secrets: [scim_token]
  lldap:
    image: lldap/lldap@sha256:{sha256h()}
  keycloak:
    image: quay.io/keycloak/keycloak@sha256:{sha256h()}
secrets:
  scim_token:
    external: true
'''


@look("scim", "service_provider_config")
def l_spc():
    return "static/scim/ServiceProviderConfig.json", json.dumps({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
        "documentationUri": "https://docs.%s/scim" % dom(), "patch": {"supported": True},
        "bulk": {"supported": False, "maxOperations": 0, "maxPayloadSize": 0},
        "filter": {"supported": True, "maxResults": 200}, "changePassword": {"supported": False},
        "sort": {"supported": False}, "etag": {"supported": True},
        "authenticationSchemes": [{"type": "oauthbearertoken", "name": "OAuth Bearer Token",
                                   "description": "Authentication scheme using the OAuth Bearer Token Standard",
                                   "specUri": "http://www.rfc-editor.org/info/rfc6750", "primary": True}],
        "meta": {"resourceType": "ServiceProviderConfig", "version": 'W/"%s"' % hexs(12)}}, indent=2) + "\n"


@look("google", "directory_ids")
def l_google_users():
    us = []
    for _ in range(R.randint(2, 3)):
        f, l = name_pair()
        us.append({"kind": "admin#directory#user", "id": str(R.randint(10 ** 20, 10 ** 21 - 1)),
                   "etag": '"%s/%s"' % (rs(URLSAFE, 27), rs(URLSAFE, 27)),
                   "primaryEmail": "%s.%s@%s" % (f.lower(), l.lower(), dom()), "orgUnitPath": "/Staff",
                   "customerId": "C0" + rs(ALNUM, 7), "isAdmin": False, "suspended": False,
                   "externalIds": [{"value": guid_upper(), "type": "organization"}]})
    return "gcds/fixtures/users-list.json", json.dumps({"kind": "admin#directory#users", "users": us,
                                                        "etag": '"%s"' % rs(URLSAFE, 40)}, indent=2) + "\n"


@look("x509", "ca_certificate")
def l_ca_pem():
    return "certs/ldaps-root-ca.pem", "# Corp LDAPS root CA (public) - trusted by keycloak, lsc, sssd\n-----BEGIN CERTIFICATE-----\n" + pem_cert() + "\n-----END CERTIFICATE-----\n"


@look("kubernetes", "sealed_secret")
def l_sealed():
    return "deploy/k8s/scim-bridge-sealedsecret.yaml", f'''apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: scim-bridge
  namespace: identity
spec:
  encryptedData:
    SCIM_BEARER_TOKEN: AgB{b64(R.choice([300, 330])).replace("=", "")}
    LDAP_BIND_PASSWORD: AgC{b64(R.choice([300, 330])).replace("=", "")}
  template:
    metadata:
      name: scim-bridge
'''


@look("sops", "encrypted_yaml")
def l_sops():
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(n), b64(32), b64(16))
    return "deploy/secrets/idm.enc.yaml", f'''okta_api_token: {enc(31)}
ldap_bind_password: {enc(18)}
sops:
    kms: []
    age:
        - recipient: age1{rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)}
    lastmodified: "2024-05-30T11:02:44Z"
    mac: {enc(32)}
    unencrypted_suffix: _unencrypted
    version: 3.8.1
'''


@look("authentik", "argon2_hashes")
def l_argon():
    return "lldap/bootstrap/users.json", json.dumps([{
        "id": user(), "email": "%s@%s" % (user(), dom()),
        "password_hash": "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (b64np(16), b64np(32)),
        "groups": ["staff"]} for _ in range(R.randint(2, 3))], indent=2) + "\n"


@look("iiq", "encrypted_strings")
def l_iiq_app():
    return "iiq/config/Application-LDAP.xml", f'''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE Application PUBLIC "sailpoint.dtd" "sailpoint.dtd">
<Application connector="sailpoint.connector.LDAPConnector" name="Corp LDAP" type="LDAP">
  <Attributes>
    <Map>
      <entry key="host" value="{host()}"/>
      <entry key="port" value="636"/>
      <entry key="user" value="{svc_dn(base_dn())}"/>
      <entry key="password" value="1:{b64(R.choice([32, 48]))}"/>
      <entry key="useSSL">
        <value><Boolean>true</Boolean></value>
      </entry>
    </Map>
  </Attributes>
</Application>
'''


@look("checksums", "installer_hashes")
def l_runbook_hashes():
    return "docs/runbooks/agent-upgrade.md", f'''# Directory agent upgrade checklist

| Package | Version | SHA-256 |
|---|---|---|
| OktaADAgentSetup.exe | 3.18.0 | `{sha256h()}` |
| OktaProvisioningAgent.rpm | 2.1.1 | `{sha256h()}` |
| GoogleCloudDirSync_windows-x64.exe | 5.0.16 | `{sha256h()}` |
| JumpCloud AD Integration (ADI) | 1.20.0 | `{sha256h()}` |

Verify with `Get-FileHash -Algorithm SHA256 <file>` before installing.
Tenant: `{uuid4()}` - Okta app instance `{okta_id("0oa")}`.
'''


@look("okta", "object_ids_tf")
def l_okta_tf_ids():
    return "infra/okta/imports.tf", f'''import {{
  to = okta_app_oauth.scim_bridge
  id = "{okta_id("0oa")}"
}}

import {{
  to = okta_group.engineering
  id = "{okta_id("00g")}"
}}

resource "okta_app_oauth" "scim_bridge" {{
  label          = "SCIM bridge"
  type           = "service"
  grant_types    = ["client_credentials"]
  response_types = ["token"]
  token_endpoint_auth_method = "private_key_jwt"
  jwks {{
    kid = "{rs(URLSAFE, 43)}"
    kty = "RSA"
    e   = "AQAB"
    n   = "{b64u(256)}"
  }}
}}
'''


# ================================================================ negatives from positive templates
def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def filler(t):
    env = t["env"]
    slug = env.lower().replace("__", "-").replace("_", "-")
    cats = [("placeholder", 25), ("empty", 7), ("masked", 12), ("env_reference", 17),
            ("secret_manager_ref", 12), ("template_expression", 11)]
    if t["docex"]:
        cats.append(("documented_example", 22))
    if t["public"]:
        cats.append(("public_value", 12))
    tot = sum(w for _, w in cats)
    x = R.uniform(0, tot)
    for cat, w in cats:
        x -= w
        if x <= 0:
            break
    if cat == "placeholder":
        v = pick(["<your-%s>" % slug, "YOUR_API_KEY_HERE", "changeme", "x" * R.choice([8, 24, 40]),
                  "REPLACE_ME", "<%s>" % env.upper(), "your-%s-here" % slug, "TODO-set-me",
                  "<paste token from the admin console>", "dummy", "CHANGE_ME_BEFORE_DEPLOY"])
    elif cat == "empty":
        v = ""
    elif cat == "masked":
        v = pick(["********", "*" * R.choice([12, 16, 32]), "[REDACTED]", "<redacted>", "***REMOVED***",
                  "xxxx...%s" % rs(HEX, 4), "[MASKED]", "(hidden)"])
    elif cat == "env_reference":
        v = pick(["${%s}" % env, "$%s" % env, "${%s:-}" % env, "%%%s%%" % env, "env:%s" % env,
                  "${env:%s}" % env])
    elif cat == "secret_manager_ref":
        v = pick(["vault:secret/data/idm/%s#value" % slug, "op://Identity/%s/credential" % slug,
                  "@Microsoft.KeyVault(SecretUri=https://kv-idm.vault.azure.net/secrets/%s/)" % slug,
                  "arn:aws:secretsmanager:eu-west-1:123456789012:secret:idm/%s" % slug,
                  "projects/idm-prod/secrets/%s/versions/latest" % slug,
                  "ref+vault://secret/idm#/%s" % slug.replace("-", "_")])
    elif cat == "template_expression":
        v = pick(["{{ %s }}" % env.lower(), "{{ .Values.idm.%s }}" % env.lower().replace("_", ""),
                  "#{%s}#" % env, "{{ lookup('env', '%s') }}" % env,
                  "{{ vault_%s }}" % env.lower(), "$(%s)" % env.replace("_", ".")])
    elif cat == "documented_example":
        v = pick(t["docex"])
    else:
        v = t["public"]()
    if t["xml"]:
        v = xml_esc(v)
    return cat, v


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base == "Dockerfile":
        return "dockerfile"
    if "." in base.lstrip("."):
        ext = base.rsplit(".", 1)[-1].lower()
        return {"yml": "yaml", "config": "xml-config"}.get(ext, ext)
    return base.lower()


def neg_path(path):
    parts = path.rsplit("/", 1)
    base = parts[-1]
    if base.startswith(".env"):
        base = pick([".env.example", ".env.sample", "env.template"])
    return "/".join(parts[:-1] + [base])


def main():
    global R
    if len(sys.argv) != 3:
        sys.exit("usage: gen_jz.py OUTDIR SEED")
    outdir, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    assert len(TEMPLATES) >= 60 and len(TEMPLATES) + len(LOOK) >= 60

    manifest, secrets = [], []

    def write(rel, text):
        full = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)

    # ---- positives
    npos = 500
    plan = []
    for t in TEMPLATES:
        plan += [t] * (npos // len(TEMPLATES))
    extra = [t for t in TEMPLATES if t["name"] != "t_jc_dotenv"]
    while len(plan) < npos:
        plan.append(R.choice(extra))
    R.shuffle(plan)
    n_env = 0
    for i, t in enumerate(plan):
        secret = t["gen"]()
        path, text = t["fn"](Slot(secret, t["lang"], t["env"], False))
        if path.rsplit("/", 1)[-1].startswith(".env"):
            n_env += 1
        rel = "pos/p%04d/%s" % (i, path)
        write(rel, text)
        idx = text.find(secret)
        assert idx >= 0, (t["name"], secret)
        line = text.count("\n", 0, idx) + 1
        assert secret in text.split("\n")[line - 1]
        with open(os.path.join(outdir, rel), encoding="utf-8") as fh:
            assert secret in fh.read().split("\n")[line - 1]
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": secret, "line": line})
    assert n_env * 20 <= npos, n_env

    # ---- negatives
    nneg = 500
    half = nneg // 2
    reuse = []
    while len(reuse) < half:
        block = TEMPLATES[:]
        R.shuffle(block)
        reuse += block
    reuse = reuse[:half]
    looks = []
    while len(looks) < nneg - half:
        block = LOOK[:]
        R.shuffle(block)
        looks += block
    looks = looks[:nneg - half]
    items = [("reuse", t) for t in reuse] + [("look", t) for t in looks]
    R.shuffle(items)
    for i, (how, t) in enumerate(items):
        if how == "reuse":
            cat, v = filler(t)
            path, text = t["fn"](Slot(v, t["lang"], t["env"], True))
            path = neg_path(path)
            kind = cat
        else:
            path, text = t["fn"]()
            kind = t["kind"]
        base = path.rsplit("/", 1)[-1]
        assert not (base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample"))), path
        rel = "neg/n%04d/%s" % (i, path)
        write(rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": t["provider"], "kind": kind,
                         "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
