#!/usr/bin/env python3
"""Blind evaluation-set generator "nh": cloud workflow / orchestration / integration definitions.

EMPHASIS
    Workflow, orchestration and integration definitions as committed to infra repos:
    AWS Step Functions ASL (.asl.json, HTTP task / API Gateway / Lambda Parameters with inline
    headers and keys), SAM / CloudFormation (AWS::Events::Connection API_KEY / BASIC / OAUTH,
    AWS::Glue::Connection PASSWORD, AWS::DMS::Endpoint, AWS::AppFlow::ConnectorProfile),
    CDK (TypeScript / Python), Terraform (aws_cloudwatch_event_connection, aws_glue_connection,
    aws_dms_endpoint, azurerm_*, google_cloud_scheduler_job, google_composer_environment),
    boto3 scripts, Azure Logic Apps (workflow.json, connections.json, ARM, local.settings.json),
    Azure Data Factory / Synapse linked services (connectionString, servicePrincipalKey,
    SecureString password, sasUri), ARM / Bicep API connections (Microsoft.Web/connections),
    Google Cloud Workflows YAML (http.post with headers), Cloud Scheduler jobs, Cloud Composer /
    Airflow connections (AIRFLOW_CONN_* URIs, connections export, DAG operators),
    Argo Workflows / Argo Events, Tekton, Oracle Integration and MuleSoft (marginal),
    GitHub Actions / Azure Pipelines / shell / PowerShell glue.
    Secret kinds: third-party API keys and tokens (Stripe, SendGrid, GitHub, GitLab, Slack,
    Datadog, OpenAI, HubSpot, Shopify, Okta, Notion, Linear, Airtable, Google API key, APIM
    subscription keys, API Gateway keys), basic-auth and database passwords, OAuth client
    secrets (Google GOCSPX-, Entra ID client secrets, Salesforce consumer secrets), Azure
    storage / Service Bus / Event Hubs / Cosmos keys inside connection strings, SAS signatures,
    Logic Apps callback signatures, AWS secret access keys, webhook secrets, PEM private keys.

USAGE
    python3 -B gen_nh.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Standard library only, deterministic per SEED.

NEEDLE CONVENTIONS
    needle = the secret value exactly as written, without quotes. Prefixed keys keep their
    prefix (sk_live_, SG., ghp_, glpat-, xoxb-, GOCSPX-, shpat_, whsec_ ...). Header values:
    only the token (no "Bearer "/"SSWS "/"token "). Connection strings: only the key
    (AccountKey=, SharedAccessKey=, PWD=/Password= value). URLs with credentials
    (AIRFLOW_CONN_* URIs, JDBC URLs with userinfo): only the password. SAS URLs / Logic Apps
    callback URLs: the sig= value as written (URL-encoded). Slack incoming webhooks: the full
    URL. PEM private keys: the first base64 line of the body. Passwords: the password itself.
    line = 1-based line of the first occurrence (asserted).

NEGATIVES
    250 re-use positive templates with the secret slot holding a non-secret: placeholders
    (<your-api-key>, YOUR_API_KEY, xxxx, changeme, <Passwort>, <contraseña>, <mot-de-passe> ...),
    empty values, masked values, secret references of the domain's tools
    ({{resolve:secretsmanager:...}}, {{resolve:ssm-secure:...}}, @Microsoft.KeyVault(...),
    AzureKeyVaultSecret objects, [parameters('...')], @parameters('...'), ${sys.get_env(...)},
    googleapis.secretmanager results, $(params.x), {{workflow.parameters.x}}, ${{ secrets.X }},
    var.x, Jinja {{ var.value.x }}), documented example values (AWS wJalrXUtnFEMI/...EXAMPLEKEY,
    the Azurite/storage-emulator account key, Stripe docs sk_test_ key) and public values.
    250 are domain look-alikes without secrets: execution / state-machine / resource ARNs,
    Azure resource ids, GUIDs, ETags, Logic Apps run ids, Terraform lock hashes, image digests,
    git SHAs, SOPS / SealedSecret / KMS ciphertext, public certificates and SSH public keys,
    webhook signatures in fixtures, checksum files, base64 non-secret payloads, versions.
    No negative is written to a .env / .env.<stage> file.

FORMATS CHECKED (key formats from memory of providers' public docs / SDKs; layouts confirmed in
    the docs corpus: AWS CloudFormation AWS::Events::Connection AuthParameters / ApiKeyAuthParameters /
    ClientParameters pages, EventBridge CreateConnection API reference, Step Functions "Call HTTPS
    APIs" (arn:aws:states:::http:invoke, Authentication.ConnectionArn, JSONata {% %}), CDK HttpInvoke /
    events.Authorization pages, Azure Data Factory SDK docs (servicePrincipalKey is SecureString or
    AzureKeyVaultSecretReference))
    AWS secret access key 40 chars [A-Za-z0-9+/], access key id AKIA + 16 [A-Z2-7];
    Azure storage/Cosmos keys = base64 of 64 bytes (88 chars, '=='), Service Bus / Event Hubs
    SharedAccessKey = base64 of 32 bytes (44 chars); SAS sig = base64 HMAC-SHA256 (44 chars,
    URL-encoded); Logic Apps callback sig = 43 chars base64url; Entra ID client secrets
    3 chars + digit + 'Q~' + 34 chars [A-Za-z0-9_.~-] (40 total); GitHub ghp_ + 30 base62 +
    6-char base62 CRC32 checksum; GitLab glpat- + 20; Slack xoxb-<digits>-<digits>-<24>;
    Stripe sk_live_/rk_live_; SendGrid SG.<22>.<43>; Google API key AIza + 35; Google OAuth
    client secret GOCSPX- + 28; Okta API token 00 + 40; Shopify shpat_ + 32 hex; Datadog API
    key 32 hex; APIM subscription key 32 hex; API Gateway API key 40 alnum; Twilio auth token
    32 hex; Mailgun key- + 32 hex; Notion secret_ + 43; Airtable pat<14>.<64 hex>;
    HubSpot pat-na1-<uuid>; Stripe webhook secret whsec_ + 32.

DOUBTS
    Lengths guessed: Linear lin_api_ + 40, Salesforce consumer secret (64 hex upper), OpenAI
    legacy sk-<20>T3BlbkFJ<20>, Oracle/MuleSoft layouts approximate, Function keys (56 chars),
    Airtable pat body; Entra client secret layout (3 chars + digit + "Q~" + 34) and Logic Apps
    callback sig length are from memory of observed values, not from a spec. PEM bodies are random bytes under a realistic DER header, not real keys.
"""
import base64
import binascii
import hashlib
import json
import os
import random
import string
import sys
import urllib.parse

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


# ----------------------------------------------------------------------------- helpers
def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def hx(r, n):
    return rs(r, n, HEX)


def uuid4(r):
    h = "%032x" % r.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def acct(r):
    return str(r.randint(100000000000, 999999999999))


REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "ap-northeast-1", "sa-east-1", "ca-central-1"]
AZ_LOC = ["westeurope", "northeurope", "eastus", "eastus2", "uksouth", "germanywestcentral", "australiaeast", "francecentral"]
GCP_REG = ["europe-west1", "us-central1", "europe-west3", "asia-northeast1", "us-east4", "australia-southeast1"]
SVC = ["orders", "billing", "invoice-sync", "crm-export", "nightly-etl", "payments", "fulfilment", "kundendaten",
       "facturation", "pedidos", "inventory", "lead-router", "ledger", "shipment-tracker", "hr-onboarding", "ticket-bridge"]
ORGS = ["acme", "contoso", "fabrikam", "northwind", "globex", "initech", "tailspin", "wingtip", "litware", "adatum"]
USERS = ["svc_etl", "integration", "app_user", "adf_loader", "airflow", "dms_user", "glue_reader", "reporting",
         "sync_bot", "etl_writer", "admin_ops", "svc-logicapps", "datapipe", "api-consumer", "k.weber", "jmartin"]
WORDS = ["Falcon", "Orbit", "Maple", "Quartz", "Tiger", "Nebula", "Harbor", "Lumen", "Cobalt", "Sierra", "Kestrel",
         "Raven", "Pepper", "Bison", "Zephyr", "Sommer", "Sonne", "Lluvia", "Cielo", "Mare", "Sakura", "Nordlys",
         "Granit", "Piment", "Volcan", "Fjord", "Amber", "Cactus", "Marlin", "Otter"]
DBNAMES = ["warehouse", "sales", "crm", "analytics", "erp", "staging", "orders_db", "dwh", "reporting", "finance"]


_FIX = {}


def pick(r, seq):
    # keep service / org names mostly consistent inside one generated file
    if id(seq) in _FIX and r.random() < 0.8:
        return _FIX[id(seq)]
    return r.choice(seq)


def fix_names(r):
    _FIX.clear()
    _FIX[id(SVC)] = r.choice(SVC)
    _FIX[id(ORGS)] = r.choice(ORGS)


def password(r, urlsafe=False):
    sym = "-_.~!*" if urlsafe else "!-_.*+=~^@#%&?"
    st = r.randrange(5)
    if st == 0:
        w = pick(r, WORDS) + pick(r, WORDS)
        return w + str(r.randint(10, 9999)) + r.choice(sym) + rs(r, 2, ALNUM)
    if st == 1:
        n = r.randint(16, 28)
        while True:
            p = rs(r, n, ALNUM + sym)
            if (any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c.islower() for c in p)
                    and any(c in sym for c in p) and p[0] in ALNUM):
                return p
    if st == 2:
        while True:
            p = rs(r, r.randint(20, 32), ALNUM)
            if any(c.isdigit() for c in p) and any(c.isupper() for c in p):
                return p
    if st == 3:
        return pick(r, WORDS) + r.choice(sym) + rs(r, r.randint(8, 12), ALNUM) + str(r.randint(0, 9))
    leet = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"}
    w = "".join(leet.get(c, c) if r.random() < 0.5 else c for c in pick(r, WORDS).lower())
    return w.capitalize() + r.choice(sym) + str(r.randint(100, 99999)) + rs(r, 3, string.ascii_uppercase) + r.choice(sym)


# ----------------------------------------------------------------------------- secret formats
def g_aws_secret(r):
    return rs(r, 40, B64)


def g_aws_akid(r):
    return "AKIA" + rs(r, 16, string.ascii_uppercase + "234567")


def g_az_key64(r):
    return b64(r, 64)


def g_az_key32(r):
    return b64(r, 32)


def g_sas_sig(r):
    return urllib.parse.quote(b64(r, 32), safe="")


def g_la_sig(r):
    return rs(r, 43, B64URL)


def g_entra_secret(r):
    return rs(r, 3, ALNUM) + r.choice(string.digits) + "Q~" + rs(r, 34, ALNUM + "_.~-")


def _b62(n, width):
    s = ""
    while n:
        n, m = divmod(n, 62)
        s = B62[m] + s
    return s.rjust(width, "0")


def g_ghp(r, prefix="ghp_"):
    body = rs(r, 30, ALNUM)
    return prefix + body + _b62(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6)


def g_glpat(r):
    return "glpat-" + rs(r, 20, B64URL)


def g_xoxb(r):
    return "xoxb-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 11, 10 ** 13), rs(r, 24, ALNUM))


def g_slack_hook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, r.choice([8, 10]), string.ascii_uppercase + string.digits),
                                                            rs(r, r.choice([9, 10, 11]), string.ascii_uppercase + string.digits),
                                                            rs(r, 24, ALNUM))


def g_stripe(r):
    pre = r.choice(["sk_live_", "sk_live_", "rk_live_"])
    if r.random() < 0.5:
        return pre + rs(r, 24, ALNUM)
    return pre + "51" + rs(r, 97, ALNUM)


def g_sendgrid(r):
    return "SG." + rs(r, 22, B64URL) + "." + rs(r, 43, B64URL)


def g_google_key(r):
    return "AIza" + rs(r, 35, B64URL)


def g_gocspx(r):
    return "GOCSPX-" + rs(r, 28, B64URL)


def g_okta(r):
    return "00" + rs(r, 40, B64URL)


def g_shpat(r):
    return "shpat_" + hx(r, 32)


def g_hex32(r):
    return hx(r, 32)


def g_alnum40(r):
    return rs(r, 40, ALNUM)


def g_openai(r):
    return "sk-" + rs(r, 20, ALNUM) + "T3BlbkFJ" + rs(r, 20, ALNUM)


def g_hubspot(r):
    return "pat-" + r.choice(["na1", "eu1", "na2"]) + "-" + uuid4(r)


def g_notion(r):
    return "secret_" + rs(r, 43, ALNUM)


def g_linear(r):
    return "lin_api_" + rs(r, 40, ALNUM)


def g_airtable(r):
    return "pat" + rs(r, 14, ALNUM) + "." + hx(r, 64)


def g_generic_key(r):
    return rs(r, r.choice([32, 36, 40, 48]), ALNUM)


def g_mailgun(r):
    return "key-" + hx(r, 32)


def g_whsec(r):
    return "whsec_" + rs(r, 32, ALNUM)


def g_sf_secret(r):
    return hx(r, 64).upper()


def g_func_key(r):
    return rs(r, 54, B64URL) + "=="


def g_pem_rsa(r):
    """Return (pem_text_lines, first_body_line)."""
    der = bytes.fromhex("308204a40201000282010100") + bytes([0xc0 | r.getrandbits(6)]) + rbytes(r, 1179)
    body = base64.b64encode(der).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return ["-----BEGIN RSA PRIVATE KEY-----"] + lines + ["-----END RSA PRIVATE KEY-----"], lines[0]


def g_pem_pkcs8(r):
    der = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100") + \
        bytes([0xc0 | r.getrandbits(6)]) + rbytes(r, 1176)
    body = base64.b64encode(der).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return ["-----BEGIN PRIVATE KEY-----"] + lines + ["-----END PRIVATE KEY-----"], lines[0]


# third-party APIs called from workflows: (provider, kind, gen, header, scheme, url)
APIS = [
    ("stripe", "api_key", g_stripe, "Authorization", "Bearer", "https://api.stripe.com/v1/payment_intents"),
    ("sendgrid", "api_key", g_sendgrid, "Authorization", "Bearer", "https://api.sendgrid.com/v3/mail/send"),
    ("github", "pat", g_ghp, "Authorization", "token", "https://api.github.com/repos/{org}/{svc}/dispatches"),
    ("gitlab", "pat", g_glpat, "PRIVATE-TOKEN", None, "https://gitlab.com/api/v4/projects/{num}/pipeline"),
    ("slack", "bot_token", g_xoxb, "Authorization", "Bearer", "https://slack.com/api/chat.postMessage"),
    ("datadog", "api_key", g_hex32, "DD-API-KEY", None, "https://api.datadoghq.eu/api/v2/series"),
    ("openai", "api_key", g_openai, "Authorization", "Bearer", "https://api.openai.com/v1/chat/completions"),
    ("hubspot", "private_app_token", g_hubspot, "Authorization", "Bearer", "https://api.hubapi.com/crm/v3/objects/contacts"),
    ("shopify", "access_token", g_shpat, "X-Shopify-Access-Token", None, "https://{org}-store.myshopify.com/admin/api/2024-01/orders.json"),
    ("azure_apim", "subscription_key", g_hex32, "Ocp-Apim-Subscription-Key", None, "https://{org}-apim.azure-api.net/{svc}/v1/events"),
    ("aws_apigateway", "api_key", g_alnum40, "x-api-key", None, "https://{apiid}.execute-api.eu-west-1.amazonaws.com/prod/{svc}"),
    ("okta", "api_token", g_okta, "Authorization", "SSWS", "https://{org}.okta.com/api/v1/users"),
    ("google", "api_key", g_google_key, "X-Goog-Api-Key", None, "https://routes.googleapis.com/directions/v2:computeRoutes"),
    ("notion", "integration_token", g_notion, "Authorization", "Bearer", "https://api.notion.com/v1/pages"),
    ("linear", "api_key", g_linear, "Authorization", None, "https://api.linear.app/graphql"),
    ("airtable", "pat", g_airtable, "Authorization", "Bearer", "https://api.airtable.com/v0/app{num}/Orders"),
    ("generic", "api_key", g_generic_key, "X-API-Key", None, "https://api.{org}-partner.com/v2/{svc}"),
]

