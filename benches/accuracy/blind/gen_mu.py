#!/usr/bin/env python3
"""gen_mu.py - blind evaluation set: credentials left in COMMENTS and commented-out code.

EMPHASIS
  Secrets that survive in comments: `// const API_KEY = "..."` kept "for later",
  `# password: ...` in YAML/INI/TOML/properties, `<!-- -->` in XML/HTML/Markdown,
  `/* */` blocks, `--` in SQL/Lua/Haskell, `;` in INI/assembly/Clojure, `REM`/`::` in
  batch, `%` in MATLAB/LaTeX/Erlang, `'` in VB, `{- -}` Haskell, `(* *)` OCaml/Pascal,
  docstrings ("use this key: ..."), TODO/FIXME notes, disabled config lines next to the
  env-var based active line, notes to teammates / review leftovers, commented PEM keys.
  Providers: AWS, GitHub, GitLab, Slack (tokens + webhooks), Stripe, OpenAI, Anthropic,
  Google (API key, OAuth secret, Gmail app password), Twilio, SendGrid, Mailgun, npm,
  Datadog, Azure (storage key, conn string, AAD client secret), Heroku, Shopify, PyPI,
  Docker Hub, DigitalOcean, Hugging Face, Telegram, Discord, Postman, Linear, Sentry,
  Grafana, Databricks, Mapbox, Vault, Square, Cloudflare, plus DB/SMTP passwords,
  connection URLs, JWT/Django/Rails secrets and private keys (RSA/PKCS8/EC PEM).
  File types: ~27 programming languages (Python, JS, TS, Java, Go, Rust, C#, PHP, Ruby,
  Kotlin, Swift, Scala, Dart, C, C++, shell, PowerShell, batch, Lua, Haskell, OCaml,
  Pascal, MATLAB, Erlang, VB.NET, R, Perl, Elixir, Clojure) and YAML (compose, k8s, helm,
  GitHub Actions, GitLab CI, Ansible, Spring), INI, TOML, .properties, XML (Maven, web.config,
  Android), HTML, Markdown, SQL, Dockerfile, Makefile, nginx, Apache, Terraform, .npmrc,
  .pypirc, Jenkinsfile, LaTeX, assembly, JSONC, .env (few positives only).

USAGE
  python3 -B gen_mu.py OUTDIR SEED
  -> OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
     OUTDIR/manifest.jsonl, OUTDIR/secrets.jsonl

NEEDLE CONVENTIONS
  value without quotes; prefixed keys keep their prefix; header -> token only;
  URL with credentials -> password only; Slack webhook -> full URL; Azure connection
  string -> AccountKey value; PEM -> first base64 body line (as written, without the
  comment marker); passwords -> the password.  line = 1-based line of first occurrence.

NEGATIVES
  250 template re-uses with the slot holding a placeholder (English and local-language),
  empty, masked/truncated (`sk-...4f2a`, `ghp_XXXX`), env / secret-manager / template refs,
  provider documented example values (AWS EXAMPLE keys, Stripe docs test key), public
  values (publishable keys, client ids, account SIDs/ids).  250 look-alikes: commit SHAs,
  checksums, digests, UUIDs, SRI hashes, public keys / certificates (commented PEM),
  GPG fingerprints, SOPS / ansible-vault ciphertext, base64 of non-secret JSON, version
  strings, regexes describing key formats, license headers, comments naming keys without
  values, commented-out code with env lookups, ticket ids and URLs.

FORMATS CHECKED (from memory of provider docs / SDKs; no scanner rules consulted)
  AWS AKIA + 16 [A-Z2-7], secret 40 base64; GitHub ghp_/gho_/ghu_/ghs_ + 30 random +
  6 char base62 CRC32 checksum, github_pat_ 22 + '_' + 59; GitLab glpat- 20; Slack
  xoxb-/xoxp- numeric segments, hooks.slack.com/services/T../B../24; Stripe sk_live_/
  rk_live_ 24 or 99; OpenAI sk-proj-/sk-svcacct- with T3BlbkFJ marker; Anthropic
  sk-ant-api03- 93 + 'AA'; Google AIza + 35, GOCSPX- + 28; Twilio AC/SK + 32 hex, auth
  token 32 hex; SendGrid SG.22.43; Mailgun key- + 32 hex; npm npm_ 36 (checksum like
  GitHub); Datadog 32/40 hex; Azure storage 88 base64; AAD secret with '8Q~'; Shopify
  shpat_ 32 hex; PyPI pypi-AgEIcHlwaS5vcmc...; Docker dckr_pat_; DO dop_v1_ 64 hex;
  HF hf_ 34 letters; Telegram digits:AA+33; Postman PMAK-24-34; Linear lin_api_ 40;
  Sentry sntryu_ 64 hex; Grafana glsa_32_8hex; Databricks dapi 32 hex; Vault hvs.;
  Square EAAA 60; Mapbox sk.<b64 json>.<22>.

DOUBTS
  GitHub/npm checksum alphabet ordering; Sentry/Grafana/Vault/Square/Heroku exact lengths;
  OpenAI sk-proj segment lengths; Anthropic body length; Cloudflare tokens have no prefix
  (40 chars, context only); Heroku keys as UUIDs; Discord token segment lengths.
"""
import base64
import json
import os
import random
import string
import sys
import zlib

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEXL = "0123456789abcdef"
B64 = AN + "+/"
URLS = AN + "-_"
B62 = DG + UP + LO


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def b62(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def crc_token(r, prefix, nrand=30):
    body = rs(r, AN, nrand)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def uuid4(r):
    h = rs(r, HEXL, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64s(r, nbytes, urlsafe=False, pad=True):
    b = bytes(r.getrandbits(8) for _ in range(nbytes))
    s = (base64.urlsafe_b64encode(b) if urlsafe else base64.b64encode(b)).decode()
    return s if pad else s.rstrip("=")


FIRST = ["anna", "ben", "carlos", "dmitri", "elif", "fatima", "greg", "hiro", "ines",
         "jonas", "kemal", "lena", "marta", "nikhil", "olga", "pavel", "quentin", "rosa",
         "sven", "tomasz", "uwe", "vera", "wei", "yuki", "zainab"]
SVCS = ["billing", "notifier", "payments", "ingest", "reports", "search", "auth", "mailer",
        "sync", "crm", "inventory", "analytics", "webhooks", "uploads", "scheduler"]
ORGS = ["acme", "contoso", "globex", "initech", "umbrella", "hooli", "stark", "wayne",
        "northwind", "tailspin"]
HOSTS = ["db.internal", "pg-prod-01.internal", "10.0.3.12", "mysql.staging.local",
         "db-primary.eu-west-1.rds.amazonaws.com", "postgres", "localhost", "mongo-0.mongo"]
WORDS = ["Falcon", "Ridge", "Maple", "Cobalt", "Harbor", "Quartz", "Tundra", "Velvet",
         "Copper", "Nimbus", "Orchid", "Raven", "Sierra", "Timber", "Willow", "Zephyr"]


# ---------------------------------------------------------------- passwords ----
def gen_password(r, url_safe=False):
    syms = "!*-_.~+=" if url_safe else "!@*-_.~+=^?"
    while True:
        st = r.randrange(4)
        if st == 0:
            p = rs(r, AN + syms, r.randint(14, 22))
        elif st == 1:
            p = r.choice(WORDS) + r.choice(syms) + str(r.randint(10, 9999)) + r.choice(WORDS).lower() + r.choice(syms)
        elif st == 2:
            cv = "".join(r.choice("bdfgklmnprstvz") + r.choice("aeiou") for _ in range(r.randint(3, 5)))
            p = cv.capitalize() + r.choice(syms) + rs(r, DG, 4) + rs(r, UP, 2)
        else:
            p = "-".join(rs(r, AN, 6) for _ in range(3))
        if any(c in UP for c in p) and any(c in LO for c in p) and any(c in DG for c in p):
            return p


# ---------------------------------------------------------------- secret kinds ----
class S(dict):
    __getattr__ = dict.get

    def __setattr__(self, k, v):
        self[k] = v


def names_from(env):
    parts = env.lower().split("_")
    camel = parts[0] + "".join(p.capitalize() for p in parts[1:])
    pascal = "".join(p.capitalize() for p in parts)
    return camel, pascal


def mk(provider, kind, val, envs, label, r, prefix="", cat="token", needle=None,
       comp=None, comp_neg=None, example=None, public=None):
    env = r.choice(envs)
    s = S(provider=provider, kind=kind, val=val, needle=needle or val, env=env, label=label,
          prefix=prefix, cat=cat, comp=comp or [], comp_neg=comp_neg if comp_neg is not None else (comp or []),
          example=example, public=public, neg=False)
    s.camel, s.pascal = names_from(env)
    s.snake = env.lower()
    return s


def akia(r):
    return r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, UP + "234567", 16)


def k_aws(r):
    return mk("aws", "aws_secret_access_key", rs(r, B64, 40), ["AWS_SECRET_ACCESS_KEY", "AWS_SECRET_KEY", "S3_SECRET_KEY"],
              "aws secret key", r, comp=[("AWS_ACCESS_KEY_ID", akia(r))],
              comp_neg=[("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")],
              example="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
              public=("AWS_ACCOUNT_ID", "aws account id", rs(r, DG, 12)))


def k_github(r):
    c = r.random()
    if c < 0.55:
        v = crc_token(r, "ghp_")
    elif c < 0.7:
        v = crc_token(r, r.choice(["gho_", "ghu_", "ghs_"]))
    else:
        v = "github_pat_11" + rs(r, UP + DG, 20) + "_" + rs(r, AN, 59)
    return mk("github", "github_token", v, ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT", "GH_PAT", "GITHUB_API_TOKEN"],
              "github token", r, prefix=v[:4] if not v.startswith("github_pat") else "github_pat_")


def k_gitlab(r):
    p = r.choice(["glpat-", "glpat-", "glpat-", "gldt-", "glrt-"])
    v = p + rs(r, URLS, 20)
    return mk("gitlab", "gitlab_token", v, ["GITLAB_TOKEN", "GITLAB_PRIVATE_TOKEN", "GL_TOKEN", "GITLAB_API_TOKEN"],
              "gitlab token", r, prefix=p)


def k_slack(r):
    if r.random() < 0.6:
        v = "xoxb-%s-%s-%s" % (rs(r, DG, r.randint(10, 13)), rs(r, DG, r.randint(10, 13)), rs(r, AN, 24))
        pre = "xoxb-"
    else:
        v = "xoxp-%s-%s-%s-%s" % (rs(r, DG, 11), rs(r, DG, 11), rs(r, DG, 13), rs(r, HEXL, 32))
        pre = "xoxp-"
    return mk("slack", "slack_token", v, ["SLACK_BOT_TOKEN", "SLACK_TOKEN", "SLACK_API_TOKEN"], "slack token", r, prefix=pre)


def k_slack_hook(r):
    v = "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, UP + DG, r.choice([8, 10])), rs(r, UP + DG, r.choice([8, 10])), rs(r, AN, 24))
    return mk("slack", "slack_webhook", v, ["SLACK_WEBHOOK_URL", "SLACK_WEBHOOK", "ALERTS_WEBHOOK_URL"], "slack webhook", r,
              prefix="https://hooks.slack.com/services/")


def k_stripe(r):
    p = r.choice(["sk_live_", "sk_live_", "sk_live_", "rk_live_"])
    v = p + rs(r, AN, r.choice([24, 99]))
    return mk("stripe", "stripe_secret_key", v, ["STRIPE_SECRET_KEY", "STRIPE_API_KEY", "STRIPE_KEY", "STRIPE_SK"], "stripe key", r,
              prefix=p, example="sk_test_4eC39HqLyjWDarjtT1zdp7dc",
              public=("STRIPE_PUBLISHABLE_KEY", "stripe publishable key", "pk_live_" + rs(r, AN, r.choice([24, 99]))))


def k_openai(r):
    c = r.random()
    if c < 0.5:
        v = "sk-proj-" + rs(r, URLS, 74) + "T3BlbkFJ" + rs(r, URLS, 74)
    elif c < 0.8:
        v = "sk-" + rs(r, AN, 20) + "T3BlbkFJ" + rs(r, AN, 20)
    else:
        v = "sk-svcacct-" + rs(r, URLS, 74) + "T3BlbkFJ" + rs(r, URLS, 74)
    return mk("openai", "openai_api_key", v, ["OPENAI_API_KEY", "OPENAI_KEY", "OPENAI_TOKEN"], "openai key", r, prefix="sk-")


def k_anthropic(r):
    v = "sk-ant-api03-" + rs(r, URLS, 93) + "AA"
    return mk("anthropic", "anthropic_api_key", v, ["ANTHROPIC_API_KEY", "CLAUDE_API_KEY"], "anthropic key", r, prefix="sk-ant-")


def k_google(r):
    v = "AIza" + rs(r, URLS, 35)
    return mk("google", "google_api_key", v, ["GOOGLE_API_KEY", "GOOGLE_MAPS_API_KEY", "GEMINI_API_KEY", "YOUTUBE_API_KEY"],
              "google api key", r, prefix="AIza")


def gclient_id(r):
    return "%s-%s.apps.googleusercontent.com" % (rs(r, DG, 12), rs(r, LO + DG, 32))


def k_google_oauth(r):
    v = "GOCSPX-" + rs(r, URLS, 28)
    cid = gclient_id(r)
    return mk("google", "google_oauth_client_secret", v, ["GOOGLE_CLIENT_SECRET", "GOOGLE_OAUTH_CLIENT_SECRET"], "oauth client secret", r,
              prefix="GOCSPX-", comp=[("GOOGLE_CLIENT_ID", cid)], public=("GOOGLE_CLIENT_ID", "client id", cid))


def k_gmail_app(r):
    v = rs(r, LO, 16)
    return mk("google", "gmail_app_password", v, ["GMAIL_APP_PASSWORD", "EMAIL_HOST_PASSWORD", "SMTP_PASSWORD"], "gmail app password", r,
              cat="password", comp=[("EMAIL_HOST_USER", "%s.%s@gmail.com" % (r.choice(FIRST), r.choice(ORGS)))])


def k_twilio(r):
    sid = "AC" + rs(r, HEXL, 32)
    if r.random() < 0.7:
        return mk("twilio", "twilio_auth_token", rs(r, HEXL, 32), ["TWILIO_AUTH_TOKEN", "TWILIO_TOKEN"], "twilio auth token", r,
                  comp=[("TWILIO_ACCOUNT_SID", sid)], public=("TWILIO_ACCOUNT_SID", "account sid", sid))
    return mk("twilio", "twilio_api_secret", rs(r, AN, 32), ["TWILIO_API_SECRET"], "twilio api secret", r,
              comp=[("TWILIO_API_KEY", "SK" + rs(r, HEXL, 32)), ("TWILIO_ACCOUNT_SID", sid)], public=("TWILIO_ACCOUNT_SID", "account sid", sid))


def k_sendgrid(r):
    v = "SG." + rs(r, URLS, 22) + "." + rs(r, URLS, 43)
    return mk("sendgrid", "sendgrid_api_key", v, ["SENDGRID_API_KEY", "SENDGRID_KEY", "SG_API_KEY"], "sendgrid key", r, prefix="SG.")


def k_mailgun(r):
    if r.random() < 0.6:
        v, pre = "key-" + rs(r, HEXL, 32), "key-"
    else:
        v, pre = "%s-%s-%s" % (rs(r, HEXL, 32), rs(r, HEXL, 8), rs(r, HEXL, 8)), ""
    return mk("mailgun", "mailgun_api_key", v, ["MAILGUN_API_KEY", "MAILGUN_KEY", "MG_API_KEY"], "mailgun key", r, prefix=pre,
              comp=[("MAILGUN_DOMAIN", "mg.%s.com" % r.choice(ORGS))])


def k_npm(r):
    v = crc_token(r, "npm_")
    return mk("npm", "npm_token", v, ["NPM_TOKEN", "NODE_AUTH_TOKEN", "NPM_AUTH_TOKEN"], "npm token", r, prefix="npm_")


def k_datadog(r):
    if r.random() < 0.6:
        return mk("datadog", "datadog_api_key", rs(r, HEXL, 32), ["DD_API_KEY", "DATADOG_API_KEY"], "datadog api key", r,
                  comp=[("DD_SITE", r.choice(["datadoghq.com", "datadoghq.eu", "us5.datadoghq.com"]))])
    return mk("datadog", "datadog_app_key", rs(r, HEXL, 40), ["DD_APP_KEY", "DATADOG_APP_KEY", "DD_APPLICATION_KEY"], "datadog app key", r)


def k_azure_storage(r):
    acct = r.choice(ORGS) + r.choice(["prodstore", "data", "backups", "assets"]) + rs(r, DG, 2)
    key = b64s(r, 64)
    if r.random() < 0.5:
        return mk("azure", "azure_storage_key", key, ["AZURE_STORAGE_KEY", "AZURE_STORAGE_ACCOUNT_KEY", "STORAGE_ACCOUNT_KEY"], "storage account key", r,
                  comp=[("AZURE_STORAGE_ACCOUNT", acct)])
    cs = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, key)
    return mk("azure", "azure_storage_connection_string", cs, ["AZURE_STORAGE_CONNECTION_STRING", "STORAGE_CONNECTION_STRING", "AzureWebJobsStorage"],
              "storage connection string", r, needle=key, cat="url")


