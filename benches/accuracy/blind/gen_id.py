#!/usr/bin/env python3
"""Blind evaluation-set generator "id": the Atlassian ecosystem and its neighbours.

EMPHASIS
    How teams script Atlassian products and their neighbours.  Providers: Atlassian Cloud
    (Jira / Confluence API tokens `ATATT3xFfGF0...`, account e-mail + token basic auth,
    pre-2023 24-character API tokens, OAuth 2.0 (3LO) client secrets `ATOA...`), Bitbucket
    Cloud (app passwords `ATBB...`, repository/project/workspace access tokens
    `ATCTT3xFfGN0...`), Bitbucket Data Center (HTTP access tokens `BBDC-...`), Jira /
    Confluence Data Center personal access tokens, Jira/Confluence/Bitbucket/Crowd DC
    database and application passwords (dbconfig.xml, confluence.cfg.xml,
    bitbucket.properties, crowd.properties), Bamboo Specs (Java and YAML) variables, Forge
    apps (forge CLI in CI, `forge variables set --encrypt`, FORGE_USER_VAR_*, manifest.yml),
    Atlassian Connect shared secrets (installed-lifecycle payloads, host tables), Jira
    automation incoming webhooks (legacy secret-in-URL and the newer
    X-Automation-Webhook-Token header), Opsgenie API keys (UUID, `GenieKey`), Statuspage
    API keys (`Authorization: OAuth ...`), Trello (public API key + secret token `ATTA...`
    or legacy 64-hex token), jira-cli / go-jira / atlassian-python-api / jira.js / mark /
    md2cf / Jenkins (JCasC, Jenkinsfile) / Renovate / Composer / Maven / Alertmanager /
    Terraform configurations, Zapier/Postman-like exports.
    File types: Python, JavaScript, TypeScript, Java, Kotlin, Groovy (Jenkinsfile), Go,
    YAML (bitbucket-pipelines.yml, GitHub Actions, JCasC, Helm values, Forge manifest,
    docker-compose, Alertmanager, Ansible vars, Bamboo YAML specs), JSON, XML, properties,
    shell, PowerShell, .netrc, .git-credentials, .gitconfig, INI, TOML, HCL (Terraform),
    Markdown, SQL, CSV, logs, .http files, Makefile, Dockerfile, .env (few positives only).

USAGE
    python3 -B gen_id.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath>,
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line per
    positive).  Deterministic per SEED: every random choice comes from one
    random.Random(SEED); no clock, no os.urandom, no set iteration, no hash().

NEEDLE CONVENTIONS
    * Tokens / keys / passwords: the bare value exactly as written, without quotes,
      without the "Bearer "/"GenieKey "/"OAuth " scheme word and without the user name.
    * Basic auth given as `user:token` (curl -u, .netrc, URL userinfo such as
      https://user:ATBB...@bitbucket.org/...): the token/password part only.
    * Basic auth given as a pre-encoded header (`Authorization: Basic <b64>`): the whole
      base64 blob of `email:token` (that blob is the credential as written).
    * Webhook URLs whose secret is part of the path (Jira automation
      https://automation.atlassian.com/pro/hooks/<40 hex>): the whole URL from `https://`
      to the end of the secret segment (query string not included).
    * Newer automation webhooks (secret in X-Automation-Webhook-Token header): the header
      value only; the URL itself (two UUIDs) is not secret.
    * Connection strings (JDBC URL with password=): the password only.
    * Multi-line keys: none in this set (no private keys in this domain).
    The `line` in secrets.jsonl is the 1-based line of the needle's first occurrence; the
    generator asserts the needle is on that line.

NEGATIVES
    500 files, none holding a credential, none named .env / .env.<anything but
    example|sample|template|dist> / .envrc.  Half re-use the positive templates with the
    secret slot holding a placeholder (`<your-api-token>`, `YOUR_API_TOKEN_HERE`,
    `changeme`, `xxxx...`, `ATATT3xFfGF0...`), an empty value, a masked value (`****`,
    `[REDACTED]`), an environment / CI / secret-manager reference (`os.environ[...]`,
    `process.env.X`, `System.getenv`, `${{ secrets.X }}`, `$BB_TOKEN`, `$(jira_token)`,
    `{{ vault_jira_token }}`, `op://...`, `vault:...`), documented examples (Atlassian's
    `me@example.com:my-api-token`, Jira's `fred:fred` = `ZnJlZDpmcmVk`, the Data Center
    PAT example `NDc4NDkyNDg3ODE3OstHYSeYC1UgXqRacSqvUbookcZk`, Statuspage's
    `89a229ce...aa4b1`, Opsgenie's `eb243592-faa2-4ba2-a551q-1afdf565c889`, Connect's
    `a-secret-key-not-to-be-lost`), Jira DC `{ATL_SECURED}`, Bamboo `BAMSCRT@0@0@...`
    encrypted values (documented as safe to commit).  The other half are look-alikes:
    Atlassian account ids (`557058:<uuid>`, 24 hex), cloud ids, issue keys, Trello public
    API keys and 24-hex object ids, OAuth 2.0 (3LO) client ids, webhook URLs without secret,
    Forge app ARIs, Connect descriptors and public keys, qsh hashes, webhook HMAC
    signatures, commit SHAs, npm integrity / go.sum / docker digests, SHA256SUMS, SSH public
    keys and fingerprints, PBKDF2 password hashes from cwd_user, Bamboo build/result keys,
    Statuspage page/component ids, Opsgenie alert/request ids, base64 ADF and data URIs.

FORMATS CHECKED (search of public docs / real projects, not scanner rules)
    * Atlassian support ("Manage API tokens"): basic auth email:token, varied token length
      since 2023, tokens expire in <= 1 year; Atlassian community answer (Atlassian staff):
      prefixes ATAT = API token, ATBB = app password, ATCT = access tokens; question text
      shows ATATT3xFfGF0 / ATCTT3xFfGN0 headers.  Bamboo javadoc: "An API token is
      identified by the prefix ATAT".
    * Public real-project samples (used only to confirm structure): ATATT/ATCTT tokens are
      192 chars = 12-char header + 171 [A-Za-z0-9_-] + '=' + 8 uppercase hex, the hex being
      CRC32 of everything before it (verified on several samples); ATBB = 'ATBB' + 24
      alnum + CRC32 hex (36 chars); Trello 'ATTA' + 64 lowercase hex + CRC32 hex (76);
      3LO client secrets 'ATOA' + 64 [A-Za-z0-9_-] + CRC32 hex (76) with 32-char alnum
      client ids; BBDC- + 44 base64 chars decoding to '<12 digits>:' + 20 bytes; DC PAT =
      the same 44-char base64 without prefix.
    * Trello docs: API key is tied to a Power-Up and is public; token is secret.
    * Opsgenie: `Authorization: GenieKey <key>`, key is a UUID.  Statuspage archived docs:
      `Authorization: OAuth <key>` with a 64-hex example key.
    * Jira automation: legacy https://automation.atlassian.com/pro/hooks/<40 hex>, newer
      https://api-private.atlassian.com/automation/webhooks/jira/a/<uuid>/<uuid> plus
      X-Automation-Webhook-Token header (40 hex in a public sample).
    * Bamboo Specs encryption docs: BAMSCRT@0@0@... values are safe to store in the repo;
      secret variables are those whose name contains password/passphrase/secret/sshkey.

DOUBTS
    * Atlassian documents no grammar for API tokens; the CRC32 suffix and 171-char body are
      inferred from public samples, and "varied length" means some bodies here vary
      (150-200).  Pre-2023 24-char tokens are generated as plain alphanumerics.
    * Statuspage key format is not documented beyond a 64-hex example; a UUID form is also
      generated (seen in a public project).
    * Connect sharedSecret format is undocumented; generated as 43/64/86 URL-safe chars.
    * The DC PAT example and the Opsgenie example are recalled from vendor docs and seen
      copied in public code; treated as documented examples (negatives).
    * Bitbucket DC token body assumed identical to DC PAT structure (from public samples).
    * 24-hex account ids (legacy) and 557058:/712020: prefixes come from public API
      responses; treated as public identifiers.
    Search hits that turned out to be secret-scanner material (a Rust redaction crate's
    Atlassian detector, GitGuardian detector pages, a JS regex list, a scanner-rule test
    fixture) were not used.  Templates: 79 positive, 42 look-alike negative (plus the 79
    positive templates re-used with non-secret slot fillers).
"""
import base64
import json
import os
import random
import re
import string
import sys
import zlib

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
URLSAFE = ALNUM + "-_"
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = ALNUM + "+/"
PW_CHARS = ALNUM + "!#%*-_.+=@^~"
PW_SAFE = ALNUM + "-_.!*~"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def uuid4(r):
    h = rs(r, HEXL, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def crc_hex(s):
    return "%08X" % (zlib.crc32(s.encode("ascii")) & 0xFFFFFFFF)


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- secret generators
def g_atatt(r, head="ATATT3xFfGF0"):
    n = 171 if r.random() < 0.85 else r.randint(150, 200)
    body = head + rs(r, URLSAFE, n) + "="
    return body + crc_hex(body)


def g_atctt(r):
    return g_atatt(r, "ATCTT3xFfGN0")


def g_atbb(r):
    b = "ATBB" + rs(r, ALNUM, 24)
    return b + crc_hex(b)


def g_atta(r):
    b = "ATTA" + rs(r, HEXL, 64)
    return b + crc_hex(b)


def g_atoa(r):
    b = "ATOA" + rs(r, URLSAFE, 64)
    return b + crc_hex(b)


def g_legacy(r):
    return rs(r, ALNUM, 24)


def g_dcpat(r):
    tid = str(r.randint(10 ** 11, 10 ** 12 - 1)).encode()
    return base64.b64encode(tid + b":" + rbytes(r, 20)).decode("ascii")


def g_bbdc(r):
    return "BBDC-" + g_dcpat(r)


def g_statuspage(r):
    return uuid4(r) if r.random() < 0.5 else rs(r, HEXL, 64)


def g_connect(r):
    return rs(r, URLSAFE, r.choice([43, 43, 64, 86]))


def g_hex40(r):
    return rs(r, HEXL, 40)


def g_password(r, alphabet=PW_CHARS):
    n = r.randint(14, 22)
    while True:
        p = rs(r, alphabet, n)
        if (any(ch.islower() for ch in p) and any(ch.isupper() for ch in p)
                and any(ch.isdigit() for ch in p) and p[0].isalnum()):
            return p


def g_trello_legacy(r):
    return rs(r, HEXL, 64)


# ---------------------------------------------------------------- context (innocent data)
COMPANIES = ["acme", "northwind", "globex", "initech", "umbrella-labs", "hooli", "stark-ind",
             "wayne-ent", "tyrell", "cyberdyne", "soylent", "vandelay", "pied-piper",
             "wonka", "oscorp", "gringotts", "monarch", "aperture", "blueharbor", "kestrel"]
FIRST = ["ana", "ben", "chloe", "dmitri", "elif", "farah", "goran", "hana", "ivan", "jules",
         "kenji", "lena", "marco", "nadia", "omar", "priya", "quinn", "rosa", "sven", "tariq"]
LAST = ["silva", "okafor", "novak", "schmidt", "tanaka", "haddad", "kowalski", "moreau",
        "lindqvist", "rossi", "petrov", "nguyen", "garcia", "brennan", "yilmaz", "kaur"]
PROJ = ["OPS", "PLAT", "WEB", "MOB", "DATA", "INFRA", "SEC", "API", "CORE", "BILL", "SRE",
        "DOCS", "QA", "REL", "HR", "IT"]
REPOS = ["billing-service", "web-frontend", "infra-live", "data-pipeline", "mobile-app",
         "auth-gateway", "docs-site", "release-tools", "jira-sync", "platform-charts"]
SPACES = ["ENG", "DOCS", "OPS", "TEAM", "ARCH", "RUN", "KB", "PLAT"]


class Ctx(object):
    def __init__(self, r):
        self.r = r
        self.co = r.choice(COMPANIES)
        self.domain = self.co.replace("-", "") + r.choice([".com", ".io", ".dev", ".net", ".co"])
        self.site = self.co + r.choice(["", "", "-eng", "-corp", "-it"]) + ".atlassian.net"
        self.first = r.choice(FIRST)
        self.last = r.choice(LAST)
        self.email = "%s.%s@%s" % (self.first, self.last, self.domain)
        self.bot = r.choice(["ci-bot", "jira-automation", "svc-atlassian", "release-bot",
                             "build-agent", "svc-jira"]) + "@" + self.domain
        self.user = r.choice([self.first + "." + self.last, self.first[0] + self.last,
                              "svc_" + r.choice(["ci", "build", "jira", "deploy"])])
        self.proj = r.choice(PROJ)
        self.space = r.choice(SPACES)
        self.repo = r.choice(REPOS)
        self.ws = self.co + r.choice(["", "-dev", "-eng", "team"])
        dcbase = r.choice(["corp.", "intra.", "int.", ""]) + self.domain
        self.jdc = "jira." + dcbase
        self.cdc = r.choice(["confluence.", "wiki."]) + dcbase
        self.bdc = r.choice(["bitbucket.", "git.", "scm."]) + dcbase
        self.cloud_id = uuid4(r)
        self.acct = "557058:" + uuid4(r) if r.random() < 0.4 else rs(r, HEXL, 24)
        self.issue = "%s-%d" % (self.proj, r.randint(12, 4800))
        self.board = rs(r, HEXL, 24)
        self.list_id = rs(r, HEXL, 24)
        self.trello_key = rs(r, HEXL, 32)
        self.client_id = rs(r, ALNUM, 32)
        self.page_id = str(r.randint(100000, 99999999))
        self.ver = "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 12))
        self.sp_page = rs(r, LOWER_ALNUM, 12)
        self.sp_comp = rs(r, LOWER_ALNUM, 12)
        self.sha = rs(r, HEXL, 40)
        self.ts = "2024-%02d-%02dT%02d:%02d:%02d" % (r.randint(1, 12), r.randint(1, 28),
                                                    r.randint(0, 23), r.randint(0, 59),
                                                    r.randint(0, 59))
        self.date = self.ts[:10]


# ---------------------------------------------------------------- slots
ENV_EXPR = {
    "py": 'os.environ["%s"]', "py2": 'os.getenv("%s")', "js": "process.env.%s",
    "ts": "process.env.%s", "java": 'System.getenv("%s")', "kt": 'System.getenv("%s")',
    "groovy": "env.%s", "go": 'os.Getenv("%s")', "ps1": "$env:%s", "sh": '"${%s}"',
}


class Slot(object):
    """The secret's place in a template.  mode: secret | text | env."""

    def __init__(self, text, mode="secret"):
        self.text = text
        self.mode = mode

    def lit(self, lang, var):
        if self.mode == "env":
            return ENV_EXPR[lang] % var
        q = "'" if lang in ("js", "ts", "ps1") else '"'
        return q + self.text + q

    def raw(self, var, style="${%s}"):
        if self.mode == "env":
            return style % var
        return self.text


def pick_name(r, conventional, neutral):
    """About half of the positives use the conventional name, half a neutral one."""
    return r.choice(conventional) if r.random() < 0.5 else r.choice(neutral)


def xesc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- negative fillers
GENERIC_PH = ["<your-api-token>", "YOUR_API_TOKEN_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxx",
              "REPLACE_ME", "<token>", "your-token-here", "TODO-set-in-ci", "dummy-token",
              "<insert token>", "XXXXXXXX", "placeholder"]
MASKED = ["****", "********", "[REDACTED]", "<redacted>", "***REMOVED***", "••••••••",
          "[hidden]", "********************"]
TEMPLATE_EXPR = ["{{ service_token }}", "{{ vault_ci_secret }}", "$(svc_token)",
                 "#{ServiceCredential}#", "${{ secrets.SERVICE_TOKEN }}",
                 "%SERVICE_TOKEN%", "{{ .Values.auth.token }}", "${auth.token}",
                 "<%= ENV['SERVICE_TOKEN'] %>"]
SECRET_MGR = ["op://Engineering/CI Bot/credential", "vault:secret/data/ci/bot#token",
              "{{resolve:secretsmanager:ci/service:SecretString:token}}",
              "sm://projects/ci-shared/secrets/service-token/versions/latest",
              "azurekeyvault://kv-ci/secrets/service-token",
              "ref+vault://secret/ci#/token"]
PROV_EXTRA = {
    "atl_token": ["my-api-token", "api_token_string", "ATATT3xFfGF0...",
                  "ATATT3xFfGF0<rest-of-token>", "<YOUR_API_TOKEN>", "{api-token}"],
    "atl_legacy": ["my-api-token", "<24-char-api-token>", "api_token_string"],
    "basic": ["ZnJlZDpmcmVk", "<base64 of email:api_token>", "BASE64_EMAIL_COLON_TOKEN",
              "dXNlckBleGFtcGxlLmNvbTo8dG9rZW4+"],
    "bb_app": ["<app-password>", "ATBB<your-app-password>", "APP_PASSWORD", "app_password"],
    "bb_access": ["<repository-access-token>", "ATCTT3xFfGN0...", "{access_token}",
                  "<workspace_access_token>"],
    "bbdc": ["BBDC-<http-access-token>", "<HTTP_ACCESS_TOKEN>", "BBDC-...", "{bitbucket-token}"],
    "dcpat": ["NDc4NDkyNDg3ODE3OstHYSeYC1UgXqRacSqvUbookcZk", "<personal-access-token>",
              "YOUR_PERSONAL_ACCESS_TOKEN", "<PAT>"],
    "trello": ["{yourAPIToken}", "<trello-token>", "ATTA...", "YOUR_TRELLO_TOKEN"],
    "trello_legacy": ["{yourAPIToken}", "<trello-token>", "YOUR_TRELLO_TOKEN"],
    "opsgenie": ["eb243592-faa2-4ba2-a551q-1afdf565c889", "<Your-API-Key>",
                 "00000000-0000-0000-0000-000000000000", "<opsgenie-integration-key>"],
    "statuspage": ["89a229ce1a8dbcf9ff30430fbe35eb4c0426574bca932061892cefd2138aa4b1",
                   "<api-key>", "YOUR_STATUSPAGE_API_KEY", "API_KEY"],
    "connect": ["a-secret-key-not-to-be-lost", "<shared-secret>",
                "shared-secret-from-installed-payload"],
    "oauth_secret": ["<client-secret>", "YOUR_CLIENT_SECRET", "ATOA...", "{client_secret}"],
    "hook_url": ["https://automation.atlassian.com/pro/hooks/<webhook-id>",
                 "https://automation.atlassian.com/pro/hooks/REPLACE_WITH_WEBHOOK_ID",
                 "https://automation.atlassian.com/pro/hooks/xxx"],
    "hook_token": ["<webhook-secret>", "YOUR_WEBHOOK_TOKEN", "<X-Automation-Webhook-Token>"],
    "password": ["changeme", "<password>", "CHANGE_ME", "secret", "<db-password>"],
    "dbpass": ["{ATL_SECURED}", "changeme", "<db-password>", "jira"],
}


EXPR_BY_PROVIDER = {
    "atlassian": ["$(jira_token)", "{{ jira_api_token }}", "${{ secrets.ATLASSIAN_API_TOKEN }}",
                  "#{AtlassianApiToken}#"],
    "bitbucket": ["${{ secrets.BB_TOKEN }}", "{{ bitbucket_app_password }}", "$(bitbucketToken)"],
    "jira-dc": ["{{ jira_pat }}", "$(jira_token)", "{{ vault_jira_db_password }}"],
    "confluence-dc": ["{{ confluence_pat }}", "{{ confluence_db_password }}"],
    "trello": ["{{ trello_token }}", "${{ secrets.TRELLO_TOKEN }}"],
    "opsgenie": ["{{ opsgenie_api_key }}", "<secret:opsgenie-api-key>"],
}


def make_filler(r, prov, c, provider=""):
    x = r.random()
    if x < 0.26:
        s = Slot(r.choice(GENERIC_PH), "text")
        s.cat = "placeholder"
    elif x < 0.44:
        if prov == "hook_url" and r.random() < 0.4:
            s = Slot("https://api-private.atlassian.com/automation/webhooks/jira/a/%s/%s"
                     % (c.cloud_id, uuid4(r)), "text")
        else:
            s = Slot(r.choice(PROV_EXTRA[prov]), "text")
        s.cat = "documented_or_provider_placeholder"
    elif x < 0.50:
        s = Slot("", "text")
        s.cat = "empty"
    elif x < 0.62:
        s = Slot(r.choice(MASKED), "text")
        s.cat = "masked"
    elif x < 0.84:
        s = Slot(None, "env")
        s.cat = "env_reference"
    elif x < 0.93:
        s = Slot(r.choice(TEMPLATE_EXPR + EXPR_BY_PROVIDER.get(provider, [])), "text")
        s.cat = "template_expression"
    else:
        s = Slot(r.choice(SECRET_MGR), "text")
        s.cat = "secret_manager_reference"
    return s


# ---------------------------------------------------------------- template registry
POS = []


def P(provider, kind, prov, gen):
    def deco(fn):
        POS.append({"fn": fn, "provider": provider, "kind": kind, "prov": prov, "gen": gen})
        return fn
    return deco


G_ATATT = lambda r, c: g_atatt(r)
G_LEGACY = lambda r, c: g_legacy(r)
G_ATBB = lambda r, c: g_atbb(r)
G_ATCTT = lambda r, c: g_atctt(r)
G_BBDC = lambda r, c: g_bbdc(r)
G_PAT = lambda r, c: g_dcpat(r)
G_ATTA = lambda r, c: g_atta(r)
G_TLEG = lambda r, c: g_trello_legacy(r)
G_UUID = lambda r, c: uuid4(r)
G_SP = lambda r, c: g_statuspage(r)
G_CONNECT = lambda r, c: g_connect(r)
G_ATOA = lambda r, c: g_atoa(r)
G_HEX40 = lambda r, c: g_hex40(r)
G_PW = lambda r, c: g_password(r)
G_PWSAFE = lambda r, c: g_password(r, PW_SAFE)
G_BASIC = lambda r, c: b64(c.email + ":" + g_atatt(r))
G_BASIC_BOT = lambda r, c: b64(c.bot + ":" + g_atatt(r))
G_HOOKURL = lambda r, c: "https://automation.atlassian.com/pro/hooks/" + g_hex40(r)

TOKEN_NAMES = ["JIRA_API_TOKEN", "ATLASSIAN_API_TOKEN", "CONFLUENCE_API_TOKEN", "JIRA_TOKEN"]
NEUTRAL_NAMES = ["credential", "auth_value", "svc_secret", "tkn", "passphrase", "key_material",
                 "remote_auth", "api_auth", "bot_credential", "login_secret"]


# ================================================================ positive templates
@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_py_jira_lib(r, c, s):
    name = pick_name(r, ["JIRA_API_TOKEN", "JIRA_TOKEN"], ["_cred", "bot_secret", "AUTH_VALUE"])
    path = r.choice(["scripts/jira_sync.py", "tools/release_notes.py", "ops/jira_report.py"])
    body = f'''"""Collect resolved issues for the release notes."""
import os
import sys
from datetime import date

from jira import JIRA

SERVER = "https://{c.site}"
USER = "{c.bot}"
{name} = {s.lit("py", "JIRA_API_TOKEN")}
PROJECT = "{c.proj}"


def main(version):
    jira = JIRA(server=SERVER, basic_auth=(USER, {name}))
    jql = f'project = {{PROJECT}} AND fixVersion = "{{version}}" AND statusCategory = Done'
    issues = jira.search_issues(jql, maxResults=500)
    print(f"# Release {{version}} ({{date.today()}})")
    for issue in issues:
        print(f"- {{issue.key}}: {{issue.fields.summary}}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "{c.ver}")
'''
    return path, body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_py_confluence_api(r, c, s):
    path = r.choice(["scripts/publish_docs.py", "docs/tools/push_to_confluence.py"])
    kw = "password"
    body = f'''from pathlib import Path

from atlassian import Confluence

confluence = Confluence(
    url="https://{c.site}/wiki",
    username="{c.email}",
    {kw}={s.lit("py", "CONFLUENCE_API_TOKEN")},
    cloud=True,
)

SPACE = "{c.space}"
PARENT_ID = {c.page_id}

for md in sorted(Path("docs/runbooks").glob("*.html")):
    title = md.stem.replace("-", " ").title()
    confluence.update_or_create(PARENT_ID, title, md.read_text(), representation="storage")
    print("published", title)
'''
    return path, body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_env_jira(r, c, s):
    path = r.choice([".env", "services/jira-bot/.env"])
    body = f'''# jira-bot local settings
JIRA_BASE_URL=https://{c.site}
JIRA_USER_EMAIL={c.bot}
JIRA_API_TOKEN={s.raw("JIRA_API_TOKEN")}
JIRA_PROJECT_KEY={c.proj}
LOG_LEVEL=debug
PORT=8087
'''
    return path, body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_netrc(r, c, s):
    body = f'''machine {c.site}
  login {c.email}
  password {s.raw("JIRA_API_TOKEN")}

machine github.com
  login {c.first}{c.last}
'''
    return r.choice([".netrc", "ci/netrc", "docker/jira-cli/.netrc"]), body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_sh_release(r, c, s):
    name = pick_name(r, ["JIRA_TOKEN", "JIRA_API_TOKEN"], ["AUTH", "J_SECRET", "CRED"])
    path = r.choice(["scripts/jira-release.sh", "ci/mark-released.sh", "bin/jira_fixversion.sh"])
    body = f'''#!/usr/bin/env bash
set -euo pipefail

VERSION="${{1:?usage: $0 <version>}}"
JIRA_URL="https://{c.site}"
JIRA_USER="{c.bot}"
{name}={s.raw("JIRA_API_TOKEN", '"${%s}"') if s.mode == "env" else '"' + s.text + '"'}

echo "Releasing ${{VERSION}} in {c.proj}"
curl -sS -u "${{JIRA_USER}}:${{{name}}}" \\
  -H "Content-Type: application/json" \\
  -X POST "${{JIRA_URL}}/rest/api/3/version" \\
  -d "{{\\"name\\": \\"${{VERSION}}\\", \\"project\\": \\"{c.proj}\\", \\"released\\": true}}"
'''
    return path, body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_md_curl(r, c, s):
    path = r.choice(["docs/jira-api.md", "README.md", "docs/onboarding/atlassian.md"])
    body = f'''# Talking to Jira from the terminal

Our site is `https://{c.site}`. Issues for this service live in project **{c.proj}**.

Check who you are authenticated as:

```bash
curl -s -u {c.email}:{s.raw("JIRA_API_TOKEN", "$%s")} \\
  https://{c.site}/rest/api/3/myself | jq .displayName
```

Fetch a single issue:

```bash
curl -s https://{c.site}/rest/api/3/issue/{c.issue} | jq .fields.status.name
```

See also the Confluence page in space `{c.space}`.
'''
    return path, body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_gha_gajira(r, c, s):
    path = r.choice([".github/workflows/jira-transition.yml", ".github/workflows/release.yml"])
    body = f'''name: Transition Jira issue

on:
  pull_request:
    types: [closed]

jobs:
  transition:
    if: github.event.pull_request.merged == true
    runs-on: ubuntu-latest
    env:
      JIRA_BASE_URL: https://{c.site}
      JIRA_USER_EMAIL: {c.bot}
      JIRA_API_TOKEN: {s.raw("JIRA_API_TOKEN", "${{ secrets.%s }}")}
    steps:
      - uses: actions/checkout@v4
      - name: Login
        uses: atlassian/gajira-login@v3
      - name: Find issue key
        id: find
        uses: atlassian/gajira-find-issue-key@v3
        with:
          from: branch
      - name: Transition
        uses: atlassian/gajira-transition@v3
        with:
          issue: ${{{{ steps.find.outputs.issue }}}}
          transition: "Done"
'''
    return path, body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_bbp_md2cf(r, c, s):
    body = f'''image: python:3.12

pipelines:
  branches:
    main:
      - step:
          name: Publish docs to Confluence
          caches:
            - pip
          script:
            - pip install md2cf==2.3.0
            - >-
              md2cf --host https://{c.site}/wiki/rest/api
              --username {c.bot}
              --password {s.raw("CONFLUENCE_TOKEN", "$%s")}
              --space {c.space}
              --parent-id {c.page_id}
              docs/
'''
    return "bitbucket-pipelines.yml", body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_mark_toml(r, c, s):
    path = r.choice([".config/mark", "docs/mark.toml", "tools/mark/config.toml"])
    body = f'''# kovetskiy/mark configuration used by `make docs-publish`
username = "{c.email}"
password = "{s.raw("MARK_PASSWORD")}"
base_url = "https://{c.site}/wiki"
space = "{c.space}"
drop-h1 = true
title-from-h1 = true
'''
    return path, body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_jcasc_jirasteps(r, c, s):
    body = f'''jenkins:
  systemMessage: "Managed by JCasC - do not edit in the UI"
  numExecutors: 0

unclassified:
  location:
    url: https://jenkins.{c.domain}/
  jiraStepsConfig:
    sites:
      - name: "{c.co.upper()}"
        url: "https://{c.site}"
        timeout: 10000
        readTimeout: 10000
        loginType: "BASIC"
        userName: "{c.bot}"
        password: "{s.raw("JIRA_TOKEN")}"
'''
    return r.choice(["jenkins/casc/jira.yaml", "casc_configs/jenkins.yaml"]), body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_jcasc_credentials(r, c, s):
    body = f'''credentials:
  system:
    domainCredentials:
      - credentials:
          - usernamePassword:
              scope: GLOBAL
              id: "jira-cloud"
              description: "Jira Cloud service account"
              username: "{c.bot}"
              password: "{s.raw("JIRA_CLOUD_TOKEN")}"
          - basicSSHUserPrivateKey:
              scope: GLOBAL
              id: "deploy-key"
              username: "git"
              privateKeySource:
                directEntry:
                  privateKey: "${{DEPLOY_SSH_KEY}}"

unclassified:
  jiraGlobalConfiguration:
    sites:
      - url: "https://{c.site}/"
        credentialsId: "jira-cloud"
        updateJiraIssueForAllStatus: true
'''
    return r.choice(["jenkins/casc/credentials.yaml", "ci/jcasc/credentials.yml"]), body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_jenkinsfile_b64(r, c, s):
    tok = s.lit("groovy", "JIRA_TOKEN")
    body = f'''pipeline {{
    agent {{ label 'linux' }}
    environment {{
        JIRA_SITE = 'https://{c.site}'
    }}
    stages {{
        stage('Build') {{
            steps {{
                sh './gradlew build'
            }}
        }}
        stage('Comment on issue') {{
            steps {{
                script {{
                    def auth = ("{c.bot}:" + {tok}).bytes.encodeBase64().toString()
                    def key = (env.BRANCH_NAME =~ /[A-Z]+-\\d+/)[0]
                    httpRequest url: "${{JIRA_SITE}}/rest/api/2/issue/${{key}}/comment",
                        httpMode: 'POST',
                        customHeaders: [[name: 'Authorization', value: "Basic ${{auth}}"]],
                        contentType: 'APPLICATION_JSON',
                        requestBody: '{{"body": "Build passed on Jenkins"}}'
                }}
            }}
        }}
    }}
}}
'''
    return "Jenkinsfile", body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_ps1(r, c, s):
    name = pick_name(r, ["$JiraToken", "$ApiToken"], ["$Cred", "$Secret", "$k"])
    body = f'''# Export the sprint board to CSV for the weekly report
param([string]$Board = "{r.randint(1, 400)}")

$Site  = "https://{c.site}"
$User  = "{c.email}"
{name} = {s.lit("ps1", "JIRA_API_TOKEN")}

$pair    = "${{User}}:{name}"
$bytes   = [System.Text.Encoding]::UTF8.GetBytes($pair)
$headers = @{{ Authorization = "Basic " + [Convert]::ToBase64String($bytes) }}

$issues = Invoke-RestMethod -Uri "$Site/rest/agile/1.0/board/$Board/issue?maxResults=200" -Headers $headers
$issues.issues | Select-Object key, @{{n='summary';e={{$_.fields.summary}}}} |
    Export-Csv -Path "sprint-report.csv" -NoTypeInformation
'''
    return r.choice(["scripts/Export-Sprint.ps1", "tools/jira-report.ps1"]), body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_js_jirajs(r, c, s):
    body = f'''import {{ Version3Client }} from 'jira.js';

const client = new Version3Client({{
  host: 'https://{c.site}',
  authentication: {{
    basic: {{
      email: '{c.bot}',
      apiToken: {s.lit("js", "JIRA_API_TOKEN")},
    }},
  }},
}});

export async function createBug(summary, description) {{
  return client.issues.createIssue({{
    fields: {{
      project: {{ key: '{c.proj}' }},
      issuetype: {{ name: 'Bug' }},
      summary,
      description,
    }},
  }});
}}
'''
    return r.choice(["src/jira/client.js", "lib/jiraClient.mjs"]), body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_gha_forge_deploy(r, c, s):
    body = f'''name: Deploy Forge app

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      FORGE_EMAIL: {c.bot}
      FORGE_API_TOKEN: {s.raw("FORGE_API_TOKEN", "${{ secrets.%s }}")}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: npm install -g @forge/cli
      - run: forge settings set usage-analytics false
      - run: forge deploy --environment production --non-interactive
'''
    return ".github/workflows/forge-deploy.yml", body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_kotlin_ktor(r, c, s):
    name = pick_name(r, ["JIRA_API_TOKEN"], ["SERVICE_CREDENTIAL", "AUTH_SECRET"])
    tok = s.lit("kt", "JIRA_API_TOKEN")
    body = f'''package com.{c.co.replace("-", "")}.tracker

import io.ktor.client.HttpClient
import io.ktor.client.engine.cio.CIO
import io.ktor.client.plugins.auth.Auth
import io.ktor.client.plugins.auth.providers.BasicAuthCredentials
import io.ktor.client.plugins.auth.providers.basic

private const val SITE = "https://{c.site}"
private const val EMAIL = "{c.bot}"
private val {name}: String = {tok}

fun jiraClient(): HttpClient = HttpClient(CIO) {{
    install(Auth) {{
        basic {{
            credentials {{ BasicAuthCredentials(username = EMAIL, password = {name}) }}
            sendWithoutRequest {{ true }}
        }}
    }}
}}
'''
    return "src/main/kotlin/tracker/JiraClient.kt", body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_java_httpclient(r, c, s):
    tok = s.lit("java", "JIRA_API_TOKEN")
    body = f'''package com.{c.co.replace("-", "")}.integration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

public class JiraStatusCheck {{
    private static final String SITE = "https://{c.site}";

    public static void main(String[] args) throws Exception {{
        String creds = "{c.bot}" + ":" + {tok};
        String header = "Basic " + Base64.getEncoder()
                .encodeToString(creds.getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(URI.create(SITE + "/rest/api/3/serverInfo"))
                .header("Authorization", header)
                .header("Accept", "application/json")
                .build();
        HttpResponse<String> res = HttpClient.newHttpClient()
                .send(req, HttpResponse.BodyHandlers.ofString());
        System.out.println(res.statusCode() + " " + res.body());
    }}
}}
'''
    return "src/main/java/integration/JiraStatusCheck.java", body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_spring_props(r, c, s):
    key = pick_name(r, ["jira.api-token", "atlassian.api.token"], ["jira.rest.password", "tracker.secret"])
    body = f'''spring.application.name=ticket-bridge
server.port=8080
management.endpoints.web.exposure.include=health,info

jira.base-url=https://{c.site}
jira.username={c.bot}
{key}={s.raw("JIRA_API_TOKEN")}
jira.project-key={c.proj}
jira.poll-interval=PT5M
'''
    return r.choice(["src/main/resources/application.properties", "config/application-prod.properties"]), body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_ini_tool(r, c, s):
    key = pick_name(r, ["api_token", "token"], ["secret", "auth"])
    body = f'''; jirafy configuration
[general]
timeout = 30
verify_ssl = true

[jira]
server = https://{c.site}
user = {c.email}
{key} = {s.raw("JIRA_API_TOKEN")}
default_project = {c.proj}

[output]
format = table
'''
    return r.choice(["jirafy.ini", "config/jira.ini", ".jirafy/config.ini"]), body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_toml_tool(r, c, s):
    key = pick_name(r, ["api_token"], ["credential", "secret_value"])
    body = f'''[confluence]
url = "https://{c.site}/wiki"
username = "{c.email}"
{key} = "{s.raw("CONFLUENCE_API_TOKEN")}"
space = "{c.space}"

[sync]
source = "docs/"
ignore = ["drafts/**", "*.tmp.md"]
dry_run = false
'''
    return r.choice(["config/atlassian.toml", "confsync.toml"]), body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_compose(r, c, s):
    body = f'''services:
  jira-exporter:
    image: ghcr.io/{c.co}/jira-exporter:{c.ver}
    restart: unless-stopped
    ports:
      - "9401:9401"
    environment:
      JIRA_URL: https://{c.site}
      JIRA_USER: {c.bot}
      JIRA_PASSWORD: {s.raw("JIRA_TOKEN")}
      JIRA_JQL: "project = {c.proj} AND resolved >= -30d"
  prometheus:
    image: prom/prometheus:v2.53.0
    volumes:
      - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
'''
    return r.choice(["docker-compose.yml", "monitoring/compose.yaml"]), body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_helm_values(r, c, s):
    body = f'''replicaCount: 2

image:
  repository: registry.{c.domain}/jira-webhook-relay
  tag: "{c.ver}"

jira:
  url: https://{c.site}
  email: {c.bot}
  apiToken: {s.raw("JIRA_API_TOKEN")}
  project: {c.proj}

resources:
  limits:
    cpu: 250m
    memory: 256Mi
'''
    return r.choice(["deploy/values.yaml", "charts/jira-relay/values-prod.yaml"]), body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_tf_jira(r, c, s):
    body = f'''terraform {{
  required_providers {{
    jira = {{
      source  = "fourplusone/jira"
      version = "~> 0.1.20"
    }}
  }}
}}

provider "jira" {{
  url      = "https://{c.site}"
  user     = "{c.bot}"
  password = "{s.raw("jira_token", "${var.%s}")}"
}}

resource "jira_project" "{c.proj.lower()}" {{
  key         = "{c.proj}"
  name        = "{c.proj.title()} team"
  project_type_key = "software"
  lead_account_id  = "{c.acct}"
}}
'''
    return r.choice(["terraform/jira.tf", "infra/atlassian/main.tf"]), body


@P("atlassian", "basic_auth", "basic", G_BASIC)
def t_log_basic(r, c, s):
    rid = uuid4(r)
    body = f'''{c.ts}.118Z INFO  [main] ticket-bridge starting, profile=staging
{c.ts}.402Z DEBUG [http-1] --> GET https://{c.site}/rest/api/3/search?jql=project%3D{c.proj}
{c.ts}.402Z DEBUG [http-1] Accept: application/json
{c.ts}.402Z DEBUG [http-1] Authorization: Basic {s.raw("JIRA_BASIC")}
{c.ts}.403Z DEBUG [http-1] User-Agent: ticket-bridge/{c.ver}
{c.ts}.911Z DEBUG [http-1] <-- 200 OK (508ms) x-arequestid={rid}
{c.ts}.912Z INFO  [http-1] fetched 50 issues, next page token present
'''
    return r.choice(["logs/ticket-bridge-debug.log", "var/log/jira-client.log"]), body


@P("atlassian", "basic_auth", "basic", G_BASIC)
def t_http_file(r, c, s):
    body = f'''### Who am I
GET https://{c.site}/rest/api/3/myself
Authorization: Basic {s.raw("JIRA_BASIC", "{{%s}}")}
Accept: application/json

### Issue
GET https://{c.site}/rest/api/3/issue/{c.issue}?fields=summary,status
Authorization: Basic {s.raw("JIRA_BASIC", "{{%s}}")}
'''
    return r.choice(["http/jira.http", "api-requests/jira-cloud.http"]), body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_zapier_export(r, c, s):
    body = json.dumps({
        "zap": {"id": r.randint(10 ** 8, 10 ** 9), "title": "New Typeform entry -> Jira issue",
                "status": "on"},
        "steps": [
            {"app": "Typeform", "action": "new_entry", "params": {"form_id": rs(r, ALNUM, 8)}},
            {"app": "Webhooks", "action": "custom_request",
             "params": {"method": "POST",
                        "url": "https://%s/rest/api/3/issue" % c.site,
                        "basic_auth": "%s|%s" % (c.bot, s.raw("JIRA_TOKEN", "{{%s}}")),
                        "headers": {"Content-Type": "application/json"},
                        "data": {"fields": {"project": {"key": c.proj},
                                            "issuetype": {"name": "Task"},
                                            "summary": "{{1.answers.title}}"}}}},
        ],
        "exported_at": c.ts + "Z",
    }, indent=2) + "\n"
    return r.choice(["exports/zap-typeform-jira.json", "automation/zapier/jira_zap.json"]), body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_py_requests_tuple(r, c, s):
    body = f'''import requests

BASE = "https://{c.site}/wiki/rest/api"


def page_version(page_id):
    resp = requests.get(
        f"{{BASE}}/content/{{page_id}}",
        params={{"expand": "version"}},
        auth=("{c.email}", {s.lit("py", "CONFLUENCE_TOKEN")}),
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["version"]["number"]


if __name__ == "__main__":
    print(page_version({c.page_id}))
'''
    return r.choice(["scripts/page_version.py", "tools/conf_check.py"]), body


@P("atlassian", "api_token_legacy", "atl_legacy", G_LEGACY)
def t_ansible_vars(r, c, s):
    key = pick_name(r, ["jira_api_token", "atlassian_api_token"], ["jira_secret", "svc_auth"])
    body = f'''---
# group_vars/all.yml
jira_url: "https://{c.site}"
jira_user: "{c.bot}"
{key}: "{s.raw("JIRA_API_TOKEN", "{{ lookup('env', '%s') }}")}"
jira_project: "{c.proj}"
ntp_servers:
  - 0.pool.ntp.org
  - 1.pool.ntp.org
'''
    return r.choice(["ansible/group_vars/all.yml", "inventory/group_vars/all/main.yml"]), body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_forge_cli_make(r, c, s):
    body = f'''APP_ENV ?= development

.PHONY: install deploy vars

install:
\tnpm ci

deploy:
\tforge deploy -e $(APP_ENV)

vars:
\tforge variables set -e $(APP_ENV) JIRA_SITE {c.site}
\tforge variables set -e $(APP_ENV) --encrypt SERVICE_TOKEN {s.raw("SERVICE_TOKEN", "$$%s")}
\tforge variables list -e $(APP_ENV)
'''
    return r.choice(["Makefile", "forge-app/Makefile"]), body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_forge_env(r, c, s):
    body = f'''# Used by `forge tunnel` for local development only
FORGE_USER_VAR_JIRA_SITE={c.site}
FORGE_USER_VAR_SERVICE_EMAIL={c.bot}
FORGE_USER_VAR_SERVICE_TOKEN={s.raw("SERVICE_TOKEN")}
'''
    return r.choice([".env", "forge-app/.env"]), body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_forge_ts(r, c, s):
    name = pick_name(r, ["JIRA_API_TOKEN"], ["svcAuth", "BOT_KEY"])
    body = f'''import api, {{ fetch }} from '@forge/api';
import Resolver from '@forge/resolver';

const resolver = new Resolver();
const REMOTE = 'https://{c.site}';
const {name} = {s.lit("ts", "SERVICE_TOKEN")};

resolver.define('mirrorIssue', async ({{ payload }}) => {{
  const auth = Buffer.from(`{c.bot}:${{{name}}}`).toString('base64');
  const res = await fetch(`${{REMOTE}}/rest/api/3/issue`, {{
    method: 'POST',
    headers: {{ Authorization: `Basic ${{auth}}`, 'Content-Type': 'application/json' }},
    body: JSON.stringify({{ fields: {{ project: {{ key: '{c.proj}' }}, summary: payload.summary, issuetype: {{ name: 'Task' }} }} }}),
  }});
  return res.status;
}});

export const handler = resolver.getDefinitions();
'''
    return "src/resolvers/index.ts", body


# ---------------------------------------------------------------- Bitbucket Cloud
@P("bitbucket", "app_password", "bb_app", G_ATBB)
def t_sh_git_clone(r, c, s):
    body = f'''#!/bin/sh
# mirror the repo into the build cache
set -e
WORKDIR=/var/cache/mirror/{c.repo}
rm -rf "$WORKDIR"
git clone --mirror https://{c.user}:{s.raw("BITBUCKET_APP_PASSWORD", "${%s}")}@bitbucket.org/{c.ws}/{c.repo}.git "$WORKDIR"
cd "$WORKDIR" && git count-objects -vH
'''
    return r.choice(["scripts/mirror.sh", "ci/mirror-repo.sh"]), body


@P("bitbucket", "app_password", "bb_app", G_ATBB)
def t_py_bb_api(r, c, s):
    name = pick_name(r, ["BITBUCKET_APP_PASSWORD", "APP_PASSWORD"], ["BB_SECRET", "pw"])
    body = f'''import requests
from requests.auth import HTTPBasicAuth

WORKSPACE = "{c.ws}"
USERNAME = "{c.user}"
{name} = {s.lit("py", "BITBUCKET_APP_PASSWORD")}
API = "https://api.bitbucket.org/2.0"


def list_repos():
    url = f"{{API}}/repositories/{{WORKSPACE}}?pagelen=100"
    while url:
        page = requests.get(url, auth=HTTPBasicAuth(USERNAME, {name}), timeout=20).json()
        for repo in page.get("values", []):
            yield repo["full_name"], repo["mainbranch"]["name"]
        url = page.get("next")


for name, branch in list_repos():
    print(f"{{name:50}} {{branch}}")
'''
    return r.choice(["tools/list_repos.py", "scripts/bitbucket_inventory.py"]), body


@P("bitbucket", "app_password", "bb_app", G_ATBB)
def t_git_credentials(r, c, s):
    body = f'''https://{c.first}{c.last}:{s.raw("BB_APP_PASSWORD", "${%s}")}@bitbucket.org
https://oauth2:@gitlab.{c.domain}
'''
    return r.choice([".git-credentials", "ci/home/.git-credentials"]), body


@P("bitbucket", "app_password", "bb_app", G_ATBB)
def t_maven_settings(r, c, s):
    body = f'''<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>bitbucket-scm</id>
      <username>{c.user}</username>
      <password>{xesc(s.raw("BITBUCKET_APP_PASSWORD", "${env.%s}"))}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>central-proxy</id>
      <url>https://nexus.{c.domain}/repository/maven-public/</url>
      <mirrorOf>central</mirrorOf>
    </mirror>
  </mirrors>
</settings>
'''
    return r.choice([".mvn/settings.xml", "ci/maven-settings.xml"]), body


@P("bitbucket", "app_password", "bb_app", G_ATBB)
def t_composer_auth(r, c, s):
    body = json.dumps({
        "http-basic": {
            "bitbucket.org": {"username": c.user,
                              "password": s.raw("COMPOSER_BB_PASSWORD", "${%s}")}
        },
        "github-oauth": {},
    }, indent=4) + "\n"
    return "auth.json", body


@P("bitbucket", "app_password", "bb_app", G_ATBB)
def t_renovate(r, c, s):
    body = f'''module.exports = {{
  platform: 'bitbucket',
  endpoint: 'https://api.bitbucket.org/2.0/',
  username: '{c.user}',
  password: {s.lit("js", "RENOVATE_PASSWORD")},
  gitAuthor: 'Renovate Bot <renovate@{c.domain}>',
  repositories: ['{c.ws}/{c.repo}'],
  onboarding: false,
  prHourlyLimit: 4,
}};
'''
    return r.choice(["config.js", "renovate/config.js"]), body


@P("bitbucket", "access_token", "bb_access", G_ATCTT)
def t_bbp_curl_bearer(r, c, s):
    body = f'''image: atlassian/default-image:4

pipelines:
  tags:
    'v*':
      - step:
          name: Upload release artifact
          script:
            - ./build.sh
            - >-
              curl -sSf -X POST
              -H "Authorization: Bearer {s.raw("REPO_ACCESS_TOKEN", "$%s")}"
              "https://api.bitbucket.org/2.0/repositories/{c.ws}/{c.repo}/downloads"
              -F files=@dist/{c.repo}-$BITBUCKET_TAG.tar.gz
'''
    return "bitbucket-pipelines.yml", body


@P("bitbucket", "access_token", "bb_access", G_ATCTT)
def t_py_bb_bearer(r, c, s):
    name = pick_name(r, ["REPO_ACCESS_TOKEN", "BITBUCKET_ACCESS_TOKEN"], ["AUTH", "ws_key"])
    body = f'''import json
import urllib.request

{name} = {s.lit("py", "BITBUCKET_ACCESS_TOKEN")}
URL = "https://api.bitbucket.org/2.0/repositories/{c.ws}/{c.repo}/pipelines/"


def trigger(branch="main"):
    data = json.dumps({{"target": {{"ref_type": "branch", "type": "pipeline_ref_target",
                                    "ref_name": branch}}}}).encode()
    req = urllib.request.Request(URL, data=data, method="POST")
    req.add_header("Authorization", f"Bearer {{{name}}}")
    req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req) as resp:
        return json.load(resp)["build_number"]


print("started build", trigger())
'''
    return r.choice(["scripts/trigger_pipeline.py", "ops/run_pipeline.py"]), body


@P("bitbucket", "access_token", "bb_access", G_ATCTT)
def t_jenkins_xtoken(r, c, s):
    body = f'''pipeline {{
    agent any
    stages {{
        stage('Checkout') {{
            steps {{
                git branch: 'main',
                    url: "https://x-token-auth:{s.raw("BB_TOKEN", "${env.%s}")}@bitbucket.org/{c.ws}/{c.repo}.git"
            }}
        }}
        stage('Test') {{
            steps {{
                sh 'make test'
            }}
        }}
    }}
}}
'''
    return r.choice(["Jenkinsfile", "ci/Jenkinsfile.checkout"]), body


@P("bitbucket", "access_token", "bb_access", G_ATCTT)
def t_go_bb(r, c, s):
    name = pick_name(r, ["bitbucketToken"], ["wsCred", "authValue"])
    body = f'''package release

import (
\t"fmt"
\t"net/http"
\t"os"
)

var {name} = {s.lit("go", "BITBUCKET_TOKEN")}

func TagCommit(commit, tag string) error {{
\turl := fmt.Sprintf("https://api.bitbucket.org/2.0/repositories/{c.ws}/{c.repo}/refs/tags")
\treq, err := http.NewRequest(http.MethodPost, url, nil)
\tif err != nil {{
\t\treturn err
\t}}
\treq.Header.Set("Authorization", "Bearer "+{name})
\tfmt.Fprintln(os.Stderr, "tagging", commit, "as", tag)
\t_, err = http.DefaultClient.Do(req)
\treturn err
}}
'''
    return "internal/release/tag.go", body


# ---------------------------------------------------------------- Bitbucket / Jira / Confluence DC
@P("bitbucket-dc", "http_access_token", "bbdc", G_BBDC)
def t_sh_bbdc(r, c, s):
    body = f'''#!/usr/bin/env bash
# List repositories of a project on our Bitbucket Data Center
PROJECT="${{1:-{c.proj}}}"
BB="https://{c.bdc}"
curl -s -H "Authorization: Bearer {s.raw("BBDC_TOKEN", "${%s}")}" \\
  "$BB/rest/api/1.0/projects/$PROJECT/repos?limit=1000" | jq -r '.values[].slug'
'''
    return r.choice(["scripts/list-dc-repos.sh", "bin/bbdc-repos"]), body


@P("bitbucket-dc", "http_access_token", "bbdc", G_BBDC)
def t_jcasc_bbdc(r, c, s):
    body = f'''credentials:
  system:
    domainCredentials:
      - credentials:
          - string:
              scope: GLOBAL
              id: "bbdc-admin-token"
              description: "Bitbucket DC HTTP access token (project admin)"
              secret: "{s.raw("BBDC_TOKEN")}"

unclassified:
  atlBitbucketServerGlobalConfig:
    serverList:
      - serverName: "bitbucket-dc"
        baseUrl: "https://{c.bdc}"
        adminCredentialsId: "bbdc-admin-token"
'''
    return "jenkins/casc/bitbucket.yaml", body


@P("bitbucket-dc", "http_access_token", "bbdc", G_BBDC)
def t_py_bbdc(r, c, s):
    body = f'''from atlassian import Bitbucket

bitbucket = Bitbucket(url="https://{c.bdc}", token={s.lit("py", "BITBUCKET_TOKEN")})

for repo in bitbucket.repo_list("{c.proj}", limit=500):
    default = bitbucket.get_default_branch("{c.proj}", repo["slug"])
    print(repo["slug"], default.get("displayId"))
'''
    return r.choice(["scripts/default_branches.py", "tools/bbdc_audit.py"]), body


@P("bitbucket-dc", "http_access_token", "bbdc", G_BBDC)
def t_gitconfig_header(r, c, s):
    body = f'''[user]
\tname = {c.first.title()} {c.last.title()}
\temail = {c.email}
[http "https://{c.bdc}/"]
\textraHeader = Authorization: Bearer {s.raw("BBDC_TOKEN", "${%s}")}
[pull]
\trebase = true
'''
    return r.choice([".gitconfig", "ci/gitconfig"]), body


@P("jira-dc", "personal_access_token", "dcpat", G_PAT)
def t_py_jira_dc(r, c, s):
    name = pick_name(r, ["JIRA_PAT", "JIRA_PERSONAL_TOKEN"], ["TKN", "SECRET"])
    body = f'''from atlassian import Jira

{name} = {s.lit("py", "JIRA_PAT")}

jira = Jira(url="https://{c.jdc}", token={name})
for issue in jira.jql("project = {c.proj} AND status = 'In Review'", limit=100)["issues"]:
    print(issue["key"], issue["fields"]["summary"])
'''
    return r.choice(["scripts/in_review.py", "reports/review_queue.py"]), body


@P("confluence-dc", "personal_access_token", "dcpat", G_PAT)
def t_sh_md2cf_pat(r, c, s):
    body = f'''#!/usr/bin/env bash
set -euo pipefail
CONFLUENCE_PAT={s.raw("CONFLUENCE_PAT", '"${%s}"') if s.mode == "env" else "'" + s.text + "'"}
md2cf --host "https://{c.cdc}/rest/api" \\
      --token "$CONFLUENCE_PAT" \\
      --space {c.space} \\
      --parent-title "Runbooks" \\
      docs/runbooks/*.md
'''
    return r.choice(["ci/publish-runbooks.sh", "scripts/docs-publish.sh"]), body


@P("confluence-dc", "personal_access_token", "dcpat", G_PAT)
def t_props_dc(r, c, s):
    key = pick_name(r, ["confluence.pat", "confluence.personal-access-token"], ["wiki.auth", "kb.credential"])
    body = f'''# knowledge-base indexer
confluence.url=https://{c.cdc}
{key}={s.raw("CONFLUENCE_PAT")}
confluence.spaces={c.space},KB
indexer.batch-size=200
indexer.schedule=0 0 3 * * *
'''
    return r.choice(["src/main/resources/indexer.properties", "config/kb-indexer.properties"]), body


@P("jira-dc", "personal_access_token", "dcpat", G_PAT)
def t_envrc(r, c, s):
    body = f'''# direnv: loads jira-cli settings for the on-prem instance
export JIRA_AUTH_TYPE=bearer
export JIRA_API_TOKEN={s.raw("JIRA_PAT", "$(pass show %s)")}
export JIRA_SERVER=https://{c.jdc}
layout python3
'''
    return ".envrc", body


@P("jira-dc", "personal_access_token", "dcpat", G_PAT)
def t_md_runbook_bearer(r, c, s):
    body = f'''## Reindex a single project (on-prem Jira)

1. Put the node in maintenance in the load balancer.
2. Run:

```
POST /rest/api/2/reindex?type=FOREGROUND&indexComments=true HTTP/1.1
Host: {c.jdc}
Authorization: Bearer {s.raw("JIRA_PAT", "$%s")}
```

3. Watch `atlassian-jira.log` until `Reindex completed`.
'''
    return r.choice(["docs/runbooks/jira-reindex.md", "ops/RUNBOOK.md"]), body


# ---------------------------------------------------------------- Trello
@P("trello", "token", "trello", G_ATTA)
def t_py_trello(r, c, s):
    name = pick_name(r, ["TRELLO_TOKEN"], ["member_auth", "T_SECRET"])
    body = f'''import requests

TRELLO_KEY = "{c.trello_key}"  # Power-Up API key (public)
{name} = {s.lit("py", "TRELLO_TOKEN")}
BOARD_ID = "{c.board}"
DONE_LIST = "{c.list_id}"


def archive_done_cards():
    params = {{"key": TRELLO_KEY, "token": {name}}}
    cards = requests.get(f"https://api.trello.com/1/lists/{{DONE_LIST}}/cards", params=params).json()
    for card in cards:
        requests.put(f"https://api.trello.com/1/cards/{{card['id']}}", params={{**params, "closed": "true"}})
    return len(cards)


print("archived", archive_done_cards())
'''
    return r.choice(["scripts/trello_cleanup.py", "bots/trello_archiver.py"]), body


@P("trello", "token", "trello", G_ATTA)
def t_js_trello_url(r, c, s):
    tokexpr = "${process.env.TRELLO_TOKEN}" if s.mode == "env" else s.text
    body = f'''// Sync open cards to the dashboard widget
const BOARD = '{c.board}';

export async function loadCards() {{
  const url = `https://api.trello.com/1/boards/${{BOARD}}/cards?key={c.trello_key}&token={tokexpr}&fields=name,idList,due`;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Trello ${{res.status}}`);
  return res.json();
}}
'''
    return r.choice(["src/widgets/trello.js", "web/lib/trelloCards.js"]), body


@P("trello", "token_legacy", "trello_legacy", G_TLEG)
def t_yaml_trello_legacy(r, c, s):
    body = f'''trello:
  api_key: {c.trello_key}
  token: {s.raw("TRELLO_TOKEN")}
  board: {c.board}
  lists:
    todo: {rs(r, HEXL, 24)}
    doing: {rs(r, HEXL, 24)}
    done: {c.list_id}
slack:
  channel: "#standup"
'''
    return r.choice(["config/standup-bot.yml", "standup.yaml"]), body


@P("trello", "token", "trello", G_ATTA)
def t_sh_trello_oauth(r, c, s):
    body = f'''#!/bin/sh
CARD_ID="$1"
curl -s -X DELETE \\
  -H "Authorization: OAuth oauth_consumer_key=\\"{c.trello_key}\\", oauth_token=\\"{s.raw("TRELLO_TOKEN", "${%s}")}\\"" \\
  -H "Accept: application/json" \\
  "https://api.trello.com/1/cards/$CARD_ID"
'''
    return r.choice(["scripts/trello-delete-card.sh", "bin/trello-rm"]), body


# ---------------------------------------------------------------- Opsgenie
@P("opsgenie", "api_key", "opsgenie", G_UUID)
def t_alertmanager(r, c, s):
    body = f'''global:
  resolve_timeout: 5m
  opsgenie_api_url: https://api.eu.opsgenie.com/

route:
  receiver: opsgenie-default
  group_by: [alertname, cluster]
  routes:
    - matchers: [severity="critical"]
      receiver: opsgenie-default

receivers:
  - name: opsgenie-default
    opsgenie_configs:
      - api_key: {s.raw("OPSGENIE_API_KEY")}
        responders:
          - name: {c.proj.lower()}-oncall
            type: team
        priority: P2
'''
    return r.choice(["alertmanager/alertmanager.yml", "monitoring/alertmanager.yaml"]), body


@P("opsgenie", "api_key", "opsgenie", G_UUID)
def t_sh_geniekey(r, c, s):
    body = f'''#!/usr/bin/env bash
# send a heartbeat-style alert when the nightly backup finishes
STATUS="${{1:-ok}}"
curl -s -X POST https://api.opsgenie.com/v2/alerts \\
  -H "Content-Type: application/json" \\
  -H "Authorization: GenieKey {s.raw("OPSGENIE_KEY", "${%s}")}" \\
  -d "{{\\"message\\": \\"nightly backup $STATUS\\", \\"alias\\": \\"backup-{c.co}\\", \\"priority\\": \\"P4\\"}}"
'''
    return r.choice(["backup/notify.sh", "scripts/opsgenie-notify.sh"]), body


@P("opsgenie", "api_key", "opsgenie", G_UUID)
def t_tf_opsgenie(r, c, s):
    body = f'''provider "opsgenie" {{
  api_key = "{s.raw("opsgenie_api_key", "${var.%s}")}"
  api_url = "api.eu.opsgenie.com"
}}

resource "opsgenie_team" "{c.proj.lower()}" {{
  name        = "{c.proj.lower()}-team"
  description = "Owns the {c.repo} service"
}}

resource "opsgenie_schedule" "{c.proj.lower()}" {{
  name          = "{c.proj.lower()}-schedule"
  timezone      = "Europe/Berlin"
  owner_team_id = opsgenie_team.{c.proj.lower()}.id
}}
'''
    return r.choice(["terraform/opsgenie.tf", "infra/oncall/main.tf"]), body


@P("opsgenie", "api_key", "opsgenie", G_UUID)
def t_py_opsgenie_sdk(r, c, s):
    body = f'''import opsgenie_sdk

conf = opsgenie_sdk.configuration.Configuration()
conf.api_key["Authorization"] = {s.lit("py", "OPSGENIE_API_KEY")}
conf.host = "https://api.opsgenie.com"

client = opsgenie_sdk.api_client.ApiClient(configuration=conf)
alerts = opsgenie_sdk.AlertApi(api_client=client)

body = opsgenie_sdk.CreateAlertPayload(
    message="Disk usage above 90% on build agents",
    alias="disk-usage-build-agents",
    tags=["{c.proj.lower()}", "infra"],
    priority="P3",
)
print(alerts.create_alert(create_alert_payload=body).request_id)
'''
    return r.choice(["ops/alert_disk.py", "monitoring/opsgenie_alert.py"]), body


# ---------------------------------------------------------------- Statuspage
@P("statuspage", "api_key", "statuspage", G_SP)
def t_py_statuspage(r, c, s):
    name = pick_name(r, ["STATUSPAGE_API_KEY"], ["SP_AUTH", "status_secret"])
    body = f'''import requests

{name} = {s.lit("py", "STATUSPAGE_API_KEY")}
PAGE_ID = "{c.sp_page}"
COMPONENT_ID = "{c.sp_comp}"


def set_component(status="degraded_performance"):
    r = requests.patch(
        f"https://api.statuspage.io/v1/pages/{{PAGE_ID}}/components/{{COMPONENT_ID}}",
        headers={{"Authorization": f"OAuth {{{name}}}"}},
        json={{"component": {{"status": status}}}},
        timeout=10,
    )
    r.raise_for_status()


if __name__ == "__main__":
    set_component()
'''
    return r.choice(["scripts/statuspage.py", "incident/set_status.py"]), body


@P("statuspage", "api_key", "statuspage", G_SP)
def t_gha_statuspage(r, c, s):
    body = f'''name: Scheduled maintenance banner

on:
  workflow_dispatch:
    inputs:
      window:
        description: "Maintenance window (e.g. 2h)"
        required: true

jobs:
  announce:
    runs-on: ubuntu-latest
    steps:
      - name: Create maintenance
        env:
          STATUSPAGE_API_KEY: {s.raw("STATUSPAGE_API_KEY", "${{ secrets.%s }}")}
          PAGE_ID: {c.sp_page}
        run: |
          curl -sf -X POST "https://api.statuspage.io/v1/pages/$PAGE_ID/incidents" \\
            -H "Authorization: OAuth $STATUSPAGE_API_KEY" \\
            -d "incident[name]=Planned maintenance" \\
            -d "incident[status]=scheduled"
'''
    return ".github/workflows/maintenance.yml", body


# ---------------------------------------------------------------- Connect
def _pubkey(r):
    return "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(r, B64, 348) + "IDAQAB"


@P("atlassian-connect", "shared_secret", "connect", G_CONNECT)
def t_connect_installed(r, c, s):
    body = json.dumps({
        "key": "com.%s.jira-timesheets" % c.co.replace("-", ""),
        "clientKey": uuid4(r),
        "publicKey": _pubkey(r),
        "sharedSecret": s.raw("CONNECT_SHARED_SECRET", "${%s}"),
        "serverVersion": str(r.randint(100000, 999999)),
        "pluginsVersion": "1001.0.0-SNAPSHOT",
        "baseUrl": "https://" + c.site,
        "displayUrl": "https://" + c.site,
        "productType": "jira",
        "description": "Atlassian JIRA at https://" + c.site,
        "eventType": "installed",
        "cloudId": c.cloud_id,
    }, indent=2) + "\n"
    return r.choice(["test/fixtures/installed.json", "spec/fixtures/lifecycle-installed.json"]), body


@P("atlassian-connect", "shared_secret", "connect", G_CONNECT)
def t_sql_connect_host(r, c, s):
    ck = uuid4(r)
    body = f'''-- seed data for local development of the Connect app
INSERT INTO atlassian_host (client_key, public_key, shared_secret, base_url, product_type,
                            description, service_entitlement_number, addon_installed,
                            created_date, last_modified_date)
VALUES ('{ck}', NULL, '{s.raw("SHARED_SECRET")}', 'https://{c.site}', 'jira',
        'Atlassian JIRA at https://{c.site}', NULL, TRUE,
        '{c.date} 10:00:00', '{c.date} 10:00:00');

INSERT INTO timesheet_settings (client_key, default_hours, week_start)
VALUES ('{ck}', 8, 'MONDAY');
'''
    return r.choice(["src/main/resources/db/seed-dev.sql", "db/seed/hosts.sql"]), body


@P("atlassian-connect", "shared_secret", "connect", G_CONNECT)
def t_js_ace_store(r, c, s):
    body = f'''// test/helpers/host.js - register a fake tenant in the ACE store
const clientInfo = {{
  key: 'com.{c.co.replace("-", "")}.confluence-macros',
  clientKey: '{uuid4(r)}',
  sharedSecret: {s.lit("js", "ACE_SHARED_SECRET")},
  baseUrl: 'https://{c.site}/wiki',
  productType: 'confluence',
}};

module.exports = async function registerHost(addon) {{
  await addon.settings.set('clientInfo', clientInfo, clientInfo.clientKey);
  return clientInfo;
}};
'''
    return "test/helpers/host.js", body


# ---------------------------------------------------------------- OAuth 2.0 (3LO)
@P("atlassian", "oauth_client_secret", "oauth_secret", G_ATOA)
def t_js_oauth_cfg(r, c, s):
    body = f'''export const atlassianOAuth = {{
  clientId: '{c.client_id}',
  clientSecret: {s.lit("js", "ATLASSIAN_CLIENT_SECRET")},
  authorizeUrl: 'https://auth.atlassian.com/authorize',
  tokenUrl: 'https://auth.atlassian.com/oauth/token',
  audience: 'api.atlassian.com',
  scopes: ['read:jira-work', 'read:jira-user', 'offline_access'],
  redirectUri: 'https://app.{c.domain}/oauth/callback',
}};
'''
    return r.choice(["src/config/oauth.js", "server/auth/atlassian.js"]), body


@P("atlassian", "oauth_client_secret", "oauth_secret", G_ATOA)
def t_py_oauth_exchange(r, c, s):
    body = f'''import requests

CLIENT_ID = "{c.client_id}"


def exchange(code):
    resp = requests.post(
        "https://auth.atlassian.com/oauth/token",
        json={{
            "grant_type": "authorization_code",
            "client_id": CLIENT_ID,
            "client_secret": {s.lit("py", "ATLASSIAN_CLIENT_SECRET")},
            "code": code,
            "redirect_uri": "http://localhost:8000/callback",
        }},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]
'''
    return r.choice(["app/atlassian_oauth.py", "backend/oauth/jira.py"]), body


# ---------------------------------------------------------------- automation webhooks
@P("jira-automation", "webhook_url", "hook_url", G_HOOKURL)
def t_gha_hook(r, c, s):
    body = f'''name: Notify Jira automation

on:
  deployment_status:

jobs:
  notify:
    if: github.event.deployment_status.state == 'success'
    runs-on: ubuntu-latest
    steps:
      - name: Trigger automation rule
        run: |
          curl -sf -X POST -H "Content-Type: application/json" \\
            --data '{{"issues": ["${{{{ github.event.deployment.ref }}}}"]}}' \\
            "{s.raw("JIRA_AUTOMATION_WEBHOOK", "${{ secrets.%s }}")}"
'''
    return ".github/workflows/jira-deploy-notify.yml", body


@P("jira-automation", "webhook_token", "hook_token", G_HEX40)
def t_jenkins_hook_token(r, c, s):
    body = f'''post {{
    success {{
        script {{
            def key = (env.GIT_BRANCH =~ /[A-Z]+-\\d+/) ? (env.GIT_BRANCH =~ /[A-Z]+-\\d+/)[0] : null
            if (key) {{
                sh """
                curl -s -X POST \\\\
                  -H 'Content-Type: application/json' \\\\
                  -H 'X-Automation-Webhook-Token: {s.raw("AUTOMATION_TOKEN", "${env.%s}")}' \\\\
                  --data '{{"issues": ["${{key}}"]}}' \\\\
                  'https://api-private.atlassian.com/automation/webhooks/jira/a/{c.cloud_id}/{uuid4(r)}'
                """
            }}
        }}
    }}
}}
'''
    return r.choice(["ci/post-build.groovy", "jenkins/notifyJira.groovy"]), body


@P("jira-automation", "webhook_url", "hook_url", G_HOOKURL)
def t_am_hook(r, c, s):
    body = f'''receivers:
  - name: jira-incidents
    webhook_configs:
      - url: "{s.raw("JIRA_HOOK_URL")}"
        send_resolved: false
        max_alerts: 20
route:
  receiver: jira-incidents
  group_wait: 30s
'''
    return r.choice(["alertmanager/jira.yml", "deploy/monitoring/alertmanager-jira.yaml"]), body


@P("jira-automation", "webhook_url", "hook_url", G_HOOKURL)
def t_py_hook(r, c, s):
    name = pick_name(r, ["JIRA_WEBHOOK_URL"], ["HOOK", "target"])
    body = f'''import json
import sys
import urllib.request

{name} = {s.lit("py", "JIRA_WEBHOOK_URL")}


def send(report_path):
    with open(report_path) as fh:
        findings = json.load(fh)
    payload = json.dumps({{"data": {{"count": len(findings), "source": "nightly-scan"}}}}).encode()
    req = urllib.request.Request({name}, data=payload,
                                 headers={{"Content-Type": "application/json"}})
    urllib.request.urlopen(req, timeout=10)


send(sys.argv[1])
'''
    return r.choice(["scripts/report_to_jira.py", "ci/send_findings.py"]), body


# ---------------------------------------------------------------- Data Center passwords, Bamboo, Crowd
@P("jira-dc", "db_password", "dbpass", G_PW)
def t_dbconfig(r, c, s):
    body = f'''<?xml version="1.0" encoding="UTF-8"?>

<jira-database-config>
  <name>defaultDS</name>
  <delegator-name>default</delegator-name>
  <database-type>postgres72</database-type>
  <schema-name>public</schema-name>
  <jdbc-datasource>
    <url>jdbc:postgresql://db-{c.co}.internal:5432/jiradb</url>
    <driver-class>org.postgresql.Driver</driver-class>
    <username>jiradbuser</username>
    <password>{xesc(s.raw("JIRA_DB_PASSWORD"))}</password>
    <pool-min-size>20</pool-min-size>
    <pool-max-size>100</pool-max-size>
    <pool-max-wait>30000</pool-max-wait>
    <validation-query>select 1</validation-query>
  </jdbc-datasource>
</jira-database-config>
'''
    return r.choice(["jira-home/dbconfig.xml", "ansible/roles/jira/files/dbconfig.xml"]), body


@P("confluence-dc", "db_password", "dbpass", G_PW)
def t_confluence_cfg(r, c, s):
    body = f'''<?xml version="1.0" encoding="UTF-8"?>

<confluence-configuration>
  <setupStep>complete</setupStep>
  <setupType>custom</setupType>
  <buildNumber>{r.randint(8000, 9500)}</buildNumber>
  <properties>
    <property name="confluence.setup.server.id">{"-".join(rs(r, HEXU[:10] + "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) for _ in range(4))}</property>
    <property name="hibernate.connection.url">jdbc:postgresql://pg.{c.domain}:5432/confluence</property>
    <property name="hibernate.connection.username">confluence</property>
    <property name="hibernate.connection.password">{xesc(s.raw("CONFLUENCE_DB_PASSWORD"))}</property>
    <property name="hibernate.dialect">com.atlassian.confluence.impl.hibernate.dialect.PostgreSQLDialect</property>
    <property name="lucene.index.dir">${{localHome}}/index</property>
  </properties>
</confluence-configuration>
'''
    return r.choice(["confluence-home/confluence.cfg.xml", "roles/confluence/templates/confluence.cfg.xml"]), body


@P("bitbucket-dc", "db_password", "password", G_PW)
def t_bitbucket_props(r, c, s):
    body = f'''# $BITBUCKET_HOME/shared/bitbucket.properties
setup.displayName=Bitbucket {c.co.title()}
setup.baseUrl=https://{c.bdc}
server.proxy-name={c.bdc}
server.proxy-port=443
server.scheme=https
server.secure=true
jdbc.driver=org.postgresql.Driver
jdbc.url=jdbc:postgresql://pg-bitbucket:5432/bitbucket
jdbc.user=bitbucket
jdbc.password={s.raw("JDBC_PASSWORD")}
plugin.search.config.baseurl=http://opensearch:9200/
'''
    return r.choice(["bitbucket/shared/bitbucket.properties", "config/bitbucket.properties"]), body


@P("crowd", "app_password", "password", G_PW)
def t_crowd_props(r, c, s):
    body = f'''application.name                        {c.repo}
application.password                    {s.raw("CROWD_APP_PASSWORD")}
application.login.url                   https://{c.repo}.{c.domain}/login
crowd.server.url                        https://crowd.{c.domain}/crowd/services/
crowd.base.url                          https://crowd.{c.domain}/crowd/
session.isauthenticated                 session.isauthenticated
session.tokenkey                        session.tokenkey
session.validationinterval              2
session.lastvalidation                  session.lastvalidation
'''
    return r.choice(["src/main/resources/crowd.properties", "WEB-INF/classes/crowd.properties"]), body


@P("bamboo", "password", "password", G_PW)
def t_bamboo_java(r, c, s):
    plan = rs(r, string.ascii_uppercase, 4)
    body = f'''package specs;

import com.atlassian.bamboo.specs.api.BambooSpec;
import com.atlassian.bamboo.specs.api.builders.plan.Plan;
import com.atlassian.bamboo.specs.api.builders.plan.Stage;
import com.atlassian.bamboo.specs.api.builders.plan.Job;
import com.atlassian.bamboo.specs.api.builders.project.Project;
import com.atlassian.bamboo.specs.api.builders.Variable;
import com.atlassian.bamboo.specs.builders.task.ScriptTask;
import com.atlassian.bamboo.specs.util.BambooServer;

@BambooSpec
public class PlanSpec {{
    public Plan plan() {{
        return new Plan(new Project().key("{c.proj}").name("{c.proj.title()}"), "{c.repo}", "{plan}")
                .variables(
                        new Variable("deploy.host", "app01.{c.domain}"),
                        new Variable("deploy.password", {s.lit("java", "DEPLOY_PASSWORD")}))
                .stages(new Stage("Build").jobs(new Job("Build", "JOB1")
                        .tasks(new ScriptTask().inlineBody("./mvnw -B package"))));
    }}

    public static void main(String[] args) {{
        new BambooServer("https://bamboo.{c.domain}").publish(new PlanSpec().plan());
    }}
}}
'''
    return "bamboo-specs/src/main/java/specs/PlanSpec.java", body


@P("bamboo", "password", "password", G_PW)
def t_bamboo_yaml(r, c, s):
    body = f'''---
version: 2
plan:
  project-key: {c.proj}
  key: {rs(r, string.ascii_uppercase, 4)}
  name: {c.repo} build

variables:
  artifactory.user: svc-bamboo
  artifactory.password: {s.raw("bamboo_artifactory_password", "${bamboo.%s}")}

stages:
  - Build:
      jobs:
        - Package

Package:
  tasks:
    - script:
        - ./gradlew publish -PrepoUser=${{bamboo.artifactory.user}}
'''
    return "bamboo-specs/bamboo.yml", body


@P("jira-dc", "db_password", "password", G_PWSAFE)
def t_jdbc_url(r, c, s):
    pw = s.raw("DB_PASSWORD", "${%s}")
    body = f'''# nightly export of Jira worklogs into the warehouse
source:
  type: postgres
  url: "jdbc:postgresql://jira-db.{c.domain}:5432/jiradb?user=jira_ro&password={pw}&ssl=true"
  tables:
    - worklog
    - jiraissue
    - project
target:
  type: bigquery
  dataset: jira_raw
schedule: "0 2 * * *"
'''
    return r.choice(["etl/jira-worklogs.yaml", "pipelines/jira_export.yml"]), body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_dockerfile(r, c, s):
    tok = s.raw("CONFLUENCE_TOKEN", "${%s}")
    body = f'''FROM python:3.12-slim

RUN pip install --no-cache-dir md2cf==2.3.0 mkdocs==1.6.0
WORKDIR /docs
COPY docs/ /docs/

ENV CONFLUENCE_HOST=https://{c.site}/wiki/rest/api \\
    CONFLUENCE_USERNAME={c.bot} \\
    CONFLUENCE_PASSWORD={tok} \\
    CONFLUENCE_SPACE={c.space}

ENTRYPOINT ["md2cf", "--space", "{c.space}", "/docs"]
'''
    return r.choice(["docs/Dockerfile", "Dockerfile.docs"]), body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_bashrc_gojira(r, c, s):
    body = f'''# go-jira / jira-cli helpers
export JIRA_ENDPOINT=https://{c.site}
export JIRA_USER={c.email}
export JIRA_API_TOKEN={s.raw("JIRA_TOKEN", "$(security find-generic-password -s %s -w)")}
alias jmine='jira list --query "assignee = currentUser() AND resolution = Unresolved"'
alias jv='jira view'
'''
    return r.choice(["dotfiles/bashrc.d/jira.sh", "dotfiles/zsh/jira.zsh"]), body


@P("atlassian", "api_token", "atl_token", G_ATATT)
def t_csv_creds(r, c, s):
    rows = ["name,url,username,secret,owner"]
    rows.append("grafana-jira-datasource,https://%s,%s,%s,%s" % (c.site, c.bot, s.raw("JIRA_TOKEN"), c.email))
    rows.append("uptime-robot,https://uptimerobot.com,ops@%s,see-vault,%s" % (c.domain, c.email))
    rows.append("statuspage-widget,https://%s.statuspage.io,-,public,%s" % (c.sp_page, c.email))
    return r.choice(["inventory/integrations.csv", "docs/service-accounts.csv"]), "\n".join(rows) + "\n"


# ================================================================ look-alike negatives
NEG = []


def N(provider, kind):
    def deco(fn):
        NEG.append({"fn": fn, "provider": provider, "kind": kind})
        return fn
    return deco


def acct_id(r):
    x = r.random()
    if x < 0.4:
        return "557058:" + uuid4(r)
    if x < 0.55:
        return "712020:" + uuid4(r)
    return rs(r, HEXL, 24)


@N("atlassian", "account_ids")
def n_users_json(r, c):
    users = []
    for _ in range(r.randint(3, 6)):
        f, l = r.choice(FIRST), r.choice(LAST)
        users.append({"accountId": acct_id(r), "accountType": "atlassian", "active": True,
                      "displayName": "%s %s" % (f.title(), l.title()),
                      "emailAddress": "%s.%s@%s" % (f, l, c.domain), "timeZone": "Europe/Berlin"})
    return r.choice(["fixtures/jira-users.json", "test/data/assignees.json"]), json.dumps(users, indent=2) + "\n"


@N("atlassian", "cloud_id")
def n_cloud_id_cfg(r, c):
    body = f'''# Jira Cloud instance used by the reporting job (no credentials here; see vault path below)
jira:
  site: https://{c.site}
  cloud_id: {c.cloud_id}
  api_base: https://api.atlassian.com/ex/jira/{c.cloud_id}/rest/api/3
  credentials_ref: vault://secret/reporting/jira
  project_keys: [{c.proj}, {r.choice(PROJ)}]
'''
    return r.choice(["config/reporting.yml", "reports/jira-site.yaml"]), body


@N("jira", "issue_keys")
def n_changelog(r, c):
    lines = ["# Changelog", "", "## [%s] - %s" % (c.ver, c.date), ""]
    for _ in range(r.randint(5, 10)):
        lines.append("- %s-%d %s (%s)" % (r.choice(PROJ), r.randint(10, 9999),
                                         r.choice(["Fix pagination in board export", "Add retry on 429",
                                                   "Bump jira.js to 4.0", "Handle ADF tables",
                                                   "Drop Node 16 support", "Cache cloudId lookups"]),
                                         rs(r, HEXL, 7)))
    return "CHANGELOG.md", "\n".join(lines) + "\n"


@N("trello", "public_api_key")
def n_trello_powerup(r, c):
    body = f'''// Trello Power-Up client bootstrap.  The API key is public by design (Power-Up admin page);
// user tokens are obtained at runtime through t.getRestApi().authorize().
window.TrelloPowerUp.initialize({{
  'card-badges': async (t) => {{
    const card = await t.card('id', 'due');
    return [{{ text: card.due ? 'due' : 'no due', color: 'blue' }}];
  }},
}}, {{
  appKey: '{c.trello_key}',
  appName: '{c.co.title()} Estimates',
}});
'''
    return r.choice(["powerup/client.js", "public/js/powerup.js"]), body


@N("trello", "object_ids")
def n_trello_ids(r, c):
    body = json.dumps({
        "id": c.board, "name": "%s roadmap" % c.co.title(),
        "shortLink": rs(r, ALNUM, 8), "idOrganization": rs(r, HEXL, 24),
        "lists": [{"id": rs(r, HEXL, 24), "name": n, "pos": 16384 * (i + 1)}
                  for i, n in enumerate(["Backlog", "Doing", "Review", "Done"])],
        "labels": [{"id": rs(r, HEXL, 24), "color": col} for col in ["green", "red", "purple"]],
    }, indent=2) + "\n"
    return r.choice(["data/trello-board.json", "test/fixtures/board.json"]), body


@N("atlassian", "oauth_client_id")
def n_oauth_client_id(r, c):
    body = f'''# Atlassian OAuth 2.0 (3LO) app - client id is public, the secret lives in the vault
ATLASSIAN_CLIENT_ID={c.client_id}
ATLASSIAN_CLIENT_SECRET=
ATLASSIAN_REDIRECT_URI=https://app.{c.domain}/oauth/callback
ATLASSIAN_SCOPES="read:jira-work read:jira-user offline_access"
'''
    return r.choice([".env.example", "config/oauth.env.sample"]), body


@N("jira-automation", "webhook_url_no_secret")
def n_new_hook(r, c):
    body = f'''import os
import requests

# The URL is not secret; the token is sent in the header and comes from the environment.
URL = "https://api-private.atlassian.com/automation/webhooks/jira/a/{c.cloud_id}/{uuid4(r)}"


def fire(issue_keys):
    return requests.post(URL, json={{"issues": issue_keys}},
                         headers={{"X-Automation-Webhook-Token": os.environ["JIRA_AUTOMATION_TOKEN"]}},
                         timeout=10).status_code
'''
    return r.choice(["scripts/fire_rule.py", "ci/jira_rule.py"]), body


@N("bitbucket", "secured_variable_refs")
def n_bbp_refs(r, c):
    body = f'''image: node:20

definitions:
  caches:
    npm: ~/.npm

pipelines:
  default:
    - step:
        name: Test
        caches: [npm]
        script:
          - npm ci
          - npm test
  branches:
    main:
      - step:
          name: Deploy
          deployment: production
          script:
            - pipe: atlassian/ssh-run:0.8.1
              variables:
                SSH_USER: deploy
                SERVER: app01.{c.domain}
                COMMAND: ./deploy.sh $BITBUCKET_COMMIT
            - curl -s -u "$BB_USER:$BB_TOKEN" "https://api.bitbucket.org/2.0/repositories/$BITBUCKET_REPO_FULL_NAME/commit/$BITBUCKET_COMMIT/statuses/build"
'''
    return "bitbucket-pipelines.yml", body


@N("bamboo", "encrypted_values")
def n_bamboo_enc(r, c):
    body = f'''---
version: 2
plan:
  project-key: {c.proj}
  key: DEPLOY
  name: Deploy {c.repo}

# Values below were encrypted with Specs > Sensitive data encryption and are safe to commit.
variables:
  deploy.password: BAMSCRT@0@0@{base64.b64encode(rbytes(r, 32)).decode()}
  nexus.secret: BAMSCRT@0@0@{base64.b64encode(rbytes(r, 48)).decode()}

stages:
  - Deploy:
      jobs: [Ship]

Ship:
  tasks:
    - script: ./deploy.sh ${{bamboo.deploy.password}}
'''
    return "bamboo-specs/deploy.yml", body


@N("jira-dc", "atl_secured")
def n_dbconfig_secured(r, c):
    body = f'''<?xml version="1.0" encoding="UTF-8"?>
<jira-database-config>
  <name>defaultDS</name>
  <delegator-name>default</delegator-name>
  <database-type>postgres72</database-type>
  <jdbc-datasource>
    <url>jdbc:postgresql://db-{c.co}:5432/jiradb</url>
    <driver-class>org.postgresql.Driver</driver-class>
    <username>jiradbuser</username>
    <password>{{ATL_SECURED}}</password>
    <atlassian-password-cipher-provider>com.atlassian.db.config.password.ciphers.algorithm.AlgorithmCipher</atlassian-password-cipher-provider>
    <pool-max-size>60</pool-max-size>
  </jdbc-datasource>
</jira-database-config>
'''
    return "jira-home/dbconfig.xml", body


@N("forge", "npm_integrity")
def n_package_lock(r, c):
    pkgs = {}
    for name in ["@forge/api", "@forge/bridge", "@forge/resolver", "@forge/ui", "@atlaskit/tokens"]:
        pkgs["node_modules/" + name] = {
            "version": "%d.%d.%d" % (r.randint(1, 5), r.randint(0, 20), r.randint(0, 9)),
            "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (name, name.split("/")[1]),
            "integrity": "sha512-" + base64.b64encode(rbytes(r, 64)).decode(),
        }
    body = json.dumps({"name": "forge-" + c.repo, "lockfileVersion": 3, "requires": True,
                       "packages": pkgs}, indent=2) + "\n"
    return "package-lock.json", body


@N("bitbucket", "commit_shas")
def n_deploy_log(r, c):
    lines = []
    for i in range(r.randint(6, 12)):
        lines.append("%s deploy env=%s build=#%d commit=%s status=%s" % (
            c.date, r.choice(["staging", "production"]), r.randint(100, 9999), rs(r, HEXL, 40),
            r.choice(["SUCCESSFUL", "SUCCESSFUL", "FAILED", "STOPPED"])))
    return r.choice(["logs/deployments.log", "var/log/deploy-history.log"]), "\n".join(lines) + "\n"


@N("confluence", "content_hash")
def n_md2cf_state(r, c):
    pages = {}
    for name in ["index.md", "runbooks/oncall.md", "adr/0007-queues.md", "faq.md"]:
        pages[name] = {"page_id": str(r.randint(100000, 99999999)), "version": r.randint(1, 40),
                       "sha256": rs(r, HEXL, 64)}
    body = json.dumps({"space": c.space, "parent_id": c.page_id, "pages": pages}, indent=2) + "\n"
    return ".md2cf-state.json", body


@N("forge", "app_ari")
def n_forge_manifest(r, c):
    body = f'''modules:
  jira:issuePanel:
    - key: {c.repo}-panel
      resource: main
      resolver:
        function: resolver
      render: native
      title: {c.co.title()} panel
  function:
    - key: resolver
      handler: index.handler
resources:
  - key: main
    path: src/frontend/index.jsx
permissions:
  scopes:
    - read:jira-work
    - write:jira-work
  external:
    fetch:
      backend:
        - https://api.{c.domain}
app:
  runtime:
    name: nodejs20.x
  id: ari:cloud:ecosystem::app/{uuid4(r)}
'''
    return "manifest.yml", body


@N("atlassian-connect", "descriptor")
def n_connect_descriptor(r, c):
    body = json.dumps({
        "key": "com.%s.jira-timesheets" % c.co.replace("-", ""),
        "name": "%s Timesheets" % c.co.title(),
        "baseUrl": "https://timesheets.%s" % c.domain,
        "authentication": {"type": "jwt"},
        "lifecycle": {"installed": "/installed", "uninstalled": "/uninstalled"},
        "apiVersion": 1,
        "scopes": ["READ", "WRITE"],
        "modules": {"generalPages": [{"key": "timesheet-page", "url": "/timesheet",
                                      "name": {"value": "Timesheets"}}]},
    }, indent=2) + "\n"
    return "atlassian-connect.json", body


@N("atlassian-connect", "public_key")
def n_connect_pubkey(r, c):
    body = f'''// Installation payload as logged by the app (sharedSecret stripped before logging).
export const installedFixture = {{
  key: 'com.{c.co.replace("-", "")}.macros',
  clientKey: '{uuid4(r)}',
  publicKey: '{_pubkey(r)}',
  sharedSecret: '[stripped]',
  baseUrl: 'https://{c.site}/wiki',
  productType: 'confluence',
  eventType: 'installed',
}};
'''
    return "test/fixtures/installed.ts", body


@N("atlassian-connect", "qsh")
def n_qsh_test(r, c):
    body = f'''import hashlib

import pytest

CASES = [
    ("GET&/rest/api/2/issue/{c.issue}&", "{rs(r, HEXL, 64)}"),
    ("POST&/rest/api/2/search&maxResults=50", "{rs(r, HEXL, 64)}"),
    ("GET&/wiki/rest/api/content&expand=version&limit=25", "{rs(r, HEXL, 64)}"),
]


@pytest.mark.parametrize("canonical,expected", CASES)
def test_qsh_shape(canonical, expected):
    digest = hashlib.sha256(canonical.encode()).hexdigest()
    assert len(digest) == len(expected) == 64
'''
    return "tests/test_qsh.py", body


@N("bitbucket", "webhook_signature")
def n_hook_signature(r, c):
    body = f'''POST /hooks/bitbucket HTTP/1.1
Host: ci.{c.domain}
User-Agent: Bitbucket-Webhooks/2.0
X-Event-Key: repo:push
X-Request-UUID: {uuid4(r)}
X-Hook-UUID: {uuid4(r)}
X-Hub-Signature: sha256={rs(r, HEXL, 64)}
Content-Type: application/json

{{"push": {{"changes": [{{"new": {{"name": "main", "target": {{"hash": "{rs(r, HEXL, 40)}"}}}}}}]}}}}
'''
    return r.choice(["docs/examples/push-webhook.http", "test/fixtures/bitbucket-push.txt"]), body


@N("bitbucket", "ssh_public_key")
def n_access_keys(r, c):
    body = f'''# Access keys registered on {c.ws}/{c.repo} (public halves only)
deploy-prod: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{base64.b64encode(rbytes(r, 32)).decode()[:43]} deploy@{c.domain}
ci-runner:   ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{base64.b64encode(rbytes(r, 32)).decode()[:43]} runner@{c.domain}
fingerprint: SHA256:{base64.b64encode(rbytes(r, 32)).decode().rstrip("=")}
'''
    return r.choice(["docs/access-keys.txt", "infra/keys/README.txt"]), body


@N("bitbucket", "known_hosts")
def n_known_hosts(r, c):
    body = f'''# pinned host keys for CI
bitbucket.org ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{base64.b64encode(rbytes(r, 32)).decode()[:43]}
{c.bdc} ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB{base64.b64encode(rbytes(r, 64)).decode()[:86]}=
'''
    return r.choice(["ci/known_hosts", "ansible/files/known_hosts"]), body


@N("jira-dc", "password_hash")
def n_cwd_user(r, c):
    rows = []
    for i in range(r.randint(3, 6)):
        u = r.choice(FIRST) + "." + r.choice(LAST)
        rows.append("(%d, '%s', '%s@%s', '{PKCS5S2}%s', 1)," % (
            10000 + i, u, u, c.domain, base64.b64encode(rbytes(r, 48)).decode()))
    rows[-1] = rows[-1][:-1] + ";"
    body = ("-- anonymised copy of cwd_user for the staging restore test\n"
            "INSERT INTO cwd_user (id, user_name, email_address, credential, active) VALUES\n"
            + "\n".join(rows) + "\n")
    return r.choice(["db/staging/cwd_user.sql", "test/sql/users.sql"]), body


@N("bamboo", "build_keys")
def n_bamboo_results(r, c):
    plan = c.proj + "-" + rs(r, string.ascii_uppercase, 4)
    rows = ["buildResultKey,state,agentId,duration_ms,vcsRevision"]
    for i in range(r.randint(5, 9)):
        rows.append("%s-%d,%s,%d,%d,%s" % (plan, r.randint(100, 900) + i, r.choice(["Successful", "Failed"]),
                                           r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 4, 10 ** 6),
                                           rs(r, HEXL, 40)))
    return r.choice(["reports/bamboo-results.csv", "exports/builds.csv"]), "\n".join(rows) + "\n"


