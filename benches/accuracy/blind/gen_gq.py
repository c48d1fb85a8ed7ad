#!/usr/bin/env python3
"""gen_gq.py -- blind evaluation set for a secret scanner (pre-commit hook).

EMPHASIS
  IDE project files and API-client collections that get committed to repos:
  JetBrains .idea/workspace.xml, .idea/runConfigurations/*.xml and .run/*.run.xml
  (Application, Spring Boot, Python, Node, Go, Gradle, Shell, Android app and
  instrumentation configs), JetBrains HTTP Client .http files, the request-history
  log .idea/httpRequests/http-requests-log.http, http-client.env.json and
  http-client.private.env.json; VS Code .vscode/launch.json, tasks.json,
  settings.json (REST Client environments, SQLTools connections, SonarLint),
  .vscode/mcp.json and .cursor/mcp.json, .devcontainer/devcontainer.json,
  docker-compose.debug.yml; Visual Studio Properties/launchSettings.json and
  .csproj; Xcode .xcscheme and .xctestplan; Eclipse .launch files; Bruno .bru
  requests/environments/collection.bru (and, rarely, the collection's .env);
  Insomnia v4 JSON exports and v5 YAML collections; HTTPie session files;
  Thunder Client thunder-tests/*.json; Hoppscotch environment and collection
  exports; Postman collection v2.1, environment and globals exports; Markdown
  API notes next to collections.
  Providers: Stripe, GitHub, Slack, OpenAI, Anthropic, SendGrid, Twilio, Shopify,
  GitLab, npm, Hugging Face, Notion, Linear, DigitalOcean, Grafana, Google (API key,
  OAuth client secret), SonarQube/SonarCloud, Postman, Mailgun, Mailchimp, Datadog,
  Discord, Telegram, Microsoft Entra ID, Auth0, Okta, Atlassian, Supabase, Doppler,
  Airtable, HubSpot, Cloudflare, plus in-house APIs (basic-auth passwords, JWT
  bearer tokens, session cookies, database passwords, PEM private keys used for
  JWT-bearer auth).
  File types: xml, json, http, bru, yml/yaml, xcscheme, xctestplan, launch, md,
  csproj, env (positives only, under 1 in 20).

USAGE
  python3 -B gen_gq.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500) and OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line
  per positive: file, needle, 1-based line of the needle's first occurrence).
  All randomness comes from one random.Random(SEED); output is byte-identical
  for a given seed.  Standard library only.

NEEDLE CONVENTIONS
  * The needle is the credential exactly as it is written in the file, without
    surrounding quotes, header names or "Bearer "/"token "/"SSWS " schemes.
  * Basic auth: where the file carries a ready-made header
    ("Authorization: Basic <base64>"), the needle is the base64 blob; where the
    tool stores user and password separately (Postman/Bruno/Insomnia basic auth,
    HTTPie raw_auth "user:pass", JetBrains "Basic user pass"), the needle is the
    password alone.
  * Key pairs (Twilio Account SID + auth token, API key SID + secret, Atlassian
    e-mail + API token, OAuth client id + client secret): the needle is the secret
    half; the id is innocent context.
  * Webhook URLs whose path is the secret (Slack incoming webhooks, Discord
    webhooks): the needle is the whole URL.  A bot token that sits inside an
    API URL path (Telegram .../bot<token>/...) : the needle is the token.
  * Cookies: the needle is the cookie value (after "name="), e.g. a Django
    sessionid or a signed Express connect.sid value.
  * PEM private keys: they only appear JSON-escaped (one physical line with
    \\n escapes); the needle is the first 64-character base64 line of the body.
  * If the same credential is written twice (a header and a variable), the
    line given is the first occurrence.

NEGATIVES
  Half of the negatives re-use the positive templates with the secret slot
  holding something that is not a secret: tool variable references
  ({{token}}, {{$dotenv X}}, {{$processEnv X}}, ${env:X}, ${input:x}, $(X),
  <<x>>, {{ _.x }}, {{process.env.X}}, ${env_var:X}, {{vault:x}}), secret-manager
  references (op://, vault:, AWS/GCP/Azure secret paths), placeholders
  (<your-api-key>, YOUR_API_KEY_HERE, changeme, prefix+xxxx...), empty values,
  masked values (****, [REDACTED], prefix+****+last4), providers' documented
  example values (Stripe's published sk_test_ docs key, Twilio ACXXXX...,
  Slack's T00000000/B00000000/XXXX... webhook, AWS ...EXAMPLE keys, the jwt.io
  sample token), and values the provider documents as public (Stripe
  publishable keys, OAuth client ids, reCAPTCHA site keys, Sentry DSNs, Mapbox
  pk. tokens, Supabase anon keys, Algolia search-only keys, Twilio Account SIDs).
  A template that writes a .env file is never used for negatives.
  The other half are look-alikes of this domain: Postman/Insomnia/Thunder/
  Hoppscotch ids, saved responses with request ids, trace ids (traceparent,
  X-Amzn-Trace-Id), ETags, idempotency keys, webhook signatures
  (Stripe-Signature, X-Hub-Signature-256, X-Slack-Signature), Xcode blueprint
  ids, IntelliJ ProjectId, UserSecretsId GUIDs, image/feature digests, file
  checksums, signing-certificate fingerprints, public keys (PEM, ssh-ed25519),
  base64 fixtures, Insomnia response-chaining tags, pre-request scripts that
  read secrets from the environment, Bruno vars:secret lists and secret-marked
  Hoppscotch/Postman variables with empty values.

FORMATS CHECKED (searches of provider docs/changelogs and tool docs)
  * GitHub changelog 2021-03: ghp_/gho_/ghu_/ghs_/ghr_ prefixes, charset
    [A-Za-z0-9_]; a token-library doc: 36-char payload whose last 6 chars are a
    base62 CRC32 checksum.  Implemented: 30 random base62 + 6-char CRC32.
  * npm (GitHub changelog 2021-09): npm_ prefix, last six chars a base62 CRC32.
  * Stripe docs: sk_live_/sk_test_, restricted keys, publishable pk_ keys are
    meant to be published; whsec_ webhook signing secrets.
  * Slack docs: xoxb- bot, xoxp- user tokens, app-level tokens; incoming webhook
    URLs hooks.slack.com/services/T.../B.../<24 chars>.
  * OpenAI: sk-proj- project keys (also sk-svcacct-, legacy sk-), ~160+ chars.
  * Anthropic docs: x-api-key header; keys start sk-ant-api03-.
  * SendGrid docs: API keys are 69 characters (SG.<22>.<43>).
  * Twilio docs: Account SID AC..., API key SID SK... + secret, auth token used
    as the basic-auth password with the Account SID as user.
  * Shopify changelog: access tokens shpat_/shpca_/shppa_ + 32 (38 total),
    app secret shpss_ + 32.
  * GitLab issues: default PAT prefix glpat-.
  * Notion: ntn_ (current) and secret_ (legacy) integration tokens.
  * DigitalOcean: dop_v1_ PATs.  Grafana docs: service account tokens glsa_...
  * Linear: personal keys start lin_api_.  Doppler: dp.st./dp.pt. tokens.
  * Postman docs: API key sent in X-Api-Key.  Bruno docs: .bru blocks
    (meta/get/headers/auth:bearer/auth:basic/vars/vars:secret).  JetBrains docs:
    http-client.env.json / http-client.private.env.json, {{variable}}.
    HTTPie docs: session files hold headers, auth and cookies.

  Search hits that were secret-scanner material (GitGuardian detector pages, a
  ripsecrets issue, GitLab secret-detection merge requests/issues) were not used
  for any pattern, length or example.

DOUBTS
  * Exact body lengths were not confirmed for: OpenAI sk-proj- (generated as
    74+T3BlbkFJ+74 base64url), Anthropic (93 base64url + "AA"), github_pat_
    (22 + "_" + 59), Hugging Face hf_ (34 letters), Notion ntn_ (46 chars),
    Linear lin_api_ (40), Grafana glsa_ (32 + "_" + 8 hex), Google GOCSPX- (28),
    SonarQube squ_ (40 hex), Postman PMAK- (24 hex - 34 hex; only seen on a
    scanner vendor's page, which I did not use), Atlassian ATATT (token body
    and trailing =8-hex), Entra ID client secrets (xxxNQ~ + 34), Okta SSWS
    (00 + 40), Doppler (40+), Airtable pat (14 + "." + 64 hex), HubSpot
    pat-na1-<uuid>, Telegram (<digits>:AA + 33), Discord webhook token (68).
  * The base62 alphabet order used for the GitHub/npm CRC32 suffix is 0-9A-Za-z;
    some write-ups say GitHub uses another order.
  * Stripe whsec_ body length (32 base62) and the long 99-char sk_live_ body
    (starting "51") are from memory.
  * Android Studio option names (AM_START_OPTIONS, EXTRA_OPTIONS), the Insomnia
    v5 YAML layout, Thunder Client's thunder-tests/*.json layout and the
    Hoppscotch export layout are written from memory of real files.
  * Stripe's documented sk_test_ example key is treated as a negative
    (published documentation value, test mode).
"""
import base64
import json
import os
import random
import sys
import zlib

DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
B62 = DIG + UP + LO
B64U = B62 + "-_"
B64S = UP + LO + DIG + "+/"
HEX = "0123456789abcdef"
PWSYM = "!#%*+-.=?@^_~"


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def b62(r, n):
    return rs(r, B62, n)


def hexs(r, n):
    return rs(r, HEX, n)


def digits(r, n):
    return r.choice("123456789") + rs(r, DIG, n - 1)


def b64u(r, n):
    return rs(r, B64U, n)


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def b64url_json(obj):
    raw = json.dumps(obj, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def uuid4(r):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def crc_b62(s):
    n = zlib.crc32(s.encode()) & 0xFFFFFFFF
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = B62[m] + out
    return out.rjust(6, "0")


def gh_style(r, prefix):
    body = b62(r, 30)
    return prefix + body + crc_b62(body)


def password(r, n=None):
    n = n or r.randint(14, 24)
    while True:
        p = list(rs(r, B62, n))
        for _ in range(r.randint(1, 3)):
            p[r.randrange(1, n)] = r.choice(PWSYM)
        p = "".join(p)
        if (any(c in DIG for c in p) and any(c in UP for c in p)
                and any(c in LO for c in p)):
            return p


def jwt(r, payload, alg="HS256", siglen=43):
    head = b64url_json({"alg": alg, "typ": "JWT"})
    return head + "." + b64url_json(payload) + "." + b64u(r, siglen)


def epoch(r, lo=1700000000, hi=1735000000):
    return r.randint(lo, hi)


WORDS = ["orders", "billing", "checkout", "catalog", "inventory", "payments",
         "notify", "ledger", "support", "search", "reports", "accounts",
         "shipping", "loyalty", "gateway", "onboarding", "metrics", "booking"]
ORGS = ["acme", "northwind", "globex", "initech", "umbrella", "hooli",
        "vandelay", "wayne", "stark", "tyrell", "soylent", "contoso"]
PEOPLE = ["alice", "bob", "carol", "dmitri", "erin", "farah", "gus", "hana",
          "ivan", "jules", "kofi", "lena", "mateo", "nora"]
CLASSNAMES = ["Application", "Main", "Server", "App", "Worker", "Bootstrap"]


def proj(r):
    return r.choice(ORGS) + "-" + r.choice(WORDS)


def camel(name):
    parts = name.lower().split("_")
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])


def kebab(name):
    return name.lower().replace("_", "-")


# ---------------------------------------------------------------------------
# Secret specs.  auth: bearer | header | basic | cookie | url | plain | pem
# ---------------------------------------------------------------------------

def S(provider, kind, value, env, neutral, host, path, auth, **kw):
    d = {"provider": provider, "kind": kind, "value": value, "env": env,
         "neutral": neutral, "host": host, "path": path, "auth": auth,
         "method": "GET", "companions": [], "prefix": ""}
    d.update(kw)
    return d


def sp_stripe_sk(r):
    body = ("51" + b62(r, 97)) if r.random() < 0.5 else b62(r, 24)
    return S("stripe", "secret_key", "sk_live_" + body, "STRIPE_SECRET_KEY",
             ["stripe_key", "payments_key", "sk"], "https://api.stripe.com",
             "/v1/customers?limit=10", "bearer", prefix="sk_live_", docex="sk_test_4eC39HqLyjWDarjtT1zdp7dc")


def sp_stripe_rk(r):
    body = ("51" + b62(r, 97)) if r.random() < 0.5 else b62(r, 24)
    return S("stripe", "restricted_key", "rk_live_" + body, "STRIPE_RESTRICTED_KEY",
             ["stripe_rk", "reporting_key"], "https://api.stripe.com",
             "/v1/balance_transactions?limit=25", "bearer", prefix="rk_live_")


def sp_stripe_whsec(r):
    return S("stripe", "webhook_signing_secret", "whsec_" + b62(r, 32),
             "STRIPE_WEBHOOK_SECRET", ["endpoint_secret", "signing_secret"],
             "http://localhost:4242", "/webhook", "plain", prefix="whsec_")


def sp_github(r):
    pre = r.choice(["ghp_", "ghp_", "gho_", "ghu_", "ghs_"])
    kind = {"ghp_": "personal_access_token", "gho_": "oauth_token",
            "ghu_": "user_to_server_token", "ghs_": "installation_token"}[pre]
    o, p = r.choice(ORGS), r.choice(WORDS)
    return S("github", kind, gh_style(r, pre), r.choice(["GITHUB_TOKEN", "GH_TOKEN"]),
             ["gh", "pat", "github_pat"], "https://api.github.com",
             "/repos/%s/%s/issues?state=open" % (o, p), "bearer",
             scheme=r.choice(["Bearer", "token"]), prefix=pre)


def sp_github_fg(r):
    return S("github", "fine_grained_pat", "github_pat_" + b62(r, 22) + "_" + b62(r, 59),
             "GITHUB_PAT", ["gh", "pat"], "https://api.github.com", "/user/repos",
             "bearer", prefix="github_pat_")


def sp_slack_bot(r):
    v = "xoxb-%s-%s-%s" % (digits(r, r.randint(10, 13)), digits(r, 13), b62(r, 24))
    return S("slack", "bot_token", v, "SLACK_BOT_TOKEN", ["bot_token", "slack"],
             "https://slack.com", "/api/chat.postMessage", "bearer", method="POST",
             prefix="xoxb-")


def sp_slack_user(r):
    v = "xoxp-%s-%s-%s-%s" % (digits(r, 11), digits(r, 11), digits(r, 13), hexs(r, 32))
    return S("slack", "user_token", v, "SLACK_USER_TOKEN", ["user_token", "slack"],
             "https://slack.com", "/api/conversations.list", "bearer", prefix="xoxp-")


def sp_slack_app(r):
    v = "xapp-1-A%s-%s-%s" % (rs(r, UP + DIG, 10), digits(r, 13), hexs(r, 64))
    return S("slack", "app_level_token", v, "SLACK_APP_TOKEN", ["socket_token"],
             "https://slack.com", "/api/apps.connections.open", "plain", prefix="xapp-")


def sp_slack_hook(r):
    v = "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, UP + DIG, r.choice([8, 10])), rs(r, UP + DIG, r.choice([8, 10])), b62(r, 24))
    return S("slack", "incoming_webhook", v, "SLACK_WEBHOOK_URL",
             ["webhook", "alerts_hook", "hook_url"], "", "", "url", method="POST",
             docex="https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX")


def sp_openai(r):
    if r.random() < 0.7:
        v = "sk-proj-" + b64u(r, 74) + "T3BlbkFJ" + b64u(r, 74)
        pre = "sk-proj-"
    else:
        v = "sk-" + b62(r, 20) + "T3BlbkFJ" + b62(r, 20)
        pre = "sk-"
    return S("openai", "api_key", v, "OPENAI_API_KEY", ["llm_key", "ai_key"],
             "https://api.openai.com", "/v1/chat/completions", "bearer",
             method="POST", prefix=pre)


def sp_anthropic(r):
    return S("anthropic", "api_key", "sk-ant-api03-" + b64u(r, 93) + "AA",
             "ANTHROPIC_API_KEY", ["claude_key", "llm_key"], "https://api.anthropic.com",
             "/v1/messages", "header", hname="x-api-key", method="POST",
             prefix="sk-ant-api03-")


def sp_sendgrid(r):
    return S("sendgrid", "api_key", "SG." + b64u(r, 22) + "." + b64u(r, 43),
             "SENDGRID_API_KEY", ["mail_key", "email_api_key"], "https://api.sendgrid.com",
             "/v3/mail/send", "bearer", method="POST", prefix="SG.")


def sp_twilio_token(r):
    sid = "AC" + hexs(r, 32)
    return S("twilio", "auth_token", hexs(r, 32), "TWILIO_AUTH_TOKEN",
             ["sms_token", "twilio_secret"], "https://api.twilio.com",
             "/2010-04-01/Accounts/%s/Messages.json" % sid, "basic", user=sid,
             method="POST", companions=[("TWILIO_ACCOUNT_SID", sid)])


def sp_twilio_api(r):
    sid = "AC" + hexs(r, 32)
    sk = "SK" + hexs(r, 32)
    return S("twilio", "api_key_secret", b62(r, 32), "TWILIO_API_SECRET",
             ["api_secret", "sms_secret"], "https://api.twilio.com",
             "/2010-04-01/Accounts/%s/Calls.json" % sid, "basic", user=sk,
             companions=[("TWILIO_ACCOUNT_SID", sid), ("TWILIO_API_KEY", sk)])


def sp_shopify(r):
    pre = r.choice(["shpat_", "shpat_", "shpca_", "shppa_"])
    shop = r.choice(ORGS) + "-" + r.choice(["store", "shop", "outlet", "goods"])
    return S("shopify", "admin_access_token", pre + hexs(r, 32),
             "SHOPIFY_ADMIN_ACCESS_TOKEN", ["shop_token", "admin_token"],
             "https://%s.myshopify.com" % shop, "/admin/api/2024-04/products.json",
             "header", hname="X-Shopify-Access-Token", prefix=pre)


def sp_shopify_secret(r):
    return S("shopify", "app_secret", "shpss_" + hexs(r, 32), "SHOPIFY_API_SECRET",
             ["app_secret", "client_secret"], "", "", "plain", prefix="shpss_",
             companions=[("SHOPIFY_API_KEY", hexs(r, 32))])


def sp_gitlab(r):
    return S("gitlab", "personal_access_token", "glpat-" + b64u(r, 20), "GITLAB_TOKEN",
             ["gl_token", "ci_token"], "https://gitlab.com", "/api/v4/projects?membership=true",
             "header", hname="PRIVATE-TOKEN", prefix="glpat-")


def sp_npm(r):
    return S("npm", "access_token", gh_style(r, "npm_"), "NPM_TOKEN",
             ["registry_token", "publish_token"], "https://registry.npmjs.org",
             "/-/whoami", "bearer", prefix="npm_")


def sp_hf(r):
    return S("huggingface", "user_access_token", "hf_" + rs(r, UP + LO, 34), "HF_TOKEN",
             ["hub_token", "model_token"], "https://huggingface.co", "/api/whoami-v2",
             "bearer", prefix="hf_")


