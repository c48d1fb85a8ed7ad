#!/usr/bin/env python3
"""gen_gi.py - blind evaluation set: product analytics, A/B testing, session replay.

EMPHASIS
    Domain: product analytics, experimentation / feature flags, session replay.
    Providers: Google Analytics 4 (Measurement Protocol api_secret vs public G-
    measurement id), Mixpanel (project secret, service-account secret vs public
    project token), Amplitude (secret key vs browser API key), Heap (API key vs
    numeric app id), PostHog (phx_ personal API keys, phs_ feature-flag secure
    keys vs public phc_ project keys), Hotjar (API client secret vs site id),
    FullStory (server API key vs org id), LogRocket (API key vs app id), Matomo
    (token_auth vs site id), Plausible (Stats API key vs data-domain), Fathom
    (API token vs site id), Optimizely (personal access token vs SDK key),
    VWO (API token vs account id), Kameleoon (API client secret vs site code),
    Statsig (secret- server keys and console- keys vs client- keys), Split.io
    (server-side and admin API keys vs client-side keys), Segment (server-side
    source write keys and sgp_ Public API tokens vs browser analytics.js keys).
    File types: Python (Django, Airflow DAGs, scripts, notebooks), Node/TS
    (Next.js API routes, Express, Nuxt), React/Vue front-end code, Ruby, Go,
    Java, C#, PHP, Kotlin, Rust, YAML (Helm, GitHub Actions, GitLab CI,
    docker-compose, k8s, serverless, dbt), JSON (GTM container exports,
    appsettings, Postman, launch.json, datafiles), TOML, INI, .properties,
    XML, shell, Dockerfile, Makefile, Terraform, Markdown, HTML snippets, SQL,
    CSV exports, logs, .env files (positives only, <= 1 in 20).

USAGE
    python3 -B gen_gi.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one
    line per positive).  Standard library only; every random choice comes from
    one random.Random(SEED); output is byte-identical for a given SEED.

NEEDLE CONVENTIONS
    * The needle is the credential value exactly as written: the bare token
      (with its documented prefix such as phx_, secret-, console-, sgp_, 2:),
      never the surrounding quotes, variable name or header name.
    * URLs (GA4 Measurement Protocol ?api_secret=..., Matomo ?token_auth=...):
      the needle is only the value of the secret query parameter.
    * Headers (Authorization: Bearer X, STATSIG-API-KEY: X, Authorization:
      Basic X for FullStory keys which are sent as-is): the needle is X.
    * Key pairs (Amplitude api key + secret key, Mixpanel service-account
      username + secret, Hotjar client id + client secret, Kameleoon client id
      + secret): the needle is the secret half only; the other half is a
      public or non-secret identifier and appears as ordinary content.
    * Fathom tokens of the form "<id>|<random>": the needle is the whole
      string including the id and the bar.
    * No multi-line keys occur in this domain set.
    * "line" is the 1-based line of the needle's first occurrence; the program
      asserts it.

NEGATIVES
    250 negatives re-use the positive templates with the secret slot holding
    something that is not a secret: placeholders (<your-api-secret>,
    YOUR_API_SECRET_HERE, changeme, xxxx..., phx_your_key_here), empty values,
    masked values (****, [REDACTED], phx_****), environment references
    (${VAR}, os.environ[...], process.env.X, ENV.fetch, System.getenv,
    var.x, ${{ secrets.X }}), secret-manager references (vault:, op://,
    AWS/GCP secret ARNs/paths), template expressions ({{ .Values.x }},
    {{ var }}, <%= ENV[...] %>), documented example values copied from the
    providers' docs, and values documented as public (G- measurement ids,
    phc_ project keys, client- keys, Mixpanel project tokens, Amplitude
    browser API keys, client-side Split keys, Optimizely SDK keys) with the
    variable renamed accordingly.  250 negatives come from dedicated
    look-alike templates: tracking snippets in HTML, GTM exports, feature-flag
    datafiles, experiment configs, event CSV exports, session-replay logs,
    dbt/BigQuery SQL with hashed ids, lockfile integrity hashes, SRI/CSP
    hashes, docker digests, commit SHAs, UUID/session/event/device ids,
    base64 payloads, webhook signatures and public keys.  No negative is
    written to a file named .env, .env.local, .env.production etc.

FORMATS CHECKED (search tool, docs/pages/code corpora)
    * GA4: support.google.com "Generate API secrets for Measurement Protocol"
      (secret created per data stream, sent as api_secret URL parameter next
      to measurement_id); Admin API measurementProtocolSecrets resource.
    * Mixpanel docs: service accounts use HTTP Basic username:secret; project
      secret is the Basic username with empty password (deprecated); project
      token is documented as not secret / safe client-side.
    * Amplitude docs: Export/Dashboard APIs use Basic api_key:secret_key; the
      API key alone is sent in ingestion bodies (browser side).
    * PostHog docs / third-party guides: phc_ project keys are public,
      phx_ personal API keys are private, sent as Authorization: Bearer.
    * Statsig docs: three key types (client, server secret, console); code
      samples show "secret-" + 43 alphanumerics; console keys start with
      "console-"; console API header STATSIG-API-KEY.
    * Split docs: key types admin, server_side, client_side; server_side and
      admin must stay private, client_side is for browser/mobile.
    * Optimizely docs: personal tokens sent as Authorization: Bearer; v1
      classic token format "xxxx:123456" shown as doc example.
    * FullStory docs: server API key sent as "Authorization: Basic {KEY}";
      the key's first three characters name the data centre (na1/eu1).
    * Matomo FAQ: token_auth is secret, created under Personal > Security;
      a client library documents it as a 32-character key.
    * Plausible: Stats API key sent as Authorization: Bearer.
    * Fathom: API tokens created at app.usefathom.com/api, used as Bearer.
    * Hotjar API reference: API key = client id + client secret, exchanged
      with the OAuth client-credentials flow at api.hotjar.io/v1/oauth/token.
    * Segment: Public API tokens are created under Access Management >
      Tokens and shown once; HTTP tracking API authenticates with a write key.
    No provider in this domain documents a checksum in its key format, so no
    checksum is generated.

DOUBTS
    * Lengths/alphabets not stated by the providers and taken from observed
      public examples or guessed: GA4 api_secret (22 chars, [A-Za-z0-9_-]),
      Mixpanel service-account secret (32 alnum) and username shape
      (<name>.<hex>.mp-service-account), PostHog phx_/phs_/phc_ body length
      (43 alnum), Statsig console-/client- body (43 alnum, as secret-),
      Split keys (36 lowercase alnum), Segment sgp_ token body (64 alnum),
      Segment write key (32 alnum), FullStory key body (base64 after "na1."),
      LogRocket API key shape (<org>:<app>:<random>), Optimizely personal
      token shape ("2:" + 43 url-safe chars), Fathom token shape
      ("<n>|<40 alnum>", Laravel-Sanctum style), Plausible key (64 url-safe
      chars), VWO token (64 hex), Heap API key (32 hex), Hotjar client id and
      secret (32/64 alnum), Kameleoon client secret (40 alnum).
    * Whether a server-side Segment write key or an Amplitude API key is a
      "secret" is a judgement call: write keys in back-end/ETL config are
      positives here, write keys in browser snippets are negatives; Amplitude
      API keys are always treated as public.
    * A search result for Split.io formats was a secret scanner's detector
      file (keyhog-core); it was not used.
"""

import base64
import json
import os
import random
import sys

N_POS = 500
N_NEG = 500

UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
LOWALNUM = LOWER + DIGITS
UPALNUM = UPPER + DIGITS
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(r, alphabet, n):
    """Random string that contains at least one upper, lower and digit
    when the alphabet allows it (real generated keys nearly always do)."""
    while True:
        s = rs(r, alphabet, n)
        ok = True
        if any(c in alphabet for c in UPPER) and not any(c in UPPER for c in s):
            ok = False
        if any(c in alphabet for c in LOWER) and not any(c in LOWER for c in s):
            ok = False
        if any(c in alphabet for c in DIGITS) and not any(c in DIGITS for c in s):
            ok = False
        if ok:
            return s


