#!/usr/bin/env python3
"""Blind evaluation-set generator "mn": credentials pasted into non-Markdown documentation.

EMPHASIS
  Domain: secrets leaked into documentation markup other than Markdown, and into doc-site
  configuration: reStructuredText (Sphinx code-block directives, field lists, list-tables,
  literal blocks, Sphinx conf.py incl. linkcheck_auth / confluencebuilder options), AsciiDoc
  (Antora pages, [source] blocks, header attributes, antora.yml / antora-playbook.yml), LaTeX
  (\\newcommand, lstlisting, minted, Beamer fragile frames), roff man pages (.1/.5/.8, man and
  mdoc macros), Org-mode (#+BEGIN_SRC, ob-sql :dbpassword header args, property drawers,
  #+PROPERTY), DocBook XML, Textile (Redmine), MediaWiki, POD, RDoc, Texinfo, HTML help pages,
  doc comments (Javadoc, Doxygen, Python docstrings/doctest, rustdoc, godoc, JSDoc, C# XML doc),
  MkDocs / Docusaurus / Hugo / Jekyll / Jupyter Book / Quarto config, front matter, notebooks.
  Providers: AWS, GitHub (classic + fine-grained), GitLab, Slack (bot token, webhook), Stripe
  (secret, restricted), OpenAI, Anthropic, Google (API key, OAuth client secret), Twilio,
  SendGrid, npm, PyPI, Docker Hub, Mailgun, DigitalOcean, Hugging Face, Shopify, Databricks,
  Azure Storage, Postman, Datadog, Algolia admin key, Atlassian (Confluence/Jira) API tokens,
  generic service tokens; database / SMTP /
  LDAP / broker passwords (DSNs, config examples); RSA / EC private keys (PKCS#1, PKCS#8, SEC1).

USAGE
  python3 -B gen_mn.py OUTDIR SEED
  -> OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
     OUTDIR/manifest.jsonl, OUTDIR/secrets.jsonl. Deterministic for a given SEED (one
     random.Random(SEED) drives everything). Standard library only.

NEEDLE CONVENTIONS
  needle = the secret exactly as written, without quotes; prefixed keys keep their prefix;
  HTTP headers -> only the token value; URLs with user:password -> the password only; Slack
  incoming webhooks -> the whole https://hooks.slack.com/services/... URL; AWS -> the secret
  access key (the AKIA key id sits beside it as a public companion); PEM private keys -> the
  first base64 line of the body; passwords -> the password. line = 1-based line of the first
  occurrence (asserted).

NEGATIVES
  250 re-use positive templates with the slot holding: markup-idiomatic placeholders
  (<API_KEY>, {api-key} AsciiDoc attribute refs, \\textit{your-key}, \\fITOKEN\\fR, *YOUR_TOKEN*,
  <replaceable>, @var{}, I<...>, ''TOKEN''), generic and non-English placeholders, empty values,
  masks (****, [REDACTED], sk-...abcd, ghp_****), env / CI references ($X, ${X}, %X%,
  ${{ secrets.X }}), providers' documented example values (AWS EXAMPLE keys, Stripe docs test
  key, Slack docs webhook), public values (Stripe pk_live, Google OAuth client id, Twilio
  Account SID, Algolia search-only key, Mailgun pubkey). 250 are look-alikes: changelog commit
  SHAs, release checksums (sha256/sha512/md5), SRI/CSP hashes, Algolia DocSearch app ids and
  search-only keys, analytics ids, site-verification tokens, DOIs/arXiv/ORCID, UUIDs, image
  digests, GPG fingerprints, SSH/PGP public keys, X.509 certificates, JWKS public keys,
  ansible-vault / SOPS ciphertext, data: URIs, doctest digests, version strings.

FORMATS CHECKED
  From provider docs / SDK knowledge (not re-verified online in this session unless noted):
  AWS AKIA+16 [A-Z2-7], secret 40 base64; GitHub ghp_/gho_ 30 base62 + 6-char base62 CRC32,
  github_pat_ 22+_+59; GitLab glpat- 20; Slack xoxb-/xoxp-, hooks.slack.com/services/T../B../24;
  Stripe sk_live_/rk_live_ 24 or 99 chars, docs test key sk_test_4eC39HqLyjWDarjtT1zdp7dc;
  OpenAI sk-proj-...T3BlbkFJ...; Anthropic sk-ant-api03-...AA (108 chars); Google AIza+35,
  GOCSPX-+28; Twilio AC/SK + 32 hex, auth token 32 hex; SendGrid SG.22.43; npm_ 36;
  PyPI pypi-AgEIcHlwaS5vcmc... (macaroon v2 built field by field: location pypi.org, uuid
  identifier, caveat, 32-byte signature) -- the macaroon basis was confirmed on the pypitoken
  project page (docs search); Docker dckr_pat_ 27; Mailgun key-32hex; DigitalOcean dop_v1_64hex;
  HF hf_34; Shopify shpat_32hex; Databricks dapi32hex; Azure storage 88-char base64;
  Postman PMAK-24-34. Org-babel ob-sql header args (:dbhost :dbuser :dbpassword :database)
  confirmed in ob-sql.el (docs search); Sphinx linkcheck_auth (regex, (user, token)) confirmed.
  RSA keys are real 2048-bit keys (Miller-Rabin), EC keys real P-256 points, DER-encoded.

DOUBTS
  GitHub/npm checksum base62 alphabet order (0-9A-Za-z assumed); fine-grained PAT alphabet;
  OpenAI sk-proj body length (74+8+74 assumed); Anthropic body length (93 + "AA");
  Stripe 99-char body form; GitLab newer routable token form not generated; Databricks
  optional "-N" suffix not generated; Postman/Datadog lengths from memory; Atlassian ATATT3xFfGF0 body length
  (171) and =8-hex tail are from memory.
"""
import base64
import hashlib
import json
import os
import random
import string
import sys
import zlib

LOW = string.ascii_lowercase
UPP = string.ascii_uppercase
DIG = string.digits
B62 = UPP + LOW + DIG
B62ORD = DIG + UPP + LOW
B64 = B62 + "+/"
B64U = B62 + "-_"
HEX = "0123456789abcdef"
B32 = UPP + "234567"
UPDIG = UPP + DIG


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def digits(r, n):
    return str(r.randint(1, 9)) + rs(r, DIG, n - 1)


def b62num(n, width):
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = B62ORD[m] + out
    return out.rjust(width, "0")


# ---------------------------------------------------------------- key generators
def g_aws_secret(r):
    return rs(r, B64, 40)


def g_akia(r):
    return "AKIA" + rs(r, B32, 16)


def g_gh(r, pre="ghp_"):
    body = rs(r, B62, 30)
    return pre + body + b62num(zlib.crc32(body.encode()), 6)


def g_ghpat(r):
    return "github_pat_" + rs(r, B62, 22) + "_" + rs(r, B62, 59)


def g_glpat(r):
    return "glpat-" + rs(r, B64U, 20)


def g_xoxb(r):
    return "xoxb-%s-%s-%s" % (digits(r, r.choice([10, 11, 12])), digits(r, 13), rs(r, B62, 24))


def g_xoxp(r):
    return "xoxp-%s-%s-%s-%s" % (digits(r, 11), digits(r, 12), digits(r, 13), rs(r, HEX, 32))


def g_slack_hook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, UPDIG, r.choice([8, 9, 10])), rs(r, UPDIG, r.choice([9, 10, 11])), rs(r, B62, 24))


def g_stripe(r, pre="sk_live_"):
    if r.random() < 0.4:
        return pre + rs(r, B62, 24)
    return pre + "51" + rs(r, B62, 97)


def g_openai(r):
    if r.random() < 0.75:
        return "sk-proj-" + rs(r, B64U, 74) + "T3BlbkFJ" + rs(r, B64U, 74)
    return "sk-" + rs(r, B62, 20) + "T3BlbkFJ" + rs(r, B62, 20)


def g_anthropic(r):
    return "sk-ant-api03-" + rs(r, B64U, 93) + "AA"


def g_gapi(r):
    return "AIza" + rs(r, B64U, 35)


def g_gocspx(r):
    return "GOCSPX-" + rs(r, B64U, 28)


def g_hex32(r):
    return rs(r, HEX, 32)


def g_sendgrid(r):
    return "SG." + rs(r, B64U, 22) + "." + rs(r, B64U, 43)


def g_npm(r):
    body = rs(r, B62, 30)
    return "npm_" + body + b62num(zlib.crc32(body.encode()), 6)


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def g_pypi(r):
    def field(t, data):
        return bytes([t, len(data)]) + data
    caveat = r.choice([
        '{"version": 1, "permissions": "user"}',
        '{"version": 1, "permissions": {"projects": ["%s"]}}' % r.choice(
            ["acme-billing", "kestrel", "tessera", "pipewise", "ledgerly", "fjordlib"]),
        '[1,["%s"]]' % r.choice(["orbit-sdk", "nimbus-sync", "quokka"]),
    ]).encode()
    mac = (b"\x02" + field(1, b"pypi.org") + field(2, uuid4(r).encode()) + b"\x00"
           + field(2, caveat) + b"\x00" + b"\x00" + field(6, r.randbytes(32)))
    return "pypi-" + base64.urlsafe_b64encode(mac).decode().rstrip("=")


def g_docker(r):
    return "dckr_pat_" + rs(r, B64U, 27)


def g_mailgun(r):
    return "key-" + rs(r, HEX, 32)


def g_do(r):
    return "dop_v1_" + rs(r, HEX, 64)


def g_hf(r):
    return "hf_" + rs(r, UPP + LOW, 34)


def g_shopify(r):
    return "shpat_" + rs(r, HEX, 32)


def g_databricks(r):
    return "dapi" + rs(r, HEX, 32)


def g_azure(r):
    return base64.b64encode(r.randbytes(64)).decode()


def g_postman(r):
    return "PMAK-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 34)


def g_generic(r):
    return rs(r, B62, r.choice([32, 40, 48]))


def g_atlassian(r):
    return "ATATT3xFfGF0" + rs(r, B64U, 171) + "=" + rs(r, "0123456789ABCDEF", 8)


def g_twilio_secret(r):
    return rs(r, B62, 32)


# ---------------------------------------------------------------- passwords
PW_WORDS = ["Falcon", "river", "Tundra", "maple", "Quartz", "ember", "Nordlys", "kiwi", "Granit",
            "otter", "Zephyr", "copper", "Lumen", "birch", "Sierra", "pixel", "Kranich", "mango",
            "Orion", "walnut", "Fjord", "cobalt", "Sakura", "delta", "Atlas", "Pampa", "Velvet"]
PW_SYM = "!*-_.+=~^#"


def g_password(r, forbid=""):
    sym = "".join(c for c in PW_SYM if c not in forbid) or "-"
    style = r.random()
    if style < 0.35:
        n = r.randint(16, 28)
        alpha = B62 + sym * 2
        while True:
            s = r.choice(B62) + rs(r, alpha, n - 1)
            if any(c in DIG for c in s) and any(c in UPP for c in s) and any(c in LOW for c in s):
                return s
    if style < 0.65:
        w1, w2 = r.sample(PW_WORDS, 2)
        return w1 + r.choice(sym) + str(r.randint(10, 9999)) + w2 + r.choice(sym + DIG)
    if style < 0.85:
        cons, vow = "bcdfghjkmnprstvwxz", "aeiou"
        s = ""
        for _ in range(r.randint(4, 6)):
            s += r.choice(cons) + r.choice(vow)
            if r.random() < 0.3:
                s += r.choice(DIG)
        s = s[0].upper() + s[1:] + r.choice(sym) + str(r.randint(1, 99))
        return s
    return rs(r, B62, 4) + r.choice(sym) + rs(r, B62, 5) + r.choice(sym) + rs(r, B62, 5) + str(r.randint(0, 9))


