#!/usr/bin/env python3
"""gen_cq.py -- blind evaluation-set generator for keyhook (set "cq").

EMPHASIS
  Error pages, debug dumps and diagnostic output that end up committed: Django technical-500
  pages (HTML settings/locals tables) and their copy-paste text form in issues, Laravel
  Whoops/Ignition-style environment tables, Laravel logs with PHP stack-trace arguments
  (PDO->__construct / setPassword), Symfony VarDumper/profiler dumps, phpinfo() HTML and
  `php -i`, Spring Boot actuator /env and /configprops JSON, Rails error pages and request
  logs, Sentry event JSON, Node AxiosError dumps (util.inspect of config/headers), pytest
  --showlocals output, printenv/env dumps, docker inspect, kubectl describe pod, kubectl get
  configmap, docker compose config, helm --debug, ps auxe lines, strace/ltrace captures,
  `strings core.*` output, JVM hs_err_pid crash logs, desktop crash reports, npm-debug.log,
  HTTP request dumps in Markdown bug reports, curl -v, HAR captures, database connection
  errors carrying connection strings, ASP.NET yellow-screen pages, JDBC/Hikari logs, Go
  `%+v` struct logs, Werkzeug debugger pages, nginx error logs with upstream URLs, git remote
  output with embedded tokens, heroku config, Terraform TF_LOG debug logs, GitHub Actions
  logs, GitHub issue API exports, Jest and syrupy snapshots, JUnit XML <system-out>, Jupyter
  notebooks with tracebacks, pino JSON-lines logs, CloudWatch Logs Insights CSV exports,
  support-bundle JSON.
  Credentials: AWS secret access keys, GitHub classic + fine-grained PATs, GitLab PATs,
  Stripe secret/restricted keys, Slack bot tokens + incoming-webhook URLs, OpenAI and
  Anthropic keys, Google API keys, SendGrid, Twilio auth tokens, Mailgun, npm, PyPI,
  DigitalOcean, Shopify admin tokens, Vault tokens, Telegram bot tokens, Datadog API keys,
  Azure storage account keys, Django SECRET_KEY, Laravel APP_KEY, Rails secret_key_base,
  human database/SMTP passwords, passwords inside postgres/mysql/mongodb+srv/redis/amqp
  URLs, HTTP Basic credentials.  Key choice is balanced across providers; about half of
  the positives use an obvious variable name, half a neutral one, and about 30% of them
  put the secret in a header, URL or positional argument instead of a named slot.

USAGE
  python3 gen_cq.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Deterministic per SEED (one
  random.Random(SEED); no time, urandom or set-order dependence).  Standard library only.
  manifest lines carry file/label/provider/kind/filetype plus extra keys: template,
  name_style + slot (positives), negative_type (negatives).

NEEDLE CONVENTIONS
  needle = the secret exactly as written in the file; line = 1-based line of its first
  occurrence.
  - id/secret pairs (AWS, Twilio): needle is the secret half; the public id
    (AKIA.../AC...) may sit next to it.
  - connection strings (postgres/mysql/mongodb/redis/amqp URLs, JDBC URLs, ADO.NET
    strings): needle is only the password.
  - Azure storage connection strings: needle is the AccountKey value.
  - Slack incoming webhooks: needle is the whole https://hooks.slack.com/services/... URL.
  - Telegram/Google/GitHub/GitLab tokens used inside URLs: needle is the token only.
  - HTTP Basic: needle is the base64 blob after "Basic ".
  - Laravel APP_KEY: needle includes the "base64:" prefix.
  - In HTML files values are HTML-escaped as the framework would; generated secrets never
    contain & < > " ' so the needle appears verbatim.

NEGATIVES
  Half re-use the positive templates with the secret slot filled by: the framework's own
  mask (Django "********************", actuator "******", Sentry "[Filtered]", Rails
  "[FILTERED]", Whoops asterisks, GitHub Actions "***", PHP 8.2
  Object(SensitiveParameterValue), kubectl "<set to the key ... in secret ...>"), other
  redactions ("[REDACTED]", "<redacted>", "(sensitive value)"), partially masked keys
  (prefix + **** + last 4), ${VAR} / %env()% references, secret-manager references (Vault
  paths, AWS Secrets Manager ARNs, GCP secret paths, op:// refs), placeholders
  (<stripe-secret-key>, YOUR_X_HERE, changeme), empty/null values, connection URLs without
  or with masked passwords, Azure UseDevelopmentStorage=true, Stripe publishable keys
  (pk_live_, documented as safe to expose), the AWS documentation example key pair, and
  Slack's documented T00000000/B00000000/XXXX webhook example.
  The other half are domain look-alikes: Sentry events with event/trace/span ids and a
  public DSN key, OpenTelemetry span exports, botocore SigV4 debug logs (signatures,
  request ids, AWS docs example key id), npm EINTEGRITY sha512 hashes, pip hash mismatch
  digests (+ pip's own ****-masked index URL), expired Selenium session ids, kubectl
  describe with secretKeyRef only + container ids + image digests, docker inspect ids,
  Java stack traces with hash codes, webpack content hashes, git bisect SHAs, Django
  text traceback with masked settings, Boot-3 all-masked actuator /env, i18n/UI strings
  about passwords and API keys in a Jest snapshot, SealedSecret and Ansible Vault
  ciphertext, JVM registers/addresses, build-info ids and artifact hashes, HTTP response
  request/trace ids (x-amzn-trace-id, cf-ray, traceparent), `aws configure list` masked
  output, GIT_TRACE_CURL with "<redacted>", Celery banners with amqp://guest:**@,
  Stripe API error fixtures with object/request ids, OpenAI AuthenticationError with the
  masked key, RFC 4231 HMAC test vectors, SQLAlchemy's masked engine URL, harmless
  phpinfo() tables, a Laravel trace with SensitiveParameterValue, JSON-lines and CSV logs
  full of request/trace ids.

DOUBTS
  Formats written from memory (not re-checked against provider docs in this session):
  - GitHub classic PAT: ghp_ + 30 random base62 + 6-char base62 CRC32 checksum.  The
    prefix/charset/length were confirmed on the GitHub changelog; the exact checksum
    encoding (alphabet order, padding) is from memory.  npm_ tokens reuse the same scheme
    (assumed).  github_pat_ = 22 + "_" + 59 alphanumerics (memory).
  - OpenAI sk-proj- keys: lengths and the embedded "T3BlbkFJ" marker are from memory.
  - Anthropic: sk-ant-api03- + 93 base64url + "AA" (memory).
  - Vault tokens: "hvs.CAESI" + base64url body; real length varies (memory).
  - PyPI tokens: "pypi-AgEIcHlwaS5vcmc" macaroon prefix + random base64url (body is not a
    valid macaroon).
  - Telegram: <8-10 digits>:AA + 33 chars (memory).  Slack xoxb- digit group lengths,
    Stripe "51..." long-key layout, Mailgun "key-" + 32 hex (legacy style), DigitalOcean
    dop_v1_ + 64 hex, Shopify shpat_ + 32 hex, SendGrid SG.<22>.<43>: all from memory.
  - Datadog API keys and Twilio auth tokens are bare 32-hex strings: they are only
    recognisable from context, and the negatives deliberately contain many 32-hex
    trace/event ids.
  - Framework output (Whoops table markup, Symfony dumper layout, hs_err sections, npm
    debug log lines, Terraform debug lines) is approximated, not copied.  Whoops masking
    with same-length asterisks is from memory.  PHP truncates string arguments in stack
    traces to 15 chars, so the PDO/setPassword positives only use passwords <= 15 chars.
  Labels a reviewer might dispute:
  - Negatives containing the AWS documentation example pair (AKIAIOSFODNN7EXAMPLE /
    wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY) and Slack's documented example webhook.
  - Partially masked keys (e.g. "sk-ant-api03-****ab12") are labelled negative.
  - Stripe pk_live_ publishable keys and Sentry DSN public keys are labelled negative.
  - Expired Selenium session ids and Werkzeug/Django pages are negatives only when no
    credential is shown; a reviewer could still object to committing debug pages at all.
  - Some positives are realistic only for misconfigured/older frameworks (e.g. Spring Boot
    actuator showing values with show-values=ALWAYS, Django settings whose names avoid the
    API|TOKEN|KEY|SECRET|PASS|SIGNATURE mask).

SEARCHES
  - docs: "Django technical 500 debug page hidden settings ..." -> django/views/debug.py
    (HIDDEN_SETTINGS regex, CLEANSED_SUBSTITUTE = 20 asterisks).
  - docs: "Spring Boot actuator env endpoint sanitize values ..." -> Spring docs/blogs:
    "******" mask, Boot 3 masks everything unless show-values, sun.java.command issue.
  - docs: "GitHub token formats ghp_ github_pat_ ..." -> GitHub changelog (prefixes,
    [A-Za-z0-9_] charset).  This search also showed scanner/regex material which was NOT
    used: a secretlint issue (secret scanner), the odomojuli/regextokens repo, a gist of
    GitHub-token regexes, and Microsoft Purview "sensitive information type" definitions
    (a DLP detector's pattern pages).
  - docs: "Sentry data scrubbing default [Filtered] ..." -> Sentry server-side scrubbing
    docs (field list, [Filtered]).
  - pages: "kubectl describe pod Environment set to the key in secret" -> tutorials on
    secretKeyRef (nothing scanner-related).
  - docs: "PHP SensitiveParameter attribute stack trace" -> php.net SensitiveParameter
    page + RFC (Object(SensitiveParameterValue), PDO->__construct leak example, 15-char
    argument truncation 'mysql:host=loca...').
"""

import base64
import binascii
import json
import os
import random
import sys

# ---------------------------------------------------------------------------
# alphabets and small helpers
# ---------------------------------------------------------------------------
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
HEX = "0123456789abcdef"
B64 = UPPER + LOWER + DIGITS + "+/"
B64URL = UPPER + LOWER + DIGITS + "-_"
B32 = UPPER + "234567"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(rng, n):
    return rs(rng, HEX, n)


def b62(num, width):
    out = []
    while num:
        num, r = divmod(num, 62)
        out.append(ALNUM_ORDERED[r])
    s = "".join(reversed(out)) or "0"
    return s.rjust(width, "0")


ALNUM_ORDERED = DIGITS + UPPER + LOWER


