#!/usr/bin/env python3
"""Blind evaluation-set generator "an" for a git pre-commit secret scanner.

EMPHASIS
    Frontend and JavaScript-ecosystem projects: Next.js, Vite, Nuxt, SvelteKit,
    Remix, Astro, Expo / React Native web, browser extensions, static sites.
    Keys that providers document as PUBLIC (Stripe/Clerk publishable keys,
    Supabase anon JWT / sb_publishable_, Firebase web apiKey, Algolia
    search-only keys, Mapbox pk.*, Sentry DSNs, PostHog phc_, Segment write
    keys, captcha site keys, LaunchDarkly client-side ids, Statsig client keys,
    referrer-restricted Google Maps browser keys ...) sit right beside the
    server-side secrets that must never ship in a bundle.  Positives are the
    server-side secrets (sometimes misused in client code: VITE_/NEXT_PUBLIC_
    prefixed OpenAI keys etc.); negatives are the public keys, ids, env
    references, placeholders, masked values, digests, ciphertext and test
    vectors that careful developers do commit in the same files.

USAGE
    python3 gen_an.py OUTDIR SEED
    Deterministic per SEED (only random.Random(SEED) is used).  Writes
      OUTDIR/pos/pNNNN/<relative path>   500 files, one credential each
      OUTDIR/neg/nNNNN/<relative path>   500 files, one innocent look-alike each
      OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
      OUTDIR/secrets.jsonl   {"file","needle","line"} for positives
    and runs a self-check (needle on stated line, no positive needle inside
    any negative file), printing counts of providers, kinds and file types.

NEEDLE CONVENTIONS
    * needle = the secret substring exactly as written in the file (no quotes).
    * Connection strings (Neon, Postgres with a human password): the needle is
      the PASSWORD only, not the whole URL.
    * Ably keys: the whole "appId.keyId:secret" string (it is what the
      dashboard hands out and what the SDK takes).
    * Firebase/Google service-account private keys: the needle is the PEM body
      line as written, i.e. for JSON / .env one physical line containing
      "-----BEGIN PRIVATE KEY-----\\nMII...\\n-----END PRIVATE KEY-----\\n"
      with literal backslash-n escapes (needle spans BEGIN..END markers).
    * Mozilla AMO: the needle is the JWT secret (64 hex); the issuer
      "user:NNN:NN" next to it is not secret.
    * line is 1-based; if the needle occurs on several lines only the first
      is reported (the generator avoids this).

DOUBTS (formats I am not sure about)
    * Supabase sb_secret_/sb_publishable_: docs only show "sb_secret_...".
      I generate 22 base62/base64url chars + "_" + 8-char tail (~41 chars) from
      memory of real-looking examples; the exact body length/checksum is unknown.
    * Vercel: the changelog confirms vcp_/vci_/vca_/vcr_/vck_ prefixes but not
      the body length; I use 56 base62 chars.  Legacy tokens are 24 base62.
    * Netlify: "nfp_" + 36 chars = 40 total per Netlify's announcement;
      alphabet assumed base62.  Legacy tokens modelled as 43 base64url chars.
    * Clerk secret keys: body modelled as 42 base62 chars; publishable keys as
      base64("<frontend-api-host>$") which I am fairly confident about.
    * Svix/Clerk webhook secrets: whsec_ + base64 of 24 bytes (32 chars).
    * Sanity tokens: "sk" + ~180 base62 chars (length varies, from memory).
    * Storyblok: access tokens 22 base62 + "tt"; management/personal tokens
      "<22 chars>tt-<userid>-<20 chars>" -- from memory, unverified.
    * Prismic permanent tokens: base64url("0.<16-char id>") + "." + base64url
      of mixed bytes -- modelled on the "MC5Z....77-9" look, unverified.
    * DatoCMS: full-access API token modelled as 30 hex chars -- unsure.
    * Loops API key: 32 hex -- unsure.  Expo access tokens: 40 chars base62
      with "_"/"-" -- unsure.  Segment Public API token: "sgp_" + 64 base62 --
      prefix fairly sure, length unsure.  Liveblocks sk_prod_: 64 base64url --
      length unsure.  Turnstile secret: "0x4AAAAAAA" + 25 chars, site key
      "0x4AAAAAAA" + 14 chars -- lengths unsure.
    * Upstash REST tokens: base64 of bytes + uuid + hex (gives the "AYQgASQg"
      look of real tokens) -- internal structure guessed.
    * Convex deploy keys: "prod:<adj>-<animal>-<n>|" + base64(JSON{"v2":hex}).
      The body structure is guessed; prefix/pipe are as documented.
    * Stripe modern keys: sk_live_51 + 97 base62 (107 total); older 24-char
      bodies are also generated.  No checksum is known for Stripe.
    * PostHog phx_/phc_ body: 43 base62 chars -- unsure of exact length.
    * Anthropic sk-ant-api03-: 93 base64url + "AA"; OpenAI sk-proj-: 74 +
      "T3BlbkFJ" + 74 base64url -- close to real, not verified.
    * Stripe PaymentIntent "client_secret" (pi_..._secret_...) in a webhook
      fixture is used as a negative: Stripe documents it as meant to be
      handed to the browser, but its name is a secret-ish slot.
    * Google Maps/Firebase/Expo Android keys (AIza...) are public only when
      restricted; I label them by slot (browser/web config = negative,
      server geocoding slot = positive), as the brief asks.
    * The Google reCAPTCHA v2 public TEST keys are not used (I do not remember
      them exactly); Cloudflare Turnstile dummy keys (1x0000...AA) are used as
      test-vector negatives.  The Stripe docs example key sk_test_4eC39Hq...
      is used (rarely) as a documented-example negative; a scanner flagging it
      is arguably defensible, so it is kept rare.
"""
import base64
import hashlib
import hmac
import json
import os
import random
import string
import sys
import urllib.parse
import zlib
from collections import Counter

B62 = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64URL = B62 + "-_"
B64STD = B62 + "+/"

WORDS_ADJ = ["happy", "quiet", "brave", "gentle", "wandering", "silent", "rapid",
             "tidy", "sleepy", "fearless", "ancient", "little", "frosty",
             "polite", "clever", "steady", "curious", "shiny", "grateful", "mellow"]
WORDS_NOUN = ["otter", "jaguar", "falcon", "lemur", "badger", "heron", "panda",
              "moose", "walrus", "gecko", "hornet", "bison", "marten", "ibis",
              "orca", "puffin", "quokka", "tapir", "yak", "zebra"]
ORGS = ["acme", "northwind", "lumen-labs", "brightpath", "pixelforge", "tandem",
        "harbor-io", "kitebase", "orbital", "mosaic-app", "fernhill", "quillstack",
        "bluejay", "cobalt-studio", "driftwood", "sundial", "papertrail-co",
        "verdant", "tinyshop", "glasshouse"]
APPS = ["storefront", "dashboard", "web", "marketing-site", "docs", "portal",
        "checkout", "admin", "landing", "blog", "app", "console", "studio",
        "booking", "editor"]
TLDS = ["com", "io", "dev", "app", "co"]


class G:
    """Holds the seeded RNG and all random value helpers."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    # ---------- primitives ----------
    def s(self, alphabet, n):
        """Random string; rejects runs of 4+ identical or sequential chars."""
        r = self.r
        while True:
            out = "".join(r.choice(alphabet) for _ in range(n))
            if not _looks_sequential(out):
                return out

    def b62(self, n):
        return self.s(B62, n)

    def hex(self, n):
        return self.s(HEX, n)

    def b64u(self, n):
        return self.s(B64URL, n)

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def choice(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def randint(self, a, b):
        return self.r.randint(a, b)

    def org(self):
        return self.choice(ORGS)

    def app(self):
        return self.choice(APPS)

    def domain(self):
        return f"{self.org().replace('-', '')}.{self.choice(TLDS)}"

    def slug2(self):
        return f"{self.choice(WORDS_ADJ)}-{self.choice(WORDS_NOUN)}"

    def bytes_(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def iat(self):
        return self.randint(1_640_000_000, 1_760_000_000)


def _looks_sequential(s):
    run = 1
    for a, b in zip(s, s[1:]):
        if b == a or ord(b) == ord(a) + 1:
            run += 1
            if run >= 4:
                return True
        else:
            run = 1
    low = s.lower()
    for bad in ("abcd", "1234", "xxxx", "test", "pass", "secret", "token", "key"):
        if bad in low:
            return True
    return False


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt_hs256(header, payload, key):
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    sig = hmac.new(key, f"{h}.{p}".encode(), hashlib.sha256).digest()
    return f"{h}.{p}.{b64url_nopad(sig)}"


def jwt_opaque_sig(g, header, payload, sig_bytes):
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return f"{h}.{p}.{b64url_nopad(g.bytes_(sig_bytes))}"


def base62_encode(n, width):
    out = ""
    while n:
        n, rem = divmod(n, 62)
        out = (string.digits + string.ascii_uppercase + string.ascii_lowercase)[rem] + out
    return out.rjust(width, "0")


def crc_token(g, prefix):
    """GitHub / npm style: 30 random base62 + base62(CRC32(random part)) padded to 6."""
    body = g.b62(30)
    return prefix + body + base62_encode(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


# =====================================================================
# Secret generators (positives)
# =====================================================================

def stripe_body(g):
    return "51" + g.b62(97) if g.chance(0.7) else g.b62(24)


def pem_pkcs8_escaped(g):
    """Single-line PEM (JSON/.env style with literal \\n), PKCS#8 RSA-2048 look."""
    head = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"
    body = head + g.s(B64STD, 1568)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    lines[-1] = lines[-1][:-2] + "=="
    return "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----\\n"


def supabase_ref(g):
    return g.s(string.ascii_lowercase, 20)


def supabase_jwt(g, role, ref=None):
    ref = ref or supabase_ref(g)
    iat = g.iat()
    return jwt_hs256({"alg": "HS256", "typ": "JWT"},
                     {"iss": "supabase", "ref": ref, "role": role, "iat": iat,
                      "exp": iat + 10 * 365 * 86400}, g.bytes_(32))


def sb_new(g, kind):
    return f"sb_{kind}_" + g.b64u(22) + "_" + g.b62(8)


def mapbox_token(g, prefix):
    user = g.org().replace("-", "") + g.choice(["", "dev", "maps", str(g.randint(1, 99))])
    payload = json.dumps({"u": user, "a": "cl" + g.s(LOWER_ALNUM, 23)}, separators=(",", ":"))
    return f"{prefix}.{b64url_nopad(payload.encode())}.{g.b64u(22)}"


def sentry_org_token(g):
    org = g.org()
    payload = {"iat": float(g.iat()) + round(g.r.random(), 6), "url": "https://sentry.io",
               "region_url": g.choice(["https://us.sentry.io", "https://de.sentry.io"]),
               "org": org}
    return "sntrys_" + b64url_nopad(json.dumps(payload, separators=(",", ":")).encode()) + "_" + g.s(B64STD, 43)


def prismic_token(g):
    p1 = b64url_nopad(("0." + g.s(B62 + "_-", 16)).encode())
    raw = bytearray()
    for _ in range(g.randint(12, 18)):
        if g.chance(0.45):
            raw += b"\xef\xbf\xbd"
        else:
            raw += g.s(B62 + "-_:", 1).encode()
    return p1 + "." + b64url_nopad(bytes(raw))


def upstash_token(g):
    raw = bytes([0x01, g.choice([0x84, 0x94, 0x7c, 0x55]), 0x20, 0x01, 0x24, 0x20]) + g.uuid().encode() + g.hex(32).encode()
    return base64.b64encode(raw).decode()


def turso_token(g):
    iat = g.iat()
    payload = {"a": g.choice(["rw", "ro"]) if g.chance(0.5) else "rw", "iat": iat,
               "id": g.uuid()}
    if g.chance(0.4):
        payload["exp"] = iat + 90 * 86400
    return jwt_opaque_sig(g, {"alg": "EdDSA", "typ": "JWT"}, payload, 64)


def auth0_mgmt_token(g, tenant):
    iat = g.iat()
    payload = {"iss": f"https://{tenant}.us.auth0.com/", "sub": g.b62(32) + "@clients",
               "aud": f"https://{tenant}.us.auth0.com/api/v2/", "iat": iat, "exp": iat + 86400,
               "scope": "read:users update:users read:clients", "gty": "client-credentials",
               "azp": g.b62(32)}
    return jwt_opaque_sig(g, {"alg": "RS256", "typ": "JWT", "kid": g.b64u(22)}, payload, 256)