def sp_notion(r):
    if r.random() < 0.6:
        v, pre = "ntn_" + digits(r, 11) + b62(r, 35), "ntn_"
    else:
        v, pre = "secret_" + b62(r, 43), "secret_"
    return S("notion", "integration_token", v, "NOTION_TOKEN", ["notion_key", "wiki_token"],
             "https://api.notion.com", "/v1/search", "bearer", method="POST", prefix=pre)


def sp_linear(r):
    return S("linear", "personal_api_key", "lin_api_" + b62(r, 40), "LINEAR_API_KEY",
             ["issues_key", "linear"], "https://api.linear.app", "/graphql", "header",
             hname="Authorization", method="POST", prefix="lin_api_")


def sp_do(r):
    return S("digitalocean", "personal_access_token", "dop_v1_" + hexs(r, 64),
             "DIGITALOCEAN_TOKEN", ["do_token", "cloud_token"], "https://api.digitalocean.com",
             "/v2/droplets?per_page=50", "bearer", prefix="dop_v1_")


def sp_grafana(r):
    stack = r.choice(ORGS) + r.choice(["", "-obs", "-mon"])
    return S("grafana", "service_account_token", "glsa_" + b62(r, 32) + "_" + hexs(r, 8),
             "GRAFANA_SERVICE_ACCOUNT_TOKEN", ["grafana_token", "dash_token"],
             "https://%s.grafana.net" % stack, "/api/search?type=dash-db", "bearer",
             prefix="glsa_")


def sp_google_key(r):
    return S("google", "api_key", "AIza" + b64u(r, 35), r.choice(["GEMINI_API_KEY", "GOOGLE_API_KEY"]),
             ["gkey", "maps_server_key"], "https://generativelanguage.googleapis.com",
             "/v1beta/models/gemini-1.5-flash:generateContent", "header",
             hname="x-goog-api-key", method="POST", prefix="AIza", query="key")


def sp_google_secret(r):
    cid = digits(r, 12) + "-" + rs(r, LO + DIG, 32) + ".apps.googleusercontent.com"
    return S("google", "oauth_client_secret", "GOCSPX-" + b64u(r, 28), "GOOGLE_CLIENT_SECRET",
             ["oauth_secret", "client_secret"], "https://oauth2.googleapis.com", "/token",
             "plain", prefix="GOCSPX-", companions=[("GOOGLE_CLIENT_ID", cid)])


def sp_sonar(r):
    return S("sonarqube", "user_token", "squ_" + hexs(r, 40), "SONAR_TOKEN",
             ["sonar", "analysis_token"], "https://sonar.%s.io" % r.choice(ORGS),
             "/api/projects/search", "bearer", prefix="squ_")


def sp_postman(r):
    return S("postman", "api_key", "PMAK-" + hexs(r, 24) + "-" + hexs(r, 34), "POSTMAN_API_KEY",
             ["postman-api-key", "pm_key"], "https://api.getpostman.com", "/collections",
             "header", hname="X-Api-Key", prefix="PMAK-")


def sp_mailgun(r):
    dom = "mg.%s.com" % r.choice(ORGS)
    return S("mailgun", "api_key", "key-" + hexs(r, 32), "MAILGUN_API_KEY",
             ["mail_key", "mg_key"], "https://api.mailgun.net", "/v3/%s/messages" % dom,
             "basic", user="api", method="POST", prefix="key-",
             companions=[("MAILGUN_DOMAIN", dom)])


def sp_mailchimp(r):
    dc = "us%d" % r.randint(2, 21)
    return S("mailchimp", "api_key", hexs(r, 32) + "-" + dc, "MAILCHIMP_API_KEY",
             ["newsletter_key", "mc_key"], "https://%s.api.mailchimp.com" % dc,
             "/3.0/lists", "basic", user="anystring")


def sp_datadog(r):
    return S("datadog", "api_key", hexs(r, 32), "DD_API_KEY", ["dd_key", "metrics_key"],
             "https://api.datadoghq.com", "/api/v1/validate", "header", hname="DD-API-KEY")


def sp_discord_hook(r):
    v = "https://discord.com/api/webhooks/%s/%s" % (digits(r, 19), b64u(r, 68))
    return S("discord", "webhook", v, "DISCORD_WEBHOOK_URL", ["webhook", "notify_hook"],
             "", "", "url", method="POST")


def sp_telegram(r):
    tok = "%s:AA%s" % (digits(r, r.choice([9, 10])), b64u(r, 33))
    return S("telegram", "bot_token", tok, "TELEGRAM_BOT_TOKEN", ["bot_token", "tg_token"],
             "", "", "url", method="POST", url_tpl="https://api.telegram.org/bot%s/sendMessage")


def sp_entra(r):
    v = rs(r, B62, 3) + r.choice(DIG) + "Q~" + rs(r, B62 + "_.~-", 34)
    return S("microsoft", "client_secret", v, "AZURE_CLIENT_SECRET",
             ["aad_secret", "client_secret"], "https://login.microsoftonline.com", "", "plain",
             companions=[("AZURE_TENANT_ID", uuid4(r)), ("AZURE_CLIENT_ID", uuid4(r))])


def sp_auth0(r):
    dom = "%s.eu.auth0.com" % r.choice(ORGS)
    return S("auth0", "client_secret", b64u(r, 64), "AUTH0_CLIENT_SECRET",
             ["client_secret", "m2m_secret"], "https://" + dom, "/oauth/token", "plain",
             companions=[("AUTH0_DOMAIN", dom), ("AUTH0_CLIENT_ID", b62(r, 32))])


def sp_okta(r):
    org = r.choice(ORGS)
    return S("okta", "api_token", "00" + b64u(r, 40), "OKTA_API_TOKEN", ["okta", "idp_token"],
             "https://%s.okta.com" % org, "/api/v1/users?limit=25", "bearer", scheme="SSWS")


def sp_atlassian(r):
    site = r.choice(ORGS)
    email = "%s@%s.com" % (r.choice(PEOPLE), site)
    v = "ATATT3xFfGF0" + b64u(r, 170) + "=" + hexs(r, 8).upper()
    return S("atlassian", "api_token", v, "JIRA_API_TOKEN", ["jira_token", "confluence_token"],
             "https://%s.atlassian.net" % site, "/rest/api/3/search?jql=project%3DOPS",
             "basic", user=email, prefix="ATATT", companions=[("JIRA_EMAIL", email)])


def sp_basic_internal(r):
    svc = r.choice(["svc-", "ci-", "bot-", "integration-"]) + r.choice(WORDS)
    host = "https://%s.%s.internal" % (r.choice(WORDS), r.choice(ORGS))
    return S("internal", "basic_auth_password", password(r), "API_PASSWORD",
             ["pass", "pw", "basic_pass"], host, "/api/v2/" + r.choice(WORDS), "basic",
             user=svc, companions=[("API_USER", svc)])


def sp_db_password(r):
    user = r.choice(["app", "postgres", "svc_" + r.choice(WORDS), "admin"])
    return S("postgres", "database_password", password(r), r.choice(["DB_PASSWORD", "POSTGRES_PASSWORD", "DATABASE_PASSWORD"]),
             ["pg_pass", "dbpw"], "", "", "plain",
             companions=[("DB_HOST", "db.%s.internal" % r.choice(ORGS)), ("DB_USER", user)])


def sp_cookie_django(r):
    return S("internal", "session_cookie", rs(r, LO + DIG, 32), "SESSION_COOKIE",
             ["sessionid", "cookie"], "https://admin.%s.com" % r.choice(ORGS),
             "/admin/api/" + r.choice(WORDS) + "/", "cookie", cookie="sessionid")


def sp_cookie_express(r):
    v = "s%3A" + b64u(r, 32) + "." + b64u(r, 43)
    return S("internal", "session_cookie", v, "SESSION_COOKIE", ["sid", "cookie"],
             "https://app.%s.io" % r.choice(ORGS), "/api/me", "cookie", cookie="connect.sid")


def sp_jwt_internal(r):
    now = epoch(r)
    alg = r.choice(["HS256", "RS256"])
    tok = jwt(r, {"sub": uuid4(r), "scope": "admin read write", "iss": "https://auth.%s.io" % r.choice(ORGS),
                  "iat": now, "exp": now + 31536000 * r.randint(1, 5)}, alg=alg,
              siglen=342 if alg == "RS256" else 43)
    return S("internal", "jwt_access_token", tok, "API_ACCESS_TOKEN", ["access_token", "jwt"],
             "https://api.%s.io" % r.choice(ORGS), "/v1/" + r.choice(WORDS), "bearer")


def sp_supabase(r):
    ref = rs(r, LO, 20)
    now = epoch(r)
    tok = jwt(r, {"iss": "supabase", "ref": ref, "role": "service_role", "iat": now,
                  "exp": now + 315360000})
    return S("supabase", "service_role_key", tok, "SUPABASE_SERVICE_ROLE_KEY",
             ["service_key", "sb_admin"], "https://%s.supabase.co" % ref,
             "/rest/v1/profiles?select=*", "header", hname="apikey")


def sp_doppler(r):
    pre = r.choice(["dp.st.prd.", "dp.st.dev.", "dp.pt."])
    return S("doppler", "service_token", pre + b62(r, 43), "DOPPLER_TOKEN",
             ["secrets_token"], "https://api.doppler.com", "/v3/configs/config/secrets/download?format=json",
             "bearer", prefix=pre)


def sp_airtable(r):
    return S("airtable", "personal_access_token", "pat" + b62(r, 14) + "." + hexs(r, 64),
             "AIRTABLE_TOKEN", ["base_token"], "https://api.airtable.com",
             "/v0/app%s/Tasks" % b62(r, 14), "bearer", prefix="pat")


def sp_hubspot(r):
    return S("hubspot", "private_app_token", "pat-na1-" + uuid4(r), "HUBSPOT_ACCESS_TOKEN",
             ["crm_token"], "https://api.hubapi.com", "/crm/v3/objects/contacts?limit=10",
             "bearer", prefix="pat-na1-")


def sp_cloudflare(r):
    return S("cloudflare", "api_token", b64u(r, 40), "CLOUDFLARE_API_TOKEN",
             ["cf_token", "dns_token"], "https://api.cloudflare.com",
             "/client/v4/zones?per_page=50", "bearer")


def pem_body(r, nlines=25):
    head = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"
    body = head + rs(r, B64S, 64 * nlines - len(head) + 20)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return lines


def sp_pem(r):
    lines = pem_body(r)
    v = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----\n"
    return S("internal", "private_key", v, "JWT_PRIVATE_KEY", ["signing_key", "private_key"],
             "https://api.%s.io" % r.choice(ORGS), "/v1/oauth/token", "pem", needle=lines[0])


SPECS = [
    (sp_stripe_sk, 3), (sp_stripe_rk, 1), (sp_stripe_whsec, 1), (sp_github, 3),
    (sp_github_fg, 1), (sp_slack_bot, 2), (sp_slack_user, 1), (sp_slack_app, 1),
    (sp_slack_hook, 2), (sp_openai, 3), (sp_anthropic, 2), (sp_sendgrid, 2),
    (sp_twilio_token, 2), (sp_twilio_api, 1), (sp_shopify, 2), (sp_shopify_secret, 1),
    (sp_gitlab, 1), (sp_npm, 1), (sp_hf, 1), (sp_notion, 1), (sp_linear, 1), (sp_do, 1),
    (sp_grafana, 1), (sp_google_key, 1), (sp_google_secret, 1), (sp_sonar, 1),
    (sp_postman, 1), (sp_mailgun, 1), (sp_mailchimp, 1), (sp_datadog, 1),
    (sp_discord_hook, 1), (sp_telegram, 1), (sp_entra, 1), (sp_auth0, 1), (sp_okta, 1),
    (sp_atlassian, 1), (sp_basic_internal, 2), (sp_db_password, 1), (sp_cookie_django, 1),
    (sp_cookie_express, 1), (sp_jwt_internal, 2), (sp_supabase, 1), (sp_doppler, 1),
    (sp_airtable, 1), (sp_hubspot, 1), (sp_cloudflare, 1), (sp_pem, 1),
]
_PROBE = {}


def spec_auth(fn):
    if fn not in _PROBE:
        _PROBE[fn] = fn(random.Random(0))["auth"]
    return _PROBE[fn]


# ---------------------------------------------------------------------------
# Values that are not secrets (for the re-used templates)
# ---------------------------------------------------------------------------
JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6Ikpv"
          "aG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
GENERIC_PH = ["<your-api-key>", "YOUR_API_KEY_HERE", "changeme", "REPLACE_ME", "<token>",
              "your-token-here", "TODO", "dummy", "<insert-secret-here>", "PLACEHOLDER",
              "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "set-me-locally", "<paste from 1Password>",
              "none", "test"]
MASKED = ["********", "[REDACTED]", "<redacted>", "***", "****************", "[hidden]",
          "REDACTED"]


def ref_value(r, style, n):
    c = camel(n)
    opts = {
        "http": ["{{%s}}" % c, "{{$dotenv %s}}" % n, "{{$processEnv %s}}" % n, "{{%s}}" % n.lower()],
        "vscode": ["${env:%s}" % n, "${input:%s}" % c, "${env:%s}" % n],
        "xcode": ["$(%s)" % n],
        "postman": ["{{%s}}" % c, "{{vault:%s}}" % kebab(n), "{{%s}}" % n.lower()],
        "thunder": ["{{%s}}" % c, "{{%s}}" % n.lower()],
        "insomnia": ["{{ _.%s }}" % n.lower(), "{{ _.%s }}" % c],
        "bruno": ["{{%s}}" % c, "{{process.env.%s}}" % n],
        "hoppscotch": ["<<%s>>" % c],
        "eclipse": ["${env_var:%s}" % n],
        "compose": ["${%s}" % n, "${%s:?set it in your shell}" % n],
        "generic": ["${%s}" % n, "$%s" % n],
    }
    return r.choice(opts.get(style, opts["generic"]))


def secret_manager_ref(r, n):
    k = kebab(n)
    return r.choice([
        "op://Engineering/%s/credential" % k,
        "op://Private/%s/password" % k,
        "vault:secret/data/%s#value" % k.replace("-", "/", 1),
        "arn:aws:secretsmanager:eu-west-1:%s:secret:%s-%s" % (digits(r, 12), k, b62(r, 6)),
        "projects/%s/secrets/%s/versions/latest" % (proj(r), k),
        "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/%s/)" % (r.choice(ORGS), k),
    ])


def public_value(r, sp):
    p = sp["provider"]
    if p == "stripe":
        return "STRIPE_PUBLISHABLE_KEY", "pk_live_" + (("51" + b62(r, 97)) if r.random() < .5 else b62(r, 24))
    if p == "twilio":
        return "TWILIO_ACCOUNT_SID", "AC" + hexs(r, 32)
    if p == "google":
        return "GOOGLE_CLIENT_ID", digits(r, 12) + "-" + rs(r, LO + DIG, 32) + ".apps.googleusercontent.com"
    if p == "github":
        return "GITHUB_CLIENT_ID", r.choice(["Iv1." + hexs(r, 16), "Ov23li" + b62(r, 14)])
    if p == "slack":
        return "SLACK_CLIENT_ID", digits(r, 12) + "." + digits(r, 13)
    if p == "shopify":
        return "SHOPIFY_API_KEY", hexs(r, 32)
    if p in ("microsoft",):
        return "AZURE_CLIENT_ID", uuid4(r)
    if p == "auth0":
        return "AUTH0_CLIENT_ID", b62(r, 32)
    if p == "supabase":
        ref = rs(r, LO, 20)
        now = epoch(r)
        return "SUPABASE_ANON_KEY", jwt(r, {"iss": "supabase", "ref": ref, "role": "anon",
                                            "iat": now, "exp": now + 315360000})
    k = r.randrange(4)
    if k == 0:
        return "RECAPTCHA_SITE_KEY", "6L" + b64u(r, 38)
    if k == 1:
        return "SENTRY_DSN", "https://%s@o%s.ingest.sentry.io/%s" % (hexs(r, 32), digits(r, 6), digits(r, 7))
    if k == 2:
        pl = base64.b64encode(json.dumps({"u": r.choice(ORGS) + "-maps", "a": "cl" + rs(r, LO + DIG, 23)},
                                         separators=(",", ":")).encode()).decode().rstrip("=")
        return "MAPBOX_ACCESS_TOKEN", "pk." + pl + "." + b64u(r, 22)
    return "ALGOLIA_SEARCH_API_KEY", hexs(r, 32)


def nonsecret(r, sp, style, name, named):
    """Return (value, name, subkind) for a negative that re-uses a template."""
    cats = ["ref"] * 30 + ["placeholder"] * 20 + ["empty"] * 9 + ["masked"] * 10 + \
           ["secretmgr"] * 10 + ["docex"] * 8 + (["public"] * 13 if named else [])
    if style == "jbenv":
        cats = [c for c in cats if c != "ref"]
    c = r.choice(cats)
    if c == "ref":
        return ref_value(r, style, name), name, "variable_reference"
    if c == "placeholder":
        if sp.get("prefix") and r.random() < 0.4:
            n = max(8, len(sp["value"]) - len(sp["prefix"]))
            return sp["prefix"] + r.choice("xX*0") * min(n, 40), name, "placeholder"
        if sp["auth"] == "url" and "url_tpl" not in sp and r.random() < .5:
            return r.choice(["https://hooks.slack.com/services/<team>/<channel>/<token>",
                             "https://discord.com/api/webhooks/<id>/<token>",
                             "https://example.com/webhook"]), name, "placeholder"
        return r.choice(GENERIC_PH + ["<%s>" % kebab(name), "your_%s" % name.lower()]), name, "placeholder"
    if c == "empty":
        return "", name, "empty"
    if c == "masked":
        if sp.get("prefix") and r.random() < 0.5:
            return sp["prefix"] + "*" * r.randint(8, 20) + hexs(r, 4), name, "masked"
        return r.choice(MASKED), name, "masked"
    if c == "secretmgr":
        return secret_manager_ref(r, name), name, "secret_manager_reference"
    if c == "docex":
        if sp.get("docex"):
            return sp["docex"], name, "documented_example"
        if sp["auth"] in ("bearer",) and r.random() < .6:
            return JWT_IO, name, "documented_example"
        if sp["provider"] == "twilio":
            return r.choice(["your_auth_token", "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"]), name, "documented_example"
        if name in ("SECRET", "KEY", "CREDENTIAL", "AWS_SECRET_ACCESS_KEY"):
            return AWS_DOC_SECRET, name, "documented_example"
        return r.choice(GENERIC_PH), name, "placeholder"
    n2, v = public_value(r, sp)
    return v, n2, "public_value"


# ---------------------------------------------------------------------------
# Helpers shared by templates
# ---------------------------------------------------------------------------

