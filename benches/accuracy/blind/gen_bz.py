#!/usr/bin/env python3
"""Blind evaluation-set generator "bz" for the keyhook secret scanner.

EMPHASIS
  Feature-flag, experimentation, remote-config and error/crash-reporting SDK
  keys, where server-side secrets sit beside client-side keys that the
  vendors document as safe to ship.  Positives: LaunchDarkly server SDK keys
  (sdk-<uuid>) and API access tokens (api-<uuid>); Split server-side SDK and
  Admin API keys; Statsig server secret keys (secret-...) and console keys
  (console-...); Optimizely personal access tokens; Unleash backend/admin
  tokens and the Unleash database password; Flagsmith server-side
  environment keys (ser.<...>); GrowthBook secret API keys; ConfigCat SDK
  keys (server-side use); PostHog personal API keys (phx_); Sentry org auth
  tokens (sntrys_), user auth tokens (sntryu_) and a self-hosted Sentry
  system secret key; Bugsnag personal auth tokens (Data Access API);
  Rollbar post_server_item / read-write tokens; Honeybadger project API keys
  (hbp_) in server config; Raygun personal access tokens; Datadog API and
  application keys; Amplitude secret keys; Segment write keys of server-side
  sources and Segment Public API tokens (sgp_); Firebase (Remote Config /
  Admin SDK) service-account private keys.
  File types: Python, Node/TS, Go, Java, Kotlin, Swift, C#, Ruby, PHP code,
  .env files, YAML/JSON/TOML/INI/properties, Kubernetes manifests, Helm
  values, docker-compose, Terraform (launchdarkly / sentry providers),
  GitHub/GitLab/CircleCI workflows, sentry.properties, .sentryclirc,
  Dockerfile, Makefile, shell, Markdown, HTML, XML, plist.

USAGE
  python3 gen_bz.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
  OUTDIR/neg/nNNNN/<relpath> (500 files, no credential),
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Deterministic per SEED
  (all randomness from random.Random(SEED)); standard library only.

NEEDLE CONVENTIONS
  The needle is the secret exactly as written in the file: the whole token
  including its documented prefix (sdk-, api-, secret-, console-, ser.,
  phx_, sntrys_, sntryu_, hbp_, sgp_, 2:, Unleash "<project>:<env>.<hex>").
  For id/secret pairs (Amplitude API key + secret key, PostHog phc_ +
  phx_, LaunchDarkly client-side id + SDK key, Sentry DSN + auth token) the
  needle is only the secret half.  For passwords inside URLs the needle is
  the password only.  For Firebase service accounts the needle is the whole
  "private_key" value as written (PEM with literal \\n escapes, one line).
  "line" is the 1-based line of the needle's first occurrence.
  manifest.jsonl also carries "template" and, for positives, "naming"
  ("obvious" = provider-named variable; "less_obvious" = neutral name,
  positional argument, inline header value or credential inside a URL).

NEGATIVES
  About half re-use the positive templates with the secret slot filled by a
  placeholder (YOUR_SDK_KEY, <sentry-auth-token>, sdk-xxxxxxxx-...), an
  environment / CI / secret-manager reference (os.environ[...],
  ${{ secrets.X }}, vault: / arn:aws:secretsmanager: / GCP Secret Manager
  paths), a masked or redacted value (sntrys_****, ****abcd), an empty
  value, or a documentation example value (e.g. Unleash's
  "*:*.unleash-insecure-api-token").  The other half are domain
  look-alikes: LaunchDarkly client-side ids and mob- mobile keys, Split
  browser keys, Statsig client- keys, Optimizely SDK keys / datafile URLs,
  Unleash frontend tokens in frontend code, Flagsmith client-side
  environment keys, GrowthBook sdk- client keys, PostHog phc_ project keys,
  Sentry DSNs, Bugsnag notifier keys in mobile/browser apps, Rollbar
  post_client_item tokens in browser snippets, Raygun4JS keys, Datadog RUM
  pub... client tokens and application ids, Amplitude browser API keys,
  Segment analytics.js write keys, Firebase web config / google-services
  files (AIza... keys), Remote Config templates with etags, flag exports
  with salts and version numbers, package-lock integrity hashes, sealed /
  SOPS ciphertext, i18n strings, SDK versions, commit SHAs, UUID ids.

DOUBTS
  Formats written from memory (not confirmed in provider docs during this
  session): Split key length/alphabet (36 lowercase alphanumerics);
  Statsig key body (43 base62 chars after secret-/client-/console-);
  Optimizely personal access token shape ("2:" + 43 url-safe chars) and
  the 22-char Optimizely SDK key; Unleash secret part (56 hex chars);
  Flagsmith ser. key body (ser. + 22..26 alphanumerics) and 22-char client
  environment keys; GrowthBook secret key shape (secret_<role>_ + 32
  alphanumerics) and client key body (16 alphanumerics); ConfigCat key
  bodies (22 url-safe chars per part, new configcat-sdk-1/ form and legacy
  22/22 form); PostHog phx_/phc_ body length 43; Sentry sntrys_ payload
  (unpadded base64 of a JSON claim + "_" + 43-char secret), sntryu_ + 64
  hex; Bugsnag personal auth token as a UUID; Honeybadger "hbp_" + 30
  alphanumerics; Raygun personal access token (40 url-safe chars); Segment
  sgp_ token body (64 alphanumerics) and 32-char write keys; Datadog RUM
  client token "pub" + 32 hex; the Unleash "[]:" multi-project prefix; the
  Firebase private key is random base64 behind a real PKCS#8 RSA header (not
  a parseable key).  "secret-123" (Statsig API reference example) and
  "*:*.unleash-insecure-api-token" style values are used as documented
  example placeholders in negatives.
  Labels a reviewer might dispute: ConfigCat SDK keys are labelled secret
  when used server-side (ConfigCat keys are read-only); Segment write keys
  of server-side sources and Honeybadger/Rollbar server tokens are
  ingestion-only credentials; Bugsnag notifier API keys and Raygun4JS keys
  in browser/mobile code, Unleash *frontend* tokens in frontend code and
  LaunchDarkly mob- keys are labelled negative because the vendors document
  them as not secret; Unleash's documented "unleash-insecure-api-token"
  demo tokens in a local docker-compose are labelled negative.

SEARCHES
  docs corpus: Unleash API token types (backend tokens secret, frontend
  tokens public); Sentry auth token kinds and DSN; Flagsmith client vs
  server-side environment keys; Statsig client / server secret / console
  keys; LaunchDarkly SDK key / mobile key / client-side id (sdk-, mob-);
  ConfigCat SDK key pages; GrowthBook client key (sdk-) and REST API keys;
  PostHog phc_ (public) vs phx_ (personal); Rollbar token scopes
  (post_client_item vs post_server_item); Datadog RUM client tokens and
  API/application keys; pages corpus: ConfigCat SDK reference (only the
  "#YOUR-SDK-KEY#" placeholder was found, not the key format).
  Scanner-related material shown by searches and ignored: GitGuardian
  detector pages (Sentry org auth token, Sentry user auth token, Rollbar
  API token) and a keyhog-core detector file for Flagsmith (regex) on
  docs.rs.  None of it was used.
"""

import json
import os
import random
import sys

B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
LOWALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
URLSAFE = B62 + "-_"
B64 = B62 + "+/"

N_POS = 500
N_NEG = 500


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rmix(rng, alphabet, n):
    """Random string that is guaranteed to contain a digit, lower and upper
    case letter where the alphabet allows it (looks like a real key)."""
    while True:
        s = rs(rng, alphabet, n)
        ok = True
        if any(c.isdigit() for c in alphabet) and not any(c.isdigit() for c in s):
            ok = False
        if any(c.isupper() for c in alphabet) and not any(c.isupper() for c in s):
            ok = False
        if any(c.islower() for c in alphabet) and not any(c.islower() for c in s):
            ok = False
        if ok:
            return s


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64enc(data):
    import base64
    return base64.b64encode(data).decode()


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


# ---------------------------------------------------------------- context

ORGS = ["acme", "northwind", "globex", "initech", "umbrella", "hooli", "stark",
        "wayne", "pied-piper", "soylent", "tyrell", "cyberdyne", "vandelay",
        "bluth", "dunder", "monarch", "oscorp", "wonka", "sterling", "prestige"]
APPS = ["checkout", "billing", "storefront", "catalog", "payments", "search",
        "onboarding", "notifications", "inventory", "ledger", "booking",
        "dispatch", "analytics", "accounts", "reports", "gateway", "orders",
        "pricing", "shipping", "profile"]
FLAGS = ["new-checkout-flow", "dark-mode", "enable-beta-search",
         "show-promo-banner", "use-v2-pricing", "async-invoice-export",
         "kill-switch-payments", "holiday-theme", "recommendations-widget",
         "fast-shipping-estimate", "redesigned-nav", "rollout-graphql-gateway",
         "cart-upsell", "mfa-enrollment", "search-autocomplete"]
ENVS = ["production", "staging", "prod", "development", "qa", "preprod"]
REGIONS = ["us-east-1", "eu-west-1", "us-west-2", "eu-central-1", "ap-southeast-2"]
TLDS = ["io", "com", "dev", "net", "app", "co"]
FIRST = ["maria", "john", "li", "ahmed", "sofia", "kenji", "olga", "pedro",
         "anna", "tom", "fatima", "lucas", "emma", "raj"]


def make_ctx(rng):
    org = rng.choice(ORGS)
    app = rng.choice(APPS)
    c = {
        "org": org,
        "app": app,
        "dom": "%s.%s" % (org.replace("-", ""), rng.choice(TLDS)),
        "env": rng.choice(ENVS),
        "region": rng.choice(REGIONS),
        "flags": rng.sample(FLAGS, 4),
        "port": rng.choice([3000, 8000, 8080, 5000, 9090, 4000]),
        "person": rng.choice(FIRST),
        "ver": "%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 40)),
        "pkg": "com.%s.%s" % (org.replace("-", ""), app),
        "App": "".join(p.capitalize() for p in app.split("-")),
        "Org": "".join(p.capitalize() for p in org.split("-")),
        "proj_id": str(rng.randint(100000, 9999999)),
        "sha": rs(rng, HEX, 40),
    }
    return c


# ---------------------------------------------------------------- names

def words(name):
    return [w for w in name.replace("-", "_").replace(".", "_").lower().split("_") if w]


def conv(name, style):
    w = words(name)
    if style == "snake":
        return "_".join(w)
    if style == "screaming":
        return "_".join(w).upper()
    if style == "camel":
        return w[0] + "".join(x.capitalize() for x in w[1:])
    if style == "pascal":
        return "".join(x.capitalize() for x in w)
    if style == "kebab":
        return "-".join(w)
    if style == "dotted":
        return ".".join(w)
    return name


# ---------------------------------------------------------------- public / harmless values

def ld_client_side_id(rng):
    return rs(rng, HEX, 24)


def ld_mobile_key(rng):
    return "mob-" + uuid4(rng)


def sentry_dsn(rng, c=None):
    host = rng.choice(["o%d.ingest.sentry.io" % rng.randint(100000, 4500000),
                       "o%d.ingest.us.sentry.io" % rng.randint(100000, 4500000),
                       "o%d.ingest.de.sentry.io" % rng.randint(100000, 4500000)])
    return "https://%s@%s/%d" % (rs(rng, HEX, 32), host, rng.randint(1000000, 4509999))


def posthog_project_key(rng):
    return "phc_" + rmix(rng, B62, 43)


def statsig_client_key(rng):
    return "client-" + rmix(rng, B62, 43)


def flagsmith_client_key(rng):
    return rmix(rng, B62, 22)


def growthbook_client_key(rng):
    return "sdk-" + rmix(rng, B62, 16)


def optimizely_sdk_key(rng):
    return rmix(rng, B62, 22)


def dd_client_token(rng):
    return "pub" + rs(rng, HEX, 32)


def firebase_web_api_key(rng):
    return "AIza" + rmix(rng, URLSAFE, 35)


def split_browser_key(rng):
    return rmix(rng, LOWALNUM, 36)


def unleash_frontend_token(rng, c):
    return "%s:%s.%s" % (rng.choice(["default", "*", c["app"]]), rng.choice(["production", "development"]),
                         rs(rng, HEX, 56))


# ---------------------------------------------------------------- secret generators

PW_WORDS = ["Harbor", "Tangerine", "Falcon", "Maple", "Quartz", "Velvet", "Cobalt",
            "Juniper", "Lantern", "Meadow", "Orchid", "Pepper", "Rocket", "Saffron",
            "Thunder", "Willow", "Zephyr", "Copper", "Marble", "Nimbus"]


def human_password(rng):
    a, b = rng.sample(PW_WORDS, 2)
    form = rng.randrange(4)
    sym = rng.choice("!*.-_~")
    num = str(rng.randint(10, 9999))
    if form == 0:
        return a + sym + b + num
    if form == 1:
        return a.lower() + num + b + sym
    if form == 2:
        return b + num + sym + a.lower()
    return rs(rng, B62, 4) + a + sym + num + b[:3].lower()


def g_ld_sdk(rng, c):
    return "sdk-" + uuid4(rng)


def g_ld_api(rng, c):
    return "api-" + uuid4(rng)


def g_split(rng, c):
    return rmix(rng, LOWALNUM, 36)


def g_statsig_server(rng, c):
    return "secret-" + rmix(rng, B62, 43)


def g_statsig_console(rng, c):
    return "console-" + rmix(rng, B62, 43)


def g_optimizely_pat(rng, c):
    return "2:" + rmix(rng, URLSAFE, 43)


def g_unleash_backend(rng, c):
    proj = rng.choice(["default", "*", c["app"], "[]"])
    if proj == "[]":
        proj = "[]"
    env = rng.choice(["production", "development", "staging"])
    return "%s:%s.%s" % (proj, env, rs(rng, HEX, 56))


def g_unleash_admin(rng, c):
    return "*:*.%s" % rs(rng, HEX, 56)


def g_flagsmith_server(rng, c):
    return "ser." + rmix(rng, B62, rng.choice([22, 22, 24, 26]))


def g_growthbook_secret(rng, c):
    return "secret_" + rng.choice(["admin", "readonly", "user"]) + "_" + rmix(rng, B62, 32)


def g_configcat(rng, c):
    if rng.random() < 0.6:
        return "configcat-sdk-1/" + rmix(rng, URLSAFE, 22) + "/" + rmix(rng, URLSAFE, 22)
    return rmix(rng, URLSAFE, 22) + "/" + rmix(rng, URLSAFE, 22)


def g_posthog_personal(rng, c):
    return "phx_" + rmix(rng, B62, 43)


def g_sentry_org(rng, c):
    claim = {"iat": float(rng.randint(1690000000, 1760000000)) + round(rng.random(), 6),
             "url": "https://sentry.io", "region_url": rng.choice(["https://us.sentry.io", "https://de.sentry.io"]),
             "org": c["org"]}
    payload = b64enc(json.dumps(claim, separators=(",", ":")).encode()).rstrip("=")
    return "sntrys_" + payload + "_" + rmix(rng, B62 + "+/", 43)


def g_sentry_user(rng, c):
    return "sntryu_" + rs(rng, HEX, 64)


def g_sentry_system(rng, c):
    return rs(rng, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)", 50)


def g_bugsnag_pat(rng, c):
    return uuid4(rng)


def g_hex32(rng, c):
    return rs(rng, HEX, 32)


def g_hex40(rng, c):
    return rs(rng, HEX, 40)


def g_honeybadger(rng, c):
    return "hbp_" + rmix(rng, B62, 30)


def g_raygun_pat(rng, c):
    return rmix(rng, URLSAFE, 40)


def g_segment_write(rng, c):
    return rmix(rng, B62, 32)


def g_segment_public_api(rng, c):
    return "sgp_" + rmix(rng, B62, 64)


def g_password(rng, c):
    return human_password(rng)


PKCS8_RSA_PREFIX = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"


def g_firebase_pk(rng, c):
    body = PKCS8_RSA_PREFIX + b64enc(rbytes(rng, 1180))[:1574]
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----\\n"


# ---------------------------------------------------------------- kinds (positives)
# Each kind: provider, kind, gen, obvious names, neutral names, optional HTTP
# header use, optional SDK init snippets per language ({v} = value expression),
# harmless neighbouring settings, placeholders and documentation examples.

def ex_ld(rng, c):
    return [("LD_CLIENT_SIDE_ID", ld_client_side_id(rng)), ("LD_BASE_URI", "https://app.launchdarkly.com"),
            ("LD_STREAM_URI", "https://stream.launchdarkly.com"), ("LD_PROJECT_KEY", c["app"]),
            ("FLAG_DEFAULT_TIMEOUT_MS", str(rng.choice([500, 1000, 2000])))]


def ex_split(rng, c):
    return [("SPLIT_IMPRESSIONS_MODE", rng.choice(["optimized", "debug"])),
            ("SPLIT_FEATURES_REFRESH_RATE", str(rng.choice([30, 60, 120]))),
            ("SPLIT_TRAFFIC_TYPE", "user"), ("SPLIT_LABELS_ENABLED", "true")]


def ex_statsig(rng, c):
    return [("STATSIG_ENVIRONMENT_TIER", c["env"]), ("STATSIG_API_URL", "https://statsigapi.net/v1"),
            ("STATSIG_CLIENT_KEY", statsig_client_key(rng)), ("STATSIG_RULESETS_SYNC_MS", "10000")]


def ex_optimizely(rng, c):
    return [("OPTIMIZELY_PROJECT_ID", str(rng.randint(10000000000, 29999999999))),
            ("OPTIMIZELY_SDK_KEY", optimizely_sdk_key(rng)),
            ("OPTIMIZELY_API_URL", "https://api.optimizely.com/v2")]


def ex_unleash(rng, c):
    return [("UNLEASH_URL", "https://unleash.%s/api/" % c["dom"]), ("UNLEASH_APP_NAME", c["app"]),
            ("UNLEASH_INSTANCE_ID", "%s-%s" % (c["app"], rng.randint(1, 9))),
            ("UNLEASH_REFRESH_INTERVAL", str(rng.choice([10, 15, 30])))]


def ex_unleash_db(rng, c):
    return [("UNLEASH_URL", "https://unleash.%s" % c["dom"]), ("DATABASE_SSL", "false"),
            ("LOG_LEVEL", rng.choice(["info", "warn"])), ("UNLEASH_DEFAULT_ADMIN_USERNAME", "admin")]


def ex_flagsmith(rng, c):
    return [("FLAGSMITH_API_URL", rng.choice(["https://edge.api.flagsmith.com/api/v1/",
                                               "https://flags.%s/api/v1/" % c["dom"]])),
            ("FLAGSMITH_ENABLE_LOCAL_EVALUATION", "true"),
            ("FLAGSMITH_ENVIRONMENT_REFRESH_SECONDS", str(rng.choice([30, 60])))]


def ex_growthbook(rng, c):
    return [("GROWTHBOOK_API_HOST", "https://api.growthbook.io"),
            ("GROWTHBOOK_CLIENT_KEY", growthbook_client_key(rng)),
            ("GROWTHBOOK_PROJECT", "prj_" + rs(rng, LOWALNUM, 16))]


def ex_configcat(rng, c):
    return [("CONFIGCAT_POLL_INTERVAL_SECONDS", str(rng.choice([30, 60, 300]))),
            ("CONFIGCAT_DATA_GOVERNANCE", rng.choice(["Global", "EuOnly"])),
            ("CONFIGCAT_LOG_LEVEL", "warn")]


def ex_posthog(rng, c):
    return [("POSTHOG_HOST", rng.choice(["https://us.posthog.com", "https://eu.posthog.com"])),
            ("POSTHOG_PROJECT_API_KEY", posthog_project_key(rng)),
            ("POSTHOG_PROJECT_ID", str(rng.randint(1000, 99999)))]


def ex_sentry(rng, c):
    return [("SENTRY_ORG", c["org"]), ("SENTRY_PROJECT", c["app"]), ("SENTRY_URL", "https://sentry.io/"),
            ("SENTRY_DSN", sentry_dsn(rng)), ("SENTRY_RELEASE", "%s@%s" % (c["app"], c["ver"]))]


def ex_sentry_self(rng, c):
    return [("SENTRY_POSTGRES_HOST", "postgres"), ("SENTRY_REDIS_HOST", "redis"),
            ("SENTRY_EVENT_RETENTION_DAYS", "90"), ("SENTRY_MAIL_HOST", "smtp.%s" % c["dom"])]


def ex_bugsnag(rng, c):
    return [("BUGSNAG_ORG_ID", rs(rng, HEX, 24)), ("BUGSNAG_PROJECT_ID", rs(rng, HEX, 24)),
            ("BUGSNAG_API_BASE", "https://api.bugsnag.com")]


