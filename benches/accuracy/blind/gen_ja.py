#!/usr/bin/env python3
"""Blind evaluation-set generator gen_ja: credentials leaked through environment dumps.

EMPHASIS
    Environment dumps and introspection output committed by accident: `env` / `printenv` /
    `set` output pasted into CI logs, issues and runbooks; /proc/<pid>/environ dumps (NUL
    separated, `tr '\\0' '\\n'`, or pasted run-together); `docker inspect` JSON (Config.Env),
    `docker history --no-trunc`; `kubectl describe pod`, `kubectl get secret -o yaml|json`
    (base64 data), `kubectl exec -- env`, `kubectl get pod -o yaml`; `heroku config` (plain,
    --shell, --json); `vercel env pull` results; `aws lambda get-function-configuration`
    (json, yaml), `aws ecs describe-task-definition`; `gcloud run services describe`
    (human and export); `az webapp config appsettings list` (json, table); `systemctl show
    -p Environment`, journald; `ps auxe` / `ps eww`; PHP phpinfo() HTML and `php -i`; Django
    technical 500 pages and e-mailed reports, Werkzeug / pytest tracebacks with os.environ
    repr; Spring Boot /actuator/env; Node `console.log(process.env)`; Ruby ENV.to_h; Go
    os.Environ(); Java System.getenv(); bash/cmd/PowerShell env listings; crash reports
    (text, JSON); Travis/GitLab/Jenkins/GitHub Actions job logs; terraform plan, helm get
    values, docker compose config.
    Providers/kinds: AWS secret access key, Stripe (sk_live_, rk_live_, whsec_), GitHub
    (ghp_/gho_/ghs_ with CRC32 checksum, github_pat_), GitLab glpat-, Slack (xoxb-, xoxp-,
    incoming webhook URL), OpenAI, Anthropic, Twilio auth token, SendGrid, Datadog API/app
    keys, npm, PyPI, Google API key, Mailgun, DigitalOcean, Shopify, Discord webhook,
    Telegram bot token, Azure storage account key, database URLs with passwords (postgres,
    mysql, mongodb+srv, redis, amqp), JWT / session / Django / Rails / Laravel / NextAuth
    secrets, plain passwords, private keys (PEM / OpenSSH) stored in variables.
    File types: log, txt, md, json, yaml/yml, html, csv, tsv, sql, out, jsonl, a NUL-separated
    environ dump, and (positives only, at most 20 of 500) .env-style files from `vercel env pull`.
    Templates: 64 dump renderers (RENDERERS) used for all positives and for the re-used half of
    the negatives; 27 dedicated look-alike negative templates (LOOKALIKES) plus 13 look-alike
    variable kinds injected into the renderers for the other look-alike negatives.
    About half of the positives use the conventional variable name; the rest use neutral names,
    and several renderers place the value in a header, a URL, a CLI flag or a ps command line.

USAGE
    python3 -B gen_ja.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED (one
    random.Random(SEED), no clock, no os.urandom, no set iteration, no hash()).

NEEDLE CONVENTIONS
    * Token / API key / password / signing secret: the value exactly as written.
    * Database / broker URLs: only the password part between "user:" and "@".
    * Webhook URLs (Slack incoming webhook, Discord webhook): the whole URL.
    * Key pairs (AWS access key id + secret access key): the secret access key only; the
      AKIA... id may appear next to it.  Twilio: the auth token (the AC... SID is public).
    * Azure storage connection strings: the AccountKey value.
    * Private keys: the first 64-character base64 body line after the BEGIN line; it is a
      contiguous substring whether the key is written with real newlines, literal "\\n"
      escapes or JSON escapes.
    * Headers / command-line arguments: the token only (not "Bearer ", not the flag).
    * kubectl get secret -o yaml|json: the base64 string as written in `data:` (the whole
      encoded value of the leaked entry), since that is what the file holds.
    * line = 1-based line of the needle's first occurrence (NUL-separated dumps contain no
      newline, so their needle is on line 1 or 2).

NEGATIVES
    250 re-use the positive renderers with the slot holding a non-secret: placeholders,
    empty values, masked values in the dialect of the tool (GitHub Actions ***, GitLab
    [MASKED], Spring ******, Django ********************, Rails [FILTERED], Vercel
    Encrypted), environment / secret-manager references (${VAR}, $(VAR), {{ .Values }},
    ${{ secrets.X }}, vault:, op://, AWS Secrets Manager ARNs, Azure Key Vault references,
    GCP Secret Manager names, kubectl "<set to the key ...>"), documented examples
    (AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, Stripe docs test key,
    Slack "xoxb-not-a-real-token-this-will-not-work"), and values documented as public
    (Stripe pk_live_, Twilio Account SID, Google OAuth client id, reCAPTCHA site key, Mapbox
    pk. token, GitHub App client id).  The other 250 are look-alikes of the domain: env
    listings with only non-secret variables, docker inspect / history with container ids,
    image digests and sha256 layer ids, kubectl describe with "<N bytes>", pod UIDs,
    resourceVersions, base64 of non-secret config, public certificates, SSH public keys,
    PGP fingerprints (python image GPG_KEY), PHP_SHA256, Lambda CodeSha256, systemd
    InvocationID, crash ids, git SHAs, npm integrity hashes.  No negative is in a file named
    .env / .env.<something> (only .env.example-style names would be used).

FORMATS CHECKED (search tool, docs/pages corpora)
    * GitHub: prefixes ghp_/gho_/ghu_/ghs_/ghr_, charset [A-Za-z0-9], 40 chars total
      (github.blog changelog 2021-03-31); 30 chars entropy + 6 base62 CRC32 checksum
      (GitHub blog "behind the new token formats" as summarised by a Go package doc);
      fine-grained github_pat_ + 22 + "_" + 59 (public gist describing them).
    * Stripe: sk_live_/sk_test_ secret, pk_ publishable (public), rk_ restricted keys;
      Stripe told GitLab keys may be 10..128 alphanumerics after the prefix (GitLab issue).
    * SendGrid: keys are 69 characters long (Twilio SendGrid docs) -> SG.<22>.<43>.
    * AWS: access key id 20 chars, AKIA = long-lived access key (IAM unique id prefixes);
      secret access key 40 chars of [A-Za-z0-9/+]; documented example pair
      AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY.
    * GitLab: personal access tokens use prefix glpat- followed by 20+ chars [A-Za-z0-9_-]
      (GitLab issue 342327); newer instances emit longer tokens with dots.
    * Slack: bot tokens xoxb-, user tokens xoxp- (api.slack.com token types).
    * kubectl: `describe secret` prints "key: N bytes"; `get secret -o yaml` prints base64
      under data: (kubernetes docs).  heroku config output "KEY: value" (devcenter).
    * aws lambda get-function-configuration: Environment.Variables map (AWS CLI reference).

DOUBTS
    * OpenAI key layout (sk-proj-...T3BlbkFJ..., legacy sk-<20>T3BlbkFJ<20>) and Anthropic
      (sk-ant-api03-<93>AA) are from memory of public examples, not confirmed in docs.
    * GitHub base62 alphabet order for the checksum (0-9A-Za-z assumed) and whether the
      CRC32 covers only the 30 random chars: not confirmed from GitHub itself.
    * Datadog (32 hex API / 40 hex app key), Mailgun key-<32hex>, DigitalOcean dop_v1_<64hex>,
      Shopify shpat_<32hex>, npm npm_<36>, PyPI pypi-AgEIcHlwaS5vcmc..., Telegram
      <digits>:AA<33>, Discord webhook token length 68, Azure AccountKey 88 base64 chars:
      well known but not re-checked against provider docs in this session.
    * Exact layouts of `gcloud run services describe`, `az ... -o table`, `php -i`, and
      Django's technical 500 page are approximated from memory.
    * A search result from one scanner's issue tracker (ripsecrets) and GitLab's secret
      detection merge request appeared in results; their patterns were not used.
"""
import base64
import json
import os
import random
import string
import sys
import zlib

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = UPPER + LOWER + DIG
B62 = DIG + UPPER + LOWER
HEX = "0123456789abcdef"
B64 = UPPER + LOWER + DIG + "+/"
URLSAFE = ALNUM + "-_"


class G:
    """All randomness goes through one random.Random(SEED)."""

    def __init__(self, seed):
        self.R = random.Random(seed)

    def s(self, alphabet, n):
        return "".join(self.R.choice(alphabet) for _ in range(n))

    def hexs(self, n):
        return self.s(HEX, n)

    def c(self, seq):
        return self.R.choice(seq)

    def i(self, a, b):
        return self.R.randint(a, b)

    def p(self, x):
        return self.R.random() < x

    def uuid(self):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.c("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def sha(self):
        return self.hexs(64)

    def ip(self, private=True):
        if private:
            return "10.%d.%d.%d" % (self.i(0, 255), self.i(0, 255), self.i(2, 250))
        return "%d.%d.%d.%d" % (self.i(34, 199), self.i(0, 255), self.i(0, 255), self.i(2, 250))

    def date(self):
        return "2024-%02d-%02d" % (self.i(1, 12), self.i(1, 28))

    def ts(self, frac=True):
        t = "%sT%02d:%02d:%02d" % (self.date(), self.i(0, 23), self.i(0, 59), self.i(0, 59))
        if frac:
            t += ".%07d" % self.i(0, 9999999)
        return t + "Z"

    def word(self):
        return self.c(WORDS)

    def app(self):
        return self.c(APPS)

    def pod(self, app=None):
        app = app or self.app()
        return "%s-%s-%s" % (app, self.s("bcdfghjklmnpqrstvwxz2456789", 10),
                             self.s("bcdfghjklmnpqrstvwxz2456789", 5))

    def b64bytes(self, n):
        return base64.b64encode(bytes(self.i(0, 255) for _ in range(n))).decode()


WORDS = ["amber", "basil", "cedar", "delta", "ember", "falcon", "garnet", "harbor", "indigo",
         "juniper", "kestrel", "lumen", "maple", "nimbus", "onyx", "pepper", "quartz", "raven",
         "sierra", "tundra", "umber", "velvet", "willow", "yonder", "zephyr", "copper", "meadow"]
APPS = ["checkout-api", "billing-worker", "orders-svc", "notifier", "web-frontend", "auth-gateway",
        "search-indexer", "reports", "inventory", "payments", "mailer", "scheduler", "catalog",
        "ledger", "webhooks", "media-resizer", "crm-sync", "admin-portal", "api", "backend"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "ap-northeast-1"]


def b64e(s):
    return base64.b64encode(s.encode()).decode()


def base62_fixed(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


# ---------------------------------------------------------------- secret generators
# each returns (line_value, raw_value, needle)

def pw(g, n=None):
    n = n or g.i(14, 26)
    first = g.s(ALNUM, 1)
    body = g.s(ALNUM * 3 + "-_.!*%", n - 1)
    return first + body


def url_pw(g):
    return g.s(ALNUM, 1) + g.s(ALNUM * 4 + "-_.", g.i(15, 27))


def _simple(fn):
    def w(g):
        v = fn(g)
        return v, v, v
    return w


def gen_github(g):
    pre = g.c(["ghp_", "ghp_", "gho_", "ghs_", "ghu_"])
    ent = g.s(ALNUM, 30)
    return pre + ent + base62_fixed(zlib.crc32(ent.encode()) & 0xffffffff, 6)


def gen_ghpat(g):
    return "github_pat_11" + g.s(UPPER + DIG, 20) + "_" + g.s(ALNUM, 59)


def gen_slack_bot(g):
    return "xoxb-%d-%d-%s" % (g.i(10 ** 10, 10 ** 12), g.i(10 ** 11, 10 ** 13), g.s(ALNUM, 24))


def gen_slack_user(g):
    return "xoxp-%d-%d-%d-%s" % (g.i(10 ** 10, 10 ** 12), g.i(10 ** 10, 10 ** 12),
                                 g.i(10 ** 11, 10 ** 13), g.hexs(32))


def gen_slack_hook(g):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        g.s(UPPER + DIG, g.i(8, 10)), g.s(UPPER + DIG, g.i(8, 10)), g.s(ALNUM, 24))


def gen_discord_hook(g):
    return "https://discord.com/api/webhooks/%d/%s" % (g.i(10 ** 17, 10 ** 19 - 1), g.s(URLSAFE, 68))


def gen_openai(g):
    if g.p(0.6):
        return "sk-proj-" + g.s(URLSAFE, 74) + "T3BlbkFJ" + g.s(URLSAFE, 74)
    return "sk-" + g.s(ALNUM, 20) + "T3BlbkFJ" + g.s(ALNUM, 20)


def gen_anthropic(g):
    return "sk-ant-api03-" + g.s(URLSAFE, 93) + "AA"


def gen_stripe(g):
    return g.c(["sk_live_", "sk_live_", "rk_live_"]) + g.s(ALNUM, g.c([24, 34, 99]))


def gen_whsec(g):
    return "whsec_" + g.s(ALNUM, 32)


def gen_sendgrid(g):
    return "SG." + g.s(URLSAFE, 22) + "." + g.s(URLSAFE, 43)


def gen_aws_secret(g):
    return g.s(ALNUM + "+/", 40)


def gen_glpat(g):
    return "glpat-" + g.s(URLSAFE, 20)


def gen_npm(g):
    return "npm_" + g.s(ALNUM, 36)


def gen_pypi(g):
    return "pypi-AgEIcHlwaS5vcmc" + g.s(URLSAFE, g.i(140, 180))


def gen_google(g):
    return "AIza" + g.s(URLSAFE, 35)


def gen_mailgun(g):
    return "key-" + g.hexs(32)


def gen_do(g):
    return "dop_v1_" + g.hexs(64)


def gen_shopify(g):
    return g.c(["shpat_", "shpss_"]) + g.hexs(32)


def gen_telegram(g):
    return "%d:AA%s" % (g.i(10 ** 8, 10 ** 10 - 1), g.s(URLSAFE, 33))


def gen_dd_api(g):
    return g.hexs(32)


def gen_dd_app(g):
    return g.hexs(40)


def gen_twilio(g):
    return g.hexs(32)


def gen_django(g):
    return g.s(LOWER + DIG, 1) + g.s(LOWER + DIG + "!@#$%^*(-_=+)", 49)


def gen_rails(g):
    return g.hexs(128)


def gen_laravel(g):
    return "base64:" + g.b64bytes(32)


def gen_b64secret(g):
    return g.b64bytes(g.c([32, 48, 64]))


def gen_hexsecret(g):
    return g.hexs(g.c([32, 48, 64]))


def gen_azure_key(g):
    return g.b64bytes(64)


def gen_dburl(g):
    scheme, port, user, db = g.c([
        ("postgres", 5432, "app", "app_production"), ("postgresql", 5432, "svc_orders", "orders"),
        ("mysql", 3306, "root", "shop"), ("mongodb+srv", None, "api-user", "main"),
        ("redis", 6379, "", "0"), ("amqp", 5672, "rabbit", "%2F"), ("postgres", 6432, "reporting", "warehouse")])
    p = url_pw(g)
    host = g.c(["db.internal", "%s.cluster-c%s.%s.rds.amazonaws.com" % (g.word(), g.hexs(11), g.c(REGIONS)),
                "pg-%s.prod.svc.cluster.local" % g.word(), "10.0.%d.%d" % (g.i(0, 40), g.i(2, 250)),
                "cluster0.%s.mongodb.net" % g.s(LOWER + DIG, 5), "redis-master.cache", "mq.internal"])
    if scheme == "mongodb+srv":
        u = "mongodb+srv://%s:%s@%s/%s?retryWrites=true&w=majority" % (user, p, host, db)
    else:
        u = "%s://%s:%s@%s:%d/%s" % (scheme, user, p, host, port, db)
    return u, u, p


def gen_azure_conn(g):
    k = gen_azure_key(g)
    v = "DefaultEndpointsProtocol=https;AccountName=%s%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (
        g.word(), g.s(LOWER + DIG, 6), k)
    return v, v, k


