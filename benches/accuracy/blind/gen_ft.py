#!/usr/bin/env python3
"""gen_ft.py - blind evaluation set for secret scanners: the creator economy.

EMPHASIS
    Newsletters, memberships and digital products, as built by small creator
    businesses and the agencies that help them.
    Providers: Ghost (Admin API keys id:secret vs public Content API keys,
    self-hosted config passwords), beehiiv, Kit/ConvertKit (v4 `kit_` keys,
    v3 api_secret), Buttondown, MailerLite, Patreon (creator access tokens,
    client secrets, webhook secrets), Gumroad (access tokens, license keys),
    Ko-fi (webhook verification tokens), Memberful, Lemon Squeezy (JWT API
    keys, webhook signing secrets, license keys), Paddle Billing (pdl_ API
    keys, notification secrets), Thinkific, Teachable, Kajabi, Circle.so,
    Discord (bot tokens for member roles, webhook URLs, OAuth secrets),
    Substack (substack.sid session cookie), YouTube/Google (API keys, OAuth
    client secrets, refresh tokens, stream keys, service-account keys),
    Stripe (as used by Ghost/Memberful memberships), Zapier/Make hook URLs.
    Kinds: api keys, admin keys, access tokens, client secrets, webhook
    signing secrets, session cookies, license keys, passwords, webhook URLs,
    private keys.
    File types: Next.js API routes (ts/js), Node, Python scripts, Ruby/Rails,
    PHP (WordPress plugins, Laravel config), Cloudflare Workers (wrangler.toml),
    Netlify/Vercel config, GitHub Actions, docker-compose, Kubernetes,
    Terraform, YAML/JSON/TOML/INI/properties/XML, .env files, Markdown docs,
    Zapier/Make exports (JSON), CSV member exports, SQL seeds, logs,
    Dockerfile, shell scripts.

USAGE
    python3 gen_ft.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (p0000..p0499),
    OUTDIR/neg/nNNNN/<relpath> (n0000..n0499), OUTDIR/manifest.jsonl and
    OUTDIR/secrets.jsonl.  Deterministic per SEED: all randomness comes from
    one random.Random(SEED).  Standard library only.

NEEDLE CONVENTIONS
    * The needle is the credential value only, never the variable name,
      quotes, "Bearer "/"Token "/"Bot " prefixes or header names.
    * Ghost Admin API key: the whole "id:secret" string (24 hex ":" 64 hex),
      because that is what Ghost hands out and what leaks.  In a Ghost SQL
      seed (api_keys table) the needle is the 64-hex secret column.
    * Connection strings / URLs with user:password@ : the password only.
    * Query-string secrets (?api_secret=...): the value only.
    * Webhook URLs whose path is the secret (Discord webhooks, Zapier catch
      hooks, Make hooks): the whole URL from https:// to the end of the token.
    * Cookies: the cookie value only (for substack.sid the URL-encoded value
      exactly as the browser stores it, starting "s%3A").
    * Service-account JSON: the private_key string value exactly as written
      (one line with literal \\n escapes, from -----BEGIN to the final \\n).
    * Every positive file holds exactly one credential; the program asserts
      that the needle occurs on the recorded 1-based line.

NEGATIVES
    500 files with no credential. 250 re-use the positive templates with the
    secret slot holding a non-secret: placeholders (<your-admin-api-key>,
    YOUR_API_KEY_HERE, changeme, xxxx...), empty values, masked values
    (****, [REDACTED], prefix+bullets+last4), environment / secret-manager
    references in the file's own syntax (os.environ[...], process.env.X,
    ENV.fetch, getenv(), ${{ secrets.X }}, ${VAR}, op://, vault paths,
    var.x), template expressions ({{ ... }}, <%= %>), providers' documented
    example keys, and values documented as public (Ghost Content API keys,
    Paddle client-side tokens, Stripe publishable keys, Patreon/Google client
    ids, Discord application ids and interaction public keys, beehiiv
    publication ids).  Negatives never use .env / .env.local / .env.production
    names (the scanner blocks those by policy); .env.example is used instead.
    The other 250 are look-alike files of the domain: Ghost post/member ids,
    Content API keys in theme code, member CSV exports, publication ids
    (pub_...), product permalinks, masked license keys, webhook event ids,
    signature headers and HMAC digests in logs, Paddle/Stripe entity ids,
    Discord snowflakes and Ed25519 public keys, lockfile integrity hashes,
    image digests, pinned action SHAs, SRI hashes, UUIDs, base64 data URIs,
    PEM public keys, Cloudflare account/namespace ids.

FORMATS CHECKED (search of public docs, not of any scanner's rules)
    * Ghost: Admin API key is "{id}:{secret}", secret hex-encoded, used to sign
      a 5-minute HS256 JWT with kid=id, aud=/admin/ (docs.ghost.org/admin-api,
      Ghost client libraries); id is a 24-hex object id, secret 64 hex.
      Content API keys are passed as ?key= and are "safe for use in browsers"
      (docs.ghost.org/content-api); demo key 22444f78447824223cefc48062 (26 hex).
    * Paddle Billing: "pdl_live_apikey_" / "pdl_sdbx_apikey_" + 26-char ULID
      + "_" + 26 chars, 69 chars in all; keys used as Bearer; documented example
      pdl_live_apikey_01gtgztp8f4kek3yd4g1wrksa3_q6TGTJyvoIz7LDtXT65bX7_AQO
      (developer.paddle.com changelog 2025 / authentication page).
      Client-side tokens are "safe to publish in your app code".
    * Kit: v3 has api_key (public calls) and api_secret ("treat it as your
      password"), base URL api.convertkit.com/v3; v4 keys live at api.kit.com/v4
      (developers.kit.com).  Real project files show v4 keys as kit_ + 32 hex.
    * beehiiv: API key used as Bearer against api.beehiiv.com/v2; publication
      ids pub_<uuid>; v1 used an X-ApiKey header (developers.beehiiv.com).
    * Buttondown: "Authorization: Token <key>", docs example is 40 hex
      (buttondown docs, authentication.mdx).
    * Thinkific: X-Auth-API-Key (32 hex in SDK docs) + X-Auth-Subdomain, or
      Bearer OAuth token (UUID).
    * Circle.so: admin tokens from Developers -> Tokens, sent as
      "Authorization: Bearer <token>" (v2) or "Token <token>" (v1).
    * Discord: bot token = base64(user id) "." base64 timestamp (6) "."
      HMAC part (27 chars in old tokens, 38 in current ones) (library docs:
      serenity, nostrum).
    * Lemon Squeezy: API keys are long RS256 JWTs (eyJ0eXAiOiJKV1QiLCJhbGci
      OiJSUzI1NiJ9...), webhook signing secret is chosen by the merchant and
      verified via the X-Signature HMAC-SHA256 header.
    * Gumroad: OAuth apps (Doorkeeper), "Generate access token"; license keys
      verified at /v2/licenses/verify with product_id.
    * Ko-fi: webhook posts form field data=<json> carrying verification_token.
    * MailerLite: new API uses Bearer tokens from Integrations; Classic used
      X-MailerLite-ApiKey.
    * Substack: no API keys; authentication by the substack.sid / connect.sid
      Express signed session cookie ("s%3A" prefix when URL-encoded).
    * Patreon: client_id / client_secret from the client portal and a
      "creator access token"; Bearer auth on API v2.

DOUBTS
    * beehiiv key length/alphabet (64 alphanumerics assumed), Circle.so token
      (24 alphanumerics assumed), Teachable apiKey (32 alphanumerics assumed),
      Memberful API key (32 alphanumerics assumed), Kajabi client secret
      (40 alphanumerics assumed), Podia: no public API key format found, so
      Podia appears only in negatives.
    * Kit v3 api_key (22 chars) and api_secret (43 base64url chars) lengths are
      from memory of real configs, not from Kit's docs; kit_ + 32 hex for v4
      is from real project files, not Kit's docs.
    * Patreon token lengths (43-char access tokens, 64-char client id/secret)
      and Gumroad access token (43 base64url, Doorkeeper default) unconfirmed.
    * Ko-fi verification tokens assumed to be lowercase UUIDs.
    * MailerLite new-API tokens assumed to be RS256 JWTs like Lemon Squeezy's
      (both Laravel Passport); JWT payload claims are plausible, not checked.
    * Lemon Squeezy license keys assumed UUID-shaped upper case; Gumroad
      license keys assumed 4 groups of 8 upper-case hex.
    * Paddle notification-destination secrets assumed "pdl_ntfset_" + ULID +
      "_" + 32 chars; Paddle client-side tokens "live_"/"test_" + 27 hex.
    * Discord webhook tokens assumed 68 base64url chars; YouTube stream keys
      assumed 5 groups of 4 lower-case alphanumerics.
    * Stripe secret keys modelled as sk_live_/rk_live_ + 99 alphanumerics,
      whsec_ + 32 alphanumerics.
    * Patreon / Google / Discord client ids are treated as public values in
      negatives; some teams would still prefer not to commit them.
    * One code search result was another scanner's rule file (a kingfisher
      rule for an unrelated "convertapi" provider); it was not used.
"""
import base64
import json
import os
import random
import re
import sys

HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
DIG = "0123456789"
LOW = "abcdefghijklmnopqrstuvwxyz"
UP = LOW.upper()
ALNUM = DIG + UP + LOW
LOWALNUM = DIG + LOW
B64URL = ALNUM + "-_"
CROCK = "0123456789abcdefghjkmnpqrstvwxyz"
PWCH = ALNUM + "-_.!"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def b64(data):
    return base64.b64encode(data).decode()


def uuid4(r, upper=False):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def oid(r):
    """24-hex object id (Ghost ids are Mongo-style ObjectIds)."""
    ts = r.randint(1546300800, 1735689600)
    return "%08x" % ts + rs(r, HEX, 16)


def snow(r):
    return str(r.randint(700000000000000000, 1299999999999999999))


def ulid(r):
    return "01" + rs(r, CROCK, 24)


def ts(r):
    return r.randint(1672531200, 1735689600)