def ex_rollbar(rng, c):
    return [("ROLLBAR_ENV", c["env"]), ("ROLLBAR_CODE_VERSION", c["sha"][:12]),
            ("ROLLBAR_ENDPOINT", "https://api.rollbar.com/api/1/")]


def ex_honeybadger(rng, c):
    return [("HONEYBADGER_ENV", c["env"]), ("HONEYBADGER_REPORT_DATA", "true"),
            ("HONEYBADGER_REVISION", c["sha"][:7])]


def ex_raygun(rng, c):
    return [("RAYGUN_APPLICATION_ID", rs(rng, LOWALNUM, 6)), ("RAYGUN_API_BASE", "https://api.raygun.com/v3")]


def ex_datadog(rng, c):
    return [("DD_SITE", rng.choice(["datadoghq.com", "datadoghq.eu", "us5.datadoghq.com"])),
            ("DD_ENV", c["env"]), ("DD_SERVICE", c["app"]), ("DD_VERSION", c["ver"])]


def ex_amplitude(rng, c):
    return [("AMPLITUDE_API_KEY", rs(rng, HEX, 32)), ("AMPLITUDE_SERVER_ZONE", rng.choice(["US", "EU"])),
            ("AMPLITUDE_PROJECT_ID", str(rng.randint(100000, 999999)))]


def ex_segment(rng, c):
    return [("SEGMENT_HOST", "https://api.segment.io"), ("SEGMENT_FLUSH_AT", str(rng.choice([20, 50, 100]))),
            ("SEGMENT_SOURCE", "%s-backend" % c["app"])]


def ex_segment_papi(rng, c):
    return [("SEGMENT_WORKSPACE", c["org"]), ("SEGMENT_API_URL", "https://api.segmentapis.com")]


def ex_firebase(rng, c):
    return [("FIREBASE_PROJECT_ID", "%s-%s" % (c["app"], rs(rng, LOWALNUM, 5))),
            ("REMOTE_CONFIG_CACHE_SECONDS", str(rng.choice([300, 600, 3600])))]