def gen_privkey(g):
    kind = g.c(["RSA", "PKCS8", "EC", "OPENSSH"])
    if kind == "RSA":
        head, tail, pre, n = "-----BEGIN RSA PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----", "MIIEpAIBAAKCAQEA", 1190
    elif kind == "PKCS8":
        head, tail, pre, n = "-----BEGIN PRIVATE KEY-----", "-----END PRIVATE KEY-----", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC", 1190
    elif kind == "EC":
        head, tail, pre, n = "-----BEGIN EC PRIVATE KEY-----", "-----END EC PRIVATE KEY-----", "MHcCAQEEI", 150
    else:
        head, tail, pre, n = ("-----BEGIN OPENSSH PRIVATE KEY-----", "-----END OPENSSH PRIVATE KEY-----",
                              "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 330)
    body = pre + g.s(UPPER + LOWER + DIG + "+/", n - len(pre))
    lines = [body[k:k + (70 if kind == "OPENSSH" else 64)] for k in range(0, len(body), 70 if kind == "OPENSSH" else 64)]
    raw = head + "\n" + "\n".join(lines) + "\n" + tail + "\n"
    line = raw.replace("\n", "\\n")
    return line, raw, lines[0]


# (provider, kind, gen, conventional names, neutral names, weight)
SECRETS = [
    ("aws", "secret-access-key", _simple(gen_aws_secret), ["AWS_SECRET_ACCESS_KEY"],
     ["S3_UPLOAD_SECRET", "BACKUP_BUCKET_SECRET", "SES_SMTP_SECRET", "AWSSECRET"], 5),
    ("stripe", "secret-key", _simple(gen_stripe), ["STRIPE_SECRET_KEY", "STRIPE_API_KEY"],
     ["PAYMENTS_KEY", "PSP_TOKEN", "BILLING_PROVIDER_KEY"], 5),
    ("stripe", "webhook-signing-secret", _simple(gen_whsec), ["STRIPE_WEBHOOK_SECRET"],
     ["PAYMENTS_HOOK_SIGNING", "WH_SIGNING"], 2),
    ("github", "token", _simple(gen_github), ["GITHUB_TOKEN", "GH_TOKEN"],
     ["RELEASE_BOT_PAT", "CHANGELOG_AUTH", "REPO_SYNC_CRED"], 5),
    ("github", "fine-grained-pat", _simple(gen_ghpat), ["GITHUB_PAT"], ["DEPLOY_READ_TOKEN", "GHCR_PULL"], 2),
    ("gitlab", "personal-access-token", _simple(gen_glpat), ["GITLAB_TOKEN", "GITLAB_PRIVATE_TOKEN"],
     ["MIRROR_PUSH_TOKEN", "PKG_REGISTRY_AUTH"], 3),
    ("slack", "bot-token", _simple(gen_slack_bot), ["SLACK_BOT_TOKEN"], ["CHATOPS_TOKEN", "ALERT_BOT"], 3),
    ("slack", "user-token", _simple(gen_slack_user), ["SLACK_USER_TOKEN"], ["ANNOUNCER_AUTH"], 1),
    ("slack", "webhook-url", _simple(gen_slack_hook), ["SLACK_WEBHOOK_URL"], ["NOTIFY_URL", "ALERTS_HOOK"], 3),
    ("discord", "webhook-url", _simple(gen_discord_hook), ["DISCORD_WEBHOOK_URL"], ["COMMUNITY_HOOK"], 1),
    ("openai", "api-key", _simple(gen_openai), ["OPENAI_API_KEY"], ["LLM_KEY", "COMPLETIONS_AUTH", "AI_PROVIDER_TOKEN"], 4),
    ("anthropic", "api-key", _simple(gen_anthropic), ["ANTHROPIC_API_KEY"], ["CLAUDE_KEY", "SUMMARIZER_AUTH"], 2),
    ("twilio", "auth-token", _simple(gen_twilio), ["TWILIO_AUTH_TOKEN"], ["SMS_AUTH", "VOICE_PROVIDER_SECRET"], 3),
    ("sendgrid", "api-key", _simple(gen_sendgrid), ["SENDGRID_API_KEY"], ["MAIL_API_TOKEN", "SMTP_PASSWORD"], 3),
    ("datadog", "api-key", _simple(gen_dd_api), ["DD_API_KEY", "DATADOG_API_KEY"], ["METRICS_SHIPPER_KEY"], 3),
    ("datadog", "app-key", _simple(gen_dd_app), ["DD_APP_KEY", "DATADOG_APP_KEY"], ["DASHBOARD_QUERY_KEY"], 1),
    ("npm", "access-token", _simple(gen_npm), ["NPM_TOKEN", "NODE_AUTH_TOKEN"], ["REGISTRY_PUBLISH_AUTH"], 2),
    ("pypi", "api-token", _simple(gen_pypi), ["PYPI_API_TOKEN", "TWINE_PASSWORD"], ["WHEEL_UPLOAD_TOKEN"], 1),
    ("google", "api-key", _simple(gen_google), ["GOOGLE_API_KEY", "GOOGLE_MAPS_API_KEY"], ["GEOCODER_KEY", "PLACES_KEY"], 2),
    ("mailgun", "api-key", _simple(gen_mailgun), ["MAILGUN_API_KEY"], ["MG_KEY", "BOUNCE_API_AUTH"], 1),
    ("digitalocean", "personal-access-token", _simple(gen_do), ["DIGITALOCEAN_ACCESS_TOKEN", "DO_TOKEN"], ["SPACES_ADMIN"], 1),
    ("shopify", "access-token", _simple(gen_shopify), ["SHOPIFY_ACCESS_TOKEN"], ["STOREFRONT_ADMIN_AUTH"], 1),
    ("telegram", "bot-token", _simple(gen_telegram), ["TELEGRAM_BOT_TOKEN"], ["TG_NOTIFY", "ONCALL_BOT"], 1),
    ("azure", "storage-account-key", gen_azure_conn, ["AZURE_STORAGE_CONNECTION_STRING"], ["BLOB_CONN", "ARCHIVE_STORE"], 2),
    ("database", "url-password", gen_dburl, ["DATABASE_URL", "REDIS_URL", "MONGODB_URI"],
     ["PRIMARY_DSN", "READ_REPLICA", "BROKER_URL", "CACHE_URL", "CELERY_BROKER_URL"], 7),
    ("generic", "password", _simple(pw), ["DB_PASSWORD", "POSTGRES_PASSWORD", "MYSQL_ROOT_PASSWORD", "REDIS_PASSWORD", "ADMIN_PASSWORD"],
     ["PGPASS", "SMTP_PASS", "LDAP_BIND_CRED", "KEYSTORE_PASS"], 6),
    ("generic", "jwt-secret", _simple(gen_b64secret), ["JWT_SECRET", "JWT_SIGNING_KEY"], ["TOKEN_HMAC", "AUTH_SIGNER"], 3),
    ("generic", "session-secret", _simple(gen_hexsecret), ["SESSION_SECRET", "COOKIE_SECRET"], ["SIGNED_COOKIE_K", "SESS_KEY"], 3),
    ("django", "secret-key", _simple(gen_django), ["DJANGO_SECRET_KEY", "SECRET_KEY"], ["DJ_SIGNING"], 2),
    ("rails", "secret-key-base", _simple(gen_rails), ["SECRET_KEY_BASE"], ["RAILS_MASTER_SIGNING"], 2),
    ("laravel", "app-key", _simple(gen_laravel), ["APP_KEY"], ["LARAVEL_ENC"], 1),
    ("nextauth", "secret", _simple(gen_b64secret), ["NEXTAUTH_SECRET", "AUTH_SECRET"], ["NA_SIGN"], 1),
    ("generic", "private-key", gen_privkey, ["SSH_PRIVATE_KEY", "JWT_PRIVATE_KEY", "DEPLOY_KEY"],
     ["GIT_SSH_KEY_MATERIAL", "SIGNER_PEM", "APNS_P8"], 3),
]


# ---------------------------------------------------------------- innocent environment filler

PY_GPG = {"3.11.9": "A035C8C19219BA821ECEA86B64E628F8D684696D", "3.12.3": "7169605F62C751356D054A26A821E680E5FA6305"}


def filler_env(g, flavor, app, host):
    env = [("PATH", {"node": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                     "python": "/usr/local/bin:/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin",
                     "java": "/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                     "php": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                     "ruby": "/usr/local/bundle/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                     "go": "/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"}[flavor]),
           ("HOSTNAME", host), ("HOME", g.c(["/root", "/home/app", "/app", "/home/node"]))]
    if flavor == "node":
        env += [("NODE_VERSION", g.c(["18.20.2", "20.12.2", "20.11.1", "22.2.0"])), ("YARN_VERSION", "1.22.19"),
                ("NODE_ENV", "production"), ("PORT", str(g.c([3000, 8080, 4000])))]
    elif flavor == "python":
        v = g.c(sorted(PY_GPG))
        env += [("LANG", "C.UTF-8"), ("GPG_KEY", PY_GPG[v]), ("PYTHON_VERSION", v),
                ("PYTHONUNBUFFERED", "1"), ("PYTHONDONTWRITEBYTECODE", "1"),
                ("DJANGO_SETTINGS_MODULE", "%s.settings.production" % app.split("-")[0])]
    elif flavor == "java":
        env += [("JAVA_HOME", "/opt/java/openjdk"), ("LANG", "en_US.UTF-8"),
                ("JAVA_VERSION", g.c(["jdk-17.0.11+9", "jdk-21.0.3+9"])),
                ("JAVA_TOOL_OPTIONS", "-XX:MaxRAMPercentage=75.0"), ("SPRING_PROFILES_ACTIVE", "prod")]
    elif flavor == "php":
        env += [("PHP_VERSION", "8.2.%d" % g.i(10, 20)), ("PHP_INI_DIR", "/usr/local/etc/php"),
                ("PHP_SHA256", g.sha()), ("APACHE_CONFDIR", "/etc/apache2"), ("APP_ENV", "production")]
    elif flavor == "ruby":
        env += [("RUBY_VERSION", "3.3.%d" % g.i(0, 4)), ("GEM_HOME", "/usr/local/bundle"),
                ("BUNDLE_APP_CONFIG", "/usr/local/bundle"), ("RAILS_ENV", "production"), ("RAILS_LOG_TO_STDOUT", "1")]
    else:
        env += [("GOLANG_VERSION", "1.22.%d" % g.i(1, 5)), ("GOPATH", "/go"), ("GIN_MODE", "release")]
    extra = [("LOG_LEVEL", g.c(["info", "warn", "debug"])), ("AWS_REGION", g.c(REGIONS)),
             ("SERVICE_NAME", app), ("GIT_SHA", g.hexs(40)), ("BUILD_NUMBER", str(g.i(100, 9999))),
             ("DB_HOST", "db.internal"), ("DB_PORT", "5432"), ("REDIS_HOST", "redis-master.cache"),
             ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector.observability:4317"),
             ("TZ", "UTC"), ("FEATURE_FLAGS", "new-checkout,fast-search"), ("MAX_WORKERS", str(g.i(2, 16))),
             ("KUBERNETES_SERVICE_HOST", "10.96.0.1"), ("KUBERNETES_SERVICE_PORT", "443"),
             ("KUBERNETES_PORT", "tcp://10.96.0.1:443"), ("SENTRY_ENVIRONMENT", "production")]
    g.R.shuffle(extra)
    env += extra[:g.i(5, 11)]
    return env


def yq(v):
    """Quote a YAML scalar when needed (never needed for the needle alphabet's inner chars)."""
    if v == "" or not all(ch in ALNUM + "_./:-@" for ch in v) or v.lower() in ("true", "false", "yes", "no", "null", "on", "off") \
            or v[0] in "-:@" or v.replace(".", "").isdigit():
        if "\n" in v:
            return json.dumps(v)
        return "'" + v.replace("'", "''") + "'"
    return v


class Ctx:
    pass


FLAVOR_BY_RENDERER = {"r_phpinfo_html": "php", "r_php_cli": "php", "r_django_html": "python", "r_django_email": "python",
                      "r_werkzeug_tb": "python", "r_pytest_locals": "python", "r_actuator_env": "java", "r_actuator_prop": "java",
                      "r_java_getenv": "java", "r_node_console": "node", "r_node_logline": "node", "r_crash_json": "node",
                      "r_ruby_env": "ruby", "r_go_environ": "go", "r_vercel_pull": "node"}


def make_ctx(g, name, line, raw, companions=(), flavor=None):
    c = Ctx()
    c.g = g
    c.flavor = flavor or g.c(["node", "python", "java", "php", "ruby", "go"])
    c.t = g.i(1704067200, 1733000000)
    c.app = g.app()
    c.host = g.pod(c.app) if g.p(0.7) else g.hexs(12)
    c.name, c.line, c.raw = name, line, raw
    env = [(k, v, v) for k, v in filler_env(g, c.flavor, c.app, c.host)]
    pos = g.i(3, len(env))
    slot = [(k, v, v) for k, v in companions] + [(name, line, raw)]
    c.env = env[:pos] + slot + env[pos:]
    c.ns = g.c(["default", "prod", "production", "payments", "apps", "backend", "staging"])
    c.region = g.c(REGIONS)
    c.acct = str(g.i(10 ** 11, 10 ** 12 - 1))
    c.img = g.c(["node:20-alpine", "python:3.11-slim", "eclipse-temurin:17-jre", "php:8.2-apache",
                 "ruby:3.3-slim", "golang:1.22"])
    c.sha = g.sha()
    return c


def tick(c):
    """Monotonic ISO timestamps within one file."""
    c.t += c.g.i(0, 3)
    y, rem = 2024, c.t - 1704067200
    day, sec = divmod(rem, 86400)
    mdays = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    m = 0
    while m < 11 and day >= mdays[m]:
        day -= mdays[m]
        m += 1
    return "%d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, m + 1, day + 1, sec // 3600, sec % 3600 // 60, sec % 60, c.g.i(0, 999))


def env_lines(c, sort=False, sep="="):
    items = sorted(c.env) if sort else list(c.env)
    return ["%s%s%s" % (k, sep, v) for k, v, _ in items]


# ---------------------------------------------------------------- renderers (shared by positives and re-used negatives)
RENDERERS = []


def renderer(mask=None, b64=False, json_raw=False):
    def deco(fn):
        fn.mask, fn.b64, fn.json_raw = mask, b64, json_raw
        RENDERERS.append(fn)
        return fn
    return deco


def gha_ts(g, lines):
    t0 = g.ts()[:19]
    return ["%s.%07dZ %s" % (t0, g.i(0, 9999999), l) for l in lines]


@renderer(mask="***")
def r_gha_env(c):
    g = c.g
    head = ["##[group]Run env | sort", "env | sort", "shell: /usr/bin/bash -e {0}", "##[endgroup]"]
    body = env_lines(c, sort=True) + ["GITHUB_ACTIONS=true", "GITHUB_RUN_ID=%d" % g.i(10 ** 9, 10 ** 10),
                                      "GITHUB_SHA=%s" % g.hexs(40), "RUNNER_OS=Linux"]
    body.sort()
    text = "\n".join(gha_ts(g, head + body + ["Post job cleanup."])) + "\n"
    return g.c(["ci-logs/build-%d.log" % g.i(1000, 99999), "logs/actions/job-%d.txt" % g.i(1, 9999),
                "debug/gha-run-%d.log" % g.i(100, 999)]), text


@renderer()
def r_printenv_txt(c):
    g = c.g
    text = "$ printenv\n" + "\n".join(env_lines(c)) + "\n$ \n"
    return g.c(["docs/debug/printenv.txt", "notes/%s-printenv.txt" % c.app, "tmp/env-dump.txt", "printenv.out"]), text


@renderer()
def r_runbook_md(c):
    g = c.g
    text = ("# Runbook: %s pod restarts\n\nLast seen %s. Steps taken while on call:\n\n"
            "1. Checked the rollout: `kubectl -n %s rollout status deploy/%s`\n"
            "2. Dumped the environment of the failing pod to compare with staging:\n\n"
            "```console\n$ kubectl -n %s exec -it %s -- env\n%s\n```\n\n"
            "3. Restarted with `kubectl rollout restart`. Root cause tracked in INC-%d.\n") % (
        c.app, g.date(), c.ns, c.app, c.ns, c.host, "\n".join(env_lines(c)), g.i(1000, 9999))
    return g.c(["docs/runbooks/%s-restarts.md" % c.app, "runbooks/oncall-%s.md" % g.date(), "ops/incidents/INC-%d.md" % g.i(1000, 9999)]), text


@renderer()
def r_issue_md(c):
    g = c.g
    text = ("### Describe the bug\n\n`%s` fails on startup with `connection refused` after upgrading to v%d.%d.%d.\n\n"
            "### Steps to reproduce\n\n1. `docker compose up`\n2. open http://localhost:%d\n\n"
            "### Environment\n\n<details>\n<summary>output of <code>env</code> inside the container</summary>\n\n"
            "```\n%s\n```\n\n</details>\n\n### Expected behavior\n\nService should start.\n") % (
        c.app, g.i(1, 4), g.i(0, 20), g.i(0, 9), g.c([3000, 8000, 8080]), "\n".join(env_lines(c)))
    return g.c([".github/ISSUE_DRAFT_%d.md" % g.i(100, 999), "docs/issues/%d-startup-failure.md" % g.i(100, 999),
                "bug-report.md"]), text


@renderer()
def r_proc_nul(c):
    g = c.g
    text = "\0".join(env_lines(c)) + "\0"
    return g.c(["debug/proc-1-environ.txt", "support/environ.%d.txt" % g.i(1, 40000), "dumps/pid1.environ.txt"]), text


@renderer()
def r_proc_tr(c):
    g = c.g
    pid = g.i(1, 400)
    text = "root@%s:/# cat /proc/%d/environ | tr '\\0' '\\n'\n%s\nroot@%s:/# \n" % (c.host, pid, "\n".join(env_lines(c)), c.host)
    return g.c(["support/case-%d/environ.txt" % g.i(10000, 99999), "debug/proc-environ.log"]), text


@renderer()
def r_proc_concat(c):
    g = c.g
    text = ("Pasting what I got from the sidecar, sorry for the formatting:\n\n"
            "/ # cat /proc/1/environ\n%s/ # \n\nAnything obviously wrong?\n") % "".join(env_lines(c))
    return g.c(["notes/sidecar-debug.txt", "docs/troubleshooting/environ-paste.txt"]), text


@renderer(json_raw=True)
def r_docker_inspect(c):
    g = c.g
    cid = g.sha()
    doc = [{"Id": cid, "Created": g.ts(), "Path": "docker-entrypoint.sh", "Args": ["npm", "start"],
            "State": {"Status": "running", "Running": True, "Pid": g.i(1000, 90000), "ExitCode": 0,
                      "StartedAt": g.ts()}, "Image": "sha256:" + g.sha(),
            "Name": "/%s-%d" % (c.app, g.i(1, 3)), "RestartCount": 0, "Driver": "overlay2",
            "Config": {"Hostname": cid[:12], "User": "app", "Env": ["%s=%s" % (k, r) for k, _, r in c.env],
                       "Cmd": ["npm", "start"], "Image": c.img, "WorkingDir": "/app",
                       "Labels": {"com.docker.compose.project": c.app.split("-")[0], "org.opencontainers.image.revision": g.hexs(40)}},
            "NetworkSettings": {"IPAddress": "172.17.0.%d" % g.i(2, 30), "MacAddress": "02:42:ac:11:00:%02x" % g.i(2, 200)}}]
    text = json.dumps(doc, indent=4) + "\n"
    return g.c(["debug/docker-inspect-%s.json" % c.app, "support/inspect.json", "docs/attachments/container.json"]), text


@renderer()
def r_docker_inspect_fmt(c):
    g = c.g
    text = "$ docker inspect --format '{{range .Config.Env}}{{println .}}{{end}}' %s\n%s\n\n" % (
        g.hexs(12), "\n".join(env_lines(c)))
    return g.c(["notes/container-env.txt", "debug/inspect-env.out"]), text


@renderer()
def r_docker_history(c):
    g = c.g
    rows = ["IMAGE                                                                     CREATED        CREATED BY                                      SIZE      COMMENT"]
    steps = ['CMD ["node" "server.js"]', "EXPOSE map[8080/tcp:{}]", "COPY . /app # buildkit",
             "RUN /bin/sh -c npm ci --omit=dev # buildkit"]
    for k, v, _ in c.env[3:]:
        if k == c.name or g.p(0.3):
            steps.append("ENV %s=%s" % (k, v))
    steps += ["WORKDIR /app", "/bin/sh -c #(nop)  CMD [\"bash\"]", "/bin/sh -c #(nop) ADD file:%s in / " % g.sha()]
    for i, s in enumerate(steps):
        img = ("sha256:" + g.sha()) if i == 0 else "<missing>"
        rows.append("%-73s %-14s %-47s %s" % (img, "%d days ago" % g.i(1, 90), s, "%dB      buildkit.dockerfile.v0" % g.i(0, 9000)))
    text = "$ docker history --no-trunc %s:%s\n%s\n" % (c.app, g.hexs(7), "\n".join(rows))
    return g.c(["docs/image-audit/%s-history.txt" % c.app, "ci-logs/docker-history.log"]), text


@renderer()
def r_kubectl_describe_pod(c):
    g = c.g
    envl = "\n".join("      %s:%s%s" % (k, " " * max(1, 28 - len(k)), v) for k, v, _ in c.env[3:])
    text = ("Name:             %s\nNamespace:        %s\nPriority:         0\nNode:             ip-10-0-%d-%d.%s.compute.internal/%s\n"
            "Start Time:       %s\nLabels:           app=%s\n                  pod-template-hash=%s\nStatus:           Running\n"
            "IP:               %s\nControlled By:  ReplicaSet/%s-%s\nContainers:\n  %s:\n    Container ID:   containerd://%s\n"
            "    Image:          %s\n    Image ID:       docker.io/library/%s@sha256:%s\n    Port:           8080/TCP\n"
            "    State:          Running\n    Ready:          True\n    Restart Count:  %d\n    Environment:\n%s\n"
            "    Mounts:\n      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-%s (ro)\n"
            "Events:          <none>\n") % (
        c.host, c.ns, g.i(0, 255), g.i(0, 255), c.region, g.ip(), g.ts(False), c.app, g.s(LOWER + DIG, 10), g.ip(),
        c.app, g.s(LOWER + DIG, 10), c.app, g.sha(), c.img, c.img.split(":")[0], g.sha(), g.i(0, 9), envl, g.s(LOWER + DIG, 5))
    return g.c(["docs/debug/describe-%s.txt" % c.app, "incidents/%s/describe-pod.txt" % g.date(), "k8s/describe.out"]), text


@renderer(b64=True)
def r_kubectl_secret_yaml(c):
    g = c.g
    data = [("host", b64e("db.internal")), ("username", b64e(g.c(["app", "svc", "admin"]))), (c.name.lower().replace("_", "-"), b64e(c.raw))]
    g.R.shuffle(data)
    text = "apiVersion: v1\ndata:\n%s\nkind: Secret\nmetadata:\n  creationTimestamp: \"%s\"\n  name: %s-env\n  namespace: %s\n  resourceVersion: \"%d\"\n  uid: %s\ntype: Opaque\n" % (
        "\n".join("  %s: %s" % kv for kv in data), g.ts(False), c.app, c.ns, g.i(10000, 9999999), g.uuid())
    return g.c(["k8s/backup/%s-secret.yaml" % c.app, "deploy/exported/secret-%s.yaml" % c.app, "docs/debug/get-secret.yaml"]), text


@renderer(b64=True)
def r_kubectl_secret_json(c):
    g = c.g
    data = {"app-env": b64e("production"), c.name: b64e(c.raw), "port": b64e("5432")}
    doc = {"apiVersion": "v1", "data": data, "kind": "Secret",
           "metadata": {"creationTimestamp": g.ts(False), "name": c.app + "-credentials", "namespace": c.ns,
                        "resourceVersion": str(g.i(10000, 9999999)), "uid": g.uuid()}, "type": "Opaque"}
    return g.c(["k8s/dump/%s.json" % c.app, "backup/secrets/%s.json" % c.app]), json.dumps(doc, indent=4) + "\n"


@renderer()
def r_kubectl_exec_env(c):
    g = c.g
    text = "$ kubectl -n %s exec deploy/%s -c app -- env\n%s\n" % (c.ns, c.app, "\n".join(env_lines(c)))
    return g.c(["notes/k8s-env-%s.txt" % c.app, "debug/exec-env.log"]), text


@renderer()
def r_kubectl_pod_yaml(c):
    g = c.g
    envl = "\n".join("    - name: %s\n      value: %s" % (k, yq(v)) for k, v, _ in c.env[3:])
    text = ("apiVersion: v1\nkind: Pod\nmetadata:\n  name: %s\n  namespace: %s\n  uid: %s\n  labels:\n    app: %s\n"
            "spec:\n  containers:\n  - name: app\n    image: %s\n    env:\n%s\n    ports:\n    - containerPort: 8080\n"
            "status:\n  phase: Running\n  podIP: %s\n  containerStatuses:\n  - containerID: containerd://%s\n"
            "    imageID: docker.io/library/%s@sha256:%s\n    ready: true\n") % (
        c.host, c.ns, g.uuid(), c.app, c.img, envl, g.ip(), g.sha(), c.img.split(":")[0], g.sha())
    return g.c(["k8s/debug/%s-pod.yaml" % c.app, "docs/support/pod-dump.yaml"]), text


@renderer()
def r_heroku_config(c):
    g = c.g
    app = "%s-%s" % (c.app, g.c(["prod", "production", "staging"]))
    rows = [(k, v) for k, v, _ in c.env[3:]]
    w = max(len(k) for k, _ in rows) + 2
    text = "$ heroku config -a %s\n=== %s Config Vars\n%s\n" % (app, app, "\n".join("%s%s" % ((k + ":").ljust(w), v) for k, v in rows))
    return g.c(["docs/heroku-config.txt", "notes/heroku-%s.txt" % app]), text


@renderer()
def r_heroku_shell(c):
    g = c.g
    text = "$ heroku config --shell -a %s\n%s\n" % (c.app, "\n".join("%s='%s'" % (k, v) for k, v, _ in c.env[3:]))
    return g.c(["scripts/heroku-env-snapshot.txt", "ops/heroku/%s.sh.txt" % c.app]), text


@renderer(json_raw=True)
def r_heroku_json(c):
    g = c.g
    return g.c(["ops/heroku/%s-config.json" % c.app, "backup/heroku-config.json"]), json.dumps(
        dict((k, r) for k, _, r in c.env[3:]), indent=2) + "\n"


@renderer(mask="Encrypted")
def r_vercel_pull(c):
    g = c.g
    lines = ["# Created by Vercel CLI"] + ['%s="%s"' % (k, v) for k, v, _ in c.env[3:]] + [
        'VERCEL="1"', 'VERCEL_ENV="%s"' % g.c(["production", "preview", "development"]),
        'VERCEL_GIT_COMMIT_SHA="%s"' % g.hexs(40), 'VERCEL_GIT_REPO_SLUG="%s"' % c.app]
    path = g.c([".vercel/.env.production.local", ".env.local", "docs/vercel-env-pull.txt", "notes/vercel-pull-output.txt"])
    return path, "\n".join(lines) + "\n"


def lambda_doc(c):
    g = c.g
    fn = c.app.replace("-", "_") + g.c(["_handler", "-prod", ""])
    return {"FunctionName": fn, "FunctionArn": "arn:aws:lambda:%s:%s:function:%s" % (c.region, c.acct, fn),
            "Runtime": g.c(["nodejs20.x", "python3.12", "java17"]),
            "Role": "arn:aws:iam::%s:role/%s-exec" % (c.acct, c.app), "Handler": "index.handler",
            "CodeSize": g.i(10000, 9000000), "Timeout": 30, "MemorySize": g.c([128, 256, 512, 1024]),
            "LastModified": g.ts(False).replace("Z", "+0000"), "CodeSha256": g.b64bytes(32), "Version": "$LATEST",
            "Environment": {"Variables": dict((k, r) for k, _, r in c.env[3:])},
            "TracingConfig": {"Mode": "PassThrough"}, "RevisionId": g.uuid(), "State": "Active",
            "PackageType": "Zip", "Architectures": ["x86_64"]}


@renderer(json_raw=True)
def r_lambda_json(c):
    g = c.g
    doc = lambda_doc(c)
    return g.c(["infra/lambda/%s-config.json" % c.app, "docs/aws/get-function-configuration.json"]), \
        "$ aws lambda get-function-configuration --function-name %s\n" % doc["FunctionName"] + json.dumps(doc, indent=4) + "\n"


@renderer()
def r_lambda_yaml(c):
    g = c.g
    doc = lambda_doc(c)
    out = []
    for k, v in doc.items():
        if k == "Environment":
            out.append("Environment:\n  Variables:")
            out += ["    %s: %s" % (a, yq(b)) for a, b in doc["Environment"]["Variables"].items()]
        elif isinstance(v, dict):
            out.append("%s:" % k)
            out += ["  %s: %s" % (a, yq(str(b))) for a, b in v.items()]
        elif isinstance(v, list):
            out.append("%s:\n- %s" % (k, v[0]))
        else:
            out.append("%s: %s" % (k, yq(str(v)) if isinstance(v, str) else v))
    return g.c(["infra/lambda/%s.yaml" % c.app, "notes/lambda-config.yml"]), "\n".join(out) + "\n"


@renderer(json_raw=True)
def r_ecs_taskdef(c):
    g = c.g
    doc = {"taskDefinition": {"taskDefinitionArn": "arn:aws:ecs:%s:%s:task-definition/%s:%d" % (c.region, c.acct, c.app, g.i(1, 300)),
                              "containerDefinitions": [{"name": c.app, "image": "%s.dkr.ecr.%s.amazonaws.com/%s@sha256:%s" % (c.acct, c.region, c.app, g.sha()),
                                                        "cpu": 256, "memory": 512, "essential": True,
                                                        "portMappings": [{"containerPort": 8080, "hostPort": 8080, "protocol": "tcp"}],
                                                        "environment": [{"name": k, "value": r} for k, _, r in c.env[3:]],
                                                        "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/" + c.app, "awslogs-region": c.region}}}],
                              "family": c.app, "revision": g.i(1, 300), "status": "ACTIVE", "networkMode": "awsvpc"}}
    return g.c(["infra/ecs/%s-taskdef.json" % c.app, "docs/ecs/describe-task-definition.json"]), json.dumps(doc, indent=4) + "\n"