EXAMPLE_VALUES = {
    "aws": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "azkey": ["Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="],
    "stripe": ["sk_test_4eC39HqLyjWDarjtT1zdp7dc"],
}

PLACEHOLDERS = ["<your-api-key>", "YOUR_API_KEY", "xxxxxxxxxxxxxxxxxxxxxxxx", "changeme", "", "****", "********",
                "[REDACTED]", "REPLACE_ME", "TODO-set-in-pipeline", "<Passwort>", "<contraseña>", "<mot-de-passe>",
                "<secret>", "dummy", "__SECRET__", "ADD_KEY_HERE", "<tu-clave-api>", "<ihr-api-schluessel>", "redacted",
                "${API_KEY}", "#{ApiKey}#", "__API_KEY__", "xxxx-xxxx-xxxx", "<REPLACE WITH KEY>"]
URL_PLACEHOLDERS = ["PASSWORD", "changeme", "xxxxxx", "%3Cpassword%3E", "****", "REDACTED", "password_here", "PASSWORT"]

REFS = {
    "cfn": ["{{{{resolve:secretsmanager:{env}/{svc}:SecretString:{camel}}}}}", "{{{{resolve:ssm-secure:/{env}/{svc}/{snake}:1}}}}",
            "{{{{resolve:secretsmanager:arn:aws:secretsmanager:{region}:{acct}:secret:{svc}-{rnd}:SecretString:{snake}}}}}"],
    "arm": ["[parameters('{camel}')]", "[reference(resourceId('Microsoft.KeyVault/vaults/secrets', 'kv-{svc}', '{kebab}')).secretUri]",
            "[listKeys(resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName')), '2023-01-01').keys[0].value]"],
    "logic": ["@parameters('{camel}')", "@appsetting('{NM}')", "@Microsoft.KeyVault(SecretUri=https://kv-{svc}.vault.azure.net/secrets/{kebab}/)",
              "@{{body('Get_secret')?['value']}}"],
    "adf": ["@{{linkedService().{camel}}}", "@pipeline().parameters.{camel}", "@{{activity('GetSecret').output.value}}"],
    "gcp": ["${{{snake}}}", "${{sys.get_env(\"{NM}\")}}", "${{secret_{snake}}}"],
    "tf": ["${{var.{snake}}}", "${{data.aws_secretsmanager_secret_version.{snake}.secret_string}}", "${{random_password.{snake}.result}}",
           "${{data.azurerm_key_vault_secret.{snake}.value}}", "${{data.google_secret_manager_secret_version.{snake}.secret_data}}"],
    "airflow": ["{{{{ var.value.{snake} }}}}", "{{{{ conn.{svc_}.password }}}}"],
    "k8s": ["$({NM})", "${{{NM}}}"],
    "argo": ["{{{{workflow.parameters.{kebab}}}}}", "{{{{inputs.parameters.{kebab}}}}}"],
    "tekton": ["$(params.{kebab})"],
    "gha": ["${{{{ secrets.{NM} }}}}"],
    "ado": ["$({camel})", "$({NM})"],
    "py": ["${{{NM}}}", "%({NM})s"],
    "sh": ["${{{NM}}}", "$({NM})", "{{{{ {snake} }}}}"],
    "ts": ["${{process.env.{NM}}}", "${{{NM}}}"],
    "mule": ["${{secure::{dotted}}}", "${{{dotted}}}"],
    "asl": ["{{% $states.input.{camel} %}}", "{{% $credentials.{camel} %}}"],
}


def ref_value(r, ctx, provider="partner", kind="api_key"):
    prov = (provider or "partner").replace("eventbridge_", "").replace("azure_", "")
    k = kind or "secret"
    parts = [p for p in (prov + "_" + k).replace("-", "_").split("_") if p]
    if r.random() < 0.3:
        parts = parts[-2:]
    snake = "_".join(parts).lower()
    f = dict(snake=snake, NM=snake.upper(), kebab=snake.replace("_", "-"), dotted=snake.replace("_", "."),
             camel=parts[0].lower() + "".join(p.title() for p in parts[1:]), env=r.choice(["prod", "dev", "stage", "shared"]),
             svc=pick(r, SVC), svc_=pick(r, SVC).replace("-", "_"), region=pick(r, REGIONS), acct=acct(r), rnd=rs(r, 6, ALNUM))
    pats = REFS.get(ctx, REFS["sh"])
    if "listKeys" in pats[-1] and k != "account_key":
        pats = pats[:-1]
    return r.choice(pats).format(**f)


def neg_value(r, ctx, ex=None, url=False, provider=None, kind=None):
    x = r.random()
    if url:
        return r.choice(URL_PLACEHOLDERS)
    if ex and x < 0.15:
        return r.choice(EXAMPLE_VALUES[ex])
    if x < 0.55:
        return r.choice(PLACEHOLDERS)
    return ref_value(r, ctx, provider, kind)


class Ctx:
    def __init__(self, r, mode):
        self.r = r
        self.mode = mode
        self.needle = None
        self.provider = None
        self.kind = None

    @property
    def pos(self):
        return self.mode == "pos"

    def s(self, gen, provider, kind, ctx="sh", ex=None, url=False):
        """secret slot"""
        if self.provider is None:
            self.provider, self.kind = provider, kind
        if self.pos:
            v = gen(self.r)
            self.needle = v
            return v
        return neg_value(self.r, ctx, ex, url, provider, kind)

    def pw(self, provider, ctx="sh", urlsafe=False, url=False, kind="password"):
        return self.s(lambda r: password(r, urlsafe or url), provider, kind, ctx, url=url)

    def api(self, ctx="sh", hdr_only=False):
        """returns (provider, header, full header value, url) for a third party API"""
        r = self.r
        prov, kind, gen, hdr, scheme, url = r.choice(APIS)
        tok = self.s(gen, prov, kind, ctx, ex="stripe" if prov == "stripe" else None)
        val = (scheme + " " + tok) if (scheme and tok) else tok
        if scheme and tok and not self.pos:
            if tok.startswith("{%") and tok.endswith("%}"):
                val = "{%% '%s ' & %s %%}" % (scheme, tok[2:-2].strip())
            elif tok.startswith("[") and tok.endswith("]") and "(" in tok:
                val = "[concat('%s ', %s)]" % (scheme, tok[1:-1])
            elif tok.startswith("@") and not tok.startswith("@{") and "(" in tok and not tok.startswith("@Microsoft"):
                val = "%s @{%s}" % (scheme, tok[1:])
        url = url.format(org=pick(r, ORGS), svc=pick(r, SVC), num=r.randint(1000, 99999999),
                         apiid=rs(r, 10, LOWER_ALNUM))
        return prov, hdr, val, url


def hdr_lines(r, n_extra=2):
    pool = [("Content-Type", "application/json"), ("Accept", "application/json"),
            ("X-Correlation-Id", "wf-" + rs(r, 8, LOWER_ALNUM)), ("User-Agent", "%s-orchestrator/1.%d" % (pick(r, SVC), r.randint(0, 9)))]
    r.shuffle(pool)
    return pool[:n_extra]


# ============================================================================ POSITIVE-SLOT TEMPLATES
TEMPLATES = []


def T(fn):
    TEMPLATES.append(fn)
    return fn


def sm_name(r):
    return pick(r, SVC).replace("-", "_").title().replace("_", "") + r.choice(["Workflow", "StateMachine", "Pipeline", "Sync", "Flow"])


def lambda_arn(r, region, account, name=None):
    return "arn:aws:lambda:%s:%s:function:%s" % (region, account, name or (pick(r, SVC) + "-" + r.choice(["handler", "transform", "notify", "validate"])))


def dump(obj, r):
    return json.dumps(obj, indent=r.choice([2, 2, 4]), ensure_ascii=False) + "\n"


@T
def t_asl_http_task(c):
    r = c.r
    prov, hdr, val, url = c.api("asl")
    region, account = pick(r, REGIONS), acct(r)
    headers = dict(hdr_lines(r, r.randint(0, 2)))
    headers[hdr] = val
    conn = "arn:aws:events:%s:%s:connection/%s-conn/%s" % (region, account, prov, uuid4(r))
    states = {}
    if r.random() < 0.5:
        states["Validate"] = {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                              "Parameters": {"FunctionName": lambda_arn(r, region, account), "Payload.$": "$"},
                              "ResultPath": "$.validation", "Next": "CallPartner"}
    states["CallPartner"] = {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
                             "Parameters": {"ApiEndpoint": url, "Method": r.choice(["POST", "PUT"]),
                                            "Authentication": {"ConnectionArn": conn},
                                            "Headers": headers, "RequestBody.$": "$.body"},
                             "Retry": [{"ErrorEquals": ["States.Http.StatusCode.429"], "IntervalSeconds": 2, "MaxAttempts": 3, "BackoffRate": 2.0}],
                             "End": True}
    d = {"Comment": "%s -> %s" % (pick(r, SVC), prov), "StartAt": next(iter(states)), "States": states}
    return "statemachines/%s.asl.json" % pick(r, SVC), dump(d, r)


@T
def t_asl_apigw(c):
    r = c.r
    key = c.s(g_alnum40, "aws_apigateway", "api_key", "asl")
    d = {"StartAt": "Invoke" + pick(r, ["Ingest", "Orders", "Partner"]), "States": {}}
    st = {"Type": "Task", "Resource": "arn:aws:states:::apigateway:invoke",
          "Parameters": {"ApiEndpoint": "%s.execute-api.%s.amazonaws.com" % (rs(r, 10, LOWER_ALNUM), pick(r, REGIONS)),
                         "Method": "POST", "Stage": r.choice(["prod", "v1", "live"]), "Path": "/" + pick(r, SVC),
                         "Headers": {"x-api-key": [key], "Content-Type": ["application/json"]},
                         "RequestBody.$": "$.payload", "AuthType": "NO_AUTH"},
          "ResultSelector": {"status.$": "$.StatusCode"}, "End": True}
    d["States"][d["StartAt"]] = st
    return r.choice(["statemachine/definition.asl.json", "src/stepfunctions/%s.asl.json" % pick(r, SVC)]), dump(d, r)


@T
def t_asl_lambda_payload(c):
    r = c.r
    region, account = pick(r, REGIONS), acct(r)
    kindc = r.random()
    if kindc < 0.5:
        v = c.s(g_sendgrid, "sendgrid", "api_key", "asl")
        payload = {"template_id": "d-" + hx(r, 32), "sendgridApiKey": v, "to.$": "$.customer.email"}
    elif kindc < 0.75:
        v = c.s(g_hex32, "twilio", "auth_token", "asl")
        payload = {"accountSid": "AC" + hx(r, 32), "authToken": v, "from": "+1415555%04d" % r.randint(0, 9999), "body.$": "$.message"}
    else:
        v = c.s(g_mailgun, "mailgun", "api_key", "asl")
        payload = {"domain": "mg.%s.com" % pick(r, ORGS), "mailgun_api_key": v, "recipient.$": "$.email"}
    d = {"Comment": "Notification flow", "StartAt": "Notify", "States": {
        "Notify": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                   "Parameters": {"FunctionName": lambda_arn(r, region, account, "notify-" + pick(r, SVC)), "Payload": payload},
                   "OutputPath": "$.Payload", "Next": "Done"},
        "Done": {"Type": "Succeed"}}}
    return "workflows/%s/notify.asl.json" % pick(r, SVC), dump(d, r)


@T
def t_sam_statemachine_subst(c):
    r = c.r
    prov, hdr, val, url = c.api("cfn")
    name = sm_name(r)
    txt = f"""AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: {pick(r, SVC)} orchestration

Resources:
  {name}:
    Type: AWS::Serverless::StateMachine
    Properties:
      DefinitionUri: statemachine/{pick(r, SVC)}.asl.json
      DefinitionSubstitutions:
        PartnerEndpoint: {url}
        PartnerAuthHeader: "{val}"
        EventBusName: !Ref OrdersBus
      Policies:
        - LambdaInvokePolicy:
            FunctionName: !Ref NotifyFunction
      Tracing:
        Enabled: true

  OrdersBus:
    Type: AWS::Events::EventBus
    Properties:
      Name: {pick(r, SVC)}-bus
"""
    return "template.yaml", txt


@T
def t_cfn_conn_apikey_yaml(c):
    r = c.r
    prov, hdr, val, url = c.api("cfn")
    tok = val.split(" ", 1)[1] if " " in val and c.pos else val
    if c.pos and " " in val:
        tok = c.needle
    hname = hdr if r.random() < 0.5 else "x-api-key"
    txt = f"""Resources:
  {pick(r, ORGS).title()}Connection:
    Type: AWS::Events::Connection
    Properties:
      Name: {prov}-{pick(r, SVC)}
      Description: API key connection used by the {pick(r, SVC)} API destination
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: {hname}
          ApiKeyValue: '{tok}'

  PartnerDestination:
    Type: AWS::Events::ApiDestination
    Properties:
      ConnectionArn: !GetAtt {pick(r, ORGS).title()}Connection.Arn
      HttpMethod: POST
      InvocationEndpoint: {url}
      InvocationRateLimitPerSecond: {r.choice([1, 5, 10, 20])}
"""
    return r.choice(["infra/eventbridge.yaml", "cloudformation/api-destination.yml", "template.yaml"]), txt


@T
def t_cfn_conn_basic_json(c):
    r = c.r
    user = pick(r, USERS)
    pw = c.pw("eventbridge_basic_auth", "cfn", kind="basic_auth_password")
    d = {"AWSTemplateFormatVersion": "2010-09-09", "Resources": {
        "WebhookConnection": {"Type": "AWS::Events::Connection", "Properties": {
            "Name": "%s-basic" % pick(r, SVC), "AuthorizationType": "BASIC",
            "AuthParameters": {"BasicAuthParameters": {"Username": user, "Password": pw}}}},
        "WebhookDestination": {"Type": "AWS::Events::ApiDestination", "Properties": {
            "ConnectionArn": {"Fn::GetAtt": ["WebhookConnection", "Arn"]}, "HttpMethod": "POST",
            "InvocationEndpoint": "https://hooks.%s.io/events/%s" % (pick(r, ORGS), pick(r, SVC))}}}}
    return "cfn/eventbridge-%s.template.json" % pick(r, SVC), dump(d, r)


@T
def t_cfn_conn_oauth(c):
    r = c.r
    x = r.random()
    if x < 0.4:
        sec = c.s(g_gocspx, "google", "oauth_client_secret", "cfn")
        cid = "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12), rs(r, 32, LOWER_ALNUM))
        ep = "https://oauth2.googleapis.com/token"
    elif x < 0.7:
        sec = c.s(g_sf_secret, "salesforce", "consumer_secret", "cfn")
        cid = "3MVG9" + rs(r, 80, ALNUM + "._")
        ep = "https://%s.my.salesforce.com/services/oauth2/token" % pick(r, ORGS)
    else:
        sec = c.s(g_entra_secret, "azure_ad", "client_secret", "cfn")
        cid = uuid4(r)
        ep = "https://login.microsoftonline.com/%s/oauth2/v2.0/token" % uuid4(r)
    txt = f"""  # OAuth client-credentials connection for the {pick(r, SVC)} API destination
  PartnerOAuthConnection:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: OAUTH_CLIENT_CREDENTIALS
      AuthParameters:
        OAuthParameters:
          AuthorizationEndpoint: {ep}
          HttpMethod: POST
          ClientParameters:
            ClientID: {cid}
            ClientSecret: "{sec}"
          OAuthHttpParameters:
            BodyParameters:
              - Key: grant_type
                Value: client_credentials
                IsValueSecret: false
"""
    head = "AWSTemplateFormatVersion: '2010-09-09'\nDescription: EventBridge OAuth connection\nResources:\n"
    return "deploy/cfn/oauth-connection.yaml", head + txt