def uuid4(rng):
    h = hexs(rng, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def ip(rng, private=True):
    if private:
        return pick(rng, ["10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 255), rng.randint(2, 250)),
                          "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 250)),
                          "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 250))])
    return "%d.%d.%d.%d" % (rng.choice([34, 52, 81, 95, 145, 185, 203]), rng.randint(0, 255),
                            rng.randint(0, 255), rng.randint(1, 254))


def ts(rng, sep="T", frac=True, z=True):
    y = rng.choice([2022, 2023, 2024, 2025])
    s = "%04d-%02d-%02d%s%02d:%02d:%02d" % (y, rng.randint(1, 12), rng.randint(1, 28), sep,
                                            rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    if frac:
        s += ".%03d" % rng.randint(0, 999)
    if z:
        s += "Z"
    return s


def addr(rng):
    return "0x%012x" % rng.randint(0x7f0000000000, 0x7fffffffffff)


def style(name, how):
    """name is SCREAMING_SNAKE; convert to the wanted style."""
    parts = [p for p in name.lower().split("_") if p]
    if how == "screaming":
        return "_".join(p.upper() for p in parts)
    if how == "snake":
        return "_".join(parts)
    if how == "camel":
        return parts[0] + "".join(p.capitalize() for p in parts[1:])
    if how == "pascal":
        return "".join(p.capitalize() for p in parts)
    if how == "kebab":
        return "-".join(parts)
    if how == "dotted":
        return ".".join(parts)
    return name


APPS = ["billing-api", "orders", "checkout", "ledger", "notifier", "reports", "inventory", "gateway",
        "auth-service", "catalog", "shipments", "payouts", "webhooks", "search-indexer", "crm-sync"]
ORGS = ["acme", "northwind", "globex", "initech", "umbrella", "hooli", "piedpiper", "contoso", "wayne", "stark"]
USERS = ["app", "deploy", "svc_orders", "webapp", "admin", "reporting", "etl", "backend", "api", "worker"]
HOSTS = ["db.internal", "postgres-primary", "mysql.prod.local", "10.0.3.17", "pg-main.cluster-c7x2.eu-west-1.rds.amazonaws.com",
         "db", "mariadb-0.mariadb", "orders-db.svc.cluster.local", "sql01.corp.lan"]
WORDS = ["Summer", "Winter", "Autumn", "Spring", "Dragon", "Falcon", "Monkey", "Sunshine", "Purple", "Tiger",
         "Rocket", "Coffee", "Banana", "Galaxy", "Thunder", "Maple", "Harbor", "Orange", "Silver", "Pepper",
         "Garden", "Kitten", "Mustang", "Shadow", "Phoenix", "Butter", "Cobalt", "Willow", "Zebra", "Lemon"]
SMALLW = ["river", "stone", "paper", "lamp", "cloud", "north", "brick", "violet", "copper", "ember", "quiet",
          "forest", "candle", "anchor", "pixel", "sugar", "winter", "falcon", "marble", "orbit"]


def human_password(rng, maxlen=None, urlsafe=False):
    syms = "!*-_.~" if urlsafe else "!*-_.~$#"
    while True:
        k = rng.randrange(6)
        if k == 0:
            p = pick(rng, WORDS) + str(rng.randint(1990, 2025)) + rng.choice(syms[:3])
        elif k == 1:
            p = pick(rng, WORDS) + rng.choice(syms) + pick(rng, WORDS).lower() + str(rng.randint(10, 99))
        elif k == 2:
            p = "-".join(pick(rng, SMALLW) for _ in range(rng.randint(3, 4)))
        elif k == 3:
            p = rs(rng, ALNUM, rng.randint(12, 20))
        elif k == 4:
            w = pick(rng, WORDS)
            p = w.replace("o", "0").replace("e", "3").replace("a", "4") + str(rng.randint(100, 9999)) + rng.choice(syms)
        else:
            p = rs(rng, LOWER, 4) + rng.choice(syms) + rs(rng, DIGITS, 3) + rs(rng, UPPER, 3) + rs(rng, ALNUM, 3)
        if maxlen and len(p) > maxlen:
            continue
        if len(p) < 8:
            continue
        return p


# ---------------------------------------------------------------------------
# credential generators (formats per provider docs; see DOUBTS)
# ---------------------------------------------------------------------------
def gh_classic(rng):
    body = rs(rng, ALNUM, 30)
    crc = binascii.crc32(body.encode()) & 0xFFFFFFFF
    return "ghp_" + body + b62(crc, 6)


def npm_token(rng):
    body = rs(rng, ALNUM, 30)
    crc = binascii.crc32(body.encode()) & 0xFFFFFFFF
    return "npm_" + body + b62(crc, 6)


def stripe_key(rng, prefix):
    if rng.random() < 0.5:
        return prefix + rs(rng, ALNUM, 24)
    return prefix + "51" + rs(rng, ALNUM, 12) + rs(rng, ALNUM, 85)


def aws_id(rng):
    return rng.choice(["AKIA", "AKIA", "ASIA"]) + rs(rng, B32, 16)


def conn_url(rng, scheme, pw):
    user = pick(rng, USERS)
    if scheme in ("postgres", "postgresql"):
        host = pick(rng, HOSTS)
        return "%s://%s:%s@%s:5432/%s" % (scheme, user, pw, host, pick(rng, ["app", "orders", "prod", "billing", "core"]))
    if scheme == "mysql":
        return "mysql://%s:%s@%s:3306/%s" % (user, pw, pick(rng, HOSTS), pick(rng, ["shop", "wordpress", "app_prod"]))
    if scheme == "mongodb+srv":
        return "mongodb+srv://%s:%s@cluster0.%s.mongodb.net/%s?retryWrites=true&w=majority" % (
            user, pw, rs(rng, LOWER + DIGITS, 5), pick(rng, ["app", "events", "test"]))
    if scheme == "redis":
        return "redis://default:%s@%s:6379/%d" % (pw, pick(rng, ["redis", "cache.internal", "redis-master.default.svc"]), rng.randint(0, 3))
    if scheme == "amqp":
        return "amqp://%s:%s@%s:5672/%s" % (user, pw, pick(rng, ["rabbitmq", "mq.internal", "rabbit-0"]), pick(rng, ["%2F", "jobs", "prod"]))
    raise ValueError(scheme)


# Each spec: provider, kind, gen(rng) -> dict(secret=..., value=..., companions=[...])
# names: obvious / neutral SCREAMING names.  forms: which template slots it fits.
def _simple(secret):
    return {"secret": secret, "value": secret, "companions": []}


def g_aws(rng):
    sec = rs(rng, B64, 40)
    d = _simple(sec)
    d["companions"] = [("AWS_ACCESS_KEY_ID", aws_id(rng))]
    return d


def g_twilio(rng):
    d = _simple(hexs(rng, 32))
    d["companions"] = [("TWILIO_ACCOUNT_SID", "AC" + hexs(rng, 32))]
    return d


def g_conn(scheme):
    def g(rng):
        pw = human_password(rng, urlsafe=True)
        return {"secret": pw, "value": conn_url(rng, scheme, pw), "companions": [], "password": pw}
    return g


def g_azure(rng):
    key = base64.b64encode(bytes(rng.randrange(256) for _ in range(64))).decode()
    acct = pick(rng, ORGS) + pick(rng, ["prodstore", "uploads", "backups", "media"])
    v = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, key)
    return {"secret": key, "value": v, "companions": []}


def g_slack_hook(rng):
    u = "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(rng, UPPER + DIGITS, rng.choice([8, 9, 10])),
                                                        rs(rng, UPPER + DIGITS, rng.choice([9, 10, 11])), rs(rng, ALNUM, 24))
    return _simple(u)


def g_password(rng):
    return _simple(human_password(rng))


def g_basic(rng):
    user = pick(rng, USERS + ["ci-bot", "jenkins", "grafana"])
    pw = human_password(rng)
    tok = base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()
    return {"secret": tok, "value": tok, "companions": [], "basic_user": user}


SPECS = {
    "aws_secret": dict(provider="aws", kind="secret_access_key", gen=g_aws,
                       obvious=["AWS_SECRET_ACCESS_KEY"], neutral=["S3_UPLOADS_SK", "ARCHIVE_BUCKET_CRED", "BLOB_SIGNER"],
                       forms=["kv", "arg"], hdr=None),
    "github_pat": dict(provider="github", kind="personal_access_token", gen=lambda r: _simple(gh_classic(r)),
                       obvious=["GITHUB_TOKEN", "GH_PAT"], neutral=["RELEASE_BOT_AUTH", "CHANGELOG_CRED", "SYNC_UPSTREAM"],
                       forms=["kv", "header", "url", "arg"], hdr=("Authorization", "token {}")),
    "github_fg": dict(provider="github", kind="fine_grained_pat",
                      gen=lambda r: _simple("github_pat_" + rs(r, ALNUM, 22) + "_" + rs(r, ALNUM, 59)),
                      obvious=["GITHUB_PAT", "GH_TOKEN"], neutral=["MIRROR_PUSH", "DEPLOY_BOT_AUTH"],
                      forms=["kv", "header", "url"], hdr=("Authorization", "Bearer {}")),
    "gitlab_pat": dict(provider="gitlab", kind="personal_access_token",
                       gen=lambda r: _simple("glpat-" + rs(r, ALNUM + "-_", 20)),
                       obvious=["GITLAB_TOKEN", "GITLAB_PRIVATE_TOKEN"], neutral=["CI_PUSH_CRED", "PKG_REGISTRY_AUTH"],
                       forms=["kv", "header", "url", "arg"], hdr=("PRIVATE-TOKEN", "{}")),
    "stripe_sk": dict(provider="stripe", kind="secret_key", gen=lambda r: _simple(stripe_key(r, "sk_live_")),
                      obvious=["STRIPE_SECRET_KEY", "STRIPE_API_KEY"], neutral=["PAYMENTS_BACKEND", "BILLING_PROVIDER_AUTH", "CHARGE_CLIENT"],
                      forms=["kv", "header", "arg"], hdr=("Authorization", "Bearer {}")),
    "stripe_rk": dict(provider="stripe", kind="restricted_key", gen=lambda r: _simple(stripe_key(r, "rk_live_")),
                      obvious=["STRIPE_RESTRICTED_KEY"], neutral=["REPORTING_STRIPE", "PAYOUTS_READER"],
                      forms=["kv", "header"], hdr=("Authorization", "Bearer {}")),
    "slack_bot": dict(provider="slack", kind="bot_token",
                      gen=lambda r: _simple("xoxb-%s-%s-%s" % (rs(r, DIGITS, r.choice([11, 12, 13])), rs(r, DIGITS, 13), rs(r, ALNUM, 24))),
                      obvious=["SLACK_BOT_TOKEN"], neutral=["ALERTS_CHANNEL_AUTH", "NOTIFY_BACKEND"],
                      forms=["kv", "header", "arg"], hdr=("Authorization", "Bearer {}")),
    "slack_hook": dict(provider="slack", kind="incoming_webhook_url", gen=g_slack_hook,
                       obvious=["SLACK_WEBHOOK_URL"], neutral=["ALERT_ENDPOINT", "NOTIFY_URL", "ONCALL_HOOK"],
                       forms=["kv", "url", "arg"], hdr=None),
    "openai": dict(provider="openai", kind="api_key",
                   gen=lambda r: _simple("sk-proj-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74)),
                   obvious=["OPENAI_API_KEY"], neutral=["LLM_BACKEND_CRED", "SUMMARIZER_AUTH", "COMPLETIONS_CFG"],
                   forms=["kv", "header", "arg"], hdr=("Authorization", "Bearer {}")),
    "anthropic": dict(provider="anthropic", kind="api_key",
                      gen=lambda r: _simple("sk-ant-api03-" + rs(r, B64URL, 93) + "AA"),
                      obvious=["ANTHROPIC_API_KEY"], neutral=["ASSISTANT_BACKEND", "CLAUDE_CFG", "LLM_AUTH"],
                      forms=["kv", "header", "arg"], hdr=("x-api-key", "{}")),
    "google_api": dict(provider="google", kind="api_key", gen=lambda r: _simple("AIza" + rs(r, B64URL, 35)),
                       obvious=["GOOGLE_API_KEY", "GOOGLE_MAPS_API_KEY"], neutral=["GEOCODER_CRED", "TRANSLATE_BACKEND"],
                       forms=["kv", "header", "url", "arg"], hdr=("x-goog-api-key", "{}")),
    "sendgrid": dict(provider="sendgrid", kind="api_key",
                     gen=lambda r: _simple("SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43)),
                     obvious=["SENDGRID_API_KEY"], neutral=["MAILER_AUTH", "EMAIL_BACKEND_CRED", "SMTP_RELAY_TOKEN_VALUE"],
                     forms=["kv", "header", "arg"], hdr=("Authorization", "Bearer {}")),
    "twilio": dict(provider="twilio", kind="auth_token", gen=g_twilio,
                   obvious=["TWILIO_AUTH_TOKEN"], neutral=["SMS_GATEWAY_CRED", "OTP_SENDER_AUTH"],
                   forms=["kv"], hdr=None),
    "postgres": dict(provider="postgresql", kind="connection_string_password", gen=g_conn("postgres"),
                     obvious=["DATABASE_URL"], neutral=["PRIMARY_DSN", "DB_CONN", "SQLALCHEMY_DATABASE_URI"],
                     forms=["kv", "url", "arg"], hdr=None),
    "mysql": dict(provider="mysql", kind="connection_string_password", gen=g_conn("mysql"),
                  obvious=["MYSQL_URL", "DATABASE_URL"], neutral=["LEGACY_DSN", "SHOP_DB"], forms=["kv", "url", "arg"], hdr=None),
    "mongodb": dict(provider="mongodb", kind="connection_string_password", gen=g_conn("mongodb+srv"),
                    obvious=["MONGODB_URI", "MONGO_URL"], neutral=["EVENTS_STORE", "DOC_DB"], forms=["kv", "url", "arg"], hdr=None),
    "redis": dict(provider="redis", kind="connection_string_password", gen=g_conn("redis"),
                  obvious=["REDIS_URL"], neutral=["CELERY_BROKER_URL", "CACHE_LOCATION", "RQ_BACKEND"], forms=["kv", "url", "arg"], hdr=None),
    "amqp": dict(provider="rabbitmq", kind="connection_string_password", gen=g_conn("amqp"),
                 obvious=["AMQP_URL", "RABBITMQ_URL"], neutral=["BROKER_URL", "EVENT_BUS"], forms=["kv", "url"], hdr=None),
    "db_password": dict(provider="generic", kind="database_password", gen=g_password,
                        obvious=["DB_PASSWORD", "POSTGRES_PASSWORD", "MYSQL_ROOT_PASSWORD"], neutral=["DB_PW2", "PGPASS_VALUE", "SQL_CRED"],
                        forms=["kv", "arg"], hdr=None),
    "smtp_password": dict(provider="generic", kind="smtp_password", gen=g_password,
                          obvious=["SMTP_PASSWORD", "MAIL_PASSWORD", "EMAIL_HOST_PASSWORD"], neutral=["MAILER_CRED", "RELAY_LOGIN_2"],
                          forms=["kv", "arg"], hdr=None),
    "django_key": dict(provider="django", kind="secret_key",
                       gen=lambda r: _simple(rs(r, "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^*(-_=+)", 50)),
                       obvious=["DJANGO_SECRET_KEY", "SECRET_KEY"], neutral=["SIGNING_SALT_MATERIAL", "APP_SEED"], forms=["kv"], hdr=None),
    "laravel_key": dict(provider="laravel", kind="app_key",
                        gen=lambda r: _simple("base64:" + base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()),
                        obvious=["APP_KEY"], neutral=["ENCRYPTER_MATERIAL", "COOKIE_CIPHER"], forms=["kv"], hdr=None),
    "rails_skb": dict(provider="rails", kind="secret_key_base", gen=lambda r: _simple(hexs(r, 128)),
                      obvious=["SECRET_KEY_BASE"], neutral=["COOKIE_VERIFIER_SEED", "RAILS_MASTER_SEED"], forms=["kv"], hdr=None),
    "npm": dict(provider="npm", kind="access_token", gen=lambda r: _simple(npm_token(r)),
                obvious=["NPM_TOKEN", "NODE_AUTH_TOKEN"], neutral=["REGISTRY_AUTH", "PUBLISH_CRED"], forms=["kv", "header", "arg"],
                hdr=("Authorization", "Bearer {}")),
    "digitalocean": dict(provider="digitalocean", kind="personal_access_token", gen=lambda r: _simple("dop_v1_" + hexs(r, 64)),
                         obvious=["DIGITALOCEAN_TOKEN", "DO_API_TOKEN"], neutral=["DROPLET_CTL", "INFRA_AUTH"],
                         forms=["kv", "header", "arg"], hdr=("Authorization", "Bearer {}")),
    "shopify": dict(provider="shopify", kind="admin_access_token", gen=lambda r: _simple("shpat_" + hexs(r, 32)),
                    obvious=["SHOPIFY_ACCESS_TOKEN"], neutral=["STOREFRONT_ADMIN", "SHOP_SYNC_CRED"], forms=["kv", "header"],
                    hdr=("X-Shopify-Access-Token", "{}")),
    "vault": dict(provider="hashicorp", kind="vault_token", gen=lambda r: _simple("hvs.CAESI" + rs(r, B64URL, 86)),
                  obvious=["VAULT_TOKEN"], neutral=["SECRETS_BACKEND_AUTH", "KV_READER"], forms=["kv", "header", "arg"],
                  hdr=("X-Vault-Token", "{}")),
    "mailgun": dict(provider="mailgun", kind="api_key", gen=lambda r: _simple("key-" + hexs(r, 32)),
                    obvious=["MAILGUN_API_KEY", "MAILGUN_SECRET"], neutral=["TRANSACTIONAL_MAIL_CRED", "MG_BACKEND"], forms=["kv", "arg"], hdr=None),
    "telegram": dict(provider="telegram", kind="bot_token",
                     gen=lambda r: _simple("%d:AA%s" % (r.randint(100000000, 7999999999), rs(r, B64URL, 33))),
                     obvious=["TELEGRAM_BOT_TOKEN"], neutral=["CHATOPS_BOT", "ALERT_BOT_ID"], forms=["kv", "url", "arg"], hdr=None),
    "datadog": dict(provider="datadog", kind="api_key", gen=lambda r: _simple(hexs(r, 32)),
                    obvious=["DD_API_KEY", "DATADOG_API_KEY"], neutral=["METRICS_INTAKE", "APM_FORWARDER_AUTH"], forms=["kv", "header"],
                    hdr=("DD-API-KEY", "{}")),
    "azure_storage": dict(provider="azure", kind="storage_account_key", gen=g_azure,
                          obvious=["AZURE_STORAGE_CONNECTION_STRING"], neutral=["BLOB_CONN", "MEDIA_STORE"], forms=["kv", "arg"], hdr=None),
    "basic_auth": dict(provider="generic", kind="http_basic_auth", gen=g_basic,
                       obvious=["AUTHORIZATION"], neutral=["AUTHORIZATION"], forms=["header"], hdr=("Authorization", "Basic {}")),
    "pypi": dict(provider="pypi", kind="api_token", gen=lambda r: _simple("pypi-AgEIcHlwaS5vcmc" + rs(r, B64URL, 150)),
                 obvious=["PYPI_TOKEN", "TWINE_PASSWORD"], neutral=["UPLOAD_CRED", "PKG_PUBLISH"], forms=["kv", "arg"], hdr=None),
}
SPEC_KEYS = list(SPECS.keys())


def extra_forms(key, cred, rng):
    """URL renderings for token kinds that have one."""
    s = cred["secret"]
    if key in ("github_pat", "github_fg"):
        return "https://x-access-token:%s@github.com/%s/%s.git" % (s, pick(rng, ORGS), pick(rng, APPS))
    if key == "gitlab_pat":
        return "https://oauth2:%s@gitlab.com/%s/%s.git" % (s, pick(rng, ORGS), pick(rng, APPS))
    if key == "google_api":
        return "https://maps.googleapis.com/maps/api/geocode/json?address=%s&key=%s" % (pick(rng, ["Berlin", "1600+Amphitheatre", "Paris"]), s)
    if key == "telegram":
        return "https://api.telegram.org/bot%s/sendMessage" % s
    if key == "slack_hook":
        return s
    if key in ("postgres", "mysql", "mongodb", "redis", "amqp"):
        return cred["value"]
    return None


def make_cred(rng, key, obvious):
    sp = SPECS[key]
    c = sp["gen"](rng)
    c["key"] = key
    c["provider"] = sp["provider"]
    c["kind"] = sp["kind"]
    c["obvious"] = obvious
    c["name"] = pick(rng, sp["obvious"] if obvious else sp["neutral"])
    c["needle"] = c["secret"]
    c["url"] = extra_forms(key, c, rng)
    c["arg"] = c.get("password", c["secret"]) if key not in ("slack_hook",) else c["secret"]
    if key in ("postgres", "mysql", "mongodb", "redis", "amqp", "azure_storage"):
        c["arg"] = c["value"]
    hdr = sp["hdr"]
    c["header"] = (hdr[0], hdr[1].format(c["secret"])) if hdr else None
    c["fake"] = None
    return c


# ---------------------------------------------------------------------------
# look-alike values for negatives that re-use a positive template
# ---------------------------------------------------------------------------
PARTIAL_PREFIX = {
    "github_pat": "ghp_", "github_fg": "github_pat_", "gitlab_pat": "glpat-", "stripe_sk": "sk_live_",
    "stripe_rk": "rk_live_", "slack_bot": "xoxb-", "openai": "sk-proj-", "anthropic": "sk-ant-api03-",
    "google_api": "AIza", "sendgrid": "SG.", "npm": "npm_", "digitalocean": "dop_v1_", "shopify": "shpat_",
    "vault": "hvs.", "mailgun": "key-", "pypi": "pypi-",
}
AWS_DOC_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
CONN_KEYS = ("postgres", "mysql", "mongodb", "redis", "amqp")


def fake_scalar(rng, key, name, native):
    """A non-secret value that sits where the secret would be."""
    r = rng.random()
    if native and r < 0.40:
        return native, "masked"
    r = rng.random()
    if key == "aws_secret" and r < 0.2:
        return AWS_DOC_SECRET, "documented_example"
    if r < 0.18:
        return "${%s}" % name, "env_reference"
    if r < 0.30:
        return "<%s>" % style(name, "kebab"), "placeholder"
    if r < 0.40:
        return pick(rng, ["YOUR_%s_HERE" % name, "changeme", "REPLACE_ME", "xxxxxxxxxxxxxxxx", "TODO", "dummy"]), "placeholder"
    if r < 0.55 and key in PARTIAL_PREFIX:
        return PARTIAL_PREFIX[key] + "*" * rng.choice([4, 8, 12]) + rs(rng, LOWER + DIGITS, 4), "partially_masked"
    if r < 0.65:
        return pick(rng, ["", "null", "None", "undefined"]), "empty"
    if r < 0.78:
        return pick(rng, ["[REDACTED]", "<redacted>", "********", "[hidden]", "(sensitive value)", "***"]), "masked"
    if r < 0.88:
        return pick(rng, ["vault:secret/data/%s#%s" % (pick(rng, APPS), style(name, "snake")),
                          "arn:aws:secretsmanager:eu-west-1:%d:secret:%s-%s" % (rng.randint(10**11, 10**12 - 1), style(name, "kebab"), rs(rng, ALNUM, 6)),
                          "projects/%s/secrets/%s/versions/latest" % (pick(rng, ORGS) + "-prod", style(name, "kebab")),
                          "%%env(%s)%%" % name, "op://Engineering/%s/credential" % style(name, "kebab")]), "secret_manager_reference"
    return native or "********", "masked"


def make_fake(rng, key, obvious, native):
    sp = SPECS[key]
    name = pick(rng, sp["obvious"] if obvious else sp["neutral"])
    c = {"key": key, "provider": sp["provider"], "kind": sp["kind"], "obvious": obvious, "name": name,
         "needle": None, "companions": []}
    if key == "stripe_sk" and rng.random() < 0.5:
        pk = "pk_live_" + rs(rng, ALNUM, 24) if rng.random() < 0.5 else "pk_live_51" + rs(rng, ALNUM, 97)
        c["name"] = pick(rng, ["STRIPE_PUBLISHABLE_KEY", "NEXT_PUBLIC_STRIPE_KEY", "VITE_STRIPE_PK"])
        val, fk = pk, "publishable_key"
    else:
        val, fk = fake_scalar(rng, key, name, native)
    c["fake"] = fk
    if key == "aws_secret":
        c["companions"] = [("AWS_ACCESS_KEY_ID", AWS_DOC_ID if fk == "documented_example" else
                            pick(rng, ["${AWS_ACCESS_KEY_ID}", AWS_DOC_ID, "<access-key-id>"]))]
    if key == "twilio":
        c["companions"] = [("TWILIO_ACCOUNT_SID", "AC" + hexs(rng, 32))]
    if key in CONN_KEYS:
        pwmask = pick(rng, ["***", "****", "********", "${DB_PASSWORD}", "<password>", "[FILTERED]", (native if native and native != "SECRETREF" else "xxxxx")])
        if fk in ("env_reference", "secret_manager_reference", "empty") and rng.random() < 0.5:
            url = val
        elif rng.random() < 0.6:
            url = conn_url(rng, {"postgres": "postgres", "mysql": "mysql", "mongodb": "mongodb+srv", "redis": "redis",
                                 "amqp": "amqp"}[key], pwmask)
        else:
            url = conn_url(rng, {"postgres": "postgres", "mysql": "mysql", "mongodb": "mongodb+srv", "redis": "redis",
                                 "amqp": "amqp"}[key], "PWD").replace(":PWD@", "@")
            if key == "redis":
                url = url.replace("default@", "")
            c["fake"] = "no_password"
        c["value"] = url
        c["url"] = url
        c["arg"] = url
    elif key == "azure_storage":
        acct = pick(rng, ORGS) + "prodstore"
        if rng.random() < 0.5:
            c["value"] = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, val or "***")
        else:
            c["value"] = "UseDevelopmentStorage=true"
            c["fake"] = "emulator"
        c["url"] = None
        c["arg"] = c["value"]
    else:
        c["value"] = val
        c["arg"] = val
        if key in ("github_pat", "github_fg"):
            c["url"] = "https://github.com/%s/%s.git" % (pick(rng, ORGS), pick(rng, APPS))
        elif key == "gitlab_pat":
            c["url"] = "https://oauth2:%s@gitlab.com/%s/%s.git" % (val or "***", pick(rng, ORGS), pick(rng, APPS))
        elif key == "google_api":
            c["url"] = "https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key=%s" % (val or "REDACTED")
        elif key == "telegram":
            c["url"] = "https://api.telegram.org/bot%s/sendMessage" % pick(rng, ["<token>", "${TELEGRAM_BOT_TOKEN}", "***"])
        elif key == "slack_hook":
            c["url"] = pick(rng, ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                                  "https://hooks.slack.com/services/***", "${SLACK_WEBHOOK_URL}"])
            c["value"] = c["url"] if fk != "masked" else val
            c["arg"] = c["value"]
        else:
            c["url"] = None
    hdr = sp["hdr"]
    if hdr:
        hv = val if val else "<token>"
        if key == "basic_auth":
            hv = pick(rng, ["<redacted>", "********", "[Filtered]", "${BASIC_AUTH}", "<base64 user:pass>"])
        c["header"] = (hdr[0], hdr[1].format(hv))
    else:
        c["header"] = None
    return c


# ---------------------------------------------------------------------------
# shared filler
# ---------------------------------------------------------------------------
HARMLESS_ENV = [
    ("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
    ("HOSTNAME", None), ("HOME", "/root"), ("LANG", "C.UTF-8"), ("TZ", "UTC"), ("TERM", "xterm"),
    ("NODE_ENV", "production"), ("PYTHONUNBUFFERED", "1"), ("PYTHONDONTWRITEBYTECODE", "1"),
    ("PORT", "8080"), ("LOG_LEVEL", "info"), ("APP_ENV", "staging"), ("RAILS_ENV", "production"),
    ("JAVA_OPTS", "-Xms512m -Xmx1024m -XX:+UseG1GC"), ("GOMAXPROCS", "4"), ("SHLVL", "1"),
    ("KUBERNETES_SERVICE_HOST", "10.96.0.1"), ("KUBERNETES_SERVICE_PORT", "443"),
    ("AWS_REGION", "eu-west-1"), ("AWS_DEFAULT_REGION", "us-east-1"), ("DB_HOST", "postgres"), ("DB_PORT", "5432"),
    ("DB_NAME", "app"), ("DB_USER", "app"), ("REDIS_HOST", "redis"), ("SENTRY_ENVIRONMENT", "staging"),
    ("FEATURE_NEW_CHECKOUT", "true"), ("WORKERS", "4"), ("MAX_UPLOAD_MB", "25"), ("PWD", "/app"),
    ("NODE_VERSION", "20.11.1"), ("YARN_VERSION", "1.22.19"), ("PYTHON_VERSION", "3.11.8"),
    ("GPG_KEY", "A035C8C19219BA821ECEA86B64E628F8D684696D"), ("PIP_NO_CACHE_DIR", "off"),
    ("OTEL_SERVICE_NAME", None), ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector:4317"),
    ("STATSD_HOST", "localhost"), ("TMPDIR", "/tmp"), ("USER", "app"), ("LC_ALL", "C.UTF-8"),
    ("S3_BUCKET", None), ("CDN_URL", None), ("TRUST_PROXY", "1"), ("CI", "true"),
]


def harmless_env(rng, n):
    items = rng.sample(HARMLESS_ENV, n)
    out = []
    for k, v in items:
        if v is None:
            if k == "HOSTNAME":
                v = hexs(rng, 12) if rng.random() < 0.5 else "%s-%s-%s" % (pick(rng, APPS), rs(rng, LOWER + DIGITS, 10), rs(rng, LOWER + DIGITS, 5))
            elif k == "OTEL_SERVICE_NAME":
                v = pick(rng, APPS)
            elif k == "S3_BUCKET":
                v = "%s-%s-assets" % (pick(rng, ORGS), pick(rng, ["prod", "staging"]))
            elif k == "CDN_URL":
                v = "https://cdn.%s.com" % pick(rng, ORGS)
        out.append((k, v))
    return out


def env_with(rng, c, n, styled="screaming"):
    """harmless env + the slot (name, value) + companions, in a random position."""
    env = harmless_env(rng, n)
    slot = [(style(c["name"], styled), c["value"])]
    for cn, cv in c["companions"]:
        slot.insert(0, (style(cn, styled), cv))
    pos = rng.randint(1, len(env))
    return env[:pos] + slot + env[pos:]


def camel_kebab(k):
    out = ""
    for ch in k:
        out += ("-" + ch.lower()) if ch.isupper() else ch
    return out.lstrip("-").replace("_", "-")


def py_repr(s):
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


def js_str(s):
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


def html_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#x27;")


def pyfile(rng):
    return pick(rng, ["app/services/payments.py", "core/tasks.py", "api/views.py", "billing/client.py",
                      "integrations/notify.py", "orders/sync.py", "reports/export.py", "accounts/backends.py"])


def trace_id(rng):
    return hexs(rng, 32)


def span_id(rng):
    return hexs(rng, 16)


# ---------------------------------------------------------------------------
# slot templates: fn(rng, c) -> (relpath, filetype, text).  c["form"] says
# which slot rendering to use: kv (name/value), header, url, arg.
# ---------------------------------------------------------------------------
TEMPLATES = []


def tpl(forms, native=None, keys=None, pred=None):
    def deco(fn):
        TEMPLATES.append(dict(name=fn.__name__[2:], fn=fn, forms=forms, native=native, keys=keys, pred=pred))
        return fn
    return deco


DJ_MASK = "********************"


@tpl(forms=["kv"], native=DJ_MASK)
def t_django_debug_html(rng, c):
    app = pick(rng, APPS).replace("-", "_")
    path = pick(rng, ["/checkout/confirm/", "/api/v1/orders/", "/accounts/login/", "/reports/export/", "/webhooks/stripe/"])
    exc = pick(rng, [("ConnectionError", "Error 111 connecting to redis:6379. Connection refused."),
                     ("KeyError", "&#x27;customer_id&#x27;"), ("TypeError", "&#x27;NoneType&#x27; object is not subscriptable"),
                     ("OperationalError", "could not connect to server: Connection refused")])
    nm_local = style(c["name"], "snake")
    # Django masks settings whose names match API|TOKEN|KEY|SECRET|PASS|SIGNATURE, so obvious names leak via locals
    where = "locals" if c["obvious"] else rng.choice(["locals", "settings"])
    rows = []

    def row(k, v):
        return "        <tr><td>%s</td><td class=\"code\"><pre>%s</pre></td></tr>" % (k, html_esc(v))
    local_rows = [row("request", "<WSGIRequest: POST '%s'>" % path), row("self", "<%s.views.CheckoutView object at %s>" % (app, addr(rng))),
                  row("order_id", str(rng.randint(1000, 99999))), row("timeout", "%d" % rng.choice([5, 10, 30]))]
    settings_rows = [row("ALLOWED_HOSTS", "['*']"), row("DEBUG", "True"), row("LANGUAGE_CODE", "'en-us'"),
                     row("TIME_ZONE", "'UTC'"), row("STATIC_URL", "'/static/'"),
                     row("ROOT_URLCONF", "'%s.urls'" % app), row("SECRET_KEY", DJ_MASK),
                     row("SESSION_COOKIE_AGE", "1209600")]
    vals = [(c["name"] if where == "settings" else nm_local, c["value"])] + [
        (cn if where == "settings" else style(cn, "snake"), cv) for cn, cv in c["companions"]]
    if where == "locals":
        for k, v in vals:
            local_rows.insert(rng.randint(1, len(local_rows)), row(k, py_repr(v)))
    else:
        for k, v in vals:
            settings_rows.insert(rng.randint(1, len(settings_rows)), row(k, py_repr(v)))
    lines = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "  <meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">",
             "  <meta name=\"robots\" content=\"NONE,NOARCHIVE\">", "  <title>%s at %s</title>" % (exc[0], path), "</head>", "<body>",
             "<div id=\"summary\">", "  <h1>%s at %s</h1>" % (exc[0], path), "  <pre class=\"exception_value\">%s</pre>" % exc[1],
             "  <table class=\"meta\">", "    <tr><th>Request Method:</th><td>POST</td></tr>",
             "    <tr><th>Django Version:</th><td>%s</td></tr>" % pick(rng, ["4.2.11", "5.0.3", "3.2.25"]),
             "    <tr><th>Python Version:</th><td>3.%d.%d</td></tr>" % (rng.randint(9, 12), rng.randint(1, 9)), "  </table>", "</div>",
             "<div id=\"traceback\">", "  <ul class=\"traceback\">", "    <li class=\"frame user\">",
             "      <code class=\"fname\">/srv/app/%s/views.py</code>, line %d, in post" % (app, rng.randint(20, 300)),
             "      <table class=\"vars\" id=\"v%s\">" % hexs(rng, 8), "        <thead><tr><th>Variable</th><th>Value</th></tr></thead>",
             "        <tbody>"] + local_rows + ["        </tbody>", "      </table>", "    </li>", "  </ul>", "</div>",
             "<div id=\"requestinfo\">", "  <h3 id=\"settings-info\">Settings</h3>", "  <h4>Using settings module <code>%s.settings</code></h4>" % app,
             "  <table class=\"req\">", "    <tbody>"] + settings_rows + ["    </tbody>", "  </table>", "</div>", "</body>", "</html>"]
    rel = pick(rng, ["docs/incidents/%s-django-500.html" % ts(rng)[:10], "debug/technical_500.html", "tmp/error-pages/500-%s.html" % path.strip("/").replace("/", "-"),
                     "bugreports/%d/debug.html" % rng.randint(100, 2000)])
    return rel, "html", "\n".join(lines) + "\n"


@tpl(forms=["arg", "url"])
def t_django_text_issue(rng, c):
    mod = pyfile(rng)
    if c["form"] == "url":
        code = "    conn = connect(%s)" % py_repr(c["url"])
        excv = "Failed to establish connection to %s" % c["url"] if rng.random() < 0.5 else "timed out"
    else:
        fn = pick(rng, ["stripe.StripeClient", "Client", "build_session", "Mailer", "connect", "ApiClient"])
        code = "    client = %s(%s)" % (fn, py_repr(c["arg"]))
        excv = pick(rng, ["Request req_%s: No such customer: 'cus_%s'" % (rs(rng, ALNUM, 14), rs(rng, ALNUM, 14)), "timed out",
                          "HTTPSConnectionPool(host='api.example.net', port=443): Read timed out. (read timeout=10)"])
    url = "/%s/" % pick(rng, ["checkout", "api/v2/sync", "admin/reports", "hooks/inbound"])
    lines = ["## Bug: 500 on `%s` after deploy" % url, "", "Steps: submit the form on staging. Stack trace copied from the debug page:", "",
             "```", "Environment:", "", "", "Request Method: POST", "Request URL: https://staging.%s.io%s" % (pick(rng, ORGS), url), "",
             "Django Version: %s" % pick(rng, ["4.2.11", "5.0.6", "4.1.13"]), "Python Version: 3.11.8", "Installed Applications:",
             "['django.contrib.admin',", " 'django.contrib.auth',", " 'django.contrib.contenttypes',", " 'rest_framework',", " 'orders']",
             "Installed Middleware:", "['django.middleware.security.SecurityMiddleware',", " 'django.contrib.sessions.middleware.SessionMiddleware',",
             " 'django.middleware.common.CommonMiddleware']", "", "", "",
             "Traceback (most recent call last):",
             "  File \"/usr/local/lib/python3.11/site-packages/django/core/handlers/exception.py\", line 55, in inner",
             "    response = get_response(request)",
             "  File \"/usr/local/lib/python3.11/site-packages/django/core/handlers/base.py\", line 197, in _get_response",
             "    response = wrapped_callback(request, *callback_args, **callback_kwargs)",
             "  File \"/srv/app/%s\", line %d, in sync_customer" % (mod, rng.randint(10, 200)), code, "",
             "Exception Type: %s at %s" % (pick(rng, ["ConnectionError", "APIError", "TimeoutError"]), url), "Exception Value: %s" % excv, "```", "",
             "Started after #%d was merged. /cc @%s" % (rng.randint(100, 900), pick(rng, USERS))]
    rel = pick(rng, ["docs/issues/%d.md" % rng.randint(100, 3000), ".github/ISSUE_EXPORT/issue-%d.md" % rng.randint(10, 900),
                     "notes/bug-%s.md" % url.strip("/").replace("/", "-")])
    return rel, "markdown", "\n".join(lines) + "\n"


@tpl(forms=["kv"], native="*" * 12)
def t_whoops_html(rng, c):
    env = env_with(rng, c, rng.randint(5, 10))
    rows = []
    for k, v in env:
        if c["needle"] is None and k == style(c["name"], "screaming") and c["fake"] == "masked":
            v = "*" * 12
        rows.append("          <tr><td class=\"data-table-k\">%s</td><td class=\"data-table-v\"><pre class=\"sf-dump\">\"%s\"</pre></td></tr>" % (k, html_esc(v)))
    exc = pick(rng, ["Illuminate\\Database\\QueryException", "ErrorException", "GuzzleHttp\\Exception\\ClientException", "RuntimeException"])
    lines = ["<!DOCTYPE html>", "<html>", "<head>", "  <meta charset=\"utf-8\">", "  <title>Whoops! There was an error.</title>", "</head>", "<body>",
             "<div class=\"Whoops container\">", "  <div class=\"exception\">", "    <div class=\"exc-title\">%s</div>" % exc,
             "    <p class=\"exc-message\">%s</p>" % pick(rng, ["Undefined array key \"total\"", "SQLSTATE[HY000] [2002] Connection refused",
                                                             "Client error: `POST https://api.example.com/v1/send` resulted in a `401 Unauthorized` response"]),
             "  </div>", "  <div class=\"frame-file\">/var/www/html/app/Http/Controllers/%sController.php</div>" % pick(rng, ["Order", "Invoice", "Webhook", "Report"]),
             "  <div class=\"details\">", "    <h2 class=\"details-heading\">Environment &amp; details:</h2>",
             "    <div class=\"data-table-container\">", "      <div class=\"data-table\">", "        <label>Environment Variables</label>",
             "        <table class=\"data-table\">", "          <thead><tr><td>Key</td><td>Value</td></tr></thead>"] + rows + [
             "        </table>", "      </div>", "    </div>", "  </div>", "</div>", "</body>", "</html>"]
    rel = pick(rng, ["storage/debug/whoops-%d.html" % rng.randint(1, 99), "docs/bugs/whoops-page.html", "tests/Fixtures/error_page.html"])
    return rel, "html", "\n".join(lines) + "\n"


def _short_pw(c):
    return c["needle"] is None or len(c["needle"]) <= 15


@tpl(forms=["arg"], native="Object(SensitiveParameterValue)", keys=["db_password", "smtp_password"], pred=_short_pw)
def t_laravel_log_pdo(rng, c):
    d = ts(rng, sep=" ", frac=False, z=False)
    host = pick(rng, ["127.0.0.1", "mysql", "db.internal", "10.0.1.22"])
    user = pick(rng, USERS)
    argv = c["arg"]
    argq = argv if argv.startswith("Object(") else "'%s'" % argv
    if c["key"] == "db_password":
        head = "[%s] production.ERROR: SQLSTATE[HY000] [1045] Access denied for user '%s'@'%s' (using password: YES) (Connection: mysql, SQL: select * from `sessions` where `id` = %s limit 1) {\"exception\":\"[object] (Illuminate\\\\Database\\\\QueryException(code: 1045): SQLSTATE[HY000] [1045] Access denied at /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php:%d)" % (
            d, user, ip(rng), rs(rng, ALNUM, 40), rng.randint(700, 830))
        frames = ["#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(65): PDO->__construct('mysql:host=%s...', '%s', %s, Array)" % (host[:4], user, argq),
                  "#1 /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(44): Illuminate\\Database\\Connectors\\Connector->createPdoConnection('mysql:host=%s...', '%s', %s, Array)" % (host[:4], user, argq),
                  "#2 /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connectors/MySqlConnector.php(24): Illuminate\\Database\\Connectors\\Connector->createConnection('mysql:host=%s...', Array, Array)" % host[:4]]
    else:
        head = "[%s] production.ERROR: Failed to authenticate on SMTP server with username \"%s@%s.com\" using the following authenticators: \"LOGIN\", \"PLAIN\". {\"exception\":\"[object] (Symfony\\\\Component\\\\Mailer\\\\Exception\\\\TransportException(code: 535)" % (d, pick(rng, USERS), pick(rng, ORGS))
        frames = ["#0 /var/www/html/vendor/symfony/mailer/Transport/Smtp/EsmtpTransport.php(211): Symfony\\Component\\Mailer\\Transport\\Smtp\\Auth\\LoginAuthenticator->authenticate(Object(Symfony\\Component\\Mailer\\Transport\\Smtp\\EsmtpTransport))",
                  "#1 /var/www/html/vendor/symfony/mailer/Transport/Smtp/EsmtpTransport.php(150): Symfony\\Component\\Mailer\\Transport\\Smtp\\EsmtpTransport->handleAuth(Array)",
                  "#2 /var/www/html/app/Services/MailerFactory.php(31): Symfony\\Component\\Mailer\\Transport\\Smtp\\EsmtpTransport->setPassword(%s)" % argq]
    more = ["#%d /var/www/html/vendor/laravel/framework/src/Illuminate/Pipeline/Pipeline.php(%d): Illuminate\\Pipeline\\Pipeline->Illuminate\\Pipeline\\{closure}(Object(Illuminate\\Http\\Request))" % (i, rng.randint(100, 200)) for i in range(3, 3 + rng.randint(2, 6))]
    lines = [head, "[stacktrace]"] + frames + more + ["#%d {main}" % (3 + len(more)), "\"}", "[%s] production.INFO: Health check ok {\"latency_ms\":%d}" % (ts(rng, sep=" ", frac=False, z=False), rng.randint(2, 90))]
    rel = pick(rng, ["storage/logs/laravel.log", "storage/logs/laravel-%s.log" % d[:10], "docs/support/laravel-error.log"])
    return rel, "log", "\n".join(lines) + "\n"


@tpl(forms=["kv"])
def t_symfony_dump(rng, c):
    nm = style(c["name"], pick(rng, ["snake", "camel"]))
    entries = [("host", "\"%s\"" % pick(rng, HOSTS)), ("port", str(rng.choice([443, 5432, 3306, 6379]))), ("timeout", "%d" % rng.choice([5, 10, 30])),
               ("verify_peer", "true"), ("base_uri", "\"https://api.%s.com/v2/\"" % pick(rng, ORGS))]
    pos = rng.randint(1, len(entries))
    entries.insert(pos, (nm, "\"%s\"" % c["value"]))
    for cn, cv in c["companions"]:
        entries.insert(pos, (style(cn, "snake"), "\"%s\"" % cv))
    w = max(len(k) for k, _ in entries) + 2
    body = ["  \"%s\"%s=> %s" % (k, " " * (w - len(k) - 2 + 1), v) for k, v in entries]
    lines = ["$ bin/console debug:container --show-arguments App\\Client\\%sClient" % pick(rng, ["Payment", "Mail", "Storage", "Chat"]),
             "", "// dump() output captured from the profiler (Debug > Dumps)", "",
             "^ App\\Client\\Config {#%d" % rng.randint(100, 999), "  -options: array:%d [" % len(entries)] + ["  " + b for b in body] + [
             "  ]", "  -logger: Monolog\\Logger {#%d …8}" % rng.randint(100, 999), "}", "", "in src/Client/ClientFactory.php on line %d" % rng.randint(20, 120)]
    rel = pick(rng, ["var/log/dump-%d.txt" % rng.randint(1, 50), "docs/debug/profiler-dump.txt", "notes/symfony-dump.txt"])
    return rel, "text", "\n".join(lines) + "\n"


@tpl(forms=["kv"], native="********")
def t_phpinfo_html(rng, c):
    env = env_with(rng, c, rng.randint(4, 9))
    rows = ["<tr><td class=\"e\">PHP Version </td><td class=\"v\">%s </td></tr>" % pick(rng, ["8.2.17", "8.1.27", "8.3.4", "7.4.33"]),
            "<tr><td class=\"e\">Server API </td><td class=\"v\">FPM/FastCGI </td></tr>",
            "<tr><td class=\"e\">Loaded Configuration File </td><td class=\"v\">/usr/local/etc/php/php.ini </td></tr>"]
    envrows = ["<tr><td class=\"e\">$_SERVER['%s']</td><td class=\"v\">%s</td></tr>" % (k, html_esc(v) if v else "<i>no value</i>") for k, v in env]
    lines = ["<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"DTD/xhtml1-transitional.dtd\">",
             "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>", "<title>PHP %s - phpinfo()</title>" % rows[0][38:44].strip(),
             "<meta name=\"ROBOTS\" content=\"NOINDEX,NOFOLLOW,NOARCHIVE\" /></head>", "<body><div class=\"center\">",
             "<table>"] + rows + ["</table>", "<h2>PHP Variables</h2>", "<table>", "<tr class=\"h\"><th>Variable</th><th>Value</th></tr>"] + envrows + [
             "<tr><td class=\"e\">$_SERVER['REQUEST_TIME']</td><td class=\"v\">%d</td></tr>" % rng.randint(1650000000, 1730000000),
             "</table>", "</div></body></html>"]
    rel = pick(rng, ["public/info.html", "docs/server/phpinfo-%s.html" % pick(rng, ["prod", "staging", "web01"]), "support/phpinfo.html"])
    return rel, "html", "\n".join(lines) + "\n"


@tpl(forms=["kv"])
def t_php_i_text(rng, c):
    env = env_with(rng, c, rng.randint(5, 10))
    lines = ["phpinfo()", "PHP Version => %s" % pick(rng, ["8.2.18", "8.3.6", "8.1.28"]), "",
             "System => Linux %s 5.15.0-105-generic #115-Ubuntu SMP x86_64" % hexs(rng, 12),
             "Build Date => Apr 11 2024 %02d:%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)),
             "Server API => Command Line Interface", "Virtual Directory Support => disabled", "", "Environment", "", "Variable => Value"]
    lines += ["%s => %s" % (k, v) for k, v in env]
    lines += ["", "PHP Variables", "", "Variable => Value", "$_SERVER['PHP_SELF'] => artisan", "$_SERVER['SCRIPT_NAME'] => artisan"]
    rel = pick(rng, ["docs/env/php-i.txt", "support-bundle/php-info.txt", "tmp/php-i-%s.txt" % pick(rng, ["worker", "cron", "web"])])
    return rel, "text", "\n".join(lines) + "\n"


ACT_MASK = "******"


@tpl(forms=["kv"], native=ACT_MASK)
def t_actuator_env(rng, c):
    sysenv = {}
    for k, v in env_with(rng, c, rng.randint(3, 7)):
        sysenv[k] = {"value": v, "origin": "System Environment Property \"%s\"" % k}
    app_props = {"spring.application.name": {"value": pick(rng, APPS), "origin": "class path resource [application.yml] - 3:11"},
                 "server.port": {"value": "8080", "origin": "class path resource [application.yml] - 6:9"},
                 "management.endpoints.web.exposure.include": {"value": "*", "origin": "class path resource [application.yml] - 11:18"}}
    doc = {"activeProfiles": [pick(rng, ["prod", "staging", "docker"])],
           "propertySources": [{"name": "server.ports", "properties": {"local.server.port": {"value": 8080}}},
                               {"name": "systemEnvironment", "properties": sysenv},
                               {"name": "Config resource 'class path resource [application.yml]' via location 'optional:classpath:/'",
                                "properties": app_props}]}
    rel = pick(rng, ["docs/debug/actuator-env.json", "support/%s/actuator_env.json" % pick(rng, APPS), "src/test/resources/fixtures/actuator-env.json"])
    return rel, "json", json.dumps(doc, indent=2) + "\n"


@tpl(forms=["kv"], native=ACT_MASK)
def t_actuator_configprops(rng, c):
    pref = pick(rng, ["app.payments", "app.integration", "acme.client", "notifier"])
    props = {"baseUrl": "https://api.%s.com" % pick(rng, ORGS), "connectTimeout": "PT5S", "retries": rng.randint(1, 5)}
    props[style(c["name"], "camel")] = c["value"]
    for cn, cv in c["companions"]:
        props[style(cn, "camel")] = cv
    inputs = {k: {"value": str(v), "origin": "\"%s.%s\" from property source \"systemEnvironment\"" % (pref, camel_kebab(k))} for k, v in props.items()}
    bean = pick(rng, ["paymentProperties", "clientProperties", "integrationSettings"])
    doc = {"contexts": {"application": {"beans": {
        "%s-com.%s.config.%s" % (pref, pick(rng, ORGS), bean[0].upper() + bean[1:]): {
            "prefix": pref, "properties": props, "inputs": inputs},
        "spring.jackson-org.springframework.boot.autoconfigure.jackson.JacksonProperties": {
            "prefix": "spring.jackson", "properties": {"serialization": {}, "defaultPropertyInclusion": "non_null"}, "inputs": {}}}}}}
    rel = pick(rng, ["docs/debug/configprops.json", "ops/dumps/%s-configprops.json" % pick(rng, APPS)])
    return rel, "json", json.dumps(doc, indent=2) + "\n"


@tpl(forms=["header", "kv"], native="[FILTERED]")
def t_rails_error_html(rng, c):
    ctrl = pick(rng, ["OrdersController#create", "WebhooksController#receive", "Api::V1::SyncController#update"])
    if c["form"] == "header":
        hk = "HTTP_" + c["header"][0].upper().replace("-", "_")
        envl = [("GATEWAY_INTERFACE", "\"CGI/1.2\""), (hk, "\"%s\"" % c["header"][1]), ("HTTP_ACCEPT", "\"application/json\""),
                ("REMOTE_ADDR", "\"%s\"" % ip(rng)), ("SERVER_SOFTWARE", "\"puma 6.4.2 The Eagle of Durango\"")]
        params = "{\"order\"=>{\"sku\"=>\"%s\", \"qty\"=>\"%d\"}}" % (rs(rng, UPPER + DIGITS, 8), rng.randint(1, 9))
    else:
        envl = [("GATEWAY_INTERFACE", "\"CGI/1.2\""), ("HTTP_ACCEPT", "\"text/html\""), ("REMOTE_ADDR", "\"%s\"" % ip(rng))]
        params = "{\"integration\"=>{\"%s\"=>\"%s\", \"enabled\"=>\"1\"}}" % (style(c["name"], "snake"), c["value"])
    lines = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "  <meta charset=\"utf-8\" />", "  <title>Action Controller: Exception caught</title>",
             "</head>", "<body>", "<header role=\"banner\">", "  <h1>%s in %s</h1>" % (pick(rng, ["NoMethodError", "ActiveRecord::RecordInvalid", "Faraday::ConnectionFailed"]), ctrl),
             "</header>", "<main role=\"main\" id=\"container\">", "  <h2>Request</h2>",
             "  <p><b>Parameters</b>:</p> <pre>%s</pre>" % html_esc(params), "",
             "  <div class=\"details\">", "    <a class=\"summary\" href=\"#\" onclick=\"return toggle('env_dump')\">Toggle env dump</a>",
             "    <div id=\"env_dump\" style=\"display:none\"><pre>"]
    lines += ["%s: %s" % (k, html_esc(v)) for k, v in envl]
    lines += ["</pre></div>", "  </div>", "  <h2 style=\"margin-top: 30px\">Response</h2>", "  <p><b>Headers</b>:</p> <pre>None</pre>",
              "</main>", "</body>", "</html>"]
    rel = pick(rng, ["spec/fixtures/files/rails_error_page.html", "docs/bugs/%s.html" % ctrl.split("#")[0].lower().replace("::", "_"), "tmp/exception-%d.html" % rng.randint(1, 99)])
    return rel, "html", "\n".join(lines) + "\n"


@tpl(forms=["kv", "header"], native="[FILTERED]")
def t_rails_log(rng, c):
    rid = uuid4(rng)
    t = ts(rng, sep=" ", frac=False, z=False)
    lines = ["I, [%sT%s.%06d #%d]  INFO -- : [%s] Started POST \"/api/v1/%s\" for %s at %s +0000" % (t[:10], t[11:], rng.randint(0, 999999), rng.randint(1, 99), rid,
                                                                                                   pick(rng, ["integrations", "settings", "hooks"]), ip(rng), t),
             "I, [%sT%s.%06d #%d]  INFO -- : [%s] Processing by Api::V1::IntegrationsController#create as JSON" % (t[:10], t[11:], rng.randint(0, 999999), rng.randint(1, 99), rid)]
    if c["form"] == "kv":
        lines.append("I, [%sT%s.%06d #%d]  INFO -- : [%s]   Parameters: {\"provider\"=>\"%s\", \"%s\"=>\"%s\", \"account\"=>\"%s\"}" % (
            t[:10], t[11:], rng.randint(0, 999999), rng.randint(1, 99), rid, c["provider"], style(c["name"], "snake"), c["value"], pick(rng, ORGS)))
    else:
        lines.append("I, [%sT%s.%06d #%d]  INFO -- : [%s]   Parameters: {\"provider\"=>\"%s\", \"account\"=>\"%s\"}" % (
            t[:10], t[11:], rng.randint(0, 999999), rng.randint(1, 99), rid, c["provider"], pick(rng, ORGS)))
        lines.append("D, [%sT%s.%06d #%d] DEBUG -- : [%s] Outbound request headers: {\"%s\"=>\"%s\", \"User-Agent\"=>\"Faraday v2.9.0\"}" % (
            t[:10], t[11:], rng.randint(0, 999999), rng.randint(1, 99), rid, c["header"][0], c["header"][1]))
    lines += ["D, [%sT%s.%06d #%d] DEBUG -- : [%s]   Integration Load (0.%dms)  SELECT \"integrations\".* FROM \"integrations\" WHERE \"integrations\".\"id\" = $1 LIMIT $2  [[\"id\", %d], [\"LIMIT\", 1]]" % (
        t[:10], t[11:], rng.randint(0, 999999), rng.randint(1, 99), rid, rng.randint(1, 9), rng.randint(1, 500)),
        "I, [%sT%s.%06d #%d]  INFO -- : [%s] Completed 201 Created in %dms (Views: 0.4ms | ActiveRecord: 2.1ms | Allocations: %d)" % (
        t[:10], t[11:], rng.randint(0, 999999), rng.randint(1, 99), rid, rng.randint(10, 400), rng.randint(1000, 9000))]
    rel = pick(rng, ["log/production.log", "log/development.log", "docs/support/rails-request.log"])
    return rel, "log", "\n".join(lines) + "\n"


@tpl(forms=["kv", "header"], native="[Filtered]")
def t_sentry_event(rng, c):
    hdrs = [["Accept", "application/json"], ["User-Agent", "python-requests/2.31.0"], ["X-Request-Id", uuid4(rng)]]
    extra = {"order_id": rng.randint(1000, 99999), "retry": rng.randint(0, 3)}
    if c["form"] == "header":
        hdrs.insert(rng.randint(0, len(hdrs)), [c["header"][0], c["header"][1]])
    else:
        extra[style(c["name"], pick(rng, ["snake", "camel", "screaming"]))] = c["value"]
        for cn, cv in c["companions"]:
            extra[style(cn, "snake")] = cv
    ev = {"event_id": hexs(rng, 32), "project": rng.randint(1000000, 9999999), "release": "%s@%d.%d.%d" % (pick(rng, APPS), rng.randint(1, 4), rng.randint(0, 20), rng.randint(0, 9)),
          "platform": "python", "level": "error", "timestamp": ts(rng),
          "exception": {"values": [{"type": pick(rng, ["HTTPError", "ConnectionError", "ValueError"]), "value": pick(rng, ["401 Client Error: Unauthorized", "connection reset by peer", "invalid literal for int() with base 10: ''"]),
                                    "stacktrace": {"frames": [{"filename": pyfile(rng), "function": pick(rng, ["sync", "charge", "send"]), "lineno": rng.randint(10, 300), "in_app": True}]}}]},
          "request": {"method": "POST", "url": "https://api.%s.com/v1/%s" % (pick(rng, ORGS), pick(rng, ["charges", "messages", "sync"])), "headers": hdrs},
          "contexts": {"trace": {"trace_id": trace_id(rng), "span_id": span_id(rng), "op": "http.server"}},
          "extra": extra, "sdk": {"name": "sentry.python", "version": "1.%d.%d" % (rng.randint(30, 45), rng.randint(0, 9))}}
    rel = pick(rng, ["tests/fixtures/sentry/event_%s.json" % hexs(rng, 8), "docs/incidents/sentry-%s.json" % hexs(rng, 12), "debug/sentry-event.json"])
    return rel, "json", json.dumps(ev, indent=2) + "\n"


@tpl(forms=["kv", "header"])
def t_node_axios_error(rng, c):
    lines = ["%s ERROR [%s] request failed" % (ts(rng), pick(rng, APPS)), "AxiosError: Request failed with status code %d" % rng.choice([401, 403, 500, 502]),
             "    at settle (/app/node_modules/axios/dist/node/axios.cjs:1966:12)",
             "    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3065:11)",
             "    at IncomingMessage.emit (node:events:531:35)", "    at endReadableNT (node:internal/streams/readable:1696:12)",
             "    at Axios.request (/app/node_modules/axios/dist/node/axios.cjs:3876:41)",
             "    at async %s (/app/src/%s.js:%d:%d) {" % (pick(rng, ["syncCustomers", "sendAlert", "pushMetrics"]), pick(rng, ["jobs/sync", "lib/client", "services/notify"]), rng.randint(10, 200), rng.randint(5, 30)),
             "  code: 'ERR_BAD_REQUEST',", "  config: {", "    transitional: {", "      silentJSONParsing: true,", "      forcedJSONParsing: true,",
             "      clarifyTimeoutError: false", "    },", "    adapter: [ 'xhr', 'http', 'fetch' ],", "    timeout: %d," % rng.choice([0, 5000, 10000]),
             "    headers: Object [AxiosHeaders] {", "      Accept: 'application/json, text/plain, */*',", "      'Content-Type': 'application/json',"]
    if c["form"] == "header":
        hn = c["header"][0]
        hn = hn if hn.replace("_", "").isalnum() else "'%s'" % hn
        lines.append("      %s: %s," % (hn, js_str(c["header"][1])))
    lines += ["      'User-Agent': 'axios/1.6.%d'" % rng.randint(0, 8), "    },", "    method: 'post',",
              "    url: 'https://api.%s.com/v2/%s'," % (pick(rng, ORGS), pick(rng, ["events", "messages", "customers"]))]
    if c["form"] == "kv":
        lines.append("    params: { %s: %s, limit: %d }," % (style(c["name"], "camel"), js_str(c["value"]), rng.choice([50, 100])))
    lines += ["    data: '{\"id\":%d}'" % rng.randint(1, 9999), "  },", "  request: <ref *1> ClientRequest { _events: [Object: null prototype], ... },",
              "  response: { status: %d, statusText: 'Unauthorized', data: { error: 'invalid_request' } }" % 401, "}"]
    rel = pick(rng, ["logs/worker-%s.log" % ts(rng)[:10], "docs/debugging/axios-error.txt", "crash-reports/node-%d.log" % rng.randint(1, 500)])
    return rel, "log" if rel.endswith(".log") else "text", "\n".join(lines) + "\n"


@tpl(forms=["kv", "arg"])
def t_pytest_showlocals(rng, c):
    test = pick(rng, ["test_charge_customer", "test_send_notification", "test_sync_upstream", "test_connect_db"])
    nm = style(c["name"], "snake")
    loc = [("client", "<%s.Client object at %s>" % (pick(rng, ["app.billing", "app.notify"]), addr(rng))), ("expected", str(rng.randint(1, 500))),
           ("resp", "<Response [%d]>" % rng.choice([401, 500]))]
    if c["form"] == "kv":
        loc.insert(rng.randint(0, 3), (nm, py_repr(c["value"])))
        call = "        resp = client.post(\"/v1/sync\", headers=auth_headers(%s))" % nm
    else:
        call = "        resp = make_client(%s).post(\"/v1/sync\")" % py_repr(c["arg"])
    w = max(len(k) for k, _ in loc)
    lines = ["============================= test session starts ==============================",
             "platform linux -- Python 3.11.8, pytest-8.1.1, pluggy-1.4.0", "rootdir: /builds/%s/%s" % (pick(rng, ORGS), pick(rng, APPS)),
             "collected %d items" % rng.randint(20, 300), "", "tests/test_integration.py ...F..", "",
             "=================================== FAILURES ===================================",
             "_____________________________ %s _____________________________" % test, "", "    def %s():" % test, call,
             ">       assert resp.status_code == 200", "E       assert %d == 200" % rng.choice([401, 403, 500]), ""]
    lines += ["%s = %s" % (k.ljust(w), v) for k, v in loc]
    lines += ["", "tests/test_integration.py:%d: AssertionError" % rng.randint(20, 300),
              "=========================== short test summary info ============================",
              "FAILED tests/test_integration.py::%s - assert %d == 200" % (test, rng.choice([401, 500])),
              "========================= 1 failed, %d passed in %.2fs =========================" % (rng.randint(5, 200), rng.random() * 30)]
    rel = pick(rng, ["ci/artifacts/pytest-output.txt", "test-results/pytest-%d.txt" % rng.randint(1, 900), "docs/ci-failure.txt"])
    return rel, "text", "\n".join(lines) + "\n"


@tpl(forms=["kv"])
def t_printenv(rng, c):
    env = env_with(rng, c, rng.randint(8, 18))
    intro = pick(rng, [["$ docker exec -it %s printenv" % hexs(rng, 12)], ["# output of `env` inside the worker pod"], []])
    lines = intro + ["%s=%s" % (k, v) for k, v in env]
    rel = pick(rng, ["support-bundle/env.txt", "debug/printenv.txt", "docs/troubleshooting/container-env.txt", "tmp/env-dump.txt"])
    return rel, "text", "\n".join(lines) + "\n"


@tpl(forms=["kv"])
def t_docker_inspect(rng, c):
    cid = hexs(rng, 64)
    env = ["%s=%s" % kv for kv in env_with(rng, c, rng.randint(4, 9))]
    doc = [{"Id": cid, "Created": ts(rng)[:-1] + "123456Z", "Path": pick(rng, ["docker-entrypoint.sh", "/bin/sh", "gunicorn"]),
            "Args": ["-c", "exec app"], "State": {"Status": "exited", "Running": False, "ExitCode": rng.choice([1, 137, 143]), "Pid": 0,
                                                 "Error": "", "StartedAt": ts(rng), "FinishedAt": ts(rng)},
            "Image": "sha256:" + hexs(rng, 64), "Name": "/%s-%d" % (pick(rng, APPS), rng.randint(1, 3)),
            "Config": {"Hostname": cid[:12], "User": "", "Env": env, "Cmd": ["node", "server.js"],
                       "Image": "%s/%s:%s" % (pick(rng, ORGS), pick(rng, APPS), pick(rng, ["latest", "1.4.2", "sha-" + hexs(rng, 7)])),
                       "WorkingDir": "/app", "Labels": {"com.docker.compose.project": pick(rng, APPS), "org.opencontainers.image.revision": hexs(rng, 40)}}}]
    rel = pick(rng, ["debug/docker-inspect.json", "support/%s/inspect.json" % pick(rng, APPS), "docs/incidents/container-inspect.json"])
    return rel, "json", json.dumps(doc, indent=4) + "\n"


@tpl(forms=["kv"], native="SECRETREF")
def t_kubectl_describe(rng, c):
    app = pick(rng, APPS)
    pod = "%s-%s-%s" % (app, rs(rng, LOWER + DIGITS, 10), rs(rng, LOWER + DIGITS, 5))
    envl = [("NODE_ENV", "production"), ("PORT", "8080"), ("LOG_LEVEL", pick(rng, ["info", "debug"]))]
    val = c["value"]
    if c["needle"] is None and val == "SECRETREF":
        val = "<set to the key '%s' in secret '%s-secrets'>  Optional: false" % (style(c["name"], "kebab"), app)
    pos = rng.randint(1, len(envl))
    envl.insert(pos, (c["name"], val))
    for cn, cv in c["companions"]:
        envl.insert(pos, (cn, cv))
    lines = ["Name:             %s" % pod, "Namespace:        %s" % pick(rng, ["default", "prod", "staging"]), "Priority:         0",
             "Node:             ip-%s.eu-west-1.compute.internal/%s" % (ip(rng).replace(".", "-"), ip(rng)), "Status:           Running",
             "IP:               %s" % ip(rng), "Controlled By:    ReplicaSet/%s" % pod.rsplit("-", 1)[0], "Containers:", "  %s:" % app,
             "    Container ID:   containerd://%s" % hexs(rng, 64), "    Image:          %s.dkr.ecr.eu-west-1.amazonaws.com/%s:%s" % (rng.randint(10**11, 10**12 - 1), app, hexs(rng, 7)),
             "    Image ID:       %s.dkr.ecr.eu-west-1.amazonaws.com/%s@sha256:%s" % (rng.randint(10**11, 10**12 - 1), app, hexs(rng, 64)),
             "    Port:           8080/TCP", "    State:          Running", "      Started:      %s" % ts(rng, frac=False),
             "    Last State:     Terminated", "      Reason:       Error", "      Exit Code:    1", "    Ready:          True",
             "    Restart Count:  %d" % rng.randint(1, 40), "    Environment:"]
    lines += ["      %s:%s%s" % (k, " " * max(1, 18 - len(k)), v) for k, v in envl]
    lines += ["    Mounts:", "      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-%s (ro)" % rs(rng, LOWER + DIGITS, 5),
              "Events:", "  Type     Reason   Age                 From     Message", "  ----     ------   ----                ----     -------",
              "  Warning  BackOff  %dm (x%d over 1h)  kubelet  Back-off restarting failed container %s in pod %s" % (rng.randint(1, 59), rng.randint(2, 90), app, pod)]
    rel = pick(rng, ["docs/runbooks/%s-describe.txt" % app, "debug/kubectl-describe-pod.txt", "incidents/%s/describe-pod.yaml" % ts(rng)[:10]])
    return rel, "yaml" if rel.endswith(".yaml") else "text", "\n".join(lines) + "\n"


def _cli_for(rng, c):
    """a command line that carries the credential positionally."""
    a = c["arg"]
    k = c["key"]
    if k in ("db_password",):
        return pick(rng, ["mysql -h %s -u %s -p%s %s" % (pick(rng, HOSTS), pick(rng, USERS), a, pick(rng, ["app", "shop"])),
                          "pg_dump --dbname=postgresql://%s:%s@%s/%s -Fc -f /backups/nightly.dump" % (pick(rng, USERS), a, pick(rng, HOSTS), "app"),
                          "mysqldump --user=root --password=%s --all-databases" % a])
    if k == "smtp_password":
        return "swaks --to ops@%s.com --server smtp.%s.com:587 --auth-user alerts --auth-password %s" % (pick(rng, ORGS), pick(rng, ORGS), a)
    if k in CONN_KEYS:
        return pick(rng, ["psql %s -c 'select 1'" % a, "python manage.py migrate --database-url %s" % a, "node dist/worker.js --broker %s" % a])
    if k == "azure_storage":
        return "az storage blob upload-batch -d backups -s ./out --connection-string \"%s\"" % a
    if k == "aws_secret":
        return "python backup.py --bucket %s-backups --aws-secret %s" % (pick(rng, ORGS), a)
    if k == "npm":
        return "npm publish --//registry.npmjs.org/:_authToken=%s" % a
    if k in ("github_pat",):
        return "gh-release-bot --repo %s/%s --token %s" % (pick(rng, ORGS), pick(rng, APPS), a)
    if k == "gitlab_pat":
        return "glab auth login --hostname gitlab.com --token %s" % a
    if k == "vault":
        return "vault login -no-print %s" % a
    if k == "digitalocean":
        return "doctl auth init --access-token %s" % a
    if k == "slack_hook":
        return "curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"deploy done\"}' %s" % a
    if k == "telegram":
        return "python bot.py %s" % a
    if k == "pypi":
        return "twine upload -u __token__ -p %s dist/*" % a
    return "python -m %s.worker --api-key %s" % (pick(rng, ["app", "jobs", "sync"]), a)


@tpl(forms=["kv", "arg"])
def t_ps_auxe(rng, c):
    lines = ["USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND",
             "root           1  0.0  0.0   4364  3320 ?        Ss   %02d:%02d   0:00 /bin/sh -c /entrypoint.sh" % (rng.randint(0, 23), rng.randint(0, 59))]
    for _ in range(rng.randint(1, 3)):
        lines.append("%-8s %6d  0.%d  0.%d %6d %5d ?        S    %02d:%02d   0:%02d %s" % (
            pick(rng, ["root", "app", "www-data"]), rng.randint(10, 900), rng.randint(0, 9), rng.randint(0, 9), rng.randint(5000, 900000), rng.randint(1000, 90000),
            rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), pick(rng, ["nginx: worker process", "/usr/sbin/cron -f", "sleep 3600", "tini -- node"])))
    if c["form"] == "kv":
        env = " ".join("%s=%s" % kv for kv in env_with(rng, c, rng.randint(3, 6)))
        cmd = "%s %s" % (pick(rng, ["node server.js", "python worker.py", "java -jar app.jar", "ruby bin/rails server"]), env)
    else:
        cmd = _cli_for(rng, c)
    lines.insert(rng.randint(2, len(lines)), "%-8s %6d  %d.%d  %d.%d %6d %5d ?        Sl   %02d:%02d   %d:%02d %s" % (
        pick(rng, ["app", "root", "deploy"]), rng.randint(10, 99999), rng.randint(0, 40), rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 9), rng.randint(100000, 2000000),
        rng.randint(10000, 400000), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 9), rng.randint(0, 59), cmd))
    head = pick(rng, [["$ ps auxe | grep -v grep"], ["# ps auxwwe from the stuck container"], ["$ ps aux"]])
    rel = pick(rng, ["support-bundle/processes.txt", "debug/ps-auxe.txt", "docs/incidents/ps-%s.txt" % ts(rng)[:10]])
    return rel, "text", "\n".join(head + lines) + "\n"