@renderer()
def r_gcloud_human(c):
    g = c.g
    rev = "%s-%05d-%s" % (c.app, g.i(1, 300), g.s(LOWER, 3))
    envl = "\n".join("    %-30s %s" % (k, v) for k, v, _ in c.env[3:])
    text = ("$ gcloud run services describe %s --region %s\n+ Service %s in region %s\n\nURL:     https://%s-%s-%s.a.run.app\n"
            "Ingress: all\nTraffic:\n  100%% LATEST (currently %s)\n\nLast updated on %s by deployer@%s.iam.gserviceaccount.com:\n"
            "  Revision %s\n  Container %s\n  Image:           %s-docker.pkg.dev/%s/app/%s@sha256:%s\n  Port:            8080\n"
            "  Memory:          512Mi\n  CPU:             1000m\n  Env vars:\n%s\n  Startup Probe:\n    TCP every 240s\n") % (
        c.app, "europe-west1", c.app, "europe-west1", c.app, g.s(LOWER + DIG, 10), "ew", rev, g.ts(False), c.app, rev, c.app,
        "europe-west1", c.app, c.app, g.sha(), envl)
    return g.c(["docs/gcp/run-describe-%s.txt" % c.app, "notes/cloudrun.txt"]), text


@renderer()
def r_gcloud_export(c):
    g = c.g
    envl = "\n".join("        - name: %s\n          value: %s" % (k, yq(v)) for k, v, _ in c.env[3:])
    text = ("apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  annotations:\n    run.googleapis.com/ingress: all\n"
            "  labels:\n    cloud.googleapis.com/location: europe-west1\n  name: %s\n  namespace: '%d'\nspec:\n  template:\n"
            "    metadata:\n      annotations:\n        autoscaling.knative.dev/maxScale: '10'\n    spec:\n      containerConcurrency: 80\n"
            "      containers:\n      - env:\n%s\n        image: europe-west1-docker.pkg.dev/%s/app/%s@sha256:%s\n"
            "        ports:\n        - containerPort: 8080\n          name: http1\n") % (c.app, g.i(10 ** 11, 10 ** 12), envl, c.app, c.app, g.sha())
    return g.c(["deploy/cloudrun/%s.yaml" % c.app, "infra/gcp/service-export.yaml"]), text