def k_azure_ad(r):
    v = rs(r, AN, 3) + "8Q~" + rs(r, AN + "_.~-", 34)
    return mk("azure", "azure_ad_client_secret", v, ["AZURE_CLIENT_SECRET", "AAD_CLIENT_SECRET", "ENTRA_CLIENT_SECRET"], "client secret", r,
              comp=[("AZURE_CLIENT_ID", uuid4(r)), ("AZURE_TENANT_ID", uuid4(r))])


def k_heroku(r):
    return mk("heroku", "heroku_api_key", uuid4(r), ["HEROKU_API_KEY", "HEROKU_API_TOKEN"], "heroku api key", r)


def k_shopify(r):
    p = r.choice(["shpat_", "shpat_", "shpss_", "shpca_"])
    return mk("shopify", "shopify_token", p + rs(r, HEXL, 32), ["SHOPIFY_ACCESS_TOKEN", "SHOPIFY_ADMIN_API_TOKEN", "SHOPIFY_API_SECRET"],
              "shopify token", r, prefix=p, comp=[("SHOPIFY_STORE", "%s-store.myshopify.com" % r.choice(ORGS))])


def k_pypi(r):
    v = "pypi-AgEIcHlwaS5vcmc" + rs(r, URLS, r.choice([140, 160, 180]))
    return mk("pypi", "pypi_token", v, ["PYPI_TOKEN", "TWINE_PASSWORD", "PYPI_API_TOKEN"], "pypi token", r, prefix="pypi-")


def k_docker(r):
    v = "dckr_pat_" + rs(r, URLS, 27)
    return mk("docker", "dockerhub_pat", v, ["DOCKERHUB_TOKEN", "DOCKER_PASSWORD", "DOCKERHUB_PAT"], "docker hub token", r,
              prefix="dckr_pat_", comp=[("DOCKERHUB_USERNAME", r.choice(FIRST) + r.choice(ORGS))])


def k_do(r):
    v = "dop_v1_" + rs(r, HEXL, 64)
    return mk("digitalocean", "digitalocean_token", v, ["DIGITALOCEAN_TOKEN", "DO_API_TOKEN", "DIGITALOCEAN_ACCESS_TOKEN"], "digitalocean token", r, prefix="dop_v1_")


def k_hf(r):
    v = "hf_" + rs(r, UP + LO, 34)
    return mk("huggingface", "huggingface_token", v, ["HF_TOKEN", "HUGGINGFACE_HUB_TOKEN", "HUGGING_FACE_TOKEN"], "hf token", r, prefix="hf_")


def k_telegram(r):
    v = "%s:AA%s" % (rs(r, DG[1:], 1) + rs(r, DG, r.randint(8, 9)), rs(r, URLS, 33))
    return mk("telegram", "telegram_bot_token", v, ["TELEGRAM_BOT_TOKEN", "TG_BOT_TOKEN", "BOT_TOKEN"], "telegram bot token", r)


def k_discord(r):
    uid = str(r.randint(10 ** 17, 10 ** 19 - 1))
    v = base64.b64encode(uid.encode()).decode().rstrip("=") + "." + rs(r, URLS, 6) + "." + rs(r, URLS, 38)
    return mk("discord", "discord_bot_token", v, ["DISCORD_BOT_TOKEN", "DISCORD_TOKEN"], "discord bot token", r)


def k_postman(r):
    v = "PMAK-%s-%s" % (rs(r, HEXL, 24), rs(r, HEXL, 34))
    return mk("postman", "postman_api_key", v, ["POSTMAN_API_KEY", "POSTMAN_KEY"], "postman key", r, prefix="PMAK-")


def k_linear(r):
    v = "lin_api_" + rs(r, AN, 40)
    return mk("linear", "linear_api_key", v, ["LINEAR_API_KEY", "LINEAR_TOKEN"], "linear key", r, prefix="lin_api_")


def k_sentry(r):
    v = "sntryu_" + rs(r, HEXL, 64)
    return mk("sentry", "sentry_auth_token", v, ["SENTRY_AUTH_TOKEN"], "sentry auth token", r, prefix="sntryu_")


def k_grafana(r):
    v = "glsa_%s_%s" % (rs(r, AN, 32), rs(r, HEXL, 8))
    return mk("grafana", "grafana_service_account_token", v, ["GRAFANA_TOKEN", "GRAFANA_SERVICE_ACCOUNT_TOKEN", "GF_API_KEY"], "grafana token", r, prefix="glsa_")


def k_databricks(r):
    v = "dapi" + rs(r, HEXL, 32)
    return mk("databricks", "databricks_token", v, ["DATABRICKS_TOKEN"], "databricks token", r, prefix="dapi",
              comp=[("DATABRICKS_HOST", "https://adb-%s.%d.azuredatabricks.net" % (rs(r, DG, 16), r.randint(1, 19)))])


def k_mapbox(r):
    u = r.choice(FIRST) + r.choice(ORGS)
    j = base64.urlsafe_b64encode(json.dumps({"u": u, "a": rs(r, LO + DG, 25)}, separators=(",", ":")).encode()).decode().rstrip("=")
    v = "sk." + j + "." + rs(r, URLS, 22)
    return mk("mapbox", "mapbox_secret_token", v, ["MAPBOX_SECRET_TOKEN", "MAPBOX_DOWNLOADS_TOKEN"], "mapbox secret token", r, prefix="sk.")


def k_vault(r):
    v = "hvs." + rs(r, URLS, r.choice([24, 91]))
    return mk("hashicorp", "vault_token", v, ["VAULT_TOKEN"], "vault token", r, prefix="hvs.",
              comp=[("VAULT_ADDR", "https://vault.%s.internal:8200" % r.choice(ORGS))])


def k_square(r):
    v = "EAAA" + rs(r, URLS, 60)
    return mk("square", "square_access_token", v, ["SQUARE_ACCESS_TOKEN", "SQUARE_TOKEN"], "square token", r, prefix="EAAA")


def k_cloudflare(r):
    v = rs(r, URLS, 40)
    return mk("cloudflare", "cloudflare_api_token", v, ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"], "cloudflare api token", r,
              comp=[("CLOUDFLARE_ZONE_ID", rs(r, HEXL, 32))])


def k_db_password(r):
    user = r.choice(["app", "svc_" + r.choice(SVCS), "admin", "root", "postgres", r.choice(FIRST)])
    return mk("generic", "database_password", gen_password(r), ["DB_PASSWORD", "POSTGRES_PASSWORD", "MYSQL_PASSWORD", "DATABASE_PASSWORD",
              "PGPASSWORD", "MONGO_PASSWORD", "REDIS_PASSWORD", "DB_PASS"], "db password", r, cat="password",
              comp=[("DB_USER", user), ("DB_HOST", r.choice(HOSTS))])


def k_smtp(r):
    return mk("generic", "smtp_password", gen_password(r), ["SMTP_PASSWORD", "MAIL_PASSWORD", "EMAIL_HOST_PASSWORD", "SMTP_PASS"],
              "smtp password", r, cat="password",
              comp=[("SMTP_USER", "noreply@%s.com" % r.choice(ORGS)), ("SMTP_HOST", r.choice(["smtp.office365.com", "smtp.mailgun.org", "mail.%s.com" % r.choice(ORGS)]))])