@N("statuspage", "page_ids")
def n_statuspage_widget(r, c):
    body = f'''<!-- status badge; page id and component ids are public -->
<script src="https://{c.sp_page}.statuspage.io/embed/script.js"></script>
<div id="status" data-page="{c.sp_page}" data-components="{c.sp_comp},{rs(r, LOWER_ALNUM, 12)}"></div>
<script>
  fetch('https://{c.sp_page}.statuspage.io/api/v2/summary.json')
    .then((r) => r.json())
    .then((s) => {{ document.getElementById('status').textContent = s.status.description; }});
</script>
'''
    return r.choice(["web/partials/status.html", "site/_includes/status.html"]), body


@N("opsgenie", "alert_ids")
def n_opsgenie_log(r, c):
    lines = []
    for _ in range(r.randint(5, 9)):
        lines.append('%s level=info msg="alert created" requestId=%s alertId=%s alias=%s took=%dms' % (
            c.ts, uuid4(r), uuid4(r) + "-" + str(r.randint(10 ** 12, 10 ** 13)),
            r.choice(["disk-usage", "cert-expiry", "queue-lag", "backup"]), r.randint(40, 900)))
    return r.choice(["logs/opsgenie-notifier.log", "var/log/alerting.log"]), "\n".join(lines) + "\n"