K_DEFS = [
    dict(id="ld_sdk", provider="LaunchDarkly", kind="server_sdk_key", gen=g_ld_sdk, weight=3,
         names=["LAUNCHDARKLY_SDK_KEY", "LD_SDK_KEY", "LAUNCH_DARKLY_SDK_KEY", "FEATURE_FLAGS_SDK_KEY"],
         neutral=["LD_ENV", "FLAG_SOURCE", "LAUNCHDARKLY_ENV_ID", "FEATURES_UPSTREAM", "LD_CONN"],
         extras=ex_ld, ph=["YOUR_SDK_KEY", "sdk-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "<your-launchdarkly-sdk-key>",
                           "YOUR_LAUNCHDARKLY_SDK_KEY"],
         mask="sdk-", init={
             "py": ["import ldclient", "from ldclient.config import Config", "",
                    "ldclient.set_config(Config({v}))", "client = ldclient.get()"],
             "node": ["const LaunchDarkly = require('@launchdarkly/node-server-sdk');", "",
                      "const client = LaunchDarkly.init({v});", "await client.waitForInitialization({ timeout: 10 });"],
             "go": ["ldClient, err := ld.MakeClient({v}, 5*time.Second)", "if err != nil {",
                    "\tlog.Fatalf(\"launchdarkly init: %v\", err)", "}"],
             "java": ["LDClient client = new LDClient({v});"],
             "kotlin": ["val client = LDClient({v})"],
             "cs": ["var ldClient = new LdClient(Configuration.Default({v}));"],
             "rb": ["Rails.configuration.ld_client = LaunchDarkly::LDClient.new({v})"],
             "php": ["$client = new \\LaunchDarkly\\LDClient({v});"],
         }),
    dict(id="ld_api", provider="LaunchDarkly", kind="api_access_token", gen=g_ld_api, weight=2,
         names=["LAUNCHDARKLY_ACCESS_TOKEN", "LD_API_TOKEN", "LAUNCHDARKLY_API_TOKEN"],
         neutral=["LD_AUTH", "FLAG_ADMIN_AUTH", "LD_CREDENTIAL"],
         header=("Authorization", ""), api="https://app.launchdarkly.com/api/v2/flags/{app}",
         extras=ex_ld, ph=["api-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "<LD_API_TOKEN>", "YOUR_ACCESS_TOKEN"],
         mask="api-"),
    dict(id="split_server", provider="Split", kind="server_sdk_key", gen=g_split, weight=2,
         names=["SPLIT_SDK_KEY", "SPLIT_API_KEY", "SPLITIO_AUTHORIZATION_KEY", "SPLIT_SERVER_SIDE_KEY"],
         neutral=["SPLIT_AUTHZ", "SPLITIO_ENV", "FF_BACKEND"],
         extras=ex_split, ph=["YOUR_SDK_KEY", "<your-server-side-sdk-key>", "YOUR_SERVER_SIDE_API_KEY"], mask="",
         init={
             "py": ["from splitio import get_factory", "",
                    "factory = get_factory({v}, config={'impressionsMode': 'optimized'})",
                    "factory.block_until_ready(5)", "split = factory.client()"],
             "node": ["const { SplitFactory } = require('@splitsoftware/splitio');", "",
                      "const factory = SplitFactory({ core: { authorizationKey: {v} } });",
                      "const split = factory.client();"],
             "java": ["SplitClientConfig config = SplitClientConfig.builder().setBlockUntilReadyTimeout(10000).build();",
                      "SplitFactory splitFactory = SplitFactoryBuilder.build({v}, config);"],
             "go": ["factory, err := client.NewSplitFactory({v}, cfg)"],
             "rb": ["Rails.configuration.split_factory = SplitIoClient::SplitFactory.new({v}, logger: Rails.logger)"],
             "kotlin": ["val factory = SplitFactoryBuilder.build({v}, SplitClientConfig.builder().build())"],
         }),
    dict(id="split_admin", provider="Split", kind="admin_api_key", gen=g_split, weight=1,
         names=["SPLIT_ADMIN_API_KEY", "SPLIT_ADMIN_KEY"], neutral=["SPLIT_MGMT", "SPLIT_AUTH"],
         header=("Authorization", "Bearer "), api="https://api.split.io/internal/api/v2/splits/ws/{wsid}",
         extras=ex_split, ph=["<ADMIN_API_KEY>", "YOUR_ADMIN_API_KEY"], mask=""),
    dict(id="statsig_server", provider="Statsig", kind="server_secret_key", gen=g_statsig_server, weight=3,
         names=["STATSIG_SERVER_SECRET", "STATSIG_SECRET_KEY", "STATSIG_SERVER_SDK_KEY"],
         neutral=["STATSIG_ENV", "EXPERIMENTS_BACKEND", "STATSIG_INIT"],
         header=("statsig-api-key", ""), api="https://statsigapi.net/v1/check_gate",
         extras=ex_statsig, ph=["secret-xxxx", "<server-secret-key>", "YOUR_SERVER_SECRET_KEY", "secret-123"],
         mask="secret-", init={
             "py": ["from statsig import statsig, StatsigOptions", "",
                    "statsig.initialize({v}, StatsigOptions(tier='production'))"],
             "node": ["const Statsig = require('statsig-node');", "",
                      "await Statsig.initialize({v}, { environment: { tier: 'production' } });"],
             "go": ["statsig.InitializeWithOptions({v}, &statsig.Options{Environment: statsig.Environment{Tier: \"production\"}})"],
             "java": ["StatsigServer server = StatsigServer.create();", "server.initializeAsync({v}, new StatsigOptions()).get();"],
             "kotlin": ["val server = StatsigServer.create()", "server.initializeAsync({v}, StatsigOptions()).get()"],
             "cs": ["await StatsigServer.Initialize({v}, new StatsigServerOptions(environment: new StatsigEnvironment(EnvironmentTier.Production)));"],
             "rb": ["Statsig.initialize({v}, StatsigOptions.new({ 'tier' => 'production' }))"],
             "php": ["$options = new StatsigOptions(new LocalFileDataAdapter(), new LocalFileLoggingAdapter());",
                     "$statsig = new StatsigServer({v}, $options);"],
         }),
    dict(id="statsig_console", provider="Statsig", kind="console_api_key", gen=g_statsig_console, weight=1,
         names=["STATSIG_CONSOLE_API_KEY", "STATSIG_CONSOLE_KEY"], neutral=["STATSIG_ADMIN", "STATSIG_MGMT_AUTH"],
         header=("STATSIG-API-KEY", ""), api="https://statsigapi.net/console/v1/gates",
         extras=ex_statsig, ph=["console-xxxx", "<console-api-key>"], mask="console-"),
    dict(id="optimizely_pat", provider="Optimizely", kind="personal_access_token", gen=g_optimizely_pat, weight=2,
         names=["OPTIMIZELY_API_TOKEN", "OPTIMIZELY_PERSONAL_ACCESS_TOKEN", "OPTIMIZELY_TOKEN"],
         neutral=["OPTLY_AUTH", "EXPERIMENTS_ADMIN", "OPTIMIZELY_CRED"],
         header=("Authorization", "Bearer "), api="https://api.optimizely.com/v2/projects/{pid}/experiments",
         extras=ex_optimizely, ph=["<YOUR_PERSONAL_ACCESS_TOKEN>", "2:xxxxxxxxxxxx"], mask="2:"),
    dict(id="unleash_backend", provider="Unleash", kind="backend_token", gen=g_unleash_backend, weight=3,
         names=["UNLEASH_API_TOKEN", "UNLEASH_SERVER_API_TOKEN", "UNLEASH_BACKEND_TOKEN", "UNLEASH_CLIENT_TOKEN"],
         neutral=["UNLEASH_AUTH", "FLAGS_AUTHORIZATION", "UNLEASH_HEADER"],
         header=("Authorization", ""), api="https://unleash.{dom}/api/client/features",
         extras=ex_unleash, ph=["<client-api-token>", "default:development.xxxxxxxx", "*:*.unleash-insecure-api-token",
                                "default:development.unleash-insecure-api-token", "project:environment.xyzrandomstring"],
         mask="default:production.", init={
             "py": ["from UnleashClient import UnleashClient", "", "client = UnleashClient(",
                    "    url=\"https://unleash.{dom}/api\",", "    app_name=\"{app}\",",
                    "    custom_headers={\"Authorization\": {v}},", ")", "client.initialize_client()"],
             "node": ["const { initialize } = require('unleash-client');", "", "const unleash = initialize({",
                      "  url: 'https://unleash.{dom}/api/',", "  appName: '{app}',",
                      "  customHeaders: { Authorization: {v} },", "});"],
             "java": ["UnleashConfig config = UnleashConfig.builder()", "        .appName(\"{app}\")",
                      "        .unleashAPI(\"https://unleash.{dom}/api/\")", "        .apiKey({v})", "        .build();",
                      "Unleash unleash = new DefaultUnleash(config);"],
             "go": ["err := unleash.Initialize(", "\tunleash.WithAppName(\"{app}\"),",
                    "\tunleash.WithUrl(\"https://unleash.{dom}/api/\"),",
                    "\tunleash.WithCustomHeaders(http.Header{\"Authorization\": []string{{v}}}),", ")"],
             "cs": ["var settings = new UnleashSettings", "{", "    AppName = \"{app}\",",
                    "    UnleashApi = new Uri(\"https://unleash.{dom}/api/\"),",
                    "    CustomHttpHeaders = new Dictionary<string, string> { { \"Authorization\", {v} } }", "};",
                    "IUnleash unleash = new DefaultUnleash(settings);"],
             "rb": ["Unleash.configure do |config|", "  config.app_name = '{app}'",
                    "  config.url = 'https://unleash.{dom}/api'", "  config.custom_http_headers = { 'Authorization': {v} }",
                    "end"],
             "php": ["$unleash = UnleashBuilder::create()", "    ->withAppName('{app}')",
                     "    ->withAppUrl('https://unleash.{dom}/api/')", "    ->withHeader('Authorization', {v})",
                     "    ->build();"],
             "kotlin": ["val config = UnleashConfig.builder()", "    .appName(\"{app}\")",
                        "    .unleashAPI(\"https://unleash.{dom}/api/\")", "    .apiKey({v})", "    .build()"],
         }),
    dict(id="unleash_admin", provider="Unleash", kind="admin_token", gen=g_unleash_admin, weight=1,
         names=["UNLEASH_ADMIN_TOKEN", "UNLEASH_ADMIN_API_TOKEN"], neutral=["UNLEASH_OPS_AUTH", "FLAG_ADMIN_HDR"],
         header=("Authorization", ""), api="https://unleash.{dom}/api/admin/projects/default/features",
         extras=ex_unleash, ph=["*:*.unleash-insecure-admin-api-token", "<admin-token>", "*:*.xxxxxxxx"], mask="*:*."),
    dict(id="unleash_db", provider="Unleash", kind="database_password", gen=g_password, weight=1,
         names=["DATABASE_PASSWORD", "UNLEASH_DB_PASSWORD", "POSTGRES_PASSWORD"], neutral=["DATABASE_URL"],
         urlpw=True, extras=ex_unleash_db, ph=["CHANGE_ME", "<db-password>", "${POSTGRES_PASSWORD}"], mask=""),
    dict(id="flagsmith_server", provider="Flagsmith", kind="server_side_environment_key", gen=g_flagsmith_server,
         weight=3, names=["FLAGSMITH_SERVER_KEY", "FLAGSMITH_ENVIRONMENT_KEY", "FLAGSMITH_SERVER_SIDE_KEY"],
         neutral=["FLAGSMITH_ENV", "FLAGS_BACKEND_ENV", "FS_ENVIRONMENT"],
         header=("X-Environment-Key", ""), api="https://edge.api.flagsmith.com/api/v1/environment-document/",
         extras=ex_flagsmith, ph=["ser.xxxxxxxxxxxxxxxxxxxxxx", "<server-side-environment-key>", "ser.YOUR_KEY"],
         mask="ser.", init={
             "py": ["from flagsmith import Flagsmith", "",
                    "flagsmith = Flagsmith(environment_key={v}, enable_local_evaluation=True)"],
             "node": ["const Flagsmith = require('flagsmith-nodejs');", "",
                      "const flagsmith = new Flagsmith({ environmentKey: {v}, enableLocalEvaluation: true });"],
             "java": ["FlagsmithClient flagsmith = FlagsmithClient.newBuilder()", "        .setApiKey({v})",
                      "        .withConfiguration(FlagsmithConfig.newBuilder().withLocalEvaluation(true).build())",
                      "        .build();"],
             "go": ["client := flagsmith.NewClient({v}, flagsmith.WithLocalEvaluation(ctx))"],
             "cs": ["var flagsmith = new FlagsmithClient(new FlagsmithConfiguration { EnvironmentKey = {v}, EnableClientSideEvaluation = true });"],
             "rb": ["$flagsmith = Flagsmith::Client.new(environment_key: {v}, enable_local_evaluation: true)"],
             "php": ["$flagsmith = (new Flagsmith({v}))->withCache($cache);"],
         }),
    dict(id="growthbook_secret", provider="GrowthBook", kind="secret_api_key", gen=g_growthbook_secret, weight=2,
         names=["GROWTHBOOK_SECRET_KEY", "GROWTHBOOK_API_KEY", "GB_API_KEY"], neutral=["GB_AUTH", "GROWTHBOOK_ADMIN"],
         header=("Authorization", "Bearer "), api="https://api.growthbook.io/api/v1/features",
         extras=ex_growthbook, ph=["secret_abc123DEF456", "<YOUR_SECRET_KEY>", "secret_xxxxxxxx"], mask="secret_"),
    dict(id="configcat", provider="ConfigCat", kind="sdk_key", gen=g_configcat, weight=2,
         names=["CONFIGCAT_SDK_KEY", "CONFIGCAT_KEY", "CONFIG_CAT_SDK_KEY"], neutral=["CONFIGCAT_ENV", "REMOTE_CONFIG_SOURCE"],
         cdnurl=True, extras=ex_configcat, ph=["#YOUR-SDK-KEY#", "YOUR-SDK-KEY",
                                               "configcat-sdk-1/XXXXXXXXXXXXXXXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXX"],
         mask="configcat-sdk-1/", init={
             "py": ["import configcatclient", "from configcatclient import ConfigCatOptions, PollingMode", "",
                    "client = configcatclient.get({v}, ConfigCatOptions(polling_mode=PollingMode.auto_poll(60)))"],
             "node": ["const configcat = require('configcat-node');", "",
                      "const client = configcat.getClient({v}, configcat.PollingMode.AutoPoll, { pollIntervalSeconds: 60 });"],
             "java": ["ConfigCatClient client = ConfigCatClient.get({v}, options -> options.pollingMode(PollingModes.autoPoll(60)));"],
             "go": ["client := configcat.NewCustomClient(configcat.Config{SDKKey: {v}, PollInterval: time.Minute})"],
             "cs": ["var client = ConfigCatClient.Get({v}, options => options.PollingMode = PollingModes.AutoPoll(TimeSpan.FromSeconds(60)));"],
             "rb": ["$configcat = ConfigCat.get({v}, ConfigCat::ConfigCatOptions.new(polling_mode: ConfigCat::PollingMode.auto_poll))"],
             "php": ["$client = new \\ConfigCat\\ConfigCatClient({v}, ['cache-refresh-interval' => 60]);"],
         }),
    dict(id="posthog_personal", provider="PostHog", kind="personal_api_key", gen=g_posthog_personal, weight=3,
         names=["POSTHOG_PERSONAL_API_KEY", "POSTHOG_API_KEY", "POSTHOG_FEATURE_FLAGS_KEY"],
         neutral=["POSTHOG_AUTH", "PH_ADMIN", "ANALYTICS_ADMIN_CRED"],
         header=("Authorization", "Bearer "), api="https://us.posthog.com/api/projects/{pid}/feature_flags/",
         extras=ex_posthog, ph=["phx_YOUR_PERSONAL_API_KEY", "<personal_api_key>", "phx_xyz789", "phx_..."],
         mask="phx_", init={
             "py": ["from posthog import Posthog", "", "posthog = Posthog(", "    project_api_key=\"{phc}\",",
                    "    host=\"https://us.i.posthog.com\",", "    personal_api_key={v},", ")"],
             "node": ["const { PostHog } = require('posthog-node');", "",
                      "const posthog = new PostHog('{phc}', {", "  host: 'https://us.i.posthog.com',",
                      "  personalApiKey: {v},", "  featureFlagsPollingInterval: 30000,", "});"],
             "go": ["client, _ := posthog.NewWithConfig(\"{phc}\", posthog.Config{",
                    "\tEndpoint:       \"https://us.i.posthog.com\",", "\tPersonalApiKey: {v},", "})"],
             "rb": ["$posthog = PostHog::Client.new({", "  api_key: '{phc}',", "  personal_api_key: {v},",
                    "  host: 'https://us.i.posthog.com'", "})"],
             "php": ["PostHog::init('{phc}', ['host' => 'https://us.i.posthog.com'], null, {v});"],
         }),
    dict(id="sentry_org", provider="Sentry", kind="org_auth_token", gen=g_sentry_org, weight=3,
         names=["SENTRY_AUTH_TOKEN", "SENTRY_ORG_TOKEN", "SENTRY_TOKEN"], neutral=["SENTRY_CLI_AUTH", "RELEASE_UPLOAD_AUTH"],
         header=("Authorization", "Bearer "), api="https://sentry.io/api/0/organizations/{org}/releases/",
         sentry=True, extras=ex_sentry, ph=["sntrys_YOUR_TOKEN_HERE", "<auth_token>", "{TOKEN}", "___ORG_AUTH_TOKEN___"],
         mask="sntrys_"),
    dict(id="sentry_user", provider="Sentry", kind="user_auth_token", gen=g_sentry_user, weight=2,
         names=["SENTRY_AUTH_TOKEN", "SENTRY_API_TOKEN", "SENTRY_USER_TOKEN"], neutral=["SENTRY_CLI_AUTH", "SENTRY_CRED"],
         header=("Authorization", "Bearer "), api="https://sentry.io/api/0/projects/{org}/{app}/issues/",
         sentry=True, extras=ex_sentry, ph=["sntryu_YOUR_TOKEN_HERE", "<auth_token>", "{API_KEY}"], mask="sntryu_"),
    dict(id="sentry_system", provider="Sentry", kind="self_hosted_system_secret_key", gen=g_sentry_system, weight=1,
         names=["SENTRY_SECRET_KEY", "SENTRY_SYSTEM_SECRET_KEY"], neutral=["SENTRY_SIGNING_SALT"],
         extras=ex_sentry_self, ph=["!!changeme!!", "<generate-with-sentry-config-generate-secret-key>"], mask=""),
    dict(id="bugsnag_pat", provider="Bugsnag", kind="personal_auth_token", gen=g_bugsnag_pat, weight=2,
         names=["BUGSNAG_AUTH_TOKEN", "BUGSNAG_PERSONAL_AUTH_TOKEN", "BUGSNAG_DATA_ACCESS_TOKEN"],
         neutral=["BUGSNAG_API_AUTH", "CRASH_REPORTS_AUTH"],
         header=("Authorization", "token "), api="https://api.bugsnag.com/projects/{bsproj}/errors",
         extras=ex_bugsnag, ph=["<personal-auth-token>", "YOUR_AUTH_TOKEN"], mask=""),
    dict(id="rollbar_server", provider="Rollbar", kind="post_server_item_token", gen=g_hex32, weight=3,
         names=["ROLLBAR_ACCESS_TOKEN", "ROLLBAR_SERVER_TOKEN", "ROLLBAR_POST_SERVER_ITEM_ACCESS_TOKEN", "ROLLBAR_TOKEN"],
         neutral=["ROLLBAR_AUTH", "ERRORS_UPSTREAM"],
         header=("X-Rollbar-Access-Token", ""), api="https://api.rollbar.com/api/1/deploy", qparam="access_token",
         extras=ex_rollbar, ph=["POST_SERVER_ITEM_ACCESS_TOKEN", "YOUR_ACCESS_TOKEN", "<rollbar-token>"], mask="",
         init={
             "py": ["import rollbar", "", "rollbar.init({v}, environment='production', code_version='{sha7}')"],
             "node": ["const Rollbar = require('rollbar');", "", "const rollbar = new Rollbar({",
                      "  accessToken: {v},", "  captureUncaught: true,", "  captureUnhandledRejections: true,",
                      "  payload: { environment: 'production' },", "});"],
             "rb": ["Rollbar.configure do |config|", "  config.access_token = {v}", "  config.environment = Rails.env",
                    "  config.enabled = !Rails.env.test?", "end"],
             "php": ["Rollbar::init([", "    'access_token' => {v},", "    'environment' => 'production',",
                     "    'root' => __DIR__,", "]);"],
             "java": ["Rollbar rollbar = Rollbar.init(withAccessToken({v})", "        .environment(\"production\")",
                      "        .codeVersion(\"{sha7}\")", "        .build());"],
             "go": ["rollbar.SetToken({v})", "rollbar.SetEnvironment(\"production\")", "rollbar.SetCodeVersion(\"{sha7}\")"],
             "cs": ["RollbarInfrastructure.Instance.Init(new RollbarInfrastructureConfig({v}, \"production\"));"],
         }),
    dict(id="rollbar_rw", provider="Rollbar", kind="read_write_token", gen=g_hex32, weight=1,
         names=["ROLLBAR_READ_TOKEN", "ROLLBAR_API_TOKEN", "ROLLBAR_READ_ACCESS_TOKEN"], neutral=["ROLLBAR_AUTH"],
         header=("X-Rollbar-Access-Token", ""), api="https://api.rollbar.com/api/1/items?status=active",
         extras=ex_rollbar, ph=["YOUR_READ_ACCESS_TOKEN", "<project-read-token>"], mask=""),
    dict(id="honeybadger", provider="Honeybadger", kind="project_api_key", gen=g_honeybadger, weight=2,
         names=["HONEYBADGER_API_KEY", "HONEYBADGER_KEY"], neutral=["HB_PROJECT", "ERROR_SINK"],
         header=("X-API-Key", ""), api="https://api.honeybadger.io/v1/deploys",
         extras=ex_honeybadger, ph=["PROJECT_API_KEY", "hbp_xxxxxxxx", "[your API key]"], mask="hbp_",
         init={
             "py": ["from honeybadger import honeybadger", "",
                    "honeybadger.configure(api_key={v}, environment='production', force_report_data=True)"],
             "node": ["const Honeybadger = require('@honeybadger-io/js');", "",
                      "Honeybadger.configure({ apiKey: {v}, environment: 'production', revision: '{sha7}' });"],
             "rb": ["Honeybadger.configure do |config|", "  config.api_key = {v}", "  config.env = Rails.env", "end"],
             "php": ["$honeybadger = Honeybadger\\Honeybadger::new([", "    'api_key' => {v},",
                     "    'environment_name' => 'production',", "]);"],
             "go": ["honeybadger.Configure(honeybadger.Configuration{APIKey: {v}, Env: \"production\"})"],
         }),
    dict(id="raygun_pat", provider="Raygun", kind="personal_access_token", gen=g_raygun_pat, weight=1,
         names=["RAYGUN_PAT", "RAYGUN_PERSONAL_ACCESS_TOKEN", "RAYGUN_API_TOKEN"], neutral=["RAYGUN_AUTH"],
         header=("Authorization", "Bearer "), api="https://api.raygun.com/v3/applications/{rgapp}/deployments",
         extras=ex_raygun, ph=["<personal-access-token>", "YOUR_PAT"], mask=""),
    dict(id="datadog_api", provider="Datadog", kind="api_key", gen=g_hex32, weight=2,
         names=["DD_API_KEY", "DATADOG_API_KEY"], neutral=["DD_INTAKE", "METRICS_SINK"],
         header=("DD-API-KEY", ""), api="https://api.datadoghq.com/api/v2/series", qparam="api_key",
         extras=ex_datadog, ph=["<DATADOG_API_KEY>", "YOUR_API_KEY", "<DD_API_KEY>"], mask="",
         init={
             "py": ["from datadog import initialize, statsd", "",
                    "initialize(api_key={v}, statsd_host='localhost', statsd_port=8125)"],
         }),
    dict(id="datadog_app", provider="Datadog", kind="application_key", gen=g_hex40, weight=1,
         names=["DD_APP_KEY", "DATADOG_APP_KEY", "DD_APPLICATION_KEY"], neutral=["DD_QUERY_AUTH"],
         header=("DD-APPLICATION-KEY", ""), api="https://api.datadoghq.com/api/v1/monitor",
         extras=ex_datadog, ph=["<DATADOG_APP_KEY>", "YOUR_APPLICATION_KEY"], mask=""),
    dict(id="amplitude_secret", provider="Amplitude", kind="secret_key", gen=g_hex32, weight=2,
         names=["AMPLITUDE_SECRET_KEY", "AMPLITUDE_SECRET"], neutral=["AMPLITUDE_EXPORT_AUTH", "AMP_S"],
         basic=True, api="https://amplitude.com/api/2/export?start=20240101T00&end=20240102T00",
         extras=ex_amplitude, ph=["YOUR_SECRET_KEY", "<secret-key>"], mask=""),
    dict(id="segment_write", provider="Segment", kind="server_source_write_key", gen=g_segment_write, weight=2,
         names=["SEGMENT_WRITE_KEY", "SEGMENT_SERVER_WRITE_KEY"], neutral=["SEGMENT_SOURCE_ID", "TRACKING_SINK"],
         basicuser=True, api="https://api.segment.io/v1/track",
         extras=ex_segment, ph=["YOUR_WRITE_KEY", "<write-key>"], mask="", init={
             "py": ["import segment.analytics as analytics", "", "analytics.write_key = {v}",
                    "analytics.max_queue_size = 10000"],
             "node": ["const { Analytics } = require('@segment/analytics-node');", "",
                      "const analytics = new Analytics({ writeKey: {v}, maxEventsInBatch: 50 });"],
             "go": ["client := analytics.New({v})", "defer client.Close()"],
             "java": ["Analytics analytics = Analytics.builder({v})", "        .flushQueueSize(50)", "        .build();"],
             "rb": ["Analytics = Segment::Analytics.new({", "  write_key: {v},",
                    "  on_error: proc { |_status, msg| Rails.logger.warn(msg) }", "})"],
             "php": ["Segment::init({v}, ['consumer' => 'lib_curl']);"],
             "cs": ["Analytics.Initialize({v}, new Config().SetAsync(true));"],
         }),
    dict(id="segment_papi", provider="Segment", kind="public_api_token", gen=g_segment_public_api, weight=1,
         names=["SEGMENT_PUBLIC_API_TOKEN", "SEGMENT_API_TOKEN"], neutral=["SEGMENT_MGMT_AUTH"],
         header=("Authorization", "Bearer "), api="https://api.segmentapis.com/sources",
         extras=ex_segment_papi, ph=["<PUBLIC_API_TOKEN>", "sgp_YOUR_TOKEN"], mask="sgp_"),
    dict(id="firebase_sa", provider="Firebase", kind="service_account_private_key", gen=g_firebase_pk, weight=3,
         names=["FIREBASE_PRIVATE_KEY"], neutral=["GOOGLE_SA_PEM"], firebase=True,
         extras=ex_firebase, ph=["-----BEGIN PRIVATE KEY-----\\nREDACTED\\n-----END PRIVATE KEY-----\\n", ""], mask=""),
]


EXCLUDE_NAMES = []  # names of the secret slot in the file being generated


class Kind:
    def __init__(self, d):
        raw = d["extras"]

        def extras(rng, c):
            ex = raw(rng, c)
            bad = set("_".join(words(n)) for n in EXCLUDE_NAMES)
            return [(n, v) for n, v in ex if "_".join(words(n)) not in bad]
        d = dict(d)
        d["extras"] = extras
        self.__dict__.update(d)
        for k in ("header", "api", "init", "urlpw", "cdnurl", "qparam", "basic", "basicuser", "sentry", "firebase"):
            if k not in d:
                setattr(self, k, None)


KINDS = [Kind(d) for d in K_DEFS]
KIND_BY_ID = {k.id: k for k in KINDS}


# ---------------------------------------------------------------- slot

ENV_GET = {
    "py": lambda n, r: r.choice(['os.environ["%s"]', 'os.getenv("%s")', 'os.environ.get("%s", "")']) % n,
    "node": lambda n, r: "process.env.%s" % n,
    "go": lambda n, r: 'os.Getenv("%s")' % n,
    "java": lambda n, r: 'System.getenv("%s")' % n,
    "kotlin": lambda n, r: 'System.getenv("%s")' % n,
    "swift": lambda n, r: 'ProcessInfo.processInfo.environment["%s"] ?? ""' % n,
    "cs": lambda n, r: 'Environment.GetEnvironmentVariable("%s")' % n,
    "rb": lambda n, r: r.choice(['ENV["%s"]', "ENV.fetch('%s')"]) % n,
    "php": lambda n, r: r.choice(["env('%s')", "getenv('%s')"]) % n,
}


class Slot:
    """The secret slot of a template: a literal value (secret or filler) or
    a reference to an environment variable."""

    def __init__(self, rng, value, name, envname, subtle, ref=False):
        self.rng = rng
        self.value = value
        self.name = name
        self.envname = envname
        self.subtle = subtle
        self.ref = ref

    @property
    def literal(self):
        return not self.ref

    def q(self, lang):
        v = self.value
        if lang == "py":
            return self.rng.choice(["'%s'", '"%s"']) % v
        if lang in ("node",):
            return self.rng.choice(["'%s'", '"%s"']) % v
        if lang in ("rb", "php"):
            return "'%s'" % v
        return '"%s"' % v

    def expr(self, lang):
        if self.ref:
            return ENV_GET[lang](self.envname, self.rng)
        return self.q(lang)

    def txt(self, where="sh"):
        if not self.ref:
            return self.value
        n = self.envname
        return {"sh": "${%s}" % n, "gha": "${{ secrets.%s }}" % n, "gitlab": "$%s" % n,
                "compose": "${%s}" % n, "dotenv": "", "props": "${%s}" % n, "md": "$%s" % n,
                "yaml": "${%s}" % n, "json": "${%s}" % n, "toml": "${%s}" % n, "ini": "${%s}" % n,
                "make": "$(%s)" % n, "docker": "${%s}" % n}.get(where, "${%s}" % n)


YAML_SPECIAL = set("*&!%@`#|>-?:{[,]}'\"")


def yq(v, rng=None, force=False):
    """YAML scalar; quote when needed (or sometimes for style)."""
    if v == "" or force or v[0] in YAML_SPECIAL or ": " in v or " #" in v or v.lower() in ("true", "false", "yes", "no", "null", "on", "off") or v.isdigit():
        if '"' in v or "\\" in v:
            return "'%s'" % v
        return '"%s"' % v
    if rng is not None and rng.random() < 0.35:
        return '"%s"' % v
    return v


def fill(line, c, extra=None):
    m = {"{app}": c["app"], "{dom}": c["dom"], "{org}": c["org"], "{sha7}": c["sha"][:7],
         "{pid}": c["proj_id"], "{App}": c["App"], "{Org}": c["Org"], "{pkg}": c["pkg"], "{env}": c["env"],
         "{wsid}": c.get("wsid", "ws-1"), "{bsproj}": c.get("bsproj", "p"), "{rgapp}": c.get("rgapp", "a"),
         "{phc}": c.get("phc", "phc_")}
    if extra:
        m.update(extra)
    for k, v in m.items():
        line = line.replace(k, v)
    return line


def api_url(K, c):
    return fill(K.api or "https://api.example.invalid/", c)


def comment_for(K, rng):
    return rng.choice([
        "%s configuration" % K.provider,
        "%s (%s)" % (K.provider, K.kind.replace("_", " ")),
        "TODO: move to secret manager before GA",
        "%s settings for %%s" % K.provider,
        "keep in sync with infra/terraform",
        "see docs/%s.md" % K.provider.lower(),
    ]).replace("%s", "the %s service" % rng.choice(APPS))


def pick_name(rng, K, s_style):
    return s_style


def extras_styled(rng, c, K, style, n=None):
    ex = K.extras(rng, c)
    rng.shuffle(ex)
    if n is None:
        n = rng.randint(1, len(ex))
    return [(conv(k, style), v) for k, v in ex[:n]]


def gen_filler_text(rng, c, kinds):
    return ""


TEMPLATES = []  # (name, fn, accepts)


def template(accepts=lambda K: True):
    def deco(fn):
        TEMPLATES.append((fn.__name__, fn, accepts))
        return fn
    return deco


def has_init(lang):
    return lambda K: bool(K.init) and lang in K.init and not K.firebase


def has_header(K):
    return bool(K.header) and not K.firebase


def not_fb(K):
    return not K.firebase


def init_lines(K, lang, c, vexpr):
    return [fill(l, c).replace("{v}", vexpr) for l in K.init[lang]]


def split_imports(lines):
    """Separate import/require lines of an init snippet from the rest."""
    imp = [l for l in lines if l.startswith(("import ", "from ")) or ("require(" in l and l.startswith("const "))]
    rest = [l for l in lines if l not in imp]
    while rest and rest[0] == "":
        rest = rest[1:]
    return imp, rest


def decl_or_inline(s, lang, style_name):
    """Return (declaration lines, expression used in init)."""
    if s.subtle and s.literal:
        return [], s.expr(lang)
    return None, None


# ---------------------------------------------------------------- code templates: SDK init

@template(has_init("py"))
def t_py_init(rng, c, K, s):
    path = rng.choice(["app/feature_flags.py", "src/%s/flags.py" % c["app"], "%s/integrations/%s.py" % (c["app"], K.provider.lower()),
                       "services/%s/bootstrap.py" % c["app"], "app/core/%s_client.py" % K.provider.lower()])
    if s.subtle and s.literal:
        imp, body = split_imports(init_lines(K, "py", c, s.expr("py")))
        decl = []
    else:
        nm = conv(s.name, "screaming")
        decl = ["%s = %s" % (nm, s.expr("py"))]
        imp, body = split_imports(init_lines(K, "py", c, nm))
    L = ['"""%s client bootstrap for %s."""' % (K.provider, c["app"]), "import logging", "import os", ""] + imp + [""] + decl
    L += ["log = logging.getLogger(__name__)", "", "DEFAULT_FLAGS = {"]
    L += ['    "%s": %s,' % (f, rng.choice(["False", "True"])) for f in c["flags"][:3]]
    L += ["}", ""]
    L += body
    L += ["", "", "def is_enabled(flag, user_id):", '    """Evaluate a flag, falling back to DEFAULT_FLAGS."""',
          "    try:", "        return bool(_evaluate(flag, user_id))", "    except Exception:  # noqa: BLE001",
          '        log.warning("flag evaluation failed for %s", flag)', "        return DEFAULT_FLAGS.get(flag, False)"]
    return path, L


@template(has_init("node"))
def t_node_init(rng, c, K, s):
    ts = rng.random() < 0.5
    path = rng.choice(["src/lib/flags", "server/%s" % K.provider.lower(), "src/config/featureFlags", "lib/%s-client" % K.provider.lower()]) + (".ts" if ts else ".js")
    L = ["// %s" % comment_for(K, rng), "'use strict';", ""] if not ts else ["// %s" % comment_for(K, rng), ""]
    if s.subtle and s.literal:
        imp, body = split_imports(init_lines(K, "node", c, s.expr("node")))
        L += imp + [""]
    else:
        nm = conv(s.name, rng.choice(["screaming", "camel"]))
        imp, body = split_imports(init_lines(K, "node", c, nm))
        L += imp + ["", "const %s = %s;" % (nm, s.expr("node"))]
    L += ["const APP_NAME = '%s';" % c["app"], "const FLAG_TIMEOUT_MS = %d;" % rng.choice([500, 1500, 3000]), ""]
    if any("await" in l for l in body):
        L += ["async function start() {"] + ["  " + l for l in body] + ["  return true;", "}", ""]
    else:
        L += body + [""]
    L += ["module.exports = { APP_NAME, FLAG_TIMEOUT_MS };" if not ts else "export { APP_NAME, FLAG_TIMEOUT_MS };"]
    return path, L


@template(has_init("go"))
def t_go_init(rng, c, K, s):
    path = rng.choice(["internal/flags/client.go", "pkg/%s/%s.go" % (K.provider.lower(), K.provider.lower()), "cmd/%s/flags.go" % c["app"]])
    L = ["package %s" % path.split("/")[-2].replace("-", ""), "", "import (", '\t"context"', '\t"log"', '\t"net/http"', '\t"os"', '\t"time"', ")", ""]
    if s.subtle and s.literal:
        body = init_lines(K, "go", c, s.expr("go"))
    else:
        nm = conv(s.name, "camel")
        if s.literal:
            L += ["// %s" % comment_for(K, rng), "const %s = %s" % (nm, s.expr("go")), ""]
        else:
            L += ["var %s = %s" % (nm, s.expr("go")), ""]
        body = init_lines(K, "go", c, nm)
    L += ["// Setup initialises the %s client for %s." % (K.provider, c["app"]), "func Setup(ctx context.Context) error {",
          "\tstart := time.Now()", "\t_ = os.Getenv(\"HOSTNAME\")", "\t_ = http.DefaultClient"]
    L += ["\t" + l for l in body]
    L += ["\tlog.Printf(\"%s ready after %%s\", time.Since(start))" % K.provider.lower(), "\treturn nil", "}"]
    return path, L


@template(has_init("java"))
def t_java_init(rng, c, K, s):
    path = "src/main/java/%s/config/%sConfig.java" % (c["pkg"].replace(".", "/"), K.provider.replace(" ", ""))
    cls = "%sConfig" % K.provider.replace(" ", "")
    L = ["package %s.config;" % c["pkg"], "", "import org.springframework.context.annotation.Bean;",
         "import org.springframework.context.annotation.Configuration;", "", "@Configuration", "public class %s {" % cls, ""]
    if s.subtle and s.literal:
        body = init_lines(K, "java", c, s.expr("java"))
    else:
        nm = conv(s.name, "screaming")
        L += ["    private static final String %s = %s;" % (nm, s.expr("java")), ""]
        body = init_lines(K, "java", c, nm)
    L += ["    private static final String APP = \"%s\";" % c["app"], "", "    @Bean", "    public Object %sClient() {" % K.provider.lower().replace(" ", "")]
    L += ["        " + l for l in body]
    L += ["        return null; // replaced by typed bean in %s" % c["ver"], "    }", "}"]
    return path, L


@template(has_init("kotlin"))
def t_kotlin_init(rng, c, K, s):
    path = "src/main/kotlin/%s/%s.kt" % (c["pkg"].replace(".", "/"), rng.choice(["Flags", "FeatureToggles", "Experiments"]))
    L = ["package %s" % c["pkg"], "", "import io.ktor.server.application.*", ""]
    if s.subtle and s.literal:
        body = init_lines(K, "kotlin", c, s.expr("kotlin"))
    else:
        nm = conv(s.name, rng.choice(["screaming", "camel"]))
        L += [("private const val %s = %s" if s.literal else "private val %s = %s") % (nm, s.expr("kotlin")), ""]
        body = init_lines(K, "kotlin", c, nm)
    L += ["fun Application.configureFlags() {", "    val appName = \"%s\"" % c["app"]]
    L += ["    " + l for l in body]
    L += ["    log.info(\"flags ready for $appName\")", "}"]
    return path, L


@template(has_init("cs"))
def t_cs_init(rng, c, K, s):
    path = rng.choice(["src/%s.Api/Program.cs" % c["App"], "src/%s.Web/Startup.cs" % c["App"], "%s/Infrastructure/FeatureFlags.cs" % c["App"]])
    L = ["using System;", "using System.Collections.Generic;", "using Microsoft.Extensions.DependencyInjection;", "",
         "namespace %s.%s" % (c["Org"], c["App"]), "{", "    public static class FeatureFlagSetup", "    {"]
    if s.subtle and s.literal:
        body = init_lines(K, "cs", c, s.expr("cs"))
    else:
        nm = conv(s.name, "pascal")
        L += [("        private const string %s = %s;" if s.literal else "        private static readonly string %s = %s;") % (nm, s.expr("cs")), ""]
        body = init_lines(K, "cs", c, nm)
    L += ["        public static async System.Threading.Tasks.Task AddFlags(IServiceCollection services)", "        {"]
    L += ["            " + l for l in body]
    L += ["            services.AddSingleton(\"%s\");" % c["app"], "        }", "    }", "}"]
    return path, L


@template(has_init("rb"))
def t_rb_init(rng, c, K, s):
    path = "config/initializers/%s.rb" % K.provider.lower().replace(" ", "_")
    L = ["# frozen_string_literal: true", "", "# %s" % comment_for(K, rng)]
    if s.subtle and s.literal:
        body = init_lines(K, "rb", c, s.expr("rb"))
    else:
        nm = conv(s.name, "screaming")
        L += ["%s = %s" % (nm, s.expr("rb")), ""]
        body = init_lines(K, "rb", c, nm)
    L += ["unless Rails.env.test?"] + ["  " + l for l in body] + ["end"]
    return path, L


@template(has_init("php"))
def t_php_init(rng, c, K, s):
    path = rng.choice(["app/Providers/FeatureFlagServiceProvider.php", "bootstrap/%s.php" % K.provider.lower(), "src/Infrastructure/%sFactory.php" % K.provider])
    L = ["<?php", "", "declare(strict_types=1);", "", "namespace App\\Providers;", "", "use Illuminate\\Support\\ServiceProvider;", "",
         "class FeatureFlagServiceProvider extends ServiceProvider", "{"]
    if s.subtle and s.literal:
        body = init_lines(K, "php", c, s.expr("php"))
    else:
        nm = conv(s.name, "screaming")
        L += ["    private const %s = %s;" % (nm, s.q("php")) if s.literal else "    // key comes from the environment"]
        body = init_lines(K, "php", c, ("self::%s" % nm) if s.literal else s.expr("php"))
    L += ["", "    public function register(): void", "    {"]
    L += ["        " + l for l in body]
    L += ["        $this->app->instance('flags.app', '%s');" % c["app"], "    }", "}"]
    return path, L


# ---------------------------------------------------------------- code templates: HTTP API use

def http_ok(K):
    return (bool(K.header) or bool(K.basic) or bool(K.basicuser)) and not K.firebase


def public_id(rng, c, K):
    """Public half shown next to the secret (amplitude API key)."""
    for n, v in K.extras(rng, c):
        if n == "AMPLITUDE_API_KEY":
            return v
    return ""


@template(http_ok)
def t_py_http(rng, c, K, s):
    path = rng.choice(["scripts/sync_%s.py" % K.provider.lower(), "tools/%s_audit.py" % K.provider.lower(),
                       "ops/cleanup_stale_flags.py", "%s/tasks/%s_export.py" % (c["app"], K.provider.lower())])
    url = api_url(K, c)
    L = ["#!/usr/bin/env python3", '"""%s: nightly job for %s (owner: %s)."""' % (K.provider, c["app"], c["person"]),
         "import json", "import os", "import sys", "", "import requests", "", 'BASE_URL = "%s"' % url, "TIMEOUT = %d" % rng.choice([10, 15, 30])]
    inline = s.subtle and s.literal
    if not inline:
        nm = conv(s.name, "screaming")
        L += ["%s = %s" % (nm, s.expr("py"))]
        ref = nm
    L += ["", "", "def fetch():"]
    if K.basic:
        pub = public_id(rng, c, K)
        L += ['    auth = ("%s", %s)' % (pub, s.expr("py") if inline else ref)]
        L += ["    resp = requests.get(BASE_URL, auth=auth, timeout=TIMEOUT)"]
    elif K.basicuser:
        L += ["    resp = requests.post(BASE_URL, auth=(%s, \"\"), json={\"userId\": \"cron\", \"event\": \"Sync Ran\"}, timeout=TIMEOUT)" % (s.expr("py") if inline else ref)]
    else:
        h, pre = K.header
        if inline:
            hv = '"%s%s"' % (pre, s.value)
        else:
            hv = ('f"%s{%s}"' % (pre, ref)) if pre else ref
        L += ["    headers = {", '        "%s": %s,' % (h, hv), '        "Accept": "application/json",', "    }",
              "    resp = requests.get(BASE_URL, headers=headers, timeout=TIMEOUT)"]
    L += ["    resp.raise_for_status()", "    return resp.json()", "", "", 'if __name__ == "__main__":',
          "    data = fetch()", "    json.dump(data, sys.stdout, indent=2)"]
    return path, L


@template(http_ok)
def t_node_http(rng, c, K, s):
    path = rng.choice(["scripts/%s-sync.mjs" % K.provider.lower(), "tools/flag-report.mjs", "scripts/release/%s.mjs" % K.provider.lower()])
    url = api_url(K, c)
    L = ["#!/usr/bin/env node", "// %s" % comment_for(K, rng), "", "const BASE_URL = '%s';" % url]
    inline = s.subtle and s.literal
    if not inline:
        nm = conv(s.name, rng.choice(["screaming", "camel"]))
        L += ["const %s = %s;" % (nm, s.expr("node"))]
    L += ["", "async function main() {"]
    if K.basic or K.basicuser:
        user = public_id(rng, c, K) if K.basic else None
        val = s.value if inline else None
        if K.basic:
            L += ["  const auth = Buffer.from(`%s:%s`).toString('base64');" % (user, val if inline else "${%s}" % nm)]
        else:
            L += ["  const auth = Buffer.from(`%s:`).toString('base64');" % (val if inline else "${%s}" % nm)]
        L += ["  const res = await fetch(BASE_URL, { headers: { Authorization: `Basic ${auth}` } });"]
    else:
        h, pre = K.header
        hv = ("'%s%s'" % (pre, s.value)) if inline else ("`%s${%s}`" % (pre, nm) if pre else nm)
        L += ["  const res = await fetch(BASE_URL, {", "    headers: {", "      '%s': %s," % (h, hv),
              "      'Content-Type': 'application/json',", "    },", "  });"]
    L += ["  if (!res.ok) throw new Error(`request failed: ${res.status}`);", "  const body = await res.json();",
          "  console.log(JSON.stringify(body, null, 2));", "}", "", "main().catch((err) => {", "  console.error(err);", "  process.exit(1);", "});"]
    return path, L


@template(lambda K: has_header(K))
def t_go_http(rng, c, K, s):
    path = "cmd/%s/main.go" % rng.choice(["flagctl", "release-notes", "%s-sync" % K.provider.lower(), "stale-flags"])
    h, pre = K.header
    L = ["package main", "", "import (", '\t"fmt"', '\t"io"', '\t"net/http"', '\t"os"', ")", "",
         'const endpoint = "%s"' % api_url(K, c), ""]
    inline = s.subtle and s.literal
    if not inline:
        nm = conv(s.name, "camel")
        L += [("const %s = %s" if s.literal else "var %s = %s") % (nm, s.expr("go")), ""]
        hv = ('"%s" + %s' % (pre, nm)) if pre else nm
    else:
        hv = '"%s%s"' % (pre, s.value)
    L += ["func main() {", "\treq, err := http.NewRequest(http.MethodGet, endpoint, nil)", "\tif err != nil {",
          "\t\tfmt.Fprintln(os.Stderr, err)", "\t\tos.Exit(1)", "\t}", '\treq.Header.Set("%s", %s)' % (h, hv),
          '\treq.Header.Set("Accept", "application/json")', "\tresp, err := http.DefaultClient.Do(req)", "\tif err != nil {",
          "\t\tfmt.Fprintln(os.Stderr, err)", "\t\tos.Exit(1)", "\t}", "\tdefer resp.Body.Close()",
          "\tbody, _ := io.ReadAll(resp.Body)", "\tfmt.Println(string(body))", "}"]
    return path, L


@template(lambda K: has_header(K))
def t_java_http(rng, c, K, s):
    cls = "%sApiClient" % K.provider.replace(" ", "")
    path = "src/main/java/%s/client/%s.java" % (c["pkg"].replace(".", "/"), cls)
    h, pre = K.header
    L = ["package %s.client;" % c["pkg"], "", "import java.net.URI;", "import java.net.http.HttpClient;",
         "import java.net.http.HttpRequest;", "import java.net.http.HttpResponse;", "import java.time.Duration;", "",
         "public final class %s {" % cls, "", '    private static final String BASE_URL = "%s";' % api_url(K, c)]
    inline = s.subtle and s.literal
    if not inline:
        nm = conv(s.name, "screaming")
        L += ["    private static final String %s = %s;" % (nm, s.expr("java"))]
        hv = ('"%s" + %s' % (pre, nm)) if pre else nm
    else:
        hv = '"%s%s"' % (pre, s.value)
    L += ["    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();", "",
          "    public String list() throws Exception {", "        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE_URL))",
          '                .header("%s", %s)' % (h, hv), '                .header("Accept", "application/json")',
          "                .GET()", "                .build();",
          "        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();", "    }", "}"]
    return path, L


@template(lambda K: has_header(K))
def t_kotlin_http(rng, c, K, s):
    path = "app/src/main/kotlin/%s/admin/%sService.kt" % (c["pkg"].replace(".", "/"), K.provider.replace(" ", ""))
    h, pre = K.header
    L = ["package %s.admin" % c["pkg"], "", "import okhttp3.OkHttpClient", "import okhttp3.Request", ""]
    inline = s.subtle and s.literal
    if not inline:
        nm = conv(s.name, "screaming")
        L += [("private const val %s = %s" if s.literal else "private val %s = %s") % (nm, s.expr("kotlin")), ""]
        hv = ('"%s$%s"' % (pre, nm)) if pre else nm
    else:
        hv = '"%s%s"' % (pre, s.value)
    L += ["class %sService(private val http: OkHttpClient = OkHttpClient()) {" % K.provider.replace(" ", ""),
          "    fun fetch(): String? {", "        val request = Request.Builder()", '            .url("%s")' % api_url(K, c),
          '            .addHeader("%s", %s)' % (h, hv), "            .build()",
          "        http.newCall(request).execute().use { return it.body?.string() }", "    }", "}"]
    return path, L


@template(lambda K: has_header(K))
def t_swift_http(rng, c, K, s):
    path = rng.choice(["Sources/ReleaseTool/%sClient.swift" % K.provider.replace(" ", ""), "Tools/FlagAudit/Sources/main.swift"])
    h, pre = K.header
    L = ["import Foundation", "#if canImport(FoundationNetworking)", "import FoundationNetworking", "#endif", ""]
    inline = s.subtle and s.literal
    if not inline:
        nm = conv(s.name, "camel")
        L += ["let %s = %s" % (nm, s.expr("swift")), ""]
        hv = ('"%s\\(%s)"' % (pre, nm)) if pre else nm
    else:
        hv = '"%s%s"' % (pre, s.value)
    L += ['var request = URLRequest(url: URL(string: "%s")!)' % api_url(K, c), 'request.httpMethod = "GET"',
          'request.setValue(%s, forHTTPHeaderField: "%s")' % (hv, h),
          'request.setValue("application/json", forHTTPHeaderField: "Accept")', "",
          "let semaphore = DispatchSemaphore(value: 0)", "URLSession.shared.dataTask(with: request) { data, _, error in",
          "    if let error = error { print(\"error: \\(error)\") }",
          "    if let data = data { print(String(decoding: data, as: UTF8.self)) }", "    semaphore.signal()", "}.resume()",
          "semaphore.wait()"]
    return path, L


@template(lambda K: has_header(K))
def t_cs_http(rng, c, K, s):
    path = "tools/%sAudit/Program.cs" % K.provider.replace(" ", "")
    h, pre = K.header
    L = ["using System;", "using System.Net.Http;", "using System.Threading.Tasks;", "", "internal static class Program", "{",
         '    private const string BaseUrl = "%s";' % api_url(K, c)]
    inline = s.subtle and s.literal
    if not inline:
        nm = conv(s.name, "pascal")
        L += [("    private const string %s = %s;" if s.literal else "    private static readonly string %s = %s;") % (nm, s.expr("cs"))]
        hv = ('"%s" + %s' % (pre, nm)) if pre else nm
    else:
        hv = '"%s%s"' % (pre, s.value)
    L += ["", "    private static async Task Main()", "    {", "        using var http = new HttpClient();",
          '        http.DefaultRequestHeaders.TryAddWithoutValidation("%s", %s);' % (h, hv),
          "        var json = await http.GetStringAsync(BaseUrl);", "        Console.WriteLine(json);", "    }", "}"]
    return path, L


@template(lambda K: has_header(K))
def t_rb_http(rng, c, K, s):
    path = "lib/tasks/%s.rake" % K.provider.lower().replace(" ", "_")
    h, pre = K.header
    L = ["require 'net/http'", "require 'json'", "", "namespace :%s do" % K.provider.lower().replace(" ", "_"),
         "  desc 'Report stale flags for %s'" % c["app"], "  task report: :environment do"]
    inline = s.subtle and s.literal
    if not inline:
        nm = conv(s.name, "snake")
        L += ["    %s = %s" % (nm, s.expr("rb"))]
        hv = ('"%s#{%s}"' % (pre, nm)) if pre else nm
    else:
        hv = "'%s%s'" % (pre, s.value)
    L += ["    uri = URI('%s')" % api_url(K, c), "    req = Net::HTTP::Get.new(uri)", "    req['%s'] = %s" % (h, hv),
          "    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }",
          "    puts JSON.pretty_generate(JSON.parse(res.body))", "  end", "end"]
    return path, L


@template(lambda K: has_header(K))
def t_php_http(rng, c, K, s):
    path = "app/Services/%sApi.php" % K.provider.replace(" ", "")
    h, pre = K.header
    L = ["<?php", "", "namespace App\\Services;", "", "use Illuminate\\Support\\Facades\\Http;", "",
         "class %sApi" % K.provider.replace(" ", ""), "{", "    private string $baseUrl = '%s';" % api_url(K, c)]
    inline = s.subtle and s.literal
    if not inline:
        L += ["    private string $token;", "", "    public function __construct()", "    {",
              "        $this->token = %s;" % s.expr("php"), "    }"]
        hv = ("'%s' . $this->token" % pre) if pre else "$this->token"
    else:
        hv = "'%s%s'" % (pre, s.value)
    L += ["", "    public function all(): array", "    {", "        return Http::withHeaders([",
          "            '%s' => %s," % (h, hv), "        ])->get($this->baseUrl)->json();", "    }", "}"]
    return path, L


def curl_auth(rng, K, c, s, where):
    """Shell fragment carrying the secret (header, basic auth or query param)."""
    inline = s.subtle and s.literal
    val = s.txt(where) if (inline or s.ref) else "${%s}" % conv(s.name, "screaming")
    if K.basic:
        return '-u "%s:%s"' % (public_id(rng, c, K), val), None
    if K.basicuser:
        return '-u "%s:"' % val, None
    if K.qparam and rng.random() < 0.3:
        return None, "%s=%s" % (K.qparam, val)
    h, pre = K.header
    return '-H "%s: %s%s"' % (h, pre, val), None


@template(http_ok)
def t_shell_curl(rng, c, K, s):
    path = rng.choice(["scripts/%s.sh" % rng.choice(["notify-deploy", "sync-flags", "export-%s" % K.provider.lower(), "release"]),
                       "bin/%s-report" % K.provider.lower(), "deploy/hooks/post-deploy.sh"])
    L = ["#!/usr/bin/env bash", "set -euo pipefail", "", "# %s" % comment_for(K, rng)]
    inline = s.subtle and s.literal
    if not inline:
        nm = conv(s.name, "screaming")
        if s.literal:
            L += ["%s='%s'" % (nm, s.value)]
        else:
            L += [': "${%s:?%s must be set}"' % (s.envname, s.envname)]
    L += ['ENVIRONMENT="${1:-%s}"' % c["env"], 'REVISION="$(git rev-parse --short HEAD)"', ""]
    a, q = curl_auth(rng, K, c, s, "sh")
    url = api_url(K, c)
    if q:
        url = url + ("&" if "?" in url else "?") + q
    L += ['curl -fsS --retry 3 \\']
    if a:
        L += ["  %s \\" % a]
    L += ['  -H "Content-Type: application/json" \\', '  "%s"' % url, "", 'echo "done ($ENVIRONMENT @ $REVISION)"']
    if not inline and s.literal:
        pass
    return path, L


@template(http_ok)
def t_md_runbook(rng, c, K, s):
    path = rng.choice(["docs/runbooks/%s.md" % K.provider.lower(), "notes/runbook.md", "docs/ops/%s-api.md" % K.provider.lower(),
                       "README.ops.md"])
    L = ["# %s runbook" % K.provider, "", "Owner: @%s · Service: `%s` · Env: `%s`" % (c["person"], c["app"], c["env"]), "",
         "## Listing resources", "", "Use the API directly when the dashboard is down:", "", "```bash"]
    inline = s.subtle and s.literal
    if not inline and s.literal:
        L += ["export %s=%s" % (conv(s.name, "screaming"), s.value)]
    a, q = curl_auth(rng, K, c, s, "md")
    url = api_url(K, c)
    if q:
        url = url + ("&" if "?" in url else "?") + q
    L += ["curl -s \\"] + (["  %s \\" % a] if a else []) + ["  '%s' | jq ." % url, "```", "",
          "## Escalation", "", "1. Check the status page of %s." % K.provider, "2. Page #%s-oncall." % c["app"],
          "3. Roll back the last deploy (`%s`)." % c["sha"][:7]]
    return path, L


@template(http_ok)
def t_makefile(rng, c, K, s):
    path = "Makefile"
    L = [".PHONY: build test release notify", "", "APP := %s" % c["app"], "VERSION ?= %s" % c["ver"]]
    inline = s.subtle and s.literal
    if not inline:
        nm = conv(s.name, "screaming")
        if s.literal:
            L += ["%s ?= %s" % (nm, s.value)]
    L += ["", "build:", "\tgo build -o bin/$(APP) ./cmd/$(APP)", "", "test:", "\tgo test ./...", "", "notify:"]
    a, q = curl_auth(rng, K, c, s, "make")
    if a and not inline and s.literal:
        a = a.replace("${%s}" % conv(s.name, "screaming"), "$(%s)" % conv(s.name, "screaming"))
    url = api_url(K, c)
    if q:
        q = q.replace("${%s}" % conv(s.name, "screaming"), "$(%s)" % conv(s.name, "screaming"))
        url = url + ("&" if "?" in url else "?") + q
    L += ["\tcurl -fsS %s'%s' -d '{\"version\":\"$(VERSION)\"}'" % ((a + " ") if a else "", url), "", "release: build notify",
          "\t@echo released $(APP) $(VERSION)"]
    return path, L


# ---------------------------------------------------------------- config templates

def entry(rng, c, K, s, where):
    """(SCREAMING_KEY, value text) for the secret slot in a config file."""
    v = s.txt(where)
    if s.subtle:
        if K.urlpw:
            return "DATABASE_URL", "postgres://unleash:%s@%s:5432/unleash" % (v, rng.choice(["db", "postgres", "unleash-db.internal"]))
        if K.cdnurl:
            return "CONFIGCAT_CONFIG_URL", "https://cdn-global.configcat.com/configuration-files/%s/config_v6.json" % v
        if K.qparam:
            base = api_url(K, c)
            return (K.provider.upper() + "_ENDPOINT"), base + ("&" if "?" in base else "?") + "%s=%s" % (K.qparam, v)
        if K.basicuser:
            return "SEGMENT_ENDPOINT", "https://%s:@api.segment.io/v1/batch" % v
    return s.name, v


def other_settings(rng, c, K, style):
    base = [("LOG_LEVEL", rng.choice(["info", "debug", "warn"])), ("PORT", str(c["port"])),
            ("APP_NAME", c["app"]), ("ENVIRONMENT", c["env"]), ("REQUEST_TIMEOUT_MS", str(rng.choice([2000, 5000, 10000]))),
            ("PUBLIC_URL", "https://%s.%s" % (c["app"], c["dom"])), ("REDIS_URL", "redis://redis:6379/0"),
            ("FEATURE_%s" % conv(c["flags"][0], "screaming"), rng.choice(["true", "false"]))]
    rng.shuffle(base)
    out = base[:rng.randint(2, 5)] + extras_styled(rng, c, K, "screaming")
    rng.shuffle(out)
    return [(conv(k, style), v) for k, v in out]


def place(rng, items, secret_item):
    pos = rng.randint(0, len(items))
    return items[:pos] + [secret_item] + items[pos:]


@template(lambda K: True)
def t_dotenv(rng, c, K, s):
    path = rng.choice([".env", ".env.production", ".env.local", "deploy/.env.%s" % c["env"], "docker/%s.env" % c["app"], ".env.staging"])
    k, v = entry(rng, c, K, s, "dotenv")
    q = rng.choice(["", '"', "'"]) if not K.firebase else '"'
    if K.id == "sentry_system" and q == "":
        q = "'"
    items = [(a, b) for a, b in other_settings(rng, c, K, "screaming")]
    L = ["# %s" % comment_for(K, rng), "# generated by `make env` on %s" % rng.choice(["2024-03-11", "2024-11-02", "2025-01-20", "2025-06-30"]), ""]
    items = place(rng, items, (conv(k, "screaming"), q + v + q if v else ""))
    L += ["%s=%s" % (a, b) for a, b in items]
    return path, L


@template(not_fb)
def t_compose(rng, c, K, s):
    path = rng.choice(["docker-compose.yml", "docker-compose.prod.yml", "deploy/docker-compose.yml", "compose.yaml"])
    k, v = entry(rng, c, K, s, "compose")
    items = other_settings(rng, c, K, "screaming")
    items = place(rng, items, (conv(k, "screaming"), v))
    L = ['version: "3.8"', "", "services:", "  %s:" % c["app"], "    image: ghcr.io/%s/%s:%s" % (c["org"], c["app"], c["ver"]),
         "    restart: unless-stopped", "    ports:", '      - "%d:%d"' % (c["port"], c["port"])]
    if rng.random() < 0.5:
        L += ["    environment:"] + ["      %s: %s" % (a, yq(b, rng)) for a, b in items]
    else:
        L += ["    environment:"] + ["      - %s=%s" % (a, b) for a, b in items]
    L += ["    depends_on:", "      - redis", "  redis:", "    image: redis:7-alpine", "    volumes:", "      - redis-data:/data", "",
          "volumes:", "  redis-data: {}"]
    return path, L


@template(lambda K: True)
def t_k8s_secret(rng, c, K, s):
    path = rng.choice(["k8s/%s-secret.yaml" % c["app"], "deploy/k8s/secrets.yaml", "manifests/%s/secret.yaml" % c["env"],
                       "kubernetes/overlays/%s/%s-secrets.yaml" % (c["env"], K.provider.lower())])
    k, v = entry(rng, c, K, s, "yaml")
    items = [(a, b) for a, b in other_settings(rng, c, K, "screaming")[:2]]
    items = place(rng, items, (conv(k, "screaming"), v))
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-%s" % (c["app"], K.provider.lower().replace(" ", "-")),
         "  namespace: %s" % c["app"], "  labels:", "    app.kubernetes.io/name: %s" % c["app"],
         "    app.kubernetes.io/part-of: %s" % c["org"], "type: Opaque", "stringData:"]
    L += ["  %s: %s" % (a, yq(b, rng, force=K.firebase)) for a, b in items]
    return path, L