def hexs(r, n):
    while True:
        s = rs(r, HEX, n)
        if any(c in "abcdef" for c in s) and any(c in DIGITS for c in s):
            return s


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64(r, nbytes, urlsafe=False, pad=True):
    raw = bytes(r.randrange(256) for _ in range(nbytes))
    s = (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()
    return s if pad else s.rstrip("=")


# ---------------------------------------------------------------- secrets
def g_ga4(r):
    return mixed(r, URLSAFE, 22)


def g_mp_secret(r):
    return hexs(r, 32)


def g_mp_sa(r):
    return mixed(r, ALNUM, 32)


def g_amp_secret(r):
    return hexs(r, 32)


def g_heap(r):
    return hexs(r, 32)


def g_phx(r):
    return "phx_" + mixed(r, ALNUM, 43)


def g_phs(r):
    return "phs_" + mixed(r, ALNUM, 43)


def g_hotjar(r):
    return mixed(r, ALNUM, 64)


def g_fullstory(r):
    region = r.choice(["na1", "na1", "na1", "eu1"])
    return region + "." + b64(r, r.choice([48, 51, 54]))


def g_logrocket(r):
    return "%s:%s:%s" % (rs(r, LOWALNUM, 6), r.choice(APP_SLUGS), mixed(r, ALNUM, 22))


def g_matomo(r):
    return hexs(r, 32)


def g_plausible(r):
    return mixed(r, URLSAFE, 64)


def g_fathom(r):
    return "%d|%s" % (r.randint(2, 9999), mixed(r, ALNUM, 40))


def g_opt_pat(r):
    return "2:" + mixed(r, URLSAFE, 43)


def g_vwo(r):
    return hexs(r, 64)


def g_kam(r):
    return mixed(r, ALNUM, 40)


def g_statsig_secret(r):
    return "secret-" + mixed(r, ALNUM, 43)


def g_statsig_console(r):
    return "console-" + mixed(r, ALNUM, 43)


def g_split(r):
    return mixed(r, LOWALNUM, 36)


def g_seg_write(r):
    return mixed(r, ALNUM, 32)


def g_sgp(r):
    return "sgp_" + mixed(r, ALNUM, 64)


# ---------------------------------------------------------------- public ids
def p_ga4(r):
    return "G-" + mixed(r, UPALNUM, 10)


def p_gtm(r):
    return "GTM-" + mixed(r, UPALNUM, 7)


def p_mp_token(r):
    return hexs(r, 32)


def p_amp_key(r):
    return hexs(r, 32)


def p_heap(r):
    return str(r.randint(100000000, 9999999999))


def p_phc(r):
    return "phc_" + mixed(r, ALNUM, 43)


def p_hotjar(r):
    return str(r.randint(1000000, 5999999))


def p_fs_org(r):
    return "o-" + mixed(r, UPALNUM, 6) + "-na1"


def p_lr_app(r):
    return rs(r, LOWALNUM, 6) + "/" + r.choice(APP_SLUGS)


def p_matomo_site(r):
    return str(r.randint(1, 48))


def p_plausible(r):
    return r.choice(DOMAINS)


def p_fathom(r):
    return rs(r, UPPER, 8)


def p_opt_sdk(r):
    return mixed(r, ALNUM, 22)


def p_opt_project(r):
    return str(r.randint(10000000000, 29999999999))


def p_vwo(r):
    return str(r.randint(100000, 999999))


def p_kam(r):
    return rs(r, LOWALNUM, 10)


def p_statsig_client(r):
    return "client-" + mixed(r, ALNUM, 43)


def p_split_client(r):
    return mixed(r, LOWALNUM, 36)


def p_seg_client(r):
    return mixed(r, ALNUM, 32)


APP_SLUGS = ["shop-web", "checkout", "storefront", "member-portal", "dashboard",
             "booking-app", "mobile-web", "docs-site", "admin-console", "learn"]
DOMAINS = ["shop.example.com", "acme-store.io", "docs.example.org", "app.kitehq.dev",
           "blog.northwind.co", "getlumen.app", "status.example.net", "parcelly.com"]
APP_NAMES = ["checkout", "storefront", "growth", "insights", "billing", "catalog",
             "onboarding", "lumen", "kite", "parcelly", "orbit", "harbor"]
REGIONS = ["us-east-1", "eu-west-1", "eu-central-1", "us-west-2", "ap-southeast-2"]
TEAMS = ["growth", "data-platform", "web", "experimentation", "analytics-eng"]


class Kind(object):
    def __init__(self, kid, provider, kind, gen, conv, neutral, pub, pubconv,
                 pubneutral, docex, ph, hdr=None, prefix=""):
        self.kid = kid
        self.provider = provider
        self.kind = kind
        self.gen = gen
        self.conv = conv
        self.neutral = neutral
        self.pub = pub
        self.pubconv = pubconv
        self.pubneutral = pubneutral
        self.docex = docex
        self.ph = ph
        self.hdr = hdr
        self.prefix = prefix


KINDS = [
    Kind("ga4", "google-analytics-4", "measurement_protocol_api_secret", g_ga4,
         ["GA4_API_SECRET", "GA_MEASUREMENT_PROTOCOL_SECRET", "GA4_MP_API_SECRET"],
         ["api_secret", "mp_secret", "ga_secret", "streamSecret"],
         p_ga4, ["GA4_MEASUREMENT_ID", "NEXT_PUBLIC_GA_MEASUREMENT_ID"], ["measurement_id", "measurementId"],
         ["<secret_value>", "API_SECRET", "<api_secret>"],
         ["YOUR_API_SECRET", "<your-ga4-api-secret>", "api-secret-goes-here"]),
    Kind("mp_secret", "mixpanel", "api_secret", g_mp_secret,
         ["MIXPANEL_API_SECRET", "MIXPANEL_PROJECT_SECRET"],
         ["api_secret", "project_secret", "export_secret", "mpSecret"],
         p_mp_token, ["MIXPANEL_TOKEN", "NEXT_PUBLIC_MIXPANEL_TOKEN", "MIXPANEL_PROJECT_TOKEN"], ["project_token", "token"],
         ["YOUR_PROJECT_SECRET", "<api_secret>", "YOUR_API_SECRET"],
         ["YOUR_MIXPANEL_API_SECRET", "<mixpanel-project-secret>", "0" * 32]),
    Kind("mp_sa", "mixpanel", "service_account_secret", g_mp_sa,
         ["MIXPANEL_SERVICE_ACCOUNT_SECRET", "MIXPANEL_SA_SECRET"],
         ["sa_secret", "service_secret", "password", "secret"],
         p_mp_token, ["MIXPANEL_TOKEN", "MIXPANEL_PROJECT_TOKEN"], ["project_token", "token"],
         ["SERVICE_ACCOUNT_SECRET", "<serviceaccount_secret>"],
         ["<service-account-secret>", "YOUR_SA_SECRET", "secret"]),
    Kind("amp_secret", "amplitude", "secret_key", g_amp_secret,
         ["AMPLITUDE_SECRET_KEY", "AMPLITUDE_API_SECRET"],
         ["secret_key", "amp_secret", "export_secret", "secretKey"],
         p_amp_key, ["AMPLITUDE_API_KEY", "NEXT_PUBLIC_AMPLITUDE_API_KEY"], ["api_key", "apiKey"],
         ["{secret_key}", "secretKey", "YOUR_SECRET_KEY"],
         ["<amplitude-secret-key>", "AMPLITUDE_SECRET_KEY_HERE", "x" * 32]),
    Kind("heap", "heap", "api_key", g_heap,
         ["HEAP_API_KEY", "HEAP_AUTH_TOKEN"],
         ["heap_key", "auth_token", "apiKey"],
         p_heap, ["HEAP_APP_ID", "NEXT_PUBLIC_HEAP_APP_ID"], ["app_id", "appId"],
         ["YOUR_API_KEY", "<api_key>"],
         ["<heap-api-key>", "HEAP_KEY_HERE", "changeme"]),
    Kind("phx", "posthog", "personal_api_key", g_phx,
         ["POSTHOG_PERSONAL_API_KEY", "POSTHOG_API_KEY"],
         ["personal_api_key", "personalApiKey", "ph_token", "admin_key"],
         p_phc, ["NEXT_PUBLIC_POSTHOG_KEY", "POSTHOG_PROJECT_API_KEY", "VITE_POSTHOG_KEY"], ["project_api_key", "apiKey"],
         ["phx_1234567890abcdef", "phx_xyz789", "YOUR_API_KEY", "phx_..."],
         ["phx_your_personal_api_key", "phx_XXXXXXXXXXXXXXXXXXXXXXXX", "<posthog-personal-key>"],
         ("Authorization", "Bearer {}"), "phx_"),
    Kind("phs", "posthog", "feature_flags_secure_api_key", g_phs,
         ["POSTHOG_FEATURE_FLAGS_SECURE_API_KEY", "POSTHOG_SECURE_API_KEY"],
         ["flags_secure_key", "secure_key", "localEvalKey"],
         p_phc, ["NEXT_PUBLIC_POSTHOG_KEY", "POSTHOG_PROJECT_API_KEY"], ["project_api_key", "apiKey"],
         ["phs_...", "<phs_key>"],
         ["phs_your_secure_key", "phs_XXXXXXXXXXXXXXXXXXXXXXXX"],
         ("Authorization", "Bearer {}"), "phs_"),
    Kind("hotjar", "hotjar", "api_client_secret", g_hotjar,
         ["HOTJAR_CLIENT_SECRET", "HOTJAR_API_CLIENT_SECRET"],
         ["client_secret", "clientSecret", "hj_secret"],
         p_hotjar, ["HOTJAR_SITE_ID", "NEXT_PUBLIC_HOTJAR_ID"], ["site_id", "hjid"],
         ["<client_secret>", "YOUR_CLIENT_SECRET"],
         ["<hotjar-client-secret>", "CLIENT_SECRET_HERE", "changeme"]),
    Kind("fullstory", "fullstory", "server_api_key", g_fullstory,
         ["FULLSTORY_API_KEY", "FS_API_KEY"],
         ["fs_key", "apiKey", "server_key"],
         p_fs_org, ["FULLSTORY_ORG_ID", "NEXT_PUBLIC_FULLSTORY_ORG"], ["org_id", "orgId"],
         ["{YOUR_API_KEY}", "YOUR_API_KEY"],
         ["na1.YOUR_KEY", "<fullstory-api-key>", "na1.xxxxxxxxxxxxxxxxxxxxxxxx"],
         ("Authorization", "Basic {}")),
    Kind("logrocket", "logrocket", "api_key", g_logrocket,
         ["LOGROCKET_API_KEY", "LOGROCKET_API_TOKEN"],
         ["lr_key", "apiKey", "replay_api_key"],
         p_lr_app, ["LOGROCKET_APP_ID", "NEXT_PUBLIC_LOGROCKET_APP_ID"], ["app_id", "appID"],
         ["YOUR_API_KEY", "<api-key>"],
         ["<logrocket-api-key>", "org:app:XXXXXXXX", "changeme"],
         ("Authorization", "Token {}")),
    Kind("matomo", "matomo", "token_auth", g_matomo,
         ["MATOMO_TOKEN_AUTH", "MATOMO_API_TOKEN", "PIWIK_TOKEN_AUTH"],
         ["token_auth", "tokenAuth", "auth_token", "api_token"],
         p_matomo_site, ["MATOMO_SITE_ID"], ["site_id", "idSite"],
         ["anonymous", "YOUR_TOKEN_AUTH", "xyz"],
         ["<token_auth>", "YOUR_MATOMO_TOKEN", "0" * 32]),
    Kind("plausible", "plausible", "stats_api_key", g_plausible,
         ["PLAUSIBLE_API_KEY", "PLAUSIBLE_STATS_API_KEY"],
         ["api_key", "stats_key", "plausibleToken"],
         p_plausible, ["PLAUSIBLE_DOMAIN", "NEXT_PUBLIC_PLAUSIBLE_DOMAIN"], ["site_id", "domain"],
         ["YOUR_API_KEY", "YOUR-TOKEN"],
         ["<plausible-api-key>", "PLAUSIBLE_KEY_HERE"],
         ("Authorization", "Bearer {}")),
    Kind("fathom", "fathom", "api_token", g_fathom,
         ["FATHOM_API_TOKEN", "FATHOM_API_KEY"],
         ["api_token", "fathomToken", "bearer"],
         p_fathom, ["FATHOM_SITE_ID", "NEXT_PUBLIC_FATHOM_SITE_ID"], ["site_id", "siteId"],
         ["YOUR_BEARER_TOKEN", "<token>"],
         ["<fathom-api-token>", "1|xxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
         ("Authorization", "Bearer {}")),
    Kind("opt_pat", "optimizely", "personal_access_token", g_opt_pat,
         ["OPTIMIZELY_API_TOKEN", "OPTIMIZELY_PERSONAL_TOKEN"],
         ["personal_token", "token", "opt_token"],
         p_opt_sdk, ["OPTIMIZELY_SDK_KEY", "NEXT_PUBLIC_OPTIMIZELY_SDK_KEY"], ["sdk_key", "sdkKey"],
         ["abcdefg123456", "abcdefghijklmnopqrstuvwxyz:123456", "abcdefghijklmnopqrstuvwxyz"],
         ["<optimizely-token>", "2:YOUR_TOKEN_HERE"],
         ("Authorization", "Bearer {}"), "2:"),
    Kind("vwo", "vwo", "api_token", g_vwo,
         ["VWO_API_TOKEN", "VWO_TOKEN"],
         ["api_token", "vwoToken", "token"],
         p_vwo, ["VWO_ACCOUNT_ID"], ["account_id", "accountId"],
         ["YOUR_API_TOKEN", "<token>"],
         ["<vwo-api-token>", "0" * 64]),
    Kind("kameleoon", "kameleoon", "api_client_secret", g_kam,
         ["KAMELEOON_CLIENT_SECRET", "KAMELEOON_API_SECRET"],
         ["client_secret", "clientSecret", "kam_secret"],
         p_kam, ["KAMELEOON_SITE_CODE"], ["site_code", "siteCode"],
         ["<clientSecret>", "YOUR_CLIENT_SECRET"],
         ["<kameleoon-client-secret>", "changeme"]),
    Kind("statsig_secret", "statsig", "server_secret_key", g_statsig_secret,
         ["STATSIG_SERVER_SECRET", "STATSIG_SERVER_SECRET_KEY", "STATSIG_SECRET_KEY"],
         ["secretApiKey", "server_key", "sdk_secret", "statsigKey"],
         p_statsig_client, ["NEXT_PUBLIC_STATSIG_CLIENT_KEY", "STATSIG_CLIENT_KEY", "VITE_STATSIG_CLIENT_KEY"], ["clientKey", "client_key"],
         ["secret-IiDuNzovZ5z9x75BEjyZ4Y2evYa94CJ9zNtDViKBVdv", "secret-xxxxxxxxxxxxxxxxxxxxxxxxxxxx", "server-secret-key"],
         ["secret-<your-server-key>", "secret-XXXXXXXXXXXXXXXX", "<statsig-server-secret>"],
         ("STATSIG-API-KEY", "{}"), "secret-"),
    Kind("statsig_console", "statsig", "console_api_key", g_statsig_console,
         ["STATSIG_CONSOLE_API_KEY", "STATSIG_CONSOLE_KEY"],
         ["console_key", "consoleApiKey", "statsig_api_key"],
         p_statsig_client, ["STATSIG_CLIENT_KEY", "NEXT_PUBLIC_STATSIG_CLIENT_KEY"], ["clientKey", "client_key"],
         ["console-xxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<CONSOLE_API_KEY>"],
         ["console-<your-key>", "console-XXXXXXXXXXXX"],
         ("STATSIG-API-KEY", "{}"), "console-"),
    Kind("split_server", "split", "server_side_sdk_key", g_split,
         ["SPLIT_SDK_KEY", "SPLIT_SERVER_SIDE_KEY", "SPLITIO_API_KEY"],
         ["authorizationKey", "sdk_key", "split_key", "apiKey"],
         p_split_client, ["SPLIT_CLIENT_KEY", "NEXT_PUBLIC_SPLIT_BROWSER_KEY"], ["authorizationKey", "browser_key"],
         ["YOUR_SDK_KEY", "YOUR_SERVER_SIDE_SDK_KEY", "localhost"],
         ["<split-server-key>", "SDK_KEY_HERE", "localhost"],
         ("Authorization", "Bearer {}")),
    Kind("split_admin", "split", "admin_api_key", g_split,
         ["SPLIT_ADMIN_API_KEY", "SPLIT_ADMIN_KEY"],
         ["admin_key", "adminApiKey", "api_key"],
         p_split_client, ["SPLIT_CLIENT_KEY"], ["authorizationKey", "browser_key"],
         ["ADMIN_API_KEY", "<admin_api_key>"],
         ["<split-admin-key>", "changeme"],
         ("Authorization", "Bearer {}")),
    Kind("seg_write", "segment", "server_write_key", g_seg_write,
         ["SEGMENT_WRITE_KEY", "SEGMENT_SERVER_WRITE_KEY"],
         ["write_key", "writeKey", "source_key"],
         p_seg_client, ["NEXT_PUBLIC_SEGMENT_WRITE_KEY", "SEGMENT_BROWSER_WRITE_KEY"], ["writeKey", "write_key"],
         ["YOUR_WRITE_KEY", "<write_key>", "WRITE_KEY"],
         ["<segment-write-key>", "YOUR_SEGMENT_WRITE_KEY"]),
    Kind("sgp", "segment", "public_api_token", g_sgp,
         ["SEGMENT_PUBLIC_API_TOKEN", "SEGMENT_API_TOKEN"],
         ["api_token", "segmentToken", "token"],
         p_seg_client, ["NEXT_PUBLIC_SEGMENT_WRITE_KEY"], ["writeKey", "write_key"],
         ["<TOKEN>", "YOUR_TOKEN"],
         ["sgp_YOUR_TOKEN", "sgp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
         ("Authorization", "Bearer {}"), "sgp_"),
]
KBY = dict((k.kid, k) for k in KINDS)


# ---------------------------------------------------------------- context
ENVX = {
    "py": lambda n: 'os.environ["%s"]' % n,
    "js": lambda n: "process.env.%s" % n,
    "ts": lambda n: "process.env.%s!" % n,
    "vue": lambda n: "import.meta.env.%s" % n,
    "rb": lambda n: 'ENV.fetch("%s")' % n,
    "go": lambda n: 'os.Getenv("%s")' % n,
    "java": lambda n: 'System.getenv("%s")' % n,
    "kt": lambda n: 'System.getenv("%s")' % n,
    "cs": lambda n: 'Environment.GetEnvironmentVariable("%s")' % n,
    "php": lambda n: "getenv('%s')" % n,
    "rs": lambda n: 'std::env::var("%s")?' % n,
    "hcl": lambda n: "var.%s" % n.lower(),
}

NEG_MODES = (["placeholder"] * 20 + ["empty"] * 7 + ["masked"] * 12 + ["envref"] * 20 +
             ["vault"] * 8 + ["template"] * 8 + ["docex"] * 12 + ["public"] * 13)


class Ctx(object):
    def __init__(self, r, k, mode):
        self.r = r
        self.k = k
        self.mode = mode
        self.provider = k.provider
        self.env = r.choice(k.conv)
        self.nn = r.choice(k.neutral)
        self.pubv = k.pub(r)
        self.app = r.choice(APP_NAMES)
        if mode == "secret":
            self.V = k.gen(r)
        elif mode == "public":
            self.V = self.pubv
            self.pubv = k.pub(r)
            self.env = r.choice(k.pubconv)
            self.nn = r.choice(k.pubneutral)
        elif mode == "placeholder":
            self.V = r.choice(k.ph + ["<your-api-key>", "YOUR_API_KEY_HERE", "changeme",
                                      "REPLACE_ME", "TODO", "x" * r.choice([16, 24, 32]),
                                      "<%s>" % self.env.lower().replace("_", "-")])
        elif mode == "empty":
            self.V = ""
        elif mode == "masked":
            pre = k.prefix
            self.V = r.choice(["****", "********", "[REDACTED]", "<redacted>", "***redacted***",
                               pre + "*" * r.choice([8, 12, 20]), "•••••••••••",
                               pre + "…" + rs(r, HEX, 4)])
        elif mode == "envref":
            self.V = r.choice(["${%s}", "$%s", "${%s}", "%%(%s)s"]) % self.env
        elif mode == "vault":
            s = self.env.lower().replace("_", "-")
            self.V = r.choice([
                "vault:secret/data/analytics/%s#value" % s,
                "op://Analytics/%s/credential" % self.provider,
                "arn:aws:secretsmanager:%s:%d:secret:analytics/%s-%s" % (
                    r.choice(REGIONS), r.randint(100000000000, 999999999999), s, rs(r, ALNUM, 6)),
                "projects/%s-prod/secrets/%s/versions/latest" % (self.app, s),
                "sm://%s" % s,
                "azurekeyvault://kv-%s/%s" % (self.app, s),
            ])
        elif mode == "template":
            self.V = r.choice(["{{ .Values.analytics.%s }}" % self.nn,
                               "{{ %s }}" % self.env.lower(),
                               "<%%= ENV['%s'] %%>" % self.env,
                               "#{%s}" % self.env,
                               "{{ env_var('%s') }}" % self.env,
                               "%%{%s}" % self.env.lower()])
        elif mode == "docex":
            self.V = r.choice(k.docex)
        else:
            raise ValueError(mode)

    def q(self, lang, qc='"'):
        if self.mode == "envref" and lang in ENVX:
            return ENVX[lang](self.env)
        return qc + self.V + qc

    def sq(self, lang):
        return self.q(lang, "'")


def T(_tpl_text, **kw):
    s = _tpl_text
    for key in sorted(kw):
        s = s.replace("@@%s@@" % key, str(kw[key]))
    assert "@@" not in s, s[:200]
    if s.startswith("\n"):
        s = s[1:]
    return s


POS_T = []


def tpl(kinds=None, style="conv", envfile=False):
    def deco(f):
        POS_T.append((f, kinds, style, envfile))
        return f
    return deco


HDR_KINDS = [k.kid for k in KINDS if k.hdr]
URL_KINDS = ["ga4", "matomo"]
BASIC_KINDS = ["mp_secret", "mp_sa", "amp_secret"]


def header_line(c):
    name, fmt = c.k.hdr
    return name, fmt.format(c.V)


def today(r):
    return "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))


def ts(r):
    return "2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                                   r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))


def companion(c):
    """A public / non-secret identifier that normally sits next to the secret."""
    k = c.k.kid
    if k == "mp_sa":
        return "MIXPANEL_SERVICE_ACCOUNT_USERNAME", "%s-etl.%s.mp-service-account" % (c.app, rs(c.r, HEX, 6))
    if k == "hotjar":
        return "HOTJAR_CLIENT_ID", mixed(c.r, ALNUM, 32)
    if k == "kameleoon":
        return "KAMELEOON_CLIENT_ID", "%s-api-%s" % (c.app, rs(c.r, LOWALNUM, 6))
    return c.k.pubconv[0], c.pubv


# ---------------------------------------------------------------- positive templates
@tpl(style="conv")
def t_django_settings(r, c):
    cn, cv = companion(c)
    return "config/settings/production.py", T('''
"""Production settings for the @@app@@ service."""
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["@@app@@.example.com", "api.@@app@@.example.com"]

# --- analytics -----------------------------------------------------------
@@cn@@ = "@@cv@@"
@@env@@ = @@Q@@
ANALYTICS_FLUSH_INTERVAL = @@flush@@
ANALYTICS_SAMPLE_RATE = 0.@@rate@@

LOGGING["loggers"]["analytics"] = {"level": "INFO", "handlers": ["console"]}
''', app=c.app, cn=cn, cv=cv, env=c.env, Q=c.q("py"), flush=r.choice([5, 10, 30]),
        rate=r.randint(1, 9))


@tpl(style="conv")
def t_py_module_const(r, c):
    return "%s/analytics/client.py" % c.app, T('''
import logging
import os

import requests

log = logging.getLogger(__name__)

@@env@@ = @@Q@@
TIMEOUT = @@to@@


def _session() -> requests.Session:
    s = requests.Session()
    s.headers["User-Agent"] = "@@app@@-analytics/1.4"
    return s


def ping() -> bool:
    log.debug("analytics client configured for %s", os.getenv("APP_ENV", "dev"))
    return bool(@@env@@)
''', env=c.env, Q=c.q("py"), to=r.choice([5, 10, 15]), app=c.app)


@tpl(kinds=["ga4"], style="other")
def t_py_ga4_mp(r, c):
    mid = c.pubv if c.mode != "public" else p_ga4(r)
    if c.mode == "envref":
        url = 'f"https://www.google-analytics.com/mp/collect?measurement_id={MEASUREMENT_ID}&api_secret={os.environ[\'%s\']}"' % c.env
    else:
        url = '"https://www.google-analytics.com/mp/collect?measurement_id=" + MEASUREMENT_ID + "&api_secret=%s"' % c.V
    return "services/events/ga4_forwarder.py", T('''
"""Forward server-side purchase events to GA4 via the Measurement Protocol."""
import json
import os
import urllib.request

MEASUREMENT_ID = "@@mid@@"
ENDPOINT = @@url@@


def send_purchase(client_id: str, order: dict) -> int:
    body = {
        "client_id": client_id,
        "events": [{
            "name": "purchase",
            "params": {
                "currency": order.get("currency", "EUR"),
                "value": order["total"],
                "transaction_id": order["id"],
            },
        }],
    }
    req = urllib.request.Request(ENDPOINT, data=json.dumps(body).encode(), method="POST")
    req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req, timeout=5) as resp:
        return resp.status
''', mid=mid, url=url)


@tpl(kinds=["mp_secret", "mp_sa"], style="other")
def t_py_mixpanel_export(r, c):
    pid = r.randint(1000000, 3999999)
    if c.k.kid == "mp_sa":
        user = "%s.%s.mp-service-account" % (c.app, rs(r, HEX, 6))
        auth = '("%s", %s)' % (user, c.q("py"))
    else:
        auth = "(%s, \"\")" % c.q("py")
    return "etl/mixpanel/export_events.py", T('''
"""Daily raw export of Mixpanel events into the landing bucket."""
import datetime as dt
import gzip
import os

import requests

PROJECT_ID = @@pid@@
EXPORT_URL = "https://data.mixpanel.com/api/2.0/export"


def export_day(day: dt.date, out_dir: str) -> str:
    params = {"from_date": day.isoformat(), "to_date": day.isoformat(), "project_id": PROJECT_ID}
    resp = requests.get(EXPORT_URL, params=params, auth=@@auth@@, stream=True, timeout=300)
    resp.raise_for_status()
    path = os.path.join(out_dir, f"events_{day:%Y%m%d}.jsonl.gz")
    with gzip.open(path, "wb") as fh:
        for chunk in resp.iter_content(chunk_size=1 << 16):
            fh.write(chunk)
    return path
''', pid=pid, auth=auth)


@tpl(kinds=["amp_secret"], style="conv")
def t_py_amplitude_export(r, c):
    return "scripts/amplitude_export.py", T('''
#!/usr/bin/env python3
"""Pull one hour of raw Amplitude events (Export API) for backfills."""
import sys

import requests

AMPLITUDE_API_KEY = "@@pub@@"
@@env@@ = @@Q@@


def main(start: str, end: str) -> None:
    r = requests.get(
        "https://amplitude.com/api/2/export",
        params={"start": start, "end": end},
        auth=(AMPLITUDE_API_KEY, @@env@@),
        timeout=600,
    )
    r.raise_for_status()
    with open(f"amplitude_{start}.zip", "wb") as fh:
        fh.write(r.content)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
''', pub=c.pubv, env=c.env, Q=c.q("py"))


@tpl(style="conv")
def t_airflow_dag(r, c):
    dag = "%s_%s_sync" % (c.provider.replace("-", "_"), r.choice(["daily", "hourly"]))
    return "dags/%s.py" % dag, T('''
from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.python import PythonOperator

@@env@@ = @@Q@@

default_args = {
    "owner": "@@team@@",
    "retries": 2,
    "retry_delay": timedelta(minutes=5),
}


def _pull(**context):
    from analytics_etl import @@mod@@
    @@mod@@.pull(context["ds"], secret=@@env@@)


with DAG(
    dag_id="@@dag@@",
    start_date=datetime(2024, 1, 1),
    schedule="@@sched@@",
    catchup=False,
    default_args=default_args,
    tags=["analytics", "@@prov@@"],
) as dag:
    PythonOperator(task_id="pull_events", python_callable=_pull)
''', env=c.env, Q=c.q("py"), team=r.choice(TEAMS), mod=c.provider.replace("-", "_"), dag=dag,
        sched=r.choice(["@daily", "@hourly", "15 2 * * *"]), prov=c.provider)


@tpl(kinds=["statsig_secret"], style="other")
def t_node_statsig(r, c):
    return "server/flags.js", T('''
const Statsig = require('statsig-node');

const ready = Statsig.initialize(@@Q@@, {
  environment: { tier: process.env.NODE_ENV === 'production' ? 'production' : 'staging' },
  rulesetsSyncIntervalMs: @@ms@@,
});

async function isEnabled(userID, gate) {
  await ready;
  return Statsig.checkGate({ userID }, gate);
}

module.exports = { isEnabled };
''', Q=c.sq("js"), ms=r.choice([10000, 30000, 60000]))


@tpl(style="conv")
def t_next_api_route(r, c):
    cn, cv = companion(c)
    return "pages/api/track.ts", T('''
import type { NextApiRequest, NextApiResponse } from 'next';

const @@cn@@ = '@@cv@@';
const @@env@@ = @@Q@@;

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end();
  }
  const { event, userId, properties } = req.body ?? {};
  await forward({ event, userId, properties, key: @@env@@, id: @@cn@@ });
  return res.status(202).json({ ok: true });
}

async function forward(payload: Record<string, unknown>) {
  // server-to-server call, never exposed to the browser
  console.debug('forwarding', payload.event);
}
''', cn=cn, cv=cv, env=c.env, Q=c.sq("ts"))


@tpl(kinds=["phx", "phs"], style="other")
def t_posthog_node(r, c):
    opt = "personalApiKey" if c.k.kid == "phx" else "personalApiKey"
    return "lib/posthog-server.ts", T('''
import { PostHog } from 'posthog-node';

let client: PostHog | null = null;

export function posthogServer(): PostHog {
  if (!client) {
    client = new PostHog('@@phc@@', {
      host: 'https://@@reg@@.i.posthog.com',
      @@opt@@: @@Q@@,
      featureFlagsPollingInterval: @@poll@@,
      flushAt: 20,
    });
  }
  return client;
}
''', phc=c.pubv if c.mode != "public" else p_phc(r), reg=r.choice(["us", "eu"]), opt=opt,
        Q=c.sq("ts"), poll=r.choice([30000, 60000]))


@tpl(style="other")
def t_node_config_default(r, c):
    return "config/default.js", T('''
module.exports = {
  port: @@port@@,
  logLevel: 'info',
  analytics: {
    provider: '@@prov@@',
    @@nn@@: @@Q@@,
    batchSize: @@batch@@,
    flushIntervalMs: 10000,
  },
  cors: { origins: ['https://@@app@@.example.com'] },
};
''', port=r.choice([3000, 4000, 8080]), prov=c.provider, nn=c.nn, Q=c.sq("js"),
        batch=r.choice([50, 100, 250]), app=c.app)


@tpl(kinds=["seg_write"], style="other")
def t_ruby_segment(r, c):
    return "config/initializers/segment.rb", T('''
# Server-side Segment source for the Rails API (not the browser source).
require "segment/analytics"

Analytics = Segment::Analytics.new(
  write_key: @@Q@@,
  on_error: proc { |status, msg| Rails.logger.warn("segment #{status}: #{msg}") },
  batch_size: @@bs@@
)
''', Q=c.q("rb"), bs=r.choice([50, 100]))


@tpl(style="conv")
def t_ruby_env_fetch(r, c):
    if c.mode == "envref":
        line = 'ANALYTICS_SECRET = ENV.fetch("%s")' % c.env
    else:
        line = 'ANALYTICS_SECRET = ENV.fetch("%s", "%s")' % (c.env, c.V)
    return "config/initializers/analytics.rb", T('''
# frozen_string_literal: true

Rails.application.config.to_prepare do
  AnalyticsReporter.configure do |config|
    config.provider = :@@prov@@
    config.enabled = !Rails.env.test?
  end
end

@@line@@
''', prov=c.provider.replace("-", "_"), line=line)


@tpl(style="other")
def t_yaml_app_config(r, c):
    return "config/%s.yml" % r.choice(["app", "application", "services"]), T('''
server:
  port: @@port@@
  read_timeout: 15s

analytics:
  provider: @@prov@@
  enabled: true
  @@nn@@: "@@V@@"
  batch_size: @@bs@@
  region: @@reg@@

feature_flags:
  refresh_interval: 60s
''', port=r.choice([8080, 9000]), prov=c.provider, nn=c.nn, V=c.V, bs=r.choice([100, 500]),
        reg=r.choice(["us", "eu"]))


@tpl(style="conv")
def t_gha_workflow(r, c):
    return ".github/workflows/analytics-report.yml", T('''
name: weekly-analytics-report

on:
  schedule:
    - cron: "0 7 * * 1"
  workflow_dispatch: {}

jobs:
  report:
    runs-on: ubuntu-latest
    env:
      @@env@@: @@V@@
      REPORT_CHANNEL: "#@@team@@"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r reports/requirements.txt
      - run: python reports/weekly.py --provider @@prov@@
''', env=c.env, V=c.V, team=r.choice(TEAMS), prov=c.provider)


@tpl(style="other")
def t_helm_values(r, c):
    return "deploy/helm/%s/values.yaml" % c.app, T('''
replicaCount: @@rep@@

image:
  repository: ghcr.io/example/@@app@@
  tag: "1.@@minor@@.0"

resources:
  limits:
    cpu: 500m
    memory: 512Mi

analytics:
  @@prov@@:
    enabled: true
    @@nn@@: @@V@@
    flushInterval: 10s
''', rep=r.choice([2, 3, 4]), app=c.app, minor=r.randint(0, 30), prov=c.provider.replace("-", ""),
        nn=c.nn, V=c.V or '""')


@tpl(style="conv")
def t_docker_compose(r, c):
    return "docker-compose.yml", T('''
services:
  api:
    build: .
    ports:
      - "@@port@@:8000"
    environment:
      - APP_ENV=staging
      - DATABASE_URL=postgres://app@db:5432/@@app@@
      - @@env@@=@@V@@
    depends_on:
      - db
  db:
    image: postgres:16
    environment:
      POSTGRES_HOST_AUTH_METHOD: trust
''', port=r.choice([8000, 8080]), app=c.app, env=c.env, V=c.V)


@tpl(style="conv")
def t_k8s_secret(r, c):
    return "k8s/%s/analytics-secret.yaml" % r.choice(["prod", "staging", "base"]), T('''
apiVersion: v1
kind: Secret
metadata:
  name: @@app@@-analytics
  labels:
    app.kubernetes.io/name: @@app@@
type: Opaque
stringData:
  @@env@@: "@@V@@"
''', app=c.app, env=c.env, V=c.V)


@tpl(style="other")
def t_appsettings_json(r, c):
    key = "".join(part[:1].upper() + part[1:] for part in c.nn.split("_"))
    return "src/%s.Api/appsettings.Production.json" % c.app.capitalize(), T('''
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "AllowedHosts": "*",
  "Analytics": {
    "Provider": "@@prov@@",
    "@@key@@": "@@V@@",
    "FlushSeconds": @@fs@@
  }
}
''', prov=c.provider, key=key, V=c.V, fs=r.choice([5, 10, 30]))


@tpl(kinds=["ga4"], style="other")
def t_gtm_custom_html(r, c):
    mid = c.pubv if c.mode != "public" else p_ga4(r)
    cid = r.randint(100000000, 299999999)
    html = ("<script>\\n  fetch('https://www.google-analytics.com/mp/collect?measurement_id=%s&api_secret=%s', "
            "{method: 'POST', body: JSON.stringify({client_id: {{GA Client ID}}, events: [{name: 'lead_submitted'}]})});\\n</script>") % (mid, c.V)
    return "gtm/GTM-%s_workspace%d.json" % (mixed(r, UPALNUM, 7), r.randint(2, 40)), T('''
{
  "exportFormatVersion": 2,
  "exportTime": "@@date@@ 10:12:44",
  "containerVersion": {
    "path": "accounts/@@acct@@/containers/@@cid@@/versions/0",
    "accountId": "@@acct@@",
    "containerId": "@@cid@@",
    "tag": [
      {
        "accountId": "@@acct@@",
        "containerId": "@@cid@@",
        "tagId": "@@tid@@",
        "name": "cHTML - MP lead event",
        "type": "html",
        "parameter": [
          { "type": "TEMPLATE", "key": "html", "value": "@@html@@" },
          { "type": "BOOLEAN", "key": "supportDocumentWrite", "value": "false" }
        ],
        "fingerprint": "@@fp@@",
        "firingTriggerId": ["@@trig@@"]
      }
    ]
  }
}
''', date=today(r), acct=r.randint(6000000000, 6299999999), cid=cid, tid=r.randint(5, 120), html=html,
        fp=r.randint(1690000000000, 1719999999999), trig=r.randint(5, 120))


@tpl(style="other")
def t_config_prod_json(r, c):
    return "config/production.json", T('''
{
  "server": { "port": @@port@@, "trustProxy": true },
  "sessionReplay": { "enabled": true, "sampleRate": 0.@@sr@@ },
  "@@prov@@": {
    "@@nn@@": "@@V@@",
    "timeoutMs": 4000
  }
}
''', port=r.choice([3000, 8080]), sr=r.randint(1, 5), prov=c.provider, nn=c.nn, V=c.V)


@tpl(style="other")
def t_toml_app(r, c):
    return "%s.toml" % r.choice(["settings", "config/app", "analytics"]), T('''
[app]
name = "@@app@@"
environment = "production"

[analytics.@@prov@@]
enabled = true
@@nn@@ = "@@V@@"
sample_rate = 1.0

[replay]
mask_all_inputs = true
''', app=c.app, prov=c.provider.replace("-", "_"), nn=c.nn.lower(), V=c.V)


@tpl(style="conv")
def t_fly_toml(r, c):
    return "fly.toml", T('''
app = "@@app@@-api"
primary_region = "@@reg@@"

[build]
  dockerfile = "Dockerfile"

[env]
  PORT = "8080"
  LOG_LEVEL = "info"
  @@env@@ = "@@V@@"

[[services]]
  internal_port = 8080
  protocol = "tcp"
''', app=c.app, reg=r.choice(["ams", "fra", "iad", "lhr"]), env=c.env, V=c.V)


@tpl(style="conv")
def t_ini(r, c):
    sect = c.provider.replace("-", "_")
    key = "token_auth" if c.k.kid == "matomo" else c.env.lower()
    return "config/%s.ini" % r.choice(["analytics", "reporting", "etl"]), T('''
[general]
timezone = UTC
output_dir = /var/lib/reports

[@@sect@@]
base_url = https://@@host@@
@@key@@ = @@V@@
verify_ssl = true
''', sect=sect, host=r.choice(["analytics.example.com", "stats.example.org", "api.example.io"]),
        key=key, V=c.V)


@tpl(style="other")
def t_properties(r, c):
    return "src/main/resources/application-%s.properties" % r.choice(["prod", "staging"]), T('''
spring.application.name=@@app@@-service
server.port=8080
management.endpoints.web.exposure.include=health,info

analytics.@@prov@@.enabled=true
analytics.@@prov@@.@@nn@@=@@V@@
analytics.@@prov@@.flush-interval=10s
''', app=c.app, prov=c.provider.replace("-", ""), nn=c.nn.replace("_", "-").lower(), V=c.V)


@tpl(style="other")
def t_spring_xml(r, c):
    return "src/main/resources/analytics-context.xml", T('''
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans
       http://www.springframework.org/schema/beans/spring-beans.xsd">

    <bean id="analyticsClient" class="com.example.@@app@@.analytics.AnalyticsClient">
        <constructor-arg name="provider" value="@@prov@@"/>
        <constructor-arg name="@@nn@@" value="@@V@@"/>
        <property name="timeoutMillis" value="5000"/>
    </bean>
</beans>
''', app=c.app, prov=c.provider, nn=c.nn, V=c.V)


@tpl(kinds=["mp_sa", "mp_secret"], style="other")
def t_sh_mixpanel_curl(r, c):
    if c.k.kid == "mp_sa":
        user = "%s.%s.mp-service-account" % (c.app, rs(r, HEX, 6))
        cred = "%s:%s" % (user, c.V)
        pid = "  -d project_id=%d \\\n" % r.randint(1000000, 3999999)
    else:
        cred = "%s:" % c.V
        pid = ""
    return "scripts/lookup_table_upload.sh", T('''
#!/usr/bin/env bash
set -euo pipefail

TABLE_ID="@@tid@@"
CSV="${1:-data/plan_tiers.csv}"

curl --fail -X PUT "https://api.mixpanel.com/lookup-tables/${TABLE_ID}" \\
  -u "@@cred@@" \\
@@pid@@  -H "Content-Type: text/csv" \\
  --data-binary "@${CSV}"
''', tid=uuid4(r), cred=cred, pid=pid)


@tpl(kinds=HDR_KINDS, style="other")
def t_sh_curl_header(r, c):
    hn, hv = header_line(c)
    url = {
        "posthog": "https://us.posthog.com/api/projects/@current/feature_flags/",
        "fullstory": "https://api.fullstory.com/v2/users?uid=%d" % r.randint(1000, 99999),
        "logrocket": "https://api.logrocket.com/v1/orgs/acme/apps/%s/sessions" % r.choice(APP_SLUGS),
        "plausible": "https://plausible.io/api/v2/query",
        "fathom": "https://api.usefathom.com/v1/sites",
        "optimizely": "https://api.optimizely.com/v2/projects",
        "statsig": "https://statsigapi.net/console/v1/gates",
        "split": "https://api.split.io/internal/api/v2/workspaces",
        "segment": "https://api.segmentapis.com/sources",
    }[c.provider]
    return "scripts/%s_smoke.sh" % c.provider, T('''
#!/bin/sh
# quick smoke test against the @@prov@@ API, run from the ops box
set -e

curl -sS "@@url@@" \\
  -H "@@hn@@: @@hv@@" \\
  -H "Accept: application/json" | jq '.results | length'
''', prov=c.provider, url=url, hn=hn, hv=hv)


@tpl(style="conv")
def t_sh_export(r, c):
    return "scripts/dev-env.sh", T('''
#!/usr/bin/env bash
# source this file before running the local stack: . scripts/dev-env.sh
export APP_ENV=development
export API_PORT=@@port@@
export @@env@@="@@V@@"
export FEATURE_FLAGS_REFRESH=30
echo "dev env loaded for @@app@@"
''', port=r.choice([3000, 8000]), env=c.env, V=c.V, app=c.app)


@tpl(style="conv")
def t_dockerfile_env(r, c):
    return "Dockerfile", T('''
FROM python:3.12-slim AS base

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY . .
ENV PYTHONUNBUFFERED=1 \\
    APP_MODULE=@@app@@.wsgi:application \\
    @@env@@=@@V@@

EXPOSE 8000
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "@@app@@.wsgi:application"]
''', app=c.app, env=c.env, V=c.V)


@tpl(kinds=["matomo"], style="other")
def t_dockerfile_matomo(r, c):
    return "ops/matomo-archiver/Dockerfile", T('''
FROM alpine:3.19

RUN apk add --no-cache curl tzdata
ENV TZ=Europe/Berlin

# warm the report cache every night
RUN echo '30 3 * * * curl -s "https://@@host@@/index.php?module=API&method=CoreAdminHome.runScheduledTasks&format=json&token_auth=@@V@@" > /dev/null' \\
    > /etc/crontabs/root

CMD ["crond", "-f", "-l", "8"]
''', host=r.choice(["analytics.example.com", "matomo.internal.example.org"]), V=c.V)


@tpl(style="other")
def t_tf_k8s_secret(r, c):
    return "infra/terraform/analytics/secrets.tf", T('''
resource "kubernetes_secret" "analytics" {
  metadata {
    name      = "@@app@@-analytics"
    namespace = "@@ns@@"
  }

  data = {
    provider = "@@prov@@"
    @@nn@@   = @@Q@@
  }

  type = "Opaque"
}
''', app=c.app, ns=r.choice(["web", "data", "default"]), prov=c.provider, nn=c.nn.lower(), Q=c.q("hcl"))


@tpl(style="conv")
def t_tf_variable(r, c):
    name = c.env.lower()
    dflt = '""' if c.mode == "envref" else '"%s"' % c.V
    return "infra/terraform/variables.tf", T('''
variable "region" {
  type    = string
  default = "@@reg@@"
}

variable "@@name@@" {
  description = "@@prov@@ credential used by the reporting job"
  type        = string
  default     = @@dflt@@
}

variable "report_bucket" {
  type    = string
  default = "@@app@@-analytics-reports"
}
''', reg=r.choice(REGIONS), name=name, prov=c.provider, dflt=dflt, app=c.app)


@tpl(kinds=["statsig_console"], style="conv")
def t_tf_statsig_provider(r, c):
    return "infra/statsig/main.tf", T('''
terraform {
  required_providers {
    statsig = {
      source  = "statsig-io/statsig"
      version = "~> 0.1"
    }
  }
}

provider "statsig" {
  console_api_key = @@Q@@
}

resource "statsig_gate" "new_checkout" {
  name        = "new_checkout_flow"
  description = "Gradual rollout of the redesigned checkout"
  is_enabled  = true
}
''', Q=c.q("hcl"))


@tpl(style="conv")
def t_md_setup(r, c):
    return "docs/setup.md", T('''
# Local setup

1. Install dependencies with `make bootstrap`.
2. Start the database: `docker compose up -d db`.
3. Export the analytics credentials (ask #@@team@@ if you do not have them):

```bash
export @@env@@=@@V@@
```

4. Run `make dev` and open http://localhost:3000.

Events show up in the @@prov@@ live view after about a minute.
''', team=r.choice(TEAMS), env=c.env, V=c.V, prov=c.provider)


@tpl(kinds=HDR_KINDS, style="other")
def t_md_runbook_header(r, c):
    hn, hv = header_line(c)
    return "docs/runbooks/%s-api.md" % c.provider, T('''
## Pulling data from @@prov@@ during an incident

The on-call account already has read access. Example request:

```http
GET /api/v1/ HTTP/1.1
Host: @@host@@
@@hn@@: @@hv@@
Accept: application/json
```

If the call returns 401, rotate the key in the vendor console and update the
deployment secret.
''', prov=c.provider, host=r.choice(["api.example-vendor.com", "%s.example.net" % c.provider]), hn=hn, hv=hv)


@tpl(kinds=["matomo"], style="other")
def t_html_matomo_widget(r, c):
    return "templates/admin/traffic.html", T('''
{% extends "admin/base.html" %}
{% block content %}
<h2>Traffic (last 30 days)</h2>
<iframe width="100%" height="350" frameborder="0" scrolling="no"
  src="https://@@host@@/index.php?module=Widgetize&action=iframe&moduleToWidgetize=VisitsSummary&actionToWidgetize=getEvolutionGraph&idSite=@@site@@&period=day&date=last30&disableLink=1&token_auth=@@V@@">
</iframe>
{% endblock %}
''', host=r.choice(["analytics.example.com", "stats.example.org"]), site=p_matomo_site(r), V=c.V)


@tpl(kinds=["ga4"], style="other")
def t_html_ga4_fetch(r, c):
    mid = c.pubv if c.mode != "public" else p_ga4(r)
    return "public/kiosk/index.html", T('''
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Store kiosk</title>
</head>
<body>
  <button id="checkin">Check in</button>
  <script>
    const MP_URL = 'https://www.google-analytics.com/mp/collect?measurement_id=@@mid@@&api_secret=@@V@@';
    document.getElementById('checkin').addEventListener('click', () => {
      fetch(MP_URL, {
        method: 'POST',
        body: JSON.stringify({ client_id: 'kiosk-@@kid@@', events: [{ name: 'kiosk_checkin' }] })
      });
    });
  </script>
</body>
</html>
''', mid=mid, V=c.V, kid=r.randint(1, 40))


@tpl(style="other")
def t_sql_insert(r, c):
    return "db/seeds/%03d_integrations.sql" % r.randint(1, 40), T('''
-- seed integration credentials for the staging tenant
INSERT INTO integrations (tenant_id, provider, label, credential, created_at)
VALUES
  (@@tid@@, '@@prov@@', '@@label@@', '@@V@@', '@@date@@');

UPDATE tenants SET analytics_enabled = TRUE WHERE id = @@tid@@;
''', tid=r.randint(1, 500), prov=c.provider, label=c.k.kind, V=c.V, date=today(r))


@tpl(style="other")
def t_sql_snowflake_secret(r, c):
    return "warehouse/setup/%s_secret.sql" % c.provider.replace("-", "_"), T('''
USE ROLE SECURITYADMIN;
USE DATABASE ANALYTICS;

CREATE OR REPLACE SECRET ANALYTICS.INTEGRATIONS.@@name@@
  TYPE = GENERIC_STRING
  SECRET_STRING = '@@V@@'
  COMMENT = 'used by the @@prov@@ external access integration';

GRANT USAGE ON SECRET ANALYTICS.INTEGRATIONS.@@name@@ TO ROLE TRANSFORMER;
''', name=c.env, V=c.V, prov=c.provider)


@tpl(style="other")
def t_csv_integrations(r, c):
    rows = []
    for i in range(r.randint(2, 4)):
        rows.append("%s,%s,%s,%s" % (r.choice(APP_NAMES), r.choice(["web", "ios", "android"]),
                                     r.choice(["active", "paused"]), today(r)))
    rows.insert(r.randint(0, len(rows)), "%s,%s,active,%s" % (c.app, c.provider, c.V))
    return "exports/integration_inventory.csv", "app,source,status,value\n" + "\n".join(rows) + "\n"


@tpl(kinds=["statsig_secret", "split_server", "seg_write", "phx"], style="other")
def t_log_init(r, c):
    lines = []
    t = ts(r)
    lines.append("%s INFO  [main] starting %s-api version=1.%d.%d" % (t, c.app, r.randint(0, 20), r.randint(0, 9)))
    lines.append("%s DEBUG [config] loaded 42 settings from /etc/%s/config.yml" % (ts(r), c.app))
    lines.append("%s DEBUG [analytics] initializing %s client key=%s" % (ts(r), c.provider, c.V))
    lines.append("%s INFO  [http] listening on :8080" % ts(r))
    return "logs/%s-api.log" % c.app, "\n".join(lines) + "\n"


@tpl(kinds=["matomo"], style="other")
def t_log_access(r, c):
    ip = "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    out = []
    for i in range(3):
        out.append('%s - - [12/Mar/2024:10:%02d:%02d +0000] "GET /matomo.js HTTP/1.1" 200 66211 "-" "Mozilla/5.0"' % (
            "172.16.%d.%d" % (r.randint(0, 9), r.randint(1, 200)), r.randint(0, 59), r.randint(0, 59)))
    out.append('%s - - [12/Mar/2024:10:41:07 +0000] "GET /index.php?module=API&method=VisitsSummary.get&idSite=%s&period=day&date=yesterday&format=json&token_auth=%s HTTP/1.1" 200 412 "-" "python-requests/2.31.0"' % (
        ip, p_matomo_site(r), c.V))
    return "logs/nginx/matomo_access.log", "\n".join(out) + "\n"


@tpl(style="conv", envfile=True)
def t_dotenv(r, c):
    cn, cv = companion(c)
    return r.choice([".env", ".env.production", ".env.local"]), T('''
NODE_ENV=production
PORT=3000
@@cn@@=@@cv@@
@@env@@=@@V@@
LOG_LEVEL=info
''', cn=cn, cv=cv, env=c.env, V=c.V)


@tpl(style="other")
def t_nuxt_config(r, c):
    return "nuxt.config.ts", T('''
export default defineNuxtConfig({
  devtools: { enabled: false },
  modules: ['@pinia/nuxt'],
  runtimeConfig: {
    // server-only keys
    @@nn@@: @@Q@@,
    public: {
      siteUrl: 'https://@@app@@.example.com',
    },
  },
});
''', nn=c.nn, Q=c.sq("ts"), app=c.app)


@tpl(style="conv")
def t_react_config(r, c):
    return "src/config/analytics.ts", T('''
// Analytics configuration shared by the admin dashboard
export const ANALYTICS_PROVIDER = '@@prov@@';
export const @@env@@ = @@Q@@;
export const SESSION_REPLAY_SAMPLE_RATE = 0.@@sr@@;

export function analyticsEnabled(): boolean {
  return typeof window !== 'undefined' && !navigator.doNotTrack;
}
''', prov=c.provider, env=c.env, Q=c.sq("ts"), sr=r.randint(1, 9))


@tpl(style="other")
def t_vue_plugin(r, c):
    return "src/plugins/reporting.js", T('''
import axios from 'axios';

const reportingClient = axios.create({
  baseURL: '/internal/reports',
  timeout: 8000,
});

// TODO: move to the backend proxy
const @@nn@@ = @@Q@@;

export default {
  install(app) {
    app.config.globalProperties.$reports = {
      fetch: (name) => reportingClient.get(`/${name}`, { params: { key: @@nn@@ } }),
    };
  },
};
''', nn=c.nn.replace("_", ""), Q=c.sq("vue"))


@tpl(kinds=["statsig_secret", "split_server", "seg_write"], style="other")
def t_go_init(r, c):
    if c.k.kid == "statsig_secret":
        body = "\tstatsig.Initialize(%s)\n\tdefer statsig.Shutdown()" % c.q("go")
        imp = '"github.com/statsig-io/go-sdk"'
    elif c.k.kid == "split_server":
        body = "\tfactory, err := client.NewSplitFactory(%s, cfg)\n\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\t_ = factory.Client()" % c.q("go")
        imp = '"github.com/splitio/go-client/v6/splitio/client"'
    else:
        body = "\tclient := analytics.New(%s)\n\tdefer client.Close()" % c.q("go")
        imp = 'analytics "github.com/segmentio/analytics-go/v3"'
    cfg = "\tcfg := conf.Default()\n" if c.k.kid == "split_server" else ""
    imp2 = '\n\t"github.com/splitio/go-client/v6/splitio/conf"' if c.k.kid == "split_server" else ""
    return "cmd/%s-worker/main.go" % c.app, T('''
package main

import (
	"log"
	"os"

	@@imp@@@@imp2@@
)

func main() {
	log.SetFlags(log.LstdFlags | log.Lshortfile)
	_ = os.Getenv("APP_ENV")
@@cfg@@@@body@@
	log.Println("worker started")
}
''', imp=imp, imp2=imp2, cfg=cfg, body=body)


@tpl(style="conv")
def t_go_const(r, c):
    name = "".join(p.capitalize() for p in c.env.lower().split("_"))
    name = name[0].lower() + name[1:]
    if c.mode == "envref":
        decl = "var %s = %s" % (name, c.q("go"))
    else:
        decl = "const %s = %s" % (name, c.q("go"))
    return "internal/analytics/config.go", T('''
package analytics

import "time"

@@decl@@

const (
	flushInterval = @@fi@@ * time.Second
	maxBatch      = 100
)
''', decl=decl, fi=r.choice([5, 10]))


@tpl(kinds=HDR_KINDS, style="other")
def t_java_header(r, c):
    hn, hv = header_line(c)
    parts = hv.split(" ", 1)
    if len(parts) == 2:
        expr = '"%s " + %s' % (parts[0], c.q("java")) if c.mode == "envref" else '"%s"' % hv
    else:
        expr = c.q("java")
    return "src/main/java/com/example/%s/ReportFetcher.java" % c.app, T('''
package com.example.@@app@@;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public class ReportFetcher {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public String fetch(String path) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://api.example.com" + path))
                .header("@@hn@@", @@expr@@)
                .header("Accept", "application/json")
                .GET()
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
''', app=c.app, hn=hn, expr=expr)


@tpl(kinds=["split_server", "seg_write", "statsig_secret"], style="other")
def t_csharp_ctor(r, c):
    if c.k.kid == "split_server":
        line = "var factory = new SplitFactory(%s, config);\n        _client = factory.Client();" % c.q("cs")
    elif c.k.kid == "seg_write":
        line = "Analytics.Initialize(%s);" % c.q("cs")
    else:
        line = "StatsigServer.Initialize(%s);" % c.q("cs")
    return "src/%s.Web/Startup/FeatureFlags.cs" % c.app.capitalize(), T('''
using System;

namespace @@ns@@.Web.Startup
{
    public class FeatureFlags
    {
        private object _client;

        public void Configure(object config)
        {
            @@line@@
            Console.WriteLine("feature flags ready");
        }
    }
}
''', ns=c.app.capitalize(), line=line)


@tpl(kinds=["matomo"], style="other")
def t_php_matomo(r, c):
    return "src/Analytics/ServerTracker.php", T('''
<?php

namespace App\\Analytics;

use MatomoTracker;

final class ServerTracker
{
    public static function create(int $siteId): MatomoTracker
    {
        $tracker = new MatomoTracker($siteId, 'https://@@host@@/');
        $tracker->setTokenAuth(@@Q@@);
        $tracker->setRequestTimeout(3);
        return $tracker;
    }
}
''', host=r.choice(["analytics.example.com", "stats.example.org"]), Q=c.sq("php"))


@tpl(style="other")
def t_notebook(r, c):
    src1 = json.dumps("import pandas as pd\n")
    src2 = json.dumps("%s = %s\n" % (c.nn, c.q("py")))
    src3 = json.dumps("df = load_events(%s, days=28)\ndf.groupby('event').size().sort_values().tail(10)" % c.nn)
    return "notebooks/%s_retention.ipynb" % c.provider.replace("-", "_"), T('''
{
 "cells": [
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [@@s1@@]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [@@s2@@]},
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": [@@s3@@]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', s1=src1, s2=src2, s3=src3)


@tpl(style="conv")
def t_dbt_project_vars(r, c):
    return "dbt_project.yml", T('''
name: "@@app@@_analytics"
version: "1.0.0"
config-version: 2
profile: "warehouse"

model-paths: ["models"]
seed-paths: ["seeds"]

vars:
  @@prov@@_start_date: "2023-01-01"
  @@var@@: "@@V@@"

models:
  @@app@@_analytics:
    staging:
      +materialized: view
''', app=c.app, prov=c.provider.replace("-", "_"), var=c.env.lower(), V=c.V)


@tpl(style="other")
def t_airflow_settings(r, c):
    return "airflow_settings.yaml", T('''
airflow:
  connections:
    - conn_id: @@prov@@_api
      conn_type: http
      conn_host: @@host@@
      conn_schema: https
      conn_login: @@login@@
      conn_password: @@V@@
      conn_port: 443
  variables:
    - variable_name: report_recipients
      variable_value: @@team@@@example.com
''', prov=c.provider.replace("-", "_"), host=r.choice(["api.example-vendor.com", "%s.example.net" % c.provider]),
        login=r.choice(["etl", "reporting", "airflow"]), V=c.V, team=r.choice(TEAMS))


@tpl(style="other")
def t_airflow_conn_json(r, c):
    return "airflow/connections.json", T('''
{
  "@@prov@@_default": {
    "conn_type": "http",
    "host": "https://@@host@@",
    "login": "",
    "password": "@@V@@",
    "extra": "{\\"timeout\\": 60}"
  },
  "warehouse": {
    "conn_type": "snowflake",
    "host": "@@acct@@.snowflakecomputing.com",
    "login": "AIRFLOW_SVC",
    "extra": "{\\"authenticator\\": \\"snowflake_jwt\\"}"
  }
}
''', prov=c.provider.replace("-", "_"), host=r.choice(["api.example-vendor.com", "%s.example.net" % c.provider]),
        V=c.V, acct=rs(r, LOWER, 7))


@tpl(style="conv")
def t_makefile(r, c):
    return "Makefile", T('''
.PHONY: dev test backfill

APP ?= @@app@@
@@env@@ ?= @@V@@

dev:
\tdocker compose up --build

test:
\tpytest -q

backfill:
\tpython -m etl.backfill --provider @@prov@@ --since $(SINCE)
''', app=c.app, env=c.env, V=c.V, prov=c.provider)


@tpl(style="conv")
def t_mjs_fallback(r, c):
    if c.mode == "envref":
        line = "const %s = process.env.%s;" % (c.env, c.env)
    else:
        line = "const %s = process.env.%s || '%s';" % (c.env, c.env, c.V)
    return "scripts/backfill-events.mjs", T('''
#!/usr/bin/env node
import { readFile } from 'node:fs/promises';

@@line@@
const BATCH = @@batch@@;

const rows = JSON.parse(await readFile(process.argv[2], 'utf8'));
for (let i = 0; i < rows.length; i += BATCH) {
  console.log(`batch ${i / BATCH}: ${Math.min(BATCH, rows.length - i)} events`);
}
''', line=line, batch=r.choice([50, 200, 500]))


@tpl(style="conv")
def t_py_setdefault(r, c):
    return "%s/wsgi.py" % c.app, T('''
"""WSGI entry point."""
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "@@app@@.settings.production")
os.environ.setdefault("@@env@@", @@Q@@)

application = get_wsgi_application()
''', app=c.app, env=c.env, Q=c.q("py") if c.mode != "envref" else '"${%s}"' % c.env)


@tpl(style="conv")
def t_serverless(r, c):
    return "serverless.yml", T('''
service: @@app@@-events

provider:
  name: aws
  runtime: nodejs20.x
  region: @@reg@@
  environment:
    STAGE: ${sls:stage}
    @@env@@: @@V@@

functions:
  ingest:
    handler: src/ingest.handler
    events:
      - httpApi:
          path: /events
          method: post
''', app=c.app, reg=r.choice(REGIONS), env=c.env, V=c.V)


@tpl(style="conv")
def t_gitlab_ci(r, c):
    return ".gitlab-ci.yml", T('''
stages:
  - test
  - report

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  @@env@@: "@@V@@"

nightly-report:
  stage: report
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - python -m reports.nightly --provider @@prov@@
  rules:
    - if: $CI_PIPELINE_SOURCE == "schedule"
''', env=c.env, V=c.V, prov=c.provider)


@tpl(kinds=HDR_KINDS, style="other")
def t_postman(r, c):
    hn, hv = header_line(c)
    return "postman/%s.postman_collection.json" % c.provider, T('''
{
  "info": {
    "_postman_id": "@@pid@@",
    "name": "@@prov@@ API",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "item": [
    {
      "name": "List resources",
      "request": {
        "method": "GET",
        "header": [
          { "key": "@@hn@@", "value": "@@hv@@", "type": "text" },
          { "key": "Accept", "value": "application/json", "type": "text" }
        ],
        "url": { "raw": "https://api.example.com/v1/items", "protocol": "https" }
      }
    }
  ]
}
''', pid=uuid4(r), prov=c.provider, hn=hn, hv=hv)


@tpl(style="conv")
def t_vscode_launch(r, c):
    return ".vscode/launch.json", T('''
{
  "version": "0.2.0",
  "configurations": [
    {
      "type": "node",
      "request": "launch",
      "name": "Debug API",
      "program": "${workspaceFolder}/server/index.js",
      "env": {
        "NODE_ENV": "development",
        "@@env@@": "@@V@@"
      }
    }
  ]
}
''', env=c.env, V=c.V)


@tpl(kinds=["split_server", "statsig_secret", "phx"], style="other")
def t_rust_ctor(r, c):
    return "src/flags.rs", T('''
use std::time::Duration;

pub struct Flags {
    client: FlagClient,
}

impl Flags {
    pub fn new() -> anyhow::Result<Self> {
        let client = FlagClient::builder(@@Q@@)
            .refresh(Duration::from_secs(@@s@@))
            .build()?;
        Ok(Self { client })
    }
}
''', Q=c.q("rs"), s=r.choice([30, 60]))


@tpl(style="conv")
def t_gradle_kts(r, c):
    lit = '"\\"%s\\""' % c.V if c.mode != "envref" else 'System.getenv("%s") ?: "\\"\\""' % c.env
    return "app/build.gradle.kts", T('''
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "com.example.@@app@@"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.example.@@app@@"
        minSdk = 26
        versionCode = @@vc@@
        buildConfigField("String", "@@env@@", @@lit@@)
    }
}
''', app=c.app, vc=r.randint(10, 400), env=c.env, lit=lit)


@tpl(style="other")
def t_rails_credentials_plain(r, c):
    return "config/secrets.yml", T('''
default: &default
  secret_key_base_env: SECRET_KEY_BASE

production:
  <<: *default
  @@prov@@:
    @@nn@@: @@V@@
    host: https://@@host@@
''', prov=c.provider.replace("-", "_"), nn=c.nn.lower(), V=c.V or '""',
        host=r.choice(["api.example-vendor.com", "%s.example.net" % c.provider]))


@tpl(kinds=["phx", "phs"], style="other")
def t_py_posthog(r, c):
    return "app/services/flags.py", T('''
from posthog import Posthog

posthog = Posthog(
    "@@phc@@",
    host="https://@@reg@@.i.posthog.com",
    personal_api_key=@@Q@@,
    feature_flags_request_timeout_seconds=3,
)


def flag(user_id: str, key: str) -> bool:
    return bool(posthog.feature_enabled(key, user_id))
''', phc=c.pubv if c.mode != "public" else p_phc(r), reg=r.choice(["us", "eu"]), Q=c.q("py"))


@tpl(kinds=["hotjar", "kameleoon"], style="other")
def t_py_client_credentials(r, c):
    cn, cv = companion(c)
    url = "https://api.hotjar.io/v1/oauth/token" if c.k.kid == "hotjar" else "https://api.kameleoon.com/oauth/token"
    return "etl/%s/auth.py" % c.provider, T('''
import requests

TOKEN_URL = "@@url@@"
CLIENT_ID = "@@cv@@"


def access_token() -> str:
    resp = requests.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": @@Q@@},
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]
''', url=url, cv=cv, Q=c.q("py"))


@tpl(kinds=["sgp", "seg_write"], style="other")
def t_py_segment(r, c):
    if c.k.kid == "seg_write":
        return "jobs/sync_orders.py", T('''
import segment.analytics as analytics

analytics.write_key = @@Q@@
analytics.max_queue_size = 10000


def sync(orders):
    for o in orders:
        analytics.track(o["user_id"], "Order Completed", {"order_id": o["id"], "revenue": o["total"]})
    analytics.flush()
''', Q=c.q("py"))
    return "tools/segment_admin.py", T('''
import requests

API = "https://api.segmentapis.com"
HEADERS = {"Authorization": "Bearer " + @@Q@@, "Content-Type": "application/json"}


def list_sources():
    return requests.get(f"{API}/sources", headers=HEADERS, timeout=10).json()["data"]["sources"]
''', Q=c.q("py"))


# ---------------------------------------------------------------- look-alike negatives
NEG_T = []


def ntpl(provider, kind):
    def deco(f):
        NEG_T.append((f, provider, kind))
        return f
    return deco


@ntpl("google-analytics-4", "measurement_id_snippet")
def n_gtag_html(r):
    mid = p_ga4(r)
    return "public/index.html", T('''
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <!-- Google tag (gtag.js) -->
  <script async src="https://www.googletagmanager.com/gtag/js?id=@@mid@@"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){dataLayer.push(arguments);}
    gtag('js', new Date());
    gtag('config', '@@mid@@', { send_page_view: true });
  </script>
  <title>@@app@@</title>