def k_db_url(r):
    pw = gen_password(r, url_safe=True)
    user = r.choice(["app", "svc_" + r.choice(SVCS), "admin", "postgres", "root"])
    tpl = r.choice([("postgresql://%s:%s@%s:5432/%s", "DATABASE_URL"), ("postgres://%s:%s@%s/%s", "DATABASE_URL"),
                    ("mysql://%s:%s@%s:3306/%s", "DATABASE_URL"), ("mongodb://%s:%s@%s:27017/%s", "MONGODB_URI"),
                    ("redis://%s:%s@%s:6379/%s", "REDIS_URL"), ("amqp://%s:%s@%s:5672/%s", "CELERY_BROKER_URL"),
                    ("smtps://%s:%s@%s:465/%s", "SMTP_URL")])
    db = "0" if tpl[1] == "REDIS_URL" else r.choice(SVCS)
    v = tpl[0] % (user, pw, r.choice(HOSTS), db)
    return mk("generic", "connection_url_password", v, [tpl[1]], "connection string", r, needle=pw, cat="url")


def k_jwt(r):
    c = r.randrange(3)
    v = rs(r, HEXL, 64) if c == 0 else (b64s(r, 32) if c == 1 else rs(r, AN, 48))
    return mk("generic", "jwt_secret", v, ["JWT_SECRET", "JWT_SIGNING_KEY", "AUTH_SECRET", "NEXTAUTH_SECRET", "TOKEN_SECRET"], "jwt secret", r)


def k_django(r):
    v = rs(r, LO + DG + "!@^&*(-_=+)", 50)
    return mk("generic", "django_secret_key", v, ["SECRET_KEY", "DJANGO_SECRET_KEY"], "secret key", r)


def k_rails(r):
    return mk("generic", "rails_secret_key_base", rs(r, HEXL, 128), ["SECRET_KEY_BASE"], "secret_key_base", r)


def der_rsa(r):
    c = r.randrange(3)
    if c == 0:
        head, total, typ = bytes.fromhex("308204a40201000282010100"), 1192, "RSA PRIVATE KEY"
    elif c == 1:
        head, total, typ = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100"), 1217, "PRIVATE KEY"
    else:
        body = bytes.fromhex("30770201010420") + bytes(r.getrandbits(8) for _ in range(32)) + \
            bytes.fromhex("a00a06082a8648ce3d030107a14403420004") + bytes(r.getrandbits(8) for _ in range(64))
        return "EC PRIVATE KEY", body
    return typ, head + bytes(r.getrandbits(8) for _ in range(total - len(head)))


def k_pem(r):
    typ, der = der_rsa(r)
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    pem = ["-----BEGIN %s-----" % typ] + lines + ["-----END %s-----" % typ]
    s = mk("generic", "private_key", pem[1], ["PRIVATE_KEY", "JWT_PRIVATE_KEY", "GITHUB_APP_PRIVATE_KEY", "SSL_KEY", "SIGNING_KEY"],
           "private key", r, cat="pem")
    s.pem = pem
    return s


KINDS = [(k_aws, 6), (k_github, 6), (k_gitlab, 3), (k_slack, 4), (k_slack_hook, 3), (k_stripe, 5), (k_openai, 5),
         (k_anthropic, 3), (k_google, 4), (k_google_oauth, 2), (k_gmail_app, 1), (k_twilio, 3), (k_sendgrid, 3),
         (k_mailgun, 2), (k_npm, 3), (k_datadog, 3), (k_azure_storage, 3), (k_azure_ad, 2), (k_heroku, 2),
         (k_shopify, 1), (k_pypi, 1), (k_docker, 2), (k_do, 1), (k_hf, 2), (k_telegram, 2), (k_discord, 1),
         (k_postman, 1), (k_linear, 1), (k_sentry, 1), (k_grafana, 1), (k_databricks, 1), (k_mapbox, 1),
         (k_vault, 1), (k_square, 1), (k_cloudflare, 1), (k_db_password, 6), (k_smtp, 4), (k_db_url, 5),
         (k_jwt, 4), (k_django, 2), (k_rails, 1)]


# ---------------------------------------------------------------- negatives for slots ----
GENERIC_PH = ["<your-api-key>", "YOUR_API_KEY", "xxxxxxxxxxxxxxxxxxxx", "changeme", "REPLACE_ME", "<token>",
              "TODO", "dummy", "[REDACTED]", "********", "***", "<redacted>", "insert-key-here", "",
              "dein-api-schluessel-hier", "votre-cle-api-ici", "tu_clave_aqui", "seu-token-aqui", "ваш_ключ_здесь",
              "ここにAPIキー", "your-secret-here", "<SECRET>", "not-set", "FILL_ME_IN", "<ask-ops>"]
PW_PH = ["changeme", "<db-password>", "********", "[REDACTED]", "password-goes-here", "<your-password>", "CHANGE_ME",
         "passwort-hier", "mot_de_passe_ici", "contraseña", "xxxxxxxx", "", "<see 1password>"]


def env_ref(r, s):
    e = s.env
    return r.choice(["${%s}" % e, "$%s" % e, "%%%s%%" % e, "{{ .Values.secrets.%s }}" % s.camel,
                     "{{ env \"%s\" }}" % e, "${{ secrets.%s }}" % e, "{{ vault_%s }}" % s.snake,
                     "${var.%s}" % s.snake, "${env:%s}" % e, "vault:secret/data/%s#%s" % (r.choice(SVCS), s.snake),
                     "${ssm:/%s/prod/%s}" % (r.choice(SVCS), s.snake), "#{%s}" % e])


def mask(r, s):
    v = s.needle
    p = s.prefix
    c = r.randrange(4)
    if c == 0:
        return (p or v[:3]) + "..." + rs(r, HEXL, 4)
    if c == 1:
        return (p or "") + "X" * r.choice([4, 8, 16])
    if c == 2:
        return (p or "") + "*" * 12
    return (p or v[:2]) + "…" + "<redacted>"


def neg_slot(r, s):
    """Turn secret s into a non-secret version for negative type A. Returns subkind."""
    s.neg = True
    s.comp = s.comp_neg
    choices = ["ph", "ph", "env", "env", "mask"]
    if s.example:
        choices += ["example", "example"]
    if s.public:
        choices += ["public", "public"]
    if s.cat == "pem":
        choices = ["ph", "pub", "pub"]
    c = r.choice(choices)
    if s.cat == "pem":
        if c == "ph":
            s.pem = ["-----BEGIN PRIVATE KEY-----", r.choice(["<paste key here>", "...", "[REDACTED]", "MIIE...snip...=="]), "-----END PRIVATE KEY-----"]
        else:
            s.pem = pub_pem(r)
        s.val = s.pem[1]
        return "pem_" + c
    if c == "ph":
        if s.cat == "password":
            s.val = r.choice(PW_PH)
        elif s.cat == "url":
            s.val = url_ph(r, s)
        else:
            s.val = r.choice(GENERIC_PH)
    elif c == "env":
        s.val = env_ref(r, s) if s.cat != "url" else url_ph(r, s, env=True)
    elif c == "mask":
        s.val = mask(r, s) if s.cat != "url" else url_ph(r, s, masked=True)
    elif c == "example":
        s.val = s.example
    elif c == "public":
        s.env, s.label, s.val = s.public
        s.camel, s.pascal = names_from(s.env)
        s.snake = s.env.lower()
        s.comp = []
    s.needle = None
    return c


def url_ph(r, s, env=False, masked=False):
    if s.kind == "azure_storage_connection_string":
        k = "${AZURE_STORAGE_KEY}" if env else ("****" if masked else r.choice(["<account-key>", "YOUR_KEY", "..."]))
        return "DefaultEndpointsProtocol=https;AccountName=%sstore;AccountKey=%s;EndpointSuffix=core.windows.net" % (r.choice(ORGS), k)
    pw = "${DB_PASSWORD}" if env else ("****" if masked else r.choice(["<password>", "PASSWORD", "changeme", "secret", "pass"]))
    scheme = s.val.split("://")[0]
    return "%s://app:%s@%s/%s" % (scheme, pw, r.choice(["localhost", "db", "127.0.0.1:5432"]), r.choice(SVCS))


def pub_pem(r):
    if r.random() < 0.5:
        der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + bytes(r.getrandbits(8) for _ in range(256)) + bytes.fromhex("0203010001")
        typ = "PUBLIC KEY"
    else:
        der = bytes.fromhex("308203") + bytes(r.getrandbits(8) for _ in range(r.randint(700, 900)))
        typ = "CERTIFICATE"
    b = base64.b64encode(der).decode()
    return ["-----BEGIN %s-----" % typ] + [b[i:i + 64] for i in range(0, len(b), 64)] + ["-----END %s-----" % typ]


# ---------------------------------------------------------------- look-alikes ----
def lookalike(r):
    c = r.randrange(14)
    tk = "%s-%d" % (r.choice(["JIRA", "OPS", "PLAT", "SEC", "INFRA", "BUG"]), r.randint(100, 9999))
    if c == 0:
        v = rs(r, HEXL, 40)
        return S(kind="git_commit_sha", env=r.choice(["BUILD_SHA", "GIT_COMMIT", "RELEASE_COMMIT"]), val=v,
                 note=r.choice(["fixed in %s, see %s" % (v, tk), "reverted %s (broke the nightly)" % v, "pinned to commit %s until upstream fix" % v]))
    if c == 1:
        v = rs(r, HEXL, 64)
        return S(kind="sha256_checksum", env=r.choice(["ARTIFACT_SHA256", "TARBALL_CHECKSUM", "BINARY_SHA256"]), val=v,
                 note="sha256 of release tarball: %s" % v)
    if c == 2:
        v = "sha256:" + rs(r, HEXL, 64)
        return S(kind="image_digest", env=r.choice(["BASE_IMAGE_DIGEST", "IMAGE_DIGEST"]), val=v,
                 note="pinned base image to %s (%s)" % (v, tk))
    if c == 3:
        v = uuid4(r)
        return S(kind="uuid", env=r.choice(["TENANT_ID", "WORKSPACE_ID", "AZURE_SUBSCRIPTION_ID", "PROJECT_ID", "CORRELATION_ID"]), val=v,
                 note="staging tenant id is %s (prod one is in the wiki)" % v)
    if c == 4:
        v = r.choice(["sha384-", "sha512-"]) + b64s(r, 48)
        return S(kind="sri_hash", env="SCRIPT_INTEGRITY", val=v, note="integrity hash for the CDN bundle: %s" % v)
    if c == 5:
        d = json.dumps({"page": r.randint(1, 9), "size": r.choice([25, 50, 100]), "sort": r.choice(["created_at", "name"]), "dir": "desc"})
        v = base64.b64encode(d.encode()).decode()
        return S(kind="base64_json", env=r.choice(["DEFAULT_CURSOR", "DEFAULT_FILTER"]), val=v,
                 note="cursor is just base64 of %s -> %s" % (d.replace('"', "'"), v))
    if c == 6:
        v = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, B64, 43) + " deploy@" + r.choice(SVCS)
        return S(kind="ssh_public_key", env="DEPLOY_PUBLIC_KEY", val=v, note="public half of the deploy key: %s" % v)
    if c == 7:
        v = " ".join(rs(r, "0123456789ABCDEF", 4) for _ in range(10))
        return S(kind="gpg_fingerprint", env="SIGNING_KEY_FINGERPRINT", val=v, note="release tags are signed with key %s" % v)
    if c == 8:
        v = "%d.%d.%d-rc.%d+build.%s" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 20), r.randint(1, 5), rs(r, HEXL, 7))
        return S(kind="version_string", env="APP_VERSION", val=v, note="last known good build: %s" % v)
    if c == 9:
        v = rs(r, HEXL, 32)
        return S(kind="trace_id", env=r.choice(["TRACE_ID", "SAMPLE_TRACE_ID", "CACHE_KEY_MD5", "ETAG"]), val=v,
                 note="repro trace: %s (see %s)" % (v, tk))
    if c == 10:
        v = "arn:aws:iam::%s:role/%s-%s" % (rs(r, DG, 12), r.choice(SVCS), r.choice(["deployer", "reader", "ci"]))
        return S(kind="aws_arn", env="AWS_ROLE_ARN", val=v, note="assume %s instead of static keys" % v)
    if c == 11:
        v = "pk_live_" + rs(r, AN, 24)
        return S(kind="stripe_publishable_key", env="STRIPE_PUBLISHABLE_KEY", val=v, note="publishable key (safe for the browser): %s" % v)
    if c == 12:
        v = gclient_id(r)
        return S(kind="oauth_client_id", env="GOOGLE_CLIENT_ID", val=v, note="client id (public): %s" % v)
    v = "https://%s.atlassian.net/browse/%s" % (r.choice(ORGS), tk)
    return S(kind="ticket_url", env="RUNBOOK_URL", val=v, note="rotation runbook: %s" % v)


