#!/usr/bin/env python3
"""Blind evaluation-set generator "ax": analytics, ad tech, attribution and growth tooling.

EMPHASIS
    Server-side credentials of analytics / ad-tech / attribution / experimentation vendors
    (GA4 Measurement Protocol, Google Ads, Meta Marketing + Conversions API, TikTok Events API,
    Snap CAPI, LinkedIn Ads, Microsoft Ads, Amazon Ads, AppsFlyer, Adjust, Branch, Kochava,
    Singular, Mixpanel, Amplitude, Segment, RudderStack, PostHog, Heap, FullStory, Braze,
    Iterable, Customer.io, OneSignal, Optimizely, LaunchDarkly, Statsig, GrowthBook, Split,
    Klaviyo, Looker, Tableau, BigQuery export service accounts, warehouse passwords in dbt)
    sitting right next to the PUBLIC identifiers those same vendors document as safe to ship
    in clients (measurement ids, pixel ids, project tokens, write keys in browser snippets,
    phc_ keys, client-side ids, client-/sdk- keys, app ids).  Negatives are deliberately hard:
    the same file types, often the same variable names, holding public keys, ids, env
    references in the file type's own syntax, placeholders, masked values, digests, SOPS /
    sealed-secret / KMS ciphertext, hashed emails from CAPI payloads, click ids in logged URLs.

USAGE
    python3 gen_ax.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relative path> (500 files) and OUTDIR/neg/nNNNN/<relative path>
    (500 files), OUTDIR/manifest.jsonl ({"file","label","provider","kind","filetype"}) and
    OUTDIR/secrets.jsonl ({"file","needle","line"}) for positives.  Deterministic per SEED:
    the only randomness is random.Random(SEED).  Standard library only.

NEEDLE CONVENTIONS
    * needle = the credential exactly as written in the file, without surrounding quotes,
      without "Bearer "/"key "/"Basic " scheme words and without the variable name.
    * For the BigQuery/GCP service-account JSON the needle is the whole JSON string value of
      "private_key" as written (one physical line, with literal backslash-n escapes).
    * Human-chosen passwords (dbt/warehouse) are the bare password.
    * line = 1-based line number of the first occurrence of the needle in the file.
    * Every positive file holds exactly one credential; any other key-like value in it is a
      documented-public identifier, an env reference or a placeholder.

DECISIONS
    * Segment / RudderStack write keys: POSITIVE when used by server-side code (backend
      libraries, pipelines, docker/env files of services), NEGATIVE in browser snippets
      (analytics.load("...") / rudderanalytics.load) because Segment documents the browser write
      key as public.  A scanner can only tell these apart by context.
    * LaunchDarkly mob- keys inside mobile app sources/plists/strings.xml: NEGATIVE (LaunchDarkly
      documents mobile keys and client-side ids as not secret).  sdk- and api- keys: POSITIVE.
    * AppsFlyer dev keys: only placed in server-to-server contexts (S2S events API, backend
      config) as positives; they are also embedded in mobile SDK init, which is why I do not
      generate them in Info.plist/strings.xml at all.
    * Click ids (gclid / fbclid / ttclid values) in logged URLs and fixtures: NEGATIVE.
    * Ciphertext (SOPS ENC[...], SealedSecret encryptedData, KMS blobs): NEGATIVE.
    * Well-known documentation test vectors (the jwt.io sample JWT): NEGATIVE.
    * RudderStack workspaceConfig.json: the source is a JavaScript (browser) source, so its
      "writeKey" is treated as public; the credential in such positives is the destination
      secret (Amplitude secret key, Braze REST key, ...).
    * Braze app identifiers passed as "apiKey" to the Braze web/mobile SDKs are NEGATIVE (public
      app identifier) even though the slot is called apiKey; Braze REST API keys are POSITIVE.
    * Split browser ("authorizationKey" in client code) keys: NEGATIVE; server-side SDK keys and
      admin API keys: POSITIVE.  All three share one shape, so only context separates them.
    * Public companions (pixel ids, project tokens, client ids, phc_/client-/sdk- keys) appear
      inside positive files too; they are never the needle.

DOUBTS (formats I am not sure of and why)
    * Microsoft Ads developer token: I only remember "short upper-case alphanumeric"; I use
      16 chars [A-Z0-9].  Microsoft (MSA) refresh tokens: I use "M.C5xx_BAY.0.U.-" + ~300 chars,
      from memory of real tokens, exact alphabet unknown.
    * Amazon Ads refresh tokens "Atzr|IwEB..." length varies (300-450) and the alphabet after
      the prefix is base64url-ish from memory; client secret = amzn1.oa2-cs.v1. + 64 hex.
    * AppsFlyer API V2 token: generated as a 5-part JWE with header
      {"alg":"A256KW","cty":"JWT","enc":"A256GCM","typ":"JWT","zip":"DEF"} from memory.
    * Adjust API token (20 chars [A-Za-z0-9_-]) and Adjust S2S token (32 hex): unverified.
    * Singular reporting API key: length/alphabet unverified (40 alnum used).
    * Kochava API key: UUID (upper-case) per brief; app GUIDs "ko<app>-<hex>" from memory.
    * Heap: server API key format undocumented in what I found -> 32 hex, weak doubt.
    * FullStory API key: docs say the first three characters name the data centre (na1/eu1);
      I use "na1."/"eu1." + ~64 base64 chars; the body format is a guess.
    * PostHog phc_/phx_: 43 base62 chars after the prefix (observed public phc_ keys are 43);
      phx_ length assumed identical.
    * GrowthBook secret keys: "secret_" + optional role ("admin_", "readonly_", "user_") + 24
      alnum - the role infix and length are from memory; SDK keys "sdk-" + 16 alnum.
    * Statsig secret-/client-/console- keys: prefix + 43 base62 from memory.
    * Optimizely personal access token: "2:" + 43 base64url chars from memory.
    * Split SDK keys: 36 chars [a-z0-9] from memory (server, browser and admin look alike).
    * OneSignal v2 keys: "os_v2_app_" + 104 base32 lower-case chars; legacy REST key = base64
      of a UUID string (48 chars).  The length of the v2 body is from memory.
    * Snap CAPI token: JWT HS256 with kid "CanvasS2SHMACProd" from memory of real tokens.
    * LinkedIn access tokens: "AQ" + ~350 base64url-ish chars; no documented structure.
    * Meta EAA tokens: "EAA" + 1 letter + 150-230 alnum; real ones vary in length.
    * TikTok Marketing/Events API access tokens: 40 hex from memory.
    * Tableau PAT secret: "<base64 of 16 bytes>:<32 alnum>" from memory.
    * Looker API3 client id (20 alnum) / client secret (24 alnum) from memory.
    * Klaviyo private key "pk_" + 34 hex; public key = 6-char company id, from memory.
    * Customer.io: tracking API key 20 hex, site id 20 hex, app API key 32 hex from memory.
    None of these formats carries a publicly documented checksum, so no checksum is computed.
"""
import base64
import hashlib
import json
import os
import string
import sys
import random

DIG = string.digits
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
HEX = "0123456789abcdef"
B62 = DIG + UP + LOW
B64URL = B62 + "-_"
B32L = "abcdefghijklmnopqrstuvwxyz234567"
ALNUM_UP = UP + DIG

BAD_WORDS = ("test", "demo", "fake", "dummy", "sample", "example", "secret", "pass", "xxxx",
             "abcd", "1234", "qwer", "asdf", "admin", "token", "key", "live")


def _looks_random(s):
    low = s.lower()
    for w in BAD_WORDS:
        if w in low:
            return False
    for i in range(len(s) - 3):
        a, b, c, d = (ord(x) for x in s[i:i + 4])
        if a == b == c == d:
            return False
        if b - a == c - b == d - c and abs(b - a) == 1:
            return False
    return True