</head>
<body><div id="root"></div></body>
</html>
''', mid=mid, app=r.choice(APP_NAMES))


@ntpl("google-tag-manager", "container_export")
def n_gtm_export(r):
    acct = r.randint(6000000000, 6299999999)
    cid = r.randint(100000000, 299999999)
    mid = p_ga4(r)
    tags = []
    for i in range(r.randint(2, 4)):
        tags.append(T('''
      {
        "accountId": "@@acct@@",
        "containerId": "@@cid@@",
        "tagId": "@@tid@@",
        "name": "GA4 Event - @@ev@@",
        "type": "gaawe",
        "parameter": [
          { "type": "TEMPLATE", "key": "eventName", "value": "@@ev@@" },
          { "type": "TEMPLATE", "key": "measurementIdOverride", "value": "@@mid@@" }
        ],
        "fingerprint": "@@fp@@",
        "firingTriggerId": ["@@trig@@"],
        "tagFiringOption": "ONCE_PER_EVENT"
      }''', acct=acct, cid=cid, tid=i + 3, ev=r.choice(["sign_up", "add_to_cart", "begin_checkout", "view_item", "generate_lead"]),
                      mid=mid, fp=r.randint(1690000000000, 1719999999999), trig=r.randint(5, 90)).rstrip("\n"))
    return "gtm/GTM-%s_v%d.json" % (mixed(r, UPALNUM, 7), r.randint(3, 60)), T('''
{
  "exportFormatVersion": 2,
  "exportTime": "@@date@@ 09:41:03",
  "containerVersion": {
    "path": "accounts/@@acct@@/containers/@@cid@@/versions/0",
    "accountId": "@@acct@@",
    "containerId": "@@cid@@",
    "containerVersionId": "0",
    "container": {
      "publicId": "@@gtm@@",
      "usageContext": ["WEB"],
      "fingerprint": "@@fp@@",
      "tagManagerUrl": "https://tagmanager.google.com/#/container/accounts/@@acct@@/containers/@@cid@@/workspaces?apiLink=container"
    },
    "tag": [
@@tags@@
    ]
  }
}
''', date=today(r), acct=acct, cid=cid, gtm=p_gtm(r), fp=r.randint(1690000000000, 1719999999999),
        tags=",\n".join(tags))


@ntpl("mixpanel", "project_token_snippet")
def n_mixpanel_snippet(r):
    return "src/lib/mixpanel.js", T('''