@T
def t_tf_event_connection(c):
    r = c.r
    v = r.random()
    name = pick(r, SVC).replace("-", "_")
    if v < 0.4:
        prov, hdr, val, url = c.api("tf")
        tok = c.needle if c.pos else val
        auth = f"""  authorization_type = "API_KEY"
  auth_parameters {{
    api_key {{
      key   = "{hdr if r.random() < .5 else 'x-api-key'}"
      value = "{tok}"
    }}
  }}"""
    elif v < 0.7:
        pw = c.pw("eventbridge_basic_auth", "tf", kind="basic_auth_password")
        auth = f"""  authorization_type = "BASIC"
  auth_parameters {{
    basic {{
      username = "{pick(r, USERS)}"
      password = "{pw}"
    }}
  }}"""
    else:
        sec = c.s(g_entra_secret, "azure_ad", "client_secret", "tf")
        auth = f"""  authorization_type = "OAUTH_CLIENT_CREDENTIALS"
  auth_parameters {{
    oauth {{
      authorization_endpoint = "https://login.microsoftonline.com/{uuid4(r)}/oauth2/v2.0/token"
      http_method            = "POST"
      client_parameters {{
        client_id     = "{uuid4(r)}"
        client_secret = "{sec}"
      }}
      oauth_http_parameters {{
        body {{
          key             = "scope"
          value           = "api://{uuid4(r)}/.default"
          is_value_secret = false
        }}
      }}
    }}
  }}"""
    txt = f"""resource "aws_cloudwatch_event_connection" "{name}" {{
  name               = "{name}-connection"
  description        = "Connection for {name} API destination"
{auth}
}}

resource "aws_cloudwatch_event_api_destination" "{name}" {{
  name                             = "{name}-destination"
  invocation_endpoint              = "https://api.{pick(r, ORGS)}.com/webhooks/{name}"
  http_method                      = "POST"
  invocation_rate_limit_per_second = {r.choice([5, 10, 50])}
  connection_arn                   = aws_cloudwatch_event_connection.{name}.arn
}}
"""
    return r.choice(["terraform/eventbridge.tf", "modules/api-destination/main.tf", "infra/%s.tf" % name]), txt


@T
def t_cdk_ts_connection(c):
    r = c.r
    prov, hdr, val, url = c.api("ts")
    tok = c.needle if c.pos else val
    cls = sm_name(r) + "Stack"
    txt = f"""import * as cdk from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import {{ Construct }} from 'constructs';

export class {cls} extends cdk.Stack {{
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {{
    super(scope, id, props);

    // TODO move to Secrets Manager before go-live
    const connection = new events.Connection(this, '{prov.title()}Connection', {{
      authorization: events.Authorization.apiKey('{hdr}', cdk.SecretValue.unsafePlainText('{tok}')),
      description: '{prov} connection',
    }});

    const destination = new events.ApiDestination(this, 'Destination', {{
      connection,
      endpoint: '{url}',
      httpMethod: events.HttpMethod.POST,
    }});

    new events.Rule(this, 'ForwardRule', {{
      eventPattern: {{ source: ['{pick(r, ORGS)}.{pick(r, SVC)}'] }},
      targets: [new targets.ApiDestination(destination)],
    }});
  }}
}}
"""
    return "lib/%s-stack.ts" % pick(r, SVC), txt


@T
def t_cdk_py_oauth(c):
    r = c.r
    sec = c.s(g_gocspx if r.random() < 0.5 else g_entra_secret, "oauth", "client_secret", "py")
    if c.pos:
        c.provider = "google" if sec.startswith("GOCSPX-") else "azure_ad"
    txt = f"""from aws_cdk import Stack, SecretValue
from aws_cdk import aws_events as events
from constructs import Construct


class {sm_name(r)}Stack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        conn = events.Connection(
            self,
            "OAuthConnection",
            authorization=events.Authorization.oauth(
                authorization_endpoint="https://auth.{pick(r, ORGS)}.com/oauth2/token",
                client_id="{uuid4(r)}",
                client_secret=SecretValue.unsafe_plain_text("{sec}"),
                http_method=events.HttpMethod.POST,
            ),
        )
        events.ApiDestination(
            self,
            "Dest",
            connection=conn,
            endpoint="https://api.{pick(r, ORGS)}.com/v1/{pick(r, SVC)}",
        )
"""
    return "stacks/%s_stack.py" % pick(r, SVC).replace("-", "_"), txt


@T
def t_cfn_glue_conn(c):
    r = c.r
    pw = c.pw(r.choice(["postgres", "mysql", "sqlserver", "oracle"]), "cfn", kind="database_password")
    prov = c.provider
    port = {"postgres": 5432, "mysql": 3306, "sqlserver": 1433, "oracle": 1521}[prov]
    jdbc = {"postgres": "jdbc:postgresql://%s:%d/%s", "mysql": "jdbc:mysql://%s:%d/%s",
            "sqlserver": "jdbc:sqlserver://%s:%d;databaseName=%s", "oracle": "jdbc:oracle:thin://@%s:%d/%s"}[prov]
    host = "%s-db.%s.%s.rds.amazonaws.com" % (pick(r, SVC), rs(r, 12, LOWER_ALNUM), pick(r, REGIONS))
    txt = f"""  GlueJdbcConnection:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: !Ref AWS::AccountId
      ConnectionInput:
        Name: {pick(r, DBNAMES)}-jdbc
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: {jdbc % (host, port, pick(r, DBNAMES))}
          USERNAME: {pick(r, USERS)}
          PASSWORD: "{pw}"
          JDBC_ENFORCE_SSL: "true"
        PhysicalConnectionRequirements:
          AvailabilityZone: {pick(r, REGIONS)}a
          SecurityGroupIdList:
            - sg-{hx(r, 17)}
          SubnetId: subnet-{hx(r, 17)}
"""
    pre = "AWSTemplateFormatVersion: 2010-09-09\nDescription: Glue catalog + connections\nResources:\n"
    if r.random() < 0.5:
        pre += f"""  GlueDatabase:
    Type: AWS::Glue::Database
    Properties:
      CatalogId: !Ref AWS::AccountId
      DatabaseInput:
        Name: {pick(r, DBNAMES)}_raw
"""
    return "glue/connections.yaml", pre + txt


@T
def t_tf_glue_conn(c):
    r = c.r
    pw = c.pw("redshift" if r.random() < .5 else "postgres", "tf", kind="database_password")
    host = "%s.%s.%s.redshift.amazonaws.com" % (pick(r, SVC), rs(r, 12, LOWER_ALNUM), pick(r, REGIONS))
    txt = f"""resource "aws_glue_connection" "{pick(r, DBNAMES)}" {{
  name = "{pick(r, DBNAMES)}-connection"

  connection_properties = {{
    JDBC_CONNECTION_URL = "jdbc:redshift://{host}:5439/{pick(r, DBNAMES)}"
    USERNAME            = "{pick(r, USERS)}"
    PASSWORD            = "{pw}"
  }}

  physical_connection_requirements {{
    availability_zone      = "{pick(r, REGIONS)}b"
    security_group_id_list = [aws_security_group.glue.id]
    subnet_id              = aws_subnet.private_a.id
  }}
}}
"""
    return r.choice(["terraform/glue.tf", "modules/glue/connections.tf"]), txt


@T
def t_glue_script(c):
    r = c.r
    pw = c.pw("postgres", "py", kind="database_password")
    txt = f"""import sys
from awsglue.utils import getResolvedOptions
from awsglue.context import GlueContext
from pyspark.context import SparkContext

args = getResolvedOptions(sys.argv, ["JOB_NAME"])
glueContext = GlueContext(SparkContext.getOrCreate())

connection_options = {{
    "url": "jdbc:postgresql://{pick(r, SVC)}.{rs(r, 12, LOWER_ALNUM)}.{pick(r, REGIONS)}.rds.amazonaws.com:5432/{pick(r, DBNAMES)}",
    "dbtable": "public.{pick(r, DBNAMES)}",
    "user": "{pick(r, USERS)}",
    "password": "{pw}",
}}

dyf = glueContext.create_dynamic_frame.from_options(
    connection_type="postgresql", connection_options=connection_options
)
glueContext.write_dynamic_frame.from_options(
    frame=dyf,
    connection_type="s3",
    connection_options={{"path": "s3://{pick(r, ORGS)}-datalake/raw/{pick(r, DBNAMES)}/"}},
    format="parquet",
)
"""
    return "glue/jobs/%s_extract.py" % pick(r, DBNAMES), txt


@T
def t_cfn_dms_endpoint(c):
    r = c.r
    eng = r.choice(["postgres", "mysql", "sqlserver", "oracle", "aurora"])
    pw = c.pw(eng, "cfn", kind="database_password")
    d = {"Resources": {"SourceEndpoint": {"Type": "AWS::DMS::Endpoint", "Properties": {
        "EndpointType": "source", "EngineName": eng, "ServerName": "%s.%s.internal" % (pick(r, DBNAMES), pick(r, ORGS)),
        "Port": {"postgres": 5432, "mysql": 3306, "sqlserver": 1433, "oracle": 1521, "aurora": 3306}[eng],
        "DatabaseName": pick(r, DBNAMES), "Username": pick(r, USERS), "Password": pw, "SslMode": "require"}},
        "TargetEndpoint": {"Type": "AWS::DMS::Endpoint", "Properties": {
            "EndpointType": "target", "EngineName": "s3",
            "S3Settings": {"BucketName": "%s-dms-landing" % pick(r, ORGS),
                           "ServiceAccessRoleArn": "arn:aws:iam::%s:role/dms-s3-access" % acct(r)}}}}}
    return "dms/endpoints.json", dump(d, r)


@T
def t_tf_dms(c):
    r = c.r
    pw = c.pw("mysql", "tf", kind="database_password")
    txt = f"""resource "aws_dms_endpoint" "source" {{
  endpoint_id   = "{pick(r, DBNAMES)}-source"
  endpoint_type = "source"
  engine_name   = "mysql"
  server_name   = "{pick(r, SVC)}-mysql.{pick(r, ORGS)}.local"
  port          = 3306
  username      = "{pick(r, USERS)}"
  password      = "{pw}"
  ssl_mode      = "none"

  tags = {{
    Team = "{pick(r, ORGS)}-data"
  }}
}}
"""
    if r.random() < 0.5:
        txt = f"""provider "aws" {{
  region = "{pick(r, REGIONS)}"
}}

""" + txt
    return "dms/main.tf", txt


@T
def t_cli_dms_json(c):
    r = c.r
    pw = c.pw("sqlserver", "sh", kind="database_password")
    d = {"EndpointIdentifier": "%s-mssql-src" % pick(r, SVC), "EndpointType": "source", "EngineName": "sqlserver",
         "Username": pick(r, USERS), "Password": pw, "ServerName": "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
         "Port": 1433, "DatabaseName": pick(r, DBNAMES), "SslMode": "require",
         "Tags": [{"Key": "owner", "Value": pick(r, USERS)}]}
    return "scripts/dms/create-endpoint.json", dump(d, r)


@T
def t_cfn_appflow(c):
    r = c.r
    x = r.random()
    if x < 0.5:
        sec = c.s(g_generic_key, "zendesk", "oauth_client_secret", "cfn")
        creds = f"""        Zendesk:
          ClientId: {pick(r, ORGS)}-appflow
          ClientSecret: '{sec}'
          AccessToken: !Ref ZendeskAccessToken"""
        props = f"""        Zendesk:
          InstanceUrl: https://{pick(r, ORGS)}.zendesk.com"""
        ctype = "Zendesk"
    else:
        pw = c.pw("servicenow", "cfn", kind="basic_auth_password")
        creds = f"""        ServiceNow:
          Username: {pick(r, USERS)}
          Password: '{pw}'"""
        props = f"""        ServiceNow:
          InstanceUrl: https://{pick(r, ORGS)}.service-now.com"""
        ctype = "Servicenow"
    txt = f"""Resources:
  AppFlowProfile:
    Type: AWS::AppFlow::ConnectorProfile
    Properties:
      ConnectorProfileName: {pick(r, SVC)}-{ctype.lower()}
      ConnectorType: {ctype}
      ConnectionMode: Public
      ConnectorProfileConfig:
        ConnectorProfileCredentials:
{creds}
        ConnectorProfileProperties:
{props}
"""
    return "appflow/connector-profile.yaml", txt


@T
def t_sam_env(c):
    r = c.r
    x = r.random()
    if x < 0.3:
        v = c.s(g_hex32, "twilio", "auth_token", "cfn"); nm = "TWILIO_AUTH_TOKEN"
        extra = "          TWILIO_ACCOUNT_SID: AC%s\n" % hx(r, 32)
    elif x < 0.6:
        v = c.s(g_slack_hook, "slack", "webhook_url", "cfn"); nm = "SLACK_WEBHOOK_URL"; extra = ""
    else:
        prov, hdr, val, url = c.api("cfn")
        v = c.needle if c.pos else val
        nm = prov.upper() + "_API_KEY"; extra = "          %s_BASE_URL: %s\n" % (prov.upper(), url)
    txt = f"""AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31

Globals:
  Function:
    Runtime: python3.12
    Timeout: 30

Resources:
  NotifyFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      CodeUri: functions/notify/
      Environment:
        Variables:
          STAGE: {r.choice(['prod', 'dev', 'staging'])}
{extra}          {nm}: "{v}"
      Events:
        StepFnEvent:
          Type: EventBridgeRule
          Properties:
            Pattern:
              source: ["aws.states"]
              detail-type: ["Step Functions Execution Status Change"]
"""
    return "template.yaml", txt


@T
def t_cli_events_conn_json(c):
    r = c.r
    prov, hdr, val, url = c.api("sh")
    tok = c.needle if c.pos else val
    d = {"Name": "%s-%s" % (prov, pick(r, SVC)), "AuthorizationType": "API_KEY",
         "AuthParameters": {"ApiKeyAuthParameters": {"ApiKeyName": hdr, "ApiKeyValue": tok}}}
    return "scripts/eventbridge/connection-%s.json" % prov, dump(d, r)


@T
def t_boto3_connection(c):
    r = c.r
    pw = c.pw("eventbridge_basic_auth", "py", kind="basic_auth_password")
    txt = f"""#!/usr/bin/env python3
\"\"\"Create the EventBridge connection + API destination for {pick(r, SVC)}.\"\"\"
import boto3

events = boto3.client("events", region_name="{pick(r, REGIONS)}")

resp = events.create_connection(
    Name="{pick(r, SVC)}-basic",
    AuthorizationType="BASIC",
    AuthParameters={{
        "BasicAuthParameters": {{
            "Username": "{pick(r, USERS)}",
            "Password": "{pw}",
        }}
    }},
)
print(resp["ConnectionArn"])

events.create_api_destination(
    Name="{pick(r, SVC)}-dest",
    ConnectionArn=resp["ConnectionArn"],
    InvocationEndpoint="https://erp.{pick(r, ORGS)}.de/api/webhook",
    HttpMethod="POST",
)
"""
    return "scripts/create_connection.py", txt