@renderer(json_raw=True)
def r_az_json(c):
    g = c.g
    doc = [{"name": k, "slotSetting": False, "value": r} for k, _, r in c.env[3:]]
    doc.insert(0, {"name": "WEBSITE_NODE_DEFAULT_VERSION", "slotSetting": False, "value": "~20"})
    return g.c(["infra/azure/%s-appsettings.json" % c.app, "docs/azure/appsettings-list.json"]), json.dumps(doc, indent=2) + "\n"


@renderer()
def r_az_table(c):
    g = c.g
    rows = [(k, v) for k, v, _ in c.env[3:]]
    w = max(len(k) for k, _ in rows) + 2
    text = "$ az webapp config appsettings list -g rg-%s -n %s -o table\n%s  %s  %s\n%s  %s  %s\n%s\n" % (
        c.app, c.app, "Name".ljust(w), "SlotSetting", "Value", "-" * w, "-" * 11, "-" * 40,
        "\n".join("%s  %s  %s" % (k.ljust(w), "False".ljust(11), v) for k, v in rows))
    return g.c(["docs/azure/appsettings.txt", "notes/az-%s.txt" % c.app]), text


@renderer()
def r_systemctl_show(c):
    g = c.g
    env = " ".join("%s=%s" % (k, v) for k, v, _ in c.env[3:])
    text = "$ systemctl show %s.service -p Environment -p MainPID -p InvocationID\nMainPID=%d\nInvocationID=%s\nEnvironment=%s\n" % (
        c.app, g.i(400, 60000), g.hexs(32), env)
    return g.c(["ops/hosts/%s-systemctl.txt" % c.app, "docs/debug/systemctl-show.txt"]), text


@renderer()
def r_journal(c):
    g = c.g
    t = "%s %02d %02d:%02d:%02d" % (g.c(["Jan", "Mar", "Jun", "Sep", "Nov"]), g.i(1, 28), g.i(0, 23), g.i(0, 59), g.i(0, 59))
    pid = g.i(400, 60000)
    out = ["-- Logs begin at %s --" % g.date(), "%s web01 systemd[1]: Started %s." % (t, c.app)]
    out += ["%s web01 %s[%d]: startup env %s=%s" % (t, c.app, pid, k, v) for k, v, _ in c.env[3:]]
    out.append("%s web01 %s[%d]: listening on :8080" % (t, c.app, pid))
    return g.c(["logs/journal-%s.log" % c.app, "support/journalctl.txt"]), "\n".join(out) + "\n"


@renderer()
def r_ps_auxe(c):
    g = c.g
    env = " ".join("%s=%s" % (k, v) for k, v, _ in c.env)
    hdr = "USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND"
    rows = ["root           1  0.0  0.0   1024     4 ?        Ss   %02d:%02d   0:00 /sbin/tini -- docker-entrypoint.sh" % (g.i(0, 23), g.i(0, 59)),
            "app           %d  1.3  2.1 1184320 86012 ?      Sl   %02d:%02d   4:12 node server.js %s" % (g.i(7, 99), g.i(0, 23), g.i(0, 59), env),
            "app          %d  0.0  0.0   2580   904 pts/0    Ss   %02d:%02d   0:00 sh" % (g.i(100, 999), g.i(0, 23), g.i(0, 59))]
    return g.c(["debug/ps-auxe.txt", "support/%s-ps.txt" % c.app]), "$ ps auxe\n" + hdr + "\n" + "\n".join(rows) + "\n"


@renderer()
def r_ps_eww(c):
    g = c.g
    pid = g.i(1000, 40000)
    env = " ".join("%s=%s" % (k, v) for k, v, _ in c.env)
    text = "$ ps eww -p %d\n    PID TTY      STAT   TIME COMMAND\n  %d ?        Ssl   12:01 /usr/local/bin/%s --config /etc/%s/config.toml %s\n" % (
        pid, pid, c.app, c.app, env)
    return g.c(["notes/ps-eww-%d.txt" % pid, "debug/process-env.txt"]), text


@renderer()
def r_phpinfo_html(c):
    g = c.g
    rows = "\n".join('<tr><td class="e">%s </td><td class="v">%s </td></tr>' % (k, v) for k, v, _ in c.env)
    srv = "\n".join('<tr><td class="e">$_SERVER[\'%s\']</td><td class="v">%s</td></tr>' % (k, v) for k, v, _ in c.env[3:])
    text = ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"DTD/xhtml1-transitional.dtd\">\n"
            "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>\n<title>PHP %s - phpinfo()</title>"
            "<meta name=\"ROBOTS\" content=\"NOINDEX,NOFOLLOW,NOARCHIVE\" /></head>\n<body><div class=\"center\">\n"
            "<table>\n<tr class=\"h\"><td>\n<h1 class=\"p\">PHP Version 8.2.%d</h1>\n</td></tr>\n</table>\n"
            "<h2>Environment</h2>\n<table>\n<tr class=\"h\"><th>Variable</th><th>Value</th></tr>\n%s\n</table>\n"
            "<h2>PHP Variables</h2>\n<table>\n<tr class=\"h\"><th>Variable</th><th>Value</th></tr>\n%s\n"
            "<tr><td class=\"e\">$_SERVER['REQUEST_TIME']</td><td class=\"v\">%d</td></tr>\n</table>\n</div></body></html>\n") % (
        "8.2", g.i(10, 20), rows, srv, g.i(1700000000, 1730000000))
    return g.c(["public/info.html", "web/phpinfo-output.html", "docs/debug/phpinfo.html"]), text


@renderer()
def r_php_cli(c):
    g = c.g
    out = ["$ php -i", "phpinfo()", "PHP Version => 8.2.%d" % g.i(10, 20), "", "System => Linux %s 6.1.0 x86_64" % c.host,
           "Server API => Command Line Interface", "", "Environment", "", "Variable => Value"]
    out += ["%s => %s" % (k, v) for k, v, _ in c.env]
    out += ["", "PHP Variables", "", "Variable => Value", "$_SERVER['PHP_SELF'] => Standard input code"]
    return g.c(["docs/php-i.txt", "support/php-info-cli.txt"]), "\n".join(out) + "\n"


DJ_HIDE = ("API", "TOKEN", "KEY", "SECRET", "PASS", "SIGNATURE")