import mixpanel from 'mixpanel-browser';

// Project token: identifies the project, safe to ship to the browser.
const MIXPANEL_TOKEN = '@@tok@@';

mixpanel.init(MIXPANEL_TOKEN, {
  debug: process.env.NODE_ENV !== 'production',
  track_pageview: true,
  persistence: 'localStorage',
  record_sessions_percent: @@pct@@,
});

export default mixpanel;
''', tok=p_mp_token(r), pct=r.choice([1, 5, 10]))


@ntpl("posthog", "project_api_key")
def n_posthog_provider(r):
    return "app/providers.tsx", T('''
'use client';

import posthog from 'posthog-js';
import { PostHogProvider } from 'posthog-js/react';
import { useEffect } from 'react';

export function PHProvider({ children }: { children: React.ReactNode }) {
  useEffect(() => {
    posthog.init('@@phc@@', {
      api_host: 'https://@@reg@@.i.posthog.com',
      person_profiles: 'identified_only',
      session_recording: { maskAllInputs: true },
    });
  }, []);
  return <PostHogProvider client={posthog}>{children}</PostHogProvider>;
}
''', phc=p_phc(r), reg=r.choice(["us", "eu"]))


@ntpl("statsig", "client_key")
def n_statsig_client(r):
    return "src/StatsigRoot.tsx", T('''