def convex_key(g):
    dep = f"{g.slug2()}-{g.randint(100, 999)}"
    body = base64.b64encode(json.dumps({"v2": g.hex(64)}, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{g.choice(['prod', 'prod', 'preview'])}:{dep}|{body}"


def ably_key(g):
    return f"{g.b62(6)}.{g.s(B64URL, 6)}:{g.s(B62 + '_-', 43)}"


def neon_password(g):
    return "npg_" + g.b62(12) if g.chance(0.6) else g.b62(12)


def openai_key(g):
    if g.chance(0.75):
        return "sk-proj-" + g.b64u(74) + "T3BlbkFJ" + g.b64u(74)
    if g.chance(0.5):
        return "sk-svcacct-" + g.b64u(74) + "T3BlbkFJ" + g.b64u(74)
    return "sk-" + g.b62(20) + "T3BlbkFJ" + g.b62(20)


def google_key(g):
    return "AIza" + g.s(B64URL, 35)


def recaptcha_key(g):
    return "6L" + g.choice("cdef") + g.s(B62, 5) + "AAAAA" + g.s(B64URL, 27)


HUMAN_PW_PARTS = [("Marek", ".1988winter"), ("Tr0ub4dor", "&3"), ("Kasia", "_Gdansk07!"),
                  ("bluefin", "Tuna!42"), ("Oliwia", "#2015lato"), ("summerTime", "@Lisbon19"),
                  ("Pepper", "dog2012!"), ("Hannover", "96$ultras"), ("jazzHands", "%77"),
                  ("Mariposa", ".azul23"), ("Leeds", "United#1919x"), ("corgi", "Loaf&Biscuit9")]


def human_password(g):
    a, b = g.choice(HUMAN_PW_PARTS)
    c, d = g.choice(HUMAN_PW_PARTS)
    forms = [a + b, c.capitalize() + str(g.randint(10, 99)) + g.choice("!?.#$") + a.lower(),
             a + g.choice(["_", ".", "-"]) + c.lower() + str(g.randint(1970, 2019))]
    return g.choice(forms)


def auth_secret_value(g):
    return g.choice([
        lambda: base64.b64encode(g.bytes_(32)).decode(),
        lambda: g.hex(64),
        lambda: b64url_nopad(g.bytes_(32)),
    ])()


def iron_password(g):
    return g.choice([lambda: g.b62(g.randint(32, 48)), lambda: base64.b64encode(g.bytes_(32)).decode(),
                     lambda: g.s(B62 + "!#%&*+-.", 40)])()


def vercel_token(g):
    return g.choice(["vcp_", "vcp_", "vci_"]) + g.b62(56) if g.chance(0.5) else g.b62(24)


def netlify_token(g):
    return ("nfp_" + g.b62(36)) if g.chance(0.6) else g.b64u(43)


def storyblok_mgmt(g):
    return f"{g.b62(22)}tt-{g.randint(100000, 999999)}-{g.b64u(20)}"


def amo_issuer(g):
    return f"user:{g.randint(10000000, 19999999)}:{g.randint(100, 999)}"


# (provider, kind) -> generator
SECRET_GEN = {
    ("stripe", "secret_key"): lambda g: "sk_live_" + stripe_body(g),
    ("stripe", "restricted_key"): lambda g: "rk_live_" + stripe_body(g),
    ("stripe", "webhook_secret"): lambda g: "whsec_" + g.b62(32),
    ("clerk", "secret_key"): lambda g: g.choice(["sk_live_", "sk_test_"]) + g.b62(42),
    ("clerk", "webhook_secret"): lambda g: "whsec_" + base64.b64encode(g.bytes_(24)).decode(),
    ("supabase", "service_role_jwt"): lambda g: supabase_jwt(g, "service_role"),
    ("supabase", "secret_key"): lambda g: sb_new(g, "secret"),
    ("firebase", "service_account_private_key"): pem_pkcs8_escaped,
    ("algolia", "admin_api_key"): lambda g: g.hex(32),
    ("mapbox", "secret_token"): lambda g: mapbox_token(g, "sk"),
    ("sentry", "org_auth_token"): sentry_org_token,
    ("sentry", "user_auth_token"): lambda g: "sntryu_" + g.hex(64),
    ("vercel", "access_token"): vercel_token,
    ("netlify", "access_token"): netlify_token,
    ("contentful", "management_token"): lambda g: "CFPAT-" + g.b64u(43),
    ("contentful", "delivery_token"): lambda g: g.b64u(43),
    ("sanity", "write_token"): lambda g: "sk" + g.b62(g.randint(178, 182)),
    ("storyblok", "preview_token"): lambda g: g.b62(22) + "tt",
    ("storyblok", "management_token"): storyblok_mgmt,
    ("prismic", "access_token"): prismic_token,
    ("datocms", "full_access_token"): lambda g: g.hex(30),
    ("shopify", "admin_access_token"): lambda g: "shpat_" + g.hex(32),
    ("shopify", "app_shared_secret"): lambda g: "shpss_" + g.hex(32),
    ("shopify", "private_storefront_token"): lambda g: "shpsa_" + g.hex(32) if g.chance(0.3) else g.hex(32),
    ("auth0", "client_secret"): lambda g: g.b64u(64),
    ("auth0", "management_api_token"): lambda g: auth0_mgmt_token(g, g.org().replace("-", "") + g.choice(["", "-prod", "-eu"])),
    ("authjs", "auth_secret"): auth_secret_value,
    ("better_auth", "secret"): auth_secret_value,
    ("lucia", "session_secret"): lambda g: g.hex(64),
    ("iron_session", "password"): iron_password,
    ("upstash", "redis_rest_token"): upstash_token,
    ("planetscale", "password"): lambda g: "pscale_pw_" + g.b64u(43),
    ("planetscale", "service_token"): lambda g: "pscale_tkn_" + g.b64u(43),
    ("neon", "database_password"): neon_password,
    ("turso", "auth_token"): turso_token,
    ("convex", "deploy_key"): convex_key,
    ("liveblocks", "secret_key"): lambda g: g.choice(["sk_prod_", "sk_prod_", "sk_dev_"]) + g.b64u(64),
    ("pusher", "app_secret"): lambda g: g.hex(20),
    ("ably", "api_key"): ably_key,
    ("resend", "api_key"): lambda g: "re_" + g.b62(8) + "_" + g.b62(24),
    ("postmark", "server_token"): lambda g: g.uuid(),
    ("sendgrid", "api_key"): lambda g: "SG." + g.b64u(22) + "." + g.b64u(43),
    ("loops", "api_key"): lambda g: g.hex(32),
    ("openai", "api_key"): openai_key,
    ("anthropic", "api_key"): lambda g: "sk-ant-api03-" + g.b64u(93) + "AA",
    ("google_maps", "server_api_key"): google_key,
    ("recaptcha", "secret_key"): recaptcha_key,
    ("turnstile", "secret_key"): lambda g: "0x4AAAAAAA" + g.b64u(25),
    ("segment", "public_api_token"): lambda g: "sgp_" + g.b62(64),
    ("mixpanel", "api_secret"): lambda g: g.hex(32),
    ("launchdarkly", "sdk_key"): lambda g: "sdk-" + g.uuid(),
    ("launchdarkly", "api_access_token"): lambda g: "api-" + g.uuid(),
    ("statsig", "server_secret"): lambda g: "secret-" + g.b62(43),
    ("posthog", "personal_api_key"): lambda g: "phx_" + g.b62(43),
    ("chrome_webstore", "refresh_token"): lambda g: "1//0" + g.b64u(g.randint(98, 104)),
    ("chrome_webstore", "client_secret"): lambda g: "GOCSPX-" + g.b64u(28),
    ("mozilla_amo", "jwt_secret"): lambda g: g.hex(64),
    ("expo", "access_token"): lambda g: g.s(B62 + "_-", 40),
    ("npm", "access_token"): lambda g: crc_token(g, "npm_"),
    ("github", "personal_access_token"): lambda g: crc_token(g, "ghp_"),
    ("cloudflare", "api_token"): lambda g: g.b64u(40),
    ("dotenvx", "private_key"): lambda g: g.hex(64),
    ("postgres", "human_password"): human_password,
}


# =====================================================================
# Public (non-secret) value generators -- used as decoys and negatives
# =====================================================================

def clerk_pk(g):
    if g.chance(0.6):
        host = f"{g.slug2()}-{g.randint(10, 99)}.clerk.accounts.dev$"
        return "pk_test_" + base64.b64encode(host.encode()).decode().rstrip("=")
    host = f"clerk.{g.domain()}$"
    return "pk_live_" + base64.b64encode(host.encode()).decode().rstrip("=")


def sentry_dsn(g):
    return (f"https://{g.hex(32)}@o{g.randint(100000, 4509999)}.ingest."
            f"{g.choice(['', 'us.', 'de.'])}sentry.io/{g.randint(1000000, 4509999999)}")


def firebase_app_id(g, sender):
    return f"1:{sender}:web:{g.hex(22)}"


def google_oauth_client_id(g):
    return f"{g.randint(100000000000, 999999999999)}-{g.s(LOWER_ALNUM, 32)}.apps.googleusercontent.com"


def ext_id(g):
    return g.s("abcdefghijklmnop", 32)


PUBLIC_GEN = {
    ("stripe", "publishable_key"): lambda g: g.choice(["pk_live_", "pk_test_"]) + stripe_body(g),
    ("clerk", "publishable_key"): clerk_pk,
    ("supabase", "anon_jwt"): lambda g: supabase_jwt(g, "anon"),
    ("supabase", "publishable_key"): lambda g: sb_new(g, "publishable"),
    ("supabase", "project_url"): lambda g: f"https://{supabase_ref(g)}.supabase.co",
    ("firebase", "web_api_key"): google_key,
    ("algolia", "search_only_key"): lambda g: g.hex(32),
    ("algolia", "app_id"): lambda g: g.s(UPPER_ALNUM, 10),
    ("mapbox", "public_token"): lambda g: mapbox_token(g, "pk"),
    ("sentry", "dsn"): sentry_dsn,
    ("posthog", "project_key"): lambda g: "phc_" + g.b62(43),
    ("segment", "write_key"): lambda g: g.b62(32),
    ("recaptcha", "site_key"): recaptcha_key,
    ("turnstile", "site_key"): lambda g: "0x4AAAAAAA" + g.b64u(14),
    ("launchdarkly", "client_side_id"): lambda g: g.hex(24),
    ("statsig", "client_key"): lambda g: "client-" + g.b62(43),
    ("google_maps", "browser_key"): google_key,
    ("google_analytics", "measurement_id"): lambda g: "G-" + g.s(UPPER_ALNUM, 10),
    ("google_tag_manager", "container_id"): lambda g: "GTM-" + g.s(UPPER_ALNUM, 7),
    ("mixpanel", "project_token"): lambda g: g.hex(32),
    ("pusher", "app_key"): lambda g: g.hex(20),
    ("liveblocks", "public_key"): lambda g: g.choice(["pk_prod_", "pk_dev_"]) + g.b64u(64),
    ("storyblok", "public_token"): lambda g: g.b62(22) + "tt",
    ("shopify", "public_storefront_token"): lambda g: g.hex(32),
    ("auth0", "client_id"): lambda g: g.b62(32),
    ("contentful", "space_id"): lambda g: g.s(LOWER_ALNUM, 12),
    ("sanity", "project_id"): lambda g: g.s(LOWER_ALNUM, 8),
    ("expo", "project_id"): lambda g: g.uuid(),
    ("vercel", "project_id"): lambda g: "prj_" + g.b62(28),
    ("vercel", "team_id"): lambda g: "team_" + g.b62(24),
    ("chrome", "extension_id"): ext_id,
    ("google", "oauth_client_id"): google_oauth_client_id,
    ("mozilla_amo", "jwt_issuer"): amo_issuer,
    ("shopify", "store_domain"): lambda g: f"{g.org()}-{g.choice(['store', 'shop', 'dev'])}.myshopify.com",
    ("dotenvx", "public_key"): lambda g: g.choice(["02", "03"]) + g.hex(64),
    ("convex", "deployment_url"): lambda g: f"https://{g.slug2()}-{g.randint(100, 999)}.convex.cloud",
}


def pub(g, provider, kind):
    return PUBLIC_GEN[(provider, kind)](g)


# =====================================================================
# Positive kind metadata
#   names   : provider-named variable names (SCREAMING_SNAKE)
#   generic : names that do not name the provider
#   init    : (import line, statement template with {v}) for code files
#   decoys  : public neighbours [(NAME, (provider, kind))] -- NAME gets the
#             framework's public prefix (NEXT_PUBLIC_, VITE_, ...)
#   client  : True if it is plausible (though wrong) in client code
#   cli     : CLI usage template for package.json scripts / workflows
# =====================================================================

GEN_API = ["API_KEY", "SECRET_KEY", "AUTH", "SERVER_KEY", "ADMIN_KEY", "PRIVATE_API_KEY", "ACCESS_TOKEN", "TOKEN"]
GEN_WEBHOOK = ["WEBHOOK_SECRET", "SIGNING_SECRET", "HOOK_SECRET", "ENDPOINT_SECRET"]
GEN_DEPLOY = ["DEPLOY_TOKEN", "CI_TOKEN", "AUTH_TOKEN", "TOKEN", "RELEASE_TOKEN"]
GEN_SESSION = ["SESSION_SECRET", "COOKIE_SECRET", "SECRET", "JWT_SECRET", "ENCRYPTION_KEY"]
GEN_LLM = ["LLM_KEY", "AI_KEY", "MODEL_API_KEY", "API_KEY", "COMPLETIONS_KEY"]
GEN_DB = ["DB_TOKEN", "DATABASE_TOKEN", "DB_AUTH", "DB_PASSWORD"]


def K(provider, kind, names, generic, init=None, decoys=(), client=False, cli=None, weight=1.0):
    return dict(provider=provider, kind=kind, names=names, generic=generic, init=init,
                decoys=list(decoys), client=client, cli=cli, weight=weight)


POS_KINDS = [
    K("stripe", "secret_key", ["STRIPE_SECRET_KEY", "STRIPE_SK", "STRIPE_API_KEY"], GEN_API,
      ('import Stripe from "stripe";', 'const stripe = new Stripe({v}, { apiVersion: "2024-06-20" });'),
      [("STRIPE_PUBLISHABLE_KEY", ("stripe", "publishable_key"))], weight=1.6),
    K("stripe", "restricted_key", ["STRIPE_RESTRICTED_KEY", "STRIPE_RK", "STRIPE_READ_KEY"], GEN_API,
      ('import Stripe from "stripe";', 'const stripe = new Stripe({v});'),
      [("STRIPE_PUBLISHABLE_KEY", ("stripe", "publishable_key"))]),
    K("stripe", "webhook_secret", ["STRIPE_WEBHOOK_SECRET", "STRIPE_ENDPOINT_SECRET", "STRIPE_WHSEC"], GEN_WEBHOOK,
      ('import Stripe from "stripe";', 'const event = stripe.webhooks.constructEvent(body, sig, {v});'),
      [("STRIPE_PUBLISHABLE_KEY", ("stripe", "publishable_key"))], weight=1.3),
    K("clerk", "secret_key", ["CLERK_SECRET_KEY", "CLERK_API_KEY", "CLERK_SK"], GEN_API,
      ('import { createClerkClient } from "@clerk/backend";', 'const clerk = createClerkClient({ secretKey: {v} });'),
      [("CLERK_PUBLISHABLE_KEY", ("clerk", "publishable_key"))], weight=1.4),
    K("clerk", "webhook_secret", ["CLERK_WEBHOOK_SECRET", "CLERK_WEBHOOK_SIGNING_SECRET", "SVIX_SECRET"], GEN_WEBHOOK,
      ('import { Webhook } from "svix";', 'const wh = new Webhook({v});'),
      [("CLERK_PUBLISHABLE_KEY", ("clerk", "publishable_key"))]),
    K("supabase", "service_role_jwt", ["SUPABASE_SERVICE_ROLE_KEY", "SUPABASE_SERVICE_KEY", "SUPABASE_ADMIN_KEY"], GEN_API,
      ('import { createClient } from "@supabase/supabase-js";', 'const supabaseAdmin = createClient(SUPABASE_URL, {v}, { auth: { persistSession: false } });'),
      [("SUPABASE_URL", ("supabase", "project_url")), ("SUPABASE_ANON_KEY", ("supabase", "anon_jwt"))], weight=1.6),
    K("supabase", "secret_key", ["SUPABASE_SECRET_KEY", "SUPABASE_SECRET", "SB_SECRET_KEY"], GEN_API,
      ('import { createClient } from "@supabase/supabase-js";', 'const admin = createClient(SUPABASE_URL, {v});'),
      [("SUPABASE_URL", ("supabase", "project_url")), ("SUPABASE_PUBLISHABLE_KEY", ("supabase", "publishable_key"))]),
    K("firebase", "service_account_private_key", ["FIREBASE_PRIVATE_KEY", "FIREBASE_ADMIN_PRIVATE_KEY", "GOOGLE_PRIVATE_KEY"], ["PRIVATE_KEY", "ADMIN_PRIVATE_KEY", "SA_KEY"],
      ('import { cert, initializeApp } from "firebase-admin/app";', 'initializeApp({ credential: cert({ projectId, clientEmail, privateKey: {v} }) });'),
      [("FIREBASE_API_KEY", ("firebase", "web_api_key"))], weight=1.4),
    K("algolia", "admin_api_key", ["ALGOLIA_ADMIN_KEY", "ALGOLIA_ADMIN_API_KEY", "ALGOLIA_WRITE_KEY"], ["ADMIN_KEY", "INDEXING_KEY", "WRITE_API_KEY"],
      ('import { algoliasearch } from "algoliasearch";', 'const client = algoliasearch(ALGOLIA_APP_ID, {v});'),
      [("ALGOLIA_APP_ID", ("algolia", "app_id")), ("ALGOLIA_SEARCH_KEY", ("algolia", "search_only_key"))], weight=1.3),
    K("mapbox", "secret_token", ["MAPBOX_SECRET_TOKEN", "MAPBOX_DOWNLOADS_TOKEN", "MAPBOX_SK"], ["DOWNLOADS_TOKEN", "MAPS_SECRET", "TILES_UPLOAD_TOKEN"],
      ('import mbxUploads from "@mapbox/mapbox-sdk/services/uploads";', 'const uploads = mbxUploads({ accessToken: {v} });'),
      [("MAPBOX_TOKEN", ("mapbox", "public_token"))], cli='MAPBOX_DOWNLOADS_TOKEN={v} npx expo prebuild'),
    K("sentry", "org_auth_token", ["SENTRY_AUTH_TOKEN", "SENTRY_ORG_TOKEN"], GEN_DEPLOY,
      ('import { sentryVitePlugin } from "@sentry/vite-plugin";', 'sentryVitePlugin({ org: "acme", project: "web", authToken: {v} })'),
      [("SENTRY_DSN", ("sentry", "dsn"))], cli='sentry-cli sourcemaps upload --auth-token {v} ./dist', weight=1.3),
    K("sentry", "user_auth_token", ["SENTRY_AUTH_TOKEN", "SENTRY_USER_TOKEN", "SENTRY_API_TOKEN"], GEN_DEPLOY,
      (None, 'const res = await fetch("https://sentry.io/api/0/organizations/acme/releases/", { headers: { Authorization: `Bearer ${{v}}` } });'),
      [("SENTRY_DSN", ("sentry", "dsn"))], cli='sentry-cli --auth-token {v} releases finalize "$npm_package_version"'),
    K("vercel", "access_token", ["VERCEL_TOKEN", "VERCEL_ACCESS_TOKEN", "VERCEL_API_TOKEN"], GEN_DEPLOY,
      (None, 'const res = await fetch("https://api.vercel.com/v9/projects", { headers: { Authorization: `Bearer ${{v}}` } });'),
      [], cli='vercel deploy --prod --token {v}', weight=1.3),
    K("netlify", "access_token", ["NETLIFY_AUTH_TOKEN", "NETLIFY_TOKEN", "NETLIFY_ACCESS_TOKEN"], GEN_DEPLOY,
      (None, 'const res = await fetch("https://api.netlify.com/api/v1/sites", { headers: { Authorization: `Bearer ${{v}}` } });'),
      [], cli='netlify deploy --prod --dir=dist --auth {v}'),
    K("contentful", "management_token", ["CONTENTFUL_MANAGEMENT_TOKEN", "CONTENTFUL_CMA_TOKEN", "CONTENTFUL_PAT"], ["CMA_TOKEN", "MANAGEMENT_TOKEN", "CMS_WRITE_TOKEN"],
      ('import contentful from "contentful-management";', 'const client = contentful.createClient({ accessToken: {v} });'),
      [("CONTENTFUL_SPACE_ID", ("contentful", "space_id"))], cli='contentful space export --management-token {v} --space-id $SPACE'),
    K("contentful", "delivery_token", ["CONTENTFUL_ACCESS_TOKEN", "CONTENTFUL_DELIVERY_TOKEN", "CONTENTFUL_PREVIEW_TOKEN"], ["CMS_TOKEN", "CDA_TOKEN", "CONTENT_TOKEN"],
      ('import { createClient } from "contentful";', 'const client = createClient({ space: SPACE_ID, accessToken: {v} });'),
      [("CONTENTFUL_SPACE_ID", ("contentful", "space_id"))]),
    K("sanity", "write_token", ["SANITY_API_TOKEN", "SANITY_WRITE_TOKEN", "SANITY_API_WRITE_TOKEN"], ["CMS_WRITE_TOKEN", "WRITE_TOKEN", "STUDIO_TOKEN"],
      ('import { createClient } from "@sanity/client";', 'const client = createClient({ projectId, dataset: "production", apiVersion: "2024-05-01", token: {v}, useCdn: false });'),
      [("SANITY_PROJECT_ID", ("sanity", "project_id"))], weight=1.2),
    K("storyblok", "preview_token", ["STORYBLOK_PREVIEW_TOKEN", "STORYBLOK_API_TOKEN_PREVIEW", "STORYBLOK_DRAFT_TOKEN"], ["CMS_PREVIEW_TOKEN", "PREVIEW_TOKEN"],
      ('import { storyblokInit, apiPlugin } from "@storyblok/react/rsc";', 'storyblokInit({ accessToken: {v}, use: [apiPlugin] });'),
      [("STORYBLOK_PUBLIC_TOKEN", ("storyblok", "public_token"))]),
    K("storyblok", "management_token", ["STORYBLOK_MANAGEMENT_TOKEN", "STORYBLOK_OAUTH_TOKEN", "STORYBLOK_PAT"], ["MANAGEMENT_TOKEN", "CMS_ADMIN_TOKEN"],
      ('import StoryblokClient from "storyblok-js-client";', 'const mapi = new StoryblokClient({ oauthToken: {v} });'),
      [], cli='storyblok login --token {v} --region eu'),
    K("prismic", "access_token", ["PRISMIC_ACCESS_TOKEN", "PRISMIC_TOKEN", "PRISMIC_WRITE_TOKEN"], ["CMS_TOKEN", "REPO_TOKEN"],
      ('import * as prismic from "@prismicio/client";', 'const client = prismic.createClient("acme-site", { accessToken: {v} });'),
      []),
    K("datocms", "full_access_token", ["DATOCMS_API_TOKEN", "DATOCMS_FULL_ACCESS_TOKEN", "DATO_CMA_TOKEN"], ["CMS_API_TOKEN", "CMA_TOKEN"],
      ('import { buildClient } from "@datocms/cma-client-node";', 'const client = buildClient({ apiToken: {v} });'),
      [], cli='datocms migrations:run --api-token={v}'),
    K("shopify", "admin_access_token", ["SHOPIFY_ADMIN_ACCESS_TOKEN", "SHOPIFY_ADMIN_API_TOKEN", "SHOPIFY_ACCESS_TOKEN"], GEN_API,
      (None, 'const res = await fetch(`https://${SHOP}/admin/api/2024-07/graphql.json`, { method: "POST", headers: { "X-Shopify-Access-Token": {v} } });'),
      [("!SHOPIFY_STORE_DOMAIN", ("shopify", "store_domain"))], weight=1.3),
    K("shopify", "app_shared_secret", ["SHOPIFY_API_SECRET", "SHOPIFY_API_SECRET_KEY", "SHOPIFY_CLIENT_SECRET"], ["API_SECRET", "CLIENT_SECRET", "APP_SECRET"],
      ('import { shopifyApp } from "@shopify/shopify-app-remix/server";', 'const shopify = shopifyApp({ apiKey: process.env.SHOPIFY_API_KEY, apiSecretKey: {v} });'),
      []),
    K("shopify", "private_storefront_token", ["PRIVATE_STOREFRONT_API_TOKEN", "SHOPIFY_PRIVATE_STOREFRONT_TOKEN"], ["STOREFRONT_SECRET", "PRIVATE_TOKEN"],
      ('import { createStorefrontClient } from "@shopify/hydrogen";', 'const { storefront } = createStorefrontClient({ privateStorefrontToken: {v}, storeDomain });'),
      [("PUBLIC_STOREFRONT_API_TOKEN", ("shopify", "public_storefront_token"))]),
    K("auth0", "client_secret", ["AUTH0_CLIENT_SECRET", "AUTH0_SECRET_KEY"], ["CLIENT_SECRET", "OIDC_CLIENT_SECRET", "OAUTH_SECRET"],
      ('import { Auth0Client } from "@auth0/nextjs-auth0/server";', 'export const auth0 = new Auth0Client({ domain, clientId, clientSecret: {v} });'),
      [("AUTH0_CLIENT_ID", ("auth0", "client_id"))], weight=1.2),
    K("auth0", "management_api_token", ["AUTH0_MANAGEMENT_TOKEN", "AUTH0_MGMT_API_TOKEN", "AUTH0_API_TOKEN"], ["MGMT_TOKEN", "IDP_ADMIN_TOKEN"],
      ('import { ManagementClient } from "auth0";', 'const management = new ManagementClient({ domain, token: {v} });'),
      []),
    K("authjs", "auth_secret", ["AUTH_SECRET", "NEXTAUTH_SECRET"], GEN_SESSION,
      ('import NextAuth from "next-auth";', 'export const { handlers, auth } = NextAuth({ secret: {v}, providers: [GitHub] });'),
      [], weight=1.5),
    K("better_auth", "secret", ["BETTER_AUTH_SECRET"], GEN_SESSION,
      ('import { betterAuth } from "better-auth";', 'export const auth = betterAuth({ secret: {v}, emailAndPassword: { enabled: true } });'),
      []),
    K("lucia", "session_secret", ["LUCIA_SECRET", "LUCIA_SESSION_SECRET", "SESSION_HMAC_KEY"], GEN_SESSION,
      (None, 'const signer = createHmacSigner({v}); // signs session ids for the lucia cookie'),
      []),
    K("iron_session", "password", ["SECRET_COOKIE_PASSWORD", "IRON_SESSION_PASSWORD", "SESSION_PASSWORD"], GEN_SESSION,
      ('import { getIronSession } from "iron-session";', 'const session = await getIronSession(cookies(), { cookieName: "app_session", password: {v} });'),
      []),
    K("upstash", "redis_rest_token", ["UPSTASH_REDIS_REST_TOKEN", "KV_REST_API_TOKEN"], ["REDIS_TOKEN", "CACHE_TOKEN", "RATELIMIT_TOKEN"],
      ('import { Redis } from "@upstash/redis";', 'const redis = new Redis({ url: "https://eu1-{h}.upstash.io", token: {v} });'),
      [], weight=1.2),
    K("planetscale", "password", ["DATABASE_PASSWORD", "PLANETSCALE_PASSWORD", "PSCALE_PASSWORD"], GEN_DB,
      ('import { connect } from "@planetscale/database";', 'const conn = connect({ host: "aws.connect.psdb.cloud", username: "x1y2user", password: {v} });'),
      []),
    K("planetscale", "service_token", ["PLANETSCALE_SERVICE_TOKEN", "PSCALE_SERVICE_TOKEN"], GEN_DEPLOY,
      (None, 'const res = await fetch("https://api.planetscale.com/v1/organizations/acme/databases", { headers: { Authorization: `${TOKEN_ID}:${{v}}` } });'),
      [], cli='pscale deploy-request create app main --service-token {v} --service-token-id $PSCALE_TOKEN_ID'),
    K("neon", "database_password", ["DATABASE_URL", "POSTGRES_URL", "NEON_DATABASE_URL"], ["DB_URL", "PG_URL", "POOLED_URL"],
      ('import { neon } from "@neondatabase/serverless";', 'const sql = neon({v});'),
      [], weight=1.4),
    K("turso", "auth_token", ["TURSO_AUTH_TOKEN", "LIBSQL_AUTH_TOKEN", "TURSO_TOKEN"], GEN_DB,
      ('import { createClient } from "@libsql/client";', 'const db = createClient({ url: "libsql://app-acme.turso.io", authToken: {v} });'),
      []),
    K("convex", "deploy_key", ["CONVEX_DEPLOY_KEY"], GEN_DEPLOY,
      (None, 'execSync("npx convex deploy", { env: { ...process.env, CONVEX_DEPLOY_KEY: {v} } });'),
      [("CONVEX_URL", ("convex", "deployment_url"))], cli='CONVEX_DEPLOY_KEY={v} npx convex deploy --cmd "npm run build"'),
    K("liveblocks", "secret_key", ["LIVEBLOCKS_SECRET_KEY", "LIVEBLOCKS_SECRET"], GEN_API,
      ('import { Liveblocks } from "@liveblocks/node";', 'const liveblocks = new Liveblocks({ secret: {v} });'),
      [("LIVEBLOCKS_PUBLIC_KEY", ("liveblocks", "public_key"))]),
    K("pusher", "app_secret", ["PUSHER_SECRET", "PUSHER_APP_SECRET"], ["REALTIME_SECRET", "APP_SECRET"],
      ('import Pusher from "pusher";', 'const pusher = new Pusher({ appId: "1789234", key: PUSHER_KEY, secret: {v}, cluster: "eu", useTLS: true });'),
      [("PUSHER_KEY", ("pusher", "app_key"))]),
    K("ably", "api_key", ["ABLY_API_KEY", "ABLY_KEY", "ABLY_ROOT_KEY"], ["REALTIME_KEY", "API_KEY"],
      ('import * as Ably from "ably";', 'const ably = new Ably.Realtime({ key: {v} });'),
      [], client=True),
    K("resend", "api_key", ["RESEND_API_KEY", "RESEND_KEY"], ["EMAIL_API_KEY", "MAIL_KEY", "API_KEY"],
      ('import { Resend } from "resend";', 'const resend = new Resend({v});'),
      [], weight=1.3),
    K("postmark", "server_token", ["POSTMARK_SERVER_TOKEN", "POSTMARK_API_TOKEN", "POSTMARK_TOKEN"], ["EMAIL_TOKEN", "MAIL_SERVER_TOKEN"],
      ('import { ServerClient } from "postmark";', 'const client = new ServerClient({v});'),
      []),
    K("sendgrid", "api_key", ["SENDGRID_API_KEY", "SENDGRID_KEY"], ["EMAIL_API_KEY", "MAIL_KEY", "SMTP_PASSWORD"],
      ('import sgMail from "@sendgrid/mail";', 'sgMail.setApiKey({v});'),
      []),
    K("loops", "api_key", ["LOOPS_API_KEY", "LOOPS_KEY"], ["EMAIL_API_KEY", "NEWSLETTER_KEY"],
      ('import { LoopsClient } from "loops";', 'const loops = new LoopsClient({v});'),
      []),
    K("openai", "api_key", ["OPENAI_API_KEY", "OPENAI_KEY"], GEN_LLM,
      ('import OpenAI from "openai";', 'const openai = new OpenAI({ apiKey: {v}, dangerouslyAllowBrowser: true });'),
      [], client=True, weight=1.6),
    K("anthropic", "api_key", ["ANTHROPIC_API_KEY", "CLAUDE_API_KEY"], GEN_LLM,
      ('import Anthropic from "@anthropic-ai/sdk";', 'const anthropic = new Anthropic({ apiKey: {v}, dangerouslyAllowBrowser: true });'),
      [], client=True, weight=1.4),
    K("google_maps", "server_api_key", ["GOOGLE_MAPS_SERVER_KEY", "GOOGLE_GEOCODING_API_KEY", "GOOGLE_PLACES_API_KEY"], ["GEOCODER_KEY", "MAPS_SERVER_KEY", "PLACES_KEY"],
      (None, 'const res = await fetch(`https://maps.googleapis.com/maps/api/geocode/json?address=${encodeURIComponent(q)}&key=${{v}}`);'),
      [("GOOGLE_MAPS_KEY", ("google_maps", "browser_key"))], weight=1.2),
    K("recaptcha", "secret_key", ["RECAPTCHA_SECRET_KEY", "RECAPTCHA_SECRET"], ["CAPTCHA_SECRET", "BOT_CHECK_SECRET"],
      (None, 'const res = await fetch("https://www.google.com/recaptcha/api/siteverify", { method: "POST", body: new URLSearchParams({ secret: {v}, response: token }) });'),
      [("RECAPTCHA_SITE_KEY", ("recaptcha", "site_key"))]),
    K("turnstile", "secret_key", ["TURNSTILE_SECRET_KEY", "CF_TURNSTILE_SECRET", "TURNSTILE_SECRET"], ["CAPTCHA_SECRET", "CHALLENGE_SECRET"],
      (None, 'const res = await fetch("https://challenges.cloudflare.com/turnstile/v0/siteverify", { method: "POST", body: JSON.stringify({ secret: {v}, response: token }) });'),
      [("TURNSTILE_SITE_KEY", ("turnstile", "site_key"))]),
    K("segment", "public_api_token", ["SEGMENT_ACCESS_TOKEN", "SEGMENT_PUBLIC_API_TOKEN", "SEGMENT_API_TOKEN"], ["ANALYTICS_ADMIN_TOKEN", "CDP_TOKEN"],
      (None, 'const res = await fetch("https://api.segmentapis.com/sources", { headers: { Authorization: `Bearer ${{v}}` } });'),
      [("SEGMENT_WRITE_KEY", ("segment", "write_key"))]),
    K("mixpanel", "api_secret", ["MIXPANEL_API_SECRET", "MIXPANEL_SECRET"], ["ANALYTICS_SECRET", "EXPORT_SECRET"],
      (None, 'const auth = Buffer.from(`${{v}}:`).toString("base64"); // export API basic auth'),
      [("MIXPANEL_TOKEN", ("mixpanel", "project_token"))]),
    K("launchdarkly", "sdk_key", ["LAUNCHDARKLY_SDK_KEY", "LD_SDK_KEY"], ["FLAGS_SDK_KEY", "FEATURE_FLAG_KEY"],
      ('import { init } from "@launchdarkly/node-server-sdk";', 'const ldClient = init({v});'),
      [("LAUNCHDARKLY_CLIENT_ID", ("launchdarkly", "client_side_id"))]),
    K("launchdarkly", "api_access_token", ["LAUNCHDARKLY_ACCESS_TOKEN", "LD_API_TOKEN"], ["FLAGS_ADMIN_TOKEN"],
      (None, 'const res = await fetch("https://app.launchdarkly.com/api/v2/flags/default", { headers: { Authorization: {v} } });'),
      [("LAUNCHDARKLY_CLIENT_ID", ("launchdarkly", "client_side_id"))]),
    K("statsig", "server_secret", ["STATSIG_SERVER_SECRET", "STATSIG_SECRET_KEY", "STATSIG_SERVER_KEY"], ["FLAGS_SERVER_KEY", "EXPERIMENTS_SECRET"],
      ('import Statsig from "statsig-node";', 'await Statsig.initialize({v}, { environment: { tier: "production" } });'),
      [("STATSIG_CLIENT_KEY", ("statsig", "client_key"))]),
    K("posthog", "personal_api_key", ["POSTHOG_PERSONAL_API_KEY", "POSTHOG_API_KEY"], ["ANALYTICS_API_KEY", "PRODUCT_ANALYTICS_TOKEN"],
      ('import { PostHog } from "posthog-node";', 'const posthog = new PostHog(POSTHOG_KEY, { personalApiKey: {v}, featureFlagsPollingInterval: 30000 });'),
      [("POSTHOG_KEY", ("posthog", "project_key"))]),
    K("chrome_webstore", "refresh_token", ["CHROME_REFRESH_TOKEN", "CWS_REFRESH_TOKEN", "GOOGLE_REFRESH_TOKEN"], ["REFRESH_TOKEN", "STORE_REFRESH_TOKEN"],
      (None, 'const body = new URLSearchParams({ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, refresh_token: {v}, grant_type: "refresh_token" });'),
      [], cli='chrome-webstore-upload upload --source ext.zip --refresh-token {v}'),
    K("chrome_webstore", "client_secret", ["CHROME_CLIENT_SECRET", "CWS_CLIENT_SECRET", "GOOGLE_CLIENT_SECRET"], ["CLIENT_SECRET", "OAUTH_CLIENT_SECRET"],
      (None, 'const body = new URLSearchParams({ client_id: CLIENT_ID, client_secret: {v}, refresh_token: REFRESH_TOKEN, grant_type: "refresh_token" });'),
      [("GOOGLE_CLIENT_ID", ("google", "oauth_client_id"))], cli='chrome-webstore-upload upload --source ext.zip --client-secret {v}'),
    K("mozilla_amo", "jwt_secret", ["WEB_EXT_API_SECRET", "AMO_JWT_SECRET", "AMO_API_SECRET"], ["SIGNING_SECRET", "API_SECRET"],
      (None, 'await signAddon({ xpiPath, version, apiKey: AMO_ISSUER, apiSecret: {v} });'),
      [("!WEB_EXT_API_KEY", ("mozilla_amo", "jwt_issuer"))], cli='web-ext sign --channel=listed --api-key=$WEB_EXT_API_KEY --api-secret={v}'),
    K("expo", "access_token", ["EXPO_TOKEN", "EXPO_ACCESS_TOKEN", "EAS_TOKEN"], GEN_DEPLOY,
      (None, 'execSync("eas build --platform all --non-interactive", { env: { ...process.env, EXPO_TOKEN: {v} } });'),
      [], cli='EXPO_TOKEN={v} eas update --branch production --auto'),
    K("npm", "access_token", ["NPM_TOKEN", "NODE_AUTH_TOKEN", "NPM_AUTH_TOKEN"], GEN_DEPLOY,
      (None, 'fs.writeFileSync(".npmrc", `//registry.npmjs.org/:_authToken=${{v}}\\n`);'),
      [], cli='npm publish --access public --//registry.npmjs.org/:_authToken={v}'),
    K("github", "personal_access_token", ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PACKAGES_TOKEN"], GEN_DEPLOY,
      ('import { Octokit } from "@octokit/rest";', 'const octokit = new Octokit({ auth: {v} });'),
      []),
    K("cloudflare", "api_token", ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"], GEN_DEPLOY,
      (None, 'const res = await fetch(`https://api.cloudflare.com/client/v4/zones/${ZONE}/purge_cache`, { method: "POST", headers: { Authorization: `Bearer ${{v}}` } });'),
      [], cli='CLOUDFLARE_API_TOKEN={v} wrangler deploy'),
    K("dotenvx", "private_key", ["DOTENV_PRIVATE_KEY", "DOTENV_PRIVATE_KEY_PRODUCTION"], ["ENV_DECRYPTION_KEY"],
      None, [("!DOTENV_PUBLIC_KEY", ("dotenvx", "public_key"))], cli='DOTENV_PRIVATE_KEY_PRODUCTION={v} dotenvx run -- next build'),
    K("postgres", "human_password", ["DATABASE_URL", "POSTGRES_PRISMA_URL", "DIRECT_URL"], ["DB_URL", "PG_CONNECTION"],
      ('import { Pool } from "pg";', 'const pool = new Pool({ connectionString: {v} });'),
      []),
]


# =====================================================================
# Public kinds: names and client-side init templates (for negatives)
# =====================================================================

PUB_META = {
    ("stripe", "publishable_key"): (["STRIPE_PUBLISHABLE_KEY", "STRIPE_PK", "STRIPE_KEY"],
                                    ('import { loadStripe } from "@stripe/stripe-js";', 'const stripePromise = loadStripe({v});')),
    ("clerk", "publishable_key"): (["CLERK_PUBLISHABLE_KEY"],
                                  ('import { ClerkProvider } from "@clerk/clerk-react";', 'const clerkProps = { publishableKey: {v}, afterSignOutUrl: "/" };')),
    ("supabase", "anon_jwt"): (["SUPABASE_ANON_KEY", "SUPABASE_KEY"],
                               ('import { createClient } from "@supabase/supabase-js";', 'export const supabase = createClient(SUPABASE_URL, {v});')),
    ("supabase", "publishable_key"): (["SUPABASE_PUBLISHABLE_KEY", "SUPABASE_KEY"],
                                      ('import { createBrowserClient } from "@supabase/ssr";', 'export const supabase = createBrowserClient(SUPABASE_URL, {v});')),
    ("firebase", "web_api_key"): (["FIREBASE_API_KEY"],
                                  ('import { initializeApp } from "firebase/app";', 'const app = initializeApp({ apiKey: {v}, authDomain: `${PROJECT}.firebaseapp.com`, projectId: PROJECT });')),
    ("algolia", "search_only_key"): (["ALGOLIA_SEARCH_KEY", "ALGOLIA_SEARCH_API_KEY", "ALGOLIA_SEARCH_ONLY_KEY"],
                                     ('import { liteClient } from "algoliasearch/lite";', 'const searchClient = liteClient(ALGOLIA_APP_ID, {v});')),
    ("mapbox", "public_token"): (["MAPBOX_TOKEN", "MAPBOX_ACCESS_TOKEN", "MAPBOX_PUBLIC_TOKEN"],
                                 ('import mapboxgl from "mapbox-gl";', 'mapboxgl.accessToken = {v};')),
    ("sentry", "dsn"): (["SENTRY_DSN"],
                        ('import * as Sentry from "@sentry/nextjs";', 'Sentry.init({ dsn: {v}, tracesSampleRate: 0.1 });')),
    ("posthog", "project_key"): (["POSTHOG_KEY", "POSTHOG_PROJECT_API_KEY", "POSTHOG_API_KEY"],
                                 ('import posthog from "posthog-js";', 'posthog.init({v}, { api_host: "https://eu.i.posthog.com", person_profiles: "identified_only" });')),
    ("segment", "write_key"): (["SEGMENT_WRITE_KEY", "ANALYTICS_WRITE_KEY"],
                               ('import { AnalyticsBrowser } from "@segment/analytics-next";', 'export const analytics = AnalyticsBrowser.load({ writeKey: {v} });')),
    ("recaptcha", "site_key"): (["RECAPTCHA_SITE_KEY", "RECAPTCHA_KEY"],
                                ('import ReCAPTCHA from "react-google-recaptcha";', 'const captchaProps = { sitekey: {v}, size: "invisible" };')),
    ("turnstile", "site_key"): (["TURNSTILE_SITE_KEY", "CF_TURNSTILE_SITEKEY"],
                                ('import { Turnstile } from "@marsidev/react-turnstile";', 'const turnstileProps = { siteKey: {v}, options: { theme: "auto" } };')),
    ("launchdarkly", "client_side_id"): (["LAUNCHDARKLY_CLIENT_ID", "LD_CLIENT_SIDE_ID"],
                                         ('import { asyncWithLDProvider } from "launchdarkly-react-client-sdk";', 'const LDProvider = await asyncWithLDProvider({ clientSideID: {v} });')),
    ("statsig", "client_key"): (["STATSIG_CLIENT_KEY", "STATSIG_CLIENT_SDK_KEY"],
                                ('import { StatsigClient } from "@statsig/js-client";', 'const statsig = new StatsigClient({v}, { userID: user.id });')),
    ("google_maps", "browser_key"): (["GOOGLE_MAPS_KEY", "GOOGLE_MAPS_API_KEY", "MAPS_API_KEY"],
                                     ('import { APIProvider } from "@vis.gl/react-google-maps";', 'const mapsProps = { apiKey: {v}, libraries: ["places"] }; // referrer-restricted browser key')),
    ("google_analytics", "measurement_id"): (["GA_MEASUREMENT_ID", "GA_ID", "GOOGLE_ANALYTICS_ID"],
                                             (None, 'window.gtag("config", {v}, { send_page_view: false });')),
    ("google_tag_manager", "container_id"): (["GTM_ID", "GTM_CONTAINER_ID"],
                                             ('import { GoogleTagManager } from "@next/third-parties/google";', 'const gtmProps = { gtmId: {v} };')),
    ("mixpanel", "project_token"): (["MIXPANEL_TOKEN", "MIXPANEL_PROJECT_TOKEN"],
                                    ('import mixpanel from "mixpanel-browser";', 'mixpanel.init({v}, { track_pageview: true, persistence: "localStorage" });')),
    ("pusher", "app_key"): (["PUSHER_KEY", "PUSHER_APP_KEY"],
                            ('import Pusher from "pusher-js";', 'const pusher = new Pusher({v}, { cluster: "eu" });')),
    ("liveblocks", "public_key"): (["LIVEBLOCKS_PUBLIC_KEY", "LIVEBLOCKS_PUBLIC_API_KEY"],
                                   ('import { createClient } from "@liveblocks/client";', 'const client = createClient({ publicApiKey: {v} });')),
    ("storyblok", "public_token"): (["STORYBLOK_PUBLIC_TOKEN", "STORYBLOK_TOKEN"],
                                    ('import { storyblokInit, apiPlugin } from "@storyblok/js";', 'storyblokInit({ accessToken: {v}, use: [apiPlugin] }); // public token: published content only')),
    ("shopify", "public_storefront_token"): (["PUBLIC_STOREFRONT_API_TOKEN", "SHOPIFY_STOREFRONT_ACCESS_TOKEN"],
                                             ('import { createStorefrontApiClient } from "@shopify/storefront-api-client";', 'const client = createStorefrontApiClient({ storeDomain, apiVersion: "2024-07", publicAccessToken: {v} });')),
    ("auth0", "client_id"): (["AUTH0_CLIENT_ID"],
                             ('import { Auth0Provider } from "@auth0/auth0-react";', 'const auth0Props = { domain: AUTH0_DOMAIN, clientId: {v}, authorizationParams: { redirect_uri: window.location.origin } };')),
    ("contentful", "space_id"): (["CONTENTFUL_SPACE_ID"],
                                 (None, 'const endpoint = `https://graphql.contentful.com/content/v1/spaces/${{v}}`;')),
    ("sanity", "project_id"): (["SANITY_PROJECT_ID", "SANITY_STUDIO_PROJECT_ID"],
                               ('import { createClient } from "@sanity/client";', 'export const client = createClient({ projectId: {v}, dataset: "production", apiVersion: "2024-05-01", useCdn: true });')),
    ("expo", "project_id"): (["EAS_PROJECT_ID", "EXPO_PROJECT_ID"],
                             ('import * as Notifications from "expo-notifications";', 'const token = await Notifications.getExpoPushTokenAsync({ projectId: {v} });')),
    ("vercel", "project_id"): (["VERCEL_PROJECT_ID"], (None, 'const url = `https://api.vercel.com/v6/deployments?projectId=${{v}}`;')),
    ("vercel", "team_id"): (["VERCEL_ORG_ID", "VERCEL_TEAM_ID"], (None, 'const url = `https://api.vercel.com/v9/projects?teamId=${{v}}`;')),
    ("chrome", "extension_id"): (["EXTENSION_ID", "CHROME_EXTENSION_ID"], (None, 'chrome.runtime.sendMessage({v}, { type: "PING" });')),
    ("google", "oauth_client_id"): (["GOOGLE_CLIENT_ID", "OAUTH_CLIENT_ID"], ('import { GoogleOAuthProvider } from "@react-oauth/google";', 'const googleProps = { clientId: {v} };')),
    ("convex", "deployment_url"): (["CONVEX_URL"], ('import { ConvexReactClient } from "convex/react";', 'const convex = new ConvexReactClient({v});')),
    ("supabase", "project_url"): (["SUPABASE_URL"], (None, 'const url = {v};')),
    ("algolia", "app_id"): (["ALGOLIA_APP_ID"], (None, 'const appId = {v};')),
    ("mozilla_amo", "jwt_issuer"): (["WEB_EXT_API_KEY", "AMO_JWT_ISSUER"], (None, 'const issuer = {v};')),
    ("dotenvx", "public_key"): (["DOTENV_PUBLIC_KEY"], (None, 'const pub = {v};')),
    ("shopify", "store_domain"): (["SHOPIFY_STORE_DOMAIN", "PUBLIC_STORE_DOMAIN"], (None, 'const storeDomain = {v};')),
}
PUB_IDS = {("supabase", "project_url"), ("algolia", "app_id"), ("mozilla_amo", "jwt_issuer"),
           ("dotenvx", "public_key"), ("shopify", "store_domain"), ("contentful", "space_id"),
           ("sanity", "project_id"), ("expo", "project_id"), ("vercel", "project_id"), ("vercel", "team_id"),
           ("chrome", "extension_id"), ("google", "oauth_client_id"), ("convex", "deployment_url")}
# public keys that are NOT meant to be shown with a public env prefix
NO_PUBLIC_PREFIX = {("mozilla_amo", "jwt_issuer"), ("dotenvx", "public_key"), ("vercel", "project_id"),
                    ("vercel", "team_id"), ("chrome", "extension_id")}

FW_PUBLIC_PREFIX = {"next": "NEXT_PUBLIC_", "vite": "VITE_", "nuxt": "NUXT_PUBLIC_", "sveltekit": "PUBLIC_",
                    "astro": "PUBLIC_", "remix": "PUBLIC_", "expo": "EXPO_PUBLIC_", "gatsby": "GATSBY_",
                    "extension": "VITE_", "static": "PUBLIC_"}


def secret_prefix(sample):
    """Leading provider prefix of a secret (used for placeholders / masking)."""
    for pfx in ("sk-ant-api03-", "sk-proj-", "sk-svcacct-", "pscale_pw_", "pscale_tkn_", "sk_live_", "sk_test_",
                "rk_live_", "sk_prod_", "sk_dev_", "sb_secret_", "whsec_", "sntrys_", "sntryu_", "CFPAT-",
                "shpat_", "shpss_", "shpsa_", "phx_", "secret-", "sdk-", "api-", "npm_", "ghp_", "re_", "SG.",
                "sgp_", "GOCSPX-", "1//0", "vcp_", "vci_", "nfp_", "sk.eyJ", "npg_", "0x4AAAAAAA", "AIza", "sk-"):
        if sample.startswith(pfx):
            return pfx
    if sample.startswith("eyJ"):
        return "eyJ"
    return ""


GENERIC_PLACEHOLDERS = ["<your-key>", "YOUR_API_KEY", "changeme", "your-secret-here", "replace-me",
                        "<paste from dashboard>", "TODO", "********", "<redacted>", "xxx", "CHANGE_ME",
                        "your_token_here", "<set-in-vercel>", "insert-key", "...", "REPLACE_WITH_REAL_VALUE"]


def placeholder_for(g, prefix):
    if prefix and prefix != "eyJ" and g.chance(0.6):
        tail = g.choice(["...", "xxxxxxxxxxxxxxxxxxxxxxxx", "YOUR_KEY_HERE", "<redacted>", "**********",
                         "REPLACE_ME", "your-key", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "..."])
        return prefix + tail
    return g.choice(GENERIC_PLACEHOLDERS)


def masked_for(g, prefix, real_len=40):
    last = g.b62(4)
    return g.choice([
        f"{prefix}****{last}",
        f"{prefix}…{last[:3]}",
        f"{prefix}{'•' * 12}{last}",
        f"{prefix}{'*' * max(8, real_len - len(prefix) - 4)}{last}",
        f"{prefix}[REDACTED]",
        f"{prefix}...{last}",
    ])


# =====================================================================
# Rendering context
# =====================================================================

def camel(name):
    parts = name.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def kebab(name):
    return name.lower().replace("_", "-")


class Ctx:
    def __init__(self, g, label, provider, kind, name, text, init=None, cli=None, fw="next",
                 decoys=(), is_pub=False, client=False, generic=False, neg_mode=None):
        self.g, self.label, self.provider, self.kind = g, label, provider, kind
        self.raw_name = name.lstrip("!")
        self.text = text            # literal text to write, or None => env reference
        self.init, self.cli, self.fw = init, cli, fw
        self.decoys = list(decoys)  # [(full_name, value)]
        self.is_pub, self.client, self.generic, self.neg_mode = is_pub, client, generic, neg_mode
        self.no_prefix = name.startswith("!")

    @property
    def full(self):
        if self.is_pub and not self.no_prefix and not has_public_prefix(self.raw_name):
            return FW_PUBLIC_PREFIX.get(self.fw, "") + self.raw_name
        return self.raw_name

    @property
    def ident(self):
        return self.full if self.g.r.random() < 0.5 else camel(self.raw_name)

    def js(self, ref="node", q='"'):
        if self.text is not None:
            return q + self.text + q
        return {"node": f"process.env.{self.full}",
                "node!": f"process.env.{self.full}!",
                "vite": f"import.meta.env.{self.full}",
                "worker": f"env.{self.full}",
                "svelte": self.full,
                "nuxt": f'process.env.NUXT_{self.raw_name} || ""',
                "nuxt_rc": f"useRuntimeConfig(){'.public' if self.is_pub else ''}.{camel(self.raw_name)}"}.get(ref, f"process.env.{self.full}")

    def env_value(self):
        g = self.g
        if self.text is not None:
            t = self.text
            if '\\n' in t or " " in t or g.chance(0.3):
                return '"' + t + '"'
            return t
        return g.choice([f"${{{self.raw_name}_{g.choice(['PROD', 'LIVE', 'VALUE'])}}}",
                         f'"op://{g.choice(["Engineering", "Web", "Shared"])}/{self.provider.replace("_", "-")}/{g.choice(["credential", "secret", "api-key"])}"',
                         "", f"${{{self.raw_name}}}"])

    def decoy_env_lines(self):
        return [f"{n}={v}" for n, v in self.decoys]


def has_public_prefix(name):
    return name.startswith(("PUBLIC_", "NEXT_PUBLIC_", "VITE_", "NUXT_PUBLIC_", "EXPO_PUBLIC_", "GATSBY_"))


def make_decoys(g, decoy_specs, fw):
    out = []
    for name, spec in decoy_specs:
        val = pub(g, *spec)
        if name.startswith("!") or spec in NO_PUBLIC_PREFIX or has_public_prefix(name):
            out.append((name.lstrip("!"), val))
        else:
            out.append((FW_PUBLIC_PREFIX.get(fw, "") + name, val))
    return out


ENV_FILLER = {
    "next": ["NEXT_PUBLIC_SITE_URL=https://{dom}", "NEXT_TELEMETRY_DISABLED=1", "NEXT_PUBLIC_APP_ENV=production",
             "NEXTAUTH_URL=http://localhost:3000", "NEXT_PUBLIC_VERCEL_ENV=preview", "NEXT_PUBLIC_API_BASE=/api"],
    "vite": ["VITE_API_URL=https://api.{dom}", "VITE_APP_TITLE=\"{App} Dashboard\"", "VITE_ENABLE_MOCKS=false",
             "VITE_DEFAULT_LOCALE=en", "PORT=5173"],
    "nuxt": ["NUXT_PUBLIC_SITE_URL=https://{dom}", "NUXT_PUBLIC_API_BASE=/api", "NITRO_PRESET=vercel",
             "NUXT_UI_PRO_LICENSE_CHECK=false"],
    "sveltekit": ["PUBLIC_BASE_URL=https://{dom}", "ORIGIN=http://localhost:5173", "BODY_SIZE_LIMIT=10M",
                  "PUBLIC_ENV=staging"],
    "astro": ["PUBLIC_SITE=https://{dom}", "PUBLIC_DEFAULT_LANG=en", "ASTRO_TELEMETRY_DISABLED=1"],
    "remix": ["SESSION_COOKIE_NAME=__session", "PUBLIC_STORE_URL=https://{dom}", "PORT=3000"],
    "expo": ["EXPO_PUBLIC_API_URL=https://api.{dom}", "EXPO_PUBLIC_APP_VARIANT=production", "APP_VARIANT=production"],
    "gatsby": ["GATSBY_SITE_URL=https://{dom}", "GATSBY_CPU_COUNT=2"],
    "extension": ["VITE_EXTENSION_NAME=\"{App} Clipper\"", "VITE_API_URL=https://api.{dom}", "BROWSER=chrome"],
    "static": ["PUBLIC_SITE=https://{dom}", "HUGO_ENV=production", "NODE_VERSION=20"],
}
COMMON_FILLER = ["NODE_ENV=development", "LOG_LEVEL=info", "TZ=UTC", "APP_NAME={app}", "CI=false",
                 "REDIS_URL=redis://localhost:6379", "SMTP_HOST=smtp.{dom}", "SMTP_PORT=587",
                 "FEATURE_NEW_CHECKOUT=true", "RATE_LIMIT_PER_MIN=120", "CACHE_TTL_SECONDS=300",
                 "SUPPORT_EMAIL=support@{dom}", "DEFAULT_CURRENCY=EUR", "UPLOAD_MAX_MB=25"]


def fill(g, template):
    org = g.org()
    return template.replace("{dom}", f"{org.replace('-', '')}.{g.choice(TLDS)}").replace(
        "{App}", org.replace("-", " ").title()).replace("{app}", g.app())


def env_filler(g, fw, n, used=None):
    pool = ENV_FILLER.get(fw, []) + COMMON_FILLER
    if used is not None:
        pool = [p for p in pool if p not in used]
    picks = g.r.sample(pool, min(n, len(pool)))
    if used is not None:
        used.update(picks)
    return [fill(g, p) for p in picks]


PROVIDER_TITLE = {
    "stripe": "Stripe", "clerk": "Clerk", "supabase": "Supabase", "firebase": "Firebase", "algolia": "Algolia",
    "mapbox": "Mapbox", "sentry": "Sentry", "vercel": "Vercel", "netlify": "Netlify", "contentful": "Contentful",
    "sanity": "Sanity", "storyblok": "Storyblok", "prismic": "Prismic", "datocms": "DatoCMS", "shopify": "Shopify",
    "auth0": "Auth0", "authjs": "Auth.js", "better_auth": "Better Auth", "lucia": "Lucia sessions",
    "iron_session": "iron-session", "upstash": "Upstash", "planetscale": "PlanetScale", "neon": "Neon",
    "turso": "Turso", "convex": "Convex", "liveblocks": "Liveblocks", "pusher": "Pusher", "ably": "Ably",
    "resend": "Resend", "postmark": "Postmark", "sendgrid": "SendGrid", "loops": "Loops", "openai": "OpenAI",
    "anthropic": "Anthropic", "google_maps": "Google Maps", "recaptcha": "reCAPTCHA", "turnstile": "Turnstile",
    "segment": "Segment", "mixpanel": "Mixpanel", "launchdarkly": "LaunchDarkly", "statsig": "Statsig",
    "posthog": "PostHog", "chrome_webstore": "Chrome Web Store", "mozilla_amo": "addons.mozilla.org",
    "expo": "Expo / EAS", "npm": "npm", "github": "GitHub", "cloudflare": "Cloudflare", "dotenvx": "dotenvx",
    "postgres": "Postgres", "google_analytics": "Google Analytics", "google_tag_manager": "Google Tag Manager",
    "chrome": "Chrome extension", "google": "Google OAuth", "generic": "App",
}


def title(p):
    return PROVIDER_TITLE.get(p, p.replace("_", " ").title())


# ---------------------------------------------------------------------
# .env family
# ---------------------------------------------------------------------

ENV_PATHS = {"env": ".env", "env.local": ".env.local", "env.production": ".env.production",
             "env.example": ".env.example", "env.development": ".env.development.local"}


def r_env(c, variant):
    g = c.g
    path = ENV_PATHS[variant]
    if g.chance(0.25):
        path = g.choice(["apps/web/", "packages/app/", "frontend/", "site/"]) + path
    lines = []
    if variant == "env.example":
        lines += ["# Copy to .env.local and fill in real values.", "# Never commit .env.local.", ""]
    elif g.chance(0.5):
        lines += [g.choice(["# Local development settings", f"# {g.app()} - environment",
                            "# Loaded by dotenv / the framework at build time",
                            "# Do not prefix server-only values with a public prefix!"]), ""]
    used = set()
    lines += env_filler(g, c.fw, g.randint(2, 5), used) + [""]
    block = [f"# {title(c.provider)}"] if g.chance(0.7) else []
    decoy = c.decoy_env_lines()
    main = f"{c.full}={c.env_value()}"
    if c.text is None and g.chance(0.5):
        block.append(g.choice(["# value lives in the Vercel project settings", "# injected by CI, see docs/deploy.md",
                               "# resolved by `op run -- npm run dev`"]))
    if g.chance(0.5):
        block += decoy + [main]
    else:
        block += [main] + decoy
    lines += block + [""]
    lines += env_filler(g, c.fw, g.randint(1, 4), used)
    return path, lines


# ---------------------------------------------------------------------
# JS/TS framework configs
# ---------------------------------------------------------------------

def obj_lines(pairs, indent, key_style="raw"):
    out = []
    for k, v in pairs:
        key = k if key_style == "raw" else camel(k)
        if not key.isidentifier():
            key = json.dumps(key)
        out.append(" " * indent + f"{key}: {v},")
    return out


def r_next_config(c, variant):
    g = c.g
    mjs = variant == "next.config.mjs"
    path = "next.config.mjs" if mjs else "next.config.js"
    lines = []
    if mjs:
        lines.append("// @ts-check")
    else:
        lines.append("/** @type {import('next').NextConfig} */")
    slot = g.choice(["env", "env", "serverRuntimeConfig"]) if not c.is_pub else g.choice(["env", "publicRuntimeConfig"])
    pairs = [(n, json.dumps(v)) for n, v in c.decoys]
    main = (c.full, c.js("node"))
    pairs.insert(g.randint(0, len(pairs)), main)
    lines += ["const nextConfig = {", "  reactStrictMode: true,",
              f"  poweredByHeader: {g.choice(['false', 'true'])},",
              "  images: {", "    remotePatterns: [",
              f'      {{ protocol: "https", hostname: "{g.choice(["images.ctfassets.net", "cdn.sanity.io", "a.storyblok.com", "cdn.shopify.com", "res.cloudinary.com"])}" }},',
              "    ],", "  },", f"  {slot}: {{"]
    lines += obj_lines(pairs, 4, "raw" if slot == "env" else "camel")
    lines += ["  },"]
    if g.chance(0.5):
        lines += ["  async redirects() {", "    return [", '      { source: "/docs", destination: "/docs/getting-started", permanent: false },',
                  "    ];", "  },"]
    lines += ["  experimental: {", f"    serverActions: {{ bodySizeLimit: \"{g.choice(['2mb', '4mb'])}\" }},", "  },", "};", ""]
    lines.append("export default nextConfig;" if mjs else "module.exports = nextConfig;")
    return path, lines


def r_vite_config(c, variant):
    g = c.g
    path = g.choice(["vite.config.ts", "vite.config.ts", "vite.config.mts"])
    plugin = g.choice([("react", "@vitejs/plugin-react"), ("vue", "@vitejs/plugin-vue"), ("svelte", "@sveltejs/vite-plugin-svelte")])
    lines = ['import { defineConfig, loadEnv } from "vite";', f'import {plugin[0]} from "{plugin[1]}";',
             'import path from "node:path";', "", "export default defineConfig(({ mode }) => {",
             '  const env = loadEnv(mode, process.cwd(), "");', "  return {",
             f"    plugins: [{plugin[0]}()],",
             '    resolve: { alias: { "@": path.resolve(__dirname, "src") } },', "    define: {"]
    pairs = [(f"import.meta.env.{n}", f"JSON.stringify({json.dumps(v)})") for n, v in c.decoys]
    val = c.js("node") if c.text is not None else f"env.{c.full}"
    key = g.choice([f"process.env.{c.full}", f"import.meta.env.{c.full}", f"__{c.raw_name}__"])
    pairs.insert(g.randint(0, len(pairs)), (key, f"JSON.stringify({val})"))
    lines += obj_lines(pairs, 6)
    lines += ["    },", "    server: {", f"      port: {g.choice([5173, 3000, 8080])},",
              f'      proxy: {{ "/api": "http://localhost:{g.choice([8787, 3001, 8000])}" }},', "    },",
              f'    build: {{ sourcemap: {g.choice(["true", "false", json.dumps("hidden")])}, outDir: "dist" }},',
              "  };", "});"]
    return path, lines


def r_nuxt_config(c, variant):
    g = c.g
    lines = ["// https://nuxt.com/docs/api/configuration/nuxt-config", "export default defineNuxtConfig({",
             '  compatibilityDate: "2024-11-01",', "  devtools: { enabled: true },",
             f"  modules: [{', '.join(json.dumps(m) for m in g.r.sample(['@nuxt/ui', '@pinia/nuxt', '@nuxt/image', '@nuxtjs/i18n', '@nuxt/content'], 2))}],",
             "  runtimeConfig: {", "    // private keys are only available on the server"]
    if c.text is None:
        mainv = g.choice(['""', f'process.env.NUXT_{c.raw_name} || ""', f"process.env.{c.raw_name}"])
    else:
        mainv = json.dumps(c.text)
    pub_pairs = [(camel(n.replace("NUXT_PUBLIC_", "")), json.dumps(v)) for n, v in c.decoys]
    if c.is_pub:
        pub_pairs.insert(0, (camel(c.raw_name), mainv))
    elif c.generic and g.chance(0.6):
        lines += [f"    {camel(c.provider)}: {{", f"      {camel(c.raw_name)}: {mainv},", "    },"]
    else:
        lines += [f"    {camel(c.raw_name)}: {mainv},"]
    lines += ["    public: {", f'      siteUrl: "https://{g.domain()}",']
    lines += [f"      {k}: {v}," for k, v in pub_pairs]
    lines += ["    },", "  },", "  nitro: {", f'    preset: "{g.choice(["vercel", "netlify", "cloudflare-pages", "node-server"])}",',
              "  },", "});"]
    return "nuxt.config.ts", lines


def r_astro_config(c, variant):
    g = c.g
    lines = ['import { defineConfig } from "astro/config";', 'import vercel from "@astrojs/vercel";',
             'import sitemap from "@astrojs/sitemap";']
    if c.provider == "sentry" and c.text is not None and not c.is_pub:
        lines += ['import sentry from "@sentry/astro";', "", "export default defineConfig({",
                  f'  site: "https://{g.domain()}",', '  output: "server",', "  adapter: vercel(),", "  integrations: [",
                  "    sitemap(),", "    sentry({", f'      dsn: "{sentry_dsn(g)}",', "      sourceMapsUploadOptions: {",
                  f'        project: "{g.app()}",', f"        authToken: {c.js()},", "      },", "    }),", "  ],", "});"]
        return "astro.config.mjs", lines
    if c.provider == "storyblok" and c.text is not None:
        lines += ['import { storyblok } from "@storyblok/astro";', "", "export default defineConfig({",
                  f'  site: "https://{g.domain()}",', "  integrations: [", "    sitemap(),", "    storyblok({",
                  f"      accessToken: {c.js()},", '      components: { page: "storyblok/Page", teaser: "storyblok/Teaser" },',
                  '      apiOptions: { region: "eu" },', "    }),", "  ],", "});"]
        return "astro.config.mjs", lines
    lines += ['import { loadEnv } from "vite";', "",
              'const env = loadEnv(process.env.NODE_ENV ?? "development", process.cwd(), "");', "",
              "export default defineConfig({", f'  site: "https://{g.domain()}",',
              f'  output: "{g.choice(["server", "static"])}",', "  adapter: vercel(),", "  integrations: [sitemap()],",
              "  vite: {", "    define: {"]
    pairs = [(f"import.meta.env.{n}", json.dumps(json.dumps(v))[1:-1] and f"JSON.stringify({json.dumps(v)})") for n, v in c.decoys]
    val = c.js() if c.text is not None else f"env.{c.full}"
    pairs.insert(g.randint(0, len(pairs)), (f"import.meta.env.{c.full}", f"JSON.stringify({val})"))
    lines += obj_lines(pairs, 6)
    lines += ["    },", "  },", "});"]
    return "astro.config.mjs", lines


# ---------------------------------------------------------------------
# Code files (route handlers, components, workers, test setup ...)
# ---------------------------------------------------------------------

def code_core(c, ref="node!", allow_block=True):
    """Returns (imports, decls, uses) for the main slot of a code file."""
    g = c.g
    imp, tmpl = c.init if c.init else (None, None)
    if tmpl is None:
        host = c.provider.replace("_", "")
        tmpl = f'const res = await fetch("https://api.{host}.com/v1/status", {{ headers: {{ Authorization: `Bearer ${{v}}` }} }});'
    tmpl = tmpl.replace("{h}", g.hex(8))
    imports = [imp] if imp else []
    decls, uses = [], []
    force_var = "${{v}}" in tmpl
    if c.fw == "nuxt" and c.text is None and ref in ("node", "node!"):
        ref = "nuxt_rc"
    style = g.choice(["var", "var", "inline"]) if not force_var else "var"
    if allow_block and c.generic and c.text is not None and not force_var and g.chance(0.4):
        style = "block"
    if style == "inline":
        uses.append(tmpl.replace("{v}", c.js(ref)))
    elif style == "block":
        key = camel(c.raw_name)
        decls += ["const services = {", f"  {camel(c.provider)}: {{", f"    {key}: {c.js(ref)},",
                  f'    region: "{g.choice(["eu", "us", "auto"])}",', "  },", "};"]
        uses.append(tmpl.replace("{v}", f"services.{camel(c.provider)}.{key}"))
    else:
        ident = camel(c.raw_name) if c.generic or g.chance(0.5) else c.full
        decls.append(f"const {ident} = {c.js(ref)};")
        uses.append(tmpl.replace("{v}", ident))
    for n, v in c.decoys:
        if g.chance(0.7):
            decls.append(f"const {n} = {json.dumps(v)};")
    return imports, decls, uses


def indent(lines, n):
    return [(" " * n + l) if l else l for l in lines]


def r_route(c, variant):
    g = c.g
    seg = g.choice(["webhooks/" + c.provider.replace("_", "-"), "checkout", "search/reindex", "email/send",
                    "revalidate", "upload", "geocode", "flags", "deploy-hook", "cron/sync"])
    path = f"{g.choice(['', 'src/'])}app/api/{seg}/route.ts"
    imports, decls, uses = code_core(c)
    method = g.choice(["POST", "GET", "POST"])
    lines = ['import { NextResponse } from "next/server";'] + imports + [""]
    if g.chance(0.4):
        lines += ['export const runtime = "nodejs";', 'export const dynamic = "force-dynamic";', ""]
    lines += decls + ["", f"export async function {method}(req: Request) {{"]
    if method == "POST":
        lines += ["  const body = await req.text();", '  const sig = req.headers.get("x-signature") ?? "";']
    else:
        lines += ["  const { searchParams } = new URL(req.url);", '  const q = searchParams.get("q") ?? "";']
    lines += ["  try {"] + indent(uses, 4) + ["    return NextResponse.json({ ok: true });", "  } catch (err) {",
              f'    console.error("[api/{seg}]", err);',
              '    return NextResponse.json({ error: "upstream_failed" }, { status: 502 });', "  }", "}"]
    return path, lines


def r_server_action(c, variant):
    g = c.g
    path = g.choice(["app/actions.ts", "src/app/(dashboard)/settings/actions.ts", "app/checkout/actions.ts",
                     "src/lib/actions/subscribe.ts"])
    imports, decls, uses = code_core(c)
    fn = g.choice(["subscribe", "createCheckout", "syncProfile", "sendInvite", "publishPost"])
    lines = ['"use server";', "", 'import { revalidatePath } from "next/cache";', 'import { z } from "zod";'] + imports + [""]
    lines += decls + ["", 'const schema = z.object({ email: z.string().email() });', "",
                      f"export async function {fn}(formData: FormData) {{",
                      '  const parsed = schema.safeParse({ email: formData.get("email") });',
                      '  if (!parsed.success) return { error: "Invalid email" };']
    lines += indent(uses, 2) + [f'  revalidatePath("/{g.choice(["dashboard", "settings", "blog"])}");', "  return { ok: true };", "}"]
    return path, lines


def r_middleware(c, variant):
    g = c.g
    path = g.choice(["middleware.ts", "src/middleware.ts"])
    imports, decls, uses = code_core(c)
    lines = ['import { NextResponse, type NextRequest } from "next/server";'] + imports + [""] + decls + [""]
    lines += ["export async function middleware(req: NextRequest) {",
              '  if (req.nextUrl.pathname.startsWith("/_next")) return NextResponse.next();']
    lines += indent(uses, 2)
    lines += ["  const response = NextResponse.next();", '  response.headers.set("x-request-id", crypto.randomUUID());',
              "  return response;", "}", "", "export const config = {",
              '  matcher: ["/((?!api|_next/static|_next/image|favicon.ico).*)"],', "};"]
    return path, lines


def r_hooks_server(c, variant):
    g = c.g
    imports, decls, uses = code_core(c, ref="svelte")
    lines = ['import type { Handle } from "@sveltejs/kit";', 'import { sequence } from "@sveltejs/kit/hooks";']
    if c.text is None:
        lines.append(f'import {{ {c.full} }} from "$env/static/private";')
    lines += imports + [""] + decls + ["", "const auth: Handle = async ({ event, resolve }) => {",
                                       '  const session = event.cookies.get("session");']
    lines += indent(uses, 2)
    lines += ["  event.locals.session = session ?? null;", "  return resolve(event);", "};", "",
              "const headers: Handle = async ({ event, resolve }) => {", "  const response = await resolve(event);",
              '  response.headers.set("x-frame-options", "DENY");', "  return response;", "};", "",
              "export const handle = sequence(auth, headers);"]
    return "src/hooks.server.ts", lines


def r_remix_route(c, variant):
    g = c.g
    name = g.choice(["webhooks", "api.subscribe", "resources.search", "api.checkout", "app.settings"])
    imports, decls, uses = code_core(c)
    lines = ['import { json, type ActionFunctionArgs } from "@remix-run/node";'] + imports + [""] + decls + [""]
    lines += ["export async function action({ request }: ActionFunctionArgs) {",
              "  const form = await request.formData();", '  const email = String(form.get("email") ?? "");']
    lines += indent(uses, 2) + ["  return json({ ok: true, email });", "}"]
    return f"app/routes/{name}.tsx", lines


def r_component(c, variant):
    g = c.g
    comp = g.choice(["ChatWidget", "CheckoutButton", "StoreLocator", "SearchBox", "FeedbackForm", "AiSummary",
                     "NewsletterSignup", "LiveCursors", "Providers"])
    path = g.choice([f"src/components/{comp}.tsx", f"components/{comp}.tsx", f"app/_components/{comp}.tsx"])
    imports, decls, uses = code_core(c, ref="vite" if c.fw == "vite" else "node", allow_block=True)
    lines = []
    if c.fw == "next":
        lines += ['"use client";', ""]
    lines += ['import { useEffect, useState } from "react";'] + imports + [""] + decls + [""]
    lines += [f"export default function {comp}() {{", "  const [ready, setReady] = useState(false);", "",
              "  useEffect(() => {", "    async function run() {"]
    lines += indent(uses, 6)
    lines += ["      setReady(true);", "    }", "    run().catch(console.error);", "  }, []);", "",
              "  return (", f'    <section className="{camel(comp)}">',
              f"      {{ready ? <p>{comp.replace('Widget', '')} ready</p> : <p>Loading…</p>}}", "    </section>",
              "  );", "}"]
    return path, lines


def r_service_worker(c, variant):
    g = c.g
    imports, decls, uses = code_core(c, ref="worker")
    lines = ["/* eslint-disable no-restricted-globals */", f'const CACHE = "static-v{g.randint(2, 40)}";'] + decls + [""]
    lines += ['self.addEventListener("install", (event) => {',
              '  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(["/", "/offline.html"])));', "});", "",
              'self.addEventListener("sync", (event) => {', '  if (event.tag !== "outbox") return;',
              "  event.waitUntil((async () => {"]
    lines += indent(uses, 4)
    lines += ["  })());", "});", "", 'self.addEventListener("fetch", (event) => {',
              '  if (event.request.mode !== "navigate") return;',
              '  event.respondWith(fetch(event.request).catch(() => caches.match("/offline.html")));', "});"]
    return g.choice(["public/sw.js", "static/service-worker.js", "src/sw.js"]), lines


def r_ext_background(c, variant):
    g = c.g
    imports, decls, uses = code_core(c, ref="vite")
    lines = imports + ([""] if imports else []) + decls + [""]
    lines += ["chrome.runtime.onInstalled.addListener(() => {",
              '  chrome.contextMenus.create({ id: "summarize", title: "Summarize selection", contexts: ["selection"] });',
              "});", "", "chrome.runtime.onMessage.addListener((msg, _sender, sendResponse) => {",
              '  if (msg?.type !== "SUMMARIZE") return false;', "  (async () => {"]
    lines += indent(uses, 4)
    lines += ['    sendResponse({ ok: true });', "  })();", "  return true;", "});"]
    return g.choice(["src/background.ts", "extension/background.js", "src/background/index.ts"]), lines


def r_server_lib(c, variant):
    g = c.g
    path = g.choice(["lib/firebase-admin.ts", "src/lib/server/clients.ts", "lib/db.ts", "server/utils/clients.ts",
                     "src/server/services.ts", "lib/email.ts"])
    imports, decls, uses = code_core(c)
    lines = ['import "server-only";'] if g.chance(0.5) else []
    lines += imports + [""]
    if c.provider == "firebase":
        pid = f"{g.app()}-{g.hex(5)}"
        lines += [f'const projectId = "{pid}";',
                  f'const clientEmail = "firebase-adminsdk-{g.s(LOWER_ALNUM, 5)}@{pid}.iam.gserviceaccount.com";']
    lines += decls + ["", "export async function getClient() {"] + indent(uses, 2) + ["}"]
    return path, lines


def r_storybook(c, variant):
    g = c.g
    fw = g.choice(["@storybook/nextjs", "@storybook/react-vite", "@storybook/sveltekit"])
    lines = [f'import type {{ StorybookConfig }} from "{fw}";', "", "const config: StorybookConfig = {",
             '  stories: ["../src/**/*.mdx", "../src/**/*.stories.@(js|jsx|ts|tsx)"],',
             '  addons: ["@storybook/addon-essentials", "@storybook/addon-interactions", "@storybook/addon-a11y"],',
             f'  framework: {{ name: "{fw}", options: {{}} }},', '  staticDirs: ["../public"],',
             "  env: (config) => ({", "    ...config,"]
    pairs = [(n, json.dumps(v)) for n, v in c.decoys] + [(c.full, c.js("node"))]
    g.r.shuffle(pairs)
    lines += obj_lines(pairs, 4)
    lines += ["  }),", '  docs: { autodocs: "tag" },', "};", "", "export default config;"]
    return ".storybook/main.ts", lines


def r_playwright(c, variant):
    g = c.g
    lines = ['import { defineConfig, devices } from "@playwright/test";', "", "export default defineConfig({",
             '  testDir: "./e2e",', "  fullyParallel: true,", "  retries: process.env.CI ? 2 : 0,",
             "  use: {", '    baseURL: "http://localhost:3000",', '    trace: "on-first-retry",', "  },",
             "  projects: [", '    { name: "chromium", use: { ...devices["Desktop Chrome"] } },',
             '    { name: "webkit", use: { ...devices["Desktop Safari"] } },', "  ],", "  webServer: {",
             '    command: "npm run dev",', '    url: "http://localhost:3000",',
             "    reuseExistingServer: !process.env.CI,", "    env: {"]
    pairs = [(n, json.dumps(v)) for n, v in c.decoys] + [(c.full, c.js("node"))]
    g.r.shuffle(pairs)
    lines += obj_lines(pairs, 6) + ["    },", "  },", "});"]
    return "playwright.config.ts", lines


def r_cypress_config(c, variant):
    g = c.g
    lines = ['import { defineConfig } from "cypress";', "", "export default defineConfig({", "  e2e: {",
             '    baseUrl: "http://localhost:3000",', "    viewportWidth: 1280,", "    viewportHeight: 800,",
             "    setupNodeEvents(on, config) {", "      return config;", "    },", "  },", "  env: {"]
    pairs = [(camel(n), json.dumps(v)) for n, v in c.decoys] + [(camel(c.raw_name) if g.chance(0.5) else c.full, c.js("node"))]
    g.r.shuffle(pairs)
    lines += obj_lines(pairs, 4) + ["  },", "  video: false,", "});"]
    return "cypress.config.ts", lines


def r_cypress_env(c, variant):
    g = c.g
    d = {"baseUrl": "http://localhost:3000", "testUserEmail": f"qa+{g.randint(1, 99)}@{g.domain()}"}
    for n, v in c.decoys:
        d[n] = v
    d[c.full if g.chance(0.5) else camel(c.raw_name)] = c.text if c.text is not None else placeholder_for(g, "")
    items = list(d.items())
    g.r.shuffle(items)
    return "cypress.env.json", json.dumps(dict(items), indent=2).split("\n")


def r_jest_setup(c, variant):
    g = c.g
    path = g.choice(["jest.setup.ts", "vitest.setup.ts", "test/setup.ts"])
    lines = ['import "@testing-library/jest-dom";']
    if "vitest" in path:
        lines += ['import { vi } from "vitest";']
    lines += ["", "// environment for unit tests"]
    for n, v in c.decoys:
        lines.append(f"process.env.{n} = {json.dumps(v)};")
    main = (f"process.env.{c.full} = {c.js('node')};" if c.text is not None
            else f'process.env.{c.full} ??= process.env.CI_{c.raw_name} ?? "";')
    lines.insert(len(lines) - len(c.decoys) + g.randint(0, len(c.decoys)), main)
    lines += ['process.env.TZ = "UTC";', "",
              'Object.defineProperty(window, "matchMedia", {', "  writable: true,",
              "  value: (query: string) => ({ matches: false, media: query, onchange: null, addEventListener() {}, removeEventListener() {} }),",
              "});"]
    return path, lines


# ---------------------------------------------------------------------
# Deploy / platform config files
# ---------------------------------------------------------------------

def r_wrangler(c, variant):
    g = c.g
    name = f"{g.app()}-{g.choice(['worker', 'api', 'edge', 'pages'])}"
    lines = [f'name = "{name}"', 'main = "src/index.ts"', f'compatibility_date = "2024-{g.randint(1, 12):02d}-{g.randint(1, 28):02d}"',
             'compatibility_flags = ["nodejs_compat"]', "", "[vars]", f'ENVIRONMENT = "{g.choice(["production", "staging"])}"']
    for n, v in c.decoys:
        lines.append(f'{n} = "{v}"')
    if c.text is not None:
        lines.insert(len(lines) - g.randint(0, len(c.decoys)), f'{c.full} = "{c.text}"')
    else:
        lines += ["", "# Secrets are not stored here. Set them with:", f"#   npx wrangler secret put {c.full}"]
    lines += ["", "[[kv_namespaces]]", 'binding = "CACHE"', f'id = "{g.hex(32)}"', "",
              "[observability]", "enabled = true"]
    if g.chance(0.5):
        lines += ["", "[env.staging]", f'name = "{name}-staging"', "[env.staging.vars]", 'ENVIRONMENT = "staging"']
    return "wrangler.toml", lines


def r_vercel_json(c, variant):
    g = c.g
    env = {n: v for n, v in c.decoys}
    if c.text is not None:
        env[c.full] = c.text
    else:
        env[c.full] = "@" + kebab(c.raw_name)
    d = {"$schema": "https://openapi.vercel.sh/vercel.json", "framework": g.choice(["nextjs", "vite", "astro", "nuxtjs", "sveltekit"]),
         "buildCommand": "npm run build", "regions": [g.choice(["fra1", "iad1", "cdg1", "sfo1"])]}
    if g.chance(0.5):
        d["build"] = {"env": env}
    else:
        d["env"] = env
    d["headers"] = [{"source": "/(.*)", "headers": [{"key": "X-Content-Type-Options", "value": "nosniff"}]}]
    d["rewrites"] = [{"source": "/blog/:path*", "destination": f"https://blog.{g.domain()}/:path*"}]
    return "vercel.json", json.dumps(d, indent=2, ensure_ascii=False).split("\n")


def r_netlify_toml(c, variant):
    g = c.g
    lines = ["[build]", f'  command = "{g.choice(["npm run build", "pnpm build", "astro build"])}"',
             f'  publish = "{g.choice(["dist", "build", ".next", "public"])}"', "", "[build.environment]",
             '  NODE_VERSION = "20"', '  NPM_FLAGS = "--legacy-peer-deps"']
    for n, v in c.decoys:
        lines.append(f'  {n} = "{v}"')
    if c.text is not None:
        ctxname = g.choice(["build.environment", "context.production.environment"])
        if ctxname == "build.environment":
            lines.append(f'  {c.full} = "{c.text}"')
        else:
            lines += ["", "[context.production.environment]", f'  {c.full} = "{c.text}"']
    else:
        lines += ["", f"# {c.full} is configured in Site settings > Environment variables"]
    lines += ["", "[[redirects]]", '  from = "/api/*"', '  to = "/.netlify/functions/:splat"', "  status = 200", "",
              "[[headers]]", '  for = "/assets/*"', "  [headers.values]",
              '    Cache-Control = "public, max-age=31536000, immutable"']
    return "netlify.toml", lines


def r_package_json(c, variant):
    g = c.g
    scripts = {"dev": g.choice(["next dev --turbo", "vite", "astro dev", "nuxt dev"]),
               "build": g.choice(["next build", "vite build", "astro build", "nuxt build"]),
               "lint": "eslint . --max-warnings=0", "typecheck": "tsc --noEmit"}
    cli = c.cli or "deploy-cli --token {v}"
    val = c.text if c.text is not None else "$" + c.full
    if c.provider in ("chrome_webstore", "mozilla_amo"):
        script = g.choice(["publish:ext", "release:store", "submit"])
    elif c.provider == "sentry":
        script = g.choice(["sourcemaps", "postbuild", "release"])
    else:
        script = g.choice(["deploy", "release", "ci:deploy", f"{c.provider.split('_')[0]}:push"])
    scripts[script] = cli.replace("{v}", val)
    scripts["test"] = g.choice(["vitest run", "jest --passWithNoTests", "playwright test"])
    d = {"name": f"@{g.org()}/{g.app()}", "version": f"{g.randint(0, 3)}.{g.randint(0, 20)}.{g.randint(0, 9)}",
         "private": True, "type": "module", "scripts": scripts,
         "dependencies": {"react": "^18.3.1", "react-dom": "^18.3.1"},
         "devDependencies": {"typescript": "^5.5.4", "eslint": "^9.9.0"}}
    return "package.json", json.dumps(d, indent=2).split("\n")


def r_workflow(c, variant):
    g = c.g
    lines = [f"name: {g.choice(['Deploy', 'Release', 'Preview', 'Publish extension'])}", "", "on:", "  push:",
             "    branches: [main]", "  workflow_dispatch:", "", "jobs:", "  deploy:", "    runs-on: ubuntu-latest",
             "    env:"]
    for n, v in c.decoys:
        lines.append(f"      {n}: {v}")
    if c.text is not None and (not c.cli or g.chance(0.5)):
        lines.append(f"      {c.full}: {c.text}")
        run = c.cli.replace("{v}", "$" + c.full) if c.cli else "npm run build"
    else:
        if c.text is None:
            lines.append(f"      {c.full}: ${{{{ secrets.{c.full} }}}}")
            run = c.cli.replace("{v}", "$" + c.full) if c.cli else "npm run build"
        else:
            run = c.cli.replace("{v}", c.text)
    lines += ["      NODE_VERSION: 20", "    steps:", "      - uses: actions/checkout@v4",
              "      - uses: actions/setup-node@v4", "        with:", "          node-version: 20", "          cache: npm",
              "      - run: npm ci", "      - run: npm run build", f"      - name: {g.choice(['Deploy', 'Upload', 'Publish'])}",
              f"        run: {run}"]
    return f".github/workflows/{g.choice(['deploy', 'release', 'preview', 'ci'])}.yml", lines


def r_turbo_config(c, variant):
    g = c.g
    d = {"teamid": pub(g, "vercel", "team_id"), "apiurl": "https://vercel.com", "token": c.text or "${TURBO_TOKEN}"}
    return ".turbo/config.json", json.dumps(d, indent=2).split("\n")


def r_npmrc(c, variant):
    g = c.g
    scope = g.org()
    lines = [g.choice(["# registry auth for CI and local installs", "# pnpm / npm settings", "# see docs/packages.md"]),
             "engine-strict=true", "auto-install-peers=true"]
    if c.provider == "github" or (c.text is None and g.chance(0.5)):
        lines += [f"@{scope}:registry=https://npm.pkg.github.com",
                  f"//npm.pkg.github.com/:_authToken={c.text if c.text is not None else '${' + c.full + '}'}"]
    else:
        lines += ["registry=https://registry.npmjs.org/",
                  f"//registry.npmjs.org/:_authToken={c.text if c.text is not None else '${' + c.full + '}'}"]
    if g.chance(0.5):
        lines += ["save-exact=true"]
    return ".npmrc", lines


def r_eas_json(c, variant):
    g = c.g
    env = {n: v for n, v in c.decoys}
    env[c.full] = c.text if c.text is not None else placeholder_for(g, "")
    d = {"cli": {"version": ">= 10.0.0", "appVersionSource": "remote"},
         "build": {"development": {"developmentClient": True, "distribution": "internal"},
                   "preview": {"distribution": "internal", "channel": "preview"},
                   "production": {"channel": "production", "autoIncrement": True, "env": env}},
         "submit": {"production": {}}}
    return "eas.json", json.dumps(d, indent=2).split("\n")


def r_sa_json(c, variant):
    g = c.g
    pid = f"{g.app()}-{g.choice(['prod', 'web', 'app'])}-{g.hex(5)}"
    email = f"firebase-adminsdk-{g.s(LOWER_ALNUM, 5)}@{pid}.iam.gserviceaccount.com"
    pk = c.text if c.text is not None else "-----BEGIN PRIVATE KEY-----\\nREPLACE_ME\\n-----END PRIVATE KEY-----\\n"
    pk = pk.replace("\\n", "\n")  # JSON encoding turns real newlines back into \n escapes
    d = {"type": "service_account", "project_id": pid, "private_key_id": g.hex(40), "private_key": pk,
         "client_email": email, "client_id": str(g.randint(10 ** 20, 10 ** 21 - 1)),
         "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
         "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
         "client_x509_cert_url": f"https://www.googleapis.com/robot/v1/metadata/x509/{email.replace('@', '%40')}",
         "universe_domain": "googleapis.com"}
    path = g.choice(["service-account.json", "firebase-adminsdk.json", f"{pid}-firebase-adminsdk-{g.s(LOWER_ALNUM, 5)}-{g.hex(10)}.json",
                     "functions/serviceAccountKey.json"])
    return path, json.dumps(d, indent=2).split("\n")


# ---------------------------------------------------------------------
# Docs
# ---------------------------------------------------------------------

def r_readme(c, variant):
    g = c.g
    app = g.app()
    mdx = variant == "docs.mdx"
    lines = []
    if mdx:
        lines += ["---", f"title: {title(c.provider)} setup", f"description: Configure {title(c.provider)} for the {app}", "---", "",
                  'import { Callout } from "@/components/callout";', ""]
    else:
        lines += [f"# {g.org().replace('-', ' ').title()} {app}", "", f"The {app} is built with "
                  f"{g.choice(['Next.js 14', 'Vite + React', 'Astro', 'SvelteKit', 'Nuxt 3', 'Remix'])}.", ""]
    lines += ["## Getting started", "", "```bash", "pnpm install", "pnpm dev", "```", "",
              f"## {title(c.provider)}", "", "Create `.env.local` with the following values:", "", "```env"]
    for n, v in c.decoys:
        lines.append(f"{n}={v}")
    if c.text is not None:
        lines.append(f"{c.full}={c.text}")
    else:
        lines.append(f"{c.full}={placeholder_for(g, '')}")
    lines += ["```", ""]
    if mdx:
        lines += ["<Callout type=\"warning\">", f"  `{c.full}` is server-only. Never expose it with a public prefix.", "</Callout>", ""]
    else:
        lines += [f"> `{c.full}` must only be used on the server.", ""]
    lines += ["## Deploying", "", "Push to `main`; the preview URL is posted on the PR.", ""]
    return ("README.md" if not mdx else g.choice(["docs/setup.mdx", "content/docs/env.mdx", "src/content/docs/deploy.mdx"])), lines


def r_index_html(c, variant):
    g = c.g
    h = g.b64u(8)
    lines = ["<!doctype html>", '<html lang="en">', "  <head>", '    <meta charset="UTF-8" />',
             '    <link rel="icon" type="image/svg+xml" href="/favicon.svg" />',
             '    <meta name="viewport" content="width=device-width, initial-scale=1.0" />',
             f"    <title>{g.org().replace('-', ' ').title()}</title>", "    <script>", "      window.__ENV__ = {"]
    pairs = [(n, json.dumps(v)) for n, v in c.decoys]
    val = json.dumps(c.text) if c.text is not None else f'"%{c.full}%"'
    pairs.insert(g.randint(0, len(pairs)), (c.full, val))
    lines += obj_lines(pairs, 8)
    lines += ["      };", "    </script>", f'    <script type="module" crossorigin src="/assets/index-{h}.js"></script>',
              f'    <link rel="stylesheet" crossorigin href="/assets/index-{g.b64u(8)}.css">', "  </head>", "  <body>",
              '    <div id="root"></div>', "  </body>", "</html>"]
    return g.choice(["index.html", "public/index.html", "dist/index.html"]), lines


MIN_IDS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def r_bundle(c, variant):
    g = c.g
    h = g.b64u(8)
    vh = g.b64u(8)
    ids = g.r.sample(MIN_IDS, 12)
    val = json.dumps(c.text) if c.text is not None else "void 0"
    decl_parts = [f'{ids[i]}={json.dumps(v)}' for i, (n, v) in enumerate(c.decoys, start=2)]
    decl_parts.insert(g.randint(0, len(decl_parts)), f"{ids[0]}={val}")
    lines = [f'import{{r as {ids[5]},j as {ids[6]}}}from"./vendor-{vh}.js";'
             f'import{{c as {ids[7]}}}from"./client-{g.b64u(8)}.js";',
             "const " + ",".join(decl_parts) + f',{ids[1]}="https://api.{g.domain()}";',
             f'function {ids[8]}({ids[9]}){{return fetch(`${{{ids[1]}}}/v1/${{{ids[9]}}}`,{{headers:{{Authorization:`Bearer ${{{ids[0]}}}`}}}}).then(e=>e.json())}}',
             f'function {ids[10]}(){{const[e,t]={ids[5]}.useState(null);return {ids[5]}.useEffect(()=>{{{ids[8]}("me").then(t)}},[]),{ids[6]}.jsx("div",{{className:"p-4",children:e?.name??"…"}})}}',
             f'{ids[7]}(document.getElementById("root")).render({ids[6]}.jsx({ids[10]},{{}}));',
             f"//# sourceMappingURL=index-{h}.js.map"]
    return f"dist/assets/index-{h}.js", lines


VLQ = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def vlq_mappings(g, n):
    segs = []
    for _ in range(n):
        segs.append(",".join(g.s(VLQ[:32] if g.chance(0.7) else VLQ, g.choice([4, 4, 5, 6])) for _ in range(g.randint(2, 6))))
    return ";".join(segs)


def r_sourcemap(c, variant):
    g = c.g
    h = g.b64u(8)
    src_name = g.choice(["src/lib/api.ts", "src/config.ts", "src/services/client.ts"])
    src_lines = ["// generated client config"]
    for n, v in c.decoys:
        src_lines.append(f"export const {camel(n)} = {json.dumps(v)};")
    if c.text is not None:
        src_lines.append(f"export const {camel(c.raw_name)} = {json.dumps(c.text)};")
    else:
        src_lines.append(f"export const {camel(c.raw_name)} = import.meta.env.{c.full};")
    src_lines += ["export async function api(path: string) {", "  const res = await fetch(`/api/${path}`);", "  return res.json();", "}"]
    d = {"version": 3, "file": f"index-{h}.js", "sources": [f"../../{src_name}", "../../src/main.tsx"],
         "sourcesContent": ["\n".join(src_lines), 'import { createRoot } from "react-dom/client";\ncreateRoot(document.getElementById("root")!).render(<App />);\n'],
         "names": ["api", "path", "res", "createRoot"], "mappings": vlq_mappings(g, g.randint(6, 14))}
    return f"dist/assets/index-{h}.js.map", json.dumps(d, indent=2).split("\n")


def r_env_keys(c, variant):
    g = c.g
    lines = ["#/------------------!DOTENV_PRIVATE_KEYS!-------------------/",
             "#/ private decryption keys. DO NOT commit to source control /",
             "#/     [how it works](https://dotenvx.com/encryption)       /",
             "#/----------------------------------------------------------/", "", "# .env.production",
             f"{c.full}={c.text}"]
    return ".env.keys", lines


# =====================================================================
# Negative-only renderers (digests, ciphertext, ids, test vectors ...)
# Each returns (provider, kind, path, lines).
# =====================================================================

def sri(g, alg="sha384"):
    n = {"sha256": 32, "sha384": 48, "sha512": 64}[alg]
    return f"{alg}-" + base64.b64encode(g.bytes_(n)).decode()


def n_html_integrity(g):
    gtm = pub(g, "google_tag_manager", "container_id")
    lines = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '  <meta charset="utf-8">',
             f'  <meta http-equiv="Content-Security-Policy" content="script-src \'self\' \'nonce-{{{{CSP_NONCE}}}}\' \'{sri(g, "sha256")}\'">',
             f"  <title>{g.org().title()} – {g.app()}</title>",
             f'  <script src="https://cdn.jsdelivr.net/npm/alpinejs@3.14.1/dist/cdn.min.js" integrity="{sri(g)}" crossorigin="anonymous" defer></script>',
             f'  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@picocss/pico@2/css/pico.min.css" integrity="{sri(g)}" crossorigin="anonymous">',
             '  <script nonce="{{CSP_NONCE}}">',
             "    (function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});",
             "    var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;",
             f"    j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','{gtm}');",
             "  </script>", f'  <script type="module" src="/assets/index-{g.b64u(8)}.js" integrity="{sri(g)}"></script>',
             "</head>", "<body>", "  <main id=\"app\"></main>", "</body>", "</html>"]
    return "google_tag_manager", "sri_hashes_and_gtm_id", "index.html", lines


def n_lockfile(g):
    pk = [("node_modules/@supabase/supabase-js", "2.45.1"), ("node_modules/stripe", "16.8.0"),
          ("node_modules/next", "14.2.7"), ("node_modules/@clerk/nextjs", "5.3.7"), ("node_modules/zod", "3.23.8"),
          ("node_modules/posthog-js", "1.160.0"), ("node_modules/@sentry/nextjs", "8.28.0")]
    sel = g.r.sample(pk, g.randint(3, 5))
    lines = ["{", f'  "name": "{g.app()}",', '  "version": "0.1.0",', '  "lockfileVersion": 3,', '  "requires": true,',
             '  "packages": {']
    for i, (p, v) in enumerate(sel):
        name = p.split("node_modules/")[1]
        lines += [f'    "{p}": {{', f'      "version": "{v}",',
                  f'      "resolved": "https://registry.npmjs.org/{name}/-/{name.split("/")[-1]}-{v}.tgz",',
                  f'      "integrity": "{sri(g, "sha512")}",', '      "license": "MIT"', "    }" + ("," if i < len(sel) - 1 else "")]
    lines += ["  }", "}"]
    return "npm", "lockfile_integrity", "package-lock.json", lines


def n_build_info(g):
    d = {"buildId": g.b64u(21), "commit": g.hex(40), "shortSha": "", "branch": "main",
         "builtAt": f"2024-{g.randint(1, 12):02d}-{g.randint(1, 28):02d}T{g.randint(0, 23):02d}:{g.randint(0, 59):02d}:00Z",
         "assets": {"main": f"/_next/static/chunks/main-{g.hex(16)}.js", "webpack": f"/_next/static/chunks/webpack-{g.hex(16)}.js",
                    "framework": f"/_next/static/chunks/framework-{g.hex(16)}.js",
                    "css": f"/_next/static/css/{g.hex(16)}.css"},
         "deploymentId": "dpl_" + g.b62(28)}
    d["shortSha"] = d["commit"][:7]
    return "vercel", "build_ids_and_chunk_hashes", g.choice(["public/build-info.json", "public/version.json"]), json.dumps(d, indent=2).split("\n")


def n_webpack_runtime(g):
    n = g.randint(6, 12)
    m = ",".join(f'{g.randint(100, 9999)}:"{g.hex(16)}"' for _ in range(n))
    lines = ["/* webpack runtime */", '(()=>{"use strict";var e={},r={};function t(o){var n=r[o];if(void 0!==n)return n.exports;var a=r[o]={exports:{}};return e[o](a,a.exports,t),a.exports}',
             f't.u=e=>"static/chunks/"+e+"."+{{{m}}}[e]+".js",',
             f't.miniCssF=e=>"static/css/"+{{{",".join(f"{g.randint(100, 9999)}:" + json.dumps(g.hex(16)) for _ in range(3))}}}[e]+".css",',
             't.o=(e,r)=>Object.prototype.hasOwnProperty.call(e,r),',
             't.p="/_next/",t.nc=void 0})();', f"//# sourceMappingURL=webpack-{g.hex(16)}.js.map"]
    return "nextjs", "webpack_chunk_hashes", f".next/static/chunks/webpack-{g.hex(16)}.js", lines


def n_css_modules(g):
    lines = []
    for comp in g.r.sample(["Button", "Card", "Navbar", "Modal", "Hero", "Footer", "PricingTable"], 4):
        for cls in g.r.sample(["root", "primary", "title", "active", "icon", "wrapper"], 2):
            lines += [f".{comp}-module__{cls}__{g.b64u(5)}{{display:flex;gap:.5rem;align-items:center}}"]
    lines.append(f"/*# sourceMappingURL=index-{g.b64u(8)}.css.map */")
    return "css", "css_module_hashes", f"dist/assets/index-{g.b64u(8)}.css", lines


def sops_enc(g, plain_len):
    return (f"ENC[AES256_GCM,data:{base64.b64encode(g.bytes_(plain_len)).decode()},iv:{base64.b64encode(g.bytes_(32)).decode()},"
            f"tag:{base64.b64encode(g.bytes_(16)).decode()},type:str]")


def n_sops(g):
    names = g.r.sample(["STRIPE_SECRET_KEY", "CLERK_SECRET_KEY", "SUPABASE_SERVICE_ROLE_KEY", "RESEND_API_KEY",
                        "AUTH_SECRET", "OPENAI_API_KEY", "SENTRY_AUTH_TOKEN", "DATABASE_URL"], 4)
    lines = [f"{n}={sops_enc(g, g.randint(30, 80))}" for n in names]
    lines += [f"sops_age__list_0__map_enc=-----BEGIN AGE ENCRYPTED FILE-----\\n{g.s(B64STD, 60)}\\n-----END AGE ENCRYPTED FILE-----\\n",
              "sops_age__list_0__map_recipient=age1" + g.s("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58),
              f"sops_lastmodified=2024-{g.randint(1, 12):02d}-{g.randint(1, 28):02d}T10:{g.randint(10, 59)}:03Z",
              "sops_mac=" + sops_enc(g, 32), "sops_unencrypted_suffix=_unencrypted", "sops_version=3.9.0"]
    return "sops", "encrypted_dotenv", g.choice([".env.production.enc", "secrets/prod.env", ".env.enc"]), lines


def n_dotenvx(g):
    pkey = pub(g, "dotenvx", "public_key")
    lines = ["#/-------------------[DOTENV_PUBLIC_KEY]--------------------/",
             "#/            public-key encryption for .env files          /",
             "#/       [how it works](https://dotenvx.com/encryption)     /",
             "#/----------------------------------------------------------/",
             f'DOTENV_PUBLIC_KEY_PRODUCTION="{pkey}"', "", "# .env.production"]
    for n in g.r.sample(["STRIPE_SECRET_KEY", "CLERK_SECRET_KEY", "RESEND_API_KEY", "AUTH_SECRET", "UPSTASH_REDIS_REST_TOKEN"], 3):
        blob = base64.b64encode(bytes([4]) + g.bytes_(g.randint(110, 150))).decode()
        lines.append(f'{n}="encrypted:{blob}"')
    lines.append("NEXT_PUBLIC_SITE_URL=\"https://" + g.domain() + "\"")
    return "dotenvx", "encrypted_dotenv", ".env.production", lines


def n_sealed(g):
    lines = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", f"  name: {g.app()}-env",
             "  namespace: web", "spec:", "  encryptedData:"]
    for n in g.r.sample(["STRIPE_SECRET_KEY", "AUTH_SECRET", "SENTRY_AUTH_TOKEN", "SUPABASE_SERVICE_ROLE_KEY"], 2):
        lines.append(f"    {n}: Ag" + base64.b64encode(g.bytes_(g.randint(330, 380))).decode())
    lines += ["  template:", "    metadata:", f"      name: {g.app()}-env", "    type: Opaque"]
    return "sealed_secrets", "ciphertext", "deploy/k8s/sealed-env.yaml", lines


def n_ext_manifest(g):
    d = {"manifest_version": 3, "name": f"{g.org().title()} Clipper", "version": f"1.{g.randint(0, 9)}.{g.randint(0, 30)}",
         "description": "Save and summarise pages.",
         "key": "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + g.s(B64STD, 320) + "IDAQAB",
         "permissions": ["storage", "contextMenus", "identity", "activeTab"],
         "host_permissions": [f"https://api.{g.domain()}/*"],
         "background": {"service_worker": "background.js", "type": "module"},
         "oauth2": {"client_id": google_oauth_client_id(g), "scopes": ["openid", "email"]},
         "action": {"default_popup": "popup.html"},
         "browser_specific_settings": {"gecko": {"id": f"clipper@{g.domain()}"}}}
    return "chrome", "extension_public_key_and_oauth_client_id", g.choice(["manifest.json", "extension/manifest.json", "public/manifest.json"]), json.dumps(d, indent=2).split("\n")


def n_firebase_config(g):
    pid = f"{g.app()}-{g.hex(5)}"
    sender = str(g.randint(100000000000, 999999999999))
    lines = ['import { initializeApp, getApps } from "firebase/app";', 'import { getAuth } from "firebase/auth";',
             'import { getFirestore } from "firebase/firestore";', "",
             "// Firebase web config is public by design; access is enforced by Security Rules and App Check.",
             "const firebaseConfig = {", f'  apiKey: "{google_key(g)}",', f'  authDomain: "{pid}.firebaseapp.com",',
             f'  projectId: "{pid}",', f'  storageBucket: "{pid}.appspot.com",', f'  messagingSenderId: "{sender}",',
             f'  appId: "{firebase_app_id(g, sender)}",', f'  measurementId: "{pub(g, "google_analytics", "measurement_id")}",', "};", "",
             "export const app = getApps().length ? getApps()[0] : initializeApp(firebaseConfig);",
             "export const auth = getAuth(app);", "export const db = getFirestore(app);"]
    return "firebase", "web_config", g.choice(["src/lib/firebase.ts", "lib/firebase.ts", "src/firebase.js"]), lines


JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
          "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")