class G:
    """Random value factory bound to one random.Random."""

    def __init__(self, rng):
        self.r = rng

    def s(self, alphabet, n):
        while True:
            v = "".join(self.r.choice(alphabet) for _ in range(n))
            if _looks_random(v):
                return v

    def hex(self, n):
        return self.s(HEX, n)

    def uuid(self, upper=False):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
        return u.upper() if upper else u

    def digits(self, n, first_nonzero=True):
        while True:
            v = "".join(self.r.choice(DIG) for _ in range(n))
            if first_nonzero and v[0] == "0":
                continue
            if _looks_random(v):
                return v

    def b64(self, nbytes, urlsafe=False, pad=True):
        while True:
            raw = bytes(self.r.getrandbits(8) for _ in range(nbytes))
            v = (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()
            if not pad:
                v = v.rstrip("=")
            if _looks_random(v):
                return v

    def pick(self, seq):
        return self.r.choice(seq)


def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


# ----------------------------------------------------------------------------------------
# Secret generators (positives).  Each returns the credential string.
# ----------------------------------------------------------------------------------------

def sec_ga4(g):
    return g.s(B64URL, 22)


def sec_gads_dev(g):
    return g.s(B64URL, 22)


def sec_google_refresh(g):
    return "1//0" + g.pick("cdefgh") + g.s(B64URL, g.r.randint(96, 100))


def sec_google_client_secret(g):
    return "GOCSPX-" + g.s(B64URL, 28)


def sec_meta_token(g):
    return "EAA" + g.pick("BGJIKLNOFDEHMPRSTUVW") + g.s(B62, g.r.randint(150, 230))


def sec_tiktok_token(g):
    return g.hex(40)


def sec_snap_jwt(g):
    hdr = {"alg": "HS256", "kid": "CanvasS2SHMACProd", "typ": "JWT"}
    iat = 1650000000 + g.r.randint(0, 90_000_000)
    body = {"aud": "canvas-canvasapi", "iss": "canvas-s2stoken", "nbf": iat,
            "sub": "%s~PRODUCTION~%s" % (g.uuid(), g.uuid())}
    return b64url_json(hdr) + "." + b64url_json(body) + "." + g.b64(32, urlsafe=True, pad=False)


def sec_linkedin(g):
    return "AQ" + g.pick("UVWXT") + g.s(B64URL, g.r.randint(330, 380))


def sec_msads_dev(g):
    return g.s(ALNUM_UP, 16)


def sec_ms_refresh(g):
    return ("M.C5" + g.pick("0123") + "_" + g.pick(["BAY", "SN1", "BL2"]) + ".0.U.-"
            + g.s(B62 + "!*", g.r.randint(280, 330)))


def sec_amzn_cs(g):
    return "amzn1.oa2-cs.v1." + g.hex(64)


def sec_amzn_refresh(g):
    return "Atzr|IwEB" + g.s(B64URL, g.r.randint(300, 400))


def sec_af_dev(g):
    return g.s(B62, 22)


def sec_af_v2(g):
    hdr = {"alg": "A256KW", "cty": "JWT", "enc": "A256GCM", "typ": "JWT", "zip": "DEF"}
    return ".".join([b64url_json(hdr), g.b64(40, True, False), g.b64(12, True, False),
                     g.b64(g.r.randint(260, 420), True, False), g.b64(16, True, False)])


def sec_adjust_api(g):
    return g.s(B64URL, 20)


def sec_hex32(g):
    return g.hex(32)


def sec_branch_secret(g):
    return "secret_live_" + g.s(B62, 32)


def sec_kochava(g):
    return g.uuid(upper=True)


def sec_singular(g):
    return g.s(B62, 40)


def sec_mp_sa(g):
    return g.s(B62, 32)


def sec_segment_write(g):
    return g.s(B62, 32)


def sec_segment_sgp(g):
    return "sgp_" + g.s(B62, 64)


def ksuid(g):
    return g.pick("12") + g.s(B62, 26)


def sec_rudder_ws(g):
    return ksuid(g)


def sec_phx(g):
    return "phx_" + g.s(B62, 43)


def sec_fullstory(g):
    return g.pick(["na1", "na1", "eu1"]) + "." + g.b64(48)


def sec_uuid(g):
    return g.uuid()


def sec_cio_track(g):
    return g.hex(20)


def sec_os_v2(g):
    return "os_v2_app_" + g.s(B32L, 104)


def sec_os_legacy(g):
    return base64.b64encode(g.uuid().encode()).decode()


def sec_opt_pat(g):
    return "2:" + g.s(B64URL, 43)


def sec_ld_sdk(g):
    return "sdk-" + g.uuid()


def sec_ld_api(g):
    return "api-" + g.uuid()


def sec_statsig_secret(g):
    return "secret-" + g.s(B62, 43)


def sec_statsig_console(g):
    return "console-" + g.s(B62, 43)


def sec_gb_secret(g):
    return "secret_" + g.pick(["", "admin_", "readonly_", "user_"]) + g.s(B62, 24)


def sec_split(g):
    return g.s(LOW + DIG, 36)


def sec_klaviyo(g):
    return "pk_" + g.hex(34)


def sec_looker(g):
    return g.s(B62, 24)


def sec_tableau(g):
    return g.b64(16) + ":" + g.s(B62, 32)


def sec_meta_app_secret(g):
    return g.hex(32)


def sec_gcp_pk(g):
    body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + g.b64(1180)[:1562]
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----\\n"


PW_WORDS = ["Marek", "winter", "Kasia", "falcon", "Lisbon", "tigers", "Rosalind", "copper",
            "harbor", "Zuzana", "mango", "Bristol", "orchid", "Pietro", "granite", "Ajax",
            "maple", "Oskar", "thunder", "Valencia", "ember", "Nadia", "summit", "cobalt"]


def sec_password(g):
    r = g.r
    w1, w2 = r.sample(PW_WORDS, 2)
    year = str(r.randint(1961, 2019))
    sym = r.choice(".!#&_-@$")
    forms = [
        w1 + sym + year + w2,
        w1.capitalize() + w2.capitalize() + year[-2:] + sym,
        w1[0].upper() + w1[1:].replace("o", "0").replace("a", "4") + sym + str(r.randint(2, 99)),
        w1.lower() + "_" + w2.upper() + sym + year,
        w2.capitalize() + sym + w1.lower() + str(r.randint(10, 99)) + r.choice("!?#"),
    ]
    return r.choice(forms)


# ----------------------------------------------------------------------------------------
# Public / non-secret identifier generators (companions in positives, bodies of negatives).
# ----------------------------------------------------------------------------------------

SLUGS = ["acme-shop", "northwind", "blueharbor", "pinecart", "lumen-apps", "trailhead",
         "kestrel", "fernway", "orbitly", "quillmart", "saltbox", "copperleaf", "novabank",
         "wavecrest", "tidepool", "brightloop", "harvestly", "meridian", "foxglove", "petalpost"]


def pub_ga4_mid(g):
    return "G-" + g.s(ALNUM_UP, 10)


def pub_ua(g):
    return "UA-%s-%d" % (g.digits(g.pick([7, 8, 9])), g.r.randint(1, 12))


def pub_gtm(g):
    return "GTM-" + g.s(ALNUM_UP, g.pick([7, 7, 8]))


def pub_aw(g):
    return "AW-" + g.digits(g.pick([9, 10, 11]))


def pub_aw_label(g):
    return pub_aw(g) + "/" + g.s(B64URL, 20)


def pub_gads_cid(g):
    d = g.digits(10)
    return "%s-%s-%s" % (d[:3], d[3:6], d[6:])


def pub_gads_cid_plain(g):
    return g.digits(10)


def pub_pixel(g):
    return g.digits(g.pick([15, 16]))


def pub_tt_pixel(g):
    return "C" + g.s(ALNUM_UP, 19)


def pub_uuid(g):
    return g.uuid()


def pub_af_appid(g):
    return "id" + g.digits(g.pick([9, 10]))


def pub_branch_key(g):
    return "key_live_" + g.s(B62, 32)


def pub_hex32(g):
    return g.hex(32)


def pub_segment_wk(g):
    return g.s(B62, 32)


def pub_ksuid(g):
    return ksuid(g)


def pub_phc(g):
    return "phc_" + g.s(B62, 43)


def pub_ld_client(g):
    return g.hex(24)


def pub_ld_mob(g):
    return "mob-" + g.uuid()


def pub_statsig_client(g):
    return "client-" + g.s(B62, 43)


def pub_gb_sdk(g):
    return "sdk-" + g.s(B62, 16)


def pub_opt_sdk(g):
    return g.s(B62, 22)


def pub_hotjar(g):
    return g.digits(7)


def pub_clarity(g):
    return g.s(LOW + DIG, 10)


def pub_heap_app(g):
    return g.digits(g.pick([9, 10]))


def pub_fs_org(g):
    return "o-" + g.s(ALNUM_UP, 5) + "-" + g.pick(["na1", "eu1"])


def pub_kochava_guid(g):
    return "ko" + g.pick(SLUGS).replace("-", "") + "-" + g.pick(["ios", "android", "web"]) + "-" + g.hex(6)


def pub_adjust_app(g):
    return g.s(LOW + DIG, 12)


def pub_adjust_event(g):
    return g.s(LOW + DIG, 6)


def pub_hex20(g):
    return g.hex(20)


def pub_klaviyo_pub(g):
    return g.s(B62, 6)


def pub_split_browser(g):
    return g.s(LOW + DIG, 36)


def pub_amzn_client_id(g):
    return "amzn1.application-oa2-client." + g.hex(32)


def pub_google_client_id(g):
    return g.digits(12) + "-" + g.s(LOW + DIG, 32) + ".apps.googleusercontent.com"


def pub_li_account(g):
    return "urn:li:sponsoredAccount:" + g.digits(9)


def pub_ms_customer(g):
    return g.digits(9)


def pub_mp_sa_user(g):
    return g.pick(["etl", "warehouse-sync", "reverse-etl", "growth-bot", "dbt"]) + "." + g.hex(6) + ".mp-service-account"


def pub_mp_project(g):
    return g.digits(7)


def pub_looker_client(g):
    return g.s(B62, 20)


def pub_profile_id(g):
    return g.digits(g.pick([13, 15, 16]))


def pub_singular_sdk(g):
    return g.pick(SLUGS).replace("-", "") + "_" + g.hex(8)


def pub_pat_name(g):
    return g.pick(["ci-refresh", "extract-bot", "dash-sync", "looker-export", "nightly-pull"])


def pub_host(prefix):
    return lambda g: prefix


def pub_workspace(g):
    return ksuid(g)


def pub_int(lo, hi):
    return lambda g: str(g.r.randint(lo, hi))


def pub_slug(g):
    return g.pick(SLUGS)


# ----------------------------------------------------------------------------------------
# Kind table.
#   long:  provider-naming flat names (env vars, constants)
#   short: field names inside a provider-named block
#   gen:   generic names that do not name the provider
#   comps: companions: (short words, long words, generator or None=env reference)
#   ph:    provider-specific placeholders / shapes humans write in docs
#   fts:   generic file types the kind may appear in
# ----------------------------------------------------------------------------------------

SERVER_FT = ["dotenv", "py_settings", "py_script", "js_config", "ts_module", "go", "rb", "php",
             "kt_server", "yaml_config", "settings_json", "appsettings", "compose", "terraform",
             "gha", "shell", "readme", "properties", "k8s_secret", "swift_server"]
MOBILE_FT = ["swift_app", "kt_app", "info_plist", "android_manifest", "strings_xml"]
CLIENT_FT = ["analytics_ts", "index_html", "document_tsx"]


class Kind:
    def __init__(self, provider, kind, gen, section, long, short, gen_names, comps=(), ph=(),
                 fts=None, extra_fts=(), mask_prefix="", weight=1.0):
        self.provider = provider
        self.kind = kind
        self.gen = gen
        self.section = section
        self.long = long
        self.short = short
        self.gen_names = gen_names
        self.comps = list(comps)
        self.ph = list(ph)
        self.fts = list(fts if fts is not None else SERVER_FT) + list(extra_fts)
        self.mask_prefix = mask_prefix
        self.weight = weight


W = lambda s: s.split()  # noqa: E731
GEN_KEY = [W("api key"), W("key"), W("server key"), W("auth")]
GEN_SECRET = [W("api secret"), W("secret"), W("client secret")]
GEN_TOKEN = [W("token"), W("access token"), W("auth token"), W("bearer")]

KINDS = [
    Kind("google_analytics", "ga4_mp_api_secret", sec_ga4, "ga4",
         [W("ga4 api secret"), W("ga mp api secret"), W("ga4 measurement protocol secret")],
         [W("api secret"), W("mp secret")], [W("api secret"), W("mp secret"), W("collect secret")],
         comps=[(W("measurement id"), W("ga4 measurement id"), pub_ga4_mid)],
         ph=["<api_secret>", "YOUR_API_SECRET"], extra_fts=["index_html", "gtm_server", "airflow"]),
    Kind("google_ads", "developer_token", sec_gads_dev, "google_ads",
         [W("google ads developer token"), W("gads developer token"), W("adwords developer token")],
         [W("developer token")], [W("developer token"), W("dev token"), W("token")],
         comps=[(W("login customer id"), W("google ads login customer id"), pub_gads_cid_plain),
                (W("client secret"), W("google ads client secret"), None)],
         ph=["INSERT_DEVELOPER_TOKEN_HERE", "<DEVELOPER_TOKEN>"], extra_fts=["google_ads_yaml", "airflow"],
         weight=1.3),
    Kind("google_ads", "oauth_refresh_token", sec_google_refresh, "google_ads",
         [W("google ads refresh token"), W("gads refresh token"), W("google refresh token")],
         [W("refresh token")], [W("refresh token"), W("oauth refresh token"), W("token")],
         comps=[(W("client id"), W("google ads client id"), pub_google_client_id),
                (W("developer token"), W("google ads developer token"), None)],
         ph=["INSERT_REFRESH_TOKEN_HERE", "1//0..."], extra_fts=["google_ads_yaml", "airflow"], weight=1.3),
    Kind("google", "oauth_client_secret", sec_google_client_secret, "google_ads",
         [W("google ads client secret"), W("google oauth client secret")],
         [W("client secret")], [W("client secret"), W("oauth secret")],
         comps=[(W("client id"), W("google ads client id"), pub_google_client_id)],
         ph=["INSERT_CLIENT_SECRET_HERE", "GOCSPX-..."], extra_fts=["google_ads_yaml"]),
    Kind("meta", "capi_access_token", sec_meta_token, "facebook",
         [W("fb capi access token"), W("meta capi token"), W("facebook access token"), W("meta system user token")],
         [W("access token"), W("capi token")], GEN_TOKEN + [W("capi token")],
         comps=[(W("pixel id"), W("meta pixel id"), pub_pixel)],
         ph=["EAA...", "EAAxxxxxxxx", "<SYSTEM_USER_ACCESS_TOKEN>"],
         extra_fts=["gtm_server", "airflow", "segment_dest", "rudder_ws"], mask_prefix="EAA", weight=1.5),
    Kind("meta", "app_secret", sec_meta_app_secret, "facebook",
         [W("facebook app secret"), W("fb app secret"), W("meta app secret")],
         [W("app secret")], [W("app secret"), W("client secret"), W("secret")],
         comps=[(W("app id"), W("facebook app id"), pub_pixel)],
         ph=["<APP_SECRET>", "your-app-secret"], extra_fts=["airflow"]),
    Kind("tiktok", "events_api_access_token", sec_tiktok_token, "tiktok",
         [W("tiktok access token"), W("tiktok events api token"), W("tt capi token")],
         [W("access token")], GEN_TOKEN,
         comps=[(W("pixel code"), W("tiktok pixel code"), pub_tt_pixel)],
         ph=["<ACCESS_TOKEN>", "YOUR_TIKTOK_ACCESS_TOKEN"], extra_fts=["gtm_server", "airflow", "rudder_ws"],
         weight=1.2),
    Kind("snap", "capi_token", sec_snap_jwt, "snapchat",
         [W("snap capi token"), W("snapchat conversions token"), W("snap access token")],
         [W("access token"), W("capi token")], GEN_TOKEN,
         comps=[(W("pixel id"), W("snap pixel id"), pub_uuid)],
         ph=["<LONG_LIVED_TOKEN>", "eyJ..."], extra_fts=["gtm_server", "airflow"], mask_prefix="eyJ"),
    Kind("linkedin", "ads_access_token", sec_linkedin, "linkedin",
         [W("linkedin access token"), W("linkedin ads token"), W("li ads access token")],
         [W("access token")], GEN_TOKEN,
         comps=[(W("ad account"), W("linkedin ad account"), pub_li_account)],
         ph=["<LINKEDIN_TOKEN>", "AQV..."], extra_fts=["airflow"], mask_prefix="AQ"),
    Kind("microsoft_ads", "developer_token", sec_msads_dev, "bing_ads",
         [W("bing ads developer token"), W("msads developer token"), W("microsoft ads developer token")],
         [W("developer token")], [W("developer token"), W("dev token")],
         comps=[(W("customer id"), W("msads customer id"), pub_ms_customer),
                (W("client id"), W("msads client id"), pub_uuid)],
         ph=["BBD37VB98", "<DEVELOPER_TOKEN>"], extra_fts=["airflow"]),
    Kind("microsoft_ads", "oauth_refresh_token", sec_ms_refresh, "bing_ads",
         [W("bing ads refresh token"), W("msads refresh token")],
         [W("refresh token")], [W("refresh token"), W("token")],
         comps=[(W("client id"), W("msads client id"), pub_uuid)],
         ph=["<REFRESH_TOKEN>"], extra_fts=["airflow"], mask_prefix="M.C5"),
    Kind("amazon_ads", "lwa_client_secret", sec_amzn_cs, "amazon_ads",
         [W("amazon ads client secret"), W("lwa client secret"), W("amzn ads client secret")],
         [W("client secret")], [W("client secret"), W("secret")],
         comps=[(W("client id"), W("amazon ads client id"), pub_amzn_client_id),
                (W("profile id"), W("amazon ads profile id"), pub_profile_id)],
         ph=["amzn1.oa2-cs.v1.xxxxxxxx", "<LWA_CLIENT_SECRET>"], extra_fts=["airflow"],
         mask_prefix="amzn1.oa2-cs.v1."),
    Kind("amazon_ads", "lwa_refresh_token", sec_amzn_refresh, "amazon_ads",
         [W("amazon ads refresh token"), W("lwa refresh token")],
         [W("refresh token")], [W("refresh token"), W("token")],
         comps=[(W("client id"), W("amazon ads client id"), pub_amzn_client_id),
                (W("client secret"), W("amazon ads client secret"), None)],
         ph=["Atzr|...", "<LWA_REFRESH_TOKEN>"], extra_fts=["airflow"], mask_prefix="Atzr|IwEB"),
    Kind("appsflyer", "dev_key", sec_af_dev, "appsflyer",
         [W("appsflyer dev key"), W("af dev key"), W("appsflyer s2s key")],
         [W("dev key")], [W("dev key"), W("auth"), W("api key")],
         comps=[(W("app id"), W("appsflyer app id"), pub_af_appid)],
         ph=["<AF_DEV_KEY>", "YOUR_DEV_KEY"]),
    Kind("appsflyer", "api_v2_token", sec_af_v2, "appsflyer",
         [W("appsflyer api token"), W("af api v2 token"), W("appsflyer pull api token")],
         [W("api token")], GEN_TOKEN,
         comps=[(W("app id"), W("appsflyer app id"), pub_af_appid)],
         ph=["<V2_TOKEN>"], extra_fts=["airflow"], mask_prefix="eyJhbGciOiJBMjU2S1ci"),
    Kind("adjust", "api_token", sec_adjust_api, "adjust",
         [W("adjust api token"), W("adjust user token")],
         [W("api token")], GEN_TOKEN,
         comps=[(W("app token"), W("adjust app token"), pub_adjust_app)],
         ph=["<ADJUST_API_TOKEN>"], extra_fts=["airflow"]),
    Kind("adjust", "s2s_token", sec_hex32, "adjust",
         [W("adjust s2s token"), W("adjust s2s auth token")],
         [W("s2s token")], [W("s2s token"), W("auth token")],
         comps=[(W("app token"), W("adjust app token"), pub_adjust_app)],
         ph=["<S2S_TOKEN>"]),
    Kind("branch", "secret_key", sec_branch_secret, "branch",
         [W("branch secret"), W("branch secret key"), W("branch key secret")],
         [W("branch secret"), W("secret")], GEN_SECRET,
         comps=[(W("branch key"), W("branch key"), pub_branch_key)],
         ph=["secret_live_xxxxxxxxxxxxxxxx", "<BRANCH_SECRET>"], extra_fts=["strings_xml", "info_plist"],
         mask_prefix="secret_live_"),
    Kind("kochava", "api_key", sec_kochava, "kochava",
         [W("kochava api key"), W("kochava reporting key")],
         [W("api key")], GEN_KEY,
         comps=[(W("app guid"), W("kochava app guid"), pub_kochava_guid)],
         ph=["<KOCHAVA_API_KEY>"], extra_fts=["airflow"]),
    Kind("singular", "reporting_api_key", sec_singular, "singular",
         [W("singular api key"), W("singular reporting key")],
         [W("api key")], GEN_KEY,
         comps=[(W("sdk key"), W("singular sdk key"), pub_singular_sdk)],
         ph=["<SINGULAR_API_KEY>"], extra_fts=["airflow"]),
    Kind("mixpanel", "api_secret", sec_hex32, "mixpanel",
         [W("mixpanel api secret"), W("mixpanel secret"), W("mp api secret")],
         [W("api secret")], [W("api secret"), W("secret"), W("analytics secret")],
         comps=[(W("project token"), W("mixpanel token"), pub_hex32)],
         ph=["YOUR_API_SECRET", "<mixpanel-api-secret>"], extra_fts=["segment_dest", "rudder_ws"]),
    Kind("mixpanel", "service_account_secret", sec_mp_sa, "mixpanel",
         [W("mixpanel service account secret"), W("mp sa secret")],
         [W("service account secret"), W("secret")], [W("secret"), W("sa secret"), W("password")],
         comps=[(W("service account username"), W("mixpanel service account"), pub_mp_sa_user),
                (W("project id"), W("mixpanel project id"), pub_mp_project)],
         ph=["<SERVICE_ACCOUNT_SECRET>"], extra_fts=["airflow"]),
    Kind("amplitude", "secret_key", sec_hex32, "amplitude",
         [W("amplitude secret key"), W("amplitude secret"), W("amp secret key")],
         [W("secret key")], [W("secret key"), W("secret"), W("api secret")],
         comps=[(W("api key"), W("amplitude api key"), pub_hex32)],
         ph=["<AMPLITUDE_SECRET_KEY>", "YOUR_SECRET_KEY"], extra_fts=["segment_dest", "rudder_ws", "airflow"]),
    Kind("segment", "server_write_key", sec_segment_write, "segment",
         [W("segment write key"), W("segment server write key")],
         [W("write key")], [W("write key"), W("source key"), W("api key")],
         comps=[], ph=["<SEGMENT_WRITE_KEY>", "YOUR_WRITE_KEY"],
         fts=["dotenv", "py_settings", "py_script", "js_config", "ts_module", "go", "rb", "php",
              "kt_server", "yaml_config", "compose", "k8s_secret", "settings_json", "appsettings"]),
    Kind("segment", "public_api_token", sec_segment_sgp, "segment",
         [W("segment public api token"), W("segment api token")],
         [W("api token")], GEN_TOKEN, ph=["sgp_...", "<SEGMENT_TOKEN>"], mask_prefix="sgp_"),
    Kind("rudderstack", "server_write_key", ksuid, "rudderstack",
         [W("rudderstack write key"), W("rudder write key")],
         [W("write key")], [W("write key"), W("source key")],
         comps=[(W("data plane url"), W("rudder data plane url"), pub_host("https://hosted.rudderlabs.com"))],
         ph=["<WRITE_KEY>"],
         fts=["dotenv", "py_settings", "py_script", "js_config", "ts_module", "go", "compose", "yaml_config"]),
    Kind("rudderstack", "workspace_token", sec_rudder_ws, "rudderstack",
         [W("rudder workspace token"), W("rudderstack workspace token"), W("config backend token")],
         [W("workspace token")], GEN_TOKEN,
         ph=["<WORKSPACE_TOKEN>"], fts=["dotenv", "compose", "k8s_secret", "yaml_config", "terraform", "gha"]),
    Kind("posthog", "personal_api_key", sec_phx, "posthog",
         [W("posthog personal api key"), W("posthog api key"), W("ph personal key")],
         [W("personal api key")], [W("personal api key"), W("api key"), W("key")],
         comps=[(W("project api key"), W("posthog project key"), pub_phc),
                (W("host"), W("posthog host"), pub_host("https://eu.i.posthog.com"))],
         ph=["phx_...", "<ph_personal_api_key>"], mask_prefix="phx_", weight=1.3),
    Kind("heap", "api_key", sec_hex32, "heap",
         [W("heap api key"), W("heap server key")],
         [W("api key")], GEN_KEY,
         comps=[(W("app id"), W("heap app id"), pub_heap_app)], ph=["<HEAP_API_KEY>"]),
    Kind("fullstory", "api_key", sec_fullstory, "fullstory",
         [W("fullstory api key"), W("fs api key")],
         [W("api key")], GEN_KEY,
         comps=[(W("org id"), W("fullstory org"), pub_fs_org)], ph=["<FULLSTORY_API_KEY>", "na1...."],
         mask_prefix="na1."),
    Kind("braze", "rest_api_key", sec_uuid, "braze",
         [W("braze rest api key"), W("braze api key"), W("appboy rest api key")],
         [W("rest api key"), W("api key")], GEN_KEY,
         comps=[(W("rest endpoint"), W("braze rest endpoint"), pub_host("https://rest.iad-05.braze.com")),
                (W("app id"), W("braze app id"), pub_uuid)],
         ph=["YOUR-REST-API-KEY", "<braze-rest-api-key>"], extra_fts=["segment_dest", "rudder_ws"], weight=1.3),
    Kind("iterable", "server_api_key", sec_hex32, "iterable",
         [W("iterable api key"), W("iterable server key")],
         [W("api key")], GEN_KEY, ph=["<ITERABLE_SERVER_KEY>"], extra_fts=["segment_dest", "rudder_ws"]),
    Kind("customerio", "app_api_key", sec_hex32, "customerio",
         [W("customerio app api key"), W("cio app api key")],
         [W("app api key")], GEN_KEY + [W("bearer")],
         comps=[(W("region"), W("cio region"), pub_host("us"))], ph=["<APP_API_KEY>"]),
    Kind("customerio", "tracking_api_key", sec_cio_track, "customerio",
         [W("customerio api key"), W("cio tracking api key"), W("customerio tracking key")],
         [W("api key"), W("tracking api key")], GEN_KEY,
         comps=[(W("site id"), W("customerio site id"), pub_hex20)], ph=["<TRACK_API_KEY>"],
         extra_fts=["segment_dest", "rudder_ws"]),
    Kind("onesignal", "rest_api_key_v2", sec_os_v2, "onesignal",
         [W("onesignal rest api key"), W("onesignal api key"), W("onesignal app key")],
         [W("rest api key"), W("api key")], GEN_KEY,
         comps=[(W("app id"), W("onesignal app id"), pub_uuid)],
         ph=["os_v2_app_...", "YOUR_REST_API_KEY"], extra_fts=["strings_xml"], mask_prefix="os_v2_app_"),
    Kind("onesignal", "rest_api_key_legacy", sec_os_legacy, "onesignal",
         [W("onesignal rest api key"), W("onesignal rest key")],
         [W("rest api key")], GEN_KEY,
         comps=[(W("app id"), W("onesignal app id"), pub_uuid)], ph=["YOUR_REST_API_KEY"]),
    Kind("optimizely", "personal_access_token", sec_opt_pat, "optimizely",
         [W("optimizely token"), W("optimizely personal token"), W("optimizely api token")],
         [W("personal token"), W("api token")], GEN_TOKEN,
         comps=[(W("sdk key"), W("optimizely sdk key"), pub_opt_sdk)], ph=["2:xxxxxxxx", "<OPTIMIZELY_TOKEN>"],
         mask_prefix="2:"),
    Kind("launchdarkly", "sdk_key", sec_ld_sdk, "launchdarkly",
         [W("launchdarkly sdk key"), W("ld sdk key")],
         [W("sdk key")], [W("sdk key"), W("flags key"), W("key")],
         comps=[(W("client side id"), W("ld client side id"), pub_ld_client)],
         ph=["sdk-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "YOUR_SDK_KEY"], mask_prefix="sdk-", weight=1.3),
    Kind("launchdarkly", "api_access_token", sec_ld_api, "launchdarkly",
         [W("launchdarkly access token"), W("ld api key"), W("launchdarkly api token")],
         [W("access token"), W("api key")], GEN_TOKEN,
         ph=["api-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"], extra_fts=["terraform_provider"], mask_prefix="api-"),
    Kind("statsig", "server_secret", sec_statsig_secret, "statsig",
         [W("statsig server secret"), W("statsig secret key"), W("statsig server key")],
         [W("server secret"), W("secret key")], [W("server secret"), W("secret"), W("flags secret")],
         comps=[(W("client key"), W("statsig client key"), pub_statsig_client)],
         ph=["secret-...", "<STATSIG_SERVER_SECRET>"], mask_prefix="secret-", weight=1.2),
    Kind("statsig", "console_api_key", sec_statsig_console, "statsig",
         [W("statsig console api key"), W("statsig console key")],
         [W("console api key")], GEN_KEY, ph=["console-..."], extra_fts=["terraform_provider"],
         mask_prefix="console-"),
    Kind("growthbook", "secret_api_key", sec_gb_secret, "growthbook",
         [W("growthbook api key"), W("growthbook secret key")],
         [W("secret key"), W("api key")], GEN_KEY,
         comps=[(W("client key"), W("growthbook client key"), pub_gb_sdk)],
         ph=["secret_...", "<GROWTHBOOK_SECRET>"], mask_prefix="secret_"),
    Kind("split", "server_sdk_key", sec_split, "split",
         [W("split sdk key"), W("split server key"), W("split api key")],
         [W("sdk key"), W("server key")], [W("sdk key"), W("flags key"), W("api key")],
         ph=["<SERVER_SIDE_SDK_KEY>", "YOUR_SDK_KEY"]),
    Kind("klaviyo", "private_api_key", sec_klaviyo, "klaviyo",
         [W("klaviyo private key"), W("klaviyo api key")],
         [W("private key"), W("api key")], GEN_KEY,
         comps=[(W("public key"), W("klaviyo public key"), pub_klaviyo_pub)],
         ph=["pk_...", "<KLAVIYO_PRIVATE_KEY>"], mask_prefix="pk_"),
    Kind("looker", "api_client_secret", sec_looker, "looker",
         [W("looker client secret"), W("lookersdk client secret")],
         [W("client secret")], GEN_SECRET,
         comps=[(W("client id"), W("lookersdk client id"), pub_looker_client),
                (W("base url"), W("lookersdk base url"), pub_host("https://analytics.cloud.looker.com"))],
         ph=["<client_secret>"]),
    Kind("tableau", "pat_secret", sec_tableau, "tableau",
         [W("tableau pat secret"), W("tableau token secret")],
         [W("token secret"), W("pat secret")], [W("token secret"), W("pat secret"), W("secret")],
         comps=[(W("token name"), W("tableau pat name"), pub_pat_name)], ph=["<PAT_SECRET>"]),
    Kind("warehouse", "human_password", sec_password, "warehouse",
         [W("snowflake password"), W("redshift password"), W("warehouse password")],
         [W("password")], [W("password"), W("pass"), W("db password")],
         comps=[(W("user"), W("warehouse user"), pub_host("ANALYTICS_LOADER"))],
         ph=["changeme", "<password>"], fts=["dotenv", "yaml_config", "compose", "py_settings", "properties"],
         extra_fts=["dbt_profiles", "dbt_profiles"]),
    Kind("tiktok", "app_secret", sec_tiktok_token, "tiktok",
         [W("tiktok app secret"), W("tiktok marketing secret")],
         [W("app secret"), W("secret")], GEN_SECRET,
         comps=[(W("app id"), W("tiktok app id"), lambda g: g.digits(19))], ph=["<APP_SECRET>"],
         extra_fts=["airflow"]),
    Kind("meta", "marketing_api_token", sec_meta_token, "facebook",
         [W("fb marketing token"), W("facebook ads token"), W("meta ads access token")],
         [W("access token")], GEN_TOKEN,
         comps=[(W("ad account id"), W("fb ad account id"), lambda g: "act_" + g.digits(15))],
         ph=["EAA...", "<USER_ACCESS_TOKEN>"], extra_fts=["airflow", "airflow"], mask_prefix="EAA"),
    Kind("split", "admin_api_key", sec_split, "split",
         [W("split admin api key"), W("split admin key")],
         [W("admin api key"), W("api key")], GEN_KEY, ph=["<ADMIN_API_KEY>"],
         fts=["dotenv", "gha", "shell", "py_script", "yaml_config", "terraform"],
         extra_fts=["terraform_provider"]),
    Kind("gcp", "bigquery_service_account_key", sec_gcp_pk, "bigquery",
         [W("private key")], [W("private key")], [W("private key")],
         ph=[], fts=["sa_json", "sa_json", "dbt_profiles"]),
]


# ----------------------------------------------------------------------------------------
# Naming and value syntax.
# ----------------------------------------------------------------------------------------

def nm(words, style):
    if style == "UPPER":
        return "_".join(w.upper() for w in words)
    if style == "snake":
        return "_".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "kebab":
        return "-".join(words)
    raise ValueError(style)


def env_expr(ft, var, g):
    """An environment/secret-store reference in the file type's own syntax."""
    low = var.lower()
    c = g.r.random()
    if ft in ("dotenv",):
        return "${%s}" % var
    if ft in ("py_settings", "py_script", "airflow"):
        if ft == "airflow" and c < 0.5:
            return 'Variable.get("%s")' % low
        return 'os.environ["%s"]' % var if c < 0.5 else 'os.getenv("%s", "")' % var
    if ft in ("js_config", "ts_module"):
        return "process.env.%s" % var if c < 0.7 else 'process.env["%s"] ?? ""' % var
    if ft == "go":
        return 'os.Getenv("%s")' % var
    if ft == "rb":
        return 'ENV.fetch("%s")' % var if c < 0.6 else 'Rails.application.credentials.dig(:%s)' % low
    if ft == "php":
        return "env('%s')" % var
    if ft in ("kt_server", "kt_app"):
        return 'System.getenv("%s")' % var if ft == "kt_server" else "BuildConfig.%s" % var
    if ft in ("swift_server", "swift_app"):
        return 'ProcessInfo.processInfo.environment["%s"] ?? ""' % var
    if ft in ("yaml_config", "compose", "properties", "dbt_profiles", "google_ads_yaml"):
        if ft == "dbt_profiles":
            return "\"{{ env_var('%s') }}\"" % var
        if ft == "properties":
            return "${%s}" % var
        return "${%s}" % var if c < 0.6 else "${%s:?must be set}" % var
    if ft in ("settings_json", "appsettings", "segment_dest", "rudder_ws", "gtm_server", "sa_json"):
        return "#{%s}#" % var if ft == "appsettings" and c < 0.5 else "${%s}" % var
    if ft in ("terraform", "terraform_provider"):
        return "var.%s" % low
    if ft == "gha":
        return "${{ secrets.%s }}" % var
    if ft in ("shell", "readme"):
        return "${%s}" % var if c < 0.5 else "$%s" % var
    if ft == "k8s":
        return None
    if ft == "info_plist":
        return "$(%s)" % var
    if ft == "android_manifest":
        return "${%s}" % var.lower()
    if ft in ("analytics_ts", "document_tsx"):
        return "process.env.NEXT_PUBLIC_%s" % var
    if ft == "index_html":
        return "%%VITE_%s%%" % var
    return "${%s}" % var


def q(v, quote='"'):
    return quote + v + quote


class Ent:
    """One config entry: names + value (mode 'lit' or 'env')."""

    def __init__(self, short, long, mode, text, target=False, pub=False):
        self.short, self.long, self.mode, self.text, self.target = short, long, mode, text, target
        self.pub = pub

    def envvar(self):
        return nm(self.long, "UPPER")


def auth_ent(ctx):
    """The entry a client would send as its credential: the secret slot, never a public id."""
    for e in ctx["entries"]:
        if e.target and not e.pub:
            return e
    for e in ctx["entries"]:
        if e.mode == "env":
            return e
    return None


def val_code(ft, e, g, quote='"'):
    """Render entry value as code (quoted literal or env expression)."""
    if e.mode == "env":
        ex = env_expr(ft, e.envvar(), g)
        if ft in ("dotenv", "yaml_config", "compose", "properties", "settings_json", "appsettings",
                  "segment_dest", "rudder_ws", "gtm_server", "gha", "info_plist", "android_manifest",
                  "index_html", "shell", "readme", "google_ads_yaml"):
            if ft in ("yaml_config", "compose", "settings_json", "appsettings", "segment_dest",
                      "rudder_ws", "gtm_server", "gha", "google_ads_yaml"):
                return q(ex)
            if ft in ("shell",):
                return q(ex)
            return ex
        return ex
    if ft in ("dbt_profiles",):
        return q(e.text)
    return q(e.text, quote)


# ----------------------------------------------------------------------------------------
# Filler pools.
# ----------------------------------------------------------------------------------------

TEAMS = ["growth", "marketing-eng", "data-platform", "attribution", "lifecycle", "adops", "experimentation"]
SERVICES = ["conversions-relay", "event-gateway", "spend-sync", "attribution-worker", "flag-service",
            "lifecycle-mailer", "reporting-api", "pixel-proxy", "ltv-pipeline", "audience-sync"]
DOMAINS = ["shop.example.com", "app.example.io", "www.example.org", "checkout.example.net",
           "m.example.com", "portal.example.dev"]


def svc(g):
    return g.pick(SERVICES)


def comment_lines(g, prefix, n=None):
    pool = [
        "Owned by the %s team, see the runbook before rotating." % g.pick(TEAMS),
        "Server-side only. Do not import from browser bundles.",
        "Values below were copied from the vendor dashboard on onboarding.",
        "Keep in sync with the staging config.",
        "TODO: move to the secrets manager once the migration lands.",
        "Batch size tuned for the nightly backfill.",
        "Timeouts are in milliseconds unless noted otherwise.",
        "Consent mode must be granted before events are forwarded.",
        "Events are deduplicated on event_id for 48h on the vendor side.",
        "Used by the %s service." % svc(g),
    ]
    n = n if n is not None else g.r.randint(1, 3)
    return [prefix + x for x in g.r.sample(pool, n)]


# ----------------------------------------------------------------------------------------
# Generic renderers.  Each: (g, ctx) -> (relative path, list of lines).
#   ctx["section"], ctx["provider"], ctx["entries"] (list of Ent), ctx["ft"]
# ----------------------------------------------------------------------------------------

ENDPOINTS = {
    "ga4": "https://www.google-analytics.com/mp/collect",
    "google_ads": "https://googleads.googleapis.com/v17/customers",
    "facebook": "https://graph.facebook.com/v19.0",
    "tiktok": "https://business-api.tiktok.com/open_api/v1.3/event/track/",
    "snapchat": "https://tr.snapchat.com/v3",
    "linkedin": "https://api.linkedin.com/rest/conversionEvents",
    "bing_ads": "https://bingads.microsoft.com",
    "amazon_ads": "https://advertising-api.amazon.com",
    "appsflyer": "https://api2.appsflyer.com/inappevent",
    "adjust": "https://s2s.adjust.com/event",
    "branch": "https://api2.branch.io/v1/url",
    "kochava": "https://reporting.api.kochava.com/v1.4",
    "singular": "https://api.singular.net/api/v2.0/reporting",
    "mixpanel": "https://api.mixpanel.com/import",
    "amplitude": "https://amplitude.com/api/2/export",
    "segment": "https://api.segment.io/v1/track",
    "rudderstack": "https://hosted.rudderlabs.com/v1/track",
    "posthog": "https://eu.posthog.com/api/projects/",
    "heap": "https://heapanalytics.com/api/track",
    "fullstory": "https://api.fullstory.com/v2/users",
    "braze": "https://rest.iad-05.braze.com/users/track",
    "iterable": "https://api.iterable.com/api/events/track",
    "customerio": "https://track.customer.io/api/v1/customers",
    "onesignal": "https://api.onesignal.com/notifications",
    "optimizely": "https://api.optimizely.com/v2/projects",
    "launchdarkly": "https://app.launchdarkly.com/api/v2/flags",
    "statsig": "https://statsigapi.net/console/v1/gates",
    "growthbook": "https://api.growthbook.io/api/v1/features",
    "split": "https://api.split.io/internal/api/v2/splits",
    "klaviyo": "https://a.klaviyo.com/api/events/",
    "looker": "https://analytics.cloud.looker.com/api/4.0/login",
    "tableau": "https://prod-useast-a.online.tableau.com/api/3.22/auth/signin",
    "warehouse": "https://example.snowflakecomputing.com",
    "bigquery": "https://bigquery.googleapis.com",
}


def r_dotenv(g, ctx):
    path = g.pick([".env", ".env.production", ".env.local", "config/.env.staging", "deploy/prod.env",
                   "services/%s/.env" % svc(g), ".env.example" if ctx.get("neg") else ".env.prod"])
    L = ["# %s" % svc(g)] + comment_lines(g, "# ")
    L += ["NODE_ENV=production", "PORT=%d" % g.pick([3000, 8080, 8000, 5000]),
          "LOG_LEVEL=%s" % g.pick(["info", "warn", "debug"])]
    if g.r.random() < 0.5:
        L += ["", "REDIS_URL=redis://cache:6379/2", "QUEUE_CONCURRENCY=%d" % g.r.randint(2, 16)]
    L.append("")
    L.append("# %s" % ctx["provider"])
    for e in ctx["entries"]:
        v = val_code("dotenv", e, g)
        if e.mode == "lit" and g.r.random() < 0.35:
            v = q(e.text, g.pick(['"', "'"]))
        L.append("%s=%s" % (nm(e.long, "UPPER"), v))
    if g.r.random() < 0.6:
        L += ["", "FEATURE_SERVER_SIDE_TRACKING=true", "SENTRY_ENVIRONMENT=production"]
    return path, L


def r_py_settings(g, ctx):
    path = g.pick(["settings.py", "app/settings.py", "config/settings/production.py", "analytics/config.py"])
    L = ['"""Runtime settings for the %s service."""' % svc(g), "import os", ""]
    L += ["DEBUG = False", 'ALLOWED_HOSTS = ["%s"]' % g.pick(DOMAINS), "EVENT_BATCH_SIZE = %d" % g.pick([50, 100, 250]), ""]
    L += comment_lines(g, "# ")
    if g.r.random() < 0.5:
        L.append("%s = {" % ctx["section"].upper())
        for e in ctx["entries"]:
            L.append('    "%s": %s,' % (nm(e.short, "snake"), val_code("py_settings", e, g)))
        L.append("}")
    else:
        for e in ctx["entries"]:
            L.append("%s = %s" % (nm(e.long, "UPPER"), val_code("py_settings", e, g)))
    L += ["", 'CELERY_BROKER_URL = os.getenv("CELERY_BROKER_URL", "redis://localhost:6379/0")',
          "REQUEST_TIMEOUT_SECONDS = %d" % g.pick([5, 10, 15, 30])]
    return path, L


def r_py_script(g, ctx):
    sec = ctx["section"]
    path = g.pick(["scripts/send_%s_events.py" % sec, "jobs/%s_sync.py" % sec, "%s_client.py" % sec,
                   "tools/backfill_%s.py" % sec])
    url = ENDPOINTS.get(sec, "https://api.example.com")
    L = ["#!/usr/bin/env python3", '"""Push server-side events to %s."""' % ctx["provider"],
         "import json", "import logging", "import os", "", "import requests", "",
         "log = logging.getLogger(__name__)", 'ENDPOINT = "%s"' % url]
    tgt = None
    positional = ctx.get("positional") and any(e.target for e in ctx["entries"])
    for e in ctx["entries"]:
        if e.target and positional:
            tgt = e
            continue
        L.append("%s = %s" % (nm(e.long, "UPPER"), val_code("py_script", e, g)))
    L += ["", "", "class Client:", "    def __init__(self, key, timeout=10):", "        self.key = key",
          "        self.timeout = timeout", "        self.session = requests.Session()", "",
          "    def send(self, payload):",
          '        resp = self.session.post(ENDPOINT, json=payload, timeout=self.timeout,',
          '                                 headers={"Authorization": "Bearer " + self.key})',
          "        if resp.status_code >= 400:",
          '            log.warning("upstream rejected batch: %s", resp.text[:200])',
          "        return resp.ok", "", ""]
    L += ["def main():"]
    if tgt is not None:
        L.append("    client = Client(%s, timeout=%d)" % (q(tgt.text), g.pick([5, 10, 20])))
    else:
        ke = auth_ent(ctx)
        if ke is not None:
            L.append("    client = Client(%s)" % nm(ke.long, "UPPER"))
        else:
            L.append('    client = Client(os.environ["%s_API_KEY"])' % ctx["section"].upper())
    L += ['    with open(os.environ.get("EVENTS_FILE", "events.jsonl")) as fh:',
          "        rows = [json.loads(line) for line in fh]",
          '    log.info("sending %d events", len(rows))', "    for chunk in range(0, len(rows), 100):",
          "        client.send({\"events\": rows[chunk:chunk + 100]})", "", "",
          'if __name__ == "__main__":', "    logging.basicConfig(level=logging.INFO)", "    main()"]
    return path, L


def r_js_config(g, ctx):
    path = g.pick(["config/analytics.js", "config/default.js", "server/config.js", "src/config/tracking.js"])
    L = ["'use strict';", ""] + comment_lines(g, "// ")
    L += ["module.exports = {", "  env: process.env.NODE_ENV || 'production',",
          "  port: Number(process.env.PORT || %d)," % g.pick([3000, 8080]),
          "  %s: {" % ctx["section"]]
    for e in ctx["entries"]:
        L.append("    %s: %s," % (nm(e.short, "camel"), val_code("js_config", e, g, "'")))
    L += ["    timeoutMs: %d," % g.pick([2000, 5000, 10000]), "    flushAt: %d," % g.pick([20, 50]), "  },",
          "  queue: { name: '%s', concurrency: %d }," % (svc(g), g.r.randint(2, 12)), "};"]
    return path, L


def r_ts_module(g, ctx):
    sec = ctx["section"]
    path = g.pick(["src/server/%s.ts" % sec, "src/lib/%sClient.ts" % sec, "api/%s/send.ts" % sec,
                   "packages/tracking/src/%s.ts" % sec])
    url = ENDPOINTS.get(sec, "https://api.example.com")
    L = ["import { createHash } from 'crypto';", "", "const ENDPOINT = '%s';" % url]
    for e in ctx["entries"]:
        L.append("const %s = %s;" % (nm(e.long, "UPPER"), val_code("ts_module", e, g, "'")))
    key = auth_ent(ctx)
    kref = nm(key.long, "UPPER") if key else "process.env.%s_API_KEY" % ctx["section"].upper()
    L += ["", "export interface ServerEvent {", "  name: string;", "  userId?: string;", "  email?: string;",
          "  properties?: Record<string, unknown>;", "}", "",
          "const hash = (v: string) => createHash('sha256').update(v.trim().toLowerCase()).digest('hex');", "",
          "export async function sendEvent(evt: ServerEvent): Promise<boolean> {",
          "  const body = { ...evt, email: evt.email ? hash(evt.email) : undefined };",
          "  const res = await fetch(ENDPOINT, {", "    method: 'POST',",
          "    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${%s}` }," % kref,
          "    body: JSON.stringify(body),", "  });", "  return res.ok;", "}"]
    return path, L


def r_go(g, ctx):
    sec = ctx["section"]
    path = g.pick(["internal/%s/config.go" % sec, "pkg/tracking/%s.go" % sec, "cmd/spend-sync/config.go"])
    L = ["package %s" % g.pick([sec.replace("_", ""), "tracking", "config"]), "", "import (", '\t"net/http"',
         '\t"os"', '\t"time"', ")", ""] + comment_lines(g, "// ", 1)
    L.append("const (")
    L.append('\tendpoint = "%s"' % ENDPOINTS.get(sec, "https://api.example.com"))
    envs = []
    for e in ctx["entries"]:
        if e.mode == "lit":
            L.append("\t%s = %s" % (nm(e.long, "camel"), q(e.text)))
        else:
            envs.append(e)
    L += [")", "", "type Client struct {", "\thttp    *http.Client", "\tkey     string", "}", "",
          "func New() *Client {"]
    for e in envs:
        L.append("\t_ = %s" % env_expr("go", e.envvar(), g))
    key = auth_ent(ctx)
    if key is None:
        kexpr = 'os.Getenv("%s_API_KEY")' % sec.upper()
    else:
        kexpr = nm(key.long, "camel") if key.mode == "lit" else env_expr("go", key.envvar(), g)
    L += ["\treturn &Client{http: &http.Client{Timeout: %d * time.Second}, key: %s}" % (g.pick([5, 10]), kexpr),
          "}", "", "func (c *Client) Endpoint() string { return endpoint }", "",
          'func (c *Client) Ready() bool { return c.key != "" && os.Getenv("TRACKING_DISABLED") == "" }']
    return path, L


def r_rb(g, ctx):
    sec = ctx["section"]
    path = g.pick(["config/initializers/%s.rb" % sec, "lib/%s_client.rb" % sec, "config/%s.rb" % sec])
    mod = "".join(w.capitalize() for w in sec.split("_"))
    L = ["# frozen_string_literal: true", ""] + comment_lines(g, "# ")
    L += ["%s.configure do |config|" % mod]
    for e in ctx["entries"]:
        L.append("  config.%s = %s" % (nm(e.short, "snake"), val_code("rb", e, g)))
    L += ["  config.timeout = %d" % g.pick([5, 10]), "  config.logger = Rails.logger",
          "  config.enabled = Rails.env.production?", "end"]
    return path, L


def r_php(g, ctx):
    path = g.pick(["config/services.php", "config/analytics.php", "app/config/tracking.php"])
    L = ["<?php", "", "return ["]
    L += ["    'mailgun' => [", "        'domain' => env('MAILGUN_DOMAIN'),", "        'secret' => env('MAILGUN_SECRET'),", "    ],", ""]
    L.append("    '%s' => [" % ctx["section"])
    for e in ctx["entries"]:
        L.append("        '%s' => %s," % (nm(e.short, "snake"), val_code("php", e, g, "'")))
    L += ["        'timeout' => %d," % g.pick([5, 10]), "    ],", "", "    'queue' => '%s'," % svc(g), "];"]
    return path, L


def r_kt_server(g, ctx):
    sec = ctx["section"]
    path = g.pick(["src/main/kotlin/com/example/tracking/%sConfig.kt" % sec.capitalize(),
                   "server/src/main/kotlin/config/Tracking.kt"])
    L = ["package com.example.tracking", "", "import java.time.Duration", ""] + comment_lines(g, "// ", 1)
    L.append("object %sConfig {" % "".join(w.capitalize() for w in sec.split("_")))
    for e in ctx["entries"]:
        if e.mode == "lit":
            L.append("    const val %s = %s" % (nm(e.long, "UPPER"), q(e.text)))
        else:
            L.append("    val %s: String = %s ?: \"\"" % (nm(e.long, "UPPER"), env_expr("kt_server", e.envvar(), g)))
    L += ['    const val ENDPOINT = "%s"' % ENDPOINTS.get(sec, "https://api.example.com"),
          "    val TIMEOUT: Duration = Duration.ofSeconds(%d)" % g.pick([5, 10]), "}"]
    return path, L


def r_swift_server(g, ctx):
    sec = ctx["section"]
    path = g.pick(["Sources/App/Config/%sSecrets.swift" % sec.capitalize(), "Sources/App/Tracking.swift"])
    L = ["import Vapor", ""] + comment_lines(g, "// ", 1)
    L.append("enum %sConfig {" % "".join(w.capitalize() for w in sec.split("_")))
    for e in ctx["entries"]:
        L.append("    static let %s = %s" % (nm(e.short, "camel"), val_code("swift_server", e, g)))
    L += ['    static let endpoint = URI(string: "%s")' % ENDPOINTS.get(sec, "https://api.example.com"), "}"]
    return path, L


def r_yaml(g, ctx):
    path = g.pick(["config.yml", "config/production.yml", "config/analytics.yaml", "helm/values.yaml",
                   "deploy/values-prod.yaml", "application.yml"])
    L = ["# %s configuration" % svc(g)] + comment_lines(g, "# ", 1)
    L += ["server:", "  port: %d" % g.pick([8080, 9000]), "  shutdown_grace: 20s", "", "tracking:",
          "  enabled: true", "  %s:" % ctx["section"]]
    for e in ctx["entries"]:
        L.append("    %s: %s" % (nm(e.short, "snake"), val_code("yaml_config", e, g)))
    L += ["    batch_size: %d" % g.pick([50, 100]), "    flush_interval: %ds" % g.pick([5, 10, 30]), "",
          "logging:", "  level: %s" % g.pick(["info", "warn"]), "  format: json"]
    return path, L


def r_settings_json(g, ctx):
    path = g.pick(["settings.json", "config/settings.json", "config/production.json", "functions/.runtimeconfig.json"])
    d = {"service": svc(g), "region": g.pick(["us-east-1", "eu-west-1", "europe-west3"]),
         ctx["section"]: {}, "retry": {"attempts": g.pick([3, 5]), "backoffMs": g.pick([250, 500])}}
    for e in ctx["entries"]:
        d[ctx["section"]][nm(e.short, "camel")] = e.text if e.mode == "lit" else "${%s}" % e.envvar()
    return path, json.dumps(d, indent=2).split("\n")


def r_appsettings(g, ctx):
    path = g.pick(["appsettings.json", "appsettings.Production.json", "src/Api/appsettings.json"])
    sec = "".join(w.capitalize() for w in ctx["section"].split("_"))
    d = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
         "AllowedHosts": "*", sec: {}}
    for e in ctx["entries"]:
        d[sec][nm(e.short, "pascal")] = e.text if e.mode == "lit" else g.pick(["#{%s}#" % e.envvar(), ""])
    d["Tracking"] = {"Enabled": True, "BatchSize": g.pick([50, 100])}
    return path, json.dumps(d, indent=2).split("\n")


def r_compose(g, ctx):
    path = g.pick(["docker-compose.yml", "docker-compose.prod.yml", "deploy/compose.yaml"])
    s = svc(g)
    L = ["services:", "  %s:" % s, "    image: ghcr.io/example/%s:%s" % (s, g.pick(["1.14.2", "2.3.0", "latest"])),
         "    restart: unless-stopped", "    ports:", '      - "%d:8080"' % g.pick([8080, 8081, 9090]),
         "    environment:", "      NODE_ENV: production"]
    for e in ctx["entries"]:
        L.append("      %s: %s" % (nm(e.long, "UPPER"), val_code("compose", e, g)))
    L += ["    depends_on:", "      - redis", "  redis:", "    image: redis:7-alpine", "    volumes:",
          "      - redis-data:/data", "", "volumes:", "  redis-data: {}"]
    return path, L


def r_terraform(g, ctx):
    path = g.pick(["infra/%s.tf" % ctx["section"], "terraform/tracking/main.tf", "modules/relay/main.tf"])
    L = ['module "%s_relay" {' % ctx["section"], '  source  = "../modules/event-relay"',
         '  name    = "%s"' % svc(g), "  memory  = %d" % g.pick([256, 512])]
    for e in ctx["entries"]:
        v = q(e.text) if e.mode == "lit" else env_expr("terraform", nm(e.long, "UPPER"), g)
        L.append("  %s = %s" % (nm(e.long, "snake"), v))
    L += ["", "  tags = {", '    team = "%s"' % g.pick(TEAMS), '    env  = "prod"', "  }", "}"]
    for e in ctx["entries"]:
        if e.mode == "env":
            L += ["", 'variable "%s" {' % nm(e.long, "snake"), "  type      = string", "  sensitive = true", "}"]
    return path, L


def r_gha(g, ctx):
    path = ".github/workflows/%s.yml" % g.pick(["deploy", "nightly-sync", "backfill", "release"])
    L = ["name: %s" % g.pick(["Nightly ad spend sync", "Deploy relay", "Backfill events"]), "", "on:",
         "  schedule:", "    - cron: '%d %d * * *'" % (g.r.randint(0, 59), g.r.randint(0, 23)),
         "  workflow_dispatch: {}", "", "jobs:", "  run:", "    runs-on: ubuntu-latest", "    env:"]
    for e in ctx["entries"]:
        L.append("      %s: %s" % (nm(e.long, "UPPER"), val_code("gha", e, g)))
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5",
          "        with:", "          python-version: '3.11'", "      - run: pip install -r requirements.txt",
          "      - run: python -m jobs.%s_sync --since yesterday" % ctx["section"]]
    return path, L


def r_shell(g, ctx):
    sec = ctx["section"]
    path = g.pick(["scripts/%s-backfill.sh" % sec, "bin/send-test-event.sh", "ops/%s_export.sh" % sec])
    url = ENDPOINTS.get(sec, "https://api.example.com")
    L = ["#!/usr/bin/env bash", "set -euo pipefail", ""] + comment_lines(g, "# ", 1)
    key = auth_ent(ctx)
    kname = nm(key.long, "UPPER") if key else "%s_API_KEY" % sec.upper()
    for e in ctx["entries"]:
        if e.mode == "lit":
            L.append("%s='%s'" % (nm(e.long, "UPPER"), e.text))
        else:
            L.append('%s="%s"' % (nm(e.long, "UPPER"), env_expr("shell", e.envvar(), g)))
    L += ['SINCE="${1:-$(date -u -d yesterday +%F)}"', "", 'echo "exporting since ${SINCE}" >&2',
          'curl -sS --fail -X POST "%s" \\' % url,
          '  -H "Authorization: Bearer ${%s}" \\' % kname,
          '  -H "Content-Type: application/json" \\', "  -d @payload.json | jq ."]
    return path, L


def r_readme(g, ctx):
    sec = ctx["section"]
    path = g.pick(["README.md", "docs/%s.md" % sec, "services/%s/README.md" % svc(g)])
    url = ENDPOINTS.get(sec, "https://api.example.com")
    key = auth_ent(ctx)
    L = ["# %s integration" % ctx["provider"], "",
         "This service forwards server-side events to %s. Run it locally with:" % ctx["provider"], "",
         "```bash", "make dev", "```", "", "## Credentials", ""]
    for e in ctx["entries"]:
        v = e.text if e.mode == "lit" else env_expr("readme", e.envvar(), g)
        L.append("- `%s`: `%s`" % (nm(e.long, "UPPER"), v))
    kv = "$%s_API_KEY" % sec.upper() if key is None else (key.text if key.mode == "lit" else "$" + key.envvar())
    L += ["", "## Smoke test", "", "```bash", 'curl -X POST "%s" \\' % url, '  -H "Authorization: Bearer %s" \\' % kv,
          "  -d '{\"event\":\"signup\",\"user_id\":\"u_1\"}'", "```", "",
          "Ask #%s before changing anything here." % g.pick(TEAMS)]
    return path, L


def r_properties(g, ctx):
    path = g.pick(["src/main/resources/application.properties", "config/application-prod.properties"])
    L = ["spring.application.name=%s" % svc(g), "server.port=8080", "management.endpoints.web.exposure.include=health", ""]
    L += comment_lines(g, "# ", 1)
    for e in ctx["entries"]:
        v = e.text if e.mode == "lit" else env_expr("properties", e.envvar(), g)
        L.append("tracking.%s.%s=%s" % (ctx["section"].replace("_", "-"), nm(e.short, "kebab"), v))
    L += ["tracking.batch-size=%d" % g.pick([50, 100]), "spring.jackson.default-property-inclusion=non_null"]
    return path, L


def r_k8s(g, ctx):
    s = svc(g)
    path = g.pick(["k8s/%s/deployment.yaml" % s, "deploy/k8s/deployment.yaml", "manifests/%s.yaml" % s])
    L = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s" % s, "  labels:", "    app: %s" % s,
         "spec:", "  replicas: %d" % g.pick([2, 3]), "  selector:", "    matchLabels:", "      app: %s" % s,
         "  template:", "    metadata:", "      labels:", "        app: %s" % s, "    spec:", "      containers:",
         "        - name: app", "          image: ghcr.io/example/%s:1.%d.0" % (s, g.r.randint(0, 30)), "          env:"]
    for e in ctx["entries"]:
        L.append("            - name: %s" % nm(e.long, "UPPER"))
        if e.mode == "lit":
            L.append("              value: %s" % q(e.text))
        else:
            L += ["              valueFrom:", "                secretKeyRef:", "                  name: %s-secrets" % s,
                  "                  key: %s" % nm(e.long, "kebab")]
    L += ["          ports:", "            - containerPort: 8080"]
    return path, L