import { StatsigProvider, useClientAsyncInit } from '@statsig/react-bindings';
import { StatsigSessionReplayPlugin } from '@statsig/session-replay';

const STATSIG_CLIENT_KEY = '@@key@@';

export function StatsigRoot({ userID, children }: { userID: string; children: React.ReactNode }) {
  const { client } = useClientAsyncInit(STATSIG_CLIENT_KEY, { userID }, {
    plugins: [new StatsigSessionReplayPlugin()],
  });
  return <StatsigProvider client={client}>{children}</StatsigProvider>;
}
''', key=p_statsig_client(r))


@ntpl("split", "client_side_key")
def n_split_browser(r):
    return "src/flags/split.js", T('''
import { SplitFactory } from '@splitsoftware/splitio';

// client-side (browser) SDK key - restricted to the browser evaluation endpoints
const factory = SplitFactory({
  core: {
    authorizationKey: '@@key@@',
    key: window.__USER_ID__ || 'anonymous',
  },
  startup: { readyTimeout: 1.5 },
});

export const splitClient = factory.client();
''', key=p_split_client(r))


@ntpl("hotjar", "site_id_snippet")
def n_hotjar_snippet(r):
    sid = p_hotjar(r)
    return "templates/partials/hotjar.html", T('''
<!-- Hotjar Tracking Code for @@dom@@ -->
<script>
    (function(h,o,t,j,a,r){
        h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};
        h._hjSettings={hjid:@@sid@@,hjsv:6};
        a=o.getElementsByTagName('head')[0];
        r=o.createElement('script');r.async=1;
        r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;
        a.appendChild(r);
    })(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');
</script>
''', dom=r.choice(DOMAINS), sid=sid)


@ntpl("fullstory", "org_id_snippet")
def n_fullstory_init(r):
    return "src/analytics/fullstory.ts", T('''
import { init as initFullStory, FullStory } from '@fullstory/browser';

export function startReplay(userId: string, plan: string) {
  initFullStory({ orgId: '@@org@@', devMode: import.meta.env.DEV });
  FullStory('setIdentity', { uid: userId, properties: { plan } });
}
''', org=p_fs_org(r))


@ntpl("logrocket", "app_id")
def n_logrocket_init(r):
    return "src/index.jsx", T('''
import React from 'react';
import { createRoot } from 'react-dom/client';
import LogRocket from 'logrocket';
import setupLogRocketReact from 'logrocket-react';
import App from './App';

LogRocket.init('@@app@@', {
  network: { requestSanitizer: (req) => { req.headers.authorization = null; return req; } },
});
setupLogRocketReact(LogRocket);

createRoot(document.getElementById('root')).render(<App />);
''', app=p_lr_app(r))


@ntpl("matomo", "site_id_snippet")
def n_matomo_snippet(r):
    return "themes/%s/partials/analytics.html" % r.choice(APP_NAMES), T('''
<!-- Matomo -->
<script>
  var _paq = window._paq = window._paq || [];
  _paq.push(['trackPageView']);
  _paq.push(['enableLinkTracking']);
  (function() {
    var u="https://@@host@@/";
    _paq.push(['setTrackerUrl', u+'matomo.php']);
    _paq.push(['setSiteId', '@@sid@@']);
    var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0];
    g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s);
  })();