@tpl(forms=["arg", "header", "kv"])
def t_strace(rng, c):
    pid = rng.randint(1000, 99999)
    lines = []
    if c["form"] == "arg":
        argv = _cli_for(rng, c).split(" ")
        lines.append("%d  execve(\"/usr/bin/%s\", [%s], %s /* %d vars */) = 0" % (pid, argv[0], ", ".join("\"%s\"" % a.replace('"', '\\"') for a in argv), addr(rng), rng.randint(12, 60)))
    lines += ["%d  brk(NULL)                         = 0x%x" % (pid, rng.randint(0x55d000000000, 0x55dfffffffff)),
              "%d  openat(AT_FDCWD, \"/etc/ld.so.cache\", O_RDONLY|O_CLOEXEC) = 3" % pid,
              "%d  mmap(NULL, %d, PROT_READ, MAP_PRIVATE, 3, 0) = %s" % (pid, rng.randint(10000, 90000), addr(rng)),
              "%d  close(3)                          = 0" % pid,
              "%d  socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_TCP) = 5" % pid,
              "%d  connect(5, {sa_family=AF_INET, sin_port=htons(%d), sin_addr=inet_addr(\"%s\")}, 16) = 0" % (pid, rng.choice([80, 443, 6379, 8200]), ip(rng))]
    if c["form"] == "header":
        req = "POST /v1/%s HTTP/1.1\\r\\nHost: api.%s.com\\r\\n%s: %s\\r\\nContent-Length: %d\\r\\n\\r\\n" % (
            pick(rng, ["messages", "charges", "secrets"]), pick(rng, ORGS), c["header"][0], c["header"][1], rng.randint(10, 400))
        lines.append("%d  sendto(5, \"%s\", %d, MSG_NOSIGNAL, NULL, 0) = %d" % (pid, req, len(req), len(req)))
    elif c["form"] == "kv":
        w = "%s=%s\\n" % (c["name"], c["value"])
        lines.append("%d  read(3, \"%sAPP_ENV=production\\n\", 4096) = %d" % (pid, w, len(w) + 15))
    lines += ["%d  recvfrom(5, \"HTTP/1.1 401 Unauthorized\\r\\nDate: \"..., 65536, 0, NULL, NULL) = %d" % (pid, rng.randint(200, 900)),
              "%d  write(2, \"error: unauthorized\\n\", 20) = 20" % pid, "%d  exit_group(1)                     = ?" % pid, "%d  +++ exited with 1 +++" % pid]
    rel = pick(rng, ["debug/strace-%d.txt" % pid, "docs/perf/strace.out", "traces/strace.%d" % pid])
    return rel, "strace", "\n".join(lines) + "\n"