# ---------------------------------------------------------------- providers
# api: (style, url, extra) style: bearer|token|hdr:<Name>|basic:<user>|basic_comp|query
PROVIDERS = [
    dict(id="aws", provider="aws", kind="aws_secret_access_key", env="AWS_SECRET_ACCESS_KEY",
         label="AWS secret access key", gen=g_aws_secret, comp=lambda r: [("AWS_ACCESS_KEY_ID", g_akia(r))],
         api=None, pfx="", example="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", w=5),
    dict(id="ghp", provider="github", kind="github_pat", env="GITHUB_TOKEN", label="GitHub personal access token",
         gen=g_gh, comp=lambda r: [], api=("token", "https://api.github.com/user/repos"), pfx="ghp_", w=5),
    dict(id="gho", provider="github", kind="github_oauth_token", env="GH_TOKEN", label="GitHub OAuth token",
         gen=lambda r: g_gh(r, "gho_"), comp=lambda r: [], api=("bearer", "https://api.github.com/user"), pfx="gho_", w=1),
    dict(id="ghpat", provider="github", kind="github_fine_grained_pat", env="GITHUB_PAT", label="GitHub fine-grained token",
         gen=g_ghpat, comp=lambda r: [], api=("bearer", "https://api.github.com/repos/{org}/{proj}/issues"), pfx="github_pat_", w=3),
    dict(id="glpat", provider="gitlab", kind="gitlab_pat", env="GITLAB_TOKEN", label="GitLab access token",
         gen=g_glpat, comp=lambda r: [], api=("hdr:PRIVATE-TOKEN", "https://gitlab.com/api/v4/projects?owned=true"), pfx="glpat-", w=4),
    dict(id="xoxb", provider="slack", kind="slack_bot_token", env="SLACK_BOT_TOKEN", label="Slack bot token",
         gen=g_xoxb, comp=lambda r: [("SLACK_CHANNEL", "#" + r.choice(["deploys", "alerts", "docs-build", "ops"]))],
         api=("bearer", "https://slack.com/api/chat.postMessage"), pfx="xoxb-", w=4),
    dict(id="xoxp", provider="slack", kind="slack_user_token", env="SLACK_USER_TOKEN", label="Slack user token",
         gen=g_xoxp, comp=lambda r: [], api=("bearer", "https://slack.com/api/users.list"), pfx="xoxp-", w=1),
    dict(id="slackhook", provider="slack", kind="slack_webhook_url", env="SLACK_WEBHOOK_URL", label="Slack webhook",
         gen=g_slack_hook, comp=lambda r: [], api=None, pfx="https://hooks.slack.com/services/",
         example="https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", w=3),
    dict(id="stripe", provider="stripe", kind="stripe_secret_key", env="STRIPE_SECRET_KEY", label="Stripe secret key",
         gen=g_stripe, comp=lambda r: [], api=("basic:", "https://api.stripe.com/v1/customers"), pfx="sk_live_",
         example="sk_test_4eC39HqLyjWDarjtT1zdp7dc",
         public=("STRIPE_PUBLISHABLE_KEY", "Stripe publishable key", lambda r: "pk_live_" + rs(r, B62, 24)), w=4),
    dict(id="rk", provider="stripe", kind="stripe_restricted_key", env="STRIPE_RESTRICTED_KEY", label="Stripe restricted key",
         gen=lambda r: g_stripe(r, "rk_live_"), comp=lambda r: [], api=("basic:", "https://api.stripe.com/v1/charges"),
         pfx="rk_live_", w=1),
    dict(id="openai", provider="openai", kind="openai_api_key", env="OPENAI_API_KEY", label="OpenAI API key",
         gen=g_openai, comp=lambda r: [], api=("bearer", "https://api.openai.com/v1/chat/completions"), pfx="sk-proj-", w=5),
    dict(id="anthropic", provider="anthropic", kind="anthropic_api_key", env="ANTHROPIC_API_KEY", label="Anthropic API key",
         gen=g_anthropic, comp=lambda r: [], api=("hdr:x-api-key", "https://api.anthropic.com/v1/messages"), pfx="sk-ant-api03-", w=4),
    dict(id="gapi", provider="google", kind="google_api_key", env="GOOGLE_API_KEY", label="Google API key",
         gen=g_gapi, comp=lambda r: [], api=("query", "https://maps.googleapis.com/maps/api/geocode/json?address=Berlin"), pfx="AIza", w=3),
    dict(id="gocspx", provider="google", kind="google_oauth_client_secret", env="GOOGLE_CLIENT_SECRET", label="Google OAuth client secret",
         gen=g_gocspx, comp=lambda r: [("GOOGLE_CLIENT_ID", "%s-%s.apps.googleusercontent.com" % (digits(r, 12), rs(r, LOW + DIG, 32)))],
         api=None, pfx="GOCSPX-",
         public=("GOOGLE_CLIENT_ID", "Google OAuth client id", lambda r: "%s-%s.apps.googleusercontent.com" % (digits(r, 12), rs(r, LOW + DIG, 32))), w=2),
    dict(id="twilio", provider="twilio", kind="twilio_auth_token", env="TWILIO_AUTH_TOKEN", label="Twilio auth token",
         gen=g_hex32, comp=lambda r: [("TWILIO_ACCOUNT_SID", "AC" + rs(r, HEX, 32))], api=("basic_comp", "https://api.twilio.com/2010-04-01/Accounts/{comp}/Messages.json"),
         pfx="", example="your_auth_token",
         public=("TWILIO_ACCOUNT_SID", "Twilio Account SID", lambda r: "AC" + rs(r, HEX, 32)), w=3),
    dict(id="twiliokey", provider="twilio", kind="twilio_api_key_secret", env="TWILIO_API_SECRET", label="Twilio API key secret",
         gen=g_twilio_secret, comp=lambda r: [("TWILIO_API_KEY", "SK" + rs(r, HEX, 32))], api=None, pfx="", w=1),
    dict(id="sendgrid", provider="sendgrid", kind="sendgrid_api_key", env="SENDGRID_API_KEY", label="SendGrid API key",
         gen=g_sendgrid, comp=lambda r: [], api=("bearer", "https://api.sendgrid.com/v3/mail/send"), pfx="SG.", w=3),
    dict(id="npm", provider="npm", kind="npm_token", env="NPM_TOKEN", label="npm access token",
         gen=g_npm, comp=lambda r: [], api=("bearer", "https://registry.npmjs.org/-/whoami"), pfx="npm_", w=3),
    dict(id="pypi", provider="pypi", kind="pypi_token", env="TWINE_PASSWORD", label="PyPI API token",
         gen=g_pypi, comp=lambda r: [("TWINE_USERNAME", "__token__")], api=None, pfx="pypi-", w=3),
    dict(id="docker", provider="dockerhub", kind="dockerhub_pat", env="DOCKERHUB_TOKEN", label="Docker Hub access token",
         gen=g_docker, comp=lambda r: [("DOCKERHUB_USERNAME", r.choice(["acmebot", "ci-publisher", "jdoe", "kestrelops"]))],
         api=None, pfx="dckr_pat_",
         public=("DOCKERHUB_USERNAME", "Docker Hub user", lambda r: r.choice(["acmebot", "ci-publisher", "kestrelops"])), w=3),
    dict(id="mailgun", provider="mailgun", kind="mailgun_api_key", env="MAILGUN_API_KEY", label="Mailgun API key",
         gen=g_mailgun, comp=lambda r: [("MAILGUN_DOMAIN", "mg." + r.choice(["acme.io", "kestrel.dev", "ledgerly.de"]))],
         api=("basic:api", "https://api.mailgun.net/v3/{comp}/messages"), pfx="key-",
         public=("MAILGUN_PUBLIC_KEY", "Mailgun public validation key", lambda r: "pubkey-" + rs(r, HEX, 32)), w=2),
    dict(id="do", provider="digitalocean", kind="digitalocean_token", env="DIGITALOCEAN_TOKEN", label="DigitalOcean token",
         gen=g_do, comp=lambda r: [], api=("bearer", "https://api.digitalocean.com/v2/droplets"), pfx="dop_v1_", w=2),
    dict(id="hf", provider="huggingface", kind="huggingface_token", env="HF_TOKEN", label="Hugging Face token",
         gen=g_hf, comp=lambda r: [], api=("bearer", "https://huggingface.co/api/whoami-v2"), pfx="hf_", w=3),
    dict(id="shopify", provider="shopify", kind="shopify_access_token", env="SHOPIFY_ACCESS_TOKEN", label="Shopify Admin API token",
         gen=g_shopify, comp=lambda r: [("SHOPIFY_STORE", r.choice(["acme-shop", "kestrel-store", "nordlys-gear"]) + ".myshopify.com")],
         api=("hdr:X-Shopify-Access-Token", "https://{comp}/admin/api/2024-01/products.json"), pfx="shpat_", w=2),
    dict(id="databricks", provider="databricks", kind="databricks_token", env="DATABRICKS_TOKEN", label="Databricks token",
         gen=g_databricks, comp=lambda r: [("DATABRICKS_HOST", "https://dbc-%s-%s.cloud.databricks.com" % (rs(r, HEX, 8), rs(r, HEX, 4)))],
         api=("bearer", "{comp}/api/2.0/clusters/list"), pfx="dapi", w=2),
    dict(id="azure", provider="azure", kind="azure_storage_key", env="AZURE_STORAGE_KEY", label="Azure storage account key",
         gen=g_azure, comp=lambda r: [("AZURE_STORAGE_ACCOUNT", r.choice(["acmedocs", "kestrelassets", "stledgerlyprod"]))],
         api=None, pfx="", w=2),
    dict(id="postman", provider="postman", kind="postman_api_key", env="POSTMAN_API_KEY", label="Postman API key",
         gen=g_postman, comp=lambda r: [], api=("hdr:X-Api-Key", "https://api.getpostman.com/collections"), pfx="PMAK-", w=1),
    dict(id="datadog", provider="datadog", kind="datadog_api_key", env="DD_API_KEY", label="Datadog API key",
         gen=g_hex32, comp=lambda r: [("DD_SITE", r.choice(["datadoghq.com", "datadoghq.eu"]))],
         api=("hdr:DD-API-KEY", "https://api.datadoghq.com/api/v1/validate"), pfx="", w=2),
    dict(id="algolia", provider="algolia", kind="algolia_admin_key", env="ALGOLIA_ADMIN_API_KEY", label="Algolia admin API key",
         gen=g_hex32, comp=lambda r: [("ALGOLIA_APP_ID", rs(r, UPDIG, 10))],
         api=None, pfx="",
         public=("ALGOLIA_SEARCH_API_KEY", "Algolia search-only API key", g_hex32), w=2),
    dict(id="atlassian", provider="atlassian", kind="atlassian_api_token", env="JIRA_API_TOKEN", label="Atlassian API token",
         gen=g_atlassian, comp=lambda r: [("JIRA_USER_EMAIL", "%s@%s.com" % (r.choice(["build", "docs-bot", "m.keller"]), r.choice(["acme", "kestrel-labs", "nordlys"])))],
         api=None, pfx="ATATT3xFfGF0", w=1),
    dict(id="generic", provider="generic", kind="service_api_token", env="API_TOKEN", label="API token",
         gen=g_generic, comp=lambda r: [("API_URL", "https://api.%s/v2" % r.choice(["acme.io", "kestrel.dev", "ledgerly.de", "orbit.app"]))],
         api=("bearer", "{comp}/reports"), pfx="", w=3),
]
PROV_BY_ID = {p["id"]: p for p in PROVIDERS}

PW_KINDS = [
    # scheme, env user, env pw, default port, label, provider
    ("postgresql", "POSTGRES_USER", "POSTGRES_PASSWORD", 5432, "PostgreSQL password", "postgresql"),
    ("mysql", "MYSQL_USER", "MYSQL_PASSWORD", 3306, "MySQL password", "mysql"),
    ("mongodb", "MONGO_USER", "MONGO_PASSWORD", 27017, "MongoDB password", "mongodb"),
    ("redis", "REDIS_USER", "REDIS_PASSWORD", 6379, "Redis password", "redis"),
    ("amqp", "RABBITMQ_DEFAULT_USER", "RABBITMQ_DEFAULT_PASS", 5672, "RabbitMQ password", "rabbitmq"),
    ("smtp", "SMTP_USER", "SMTP_PASSWORD", 587, "SMTP password", "smtp"),
    ("ldap", "LDAP_BIND_DN", "LDAP_BIND_PASSWORD", 389, "LDAP bind password", "ldap"),
    ("mssql", "MSSQL_USER", "SA_PASSWORD", 1433, "SQL Server password", "mssql"),
]

PROJECTS = ["acme-billing", "orbit", "ledgerly", "kestrel", "pipewise", "nimbus-sync", "harbor-api",
            "quokka", "atlas-ingest", "fjord", "tessera", "lumen", "brightdesk", "sturgeon", "polaris-etl"]
ORGS = ["acme", "kestrel-labs", "ledgerly", "nordlys", "orbitworks", "tessera-io", "pampa-data"]
USERS = ["svc_docs", "app", "deploy", "reporting", "etl_user", "jmueller", "akira", "admin", "readonly",
         "wiki_bot", "grafana", "build", "sofia.r", "ops"]
DBNAMES = ["app_prod", "billing", "analytics", "wiki", "orders", "metrics", "docs_stage", "crm"]


def env2snake(e):
    return e.lower()


def env2camel(e):
    parts = e.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def env2kebab(e):
    return e.lower().replace("_", "-")


def host_for(r, scheme):
    base = r.choice(["db01.internal", "prod-db.%s.local" % r.choice(["eu", "us"]), "10.20.%d.%d" % (r.randint(0, 40), r.randint(2, 250)),
                     "%s.cluster-%s.eu-central-1.rds.amazonaws.com" % (r.choice(PROJECTS), rs(r, LOW + DIG, 12)),
                     "pg-staging.%s.net" % r.choice(ORGS)])
    if scheme == "mongodb":
        return "cluster0.%s.mongodb.net" % rs(r, LOW + DIG, 5)
    if scheme == "smtp":
        return r.choice(["smtp.office365.com", "smtp.mailgun.org", "mail.%s.de" % r.choice(ORGS), "email-smtp.eu-west-1.amazonaws.com"])
    if scheme == "ldap":
        return r.choice(["ldap.corp.%s.com" % r.choice(ORGS), "dc01.ad.%s.local" % r.choice(ORGS)])
    if scheme == "amqp":
        return r.choice(["rabbit.internal", "mq01.%s.local" % r.choice(ORGS)])
    if scheme == "redis":
        return r.choice(["redis.internal", "cache01.%s.local" % r.choice(ORGS)])
    return base


# ---------------------------------------------------------------- slot + rendering helpers
class Slot:
    pass


def url_of(c, v):
    s = c.scheme
    if s == "mongodb":
        return "mongodb+srv://%s:%s@%s/%s?retryWrites=true&w=majority" % (c.user, v, c.host, c.db)
    if s == "redis":
        return "redis://%s:%s@%s:%d/0" % (c.user, v, c.host, c.port)
    if s == "amqp":
        return "amqp://%s:%s@%s:%d/%s" % (c.user, v, c.host, c.port, c.db)
    if s == "smtp":
        return "smtp://%s:%s@%s:%d" % (c.user, v, c.host, c.port)
    return "%s://%s:%s@%s:%d/%s" % (s, c.user, v, c.host, c.port, c.db)


def names(c):
    return c.env, env2snake(c.env), env2camel(c.env), env2kebab(c.env)


def kv_line(style, name, val, indent=""):
    sn, ca, ke = env2snake(name), env2camel(name), env2kebab(name)
    if style == "sh":
        if set(val) & set("!*^#~&;$<>|()"):
            return indent + "export %s='%s'" % (name, val)
        return indent + "export %s=%s" % (name, val)
    if style == "shq":
        return indent + 'export %s="%s"' % (name, val)
    if style == "fish":
        return indent + "set -gx %s %s" % (name, val)
    if style == "ps":
        return indent + '$env:%s = "%s"' % (name, val)
    if style == "cmd":
        return indent + "set %s=%s" % (name, val)
    if style == "dotenv":
        return indent + "%s=%s" % (name, val)
    if style == "yaml":
        return indent + "%s: %s" % (sn, val)
    if style == "yamlq":
        return indent + '%s: "%s"' % (sn, val)
    if style == "yamlenv":
        return indent + "%s: %s" % (name, val)
    if style == "ini":
        return indent + "%s = %s" % (sn, val)
    if style == "props":
        return indent + "%s=%s" % (sn.replace("_", "."), val)
    if style == "toml":
        return indent + '%s = "%s"' % (sn, val)
    if style == "json":
        return indent + '"%s": "%s",' % (ca, val)
    if style == "jsobj":
        return indent + "%s: '%s'," % (ca, val)
    if style == "docker":
        return indent + "-e %s=%s \\" % (name, val)
    if style == "adocattr":
        return ":%s: %s" % (ke, val)
    if style == "orgprop":
        return ":%s: %s" % (name, val)
    if style == "py":
        return indent + '%s = "%s"' % (name, val)
    raise ValueError(style)