@template(not_fb)
def t_k8s_deploy(rng, c, K, s):
    path = rng.choice(["k8s/deployment.yaml", "deploy/k8s/%s-deployment.yaml" % c["app"], "manifests/base/deployment.yaml"])
    k, v = entry(rng, c, K, s, "yaml")
    items = other_settings(rng, c, K, "screaming")
    items = place(rng, items, (conv(k, "screaming"), v))
    L = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s" % c["app"], "  labels:", "    app: %s" % c["app"],
         "spec:", "  replicas: %d" % rng.choice([2, 3, 4]), "  selector:", "    matchLabels:", "      app: %s" % c["app"],
         "  template:", "    metadata:", "      labels:", "        app: %s" % c["app"], "    spec:", "      containers:",
         "        - name: %s" % c["app"], "          image: %s.dkr.ecr.%s.amazonaws.com/%s:%s" % (rng.randint(100000000000, 999999999999), c["region"], c["app"], c["ver"]),
         "          ports:", "            - containerPort: %d" % c["port"], "          env:"]
    for a, b in items:
        L += ["            - name: %s" % a, "              value: %s" % yq(b, rng, force=True)]
    L += ["          resources:", "            limits:", "              memory: 512Mi", "              cpu: 500m"]
    return path, L


@template(not_fb)
def t_helm_values(rng, c, K, s):
    path = rng.choice(["charts/%s/values-prod.yaml" % c["app"], "helm/%s/values.yaml" % c["app"], "deploy/helm/values-%s.yaml" % c["env"]])
    k, v = entry(rng, c, K, s, "yaml")
    style = rng.choice(["camel", "snake"])
    prov = conv(K.provider, "camel")
    ex = extras_styled(rng, c, K, style)
    sub = conv(k, style)
    pref = words(K.provider)[0]
    if sub.lower().startswith(pref) and len(words(k)) > 1:
        sub = conv("_".join(words(k)[1:]), style) if not s.subtle else sub
    items = place(rng, ex, (sub, v))
    L = ["replicaCount: %d" % rng.choice([2, 3]), "", "image:", "  repository: ghcr.io/%s/%s" % (c["org"], c["app"]),
         '  tag: "%s"' % c["ver"], "  pullPolicy: IfNotPresent", "", "service:", "  type: ClusterIP", "  port: %d" % c["port"], "",
         "%s:" % prov, "  enabled: true"]
    L += ["  %s: %s" % (a, yq(b, rng)) for a, b in items]
    L += ["", "resources:", "  requests:", "    cpu: 100m", "    memory: 128Mi"]
    return path, L