def xa(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def yq(s):
    if s == "" or any(c in s for c in ":#{}[]&*!|>'\"%@`,") or s.strip() != s or s.lower() in ("yes", "no", "true", "false", "null", "on", "off") or s[:1] in "-?":
        return json.dumps(s)
    return s


def nd(sp, val, pos):
    return sp.get("needle", val) if pos else None


def url_of(sp, val):
    return sp["url_tpl"] % val if "url_tpl" in sp else val


def hdr(sp, val, pos):
    a = sp["auth"]
    if a == "bearer":
        return "Authorization", (sp.get("scheme", "Bearer") + " " + val).rstrip(), val
    if a == "header":
        return sp["hname"], val, val
    if a == "basic":
        if pos:
            blob = b64(sp["user"] + ":" + val)
            return "Authorization", "Basic " + blob, blob
        return "Authorization", ("Basic " + val).rstrip(), val
    if a == "cookie":
        return "Cookie", sp["cookie"] + "=" + val, val
    raise ValueError(a)


def target_url(sp, r):
    if sp["auth"] == "url":
        return None
    if sp.get("host"):
        return sp["host"] + sp["path"]
    return "https://api.%s.io/v1/%s" % (r.choice(ORGS), r.choice(WORDS))


INNOCENT_ENV = [("LOG_LEVEL", "debug"), ("TZ", "UTC"), ("PORT", "8080"), ("APP_ENV", "local"),
                ("FEATURE_FLAGS", "new-checkout,fast-search"), ("REDIS_URL", "redis://localhost:6379/0"),
                ("AWS_REGION", "eu-west-1"), ("HTTP_TIMEOUT_MS", "15000"), ("RETRY_MAX", "3"),
                ("CACHE_TTL", "300"), ("DEBUG", "app:*"), ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://localhost:4317"),
                ("DATABASE_URL", "postgres://app@localhost:5432/app_dev"), ("S3_BUCKET", "uploads-dev"),
                ("SENTRY_ENVIRONMENT", "development"), ("MAX_WORKERS", "4")]


def env_pairs(r, sp, name, val, extra=(), k=None):
    k = r.randint(1, 4) if k is None else k
    pairs = list(extra) + r.sample(INNOCENT_ENV, k)
    pairs += [c for c in sp["companions"] if c[0] != name]
    pos = r.randint(0, len(pairs))
    pairs.insert(pos, (name, val))
    seen, out = [], []
    for a, b in pairs:
        if a not in seen:
            seen.append(a)
            out.append((a, b))
    return out


def fin(path, lines, needle):
    text = "\n".join(lines) + "\n"
    return path, text, needle


def mainclass(r):
    return "com.%s.%s.%s" % (r.choice(ORGS), r.choice(WORDS), r.choice(CLASSNAMES))


def ts_iso(r):
    return "2024-%02d-%02dT%02d:%02d:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                              r.randint(0, 59), r.randint(0, 59))


# Predicates for which specs a template can carry
ENV_ANY = lambda sp: sp["auth"] != "pem"
JSON_ANY = lambda sp: True
HDR = lambda sp: sp["auth"] in ("bearer", "header", "basic", "cookie")
TOKENISH = lambda sp: sp["auth"] in ("bearer", "header")
URLK = lambda sp: sp["auth"] == "url"
BASIC = lambda sp: sp["auth"] == "basic"
COOKIE = lambda sp: sp["auth"] == "cookie"
QUERY = lambda sp: "query" in sp
CSECRET = lambda sp: sp["kind"] in ("client_secret", "oauth_client_secret", "app_secret")
PEMK = lambda sp: sp["auth"] == "pem"

TEMPLATES = []


def tpl(accepts, style, named=True, reuse=True, conv=True):
    def deco(fn):
        TEMPLATES.append({"fn": fn, "accepts": accepts, "style": style, "named": named,
                          "reuse": reuse, "conv": conv, "name": fn.__name__})
        return fn
    return deco


def idea_wrap(conf_open, body, tail=("    <method v=\"2\" />",)):
    return (['<component name="ProjectRunConfigurationManager">', "  " + conf_open] + body +
            list(tail) + ["  </configuration>", "</component>"])


def envs_xml(pairs, ind="    "):
    out = [ind + "<envs>"]
    for a, b in pairs:
        out.append(ind + '  <env name="%s" value="%s" />' % (a, xa(b)))
    out.append(ind + "</envs>")
    return out


def runcfg_path(r, cname):
    safe = "".join(c if c.isalnum() else "_" for c in cname).strip("_")
    if r.random() < 0.5:
        return ".idea/runConfigurations/%s.xml" % safe
    return ".run/%s.run.xml" % safe


# ---------------------------------------------------------------------------
# Positive templates (re-used for half the negatives)
# ---------------------------------------------------------------------------

@tpl(ENV_ANY, "generic")
def t_idea_application(r, sp, val, name, pos):
    mc = mainclass(r)
    cname = mc.rsplit(".", 1)[1] + r.choice(["", " (local)", " dev"])
    body = envs_xml(env_pairs(r, sp, name, val)) + [
        '    <option name="MAIN_CLASS_NAME" value="%s" />' % mc,
        '    <module name="%s" />' % proj(r),
        '    <option name="VM_PARAMETERS" value="-Xmx%dm -Dfile.encoding=UTF-8" />' % r.choice([512, 1024, 2048]),
        '    <option name="WORKING_DIRECTORY" value="$PROJECT_DIR$" />']
    lines = idea_wrap('<configuration default="false" name="%s" type="Application" factoryName="Application">' % xa(cname),
                      body, ("    <method v=\"2\">", "      <option name=\"Make\" enabled=\"true\" />", "    </method>"))
    return fin(runcfg_path(r, cname), lines, nd(sp, val, pos))


@tpl(ENV_ANY, "generic")
def t_idea_springboot(r, sp, val, name, pos):
    mc = mainclass(r)
    cname = mc.rsplit(".", 1)[1]
    body = ['    <option name="ACTIVE_PROFILES" value="%s" />' % r.choice(["local", "dev", "local,mock"]),
            '    <option name="ALTERNATIVE_JRE_PATH" value="17" />' if r.random() < .5 else
            '    <option name="FRAME_DEACTIVATION_UPDATE_POLICY" value="UpdateClassesAndResources" />']
    body += envs_xml(env_pairs(r, sp, name, val, extra=[("SPRING_PROFILES_ACTIVE", "local")]))
    body += ['    <module name="%s.main" />' % proj(r),
             '    <option name="SPRING_BOOT_MAIN_CLASS" value="%s" />' % mc,
             '    <option name="VM_PARAMETERS" value="-XX:TieredStopAtLevel=1" />']
    lines = idea_wrap('<configuration default="false" name="%s" type="SpringBootApplicationConfigurationType" factoryName="Spring Boot">' % cname,
                      body, ("    <method v=\"2\">", "      <option name=\"Make\" enabled=\"true\" />", "    </method>"))
    return fin(runcfg_path(r, cname), lines, nd(sp, val, pos))


@tpl(ENV_ANY, "generic", named=False, conv=False)
def t_idea_vm_params(r, sp, val, name, pos):
    mc = mainclass(r)
    prop = "%s.%s" % (r.choice(["app", "integrations", "client"]), kebab(sp["env"]).replace("-", "."))
    cname = "Run " + mc.rsplit(".", 1)[1]
    body = ['    <option name="MAIN_CLASS_NAME" value="%s" />' % mc,
            '    <module name="%s" />' % proj(r),
            '    <option name="PROGRAM_PARAMETERS" value="--server.port=%d" />' % r.choice([8080, 8081, 9000]),
            '    <option name="VM_PARAMETERS" value="-Xmx1g -D%s=%s -Duser.timezone=UTC" />' % (prop, xa(val)),
            '    <option name="WORKING_DIRECTORY" value="$MODULE_WORKING_DIR$" />']
    lines = idea_wrap('<configuration default="false" name="%s" type="Application" factoryName="Application" nameIsGenerated="true">' % cname,
                      body, ("    <method v=\"2\">", "      <option name=\"Make\" enabled=\"true\" />", "    </method>"))
    return fin(runcfg_path(r, cname.replace(" ", "_")), lines, nd(sp, val, pos))


def py_body(r, envs, script, params):
    return (['    <module name="%s" />' % proj(r),
             '    <option name="ENV_FILES" value="" />',
             '    <option name="INTERPRETER_OPTIONS" value="" />',
             '    <option name="PARENT_ENVS" value="true" />'] + envs +
            ['    <option name="SDK_HOME" value="" />',
             '    <option name="WORKING_DIRECTORY" value="$PROJECT_DIR$" />',
             '    <option name="IS_MODULE_SDK" value="true" />',
             '    <option name="ADD_CONTENT_ROOTS" value="true" />',
             '    <option name="ADD_SOURCE_ROOTS" value="true" />',
             '    <option name="SCRIPT_NAME" value="%s" />' % script,
             '    <option name="PARAMETERS" value="%s" />' % params,
             '    <option name="SHOW_COMMAND_LINE" value="false" />',
             '    <option name="EMULATE_TERMINAL" value="false" />',
             '    <option name="MODULE_MODE" value="false" />',
             '    <option name="REDIRECT_INPUT" value="false" />',
             '    <option name="INPUT_FILE" value="" />'])


@tpl(ENV_ANY, "generic")
def t_idea_python(r, sp, val, name, pos):
    cname = r.choice(["runserver", "worker", "sync job", "celery", "api"])
    envs = envs_xml(env_pairs(r, sp, name, val, extra=[("PYTHONUNBUFFERED", "1")]))
    body = py_body(r, envs, "$PROJECT_DIR$/" + r.choice(["manage.py", "app/main.py", "scripts/sync.py"]),
                   r.choice(["runserver 0.0.0.0:8000", "--reload", "", "--dry-run"]))
    lines = idea_wrap('<configuration default="false" name="%s" type="PythonConfigurationType" factoryName="Python">' % cname, body)
    return fin(runcfg_path(r, cname.replace(" ", "_")), lines, nd(sp, val, pos))


@tpl(ENV_ANY, "generic", named=False, conv=False)
def t_idea_python_params(r, sp, val, name, pos):
    cname = r.choice(["backfill", "import customers", "replay webhooks", "seed"])
    flag = r.choice(["--api-key", "--token", "-k", "--auth"])
    envs = envs_xml([("PYTHONUNBUFFERED", "1")])
    body = py_body(r, envs, "$PROJECT_DIR$/scripts/%s.py" % cname.replace(" ", "_"),
                   "%s %s --since 2024-01-01" % (flag, xa(val)))
    lines = idea_wrap('<configuration default="false" name="%s" type="PythonConfigurationType" factoryName="Python">' % cname, body)
    return fin(runcfg_path(r, cname.replace(" ", "_")), lines, nd(sp, val, pos))


@tpl(ENV_ANY, "generic")
def t_idea_node(r, sp, val, name, pos):
    cname = r.choice(["server", "dev", "start api", "worker"])
    body = envs_xml(env_pairs(r, sp, name, val, extra=[("NODE_ENV", "development")]))
    lines = idea_wrap('<configuration default="false" name="%s" type="NodeJSConfigurationType" application-parameters="--inspect" path-to-js-file="%s" working-dir="$PROJECT_DIR$">'
                      % (cname, r.choice(["src/server.js", "dist/index.js", "bin/www"])), body)
    return fin(runcfg_path(r, cname.replace(" ", "_")), lines, nd(sp, val, pos))


@tpl(ENV_ANY, "generic")
def t_idea_go(r, sp, val, name, pos):
    o, p = r.choice(ORGS), r.choice(WORDS)
    cname = "go build %s/cmd/%s" % (p, r.choice(["api", "server", "worker"]))
    body = ['    <module name="%s" />' % p,
            '    <working_directory value="$PROJECT_DIR$" />',
            '    <parameters value="-config configs/local.yaml" />'] + \
        envs_xml(env_pairs(r, sp, name, val)) + \
        ['    <kind value="PACKAGE" />',
         '    <package value="github.com/%s/%s/cmd/api" />' % (o, p),
         '    <directory value="$PROJECT_DIR$" />',
         '    <filePath value="$PROJECT_DIR$/cmd/api/main.go" />']
    lines = idea_wrap('<configuration default="false" name="%s" type="GoApplicationRunConfiguration" factoryName="Go Application">' % cname, body)
    return fin(runcfg_path(r, "api"), lines, nd(sp, val, pos))


@tpl(ENV_ANY, "generic")
def t_idea_gradle(r, sp, val, name, pos):
    task = r.choice(["bootRun", "run", "integrationTest", "flywayMigrate"])
    cname = "%s [%s]" % (proj(r), task)
    ents = ['          <entry key="%s" value="%s" />' % (a, xa(b)) for a, b in env_pairs(r, sp, name, val)]
    body = ['    <ExternalSystemSettings>',
            '      <option name="env">', '        <map>'] + ents + [
            '        </map>', '      </option>',
            '      <option name="executionName" />',
            '      <option name="externalProjectPath" value="$PROJECT_DIR$" />',
            '      <option name="externalSystemIdString" value="GRADLE" />',
            '      <option name="scriptParameters" value="" />',
            '      <option name="taskDescriptions">', '        <list />', '      </option>',
            '      <option name="taskNames">', '        <list>',
            '          <option value="%s" />' % task, '        </list>', '      </option>',
            '      <option name="vmOptions" />', '    </ExternalSystemSettings>',
            '    <ExternalSystemDebugServerProcess>true</ExternalSystemDebugServerProcess>',
            '    <ExternalSystemReattachDebugProcess>true</ExternalSystemReattachDebugProcess>',
            '    <DebugAllEnabled>false</DebugAllEnabled>',
            '    <RunAsTest>false</RunAsTest>']
    lines = idea_wrap('<configuration default="false" name="%s" type="GradleRunConfiguration" factoryName="Gradle">' % cname, body)
    return fin(runcfg_path(r, task), lines, nd(sp, val, pos))


@tpl(lambda sp: HDR(sp) or URLK(sp), "generic", named=False, conv=False)
def t_idea_shell_curl(r, sp, val, name, pos):
    if sp["auth"] == "url":
        u = url_of(sp, val)
        cmd = "curl -sS -X POST -H &quot;Content-Type: application/json&quot; -d &apos;{&quot;text&quot;: &quot;manual deploy finished&quot;}&apos; %s" % xa(u)
        needle = nd(sp, val, pos)
    else:
        h, v, needle = hdr(sp, val, pos)
        cmd = "curl -sS -H &quot;%s: %s&quot; -H &quot;Accept: application/json&quot; &quot;%s&quot; | jq ." % (h, xa(v), xa(target_url(sp, r)))
        needle = needle if pos else None
    cname = r.choice(["smoke test", "ping api", "notify", "check token"])
    body = ['    <option name="SCRIPT_TEXT" value="%s" />' % cmd,
            '    <option name="INDEPENDENT_SCRIPT_PATH" value="true" />',
            '    <option name="SCRIPT_PATH" value="" />',
            '    <option name="SCRIPT_OPTIONS" value="" />',
            '    <option name="INDEPENDENT_SCRIPT_WORKING_DIRECTORY" value="true" />',
            '    <option name="SCRIPT_WORKING_DIRECTORY" value="$PROJECT_DIR$" />',
            '    <option name="INDEPENDENT_INTERPRETER_PATH" value="true" />',
            '    <option name="INTERPRETER_PATH" value="/bin/bash" />',
            '    <option name="INTERPRETER_OPTIONS" value="" />',
            '    <option name="EXECUTE_IN_TERMINAL" value="true" />',
            '    <option name="EXECUTE_SCRIPT_FILE" value="false" />',
            '    <envs />']
    lines = idea_wrap('<configuration default="false" name="%s" type="ShConfigurationType">' % cname, body)
    return fin(".run/%s.run.xml" % cname.replace(" ", "_"), lines, needle)


def android_common(r):
    return ['    <option name="DEPLOY" value="true" />',
            '    <option name="DEPLOY_APK_FROM_BUNDLE" value="false" />',
            '    <option name="DEPLOY_AS_INSTANT" value="false" />',
            '    <option name="ARTIFACT_NAME" value="" />',
            '    <option name="PM_INSTALL_OPTIONS" value="" />',
            '    <option name="ALL_USERS" value="false" />',
            '    <option name="ALWAYS_INSTALL_WITH_PM" value="false" />',
            '    <option name="CLEAR_APP_STORAGE" value="false" />',
            '    <option name="DYNAMIC_FEATURES_DISABLED_LIST" value="" />']


@tpl(ENV_ANY, "generic", named=False, conv=False)
def t_android_app(r, sp, val, name, pos):
    app = r.choice(["Shopper", "Courier", "FieldOps", "Wallet", "Tracker"])
    key = r.choice(["api_token", "apiKey", "auth", "debug_token"])
    body = ['    <module name="%s.app.main" />' % app] + android_common(r) + [
        '    <option name="ACTIVITY_EXTRA_FLAGS" value="--es %s %s --ez mock_location true" />' % (key, xa(val)),
        '    <option name="MODE" value="default_activity" />',
        '    <option name="CLEAR_LOGCAT" value="false" />',
        '    <option name="SHOW_LOGCAT_AUTOMATICALLY" value="false" />',
        '    <option name="TARGET_SELECTION_MODE" value="DEVICE_AND_SNAPSHOT_COMBO_BOX" />',
        '    <option name="SELECTED_CLOUD_MATRIX_CONFIGURATION_ID" value="-1" />',
        '    <option name="DEBUGGER_TYPE" value="Auto" />',
        '    <option name="DEEP_LINK" value="" />',
        '    <option name="ACTIVITY_CLASS" value="" />',
        '    <option name="SEARCH_ACTIVITY_IN_GLOBAL_SCOPE" value="false" />',
        '    <option name="SKIP_ACTIVITY_VALIDATION" value="false" />']
    lines = idea_wrap('<configuration default="false" name="app" type="AndroidRunConfigurationType" factoryName="Android App">',
                      body, ('    <method v="2">', '      <option name="Android.Gradle.BeforeRunTask" enabled="true" />', '    </method>'))
    return fin(r.choice([".idea/runConfigurations/app.xml", ".run/app.run.xml"]), lines, nd(sp, val, pos))


@tpl(ENV_ANY, "generic", named=False, conv=False)
def t_android_test(r, sp, val, name, pos):
    pkg = "com.%s.%s" % (r.choice(ORGS), r.choice(WORDS))
    key = r.choice(["apiKey", "token", "backendToken"])
    body = ['    <module name="%s.app.androidTest" />' % r.choice(["Shopper", "Courier", "Wallet"]),
            '    <option name="TESTING_TYPE" value="1" />',
            '    <option name="METHOD_NAME" value="" />',
            '    <option name="CLASS_NAME" value="" />',
            '    <option name="PACKAGE_NAME" value="%s" />' % pkg,
            '    <option name="TEST_NAME_REGEX" value="" />',
            '    <option name="INSTRUMENTATION_RUNNER_CLASS" value="androidx.test.runner.AndroidJUnitRunner" />',
            '    <option name="EXTRA_OPTIONS" value="-e %s %s -e environment staging" />' % (key, xa(val)),
            '    <option name="RETENTION_ENABLED" value="No" />',
            '    <option name="CLEAR_LOGCAT" value="false" />',
            '    <option name="TARGET_SELECTION_MODE" value="DEVICE_AND_SNAPSHOT_COMBO_BOX" />',
            '    <option name="DEBUGGER_TYPE" value="Auto" />']
    lines = idea_wrap('<configuration default="false" name="Tests in \'%s\'" type="AndroidTestRunConfigurationType" factoryName="Android Instrumented Tests">' % pkg,
                      body, ('    <method v="2">', '      <option name="Android.Gradle.BeforeRunTask" enabled="true" />', '    </method>'))
    return fin(".idea/runConfigurations/Tests_in_%s.xml" % pkg.replace(".", "_"), lines, nd(sp, val, pos))


def workspace_head(r):
    return ['<?xml version="1.0" encoding="UTF-8"?>', '<project version="4">',
            '  <component name="AutoImportSettings">', '    <option name="autoReloadType" value="SELECTIVE" />', '  </component>',
            '  <component name="ChangeListManager">',
            '    <list default="true" id="%s" name="Changes" comment="" />' % uuid4(r),
            '    <option name="SHOW_DIALOG" value="false" />',
            '    <option name="HIGHLIGHT_CONFLICTS" value="true" />',
            '    <option name="HIGHLIGHT_NON_ACTIVE_CHANGELIST" value="false" />',
            '    <option name="LAST_RESOLUTION" value="IGNORE" />', '  </component>',
            '  <component name="Git.Settings">',
            '    <option name="RECENT_GIT_ROOT_PATH" value="$PROJECT_DIR$" />', '  </component>',
            '  <component name="ProjectColorInfo">{', '  &quot;associatedIndex&quot;: %d' % r.randint(0, 7), '}</component>',
            '  <component name="ProjectId" id="%s" />' % b62(r, 27),
            '  <component name="ProjectViewState">',
            '    <option name="hideEmptyMiddlePackages" value="true" />',
            '    <option name="showLibraryContents" value="true" />', '  </component>']


@tpl(ENV_ANY, "generic")
def t_idea_workspace(r, sp, val, name, pos):
    mc = mainclass(r)
    cname = mc.rsplit(".", 1)[1]
    lines = workspace_head(r) + [
        '  <component name="PropertiesComponent"><![CDATA[{',
        '  "keyToString": {',
        '    "RunOnceActivity.ShowReadmeOnStart": "true",',
        '    "git-widget-placeholder": "%s",' % r.choice(["main", "develop", "feature/%s" % r.choice(WORDS)]),
        '    "last_opened_file_path": "$PROJECT_DIR$/src/main/resources",',
        '    "project.structure.last.edited": "Modules",',
        '    "settings.editor.selected.configurable": "preferences.pluginManager"',
        '  }', '}]]></component>',
        '  <component name="RunManager" selected="Application.%s">' % cname,
        '    <configuration name="%s" type="Application" factoryName="Application" temporary="true" nameIsGenerated="true">' % cname]
    lines += envs_xml(env_pairs(r, sp, name, val), ind="      ")
    lines += ['      <option name="MAIN_CLASS_NAME" value="%s" />' % mc,
              '      <module name="%s" />' % proj(r),
              '      <extension name="coverage">',
              '        <pattern>', '          <option name="PATTERN" value="%s.*" />' % mc.rsplit(".", 1)[0],
              '          <option name="ENABLED" value="true" />', '        </pattern>', '      </extension>',
              '      <method v="2">', '        <option name="Make" enabled="true" />', '      </method>',
              '    </configuration>',
              '    <recent_temporary>', '      <list>',
              '        <item itemvalue="Application.%s" />' % cname, '      </list>', '    </recent_temporary>',
              '  </component>',
              '  <component name="SpellCheckerSettings" RuntimeDictionaries="0" Folders="0" CustomDictionaries="0" DefaultDictionary="application-level" UseSingleDictionary="true" transferred="true" />',
              '  <component name="TaskManager">',
              '    <task active="true" id="Default" summary="Default task">',
              '      <changelist id="%s" name="Changes" comment="" />' % uuid4(r),
              '      <created>%d</created>' % (epoch(r) * 1000 + r.randint(0, 999)),
              '      <option name="number" value="Default" />',
              '      <option name="presentableId" value="Default" />',
              '      <updated>%d</updated>' % (epoch(r) * 1000 + r.randint(0, 999)),
              '    </task>', '    <servers />', '  </component>', '</project>']
    return fin(".idea/workspace.xml", lines, nd(sp, val, pos))


def resp_ref(r, ext="json"):
    return "<> %s.%d.%s" % (ts_iso(r).replace(":", "").replace("-", "-"), r.choice([200, 200, 201, 204, 401]), ext)


@tpl(HDR, "http", named=False, conv=False)
def t_http_requests_log(r, sp, val, name, pos):
    h, v, needle = hdr(sp, val, pos)
    lines = []
    for i in range(r.randint(1, 2)):
        lines += ["GET http://localhost:%d/actuator/health" % r.choice([8080, 8081]), "Accept: application/json", "",
                  resp_ref(r), "", "###", ""]
    lines += ["%s %s" % (sp["method"], target_url(sp, r)), "%s: %s" % (h, v), "Accept: application/json",
              "User-Agent: IntelliJ HTTP Client/IntelliJ IDEA 2024.1.2",
              "Accept-Encoding: br, deflate, gzip, x-gzip"]
    if sp["method"] == "POST":
        lines += ["Content-Type: application/json", "", "{", '  "limit": %d' % r.randint(1, 50), "}"]
    lines += ["", resp_ref(r), "", "###", "",
              "GET https://httpbin.org/anything?page=%d" % r.randint(1, 9),
              "User-Agent: IntelliJ HTTP Client/IntelliJ IDEA 2024.1.2", "", resp_ref(r), "", "###", ""]
    return fin(".idea/httpRequests/http-requests-log.http", lines, needle if pos else None)


@tpl(HDR, "http", named=False, conv=False)
def t_http_header(r, sp, val, name, pos):
    u = target_url(sp, r)
    host = u.split("/", 3)
    base, rest = "/".join(host[:3]), "/" + host[3] if len(host) > 3 else "/"
    if sp["auth"] == "basic" and r.random() < 0.5:
        h, v, needle = "Authorization", "Basic %s %s" % (sp["user"], val), (val if pos else None)
    else:
        h, v, needle = hdr(sp, val, pos)
    lines = ["@baseUrl = " + base, "", "### %s" % r.choice(["List items", "Fetch first page", "Smoke test", "Call upstream"]),
             "%s {{baseUrl}}%s" % (sp["method"], rest), "%s: %s" % (h, v), "Accept: application/json"]
    if sp["method"] == "POST":
        lines += ["Content-Type: application/json", "", '{"dry_run": true, "note": "%s"}' % r.choice(WORDS)]
    lines += ["", "> {%", '    client.test("ok", function() {', "        client.assert(response.status === 200);",
              "    });", "%}", "", "### Health", "GET {{baseUrl}}/health", ""]
    return fin("http/%s.http" % r.choice(WORDS), lines, needle if pos else None)


@tpl(HDR, "http")
def t_http_inplace_var(r, sp, val, name, pos):
    u = target_url(sp, r)
    vn = camel(name)
    lines = ["# Local requests for %s" % proj(r), "@host = " + "/".join(u.split("/", 3)[:3]),
             "@%s = %s" % (vn, val), ""]
    if sp["auth"] == "bearer":
        hl = "Authorization: %s {{%s}}" % (sp.get("scheme", "Bearer"), vn)
    elif sp["auth"] == "header":
        hl = "%s: {{%s}}" % (sp["hname"], vn)
    elif sp["auth"] == "basic":
        hl = "Authorization: Basic %s {{%s}}" % (sp["user"], vn)
    else:
        hl = "Cookie: %s={{%s}}" % (sp["cookie"], vn)
    path = "/" + u.split("/", 3)[3] if u.count("/") >= 3 else "/"
    lines += ["###", "%s {{host}}%s" % (sp["method"], path), hl, "Accept: application/json", ""]
    lines += ["###", "GET {{host}}/status", "Accept: application/json", ""]
    return fin(r.choice(["requests/", "api/", ""]) + r.choice(WORDS) + r.choice([".http", ".rest"]), lines, nd(sp, val, pos))


@tpl(BASIC, "http")
def t_http_basic(r, sp, val, name, pos):
    u = target_url(sp, r)
    style = r.choice(["jb", "rc"])
    auth = ("Basic %s %s" % (sp["user"], val)) if style == "jb" else ("Basic %s:%s" % (sp["user"], val))
    lines = ["### " + r.choice(["Send test message", "List resources", "Check credentials"]),
             "%s %s" % (sp["method"], u), "Authorization: " + auth]
    if sp["method"] == "POST":
        lines += ["Content-Type: application/x-www-form-urlencoded", "",
                  "To=%%2B1555%s&From=%%2B1555%s&Body=build+%d+deployed" % (digits(r, 7), digits(r, 7), r.randint(100, 999))]
    lines += ["", "###", ""]
    return fin("scratch/%s.http" % r.choice(WORDS), lines, nd(sp, val, pos))


@tpl(QUERY, "http", named=False, conv=False)
def t_http_query(r, sp, val, name, pos):
    addr = r.choice(["1600+Amphitheatre+Parkway", "10+Downing+St,+London", "Alexanderplatz+1,+Berlin"])
    lines = ["### Geocode an address", "GET https://maps.googleapis.com/maps/api/geocode/json?address=%s&%s=%s" % (addr, sp["query"], val),
             "Accept: application/json", "", "### Gemini", "POST %s%s" % (sp["host"], sp["path"]),
             "Content-Type: application/json", "", '{"contents": [{"parts": [{"text": "ping"}]}]}', ""]
    return fin("http/google.http", lines, nd(sp, val, pos))


@tpl(URLK, "http", named=False, conv=False)
def t_http_webhook(r, sp, val, name, pos):
    u = url_of(sp, val)
    body = {"text": "Release %d.%d.%d deployed to staging" % (r.randint(1, 4), r.randint(0, 20), r.randint(0, 9))}
    if sp["provider"] == "discord":
        body = {"content": body["text"], "username": "deploy-bot"}
    if sp["provider"] == "telegram":
        body = {"chat_id": -int(digits(r, 13)), "text": body["text"]}
    lines = ["### Post a test notification", "POST " + u, "Content-Type: application/json", "",
             json.dumps(body), "", "###", ""]
    return fin("http/notifications.http", lines, nd(sp, val, pos))


@tpl(COOKIE, "http", named=False, conv=False)
def t_http_cookie(r, sp, val, name, pos):
    u = target_url(sp, r)
    lines = ["# Copied from the browser while debugging the admin panel",
             "GET " + u, "Accept: application/json", "Cookie: csrftoken_present=1; %s=%s; theme=dark" % (sp["cookie"], val),
             "X-Requested-With: XMLHttpRequest", "", "###", ""]
    return fin("debug/%s.http" % r.choice(["admin", "session", "me"]), lines, nd(sp, val, pos))


def jb_env(r, sp, name, val, key=None):
    envs = {}
    for e in r.sample(["dev", "local", "staging", "prod"], r.randint(1, 3)):
        envs[e] = {}
    target = r.choice(list(envs))
    u = target_url(sp, r) or "https://api.%s.io" % r.choice(ORGS)
    for e in envs:
        envs[e]["host"] = "/".join(u.split("/", 3)[:3]) if e != "local" else "http://localhost:%d" % r.choice([3000, 8080])
        if e == target:
            for cn, cv in sp["companions"]:
                envs[e][camel(cn)] = cv
            envs[e][key or camel(name)] = val
    return envs


@tpl(JSON_ANY, "jbenv")
def t_http_client_env(r, sp, val, name, pos):
    d = {"$schema": "https://json.schemastore.org/http-client.env.json"} if r.random() < .3 else {}
    d.update(jb_env(r, sp, name, val))
    return fin(r.choice(["", "http/", "api/"]) + "http-client.env.json", json.dumps(d, indent=2).split("\n"), nd(sp, val, pos))


@tpl(JSON_ANY, "jbenv")
def t_http_client_private(r, sp, val, name, pos):
    d = jb_env(r, sp, name, val)
    for e in d:
        d[e].pop("host", None)
    return fin(r.choice(["", "http/"]) + "http-client.private.env.json", json.dumps(d, indent=2).split("\n"), nd(sp, val, pos))


@tpl(CSECRET, "jbenv")
def t_http_client_oauth(r, sp, val, name, pos):
    cid = dict(sp["companions"]).get("GOOGLE_CLIENT_ID") or dict(sp["companions"]).get("AZURE_CLIENT_ID") or \
        dict(sp["companions"]).get("AUTH0_CLIENT_ID") or dict(sp["companions"]).get("SHOPIFY_API_KEY") or uuid4(r)
    tok = {"microsoft": "https://login.microsoftonline.com/%s/oauth2/v2.0/token" % uuid4(r),
           "google": "https://oauth2.googleapis.com/token"}.get(sp["provider"], (sp["host"] or "https://auth.%s.io" % r.choice(ORGS)) + "/oauth/token")
    d = {r.choice(["dev", "staging"]): {
        "host": "https://api.%s.io" % r.choice(ORGS),
        "Security": {"Auth": {r.choice(["backend", "m2m", "service"]): {
            "Type": "OAuth2", "Grant Type": "Client Credentials",
            "Client ID": cid, "Client Secret": val, "Token URL": tok,
            "Scope": r.choice(["openid", "api://%s/.default" % uuid4(r), "read:orders"])}}}}}
    return fin("http-client.env.json", json.dumps(d, indent=2).split("\n"), nd(sp, val, pos))


def jsonc(d, comments, indent=4):
    lines = json.dumps(d, indent=indent).split("\n")
    pad = " " * indent
    return [lines[0]] + [pad + "// " + c for c in comments] + lines[1:]


LAUNCH_COMMENTS = ["Use IntelliSense to learn about possible attributes.",
                   "Hover to view descriptions of existing attributes.",
                   "For more information, visit: https://go.microsoft.com/fwlink/?linkid=830387"]


def env_dict(r, sp, name, val, extra=(), k=None):
    return dict(env_pairs(r, sp, name, val, extra=extra, k=k))


@tpl(JSON_ANY, "vscode")
def t_vscode_launch_node(r, sp, val, name, pos):
    cfgs = [{"type": "node", "request": "launch", "name": r.choice(["Launch Program", "Debug API", "Start server"]),
             "skipFiles": ["<node_internals>/**"],
             "program": "${workspaceFolder}/" + r.choice(["src/index.js", "server.js", "dist/main.js"]),
             "env": env_dict(r, sp, name, val, extra=[("NODE_ENV", "development")])}]
    if r.random() < .5:
        cfgs.append({"type": "node", "request": "attach", "name": "Attach", "port": 9229})
    d = {"version": "0.2.0", "configurations": cfgs}
    return fin(".vscode/launch.json", jsonc(d, LAUNCH_COMMENTS), nd(sp, val, pos))


@tpl(JSON_ANY, "vscode")
def t_vscode_launch_python(r, sp, val, name, pos):
    c = {"name": r.choice(["Python: FastAPI", "Python Debugger: Django", "Run worker"]),
         "type": r.choice(["debugpy", "python"]), "request": "launch"}
    if r.random() < .5:
        c.update({"module": "uvicorn", "args": ["app.main:app", "--reload", "--port", "8000"]})
    else:
        c.update({"program": "${workspaceFolder}/manage.py", "args": ["runserver"], "django": True})
    c.update({"jinja": True, "justMyCode": True, "env": env_dict(r, sp, name, val, extra=[("PYTHONPATH", "${workspaceFolder}")])})
    d = {"version": "0.2.0", "configurations": [c]}
    return fin(".vscode/launch.json", jsonc(d, LAUNCH_COMMENTS), nd(sp, val, pos))


@tpl(ENV_ANY, "vscode", named=False, conv=False)
def t_vscode_launch_args(r, sp, val, name, pos):
    flag = r.choice(["--api-key", "--token", "-t", "--secret", "--auth-token"])
    kind = r.choice(["go", "node", "debugpy"])
    c = {"name": "Run CLI (%s)" % r.choice(["sync", "import", "export"]), "type": kind, "request": "launch"}
    if kind == "go":
        c.update({"mode": "auto", "program": "${workspaceFolder}/cmd/cli"})
    elif kind == "node":
        c.update({"program": "${workspaceFolder}/bin/cli.js", "console": "integratedTerminal"})
    else:
        c.update({"program": "${workspaceFolder}/tools/cli.py", "console": "integratedTerminal"})
    c["args"] = [r.choice(["sync", "import", "export"]), flag, val, "--verbose"]
    d = {"version": "0.2.0", "configurations": [c]}
    return fin(".vscode/launch.json", jsonc(d, LAUNCH_COMMENTS), nd(sp, val, pos))


@tpl(JSON_ANY, "vscode")
def t_vscode_launch_go(r, sp, val, name, pos):
    c = {"name": "Launch Package", "type": "go", "request": "launch", "mode": "auto",
         "program": "${workspaceFolder}/cmd/" + r.choice(["api", "server", "worker"]),
         "env": env_dict(r, sp, name, val), "args": ["-config", "configs/local.yaml"]}
    d = {"version": "0.2.0", "configurations": [c]}
    return fin(".vscode/launch.json", jsonc(d, LAUNCH_COMMENTS), nd(sp, val, pos))


@tpl(JSON_ANY, "vscode")
def t_vscode_launch_coreclr(r, sp, val, name, pos):
    p = r.choice(["Orders.Api", "Billing.Web", "Catalog.Service"])
    c = {"name": ".NET Core Launch (web)", "type": "coreclr", "request": "launch", "preLaunchTask": "build",
         "program": "${workspaceFolder}/src/%s/bin/Debug/net8.0/%s.dll" % (p, p), "args": [],
         "cwd": "${workspaceFolder}/src/" + p, "stopAtEntry": False,
         "serverReadyAction": {"action": "openExternally", "pattern": "\\bNow listening on:\\s+(https?://\\S+)"},
         "env": env_dict(r, sp, name, val, extra=[("ASPNETCORE_ENVIRONMENT", "Development")])}
    d = {"version": "0.2.0", "configurations": [c]}
    return fin(".vscode/launch.json", jsonc(d, LAUNCH_COMMENTS), nd(sp, val, pos))


@tpl(JSON_ANY, "vscode")
def t_vscode_tasks_env(r, sp, val, name, pos):
    t = {"label": r.choice(["seed database", "sync products", "run e2e", "dev server"]), "type": "shell",
         "command": r.choice(["npm run seed", "make sync", "pnpm e2e", "python -m app.worker"]),
         "options": {"env": env_dict(r, sp, name, val)}, "problemMatcher": []}
    d = {"version": "2.0.0", "tasks": [{"label": "build", "type": "npm", "script": "build", "group": "build"}, t]}
    lines = jsonc(d, ["See https://go.microsoft.com/fwlink/?LinkId=733558", "for the documentation about the tasks.json format"])
    return fin(".vscode/tasks.json", lines, nd(sp, val, pos))


@tpl(lambda sp: HDR(sp) or URLK(sp), "vscode", named=False, conv=False)
def t_vscode_tasks_curl(r, sp, val, name, pos):
    if sp["auth"] == "url":
        cmd = "curl -sS -X POST -H 'Content-Type: application/json' -d '{\"text\":\"build ${input:buildNo} ok\"}' " + url_of(sp, val)
        needle = nd(sp, val, pos)
    else:
        h, v, needle = hdr(sp, val, pos)
        cmd = "curl -sS -H '%s: %s' '%s' | jq ." % (h, v, target_url(sp, r))
    d = {"version": "2.0.0", "tasks": [{"label": r.choice(["ping upstream", "notify channel", "check quota"]),
                                        "type": "shell", "command": cmd, "presentation": {"reveal": "always", "panel": "shared"},
                                        "problemMatcher": []}]}
    return fin(".vscode/tasks.json", json.dumps(d, indent=4).split("\n"), needle if pos else None)


@tpl(JSON_ANY, "http")
def t_vscode_restclient_settings(r, sp, val, name, pos):
    host = (target_url(sp, r) or "https://api.%s.io/" % r.choice(ORGS)).split("/", 3)
    envs = {"$shared": {"version": "v1"}, "local": {"host": "http://localhost:3000"},
            r.choice(["staging", "dev", "production"]): {"host": "/".join(host[:3]), camel(name): val}}
    d = {"editor.formatOnSave": True, "files.trimTrailingWhitespace": True,
         "rest-client.enableTelemetry": False, "rest-client.environmentVariables": envs}
    return fin(".vscode/settings.json", json.dumps(d, indent=4).split("\n"), nd(sp, val, pos))


@tpl(lambda sp: sp["kind"] in ("database_password", "basic_auth_password"), "vscode")
def t_vscode_sqltools(r, sp, val, name, pos):
    comp = dict(sp["companions"])
    conn = {"previewLimit": 50, "server": comp.get("DB_HOST", "localhost"), "port": 5432,
            "driver": "PostgreSQL", "name": r.choice(["staging", "reporting replica", "local"]),
            "database": r.choice(WORDS), "username": comp.get("DB_USER", comp.get("API_USER", "app")),
            "password": val}
    d = {"sqltools.connections": [conn], "sqltools.useNodeRuntime": True, "editor.rulers": [100]}
    return fin(".vscode/settings.json", json.dumps(d, indent=4).split("\n"), nd(sp, val, pos))


@tpl(lambda sp: sp["provider"] == "sonarqube", "vscode")
def t_vscode_sonarlint(r, sp, val, name, pos):
    cid = r.choice(ORGS) + "-sonar"
    d = {"sonarlint.connectedMode.connections.sonarqube": [{"serverUrl": sp["host"], "token": val, "connectionId": cid}],
         "sonarlint.connectedMode.project": {"connectionId": cid, "projectKey": "%s:%s" % (r.choice(ORGS), r.choice(WORDS))},
         "java.configuration.updateBuildConfiguration": "automatic"}
    return fin(".vscode/settings.json", json.dumps(d, indent=4).split("\n"), nd(sp, val, pos))


@tpl(ENV_ANY, "vscode")
def t_vscode_mcp(r, sp, val, name, pos):
    srv = {"type": "stdio", "command": r.choice(["npx", "docker", "uvx"]),
           "args": r.choice([["-y", "@%s/mcp-server" % sp["provider"]], ["run", "-i", "--rm", "-e", name, "ghcr.io/%s/mcp-server" % sp["provider"]]]),
           "env": {name: val}}
    d = {"servers": {sp["provider"]: srv}}
    if r.random() < .5:
        d["inputs"] = []
    return fin(".vscode/mcp.json", json.dumps(d, indent=2).split("\n"), nd(sp, val, pos))


@tpl(TOKENISH, "vscode", named=False, conv=False)
def t_cursor_mcp_headers(r, sp, val, name, pos):
    h, v, needle = hdr(sp, val, pos)
    d = {"mcpServers": {sp["provider"]: {"url": "https://mcp.%s.com/%s" % (sp["provider"], r.choice(["sse", "mcp"])),
                                         "headers": {h: v}}}}
    return fin(r.choice([".cursor/mcp.json", ".vscode/mcp.json"]), json.dumps(d, indent=2).split("\n"), needle if pos else None)


@tpl(ENV_ANY, "vscode")
def t_devcontainer(r, sp, val, name, pos):
    d = {"name": proj(r), "image": "mcr.microsoft.com/devcontainers/%s" % r.choice(["typescript-node:1-20-bullseye", "python:1-3.12-bookworm", "go:1-1.22-bookworm"]),
         "features": {"ghcr.io/devcontainers/features/docker-in-docker:2": {}},
         "forwardPorts": [r.choice([3000, 8000, 8080])],
         "postCreateCommand": r.choice(["npm ci", "pip install -r requirements.txt", "go mod download"]),
         r.choice(["containerEnv", "remoteEnv"]): env_dict(r, sp, name, val, k=r.randint(0, 2)),
         "customizations": {"vscode": {"extensions": ["humao.rest-client", "ms-azuretools.vscode-docker"]}}}
    lines = jsonc(d, ["For format details, see https://aka.ms/devcontainer.json."], indent=2)
    return fin(".devcontainer/devcontainer.json", lines, nd(sp, val, pos))


@tpl(ENV_ANY, "compose")
def t_compose_debug(r, sp, val, name, pos):
    svc = r.choice(WORDS)
    pairs = env_pairs(r, sp, name, val)
    lines = ["version: '3.4'", "", "services:", "  %s:" % svc, "    image: %s" % svc,
             "    build:", "      context: .", "      dockerfile: ./Dockerfile",
             "    command: [\"sh\", \"-c\", \"pip install debugpy -t /tmp && python /tmp/debugpy --wait-for-client --listen 0.0.0.0:5678 -m app\"]",
             "    environment:"]
    if r.random() < .5:
        lines += ["      - %s=%s" % (a, b) for a, b in pairs]
    else:
        lines += ["      %s: %s" % (a, yq(b)) for a, b in pairs]
    lines += ["    ports:", "      - 5678:5678", "      - 8000:8000"]
    return fin("docker-compose.debug.yml", lines, nd(sp, val, pos))


def launch_settings(r, envd, args=None):
    p = r.choice(["Orders.Api", "Billing.Web", "Catalog.Service", "Notify.Worker"])
    prof = {"commandName": "Project", "dotnetRunMessages": True, "launchBrowser": True, "launchUrl": "swagger",
            "applicationUrl": "https://localhost:%d;http://localhost:%d" % (r.randint(7000, 7299), r.randint(5000, 5299))}
    if args:
        prof["commandLineArgs"] = args
    prof["environmentVariables"] = envd
    d = {"$schema": "https://json.schemastore.org/launchsettings.json",
         "iisSettings": {"windowsAuthentication": False, "anonymousAuthentication": True,
                         "iisExpress": {"applicationUrl": "http://localhost:%d" % r.randint(20000, 60000), "sslPort": 44300 + r.randint(0, 99)}},
         "profiles": {p: prof, "IIS Express": {"commandName": "IISExpress", "launchBrowser": True,
                                               "environmentVariables": {"ASPNETCORE_ENVIRONMENT": "Development"}}}}
    return "src/%s/Properties/launchSettings.json" % p, json.dumps(d, indent=2).split("\n")


@tpl(JSON_ANY, "generic")
def t_launchsettings(r, sp, val, name, pos):
    pc = camel(name)
    nm = name if r.random() < .6 else "%s__%s" % (sp["provider"].title(), pc[:1].upper() + pc[1:])
    envd = dict([("ASPNETCORE_ENVIRONMENT", "Development")] + env_pairs(r, sp, nm, val, k=r.randint(0, 2)))
    path, lines = launch_settings(r, envd)
    return fin(path, lines, nd(sp, val, pos))


@tpl(ENV_ANY, "generic", named=False, conv=False)
def t_launchsettings_args(r, sp, val, name, pos):
    key = "--%s:%s" % (sp["provider"].title(), r.choice(["ApiKey", "Token", "SecretKey", "AccessToken"]))
    path, lines = launch_settings(r, {"ASPNETCORE_ENVIRONMENT": "Development"}, args="%s %s --urls http://localhost:5080" % (key, val))
    return fin(path, lines, nd(sp, val, pos))


def xc_ref(ind, bid, app):
    return [ind + "<BuildableReference", ind + '   BuildableIdentifier = "primary"',
            ind + '   BlueprintIdentifier = "%s"' % bid, ind + '   BuildableName = "%s.app"' % app,
            ind + '   BlueprintName = "%s"' % app, ind + '   ReferencedContainer = "container:%s.xcodeproj">' % app,
            ind + "</BuildableReference>"]


def xcscheme(r, app, args, envs):
    bid = rs(r, "0123456789ABCDEF", 24)
    L = ['<?xml version="1.0" encoding="UTF-8"?>', "<Scheme", '   LastUpgradeVersion = "%d"' % r.choice([1430, 1520, 1530, 1600]),
         '   version = "1.7">', "   <BuildAction", '      parallelizeBuildables = "YES"', '      buildImplicitDependencies = "YES">',
         "      <BuildActionEntries>", "         <BuildActionEntry", '            buildForTesting = "YES"',
         '            buildForRunning = "YES"', '            buildForProfiling = "YES"', '            buildForArchiving = "YES"',
         '            buildForAnalyzing = "YES">'] + xc_ref("            ", bid, app) + [
        "         </BuildActionEntry>", "      </BuildActionEntries>", "   </BuildAction>",
        "   <TestAction", '      buildConfiguration = "Debug"',
        '      selectedDebuggerIdentifier = "Xcode.DebuggerFoundation.Debugger.LLDB"',
        '      selectedLauncherIdentifier = "Xcode.DebuggerFoundation.Launcher.LLDB"',
        '      shouldUseLaunchSchemeArgsEnv = "YES"', '      shouldAutocreateTestPlan = "YES">', "   </TestAction>",
        "   <LaunchAction", '      buildConfiguration = "Debug"',
        '      selectedDebuggerIdentifier = "Xcode.DebuggerFoundation.Debugger.LLDB"',
        '      selectedLauncherIdentifier = "Xcode.DebuggerFoundation.Launcher.LLDB"',
        '      launchStyle = "0"', '      useCustomWorkingDirectory = "NO"', '      ignoresPersistentStateOnLaunch = "NO"',
        '      debugDocumentVersioning = "YES"', '      debugServiceExtension = "internal"', '      allowLocationSimulation = "YES">',
        "      <BuildableProductRunnable", '         runnableDebuggingMode = "0">'] + xc_ref("         ", bid, app) + [
        "      </BuildableProductRunnable>"]
    if args:
        L.append("      <CommandLineArguments>")
        for a, en in args:
            L += ["         <CommandLineArgument", '            argument = "%s"' % xa(a),
                  '            isEnabled = "%s">' % en, "         </CommandLineArgument>"]
        L.append("      </CommandLineArguments>")
    if envs:
        L.append("      <EnvironmentVariables>")
        for k, v in envs:
            L += ["         <EnvironmentVariable", '            key = "%s"' % k, '            value = "%s"' % xa(v),
                  '            isEnabled = "YES">', "         </EnvironmentVariable>"]
        L.append("      </EnvironmentVariables>")
    L += ["   </LaunchAction>", "   <ProfileAction", '      buildConfiguration = "Release"', '      shouldUseLaunchSchemeArgsEnv = "YES"',
          '      savedToolIdentifier = ""', '      useCustomWorkingDirectory = "NO"', '      debugDocumentVersioning = "YES">',
          "   </ProfileAction>", "   <AnalyzeAction", '      buildConfiguration = "Debug">', "   </AnalyzeAction>",
          "   <ArchiveAction", '      buildConfiguration = "Release"', '      revealArchiveInOrganizer = "YES">',
          "   </ArchiveAction>", "</Scheme>"]
    return L


def xc_path(r, app):
    if r.random() < .6:
        return "%s.xcodeproj/xcshareddata/xcschemes/%s.xcscheme" % (app, app)
    return "%s.xcodeproj/xcuserdata/%s.xcuserdatad/xcschemes/%s-Debug.xcscheme" % (app, r.choice(PEOPLE), app)


XC_APPS = ["Shopper", "Courier", "FieldNotes", "Wallet", "Tracker", "Kiosk"]


@tpl(ENV_ANY, "xcode")
def t_xcscheme_env(r, sp, val, name, pos):
    app = r.choice(XC_APPS)
    envs = env_pairs(r, sp, name, val, extra=[("OS_ACTIVITY_MODE", "disable")], k=r.randint(0, 2))
    L = xcscheme(r, app, [("-FIRDebugEnabled", "NO")] if r.random() < .4 else [], envs)
    return fin(xc_path(r, app), L, nd(sp, val, pos))


@tpl(ENV_ANY, "xcode", named=False, conv=False)
def t_xcscheme_args(r, sp, val, name, pos):
    app = r.choice(XC_APPS)
    key = r.choice(["-APIToken", "-backendKey", "-AuthToken", "--token"])
    L = xcscheme(r, app, [("-com.apple.CoreData.SQLDebug 1", "NO"), ("%s %s" % (key, val), "YES")],
                 [("OS_ACTIVITY_MODE", "disable")])
    return fin(xc_path(r, app), L, nd(sp, val, pos))


@tpl(JSON_ANY, "xcode")
def t_xctestplan(r, sp, val, name, pos):
    app = r.choice(XC_APPS)
    ents = [{"key": k, "value": v} for k, v in env_pairs(r, sp, name, val, k=r.randint(0, 2))]
    d = {"configurations": [{"id": uuid4(r).upper(), "name": "Configuration 1", "options": {}}],
         "defaultOptions": {"environmentVariableEntries": ents, "targetForVariableExpansion": {
             "containerPath": "container:%s.xcodeproj" % app, "identifier": rs(r, "0123456789ABCDEF", 24), "name": app}},
         "testTargets": [{"target": {"containerPath": "container:%s.xcodeproj" % app,
                                     "identifier": rs(r, "0123456789ABCDEF", 24), "name": app + "Tests"}}],
         "version": 1}
    return fin("%s/%s.xctestplan" % (app, app), json.dumps(d, indent=2).split("\n"), nd(sp, val, pos))


def eclipse_launch(r, envs=None, prog="", vm="-Xmx512m"):
    p = proj(r)
    mc = mainclass(r)
    L = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
         '<launchConfiguration type="org.eclipse.jdt.launching.localJavaApplication">',
         '    <listAttribute key="org.eclipse.debug.core.MAPPED_RESOURCE_PATHS">',
         '        <listEntry value="/%s/src/main/java/%s.java"/>' % (p, mc.replace(".", "/")),
         '    </listAttribute>',
         '    <listAttribute key="org.eclipse.debug.core.MAPPED_RESOURCE_TYPES">',
         '        <listEntry value="1"/>', '    </listAttribute>']
    if envs:
        L.append('    <mapAttribute key="org.eclipse.debug.core.environmentVariables">')
        L += ['        <mapEntry key="%s" value="%s"/>' % (k, xa(v)) for k, v in envs]
        L.append('    </mapAttribute>')
    L += ['    <booleanAttribute key="org.eclipse.jdt.launching.ATTR_EXCLUDE_TEST_CODE" value="true"/>',
          '    <booleanAttribute key="org.eclipse.jdt.launching.ATTR_USE_CLASSPATH_ONLY_JAR" value="false"/>',
          '    <stringAttribute key="org.eclipse.jdt.launching.MAIN_TYPE" value="%s"/>' % mc,
          '    <stringAttribute key="org.eclipse.jdt.launching.MODULE_NAME" value="%s"/>' % p,
          '    <stringAttribute key="org.eclipse.jdt.launching.PROGRAM_ARGUMENTS" value="%s"/>' % xa(prog),
          '    <stringAttribute key="org.eclipse.jdt.launching.PROJECT_ATTR" value="%s"/>' % p,
          '    <stringAttribute key="org.eclipse.jdt.launching.VM_ARGUMENTS" value="%s"/>' % xa(vm),
          '</launchConfiguration>']
    return p, L