@N("jira", "webhook_registration")
def n_jira_webhook_reg(r, c):
    body = json.dumps({
        "url": "https://hooks.%s/jira/events" % c.domain,
        "webhooks": [{"events": ["jira:issue_created", "jira:issue_updated"],
                      "jqlFilter": "project = %s" % c.proj,
                      "fieldIdsFilter": ["summary", "customfield_%d" % r.randint(10000, 10999)]}],
        "webhookRegistrationResult": [{"createdWebhookId": r.randint(1, 9999)}],
    }, indent=2) + "\n"
    return r.choice(["docs/webhooks/registration.json", "infra/jira/webhooks.json"]), body


@N("docker", "image_digests")
def n_image_digests(r, c):
    body = f'''# Pinned images for the Atlassian DC test stack
JIRA_IMAGE=atlassian/jira-software:9.12@sha256:{rs(r, HEXL, 64)}
CONFLUENCE_IMAGE=atlassian/confluence:8.5@sha256:{rs(r, HEXL, 64)}
BITBUCKET_IMAGE=atlassian/bitbucket:8.19@sha256:{rs(r, HEXL, 64)}
POSTGRES_IMAGE=postgres:15@sha256:{rs(r, HEXL, 64)}
'''
    return r.choice(["stack/images.lock", "dc-test/images.txt"]), body