def kv(c, style, indent=""):
    return [kv_line(style, n, v, indent) for n, v in c.pairs]


def api_fill(c, url):
    comp = c.comps[0][1] if c.comps else ""
    return url.replace("{comp}", comp).replace("{org}", c.org).replace("{proj}", c.proj)


def curl(c, prompt="$ ", multi=True, indent=""):
    style, url = c.api
    url = api_fill(c, url)
    v = c.v
    parts = []
    method = "POST" if any(x in url for x in ("messages", "completions", "send", "postMessage", "Messages.json")) else None
    if style == "query":
        parts.append('"%s&key=%s"' % (url, v))
    else:
        parts.append(url if "?" not in url else '"%s"' % url)
    if style == "bearer":
        parts.append('-H "Authorization: Bearer %s"' % v)
    elif style == "token":
        parts.append('-H "Authorization: token %s"' % v)
    elif style.startswith("hdr:"):
        parts.append('-H "%s: %s"' % (style[4:], v))
    elif style.startswith("basic:"):
        u = style[6:]
        parts.append("-u %s:%s" % (u, v) if u else "-u %s:" % v)
    elif style == "basic_comp":
        parts.append('-u "%s:%s"' % (c.comps[0][1], v))
    if method:
        parts.append("-X POST")
        parts.append("-H \"Content-Type: application/json\"" if "twilio" not in url and "mailgun" not in url else "--data-urlencode \"Body=Build finished\"")
        if "twilio" not in url and "mailgun" not in url:
            parts.append("-d @payload.json")
    if multi:
        lines = [indent + prompt + "curl -sS " + parts[0] + " \\"]
        for i, p in enumerate(parts[1:]):
            lines.append(indent + "     " + p + (" \\" if i < len(parts) - 2 else ""))
        if len(parts) == 1:
            lines[0] = lines[0][:-2]
        return lines
    return [indent + prompt + "curl -sS " + " ".join(parts)]


def cls_name(c):
    return {"openai": "OpenAI", "anthropic": "Anthropic", "github": "GitHub", "gitlab": "GitLab",
            "slack": "Slack", "stripe": "Stripe", "google": "Google", "twilio": "Twilio", "sendgrid": "SendGrid",
            "npm": "Npm", "pypi": "PyPI", "dockerhub": "DockerHub", "mailgun": "Mailgun", "digitalocean": "DigitalOcean",
            "huggingface": "HuggingFace", "shopify": "Shopify", "databricks": "Databricks", "azure": "AzureStorage",
            "postman": "Postman", "datadog": "Datadog", "algolia": "Algolia", "aws": "Aws"}.get(c.provider, c.proj.split("-")[0].capitalize())


def py_code(c):
    v, p = c.v, c.provider
    if c.cls in ("pw", "dsn"):
        return ['conn = psycopg2.connect(host="%s", port=%d, user="%s",' % (c.host, c.port, c.user),
                '                        password="%s", dbname="%s")' % (v, c.db)]
    if c.pid == "aws":
        return ['s3 = boto3.client("s3", region_name="eu-central-1",',
                '                  aws_access_key_id="%s",' % c.comps[0][1],
                '                  aws_secret_access_key="%s")' % v]
    if p == "openai":
        return ['client = OpenAI(api_key="%s")' % v]
    if p == "anthropic":
        return ['client = anthropic.Anthropic(api_key="%s")' % v]
    if p == "stripe":
        return ['stripe.api_key = "%s"' % v]
    if p == "github":
        return ['gh = Github(auth=Auth.Token("%s"))' % v]
    if p == "gitlab":
        return ['gl = gitlab.Gitlab("https://gitlab.com", private_token="%s")' % v]
    if c.pid == "xoxb" or c.pid == "xoxp":
        return ['client = WebClient(token="%s")' % v]
    if p == "sendgrid":
        return ['sg = SendGridAPIClient("%s")' % v]
    if c.pid == "twilio":
        return ['client = Client("%s", "%s")' % (c.comps[0][1], v)]
    if p == "huggingface":
        return ['login(token="%s")' % v]
    if p == "digitalocean":
        return ['manager = digitalocean.Manager(token="%s")' % v]
    if p == "algolia":
        return ['client = SearchClient.create("%s", "%s")' % (c.comps[0][1], v)]
    return ['os.environ["%s"] = "%s"' % (c.env, v)]


def lang_code(c, lang):
    v = c.v
    C = cls_name(c)
    if lang == "py":
        return py_code(c)
    if c.cls in ("pw", "dsn"):
        if lang == "java":
            return ['DataSource ds = DataSourceBuilder.create()', '        .url("jdbc:%s://%s:%d/%s")' % ("postgresql" if c.scheme not in ("mysql",) else "mysql", c.host, c.port, c.db),
                    '        .username("%s")' % c.user, '        .password("%s")' % v, '        .build();']
        if lang == "js":
            return ["const pool = new Pool({ host: '%s', user: '%s', password: '%s', database: '%s' });" % (c.host, c.user, v, c.db)]
        if lang == "go":
            return ['dsn := "host=%s user=%s password=%s dbname=%s sslmode=require"' % (c.host, c.user, v, c.db)]
        if lang == "rust":
            return ['let pool = PgPoolOptions::new().connect("%s").await?;' % url_of(c, v)]
        if lang == "cs":
            return ['var cs = "Server=%s;Database=%s;User Id=%s;Password=%s;";' % (c.host, c.db, c.user, v)]
        if lang == "perl":
            return ["my $dbh = DBI->connect('dbi:Pg:dbname=%s;host=%s', '%s', '%s');" % (c.db, c.host, c.user, v)]
        if lang == "ruby":
            return ["ActiveRecord::Base.establish_connection(adapter: 'postgresql', host: '%s', username: '%s', password: '%s')" % (c.host, c.user, v)]
        if lang == "cpp":
            return ['pqxx::connection conn{"host=%s user=%s password=%s dbname=%s"};' % (c.host, c.user, v, c.db)]
    if lang == "java":
        return ['%sClient client = %sClient.builder()' % (C, C), '        .apiKey("%s")' % v, '        .build();']
    if lang == "js":
        return ["const client = new %sClient({ apiKey: '%s' });" % (C, v)]
    if lang == "go":
        return ['client := %s.NewClient("%s")' % (C.lower(), v)]
    if lang == "rust":
        return ['let client = %sClient::new("%s");' % (C, v)]
    if lang == "cs":
        return ['var client = new %sClient("%s");' % (C, v)]
    if lang == "perl":
        return ["my $client = WebService::%s->new(api_key => '%s');" % (C, v)]
    if lang == "ruby":
        return ["client = %s::Client.new(api_key: '%s')" % (C, v)]
    if lang == "cpp":
        return ['client.set_token("%s");' % v]
    raise ValueError(lang)


INTROS = {
    "en": ["This page describes how to configure the %s integration for local development.",
           "Quick notes from setting up %s on the staging box.",
           "Follow these steps to get %s running against the shared test account.",
           "The snippet below is what we use in CI for %s.",
           "Use the following settings when you run %s locally."],
    "de": ["Diese Seite beschreibt die Einrichtung von %s für die lokale Entwicklung.",
           "Kurze Notizen zur Inbetriebnahme von %s auf dem Staging-Server."],
    "fr": ["Cette page explique comment configurer %s pour le développement local.",
           "Notes rapides sur l'installation de %s sur le serveur de recette."],
    "es": ["Esta página explica cómo configurar %s en el entorno de pruebas."],
    "pt": ["Esta página descreve como configurar o %s para desenvolvimento local."],
}


def intro(r, what):
    lang = r.choice(["en"] * 6 + ["de", "fr", "es", "pt"])
    return r.choice(INTROS[lang]) % what


def title(r, c):
    return r.choice(["Getting started", "Configuration", "Quickstart", "Deployment", "Local setup",
                     "Integrating with %s" % cls_name(c), "%s credentials" % cls_name(c), "Runbook", "Installation",
                     "Einrichtung", "Configuration de l'environnement", "Troubleshooting"])


def rst_h(s, ch="="):
    return [s, ch * len(s)]


def pem_ind(c, ind):
    return [ind + l for l in c.pem.split("\n")]


def force(r, c, *pids):
    """Templates tied to one service: draw the secret from that service's format."""
    if c.pos and c.cls in ("tok", "api"):
        p = PROV_BY_ID[r.choice(pids)]
        c.p, c.pid, c.provider, c.kind, c.env, c.label = p, p["id"], p["provider"], p["kind"], p["env"], p["label"]
        c.v = p["gen"](r)


TEMPLATES = []


def T(name, markup, ft, acc, forbid=""):
    def d(f):
        TEMPLATES.append(dict(name=name, markup=markup, ft=ft, acc=acc, forbid=forbid, f=f))
        return f
    return d


XMLF = "<>&\"'"
LATEXF = "\\{}%#$&_^~"


# ================================================================ templates (pos + neg re-use)
# ---------------- reStructuredText
@T("rst_codeblock_export", "rst", "rst", {"tok", "pw"})
def _(r, c):
    L = rst_h(title(r, c)) + ["", intro(r, c.proj), ""]
    if r.random() < 0.5:
        L += [".. note::", "", "   Requires Python 3.10 or newer.", ""]
    L += ["Set the credentials before running the build:", "", ".. code-block:: %s" % r.choice(["bash", "console", "shell"]), ""]
    L += kv(c, r.choice(["sh", "shq"]), "   ")
    L += ["   %s %s" % (r.choice(["make", "tox -e", "nox -s"]), r.choice(["docs", "integration", "smoke"])), "",
          "Then open ``_build/html/index.html`` in your browser.", ""]
    return "docs/source/%s.rst" % r.choice(["quickstart", "setup", "configuration", "development", "howto/local"]), L


@T("rst_curl", "rst", "rst", {"api"})
def _(r, c):
    L = rst_h("%s API" % cls_name(c)) + ["", intro(r, cls_name(c)), "", "Example request", "-" * 15, "",
                                          ".. code-block:: console", ""]
    L += curl(c, indent="   ")
    L += ["", "The response is a JSON document:", "", ".. code-block:: json", "", '   {"ok": true}', ""]
    return "docs/api/%s.rst" % r.choice(["authentication", "examples", "requests"]), L


@T("rst_field_list", "rst", "rst", {"tok", "pw"}, "`*|_")
def _(r, c):
    L = rst_h("Staging environment", "-") + ["", ":Host: %s" % r.choice(["staging.%s.io" % c.proj, "10.1.4.22"]),
                                              ":Owner: %s" % r.choice(["platform team", "M. Keller", "ops@%s.io" % c.org])]
    for n, v in c.pairs:
        L.append(":%s: %s" % (n.replace("_", " ").title(), v))
    L += [":Rotated: %d-%02d-%02d" % (r.randint(2021, 2025), r.randint(1, 12), r.randint(1, 28)), "",
          "Ask in #%s before changing anything here." % r.choice(["ops", "platform", "infra"]), ""]
    return "docs/internal/%s.rst" % r.choice(["environments", "staging", "accounts"]), L


@T("rst_python_example", "rst", "rst", {"tok", "pw"})
def _(r, c):
    L = rst_h("Usage") + ["", "Minimal example:", "", ".. code-block:: python", "   :linenos:", ""]
    imp = {"openai": "from openai import OpenAI", "anthropic": "import anthropic", "stripe": "import stripe",
           "github": "from github import Github, Auth", "gitlab": "import gitlab", "slack": "from slack_sdk import WebClient",
           "sendgrid": "from sendgrid import SendGridAPIClient", "twilio": "from twilio.rest import Client",
           "huggingface": "from huggingface_hub import login", "aws": "import boto3"}.get(c.provider, "import os")
    if c.cls in ("pw", "dsn"):
        imp = "import psycopg2"
    L += ["   " + imp, ""] + ["   " + x for x in py_code(c)] + [""]
    L += ["More examples live in :doc:`cookbook`.", ""]
    return r.choice(["README.rst", "docs/usage.rst", "docs/source/examples.rst"]), L


@T("rst_dsn_ini", "rst", "rst", {"dsn"})
def _(r, c):
    L = rst_h("Database") + ["", "The service reads its connection string from ``%s``." % r.choice(["settings.ini", "alembic.ini", "app.cfg"]), "",
                             ".. code-block:: ini", "", "   [%s]" % r.choice(["database", "alembic", "app:main"]),
                             "   %s = %s" % (r.choice(["url", "sqlalchemy.url", "dsn"]), url_of(c, c.v)), "   pool_size = %d" % r.choice([5, 10, 20]), "",
                             "Run migrations with ``alembic upgrade head``.", ""]
    return "docs/source/%s.rst" % r.choice(["database", "ops/migrations", "deployment"]), L


@T("rst_list_table", "rst", "rst", {"tok", "pw"}, "`|*")
def _(r, c):
    L = rst_h("Service accounts") + ["", ".. list-table:: Shared credentials (%s)" % r.choice(["staging", "demo", "QA"]), "   :header-rows: 1", "",
                                     "   * - Service", "     - Variable", "     - Value"]
    for n, v in c.pairs:
        L += ["   * - %s" % cls_name(c), "     - ``%s``" % n, "     - ``%s``" % v]
    L += [""]
    return "docs/%s.rst" % r.choice(["accounts", "reference/services", "team/onboarding"]), L


@T("rst_pem_literal", "rst", "rst", {"pem"})
def _(r, c):
    L = rst_h("Deploy key") + ["", "The %s uses this key to pull from the private mirror. Save it as ``%s``::" % (
        r.choice(["build agent", "docs runner", "jump host"]), r.choice(["~/.ssh/deploy_key", "/etc/ssl/private/docs.key", "certs/server.key"])), ""]
    L += pem_ind(c, "    ") + ["", "Then ``chmod 600`` the file.", ""]
    return "docs/source/%s.rst" % r.choice(["deploy", "ops/keys", "tls"]), L