@tpl(forms=["kv"])
def t_ltrace(rng, c):
    nm = c["name"]
    lines = ["$ ltrace -e getenv+strlen+strcmp ./%s" % pick(rng, ["agent", "collector", "sync-daemon"]),
             "%s->getenv(\"HOME\") = \"/home/app\"" % pick(rng, ["agent", "collector"]), "agent->getenv(\"LANG\") = \"C.UTF-8\""]
    for cn, cv in c["companions"]:
        lines.append("agent->getenv(\"%s\") = \"%s\"" % (cn, cv))
    lines += ["agent->getenv(\"%s\") = \"%s\"" % (nm, c["value"]), "agent->strlen(\"%s\") = %d" % (pick(rng, ["https://intake.local", "/var/run/agent.sock"]), rng.randint(10, 30)),
              "agent->getenv(\"AGENT_DEBUG\") = nil", "agent->strcmp(\"verbose\", \"info\") = %d" % rng.choice([1, -1]), "+++ exited (status 0) +++"]
    rel = pick(rng, ["debug/ltrace.txt", "docs/reverse/ltrace-agent.txt"])
    return rel, "text", "\n".join(lines) + "\n"


@tpl(forms=["kv", "url"])
def t_core_strings(rng, c):
    junk = ["GLIBC_2.%d" % rng.randint(2, 38), "__libc_start_main", "libpthread.so.0", ".shstrtab", "__cxa_finalize", "_ITM_deregisterTMCloneTable",
            "/lib/x86_64-linux-gnu/libc.so.6", "CORE", "LINUX", "x86_64", "%s/%s" % (pick(rng, ["/usr/local/bin", "/app"]), pick(rng, ["worker", "agent"])),
            "SIGSEGV", "malloc(): corrupted top size", "ld-linux-x86-64.so.2", "libssl.so.3", "OPENSSL_3.0.0", "Ua`s", "tP$H", "AWAVAUATUSH", "[]A\\A]A^A_"]
    rng.shuffle(junk)
    payload = ["%s=%s" % kv for kv in env_with(rng, c, rng.randint(3, 6))] if c["form"] == "kv" else [c["url"]]
    pos = rng.randint(3, len(junk))
    lines = ["$ strings -n 8 core.%d | less" % rng.randint(1000, 99999)] + junk[:pos] + payload + junk[pos:]
    rel = pick(rng, ["debug/core-strings.txt", "crash/%s-core.strings.txt" % pick(rng, APPS)])
    return rel, "text", "\n".join(lines) + "\n"