@renderer(mask="********************")
def r_django_html(c):
    g = c.g
    rows = "\n".join("<tr>\n  <td>%s</td>\n  <td class=\"code\"><pre>&#x27;%s&#x27;</pre></td>\n</tr>" % (k, v) for k, v, _ in c.env)
    text = ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">\n"
            "  <title>OperationalError at /api/orders/</title>\n</head>\n<body>\n<div id=\"summary\">\n  <h1>OperationalError at /api/orders/</h1>\n"
            "  <pre class=\"exception_value\">could not connect to server: Connection refused</pre>\n</div>\n"
            "<div id=\"requestinfo\">\n  <h3 id=\"meta-info\">META</h3>\n  <table class=\"req\">\n    <thead><tr><th>Variable</th><th>Value</th></tr></thead>\n"
            "    <tbody>\n%s\n    </tbody>\n  </table>\n</div>\n<div id=\"explanation\">\n  <p>You&#x27;re seeing this error because you have "
            "<code>DEBUG = True</code> in your Django settings file.</p>\n</div>\n</body>\n</html>\n") % rows
    return g.c(["docs/bugs/django-500-%d.html" % g.i(100, 999), "tmp/debug_page.html"]), text


@renderer(mask="********************")
def r_django_email(c):
    g = c.g
    meta = ",\n ".join("'%s': '%s'" % (k, v) for k, v, _ in c.env)
    text = ("Subject: [Django] ERROR (EXTERNAL IP): Internal Server Error: /checkout/\n\nInternal Server Error: /checkout/\n\n"
            "Traceback (most recent call last):\n  File \"/usr/local/lib/python3.11/site-packages/django/core/handlers/exception.py\", line 55, in inner\n"
            "    response = get_response(request)\nredis.exceptions.ConnectionError: Error 111 connecting to redis-master.cache:6379.\n\n"
            "Request information:\nUSER: AnonymousUser\n\nGET: No GET data\n\nPOST: No POST data\n\nFILES: No FILES data\n\nCOOKIES: {}\n\n"
            "META:\n{%s}\n") % meta
    return g.c(["docs/incidents/django-error-mail.txt", "support/error-report-%d.eml.txt" % g.i(100, 999)]), text


@renderer()
def r_werkzeug_tb(c):
    g = c.g
    env = ", ".join("'%s': '%s'" % (k, v) for k, v, _ in c.env)
    text = ("Traceback (most recent call last):\n  File \"/app/%s/config.py\", line %d, in load\n    url = os.environ[\"UPSTREAM_URL\"]\n"
            "  File \"<frozen os>\", line 679, in __getitem__\nKeyError: 'UPSTREAM_URL'\n\nDuring handling of the above exception, another exception occurred:\n\n"
            "Traceback (most recent call last):\n  File \"/app/%s/app.py\", line %d, in create_app\n    cfg = config.load()\n"
            "RuntimeError: missing UPSTREAM_URL; environment was environ({%s})\n") % (
        c.app.replace("-", "_"), g.i(10, 90), c.app.replace("-", "_"), g.i(10, 90), env)
    return g.c(["logs/flask-startup.log", "docs/bugs/traceback-%d.txt" % g.i(100, 999)]), text


@renderer()
def r_pytest_locals(c):
    g = c.g
    env = ", ".join("'%s': '%s'" % (k, v) for k, v, _ in c.env[3:])
    text = ("============================= test session starts ==============================\nplatform linux -- Python 3.11.9, pytest-8.2.0, pluggy-1.5.0\n"
            "collected %d items\n\ntests/test_settings.py F\n\n=================================== FAILURES ===================================\n"
            "___________________________ test_settings_from_env ____________________________\n\n"
            "monkeypatch = <_pytest.monkeypatch.MonkeyPatch object at 0x7f%s>\n\n    def test_settings_from_env(monkeypatch):\n"
            "        env = dict(os.environ)\n>       assert load_settings(env).debug is False\nE       AssertionError\n\n"
            "env        = {%s}\n\ntests/test_settings.py:%d: AssertionError\n=========================== short test summary info ============================\n"
            "FAILED tests/test_settings.py::test_settings_from_env - AssertionError\n") % (g.i(5, 90), g.hexs(10), env, g.i(10, 80))
    return g.c(["ci-logs/pytest-%d.log" % g.i(100, 9999), "reports/pytest-output.txt"]), text


@renderer(mask="******", json_raw=True)
def r_actuator_env(c):
    g = c.g
    props = dict((k, {"value": r, "origin": "System Environment Property \"%s\"" % k}) for k, _, r in c.env)
    doc = {"activeProfiles": ["prod"], "propertySources": [
        {"name": "server.ports", "properties": {"local.server.port": {"value": 8080}}},
        {"name": "systemEnvironment", "properties": props},
        {"name": "Config resource 'class path resource [application.yml]' via location 'optional:classpath:/'",
         "properties": {"server.shutdown": {"value": "graceful", "origin": "class path resource [application.yml] - 3:13"}}}]}
    return g.c(["docs/actuator/env-%s.json" % c.app, "support/actuator-env.json"]), json.dumps(doc, indent=2) + "\n"


@renderer(mask="******")
def r_actuator_prop(c):
    g = c.g
    key = "spring.datasource.password" if c.name.endswith("PASSWORD") else "app.integration." + c.name.lower().replace("_", "-")
    doc = {"property": {"source": "Config resource 'file [/config/application-prod.yml]'", "value": c.raw},
           "activeProfiles": ["prod"], "propertySources": [{"name": "server.ports"}, {"name": "systemEnvironment"}]}
    text = "$ curl -s http://localhost:8081/actuator/env/%s | jq .\n%s\n" % (key, json.dumps(doc, indent=2))
    return g.c(["docs/debug/actuator-property.txt", "notes/actuator-%s.txt" % c.app]), text


def js_str(v):
    return "'" + v.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'"


@renderer()
def r_node_console(c):
    g = c.g
    body = ",\n".join("  %s: %s" % (k, js_str(r)) for k, _, r in c.env)
    text = "> node -e 'console.log(process.env)'\n{\n%s\n}\n" % body
    return g.c(["debug/node-env.txt", "notes/process-env-dump.txt"]), text


@renderer()
def r_node_logline(c):
    g = c.g
    body = ", ".join("%s: %s" % (k, js_str(r)) for k, _, r in c.env[3:])
    lines = ["%s info  [%s] booting worker %d" % (tick(c), c.app, g.i(1, 8)),
             "%s debug [%s] config snapshot { %s }" % (tick(c), c.app, body),
             "%s info  [%s] listening on 0.0.0.0:3000" % (tick(c), c.app)]
    return g.c(["logs/%s-%s.log" % (c.app, g.date()), "logs/app.log"]), "\n".join(lines) + "\n"


@renderer()
def r_crash_txt(c):
    g = c.g
    out = ["*** Crash report ***", "Application: %s %d.%d.%d" % (c.app, g.i(1, 5), g.i(0, 30), g.i(0, 9)),
           "Crash ID:    %s" % g.uuid(), "Signal:      SIGSEGV (11)", "Build ID:    %s" % g.hexs(40), "",
           "=== Backtrace ===", "#0  0x00007f%s in ?? ()" % g.hexs(10), "#1  0x000055%s in worker_loop ()" % g.hexs(10), "",
           "=== Environment ==="]
    out += ["  %s=%s" % (k, v) for k, v, _ in c.env] + ["", "=== End of report ==="]
    return g.c(["crash-reports/%s-%s.txt" % (c.app, g.date()), "support/crash-%d.txt" % g.i(1000, 9999)]), "\n".join(out) + "\n"


@renderer(json_raw=True)
def r_crash_json(c):
    g = c.g
    doc = {"event_id": g.hexs(32), "timestamp": g.ts(False), "platform": "node", "level": "fatal",
           "release": "%s@%d.%d.%d" % (c.app, g.i(1, 5), g.i(0, 30), g.i(0, 9)),
           "exception": {"values": [{"type": "Error", "value": "ECONNREFUSED 10.0.3.14:5432"}]},
           "contexts": {"runtime": {"name": "node", "version": "v20.12.2"}, "os": {"name": "Linux"},
                        "process_env": dict((k, r) for k, _, r in c.env)}}
    return g.c(["crash-reports/%s.json" % g.hexs(8), "support/crash-event.json"]), json.dumps(doc, indent=2) + "\n"


@renderer()
def r_ruby_env(c):
    g = c.g
    body = ", ".join('"%s"=>"%s"' % (k, v) for k, v, _ in c.env)
    text = "irb(main):001> ENV.to_h\n=> {%s}\nirb(main):002> \n" % body
    return g.c(["notes/rails-console.txt", "docs/debug/env-to-h.txt"]), text


@renderer()
def r_go_environ(c):
    g = c.g
    text = "%s DEBUG startup: os.Environ()=[%s]\n%s INFO server started addr=:8080\n" % (
        tick(c), " ".join("%s=%s" % (k, v) for k, v, _ in c.env), tick(c))
    return g.c(["logs/%s-debug.log" % c.app, "logs/server.log"]), text


@renderer()
def r_java_getenv(c):
    g = c.g
    text = "%s  INFO 1 --- [main] c.e.%s.Bootstrap : System.getenv() = {%s}\n" % (
        tick(c), c.app.replace("-", ""), ", ".join("%s=%s" % (k, v) for k, v, _ in c.env))
    return g.c(["logs/spring-boot.log", "logs/%s-startup.log" % c.app]), text


@renderer()
def r_bash_set(c):
    g = c.g
    out = ["$ set", "BASH=/bin/bash", "BASHOPTS=checkwinsize:cmdhist:complete_fullquote:expand_aliases:extquote:force_fignore:hostcomplete:interactive_comments:progcomp:promptvars:sourcepath",
           "BASH_VERSINFO=([0]=\"5\" [1]=\"2\" [2]=\"15\" [3]=\"1\" [4]=\"release\" [5]=\"x86_64-pc-linux-gnu\")",
           "BASH_VERSION='5.2.15(1)-release'", "COLUMNS=%d" % g.i(80, 220), "DIRSTACK=()", "EUID=0"]
    out += ["%s='%s'" % (k, v) if not all(ch in ALNUM + "_./:-" for ch in v) else "%s=%s" % (k, v) for k, v, _ in sorted(c.env)]
    out += ["IFS=$' \\t\\n'", "OPTERR=1", "OPTIND=1", "PPID=0", "PS1='\\u@\\h:\\w\\$ '", "SHELLOPTS=braceexpand:emacs:hashall:histexpand:history:interactive-comments:monitor", "UID=0", "_=env"]
    return g.c(["docs/debug/bash-set.txt", "notes/shell-state.txt"]), "\n".join(out) + "\n"


@renderer()
def r_windows_set(c):
    g = c.g
    out = ["C:\\inetpub\\%s>set" % c.app, "ALLUSERSPROFILE=C:\\ProgramData", "APPDATA=C:\\Users\\ContainerAdministrator\\AppData\\Roaming",
           "COMPUTERNAME=%s" % g.s(UPPER + DIG, 12), "ComSpec=C:\\Windows\\system32\\cmd.exe",
           "NUMBER_OF_PROCESSORS=%d" % g.c([2, 4, 8]), "OS=Windows_NT",
           "PROCESSOR_IDENTIFIER=Intel64 Family 6 Model 85 Stepping 7, GenuineIntel"]
    out += ["%s=%s" % (k, v) for k, v, _ in c.env[3:]]
    out += ["SystemDrive=C:", "SystemRoot=C:\\Windows", "TEMP=C:\\Users\\ContainerAdministrator\\AppData\\Local\\Temp", "USERNAME=ContainerAdministrator"]
    return g.c(["docs/windows/set-output.txt", "support/win-container-env.txt"]), "\r\n".join(out) + "\r\n"


@renderer()
def r_powershell_env(c):
    g = c.g
    rows = [(k, v) for k, v, _ in c.env[3:]]
    w = max(len(k) for k, _ in rows) + 1
    out = ["PS C:\\app> Get-ChildItem Env: | Format-Table -AutoSize -Wrap", "", "Name".ljust(w) + "Value", "----".ljust(w) + "-----"]
    out += ["%s%s" % (k.ljust(w), v) for k, v in rows]
    return g.c(["docs/windows/env-vars.txt", "notes/ps-env.txt"]), "\n".join(out) + "\n"


@renderer()
def r_compose_config(c):
    g = c.g
    envl = "\n".join("      %s: %s" % (k, yq(v)) for k, v, _ in c.env[3:])
    text = ("$ docker compose config\nname: %s\nservices:\n  app:\n    build:\n      context: /home/dev/src/%s\n      dockerfile: Dockerfile\n"
            "    environment:\n%s\n    networks:\n      default: null\n    ports:\n      - mode: ingress\n        target: 8080\n        published: \"8080\"\n"
            "        protocol: tcp\nnetworks:\n  default:\n    name: %s_default\n") % (c.app.split("-")[0], c.app, envl, c.app.split("-")[0])
    return g.c(["docs/compose-config-output.yml", "notes/compose-resolved.yaml"]), text


@renderer()
def r_docker_run_x(c):
    g = c.g
    flags = " ".join("-e %s=%s" % (k, v) for k, v, _ in c.env[3:])
    lines = ["$ bash -x scripts/run-local.sh", "+ IMAGE=%s:%s" % (c.app, g.hexs(7)), "+ docker pull %s:%s" % (c.app, g.hexs(7)),
             "+ docker run --rm -d --name %s -p 8080:8080 %s %s:latest" % (c.app, flags, c.app), g.sha(), "+ docker logs -f %s" % c.app]
    return g.c(["ci-logs/deploy-%d.log" % g.i(100, 9999), "logs/run-local-trace.txt"]), "\n".join(lines) + "\n"