def n_test_vectors(g):
    which = g.choice(["turnstile", "turnstile", "jwtio", "stripe_card", "stripe_docs"])
    path = g.choice(["src/__tests__/captcha.test.ts", "tests/unit/auth.test.ts", "src/lib/payments.test.ts"])
    lines = ['import { describe, expect, it } from "vitest";', ""]
    if which == "turnstile":
        lines += ["// Cloudflare's documented dummy keys: always pass / always fail",
                  'const SITE_KEY_PASS = "1x00000000000000000000AA";', 'const SECRET_PASS = "1x0000000000000000000000000000000AA";',
                  'const SECRET_FAIL = "2x0000000000000000000000000000000AA";', "",
                  'describe("verifyTurnstile", () => {', '  it("accepts the dummy token", async () => {',
                  '    const ok = await verifyTurnstile("XXXX.DUMMY.TOKEN.XXXX", SECRET_PASS);', "    expect(ok).toBe(true);", "  });",
                  '  it("rejects with the failing secret", async () => {',
                  '    expect(await verifyTurnstile("XXXX.DUMMY.TOKEN.XXXX", SECRET_FAIL)).toBe(false);', "  });", "});"]
        prov, kind = "turnstile", "documented_test_keys"
    elif which == "jwtio":
        lines += ["// canonical example token from jwt.io (signed with 'your-256-bit-secret')", f'const SAMPLE = "{JWT_IO}";', "",
                  'describe("decodeJwt", () => {', '  it("reads the subject", () => {',
                  '    expect(decodeJwt(SAMPLE).sub).toBe("1234567890");', "  });", "});"]
        prov, kind = "jwt", "jwt_io_example"
    elif which == "stripe_card":
        lines += ['const CARDS = {', '  visa: "4242424242424242",', '  declined: "4000000000000002",',
                  '  threeDS: "4000002500003155",', "};", "", 'describe("checkout", () => {',
                  '  it("formats card numbers", () => {', '    expect(formatCard(CARDS.visa)).toBe("4242 4242 4242 4242");', "  });", "});"]
        prov, kind = "stripe", "test_card_numbers"
    else:
        lines += ["// example key from the Stripe API reference; only works against their docs sandbox",
                  'const DOCS_KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";', "",
                  'describe("stripe key guard", () => {', '  it("flags test keys", () => {',
                  "    expect(isLiveKey(DOCS_KEY)).toBe(false);", "  });", "});"]
        prov, kind = "stripe", "docs_example_key"
    return prov, kind, path, lines