@tpl(forms=["kv"])
def t_hs_err(rng, c):
    pid = rng.randint(1000, 99999)
    prop = "spring." + pick(rng, ["datasource", "mail", "rabbitmq", "app"]) + "." + style(c["name"], "kebab")
    where = rng.choice(["jvm_args", "env"])
    lines = ["#", "# A fatal error has been detected by the Java Runtime Environment:", "#",
             "#  SIGSEGV (0xb) at pc=0x%016x, pid=%d, tid=%d" % (rng.randint(0x7f0000000000, 0x7fffffffffff), pid, pid + rng.randint(1, 90)), "#",
             "# JRE version: OpenJDK Runtime Environment Temurin-17.0.%d+%d (17.0.%d+%d) (build 17.0.%d+%d)" % ((rng.randint(1, 11), rng.randint(1, 9)) * 3),
             "# Problematic frame:", "# C  [libzip.so+0x%x]  newEntry+0x%x" % (rng.randint(0x1000, 0xfffff), rng.randint(0x10, 0xfff)), "#",
             "---------------  S U M M A R Y ------------", "",
             "Command Line: %s-Xmx2g -jar /app/%s.jar" % ("-D%s=%s " % (prop, c["value"]) if where == "jvm_args" else "", pick(rng, APPS)), "",
             "Host: Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz, %d cores, %dG, Ubuntu 22.04.4 LTS" % (rng.choice([2, 4, 8]), rng.choice([4, 8, 16])),
             "Time: %s elapsed time: %d.%06d seconds (0d 0h 4m 1s)" % (ts(rng, sep=" ", frac=False, z=False), rng.randint(10, 9999), rng.randint(0, 999999)), "",
             "---------------  T H R E A D  ---------------", "",
             "Current thread (0x%016x):  JavaThread \"http-nio-8080-exec-%d\" daemon [_thread_in_native, id=%d]" % (rng.randint(0x7f0000000000, 0x7fffffffffff), rng.randint(1, 20), pid + 3),
             "", "Registers:", "RAX=0x%016x, RBX=0x%016x, RCX=0x%016x" % (rng.getrandbits(48), rng.getrandbits(48), rng.getrandbits(32)), "",
             "---------------  S Y S T E M  ---------------", "", "Environment Variables:"]
    if where == "env":
        lines += ["%s=%s" % kv for kv in env_with(rng, c, rng.randint(3, 6))]
    else:
        lines += ["%s=%s" % kv for kv in harmless_env(rng, rng.randint(3, 6))]
    lines += ["", "Signal Handlers:", "   SIGSEGV: crash_handler in libjvm.so, mask=11100100010111111101111111111110, flags=SA_RESTART|SA_SIGINFO"]
    rel = pick(rng, ["hs_err_pid%d.log" % pid, "logs/hs_err_pid%d.log" % pid, "docs/crashes/hs_err_pid%d.log" % pid])
    return rel, "crash-log", "\n".join(lines) + "\n"


@tpl(forms=["arg", "kv"], keys=["npm"])
def t_npm_debug(rng, c):
    v = rng.choice(["9.8.1", "10.2.4", "8.19.4"])
    lines = ["0 verbose cli /usr/local/bin/node /usr/local/bin/npm", "1 info using npm@%s" % v, "2 info using node@v%d.%d.%d" % (rng.choice([18, 20, 22]), rng.randint(0, 19), rng.randint(0, 9))]
    if c["form"] == "arg":
        lines.append("3 verbose title npm publish --//registry.npmjs.org/:_authToken=%s" % c["arg"])
        lines.append("4 verbose argv \"publish\" \"--//registry.npmjs.org/:_authToken\" \"%s\"" % c["arg"])
    else:
        lines.append("3 verbose title npm install")
        lines.append("4 verbose argv \"install\"")
        lines.append("5 silly config load:file:/app/.npmrc //registry.npmjs.org/:_authToken=%s" % c["value"])
    lines += ["6 timing npm:load:whichnode Completed in 1ms", "7 timing config:load Completed in %dms" % rng.randint(2, 30),
              "8 verbose logfile logs-max:10 dir:/root/.npm/_logs/%s-debug-0.log" % ts(rng)[:19].replace(":", "_"),
              "9 http fetch PUT 403 https://registry.npmjs.org/@%s%%2f%s %dms" % (pick(rng, ORGS), pick(rng, APPS), rng.randint(100, 900)),
              "10 verbose stack HttpErrorGeneral: 403 Forbidden - PUT https://registry.npmjs.org/@%s%%2f%s - You cannot publish over the previously published versions" % (pick(rng, ORGS), pick(rng, APPS)),
              "11 verbose cwd /builds/%s/%s" % (pick(rng, ORGS), pick(rng, APPS)), "12 verbose exit 1", "13 verbose code 1"]
    rel = pick(rng, ["npm-debug.log", "ci/logs/npm-debug.log", "docs/ci/%s-debug-0.log" % ts(rng)[:10]])
    return rel, "log", "\n".join(lines) + "\n"


@tpl(forms=["header", "url"])
def t_http_dump_md(rng, c):
    host = pick(rng, ["api.stripe.com", "api.github.com", "gitlab.com", "api.openai.com", "api.sendgrid.com", "hooks.internal", "api.%s.com" % pick(rng, ORGS)])
    lines = ["### Describe the bug", "", "Calls from the %s job fail with %d since %s." % (pick(rng, APPS), rng.choice([401, 403, 502]), pick(rng, ["Monday", "the last deploy", "v2.3.0"])), "",
             "### Request", "", "```http"]
    if c["form"] == "header":
        lines += ["POST /v1/%s HTTP/1.1" % pick(rng, ["charges", "repos/dispatches", "messages", "chat/completions"]), "Host: %s" % host,
                  "User-Agent: %s/%d.%d" % (pick(rng, APPS), rng.randint(1, 5), rng.randint(0, 20)), "%s: %s" % c["header"],
                  "Content-Type: application/json", "X-Request-Id: %s" % uuid4(rng), "", "{\"amount\": %d, \"currency\": \"eur\"}" % rng.randint(100, 99999)]
    else:
        lines += ["GET %s HTTP/1.1" % c["url"] if c["url"].startswith("https://maps") or c["url"].startswith("https://api.tele") else "POST %s HTTP/1.1" % c["url"],
                  "Accept: */*", "X-Request-Id: %s" % uuid4(rng)]
    lines += ["```", "", "### Response", "", "```", "HTTP/1.1 %d %s" % pick(rng, [(401, "Unauthorized"), (403, "Forbidden"), (502, "Bad Gateway")]),
              "Content-Type: application/json", "Request-Id: req_%s" % rs(rng, ALNUM, 14), "```", "", "### Environment", "",
              "- version: %d.%d.%d" % (rng.randint(1, 4), rng.randint(0, 20), rng.randint(0, 9)), "- OS: %s" % pick(rng, ["Ubuntu 22.04", "macOS 14.4", "Alpine 3.19"])]
    rel = pick(rng, [".github/issues/%d.md" % rng.randint(10, 999), "docs/bug-reports/%s-%d.md" % (pick(rng, APPS), rng.randint(1, 99)), "notes/request-dump.md"])
    return rel, "markdown", "\n".join(lines) + "\n"


@tpl(forms=["header"])
def t_curl_verbose(rng, c):
    host = pick(rng, ["api.%s.com" % pick(rng, ORGS), "registry.internal", "vault.service.consul", "artifacts.%s.io" % pick(rng, ORGS)])
    ipx = ip(rng, private=False)
    lines = ["$ curl -v https://%s/v1/%s" % (host, pick(rng, ["status", "sys/health", "health", "ping"])), "*   Trying %s:443..." % ipx,
             "* Connected to %s (%s) port 443 (#0)" % (host, ipx), "* ALPN: offers h2,http/1.1", "* TLSv1.3 (OUT), TLS handshake, Client hello (1):",
             "* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384", "* Server certificate:", "*  subject: CN=%s" % host,
             "*  expire date: %s" % ts(rng, sep=" ", frac=False, z=False), "> GET /v1/health HTTP/2", "> Host: %s" % host, "> User-Agent: curl/8.%d.0" % rng.randint(0, 9),
             "> Accept: */*", "> %s: %s" % c["header"], ">", "< HTTP/2 %d" % rng.choice([200, 401, 403, 503]), "< content-type: application/json",
             "< x-request-id: %s" % uuid4(rng), "< date: Tue, %02d Apr 2024 %02d:%02d:%02d GMT" % (rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)), "<",
             "{\"errors\":[\"permission denied\"]}", "* Connection #0 to host %s left intact" % host]
    rel = pick(rng, ["docs/troubleshooting/curl-verbose.txt", "debug/curl-%s.txt" % host.split(".")[0], "notes/api-401.txt"])
    return rel, "text", "\n".join(lines) + "\n"


@tpl(forms=["header", "url"])
def t_har(rng, c):
    if c["form"] == "header":
        url = "https://api.%s.com/v1/%s" % (pick(rng, ORGS), pick(rng, ["me", "orders", "events"]))
        hdrs = [{"name": "Accept", "value": "application/json"}, {"name": c["header"][0], "value": c["header"][1]},
                {"name": "User-Agent", "value": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/123.0 Safari/537.36"}]
    else:
        url = c["url"]
        hdrs = [{"name": "Accept", "value": "*/*"}]
    har = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
                   "pages": [{"startedDateTime": ts(rng), "id": "page_1", "title": "https://app.%s.com/dashboard" % pick(rng, ORGS), "pageTimings": {"onLoad": rng.randint(300, 5000)}}],
                   "entries": [{"startedDateTime": ts(rng), "time": round(rng.random() * 900, 3),
                                "request": {"method": "GET", "url": url, "httpVersion": "http/2.0", "headers": hdrs, "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
                                "response": {"status": rng.choice([200, 401, 500]), "statusText": "", "httpVersion": "http/2.0",
                                             "headers": [{"name": "x-request-id", "value": uuid4(rng)}], "content": {"size": rng.randint(10, 900), "mimeType": "application/json"},
                                             "redirectURL": "", "headersSize": -1, "bodySize": -1},
                                "cache": {}, "timings": {"blocked": 1.2, "dns": -1, "ssl": -1, "connect": -1, "send": 0.1, "wait": 120.5, "receive": 0.8},
                                "serverIPAddress": ip(rng, private=False), "_initiator": {"type": "script"}}]}}
    rel = pick(rng, ["docs/bugs/network-capture.har", "debug/%s.har" % pick(rng, ["login", "checkout", "dashboard"]), "tests/fixtures/session.har"])
    return rel, "har", json.dumps(har, indent=2) + "\n"


@tpl(forms=["url"], keys=list(CONN_KEYS))
def t_db_conn_error(rng, c):
    u = c["url"]
    k = c["key"]
    t = ts(rng, sep=" ", frac=True, z=False)
    if k == "postgres":
        body = ["%s ERROR [sqlalchemy.pool.impl.QueuePool] Exception during reset or similar" % t,
                "%s CRITICAL [app.db] could not connect using %s" % (t, u),
                "Traceback (most recent call last):",
                "  File \"/usr/local/lib/python3.11/site-packages/psycopg2/__init__.py\", line 122, in connect",
                "    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
                "psycopg2.OperationalError: connection to server at \"%s\" (%s), port 5432 failed: FATAL:  password authentication failed for user \"%s\"" % (pick(rng, HOSTS), ip(rng), pick(rng, USERS))]
    elif k == "mysql":
        body = ["%s [ERROR] [knex] Pool2 - Error: ER_ACCESS_DENIED_ERROR: Access denied for user '%s'@'%s' (using password: YES)" % (t, pick(rng, USERS), ip(rng)),
                "%s [ERROR] [db] connection string was: %s" % (t, u),
                "    at Handshake.Sequence._packetToError (/app/node_modules/mysql/lib/protocol/sequences/Sequence.js:47:14)",
                "    at Protocol._parsePacket (/app/node_modules/mysql/lib/protocol/Protocol.js:291:23)"]
    elif k == "mongodb":
        body = ["%s MongoServerSelectionError: connection <monitor> to %s:27017 closed" % (t, ip(rng, private=False)),
                "    at Timeout._onTimeout (/app/node_modules/mongodb/lib/sdam/topology.js:278:38)",
                "    at listOnTimeout (node:internal/timers:573:17) {",
                "  reason: TopologyDescription { type: 'ReplicaSetNoPrimary', servers: Map(3) {...}, setName: 'atlas-%s-shard-0' }," % rs(rng, LOWER + DIGITS, 6),
                "  code: undefined,", "  [Symbol(errorLabels)]: Set(0) {}", "}", "%s [db] failed to connect to %s" % (t, u)]
    elif k == "redis":
        body = ["%s [ioredis] Unhandled error event: Error: connect ETIMEDOUT" % t,
                "    at Socket.<anonymous> (/app/node_modules/ioredis/built/Redis.js:170:41)",
                "%s [cache] Redis client error, url=%s retry=%d" % (t, u, rng.randint(1, 20))]
    else:
        body = ["%s [ERROR] amqp connection failed: Socket closed abruptly during opening handshake" % t,
                "%s [ERROR] broker=%s, reconnecting in %ds" % (t, u, rng.choice([5, 10, 30]))]
    lines = ["%s INFO  starting %s (pid %d)" % (t, pick(rng, APPS), rng.randint(10, 9999)),
             "%s INFO  loaded %d routes, %d workers" % (t, rng.randint(10, 90), rng.choice([2, 4, 8])),
             "%s WARN  dependency check: database not ready, retry %d/5" % (t, rng.randint(1, 5))] + body + [
             "%s INFO  health endpoint returning 503" % t, "%s INFO  shutting down (exit code 1)" % t]
    rel = pick(rng, ["logs/app.log", "log/%s-error.log" % pick(rng, APPS), "docs/incidents/%s-db-outage.log" % t[:10], "var/log/worker.log"])
    return rel, "log", "\n".join(lines) + "\n"


@tpl(forms=["kv"], keys=["db_password", "smtp_password"])
def t_aspnet_ysod(rng, c):
    pw = c["value"]
    cs = "Server=%s;Database=%s;User Id=%s;Password=%s;TrustServerCertificate=True" % (pick(rng, ["sql01.corp.lan", "tcp:orders.database.windows.net,1433", "localhost\\SQLEXPRESS"]),
                                                                                      pick(rng, ["Orders", "Crm", "Billing"]), pick(rng, ["sa", "app_user", "webapp"]), pw)
    ln0 = rng.randint(20, 90)
    lines = ["<html>", "    <head>", "        <title>A network-related or instance-specific error occurred while establishing a connection to SQL Server.</title>",
             "    </head>", "    <body bgcolor=\"white\">", "            <span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>",
             "            <h2> <i>A network-related or instance-specific error occurred while establishing a connection to SQL Server.</i> </h2></span>",
             "            <b> Exception Details: </b>System.Data.SqlClient.SqlException: A network-related or instance-specific error occurred (provider: TCP Provider, error: 0)<br><br>",
             "            <b>Source Error:</b> <br><br>", "            <table width=100% bgcolor=\"#ffffcc\">", "               <tr><td><code><pre>",
             "Line %d:     {" % ln0,
             "Line %d:         var cs = \"%s\";" % (ln0 + 1, html_esc(cs)),
             "Line %d:         using var conn = new SqlConnection(cs);" % (ln0 + 2),
             "<font color=red>Line %d:         conn.Open();</font></pre></code></td></tr>" % (ln0 + 3), "            </table>",
             "            <b> Source File: </b> C:\\inetpub\\%s\\Data\\Db.cs<b> &nbsp;&nbsp; Line: </b> %d" % (pick(rng, APPS), ln0 + 3),
             "            <hr width=100% size=1 color=silver>",
             "            <b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:4.0.30319; ASP.NET Version:4.8.%d" % rng.randint(3000, 9999),
             "    </body>", "</html>"]
    rel = pick(rng, ["docs/support/ysod.html", "Errors/ServerError-%d.html" % rng.randint(1, 99), "App_Data/logs/error-page.html"])
    return rel, "html", "\n".join(lines) + "\n"


@tpl(forms=["kv", "header"])
def t_github_issue_json(rng, c):
    if c["form"] == "kv":
        block = "\n".join("%s=%s" % kv for kv in env_with(rng, c, rng.randint(3, 7)))
        intro = "Here is my environment (`docker compose exec web env`):"
    else:
        block = "> GET /api/v4/projects HTTP/1.1\n> Host: %s\n> %s: %s\n< HTTP/1.1 401 Unauthorized" % (pick(rng, ["gitlab.com", "api.github.com", "api.%s.com" % pick(rng, ORGS)]), c["header"][0], c["header"][1])
        intro = "curl -v output:"
    body = "### What happened?\r\n\r\nThe %s container exits right after start.\r\n\r\n%s\r\n\r\n```\r\n%s\r\n```\r\n\r\n### Version\r\n\r\n%d.%d.%d" % (
        pick(rng, APPS), intro, block.replace("\n", "\r\n"), rng.randint(1, 4), rng.randint(0, 20), rng.randint(0, 9))
    n = rng.randint(10, 4000)
    o, r = pick(rng, ORGS), pick(rng, APPS)
    issue = {"url": "https://api.github.com/repos/%s/%s/issues/%d" % (o, r, n), "id": rng.randint(10**9, 3 * 10**9), "node_id": "I_kwDO" + rs(rng, ALNUM + "-_", 16),
             "number": n, "title": pick(rng, ["Container crashes on startup", "401 from upstream after upgrade", "Worker cannot connect"]),
             "user": {"login": pick(rng, USERS) + str(rng.randint(1, 99)), "id": rng.randint(10**5, 10**8), "type": "User"},
             "labels": [{"name": "bug", "color": "d73a4a"}], "state": "closed", "comments": rng.randint(0, 12),
             "created_at": ts(rng, frac=False), "closed_at": ts(rng, frac=False), "author_association": "NONE", "body": body}
    rel = pick(rng, ["docs/github-issues/%d.json" % n, "export/issues/issue-%d.json" % n, "tests/fixtures/github/issue_%d.json" % n])
    return rel, "json", json.dumps(issue, indent=2) + "\n"


@tpl(forms=["kv", "header"])
def t_jest_snapshot(rng, c):
    test = pick(rng, ["buildClientConfig", "loadSettings", "createRequestOptions", "resolveEnv"])
    inner = ["  \"baseUrl\": \"https://api.%s.com\"," % pick(rng, ORGS), "  \"retries\": %d," % rng.randint(0, 5), "  \"timeout\": %d," % rng.choice([3000, 10000])]
    if c["form"] == "kv":
        add = ["  \"%s\": \"%s\"," % (style(cn, "camel"), cv) for cn, cv in c["companions"]] + ["  \"%s\": \"%s\"," % (style(c["name"], "camel"), c["value"])]
    else:
        add = ["  \"headers\": Object {", "    \"%s\": \"%s\"," % c["header"], "    \"User-Agent\": \"%s/1.0\"," % pick(rng, APPS), "  },"]
    pos = rng.randint(0, len(inner))
    inner = inner[:pos] + add + inner[pos:]
    lines = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", "", "exports[`%s returns defaults 1`] = `" % test, "Object {", "  \"baseUrl\": \"http://localhost:3000\",",
             "  \"retries\": 3,", "}", "`;", "", "exports[`%s reads from env 1`] = `" % test, "Object {"] + inner + ["}", "`;"]
    rel = pick(rng, ["src/__tests__/__snapshots__/%s.test.ts.snap" % test, "test/__snapshots__/config.test.js.snap", "packages/%s/src/__snapshots__/client.spec.ts.snap" % pick(rng, APPS)])
    return rel, "jest-snapshot", "\n".join(lines) + "\n"


@tpl(forms=["kv"])
def t_syrupy_ambr(rng, c):
    items = [("'region'", "'eu-west-1'"), ("'timeout'", str(rng.choice([5, 10, 30]))), ("'endpoint'", "'https://api.%s.com'" % pick(rng, ORGS))]
    pos = rng.randint(0, len(items))
    items.insert(pos, ("'%s'" % style(c["name"], "snake"), py_repr(c["value"])))
    for cn, cv in c["companions"]:
        items.insert(pos, ("'%s'" % style(cn, "snake"), py_repr(cv)))
    items.sort()
    lines = ["# serializer version: 1", "# name: test_settings_from_env", "  dict({"] + ["    %s: %s," % kv for kv in items] + ["  })", "# ---",
             "# name: test_settings_defaults", "  dict({", "    'region': 'us-east-1',", "    'timeout': 10,", "  })", "# ---"]
    rel = pick(rng, ["tests/__snapshots__/test_settings.ambr", "tests/unit/__snapshots__/test_config.ambr"])
    return rel, "ambr-snapshot", "\n".join(lines) + "\n"


@tpl(forms=["kv", "arg"])
def t_junit_xml(rng, c):
    if c["form"] == "kv":
        out = "\n".join("%s=%s" % kv for kv in env_with(rng, c, rng.randint(3, 6)))
    else:
        out = "running: %s\nexit status 1" % _cli_for(rng, c).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    cls = pick(rng, ["tests.integration.test_sync", "com.%s.billing.PaymentClientIT" % pick(rng, ORGS), "e2e.deploy"])
    lines = ["<?xml version=\"1.0\" encoding=\"utf-8\"?>",
             "<testsuites><testsuite name=\"%s\" errors=\"0\" failures=\"1\" skipped=\"0\" tests=\"%d\" time=\"%.3f\" timestamp=\"%s\" hostname=\"runner-%s\">" % (
                 pick(rng, ["pytest", "integration"]), rng.randint(3, 40), rng.random() * 100, ts(rng, frac=False, z=False), rs(rng, LOWER + DIGITS, 8)),
             "<testcase classname=\"%s\" name=\"test_health\" time=\"0.%03d\" />" % (cls, rng.randint(1, 999)),
             "<testcase classname=\"%s\" name=\"test_end_to_end\" time=\"%d.%03d\">" % (cls, rng.randint(1, 30), rng.randint(0, 999)),
             "<failure message=\"AssertionError: expected 200, got 401\">AssertionError: expected 200, got 401</failure>",
             "<system-out>" + out, "</system-out>", "</testcase>", "</testsuite></testsuites>"]
    rel = pick(rng, ["test-results/junit.xml", "reports/TEST-%s.xml" % cls, "build/test-results/test/TEST-%s.xml" % cls])
    return rel, "xml", "\n".join(lines) + "\n"


@tpl(forms=["arg", "kv"])
def t_ipynb(rng, c):
    if c["form"] == "arg":
        src_line = pick(rng, ["client = Client(%s)", "resp = fetch_report(%s, since=\"2024-01-01\")", "conn = connect(%s)"]) % py_repr(c["arg"])
    else:
        src_line = "%s = %s" % (style(c["name"], "snake"), py_repr(c["value"]))
    src = ["import pandas as pd\n", "from %s import %s\n" % (pick(rng, ["analytics", "mylib", "etl"]), pick(rng, ["Client", "connect", "fetch_report"])), "\n", src_line + "\n",
           "df = pd.DataFrame(%s.rows())" % pick(rng, ["client", "resp", "conn"])]
    tb = ["\u001b[0;31m---------------------------------------------------------------------------\u001b[0m",
          "\u001b[0;31mConnectionError\u001b[0m                           Traceback (most recent call last)",
          "Cell \u001b[0;32mIn[%d], line 4\u001b[0m\n\u001b[1;32m      2\u001b[0m \u001b[38;5;28;01mfrom\u001b[39;00m analytics \u001b[38;5;28;01mimport\u001b[39;00m Client\n\u001b[0;32m----> 4\u001b[0m df \u001b[38;5;241m=\u001b[39m pd\u001b[38;5;241m.\u001b[39mDataFrame(client\u001b[38;5;241m.\u001b[39mrows())\n" % rng.randint(2, 40),
          "\u001b[0;31mConnectionError\u001b[0m: HTTPSConnectionPool(host='api.internal', port=443): Max retries exceeded"]
    nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# %s exploration\n" % pick(rng, ["Churn", "Revenue", "Latency"]), "Scratch notebook."]},
                    {"cell_type": "code", "execution_count": rng.randint(2, 40), "metadata": {}, "source": src,
                     "outputs": [{"output_type": "error", "ename": "ConnectionError", "evalue": "HTTPSConnectionPool(host='api.internal', port=443): Max retries exceeded", "traceback": tb}]}],
          "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
                       "language_info": {"name": "python", "version": "3.11.%d" % rng.randint(1, 9)}}, "nbformat": 4, "nbformat_minor": 5}
    rel = pick(rng, ["notebooks/%s.ipynb" % pick(rng, ["exploration", "debug_sync", "churn_analysis"]), "analysis/scratch-%d.ipynb" % rng.randint(1, 30)])
    return rel, "ipynb", json.dumps(nb, indent=1) + "\n"