@N("atlassian", "checksums")
def n_sha256sums(r, c):
    body = "".join("%s  %s\n" % (rs(r, HEXL, 64), f) for f in [
        "acli_linux_amd64.tar.gz", "acli_darwin_arm64.tar.gz", "acli_windows_amd64.zip",
        "jira-cli_1.5.1_linux_x86_64.tar.gz"])
    return r.choice(["tools/SHA256SUMS", "vendor/atlassian-cli/checksums.txt"]), body


PNG_MAGIC = bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])


@N("confluence", "data_uri")
def n_data_uri(r, c):
    png = base64.b64encode(PNG_MAGIC + rbytes(r, 180)).decode()
    body = f'''.{c.repo}-macro-icon {{
  width: 16px;
  height: 16px;
  background-image: url("data:image/png;base64,{png}");
}}
'''
    return r.choice(["src/frontend/icon.css", "static/css/macro.css"]), body


@N("confluence", "adf_local_ids")
def n_adf(r, c):
    doc = {"version": 1, "type": "doc", "content": [
        {"type": "heading", "attrs": {"level": 2, "localId": uuid4(r)},
         "content": [{"type": "text", "text": "Release checklist"}]},
        {"type": "taskList", "attrs": {"localId": uuid4(r)}, "content": [
            {"type": "taskItem", "attrs": {"localId": uuid4(r), "state": "TODO"},
             "content": [{"type": "text", "text": "Tag %s" % c.ver}]},
            {"type": "taskItem", "attrs": {"localId": uuid4(r), "state": "DONE"},
             "content": [{"type": "text", "text": "Close %s" % c.issue}]}]},
        {"type": "extension", "attrs": {"extensionType": "com.atlassian.confluence.macro.core",
                                        "extensionKey": "toc", "localId": uuid4(r)}}]}
    return r.choice(["templates/release-checklist.adf.json", "src/content/checklist.json"]), json.dumps(doc, indent=2) + "\n"