@tpl(ENV_ANY, "eclipse")
def t_eclipse_env(r, sp, val, name, pos):
    p, L = eclipse_launch(r, envs=env_pairs(r, sp, name, val, k=r.randint(0, 2)))
    return fin(r.choice(["%s/launch/%s.launch", "%s/.settings/%s.launch", "%s/%s.launch"]) % (p, "Run-" + p), L, nd(sp, val, pos))


@tpl(ENV_ANY, "eclipse", named=False, conv=False)
def t_eclipse_args(r, sp, val, name, pos):
    if r.random() < .5:
        p, L = eclipse_launch(r, prog="--%s=%s --port=8080" % (r.choice(["api-key", "token", "auth"]), val))
    else:
        p, L = eclipse_launch(r, vm="-Xmx768m -D%s.%s=%s" % (sp["provider"], r.choice(["apiKey", "token", "secret"]), val))
    return fin("%s/launch/%s.launch" % (p, r.choice(["local", "debug", "Run-" + p])), L, nd(sp, val, pos))


@tpl(HDR, "eclipse", named=False, conv=False)
def t_eclipse_external(r, sp, val, name, pos):
    h, v, needle = hdr(sp, val, pos)
    p = proj(r)
    L = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
         '<launchConfiguration type="org.eclipse.ui.externaltools.ProgramLaunchConfigurationType">',
         '    <booleanAttribute key="org.eclipse.debug.ui.ATTR_LAUNCH_IN_BACKGROUND" value="false"/>',
         '    <stringAttribute key="org.eclipse.ui.externaltools.ATTR_LOCATION" value="/usr/bin/curl"/>',
         '    <stringAttribute key="org.eclipse.ui.externaltools.ATTR_TOOL_ARGUMENTS" value="-sS -H &quot;%s: %s&quot; %s"/>' % (h, xa(v), xa(target_url(sp, r))),
         '    <stringAttribute key="org.eclipse.ui.externaltools.ATTR_WORKING_DIRECTORY" value="${workspace_loc:/%s}"/>' % p,
         '</launchConfiguration>']
    return fin("%s/.externalToolBuilders/check-upstream.launch" % p, L, needle if pos else None)