@tpl(forms=["kv"])
def t_support_bundle_json(rng, c):
    cfg = {"log_level": "info", "listen": "0.0.0.0:%d" % rng.choice([8080, 9000, 3000]), "data_dir": "/var/lib/%s" % pick(rng, APPS)}
    cfg[style(c["name"], pick(rng, ["snake", "camel"]))] = c["value"]
    for cn, cv in c["companions"]:
        cfg[style(cn, "snake")] = cv
    doc = {"bundle_id": uuid4(rng), "generated_at": ts(rng), "version": "%d.%d.%d" % (rng.randint(1, 3), rng.randint(0, 30), rng.randint(0, 9)),
           "build": {"commit": hexs(rng, 40), "go": "go1.22.%d" % rng.randint(0, 5)},
           "host": {"hostname": "%s-%d" % (pick(rng, APPS), rng.randint(0, 9)), "os": "linux", "uptime_s": rng.randint(100, 9999999)},
           "effective_config": cfg, "health": {"db": "ok", "queue": pick(rng, ["ok", "degraded"])}}
    rel = pick(rng, ["support-bundle/%s/config.json" % ts(rng)[:10], "support/bundle-%s/effective-config.json" % hexs(rng, 6), "diagnostics/config-dump.json"])
    return rel, "json", json.dumps(doc, indent=2) + "\n"


@tpl(forms=["kv"])
def t_compose_config(rng, c):
    app = pick(rng, APPS)
    env = env_with(rng, c, rng.randint(2, 5))
    q = rng.choice(["", "\""])
    lines = ["name: %s" % app, "services:", "  web:", "    build:", "      context: /home/%s/src/%s" % (pick(rng, USERS), app), "      dockerfile: Dockerfile",
             "    depends_on:", "      db:", "        condition: service_started", "        required: true", "    environment:"]
    lines += ["      %s: %s%s%s" % (k, q, v, q) for k, v in env]
    lines += ["    networks:", "      default: null", "    ports:", "      - mode: ingress", "        target: 8080", "        published: \"8080\"", "        protocol: tcp",
              "  db:", "    image: postgres:16-alpine", "networks:", "  default:", "    name: %s_default" % app]
    rel = pick(rng, ["docs/compose-config-output.yml", "debug/docker-compose.resolved.yml", "tmp/compose-config.yaml"])
    return rel, "yaml", "\n".join(lines) + "\n"


@tpl(forms=["kv"])
def t_helm_debug(rng, c):
    app = pick(rng, APPS)
    lines = ["install.go:214: [debug] Original chart version: \"\"", "install.go:231: [debug] CHART PATH: /home/ci/charts/%s" % app, "",
             "NAME: %s" % app, "LAST DEPLOYED: %s" % pick(rng, ["Mon Apr  8 10:21:33 2024", "Thu Feb 15 17:02:11 2024"]), "NAMESPACE: %s" % pick(rng, ["prod", "staging"]),
             "STATUS: pending-install", "REVISION: 1", "USER-SUPPLIED VALUES:", "image:", "  tag: %s" % hexs(rng, 7), "config:"]
    nm = style(c["name"], "camel")
    for cn, cv in c["companions"]:
        lines.append("  %s: %s" % (style(cn, "camel"), cv))
    lines.append("  %s: %s" % (nm, json.dumps(c["value"]) if rng.random() < 0.5 else c["value"]))
    lines += ["  logLevel: info", "replicaCount: %d" % rng.randint(1, 6), "", "COMPUTED VALUES:", "replicaCount: 2", "resources:", "  limits:", "    memory: 512Mi"]
    rel = pick(rng, ["ci/logs/helm-install-debug.txt", "docs/deploy/helm-dry-run.txt", "deploy/debug/helm-%s.log" % app])
    return rel, "log" if rel.endswith(".log") else "text", "\n".join(lines) + "\n"


@tpl(forms=["kv"], native="***")
def t_gha_log(rng, c):
    t = ts(rng)
    lines = ["%s ##[group]Run ./scripts/deploy.sh %s" % (t, pick(rng, ["staging", "production"])), "%s ./scripts/deploy.sh staging" % t,
             "%s shell: /usr/bin/bash -e {0}" % t, "%s env:" % t]
    for k, v in env_with(rng, c, rng.randint(2, 4)):
        lines.append("%s   %s: %s" % (t, k, v))
    lines += ["%s ##[endgroup]" % t, "%s + kubectl rollout status deploy/%s" % (t, pick(rng, APPS)),
              "%s error: deployment \"%s\" exceeded its progress deadline" % (t, pick(rng, APPS)), "%s ##[error]Process completed with exit code 1." % t]
    rel = pick(rng, ["ci/logs/deploy-%d.txt" % rng.randint(1000, 99999), ".github/debug/run-%d.log" % rng.randint(10**9, 10**10), "docs/ci/failed-run.log"])
    return rel, "log" if rel.endswith(".log") else "text", "\n".join(lines) + "\n"


@tpl(forms=["kv"])
def t_go_struct_log(rng, c):
    fields = ["Host:%s" % pick(rng, HOSTS), "Port:%d" % rng.choice([443, 5432, 8200]), "Timeout:%ds" % rng.choice([5, 10, 30]), "Debug:false"]
    pos = rng.randint(1, len(fields))
    fields.insert(pos, "%s:%s" % (style(c["name"], "pascal"), c["value"]))
    for cn, cv in c["companions"]:
        fields.insert(pos, "%s:%s" % (style(cn, "pascal"), cv))
    t = ts(rng)
    lines = ["%s\tINFO\tstarting %s\t{\"version\": \"v%d.%d.%d\"}" % (t, pick(rng, APPS), rng.randint(0, 3), rng.randint(0, 30), rng.randint(0, 9)),
             "%s\tDEBUG\tloaded config: &{%s}" % (t, " ".join(fields)),
             "%s\tERROR\tupstream returned 401\t{\"trace_id\": \"%s\", \"span_id\": \"%s\"}" % (t, trace_id(rng), span_id(rng)),
             "panic: runtime error: invalid memory address or nil pointer dereference", "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x%x]" % rng.randint(0x400000, 0xffffff), "",
             "goroutine %d [running]:" % rng.randint(1, 300), "main.(*Client).Do(0x0, 0xc000%06x)" % rng.randint(0, 0xffffff),
             "\t/src/internal/client/client.go:%d +0x%x" % (rng.randint(20, 300), rng.randint(0x10, 0xfff)), "main.main()", "\t/src/cmd/%s/main.go:%d +0x%x" % (pick(rng, APPS), rng.randint(20, 90), rng.randint(0x10, 0xfff)),
             "exit status 2"]
    rel = pick(rng, ["logs/%s.log" % pick(rng, APPS), "docs/incidents/panic-%s.txt" % t[:10], "debug/go-panic.log"])
    return rel, "log" if rel.endswith(".log") else "text", "\n".join(lines) + "\n"


@tpl(forms=["arg", "kv"])
def t_werkzeug_html(rng, c):
    if c["form"] == "arg":
        src = "    client = %s(%s)" % (pick(rng, ["ApiClient", "connect", "Mailer", "build_client"]), py_repr(c["arg"]))
    else:
        src = "    %s = %s" % (style(c["name"], "snake"), py_repr(c["value"]))
    mod = pyfile(rng)
    lines = ["<!doctype html>", "<html lang=en>", "  <head>", "    <title>%s // Werkzeug Debugger</title>" % pick(rng, ["requests.exceptions.HTTPError: 401 Client Error", "KeyError: 'data'"]),
             "    <link rel=\"stylesheet\" href=\"?__debugger__=yes&amp;cmd=resource&amp;f=style.css\">", "  </head>", "  <body style=\"background-color: #fff\">",
             "    <div class=\"debugger\">", "<h1>%s</h1>" % pick(rng, ["HTTPError", "KeyError", "ConnectionError"]), "<div class=\"detail\">",
             "  <p class=\"errormsg\">requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.%s.com/v1/items</p>" % pick(rng, ORGS), "</div>",
             "<h2 class=\"traceback\">Traceback <em>(most recent call last)</em></h2>", "<div class=\"traceback\">", "  <ul><li><div class=\"frame\" id=\"frame-%d\">" % rng.randint(10**14, 10**15),
             "  <h4>File <cite class=\"filename\">\"/srv/%s\"</cite>, line <em class=\"line\">%d</em>, in <code class=\"function\">index</code></h4>" % (mod, rng.randint(10, 200)),
             "  <div class=\"source \"><pre class=\"line before\"><span class=\"ws\"></span>def index():</pre>",
             "<pre class=\"line current\"><span class=\"ws\"></span>%s</pre>" % html_esc(src),
             "<pre class=\"line after\"><span class=\"ws\">    </span>return jsonify(client.items())</pre></div>", "</div></li></ul>",
             "</div>", "<div class=\"footer\">Brought to you by <strong class=\"arthur\">DON'T PANIC</strong>, your friendly Werkzeug powered traceback interpreter.</div>",
             "    </div>", "    <script>var CONSOLE_MODE = false, EVALEX = false, EVALEX_TRUSTED = false;</script>",
             "  </body>", "</html>"]
    rel = pick(rng, ["docs/bugs/werkzeug-debugger.html", "debug/flask-500.html", "tests/fixtures/debugger_page.html"])
    return rel, "html", "\n".join(lines) + "\n"


@tpl(forms=["url"], keys=["google_api", "telegram", "slack_hook"])
def t_nginx_error(rng, c):
    u = c["url"]
    rest = u.split("://", 1)[-1]
    path = rest.split("/", 1)[1] if "/" in rest else ""
    host = rest.split("/", 1)[0]
    lines = []
    for _ in range(rng.randint(4, 7)):
        lines.append("%s [warn] %d#%d: *%d an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/%d/%02d/%010d while reading upstream, client: %s, server: %s, request: \"GET /static/app.%s.js HTTP/1.1\", host: \"%s\"" % (
            ts(rng, sep=" ", frac=False, z=False).replace("-", "/"), rng.randint(1, 40), rng.randint(0, 9), rng.randint(1, 99999), rng.randint(0, 9), rng.randint(0, 99), rng.randint(0, 9999999999),
            ip(rng, False), "app.%s.com" % pick(rng, ORGS), hexs(rng, 8), "app.%s.com" % pick(rng, ORGS)))
    lines.insert(rng.randint(0, len(lines)), "%s [error] %d#%d: *%d upstream timed out (110: Connection timed out) while connecting to upstream, client: %s, server: egress-proxy, request: \"POST /%s HTTP/1.1\", upstream: \"https://%s:443/%s\", host: \"%s\"" % (
        ts(rng, sep=" ", frac=False, z=False).replace("-", "/"), rng.randint(1, 40), rng.randint(0, 9), rng.randint(1, 99999), ip(rng), path, ip(rng, False), path, host))
    rel = pick(rng, ["logs/nginx/error.log", "docs/incidents/egress-proxy-error.log", "var/log/nginx/error.log"])
    return rel, "log", "\n".join(lines) + "\n"


@tpl(forms=["url"], keys=["github_pat", "github_fg", "gitlab_pat"])
def t_git_remote_md(rng, c):
    u = c["url"]
    lines = ["# Deploy failure %s" % ts(rng)[:10], "", "The release job could not push tags. Output:", "", "```console", "$ git remote -v",
             "origin\t%s (fetch)" % u, "origin\t%s (push)" % u, "$ git push origin v%d.%d.%d" % (rng.randint(0, 4), rng.randint(0, 30), rng.randint(0, 9)),
             "remote: Permission to %s denied to %s." % (u.rsplit("/", 2)[-2] + "/" + u.rsplit("/", 1)[-1][:-4], pick(rng, USERS) + "-bot"),
             "fatal: unable to access '%s/': The requested URL returned error: 403" % u.split("@")[-1].join(["https://", ""]) if "@" in u else "fatal: unable to access: The requested URL returned error: 403",
             "```", "", "Action items:", "- [ ] check bot permissions", "- [ ] re-run pipeline %d" % rng.randint(1000, 99999)]
    rel = pick(rng, ["docs/postmortems/release-%s.md" % ts(rng)[:10], "notes/git-push-403.md", "RELEASE_NOTES_DEBUG.md"])
    return rel, "markdown", "\n".join(lines) + "\n"


@tpl(forms=["kv"])
def t_heroku_config(rng, c):
    app = pick(rng, APPS)
    env = env_with(rng, c, rng.randint(3, 7))
    w = max(len(k) for k, _ in env) + 1
    lines = ["$ heroku config -a %s-%s" % (app, pick(rng, ["prod", "staging"])), "=== %s-%s Config Vars" % (app, pick(rng, ["prod", "staging"]))]
    lines += ["%s %s" % ((k + ":").ljust(w), v) for k, v in sorted(env)]
    rel = pick(rng, ["docs/ops/heroku-config.txt", "notes/%s-config-vars.txt" % app])
    return rel, "text", "\n".join(lines) + "\n"