@N("go", "go_sum")
def n_go_sum(r, c):
    mods = ["github.com/andygrunwald/go-jira v1.16.0", "github.com/ctreminiom/go-atlassian v1.6.1",
            "github.com/golang-jwt/jwt/v4 v4.5.0", "github.com/google/go-querystring v1.1.0",
            "github.com/trivago/tgo v1.0.7"]
    body = ""
    for m in mods:
        body += "%s h1:%s=\n" % (m, base64.b64encode(rbytes(r, 32)).decode()[:43])
        body += "%s/go.mod h1:%s=\n" % (m, base64.b64encode(rbytes(r, 32)).decode()[:43])
    return "go.sum", body


@N("atlassian", "request_ids")
def n_access_log(r, c):
    lines = []
    for _ in range(r.randint(6, 10)):
        lines.append('%s "GET /rest/api/3/issue/%s-%d" 200 atl-traceid=%s x-arequestid=%s' % (
            c.ts, c.proj, r.randint(1, 5000), rs(r, HEXL, 32), uuid4(r)))
    return r.choice(["logs/jira-client-access.log", "var/log/proxy/atlassian.log"]), "\n".join(lines) + "\n"


@N("bitbucket", "pr_statuses")
def n_build_status(r, c):
    body = json.dumps({"values": [
        {"key": "%s-%s" % (c.proj, rs(r, string.ascii_uppercase, 4)), "state": "SUCCESSFUL",
         "name": "Bamboo build", "url": "https://bamboo.%s/browse/%s-%d" % (c.domain, c.proj, r.randint(1, 999)),
         "commit": {"hash": rs(r, HEXL, 40)}, "uuid": "{%s}" % uuid4(r)} for _ in range(3)],
        "pagelen": 10, "size": 3}, indent=2) + "\n"
    return r.choice(["test/fixtures/commit-statuses.json", "mocks/bitbucket/statuses.json"]), body