@T("rst_django_settings", "rst", "rst", {"pw"})
def _(r, c):
    L = rst_h("Django settings") + ["", "Excerpt of ``settings/local.py`` used for the demo:", "", ".. code-block:: python", "",
                                    "   DATABASES = {", "       'default': {", "           'ENGINE': 'django.db.backends.postgresql',",
                                    "           'NAME': '%s'," % c.db, "           'USER': '%s'," % c.user, "           'PASSWORD': '%s'," % c.v,
                                    "           'HOST': '%s'," % c.host, "           'PORT': '%d'," % c.port, "       }", "   }", ""]
    return "docs/%s.rst" % r.choice(["install", "development", "settings"]), L


@T("py_doctest_docstring", "py", "python", {"tok", "pw"})
def _(r, c):
    mod = c.proj.replace("-", "_")
    L = ['"""%s client helpers.' % cls_name(c), "", "Example::", ""]
    L += ["    >>> " + x if i == 0 else "    ... " + x for i, x in enumerate(py_code(c))]
    L += ["    >>> client.ping()", "    True", '"""', "from __future__ import annotations", "", "import os", "", "",
          "def get_client():", '    """Return a configured client."""', "    raise NotImplementedError", ""]
    return "src/%s/__init__.py" % mod, L


# ---------------- Sphinx conf.py
@T("conf_linkcheck_auth", "py", "sphinx-conf", {"tok"}, "'")
def _(r, c):
    force(r, c, "ghp", "ghpat")
    L = ["# Configuration file for the Sphinx documentation builder.", "", "project = '%s'" % c.proj,
         "copyright = '%d, %s'" % (r.randint(2019, 2025), c.org), "extensions = [", "    'sphinx.ext.autodoc',", "    'sphinx.ext.intersphinx',", "]", "",
         "html_theme = '%s'" % r.choice(["furo", "sphinx_rtd_theme", "pydata_sphinx_theme"]), "",
         "# linkcheck needs auth for the private repos", "linkcheck_auth = [",
         "    (r'https://github\\.com/%s/.*', ('%s', '%s'))," % (c.org, r.choice(USERS), c.v), "]",
         "linkcheck_ignore = [r'http://localhost:\\d+/']", ""]
    return "docs/conf.py", L


@T("conf_confluence", "py", "sphinx-conf", {"tok", "pw"}, "'")
def _(r, c):
    force(r, c, "atlassian")
    L = ["import os", "import sys", "sys.path.insert(0, os.path.abspath('..'))", "", "project = '%s'" % c.proj,
         "extensions = ['sphinxcontrib.confluencebuilder']", "", "confluence_publish = True",
         "confluence_space_key = '%s'" % r.choice(["DOCS", "ENG", "OPS"]),
         "confluence_server_url = 'https://%s.atlassian.net/wiki/'" % c.org.replace("-", ""),
         "confluence_server_user = '%s@%s.com'" % (r.choice(USERS).replace("_", "."), c.org),
         "confluence_%s = '%s'" % ("api_token" if c.cls == "tok" else "server_pass", c.v),
         "confluence_parent_page = '%s'" % r.choice(["Engineering", "Documentation"]), ""]
    return "docs/conf.py", L


@T("conf_py_env", "py", "sphinx-conf", {"tok"}, "'")
def _(r, c):
    L = ["# -- Project information -----------------------------------------------------", "project = '%s'" % c.proj,
         "author = '%s'" % r.choice(["Platform Team", "J. Müller", "Ana Souza"]), "release = '%d.%d.%d'" % (r.randint(0, 4), r.randint(0, 20), r.randint(0, 9)), "",
         "# -- General configuration ---------------------------------------------------", "extensions = ['myst_parser', 'sphinx_copybutton']", "",
         "import os", "# needed by the api-reference generator (temporary!)", "os.environ.setdefault('%s', '%s')" % (c.env, c.v), "",
         "templates_path = ['_templates']", "exclude_patterns = ['_build']", ""]
    return "docs/source/conf.py", L


# ---------------- AsciiDoc
@T("adoc_attributes", "adocattr", "asciidoc", {"tok", "pw"}, "{}")
def _(r, c):
    L = ["= %s" % title(r, c), ":toc: left", ":source-highlighter: rouge"]
    for n, v in c.pairs:
        L.append(kv_line("adocattr", n, v))
    L += ["", intro(r, c.proj), "", "[source,bash,subs=attributes+]", "----"]
    for n, v in c.pairs:
        L.append("export %s={%s}" % (n, env2kebab(n)))
    L += ["----", ""]
    return "docs/modules/ROOT/pages/%s.adoc" % r.choice(["setup", "getting-started", "configuration"]), L


@T("adoc_source_bash", "adoc", "asciidoc", {"tok", "pw"})
def _(r, c):
    L = ["== %s" % title(r, c), "", intro(r, c.proj), "", ".Environment", "[source,%s]" % r.choice(["bash", "shell", "sh"]), "----"]
    L += kv(c, r.choice(["sh", "shq"])) + ["./gradlew bootRun", "----", "", "NOTE: the values above are for the shared sandbox.", ""]
    return "docs/modules/%s/pages/%s.adoc" % (r.choice(["ROOT", "dev", "ops"]), r.choice(["local-dev", "sandbox", "running"])), L


@T("adoc_spring_yaml", "adoc", "asciidoc", {"pw", "dsn"})
def _(r, c):
    L = ["= Configuration reference", "", "Example `application.yml`:", "", "[source,yaml]", "----", "spring:", "  datasource:"]
    if c.cls == "dsn":
        L += ["    url: jdbc:%s" % url_of(c, c.v).replace("postgresql://", "postgresql://").replace("mongodb+srv", "mongodb")]
    else:
        L += ["    url: jdbc:postgresql://%s:%d/%s" % (c.host, c.port, c.db), "    username: %s" % c.user, "    password: %s" % c.v]
    L += ["  jpa:", "    hibernate:", "      ddl-auto: validate", "----", ""]
    return "docs/modules/ROOT/pages/%s.adoc" % r.choice(["configuration", "reference/properties"]), L


@T("adoc_curl", "adoc", "asciidoc", {"api"})
def _(r, c):
    L = ["=== Authenticating", "", "All requests must carry the token.", "", "[source,shell]", "----"]
    L += curl(c) + ["----", "", "<1> Replace the project id as needed.", ""]
    return "docs/modules/api/pages/%s.adoc" % r.choice(["auth", "examples", "quickstart"]), L


@T("adoc_table", "adoc", "asciidoc", {"tok", "pw"}, "|")
def _(r, c):
    L = ["== Zugangsdaten (Testumgebung)" if r.random() < 0.3 else "== Test environment credentials", "", '[cols="1,2,3",options="header"]', "|===", "|System |Variable |Value", ""]
    for n, v in c.pairs:
        L += ["|%s" % cls_name(c), "|`%s`" % n, "|`%s`" % v, ""]
    L += ["|===", ""]
    return "docs/modules/ops/pages/%s.adoc" % r.choice(["environments", "test-accounts", "zugangsdaten"]), L


@T("adoc_properties", "adoc", "asciidoc", {"tok", "pw"})
def _(r, c):
    L = ["[[config]]", "== Configuring the client", "", "Put the following into `src/main/resources/application.properties`:", "",
         "[source,properties]", "----", "server.port=8080"] + kv(c, "props") + ["logging.level.root=INFO", "----", ""]
    return "docs/src/docs/asciidoc/%s.adoc" % r.choice(["index", "configuration", "guide"]), L


@T("adoc_pem", "adoc", "asciidoc", {"pem"})
def _(r, c):
    L = ["= TLS for the demo cluster", "", "The ingress uses the following key (demo only):", "", "[source,text]", "...."] + pem_ind(c, "") + ["....", ""]
    return "docs/modules/ops/pages/%s.adoc" % r.choice(["tls", "certificates", "demo-cluster"]), L


@T("antora_playbook", "yaml", "antora-playbook", {"tok"}, ":@/")
def _(r, c):
    force(r, c, "ghp", "ghpat", "glpat")
    host = "gitlab.com" if c.provider == "gitlab" else "github.com"
    user = "oauth2" if c.provider == "gitlab" else r.choice(USERS)
    L = ["site:", "  title: %s Docs" % cls_name(c), "  url: https://docs.%s.io" % c.proj, "  start_page: %s::index.adoc" % c.proj,
         "content:", "  sources:", "  - url: https://%s:%s@%s/%s/%s-docs.git" % (user, c.v, host, c.org, c.proj),
         "    branches: [main, v2.*]", "    start_path: docs", "ui:", "  bundle:",
         "    url: https://gitlab.com/antora/antora-ui-default/-/jobs/artifacts/HEAD/raw/build/ui-bundle.zip?job=bundle-stable", "    snapshot: true", ""]
    return "antora-playbook.yml", L


@T("antora_component", "yaml", "antora-component", {"tok"}, ":#")
def _(r, c):
    L = ["name: %s" % c.proj, "title: %s" % cls_name(c), "version: '%d.%d'" % (r.randint(1, 5), r.randint(0, 9)), "nav:", "- modules/ROOT/nav.adoc",
         "asciidoc:", "  attributes:", "    product-name: %s" % cls_name(c)]
    for n, v in c.pairs:
        L.append("    %s: %s" % (env2kebab(n), v))
    L += ["    page-pagination: ''", ""]
    return "docs/antora.yml", L


# ---------------- LaTeX
@T("latex_newcommand", "latex", "latex", {"tok", "pw"}, LATEXF + "-")
def _(r, c):
    L = ["\\documentclass[11pt]{article}", "\\usepackage[utf8]{inputenc}", "\\usepackage{listings}", "\\usepackage{hyperref}", "",
         "%% Zugangsdaten fuer die Demo" if r.random() < 0.3 else "% credentials for the live demo"]
    for n, v in c.pairs:
        L.append("\\newcommand{\\%s}{%s}" % (env2camel(n).replace("0", "").replace("1", ""), v))
    L += ["", "\\title{%s}" % r.choice(["Lab manual", "Workshop handout", "Integration guide"]), "\\begin{document}", "\\maketitle", "",
          "Export the key before starting the exercises:", "\\begin{lstlisting}[language=bash]", "export %s=..." % c.env, "\\end{lstlisting}", "",
          "\\end{document}", ""]
    return "%s/%s.tex" % (r.choice(["docs", "handout", "workshop"]), r.choice(["main", "handout", "manual"])), L


@T("latex_lstlisting", "latex", "latex", {"tok", "pw"})
def _(r, c):
    L = ["\\section{%s}" % r.choice(["Configuration", "Setup", "Konfiguration"]), "\\label{sec:config}", "",
         "Listing~\\ref{lst:client} shows the client setup used in the evaluation.", "",
         "\\begin{lstlisting}[language=Python, caption={Client setup}, label={lst:client}]"]
    L += py_code(c) + ["result = client.run()", "\\end{lstlisting}", ""]
    return "thesis/chapters/%s.tex" % r.choice(["implementation", "evaluation", "appendix"]), L


@T("beamer_verbatim_curl", "latex", "latex", {"api"})
def _(r, c):
    L = ["\\begin{frame}[fragile]{Calling the API}", "\\begin{verbatim}"] + curl(c, prompt="") + ["\\end{verbatim}",
                                                                                                   "\\pause", "\\alert{Result:} JSON with the created object.", "\\end{frame}", ""]
    L = ["\\documentclass{beamer}", "\\usetheme{%s}" % r.choice(["metropolis", "Madrid", "default"]), "\\title{%s in 10 minutes}" % cls_name(c), "\\begin{document}",
         "\\frame{\\titlepage}", ""] + L + ["\\end{document}", ""]
    return "talks/%s/slides.tex" % r.choice(["meetup-2024", "lightning", "devday"]), L


@T("latex_minted", "latex", "latex", {"tok", "pw"})
def _(r, c):
    L = ["\\subsection{Environment}", "", "\\begin{minted}{bash}"] + kv(c, "sh") + ["python -m %s.sync" % c.proj.replace("-", "_"), "\\end{minted}", ""]
    return "report/sections/%s.tex" % r.choice(["setup", "environment", "reproducibility"]), L


@T("latex_yaml_appendix", "latex", "latex", {"pw", "dsn", "tok"})
def _(r, c):
    L = ["\\appendix", "\\chapter{Deployment configuration}", "", "\\begin{lstlisting}[basicstyle=\\ttfamily\\small]", "service:", "  name: %s" % c.proj]
    if c.cls == "dsn":
        L += ["  database_url: %s" % url_of(c, c.v)]
    else:
        L += kv(c, "yaml", "  ")
    L += ["  replicas: 2", "\\end{lstlisting}", ""]
    return "thesis/appendix/%s.tex" % r.choice(["deployment", "config", "anhang"]), L


# ---------------- man pages / roff
@T("man_examples", "man", "man", {"tok", "api"}, "\\")
def _(r, c):
    tool = c.proj.split("-")[0] + "ctl"
    L = ['.TH %s 1 "%s %d" "%s %d.%d" "User Commands"' % (tool.upper(), r.choice(["March", "June", "October"]), r.randint(2019, 2025), tool, r.randint(0, 3), r.randint(0, 9)),
         ".SH NAME", "%s \\- command line client for %s" % (tool, cls_name(c)), ".SH SYNOPSIS", ".B %s" % tool, "[\\fIOPTIONS\\fR] \\fICOMMAND\\fR",
         ".SH OPTIONS", ".TP", ".BR \\-t \", \" \\-\\-token \" \" \\fITOKEN\\fR", "API token (default: \\fB$%s\\fR)." % c.env, ".SH EXAMPLES", ".nf", ".RS 4"]
    L += ["$ %s --token %s sync --all" % (tool, c.v)]
    L += [".RE", ".fi", ".SH SEE ALSO", ".BR curl (1)", ""]
    return "man/%s.1" % tool, L


@T("man_environment", "man", "man", {"tok", "pw"}, "\\")
def _(r, c):
    tool = c.proj.split("-")[0] + "d"
    L = ['.TH %s 8 "%d-%02d-%02d"' % (tool.upper(), r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28)), ".SH NAME", "%s \\- background sync daemon" % tool,
         ".SH ENVIRONMENT"]
    for n, v in c.pairs:
        L += [".TP", ".B %s" % n, "Value used by the daemon."]
    L += [".SH EXAMPLE", ".EX"] + ["%s=%s \\" % (n, v) for n, v in c.pairs] + ["  %s --foreground" % tool, ".EE", ""]
    return "man/man8/%s.8" % tool, L