def n_i18n(g):
    d = {"settings": {"apiKeys": {"title": "API keys", "secretKey": "Secret key",
                                  "secretKeyHelp": "Your secret key starts with sk_live_. Keep it on your server.",
                                  "publishableKey": "Publishable key", "reveal": "Reveal", "copy": "Copy",
                                  "rotate": "Roll key", "masked": "sk_live_••••••••••••" + g.b62(4),
                                  "tokenPlaceholder": "Paste your token (ghp_…)"},
                      "webhooks": {"signingSecret": "Signing secret", "signingSecretHelp": "Starts with whsec_"}},
         "auth": {"password": "Password", "passwordHint": "At least 12 characters", "forgot": "Forgot password?"}}
    return "i18n", "ui_strings", g.choice(["locales/en.json", "messages/en.json", "src/i18n/en/common.json"]), json.dumps(d, indent=2, ensure_ascii=False).split("\n")


def n_svelte_csp(g):
    lines = ['import adapter from "@sveltejs/adapter-vercel";', 'import { vitePreprocess } from "@sveltejs/vite-plugin-svelte";', "",
             "/** @type {import('@sveltejs/kit').Config} */", "const config = {", "  preprocess: vitePreprocess(),", "  kit: {",
             '    adapter: adapter({ runtime: "nodejs20.x" }),', "    csp: {", "      directives: {",
             f'        "script-src": ["self", "{sri(g, "sha256")}", "{sri(g, "sha256")}"],',
             '        "connect-src": ["self", "https://*.supabase.co", "https://eu.i.posthog.com"],', "      },",
             '      mode: "auto",', "    },", "    env: {", '      publicPrefix: "PUBLIC_",', '      privatePrefix: "",', "    },",
             "  },", "};", "", "export default config;"]
    return "sveltekit", "csp_hashes", "svelte.config.js", lines