</script>
<!-- End Matomo Code -->
''', host=r.choice(["analytics.example.com", "stats.example.org"]), sid=p_matomo_site(r))


@ntpl("plausible", "domain_snippet")
def n_plausible_script(r):
    dom = p_plausible(r)
    return "layouts/partials/head.html", T('''
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/main.@@h@@.css">
<script defer data-domain="@@dom@@" src="https://plausible.io/js/script.outbound-links.js"></script>
<script>window.plausible = window.plausible || function() { (window.plausible.q = window.plausible.q || []).push(arguments) }</script>
''', h=hexs(r, 8), dom=dom)


@ntpl("fathom", "site_id_snippet")
def n_fathom_script(r):
    return "src/app/layout.tsx", T('''
import Script from 'next/script';

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        {children}
        <Script src="https://cdn.usefathom.com/script.js" data-site="@@sid@@" data-spa="auto" strategy="afterInteractive" />
      </body>
    </html>
  );
}
''', sid=p_fathom(r))


@ntpl("optimizely", "sdk_key_and_snippet")
def n_optimizely_client(r):
    return "src/optimizely.ts", T('''
import { createInstance } from '@optimizely/react-sdk';

// SDK key selects the datafile for this environment; the datafile is public.
export const optimizely = createInstance({
  sdkKey: '@@sdk@@',
  datafileOptions: { autoUpdate: true, updateInterval: 300000 },
});