@T
def t_sfn_start_exec_js(c):
    r = c.r
    prov, hdr, val, url = c.api("ts")
    tok = c.needle if c.pos else val
    txt = f"""const {{ SFNClient, StartExecutionCommand }} = require('@aws-sdk/client-sfn');

const client = new SFNClient({{ region: '{pick(r, REGIONS)}' }});
const STATE_MACHINE_ARN = 'arn:aws:states:{pick(r, REGIONS)}:{acct(r)}:stateMachine:{sm_name(r)}';

async function kickOff(orderId) {{
  const input = {{
    orderId,
    partner: {{
      url: '{url}',
      apiKey: '{tok}',
    }},
  }};
  const out = await client.send(new StartExecutionCommand({{
    stateMachineArn: STATE_MACHINE_ARN,
    input: JSON.stringify(input),
  }}));
  return out.executionArn;
}}

module.exports = {{ kickOff }};
"""
    return "src/%s/startExecution.js" % pick(r, SVC), txt


@T
def t_serverless_sf(c):
    r = c.r
    prov, hdr, val, url = c.api("sh")
    txt = f"""service: {pick(r, SVC)}-orchestrator

provider:
  name: aws
  runtime: nodejs20.x
  region: {pick(r, REGIONS)}
  environment:
    PARTNER_URL: {url}
    PARTNER_AUTH: "{val}"

plugins:
  - serverless-step-functions

stepFunctions:
  stateMachines:
    main:
      name: {sm_name(r)}
      definition:
        StartAt: Fetch
        States:
          Fetch:
            Type: Task
            Resource:
              Fn::GetAtt: [fetch, Arn]
            End: true

functions:
  fetch:
    handler: src/fetch.handler
"""
    return "serverless.yml", txt


# ---------------------------------------------------------------- Azure
def kv_ref(r, name):
    return {"type": "AzureKeyVaultSecret", "store": {"referenceName": "AzureKeyVault_%s" % pick(r, ORGS), "type": "LinkedServiceReference"},
            "secretName": name}


def storage_cs(c, ctx="arm"):
    r = c.r
    acctn = pick(r, ORGS) + r.choice(["data", "lake", "stor", "st"]) + rs(r, 4, LOWER_ALNUM)
    k = c.s(g_az_key64, "azure_storage", "account_key", ctx, ex="azkey")
    return "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acctn, k)


def sb_cs(c, ctx="arm", hub=False):
    r = c.r
    ns = pick(r, ORGS) + "-" + pick(r, SVC) + r.choice(["-sb", "-bus", "-ehns"])
    k = c.s(g_az_key32, "azure_eventhubs" if hub else "azure_servicebus", "shared_access_key", ctx)
    s = "Endpoint=sb://%s.servicebus.windows.net/;SharedAccessKeyName=%s;SharedAccessKey=%s" % (
        ns, r.choice(["RootManageSharedAccessKey", "send-listen", "logicapp"]), k)
    if hub:
        s += ";EntityPath=%s" % pick(r, SVC)
    return s


@T
def t_logic_workflow_http(c):
    r = c.r
    if r.random() < 0.6:
        prov, hdr, val, url = c.api("logic")
        inputs = {"method": "POST", "uri": url, "headers": dict(hdr_lines(r, 1) + [(hdr, val)]),
                  "body": "@triggerBody()"}
    else:
        pw = c.pw("http_basic_auth", "logic", kind="basic_auth_password")
        inputs = {"method": "GET", "uri": "https://erp.%s.com/odata/%s" % (pick(r, ORGS), pick(r, DBNAMES)),
                  "authentication": {"type": "Basic", "username": pick(r, USERS), "password": pw}}
    d = {"definition": {"$schema": "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
                        "actions": {"HTTP_" + pick(r, SVC).replace("-", "_"): {"type": "Http", "inputs": inputs, "runAfter": {}}},
                        "contentVersion": "1.0.0.0", "outputs": {},
                        "triggers": {"When_a_HTTP_request_is_received": {"type": "Request", "kind": "Http"}}},
         "kind": "Stateful"}
    return "%s/workflow.json" % pick(r, SVC), dump(d, r)


@T
def t_logic_connections_json(c):
    r = c.r
    x = r.random()
    if x < 0.5:
        cs = sb_cs(c, "logic"); sp = "serviceBus"; name = "serviceBus"
    elif x < 0.75:
        cs = storage_cs(c, "logic"); sp = "AzureBlob"; name = "AzureBlob"
    else:
        pw = c.pw("sqlserver", "logic", kind="database_password")
        cs = "Server=tcp:%s.database.windows.net,1433;Initial Catalog=%s;User ID=%s;Password=%s;Encrypt=True;" % (
            pick(r, ORGS) + "-sql", pick(r, DBNAMES), pick(r, USERS), pw)
        sp = "sql"; name = "sql"
    d = {"serviceProviderConnections": {name: {"parameterValues": {"connectionString": cs},
                                               "serviceProvider": {"id": "/serviceProviders/" + sp},
                                               "displayName": "%s-%s" % (sp.lower(), pick(r, SVC))}},
         "managedApiConnections": {}}
    if r.random() < 0.5:
        sub = uuid4(r)
        d["managedApiConnections"]["office365"] = {
            "api": {"id": "/subscriptions/%s/providers/Microsoft.Web/locations/%s/managedApis/office365" % (sub, pick(r, AZ_LOC))},
            "connection": {"id": "/subscriptions/%s/resourceGroups/rg-%s/providers/Microsoft.Web/connections/office365" % (sub, pick(r, SVC))},
            "authentication": {"type": "ManagedServiceIdentity"}}
    return r.choice(["connections.json", "logicapp/connections.json"]), dump(d, r)


@T
def t_logic_arm_aad(c):
    r = c.r
    sec = c.s(g_entra_secret, "azure_ad", "client_secret", "arm")
    wf = "la-%s-%s" % (pick(r, SVC), r.choice(["prod", "dev", "tst"]))
    d = {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "contentVersion": "1.0.0.0",
         "parameters": {"location": {"type": "string", "defaultValue": "[resourceGroup().location]"}},
         "resources": [{"type": "Microsoft.Logic/workflows", "apiVersion": "2019-05-01", "name": wf,
                        "location": "[parameters('location')]",
                        "properties": {"state": "Enabled", "definition": {
                            "$schema": "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
                            "contentVersion": "1.0.0.0",
                            "triggers": {"Recurrence": {"type": "Recurrence", "recurrence": {"frequency": "Hour", "interval": r.choice([1, 4, 6])}}},
                            "actions": {"Call_Graph": {"type": "Http", "inputs": {
                                "method": "GET", "uri": "https://graph.microsoft.com/v1.0/users?$top=50",
                                "authentication": {"type": "ActiveDirectoryOAuth", "tenant": uuid4(r),
                                                   "audience": "https://graph.microsoft.com", "clientId": uuid4(r),
                                                   "secret": sec}}}}}}}]}
    return "arm/%s.json" % wf, dump(d, r)


@T
def t_logic_local_settings(c):
    r = c.r
    x = r.random()
    vals = {"IsEncrypted": False, "Values": {}}
    v = vals["Values"]
    if x < 0.5:
        v["AzureWebJobsStorage"] = storage_cs(c, "logic")
    else:
        v["AzureWebJobsStorage"] = "UseDevelopmentStorage=true"
        v["serviceBus_connectionString"] = sb_cs(c, "logic")
    v["FUNCTIONS_WORKER_RUNTIME"] = r.choice(["node", "dotnet"])
    v["APP_KIND"] = "workflowApp"
    v["WORKFLOWS_SUBSCRIPTION_ID"] = uuid4(r)
    v["WORKFLOWS_LOCATION_NAME"] = pick(r, AZ_LOC)
    return r.choice(["local.settings.json", "src/logicapp/local.settings.json"]), dump(vals, r)


def adf_ls(c, typ, props):
    r = c.r
    return {"name": "LS_%s_%s" % (typ, pick(r, SVC).replace("-", "_").title()),
            "properties": {"type": typ, "annotations": [], "typeProperties": props,
                           "connectVia": {"referenceName": r.choice(["AutoResolveIntegrationRuntime", "shir-onprem-01"]),
                                          "type": "IntegrationRuntimeReference"}}}


def secure(c, val_fn, name):
    r = c.r
    if not c.pos and r.random() < 0.5:
        val_fn()  # consume provider assignment
        return kv_ref(r, name)
    return {"type": "SecureString", "value": val_fn()}


@T
def t_adf_blob_cs(c):
    r = c.r
    if not c.pos and r.random() < 0.35:
        storage_cs(c, "adf")
        props = {"connectionString": "DefaultEndpointsProtocol=https;AccountName=%sdata;EndpointSuffix=core.windows.net" % pick(r, ORGS),
                 "accountKey": kv_ref(r, "storage-account-key")}
    else:
        props = {"connectionString": storage_cs(c, "adf")}
    d = adf_ls(c, "AzureBlobStorage", props)
    return "linkedService/%s.json" % d["name"], dump(d, r)


@T
def t_adf_sql_password(c):
    r = c.r
    srv = pick(r, ORGS) + "-sql-" + r.choice(["prod", "dev", "weu"])
    props = {"server": "%s.database.windows.net" % srv, "database": pick(r, DBNAMES), "encrypt": "mandatory",
             "trustServerCertificate": False, "authenticationType": "SQL", "userName": pick(r, USERS),
             "password": secure(c, lambda: c.pw("azure_sql", "adf", kind="database_password"), "sql-password")}
    d = adf_ls(c, "AzureSqlDatabase", props)
    return r.choice(["linkedService/", "synapse/linkedService/"]) + d["name"] + ".json", dump(d, r)


@T
def t_adf_sp_key(c):
    r = c.r
    typ = r.choice(["AzureBlobFS", "AzureDataLakeStore", "AzureDatabricks"])
    props = {"url": "https://%sdls.dfs.core.windows.net/" % pick(r, ORGS), "tenant": uuid4(r),
             "servicePrincipalId": uuid4(r),
             "servicePrincipalKey": secure(c, lambda: c.s(g_entra_secret, "azure_ad", "service_principal_secret", "adf"), "sp-secret"),
             "azureCloudType": "AzurePublic"}
    d = adf_ls(c, typ, props)
    return "factory/linkedService/%s.json" % d["name"], dump(d, r)


@T
def t_adf_rest_basic(c):
    r = c.r
    if r.random() < 0.5:
        props = {"url": "https://api.%s.com/v3/" % pick(r, ORGS), "enableServerCertificateValidation": True,
                 "authenticationType": "Basic", "userName": pick(r, USERS),
                 "password": secure(c, lambda: c.pw("rest_basic_auth", "adf", kind="basic_auth_password"), "rest-password")}
        d = adf_ls(c, "RestService", props)
    else:
        prov, hdr, val, url = c.api("adf")
        props = {"url": url, "enableServerCertificateValidation": True, "authenticationType": "Anonymous",
                 "authHeaders": {hdr: {"type": "SecureString", "value": val}}}
        d = adf_ls(c, "RestService", props)
    return "linkedService/%s.json" % d["name"], dump(d, r)


@T
def t_synapse_snowflake(c):
    r = c.r
    pw = c.pw("snowflake", "adf", url=True, kind="database_password")
    cs = "jdbc:snowflake://%s.%s.snowflakecomputing.com/?user=%s&password=%s&db=%s&warehouse=%s_WH&role=%s" % (
        pick(r, ORGS) + rs(r, 2, string.digits), r.choice(["west-europe.azure", "eu-central-1", "us-east-1"]),
        pick(r, USERS).upper(), pw, pick(r, DBNAMES).upper(), pick(r, SVC).upper().replace("-", "_"), "LOADER")
    d = adf_ls(c, "Snowflake", {"connectionString": cs})
    return "synapse/linkedService/%s.json" % d["name"], dump(d, r)


@T
def t_adf_oracle_pwd(c):
    r = c.r
    pw = c.pw("oracle", "adf", urlsafe=True, kind="database_password")
    cs = "Host=%s.%s.local;Port=1521;Sid=%s;User Id=%s;Password=%s;" % (pick(r, DBNAMES), pick(r, ORGS), pick(r, ["ORCL", "ERPPRD", "FINP"]), pick(r, USERS), pw)
    d = adf_ls(c, "Oracle", {"connectionString": cs})
    return "linkedService/%s.json" % d["name"], dump(d, r)


@T
def t_adf_sas(c):
    r = c.r
    acctn = pick(r, ORGS) + "landing" + rs(r, 3, LOWER_ALNUM)
    sig = c.s(g_sas_sig, "azure_storage", "sas_token", "adf")
    sas = "https://%s.blob.core.windows.net/%s?sv=2022-11-02&ss=b&srt=co&sp=rwdlacx&se=%d-12-31T23:59:59Z&st=%d-01-01T00:00:00Z&spr=https&sig=%s" % (
        acctn, pick(r, SVC), r.randint(2025, 2030), r.randint(2023, 2025), sig)
    props = {"sasUri": {"type": "SecureString", "value": sas}}
    d = adf_ls(c, "AzureBlobStorage", props)
    return "linkedService/%s.json" % d["name"], dump(d, r)


@T
def t_adf_pipeline_web(c):
    r = c.r
    prov, hdr, val, url = c.api("adf")
    d = {"name": "PL_%s" % pick(r, SVC).replace("-", "_").title(), "properties": {"activities": [
        {"name": "Notify " + prov, "type": "WebActivity", "dependsOn": [],
         "policy": {"timeout": "0.00:10:00", "retry": 2, "retryIntervalInSeconds": 30},
         "typeProperties": {"method": "POST", "url": url, "headers": {"Content-Type": "application/json", hdr: val},
                            "body": {"value": "@concat('{\"run\":\"', pipeline().RunId, '\"}')", "type": "Expression"}}}],
        "annotations": [], "folder": {"name": pick(r, SVC)}}}
    return "pipeline/%s.json" % d["name"], dump(d, r)


@T
def t_arm_api_connection(c):
    r = c.r
    x = r.random()
    if x < 0.35:
        api = "azureblob"
        pv = {"accountName": pick(r, ORGS) + "st" + rs(r, 4, LOWER_ALNUM), "accessKey": c.s(g_az_key64, "azure_storage", "account_key", "arm", ex="azkey")}
    elif x < 0.7:
        api = "sql"
        pv = {"server": "%s-sql.database.windows.net" % pick(r, ORGS), "database": pick(r, DBNAMES),
              "username": pick(r, USERS), "password": c.pw("azure_sql", "arm", kind="database_password")}
    else:
        api = "servicebus"
        pv = {"connectionString": sb_cs(c, "arm")}
    d = {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "contentVersion": "1.0.0.0",
         "resources": [{"type": "Microsoft.Web/connections", "apiVersion": "2016-06-01", "name": "%s-%s" % (api, pick(r, SVC)),
                        "location": "[resourceGroup().location]",
                        "properties": {"displayName": "%s connection" % api,
                                       "api": {"id": "[subscriptionResourceId('Microsoft.Web/locations/managedApis', resourceGroup().location, '%s')]" % api},
                                       "parameterValues": pv}}]}
    return "templates/connections/%s.json" % api, dump(d, r)


@T
def t_bicep_connection(c):
    r = c.r
    prov, hdr, val, url = c.api("arm")
    tok = c.needle if c.pos else val
    txt = f"""param location string = resourceGroup().location
param connectionName string = '{prov}-{pick(r, SVC)}'

resource apiConnection 'Microsoft.Web/connections@2016-06-01' = {{
  name: connectionName
  location: location
  properties: {{
    displayName: '{prov} ({pick(r, SVC)})'
    api: {{
      id: subscriptionResourceId('Microsoft.Web/locations/managedApis', location, '{prov}')
    }}
    parameterValues: {{
      api_key: '{tok}'
    }}
  }}
}}

output connectionId string = apiConnection.id
"""
    return "infra/bicep/%s-connection.bicep" % prov, txt