def n_turbo_json(g):
    names = g.r.sample(["STRIPE_SECRET_KEY", "CLERK_SECRET_KEY", "SUPABASE_SERVICE_ROLE_KEY", "SENTRY_AUTH_TOKEN",
                        "DATABASE_URL", "AUTH_SECRET", "RESEND_API_KEY", "OPENAI_API_KEY"], 4)
    d = {"$schema": "https://turbo.build/schema.json", "ui": "tui", "globalEnv": names,
         "globalPassThroughEnv": ["VERCEL_TOKEN", "TURBO_TOKEN"],
         "tasks": {"build": {"dependsOn": ["^build"], "env": ["NEXT_PUBLIC_*"], "outputs": [".next/**", "!.next/cache/**", "dist/**"]},
                   "lint": {}, "dev": {"cache": False, "persistent": True}}}
    return "turborepo", "env_names_only", "turbo.json", json.dumps(d, indent=2).split("\n")


def n_app_json(g):
    slug = g.app()
    pid = g.uuid()
    d = {"expo": {"name": slug.title(), "slug": slug, "version": "1.4.0", "scheme": slug, "runtimeVersion": {"policy": "appVersion"},
                  "ios": {"bundleIdentifier": f"com.{g.org().replace('-', '')}.{slug}"},
                  "android": {"package": f"com.{g.org().replace('-', '')}.{slug}",
                              "config": {"googleMaps": {"apiKey": google_key(g)}}},
                  "updates": {"url": f"https://u.expo.dev/{pid}"},
                  "extra": {"eas": {"projectId": pid}, "router": {"origin": False}}}}
    return "expo", "project_id_and_restricted_maps_key", "app.json", json.dumps(d, indent=2).split("\n")