@template(not_fb)
def t_spring_yml(rng, c, K, s):
    path = rng.choice(["src/main/resources/application.yml", "src/main/resources/application-%s.yml" % c["env"]])
    k, v = entry(rng, c, K, s, "props")
    style = "kebab"
    ex = extras_styled(rng, c, K, style)
    pref = words(K.provider)[0]
    sub = conv(k, style)
    if sub.startswith(pref + "-") and not s.subtle:
        sub = sub[len(pref) + 1:]
    items = place(rng, ex, (sub, v))
    L = ["server:", "  port: %d" % c["port"], "", "spring:", "  application:", "    name: %s" % c["app"], "",
         "%s:" % conv(K.provider, "kebab")]
    L += ["  %s: %s" % (a, yq(b, rng)) for a, b in items]
    L += ["", "management:", "  endpoints:", "    web:", "      exposure:", "        include: health,info,prometheus"]
    return path, L


@template(not_fb)
def t_spring_props(rng, c, K, s):
    path = rng.choice(["src/main/resources/application.properties", "src/main/resources/application-%s.properties" % c["env"],
                       "config/application.properties"])
    k, v = entry(rng, c, K, s, "props")
    pref = conv(K.provider, "kebab")
    ex = [(pref + "." + conv(a, "kebab"), b) for a, b in K.extras(rng, c)]
    items = place(rng, ex[:rng.randint(1, len(ex))], (pref + "." + conv(k, "kebab"), v))
    L = ["# %s" % comment_for(K, rng), "spring.application.name=%s" % c["app"], "server.port=%d" % c["port"],
         "logging.level.root=%s" % rng.choice(["INFO", "WARN"]), ""]
    L += ["%s=%s" % (a, b) for a, b in items]
    L += ["", "management.endpoints.web.exposure.include=health,info"]
    return path, L


@template(lambda K: True)
def t_appsettings(rng, c, K, s):
    path = rng.choice(["src/%s.Api/appsettings.json" % c["App"], "src/%s.Api/appsettings.Production.json" % c["App"],
                       "%s/appsettings.%s.json" % (c["App"], c["env"].capitalize())])
    k, v = entry(rng, c, K, s, "json")
    if K.firebase:
        v = v.replace("\\n", "\n")  # JSON encoding turns real newlines back into \n escapes
    sec = {}
    for a, b in K.extras(rng, c)[:3]:
        sec[conv(a, "pascal")] = b
    items = list(sec.items())
    items = place(rng, items, (conv(k, "pascal"), v))
    doc = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
           "AllowedHosts": "*", K.provider.replace(" ", ""): dict(items),
           "ConnectionStrings": {"Redis": "redis:6379"}}
    return path, json.dumps(doc, indent=2).split("\n")


@template(not_fb)
def t_toml(rng, c, K, s):
    path = rng.choice(["config/settings.toml", "config.toml", "config/%s.toml" % c["env"], "pyproject.toml.d/app.toml"])
    k, v = entry(rng, c, K, s, "toml")
    ex = extras_styled(rng, c, K, "snake")
    items = place(rng, ex, (conv(k, "snake"), v))
    L = ["# %s" % comment_for(K, rng), "[server]", 'host = "0.0.0.0"', "port = %d" % c["port"], "", "[%s]" % conv(K.provider, "snake")]
    L += ['%s = "%s"' % (a, b) for a, b in items]
    L += ["", "[logging]", 'level = "%s"' % rng.choice(["info", "debug"])]
    return path, L


@template(not_fb)
def t_ini(rng, c, K, s):
    path = rng.choice(["config/app.ini", "settings.ini", "conf/%s.cfg" % c["app"], "deploy/%s.ini" % c["env"]])
    k, v = entry(rng, c, K, s, "ini")
    ex = extras_styled(rng, c, K, "snake")
    items = place(rng, ex, (conv(k, "snake"), v))
    L = ["; %s" % comment_for(K, rng), "[app]", "name = %s" % c["app"], "debug = false", "", "[%s]" % conv(K.provider, "snake")]
    L += ["%s = %s" % (a, b) for a, b in items]
    return path, L


@template(not_fb)
def t_gha(rng, c, K, s):
    path = ".github/workflows/%s.yml" % rng.choice(["deploy", "release", "ci", "nightly-flags", "sourcemaps"])
    k, v = entry(rng, c, K, s, "gha")
    ex = [(a, b) for a, b in extras_styled(rng, c, K, "screaming", n=2)]
    items = place(rng, ex, (conv(k, "screaming"), v))
    L = ["name: %s" % path.split("/")[-1][:-4].replace("-", " ").title(), "", "on:", "  push:", "    branches: [main]",
         "  workflow_dispatch: {}", "", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    env:"]
    L += ["      %s: %s" % (a, yq(b, rng)) for a, b in items]
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-node@v4", "        with:",
          "          node-version: 20", "      - run: npm ci", "      - run: npm run build",
          "      - run: ./scripts/deploy.sh %s" % c["env"]]
    return path, L


@template(not_fb)
def t_gitlab(rng, c, K, s):
    path = ".gitlab-ci.yml"
    k, v = entry(rng, c, K, s, "gitlab")
    items = place(rng, [("DOCKER_DRIVER", "overlay2"), ("APP_NAME", c["app"])], (conv(k, "screaming"), v))
    L = ["stages:", "  - test", "  - build", "  - deploy", "", "variables:"]
    L += ["  %s: %s" % (a, yq(b, rng, force=True)) for a, b in items]
    L += ["", "test:", "  stage: test", "  image: python:3.12", "  script:", "    - pip install -r requirements.txt", "    - pytest -q", "",
          "deploy:", "  stage: deploy", "  script:", "    - ./deploy.sh %s" % c["env"], "  only:", "    - main"]
    return path, L


@template(not_fb)
def t_circleci(rng, c, K, s):
    path = ".circleci/config.yml"
    k, v = entry(rng, c, K, s, "sh")
    L = ["version: 2.1", "", "jobs:", "  build:", "    docker:", "      - image: cimg/node:20.11", "    environment:",
         "      %s: %s" % (conv(k, "screaming"), yq(v, rng)), "      NODE_ENV: production", "    steps:", "      - checkout",
         "      - run: npm ci", "      - run: npm test", "      - run: npm run release", "", "workflows:", "  main:", "    jobs:", "      - build"]
    return path, L


@template(not_fb)
def t_gae(rng, c, K, s):
    path = rng.choice(["app.yaml", "deploy/app.%s.yaml" % c["env"]])
    k, v = entry(rng, c, K, s, "yaml")
    items = place(rng, other_settings(rng, c, K, "screaming")[:3], (conv(k, "screaming"), v))
    L = ["runtime: python312", "entrypoint: gunicorn -b :$PORT %s.wsgi" % c["app"], "instance_class: F2", "", "env_variables:"]
    L += ["  %s: %s" % (a, yq(b, rng, force=True)) for a, b in items]
    L += ["", "automatic_scaling:", "  max_instances: 4"]
    return path, L


@template(not_fb)
def t_serverless(rng, c, K, s):
    path = "serverless.yml"
    k, v = entry(rng, c, K, s, "yaml")
    items = place(rng, [("STAGE", "${sls:stage}"), ("APP_NAME", c["app"])], (conv(k, "screaming"), v))
    L = ["service: %s" % c["app"], "frameworkVersion: '3'", "", "provider:", "  name: aws", "  runtime: nodejs20.x",
         "  region: %s" % c["region"], "  environment:"]
    L += ["    %s: %s" % (a, yq(b, rng)) for a, b in items]
    L += ["", "functions:", "  api:", "    handler: src/handler.main", "    events:", "      - httpApi: '*'"]
    return path, L


@template(not_fb)
def t_dockerfile(rng, c, K, s):
    path = rng.choice(["Dockerfile", "docker/Dockerfile", "Dockerfile.prod"])
    k, v = entry(rng, c, K, s, "docker")
    L = ["FROM node:20-alpine AS build", "WORKDIR /app", "COPY package*.json ./", "RUN npm ci", "COPY . .", "RUN npm run build", "",
         "FROM node:20-alpine", "WORKDIR /app", "ENV NODE_ENV=production \\", "    PORT=%d" % c["port"],
         "ENV %s=%s" % (conv(k, "screaming"), v if s.literal else "${%s}" % s.envname) if True else "",
         "COPY --from=build /app/dist ./dist", "COPY --from=build /app/node_modules ./node_modules", "EXPOSE %d" % c["port"],
         'CMD ["node", "dist/server.js"]']
    if s.ref:
        L.insert(L.index("FROM node:20-alpine"), "ARG %s" % s.envname)
    return path, L


@template(lambda K: True)
def t_json_config(rng, c, K, s):
    path = rng.choice(["config/production.json", "config/default.json", "config/%s.json" % c["env"]])
    k, v = entry(rng, c, K, s, "json")
    if K.firebase:
        v = v.replace("\\n", "\n")
    items = place(rng, [(conv(a, "camel"), b) for a, b in K.extras(rng, c)[:3]], (conv(k, "camel"), v))
    doc = {"app": {"name": c["app"], "port": c["port"]}, conv(K.provider, "camel"): dict(items),
           "log": {"level": rng.choice(["info", "warn"])}}
    return path, json.dumps(doc, indent=rng.choice([2, 4])).split("\n")


@template(not_fb)
def t_ansible(rng, c, K, s):
    path = rng.choice(["ansible/group_vars/%s.yml" % c["env"], "ansible/roles/%s/defaults/main.yml" % c["app"], "inventory/group_vars/all.yml"])
    k, v = entry(rng, c, K, s, "yaml")
    if s.ref:
        v = "{{ lookup('env', '%s') }}" % s.envname
    items = place(rng, [(conv(a, "snake"), b) for a, b in other_settings(rng, c, K, "snake")], (conv(k, "snake"), v))
    L = ["---", "# %s" % comment_for(K, rng), "%s_user: deploy" % conv(c["app"], "snake")]
    L += ["%s: %s" % (a, yq(b, rng, force="{{" in b)) for a, b in items]
    return path, L


@template(not_fb)
def t_py_settings(rng, c, K, s):
    path = rng.choice(["config/settings.py", "%s/settings/production.py" % conv(c["app"], "snake"), "settings.py", "%s/config.py" % conv(c["app"], "snake")])
    k, _ = entry(rng, c, K, s, "sh")
    L = ['"""Settings for %s (%s)."""' % (c["app"], c["env"]), "import os", "", "DEBUG = False",
         'ALLOWED_HOSTS = ["%s.%s"]' % (c["app"], c["dom"]), ""]
    for a, b in K.extras(rng, c)[:3]:
        L += ["%s = %r" % (a, b)]
    if s.literal:
        val = s.q("py")
        if s.subtle and (K.urlpw or K.cdnurl or K.qparam or K.basicuser):
            _, full = entry(rng, c, K, s, "sh")
            val = repr(full)
        L += ["%s = %s" % (conv(k, "screaming"), val)]
    else:
        L += ["%s = %s" % (conv(k, "screaming"), s.expr("py"))]
    L += ["", "CACHES = {", '    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://redis:6379/1"}', "}"]
    return path, L


@template(not_fb)
def t_node_config(rng, c, K, s):
    path = rng.choice(["config/default.js", "src/config.ts", "config/index.js", "src/env.ts"])
    k, full = entry(rng, c, K, s, "sh")
    prov = conv(K.provider, "camel")
    val = ("'%s'" % full) if s.literal else s.expr("node")
    L = ["// %s" % comment_for(K, rng), "module.exports = {" if path.endswith(".js") else "export default {",
         "  port: Number(process.env.PORT || %d)," % c["port"], "  %s: {" % prov]
    ex = [(conv(a, "camel"), b) for a, b in K.extras(rng, c)[:3]]
    items = place(rng, ["    %s: '%s'," % (a, b) for a, b in ex], "    %s: %s," % (conv(k, "camel"), val))
    L += items + ["  },", "  logLevel: '%s'," % rng.choice(["info", "warn"]), "};"]
    return path, L


@template(not_fb)
def t_tfvars(rng, c, K, s):
    path = rng.choice(["terraform/%s.auto.tfvars" % c["env"], "infra/terraform/terraform.tfvars", "terraform/variables.tf"])
    k, v = entry(rng, c, K, s, "sh")
    nm = conv(k, "snake")
    if s.ref:
        v = ""
    if path.endswith(".tf"):
        L = ['variable "region" {', '  type    = string', '  default = "%s"' % c["region"], "}", "",
             'variable "%s" {' % nm, "  type      = string", "  sensitive = true", '  default   = "%s"' % v, "}", "",
             'variable "app_name" {', '  default = "%s"' % c["app"], "}"]
    else:
        L = ['region      = "%s"' % c["region"], 'app_name    = "%s"' % c["app"], 'environment = "%s"' % c["env"],
             '%s = "%s"' % (nm, v), 'replicas    = %d' % rng.choice([2, 3])]
    return path, L


@template(not_fb)
def t_go_config(rng, c, K, s):
    path = rng.choice(["internal/config/config.go", "config/defaults.go"])
    k, full = entry(rng, c, K, s, "sh")
    L = ["package config", "", "import \"os\"", "", "// Config holds runtime settings for %s." % c["app"], "type Config struct {",
         "\tPort     int", "\tAppName  string", "\t%s string" % conv(k, "pascal"), "}", "", "// Default returns the production defaults.",
         "func Default() Config {", "\treturn Config{", "\t\tPort:    %d," % c["port"], '\t\tAppName: "%s",' % c["app"]]
    if s.literal:
        L += ['\t\t%s: "%s",' % (conv(k, "pascal"), full)]
    else:
        L += ["\t\t%s: %s," % (conv(k, "pascal"), s.expr("go"))]
    L += ["\t}", "}", "", "func env(k, d string) string {", "\tif v := os.Getenv(k); v != \"\" {", "\t\treturn v", "\t}", "\treturn d", "}"]
    return path, L


# ---------------------------------------------------------------- provider-specific templates