# ----------------------------------------------------------------------------------------
# Client / mobile renderers (where the documented-public keys live).
# ----------------------------------------------------------------------------------------

SDK = {  # section -> (npm package, imported name, init format)
    "ga4": ("", "gtag", "gtag('config', {k});"),
    "segment": ("@segment/analytics-next", "AnalyticsBrowser", "AnalyticsBrowser.load({{ writeKey: {k} }});"),
    "rudderstack": ("@rudderstack/analytics-js", "RudderAnalytics", "new RudderAnalytics().load({k}, DATA_PLANE_URL);"),
    "mixpanel": ("mixpanel-browser", "mixpanel", "mixpanel.init({k}, {{ track_pageview: true }});"),
    "amplitude": ("@amplitude/analytics-browser", "* as amplitude", "amplitude.init({k}, {{ autocapture: true }});"),
    "posthog": ("posthog-js", "posthog", "posthog.init({k}, {{ api_host: 'https://eu.i.posthog.com' }});"),
    "launchdarkly": ("launchdarkly-js-client-sdk", "{ initialize }", "initialize({k}, {{ kind: 'user', key: anonId() }});"),
    "statsig": ("@statsig/js-client", "{ StatsigClient }", "new StatsigClient({k}, {{ userID: anonId() }}).initializeAsync();"),
    "growthbook": ("@growthbook/growthbook", "{ GrowthBook }", "new GrowthBook({{ apiHost: 'https://cdn.growthbook.io', clientKey: {k} }}).init();"),
    "optimizely": ("@optimizely/optimizely-sdk", "{ createInstance }", "createInstance({{ sdkKey: {k} }});"),
    "split": ("@splitsoftware/splitio", "{ SplitFactory }", "SplitFactory({{ core: {{ authorizationKey: {k}, key: anonId() }} }});"),
    "branch": ("branch-sdk", "branch", "branch.init({k});"),
    "braze": ("@braze/web-sdk", "* as braze", "braze.initialize({k}, {{ baseUrl: 'sdk.iad-05.braze.com' }});"),
    "onesignal": ("react-onesignal", "OneSignal", "OneSignal.init({{ appId: {k} }});"),
    "heap": ("@heap/heap-js", "heap", "heap.load({k});"),
    "fullstory": ("@fullstory/browser", "{ init as initFullStory }", "initFullStory({{ orgId: {k} }});"),
    "facebook": ("react-facebook-pixel", "ReactPixel", "ReactPixel.init({k});"),
    "tiktok": ("", "ttq", "window.ttq?.load({k});"),
    "snapchat": ("", "snaptr", "window.snaptr?.('init', {k});"),
    "hotjar": ("@hotjar/browser", "Hotjar", "Hotjar.init(Number({k}), 6);"),
    "clarity": ("@microsoft/clarity", "Clarity", "Clarity.init({k});"),
    "klaviyo": ("", "klaviyo", "loadScript('https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=' + {k});"),
    "customerio": ("@customerio/cdp-analytics-browser", "{ AnalyticsBrowser }", "AnalyticsBrowser.load({{ writeKey: {k} }});"),
    "appsflyer": ("", "AF", "window.AF_SMART_SCRIPT?.generateOneLinkURL({{ oneLinkURL: 'https://go.example.com/' + {k} }});"),
    "kochava": ("kochava", "{ Kochava }", "Kochava.createForReact().startWithAppGuid({k});"),
    "adjust": ("@adjustcom/adjust-web-sdk", "Adjust", "Adjust.initSdk({{ appToken: {k}, environment: 'production' }});"),
    "google_ads": ("", "gtag", "gtag('config', {k});"),
    "linkedin": ("", "lintrk", "window._linkedin_partner_id = {k};"),
    "bing_ads": ("", "uetq", "window.uetq = window.uetq || []; window.uetq.push('config', {{ ti: {k}, enableAutoSpaTracking: true }});"),
}


