#!/usr/bin/env python3
"""gen_hz.py - blind evaluation set: credentials baked into committed build output.

EMPHASIS
    Secrets that end up in *generated* files that people commit by accident:
    minified JavaScript bundles (webpack / Vite / esbuild / Rollup / metro output
    where DefinePlugin or import.meta.env inlined a value), source maps with
    `sourcesContent`, Next.js `.next/` and Nuxt `.output/` artefacts, service
    workers with precache manifests, Android resources and generated sources
    (`res/values/strings.xml`, merged `values.xml`, `BuildConfig.java`, smali,
    jadx output, merged manifests, `google-services.json` neighbours), iOS
    `Info.plist` / `.xcconfig` / generated Swift, extracted Electron `app.asar`
    (`package.json`, node-config JSON), .NET `publish/` (`appsettings.*.json`,
    transformed `web.config`), Java `target/classes` / `build/resources`,
    Python `build/lib`, sdists and `.egg-info`, Go `-ldflags -X` in build
    scripts, `docker image inspect` / `docker history` output and OCI image
    configs, packaged or rendered Helm charts, CI artefact logs.
    Providers: Stripe (secret, restricted, webhook signing), AWS (access key
    pair), Slack (bot/user/app tokens, incoming webhooks), SendGrid, Twilio
    (auth token, API key secret), GitHub (classic, OAuth/App, fine-grained
    PATs), OpenAI (project, service-account, legacy keys), Mailgun, npm,
    Mapbox secret tokens, Algolia admin keys, Google OAuth client secrets,
    Firebase Cloud Messaging legacy server keys, RSA private keys (PKCS#8),
    database passwords (PostgreSQL, MySQL, SQL Server, MongoDB, Redis).
    File types: .js/.mjs (minified, one long line, and unminified server
    builds), .bundle/.jsbundle (metro), .js.map, .json, .xml, .java, .kt,
    .smali, .swift, .plist, .xcconfig, .properties, .yml/.yaml, .py,
    PKG-INFO, RECORD, Makefile, .sh, Dockerfile, .config, .txt/.log, .html,
    .css, .md, .hcl, .pem, .npmrc, authorized_keys, .lock/.sum files.
    75 positive templates; negatives use 74 of them (all but the .env one)
    plus 52 look-alike templates.

USAGE
    python3 -B gen_hz.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath> (one credential each),
    OUTDIR/neg/n0000..n0499/<relpath> (no credential),
    OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
    OUTDIR/secrets.jsonl   {"file","needle","line"} for every positive.
    All randomness comes from one random.Random(SEED); standard library only.

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, without quotes.
    * Token/API-key kinds: the whole token including its prefix
      (sk_live_..., xoxb-..., SG...., ghp_..., npm_..., sk.eyJ...).
    * Key pairs (AWS, Twilio): the needle is the secret half (the secret
      access key, the auth token, the API key secret); the public half
      (AKIA... id, AC.../SK... sid) sits next to it, usually on the same or
      the adjacent line, and is not a needle.
    * Connection strings / database URLs: the needle is the password only,
      not the URL (postgres://user:NEEDLE@host/db, Password=NEEDLE;).
    * Webhook URLs whose path is the secret (Slack incoming webhooks): the
      needle is the whole URL https://hooks.slack.com/services/T../B../xxx.
    * HTTP headers ("Authorization: Bearer X", "token X"): the needle is X.
    * Private keys (PEM, multi-line or JSON-escaped with \\n): the needle is
      the first 64-character base64 line of the key body (the line right
      after -----BEGIN PRIVATE KEY-----), which is unique per key.
    * Minified bundles and source maps are a single line, so "line" is 1.
    * "line" is the 1-based line of the needle's first occurrence; the
      program asserts the needle is really on that line.

NEGATIVES
    Half (250) re-use the positive templates with the secret slot holding a
    non-secret: placeholders (<your-key>, YOUR_API_KEY_HERE, changeme,
    prefix + xxxx...), empty strings, masks (****, [REDACTED], ***, bullets),
    environment / secret-manager references (${VAR}, $(VAR), #{Var}#,
    __VAR__, {{ .Values.x }}, vault:, op://, AWS Secrets Manager ARNs, GCP
    Secret Manager paths, Azure @Microsoft.KeyVault(...)), language
    expressions (process.env.X, import.meta.env.X, System.getenv("X"),
    os.environ["X"], ProcessInfo...), documented example keys
    (AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiC+EXAMPLEKEY, Slack
    T00000000/B00000000/XXXX..., Stripe's published test key, reCAPTCHA test
    keys) and documented-public values (Stripe pk_live_, Mapbox pk.).
    Companion ids of pairs are replaced too (AWS id becomes the example id or
    a reference), Twilio Account SIDs may stay (identifier, not secret).
    The other half (250) are look-alikes from build output: content-hashed
    chunk maps, SRI integrity attributes, asset manifests, Next.js build ids
    and manifests, Workbox revisions, source-map `mappings`, inline base64
    fonts/images, license banners, Firebase web configs, Stripe publishable
    keys, Sentry DSNs, Mapbox pk. tokens, Algolia search-only keys, reCAPTCHA
    site keys, google-services.json / GoogleService-Info.plist, R.txt ids,
    BuildConfig without secrets, signing-report fingerprints, image digests,
    lockfile integrity hashes (npm, yarn, go.sum, deps.json, terraform, wheel
    RECORD, Chart.lock), git.properties commit ids, electron-updater sha512,
    public keys (PEM, JWKS, ssh-ed25519), webhook signatures in logs, UUIDs,
    base64-encoded innocent JSON, masked CI logs. No negative lives in a
    .env / .env.* file.

FORMATS CHECKED (search tool, docs/pages corpora; provider pages first)
    * Stripe docs (docs.stripe.com/keys): publishable keys pk_, secret sk_,
      restricted rk_, test vs live; publishable keys are meant for clients.
      Webhook signing secrets start whsec_ (Stripe's own stripe-node README
      "const webhookSecret = 'whsec_...'").
    * AWS (via DevExpress docs quoting AWS): access key id is 20 upper-case
      alphanumerics "like AKIAIOSFODNN7EXAMPLE" and "is not secret"; the
      secret access key is "40 alpha-numeric-slash-plus characters like
      wJalrXUtnFEMI/K7MDENG/bPxRfiC+EXAMPLEKEY".
    * GitHub changelog 2021-03/04: prefixes ghp_ gho_ ghu_ ghs_ ghr_,
      alphabet [A-Za-z0-9_], same 40-char length; GitHub blog: last six
      characters are a CRC32 checksum in Base62 (30 random + 6 checksum).
    * npm (GitHub blog 2021-09-23): npm_ prefix, GitHub format, CRC32
      checksum Base62 in the last six characters.
    * Slack (api.slack.com token types, SDK docs): xoxb- bot, xoxp- user,
      app-level tokens; incoming webhooks are
      https://hooks.slack.com/services/T.../B.../... and the documented
      placeholder is T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX.
    * SendGrid (twilio.com/docs/sendgrid): API keys are 69 characters long
      (SG. + 22 + . + 43).
    * Twilio docs/SDK pages: Account SID starts AC, API key SID starts SK,
      API key comes with a separate secret; Auth Token per account.
    * OpenAI (third-party pages only): sk-proj- project keys (~164 chars),
      sk-svcacct-, sk-admin-, legacy sk- (48 chars).
    * Mailgun docs: HTTP basic auth user "api", password = API key; primary
      account key and domain sending keys.
    * Mapbox docs: "All public access tokens start with pk while all secret
      access tokens start with sk"; public tokens are safe in clients.
    * Firebase docs: API keys for Firebase are "public by design" and ok in
      code/config; google-services.json layout (project_info, client,
      api_key.current_key, oauth_client) checked in real projects (code).
    * Sentry docs: DSN https://<public_key>@o<org>.ingest.sentry.io/<project>,
      "DSNs are safe to keep public".
    * Algolia docs: Admin API key must stay confidential; search-only key
      "is safe to use in your production frontend code".
    * reCAPTCHA: keys are 40-character strings; Google's documented test
      keys 6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI (site) and
      6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe (secret) are negatives.
    * webpack docs / dotenv-webpack: DefinePlugin / EnvironmentPlugin do a
      text replace of process.env.X in the emitted bundle.
    * docker inspect output: Config.Env is a JSON array of "KEY=value".

DOUBTS
    * GitHub/npm checksum: CRC32 over the 30 random characters, Base62 with
      alphabet 0-9A-Za-z, left-padded to 6 - taken from a public write-up of
      the format, not from GitHub's own code; the exact alphabet order is
      uncertain. Fine-grained github_pat_ tokens (11 + 20 + _ + 59 = 93
      chars) are modelled from observed shape; any checksum is not modelled.
    * OpenAI: the "T3BlbkFJ" marker inside keys and the exact lengths of
      sk-proj-/sk-svcacct- bodies are not confirmed by OpenAI documentation.
    * Slack xoxb/xoxp/xapp segment lengths and Slack webhook id lengths
      (T/B + 8..11 upper-case alphanumerics, 24-char secret) come from
      observed tokens, not from a Slack specification.
    * Stripe live key body lengths (24 legacy, 99 newer) and whsec_ length
      (32) are observed shapes; Stripe documents neither.
    * Mailgun: both "key-" + 32 hex and 32hex-8hex-8hex private keys are
      generated; Mailgun's pages did not show the format.
    * Twilio auth tokens / API secrets (32 hex / 32 alnum) and Algolia admin
      keys (32 hex) have no prefix: only context identifies them.
    * FCM legacy server keys (AAAA + 7 + ":APA91b" + 134) and Google OAuth
      client secrets (GOCSPX- + 28) are observed shapes, not documented.
    * Mapbox sk. tokens: modelled as sk.<base64url JSON {"u","a"}>.<22>.
    * Private keys are random base64 after a correct PKCS#8 RSA prefix;
      they do not parse as real keys.
    * A search hit on docs.gitguardian.com (a scanner's detector page) and
      a GitLab secret-detection rule issue, and a Microsoft Purview SIT
      definition page came up; none was used for any format.
"""

import json
import os
import re
import sys
import zlib
import base64
import random

N_POS = 500
N_NEG = 500

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
HEX = "0123456789abcdef"
UPAL = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWAL = "0123456789abcdefghijklmnopqrstuvwxyz"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
B64U = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


# ----------------------------------------------------------------- randomness
def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r, n):
    return rs(r, HEX, n)


def b62(r, n):
    return rs(r, B62, n)


def digits(r, n):
    return str(r.randint(1, 9)) + rs(r, "0123456789", n - 1)