@T("man5_conf", "man", "man", {"pw", "tok"}, "\\")
def _(r, c):
    tool = c.proj.split("-")[0]
    L = ['.TH %s.CONF 5 "%d" "%s" "File Formats"' % (tool.upper(), r.randint(2018, 2025), tool), ".SH NAME", "%s.conf \\- configuration file for %s" % (tool, tool),
         ".SH DESCRIPTION", "The file uses INI syntax.", ".SH EXAMPLE", ".PP", ".in +4n", ".nf", "[server]", "listen = 0.0.0.0:%d" % r.choice([8080, 9000, 7070]), "", "[%s]" % r.choice(["upstream", "auth", "backend"])]
    L += kv(c, "ini") + [".fi", ".in", ".SH FILES", "/etc/%s/%s.conf" % (tool, tool), ""]
    return "doc/%s.conf.5" % tool, L


@T("mdoc_example", "man", "man", {"dsn"}, "\\")
def _(r, c):
    tool = c.proj.split("-")[0] + "-migrate"
    L = [".Dd %s %d, %d" % (r.choice(["January", "May", "September"]), r.randint(1, 28), r.randint(2019, 2025)), ".Dt %s 1" % tool.upper(), ".Os", ".Sh NAME",
         ".Nm %s" % tool, ".Nd apply schema migrations", ".Sh EXAMPLES", "Migrate the reporting database:", ".Bd -literal -offset indent",
         "$ %s --url '%s' up" % (tool, url_of(c, c.v)), ".Ed", ".Sh AUTHORS", ".An %s" % r.choice(["Lena Hoffmann", "Tomás Ortega", "Priya Raman"]), ""]
    return "man/%s.1" % tool, L


# ---------------- Org-mode
@T("org_src_sh", "org", "org", {"tok", "pw"})
def _(r, c):
    L = ["#+TITLE: %s" % r.choice(["Infra notes", "Setup log", "Work journal", "Notizen"]), "#+AUTHOR: %s" % r.choice(["jmueller", "akira", "sofia"]), "",
         "* %s %s" % (r.choice(["TODO", "DONE", ""]), title(r, c)), intro(r, c.proj), "", "#+BEGIN_SRC sh :results silent"]
    L += kv(c, "sh") + ["make deploy ENV=staging", "#+END_SRC", "", "* Next", "- [ ] rotate keys after the demo", ""]
    return "notes/%s.org" % r.choice(["infra", "setup", "journal", "todo"]), L


@T("org_property_drawer", "org", "org", {"tok", "pw"}, ":")
def _(r, c):
    L = ["#+STARTUP: overview", "", "* Accounts", "** %s" % cls_name(c), ":PROPERTIES:", ":CREATED: [%d-%02d-%02d]" % (r.randint(2020, 2025), r.randint(1, 12), r.randint(1, 28))]
    L += kv(c, "orgprop") + [":END:", "Used by the nightly export job.", "", "** Misc", "- nothing yet", ""]
    return "%s.org" % r.choice(["accounts", "notes/services", "org/credentials"]), L


@T("org_babel_sql", "org", "org", {"pw"}, ":")
def _(r, c):
    eng = "mysql" if c.scheme == "mysql" else "postgresql"
    L = ["#+TITLE: Reporting queries", "", "* Active customers", "#+BEGIN_SRC sql :engine %s :dbhost %s :dbport %d :dbuser %s :dbpassword %s :database %s" % (
        eng, c.host, c.port, c.user, c.v, c.db), "SELECT count(*) FROM customers WHERE active;", "#+END_SRC", "", "#+RESULTS:", "| count |", "|-------|", "| %d |" % r.randint(100, 9000), ""]
    return "notes/%s.org" % r.choice(["queries", "reporting", "db"]), L


@T("org_property_header", "org", "org", {"pw"}, ":")
def _(r, c):
    L = ["#+TITLE: DB scratchpad", "#+PROPERTY: header-args:sql :engine postgresql :dbhost %s :dbuser %s :dbpassword %s :database %s" % (c.host, c.user, c.v, c.db), "",
         "* Slow queries", "#+BEGIN_SRC sql", "SELECT query, mean_exec_time FROM pg_stat_statements ORDER BY 2 DESC LIMIT 10;", "#+END_SRC", ""]
    return "db.org", L


@T("org_table", "org", "org", {"tok", "pw"}, "|")
def _(r, c):
    L = ["* Credentials (sandbox)", "| service | name | value |", "|---------+------+-------|"]
    for n, v in c.pairs:
        L.append("| %s | %s | %s |" % (c.provider, n, v))
    L += ["", "Last checked on <%d-%02d-%02d>." % (r.randint(2021, 2025), r.randint(1, 12), r.randint(1, 28)), ""]
    return "notes/%s.org" % r.choice(["sandbox", "services"]), L


@T("org_restclient", "org", "org", {"api"})
def _(r, c):
    style, url = c.api
    url = api_fill(c, url)
    if style == "query":
        hdr, url = None, url + "&key=" + c.v
    elif style == "bearer":
        hdr = "Authorization: Bearer " + c.v
    elif style == "token":
        hdr = "Authorization: token " + c.v
    elif style.startswith("hdr:"):
        hdr = style[4:] + ": " + c.v
    else:
        hdr = None
    if hdr is None and style != "query":
        L = ["* API check", "#+BEGIN_SRC sh"] + curl(c) + ["#+END_SRC", ""]
    else:
        L = ["* API check", "#+BEGIN_SRC restclient", "GET " + url] + ([hdr] if hdr else []) + ["#+END_SRC", ""]
    return "notes/%s.org" % r.choice(["api", "http", "scratch"]), L


# ---------------- DocBook XML
@T("docbook_programlisting", "docbook", "docbook", {"tok", "pw"}, XMLF)
def _(r, c):
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<section xmlns="http://docbook.org/ns/docbook" version="5.0" xml:id="%s-setup">' % c.proj,
         "  <title>%s</title>" % title(r, c), "  <para>%s</para>" % intro(r, c.proj), '  <programlisting language="bash">']
    L += kv(c, "sh") + ["</programlisting>", "</section>", ""]
    return "doc/%s.xml" % r.choice(["setup", "admin-guide/config", "install"]), L


@T("docbook_screen", "docbook", "docbook", {"api"}, XMLF)
def _(r, c):
    L = ['<?xml version="1.0"?>', '<!DOCTYPE chapter PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">',
         '<chapter id="api">', "<title>Using the REST API</title>", "<screen><prompt>$</prompt> <userinput>"]
    L += curl(c, prompt="", multi=False) + ["</userinput></screen>", "</chapter>", ""]
    return "doc/%s.xml" % r.choice(["api", "user-guide/rest"]), L


@T("docbook_varlist", "docbook", "docbook", {"tok", "pw"}, XMLF)
def _(r, c):
    L = ['<variablelist xmlns="http://docbook.org/ns/docbook">', "  <title>Environment</title>"]
    for n, v in c.pairs:
        L += ["  <varlistentry>", "    <term><envar>%s</envar></term>" % n, "    <listitem><para>Sandbox value: <literal>%s</literal></para></listitem>" % v, "  </varlistentry>"]
    L += ["</variablelist>", ""]
    return "doc/reference/%s.xml" % r.choice(["environment", "env-vars"]), L


# ---------------- Textile (Redmine)
@T("textile_bc", "textile", "textile", {"tok", "pw"})
def _(r, c):
    L = ["h1. %s" % title(r, c), "", intro(r, c.proj), "", "bc.. "] + kv(c, "sh") + ["bundle exec rake deploy", "", "p. Fragen an @%s@." % r.choice(USERS) if r.random() < 0.3 else "p. Ping %s with questions." % r.choice(USERS), ""]
    return "wiki/%s.textile" % r.choice(["Setup", "Deployment", "Staging_Server"]), L


@T("textile_table", "textile", "textile", {"tok", "pw"}, "|")
def _(r, c):
    L = ["h2. Zugänge" if r.random() < 0.3 else "h2. Accounts", "", "|_. Service |_. Key |_. Value |"]
    for n, v in c.pairs:
        L.append("| %s | @%s@ | @%s@ |" % (cls_name(c), n, v))
    L += ["", "_Stand: %d-%02d_" % (r.randint(2020, 2025), r.randint(1, 12)), ""]
    return "wiki/%s.textile" % r.choice(["Accounts", "Zugangsdaten", "Services"]), L


@T("textile_pre_curl", "textile", "textile", {"api"}, "<>&")
def _(r, c):
    L = ["h3. Smoke test", "", "<pre>"] + curl(c) + ["</pre>", "", "* expected: HTTP 200", ""]
    return "wiki/%s.textile" % r.choice(["Smoke_Test", "API_Notes"]), L


# ---------------- MediaWiki
@T("mediawiki_syntaxhighlight", "wiki", "mediawiki", {"tok", "pw"}, "<>")
def _(r, c):
    L = ["== %s ==" % title(r, c), intro(r, c.proj), "", '<syntaxhighlight lang="bash">'] + kv(c, "sh") + ["./bin/import --full", "</syntaxhighlight>", "",
                                                                                                          "[[Category:%s]]" % r.choice(["Runbooks", "Infrastructure", "Howto"]), ""]
    return "wiki/%s.wiki" % r.choice(["Runbook_Import", "Setup", "Staging"]), L


@T("mediawiki_table", "wiki", "mediawiki", {"tok", "pw"}, "|!")
def _(r, c):
    L = ["== Accounts ==", '{| class="wikitable sortable"', "! Service !! Variable !! Value"]
    for n, v in c.pairs:
        L += ["|-", "| %s || <code>%s</code> || <code>%s</code>" % (cls_name(c), n, v)]
    L += ["|}", ""]
    return "wiki/%s.mediawiki" % r.choice(["Accounts", "Services", "Credentials_Test"]), L


@T("mediawiki_pre", "wiki", "mediawiki", {"api", "dsn"}, "<>")
def _(r, c):
    L = ["=== Check ===", "<pre>"]
    if c.cls == "dsn":
        L += ["DATABASE_URL='%s' ./manage.py check --database default" % url_of(c, c.v)]
    else:
        L += curl(c)
    L += ["</pre>", ""]
    return "wiki/%s.wiki" % r.choice(["Checks", "Quick_Commands"]), L


# ---------------- doc comments in source files
@T("javadoc_code", "java", "java", {"tok", "pw"}, "@{}")
def _(r, c):
    C = cls_name(c)
    L = ["package com.%s.%s;" % (c.org.replace("-", ""), C.lower()), "", "/**", " * Thin wrapper around the %s API." % C, " *", " * <p>Example:", " * <pre>{@code"]
    L += [" * " + x for x in lang_code(c, "java")] + [" * }</pre>", " *", " * @since %d.%d" % (r.randint(1, 4), r.randint(0, 9)), " */",
                                                       "public final class %sGateway {" % C, "    private %sGateway() {}" % C, "}", ""]
    return "src/main/java/com/%s/%s/%sGateway.java" % (c.org.replace("-", ""), C.lower(), C), L


@T("doxygen_code", "cpp", "cpp", {"tok", "pw"}, "@\\")
def _(r, c):
    C = cls_name(c)
    L = ["#pragma once", "", "/**", " * @file %s_client.hpp" % C.lower(), " * @brief Minimal %s client." % C, " *", " * @code"]
    L += [" * " + x for x in lang_code(c, "cpp")] + [" * client.connect();", " * @endcode", " */", "", "namespace %s {" % C.lower(), "class Client;", "}", ""]
    return "include/%s/%s_client.hpp" % (c.proj.replace("-", "_"), C.lower()), L


@T("py_google_docstring", "py", "python", {"tok", "pw"})
def _(r, c):
    L = ["import os", "", "", "def connect(%s=None):" % ("api_key" if c.cls == "tok" else "password"), '    """Create a client.', "", "    Example:"]
    L += ["        " + x for x in py_code(c)] + ["", "    Returns:", "        A ready-to-use client.", '    """', "    ...", ""]
    return "src/%s/client.py" % c.proj.replace("-", "_"), L


@T("go_doc", "go", "go", {"tok", "pw"}, "`")
def _(r, c):
    pkg = cls_name(c).lower()
    L = ["// Package %s wraps the %s API." % (pkg, cls_name(c)), "//", "// Example:", "//"]
    L += ["//\t" + x for x in lang_code(c, "go")] + ["//\tif err := client.Ping(ctx); err != nil {", "//\t\tlog.Fatal(err)", "//\t}", "package %s" % pkg, ""]
    return "pkg/%s/doc.go" % pkg, L


@T("rustdoc", "rust", "rust", {"tok", "pw"})
def _(r, c):
    L = ["//! %s client." % cls_name(c), "//!", "//! # Examples", "//!", "//! ```no_run"]
    L += ["//! " + x for x in lang_code(c, "rust")] + ["//! ```", "", "pub mod client;", "pub mod error;", ""]
    return "src/lib.rs", L


@T("jsdoc_example", "js", "javascript", {"tok", "pw"}, "'")
def _(r, c):
    L = ["/**", " * Creates the shared client.", " *", " * @example"]
    L += [" * " + x for x in lang_code(c, "js")] + [" * await client.ping();", " * @returns {Promise<void>}", " */", "export async function init() {}", ""]
    return "src/%s.%s" % (r.choice(["client", "lib/api", "index"]), r.choice(["js", "ts"])), L


@T("csharp_xmldoc", "cs", "csharp", {"tok", "pw"}, "<>&")
def _(r, c):
    C = cls_name(c)
    L = ["namespace %s.Integrations;" % c.org.replace("-", "").capitalize(), "", "/// <summary>Wrapper for %s.</summary>" % C, "/// <example>", "/// <code>"]
    L += ["/// " + x for x in lang_code(c, "cs")] + ["/// </code>", "/// </example>", "public sealed class %sGateway" % C, "{", "}", ""]
    return "src/%s.Integrations/%sGateway.cs" % (c.org.replace("-", "").capitalize(), C), L