def sdk_for(sec):
    return SDK.get(sec, ("", "tracker", "tracker.init({k});"))


def r_analytics_ts(g, ctx):
    sec = ctx["section"]
    path = g.pick(["src/lib/analytics.ts", "src/analytics.ts", "app/lib/analytics.ts", "web/src/tracking/analytics.ts"])
    pkg, obj, init = sdk_for(sec)
    L = ["// Client-side analytics bootstrap. Everything here ships to the browser."]
    if pkg:
        L.append("import %s from '%s';" % (obj, pkg))
    L += ["", "export const ANALYTICS = {", "  %s: {" % sec]
    for e in ctx["entries"]:
        L.append("    %s: %s," % (nm(e.short, "camel"), val_code("analytics_ts", e, g, "'")))
    L += ["  },", "} as const;", "", "const anonId = () => localStorage.getItem('anon_id') ?? crypto.randomUUID();", "",
          "export function initAnalytics(): void {", "  if (typeof window === 'undefined') return;",
          "  if (navigator.doNotTrack === '1') return;",
          "  " + init.format(k="ANALYTICS.%s.%s" % (sec, nm(ctx["entries"][0].short, "camel"))), "}"]
    return path, L


def _integrity(g):
    return "sha384-" + g.b64(48)


def r_index_html(g, ctx):
    sec = ctx["section"]
    path = g.pick(["public/index.html", "index.html", "web/index.html", "templates/base.html"])
    e0 = next((e for e in ctx["entries"] if not e.target), ctx["entries"][0])
    v0 = e0.text if e0.mode == "lit" else env_expr("index_html", e0.envvar(), g)
    L = ["<!doctype html>", '<html lang="en">', "  <head>", '    <meta charset="utf-8" />',
         '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
         "    <title>%s</title>" % g.pick(["Northwind Store", "Pinecart", "Trailhead app", "Acme Shop"])]
    if g.r.random() < 0.6:
        L.append('    <script src="https://cdn.jsdelivr.net/npm/dayjs@1.11.10/dayjs.min.js" integrity="%s" crossorigin="anonymous"></script>' % _integrity(g))
    if sec in ("ga4", "google_ads"):
        L += ['    <script async src="https://www.googletagmanager.com/gtag/js?id=%s"></script>' % v0, "    <script>",
              "      window.dataLayer = window.dataLayer || [];", "      function gtag(){dataLayer.push(arguments);}",
              "      gtag('js', new Date());"]
        for e in ctx["entries"]:
            v = e.text if e.mode == "lit" else env_expr("index_html", e.envvar(), g)
            L.append("      const %s = '%s';" % (nm(e.long, "UPPER"), v) if e is not e0 else "      gtag('config', '%s');" % v)
        L.append("    </script>")
    else:
        pkg, obj, init = sdk_for(sec)
        L += ["    <script>"]
        for e in ctx["entries"]:
            v = e.text if e.mode == "lit" else env_expr("index_html", e.envvar(), g)
            L.append("      window.%s = '%s';" % (nm(e.long, "UPPER"), v))
        L += ["      function anonId(){ return localStorage.getItem('anon_id') || ''; }",
              "      window.addEventListener('load', function () {",
              "        " + init.format(k="window.%s" % nm(e0.long, "UPPER")), "      });", "    </script>"]
    L += ["  </head>", "  <body>", '    <div id="root"></div>', '    <script type="module" src="/src/main.tsx"></script>',
          "  </body>", "</html>"]
    return path, L