@tpl(forms=["kv"], keys=["db_password", "smtp_password"])
def t_jdbc_log(rng, c):
    t = ts(rng, sep=" ", frac=True, z=False)
    h = pick(rng, ["db.internal", "10.0.4.12", "orders-db.prod"])
    url = "jdbc:postgresql://%s:5432/%s?user=%s&password=%s&ssl=true" % (h, pick(rng, ["orders", "core"]), pick(rng, USERS), c["value"])
    lines = ["%s  INFO 1 --- [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Starting..." % t,
             "%s ERROR 1 --- [           main] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Exception during pool initialization." % t, "",
             "org.postgresql.util.PSQLException: Connection to %s:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections." % h,
             "\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:342)",
             "\tat org.postgresql.Driver.makeConnection(Driver.java:443)", "\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359)",
             "%s  WARN 1 --- [           main] o.s.b.a.jdbc.DataSourceProperties        : datasource url=%s" % (t, url),
             "%s ERROR 1 --- [           main] o.s.boot.SpringApplication               : Application run failed" % t]
    rel = pick(rng, ["logs/spring.log", "docs/support/startup-failure.log", "target/logs/application.log"])
    return rel, "log", "\n".join(lines) + "\n"


@tpl(forms=["header"])
def t_tf_debug_log(rng, c):
    t = ts(rng, frac=True, z=False)
    lines = ["%s [INFO]  Terraform version: 1.%d.%d" % (t, rng.randint(5, 8), rng.randint(0, 9)), "%s [DEBUG] using github.com/hashicorp/go-tfe v1.%d.0" % (t, rng.randint(30, 60)),
             "%s [INFO]  provider: configuring client automatic mTLS" % t, "%s [DEBUG] provider.terraform-provider-%s: ---[ REQUEST ]---------------------------------------" % (t, pick(rng, ["http", "restapi", "vault"])),
             "%s [DEBUG] provider.terraform-provider-restapi: GET /v1/%s HTTP/1.1" % (t, pick(rng, ["projects", "sys/mounts", "teams"])),
             "%s [DEBUG] provider.terraform-provider-restapi: Host: %s" % (t, pick(rng, ["vault.internal:8200", "api.%s.com" % pick(rng, ORGS)])),
             "%s [DEBUG] provider.terraform-provider-restapi: User-Agent: Terraform/1.7.5" % t,
             "%s [DEBUG] provider.terraform-provider-restapi: %s: %s" % (t, c["header"][0], c["header"][1]),
             "%s [DEBUG] provider.terraform-provider-restapi: Accept-Encoding: gzip" % t,
             "%s [DEBUG] provider.terraform-provider-restapi: -----------------------------------------------------" % t,
             "%s [ERROR] provider.terraform-provider-restapi: Response contains error diagnostic: diagnostic_summary=\"unexpected response code '403'\"" % t]
    rel = pick(rng, ["terraform/crash.log", "infra/tf-debug.log", "docs/ci/terraform-debug.log"])
    return rel, "log", "\n".join(lines) + "\n"


@tpl(forms=["kv"])
def t_configmap_get(rng, c):
    app = pick(rng, APPS)
    lines = ["$ kubectl get configmap %s-config -o yaml" % app, "apiVersion: v1", "data:"]
    env = env_with(rng, c, rng.randint(2, 5))
    lines += ["  %s: %s" % (k, json.dumps(v)) for k, v in sorted(env)]
    lines += ["kind: ConfigMap", "metadata:", "  creationTimestamp: \"%s\"" % ts(rng, frac=False), "  name: %s-config" % app, "  namespace: %s" % pick(rng, ["default", "prod"]),
              "  resourceVersion: \"%d\"" % rng.randint(10**6, 10**8), "  uid: %s" % uuid4(rng)]
    rel = pick(rng, ["docs/k8s/%s-configmap-dump.yaml" % app, "debug/configmap.yaml"])
    return rel, "yaml", "\n".join(lines) + "\n"


@tpl(forms=["kv", "header"])
def t_crash_report(rng, c):
    app = pick(rng, ["Desktop Sync", "Acme Agent", "Uploader", "Tray Helper"])
    lines = ["---- %s crash report ----" % app, "Report ID:      %s" % uuid4(rng), "Version:        %d.%d.%d (build %d)" % (rng.randint(1, 5), rng.randint(0, 20), rng.randint(0, 9), rng.randint(1000, 9999)),
             "OS:             %s" % pick(rng, ["Windows 11 23H2 (10.0.22631)", "macOS 14.4.1 (23E224)", "Ubuntu 22.04.4 LTS"]),
             "Crashed Thread: %d" % rng.randint(0, 12), "Exception:      EXC_BAD_ACCESS (SIGSEGV) at %s" % addr(rng), "", "Thread 0 Crashed:"]
    for i in range(rng.randint(3, 6)):
        lines.append("%-3d %-24s %s %s + %d" % (i, pick(rng, ["libsystem_kernel.dylib", "libnode.dylib", "Electron Framework", "app.asar"]), addr(rng),
                                                pick(rng, ["uv_run", "node::Start", "v8::Function::Call", "_pthread_start"]), rng.randint(10, 900)))
    lines += ["", "Application state:"]
    if c["form"] == "kv":
        lines += ["  %s = %s" % (style(k, "camel"), v) for k, v in env_with(rng, c, rng.randint(2, 4))]
    else:
        lines += ["  lastRequest.url = https://api.%s.com/v1/sync" % pick(rng, ORGS), "  lastRequest.headers.%s = %s" % c["header"]]
    lines += ["  uptimeSeconds = %d" % rng.randint(10, 99999), "", "Binary Images:", "  %s - %s  Electron Framework (28.2.%d) <%s>" % (addr(rng), addr(rng), rng.randint(0, 9), uuid4(rng).upper())]
    rel = pick(rng, ["crash-reports/%s.log" % uuid4(rng)[:8], "docs/crashes/crash-%s.log" % ts(rng)[:10], "support/crash.log"])
    return rel, "crash-log", "\n".join(lines) + "\n"



@tpl(forms=["kv", "header", "url"])
def t_pino_jsonl(rng, c):
    app = pick(rng, APPS)
    out = []
    base_t = rng.randint(1700000000000, 1730000000000)
    for i in range(rng.randint(4, 9)):
        out.append({"level": 30, "time": base_t + i * rng.randint(10, 900), "pid": rng.randint(1, 99), "hostname": "%s-%s" % (app, rs(rng, LOWER + DIGITS, 5)),
                    "reqId": "req-%d" % rng.randint(1, 9999), "msg": pick(rng, ["request completed", "incoming request", "cache hit"]), "responseTime": round(rng.random() * 90, 3)})
    if c["form"] == "kv":
        cfg = {"port": 3000, style(c["name"], "camel"): c["value"], "logLevel": "debug"}
        for cn, cv in c["companions"]:
            cfg[style(cn, "camel")] = cv
        bad = {"level": 20, "time": base_t + 5, "pid": 1, "msg": "effective config", "config": cfg}
    elif c["form"] == "header":
        bad = {"level": 50, "time": base_t + 7, "pid": 1, "msg": "upstream call failed", "req": {"method": "POST", "url": "/v1/sync",
                                                                                          "headers": {"host": "api.internal", c["header"][0].lower(): c["header"][1]}}, "err": {"type": "FetchError", "message": "401"}}
    else:
        bad = {"level": 50, "time": base_t + 7, "pid": 1, "msg": "webhook delivery failed", "target": c["url"], "status": rng.choice([403, 404, 500])}
    out.insert(rng.randint(0, len(out)), bad)
    rel = pick(rng, ["logs/%s.jsonl" % app, "debug/%s-%s.ndjson" % (app, ts(rng)[:10]), "support-bundle/logs/%s.jsonl" % app])
    return rel, "jsonl", "\n".join(json.dumps(o, separators=(",", ":")) for o in out) + "\n"


@tpl(forms=["kv", "url", "header"])
def t_logs_insights_csv(rng, c):
    rows = [("@timestamp", "@message", "@logStream")]
    stream = "%s/%s/%s" % (pick(rng, APPS), pick(rng, APPS), hexs(rng, 32))
    for _ in range(rng.randint(4, 10)):
        rows.append((ts(rng, sep=" ", z=False), "INFO request id=%s status=200 dur=%dms" % (uuid4(rng), rng.randint(1, 900)), stream))
    if c["form"] == "kv":
        msg = "DEBUG startup env %s=%s" % (c["name"], c["value"])
    elif c["form"] == "url":
        msg = "ERROR could not reach %s" % c["url"]
    else:
        msg = "DEBUG outgoing headers %s: %s" % c["header"]
    rows.insert(rng.randint(1, len(rows)), (ts(rng, sep=" ", z=False), msg, stream))
    def q(x):
        return '"' + x.replace('"', '""') + '"' if ("," in x or '"' in x) else x
    rel = pick(rng, ["docs/incidents/logs-insights-results.csv", "exports/cloudwatch-%s.csv" % ts(rng)[:10]])
    return rel, "csv", "\n".join(",".join(q(x) for x in r) for r in rows) + "\n"


# ---------------------------------------------------------------------------
# domain look-alike templates (negatives only): fn(rng) -> (rel, ftype, text, provider, kind)
# ---------------------------------------------------------------------------
LOOKALIKES = []


def look(fn):
    LOOKALIKES.append(dict(name=fn.__name__[2:], fn=fn))
    return fn


@look
def l_sentry_ids(rng):
    key = hexs(rng, 32)
    ev = {"event_id": hexs(rng, 32), "level": "error", "timestamp": ts(rng), "platform": "javascript",
          "sdk": {"name": "sentry.javascript.react", "version": "7.%d.0" % rng.randint(80, 110)},
          "dsn": "https://%s@o%d.ingest.sentry.io/%d" % (key, rng.randint(10**5, 10**6), rng.randint(10**6, 10**7)),
          "contexts": {"trace": {"trace_id": trace_id(rng), "span_id": span_id(rng), "parent_span_id": span_id(rng), "op": "navigation"}},
          "request": {"url": "https://app.%s.com/settings/billing" % pick(rng, ORGS), "headers": {"Authorization": "[Filtered]", "Cookie": "[Filtered]",
                      "User-Agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)"}},
          "extra": {"password": "[Filtered]", "api_key": "[Filtered]", "session_replay_id": hexs(rng, 32)},
          "fingerprint": ["{{ default }}"], "tags": {"release": hexs(rng, 40), "browser": "Chrome 123"}}
    return "tests/fixtures/sentry/%s.json" % hexs(rng, 12), "json", json.dumps(ev, indent=2) + "\n", "sentry", "event_ids_and_public_dsn"


@look
def l_otel_spans(rng):
    tid = trace_id(rng)
    spans = []
    parent = None
    for i in range(rng.randint(2, 4)):
        sid = span_id(rng)
        spans.append({"traceId": tid, "spanId": sid, "parentSpanId": parent or "", "name": pick(rng, ["GET /api/orders", "SELECT orders", "redis GET", "POST /v1/charges"]),
                      "kind": rng.choice([1, 2, 3]), "startTimeUnixNano": str(rng.randint(1700000000000000000, 1720000000000000000)), "endTimeUnixNano": str(rng.randint(1720000000000000000, 1730000000000000000)),
                      "attributes": [{"key": "http.status_code", "value": {"intValue": str(rng.choice([200, 401, 500]))}},
                                     {"key": "db.statement", "value": {"stringValue": "SELECT * FROM orders WHERE id = ?"}}]})
        parent = sid
    doc = {"resourceSpans": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": pick(rng, APPS)}}]},
                              "scopeSpans": [{"scope": {"name": "opentelemetry.instrumentation.flask"}, "spans": spans}]}]}
    text = json.dumps(doc, indent=2)
    for sp in spans:
        text = text.replace(json.dumps(sp, indent=2).replace("\n", "\n" + " " * 12), json.dumps(sp))
    return "debug/otel-export-%s.json" % tid[:8], "json", text + "\n", "opentelemetry", "trace_and_span_ids"


@look
def l_aws_debug(rng):
    t = ts(rng, sep=" ", frac=True, z=False)
    lines = ["%s - MainThread - botocore.credentials - INFO - Found credentials in environment variables." % t,
             "%s - MainThread - botocore.auth - DEBUG - Calculating signature using v4 auth." % t,
             "%s - MainThread - botocore.auth - DEBUG - CanonicalRequest:" % t, "GET", "/", "list-type=2&prefix=exports%2F",
             "host:%s-backups.s3.eu-west-1.amazonaws.com" % pick(rng, ORGS), "x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
             "x-amz-date:20240411T%02d%02d%02dZ" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)), "",
             "%s - MainThread - botocore.auth - DEBUG - Signature:" % t, hexs(rng, 64),
             "%s - MainThread - botocore.endpoint - DEBUG - Sending http request: <AWSPreparedRequest stream_output=False, method=GET, headers={'Authorization': b'AWS4-HMAC-SHA256 Credential=%s/20240411/eu-west-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=%s'}>" % (t, AWS_DOC_ID, hexs(rng, 64)),
             "%s - MainThread - botocore.parsers - DEBUG - Response headers: {'x-amz-id-2': '%s', 'x-amz-request-id': '%s', 'Content-Type': 'application/xml'}" % (
                 t, base64.b64encode(bytes(rng.randrange(256) for _ in range(48))).decode(), rs(rng, UPPER + DIGITS, 16))]
    return "docs/aws/cli-debug-sample.log", "log", "\n".join(lines) + "\n", "aws", "sigv4_signature_and_request_ids"


@look
def l_npm_integrity(rng):
    pkg = pick(rng, ["lodash", "react-dom", "@babel/core", "esbuild", "typescript"])
    lines = ["npm ERR! code EINTEGRITY",
             "npm ERR! sha512-%s== integrity checksum failed when using sha512: wanted sha512-%s== but got sha512-%s==. (%d bytes)" % (
                 rs(rng, B64, 86), rs(rng, B64, 86), rs(rng, B64, 86), rng.randint(10000, 900000)), "",
             "npm ERR! A complete log of this run can be found in: /root/.npm/_logs/%s-debug-0.log" % ts(rng)[:19].replace(":", "_"),
             "", "# package-lock.json entry:", "\"node_modules/%s\": {" % pkg, "  \"version\": \"%d.%d.%d\"," % (rng.randint(1, 20), rng.randint(0, 30), rng.randint(0, 9)),
             "  \"resolved\": \"https://registry.npmjs.org/%s/-/%s-4.17.21.tgz\"," % (pkg, pkg.split("/")[-1]), "  \"integrity\": \"sha512-%s==\"" % rs(rng, B64, 86), "}"]
    return "docs/ci/npm-eintegrity.txt", "text", "\n".join(lines) + "\n", "npm", "integrity_hashes"


@look
def l_pip_hashes(rng):
    pkg = pick(rng, ["requests", "urllib3", "cryptography", "numpy"])
    lines = ["ERROR: THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE. If you have updated the package versions, please update the hashes. Otherwise, examine the package contents carefully; someone may have tampered with them.",
             "    %s==%d.%d.%d from https://files.pythonhosted.org/packages/%s/%s/%s/%s-2.31.0-py3-none-any.whl:" % (pkg, rng.randint(1, 3), rng.randint(0, 31), rng.randint(0, 9), hexs(rng, 2), hexs(rng, 2), hexs(rng, 60), pkg),
             "        Expected sha256 %s" % hexs(rng, 64), "             Got        %s" % hexs(rng, 64), "",
             "Using pip 24.0 from /usr/local/lib/python3.11/site-packages/pip (python 3.11)",
             "Looking in indexes: https://pypi.org/simple, https://__token__:****@pkgs.%s.internal/simple" % pick(rng, ORGS)]
    return "ci/logs/pip-hash-mismatch.txt", "text", "\n".join(lines) + "\n", "pip", "sha256_digests_masked_index"


@look
def l_selenium_session(rng):
    sid = hexs(rng, 32)
    lines = ["FAILED tests/e2e/test_checkout.py::test_guest_checkout - selenium.common.exceptions.InvalidSessionIdException: Message: invalid session id",
             "Stacktrace:", "#0 0x%x <unknown>" % rng.randint(0x55a000000000, 0x55afffffffff), "#1 0x%x <unknown>" % rng.randint(0x55a000000000, 0x55afffffffff),
             "", "---------------------------- Captured log call -----------------------------",
             "INFO     e2e.driver:driver.py:41 started chromedriver session %s (expired after test run)" % sid,
             "INFO     e2e.driver:driver.py:58 browser=chrome 123.0.6312.86, grid node=%s:4444, build=%s" % (ip(rng), uuid4(rng)),
             "DEBUG    urllib3.connectionpool:connectionpool.py:474 http://selenium-hub:4444 \"DELETE /session/%s HTTP/1.1\" 404 %d" % (sid, rng.randint(100, 900))]
    return "test-results/e2e-%d.txt" % rng.randint(1, 999), "text", "\n".join(lines) + "\n", "selenium", "expired_session_ids"


@look
def l_k8s_secretref(rng):
    app = pick(rng, APPS)
    envs = ["DATABASE_URL", "STRIPE_SECRET_KEY", "REDIS_PASSWORD", "JWT_SIGNING_KEY"]
    lines = ["Name:         %s-%s-%s" % (app, rs(rng, LOWER + DIGITS, 10), rs(rng, LOWER + DIGITS, 5)), "Namespace:    prod", "Containers:", "  %s:" % app,
             "    Container ID:  containerd://%s" % hexs(rng, 64), "    Image:         ghcr.io/%s/%s:v%d.%d.%d" % (pick(rng, ORGS), app, rng.randint(1, 3), rng.randint(0, 20), rng.randint(0, 9)),
             "    Image ID:      ghcr.io/%s/%s@sha256:%s" % (pick(rng, ORGS), app, hexs(rng, 64)), "    Environment Variables from:",
             "      %s-env  ConfigMap  Optional: false" % app, "    Environment:"]
    for e in rng.sample(envs, rng.randint(2, 4)):
        lines.append("      %s:%s<set to the key '%s' in secret '%s-secrets'>  Optional: false" % (e, " " * (20 - len(e)), style(e, "kebab"), app))
    lines += ["      POD_NAME:            %s (v1:metadata.name)" % app, "Volumes:", "  kube-api-access-%s:" % rs(rng, LOWER + DIGITS, 5), "    Type:  Projected"]
    return "docs/runbooks/%s-pod.txt" % app, "text", "\n".join(lines) + "\n", "kubernetes", "secret_key_refs_and_digests"


@look
def l_docker_inspect_ids(rng):
    cid = hexs(rng, 64)
    doc = [{"Id": cid, "Image": "sha256:" + hexs(rng, 64), "RepoDigests": ["%s/%s@sha256:%s" % (pick(rng, ORGS), pick(rng, APPS), hexs(rng, 64))],
            "Config": {"Hostname": cid[:12], "Env": ["%s=%s" % kv for kv in harmless_env(rng, rng.randint(4, 8))],
                       "Labels": {"org.opencontainers.image.revision": hexs(rng, 40), "build_id": uuid4(rng)}},
            "GraphDriver": {"Data": {"MergedDir": "/var/lib/docker/overlay2/%s/merged" % hexs(rng, 64)}, "Name": "overlay2"}}]
    return "debug/inspect-%s.json" % cid[:12], "json", json.dumps(doc, indent=4) + "\n", "docker", "container_ids_and_digests"


@look
def l_java_trace(rng):
    lines = ["%s ERROR 7 --- [nio-8080-exec-%d] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() threw exception" % (ts(rng, sep=" ", z=False), rng.randint(1, 9)),
             "java.lang.IllegalStateException: Session %s already invalidated" % hexs(rng, 32).upper(),
             "\tat org.apache.catalina.session.StandardSession.getAttribute(StandardSession.java:1%d)" % rng.randint(100, 999),
             "\tat com.%s.web.CartController.view(CartController.java:%d)" % (pick(rng, ORGS), rng.randint(20, 200)),
             "\tat java.base/java.lang.Thread.run(Thread.java:840)", "Caused by: java.util.ConcurrentModificationException: null",
             "\tat java.base/java.util.HashMap$HashIterator.nextNode(HashMap.java:1605)", "\t... %d common frames omitted" % rng.randint(10, 80),
             "heap object: com.%s.cart.Cart@%x, lock: java.lang.Object@%x" % (pick(rng, ORGS), rng.getrandbits(28), rng.getrandbits(28))]
    return "logs/catalina-%s.log" % ts(rng)[:10], "log", "\n".join(lines) + "\n", "java", "stack_frames_and_hashcodes"


@look
def l_webpack(rng):
    lines = ["assets by status %d KiB [emitted]" % rng.randint(100, 900)]
    for n in ["main", "vendors", "runtime", "polyfills"]:
        lines.append("  asset %s.%s.js %d KiB [emitted] [immutable] [minimized] (name: %s)" % (n, hexs(rng, 20), rng.randint(1, 400), n))
    lines += ["  asset index.html %d bytes [emitted]" % rng.randint(300, 900), "webpack 5.%d.0 compiled with 1 warning in %d ms" % (rng.randint(80, 91), rng.randint(1000, 30000)),
              "WARNING in asset size limit: The following asset(s) exceed the recommended size limit (244 KiB).", "build id: %s  hash: %s" % (uuid4(rng), hexs(rng, 20))]
    return "docs/build/webpack-stats.txt", "text", "\n".join(lines) + "\n", "webpack", "content_hashes"