@T
def t_arm_parameters(c):
    r = c.r
    x = r.random()
    params = {"location": {"value": pick(r, AZ_LOC)}, "sqlAdministratorLogin": {"value": pick(r, USERS)}}
    if x < 0.5:
        params["sqlAdministratorLoginPassword"] = {"value": c.pw("azure_sql", "arm", kind="database_password")}
    else:
        params["servicePrincipalClientId"] = {"value": uuid4(r)}
        params["servicePrincipalClientSecret"] = {"value": c.s(g_entra_secret, "azure_ad", "client_secret", "arm")}
    if not c.pos and r.random() < 0.4:
        k = [k for k in params if k.startswith("sqlAdministratorLoginP") or k == "servicePrincipalClientSecret"][0]
        params[k] = {"reference": {"keyVault": {"id": "/subscriptions/%s/resourceGroups/rg-shared/providers/Microsoft.KeyVault/vaults/kv-%s" % (uuid4(r), pick(r, ORGS))},
                                   "secretName": k}}
    params["factoryName"] = {"value": "adf-%s-%s" % (pick(r, ORGS), r.choice(["prod", "dev"]))}
    d = {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "contentVersion": "1.0.0.0",
         "parameters": params}
    return r.choice(["azuredeploy.parameters.json", "arm/parameters.prod.json", "ARMTemplateParametersForFactory.json"]), dump(d, r)


@T
def t_logic_callback_ps1(c):
    r = c.r
    sig = c.s(g_la_sig, "azure_logic_apps", "callback_sas_sig", "sh")
    url = "https://prod-%02d.%s.logic.azure.com:443/workflows/%s/triggers/manual/paths/invoke?api-version=2016-10-01&sp=%%2Ftriggers%%2Fmanual%%2Frun&sv=1.0&sig=%s" % (
        r.randint(0, 99), pick(r, AZ_LOC), hx(r, 32), sig)
    if r.random() < 0.5:
        txt = f"""# Triggers the {pick(r, SVC)} logic app after the nightly export
$ErrorActionPreference = 'Stop'
$body = @{{ runDate = (Get-Date -Format 'yyyy-MM-dd'); source = '{pick(r, SVC)}' }} | ConvertTo-Json

$triggerUrl = "{url}"
Invoke-RestMethod -Method Post -Uri $triggerUrl -Body $body -ContentType 'application/json'
"""
        return "scripts/Invoke-%s.ps1" % pick(r, SVC).title().replace("-", ""), txt
    txt = f"""#!/usr/bin/env bash
set -euo pipefail
LOGIC_APP_URL='{url}'
curl -sS -X POST -H 'Content-Type: application/json' \\
  -d "{{\\"file\\": \\"$1\\"}}" "$LOGIC_APP_URL"
"""
    return "scripts/trigger_logicapp.sh", txt


@T
def t_tf_azurerm_adf(c):
    r = c.r
    x = r.random()
    if x < 0.5:
        line = '  connection_string = "%s"' % storage_cs(c, "tf")
        res = "azurerm_data_factory_linked_service_azure_blob_storage"
    else:
        line = '  connection_string = "Integrated Security=False;Data Source=%s-sql.database.windows.net;Initial Catalog=%s;User ID=%s;Password=%s"' % (
            pick(r, ORGS), pick(r, DBNAMES), pick(r, USERS), c.pw("azure_sql", "tf", kind="database_password"))
        res = "azurerm_data_factory_linked_service_azure_sql_database"
    txt = f"""resource "{res}" "{pick(r, SVC).replace('-', '_')}" {{
  name            = "ls-{pick(r, SVC)}"
  data_factory_id = azurerm_data_factory.main.id
{line}
}}
"""
    if r.random() < 0.5:
        txt = f"""resource "azurerm_data_factory" "main" {{
  name                = "adf-{pick(r, ORGS)}-{r.choice(['prod', 'dev'])}"
  location            = azurerm_resource_group.rg.location
  resource_group_name = azurerm_resource_group.rg.name

  identity {{
    type = "SystemAssigned"
  }}
}}

""" + txt
    return "terraform/datafactory.tf", txt


@T
def t_tf_logic_http(c):
    r = c.r
    prov, hdr, val, url = c.api("tf")
    txt = f"""resource "azurerm_logic_app_workflow" "{pick(r, SVC).replace('-', '_')}" {{
  name                = "la-{pick(r, SVC)}"
  location            = var.location
  resource_group_name = var.resource_group_name
}}

resource "azurerm_logic_app_action_http" "notify" {{
  name         = "notify-{prov}"
  logic_app_id = azurerm_logic_app_workflow.{pick(r, SVC).replace('-', '_')}.id
  method       = "POST"
  uri          = "{url}"
  headers = {{
    "Content-Type" = "application/json"
    "{hdr}" = "{val}"
  }}
}}
"""
    return "terraform/logicapp.tf", txt


@T
def t_eventhub_stream(c):
    r = c.r
    cs = sb_cs(c, "arm", hub=True)
    d = {"name": "LS_EventHub_%s" % pick(r, SVC).title().replace("-", ""), "properties": {
        "type": "AzureEventHub", "typeProperties": {"connectionString": cs, "consumerGroup": "$Default"}}}
    return "synapse/linkedService/%s.json" % d["name"], dump(d, r)


@T
def t_cosmos_ls(c):
    r = c.r
    k = c.s(g_az_key64, "azure_cosmosdb", "account_key", "adf")
    cs = "AccountEndpoint=https://%s-cosmos.documents.azure.com:443/;AccountKey=%s;Database=%s" % (pick(r, ORGS), k, pick(r, DBNAMES))
    d = adf_ls(c, "CosmosDb", {"connectionString": cs})
    return "linkedService/%s.json" % d["name"], dump(d, r)


@T
def t_azure_func_key(c):
    r = c.r
    k = c.s(g_func_key, "azure_functions", "function_key", "logic")
    d = {"type": "Http", "inputs": {"method": "POST",
                                    "uri": "https://func-%s-%s.azurewebsites.net/api/%s" % (pick(r, ORGS), pick(r, SVC), pick(r, SVC)),
                                    "headers": {"x-functions-key": k}, "body": "@body('Parse_JSON')"},
         "runAfter": {"Parse_JSON": ["Succeeded"]}}
    txt = dump({"definition": {"actions": {"Call_function": d}, "triggers": {}}}, r)
    return "workflows/%s/workflow.json" % pick(r, SVC), txt


@T
def t_ado_pipeline(c):
    r = c.r
    sec = c.s(g_entra_secret, "azure_ad", "service_principal_secret", "ado")
    txt = f"""trigger:
  branches:
    include: [ main ]

variables:
  adfName: adf-{pick(r, ORGS)}-prod
  tenantId: {uuid4(r)}
  clientId: {uuid4(r)}
  clientSecret: '{sec}'

pool:
  vmImage: ubuntu-latest

steps:
  - script: |
      az login --service-principal -u $(clientId) -p $(clientSecret) --tenant $(tenantId)
      az datafactory pipeline create-run --factory-name $(adfName) --resource-group rg-data --name PL_{pick(r, SVC)}
    displayName: Trigger ADF pipeline
"""
    return "azure-pipelines.yml", txt


@T
def t_gha_workflow(c):
    r = c.r
    sec = c.s(g_aws_secret, "aws", "secret_access_key", "gha", ex="aws")
    akid = g_aws_akid(r) if c.pos else "AKIAIOSFODNN7EXAMPLE"
    txt = f"""name: deploy-state-machines
on:
  push:
    branches: [main]
    paths: ['statemachines/**']

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_REGION: {pick(r, REGIONS)}
      AWS_ACCESS_KEY_ID: {akid}
      AWS_SECRET_ACCESS_KEY: {sec}
    steps:
      - uses: actions/checkout@v4
      - run: sam build && sam deploy --no-confirm-changeset --stack-name {pick(r, SVC)}-sfn
"""
    return ".github/workflows/deploy-sfn.yml", txt


@T
def t_ps_sp_login(c):
    r = c.r
    sec = c.s(g_entra_secret, "azure_ad", "service_principal_secret", "sh")
    txt = f"""param([string]$Environment = 'prod')

$tenantId = '{uuid4(r)}'
$appId    = '{uuid4(r)}'
$secret   = ConvertTo-SecureString '{sec}' -AsPlainText -Force
$cred     = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Credential $cred -Tenant $tenantId | Out-Null

Set-AzDataFactoryV2LinkedService -ResourceGroupName "rg-data-$Environment" `
  -DataFactoryName "adf-{pick(r, ORGS)}-$Environment" -Name "LS_{pick(r, DBNAMES)}" `
  -DefinitionFile ".\\linkedService\\LS_{pick(r, DBNAMES)}.json" -Force
"""
    return "deploy/Deploy-LinkedServices.ps1", txt


@T
def t_logic_parameters_json(c):
    r = c.r
    prov, hdr, val, url = c.api("logic")
    tok = c.needle if c.pos else val
    key = r.choice(["%sApiKey" % prov.replace("_", ""), "%s_token" % prov, "partnerApiKey"])
    d = {"%sBaseUrl" % prov.replace("_", ""): {"type": "String", "value": url},
         key: {"type": "SecureString" if r.random() < 0.5 else "String", "value": tok},
         "notificationMailbox": {"type": "String", "value": "%s@%s.com" % (r.choice(["integration", "ops", "facturacion"]), pick(r, ORGS))}}
    return r.choice(["parameters.json", "logicapp/parameters.json", "src/%s/parameters.json" % pick(r, SVC)]), dump(d, r)


@T
def t_tf_api_connection(c):
    r = c.r
    cmt = r.choice(["# TODO: mover a Key Vault", "# TODO: nach Key Vault verschieben", "# FIXME move to key vault", "# à déplacer dans Key Vault"])
    cs = sb_cs(c, "tf")
    txt = f"""data "azurerm_managed_api" "servicebus" {{
  name     = "servicebus"
  location = azurerm_resource_group.int.location
}}

resource "azurerm_api_connection" "servicebus" {{
  name                = "sb-{pick(r, SVC)}"
  resource_group_name = azurerm_resource_group.int.name
  managed_api_id      = data.azurerm_managed_api.servicebus.id
  display_name        = "Service Bus ({pick(r, SVC)})"

  {cmt}
  parameter_values = {{
    connectionString = "{cs}"
  }}

  lifecycle {{
    ignore_changes = [parameter_values]
  }}
}}
"""
    return "terraform/logicapp-connections.tf", txt


# ---------------------------------------------------------------- GCP
@T
def t_gcp_workflow_http(c):
    r = c.r
    prov, hdr, val, url = c.api("gcp")
    pre = ""
    if r.random() < 0.5:
        pre = f"""    - init:
        assign:
          - project: ${{sys.get_env("GOOGLE_CLOUD_PROJECT_ID")}}
          - batch: ${{args.batch_id}}
"""
    txt = f"""main:
  params: [args]
  steps:
{pre}    - call_{prov}:
        call: http.post
        args:
          url: {url}
          headers:
            Content-Type: application/json
            {hdr}: "{val}"
          body:
            source: {pick(r, SVC)}
            items: ${{args.items}}
        result: resp
    - done:
        return: ${{resp.body}}
"""
    return r.choice(["workflows/%s.yaml" % pick(r, SVC), "workflow.yaml", "gcp/workflows/%s.yml" % pick(r, SVC)]), txt


@T
def t_gcp_workflow_basic(c):
    r = c.r
    user = pick(r, USERS)
    pw = c.pw("http_basic_auth", "gcp", kind="basic_auth_password")
    txt = f"""# Calls the on-prem SAP gateway through the VPN
main:
  steps:
    - build_auth:
        assign:
          - creds: ${{base64.encode(text.encode("{user}:{pw}"))}}
    - fetch_orders:
        call: http.get
        args:
          url: https://sap-gw.{pick(r, ORGS)}.internal/sap/opu/odata/sap/API_SALES_ORDER_SRV/A_SalesOrder
          headers:
            Authorization: ${{"Basic " + creds}}
          timeout: 60
        result: orders
    - ret:
        return: ${{orders.body}}
"""
    return "workflows/sap-sync.yaml", txt


@T
def t_gcloud_scheduler_sh(c):
    r = c.r
    prov, hdr, val, url = c.api("sh")
    txt = f"""#!/usr/bin/env bash
set -euo pipefail
PROJECT={pick(r, ORGS)}-{pick(r, ['prod', 'data', 'ops'])}
REGION={pick(r, GCP_REG)}

gcloud scheduler jobs create http {pick(r, SVC)}-hourly \\
  --project="$PROJECT" --location="$REGION" \\
  --schedule="0 * * * *" --time-zone="Europe/Berlin" \\
  --uri="{url}" \\
  --http-method=POST \\
  --headers="Content-Type=application/json,{hdr}={val}" \\
  --message-body='{{"trigger":"scheduler"}}'
"""
    return "scripts/create-scheduler-jobs.sh", txt


@T
def t_tf_scheduler(c):
    r = c.r
    prov, hdr, val, url = c.api("tf")
    txt = f"""resource "google_cloud_scheduler_job" "{pick(r, SVC).replace('-', '_')}" {{
  name        = "{pick(r, SVC)}-sync"
  description = "Push {prov} sync every 15 minutes"
  schedule    = "*/15 * * * *"
  time_zone   = "Etc/UTC"
  region      = "{pick(r, GCP_REG)}"

  retry_config {{
    retry_count = 3
  }}

  http_target {{
    http_method = "POST"
    uri         = "{url}"
    body        = base64encode("{{\\"full\\": false}}")
    headers = {{
      "Content-Type" = "application/json"
      "{hdr}" = "{val}"
    }}
  }}
}}
"""
    return "terraform/scheduler.tf", txt


@T
def t_scheduler_yaml(c):
    r = c.r
    prov, hdr, val, url = c.api("gcp")
    proj = "%s-%s" % (pick(r, ORGS), r.choice(["prod", "data"]))
    txt = f"""name: projects/{proj}/locations/{pick(r, GCP_REG)}/jobs/{pick(r, SVC)}-nightly
schedule: 30 2 * * *
timeZone: Europe/Madrid
httpTarget:
  uri: {url}
  httpMethod: POST
  headers:
    Content-Type: application/json
    {hdr}: {val}
retryConfig:
  maxBackoffDuration: 3600s
  maxDoublings: 5
  maxRetryDuration: 0s
  minBackoffDuration: 5s
state: ENABLED
"""
    return "scheduler/%s.yaml" % pick(r, SVC), txt


@T
def t_composer_tf(c):
    r = c.r
    pw = c.pw("postgres", "tf", url=True, kind="database_password")
    uri = "postgresql://%s:%s@10.%d.%d.%d:5432/%s" % (pick(r, USERS), pw, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254), pick(r, DBNAMES))
    txt = f"""resource "google_composer_environment" "main" {{
  name   = "composer-{pick(r, ORGS)}"
  region = "{pick(r, GCP_REG)}"

  config {{
    software_config {{
      image_version = "composer-2.{r.randint(4, 9)}.{r.randint(0, 9)}-airflow-2.{r.randint(6, 9)}.{r.randint(0, 3)}"
      env_variables = {{
        AIRFLOW_CONN_{pick(r, DBNAMES).upper()} = "{uri}"
        DATA_BUCKET = "{pick(r, ORGS)}-composer-data"
      }}
    }}
  }}
}}
"""
    return "terraform/composer.tf", txt


@T
def t_airflow_compose(c):
    r = c.r
    pw = c.pw(r.choice(["postgres", "mysql"]), "sh", url=True, kind="database_password")
    sch = "postgres" if c.provider == "postgres" else "mysql"
    uri = "%s://%s:%s@%s-db:%d/%s" % (sch, pick(r, USERS), pw, pick(r, DBNAMES), 5432 if sch == "postgres" else 3306, pick(r, DBNAMES))
    txt = f"""x-airflow-common: &airflow-common
  image: apache/airflow:2.{r.randint(7, 9)}.{r.randint(0, 3)}
  environment:
    AIRFLOW__CORE__EXECUTOR: LocalExecutor
    AIRFLOW__CORE__LOAD_EXAMPLES: 'false'
    AIRFLOW_CONN_{pick(r, DBNAMES).upper()}: '{uri}'
  volumes:
    - ./dags:/opt/airflow/dags

services:
  airflow-scheduler:
    <<: *airflow-common
    command: scheduler
  airflow-webserver:
    <<: *airflow-common
    command: webserver
    ports:
      - "8080:8080"
"""
    return "docker-compose.yaml", txt