# ---- Bruno -----------------------------------------------------------------

def bru_meta(name, seq):
    return ["meta {", "  name: %s" % name, "  type: http", "  seq: %d" % seq, "}", ""]


def bru_path(r, sp):
    coll = r.choice(["bruno", "api-collection", "collections/" + r.choice(WORDS)])
    return coll


@tpl(ENV_ANY, "bruno")
def t_bru_env(r, sp, val, name, pos):
    u = target_url(sp, r) or "https://api.%s.io" % r.choice(ORGS)
    L = ["vars {", "  baseUrl: %s" % "/".join(u.split("/", 3)[:3])]
    pairs = [(camel(a), b) for a, b in env_pairs(r, sp, name, val, k=0)]
    L += ["  %s: %s" % (a, b) for a, b in pairs]
    L += ["  timeout: %d" % r.choice([5000, 10000]), "}"]
    if r.random() < .4:
        L += ["vars:secret [", "  %s" % r.choice(["refreshToken", "adminPassword"]), "]"]
    env = r.choice(["Production", "Staging", "Local", "dev"])
    return fin("%s/environments/%s.bru" % (bru_path(r, sp), env), L, nd(sp, val, pos))


def bru_req(r, sp, auth_block, authmode, extra_headers=()):
    u = target_url(sp, r)
    m = sp["method"].lower()
    L = bru_meta(r.choice(["List items", "Get account", "Create message", "Search"]), r.randint(1, 9))
    L += ["%s {" % m, "  url: %s" % u, "  body: %s" % ("json" if m == "post" else "none"), "  auth: %s" % authmode, "}", ""]
    L += ["headers {", "  accept: application/json"] + ["  %s: %s" % hv for hv in extra_headers] + ["}", ""]
    L += auth_block
    if m == "post":
        L += ["body:json {", "  {", '    "dry_run": true', "  }", "}", ""]
    L += ["assert {", "  res.status: eq 200", "}"]
    return L


