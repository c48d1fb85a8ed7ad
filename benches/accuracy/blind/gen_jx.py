#!/usr/bin/env python3
"""gen_jx.py - blind evaluation set: local settings of serverless / cloud emulators.

EMPHASIS
    Local development settings of serverless platforms and cloud emulators that get
    committed by mistake.  Providers/tools: Azure Functions (local.settings.json Values
    and ConnectionStrings, AzureWebJobsStorage with AccountKey, Service Bus / Event Hubs,
    Cosmos DB, Entra ID client secrets, function keys), Azurite, AWS SAM (env.json,
    samconfig.toml, template.yaml), serverless.yml / serverless-offline, LocalStack,
    Firebase (.runtimeconfig.json, functions:config:set, .secret.local, service-account
    JSON, emulator configs), Cloudflare Workers (wrangler.toml, .dev.vars), Vercel
    (.vercel/.env.development.local, vercel.json), Netlify (netlify.toml), Supabase
    (config.toml, local JWT secret, anon / service_role JWTs, sb_secret_ keys), Google
    Cloud Functions (.env.yaml, gcloud --set-env-vars), Knative / OpenFaaS secrets,
    Deno Deploy, Fastly Compute (fastly.toml local secret stores), Dapr components
    (literal value vs secretKeyRef).  Third-party keys that live in those files: Stripe,
    SendGrid, OpenAI, Anthropic, Twilio, Mailgun, Slack webhooks/tokens, GitHub OAuth
    secrets, database URLs with passwords.
    File types: JSON, TOML, YAML, .dev.vars / .secret.local (dotenv style), shell,
    JavaScript, TypeScript, Python, C#, Markdown, Terraform, Dockerfile/compose, SQL,
    CSV, logs, lock files.

USAGE
    python3 -B gen_jx.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Deterministic per SEED (one
    random.Random; no clock, no os.urandom, no set iteration, no hash()).

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, without quotes.
    * Connection strings (Azure storage / Service Bus / Event Hubs / Cosmos / SQL):
      only the AccountKey= / SharedAccessKey= / AccountKey / Password= value.
    * Database URLs (postgres://, mongodb+srv://, rediss://): only the password part.
    * Webhook URLs (Slack incoming webhooks): the whole URL (its path is the secret).
    * Headers (Authorization: Bearer X, x-api-key: X, x-functions-key: X): only X.
    * Key pairs (AWS access key id + secret access key): the secret access key; the
      key id is also in the file but the pair counts as one credential.
    * Private keys inside service-account JSON: the whole "private_key" JSON string
      value as written on its single line (with literal \\n escapes).  Multi-line PEM
      blocks (YAML block scalars): the first base64 line after the BEGIN line.
    * JWTs (Supabase service_role keys): the whole JWT.

NEGATIVES
    Half re-use the positive templates with the slot holding a non-secret: generic
    placeholders (<your-key>, YOUR_API_KEY_HERE, changeme, xxxx..., empty, ****,
    [REDACTED]), references (${VAR}, ${env:VAR}, ${ssm:...}, env(VAR), ${{ secrets.X }},
    op://..., vault paths, @Microsoft.KeyVault(...)), and documented public / dummy
    values: the Azurite devstoreaccount1 key and UseDevelopmentStorage=true, the Cosmos
    DB emulator key, LocalStack test/test, AWS documentation EXAMPLE keys, Stripe's
    documentation test key, Supabase local demo JWTs and its default local JWT secret,
    Supabase local postgres:postgres password.  No negative uses a .env* file name
    (templates stored in .env files are skipped for negatives).
    The other half are look-alikes: Firebase web config (public apiKey, appId),
    Stripe publishable keys, Supabase anon key usage, Azure Functions host logs with
    invocation ids, Cloud Functions execution/trace ids, wrangler KV/D1 ids, Vercel
    project ids, lock-file integrity hashes, image digests, JWKS public keys, PEM public
    keys, subscription/tenant GUIDs, commit SHAs, base64 data URIs, Dapr secretKeyRef,
    Knative secretKeyRef, OpenFaaS secret names, emulator ports configs.

FORMATS CHECKED (search tool, docs/pages corpora)
    * Azurite/Storage emulator: account devstoreaccount1 and key Eby8vdM0...GMGw==
      (learn.microsoft.com storage-connect-azurite, azure-content include); account
      keys are base64 (64 bytes -> 88 chars); UseDevelopmentStorage=true shortcut.
    * local.settings.json shape: IsEncrypted, Values, ConnectionStrings (gists, MS docs).
    * Cosmos DB emulator key C2y6yDjf5/...Jw== is static/well known (MS Learn).
    * LocalStack: any access key id like "test" maps to account 000000000000; secret
      key is ignored; structured LSIA/LKIA ids (docs.localstack.cloud credentials).
    * Supabase local: JWT secret super-secret-jwt-token-with-at-least-32-characters-long,
      demo anon/service_role JWTs (iss supabase-demo), db postgres:postgres@54322;
      config.toml supports env(VAR); new key types sb_publishable_ / sb_secret_.
    * Cloudflare: .dev.vars (or .env) holds local secrets for wrangler dev; do not
      use [vars] for secrets.
    * Firebase: web apiKey is public by design (firebase.google.com api-keys).
    * SendGrid: keys are 69 characters (Twilio docs) -> SG.<22>.<43>.
    * Stripe: sk_/pk_/rk_ + _test_/_live_ prefixes; publishable keys are public.
    * OpenAI: sk-proj- project keys (~160 chars, URL-safe body).
    (One search hit was a GitLab secret-detection rule issue; it was not used.)

DOUBTS
    * OpenAI body layout (74 + "T3BlbkFJ" + 74) and Anthropic sk-ant-api03-<93>AA are
      from memory, not confirmed by provider docs.
    * Azure Functions function key shape (56 char base64url with ==), Entra client
      secret shape (xxxN Q~ + 34), Supabase sb_secret_ length, Cloudflare API token
      (40 chars), Vercel token (24), Netlify nfp_ (nfp_ + 36), Deno ddp_ (+36), Fastly
      token (32), Mailgun key shape (32hex-8hex-8hex), GitHub OAuth client id Ov23li...
      were not confirmed in documentation.
    * Firebase .secret.local as local override file is from memory.
"""
import base64
import hashlib
import hmac
import json
import os
import random
import string
import sys

R = random.Random(0)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
B64 = AN + "+/"
B64U = AN + "-_"
HEX = "0123456789abcdef"
B32 = UP + "234567"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64bytes(n):
    return base64.b64encode(rbytes(n)).decode()


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def uuid4():
    h = rs(HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def pick(*xs):
    return R.choice(xs)


def chance(p):
    return R.random() < p


def word():
    return pick("orders", "billing", "catalog", "notify", "ingest", "thumbnails", "reports",
                "inventory", "checkout", "webhooks", "users", "search", "mailer", "audit")


def app():
    return pick("contoso", "fabrikam", "acme", "northwind", "tailspin", "woodgrove", "litware",
                "adventureworks", "proseware", "wingtip", "margie", "relecloud")


def region_aws():
    return pick("us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2")


def prefix_dir():
    return pick("", "", "api/", "functions/", "services/%s/" % word(), "apps/%s/" % word(),
                "backend/", "src/%s/" % word())


# ---------------------------------------------------------------- secret generators
def g_azure_storage_key():
    return b64bytes(64)


def g_sas_key():
    return b64bytes(32)


def g_cosmos_key():
    return b64bytes(64)


def g_func_key():
    return base64.urlsafe_b64encode(rbytes(40)).decode()


def g_aws_id():
    return pick("AKIA", "AKIA", "ASIA") + rs(B32, 16)


def g_aws_secret():
    return rs(AN + "+/", 40)


def g_stripe():
    p = pick("sk_live_", "sk_test_", "rk_live_", "sk_live_")
    if chance(0.5):
        return p + "51" + rs(AN, 97)
    return p + rs(AN, 24)


def g_sendgrid():
    return "SG." + rs(B64U, 22) + "." + rs(B64U, 43)


def g_openai():
    return "sk-proj-" + rs(B64U, 74) + "T3BlbkFJ" + rs(B64U, 74)


def g_anthropic():
    return "sk-ant-api03-" + rs(B64U, 93) + "AA"


def g_google_key():
    return "AIza" + rs(B64U, 35)


def g_hex32():
    return rs(HEX, 32)


def g_hex40():
    return rs(HEX, 40)


def g_mailgun():
    return rs(HEX, 32) + "-" + rs(HEX, 8) + "-" + rs(HEX, 8)


def g_slack_webhook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(UP + DG, 10), rs(UP + DG, 10), rs(AN, 24))


def g_slack_bot():
    return "xoxb-%s-%s-%s" % (rs(DG, 12), rs(DG, 13), rs(AN, 24))


def g_cf_token():
    return rs(B64U, 40)


def g_netlify():
    return "nfp_" + rs(AN, 36)


def g_vercel():
    return rs(AN, 24)


def g_deno():
    return "ddp_" + rs(AN, 36)


def g_fastly():
    return rs(B64U, 32)


def g_password():
    return rs(AN, R.randint(4, 8)) + pick("-", "_", "") + rs(AN, R.randint(10, 16))


def g_password_sym():
    return rs(AN, 6) + pick("!", "#", "%", "^", "*") + rs(AN, 8) + pick("!", "#", "$", "*") + rs(AN, 4)


def g_jwt_secret():
    return pick(lambda: rs(AN, R.randint(40, 64)), lambda: b64bytes(48), lambda: rs(HEX, 64))()


def g_entra_secret():
    return rs(AN, 3) + R.choice(DG) + "Q~" + rs(AN + "~_.-", 34)


def g_sb_secret():
    return "sb_secret_" + rs(B64U, 31)