@T
def t_airflow_conn_export(c):
    r = c.r
    if r.random() < 0.5:
        pw = c.pw("snowflake", "airflow", kind="database_password")
        d = {"snowflake_default": {"conn_type": "snowflake", "host": None, "login": pick(r, USERS).upper(), "password": pw,
                                   "schema": "PUBLIC", "port": None,
                                   "extra": json.dumps({"account": pick(r, ORGS) + "-" + rs(r, 7, string.ascii_uppercase), "warehouse": "LOAD_WH", "database": pick(r, DBNAMES).upper(), "role": "TRANSFORMER"})}}
    else:
        prov, hdr, val, url = c.api("airflow")
        d = {"%s_api" % prov: {"conn_type": "http", "host": url.split("/")[2], "schema": "https", "login": None, "password": None,
                               "extra": json.dumps({hdr: val})}}
    if r.random() < 0.5:
        txt = dump(d, r); fn = "connections.json"
    else:
        lines = []
        for k, v in d.items():
            lines.append("%s:" % k)
            for kk, vv in v.items():
                if vv is None:
                    lines.append("  %s: null" % kk)
                else:
                    lines.append("  %s: '%s'" % (kk, vv))
        txt = "\n".join(lines) + "\n"; fn = "connections.yaml"
    return "airflow/" + fn, txt


@T
def t_airflow_dag_http(c):
    r = c.r
    prov, hdr, val, url = c.api("airflow")
    dag = pick(r, SVC).replace("-", "_")
    txt = f"""from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.http.operators.http import HttpOperator

default_args = {{"owner": "{pick(r, USERS)}", "retries": 2, "retry_delay": timedelta(minutes=5)}}

with DAG(
    dag_id="{dag}_push",
    start_date=datetime(2024, {r.randint(1, 12)}, 1),
    schedule="@{r.choice(['daily', 'hourly'])}",
    catchup=False,
    default_args=default_args,
) as dag:
    push = HttpOperator(
        task_id="push_to_{prov}",
        http_conn_id="{prov}_default",
        endpoint="{'/' + '/'.join(url.split('/')[3:])}",
        method="POST",
        headers={{"Content-Type": "application/json", "{hdr}": "{val}"}},
        data="{{{{ ti.xcom_pull(task_ids='extract') }}}}",
    )
"""
    return "dags/%s_push.py" % dag, txt


@T
def t_airflow_env_file(c):
    # the only .env-style positive template
    r = c.r
    pw = c.pw("postgres", "sh", url=True, kind="database_password")
    txt = f"""AIRFLOW_UID=50000
_AIRFLOW_WWW_USER_USERNAME=admin
AIRFLOW_CONN_WAREHOUSE=postgresql://{pick(r, USERS)}:{pw}@warehouse.{pick(r, ORGS)}.internal:5432/{pick(r, DBNAMES)}
AIRFLOW__CORE__FERNET_KEY_CMD=cat /run/secrets/fernet
"""
    if not c.pos:
        return "airflow/.env.example", txt
    return r.choice([".env", "airflow/.env"]), txt


@T
def t_gcp_sa_key(c):
    r = c.r
    proj = "%s-%s-%d" % (pick(r, ORGS), r.choice(["workflows", "composer", "data"]), r.randint(100, 999))
    if c.pos:
        lines, first = g_pem_pkcs8(r)
        c.needle, c.provider, c.kind = first, "gcp", "service_account_private_key"
        pk = "\n".join(lines) + "\n"
    else:
        c.provider, c.kind = "gcp", "service_account_private_key"
        pk = r.choice(["", "<PRIVATE_KEY>", "-----BEGIN PRIVATE KEY-----\\nREDACTED\\n-----END PRIVATE KEY-----\\n"])
    sa = "%s@%s.iam.gserviceaccount.com" % (r.choice(["workflows-invoker", "scheduler", "composer-worker"]), proj)
    d = {"type": "service_account", "project_id": proj, "private_key_id": hx(r, 40), "private_key": pk,
         "client_email": sa, "client_id": str(r.randint(10 ** 20, 10 ** 21)),
         "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
         "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
         "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/" + urllib.parse.quote(sa),
         "universe_domain": "googleapis.com"}
    txt = json.dumps(d, indent=2) + "\n"
    if c.pos:
        c.needle = first
    return r.choice(["credentials/%s-sa.json" % proj, "keys/workflows-invoker.json", "gcp/service-account.json"]), txt


@T
def t_gcp_env_yaml(c):
    r = c.r
    x = r.random()
    if x < 0.5:
        v = c.s(g_sendgrid, "sendgrid", "api_key", "sh"); nm = "SENDGRID_API_KEY"
    else:
        v = c.s(g_whsec, "stripe", "webhook_secret", "sh"); nm = "STRIPE_WEBHOOK_SECRET"
    txt = f"""# gcloud functions deploy {pick(r, SVC)} --env-vars-file env.prod.yaml
GCP_PROJECT: {pick(r, ORGS)}-prod
WORKFLOW_NAME: {pick(r, SVC)}-orchestrator
WORKFLOW_LOCATION: {pick(r, GCP_REG)}
{nm}: "{v}"
LOG_LEVEL: info
"""
    return "functions/%s/env.prod.yaml" % pick(r, SVC), txt


@T
def t_cloudbuild_workflows(c):
    r = c.r
    prov, hdr, val, url = c.api("sh")
    tok = c.needle if c.pos else val
    txt = f"""steps:
  - name: gcr.io/google.com/cloudsdktool/cloud-sdk:slim
    entrypoint: gcloud
    args:
      - workflows
      - deploy
      - {pick(r, SVC)}-flow
      - --location={pick(r, GCP_REG)}
      - --source=workflows/{pick(r, SVC)}.yaml
      - --service-account=workflows-sa@$PROJECT_ID.iam.gserviceaccount.com
      - --set-env-vars={prov.upper()}_TOKEN={tok},TARGET_ENV=prod
options:
  logging: CLOUD_LOGGING_ONLY
"""
    return "cloudbuild.yaml", txt


# ---------------------------------------------------------------- Argo / Tekton
@T
def t_argo_workflow_env(c):
    r = c.r
    x = r.random()
    if x < 0.4:
        v = c.s(g_slack_hook, "slack", "webhook_url", "argo"); nm = "SLACK_WEBHOOK_URL"
    elif x < 0.7:
        v = c.s(g_aws_secret, "aws", "secret_access_key", "argo", ex="aws"); nm = "AWS_SECRET_ACCESS_KEY"
    else:
        v = c.s(g_ghp, "github", "pat", "argo"); nm = "GITHUB_TOKEN"
    txt = f"""apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: {pick(r, SVC)}-
  namespace: argo
spec:
  entrypoint: main
  serviceAccountName: argo-workflow
  templates:
    - name: main
      steps:
        - - name: extract
            template: run
    - name: run
      container:
        image: ghcr.io/{pick(r, ORGS)}/{pick(r, SVC)}:1.{r.randint(0, 20)}.{r.randint(0, 9)}
        command: [python, -m, jobs.sync]
        env:
          - name: TARGET
            value: {pick(r, DBNAMES)}
          - name: {nm}
            value: "{v}"
"""
    return "argo/workflows/%s.yaml" % pick(r, SVC), txt


@T
def t_argo_events_sensor_http(c):
    r = c.r
    prov, hdr, val, url = c.api("argo")
    txt = f"""apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata:
  name: {pick(r, SVC)}-sensor
spec:
  dependencies:
    - name: push
      eventSourceName: webhook
      eventName: {pick(r, SVC)}
  triggers:
    - template:
        name: forward-to-{prov}
        http:
          url: {url}
          method: POST
          headers:
            {hdr}: "{val}"
          payload:
            - src:
                dependencyName: push
                dataKey: body
              dest: event
      retryStrategy:
        steps: 3
"""
    return "argo-events/sensors/%s.yaml" % prov, txt


@T
def t_argo_events_secret(c):
    r = c.r
    x = r.random()
    if x < 0.5:
        v = c.s(g_ghp, "github", "pat", "k8s"); k1 = "token"
    else:
        v = c.s(lambda rr: hx(rr, 40), "github", "webhook_secret", "k8s"); k1 = "secret"
    txt = f"""apiVersion: v1
kind: Secret
metadata:
  name: github-access
  namespace: argo-events
type: Opaque
stringData:
  {k1}: "{v}"
---
apiVersion: argoproj.io/v1alpha1
kind: EventSource
metadata:
  name: github
  namespace: argo-events
spec:
  github:
    {pick(r, SVC)}:
      repositories:
        - owner: {pick(r, ORGS)}
          names: [{pick(r, SVC)}]
      webhook:
        endpoint: /push
        port: "12000"
        method: POST
        url: https://events.{pick(r, ORGS)}.io
      events: ["push", "pull_request"]
      apiToken:
        name: github-access
        key: {k1 if k1 == 'token' else 'token'}
      webhookSecret:
        name: github-access
        key: secret
"""
    return "argo-events/github-eventsource.yaml", txt


@T
def t_argo_wftemplate_param(c):
    r = c.r
    pw = c.pw(r.choice(["postgres", "mysql", "mssql"]), "argo", kind="database_password")
    txt = f"""apiVersion: argoproj.io/v1alpha1
kind: WorkflowTemplate
metadata:
  name: db-backup
spec:
  arguments:
    parameters:
      - name: db-host
        value: {pick(r, DBNAMES)}.{pick(r, ORGS)}.svc.cluster.local
      - name: db-user
        value: {pick(r, USERS)}
      - name: db-password
        value: "{pw}"
  entrypoint: dump
  templates:
    - name: dump
      container:
        image: postgres:16-alpine
        command: [sh, -c]
        args: ["PGPASSWORD={{{{workflow.parameters.db-password}}}} pg_dump -h {{{{workflow.parameters.db-host}}}} -U {{{{workflow.parameters.db-user}}}} > /tmp/dump.sql"]
"""
    return "argo/templates/db-backup.yaml", txt


@T
def t_tekton_task(c):
    r = c.r
    prov, hdr, val, url = c.api("tekton")
    txt = f"""apiVersion: tekton.dev/v1
kind: Task
metadata:
  name: notify-{prov}
spec:
  params:
    - name: message
      type: string
  steps:
    - name: post
      image: curlimages/curl:8.{r.randint(1, 9)}.0
      env:
        - name: AUTH_HEADER
          value: "{hdr}: {val}"
      script: |
        #!/bin/sh
        curl -fsS -X POST -H "$AUTH_HEADER" -H 'Content-Type: application/json' \\
          -d "{{\\"text\\": \\"$(params.message)\\"}}" {url}
"""
    return "tekton/tasks/notify-%s.yaml" % prov, txt


@T
def t_tekton_trigger_secret(c):
    r = c.r
    v = c.s(lambda rr: rs(rr, r.choice([24, 32, 40]), ALNUM), "github", "webhook_secret", "k8s")
    txt = f"""apiVersion: v1
kind: Secret
metadata:
  name: github-webhook-secret
type: Opaque
stringData:
  secretToken: "{v}"
---
apiVersion: triggers.tekton.dev/v1beta1
kind: EventListener
metadata:
  name: {pick(r, SVC)}-listener
spec:
  serviceAccountName: tekton-triggers-sa
  triggers:
    - name: github-push
      interceptors:
        - ref:
            name: github
          params:
            - name: secretRef
              value:
                secretName: github-webhook-secret
                secretKey: secretToken
            - name: eventTypes
              value: ["push"]
      bindings:
        - ref: {pick(r, SVC)}-binding
      template:
        ref: {pick(r, SVC)}-template
"""
    return "tekton/triggers/eventlistener.yaml", txt


# ---------------------------------------------------------------- Oracle Integration / MuleSoft / misc
@T
def t_oic_connection(c):
    r = c.r
    pw = c.pw(r.choice(["oracle_erp", "oracle_atp"]), "sh", kind="password")
    d = {"id": "%s_ERP_CLOUD" % pick(r, ORGS).upper(), "name": "%s ERP Cloud" % pick(r, ORGS).title(),
         "adapterType": {"name": "oracle/cloud/erp"}, "securityPolicy": "BASIC_AUTH",
         "connectionProperties": [{"propertyName": "targetWSDLURL",
                                   "propertyValue": "https://%s.fa.%s.oraclecloud.com/fscmService/ServiceCatalogService?WSDL" % (rs(r, 4, LOWER_ALNUM), r.choice(["em2", "us2", "ap1"]))}],
         "securityProperties": [{"propertyName": "username", "propertyValue": pick(r, USERS) + "@" + pick(r, ORGS) + ".com"},
                                {"propertyName": "password", "propertyValue": pw}]}
    return "oic/connections/%s.json" % d["id"], dump(d, r)


@T
def t_mule_props(c):
    r = c.r
    pw = c.pw("salesforce", "mule", kind="password")
    txt = f"""# {pick(r, SVC)} - prod
http.port=8081
salesforce.username={pick(r, USERS)}@{pick(r, ORGS)}.com
salesforce.password={pw}
salesforce.url=https://login.salesforce.com/services/Soap/u/59.0
anypoint.mq.clientId={hx(r, 32)}
db.host={pick(r, DBNAMES)}.{pick(r, ORGS)}.local
"""
    return "src/main/resources/config-prod.properties", txt


@T
def t_mule_yaml(c):
    r = c.r
    sec = c.s(lambda rr: hx(rr, 32), "mulesoft", "client_secret", "mule")
    txt = f"""http:
  listener:
    port: "8081"
api:
  id: "{r.randint(10000000, 99999999)}"
anypoint:
  platform:
    client_id: "{hx(r, 32)}"
    client_secret: "{sec}"
erp:
  host: "erp.{pick(r, ORGS)}.com"
  basePath: "/api/v2"
"""
    return "src/main/resources/prod.yaml", txt


@T
def t_k8s_sb_secret(c):
    r = c.r
    cs = sb_cs(c, "k8s")
    txt = f"""apiVersion: v1
kind: Secret
metadata:
  name: {pick(r, SVC)}-servicebus
  namespace: integration
  labels:
    app.kubernetes.io/part-of: {pick(r, SVC)}
type: Opaque
stringData:
  connectionString: "{cs}"
"""
    return "k8s/integration/servicebus-secret.yaml", txt


@T
def t_pem_argo_repo(c):
    r = c.r
    if c.pos:
        lines, first = g_pem_rsa(r)
        c.needle, c.provider, c.kind = first, "ssh", "private_key"
        body = "\n".join("    " + l for l in lines)
    else:
        c.provider, c.kind = "ssh", "private_key"
        body = "    " + r.choice(["<paste deploy key here>", "REPLACE_WITH_DEPLOY_KEY", "# set via sealed secret"])
    txt = f"""apiVersion: v1
kind: Secret
metadata:
  name: workflows-repo
  namespace: argo
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: git@github.com:{pick(r, ORGS)}/{pick(r, SVC)}-workflows.git
  sshPrivateKey: |
{body}
"""
    return "argo/repo-secret.yaml", txt