def cmd_with_secret(g, c):
    v = c.line
    if v.startswith("https://"):
        return "curl -sS -X POST -H 'Content-type: application/json' --data @message.json %s" % v
    if "://" in v or v.startswith("DefaultEndpoints"):
        return "./bin/migrate --dsn %s --timeout 30s" % v
    if c.name.endswith(("PASSWORD", "PASS", "PGPASS", "CRED")):
        return "mysqladmin --user=admin --password=%s --host=db.internal status" % v
    return "curl -sfS -H 'Authorization: Bearer %s' https://api.%s.example.net/v1/health" % (v, c.app)


@renderer()
def r_set_x_curl(c):
    g = c.g
    lines = ["Running with gitlab-runner 16.%d.0 (%s)" % (g.i(0, 11), g.hexs(8)), "Preparing the \"docker\" executor",
             "$ set -x", "$ ./scripts/smoke-test.sh", "+ echo 'smoke testing %s'" % c.app, "smoke testing %s" % c.app,
             "+ " + cmd_with_secret(g, c), '{"status":"ok"}', "Job succeeded"]
    return g.c(["ci-logs/smoke-%d.log" % g.i(100, 99999), "logs/ci/smoke-test.txt"]), "\n".join(lines) + "\n"


@renderer(mask="[MASKED]")
def r_gitlab_log(c):
    g = c.g
    sec = g.i(1700000000, 1730000000)
    lines = ["\x1b[0KRunning with gitlab-runner 16.%d.1 (%s)\x1b[0;m" % (g.i(0, 11), g.hexs(8)),
             "section_start:%d:step_script\r\x1b[0K\x1b[0K\x1b[36;1mExecuting \"step_script\" stage of the job script\x1b[0;m" % sec,
             "\x1b[32;1m$ env | sort\x1b[0;m"]
    lines += env_lines(c, sort=True)
    lines += ["CI_COMMIT_SHA=%s" % g.hexs(40), "CI_JOB_ID=%d" % g.i(10 ** 9, 10 ** 10), "CI_PIPELINE_ID=%d" % g.i(10 ** 8, 10 ** 9),
              "section_end:%d:step_script\r\x1b[0K" % (sec + 7), "\x1b[32;1mJob succeeded\x1b[0;m"]
    return g.c(["ci-logs/gitlab-job-%d.log" % g.i(10 ** 6, 10 ** 7), "logs/gitlab/job.log"]), "\n".join(lines) + "\n"


@renderer()
def r_jenkins(c):
    g = c.g
    lines = ["Started by user deploy", "Running in Durability level: MAX_SURVIVABILITY", "[Pipeline] Start of Pipeline",
             "[Pipeline] node", "Running on agent-%d in /home/jenkins/workspace/%s" % (g.i(1, 9), c.app), "[Pipeline] {",
             "[Pipeline] sh", "+ printenv"]
    lines += env_lines(c)
    lines += ["BUILD_TAG=jenkins-%s-%d" % (c.app, g.i(1, 900)), "JENKINS_URL=https://ci.internal/", "[Pipeline] }", "[Pipeline] End of Pipeline", "Finished: SUCCESS"]
    return g.c(["ci-logs/jenkins-%s-%d.txt" % (c.app, g.i(1, 900)), "logs/jenkins/consoleText"]), "\n".join(lines) + "\n"


@renderer(mask="[secure]")
def r_travis(c):
    g = c.g
    lines = ["travis_fold:start:worker_info", "Worker information", "hostname: %s" % g.uuid(), "travis_fold:end:worker_info",
             "", "Setting environment variables from repository settings"]
    lines += ["$ export %s=%s" % (k, v) for k, v, _ in c.env[3:]]
    lines += ["", "$ git clone --depth=50 --branch=main https://github.com/acme/%s.git acme/%s" % (c.app, c.app), "$ npm ci"]
    return g.c(["ci-logs/travis-%d.log" % g.i(10 ** 8, 10 ** 9), "logs/travis.txt"]), "\n".join(lines) + "\n"


@renderer(json_raw=True)
def r_jsonl_log(c):
    g = c.g
    recs = [{"ts": tick(c), "level": "info", "msg": "starting", "service": c.app, "pid": g.i(1, 99)},
            {"ts": tick(c), "level": "debug", "msg": "effective configuration", "service": c.app,
             "env": dict((k, r) for k, _, r in c.env[3:])},
            {"ts": tick(c), "level": "info", "msg": "ready", "service": c.app, "trace_id": g.hexs(32)}]
    return g.c(["logs/%s.jsonl" % c.app, "logs/structured-%s.jsonl" % g.date()]), "\n".join(json.dumps(r) for r in recs) + "\n"


@renderer()
def r_core_strings(c):
    g = c.g
    pid = g.i(1000, 60000)
    lines = ["$ strings -n 8 core.%d | grep '=' | head -40" % pid, "GLIBC_2.34", "LD_LIBRARY_PATH=/usr/local/lib"]
    lines += env_lines(c)
    lines += ["_ZN7worker4loopEv", "malloc(): corrupted top size"]
    return g.c(["support/core-%d-strings.txt" % pid, "debug/coredump-strings.txt"]), "\n".join(lines) + "\n"


def csv_cell(v):
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


@renderer()
def r_csv_audit(c):
    g = c.g
    out = ["service,variable,value,source,last_changed"]
    out += ["%s,%s,%s,%s,%s" % (c.app, k, csv_cell(v), g.c(["task-def", "helm", "console"]), g.date()) for k, v, _ in c.env[3:]]
    return g.c(["docs/audit/env-inventory-%s.csv" % c.app, "reports/config-audit.csv"]), "\n".join(out) + "\n"


@renderer()
def r_tsv_export(c):
    g = c.g
    out = ["$ az webapp config appsettings list -g rg-%s -n %s -o tsv" % (c.app, c.app)]
    out += ["%s\tFalse\t%s" % (k, v) for k, v, _ in c.env[3:]]
    return g.c(["docs/azure/appsettings.tsv", "notes/appsettings-tsv.txt"]), "\n".join(out) + "\n"


def sql_lit(v):
    return "'" + v.replace("'", "''") + "'"


@renderer()
def r_sql_settings(c):
    g = c.g
    out = ["-- exported from admin console on %s" % g.date(), "INSERT INTO service_settings (service, name, value, updated_at) VALUES"]
    rows = ["  (%s, %s, %s, '%s 10:00:00')" % (sql_lit(c.app), sql_lit(k), sql_lit(v), g.date()) for k, v, _ in c.env[3:]]
    out.append(",\n".join(rows) + ";")
    return g.c(["db/seeds/service_settings.sql", "migrations/data/%s_settings.sql" % g.date().replace("-", "")]), "\n".join(out) + "\n"


@renderer()
def r_jenkins_html(c):
    g = c.g
    rows = "\n".join("<tr><td class=\"pane\">%s</td><td class=\"pane\">%s</td></tr>" % (k, v) for k, v, _ in c.env)
    text = ("<html><head><title>Environment Variables [Jenkins]</title></head><body>\n<h1>Environment Variables</h1>\n"
            "<table class=\"pane sortable bigtable\">\n<tr><th class=\"pane-header\">Name</th><th class=\"pane-header\">Value</th></tr>\n%s\n"
            "</table>\n</body></html>\n") % rows
    return g.c(["docs/ci/injectedEnvVars.html", "support/jenkins-env.html"]), text


def hcl_str(v):
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("${", "$${") + '"'


@renderer(mask="(sensitive value)")
def r_terraform_plan(c):
    g = c.g
    rows = [(k, v) for k, v, _ in c.env[3:]]
    w = max(len(k) for k, _ in rows) + 2
    vars_ = "\n".join("              + %s = %s" % (('"%s"' % k).ljust(w), hcl_str(v)) for k, v in rows)
    text = ("Terraform used the selected providers to generate the following execution plan. Resource actions are\n"
            "indicated with the following symbols:\n  ~ update in-place\n\nTerraform will perform the following actions:\n\n"
            "  # aws_lambda_function.%s will be updated in-place\n  ~ resource \"aws_lambda_function\" \"%s\" {\n"
            "        id                             = \"%s\"\n      ~ environment {\n          ~ variables = {\n%s\n            }\n        }\n"
            "        # (24 unchanged attributes hidden)\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.\n") % (
        c.app.replace("-", "_"), c.app.replace("-", "_"), c.app, vars_)
    return g.c(["ci-logs/terraform-plan-%d.log" % g.i(100, 9999), "infra/plan-output.txt"]), text


@renderer()
def r_helm_values(c):
    g = c.g
    envl = "\n".join("  %s: %s" % (k, yq(v)) for k, v, _ in c.env[3:])
    text = ("$ helm get values %s -n %s\nUSER-SUPPLIED VALUES:\nenv:\n%s\nimage:\n  repository: ghcr.io/acme/%s\n  tag: %s\n"
            "replicaCount: %d\n") % (c.app, c.ns, envl, c.app, g.hexs(7), g.i(1, 6))
    return g.c(["deploy/helm/%s-values-dump.yaml" % c.app, "docs/helm-get-values.txt"]), text


@renderer()
def r_k8s_events_log(c):
    g = c.g
    lines = ["$ kubectl -n %s logs %s --previous" % (c.ns, c.host),
             "%s [entrypoint] rendering /etc/%s/app.conf from environment" % (tick(c), c.app)]
    lines += ["%s [entrypoint]   %s -> %s" % (tick(c), k, v) for k, v, _ in c.env[3:]]
    lines += ["%s [entrypoint] exec /usr/local/bin/%s" % (tick(c), c.app), "%s panic: dial tcp 10.0.3.14:5432: connect: connection refused" % tick(c)]
    return g.c(["docs/debug/previous-logs-%s.txt" % c.app, "logs/k8s-previous.txt"]), "\n".join(lines) + "\n"


@renderer()
def r_supervisor(c):
    g = c.g
    env = ",".join('%s="%s"' % (k, v) for k, v, _ in c.env[3:])
    text = ("; generated by deploy script on %s\n[program:%s]\ncommand=/opt/%s/bin/start\nautostart=true\nautorestart=true\n"
            "stdout_logfile=/var/log/%s.log\nenvironment=%s\n") % (g.date(), c.app, c.app, c.app, env)
    return g.c(["ops/supervisor/%s.conf.txt" % c.app, "docs/debug/supervisorctl-cat.txt"]), text


# ---------------------------------------------------------------- negative slot values