PUBLIC_TWIN = {
    "ld_sdk": ("LD_CLIENT_SIDE_ID", lambda r, c: ld_client_side_id(r)),
    "statsig_server": ("STATSIG_CLIENT_KEY", lambda r, c: statsig_client_key(r)),
    "posthog_personal": ("POSTHOG_KEY", lambda r, c: posthog_project_key(r)),
    "flagsmith_server": ("FLAGSMITH_ENVIRONMENT_ID", lambda r, c: flagsmith_client_key(r)),
    "growthbook_secret": ("GROWTHBOOK_CLIENT_KEY", lambda r, c: growthbook_client_key(r)),
    "sentry_org": ("SENTRY_DSN", lambda r, c: sentry_dsn(r)),
    "sentry_user": ("SENTRY_DSN", lambda r, c: sentry_dsn(r)),
    "amplitude_secret": ("AMPLITUDE_API_KEY", lambda r, c: rs(r, HEX, 32)),
    "datadog_api": ("DD_CLIENT_TOKEN", lambda r, c: dd_client_token(r)),
    "rollbar_server": ("ROLLBAR_CLIENT_TOKEN", lambda r, c: rs(r, HEX, 32)),
    "split_server": ("SPLIT_BROWSER_KEY", lambda r, c: split_browser_key(r)),
    "unleash_backend": ("UNLEASH_FRONTEND_TOKEN", lambda r, c: unleash_frontend_token(r, c)),
    "optimizely_pat": ("OPTIMIZELY_SDK_KEY", lambda r, c: optimizely_sdk_key(r)),
}


@template(lambda K: K.id in PUBLIC_TWIN)
def t_env_public_pair(rng, c, K, s):
    """Frontend framework env file: public (browser) twin next to the server secret."""
    fw = rng.choice([("NEXT_PUBLIC_", ".env.local"), ("VITE_", ".env.production.local"), ("NEXT_PUBLIC_", ".env"),
                     ("PUBLIC_", "apps/web/.env"), ("REACT_APP_", ".env.development.local")])
    pub_name, pub_gen = PUBLIC_TWIN[K.id]
    k, v = entry(rng, c, K, s, "dotenv")
    L = ["# --- browser-exposed (%s*) ---" % fw[0], "%s%s=%s" % (fw[0], pub_name, pub_gen(rng, c)),
         "%sAPP_URL=https://%s.%s" % (fw[0], c["app"], c["dom"]), "", "# --- server only, never prefix these ---"]
    items = place(rng, [(a, b) for a, b in other_settings(rng, c, K, "screaming")[:3]], (conv(k, "screaming"), v))
    L += ["%s=%s" % (a, b) for a, b in items]
    return fw[1], L

def tf_val(s):
    return '"%s"' % s.value if s.literal else "var.%s" % conv(s.envname, "snake")


@template(lambda K: K.id == "ld_api")
def t_tf_launchdarkly(rng, c, K, s):
    path = rng.choice(["terraform/launchdarkly/main.tf", "infra/flags/providers.tf", "terraform/main.tf"])
    L = ["terraform {", "  required_providers {", "    launchdarkly = {", '      source  = "launchdarkly/launchdarkly"',
         '      version = "~> 2.%d"' % rng.randint(0, 20), "    }", "  }", "}", "", 'provider "launchdarkly" {',
         "  access_token = %s" % tf_val(s), "}", ""]
    for f in c["flags"][:rng.randint(1, 3)]:
        L += ['resource "launchdarkly_feature_flag" "%s" {' % conv(f, "snake"), '  project_key    = "%s"' % c["app"],
              '  key            = "%s"' % f, '  name           = "%s"' % f.replace("-", " ").capitalize(),
              '  variation_type = "boolean"', "  tags           = [\"terraform\", \"%s\"]" % c["app"], "}", ""]
    return path, L


@template(lambda K: K.id in ("sentry_org", "sentry_user"))
def t_tf_sentry(rng, c, K, s):
    path = rng.choice(["terraform/sentry.tf", "infra/monitoring/sentry/main.tf"])
    L = ["terraform {", "  required_providers {", "    sentry = {", '      source  = "jianyuan/sentry"', '      version = "0.%d.%d"' % (rng.randint(11, 14), rng.randint(0, 9)),
         "    }", "  }", "}", "", 'provider "sentry" {', "  token = %s" % tf_val(s), "}", "",
         'resource "sentry_project" "%s" {' % conv(c["app"], "snake"), '  organization = "%s"' % c["org"],
         '  teams        = ["%s"]' % c["app"], '  name         = "%s"' % c["app"], '  platform     = "python"', "}"]
    return path, L


@template(lambda K: K.id == "statsig_console")
def t_tf_statsig(rng, c, K, s):
    path = "terraform/statsig/main.tf"
    L = ["terraform {", "  required_providers {", "    statsig = {", '      source = "statsig-io/statsig"', "    }", "  }", "}", "",
         'provider "statsig" {', "  console_api_key = %s" % tf_val(s), "}", "",
         'resource "statsig_gate" "%s" {' % conv(c["flags"][0], "snake"), '  name        = "%s"' % c["flags"][0],
         '  description = "managed by terraform"', "  is_enabled  = true", "}"]
    return path, L


@template(lambda K: K.id in ("datadog_api", "datadog_app"))
def t_tf_datadog(rng, c, K, s):
    path = rng.choice(["terraform/datadog/provider.tf", "infra/observability/datadog.tf"])
    api = tf_val(s) if K.id == "datadog_api" else "var.datadog_api_key"
    app = tf_val(s) if K.id == "datadog_app" else "var.datadog_app_key"
    L = ['provider "datadog" {', "  api_key = %s" % api, "  app_key = %s" % app, '  api_url = "https://api.%s/"' % rng.choice(["datadoghq.com", "datadoghq.eu"]),
         "}", "", 'resource "datadog_monitor" "%s_errors" {' % conv(c["app"], "snake"), '  name    = "%s error rate"' % c["app"],
         '  type    = "metric alert"', '  query   = "avg(last_5m):sum:trace.http.request.errors{service:%s} > 5"' % c["app"],
         '  message = "@slack-%s-alerts"' % c["app"], "}"]
    return path, L


@template(lambda K: K.id in ("sentry_org", "sentry_user"))
def t_sentry_properties(rng, c, K, s):
    path = rng.choice(["ios/sentry.properties", "android/sentry.properties", "sentry.properties"])
    L = ["defaults.url=https://sentry.io/", "defaults.org=%s" % c["org"], "defaults.project=%s" % c["app"],
         "auth.token=%s" % s.txt("props"), "cli.executable=node_modules/@sentry/cli/bin/sentry-cli"]
    return path, L


@template(lambda K: K.id in ("sentry_org", "sentry_user"))
def t_sentryclirc(rng, c, K, s):
    path = ".sentryclirc"
    L = ["[defaults]", "url = https://sentry.io/", "org = %s" % c["org"], "project = %s" % c["app"], "", "[auth]",
         "token = %s" % s.txt("ini"), "", "[log]", "level = %s" % rng.choice(["info", "warn"])]
    return path, L


@template(lambda K: K.id in ("sentry_org", "sentry_user"))
def t_next_sentry(rng, c, K, s):
    path = rng.choice(["next.config.js", "next.config.mjs"])
    val = s.q("node") if s.literal else "process.env.SENTRY_AUTH_TOKEN"
    L = ["const { withSentryConfig } = require('@sentry/nextjs');" if path.endswith(".js") else "import { withSentryConfig } from '@sentry/nextjs';", "",
         "const nextConfig = {", "  reactStrictMode: true,", "  output: 'standalone',", "};", "",
         ("module.exports = " if path.endswith(".js") else "export default ") + "withSentryConfig(nextConfig, {",
         "  org: '%s'," % c["org"], "  project: '%s'," % c["app"], "  authToken: %s," % val, "  silent: !process.env.CI,",
         "  widenClientFileUpload: true,", "});"]
    return path, L


@template(lambda K: K.id == "sentry_system")
def t_sentry_selfhosted(rng, c, K, s):
    path = rng.choice(["sentry/config.yml", "self-hosted/sentry/config.yml"])
    L = ["# While a lot of configuration in Sentry can be changed via the UI, for all",
         "# new-style config (as of 8.0) you can also declare values here in this file", "", "mail.backend: 'smtp'",
         "mail.host: 'smtp.%s'" % c["dom"], "mail.port: 587", "mail.use-tls: true", "mail.from: 'sentry@%s'" % c["dom"], "",
         "system.secret-key: '%s'" % s.txt("yaml"), "system.url-prefix: 'https://sentry.%s'" % c["dom"], "",
         "filestore.backend: 'filesystem'", "filestore.options:", "  location: '/data/files'"]
    return path, L


@template(lambda K: K.id == "honeybadger")
def t_honeybadger_yml(rng, c, K, s):
    path = "config/honeybadger.yml"
    v = s.txt("yaml") if s.literal else "<%= ENV['HONEYBADGER_API_KEY'] %>"
    L = ["---", 'api_key: "%s"' % v, "env: \"<%= Rails.env %>\"", "revision: \"<%= ENV.fetch('GIT_SHA', 'unknown') %>\"",
         "exceptions:", "  ignore:", "    - ActionController::RoutingError", "breadcrumbs:", "  enabled: true", "insights:", "  enabled: %s" % rng.choice(["true", "false"])]
    return path, L


@template(lambda K: K.id == "ld_sdk")
def t_ld_relay(rng, c, K, s):
    path = rng.choice(["relay/ld-relay.conf", "deploy/ld-relay/relay.conf"])
    L = ["[Main]", "port = 8030", "", "[Redis]", "enabled = true", "url = redis://redis:6379", "localTtl = 30s", ""]
    for e in rng.sample(["Production", "Staging"], rng.choice([1])):
        L += ['[Environment "%s"]' % e, "sdkKey = %s" % s.txt("ini"), "prefix = %s-%s" % (c["app"], e.lower()), ""]
    L += ["[Events]", "enabled = true"]
    return path, L


@template(lambda K: K.id in ("unleash_db", "unleash_backend"))
def t_unleash_compose(rng, c, K, s):
    path = rng.choice(["docker-compose.yml", "infra/unleash/docker-compose.yml"])
    L = ["services:", "  unleash:", "    image: unleashorg/unleash-server:%d" % rng.choice([5, 6]), "    ports:", '      - "4242:4242"', "    environment:"]
    if K.id == "unleash_db":
        if s.subtle:
            L += ["      DATABASE_URL: %s" % yq("postgres://unleash:%s@db/unleash" % s.txt("compose"), rng)]
        else:
            L += ["      DATABASE_HOST: db", "      DATABASE_NAME: unleash", "      DATABASE_USERNAME: unleash",
                  "      DATABASE_PASSWORD: %s" % yq(s.txt("compose"), rng)]
        L += ["      DATABASE_SSL: \"false\"", "      LOG_LEVEL: warn", "    depends_on:", "      - db", "  db:", "    image: postgres:15",
              "    environment:", "      POSTGRES_DB: unleash", "      POSTGRES_USER: unleash",
              "      POSTGRES_PASSWORD: %s" % yq(s.txt("compose"), rng) if not s.subtle else "      POSTGRES_HOST_AUTH_METHOD: scram-sha-256"]
    else:
        L = ["services:", "  unleash-edge:", "    image: unleashorg/unleash-edge:v19", "    command: edge",
             "    ports:", '      - "3063:3063"', "    environment:", "      UPSTREAM_URL: https://unleash.%s" % c["dom"],
             "      TOKENS: %s" % yq(s.txt("compose"), rng, force=True), "      REDIS_URL: redis://redis:6379"]
    return path, L


def firebase_sa_doc(rng, c, pk):
    proj = "%s-%s" % (c["app"], rs(rng, LOWALNUM, 5))
    sa = "firebase-adminsdk-%s" % rs(rng, LOWALNUM, 5)
    email = "%s@%s.iam.gserviceaccount.com" % (sa, proj)
    return [("type", "service_account"), ("project_id", proj), ("private_key_id", rs(rng, HEX, 40)), ("private_key", pk),
            ("client_email", email), ("client_id", str(rng.randint(10 ** 20, 10 ** 21 - 1))),
            ("auth_uri", "https://accounts.google.com/o/oauth2/auth"), ("token_uri", "https://oauth2.googleapis.com/token"),
            ("auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs"),
            ("client_x509_cert_url", "https://www.googleapis.com/robot/v1/metadata/x509/%s" % email.replace("@", "%40")),
            ("universe_domain", "googleapis.com")]


@template(lambda K: K.firebase)
def t_firebase_sa_json(rng, c, K, s):
    path = rng.choice(["config/firebase-service-account.json", "serviceAccountKey.json", "functions/service-account.json",
                       "secrets/%s-firebase-adminsdk.json" % c["app"], "credentials/remote-config-sa.json"])
    items = firebase_sa_doc(rng, c, s.txt("json"))
    L = ["{"] + ['  "%s": "%s"%s' % (a, b, "," if i < len(items) - 1 else "") for i, (a, b) in enumerate(items)] + ["}"]
    return path, L


@template(lambda K: K.firebase)
def t_firebase_py(rng, c, K, s):
    path = rng.choice(["%s/remote_config.py" % conv(c["app"], "snake"), "app/firebase_admin_init.py"])
    items = firebase_sa_doc(rng, c, s.txt("json"))
    L = ["import firebase_admin", "from firebase_admin import credentials, remote_config", "", "SERVICE_ACCOUNT = {"]
    L += ['    "%s": "%s",' % (a, b) for a, b in items]
    L += ["}", "", "cred = credentials.Certificate(SERVICE_ACCOUNT)", "app = firebase_admin.initialize_app(cred)", "",
          "", "def fetch_template():", "    template = remote_config.init_server_template(app=app)", "    template.load()", "    return template"]
    return path, L


@template(lambda K: K.firebase)
def t_firebase_node(rng, c, K, s):
    path = rng.choice(["functions/src/admin.ts", "server/firebase.js"])
    items = firebase_sa_doc(rng, c, s.txt("json"))
    d = dict(items)
    L = ["import admin from 'firebase-admin';", "", "const serviceAccount = {", "  projectId: '%s'," % d["project_id"],
         "  clientEmail: '%s'," % d["client_email"], "  privateKey: '%s'," % d["private_key"], "};", "",
         "admin.initializeApp({ credential: admin.credential.cert(serviceAccount) });", "",
         "export const remoteConfig = admin.remoteConfig();"]
    return path, L


# ---------------------------------------------------------------- negative fillers for re-used templates

GENERIC_PH = ["REPLACE_ME", "<redacted>", "TODO-set-in-vault", "your-key-here", "xxx", "CHANGE_ME_IN_PROD", "<set me>", "..."]


def sm_ref(rng, c, K):
    nm = conv(K.names[0], "kebab")
    return rng.choice([
        "vault:secret/data/%s/%s#%s" % (c["env"], c["app"], conv(K.names[0], "snake")),
        "arn:aws:secretsmanager:%s:%d:secret:%s/%s/%s" % (c["region"], rng.randint(100000000000, 999999999999), c["env"], c["app"], nm),
        "projects/%s-%s/secrets/%s/versions/latest" % (c["org"], c["env"], nm),
        "op://Engineering/%s %s/credential" % (K.provider, c["env"]),
        "ssm:/%s/%s/%s" % (c["app"], c["env"], nm),
        "azurekv://%s-kv/%s" % (c["org"], nm),
        "{{ .Values.secrets.%s }}" % conv(K.names[0], "camel"),
    ])


def masked(rng, K):
    tail = rs(rng, HEX, 4)
    m = K.mask or ""
    if K.id in ("ld_sdk", "ld_api"):
        return m + "********-****-****-****-********" + tail
    return rng.choice([m + "*" * rng.randint(8, 24) + tail, m + "****", "[REDACTED]", "********", m + "…" + tail,
                       "<hidden>"])


def make_filler(rng, c, K, subtle):
    name = rng.choice(K.neutral) if subtle else rng.choice(K.names)
    env = rng.choice(K.names)
    if K.firebase:
        t = rng.choice(["placeholder", "empty", "masked"])
        v = {"placeholder": rng.choice(K.ph[:1] + ["-----BEGIN PRIVATE KEY-----\\n<paste key here>\\n-----END PRIVATE KEY-----\\n"]),
             "empty": "", "masked": "-----BEGIN PRIVATE KEY-----\\n[REDACTED]\\n-----END PRIVATE KEY-----\\n"}[t]
        return Slot(rng, v, name, env, subtle), t
    t = rng.choice(["placeholder", "placeholder", "envref", "envref", "smref", "masked", "empty"])
    if t == "placeholder":
        v = rng.choice(K.ph + GENERIC_PH[:3])
        return Slot(rng, v, name, env, subtle), t
    if t == "envref":
        return Slot(rng, None, name, env, subtle, ref=True), t
    if t == "smref":
        return Slot(rng, sm_ref(rng, c, K), name, env, subtle), t
    if t == "masked":
        return Slot(rng, masked(rng, K), name, env, subtle), t
    return Slot(rng, "", name, env, subtle), t


# ---------------------------------------------------------------- negative domain look-alike templates
# Each returns (provider, kind, relpath, lines).  Values are public keys the
# vendors document as safe to ship, ids, hashes, ciphertext, examples.

NEG_TEMPLATES = []


def neg(fn):
    NEG_TEMPLATES.append((fn.__name__, fn))
    return fn


@neg
def n_ld_js_client(rng, c):
    ts = rng.random() < 0.5
    path = rng.choice(["src/featureFlags", "web/src/lib/launchdarkly", "frontend/src/flags"]) + (".ts" if ts else ".js")
    cid = ld_client_side_id(rng)
    var = rng.choice(["CLIENT_SIDE_ID", "clientSideId", "LD_CLIENT_ID", "envId"])
    L = ["import * as LDClient from 'launchdarkly-js-client-sdk';", "",
         "// Client-side ID is public: it is shipped to every browser.",
         "const %s = '%s';" % (var, cid), "",
         "export function startFlags(user) {", "  const context = { kind: 'user', key: user.id, email: user.email };",
         "  const client = LDClient.initialize(%s, context, { bootstrap: 'localStorage' });" % var,
         "  return client.waitForInitialization(5).then(() => client);", "}", "", "export const FLAGS = {"]
    L += ["  %s: '%s'," % (conv(f, "camel"), f) for f in c["flags"]]
    L += ["};"]
    return "LaunchDarkly", "client_side_id", path, L


@neg
def n_ld_android(rng, c):
    path = "app/src/main/java/%s/%sApplication.kt" % (c["pkg"].replace(".", "/"), c["App"])
    L = ["package %s" % c["pkg"], "", "import android.app.Application", "import com.launchdarkly.sdk.LDContext",
         "import com.launchdarkly.sdk.android.LDClient", "import com.launchdarkly.sdk.android.LDConfig", "",
         "class %sApplication : Application() {" % c["App"], "    override fun onCreate() {", "        super.onCreate()",
         "        val ldConfig = LDConfig.Builder(LDConfig.Builder.AutoEnvAttributes.Enabled)",
         '            .mobileKey("%s")' % ld_mobile_key(rng), "            .build()",
         '        val context = LDContext.create("anonymous-%s")' % uuid4(rng)[:8], "        LDClient.init(this, ldConfig, context, 0)",
         "    }", "}"]
    return "LaunchDarkly", "mobile_key", path, L


@neg
def n_ld_ios(rng, c):
    path = "%s/AppDelegate.swift" % c["App"]
    L = ["import UIKit", "import LaunchDarkly", "", "@main", "class AppDelegate: UIResponder, UIApplicationDelegate {",
         "    func application(_ application: UIApplication,",
         "                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {",
         '        var config = LDConfig(mobileKey: "%s", autoEnvAttributes: .enabled)' % ld_mobile_key(rng),
         "        config.backgroundFlagPollingInterval = 3600",
         '        let context = try? LDContextBuilder(key: "device-\\(UUID().uuidString)").build().get()',
         "        LDClient.start(config: config, context: context, startWaitSeconds: 5)", "        return true", "    }", "}"]
    return "LaunchDarkly", "mobile_key", path, L


@neg
def n_split_browser(rng, c):
    path = rng.choice(["src/split.ts", "web/src/experiments/split.js"])
    L = ["import { SplitFactory } from '@splitsoftware/splitio-browserjs';", "",
         "// Browser (client-side) SDK key - safe to expose, scoped to the client-side API.",
         "const factory = SplitFactory({", "  core: {", "    authorizationKey: '%s'," % split_browser_key(rng),
         "    key: window.__USER_ID__ || 'anonymous',", "  },", "  startup: { readyTimeout: 1.5 },", "});", "",
         "export const split = factory.client();", "export const TREATMENTS = ['%s', '%s'];" % (c["flags"][0], c["flags"][1])]
    return "Split", "browser_sdk_key", path, L