def jwt_hs256(payload, key):
    h = b64u_nopad(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    sig = hmac.new(key.encode(), (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64u_nopad(sig)


def g_supa_service():
    iat = R.randint(1690000000, 1730000000)
    ref = rs(LO, 20)
    return jwt_hs256({"iss": "supabase", "ref": ref, "role": "service_role", "iat": iat,
                      "exp": iat + 315360000}, rs(AN, 40))


def g_pem_lines():
    hdr = bytes([0x30, 0x82, 0x04, 0xBD, 0x02, 0x01, 0x00, 0x30, 0x0D, 0x06, 0x09, 0x2A, 0x86,
                 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82, 0x04, 0xA7,
                 0x30, 0x82, 0x04, 0xA3, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00])
    body = base64.b64encode(hdr + rbytes(1217 - len(hdr))).decode()
    return [body[i:i + 64] for i in range(0, len(body), 64)]


def g_sa_private_key():
    return "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(g_pem_lines()) + "\\n-----END PRIVATE KEY-----\\n"


GEN = {
    "azure_storage": g_azure_storage_key, "sas": g_sas_key, "cosmos": g_cosmos_key,
    "func_key": g_func_key, "aws": g_aws_secret, "stripe": g_stripe, "sendgrid": g_sendgrid,
    "openai": g_openai, "anthropic": g_anthropic, "google": g_google_key, "twilio": g_hex32,
    "gh_oauth": g_hex40, "mailgun": g_mailgun, "slack_webhook": g_slack_webhook,
    "slack_bot": g_slack_bot, "cf_token": g_cf_token, "netlify": g_netlify, "vercel": g_vercel,
    "deno": g_deno, "fastly": g_fastly, "password": g_password, "password_sym": g_password_sym,
    "jwt_secret": g_jwt_secret, "entra": g_entra_secret, "sb_secret": g_sb_secret,
    "supa_jwt": g_supa_service, "sa_key": g_sa_private_key, "pem_line": lambda: g_pem_lines()[0],
}

# ---------------------------------------------------------------- negative fillers
AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
COSMOS_EMU_KEY = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=="
SUPA_DEMO_JWT_SECRET = "super-secret-jwt-token-with-at-least-32-characters-long"
SUPA_DEMO_ANON = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24ifQ."
                  "625_WdcF3KHqz5amU0x2X5WWHP-OEs_4qj0ssLNHzTs")
SUPA_DEMO_SERVICE = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vf"
                     "cm9sZSJ9.vI9obAHOGyVVKa3pD--kJlyxp-Z2zV9UUMAhKpNLAcU")
AWS_DOC_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
STRIPE_DOC_KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"

DOC_VALUES = {
    "azure_storage": [AZURITE_KEY],
    "cosmos": [COSMOS_EMU_KEY],
    "aws": ["test", AWS_DOC_SECRET, "localstack"],
    "stripe": [STRIPE_DOC_KEY],
    "jwt_secret": [SUPA_DEMO_JWT_SECRET],
    "supa_jwt": [SUPA_DEMO_SERVICE, SUPA_DEMO_ANON],
    "password": ["postgres", "<password>"],
    "password_sym": ["<password>", "Your_password123"],
    "sas": ["SAS_KEY_VALUE"],
}


def neg_value(kind, var):
    v = var or "API_KEY"
    docs = DOC_VALUES.get(kind)
    if docs and chance(0.35):
        return R.choice(docs)
    opts = [
        "<your-key>", "<%s>" % v.lower().replace("_", "-"), "YOUR_API_KEY_HERE",
        "YOUR_%s" % v.upper(), "changeme", "x" * R.randint(16, 40), "", "****", "********",
        "[REDACTED]", "<redacted>", "${%s}" % v, "${env:%s}" % v, "env(%s)" % v,
        "${{ secrets.%s }}" % v.upper(), "op://Dev/%s/credential" % v.lower().replace("_", "-"),
        "vault:secret/data/dev/%s#value" % word(), "replace-me", "TODO", "dummy", "not-a-real-key",
        "@Microsoft.KeyVault(SecretUri=https://kv-%s-dev.vault.azure.net/secrets/%s/)" % (
            app(), v.replace("_", "-")),
        "{{ .Values.%s }}" % v.lower(), "%%%s%%" % v, "$(%s)" % v, "...",
    ]
    return R.choice(opts)


# ---------------------------------------------------------------- positive templates
POS = []


def tpl(provider, kind, gen, var, env=False):
    def d(fn):
        POS.append(dict(fn=fn, provider=provider, kind=kind, gen=gen, var=var, env=env))
        return fn
    return d


def nm(conv, *alts):
    return conv if chance(0.5) else R.choice(alts)


def yq(v, pos):
    if pos and v and chance(0.5):
        return v
    return '"%s"' % v


def acct():
    return app() + pick("funcs", "st", "storage", "dev", "data") + rs(DG, R.randint(0, 3))


def storage_cs(name, key):
    return "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (name, key)


def lsj(values, conns=None, host=None):
    d = {"IsEncrypted": False, "Values": values}
    if host:
        d["Host"] = host
    if conns:
        d["ConnectionStrings"] = conns
    return json.dumps(d, indent=pick(2, 4)) + "\n"


def worker_rt():
    return pick("dotnet-isolated", "node", "python", "dotnet", "java", "powershell")


@tpl("azure-storage", "storage_account_key", "azure_storage", "AzureWebJobsStorage")
def p_lsj_storage(v, pos):
    vals = {"AzureWebJobsStorage": storage_cs(acct(), v), "FUNCTIONS_WORKER_RUNTIME": worker_rt()}
    if chance(0.6):
        vals["%sQueueName" % word().capitalize()] = word() + "-items"
    if chance(0.5):
        vals["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "InstrumentationKey=%s;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/" % uuid4()
    return prefix_dir() + "local.settings.json", lsj(vals, host={"LocalHttpPort": 7071, "CORS": "*"} if chance(0.3) else None)


@tpl("azure-sql", "connection_string_password", "password_sym", "SqlConnectionString")
def p_lsj_sql(v, pos):
    srv = app() + "-sql-" + pick("dev", "test", "weu")
    conns = {nm("SqlConnectionString", "Default", "OrdersDb", "Main"):
             "Server=tcp:%s.database.windows.net,1433;Initial Catalog=%sdb;Persist Security Info=False;User ID=%s;Password=%s;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;" % (srv, word(), pick("sqladmin", "appuser", "func_rw"), v)}
    vals = {"AzureWebJobsStorage": "UseDevelopmentStorage=true", "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated"}
    return prefix_dir() + "local.settings.json", lsj(vals, conns)


@tpl("azure-servicebus", "connection_string_key", "sas", "ServiceBusConnection")
def p_lsj_sb(v, pos):
    ns = app() + "-sb-" + pick("dev", "int", "test")
    vals = {"AzureWebJobsStorage": "UseDevelopmentStorage=true", "FUNCTIONS_WORKER_RUNTIME": worker_rt(),
            nm("ServiceBusConnection", "SB", "BusConn", "MessagingConnection"):
            "Endpoint=sb://%s.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=%s" % (ns, v),
            "QueueName": word()}
    return prefix_dir() + "local.settings.json", lsj(vals)


@tpl("azure-cosmos", "database_key", "cosmos", "CosmosDbKey")
def p_lsj_cosmos(v, pos):
    vals = {"AzureWebJobsStorage": "UseDevelopmentStorage=true", "FUNCTIONS_WORKER_RUNTIME": worker_rt(),
            "CosmosDbEndpoint": "https://%s-cosmos.documents.azure.com:443/" % app(),
            nm("CosmosDbKey", "CosmosKey", "DocDbAuth", "PrimaryKey"): v,
            "CosmosDbDatabase": word()}
    return prefix_dir() + "local.settings.json", lsj(vals)


@tpl("sendgrid", "api_key", "sendgrid", "SENDGRID_API_KEY")
def p_lsj_sendgrid(v, pos):
    vals = {"AzureWebJobsStorage": "UseDevelopmentStorage=true", "FUNCTIONS_WORKER_RUNTIME": "node",
            "AzureWebJobsFeatureFlags": "EnableWorkerIndexing",
            nm("SENDGRID_API_KEY", "AzureWebJobsSendGridApiKey", "MailKey", "smtp_pass"): v,
            "FROM_ADDRESS": "noreply@%s.example" % app()}
    return prefix_dir() + "local.settings.json", lsj(vals)


@tpl("openai", "api_key", "openai", "OPENAI_API_KEY")
def p_lsj_openai(v, pos):
    vals = {"AzureWebJobsStorage": "UseDevelopmentStorage=true", "FUNCTIONS_WORKER_RUNTIME": "python",
            "PYTHON_ISOLATE_WORKER_DEPENDENCIES": "1",
            nm("OPENAI_API_KEY", "LLM_KEY", "CompletionKey", "ai__key"): v,
            "OPENAI_MODEL": pick("gpt-4o-mini", "gpt-4.1", "o3-mini")}
    return prefix_dir() + "local.settings.json", lsj(vals)


@tpl("azure-entra", "client_secret", "entra", "AZURE_CLIENT_SECRET")
def p_lsj_entra(v, pos):
    vals = {"AzureWebJobsStorage": "UseDevelopmentStorage=true", "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
            "AZURE_TENANT_ID": uuid4(), "AZURE_CLIENT_ID": uuid4(),
            nm("AZURE_CLIENT_SECRET", "AzureAd:ClientSecret", "GraphAppPassword", "spSecret"): v}
    return prefix_dir() + "local.settings.json", lsj(vals)


@tpl("azure-eventhubs", "connection_string_key", "sas", "EventHubConnection")
def p_appsettings_eh(v, pos):
    ns = app() + "-eh"
    d = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
         "EventHub": {"ConnectionString": "Endpoint=sb://%s.servicebus.windows.net/;SharedAccessKeyName=%s;SharedAccessKey=%s;EntityPath=%s" % (ns, pick("send", "listen", "app-policy"), v, word()),
                      "ConsumerGroup": "$Default"},
         "AllowedHosts": "*"}
    return prefix_dir() + "appsettings.Development.json", json.dumps(d, indent=2) + "\n"


@tpl("azure-storage", "storage_account_key", "azure_storage", "AccountKey")
def p_cs_blob(v, pos):
    name = acct()
    ctr = word()
    t = """using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace %s.Functions;

public class %sUpload
{
    // TODO move to settings before merging
    private static readonly BlobServiceClient Blobs = new BlobServiceClient(
        "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net");

    private readonly ILogger<%sUpload> _log;

    public %sUpload(ILogger<%sUpload> log) => _log = log;

    [Function("%sUpload")]
    public async Task Run([QueueTrigger("%s-in")] string message)
    {
        var container = Blobs.GetBlobContainerClient("%s");
        await container.CreateIfNotExistsAsync();
        _log.LogInformation("stored {Len} bytes", message.Length);
    }
}
""" % (app().capitalize(), ctr.capitalize(), name, v, ctr.capitalize(), ctr.capitalize(), ctr.capitalize(), ctr.capitalize(), ctr, ctr)
    return prefix_dir() + "%sUpload.cs" % ctr.capitalize(), t


@tpl("stripe", "api_key", "stripe", "StripeConfiguration.ApiKey")
def p_cs_stripe(v, pos):
    t = """using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Stripe;

namespace %s.Payments;

public static class CheckoutFunction
{
    static CheckoutFunction()
    {
        StripeConfiguration.ApiKey = "%s";
    }

    [Function("CreatePaymentIntent")]
    public static async Task<HttpResponseData> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post")] HttpRequestData req)
    {
        var service = new PaymentIntentService();
        var intent = await service.CreateAsync(new PaymentIntentCreateOptions { Amount = %d, Currency = "%s" });
        var res = req.CreateResponse(System.Net.HttpStatusCode.OK);
        await res.WriteAsJsonAsync(new { intent.ClientSecret });
        return res;
    }
}
""" % (app().capitalize(), v, R.randint(500, 9000), pick("usd", "eur", "gbp"))
    return prefix_dir() + "CheckoutFunction.cs", t


@tpl("sendgrid", "api_key", "sendgrid", "SendGridClient")
def p_cs_sendgrid(v, pos):
    t = """using SendGrid;
using SendGrid.Helpers.Mail;

namespace %s.Notifications;

internal sealed class Mailer
{
    private readonly SendGridClient _client = new SendGridClient("%s");

    public Task SendAsync(string to, string subject, string html)
    {
        var msg = MailHelper.CreateSingleEmail(
            new EmailAddress("no-reply@%s.example", "%s"), new EmailAddress(to), subject, null, html);
        return _client.SendEmailAsync(msg);
    }
}
""" % (app().capitalize(), v, app(), app().capitalize())
    return prefix_dir() + "Mailer.cs", t


@tpl("aws", "cloud_secret_key", "aws", "AWS_SECRET_ACCESS_KEY")
def p_sam_envjson_aws(v, pos):
    kid = g_aws_id() if pos else (AWS_DOC_ID if v == AWS_DOC_SECRET else ("test" if v in ("test", "localstack") else "${AWS_ACCESS_KEY_ID}"))
    fn = word().capitalize() + "Function"
    d = {fn: {"TABLE_NAME": word() + "-table", "AWS_REGION": region_aws(),
              "AWS_ACCESS_KEY_ID": kid, "AWS_SECRET_ACCESS_KEY": v, "LOG_LEVEL": "debug"}}
    return prefix_dir() + pick("env.json", "locals.json", "env.local.json"), json.dumps(d, indent=2) + "\n"


@tpl("stripe", "api_key", "stripe", "STRIPE_SECRET_KEY")
def p_sam_envjson_stripe(v, pos):
    d = {"Parameters": {"STAGE": "local", "STRIPE_SECRET_KEY" if chance(0.5) else "PAYMENTS_TOKEN": v},
         word().capitalize() + "Function": {"QUEUE_URL": "http://localhost:4566/000000000000/%s" % word()}}
    return prefix_dir() + "env.json", json.dumps(d, indent=2) + "\n"


@tpl("aws-rds", "database_password", "password", "DbPassword")
def p_samconfig(v, pos):
    st = app() + "-" + word()
    t = """version = 0.1

[default.global.parameters]
stack_name = "%s"

[default.build.parameters]
cached = true
parallel = true

[default.deploy.parameters]
capabilities = "CAPABILITY_IAM"
confirm_changeset = true
resolve_s3 = true
s3_prefix = "%s"
region = "%s"
parameter_overrides = "Stage=\\"dev\\" %s=\\"%s\\" DbUser=\\"app\\""
image_repositories = []

[default.local_start_api.parameters]
warm_containers = "EAGER"
""" % (st, st, region_aws(), nm("DbPassword", "MasterUserPassword", "Pwd"), v)
    return prefix_dir() + "samconfig.toml", t


@tpl("openai", "api_key", "openai", "OPENAI_API_KEY")
def p_sam_template(v, pos):
    t = """AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: %s summarizer

Globals:
  Function:
    Timeout: 30
    Runtime: python3.12
    MemorySize: 512

Resources:
  SummarizeFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: src/
      Handler: app.handler
      Environment:
        Variables:
          BUCKET: !Ref DocsBucket
          %s: %s
      Events:
        Api:
          Type: Api
          Properties:
            Path: /summarize
            Method: post
  DocsBucket:
    Type: AWS::S3::Bucket
""" % (app(), nm("OPENAI_API_KEY", "LLM_TOKEN", "SummarizerKey"), yq(v, pos))
    return prefix_dir() + "template.yaml", t


def sls_head(svc, runtime=None):
    return """service: %s
frameworkVersion: '3'

provider:
  name: aws
  runtime: %s
  region: %s
  stage: ${opt:stage, 'dev'}
""" % (svc, runtime or pick("nodejs20.x", "nodejs18.x", "python3.11"), region_aws())


@tpl("slack", "webhook_url", "slack_webhook", "SLACK_WEBHOOK_URL")
def p_sls_slack(v, pos):
    t = sls_head(app() + "-alerts") + """  environment:
    ALERT_CHANNEL: '#ops-%s'
    %s: %s

functions:
  notify:
    handler: handler.notify
    events:
      - sns: %s-alarms

plugins:
  - serverless-offline
""" % (word(), nm("SLACK_WEBHOOK_URL", "HOOK", "notifyUrl"), yq(v, pos), app())
    return prefix_dir() + "serverless.yml", t


@tpl("postgres", "database_password", "password", "DATABASE_URL")
def p_sls_pg(v, pos):
    t = sls_head(app() + "-api") + """  environment:
    NODE_OPTIONS: --enable-source-maps
    DATABASE_URL: postgres://%s:%s@%s.%s.rds.amazonaws.com:5432/%s

functions:
  api:
    handler: src/handler.main
    events:
      - httpApi: '*'
""" % (pick("app", "api_user", "postgres"), v, app() + "-db", rs(LO + DG, 12) + "." + region_aws(), word())
    return prefix_dir() + "serverless.yml", t


@tpl("mongodb", "database_password", "password", "MONGODB_URI")
def p_sls_offline_mongo(v, pos):
    t = sls_head(app() + "-" + word()) + """
custom:
  serverless-offline:
    httpPort: 3000
    lambdaPort: 3002
    noPrependStageInUrl: true
  environment:
    dev:
      MONGODB_URI: mongodb+srv://%s:%s@cluster0.%s.mongodb.net/%s?retryWrites=true&w=majority

functions:
  list:
    handler: dist/list.handler
    environment:
      MONGODB_URI: ${self:custom.environment.${sls:stage}.MONGODB_URI}
    events:
      - http: { path: items, method: get }

plugins:
  - serverless-offline
""" % (pick("dev", "svc", "admin"), v, rs(LO + DG, 5), word())
    return prefix_dir() + "serverless.yml", t


@tpl("twilio", "auth_token", "twilio", "TWILIO_AUTH_TOKEN")
def p_sls_twilio(v, pos):
    t = sls_head(app() + "-sms", "python3.11") + """  environment:
    TWILIO_ACCOUNT_SID: AC%s
    %s: %s
    TWILIO_FROM: '+1555%s'

functions:
  send:
    handler: handler.send
""" % (rs(HEX, 32), nm("TWILIO_AUTH_TOKEN", "SMS_SECRET", "tw_token"), yq(v, pos), rs(DG, 7))
    return prefix_dir() + "serverless.yml", t


@tpl("slack", "bot_token", "slack_bot", "SLACK_BOT_TOKEN")
def p_sls_slackbot(v, pos):
    t = sls_head(app() + "-bot") + """  environment:
    %s: %s
    SLACK_CHANNEL_ID: C%s

functions:
  events:
    handler: app.handler
    events:
      - httpApi:
          path: /slack/events
          method: post
""" % (nm("SLACK_BOT_TOKEN", "BOT_OAUTH", "token"), yq(v, pos), rs(UP + DG, 10))
    return prefix_dir() + "serverless.yml", t


@tpl("aws", "cloud_secret_key", "aws", "AWS_SECRET_ACCESS_KEY")
def p_compose_sam(v, pos):
    kid = g_aws_id() if pos else ("test" if v in ("test", "localstack") else (AWS_DOC_ID if v == AWS_DOC_SECRET else "${AWS_ACCESS_KEY_ID}"))
    t = """services:
  api:
    build: .
    ports:
      - "3000:3000"
    environment:
      AWS_REGION: %s
      AWS_ACCESS_KEY_ID: %s
      AWS_SECRET_ACCESS_KEY: %s
      S3_BUCKET: %s-uploads
    depends_on:
      - redis
  redis:
    image: redis:7-alpine
""" % (region_aws(), kid, yq(v, pos), app())
    return prefix_dir() + pick("docker-compose.yml", "compose.yaml", "docker-compose.dev.yml"), t


@tpl("stripe", "api_key", "stripe", "stripe.secret")
def p_runtimeconfig_stripe(v, pos):
    d = {"stripe": {"secret": v, "currency": pick("usd", "eur")}, "app": {"env": "local", "region": "us-central1"}}
    return "functions/.runtimeconfig.json", json.dumps(d, indent=2) + "\n"


@tpl("sendgrid", "api_key", "sendgrid", "sendgrid.key")
def p_runtimeconfig_sg(v, pos):
    d = {"sendgrid": {"key": v, "template": "d-" + rs(HEX, 32)}, "web": {"url": "http://localhost:5000"}}
    return "functions/.runtimeconfig.json", json.dumps(d, indent=pick(2, 4)) + "\n"


@tpl("mailgun", "api_key", "mailgun", "mailgun.key")
def p_sh_fbconfig_mailgun(v, pos):
    t = """#!/usr/bin/env bash
# one-time setup for the %s functions project
set -euo pipefail

firebase use %s-dev
firebase functions:config:set mailgun.key="%s" mailgun.domain="mg.%s.example"
firebase functions:config:get > functions/.runtimeconfig.json
echo "config written"
""" % (app(), app(), v, app())
    return pick("scripts/", "tools/", "") + "setup-config.sh", t


@tpl("openai", "api_key", "openai", "openai.key")
def p_md_fbconfig_openai(v, pos):
    t = """# Functions setup

1. Install deps: `npm --prefix functions ci`
2. Set runtime config:

```sh
firebase functions:config:set openai.key="%s" openai.model="gpt-4o-mini"
```

3. Start emulators: `firebase emulators:start --only functions,firestore`
""" % v
    return pick("docs/", "functions/", "") + pick("SETUP.md", "README.md", "local-dev.md"), t


@tpl("gcp", "service_account_key", "sa_key", "private_key")
def p_sa_json(v, pos):
    proj = app() + "-" + pick("dev", "prod", "staging") + "-" + rs(DG, 4)
    email = "%s@%s.iam.gserviceaccount.com" % (pick("firebase-adminsdk-" + rs(LO + DG, 5), "functions-runner", "ci-deployer"), proj)
    t = """{
  "type": "service_account",
  "project_id": "%s",
  "private_key_id": "%s",
  "private_key": "%s",
  "client_email": "%s",
  "client_id": "%s",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s",
  "universe_domain": "googleapis.com"
}
""" % (proj, rs(HEX, 40), v, email, rs(DG, 21), email.replace("@", "%40"))
    return pick("functions/", "", "config/", "keys/") + pick("serviceAccountKey.json", "service-account.json", "%s-firebase-adminsdk.json" % proj), t


@tpl("stripe", "api_key", "stripe", "STRIPE_SECRET_KEY")
def p_secret_local(v, pos):
    t = "# overrides for the Functions emulator\n%s=%s\nWEBHOOK_PATH=/stripe/webhook\n" % (nm("STRIPE_SECRET_KEY", "STRIPE_KEY", "PAY_SK"), v)
    return "functions/.secret.local", t


@tpl("stripe", "api_key", "stripe", "Stripe")
def p_ts_stripe_fb(v, pos):
    t = """import { onRequest } from "firebase-functions/v2/https";
import * as logger from "firebase-functions/logger";
import Stripe from "stripe";

const stripe = new Stripe("%s", { apiVersion: "2024-06-20" });

export const createCheckout = onRequest({ cors: true, region: "%s" }, async (req, res) => {
  const session = await stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{ price: req.body.priceId, quantity: 1 }],
    success_url: "http://localhost:5000/success",
    cancel_url: "http://localhost:5000/cancel",
  });
  logger.info("session", { id: session.id });
  res.json({ url: session.url });
});
""" % (v, pick("us-central1", "europe-west1"))
    return "functions/src/" + pick("index.ts", "checkout.ts", "payments.ts"), t


def wrangler_head(name):
    return """name = "%s"
main = "src/index.ts"
compatibility_date = "%s"
compatibility_flags = ["nodejs_compat"]
""" % (name, pick("2024-09-23", "2025-03-10", "2024-11-01"))


@tpl("openai", "api_key", "openai", "OPENAI_API_KEY")
def p_wrangler_vars(v, pos):
    t = wrangler_head(app() + "-" + word()) + """
[vars]
ENVIRONMENT = "dev"
%s = "%s"

[[kv_namespaces]]
binding = "CACHE"
id = "%s"
""" % (nm("OPENAI_API_KEY", "AI_TOKEN", "UPSTREAM_KEY"), v, rs(HEX, 32))
    return prefix_dir() + "wrangler.toml", t


@tpl("stripe", "api_key", "stripe", "STRIPE_SECRET_KEY")
def p_wrangler_env_vars(v, pos):
    t = wrangler_head(app() + "-checkout") + """
[env.dev]
name = "%s-checkout-dev"

[env.dev.vars]
PUBLIC_URL = "http://localhost:8787"
%s = "%s"

[env.production]
routes = [{ pattern = "pay.%s.example/*", zone_name = "%s.example" }]
""" % (app(), nm("STRIPE_SECRET_KEY", "STRIPE_SK", "payments_key"), v, app(), app())
    return prefix_dir() + "wrangler.toml", t


@tpl("cloudflare", "api_token", "cf_token", "CLOUDFLARE_API_TOKEN")
def p_devvars_cf(v, pos):
    t = "%s=%s\nCLOUDFLARE_ACCOUNT_ID=%s\nZONE=%s.example\n" % (nm("CLOUDFLARE_API_TOKEN", "CF_TOKEN", "DNS_EDIT_TOKEN"), v, rs(HEX, 32), app())
    return prefix_dir() + ".dev.vars", t


@tpl("generic", "jwt_secret", "jwt_secret", "JWT_SECRET")
def p_devvars_jwt(v, pos):
    t = "# local only\nJWT_SECRET=\"%s\"\nJWT_ISSUER=\"https://auth.%s.example\"\nSESSION_TTL=3600\n" % (v, app())
    return prefix_dir() + pick(".dev.vars", ".dev.vars.staging"), t


@tpl("neon", "database_password", "password", "DATABASE_URL")
def p_devvars_db(v, pos):
    t = "DATABASE_URL=postgresql://%s:%s@ep-%s-%s-%s.%s.aws.neon.tech/neondb?sslmode=require\nLOG_LEVEL=debug\n" % (
        pick("neondb_owner", "app"), v, pick("cool", "quiet", "young", "bold"), pick("river", "sun", "bush", "field"), rs(LO + DG, 8), pick("us-east-2", "eu-central-1"))
    return prefix_dir() + ".dev.vars", t


@tpl("anthropic", "api_key", "anthropic", "x-api-key")
def p_worker_header(v, pos):
    t = """export interface Env {
  CACHE: KVNamespace;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const body = await request.json<{ prompt: string }>();
    const upstream = await fetch("https://api.anthropic.com/v1/messages", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "anthropic-version": "2023-06-01",
        "x-api-key": "%s",
      },
      body: JSON.stringify({ model: "claude-3-5-haiku-latest", max_tokens: 512, messages: [{ role: "user", content: body.prompt }] }),
    });
    return new Response(upstream.body, { status: upstream.status });
  },
};
""" % v
    return prefix_dir() + "src/index.ts", t


@tpl("openai", "api_key", "openai", "Authorization")
def p_worker_bearer(v, pos):
    t = """addEventListener("fetch", (event) => {
  event.respondWith(handle(event.request));
});

async function handle(request) {
  const url = new URL(request.url);
  const r = await fetch("https://api.openai.com/v1" + url.pathname.replace(/^\\/proxy/, ""), {
    method: request.method,
    headers: { Authorization: "Bearer %s", "Content-Type": "application/json" },
    body: request.body,
  });
  return new Response(r.body, r);
}
""" % v
    return prefix_dir() + pick("worker.js", "src/worker.js"), t


@tpl("postgres", "database_password", "password", "POSTGRES_PASSWORD", env=True)
def p_vercel_envlocal(v, pos):
    t = """# Created by Vercel CLI
NX_DAEMON="false"
POSTGRES_DATABASE="verceldb"
POSTGRES_HOST="ep-%s.%s.postgres.vercel-storage.com"
POSTGRES_PASSWORD="%s"
POSTGRES_USER="default"
TURBO_REMOTE_ONLY="true"
VERCEL="1"
VERCEL_ENV="development"
""" % (rs(LO + DG, 12), pick("us-east-1", "eu-central-1"), v)
    return ".vercel/.env.development.local", t


@tpl("stripe", "api_key", "stripe", "STRIPE_SECRET_KEY", env=True)
def p_dotenv_stripe(v, pos):
    t = "NEXT_PUBLIC_SITE_URL=http://localhost:3000\n%s=%s\nSTRIPE_PRICE_ID=price_%s\n" % (nm("STRIPE_SECRET_KEY", "STRIPE_KEY"), v, rs(AN, 24))
    return prefix_dir() + pick(".env", ".env.local", ".env.development.local"), t


@tpl("vercel", "api_token", "vercel", "VERCEL_TOKEN")
def p_sh_vercel(v, pos):
    t = """#!/bin/sh
# pull preview env and run locally
set -e
npx vercel pull --yes --environment=development --token %s
npx vercel dev --listen 3000
""" % v
    return pick("scripts/", "bin/", "") + "dev.sh", t


@tpl("sendgrid", "api_key", "sendgrid", "SENDGRID_API_KEY")
def p_vercel_json(v, pos):
    d = {"$schema": "https://openapi.vercel.sh/vercel.json", "framework": "nextjs",
         "functions": {"api/**/*.ts": {"memory": 1024, "maxDuration": 10}},
         "env": {"MAIL_FROM": "hello@%s.example" % app(), nm("SENDGRID_API_KEY", "MAILER_KEY", "sg"): v}}
    return prefix_dir() + "vercel.json", json.dumps(d, indent=2) + "\n"


@tpl("supabase", "service_role_key", "supa_jwt", "SUPABASE_SERVICE_ROLE_KEY")
def p_netlify_supa(v, pos):
    t = """[build]
  command = "npm run build"
  publish = "dist"
  functions = "netlify/functions"

[dev]
  framework = "vite"
  port = 8888
  targetPort = 5173

[context.dev.environment]
  SUPABASE_URL = "https://%s.supabase.co"
  %s = "%s"
""" % (rs(LO, 20), nm("SUPABASE_SERVICE_ROLE_KEY", "SB_ADMIN_KEY", "serviceKey"), v)
    return prefix_dir() + "netlify.toml", t


@tpl("netlify", "api_token", "netlify", "NETLIFY_AUTH_TOKEN")
def p_netlify_token(v, pos):
    t = """[build]
  command = "hugo --gc --minify"
  publish = "public"

[build.environment]
  HUGO_VERSION = "0.128.0"
  %s = "%s"

[[redirects]]
  from = "/api/*"
  to = "/.netlify/functions/:splat"
  status = 200
""" % (nm("NETLIFY_AUTH_TOKEN", "DEPLOY_TOKEN", "NF_PAT"), v)
    return prefix_dir() + "netlify.toml", t


def supa_cfg_head():
    return """# A string used to distinguish different Supabase projects on the same host.
project_id = "%s"

[api]
enabled = true
port = 54321
schemas = ["public", "graphql_public"]
max_rows = 1000

[db]
port = 54322
major_version = 15
""" % (app() + "-" + word())


@tpl("supabase", "jwt_secret", "jwt_secret", "jwt_secret")
def p_supa_jwt_secret(v, pos):
    t = supa_cfg_head() + """
[auth]
enabled = true
site_url = "http://127.0.0.1:3000"
additional_redirect_urls = ["https://127.0.0.1:3000"]
jwt_expiry = 3600
jwt_secret = "%s"
enable_signup = true
""" % v
    return "supabase/config.toml", t


@tpl("github", "oauth_client_secret", "gh_oauth", "GITHUB_SECRET")
def p_supa_github(v, pos):
    t = supa_cfg_head() + """
[auth]
enabled = true
site_url = "http://127.0.0.1:3000"

[auth.external.github]
enabled = true
client_id = "Ov23li%s"
secret = "%s"
redirect_uri = ""
""" % (rs(AN, 14), v)
    return "supabase/config.toml", t


@tpl("twilio", "auth_token", "twilio", "TWILIO_AUTH_TOKEN")
def p_supa_twilio(v, pos):
    t = supa_cfg_head() + """
[auth.sms]
enable_signup = true
enable_confirmations = false
template = "Your code is {{ .Code }}"

[auth.sms.twilio]
enabled = true
account_sid = "AC%s"
message_service_sid = "MG%s"
auth_token = "%s"
""" % (rs(HEX, 32), rs(HEX, 32), v)
    return "supabase/config.toml", t


@tpl("sendgrid", "smtp_password", "sendgrid", "smtp.pass")
def p_supa_smtp(v, pos):
    t = supa_cfg_head() + """
[auth.email.smtp]
enabled = true
host = "smtp.sendgrid.net"
port = 587
user = "apikey"
pass = "%s"
admin_email = "admin@%s.example"
sender_name = "%s"
""" % (v, app(), app().capitalize())
    return "supabase/config.toml", t


@tpl("supabase", "service_role_key", "supa_jwt", "SUPABASE_SERVICE_ROLE_KEY")
def p_supa_edge_ts(v, pos):
    t = """import { createClient } from "jsr:@supabase/supabase-js@2";

export const admin = createClient(
  Deno.env.get("SUPABASE_URL") ?? "https://%s.supabase.co",
  "%s",
  { auth: { persistSession: false } },
);
""" % (rs(LO, 20), v)
    return "supabase/functions/_shared/" + pick("admin.ts", "client.ts", "supabaseAdmin.ts"), t


@tpl("supabase", "secret_key", "sb_secret", "SUPABASE_SECRET_KEY")
def p_supa_py(v, pos):
    t = """import os
from supabase import create_client

URL = os.getenv("SUPABASE_URL", "https://%s.supabase.co")
%s = "%s"

client = create_client(URL, %s)


def purge_stale(days: int = 30) -> int:
    res = client.rpc("purge_sessions", {"older_than_days": days}).execute()
    return len(res.data or [])
""" % (rs(LO, 20), "KEY", v, "KEY")
    return pick("scripts/", "jobs/", "") + pick("purge.py", "maintenance.py"), t


@tpl("openai", "api_key", "openai", "OPENAI_API_KEY")
def p_gcf_envyaml_openai(v, pos):
    t = "ENVIRONMENT: dev\n%s: %s\nMODEL: gpt-4o-mini\nMAX_TOKENS: \"800\"\n" % (nm("OPENAI_API_KEY", "LLM_KEY", "ai_key"), yq(v, pos))
    return prefix_dir() + pick(".env.yaml", "env.dev.yaml"), t


@tpl("cloudsql", "database_password", "password_sym", "DB_PASS")
def p_gcf_envyaml_db(v, pos):
    t = "INSTANCE_CONNECTION_NAME: %s:%s:%s-pg\nDB_USER: %s\n%s: %s\nDB_NAME: %s\n" % (
        app() + "-dev", pick("us-central1", "europe-west1"), app(), pick("app", "postgres"), nm("DB_PASS", "PGPASSWORD", "db_secret"), yq(v, pos), word())
    return prefix_dir() + ".env.yaml", t


@tpl("google", "api_key", "google", "GEMINI_API_KEY")
def p_gcf_envyaml_gemini(v, pos):
    t = "GEMINI_API_KEY: %s\nGEMINI_MODEL: gemini-1.5-flash\nBUCKET: %s-uploads\n" % (yq(v, pos), app())
    return prefix_dir() + ".env.yaml", t


@tpl("stripe", "api_key", "stripe", "STRIPE_KEY")
def p_gcloud_deploy(v, pos):
    t = """#!/usr/bin/env bash
set -euo pipefail
gcloud functions deploy %s \\
  --gen2 --runtime=nodejs20 --region=%s --source=. \\
  --entry-point=handler --trigger-http --allow-unauthenticated \\
  --set-env-vars STRIPE_KEY=%s,NODE_ENV=production
""" % (word() + "-fn", pick("us-central1", "europe-west1"), v)
    return pick("deploy.sh", "scripts/deploy.sh"), t


@tpl("openai", "api_key", "openai", "api_key")
def p_py_gcf_openai(v, pos):
    t = """import functions_framework
from openai import OpenAI

client = OpenAI(api_key="%s")


@functions_framework.http
def summarize(request):
    text = (request.get_json(silent=True) or {}).get("text", "")
    out = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Summarize: " + text}],
    )
    return {"summary": out.choices[0].message.content}
""" % v
    return prefix_dir() + "main.py", t


@tpl("cloudsql", "database_password", "password", "postgresql")
def p_py_pg(v, pos):
    t = """import os
import sqlalchemy

engine = sqlalchemy.create_engine(
    "postgresql+pg8000://%s:%s@/%s?unix_sock=/cloudsql/%s:us-central1:%s/.s.PGSQL.5432",
    pool_size=2,
    max_overflow=0,
)


def count_rows(table: str) -> int:
    with engine.connect() as conn:
        return conn.execute(sqlalchemy.text(f"select count(*) from {table}")).scalar_one()
""" % (pick("app", "fn_user"), v, word(), app() + "-dev", app())
    return prefix_dir() + pick("db.py", "main.py"), t


@tpl("knative", "api_key", "stripe", "stripe-key")
def p_knative_secret(v, pos):
    t = """apiVersion: v1
kind: Secret
metadata:
  name: %s-secrets
  namespace: %s
type: Opaque
stringData:
  %s: %s
---
apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: %s
spec:
  template:
    spec:
      containers:
        - image: ghcr.io/%s/%s:latest
          envFrom:
            - secretRef:
                name: %s-secrets
""" % (word(), pick("default", "apps", "dev"), nm("stripe-key", "token", "api"), yq(v, pos), word(), app(), word(), word())
    return pick("config/", "k8s/", "deploy/") + pick("service.yaml", "secret.yaml"), t


@tpl("postgres", "database_password", "password", "DATABASE_URL")
def p_knative_env(v, pos):
    t = """apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: %s
spec:
  template:
    metadata:
      annotations:
        autoscaling.knative.dev/min-scale: "0"
    spec:
      containers:
        - image: dev.local/%s:latest
          env:
            - name: DATABASE_URL
              value: postgres://%s:%s@postgres.%s.svc.cluster.local:5432/%s
            - name: LOG_LEVEL
              value: debug
""" % (word(), word(), pick("app", "svc"), v, pick("default", "db"), word())
    return pick("config/", "k8s/", "deploy/") + "ksvc.yaml", t


@tpl("openfaas", "api_key", "sendgrid", "faas-cli secret")
def p_faas_secret(v, pos):
    t = """#!/bin/bash
# create secrets for the local faasd box
faas-cli login --gateway http://127.0.0.1:8080 --password-stdin < ~/.faasd-password
faas-cli secret create %s --from-literal="%s" --gateway http://127.0.0.1:8080
faas-cli deploy -f stack.yml
""" % (nm("sendgrid-key", "mail", "sg"), v)
    return pick("scripts/", "") + "bootstrap.sh", t


@tpl("mailgun", "api_key", "mailgun", "MAILGUN_API_KEY")
def p_faas_stack(v, pos):
    t = """version: 1.0
provider:
  name: openfaas
  gateway: http://127.0.0.1:8080
functions:
  %s:
    lang: node20
    handler: ./%s
    image: ttl.sh/%s-%s:latest
    environment:
      write_debug: true
      MAILGUN_DOMAIN: mg.%s.example
      %s: %s
""" % (word(), word(), app(), word(), app(), nm("MAILGUN_API_KEY", "mg_key", "apiKey"), yq(v, pos))
    return "stack.yml", t


@tpl("deno", "api_token", "deno", "DENO_DEPLOY_TOKEN")
def p_deno_deploy(v, pos):
    t = """{
  "tasks": {
    "dev": "deno run --watch --allow-net --allow-env main.ts",
    "deploy": "deployctl deploy --project=%s --token=%s --prod main.ts"
  },
  "imports": {
    "@std/http": "jsr:@std/http@^1.0.0"
  }
}
""" % (app() + "-" + word(), v)
    return "deno.json", t


@tpl("openai", "api_key", "openai", "OPENAI_API_KEY")
def p_deno_main(v, pos):
    t = """const OPENAI_API_KEY = Deno.env.get("OPENAI_API_KEY") ?? "%s";

Deno.serve(async (req) => {
  const { q } = await req.json();
  const r = await fetch("https://api.openai.com/v1/embeddings", {
    method: "POST",
    headers: { authorization: `Bearer ${OPENAI_API_KEY}`, "content-type": "application/json" },
    body: JSON.stringify({ model: "text-embedding-3-small", input: q }),
  });
  return new Response(r.body, { headers: { "content-type": "application/json" } });
});
""" % v
    return "main.ts", t


@tpl("fastly", "secret_store_value", "openai", "local_server.secret_stores")
def p_fastly_secretstore(v, pos):
    t = """authors = ["dev@%s.example"]
description = "edge proxy"
language = "rust"
manifest_version = 3
name = "%s-edge"
service_id = "%s"

[local_server]

  [local_server.backends]

    [local_server.backends.origin]
      url = "http://127.0.0.1:8080/"

  [[local_server.secret_stores.credentials]]
    key = "%s"
    data = "%s"
""" % (app(), app(), rs(AN, 22), nm("openai_key", "upstream", "k1"), v)
    return "fastly.toml", t


@tpl("fastly", "api_token", "fastly", "FASTLY_API_TOKEN")
def p_fastly_sh(v, pos):
    t = """#!/usr/bin/env bash
export FASTLY_API_TOKEN=%s
fastly compute build
fastly compute serve --watch
""" % v
    return pick("scripts/serve.sh", "serve.sh"), t


def dapr_comp(name, ctype, meta):
    lines = ["apiVersion: dapr.io/v1alpha1", "kind: Component", "metadata:", "  name: %s" % name,
             "spec:", "  type: %s" % ctype, "  version: v1", "  metadata:"]
    for k, val in meta:
        lines.append("  - name: %s" % k)
        lines.append("    value: %s" % val)
    return "\n".join(lines) + "\n"


@tpl("redis", "password", "password", "redisPassword")
def p_dapr_redis(v, pos):
    t = dapr_comp("statestore", "state.redis", [("redisHost", "%s.redis.cache.windows.net:6380" % app()), ("redisPassword", yq(v, pos)), ("enableTLS", '"true"'), ("actorStateStore", '"true"')])
    return pick("components/", "dapr/components/", ".dapr/components/") + "statestore.yaml", t


@tpl("azure-storage", "storage_account_key", "azure_storage", "storageAccessKey")
def p_dapr_blob(v, pos):
    t = dapr_comp(word() + "-blob", "bindings.azure.blobstorage", [("storageAccount", acct()), ("storageAccessKey", yq(v, pos)), ("container", word()), ("decodeBase64", '"false"')])
    return pick("components/", "dapr/components/") + "blob-binding.yaml", t


@tpl("azure-servicebus", "connection_string_key", "sas", "connectionString")
def p_dapr_sb(v, pos):
    t = dapr_comp("pubsub", "pubsub.azure.servicebus.topics", [("connectionString", '"Endpoint=sb://%s.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=%s"' % (app() + "-bus", v)), ("maxConcurrentHandlers", '"10"')])
    return pick("components/", "dapr/components/") + "pubsub.yaml", t


@tpl("stripe", "api_key", "stripe", "stripe-key")
def p_dapr_localfile(v, pos):
    d = {"stripe-key": v, "feature-flags": {"newCheckout": True}, "region": "local"}
    return pick("components/", "dapr/") + pick("secrets.json", "local-secrets.json"), json.dumps(d, indent=2) + "\n"


@tpl("azure-functions", "function_key", "func_key", "x-functions-key")
def p_md_funckey(v, pos):
    host = app() + "-" + word() + "-fn"
    t = """## Calling the deployed function

```bash
curl -X POST "https://%s.azurewebsites.net/api/%s" \\
  -H "Content-Type: application/json" \\
  -H "x-functions-key: %s" \\
  -d '{"id": 42}'
```

Locally the key is not needed: `curl http://localhost:7071/api/%s`.
""" % (host, word(), v, word())
    return pick("README.md", "docs/api.md", "docs/testing.md"), t


@tpl("azure-functions", "function_key", "func_key", "code")
def p_http_funckey(v, pos):
    t = """### smoke tests (REST Client)
@base = https://%s-fn.azurewebsites.net/api

GET {{base}}/health

###
POST {{base}}/%s?code=%s
Content-Type: application/json

{ "dryRun": true }
""" % (app(), word(), v)
    return pick("requests.http", "tests/smoke.http"), t


@tpl("stripe", "api_key", "stripe", "STRIPE_SECRET_KEY")
def p_md_stripe(v, pos):
    t = """# Local development

Start the emulators and the Stripe CLI listener:

```sh
export STRIPE_SECRET_KEY=%s
stripe listen --forward-to localhost:5001/%s/us-central1/stripeWebhook
firebase emulators:start
```
""" % (v, app() + "-dev")
    return pick("docs/local-dev.md", "CONTRIBUTING.md", "README.md"), t


@tpl("sendgrid", "api_key", "sendgrid", "setApiKey")
def p_js_sendgrid(v, pos):
    t = """'use strict';
const sgMail = require('@sendgrid/mail');

sgMail.setApiKey('%s');

module.exports.handler = async (event) => {
  const { to, subject } = JSON.parse(event.body || '{}');
  await sgMail.send({ to, from: 'alerts@%s.example', subject, text: 'ping' });
  return { statusCode: 202, body: '' };
};
""" % (v, app())
    return prefix_dir() + "handler.js", t


@tpl("postgres", "database_password", "password", "password")
def p_knexfile(v, pos):
    t = """module.exports = {
  development: {
    client: 'pg',
    connection: {
      host: '127.0.0.1',
      port: 5432,
      user: '%s',
      password: '%s',
      database: '%s_dev',
    },
    migrations: { directory: './migrations' },
  },
};
""" % (pick("app", "dev"), v, word())
    return prefix_dir() + "knexfile.js", t


@tpl("azure-storage", "storage_account_key", "azure_storage", "--account-key")
def p_sh_az(v, pos):
    t = """#!/usr/bin/env bash
# seed blobs for local testing against the shared dev account
set -e
az storage container create -n %s --account-name %s --account-key "%s"
az storage blob upload-batch -d %s -s ./fixtures --account-name %s --account-key "%s" --overwrite
""" % (word(), "ACCT", v, word(), "ACCT", v)
    a = acct()
    return pick("scripts/seed-blobs.sh", "seed.sh"), t.replace("ACCT", a)


@tpl("azure-storage", "storage_account_key", "azure_storage", "credential")
def p_py_blob(v, pos):
    t = """import azure.functions as func
from azure.storage.blob import BlobServiceClient

app = func.FunctionApp()
blobs = BlobServiceClient(account_url="https://%s.blob.core.windows.net", credential="%s")


@app.route(route="thumbs", auth_level=func.AuthLevel.FUNCTION)
def thumbs(req: func.HttpRequest) -> func.HttpResponse:
    names = [b.name for b in blobs.get_container_client("%s").list_blobs()]
    return func.HttpResponse("\\n".join(names))
""" % (acct(), v, word())
    return prefix_dir() + "function_app.py", t


@tpl("openai", "api_key", "openai", "OPENAI_API_KEY")
def p_vscode_launch(v, pos):
    d = {"version": "0.2.0", "configurations": [{"name": "Attach to Python Functions", "type": "debugpy", "request": "attach",
         "connect": {"host": "localhost", "port": 9091}, "preLaunchTask": "func: host start",
         "env": {"OPENAI_API_KEY": v, "PYTHONUNBUFFERED": "1"}}]}
    return ".vscode/launch.json", json.dumps(d, indent=4) + "\n"


@tpl("openai", "api_key", "openai", "OPENAI_API_KEY")
def p_tf_appsettings(v, pos):
    t = """resource "azurerm_linux_function_app" "api" {
  name                       = "%s-api-fn"
  resource_group_name        = azurerm_resource_group.main.name
  location                   = azurerm_resource_group.main.location
  service_plan_id            = azurerm_service_plan.main.id
  storage_account_name       = azurerm_storage_account.fn.name
  storage_account_access_key = azurerm_storage_account.fn.primary_access_key

  site_config {
    application_stack { python_version = "3.11" }
  }

  app_settings = {
    FUNCTIONS_WORKER_RUNTIME = "python"
    %s = "%s"
  }
}
""" % (app(), nm("OPENAI_API_KEY", "LLM_KEY"), v)
    return pick("infra/", "terraform/") + "functions.tf", t


@tpl("aws", "cloud_secret_key", "aws", "aws_secret_access_key")
def p_aws_credentials_ini(v, pos):
    kid = g_aws_id() if pos else ("test" if v in ("test", "localstack") else (AWS_DOC_ID if v == AWS_DOC_SECRET else "<access-key-id>"))
    t = """[default]
aws_access_key_id = %s
aws_secret_access_key = %s
region = %s
""" % (kid, v, region_aws())
    return pick("dev/aws-credentials", ".aws/credentials", "localstack/credentials"), t


@tpl("sendgrid", "api_key", "sendgrid", "SENDGRID_API_KEY")
def p_dockerfile(v, pos):
    t = """FROM mcr.microsoft.com/azure-functions/node:4-node20
ENV AzureWebJobsScriptRoot=/home/site/wwwroot \\
    AzureFunctionsJobHost__Logging__Console__IsEnabled=true
ENV SENDGRID_API_KEY=%s
COPY . /home/site/wwwroot
RUN cd /home/site/wwwroot && npm ci --omit=dev
""" % v
    return prefix_dir() + "Dockerfile", t


@tpl("gcp", "private_key", "pem_line", "tls.key")
def p_knative_pem(v, pos):
    lines = g_pem_lines() if pos else None
    if pos:
        lines[0] = v
        body = "\n".join("    " + l for l in lines)
        keyblock = "  tls.key: |\n    -----BEGIN PRIVATE KEY-----\n%s\n    -----END PRIVATE KEY-----\n" % body
    else:
        keyblock = "  tls.key: %s\n" % yq(v, False)
    t = """apiVersion: v1
kind: Secret
metadata:
  name: %s-tls
  namespace: knative-serving
type: kubernetes.io/tls
stringData:
  tls.crt: |
    -----BEGIN CERTIFICATE-----
    MIIBszCCAVmgAwIBAgIU%s
    -----END CERTIFICATE-----
%s""" % (app(), rs(B64, 40), keyblock)
    return pick("config/", "k8s/") + "domain-tls.yaml", t


# ---------------------------------------------------------------- look-alike negatives
LOOK = []


def look(provider, kind):
    def d(fn):
        LOOK.append(dict(fn=fn, provider=provider, kind=kind))
        return fn
    return d


def ts():
    return "2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


@look("azure-functions", "invocation_ids_log")
def n_func_log(pos=False):
    out = ["Azure Functions Core Tools", "Core Tools Version:       4.0.%d Commit hash: N/A +%s (64-bit)" % (R.randint(5000, 6500), rs(HEX, 40)),
           "Function Runtime Version: 4.%d.%d.%d" % (R.randint(25, 40), R.randint(1, 9), R.randint(20000, 22000)), "",
           "Functions:", "", "        %s: [POST] http://localhost:7071/api/%s" % (word(), word()), ""]
    for _ in range(R.randint(4, 9)):
        fn = word().capitalize()
        iid = uuid4()
        out.append("[%s] Executing 'Functions.%s' (Reason='This function was programmatically called via the host APIs.', Id=%s)" % (ts(), fn, iid))
        out.append("[%s] Executed 'Functions.%s' (Succeeded, Id=%s, Duration=%dms)" % (ts(), fn, iid, R.randint(3, 900)))
    return pick("logs/func-host.log", "func.log", "docs/sample-output.log"), "\n".join(out) + "\n"


@look("firebase", "web_config_public")
def n_firebase_webcfg(pos=False):
    proj = app() + "-" + rs(LO + DG, 5)
    t = """import { initializeApp } from "firebase/app";
import { getAuth, connectAuthEmulator } from "firebase/auth";
import { getFirestore, connectFirestoreEmulator } from "firebase/firestore";

// Firebase web config: these values are public identifiers, not secrets.
const firebaseConfig = {
  apiKey: "%s",
  authDomain: "%s.firebaseapp.com",
  projectId: "%s",
  storageBucket: "%s.appspot.com",
  messagingSenderId: "%s",
  appId: "1:%s:web:%s",
  measurementId: "G-%s",
};

export const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const db = getFirestore(app);

if (location.hostname === "localhost") {
  connectAuthEmulator(auth, "http://127.0.0.1:9099");
  connectFirestoreEmulator(db, "127.0.0.1", 8080);
}
""" % (g_google_key(), proj, proj, proj, rs(DG, 12), rs(DG, 12), rs(HEX, 22), rs(UP + DG, 10))
    return pick("src/firebase.ts", "src/lib/firebase.js", "web/firebase.ts"), t


@look("firebase", "emulator_config")
def n_firebase_json(pos=False):
    d = {"functions": [{"source": "functions", "codebase": "default", "ignore": ["node_modules", ".git"],
                        "predeploy": ["npm --prefix \"$RESOURCE_DIR\" run build"]}],
         "firestore": {"rules": "firestore.rules", "indexes": "firestore.indexes.json"},
         "emulators": {"auth": {"port": 9099}, "functions": {"port": 5001}, "firestore": {"port": 8080},
                       "pubsub": {"port": 8085}, "ui": {"enabled": True, "port": 4000}, "singleProjectMode": True}}
    return "firebase.json", json.dumps(d, indent=2) + "\n"


@look("firebase", "project_aliases")
def n_firebaserc(pos=False):
    a = app()
    d = {"projects": {"default": "%s-dev-%s" % (a, rs(DG, 4)), "staging": "%s-stg" % a, "prod": "%s-prod-%s" % (a, rs(LO + DG, 5))},
         "targets": {}, "etags": {}}
    return ".firebaserc", json.dumps(d, indent=2) + "\n"


@look("npm", "integrity_hashes")
def n_package_lock(pos=False):
    pk = {"": {"name": app() + "-functions", "version": "1.0.0"}}
    for n in ["firebase-admin", "firebase-functions", "stripe", "@sendgrid/mail", "undici", "jose"][:R.randint(3, 6)]:
        raw = rbytes(64)
        pk["node_modules/" + n] = {"version": "%d.%d.%d" % (R.randint(1, 12), R.randint(0, 20), R.randint(0, 9)),
                                   "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (n, n.split("/")[-1]),
                                   "integrity": "sha512-" + base64.b64encode(raw).decode()}
    d = {"name": app() + "-functions", "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": pk}
    return "functions/package-lock.json", json.dumps(d, indent=2) + "\n"


@look("cloudflare", "resource_ids")
def n_wrangler_ids(pos=False):
    t = wrangler_head(app() + "-" + word()) + """account_id = "%s"

[[kv_namespaces]]
binding = "SESSIONS"
id = "%s"
preview_id = "%s"

[[d1_databases]]
binding = "DB"
database_name = "%s"
database_id = "%s"

[[r2_buckets]]
binding = "ASSETS"
bucket_name = "%s-assets"

[vars]
API_BASE = "https://api.%s.example"
""" % (rs(HEX, 32), rs(HEX, 32), rs(HEX, 32), word(), uuid4(), app(), app())
    return "wrangler.toml", t


@look("cloudflare", "dev_vars_example")
def n_devvars_example(pos=False):
    t = "# copy to .dev.vars and fill in\nOPENAI_API_KEY=\nSTRIPE_SECRET_KEY=sk_test_...\nJWT_SECRET=<generate with: openssl rand -hex 32>\n"
    return ".dev.vars.example", t


@look("aws-sam", "samconfig_no_secrets")
def n_samconfig(pos=False):
    st = app() + "-" + word()
    acc = rs(DG, 12)
    t = """version = 0.1
[default.deploy.parameters]
stack_name = "%s"
resolve_s3 = true
s3_prefix = "%s"
region = "%s"
capabilities = "CAPABILITY_IAM"
image_repositories = ["%sFunction=%s.dkr.ecr.%s.amazonaws.com/%s%s/%sfunction%s"]
parameter_overrides = "Stage=\\"dev\\" DbSecretArn=\\"arn:aws:secretsmanager:%s:%s:secret:%s/db-%s\\""
""" % (st, st, region_aws(), word().capitalize(), acc, region_aws(), st, rs(HEX, 8), word(), rs(HEX, 8), region_aws(), acc, st, rs(AN, 6))
    return "samconfig.toml", t


@look("localstack", "documented_dummy_credentials")
def n_localstack_compose(pos=False):
    t = """services:
  localstack:
    image: localstack/localstack:3
    ports:
      - "127.0.0.1:4566:4566"
    environment:
      - SERVICES=s3,sqs,dynamodb,lambda
      - DEBUG=${DEBUG:-0}
    volumes:
      - "./volume:/var/lib/localstack"
      - "/var/run/docker.sock:/var/run/docker.sock"
  app:
    build: .
    environment:
      AWS_ENDPOINT_URL: http://localstack:4566
      AWS_ACCESS_KEY_ID: test
      AWS_SECRET_ACCESS_KEY: test
      AWS_DEFAULT_REGION: us-east-1
"""
    return pick("docker-compose.yml", "compose.localstack.yml"), t


@look("aws-sam", "env_json_localstack")
def n_sam_env_localstack(pos=False):
    d = {"Parameters": {"AWS_ENDPOINT_URL": "http://host.docker.internal:4566", "AWS_ACCESS_KEY_ID": pick("test", "LSIAQAAAAAAVNCBMPNSG", "000000000000"),
                        "AWS_SECRET_ACCESS_KEY": "test", "TABLE_NAME": word()}}
    return "env.json", json.dumps(d, indent=2) + "\n"


@look("gcp", "execution_trace_ids")
def n_gcf_log(pos=False):
    rows = []
    proj = app() + "-dev"
    for _ in range(R.randint(4, 8)):
        rows.append(json.dumps({"severity": pick("INFO", "DEBUG", "WARNING"), "message": "handled %s" % word(),
                                "logging.googleapis.com/trace": "projects/%s/traces/%s" % (proj, rs(HEX, 32)),
                                "logging.googleapis.com/spanId": rs(HEX, 16), "labels": {"execution_id": rs(LO + DG, 12)},
                                "timestamp": ts()}))
    return pick("logs/cloud-functions.jsonl", "samples/log-entries.jsonl"), "\n".join(rows) + "\n"


@look("vercel", "project_ids")
def n_vercel_project(pos=False):
    d = {"projectId": "prj_" + rs(AN, 28), "orgId": "team_" + rs(AN, 24), "settings": {"framework": "nextjs", "nodeVersion": "20.x"}}
    return ".vercel/project.json", json.dumps(d, indent=None) + "\n"


@look("netlify", "site_ids")
def n_netlify_state(pos=False):
    d = {"siteId": uuid4()}
    return ".netlify/state.json", json.dumps(d, indent=2) + "\n"


@look("supabase", "local_defaults")
def n_supa_config_default(pos=False):
    t = supa_cfg_head() + """
[auth]
enabled = true
site_url = "http://127.0.0.1:3000"
jwt_expiry = 3600
# jwt_secret defaults to the local development secret; override via env in CI
enable_refresh_token_rotation = true

[auth.external.github]
enabled = true
client_id = "env(SUPABASE_AUTH_GITHUB_CLIENT_ID)"
secret = "env(SUPABASE_AUTH_GITHUB_SECRET)"

[auth.email.smtp]
enabled = false
pass = "env(SMTP_PASS)"
"""
    return "supabase/config.toml", t


@look("supabase", "local_demo_keys")
def n_supa_status(pos=False):
    t = """Started supabase local development setup.

         API URL: http://127.0.0.1:54321
     GraphQL URL: http://127.0.0.1:54321/graphql/v1
          DB URL: postgresql://postgres:postgres@127.0.0.1:54322/postgres
      Studio URL: http://127.0.0.1:54323
    Inbucket URL: http://127.0.0.1:54324
      JWT secret: %s
        anon key: %s
service_role key: %s
""" % (SUPA_DEMO_JWT_SECRET, SUPA_DEMO_ANON, SUPA_DEMO_SERVICE)
    return pick("docs/supabase-local.md", "supabase/README.md"), "# Local Supabase\n\n```\n" + t + "```\n"


@look("supabase", "sql_uuids_digests")
def n_supa_migration(pos=False):
    rows = []
    for _ in range(R.randint(3, 6)):
        rows.append("  ('%s', '%s', decode('%s', 'hex'))" % (uuid4(), word(), rs(HEX, 64)))
    t = """-- %s_seed_%s.sql
create extension if not exists pgcrypto;

create table if not exists public.%s (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique,
  checksum bytea not null
);

insert into public.%s (id, slug, checksum) values
%s;
""" % (rs(DG, 14), word(), word(), word(), ",\n".join(rows))
    return "supabase/migrations/%s_seed.sql" % rs(DG, 14), t


@look("dapr", "secret_key_ref")
def n_dapr_secretref(pos=False):
    t = """apiVersion: dapr.io/v1alpha1
kind: Component
metadata:
  name: statestore
spec:
  type: state.redis
  version: v1
  metadata:
  - name: redisHost
    value: localhost:6379
  - name: redisPassword
    secretKeyRef:
      name: redis-secret
      key: redis-password
auth:
  secretStore: %s
""" % pick("kubernetes", "localsecretstore")
    return pick("components/statestore.yaml", "dapr/components/statestore.yaml"), t


@look("knative", "image_digests")
def n_knative_digest(pos=False):
    t = """apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: %s
spec:
  template:
    metadata:
      name: %s-%s
    spec:
      containers:
        - image: ghcr.io/%s/%s@sha256:%s
          env:
            - name: API_KEY
              valueFrom:
                secretKeyRef:
                  name: %s-secrets
                  key: api-key
""" % (word(), word(), rs(LO + DG, 5), app(), word(), rs(HEX, 64), word())
    return "config/service.yaml", t


@look("openfaas", "secret_names")
def n_faas_stack(pos=False):
    t = """version: 1.0
provider:
  name: openfaas
  gateway: http://127.0.0.1:8080
functions:
  %s:
    lang: python3-http
    handler: ./%s
    image: ttl.sh/%s:%s
    secrets:
      - %s-api-key
      - db-password
    environment:
      read_timeout: 30s
""" % (word(), word(), app(), rs(HEX, 12), word())
    return "stack.yml", t


@look("fastly", "service_ids")
def n_fastly_toml(pos=False):
    t = """manifest_version = 3
name = "%s-edge"
language = "javascript"
service_id = "%s"

[scripts]
  build = "npm run build"

[local_server]
  [local_server.backends.origin]
    url = "http://127.0.0.1:3000/"
  [local_server.config_stores.settings]
    format = "inline-toml"
  [local_server.config_stores.settings.contents]
    "feature.banner" = "on"
    "cache.ttl" = "300"
  [local_server.secret_stores]
    [[local_server.secret_stores.creds]]
      key = "upstream_token"
      env = "UPSTREAM_TOKEN"
""" % (app(), rs(AN, 22))
    return "fastly.toml", t


@look("azure", "subscription_tenant_guids")
def n_bicep_params(pos=False):
    d = {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "contentVersion": "1.0.0.0",
         "parameters": {"tenantId": {"value": uuid4()}, "subscriptionId": {"value": uuid4()},
                        "principalId": {"value": uuid4()},
                        "storageAccountId": {"value": "/subscriptions/%s/resourceGroups/rg-%s-dev/providers/Microsoft.Storage/storageAccounts/%s" % (uuid4(), app(), acct())},
                        "keyVaultSecretUri": {"value": "https://kv-%s.vault.azure.net/secrets/StorageKey/%s" % (app(), rs(HEX, 32))}}}
    return pick("infra/main.parameters.json", "deploy/params.dev.json"), json.dumps(d, indent=2) + "\n"


@look("azure-cosmos", "emulator_key_test")
def n_cs_cosmos_test(pos=False):
    t = """using Microsoft.Azure.Cosmos;
using Xunit;

public class RepositoryTests : IAsyncLifetime
{
    // Well-known key of the local Cosmos DB emulator (documented, not a secret).
    private const string EmulatorKey = "%s";
    private CosmosClient _client = default!;

    public Task InitializeAsync()
    {
        _client = new CosmosClient("https://localhost:8081/", EmulatorKey);
        return Task.CompletedTask;
    }

    public Task DisposeAsync() { _client.Dispose(); return Task.CompletedTask; }

    [Fact]
    public async Task Creates_database() => await _client.CreateDatabaseIfNotExistsAsync("%s-tests");
}
""" % (COSMOS_EMU_KEY, word())
    return "tests/RepositoryTests.cs", t


@look("azurite", "documented_emulator_key")
def n_azurite_settings(pos=False):
    vals = {"AzureWebJobsStorage": pick("UseDevelopmentStorage=true",
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%s;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;" % AZURITE_KEY),
            "FUNCTIONS_WORKER_RUNTIME": worker_rt(), "BlobContainer": word()}
    return pick("local.settings.json", "local.settings.sample.json", "api/local.settings.json"), lsj(vals)


@look("azure-functions", "keyvault_references")
def n_kv_refs(pos=False):
    vals = {"AzureWebJobsStorage__accountName": acct(), "FUNCTIONS_WORKER_RUNTIME": worker_rt(),
            "STRIPE_SECRET_KEY": "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/stripe-secret/)" % app(),
            "SENDGRID_API_KEY": "@Microsoft.KeyVault(VaultName=kv-%s;SecretName=sendgrid-key)" % app(),
            "ServiceBusConnection__fullyQualifiedNamespace": "%s-sb.servicebus.windows.net" % app()}
    return pick("appsettings.template.json", "local.settings.template.json"), lsj(vals)


@look("github-actions", "secrets_expressions")
def n_gha(pos=False):
    t = """name: deploy-functions
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@%s
      - uses: azure/login@v2
        with:
          client-id: ${{ secrets.AZURE_CLIENT_ID }}
          tenant-id: ${{ secrets.AZURE_TENANT_ID }}
          subscription-id: ${{ secrets.AZURE_SUBSCRIPTION_ID }}
      - uses: Azure/functions-action@v1
        with:
          app-name: %s-fn
          package: .
      - run: npx wrangler deploy
        env:
          CLOUDFLARE_API_TOKEN: ${{ secrets.CLOUDFLARE_API_TOKEN }}
""" % (rs(HEX, 40), app())
    return ".github/workflows/deploy.yml", t


@look("python", "hash_constants")
def n_py_hashes(pos=False):
    t = """import hashlib
import pytest

FIXTURES = {
    "empty.json": "%s",
    "orders.csv": "%s",
    "logo.png": "%s",
}


@pytest.mark.parametrize("name,digest", FIXTURES.items())
def test_fixture_digest(datadir, name, digest):
    assert hashlib.sha256((datadir / name).read_bytes()).hexdigest() == digest
""" % (hashlib.sha256(b"{}").hexdigest(), rs(HEX, 64), rs(HEX, 64))
    return "tests/test_fixtures.py", t


@look("jwks", "public_keys")
def n_jwks(pos=False):
    keys = []
    for _ in range(R.randint(1, 2)):
        keys.append({"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rs(HEX, 40), "n": b64u_nopad(rbytes(256)), "e": "AQAB"})
    return pick("functions/test/jwks.json", "fixtures/jwks.json"), json.dumps({"keys": keys}, indent=2) + "\n"


@look("pem", "public_key")
def n_pem_pub(pos=False):
    body = base64.b64encode(bytes([0x30, 0x82, 0x01, 0x22, 0x30, 0x0D, 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0F, 0x00]) + rbytes(270)).decode()
    t = "-----BEGIN PUBLIC KEY-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END PUBLIC KEY-----\n"
    return pick("keys/webhook-signing.pub.pem", "config/jwt-public.pem"), t


@look("csv", "invocation_rows")
def n_csv(pos=False):
    rows = ["invocation_id,function,status,duration_ms,trace_id"]
    for _ in range(R.randint(5, 12)):
        rows.append("%s,%s,%s,%d,%s" % (uuid4(), word(), pick("Succeeded", "Failed"), R.randint(2, 3000), rs(HEX, 32)))
    return pick("reports/invocations.csv", "data/runs.csv"), "\n".join(rows) + "\n"


@look("git", "commit_shas")
def n_changelog(pos=False):
    out = ["# Changelog", ""]
    for i in range(R.randint(4, 8)):
        out.append("- %s %s (%s)" % (pick("fix:", "feat:", "chore:"), pick("emulator ports", "move secrets to Key Vault", "bump firebase-functions", "wrangler dev vars"), rs(HEX, 40)))
    return "CHANGELOG.md", "\n".join(out) + "\n"


@look("k8s", "base64_configmap")
def n_configmap(pos=False):
    t = """apiVersion: v1
kind: ConfigMap
metadata:
  name: %s-assets
binaryData:
  favicon.ico: %s
data:
  SETTINGS_HASH: "%s"
""" % (word(), base64.b64encode(b"\x00\x00\x01\x00" + rbytes(60)).decode(), rs(HEX, 40))
    return "k8s/configmap.yaml", t


@look("deno", "lockfile_hashes")
def n_deno_lock(pos=False):
    rem = {}
    for p in ["std/http/server.ts", "std/async/delay.ts", "std/encoding/base64.ts"]:
        rem["https://deno.land/std@0.224.0/" + p] = rs(HEX, 64)
    return "deno.lock", json.dumps({"version": "3", "remote": rem}, indent=2) + "\n"


@look("stripe", "publishable_key")
def n_stripe_pk(pos=False):
    t = """import { loadStripe } from "@stripe/stripe-js";

// publishable key: safe to ship to the browser
export const stripePromise = loadStripe("%s");
""" % (pick("pk_test_", "pk_live_") + "51" + rs(AN, 97))
    return pick("src/lib/stripe.ts", "web/stripe.js"), t


@look("supabase", "anon_key_client")
def n_supa_anon_client(pos=False):
    t = """import { createClient } from "@supabase/supabase-js";

// local stack from `supabase start`; anon key is the documented local default
export const supabase = createClient("http://127.0.0.1:54321", "%s");
""" % SUPA_DEMO_ANON
    return "src/lib/supabaseClient.ts", t


@look("generic", "env_references_code")
def n_env_refs(pos=False):
    t = """import os

STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
SENDGRID_API_KEY = os.getenv("SENDGRID_API_KEY", "")
AZURE_STORAGE_CONNECTION_STRING = os.environ.get("AzureWebJobsStorage", "UseDevelopmentStorage=true")
SUPABASE_SERVICE_ROLE_KEY = os.environ["SUPABASE_SERVICE_ROLE_KEY"]
SESSION_ID = "%s"
"""  % uuid4()
    return pick("config/settings.py", "app/settings.py"), t


@look("generic", "env_references_js")
def n_env_refs_js(pos=False):
    t = """export const config = {
  stripeKey: process.env.STRIPE_SECRET_KEY,
  openaiKey: process.env.OPENAI_API_KEY ?? "",
  dbUrl: process.env.DATABASE_URL || "postgres://postgres:postgres@127.0.0.1:54322/postgres",
  buildId: "%s",
};
""" % rs(HEX, 40)
    return pick("src/config.ts", "lib/config.js"), t


@look("azure-functions", "function_json")
def n_function_json(pos=False):
    d = {"bindings": [{"authLevel": "function", "type": "httpTrigger", "direction": "in", "name": "req", "methods": ["get", "post"]},
                      {"type": "http", "direction": "out", "name": "res"},
                      {"type": "queue", "direction": "out", "name": "msg", "queueName": word(), "connection": "AzureWebJobsStorage"}],
         "scriptFile": "../dist/%s/index.js" % word()}
    return "%s/function.json" % word().capitalize(), json.dumps(d, indent=2) + "\n"


@look("aws", "cloudformation_outputs")
def n_cfn_outputs(pos=False):
    acc = rs(DG, 12)
    r = region_aws()
    d = {"Stacks": [{"StackId": "arn:aws:cloudformation:%s:%s:stack/%s/%s" % (r, acc, app(), uuid4()),
                     "Outputs": [{"OutputKey": "ApiUrl", "OutputValue": "https://%s.execute-api.%s.amazonaws.com/Prod/" % (rs(LO + DG, 10), r)},
                                 {"OutputKey": "FunctionArn", "OutputValue": "arn:aws:lambda:%s:%s:function:%s-%s" % (r, acc, app(), rs(AN, 12))}]}],
         "ResponseMetadata": {"RequestId": uuid4()}}
    return pick("outputs.json", ".aws-sam/outputs.json"), json.dumps(d, indent=2) + "\n"


@look("sendgrid", "template_ids")
def n_sendgrid_templates(pos=False):
    t = """# email templates (dynamic template ids are not credentials)
welcome: d-%s
reset_password: d-%s
receipt: d-%s
sender_id: %d
""" % (rs(HEX, 32), rs(HEX, 32), rs(HEX, 32), R.randint(1000000, 9999999))
    return "config/email-templates.yaml", t


@look("markdown", "placeholder_docs")
def n_md_placeholders(pos=False):
    t = """## Configure local settings

Copy `local.settings.sample.json` to `local.settings.json` and set:

| Setting | Example |
|---|---|
| `AzureWebJobsStorage` | `UseDevelopmentStorage=true` (Azurite) |
| `STRIPE_SECRET_KEY` | `sk_test_...` from the dashboard |
| `SENDGRID_API_KEY` | `SG.xxxxxxxx` |
| `OPENAI_API_KEY` | `<your-openai-key>` |

Run `func start` and call `http://localhost:7071/api/%s` (no function key is required locally).
"""  % word()
    return pick("README.md", "docs/configuration.md"), t


@look("python", "base64_fixture")
def n_b64_fixture(pos=False):
    blob = base64.b64encode(json.dumps({"id": uuid4(), "items": [word(), word()], "total": R.randint(1, 999)}).encode()).decode()
    t = """import base64
import json

# Pub/Sub push envelope used by the emulator tests
ENVELOPE = {
    "message": {
        "data": "%s",
        "messageId": "%s",
        "publishTime": "%s",
    },
    "subscription": "projects/%s-dev/subscriptions/%s-push",
}


def decoded():
    return json.loads(base64.b64decode(ENVELOPE["message"]["data"]))
""" % (blob, rs(DG, 16), ts(), app(), word())
    return "tests/fixtures/pubsub_envelope.py", t


# ---------------------------------------------------------------- driver
EXT_TYPES = {
    ".json": "json", ".toml": "toml", ".yml": "yml", ".yaml": "yaml", ".sh": "sh", ".js": "js",
    ".ts": "ts", ".py": "py", ".cs": "cs", ".md": "md", ".tf": "tf", ".sql": "sql", ".csv": "csv",
    ".log": "log", ".jsonl": "jsonl", ".http": "http", ".pem": "pem", ".lock": "json",
}


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base == "Dockerfile":
        return "dockerfile"
    if base.startswith(".dev.vars") or base == ".secret.local":
        return "dotenv"
    if base == ".firebaserc":
        return "json"
    if base == "credentials" or base == "aws-credentials":
        return "ini"
    if (base == ".env" or base.startswith(".env.")) and not base.endswith((".yaml", ".yml")):
        return "dotenv"
    for ext, ft in EXT_TYPES.items():
        if base.endswith(ext):
            return ft
    return "txt"


def is_env_name(path):
    base = path.rsplit("/", 1)[-1]
    if base != ".env" and not base.startswith(".env."):
        return False
    return not any(x in base for x in ("example", "sample", "template", "dist"))


def neg_category(v):
    if v == "":
        return "empty"
    if v in (AZURITE_KEY, COSMOS_EMU_KEY, SUPA_DEMO_JWT_SECRET, SUPA_DEMO_ANON, SUPA_DEMO_SERVICE,
             AWS_DOC_SECRET, STRIPE_DOC_KEY, "test", "localstack", "postgres", "SAS_KEY_VALUE"):
        return "documented_value"
    if set(v) <= set("*x.") or "REDACTED" in v.upper():
        return "masked"
    if any(s in v for s in ("${", "env(", "op://", "vault:", "KeyVault", "{{", "%", "$(")):
        return "reference"
    return "placeholder"


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    global R
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_jx.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    manifest, secrets = [], []

    order, env_count, i = [], 0, 0
    while i < 500:
        if not order:
            order = list(range(len(POS)))
            R.shuffle(order)
        t = POS[order.pop()]
        v = GEN[t["gen"]]()
        path, text = t["fn"](v, True)
        if is_env_name(path):
            if env_count >= 24:
                if path.endswith((".yaml", ".yml")):
                    path = path[: path.rfind("/") + 1] + "env.dev.yaml"
                else:
                    continue
            else:
                env_count += 1
        rel = "pos/p%04d/%s" % (i, path)
        idx = text.find(v)
        assert v and idx >= 0, (t["fn"].__name__, v)
        line = text.count("\n", 0, idx) + 1
        assert v in text.split("\n")[line - 1], (t["fn"].__name__, line)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": v, "line": line})
        i += 1

    # negatives: half template slots, half look-alikes, interleaved
    neg_pos = [t for t in POS]
    order_t, order_l = [], []
    for j in range(500):
        if j % 2 == 0:
            while True:
                if not order_t:
                    order_t = list(range(len(neg_pos)))
                    R.shuffle(order_t)
                t = neg_pos[order_t.pop()]
                v = neg_value(t["gen"], t["var"].split(".")[-1].replace("-", "_").upper() if t["var"][0].islower() else t["var"])
                path, text = t["fn"](v, False)
                if is_env_name(path):
                    if path.endswith((".yaml", ".yml")):
                        path = path[: path.rfind("/") + 1] + "env.dev.yaml"
                    else:
                        continue
                break
            provider, kind = t["provider"], "%s:%s" % (t["kind"], neg_category(v))
        else:
            if not order_l:
                order_l = list(range(len(LOOK)))
                R.shuffle(order_l)
            lt = LOOK[order_l.pop()]
            path, text = lt["fn"]()
            provider, kind = lt["provider"], "lookalike:" + lt["kind"]
        assert not is_env_name(path), path
        rel = "neg/n%04d/%s" % (j, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind, "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    # re-read check of every needle
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as f:
            lines = f.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]


if __name__ == "__main__":
    main()