def n_stripe_fixture(g):
    pi = "pi_3" + g.b62(23)
    d = {"id": "evt_1" + g.b62(23), "object": "event", "api_version": "2024-06-20", "created": g.iat(),
         "type": "payment_intent.succeeded", "livemode": False,
         "data": {"object": {"id": pi, "object": "payment_intent", "amount": g.randint(500, 25000), "currency": "eur",
                             "client_secret": f"{pi}_secret_{g.b62(25)}", "customer": "cus_" + g.b62(14),
                             "payment_method": "pm_1" + g.b62(23), "status": "succeeded"}}}
    return "stripe", "webhook_fixture_ids_and_client_secret", g.choice(["test/fixtures/payment_intent.succeeded.json", "__fixtures__/stripe-event.json"]), json.dumps(d, indent=2).split("\n")


def n_sentry_client(g):
    lines = ['import * as Sentry from "@sentry/nextjs";', "", "Sentry.init({", f'  dsn: "{sentry_dsn(g)}",',
             f"  tracesSampleRate: {g.choice(['0.1', '0.2', '1.0'])},", "  replaysSessionSampleRate: 0.0,",
             "  replaysOnErrorSampleRate: 1.0,", "  integrations: [Sentry.replayIntegration()],",
             '  environment: process.env.NEXT_PUBLIC_VERCEL_ENV ?? "development",', "});"]
    return "sentry", "dsn", g.choice(["sentry.client.config.ts", "instrumentation-client.ts"]), lines