export const WEB_SNIPPET = 'https://cdn.optimizely.com/js/@@pid@@.js';
''', sdk=p_opt_sdk(r), pid=p_opt_project(r))


@ntpl("vwo", "account_id_snippet")
def n_vwo_smartcode(r):
    return "templates/vwo_smartcode.html", T('''
<!-- Start VWO Async SmartCode -->
<link rel="preconnect" href="https://dev.visualwebsiteoptimizer.com" />
<script type='text/javascript' id='vwoCode'>
window._vwo_code || (function() {
var account_id=@@acct@@,
version=2.1,
settings_tolerance=2000,
hide_element='body',
hide_element_style = 'opacity:0 !important;filter:alpha(opacity=0) !important;background:none !important';
/* loader omitted for brevity */
})();
</script>
<!-- End VWO Async SmartCode -->
''', acct=p_vwo(r))


@ntpl("kameleoon", "site_code_snippet")
def n_kameleoon(r):
    return "public/experiments.html", T('''
<script type="text/javascript">
  // Duration in milliseconds to wait while the Kameleoon application file is loaded
  var kameleoonLoadingTimeout = 1000;
  window.kameleoonQueue = window.kameleoonQueue || [];
</script>
<script src="//@@code@@.kameleoon.eu/kameleoon.js" async="true" fetchpriority="high"></script>
''', code=p_kam(r))


@ntpl("segment", "browser_write_key")
def n_segment_browser(r):
    return "src/lib/segment.ts", T('''
import { AnalyticsBrowser } from '@segment/analytics-next';

// Browser source write key: ships in the bundle by design.
export const analytics = AnalyticsBrowser.load({ writeKey: '@@wk@@' });

export function trackSignup(plan: string) {
  analytics.track('Signed Up', { plan });
}
''', wk=p_seg_client(r))


@ntpl("amplitude", "browser_api_key")
def n_amplitude_browser(r):
    return "src/analytics/amplitude.js", T('''
import * as amplitude from '@amplitude/analytics-browser';
import { sessionReplayPlugin } from '@amplitude/plugin-session-replay-browser';

amplitude.add(sessionReplayPlugin({ sampleRate: 0.@@sr@@ }));
amplitude.init('@@key@@', { autocapture: { elementInteractions: true } });
''', sr=r.randint(1, 9), key=p_amp_key(r))


@ntpl("heap", "app_id_snippet")
def n_heap_snippet(r):
    return "templates/base/heap.html", T('''
<script type="text/javascript">
  window.heapReadyCb=window.heapReadyCb||[],window.heap=window.heap||[],heap.load=function(e,t){window.heap.envId=e,window.heap.clientConfig=t=t||{},window.heap.clientConfig.shouldFetchServerConfig=!1;var a=document.createElement("script");a.type="text/javascript",a.async=!0,a.src="https://cdn.us.heap-api.com/config/"+e+"/heap_config.js";var r=document.getElementsByTagName("script")[0];r.parentNode.insertBefore(a,r)};
  heap.load("@@app@@");
</script>
''', app=p_heap(r))


@ntpl("generic", "event_export_csv")
def n_events_csv(r):
    rows = ["event_id,event_name,user_id,device_id,session_id,event_time"]
    for i in range(r.randint(6, 12)):
        rows.append("%s,%s,%s,%s,%d,%s" % (uuid4(r), r.choice(["page_view", "add_to_cart", "checkout_started", "purchase", "search"]),
                                          "u_%s" % rs(r, LOWALNUM, 10), hexs(r, 32), r.randint(1700000000, 1719999999), ts(r)))
    return "exports/events_%s.csv" % today(r).replace("-", ""), "\n".join(rows) + "\n"


@ntpl("generic", "session_replay_log")
def n_replay_log(r):
    out = []
    for i in range(r.randint(5, 9)):
        out.append("%s INFO replay.uploader session=%s chunk=%d bytes=%d sha256=%s" % (
            ts(r), uuid4(r), i, r.randint(2000, 90000), hexs(r, 64)))
    return "logs/replay-uploader.log", "\n".join(out) + "\n"


@ntpl("generic", "dbt_surrogate_keys")
def n_dbt_model(r):
    return "models/marts/fct_sessions.sql", T('''
{{ config(materialized='incremental', unique_key='session_key') }}

with events as (
    select * from {{ ref('stg_ga4__events') }}
    {% if is_incremental() %}
    where event_date > (select max(session_date) from {{ this }})
    {% endif %}
)

select
    {{ dbt_utils.generate_surrogate_key(['user_pseudo_id', 'ga_session_id']) }} as session_key,
    user_pseudo_id,
    ga_session_id,
    min(event_timestamp) as session_start,
    max(event_timestamp) as session_end,
    countif(event_name = 'purchase') as purchases
from events
-- known bad session seen in QA: md5 @@h@@
where user_pseudo_id != '@@upid@@'
group by 1, 2, 3
''', h=hexs(r, 32), upid="%d.%d" % (r.randint(100000000, 2099999999), r.randint(1600000000, 1719999999)))


@ntpl("generic", "experiment_assignments_seed")
def n_dbt_seed(r):
    rows = ["experiment_key,variant_key,variant_id,allocation_pct"]
    for i in range(r.randint(4, 8)):
        rows.append("%s,%s,%d,%d" % (r.choice(["checkout_redesign", "pricing_page_v3", "onboarding_quiz", "search_ranking_ml"]),
                                     r.choice(["control", "treatment", "variant_b", "variant_c"]), r.randint(20000000000, 29999999999),
                                     r.choice([10, 25, 50])))
    return "seeds/experiment_variants.csv", "\n".join(rows) + "\n"


@ntpl("generic", "airflow_dag_no_secret")
def n_airflow_dag(r):
    return "dags/amplitude_to_warehouse.py", T('''
from datetime import datetime

from airflow import DAG
from airflow.providers.http.operators.http import HttpOperator

# Credentials live in the "amplitude_export" Airflow connection (secrets backend).
with DAG("amplitude_to_warehouse", start_date=datetime(2024, 1, 1), schedule="@hourly", catchup=False) as dag:
    HttpOperator(
        task_id="export_hour",
        http_conn_id="amplitude_export",
        endpoint="api/2/export?start={{ data_interval_start | ts_nodash }}&end={{ data_interval_end | ts_nodash }}",
        method="GET",
        log_response=False,
    )
# checksum of last known-good schema file: sha256:@@h@@
''', h=hexs(r, 64))


@ntpl("npm", "lockfile_integrity")
def n_package_lock(r):
    pk = []
    for name in r.sample(["posthog-js", "mixpanel-browser", "@amplitude/analytics-browser", "@segment/analytics-next",
                          "logrocket", "@fullstory/browser", "@statsig/js-client", "@optimizely/react-sdk"], 4):
        pk.append(T('''
    "node_modules/@@n@@": {
      "version": "@@v@@",
      "resolved": "https://registry.npmjs.org/@@n@@/-/@@b@@-@@v@@.tgz",
      "integrity": "sha512-@@i@@"
    }''', n=name, b=name.split("/")[-1], v="%d.%d.%d" % (r.randint(1, 8), r.randint(0, 40), r.randint(0, 20)),
                    i=b64(r, 64)).rstrip("\n"))
    return "package-lock.json", T('''
{
  "name": "@@app@@-web",
  "version": "0.1.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
@@pk@@
  }
}
''', app=r.choice(APP_NAMES), pk=",\n".join(pk))


@ntpl("generic", "feature_flag_datafile")
def n_optimizely_datafile(r):
    exps = []
    for i in range(r.randint(2, 3)):
        exps.append(T('''
    {
      "id": "@@id@@",
      "key": "@@key@@",
      "status": "Running",
      "layerId": "@@lid@@",
      "trafficAllocation": [{ "entityId": "@@vid@@", "endOfRange": 5000 }],
      "variations": [{ "id": "@@vid@@", "key": "on", "featureEnabled": true }],
      "audienceIds": []
    }''', id=r.randint(20000000000, 29999999999), key=r.choice(["new_nav", "checkout_one_page", "free_shipping_banner", "ml_recs"]) + "_%d" % i,
                      lid=r.randint(20000000000, 29999999999), vid=r.randint(20000000000, 29999999999)).rstrip("\n"))
    return "datafiles/production.json", T('''
{
  "version": "4",
  "accountId": "@@acct@@",
  "projectId": "@@pid@@",
  "revision": "@@rev@@",
  "sdkKey": "@@sdk@@",
  "environmentKey": "production",
  "anonymizeIP": true,
  "experiments": [
@@exps@@
  ]
}
''', acct=r.randint(10000000000, 29999999999), pid=p_opt_project(r), rev=r.randint(10, 900), sdk=p_opt_sdk(r),
        exps=",\n".join(exps))


@ntpl("generic", "experiment_config")
def n_experiment_yaml(r):
    return "experiments/%s.yaml" % r.choice(["checkout_redesign", "pricing_v3", "onboarding_quiz"]), T('''
key: @@key@@
owner: @@team@@
hypothesis: A shorter checkout increases conversion by at least 2%.
salt: @@salt@@
bucketing_unit: user_id
traffic_allocation: 0.@@ta@@
variants:
  - key: control
    weight: 50
  - key: treatment
    weight: 50
metrics:
  primary: purchase_conversion
  guardrails: [refund_rate, page_load_p95]
''', key="exp_%s" % rs(r, LOWALNUM, 8), team=r.choice(TEAMS), salt=uuid4(r), ta=r.randint(1, 9))


@ntpl("posthog", "feature_flag_export")
def n_posthog_flags_export(r):
    flags = []
    for i in range(r.randint(2, 4)):
        flags.append('    {"id": %d, "key": "%s", "active": true, "rollout_percentage": %d, "created_by": {"uuid": "%s", "distinct_id": "%s"}}' % (
            r.randint(1000, 99999), r.choice(["new-dashboard", "beta-export", "replay-v2", "ai-summary"]) + "-%d" % i,
            r.choice([10, 25, 50, 100]), uuid4(r), mixed(r, ALNUM, 43)))
    return "flags/posthog_flags_backup.json", '{\n  "count": %d,\n  "results": [\n%s\n  ]\n}\n' % (len(flags), ",\n".join(flags))


@ntpl("mixpanel", "raw_export_jsonl")
def n_mixpanel_jsonl(r):
    out = []
    for i in range(r.randint(4, 8)):
        out.append(json.dumps({"event": r.choice(["Signed Up", "Viewed Item", "Purchase"]), "properties": {
            "time": r.randint(1700000000, 1719999999), "distinct_id": "$device:%s" % uuid4(r),
            "$insert_id": mixed(r, LOWALNUM, 16), "$device_id": uuid4(r), "mp_lib": "web"}}, sort_keys=True))
    return "data/raw/mixpanel_%s.jsonl" % today(r).replace("-", ""), "\n".join(out) + "\n"


@ntpl("google-analytics-4", "bigquery_export_sql")
def n_ga4_bq(r):
    return "sql/ga4_sessions_by_source.sql", T('''
-- GA4 BigQuery export: sessions by first-touch source
SELECT
  traffic_source.source,
  COUNT(DISTINCT CONCAT(user_pseudo_id, CAST((SELECT value.int_value FROM UNNEST(event_params) WHERE key = 'ga_session_id') AS STRING))) AS sessions
FROM `@@proj@@.analytics_@@prop@@.events_*`
WHERE _TABLE_SUFFIX BETWEEN '20240101' AND '20240131'
  AND stream_id = '@@stream@@'
GROUP BY 1
ORDER BY 2 DESC;
''', proj="%s-analytics-%s" % (r.choice(APP_NAMES), rs(r, LOWALNUM, 4)), prop=r.randint(200000000, 459999999),
        stream=r.randint(1000000000, 9999999999))


@ntpl("generic", "rrweb_base64_payload")
def n_rrweb(r):
    return "tests/fixtures/replay_snapshot.json", T('''
{
  "type": 2,
  "timestamp": @@t@@,
  "data": {
    "node": {
      "type": 2,
      "tagName": "img",
      "attributes": { "src": "data:image/png;base64,@@img@@", "alt": "logo" },
      "id": @@id@@
    }
  }
}
''', t=r.randint(1700000000000, 1719999999999), img=b64(r, 120), id=r.randint(10, 900))


@ntpl("generic", "webhook_signature_log")
def n_webhook_log(r):
    out = []
    for i in range(r.randint(3, 6)):
        out.append('%s INFO webhooks.receiver id=%s source=experiments signature="t=%d,v1=%s" verified=true' % (
            ts(r), uuid4(r), r.randint(1700000000, 1719999999), hexs(r, 64)))
    return "logs/webhook-receiver.log", "\n".join(out) + "\n"


@ntpl("generic", "csp_hashes")
def n_csp(r):
    return "deploy/nginx/security-headers.conf", T('''
add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'sha256-@@h1@@' 'sha256-@@h2@@' https://www.googletagmanager.com https://static.hotjar.com; connect-src 'self' https://*.google-analytics.com https://*.posthog.com" always;
add_header Referrer-Policy "strict-origin-when-cross-origin" always;
''', h1=b64(r, 32), h2=b64(r, 32))


@ntpl("generic", "sri_integrity")
def n_sri(r):
    return "public/embed.html", T('''
<script src="https://cdn.jsdelivr.net/npm/posthog-js@1.@@v@@.0/dist/array.js"
        integrity="sha384-@@h@@"
        crossorigin="anonymous"></script>
<script src="https://cdn.example-cdn.com/replay/recorder-2.@@v2@@.min.js"
        integrity="sha384-@@h2@@"
        crossorigin="anonymous"></script>
''', v=r.randint(100, 190), h=b64(r, 48), v2=r.randint(0, 9), h2=b64(r, 48))


@ntpl("generic", "public_key_pem")
def n_pubkey(r):
    body = b64(r, 294)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "config/webhook_verify_public.pem", "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----\n"


@ntpl("generic", "docker_digests")
def n_compose_digest(r):
    return "selfhost/plausible/compose.yml", T('''