@T
def t_step_fn_params_json(c):
    r = c.r
    # input document committed for a scheduled execution
    pw = c.pw("ftp", "sh", kind="password")
    d = {"source": {"type": "sftp", "host": "sftp.%s.com" % pick(r, ORGS), "port": 22, "username": pick(r, USERS),
                    "password": pw, "path": "/outbound/%s/" % pick(r, SVC)},
         "target": {"bucket": "%s-landing" % pick(r, ORGS), "prefix": "%s/" % pick(r, SVC)},
         "notify": ["%s@%s.com" % (pick(r, USERS).replace("_", "."), pick(r, ORGS))]}
    return "events/%s-schedule-input.json" % pick(r, SVC), dump(d, r)


# ============================================================================ LOOK-ALIKE NEGATIVES
LOOK = []


def L(fn):
    LOOK.append(fn)
    return fn


def exec_arn(r, region, account, sm):
    return "arn:aws:states:%s:%s:execution:%s:%s" % (region, account, sm, uuid4(r))


@L
def l_asl_plain(r):
    region, account = pick(r, REGIONS), acct(r)
    d = {"Comment": "Process %s batch" % pick(r, SVC), "StartAt": "Map", "States": {
        "Map": {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": r.choice([5, 10, 40]),
                "Iterator": {"StartAt": "Transform", "States": {"Transform": {
                    "Type": "Task", "Resource": lambda_arn(r, region, account),
                    "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException"], "IntervalSeconds": 1, "MaxAttempts": 6}],
                    "End": True}}},
                "Next": "Publish"},
        "Publish": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
                    "Parameters": {"TopicArn": "arn:aws:sns:%s:%s:%s-events" % (region, account, pick(r, SVC)), "Message.$": "$"},
                    "End": True}}}
    return "statemachines/%s.asl.json" % pick(r, SVC), dump(d, r), "asl_plain"


@L
def l_sfn_describe_exec(r):
    region, account, sm = pick(r, REGIONS), acct(r), sm_name(r)
    d = {"executionArn": exec_arn(r, region, account, sm),
         "stateMachineArn": "arn:aws:states:%s:%s:stateMachine:%s" % (region, account, sm),
         "name": uuid4(r), "status": "SUCCEEDED", "startDate": "2024-%02d-%02dT%02d:%02d:11.512000+00:00" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)),
         "input": json.dumps({"orderId": rs(r, 12, string.digits), "traceId": "1-%s-%s" % (hx(r, 8), hx(r, 24))}),
         "inputDetails": {"included": True}, "redriveCount": 0, "redriveStatus": "NOT_REDRIVABLE"}
    return "tests/fixtures/describe-execution-%s.json" % pick(r, SVC), dump(d, r), "sfn_describe_execution"


@L
def l_cfn_secret_refs(r):
    txt = f"""Resources:
  PartnerConnection:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: x-api-key
          ApiKeyValue: '{{{{resolve:secretsmanager:{pick(r, SVC)}/partner:SecretString:apiKey}}}}'
  GlueConnection:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: !Ref AWS::AccountId
      ConnectionInput:
        Name: {pick(r, DBNAMES)}
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:postgresql://{pick(r, DBNAMES)}.internal:5432/{pick(r, DBNAMES)}
          SECRET_ID: arn:aws:secretsmanager:{pick(r, REGIONS)}:{acct(r)}:secret:{pick(r, SVC)}/db-{rs(r, 6, ALNUM)}
Outputs:
  ConnectionArn:
    Value: !GetAtt PartnerConnection.Arn
  ConnectionSecretArn:
    Value: !GetAtt PartnerConnection.SecretArn
"""
    return "template.yaml", txt, "cfn_secret_refs"


@L
def l_tf_lock(r):
    out = ["# This file is maintained automatically by \"terraform init\".", "# Manual edits may be lost in future updates.", ""]
    for p, v in [("hashicorp/aws", "5.%d.0" % r.randint(20, 80)), ("hashicorp/azurerm", "3.%d.0" % r.randint(80, 110)),
                 ("hashicorp/google", "5.%d.0" % r.randint(10, 40))][:r.randint(1, 3)]:
        out.append('provider "registry.terraform.io/%s" {' % p)
        out.append('  version     = "%s"' % v)
        out.append('  constraints = "~> %s"' % v.rsplit(".", 1)[0])
        out.append("  hashes = [")
        out.append('    "h1:%s",' % b64(r, 32))
        for _ in range(r.randint(4, 10)):
            out.append('    "zh:%s",' % hx(r, 64))
        out.append("  ]")
        out.append("}")
        out.append("")
    return "terraform/.terraform.lock.hcl", "\n".join(out), "tf_lock"


@L
def l_arm_ids(r):
    sub, tenant = uuid4(r), uuid4(r)
    d = {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "contentVersion": "1.0.0.0",
         "variables": {"roleDefinitionId": "/subscriptions/%s/providers/Microsoft.Authorization/roleDefinitions/ba92f5b4-2d11-453d-a403-e96b0029c9fe" % sub},
         "resources": [{"type": "Microsoft.Authorization/roleAssignments", "apiVersion": "2022-04-01", "name": uuid4(r),
                        "properties": {"roleDefinitionId": "[variables('roleDefinitionId')]", "principalId": uuid4(r), "principalType": "ServicePrincipal"}},
                       {"type": "Microsoft.DataFactory/factories", "apiVersion": "2018-06-01", "name": "adf-%s" % pick(r, ORGS),
                        "location": pick(r, AZ_LOC), "identity": {"type": "SystemAssigned"},
                        "properties": {"repoConfiguration": {"type": "FactoryGitHubConfiguration", "accountName": pick(r, ORGS),
                                                             "repositoryName": "adf-pipelines", "collaborationBranch": "main", "rootFolder": "/"}}}],
         "outputs": {"tenantId": {"type": "string", "value": tenant}}}
    return "arm/adf-factory.json", dump(d, r), "arm_resource_ids"


@L
def l_adf_run(r):
    d = {"runId": uuid4(r), "pipelineName": "PL_%s" % pick(r, SVC), "status": "Succeeded", "runStart": "2024-05-%02dT02:00:0%d.1Z" % (r.randint(1, 28), r.randint(0, 9)),
         "durationInMs": r.randint(1000, 900000), "invokedBy": {"id": hx(r, 32), "name": "TR_Nightly", "invokedByType": "ScheduleTrigger"},
         "etag": '"%s-0000-0100-0000-%s0000"' % (hx(r, 8), hx(r, 8)),
         "annotations": [], "runDimension": {}, "isLatest": True}
    return "tests/adf/pipeline-run-%s.json" % pick(r, SVC), dump(d, r), "adf_pipeline_run"


@L
def l_logic_run_history(r):
    run = "08585%s%sCU%02d" % (rs(r, 15, string.digits), rs(r, 5, string.digits), r.randint(0, 40))
    sub = uuid4(r)
    d = {"id": "/subscriptions/%s/resourceGroups/rg-%s/providers/Microsoft.Logic/workflows/la-%s/runs/%s" % (sub, pick(r, SVC), pick(r, SVC), run),
         "name": run, "type": "Microsoft.Logic/workflows/runs",
         "properties": {"waitEndTime": "2024-03-11T10:15:22.1Z", "status": "Succeeded",
                        "correlation": {"clientTrackingId": run},
                        "workflow": {"id": "/subscriptions/%s/resourceGroups/rg-int/providers/Microsoft.Logic/workflows/la-%s/versions/08585%s" % (sub, pick(r, SVC), rs(r, 15, string.digits)),
                                     "name": "08585%s" % rs(r, 15, string.digits)},
                        "trigger": {"name": "manual", "originHistoryName": run, "trackingId": uuid4(r)}}}
    return "docs/samples/logicapp-run.json", dump(d, r), "logic_run_history"


@L
def l_argo_digests(r):
    txt = f"""apiVersion: argoproj.io/v1alpha1
kind: CronWorkflow
metadata:
  name: {pick(r, SVC)}-nightly
spec:
  schedule: "0 {r.randint(0, 5)} * * *"
  timezone: Europe/Berlin
  workflowSpec:
    entrypoint: run
    templates:
      - name: run
        container:
          image: ghcr.io/{pick(r, ORGS)}/{pick(r, SVC)}@sha256:{hx(r, 64)}
          args: ["--since", "24h"]
      - name: notify
        container:
          image: curlimages/curl@sha256:{hx(r, 64)}
"""
    return "argo/cron/%s.yaml" % pick(r, SVC), txt, "argo_image_digests"


@L
def l_tekton_pipelinerun(r):
    txt = f"""apiVersion: tekton.dev/v1
kind: PipelineRun
metadata:
  name: {pick(r, SVC)}-run-{rs(r, 5, LOWER_ALNUM)}
  labels:
    tekton.dev/pipeline: build-and-deploy
spec:
  pipelineRef:
    name: build-and-deploy
  params:
    - name: git-url
      value: https://github.com/{pick(r, ORGS)}/{pick(r, SVC)}.git
    - name: git-revision
      value: {hx(r, 40)}
    - name: image-digest
      value: sha256:{hx(r, 64)}
  workspaces:
    - name: shared
      volumeClaimTemplate:
        spec:
          accessModes: [ReadWriteOnce]
          resources:
            requests:
              storage: 1Gi
"""
    return "tekton/runs/%s.yaml" % pick(r, SVC), txt, "tekton_pipelinerun"


@L
def l_sealed_secret(r):
    txt = f"""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: {pick(r, SVC)}-creds
  namespace: argo
spec:
  encryptedData:
    apiKey: Ag{b64(r, r.choice([300, 360]))}
    password: Ag{b64(r, 290)}
  template:
    metadata:
      name: {pick(r, SVC)}-creds
"""
    return "argo/sealed/%s-creds.yaml" % pick(r, SVC), txt, "sealed_secret_ciphertext"


@L
def l_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(r, n), b64(r, 32), b64(r, 16))
    txt = f"""apiVersion: v1
kind: Secret
metadata:
  name: {pick(r, SVC)}-integration
type: Opaque
stringData:
  SERVICEBUS_CONNECTION: {enc(140)}
  CLIENT_SECRET: {enc(40)}
sops:
  kms: []
  azure_kv:
    - vault_url: https://kv-{pick(r, ORGS)}.vault.azure.net
      name: sops-key
      version: {hx(r, 32)}
      created_at: "2024-0{r.randint(1, 9)}-1{r.randint(0, 9)}T09:12:44Z"
      enc: {b64(r, 256)}
  lastmodified: "2024-0{r.randint(1, 9)}-2{r.randint(0, 8)}T10:01:02Z"
  mac: {enc(32).replace('type:str', 'type:str')}
  version: 3.8.1
"""
    return "k8s/secrets/%s.enc.yaml" % pick(r, SVC), txt, "sops_ciphertext"


def cert_pem(r):
    der = (bytes.fromhex("308203") + bytes([r.randint(0x20, 0xff)]) + bytes.fromhex("308202") + bytes([r.randint(0x10, 0xff)]) +
           bytes.fromhex("a00302010202") + bytes([r.choice([16, 20])]) + rbytes(r, 700))
    body = base64.b64encode(der).decode()
    return ["-----BEGIN CERTIFICATE-----"] + [body[i:i + 64] for i in range(0, len(body), 64)] + ["-----END CERTIFICATE-----"]


@L
def l_public_cert(r):
    if r.random() < 0.5:
        txt = "\n".join(cert_pem(r)) + "\n"
        return "certs/%s-partner-ca.pem" % pick(r, ORGS), txt, "public_certificate_pem"
    body = base64.b64encode(b"".join(l.encode() for l in []) + base64.b64decode("".join(cert_pem(r)[1:-1]))).decode()
    d = {"properties": {"publicCertificate": body, "key": None,
                        "metadata": {"thumbprint": hx(r, 40).upper(), "subject": "CN=%s.partner.com" % pick(r, ORGS)}}, "name": "PartnerSigningCert"}
    return "integration-account/certificates/partner-cert.json", dump(d, r), "integration_account_public_cert"


@L
def l_ssh_pub(r):
    lines = []
    for _ in range(r.randint(2, 4)):
        if r.random() < 0.5:
            lines.append("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s" % (rs(r, 43, B64), pick(r, USERS), pick(r, ORGS)))
        else:
            lines.append("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ%s %s" % (rs(r, 508, B64), pick(r, USERS)))
    txt = "# deploy keys allowed to push workflow definitions\n" + "\n".join(lines) + "\n"
    return "argo/authorized_keys", txt, "ssh_public_keys"


@L
def l_gcp_secretmanager_wf(r):
    txt = f"""main:
  steps:
    - get_secret:
        call: googleapis.secretmanager.v1.projects.secrets.versions.accessString
        args:
          secret_id: {pick(r, SVC)}-api-key
          project_id: ${{sys.get_env("GOOGLE_CLOUD_PROJECT_ID")}}
        result: api_key
    - call_api:
        call: http.post
        args:
          url: https://api.{pick(r, ORGS)}.com/v1/{pick(r, SVC)}
          headers:
            Authorization: ${{"Bearer " + api_key}}
          auth:
            type: OIDC
        result: resp
    - done:
        return: ${{resp.code}}
"""
    return "workflows/%s.yaml" % pick(r, SVC), txt, "gcp_workflow_secretmanager"


@L
def l_scheduler_describe(r):
    proj = "%s-prod" % pick(r, ORGS)
    txt = f"""lastAttemptTime: '2024-06-{r.randint(10, 28)}T02:30:00.{r.randint(100000, 999999)}Z'
name: projects/{proj}/locations/{pick(r, GCP_REG)}/jobs/{pick(r, SVC)}
retryConfig:
  maxBackoffDuration: 3600s
  maxDoublings: 5
  maxRetryDuration: 0s
  minBackoffDuration: 5s
schedule: 30 2 * * *
scheduleTime: '2024-06-{r.randint(10, 28)}T02:30:00Z'
state: ENABLED
status: {{}}
timeZone: Etc/UTC
httpTarget:
  httpMethod: POST
  oidcToken:
    audience: https://{pick(r, SVC)}-{rs(r, 10, LOWER_ALNUM)}-ew.a.run.app
    serviceAccountEmail: scheduler@{proj}.iam.gserviceaccount.com
  uri: https://workflowexecutions.googleapis.com/v1/projects/{proj}/locations/{pick(r, GCP_REG)}/workflows/{pick(r, SVC)}/executions
userUpdateTime: '2024-02-0{r.randint(1, 9)}T11:20:{r.randint(10, 59)}Z'
"""
    return "scheduler/exported/%s.yaml" % pick(r, SVC), txt, "scheduler_describe"


@L
def l_airflow_dag_refs(r):
    txt = f"""from airflow import DAG
from airflow.providers.postgres.operators.postgres import PostgresOperator
from airflow.models import Variable
import pendulum

with DAG("{pick(r, SVC).replace('-', '_')}", start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), schedule="0 3 * * *") as dag:
    load = PostgresOperator(
        task_id="load",
        postgres_conn_id="{pick(r, DBNAMES)}",
        sql="sql/load.sql",
        params={{"batch": "{{{{ run_id }}}}", "dataset_uri": "s3://{pick(r, ORGS)}-lake/{hx(r, 12)}/"}},
    )
    api_key = Variable.get("partner_api_key")  # stored in Secret Manager backend
# run_id example: scheduled__2024-05-01T03:00:00+00:00
# dag fingerprint: {hashlib.sha1(rbytes(r, 20)).hexdigest()}
"""
    return "dags/%s.py" % pick(r, SVC).replace("-", "_"), txt, "airflow_dag_refs"


@L
def l_requirements_hashes(r):
    pk = [("apache-airflow-providers-google", "10.%d.0" % r.randint(1, 20)), ("apache-airflow-providers-http", "4.%d.0" % r.randint(1, 12)),
          ("boto3", "1.34.%d" % r.randint(1, 150)), ("azure-identity", "1.%d.0" % r.randint(10, 17)), ("requests", "2.31.0")]
    out = []
    for n, v in pk:
        out.append("%s==%s \\" % (n, v))
        out.append("    --hash=sha256:%s \\" % hx(r, 64))
        out.append("    --hash=sha256:%s" % hx(r, 64))
    return "requirements.txt", "\n".join(out) + "\n", "requirements_hashes"