def n_masked_changelog(g):
    pfx = g.choice(["sk_live_", "ghp_", "sk-proj-", "whsec_", "sntrys_", "shpat_", "npm_", "re_", "phx_"])
    last = g.b62(4)
    lines = ["# Security incident notes", "", f"## {g.randint(2023, 2025)}-{g.randint(1, 12):02d}-{g.randint(1, 28):02d}", "",
             f"- A key ending in `{last}` (`{pfx}…{last}`) was pushed to a feature branch.",
             "- It was revoked within 12 minutes from the provider dashboard.",
             f"- The new key is stored only in the Vercel project settings; `.env.local` now reads `{pfx}****{last[:2]}` placeholder text in examples.",
             "- Added the pre-commit hook to the repo template.", "",
             "## Follow-ups", "", "- [x] rotate", "- [x] audit logs", "- [ ] add a CI scan step"]
    return "docs", "masked_key_mention", g.choice(["docs/incidents/2024-key-leak.md", "SECURITY-NOTES.md"]), lines


NEG_SPECIAL = [(n_html_integrity, 1.0), (n_lockfile, 1.0), (n_build_info, 0.8), (n_webpack_runtime, 0.7),
               (n_css_modules, 0.6), (n_sops, 1.0), (n_dotenvx, 1.0), (n_sealed, 0.6), (n_ext_manifest, 1.0),
               (n_firebase_config, 1.4), (n_test_vectors, 1.3), (n_i18n, 0.8), (n_svelte_csp, 0.7), (n_turbo_json, 0.8),
               (n_app_json, 0.8), (n_stripe_fixture, 1.0), (n_sentry_client, 0.8), (n_masked_changelog, 0.8)]