@N("jira", "csv_export")
def n_jira_csv(r, c):
    rows = ["Issue key,Issue id,Summary,Assignee Id,Sprint,Created"]
    for _ in range(r.randint(5, 10)):
        rows.append("%s-%d,%d,%s,%s,%s Sprint %d,%s" % (
            c.proj, r.randint(1, 5000), r.randint(10000, 99999),
            r.choice(["Fix flaky test", "Upgrade to Java 21", "Add SSO banner", "Index tuning"]),
            acct_id(r), c.proj, r.randint(1, 80), c.date))
    return r.choice(["exports/jira-issues.csv", "data/sprint-export.csv"]), "\n".join(rows) + "\n"


@N("forge", "tunnel_log")
def n_forge_log(r, c):
    body = f'''Running your app locally with Docker. The tunnel displays your usage of everything except the app's source code.
Listening for requests...
invocation: {rs(r, HEXL, 16)} index.handler
  environmentId: {uuid4(r)}
  installationId: {uuid4(r)}
  cloudId: {c.cloud_id}
  accountId: {acct_id(r)}
INFO    {c.ts}.551Z {rs(r, HEXL, 16)} issue panel rendered for {c.issue}
'''
    return r.choice(["logs/forge-tunnel.log", "docs/debug/tunnel-output.txt"]), body