def uuid4(r):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64bytes(r, nbytes, urlsafe=False, pad=True):
    raw = bytes(r.randrange(256) for _ in range(nbytes))
    s = (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()
    return s if pad else s.rstrip("=")


def base62_encode(num, width):
    out = ""
    while num:
        num, rem = divmod(num, 62)
        out = B62[rem] + out
    return out.rjust(width, "0")


def crc_token(r, prefix):
    body = b62(r, 30)
    return prefix + body + base62_encode(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def password(r, n=None):
    n = n or r.randint(14, 24)
    sym = "-_.~"
    while True:
        p = r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        p += "".join(r.choice(B62 + sym) for _ in range(n - 1))
        if (re.search(r"[0-9]", p) and re.search(r"[A-Z]", p) and re.search(r"[a-z]", p)
                and re.search(r"[-_.~]", p[1:])):
            return p


def mangled(r):
    a = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$"
    return r.choice(a) + (r.choice(a + "0123456789") if r.random() < 0.6 else "")


def pick(r, seq):
    return seq[r.randrange(len(seq))]


# ------------------------------------------------------------ secret values
class Secret:
    def __init__(self, value, needle=None, comp=None):
        self.value = value
        self.needle = needle if needle is not None else value
        self.comp = comp or {}


class Val:
    """What a template writes into the slot: literal text or a code expression."""

    def __init__(self, text, expr=False, comp=None, multiline=False):
        self.text = text
        self.expr = expr
        self.comp = comp or {}
        self.multiline = multiline


def g_stripe_sk(r):
    return Secret("sk_live_" + b62(r, pick(r, [24, 24, 99])))


def g_stripe_rk(r):
    return Secret("rk_live_" + b62(r, pick(r, [24, 99])))


def g_stripe_wh(r):
    return Secret("whsec_" + b62(r, 32))


def g_aws(r):
    akid = pick(r, ["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(r, B32, 16)
    return Secret(rs(r, B64[:62], 1) + rs(r, B64, 38) + rs(r, B64[:62], 1), comp={"akid": akid})


def g_slack_bot(r):
    return Secret("xoxb-%s-%s-%s" % (digits(r, r.randint(10, 13)), digits(r, 13), b62(r, 24)))


def g_slack_user(r):
    return Secret("xoxp-%s-%s-%s-%s" % (digits(r, r.randint(10, 12)), digits(r, r.randint(10, 12)),
                                         digits(r, 13), hexs(r, 32)))


def g_slack_app(r):
    return Secret("xapp-1-A%s-%s-%s" % (rs(r, UPAL, 10), digits(r, 13), hexs(r, 64)))


def g_slack_hook(r):
    return Secret("https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, UPAL, r.randint(8, 10)), rs(r, UPAL, r.randint(8, 10)), b62(r, 24)))


def g_sendgrid(r):
    return Secret("SG." + rs(r, B64U, 22) + "." + rs(r, B64U, 43))


def g_twilio_auth(r):
    return Secret(hexs(r, 32), comp={"sid": "AC" + hexs(r, 32)})


def g_twilio_key(r):
    return Secret(b62(r, 32), comp={"sid": "AC" + hexs(r, 32), "keysid": "SK" + hexs(r, 32)})


def g_gh_classic(r):
    return Secret(crc_token(r, "ghp_"))


def g_gh_app(r):
    return Secret(crc_token(r, pick(r, ["gho_", "ghs_", "ghu_", "ghs_"])))


def g_gh_fine(r):
    return Secret("github_pat_11" + rs(r, UPAL, 20) + "_" + b62(r, 59))


def g_openai_proj(r):
    return Secret("sk-proj-" + rs(r, B64U, 74) + "T3BlbkFJ" + rs(r, B64U, 74))


def g_openai_svc(r):
    return Secret("sk-svcacct-" + rs(r, B64U, 74) + "T3BlbkFJ" + rs(r, B64U, 74))


def g_openai_legacy(r):
    return Secret("sk-" + b62(r, 20) + "T3BlbkFJ" + b62(r, 20))


def g_mailgun(r):
    if r.random() < 0.5:
        v = "key-" + hexs(r, 32)
    else:
        v = "%s-%s-%s" % (hexs(r, 32), hexs(r, 8), hexs(r, 8))
    return Secret(v, comp={"domain": pick(r, ["mg.", "mail.", "email.", "notify."]) + pick(r, DOMAINS)})


def g_npm(r):
    return Secret(crc_token(r, "npm_"))


def g_mapbox_sk(r):
    user = pick(r, ["acme-maps", "fleetview", "geo-team", "rideshare-dev", "tripmate", "harbor-io"])
    payload = json.dumps({"u": user, "a": rs(r, LOWAL, 25)}, separators=(",", ":"))
    mid = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return Secret("sk." + mid + "." + rs(r, B64U, 22))


def g_algolia_admin(r):
    return Secret(hexs(r, 32), comp={"appid": rs(r, UPAL, 10)})


def g_google_secret(r):
    return Secret("GOCSPX-" + rs(r, B64U, 28),
                  comp={"client_id": "%s-%s.apps.googleusercontent.com" % (digits(r, 12), rs(r, LOWAL, 32))})


def g_fcm(r):
    return Secret("AAAA" + rs(r, B64U, 7) + ":APA91b" + rs(r, B64U, 134))


def pem_body(r, head):
    raw = head + b64bytes(r, 1190)[: 1624 - len(head)]
    lines = [raw[i:i + 64] for i in range(0, len(raw), 64)]
    return lines


def g_privkey(r):
    lines = pem_body(r, "MIIEvg" + pick(r, ["IBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ",
                                             "IBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"]))
    text = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----\n"
    return Secret(text, needle=lines[0])


def g_dbpass(r):
    return Secret(password(r), comp={})


DOMAINS = ["acme.io", "shopwave.com", "northwind.dev", "lumenapp.co", "fieldnote.io", "parcelly.com",
           "brightdesk.net", "orbitpay.io", "tidewater.app", "kitecrm.com", "granola.dev", "pinecast.fm"]
DB_HOSTS = ["db.internal", "pg-primary.prod.svc.cluster.local", "acme-prod.cluster-c8xk2l1q.eu-west-1.rds.amazonaws.com",
            "10.12.4.31", "mysql-01.lan", "sql-prod.database.windows.net", "cluster0.x3k9p.mongodb.net",
            "redis-prod.abc123.ng.0001.use1.cache.amazonaws.com"]


def g_db(provider):
    users = {"postgres": ["app", "api_user", "django", "postgres", "svc_orders", "readwrite"],
             "mysql": ["root", "app", "wp_user", "shop", "laravel"],
             "mssql": ["sa", "AppUser", "svc_web", "reporting"],
             "mongodb": ["admin", "appUser", "api", "ingest"],
             "redis": ["default", "cache"]}
    dbs = ["orders", "app_production", "shop", "analytics", "core", "billing", "inventory", "users"]

    def g(r):
        host = pick(r, DB_HOSTS)
        return Secret(password(r), comp={"user": pick(r, users[provider]), "host": host,
                                         "db": pick(r, dbs)})
    return g


class Spec:
    def __init__(self, key, provider, kind, gen, words, neutral, cls="token", docs=(), public=None,
                 mask_prefix="", hdr=None):
        self.key, self.provider, self.kind, self.gen = key, provider, kind, gen
        self.words, self.neutral, self.cls = words, neutral, cls
        self.docs, self.public, self.mask_prefix, self.hdr = list(docs), public, mask_prefix, hdr


def _pk_live(r):
    return "pk_live_" + b62(r, pick(r, [24, 99]))


def _mapbox_pk(r):
    s = g_mapbox_sk(r).value
    return "pk" + s[2:]


SPECS = {}


def spec(*a, **k):
    s = Spec(*a, **k)
    SPECS[s.key] = s


spec("stripe_sk", "stripe", "secret_key", g_stripe_sk, "stripe secret key",
     ["payments key", "sk", "billing secret", "server key", "pay api key", "charge key"],
     docs=["sk_test_4eC39HqLyjWDarjtT1zdp7dc"], public=_pk_live, mask_prefix="sk_live_", hdr="Bearer")
spec("stripe_rk", "stripe", "restricted_key", g_stripe_rk, "stripe restricted key",
     ["payments read key", "rk", "billing key", "stripe ro"], public=_pk_live, mask_prefix="rk_live_",
     hdr="Bearer")
spec("stripe_wh", "stripe", "webhook_signing_secret", g_stripe_wh, "stripe webhook secret",
     ["endpoint secret", "signing secret", "wh secret", "hook sig key"], mask_prefix="whsec_")
spec("aws", "aws", "secret_access_key", g_aws, "aws secret access key",
     ["s3 secret", "bucket secret", "uploader secret", "storage secret key"], cls="pair",
     docs=["wJalrXUtnFEMI/K7MDENG/bPxRfiC+EXAMPLEKEY"])
spec("slack_bot", "slack", "bot_token", g_slack_bot, "slack bot token",
     ["notifier token", "chat token", "bot token", "alert token"], mask_prefix="xoxb-", hdr="Bearer")
spec("slack_user", "slack", "user_token", g_slack_user, "slack user token",
     ["oauth token", "chat user token", "workspace token"], mask_prefix="xoxp-", hdr="Bearer")
spec("slack_app", "slack", "app_level_token", g_slack_app, "slack app token",
     ["socket token", "app token", "ws token"], mask_prefix="xapp-")
spec("slack_hook", "slack", "incoming_webhook_url", g_slack_hook, "slack webhook url",
     ["alerts url", "notify hook", "deploy channel", "hook url", "ops webhook"], cls="url",
     docs=["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"])
spec("sendgrid", "sendgrid", "api_key", g_sendgrid, "sendgrid api key",
     ["mail key", "email api key", "smtp key", "mailer token"], mask_prefix="SG.", hdr="Bearer")
spec("twilio_auth", "twilio", "auth_token", g_twilio_auth, "twilio auth token",
     ["sms token", "voice secret", "otp auth", "messaging token"], cls="pair", docs=["your_auth_token"])
spec("twilio_key", "twilio", "api_key_secret", g_twilio_key, "twilio api secret",
     ["sms secret", "video api secret", "verify secret"], cls="pair", docs=["your_api_secret"])
spec("gh_classic", "github", "personal_access_token", g_gh_classic, "github token",
     ["gh token", "release token", "repo token", "update token", "publish token"], mask_prefix="ghp_",
     hdr="token")
spec("gh_app", "github", "oauth_or_app_token", g_gh_app, "github access token",
     ["installation token", "gh auth", "scm token"], hdr="Bearer")
spec("gh_fine", "github", "fine_grained_pat", g_gh_fine, "github pat",
     ["gh pat", "ci token", "registry token"], mask_prefix="github_pat_", hdr="Bearer")
spec("openai_proj", "openai", "project_api_key", g_openai_proj, "openai api key",
     ["llm key", "ai key", "completion token", "gpt key", "assistant key"], mask_prefix="sk-proj-",
     hdr="Bearer")
spec("openai_svc", "openai", "service_account_key", g_openai_svc, "openai api key",
     ["llm key", "ai service key", "model token"], mask_prefix="sk-svcacct-", hdr="Bearer")
spec("openai_legacy", "openai", "legacy_api_key", g_openai_legacy, "openai api key",
     ["gpt key", "ai key", "chat key"], mask_prefix="sk-", hdr="Bearer")
spec("mailgun", "mailgun", "api_key", g_mailgun, "mailgun api key",
     ["mail api key", "mg key", "email secret"], mask_prefix="key-")
spec("npm", "npm", "access_token", g_npm, "npm token",
     ["registry token", "publish token", "auth token"], mask_prefix="npm_")
spec("mapbox_sk", "mapbox", "secret_token", g_mapbox_sk, "mapbox downloads token",
     ["maps secret", "tiles upload token", "sdk registry token"], public=_mapbox_pk, mask_prefix="sk.")
spec("algolia", "algolia", "admin_api_key", g_algolia_admin, "algolia admin key",
     ["search write key", "index key", "search admin"], cls="pair")
spec("google_secret", "google", "oauth_client_secret", g_google_secret, "google client secret",
     ["oauth secret", "sso secret", "login client secret"], cls="pair", mask_prefix="GOCSPX-")
spec("fcm", "firebase", "fcm_legacy_server_key", g_fcm, "fcm server key",
     ["push server key", "messaging key", "notify server key"])
spec("privkey", "rsa", "private_key_pem", g_privkey, "jwt private key",
     ["signing key", "license key pem", "token signer"], cls="pem")
for _db in ["postgres", "mysql", "mssql", "mongodb", "redis"]:
    spec("db_" + _db, _db, "password", g_db(_db), "db password",
         ["db pass", "pg pass", "database secret", "conn pass", "sql pwd"], cls="password")

TOKEN_SPECS = [k for k, s in SPECS.items() if s.cls in ("token",)]
JS_FRONT = ["stripe_sk", "stripe_rk", "sendgrid", "openai_proj", "openai_legacy", "gh_classic", "slack_bot",
            "mailgun", "algolia", "twilio_auth", "slack_hook", "mapbox_sk", "openai_svc", "aws", "gh_fine"]
SERVER = ["stripe_sk", "stripe_rk", "stripe_wh", "sendgrid", "openai_proj", "gh_classic", "gh_app",
          "slack_bot", "slack_user", "slack_app", "mailgun", "twilio_auth", "twilio_key", "aws", "npm",
          "google_secret", "fcm", "algolia", "openai_svc", "gh_fine", "slack_hook"]
DBS = ["db_postgres", "db_mysql", "db_mssql", "db_mongodb", "db_redis"]
URL_DBS = ["db_postgres", "db_mysql", "db_mongodb", "db_redis"]
HEADER = [k for k, s in SPECS.items() if s.hdr]
MOBILE = ["stripe_sk", "sendgrid", "openai_proj", "twilio_auth", "algolia", "mapbox_sk", "gh_classic",
          "slack_hook", "mailgun", "fcm", "aws", "google_secret", "openai_legacy", "slack_bot"]


# --------------------------------------------------------------- naming
def words_of(s):
    return s.split()


def form(ws, style):
    if style == "env":
        return "_".join(w.upper() for w in ws)
    if style == "snake":
        return "_".join(ws)
    if style == "kebab":
        return "-".join(ws)
    if style == "dot":
        return ".".join(ws)
    if style == "camel":
        return ws[0] + "".join(w[:1].upper() + w[1:] for w in ws[1:])
    if style == "pascal":
        return "".join(w[:1].upper() + w[1:] for w in ws)
    if style == "lower":
        return "".join(ws)
    raise ValueError(style)


class Ctx:
    def __init__(self, r, sp, val, conv, label):
        self.r, self.sp, self.v, self.conv, self.label = r, sp, val, conv, label
        self.ws = words_of(sp.words) if conv else words_of(pick(r, sp.neutral))
        self.cws = words_of(sp.words)

    def n(self, style):
        return form(self.ws, style)

    def cn(self, style):
        """Conventional name regardless of naming style (used by refs)."""
        return form(self.cws, style)

    def c(self, key):
        return self.v.comp.get(key, Val(""))


# --------------------------------------------------------------- fillers
CODE_EXPR = {
    "js": ["process.env.%(env)s", "process.env[\"%(env)s\"]", "window.__ENV__.%(env)s"],
    "vite": ["import.meta.env.VITE_%(env)s"],
    "java": ["System.getenv(\"%(env)s\")"],
    "kotlin": ["System.getenv(\"%(env)s\") ?: \"\"", "BuildConfig.%(env)s"],
    "py": ["os.environ[\"%(env)s\"]", "os.getenv(\"%(env)s\", \"\")", "settings.%(env)s"],
    "swift": ["ProcessInfo.processInfo.environment[\"%(env)s\"] ?? \"\""],
    "csharp": ["Environment.GetEnvironmentVariable(\"%(env)s\")"],
    "go": ["os.Getenv(\"%(env)s\")"],
}

REFS_DATA = ["${%(env)s}", "${%(env)s}", "#{%(pascal)s}#", "__%(env)s__", "{{ .Values.secrets.%(camel)s }}",
             "{{ %(snake)s }}", "vault:secret/data/prod/%(kebab)s#value", "op://Production/%(pascal)s/credential",
             "arn:aws:secretsmanager:us-east-1:%(acct)s:secret:prod/%(kebab)s-%(suf)s",
             "projects/acme-prod/secrets/%(kebab)s/versions/latest",
             "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/%(pascal)s/)",
             "$(%(env)s)", "%%%(env)s%%", "ENC[AES256_GCM,data:...,type:str]", "secretref:%(kebab)s"]
REFS_SH = ["${%(env)s}", "$%(env)s", "${%(env)s:?missing}", "$(cat /run/secrets/%(snake)s)"]

PLACEHOLDERS = ["<your-key>", "YOUR_API_KEY_HERE", "changeme", "REPLACE_ME", "<%(env)s>", "your-%(kebab)s",
                "xxxxxxxxxxxxxxxxxxxxxxxx", "TODO", "dummy", "<set-in-ci>", "insert-key-here", "none",
                "CHANGE_ME_BEFORE_DEPLOY", "your_%(snake)s_here"]
MASKS = ["****", "********", "***", "[REDACTED]", "<redacted>", "[hidden]", "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022",
         "[MASKED]", "*****REDACTED*****"]


def fmt_ref(r, t, sp):
    ws = words_of(sp.words)
    return t % {"env": form(ws, "env"), "pascal": form(ws, "pascal"), "camel": form(ws, "camel"),
                "snake": form(ws, "snake"), "kebab": form(ws, "kebab"), "acct": digits(r, 12),
                "suf": b62(r, 6)}


def filler(r, sp, lang):
    """Return (Val, filler_kind) for a negative built from a positive template."""
    kinds = ["placeholder", "placeholder", "empty", "masked", "masked", "envref", "envref", "envref"]
    if lang in CODE_EXPR:
        kinds += ["expr", "expr", "expr"]
    if sp.docs:
        kinds += ["doc_example", "doc_example"]
    if sp.public:
        kinds += ["public_value", "public_value"]
    if sp.mask_prefix:
        kinds += ["prefix_placeholder"]
    k = pick(r, kinds)
    expr = False
    if k == "placeholder":
        t = fmt_ref(r, pick(r, PLACEHOLDERS), sp)
    elif k == "empty":
        t = ""
    elif k == "masked":
        t = pick(r, MASKS)
        if sp.mask_prefix and r.random() < 0.4:
            t = sp.mask_prefix + "*" * r.randint(6, 20)
    elif k == "envref":
        t = fmt_ref(r, pick(r, REFS_SH if lang in ("sh", "make", "docker") else REFS_DATA), sp)
    elif k == "expr":
        t = fmt_ref(r, pick(r, CODE_EXPR[lang]), sp)
        expr = True
    elif k == "doc_example":
        t = pick(r, sp.docs)
    elif k == "public_value":
        t = sp.public(r)
    else:
        t = sp.mask_prefix + pick(r, ["x" * 24, "X" * 32, "...", "<redacted>", "0" * 24, "your_key_here"])
    if sp.cls == "url" and k in ("placeholder", "masked", "prefix_placeholder") and r.random() < 0.6:
        t = pick(r, ["https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX",
                     "https://hooks.slack.com/services/****/****/****",
                     "https://hooks.slack.com/services/<team>/<channel>/<token>"])
    if sp.cls == "pem" and k in ("placeholder", "doc_example"):
        t = "-----BEGIN PRIVATE KEY-----\n<paste the PKCS#8 key here>\n-----END PRIVATE KEY-----\n"
    comp = {}
    if sp.key == "aws":
        if k == "doc_example":
            comp["akid"] = Val("AKIAIOSFODNN7EXAMPLE")
        elif k == "expr":
            comp["akid"] = Val(t.replace("SECRET_ACCESS_KEY", "ACCESS_KEY_ID").replace("SecretAccessKey", "AccessKeyId"),
                               expr=True)
        elif k == "envref":
            comp["akid"] = Val(t.replace("SECRET_ACCESS_KEY", "ACCESS_KEY_ID").replace("secret-access-key", "access-key-id")
                               .replace("SecretAccessKey", "AccessKeyId").replace("secret_access_key", "access_key_id"))
        else:
            comp["akid"] = Val(pick(r, ["AKIAXXXXXXXXXXXXXXXX", "<access-key-id>", "", "****", "YOUR_ACCESS_KEY_ID"]))
    return Val(t, expr=expr, comp=comp, multiline=("\n" in t)), k


def fill_comp(r, sp, comp):
    """Companion values for negatives that are not secret themselves."""
    base = sp.gen(r).comp
    out = {}
    for key, v in base.items():
        out[key] = Val(v)
    out.update(comp)
    return out


# --------------------------------------------------------------- quoting
def jq(v):
    return v.text if v.expr else json.dumps(v.text, ensure_ascii=False)


def sq(v):
    return v.text if v.expr else "'" + v.text + "'"


def jv(v):
    return json.dumps(v.text, ensure_ascii=False)


def xe(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def yv(v, r=None):
    t = v.text
    if t == "" or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_./+=:@-]*", t) or (r is not None and r.random() < 0.3):
        return json.dumps(t, ensure_ascii=False)
    return t


def shq(v):
    return '"' + v.text + '"'


def lines(*parts):
    return "\n".join(parts) + "\n"


# --------------------------------------------------------------- noise
_JS_POOL = [
    "§.exports=function(§,§){return function(){return §.apply(§,arguments)}};",
    "var §=Object.defineProperty,§=(e,t)=>{for(var n in t)§(e,n,{get:t[n],enumerable:!0})};",
    "function §(e){return e&&e.__esModule?e:{default:e}}",
    "const §=e=>null!=e&&\"object\"==typeof e&&!Array.isArray(e);",
    "var §=[\"January\",\"February\",\"March\",\"April\",\"May\",\"June\",\"July\"];",
    "§.prototype.toJSON=function(){return{name:this.name,message:this.message,code:this.code}};",
    "let §=0;const §=()=>++§;",
    "%%:(e,t,n)=>{\"use strict\";n.d(t,{Z:()=>§});var §=n(%%);function §(e){return(0,§.Z)(e,{timeout:15e3})}},",
    "if(\"undefined\"!=typeof window&&window.matchMedia){var §=window.matchMedia(\"(prefers-color-scheme: dark)\")}",
    "const §=new Intl.NumberFormat(\"en-US\",{style:\"currency\",currency:\"USD\"});",
    "async function §(e,t={}){const n=await fetch(e,{credentials:\"same-origin\",...t});if(!n.ok)throw new Error(\"HTTP \"+n.status);return n.json()}",
    "§.displayName=\"Button\";",
    "var §=function(e){var t=e.children,n=e.className;return(0,§.jsx)(\"div\",{className:n,children:t})};",
    "const §={xs:0,sm:576,md:768,lg:992,xl:1200,xxl:1400};",
    "function §(e,t){if(!(e instanceof t))throw new TypeError(\"Cannot call a class as a function\")}",
    "var §=/^(?:[a-z+]+:)?\\/\\//i;",
    "document.addEventListener(\"visibilitychange\",function(){\"hidden\"===document.visibilityState&&§()});",
    "const §=(e,t=300)=>{let n;return(...r)=>{clearTimeout(n),n=setTimeout(()=>e(...r),t)}};",
    "§.exports={area:!0,base:!0,br:!0,col:!0,embed:!0,hr:!0,img:!0,input:!0,link:!0,meta:!0};",
    "var §=\"Expected a function\",§=\"__lodash_hash_undefined__\",§=9007199254740991;",
    "function §(e){return e.replace(/[.*+?^${}()|[\\]\\\\]/g,\"\\\\$&\")}",
    "const §=Symbol.for(\"react.element\"),§=Symbol.for(\"react.fragment\");",
    "class § extends Error{constructor(e,t){super(e),this.name=\"ApiError\",this.status=t}}",
    "§.interceptors.request.use(e=>(e.headers[\"X-Requested-With\"]=\"XMLHttpRequest\",e));",
    "const §=[{path:\"/\",name:\"home\"},{path:\"/pricing\",name:\"pricing\"},{path:\"/account\",name:\"account\"}];",
]


def js_noise(r, n=5):
    out = []
    for _ in range(n):
        s = pick(r, _JS_POOL)
        while "§" in s:
            s = s.replace("§", mangled(r), 1)
        while "%%" in s:
            s = s.replace("%%", str(r.randint(10, 9999)), 1)
        out.append(s)
    return "".join(out)


def vlq_mappings(r, nlines=30):
    segs = []
    for _ in range(nlines):
        segs.append(",".join(rs(r, B64[:62], r.choice([4, 4, 5, 6])) for _ in range(r.randint(2, 14))))
    return ";".join(segs)


def source_map(r, file, sources, contents, names=None):
    d = {"version": 3, "file": file, "mappings": vlq_mappings(r, r.randint(20, 60)), "sources": sources,
         "sourcesContent": contents, "names": names or [mangled(r) for _ in range(r.randint(5, 20))]}
    if r.random() < 0.4:
        d["sourceRoot"] = ""
    return json.dumps(d, ensure_ascii=False, separators=(",", ":"))


def vite_hash(r):
    return rs(r, B64U[:62] + "-_", 8)


def app_pkg(r):
    return pick(r, ["com.acme.shop", "io.parcelly.driver", "com.northwind.field", "app.lumen.notes",
                    "com.orbitpay.wallet", "dev.granola.recipes", "fm.pinecast.player"])


def org(r):
    return pick(r, ["acme", "parcelly", "northwind", "lumen", "orbitpay", "granola", "pinecast", "kitecrm"])


def ts(r, year=2024):
    return "%d-%02d-%02dT%02d:%02d:%02d" % (year, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                            r.randint(0, 59), r.randint(0, 59))


def semver(r):
    return "%d.%d.%d" % (r.randint(0, 4), r.randint(0, 20), r.randint(0, 30))


# ================================================================ templates
POS = []


def tpl(specs, lang, envfile=False):
    def deco(fn):
        POS.append({"fn": fn, "specs": list(specs), "lang": lang, "envfile": envfile, "name": fn.__name__})
        return fn
    return deco


API_URL = {
    "stripe": "https://api.stripe.com/v1/payment_intents",
    "sendgrid": "https://api.sendgrid.com/v3/mail/send",
    "openai": "https://api.openai.com/v1/chat/completions",
    "github": "https://api.github.com/repos/acme/releases/dispatches",
    "slack": "https://slack.com/api/chat.postMessage",
    "mailgun": "https://api.mailgun.net/v3/messages",
    "npm": "https://registry.npmjs.org/-/whoami",
    "mapbox": "https://api.mapbox.com/uploads/v1/acme",
}


def hdr_js(c):
    pre = (c.sp.hdr or "Bearer") + " "
    if c.v.expr:
        return json.dumps(pre) + "+" + c.v.text
    return json.dumps(pre + c.v.text, ensure_ascii=False)


def hdr_txt(c):
    return (c.sp.hdr or "Bearer") + " " + c.v.text


def ctor_js(c, sp=" "):
    """A client constructor call taking the secret as an argument (JS)."""
    p, k, v = c.sp.provider, c.sp.key, jq(c.v)
    if k in ("stripe_sk", "stripe_rk"):
        return "new Stripe(%s,{apiVersion:%s})" % (v, json.dumps(pick(c.r, ["2023-10-16", "2024-06-20", "2022-11-15"])))
    if k == "stripe_wh":
        return "stripe.webhooks.constructEvent(req.rawBody,req.headers[\"stripe-signature\"],%s)" % v
    if p == "sendgrid":
        return "sgMail.setApiKey(%s)" % v
    if p == "openai":
        return "new OpenAI({apiKey:%s,maxRetries:2})" % v
    if p == "github":
        return "new Octokit({auth:%s,userAgent:\"release-bot/1.0\"})" % v
    if k in ("slack_bot", "slack_user"):
        return "new WebClient(%s,{retryConfig:{retries:2}})" % v
    if k == "slack_app":
        return "new App({appToken:%s,socketMode:!0})" % v
    if k == "slack_hook":
        return "new IncomingWebhook(%s)" % v
    if k == "twilio_auth":
        return "twilio(%s,%s)" % (jq(c.c("sid")), v)
    if k == "twilio_key":
        return "twilio(%s,%s,{accountSid:%s})" % (jq(c.c("keysid")), v, jq(c.c("sid")))
    if p == "mailgun":
        return "new Mailgun(FormData).client({username:\"api\",key:%s,url:\"https://api.eu.mailgun.net\"})" % v
    if p == "aws":
        return "new S3Client({region:%s,credentials:{accessKeyId:%s,secretAccessKey:%s}})" % (
            json.dumps(pick(c.r, ["us-east-1", "eu-west-1", "eu-central-1", "ap-southeast-2"])), jq(c.c("akid")), v)
    if p == "algolia":
        return "algoliasearch(%s,%s)" % (jq(c.c("appid")), v)
    if p == "google":
        return "new OAuth2Client(%s,%s,\"https://app.acme.io/auth/callback\")" % (jq(c.c("client_id")), v)
    if p == "npm":
        return "new RegistryClient({token:%s})" % v
    if p == "mapbox":
        return "mbxUploads({accessToken:%s})" % v
    if p == "firebase":
        return "new FCM(%s)" % v
    return "createClient({apiKey:%s})" % v


@tpl(JS_FRONT, "js")
def t_webpack_main(c):
    r = c.r
    h = hexs(r, 8)
    cfg = "const %s={apiUrl:%s,env:\"production\",release:%s,%s:%s,timeout:3e4};" % (
        mangled(r), json.dumps("https://api." + pick(r, DOMAINS) + "/v2"), json.dumps(semver(r)), c.n("camel"), jq(c.v))
    if c.sp.key == "aws":
        cfg = cfg.replace(",timeout", ",accessKeyId:%s,timeout" % jq(c.c("akid")))
    if c.sp.provider in ("twilio",):
        cfg = cfg.replace(",timeout", ",accountSid:%s,timeout" % jq(c.c("sid")))
    if c.sp.provider == "algolia":
        cfg = cfg.replace(",timeout", ",appId:%s,timeout" % jq(c.c("appid")))
    body = ("/*! For license information please see main.%s.js.LICENSE.txt */" % h + "(()=>{var e={" +
            js_noise(r, 3) + "};" + js_noise(r, 3) + cfg + js_noise(r, 4) + "})();")
    return "build/static/js/main.%s.js" % h, body + "\n//# sourceMappingURL=main.%s.js.map" % h


@tpl(JS_FRONT, "js")
def t_cra_env_chunk(c):
    r = c.r
    n = r.randint(2, 900)
    h = hexs(r, 8)
    app = pick(r, ["acme-dashboard", "shop-web", "admin-ui", "client"])
    env = "var %s={NODE_ENV:\"production\",PUBLIC_URL:\"\",WDS_SOCKET_HOST:void 0,WDS_SOCKET_PATH:void 0," \
          "WDS_SOCKET_PORT:void 0,FAST_REFRESH:!0,REACT_APP_API_URL:%s,REACT_APP_%s:%s};" % (
              mangled(r), json.dumps("https://api." + pick(r, DOMAINS)), c.n("env"), jq(c.v))
    body = ("(this[\"webpackJsonp%s\"]=this[\"webpackJsonp%s\"]||[]).push([[%d],{%d:function(e,t,n){\"use strict\";" %
            (app, app, n, r.randint(10, 999)) + js_noise(r, 3) + env + js_noise(r, 3) + "}}]);")
    return "build/static/js/%d.%s.chunk.js" % (n, h), body + "\n//# sourceMappingURL=%d.%s.chunk.js.map\n" % (n, h)


@tpl(JS_FRONT, "js")
def t_vite_index(c):
    r = c.r
    h = vite_hash(r)
    env = "const %s={BASE_URL:\"/\",MODE:\"production\",DEV:!1,PROD:!0,SSR:!1,VITE_API_BASE:%s,VITE_%s:%s};" % (
        mangled(r), json.dumps("https://" + pick(r, DOMAINS) + "/api"), c.n("env"), jq(c.v))
    body = ("(function(){const t=document.createElement(\"link\").relList;if(t&&t.supports&&t.supports(\"modulepreload\"))return;" +
            "for(const e of document.querySelectorAll('link[rel=\"modulepreload\"]'))i(e)})();" + js_noise(r, 4) + env +
            js_noise(r, 4))
    return "dist/assets/index-%s.js" % h, body + "\n"


@tpl(SERVER, "js")
def t_esbuild_server(c):
    r = c.r
    lib = {"stripe": "stripe", "sendgrid": "@sendgrid/mail", "openai": "openai", "github": "@octokit/rest",
           "slack": "@slack/web-api", "twilio": "twilio", "mailgun": "mailgun.js", "aws": "@aws-sdk/client-s3",
           "algolia": "algoliasearch", "google": "google-auth-library", "npm": "npm-registry-fetch",
           "firebase": "fcm-node"}.get(c.sp.provider, "node-fetch")
    body = ("import{createServer as %s}from\"node:http\";import{readFileSync as %s}from\"node:fs\";import * as M from\"%s\";" %
            (mangled(r), mangled(r), lib) + js_noise(r, 3) + "const client=" + ctor_js(c) + ";" + js_noise(r, 3) +
            "var port=Number(process.env.PORT||%d);" % pick(r, [3000, 8080, 8787]))
    return pick(r, ["dist/server.mjs", "out/index.mjs", "build/server/index.mjs", "dist/functions/api.mjs"]), body + "\n"


@tpl(HEADER, "js")
def t_next_route(c):
    r = c.r
    n = r.randint(100, 999)
    route = pick(r, ["checkout", "chat", "notify", "webhooks/github", "send-email", "dispatch"])
    url = API_URL.get(c.sp.provider, "https://api.example.com/v1")
    body = ("\"use strict\";(()=>{var e={};e.id=%d,e.ids=[%d],e.modules={%d:(e,t,r)=>{r.r(t),r.d(t,{POST:()=>p,runtime:()=>u});" %
            (n, n, r.randint(1000, 99999)) + js_noise(r, 2) +
            "let u=\"nodejs\";async function p(e){let t=await e.json(),n=await fetch(%s,{method:\"POST\",headers:{Authorization:%s,\"Content-Type\":\"application/json\"},body:JSON.stringify(t)});return Response.json(await n.json(),{status:n.status})}" %
            (json.dumps(url), hdr_js(c)) + "}};var t=require(\"../../../webpack-runtime.js\");t.C(e);var r=t.X(0,[%d],()=>t(t.s=%d));module.exports=r})();" %
            (r.randint(100, 999), r.randint(1000, 99999)))
    return ".next/server/app/api/%s/route.js" % route, body + "\n"


@tpl(JS_FRONT, "js")
def t_next_app_chunk(c):
    r = c.r
    body = ("(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[888],{%d:function(e,t,n){\"use strict\";" % r.randint(1000, 99999) +
            js_noise(r, 3) + "let o={NEXT_PUBLIC_SITE_URL:%s,NEXT_PUBLIC_%s:%s};" % (
                json.dumps("https://www." + pick(r, DOMAINS)), c.n("env"), jq(c.v)) + js_noise(r, 3) +
            "}},function(e){var t=function(t){return e(e.s=t)};e.O(0,[774,179],function(){return t(6840),t(3079)}),_N_E=e.O()}]);")
    return ".next/static/chunks/pages/_app-%s.js" % hexs(r, 16), body + "\n"


@tpl(SERVER + ["privkey"], "json")
def t_nuxt_nitro(c):
    r = c.r
    cfg = {"app": {"baseURL": "/", "buildId": uuid4(r), "buildAssetsDir": "/_nuxt/", "cdnURL": ""},
           "nitro": {"envPrefix": "NUXT_", "routeRules": {"/__nuxt_error": {"cache": False}}},
           "public": {"apiBase": "https://api." + pick(r, DOMAINS), "siteName": org(r).title()},
           c.n("camel"): c.v.text}
    if c.sp.key == "aws":
        cfg["awsAccessKeyId"] = c.c("akid").text
    js_cfg = json.dumps(cfg, indent=2, ensure_ascii=False)
    text = lines("import process from 'node:process';globalThis._importMeta_={url:import.meta.url,env:process.env};",
                 "import { Server } from 'node:http';", "import { tmpdir } from 'node:os';",
                 "import { join } from 'node:path';", "import { mkdirSync } from 'node:fs';",
                 "import { parentPort, threadId } from 'node:worker_threads';", "",
                 "const _inlineRuntimeConfig = " + js_cfg + ";",
                 "const envOptions = {", "  prefix: \"NITRO_\",",
                 "  altPrefix: _inlineRuntimeConfig.nitro.envPrefix ?? process.env.NITRO_ENV_PREFIX ?? \"_\",",
                 "  envExpansion: _inlineRuntimeConfig.nitro.envExpansion ?? process.env.NITRO_ENV_EXPANSION ?? false",
                 "};")
    return ".output/server/chunks/nitro/nitro.mjs", text


@tpl(JS_FRONT, "json")
def t_nuxt_html(c):
    r = c.r
    pub = {"apiBase": "https://api." + pick(r, DOMAINS), c.n("camel"): c.v.text,
           "gtag": "G-" + rs(r, UPAL, 10)}
    state = json.dumps({"serverRendered": True, "config": {"public": pub, "app": {"baseURL": "/", "buildAssetsDir": "/_nuxt/", "cdnURL": ""}}},
                       separators=(",", ":"), ensure_ascii=False)
    h = vite_hash(r)
    text = lines("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>%s</title>" % org(r).title() +
                 "<link rel=\"modulepreload\" as=\"script\" crossorigin href=\"/_nuxt/entry.%s.js\"><link rel=\"stylesheet\" href=\"/_nuxt/entry.%s.css\"></head>" % (h, vite_hash(r)),
                 "<body><div id=\"__nuxt\"></div><script>window.__NUXT__=%s</script><script type=\"module\" src=\"/_nuxt/entry.%s.js\" crossorigin></script></body></html>" % (state, h))
    return ".output/public/index.html", text


@tpl(["slack_hook"], "js")
def t_sw_slack(c):
    r = c.r
    entries = ",".join("{url:%s,revision:%s}" % (json.dumps(u), json.dumps(hexs(r, 32)))
                       for u in ["/index.html", "/manifest.webmanifest", "/offline.html", "/assets/index-%s.css" % vite_hash(r)])
    body = ("if(!self.define){let e,s={};const i=(i,n)=>(i=new URL(i+\".js\",n).href,s[i]||new Promise(s=>{if(\"document\"in self){const e=document.createElement(\"script\");e.src=i,e.onload=s,document.head.appendChild(e)}else e=i,importScripts(i),s()}).then(()=>{let e=s[i];if(!e)throw new Error(`Module ${i} didn't register its module`);return e}))}" +
            "define([\"./workbox-%s\"],function(e){\"use strict\";self.skipWaiting(),e.clientsClaim(),e.precacheAndRoute([%s],{});" % (hexs(r, 8), entries) +
            "const R=%s;self.addEventListener(\"error\",s=>{fetch(R,{method:\"POST\",headers:{\"Content-Type\":\"application/json\"},body:JSON.stringify({text:\"sw error: \"+s.message})})})});" % jq(c.v))
    return pick(r, ["dist/sw.js", "public/sw.js", "build/service-worker.js"]), body + "\n"


@tpl(JS_FRONT, "js")
def t_angular_main(c):
    r = c.r
    dsn = "https://%s@o%s.ingest.sentry.io/%s" % (hexs(r, 32), digits(r, 6), digits(r, 7))
    env = "var %s={production:!0,apiUrl:%s,sentryDsn:%s,%s:%s};" % (
        mangled(r), json.dumps("https://api." + pick(r, DOMAINS) + "/"), json.dumps(dsn), c.n("camel"), jq(c.v))
    body = js_noise(r, 3) + env + js_noise(r, 4) + "bootstrapApplication(Ae,Be).catch(e=>console.error(e));"
    return "dist/%s/browser/main-%s.js" % (org(r) + "-web", rs(r, UPAL, 8)), body + "\n"


@tpl(SERVER, "js")
def t_electron_main(c):
    r = c.r
    body = ("\"use strict\";const{app:%s,BrowserWindow:%s,ipcMain:%s}=require(\"electron\"),%s=require(\"path\");" % (
        mangled(r), mangled(r), mangled(r), mangled(r)) + js_noise(r, 3) + "const svc=" + ctor_js(c) + ";" + js_noise(r, 2) +
        "app.whenReady().then(()=>{createWindow(),app.on(\"activate\",()=>{0===BrowserWindow.getAllWindows().length&&createWindow()})});")
    return pick(r, ["release/app/dist/main/main.js", "dist_electron/bundled/background.js",
                    "app.asar.extracted/dist/main.js", "out/main/index.js"]), body + "\n"


@tpl(JS_FRONT, "js")
def t_umd_sdk(c):
    r = c.r
    name = pick(r, ["AcmeSDK", "ParcellyWidget", "OrbitPay", "LumenChat", "KiteEmbed"])
    body = ("!function(e,t){\"object\"==typeof exports&&\"undefined\"!=typeof module?module.exports=t():\"function\"==typeof define&&define.amd?define(t):(e=\"undefined\"!=typeof globalThis?globalThis:e||self).%s=t()}(this,function(){\"use strict\";" % name +
            js_noise(r, 3) + "var %s=%s;" % (c.n("env"), jq(c.v)) + js_noise(r, 2) +
            "function n(e){this.opts=Object.assign({key:%s,host:%s},e||{})}return n.prototype.init=function(){return this},n.version=%s,n});" %
            (c.n("env"), json.dumps("https://cdn." + pick(r, DOMAINS)), json.dumps(semver(r))))
    return "lib/%s.umd.min.js" % name.lower(), body + "\n//# sourceMappingURL=%s.umd.min.js.map\n" % name.lower()


@tpl(JS_FRONT, "js")
def t_webpack_eval(c):
    r = c.r
    inner = ("__webpack_require__.r(__webpack_exports__);\n/* harmony export */ __webpack_require__.d(__webpack_exports__, {\n"
             "/* harmony export */   \"config\": () => (/* binding */ config)\n/* harmony export */ });\n"
             "const config = {\n  apiUrl: \"https://api.%s\",\n  %s: %s,\n  retries: 3\n};\n\n"
             "//# sourceURL=webpack://%s/./src/config.js?" % (pick(r, DOMAINS), c.n("camel"), jq(c.v), org(r) + "-app"))
    text = lines("/*",
                 " * ATTENTION: The \"eval\" devtool has been used (maybe by default in mode: \"development\").",
                 " * This devtool is neither made for production nor for readable output files.",
                 " * It uses \"eval()\" calls to create a separate source file in the browser devtools.",
                 " */", "/******/ (() => { // webpackBootstrap", "/******/ \tvar __webpack_modules__ = ({", "",
                 "/***/ \"./src/config.js\":", "/*!***********************!*\\", "  !*** ./src/config.js ***!",
                 "  \\***********************/", "/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {",
                 "", "eval(" + json.dumps(inner, ensure_ascii=False) + ");", "", "/***/ })", "", "/******/ \t});")
    return pick(r, ["dist/bundle.js", "public/js/app.js", "www/main.js"]), text


@tpl(HEADER, "js")
def t_chrome_ext(c):
    r = c.r
    url = API_URL.get(c.sp.provider, "https://api.example.com/v1")
    if c.v.expr:
        auth = "`%s ${%s}`" % (c.sp.hdr or "Bearer", c.v.text)
        pre = ""
    else:
        pre = "const %s=%s;" % (mangled(r) + "K", jq(c.v))
        auth = "`%s ${%s}`" % (c.sp.hdr or "Bearer", pre[6:pre.index("=")])
    body = (js_noise(r, 2) + pre + "chrome.runtime.onMessage.addListener((e,t,n)=>{if(\"summarize\"!==e.type)return;" +
            "fetch(%s,{method:\"POST\",headers:{Authorization:%s,\"Content-Type\":\"application/json\"},body:JSON.stringify(e.payload)}).then(e=>e.json()).then(n);return!0});" %
            (json.dumps(url), auth))
    return pick(r, ["extension/dist/background.js", "dist/chrome/service_worker.js", "build/background.bundle.js"]), body + "\n"


@tpl(JS_FRONT, "js")
def t_gatsby_chunk(c):
    r = c.r
    page = pick(r, ["search", "index", "blog-post", "pricing"])
    body = ("\"use strict\";(self.webpackChunk%s=self.webpackChunk%s||[]).push([[%d],{%d:function(e,t,n){n.r(t),n.d(t,{default:function(){return c}});" %
            (org(r), org(r), r.randint(100, 999), r.randint(1000, 99999)) + js_noise(r, 2) +
            "var s=" + ctor_js(c) + ";" + js_noise(r, 2) + "}}]);")
    return "public/component---src-pages-%s-js-%s.js" % (page, hexs(r, 20)), body + "\n//# sourceMappingURL=component---src-pages-%s-js-%s.js.map\n" % (page, hexs(r, 20))


@tpl(SERVER, "js")
def t_remix_server(c):
    r = c.r
    text = lines("var __create = Object.create;", "var __defProp = Object.defineProperty;",
                 "var __getOwnPropDesc = Object.getOwnPropertyDescriptor;",
                 "var __export = (target, all) => {", "  for (var name in all)",
                 "    __defProp(target, name, { get: all[name], enumerable: true });", "};", "",
                 "// app/entry.server.tsx", "var entry_server_exports = {};",
                 "__export(entry_server_exports, { default: () => handleRequest });",
                 "var import_node_stream = require(\"node:stream\");", "",
                 "// app/lib/integrations.server.ts",
                 "var client = " + ctor_js(c) + ";", "",
                 "// app/routes/_index.tsx", "var index_exports = {};",
                 "__export(index_exports, { default: () => Index, meta: () => meta });",
                 "var meta = () => [{ title: %s }];" % json.dumps(org(r).title() + " Dashboard"))
    return "build/index.js", text


@tpl(SERVER, "js")
def t_sveltekit_private(c):
    r = c.r
    env = c.n("env")
    text = lines("const PUBLIC_SITE_URL = %s;" % json.dumps("https://" + pick(r, DOMAINS)),
                 "const %s = %s;" % (env, jq(c.v)),
                 "const DATABASE_POOL_SIZE = \"%d\";" % r.randint(5, 30), "export {",
                 "  %s as A," % env, "  DATABASE_POOL_SIZE as D,", "  PUBLIC_SITE_URL as P", "};")
    return ".svelte-kit/output/server/chunks/private.js", text


@tpl(MOBILE, "js")
def t_rn_bundle(c):
    r = c.r
    n = r.randint(300, 2000)
    body = ("var __BUNDLE_START_TIME__=this.nativePerformanceNow?nativePerformanceNow():Date.now(),__DEV__=false,process=this.process||{},__METRO_GLOBAL_PREFIX__='';process.env=process.env||{};process.env.NODE_ENV=process.env.NODE_ENV||\"production\";" +
            js_noise(r, 3) + "__d(function(g,r,i,a,m,e,d){Object.defineProperty(e,\"__esModule\",{value:!0}),e.default=void 0;var t={apiUrl:%s,%s:%s};e.default=t},%d,[],\"src/config/env.ts\");" %
            (json.dumps("https://api." + pick(r, DOMAINS)), c.n("camel"), jq(c.v), n) + js_noise(r, 3))
    return pick(r, ["android/app/src/main/assets/index.android.bundle", "ios/main.jsbundle"]), body + "\n"


@tpl(JS_FRONT, "vite")
def t_map_vite(c):
    r = c.r
    h = vite_hash(r)
    cfg = "export const config = {\n  apiBase: import.meta.env.VITE_API_BASE ?? \"https://api.%s\",\n  %s: %s,\n};\n" % (
        pick(r, DOMAINS), c.n("camel"), jq(c.v))
    app = "import { config } from \"./lib/config\";\n\nexport default function App() {\n  return <Shell apiBase={config.apiBase} />;\n}\n"
    return "dist/assets/index-%s.js.map" % h, source_map(r, "index-%s.js" % h, ["../../src/lib/config.ts", "../../src/App.tsx"], [cfg, app]) + "\n"


@tpl(HEADER, "js")
def t_map_next(c):
    r = c.r
    h = hexs(r, 16)
    url = API_URL.get(c.sp.provider, "https://api.example.com/v1")
    tok = ("`%s ${%s}`" % (c.sp.hdr or "Bearer", c.v.text)) if c.v.expr else json.dumps(hdr_txt(c), ensure_ascii=False)
    src = ("import { useState } from \"react\";\n\nexport default function Checkout() {\n  const [busy, setBusy] = useState(false);\n"
           "  async function submit(body: unknown) {\n    setBusy(true);\n    const res = await fetch(\"%s\", {\n      method: \"POST\",\n"
           "      headers: { Authorization: %s, \"Content-Type\": \"application/json\" },\n      body: JSON.stringify(body),\n    });\n"
           "    setBusy(false);\n    return res.json();\n  }\n  return <Form onSubmit={submit} disabled={busy} />;\n}\n") % (url, tok)
    return ".next/static/chunks/pages/checkout-%s.js.map" % h, source_map(
        r, "static/chunks/pages/checkout-%s.js" % h, ["webpack://_N_E/./pages/checkout.tsx?%s" % hexs(r, 4)], [src]) + "\n"


@tpl(SERVER, "js")
def t_map_cra(c):
    r = c.r
    h = hexs(r, 8)
    svc = "// thin wrapper used by the admin screens\nexport const client = %s;\n\nexport async function ping() {\n  return true;\n}\n" % ctor_js(c, " ")
    return "build/static/js/main.%s.js.map" % h, source_map(
        r, "static/js/main.%s.js" % h, ["src/services/%s.js" % c.sp.provider, "src/index.js"],
        [svc, "import React from 'react';\nimport { createRoot } from 'react-dom/client';\nimport App from './App';\n\ncreateRoot(document.getElementById('root')).render(<App />);\n"]) + "\n"


def conn(c, style="url"):
    """Return (prefix, suffix) around the password for a DB spec."""
    p = c.sp.provider
    u, h, d = c.c("user").text, c.c("host").text, c.c("db").text
    if style == "ado" and p in ("postgres", "mysql", "mssql"):
        if p == "postgres":
            return "Host=%s;Port=5432;Database=%s;Username=%s;Password=" % (h, d, u), ";SSL Mode=Require"
        if p == "mysql":
            return "Server=%s;Port=3306;Database=%s;Uid=%s;Pwd=" % (h, d, u), ";"
        return "Server=tcp:%s,1433;Initial Catalog=%s;User ID=%s;Password=" % (h, d, u), ";Encrypt=True;TrustServerCertificate=False;"
    if style == "jdbc" and p in ("postgres", "mysql", "mssql"):
        if p == "postgres":
            return "jdbc:postgresql://%s:5432/%s?user=%s&password=" % (h, d, u), "&sslmode=require"
        if p == "mysql":
            return "jdbc:mysql://%s:3306/%s?user=%s&password=" % (h, d, u), "&useSSL=true"
        return "jdbc:sqlserver://%s:1433;databaseName=%s;user=%s;password=" % (h, d, u), ";encrypt=true"
    if p == "postgres":
        return "%s://%s:" % (pick(c.r, ["postgres", "postgresql"]), u), "@%s:5432/%s" % (h, d)
    if p == "mysql":
        return "mysql://%s:" % u, "@%s:3306/%s" % (h, d)
    if p == "mongodb":
        return "mongodb+srv://%s:" % u, "@%s/%s?retryWrites=true&w=majority" % (h, d)
    if p == "redis":
        return "redis%s://%s:" % (pick(c.r, ["", "s"]), u), "@%s:%d/0" % (h, pick(c.r, [6379, 6380]))
    return "Server=tcp:%s,1433;Initial Catalog=%s;User ID=%s;Password=" % (h, d, u), ";Encrypt=True;"


def conn_text(c, style="url"):
    a, b = conn(c, style)
    return a + c.v.text + b


def conn_js(c, style="url"):
    a, b = conn(c, style)
    if c.v.expr:
        return json.dumps(a) + "+" + c.v.text + "+" + json.dumps(b)
    return json.dumps(a + c.v.text + b, ensure_ascii=False)


@tpl(URL_DBS, "js")
def t_map_tsc_db(c):
    r = c.r
    p = c.sp.provider
    if p == "mongodb":
        src = "import mongoose from \"mongoose\";\n\nexport async function connect() {\n  await mongoose.connect(%s);\n}\n" % conn_js(c)
    elif p == "redis":
        src = "import { createClient } from \"redis\";\n\nexport const cache = createClient({ url: %s });\n" % conn_js(c)
    else:
        src = "import { Pool } from \"pg\";\n\nexport const pool = new Pool({\n  connectionString: %s,\n  max: 10,\n});\n" % conn_js(c)
    return "lib/db.js.map", source_map(r, "db.js", ["../src/db.ts"], [src]) + "\n"


# ---------------------------------------------------------------- Android
def aiza(r):
    return "AIzaSy" + rs(r, B64U[:62] + "-_", 33)


def pkg_path(p):
    return p.replace(".", "/")


@tpl(MOBILE, "xml")
def t_strings_xml(c):
    r = c.r
    text = lines("<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<resources>",
                 "    <string name=\"app_name\">%s</string>" % org(r).title(),
                 "    <string name=\"title_activity_main\">Home</string>",
                 "    <string name=\"action_settings\">Settings</string>",
                 "    <string name=\"api_host\" translatable=\"false\">api.%s</string>" % pick(r, DOMAINS),
                 "    <string name=\"%s\" translatable=\"false\">%s</string>" % (c.n("snake"), xe(c.v.text)),
                 "    <string name=\"retry\">Try again</string>",
                 "    <plurals name=\"items_in_cart\">", "        <item quantity=\"one\">%d item</item>",
                 "        <item quantity=\"other\">%d items</item>", "    </plurals>", "</resources>")
    return pick(r, ["app/src/main/res/values/strings.xml", "apktool-out/res/values/strings.xml",
                    "android/app/src/main/res/values/strings.xml"]), text


@tpl(MOBILE, "java")
def t_buildconfig(c):
    r = c.r
    p = app_pkg(r)
    vc = r.randint(10, 900)
    text = lines("/**", " * Automatically generated file. DO NOT MODIFY", " */", "package %s;" % p, "",
                 "public final class BuildConfig {", "  public static final boolean DEBUG = false;",
                 "  public static final String APPLICATION_ID = \"%s\";" % p,
                 "  public static final String BUILD_TYPE = \"release\";",
                 "  public static final int VERSION_CODE = %d;" % vc,
                 "  public static final String VERSION_NAME = \"%s\";" % semver(r),
                 "  // Field from build type: release",
                 "  public static final String %s = %s;" % (c.n("env"), jq(c.v)),
                 "  // Field from default config.",
                 "  public static final String API_BASE_URL = \"https://api.%s/\";" % pick(r, DOMAINS), "}")
    return "app/build/generated/source/buildConfig/release/%s/BuildConfig.java" % pkg_path(p), text


@tpl(MOBILE, "xml")
def t_merged_values(c):
    r = c.r
    pn = digits(r, 12)
    text = lines("<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<resources>",
                 "    <color name=\"colorPrimary\">#FF%s</color>" % hexs(r, 6).upper(),
                 "    <dimen name=\"activity_horizontal_margin\">16dp</dimen>",
                 "    <string name=\"default_web_client_id\" translatable=\"false\">%s-%s.apps.googleusercontent.com</string>" % (pn, rs(r, LOWAL, 32)),
                 "    <string name=\"gcm_defaultSenderId\" translatable=\"false\">%s</string>" % pn,
                 "    <string name=\"google_api_key\" translatable=\"false\">%s</string>" % aiza(r),
                 "    <string name=\"google_app_id\" translatable=\"false\">1:%s:android:%s</string>" % (pn, hexs(r, 16)),
                 "    <string name=\"project_id\" translatable=\"false\">%s-%s</string>" % (org(r), rs(r, LOWAL, 5)),
                 "    <string name=\"%s\" translatable=\"false\">%s</string>" % (c.n("snake"), xe(c.v.text)),
                 "    <style name=\"Theme.App\" parent=\"Theme.Material3.DayNight.NoActionBar\"/>", "</resources>")
    return "app/build/intermediates/incremental/release/mergeReleaseResources/merged.dir/values/values.xml", text


@tpl(HEADER, "java")
def t_jadx_client(c):
    r = c.r
    p = app_pkg(r)
    name = c.n("env")
    text = lines("package %s.network;" % p, "", "import kotlin.jvm.internal.Intrinsics;", "import okhttp3.Request;", "",
                 "/* compiled from: ApiClient.kt */", "public final class ApiClient {",
                 "    public static final ApiClient INSTANCE = new ApiClient();",
                 "    private static final String %s = %s;" % (name, jq(c.v)), "",
                 "    private ApiClient() {", "    }", "",
                 "    public final Request sign(Request request) {",
                 "        Intrinsics.checkNotNullParameter(request, \"request\");",
                 "        return request.newBuilder().addHeader(\"Authorization\", \"%s \" + %s).build();" % (c.sp.hdr or "Bearer", name),
                 "    }", "}")
    return "decompiled/sources/%s/network/ApiClient.java" % pkg_path(p), text


@tpl(MOBILE, "kotlin")
def t_secrets_kt(c):
    r = c.r
    p = app_pkg(r)
    text = lines("// Generated by the secrets Gradle task. Do not edit.", "package %s" % p, "",
                 "object Secrets {", "    const val apiHost = \"api.%s\"" % pick(r, DOMAINS),
                 ("    val %s = %s" if c.v.expr else "    const val %s = %s") % (c.n("camel"), jq(c.v)),
                 "    const val buildFlavor = \"%s\"" % pick(r, ["prod", "store", "enterprise"]), "}")
    return "app/build/generated/source/secrets/release/%s/Secrets.kt" % pkg_path(p), text


@tpl(["mapbox_sk", "gh_classic", "gh_fine"], "properties")
def t_gradle_props(c):
    r = c.r
    if c.sp.provider == "mapbox":
        kv = "%s=%s" % (c.n("env"), c.v.text)
    else:
        kv = "gpr.user=%s-ci\n%s=%s" % (org(r), "gpr.key" if c.conv else c.n("dot"), c.v.text)
    text = lines("# Project-wide Gradle settings.", "org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8",
                 "android.useAndroidX=true", "android.nonTransitiveRClass=true", "kotlin.code.style=official",
                 "org.gradle.caching=true", kv)
    return pick(r, ["android/gradle.properties", "gradle.properties"]), text


@tpl(["fcm", "google_secret"], "json")
def t_push_config(c):
    r = c.r
    pn = digits(r, 12)
    d = {"project_number": pn, "sender_id": pn, "channel": "default"}
    if c.sp.key == "google_secret":
        d["oauth_client_id"] = c.c("client_id").text
    d[c.n("snake")] = c.v.text
    d["topics"] = ["promos", "orders"]
    return pick(r, ["app/src/main/assets/push_config.json", "apktool-out/assets/push_config.json"]), json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@tpl(MOBILE, "text")
def t_smali(c):
    r = c.r
    p = pkg_path(app_pkg(r))
    name = c.n("env")
    text = lines(".class public final L%s/Config;" % p, ".super Ljava/lang/Object;", ".source \"Config.kt\"", "", "",
                 "# static fields", ".field public static final %s:Ljava/lang/String; = %s" % (name, jv(c.v)), "",
                 ".field public static final INSTANCE:L%s/Config;" % p, "", "", "# direct methods",
                 ".method static constructor <clinit>()V", "    .locals 1", "",
                 "    new-instance v0, L%s/Config;" % p, "", "    invoke-direct {v0}, L%s/Config;-><init>()V" % p, "",
                 "    sput-object v0, L%s/Config;->INSTANCE:L%s/Config;" % (p, p), "", "    return-void", ".end method")
    return "decompiled/smali/%s/Config.smali" % p, text


@tpl(MOBILE, "xml")
def t_merged_manifest(c):
    r = c.r
    p = app_pkg(r)
    text = lines("<?xml version=\"1.0\" encoding=\"utf-8\"?>",
                 "<manifest xmlns:android=\"http://schemas.android.com/apk/res/android\"",
                 "    package=\"%s\"" % p, "    android:versionCode=\"%d\"" % r.randint(10, 900),
                 "    android:versionName=\"%s\" >" % semver(r), "",
                 "    <uses-sdk android:minSdkVersion=\"24\" android:targetSdkVersion=\"34\" />",
                 "    <uses-permission android:name=\"android.permission.INTERNET\" />", "",
                 "    <application android:name=\"%s.App\" android:allowBackup=\"false\" android:icon=\"@mipmap/ic_launcher\" android:label=\"@string/app_name\" >" % p,
                 "        <meta-data android:name=\"com.google.android.geo.API_KEY\" android:value=\"%s\" />" % aiza(r),
                 "        <meta-data android:name=\"%s.%s\" android:value=\"%s\" />" % (p, c.n("env"), xe(c.v.text)),
                 "        <activity android:name=\"%s.MainActivity\" android:exported=\"true\" />" % p,
                 "    </application>", "", "</manifest>")
    return "app/build/intermediates/merged_manifests/release/AndroidManifest.xml", text


# ---------------------------------------------------------------- iOS
def plist_head():
    return ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">",
            "<plist version=\"1.0\">", "<dict>"]


@tpl(MOBILE, "xml")
def t_info_plist(c):
    r = c.r
    app = pick(r, ["Acme", "Parcelly", "Orbit", "Lumen", "Pinecast"])
    text = lines(*(plist_head() + [
        "\t<key>CFBundleDevelopmentRegion</key>", "\t<string>en</string>",
        "\t<key>CFBundleExecutable</key>", "\t<string>%s</string>" % app,
        "\t<key>CFBundleIdentifier</key>", "\t<string>%s</string>" % app_pkg(r),
        "\t<key>CFBundleShortVersionString</key>", "\t<string>%s</string>" % semver(r),
        "\t<key>CFBundleVersion</key>", "\t<string>%d</string>" % r.randint(100, 9000),
        "\t<key>%s</key>" % c.n("pascal"), "\t<string>%s</string>" % xe(c.v.text),
        "\t<key>UILaunchStoryboardName</key>", "\t<string>LaunchScreen</string>",
        "\t<key>LSRequiresIPhoneOS</key>", "\t<true/>", "</dict>", "</plist>"]))
    return "build/Build/Products/Release-iphoneos/%s.app/Info.plist" % app, text


@tpl([k for k in MOBILE if k not in ("slack_hook", "aws")], "xcconfig")
def t_xcconfig(c):
    r = c.r
    text = lines("// Release.xcconfig - generated by scripts/gen-xcconfig.sh on CI",
                 "#include \"Pods/Target Support Files/Pods-App/Pods-App.release.xcconfig\"",
                 "PRODUCT_BUNDLE_IDENTIFIER = %s" % app_pkg(r), "MARKETING_VERSION = %s" % semver(r),
                 "CURRENT_PROJECT_VERSION = %d" % r.randint(100, 9000), "API_HOST = api.%s" % pick(r, DOMAINS),
                 "%s = %s" % (c.n("env"), c.v.text), "SWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE")
    return pick(r, ["ios/Config/Release.xcconfig", "ios/build/Generated/Secrets.xcconfig"]), text


@tpl(MOBILE, "xml")
def t_secrets_plist(c):
    r = c.r
    app = pick(r, ["Acme", "Parcelly", "Orbit", "Lumen"])
    extra = []
    if c.sp.provider == "algolia":
        extra = ["\t<key>AlgoliaAppID</key>", "\t<string>%s</string>" % c.c("appid").text]
    elif c.sp.provider == "twilio":
        extra = ["\t<key>TwilioAccountSID</key>", "\t<string>%s</string>" % c.c("sid").text]
    elif c.sp.key == "aws":
        extra = ["\t<key>AWSAccessKeyId</key>", "\t<string>%s</string>" % xe(c.c("akid").text)]
    else:
        extra = ["\t<key>MapboxPublicToken</key>", "\t<string>%s</string>" % _mapbox_pk(r)]
    text = lines(*(plist_head() + extra + ["\t<key>%s</key>" % c.n("pascal"), "\t<string>%s</string>" % xe(c.v.text),
                                           "</dict>", "</plist>"]))
    return "build/Build/Products/Release-iphoneos/%s.app/Secrets.plist" % app, text


@tpl(MOBILE, "swift")
def t_swift_secrets(c):
    r = c.r
    app = pick(r, ["Acme", "Parcelly", "Orbit", "Lumen"])
    text = lines("// Generated using Sourcery 2.1.7 - https://github.com/krzysztofzablocki/Sourcery",
                 "// DO NOT EDIT", "import Foundation", "", "public enum Secrets {",
                 "    public static let apiHost = \"api.%s\"" % pick(r, DOMAINS),
                 "    public static let %s: String = %s" % (c.n("camel"), jq(c.v)), "}")
    return "ios/%s/Generated/Secrets.generated.swift" % app, text


# ---------------------------------------------------------------- Electron
@tpl(["gh_classic", "gh_fine", "gh_app"], "json")
def t_asar_package(c):
    r = c.r
    o = org(r)
    d = {"name": o + "-desktop", "productName": o.title(), "version": semver(r), "main": "dist/main.js",
         "author": {"name": o.title() + " Inc.", "email": "dev@" + pick(r, DOMAINS)},
         "build": {"appId": "io.%s.desktop" % o, "asar": True,
                   "publish": [{"provider": "github", "owner": o, "repo": "desktop", "private": True, "token": c.v.text}]},
         "dependencies": {"electron-updater": "^6.1.7", "electron-log": "^5.0.1"}}
    return pick(r, ["app.asar.extracted/package.json", "release/mac/%s.app/Contents/Resources/app/package.json" % o.title()]), \
        json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@tpl(SERVER + URL_DBS + ["privkey"], "json")
def t_asar_config(c):
    r = c.r
    d = {"server": {"port": pick(r, [3000, 4000, 8080]), "host": "127.0.0.1"}, "logLevel": "info"}
    if c.sp.cls == "password":
        d["database"] = {"url": conn_text(c), "pool": {"min": 1, "max": 5}}
    else:
        sec = {c.n("camel"): c.v.text}
        if c.sp.key == "aws":
            sec["accessKeyId"] = c.c("akid").text
        if c.sp.provider == "twilio":
            sec["accountSid"] = c.c("sid").text
        d[c.sp.provider] = sec
    d["updates"] = {"channel": "stable", "feedUrl": "https://updates." + pick(r, DOMAINS)}
    return pick(r, ["app.asar.extracted/config/production.json", "resources/app/config/default.json"]), \
        json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@tpl(SERVER + URL_DBS, "env", envfile=True)
def t_electron_env(c):
    r = c.r
    if c.sp.cls == "password":
        kv = "DATABASE_URL=" + conn_text(c)
    else:
        kv = "%s=%s" % (c.n("env"), c.v.text)
    text = lines("NODE_ENV=production", "API_URL=https://api." + pick(r, DOMAINS), kv, "LOG_LEVEL=info")
    return pick(r, ["release/linux-unpacked/resources/app/.env", "dist/.env"]), text


# ---------------------------------------------------------------- .NET
@tpl(DBS, "json")
def t_appsettings_prod(c):
    r = c.r
    cs = conn_text(c, "ado")
    d = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
         "AllowedHosts": "*", "ConnectionStrings": {"DefaultConnection": cs},
         "Features": {"EnableSwagger": False}}
    return pick(r, ["publish/appsettings.Production.json", "bin/Release/net8.0/publish/appsettings.Production.json"]), \
        json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@tpl(SERVER, "xml")
def t_webconfig(c):
    r = c.r
    dll = pick(r, ["Acme.Api", "Orbit.Web", "Parcelly.Gateway", "Lumen.Host"])
    text = lines("<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<configuration>",
                 "  <location path=\".\" inheritInChildApplications=\"false\">", "    <system.webServer>",
                 "      <handlers>",
                 "        <add name=\"aspNetCore\" path=\"*\" verb=\"*\" modules=\"AspNetCoreModuleV2\" resourceType=\"Unspecified\" />",
                 "      </handlers>",
                 "      <aspNetCore processPath=\"dotnet\" arguments=\".\\%s.dll\" stdoutLogEnabled=\"false\" stdoutLogFile=\".\\logs\\stdout\" hostingModel=\"inprocess\">" % dll,
                 "        <environmentVariables>",
                 "          <environmentVariable name=\"ASPNETCORE_ENVIRONMENT\" value=\"Production\" />",
                 "          <environmentVariable name=\"%s\" value=\"%s\" />" % (c.n("env"), xe(c.v.text)),
                 "        </environmentVariables>", "      </aspNetCore>", "    </system.webServer>", "  </location>",
                 "</configuration>", "<!--ProjectGuid: %s-->" % uuid4(r).upper())
    return "publish/web.config", text


@tpl(SERVER + ["privkey"], "json")
def t_appsettings_section(c):
    r = c.r
    sec = {c.n("pascal"): c.v.text}
    if c.sp.key in ("stripe_sk", "stripe_rk"):
        sec["PublishableKey"] = _pk_live(r)
    if c.sp.key == "aws":
        sec["AccessKeyId"] = c.c("akid").text
        sec["Region"] = "eu-west-1"
    if c.sp.provider == "twilio":
        sec["AccountSid"] = c.c("sid").text
    d = {"Logging": {"LogLevel": {"Default": "Warning"}}, c.sp.provider.title(): sec,
         "Kestrel": {"Endpoints": {"Http": {"Url": "http://0.0.0.0:8080"}}}}
    return "obj/Release/net8.0/PubTmp/Out/appsettings.json", json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@tpl(SERVER + DBS, "xml")
def t_web_release_config(c):
    r = c.r
    if c.sp.cls == "password":
        body = ["  <connectionStrings>",
                "    <add name=\"DefaultConnection\" connectionString=\"%s\" xdt:Transform=\"SetAttributes\" xdt:Locator=\"Match(name)\"/>" % xe(conn_text(c, "ado")),
                "  </connectionStrings>"]
    else:
        body = ["  <appSettings>",
                "    <add key=\"%s\" value=\"%s\" xdt:Transform=\"SetAttributes\" xdt:Locator=\"Match(key)\"/>" % (c.n("pascal"), xe(c.v.text)),
                "  </appSettings>"]
    text = lines(*(["<?xml version=\"1.0\" encoding=\"utf-8\"?>",
                    "<!-- For more information on using web.config transformation visit https://go.microsoft.com/fwlink/?LinkId=125889 -->",
                    "<configuration xmlns:xdt=\"http://schemas.microsoft.com/XML-Document-Transform\">"] + body +
                   ["  <system.web>", "    <compilation xdt:Transform=\"RemoveAttributes(debug)\" />", "  </system.web>",
                    "</configuration>"]))
    return pick(r, ["obj/Release/Package/PackageTmp/Web.Release.config", "publish/Web.Release.config"]), text


@tpl(["slack_hook"], "json")
def t_appsettings_serilog(c):
    r = c.r
    d = {"Serilog": {"MinimumLevel": "Information",
                     "WriteTo": [{"Name": "Console"},
                                 {"Name": "Slack", "Args": {"webhookUrl": c.v.text, "restrictedToMinimumLevel": "Error"}}]},
         "AllowedHosts": "*"}
    return "bin/Release/net8.0/publish/appsettings.Staging.json", json.dumps(d, indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------- Java
@tpl(SERVER + ["db_postgres", "db_mysql", "db_mssql"], "properties")
def t_target_props(c):
    r = c.r
    app = pick(r, ["order-service", "billing-api", "notifier", "catalog"])
    if c.sp.cls == "password":
        a, _ = conn(c, "jdbc")
        kv = ["spring.datasource.url=" + a.split("?")[0].split(";user")[0],
              "spring.datasource.username=" + c.c("user").text, "spring.datasource.password=" + c.v.text]
    else:
        kv = ["%s.%s=%s" % (c.sp.provider, c.n("kebab"), c.v.text)]
        if c.sp.key == "aws":
            kv.insert(0, "aws.access-key-id=" + c.c("akid").text)
        if c.sp.provider == "twilio":
            kv.insert(0, "twilio.account-sid=" + c.c("sid").text)
    text = lines(*(["spring.application.name=" + app, "server.port=8080"] + kv +
                   ["spring.jpa.hibernate.ddl-auto=validate", "management.endpoints.web.exposure.include=health,info"]))
    return "target/classes/application.properties", text


@tpl(SERVER + ["db_postgres", "db_mysql"], "yaml")
def t_target_yaml(c):
    r = c.r
    if c.sp.key == "sendgrid":
        block = ["  mail:", "    host: smtp.sendgrid.net", "    port: 587", "    username: apikey",
                 "    password: " + yv(c.v, r)]
    elif c.sp.cls == "password":
        a, _ = conn(c, "jdbc")
        block = ["  datasource:", "    url: " + a.split("?")[0], "    username: " + c.c("user").text,
                 "    password: " + yv(c.v, r)]
    else:
        block = ["  cloud:", "    config:", "      enabled: false"]
    tail = [] if (c.sp.key == "sendgrid" or c.sp.cls == "password") else \
        ["integrations:", "  %s:" % c.sp.provider, "    %s: %s" % (c.n("kebab"), yv(c.v, r))]
    if c.sp.key == "aws" and tail:
        tail.insert(2, "    access-key-id: " + yv(c.c("akid")))
    text = lines(*(["spring:", "  application:", "    name: " + pick(r, ["checkout", "mailer", "orders"])] + block +
                   ["server:", "  port: 8080", "  shutdown: graceful"] + tail))
    return pick(r, ["target/classes/application-prod.yml", "build/resources/main/application.yml"]), text


@tpl(SERVER, "json")
def t_spring_metadata(c):
    r = c.r
    grp = "%s.%s" % (org(r), c.sp.provider)
    d = {"groups": [{"name": grp, "type": "com.%s.config.%sProperties" % (org(r), c.sp.provider.title()),
                     "sourceType": "com.%s.config.%sProperties" % (org(r), c.sp.provider.title())}],
         "properties": [{"name": grp + ".enabled", "type": "java.lang.Boolean", "defaultValue": True},
                        {"name": grp + "." + c.n("kebab"), "type": "java.lang.String",
                         "description": "Credential used by the %s client." % c.sp.provider, "defaultValue": c.v.text}],
         "hints": []}
    return "target/classes/META-INF/spring-configuration-metadata.json", json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@tpl(["slack_hook"], "xml")
def t_logback(c):
    r = c.r
    text = lines("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<configuration>",
                 "  <include resource=\"org/springframework/boot/logging/logback/defaults.xml\"/>",
                 "  <appender name=\"SLACK\" class=\"com.github.maricn.logback.SlackAppender\">",
                 "    <webhookUri>%s</webhookUri>" % xe(c.v.text), "    <channel>#%s</channel>" % pick(r, ["alerts", "ops", "deploys"]),
                 "    <layout class=\"ch.qos.logback.classic.PatternLayout\">",
                 "      <pattern>%-4relative [%thread] %-5level %class - %msg%n</pattern>", "    </layout>", "  </appender>",
                 "  <appender name=\"ASYNC_SLACK\" class=\"ch.qos.logback.classic.AsyncAppender\">",
                 "    <appender-ref ref=\"SLACK\"/>", "    <filter class=\"ch.qos.logback.classic.filter.ThresholdFilter\">",
                 "      <level>ERROR</level>", "    </filter>", "  </appender>",
                 "  <root level=\"INFO\">", "    <appender-ref ref=\"ASYNC_SLACK\"/>", "  </root>", "</configuration>")
    return "target/classes/logback-spring.xml", text


@tpl(SERVER + ["db_postgres", "db_mysql", "db_mssql"], "properties")
def t_war_props(c):
    r = c.r
    app = pick(r, ["portal", "legacy-admin", "reports"])
    if c.sp.cls == "password":
        a, _ = conn(c, "jdbc")
        kv = ["jdbc.url=" + a.split("?")[0].split(";user")[0], "jdbc.user=" + c.c("user").text, "jdbc.password=" + c.v.text]
    else:
        kv = ["%s=%s" % (c.n("dot"), c.v.text)]
    text = lines(*(["# Generated by maven-resources-plugin (filtered)", "app.name=" + app, "app.version=" + semver(r)] + kv +
                   ["cache.ttl.seconds=300"]))
    return "target/%s-%s/WEB-INF/classes/config.properties" % (app, semver(r)), text


# ---------------------------------------------------------------- Python
def pypkg(r):
    return pick(r, ["acme_sdk", "parcelly_client", "orbit_billing", "lumen_notify", "kite_etl", "granola_api"])


def pyq(v):
    return v.text if v.expr else json.dumps(v.text, ensure_ascii=False)


@tpl(SERVER, "py")
def t_buildlib_config(c):
    r = c.r
    p = pypkg(r)
    text = lines("\"\"\"Runtime defaults for %s (copied into build/lib by setuptools).\"\"\"" % p, "import os", "",
                 "API_BASE = \"https://api.%s/v1\"" % pick(r, DOMAINS), "TIMEOUT = %d" % pick(r, [10, 15, 30]),
                 "DEFAULT_%s = %s" % (c.n("env"), pyq(c.v)), "USER_AGENT = \"%s/%s\"" % (p, semver(r)))
    return "build/lib/%s/_config.py" % p, text


@tpl(SERVER + ["db_postgres", "db_mysql"], "py")
def t_buildlib_settings(c):
    r = c.r
    p = pypkg(r)
    if c.sp.cls == "password":
        dbl = ["DATABASES = {", "    \"default\": {",
               "        \"ENGINE\": \"django.db.backends.%s\"," % ("postgresql" if c.sp.provider == "postgres" else "mysql"),
               "        \"NAME\": \"%s\"," % c.c("db").text, "        \"USER\": \"%s\"," % c.c("user").text,
               "        \"PASSWORD\": %s," % pyq(c.v), "        \"HOST\": \"%s\"," % c.c("host").text, "    }", "}"]
    else:
        dbl = ["%s = %s" % (c.n("env"), pyq(c.v))]
    text = lines(*(["from pathlib import Path", "", "BASE_DIR = Path(__file__).resolve().parent.parent", "DEBUG = False",
                    "ALLOWED_HOSTS = [\"%s\"]" % pick(r, DOMAINS), "INSTALLED_APPS = [", "    \"django.contrib.auth\",",
                    "    \"django.contrib.contenttypes\",", "    \"%s\"," % p, "]", ""] + dbl +
                   ["", "STATIC_URL = \"/static/\"", "TIME_ZONE = \"UTC\""]))
    return "build/lib/%s/settings.py" % p, text


@tpl(SERVER, "text")
def t_pkginfo(c):
    r = c.r
    p = pypkg(r)
    text = lines("Metadata-Version: 2.1", "Name: %s" % p.replace("_", "-"), "Version: %s" % semver(r),
                 "Summary: Client library for the %s API" % org(r).title(), "Author-email: dev@%s" % pick(r, DOMAINS),
                 "License: MIT", "Requires-Python: >=3.9", "Description-Content-Type: text/markdown", "",
                 "# %s" % p, "", "Quick start (the key below is the one our staging box uses):", "", "```python",
                 "import %s" % p, "", "client = %s.Client(%s)" % (p, json.dumps(c.v.text, ensure_ascii=False)),
                 "client.ping()", "```", "")
    return "%s.egg-info/PKG-INFO" % p, text


@tpl(["slack_hook"], "py")
def t_buildlib_notify(c):
    r = c.r
    p = pypkg(r)
    text = lines("import logging", "", "import requests", "", "log = logging.getLogger(__name__)", "", "",
                 "def notify(text, channel=None):", "    payload = {\"text\": text}", "    if channel:",
                 "        payload[\"channel\"] = channel",
                 "    resp = requests.post(%s, json=payload, timeout=5)" % pyq(c.v),
                 "    if resp.status_code != 200:", "        log.warning(\"slack notify failed: %s\", resp.text)")
    return "build/lib/%s/notify.py" % p, text


@tpl(["db_postgres", "db_mysql"], "py")
def t_sdist_db(c):
    r = c.r
    p = pypkg(r)
    a, b = conn(c)
    a = a.replace("postgresql://", "postgresql+psycopg2://").replace("postgres://", "postgresql+psycopg2://").replace(
        "mysql://", "mysql+pymysql://")
    url = (json.dumps(a) + " + " + c.v.text + " + " + json.dumps(b)) if c.v.expr else json.dumps(a + c.v.text + b, ensure_ascii=False)
    text = lines("from sqlalchemy import create_engine", "from sqlalchemy.orm import sessionmaker", "",
                 "engine = create_engine(%s, pool_pre_ping=True)" % url,
                 "Session = sessionmaker(bind=engine)")
    ver = semver(r)
    return "dist/%s-%s/%s/db.py" % (p, ver, p), text


# ---------------------------------------------------------------- Go ldflags
GO_SPECS = [k for k in SERVER if k != "slack_hook"] + ["slack_hook"]


@tpl(GO_SPECS, "make")
def t_makefile(c):
    r = c.r
    app = pick(r, ["acmectl", "parcel-agent", "orbit", "lumen-cli"])
    text = lines("VERSION ?= $(shell git describe --tags --always --dirty)", "COMMIT  := $(shell git rev-parse --short HEAD)",
                 "LDFLAGS := -s -w -X main.version=$(VERSION) -X main.commit=$(COMMIT) -X main.%s=%s" % (c.n("camel"), c.v.text),
                 "", ".PHONY: build", "build:", "\tCGO_ENABLED=0 go build -ldflags \"$(LDFLAGS)\" -o bin/%s ./cmd/%s" % (app, app),
                 "", "test:", "\tgo test ./...")
    return "Makefile", text


@tpl(GO_SPECS, "sh")
def t_build_sh(c):
    r = c.r
    o = org(r)
    text = lines("#!/usr/bin/env bash", "set -euo pipefail", "", "VERSION=\"$(git describe --tags --always)\"",
                 "PKG=\"github.com/%s/cli/internal/config\"" % o,
                 "LDFLAGS=\"-s -w -X ${PKG}.Version=${VERSION} -X ${PKG}.%s=%s\"" % (c.n("pascal"), c.v.text), "",
                 "for os in linux darwin windows; do", "  GOOS=$os GOARCH=amd64 go build -trimpath -ldflags \"$LDFLAGS\" -o \"dist/%s-$os-amd64\" ./cmd/%s" % (o, o),
                 "done")
    return pick(r, ["scripts/build.sh", "build/release.sh"]), text


@tpl(GO_SPECS, "yaml")
def t_goreleaser(c):
    r = c.r
    o = org(r)
    text = lines("version: 2", "project_name: %s" % o, "before:", "  hooks:", "    - go mod tidy", "builds:",
                 "  - main: ./cmd/%s" % o, "    env:", "      - CGO_ENABLED=0", "    goos: [linux, darwin]",
                 "    ldflags:", "      - -s -w -X main.version={{.Version}} -X main.commit={{.Commit}}",
                 "      - -X main.%s=%s" % (c.n("camel"), c.v.text), "archives:", "  - formats: [tar.gz]",
                 "checksum:", "  name_template: checksums.txt")
    return ".goreleaser.yaml", text


@tpl(GO_SPECS, "docker")
def t_dockerfile_go(c):
    r = c.r
    text = lines("FROM golang:1.22-alpine AS build", "WORKDIR /src", "COPY go.mod go.sum ./", "RUN go mod download",
                 "COPY . .",
                 "RUN CGO_ENABLED=0 go build -ldflags=\"-s -w -X 'main.%s=%s'\" -o /out/app ./cmd/app" % (c.n("camel"), c.v.text),
                 "", "FROM gcr.io/distroless/static-debian12", "COPY --from=build /out/app /app", "USER nonroot:nonroot",
                 "ENTRYPOINT [\"/app\"]")
    return pick(r, ["Dockerfile", "build/Dockerfile", "deploy/Dockerfile.release"]), text


# ---------------------------------------------------------------- Docker artefacts
def env_entry(c):
    if c.sp.cls == "password":
        return "DATABASE_URL=" + conn_text(c)
    return "%s=%s" % (c.n("env"), c.v.text)


def sha(r):
    return "sha256:" + hexs(r, 64)


@tpl(SERVER + URL_DBS, "json")
def t_image_inspect(c):
    r = c.r
    img = "%s/%s" % (pick(r, ["ghcr.io/" + org(r), org(r), "123456789012.dkr.ecr.eu-west-1.amazonaws.com"]),
                     pick(r, ["api", "web", "worker"]))
    envs = ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "NODE_VERSION=20.11.1",
            "YARN_VERSION=1.22.19", env_entry(c), "PORT=8080"]
    if c.sp.key == "aws":
        envs.insert(3, "AWS_ACCESS_KEY_ID=" + c.c("akid").text)
    d = [{"Id": sha(r), "RepoTags": [img + ":" + semver(r)], "RepoDigests": [img + "@" + sha(r)],
          "Created": ts(r) + ".%09dZ" % r.randint(0, 999999999), "Architecture": "amd64", "Os": "linux",
          "Config": {"Env": envs, "Cmd": ["node", "dist/server.js"], "WorkingDir": "/app",
                     "Labels": {"org.opencontainers.image.revision": hexs(r, 40),
                                "org.opencontainers.image.source": "https://github.com/%s/app" % org(r)}},
          "RootFS": {"Type": "layers", "Layers": [sha(r) for _ in range(r.randint(3, 6))]}}]
    return pick(r, ["artifacts/image-inspect.json", "ci/docker/inspect.json"]), json.dumps(d, indent=4, ensure_ascii=False) + "\n"


@tpl(SERVER + URL_DBS, "text")
def t_docker_history(c):
    r = c.r
    rows = [("<missing>", "2 weeks ago", "CMD [\"node\" \"dist/server.js\"]", "0B", "buildkit.dockerfile.v0"),
            ("<missing>", "2 weeks ago", "EXPOSE map[8080/tcp:{}]", "0B", "buildkit.dockerfile.v0"),
            ("<missing>", "2 weeks ago", "ENV " + env_entry(c), "0B", "buildkit.dockerfile.v0"),
            ("<missing>", "2 weeks ago", "COPY /app/dist ./dist # buildkit", "%.1fMB" % (r.random() * 40 + 2), "buildkit.dockerfile.v0"),
            ("<missing>", "3 weeks ago", "/bin/sh -c #(nop)  CMD [\"node\"]", "0B", ""),
            ("<missing>", "3 weeks ago", "/bin/sh -c #(nop)  ENV NODE_VERSION=20.11.1", "0B", "")]
    out = ["IMAGE          CREATED        CREATED BY                                      SIZE      COMMENT"]
    first = hexs(r, 12)
    for i, (im, cr, by, sz, cm) in enumerate(rows):
        out.append("%-14s %-14s %-47s %-9s %s" % (first if i == 0 else im, cr, by, sz, cm))
    return pick(r, ["artifacts/docker-history.txt", "ci/logs/image-history.txt"]), lines(*out)


@tpl(SERVER + URL_DBS, "json")
def t_container_inspect(c):
    r = c.r
    d = [{"Id": hexs(r, 64), "Created": ts(r) + "Z", "Path": "docker-entrypoint.sh", "Args": ["npm", "start"],
          "State": {"Status": "running", "Running": True, "Pid": r.randint(1000, 60000), "ExitCode": 0},
          "Image": sha(r), "Name": "/%s-%s-1" % (org(r), pick(r, ["api", "worker"])),
          "HostConfig": {"NetworkMode": "bridge", "RestartPolicy": {"Name": "unless-stopped", "MaximumRetryCount": 0}},
          "Config": {"Hostname": hexs(r, 12), "Env": [env_entry(c), "NODE_ENV=production", "HOME=/root"],
                     "Image": "%s/api:latest" % org(r)}}]
    return "ci/container-inspect.json", json.dumps(d, indent=4, ensure_ascii=False) + "\n"


@tpl(SERVER + URL_DBS, "json")
def t_oci_config(c):
    r = c.r
    e = env_entry(c)
    d = {"architecture": "amd64", "os": "linux", "created": ts(r) + "Z",
         "config": {"Env": ["PATH=/usr/local/bin:/usr/bin:/bin", e], "Entrypoint": ["/app"], "WorkingDir": "/"},
         "rootfs": {"type": "layers", "diff_ids": [sha(r) for _ in range(3)]},
         "history": [{"created": ts(r) + "Z", "created_by": "COPY /out/app /app # buildkit", "comment": "buildkit.dockerfile.v0"},
                     {"created": ts(r) + "Z", "created_by": "ENV " + e, "comment": "buildkit.dockerfile.v0", "empty_layer": True}]}
    return pick(r, ["build/image/config.json", "oci-layout/blobs/config.json"]), json.dumps(d, separators=(",", ":"), ensure_ascii=False) + "\n"


# ---------------------------------------------------------------- Helm
def yblock(v, indent):
    pad = " " * indent
    return "|\n" + "\n".join(pad + ln for ln in v.text.rstrip("\n").split("\n"))


@tpl(SERVER + URL_DBS + ["privkey"], "yaml")
def t_helm_values(c):
    r = c.r
    ch = pick(r, ["api", "worker", "storefront", "notifier"])
    if c.sp.cls == "pem" and c.v.multiline:
        val = yblock(c.v, 4)
    elif c.sp.cls == "password":
        val = yv(Val(conn_text(c)))
    else:
        val = yv(c.v, r)
    key = "databaseUrl" if c.sp.cls == "password" else c.n("camel")
    text = lines("replicaCount: %d" % r.randint(1, 4), "image:", "  repository: ghcr.io/%s/%s" % (org(r), ch),
                 "  tag: \"%s\"" % semver(r), "  pullPolicy: IfNotPresent", "service:", "  type: ClusterIP", "  port: 80",
                 "secrets:", "  %s: %s" % (key, val), "resources:", "  limits:", "    memory: 512Mi")
    ver = semver(r)
    return "dist/charts/%s-%s/%s/values.yaml" % (ch, ver, ch), text


@tpl(SERVER + URL_DBS, "yaml")
def t_helm_rendered(c):
    r = c.r
    ch = pick(r, ["api", "worker", "storefront"])
    if c.sp.cls == "password":
        k, v = "DATABASE_URL", Val(conn_text(c))
    else:
        k, v = c.n("env"), c.v
    text = lines("---", "# Source: %s/templates/secret.yaml" % ch, "apiVersion: v1", "kind: Secret", "metadata:",
                 "  name: %s-env" % ch, "  labels:", "    helm.sh/chart: %s-%s" % (ch, semver(r)),
                 "    app.kubernetes.io/managed-by: Helm", "type: Opaque", "stringData:",
                 "  %s: %s" % (k, json.dumps(v.text, ensure_ascii=False)), "---",
                 "# Source: %s/templates/service.yaml" % ch, "apiVersion: v1", "kind: Service", "metadata:",
                 "  name: %s" % ch, "spec:", "  ports:", "    - port: 80", "      targetPort: http")
    return pick(r, [".helm-out/%s/rendered.yaml" % ch, "manifests/rendered/%s.yaml" % ch]), text


# ---------------------------------------------------------------- CI logs
def gha_seq(r, n):
    """n increasing GitHub Actions style timestamps within one job."""
    day = "2024-%02d-%02dT" % (r.randint(1, 12), r.randint(1, 28))
    t = r.randint(0, 80000)
    out = []
    for _ in range(n):
        t += r.randint(1, 4)
        out.append("%s%02d:%02d:%02d.%07dZ" % (day, t // 3600, t // 60 % 60, t % 60, r.randint(0, 9999999)))
    return out


@tpl(HEADER, "log")
def t_gha_log(c):
    r = c.r
    url = API_URL.get(c.sp.provider, "https://api.example.com/v1")
    t = gha_seq(r, 8)
    text = lines("%s ##[group]Run ./scripts/release-notify.sh" % t[0], "%s shell: /usr/bin/bash -e {0}" % t[1],
                 "%s ##[endgroup]" % t[2], "%s + set -x" % t[3],
                 "%s + curl -sS -X POST -H 'Authorization: %s' -H 'Content-Type: application/json' %s" % (t[4], hdr_txt(c), url),
                 "%s {\"ok\":true}" % t[5], "%s + echo done" % t[6], "%s done" % t[7])
    return "ci-logs/release/%d_notify.txt" % r.randint(1, 40), text


@tpl(["npm", "gh_classic"], "log")
def t_publish_log(c):
    r = c.r
    reg = "//registry.npmjs.org/" if c.sp.provider == "npm" else "//npm.pkg.github.com/"
    text = lines("$ echo \"Preparing .npmrc\"", "Preparing .npmrc", "$ cat .npmrc",
                 "%s:_authToken=%s" % (reg, c.v.text), "always-auth=true", "$ npm publish --access public",
                 "npm notice", "npm notice package: @%s/ui@%s" % (org(r), semver(r)),
                 "npm notice shasum: %s" % hexs(r, 40), "npm notice integrity: sha512-%s" % b64bytes(r, 64)[:86] + "==",
                 "+ @%s/ui@%s" % (org(r), semver(r)))
    return pick(r, ["artifacts/logs/publish.log", "ci/job-%d.log" % r.randint(100, 9999)]), text


@tpl(["db_postgres", "db_mysql", "db_mssql"], "log")
def t_gradle_log(c):
    r = c.r
    text = lines("> Task :app:compileJava UP-TO-DATE", "> Task :app:processResources", "> Task :app:flywayMigrate",
                 "Flyway Community Edition 10.10.0 by Redgate",
                 "Database: %s" % conn_text(c, "jdbc"),
                 "Successfully validated %d migrations (execution time 00:00.041s)" % r.randint(3, 80),
                 "Current version of schema \"public\": %d" % r.randint(3, 80), "", "BUILD SUCCESSFUL in %ds" % r.randint(5, 90),
                 "%d actionable tasks: %d executed, %d up-to-date" % (9, 4, 5))
    return "build/reports/ci/flyway-migrate.log", text


@tpl(JS_FRONT, "log")
def t_webpack_log(c):
    r = c.r
    text = lines("> %s@%s build" % (org(r) + "-web", semver(r)), "> node scripts/build.js --verbose", "",
                 "[env] loaded .env.production (%d keys)" % r.randint(4, 12),
                 "[env] DefinePlugin: process.env.NODE_ENV = \"production\"",
                 "[env] DefinePlugin: process.env.%s = %s" % (c.n("env"), json.dumps(c.v.text, ensure_ascii=False)),
                 "Creating an optimized production build...", "Compiled successfully.", "",
                 "File sizes after gzip:", "", "  %.2f kB  build/static/js/main.%s.js" % (r.random() * 200 + 40, hexs(r, 8)),
                 "  %.2f kB   build/static/css/main.%s.css" % (r.random() * 20 + 2, hexs(r, 8)))
    return "build/logs/webpack-%s.log" % hexs(r, 6), text


@tpl(["npm", "gh_classic", "gh_fine"], "text")
def t_dist_npmrc(c):
    r = c.r
    if c.sp.provider == "npm":
        text = lines("registry=https://registry.npmjs.org/", "//registry.npmjs.org/:_authToken=" + c.v.text)
    else:
        text = lines("@%s:registry=https://npm.pkg.github.com" % org(r), "//npm.pkg.github.com/:_authToken=" + c.v.text)
    return pick(r, ["dist/.npmrc", "build/package/.npmrc"]), text


@tpl(HEADER, "xml")
def t_junit(c):
    r = c.r
    url = API_URL.get(c.sp.provider, "https://api.example.com/v1")
    text = lines("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                 "<testsuites name=\"jest tests\" tests=\"%d\" failures=\"1\" time=\"%.3f\">" % (r.randint(20, 300), r.random() * 60),
                 "  <testsuite name=\"integration/%s.test.ts\" tests=\"3\" failures=\"1\">" % c.sp.provider,
                 "    <testcase classname=\"integration\" name=\"sends request\" time=\"0.412\">",
                 "      <failure message=\"expected 200, got 401\">AssertionError: expected 200, got 401</failure>",
                 "      <system-out>&gt; POST %s&#10;&gt; Authorization: %s&#10;&lt; 401 Unauthorized</system-out>" % (url, xe(hdr_txt(c))),
                 "    </testcase>", "  </testsuite>", "</testsuites>")
    return pick(r, ["reports/junit.xml", "test-results/jest/results.xml"]), text


# ---------------------------------------------------------------- misc
@tpl(JS_FRONT, "js")
def t_env_config_js(c):
    r = c.r
    text = lines("window._env_ = {", "  REACT_APP_API_URL: \"https://api.%s\"," % pick(r, DOMAINS),
                 "  REACT_APP_%s: %s," % (c.n("env"), jq(c.v)), "  REACT_APP_RELEASE: \"%s\"," % semver(r), "};")
    return pick(r, ["build/env-config.js", "public/env-config.js"]), text


@tpl(JS_FRONT, "json")
def t_spa_config(c):
    r = c.r
    d = {"apiUrl": "https://api." + pick(r, DOMAINS), c.n("camel"): c.v.text,
         "features": {"darkMode": True, "betaCheckout": r.random() < 0.5}, "release": semver(r)}
    if c.sp.provider == "algolia":
        d["algoliaAppId"] = c.c("appid").text
    return pick(r, ["dist/config.json", "www/assets/config/app-config.json"]), json.dumps(d, indent=2, ensure_ascii=False) + "\n"


def public_pem(r):
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + b64bytes(r, 260)[:348]
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\nIDAQAB\n-----END PUBLIC KEY-----\n"


SPECS["privkey"].public = public_pem


@tpl(["privkey"], "pem")
def t_pem_file(c):
    r = c.r
    return pick(r, ["publish/certs/jwt-signing-key.pem", "app.asar.extracted/resources/license-signer.pem",
                    "target/classes/keys/token-signing.pem"]), c.v.text if c.v.multiline else c.v.text + "\n"


@tpl(["privkey"], "json")
def t_service_account(c):
    r = c.r
    proj = "%s-%s" % (org(r), rs(r, LOWAL, 6))
    d = {"type": "service_account", "project_id": proj, "private_key_id": hexs(r, 40), "private_key": c.v.text,
         "client_email": "firebase-adminsdk-%s@%s.iam.gserviceaccount.com" % (rs(r, LOWAL, 5), proj),
         "client_id": digits(r, 21), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
         "token_uri": "https://oauth2.googleapis.com/token",
         "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs", "universe_domain": "googleapis.com"}
    return pick(r, [".next/server/service-account.json", "dist/server/firebase-admin.json"]), json.dumps(d, indent=2) + "\n"


@tpl(SERVER, "json")
def t_build_info(c):
    r = c.r
    d = {"version": "1.0.1", "name": "%s-api" % org(r), "number": str(r.randint(100, 9999)),
         "agent": {"name": "GitHub Actions", "version": "2.316.0"}, "started": ts(r) + ".000+0000",
         "properties": {"buildInfo.env.CI": "true", "buildInfo.env.GITHUB_SHA": hexs(r, 40),
                        "buildInfo.env." + c.n("env"): c.v.text, "buildInfo.env.RUNNER_OS": "Linux"},
         "vcs": [{"revision": hexs(r, 40), "branch": "main"}]}
    return "artifacts/build-info.json", json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@tpl(JS_FRONT, "json")
def t_next_required(c):
    r = c.r
    d = {"version": 1, "config": {"env": {c.n("env"): c.v.text}, "reactStrictMode": True,
                                  "images": {"domains": ["cdn." + pick(r, DOMAINS)]}, "output": "standalone",
                                  "configFileName": "next.config.js"},
         "appDir": "/app", "relativeAppDir": "", "files": [".next/routes-manifest.json", ".next/server/pages-manifest.json",
                                                            ".next/BUILD_ID"], "ignore": ["node_modules/next/dist/compiled/@ampproject/toolbox-optimizer/**/*"]}
    return ".next/required-server-files.json", json.dumps(d, indent=2, ensure_ascii=False) + "\n"


# ================================================================ look-alike negatives
NEG = []


def neg(provider, kind):
    def deco(fn):
        NEG.append({"fn": fn, "provider": provider, "kind": kind, "name": fn.__name__})
        return fn
    return deco


def sri(r, n=48, alg="sha384"):
    return "%s-%s" % (alg, b64bytes(r, n))


@neg("webpack", "chunk_content_hashes")
def n_runtime_chunks(r):
    h = hexs(r, 8)
    m = ",".join("%d:\"%s\"" % (r.randint(10, 999), hexs(r, 8)) for _ in range(r.randint(6, 14)))
    body = ("!function(){\"use strict\";var e,t,n,r={},o={};function i(e){var t=o[e];if(void 0!==t)return t.exports;var n=o[e]={exports:{}};return r[e](n,n.exports,i),n.exports}" +
            "i.m=r,i.u=function(e){return\"static/js/\"+e+\".\"+{%s}[e]+\".chunk.js\"},i.miniCssF=function(e){return\"static/css/\"+e+\".%s.chunk.css\"}," % (m, hexs(r, 8)) +
            "i.p=\"/\"}();")
    return "build/static/js/runtime-main.%s.js" % h, body + "\n//# sourceMappingURL=runtime-main.%s.js.map\n" % h


@neg("build", "sri_integrity")
def n_index_sri(r):
    a, b, c2 = vite_hash(r), vite_hash(r), vite_hash(r)
    text = lines("<!doctype html>", "<html lang=\"en\">", "  <head>", "    <meta charset=\"UTF-8\" />",
                 "    <title>%s</title>" % org(r).title(),
                 "    <script type=\"module\" crossorigin src=\"/assets/index-%s.js\" integrity=\"%s\"></script>" % (a, sri(r)),
                 "    <link rel=\"modulepreload\" crossorigin href=\"/assets/vendor-%s.js\" integrity=\"%s\">" % (b, sri(r)),
                 "    <link rel=\"stylesheet\" crossorigin href=\"/assets/index-%s.css\" integrity=\"%s\">" % (c2, sri(r, 32, "sha256")),
                 "  </head>", "  <body>", "    <div id=\"root\"></div>", "  </body>", "</html>")
    return "dist/index.html", text


@neg("webpack", "asset_manifest")
def n_asset_manifest(r):
    h1, h2, h3 = hexs(r, 8), hexs(r, 8), hexs(r, 8)
    d = {"files": {"main.css": "/static/css/main.%s.css" % h1, "main.js": "/static/js/main.%s.js" % h2,
                   "static/js/%d.%s.chunk.js" % (r.randint(100, 999), h3): "/static/js/%d.%s.chunk.js" % (r.randint(100, 999), h3),
                   "static/media/logo.svg": "/static/media/logo.%s.svg" % hexs(r, 20), "index.html": "/index.html"},
         "entrypoints": ["static/css/main.%s.css" % h1, "static/js/main.%s.js" % h2]}
    return "build/asset-manifest.json", json.dumps(d, indent=2) + "\n"


@neg("nextjs", "build_manifest")
def n_next_build_manifest(r):
    d = {"polyfillFiles": ["static/chunks/polyfills-%s.js" % hexs(r, 16)], "devFiles": [], "ampDevFiles": [],
         "lowPriorityFiles": ["static/%s/_buildManifest.js" % rs(r, B64U[:62] + "-_", 21), "static/%s/_ssgManifest.js" % rs(r, B64U[:62] + "-_", 21)],
         "rootMainFiles": [], "pages": {"/": ["static/chunks/webpack-%s.js" % hexs(r, 16), "static/chunks/framework-%s.js" % hexs(r, 16),
                                               "static/chunks/main-%s.js" % hexs(r, 16), "static/chunks/pages/index-%s.js" % hexs(r, 16)],
                                         "/_app": ["static/chunks/pages/_app-%s.js" % hexs(r, 16)]}, "ampFirstPages": []}
    return ".next/build-manifest.json", json.dumps(d, indent=2) + "\n"


@neg("nextjs", "build_id")
def n_next_build_id(r):
    return ".next/BUILD_ID", rs(r, B64U[:62] + "-_", 21)


@neg("workbox", "precache_revisions")
def n_sw_precache(r):
    entries = ",".join("{url:%s,revision:%s}" % (json.dumps(u), json.dumps(hexs(r, 32) if r.random() < 0.7 else "null"))
                       for u in ["/index.html", "/offline.html", "/manifest.webmanifest", "/icons/icon-192.png",
                                 "/assets/index-%s.js" % vite_hash(r), "/assets/index-%s.css" % vite_hash(r)])
    body = ("define([\"./workbox-%s\"],function(e){\"use strict\";self.skipWaiting(),e.clientsClaim(),e.precacheAndRoute([%s],{})," % (hexs(r, 8), entries) +
            "e.cleanupOutdatedCaches(),e.registerRoute(new e.NavigationRoute(e.createHandlerBoundToURL(\"index.html\")))});")
    return pick(r, ["dist/sw.js", "build/service-worker.js"]), body.replace("\"null\"", "null") + "\n"


@neg("sourcemap", "vlq_mappings")
def n_sourcemap(r):
    h = vite_hash(r)
    src = "export function formatPrice(cents: number, currency = \"USD\") {\n  return new Intl.NumberFormat(\"en-US\", { style: \"currency\", currency }).format(cents / 100);\n}\n"
    return "dist/assets/utils-%s.js.map" % h, source_map(r, "utils-%s.js" % h, ["../../src/utils/price.ts"], [src]) + "\n"


@neg("build", "inline_font_data_uri")
def n_css_font(r):
    h = vite_hash(r)
    css = ("@font-face{font-family:Inter;font-style:normal;font-weight:400;font-display:swap;src:url(data:font/woff2;base64,d09GMgABAAAAA%s) format(\"woff2\")}" % b64bytes(r, 900) +
           ":root{--brand:#%s;--radius:8px}body{margin:0;font-family:Inter,system-ui,sans-serif}.btn{border-radius:var(--radius)}" % hexs(r, 6))
    return "dist/assets/index-%s.css" % h, css + "\n"


@neg("build", "inline_image_data_uri")
def n_js_image(r):
    body = (js_noise(r, 3) + "const %s=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA%s\";" % (mangled(r), b64bytes(r, 600)) +
            "const %s=\"data:image/svg+xml;base64,%s\";" % (mangled(r), base64.b64encode(
                ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\"><path d=\"M%d %dh%dv%dz\"/></svg>" % (
                    r.randint(1, 9), r.randint(1, 9), r.randint(1, 9), r.randint(1, 9))).encode()).decode()) + js_noise(r, 3))
    return "dist/assets/logo-%s.js" % vite_hash(r), body + "\n"


@neg("build", "license_banner")
def n_license(r):
    text = lines("/*!", "  Copyright (c) 2018 Jed Watson.", "  Licensed under the MIT License (MIT), see", "  http://jedwatson.github.io/classnames", "*/",
                 "", "/**", " * @license React", " * react-dom.production.min.js", " *",
                 " * Copyright (c) Facebook, Inc. and its affiliates.", " *",
                 " * This source code is licensed under the MIT license found in the", " * LICENSE file in the root directory of this source tree.", " */",
                 "", "/*! @%s/ui v%s | build %s | (c) %s */" % (org(r), semver(r), hexs(r, 7), org(r).title()))
    return "build/static/js/main.%s.js.LICENSE.txt" % hexs(r, 8), text


def firebase_cfg(r):
    proj = "%s-%s" % (org(r), rs(r, LOWAL, 5))
    pn = digits(r, 12)
    return {"apiKey": aiza(r), "authDomain": proj + ".firebaseapp.com", "projectId": proj,
            "storageBucket": proj + ".appspot.com", "messagingSenderId": pn,
            "appId": "1:%s:web:%s" % (pn, hexs(r, 22)), "measurementId": "G-" + rs(r, UPAL, 10)}


@neg("firebase", "public_web_api_key")
def n_firebase_web(r):
    cfg = firebase_cfg(r)
    obj = ",".join("%s:%s" % (k, json.dumps(v)) for k, v in cfg.items())
    body = js_noise(r, 3) + "const %s=(0,%s.ZF)({%s});" % (mangled(r), mangled(r), obj) + js_noise(r, 3)
    return pick(r, ["build/static/js/main.%s.js" % hexs(r, 8), ".next/static/chunks/pages/_app-%s.js" % hexs(r, 16)]), body + "\n"


@neg("stripe", "publishable_key")
def n_stripe_pk(r):
    body = js_noise(r, 3) + "const %s=(0,%s.J)(%s,{locale:\"auto\"});" % (mangled(r), mangled(r), json.dumps(_pk_live(r))) + js_noise(r, 2)
    return "dist/assets/checkout-%s.js" % vite_hash(r), body + "\n"


@neg("sentry", "public_dsn")
def n_sentry(r):
    dsn = "https://%s@o%s.ingest%s.sentry.io/%s" % (hexs(r, 32), digits(r, 6), pick(r, ["", ".us", ".de"]), digits(r, 7))
    body = (js_noise(r, 2) + "%s.init({dsn:%s,release:%s,environment:\"production\",tracesSampleRate:.1,integrations:[%s.browserTracingIntegration()]});" %
            (mangled(r), json.dumps(dsn), json.dumps("%s-web@%s" % (org(r), hexs(r, 40))), mangled(r)) + js_noise(r, 2))
    return pick(r, ["build/static/js/main.%s.js" % hexs(r, 8), "dist/%s/browser/main-%s.js" % (org(r), rs(r, UPAL, 8))]), body + "\n"


@neg("mapbox", "public_token")
def n_mapbox_pk(r):
    body = js_noise(r, 2) + "%s.accessToken=%s;const %s=new %s.Map({container:\"map\",style:\"mapbox://styles/mapbox/streets-v12\",center:[%.4f,%.4f],zoom:11});" % (
        mangled(r), json.dumps(_mapbox_pk(r)), mangled(r), mangled(r), r.uniform(-120, 20), r.uniform(30, 55)) + js_noise(r, 2)
    return "public/js/map.%s.js" % hexs(r, 8), body + "\n"


@neg("algolia", "search_only_key")
def n_algolia(r):
    body = js_noise(r, 2) + "const %s=%s(%s,%s),%s=%s.initIndex(\"products_prod\");" % (
        mangled(r), mangled(r), json.dumps(rs(r, UPAL, 10)), json.dumps(hexs(r, 32)), mangled(r), mangled(r)) + \
        "/* search-only key, safe for the browser */" + js_noise(r, 2)
    return "public/component---src-pages-search-js-%s.js" % hexs(r, 20), body + "\n"


@neg("recaptcha", "site_key")
def n_recaptcha(r):
    key = pick(r, ["6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI", "6L" + rs(r, pick(r, ["c", "d", "e", "f"]), 1) + rs(r, B64U[:62] + "-_", 37)])
    text = lines("<!DOCTYPE html>", "<html><head><script src=\"https://www.google.com/recaptcha/api.js\" async defer></script></head>",
                 "<body>", "<form action=\"/contact\" method=\"POST\">", "  <input name=\"email\" type=\"email\">",
                 "  <div class=\"g-recaptcha\" data-sitekey=\"%s\"></div>" % key, "  <button>Send</button>", "</form>", "</body></html>")
    return pick(r, ["public/contact.html", "dist/contact/index.html"]), text


@neg("firebase", "google_services_json")
def n_google_services(r):
    pn = digits(r, 12)
    proj = "%s-%s" % (org(r), rs(r, LOWAL, 5))
    p = app_pkg(r)
    d = {"project_info": {"project_number": pn, "project_id": proj, "storage_bucket": proj + ".appspot.com"},
         "client": [{"client_info": {"mobilesdk_app_id": "1:%s:android:%s" % (pn, hexs(r, 16)), "android_client_info": {"package_name": p}},
                     "oauth_client": [{"client_id": "%s-%s.apps.googleusercontent.com" % (pn, rs(r, LOWAL, 32)), "client_type": 3}],
                     "api_key": [{"current_key": aiza(r)}],
                     "services": {"appinvite_service": {"other_platform_oauth_client": []}}}],
         "configuration_version": "1"}
    return "app/google-services.json", json.dumps(d, indent=2) + "\n"


@neg("firebase", "google_service_info_plist")
def n_gsi_plist(r):
    pn = digits(r, 12)
    proj = "%s-%s" % (org(r), rs(r, LOWAL, 5))
    cid = rs(r, LOWAL, 32)
    kv = [("CLIENT_ID", "%s-%s.apps.googleusercontent.com" % (pn, cid)), ("REVERSED_CLIENT_ID", "com.googleusercontent.apps.%s-%s" % (pn, cid)),
          ("API_KEY", aiza(r)), ("GCM_SENDER_ID", pn), ("PLIST_VERSION", "1"), ("BUNDLE_ID", app_pkg(r)),
          ("PROJECT_ID", proj), ("STORAGE_BUCKET", proj + ".appspot.com"), ("GOOGLE_APP_ID", "1:%s:ios:%s" % (pn, hexs(r, 22)))]
    body = []
    for k, v in kv:
        body += ["\t<key>%s</key>" % k, "\t<string>%s</string>" % v]
    return "build/Build/Products/Release-iphoneos/App.app/GoogleService-Info.plist", lines(*(plist_head() + body + ["</dict>", "</plist>"]))


@neg("android", "resource_ids")
def n_rtxt(r):
    out = []
    base = 0x7f010000
    for typ, names in [("anim", ["fade_in", "slide_up"]), ("color", ["colorPrimary", "black", "white"]),
                       ("drawable", ["ic_launcher_background", "ic_cart"]), ("id", ["toolbar", "recycler", "btn_checkout"]),
                       ("string", ["app_name", "api_key_hint", "secret_question_label", "token_expired"])]:
        base += 0x10000
        for i, n in enumerate(names):
            out.append("int %s %s 0x%08x" % (typ, n, base + i))
    return "app/build/intermediates/runtime_symbol_list/release/R.txt", lines(*out)


@neg("android", "buildconfig_no_secret")
def n_buildconfig(r):
    p = app_pkg(r)
    text = lines("/**", " * Automatically generated file. DO NOT MODIFY", " */", "package %s;" % p, "",
                 "public final class BuildConfig {", "  public static final boolean DEBUG = false;",
                 "  public static final String APPLICATION_ID = \"%s\";" % p, "  public static final String BUILD_TYPE = \"release\";",
                 "  public static final int VERSION_CODE = %d;" % r.randint(10, 900), "  public static final String VERSION_NAME = \"%s\";" % semver(r),
                 "  // Field from default config.", "  public static final String GIT_SHA = \"%s\";" % hexs(r, 40),
                 "  public static final String BUILD_UUID = \"%s\";" % uuid4(r), "  public static final long BUILD_TIME = %dL;" % r.randint(1600000000000, 1750000000000),
                 "  public static final String API_KEY_HEADER = \"X-Api-Key\";", "}")
    return "app/build/generated/source/buildConfig/release/%s/BuildConfig.java" % pkg_path(p), text


@neg("android", "output_metadata")
def n_output_metadata(r):
    p = app_pkg(r)
    d = {"version": 3, "artifactType": {"type": "APK", "kind": "Directory"}, "applicationId": p, "variantName": "release",
         "elements": [{"type": "SINGLE", "filters": [], "attributes": [], "versionCode": r.randint(10, 900),
                       "versionName": semver(r), "outputFile": "app-release.apk"}], "elementType": "File",
         "baselineProfiles": [{"minApi": 28, "maxApi": 30, "baselineProfiles": ["baselineProfiles/1/app-release.dm"]}]}
    return "app/build/outputs/apk/release/output-metadata.json", json.dumps(d, indent=2) + "\n"


def colonhex(r, n):
    return ":".join(hexs(r, 2).upper() for _ in range(n))


@neg("android", "signing_fingerprints")
def n_signing_report(r):
    text = lines("> Task :app:signingReport", "Variant: release", "Config: release",
                 "Store: /home/runner/work/app/keystore/upload.jks", "Alias: upload", "MD5: " + colonhex(r, 16),
                 "SHA1: " + colonhex(r, 20), "SHA-256: " + colonhex(r, 32), "Valid until: Friday, %d March 2049" % r.randint(1, 28),
                 "----------", "", "BUILD SUCCESSFUL in %ds" % r.randint(2, 30))
    return "ci/logs/signing-report.txt", text


@neg("docker", "image_digests")
def n_image_inspect(r):
    img = "ghcr.io/%s/%s" % (org(r), pick(r, ["api", "web"]))
    d = [{"Id": sha(r), "RepoTags": [img + ":" + semver(r)], "RepoDigests": [img + "@" + sha(r)], "Created": ts(r) + "Z",
          "Config": {"Env": ["PATH=/usr/local/bin:/usr/bin:/bin", "NODE_ENV=production", "NPM_CONFIG_LOGLEVEL=warn",
                             "STRIPE_SECRET_KEY_FILE=/run/secrets/stripe_secret_key", "BUILD_SHA=" + hexs(r, 40)],
                     "Labels": {"org.opencontainers.image.revision": hexs(r, 40)}},
          "RootFS": {"Type": "layers", "Layers": [sha(r) for _ in range(4)]}}]
    return "artifacts/image-inspect.json", json.dumps(d, indent=4) + "\n"


@neg("docker", "history_no_secret")
def n_docker_history(r):
    out = ["IMAGE          CREATED        CREATED BY                                      SIZE      COMMENT",
           "%-14s %-14s %-47s %-9s %s" % (hexs(r, 12), "5 days ago", "CMD [\"./server\"]", "0B", "buildkit.dockerfile.v0"),
           "%-14s %-14s %-47s %-9s %s" % ("<missing>", "5 days ago", "ARG GIT_SHA=%s" % hexs(r, 40), "0B", "buildkit.dockerfile.v0"),
           "%-14s %-14s %-47s %-9s %s" % ("<missing>", "5 days ago", "RUN --mount=type=secret,id=npm_token npm ci # buildkit", "81.2MB", "buildkit.dockerfile.v0"),
           "%-14s %-14s %-47s %-9s %s" % ("<missing>", "6 days ago", "ENV API_KEY_FILE=/run/secrets/api_key", "0B", "buildkit.dockerfile.v0")]
    return "artifacts/docker-history.txt", lines(*out)


@neg("helm", "chart_digests")
def n_chart_lock(r):
    text = lines("dependencies:", "- name: postgresql", "  repository: oci://registry-1.docker.io/bitnamicharts", "  version: 15.5.%d" % r.randint(0, 20),
                 "- name: redis", "  repository: oci://registry-1.docker.io/bitnamicharts", "  version: 19.6.%d" % r.randint(0, 9),
                 "digest: sha256:%s" % hexs(r, 64), "generated: \"%s.%06d+00:00\"" % (ts(r), r.randint(0, 999999)))
    return "dist/charts/%s-%s/%s/Chart.lock" % (org(r), semver(r), org(r)), text


@neg("npm", "lockfile_integrity")
def n_package_lock(r):
    pk = {}
    for name in pick(r, [["react", "react-dom", "scheduler"], ["axios", "follow-redirects", "form-data"], ["lodash", "uuid", "ms"]]):
        v = semver(r)
        pk["node_modules/" + name] = {"version": v, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name, v),
                                      "integrity": "sha512-" + b64bytes(r, 64), "license": "MIT"}
    d = {"name": org(r) + "-web", "version": semver(r), "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", json.dumps(d, indent=2) + "\n"


@neg("yarn", "lockfile_checksums")
def n_yarn_lock(r):
    out = ["# This file is generated by running \"yarn install\" inside your project.", "# Manual changes might be lost - proceed with caution!", "",
           "__metadata:", "  version: 8", "  cacheKey: 10c0", ""]
    for name in ["picocolors", "nanoid", "postcss"]:
        v = semver(r)
        out += ["\"%s@npm:^%s\":" % (name, v), "  version: %s" % v, "  resolution: \"%s@npm:%s\"" % (name, v),
                "  checksum: 10c0/%s" % hexs(r, 128), "  languageName: node", "  linkType: hard", ""]
    return "yarn.lock", lines(*out)


@neg("dotnet", "deps_json_hashes")
def n_deps_json(r):
    libs = {}
    for n in ["Microsoft.Extensions.Logging/8.0.0", "Stripe.net/44.%d.0" % r.randint(0, 9), "Serilog/3.1.1"]:
        libs[n] = {"type": "package", "serviceable": True, "sha512": "sha512-" + b64bytes(r, 64),
                   "path": n.lower(), "hashPath": n.lower().replace("/", ".") + ".nupkg.sha512"}
    d = {"runtimeTarget": {"name": ".NETCoreApp,Version=v8.0", "signature": ""}, "compilationOptions": {}, "libraries": libs}
    return "publish/%s.Api.deps.json" % org(r).title(), json.dumps(d, indent=2) + "\n"


@neg("python", "wheel_record_hashes")
def n_record(r):
    p = pypkg(r)
    v = semver(r)
    out = []
    for f in ["__init__.py", "_config.py", "client.py", "py.typed"]:
        out.append("%s/%s,sha256=%s,%d" % (p, f, b64bytes(r, 32, urlsafe=True, pad=False), r.randint(0, 9000)))
    out += ["%s-%s.dist-info/METADATA,sha256=%s,%d" % (p, v, b64bytes(r, 32, urlsafe=True, pad=False), r.randint(500, 9000)),
            "%s-%s.dist-info/RECORD,," % (p, v)]
    return "build/bdist.linux-x86_64/wheel/%s-%s.dist-info/RECORD" % (p, v), lines(*out)


@neg("go", "go_sum_hashes")
def n_go_sum(r):
    out = []
    for m in ["github.com/spf13/cobra v1.8.0", "golang.org/x/sys v0.19.0", "github.com/stripe/stripe-go/v76 v76.%d.0" % r.randint(0, 25)]:
        out.append("%s h1:%s" % (m, b64bytes(r, 32)))
        out.append("%s/go.mod h1:%s" % (m, b64bytes(r, 32)))
    return "go.sum", lines(*out)


@neg("ci", "masked_log")
def n_masked_log(r):
    t = gha_seq(r, 9)
    text = lines("%s ##[group]Run docker/login-action@v3" % t[0], "%s with:" % t[1], "%s   registry: ghcr.io" % t[2],
                 "%s   username: %s-bot" % (t[3], org(r)), "%s   password: ***" % t[4], "%s ##[endgroup]" % t[5],
                 "%s Login Succeeded!" % t[6], "%s Cache restored from key: node-cache-Linux-x64-npm-%s" % (t[7], hexs(r, 64)),
                 "%s HEAD is now at %s Merge pull request #%d" % (t[8], hexs(r, 7), r.randint(100, 4000)))
    return "ci-logs/build/%d_login.txt" % r.randint(1, 30), text


@neg("maven", "git_properties")
def n_git_props(r):
    sha1 = hexs(r, 40)
    text = lines("#Generated by Git-Commit-Id-Plugin", "git.branch=main", "git.build.time=%s+0000" % ts(r),
                 "git.build.version=%s" % semver(r), "git.commit.id=%s" % sha1, "git.commit.id.abbrev=%s" % sha1[:7],
                 "git.commit.message.short=Bump stripe-java", "git.commit.user.email=ci@%s" % pick(r, DOMAINS), "git.dirty=false")
    return "target/classes/git.properties", text


@neg("webpack", "stats_json")
def n_stats(r):
    d = {"hash": hexs(r, 20), "version": "5.91.0", "time": r.randint(2000, 90000), "publicPath": "/",
         "assetsByChunkName": {"main": ["main.%s.js" % hexs(r, 8)], "vendors": ["vendors.%s.js" % hexs(r, 8)]},
         "chunks": [{"id": r.randint(1, 999), "hash": hexs(r, 20), "names": ["main"], "files": ["main.%s.js" % hexs(r, 8)]}],
         "modules": [{"id": r.randint(1000, 99999), "name": "./src/config.js", "size": r.randint(100, 900)},
                     {"id": r.randint(1000, 99999), "name": "./node_modules/axios/index.js", "size": r.randint(100, 900)}]}
    return "build/stats.json", json.dumps(d, indent=2) + "\n"


@neg("electron", "updater_sha512")
def n_latest_yml(r):
    v = semver(r)
    s = b64bytes(r, 64)
    text = lines("version: %s" % v, "files:", "  - url: %s-Setup-%s.exe" % (org(r).title(), v), "    sha512: %s" % s,
                 "    size: %d" % r.randint(60000000, 120000000), "path: %s-Setup-%s.exe" % (org(r).title(), v), "sha512: %s" % s,
                 "releaseDate: '%s.%03dZ'" % (ts(r), r.randint(0, 999)))
    return "dist/latest.yml", text


@neg("crypto", "public_key_pem")
def n_public_pem(r):
    return pick(r, ["dist/keys/update-public.pem", "app.asar.extracted/resources/license-public.pem"]), public_pem(r)


@neg("crypto", "jwks_public")
def n_jwks(r):
    d = {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": hexs(r, 16),
                   "n": b64bytes(r, 256, urlsafe=True, pad=False), "e": "AQAB"}]}
    return pick(r, ["public/.well-known/jwks.json", "dist/.well-known/jwks.json"]), json.dumps(d, indent=2) + "\n"


@neg("ssh", "public_key")
def n_authorized_keys(r):
    out = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s deploy@%s" % (b64bytes(r, 32)[:43], org(r)),
           "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ%s ci@runner" % b64bytes(r, 380)[:510]]
    return "deploy/ansible/files/authorized_keys", lines(*out)


@neg("build", "encoded_innocent_json")
def n_atob(r):
    cfg = json.dumps({"theme": "dark", "locale": pick(r, ["en-US", "de-DE", "fr-FR"]), "flags": {"newNav": True},
                      "build": hexs(r, 12)}, separators=(",", ":"))
    body = js_noise(r, 3) + "const %s=JSON.parse(atob(%s));" % (mangled(r), json.dumps(base64.b64encode(cfg.encode()).decode())) + js_noise(r, 3)
    return "dist/assets/bootstrap-%s.js" % vite_hash(r), body + "\n"


@neg("sourcemap", "debug_ids")
def n_debugid(r):
    did = uuid4(r)
    body = js_noise(r, 4) + "!function(){try{var e=\"undefined\"!=typeof window?window:{};e._sentryDebugIds=e._sentryDebugIds||{},e._sentryDebugIds[(new e.Error).stack]=\"%s\"}catch(e){}}();" % did
    return ".next/static/chunks/%d-%s.js" % (r.randint(100, 999), hexs(r, 16)), body + "\n//# debugId=%s\n" % did


@neg("nuxt", "build_meta")
def n_nuxt_meta(r):
    u = uuid4(r)
    d = {"id": u, "timestamp": r.randint(1700000000000, 1750000000000), "matcher": {"static": {}, "wildcard": {}, "dynamic": {}},
         "prerendered": ["/", "/about"]}
    return ".output/public/_nuxt/builds/meta/%s.json" % u, json.dumps(d, separators=(",", ":")) + "\n"


@neg("aws", "cdk_asset_hashes")
def n_cdk(r):
    h1, h2 = hexs(r, 64), hexs(r, 64)
    acct = digits(r, 12)
    d = {"version": "36.0.0", "files": {h1: {"source": {"path": "asset.%s" % h1, "packaging": "zip"},
                                             "destinations": {"%s-eu-west-1" % acct: {"bucketName": "cdk-hnb659fds-assets-%s-eu-west-1" % acct,
                                                                                      "objectKey": "%s.zip" % h1}}}},
         "dockerImages": {h2: {"source": {"directory": "asset.%s" % h2}}}}
    return "cdk.out/%sStack.assets.json" % org(r).title(), json.dumps(d, indent=2) + "\n"


@neg("terraform", "provider_lock_hashes")
def n_tf_lock(r):
    text = lines("# This file is maintained automatically by \"terraform init\".", "# Manual edits may be lost in future updates.", "",
                 "provider \"registry.terraform.io/hashicorp/aws\" {", "  version     = \"5.%d.0\"" % r.randint(10, 60),
                 "  constraints = \"~> 5.0\"", "  hashes = [", "    \"h1:%s\"," % b64bytes(r, 32),
                 "    \"zh:%s\"," % hexs(r, 64), "    \"zh:%s\"," % hexs(r, 64), "  ]", "}")
    return "infra/.terraform.lock.hcl", text


@neg("webhooks", "request_signatures_in_log")
def n_sig_log(r):
    text = lines("%s INFO  webhook received path=/hooks/github delivery=%s" % (ts(r), uuid4(r)),
                 "%s DEBUG X-Hub-Signature-256: sha256=%s" % (ts(r), hexs(r, 64)),
                 "%s INFO  webhook received path=/hooks/stripe id=evt_%s" % (ts(r), b62(r, 24)),
                 "%s DEBUG Stripe-Signature: t=%d,v1=%s" % (ts(r), r.randint(1700000000, 1750000000), hexs(r, 64)),
                 "%s INFO  signature ok, enqueued job %s" % (ts(r), uuid4(r)))
    return pick(r, ["artifacts/logs/webhooks.log", "ci/e2e/webhook-server.log"]), text


@neg("ios", "pinned_public_key_hashes")
def n_pinned(r):
    dom = pick(r, DOMAINS)
    text = lines(*(plist_head() + ["\t<key>NSAppTransportSecurity</key>", "\t<dict>", "\t\t<key>NSPinnedDomains</key>", "\t\t<dict>",
                                   "\t\t\t<key>api.%s</key>" % dom, "\t\t\t<dict>", "\t\t\t\t<key>NSPinnedLeafIdentities</key>", "\t\t\t\t<array>",
                                   "\t\t\t\t\t<dict>", "\t\t\t\t\t\t<key>SPKI-SHA256-BASE64</key>", "\t\t\t\t\t\t<string>%s</string>" % b64bytes(r, 32),
                                   "\t\t\t\t\t</dict>", "\t\t\t\t</array>", "\t\t\t</dict>", "\t\t</dict>", "\t</dict>", "</dict>", "</plist>"]))
    return "build/Build/Products/Release-iphoneos/App.app/Info.plist", text


@neg("android", "proguard_mapping")
def n_mapping(r):
    p = app_pkg(r)
    out = ["# compiler: R8", "# compiler_version: 8.3.37", "# min_api: 24", "# pg_map_id: %s" % hexs(r, 7),
           "# pg_map_hash: SHA-256 %s" % hexs(r, 64)]
    for cls in ["network.ApiClient", "config.Secrets", "ui.CheckoutActivity"]:
        out.append("%s.%s -> %s.%s:" % (p, cls, mangled(r).lower(), mangled(r).lower()))
        out.append("    java.lang.String apiKeyHeader -> a")
        out.append("    %d:%d:void sign(okhttp3.Request):%d:%d -> b" % (1, 4, 20, 23))
    return "app/build/outputs/mapping/release/mapping.txt", lines(*out)


@neg("docs", "documented_examples")
def n_docs_examples(r):
    text = lines("# Shipping builds without secrets", "",
                 "Never let the bundler inline server credentials. A leaked AWS pair in a bundle looks like the",
                 "documentation example below - use it as the shape to grep for, not as a value:", "", "```",
                 "aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiC+EXAMPLEKEY", "```", "",
                 "Slack's docs show webhooks as `https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`.",
                 "Stripe test calls in our docs use `sk_test_4eC39HqLyjWDarjtT1zdp7dc`, the key from Stripe's API reference.", "",
                 "For reCAPTCHA in CI use Google's test pair (site `6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI`,",
                 "secret `6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe`); they always pass verification.")
    return pick(r, ["docs/build-output.md", "docs/security/bundles.md"]), text


@neg("config", "env_example_placeholders")
def n_env_example(r):
    text = lines("# Copy to .env.production and fill in; never commit the real file.", "NODE_ENV=production",
                 "STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "STRIPE_WEBHOOK_SECRET=whsec_...",
                 "SENDGRID_API_KEY=SG.your-key-here", "OPENAI_API_KEY=", "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ",
                 "DATABASE_URL=postgres://app:<password>@localhost:5432/app", "GITHUB_TOKEN=<personal-access-token>")
    return pick(r, [".env.example", "deploy/.env.sample", "config/env.template"]), text


@neg("build", "crypto_constants")
def n_crypto_consts(r):
    k = ",".join("0x" + hexs(r, 8) for _ in range(16))
    body = (js_noise(r, 2) + "var %s=[%s];" % (mangled(r), k) +
            "const %s=\"6ba7b810-9dad-11d1-80b4-00c04fd430c8\",%s=\"6ba7b811-9dad-11d1-80b4-00c04fd430c8\";" % (mangled(r), mangled(r)) +
            "var %s=\"%s\";" % (mangled(r), hexs(r, 64)) + js_noise(r, 2))
    return "dist/assets/vendor-%s.js" % vite_hash(r), body + "\n"


@neg("azure", "appinsights_and_keyvault_refs")
def n_appsettings_refs(r):
    d = {"ApplicationInsights": {"ConnectionString": "InstrumentationKey=%s;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/;LiveEndpoint=https://westeurope.livediagnostics.monitor.azure.com/;ApplicationId=%s" % (uuid4(r), uuid4(r))},
         "Stripe": {"SecretKey": "@Microsoft.KeyVault(SecretUri=https://%s-kv.vault.azure.net/secrets/StripeSecretKey/)" % org(r),
                    "PublishableKey": _pk_live(r)},
         "ConnectionStrings": {"Default": "Server=tcp:%s,1433;Database=app;Authentication=Active Directory Managed Identity;" % pick(r, DB_HOSTS)}}
    return "publish/appsettings.Production.json", json.dumps(d, indent=2) + "\n"


@neg("build", "minified_mangled_only")
def n_minified_plain(r):
    body = "\"use strict\";(self.webpackChunkapp=self.webpackChunkapp||[]).push([[%d],{%d:(e,t,n)=>{" % (r.randint(1, 999), r.randint(1000, 99999)) + js_noise(r, 10) + "}}]);"
    return "build/static/js/%d.%s.chunk.js" % (r.randint(1, 999), hexs(r, 8)), body + "\n"


@neg("build", "i18n_and_uuids")
def n_uuid_cfg(r):
    d = {"appId": uuid4(r), "tenantId": uuid4(r), "instanceId": uuid4(r), "clientId": uuid4(r),
         "messages": {"en": {"apiKeyLabel": "API key", "tokenExpired": "Your session token expired"}},
         "buildHash": hexs(r, 40)}
    return pick(r, ["dist/assets/app-config.json", "build/runtime-config.json"]), json.dumps(d, indent=2) + "\n"


@neg("twilio", "account_sid_only")
def n_twilio_sid(r):
    text = lines("twilio:", "  account-sid: AC%s" % hexs(r, 32), "  auth-token: ${TWILIO_AUTH_TOKEN}",
                 "  messaging-service-sid: MG%s" % hexs(r, 32), "  from-number: \"+1555%07d\"" % r.randint(0, 9999999))
    return "target/classes/application-twilio.yml", text


# ================================================================ driver
# Self-consistency check for negatives: the shapes this generator itself produces
# for positives must never leak into a negative file.
_POS_SHAPES = [re.compile(p) for p in [
    r"\b[sr]k_live_[A-Za-z0-9]{20,}", r"\bwhsec_[A-Za-z0-9]{24,}", r"\bxox[bpa]-[0-9]{6,}", r"\bxapp-1-A[A-Z0-9]{6}",
    r"\bgh[pousr]_[A-Za-z0-9]{36}\b", r"\bgithub_pat_[A-Za-z0-9]{20}_", r"\bSG\.[\w-]{22}\.[\w-]{43}",
    r"\bnpm_[A-Za-z0-9]{36}\b", r"T3BlbkFJ", r"hooks\.slack\.com/services/T[A-Z0-9]{8,}/B[A-Z0-9]{8,}/[A-Za-z0-9]{24}",
    r"BEGIN PRIVATE KEY-----\s*MII", r"GOCSPX-[\w-]{20}", r"APA91b[\w-]{50}", r"\bsk\.eyJ[\w-]{20,}",
    r"\bkey-[0-9a-f]{32}\b", r"\bA[KS]IA[A-Z2-7]{16}\b"]]
_DOC_OK = ["AKIAIOSFODNN7EXAMPLE", "T00000000/B00000000"]


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith("Dockerfile"):
        return "dockerfile"
    if base == "Makefile":
        return "makefile"
    if base.startswith(".env"):
        return "env"
    if base.startswith(".") and base.count(".") == 1:
        return base[1:]
    if "." not in base:
        return base.lower()
    return base.rsplit(".", 1)[1].lower()


def is_env_file(path):
    base = path.rsplit("/", 1)[-1]
    return base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample", ".env.template"))


def line_of(text, needle):
    i = text.find(needle)
    assert i >= 0, "needle not in text"
    ln = text.count("\n", 0, i) + 1
    assert needle in text.split("\n")[ln - 1], "needle not on computed line"
    return ln


def pick_spec(r, keys):
    """Pick a provider uniformly among those the template accepts, then one of its kinds."""
    provs = []
    for k in keys:
        if SPECS[k].provider not in provs:
            provs.append(SPECS[k].provider)
    p = pick(r, provs)
    return SPECS[pick(r, [k for k in keys if SPECS[k].provider == p])]


def make_positive(r, t):
    sp = pick_spec(r, t["specs"])
    sec = sp.gen(r)
    val = Val(sec.value, comp={k: Val(v) for k, v in sec.comp.items()}, multiline=("\n" in sec.value))
    ctx = Ctx(r, sp, val, r.random() < 0.5, "pos")
    path, text = t["fn"](ctx)
    return sp, sec.needle, path, text


def make_negative_reuse(r, t):
    sp = pick_spec(r, t["specs"])
    val, fk = filler(r, sp, t["lang"])
    val.comp = fill_comp(r, sp, val.comp)
    ctx = Ctx(r, sp, val, r.random() < 0.5, "neg")
    path, text = t["fn"](ctx)
    return sp.provider, "%s:%s" % (sp.kind, fk), path, text


def check_negative(path, text):
    assert not is_env_file(path), path
    t = text
    for ok in _DOC_OK:
        t = t.replace(ok, "")
    for rx in _POS_SHAPES:
        for m in rx.finditer(t):
            tail = m.group(0)[-16:]
            # repeated-character placeholders (sk_live_xxxx...) are fine
            assert len(set(tail)) < 6, "negative %s contains a positive-shaped value %r" % (path, m.group(0))


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def plan(r, items, n, allow=lambda it, counts: True):
    order = list(range(len(items)))
    r.shuffle(order)
    out, counts = [], {}
    while len(out) < n:
        if order:
            i = order.pop()
        else:
            i = r.randrange(len(items))
        if not allow(items[i], counts):
            continue
        counts[items[i]["name"]] = counts.get(items[i]["name"], 0) + 1
        counts["__env"] = counts.get("__env", 0) + (1 if items[i].get("envfile") else 0)
        out.append(i)
    r.shuffle(out)
    return out


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: python3 -B gen_hz.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    import shutil
    for sub in ("pos", "neg"):
        if os.path.isdir(os.path.join(outdir, sub)):
            shutil.rmtree(os.path.join(outdir, sub))
    os.makedirs(outdir, exist_ok=True)
    assert len(POS) >= 60 and len(NEG) + len([t for t in POS if not t["envfile"]]) >= 60

    max_env = N_POS // 20 - 5
    pos_plan = plan(r, POS, N_POS, lambda it, cnt: not (it["envfile"] and cnt.get("__env", 0) >= max_env))
    manifest, secrets = [], []
    for i, ti in enumerate(pos_plan):
        t = POS[ti]
        sp, needle, path, text = make_positive(r, t)
        rel = "pos/p%04d/%s" % (i, path)
        ln = line_of(text, needle)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": sp.provider, "kind": sp.kind, "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": ln})

    reuse = [t for t in POS if not t["envfile"]]
    n_reuse = N_NEG // 2
    jobs = [("reuse", i) for i in plan(r, reuse, n_reuse)] + [("look", i) for i in plan(r, NEG, N_NEG - n_reuse)]
    r.shuffle(jobs)
    for i, (kind, ti) in enumerate(jobs):
        if kind == "reuse":
            prov, k, path, text = make_negative_reuse(r, reuse[ti])
        else:
            t = NEG[ti]
            path, text = t["fn"](r)
            prov, k = t["provider"], "lookalike:" + t["kind"]
        check_negative(path, text)
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": k, "filetype": filetype(path)})

    # verify what was written
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8", newline="") as f:
            body = f.read()
        assert line_of(body, s["needle"]) == s["line"], s["file"]
    env_pos = sum(1 for m in manifest if m["label"] == "pos" and is_env_file(m["file"]))
    assert env_pos * 20 <= N_POS, env_pos
    assert sum(1 for m in manifest if m["label"] == "pos") == N_POS
    assert sum(1 for m in manifest if m["label"] == "neg") == N_NEG

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