@tpl(lambda sp: sp["auth"] == "bearer", "bruno", named=False, conv=False)
def t_bru_bearer(r, sp, val, name, pos):
    L = bru_req(r, sp, ["auth:bearer {", "  token: %s" % val, "}", ""], "bearer")
    return fin("%s/%s/%s.bru" % (bru_path(r, sp), sp["provider"], r.choice(["list", "get-account", "search", "me"])), L, nd(sp, val, pos))


@tpl(lambda sp: sp["auth"] in ("header", "cookie", "bearer"), "bruno", named=False, conv=False)
def t_bru_header(r, sp, val, name, pos):
    h, v, needle = hdr(sp, val, pos)
    L = bru_req(r, sp, [], "none", extra_headers=[(h.lower() if r.random() < .5 else h, v)])
    return fin("%s/%s/%s.bru" % (bru_path(r, sp), sp["provider"], r.choice(["list", "fetch", "ping"])), L, needle if pos else None)


@tpl(BASIC, "bruno")
def t_bru_basic(r, sp, val, name, pos):
    L = bru_req(r, sp, ["auth:basic {", "  username: %s" % sp["user"], "  password: %s" % val, "}", ""], "basic")
    return fin("%s/%s/%s.bru" % (bru_path(r, sp), sp["provider"], r.choice(["send", "list", "check"])), L, nd(sp, val, pos))


@tpl(TOKENISH, "bruno", named=False, conv=False)
def t_bru_collection(r, sp, val, name, pos):
    if sp["auth"] == "bearer":
        L = ["headers {", "  x-client: bruno", "}", "", "auth {", "  mode: bearer", "}", "",
             "auth:bearer {", "  token: %s" % val, "}", ""]
    else:
        L = ["headers {", "  %s: %s" % (sp["hname"], val), "  x-client: bruno", "}", "", "auth {", "  mode: none", "}", ""]
    L += ["docs {", "  # %s API" % sp["provider"].title(), "", "  Requests used by the %s team." % r.choice(WORDS), "}"]
    return fin("%s/collection.bru" % bru_path(r, sp), L, nd(sp, val, pos))


@tpl(ENV_ANY, "generic", reuse=False)
def t_bru_dotenv(r, sp, val, name, pos):
    L = ["# read by Bruno as {{process.env.*}} -- keep out of git"] + \
        ["%s=%s" % (a, b) for a, b in env_pairs(r, sp, name, val, k=r.randint(0, 2))]
    return fin("%s/.env" % bru_path(r, sp), L, nd(sp, val, pos))


# ---- Insomnia --------------------------------------------------------------

def ins_id(r, pre):
    return pre + "_" + hexs(r, 32)


def ms(r):
    return epoch(r) * 1000 + r.randint(0, 999)


def ins_export(r, resources):
    d = {"_type": "export", "__export_format": 4,
         "__export_date": ts_iso(r) + ".%03dZ" % r.randint(0, 999),
         "__export_source": "insomnia.desktop.app:v%s" % r.choice(["2023.5.8", "8.6.1", "9.3.3", "10.0.0"]),
         "resources": resources}
    return json.dumps(d, indent=1 if r.random() < .5 else 2).split("\n")


def ins_request(r, wrk, url, method, headers, auth):
    t = ms(r)
    return {"_id": ins_id(r, "req"), "parentId": wrk, "modified": t, "created": t - r.randint(10 ** 6, 10 ** 9),
            "url": url, "name": r.choice(["List", "Get account", "Search", "Send"]), "description": "",
            "method": method, "body": {}, "parameters": [], "headers": headers, "authentication": auth,
            "metaSortKey": -t, "isPrivate": False, "settingStoreCookies": True, "settingSendCookies": True,
            "settingDisableRenderRequestBody": False, "settingEncodeUrl": True, "settingRebuildPath": True,
            "settingFollowRedirects": "global", "_type": "request"}


def ins_workspace(r, wrk):
    t = ms(r)
    return {"_id": wrk, "parentId": None, "modified": t, "created": t, "name": proj(r), "description": "",
            "scope": "collection", "_type": "workspace"}


@tpl(JSON_ANY, "insomnia")
def t_insomnia_env(r, sp, val, name, pos):
    wrk = ins_id(r, "wrk")
    u = target_url(sp, r) or "https://api.%s.io" % r.choice(ORGS)
    data = {"base_url": "/".join(u.split("/", 3)[:3])}
    for a, b in env_pairs(r, sp, name, val, k=0):
        data[a.lower()] = b
    t = ms(r)
    env = {"_id": ins_id(r, "env"), "parentId": wrk, "modified": t, "created": t, "name": "Base Environment",
           "data": data, "dataPropertyOrder": {"&": list(data)}, "color": None, "isPrivate": False,
           "metaSortKey": t, "_type": "environment"}
    req = ins_request(r, wrk, "{{ _.base_url }}/" + (u.split("/", 3)[3] if u.count("/") >= 3 else ""), sp["method"],
                      [{"name": "Accept", "value": "application/json"}], {})
    L = ins_export(r, [req, ins_workspace(r, wrk), env])
    return fin(r.choice(["insomnia/", ".insomnia/", "docs/"]) + "Insomnia_%s.json" % ts_iso(r)[:10], L, nd(sp, val, pos))


@tpl(HDR, "insomnia", named=False, conv=False)
def t_insomnia_request(r, sp, val, name, pos):
    wrk = ins_id(r, "wrk")
    headers = [{"name": "Accept", "value": "application/json"}]
    needle = nd(sp, val, pos)
    if sp["auth"] == "bearer":
        auth = {"type": "bearer", "token": val, "prefix": "" if sp.get("scheme", "Bearer") == "Bearer" else sp["scheme"]}
    elif sp["auth"] == "basic":
        auth = {"type": "basic", "useISO88591": False, "disabled": False, "username": sp["user"], "password": val}
    else:
        h, v, needle = hdr(sp, val, pos)
        headers.append({"name": h, "value": v})
        auth = {}
    L = ins_export(r, [ins_request(r, wrk, target_url(sp, r), sp["method"], headers, auth), ins_workspace(r, wrk)])
    return fin("insomnia/%s.json" % r.choice(WORDS), L, needle if pos else None)


@tpl(HDR, "insomnia", named=False, conv=False)
def t_insomnia_yaml(r, sp, val, name, pos):
    h, v, needle = hdr(sp, val, pos)
    L = ["type: collection.insomnia.rest/5.0", "name: %s" % proj(r), "meta:", "  id: %s" % ins_id(r, "wrk"),
         "  created: %d" % ms(r), "  modified: %d" % ms(r), "collection:",
         "  - url: %s" % target_url(sp, r), "    name: %s" % r.choice(["List", "Fetch account", "Search"]),
         "    meta:", "      id: %s" % ins_id(r, "req"), "      created: %d" % ms(r), "      modified: %d" % ms(r),
         "      isPrivate: false", "      sortKey: -%d" % ms(r), "    method: %s" % sp["method"],
         "    headers:", "      - name: Accept", "        value: application/json",
         "      - name: %s" % h, "        value: %s" % yq(v),
         "    settings:", "      renderRequestBody: true", "      encodeUrl: true", "      followRedirects: global",
         "      cookies:", "        send: true", "        store: true", "      rebuildPath: true",
         "cookieJar:", "  name: Default Jar", "  meta:", "    id: %s" % ins_id(r, "jar"),
         "environments:", "  name: Base Environment", "  meta:", "    id: %s" % ins_id(r, "env"),
         "    isPrivate: false"]
    return fin(".insomnia/%s.yaml" % r.choice(WORDS), L, needle if pos else None)


# ---- HTTPie ----------------------------------------------------------------

def httpie_session(r, auth, cookies, headers):
    d = {"__meta__": {"about": "HTTPie session file", "help": "https://httpie.io/docs#sessions",
                      "httpie": r.choice(["3.2.1", "3.2.2", "3.2.4"])},
         "auth": auth, "cookies": cookies, "headers": headers}
    return json.dumps(d, indent=4).split("\n")


def httpie_path(r, sp):
    u = target_url(sp, r)
    host = u.split("/")[2] if u else "api.example.com"
    return "%s/%s/%s.json" % (r.choice([".httpie/sessions", "tools/httpie/sessions", "scripts/sessions"]),
                              host.replace(":", "_"), r.choice(["dev", "admin", "ci", "me"]))


@tpl(TOKENISH, "httpie", named=False, conv=False)
def t_httpie_header(r, sp, val, name, pos):
    h, v, needle = hdr(sp, val, pos)
    heads = [{"name": "Accept", "value": "application/json, */*;q=0.5"}, {"name": h, "value": v}]
    if r.random() < .5:
        heads.append({"name": "User-Agent", "value": "HTTPie/3.2.2"})
    L = httpie_session(r, {"password": None, "type": None, "username": None}, [], heads)
    return fin(httpie_path(r, sp), L, needle if pos else None)


@tpl(BASIC, "httpie", named=False, conv=False)
def t_httpie_basic(r, sp, val, name, pos):
    L = httpie_session(r, {"raw_auth": "%s:%s" % (sp["user"], val), "type": "basic"}, [],
                       [{"name": "Accept", "value": "application/json"}])
    return fin(httpie_path(r, sp), L, nd(sp, val, pos))


@tpl(COOKIE, "httpie", named=False, conv=False)
def t_httpie_cookie(r, sp, val, name, pos):
    cookies = [{"domain": "", "expires": None, "name": "django_language" if sp["cookie"] == "sessionid" else "lang",
                "path": "/", "secure": False, "value": "en"},
               {"domain": "", "expires": epoch(r, 1740000000, 1790000000), "name": sp["cookie"], "path": "/",
                "secure": True, "value": val}]
    L = httpie_session(r, {"password": None, "type": None, "username": None}, cookies,
                       [{"name": "Accept", "value": "application/json"}])
    return fin(httpie_path(r, sp), L, nd(sp, val, pos))


# ---- Thunder Client --------------------------------------------------------

def tc_time(r):
    return ts_iso(r) + ".%03dZ" % r.randint(0, 999)


@tpl(JSON_ANY, "thunder")
def t_thunder_env(r, sp, val, name, pos):
    u = target_url(sp, r) or "https://api.%s.io" % r.choice(ORGS)
    data = [{"name": "baseUrl", "value": "/".join(u.split("/", 3)[:3])}]
    data += [{"name": camel(a), "value": b} for a, b in env_pairs(r, sp, name, val, k=0)]
    envs = [{"_id": uuid4(r), "name": "(Local Env)", "default": False, "sortNum": -1, "created": tc_time(r),
             "modified": tc_time(r), "data": [], "local": True}] if r.random() < .4 else []
    envs.append({"_id": uuid4(r), "name": r.choice(["staging", "production", "dev"]), "default": False,
                 "sortNum": 10000, "created": tc_time(r), "modified": tc_time(r), "data": data})
    return fin("thunder-tests/thunderEnvironment.json", json.dumps(envs, indent=4).split("\n"), nd(sp, val, pos))


@tpl(HDR, "thunder", named=False, conv=False)
def t_thunder_request(r, sp, val, name, pos):
    req = {"_id": uuid4(r), "colId": uuid4(r), "containerId": "", "name": r.choice(["list", "get account", "send message"]),
           "url": target_url(sp, r), "method": sp["method"], "sortNum": 10000 * r.randint(1, 9),
           "created": tc_time(r), "modified": tc_time(r), "headers": [{"name": "Accept", "value": "application/json"}],
           "params": []}
    needle = nd(sp, val, pos)
    if sp["auth"] == "bearer" and sp.get("scheme", "Bearer") == "Bearer":
        req["auth"] = {"type": "bearer", "bearer": val}
    elif sp["auth"] == "basic":
        req["auth"] = {"type": "basic", "basic": {"username": sp["user"], "password": val}}
    else:
        h, v, needle = hdr(sp, val, pos)
        req["headers"].append({"name": h, "value": v})
    req["tests"] = [{"type": "res-code", "custom": "", "action": "equal", "value": "200"}]
    return fin("thunder-tests/thunderclient.json", json.dumps([req], indent=4).split("\n"), needle if pos else None)


# ---- Hoppscotch ------------------------------------------------------------

@tpl(JSON_ANY, "hoppscotch")
def t_hoppscotch_env(r, sp, val, name, pos):
    u = target_url(sp, r) or "https://api.%s.io" % r.choice(ORGS)
    vars_ = [{"key": "baseUrl", "value": "/".join(u.split("/", 3)[:3]), "secret": False}]
    vars_ += [{"key": camel(a), "value": b, "secret": False} for a, b in env_pairs(r, sp, name, val, k=0)]
    d = [{"id": b62(r, 20), "v": 1, "name": r.choice(["Production", "Staging", "Local"]), "variables": vars_}]
    return fin("hoppscotch/%s-environments.json" % r.choice(WORDS), json.dumps(d, indent=2).split("\n"), nd(sp, val, pos))


@tpl(HDR, "hoppscotch", named=False, conv=False)
def t_hoppscotch_collection(r, sp, val, name, pos):
    needle = nd(sp, val, pos)
    headers = [{"key": "Accept", "value": "application/json", "active": True}]
    if sp["auth"] == "bearer" and sp.get("scheme", "Bearer") == "Bearer":
        auth = {"authType": "bearer", "authActive": True, "token": val}
    elif sp["auth"] == "basic":
        auth = {"authType": "basic", "authActive": True, "username": sp["user"], "password": val}
    else:
        h, v, needle = hdr(sp, val, pos)
        headers.append({"key": h, "value": v, "active": True})
        auth = {"authType": "none", "authActive": True}
    req = {"v": "4", "endpoint": target_url(sp, r), "name": r.choice(["List", "Account", "Send"]), "params": [],
           "headers": headers, "method": sp["method"], "auth": auth, "preRequestScript": "", "testScript": "",
           "body": {"contentType": None, "body": None}, "requestVariables": []}
    d = [{"v": 2, "name": proj(r), "folders": [], "requests": [req], "auth": {"authType": "inherit", "authActive": True},
          "headers": []}]
    return fin("hoppscotch/%s-collection.json" % r.choice(WORDS), json.dumps(d, indent=2).split("\n"), needle if pos else None)


# ---- Postman ---------------------------------------------------------------

def pm_url(u):
    if "://" not in u:
        return {"raw": u}
    proto, rest = u.split("://", 1)
    hostport, _, pathq = rest.partition("/")
    path, _, q = pathq.partition("?")
    d = {"raw": u, "protocol": proto, "host": hostport.split(".")}
    if path:
        d["path"] = path.split("/")
    if q:
        d["query"] = [{"key": kv.split("=")[0], "value": kv.split("=", 1)[1] if "=" in kv else None} for kv in q.split("&")]
    return d


def pm_time(r):
    return ts_iso(r) + ".%03dZ" % r.randint(0, 999)


def pm_collection(r, items, auth=None, variables=None):
    d = {"info": {"_postman_id": uuid4(r), "name": "%s API" % r.choice(WORDS).title(),
                  "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
                  "_exporter_id": digits(r, 8)}, "item": items}
    if auth:
        d["auth"] = auth
    if variables:
        d["variable"] = variables
    return json.dumps(d, indent="\t").split("\n")


def pm_item(r, sp, headers=(), auth=None, url=None, body=None):
    req = {"method": sp["method"], "header": [{"key": k, "value": v, "type": "text"} for k, v in headers]}
    if auth:
        req["auth"] = auth
    if body is not None:
        req["body"] = {"mode": "raw", "raw": body, "options": {"raw": {"language": "json"}}}
    req["url"] = pm_url(url if url is not None else target_url(sp, r))
    return {"name": r.choice(["List", "Retrieve", "Create", "Search", "Ping"]), "request": req, "response": []}


def pm_path(r, kind="collection"):
    return "%s/%s.postman_%s.json" % (r.choice(["postman", "docs/postman", "tests/api"]), r.choice(WORDS), kind)


@tpl(JSON_ANY, "postman")
def t_postman_env(r, sp, val, name, pos):
    u = target_url(sp, r) or "https://api.%s.io" % r.choice(ORGS)
    vals = [{"key": "baseUrl", "value": "/".join(u.split("/", 3)[:3]), "type": "default", "enabled": True}]
    for a, b in env_pairs(r, sp, name, val, k=0):
        vals.append({"key": camel(a), "value": b, "type": r.choice(["default", "secret"]) if a == name else "default", "enabled": True})
    d = {"id": uuid4(r), "name": r.choice(["Production", "Staging", "Sandbox", "Local"]), "values": vals,
         "_postman_variable_scope": "environment", "_postman_exported_at": pm_time(r),
         "_postman_exported_using": "Postman/%s" % r.choice(["10.24.16", "11.2.1", "10.18.11"])}
    return fin(pm_path(r, "environment"), json.dumps(d, indent="\t").split("\n"), nd(sp, val, pos))


@tpl(JSON_ANY, "postman")
def t_postman_globals(r, sp, val, name, pos):
    vals = [{"key": camel(a), "value": b, "type": "default", "enabled": True} for a, b in env_pairs(r, sp, name, val, k=1)]
    d = {"id": uuid4(r), "values": vals, "name": "Globals", "_postman_variable_scope": "globals",
         "_postman_exported_at": pm_time(r), "_postman_exported_using": "Postman/10.24.16"}
    return fin("postman/workspace.postman_globals.json", json.dumps(d, indent="\t").split("\n"), nd(sp, val, pos))


@tpl(lambda sp: sp["auth"] == "bearer", "postman", named=False, conv=False)
def t_postman_bearer(r, sp, val, name, pos):
    auth = {"type": "bearer", "bearer": [{"key": "token", "value": val, "type": "string"}]}
    items = [pm_item(r, sp), pm_item(r, sp, url="https://api.%s.io/health" % r.choice(ORGS))]
    L = pm_collection(r, items, auth=auth)
    return fin(pm_path(r), L, nd(sp, val, pos))


@tpl(TOKENISH, "postman", named=False, conv=False)
def t_postman_apikey(r, sp, val, name, pos):
    h = sp.get("hname", "Authorization")
    v = val if sp["auth"] == "header" else ("%s %s" % (sp.get("scheme", "Bearer"), val)).rstrip()
    auth = {"type": "apikey", "apikey": [{"key": "value", "value": v, "type": "string"},
                                         {"key": "key", "value": h, "type": "string"}]}
    L = pm_collection(r, [pm_item(r, sp)], auth=auth)
    return fin(pm_path(r), L, nd(sp, val, pos))