@N("forge", "variables_list")
def n_forge_vars_list(r, c):
    body = f'''$ forge variables list -e production

Environment: production
┌────────────────────┬──────────────────────────────┬───────────┐
│ Key                │ Value                        │ Encrypted │
├────────────────────┼──────────────────────────────┼───────────┤
│ JIRA_SITE          │ {c.site:<28} │ false     │
│ SERVICE_TOKEN      │ ****************             │ true      │
│ FEATURE_FLAGS      │ panel,glance                 │ false     │
└────────────────────┴──────────────────────────────┴───────────┘
'''
    return r.choice(["docs/forge-variables.md", "docs/ops/forge.txt"]), body


@N("confluence", "mark_headers")
def n_mark_headers(r, c):
    body = f'''<!-- Space: {c.space} -->
<!-- Parent: Engineering -->
<!-- Title: {c.repo} architecture -->
<!-- Attachment: diagrams/overview.png -->

# {c.repo} architecture

Page id {c.page_id}; owner {c.email}. Tracked in {c.issue}.

Request flow is documented in ADR-{r.randint(1, 40):04d}.
'''
    return r.choice(["docs/architecture.md", "docs/confluence/overview.md"]), body


@N("atlassian", "jwt_claims_doc")
def n_jwt_claims(r, c):
    body = f'''### Example decoded Connect JWT claims (header and signature omitted)

| claim | value |
|-------|-------|
| iss   | {uuid4(r)} |
| sub   | {acct_id(r)} |
| qsh   | {rs(r, HEXL, 64)} |
| iat   | {r.randint(1700000000, 1730000000)} |
| aud   | https://timesheets.{c.domain} |
'''
    return r.choice(["docs/connect-auth.md", "docs/jwt.md"]), body