def r_document_tsx(g, ctx):
    sec = ctx["section"]
    path = g.pick(["pages/_document.tsx", "src/pages/_document.tsx"])
    pkg, obj, init = sdk_for(sec)
    L = ["import { Html, Head, Main, NextScript } from 'next/document';", "import Script from 'next/script';", ""]
    for e in ctx["entries"]:
        v = q(e.text, "'") if e.mode == "lit" else env_expr("document_tsx", e.envvar(), g)
        L.append("const %s = %s;" % (nm(e.long, "UPPER"), v))
    e0 = ctx["entries"][0]
    L += ["", "export default function Document() {", "  return (", '    <Html lang="en">', "      <Head>",
          '        <Script id="%s-init" strategy="afterInteractive">' % sec.replace("_", "-"),
          "          {`" + init.format(k="'${%s}'" % nm(e0.long, "UPPER")) + "`}",
          "        </Script>", "      </Head>", "      <body>", "        <Main />", "        <NextScript />",
          "      </body>", "    </Html>", "  );", "}"]
    return path, L


def r_info_plist(g, ctx):
    path = g.pick(["ios/App/Info.plist", "App/Info.plist", "ios/Runner/Info.plist"])
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
         '<plist version="1.0">', "<dict>", "\t<key>CFBundleDisplayName</key>", "\t<string>%s</string>" % g.pick(["Pinecart", "Northwind", "Trailhead"]),
         "\t<key>CFBundleIdentifier</key>", "\t<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>",
         "\t<key>CFBundleShortVersionString</key>", "\t<string>%d.%d.%d</string>" % (g.r.randint(1, 6), g.r.randint(0, 20), g.r.randint(0, 9))]
    for e in ctx["entries"]:
        v = e.text if e.mode == "lit" else env_expr("info_plist", e.envvar(), g)
        L += ["\t<key>%s%s</key>" % (ctx["section"].capitalize() if g.r.random() < 0.5 else "", nm(e.short, "pascal")),
              "\t<string>%s</string>" % v]
    L += ["\t<key>NSUserTrackingUsageDescription</key>",
          "\t<string>We use your data to measure which ads brought you here.</string>",
          "\t<key>UIApplicationSceneManifest</key>", "\t<dict>", "\t\t<key>UIApplicationSupportsMultipleScenes</key>",
          "\t\t<false/>", "\t</dict>", "</dict>", "</plist>"]
    return path, L


def r_android_manifest(g, ctx):
    path = g.pick(["app/src/main/AndroidManifest.xml", "android/app/src/main/AndroidManifest.xml"])
    sec = ctx["section"]
    L = ['<?xml version="1.0" encoding="utf-8"?>',
         '<manifest xmlns:android="http://schemas.android.com/apk/res/android">', "",
         '    <uses-permission android:name="android.permission.INTERNET" />',
         '    <uses-permission android:name="com.google.android.gms.permission.AD_ID" />', "",
         "    <application", '        android:name=".App"', '        android:label="@string/app_name"',
         '        android:allowBackup="false">']
    for e in ctx["entries"]:
        v = e.text if e.mode == "lit" else env_expr("android_manifest", e.envvar(), g)
        L += ["        <meta-data", '            android:name="com.%s.%s"' % (sec.replace("_", ""), nm(e.short, "camel")),
              '            android:value="%s" />' % v]
    L += ['        <activity android:name=".MainActivity" android:exported="true">', "            <intent-filter>",
          '                <action android:name="android.intent.action.MAIN" />',
          '                <category android:name="android.intent.category.LAUNCHER" />', "            </intent-filter>",
          "        </activity>", "    </application>", "</manifest>"]
    return path, L


def r_strings_xml(g, ctx):
    path = g.pick(["app/src/main/res/values/strings.xml", "android/app/src/main/res/values/strings.xml"])
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<resources>",
         '    <string name="app_name">%s</string>' % g.pick(["Pinecart", "Northwind", "Trailhead"]),
         '    <string name="cta_checkout">Checkout</string>', '    <string name="onboarding_title">Welcome back</string>']
    for e in ctx["entries"]:
        v = e.text if e.mode == "lit" else "@null"
        n = nm(e.short, "snake")
        if not n.startswith(ctx["section"].split("_")[0]):
            n = ctx["section"] + "_" + n
        L.append('    <string name="%s" translatable="false">%s</string>' % (n, v))
    L += ['    <string name="error_offline">You appear to be offline.</string>', "</resources>"]
    return path, L


def r_swift_app(g, ctx):
    sec = ctx["section"]
    path = g.pick(["ios/App/AppDelegate.swift", "App/Sources/Analytics/%sSetup.swift" % sec.capitalize()])
    L = ["import UIKit", "", "@main", "final class AppDelegate: UIResponder, UIApplicationDelegate {"]
    for e in ctx["entries"]:
        L.append("    private let %s = %s" % (nm(e.long, "camel"), val_code("swift_app", e, g)))
    L += ["", "    func application(_ application: UIApplication,",
          "                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {",
          "        Tracking.shared.start(key: %s)" % nm(ctx["entries"][0].long, "camel"), "        return true", "    }", "}"]
    return path, L


def r_kt_app(g, ctx):
    path = g.pick(["app/src/main/java/com/example/shop/App.kt", "app/src/main/kotlin/com/example/App.kt"])
    L = ["package com.example.shop", "", "import android.app.Application", ""]
    L.append("class App : Application() {")
    L.append("    companion object {")
    for e in ctx["entries"]:
        if e.mode == "lit":
            L.append('        const val %s = "%s"' % (nm(e.long, "UPPER"), e.text))
        else:
            L.append("        val %s: String = %s" % (nm(e.long, "UPPER"), env_expr("kt_app", e.envvar(), g)))
    L += ["    }", "", "    override fun onCreate() {", "        super.onCreate()",
          "        Tracking.init(this, %s)" % nm(ctx["entries"][0].long, "UPPER"), "    }", "}"]
    return path, L


# ----------------------------------------------------------------------------------------
# Specialised renderers.
# ----------------------------------------------------------------------------------------

def _by_short(ctx, words):
    for e in ctx["entries"]:
        if e.short == words or nm(e.short, "snake") == words:
            return e
    return None


def r_google_ads_yaml(g, ctx):
    path = g.pick(["google-ads.yaml", "config/google-ads.yaml", "etl/google_ads/google-ads.yaml"])
    L = ["# Google Ads API client configuration.", "# See https://developers.google.com/google-ads/api/docs/client-libs/python/configuration", ""]
    fields = [("developer_token", "INSERT_DEVELOPER_TOKEN_HERE"), ("client_id", "INSERT_OAUTH2_CLIENT_ID_HERE"),
              ("client_secret", "INSERT_OAUTH2_CLIENT_SECRET_HERE"), ("refresh_token", "INSERT_REFRESH_TOKEN_HERE"),
              ("login_customer_id", "INSERT_LOGIN_CUSTOMER_ID_HERE")]
    by = {nm(e.short, "snake"): e for e in ctx["entries"]}
    for f, ph in fields:
        e = by.get(f)
        if e is None:
            if g.r.random() < 0.5:
                L.append("# %s: provided via GOOGLE_ADS_%s" % (f, f.upper()))
            else:
                L.append("%s: %s" % (f, ph))
        elif e.mode == "env":
            L.append("# %s: read from GOOGLE_ADS_%s at runtime" % (f, f.upper()))
        else:
            t = e.text.replace("-", "") if f == "login_customer_id" else e.text
            L.append("%s: %s" % (f, t if g.r.random() < 0.6 else q(t)))
    L += ["use_proto_plus: True", "", "# Logging configuration", "# logging:", "#   version: 1",
          "#   disable_existing_loggers: False"]
    return path, L