@tpl(HDR, "postman", named=False, conv=False)
def t_postman_header(r, sp, val, name, pos):
    h, v, needle = hdr(sp, val, pos)
    body = json.dumps({"limit": r.randint(1, 50)}) if sp["method"] == "POST" else None
    L = pm_collection(r, [pm_item(r, sp, headers=[("Accept", "application/json"), (h, v)], body=body)])
    return fin(pm_path(r), L, needle if pos else None)


@tpl(BASIC, "postman")
def t_postman_basic(r, sp, val, name, pos):
    auth = {"type": "basic", "basic": [{"key": "password", "value": val, "type": "string"},
                                       {"key": "username", "value": sp["user"], "type": "string"}]}
    L = pm_collection(r, [pm_item(r, sp, auth=auth)])
    return fin(pm_path(r), L, nd(sp, val, pos))


@tpl(URLK, "postman", named=False, conv=False)
def t_postman_webhook(r, sp, val, name, pos):
    sp2 = dict(sp, method="POST")
    body = json.dumps({"text": "nightly export finished", "username": "exporter"})
    L = pm_collection(r, [pm_item(r, sp2, headers=[("Content-Type", "application/json")], url=url_of(sp, val), body=body)])
    return fin(pm_path(r), L, nd(sp, val, pos))


@tpl(PEMK, "postman")
def t_postman_jwt(r, sp, val, name, pos):
    payload = json.dumps({"iss": "svc-%s" % r.choice(WORDS), "aud": sp["host"] + sp["path"], "scope": "read"})
    auth = {"type": "jwt", "jwt": [{"key": "algorithm", "value": "RS256", "type": "string"},
                                   {"key": "privateKey", "value": val, "type": "string"},
                                   {"key": "payload", "value": payload, "type": "string"},
                                   {"key": "addTokenTo", "value": "header", "type": "string"},
                                   {"key": "headerPrefix", "value": "Bearer", "type": "string"},
                                   {"key": "queryParamKey", "value": "token", "type": "string"},
                                   {"key": "header", "value": "{}", "type": "string"}]}
    L = pm_collection(r, [pm_item(r, dict(sp, method="POST"), auth=auth)])
    return fin(pm_path(r), L, nd(sp, val, pos))


# ---- Markdown notes next to collections -----------------------------------

@tpl(lambda sp: HDR(sp) or URLK(sp), "generic", named=False, conv=False)
def t_md_curl(r, sp, val, name, pos):
    L = ["# %s API -- quick checks" % sp["provider"].title(), "",
         "Import `postman/%s.postman_collection.json` or run the commands below." % r.choice(WORDS), ""]
    if sp["auth"] == "url":
        L += ["```bash", "curl -X POST -H 'Content-type: application/json' \\",
              "  --data '{\"text\":\"hello from the runbook\"}' \\", "  " + url_of(sp, val), "```"]
        needle = nd(sp, val, pos)
    else:
        h, v, needle = hdr(sp, val, pos)
        L += ["```bash", "curl -sS %s \\" % target_url(sp, r), "  -H '%s: %s' \\" % (h, v), "  -H 'Accept: application/json'", "```"]
    L += ["", "Expected: `200 OK` with a JSON body.", ""]
    return fin("docs/%s-api.md" % sp["provider"], L, needle if pos else None)


@tpl(TOKENISH, "generic", named=False, conv=False)
def t_md_httpie(r, sp, val, name, pos):
    h, v, needle = hdr(sp, val, pos)
    L = ["## Trying it with HTTPie", "", "```console",
         "$ http %s %s \\" % (sp["method"], target_url(sp, r)), "    %s:'%s' \\" % (h, v), "    Accept:application/json",
         "HTTP/1.1 200 OK", "Content-Type: application/json", "```", ""]
    return fin("docs/http-notes.md", L, needle if pos else None)


# ---------------------------------------------------------------------------
# Look-alike negatives (no credential at all)
# ---------------------------------------------------------------------------
NEG_T = []


def neg(provider, kind):
    def deco(fn):
        NEG_T.append({"fn": fn, "provider": provider, "kind": kind, "name": fn.__name__})
        return fn
    return deco


def traceparent(r):
    return "00-%s-%s-01" % (hexs(r, 32), hexs(r, 16))


def etag(r):
    return r.choice(['W/"%s-%s"' % (hexs(r, 2), b64u(r, 27)), '"%s"' % hexs(r, 32), '"%s"' % hexs(r, 40)])


def stripe_id(r, pre):
    return pre + "_" + b62(r, 14 if pre in ("cus", "prod") else 24)


@neg("stripe", "lookalike:saved_response_ids")
def n_postman_saved_responses(r):
    sp = {"method": "GET"}
    cid = stripe_id(r, "cus")
    body = json.dumps({"id": cid, "object": "customer", "created": epoch(r), "email": "%s@example.com" % r.choice(PEOPLE),
                       "invoice_prefix": rs(r, UP + DIG, 8), "livemode": False,
                       "default_source": stripe_id(r, "card")}, indent=2)
    item = pm_item(r, sp, headers=[("Idempotency-Key", uuid4(r))],
                   auth={"type": "bearer", "bearer": [{"key": "token", "value": "{{stripeSecretKey}}", "type": "string"}]},
                   url="https://api.stripe.com/v1/customers/" + cid)
    item["response"] = [{"name": "200 OK", "originalRequest": {"method": "GET", "header": [], "url": pm_url("https://api.stripe.com/v1/customers/" + cid)},
                         "status": "OK", "code": 200, "_postman_previewlanguage": "json",
                         "header": [{"key": "Request-Id", "value": "req_" + b62(r, 14)},
                                    {"key": "ETag", "value": etag(r)},
                                    {"key": "Stripe-Version", "value": "2024-04-10"}],
                         "cookie": [], "body": body}]
    return pm_path(r), "\n".join(pm_collection(r, [item])) + "\n"


@neg("jetbrains", "lookalike:request_log_ids")
def n_requests_log(r):
    L = []
    for _ in range(r.randint(2, 4)):
        L += ["GET https://api.%s.io/v1/%s?cursor=%s" % (r.choice(ORGS), r.choice(WORDS), b64url_json({"id": r.randint(1000, 99999)})),
              "X-Request-Id: %s" % uuid4(r), "traceparent: %s" % traceparent(r), "If-None-Match: %s" % etag(r),
              "Authorization: Bearer {{token}}", "User-Agent: IntelliJ HTTP Client/IntelliJ IDEA 2024.1", "", resp_ref(r), "", "###", ""]
    return ".idea/httpRequests/http-requests-log.http", "\n".join(L) + "\n"


@neg("jetbrains", "lookalike:tracing_headers")
def n_http_tracing(r):
    L = ["@host = https://api.%s.io" % r.choice(ORGS), "", "### Get with conditional request",
         "GET {{host}}/v2/%s/%s" % (r.choice(WORDS), uuid4(r)), "Authorization: Bearer {{$dotenv API_TOKEN}}",
         "X-Request-Id: {{$random.uuid}}", "X-Correlation-Id: %s" % uuid4(r), "traceparent: %s" % traceparent(r),
         "X-Amzn-Trace-Id: Root=1-%s-%s" % (hexs(r, 8), hexs(r, 24)), "If-None-Match: %s" % etag(r), "",
         "### Update with optimistic locking", "PATCH {{host}}/v2/%s/%s" % (r.choice(WORDS), uuid4(r)),
         "Authorization: Bearer {{$dotenv API_TOKEN}}", "If-Match: %s" % etag(r), "Content-Type: application/json", "",
         '{"status": "archived"}', ""]
    return "http/%s.http" % r.choice(WORDS), "\n".join(L) + "\n"


@neg("insomnia", "lookalike:response_chaining_tag")
def n_insomnia_chain(r):
    wrk = ins_id(r, "wrk")
    login = ins_id(r, "req")
    tag = "{%% response 'body', '%s', 'b64::JC5hY2Nlc3NfdG9rZW4=::46b', 'never', 60 %%}" % login
    reqs = [ins_request(r, wrk, "{{ _.base_url }}/oauth/token", "POST", [{"name": "Content-Type", "value": "application/json"}], {}),
            ins_request(r, wrk, "{{ _.base_url }}/v1/%s" % r.choice(WORDS), "GET", [], {"type": "bearer", "token": tag, "prefix": ""})]
    reqs[0]["_id"] = login
    reqs[0]["body"] = {"mimeType": "application/json", "text": json.dumps({"client_id": "{{ _.client_id }}", "client_secret": "{{ _.client_secret }}", "grant_type": "client_credentials"})}
    return "insomnia/%s.json" % r.choice(WORDS), "\n".join(ins_export(r, reqs + [ins_workspace(r, wrk)])) + "\n"


@neg("xcode", "lookalike:blueprint_ids")
def n_xcscheme_plain(r):
    app = r.choice(XC_APPS)
    L = xcscheme(r, app, [("-com.apple.CoreData.ConcurrencyDebug 1", "YES"), ("-AppleLanguages (de)", "NO")],
                 [("OS_ACTIVITY_MODE", "disable"), ("API_BASE_URL", "https://staging-api.%s.io" % r.choice(ORGS)),
                  ("UI_TEST_FIXTURE_SHA256", hexs(r, 64))])
    return xc_path(r, app), "\n".join(L) + "\n"


@neg("xcode", "lookalike:testplan_ids")
def n_xctestplan(r):
    app = r.choice(XC_APPS)
    d = {"configurations": [{"id": uuid4(r).upper(), "name": n, "options": {"language": l}} for n, l in (("English", "en"), ("German", "de"))],
         "defaultOptions": {"codeCoverage": False, "environmentVariableEntries": [{"key": "SNAPSHOT_SEED", "value": uuid4(r)}],
                            "testTimeoutsEnabled": True},
         "testTargets": [{"parallelizable": True, "target": {"containerPath": "container:%s.xcodeproj" % app,
                                                             "identifier": rs(r, "0123456789ABCDEF", 24), "name": app + "UITests"}}],
         "version": 1}
    return "%s/%s.xctestplan" % (app, app + "UI"), json.dumps(d, indent=2) + "\n"


@neg("dotnet", "lookalike:user_secrets_id")
def n_csproj(r):
    p = r.choice(["Orders.Api", "Billing.Web", "Catalog.Service"])
    L = ['<Project Sdk="Microsoft.NET.Sdk.Web">', "", "  <PropertyGroup>", "    <TargetFramework>net8.0</TargetFramework>",
         "    <Nullable>enable</Nullable>", "    <ImplicitUsings>enable</ImplicitUsings>",
         "    <UserSecretsId>%s</UserSecretsId>" % uuid4(r), "    <DockerDefaultTargetOS>Linux</DockerDefaultTargetOS>",
         "  </PropertyGroup>", "", "  <ItemGroup>",
         '    <PackageReference Include="Stripe.net" Version="44.%d.0" />' % r.randint(1, 13),
         '    <PackageReference Include="Swashbuckle.AspNetCore" Version="6.6.2" />',
         "  </ItemGroup>", "", "</Project>"]
    return "src/%s/%s.csproj" % (p, p), "\n".join(L) + "\n"


@neg("dotnet", "lookalike:launch_settings")
def n_launchsettings(r):
    path, L = launch_settings(r, {"ASPNETCORE_ENVIRONMENT": "Development", "ASPNETCORE_HOSTINGSTARTUPASSEMBLIES": "Microsoft.AspNetCore.SpaProxy",
                                  "OTEL_RESOURCE_ATTRIBUTES": "service.instance.id=%s" % uuid4(r)})
    return path, "\n".join(L) + "\n"


@neg("jetbrains", "lookalike:workspace_ids")
def n_workspace(r):
    L = workspace_head(r) + [
        '  <component name="PropertiesComponent"><![CDATA[{', '  "keyToString": {',
        '    "RunOnceActivity.OpenProjectViewOnStart": "true",',
        '    "git-widget-placeholder": "main",',
        '    "last_opened_file_path": "$PROJECT_DIR$",',
        '    "node.js.detected.package.eslint": "true",',
        '    "ts.external.directory.path": "$PROJECT_DIR$/node_modules/typescript/lib"', "  }", "}]]></component>",
        '  <component name="RecentsManager">', '    <key name="CopyFile.RECENT_KEYS">',
        '      <recent name="$PROJECT_DIR$/src" />', "    </key>", "  </component>",
        '  <component name="SharedIndexes">', "    <attachedChunks>",
        '      <set>', '        <option value="bundled-js-predefined-%s-%s" />' % (hexs(r, 12), hexs(r, 10)),
        "      </set>", "    </attachedChunks>", "  </component>",
        '  <component name="TaskManager">', '    <task active="true" id="Default" summary="Default task">',
        '      <changelist id="%s" name="Changes" comment="" />' % uuid4(r),
        "      <created>%d</created>" % ms(r), "    </task>", "  </component>",
        '  <component name="Vcs.Log.Tabs.Properties">', '    <option name="TAB_STATES">', "      <map>",
        '        <entry key="MAIN">', "          <value>", '            <State />', "          </value>", "        </entry>",
        "      </map>", "    </option>", "  </component>",
        '  <component name="VcsManagerConfiguration">', '    <MESSAGE value="Merge %s into main" />' % hexs(r, 40),
        '    <option name="LAST_COMMIT_MESSAGE" value="bump lockfile (%s)" />' % hexs(r, 7), "  </component>", "</project>"]
    return ".idea/workspace.xml", "\n".join(L) + "\n"


@neg("vscode", "lookalike:settings_colors_hashes")
def n_vscode_settings(r):
    c = "#" + hexs(r, 6)
    d = {"workbench.colorCustomizations": {"activityBar.background": c, "titleBar.activeBackground": "#" + hexs(r, 6),
                                           "statusBar.background": "#" + hexs(r, 6)},
         "peacock.color": c, "editor.formatOnSave": True,
         "files.exclude": {"**/.git": True, "**/node_modules": True},
         "cSpell.words": ["hoppscotch", "insomnia", "idempotency", r.choice(ORGS)],
         "yaml.schemas": {"https://json.schemastore.org/github-workflow.json": ".github/workflows/*.yml"},
         "rest-client.environmentVariables": {"$shared": {"version": "v2"}, "local": {"host": "http://localhost:8080",
                                                                                     "tenantId": uuid4(r)}},
         "git.branchProtection": ["main"]}
    return ".vscode/settings.json", json.dumps(d, indent=4) + "\n"


@neg("httpie", "lookalike:non_auth_cookies")
def n_httpie_cookies(r):
    cookies = [{"domain": "", "expires": epoch(r, 1740000000, 1790000000), "name": "_ga", "path": "/", "secure": False,
                "value": "GA1.1.%s.%d" % (digits(r, 9), epoch(r))},
               {"domain": "", "expires": epoch(r, 1740000000, 1790000000), "name": "AWSALB", "path": "/", "secure": False,
                "value": rs(r, B64S, 96)},
               {"domain": "", "expires": None, "name": "cookie_consent", "path": "/", "secure": False, "value": "accepted"}]
    L = httpie_session(r, {"password": None, "type": None, "username": None}, cookies,
                       [{"name": "Accept", "value": "application/json"}, {"name": "X-Request-ID", "value": uuid4(r)}])
    return "tools/httpie/sessions/api.%s.io/browse.json" % r.choice(ORGS), "\n".join(L) + "\n"


@neg("postman", "lookalike:public_values_env")
def n_postman_env_public(r):
    _, pk = public_value(r, {"provider": "stripe"})
    _, gcid = public_value(r, {"provider": "google"})
    vals = [{"key": "baseUrl", "value": "https://api.%s.io" % r.choice(ORGS), "type": "default", "enabled": True},
            {"key": "stripePublishableKey", "value": pk, "type": "default", "enabled": True},
            {"key": "googleClientId", "value": gcid, "type": "default", "enabled": True},
            {"key": "customerId", "value": stripe_id(r, "cus"), "type": "default", "enabled": True},
            {"key": "accessToken", "value": "", "type": "secret", "enabled": True},
            {"key": "clientSecret", "value": "", "type": "secret", "enabled": True}]
    d = {"id": uuid4(r), "name": "Sandbox", "values": vals, "_postman_variable_scope": "environment",
         "_postman_exported_at": pm_time(r), "_postman_exported_using": "Postman/11.2.1"}
    return pm_path(r, "environment"), json.dumps(d, indent="\t") + "\n"


@neg("bruno", "lookalike:vars_secret_list")
def n_bruno_env_secret(r):
    L = ["vars {", "  baseUrl: https://api.%s.io" % r.choice(ORGS), "  tenantId: %s" % uuid4(r),
         "  pageSize: 50", "}", "vars:secret [", "  apiKey,", "  clientSecret,", "  accessToken", "]"]
    return "%s/environments/%s.bru" % (r.choice(["bruno", "api-collection"]), r.choice(["Production", "Staging"])), "\n".join(L) + "\n"


@neg("jetbrains", "lookalike:empty_private_env")
def n_jb_env_empty(r):
    d = {e: {"token": "", "clientSecret": ""} for e in ("dev", "staging")}
    return "http-client.private.env.json", json.dumps(d, indent=2) + "\n"


@neg("hoppscotch", "lookalike:secret_marked_empty")
def n_hopp_env(r):
    d = [{"id": b62(r, 20), "v": 1, "name": "Production", "variables": [
        {"key": "baseUrl", "value": "https://api.%s.io" % r.choice(ORGS), "secret": False},
        {"key": "orgId", "value": uuid4(r), "secret": False},
        {"key": "token", "value": "", "secret": True}, {"key": "apiKey", "value": "", "secret": True}]}]
    return "hoppscotch/environments.json", json.dumps(d, indent=2) + "\n"


@neg("thunder", "lookalike:system_variables")
def n_thunder_req(r):
    reqs = [{"_id": uuid4(r), "colId": uuid4(r), "containerId": uuid4(r), "name": n, "url": "{{baseUrl}}/v1/" + n.replace(" ", "-"),
             "method": m, "sortNum": 10000 * (i + 1), "created": tc_time(r), "modified": tc_time(r),
             "headers": [{"name": "X-Request-Id", "value": "{{#guid}}"}, {"name": "X-Sent-At", "value": "{{#timestamp}}"}],
             "params": [], "auth": {"type": "bearer", "bearer": "{{token}}"},
             "tests": [{"type": "set-env-var", "custom": "json.id", "action": "setto", "value": "{{lastId}}"}]}
            for i, (n, m) in enumerate((("list orders", "GET"), ("create order", "POST")))]
    return "thunder-tests/thunderclient.json", json.dumps(reqs, indent=4) + "\n"