DOC_EXAMPLES = {
    "aws": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "stripe": ["sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"],
    "slack": ["xoxb-not-a-real-token-this-will-not-work", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
    "github": ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
    "twilio": ["your_auth_token", "[AuthToken]"],
    "sendgrid": ["SG.xxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"],
    "openai": ["sk-...", "sk-proj-XXXXXXXXXXXXXXXXXXXXXXXX"],
    "database": ["postgres://user:password@localhost:5432/mydb", "postgres://app:<password>@db.internal:5432/app",
                 "postgresql://postgres:postgres@localhost:5432/postgres"],
    "datadog": ["<DATADOG_API_KEY>"], "gitlab": ["glpat-xxxxxxxxxxxxxxxxxxxx"], "npm": ["npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
    "azure": ["UseDevelopmentStorage=true"], "generic": ["changeme", "password", "secret"],
}
PLACEHOLDERS = ["<your-key>", "YOUR_API_KEY_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxx", "TODO", "replace-me",
                "<set-in-vault>", "dummy", "your-secret-here", "REPLACE_WITH_REAL_VALUE", "insert-key"]
MASKS = ["****", "********", "[REDACTED]", "<redacted>", "[FILTERED]", "***", "<hidden>", "••••••••", "*****REDACTED*****"]


def public_pair(g):
    k = g.i(0, 7)
    if k == 0:
        return g.c(["STRIPE_PUBLISHABLE_KEY", "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY", "VITE_STRIPE_PK"]), "pk_live_" + g.s(ALNUM, g.c([24, 99])), "stripe"
    if k == 1:
        return "TWILIO_ACCOUNT_SID", "AC" + g.hexs(32), "twilio"
    if k == 2:
        return g.c(["GOOGLE_CLIENT_ID", "GOOGLE_OAUTH_CLIENT_ID"]), "%d-%s.apps.googleusercontent.com" % (g.i(10 ** 11, 10 ** 12), g.s(LOWER + DIG, 32)), "google"
    if k == 3:
        return g.c(["RECAPTCHA_SITE_KEY", "NEXT_PUBLIC_RECAPTCHA_SITE_KEY"]), "6L" + g.s(URLSAFE, 38), "google"
    if k == 4:
        mid = base64.urlsafe_b64encode(json.dumps({"u": g.word() + "co", "a": g.s(LOWER + DIG, 25)}, separators=(",", ":")).encode()).decode().rstrip("=")
        return g.c(["MAPBOX_PUBLIC_TOKEN", "NEXT_PUBLIC_MAPBOX_TOKEN"]), "pk." + mid + "." + g.s(URLSAFE, 22), "mapbox"
    if k == 5:
        return g.c(["GITHUB_APP_CLIENT_ID", "GITHUB_CLIENT_ID"]), "Iv1." + g.hexs(16), "github"
    if k == 6:
        return g.c(["POSTHOG_KEY", "NEXT_PUBLIC_POSTHOG_KEY"]), "phc_" + g.s(ALNUM, 43), "posthog"
    return "ALGOLIA_APP_ID", g.s(UPPER + DIG, 10), "algolia"


def ref_value(g, name, kind):
    low = name.lower().replace("_", "-")
    if kind == "env-ref":
        return g.c(["${%s}" % name, "$(%s)" % name, "${{ secrets.%s }}" % name, "{{ .Values.secrets.%s }}" % low.replace("-", ""),
                    "%%%s%%" % name, "${env:%s}" % name, "{{ env \"%s\" }}" % name])
    return g.c(["vault:secret/data/%s#%s" % (g.app(), low), "op://Production/%s/credential" % low,
                "arn:aws:secretsmanager:%s:%d:secret:prod/%s-%s" % (g.c(REGIONS), g.i(10 ** 11, 10 ** 12 - 1), low, g.s(ALNUM, 6)),
                "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/%s/)" % (g.word(), low),
                "projects/%s-prod/secrets/%s/versions/latest" % (g.word(), low), "ssm:/prod/%s/%s" % (g.app(), low),
                "<set to the key '%s' in secret '%s-secrets'>" % (low, g.app())])


def neg_slot(g, sec, rend):
    prov, kind = sec[0], sec[1]
    name = g.c(sec[3]) if g.p(0.6) else g.c(sec[4])
    cat = g.c(["placeholder", "placeholder", "empty", "masked", "masked", "env-ref", "env-ref", "secret-manager-ref",
               "doc-example", "doc-example", "public-value", "public-value"])
    if rend.mask and g.p(0.35):
        cat = "masked-native"
    if rend.b64 and cat in ("empty",):
        cat = "placeholder"
    comp = []
    if prov == "aws" and cat != "public-value":
        comp = [("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")] if cat == "doc-example" or g.p(0.3) else []
    if cat == "masked-native":
        v = rend.mask
    elif cat == "placeholder":
        v = g.c(PLACEHOLDERS)
        if kind == "url-password":
            v = "postgres://app:%s@db.internal:5432/app" % g.c(["changeme", "CHANGE_ME", "<password>"])
    elif cat == "empty":
        v = ""
    elif cat == "masked":
        v = g.c(MASKS)
        if kind == "url-password":
            v = "postgres://app:%s@db.internal:5432/app" % g.c(["****", "xxxxx", "[REDACTED]"])
    elif cat in ("env-ref", "secret-manager-ref"):
        v = ref_value(g, name, cat)
        if kind == "url-password" and g.p(0.5):
            v = "postgres://app:${DB_PASSWORD}@db.internal:5432/app"
    elif cat == "doc-example":
        v = g.c(DOC_EXAMPLES.get(prov, PLACEHOLDERS))
    else:
        name, v, prov = public_pair(g)
        kind = "public-id"
    return name, v, v, prov, cat, comp


# look-alike variables inserted into otherwise innocent dumps
def lookalike_vars(g):
    k = g.i(0, 12)
    if k == 0:
        return "IMAGE_DIGEST", "sha256:" + g.sha(), "image-digest"
    if k == 1:
        return g.c(["GIT_COMMIT", "SOURCE_VERSION", "COMMIT_SHA"]), g.hexs(40), "git-sha"
    if k == 2:
        return g.c(["BUILD_ID", "DEPLOYMENT_ID", "INSTANCE_UUID"]), g.uuid(), "uuid"
    if k == 3:
        return g.c(["CONFIG_CHECKSUM", "ARTIFACT_SHA256"]), g.sha(), "sha256"
    if k == 4:
        cfg = json.dumps({"logLevel": g.c(["info", "warn"]), "features": ["search", "exports"], "region": g.c(REGIONS), "maxConns": g.i(5, 50)})
        return g.c(["APP_CONFIG_B64", "FEATURE_CONFIG"]), b64e(cfg), "base64-config"
    if k == 5:
        return "DEPLOY_PUBKEY", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.s(ALNUM + "+/", 43) + " deploy@ci", "ssh-public-key"
    if k == 6:
        return "TRACEPARENT", "00-%s-%s-01" % (g.hexs(32), g.hexs(16)), "trace-id"
    if k == 7:
        return "NPM_PACKAGE_INTEGRITY", "sha512-" + g.b64bytes(64), "integrity-hash"
    if k == 8:
        return "UPSTREAM_KEY_FINGERPRINT", ":".join(g.hexs(2) for _ in range(20)).upper(), "fingerprint"
    if k == 9:
        return "CONTENT_MD5", g.b64bytes(16), "md5-base64"
    if k == 10:
        return "POD_UID", g.uuid(), "pod-uid"
    if k == 11:
        return "GPG_SIGNING_KEY_ID", g.s("0123456789ABCDEF", 16), "pgp-key-id"
    return "CONTAINER_ID", g.sha(), "container-id"


# ---------------------------------------------------------------- dedicated look-alike negative templates
LOOKALIKES = []


def lookalike(fn):
    LOOKALIKES.append(fn)
    return fn


def plain_ctx(g):
    c = make_ctx(g, "APP_ENV", "production", "production")
    return c


@lookalike
def la_docker_images(g):
    rows = ["REPOSITORY                         TAG       DIGEST                                                                    IMAGE ID       CREATED        SIZE"]
    for _ in range(g.i(4, 9)):
        rows.append("%-34s %-9s sha256:%s   %s   %d days ago    %dMB" % ("ghcr.io/acme/" + g.app(), g.c(["latest", "v1.%d.%d" % (g.i(0, 9), g.i(0, 9)), "main"]), g.sha(), g.hexs(12), g.i(1, 60), g.i(40, 900)))
    return "docs/debug/docker-images.txt", "$ docker images --digests\n" + "\n".join(rows) + "\n", "docker", "image-digest"


@lookalike
def la_docker_image_inspect(g):
    app = g.app()
    doc = [{"Id": "sha256:" + g.sha(), "RepoTags": ["ghcr.io/acme/%s:latest" % app], "RepoDigests": ["ghcr.io/acme/%s@sha256:%s" % (app, g.sha())],
            "Created": g.ts(), "Config": {"Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "NODE_VERSION=20.12.2", "YARN_VERSION=1.22.19"],
                                          "Cmd": ["node", "server.js"], "WorkingDir": "/app"},
            "Architecture": "amd64", "Os": "linux", "Size": g.i(10 ** 7, 10 ** 9),
            "RootFS": {"Type": "layers", "Layers": ["sha256:" + g.sha() for _ in range(g.i(4, 9))]}}]
    return "debug/image-inspect-%s.json" % app, json.dumps(doc, indent=4) + "\n", "docker", "layer-ids"


@lookalike
def la_docker_history_clean(g):
    app = g.app()
    rows = ["IMAGE                                                                     CREATED BY                                      SIZE"]
    for s in ['CMD ["node" "server.js"]', "ENV NODE_ENV=production", "ENV PORT=8080", "COPY . /app # buildkit", "RUN npm ci # buildkit",
              "ENV YARN_VERSION=1.22.19", "ENV NODE_VERSION=20.12.2"]:
        rows.append("%-73s %-47s %dB" % ("sha256:" + g.sha() if g.p(0.4) else "<missing>", s, g.i(0, 90000)))
    return "docs/image-audit/%s-history.txt" % app, "$ docker history --no-trunc %s\n%s\n" % (app, "\n".join(rows)), "docker", "layer-ids"


@lookalike
def la_describe_secret(g):
    app = g.app()
    keys = ["password", "api-key", "DATABASE_URL", "STRIPE_SECRET_KEY", "token", "tls.key", "webhook-secret"]
    g.R.shuffle(keys)
    data = "\n".join("%s:  %d bytes" % (k, g.i(8, 120)) for k in keys[:g.i(2, 6)])
    text = "$ kubectl describe secret %s-secrets -n %s\nName:         %s-secrets\nNamespace:    %s\nLabels:       app=%s\nAnnotations:  <none>\n\nType:  Opaque\n\nData\n====\n%s\n" % (
        app, "prod", app, "prod", app, data)
    return g.c(["docs/debug/describe-secret.txt", "runbooks/%s-secret-check.md" % app]), text, "kubernetes", "bytes-only"


@lookalike
def la_get_pods(g):
    app = g.app()
    rows = ["NAME                                READY   STATUS    RESTARTS   AGE   IP            NODE"]
    for _ in range(g.i(3, 7)):
        rows.append("%-35s 1/1     Running   %d          %dd   %-13s ip-10-0-%d-%d.ec2.internal" % (g.pod(app), g.i(0, 4), g.i(1, 40), g.ip(), g.i(0, 255), g.i(0, 255)))
    uids = "\n".join("%s  %s" % (g.pod(app), g.uuid()) for _ in range(3))
    text = "$ kubectl get pods -o wide\n%s\n\n$ kubectl get pods -o custom-columns=NAME:.metadata.name,UID:.metadata.uid\n%s\n" % ("\n".join(rows), uids)
    return "docs/debug/pods-%s.txt" % app, text, "kubernetes", "pod-uid"


@lookalike
def la_configmap(g):
    c = plain_ctx(g)
    data = "\n".join("  %s: %s" % (k, yq(v)) for k, v, _ in c.env[3:])
    text = "apiVersion: v1\ndata:\n%s\nkind: ConfigMap\nmetadata:\n  name: %s-config\n  namespace: %s\n  resourceVersion: \"%d\"\n  uid: %s\n" % (
        data, c.app, c.ns, g.i(10000, 9999999), g.uuid())
    return "k8s/dump/%s-configmap.yaml" % c.app, text, "kubernetes", "configmap"


def fake_cert(g):
    body = "MIID" + g.s(B64, 60) + g.s(B64, 64 * 14)
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END CERTIFICATE-----\n"


@lookalike
def la_secret_nonsecret(g):
    app = g.app()
    data = [("region", b64e(g.c(REGIONS))), ("db-host", b64e("db.internal")), ("db-port", b64e("5432")), ("log-level", b64e("info")),
            ("ca.crt", b64e(fake_cert(g))), ("username", b64e(g.c(["app", "reporting", "readonly"])))]
    g.R.shuffle(data)
    text = "apiVersion: v1\ndata:\n%s\nkind: Secret\nmetadata:\n  name: %s-conn\n  namespace: prod\n  uid: %s\ntype: Opaque\n" % (
        "\n".join("  %s: %s" % kv for kv in data[:g.i(3, 6)]), app, g.uuid())
    return "k8s/backup/%s-conn.yaml" % app, text, "kubernetes", "base64-nonsecret"


@lookalike
def la_gha_masked(g):
    lines = ["##[group]Run ./scripts/deploy.sh", "./scripts/deploy.sh", "shell: /usr/bin/bash -e {0}", "env:",
             "  AWS_ACCESS_KEY_ID: ***", "  AWS_SECRET_ACCESS_KEY: ***", "  STRIPE_SECRET_KEY: ***", "  GITHUB_TOKEN: ***",
             "  IMAGE_TAG: %s" % g.hexs(40), "##[endgroup]", "Logging in to registry ghcr.io as ***", "Login Succeeded",
             "pushed sha256:%s" % g.sha()]
    return "ci-logs/deploy-%d.log" % g.i(100, 99999), "\n".join(gha_ts(g, lines)) + "\n", "github", "masked"


@lookalike
def la_gitlab_masked(g):
    lines = ["$ echo \"deploying with token $DEPLOY_TOKEN\"", "deploying with token [MASKED]", "$ env | grep -E 'TOKEN|KEY|PASS'",
             "CI_JOB_TOKEN=[MASKED]", "DEPLOY_TOKEN=[MASKED]", "DATADOG_API_KEY=[MASKED]", "DB_PASSWORD=[MASKED]",
             "CI_COMMIT_SHA=%s" % g.hexs(40), "Job succeeded"]
    return "ci-logs/gitlab-%d.log" % g.i(10 ** 6, 10 ** 7), "\n".join(lines) + "\n", "gitlab", "masked"


@lookalike
def la_sha256sums(g):
    app = g.app()
    arts = ["%s-linux-amd64.tar.gz" % app, "%s-linux-arm64.tar.gz" % app, "%s-darwin-arm64.tar.gz" % app, "%s.sbom.json" % app]
    lines = ["$ sha256sum dist/*"] + ["%s  dist/%s" % (g.sha(), a) for a in arts] + ["$ md5sum dist/%s" % arts[0], "%s  dist/%s" % (g.hexs(32), arts[0])]
    return "ci-logs/release-%d.log" % g.i(100, 9999), "\n".join(lines) + "\n", "ci", "checksums"


@lookalike
def la_lambda_list(g):
    fns = []
    for _ in range(g.i(2, 4)):
        n = g.app().replace("-", "_")
        fns.append({"FunctionName": n, "Runtime": "python3.12", "CodeSha256": g.b64bytes(32), "RevisionId": g.uuid(),
                    "Environment": {"Variables": {"LOG_LEVEL": "INFO", "POWERTOOLS_SERVICE_NAME": n, "TABLE_NAME": n + "-table"}}})
    return "docs/aws/list-functions.json", json.dumps({"Functions": fns}, indent=4) + "\n", "aws", "code-sha"


@lookalike
def la_systemctl_full(g):
    app = g.app()
    props = ["Type=notify", "Restart=on-failure", "MainPID=%d" % g.i(400, 60000), "ExecMainStartTimestamp=Mon %s 10:22:01 UTC" % g.date(),
             "InvocationID=%s" % g.hexs(32), "ControlGroup=/system.slice/%s.service" % app, "MemoryCurrent=%d" % g.i(10 ** 7, 10 ** 9),
             "Environment=LANG=C.UTF-8 NODE_ENV=production PORT=8080", "EnvironmentFiles=/etc/%s/env (ignore_errors=no)" % app,
             "FragmentPath=/etc/systemd/system/%s.service" % app]
    return "ops/hosts/%s-show.txt" % app, "$ systemctl show %s\n%s\n" % (app, "\n".join(props)), "systemd", "invocation-id"


@lookalike
def la_actuator_masked(g):
    c = plain_ctx(g)
    props = dict((k, {"value": "******", "origin": "System Environment Property \"%s\"" % k}) for k, _, _ in c.env)
    for k in ("DB_PASSWORD", "JWT_SECRET", "STRIPE_SECRET_KEY"):
        props[k] = {"value": "******", "origin": "System Environment Property \"%s\"" % k}
    doc = {"activeProfiles": ["prod"], "propertySources": [{"name": "systemEnvironment", "properties": props}]}
    return "docs/actuator/env-masked.json", json.dumps(doc, indent=2) + "\n", "spring", "masked"


@lookalike
def la_django_settings(g):
    rows = [("SECRET_KEY", "'********************'"), ("DATABASES", "{'default': {'ENGINE': 'django.db.backends.postgresql', 'HOST': 'db.internal', 'NAME': 'app', 'PASSWORD': '********************', 'PORT': '5432', 'USER': 'app'}}"),
            ("EMAIL_HOST_PASSWORD", "'********************'"), ("ALLOWED_HOSTS", "['.example.org']"), ("DEBUG", "True"),
            ("STATIC_URL", "'/static/'"), ("AWS_SECRET_ACCESS_KEY", "'********************'"), ("TIME_ZONE", "'UTC'")]
    html = "\n".join("<tr><td>%s</td><td class=\"code\"><pre>%s</pre></td></tr>" % (k, v.replace("'", "&#x27;")) for k, v in rows)
    return "docs/bugs/django-settings-%d.html" % g.i(100, 999), "<h2>Settings</h2>\n<h3>Using settings module <code>app.settings</code></h3>\n<table class=\"req\">\n%s\n</table>\n" % html, "django", "masked"


@lookalike
def la_heroku_dyno(g):
    app = g.app()
    rows = [("HEROKU_APP_ID", g.uuid()), ("HEROKU_APP_NAME", app), ("HEROKU_DYNO_ID", g.uuid()), ("HEROKU_RELEASE_CREATED_AT", g.ts(False)),
            ("HEROKU_RELEASE_VERSION", "v%d" % g.i(10, 900)), ("HEROKU_SLUG_COMMIT", g.hexs(40)), ("HEROKU_SLUG_DESCRIPTION", "Deploy %s" % g.hexs(7)),
            ("WEB_CONCURRENCY", "2"), ("NODE_ENV", "production")]
    text = "=== %s Config Vars\n%s\n" % (app, "\n".join("%s %s" % ((k + ":").ljust(27), v) for k, v in rows))
    return "docs/heroku-dyno-metadata.txt", text, "heroku", "dyno-metadata"


@lookalike
def la_vercel_ls(g):
    names = ["DATABASE_URL", "STRIPE_SECRET_KEY", "NEXTAUTH_SECRET", "NEXT_PUBLIC_SITE_URL", "OPENAI_API_KEY", "RESEND_API_KEY"]
    rows = ["> Environment Variables found for acme/%s [%dms]" % (g.app(), g.i(100, 900)), "", " name                      value               environments                        created"]
    rows += [" %-25s Encrypted           Production, Preview, Development    %dd ago" % (n, g.i(1, 300)) for n in names]
    return "docs/vercel-env-ls.txt", "$ vercel env ls\n" + "\n".join(rows) + "\n", "vercel", "encrypted-listing"


@lookalike
def la_ssh_pubkeys(g):
    keys = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@laptop" % (g.s(ALNUM + "+/", 43), g.word()) for _ in range(3)]
    fps = ["256 SHA256:%s root@%s (ED25519)" % (g.s(ALNUM + "+/", 43), g.word()) for _ in range(2)]
    text = "# Access for the bastion\n\n```\n$ cat ~/.ssh/authorized_keys\n%s\n$ ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub\n%s\n```\n" % ("\n".join(keys), "\n".join(fps))
    return "docs/runbooks/bastion-access.md", text, "ssh", "public-key"


@lookalike
def la_cert_env(g):
    c = plain_ctx(g)
    cert = fake_cert(g).replace("\n", "\\n")
    lines = env_lines(c) + ["SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt", "UPSTREAM_CA_PEM=" + cert]
    return "notes/env-with-ca.txt", "$ env\n" + "\n".join(lines) + "\n", "tls", "public-certificate"


@lookalike
def la_crash_ids(g):
    out = ["Incident Identifier: %s" % g.uuid().upper(), "CrashReporter Key:   %s" % g.hexs(40), "Hardware Model:      MacBookPro18,3",
           "Process:             %s [%d]" % (g.app(), g.i(100, 9999)), "Binary Images:"]
    out += ["0x10%s - 0x10%s %s arm64  <%s> /usr/lib/%s.dylib" % (g.hexs(7), g.hexs(7), g.word(), g.hexs(32), g.word()) for _ in range(5)]
    out += ["", "Thread 0 crashed with ARM Thread State (64-bit):", "    x0: 0x%s   x1: 0x%s" % (g.hexs(16), g.hexs(16))]
    return "crash-reports/%s.crash.txt" % g.hexs(8), "\n".join(out) + "\n", "crash", "binary-uuids"


@lookalike
def la_gcloud_revisions(g):
    app = g.app()
    rows = ["   REVISION              ACTIVE  SERVICE     DEPLOYED                 DEPLOYED BY"]
    rows += ["✔  %s-%05d-%s  %s     %s  %s  ci@acme-prod.iam.gserviceaccount.com" % (app, g.i(1, 300), g.s(LOWER, 3), g.c(["yes", "   "]), app, g.ts(False)) for _ in range(4)]
    rows += ["", "Image digest: europe-west1-docker.pkg.dev/acme-prod/app/%s@sha256:%s" % (app, g.sha())]
    return "docs/gcp/revisions.txt", "$ gcloud run revisions list --service %s\n" % app + "\n".join(rows) + "\n", "gcp", "image-digest"


@lookalike
def la_az_kv_refs(g):
    vault = "kv-" + g.word()
    names = ["DB_PASSWORD", "STRIPE_SECRET_KEY", "JWT_SECRET", "SENDGRID_API_KEY"]
    doc = [{"name": n, "slotSetting": False, "value": "@Microsoft.KeyVault(SecretUri=https://%s.vault.azure.net/secrets/%s/%s)" % (vault, n.lower().replace("_", "-"), g.hexs(32))} for n in names]
    doc.append({"name": "WEBSITE_RUN_FROM_PACKAGE", "slotSetting": False, "value": "1"})
    return "infra/azure/appsettings-kv.json", json.dumps(doc, indent=2) + "\n", "azure", "keyvault-ref"


@lookalike
def la_nginx_environ(g):
    host = g.hexs(12)
    lines = ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HOSTNAME=" + host, "NGINX_VERSION=1.25.%d" % g.i(0, 5),
             "NJS_VERSION=0.8.%d" % g.i(0, 4), "PKG_RELEASE=1~bookworm", "HOME=/root"]
    return "debug/nginx-environ.txt", "\0".join(lines) + "\0", "nginx", "benign-environ"


@lookalike
def la_git_gpg(g):
    lines = ["$ git log --show-signature -3"]
    for _ in range(3):
        lines += ["commit %s" % g.hexs(40), "gpg: Signature made %s" % g.ts(False), "gpg:                using RSA key %s" % g.s("0123456789ABCDEF", 40),
                  "gpg: Good signature from \"Release Bot <release@acme.example>\" [ultimate]", "Author: Release Bot <release@acme.example>", "", "    chore: bump version", ""]
    return "ci-logs/verify-commits-%d.log" % g.i(100, 9999), "\n".join(lines) + "\n", "git", "gpg-fingerprint"


@lookalike
def la_trace_log(g):
    stamps = sorted(g.ts() for _ in range(g.i(4, 9)))
    lines = [json.dumps({"ts": t, "level": "info", "msg": "request", "trace_id": g.hexs(32), "span_id": g.hexs(16), "request_id": g.uuid(),
                         "etag": "\"%s\"" % g.hexs(32), "path": "/api/v1/orders/%d" % g.i(1, 99999)}) for t in stamps]
    return "logs/requests-%s.jsonl" % g.date(), "\n".join(lines) + "\n", "observability", "trace-ids"


@lookalike
def la_npm_integrity(g):
    lines = ["$ npm config list", "; \"user\" config from /home/runner/.npmrc", "", "//registry.npmjs.org/:_authToken = (protected)",
             "fund = false", "", "; node bin location = /usr/local/bin/node", "; cwd = /home/runner/work/app", "$ npm view left-pad dist.integrity",
             "sha512-" + g.b64bytes(64), "$ npm view express dist.shasum", g.hexs(40)]
    return "ci-logs/npm-debug-%d.log" % g.i(100, 9999), "\n".join(lines) + "\n", "npm", "integrity-hash"


@lookalike
def la_env_inventory(g):
    out = ["variable,stored_in,owner,rotation_days"]
    for n in ["DATABASE_URL", "STRIPE_SECRET_KEY", "SENDGRID_API_KEY", "JWT_SECRET", "SLACK_WEBHOOK_URL", "AWS_SECRET_ACCESS_KEY"]:
        out.append("%s,%s,%s,%d" % (n, g.c(["vault", "aws-secrets-manager", "1password", "github-actions-secrets"]), g.c(["platform", "payments", "growth"]), g.c([30, 90, 180])))
    return "docs/security/secret-inventory.csv", "\n".join(out) + "\n", "docs", "inventory-no-values"


@lookalike
def la_describe_pod_refs(g):
    app = g.app()
    envl = "\n".join("      %s:  <set to the key '%s' in secret '%s-secrets'>  Optional: false" % (n, n.lower().replace("_", "-"), app)
                     for n in ["DATABASE_URL", "STRIPE_SECRET_KEY", "JWT_SECRET"])
    text = ("Name:         %s\nNamespace:    prod\nContainers:\n  app:\n    Container ID:   containerd://%s\n    Image ID:       ghcr.io/acme/%s@sha256:%s\n"
            "    Environment:\n      NODE_ENV:  production\n%s\n      POD_IP:     (v1:status.podIP)\n") % (g.pod(app), g.sha(), app, g.sha(), envl)
    return "docs/debug/describe-%s.txt" % app, text, "kubernetes", "secretkeyref"


# ---------------------------------------------------------------- driver

DJ_SAFE = ["PSP_CREDENTIAL", "UPSTREAM_AUTH", "BILLING_CONN", "INTEGRATION_CREDENTIAL", "SVC_BEARER", "VENDOR_AUTHZ"]
ENV_OK = (".env.example", ".env.sample", ".env.template", ".env.dist", ".env.defaults")


def is_env_name(path):
    b = path.rsplit("/", 1)[-1]
    return b == ".env" or (b.startswith(".env.") and b not in ENV_OK)


def filetype(path):
    b = path.rsplit("/", 1)[-1]
    if b.startswith(".env"):
        return "env"
    if "." not in b:
        return "text"
    return b.rsplit(".", 1)[1]


def weighted(g, items, wi):
    tot = sum(x[wi] for x in items)
    r = g.R.random() * tot
    for x in items:
        r -= x[wi]
        if r < 0:
            return x
    return items[-1]


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def render(rend, c):
    path, text = rend(c)
    return path, text


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen_ja.py OUTDIR SEED")
    outdir, seed = sys.argv[1], int(sys.argv[2])
    g = G(seed)
    manifest, secrets = [], []
    env_files = 0

    order = list(range(len(RENDERERS)))
    g.R.shuffle(order)
    for i in range(500):
        rend = RENDERERS[order[i % len(order)]]
        if i % len(order) == len(order) - 1:
            g.R.shuffle(order)
        sec = weighted(g, SECRETS, 5)
        prov, kind, gen = sec[0], sec[1], sec[2]
        line, raw, needle = gen(g)
        name = g.c(sec[3]) if g.p(0.5) else g.c(sec[4])
        if rend.__name__.startswith("r_django") and any(h in name for h in DJ_HIDE) and kind != "url-password":
            name = g.c(DJ_SAFE)
        comp = []
        if prov == "aws":
            comp = [("AWS_ACCESS_KEY_ID", "AKIA" + g.s(UPPER + "234567", 16))]
        elif prov == "twilio":
            comp = [("TWILIO_ACCOUNT_SID", "AC" + g.hexs(32))]
        c = make_ctx(g, name, line, raw, comp, FLAVOR_BY_RENDERER.get(rend.__name__))
        path, text = render(rend, c)
        if is_env_name(path):
            if env_files >= 20:
                path = path.rsplit("/", 1)[0] + "/vercel-env-pull.txt" if "/" in path else "vercel-env-pull.txt"
            else:
                env_files += 1
        if rend.b64:
            needle = b64e(raw)
        rel = "pos/p%04d/%s" % (i, path)
        lines = text.split("\n")
        ln = next((k + 1 for k, l in enumerate(lines) if needle in l), None)
        assert ln is not None, (rend.__name__, kind, needle)
        assert needle in lines[ln - 1]
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": prov, "kind": kind, "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": ln})

    g.R.shuffle(order)
    for j in range(500):
        if j < 250:
            rend = RENDERERS[order[j % len(order)]]
            if j % len(order) == len(order) - 1:
                g.R.shuffle(order)
            sec = weighted(g, SECRETS, 5)
            name, line, raw, prov, cat, comp = neg_slot(g, sec, rend)
            c = make_ctx(g, name, line, raw, comp, FLAVOR_BY_RENDERER.get(rend.__name__))
            path, text = render(rend, c)
            kind = cat
        elif j % 2 == 0:
            la = LOOKALIKES[(j // 2) % len(LOOKALIKES)]
            path, text, prov, kind = la(g)
        else:
            rend = RENDERERS[g.i(0, len(RENDERERS) - 1)]
            name, val, kind = lookalike_vars(g)
            extra = []
            for _ in range(g.i(0, 2)):
                n2, v2, _k2 = lookalike_vars(g)
                if n2 != name and all(n2 != e[0] for e in extra):
                    extra.append((n2, v2))
            c = make_ctx(g, name, val, val, extra, FLAVOR_BY_RENDERER.get(rend.__name__))
            path, text = render(rend, c)
            prov = "lookalike"
        if path.rsplit("/", 1)[-1].startswith(".env"):
            path = (path.rsplit("/", 1)[0] + "/" if "/" in path else "") + "env-pull-output.txt"
        assert not is_env_name(path)
        rel = "neg/n%04d/%s" % (j, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    # final self-check: re-read every positive and confirm the needle line
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8", newline="") as f:
            assert s["needle"] in f.read().split("\n")[s["line"] - 1]


if __name__ == "__main__":
    main()