services:
  plausible_db:
    image: postgres:16-alpine@sha256:@@d1@@
    restart: always
  plausible_events_db:
    image: clickhouse/clickhouse-server:24.3.3.102-alpine@sha256:@@d2@@
    restart: always
  plausible:
    image: ghcr.io/plausible/community-edition:v2.1.1@sha256:@@d3@@
    environment:
      - BASE_URL=https://@@dom@@
      - SECRET_KEY_BASE_FILE=/run/secrets/plausible_secret_key_base
    secrets:
      - plausible_secret_key_base
secrets:
  plausible_secret_key_base:
    external: true
''', d1=hexs(r, 64), d2=hexs(r, 64), d3=hexs(r, 64), dom=r.choice(DOMAINS))


@ntpl("generic", "changelog_commit_shas")
def n_changelog(r):
    out = ["# Changelog", ""]
    for i in range(r.randint(3, 6)):
        out.append("## 2.%d.%d" % (r.randint(0, 9), i))
        out.append("- %s (%s)" % (r.choice(["Send experiment exposure events server-side", "Mask inputs in session replay",
                                            "Upgrade analytics SDK", "Fix duplicate page_view on SPA navigation"]), hexs(r, 40)))
        out.append("")
    return "CHANGELOG.md", "\n".join(out)


@ntpl("generic", "k8s_secret_refs")
def n_k8s_refs(r):
    return "k8s/base/deployment.yaml", T('''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: @@app@@-api
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/example/@@app@@@sha256:@@d@@
          env:
            - name: STATSIG_SERVER_SECRET
              valueFrom:
                secretKeyRef: { name: analytics, key: statsig-server-secret }
            - name: POSTHOG_PERSONAL_API_KEY
              valueFrom:
                secretKeyRef: { name: analytics, key: posthog-personal-api-key }
            - name: NEXT_PUBLIC_POSTHOG_KEY
              value: "@@phc@@"
''', app=r.choice(APP_NAMES), d=hexs(r, 64), phc=p_phc(r))


@ntpl("generic", "hashed_ids_test")
def n_py_test_hash(r):
    return "tests/test_bucketing.py", T('''
import hashlib

from flags.bucketing import bucket

USER = "@@uid@@"
EXPECTED_DIGEST = "@@h@@"


def test_bucket_is_stable():
    assert bucket(USER, salt="@@salt@@") == bucket(USER, salt="@@salt@@")


def test_digest_shape():
    assert len(hashlib.sha256(USER.encode()).hexdigest()) == len(EXPECTED_DIGEST)
''', uid=uuid4(r), h=hexs(r, 64), salt="checkout_redesign_%d" % r.randint(1, 9))


@ntpl("generic", "device_ids_csv")
def n_device_csv(r):
    rows = ["platform,idfv,app_instance_id,first_seen"]
    for i in range(r.randint(5, 10)):
        rows.append("%s,%s,%s,%s" % (r.choice(["ios", "android"]), uuid4(r).upper(), hexs(r, 32), today(r)))
    return "exports/devices_sample.csv", "\n".join(rows) + "\n"


@ntpl("google-analytics-4", "ga_cookie_log")
def n_ga_cookie_log(r):
    out = []
    for i in range(r.randint(4, 8)):
        out.append('%s DEBUG consent cid=GA1.1.%d.%d sid=%d gcs=G111 _ga_%s=GS1.1.%d.%d.1.1.%d.0.0.0' % (
            ts(r), r.randint(100000000, 2099999999), r.randint(1690000000, 1719999999), r.randint(1690000000, 1719999999),
            mixed(r, UPALNUM, 10), r.randint(1690000000, 1719999999), r.randint(1, 40), r.randint(1690000000, 1719999999)))
    return "logs/consent-proxy.log", "\n".join(out) + "\n"


@ntpl("generic", "tracking_plan_md")
def n_tracking_plan(r):
    rows = ["| Event | Owner | Event ID | Schema hash |", "|---|---|---|---|"]
    for ev in r.sample(["Signed Up", "Trial Started", "Plan Upgraded", "Invite Sent", "Report Exported", "Replay Viewed"], 4):
        rows.append("| %s | %s | `%s` | `%s` |" % (ev, r.choice(TEAMS), uuid4(r), hexs(r, 40)))
    return "docs/tracking-plan.md", "# Tracking plan\n\nEvents sent from the web app and the API.\n\n" + "\n".join(rows) + "\n"


@ntpl("generic", "base64_config_attr")
def n_b64_attr(r):
    cfg = json.dumps({"experiment": "exp_%s" % rs(r, LOWALNUM, 6), "variant": r.choice(["control", "treatment"]),
                      "ts": r.randint(1700000000, 1719999999)}, sort_keys=True)
    enc = base64.b64encode(cfg.encode()).decode()
    return "src/components/Banner.vue", T('''
<template>
  <div class="banner" data-exp="@@enc@@">
    <slot />
  </div>
</template>

<script setup>
const props = defineProps({ variant: { type: String, default: 'control' } });
</script>
''', enc=enc)


@ntpl("generic", "terraform_public_ids")
def n_tf_ga4(r):
    return "infra/terraform/ga4.tf", T('''
resource "google_analytics_admin_data_stream" "web" {
  property     = "properties/@@prop@@"
  display_name = "@@dom@@"
  type         = "WEB_DATA_STREAM"
  web_stream_data {
    default_uri = "https://@@dom@@"
  }
}

output "measurement_id" {
  value = "@@mid@@"
}

# The Measurement Protocol secret is created by hand and stored in Secret Manager:
#   projects/@@proj@@/secrets/ga4-mp-secret
''', prop=r.randint(200000000, 459999999), dom=r.choice(DOMAINS), mid=p_ga4(r), proj="%s-prod" % r.choice(APP_NAMES))


@ntpl("generic", "sql_hashed_emails")
def n_sql_hashed(r):
    rows = []
    for i in range(r.randint(3, 6)):
        rows.append("  ('%s', '%s', '%s')" % ("u_%s" % rs(r, LOWALNUM, 10), hexs(r, 64), today(r)))
    return "db/fixtures/identity_map.sql", "INSERT INTO identity_map (user_id, email_sha256, first_seen) VALUES\n" + ",\n".join(rows) + ";\n"


@ntpl("generic", "airflow_run_log")
def n_airflow_log(r):
    out = []
    run = "scheduled__%sT02:15:00+00:00" % today(r)
    for i in range(r.randint(4, 7)):
        out.append("[%s] {taskinstance.py:%d} INFO - run_id=%s job_id=%s try=%d export_sha1=%s" % (
            ts(r), r.randint(100, 2999), run, hexs(r, 32), r.randint(1, 3), hexs(r, 40)))
    return "logs/airflow/mixpanel_daily_sync/pull_events.log", "\n".join(out) + "\n"


@ntpl("generic", "yarn_lock")
def n_yarn_lock(r):
    out = ["# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.", "# yarn lockfile v1", ""]
    for name in r.sample(["rrweb", "posthog-js", "mixpanel-browser", "@statsig/js-client", "logrocket"], 3):
        v = "%d.%d.%d" % (r.randint(1, 3), r.randint(0, 30), r.randint(0, 9))
        out.append('"%s@^%s":' % (name, v))
        out.append("  version \"%s\"" % v)
        out.append("  resolved \"https://registry.yarnpkg.com/%s/-/%s-%s.tgz#%s\"" % (name, name.split("/")[-1], v, hexs(r, 40)))
        out.append("  integrity sha512-%s" % b64(r, 64))
        out.append("")
    return "yarn.lock", "\n".join(out)


@ntpl("generic", "session_ids_json")
def n_session_api_response(r):
    sess = []
    for i in range(r.randint(2, 4)):
        sess.append({"sessionId": "%d:%d" % (r.randint(10 ** 17, 10 ** 18), r.randint(10 ** 17, 10 ** 18)),
                     "userId": uuid4(r), "createdTime": r.randint(1700000000, 1719999999),
                     "replayUrl": "https://app.example-replay.com/ui/o-%s/session/%s" % (mixed(r, UPALNUM, 6), uuid4(r))})
    return "tests/fixtures/sessions_response.json", json.dumps({"sessions": sess}, indent=2, sort_keys=True) + "\n"


@ntpl("generic", "env_example")
def n_env_example(r):
    return r.choice([".env.example", ".env.sample"]), T('''
# Copy to .env and fill in. Public keys may be committed; secrets may not.
NEXT_PUBLIC_POSTHOG_KEY=@@phc@@
NEXT_PUBLIC_GA_MEASUREMENT_ID=@@mid@@
NEXT_PUBLIC_STATSIG_CLIENT_KEY=@@sc@@
POSTHOG_PERSONAL_API_KEY=
GA4_API_SECRET=
STATSIG_SERVER_SECRET=<ask-in-#@@team@@>
''', phc=p_phc(r), mid=p_ga4(r), sc=p_statsig_client(r), team=r.choice(TEAMS))


@ntpl("generic", "gradle_wrapper_checksum")
def n_gradle_wrapper(r):
    return "gradle/wrapper/gradle-wrapper.properties", T('''
distributionBase=GRADLE_USER_HOME
distributionPath=wrapper/dists
distributionSha256Sum=@@h@@
distributionUrl=https\\://services.gradle.org/distributions/gradle-8.@@m@@-bin.zip
zipStoreBase=GRADLE_USER_HOME
zipStorePath=wrapper/dists
''', h=hexs(r, 64), m=r.randint(2, 9))


@ntpl("generic", "kameleoon_visitor_codes")
def n_visitor_codes(r):
    rows = ["visitor_code,experiment_id,variation_id,assigned_at"]
    for i in range(r.randint(4, 8)):
        rows.append("%s,%d,%d,%s" % (rs(r, LOWALNUM, 16), r.randint(100000, 299999), r.randint(600000, 999999), ts(r)))
    return "exports/kameleoon_assignments.csv", "\n".join(rows) + "\n"


# ---------------------------------------------------------------- driver
ENV_BLOCKED_OK = (".env.example", ".env.sample", ".env.template", ".env.dist")


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    return (base == ".env" or base.startswith(".env.")) and base not in ENV_BLOCKED_OK


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base in ("Dockerfile", "Makefile"):
        return base.lower()
    if base.startswith(".env"):
        return "env"
    if "." in base:
        return base.rsplit(".", 1)[-1].lower()
    return "txt"


def compatible(tpl_entry, kid):
    kinds = tpl_entry[1]
    return kinds is None or kid in kinds


def pick_template(r, kid, style, usage, allow_envfile):
    cands = [i for i, t in enumerate(POS_T) if compatible(t, kid) and t[2] == style
             and (allow_envfile or not t[3])]
    if not cands:
        cands = [i for i, t in enumerate(POS_T) if compatible(t, kid) and (allow_envfile or not t[3])]
    low = min(usage[i] for i in cands)
    best = [i for i in cands if usage[i] == low]
    return r.choice(best)


def locate(text, needle):
    idx = text.find(needle)
    assert idx >= 0, "needle missing"
    line = text.count("\n", 0, idx) + 1
    assert needle in text.split("\n")[line - 1], "needle not on computed line"
    return line


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    d = os.path.dirname(full)
    if not os.path.isdir(d):
        os.makedirs(d)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_gi.py OUTDIR SEED\n")
        return 2
    outdir = argv[1]
    seed = int(argv[2])
    r = random.Random(seed)
    assert len(POS_T) >= 60 and len(NEG_T) >= 40

    manifest = []
    secrets = []
    usage = [0] * len(POS_T)
    env_files = 0
    n_conv = 0

    # ---- positives
    order = []
    for i in range(N_POS):
        if i % len(KINDS) == 0:
            cyc = list(range(len(KINDS)))
            r.shuffle(cyc)
            order.extend(cyc)
    for i in range(N_POS):
        k = KINDS[order[i]]
        style = "conv" if i % 2 == 0 else "other"
        ti = pick_template(r, k.kid, style, usage, env_files < N_POS // 25)
        f, _, st, envfile = POS_T[ti]
        usage[ti] += 1
        c = Ctx(r, k, "secret")
        path, text = f(r, c)
        if envfile:
            env_files += 1
            assert env_files <= N_POS // 20
        if st == "conv":
            n_conv += 1
        needle = c.V
        assert needle and len(needle) >= 16
        line = locate(text, needle)
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": k.provider, "kind": k.kind,
                         "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})

    # ---- negatives, half from the positive templates
    n_from_tpl = N_NEG // 2
    nusage = [0] * len(POS_T)
    for j in range(n_from_tpl):
        k = KINDS[r.randrange(len(KINDS))]
        mode = NEG_MODES[r.randrange(len(NEG_MODES))]
        cands = [i for i, t in enumerate(POS_T) if compatible(t, k.kid)]
        low = min(nusage[i] for i in cands)
        ti = r.choice([i for i in cands if nusage[i] == low])
        nusage[ti] += 1
        f = POS_T[ti][0]
        c = Ctx(r, k, mode)
        path, text = f(r, c)
        if is_blocked_env(path):
            path = path.rsplit("/", 1)[0] + "/.env.example" if "/" in path else ".env.example"
        assert not is_blocked_env(path)
        rel = "neg/n%04d/%s" % (j, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": k.provider,
                         "kind": "%s:%s" % (mode, k.kind), "filetype": filetype(path)})

    # ---- negatives, look-alikes
    norder = []
    while len(norder) < N_NEG - n_from_tpl:
        cyc = list(range(len(NEG_T)))
        r.shuffle(cyc)
        norder.extend(cyc)
    for j in range(n_from_tpl, N_NEG):
        f, prov, kind = NEG_T[norder[j - n_from_tpl]]
        path, text = f(r)
        assert not is_blocked_env(path)
        rel = "neg/n%04d/%s" % (j, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": "lookalike:" + kind,
                         "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=False) + "\n")

    # ---- self-check: re-read every positive and confirm the needle line
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]
    assert len(manifest) == N_POS + N_NEG
    sys.stderr.write("gen_gi: %d positives (%d conventional-name, %d .env), %d negatives, %d/%d templates\n" % (
        N_POS, n_conv, env_files, N_NEG, len(POS_T), len(NEG_T)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