def isodate(r):
    return "20%02d-%02d-%02dT%02d:%02d:%02d.000Z" % (
        r.randint(23, 25), r.randint(1, 12), r.randint(1, 28),
        r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def day(r):
    return "20%02d-%02d-%02d" % (r.randint(23, 25), r.randint(1, 12), r.randint(1, 28))


FIRST = ["maya", "leo", "ana", "tomas", "priya", "jonah", "ines", "kofi", "mei",
         "sam", "elena", "noah", "farah", "oskar", "lucia", "theo", "amara", "ruth"]
LASTN = ["okafor", "lindqvist", "silva", "nakamura", "brennan", "haddad", "kowalski",
         "moreau", "reyes", "van-dijk", "osei", "patel", "novak", "fischer"]
BRANDS = ["quiet-letter", "slow-money-notes", "bytes-and-brews", "the-field-guide",
          "sunday-sketchbook", "indie-hacker-weekly", "plant-based-pantry", "lens-and-light",
          "margin-notes", "the-craft-desk", "deep-work-digest", "synth-diaries",
          "trail-running-club", "ceramics-studio", "focus-and-flow", "the-tiny-ledger",
          "after-hours-audio", "northern-birding", "kitchen-table-math", "open-road-journal"]
TLDS = [".com", ".blog", ".io", ".co", ".news", ".studio", ".email"]
PRODUCTS = ["Notion Creator OS", "Lightroom Preset Pack", "Newsletter Growth Playbook",
            "Procreate Brush Set", "Figma UI Kit", "Ableton Drum Rack", "Course: Cold Email 101",
            "Icon Pack Vol. 2", "LUT Bundle", "Budget Spreadsheet", "Ebook: Calm Code"]
TIERS = ["Free", "Supporter", "Insider", "Founding Member", "Patron", "Studio Pass"]


def brand(r):
    return r.choice(BRANDS)


def domain(r):
    return brand(r) + r.choice(TLDS)


def person(r):
    return r.choice(FIRST), r.choice(LASTN)


def email(r):
    f, l = person(r)
    return "%s.%s@%s" % (f, l.replace("-", ""), r.choice(["gmail.com", "proton.me", "fastmail.com", "outlook.com", "icloud.com"]))


def slugify(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


# --------------------------------------------------------------------------
# Secret generators
# --------------------------------------------------------------------------

def jwt_rs256(r, payload, sig_bytes=512):
    head = b64u(b'{"typ":"JWT","alg":"RS256"}')
    body = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return head + "." + body + "." + b64u(rbytes(r, sig_bytes))


def g_ghost_admin(r):
    return oid(r) + ":" + rs(r, HEX, 64)


def g_ghost_content(r):
    return rs(r, HEX, 26)


def g_kit_v4(r):
    return "kit_" + rs(r, HEX, 32)


def g_kit_v3_secret(r):
    return rs(r, B64URL, 43)


def g_kit_v3_key(r):
    return rs(r, B64URL, 22)


def g_beehiiv(r):
    return rs(r, ALNUM, 64)


def g_buttondown(r):
    return rs(r, HEX, 40) if r.random() < 0.6 else uuid4(r)


def g_mailerlite(r):
    t = ts(r)
    return jwt_rs256(r, {"aud": "4", "jti": rs(r, HEX, 80), "iat": t, "nbf": t,
                         "exp": t + 31536000 * 10, "sub": str(r.randint(100000, 999999)),
                         "scopes": []})


def g_patreon_token(r):
    return rs(r, B64URL, 43)


def g_patreon_secret(r):
    return rs(r, B64URL, 64)


def g_gumroad_token(r):
    return rs(r, B64URL, 43)


def g_gumroad_license(r):
    return "-".join(rs(r, UHEX, 8) for _ in range(4))


def g_kofi(r):
    return uuid4(r)


def g_memberful(r):
    return rs(r, ALNUM, 32)


def g_lemon_api(r):
    t = ts(r)
    return jwt_rs256(r, {"aud": uuid4(r), "jti": rs(r, HEX, 80), "iat": t, "nbf": t,
                         "exp": t + 31536000 * 5, "sub": str(r.randint(100000, 9999999)),
                         "scopes": []})


def g_lemon_whsec(r):
    return rs(r, ALNUM, r.randint(20, 40))


def g_lemon_license(r):
    return uuid4(r, upper=True)


def g_paddle_api(r):
    env = "live" if r.random() < 0.75 else "sdbx"
    tail = rs(r, ALNUM, 26)
    if r.random() < 0.4:
        i = r.randint(4, 22)
        tail = tail[:i] + "_" + tail[i + 1:]
    return "pdl_%s_apikey_%s_%s" % (env, ulid(r), tail)


def g_paddle_ntf(r):
    return "pdl_ntfset_%s_%s" % (ulid(r), rs(r, ALNUM, 32))


def g_thinkific(r):
    return rs(r, HEX, 32)


def g_teachable(r):
    return rs(r, ALNUM, 32)


def g_kajabi(r):
    return rs(r, ALNUM, 40)


def g_circle(r):
    return rs(r, ALNUM, 24)


def g_discord_bot(r):
    uid = snow(r)
    p1 = b64(uid.encode()).rstrip("=")
    p2 = b64u(r.randint(0x5F000000, 0x67FFFFFF).to_bytes(4, "big"))
    p3 = rs(r, B64URL, 38 if r.random() < 0.7 else 27)
    return p1 + "." + p2 + "." + p3


def g_discord_webhook(r):
    host = r.choice(["discord.com", "discord.com", "discordapp.com"])
    return "https://%s/api/webhooks/%s/%s" % (host, snow(r), rs(r, B64URL, 68))


def g_discord_client_secret(r):
    return rs(r, B64URL, 32)


def g_substack(r):
    sid = rs(r, B64URL, 32)
    sig = b64(rbytes(r, 32)).rstrip("=").replace("+", "%2B").replace("/", "%2F")
    return "s%3A" + sid + "." + sig


def g_google_key(r):
    return "AIza" + rs(r, B64URL, 35)


def g_google_secret(r):
    return "GOCSPX-" + rs(r, B64URL, 28)


def g_google_refresh(r):
    return "1//0" + r.choice("0123456789abcdefg") + rs(r, B64URL, 98)


def g_yt_stream(r):
    return "-".join(rs(r, LOWALNUM, 4) for _ in range(5))


def g_stripe_sk(r):
    return r.choice(["sk_live_", "rk_live_"]) + "51" + rs(r, ALNUM, 97)


def g_stripe_whsec(r):
    return "whsec_" + rs(r, ALNUM, 32)


def g_zapier(r):
    return "https://hooks.zapier.com/hooks/catch/%d/%s/" % (r.randint(1000000, 19999999), rs(r, LOWALNUM, 7))


def g_make(r):
    return "https://hook.%s.make.com/%s" % (r.choice(["eu1", "eu2", "us1", "us2"]), rs(r, LOWALNUM, 32))


def g_password(r):
    return rs(r, PWCH, r.randint(16, 28))


def g_pem_body_lines(r):
    body = b64(b"\x30\x82\x04\xbd\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00\x04\x82\x04\xa7" + rbytes(r, 1185))
    return [body[i:i + 64] for i in range(0, len(body), 64)]


def g_sa_private_key(r):
    lines = g_pem_body_lines(r)
    return "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----\\n"


# --------------------------------------------------------------------------
# Secret specs: generator + what a non-secret in the same slot looks like
# --------------------------------------------------------------------------

def pub_ghost(r):
    return g_ghost_content(r)


def pub_paddle(r):
    return r.choice(["live_", "test_"]) + rs(r, HEX, 27)


def pub_stripe(r):
    return "pk_live_51" + rs(r, ALNUM, 97)


def pub_patreon(r):
    return rs(r, B64URL, 64)


def pub_discord(r):
    return snow(r)


def pub_google(r):
    return "%d-%s.apps.googleusercontent.com" % (r.randint(100000000000, 999999999999), rs(r, LOWALNUM, 32))


def pub_beehiiv(r):
    return "pub_" + uuid4(r)


SPEC = {
    "ghost_admin": dict(gen=g_ghost_admin, ph=["<your-admin-api-key>", "YOUR_ADMIN_API_KEY", "xxxxxxxxxxxxxxxxxxxxxxxx:" + "x" * 64, "<id>:<secret>"],
                        docs=["6748592f4b9b7700010f6564:b1b5b9c1d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1"], pub=pub_ghost),
    "ghost_secret": dict(gen=lambda r: rs(r, HEX, 64), ph=["<secret>", "0" * 64, "REPLACE_WITH_SECRET"], docs=[], pub=None),
    "kit_v4": dict(gen=g_kit_v4, ph=["kit_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<your-kit-v4-key>", "kit_YOUR_API_KEY"], docs=[], pub=None),
    "kit_v3_secret": dict(gen=g_kit_v3_secret, ph=["YOUR_API_SECRET", "<api_secret>", "your-convertkit-api-secret"], docs=[], pub=None),
    "beehiiv": dict(gen=g_beehiiv, ph=["YOUR_BEEHIIV_API_KEY", "<beehiiv-api-key>", "your_api_key_here"], docs=["123456"], pub=pub_beehiiv),
    "buttondown": dict(gen=g_buttondown, ph=["<your-buttondown-api-key>", "YOUR_API_KEY", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"],
                       docs=["401f7ac837da42b97f613d789819ff93537bee6a"], pub=None),
    "mailerlite": dict(gen=g_mailerlite, ph=["YOUR_MAILERLITE_TOKEN", "{replace-it-with-your-api-key}", "<api-token>"], docs=[], pub=None),
    "patreon_token": dict(gen=g_patreon_token, ph=["pppp", "YOUR_CREATOR_ACCESS_TOKEN", "<creator-access-token>"], docs=[], pub=None),
    "patreon_secret": dict(gen=g_patreon_secret, ph=["pppp", "YOUR_CLIENT_SECRET", "<client_secret>"], docs=[], pub=None),
    "gumroad_token": dict(gen=g_gumroad_token, ph=["YOUR_API_KEY_HERE", "<gumroad-access-token>", "your_access_token"], docs=[], pub=None),
    "gumroad_license": dict(gen=g_gumroad_license, ph=["XXXXXXXX-XXXXXXXX-XXXXXXXX-XXXXXXXX", "YOUR_LICENSE_KEY_HERE", "<license-key>"], docs=[], pub=None),
    "kofi": dict(gen=g_kofi, ph=["your-verification-token", "test-token", "token", "00000000-0000-0000-0000-000000000000"], docs=[], pub=None),
    "memberful": dict(gen=g_memberful, ph=["YOUR_MEMBERFUL_API_KEY", "<memberful-api-key>"], docs=[], pub=None),
    "lemon_api": dict(gen=g_lemon_api, ph=["your_api_key", "<LEMONSQUEEZY_API_KEY>", "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9..."], docs=[], pub=None),
    "lemon_whsec": dict(gen=g_lemon_whsec, ph=["<choose_a_secret>", "your_signing_secret", "changeme"], docs=[], pub=None),
    "lemon_license": dict(gen=g_lemon_license, ph=["XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX", "<license-key>", "YOUR-LICENSE-KEY"], docs=[], pub=None),
    "paddle_api": dict(gen=g_paddle_api, ph=["pdl_live_apikey_...", "your-live-or-sandbox-key", "<PADDLE_API_KEY>"],
                       docs=["pdl_live_apikey_01gtgztp8f4kek3yd4g1wrksa3_q6TGTJyvoIz7LDtXT65bX7_AQO",
                             "pdl_sdbx_apikey_01gtgztp8f4kek3yd4g1wrksa3_q6TGTJyvoIz7LDtXT65bX7_AQO"], pub=pub_paddle),
    "paddle_ntf": dict(gen=g_paddle_ntf, ph=["pdl_ntfset_...", "<webhook-secret-key>", "YOUR_SECRET_KEY"], docs=[], pub=None),
    "thinkific": dict(gen=g_thinkific, ph=["<auth_token>", "YOUR_THINKIFIC_API_KEY", "x" * 32],
                      docs=["9eda19c55435829ef301b1979c96f96a"], pub=None),
    "teachable": dict(gen=g_teachable, ph=["YOUR_API_KEY", "<teachable-api-key>"], docs=[], pub=None),
    "kajabi": dict(gen=g_kajabi, ph=["<client-secret>", "YOUR_KAJABI_CLIENT_SECRET"], docs=[], pub=None),
    "circle": dict(gen=g_circle, ph=["<API_Token>", "your_token", "AUTH_TOKEN"], docs=[], pub=None),
    "discord_bot": dict(gen=g_discord_bot, ph=["your_discord_token_here", "TOKEN_HERE", "<bot-token>", "YOUR_BOT_TOKEN"],
                        docs=["Mjg4NzYwMjQxMzYzODc3ODg4.C_ikow.j3VupLBuE1QWZng3TMGH0z_UAwg"], pub=pub_discord),
    "discord_webhook": dict(gen=g_discord_webhook, ph=["https://discord.com/api/webhooks/YOUR_WEBHOOK_ID/YOUR_WEBHOOK_TOKEN",
                                                       "<discord-webhook-url>", "https://discord.com/api/webhooks/000000000000000000/xxxxxxxx"], docs=[], pub=None),
    "discord_secret": dict(gen=g_discord_client_secret, ph=["<client-secret>", "YOUR_DISCORD_CLIENT_SECRET"], docs=[], pub=None),
    "substack": dict(gen=g_substack, ph=["<value>", "YOUR_SUBSTACK_SID", "s%3A..."], docs=[], pub=None),
    "google_key": dict(gen=g_google_key, ph=["YOUR_API_KEY", "AIza...", "<youtube-data-api-key>"], docs=[], pub=pub_google),
    "google_secret": dict(gen=g_google_secret, ph=["GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<client_secret>", "YOUR_CLIENT_SECRET"], docs=[], pub=pub_google),
    "google_refresh": dict(gen=g_google_refresh, ph=["<refresh-token>", "YOUR_REFRESH_TOKEN"], docs=[], pub=None),
    "yt_stream": dict(gen=g_yt_stream, ph=["xxxx-xxxx-xxxx-xxxx-xxxx", "<stream-key>", "YOUR_STREAM_KEY"], docs=[], pub=None),
    "stripe_sk": dict(gen=g_stripe_sk, ph=["sk_live_...", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "<stripe-secret-key>"],
                      docs=["sk_test_4eC39HqLyjWDarjtT1zdp7dc"], pub=pub_stripe),
    "stripe_whsec": dict(gen=g_stripe_whsec, ph=["whsec_...", "whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<endpoint-secret>"], docs=[], pub=None),
    "zapier": dict(gen=g_zapier, ph=["https://hooks.zapier.com/hooks/catch/XXXXXX/XXXXXX/", "<zapier-catch-hook-url>"], docs=[], pub=None),
    "make": dict(gen=g_make, ph=["https://hook.eu1.make.com/XXXXXXXXXXXXXXXX", "<make-webhook-url>"], docs=[], pub=None),
    "password": dict(gen=g_password, ph=["changeme", "password", "<db-password>", "CHANGE_ME", "ghost"], docs=[], pub=None),
    "sa_key": dict(gen=g_sa_private_key, ph=["-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n", "<private-key>"], docs=[], pub=None),
}


class V(object):
    """A slot value. raw=True: an expression to paste as-is (env reference)."""

    def __init__(self, text, raw=False):
        self.text = text
        self.raw = raw


def q(v, qc='"'):
    return v.text if v.raw else qc + v.text + qc


def y(v):
    """YAML scalar."""
    t = v.text
    if v.raw:
        return t
    if t == "":
        return '""'
    if t[0] in "*&!{[|>%@`'\"" or ": " in t or " #" in t or t.startswith("<") and t.endswith(">"):
        return '"' + t.replace('"', '\\"') + '"'
    return t


def u(v):
    """Unquoted (env/ini/properties/shell-assignment style)."""
    return v.text


def jv(v):
    """JSON string value."""
    return json.dumps(v.text)


def envref(lang, name, r):
    """An environment / secret-manager reference in the file's own syntax."""
    low = name.lower()
    if lang == "py":
        return V(r.choice(['os.environ["%s"]', 'os.getenv("%s")', 'os.environ.get("%s", "")', 'config("%s")']) % name, True)
    if lang in ("js", "ts"):
        return V(r.choice(["process.env.%s", "process.env['%s']", "process.env.%s ?? ''"]) % name, True)
    if lang == "worker":
        return V("env.%s" % name, True)
    if lang == "rb":
        return V(r.choice(['ENV["%s"]', 'ENV.fetch("%s")', "Rails.application.credentials.dig(:%s)" % low.replace("-", "_")]).replace("%s", name), True)
    if lang == "php":
        return V(r.choice(["getenv('%s')", "$_ENV['%s']", "env('%s')"]) % name, True)
    if lang == "sh":
        return V(r.choice(['"$%s"', '"${%s:?%s is not set}"']).replace("%s", name), True)
    if lang == "gha":
        return V("${{ secrets.%s }}" % name, True)
    if lang == "tf":
        return V("var.%s" % low, True)
    if lang in ("yaml", "compose", "ini", "props", "env", "docker", "xml"):
        return V(r.choice(["${%s}" % name, "op://creator-ops/%s/credential" % low, "vault:secret/data/creator/%s#value" % low,
                           "${%s}" % name]), False)
    if lang in ("json", "toml"):
        return V(r.choice(["${%s}" % name, "{{ env.%s }}" % name, "$%s" % name]), False)
    return None


def tmplexpr(lang, name, r):
    low = name.lower()
    if lang == "rb":
        return V('"<%%= ENV[\'%s\'] %%>"' % name, True)
    if lang in ("yaml", "compose", "json", "toml", "md", "ini", "props", "xml", "env"):
        return V(r.choice(["{{ .Values.%s }}" % low, "{{ %s }}" % low, "{{ secrets.%s }}" % low, "%%(%s)s" % low, "#{%s}" % name]))
    if lang == "gha":
        return V("${{ vars.%s }}" % name, True)
    if lang == "php":
        return V("apply_filters( '%s', '' )" % low, True)
    return None


def mask(r, spec_key):
    m = r.choice(["****", "********", "[REDACTED]", "<redacted>", "\u2022" * 12, "***hidden***", "[FILTERED]", "partial"])
    if m == "partial":
        s = SPEC[spec_key]["gen"](r)
        head = ""
        mo = re.match(r"^(pdl_[a-z]+_apikey_|pdl_ntfset_|kit_|sk_live_|rk_live_|whsec_|GOCSPX-|AIza|s%3A|https://[^/]+/)", s)
        if mo:
            head = mo.group(1)
        return head + "*" * 16 + s[-4:]
    return m


NEG_KINDS = ["placeholder", "empty", "masked", "ref", "template", "docs", "public"]


def neg_value(r, spec_key, lang, env):
    """Return (V, category) for a non-secret in a secret slot."""
    spec = SPEC[spec_key]
    order = list(NEG_KINDS)
    cat = r.choice(order)
    for _ in range(10):
        if cat == "placeholder":
            return V(r.choice(spec["ph"] + ["YOUR_API_KEY_HERE", "changeme", "REPLACE_ME", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"])), cat
        if cat == "empty":
            return V(""), cat
        if cat == "masked":
            return V(mask(r, spec_key)), cat
        if cat == "ref":
            v = envref(lang, env, r)
            if v is not None:
                return v, cat
        if cat == "template":
            v = tmplexpr(lang, env, r)
            if v is not None:
                return v, cat
        if cat == "docs" and spec["docs"]:
            return V(r.choice(spec["docs"])), cat
        if cat == "public" and spec["pub"] is not None:
            return V(spec["pub"](r)), cat
        cat = r.choice(["placeholder", "masked", "ref", "empty"])
    return V(r.choice(spec["ph"])), "placeholder"


# --------------------------------------------------------------------------
# Positive templates: fn(r, v) -> (relpath, text). The slot value is v.
# --------------------------------------------------------------------------
POS = []


def P(name, provider, kind, spec, lang, env):
    def deco(fn):
        POS.append(dict(name=name, provider=provider, kind=kind, spec=spec, lang=lang, env=env, fn=fn))
        return fn
    return deco


@P("ghost_py_script", "ghost", "admin_api_key", "ghost_admin", "py", "GHOST_ADMIN_API_KEY")
def t_ghost_py(r, v):
    d = domain(r)
    return ("scripts/publish_to_ghost.py", '''#!/usr/bin/env python3
"""Push a Markdown draft to Ghost as a draft post."""
import sys
import time
from datetime import datetime

import jwt  # pyjwt
import markdown
import requests

GHOST_URL = "https://%s"
GHOST_ADMIN_API_KEY = %s
ACCEPT_VERSION = "v5.0"


def admin_token(key):
    kid, secret = key.split(":")
    iat = int(time.time())
    header = {"alg": "HS256", "typ": "JWT", "kid": kid}
    payload = {"iat": iat, "exp": iat + 5 * 60, "aud": "/admin/"}
    return jwt.encode(payload, bytes.fromhex(secret), algorithm="HS256", headers=header)


def main(path):
    with open(path, encoding="utf-8") as fh:
        html = markdown.markdown(fh.read())
    title = path.rsplit("/", 1)[-1].replace(".md", "").replace("-", " ").title()
    body = {"posts": [{"title": title, "html": html, "status": "draft",
                       "tags": [{"name": "%s"}]}]}
    resp = requests.post(
        GHOST_URL + "/ghost/api/admin/posts/?source=html",
        json=body,
        headers={"Authorization": "Ghost " + admin_token(GHOST_ADMIN_API_KEY),
                 "Accept-Version": ACCEPT_VERSION},
        timeout=30,
    )
    resp.raise_for_status()
    print(datetime.now().isoformat(), "created", resp.json()["posts"][0]["id"])


if __name__ == "__main__":
    main(sys.argv[1])
''' % (d, q(v), r.choice(["Newsletter", "Weekly", "Essays", "Notes"])))


@P("ghost_next_route", "ghost", "admin_api_key", "ghost_admin", "ts", "GHOST_ADMIN_KEY")
def t_ghost_next(r, v):
    d = domain(r)
    return ("pages/api/members/%s.ts" % r.choice(["import", "sync", "signup"]), '''import type { NextApiRequest, NextApiResponse } from 'next';
import GhostAdminAPI from '@tryghost/admin-api';

const api = new GhostAdminAPI({
  url: 'https://%s',
  key: %s,
  version: 'v5.0',
});

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end();
  }
  const { email, name } = req.body ?? {};
  if (!email) return res.status(400).json({ error: 'email required' });
  try {
    const member = await api.members.add(
      { email, name, labels: ['%s'], newsletters: [{ id: '%s' }] },
      { send_email: true, email_type: 'signup' },
    );
    return res.status(201).json({ id: member.id });
  } catch (err) {
    console.error('ghost member add failed', err);
    return res.status(502).json({ error: 'upstream' });
  }
}
''' % (d, q(v, "'"), r.choice(["website", "landing-page", "launch-list"]), oid(r)))


@P("ghost_config_db", "ghost", "database_password", "password", "json", "database__connection__password")
def t_ghost_cfg_db(r, v):
    d = domain(r)
    return ("config.production.json", '''{
  "url": "https://%s",
  "server": {
    "port": 2368,
    "host": "127.0.0.1"
  },
  "database": {
    "client": "mysql",
    "connection": {
      "host": "localhost",
      "user": "ghost-%d",
      "password": %s,
      "database": "ghost_production"
    }
  },
  "mail": {
    "transport": "Direct"
  },
  "logging": {
    "transports": ["file", "stdout"]
  },
  "process": "systemd",
  "paths": {
    "contentPath": "/var/www/ghost/content"
  }
}
''' % (d, r.randint(100, 999), jv(v)))


@P("ghost_compose", "ghost", "database_password", "password", "compose", "MYSQL_PASSWORD")
def t_ghost_compose(r, v):
    d = domain(r)
    return (r.choice(["docker-compose.yml", "deploy/compose.yaml"]), '''services:
  ghost:
    image: ghost:5-alpine
    restart: always
    ports:
      - "2368:2368"
    environment:
      url: https://%s
      database__client: mysql
      database__connection__host: db
      database__connection__user: ghost
      database__connection__password: %s
      database__connection__database: ghost
      mail__transport: SMTP
      mail__options__service: Mailgun
    volumes:
      - ghost_content:/var/lib/ghost/content
    depends_on:
      - db

  db:
    image: mysql:8.0
    restart: always
    environment:
      MYSQL_DATABASE: ghost
      MYSQL_USER: ghost
      MYSQL_RANDOM_ROOT_PASSWORD: "1"
    volumes:
      - ghost_db:/var/lib/mysql

volumes:
  ghost_content:
  ghost_db:
''' % (d, y(v)))


@P("ghost_gha_theme", "ghost", "admin_api_key", "ghost_admin", "gha", "GHOST_ADMIN_API_KEY")
def t_ghost_gha(r, v):
    d = domain(r)
    return (".github/workflows/deploy-theme.yml", '''name: Deploy theme
on:
  push:
    branches: [main]
    paths-ignore:
      - "README.md"

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: yarn
      - run: yarn install --frozen-lockfile
      - run: yarn build
      - name: Deploy to Ghost
        uses: TryGhost/action-deploy-theme@v1
        with:
          api-url: https://%s
          api-key: %s
          theme-name: %s
''' % (d, y(v), r.choice(["casper-custom", "edition-fork", "headline-plus", "journal-lite"])))


@P("ghost_rake", "ghost", "admin_api_key", "ghost_admin", "rb", "GHOST_ADMIN_KEY")
def t_ghost_rake(r, v):
    d = domain(r)
    return ("lib/tasks/ghost_sync.rake", '''# frozen_string_literal: true

require "ghost_client"

namespace :ghost do
  desc "Copy paying members from Stripe-backed User records into Ghost"
  task sync_members: :environment do
    client = GhostClient.new("https://%s", %s)
    User.where(plan: %%w[insider founding]).find_each(batch_size: 200) do |user|
      client.upsert_member(
        email: user.email,
        name: user.display_name,
        labels: ["app-#{user.plan}"]
      )
      Rails.logger.info("[ghost] synced member #{user.id}")
    rescue GhostClient::RateLimited
      sleep 2
      retry
    end
  end
end
''' % (d, q(v)))


@P("ghost_md_curl", "ghost", "admin_api_key", "ghost_admin", "md", "GHOST_ADMIN_API_KEY")
def t_ghost_md(r, v):
    d = domain(r)
    return (r.choice(["docs/ghost-api.md", "NOTES.md", "docs/runbook/ghost.md"]), '''# Talking to the Ghost Admin API from a shell

Our site runs on Ghost(Pro) at `https://%s`. The custom integration
"Automation" was created under *Settings -> Integrations*.

```bash
KEY="%s"
ID=${KEY%%%%:*}
SECRET=${KEY#*:}
NOW=$(date +%%s)
HEADER=$(printf '{"alg":"HS256","typ":"JWT","kid":"%%s"}' "$ID" | base64 | tr -d '=' | tr '+/' '-_')
PAYLOAD=$(printf '{"iat":%%d,"exp":%%d,"aud":"/admin/"}' "$NOW" "$((NOW+300))" | base64 | tr -d '=' | tr '+/' '-_')
SIG=$(printf '%%s.%%s' "$HEADER" "$PAYLOAD" | openssl dgst -binary -sha256 -mac HMAC -macopt hexkey:$SECRET | base64 | tr -d '=' | tr '+/' '-_')
curl -s -H "Authorization: Ghost $HEADER.$PAYLOAD.$SIG" \\
     -H "Accept-Version: v5.0" \\
     "https://%s/ghost/api/admin/posts/?limit=5&fields=title,status"
```

Posts come back newest first. Use `filter=status:draft` to list drafts only.
''' % (d, v.text, d))


@P("ghost_wp_plugin", "ghost", "admin_api_key", "ghost_admin", "php", "WP2GHOST_ADMIN_KEY")
def t_ghost_wp(r, v):
    d = domain(r)
    return ("wp-content/plugins/wp-to-ghost/wp-to-ghost.php", '''<?php
/**
 * Plugin Name: WP to Ghost Mirror
 * Description: Mirrors published posts to a Ghost site as drafts.
 * Version:     0.4.2
 * Author:      %s Studio
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'WP2GHOST_URL', 'https://%s' );
define( 'WP2GHOST_ADMIN_KEY', %s );

require_once __DIR__ . '/includes/class-ghost-jwt.php';

add_action( 'publish_post', function ( $post_id, $post ) {
	$token = WP2Ghost_JWT::admin_token( WP2GHOST_ADMIN_KEY );
	wp_remote_post( WP2GHOST_URL . '/ghost/api/admin/posts/?source=html', array(
		'headers' => array(
			'Authorization'  => 'Ghost ' . $token,
			'Accept-Version' => 'v5.0',
			'Content-Type'   => 'application/json',
		),
		'body'    => wp_json_encode( array( 'posts' => array( array(
			'title'  => $post->post_title,
			'html'   => apply_filters( 'the_content', $post->post_content ),
			'status' => 'draft',
		) ) ) ),
		'timeout' => 20,
	) );
}, 10, 2 );
''' % (person(r)[0].title(), d, q(v, "'")))


@P("ghost_config_mail", "ghost", "smtp_password", "password", "json", "mail__options__auth__pass")
def t_ghost_cfg_mail(r, v):
    d = domain(r)
    return ("ghost/config.production.json", '''{
  "url": "https://%s",
  "server": { "port": 2368, "host": "0.0.0.0" },
  "database": {
    "client": "sqlite3",
    "connection": { "filename": "/var/lib/ghost/content/data/ghost.db" }
  },
  "mail": {
    "transport": "SMTP",
    "from": "'%s' <noreply@mg.%s>",
    "options": {
      "service": "Mailgun",
      "host": "smtp.eu.mailgun.org",
      "port": 587,
      "secure": false,
      "auth": {
        "user": "postmaster@mg.%s",
        "pass": %s
      }
    }
  },
  "privacy": { "useGravatar": false },
  "process": "local"
}
''' % (d, brand(r).replace("-", " ").title(), d, d, jv(v)))


@P("ghost_sql_seed", "ghost", "admin_api_key_secret", "ghost_secret", "sql", "GHOST_SECRET")
def t_ghost_sql(r, v):
    iid = oid(r)
    kid = oid(r)
    rid = oid(r)
    return (r.choice(["db/seeds/ghost_integration.sql", "migrations/0042_staging_integration.sql"]), '''-- Restore the "Zapier bridge" custom integration on the staging copy.
-- Run after importing the nightly dump.
START TRANSACTION;

INSERT INTO integrations (id, type, name, slug, description, created_at, created_by)
VALUES ('%s', 'custom', 'Zapier bridge', 'zapier-bridge', 'Syncs paid members to the CRM', NOW(), '1');

INSERT INTO api_keys (id, type, secret, role_id, integration_id, last_seen_at, created_at, created_by)
VALUES ('%s', 'admin', '%s', '%s', '%s', NULL, NOW(), '1');

COMMIT;
''' % (iid, kid, v.text, rid, iid))


@P("beehiiv_py", "beehiiv", "api_key", "beehiiv", "py", "BEEHIIV_API_KEY")
def t_bee_py(r, v):
    pub = "pub_" + uuid4(r)
    return (r.choice(["scripts/import_subscribers.py", "tools/beehiiv_import.py"]), '''"""Bulk-import the old Mailchimp audience export into beehiiv."""
import csv
import sys
import time

import requests

BEEHIIV_API_KEY = %s
PUBLICATION_ID = "%s"
BASE = "https://api.beehiiv.com/v2"

session = requests.Session()
session.headers.update({
    "Authorization": f"Bearer {BEEHIIV_API_KEY}",
    "Content-Type": "application/json",
})


def subscribe(email, utm_source="mailchimp-migration"):
    resp = session.post(
        f"{BASE}/publications/{PUBLICATION_ID}/subscriptions",
        json={"email": email, "reactivate_existing": False, "send_welcome_email": False,
              "utm_source": utm_source},
        timeout=20,
    )
    if resp.status_code == 429:
        time.sleep(int(resp.headers.get("Retry-After", "5")))
        return subscribe(email, utm_source)
    resp.raise_for_status()
    return resp.json()["data"]["id"]


if __name__ == "__main__":
    with open(sys.argv[1], newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row.get("Email Address"):
                print(subscribe(row["Email Address"].strip().lower()))
''' % (q(v), pub))


@P("beehiiv_n8n_export", "beehiiv", "api_key", "beehiiv", "json", "BEEHIIV_API_KEY")
def t_bee_n8n(r, v):
    pub = "pub_" + uuid4(r)
    tok = "Bearer " + v.text if not v.raw else v.text
    return ("automations/n8n/beehiiv-new-subscriber.json", json.dumps({
        "name": "Typeform -> beehiiv",
        "nodes": [
            {"parameters": {"formId": rs(r, ALNUM, 8), "onlyAnswers": True}, "name": "Typeform Trigger",
             "type": "n8n-nodes-base.typeformTrigger", "typeVersion": 1, "position": [240, 300],
             "webhookId": uuid4(r)},
            {"parameters": {"method": "POST",
                            "url": "https://api.beehiiv.com/v2/publications/%s/subscriptions" % pub,
                            "sendHeaders": True,
                            "headerParameters": {"parameters": [
                                {"name": "Authorization", "value": tok},
                                {"name": "Content-Type", "value": "application/json"}]},
                            "sendBody": True, "specifyBody": "json",
                            "jsonBody": "={ \"email\": \"{{ $json.email }}\", \"utm_source\": \"typeform\" }"},
             "name": "Create subscription", "type": "n8n-nodes-base.httpRequest", "typeVersion": 4.1,
             "position": [480, 300]}],
        "connections": {"Typeform Trigger": {"main": [[{"node": "Create subscription", "type": "main", "index": 0}]]}},
        "active": True, "settings": {"executionOrder": "v1"}, "versionId": uuid4(r)}, indent=2) + "\n")


@P("beehiiv_gha", "beehiiv", "api_key", "beehiiv", "gha", "BEEHIIV_API_KEY")
def t_bee_gha(r, v):
    pub = "pub_" + uuid4(r)
    return (".github/workflows/weekly-digest.yml", '''name: Weekly digest draft
on:
  schedule:
    - cron: "0 7 * * 1"
  workflow_dispatch:

jobs:
  draft:
    runs-on: ubuntu-latest
    env:
      BEEHIIV_PUBLICATION_ID: %s
      BEEHIIV_API_KEY: %s
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r scripts/requirements.txt
      - name: Build digest from last week's links
        run: python scripts/build_digest.py --since 7d --out digest.html
      - name: Upload draft
        run: python scripts/beehiiv_draft.py digest.html
''' % (pub, y(v)))


@P("beehiiv_ts_client", "beehiiv", "api_key", "beehiiv", "ts", "BEEHIIV_TOKEN")
def t_bee_ts(r, v):
    return ("src/lib/newsletter.ts", '''import { BeehiivClient } from '@beehiiv/sdk';

// Newsletter signups from the marketing site land here.
const client = new BeehiivClient({ token: %s });

export const PUBLICATION_ID = '%s';

export async function addSubscriber(email: string, referrer?: string) {
  return client.subscriptions.create(PUBLICATION_ID, {
    email,
    referringSite: referrer ?? 'https://%s',
    utmSource: 'website',
    sendWelcomeEmail: true,
  });
}
''' % (q(v, "'"), "pub_" + uuid4(r), domain(r)))


@P("kit_wp_plugin", "kit", "api_secret", "kit_v3_secret", "php", "CONVERTKIT_API_SECRET")
def t_kit_wp(r, v):
    return ("wp-content/plugins/%s-signup/includes/settings.php" % brand(r), '''<?php
/**
 * Default options for the signup box. Values can be changed on
 * Settings -> Newsletter Signup.
 */

defined( 'ABSPATH' ) || exit;

function nsb_default_options() {
	return array(
		'provider'     => 'convertkit',
		'api_base'     => 'https://api.convertkit.com/v3/',
		'form_id'      => '%d',
		'tag_id'       => '%d',
		'api_secret'   => %s,
		'double_optin' => true,
		'button_label' => __( 'Join the list', 'nsb' ),
	);
}

register_activation_hook( NSB_PLUGIN_FILE, function () {
	add_option( 'nsb_options', nsb_default_options() );
} );
''' % (r.randint(1000000, 7999999), r.randint(1000000, 7999999), q(v, "'")))


@P("kit_next_route", "kit", "api_key", "kit_v4", "ts", "KIT_API_KEY")
def t_kit_next(r, v):
    return ("app/api/subscribe/route.ts", '''import { NextResponse } from 'next/server';

const KIT_FORM_ID = '%d';

export async function POST(request: Request) {
  const { email, firstName } = await request.json();
  if (typeof email !== 'string' || !email.includes('@')) {
    return NextResponse.json({ error: 'Invalid email' }, { status: 400 });
  }

  const res = await fetch(`https://api.kit.com/v4/forms/${KIT_FORM_ID}/subscribers`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Kit-Api-Key': %s,
    },
    body: JSON.stringify({ email_address: email, first_name: firstName ?? null }),
  });

  if (!res.ok) {
    console.error('kit subscribe failed', res.status, await res.text());
    return NextResponse.json({ error: 'Could not subscribe' }, { status: 502 });
  }
  return NextResponse.json({ ok: true });
}
''' % (r.randint(1000000, 7999999), q(v, "'")))


@P("kit_dotenv", "kit", "api_key", "kit_v4", "env", "KIT_API_KEY")
def t_kit_env(r, v):
    return (".env", '''# local development
NEXT_PUBLIC_SITE_URL=http://localhost:3000
KIT_API_KEY=%s
KIT_FORM_ID=%d
KIT_TAG_PAID=%d
NEXT_PUBLIC_PLAUSIBLE_DOMAIN=%s
''' % (u(v), r.randint(1000000, 7999999), r.randint(1000000, 7999999), domain(r)))


@P("kit_py_query", "kit", "api_secret", "kit_v3_secret", "py", "CK_SECRET")
def t_kit_py(r, v):
    sec = v.text if not v.raw else "{" + v.text.replace('"', "'") + "}"
    return ("scripts/export_kit_subscribers.py", '''import csv
import os

import requests

OUT = "subscribers-%s.csv"
URL = f"https://api.convertkit.com/v3/subscribers?api_secret=%s&sort_field=created_at"


def pages():
    page = 1
    while True:
        data = requests.get(URL + f"&page={page}", timeout=30).json()
        yield from data["subscribers"]
        if page >= data["total_pages"]:
            break
        page += 1


with open(OUT, "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["id", "email", "first_name", "state", "created_at"])
    for s in pages():
        w.writerow([s["id"], s["email_address"], s["first_name"], s["state"], s["created_at"]])
''' % (day(r), sec))


@P("buttondown_sh", "buttondown", "api_key", "buttondown", "sh", "BUTTONDOWN_API_KEY")
def t_bd_sh(r, v):
    tok = v.text if not v.raw else v.text.strip('"')
    return (r.choice(["bin/send-draft.sh", "scripts/buttondown_draft.sh"]), '''#!/usr/bin/env bash
# Create a Buttondown draft from a Markdown file.
set -euo pipefail

FILE="${1:?usage: send-draft.sh post.md}"
SUBJECT="$(head -n1 "$FILE" | sed 's/^# //')"
BODY="$(tail -n +2 "$FILE")"

curl -sS https://api.buttondown.com/v1/emails \\
  -H "Authorization: Token %s" \\
  -H "Content-Type: application/json" \\
  -d "$(jq -n --arg s "$SUBJECT" --arg b "$BODY" '{subject: $s, body: $b, status: "draft"}')" \\
  | jq '.id, .status'
''' % tok)


@P("buttondown_py", "buttondown", "api_key", "buttondown", "py", "BUTTONDOWN_KEY")
def t_bd_py(r, v):
    return ("newsletter/archive_sync.py", '''"""Mirror the Buttondown archive into content/newsletter/ for the static site."""
from pathlib import Path

import requests

bd_token = %s
OUT = Path("content/newsletter")


def fetch_emails():
    url = "https://api.buttondown.com/v1/emails?status=sent"
    while url:
        resp = requests.get(url, headers={"Authorization": f"Token {bd_token}"}, timeout=30)
        resp.raise_for_status()
        data = resp.json()
        yield from data["results"]
        url = data.get("next")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for email in fetch_emails():
        slug = email["slug"] or email["id"]
        (OUT / f"{slug}.md").write_text(
            f"---\\ntitle: {email['subject']!r}\\ndate: {email['publish_date']}\\n---\\n\\n{email['body']}\\n",
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
''' % q(v))


@P("mailerlite_laravel", "mailerlite", "api_token", "mailerlite", "php", "MAILERLITE_API_KEY")
def t_ml_laravel(r, v):
    return ("config/services.php", '''<?php

return [

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'mailerlite' => [
        'key' => env('MAILERLITE_API_KEY', %s),
        'group_id' => '%s',
    ],

    'slack' => [
        'notifications' => [
            'bot_user_oauth_token' => env('SLACK_BOT_USER_OAUTH_TOKEN'),
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL'),
        ],
    ],

];
''' % (q(v, "'"), str(r.randint(10 ** 17, 10 ** 18 - 1))))


@P("mailerlite_node", "mailerlite", "api_token", "mailerlite", "js", "MAILERLITE_TOKEN")
def t_ml_node(r, v):
    return ("netlify/functions/subscribe.js", '''const MailerLite = require('@mailerlite/mailerlite-nodejs').default;

const mailerlite = new MailerLite({
  api_key: %s,
});

exports.handler = async (event) => {
  if (event.httpMethod !== 'POST') {
    return { statusCode: 405, body: 'Method Not Allowed' };
  }
  const { email } = JSON.parse(event.body || '{}');
  try {
    await mailerlite.subscribers.createOrUpdate({
      email,
      groups: ['%s'],
      status: 'unconfirmed',
    });
    return { statusCode: 200, body: JSON.stringify({ ok: true }) };
  } catch (e) {
    console.error(e.response?.data || e.message);
    return { statusCode: 500, body: JSON.stringify({ ok: false }) };
  }
};
''' % (q(v, "'"), str(r.randint(10 ** 17, 10 ** 18 - 1))))


@P("patreon_bot_yaml", "patreon", "creator_access_token", "patreon_token", "yaml", "PATREON_CREATOR_TOKEN")
def t_pat_yaml(r, v):
    return ("config/bot.yml", '''# Role sync bot: gives Discord roles to active patrons.
discord:
  guild_id: %s
  log_channel_id: %s
  roles:
    supporter: %s
    insider: %s

patreon:
  campaign_id: %d
  creator_access_token: %s
  poll_interval_minutes: 15
  tier_map:
    "%d": supporter
    "%d": insider

logging:
  level: info
''' % (snow(r), snow(r), snow(r), snow(r), r.randint(1000000, 9999999), y(v), r.randint(1000000, 9999999), r.randint(1000000, 9999999)))


@P("patreon_py_positional", "patreon", "creator_access_token", "patreon_token", "py", "PATREON_ACCESS_TOKEN")
def t_pat_py(r, v):
    return ("tools/patron_report.py", '''import patreon

api_client = patreon.API(%s)

campaign_response = api_client.fetch_campaign()
campaign_id = campaign_response.data()[0].id()

all_pledges = []
cursor = None
while True:
    pledges_response = api_client.fetch_page_of_pledges(campaign_id, 25, cursor=cursor)
    all_pledges += pledges_response.data()
    cursor = api_client.extract_cursor(pledges_response)
    if not cursor:
        break

total = sum(p.attribute("amount_cents") for p in all_pledges)
print(f"{len(all_pledges)} patrons, ${total / 100:.2f}/month")
''' % q(v, r.choice(['"', "'"])))


@P("patreon_django_allauth", "patreon", "client_secret", "patreon_secret", "py", "PATREON_CLIENT_SECRET")
def t_pat_django(r, v):
    return (r.choice(["config/settings/production.py", "mysite/settings.py"]), '''from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["%s", "www.%s"]

SOCIALACCOUNT_PROVIDERS = {
    "patreon": {
        "VERSION": "v2",
        "SCOPE": ["identity", "identity[email]", "identity.memberships"],
        "APP": {
            "client_id": "%s",
            "secret": %s,
            "key": "",
        },
    }
}

SECURE_HSTS_SECONDS = 31536000
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
''' % (domain(r), domain(r), pub_patreon(r), q(v)))


@P("patreon_netlify_webhook", "patreon", "webhook_secret", "patreon_secret", "js", "PATREON_WEBHOOK_SECRET")
def t_pat_webhook(r, v):
    return ("netlify/functions/patreon-webhook.js", '''const crypto = require('crypto');

const WEBHOOK_SECRET = %s;

exports.handler = async (event) => {
  const signature = event.headers['x-patreon-signature'];
  const digest = crypto.createHmac('md5', WEBHOOK_SECRET).update(event.body).digest('hex');
  if (!signature || signature !== digest) {
    return { statusCode: 401, body: 'bad signature' };
  }
  const trigger = event.headers['x-patreon-event'];
  const payload = JSON.parse(event.body);
  console.log('patreon event', trigger, payload.data.id);
  // members:pledge:create, members:pledge:update, members:pledge:delete
  return { statusCode: 200, body: 'ok' };
};
''' % q(v, "'"))


@P("patreon_rails_initializer", "patreon", "client_secret", "patreon_secret", "rb", "PATREON_CLIENT_SECRET")
def t_pat_rails(r, v):
    return ("config/initializers/omniauth.rb", '''# frozen_string_literal: true

Rails.application.config.middleware.use OmniAuth::Builder do
  provider :patreon,
           "%s",
           %s,
           scope: "identity identity[email] identity.memberships",
           callback_path: "/auth/patreon/callback"
end

OmniAuth.config.allowed_request_methods = %%i[post]
''' % (pub_patreon(r), q(v)))


@P("gumroad_sales_py", "gumroad", "access_token", "gumroad_token", "py", "GUMROAD_ACCESS_TOKEN")
def t_gr_py(r, v):
    return ("scripts/gumroad_monthly.py", '''"""Monthly revenue summary for the accountant."""
from collections import defaultdict
from datetime import date

import requests

ACCESS_TOKEN = %s
API = "https://api.gumroad.com/v2"


def sales(after):
    page_key = None
    while True:
        params = {"access_token": ACCESS_TOKEN, "after": after.isoformat()}
        if page_key:
            params["page_key"] = page_key
        data = requests.get(f"{API}/sales", params=params, timeout=30).json()
        yield from data["sales"]
        page_key = data.get("next_page_key")
        if not page_key:
            return


totals = defaultdict(int)
for sale in sales(date(%d, 1, 1)):
    if not sale.get("refunded"):
        totals[sale["product_name"]] += sale["price"]

for name, cents in sorted(totals.items(), key=lambda kv: -kv[1]):
    print(f"{name:40s} ${cents / 100:>10.2f}")
''' % (q(v), r.randint(2023, 2025)))


@P("gumroad_readme_curl", "gumroad", "access_token", "gumroad_token", "md", "GUMROAD_TOKEN")
def t_gr_md(r, v):
    pid = b64u(rbytes(r, 16)) + "=="
    return ("README.md", '''# %s storefront helpers

Small scripts around our Gumroad shop.

## Listing products

```sh
curl https://api.gumroad.com/v2/products \\
  -d "access_token=%s" \\
  -X GET
```

## Enabling a product

```sh
curl https://api.gumroad.com/v2/products/%s/enable \\
  -d "access_token=$GUMROAD_TOKEN" \\
  -X PUT
```

Product ids are shown on the product's edit page under *Settings*.
''' % (brand(r).replace("-", " ").title(), v.text, pid))


@P("gumroad_license_electron", "gumroad", "license_key", "gumroad_license", "js", "APP_LICENSE_KEY")
def t_gr_license(r, v):
    pid = b64u(rbytes(r, 16)) + "=="
    return ("src/main/license.js", '''const { app } = require('electron');
const Store = require('electron-store');

const store = new Store();
const PRODUCT_ID = '%s';

// TEMP: hard-coded for the beta testers build, remove before 1.0
const licenseKey = %s;

async function verifyLicense(key = store.get('licenseKey') || licenseKey) {
  const res = await fetch('https://api.gumroad.com/v2/licenses/verify', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ product_id: PRODUCT_ID, license_key: key, increment_uses_count: 'false' }),
  });
  const data = await res.json();
  return data.success && !data.purchase.refunded && !data.purchase.chargebacked;
}

module.exports = { verifyLicense, appVersion: app.getVersion() };
''' % (pid, q(v, "'")))


@P("gumroad_license_csv", "gumroad", "license_key", "gumroad_license", "csv", "LICENSE")
def t_gr_csv(r, v):
    rows = ["purchase_email,product,purchased_at,license_key,seats,refunded"]
    n = r.randint(4, 9)
    hit = r.randint(0, n - 1)
    prod = r.choice(PRODUCTS)
    for i in range(n):
        lk = v.text if i == hit else "****-****-****-" + rs(r, UHEX, 4)
        rows.append("%s,%s,%s,%s,%d,%s" % (email(r), prod, day(r), lk, r.choice([1, 1, 1, 5]), r.choice(["false", "false", "true"])))
    return ("exports/license-holders-%s.csv" % day(r), "\n".join(rows) + "\n")


@P("kofi_flask", "ko-fi", "verification_token", "kofi", "py", "KOFI_VERIFICATION_TOKEN")
def t_kofi_flask(r, v):
    return ("app/kofi_webhook.py", '''import json

from flask import Blueprint, abort, request

from .models import Supporter, db

bp = Blueprint("kofi", __name__)

KOFI_VERIFICATION_TOKEN = %s


@bp.post("/webhooks/kofi")
def kofi():
    data = json.loads(request.form["data"])
    if data.get("verification_token") != KOFI_VERIFICATION_TOKEN:
        abort(403)
    db.session.add(Supporter(
        name=data["from_name"],
        amount=data["amount"],
        currency=data["currency"],
        tier=data.get("tier_name"),
        is_subscription=data["is_subscription_payment"],
        kofi_transaction_id=data["kofi_transaction_id"],
    ))
    db.session.commit()
    return "", 200
''' % q(v))


@P("kofi_wrangler", "ko-fi", "verification_token", "kofi", "toml", "KOFI_TOKEN")
def t_kofi_wrangler(r, v):
    return ("wrangler.toml", '''name = "%s-kofi-hook"
main = "src/index.ts"
compatibility_date = "%s"
account_id = "%s"

[vars]
DISCORD_CHANNEL = "%s"
KOFI_TOKEN = %s

[[kv_namespaces]]
binding = "SUPPORTERS"
id = "%s"
''' % (brand(r), day(r), rs(r, HEX, 32), snow(r), jv(v), rs(r, HEX, 32)))


@P("kofi_express", "ko-fi", "verification_token", "kofi", "js", "KOFI_TOKEN")
def t_kofi_express(r, v):
    return ("server/index.js", '''import express from 'express';
import { kofi } from '@ko-fi/express';
import { announce } from './discord.js';

const app = express();
app.use(express.urlencoded({ extended: true }));

kofi(app, {
  verificationToken: %s,
  onDonation: (data) => announce(`${data.from_name} bought us ${data.amount} ${data.currency} of coffee`),
  onSubscription: (data) => announce(`${data.from_name} joined ${data.tier_name ?? 'the club'}`),
  onShopOrder: (data) => console.log('shop order', data.kofi_transaction_id),
  onError: (err) => console.error(err),
});

app.listen(process.env.PORT || 3000);
''' % q(v, "'"))


@P("memberful_wpconfig", "memberful", "api_key", "memberful", "php", "MEMBERFUL_API_KEY")
def t_mf_wp(r, v):
    return ("wp-config.php", '''<?php
define( 'DB_NAME', getenv( 'WORDPRESS_DB_NAME' ) );
define( 'DB_USER', getenv( 'WORDPRESS_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WORDPRESS_DB_HOST' ) );
define( 'DB_CHARSET', 'utf8mb4' );

/* Memberful custom integration (members directory page). */
define( 'MEMBERFUL_SITE', 'https://%s.memberful.com' );
define( 'MEMBERFUL_API_KEY', %s );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''' % (brand(r), q(v, "'")))


@P("memberful_ruby_graphql", "memberful", "api_key", "memberful", "rb", "MEMBERFUL_KEY")
def t_mf_rb(r, v):
    return ("app/services/memberful_directory.rb", '''require "net/http"
require "json"

class MemberfulDirectory
  ENDPOINT = URI("https://%s.memberful.com/api/graphql")
  QUERY = <<~GRAPHQL
    query($after: String) {
      members(first: 100, after: $after) {
        edges { node { id fullName email subscriptions { active plan { name } } } }
        pageInfo { endCursor hasNextPage }
      }
    }
  GRAPHQL

  def initialize(api_key = %s)
    @api_key = api_key
  end

  def each_member(after = nil, &block)
    req = Net::HTTP::Post.new(ENDPOINT, "Content-Type" => "application/json",
                                        "Authorization" => "Bearer #{@api_key}")
    req.body = { query: QUERY, variables: { after: after } }.to_json
    data = JSON.parse(Net::HTTP.start(ENDPOINT.host, 443, use_ssl: true) { |h| h.request(req) }.body)
    page = data.dig("data", "members")
    page["edges"].each { |e| block.call(e["node"]) }
    each_member(page["pageInfo"]["endCursor"], &block) if page["pageInfo"]["hasNextPage"]
  end
end
''' % (brand(r), q(v)))


@P("lemon_setup_ts", "lemonsqueezy", "api_key", "lemon_api", "ts", "LEMONSQUEEZY_API_KEY")
def t_ls_setup(r, v):
    return ("src/lib/lemonsqueezy.ts", '''import 'server-only';
import { lemonSqueezySetup, createCheckout } from '@lemonsqueezy/lemonsqueezy.js';

export const STORE_ID = %d;

lemonSqueezySetup({
  apiKey: %s,
  onError: (error) => console.error('Lemon Squeezy error:', error),
});

export async function checkoutUrl(variantId: number, email?: string) {
  const { data, error } = await createCheckout(STORE_ID, variantId, {
    checkoutData: { email },
    productOptions: { redirectUrl: 'https://%s/thanks' },
  });
  if (error) throw error;
  return data?.data.attributes.url;
}
''' % (r.randint(10000, 299999), q(v, "'"), domain(r)))


@P("lemon_webhook_route", "lemonsqueezy", "webhook_signing_secret", "lemon_whsec", "ts", "LEMONSQUEEZY_WEBHOOK_SECRET")
def t_ls_webhook(r, v):
    return ("app/api/webhooks/lemonsqueezy/route.ts", '''import crypto from 'node:crypto';

const secret = %s;

export async function POST(req: Request) {
  const raw = await req.text();
  const hmac = crypto.createHmac('sha256', secret);
  const digest = Buffer.from(hmac.update(raw).digest('hex'), 'utf8');
  const signature = Buffer.from(req.headers.get('X-Signature') ?? '', 'utf8');
  if (digest.length !== signature.length || !crypto.timingSafeEqual(digest, signature)) {
    return new Response('Invalid signature', { status: 401 });
  }
  const event = JSON.parse(raw);
  switch (event.meta.event_name) {
    case 'order_created':
    case 'subscription_created':
    case 'subscription_updated':
      // grant / refresh access
      break;
  }
  return new Response('ok');
}
''' % q(v, "'"))


@P("lemon_vercel_json", "lemonsqueezy", "webhook_signing_secret", "lemon_whsec", "json", "LEMONSQUEEZY_WEBHOOK_SECRET")
def t_ls_vercel(r, v):
    return ("vercel.json", json.dumps({
        "$schema": "https://openapi.vercel.sh/vercel.json",
        "framework": "nextjs",
        "regions": [r.choice(["iad1", "fra1", "cdg1", "sfo1"])],
        "env": {"NEXT_PUBLIC_STORE_SLUG": brand(r), "LEMONSQUEEZY_STORE_ID": str(r.randint(10000, 299999)),
                "LEMONSQUEEZY_WEBHOOK_SECRET": v.text},
        "headers": [{"source": "/api/(.*)", "headers": [{"key": "Cache-Control", "value": "no-store"}]}],
    }, indent=2) + "\n")


@P("lemon_license_py", "lemonsqueezy", "license_key", "lemon_license", "py", "LICENSE_KEY")
def t_ls_license(r, v):
    return ("tests/test_activation.py", '''import requests

# key from the order we made ourselves on %s, still active
license_key = %s
INSTANCE = "ci-runner"


def test_activate_and_validate():
    act = requests.post(
        "https://api.lemonsqueezy.com/v1/licenses/activate",
        data={"license_key": license_key, "instance_name": INSTANCE},
        headers={"Accept": "application/json"},
        timeout=20,
    ).json()
    assert act["activated"], act.get("error")
    val = requests.post(
        "https://api.lemonsqueezy.com/v1/licenses/validate",
        data={"license_key": license_key, "instance_id": act["instance"]["id"]},
        timeout=20,
    ).json()
    assert val["valid"]
    assert val["meta"]["product_name"] == "%s"
''' % (day(r), q(v), r.choice(PRODUCTS)))


@P("lemon_dotenv_prod", "lemonsqueezy", "api_key", "lemon_api", "env", "LEMONSQUEEZY_API_KEY")
def t_ls_env(r, v):
    return (".env.production", '''NEXT_PUBLIC_APP_URL=https://%s
LEMONSQUEEZY_STORE_ID=%d
LEMONSQUEEZY_API_KEY=%s
NEXT_PUBLIC_LEMONSQUEEZY_VARIANT_ID=%d
''' % (domain(r), r.randint(10000, 299999), u(v), r.randint(100000, 999999)))


@P("lemon_laravel_config", "lemonsqueezy", "api_key", "lemon_api", "php", "LEMON_SQUEEZY_API_KEY")
def t_ls_laravel(r, v):
    return ("config/lemon-squeezy.php", '''<?php

return [
    /*
     | API key from https://app.lemonsqueezy.com/settings/api
     */
    'api_key' => env('LEMON_SQUEEZY_API_KEY', %s),

    'signing_secret' => env('LEMON_SQUEEZY_SIGNING_SECRET'),

    'store' => env('LEMON_SQUEEZY_STORE', '%d'),

    'path' => 'lemon-squeezy',

    'redirect_url' => '/dashboard',

    'currency_locale' => 'en',
];
''' % (q(v, "'"), r.randint(10000, 299999)))


@P("paddle_py_client", "paddle", "api_key", "paddle_api", "py", "PADDLE_API_KEY")
def t_pd_py(r, v):
    return ("billing/paddle_client.py", '''from paddle_billing import Client, Environment, Options

paddle = Client(
    %s,
    options=Options(Environment.PRODUCTION),
)

MEMBERSHIP_PRICES = {
    "monthly": "pri_%s",
    "yearly": "pri_%s",
}


def customer_portal_link(customer_id: str) -> str:
    session = paddle.customer_portal_sessions.create(customer_id, None)
    return session.urls.general.overview
''' % (q(v), ulid(r), ulid(r)))


@P("paddle_ntf_node", "paddle", "webhook_secret", "paddle_ntf", "ts", "PADDLE_WEBHOOK_SECRET")
def t_pd_ntf(r, v):
    return ("src/routes/webhooks/paddle.ts", '''import { Paddle, EventName } from '@paddle/paddle-node-sdk';
import type { Request, Response } from 'express';

const paddle = new Paddle(process.env.PADDLE_API_KEY ?? '');
const secretKey = %s;

export async function paddleWebhook(req: Request, res: Response) {
  const signature = (req.headers['paddle-signature'] as string) || '';
  const rawRequestBody = req.body.toString();
  try {
    const eventData = await paddle.webhooks.unmarshal(rawRequestBody, secretKey, signature);
    if (eventData.eventType === EventName.SubscriptionActivated) {
      console.log(`subscription ${eventData.data.id} activated`);
    }
    res.send('ok');
  } catch (e) {
    console.error(e);
    res.status(400).send('invalid');
  }
}
''' % q(v, "'"))


@P("paddle_tfvars", "paddle", "api_key", "paddle_api", "tf", "PADDLE_API_KEY")
def t_pd_tf(r, v):
    return (r.choice(["infra/prod.auto.tfvars", "terraform/environments/prod/terraform.tfvars"]), '''project        = "%s"
region         = "%s"
app_domain     = "%s"
instance_count = %d

paddle_environment = "production"
paddle_api_key     = %s

alert_email = "%s"
''' % (brand(r), r.choice(["eu-west-1", "us-east-1", "fra1"]), domain(r), r.randint(1, 3), q(v), email(r)))


@P("paddle_k8s_secret", "paddle", "api_key", "paddle_api", "yaml", "PADDLE_API_KEY")
def t_pd_k8s(r, v):
    return ("deploy/k8s/billing-secret.yaml", '''apiVersion: v1
kind: Secret
metadata:
  name: billing-env
  namespace: %s
  labels:
    app.kubernetes.io/name: billing
type: Opaque
stringData:
  PADDLE_ENVIRONMENT: production
  PADDLE_API_KEY: %s
  PADDLE_DEFAULT_PRICE: pri_%s
''' % (brand(r), y(v), ulid(r)))


@P("thinkific_py_header", "thinkific", "api_key", "thinkific", "py", "THINKIFIC_API_KEY")
def t_th_py(r, v):
    sub = brand(r)
    return ("scripts/enroll_from_csv.py", '''import csv
import sys

import requests

HEADERS = {
    "X-Auth-API-Key": %s,
    "X-Auth-Subdomain": "%s",
    "Content-Type": "application/json",
}
BASE = "https://api.thinkific.com/api/public/v1"
COURSE_ID = %d

with open(sys.argv[1], newline="") as fh:
    for row in csv.DictReader(fh):
        user = requests.post(f"{BASE}/users", headers=HEADERS, json={
            "first_name": row["first"], "last_name": row["last"], "email": row["email"],
        }, timeout=20)
        uid = user.json()["id"] if user.ok else None
        if uid:
            requests.post(f"{BASE}/enrollments", headers=HEADERS,
                          json={"course_id": COURSE_ID, "user_id": uid, "activated_at": None}, timeout=20)
''' % (q(v), sub, r.randint(100000, 3999999)))


@P("thinkific_zapier_export", "thinkific", "api_key", "thinkific", "json", "THINKIFIC_API_KEY")
def t_th_zap(r, v):
    return ("zapier/exports/thinkific-enroll-zap.json", json.dumps({
        "zap": {"id": r.randint(100000000, 299999999), "title": "Stripe payment -> Thinkific enrollment", "status": "on"},
        "steps": [
            {"id": 1, "app": "Stripe", "action": "new_payment", "params": {"livemode": True}},
            {"id": 2, "app": "Webhooks by Zapier", "action": "custom_request",
             "params": {"method": "POST", "url": "https://api.thinkific.com/api/public/v1/enrollments",
                        "headers": {"X-Auth-API-Key": v.text, "X-Auth-Subdomain": brand(r),
                                    "Content-Type": "application/json"},
                        "data": "{\"course_id\": %d, \"user_id\": {{2__user_id}}}" % r.randint(100000, 3999999)}}],
        "exported_at": isodate(r)}, indent=2) + "\n")


@P("teachable_ruby", "teachable", "api_key", "teachable", "rb", "TEACHABLE_API_KEY")
def t_te_rb(r, v):
    return ("lib/teachable_sync.rb", '''require "faraday"

module TeachableSync
  BASE = "https://developers.teachable.com/v1"

  def self.conn
    @conn ||= Faraday.new(url: BASE, headers: { "apiKey" => %s, "Accept" => "application/json" }) do |f|
      f.response :json
      f.response :raise_error
    end
  end

  def self.students_in(course_id)
    page = 1
    loop do
      body = conn.get("courses/#{course_id}/enrollments", page: page, per: 100).body
      body["enrollments"].each { |e| yield e }
      break if page >= body.dig("meta", "number_of_pages").to_i
      page += 1
    end
  end
end
''' % q(v))


@P("kajabi_json_config", "kajabi", "client_secret", "kajabi", "json", "KAJABI_CLIENT_SECRET")
def t_kj_json(r, v):
    return ("config/integrations.json", json.dumps({
        "kajabi": {"site": "https://%s.mykajabi.com" % brand(r), "client_id": rs(r, ALNUM, 24),
                   "client_secret": v.text, "offer_ids": [r.randint(2147000000, 2148999999) for _ in range(2)]},
        "analytics": {"plausible_domain": domain(r)},
        "features": {"member_directory": True, "community_sync": False}}, indent=2) + "\n")


@P("circle_py", "circle", "api_token", "circle", "py", "CIRCLE_API_TOKEN")
def t_ci_py(r, v):
    return ("scripts/circle_welcome_posts.py", '''import requests

COMMUNITY = "%s"
TOKEN = %s
SPACE_ID = %d


def recent_members(per_page=50):
    resp = requests.get(
        "https://app.circle.so/api/admin/v2/community_members",
        params={"per_page": per_page, "sort": "latest"},
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["records"]


names = ", ".join(m["name"] for m in recent_members()[:10])
print(f"Welcome post for {COMMUNITY} space {SPACE_ID}: {names}")
''' % (brand(r), q(v), r.randint(100000, 1999999)))


@P("circle_yaml", "circle", "api_token", "circle", "yaml", "CIRCLE_TOKEN")
def t_ci_yaml(r, v):
    return ("automation/circle.yml", '''community:
  host: %s.circle.so
  token: %s
  default_space_group: %d

onboarding:
  welcome_space_id: %d
  tag_new_members_with: "cohort-%s"
  send_dm: true
''' % (brand(r), y(v), r.randint(100000, 999999), r.randint(100000, 1999999), day(r)[:7]))


@P("discord_py_run", "discord", "bot_token", "discord_bot", "py", "DISCORD_TOKEN")
def t_dc_py(r, v):
    return (r.choice(["bot.py", "rolebot/main.py"]), '''import discord
from discord.ext import tasks

from patrons import active_patron_discord_ids

GUILD_ID = %s
MEMBER_ROLE_ID = %s

intents = discord.Intents.default()
intents.members = True
client = discord.Client(intents=intents)


@tasks.loop(minutes=30)
async def sync_roles():
    guild = client.get_guild(GUILD_ID)
    role = guild.get_role(MEMBER_ROLE_ID)
    paying = set(active_patron_discord_ids())
    for member in guild.members:
        if member.id in paying and role not in member.roles:
            await member.add_roles(role, reason="active membership")
        elif member.id not in paying and role in member.roles:
            await member.remove_roles(role, reason="membership ended")


@client.event
async def on_ready():
    print(f"logged in as {client.user}")
    sync_roles.start()


client.run(%s)
''' % (snow(r), snow(r), q(v, r.choice(["'", '"']))))


@P("discord_config_json", "discord", "bot_token", "discord_bot", "json", "DISCORD_TOKEN")
def t_dc_json(r, v):
    return ("config.json", json.dumps({
        "token": v.text, "clientId": snow(r), "guildId": snow(r),
        "roles": {"supporter": snow(r), "insider": snow(r)},
        "channels": {"announcements": snow(r), "welcome": snow(r)},
        "prefix": "!"}, indent=2) + "\n")


@P("discord_compose", "discord", "bot_token", "discord_bot", "compose", "DISCORD_BOT_TOKEN")
def t_dc_compose(r, v):
    return ("docker-compose.yml", '''services:
  rolebot:
    build: .
    restart: unless-stopped
    environment:
      - NODE_ENV=production
      - DISCORD_BOT_TOKEN=%s
      - GUILD_ID=%s
      - DATABASE_URL=file:/data/rolebot.sqlite
    volumes:
      - ./data:/data
''' % (u(v), snow(r)))


@P("discord_webhook_gha", "discord", "webhook_url", "discord_webhook", "gha", "DISCORD_WEBHOOK")
def t_dc_gha(r, v):
    return (".github/workflows/announce-release.yml", '''name: Announce new issue
on:
  release:
    types: [published]

jobs:
  announce:
    runs-on: ubuntu-latest
    steps:
      - name: Post to #announcements
        env:
          WEBHOOK: %s
        run: |
          curl -sS -H "Content-Type: application/json" \\
            -d "{\\"content\\": \\"New issue is out: ${{ github.event.release.html_url }}\\"}" \\
            "$WEBHOOK"
''' % y(v))


@P("discord_nextauth", "discord", "client_secret", "discord_secret", "ts", "DISCORD_CLIENT_SECRET")
def t_dc_nextauth(r, v):
    return ("src/auth.ts", '''import NextAuth from 'next-auth';
import Discord from 'next-auth/providers/discord';

export const { handlers, auth, signIn, signOut } = NextAuth({
  providers: [
    Discord({
      clientId: '%s',
      clientSecret: %s,
      authorization: { params: { scope: 'identify email guilds.members.read' } },
    }),
  ],
  callbacks: {
    async session({ session, token }) {
      session.user.id = token.sub!;
      return session;
    },
  },
});
''' % (snow(r), q(v, "'")))


@P("discord_ts_login", "discord", "bot_token", "discord_bot", "ts", "BOT_TOKEN")
def t_dc_ts(r, v):
    return ("src/index.ts", '''import { Client, Events, GatewayIntentBits } from 'discord.js';
import { registerCommands } from './commands';

const BOT_TOKEN = %s;

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMembers] });

client.once(Events.ClientReady, async (c) => {
  console.log(`Ready! Logged in as ${c.user.tag}`);
  await registerCommands(c.application.id, '%s');
});

client.login(BOT_TOKEN);
''' % (q(v, "'"), snow(r)))


@P("substack_py_cookie", "substack", "session_cookie", "substack", "py", "SUBSTACK_SID")
def t_sb_py(r, v):
    pub = brand(r)
    return ("scripts/substack_backup.py", '''"""Download all posts (including paid ones) from our Substack for backup."""
import json
import pathlib

import requests

PUBLICATION = "https://%s.substack.com"
cookies = {"substack.sid": %s}

out = pathlib.Path("backup")
out.mkdir(exist_ok=True)
offset = 0
while True:
    batch = requests.get(f"{PUBLICATION}/api/v1/archive", params={"sort": "new", "offset": offset, "limit": 12},
                         cookies=cookies, timeout=30).json()
    if not batch:
        break
    for post in batch:
        full = requests.get(f"{PUBLICATION}/api/v1/posts/{post['slug']}", cookies=cookies, timeout=30).json()
        (out / f"{post['slug']}.json").write_text(json.dumps(full, indent=2))
    offset += len(batch)
print("saved", offset, "posts")
''' % (pub, q(v)))


@P("substack_sh_curl", "substack", "session_cookie", "substack", "sh", "SUBSTACK_SID")
def t_sb_sh(r, v):
    val = v.text.strip('"') if v.raw else v.text
    return ("bin/substack-stats.sh", '''#!/bin/sh
# Pull subscriber stats for the weekly dashboard.
PUB=%s
curl -s "https://$PUB.substack.com/api/v1/publication/stats?range=7" \\
  -H "Cookie: substack.sid=%s" \\
  -H "Accept: application/json" | jq '.subscribers, .paid_subscribers'
''' % (brand(r), val))


@P("youtube_py_devkey", "youtube", "api_key", "google_key", "py", "YOUTUBE_API_KEY")
def t_yt_py(r, v):
    return ("tools/members_only_videos.py", '''from googleapiclient.discovery import build

CHANNEL_ID = "UC%s"

youtube = build("youtube", "v3", developerKey=%s)

uploads = youtube.channels().list(part="contentDetails", id=CHANNEL_ID).execute()
playlist = uploads["items"][0]["contentDetails"]["relatedPlaylists"]["uploads"]

req = youtube.playlistItems().list(part="snippet", playlistId=playlist, maxResults=50)
while req:
    res = req.execute()
    for item in res["items"]:
        print(item["snippet"]["publishedAt"], item["snippet"]["title"])
    req = youtube.playlistItems().list_next(req, res)
''' % (rs(r, B64URL, 22), q(v)))


@P("youtube_client_secret_json", "youtube", "client_secret", "google_secret", "json", "GOOGLE_CLIENT_SECRET")
def t_yt_cs(r, v):
    proj = brand(r) + "-%d" % r.randint(100000, 999999)
    return (r.choice(["client_secret.json", "credentials/youtube_oauth.json"]), json.dumps({
        "installed": {"client_id": pub_google(r), "project_id": proj,
                      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                      "token_uri": "https://oauth2.googleapis.com/token",
                      "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
                      "client_secret": v.text, "redirect_uris": ["http://localhost"]}}) + "\n")


@P("youtube_stream_sh", "youtube", "stream_key", "yt_stream", "sh", "YT_STREAM_KEY")
def t_yt_stream(r, v):
    val = v.text.strip('"') if v.raw else v.text
    return ("stream/members-live.sh", '''#!/usr/bin/env bash
# Members-only live Q&A: push the OBS virtual camera + mic to YouTube Live.
set -e
INGEST="rtmp://a.rtmp.youtube.com/live2"
ffmpeg -f v4l2 -framerate 30 -video_size 1280x720 -i /dev/video2 \\
       -f pulse -i default \\
       -c:v libx264 -preset veryfast -b:v 4500k -maxrate 4500k -bufsize 9000k -g 60 \\
       -c:a aac -b:a 160k -ar 44100 \\
       -f flv "$INGEST/%s"
''' % val)


@P("youtube_token_json", "youtube", "refresh_token", "google_refresh", "json", "GOOGLE_REFRESH_TOKEN")
def t_yt_token(r, v):
    return ("token.json", json.dumps({
        "token": None, "refresh_token": v.text, "token_uri": "https://oauth2.googleapis.com/token",
        "client_id": pub_google(r), "scopes": ["https://www.googleapis.com/auth/youtube.channel-memberships.creator",
                                               "https://www.googleapis.com/auth/youtube.readonly"],
        "universe_domain": "googleapis.com", "expiry": isodate(r)}, indent=1) + "\n")


@P("gsheets_service_account", "google", "private_key", "sa_key", "json", "GOOGLE_PRIVATE_KEY")
def t_sa(r, v):
    proj = brand(r) + "-%d" % r.randint(1000, 9999)
    sa = "member-sync@%s.iam.gserviceaccount.com" % proj
    body = '''{
  "type": "service_account",
  "project_id": "%s",
  "private_key_id": "%s",
  "private_key": "%s",
  "client_email": "%s",
  "client_id": "%d",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s",
  "universe_domain": "googleapis.com"
}
''' % (proj, rs(r, HEX, 40), v.text, sa, r.randint(10 ** 20, 10 ** 21 - 1), sa.replace("@", "%40"))
    return ("sync/member-sheet-sa.json", body)


@P("stripe_members_yaml", "stripe", "secret_key", "stripe_sk", "yaml", "STRIPE_SECRET_KEY")
def t_st_yaml(r, v):
    return ("config/members.yml", '''site: https://%s
members:
  signup_access: all
  default_newsletter: weekly
  tiers:
    - name: %s
      monthly_price_id: price_%s
      yearly_price_id: price_%s
stripe:
  account: acct_%s
  secret_key: %s
  webhook_path: /members/webhooks/stripe/
''' % (domain(r), r.choice(TIERS[1:]), rs(r, ALNUM, 24), rs(r, ALNUM, 24), rs(r, ALNUM, 16), y(v)))


@P("stripe_whsec_express", "stripe", "webhook_signing_secret", "stripe_whsec", "js", "STRIPE_WEBHOOK_SECRET")
def t_st_whsec(r, v):
    return ("server/routes/stripe.js", '''const express = require('express');
const Stripe = require('stripe');

const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
const endpointSecret = %s;
const router = express.Router();

router.post('/webhook', express.raw({ type: 'application/json' }), (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  if (event.type === 'customer.subscription.deleted') {
    // downgrade member to free tier
  }
  res.json({ received: true });
});

module.exports = router;
''' % q(v, "'"))


@P("stripe_gha_env", "stripe", "secret_key", "stripe_sk", "gha", "STRIPE_API_KEY")
def t_st_gha(r, v):
    return (".github/workflows/reconcile.yml", '''name: Nightly membership reconcile
on:
  schedule:
    - cron: "30 2 * * *"

jobs:
  reconcile:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: ruby/setup-ruby@v1
        with:
          bundler-cache: true
      - run: bundle exec rake members:reconcile
        env:
          RAILS_ENV: production
          STRIPE_API_KEY: %s
          DATABASE_URL: ${{ secrets.DATABASE_URL }}
''' % y(v))


@P("zapier_hook_js", "zapier", "webhook_url", "zapier", "js", "ZAPIER_HOOK_URL")
def t_zap_js(r, v):
    return ("assets/js/waitlist.js", '''// Waitlist form -> Zapier -> Airtable + welcome email
(function () {
  const form = document.querySelector('#waitlist');
  if (!form) return;
  const HOOK = %s;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    await fetch(HOOK, { method: 'POST', body: JSON.stringify({ ...data, page: location.pathname }) });
    form.replaceWith(Object.assign(document.createElement('p'), { textContent: 'Thanks! Check your inbox.' }));
  });
})();
''' % q(v, "'"))


@P("make_blueprint", "make", "webhook_url", "make", "json", "MAKE_WEBHOOK_URL")
def t_make(r, v):
    return ("automations/make/gumroad-sale-blueprint.json", json.dumps({
        "name": "Gumroad sale -> Notion CRM",
        "flow": [
            {"id": 1, "module": "gumroad:watchSales", "version": 1, "parameters": {"__IMTCONN__": r.randint(1000000, 4999999)},
             "mapper": {}, "metadata": {"designer": {"x": 0, "y": 0}}},
            {"id": 2, "module": "http:ActionSendData", "version": 3, "parameters": {"handleErrors": True},
             "mapper": {"url": v.text, "method": "post", "bodyType": "raw", "contentType": "application/json",
                        "data": "{\"email\": \"{{1.email}}\", \"product\": \"{{1.product_name}}\"}"},
             "metadata": {"designer": {"x": 300, "y": 0}}}],
        "metadata": {"instant": False, "version": 1, "scenario": {"roundtrips": 1, "maxErrors": 3}}}, indent=2) + "\n")


@P("app_log_bearer", "paddle", "api_key", "paddle_api", "log", "PADDLE_API_KEY")
def t_log_paddle(r, v):
    lines = []
    t0 = r.randint(0, 50)
    hit = r.randint(2, 5)
    for i in range(8):
        stamp = "%s %02d:%02d:%02d" % (day(r), 9, 10 + i, t0 + i)
        if i == hit:
            lines.append('%s DEBUG httpx: > GET https://api.paddle.com/subscriptions?status=active headers={"Authorization": "Bearer %s", "Paddle-Version": "1"}' % (stamp, v.text))
        else:
            lines.append("%s INFO billing.sync: processed page %d (%d subscriptions) request_id=%s" % (stamp, i + 1, r.randint(10, 50), uuid4(r)))
    return ("logs/billing-sync.log", "\n".join(lines) + "\n")


@P("nginx_log_query", "kit", "api_secret", "kit_v3_secret", "log", "CK_SECRET")
def t_log_kit(r, v):
    lines = []
    hit = r.randint(1, 5)
    for i in range(7):
        ip = "%d.%d.%d.%d" % (r.randint(11, 220), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
        if i == hit:
            path = "/proxy/convertkit/v3/subscribers?api_secret=%s&email_address=%s" % (v.text, email(r).replace("@", "%40"))
        else:
            path = r.choice(["/", "/posts/%s/" % slugify(r.choice(PRODUCTS)), "/feed.xml", "/assets/app.%s.js" % rs(r, HEX, 8)])
        lines.append('%s - - [%02d/Mar/2025:10:%02d:%02d +0000] "GET %s HTTP/1.1" 200 %d "-" "Mozilla/5.0"' % (ip, r.randint(1, 28), r.randint(0, 59), r.randint(0, 59), path, r.randint(200, 40000)))
    return ("logs/access.log", "\n".join(lines) + "\n")


@P("beehiiv_properties", "beehiiv", "api_key", "beehiiv", "props", "BEEHIIV_API_KEY")
def t_bee_props(r, v):
    return ("src/main/resources/application-prod.properties", '''spring.application.name=newsletter-gateway
server.port=8080
spring.datasource.url=jdbc:postgresql://db:5432/newsletter
spring.datasource.username=newsletter
spring.datasource.password=${DB_PASSWORD}
beehiiv.base-url=https://api.beehiiv.com/v2
beehiiv.publication-id=pub_%s
beehiiv.api-key=%s
management.endpoints.web.exposure.include=health,info
''' % (uuid4(r), u(v)))


@P("patreon_appconfig_xml", "patreon", "creator_access_token", "patreon_token", "xml", "PatreonCreatorToken")
def t_pat_xml(r, v):
    return ("PatronWall/App.config", '''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <appSettings>
    <add key="CampaignId" value="%d" />
    <add key="PatreonCreatorToken" value="%s" />
    <add key="RefreshMinutes" value="10" />
    <add key="Theme" value="dark" />
  </appSettings>
</configuration>
''' % (r.randint(1000000, 9999999), v.text))


@P("discord_ini", "discord", "bot_token", "discord_bot", "ini", "DISCORD_TOKEN")
def t_dc_ini(r, v):
    return ("settings.ini", '''[bot]
token = %s
prefix = !
owner_id = %s

[membership]
provider = kofi
supporter_role = %s
grace_days = 3

[logging]
level = INFO
file = logs/bot.log
''' % (u(v), snow(r), snow(r)))


@P("lemon_dockerfile", "lemonsqueezy", "webhook_signing_secret", "lemon_whsec", "docker", "LEMONSQUEEZY_WEBHOOK_SECRET")
def t_ls_docker(r, v):
    return ("Dockerfile", '''FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production \\
    PORT=8080 \\
    LEMONSQUEEZY_WEBHOOK_SECRET=%s
COPY --from=deps /app/node_modules ./node_modules
COPY . .
EXPOSE 8080
USER node
CMD ["node", "server.js"]
''' % u(v))


# --------------------------------------------------------------------------
# Look-alike negative templates: fn(r) -> (relpath, text). No credentials.
# --------------------------------------------------------------------------
NEG = []


def N(name, provider, kind):
    def deco(fn):
        NEG.append(dict(name=name, provider=provider, kind=kind, fn=fn))
        return fn
    return deco


@N("ghost_content_theme_js", "ghost", "content_api_key_public")
def n_ghost_theme(r):
    return ("assets/js/search.js", '''// Client-side search for the theme. The Content API key is public by design
// (read-only access to published content).
import GhostContentAPI from '@tryghost/content-api';

const api = new GhostContentAPI({
  url: 'https://%s',
  key: '%s',
  version: 'v5.0',
});

export async function search(term) {
  const posts = await api.posts.browse({ limit: 'all', fields: 'id,title,url,excerpt' });
  const t = term.toLowerCase();
  return posts.filter((p) => p.title.toLowerCase().includes(t));
}
''' % (domain(r), g_ghost_content(r)))


@N("ghost_content_next_config", "ghost", "content_api_key_public")
def n_ghost_next(r):
    return ("next.config.js", '''/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  images: { remotePatterns: [{ protocol: 'https', hostname: '%s' }] },
  env: {
    NEXT_PUBLIC_GHOST_URL: 'https://%s',
    // Content API key: read-only, safe in the browser
    NEXT_PUBLIC_GHOST_CONTENT_KEY: '%s',
  },
};
''' % (domain(r), domain(r), g_ghost_content(r)))


@N("ghost_posts_export", "ghost", "post_ids")
def n_ghost_export(r):
    posts = []
    for _ in range(r.randint(2, 4)):
        t = r.choice(PRODUCTS) + " notes"
        posts.append({"id": oid(r), "uuid": uuid4(r), "title": t, "slug": slugify(t), "status": "published",
                      "visibility": r.choice(["public", "members", "paid"]), "created_at": isodate(r),
                      "published_at": isodate(r), "author_id": oid(r), "newsletter_id": oid(r)})
    return ("content/data/ghost-export-%s.json" % day(r), json.dumps({"db": [{"meta": {"exported_on": ts(r) * 1000, "version": "5.%d.0" % r.randint(40, 99)},
                                                                               "data": {"posts": posts}}]}, indent=2) + "\n")


@N("ghost_members_csv", "ghost", "member_ids")
def n_ghost_members(r):
    rows = ["id,email,name,note,subscribed_to_emails,complimentary_plan,stripe_customer_id,created_at,deleted_at,labels,tiers"]
    for _ in range(r.randint(5, 10)):
        f, l = person(r)
        paid = r.random() < 0.4
        rows.append("%s,%s,%s %s,,%s,false,%s,%s,,%s,%s" % (oid(r), email(r), f.title(), l.title(), r.choice(["true", "false"]),
                                                           "cus_" + rs(r, ALNUM, 14) if paid else "", isodate(r),
                                                           r.choice(["", "import", "podcast"]), r.choice(TIERS[1:]) if paid else ""))
    return ("exports/members.%s.csv" % day(r), "\n".join(rows) + "\n")


@N("ghost_webhook_log", "ghost", "webhook_event_ids")
def n_ghost_log(r):
    lines = []
    for i in range(6):
        lines.append('[%s] INFO "POST /webhooks/ghost" 200 %dms event=%s post_id=%s uuid=%s' % (
            isodate(r), r.randint(3, 90), r.choice(["post.published", "member.added", "member.edited"]), oid(r), uuid4(r)))
    return ("logs/ghost-webhooks.log", "\n".join(lines) + "\n")


@N("ghost_routes_yaml", "ghost", "config_no_secret")
def n_ghost_routes(r):
    return ("content/settings/routes.yaml", '''routes:
  /members/:
    template: members
    content_type: html

collections:
  /:
    permalink: /{slug}/
    template: index
  /podcast/:
    permalink: /podcast/{slug}/
    filter: tag:podcast

taxonomies:
  tag: /topic/{slug}/
  author: /writer/{slug}/
''')


@N("ghost_theme_package", "ghost", "config_no_secret")
def n_ghost_pkg(r):
    return ("package.json", json.dumps({"name": brand(r) + "-theme", "description": "Custom Ghost theme", "version": "1.%d.%d" % (r.randint(0, 9), r.randint(0, 20)),
                                        "engines": {"ghost": ">=5.0.0"}, "license": "MIT",
                                        "config": {"posts_per_page": 12, "image_sizes": {"s": {"width": 300}, "m": {"width": 720}},
                                                   "card_assets": True, "custom": {"navigation_layout": {"type": "select", "options": ["Logo on the left", "Logo in the middle"], "default": "Logo on the left"}}},
                                        "scripts": {"dev": "gulp", "zip": "gulp zip", "test": "gscan ."},
                                        "devDependencies": {"gscan": "^4.%d.0" % r.randint(30, 45), "gulp": "^4.0.2"}}, indent=2) + "\n")


@N("beehiiv_pub_ids_yaml", "beehiiv", "publication_ids")
def n_bee_ids(r):
    return ("config/newsletters.yml", '''# Publication ids are not secrets; the API key lives in the secret store.
publications:
  main:
    id: pub_%s
    name: %s
  jobs_board:
    id: pub_%s
    name: %s Jobs
automations:
  welcome_journey: aut_%s
segments:
  engaged_90d: seg_%s
''' % (uuid4(r), brand(r), uuid4(r), brand(r), uuid4(r), uuid4(r)))


@N("beehiiv_subscribers_csv", "beehiiv", "subscriber_ids")
def n_bee_csv(r):
    rows = ["id,email,status,created,subscription_tier,utm_source,referral_code"]
    for _ in range(r.randint(5, 9)):
        rows.append("sub_%s,%s,%s,%d,%s,%s,%s" % (uuid4(r), email(r), r.choice(["active", "active", "inactive"]), ts(r),
                                                  r.choice(["free", "premium"]), r.choice(["twitter", "", "ref"]), rs(r, ALNUM, 10)))
    return ("data/beehiiv_subscribers_%s.csv" % day(r), "\n".join(rows) + "\n")


@N("kit_form_embed", "kit", "form_uid")
def n_kit_embed(r):
    uid = rs(r, HEX, 10)
    return ("_includes/newsletter-form.html", '''<script async data-uid="%s" src="https://%s.kit.com/%s/index.js"></script>
<form action="https://app.kit.com/forms/%d/subscriptions" class="seva-form formkit-form" method="post"
      data-sv-form="%d" data-uid="%s" data-format="inline" data-version="5">
  <input class="formkit-input" name="email_address" aria-label="Email Address" placeholder="you@example.com" required type="email">
  <button data-element="submit" class="formkit-submit">Subscribe</button>
</form>
''' % (uid, brand(r), uid, r.randint(1000000, 7999999), r.randint(1000000, 7999999), uid))


@N("patreon_login_url", "patreon", "client_id_public")
def n_pat_login(r):
    return ("templates/partials/patreon_login.html", '''{# client_id is public; the secret stays on the server #}
<a class="btn btn-patreon"
   href="https://www.patreon.com/oauth2/authorize?response_type=code&client_id=%s&redirect_uri=https%%3A%%2F%%2F%s%%2Fauth%%2Fpatreon%%2Fcallback&scope=identity%%20identity.memberships&state={{ state }}">
  Unlock with Patreon
</a>
''' % (pub_patreon(r), domain(r)))


@N("patreon_webhook_log", "patreon", "signature_digest")
def n_pat_log(r):
    lines = []
    for _ in range(5):
        lines.append('%s webhook patreon event=%s member_id=%s campaign=%d X-Patreon-Signature=%s verified=true' % (
            isodate(r), r.choice(["members:pledge:create", "members:update", "members:pledge:delete"]), uuid4(r),
            r.randint(1000000, 9999999), rs(r, HEX, 32)))
    return ("logs/patreon-webhooks.log", "\n".join(lines) + "\n")


@N("gumroad_product_md", "gumroad", "product_permalink")
def n_gr_md(r):
    perm = rs(r, LOW, r.randint(4, 6))
    return ("docs/shop.md", '''# Shop links

| Product | Link | product_id |
|---|---|---|
| %s | https://%s.gumroad.com/l/%s | `%s` |
| %s | https://gumroad.com/l/%s?wanted=true | `%s` |

Embed with `<script src="https://gumroad.com/js/gumroad.js"></script>` and a
link to the permalink. Product ids are public and only identify the product.
''' % (r.choice(PRODUCTS), brand(r), perm, b64u(rbytes(r, 16)) + "==", r.choice(PRODUCTS), rs(r, LOW, 5), b64u(rbytes(r, 16)) + "=="))


@N("gumroad_masked_support_log", "gumroad", "license_key_masked")
def n_gr_masked(r):
    lines = []
    for _ in range(5):
        lines.append("%s support: verify license=****-****-****-%s product=%s uses=%d result=%s" % (
            isodate(r), rs(r, UHEX, 8), b64u(rbytes(r, 16)) + "==", r.randint(1, 6), r.choice(["ok", "ok", "refunded", "not_found"])))
    return ("logs/license-support.log", "\n".join(lines) + "\n")


@N("gumroad_ping_fixture", "gumroad", "sale_ids")
def n_gr_ping(r):
    return ("tests/fixtures/gumroad_ping.json", json.dumps({
        "seller_id": b64u(rbytes(r, 16)) + "==", "product_id": b64u(rbytes(r, 16)) + "==", "product_name": r.choice(PRODUCTS),
        "permalink": rs(r, LOW, 5), "product_permalink": "https://%s.gumroad.com/l/%s" % (brand(r), rs(r, LOW, 5)),
        "email": "buyer@example.com", "price": r.choice([900, 1500, 2900]), "currency": "usd", "quantity": 1,
        "sale_id": b64u(rbytes(r, 16)) + "==", "sale_timestamp": isodate(r), "order_number": r.randint(100000000, 999999999),
        "license_key": "", "test": True, "refunded": False}, indent=2) + "\n")


@N("kofi_ids_log", "ko-fi", "transaction_ids")
def n_kofi_log(r):
    lines = []
    for _ in range(6):
        lines.append("%s kofi %s from=%s amount=%s message_id=%s kofi_transaction_id=%s" % (
            isodate(r), r.choice(["Donation", "Subscription", "Shop Order"]), r.choice(FIRST).title(),
            r.choice(["3.00", "5.00", "10.00"]), uuid4(r), uuid4(r)))
    return ("logs/kofi.log", "\n".join(lines) + "\n")


@N("lemon_signature_log", "lemonsqueezy", "signature_digest")
def n_ls_log(r):
    lines = []
    for _ in range(6):
        lines.append("%s POST /api/webhooks/lemonsqueezy event=%s order=%d X-Signature=%s status=200" % (
            isodate(r), r.choice(["order_created", "subscription_updated", "license_key_created"]), r.randint(1000000, 9999999), rs(r, HEX, 64)))
    return ("logs/lemonsqueezy-webhooks.log", "\n".join(lines) + "\n")


@N("lemon_order_fixture", "lemonsqueezy", "order_identifiers")
def n_ls_order(r):
    return ("tests/fixtures/lemon_order_created.json", json.dumps({
        "meta": {"event_name": "order_created", "custom_data": {"user_id": str(r.randint(1, 9999))}, "test_mode": True},
        "data": {"type": "orders", "id": str(r.randint(1000000, 9999999)),
                 "attributes": {"store_id": r.randint(10000, 299999), "identifier": uuid4(r), "order_number": r.randint(1000, 99999),
                                "user_name": "Test Buyer", "user_email": "buyer@example.com", "currency": "USD",
                                "total": r.choice([900, 1900, 4900]), "status": "paid", "created_at": isodate(r)}}}, indent=2) + "\n")


@N("lemon_license_masked", "lemonsqueezy", "license_key_masked")
def n_ls_masked(r):
    return ("tests/fixtures/license_key.json", json.dumps({
        "data": {"type": "license-keys", "id": str(r.randint(10000, 999999)),
                 "attributes": {"store_id": r.randint(10000, 299999), "customer_id": r.randint(100000, 999999),
                                "key_short": "XXXX-" + rs(r, UHEX, 12), "activation_limit": 3, "instances_count": 1,
                                "status": "active", "expires_at": None, "created_at": isodate(r)}}}, indent=2) + "\n")


@N("paddle_clientside_html", "paddle", "client_side_token_public")
def n_pd_html(r):
    return ("public/pricing.html", '''<script src="https://cdn.paddle.com/paddle/v2/paddle.js"></script>
<script>
  // Client-side token: limited to checkout and price previews, safe to publish.
  Paddle.Initialize({ token: '%s' });
  document.querySelectorAll('[data-price]').forEach((btn) =>
    btn.addEventListener('click', () =>
      Paddle.Checkout.open({ items: [{ priceId: btn.dataset.price, quantity: 1 }] })));
</script>
<button data-price="pri_%s">Join monthly</button>
<button data-price="pri_%s">Join yearly</button>
''' % (pub_paddle(r), ulid(r), ulid(r)))


@N("paddle_signature_log", "paddle", "signature_digest")
def n_pd_log(r):
    lines = []
    for _ in range(5):
        t = ts(r)
        lines.append("%s paddle webhook %s id=ntf_%s Paddle-Signature=ts=%d;h1=%s ok" % (
            isodate(r), r.choice(["transaction.completed", "subscription.activated", "subscription.canceled"]), ulid(r), t, rs(r, HEX, 64)))
    return ("logs/paddle.log", "\n".join(lines) + "\n")


@N("paddle_entity_seed", "paddle", "entity_ids")
def n_pd_seed(r):
    return ("billing/catalog.json", json.dumps({
        "products": [{"id": "pro_" + ulid(r), "name": r.choice(TIERS[1:]), "prices": [
            {"id": "pri_" + ulid(r), "interval": "month", "amount": "900"},
            {"id": "pri_" + ulid(r), "interval": "year", "amount": "9000"}]}],
        "test_customer": "ctm_" + ulid(r), "test_subscription": "sub_" + ulid(r), "discount": "dsc_" + ulid(r)}, indent=2) + "\n")


@N("paddle_classic_public_key", "paddle", "public_key_pem")
def n_pd_pem(r):
    body = b64(b"\x30\x82\x02\x22\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00\x03\x82\x02\x0f\x00" + rbytes(r, 526))
    pem = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    return ("includes/paddle-public-key.php", '''<?php
// Paddle Classic webhook verification uses this PUBLIC key (from the
// Developer Tools > Public Key page). It cannot sign anything.
const PADDLE_PUBLIC_KEY = <<<PEM
-----BEGIN PUBLIC KEY-----
%s
-----END PUBLIC KEY-----
PEM;
''' % pem)


@N("stripe_publishable_js", "stripe", "publishable_key_public")
def n_st_pk(r):
    return ("assets/js/checkout.js", '''// Publishable key: meant for the browser.
const stripe = Stripe('%s');

document.querySelector('#join').addEventListener('click', async () => {
  const res = await fetch('/api/checkout-session', { method: 'POST' });
  const { id } = await res.json();
  await stripe.redirectToCheckout({ sessionId: id });
});
''' % pub_stripe(r))


@N("stripe_event_fixture", "stripe", "event_ids")
def n_st_evt(r):
    return ("spec/fixtures/stripe/customer_subscription_created.json", json.dumps({
        "id": "evt_" + rs(r, ALNUM, 24), "object": "event", "api_version": "2024-06-20", "created": ts(r), "livemode": False,
        "data": {"object": {"id": "sub_" + rs(r, ALNUM, 24), "object": "subscription", "customer": "cus_" + rs(r, ALNUM, 14),
                            "items": {"data": [{"id": "si_" + rs(r, ALNUM, 14), "price": {"id": "price_" + rs(r, ALNUM, 24), "product": "prod_" + rs(r, ALNUM, 14)}}]},
                            "status": "active"}},
        "request": {"id": "req_" + rs(r, ALNUM, 14), "idempotency_key": uuid4(r)}, "type": "customer.subscription.created"}, indent=2) + "\n")


@N("discord_ids_config", "discord", "snowflake_ids")
def n_dc_ids(r):
    return ("bot/config.example.json", json.dumps({
        "token": "", "applicationId": snow(r), "guildId": snow(r),
        "roleMap": {"Supporter": snow(r), "Insider": snow(r), "Founding Member": snow(r)},
        "logChannel": snow(r)}, indent=2) + "\n")


@N("discord_public_key_wrangler", "discord", "public_key")
def n_dc_wrangler(r):
    return ("wrangler.toml", '''name = "member-commands"
main = "src/worker.ts"
compatibility_date = "%s"

[vars]
# Ed25519 public key from the Developer Portal, used to verify interactions.
DISCORD_APPLICATION_ID = "%s"
DISCORD_PUBLIC_KEY = "%s"

# DISCORD_TOKEN is set with `wrangler secret put DISCORD_TOKEN`
''' % (day(r), snow(r), rs(r, HEX, 64)))


@N("discord_signature_log", "discord", "signature")
def n_dc_sig(r):
    lines = []
    for _ in range(4):
        lines.append("%s interaction type=2 cmd=/verify user=%s X-Signature-Ed25519=%s X-Signature-Timestamp=%d valid=true" % (
            isodate(r), snow(r), rs(r, HEX, 128), ts(r)))
    return ("logs/interactions.log", "\n".join(lines) + "\n")


@N("youtube_channel_yaml", "youtube", "channel_ids")
def n_yt(r):
    return ("data/channels.yml", '''channels:
  - name: %s
    channel_id: UC%s
    uploads_playlist: UU%s
    members_playlist: UUMO%s
featured_videos:
  - %s
  - %s
''' % (brand(r), rs(r, B64URL, 22), rs(r, B64URL, 22), rs(r, B64URL, 22), rs(r, B64URL, 11), rs(r, B64URL, 11)))


@N("google_client_id_html", "google", "client_id_public")
def n_g_html(r):
    return ("src/components/GoogleSignIn.html", '''<script src="https://accounts.google.com/gsi/client" async></script>
<div id="g_id_onload"
     data-client_id="%s"
     data-login_uri="https://%s/auth/google"
     data-auto_prompt="false"></div>
<div class="g_id_signin" data-type="standard"></div>
''' % (pub_google(r), domain(r)))


@N("substack_feeds_config", "substack", "public_urls")
def n_sb(r):
    b = brand(r)
    return ("config/feeds.toml", '''[[feed]]
name = "%s"
url = "https://%s.substack.com/feed"
publication_id = %d

[[feed]]
name = "%s"
url = "https://%s.substack.com/feed"
publication_id = %d
''' % (b, b, r.randint(100000, 2999999), brand(r), brand(r), r.randint(100000, 2999999)))


@N("circle_ids_json", "circle", "community_ids")
def n_ci(r):
    return ("automation/circle-spaces.json", json.dumps({
        "community_id": r.randint(10000, 399999), "spaces": {"welcome": r.randint(100000, 1999999), "wins": r.randint(100000, 1999999)},
        "member_tags": {"paid": r.randint(10000, 99999)}, "token_env": "CIRCLE_API_TOKEN"}, indent=2) + "\n")


@N("thinkific_courses_csv", "thinkific", "course_ids")
def n_th(r):
    rows = ["course_id,product_id,slug,name,enrollments"]
    for _ in range(r.randint(3, 7)):
        n = r.choice(PRODUCTS)
        rows.append("%d,%d,%s,%s,%d" % (r.randint(100000, 3999999), r.randint(100000, 3999999), slugify(n), n, r.randint(0, 4000)))
    return ("reports/thinkific-courses.csv", "\n".join(rows) + "\n")


@N("teachable_enrollments_csv", "teachable", "student_ids")
def n_te(r):
    rows = ["user_id,name,email,course_id,percent_complete,enrolled_at"]
    for _ in range(r.randint(4, 8)):
        f, l = person(r)
        rows.append("%d,%s %s,%s,%d,%d,%s" % (r.randint(10000000, 99999999), f.title(), l.title(), email(r), r.randint(1000000, 2999999), r.randint(0, 100), day(r)))
    return ("exports/teachable-enrollments.csv", "\n".join(rows) + "\n")


@N("kajabi_offers_md", "kajabi", "offer_ids")
def n_kj(r):
    b = brand(r)
    return ("docs/kajabi-offers.md", '''# Kajabi offers

- Checkout: https://%s.mykajabi.com/offers/%s/checkout
- Offer id: `%d`
- Thank-you page: https://%s.mykajabi.com/offers/%s/thank_you

Coupon for the launch: `LAUNCH%d` (public promo code, expires at the end of the month).
''' % (b, rs(r, ALNUM, 8), r.randint(2147000000, 2148999999), b, rs(r, ALNUM, 8), r.choice([10, 20, 25])))


@N("podia_products_yaml", "podia", "product_urls")
def n_po(r):
    b = brand(r)
    return ("data/podia.yml", '''storefront: https://%s.podia.com
products:
  - name: %s
    url: https://%s.podia.com/%s
    checkout: https://%s.podia.com/%s/buy
  - name: %s
    url: https://%s.podia.com/%s
''' % (b, r.choice(PRODUCTS), b, slugify(r.choice(PRODUCTS)), b, slugify(r.choice(PRODUCTS)), r.choice(PRODUCTS), b, slugify(r.choice(PRODUCTS))))


@N("memberful_embed", "memberful", "site_ids")
def n_mf(r):
    b = brand(r)
    return ("_includes/memberful.html", '''<script type="text/javascript">
  (function() {
    var s = document.createElement('script');
    s.async = true;
    s.src = 'https://d35xxde4fgg0cx.cloudfront.net/assets/embedded.js';
    s.setAttribute('data-memberful-site', 'https://%s.memberful.com');
    document.head.appendChild(s);
  })();
</script>
<a href="https://%s.memberful.com/checkout?plan=%d">Become a member</a>
''' % (b, b, r.randint(10000, 199999)))


@N("package_lock_integrity", "npm", "integrity_hashes")
def n_lock(r):
    pk = {}
    for name in r.sample(["@tryghost/content-api", "@lemonsqueezy/lemonsqueezy.js", "discord.js", "stripe", "@paddle/paddle-node-sdk", "patreon"], 3):
        pk["node_modules/" + name] = {"version": "%d.%d.%d" % (r.randint(0, 14), r.randint(0, 20), r.randint(0, 9)),
                                      "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (name, name.split("/")[-1]),
                                      "integrity": "sha512-" + b64(rbytes(r, 64))}
    return ("package-lock.json", json.dumps({"name": brand(r), "lockfileVersion": 3, "requires": True, "packages": pk}, indent=2) + "\n")


@N("dockerfile_digest", "docker", "image_digest")
def n_dock(r):
    return ("Dockerfile", '''FROM ghost:5.%d-alpine@sha256:%s
COPY content/themes/%s /var/lib/ghost/content/themes/%s
ENV NODE_ENV=production
''' % (r.randint(50, 99), rs(r, HEX, 64), brand(r), brand(r)))


@N("gha_pinned_shas", "github", "commit_shas")
def n_gha(r):
    return (".github/workflows/ci.yml", '''name: CI
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@%s # v4.1.7
      - uses: actions/setup-node@%s # v4.0.3
        with:
          node-version: 20
      - run: npm ci
      - run: npm test
        env:
          LEMONSQUEEZY_API_KEY: ${{ secrets.LEMONSQUEEZY_API_KEY }}
          GHOST_ADMIN_API_KEY: ${{ secrets.GHOST_ADMIN_API_KEY }}
''' % (rs(r, HEX, 40), rs(r, HEX, 40)))


@N("sri_html", "web", "sri_hashes")
def n_sri(r):
    return ("layouts/partials/head.html", '''<link rel="stylesheet" href="/css/main.%s.css" integrity="sha384-%s" crossorigin="anonymous">
<script defer src="/js/app.%s.js" integrity="sha384-%s" crossorigin="anonymous"></script>
<script defer data-domain="%s" src="https://plausible.io/js/script.js"></script>
''' % (rs(r, HEX, 8), b64(rbytes(r, 48)), rs(r, HEX, 8), b64(rbytes(r, 48)), domain(r)))


@N("sha256sums_downloads", "gumroad", "file_checksums")
def n_sums(r):
    lines = []
    for n in r.sample(PRODUCTS, 4):
        lines.append("%s  %s.zip" % (rs(r, HEX, 64), slugify(n)))
    return ("downloads/SHA256SUMS", "\n".join(lines) + "\n")


@N("git_log_md", "github", "commit_shas")
def n_gitlog(r):
    lines = ["# Changelog", ""]
    for _ in range(5):
        lines.append("- %s %s (%s)" % (rs(r, HEX, 7), r.choice(["fix paywall card", "add Ko-fi tier sync", "bump ghost to 5.x", "rotate webhook secret via env", "tidy license check"]), rs(r, HEX, 40)))
    return ("CHANGELOG.md", "\n".join(lines) + "\n")


@N("data_uri_css", "web", "base64_data")
def n_datauri(r):
    return ("assets/css/badges.css", '''.badge-supporter::before {
  content: "";
  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ%s");
  width: 16px;
  height: 16px;
}
''' % b64(rbytes(r, 180)))


@N("tiers_sql_uuids", "ghost", "uuids")
def n_sql(r):
    rows = []
    for t in TIERS[1:4]:
        rows.append("('%s', '%s', '%s', %d, %d, 'usd', true)" % (oid(r), t, slugify(t), r.choice([500, 900, 1500]), r.choice([5000, 9000, 15000])))
    return ("db/seeds/tiers.sql", "INSERT INTO products (id, name, slug, monthly_price, yearly_price, currency, active) VALUES\n  " + ",\n  ".join(rows) + ";\n")


@N("netlify_headers_csp", "netlify", "csp_hashes")
def n_netlify(r):
    return ("public/_headers", '''/*
  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-%s' https://js.stripe.com https://cdn.paddle.com; frame-src https://js.stripe.com
  X-Frame-Options: DENY
  Referrer-Policy: strict-origin-when-cross-origin
''' % b64(rbytes(r, 32)))


@N("vercel_project_json", "vercel", "project_ids")
def n_vercel(r):
    return (".vercel/project.json", json.dumps({"projectId": "prj_" + rs(r, ALNUM, 28), "orgId": "team_" + rs(r, ALNUM, 24)}) + "\n")


@N("wrangler_ids", "cloudflare", "account_ids")
def n_wrangler(r):
    return ("workers/paywall/wrangler.toml", '''name = "paywall-edge"
main = "src/index.ts"
compatibility_date = "%s"
account_id = "%s"

[[kv_namespaces]]
binding = "SESSIONS"
id = "%s"
preview_id = "%s"

[[d1_databases]]
binding = "DB"
database_name = "members"
database_id = "%s"
''' % (day(r), rs(r, HEX, 32), rs(r, HEX, 32), rs(r, HEX, 32), uuid4(r)))


@N("zapier_export_noauth", "zapier", "zap_ids")
def n_zap(r):
    return ("zapier/exports/new-patron-zap.json", json.dumps({
        "zap": {"id": r.randint(100000000, 299999999), "title": "New patron -> Discord DM", "status": "on"},
        "steps": [{"id": 1, "app": "Patreon", "action": "new_member", "authentication_id": r.randint(10000000, 99999999)},
                  {"id": 2, "app": "Discord", "action": "send_dm", "authentication_id": r.randint(10000000, 99999999),
                   "params": {"user": "{{1__discord_id}}", "message": "Thanks for joining!"}}]}, indent=2) + "\n")


@N("make_blueprint_conn", "make", "connection_ids")
def n_make(r):
    return ("automations/make/kofi-to-sheets.json", json.dumps({
        "name": "Ko-fi -> Google Sheets", "flow": [
            {"id": 1, "module": "gateway:CustomWebHook", "version": 1, "parameters": {"hook": r.randint(100000, 999999), "maxResults": 1}},
            {"id": 2, "module": "google-sheets:addRow", "version": 2, "parameters": {"__IMTCONN__": r.randint(1000000, 4999999)},
             "mapper": {"spreadsheetId": "1" + rs(r, B64URL, 43), "sheetId": "Supporters", "values": {"0": "{{1.from_name}}", "1": "{{1.amount}}"}}}]}, indent=2) + "\n")


@N("gravatar_hash_csv", "web", "md5_hashes")
def n_grav(r):
    rows = ["member_id,display_name,gravatar_hash"]
    for _ in range(5):
        rows.append("%s,%s,%s" % (oid(r), r.choice(FIRST).title(), rs(r, HEX, 32)))
    return ("data/avatars.csv", "\n".join(rows) + "\n")


@N("coupon_codes_yaml", "creator", "promo_codes")
def n_coupons(r):
    return ("config/promotions.yml", '''# Public promo codes printed in the newsletter footer.
promotions:
  - code: LAUNCH%d
    percent_off: %d
    expires: %s
  - code: %sFRIENDS
    percent_off: 15
    expires: %s
''' % (r.choice([10, 20, 30]), r.choice([10, 20, 30]), day(r), brand(r).split("-")[0].upper(), day(r)))


@N("license_format_doc", "gumroad", "license_format_doc")
def n_licdoc(r):
    return ("docs/licensing.md", '''# How license keys are checked

Gumroad keys look like `XXXXXXXX-XXXXXXXX-XXXXXXXX-XXXXXXXX` and Lemon Squeezy
keys like `XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX`. The app never stores the key in
the repo; it asks on first launch and keeps it in the OS keychain.

```js
const GUMROAD_RE = /^[0-9A-F]{8}(-[0-9A-F]{8}){3}$/;
const LEMON_RE = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/i;
```
''')


@N("etag_cache_log", "web", "etags")
def n_etag(r):
    lines = []
    for _ in range(6):
        lines.append('%s cache HIT /ghost/api/content/posts/?limit=15 etag=W/"%s" age=%d key=%s' % (isodate(r), rs(r, HEX, 40), r.randint(1, 600), rs(r, HEX, 64)))
    return ("logs/edge-cache.log", "\n".join(lines) + "\n")


@N("mailerlite_groups_yaml", "mailerlite", "group_ids")
def n_ml(r):
    return ("config/mailerlite.yml", '''groups:
  newsletter: "%d"
  buyers: "%d"
  course_waitlist: "%d"
fields:
  - first_name
  - country
''' % (r.randint(10 ** 17, 10 ** 18 - 1), r.randint(10 ** 17, 10 ** 18 - 1), r.randint(10 ** 17, 10 ** 18 - 1)))


@N("buttondown_export_json", "buttondown", "email_ids")
def n_bd(r):
    return ("archive/buttondown-emails.json", json.dumps([{"id": uuid4(r), "subject": r.choice(PRODUCTS) + " update", "slug": rs(r, LOW, 6),
                                                           "publish_date": isodate(r), "status": "sent", "secondary_id": r.randint(1, 300)} for _ in range(3)], indent=2) + "\n")


@N("theme_json_uuid", "ghost", "uuids")
def n_theme(r):
    return ("content/themes/%s/locales/en.json" % brand(r), json.dumps({"Subscribe": "Subscribe", "Sign in": "Sign in",
                                                                       "Account": "Account", "_build": uuid4(r), "_hash": rs(r, HEX, 40)}, indent=2) + "\n")


@N("podcast_rss_guids", "ghost", "guids")
def n_rss(r):
    items = []
    for _ in range(3):
        items.append("    <item><title>%s</title><guid isPermaLink=\"false\">%s</guid><enclosure url=\"https://%s/content/media/%s.mp3\" length=\"%d\" type=\"audio/mpeg\"/></item>" % (
            r.choice(PRODUCTS), uuid4(r), domain(r), rs(r, HEX, 16), r.randint(10 ** 6, 10 ** 8)))
    return ("static/podcast.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>\n    <title>%s</title>\n%s\n  </channel>\n</rss>\n' % (brand(r), "\n".join(items)))


@N("hmac_verify_worker", "lemonsqueezy", "verification_code")
def n_worker(r):
    return ("workers/hooks/src/index.ts", '''export interface Env { LEMONSQUEEZY_WEBHOOK_SECRET: string; KOFI_VERIFICATION_TOKEN: string }

async function hmacHex(secret: string, body: string) {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const sig = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(body));
  return [...new Uint8Array(sig)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export default {
  async fetch(req: Request, env: Env) {
    const body = await req.text();
    const expected = await hmacHex(env.LEMONSQUEEZY_WEBHOOK_SECRET, body);
    if (expected !== req.headers.get('X-Signature')) return new Response('bad signature', { status: 401 });
    return new Response('ok');
  },
};
''')


@N("pytest_fixture_ids", "patreon", "fixture_ids")
def n_pytest(r):
    return ("tests/test_tiers.py", '''import pytest

from app.tiers import tier_for

CAMPAIGN_ID = "%d"
MEMBER_ID = "%s"


@pytest.mark.parametrize("cents,tier", [(300, "supporter"), (1000, "insider"), (2500, "founding")])
def test_tier_for(cents, tier):
    assert tier_for(cents) == tier


def test_member_id_shape():
    assert len(MEMBER_ID) == 36
''' % (r.randint(1000000, 9999999), uuid4(r)))


@N("env_example_blank", "creator", "env_example")
def n_envexample(r):
    return (".env.example", '''# Copy to .env and fill in. Never commit the real values.
GHOST_URL=https://%s
GHOST_ADMIN_API_KEY=
GHOST_CONTENT_API_KEY=
BEEHIIV_API_KEY=
BEEHIIV_PUBLICATION_ID=pub_00000000-0000-0000-0000-000000000000
LEMONSQUEEZY_API_KEY=
LEMONSQUEEZY_WEBHOOK_SECRET=
DISCORD_TOKEN=
''' % domain(r))


@N("k8s_secret_ref", "creator", "secret_reference")
def n_k8s(r):
    return ("deploy/k8s/deployment.yaml", '''apiVersion: apps/v1
kind: Deployment
metadata:
  name: newsletter-api
spec:
  replicas: 2
  selector:
    matchLabels: { app: newsletter-api }
  template:
    metadata:
      labels: { app: newsletter-api }
    spec:
      containers:
        - name: api
          image: ghcr.io/%s/newsletter-api@sha256:%s
          env:
            - name: PADDLE_API_KEY
              valueFrom:
                secretKeyRef: { name: billing-env, key: PADDLE_API_KEY }
            - name: GHOST_ADMIN_API_KEY
              valueFrom:
                secretKeyRef: { name: ghost-env, key: GHOST_ADMIN_API_KEY }
''' % (brand(r), rs(r, HEX, 64)))


@N("jwt_decoder_test", "ghost", "jwt_structure_doc")
def n_jwtdoc(r):
    return ("docs/ghost-jwt.md", '''# Ghost admin tokens

A token is three base64url parts: header `{"alg":"HS256","kid":"<key id>","typ":"JWT"}`,
payload `{"iat":<now>,"exp":<now+300>,"aud":"/admin/"}` and the HMAC-SHA256 signature
made with the hex-decoded secret half of the Admin API key. Tokens expire after five
minutes, so we mint a fresh one per request and never store them.

Key ids are 24 hex characters (for example the integration `%s`);
the id alone grants nothing.
''' % oid(r))


@N("sentry_release_yaml", "web", "release_hashes")
def n_release(r):
    return ("release.yml", '''release:
  version: %s@%s
  commit: %s
  built_at: %s
  assets_manifest_sha256: %s
''' % (brand(r), "1.%d.%d" % (r.randint(0, 9), r.randint(0, 30)), rs(r, HEX, 40), isodate(r), rs(r, HEX, 64)))


@N("discord_invite_md", "discord", "invite_codes")
def n_invite(r):
    return ("docs/community.md", '''# Community

Members get an invite to the Discord after checkout: https://discord.gg/%s
Role ids used by the sync bot:

| Tier | Role id |
|---|---|
| Supporter | %s |
| Insider | %s |
''' % (rs(r, ALNUM, 8), snow(r), snow(r)))


@N("youtube_memberships_csv", "youtube", "member_export")
def n_ytcsv(r):
    rows = ["Member,Link to profile,Current level,Total time on level (months),Total time as member (months),Last update,Last update timestamp"]
    for _ in range(r.randint(4, 8)):
        rows.append("%s,https://www.youtube.com/channel/UC%s,%s,%d,%d,%s,%s" % (r.choice(FIRST).title(), rs(r, B64URL, 22), r.choice(TIERS[1:]), r.randint(1, 30), r.randint(1, 40), r.choice(["Joined", "Upgraded", "Renewed"]), isodate(r)))
    return ("exports/youtube-members-%s.csv" % day(r), "\n".join(rows) + "\n")


@N("kofi_webhook_doc_md", "ko-fi", "placeholder_doc")
def n_kofidoc(r):
    return ("docs/kofi-webhook.md", '''# Ko-fi webhook

Ko-fi posts `application/x-www-form-urlencoded` with one field, `data`, holding JSON.
Compare `data.verification_token` with the value from ko-fi.com/manage/webhooks
(stored as `KOFI_VERIFICATION_TOKEN` in the host's secret settings).

```json
{ "verification_token": "<your-verification-token>", "message_id": "%s", "type": "Donation", "amount": "3.00" }
```
''' % uuid4(r))


@N("public_key_ssh_md", "infra", "public_key")
def n_sshpub(r):
    return ("infra/authorized_keys.md", '''# Deploy access

Add this deploy key (public half only) to the Ghost droplet:

```
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s deploy@%s
```
''' % (b64(rbytes(r, 32))[:43], brand(r)))


# --------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------
ENV_NAME_RE = re.compile(r"^\.env(\.[A-Za-z0-9_-]+)?$")
ENV_OK_FOR_NEG = (".env.example", ".env.sample", ".env.template", ".env.dist")


def is_blocked_env(relpath):
    base = relpath.rsplit("/", 1)[-1]
    return bool(ENV_NAME_RE.match(base)) and base not in ENV_OK_FOR_NEG


def filetype(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base == "Dockerfile":
        return "dockerfile"
    if base.startswith(".env"):
        return "env"
    if base == "_headers" or base == "SHA256SUMS":
        return "txt"
    if "." in base[1:]:
        return base.rsplit(".", 1)[1].lower()
    return base.lower()


def line_of(text, needle):
    idx = text.find(needle)
    assert idx >= 0, "needle not in text"
    return text.count("\n", 0, idx) + 1


def cycle(r, items, n):
    out = []
    while len(out) < n:
        batch = list(items)
        r.shuffle(batch)
        out.extend(batch)
    return out[:n]


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_ft.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    npos = nneg = 500

    env_pos = 0
    for i, t in enumerate(cycle(r, POS, npos)):
        needle = SPEC[t["spec"]]["gen"](r)
        rel, text = t["fn"](r, V(needle))
        assert "\n" not in needle
        if is_blocked_env(rel):
            env_pos += 1
        fid = "pos/p%04d/%s" % (i, rel)
        line = line_of(text, needle)
        assert needle in text.split("\n")[line - 1], (t["name"], needle)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": filetype(rel)})
        secrets.append({"file": fid, "needle": needle, "line": line})
    assert env_pos * 20 <= npos, "too many .env positives: %d" % env_pos

    half = nneg // 2
    j = 0
    for t in cycle(r, POS, half):
        v, cat = neg_value(r, t["spec"], t["lang"], t["env"])
        rel, text = t["fn"](r, v)
        if is_blocked_env(rel):
            rel = rel.rsplit("/", 1)[0] + "/.env.example" if "/" in rel else ".env.example"
        fid = "neg/n%04d/%s" % (j, rel)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "neg", "provider": t["provider"], "kind": "%s:%s" % (t["kind"], cat), "filetype": filetype(rel)})
        j += 1
    for t in cycle(r, NEG, nneg - half):
        rel, text = t["fn"](r)
        assert not is_blocked_env(rel)
        fid = "neg/n%04d/%s" % (j, rel)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "neg", "provider": t["provider"], "kind": t["kind"], "filetype": filetype(rel)})
        j += 1

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