@look
def l_git_bisect(rng):
    lines = ["git bisect start"]
    for _ in range(rng.randint(3, 6)):
        lines.append("# %s: [%s] %s" % (rng.choice(["bad", "good"]), hexs(rng, 40), pick(rng, ["Bump deps", "Fix flaky test", "Refactor client", "Add retry"])))
        lines.append("git bisect %s %s" % (rng.choice(["bad", "good"]), hexs(rng, 40)))
    lines.append("# first bad commit: [%s] Switch HTTP client to httpx" % hexs(rng, 40))
    return "docs/investigations/bisect-log.txt", "text", "\n".join(lines) + "\n", "git", "commit_shas"


@look
def l_django_masked_text(rng):
    lines = ["```", "Traceback (most recent call last):", "  File \"/srv/app/%s\", line %d, in charge" % (pyfile(rng), rng.randint(10, 200)),
             "    stripe.Charge.create(api_key=api_key, amount=amount)", "", "Local vars:", "  amount = %d" % rng.randint(100, 99999),
             "  api_key = '%s'" % DJ_MASK, "  password = '%s'" % DJ_MASK, "  request = <WSGIRequest: POST '/pay/'>", "",
             "Settings:", "  SECRET_KEY = '%s'" % DJ_MASK, "  DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'HOST': 'db', 'NAME': 'app', 'PASSWORD': '%s', 'USER': 'app'}}" % DJ_MASK,
             "  STRIPE_PUBLISHABLE_KEY = '%s'" % DJ_MASK, "```"]
    return "docs/issues/%d-masked-traceback.md" % rng.randint(10, 999), "markdown", "\n".join(lines) + "\n", "django", "masked_settings"


@look
def l_actuator_all_masked(rng):
    props = {k: {"value": ACT_MASK, "origin": "System Environment Property \"%s\"" % k} for k in
             rng.sample(["SPRING_DATASOURCE_PASSWORD", "SPRING_DATASOURCE_URL", "PATH", "HOME", "JAVA_HOME", "API_TOKEN", "HOSTNAME", "AWS_SECRET_ACCESS_KEY"], 5)}
    doc = {"activeProfiles": ["prod"], "propertySources": [{"name": "systemEnvironment", "properties": props},
                                                          {"name": "random", "properties": {}}]}
    return "docs/debug/actuator-env-boot3.json", "json", json.dumps(doc, indent=2) + "\n", "spring", "all_values_masked"


@look
def l_i18n_snapshot(rng):
    lines = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", "", "exports[`LoginForm renders errors 1`] = `", "<form", "  aria-label=\"Sign in\"", ">",
             "  <label for=\"password\">%s</label>" % pick(rng, ["Password", "Passwort", "Mot de passe", "Contraseña"]),
             "  <input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" value=\"\" />",
             "  <p class=\"hint\">%s</p>" % pick(rng, ["Your password must contain at least 12 characters.", "Use a passphrase you don't use elsewhere."]),
             "  <label for=\"apiKey\">API key</label>", "  <input id=\"apiKey\" placeholder=\"sk_live_...\" />",
             "  <p class=\"error\">Invalid API key. Find yours under Settings → Developers.</p>", "</form>", "`;"]
    return "src/components/__snapshots__/LoginForm.test.tsx.snap", "jest-snapshot", "\n".join(lines) + "\n", "i18n", "ui_strings"


@look
def l_sealed_secret(rng):
    lines = ["$ kubectl get sealedsecret %s-secrets -o yaml" % pick(rng, APPS), "apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:",
             "  name: app-secrets", "  namespace: prod", "spec:", "  encryptedData:"]
    for k in ["DATABASE_PASSWORD", "STRIPE_SECRET_KEY"]:
        lines.append("    %s: AgB%s" % (k, rs(rng, B64, rng.randint(300, 400))))
    lines += ["  template:", "    metadata:", "      name: app-secrets", "status:", "  observedGeneration: %d" % rng.randint(1, 9)]
    return "docs/k8s/sealedsecret-dump.yaml", "yaml", "\n".join(lines) + "\n", "kubernetes", "ciphertext"


@look
def l_ansible_vault_debug(rng):
    lines = ["TASK [app : render env file] ****************************************************", "ok: [web01] => {",
             "    \"db_password\": \"VARIABLE IS NOT DEFINED!\",", "    \"vault_blob\": \"$ANSIBLE_VAULT;1.1;AES256\\n%s\\n%s\\n%s\"" % (hexs(rng, 80), hexs(rng, 80), hexs(rng, 40)),
             "}", "TASK [app : debug] **************************************************************",
             "ok: [web01] => {", "    \"msg\": \"api_token=******** (no_log)\"", "}", "PLAY RECAP *********************************************************************",
             "web01                      : ok=%d    changed=%d    unreachable=0    failed=0" % (rng.randint(5, 40), rng.randint(0, 5))]
    return "ansible/logs/deploy-%s.log" % ts(rng)[:10], "log", "\n".join(lines) + "\n", "ansible", "vault_ciphertext"


@look
def l_hs_err_plain(rng):
    pid = rng.randint(1000, 99999)
    lines = ["#", "# A fatal error has been detected by the Java Runtime Environment:", "#", "#  SIGBUS (0x7) at pc=%s, pid=%d, tid=%d" % (addr(rng), pid, pid + 5), "#",
             "Registers:"] + ["R%s=0x%016x" % (r, rng.getrandbits(64)) for r in ["AX", "BX", "CX", "DX", "SP", "BP", "SI", "DI"]] + [
             "", "Top of Stack: (sp=%s)" % addr(rng), "%s:   %016x %016x" % (addr(rng), rng.getrandbits(64), rng.getrandbits(64)),
             "", "Environment Variables:"] + ["%s=%s" % kv for kv in harmless_env(rng, 5)]
    return "hs_err_pid%d.log" % pid, "crash-log", "\n".join(lines) + "\n", "jvm", "registers_and_addresses"


@look
def l_build_info(rng):
    doc = {"build_id": uuid4(rng), "pipeline": rng.randint(10**5, 10**7), "git": {"sha": hexs(rng, 40), "branch": "main", "tree": hexs(rng, 40)},
           "image": "registry.%s.io/%s@sha256:%s" % (pick(rng, ORGS), pick(rng, APPS), hexs(rng, 64)), "cache_key": "v1-deps-%s" % hexs(rng, 64),
           "artifacts": [{"name": "app.tar.gz", "sha256": hexs(rng, 64), "md5": hexs(rng, 32)}], "started": ts(rng), "runner": "runner-%s" % rs(rng, LOWER + DIGITS, 8)}
    return "support-bundle/build-info.json", "json", json.dumps(doc, indent=2) + "\n", "ci", "build_ids_and_hashes"


@look
def l_request_ids_dump(rng):
    lines = ["## Reproduction", "", "```", "< HTTP/2 502", "< date: Wed, 10 Apr 2024 09:14:%02d GMT" % rng.randint(0, 59), "< x-request-id: %s" % uuid4(rng),
             "< x-amzn-trace-id: Root=1-%s-%s" % (hexs(rng, 8), hexs(rng, 24)), "< cf-ray: %s-FRA" % hexs(rng, 16), "< etag: W/\"%s\"" % hexs(rng, 32),
             "< traceparent: 00-%s-%s-01" % (trace_id(rng), span_id(rng)), "< x-cache: Miss from cloudfront", "< x-amz-cf-id: %s==" % rs(rng, B64URL, 54), "```", "",
             "Please check on your side with the request id above."]
    return "docs/bug-reports/502-%d.md" % rng.randint(1, 999), "markdown", "\n".join(lines) + "\n", "http", "request_and_trace_ids"


@look
def l_aws_configure_list(rng):
    lines = ["$ aws configure list", "      Name                    Value             Type    Location", "      ----                    -----             ----    --------",
             "   profile                %-12s           manual    --profile" % pick(rng, ["default", "prod", "ci"]),
             "access_key     ****************%s shared-credentials-file" % rs(rng, UPPER + DIGITS, 4),
             "secret_key     ****************%s shared-credentials-file" % rs(rng, ALNUM, 4), "    region                eu-west-1      config-file    ~/.aws/config",
             "$ aws sts get-caller-identity", "{", "    \"UserId\": \"AIDA%s\"," % rs(rng, B32, 17), "    \"Account\": \"%d\"," % rng.randint(10**11, 10**12 - 1),
             "    \"Arn\": \"arn:aws:iam::%d:user/%s\"" % (rng.randint(10**11, 10**12 - 1), pick(rng, USERS)), "}"]
    return "docs/onboarding/aws-check.txt", "text", "\n".join(lines) + "\n", "aws", "masked_cli_output"


@look
def l_git_trace_curl(rng):
    lines = ["$ GIT_TRACE_CURL=1 git fetch", "%s.%06d http.c:%d              == Info: Connected to github.com (140.82.121.3) port 443" % (ts(rng, frac=False, z=False)[11:], rng.randint(0, 999999), rng.randint(700, 900)),
             "%s.%06d http.c:%d              => Send header: GET /%s/%s.git/info/refs?service=git-upload-pack HTTP/2" % (ts(rng, frac=False, z=False)[11:], rng.randint(0, 999999), rng.randint(700, 900), pick(rng, ORGS), pick(rng, APPS)),
             "%s.%06d http.c:%d              => Send header: authorization: Basic <redacted>" % (ts(rng, frac=False, z=False)[11:], rng.randint(0, 999999), rng.randint(700, 900)),
             "%s.%06d http.c:%d              <= Recv header: x-github-request-id: %s:%s:%s:%s:%s" % (ts(rng, frac=False, z=False)[11:], rng.randint(0, 999999), rng.randint(700, 900),
                                                                                                  rs(rng, UPPER + DIGITS, 4), rs(rng, UPPER + DIGITS, 5), rs(rng, UPPER + DIGITS, 6), rs(rng, UPPER + DIGITS, 7), rs(rng, UPPER + DIGITS, 8))]
    return "docs/troubleshooting/git-trace.txt", "text", "\n".join(lines) + "\n", "git", "redacted_auth_header"


@look
def l_kombu_masked(rng):
    t = ts(rng, sep=" ", frac=False, z=False)
    lines = [" -------------- celery@%s v5.3.%d (emerald-rush)" % (pick(rng, APPS), rng.randint(0, 6)), "--- ***** -----",
             "-- ******* ---- Linux-5.15.0-x86_64-with-glibc2.36 %s" % t, "- *** --- * --- ", "- ** ---------- [config]",
             "- ** ---------- .> app:         %s:0x%x" % (pick(rng, APPS), rng.getrandbits(44)), "- ** ---------- .> transport:   amqp://guest:**@rabbitmq:5672//",
             "- ** ---------- .> results:     redis://:**@redis:6379/1", "- *** --- * --- .> concurrency: 4 (prefork)",
             "[%s: ERROR/MainProcess] consumer: Cannot connect to amqp://guest:**@rabbitmq:5672//: [Errno 111] Connection refused." % t]
    return "logs/celery-worker.log", "log", "\n".join(lines) + "\n", "celery", "masked_broker_url"


@look
def l_stripe_error_doc(rng):
    doc = {"error": {"code": "resource_missing", "doc_url": "https://stripe.com/docs/error-codes/resource-missing",
                     "message": "No such customer: 'cus_%s'" % rs(rng, ALNUM, 14), "param": "customer",
                     "request_log_url": "https://dashboard.stripe.com/test/logs/req_%s?t=%d" % (rs(rng, ALNUM, 14), rng.randint(1700000000, 1730000000)), "type": "invalid_request_error"},
           "request": {"id": "req_%s" % rs(rng, ALNUM, 14), "idempotency_key": uuid4(rng)},
           "objects": {"payment_intent": "pi_%s" % rs(rng, ALNUM, 24), "charge": "ch_%s" % rs(rng, ALNUM, 24), "price": "price_%s" % rs(rng, ALNUM, 24)}}
    return "tests/fixtures/stripe/error_resource_missing.json", "json", json.dumps(doc, indent=2) + "\n", "stripe", "object_and_request_ids"


@look
def l_openai_masked_nb(rng):
    tail = rs(rng, ALNUM, 4)
    msg = "Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-********************************************%s. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}" % tail
    nb = {"cells": [{"cell_type": "code", "execution_count": 3, "metadata": {}, "source": ["import os\n", "from openai import OpenAI\n", "client = OpenAI(api_key=os.environ[\"OPENAI_API_KEY\"])\n",
                                                                                         "client.models.list()"],
                     "outputs": [{"output_type": "error", "ename": "AuthenticationError", "evalue": msg, "traceback": ["\u001b[0;31mAuthenticationError\u001b[0m: " + msg]}]}],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
    return "notebooks/llm-smoke-test.ipynb", "ipynb", json.dumps(nb, indent=1) + "\n", "openai", "masked_key_in_error"


@look
def l_hmac_vectors(rng):
    lines = ["tests/crypto/test_hmac.py::test_rfc4231[case1] PASSED", "tests/crypto/test_hmac.py::test_rfc4231[case2] PASSED", "",
             "---- captured stdout (RFC 4231 test case 2) ----", "key    = 4a656665  ('Jefe')", "data   = 7768617420646f2079612077616e7420666f72206e6f7468696e673f",
             "expect = 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
             "got    = 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
             "==== %d passed in %.2fs ====" % (rng.randint(2, 40), rng.random() * 3)]
    return "test-results/crypto-%d.txt" % rng.randint(1, 99), "text", "\n".join(lines) + "\n", "rfc4231", "test_vectors"


@look
def l_sqlalchemy_masked(rng):
    t = ts(rng, sep=" ", frac=True, z=False)
    lines = ["%s INFO sqlalchemy.engine.Engine select pg_catalog.version()" % t,
             "%s ERROR app.db engine=Engine(postgresql+psycopg2://%s:***@%s:5432/%s) failed to connect" % (t, pick(rng, USERS), pick(rng, HOSTS), pick(rng, ["app", "core"])),
             "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at \"%s\", port 5432 failed: Connection refused" % ip(rng),
             "(Background on this error at: https://sqlalche.me/e/20/e3q8)",
             "%s INFO uvicorn.error Waiting for application startup." % t, "%s ERROR uvicorn.error Application startup failed. Exiting." % t]
    return "logs/api-%s.log" % t[:10], "log", "\n".join(lines) + "\n", "sqlalchemy", "masked_url"


@look
def l_phpinfo_harmless(rng):
    rows = ["<tr><td class=\"e\">$_SERVER['%s']</td><td class=\"v\">%s</td></tr>" % (k, html_esc(v)) for k, v in harmless_env(rng, rng.randint(6, 12))]
    rows.append("<tr><td class=\"e\">$_SERVER['UNIQUE_ID']</td><td class=\"v\">%s</td></tr>" % rs(rng, ALNUM + "@-", 27))
    lines = ["<html><head><title>phpinfo()</title></head><body><div class=\"center\">", "<h2>PHP Variables</h2>", "<table>"] + rows + ["</table>", "</div></body></html>"]
    return "docs/server/phpinfo.html", "html", "\n".join(lines) + "\n", "php", "harmless_env"


@look
def l_laravel_sensitive(rng):
    d = ts(rng, sep=" ", frac=False, z=False)
    lines = ["[%s] production.ERROR: SQLSTATE[HY000] [2002] Connection refused {\"exception\":\"[object] (PDOException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php:65)" % d,
             "[stacktrace]", "#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(65): PDO->__construct('mysql:host=mysq...', 'forge', Object(SensitiveParameterValue), Array)",
             "#1 /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(44): Illuminate\\Database\\Connectors\\Connector->createPdoConnection('mysql:host=mysq...', 'forge', Object(SensitiveParameterValue), Array)",
             "#2 {main}", "\"}"]
    return "storage/logs/laravel-%s.log" % d[:10], "log", "\n".join(lines) + "\n", "php", "sensitive_parameter_redacted"



@look
def l_jsonl_harmless(rng):
    out = []
    for i in range(rng.randint(5, 10)):
        out.append({"level": rng.choice(["info", "warn", "error"]), "ts": ts(rng), "trace_id": trace_id(rng), "span_id": span_id(rng),
                    "request_id": uuid4(rng), "session": "sess_%s" % hexs(rng, 8) + "_expired", "msg": pick(rng, ["login failed: invalid password", "token expired", "request completed", "api key rotated by admin"]),
                    "user_id": rng.randint(1, 99999)})
    return "logs/auth-%s.jsonl" % ts(rng)[:10], "jsonl", "\n".join(json.dumps(o) for o in out) + "\n", "app", "trace_span_request_ids"


@look
def l_csv_harmless(rng):
    rows = ["@timestamp,@message,@requestId"]
    for _ in range(rng.randint(5, 10)):
        rows.append("%s,\"REPORT RequestId: %s Duration: %.2f ms Billed Duration: %d ms Memory Size: 512 MB\",%s" % (ts(rng, sep=" ", z=False), uuid4(rng), rng.random() * 900, rng.randint(1, 900), uuid4(rng)))
    return "docs/perf/lambda-durations.csv", "csv", "\n".join(rows) + "\n", "aws", "lambda_request_ids"


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
def compatible_keys(t):
    keys = t["keys"] or SPEC_KEYS
    return [k for k in keys if set(SPECS[k]["forms"]) & set(t["forms"])]


KEY_USE = {}


def balanced_key(rng, t):
    ks = compatible_keys(t)
    cand = [pick(rng, ks) for _ in range(3)]
    return min(cand, key=lambda k: KEY_USE.get(k, 0))


def build_positive(rng, t):
    for _ in range(60):
        key = balanced_key(rng, t)
        form = pick(rng, sorted(set(SPECS[key]["forms"]) & set(t["forms"])))
        c = make_cred(rng, key, rng.random() < 0.5)
        c["form"] = form
        if t["pred"] and not t["pred"](c):
            continue
        if form == "url" and not c.get("url"):
            continue
        KEY_USE[key] = KEY_USE.get(key, 0) + 1
        return c
    raise RuntimeError("no cred for " + t["name"])


def build_fake(rng, t):
    for _ in range(60):
        key = pick(rng, compatible_keys(t))
        form = pick(rng, sorted(set(SPECS[key]["forms"]) & set(t["forms"])))
        c = make_fake(rng, key, rng.random() < 0.5, t["native"])
        c["form"] = form
        if form == "url" and not c.get("url"):
            continue
        return c
    raise RuntimeError("no fake for " + t["name"])


def line_of(text, needle):
    i = text.find(needle)
    return text.count("\n", 0, i) + 1 if i >= 0 else None


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_cq.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    rng = random.Random(seed)
    KEY_USE.clear()
    manifest, secrets = [], []
    # positives: cycle through shuffled templates so every template is used
    order = []
    while len(order) < 500:
        block = list(range(len(TEMPLATES)))
        rng.shuffle(block)
        order += block
    for i in range(500):
        t = TEMPLATES[order[i]]
        for _ in range(20):
            c = build_positive(rng, t)
            rel, ftype, text = t["fn"](rng, c)
            ln = line_of(text, c["needle"])
            if ln is not None:
                break
        else:
            raise RuntimeError("needle missing in " + t["name"])
        relp = "pos/p%04d/%s" % (i, rel)
        write(outdir, relp, text)
        manifest.append({"file": relp, "label": "pos", "provider": c["provider"], "kind": c["kind"], "filetype": ftype,
                         "template": t["name"], "name_style": "obvious" if c["obvious"] else "neutral", "slot": c["form"]})
        secrets.append({"file": relp, "needle": c["needle"], "line": ln})
    # negatives: half re-use positive templates with a look-alike value, half domain look-alikes
    norder = []
    while len(norder) < 250:
        block = list(range(len(TEMPLATES)))
        rng.shuffle(block)
        norder += block
    lorder = []
    while len(lorder) < 250:
        block = list(range(len(LOOKALIKES)))
        rng.shuffle(block)
        lorder += block
    slots = ["t"] * 250 + ["l"] * 250
    rng.shuffle(slots)
    ti = li = 0
    for i, s in enumerate(slots):
        if s == "t":
            t = TEMPLATES[norder[ti]]
            ti += 1
            c = build_fake(rng, t)
            rel, ftype, text = t["fn"](rng, c)
            entry = {"provider": c["provider"], "kind": c["kind"], "filetype": ftype, "template": t["name"], "negative_type": c["fake"]}
        else:
            L = LOOKALIKES[lorder[li]]
            li += 1
            rel, ftype, text, prov, kind = L["fn"](rng)
            entry = {"provider": prov, "kind": kind, "filetype": ftype, "template": "lookalike_" + L["name"], "negative_type": "domain_lookalike"}
        relp = "neg/n%04d/%s" % (i, rel)
        write(outdir, relp, text)
        m = {"file": relp, "label": "neg"}
        m.update(entry)
        manifest.append(m)
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s_ in secrets:
            f.write(json.dumps(s_) + "\n")


if __name__ == "__main__":
    main()