@neg
def n_statsig_react(rng, c):
    path = rng.choice(["src/App.tsx", "web/src/providers/StatsigProvider.tsx"])
    L = ["import { StatsigProvider, useClientAsyncInit } from '@statsig/react-bindings';", "",
         "const STATSIG_CLIENT_KEY = '%s';" % statsig_client_key(rng), "",
         "export default function App({ user }: { user: { id: string } }) {",
         "  const { client } = useClientAsyncInit(STATSIG_CLIENT_KEY, { userID: user.id });",
         "  return (", "    <StatsigProvider client={client} loadingComponent={<Spinner />}>", "      <Routes />",
         "    </StatsigProvider>", "  );", "}"]
    return "Statsig", "client_sdk_key", path, L


@neg
def n_statsig_mobile(rng, c):
    path = "%s/Services/Experiments.swift" % c["App"]
    L = ["import Statsig", "", "enum Experiments {", '    static let clientKey = "%s"' % statsig_client_key(rng), "",
         "    static func start(userID: String) {",
         "        Statsig.initialize(sdkKey: clientKey, user: StatsigUser(userID: userID)) { error in",
         '            if let error { print("statsig init failed: \\(error)") }', "        }", "    }", "}"]
    return "Statsig", "client_sdk_key", path, L


@neg
def n_optimizely(rng, c):
    path = rng.choice(["src/optimizely.js", "web/src/lib/optimizely.ts"])
    k = optimizely_sdk_key(rng)
    L = ["import { createInstance } from '@optimizely/react-sdk';", "",
         "// The datafile for this environment is public (CDN) - the SDK key only selects it.",
         "export const optimizely = createInstance({", "  sdkKey: '%s'," % k, "  datafileOptions: { autoUpdate: true, updateInterval: 300000 },", "});",
         "", "export const DATAFILE_URL = 'https://cdn.optimizely.com/datafiles/%s.json';" % k]
    return "Optimizely", "sdk_key_public_datafile", path, L


@neg
def n_unleash_frontend(rng, c):
    path = rng.choice(["src/unleash.ts", "web/src/flags/unleash.js"])
    L = ["import { UnleashClient } from 'unleash-proxy-client';", "",
         "// Frontend token: only evaluates enabled flags for a context (safe in the browser).",
         "export const unleash = new UnleashClient({", "  url: 'https://unleash.%s/api/frontend'," % c["dom"],
         "  clientKey: '%s'," % unleash_frontend_token(rng, c), "  appName: '%s-web'," % c["app"], "  refreshInterval: 15,", "});",
         "", "unleash.start();"]
    return "Unleash", "frontend_token", path, L


@neg
def n_unleash_local(rng, c):
    path = rng.choice(["docker-compose.dev.yml", "dev/unleash/docker-compose.yml"])
    L = ["# Local development only - tokens below are the documented demo values.", "services:", "  unleash:",
         "    image: unleashorg/unleash-server:latest", "    ports:", '      - "4242:4242"', "    environment:",
         "      DATABASE_URL: postgres://postgres:${POSTGRES_PASSWORD}@db/db", "      DATABASE_SSL: \"false\"",
         '      INIT_CLIENT_API_TOKENS: "default:development.unleash-insecure-api-token"',
         '      INIT_FRONTEND_API_TOKENS: "default:development.unleash-insecure-frontend-api-token"',
         '      INIT_ADMIN_API_TOKENS: "*:*.unleash-insecure-admin-api-token"', "    depends_on:", "      - db", "  db:",
         "    image: postgres:15", "    environment:", "      POSTGRES_DB: db", "      POSTGRES_HOST_AUTH_METHOD: trust"]
    return "Unleash", "documented_demo_tokens", path, L


@neg
def n_flagsmith_web(rng, c):
    path = rng.choice(["src/flagsmith.js", "web/src/lib/flags.ts"])
    L = ["import flagsmith from 'flagsmith';", "",
         "// Client-side environment key (public by design; server keys start with ser.)",
         "flagsmith.init({", "  environmentID: '%s'," % flagsmith_client_key(rng), "  api: 'https://edge.api.flagsmith.com/api/v1/',",
         "  cacheFlags: true,", "  onChange: () => window.dispatchEvent(new Event('flags:changed')),", "});", "", "export default flagsmith;"]
    return "Flagsmith", "client_environment_key", path, L


@neg
def n_growthbook_web(rng, c):
    if rng.random() < 0.5:
        path = "src/growthbook.ts"
        L = ["import { GrowthBook } from '@growthbook/growthbook';", "", "export const gb = new GrowthBook({",
             "  apiHost: 'https://cdn.growthbook.io',", "  clientKey: '%s'," % growthbook_client_key(rng), "  enableDevMode: import.meta.env.DEV,",
             "  trackingCallback: (experiment, result) => {", "    analytics.track('Experiment Viewed', { experimentId: experiment.key, variationId: result.key });",
             "  },", "});", "", "await gb.init({ streaming: true });"]
    else:
        path = rng.choice([".env.production", ".env"])
        L = ["# Public (browser) values only", "NEXT_PUBLIC_GROWTHBOOK_API_HOST=https://cdn.growthbook.io",
             "NEXT_PUBLIC_GROWTHBOOK_CLIENT_KEY=%s" % growthbook_client_key(rng), "NEXT_PUBLIC_APP_URL=https://%s.%s" % (c["app"], c["dom"]),
             "NEXT_PUBLIC_GROWTHBOOK_DEV_MODE=false"]
    return "GrowthBook", "client_key", path, L


@neg
def n_posthog_html(rng, c):
    path = rng.choice(["public/index.html", "templates/base.html", "src/_includes/analytics.html"])
    L = ["<!doctype html>", "<html lang=\"en\">", "<head>", "  <meta charset=\"utf-8\">", "  <title>%s</title>" % c["App"], "  <script>",
         "    !function(t,e){var o,n,p,r;e.__SV||(window.posthog=e,e._i=[],e.init=function(i,s,a){/* snippet */})}(document,window.posthog||[]);",
         "    posthog.init('%s', {" % posthog_project_key(rng), "      api_host: 'https://us.i.posthog.com',", "      person_profiles: 'identified_only',",
         "    });", "  </script>", "</head>", "<body>", "  <div id=\"root\"></div>", "</body>", "</html>"]
    return "PostHog", "project_api_key", path, L


@neg
def n_posthog_env(rng, c):
    path = rng.choice([".env.local", ".env.production", "apps/web/.env"])
    L = ["NEXT_PUBLIC_POSTHOG_KEY=%s" % posthog_project_key(rng), "NEXT_PUBLIC_POSTHOG_HOST=https://eu.i.posthog.com",
         "POSTHOG_PROJECT_ID=%d" % rng.randint(1000, 99999), "# personal API key lives in the secret store", "POSTHOG_PERSONAL_API_KEY="]
    return "PostHog", "project_api_key", path, L


@neg
def n_sentry_dsn_py(rng, c):
    path = rng.choice(["%s/settings/base.py" % conv(c["app"], "snake"), "app/sentry.py", "config/sentry.py"])
    L = ["import sentry_sdk", "from sentry_sdk.integrations.django import DjangoIntegration", "",
         "# DSNs are not secret: they only allow sending events to this project.",
         "sentry_sdk.init(", '    dsn="%s",' % sentry_dsn(rng), "    integrations=[DjangoIntegration()],",
         "    traces_sample_rate=%s," % rng.choice(["0.1", "0.2", "1.0"]), '    environment="%s",' % c["env"],
         '    release="%s@%s",' % (c["app"], c["ver"]), "    send_default_pii=False,", ")"]
    return "Sentry", "dsn", path, L


@neg
def n_sentry_dsn_js(rng, c):
    path = rng.choice(["sentry.client.config.ts", "src/instrument.js", "web/src/sentry.ts"])
    L = ["import * as Sentry from '@sentry/nextjs';", "", "Sentry.init({", "  dsn: '%s'," % sentry_dsn(rng),
         "  tracesSampleRate: 0.1,", "  replaysSessionSampleRate: 0.0,", "  replaysOnErrorSampleRate: 1.0,",
         "  release: '%s'," % c["sha"], "  environment: process.env.NEXT_PUBLIC_VERCEL_ENV,", "});"]
    return "Sentry", "dsn", path, L


@neg
def n_sentry_doc_example(rng, c):
    path = rng.choice(["docs/observability.md", "README.md", "docs/sentry-setup.md"])
    L = ["# Error reporting", "", "We use Sentry. The SDK reads `SENTRY_DSN`; the example DSN from the Sentry docs looks like:", "",
         "```", "https://examplePublicKey@o0.ingest.sentry.io/0", "```", "",
         "For source map uploads CI needs an **organization auth token** (`sntrys_...`).", "Never commit it - add it as the",
         "`SENTRY_AUTH_TOKEN` repository secret. Locally run:", "", "```bash", "export SENTRY_AUTH_TOKEN=<your token>",
         "npx @sentry/wizard@latest -i sourcemaps", "```", "", "Project: `%s/%s`, project id `%s`." % (c["org"], c["app"], c["proj_id"])]
    return "Sentry", "documentation_example", path, L


@neg
def n_sentry_props_no_token(rng, c):
    path = rng.choice(["android/sentry.properties", "ios/sentry.properties", "sentry.properties"])
    L = ["defaults.url=https://sentry.io/", "defaults.org=%s" % c["org"], "defaults.project=%s-mobile" % c["app"],
         "# auth.token is injected by CI via SENTRY_AUTH_TOKEN", "cli.executable=node_modules/@sentry/cli/bin/sentry-cli"]
    return "Sentry", "config_without_token", path, L


@neg
def n_bugsnag_manifest(rng, c):
    path = "app/src/main/AndroidManifest.xml"
    L = ['<?xml version="1.0" encoding="utf-8"?>', '<manifest xmlns:android="http://schemas.android.com/apk/res/android">', "",
         '    <uses-permission android:name="android.permission.INTERNET" />', "",
         '    <application', '        android:name=".%sApplication"' % c["App"], '        android:label="@string/app_name"',
         '        android:icon="@mipmap/ic_launcher">', '        <meta-data', '            android:name="com.bugsnag.android.API_KEY"',
         '            android:value="%s" />' % rs(rng, HEX, 32), '        <meta-data', '            android:name="com.bugsnag.android.RELEASE_STAGE"',
         '            android:value="production" />', "    </application>", "</manifest>"]
    return "Bugsnag", "notifier_api_key_mobile", path, L


@neg
def n_bugsnag_js(rng, c):
    path = rng.choice(["src/bugsnag.js", "web/src/errorReporting.ts"])
    L = ["import Bugsnag from '@bugsnag/js';", "import BugsnagPluginReact from '@bugsnag/plugin-react';", "",
         "Bugsnag.start({", "  apiKey: '%s'," % rs(rng, HEX, 32), "  plugins: [new BugsnagPluginReact()],",
         "  appVersion: '%s'," % c["ver"], "  enabledReleaseStages: ['production', 'staging'],", "});"]
    return "Bugsnag", "notifier_api_key_browser", path, L


@neg
def n_rollbar_client(rng, c):
    path = rng.choice(["public/index.html", "app/views/layouts/_rollbar.html.erb", "templates/partials/rollbar.html"])
    L = ["<script>", "  var _rollbarConfig = {", '    accessToken: "%s",' % rs(rng, HEX, 32), "    captureUncaught: true,",
         "    captureUnhandledRejections: true,", "    payload: {", '      environment: "production",', "      client: {", "        javascript: {",
         '          code_version: "%s",' % c["sha"], "          source_map_enabled: true", "        }", "      }", "    }", "  };",
         "  // post_client_item token: allowed in browser code", "</script>", '<script src="https://cdn.rollbar.com/rollbarjs/refs/tags/v2.26.4/rollbar.min.js"></script>']
    return "Rollbar", "post_client_item_token", path, L


@neg
def n_raygun_js(rng, c):
    path = rng.choice(["public/index.html", "src/raygun.js"])
    k = rmix(rng, B62, 22)
    if path.endswith(".html"):
        L = ["<script type=\"text/javascript\">", "  !function(a,b,c,d,e,f,g,h){/* raygun4js loader */}(window,document,\"script\",\"//cdn.raygun.io/raygun4js/raygun.min.js\",\"rg4js\");",
             "</script>", "<script>", "  rg4js('apiKey', '%s');" % k, "  rg4js('enableCrashReporting', true);",
             "  rg4js('setVersion', '%s');" % c["ver"], "</script>"]
    else:
        L = ["import rg4js from 'raygun4js';", "", "rg4js('apiKey', '%s');" % k, "rg4js('enableCrashReporting', true);",
             "rg4js('enablePulse', true);", "rg4js('options', { ignore3rdPartyErrors: true });"]
    return "Raygun", "raygun4js_api_key", path, L


@neg
def n_datadog_rum(rng, c):
    path = rng.choice(["src/datadog.ts", "web/src/monitoring/rum.js"])
    L = ["import { datadogRum } from '@datadog/browser-rum';", "", "datadogRum.init({", "  applicationId: '%s'," % uuid4(rng),
         "  clientToken: '%s'," % dd_client_token(rng), "  site: '%s'," % rng.choice(["datadoghq.com", "datadoghq.eu"]),
         "  service: '%s-web'," % c["app"], "  env: '%s'," % c["env"], "  version: '%s'," % c["ver"], "  sessionSampleRate: 100,",
         "  sessionReplaySampleRate: 20,", "  trackUserInteractions: true,", "  defaultPrivacyLevel: 'mask-user-input',", "});"]
    return "Datadog", "rum_client_token", path, L


@neg
def n_amplitude_browser(rng, c):
    path = rng.choice(["src/analytics.ts", "web/src/amplitude.js"])
    L = ["import * as amplitude from '@amplitude/analytics-browser';", "", "// Browser API key (public). The secret key is only used by the export job.",
         "amplitude.init('%s', {" % rs(rng, HEX, 32), "  defaultTracking: { sessions: true, pageViews: true },",
         "  serverZone: '%s'," % rng.choice(["US", "EU"]), "});", "", "export const track = amplitude.track;"]
    return "Amplitude", "browser_api_key", path, L


@neg
def n_segment_snippet(rng, c):
    path = rng.choice(["public/index.html", "src/pages/_document.tsx", "layouts/default.html"])
    wk = rmix(rng, B62, 32)
    L = ["<script>", "  !function(){var i=\"analytics\",analytics=window[i]=window[i]||[];/* analytics.js snippet v5 */",
         "  analytics._writeKey=\"%s\";analytics.SNIPPET_VERSION=\"5.2.0\";" % wk, "  analytics.load(\"%s\");" % wk, "  analytics.page();", "  }}();", "</script>"]
    return "Segment", "analytics_js_write_key", path, L


@neg
def n_firebase_web(rng, c):
    path = rng.choice(["src/firebase.ts", "web/src/lib/firebase.js", "src/environments/environment.prod.ts"])
    proj = "%s-%s" % (c["app"], rs(rng, LOWALNUM, 5))
    L = ["import { initializeApp } from 'firebase/app';", "import { getRemoteConfig } from 'firebase/remote-config';", "",
         "// Firebase web config is public; access is governed by security rules.", "const firebaseConfig = {",
         "  apiKey: '%s'," % firebase_web_api_key(rng), "  authDomain: '%s.firebaseapp.com'," % proj, "  projectId: '%s'," % proj,
         "  storageBucket: '%s.appspot.com'," % proj, "  messagingSenderId: '%d'," % rng.randint(100000000000, 999999999999),
         "  appId: '1:%d:web:%s'," % (rng.randint(100000000000, 999999999999), rs(rng, HEX, 22)),
         "  measurementId: 'G-%s'," % rs(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 10), "};", "",
         "export const app = initializeApp(firebaseConfig);", "export const remoteConfig = getRemoteConfig(app);",
         "remoteConfig.settings.minimumFetchIntervalMillis = 3600000;"]
    return "Firebase", "web_config_api_key", path, L


@neg
def n_google_services(rng, c):
    proj = "%s-%s" % (c["app"], rs(rng, LOWALNUM, 5))
    num = rng.randint(100000000000, 999999999999)
    if rng.random() < 0.5:
        path = "app/google-services.json"
        doc = {"project_info": {"project_number": str(num), "project_id": proj, "storage_bucket": "%s.appspot.com" % proj},
               "client": [{"client_info": {"mobilesdk_app_id": "1:%d:android:%s" % (num, rs(rng, HEX, 22)),
                                           "android_client_info": {"package_name": c["pkg"]}},
                           "oauth_client": [], "api_key": [{"current_key": firebase_web_api_key(rng)}],
                           "services": {"appinvite_service": {"other_platform_oauth_client": []}}}],
               "configuration_version": "1"}
        return "Firebase", "android_config_api_key", path, json.dumps(doc, indent=2).split("\n")
    path = "%s/GoogleService-Info.plist" % c["App"]
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
         '<plist version="1.0">', "<dict>", "\t<key>API_KEY</key>", "\t<string>%s</string>" % firebase_web_api_key(rng),
         "\t<key>GCM_SENDER_ID</key>", "\t<string>%d</string>" % num, "\t<key>BUNDLE_ID</key>", "\t<string>%s</string>" % c["pkg"],
         "\t<key>PROJECT_ID</key>", "\t<string>%s</string>" % proj, "\t<key>GOOGLE_APP_ID</key>",
         "\t<string>1:%d:ios:%s</string>" % (num, rs(rng, HEX, 22)), "\t<key>IS_ANALYTICS_ENABLED</key>", "\t<false/>", "</dict>", "</plist>"]
    return "Firebase", "ios_config_api_key", path, L


@neg
def n_remote_config_template(rng, c):
    path = rng.choice(["remoteconfig.template.json", "firebase/remote_config_defaults.json"])
    params = {}
    for f in c["flags"]:
        params[conv(f, "snake")] = {"defaultValue": {"value": rng.choice(["true", "false"])}, "valueType": "BOOLEAN",
                                    "description": f.replace("-", " ")}
    doc = {"conditions": [{"name": "beta_testers", "expression": "app.userProperty['beta'] == 'true'", "tagColor": "GREEN"}],
           "parameters": params, "version": {"versionNumber": str(rng.randint(10, 400)), "updateTime": "2025-0%d-1%dT10:22:31.512Z" % (rng.randint(1, 9), rng.randint(0, 9)),
                                             "updateUser": {"email": "%s@%s" % (c["person"], c["dom"])}, "updateOrigin": "CONSOLE", "updateType": "INCREMENTAL_UPDATE"},
           "etag": "etag-%d-%d" % (rng.randint(10 ** 11, 10 ** 12 - 1), rng.randint(1, 400))}
    return "Firebase", "remote_config_template_etag", path, json.dumps(doc, indent=2).split("\n")


@neg
def n_ld_flag_export(rng, c):
    path = rng.choice(["flags/export.json", "testdata/launchdarkly-flags.json", "fixtures/ld-flags.json"])
    flags = {}
    for f in c["flags"][:3]:
        flags[f] = {"key": f, "version": rng.randint(1, 90), "on": rng.random() < 0.5, "salt": rs(rng, HEX, 32),
                    "variations": [True, False], "fallthrough": {"variation": 0}, "offVariation": 1, "trackEvents": False,
                    "_id": rs(rng, HEX, 24), "_version": rng.randint(1, 50)}
    doc = {"flags": flags, "segments": {}}
    return "LaunchDarkly", "flag_export_salts_ids", path, json.dumps(doc, indent=2).split("\n")


@neg
def n_package_lock(rng, c):
    path = "package-lock.json"
    pk = [("@launchdarkly/node-server-sdk", "9.%d.%d"), ("@sentry/node", "8.%d.%d"), ("posthog-node", "4.%d.%d"),
          ("statsig-node", "5.%d.%d"), ("unleash-client", "6.%d.%d"), ("@growthbook/growthbook", "1.%d.%d")]
    rng.shuffle(pk)
    L = ["{", '  "name": "%s",' % c["app"], '  "version": "%s",' % c["ver"], '  "lockfileVersion": 3,', '  "requires": true,', '  "packages": {']
    entries = []
    for n, v in pk[:3]:
        ver = v % (rng.randint(0, 20), rng.randint(0, 12))
        entries.append(['    "node_modules/%s": {' % n, '      "version": "%s",' % ver,
                        '      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",' % (n, n.split("/")[-1], ver),
                        '      "integrity": "sha512-%s==",' % b64enc(rbytes(rng, 64))[:86], '      "license": "Apache-2.0"', "    }"])
    for i, e in enumerate(entries):
        if i < len(entries) - 1:
            e[-1] += ","
        L += e
    L += ["  }", "}"]
    return "npm", "package_integrity_hashes", path, L