def r_dbt_profiles(g, ctx):
    path = g.pick(["profiles.yml", "dbt/profiles.yml", "analytics/profiles.yml"])
    proj = g.pick(["marketing_dw", "growth_analytics", "ad_spend", "attribution"])
    e = next((x for x in ctx["entries"] if x.target), ctx["entries"][0])
    L = ["%s:" % proj, "  target: prod", "  outputs:", "    dev:", "      type: duckdb", "      path: dev.duckdb", "    prod:"]
    if ctx["kind"] == "bigquery_service_account_key":
        pid = g.pick(SLUGS) + "-" + g.digits(6)
        L += ["      type: bigquery", "      method: service-account-json", "      project: %s" % pid,
              "      dataset: %s" % g.pick(["analytics_ga4", "ads_reporting"]), "      threads: 8", "      keyfile_json:",
              "        type: service_account", "        project_id: %s" % pid,
              "        private_key_id: %s" % (g.hex(40) if ctx.get("pos") else "\"{{ env_var('BQ_PRIVATE_KEY_ID') }}\""),
              "        private_key: %s" % (q(e.text) if e.mode == "lit" else env_expr("dbt_profiles", "BQ_PRIVATE_KEY", g)),
              "        client_email: dbt-runner@%s.iam.gserviceaccount.com" % pid, "        client_id: \"%s\"" % g.digits(21),
              "        token_uri: https://oauth2.googleapis.com/token"]
    else:
        t = g.pick(["snowflake", "redshift", "postgres"])
        pw = q(e.text) if e.mode == "lit" else env_expr("dbt_profiles", "DBT_PASSWORD", g)
        if t == "snowflake":
            L += ["      type: snowflake", "      account: %s-%s" % (g.s(LOW, 7), g.s(LOW + DIG, 7)),
                  "      user: DBT_%s" % g.pick(["PROD", "RUNNER", "LOADER"]), "      password: %s" % pw,
                  "      role: TRANSFORMER", "      warehouse: %s" % g.pick(["TRANSFORMING", "WH_XS"]),
                  "      database: ANALYTICS", "      schema: marts", "      threads: 8"]
        else:
            L += ["      type: %s" % t, "      host: %s" % g.pick(["warehouse.internal.example.com", "dw.cluster-%s.eu-west-1.redshift.amazonaws.com" % g.s(LOW + DIG, 10)]),
                  "      port: %d" % (5439 if t == "redshift" else 5432), "      user: dbt_prod", "      password: %s" % pw,
                  "      dbname: analytics", "      schema: marts", "      threads: 4"]
    L += ["", "config:", "  send_anonymous_usage_stats: false"]
    return path, L


def r_sa_json(g, ctx):
    pid = g.pick(SLUGS) + "-" + g.pick(["analytics", "bq-export", "ga4", "marketing"]) + "-" + g.digits(4)
    path = g.pick(["credentials/bq-export-sa.json", "secrets/%s.json" % pid, "keys/ga4-bigquery.json", "service-account.json"])
    e = next((x for x in ctx["entries"] if x.target), ctx["entries"][0])
    sa = g.pick(["ga4-export", "looker-bq", "spend-loader", "dbt-runner"])
    email = "%s@%s.iam.gserviceaccount.com" % (sa, pid)
    pk = e.text if e.mode == "lit" else e.text
    L = ["{", '  "type": "service_account",', '  "project_id": "%s",' % pid,
         '  "private_key_id": "%s",' % g.hex(40), '  "private_key": "%s",' % pk,
         '  "client_email": "%s",' % email, '  "client_id": "%s",' % g.digits(21),
         '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
         '  "token_uri": "https://oauth2.googleapis.com/token",',
         '  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",',
         '  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s",' % email.replace("@", "%40"),
         '  "universe_domain": "googleapis.com"', "}"]
    return path, L


def r_airflow(g, ctx):
    sec = ctx["section"]
    path = g.pick(["dags/%s_spend_sync.py" % sec, "airflow/dags/ad_spend_%s.py" % sec, "dags/marketing/%s_daily.py" % sec])
    L = ['"""Daily %s spend / conversions sync into the warehouse."""' % ctx["provider"], "import os", "from datetime import datetime, timedelta", "",
         "import requests", "from airflow import DAG", "from airflow.models import Variable",
         "from airflow.operators.python import PythonOperator", "",
         'API_URL = "%s"' % ENDPOINTS.get(sec, "https://api.example.com")]
    for e in ctx["entries"]:
        if e.mode == "lit":
            if g.r.random() < 0.3:
                L.append('%s = Variable.get("%s", default_var="%s")' % (nm(e.long, "UPPER"), nm(e.long, "snake"), e.text))
            else:
                L.append('%s = "%s"' % (nm(e.long, "UPPER"), e.text))
        else:
            L.append("%s = %s" % (nm(e.long, "UPPER"), env_expr("airflow", e.envvar(), g)))
    key = auth_ent(ctx)
    kname = nm(key.long, "UPPER") if key else 'Variable.get("%s_token")' % sec
    L += ["", "default_args = {", '    "owner": "%s",' % g.pick(TEAMS), '    "retries": 2,',
          '    "retry_delay": timedelta(minutes=10),', "}", "", "",
          "def pull_spend(ds, **_):",
          '    resp = requests.get(API_URL, params={"date": ds}, headers={"Authorization": f"Bearer {%s}"}, timeout=60)' % kname,
          "    resp.raise_for_status()", '    return resp.json().get("data", [])', "", "",
          'with DAG(dag_id="%s_spend_sync", start_date=datetime(%d, %d, 1), schedule="@daily",' % (sec, g.r.randint(2021, 2024), g.r.randint(1, 12)),
          "         catchup=False, default_args=default_args, tags=[\"marketing\", \"%s\"]) as dag:" % sec,
          '    PythonOperator(task_id="pull_spend", python_callable=pull_spend)']
    return path, L


GTM_PARAM = {"facebook": ("apiAccessToken", "pixelId"), "ga4": ("apiSecret", "measurementId"),
             "tiktok": ("accessToken", "pixelId"), "snapchat": ("apiToken", "pixelId"),
             "google_ads": ("conversionLabel", "conversionId")}


def r_gtm_server(g, ctx):
    sec = ctx["section"]
    path = g.pick(["gtm/server-container.json", "tagging/GTM-%s_v%d.json" % (g.s(ALNUM_UP, 7), g.r.randint(3, 60)),
                   "sgtm/container-export.json"])
    acc, cid = g.digits(10), g.digits(9)
    params = []
    for e in ctx["entries"]:
        key = nm(e.short, "camel")
        if e.target or (e.mode == "env" and len(params) == 0 and sec in GTM_PARAM):
            key = GTM_PARAM.get(sec, (key,))[0]
        v = e.text if e.mode == "lit" else "{{%s}}" % " ".join(w.capitalize() for w in e.long)
        params.append({"type": "TEMPLATE", "key": key, "value": v})
    params.append({"type": "BOOLEAN", "key": "enableEventEnhancement", "value": "true"})
    tag = {"accountId": acc, "containerId": cid, "tagId": str(g.r.randint(3, 80)),
           "name": "%s - server events" % ctx["provider"], "type": "cvt_%s_%s" % (cid, g.s(ALNUM_UP, 5)),
           "parameter": params, "firingTriggerId": [str(g.r.randint(2, 40))], "tagFiringOption": "ONCE_PER_EVENT",
           "monitoringMetadata": {"type": "MAP"}, "consentSettings": {"consentStatus": "NOT_SET"}}
    doc = {"exportFormatVersion": 2, "exportTime": "%d-%02d-%02d %02d:%02d:%02d" % (
        g.r.randint(2022, 2025), g.r.randint(1, 12), g.r.randint(1, 28), g.r.randint(0, 23), g.r.randint(0, 59), g.r.randint(0, 59)),
        "containerVersion": {"path": "accounts/%s/containers/%s/versions/0" % (acc, cid), "accountId": acc,
                             "containerId": cid, "containerVersionId": "0",
                             "container": {"name": "sgtm.%s" % g.pick(DOMAINS), "usageContext": ["SERVER"],
                                           "publicId": "GTM-" + g.s(ALNUM_UP, 7)},
                             "tag": [tag]}}
    return path, json.dumps(doc, indent=4).split("\n")


DEST_NAMES = {"facebook": "Facebook Conversions API (Actions)", "mixpanel": "Mixpanel (Actions)",
              "amplitude": "Actions Amplitude", "braze": "Braze Cloud Mode (Actions)", "iterable": "Iterable (Actions)",
              "customerio": "Customer.io Actions", "tiktok": "TikTok Conversions", "ga4": "Google Analytics 4 Cloud"}


def r_segment_dest(g, ctx):
    sec = ctx["section"]
    path = g.pick(["segment/destinations.json", "tracking-plan/segment/destinations.json", "infra/segment/destinations.json"])
    settings = {}
    for e in ctx["entries"]:
        settings[nm(e.short, "camel")] = e.text if e.mode == "lit" else "${%s}" % e.envvar()
    settings["sendIdentifyAsTrack"] = g.pick([True, False])
    dests = [{"id": g.s(LOW + DIG, 22), "name": "%s (%s)" % (DEST_NAMES.get(sec, ctx["provider"]), g.pick(["prod", "EU"])),
              "enabled": True, "metadata": {"id": g.s(LOW + DIG, 24), "slug": "actions-%s" % sec.replace("_", "-")},
              "sourceId": g.s(B62, 22), "settings": settings},
             {"id": g.s(LOW + DIG, 22), "name": "Webhooks (Actions)", "enabled": g.pick([True, False]),
              "metadata": {"id": g.s(LOW + DIG, 24), "slug": "actions-webhook"}, "sourceId": g.s(B62, 22),
              "settings": {"sharedSecret": "" if True else None}}]
    return path, json.dumps({"data": {"destinations": dests}}, indent=2).split("\n")


def r_rudder_ws(g, ctx):
    sec = ctx["section"]
    path = g.pick(["workspaceConfig.json", "rudder/workspaceConfig.json", "config/workspaceConfig.json"])
    cfg = {}
    for e in ctx["entries"]:
        cfg[nm(e.short, "camel")] = e.text if e.mode == "lit" else "env.%s" % e.envvar()
    cfg["blacklistedEvents"] = []
    cfg["eventDelivery"] = False
    doc = {"workspaceId": ksuid(g), "sources": [{
        "config": {}, "id": ksuid(g), "name": "%s web" % g.pick(SLUGS), "writeKey": ksuid(g), "enabled": True,
        "sourceDefinition": {"id": ksuid(g), "name": "Javascript", "displayName": "JavaScript", "category": None},
        "destinations": [{"config": cfg, "id": ksuid(g), "name": "%s prod" % ctx["provider"], "enabled": True,
                          "destinationDefinition": {"id": ksuid(g), "name": sec.upper(), "displayName": ctx["provider"]}}]}]}
    return path, json.dumps(doc, indent=2).split("\n")


TF_PROVIDERS = {"launchdarkly": ("launchdarkly/launchdarkly", "access_token"),
                "statsig": ("statsig-io/statsig", "console_api_key"),
                "split": ("davidji99/split", "api_key")}


def r_terraform_provider(g, ctx):
    sec = ctx["section"]
    src, field = TF_PROVIDERS.get(sec, ("example/%s" % sec, "api_key"))
    path = g.pick(["terraform/%s/main.tf" % sec, "infra/flags/providers.tf", "flags/main.tf"])
    e = auth_ent(ctx) or ctx["entries"][0]
    v = q(e.text) if e.mode == "lit" else "var.%s" % nm(e.long, "snake")
    L = ["terraform {", "  required_providers {", "    %s = {" % sec, '      source  = "%s"' % src,
         '      version = "~> %d.%d"' % (g.r.randint(0, 2), g.r.randint(0, 9)), "    }", "  }", "}", "",
         'provider "%s" {' % sec, "  %s = %s" % (field, v), "}", ""]
    if sec == "launchdarkly":
        L += ['resource "launchdarkly_project" "web" {', '  key  = "%s"' % g.pick(SLUGS), '  name = "Web storefront"', "",
              "  environments {", '    key   = "production"', '    name  = "Production"', '    color = "%s"' % g.hex(6),
              "  }", "}"]
    elif sec == "statsig":
        L += ['resource "statsig_gate" "new_checkout" {', '  name        = "new_checkout"',
              '  description = "Rollout of the one-page checkout"', "  is_enabled  = true", "}"]
    else:
        L += ['resource "split_split" "checkout" {', '  workspace_id = "%s"' % g.uuid(), '  name         = "one_page_checkout"',
              '  description  = "checkout experiment"', "}"]
    if e.mode == "env":
        L += ["", 'variable "%s" {' % nm(e.long, "snake"), "  type      = string", "  sensitive = true", "}"]
    return path, L


RENDER = {
    "dotenv": r_dotenv, "py_settings": r_py_settings, "py_script": r_py_script, "js_config": r_js_config,
    "ts_module": r_ts_module, "go": r_go, "rb": r_rb, "php": r_php, "kt_server": r_kt_server,
    "swift_server": r_swift_server, "yaml_config": r_yaml, "settings_json": r_settings_json,
    "appsettings": r_appsettings, "compose": r_compose, "terraform": r_terraform, "gha": r_gha,
    "shell": r_shell, "readme": r_readme, "properties": r_properties, "k8s_secret": r_k8s,
    "analytics_ts": r_analytics_ts, "index_html": r_index_html, "document_tsx": r_document_tsx,
    "info_plist": r_info_plist, "android_manifest": r_android_manifest, "strings_xml": r_strings_xml,
    "swift_app": r_swift_app, "kt_app": r_kt_app, "google_ads_yaml": r_google_ads_yaml,
    "dbt_profiles": r_dbt_profiles, "sa_json": r_sa_json, "airflow": r_airflow, "gtm_server": r_gtm_server,
    "segment_dest": r_segment_dest, "rudder_ws": r_rudder_ws, "terraform_provider": r_terraform_provider,
}


# ----------------------------------------------------------------------------------------
# Documented-public identifiers (negatives).  (provider, kind, section, short names,
# long names, generator, file types)
# ----------------------------------------------------------------------------------------

WEB = ["analytics_ts", "index_html", "document_tsx"]
APP = ["swift_app", "kt_app", "info_plist", "android_manifest", "strings_xml"]
CFG = ["dotenv", "yaml_config", "settings_json", "js_config", "ts_module", "compose", "py_settings", "appsettings"]