@L
def l_kms_ciphertext(r):
    blob = base64.b64encode(bytes.fromhex("0102020078") + rbytes(r, 180)).decode()
    txt = f"""# values are KMS-encrypted with alias/{pick(r, SVC)}-config; decrypted by the lambda at cold start
stage: prod
kms_key_arn: arn:aws:kms:{pick(r, REGIONS)}:{acct(r)}:key/{uuid4(r)}
encrypted_partner_token: {blob}
state_machine_arn: arn:aws:states:{pick(r, REGIONS)}:{acct(r)}:stateMachine:{sm_name(r)}
"""
    return "config/prod.yml", txt, "kms_ciphertext"


@L
def l_glue_job_secretid(r):
    d = {"Name": "%s-etl" % pick(r, DBNAMES), "Role": "arn:aws:iam::%s:role/GlueServiceRole" % acct(r),
         "Command": {"Name": "glueetl", "ScriptLocation": "s3://%s-glue-scripts/jobs/%s.py" % (pick(r, ORGS), pick(r, DBNAMES)), "PythonVersion": "3"},
         "DefaultArguments": {"--job-bookmark-option": "job-bookmark-enable", "--TempDir": "s3://%s-glue-tmp/" % pick(r, ORGS),
                              "--secret_id": "arn:aws:secretsmanager:%s:%s:secret:glue/%s-%s" % (pick(r, REGIONS), acct(r), pick(r, DBNAMES), rs(r, 6, ALNUM)),
                              "--enable-metrics": "true"},
         "Connections": {"Connections": ["%s-jdbc" % pick(r, DBNAMES)]}, "GlueVersion": "4.0", "NumberOfWorkers": r.randint(2, 20), "WorkerType": "G.1X"}
    return "glue/jobs/%s.json" % pick(r, DBNAMES), dump(d, r), "glue_job_secret_id"


@L
def l_dms_secret_endpoint(r):
    d = {"EndpointIdentifier": "%s-src" % pick(r, DBNAMES), "EndpointType": "source", "EngineName": "postgres",
         "PostgreSQLSettings": {"SecretsManagerAccessRoleArn": "arn:aws:iam::%s:role/dms-secrets" % acct(r),
                                "SecretsManagerSecretId": "arn:aws:secretsmanager:%s:%s:secret:dms/%s-%s" % (pick(r, REGIONS), acct(r), pick(r, DBNAMES), rs(r, 6, ALNUM)),
                                "DatabaseName": pick(r, DBNAMES)},
         "CertificateArn": "arn:aws:dms:%s:%s:cert:%s" % (pick(r, REGIONS), acct(r), rs(r, 26, string.ascii_uppercase + string.digits))}
    return "dms/%s-endpoint.json" % pick(r, DBNAMES), dump(d, r), "dms_secretsmanager_endpoint"


@L
def l_samconfig(r):
    txt = f"""version = 0.1
[default.deploy.parameters]
stack_name = "{pick(r, SVC)}-sfn"
resolve_s3 = true
s3_prefix = "{pick(r, SVC)}-sfn"
region = "{pick(r, REGIONS)}"
confirm_changeset = false
capabilities = "CAPABILITY_IAM"
image_repositories = []
s3_bucket = "aws-sam-cli-managed-default-samclisourcebucket-{rs(r, 12, LOWER_ALNUM)}"
parameter_overrides = "Stage=\\"prod\\" PartnerSecretArn=\\"arn:aws:secretsmanager:{pick(r, REGIONS)}:{acct(r)}:secret:partner-{rs(r, 6, ALNUM)}\\""
"""
    return "samconfig.toml", txt, "samconfig"


@L
def l_eventbridge_sample_event(r):
    d = {"version": "0", "id": uuid4(r), "detail-type": "Step Functions Execution Status Change", "source": "aws.states",
         "account": acct(r), "time": "2024-04-0%dT12:00:00Z" % r.randint(1, 9), "region": pick(r, REGIONS),
         "resources": ["arn:aws:states:us-east-1:%s:execution:%s:%s" % (acct(r), sm_name(r), uuid4(r))],
         "detail": {"status": "FAILED", "name": uuid4(r), "inputDetails": {"included": True},
                    "payloadSha256": hx(r, 64), "etag": hx(r, 32)}}
    return "events/samples/sfn-failed.json", dump(d, r), "eventbridge_sample_event"


@L
def l_function_bindings(r):
    d = {"bindings": [{"name": "msg", "type": "serviceBusTrigger", "direction": "in", "queueName": pick(r, SVC),
                       "connection": "ServiceBusConnection"},
                      {"name": "out", "type": "blob", "direction": "out", "path": "%s/{rand-guid}.json" % pick(r, SVC),
                       "connection": "AzureWebJobsStorage"}], "scriptFile": "../dist/%s/index.js" % pick(r, SVC)}
    return "%s/function.json" % pick(r, SVC).title().replace("-", ""), dump(d, r), "function_bindings"


@L
def l_base64_payload(r):
    payload = base64.b64encode(json.dumps({"orderId": r.randint(10000, 99999), "items": [pick(r, SVC) for _ in range(3)],
                                           "currency": "EUR"}).encode()).decode()
    cloud = base64.b64encode(("#cloud-config\npackage_update: true\npackages: [jq, unzip]\nruncmd:\n  - echo %s > /etc/role\n" % pick(r, SVC)).encode()).decode()
    d = {"StartAt": "Send", "States": {"Send": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
                                                "Parameters": {"QueueUrl": "https://sqs.%s.amazonaws.com/%s/%s" % (pick(r, REGIONS), acct(r), pick(r, SVC)),
                                                               "MessageBody": {"encoding": "base64", "data": payload, "userData": cloud}},
                                                "End": True}}}
    return "statemachines/send-%s.asl.json" % pick(r, SVC), dump(d, r), "base64_payload"


@L
def l_webhook_fixture(r):
    body = json.dumps({"ref": "refs/heads/main", "after": hx(r, 40), "repository": {"full_name": "%s/%s" % (pick(r, ORGS), pick(r, SVC))}})
    d = {"headers": {"X-GitHub-Event": "push", "X-GitHub-Delivery": uuid4(r), "X-Hub-Signature-256": "sha256=" + hx(r, 64),
                     "X-Hub-Signature": "sha1=" + hx(r, 40)}, "body": body}
    return "argo-events/test/fixtures/push-event.json", dump(d, r), "webhook_signature_fixture"


@L
def l_checksums(r):
    v = "v3.%d.%d" % (r.randint(4, 6), r.randint(0, 12))
    lines = ["%s  argo-%s-%s.gz" % (hx(r, 64), o, a) for o in ["linux", "darwin"] for a in ["amd64", "arm64"]]
    return "tools/argo-%s.sha256" % v, "\n".join(lines) + "\n", "release_checksums"


@L
def l_ado_pipeline_refs(r):
    txt = f"""trigger: none
variables:
  - group: adf-{r.choice(['prod', 'dev'])}-secrets
  - name: subscriptionId
    value: {uuid4(r)}
  - name: serviceConnection
    value: sc-{pick(r, ORGS)}-{pick(r, SVC)}
steps:
  - task: AzureCLI@2
    inputs:
      azureSubscription: $(serviceConnection)
      scriptType: bash
      scriptLocation: inlineScript
      inlineScript: |
        az account set --subscription $(subscriptionId)
        az datafactory pipeline create-run --factory-name adf-{pick(r, ORGS)} -g rg-data --name PL_{pick(r, SVC)} --parameters clientSecret=$(spClientSecret)
"""
    return "pipelines/adf-run.yml", txt, "ado_pipeline_refs"


@L
def l_managed_connections(r):
    sub = uuid4(r)
    d = {"managedApiConnections": {"office365": {
        "api": {"id": "/subscriptions/%s/providers/Microsoft.Web/locations/%s/managedApis/office365" % (sub, pick(r, AZ_LOC))},
        "connection": {"id": "/subscriptions/%s/resourceGroups/rg-%s/providers/Microsoft.Web/connections/office365" % (sub, pick(r, SVC))},
        "connectionRuntimeUrl": "https://%s.%02d.common.logic-%s.azure-apihub.net/apim/office365/%s/" % (hx(r, 16), r.randint(0, 20), pick(r, AZ_LOC), hx(r, 32)),
        "authentication": {"type": "ManagedServiceIdentity"}}},
        "serviceProviderConnections": {"serviceBus": {"parameterValues": {"connectionString": "@appsetting('serviceBus_connectionString')"},
                                                      "serviceProvider": {"id": "/serviceProviders/serviceBus"}, "displayName": "sb"}}}
    return "connections.json", dump(d, r), "managed_connections"


@L
def l_adf_keyvault_ls(r):
    d = {"name": "LS_AzureSql_%s" % pick(r, DBNAMES).title(), "properties": {"type": "AzureSqlDatabase", "typeProperties": {
        "connectionString": "Integrated Security=False;Encrypt=True;Connection Timeout=30;Data Source=%s-sql.database.windows.net;Initial Catalog=%s;User ID=%s" % (pick(r, ORGS), pick(r, DBNAMES), pick(r, USERS)),
        "password": {"type": "AzureKeyVaultSecret", "store": {"referenceName": "LS_KeyVault", "type": "LinkedServiceReference"}, "secretName": "sql-%s-password" % pick(r, DBNAMES)}}},
        "etag": hx(r, 8) + "-0000-0c00-0000-" + hx(r, 12)}
    return "linkedService/%s.json" % d["name"], dump(d, r), "adf_keyvault_reference"


@L
def l_oic_export(r):
    d = {"code": "%s_SYNC" % pick(r, SVC).upper().replace("-", "_"), "version": "01.0%d.0000" % r.randint(0, 9),
         "id": "%s_SYNC|01.00.0000" % pick(r, SVC).upper().replace("-", "_"), "status": "ACTIVATED",
         "lockedFlag": False, "connections": [{"id": "%s_REST" % pick(r, ORGS).upper(), "securityPolicy": "OAUTH2_CLIENT_CREDENTIALS",
                                               "credentialsRef": "vault:ocid1.vaultsecret.oc1.eu-frankfurt-1.%s" % rs(r, 60, LOWER_ALNUM)}],
         "checksum": hashlib.md5(rbytes(r, 16)).hexdigest()}
    return "oic/integrations/%s.json" % d["code"], dump(d, r), "oic_export"


@L
def l_versions_tf(r):
    txt = f"""terraform {{
  required_version = ">= 1.{r.randint(3, 8)}.0"
  required_providers {{
    aws = {{
      source  = "hashicorp/aws"
      version = "~> 5.{r.randint(20, 80)}"
    }}
    azurerm = {{
      source  = "hashicorp/azurerm"
      version = "= 3.{r.randint(90, 116)}.0"
    }}
  }}
  backend "s3" {{
    bucket         = "{pick(r, ORGS)}-tfstate-{acct(r)}"
    key            = "workflows/{pick(r, SVC)}.tfstate"
    region         = "{pick(r, REGIONS)}"
    dynamodb_table = "tf-locks"
    kms_key_id     = "arn:aws:kms:{pick(r, REGIONS)}:{acct(r)}:key/{uuid4(r)}"
  }}
}}
"""
    return "terraform/versions.tf", txt, "tf_versions_backend"


@L
def l_k8s_external_secret(r):
    txt = f"""apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: {pick(r, SVC)}-api
  namespace: argo
  annotations:
    checksum/config: {hx(r, 64)}
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: {r.choice(['aws-secrets-manager', 'azure-keyvault', 'gcp-secret-manager'])}
    kind: ClusterSecretStore
  target:
    name: {pick(r, SVC)}-api
  data:
    - secretKey: token
      remoteRef:
        key: {pick(r, SVC)}/partner-token
        version: "{r.randint(1, 30)}"
"""
    return "argo/external-secrets/%s.yaml" % pick(r, SVC), txt, "external_secret_ref"


@L
def l_uuid_mapping(r):
    out = ["# tenant / workspace mapping used by the Logic Apps router", "tenants:"]
    for _ in range(r.randint(3, 6)):
        out.append("  - name: %s" % pick(r, ORGS))
        out.append("    tenantId: %s" % uuid4(r))
        out.append("    workspaceId: %s" % uuid4(r))
        out.append("    routingKey: %s" % hx(r, 24))
    return "config/tenants.yaml", "\n".join(out) + "\n", "uuid_mapping"


# ============================================================================ driver
def filetype(path):
    base = os.path.basename(path)
    if base.startswith(".env"):
        return "env"
    if base.endswith(".asl.json"):
        return "asl.json"
    if base == ".terraform.lock.hcl":
        return "hcl"
    ext = base.rsplit(".", 1)[-1] if "." in base else base
    return {"yml": "yaml", "tf": "terraform", "ps1": "powershell", "sh": "shell", "py": "python", "ts": "typescript",
            "js": "javascript", "properties": "properties", "bicep": "bicep", "toml": "toml", "pem": "pem",
            "txt": "text", "sha256": "text", "authorized_keys": "text"}.get(ext, ext)


def gen_pos(r, tfn):
    fix_names(r)
    c = Ctx(r, "pos")
    path, txt = tfn(c)
    return c, path, txt


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0].strip(), file=sys.stderr)
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    needles = set()

    def write(rel, txt):
        full = os.path.join(out, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as f:
            f.write(txt)

    # positives: cycle through shuffled templates so every template is used ~evenly
    order = []
    while len(order) < 500:
        t = list(TEMPLATES)
        r.shuffle(t)
        order.extend(t)
    order = order[:500]
    for i, tfn in enumerate(order):
        for _attempt in range(50):
            c, path, txt = gen_pos(r, tfn)
            nd = c.needle
            if nd and nd not in needles and len(nd) >= 8 and nd in txt:
                break
        else:
            raise RuntimeError("could not generate unique needle for %s" % tfn.__name__)
        needles.add(nd)
        idx = txt.index(nd)
        line = txt[:idx].count("\n") + 1
        assert nd in txt.split("\n")[line - 1]
        rel = "pos/p%04d/%s" % (i, path)
        write(rel, txt)
        manifest.append({"file": rel, "label": "pos", "provider": c.provider, "kind": c.kind, "filetype": filetype(path),
                         "template": tfn.__name__[2:]})
        secrets.append({"file": rel, "needle": nd, "line": line})

    # negatives: 250 from positive templates with non-secret slot, 250 look-alikes
    neg_jobs = []
    t_order = []
    while len(t_order) < 250:
        t = list(TEMPLATES)
        r.shuffle(t)
        t_order.extend(t)
    l_order = []
    while len(l_order) < 250:
        t = list(LOOK)
        r.shuffle(t)
        l_order.extend(t)
    neg_jobs = [("slot", f) for f in t_order[:250]] + [("look", f) for f in l_order[:250]]
    r.shuffle(neg_jobs)
    for i, (typ, fn) in enumerate(neg_jobs):
        for _attempt in range(50):
            fix_names(r)
            if typ == "slot":
                c = Ctx(r, "neg")
                path, txt = fn(c)
                prov, kind, tname = c.provider, "none:" + (c.kind or "secret"), fn.__name__[2:]
            else:
                path, txt, tname = fn(r)
                prov, kind = "none", "lookalike"
                tname = "look_" + tname
            base = os.path.basename(path)
            if base == ".env" or (base.startswith(".env.") and base.split(".")[-1] not in ("example", "sample", "template", "dist")):
                path = os.path.join(os.path.dirname(path), ".env.example")
            if not any(nd in txt for nd in needles):
                break
        rel = "neg/n%04d/%s" % (i, path)
        write(rel, txt)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": filetype(path), "template": tname})

    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