def finish_la(s):
    s.camel, s.pascal = names_from(s.env)
    s.snake = s.env.lower()
    s.label = s.kind.replace("_", " ")
    s.cat = "token"
    s.comp = []
    s.neg = True
    s.needle = None
    s.provider = "none"
    return s


# ---------------------------------------------------------------- languages ----
class Lang:
    def __init__(self, key, ft, paths, lc, bc, nm, assign, env, head, body, foot=None, ind="", doc="line", w=1):
        self.key, self.ft, self.paths, self.lc, self.bc = key, ft, paths, lc, bc
        self.nm, self.assign, self.env, self.head, self.body = nm, assign, env, head, body
        self.foot, self.ind, self.doc, self.w = foot or (lambda n, e: []), ind, doc, w

    def c(self, text):
        if self.lc:
            return (self.lc + " " + text).rstrip()
        return "%s %s %s" % (self.bc[0], text, self.bc[1])


def up(s):
    return s.env.upper()


def cm(s):
    return s.camel


def pc(s):
    return s.pascal


def sn(s):
    return s.snake


LANGS = [
    Lang("python", "python", ["app/config.py", "src/{svc}/settings.py", "scripts/{svc}_sync.py", "{svc}/client.py", "tools/backfill_{svc}.py"],
         "#", ('"""', '"""'), up, lambda n, v: '%s = "%s"' % (n, v), lambda n, e: '%s = os.environ.get("%s", "")' % (n, e),
         lambda: ["import os", "import logging", "", "import requests", "", "log = logging.getLogger(__name__)", ""],
         lambda n: ["", "def get_session(timeout=30):", "    if not %s:" % n, '        raise RuntimeError("%s is not configured")' % n,
                    "    s = requests.Session()", '    s.headers["Authorization"] = f"Bearer {%s}"' % n, "    return s"], doc="py", w=4),
    Lang("js", "javascript", ["src/config.js", "lib/{svc}Client.js", "server/{svc}.js", "scripts/seed-{svc}.js"], "//", ("/*", "*/"), cm,
         lambda n, v: 'const %s = "%s";' % (n, v), lambda n, e: "const %s = process.env.%s;" % (n, e),
         lambda: ["'use strict';", "", "const axios = require('axios');", ""],
         lambda n: ["", "async function request(path, body) {", "  const res = await axios.post(path, body, {",
                    "    headers: { Authorization: `Bearer ${%s}` }," % n, "    timeout: 10000,", "  });", "  return res.data;", "}", "",
                    "module.exports = { request };"], doc="jsdoc", w=4),
    Lang("ts", "typescript", ["src/config.ts", "src/services/{svc}.service.ts", "apps/api/src/{svc}.ts", "packages/{svc}/src/env.ts"], "//", ("/*", "*/"), cm,
         lambda n, v: 'export const %s = "%s";' % (n, v), lambda n, e: 'export const %s = process.env.%s ?? "";' % (n, e),
         lambda: ['import { z } from "zod";', ""],
         lambda n: ["", "export const config = z.object({", "  port: z.coerce.number().default(3000),", "}).parse(process.env);", "",
                    "export function authHeaders(): Record<string, string> {", "  return { Authorization: `Bearer ${%s}` };" % n, "}"], doc="jsdoc", w=4),
    Lang("java", "java", ["src/main/java/com/{org}/{svc}/Config.java", "src/main/java/com/{org}/{svc}/ApiClient.java"], "//", ("/*", "*/"), up,
         lambda n, v: 'private static final String %s = "%s";' % (n, v), lambda n, e: 'private static final String %s = System.getenv("%s");' % (n, e),
         lambda: ["package com.{org}.{svc};", "", "import java.net.http.HttpClient;", "import java.time.Duration;", "", "public final class Config {", ""],
         lambda n: ["", "    public static HttpClient client() {", "        return HttpClient.newBuilder()", "                .connectTimeout(Duration.ofSeconds(10))",
                    "                .build();", "    }", "", "    static String token() {", "        return %s;" % n, "    }"],
         foot=lambda n, e: ["}"], ind="    ", doc="jsdoc", w=3),
    Lang("go", "go", ["internal/config/config.go", "pkg/{svc}/client.go", "cmd/{svc}/main.go"], "//", ("/*", "*/"), cm,
         lambda n, v: 'const %s = "%s"' % (n, v), lambda n, e: 'var %s = os.Getenv("%s")' % (n, e),
         lambda: ["package config", "", "import (", '\t"net/http"', '\t"os"', ")", ""],
         lambda n: ["", "func NewRequest(url string) (*http.Request, error) {", '\treq, err := http.NewRequest("GET", url, nil)', "\tif err != nil {",
                    "\t\treturn nil, err", "\t}", '\treq.Header.Set("Authorization", "Bearer "+%s)' % n, "\treturn req, nil", "}"], w=3),
    Lang("rust", "rust", ["src/config.rs", "src/client.rs", "crates/{svc}/src/lib.rs"], "//", ("/*", "*/"), up,
         lambda n, v: 'const %s: &str = "%s";' % (n, v), lambda n, e: 'fn %s() -> String { std::env::var("%s").unwrap_or_default() }' % (n.lower(), e),
         lambda: ["use reqwest::header::{HeaderMap, AUTHORIZATION};", ""],
         lambda n: ["", "pub fn headers() -> HeaderMap {", "    let mut h = HeaderMap::new();",
                    '    h.insert(AUTHORIZATION, format!("Bearer {}", %s()).parse().unwrap());' % n.lower(), "    h", "}"], doc="slash3", w=2),
    Lang("csharp", "csharp", ["src/{Org}.{Svc}/Settings.cs", "{Svc}.Api/Services/ApiClient.cs"], "//", ("/*", "*/"), pc,
         lambda n, v: 'public const string %s = "%s";' % (n, v), lambda n, e: 'public static string %s => Environment.GetEnvironmentVariable("%s") ?? "";' % (n, e),
         lambda: ["using System;", "", "namespace {Org}.{Svc}", "{", "    public static class Settings", "    {"],
         lambda n: ["", "        public static TimeSpan Timeout => TimeSpan.FromSeconds(30);"],
         foot=lambda n, e: ["    }", "}"], ind="        ", doc="slash3", w=3),
    Lang("php", "php", ["config/services.php", "app/Services/{Svc}Client.php", "wp-content/plugins/{svc}/{svc}.php"], "//", ("/*", "*/"), up,
         lambda n, v: "define('%s', '%s');" % (n, v), lambda n, e: "define('%s', getenv('%s') ?: '');" % (n, e),
         lambda: ["<?php", "", "declare(strict_types=1);", ""],
         lambda n: ["", "function api_headers(): array", "{", "    return ['Authorization' => 'Bearer ' . %s];" % n, "}"], doc="jsdoc", w=3),
    Lang("ruby", "ruby", ["config/initializers/{svc}.rb", "lib/{svc}/client.rb", "app/services/{svc}_client.rb"], "#", ("=begin", "=end"), up,
         lambda n, v: '%s = "%s"' % (n, v), lambda n, e: '%s = ENV.fetch("%s")' % (n, e),
         lambda: ["# frozen_string_literal: true", "", "require 'net/http'", ""],
         lambda n: ["", "def auth_headers", "  { 'Authorization' => \"Bearer #{%s}\" }" % n, "end"], w=3),
    Lang("kotlin", "kotlin", ["app/src/main/java/com/{org}/{svc}/Config.kt", "src/main/kotlin/{svc}/Env.kt"], "//", ("/*", "*/"), up,
         lambda n, v: 'const val %s = "%s"' % (n, v), lambda n, e: 'val %s: String = System.getenv("%s") ?: ""' % (n, e),
         lambda: ["package com.{org}.{svc}", "", "object Config {"], lambda n: ["", "    val timeoutMs = 15_000L"],
         foot=lambda n, e: ["}"], ind="    ", doc="jsdoc", w=2),
    Lang("swift", "swift", ["Sources/{Svc}/Secrets.swift", "App/Config/Environment.swift"], "//", ("/*", "*/"), cm,
         lambda n, v: 'static let %s = "%s"' % (n, v), lambda n, e: 'static let %s = ProcessInfo.processInfo.environment["%s"] ?? ""' % (n, e),
         lambda: ["import Foundation", "", "enum Secrets {"], lambda n: ["", '    static let baseURL = URL(string: "https://api.example.com")!'],
         foot=lambda n, e: ["}"], ind="    ", doc="slash3", w=2),
    Lang("scala", "scala", ["src/main/scala/com/{org}/{svc}/Settings.scala"], "//", ("/*", "*/"), cm,
         lambda n, v: 'val %s = "%s"' % (n, v), lambda n, e: 'val %s: String = sys.env.getOrElse("%s", "")' % (n, e),
         lambda: ["package com.{org}.{svc}", "", "object Settings {"], lambda n: ["", "  val requestTimeout = 30"],
         foot=lambda n, e: ["}"], ind="  ", doc="jsdoc", w=1),
    Lang("dart", "dart", ["lib/config/env.dart", "lib/services/{svc}_api.dart"], "//", ("/*", "*/"), cm,
         lambda n, v: "const %s = '%s';" % (n, v), lambda n, e: "final %s = Platform.environment['%s'] ?? '';" % (n, e),
         lambda: ["import 'dart:io';", ""], lambda n: ["", "Map<String, String> headers() => {'Authorization': 'Bearer $%s'};" % n], doc="slash3", w=1),
    Lang("c", "c", ["src/config.h", "src/{svc}_client.c"], "//", ("/*", "*/"), up,
         lambda n, v: '#define %s "%s"' % (n, v), lambda n, e: '#define %s_ENV "%s"  /* read with getenv() in init() */' % (n, e),
         lambda: ["#include <stdio.h>", "#include <stdlib.h>", ""], lambda n: ["", "int client_init(void);"], w=1),
    Lang("cpp", "cpp", ["src/Config.cpp", "src/{svc}/Client.cpp"], "//", ("/*", "*/"), pc,
         lambda n, v: 'constexpr const char* k%s = "%s";' % (n, v), lambda n, e: 'const char* k%s = std::getenv("%s");' % (n, e),
         lambda: ["#include <cstdlib>", "#include <string>", "", "namespace cfg {", ""], lambda n: ["", "std::string bearer() { return std::string(\"Bearer \") + k%s; }" % n],
         foot=lambda n, e: ["", "}  // namespace cfg"], w=1),
    Lang("shell", "shell", ["scripts/deploy.sh", "bin/backup.sh", "ops/rotate_{svc}.sh", "scripts/smoke-test.sh"], "#", None, up,
         lambda n, v: 'export %s="%s"' % (n, v), lambda n, e: ': "${%s:?%s must be set}"' % (e, e),
         lambda: ["#!/usr/bin/env bash", "set -euo pipefail", ""],
         lambda n: ["", 'curl -fsS -H "Authorization: Bearer ${%s}" "https://api.{org}.com/v1/health"' % n], w=3),
    Lang("powershell", "powershell", ["scripts/Deploy.ps1", "tools/Sync-{Svc}.ps1"], "#", ("<#", "#>"), up,
         lambda n, v: '$env:%s = "%s"' % (n, v), lambda n, e: 'if (-not $env:%s) { throw "%s is not set" }' % (e, e),
         lambda: ["#Requires -Version 7", '$ErrorActionPreference = "Stop"', ""],
         lambda n: ["", '$headers = @{ Authorization = "Bearer $($env:%s)" }' % n, 'Invoke-RestMethod -Uri "https://api.{org}.com/v1/status" -Headers $headers'], w=2),
    Lang("batch", "batch", ["scripts/deploy.bat", "tools/run_{svc}.cmd"], "REM", None, up,
         lambda n, v: "set %s=%s" % (n, v), lambda n, e: 'if "%%%s%%"=="" (echo %s is not set & exit /b 1)' % (e, e),
         lambda: ["@echo off", "setlocal", ""], lambda n: ["", 'curl -s -H "Authorization: Bearer %%%s%%" https://api.{org}.com/v1/ping' % n, "endlocal"], w=1),
    Lang("lua", "lua", ["lua/{svc}/config.lua", "scripts/{svc}.lua"], "--", ("--[[", "]]"), sn,
         lambda n, v: 'local %s = "%s"' % (n, v), lambda n, e: 'local %s = os.getenv("%s")' % (n, e),
         lambda: ["local http = require(\"socket.http\")", ""], lambda n: ["", "return { token = %s, timeout = 10 }" % n], w=1),
    Lang("haskell", "haskell", ["src/Config.hs", "app/{Svc}/Env.hs"], "--", ("{-", "-}"), cm,
         lambda n, v: '%s = "%s"' % (n, v), lambda n, e: '%s = lookupEnv "%s"' % (n, e),
         lambda: ["module Config where", "", "import System.Environment (lookupEnv)", ""], lambda n: ["", "timeoutSeconds :: Int", "timeoutSeconds = 30"], w=1),
    Lang("ocaml", "ocaml", ["lib/config.ml", "bin/{svc}.ml"], None, ("(*", "*)"), sn,
         lambda n, v: 'let %s = "%s"' % (n, v), lambda n, e: 'let %s = Sys.getenv_opt "%s"' % (n, e),
         lambda: ["open Printf", ""], lambda n: ["", "let timeout = 30.0"], w=1),
    Lang("pascal", "pascal", ["src/Config.pas", "units/{Svc}Api.pas"], "//", ("{", "}"), pc,
         lambda n, v: "const %s = '%s';" % (n, v), lambda n, e: "function Get%s: string; { reads %s }" % (n, e),
         lambda: ["unit Config;", "", "interface", "", "uses SysUtils;", ""], lambda n: [],
         foot=lambda n, e: ["", "implementation", "", "function Get%s: string;" % n, "begin", "  Result := GetEnvironmentVariable('%s');" % e, "end;", "", "end."], w=1),
    Lang("matlab", "matlab", ["scripts/fetch_{svc}_data.m", "analysis/load_data.m"], "%", ("%{", "%}"), sn,
         lambda n, v: "%s = '%s';" % (n, v), lambda n, e: "%s = getenv('%s');" % (n, e),
         lambda: ["% fetch daily export and store it in ./data", "opts = weboptions('Timeout', 30);", ""],
         lambda n: ["", "opts.HeaderFields = {'Authorization', ['Bearer ' %s]};" % n, "data = webread('https://api.{org}.com/v1/export', opts);"], w=1),
    Lang("erlang", "erlang", ["src/{svc}_client.erl", "apps/{svc}/src/{svc}_cfg.erl"], "%%", None, up,
         lambda n, v: '-define(%s, "%s").' % (n, v), lambda n, e: '-define(%s_ENV, "%s").' % (n, e),
         lambda: ["-module({svc}_client).", "-export([request/1]).", ""],
         lambda n: ["", "request(Path) ->", '    Token = os:getenv(?%s_ENV),' % n, '    httpc:request(get, {Path, [{"authorization", "Bearer " ++ Token}]}, [], []).'], w=1),
    Lang("vb", "vbnet", ["src/Settings.vb", "{Svc}/Config.vb"], "'", None, pc,
         lambda n, v: 'Public Const %s As String = "%s"' % (n, v), lambda n, e: 'Public ReadOnly %s As String = Environment.GetEnvironmentVariable("%s")' % (n, e),
         lambda: ["Imports System", "", "Module Settings"], lambda n: ["", "    Public Const TimeoutSeconds As Integer = 30"],
         foot=lambda n, e: ["End Module"], ind="    ", w=1),
    Lang("r", "r", ["R/api.R", "scripts/pull_{svc}.R"], "#", None, sn,
         lambda n, v: '%s <- "%s"' % (n, v), lambda n, e: '%s <- Sys.getenv("%s")' % (n, e),
         lambda: ["library(httr)", ""], lambda n: ["", 'resp <- GET("https://api.{org}.com/v1/data", add_headers(Authorization = paste("Bearer", %s)))' % n], w=1),
    Lang("perl", "perl", ["lib/{Svc}/Client.pm", "scripts/{svc}_report.pl"], "#", ("=pod", "=cut"), sn,
         lambda n, v: "my $%s = '%s';" % (n, v), lambda n, e: "my $%s = $ENV{%s};" % (n, e),
         lambda: ["use strict;", "use warnings;", "use LWP::UserAgent;", ""], lambda n: ["", "my $ua = LWP::UserAgent->new(timeout => 30);", "$ua->default_header(Authorization => \"Bearer $%s\");" % n], w=1),
    Lang("elixir", "elixir", ["config/runtime.exs", "config/prod.exs"], "#", None, sn,
         lambda n, v: 'config :{svc}, %s: "%s"' % (n, v), lambda n, e: 'config :{svc}, %s: System.get_env("%s")' % (n, e),
         lambda: ["import Config", ""], lambda n: ["", "config :{svc}, :http, timeout: 30_000"], w=1),
    Lang("clojure", "clojure", ["src/{svc}/config.clj"], ";;", None, lambda s: s.snake.replace("_", "-"),
         lambda n, v: '(def %s "%s")' % (n, v), lambda n, e: '(def %s (System/getenv "%s"))' % (n, e),
         lambda: ["(ns {svc}.config)", ""], lambda n: ["", "(def timeout-ms 30000)"], w=1),
]