# ---------------- POD / RDoc / Texinfo
@T("pod_synopsis", "pod", "perl", {"tok", "pw"}, "'")
def _(r, c):
    C = cls_name(c)
    L = ["package WebService::%s;" % C, "use strict;", "use warnings;", "", "our $VERSION = '0.%02d';" % r.randint(1, 99), "", "1;", "__END__", "", "=head1 NAME", "",
         "WebService::%s - Perl interface to %s" % (C, C), "", "=head1 SYNOPSIS", "", "    use WebService::%s;" % C]
    L += ["    " + x for x in lang_code(c, "perl")] + ["    my $res = $client->get('/status');", "", "=head1 AUTHOR", "", "%s" % r.choice(["Ingrid Berg", "Kenji Sato", "Luca Bianchi"]), "", "=cut", ""]
    return "lib/WebService/%s.pm" % C, L


@T("pod_file", "pod", "pod", {"tok", "pw", "dsn"})
def _(r, c):
    L = ["=pod", "", "=head1 CONFIGURATION", "", "Copy the sample below to F<~/.%src>:" % c.proj.split("-")[0], ""]
    if c.cls == "dsn":
        L += ["    dsn = %s" % url_of(c, c.v)]
    else:
        L += kv(c, "ini", "    ")
    L += ["", "=head1 SEE ALSO", "", "L<DBI>", "", "=cut", ""]
    return "doc/%s.pod" % r.choice(["config", "manual", "admin"]), L


@T("rdoc_comment", "rb", "ruby", {"tok", "pw"}, "'")
def _(r, c):
    C = cls_name(c)
    L = ["# frozen_string_literal: true", "", "module %s" % C, "  # == Usage", "  #"]
    L += ["  #   " + x for x in lang_code(c, "ruby")] + ["  #   client.ping", "  #", "  class Client", "  end", "end", ""]
    return "lib/%s/client.rb" % C.lower(), L


@T("rdoc_readme", "rdoc", "rdoc", {"tok", "pw"})
def _(r, c):
    L = ["= %s" % cls_name(c), "", "== Setup", "", intro(r, c.proj), ""] + kv(c, "sh", "  ") + ["", "== License", "", "MIT", ""]
    return "README.rdoc", L


@T("texinfo_example", "texi", "texinfo", {"tok", "pw", "dsn"}, "@{}")
def _(r, c):
    L = ["\\input texinfo", "@setfilename %s.info" % c.proj, "@settitle %s Manual" % cls_name(c), "", "@node Configuration", "@chapter Configuration", "",
         "Set the following variables:", "", "@example"]
    if c.cls == "dsn":
        L += ["DATABASE_URL=%s" % url_of(c, c.v).replace("@", "@@")]
    else:
        L += kv(c, "sh")
    L += ["@end example", "", "@bye", ""]
    return "doc/%s.texi" % c.proj, L


# ---------------- HTML help pages
@T("html_pre_curl", "html", "html", {"api"}, XMLF)
def _(r, c):
    L = ["<!DOCTYPE html>", '<html lang="en">', "<head><meta charset=\"utf-8\"><title>%s API help</title></head>" % cls_name(c), "<body>",
         "<h1>Authentication</h1>", "<p>Send the token with every request:</p>", '<pre><code class="language-bash">']
    L += curl(c) + ["</code></pre>", "</body>", "</html>", ""]
    return "docs/help/%s.html" % r.choice(["api", "authentication", "index"]), L


@T("html_table", "html", "html", {"tok", "pw"}, XMLF)
def _(r, c):
    L = ["<html><body>", "<h2>Test accounts</h2>", "<table>", "<tr><th>Name</th><th>Value</th></tr>"]
    for n, v in c.pairs:
        L.append("<tr><td>%s</td><td><code>%s</code></td></tr>" % (n, v))
    L += ["</table>", "</body></html>", ""]
    return "site/help/%s.html" % r.choice(["accounts", "testing", "qa"]), L


@T("html_script", "html", "html", {"tok"}, XMLF)
def _(r, c):
    L = ["<!-- demo page for the help center -->", "<html>", "<head>", "<script>", "  const %s = '%s';" % (c.env, c.v), "  window.demoConfig = { key: %s };" % c.env,
         "</script>", "</head>", "<body><div id=\"app\"></div></body>", "</html>", ""]
    return "docs/_static/demo/%s.html" % r.choice(["index", "playground", "widget"]), L


# ---------------- static site / doc tool config
@T("mkdocs_committers", "yaml", "mkdocs", {"tok"}, ":#")
def _(r, c):
    force(r, c, "ghp", "ghpat")
    L = ["site_name: %s Documentation" % cls_name(c), "repo_url: https://github.com/%s/%s" % (c.org, c.proj), "theme:", "  name: material", "plugins:",
         "  - search", "  - git-committers:", "      repository: %s/%s" % (c.org, c.proj), "      branch: main", "      token: %s" % c.v, "nav:", "  - Home: index.md", ""]
    return "mkdocs.yml", L


@T("mkdocs_extra", "yaml", "mkdocs", {"tok", "pw"}, ":#")
def _(r, c):
    L = ["site_name: %s" % c.proj, "theme:", "  name: %s" % r.choice(["material", "readthedocs"]), "extra:"]
    L += kv(c, "yaml", "  ") + ["markdown_extensions:", "  - admonition", "  - pymdownx.superfences", ""]
    return "mkdocs.yml", L


@T("docusaurus_customfields", "js", "docusaurus", {"tok"}, "'")
def _(r, c):
    L = ["// @ts-check", "/** @type {import('@docusaurus/types').Config} */", "const config = {", "  title: '%s'," % cls_name(c), "  url: 'https://docs.%s.io'," % c.proj,
         "  baseUrl: '/',", "  customFields: {"]
    L += kv(c, "jsobj", "    ") + ["  },", "  presets: [['classic', {docs: {sidebarPath: './sidebars.js'}}]],", "};", "", "module.exports = config;", ""]
    return "docusaurus.config.js", L


@T("hugo_params", "toml", "hugo", {"tok", "pw"}, "\"")
def _(r, c):
    L = ['baseURL = "https://%s.io/"' % c.proj, 'languageCode = "en-us"', 'title = "%s"' % cls_name(c), 'theme = "%s"' % r.choice(["docsy", "hugo-book", "ananke"]), "",
         "[params]", '  description = "Docs"']
    L += kv(c, "toml", "  ") + ["", "[markup.goldmark.renderer]", "  unsafe = true", ""]
    return r.choice(["hugo.toml", "config.toml", "config/_default/hugo.toml"]), L


@T("jekyll_config", "yaml", "jekyll", {"tok", "pw"}, ":#")
def _(r, c):
    L = ["title: %s" % cls_name(c), "baseurl: \"/%s\"" % c.proj, "url: \"https://%s.github.io\"" % c.org, "markdown: kramdown", "theme: %s" % r.choice(["minima", "just-the-docs"])]
    L += kv(c, "yaml") + ["plugins:", "  - jekyll-feed", ""]
    return "_config.yml", L


@T("frontmatter_md", "md", "frontmatter", {"tok"}, ":#")
def _(r, c):
    L = ["---", "title: \"%s\"" % title(r, c), "date: %d-%02d-%02d" % (r.randint(2020, 2025), r.randint(1, 12), r.randint(1, 28)), "layout: page"]
    L += kv(c, "yaml") + ["---", "", "Intro text for the page goes here.", ""]
    return "content/docs/%s.md" % r.choice(["integration", "widgets", "demo"]), L


@T("hugo_frontmatter_toml", "md", "frontmatter", {"tok"}, "\"")
def _(r, c):
    L = ["+++", 'title = "%s"' % title(r, c), "draft = false", "weight = %d" % r.randint(1, 50)] + kv(c, "toml") + ["+++", "", "{{< demo >}}", ""]
    return "content/en/docs/%s.md" % r.choice(["playground", "examples"]), L


@T("quarto_params", "qmd", "quarto", {"tok", "pw"}, ":#")
def _(r, c):
    L = ["---", "title: \"%s\"" % r.choice(["Monthly report", "Data exploration", "Usage analysis"]), "format: html", "params:"]
    L += kv(c, "yaml", "  ") + ["---", "", "```{python}", "print('hello')", "```", ""]
    return "reports/%s.qmd" % r.choice(["monthly", "explore", "usage"]), L


@T("quarto_chunk", "qmd", "quarto", {"tok"})
def _(r, c):
    L = ["---", "title: \"Notebook\"", "jupyter: python3", "---", "", "## Setup", "", "```{python}", "import os", 'os.environ["%s"] = "%s"' % (c.env, c.v), "```", ""]
    return "analysis/%s.qmd" % r.choice(["setup", "llm-eval", "scratch"]), L


@T("rmarkdown_setenv", "rmd", "rmarkdown", {"tok"})
def _(r, c):
    L = ["---", "title: \"Analysis\"", "output: html_document", "---", "", "```{r setup, include=FALSE}", 'Sys.setenv(%s = "%s")' % (c.env, c.v), "library(httr2)", "```", ""]
    return "vignettes/%s.Rmd" % r.choice(["intro", "analysis", "getting-started"]), L


@T("ipynb_cell", "ipynb", "jupyter-book", {"tok"})
def _(r, c):
    src1 = ["import os\n", 'os.environ["%s"] = "%s"\n' % (c.env, c.v)]
    nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# %s\n" % title(r, c)]},
                    {"cell_type": "code", "execution_count": r.randint(1, 9), "metadata": {}, "outputs": [], "source": src1},
                    {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": ["client = make_client()"]}],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
    return "book/%s.ipynb" % r.choice(["intro", "chapter2", "tutorial"]), json.dumps(nb, indent=1).split("\n") + [""]


@T("jupyterbook_config", "yaml", "jupyter-book", {"tok"}, ":#")
def _(r, c):
    L = ["title: %s" % cls_name(c), "author: %s" % r.choice(["The Data Team", "Priya Raman"]), "execute:", "  execute_notebooks: force", "sphinx:", "  config:"]
    L += kv(c, "yaml", "    ") + ["    html_show_copyright: false", ""]
    return "book/_config.yml", L


# ================================================================ keys (real RSA / EC)
SMALLP = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def is_prime(n, r):
    for p in SMALLP:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(4):
        a = r.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def gen_prime(r, bits):
    while True:
        n = r.getrandbits(bits) | (3 << (bits - 2)) | 1
        if is_prime(n, r):
            return n


def der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int(x):
    b = x.to_bytes((x.bit_length() + 8) // 8 or 1, "big")
    return der(0x02, b)


def rsa_key(r):
    e = 65537
    while True:
        p, q = gen_prime(r, 1024), gen_prime(r, 1024)
        phi = (p - 1) * (q - 1)
        if p != q and phi % e:
            break
    n = p * q
    d = pow(e, -1, phi)
    pk1 = der(0x30, b"".join(der_int(x) for x in (0, n, e, d, p, q, d % (p - 1), d % (q - 1), pow(q, -1, p))))
    return n, e, pk1


RSA_OID = der(0x30, bytes.fromhex("06092a864886f70d010101") + b"\x05\x00")
P256 = dict(p=2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1, a=-3,
            n=0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551,
            G=(0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
               0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5))


def ec_add(P, Q):
    p = P256["p"]
    if P is None:
        return Q
    if Q is None:
        return P
    if P[0] == Q[0] and (P[1] + Q[1]) % p == 0:
        return None
    if P == Q:
        l = (3 * P[0] * P[0] + P256["a"]) * pow(2 * P[1], -1, p) % p
    else:
        l = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, p) % p
    x = (l * l - P[0] - Q[0]) % p
    return (x, (l * (P[0] - x) - P[1]) % p)


def ec_mul(k, P):
    R = None
    while k:
        if k & 1:
            R = ec_add(R, P)
        P = ec_add(P, P)
        k >>= 1
    return R


def ec_key(r, pkcs8):
    d = r.randrange(1, P256["n"])
    X, Y = ec_mul(d, P256["G"])
    pub = b"\x04" + X.to_bytes(32, "big") + Y.to_bytes(32, "big")
    oid = bytes.fromhex("06082a8648ce3d030107")
    if pkcs8:
        inner = der(0x30, der_int(1) + der(0x04, d.to_bytes(32, "big")) + der(0xA1, der(0x03, b"\x00" + pub)))
        body = der(0x30, der_int(0) + der(0x30, bytes.fromhex("06072a8648ce3d0201") + oid) + der(0x04, inner))
        return "PRIVATE KEY", body
    body = der(0x30, der_int(1) + der(0x04, d.to_bytes(32, "big")) + der(0xA0, oid) + der(0xA1, der(0x03, b"\x00" + pub)))
    return "EC PRIVATE KEY", body


def pem(label, body):
    b = base64.b64encode(body).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label), lines[0]


def make_pem(r):
    x = r.random()
    if x < 0.35:
        n, e, k = rsa_key(r)
        return ("RSA PRIVATE KEY",) + pem("RSA PRIVATE KEY", k)
    if x < 0.5:
        n, e, k = rsa_key(r)
        body = der(0x30, der_int(0) + RSA_OID + der(0x04, k))
        return ("PRIVATE KEY",) + pem("PRIVATE KEY", body)
    lab, body = ec_key(r, x < 0.7)
    return (lab,) + pem(lab, body)


def rsa_public_pem(r):
    # public key only: a 2048-bit odd modulus (no private half exists)
    n = r.getrandbits(2048) | (1 << 2047) | 1
    spki = der(0x30, RSA_OID + der(0x03, b"\x00" + der(0x30, der_int(n) + der_int(65537))))
    return pem("PUBLIC KEY", spki)[0]


def fake_cert_pem(r):
    body = der(0x30, der(0x30, bytes.fromhex("a003020102") + der_int(r.getrandbits(120)) + r.randbytes(700)) + r.randbytes(270))
    return pem("CERTIFICATE", body)[0]