@neg
def n_sealed_secret(rng, c):
    path = rng.choice(["k8s/sealed/%s-flags.yaml" % c["app"], "deploy/sealed-secrets/%s.yaml" % K_SHORT(rng)])
    L = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: %s-flags" % c["app"], "  namespace: %s" % c["app"],
         "spec:", "  encryptedData:"]
    for n in rng.sample(["LAUNCHDARKLY_SDK_KEY", "SENTRY_AUTH_TOKEN", "STATSIG_SERVER_SECRET", "ROLLBAR_ACCESS_TOKEN", "POSTHOG_PERSONAL_API_KEY"], 2):
        L += ["    %s: Ag%s" % (n, b64enc(rbytes(rng, 300)).rstrip("="))]
    L += ["  template:", "    metadata:", "      name: %s-flags" % c["app"], "    type: Opaque"]
    return "Kubernetes", "sealed_secret_ciphertext", path, L


def K_SHORT(rng):
    return rng.choice(["flags", "observability", "analytics"])


@neg
def n_sops(rng, c):
    path = rng.choice(["secrets/%s.enc.yaml" % c["env"], "deploy/secrets.sops.yaml"])

    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64enc(rbytes(rng, n)), b64enc(rbytes(rng, 32)), b64enc(rbytes(rng, 16)))
    L = ["sentry_auth_token: %s" % enc(60), "launchdarkly_sdk_key: %s" % enc(40), "sops:",
         "    kms:", "        - arn: arn:aws:kms:%s:%d:key/%s" % (c["region"], rng.randint(10 ** 11, 10 ** 12 - 1), uuid4(rng)),
         "          created_at: \"2025-02-1%dT09:1%d:00Z\"" % (rng.randint(0, 9), rng.randint(0, 9)), "          enc: %s" % b64enc(rbytes(rng, 120)),
         "          aws_profile: \"\"", "    lastmodified: \"2025-02-11T09:12:40Z\"", "    mac: %s" % "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64enc(rbytes(rng, 32)), b64enc(rbytes(rng, 32)), b64enc(rbytes(rng, 16))),
         "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return "SOPS", "ciphertext", path, L


@neg
def n_i18n(rng, c):
    path = rng.choice(["locales/en.json", "src/i18n/en-US.json", "public/locales/de/settings.json"])
    doc = {"settings": {"integrations": {
        "sentryTokenLabel": "Sentry auth token", "sentryTokenHelp": "Organization tokens start with sntrys_ and are shown only once.",
        "ldSdkKeyLabel": "LaunchDarkly SDK key", "ldSdkKeyPlaceholder": "sdk-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
        "posthogKeyHelp": "Use the project API key (phc_...) here, never a personal key (phx_...).",
        "rotate": "Rotate key", "copied": "Copied to clipboard", "masked": "••••••••••••%s" % rs(rng, HEX, 4)}}}
    return "i18n", "ui_strings", path, json.dumps(doc, indent=2, ensure_ascii=False).split("\n")


@neg
def n_tf_sensitive_vars(rng, c):
    path = rng.choice(["terraform/launchdarkly/main.tf", "infra/flags/main.tf"])
    L = ['variable "launchdarkly_access_token" {', "  type      = string", "  sensitive = true", "}", "",
         'provider "launchdarkly" {', "  access_token = var.launchdarkly_access_token", "}", "",
         'resource "launchdarkly_project" "%s" {' % conv(c["app"], "snake"), '  key  = "%s"' % c["app"], '  name = "%s"' % c["App"], "",
         "  environments {", '    key   = "production"', '    name  = "Production"', '    color = "%s"' % rs(rng, "0123456789ABCDEF", 6), "  }", "}", "",
         'output "client_side_id" {', "  value = launchdarkly_project.%s.environments[0].client_side_id" % conv(c["app"], "snake"), "}"]
    return "LaunchDarkly", "terraform_variable_reference", path, L


@neg
def n_gha_sentry_release(rng, c):
    path = ".github/workflows/sentry-release.yml"
    L = ["name: Sentry release", "on:", "  push:", "    tags: ['v*']", "jobs:", "  release:", "    runs-on: ubuntu-latest", "    steps:",
         "      - uses: actions/checkout@v4", "        with:", "          fetch-depth: 0", "      - uses: getsentry/action-release@v1", "        env:",
         "          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}", "          SENTRY_ORG: %s" % c["org"], "          SENTRY_PROJECT: %s" % c["app"],
         "        with:", "          environment: production", "          version: %s" % c["sha"], "          sourcemaps: ./dist"]
    return "Sentry", "ci_secret_reference", path, L


@neg
def n_changelog(rng, c):
    path = rng.choice(["CHANGELOG.md", "docs/incidents/%s-key-rotation.md" % rng.choice(["2024-11", "2025-03"]), "SECURITY.md"])
    L = ["# Key rotation - %s" % c["App"], "", "| Key | Old (masked) | Rotated by | Date |", "|---|---|---|---|",
         "| LaunchDarkly SDK key | `sdk-****...%s` | @%s | 2025-03-04 |" % (rs(rng, HEX, 4), c["person"]),
         "| Sentry org token | `sntrys_***%s` | @%s | 2025-03-04 |" % (rs(rng, B62, 4), c["person"]),
         "| Statsig server secret | `secret-****%s` | @%s | 2025-03-05 |" % (rs(rng, B62, 4), rng.choice(FIRST)), "",
         "New values are stored in `%s` (see `vault kv get secret/%s/flags`)." % (sm_ref(rng, c, KINDS[0]), c["app"]), "",
         "Commit `%s` removed the leaked `.env` from history." % c["sha"][:10]]
    return "mixed", "masked_values_changelog", path, L


@neg
def n_webhook_verify(rng, c):
    path = rng.choice(["tests/test_webhooks.py", "%s/webhooks/sentry.py" % conv(c["app"], "snake")])
    body = '{"action":"created","data":{"issue":{"id":"%d"}}}' % rng.randint(10 ** 9, 10 ** 10)
    L = ["import hashlib", "import hmac", "import os", "", "SIGNATURE_HEADER = \"Sentry-Hook-Signature\"", "",
         "def verify(body: bytes, signature: str) -> bool:", '    secret = os.environ["SENTRY_CLIENT_SECRET"].encode()',
         "    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()", "    return hmac.compare_digest(expected, signature)", "", "",
         "SAMPLE_BODY = %r" % body, "# digest of SAMPLE_BODY as recorded in the request log (not a key)",
         "SAMPLE_DIGEST = \"%s\"" % rs(rng, HEX, 64), "SAMPLE_REQUEST_ID = \"%s\"" % uuid4(rng)]
    return "Sentry", "webhook_signature_digest", path, L


@neg
def n_flags_lock(rng, c):
    path = rng.choice(["flags.lock.yaml", "config/flags/snapshot.yaml", "experiments/manifest.yml"])
    L = ["# generated by flag-sync; do not edit", "generated_at: \"2025-0%d-1%dT08:00:00Z\"" % (rng.randint(1, 9), rng.randint(0, 9)),
         "source: %s" % rng.choice(["launchdarkly", "statsig", "unleash", "flagsmith"]), "environment: %s" % c["env"], "flags:"]
    for f in c["flags"]:
        L += ["  - key: %s" % f, "    id: %s" % uuid4(rng), "    version: %d" % rng.randint(1, 60),
              "    config_sha256: %s" % rs(rng, HEX, 64), "    enabled: %s" % rng.choice(["true", "false"])]
    return "mixed", "flag_config_hashes", path, L


@neg
def n_datadog_dashboard(rng, c):
    path = rng.choice(["monitoring/dashboards/%s.json" % c["app"], "datadog/dashboards/flags.json"])
    doc = {"id": "%s-%s-%s" % (rs(rng, LOWALNUM, 3), rs(rng, LOWALNUM, 3), rs(rng, LOWALNUM, 3)), "title": "%s flags & errors" % c["App"],
           "layout_type": "ordered", "widgets": [{"id": rng.randint(10 ** 15, 10 ** 16), "definition": {"type": "timeseries", "requests": [
               {"q": "sum:feature_flag.evaluations{service:%s} by {flag}" % c["app"]}]}}],
           "template_variables": [{"name": "env", "default": c["env"]}], "author_handle": "%s@%s" % (c["person"], c["dom"]),
           "rum_application_id": uuid4(rng)}
    return "Datadog", "dashboard_ids", path, json.dumps(doc, indent=2).split("\n")


@neg
def n_sdk_versions(rng, c):
    path = rng.choice(["requirements.txt", "Gemfile.lock", "go.sum"])
    if path == "requirements.txt":
        L = ["Django==5.0.%d" % rng.randint(1, 9), "launchdarkly-server-sdk==9.%d.%d" % (rng.randint(0, 9), rng.randint(0, 5)),
             "sentry-sdk[django]==2.%d.%d" % (rng.randint(0, 20), rng.randint(0, 3)), "posthog==3.%d.%d" % (rng.randint(0, 9), rng.randint(0, 9)),
             "statsig==0.%d.%d" % (rng.randint(20, 60), rng.randint(0, 9)), "UnleashClient==5.%d.%d" % (rng.randint(0, 12), rng.randint(0, 5)),
             "requests==2.32.3", "gunicorn==22.0.0"]
    elif path == "Gemfile.lock":
        L = ["GEM", "  remote: https://rubygems.org/", "  specs:", "    honeybadger (5.%d.%d)" % (rng.randint(0, 20), rng.randint(0, 5)),
             "    launchdarkly-server-sdk (8.%d.%d)" % (rng.randint(0, 9), rng.randint(0, 5)), "    rollbar (3.%d.%d)" % (rng.randint(0, 6), rng.randint(0, 5)),
             "    sentry-ruby (5.%d.%d)" % (rng.randint(0, 20), rng.randint(0, 5)), "", "PLATFORMS", "  x86_64-linux", "", "BUNDLED WITH", "   2.5.%d" % rng.randint(0, 20)]
    else:
        L = []
        for m in ["github.com/launchdarkly/go-server-sdk/v7", "github.com/getsentry/sentry-go", "github.com/Unleash/unleash-client-go/v4",
                  "github.com/posthog/posthog-go"]:
            v = "v%d.%d.%d" % (rng.randint(0, 7), rng.randint(0, 30), rng.randint(0, 9))
            L += ["%s %s h1:%s=" % (m, v, b64enc(rbytes(rng, 32)).rstrip("=")), "%s %s/go.mod h1:%s=" % (m, v, b64enc(rbytes(rng, 32)).rstrip("="))]
    return "mixed", "sdk_versions_checksums", path, L


@neg
def n_ld_relay_env(rng, c):
    path = rng.choice(["relay/ld-relay.conf", "deploy/ld-relay/relay.conf"])
    L = ["[Main]", "port = 8030", "", '[Environment "Production"]', "sdkKey = ${LD_SDK_KEY_PROD}", "mobileKey = %s" % ld_mobile_key(rng),
         "envId = %s" % ld_client_side_id(rng), "prefix = %s-prod" % c["app"], "", "[Redis]", "enabled = true", "url = redis://redis:6379"]
    return "LaunchDarkly", "relay_env_refs_public_ids", path, L


@neg
def n_optimizely_android(rng, c):
    path = "app/src/main/java/%s/Experiments.kt" % c["pkg"].replace(".", "/")
    L = ["package %s" % c["pkg"], "", "import com.optimizely.ab.android.sdk.OptimizelyManager", "",
         "object Experiments {", "    fun manager(context: android.content.Context): OptimizelyManager =",
         "        OptimizelyManager.builder()", '            .withSDKKey("%s")' % optimizely_sdk_key(rng),
         "            .withDatafileDownloadInterval(15, java.util.concurrent.TimeUnit.MINUTES)", "            .build(context)", "}"]
    return "Optimizely", "sdk_key_mobile", path, L


@neg
def n_env_public_only(rng, c):
    fw = rng.choice(["NEXT_PUBLIC_", "VITE_", "REACT_APP_", "PUBLIC_", "EXPO_PUBLIC_"])
    path = rng.choice([".env", ".env.production", "apps/web/.env.production", ".env.example"])
    pubs = [("LD_CLIENT_SIDE_ID", ld_client_side_id(rng)), ("STATSIG_CLIENT_KEY", statsig_client_key(rng)),
            ("POSTHOG_KEY", posthog_project_key(rng)), ("SENTRY_DSN", sentry_dsn(rng)),
            ("DD_RUM_CLIENT_TOKEN", dd_client_token(rng)), ("DD_RUM_APPLICATION_ID", uuid4(rng)),
            ("FLAGSMITH_ENVIRONMENT_ID", flagsmith_client_key(rng)), ("GROWTHBOOK_CLIENT_KEY", growthbook_client_key(rng)),
            ("FIREBASE_API_KEY", firebase_web_api_key(rng)), ("AMPLITUDE_API_KEY", rs(rng, HEX, 32))]
    rng.shuffle(pubs)
    L = ["# Values with the %s prefix are bundled into the client and are public by design." % fw]
    L += ["%s%s=%s" % (fw, a, b) for a, b in pubs[:rng.randint(3, 6)]]
    L += ["", "# server-side secrets come from the deployment platform:"]
    for n in rng.sample(["LAUNCHDARKLY_SDK_KEY", "STATSIG_SERVER_SECRET", "POSTHOG_PERSONAL_API_KEY", "SENTRY_AUTH_TOKEN",
                         "DD_API_KEY", "FLAGSMITH_SERVER_KEY"], 2):
        L += [rng.choice(["%s=" % n, "# %s=" % n, "%s=${%s}" % (n, n)])]
    return "mixed", "public_client_keys_env", path, L


@neg
def n_dd_agent_enc(rng, c):
    path = rng.choice(["datadog/datadog.yaml", "deploy/datadog-agent/datadog.yaml"])
    L = ["## Secrets are resolved by the secret backend at runtime", "api_key: ENC[datadog_api_key]", "site: %s" % rng.choice(["datadoghq.com", "datadoghq.eu"]),
         "secret_backend_command: /opt/datadog/bin/fetch-secrets", "hostname_fqdn: true", "tags:", "  - env:%s" % c["env"], "  - service:%s" % c["app"],
         "logs_enabled: true", "apm_config:", "  enabled: true"]
    return "Datadog", "secret_backend_handle", path, L


# ---------------------------------------------------------------- driver

EXT_TYPES = [(".py", "python"), (".mjs", "javascript"), (".js", "javascript"), (".tsx", "typescript"), (".ts", "typescript"),
             (".go", "go"), (".java", "java"), (".kt", "kotlin"), (".swift", "swift"), (".cs", "csharp"), (".rake", "ruby"),
             (".rb", "ruby"), (".php", "php"), (".yml", "yaml"), (".yaml", "yaml"), (".json", "json"), (".toml", "toml"),
             (".ini", "ini"), (".cfg", "ini"), (".conf", "ini"), (".properties", "properties"), (".tf", "terraform"),
             (".tfvars", "terraform"), (".md", "markdown"), (".sh", "shell"), (".html", "html"), (".erb", "html"),
             (".xml", "xml"), (".plist", "plist"), (".txt", "requirements"), (".lock", "lockfile"), (".sum", "lockfile")]


def filetype(path):
    base = path.split("/")[-1]
    if base.startswith(".env") or base.endswith(".env"):
        return "dotenv"
    if base.startswith("Dockerfile"):
        return "dockerfile"
    if base == "Makefile":
        return "makefile"
    if base == ".sentryclirc":
        return "sentryclirc"
    if base == "sentry.properties":
        return "sentry-properties"
    if path.startswith("bin/"):
        return "shell"
    for ext, t in EXT_TYPES:
        if base.endswith(ext):
            if t == "yaml" and ".github/workflows/" in path or base in (".gitlab-ci.yml",) or ".circleci/" in path:
                return "ci-yaml"
            if t == "yaml" and ("k8s" in path or "manifests" in path or "kubernetes" in path):
                return "k8s-yaml"
            if t == "yaml" and "compose" in base:
                return "compose-yaml"
            return t
    return "text"


def pick_weighted(rng, items, weights):
    tot = sum(weights)
    x = rng.random() * tot
    for it, w in zip(items, weights):
        x -= w
        if x <= 0:
            return it
    return items[-1]


def render(lines):
    return "\n".join(lines).rstrip("\n") + "\n"


GENERIC_CONFIG = {"t_dotenv", "t_compose", "t_k8s_secret", "t_k8s_deploy", "t_helm_values", "t_spring_yml", "t_spring_props",
                  "t_appsettings", "t_toml", "t_ini", "t_gha", "t_gitlab", "t_circleci", "t_gae", "t_serverless", "t_dockerfile",
                  "t_json_config", "t_ansible", "t_py_settings", "t_node_config", "t_tfvars", "t_go_config"}


def tpl_boost(name):
    if name == "t_dotenv":
        return 3.0
    if name in GENERIC_CONFIG:
        return 1.0
    if name.endswith("_init"):
        return 3.0
    if "_http" in name or name in ("t_shell_curl", "t_md_runbook", "t_makefile"):
        return 1.2
    return 4.0


def set_exclude(K):
    EXCLUDE_NAMES[:] = list(K.names) + list(K.neutral) + ["DATABASE_URL", "CONFIGCAT_CONFIG_URL", "SEGMENT_ENDPOINT",
                                                         K.provider.upper() + "_ENDPOINT"]


def gen_positive(rng, used_tpl):
    K = pick_weighted(rng, KINDS, [k.weight for k in KINDS])
    c = make_ctx(rng)
    c["phc"] = posthog_project_key(rng)
    c["wsid"] = uuid4(rng)
    c["bsproj"] = rs(rng, HEX, 24)
    c["rgapp"] = rs(rng, LOWALNUM, 6)
    cands = [t for t in TEMPLATES if t[2](K)]
    # favour templates used less so far (spread); SDK-init and provider-specific templates count double
    w = [tpl_boost(t[0]) / (1 + used_tpl.get(t[0], 0)) for t in cands]
    name, fn, _ = pick_weighted(rng, cands, w)
    subtle = rng.random() < 0.5
    set_exclude(K)
    value = K.gen(rng, c)
    s = Slot(rng, value, rng.choice(K.neutral) if subtle else rng.choice(K.names), rng.choice(K.names), subtle)
    path, lines = fn(rng, c, K, s)
    return K, name, path, render(lines), value, subtle


def gen_negative_reuse(rng, used_tpl):
    K = pick_weighted(rng, KINDS, [k.weight for k in KINDS])
    c = make_ctx(rng)
    c["phc"] = posthog_project_key(rng)
    c["wsid"] = uuid4(rng)
    c["bsproj"] = rs(rng, HEX, 24)
    c["rgapp"] = rs(rng, LOWALNUM, 6)
    cands = [t for t in TEMPLATES if t[2](K)]
    w = [tpl_boost(t[0]) / (1 + used_tpl.get(t[0], 0)) for t in cands]
    name, fn, _ = pick_weighted(rng, cands, w)
    subtle = rng.random() < 0.5
    set_exclude(K)
    s, ftype = make_filler(rng, c, K, subtle)
    path, lines = fn(rng, c, K, s)
    return K, name, ftype, path, render(lines)


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_bz.py OUTDIR SEED\n")
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    rng = random.Random(seed)
    manifest, secrets = [], []
    used = {}
    pos_values = []
    for i in range(N_POS):
        K, tname, path, text, value, subtle = gen_positive(rng, used)
        used[tname] = used.get(tname, 0) + 1
        idx = text.find(value)
        if idx < 0:
            raise RuntimeError("needle missing in %s (%s)" % (tname, K.id))
        line = text.count("\n", 0, idx) + 1
        rel = "pos/p%04d/%s" % (i, path)
        write(out, rel, text)
        pos_values.append(value)
        manifest.append({"file": rel, "label": "pos", "provider": K.provider, "kind": K.kind, "filetype": filetype(path),
                         "template": tname, "naming": "less_obvious" if subtle else "obvious"})
        secrets.append({"file": rel, "needle": value, "line": line})
    neg_order = []
    n_reuse = N_NEG // 2
    used_n = {}
    for i in range(N_NEG):
        if i % 2 == 0 and n_reuse > 0:
            n_reuse -= 1
            K, tname, ftype, path, text = gen_negative_reuse(rng, used_n)
            used_n[tname] = used_n.get(tname, 0) + 1
            prov, kind = K.provider, "%s/%s" % (K.kind, ftype)
        else:
            if not neg_order:
                neg_order = list(NEG_TEMPLATES)
                rng.shuffle(neg_order)
            tname, fn = neg_order.pop()
            c = make_ctx(rng)
            prov, kind, path, lines = fn(rng, c)
            text = render(lines)
        for v in pos_values:
            if v and v in text:
                raise RuntimeError("positive secret leaked into negative")
        rel = "neg/n%04d/%s" % (i, path)
        write(out, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": filetype(path), "template": tname})
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for m in secrets:
            f.write(json.dumps(m, sort_keys=True) + "\n")


def write(out, rel, text):
    p = os.path.join(out, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