@neg("stripe", "lookalike:docs_response_example")
def n_md_response(r):
    L = ["# Refund flow", "", "Request (collection `payments/refund.bru`):", "", "```http",
         "POST /v1/refunds", "Idempotency-Key: %s" % uuid4(r), "Authorization: Bearer {{stripeSecretKey}}", "```", "",
         "Response:", "", "```json", json.dumps({"id": stripe_id(r, "re"), "object": "refund", "amount": r.randint(100, 9000),
                                                "charge": stripe_id(r, "ch"), "payment_intent": stripe_id(r, "pi"),
                                                "balance_transaction": stripe_id(r, "txn"), "status": "succeeded"}, indent=2),
         "```", "", "Request-Id in the logs: `req_%s`." % b62(r, 14), ""]
    return "docs/refunds.md", "\n".join(L) + "\n"


@neg("webhooks", "lookalike:webhook_signatures")
def n_http_webhook_replay(r):
    k = r.randrange(3)
    ts = epoch(r)
    if k == 0:
        head = ["POST http://localhost:4242/webhook", "Stripe-Signature: t=%d,v1=%s" % (ts, hexs(r, 64))]
        body = {"id": "evt_" + b62(r, 24), "type": "checkout.session.completed", "created": ts}
    elif k == 1:
        head = ["POST http://localhost:3000/github/events", "X-GitHub-Event: pull_request", "X-GitHub-Delivery: %s" % uuid4(r),
                "X-GitHub-Hook-ID: %s" % digits(r, 9), "X-Hub-Signature-256: sha256=%s" % hexs(r, 64)]
        body = {"action": "opened", "number": r.randint(1, 900), "installation": {"id": int(digits(r, 8))}}
    else:
        head = ["POST http://localhost:3000/slack/events", "X-Slack-Request-Timestamp: %d" % ts,
                "X-Slack-Signature: v0=%s" % hexs(r, 64)]
        body = {"type": "event_callback", "team_id": "T" + rs(r, UP + DIG, 10), "event_id": "Ev" + rs(r, UP + DIG, 10)}
    L = ["### Replay a captured delivery"] + head + ["Content-Type: application/json", "", json.dumps(body), ""]
    return "http/webhook-replay.http", "\n".join(L) + "\n"


def pem_public(r):
    head = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"
    body = head + rs(r, B64S, 392 - len(head) - 8) + "IDAQAB"
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END PUBLIC KEY-----"


@neg("jetbrains", "lookalike:public_key_pem")
def n_jb_env_pubkey(r):
    d = {"dev": {"host": "https://auth.%s.io" % r.choice(ORGS), "jwtPublicKey": pem_public(r), "kid": hexs(r, 16),
                 "audience": "api://%s" % uuid4(r)}}
    return "http-client.env.json", json.dumps(d, indent=2) + "\n"


@neg("ssh", "lookalike:ssh_public_key")
def n_md_deploy_keys(r):
    keys = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s" % (rs(r, B64S, 43), r.choice(PEOPLE), r.choice(["laptop", "ci", "mbp"]))
            for _ in range(r.randint(1, 3))]
    L = ["# Deploy keys", "", "Public keys allowed to pull the Postman collection repo:", "", "```"] + keys + \
        ["```", "", "Fingerprint: `SHA256:%s`" % rs(r, B64S, 43), ""]
    return "docs/deploy-keys.md", "\n".join(L) + "\n"


@neg("vscode", "lookalike:image_digests")
def n_devcontainer_digest(r):
    d = {"name": proj(r), "image": "mcr.microsoft.com/devcontainers/base@sha256:" + hexs(r, 64),
         "features": {"ghcr.io/devcontainers/features/node:1": {"version": "20"},
                      "ghcr.io/devcontainers/features/github-cli:1": {}},
         "containerEnv": {"TZ": "UTC", "BUILD_SHA": hexs(r, 40)},
         "customizations": {"vscode": {"extensions": ["humao.rest-client", "rangav.vscode-thunder-client"]}}}
    return ".devcontainer/devcontainer.json", json.dumps(d, indent=2) + "\n"


@neg("vscode", "lookalike:checksums")
def n_tasks_checksums(r):
    cmds = ["echo '%s  tools/bruno-cli.tgz' | sha256sum -c -" % hexs(r, 64),
            "echo '%s  tools/jq' | sha1sum -c -" % hexs(r, 40)]
    d = {"version": "2.0.0", "tasks": [{"label": "verify tools", "type": "shell", "command": " && ".join(cmds), "problemMatcher": []},
                                       {"label": "npm ci", "type": "npm", "script": "ci"}]}
    return ".vscode/tasks.json", json.dumps(d, indent=4) + "\n"


@neg("postman", "lookalike:base64_fixture")
def n_postman_base64(r):
    img = b64(b"\x89PNG\r\n\x1a\n" + rbytes(r, 120))
    body = json.dumps({"filename": "avatar.png", "content_type": "image/png", "data": img})
    item = pm_item(r, {"method": "POST"}, headers=[("Content-MD5", b64(rbytes(r, 16))), ("Authorization", "Bearer {{token}}")],
                   url="https://api.%s.io/v1/uploads" % r.choice(ORGS), body=body)
    return pm_path(r), "\n".join(pm_collection(r, [item])) + "\n"


@neg("android", "lookalike:cert_fingerprints")
def n_md_android_signing(r):
    fp = lambda n: ":".join(hexs(r, 2).upper() for _ in range(n))
    L = ["# Android signing", "", "| Variant | SHA-1 | SHA-256 |", "|---|---|---|",
         "| debug | `%s` | `%s` |" % (fp(20), fp(32)), "| release (upload key) | `%s` | `%s` |" % (fp(20), fp(32)), "",
         "Register both SHA-1 values in the Firebase console. These fingerprints are public.", ""]
    return "docs/android-signing.md", "\n".join(L) + "\n"


@neg("eclipse", "lookalike:launch_plain")
def n_eclipse_plain(r):
    p, L = eclipse_launch(r, envs=[("SPRING_PROFILES_ACTIVE", "local"), ("INSTANCE_ID", uuid4(r))],
                          prog="--server.port=8080", vm="-Xmx512m -javaagent:lib/opentelemetry-javaagent.jar -Dotel.resource.attributes=build=%s" % hexs(r, 12))
    return "%s/launch/local.launch" % p, "\n".join(L) + "\n"


@neg("insomnia", "lookalike:template_refs")
def n_insomnia_refs(r):
    wrk = ins_id(r, "wrk")
    req = ins_request(r, wrk, "{{ _.base_url }}/v1/%s" % r.choice(WORDS), "GET",
                      [{"name": "X-Request-Id", "value": "{% uuid 'v4' %}"}, {"name": "X-Sent-At", "value": "{% now 'iso-8601', '' %}"}],
                      {"type": "bearer", "token": "{{ _.access_token }}", "prefix": ""})
    return "insomnia/%s.json" % r.choice(WORDS), "\n".join(ins_export(r, [req, ins_workspace(r, wrk)])) + "\n"


@neg("postman", "lookalike:prerequest_script")
def n_postman_script(r):
    script = ["const secret = pm.environment.get('apiSecret');", "const ts = Math.floor(Date.now() / 1000).toString();",
              "const sig = CryptoJS.HmacSHA256(ts + pm.request.url.getPath(), secret).toString(CryptoJS.enc.Hex);",
              "pm.request.headers.upsert({ key: 'X-Signature', value: sig });",
              "pm.request.headers.upsert({ key: 'X-Timestamp', value: ts });"]
    item = pm_item(r, {"method": "GET"}, headers=[("X-Api-Key", "{{apiKey}}")], url="https://api.%s.io/v3/%s" % (r.choice(ORGS), r.choice(WORDS)))
    item["event"] = [{"listen": "prerequest", "script": {"exec": script, "type": "text/javascript"}}]
    return pm_path(r), "\n".join(pm_collection(r, [item])) + "\n"


@neg("jetbrains", "lookalike:dynamic_vars_digests")
def n_http_dynamic(r):
    L = ["### Upload with integrity headers", "POST https://api.%s.io/v1/files" % r.choice(ORGS),
         "Authorization: Bearer {{$processEnv API_TOKEN}}", "Idempotency-Key: {{$random.uuid}}",
         "X-Nonce: {{$random.alphanumeric(16)}}", "Digest: sha-256=%s" % b64(rbytes(r, 32)),
         "Content-MD5: %s" % b64(rbytes(r, 16)), "Content-Type: application/octet-stream", "",
         "< ./fixtures/%s.bin" % r.choice(WORDS), ""]
    return "http/uploads.http", "\n".join(L) + "\n"


@neg("postman", "lookalike:oauth2_config_refs")
def n_postman_oauth(r):
    _, gcid = public_value(r, {"provider": "google"})
    auth = {"type": "oauth2", "oauth2": [{"key": "clientSecret", "value": "{{clientSecret}}", "type": "string"},
                                         {"key": "clientId", "value": gcid, "type": "string"},
                                         {"key": "accessTokenUrl", "value": "https://oauth2.googleapis.com/token", "type": "string"},
                                         {"key": "authUrl", "value": "https://accounts.google.com/o/oauth2/v2/auth", "type": "string"},
                                         {"key": "useBrowser", "value": True, "type": "boolean"},
                                         {"key": "grant_type", "value": "authorization_code_with_pkce", "type": "string"},
                                         {"key": "tokenName", "value": "google", "type": "string"},
                                         {"key": "addTokenTo", "value": "header", "type": "string"}]}
    items = [pm_item(r, {"method": "GET"}, url="https://www.googleapis.com/drive/v3/files?pageSize=10")]
    return pm_path(r), "\n".join(pm_collection(r, items, auth=auth)) + "\n"


@neg("vscode", "lookalike:launch_envfile")
def n_launch_envfile(r):
    d = {"version": "0.2.0", "configurations": [{"type": "node", "request": "launch", "name": "Debug",
                                                 "program": "${workspaceFolder}/src/index.ts", "envFile": "${workspaceFolder}/.env",
                                                 "env": {"NODE_ENV": "development", "DEBUG": "app:*", "STRIPE_SECRET_KEY": "${env:STRIPE_SECRET_KEY}"},
                                                 "outFiles": ["${workspaceFolder}/dist/**/*.js"],
                                                 "sourceMapPathOverrides": {"webpack:///./~/*": "${workspaceFolder}/node_modules/*"}}]}
    return ".vscode/launch.json", "\n".join(jsonc(d, LAUNCH_COMMENTS)) + "\n"


@neg("hoppscotch", "lookalike:collection_refs")
def n_hopp_collection(r):
    req = {"v": "4", "endpoint": "<<baseUrl>>/v1/%s/%s" % (r.choice(WORDS), uuid4(r)), "name": "Fetch", "params": [],
           "headers": [{"key": "X-Request-Id", "value": uuid4(r), "active": True}], "method": "GET",
           "auth": {"authType": "bearer", "authActive": True, "token": "<<token>>"}, "preRequestScript": "", "testScript": "",
           "body": {"contentType": None, "body": None}, "requestVariables": []}
    d = [{"v": 2, "id": b62(r, 20), "name": proj(r), "folders": [], "requests": [req],
          "auth": {"authType": "inherit", "authActive": True}, "headers": []}]
    return "hoppscotch/collection.json", json.dumps(d, indent=2) + "\n"


@neg("thunder", "lookalike:collection_ids")
def n_thunder_collection(r):
    d = [{"_id": uuid4(r), "colName": proj(r), "created": tc_time(r), "sortNum": 10000, "folders": [
        {"_id": uuid4(r), "name": n, "containerId": "", "created": tc_time(r), "sortNum": 10000 * (i + 1)}
        for i, n in enumerate(["auth", "orders", "admin"])],
        "settings": {"headers": [{"name": "X-Client-Build", "value": hexs(r, 12)}], "auth": {"type": "bearer", "bearer": "{{token}}"},
                     "options": {"baseUrl": "{{baseUrl}}"}}}]
    return "thunder-tests/thunderCollection.json", json.dumps(d, indent=4) + "\n"


@neg("jetbrains", "lookalike:build_sha_args")
def n_runcfg_sha(r):
    mc = mainclass(r)
    body = ['    <option name="MAIN_CLASS_NAME" value="%s" />' % mc, '    <module name="%s" />' % proj(r),
            '    <option name="PROGRAM_PARAMETERS" value="--build-sha=%s --instance=%s" />' % (hexs(r, 40), uuid4(r)),
            '    <option name="VM_PARAMETERS" value="-Xmx1g" />']
    body += envs_xml([("SPRING_PROFILES_ACTIVE", "local"), ("CACHE_KEY_SALT_VERSION", "3")])
    L = idea_wrap('<configuration default="false" name="%s" type="Application" factoryName="Application">' % mc.rsplit(".", 1)[1], body)
    return runcfg_path(r, mc.rsplit(".", 1)[1]), "\n".join(L) + "\n"


@neg("jetbrains", "lookalike:pagination_cursor")
def n_http_cursor(r):
    cur = b64url_json({"last_id": r.randint(10 ** 5, 10 ** 7), "ts": epoch(r)})
    L = ["### Page 2", "GET https://api.%s.io/v1/orders?limit=100&starting_after=%s" % (r.choice(ORGS), stripe_id(r, "ch")),
         "Authorization: Bearer {{token}}", "", "### Page 3 (opaque cursor from the previous response)",
         "GET https://api.%s.io/v1/events?page_token=%s" % (r.choice(ORGS), cur), "Authorization: Bearer {{token}}", ""]
    return "http/pagination.http", "\n".join(L) + "\n"


@neg("insomnia", "lookalike:v5_template_tags")
def n_insomnia_yaml(r):
    L = ["type: collection.insomnia.rest/5.0", "name: %s" % proj(r), "meta:", "  id: %s" % ins_id(r, "wrk"),
         "  created: %d" % ms(r), "  modified: %d" % ms(r), "collection:", "  - url: \"{{ _.base_url }}/v1/orders\"",
         "    name: List orders", "    meta:", "      id: %s" % ins_id(r, "req"), "      created: %d" % ms(r),
         "    method: GET", "    headers:", "      - name: X-Request-Id", "        value: \"{% uuid 'v4' %}\"",
         "    authentication:", "      type: bearer", "      token: \"{{ _.token }}\"",
         "environments:", "  name: Base Environment", "  meta:", "    id: %s" % ins_id(r, "env"), "  data:",
         "    base_url: https://api.%s.io" % r.choice(ORGS), "    token: \"\""]
    return ".insomnia/collection.yaml", "\n".join(L) + "\n"


@neg("bruno", "lookalike:readme_process_env")
def n_md_bruno(r):
    L = ["# API collection", "", "Open this folder in Bruno. Secrets come from your shell:", "",
         "| Variable | Where it comes from |", "|---|---|",
         "| `{{process.env.STRIPE_SECRET_KEY}}` | 1Password item `Stripe / restricted key` |",
         "| `{{process.env.GITHUB_TOKEN}}` | `gh auth token` |", "| `{{baseUrl}}` | environment file |", "",
         "Never paste real keys into `environments/*.bru`; mark them with `vars:secret` instead.", ""]
    return "bruno/README.md", "\n".join(L) + "\n"


@neg("jetbrains", "lookalike:datasource_uuid")
def n_datasources(r):
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<project version="4">',
         '  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">',
         '    <data-source source="LOCAL" name="%s@localhost" uuid="%s">' % (r.choice(WORDS), uuid4(r)),
         "      <driver-ref>postgresql</driver-ref>", "      <synchronize>true</synchronize>",
         "      <jdbc-driver>org.postgresql.Driver</jdbc-driver>",
         "      <jdbc-url>jdbc:postgresql://localhost:5432/%s</jdbc-url>" % r.choice(WORDS),
         "      <working-dir>$ProjectFileDir$</working-dir>", "    </data-source>", "  </component>", "</project>"]
    return ".idea/dataSources.xml", "\n".join(L) + "\n"


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------
EXTRA_NEUTRAL = ["TOKEN", "API_KEY", "SECRET", "AUTH", "KEY", "ACCESS_TOKEN", "CREDENTIAL",
                 "UPSTREAM_KEY", "SVC_TOKEN", "X_AUTH", "BEARER", "PASS"]


def neutral_name(r, sp):
    extra = EXTRA_NEUTRAL if sp["auth"] in ("bearer", "header", "plain") and "password" not in sp["kind"] else []
    n = r.choice(sp["neutral"] + extra)
    return n.replace("-", "_").upper()


def ftype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if "." in base:
        return base.rsplit(".", 1)[1].lower()
    return base.lower()


def locate(text, needle):
    for i, line in enumerate(text.split("\n"), 1):
        if needle in line:
            return i
    raise AssertionError("needle not found")


def weighted(r, items):
    tot = sum(w for _, w in items)
    x = r.uniform(0, tot)
    for it, w in items:
        x -= w
        if x <= 0:
            return it
    return items[-1][0]


def pick_spec(r, t, probes):
    cands = [(i, w) for i, (fn, w) in enumerate(SPECS) if t["accepts"](probes[i])]
    assert cands, t["name"]
    for _ in range(50):
        sp = SPECS[weighted(r, cands)][0](r)
        if t["accepts"](sp):
            return sp
    raise AssertionError("no spec for " + t["name"])


def pick_name(r, t, sp):
    if t["conv"] and r.random() < 0.85:
        return sp["env"]
    return neutral_name(r, sp)


def cycle(r, n, count):
    order = []
    while len(order) < count:
        block = list(range(n))
        r.shuffle(block)
        order += block
    return order[:count]


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_gq.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    probes = [fn(random.Random(0)) for fn, _ in SPECS]
    manifest, secrets = [], []
    npos = nneg = 500
    env_files = 0

    for i, ti in enumerate(cycle(r, len(TEMPLATES), npos)):
        t = TEMPLATES[ti]
        sp = pick_spec(r, t, probes)
        name = pick_name(r, t, sp)
        rel, text, needle = t["fn"](r, sp, sp["value"], name, True)
        assert needle, t["name"]
        line = locate(text, needle)
        assert needle in text.split("\n")[line - 1]
        if ftype(rel) == "env":
            env_files += 1
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": sp["provider"], "kind": sp["kind"], "filetype": ftype(rel)})
        secrets.append({"file": f, "needle": needle, "line": line})
    assert env_files * 20 <= npos, env_files

    reusable = [t for t in TEMPLATES if t["reuse"]]
    nre = nneg // 2
    for j, ti in enumerate(cycle(r, len(reusable), nre)):
        t = reusable[ti]
        sp = pick_spec(r, t, probes)
        name = pick_name(r, t, sp)
        val, name2, sub = nonsecret(r, sp, t["style"], name, t["named"])
        rel, text, _ = t["fn"](r, sp, val, name2, False)
        assert sp["value"] not in text and sp.get("needle", sp["value"]) not in text, t["name"]
        assert ftype(rel) != "env"
        f = "neg/n%04d/%s" % (j, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": sp["provider"], "kind": "nonsecret:" + sub, "filetype": ftype(rel)})
    for k, ti in enumerate(cycle(r, len(NEG_T), nneg - nre)):
        t = NEG_T[ti]
        rel, text = t["fn"](r)
        assert ftype(rel) != "env"
        f = "neg/n%04d/%s" % (nre + k, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": t["provider"], "kind": t["kind"], "filetype": ftype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    # re-read and verify every needle on disk
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]
        assert not any(s["needle"] in l for l in lines[:s["line"] - 1]), s["file"]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