def ssh_ed25519_pub(r):
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + r.randbytes(32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


# ================================================================ look-alike negative templates
LA = []


def LT(name, markup, ft, kind):
    def d(f):
        LA.append(dict(name=name, markup=markup, ft=ft, kind=kind, f=f))
        return f
    return d


def sha(r, n=64):
    return rs(r, HEX, n)


def ver(r):
    return "%d.%d.%d" % (r.randint(0, 5), r.randint(0, 30), r.randint(0, 15))


def b64d(r, n):
    return base64.b64encode(r.randbytes(n)).decode()


@LT("rst_changelog_shas", "rst", "rst", "commit_sha")
def _(r):
    L = rst_h("Changelog")
    for _ in range(r.randint(3, 6)):
        v = ver(r)
        L += ["", v, "-" * len(v), ""]
        for _ in range(r.randint(2, 4)):
            L.append("* %s (`%s <https://github.com/%s/%s/commit/%s>`_)" % (
                r.choice(["Fix crash when config is empty", "Add --dry-run flag", "Bump dependencies", "Improve error messages", "Drop Python 3.8"]),
                sha(r, 7), r.choice(ORGS), r.choice(PROJECTS), sha(r, 40)))
    return "CHANGES.rst", L + [""]


@LT("adoc_release_notes", "adoc", "asciidoc", "commit_sha")
def _(r):
    L = ["= Release notes", ""]
    for _ in range(r.randint(2, 4)):
        L += ["== %s" % ver(r), ""]
        for _ in range(r.randint(2, 4)):
            L.append("* %s (commit:%s[], #%d)" % (r.choice(["Upgrade Antora UI", "Fix nav ordering", "New attribute `page-toclevels`"]), sha(r, 40), r.randint(10, 900)))
        L.append("")
    return "docs/modules/ROOT/pages/release-notes.adoc", L


@LT("rst_checksums", "rst", "rst", "checksum")
def _(r):
    v = ver(r)
    L = rst_h("Download") + ["", "Verify the archive before installing:", "", ".. code-block:: text", ""]
    for plat in ["linux-amd64", "linux-arm64", "darwin-arm64", "windows-amd64"]:
        L.append("   %s  tool-%s-%s.tar.gz" % (sha(r), v, plat))
    L += ["", ".. code-block:: console", "", "   $ sha256sum -c SHA256SUMS", ""]
    return "docs/source/install.rst", L


@LT("docusaurus_algolia", "js", "docusaurus", "algolia_search_key")
def _(r):
    L = ["const config = {", "  title: '%s'," % r.choice(PROJECTS), "  themeConfig: {", "    algolia: {", "      appId: '%s'," % rs(r, UPDIG, 10),
         "      // Public API key: it is safe to commit it", "      apiKey: '%s'," % sha(r, 32), "      indexName: '%s'," % r.choice(PROJECTS),
         "      contextualSearch: true,", "    },", "  },", "  presets: [['classic', { gtag: { trackingID: 'G-%s' } }]]," % rs(r, UPDIG, 10), "};", "module.exports = config;", ""]
    return "docusaurus.config.js", L


@LT("mkdocs_analytics", "yaml", "mkdocs", "analytics_id")
def _(r):
    L = ["site_name: %s" % r.choice(PROJECTS), "theme:", "  name: material", "extra:", "  analytics:", "    provider: google", "    property: G-%s" % rs(r, UPDIG, 10),
         "  version:", "    provider: mike", "plugins:", "  - search", "  - minify:", "      minify_html: true", ""]
    return "mkdocs.yml", L


@LT("conf_py_docsearch", "py", "sphinx-conf", "algolia_search_key")
def _(r):
    L = ["project = '%s'" % r.choice(PROJECTS), "extensions = ['sphinx_docsearch', 'sphinx.ext.intersphinx']", "",
         "# DocSearch credentials are public (search-only)", "docsearch_app_id = '%s'" % rs(r, UPDIG, 10), "docsearch_api_key = '%s'" % sha(r, 32),
         "docsearch_index_name = '%s'" % r.choice(PROJECTS), "", "html_theme_options = {", "    'analytics_id': 'G-%s'," % rs(r, UPDIG, 10), "}",
         "intersphinx_mapping = {'python': ('https://docs.python.org/3', None)}", ""]
    return "docs/conf.py", L


@LT("hugo_algolia", "toml", "hugo", "algolia_search_key")
def _(r):
    L = ['baseURL = "https://%s.dev/"' % r.choice(PROJECTS), 'googleAnalytics = "G-%s"' % rs(r, UPDIG, 10), "", "[params.algolia]", '  appId = "%s"' % rs(r, UPDIG, 10),
         '  searchOnlyKey = "%s"' % sha(r, 32), '  indexName = "docs"', "", "[params]", '  version = "%s"' % ver(r), ""]
    return "hugo.toml", L


@LT("jekyll_verification", "yaml", "jekyll", "site_verification")
def _(r):
    L = ["title: %s" % r.choice(PROJECTS), "google_site_verification: %s" % rs(r, B64U, 43), "google_analytics: UA-%d-%d" % (r.randint(1000000, 99999999), r.randint(1, 5)),
         "algolia:", "  application_id: %s" % rs(r, UPDIG, 10), "  index_name: docs", "  search_only_api_key: %s" % sha(r, 32), "theme: just-the-docs", ""]
    return "_config.yml", L


@LT("latex_dois", "latex", "latex", "doi")
def _(r):
    L = []
    for i in range(r.randint(3, 6)):
        L += ["@article{ref%d," % i, "  title = {%s}," % r.choice(["Deep learning for documents", "On hashing", "A survey of static analysis"]),
              "  doi = {10.%d/%s.%d.%d}," % (r.randint(1000, 9999), r.choice(["j.cose", "s10664", "tse"]), r.randint(2015, 2025), r.randint(1000, 99999)),
              "  eprint = {%d%02d.%05d}," % (r.randint(15, 25), r.randint(1, 12), r.randint(1, 29999)), "  note = {ORCID 0000-000%d-%04d-%04d}" % (r.randint(1, 3), r.randint(0, 9999), r.randint(0, 9999)), "}", ""]
    return "thesis/references.bib", L


@LT("man_gpg", "man", "man", "gpg_fingerprint")
def _(r):
    fp = rs(r, "0123456789ABCDEF", 40)
    L = ['.TH VERIFY-RELEASE 1', ".SH DESCRIPTION", "Releases are signed with key", ".B %s" % " ".join(fp[i:i + 4] for i in range(0, 40, 4)), ".SH EXAMPLE", ".nf",
         "gpg --recv-keys %s" % fp, "sha256sum -c tool-%s.sha256" % ver(r), "# %s" % sha(r), ".fi", ""]
    return "man/verify-release.1", L


@LT("rst_ssh_pub", "rst", "rst", "ssh_public_key")
def _(r):
    L = rst_h("Access") + ["", "Add the team deploy *public* key to ``authorized_keys``:", "", ".. code-block:: text", "",
                           "   %s deploy@%s" % (ssh_ed25519_pub(r), r.choice(ORGS)), "", "Host key fingerprints:", "",
                           "* ``SHA256:%s`` (ED25519)" % b64d(r, 32).rstrip("="), "* ``SHA256:%s`` (RSA)" % b64d(r, 32).rstrip("="), ""]
    return "docs/ops/access.rst", L


@LT("adoc_pgp_pub", "adoc", "asciidoc", "pgp_public_key")
def _(r):
    body = b64d(r, 600)
    L = ["== Verifying signatures", "", "Import our release key:", "", "[source]", "----", "-----BEGIN PGP PUBLIC KEY BLOCK-----", ""] + \
        [body[i:i + 64] for i in range(0, len(body), 64)] + ["=%s" % b64d(r, 3), "-----END PGP PUBLIC KEY BLOCK-----", "----", ""]
    return "docs/modules/ROOT/pages/verify.adoc", L


@LT("docbook_sha512", "docbook", "docbook", "checksum")
def _(r):
    L = ['<?xml version="1.0"?>', '<table xmlns="http://docbook.org/ns/docbook"><title>Release artifacts</title><tgroup cols="2"><tbody>']
    for f in ["src.tar.xz", "win64.zip", "macos.dmg"]:
        L.append("<row><entry><filename>%s-%s</filename></entry><entry><literal>%s</literal></entry></row>" % (r.choice(PROJECTS), f, sha(r, 128)))
    L += ["</tbody></tgroup></table>", ""]
    return "doc/artifacts.xml", L


@LT("html_sri", "html", "html", "sri_hash")
def _(r):
    L = ["<!DOCTYPE html>", "<html><head>", '<meta http-equiv="Content-Security-Policy" content="script-src \'sha256-%s\'">' % b64d(r, 32)]
    for lib in ["bootstrap.min.css", "jquery.min.js", "highlight.min.js"]:
        L.append('<link href="https://cdn.jsdelivr.net/npm/%s@%s/dist/%s" integrity="sha384-%s" crossorigin="anonymous">' % (lib.split(".")[0], ver(r), lib, b64d(r, 48)))
    L += ["</head><body><h1>Help</h1></body></html>", ""]
    return "docs/help/index.html", L


@LT("org_uuids_digests", "org", "org", "uuid_digest")
def _(r):
    L = ["* Images in prod", "| service | digest |", "|---+---|"]
    for s in r.sample(PROJECTS, 3):
        L.append("| %s | sha256:%s |" % (s, sha(r)))
    L += ["", "* Entities", ":PROPERTIES:", ":ID: %s" % uuid4(r), ":END:", "Tenant id %s" % uuid4(r), ""]
    return "notes/prod-images.org", L


@LT("texi_versions", "texi", "texinfo", "checksum")
def _(r):
    L = ["@node Installation", "@chapter Installation", "", "@example", "$ wget https://ftp.example.org/pub/tool-%s.tar.gz" % ver(r), "$ md5sum tool-*.tar.gz",
         "%s  tool.tar.gz" % sha(r, 32), "$ sha1sum tool-*.tar.gz", "%s  tool.tar.gz" % sha(r, 40), "@end example", ""]
    return "doc/install.texi", L


@LT("textile_builds", "textile", "textile", "build_id")
def _(r):
    L = ["h2. Builds", "", "|_. Build |_. Commit |_. Artifact id |"]
    for _ in range(4):
        L.append("| #%d | @%s@ | %s |" % (r.randint(100, 9999), sha(r, 12), uuid4(r)))
    return "wiki/Builds.textile", L + [""]


@LT("mediawiki_cert", "wiki", "mediawiki", "certificate")
def _(r):
    L = ["== Root CA ==", "Install this CA certificate on clients:", "<pre>"] + fake_cert_pem(r).split("\n") + ["</pre>", ""]
    return "wiki/Internal_CA.wiki", L


@LT("javadoc_hash", "java", "java", "hash_example")
def _(r):
    w = r.choice(["hello", "admin", "readme", "payload"])
    h = hashlib.sha256(w.encode()).hexdigest()
    L = ["/**", " * Computes a hex digest.", " * <pre>{@code", ' * Digests.sha256("%s"); // returns "%s"' % (w, h), " * }</pre>", " */", "public final class Digests {", "}", ""]
    return "src/main/java/com/acme/util/Digests.java", L


@LT("py_doctest_hash", "py", "python", "hash_example")
def _(r):
    w = r.choice(["abc", "hello world", "docs"])
    L = ['"""Hash helpers.', "", ">>> fingerprint(b'%s')" % w, "'%s'" % hashlib.sha1(w.encode()).hexdigest(), ">>> b64(b'%s')" % w,
         "'%s'" % base64.b64encode(w.encode()).decode(), '"""', "", "def fingerprint(data):", "    ...", ""]
    return "src/%s/hashing.py" % r.choice(PROJECTS).replace("-", "_"), L


@LT("ipynb_outputs", "ipynb", "jupyter-book", "uuid_digest")
def _(r):
    nb = {"cells": [{"cell_type": "code", "execution_count": 3, "metadata": {}, "source": ["df['row_id'].head(3)"],
                     "outputs": [{"output_type": "execute_result", "execution_count": 3, "metadata": {},
                                  "data": {"text/plain": ["0    %s\n" % uuid4(r), "1    %s\n" % uuid4(r), "2    %s" % sha(r, 40)]}}]}],
          "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}, "nbformat": 4, "nbformat_minor": 5}
    return "book/data.ipynb", json.dumps(nb, indent=1).split("\n") + [""]


@LT("antora_versions", "yaml", "antora-component", "version")
def _(r):
    L = ["name: %s" % r.choice(PROJECTS), "version: '%s'" % ver(r), "asciidoc:", "  attributes:", "    release-version: %s" % ver(r),
         "    build-sha: %s" % sha(r, 40), "    page-uuid: %s" % uuid4(r), "nav:", "- modules/ROOT/nav.adoc", ""]
    return "docs/antora.yml", L


@LT("pod_checksum", "pod", "perl", "checksum")
def _(r):
    L = ["=head1 VERIFY", "", "    $ shasum -a 256 Foo-Bar-%s.tar.gz" % ver(r), "    %s  Foo-Bar.tar.gz" % sha(r), "", "=cut", ""]
    return "lib/Foo/Bar/Manual.pod", L


@LT("rst_jwks", "rst", "rst", "public_key")
def _(r):
    L = rst_h("Verifying tokens") + ["", "Our public JWKS (``/.well-known/jwks.json``):", "", ".. code-block:: json", "", "   {\"keys\": [{",
                                     '     "kty": "RSA", "use": "sig", "alg": "RS256",', '     "kid": "%s",' % sha(r, 16),
                                     '     "n": "%s",' % base64.urlsafe_b64encode(r.randbytes(256)).decode().rstrip("="), '     "e": "AQAB"', "   }]}", ""]
    return "docs/auth/jwks.rst", L


@LT("rst_vault", "rst", "rst", "ciphertext")
def _(r):
    blob = rs(r, HEX, 640)
    L = rst_h("Encrypted variables") + ["", "``group_vars/prod/vault.yml`` is encrypted with ansible-vault:", "", ".. code-block:: text", "",
                                        "   $ANSIBLE_VAULT;1.1;AES256"] + ["   " + blob[i:i + 80] for i in range(0, len(blob), 80)] + [""]
    return "docs/ops/secrets.rst", L


@LT("adoc_sops", "adoc", "asciidoc", "ciphertext")
def _(r):
    L = ["== SOPS", "", "[source,yaml]", "----", "db_password: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64d(r, 18), b64d(r, 32), b64d(r, 16)),
         "sops:", "  kms:", "  - arn: arn:aws:kms:eu-central-1:%s:key/%s" % (digits(r, 12), uuid4(r)), "  lastmodified: '%d-0%d-1%dT10:00:00Z'" % (r.randint(2021, 2025), r.randint(1, 9), r.randint(0, 9)),
         "  mac: ENC[AES256_GCM,data:%s,type:str]" % b64d(r, 32), "  version: 3.8.1", "----", ""]
    return "docs/modules/ops/pages/sops.adoc", L


@LT("html_datauri", "html", "html", "encoded_data")
def _(r):
    L = ["<html><body>", "<p>Click the icon:</p>", '<img alt="icon" src="data:image/png;base64,%s">' % b64d(r, 300), "</body></html>", ""]
    return "docs/help/icons.html", L


@LT("quarto_renv", "qmd", "quarto", "checksum")
def _(r):
    L = ["---", "title: Reproducibility", "doi: 10.5281/zenodo.%d" % r.randint(1000000, 9999999), "---", "", "Package hashes from `renv.lock`:", "", "```"]
    for p in ["dplyr", "ggplot2", "httr2"]:
        L.append('"%s": {"Version": "%s", "Hash": "%s"}' % (p, ver(r), sha(r, 32)))
    return "paper/repro.qmd", L + ["```", ""]


@LT("rdoc_versions", "rdoc", "rdoc", "version")
def _(r):
    L = ["= CHANGELOG", ""]
    for _ in range(3):
        L += ["== %s / %d-%02d-%02d" % (ver(r), r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28)), "", "* Merged #%d (%s)" % (r.randint(10, 500), sha(r, 10)), ""]
    return "History.rdoc", L


@LT("conf_py_pubkey", "py", "sphinx-conf", "public_key")
def _(r):
    L = ["project = 'keys'", "# public signing key shown on the 'Verify downloads' page", "rst_epilog = '''", ".. |signing_key| replace:: ``%s``" % ssh_ed25519_pub(r), "'''",
         "html_context = {'release_sha256': '%s'}" % sha(r), ""]
    return "docs/conf.py", L


@LT("latex_pubkey", "latex", "latex", "public_key")
def _(r):
    L = ["\\section*{Public key}", "\\begin{verbatim}"] + rsa_public_pem(r).split("\n") + ["\\end{verbatim}", ""]
    return "paper/appendix-key.tex", L


# ================================================================ slots and placeholders
BAD = set(" \t\n\"'\\`")

GEN_PH = ["<API_KEY>", "<your-token>", "YOUR_API_KEY", "your-api-key-here", "xxxxxxxxxxxxxxxxxxxxxxxx", "XXXXXXXX", "changeme",
          "****", "********", "[REDACTED]", "<redacted>", "REPLACE_ME", "TODO", "...", "", "VOTRE_CLE_API", "DEIN_TOKEN_HIER",
          "TU_CLAVE_API", "<ваш-токен>", "あなたのAPIキー", "SUA_CHAVE_API", "insert-key-here", "<%s>"]
PW_PH = ["<password>", "PASSWORD", "changeme", "your-password", "****", "********", "[REDACTED]", "<db-password>", "secret", "",
         "MOT_DE_PASSE", "PASSWORT", "contraseña", "パスワード", "postgres", "example", "<%s>"]
MARKUP_PH = {
    "rst": ["<{E}>", "|{s}|", "YOUR_{E}"],
    "adoc": ["{{{k}}}"],
    "adocattr": ["", "<{k}>", "<{k}>"],
    "latex": ["\\textit{{your-{k}}}", "\\emph{{{s}}}"],
    "man": ["\\fI{E}\\fR", "\\fIyour-token\\fP"],
    "org": ["<{k}>", "<<{k}>>"],
    "docbook": ["<replaceable>{E}</replaceable>", "&lt;{k}&gt;"],
    "textile": ["*YOUR_TOKEN*", "_{E}_"],
    "wiki": ["''{E}''", "{{{{{{{s}}}}}}}"],
    "texi": ["@var{{{k}}}"],
    "pod": ["I<{k}>", "E<lt>{E}E<gt>"],
    "html": ["&lt;{E}&gt;", "<var>{E}</var>", "<em>your-token</em>"],
    "yaml": ["${{{{ secrets.{E} }}}}", "{{{{ env.{E} }}}}"],
    "py": ["<{k}>"],
}
ENV_PH = ["${E}", "$E", "%{E}%", "${{{{ secrets.{E} }}}}"]


def fmt_ph(s, E):
    return s.replace("{E}", E).replace("{s}", env2snake(E)).replace("{k}", env2kebab(E)).replace("{{", "{").replace("}}", "}")


def choose_provider(r, api):
    pool = [p for p in PROVIDERS if (not api or p["api"])]
    return r.choices(pool, weights=[p["w"] for p in pool])[0]


CLS_W = {"tok": 3, "api": 3, "pw": 1, "dsn": 1.5, "pem": 1}


PW_W = {"postgresql": 4, "mysql": 3, "mongodb": 2, "redis": 1.5, "amqp": 1, "smtp": 1.5, "ldap": 1, "mssql": 1}


def pick_cls(r, acc):
    a = sorted(acc)
    return r.choices(a, weights=[CLS_W[x] for x in a])[0]


def make_slot(r, tpl, cls, pos):
    c = Slot()
    c.cls = cls
    c.proj, c.org = r.choice(PROJECTS), r.choice(ORGS)
    forbid = set(tpl["forbid"]) | BAD
    if cls in ("tok", "api"):
        for _ in range(60):
            p = choose_provider(r, cls == "api")
            v = p["gen"](r)
            if not (set(v) & forbid):
                break
        else:
            return None
        c.p, c.pid, c.provider, c.kind, c.env, c.label, c.api = p, p["id"], p["provider"], p["kind"], p["env"], p["label"], p["api"]
        c.comps = p["comp"](r)
        if any(set(x[1]) & forbid for x in c.comps):
            return None
        c.v = v
    elif cls in ("pw", "dsn"):
        kinds = [k for k in PW_KINDS if cls == "pw" or k[0] in ("postgresql", "mysql", "mongodb", "redis", "amqp", "smtp")]
        scheme, ue, pe, port, label, prov = r.choices(kinds, weights=[PW_W.get(k[0], 1) for k in kinds])[0]
        c.scheme, c.port, c.env, c.label, c.provider, c.pid = scheme, port, pe, label, prov, prov
        c.kind = "dsn_password" if cls == "dsn" else "password"
        c.user = r.choice(USERS) if scheme != "ldap" else "cn=%s,ou=services,dc=%s,dc=com" % (r.choice(["svc-docs", "binduser", "wiki"]), r.choice(ORGS).replace("-", ""))
        c.host = host_for(r, scheme)
        c.db = r.choice(DBNAMES)
        c.api = None
        f = forbid | (set("@:/?#%[]&;=+") if cls == "dsn" else set())
        if scheme == "ldap" and (set(",=") & forbid or ":" in forbid or "|" in forbid):
            return None
        c.comps = [(ue, c.user), (pe.replace("PASSWORD", "HOST").replace("PASS", "HOST") if "PASS" in pe else "DB_HOST", c.host)]
        if any(set(x[1]) & forbid for x in c.comps):
            return None
        c.v = g_password(r, "".join(f))
        if set(c.v) & f:
            return None
    elif cls == "pem":
        c.provider, c.pid, c.env, c.label, c.comps, c.api = "private_key", "pem", "PRIVATE_KEY", "private key", [], None
        lab, c.pem, c.v = make_pem(r) if pos else ("RSA PRIVATE KEY", "", "")
        c.kind = lab.lower().replace(" ", "_")
    c.pos = pos
    if not pos and not neg_fill(r, c, tpl):
        return None
    if cls in ("tok", "api", "pw"):
        c.pairs = list(c.comps)
        c.pairs.insert(r.randint(0, len(c.pairs)), (c.env, c.v))
    else:
        c.pairs = [(c.env, c.v)]
    return c


def neg_fill(r, c, tpl):
    """Replace the secret slot with a non-secret value. Sets c.negkind."""
    forbid = set(tpl["forbid"]) | set("\"'\\`")
    E = c.env
    if c.cls == "pem":
        opt = r.random()
        if opt < 0.4:
            c.pem, c.negkind = rsa_public_pem(r), "public_key"
        elif opt < 0.6:
            c.pem, c.negkind = "-----BEGIN RSA PRIVATE KEY-----\n<paste the key from the vault here>\n-----END RSA PRIVATE KEY-----", "placeholder"
        elif opt < 0.8:
            c.pem, c.negkind = fake_cert_pem(r), "certificate"
        else:
            c.pem, c.negkind = "-----BEGIN OPENSSH PRIVATE KEY-----\n...\n(redacted)\n...\n-----END OPENSSH PRIVATE KEY-----", "redacted"
        return True
    cats = ["generic", "generic", "markup", "env", "redacted"]
    p = getattr(c, "p", None)
    if p and p.get("example"):
        cats += ["example", "example"]
    if p and p.get("public"):
        cats += ["public", "public"]
    for _ in range(40):
        cat = r.choice(cats)
        if cat == "generic":
            v = r.choice(PW_PH if c.cls in ("pw", "dsn") else GEN_PH)
            if "%s" in v:
                v = v % env2kebab(E)
        elif cat == "markup":
            lst = MARKUP_PH.get(tpl["markup"], ["<{k}>"])
            v = fmt_ph(r.choice(lst), E)
            if not set(v) & forbid or tpl["markup"] in ("latex", "man", "texi", "adoc", "wiki", "pod"):
                if not (set(v) & set("\"'")):
                    c.v, c.negkind = v, "placeholder_markup"
                    break
            continue
        elif cat == "env":
            v = fmt_ph(r.choice(ENV_PH), E)
        elif cat == "redacted":
            pfx = p["pfx"] if p else ""
            if pfx.startswith("https://"):
                v = pfx + "****"
            elif pfx:
                v = r.choice([pfx + "...", pfx + "*" * r.randint(8, 20), pfx + "..." + rs(r, LOW + DIG, 4), pfx + "XXXXXXXXXXXXXXXX"])
            else:
                v = r.choice(["****" + rs(r, DIG, 4), "••••••••", "*" * r.randint(8, 24)])
        elif cat == "example":
            v = p["example"]
            if c.pid == "aws":
                c.comps = [("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")]
        else:
            if c.api and (c.api[0] == "basic_comp" or "{comp}" in c.api[1]):
                continue
            E2, lab, gen = p["public"]
            v = gen(r)
            c.env, c.label, c.comps = E2, lab, [x for x in c.comps if x[0] != E2]
            if c.pid == "aws":
                c.comps = []
        if set(v) & forbid or (c.cls == "dsn" and set(v) & set("@/:?#")):
            continue
        c.v, c.negkind = v, cat
        break
    else:
        return False
    if c.pid == "aws" and c.comps and c.comps[0][1].startswith("AKIA") and c.comps[0][1] != "AKIAIOSFODNN7EXAMPLE":
        c.comps = [("AWS_ACCESS_KEY_ID", r.choice(["AKIAIOSFODNN7EXAMPLE", "<access-key-id>", "YOUR_ACCESS_KEY_ID"]))]
        if set(c.comps[0][1]) & forbid:
            c.comps = [("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")]
    return True


# ================================================================ main
ENV_NAMES = (".env", ".env.local", ".env.production", ".env.development", ".env.staging", ".env.test")


def line_of(text, needle):
    i = text.index(needle)
    return text.count("\n", 0, i) + 1


def build(r):
    pos, neg = [], []
    # positives: cycle through templates so every template is used, then random
    order = []
    while len(order) < 500:
        block = list(range(len(TEMPLATES)))
        r.shuffle(block)
        order += block
    order = order[:500]
    seen = set()
    for ti in order:
        tpl = TEMPLATES[ti]
        for _ in range(200):
            t2 = tpl if _ < 100 else r.choice(TEMPLATES)
            c = make_slot(r, t2, pick_cls(r, t2["acc"]), True)
            if c is None:
                continue
            path, L = t2["f"](r, c)
            text = "\n".join(L)
            if c.v in seen or len(c.v) < 8 or c.v not in text:
                continue
            seen.add(c.v)
            pos.append(dict(path=path, text=text, needle=c.v, line=line_of(text, c.v), provider=c.provider, kind=c.kind, filetype=t2["ft"], template=t2["name"]))
            break
        else:
            raise RuntimeError("could not fill template " + tpl["name"])
    # negatives: 250 template re-use, 250 look-alikes
    for i in range(250):
        tpl = TEMPLATES[i % len(TEMPLATES)] if i < len(TEMPLATES) else r.choice(TEMPLATES)
        for _ in range(200):
            c = make_slot(r, tpl, pick_cls(r, tpl["acc"]), False)
            if c is not None:
                break
        else:
            raise RuntimeError("neg fill " + tpl["name"])
        path, L = tpl["f"](r, c)
        neg.append(dict(path=path, text="\n".join(L), provider=c.provider, kind="neg_" + c.negkind, filetype=tpl["ft"], template=tpl["name"]))
    for i in range(250):
        la = LA[i % len(LA)] if i < len(LA) else r.choice(LA)
        path, L = la["f"](r)
        neg.append(dict(path=path, text="\n".join(L), provider="none", kind="lookalike_" + la["kind"], filetype=la["ft"], template="la_" + la["name"]))
    return pos, neg


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen_mn.py OUTDIR SEED")
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    pos, neg = build(r)
    assert len(pos) == 500 and len(neg) == 500
    n_env = sum(1 for p in pos if os.path.basename(p["path"]) in ENV_NAMES)
    assert n_env <= 25
    for n in neg:
        assert os.path.basename(n["path"]) not in ENV_NAMES
    needles = [p["needle"] for p in pos]
    assert len(set(needles)) == 500
    man, sec = [], []
    for i, p in enumerate(pos):
        rel = "pos/p%04d/%s" % (i, p["path"])
        full = os.path.join(out, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(p["text"])
        assert p["needle"] in p["text"].split("\n")[p["line"] - 1]
        man.append(dict(file=rel, label="pos", provider=p["provider"], kind=p["kind"], filetype=p["filetype"], template=p["template"]))
        sec.append(dict(file=rel, needle=p["needle"], line=p["line"]))
    for i, n in enumerate(neg):
        rel = "neg/n%04d/%s" % (i, n["path"])
        full = os.path.join(out, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        for nd in needles:
            assert nd not in n["text"], (rel, nd)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(n["text"])
        man.append(dict(file=rel, label="neg", provider=n["provider"], kind=n["kind"], filetype=n["filetype"], template=n["template"]))
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in man:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in sec:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