# ---------------------------------------------------------------- code idioms ----
class CN:
    """name holder for companions"""

    def __init__(self, env):
        self.env = env
        self.camel, self.pascal = names_from(env)
        self.snake = env.lower()


STAGES = ["staging", "prod", "dev", "qa", "sandbox", "preprod"]
NOTES_A = ["old key, keep for later", "kept for local testing", "TODO: delete once the vault migration is done",
           "hardcoded for the demo", "alter Schlüssel - nicht löschen, wird noch für Staging gebraucht",
           "clé de secours si la variable n'est pas définie", "clave antigua, no borrar todavía",
           "fallback if env is missing (do not commit!)", "works on prod, env var version doesn't yet",
           "previous value, rolled back in case the new one fails", "古いキー（念のため残す）", "local override"]


def idiom_disabled(r, L, s, n):
    out = []
    if r.random() < 0.75:
        out.append(L.c(r.choice(NOTES_A)))
    for ce, cv in s.comp if r.random() < 0.6 else []:
        out.append(L.c(L.assign(L.nm(CN(ce)), cv)))
    line = L.c(L.assign(n, s.val))
    if L.lc and r.random() < 0.2:
        line = L.lc + L.assign(n, s.val)
    if L.lc and r.random() < 0.25:
        line += "  " + L.lc + " " + r.choice(["old", "rotated?", "prod", "staging", "do not use", "backup"])
    out.append(line)
    out.append(L.env(n, s.env))
    return out


def idiom_todo(r, L, s, n):
    p = r.choice(FIRST)
    st = r.choice(STAGES)
    t = r.choice(["TODO remove before release: %s %s" % (s.label, s.val),
                  "FIXME: hardcoded %s for %s -> %s" % (s.label, st, s.val),
                  "TODO(%s): move %s to the secrets manager, current value %s" % (p, n, s.val),
                  "XXX temp %s %s (expires friday)" % (s.label, s.val),
                  "HACK: %s=%s until CI secrets are fixed" % (s.env, s.val),
                  "NOTE: %s %s = %s" % (st, s.label, s.val),
                  "TODO: quitar antes de subir - %s: %s" % (s.label, s.val),
                  "FIXME vor dem Release entfernen: %s %s" % (s.label, s.val)])
    out = [L.c(t)]
    if s.comp and r.random() < 0.4:
        ce, cv = s.comp[0]
        out.append(L.c("     (%s %s)" % (ce.lower().replace("_", " "), cv)))
    return out + [L.env(n, s.env)]


def idiom_block(r, L, s, n):
    o, c = L.bc
    hdr = r.choice(["old config (before moving to env vars):", "previous settings, keep until %s is migrated" % r.choice(SVCS),
                    "local dev values", "DO NOT USE - left from the %s migration" % r.choice(STAGES), "Backup der alten Konfiguration"])
    star = " * " if o == "/*" else "  "
    body = [L.assign(n, s.val)] + [L.assign(L.nm(CN(ce)), cv) for ce, cv in s.comp]
    r.shuffle(body)
    lines = [o, star + hdr] + [star + b for b in body] + [(" " + c) if o == "/*" else c]
    if o in ("=begin", "=pod"):
        lines = [o, hdr] + body + [c]
    if o == "{":
        lines = ["{ " + hdr] + ["  " + b.replace("}", ")") for b in body] + ["}"]
    return lines + ["", L.env(n, s.env)]


def idiom_note(r, L, s, n):
    p = r.choice(FIRST)
    P = p.capitalize()
    st = r.choice(STAGES)
    t = r.choice(["@%s the %s %s is %s - ping me if it stops working" % (p, st, s.label, s.val),
                  "%s: use %s for %s until we get our own %s" % (P, s.val, st, s.label),
                  "review: can we drop this? %s=%s was only for the %s migration" % (s.env, s.val, st),
                  "for %s: %s = %s (rotate after the demo)" % (P, s.label, s.val),
                  "Hinweis für %s: %s für %s ist %s" % (P, s.label, st, s.val),
                  "para %s: el %s de %s es %s" % (P, s.label, st, s.val),
                  "pour %s : %s %s = %s" % (P, s.label, st, s.val)])
    out = []
    if r.random() < 0.5:
        out.append(L.c("NOTE(%s): %s" % (r.choice(FIRST), r.choice(["leftover from code review", "please read", "temporary"]))))
    out.append(L.c(t))
    if r.random() < 0.4:
        out.append(L.c("(%s)" % r.choice(["I'll rotate it next sprint", "don't share outside the team", "same as in 1Password"])))
    return out + [L.env(n, s.env)]


def idiom_doc(r, L, s, n):
    fn = r.choice(["fetch_invoices", "sync_accounts", "send_report", "upload_batch", "refresh_cache"])
    use = r.choice(["Use this key for local testing: %s" % s.val, "use this key: %s" % s.val,
                    "Example token (works on %s): %s" % (r.choice(STAGES), s.val), "%s for manual runs: %s" % (s.label, s.val)])
    if L.doc == "py":
        return [L.env(n, s.env), "", "", "def %s(session=None):" % fn, '    """%s the %s data.' % (fn.split("_")[0].capitalize(), r.choice(SVCS)), "",
                "    " + use, '    """', "    session = session or get_session()", "    return session.get(BASE_URL + \"/%s\").json()" % fn.split("_")[1]]
    if L.doc == "jsdoc":
        return [L.env(n, s.env), "", "/**", " * Creates the %s client." % r.choice(SVCS), " *", " * " + use, " * @returns configured client", " */"]
    if L.doc == "slash3":
        return [L.env(n, s.env), "", "/// Builds the API client.", "///", "/// " + use]
    return [L.env(n, s.env), "", L.c("Usage:"), L.c("  %s --token %s" % (r.choice(SVCS) + "-cli", s.val)), L.c(use)]


IDIOMS = [("disabled", idiom_disabled), ("todo", idiom_todo), ("block", idiom_block), ("note", idiom_note), ("doc", idiom_doc)]


PBODY = {
    "python": lambda n: ["", "def get_engine():", "    from sqlalchemy import create_engine", "    return create_engine(DSN_TEMPLATE.format(password=%s), pool_pre_ping=True)" % n],
    "js": lambda n: ["", "const pool = new Pool({ connectionString: buildDsn(%s), max: 10 });" % n, "", "module.exports = { pool };"],
    "ts": lambda n: ["", "export const pool = new Pool({ connectionString: buildDsn(%s), max: 10 });" % n],
    "go": lambda n: ["", "func Open() (*sql.DB, error) {", '	return sql.Open("postgres", buildDSN(%s))' % n, "}"],
    "ruby": lambda n: ["", "ActiveRecord::Base.establish_connection(url: build_url(%s))" % n],
    "php": lambda n: ["", "$pdo = new PDO(dsn(), 'app', %s);" % n],
    "shell": lambda n: ["", 'pg_dump -Fc "$DB_NAME" > "backup-$(date +%F).dump"'],
    "java": lambda n: ["", "    static DataSource dataSource() {", "        return DataSources.create(URL, USER, %s);" % n, "    }"],
}


def code_file(r, L, block, n, e, env_in_block=True, cat="token"):
    head = L.head()
    if cat == "la":
        body = []
    elif cat in ("password", "url") and L.key in PBODY:
        body = PBODY[L.key](n)
    else:
        body = L.body(n)
    foot = L.foot(n, e)
    blk = [(L.ind + x) if x else x for x in block]
    pos = r.randrange(3)
    if pos == 0:
        lines = head + blk + body + foot
    elif pos == 1 and any(x == "" for x in body[1:]):
        k = max(i for i, x in enumerate(body) if x == "")
        lines = head + body[:k] + [""] + blk + body[k:] + foot
    elif pos == 1:
        lines = head + blk + body + foot
    else:
        lines = head + body + [""] + blk + foot
    return lines