PUBLIC = [
    ("google_analytics", "ga4_measurement_id", "ga4", [W("measurement id")], [W("ga measurement id"), W("next public ga id")], pub_ga4_mid, WEB + CFG + ["gtm_server"]),
    ("google_analytics", "ua_property_id", "ga4", [W("tracking id")], [W("ga tracking id"), W("ua id")], pub_ua, WEB + CFG),
    ("google_tag_manager", "container_id", "ga4", [W("container id")], [W("gtm id"), W("gtm container id")], pub_gtm, WEB + CFG),
    ("google_ads", "customer_id", "google_ads", [W("customer id"), W("login customer id")], [W("google ads customer id"), W("gads login customer id")], pub_gads_cid, CFG + ["google_ads_yaml", "airflow"]),
    ("google_ads", "conversion_id", "google_ads", [W("conversion id"), W("send to")], [W("google ads conversion id"), W("aw conversion")], pub_aw_label, WEB + CFG),
    ("google", "oauth_client_id", "google_ads", [W("client id")], [W("google ads client id"), W("google client id")], pub_google_client_id, CFG + ["google_ads_yaml"]),
    ("meta", "pixel_id", "facebook", [W("pixel id"), W("dataset id")], [W("meta pixel id"), W("fb pixel id")], pub_pixel, WEB + CFG + ["gtm_server", "airflow"]),
    ("meta", "app_id", "facebook", [W("app id")], [W("facebook app id"), W("fb app id")], pub_pixel, APP + CFG),
    ("tiktok", "pixel_code", "tiktok", [W("pixel code"), W("pixel id")], [W("tiktok pixel code"), W("tt pixel id")], pub_tt_pixel, WEB + CFG + ["gtm_server"]),
    ("snap", "pixel_id", "snapchat", [W("pixel id")], [W("snap pixel id"), W("snapchat pixel")], pub_uuid, WEB + CFG + ["gtm_server"]),
    ("linkedin", "partner_id", "linkedin", [W("partner id")], [W("linkedin partner id"), W("li insight id")], lambda g: g.digits(7), WEB + CFG),
    ("microsoft_ads", "uet_tag_id", "bing_ads", [W("uet tag id")], [W("bing uet tag id"), W("ms uet id")], lambda g: g.digits(9), WEB + CFG),
    ("amazon_ads", "lwa_client_id", "amazon_ads", [W("client id")], [W("amazon ads client id"), W("lwa client id")], pub_amzn_client_id, CFG + ["airflow", "py_script"]),
    ("appsflyer", "app_id", "appsflyer", [W("app id")], [W("appsflyer app id"), W("af app id")], pub_af_appid, APP + CFG),
    ("branch", "branch_key", "branch", [W("branch key"), W("key")], [W("branch key"), W("branch live key")], pub_branch_key, APP + WEB + CFG),
    ("mixpanel", "project_token", "mixpanel", [W("token"), W("project token")], [W("mixpanel token"), W("next public mixpanel token")], pub_hex32, WEB + APP + CFG),
    ("mixpanel", "service_account_username", "mixpanel", [W("service account username")], [W("mixpanel sa username")], pub_mp_sa_user, CFG + ["airflow"]),
    ("amplitude", "browser_api_key", "amplitude", [W("api key")], [W("amplitude api key"), W("next public amplitude key")], pub_hex32, WEB + APP),
    ("segment", "browser_write_key", "segment", [W("write key")], [W("segment write key"), W("next public segment key")], pub_segment_wk, WEB),
    ("rudderstack", "browser_write_key", "rudderstack", [W("write key")], [W("rudder write key"), W("vite rudder key")], pub_ksuid, WEB),
    ("posthog", "project_api_key", "posthog", [W("api key"), W("project api key"), W("key")], [W("posthog key"), W("next public posthog key"), W("posthog project api key")], pub_phc, WEB + APP + CFG),
    ("launchdarkly", "client_side_id", "launchdarkly", [W("client side id"), W("client id")], [W("ld client side id"), W("next public ld client id")], pub_ld_client, WEB + CFG),
    ("launchdarkly", "mobile_key", "launchdarkly", [W("mobile key")], [W("launchdarkly mobile key"), W("ld mobile key")], pub_ld_mob, APP),
    ("statsig", "client_key", "statsig", [W("client key"), W("client sdk key")], [W("statsig client key"), W("next public statsig key")], pub_statsig_client, WEB + APP + CFG),
    ("growthbook", "sdk_client_key", "growthbook", [W("client key")], [W("growthbook client key"), W("next public growthbook key")], pub_gb_sdk, WEB + APP + CFG),
    ("optimizely", "sdk_key", "optimizely", [W("sdk key")], [W("optimizely sdk key")], pub_opt_sdk, WEB + APP + CFG),
    ("optimizely", "datafile_url", "optimizely", [W("datafile url")], [W("optimizely datafile url")], lambda g: "https://cdn.optimizely.com/datafiles/%s.json" % pub_opt_sdk(g), WEB + CFG),
    ("onesignal", "app_id", "onesignal", [W("app id")], [W("onesignal app id"), W("next public onesignal app id")], pub_uuid, WEB + APP + CFG),
    ("braze", "app_identifier", "braze", [W("api key"), W("app id")], [W("braze api key"), W("braze app identifier")], pub_uuid, WEB + APP),
    ("hotjar", "site_id", "hotjar", [W("site id"), W("hjid")], [W("hotjar id"), W("next public hotjar id")], pub_hotjar, WEB + CFG),
    ("microsoft_clarity", "project_id", "clarity", [W("project id")], [W("clarity project id"), W("next public clarity id")], pub_clarity, WEB + CFG),
    ("heap", "app_id", "heap", [W("app id"), W("env id")], [W("heap app id"), W("next public heap id")], pub_heap_app, WEB + CFG),
    ("fullstory", "org_id", "fullstory", [W("org id")], [W("fullstory org"), W("fs org id")], pub_fs_org, WEB + APP + CFG),
    ("kochava", "app_guid", "kochava", [W("app guid")], [W("kochava app guid")], pub_kochava_guid, APP + WEB),
    ("adjust", "app_token", "adjust", [W("app token")], [W("adjust app token")], pub_adjust_app, APP + WEB + CFG),
    ("singular", "sdk_key", "singular", [W("sdk key"), W("api key")], [W("singular sdk key")], pub_singular_sdk, APP),
    ("customerio", "site_id", "customerio", [W("site id")], [W("customerio site id"), W("cio site id")], pub_hex20, WEB + CFG),
    ("klaviyo", "public_api_key", "klaviyo", [W("public key"), W("company id")], [W("klaviyo public key"), W("klaviyo company id")], pub_klaviyo_pub, WEB + CFG),
    ("split", "browser_sdk_key", "split", [W("authorization key"), W("client key")], [W("split browser key"), W("next public split key")], pub_split_browser, WEB + APP),
    ("looker", "api_client_id", "looker", [W("client id")], [W("lookersdk client id")], pub_looker_client, CFG + ["py_script"]),
    ("iterable", "project_id", "iterable", [W("project id")], [W("iterable project id")], lambda g: g.digits(5), CFG),
]


# ----------------------------------------------------------------------------------------
# Negative-only renderers: ciphertext, payload fixtures, click-id logs, test vectors.
# ----------------------------------------------------------------------------------------

def sops_enc(g, plen):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (g.b64(plen), g.b64(32), g.b64(16))


def kms_blob(g, n=None):
    raw = b"\x01\x02\x02\x00\x78" + bytes(g.r.getrandbits(8) for _ in range(n or g.r.randint(150, 200)))
    return base64.b64encode(raw).decode()


def r_sops(g, ctx):
    fmt = g.pick(["yaml", "yaml", "dotenv", "json"])
    sec = ctx["section"]
    acct = g.digits(12)
    arn = "arn:aws:kms:%s:%s:key/%s" % (g.pick(["eu-west-1", "us-east-1"]), acct, g.uuid())
    ts = "%d-%02d-%02dT%02d:%02d:%02dZ" % (g.r.randint(2022, 2025), g.r.randint(1, 12), g.r.randint(1, 28),
                                          g.r.randint(0, 23), g.r.randint(0, 59), g.r.randint(0, 59))
    ents = [(e, sops_enc(g, len(e.text) if e.mode == "lit" and e.text else g.r.randint(20, 60))) for e in ctx["entries"]]
    mac = sops_enc(g, 32)
    if fmt == "yaml":
        path = g.pick(["secrets/%s.enc.yaml" % sec, "deploy/secrets.prod.yaml", "helm/secrets/%s.yaml" % sec])
        L = ["%s:" % sec] + ["    %s: %s" % (nm(e.short, "snake"), v) for e, v in ents]
        L += ["sops:", "    kms:", "        - arn: %s" % arn, '          created_at: "%s"' % ts,
              "          enc: %s" % kms_blob(g), '          aws_profile: ""', "    gcp_kms: []", "    azure_kv: []",
              "    hc_vault: []", "    age: []", '    lastmodified: "%s"' % ts, "    mac: %s" % mac, "    pgp: []",
              "    unencrypted_suffix: _unencrypted", "    version: 3.%d.%d" % (g.r.randint(7, 9), g.r.randint(0, 3))]
    elif fmt == "dotenv":
        path = g.pick([".env.enc", "secrets/prod.enc.env", "deploy/%s.sops.env" % sec])
        L = ["%s=%s" % (nm(e.long, "UPPER"), v) for e, v in ents]
        L += ["LOG_LEVEL=ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (g.b64(4), g.b64(32), g.b64(16)),
              "sops_kms__list_0__map_arn=%s" % arn, "sops_kms__list_0__map_created_at=%s" % ts,
              "sops_kms__list_0__map_enc=%s" % kms_blob(g), "sops_lastmodified=%s" % ts, "sops_mac=%s" % mac,
              "sops_unencrypted_suffix=_unencrypted", "sops_version=3.8.1"]
    else:
        path = g.pick(["secrets/%s.enc.json" % sec, "config/secrets.prod.json"])
        d = {sec: {nm(e.short, "camel"): v for e, v in ents},
             "sops": {"kms": [{"arn": arn, "created_at": ts, "enc": kms_blob(g), "aws_profile": ""}],
                      "gcp_kms": None, "azure_kv": None, "hc_vault": None, "age": None, "lastmodified": ts,
                      "mac": mac, "pgp": None, "unencrypted_suffix": "_unencrypted", "version": "3.8.1"}}
        L = json.dumps(d, indent=4).split("\n")
    return path, L


def r_sealed(g, ctx):
    s = svc(g)
    path = g.pick(["k8s/%s/sealedsecret.yaml" % s, "deploy/sealed-secrets/%s.yaml" % s])
    L = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: %s-secrets" % s,
         "  namespace: %s" % g.pick(["tracking", "growth", "default"]), "spec:", "  encryptedData:"]
    for e in ctx["entries"]:
        L.append("    %s: %s" % (nm(e.long, "UPPER"), "Ag" + g.b64(g.r.randint(330, 420))))
    L += ["  template:", "    metadata:", "      name: %s-secrets" % s, "    type: Opaque"]
    return path, L


def r_kms_tf(g, ctx):
    path = g.pick(["infra/%s/secrets.tf" % ctx["section"], "terraform/kms_secrets.tf"])
    L = ['data "aws_kms_secrets" "%s" {' % ctx["section"]]
    for e in ctx["entries"]:
        L += ["  secret {", '    name    = "%s"' % nm(e.long, "snake"), '    payload = "%s"' % kms_blob(g), "", "    context = {",
              '      service = "%s"' % svc(g), "    }", "  }"]
    L += ["}", "", "locals {"]
    for e in ctx["entries"]:
        L.append('  %s = data.aws_kms_secrets.%s.plaintext["%s"]' % (nm(e.long, "snake"), ctx["section"], nm(e.long, "snake")))
    L.append("}")
    return path, L


def sha256(s):
    return hashlib.sha256(s.encode()).hexdigest()


FIRST = ["anna", "j.doe", "marek", "li.wei", "sofia", "tomas", "priya", "kofi", "elena", "hugo"]


def _email(g):
    return "%s%d@%s" % (g.pick(FIRST), g.r.randint(1, 999), g.pick(["gmail.com", "example.com", "proton.me", "outlook.com"]))


def gclid(g):
    return "Cj0KCQ" + g.pick(["jw", "iA", "jwk"]) + g.s(B64URL, g.r.randint(70, 85)) + "_BwE"


def fbclid(g):
    return "IwAR" + g.s(B64URL, g.r.randint(55, 62))


def r_payload(g, ctx):
    kindp = g.pick(["meta", "tiktok", "ga4", "gads", "snap"])
    ts = 1690000000 + g.r.randint(0, 60_000_000)
    em = sha256(_email(g))
    ph = sha256("+%d%s" % (g.r.randint(1, 49), g.digits(9)))
    eid = g.uuid()
    if kindp == "meta":
        body = {"data": [{"event_name": "Purchase", "event_time": ts, "event_id": eid, "action_source": "website",
                          "event_source_url": "https://%s/checkout/complete" % g.pick(DOMAINS),
                          "user_data": {"em": [em], "ph": [ph], "external_id": [sha256(g.uuid())],
                                        "client_ip_address": "203.0.113.%d" % g.r.randint(2, 250),
                                        "client_user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)",
                                        "fbc": "fb.1.%d.%s" % (ts * 1000 + g.r.randint(0, 999), fbclid(g)),
                                        "fbp": "fb.1.%d.%s" % (ts * 1000 - g.r.randint(1000, 99999), g.digits(10))},
                          "custom_data": {"currency": "EUR", "value": round(g.r.uniform(5, 400), 2),
                                          "content_ids": [g.s(UP + DIG, 8)], "content_type": "product"}}]}
    elif kindp == "tiktok":
        body = {"event_source": "web", "event_source_id": pub_tt_pixel(g), "data": [{
            "event": "CompletePayment", "event_time": ts, "event_id": eid,
            "user": {"email": em, "phone": ph, "ttclid": "E.C.P." + g.s(B64URL, 60), "ip": "198.51.100.%d" % g.r.randint(2, 250)},
            "properties": {"currency": "USD", "value": round(g.r.uniform(5, 400), 2)}}]}
    elif kindp == "ga4":
        body = {"client_id": "%d.%d" % (g.r.randint(10**8, 2 * 10**9), ts), "user_id": sha256(_email(g))[:24],
                "timestamp_micros": ts * 1000000, "events": [{"name": "purchase", "params": {
                    "transaction_id": "T-%s" % g.digits(7), "value": round(g.r.uniform(5, 400), 2), "currency": "EUR",
                    "session_id": str(ts), "engagement_time_msec": 100}}],
                "user_data": {"sha256_email_address": [em], "sha256_phone_number": [ph]}}
    elif kindp == "gads":
        body = {"conversions": [{"gclid": gclid(g), "conversionAction": "customers/%s/conversionActions/%s" % (g.digits(10), g.digits(9)),
                                 "conversionDateTime": "2024-0%d-1%d 12:%02d:00+00:00" % (g.r.randint(1, 9), g.r.randint(0, 9), g.r.randint(0, 59)),
                                 "conversionValue": round(g.r.uniform(5, 400), 2), "currencyCode": "EUR", "orderId": g.digits(8),
                                 "userIdentifiers": [{"hashedEmail": em}, {"hashedPhoneNumber": ph}]}],
                "partialFailure": True}
    else:
        body = {"data": [{"event_name": "PURCHASE", "action_source": "WEB", "event_time": ts, "event_id": eid,
                          "user_data": {"em": [em], "ph": [ph], "sc_click_id": g.uuid()},
                          "custom_data": {"currency": "USD", "value": str(round(g.r.uniform(5, 400), 2))}}]}
    style = g.pick(["json", "py", "ts"])
    if style == "json":
        path = g.pick(["tests/fixtures/%s_purchase_event.json" % kindp, "fixtures/capi/%s.json" % kindp])
        return path, json.dumps(body, indent=2).split("\n")
    dumped = json.dumps(body, indent=4).split("\n")
    if style == "py":
        path = "tests/test_%s_payload.py" % kindp
        L = ["import json", "", "from relay.builders import build_payload", "", "", "EXPECTED = json.loads(r'''"] + dumped + ["''')", "", "",
             "def test_purchase_payload_is_hashed(purchase_order):",
             "    assert build_payload(purchase_order) == EXPECTED"]
        return path, L
    path = "src/__tests__/%sPayload.spec.ts" % kindp
    L = ["import { buildPayload } from '../payload';", "", "const expected = " + dumped[0]] + dumped[1:-1] + [dumped[-1] + ";", "",
         "it('hashes identifiers before sending', () => {", "  expect(buildPayload(order)).toEqual(expected);", "});"]
    return path, L


def r_clicklog(g, ctx):
    style = g.pick(["nginx", "jsonl", "csv"])
    lines = []
    for _ in range(g.r.randint(8, 20)):
        ts = "%02d/Apr/2024:%02d:%02d:%02d +0000" % (g.r.randint(1, 28), g.r.randint(0, 23), g.r.randint(0, 59), g.r.randint(0, 59))
        src = g.pick(["google", "facebook", "tiktok", "bing", "newsletter"])
        if src == "google":
            qs = "utm_source=google&utm_medium=cpc&utm_campaign=%s&gclid=%s" % (g.pick(["brand_eu", "pmax_spring", "search_generic"]), gclid(g))
        elif src == "facebook":
            qs = "utm_source=facebook&utm_medium=paid_social&utm_content=%s&fbclid=%s" % (g.digits(17), fbclid(g))
        elif src == "tiktok":
            qs = "utm_source=tiktok&utm_campaign=%s&ttclid=E.C.P.%s" % (g.digits(16), g.s(B64URL, 50))
        elif src == "bing":
            qs = "utm_source=bing&utm_medium=cpc&msclkid=%s" % g.hex(32)
        else:
            qs = "utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale_%d" % g.r.randint(1, 9)
        pathq = "/%s?%s" % (g.pick(["", "products/%d" % g.r.randint(100, 999), "landing/spring", "signup"]), qs)
        ip = "203.0.113.%d" % g.r.randint(2, 250)
        if style == "nginx":
            lines.append('%s - - [%s] "GET %s HTTP/2.0" 200 %d "-" "Mozilla/5.0"' % (ip, ts, pathq, g.r.randint(900, 40000)))
        elif style == "jsonl":
            lines.append(json.dumps({"ts": ts, "event": "page_view", "page_location": "https://%s%s" % (g.pick(DOMAINS), pathq),
                                     "anonymous_id": g.uuid()}))
        else:
            lines.append("%s,%s,https://%s%s" % (g.uuid(), ts, g.pick(DOMAINS), pathq))
    if style == "nginx":
        return g.pick(["logs/access.log.sample", "tests/data/access.log"]), lines
    if style == "jsonl":
        return g.pick(["tests/fixtures/pageviews.jsonl", "data/sample_events.jsonl"]), lines
    return g.pick(["data/landing_clicks_sample.csv", "tests/fixtures/clicks.csv"]), ["session_id,ts,url"] + lines


JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
          ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")


def r_testvector(g, ctx):
    sec = ctx["section"]
    path = g.pick(["tests/test_%s_auth.py" % sec, "tests/unit/test_token_parsing.py"])
    L = ["import pytest", "", "from relay.auth import decode_unverified, mask", "",
         "# Sample token from the jwt.io debugger; not a credential.", 'JWT_IO_SAMPLE = "%s"' % JWT_IO, "", "",
         "def test_decode_sample():", "    claims = decode_unverified(JWT_IO_SAMPLE)", '    assert claims["name"] == "John Doe"', "", "",
         '@pytest.mark.parametrize("raw,expected", [', '    ("EAAB...", "EAAB..."),', '    ("", ""),', "])",
         "def test_mask_passthrough(raw, expected):", "    assert mask(raw) == expected"]
    return path, L