# =====================================================================
# File-type table
#   name: (renderer, variant, frameworks, pos_weight, neg_weight, ref_ok)
# =====================================================================

ALL_FW = ["next", "vite", "nuxt", "sveltekit", "astro", "remix", "expo", "extension", "static"]

FILETYPES = {
    ".env": (r_env, "env", ALL_FW, 3.0, 2.0, True),
    ".env.local": (r_env, "env.local", ALL_FW, 3.0, 1.5, True),
    ".env.production": (r_env, "env.production", ALL_FW, 2.0, 1.5, True),
    ".env.development.local": (r_env, "env.development", ALL_FW, 0.8, 0.5, True),
    ".env.example": (r_env, "env.example", ALL_FW, 0.4, 2.5, False),
    "next.config.js": (r_next_config, "next.config.js", ["next"], 1.2, 1.0, True),
    "next.config.mjs": (r_next_config, "next.config.mjs", ["next"], 1.0, 0.8, True),
    "vite.config.ts": (r_vite_config, "vite", ["vite"], 1.2, 1.0, True),
    "nuxt.config.ts": (r_nuxt_config, "nuxt", ["nuxt"], 1.2, 1.2, True),
    "astro.config.mjs": (r_astro_config, "astro", ["astro"], 1.0, 0.8, True),
    "route.ts": (r_route, "route", ["next"], 2.0, 1.2, True),
    "server-action.ts": (r_server_action, "action", ["next"], 1.2, 0.8, True),
    "middleware.ts": (r_middleware, "mw", ["next"], 0.8, 0.6, True),
    "hooks.server.ts": (r_hooks_server, "hooks", ["sveltekit"], 1.0, 0.8, True),
    "remix-route.tsx": (r_remix_route, "remix", ["remix"], 0.8, 0.6, True),
    "component.tsx": (r_component, "comp", ["next", "vite"], 1.5, 2.5, True),
    "service-worker.js": (r_service_worker, "sw", ["static", "vite"], 0.6, 0.6, True),
    "extension-background": (r_ext_background, "bg", ["extension"], 0.8, 0.6, True),
    "server-lib.ts": (r_server_lib, "lib", ["next", "remix", "nuxt"], 1.5, 0.8, True),
    ".storybook/main.ts": (r_storybook, "sb", ["next", "vite"], 0.6, 0.6, True),
    "playwright.config.ts": (r_playwright, "pw", ["next", "vite"], 0.6, 0.6, True),
    "cypress.config.ts": (r_cypress_config, "cy", ["next", "vite"], 0.6, 0.6, True),
    "cypress.env.json": (r_cypress_env, "cyenv", ["next", "vite"], 0.6, 0.8, False),
    "jest.setup.ts": (r_jest_setup, "jest", ["next", "vite"], 0.7, 1.0, True),
    "wrangler.toml": (r_wrangler, "wr", ["static", "remix", "astro", "sveltekit"], 1.0, 1.0, True),
    "vercel.json": (r_vercel_json, "vj", ["next", "vite", "astro", "sveltekit"], 0.8, 0.8, True),
    "netlify.toml": (r_netlify_toml, "nt", ["astro", "vite", "static", "next"], 0.9, 0.9, True),
    "package.json": (r_package_json, "pkg", ["next", "vite", "astro", "extension"], 1.2, 0.6, True),
    "github-workflow.yml": (r_workflow, "gha", ["next", "vite", "astro", "extension", "expo"], 1.4, 1.5, True),
    ".turbo/config.json": (r_turbo_config, "turbo", ["next"], 0.5, 0.2, True),
    ".npmrc": (r_npmrc, "npmrc", ["next", "vite"], 1.0, 1.0, True),
    "eas.json": (r_eas_json, "eas", ["expo"], 0.7, 0.6, False),
    "service-account.json": (r_sa_json, "sa", ["next"], 2.0, 0.3, False),
    ".env.keys": (r_env_keys, "envkeys", ["next"], 1.0, 0.0, False),
    "README.md": (r_readme, "readme", ALL_FW, 0.8, 1.5, False),
    "docs.mdx": (r_readme, "docs.mdx", ALL_FW, 0.5, 1.0, False),
    "index.html": (r_index_html, "html", ["vite", "static", "extension"], 0.8, 1.0, True),
    "dist-bundle.js": (r_bundle, "bundle", ["vite", "astro", "static"], 1.0, 1.2, True),
    "sourcemap.js.map": (r_sourcemap, "map", ["vite", "astro"], 0.7, 0.8, True),
}

SPECIAL_ONLY = {".npmrc": {"npm", "github"}, ".turbo/config.json": {"vercel"},
                "service-account.json": {"firebase"}, ".env.keys": {"dotenvx"}}
FIREBASE_OK = {".env", ".env.local", ".env.production", ".env.development.local", "service-account.json",
               "server-lib.ts", "route.ts", "server-action.ts", "netlify.toml", "next.config.js", "github-workflow.yml"}
CLIENT_FT = {"component.tsx", "index.html", "dist-bundle.js", "sourcemap.js.map", "extension-background",
             "vite.config.ts", "service-worker.js"}


def ft_ok_pos(ft, k):
    prov = k["provider"]
    if ft in SPECIAL_ONLY:
        return prov in SPECIAL_ONLY[ft]
    if prov == "firebase":
        return ft in FIREBASE_OK
    if prov == "dotenvx":
        return ft in {".env.keys", "github-workflow.yml", "package.json"}
    if ft == "package.json":
        return bool(k["cli"])
    if prov in ("npm", "github") and ft in ("index.html", "dist-bundle.js", "sourcemap.js.map", "component.tsx"):
        return False
    return True


def ft_weight_pos(ft, k):
    w = FILETYPES[ft][3]
    if ft in SPECIAL_ONLY:
        w *= 6
    if ft in CLIENT_FT:
        w *= 2.0 if k["client"] else 0.5
    if ft == "package.json" and k["cli"]:
        w *= 2
    if ft == "github-workflow.yml" and k["cli"]:
        w *= 1.5
    return w


def wchoice(g, items, weights):
    tot = sum(weights)
    x = g.r.random() * tot
    for it, w in zip(items, weights):
        x -= w
        if x <= 0:
            return it
    return items[-1]


def wrap_value(g, k, secret):
    """Embed the secret into what the variable really holds; returns (text, needle)."""
    needle = secret
    if k["provider"] == "neon":
        host = f"ep-{g.slug2()}-{g.hex(8)}{g.choice(['-pooler', ''])}.{g.choice(['us-east-2', 'eu-central-1', 'ap-southeast-1'])}.aws.neon.tech"
        return f"postgresql://{g.choice(['neondb_owner', 'app_user', 'web'])}:{secret}@{host}/{g.choice(['neondb', 'app', 'main'])}?sslmode=require", needle
    if k["provider"] == "postgres":
        host = g.choice([f"db.{supabase_ref(g)}.supabase.co:5432", f"{g.app()}-db.{g.hex(12)}.eu-west-1.rds.amazonaws.com:5432",
                         f"{g.app()}.postgres.database.azure.com:5432"])
        needle = urllib.parse.quote(secret, safe="")
        return f"postgresql://{g.choice(['app', 'postgres', 'prisma', 'web_rw'])}:{needle}@{host}/{g.choice(['app', 'prod', 'postgres'])}", needle
    return secret, needle


# =====================================================================
# Sample generation
# =====================================================================

NO_GENERIC_FT = {".npmrc", "service-account.json", ".env.keys", ".turbo/config.json"}
PLACEHOLDER_FT = {".env.example": 6.0, "README.md": 2.0, "docs.mdx": 1.2, ".env": 0.6, ".env.local": 0.6,
                  "jest.setup.ts": 1.5, "cypress.env.json": 1.0, "eas.json": 0.6, "route.ts": 0.4,
                  "nuxt.config.ts": 0.5, "wrangler.toml": 0.4, "playwright.config.ts": 0.6, ".storybook/main.ts": 0.4,
                  "vercel.json": 0.3}
MASKED_FT = {"README.md": 2.0, "docs.mdx": 2.0}


def find_kind(provider, kind):
    for k in POS_KINDS:
        if k["provider"] == provider and k["kind"] == kind:
            return k
    raise KeyError((provider, kind))


def render(ft, c):
    fn, variant = FILETYPES[ft][0], FILETYPES[ft][1]
    return fn(c, variant)


def gen_positive(g):
    k = wchoice(g, POS_KINDS, [k["weight"] for k in POS_KINDS])
    fts = [ft for ft in FILETYPES if FILETYPES[ft][3] > 0 and ft_ok_pos(ft, k)]
    ft = wchoice(g, fts, [ft_weight_pos(ft, k) for ft in fts])
    fw = g.choice(FILETYPES[ft][2])
    secret = SECRET_GEN[(k["provider"], k["kind"])](g)
    text, needle = wrap_value(g, k, secret)
    generic = ft not in NO_GENERIC_FT and g.chance(0.34)
    name = g.choice(k["generic"] if generic else k["names"])
    misuse_prefix = k["client"] and ft in CLIENT_FT and g.chance(0.6)
    decoys = make_decoys(g, k["decoys"], fw) if k["decoys"] and g.chance(0.75) else []
    c = Ctx(g, "pos", k["provider"], k["kind"], name, text, k["init"], k["cli"], fw, decoys,
            is_pub=misuse_prefix, client=k["client"], generic=generic)
    path, lines = render(ft, c)
    return dict(provider=k["provider"], kind=k["kind"], filetype=ft, path=path, lines=lines, needle=needle)


def gen_negative(g):
    r = g.r.random()
    if r < 0.24:
        fn = wchoice(g, [f for f, _ in NEG_SPECIAL], [w for _, w in NEG_SPECIAL])
        prov, kind, path, lines = fn(g)
        return dict(provider=prov, kind=kind, filetype=special_ft(path), path=path, lines=lines)
    if r < 0.64:
        keys = list(PUB_META)
        spec = wchoice(g, keys, [0.35 if k in PUB_IDS else 1.0 for k in keys])
        names, init = PUB_META[spec]
        fts = [ft for ft in FILETYPES if FILETYPES[ft][4] > 0 and ft not in SPECIAL_ONLY
               and ft not in ("service-account.json", "package.json")]
        ft = wchoice(g, fts, [FILETYPES[ft][4] * (1.6 if ft in CLIENT_FT else 1.0) for ft in fts])
        fw = g.choice(FILETYPES[ft][2])
        others = [s for s in PUB_META if s != spec and s not in PUB_IDS]
        decoys = make_decoys(g, [(PUB_META[s][0][0], s) for s in g.r.sample(others, g.randint(0, 2))], fw)
        name = g.choice(names)
        if spec in NO_PUBLIC_PREFIX:
            name = "!" + name
        text = pub(g, *spec)
        if FILETYPES[ft][5] and ft in CLIENT_FT | {"route.ts", "server-lib.ts", "next.config.js", "nuxt.config.ts"} and g.chance(0.2):
            text = None  # process.env.NEXT_PUBLIC_... / import.meta.env.VITE_... reference
        c = Ctx(g, "neg", spec[0], spec[1], name, text, init, None, fw, decoys, is_pub=True)
        path, lines = render(ft, c)
        return dict(provider=spec[0], kind=spec[1], filetype=ft, path=path, lines=lines)
    k = wchoice(g, POS_KINDS, [k["weight"] for k in POS_KINDS])
    sample = SECRET_GEN[(k["provider"], k["kind"])](g)
    prefix = secret_prefix(sample)
    if r < 0.80:
        mode = "ref"
        fts = [ft for ft in FILETYPES if FILETYPES[ft][4] > 0 and FILETYPES[ft][5] and ft_ok_pos(ft, k)]
        ft = wchoice(g, fts, [FILETYPES[ft][4] for ft in fts])
        text = None
    elif r < 0.94:
        mode = "placeholder"
        fts = [ft for ft in PLACEHOLDER_FT if ft_ok_pos(ft, k)] or [".env.example"]
        ft = wchoice(g, fts, [PLACEHOLDER_FT.get(ft, 1.0) for ft in fts])
        ph = placeholder_for(g, prefix)
        text = wrap_value(g, k, g.choice(["password", "<password>", "YOUR_PASSWORD", "changeme"]))[0] \
            if k["provider"] in ("neon", "postgres") else ph
    else:
        mode = "masked"
        ft = wchoice(g, list(MASKED_FT), list(MASKED_FT.values()))
        text = masked_for(g, prefix, len(sample))
        if k["provider"] in ("neon", "postgres"):
            text = wrap_value(g, k, "********")[0]
    fw = g.choice(FILETYPES[ft][2])
    generic = ft not in NO_GENERIC_FT and g.chance(0.25)
    name = g.choice(k["generic"] if generic else k["names"])
    decoys = make_decoys(g, k["decoys"], fw) if k["decoys"] and g.chance(0.6) else []
    c = Ctx(g, "neg", k["provider"], k["kind"], name, text, k["init"], k["cli"], fw, decoys,
            generic=generic, neg_mode=mode)
    path, lines = render(ft, c)
    return dict(provider=k["provider"], kind=f"{mode}:{k['kind']}", filetype=ft, path=path, lines=lines)


def special_ft(path):
    base = path.rsplit("/", 1)[-1]
    if base.endswith(".css"):
        return "dist-bundle.css"
    if "/chunks/webpack-" in path:
        return "dist-bundle.js"
    if base.endswith(".test.ts"):
        return "unit-test.ts"
    if path.startswith(("locales/", "messages/", "src/i18n/")):
        return "i18n.json"
    if base in ("build-info.json", "version.json"):
        return "build-info.json"
    if base in ("prod.env", ".env.production.enc", ".env.enc"):
        return ".env.production"
    if base.endswith((".yaml", ".yml")):
        return "k8s.yaml"
    if base.endswith(".md"):
        return "README.md"
    if "firebase" in base:
        return "firebase-config.ts"
    if base in ("sentry.client.config.ts", "instrumentation-client.ts"):
        return "sentry.client.config.ts"
    if "fixture" in path or "__fixtures__" in path:
        return "test-fixture.json"
    return base


# =====================================================================
# Main: write files, manifest, secrets, self-check
# =====================================================================

N_POS = 500
N_NEG = 500


def write_file(outdir, rel, lines):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    text = "\n".join(lines).rstrip("\n") + "\n"
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    return text


def needle_line(text, needle):
    for i, line in enumerate(text.split("\n"), start=1):
        if needle in line:
            return i
    return None


def main(argv):
    if len(argv) != 3:
        print(__doc__.split("NEEDLE CONVENTIONS")[0])
        print("usage: python3 gen_an.py OUTDIR SEED", file=sys.stderr)
        return 2
    outdir, seed = argv[1], int(argv[2])
    g = G(seed)
    manifest, secrets = [], []
    pos_texts, neg_texts = {}, {}
    problems = []

    for i in range(1, N_POS + 1):
        for _attempt in range(20):
            d = gen_positive(g)
            if 5 <= len(d["lines"]) <= 80 and sum(d["needle"] in l for l in d["lines"]) == 1:
                break
        rel = f"pos/p{i:04d}/{d['path']}"
        text = write_file(outdir, rel, d["lines"])
        line = needle_line(text, d["needle"])
        if line is None:
            problems.append(f"needle missing in {rel}")
        manifest.append({"file": rel, "label": "positive", "provider": d["provider"], "kind": d["kind"], "filetype": d["filetype"]})
        secrets.append({"file": rel, "needle": d["needle"], "line": line})
        pos_texts[rel] = text

    for i in range(1, N_NEG + 1):
        for _attempt in range(20):
            d = gen_negative(g)
            if 5 <= len(d["lines"]) <= 80:
                break
        rel = f"neg/n{i:04d}/{d['path']}"
        text = write_file(outdir, rel, d["lines"])
        manifest.append({"file": rel, "label": "negative", "provider": d["provider"], "kind": d["kind"], "filetype": d["filetype"]})
        neg_texts[rel] = text

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for row in manifest:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for row in secrets:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    # ---------------- self-check ----------------
    for row in secrets:
        with open(os.path.join(outdir, row["file"]), encoding="utf-8") as fh:
            file_lines = fh.read().split("\n")
        ln = row["line"]
        if not ln or ln > len(file_lines) or row["needle"] not in file_lines[ln - 1]:
            problems.append(f"needle not on stated line: {row['file']}:{ln}")
        if len(row["needle"]) < 8:
            problems.append(f"needle suspiciously short: {row['file']}")
    all_neg = "\n".join(neg_texts.values())
    for row in secrets:
        if row["needle"] in all_neg:
            hits = [f for f, t in neg_texts.items() if row["needle"] in t]
            problems.append(f"positive needle {row['file']} found in negatives {hits[:3]}")
    for rel, t in list(pos_texts.items()) + list(neg_texts.items()):
        n = t.count("\n")
        if not 5 <= n <= 80:
            problems.append(f"line count {n} outside 5..80: {rel}")

    def show(title_, counter):
        print(f"\n{title_} ({len(counter)}):")
        for k_, v_ in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {v_:4d}  {k_}")

    for label in ("positive", "negative"):
        rows = [m for m in manifest if m["label"] == label]
        print(f"\n===== {label}: {len(rows)} files =====")
        show("providers", Counter(m["provider"] for m in rows))
        show("provider/kind", Counter(f"{m['provider']}/{m['kind']}" for m in rows))
        show("file types", Counter(m["filetype"] for m in rows))
    gen_count = sum(1 for m in manifest if m["label"] == "positive")
    print(f"\nself-check: {len(problems)} problem(s)")
    for p in problems[:50]:
        print("  -", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