def make_code_tpl(L, iname, ifn):
    def t(r, s):
        n = L.nm(s)
        blk = ifn(r, L, s, n)
        return pick_path(r, L.paths), code_file(r, L, blk, n, s.env, cat=s.cat)
    t.__name__ = "code_%s_%s" % (iname, L.key)
    return t


def pick_path(r, paths):
    return r.choice(paths)


# ---------------------------------------------------------------- config templates ----
def comp_lines(s, fmt):
    return [fmt(ce, cv) for ce, cv in s.comp]


def t_yaml_app(r, s):
    svc = r.choice(SVCS)
    lines = ["%s:" % svc, "  api:", "    base-url: https://api.%s.com" % r.choice(ORGS), "    timeout: 30s"]
    lines += ["    # %s: %s" % (CN(ce).snake, cv) for ce, cv in s.comp]
    lines += ["    # %s: %s   %s" % (s.snake.replace("_", "-"), s.val, r.choice(["# old one", "# do not use", "# local only", ""])),
              "    %s: ${%s}" % (s.snake.replace("_", "-"), s.env), "", "logging:", "  level:", "    root: INFO"]
    return r.choice(["src/main/resources/application.yml", "config/application-%s.yml" % r.choice(STAGES), "config/settings.yaml"]), lines


def t_compose(r, s):
    svc = r.choice(SVCS)
    env = ["      - NODE_ENV=production"] + ["      - %s=%s" % (ce, cv) for ce, cv in s.comp]
    env += ["      # - %s=%s" % (s.env, s.val), "      - %s=${%s}" % (s.env, s.env)]
    lines = ["services:", "  %s:" % svc, "    image: ghcr.io/%s/%s:1.%d.%d" % (r.choice(ORGS), svc, r.randint(0, 20), r.randint(0, 9)),
             "    restart: unless-stopped", "    environment:"] + env + ["    ports:", '      - "8080:8080"', "  redis:", "    image: redis:7-alpine"]
    return r.choice(["docker-compose.yml", "deploy/docker-compose.prod.yml", "compose.yaml"]), lines


def t_k8s(r, s):
    svc = r.choice(SVCS)
    lines = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s" % svc, "spec:", "  replicas: 2", "  template:", "    spec:",
             "      containers:", "        - name: %s" % svc, "          image: registry.%s.io/%s:%s" % (r.choice(ORGS), svc, rs(r, HEXL, 7)),
             "          env:", "            - name: %s" % s.env,
             "              # value: \"%s\"" % s.val, "              valueFrom:", "                secretKeyRef:", "                  name: %s-secrets" % svc,
             "                  key: %s" % s.snake.replace("_", "-")]
    return r.choice(["k8s/deployment.yaml", "deploy/%s/deployment.yml" % svc, "manifests/%s.yaml" % svc]), lines


def t_helm(r, s):
    lines = ["replicaCount: 2", "", "image:", "  repository: %s/%s" % (r.choice(ORGS), r.choice(SVCS)), "  tag: \"%d.%d.%d\"" % (r.randint(1, 5), r.randint(0, 20), r.randint(0, 9)), "",
             "secrets:", "  existingSecret: %s-env" % r.choice(SVCS)]
    lines += ["  # values used before we switched to existingSecret:"]
    lines += ["  # %s: %s" % (s.camel, s.val)] + ["  # %s: %s" % (CN(ce).camel, cv) for ce, cv in s.comp]
    lines += ["", "resources:", "  limits:", "    memory: 512Mi"]
    return r.choice(["charts/%s/values.yaml" % r.choice(SVCS), "deploy/values-%s.yaml" % r.choice(STAGES), "helm/values.yaml"]), lines


def t_gha(r, s):
    lines = ["name: deploy", "", "on:", "  push:", "    branches: [main]", "", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    env:"]
    lines += ["      %s: %s" % (ce, cv) for ce, cv in s.comp]
    lines += ["      # %s: %s" % (s.env, s.val), "      %s: ${{ secrets.%s }}" % (s.env, s.env), "    steps:", "      - uses: actions/checkout@v4",
              "      - run: make deploy"]
    return ".github/workflows/%s.yml" % r.choice(["deploy", "release", "nightly", "ci"]), lines


def t_gitlab_ci(r, s):
    lines = ["stages:", "  - test", "  - deploy", "", "variables:", "  DOCKER_DRIVER: overlay2"]
    lines += ["  #%s: \"%s\"   # set in CI/CD settings instead" % (s.env, s.val)]
    lines += ["", "deploy:", "  stage: deploy", "  script:", "    - ./scripts/deploy.sh", "  only:", "    - main"]
    return ".gitlab-ci.yml", lines


def t_ansible(r, s):
    lines = ["---", "%s_port: %d" % (r.choice(SVCS), r.choice([8080, 5432, 3000]))]
    lines += ["# %s: \"%s\"" % (CN(ce).snake, cv) for ce, cv in s.comp]
    lines += ["# %s: \"%s\"" % (s.snake, s.val), "%s: \"{{ vault_%s }}\"" % (s.snake, s.snake), "%s_enabled: true" % r.choice(SVCS)]
    return r.choice(["group_vars/%s.yml" % r.choice(STAGES), "inventories/prod/group_vars/all.yml", "roles/%s/defaults/main.yml" % r.choice(SVCS)]), lines


def t_ini(r, s):
    cc = r.choice([";", "#"])
    sec = r.choice(SVCS)
    lines = ["[%s]" % sec, "enabled = true", "endpoint = https://api.%s.com/v2" % r.choice(ORGS)]
    lines += ["%s %s = %s" % (cc, CN(ce).snake, cv) for ce, cv in s.comp]
    lines += ["%s %s = %s" % (cc, s.snake, s.val), "%s = ${%s}" % (s.snake, s.env), "", "[logging]", "level = INFO"]
    if r.random() < 0.5:
        lines = ["%s %s" % (cc, r.choice(["Konfiguration für den Sync-Dienst", "service configuration", "do not put secrets here"])), ""] + lines
    return r.choice(["config.ini", "settings.ini", "conf/%s.cfg" % sec, "setup.cfg", "etc/%s.conf" % sec]), lines


def t_toml(r, s):
    lines = ["[app]", 'name = "%s"' % r.choice(SVCS), "port = %d" % r.choice([8000, 8080, 3000]), "", "[%s]" % s.provider if s.provider != "generic" else "[secrets]"]
    lines += ['# %s = "%s"' % (CN(ce).snake, cv) for ce, cv in s.comp]
    lines += ['# %s = "%s"  # moved to env' % (s.snake, s.val), '%s_env = "%s"' % (s.snake, s.env)]
    return r.choice(["config.toml", "config/%s.toml" % r.choice(STAGES), "settings.toml"]), lines


def t_properties(r, s):
    cc = r.choice(["#", "#", "!"])
    key = s.snake.replace("_", ".")
    lines = ["server.port=8080", "spring.application.name=%s" % r.choice(SVCS)]
    lines += ["%s%s=%s" % (cc, CN(ce).snake.replace("_", "."), cv) for ce, cv in s.comp]
    lines += ["%s%s=%s" % (cc, key, s.val), "%s=${%s}" % (key, s.env), "management.endpoints.web.exposure.include=health"]
    return r.choice(["src/main/resources/application.properties", "src/main/resources/application-%s.properties" % r.choice(STAGES), "conf/app.properties"]), lines


def t_maven(r, s):
    lines = ["<settings>", "  <servers>", "    <server>", "      <id>%s-releases</id>" % r.choice(ORGS), "      <username>deploy</username>",
             "      <password>${env.%s}</password>" % s.env, "      <!-- <password>%s</password> -->" % s.val, "    </server>", "  </servers>", "</settings>"]
    return r.choice([".mvn/settings.xml", "ci/settings.xml"]), ['<?xml version="1.0" encoding="UTF-8"?>'] + lines


def t_webconfig(r, s):
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>", '    <add key="Environment" value="%s" />' % r.choice(STAGES).capitalize()]
    lines += ["    <!-- <add key=\"%s\" value=\"%s\" /> -->" % (CN(ce).pascal, cv) for ce, cv in s.comp]
    lines += ["    <!-- <add key=\"%s\" value=\"%s\" /> -->" % (s.pascal, s.val), "  </appSettings>", "</configuration>"]
    return r.choice(["Web.config", "src/%s.Web/Web.config" % r.choice(ORGS).capitalize(), "App.config"]), lines


def t_android(r, s):
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<resources>", '    <string name="app_name">%s</string>' % r.choice(SVCS).capitalize(),
             "    <!-- TODO move to local.properties -->", '    <!-- <string name="%s">%s</string> -->' % (s.snake, s.val), "</resources>"]
    return "app/src/main/res/values/strings.xml", lines


def t_html(r, s):
    lines = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "  <meta charset=\"utf-8\">", "  <title>%s dashboard</title>" % r.choice(SVCS).capitalize(),
             "  <!-- %s: %s -->" % (r.choice(["TODO remove before deploy", "dev only", "ask %s before changing" % r.choice(FIRST)]), "%s=%s" % (s.env, s.val)),
             "  <script src=\"/static/app.js\" defer></script>", "</head>", "<body>", "  <div id=\"root\"></div>", "</body>", "</html>"]
    return r.choice(["public/index.html", "templates/base.html", "static/admin.html"]), lines


def t_markdown(r, s):
    svc = r.choice(SVCS)
    lines = ["# %s" % svc, "", "Internal service that handles %s jobs." % svc, "", "## Setup", "", "```bash", "cp .env.example .env", "make run", "```", ""]
    lines += ["<!--", "internal: %s for the shared %s account is %s" % (s.label, r.choice(STAGES), s.val)]
    lines += ["%s=%s" % (ce, cv) for ce, cv in s.comp]
    lines += ["-->", "", "## Deploy", "", "See the runbook in Confluence."]
    return r.choice(["README.md", "docs/setup.md", "docs/%s.md" % svc]), lines


def t_dockerfile(r, s):
    lines = ["FROM python:3.%d-slim" % r.randint(9, 12), "WORKDIR /app", "COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt",
             "COPY . .", "ARG %s" % s.env, "# ENV %s=%s" % (s.env, s.val), "ENV %s=${%s}" % (s.env, s.env), 'CMD ["gunicorn", "app:app", "-b", "0.0.0.0:8000"]']
    return r.choice(["Dockerfile", "docker/Dockerfile", "services/%s/Dockerfile" % r.choice(SVCS)]), lines


def t_makefile(r, s):
    lines = ["SHELL := /bin/bash", "IMAGE ?= %s/%s" % (r.choice(ORGS), r.choice(SVCS)), "", "# %s ?= %s" % (s.env, s.val), "%s ?= $(shell cat .secrets/%s 2>/dev/null)" % (s.env, s.snake),
             "", ".PHONY: deploy", "deploy:", "\t@test -n \"$(%s)\" || (echo \"%s missing\"; exit 1)" % (s.env, s.env), "\t./scripts/deploy.sh $(IMAGE)"]
    return "Makefile", lines


def t_nginx(r, s):
    hdr = r.choice(["Authorization \"Bearer %s\"" % s.val, "X-Api-Key %s" % s.val, "X-Auth-Token \"%s\"" % s.val])
    lines = ["server {", "    listen 80;", "    server_name api.%s.internal;" % r.choice(ORGS), "", "    location /upstream/ {", "        proxy_pass https://api.%s.com/;" % r.choice(ORGS),
             "        # proxy_set_header %s;" % hdr, "        proxy_set_header Authorization $http_authorization;", "    }", "}"]
    return r.choice(["nginx/conf.d/api.conf", "deploy/nginx.conf", "etc/nginx/sites-available/%s" % r.choice(SVCS)]), lines


def t_apache(r, s):
    lines = ["<VirtualHost *:80>", "    ServerName %s.%s.local" % (r.choice(SVCS), r.choice(ORGS)), "    DocumentRoot /var/www/html", "    PassEnv %s" % s.env,
             "    # SetEnv %s %s" % (s.env, s.val), "    ErrorLog ${APACHE_LOG_DIR}/error.log", "</VirtualHost>"]
    return r.choice(["apache/000-default.conf", "docker/apache/vhost.conf", ".htaccess"]), lines