def r_sa_external(g, ctx):
    pid = g.pick(SLUGS) + "-analytics-" + g.digits(4)
    num = g.digits(12)
    path = g.pick(["credentials/gcp-wif.json", "deploy/bq-export-credentials.json", "clientLibraryConfig-github.json"])
    d = {"type": "external_account",
         "audience": "//iam.googleapis.com/projects/%s/locations/global/workloadIdentityPools/%s/providers/%s" % (num, g.pick(["github", "eks-pool"]), g.pick(["gh-actions", "oidc"])),
         "subject_token_type": "urn:ietf:params:oauth:token-type:jwt", "token_url": "https://sts.googleapis.com/v1/token",
         "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/bq-export@%s.iam.gserviceaccount.com:generateAccessToken" % pid,
         "credential_source": {"file": "/var/run/secrets/tokens/gcp-ksa/token", "format": {"type": "text"}}}
    return path, json.dumps(d, indent=2).split("\n")


def r_sa_redacted(g, ctx):
    e = Ent(W("private key"), W("private key"), "lit", g.pick([
        "-----BEGIN PRIVATE KEY-----\\n<redacted>\\n-----END PRIVATE KEY-----\\n",
        "-----BEGIN PRIVATE KEY-----\\nREPLACE_WITH_KEY_FROM_SECRET_MANAGER\\n-----END PRIVATE KEY-----\\n", ""]))
    return r_sa_json(g, dict(ctx, entries=[e]))


def r_lockfile(g, ctx):
    pk = g.pick([("posthog-js", "1.%d.%d" % (g.r.randint(100, 160), g.r.randint(0, 9))),
                 ("@amplitude/analytics-browser", "2.%d.%d" % (g.r.randint(0, 11), g.r.randint(0, 9))),
                 ("mixpanel-browser", "2.%d.0" % g.r.randint(45, 55)),
                 ("@segment/analytics-next", "1.%d.%d" % (g.r.randint(60, 75), g.r.randint(0, 5))),
                 ("launchdarkly-js-client-sdk", "3.%d.%d" % (g.r.randint(0, 4), g.r.randint(0, 9)))])
    d = {"name": g.pick(SLUGS), "version": "0.%d.0" % g.r.randint(1, 40), "lockfileVersion": 3, "requires": True,
         "packages": {"node_modules/%s" % pk[0]: {"version": pk[1], "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (pk[0], pk[0].split("/")[-1], pk[1]),
                                                  "integrity": "sha512-" + g.b64(64), "license": "MIT"},
                      "node_modules/dayjs": {"version": "1.11.10", "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.10.tgz",
                                             "integrity": "sha512-" + g.b64(64), "license": "MIT"}}}
    return "package-lock.json", json.dumps(d, indent=2).split("\n")


NEG_RENDER = {"sops": r_sops, "sealed": r_sealed, "kms_tf": r_kms_tf, "payload": r_payload, "clicklog": r_clicklog,
              "testvector": r_testvector, "sa_external": r_sa_external, "sa_redacted": r_sa_redacted, "lockfile": r_lockfile}


# ----------------------------------------------------------------------------------------
# Builders.
# ----------------------------------------------------------------------------------------

FT_LABEL = {
    "dotenv": ".env", "py_settings": ".py", "py_script": ".py", "js_config": ".js", "ts_module": ".ts",
    "go": ".go", "rb": ".rb", "php": ".php", "kt_server": ".kt", "kt_app": ".kt", "swift_server": ".swift",
    "swift_app": ".swift", "yaml_config": "config.yml", "settings_json": "settings.json",
    "appsettings": "appsettings.json", "compose": "docker-compose.yml", "terraform": ".tf",
    "terraform_provider": ".tf", "gha": "github-workflow.yml", "shell": ".sh", "readme": "README.md",
    "properties": ".properties", "k8s_secret": "k8s.yaml", "analytics_ts": "analytics.ts",
    "index_html": "index.html", "document_tsx": "_document.tsx", "info_plist": "Info.plist",
    "android_manifest": "AndroidManifest.xml", "strings_xml": "strings.xml", "google_ads_yaml": "google-ads.yaml",
    "dbt_profiles": "profiles.yml", "sa_json": "service-account.json", "airflow": "airflow-dag.py",
    "gtm_server": "gtm-container.json", "segment_dest": "destinations.json", "rudder_ws": "workspaceConfig.json",
    "sops": "sops", "sealed": "sealedsecret.yaml", "kms_tf": ".tf", "payload": "fixture", "clicklog": "log",
    "testvector": ".py", "sa_external": "service-account.json", "sa_redacted": "service-account.json",
    "lockfile": "package-lock.json",
}

TITLES = {"ga4": "Google Analytics 4", "google_ads": "Google Ads", "facebook": "Meta", "tiktok": "TikTok",
          "snapchat": "Snap", "linkedin": "LinkedIn Ads", "bing_ads": "Microsoft Advertising", "amazon_ads": "Amazon Ads",
          "appsflyer": "AppsFlyer", "adjust": "Adjust", "branch": "Branch", "kochava": "Kochava", "singular": "Singular",
          "mixpanel": "Mixpanel", "amplitude": "Amplitude", "segment": "Segment", "rudderstack": "RudderStack",
          "posthog": "PostHog", "heap": "Heap", "fullstory": "FullStory", "braze": "Braze", "iterable": "Iterable",
          "customerio": "Customer.io", "onesignal": "OneSignal", "optimizely": "Optimizely", "launchdarkly": "LaunchDarkly",
          "statsig": "Statsig", "growthbook": "GrowthBook", "split": "Split", "klaviyo": "Klaviyo", "looker": "Looker",
          "tableau": "Tableau", "warehouse": "Warehouse", "bigquery": "BigQuery", "hotjar": "Hotjar",
          "clarity": "Microsoft Clarity"}

SPECIAL_FT = ("google_ads_yaml", "dbt_profiles", "sa_json", "gtm_server", "terraform_provider")
SPECIAL_PREF = ("google_ads_yaml", "dbt_profiles", "gtm_server", "terraform_provider", "segment_dest", "rudder_ws",
                "index_html", "strings_xml", "info_plist")


def _names(g, kind, generic):
    short, long = g.pick(kind.short), g.pick(kind.long)
    if generic:
        w = g.pick(kind.gen_names)
        short, long = w, w
    return short, long


def _companions(g, comps, avoid, pub_only=False, p=0.8):
    out = []
    for cs, cl, fn in comps:
        if cs in avoid or cl in avoid:
            continue
        if fn is None and pub_only:
            continue
        if g.r.random() < p:
            out.append(Ent(cs, cl, "env", "") if fn is None else Ent(cs, cl, "lit", fn(g), pub=True))
    return out


def build_positive(g, kind, ft):
    secret = kind.gen(g)
    generic = g.r.random() < 0.38 and ft not in SPECIAL_FT
    short, long = _names(g, kind, generic)
    tgt = Ent(short, long, "lit", secret, True)
    comps = _companions(g, kind.comps, (short, long), p=1.0 if ft in ("index_html", "gtm_server") else 0.8)
    entries = comps + [tgt] if g.r.random() < 0.4 else [tgt] + comps
    ctx = {"section": kind.section, "provider": TITLES.get(kind.section, kind.provider), "entries": entries,
           "kind": kind.kind, "pos": True, "ft": ft, "positional": g.r.random() < 0.5}
    path, lines = RENDER[ft](g, ctx)
    positional = ft == "py_script" and ctx["positional"]
    return path, lines, secret, generic or positional


def sibling_kinds(section):
    return [k for k in KINDS if k.section == section]


UNIVERSAL_PH = ["<your-{k}>", "YOUR_{K}", "changeme", "", "REPLACE_ME", "<{k}>", "TODO", "xxxxxxxxxxxxxxxx",
                "<redacted>", "${{{K}}}", "{{{{ {k} }}}}", "..."]


def placeholder(g, kind, short):
    k, K = nm(short, "kebab"), nm(short, "UPPER")
    if kind.ph and g.r.random() < 0.55:
        return g.pick(kind.ph)
    return g.pick(UNIVERSAL_PH).format(k=k, K=K)


def masked(g, kind):
    s = kind.gen(g)
    pre = kind.mask_prefix
    c = g.r.randint(0, 4)
    if c == 0:
        return pre + "****" + s[-4:]
    if c == 1:
        return s[:max(len(pre), 4)] + "\u2026" + s[-3:]
    if c == 2:
        return "\u2022" * 12 + s[-4:]
    if c == 3:
        return pre + "*" * min(24, max(8, len(s) - len(pre) - 4)) + s[-4:]
    return "[REDACTED:%s]" % kind.kind


def build_neg_secret_slot(g, kind, mode, ft):
    """Same slot and names as a positive, but an env ref / placeholder / masked value."""
    generic = g.r.random() < 0.34 and ft not in SPECIAL_FT
    short, long = _names(g, kind, generic)
    if mode == "envref":
        tgt = Ent(short, long, "env", "", True)
    elif mode == "placeholder":
        tgt = Ent(short, long, "lit", placeholder(g, kind, short), True)
    else:
        tgt = Ent(short, long, "lit", masked(g, kind), True)
    comps = _companions(g, kind.comps, (short, long))
    entries = [tgt] + comps if g.r.random() < 0.6 else comps + [tgt]
    if ft == "sa_json" and tgt.mode == "env":
        return r_sa_redacted(g, {"section": kind.section, "entries": entries})
    ctx = {"section": kind.section, "provider": TITLES.get(kind.section, kind.provider), "entries": entries,
           "kind": kind.kind, "pos": False, "neg": True, "ft": ft, "positional": False}
    return RENDER[ft](g, ctx)


def build_neg_public(g, spec, ft):
    provider, kname, section, shorts, longs, fn, fts = spec
    ent = Ent(g.pick(shorts), g.pick(longs), "lit", fn(g), True, pub=True)
    entries = [ent]
    # another public id of the same vendor family, and for server configs a secret sibling as env ref
    others = [p for p in PUBLIC if p[2] == section and p is not spec and ft in p[6]]
    if others and g.r.random() < 0.5:
        o = g.pick(others)
        e2 = Ent(g.pick(o[3]), g.pick(o[4]), "lit", o[5](g), pub=True)
        if e2.short != ent.short and e2.long != ent.long:
            entries.append(e2)
    if ft in SERVER_FT and g.r.random() < 0.6:
        sib = sibling_kinds(section)
        if sib:
            k = g.pick(sib)
            s, l = g.pick(k.short), g.pick(k.long)
            if s != ent.short and l != ent.long:
                entries.append(Ent(s, l, "env", ""))
    if ft in ("google_ads_yaml",):
        entries = [Ent(W("login customer id"), W("login customer id"), "lit", pub_gads_cid_plain(g))] if kname == "customer_id" else entries
    ctx = {"section": section, "provider": TITLES.get(section, provider), "entries": entries, "kind": kname,
           "pos": False, "neg": True, "ft": ft, "positional": False}
    return RENDER[ft](g, ctx)


def pick_ft(g, fts, counts, special=()):
    special = [f for f in special if f in fts]
    if special and g.r.random() < 0.4:
        return g.pick(special)
    # prefer less-used file types to widen coverage
    cand = g.r.sample(fts, min(3, len(fts)))
    return min(cand, key=lambda f: counts.get(f, 0) + g.r.random())


# ----------------------------------------------------------------------------------------
# Main.
# ----------------------------------------------------------------------------------------

N_POS = 500
N_NEG = 500
NEG_PLAN = [("public", 188), ("envref", 70), ("placeholder", 60), ("masked", 40), ("cipher", 45), ("payload", 35),
            ("clicklog", 22), ("testvector", 12), ("sa_external", 10), ("sa_redacted", 10), ("lockfile", 8)]


def plan_kinds(g, n, min_each=6):
    plan = []
    for k in KINDS:
        plan += [k] * min_each
    weights = [k.weight for k in KINDS]
    while len(plan) < n:
        plan.append(g.r.choices(KINDS, weights=weights)[0])
    g.r.shuffle(plan)
    return plan[:n]


def write_file(outdir, rel, lines):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_ax.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    g = G(random.Random(seed))
    manifest, secrets = [], []
    ft_counts = {}
    generic_count = 0

    for i, kind in enumerate(plan_kinds(g, N_POS)):
        ft = pick_ft(g, kind.fts, ft_counts, SPECIAL_PREF)
        ft_counts[ft] = ft_counts.get(ft, 0) + 1
        path, lines, secret, generic = build_positive(g, kind, ft)
        generic_count += bool(generic)
        rel = "pos/p%04d/%s" % (i + 1, path)
        write_file(outdir, rel, lines)
        line_no = next(n for n, l in enumerate(lines, 1) if secret in l)
        manifest.append({"file": rel, "label": "positive", "provider": kind.provider, "kind": kind.kind,
                         "filetype": FT_LABEL[ft]})
        secrets.append({"file": rel, "needle": secret, "line": line_no})

    neg_modes = []
    for m, c in NEG_PLAN:
        neg_modes += [m] * c
    g.r.shuffle(neg_modes)
    nft_counts = {}
    slot_kinds = [k for k in KINDS if k.kind != "bigquery_service_account_key"]
    for i, mode in enumerate(neg_modes):
        provider, kname = None, None
        if mode == "public":
            spec = g.pick(PUBLIC)
            ft = pick_ft(g, spec[6], nft_counts)
            path, lines = build_neg_public(g, spec, ft)
            provider, kname = spec[0], spec[1] + ":public"
        elif mode in ("envref", "placeholder", "masked"):
            kind = g.pick(slot_kinds + ([k for k in KINDS if k.kind == "bigquery_service_account_key"] if mode == "envref" else []))
            fts = kind.fts if mode != "envref" or kind.kind != "bigquery_service_account_key" else ["dbt_profiles"]
            ft = pick_ft(g, fts, nft_counts, SPECIAL_PREF)
            path, lines = build_neg_secret_slot(g, kind, mode, ft)
            provider, kname = kind.provider, kind.kind + ":" + mode
        elif mode == "cipher":
            kind = g.pick(slot_kinds)
            ft = g.pick(["sops", "sops", "sealed", "kms_tf"])
            ents = [Ent(g.pick(kind.short), g.pick(kind.long), "lit", "x" * len(kind.gen(g)), True)]
            for cs, cl, fn in kind.comps:
                if fn is None:
                    ents.append(Ent(cs, cl, "lit", "x" * 32))
            path, lines = NEG_RENDER[ft](g, {"section": kind.section, "entries": ents})
            provider, kname = kind.provider, kind.kind + ":ciphertext"
        else:
            ft = mode
            path, lines = NEG_RENDER[mode](g, {"section": g.pick(["facebook", "ga4", "tiktok", "mixpanel", "segment"]), "entries": []})
            provider = {"payload": "capi", "clicklog": "click_ids", "testvector": "jwt", "sa_external": "gcp",
                        "sa_redacted": "gcp", "lockfile": "npm"}[mode]
            kname = {"payload": "hashed_identifiers", "clicklog": "click_ids_in_urls", "testvector": "jwt_io_sample",
                     "sa_external": "workload_identity_config", "sa_redacted": "redacted_service_account",
                     "lockfile": "integrity_hashes"}[mode]
        nft_counts[ft] = nft_counts.get(ft, 0) + 1
        rel = "neg/n%04d/%s" % (i + 1, path)
        write_file(outdir, rel, lines)
        manifest.append({"file": rel, "label": "negative", "provider": provider, "kind": kname,
                         "filetype": FT_LABEL[ft]})

    with open(os.path.join(outdir, "manifest.jsonl"), "w") as fh:
        for row in manifest:
            fh.write(json.dumps(row) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as fh:
        for row in secrets:
            fh.write(json.dumps(row) + "\n")
    return self_check(outdir, manifest, secrets, generic_count)


def self_check(outdir, manifest, secrets, generic_count):
    errors = []
    needles = [s["needle"] for s in secrets]
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        if s["needle"] not in lines[s["line"] - 1]:
            errors.append("needle not on stated line: %s" % s["file"])
    for row in manifest:
        with open(os.path.join(outdir, row["file"]), encoding="utf-8") as fh:
            text = fh.read()
        n = text.count("\n")
        if not 5 <= n <= 80:
            errors.append("line count %d out of range: %s" % (n, row["file"]))
        if row["label"] == "negative":
            for nd in needles:
                if nd in text:
                    errors.append("negative %s contains a positive needle" % row["file"])
    for label in ("positive", "negative"):
        rows = [r for r in manifest if r["label"] == label]
        print("== %s: %d files" % (label, len(rows)))
        for field in ("provider", "kind", "filetype"):
            c = {}
            for r in rows:
                c[r[field]] = c.get(r[field], 0) + 1
            print("  %s (%d distinct): %s" % (field, len(c), ", ".join("%s=%d" % kv for kv in sorted(c.items(), key=lambda kv: -kv[1]))))
    pairs = {(r["provider"], r["kind"]) for r in manifest if r["label"] == "positive"}
    print("positive provider/kind pairs: %d; generic-named or positional positives: %d" % (len(pairs), generic_count))
    if errors:
        print("SELF-CHECK FAILED (%d):" % len(errors))
        for e in errors[:30]:
            print("  " + e)
        return 1
    print("self-check OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