@N("jira", "custom_fields")
def n_custom_fields(r, c):
    body = "\n".join("customfield_%d=%s" % (r.randint(10000, 12999), n) for n in
                     ["Story Points", "Sprint", "Epic Link", "Team", "Flagged", "Rank"]) + "\n"
    body = "# field ids on %s\n" % c.site + body + "rank.lexorank.sample=0|i%s:\n" % rs(r, LOWER_ALNUM, 6)
    return r.choice(["config/jira-fields.properties", "src/main/resources/fields.properties"]), body


@N("atlassian", "gpg_fingerprints")
def n_gpg(r, c):
    body = f'''# Release signing keys (public)
pub   ed25519 2023-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} [SC]
      {rs(r, HEXU, 40)}
uid           [ultimate] {c.first.title()} {c.last.title()} <{c.email}>
sub   cv25519 2023-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} [E]
      {rs(r, HEXU, 40)}
'''
    return r.choice(["KEYS", "docs/release-keys.txt"]), body


@N("atlassian", "license_server_ids")
def n_server_ids(r, c):
    sid = "-".join(rs(r, string.ascii_uppercase + string.digits, 4) for _ in range(4))
    body = f'''# DC nodes inventory (no secrets)
[jira]
server_id = {sid}
node_ids = jira-node-1,jira-node-2
cluster_uuid = {uuid4(r)}
version = 9.12.{r.randint(0, 15)}

[bitbucket]
base_url = https://{c.bdc}
mesh_node_uuid = {uuid4(r)}
'''
    return r.choice(["inventory/dc-nodes.ini", "ops/atlassian-nodes.ini"]), body


@N("bitbucket", "uuid_braces")
def n_bb_uuids(r, c):
    body = f'''workspace:
  slug: {c.ws}
  uuid: "{{{uuid4(r)}}}"
repository:
  slug: {c.repo}
  uuid: "{{{uuid4(r)}}}"
  mainbranch: main
pipelines:
  runner_uuid: "{{{uuid4(r)}}}"
  labels: [self.hosted, linux, {c.proj.lower()}]
'''
    return r.choice(["infra/bitbucket/repo.yml", "config/runner.yaml"]), body


@N("atlassian", "base64_payload")
def n_b64_payload(r, c):
    payload = json.dumps({"issue": c.issue, "fields": {"summary": "Rotate on-call", "labels": ["ops"]},
                          "ts": c.ts})
    body = f'''# queue message captured for debugging (base64 of a JSON issue event, no auth data)
message_id: {uuid4(r)}
body_b64: {base64.b64encode(payload.encode()).decode()}
md5: {rs(r, HEXL, 32)}
'''
    return r.choice(["debug/queue-message.yml", "test/fixtures/sqs-event.yaml"]), body


# ================================================================ driver
SPECIAL_TYPES = {"Jenkinsfile": "groovy", "Makefile": "makefile", ".netrc": "netrc",
                 "netrc": "netrc", ".git-credentials": "git-credentials",
                 ".gitconfig": "gitconfig", "gitconfig": "gitconfig", ".envrc": "sh",
                 "KEYS": "txt", "known_hosts": "known_hosts", "SHA256SUMS": "txt",
                 "mark": "toml", "bbdc-repos": "sh", "trello-rm": "sh",
                 "Jenkinsfile.checkout": "groovy"}
ENV_OK_SUFFIX = ("example", "sample", "template", "dist")


def filetype(path):
    b = path.rsplit("/", 1)[-1]
    if b in SPECIAL_TYPES:
        return SPECIAL_TYPES[b]
    if b == ".env" or b.startswith(".env.") or ".env." in b:
        return "env"
    if b.startswith("envrc"):
        return "sh"
    if b.startswith("Dockerfile"):
        return "dockerfile"
    core = b.lstrip(".")
    if "." in core:
        return core.rsplit(".", 1)[1]
    return "txt"


def blocked_name(path):
    b = path.rsplit("/", 1)[-1]
    if b in (".env", ".envrc"):
        return True
    if b.startswith(".env."):
        return b.rsplit(".", 1)[1] not in ENV_OK_SUFFIX
    return False


def neg_path(path):
    if not blocked_name(path):
        return path
    d = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
    return d + ("envrc.example" if path.endswith(".envrc") else ".env.example")


# sanity patterns built from this generator's own formats (not from any scanner)
OWN_FORMATS = [re.compile(p) for p in (
    r"ATATT3xFfGF0[A-Za-z0-9_-]{120,}=[0-9A-F]{8}", r"ATCTT3xFfGN0[A-Za-z0-9_-]{120,}=[0-9A-F]{8}",
    r"ATBB[A-Za-z0-9]{24}[0-9A-F]{8}", r"ATTA[0-9a-f]{64}[0-9A-F]{8}",
    r"ATOA[A-Za-z0-9_-]{64}[0-9A-F]{8}", r"BBDC-[A-Za-z0-9+/]{44}",
    r"pro/hooks/[0-9a-f]{40}")]


def write(outdir, rel, body):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as fh:
        fh.write(body)


def round_robin(r, n, count):
    order = []
    while len(order) < count:
        idx = list(range(n))
        r.shuffle(idx)
        order.extend(idx)
    return order[:count]


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_id.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    assert len(POS) >= 60 and len(NEG) >= 40, (len(POS), len(NEG))
    r = random.Random(seed)
    manifest, secrets = [], []
    env_like = 0

    for i, ti in enumerate(round_robin(r, len(POS), 500)):
        t = POS[ti]
        c = Ctx(r)
        needle = t["gen"](r, c)
        path, body = t["fn"](r, c, Slot(needle))
        if not body.endswith("\n"):
            body += "\n"
        rel = "pos/p%04d/%s" % (i, path)
        lines = body.split("\n")
        line = next(k + 1 for k, ln in enumerate(lines) if needle in ln)
        assert needle in lines[line - 1], (rel, needle)
        assert body.index(needle) >= 0
        if blocked_name(path):
            env_like += 1
        write(outdir, rel, body)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"],
                         "kind": t["kind"], "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})
    assert env_like <= 25, env_like

    negs = []
    for ti in round_robin(r, len(POS), 250):
        t = POS[ti]
        c = Ctx(r)
        s = make_filler(r, t["prov"], c, t["provider"])
        path, body = t["fn"](r, c, s)
        negs.append((neg_path(path), body, t["provider"], t["kind"] + ":" + s.cat))
    for ti in round_robin(r, len(NEG), 250):
        t = NEG[ti]
        c = Ctx(r)
        path, body = t["fn"](r, c)
        negs.append((path, body, t["provider"], "lookalike:" + t["kind"]))
    r.shuffle(negs)
    for i, (path, body, provider, kind) in enumerate(negs):
        if not body.endswith("\n"):
            body += "\n"
        assert not blocked_name(path), path
        for pat in OWN_FORMATS:
            assert not pat.search(body), (path, pat.pattern)
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, body)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