def t_terraform(r, s):
    if r.random() < 0.5:
        lines = ['provider "%s" {' % r.choice(["datadog", "github", "cloudflare", "aws", "azurerm"]), "  # %s = \"%s\"" % (s.snake, s.val), "  %s = var.%s" % (s.snake, s.snake), "}", "",
                 'variable "%s" {' % s.snake, "  type      = string", "  sensitive = true", "}"]
    else:
        lines = ['resource "aws_ssm_parameter" "%s" {' % s.snake, '  name  = "/%s/%s"' % (r.choice(SVCS), s.snake), '  type  = "SecureString"',
                 "  value = var.%s" % s.snake, "  /* old:", '  value = "%s"' % s.val, "  */", "}"]
    return r.choice(["main.tf", "infra/%s.tf" % r.choice(SVCS), "terraform/providers.tf"]), lines


def t_tfvars(r, s):
    lines = ['region      = "%s"' % r.choice(["us-east-1", "eu-west-1", "eu-central-1"]), 'environment = "%s"' % r.choice(STAGES),
             "# %s = \"%s\"" % (s.snake, s.val), "# ^ pass via TF_VAR_%s instead" % s.snake]
    return r.choice(["terraform.tfvars", "envs/%s.tfvars" % r.choice(STAGES)]), lines


def t_dotenv(r, s):
    lines = ["APP_ENV=%s" % r.choice(STAGES), "PORT=3000"] + ["%s=%s" % (ce, cv) for ce, cv in s.comp] + ["# %s=%s" % (s.env, s.val), "%s=" % s.env]
    if s.neg:
        return r.choice([".env.example", ".env.sample"]), lines
    return r.choice([".env", ".env.local", ".env.production"]), lines


def t_sql(r, s):
    if s.cat == "password":
        u = s.comp[0][1] if s.comp else "app"
        lines = ["-- migration: create application role", "-- CREATE USER %s WITH PASSWORD '%s';" % (u, s.val), "CREATE ROLE %s_rw NOLOGIN;" % r.choice(SVCS),
                 "GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO %s_rw;" % r.choice(SVCS)]
    else:
        lines = ["CREATE TABLE IF NOT EXISTS integrations (", "    id SERIAL PRIMARY KEY,", "    name TEXT NOT NULL,", "    api_key TEXT", ");", "",
                 "/* seed for local dev:", "INSERT INTO integrations (name, api_key) VALUES ('%s', '%s');" % (s.provider, s.val), "*/"]
    return r.choice(["db/migrations/%03d_init.sql" % r.randint(1, 40), "sql/seed.sql", "migrations/V%d__roles.sql" % r.randint(1, 30)]), lines


def t_jenkins(r, s):
    lines = ["pipeline {", "  agent any", "  environment {", "    // %s = '%s'" % (s.env, s.val), "    %s = credentials('%s')" % (s.env, s.snake.replace("_", "-")), "  }",
             "  stages {", "    stage('Deploy') {", "      steps { sh './deploy.sh' }", "    }", "  }", "}"]
    return "Jenkinsfile", lines


def t_latex(r, s):
    lines = ["\\documentclass{article}", "\\usepackage{graphicx}", "% figures are produced by scripts/plot.py", "%% %s for the data export: %s" % (s.label, s.val),
             "\\begin{document}", "\\section{Results}", "\\input{tables/results}", "\\end{document}"]
    return r.choice(["paper/main.tex", "thesis/chapters/results.tex"]), lines


def t_asm(r, s):
    lines = ["section .data", "    msg db \"starting\", 10, 0", "    ; api_key db \"%s\", 0   ; old, now read from env" % s.val, "", "section .text", "    global _start", "_start:"]
    return r.choice(["src/boot.asm", "firmware/net.s"]), lines


def t_jsonc(r, s):
    lines = ["{", '  "editor.formatOnSave": true,', '  "rest-client.environmentVariables": {', '    "%s": {' % r.choice(STAGES), '      "baseUrl": "https://api.%s.com",' % r.choice(ORGS),
             '      // "%s": "%s",' % (s.camel, s.val), '      "%s": "{{$dotenv %s}}"' % (s.camel, s.env), "    }", "  }", "}"]
    return ".vscode/settings.json", lines


def t_shell_curl(r, s):
    hdr = r.choice(["Authorization: Bearer %s" % s.val, "X-API-Key: %s" % s.val, "Authorization: token %s" % s.val])
    lines = ["#!/bin/sh", "# quick smoke test", "# curl -s -H \"%s\" https://api.%s.com/v1/me" % (hdr, r.choice(ORGS)),
             "curl -s -H \"Authorization: Bearer ${%s}\" https://api.%s.com/v1/me | jq ." % (s.env, r.choice(ORGS))]
    return r.choice(["scripts/smoke.sh", "bin/check-api.sh"]), lines


def t_md_curl(r, s):
    lines = ["## Testing the API", "", "```bash", "curl -H \"Authorization: Bearer $%s\" https://api.%s.com/v1/status" % (s.env, r.choice(ORGS)), "```", "",
             "<!-- curl -H \"Authorization: Bearer %s\" https://api.%s.com/v1/status -->" % (s.val, r.choice(ORGS))]
    return r.choice(["docs/api.md", "CONTRIBUTING.md", "docs/testing.md"]), lines


def t_npmrc(r, s):
    lines = ["registry=https://registry.npmjs.org/", "# //registry.npmjs.org/:_authToken=%s" % s.val, "//registry.npmjs.org/:_authToken=${NPM_TOKEN}", "save-exact=true"]
    return ".npmrc", lines


def t_pypirc(r, s):
    lines = ["[distutils]", "index-servers = pypi", "", "[pypi]", "username = __token__", "# password = %s" % s.val]
    return ".pypirc", lines


def t_mongo_js(r, s):
    lines = ["// init script for local mongo", "db = db.getSiblingDB('%s');" % r.choice(SVCS), "// db.createUser({ user: 'app', pwd: '%s', roles: ['readWrite'] });" % s.val,
             "db.createUser({ user: 'app', pwd: process.env.MONGO_APP_PASSWORD, roles: ['readWrite'] });"]
    return "docker/mongo-init.js", lines


CFG = [(t_yaml_app, "yaml", 3, None), (t_compose, "yaml", 3, None), (t_k8s, "yaml", 2, None), (t_helm, "yaml", 2, None), (t_gha, "yaml", 3, None),
       (t_gitlab_ci, "yaml", 2, None), (t_ansible, "yaml", 2, None), (t_ini, "ini", 3, None), (t_toml, "toml", 2, None), (t_properties, "properties", 3, None),
       (t_maven, "xml", 1, ("password", "token")), (t_webconfig, "xml", 2, None), (t_android, "xml", 1, ("token",)), (t_html, "html", 2, None),
       (t_markdown, "markdown", 3, None), (t_dockerfile, "dockerfile", 3, None), (t_makefile, "makefile", 2, None), (t_nginx, "nginx", 2, ("token",)),
       (t_apache, "apache", 1, None), (t_terraform, "terraform", 3, None), (t_tfvars, "terraform", 1, None), (t_dotenv, "dotenv", 1, None),
       (t_sql, "sql", 2, ("password", "token")), (t_jenkins, "groovy", 2, None), (t_latex, "latex", 1, ("token",)), (t_asm, "asm", 1, ("token",)),
       (t_jsonc, "jsonc", 1, ("token",)), (t_shell_curl, "shell", 2, ("token",)), (t_md_curl, "markdown", 2, ("token",)),
       (t_npmrc, "npmrc", 1, "npm_token"), (t_pypirc, "ini", 1, "pypi_token"), (t_mongo_js, "javascript", 1, "database_password")]


# ---------------------------------------------------------------- PEM templates ----
def p_python(r, s):
    lines = ["import os", "import jwt", ""] + ["# " + x for x in s.pem] + ["%s = os.environ[\"%s\"].replace(\"\\\\n\", \"\\n\")" % (s.env, s.env), "",
             "def sign(payload):", "    return jwt.encode(payload, %s, algorithm=\"RS256\")" % s.env]
    return r.choice(["app/auth/keys.py", "scripts/make_token.py"]), lines


def p_js(r, s):
    if r.random() < 0.5:
        blk = ["/*", "const %s = `" % s.camel] + s.pem + ["`;", "*/"]
    else:
        blk = ["// const %s = `%s" % (s.camel, s.pem[0])] + ["// " + x for x in s.pem[1:]] + ["// `;"]
    lines = ["const fs = require('fs');", ""] + blk + ["const %s = fs.readFileSync(process.env.%s_PATH, 'utf8');" % (s.camel, s.env), "", "module.exports = { %s };" % s.camel]
    return r.choice(["src/auth/keys.js", "lib/github-app.js"]), lines


def p_yaml(r, s):
    lines = ["app:", "  issuer: https://auth.%s.com" % r.choice(ORGS), "  # %s: |" % s.camel] + ["  #   " + x for x in s.pem] + ["  %sFile: /run/secrets/%s" % (s.camel, s.snake)]
    return r.choice(["config/auth.yaml", "deploy/values.yaml"]), lines


def p_shell(r, s):
    lines = ["#!/usr/bin/env bash", "set -e", "# cat > /tmp/key.pem <<'EOF'"] + ["# " + x for x in s.pem] + ["# EOF", 'echo "$%s" > /tmp/key.pem' % s.env, "chmod 600 /tmp/key.pem"]
    return r.choice(["scripts/setup-key.sh", "ci/prepare.sh"]), lines


def p_go(r, s):
    lines = ["package auth", "", "import \"os\"", "", "// const testKey = `%s" % s.pem[0]] + ["// " + x for x in s.pem[1:]] + ["// `", "",
             "func PrivateKey() []byte { return []byte(os.Getenv(\"%s\")) }" % s.env]
    return r.choice(["internal/auth/key.go", "pkg/signer/key.go"]), lines


def p_tf(r, s):
    lines = ['resource "tls_self_signed_cert" "dev" {', "  /*", "  private_key_pem = <<EOT"] + ["  " + x for x in s.pem] + ["  EOT", "  */",
             "  private_key_pem = file(var.private_key_path)", "}"]
    return "infra/tls.tf", lines


def p_md(r, s):
    lines = ["# Signing", "", "The signing key lives in Vault under `secret/signing`.", "", "<!-- old key, in case vault is down:"] + s.pem + ["-->"]
    return r.choice(["docs/signing.md", "README.md"]), lines


def p_xml(r, s):
    lines = ['<?xml version="1.0"?>', "<config>", "  <signing enabled=\"true\">", "    <!--", "    <privateKey>"] + ["      " + x for x in s.pem] + ["    </privateKey>", "    -->",
             "    <privateKeyFile>${KEY_FILE}</privateKeyFile>", "  </signing>", "</config>"]
    return "conf/signing.xml", lines


PEMT = [(p_python, "python"), (p_js, "javascript"), (p_yaml, "yaml"), (p_shell, "shell"), (p_go, "go"), (p_tf, "terraform"), (p_md, "markdown"), (p_xml, "xml")]


# ---------------------------------------------------------------- look-alike specific templates ----
REGEXES = [r"AKIA[0-9A-Z]{16}", r"ghp_[A-Za-z0-9]{36}", r"xox[baprs]-[0-9A-Za-z-]+", r"sk_live_[0-9a-zA-Z]{24,99}", r"glpat-[0-9A-Za-z_-]{20}",
           r"AIza[0-9A-Za-z_-]{35}", r"SG\.[\w-]{22}\.[\w-]{43}", r"npm_[A-Za-z0-9]{36}", r"-----BEGIN [A-Z ]*PRIVATE KEY-----"]


def la_regex(r, L, s):
    rx = r.sample(REGEXES, r.randint(1, 3))
    blk = [L.c("we reject commits that contain things like:")] + [L.c("  /%s/" % x) for x in rx] + [L.c("so never paste the real %s here; it comes from %s" % (s.label, s.env)), L.env(L.nm(s), s.env)]
    return blk


def la_envonly(r, L, s):
    n = L.nm(s)
    return [L.c("set %s in your shell or the CI settings, never hard-code it" % s.env), L.c(L.env(n, s.env) + "  " + (L.lc or "") + " old way"), L.env(n, s.env)]


def la_redacted(r, L, s):
    red = mask(r, s) if s.prefix or r.random() < 0.5 else "****"
    d = "20%d-%02d-%02d" % (r.randint(21, 25), r.randint(1, 12), r.randint(1, 28))
    return [L.c("rotated the leaked %s %s on %s (%s-%d)" % (s.label, red, d, r.choice(["INC", "SEC"]), r.randint(10, 999))),
            L.c("new one is in the secrets manager only"), L.env(L.nm(s), s.env)]


def la_license(r, L, s):
    y = r.randint(2016, 2025)
    lic = r.choice([["Copyright (c) %d %s Inc." % (y, r.choice(ORGS).capitalize()), "SPDX-License-Identifier: Apache-2.0"],
                    ["Copyright %d The %s Authors. All rights reserved." % (y, r.choice(SVCS).capitalize()), "Use of this source code is governed by a BSD-style",
                     "license that can be found in the LICENSE file."],
                    ["This file is part of %s." % r.choice(SVCS), "Licensed under the MIT License. See LICENSE for details.", "SPDX-License-Identifier: MIT"]])
    return [L.c(x) for x in lic] + ["", L.env(L.nm(s), s.env)]


def la_note(r, L, s):
    # s is a lookalike object (has .note)
    return [L.c(s.note), L.assign(L.nm(s), s.val) if r.random() < 0.5 else L.c(L.assign(L.nm(s), s.val))]


LA_CODE = [("regex", la_regex), ("envonly", la_envonly), ("redacted", la_redacted), ("license", la_license)]


def n_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64s(r, n), b64s(r, 32), b64s(r, 16))
    lines = ["# encrypted with sops - edit with: sops secrets.enc.yaml", "db_password: %s" % enc(18), "stripe_secret_key: %s" % enc(32), "sops:", "    age:",
             "        - recipient: age1%s" % rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----"]
    lines += ["            " + b64s(r, 48) for _ in range(4)] + ["            -----END AGE ENCRYPTED FILE-----",
              "    lastmodified: \"20%d-0%d-1%dT10:22:31Z\"" % (r.randint(22, 25), r.randint(1, 9), r.randint(0, 9)), "    mac: %s" % enc(32), "    version: 3.8.1"]
    return r.choice(["deploy/secrets.enc.yaml", "secrets/%s.enc.yaml" % r.choice(STAGES)]), lines, "yaml", "sops_ciphertext"


def n_vault(r):
    lines = ["$ANSIBLE_VAULT;1.1;AES256"] + [rs(r, HEXL, 80) for _ in range(r.randint(5, 10))] + [rs(r, HEXL, r.randint(10, 70))]
    return "group_vars/%s/vault.yml" % r.choice(STAGES), lines, "yaml", "ansible_vault_ciphertext"


def n_cert_nginx(r):
    pem = pub_pem(r)
    lines = ["server {", "    listen 443 ssl;", "    ssl_certificate     /etc/nginx/tls/fullchain.pem;", "    ssl_certificate_key /etc/nginx/tls/privkey.pem;",
             "    # upstream CA we pin (public):"] + ["    # " + x for x in pem] + ["}"]
    return "nginx/conf.d/tls.conf", lines, "nginx", "public_key_pem"


def n_checksums(r):
    v = r.choice(["1.6.2", "2.4.0", "0.19.1"])
    tool = r.choice(["kubectl", "helm", "terraform", "sops", "yq"])
    lines = ["FROM alpine:3.%d" % r.randint(16, 20), "# %s %s (sha256 from the release page)" % (tool, v), "ARG %s_SHA256=%s" % (tool.upper(), rs(r, HEXL, 64)),
             "RUN wget -q https://example.invalid/%s-%s-linux-amd64.tar.gz \\" % (tool, v), "    && echo \"${%s_SHA256}  %s-%s-linux-amd64.tar.gz\" | sha256sum -c -" % (tool.upper(), tool, v),
             "# base image digest: sha256:%s" % rs(r, HEXL, 64)]
    return r.choice(["Dockerfile", "ci/tools.Dockerfile"]), lines, "dockerfile", "checksum"


def n_docs_example(r):
    lines = ["## AWS credentials", "", "Configure the CLI with your own keys, e.g. (values from the AWS docs):", "", "```ini", "# [default]",
             "# aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "# aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "```", "",
             "<!-- never commit the real ones; use `aws sso login` -->"]
    return r.choice(["docs/aws.md", "README.md"]), lines, "markdown", "provider_example"


def n_lock(r):
    lines = ["{", '  "name": "%s",' % r.choice(SVCS), '  "lockfileVersion": 3,', '  "packages": {']
    for p in r.sample(["lodash", "axios", "debug", "ms", "chalk", "semver", "yaml"], 3):
        lines += ['    "node_modules/%s": {' % p, '      "version": "%d.%d.%d",' % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 9)),
                  '      "resolved": "https://registry.npmjs.org/%s/-/%s.tgz",' % (p, p), '      "integrity": "sha512-%s"' % b64s(r, 64), "    },"]
    lines[-1] = "    }"
    lines += ["  }", "}"]
    return "package-lock.json", lines, "json", "sri_hash"


def n_postmortem(r):
    red = r.choice(["sk_live_...%s" % rs(r, AN, 4), "ghp_XXXX%s" % rs(r, AN, 4), "AKIA****************", "xoxb-****", "glpat-•••••"])
    lines = ["# Incident %s-%d: credential exposure" % (r.choice(["INC", "SEC"]), r.randint(100, 999)), "", "<!-- draft, reviewers: %s, %s -->" % (r.choice(FIRST), r.choice(FIRST)), "",
             "- A token (`%s`) was pushed in commit `%s`." % (red, rs(r, HEXL, 12)), "- It was revoked within 14 minutes; see %s/browse/SEC-%d." % ("https://%s.atlassian.net" % r.choice(ORGS), r.randint(10, 900)),
             "- Trace id of the first abusive request: `%s`." % rs(r, HEXL, 32)]
    return "docs/postmortems/%s.md" % rs(r, DG, 4), lines, "markdown", "redacted_value"


LA_FILES = [n_sops, n_vault, n_cert_nginx, n_checksums, n_docs_example, n_lock, n_postmortem]


def la_cfg_tpls():
    return [t_yaml_app, t_compose, t_ini, t_toml, t_properties, t_dockerfile, t_makefile, t_terraform, t_gha, t_helm, t_webconfig]


# ---------------------------------------------------------------- driver ----
def build_templates():
    T = []  # (name, fn, filetype, weight, filter, kind)  kind: 'code'|'cfg'|'pem'
    for L in LANGS:
        for iname, ifn in IDIOMS:
            if iname == "block" and not L.bc:
                continue
            if iname == "doc" and L.doc == "line" and L.w < 2:
                continue
            T.append(("code_%s_%s" % (iname, L.key), make_code_tpl(L, iname, ifn), L.ft, L.w, None))
    for fn, ft, w, flt in CFG:
        T.append((fn.__name__[2:], fn, ft, w * 3, flt))
    return T


def accepts(flt, s):
    if s.cat == "pem":
        return False
    if flt is None:
        return True
    if isinstance(flt, tuple):
        return s.cat in flt
    return s.kind == flt


def sub_names(r, lines, path=None):
    org, svc = r.choice(ORGS), r.choice(SVCS)
    rep = {"{org}": org, "{svc}": svc, "{Org}": org.capitalize(), "{Svc}": svc.capitalize()}
    if path is not None:
        for k, v in rep.items():
            path = path.replace(k, v)
        return path, sub_names(r, lines)
    out = []
    for ln in lines:
        for k, v in rep.items():
            ln = ln.replace(k, v)
        out.append(ln)
    return out


def wchoice(r, items, weights):
    return r.choices(items, weights=weights, k=1)[0]


def gen_secret(r, kinds_w):
    return wchoice(r, [k for k, _ in kinds_w], [w for _, w in kinds_w])(r)


def main():
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    T = build_templates()
    tw = [t[3] for t in T]
    files = []  # (label, relpath, text, meta, needle)
    used = set()
    n_env = 0
    # ---- positives
    while len([f for f in files if f[0] == "pos"]) < 500:
        if r.random() < 0.06:
            s = k_pem(r)
            fn, ft = r.choice(PEMT)
            tname = "pem_" + fn.__name__[2:]
        else:
            while True:
                t = wchoice(r, T, tw)
                s = gen_secret(r, KINDS)
                if s.cat != "pem" and accepts(t[4], s):
                    break
            tname, fn, ft = t[0], t[1], t[2]
            if tname == "dotenv" and n_env >= 15:
                continue
        if s.needle in used:
            continue
        path, lines = fn(r, s)
        path, lines = sub_names(r, lines, path)
        text = "\n".join(lines) + "\n"
        if tname == "dotenv":
            n_env += 1
        used.add(s.needle)
        files.append(("pos", path, text, dict(provider=s.provider, kind=s.kind, filetype=ft, template=tname), s.needle))
    # ---- negatives A: template reuse with non-secret slot
    negs = []
    while len(negs) < 250:
        if r.random() < 0.06:
            s = k_pem(r)
            sub = neg_slot(r, s)
            fn, ft = r.choice(PEMT)
            tname = "pem_" + fn.__name__[2:]
        else:
            while True:
                t = wchoice(r, T, tw)
                s = gen_secret(r, KINDS)
                if s.cat != "pem" and accepts(t[4], s):
                    break
            sub = neg_slot(r, s)
            tname, fn, ft = t[0], t[1], t[2]
        path, lines = fn(r, s)
        path, lines = sub_names(r, lines, path)
        negs.append(("neg", path, "\n".join(lines) + "\n",
                     dict(provider=s.provider, kind="%s:%s" % (s.kind, sub), filetype=ft, template=tname), None))
    # ---- negatives B: look-alikes
    code_langs = LANGS
    lw = [L.w for L in code_langs]
    cfgs = la_cfg_tpls()
    while len(negs) < 500:
        c = r.random()
        if c < 0.3:
            L = wchoice(r, code_langs, lw)
            la = finish_la(lookalike(r))
            n = L.nm(la)
            blk = la_note(r, L, la)
            lines = code_file(r, L, blk, n, la.env, cat="la")
            path, meta = pick_path(r, L.paths), dict(provider="none", kind=la.kind, filetype=L.ft, template="la_note_%s" % L.key)
        elif c < 0.55:
            L = wchoice(r, code_langs, lw)
            s = gen_secret(r, KINDS)
            s.comp = []
            nm_, f = r.choice(LA_CODE)
            blk = f(r, L, s)
            lines = code_file(r, L, blk, L.nm(s), s.env, cat=s.cat)
            path, meta = pick_path(r, L.paths), dict(provider=s.provider, kind=nm_, filetype=L.ft, template="la_%s_%s" % (nm_, L.key))
        elif c < 0.8:
            la = finish_la(lookalike(r))
            f = r.choice(cfgs)
            path, lines = f(r, la)
            meta = dict(provider="none", kind=la.kind, filetype=dict((x[0], x[1]) for x in CFG)[f]
                        if f in dict((x[0], x[1]) for x in CFG) else "yaml", template="la_cfg_" + f.__name__[2:])
        else:
            f = r.choice(LA_FILES)
            path, lines, ft, kind = f(r)
            meta = dict(provider="none", kind=kind, filetype=ft, template="la_" + f.__name__[2:])
        path, lines = sub_names(r, lines, path)
        negs.append(("neg", path, "\n".join(lines) + "\n", meta, None))
    r.shuffle(negs)
    files += negs
    # ---- write
    pos_needles = [f[4] for f in files if f[0] == "pos"]
    assert len(set(pos_needles)) == 500
    man, sec = [], []
    pi = ni = 0
    for label, path, text, meta, needle in files:
        assert not os.path.basename(path).startswith(".env") or label == "pos" or path.endswith((".example", ".sample"))
        if label == "pos":
            d = "pos/p%04d" % pi
            pi += 1
        else:
            d = "neg/n%04d" % ni
            ni += 1
        rel = d + "/" + path
        full = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        m = {"file": rel, "label": label}
        m.update(meta)
        man.append(json.dumps(m, ensure_ascii=False))
        if label == "pos":
            lines = text.split("\n")
            ln = next(i for i, x in enumerate(lines) if needle in x) + 1
            assert needle in lines[ln - 1]
            sec.append(json.dumps({"file": rel, "needle": needle, "line": ln}, ensure_ascii=False))
        else:
            for nd in pos_needles:
                assert nd not in text, (rel, nd)
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(man) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(sec) + "\n")


if __name__ == "__main__":
    main()
