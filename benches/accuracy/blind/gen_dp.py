#!/usr/bin/env python3
"""Blind evaluation-set generator "dp" for keyhook: webhook signing secrets.

EMPHASIS
  Webhook signing secrets, HMAC keys, signing keys and verification tokens, and the
  request-signature verification code that uses them: Stripe (whsec_), GitHub / GitLab /
  Bitbucket webhook secrets, Slack signing secrets and verification tokens, Shopify app
  secrets (shpss_), Twilio auth tokens (X-Twilio-Signature), Svix / Standard Webhooks
  (whsec_ + base64), Clerk, Paddle (pdl_ntfset_), Lemon Squeezy, Razorpay, Mailgun webhook
  signing keys, SendGrid, Postmark, Zoom secret tokens, Linear, Notion, Typeform, Calendly,
  Intercom, Discord (bot tokens positive; interaction PUBLIC keys negative), Meta/WhatsApp
  app secrets and verify tokens, Hookdeck, ngrok, QStash signing keys, Inngest signing keys,
  Trigger.dev, plus the common cloud/database credentials found in the same projects
  (AWS secret keys, Postgres/Redis/AMQP URL passwords, Stripe secret keys, GitHub PATs,
  generic HMAC/JWT keys).
  File types: Express/Fastify/Next.js handlers, Cloudflare workers, Netlify/Vercel/Lambda
  functions, Flask/FastAPI/Django, Go, Rust (axum), Ruby (Rails/Sinatra/RSpec), PHP
  (Laravel/plain), Java (Spring), C# (ASP.NET), tests with signed fixtures (real HMACs are
  computed over the fixture payload), .env files, YAML (compose, k8s, Helm, GitHub Actions,
  serverless, Spring), JSON (appsettings, node-config, vercel), TOML (wrangler, app config),
  .properties, INI, XML, Terraform, shell scripts, .http files, Dockerfiles, Markdown.

USAGE
  python3 gen_dp.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED (only
  random.Random(SEED) is used; no clock, no os.urandom, no set iteration).

NEEDLE CONVENTIONS
  * The needle is the secret value exactly as written in the file, without quotes.
  * Prefixed secrets keep their prefix (whsec_..., shpss_..., signkey-prod-..., SG....).
  * For id/secret pairs (Twilio SID + auth token, AWS key id + secret, Razorpay key_id +
    key_secret, Shopify API key + secret) the needle is the secret half only.
  * For connection strings / basic-auth URLs the needle is the password component only.
  * "line" is the 1-based line of the needle's first occurrence.
  * Exactly one credential per positive file; computed signatures, digests, ids and
    public keys may appear beside it (they are not credentials).
  * About half the positives use an obvious name (STRIPE_WEBHOOK_SECRET, signingSecret),
    half a neutral one (endpoint_material, opts.value, a positional argument, a URL, a
    header).

NEGATIVES
  About half re-use the positive templates with the secret slot filled by a non-secret:
  placeholders (whsec_xxxx..., <your-signing-secret>, CHANGE_ME), environment lookups in
  the file's own language, secret-manager references (AWS ARN, GCP secret path, Vault path,
  1Password op:// refs, Azure Key Vault refs, ${{ secrets.X }}), masked values
  (whsec_****3f9a), empty values and provider-published documentation examples. The other
  half are domain look-alikes: computed signatures in fixtures (Stripe-Signature t=,v1=;
  X-Hub-Signature-256 sha256=; svix-signature v1,<b64>; X-Slack-Signature v0=;
  X-Shopify-Hmac-Sha256; X-Twilio-Signature), delivery/event/message ids, timestamps,
  Discord interaction Ed25519 PUBLIC keys, Standard Webhooks whpk_ public keys, SendGrid
  ECDSA verification public keys, Paddle Classic RSA public keys, JWKS, publishable keys
  (pk_live_ for Stripe and Clerk, Razorpay key_id on the checkout page), webhook URLs on
  the team's own domains, SOPS / SealedSecrets ciphertext, lockfile integrity hashes,
  SHA256SUMS, bcrypt digests, RFC 4231 HMAC test vectors, runtime-generated secrets
  (secrets.token_hex / crypto/rand), i18n strings, Terraform random_password and
  var./data. references.

DOUBTS
  Formats written from memory (not confirmed in docs during this session):
  * Paddle notification secret: the docs confirm the "pdl_ntfset_" prefix; the body used
    here (01 + 24 lowercase base32 ULID chars + "_" + 32 base62) is a guess.
  * Linear webhook secret "lin_wh_" + 48 base62 and API key "lin_api_" + 40 base62.
  * Notion: "secret_" + 43 base62 (legacy integration token), also used for the webhook
    verification token here - the webhook token format is a guess.
  * QStash signing keys "sig_" + 28 base58; the QStash token as base64(JSON{UserID,Password}).
  * Inngest signing key "signkey-{prod,branch}-" + 64 hex (docs confirm "signkey-" prefix).
  * Trigger.dev "tr_prod_"/"tr_dev_" + 20 base62 (length uncertain).
  * Zoom webhook secret token: 22 chars [A-Za-z0-9_-] (length uncertain).
  * Mailgun webhook signing key as 32 hex; Mailgun private API key as hex32-hex8-hex8.
  * ngrok authtoken "2" + 26 base62 + "_" + 21 base62 (shape from memory).
  * Hookdeck signing secret and Typeform/Calendly/Lemon Squeezy/GitHub/GitLab/Bitbucket
    webhook secrets are user-chosen or opaque; random strings of plausible length are used.
  * Intercom access token as base64("tok:<uuid>:1:0") (starts dG9rOj) - from memory.
  * GitHub PAT checksum: last 6 chars = base62(CRC32(30-char random part)) - from memory.
  * Discord bot token: base64(user id) . 6 chars . 38 chars.
  * Documentation examples used as NEGATIVES: GitHub's "It's a Secret to Everybody",
    Slack's "8f742231b10e8888abcd99yyyzzz85a5", Standard Webhooks/Svix
    "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", AWS AKIAIOSFODNN7EXAMPLE/wJalr...EXAMPLEKEY.
    These are recalled from memory; a reviewer could call them real-looking.
  Labels a reviewer might dispute:
  * Shopify "API key" (client id, 32 hex) and Razorpay key_id shown alone are labelled
    negative (public identifiers); Stripe/Clerk pk_live_ publishable keys negative.
  * Meta/WhatsApp "verify token" and Slack "verification token" are labelled positive
    (shared secrets, though low value).
  * Computed signatures, svix-signature and bcrypt digests in fixtures are negative.
  * Postmark server tokens are UUIDs and labelled positive when used as the token.

SEARCHES
  docs: Paddle notification settings (confirmed endpoint_secret_key prefix pdl_ntfset_ and
  ntfset_ id pattern); Inngest signing keys (confirmed "signkey-" prefix, env names
  INNGEST_SIGNING_KEY / INNGEST_SIGNING_KEY_FALLBACK); QStash signing keys (current/next,
  QSTASH_CURRENT_SIGNING_KEY, Upstash-Signature JWT); Linear webhooks (Linear-Signature
  hex HMAC-SHA256, LinearWebhooks helper). Scanner-related material shown: none that was
  a secret-scanner rule; results included webhook-verification libraries and skill pages
  (hookdeck webhook-skills, a webhook-verify crate), which were not used for formats.
"""
import base64
import hashlib
import hmac
import json
import os
import random
import string
import sys
import zlib

B62 = string.ascii_letters + string.digits
HEXL = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
ULID = "0123456789abcdefghjkmnpqrstvwxyz"
LOWER = string.ascii_lowercase
DIG = string.digits


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def b64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def b64u(r, n):
    return base64.urlsafe_b64encode(rbytes(r, n)).decode().rstrip("=")


def uuid4(r):
    h = rs(r, HEXL, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


def has_mix(s):
    return any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s)


def rmix(r, alpha, n):
    # random string that has upper/lower/digit if the alphabet allows it
    for _ in range(50):
        s = rs(r, alpha, n)
        if has_mix(s) or not any(c.isupper() for c in alpha):
            return s
    return s


# ---------------------------------------------------------------- secret generators
WORDS = ["harbor", "falcon", "copper", "maple", "orbit", "lantern", "walrus", "cactus", "pepper",
         "glacier", "thunder", "saffron", "violet", "nimbus", "marble", "otter", "quartz", "tundra",
         "canyon", "ember", "juniper", "mango", "raven", "cobalt", "willow", "bison", "meadow"]


def human_password(r, url_safe=False):
    sym = "!*-_.~" if url_safe else "!*-_.~^%+"
    w1 = r.choice(WORDS)
    w2 = r.choice(WORDS)
    style = r.randrange(5)
    if style == 0:
        return w1.capitalize() + str(r.randrange(1990, 2026)) + r.choice(sym)
    if style == 1:
        return w1 + r.choice(sym) + w2.capitalize() + str(r.randrange(10, 99))
    if style == 2:
        return w1.capitalize() + "-" + w2 + "-" + str(r.randrange(100, 9999))
    if style == 3:
        return "".join(c.upper() if r.random() < 0.3 else c for c in w1 + w2) + str(r.randrange(1, 999)) + r.choice(sym)
    return rmix(r, B62, r.randrange(14, 22))


def g_stripe_whsec(r):
    if r.random() < 0.6:
        return "whsec_" + rmix(r, B62, 32)
    return "whsec_" + rs(r, HEXL, 64)          # stripe-cli style


def g_svix(r):
    while True:
        s = "whsec_" + b64(r, 24)
        if "/" not in s[6:7]:
            return s


def g_stripe_sk(r):
    if r.random() < 0.5:
        return r.choice(["sk_live_", "rk_live_"]) + rmix(r, B62, 24)
    return r.choice(["sk_live_51", "rk_live_51"]) + rmix(r, B62, 97)


def g_hex(n):
    return lambda r: rs(r, HEXL, n)


def g_gh_hook(r):
    k = r.randrange(3)
    if k == 0:
        return rs(r, HEXL, 40)
    if k == 1:
        return b64u(r, 32)
    return rmix(r, B62, r.choice([24, 32, 40]))


def g_alnum(a, b):
    return lambda r: rmix(r, B62, r.randrange(a, b + 1))


def g_slack_xoxb(r):
    return "xoxb-%s-%s-%s" % (rs(r, DIG, 12), rs(r, DIG, 13), rmix(r, B62, 24))


def g_shpss(r):
    return "shpss_" + rs(r, HEXL, 32)


def g_paddle(r):
    return "pdl_ntfset_01" + rs(r, ULID, 24) + "_" + rmix(r, B62, 32)


def g_lemon(r):
    return human_password(r) if r.random() < 0.3 else rmix(r, B62 + "-_", r.randrange(20, 40))


def g_mailgun_api(r):
    return "%s-%s-%s" % (rs(r, HEXL, 32), rs(r, HEXL, 8), rs(r, HEXL, 8))


def g_sendgrid(r):
    return "SG." + rmix(r, B64U, 22) + "." + rmix(r, B64U, 43)


def g_zoom(r):
    return rmix(r, B62 + "_-", 22)


def g_lin_wh(r):
    return "lin_wh_" + rmix(r, B62, 48)


def g_lin_api(r):
    return "lin_api_" + rmix(r, B62, 40)


def g_notion(r):
    return "secret_" + rmix(r, B62, 43)


def g_intercom(r):
    return base64.b64encode(("tok:" + uuid4(r) + ":1:0").encode()).decode()


def g_discord_bot(r):
    uid = str(r.randrange(10 ** 17, 10 ** 18 * 2))
    return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + rmix(r, B64U, 6) + "." + rmix(r, B64U, 38)


def g_meta_verify(r):
    return rmix(r, B62 + "-_", r.randrange(20, 33))


def g_ngrok(r):
    return "2" + rmix(r, B62, 26) + "_" + rmix(r, B62, 21)


def g_qstash_sig(r):
    return "sig_" + rmix(r, B58, 28)


def g_qstash_token(r):
    js = json.dumps({"UserID": uuid4(r), "Password": rs(r, HEXL, 32)}, separators=(",", ":"))
    return base64.b64encode(js.encode()).decode()


def g_inngest(r):
    return "signkey-" + r.choice(["prod", "prod", "branch"]) + "-" + rs(r, HEXL, 64)


def g_trigger(r):
    return r.choice(["tr_prod_", "tr_prod_", "tr_stg_"]) + rmix(r, B62, 20)


def g_aws_secret(r):
    return rmix(r, B62 + "+/", 40)


def g_ghp(r):
    body = rmix(r, B62, 30)
    c = zlib.crc32(body.encode()) & 0xFFFFFFFF
    enc = ""
    digits = string.digits + string.ascii_uppercase + string.ascii_lowercase
    while c:
        c, m = divmod(c, 62)
        enc = digits[m] + enc
    return "ghp_" + body + enc.rjust(6, "0")


def g_glpat(r):
    return "glpat-" + rmix(r, B62 + "-_", 20)


def g_clerk_sk(r):
    return "sk_live_" + rmix(r, B62, 42)


def g_pw(r):
    return human_password(r, url_safe=True)


def g_hmac_key(r):
    return rs(r, HEXL, 64) if r.random() < 0.5 else b64(r, 32)


def g_calendly(r):
    return b64u(r, 32)


# public-id generators
def id_twilio(r):
    return "AC" + rs(r, HEXL, 32)


def id_aws(r):
    return "AKIA" + rs(r, string.ascii_uppercase + "234567", 16)


def id_razor(r):
    return "rzp_live_" + rmix(r, B62, 14)


def id_shopify(r):
    return rs(r, HEXL, 32)


def id_meta(r):
    return str(r.randrange(10 ** 14, 10 ** 16))


def id_discord(r):
    return str(r.randrange(10 ** 17, 10 ** 18 * 2))


def id_zoom(r):
    return rmix(r, B62, 22)


# ---------------------------------------------------------------- provider specs
def S(key, provider, kind, gen, use, words, weight=1.0, **kw):
    d = dict(key=key, provider=provider, kind=kind, gen=gen, use=use, words=words, weight=weight)
    d.setdefault("hdr", "X-Signature")
    d.setdefault("route", provider.lower().replace(" ", "-").replace(".", ""))
    d.setdefault("enc", "hex")
    d.setdefault("ph", "")
    d.setdefault("doc", [])
    d.setdefault("id", None)
    d.update(kw)
    return d


SPECS = [
    S("stripe_wh", "stripe", "webhook_signing_secret", g_stripe_whsec, "hmac", ["stripe", "webhook", "secret"], 3.0,
      hdr="Stripe-Signature", ph="whsec_", route="stripe"),
    S("github_wh", "github", "webhook_secret", g_gh_hook, "hmac", ["github", "webhook", "secret"], 2.5,
      hdr="X-Hub-Signature-256", doc=["It's a Secret to Everybody"], route="github"),
    S("gitlab_wh", "gitlab", "webhook_token", g_alnum(24, 40), "token", ["gitlab", "webhook", "token"], 1.5,
      hdr="X-Gitlab-Token", route="gitlab"),
    S("bitbucket_wh", "bitbucket", "webhook_secret", g_alnum(32, 40), "hmac", ["bitbucket", "webhook", "secret"], 1.0,
      hdr="X-Hub-Signature", route="bitbucket"),
    S("slack_sign", "slack", "signing_secret", g_hex(32), "hmac", ["slack", "signing", "secret"], 2.5,
      hdr="X-Slack-Signature", doc=["8f742231b10e8888abcd99yyyzzz85a5"], route="slack/events"),
    S("slack_verif", "slack", "verification_token", g_alnum(24, 24), "token", ["slack", "verification", "token"], 1.0,
      hdr="token", route="slack/commands"),
    S("shopify_secret", "shopify", "app_secret", g_shpss, "hmac", ["shopify", "api", "secret"], 2.0,
      hdr="X-Shopify-Hmac-Sha256", enc="base64", ph="shpss_", route="shopify",
      id=(["shopify", "api", "key"], id_shopify)),
    S("twilio_auth", "twilio", "auth_token", g_hex(32), "hmac", ["twilio", "auth", "token"], 2.0,
      hdr="X-Twilio-Signature", enc="base64", route="twilio/sms", id=(["twilio", "account", "sid"], id_twilio)),
    S("svix_wh", "svix", "webhook_signing_secret", g_svix, "hmac", ["svix", "webhook", "secret"], 2.0,
      hdr="svix-signature", enc="base64", ph="whsec_", doc=["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"], route="svix"),
    S("clerk_wh", "clerk", "webhook_signing_secret", g_svix, "hmac", ["clerk", "webhook", "secret"], 2.0,
      hdr="svix-signature", enc="base64", ph="whsec_", route="clerk"),
    S("clerk_sk", "clerk", "secret_key", g_clerk_sk, "api", ["clerk", "secret", "key"], 0.8,
      hdr=("Authorization", "Bearer "), ph="sk_live_", api="https://api.clerk.com/v1/users"),
    S("paddle_wh", "paddle", "webhook_secret_key", g_paddle, "hmac", ["paddle", "webhook", "secret"], 1.5,
      hdr="Paddle-Signature", ph="pdl_ntfset_", route="paddle"),
    S("lemon_wh", "lemonsqueezy", "webhook_signing_secret", g_lemon, "hmac", ["lemon", "squeezy", "signing", "secret"], 1.0,
      hdr="X-Signature", route="lemonsqueezy"),
    S("razorpay_secret", "razorpay", "key_secret", g_alnum(24, 24), "api", ["razorpay", "key", "secret"], 1.0,
      hdr=("Authorization", "Basic "), api="https://api.razorpay.com/v1/orders", id=(["razorpay", "key", "id"], id_razor)),
    S("razorpay_wh", "razorpay", "webhook_secret", g_alnum(16, 32), "hmac", ["razorpay", "webhook", "secret"], 1.0,
      hdr="X-Razorpay-Signature", route="razorpay"),
    S("mailgun_wh", "mailgun", "webhook_signing_key", g_hex(32), "hmac", ["mailgun", "webhook", "signing", "key"], 1.2,
      hdr="signature", route="mailgun"),
    S("mailgun_api", "mailgun", "api_key", g_mailgun_api, "api", ["mailgun", "api", "key"], 0.6,
      hdr=("Authorization", "Basic "), api="https://api.mailgun.net/v3/mg.example-shop.com/messages"),
    S("sendgrid_api", "sendgrid", "api_key", g_sendgrid, "api", ["sendgrid", "api", "key"], 1.0,
      hdr=("Authorization", "Bearer "), ph="SG.", api="https://api.sendgrid.com/v3/mail/send"),
    S("postmark_token", "postmark", "server_token", uuid4, "api", ["postmark", "server", "token"], 1.0,
      hdr=("X-Postmark-Server-Token", ""), api="https://api.postmarkapp.com/email"),
    S("postmark_basic", "postmark", "webhook_basic_auth_password", g_pw, "url", ["postmark", "webhook", "url"], 0.8,
      urlfmt="https://postmark:{pw}@hooks.{dom}/webhooks/postmark"),
    S("zoom_wh", "zoom", "webhook_secret_token", g_zoom, "hmac", ["zoom", "webhook", "secret", "token"], 1.2,
      hdr="x-zm-signature", route="zoom"),
    S("linear_wh", "linear", "webhook_signing_secret", g_lin_wh, "hmac", ["linear", "webhook", "secret"], 1.2,
      hdr="Linear-Signature", ph="lin_wh_", route="linear"),
    S("linear_api", "linear", "api_key", g_lin_api, "api", ["linear", "api", "key"], 0.6,
      hdr=("Authorization", ""), ph="lin_api_", api="https://api.linear.app/graphql"),
    S("notion_token", "notion", "integration_token", g_notion, "api", ["notion", "token"], 0.8,
      hdr=("Authorization", "Bearer "), ph="secret_", api="https://api.notion.com/v1/databases/query"),
    S("notion_wh", "notion", "webhook_verification_token", g_notion, "hmac", ["notion", "verification", "token"], 0.6,
      hdr="X-Notion-Signature", ph="secret_", route="notion"),
    S("typeform_wh", "typeform", "webhook_secret", g_alnum(24, 44), "hmac", ["typeform", "webhook", "secret"], 1.0,
      hdr="Typeform-Signature", enc="base64", route="typeform"),
    S("calendly_wh", "calendly", "webhook_signing_key", g_calendly, "hmac", ["calendly", "webhook", "signing", "key"], 1.0,
      hdr="Calendly-Webhook-Signature", route="calendly"),
    S("intercom_token", "intercom", "access_token", g_intercom, "api", ["intercom", "access", "token"], 0.8,
      hdr=("Authorization", "Bearer "), api="https://api.intercom.io/conversations"),
    S("discord_bot", "discord", "bot_token", g_discord_bot, "api", ["discord", "bot", "token"], 1.0,
      hdr=("Authorization", "Bot "), api="https://discord.com/api/v10/channels/%s/messages"),
    S("meta_secret", "meta", "app_secret", g_hex(32), "hmac", ["meta", "app", "secret"], 1.5,
      hdr="X-Hub-Signature-256", route="whatsapp", id=(["meta", "app", "id"], id_meta)),
    S("meta_verify", "meta", "webhook_verify_token", g_meta_verify, "token", ["whatsapp", "verify", "token"], 1.0,
      hdr="hub.verify_token", route="whatsapp"),
    S("hookdeck_wh", "hookdeck", "webhook_signing_secret", g_alnum(32, 40), "hmac", ["hookdeck", "signing", "secret"], 0.8,
      hdr="x-hookdeck-signature", enc="base64", route="hookdeck"),
    S("ngrok_token", "ngrok", "authtoken", g_ngrok, "api", ["ngrok", "authtoken"], 0.8,
      hdr=("Authorization", "Bearer "), api="https://api.ngrok.com/tunnels"),
    S("ngrok_verify", "ngrok", "webhook_verification_secret", g_alnum(20, 32), "hmac", ["ngrok", "verify", "secret"], 0.5,
      hdr="X-Ngrok-Signature", route="ngrok"),
    S("qstash_sig", "upstash", "qstash_signing_key", g_qstash_sig, "hmac", ["qstash", "current", "signing", "key"], 1.2,
      hdr="Upstash-Signature", ph="sig_", route="qstash"),
    S("qstash_token", "upstash", "qstash_token", g_qstash_token, "api", ["qstash", "token"], 0.6,
      hdr=("Authorization", "Bearer "), api="https://qstash.upstash.io/v2/publish/"),
    S("inngest_key", "inngest", "signing_key", g_inngest, "hmac", ["inngest", "signing", "key"], 1.2,
      hdr="X-Inngest-Signature", ph="signkey-prod-", route="inngest"),
    S("trigger_key", "trigger.dev", "secret_key", g_trigger, "api", ["trigger", "secret", "key"], 0.8,
      hdr=("Authorization", "Bearer "), ph="tr_prod_", api="https://api.trigger.dev/api/v1/tasks/trigger"),
    S("stripe_sk", "stripe", "secret_key", g_stripe_sk, "api", ["stripe", "secret", "key"], 1.2,
      hdr=("Authorization", "Bearer "), ph="sk_live_", api="https://api.stripe.com/v1/webhook_endpoints"),
    S("github_pat", "github", "personal_access_token", g_ghp, "api", ["github", "token"], 0.8,
      hdr=("Authorization", "token "), ph="ghp_", api="https://api.github.com/repos/acme/shop/hooks"),
    S("gitlab_pat", "gitlab", "personal_access_token", g_glpat, "api", ["gitlab", "token"], 0.5,
      hdr=("PRIVATE-TOKEN", ""), ph="glpat-", api="https://gitlab.com/api/v4/projects/4821/hooks"),
    S("slack_bot", "slack", "bot_token", g_slack_xoxb, "api", ["slack", "bot", "token"], 0.6,
      hdr=("Authorization", "Bearer "), ph="xoxb-", api="https://slack.com/api/chat.postMessage"),
    S("aws_secret", "aws", "secret_access_key", g_aws_secret, "api", ["aws", "secret", "access", "key"], 1.2,
      hdr=None, id=(["aws", "access", "key", "id"], id_aws),
      doc=["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]),
    S("pg_pw", "postgres", "database_password", g_pw, "url", ["database", "url"], 1.5,
      urlfmt="postgresql://{user}:{pw}@{host}:5432/{db}"),
    S("redis_pw", "redis", "redis_password", g_alnum(24, 32), "url", ["redis", "url"], 0.7,
      urlfmt="redis://default:{pw}@{host}:6379/0"),
    S("amqp_pw", "rabbitmq", "amqp_password", g_pw, "url", ["amqp", "url"], 0.5,
      urlfmt="amqps://{user}:{pw}@{host}:5671/webhooks"),
    S("generic_hmac", "generic", "hmac_key", g_hmac_key, "hmac", ["webhook", "hmac", "key"], 1.5,
      hdr="X-Signature-256", route="inbound"),
    S("generic_jwt", "generic", "jwt_signing_secret", g_hmac_key, "token", ["jwt", "secret"], 0.6,
      hdr="Authorization", route="internal"),
]
SPEC_BY_KEY = {s["key"]: s for s in SPECS}

DOMAINS = ["acme-shop.io", "example-store.com", "getlumen.app", "parcelhub.dev", "tinyledger.co",
           "brightdesk.io", "orbitcart.com", "fieldnotes.app", "kinetic-labs.dev", "northwind.io"]
HOSTS = ["db.internal", "pg-prod.cluster-c9x2.eu-west-1.rds.amazonaws.com", "postgres", "10.0.3.14",
         "db-primary.svc.cluster.local", "redis-prod.internal", "localhost"]
NEUTRAL = [["endpoint", "material"], ["hook", "seed"], ["primary", "value"], ["ep", "key"], ["k1"],
           ["shared"], ["verifier", "input"], ["default", "param"], ["blob"], ["conf", "val"],
           ["hook", "cfg"], ["opt", "a"], ["upstream", "ref"], ["mac", "input"], ["provider", "cred"],
           ["handshake"], ["channel", "value"], ["origin", "blob"]]


# ---------------------------------------------------------------- naming and values
def nm(words, style):
    if style == "snake":
        return "_".join(words)
    if style == "screaming":
        return "_".join(words).upper()
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "kebab":
        return "-".join(words)
    if style == "dot":
        return ".".join(words)
    return "_".join(words)


class Val:
    """The secret slot: a real secret (positive) or a harmless filler (negative)."""

    def __init__(self, r, P, mode, obvious):
        self.P = P
        self.mode = mode
        self.obvious = obvious
        self.neutral = r.choice(NEUTRAL)
        self.env = nm(P["words"], "screaming")
        self.dom = r.choice(DOMAINS)
        self.user = r.choice(["app", "webhooks", "svc_hooks", "api", "billing", "hookrunner"])
        self.host = r.choice(HOSTS)
        self.db = r.choice(["app_production", "hooks", "billing", "shop", "events"])
        self.secret = None
        self.idval = P["id"][1](r) if P["id"] else None
        pw = None
        if mode == "secret":
            self.secret = P["gen"](r)
            pw = self.secret
        elif mode == "placeholder":
            pw = self._placeholder(r)
        elif mode == "masked":
            pw = self._masked(r)
        elif mode == "empty":
            pw = ""
        elif mode == "doc":
            pw = r.choice(P["doc"])
        if P["use"] == "url":
            fmt = P["urlfmt"]
            if pw is None:
                pw = "${%s}" % r.choice(["DB_PASSWORD", "POSTGRES_PASSWORD", "REDIS_PASSWORD", "BROKER_PASSWORD", "HOOK_PASSWORD"])
            u = fmt.format(user=self.user, pw=pw, host=self.host, db=self.db, dom=self.dom)
            if pw == "":
                u = u.replace(":@", "@")
            self.lit = u
            self.env = r.choice(["DATABASE_URL", "DB_URL"]) if P["key"] == "pg_pw" else nm(P["words"], "screaming")
        else:
            self.lit = pw
        self.refpath = "%s/%s" % (r.choice(["prod", "production", "live", "payments", "platform"]),
                                  nm(P["words"], "kebab"))
        self.refkind = r.randrange(6)

    def _placeholder(self, r):
        P = self.P
        if P["use"] == "url":
            return r.choice(["<password>", "PASSWORD", "REPLACE_ME", "<db-password>", "{{ db_password }}"])
        ph = P["ph"]
        if ph and r.random() < 0.6:
            return ph + r.choice(["x" * r.randrange(16, 33), "X" * r.randrange(16, 33), "...", "<redacted>",
                                  "your_secret_here", "REPLACE_ME", "0000000000000000", "<secret>"])
        return r.choice(["<your-webhook-secret>", "YOUR_SIGNING_SECRET", "changeme", "REPLACE_ME",
                         "xxxxxxxxxxxxxxxxxxxxxxxx", "TODO-fill-me", "<set-in-vault>", "your-secret-here",
                         "<paste from dashboard>", "dummy-value-for-local", "${" + self.env + "}",
                         "<" + nm(P["words"], "kebab") + ">"])

    def _masked(self, r):
        P = self.P
        if P["use"] == "url":
            return r.choice(["****", "********", "xxxxx", "REDACTED"])
        tail = rs(r, HEXL, 4)
        return r.choice([P["ph"] + "*" * r.randrange(8, 25) + tail, "********", "[REDACTED]",
                         "\u2022" * 12 + tail, P["ph"] + "\u2026" + tail, "<redacted>", "***masked***"])

    def name(self, style):
        return nm(self.P["words"] if self.obvious else self.neutral, style)

    @property
    def is_expr(self):
        return self.mode in ("env", "ref")

    # --- code expression for the slot
    def code(self, lang, r=None):
        if self.mode == "env":
            e = self.env
            return {"py": 'os.environ["%s"]' % e, "js": "process.env.%s" % e, "ts": "process.env.%s!" % e,
                    "go": 'os.Getenv("%s")' % e, "rb": 'ENV.fetch("%s")' % e, "php": "getenv('%s')" % e,
                    "java": 'System.getenv("%s")' % e, "cs": 'Environment.GetEnvironmentVariable("%s")' % e,
                    "rs": 'std::env::var("%s").expect("%s not set")' % (e, e), "sh": '"$%s"' % e}[lang]
        if self.mode == "ref":
            p = self.refpath
            return {"py": 'get_secret("%s")' % p, "js": "secrets.get('%s')" % p, "ts": "secrets.get('%s')" % p,
                    "go": 'mustSecret("%s")' % p, "rb": 'Rails.application.credentials.dig(:%s)' % self.P["words"][0],
                    "php": "config('services.%s.secret')" % self.P["words"][0],
                    "java": 'secrets.get("%s")' % p, "cs": 'configuration["%s:Secret"]' % self.P["words"][0].capitalize(),
                    "rs": 'load_secret("%s")?' % p, "sh": '"$(vault kv get -field=value secret/%s)"' % p}[lang]
        return qstr(lang, self.lit)

    # --- config value (already quoted where the format needs it)
    def cfg(self, fmt, quote=None):
        if self.mode == "env":
            e = self.env
            if fmt == "tf":
                return "var.%s" % e.lower()
            if fmt == "http":
                return "{{%s}}" % e.lower()
            if fmt in ("sh", "md"):
                return '"$%s"' % e
            if fmt == "props":
                return "${%s}" % e
            v = "${%s}" % e
            return fq(fmt, v, quote)
        if self.mode == "ref":
            k = self.refkind
            p = self.refpath
            if fmt == "tf":
                return "data.aws_secretsmanager_secret_version.%s.secret_string" % nm(self.P["words"], "snake")
            refs = ["arn:aws:secretsmanager:us-east-1:482910374615:secret:%s-Xk2P9a" % p,
                    "op://Engineering/%s/credential" % nm(self.P["words"], "kebab"),
                    "projects/acme-prod/secrets/%s/versions/latest" % nm(self.P["words"], "kebab"),
                    "vault:secret/data/%s#value" % p,
                    "@Microsoft.KeyVault(SecretUri=https://kv-hooks-prod.vault.azure.net/secrets/%s/)" % nm(self.P["words"], "kebab"),
                    "sm://%s" % p]
            return fq(fmt, refs[k], quote)
        return fq(fmt, self.lit, quote)


def qstr(lang, s):
    if lang in ("go", "java", "cs", "rs"):
        return '"%s"' % s
    if lang == "sh":
        return '"%s"' % s if "'" in s else "'%s'" % s
    if "'" in s:
        return '"%s"' % s
    if lang in ("py", "rb", "php"):
        return "'%s'" % s if (len(s) % 3 == 0) else '"%s"' % s
    return "'%s'" % s if (len(s) % 2 == 0) else '"%s"' % s


SAFE_BARE = set(B62 + "_-./+=:")


def fq(fmt, s, quote=None):
    """Quote a literal value for config format fmt."""
    if fmt in ("json", "toml", "tf"):
        return '"%s"' % s
    if fmt == "xml":
        return s.replace("&", "&amp;")
    if fmt in ("props", "ini", "http", "docker_raw"):
        return s
    bare_ok = s != "" and all(c in SAFE_BARE for c in s) and not s[0] in "-:"
    if fmt == "yaml":
        if quote is None:
            quote = not bare_ok or (len(s) % 3 == 0)
        if not quote and bare_ok:
            return s
        return "'%s'" % s if "'" not in s else '"%s"' % s
    if fmt in ("env", "docker"):
        if s == "":
            return ""
        if quote is None:
            quote = not bare_ok or (len(s) % 4 == 0)
        if not quote:
            return s
        return '"%s"' % s
    if fmt in ("sh", "md"):
        return "'%s'" % s if "'" not in s else '"%s"' % s
    return s


def hmac_hex(key, msg, algo="sha256"):
    return hmac.new(key.encode(), msg.encode(), getattr(hashlib, algo)).hexdigest()


def hmac_b64(key, msg, algo="sha256"):
    return base64.b64encode(hmac.new(key.encode(), msg.encode(), getattr(hashlib, algo)).digest()).decode()


def J(*lines):
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- helpers for templates
def route_of(P):
    return P["route"]


def hdr_lower(P):
    return P["hdr"].lower()


def decl_or_inline(r, V, lang, style):
    """Return (decl_line or None, expr to use). Obvious names get a declaration; neutral ones
    are either a neutrally named declaration or the literal inlined as a positional argument."""
    expr = V.code(lang)
    if V.obvious or r.random() < 0.5:
        n = V.name(style)
        return n, expr
    return None, expr


def fake_ts(r):
    return str(r.randrange(1700000000, 1767000000))


def payload_json(r, P):
    pv = P["provider"]
    evid = {"stripe": "evt_" + rmix(r, B62, 24), "github": str(r.randrange(10 ** 9, 10 ** 10)),
            "svix": "msg_" + rmix(r, B62, 27), "clerk": "msg_" + rmix(r, B62, 27),
            "paddle": "evt_01" + rs(r, ULID, 24), "shopify": uuid4(r)}.get(pv, uuid4(r))
    typ = {"stripe": "checkout.session.completed", "github": "push", "slack": "event_callback",
           "shopify": "orders/create", "clerk": "user.created", "paddle": "transaction.completed",
           "lemonsqueezy": "order_created", "razorpay": "payment.captured", "zoom": "meeting.started",
           "linear": "Issue", "typeform": "form_response", "calendly": "invitee.created",
           "meta": "messages", "mailgun": "delivered"}.get(pv, "event.created")
    amount = r.randrange(500, 99000)
    return json.dumps({"id": evid, "type": typ, "created": int(fake_ts(r)),
                       "data": {"object": {"amount": amount, "currency": r.choice(["usd", "eur", "gbp"])}}},
                      separators=(",", ":"))


def sign_for(P, key, body, ts):
    if P["provider"] == "stripe":
        return "t=%s,v1=%s" % (ts, hmac_hex(key, ts + "." + body))
    if P["enc"] == "base64":
        return hmac_b64(key, body)
    if P["hdr"].startswith("X-Hub-Signature-256"):
        return "sha256=" + hmac_hex(key, body)
    if P["hdr"] == "X-Slack-Signature":
        return "v0=" + hmac_hex(key, "v0:%s:%s" % (ts, body))
    return hmac_hex(key, body)


# ---------------------------------------------------------------- receiver templates (hmac/token)
def t_express(r, P, V):
    name, expr = decl_or_inline(r, V, "js", r.choice(["camel", "screaming"]))
    key = name or expr
    route = route_of(P)
    lines = ["'use strict';", "", "const express = require('express');", "const crypto = require('crypto');",
             "const logger = require('../lib/logger');", "const { enqueue } = require('../jobs/queue');", ""]
    if name:
        lines.append("const %s = %s;" % (name, expr))
    lines += ["const router = express.Router();", "",
              "router.post('/webhooks/%s', express.raw({ type: 'application/json' }), (req, res) => {" % route]
    if P["use"] == "token":
        lines += ["  const supplied = req.get('%s') || req.body.%s;" % (P["hdr"], P["hdr"].replace(".", "_")),
                  "  if (!supplied || supplied !== %s) {" % key,
                  "    logger.warn({ route: req.path }, 'rejected webhook: bad token');",
                  "    return res.sendStatus(401);", "  }"]
    else:
        enc = "base64" if P["enc"] == "base64" else "hex"
        lines += ["  const received = req.get('%s') || '';" % P["hdr"],
                  "  const digest = crypto.createHmac('sha256', %s).update(req.body).digest('%s');" % (key, enc),
                  "  const a = Buffer.from(digest);", "  const b = Buffer.from(received.replace(/^sha256=/, ''));",
                  "  if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) {",
                  "    logger.warn({ route: req.path }, 'signature mismatch');",
                  "    return res.status(400).send('invalid signature');", "  }"]
    lines += ["", "  const event = JSON.parse(req.body.toString('utf8'));",
              "  enqueue('%s-events', event).catch((err) => logger.error(err));" % P["provider"],
              "  return res.status(202).json({ received: true });", "});", "", "module.exports = router;"]
    path = r.choice(["src/routes/webhooks/%s.js" % P["provider"], "server/routes/%sWebhook.js" % P["provider"],
                     "routes/webhooks.js", "api/src/webhooks/%s.js" % P["provider"]])
    return path, "javascript", J(*lines)


def t_fastify(r, P, V):
    name, expr = decl_or_inline(r, V, "js", "camel")
    key = name or expr
    lines = ["import crypto from 'node:crypto';", "import fp from 'fastify-plugin';", ""]
    if name:
        lines.append("const %s = %s;" % (name, expr))
        lines.append("")
    lines += ["export default fp(async function %sWebhooks(fastify) {" % P["provider"].replace(".", ""),
              "  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => done(null, body));",
              "",
              "  fastify.post('/hooks/%s', async (request, reply) => {" % route_of(P)]
    if P["use"] == "token":
        lines += ["    if (request.headers['%s'] !== %s) {" % (hdr_lower(P), key),
                  "      return reply.code(403).send({ error: 'forbidden' });", "    }"]
    else:
        lines += ["    const sig = String(request.headers['%s'] ?? '');" % hdr_lower(P),
                  "    const mac = crypto.createHmac('sha256', %s).update(request.body).digest('%s');" % (key, P["enc"]),
                  "    if (!sig.endsWith(mac)) {",
                  "      request.log.warn('bad signature for %s webhook');" % P["provider"],
                  "      return reply.code(401).send({ error: 'invalid signature' });", "    }"]
    lines += ["    const payload = JSON.parse(request.body.toString());",
              "    await fastify.events.publish('%s', payload);" % P["provider"],
              "    return { ok: true };", "  });", "});"]
    return r.choice(["src/plugins/%s-webhooks.mjs" % P["provider"], "plugins/webhooks.js"]), "javascript", J(*lines)


def t_flask(r, P, V):
    style = r.choice(["screaming", "snake"])
    name, expr = decl_or_inline(r, V, "py", style)
    key = name or expr
    lines = ['"""Inbound %s webhooks."""' % P["provider"].capitalize(), "import hashlib", "import hmac",
             "import logging", "import os", "", "from flask import Blueprint, abort, jsonify, request", "",
             "log = logging.getLogger(__name__)", 'bp = Blueprint("%s_hooks", __name__)' % P["provider"].replace(".", ""), ""]
    if name:
        lines += ["%s = %s" % (name, expr), ""]
    lines += ["", '@bp.route("/webhooks/%s", methods=["POST"])' % route_of(P), "def receive():"]
    if P["use"] == "token":
        lines += ['    supplied = request.headers.get("%s") or request.form.get("%s", "")' % (P["hdr"], P["hdr"]),
                  "    if not hmac.compare_digest(supplied, %s):" % key,
                  '        log.warning("token mismatch from %s", request.remote_addr)', "        abort(401)"]
    else:
        if P["enc"] == "base64":
            lines += ["    import base64",
                      "    digest = base64.b64encode(hmac.new(%s.encode(), request.get_data(), hashlib.sha256).digest()).decode()" % key]
        else:
            lines += ["    digest = hmac.new(%s.encode(), request.get_data(), hashlib.sha256).hexdigest()" % key]
        lines += ['    received = request.headers.get("%s", "")' % P["hdr"],
                  '    if not hmac.compare_digest(received.split("=")[-1], digest):',
                  '        log.warning("bad signature on %s webhook")' % P["provider"], "        abort(400)"]
    lines += ["    event = request.get_json(force=True)", '    log.info("got %s", event.get("type"))',
              '    return jsonify(status="accepted"), 202']
    path = r.choice(["app/webhooks/%s.py" % P["provider"].replace(".", ""), "app/blueprints/hooks.py", "webhooks/views.py"])
    return path, "python", J(*lines)


def t_fastapi(r, P, V):
    name, expr = decl_or_inline(r, V, "py", "screaming")
    key = name or expr
    lines = ["import hashlib", "import hmac", "import os", "from typing import Optional", "",
             "from fastapi import APIRouter, Header, HTTPException, Request", "", "router = APIRouter(prefix=\"/hooks\", tags=[\"webhooks\"])", ""]
    if name:
        lines += ["%s = %s" % (name, expr), ""]
    hv = P["hdr"].lower().replace("-", "_").replace(".", "_")
    lines += ["", '@router.post("/%s", status_code=204)' % route_of(P),
              "async def %s_webhook(request: Request, %s: Optional[str] = Header(default=None)):" % (P["provider"].replace(".", ""), hv),
              "    body = await request.body()"]
    if P["use"] == "token":
        lines += ["    if %s is None or not hmac.compare_digest(%s, %s):" % (hv, hv, key),
                  '        raise HTTPException(status_code=401, detail="invalid token")']
    else:
        lines += ["    expected = hmac.new(%s.encode(), body, hashlib.sha256).hexdigest()" % key,
                  "    if not %s or not hmac.compare_digest(expected, %s.removeprefix(\"sha256=\")):" % (hv, hv),
                  '        raise HTTPException(status_code=401, detail="bad signature")']
    lines += ["    await request.app.state.bus.publish(\"%s\", body)" % P["provider"], "    return None"]
    return r.choice(["app/routers/webhooks.py", "api/routes/%s_webhook.py" % P["provider"].replace(".", ""),
                     "src/service/hooks.py"]), "python", J(*lines)


def t_go(r, P, V):
    name, expr = decl_or_inline(r, V, "go", "camel")
    key = name or expr
    lines = ["package webhooks", "", "import (", '\t"crypto/hmac"', '\t"crypto/sha256"', '\t"encoding/hex"',
             '\t"io"', '\t"log/slog"', '\t"net/http"', '\t"os"', ")", ""]
    if name:
        if V.is_expr:
            lines += ["var %s = %s" % (name, expr), ""]
        else:
            lines += ["const %s = %s" % (name, expr), ""]
    fn = "Handle" + P["provider"].replace(".", "").capitalize()
    lines += ["// %s verifies and accepts %s deliveries." % (fn, P["provider"]),
              "func %s(w http.ResponseWriter, r *http.Request) {" % fn,
              "\tbody, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))",
              "\tif err != nil {", '\t\thttp.Error(w, "read error", http.StatusBadRequest)', "\t\treturn", "\t}"]
    if P["use"] == "token":
        lines += ['\tif !hmac.Equal([]byte(r.Header.Get("%s")), []byte(%s)) {' % (P["hdr"], key),
                  '\t\tslog.Warn("token mismatch", "remote", r.RemoteAddr)',
                  "\t\tw.WriteHeader(http.StatusUnauthorized)", "\t\treturn", "\t}"]
    else:
        lines += ["\tmac := hmac.New(sha256.New, []byte(%s))" % key, "\tmac.Write(body)",
                  "\texpected := hex.EncodeToString(mac.Sum(nil))",
                  '\tgot := r.Header.Get("%s")' % P["hdr"],
                  "\tif !hmac.Equal([]byte(expected), []byte(got)) {",
                  '\t\tslog.Warn("signature mismatch", "provider", "%s")' % P["provider"],
                  "\t\tw.WriteHeader(http.StatusUnauthorized)", "\t\treturn", "\t}"]
    lines += ["\t_ = os.Getpid()", "\tgo dispatch(body)", "\tw.WriteHeader(http.StatusAccepted)", "}"]
    return r.choice(["internal/webhooks/%s.go" % P["provider"].replace(".", ""), "pkg/hooks/handler.go",
                     "cmd/hookd/%s_handler.go" % P["provider"].replace(".", "")]), "go", J(*lines)


def t_rails(r, P, V):
    name, expr = decl_or_inline(r, V, "rb", "screaming")
    key = name or expr
    cls = P["provider"].replace(".", "").capitalize()
    lines = ["# frozen_string_literal: true", "", "module Webhooks",
             "  class %sController < ApplicationController" % cls,
             "    skip_before_action :verify_authenticity_token", "    before_action :verify_signature!", ""]
    if name:
        lines += ["    %s = %s" % (name, expr), ""]
    lines += ["    def create", "      payload = JSON.parse(request.raw_post)",
              "      %sEventJob.perform_later(payload)" % cls, "      head :no_content", "    end", "", "    private", "",
              "    def verify_signature!"]
    if P["use"] == "token":
        lines += ["      supplied = request.headers['%s'].to_s" % P["hdr"],
                  "      head :unauthorized unless ActiveSupport::SecurityUtils.secure_compare(supplied, %s)" % key]
    else:
        fn = "base64digest" if P["enc"] == "base64" else "hexdigest"
        lines += ["      digest = OpenSSL::HMAC.%s('SHA256', %s, request.raw_post)" % (fn, key),
                  "      supplied = request.headers['%s'].to_s.delete_prefix('sha256=')" % P["hdr"],
                  "      head :unauthorized unless Rack::Utils.secure_compare(digest, supplied)"]
    lines += ["    end", "  end", "end"]
    return "app/controllers/webhooks/%s_controller.rb" % P["provider"].replace(".", ""), "ruby", J(*lines)


def t_php(r, P, V):
    name, expr = decl_or_inline(r, V, "php", "screaming")
    key = name or expr
    cls = P["provider"].replace(".", "").capitalize()
    lines = ["<?php", "", "namespace App\\Http\\Controllers\\Webhooks;", "", "use Illuminate\\Http\\Request;",
             "use Illuminate\\Support\\Facades\\Log;", "", "class %sWebhookController" % cls, "{"]
    if name:
        lines += ["    private const %s = %s;" % (name, expr) if not V.is_expr else "    // resolved at runtime", ""]
        if V.is_expr:
            key = expr
    lines += ["    public function __invoke(Request $request)", "    {", "        $payload = $request->getContent();"]
    kk = ("self::" + name) if (name and not V.is_expr) else key
    if P["use"] == "token":
        lines += ["        if (!hash_equals(%s, (string) $request->header('%s'))) {" % (kk, P["hdr"]),
                  "            abort(401);", "        }"]
    else:
        raw = "true" if P["enc"] == "base64" else "false"
        wrap = "base64_encode(%s)" if P["enc"] == "base64" else "%s"
        lines += ["        $computed = " + (wrap % ("hash_hmac('sha256', $payload, %s, %s)" % (kk, raw))) + ";",
                  "        if (!hash_equals($computed, (string) $request->header('%s'))) {" % P["hdr"],
                  "            Log::warning('%s webhook signature mismatch');" % cls, "            abort(400);", "        }"]
    lines += ["", "        dispatch(new \\App\\Jobs\\Process%sEvent(json_decode($payload, true)));" % cls,
              "        return response()->noContent();", "    }", "}"]
    return "app/Http/Controllers/Webhooks/%sWebhookController.php" % cls, "php", J(*lines)


def t_spring(r, P, V):
    name, expr = decl_or_inline(r, V, "java", "screaming")
    key = name or expr
    cls = P["provider"].replace(".", "").capitalize()
    lines = ["package com.acme.billing.webhooks;", "", "import java.nio.charset.StandardCharsets;",
             "import java.security.MessageDigest;", "import java.util.HexFormat;", "import javax.crypto.Mac;",
             "import javax.crypto.spec.SecretKeySpec;", "import org.springframework.http.ResponseEntity;",
             "import org.springframework.web.bind.annotation.*;", "", "@RestController",
             '@RequestMapping("/webhooks")', "public class %sWebhookController {" % cls, ""]
    if name:
        lines += ["    private static final String %s = %s;" % (name, expr), ""]
    lines += ['    @PostMapping("/%s")' % route_of(P),
              '    public ResponseEntity<Void> receive(@RequestBody String body, @RequestHeader("%s") String header) throws Exception {' % P["hdr"]]
    if P["use"] == "token":
        lines += ["        if (!MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8), %s.getBytes(StandardCharsets.UTF_8))) {" % key,
                  "            return ResponseEntity.status(401).build();", "        }"]
    else:
        lines += ['        Mac mac = Mac.getInstance("HmacSHA256");',
                  '        mac.init(new SecretKeySpec(%s.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));' % key,
                  "        String expected = HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));",
                  '        if (!MessageDigest.isEqual(expected.getBytes(), header.replace("sha256=", "").getBytes())) {',
                  "            return ResponseEntity.badRequest().build();", "        }"]
    lines += ["        events.publish(body);", "        return ResponseEntity.accepted().build();", "    }", "",
              "    private final EventPublisher events;", "",
              "    public %sWebhookController(EventPublisher events) {" % cls, "        this.events = events;", "    }", "}"]
    return "src/main/java/com/acme/billing/webhooks/%sWebhookController.java" % cls, "java", J(*lines)


def t_aspnet(r, P, V):
    name, expr = decl_or_inline(r, V, "cs", "pascal")
    key = name or expr
    cls = P["provider"].replace(".", "").capitalize()
    lines = ["using System.Security.Cryptography;", "using System.Text;", "using Microsoft.AspNetCore.Mvc;", "",
             "namespace Acme.Api.Webhooks;", "", "[ApiController]", '[Route("webhooks/%s")]' % route_of(P),
             "public class %sWebhookController : ControllerBase" % cls, "{"]
    if name:
        if V.is_expr:
            lines += ["    private static readonly string %s = %s;" % (name, expr), ""]
        else:
            lines += ["    private const string %s = %s;" % (name, expr), ""]
    lines += ["    [HttpPost]", "    public async Task<IActionResult> Receive()", "    {",
              "        using var reader = new StreamReader(Request.Body, Encoding.UTF8);",
              "        var body = await reader.ReadToEndAsync();",
              '        var header = Request.Headers["%s"].ToString();' % P["hdr"]]
    if P["use"] == "token":
        lines += ["        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header), Encoding.UTF8.GetBytes(%s)))" % key,
                  "            return Unauthorized();"]
    else:
        conv = "Convert.ToBase64String" if P["enc"] == "base64" else "Convert.ToHexString"
        lines += ["        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(%s));" % key,
                  "        var expected = %s(hmac.ComputeHash(Encoding.UTF8.GetBytes(body)));" % conv,
                  "        if (!string.Equals(expected, header, StringComparison.OrdinalIgnoreCase))",
                  "            return BadRequest();"]
    lines += ["", "        await _queue.EnqueueAsync(body);", "        return Accepted();", "    }", "",
              "    private readonly IEventQueue _queue;",
              "    public %sWebhookController(IEventQueue queue) => _queue = queue;" % cls, "}"]
    return "src/Acme.Api/Webhooks/%sWebhookController.cs" % cls, "csharp", J(*lines)


def t_axum(r, P, V):
    name, expr = decl_or_inline(r, V, "rs", "screaming")
    key = name or expr
    lines = ["use axum::{body::Bytes, http::{HeaderMap, StatusCode}};", "use hmac::{Hmac, Mac};", "use sha2::Sha256;", "",
             "type HmacSha256 = Hmac<Sha256>;", ""]
    if name:
        if V.is_expr:
            lines += ["fn %s() -> String {" % name.lower(), "    %s" % expr.replace("?", ""), "}", ""]
            key = "&%s()" % name.lower()
        else:
            lines += ["const %s: &str = %s;" % (name, expr), ""]
    elif V.is_expr:
        key = "&" + expr.replace("?", "")
    lines += ["pub async fn %s_webhook(headers: HeaderMap, body: Bytes) -> StatusCode {" % P["provider"].replace(".", ""),
              '    let Some(sig) = headers.get("%s").and_then(|v| v.to_str().ok()) else {' % hdr_lower(P),
              "        return StatusCode::BAD_REQUEST;", "    };"]
    if P["use"] == "token":
        lines += ["    if sig != %s {" % key, "        return StatusCode::UNAUTHORIZED;", "    }"]
    else:
        lines += ["    let mut mac = HmacSha256::new_from_slice(%s.as_bytes()).expect(\"hmac key\");" % key,
                  "    mac.update(&body);",
                  '    let Ok(expected) = hex::decode(sig.trim_start_matches("sha256=")) else {',
                  "        return StatusCode::BAD_REQUEST;", "    };",
                  "    if mac.verify_slice(&expected).is_err() {",
                  '        tracing::warn!("rejected %s delivery");' % P["provider"],
                  "        return StatusCode::UNAUTHORIZED;", "    }"]
    lines += ["    crate::jobs::enqueue(body.to_vec()).await;", "    StatusCode::ACCEPTED", "}"]
    return r.choice(["src/webhooks/%s.rs" % P["provider"].replace(".", ""), "src/handlers/webhook.rs"]), "rust", J(*lines)


def t_nextjs(r, P, V):
    name, expr = decl_or_inline(r, V, "ts", "screaming")
    key = name or expr
    lines = ["import { NextResponse } from 'next/server';", "import { createHmac, timingSafeEqual } from 'crypto';",
             "import { db } from '@/lib/db';", "", "export const runtime = 'nodejs';", ""]
    if name:
        lines += ["const %s = %s;" % (name, expr), ""]
    lines += ["export async function POST(req: Request) {", "  const raw = await req.text();",
              "  const header = req.headers.get('%s') ?? '';" % hdr_lower(P)]
    if P["use"] == "token":
        lines += ["  if (header !== %s) {" % key, "    return NextResponse.json({ error: 'unauthorized' }, { status: 401 });", "  }"]
    else:
        lines += ["  const digest = createHmac('sha256', %s).update(raw, 'utf8').digest('%s');" % (key, P["enc"]),
                  "  const ok = digest.length === header.length && timingSafeEqual(Buffer.from(digest), Buffer.from(header));",
                  "  if (!ok) {", "    console.warn('[%s] invalid signature');" % P["provider"],
                  "    return NextResponse.json({ error: 'invalid signature' }, { status: 400 });", "  }"]
    lines += ["", "  const evt = JSON.parse(raw);",
              "  await db.webhookEvent.create({ data: { provider: '%s', type: evt.type, payload: evt } });" % P["provider"],
              "  return NextResponse.json({ received: true });", "}"]
    return "app/api/webhooks/%s/route.ts" % P["provider"].replace(".", ""), "typescript", J(*lines)


def t_worker(r, P, V):
    name, expr = decl_or_inline(r, V, "ts", "screaming")
    if V.mode == "env":
        expr = "env.%s" % V.env
    key = name or expr
    lines = ["export interface Env {", "  EVENTS: Queue;", "  %s: string;" % V.env, "}", ""]
    if name and V.mode == "env":
        key = expr
        name = None
    if name:
        lines += ["const %s = %s;" % (name, expr), ""]
    lines += ["const enc = new TextEncoder();", "",
              "export default {", "  async fetch(request: Request, env: Env): Promise<Response> {",
              "    if (request.method !== 'POST') return new Response('method not allowed', { status: 405 });",
              "    const body = await request.text();"]
    if P["use"] == "token":
        lines += ["    if (request.headers.get('%s') !== %s) return new Response('forbidden', { status: 403 });" % (hdr_lower(P), key)]
    else:
        lines += ["    const key = await crypto.subtle.importKey('raw', enc.encode(%s), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);" % key,
                  "    const sigHex = (request.headers.get('%s') || '').replace('sha256=', '');" % hdr_lower(P),
                  "    const sig = new Uint8Array(sigHex.match(/../g)?.map((h) => parseInt(h, 16)) ?? []);",
                  "    const valid = await crypto.subtle.verify('HMAC', key, sig, enc.encode(body));",
                  "    if (!valid) return new Response('bad signature', { status: 401 });"]
    lines += ["    await env.EVENTS.send(JSON.parse(body));", "    return new Response(null, { status: 204 });", "  },", "};"]
    return r.choice(["src/index.ts", "workers/%s-relay/src/index.ts" % P["provider"].replace(".", "")]), "typescript", J(*lines)


def t_netlify(r, P, V):
    name, expr = decl_or_inline(r, V, "js", "camel")
    key = name or expr
    lines = ["const crypto = require('crypto');", ""]
    if name:
        lines += ["const %s = %s;" % (name, expr), ""]
    lines += ["exports.handler = async (event) => {", "  if (event.httpMethod !== 'POST') {",
              "    return { statusCode: 405, body: 'Method Not Allowed' };", "  }",
              "  const body = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString() : event.body;",
              "  const header = event.headers['%s'];" % hdr_lower(P)]
    if P["use"] == "token":
        lines += ["  if (header !== %s) return { statusCode: 401, body: 'unauthorized' };" % key]
    else:
        lines += ["  const expected = crypto.createHmac('sha256', %s).update(body).digest('%s');" % (key, P["enc"]),
                  "  if (!header || !header.includes(expected)) {",
                  "    return { statusCode: 400, body: JSON.stringify({ error: 'signature' }) };", "  }"]
    lines += ["  const payload = JSON.parse(body);", "  console.log('%s event', payload.type || payload.event);" % P["provider"],
              "  return { statusCode: 200, body: JSON.stringify({ ok: true }) };", "};"]
    return r.choice(["netlify/functions/%s-webhook.js" % P["provider"].replace(".", ""),
                     "api/webhooks/%s.js" % P["provider"].replace(".", "")]), "javascript", J(*lines)


def t_lambda(r, P, V):
    name, expr = decl_or_inline(r, V, "py", "screaming")
    key = name or expr
    lines = ["import base64", "import hashlib", "import hmac", "import json", "import os", "", "import boto3", "",
             'sqs = boto3.client("sqs")', 'QUEUE_URL = os.environ.get("EVENTS_QUEUE_URL", "")']
    if name:
        lines += ["%s = %s" % (name, expr)]
    lines += ["", "", "def handler(event, context):", '    body = event.get("body") or ""',
              '    if event.get("isBase64Encoded"):', "        body = base64.b64decode(body).decode()",
              '    headers = {k.lower(): v for k, v in (event.get("headers") or {}).items()}']
    if P["use"] == "token":
        lines += ['    if headers.get("%s") != %s:' % (hdr_lower(P), key), '        return {"statusCode": 401}']
    else:
        lines += ["    mac = hmac.new(%s.encode(), body.encode(), hashlib.sha256)" % key,
                  '    expected = %s' % ("base64.b64encode(mac.digest()).decode()" if P["enc"] == "base64" else "mac.hexdigest()"),
                  '    if not hmac.compare_digest(expected, headers.get("%s", "").split("=")[-1]):' % hdr_lower(P),
                  '        print(json.dumps({"level": "warn", "msg": "bad signature"}))',
                  '        return {"statusCode": 400, "body": "invalid signature"}']
    lines += ["    sqs.send_message(QueueUrl=QUEUE_URL, MessageBody=body)", '    return {"statusCode": 202, "body": "queued"}']
    return r.choice(["functions/%s_webhook/handler.py" % P["provider"].replace(".", ""), "lambda/webhook_receiver.py",
                     "src/handlers/%s.py" % P["provider"].replace(".", "")]), "python", J(*lines)


def t_django(r, P, V):
    """Django settings module holding the secret, view referencing settings."""
    nmx = V.name("screaming")
    lines = ["from pathlib import Path", "import os", "", "BASE_DIR = Path(__file__).resolve().parent.parent", "",
             "DEBUG = False", 'ALLOWED_HOSTS = ["api.%s", "localhost"]' % V.dom, "",
             "INSTALLED_APPS = [", '    "django.contrib.contenttypes",', '    "django.contrib.auth",',
             '    "rest_framework",', '    "billing",', '    "webhooks",', "]", "",
             "DATABASES = {", '    "default": {', '        "ENGINE": "django.db.backends.postgresql",',
             '        "NAME": os.environ.get("PGDATABASE", "app"),', '        "HOST": os.environ.get("PGHOST", "localhost"),',
             "    }", "}", "", "# --- integrations" if P["use"] in ("url", "api") else "# --- webhooks"]
    if P["use"] == "url":
        lines += ["%s = %s" % (nmx, V.code("py"))]
    else:
        lines += ["%s = %s" % (nmx, V.code("py"))]
    lines += ['WEBHOOK_TOLERANCE_SECONDS = %d' % r.choice([300, 600]),
              'WEBHOOK_ALLOWED_EVENTS = ["%s"]' % r.choice(["invoice.paid", "push", "order.created", "payment.captured"]),
              "", 'TIME_ZONE = "UTC"', "USE_TZ = True", 'STATIC_URL = "static/"']
    return r.choice(["config/settings/production.py", "backend/settings.py", "project/settings/base.py"]), "python", J(*lines)


def t_sinatra(r, P, V):
    name, expr = decl_or_inline(r, V, "rb", "screaming")
    key = name or expr
    lines = ["require 'sinatra'", "require 'json'", "require 'openssl'", ""]
    if name:
        lines += ["%s = %s" % (name, expr), ""]
    lines += ["post '/hooks/%s' do" % route_of(P), "  request.body.rewind", "  body = request.body.read"]
    hk = "HTTP_" + P["hdr"].upper().replace("-", "_").replace(".", "_")
    if P["use"] == "token":
        lines += ["  halt 401 unless Rack::Utils.secure_compare(request.env['%s'].to_s, %s)" % (hk, key)]
    else:
        lines += ["  sig = 'sha256=' + OpenSSL::HMAC.hexdigest(OpenSSL::Digest.new('sha256'), %s, body)" % key,
                  "  halt 500, \"Signatures didn't match!\" unless Rack::Utils.secure_compare(sig, request.env['%s'].to_s)" % hk]
    lines += ["  push = JSON.parse(body)", "  logger.info \"event: #{push['action'] || push['type']}\"",
              "  status 204", "end"]
    return r.choice(["server.rb", "app.rb", "hooks/receiver.rb"]), "ruby", J(*lines)


# ---------------------------------------------------------------- tests with signed fixtures
def t_pytest(r, P, V):
    name = V.name("screaming") if (V.obvious or r.random() < 0.6) else None
    body = payload_json(r, P)
    ts = fake_ts(r)
    lines = ["import json", "", "import pytest", "", "from app.webhooks import verify_signature", ""]
    if name:
        lines += ["%s = %s" % (name, V.code("py")), ""]
    k = name or V.code("py")
    lines += ["PAYLOAD = %s" % json.dumps(body), 'TIMESTAMP = "%s"' % ts]
    if V.secret and P["use"] == "hmac":
        lines += ['SIGNATURE = "%s"' % sign_for(P, V.secret, body, ts)]
    else:
        lines += ["SIGNATURE = sign(PAYLOAD, %s)" % k if not V.is_expr else "SIGNATURE = sign(PAYLOAD, %s)" % k]
    lines += ["", "", "def test_valid_signature_is_accepted():",
              "    assert verify_signature(PAYLOAD, SIGNATURE, %s, timestamp=TIMESTAMP)" % k, "", "",
              "def test_tampered_payload_is_rejected():", "    tampered = PAYLOAD.replace('\"currency\"', '\"cur\"')",
              "    assert not verify_signature(tampered, SIGNATURE, %s, timestamp=TIMESTAMP)" % k, "", "",
              '@pytest.mark.parametrize("sig", ["", "v1=deadbeef", "sha256="])',
              "def test_garbage_signatures(sig):", "    assert not verify_signature(PAYLOAD, sig, %s, timestamp=TIMESTAMP)" % k]
    return r.choice(["tests/test_%s_webhook.py" % P["provider"].replace(".", ""), "tests/webhooks/test_signatures.py"]), "python", J(*lines)


def t_jest(r, P, V):
    name = V.name("camel") if (V.obvious or r.random() < 0.6) else None
    body = payload_json(r, P)
    ts = fake_ts(r)
    lines = ["import request from 'supertest';", "import { createApp } from '../src/app';", ""]
    k = name or V.code("ts")
    if name:
        lines += ["const %s = %s;" % (name, V.code("ts")), ""]
    lines += ["const payload = %s;" % json.dumps(body)]
    if V.secret and P["use"] == "hmac":
        lines += ["// generated once with the endpoint secret below", "const signature = '%s';" % sign_for(P, V.secret, body, ts)]
    else:
        lines += ["const signature = sign(payload, %s, '%s');" % (k, ts)]
    lines += ["", "describe('POST /webhooks/%s', () => {" % route_of(P),
              "  const app = createApp({ %s: %s });" % (nm(P["words"][1:] or ["secret"], "camel"), k), "",
              "  it('accepts a correctly signed delivery', async () => {",
              "    const res = await request(app)", "      .post('/webhooks/%s')" % route_of(P),
              "      .set('%s', signature)" % P["hdr"], "      .set('Content-Type', 'application/json')",
              "      .send(payload);", "    expect(res.status).toBe(200);", "  });", "",
              "  it('rejects a bad signature', async () => {",
              "    const res = await request(app).post('/webhooks/%s').set('%s', 'nope').send(payload);" % (route_of(P), P["hdr"]),
              "    expect(res.status).toBe(400);", "  });", "});"]
    return r.choice(["__tests__/webhooks/%s.test.ts" % P["provider"].replace(".", ""), "test/%s-webhook.spec.ts" % P["provider"].replace(".", "")]), "typescript", J(*lines)


def t_gotest(r, P, V):
    body = payload_json(r, P)
    ts = fake_ts(r)
    name = V.name("camel") if (V.obvious or r.random() < 0.6) else None
    k = name or V.code("go")
    lines = ["package webhooks", "", "import (", '\t"net/http"', '\t"net/http/httptest"', '\t"strings"', '\t"testing"', ")", ""]
    if name:
        lines += ["var %s = %s" % (name, V.code("go")), ""]
    lines += ["const testPayload = `%s`" % body, ""]
    sig = sign_for(P, V.secret, body, ts) if (V.secret and P["use"] == "hmac") else None
    lines += ["func TestHandlerAcceptsSignedRequest(t *testing.T) {"]
    if sig:
        lines += ['\tsig := "%s"' % sig]
    else:
        lines += ["\tsig := signForTest(t, %s, testPayload)" % k]
    lines += ['\treq := httptest.NewRequest(http.MethodPost, "/webhooks/%s", strings.NewReader(testPayload))' % route_of(P),
              '\treq.Header.Set("%s", sig)' % P["hdr"], "\trec := httptest.NewRecorder()",
              "\tNewHandler(%s).ServeHTTP(rec, req)" % k, "\tif rec.Code != http.StatusAccepted {",
              '\t\tt.Fatalf("want 202, got %d", rec.Code)', "\t}", "}"]
    return r.choice(["internal/webhooks/handler_test.go", "pkg/%s/verify_test.go" % P["provider"].replace(".", "")]), "go", J(*lines)


def t_rspec(r, P, V):
    body = payload_json(r, P)
    ts = fake_ts(r)
    name = V.name("snake") if (V.obvious or r.random() < 0.6) else None
    k = name or V.code("rb")
    lines = ["require 'rails_helper'", "", "RSpec.describe 'Webhooks::%s', type: :request do" % P["provider"].replace(".", "").capitalize()]
    if name:
        lines += ["  let(:%s) { %s }" % (name, V.code("rb"))]
    lines += ["  let(:payload) { %s }" % json.dumps(body)]
    if V.secret and P["use"] == "hmac":
        lines += ["  let(:signature) { '%s' }" % sign_for(P, V.secret, body, ts)]
    else:
        lines += ["  let(:signature) { OpenSSL::HMAC.hexdigest('SHA256', %s, payload) }" % k]
    lines += ["", "  before do",
              "    allow(Rails.application.config).to receive(:%s_secret).and_return(%s)" % (P["provider"].replace(".", ""), k), "  end", "",
              "  it 'accepts a signed request' do",
              "    post '/webhooks/%s', params: payload, headers: { '%s' => signature, 'CONTENT_TYPE' => 'application/json' }" % (route_of(P), P["hdr"]),
              "    expect(response).to have_http_status(:no_content)", "  end", "",
              "  it 'rejects an unsigned request' do", "    post '/webhooks/%s', params: payload" % route_of(P),
              "    expect(response).to have_http_status(:unauthorized)", "  end", "end"]
    return "spec/requests/webhooks/%s_spec.rb" % P["provider"].replace(".", ""), "ruby", J(*lines)


def t_replay_sh(r, P, V):
    """Shell script that replays a captured delivery, signing it with openssl."""
    nmx = V.name("screaming")
    lines = ["#!/usr/bin/env bash", "# Replay a captured %s webhook against a local or staging receiver." % P["provider"],
             "# usage: scripts/replay-webhook.sh fixtures/event.json [url]", "set -euo pipefail", "",
             'PAYLOAD_FILE="${1:?payload file}"', 'TARGET="${2:-http://localhost:%d/webhooks/%s}"' % (r.choice([3000, 8000, 8080, 4000]), route_of(P))]
    if V.mode == "env":
        lines += [': "${%s:?export %s first}"' % (V.env, V.env)]
        nmx = V.env
    else:
        lines += ["%s=%s" % (nmx, V.cfg("sh"))]
    lines += ["", 'BODY="$(cat "$PAYLOAD_FILE")"', 'TS="$(date +%s)"']
    if P["use"] == "token":
        lines += ['SIG="$%s"' % nmx]
    else:
        lines += ['SIG="$(printf \'%%s\' "$BODY" | openssl dgst -sha256 -hmac "$%s" | awk \'{print $2}\')"' % nmx]
    lines += ["", 'curl -sS -X POST "$TARGET" \\', '  -H "Content-Type: application/json" \\',
              '  -H "%s: $SIG" \\' % P["hdr"], '  -H "X-Request-Timestamp: $TS" \\', '  --data-binary "$BODY"', 'echo']
    return r.choice(["scripts/replay-webhook.sh", "bin/send-test-hook", "tools/sign_and_post.sh"]), "shell", J(*lines)


# ---------------------------------------------------------------- provider SDK templates
# (spec-key-set, lang) -> (path choices, imports, body lines with {S} for the secret expression)
SDK = {
    ("stripe", "js"): (["src/routes/stripeWebhook.js", "server/webhooks/stripe.js"],
                       ["const express = require('express');", "const Stripe = require('stripe');", "",
                        "const stripe = new Stripe(process.env.STRIPE_API_KEY, { apiVersion: '2024-06-20' });",
                        "const router = express.Router();"],
                       ["router.post('/stripe/webhook', express.raw({ type: 'application/json' }), async (req, res) => {",
                        "  let event;", "  try {",
                        "    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], {S});",
                        "  } catch (err) {", "    console.error(`Webhook signature verification failed: ${err.message}`);",
                        "    return res.status(400).send(`Webhook Error: ${err.message}`);", "  }",
                        "  if (event.type === 'invoice.paid') {", "    await markInvoicePaid(event.data.object.id);", "  }",
                        "  res.json({ received: true });", "});", "", "module.exports = router;"]),
    ("stripe", "py"): (["payments/webhooks.py", "app/api/stripe_webhook.py"],
                       ["import stripe", "from django.http import HttpResponse", "from django.views.decorators.csrf import csrf_exempt"],
                       ["@csrf_exempt", "def stripe_webhook(request):", "    payload = request.body",
                        '    sig_header = request.META.get("HTTP_STRIPE_SIGNATURE")', "    try:",
                        "        event = stripe.Webhook.construct_event(payload, sig_header, {S})",
                        "    except (ValueError, stripe.error.SignatureVerificationError):", "        return HttpResponse(status=400)",
                        '    if event["type"] == "checkout.session.completed":', '        fulfil_order(event["data"]["object"])',
                        "    return HttpResponse(status=200)"]),
    ("stripe", "go"): (["internal/billing/webhook.go"],
                       ["package billing", "", "import (", '\t"io"', '\t"net/http"', "", '\t"github.com/stripe/stripe-go/v76/webhook"', ")"],
                       ["func HandleStripe(w http.ResponseWriter, r *http.Request) {", "\tpayload, _ := io.ReadAll(r.Body)",
                        '\tevent, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), {S})',
                        "\tif err != nil {", "\t\tw.WriteHeader(http.StatusBadRequest)", "\t\treturn", "\t}",
                        "\tswitch event.Type {", '\tcase "customer.subscription.deleted":', "\t\tcancelSubscription(event)", "\t}",
                        "\tw.WriteHeader(http.StatusOK)", "}"]),
    ("stripe", "rb"): (["app/controllers/stripe_webhooks_controller.rb"],
                       ["class StripeWebhooksController < ApplicationController", "  skip_before_action :verify_authenticity_token"],
                       ["  def create", "    payload = request.body.read", "    sig_header = request.env['HTTP_STRIPE_SIGNATURE']",
                        "    event = Stripe::Webhook.construct_event(payload, sig_header, {S})",
                        "    HandleStripeEventJob.perform_later(event.id)", "    head :ok",
                        "  rescue JSON::ParserError, Stripe::SignatureVerificationError", "    head :bad_request", "  end", "end"]),
    ("stripe", "php"): (["public/webhook.php", "src/Controller/StripeWebhookController.php"],
                        ["<?php", "require_once __DIR__ . '/../vendor/autoload.php';"],
                        ["$payload = @file_get_contents('php://input');", "$sigHeader = $_SERVER['HTTP_STRIPE_SIGNATURE'] ?? '';",
                         "try {", "    $event = \\Stripe\\Webhook::constructEvent($payload, $sigHeader, {S});",
                         "} catch (\\UnexpectedValueException | \\Stripe\\Exception\\SignatureVerificationException $e) {",
                         "    http_response_code(400);", "    exit();", "}", "", "handle_event($event);", "http_response_code(200);"]),
    ("stripe", "java"): (["src/main/java/com/acme/payments/StripeWebhookHandler.java"],
                         ["package com.acme.payments;", "", "import com.stripe.model.Event;", "import com.stripe.net.Webhook;",
                          "import com.stripe.exception.SignatureVerificationException;"],
                         ["public class StripeWebhookHandler {",
                          "    public Event parse(String payload, String sigHeader) throws SignatureVerificationException {",
                          "        return Webhook.constructEvent(payload, sigHeader, {S});", "    }", "}"]),
    ("stripe", "cs"): (["Controllers/StripeWebhookController.cs"],
                       ["using Microsoft.AspNetCore.Mvc;", "using Stripe;"],
                       ["[Route(\"api/stripe/webhook\")]", "public class StripeWebhookController : Controller", "{",
                        "    [HttpPost]", "    public async Task<IActionResult> Index()", "    {",
                        "        var json = await new StreamReader(HttpContext.Request.Body).ReadToEndAsync();",
                        "        try", "        {",
                        "            var stripeEvent = EventUtility.ConstructEvent(json, Request.Headers[\"Stripe-Signature\"], {S});",
                        "            await _handler.HandleAsync(stripeEvent);", "            return Ok();", "        }",
                        "        catch (StripeException) { return BadRequest(); }", "    }", "}"]),
    ("svix", "js"): (["src/api/webhooks/svix.js", "pages/api/webhooks/clerk.js"],
                     ["import { Webhook } from 'svix';", "import { buffer } from 'micro';", "",
                      "export const config = { api: { bodyParser: false } };"],
                     ["export default async function handler(req, res) {", "  const payload = (await buffer(req)).toString();",
                      "  const headers = {", "    'svix-id': req.headers['svix-id'],",
                      "    'svix-timestamp': req.headers['svix-timestamp'],", "    'svix-signature': req.headers['svix-signature'],", "  };",
                      "  const wh = new Webhook({S});", "  let evt;", "  try {", "    evt = wh.verify(payload, headers);",
                      "  } catch (err) {", "    return res.status(400).json({});", "  }",
                      "  if (evt.type === 'user.created') await createProfile(evt.data);", "  res.json({ ok: true });", "}"]),
    ("svix", "py"): (["app/webhooks/clerk.py", "hooks/svix_receiver.py"],
                     ["from fastapi import APIRouter, Request, Response", "from svix.webhooks import Webhook, WebhookVerificationError", "",
                      "router = APIRouter()"],
                     ['@router.post("/webhooks/users", status_code=204)', "async def users_webhook(request: Request, response: Response):",
                      "    payload = await request.body()", "    wh = Webhook({S})", "    try:",
                      "        msg = wh.verify(payload, dict(request.headers))", "    except WebhookVerificationError:",
                      "        response.status_code = 400", "        return", '    await sync_user(msg["data"])']),
    ("svix", "go"): (["internal/hooks/svix.go"],
                     ["package hooks", "", "import (", '\t"io"', '\t"net/http"', "", '\tsvix "github.com/svix/svix-webhooks/go"', ")"],
                     ["func Verify(w http.ResponseWriter, r *http.Request) {", "\twh, err := svix.NewWebhook({S})",
                      "\tif err != nil {", "\t\tpanic(err)", "\t}", "\tpayload, _ := io.ReadAll(r.Body)",
                      "\tif err := wh.Verify(payload, r.Header); err != nil {", "\t\tw.WriteHeader(http.StatusBadRequest)", "\t\treturn", "\t}",
                      "\tw.WriteHeader(http.StatusNoContent)", "}"]),
    ("svix", "rb"): (["app/controllers/webhooks/users_controller.rb"],
                     ["class Webhooks::UsersController < ActionController::API"],
                     ["  def create", "    wh = Svix::Webhook.new({S})",
                      "    payload = wh.verify(request.raw_post, request.headers.to_h.slice('svix-id', 'svix-timestamp', 'svix-signature'))",
                      "    SyncUserJob.perform_later(payload['data'])", "    head :no_content",
                      "  rescue Svix::WebhookVerificationError", "    head :bad_request", "  end", "end"]),
    ("svix", "cs"): (["Webhooks/UserEventsEndpoint.cs"],
                     ["using Svix;", "using System.Net;"],
                     ["public static class UserEventsEndpoint", "{",
                      "    public static async Task<IResult> Handle(HttpRequest request)", "    {",
                      "        var payload = await new StreamReader(request.Body).ReadToEndAsync();",
                      "        var wh = new Webhook({S});",
                      "        var headers = new WebHeaderCollection();",
                      "        foreach (var h in request.Headers) headers.Add(h.Key, h.Value);",
                      "        wh.Verify(payload, headers);", "        return Results.NoContent();", "    }", "}"]),
    ("twilio", "js"): (["routes/sms.js", "src/twilio/inbound.js"],
                       ["const express = require('express');", "const twilio = require('twilio');", "const router = express.Router();"],
                       ["router.post('/twilio/sms', express.urlencoded({ extended: false }), (req, res) => {",
                        "  const signature = req.header('X-Twilio-Signature');",
                        "  const url = 'https://hooks.%DOM%/twilio/sms';",
                        "  if (!twilio.validateRequest({S}, signature, url, req.body)) {",
                        "    return res.status(403).send('invalid signature');", "  }",
                        "  const twiml = new twilio.twiml.MessagingResponse();", "  twiml.message('Thanks, we got it!');",
                        "  res.type('text/xml').send(twiml.toString());", "});", "", "module.exports = router;"]),
    ("twilio", "py"): (["sms/views.py", "app/twilio_webhook.py"],
                       ["from flask import Flask, abort, request", "from twilio.request_validator import RequestValidator", "",
                        "app = Flask(__name__)"],
                       ['@app.route("/sms", methods=["POST"])', "def incoming_sms():", "    validator = RequestValidator({S})",
                        '    if not validator.validate(request.url, request.form, request.headers.get("X-Twilio-Signature", "")):',
                        "        abort(403)", '    return "<Response><Message>Received</Message></Response>"']),
    ("twilio", "java"): (["src/main/java/com/acme/sms/TwilioFilter.java"],
                         ["package com.acme.sms;", "", "import com.twilio.security.RequestValidator;", "import java.util.Map;"],
                         ["public class TwilioFilter {", "    private final RequestValidator validator = new RequestValidator({S});", "",
                          "    public boolean allowed(String url, Map<String, String> params, String signature) {",
                          "        return validator.validate(url, params, signature);", "    }", "}"]),
    ("twilio", "cs"): (["Sms/TwilioRequestFilter.cs"],
                       ["using Twilio.Security;"],
                       ["public class TwilioRequestFilter", "{", "    private readonly RequestValidator _validator = new RequestValidator({S});", "",
                        "    public bool IsValid(string url, IDictionary<string, string> form, string signature)",
                        "        => _validator.Validate(url, form, signature);", "}"]),
    ("twilio", "rb"): (["app/controllers/twilio_controller.rb"],
                       ["class TwilioController < ApplicationController", "  skip_before_action :verify_authenticity_token"],
                       ["  def sms", "    validator = Twilio::Security::RequestValidator.new({S})",
                        "    signature = request.headers['X-Twilio-Signature']",
                        "    return head(:forbidden) unless validator.validate(request.original_url, request.POST, signature)",
                        "    render xml: '<Response/>'", "  end", "end"]),
    ("slack", "js"): (["src/app.js", "slack/bolt-app.js"],
                      ["const { App } = require('@slack/bolt');"],
                      ["const app = new App({", "  token: process.env.SLACK_BOT_TOKEN,", "  signingSecret: {S},", "});", "",
                       "app.command('/deploy', async ({ command, ack, respond }) => {", "  await ack();",
                       "  await respond(`Deploying ${command.text || 'main'}...`);", "});", "",
                       "(async () => {", "  await app.start(process.env.PORT || 3000);", "  console.log('bolt app running');", "})();"]),
    ("slack", "py"): (["bot/app.py", "slack_app/main.py"],
                      ["import os", "", "from slack_bolt import App"],
                      ["app = App(", '    token=os.environ.get("SLACK_BOT_TOKEN"),', "    signing_secret={S},", ")", "",
                       '@app.command("/oncall")', "def oncall(ack, respond):", "    ack()", '    respond("Paging the on-call engineer")', "",
                       'if __name__ == "__main__":', '    app.start(port=int(os.environ.get("PORT", 3000)))']),
    ("shopify", "js"): (["web/shopify.js", "app/shopify.server.js"],
                        ["import '@shopify/shopify-api/adapters/node';", "import { shopifyApi, LATEST_API_VERSION } from '@shopify/shopify-api';"],
                        ["export const shopify = shopifyApi({", "  apiKey: '%ID%',", "  apiSecretKey: {S},",
                         "  scopes: ['read_products', 'write_orders'],", "  hostName: 'app.%DOM%',",
                         "  apiVersion: LATEST_API_VERSION,", "  isEmbeddedApp: true,", "});"]),
    ("shopify", "rb"): (["config/initializers/shopify_app.rb"],
                        ["ShopifyApp.configure do |config|", "  config.application_name = 'Order Sync'",
                         "  config.scope = 'read_orders,write_products'", "  config.embedded_app = true"],
                        ["  config.api_key = '%ID%'", "  config.secret = {S}", "  config.api_version = '2024-07'",
                         "  config.webhooks = [{ topic: 'orders/create', path: 'api/webhooks/orders_create' }]", "end"]),
    ("paddle", "js"): (["src/app/api/paddle/route.ts"],
                       ["import { Paddle, EventName } from '@paddle/paddle-node-sdk';", "",
                        "const paddle = new Paddle(process.env.PADDLE_API_KEY!);"],
                       ["export async function POST(req: Request) {", "  const signature = req.headers.get('paddle-signature') || '';",
                        "  const rawRequestBody = await req.text();",
                        "  const eventData = await paddle.webhooks.unmarshal(rawRequestBody, {S}, signature);",
                        "  if (eventData?.eventType === EventName.SubscriptionActivated) {",
                        "    await activate(eventData.data.id);", "  }", "  return Response.json({ ok: true });", "}"]),
    ("paddle", "py"): (["billing/paddle_webhook.py"],
                       ["from flask import Flask, request", "from paddle_billing.Notifications import Secret, Verifier", "",
                        "app = Flask(__name__)"],
                       ['@app.post("/paddle/webhook")', "def paddle_webhook():",
                        "    integrity = Verifier().verify(request, Secret({S}))",
                        '    if not integrity:', '        return "", 400', '    handle(request.get_json())', '    return "", 200']),
    ("qstash", "js"): (["src/app/api/cron/route.ts", "app/api/qstash/route.ts"],
                       ["import { Receiver } from '@upstash/qstash';"],
                       ["const receiver = new Receiver({", "  currentSigningKey: {S},",
                        "  nextSigningKey: process.env.QSTASH_NEXT_SIGNING_KEY!,", "});", "",
                        "export async function POST(req: Request) {", "  const body = await req.text();",
                        "  const isValid = await receiver.verify({", "    signature: req.headers.get('Upstash-Signature')!,",
                        "    body,", "  }).catch(() => false);",
                        "  if (!isValid) return new Response('invalid signature', { status: 401 });",
                        "  await runNightlyDigest(JSON.parse(body));", "  return new Response('ok');", "}"]),
    ("qstash", "py"): (["jobs/qstash_receiver.py"],
                       ["import os", "", "from qstash import Receiver"],
                       ["receiver = Receiver(", "    current_signing_key={S},",
                        '    next_signing_key=os.environ["QSTASH_NEXT_SIGNING_KEY"],', ")", "", "",
                        "def verify(body: str, signature: str, url: str) -> None:",
                        "    receiver.verify(body=body, signature=signature, url=url)"]),
    ("inngest", "js"): (["src/app/api/inngest/route.ts", "src/inngest/serve.ts"],
                        ["import { serve } from 'inngest/next';", "import { inngest } from '@/inngest/client';",
                         "import { syncOrders, sendReceipts } from '@/inngest/functions';"],
                        ["export const { GET, POST, PUT } = serve({", "  client: inngest,", "  functions: [syncOrders, sendReceipts],",
                         "  signingKey: {S},", "});"]),
    ("inngest", "py"): (["workers/inngest_client.py"],
                        ["import logging", "", "import inngest"],
                        ["inngest_client = inngest.Inngest(", '    app_id="order-workers",', "    logger=logging.getLogger(\"uvicorn\"),",
                         "    signing_key={S},", "    is_production=True,", ")"]),
    ("linear", "js"): (["src/hooks/linear.ts"],
                       ["import express from 'express';",
                        "import { LinearWebhooks, LINEAR_WEBHOOK_SIGNATURE_HEADER, LINEAR_WEBHOOK_TS_FIELD } from '@linear/sdk';"],
                       ["const webhook = new LinearWebhooks({S});", "export const linearRouter = express.Router();", "",
                        "linearRouter.post('/hooks/linear', express.raw({ type: 'application/json' }), (req, res) => {",
                        "  const parsed = JSON.parse(req.body.toString());",
                        "  webhook.verify(req.body, req.headers[LINEAR_WEBHOOK_SIGNATURE_HEADER] as string, parsed[LINEAR_WEBHOOK_TS_FIELD]);",
                        "  res.sendStatus(200);", "});"]),
}
SDK_FAMILY = {"stripe_wh": "stripe", "svix_wh": "svix", "clerk_wh": "svix", "twilio_auth": "twilio",
              "slack_sign": "slack", "shopify_secret": "shopify", "paddle_wh": "paddle", "qstash_sig": "qstash",
              "inngest_key": "inngest", "linear_wh": "linear"}
LANG_FT = {"js": "javascript", "ts": "typescript", "py": "python", "go": "go", "rb": "ruby", "php": "php",
           "java": "java", "cs": "csharp", "rs": "rust"}


def sdk_langs(P):
    fam = SDK_FAMILY.get(P["key"])
    return [lang for (f, lang) in SDK if f == fam] if fam else []


def t_sdk(r, P, V):
    fam = SDK_FAMILY[P["key"]]
    lang = r.choice(sdk_langs(P))
    paths, imports, body = SDK[(fam, lang)]
    path = r.choice(paths)
    clang = "ts" if path.endswith(".ts") else lang
    style = {"py": "screaming", "rb": "screaming", "go": "camel", "java": "screaming", "cs": "pascal", "php": "camel"}.get(lang, r.choice(["camel", "screaming"]))
    name, expr = decl_or_inline(r, V, clang, style)
    decl = []
    if name:
        if lang == "py":
            decl = ["%s = %s" % (name, expr)]
        elif lang in ("js", "ts"):
            decl = ["const %s = %s;" % (name, expr)]
        elif lang == "go":
            decl = ["var %s = %s" % (name, expr)]
        elif lang == "rb":
            decl = ["%s = %s" % (name, expr)] if fam != "shopify" else []
        elif lang == "php":
            decl = ["$%s = %s;" % (name, expr)]
            name = "$" + name
        elif lang == "java":
            decl = ["    private static final String %s = %s;" % (name, expr)] if False else []
        elif lang == "cs":
            decl = []
        if not decl:
            name = None
    use = name or expr
    idv = V.idval or ""
    out = list(imports) + [""] + decl + ([""] if decl else []) + \
        [ln.replace("{S}", use).replace("%ID%", idv).replace("%DOM%", V.dom) for ln in body]
    return path, LANG_FT[clang], J(*out)


# ---------------------------------------------------------------- API client templates
CLIENT = {
    "stripe_sk": [("js", "src/lib/stripe.js", ["const Stripe = require('stripe');"],
                   ["const stripe = new Stripe({S}, { apiVersion: '2024-06-20', maxNetworkRetries: 2 });", "",
                    "async function registerEndpoint(url) {",
                    "  return stripe.webhookEndpoints.create({ url, enabled_events: ['invoice.paid', 'customer.subscription.deleted'] });",
                    "}", "", "module.exports = { stripe, registerEndpoint };"]),
                  ("py", "scripts/register_stripe_webhook.py", ["import stripe"],
                   ["stripe.api_key = {S}", "", "endpoint = stripe.WebhookEndpoint.create(",
                    '    url="https://api.%DOM%/stripe/webhook",', '    enabled_events=["checkout.session.completed"],', ")",
                    'print("created", endpoint.id)'])],
    "discord_bot": [("py", "bot/main.py", ["import discord", "from discord.ext import commands", "",
                                           "intents = discord.Intents.default()", "intents.message_content = True",
                                           'bot = commands.Bot(command_prefix="!", intents=intents)'],
                     ["@bot.command()", "async def ping(ctx):", '    await ctx.send("pong")', "", "",
                      'if __name__ == "__main__":', "    bot.run({S})"]),
                    ("js", "src/bot.js", ["const { Client, GatewayIntentBits } = require('discord.js');", "",
                                          "const client = new Client({ intents: [GatewayIntentBits.Guilds] });"],
                     ["client.once('ready', () => console.log(`Logged in as ${client.user.tag}`));",
                      "client.on('interactionCreate', async (i) => {", "  if (i.isChatInputCommand() && i.commandName === 'status') await i.reply('ok');",
                      "});", "", "client.login({S});"])],
    "sendgrid_api": [("js", "src/mail/sendgrid.js", ["const sgMail = require('@sendgrid/mail');"],
                      ["sgMail.setApiKey({S});", "", "async function sendReceipt(to, orderId) {",
                       "  await sgMail.send({ to, from: 'receipts@%DOM%', templateId: 'd-%HEX%', dynamicTemplateData: { orderId } });",
                       "}", "", "module.exports = { sendReceipt };"]),
                     ("py", "notifications/email.py", ["from sendgrid import SendGridAPIClient", "from sendgrid.helpers.mail import Mail"],
                      ["sg = SendGridAPIClient({S})", "", "", "def send_alert(to, subject, html):",
                       '    msg = Mail(from_email="alerts@%DOM%", to_emails=to, subject=subject, html_content=html)',
                       "    return sg.send(msg).status_code"])],
    "postmark_token": [("js", "lib/mailer.js", ["const postmark = require('postmark');"],
                        ["const client = new postmark.ServerClient({S});", "",
                         "exports.sendWelcome = (to) => client.sendEmailWithTemplate({",
                         "  From: 'hello@%DOM%', To: to, TemplateAlias: 'welcome', TemplateModel: {},", "});"])],
    "notion_token": [("js", "scripts/sync-notion.mjs", ["import { Client } from '@notionhq/client';"],
                      ["const notion = new Client({ auth: {S} });", "const databaseId = '%HEX%';", "",
                       "const pages = await notion.databases.query({ database_id: databaseId, page_size: 50 });",
                       "console.log(`fetched ${pages.results.length} rows`);"])],
    "linear_api": [("ts", "src/integrations/linear.ts", ["import { LinearClient } from '@linear/sdk';"],
                    ["export const linear = new LinearClient({ apiKey: {S} });", "",
                     "export async function openIncident(title: string) {",
                     "  return linear.createIssue({ teamId: '%UUID%', title, priority: 1 });", "}"])],
    "trigger_key": [("ts", "src/trigger/client.ts", ["import { configure, tasks } from '@trigger.dev/sdk/v3';"],
                     ["configure({", "  secretKey: {S},", "});", "",
                      "export const enqueueInvoice = (id: string) => tasks.trigger('generate-invoice', { id });"])],
    "qstash_token": [("ts", "lib/qstash.ts", ["import { Client } from '@upstash/qstash';"],
                      ["export const qstash = new Client({ token: {S} });", "",
                       "export async function scheduleDigest() {",
                       "  await qstash.publishJSON({ url: 'https://%DOM%/api/digest', cron: '0 7 * * *', body: {} });", "}"])],
    "clerk_sk": [("ts", "src/lib/clerk.ts", ["import { createClerkClient } from '@clerk/backend';"],
                  ["export const clerk = createClerkClient({ secretKey: {S} });", "",
                   "export const countUsers = () => clerk.users.getCount();"])],
    "intercom_token": [("js", "src/support/intercom.js", ["const { IntercomClient } = require('intercom-client');"],
                        ["const intercom = new IntercomClient({ token: {S} });", "",
                         "module.exports.tagConversation = (id) => intercom.tags.tagConversation({ conversationId: id, tagId: '%NUM%' });"])],
    "github_pat": [("js", "scripts/sync-hooks.mjs", ["import { Octokit } from '@octokit/rest';"],
                    ["const octokit = new Octokit({ auth: {S} });", "",
                     "const { data } = await octokit.repos.listWebhooks({ owner: 'acme', repo: 'storefront' });",
                     "for (const hook of data) console.log(hook.id, hook.config.url);"])],
    "slack_bot": [("py", "ops/notify.py", ["from slack_sdk import WebClient"],
                   ["client = WebClient(token={S})", "", "", "def post(channel: str, text: str) -> None:",
                    "    client.chat_postMessage(channel=channel, text=text)"])],
    "mailgun_api": [("js", "src/mail/mailgun.js", ["const formData = require('form-data');", "const Mailgun = require('mailgun.js');"],
                     ["const mg = new Mailgun(formData).client({ username: 'api', key: {S}, url: 'https://api.eu.mailgun.net' });", "",
                      "module.exports = (to, subject, text) => mg.messages.create('mg.%DOM%', { from: 'noreply@%DOM%', to, subject, text });"])],
    "razorpay_secret": [("js", "server/payments/razorpay.js", ["const Razorpay = require('razorpay');"],
                         ["const instance = new Razorpay({", "  key_id: '%ID%',", "  key_secret: {S},", "});", "",
                          "module.exports.createOrder = (amount) => instance.orders.create({ amount, currency: 'INR', receipt: `rcpt_${Date.now()}` });"]),
                        ("py", "payments/razorpay_client.py", ["import razorpay"],
                         ['client = razorpay.Client(auth=("%ID%", {S}))', 'client.set_app_details({"title": "shop", "version": "2.4.1"})'])],
    "ngrok_token": [("py", "dev/tunnel.py", ["import ngrok", "import time"],
                     ['listener = ngrok.forward(8000, authtoken={S}, domain="hooks-dev.%DOM%")',
                      'print(f"ingress at {listener.url()}")', "while True:", "    time.sleep(60)"])],
    "aws_secret": [("py", "scripts/upload_fixtures.py", ["import boto3"],
                    ['s3 = boto3.client(', '    "s3",', '    region_name="eu-west-1",', '    aws_access_key_id="%ID%",',
                     "    aws_secret_access_key={S},", ")", "",
                     's3.upload_file("fixtures/events.json", "acme-webhook-fixtures", "events.json")']),
                   ("js", "src/storage/s3.js", ["const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');"],
                    ["const s3 = new S3Client({", "  region: 'us-east-1',",
                     "  credentials: { accessKeyId: '%ID%', secretAccessKey: {S} },", "});", "",
                     "module.exports.archive = (key, body) => s3.send(new PutObjectCommand({ Bucket: 'hook-archive', Key: key, Body: body }));"])],
    "gitlab_pat": [("py", "tools/gitlab_hooks.py", ["import gitlab"],
                    ['gl = gitlab.Gitlab("https://gitlab.com", private_token={S})', "project = gl.projects.get(4821)",
                     "for hook in project.hooks.list():", "    print(hook.id, hook.url)"])],
}


def t_client(r, P, V):
    lang, path, imports, body = r.choice(CLIENT[P["key"]])
    style = "screaming" if lang in ("py",) else r.choice(["camel", "screaming"])
    name, expr = decl_or_inline(r, V, lang, style)
    decl = []
    if name:
        decl = ["%s = %s" % (name, expr)] if lang == "py" else ["const %s = %s;" % (name, expr)]
    use = name or expr
    sub = lambda ln: (ln.replace("{S}", use).replace("%ID%", V.idval or "").replace("%DOM%", V.dom)
                      .replace("%HEX%", rs(r, HEXL, 32)).replace("%UUID%", uuid4(r)).replace("%NUM%", str(r.randrange(1000, 99999))))
    imps = [sub(x) for x in imports]
    out = imps + [""] + decl + ([""] if decl else []) + [sub(x) for x in body]
    return path, LANG_FT[lang], J(*out)


def auth_value(P, token_expr_fmt):
    h, pre = P["hdr"]
    return h, pre


def t_http_py(r, P, V):
    h, pre = P["hdr"]
    name, expr = decl_or_inline(r, V, "py", "screaming")
    url = P["api"] % (id_discord(r),) if "%s" in P["api"] else P["api"]
    lines = ['"""Small helper used by the ops CLI."""', "import os", "", "import requests", "",
             'TIMEOUT = float(os.environ.get("HTTP_TIMEOUT", "10"))']
    if name:
        lines += ["%s = %s" % (name, expr)]
        tok = name
    else:
        tok = expr
    if pre == "Basic ":
        authl = ['    auth = ("%s", %s)' % ("api" if P["provider"] == "mailgun" else (V.idval or "api"), tok)]
        call = '    resp = requests.post("%s", auth=auth, json=payload, timeout=TIMEOUT)' % url
    else:
        if pre and name:
            val = 'f"%s{%s}"' % (pre, tok)
        elif pre and not V.is_expr:
            val = '"%s%s"' % (pre, V.lit)
        else:
            val = tok if not pre else '"%s" + %s' % (pre, tok)
        authl = ['    headers = {"%s": %s, "Content-Type": "application/json"}' % (h, val)]
        call = '    resp = requests.post("%s", headers=headers, json=payload, timeout=TIMEOUT)' % url
    lines += ["", "", "def send(payload: dict) -> dict:"] + authl + [call, "    resp.raise_for_status()", "    return resp.json()"]
    return r.choice(["ops/%s_client.py" % P["provider"].replace(".", ""), "tools/api.py", "app/clients/%s.py" % P["provider"].replace(".", "")]), "python", J(*lines)


def t_http_js(r, P, V):
    h, pre = P["hdr"]
    name, expr = decl_or_inline(r, V, "js", r.choice(["camel", "screaming"]))
    url = P["api"] % (id_discord(r),) if "%s" in P["api"] else P["api"]
    lines = ["// thin wrapper around the %s REST API" % P["provider"], ""]
    tok = name or expr
    if name:
        lines += ["const %s = %s;" % (name, expr), ""]
    if pre == "Basic ":
        user = "api" if P["provider"] == "mailgun" else (V.idval or "api")
        hv = "'Basic ' + Buffer.from(`%s:${%s}`).toString('base64')" % (user, tok)
    elif pre:
        hv = "`%s${%s}`" % (pre, tok)
    else:
        hv = tok
    lines += ["export async function call(body) {", "  const res = await fetch('%s', {" % url, "    method: 'POST',",
              "    headers: {", "      '%s': %s," % (h, hv), "      'Content-Type': 'application/json',", "    },",
              "    body: JSON.stringify(body),", "  });",
              "  if (!res.ok) throw new Error(`%s API ${res.status}`);" % P["provider"], "  return res.json();", "}"]
    return r.choice(["src/lib/%s.js" % P["provider"].replace(".", ""), "lib/api/%sClient.mjs" % P["provider"].replace(".", "")]), "javascript", J(*lines)


def t_http_go(r, P, V):
    h, pre = P["hdr"]
    name, expr = decl_or_inline(r, V, "go", "camel")
    url = P["api"] % (id_discord(r),) if "%s" in P["api"] else P["api"]
    tok = name or expr
    lines = ["package client", "", "import (", '\t"bytes"', '\t"net/http"', '\t"os"', '\t"time"', ")", ""]
    if name:
        lines += [("var %s = %s" if V.is_expr else "const %s = %s") % (name, expr), ""]
    lines += ["var httpClient = &http.Client{Timeout: 15 * time.Second}", "",
              "func Post(body []byte) (*http.Response, error) {",
              '\treq, err := http.NewRequest(http.MethodPost, "%s", bytes.NewReader(body))' % url,
              "\tif err != nil {", "\t\treturn nil, err", "\t}"]
    if pre == "Basic ":
        lines += ['\treq.SetBasicAuth("%s", %s)' % (V.idval or "api", tok)]
    else:
        lines += ['\treq.Header.Set("%s", %s)' % (h, ('"%s"+%s' % (pre, tok)) if pre else tok)]
    lines += ['\treq.Header.Set("User-Agent", "hookd/"+os.Getenv("VERSION"))', "\treturn httpClient.Do(req)", "}"]
    return r.choice(["internal/client/%s.go" % P["provider"].replace(".", ""), "pkg/notify/client.go"]), "go", J(*lines)


def t_http_file(r, P, V):
    h, pre = P["hdr"]
    url = P["api"] % (id_discord(r),) if "%s" in P["api"] else P["api"]
    var = V.name("snake")
    lines = ["### %s API smoke tests (VS Code REST Client)" % P["provider"].capitalize(), ""]
    if V.mode == "env":
        lines += ["@%s = {{$dotenv %s}}" % (var, V.env)]
    else:
        lines += ["@%s = %s" % (var, V.cfg("http"))]
    lines += ["@base = %s" % url, "", "POST {{base}}"]
    if pre == "Basic ":
        lines += ["Authorization: Basic %s {{%s}}" % (V.idval or "api", var)]
    else:
        lines += ["%s: %s{{%s}}" % (h, pre, var)]
    lines += ["Content-Type: application/json", "", '{ "dry_run": true, "note": "smoke" }', "", "###", "", "GET {{base}}?limit=5",
              "%s: %s{{%s}}" % (h, pre if pre != "Basic " else "Basic api ", var)]
    return r.choice(["http/%s.http" % P["provider"].replace(".", ""), "requests.http", "docs/api/%s.http" % P["provider"].replace(".", "")]), "http", J(*lines)


def t_curl_md(r, P, V):
    """Runbook in Markdown with a curl snippet carrying the value."""
    lines = ["# Runbook: %s integration" % P["provider"].capitalize(), "",
             "Owner: #team-payments  ", "Last reviewed: 20%d-%02d-%02d" % (r.randrange(22, 26), r.randrange(1, 13), r.randrange(1, 28)), "",
             "## Symptoms", "", "- Deliveries failing with 401/400 in the dashboard", "- Queue `%s-events` not draining" % P["provider"], "",
             "## Check the endpoint", ""]
    if P["use"] == "api":
        h, pre = P["hdr"] if P["hdr"] else ("Authorization", "Bearer ")
        url = P["api"] % (id_discord(r),) if P.get("api") and "%s" in P["api"] else P.get("api", "https://api.%s/health" % V.dom)
        val = V.cfg("md")[1:-1] if V.mode not in ("env", "ref") else ("$" + V.env if V.mode == "env" else V.cfg("md").strip("'\""))
        if pre == "Basic ":
            lines += ["```bash", "curl -s --user 'api:%s' %s | jq ." % (val, url), "```"]
        else:
            lines += ["```bash", 'curl -s -H "%s: %s%s" %s | jq .' % (h, pre, val, url), "```"]
    elif P["use"] == "url":
        val = V.lit if not V.is_expr else "$" + V.env
        lines += ["```bash", "psql '%s' -c 'select count(*) from webhook_events'" % val if P["key"] == "pg_pw"
                  else "curl -sv '%s'" % val if P["key"] == "postmark_basic" else "redis-cli -u '%s' ping" % val, "```"]
    else:
        val = V.lit if not V.is_expr else "$" + V.env
        if P["use"] == "token":
            lines += ["```bash", "curl -X POST https://api.%s/webhooks/%s \\" % (V.dom, route_of(P)),
                      "  -H '%s: %s' \\" % (P["hdr"], val), "  -d @fixtures/ping.json", "```"]
        else:
            lines += ["Sign a fixture and post it:", "", "```bash",
                      "SIG=$(openssl dgst -sha256 -hmac '%s' < fixtures/ping.json | cut -d' ' -f2)" % val,
                      "curl -X POST https://api.%s/webhooks/%s -H \"%s: $SIG\" --data-binary @fixtures/ping.json" % (V.dom, route_of(P), P["hdr"]),
                      "```"]
    lines += ["", "## Escalation", "", "Page the payments on-call if more than 50 deliveries fail in 10 minutes."]
    return r.choice(["docs/runbooks/%s.md" % P["provider"].replace(".", ""), "notes/runbook.md", "RUNBOOK.md"]), "markdown", J(*lines)


# ---------------------------------------------------------------- URL / password templates
def t_db_py(r, P, V):
    name, expr = decl_or_inline(r, V, "py", "screaming")
    tok = name or expr
    lines = ["import os", ""]
    if P["key"] == "pg_pw":
        lines += ["from sqlalchemy import create_engine", "from sqlalchemy.orm import sessionmaker", ""]
        if name:
            lines += ["%s = %s" % (name, expr)]
        lines += ["engine = create_engine(%s, pool_size=5, pool_pre_ping=True)" % tok,
                  "SessionLocal = sessionmaker(bind=engine, autoflush=False)"]
    elif P["key"] == "redis_pw":
        lines += ["import redis", ""]
        if name:
            lines += ["%s = %s" % (name, expr)]
        lines += ["cache = redis.Redis.from_url(%s, decode_responses=True)" % tok, 'DEDUP_PREFIX = "webhook:seen:"']
    else:
        lines += ["from celery import Celery", ""]
        if name:
            lines += ["%s = %s" % (name, expr)]
        lines += ['app = Celery("hooks", broker=%s)' % tok, 'app.conf.task_default_queue = "webhooks"']
    lines += ["", "", "def healthcheck() -> bool:", "    return True"]
    return r.choice(["app/db.py", "worker/celery_app.py" if P["key"] == "amqp_pw" else "app/cache.py", "core/connections.py"]), "python", J(*lines)


def t_db_js(r, P, V):
    name, expr = decl_or_inline(r, V, "js", "camel")
    tok = name or expr
    lines = []
    if P["key"] == "pg_pw":
        lines += ["const { Pool } = require('pg');", ""]
        if name:
            lines += ["const %s = %s;" % (name, expr)]
        lines += ["const pool = new Pool({ connectionString: %s, max: 10, idleTimeoutMillis: 30000 });" % tok, "",
                  "module.exports = { query: (text, params) => pool.query(text, params) };"]
    elif P["key"] == "redis_pw":
        lines += ["const Redis = require('ioredis');", ""]
        if name:
            lines += ["const %s = %s;" % (name, expr)]
        lines += ["const redis = new Redis(%s, { maxRetriesPerRequest: 3 });" % tok, "", "module.exports = redis;"]
    elif P["key"] == "amqp_pw":
        lines += ["const amqp = require('amqplib');", ""]
        if name:
            lines += ["const %s = %s;" % (name, expr)]
        lines += ["async function channel() {", "  const conn = await amqp.connect(%s);" % tok,
                  "  return conn.createChannel();", "}", "", "module.exports = { channel };"]
    else:  # postmark basic-auth webhook URL
        lines += ["const postmark = require('postmark');", "", "const client = new postmark.ServerClient(process.env.POSTMARK_SERVER_TOKEN);"]
        if name:
            lines += ["const %s = %s;" % (name, expr)]
        lines += ["", "async function registerBounceHook() {", "  return client.createWebhook({", "    Url: %s," % tok,
                  "    MessageStream: 'outbound',", "    Triggers: { Bounce: { Enabled: true }, Delivery: { Enabled: true } },",
                  "  });", "}", "", "module.exports = { registerBounceHook };"]
    return r.choice(["src/db.js", "lib/connections.js", "src/infra/%s.js" % P["provider"]]), "javascript", J(*lines)


def t_db_go(r, P, V):
    name, expr = decl_or_inline(r, V, "go", "camel")
    tok = name or expr
    lines = ["package store", "", "import (", '\t"database/sql"', '\t"os"', "", '\t_ "github.com/jackc/pgx/v5/stdlib"', ")", ""]
    if name:
        lines += [("var %s = %s" if V.is_expr else "const %s = %s") % (name, expr), ""]
    lines += ["func Open() (*sql.DB, error) {", '\tdb, err := sql.Open("pgx", %s)' % tok, "\tif err != nil {", "\t\treturn nil, err", "\t}",
              "\tdb.SetMaxOpenConns(8)", '\t_ = os.Getenv("GOMAXPROCS")', "\treturn db, db.Ping()", "}"]
    return "internal/store/db.go", "go", J(*lines)


def t_database_yml(r, P, V):
    url = V.cfg("yaml")
    if V.mode == "env":
        url = '<%%= ENV["%s"] %%>' % V.env
    lines = ["default: &default", "  adapter: postgresql", "  encoding: unicode",
             '  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>', "", "development:", "  <<: *default",
             "  database: hooks_development", "", "test:", "  <<: *default", "  database: hooks_test", "",
             "production:", "  <<: *default", "  url: %s" % url]
    return "config/database.yml", "yaml", J(*lines)


def t_alembic(r, P, V):
    lines = ["# A generic, single database configuration.", "", "[alembic]", "script_location = migrations",
             "prepend_sys_path = .", "version_path_separator = os", "",
             "sqlalchemy.url = %s" % (V.cfg("ini") if V.mode != "env" else "${%s}" % V.env), "",
             "[loggers]", "keys = root,sqlalchemy,alembic", "", "[logger_root]", "level = WARN", "handlers = console", "",
             "[logger_alembic]", "level = INFO", "handlers =", "qualname = alembic"]
    return "alembic.ini", "ini", J(*lines)


# ---------------------------------------------------------------- config templates
def fillers(r, V, n):
    P = V.P
    pool = [(["log", "level"], r.choice(["info", "debug", "warn"])), (["port"], str(r.choice([3000, 8080, 8000, 4000, 9090]))),
            (["app", "env"], r.choice(["production", "staging"])), (["webhook", "tolerance", "seconds"], str(r.choice([300, 600]))),
            (["queue", "name"], "%s-events" % P["provider"].replace(".", "")), (["public", "base", "url"], "https://api.%s" % V.dom),
            (["aws", "region"], r.choice(["eu-west-1", "us-east-1", "ap-southeast-2"])), (["feature", "async", "delivery"], r.choice(["true", "false"])),
            (["max", "retries"], str(r.randrange(3, 9))), (["otel", "service", "name"], "hook-gateway"),
            (["http", "timeout", "ms"], str(r.choice([5000, 10000, 15000]))), (["webhook", "path"], "/webhooks/%s" % route_of(P)),
            (["tz"], "UTC"), (["metrics", "enabled"], "true"), (["cors", "origin"], "https://app.%s" % V.dom),
            (["worker", "concurrency"], str(r.choice([2, 4, 8, 16])))]
    r.shuffle(pool)
    return pool[:n]


def cfg_items(r, V, n):
    """Return list of (words, value, kind) where kind in filler/id/secret."""
    items = [(w, v, "filler") for w, v in fillers(r, V, n)]
    pos = r.randrange(len(items) + 1)
    items.insert(pos, (None, None, "secret"))
    if V.idval:
        items.insert(pos, (V.P["id"][0], V.idval, "id"))
    return items


def t_dotenv(r, P, V):
    items = cfg_items(r, V, r.randrange(4, 12))
    lines = ["# %s" % r.choice(["Production environment", "Copied from 1Password on rotation day - do not share",
                                   "Local overrides", "Webhook gateway settings", "staging"])]
    for w, v, k in items:
        if k == "secret":
            if r.random() < 0.3:
                lines.append("# %s" % r.choice(["rotated after the March incident", "from the dashboard > Developers > Webhooks",
                                                 "signing", "ask @maria for access", "keep in sync with the dashboard"]))
            lines.append("%s=%s" % (V.name("screaming"), V.cfg("env")))
        else:
            lines.append("%s=%s" % (nm(w, "screaming"), v))
    return r.choice([".env", ".env.production", ".env.local", "deploy/.env.staging", "apps/api/.env"]), "dotenv", J(*lines)


def t_compose(r, P, V):
    items = cfg_items(r, V, r.randrange(3, 8))
    svc = r.choice(["api", "webhooks", "hook-gateway", "worker"])
    lines = ["services:", "  %s:" % svc, "    build: .", "    restart: unless-stopped", '    ports:', '      - "%d:8080"' % r.choice([8080, 3000, 9000]),
             "    depends_on:", "      - db", "    environment:"]
    listform = r.random() < 0.5
    for w, v, k in items:
        key = V.name("screaming") if k == "secret" else nm(w, "screaming")
        val = V.cfg("yaml") if k == "secret" else ('"%s"' % v if v.isdigit() or v in ("true", "false") else v)
        if listform:
            if k == "secret":
                raw = V.cfg("docker_raw") if V.mode not in ("env", "ref") else V.cfg("docker_raw").strip("\"'")
                if V.mode == "env":
                    raw = "${%s}" % V.env
                lines.append("      - %s=%s" % (key, raw))
            else:
                lines.append("      - %s=%s" % (key, v))
        else:
            lines.append("      %s: %s" % (key, val))
    lines += ["", "  db:", "    image: postgres:16-alpine", "    volumes:", "      - pgdata:/var/lib/postgresql/data", "",
              "volumes:", "  pgdata: {}"]
    return r.choice(["docker-compose.yml", "docker-compose.prod.yml", "compose.yaml", "deploy/docker-compose.yml"]), "yaml", J(*lines)


def t_gha(r, P, V):
    key = V.name("screaming")
    val = V.cfg("yaml")
    if V.mode == "env":
        val = "${{ secrets.%s }}" % V.env
    lines = ["name: deploy", "", "on:", "  push:", "    branches: [main]", "  workflow_dispatch:", "",
             "permissions:", "  contents: read", "  id-token: write", "", "jobs:", "  deploy:", "    runs-on: ubuntu-latest",
             "    environment: production", "    env:", "      NODE_VERSION: '20'", "      %s: %s" % (key, val),
             "    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-node@v4", "        with:",
             "          node-version: ${{ env.NODE_VERSION }}", "      - run: npm ci", "      - run: npm test",
             "      - name: Register webhook endpoint", "        run: node scripts/register-webhooks.mjs --env production",
             "      - name: Deploy", "        run: npx wrangler deploy", "        env:",
             "          CLOUDFLARE_API_TOKEN: ${{ secrets.CLOUDFLARE_API_TOKEN }}"]
    return r.choice([".github/workflows/deploy.yml", ".github/workflows/release.yaml", ".github/workflows/e2e-webhooks.yml"]), "yaml", J(*lines)


def t_k8s(r, P, V):
    app = r.choice(["hook-gateway", "billing-webhooks", "events-ingest"])
    key = V.name("screaming")
    if V.mode == "env":
        # a Deployment referencing a Secret instead of inlining the value
        lines = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s" % app, "spec:", "  replicas: 2",
                 "  selector:", "    matchLabels: {app: %s}" % app, "  template:", "    metadata:", "      labels: {app: %s}" % app,
                 "    spec:", "      containers:", "        - name: app", "          image: ghcr.io/acme/%s:1.%d.%d" % (app, r.randrange(9), r.randrange(30)),
                 "          env:", "            - name: %s" % key, "              valueFrom:", "                secretKeyRef:",
                 "                  name: %s-secrets" % app, "                  key: %s" % nm(P["words"], "kebab"),
                 "            - name: LOG_LEVEL", "              value: info"]
        return "k8s/%s/deployment.yaml" % app, "yaml", J(*lines)
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-secrets" % app, "  namespace: %s" % r.choice(["payments", "platform", "default"]),
             "  labels:", "    app.kubernetes.io/name: %s" % app, "type: Opaque", "stringData:",
             "  %s: %s" % (key, V.cfg("yaml")), "  LOG_LEVEL: info"]
    return r.choice(["k8s/%s/secret.yaml" % app, "deploy/manifests/%s-secret.yaml" % app]), "yaml", J(*lines)


def t_helm(r, P, V):
    items = cfg_items(r, V, r.randrange(2, 6))
    lines = ["replicaCount: 2", "", "image:", "  repository: ghcr.io/acme/hook-gateway", "  tag: \"%d.%d.%d\"" % (r.randrange(3), r.randrange(20), r.randrange(10)),
             "  pullPolicy: IfNotPresent", "", "service:", "  type: ClusterIP", "  port: 80", "", "config:"]
    for w, v, k in items:
        if k == "secret":
            lines.append("  %s: %s" % (V.name("camel"), V.cfg("yaml")))
        else:
            lines.append("  %s: %s" % (nm(w, "camel"), '"%s"' % v if v.isdigit() else v))
    lines += ["", "resources:", "  limits:", "    memory: 256Mi", "  requests:", "    cpu: 100m"]
    return r.choice(["charts/hook-gateway/values.yaml", "helm/values-production.yaml"]), "yaml", J(*lines)


def t_serverless(r, P, V):
    items = cfg_items(r, V, r.randrange(2, 5))
    lines = ["service: %s-webhooks" % P["provider"].replace(".", ""), "frameworkVersion: '3'", "", "provider:", "  name: aws",
             "  runtime: %s" % r.choice(["nodejs20.x", "python3.12"]), "  region: %s" % r.choice(["eu-west-1", "us-east-1"]),
             "  environment:"]
    for w, v, k in items:
        if k == "secret":
            val = V.cfg("yaml")
            if V.mode == "env":
                val = "${env:%s}" % V.env
            elif V.mode == "ref":
                val = "${ssm:/%s}" % V.refpath
            lines.append("    %s: %s" % (V.name("screaming"), val))
        else:
            lines.append("    %s: %s" % (nm(w, "screaming"), "'%s'" % v if v.isdigit() else v))
    lines += ["", "functions:", "  receive:", "    handler: handler.receive", "    events:", "      - httpApi:",
              "          path: /webhooks/%s" % route_of(P), "          method: post"]
    return "serverless.yml", "yaml", J(*lines)


def t_appsettings(r, P, V):
    sect = P["provider"].replace(".", "").capitalize() if V.obvious else r.choice(["Upstream", "Integration", "Endpoint"])
    key = nm(P["words"][1:] or P["words"], "pascal") if V.obvious else V.name("pascal")
    inner = ['      "%s": %s' % (key, V.cfg("json"))]
    if V.idval:
        inner.insert(0, '      "%s": "%s",' % (nm(P["id"][0][1:] or P["id"][0], "pascal"), V.idval))
        inner[-1] = inner[-1]
    inner[-1] = inner[-1] + ","
    inner.append('      "ToleranceSeconds": %d' % r.choice([300, 600]))
    lines = ["{", '  "Logging": {', '    "LogLevel": {', '      "Default": "Information",', '      "Microsoft.AspNetCore": "Warning"', "    }", "  },",
             '  "AllowedHosts": "*",', '  "Webhooks": {', '    "%s": {' % sect] + inner + ["    }", "  },",
             '  "ConnectionStrings": {', '    "Queue": "Endpoint=sb://localhost;UseDevelopmentEmulator=true"', "  }", "}"]
    return r.choice(["src/Acme.Api/appsettings.json", "appsettings.Production.json"]), "json", J(*lines)


def t_nodeconfig(r, P, V):
    key = nm(P["words"][1:] or P["words"], "camel") if V.obvious else V.name("camel")
    sect = P["provider"].replace(".", "") if V.obvious else r.choice(["upstream", "partner", "integration"])
    d_lines = ['    "%s": %s' % (key, V.cfg("json"))]
    if V.idval:
        d_lines.insert(0, '    "%s": "%s",' % (nm(P["id"][0][1:] or P["id"][0], "camel"), V.idval))
    lines = ["{", '  "server": { "port": %d, "trustProxy": true },' % r.choice([3000, 8080]),
             '  "%s": {' % sect] + [d_lines[0]] + d_lines[1:] + ["  },",
             '  "queue": { "name": "events", "prefetch": %d },' % r.choice([10, 20, 50]),
             '  "log": { "level": "info", "pretty": false }', "}"]
    if len(d_lines) == 2:
        pass
    return r.choice(["config/production.json", "config/default.json", "config/custom-environment.json"]), "json", J(*lines)


def t_props(r, P, V):
    items = cfg_items(r, V, r.randrange(3, 9))
    lines = ["# %s" % r.choice(["Application configuration", "prod profile", "webhook receiver"]),
             "spring.application.name=hook-gateway", "server.port=8080"]
    for w, v, k in items:
        if k == "secret":
            lines.append("%s=%s" % (V.name("dot") if not V.obvious else "app.webhooks." + nm(P["words"], "kebab"), V.cfg("props")))
        else:
            lines.append("app.%s=%s" % (nm(w, "kebab"), v))
    lines += ["management.endpoints.web.exposure.include=health,info", "spring.jackson.default-property-inclusion=non_null"]
    return r.choice(["src/main/resources/application.properties", "src/main/resources/application-prod.properties"]), "properties", J(*lines)


def t_spring_yml(r, P, V):
    key = nm(P["words"][1:] or P["words"], "kebab") if V.obvious else V.name("kebab")
    grp = P["provider"].replace(".", "") if V.obvious else r.choice(["partner", "upstream", "inbound"])
    lines = ["spring:", "  application:", "    name: hook-gateway", "  datasource:", "    url: jdbc:postgresql://db:5432/hooks",
             "    username: hooks", "    password: ${DB_PASSWORD}", "", "app:", "  webhooks:", "    %s:" % grp]
    if V.idval:
        lines.append("      %s: %s" % (nm(P["id"][0][1:] or P["id"][0], "kebab"), V.idval))
    val = V.cfg("yaml")
    lines += ["      %s: %s" % (key, val), "      tolerance: %ds" % r.choice([300, 600]), "",
              "management:", "  endpoint:", "    health:", "      show-details: never"]
    return r.choice(["src/main/resources/application.yml", "src/main/resources/application-prod.yaml"]), "yaml", J(*lines)


def t_terraform(r, P, V):
    val = V.cfg("tf")
    if P["key"] == "github_wh":
        lines = ['resource "github_repository_webhook" "%s" {' % r.choice(["ci", "deploy", "chatops"]),
                 '  repository = "storefront"', "", "  configuration {",
                 '    url          = "https://hooks.%s/github"' % V.dom, '    content_type = "json"',
                 "    secret       = %s" % val, "    insecure_ssl = false", "  }", "", "  active = true",
                 '  events = ["push", "pull_request", "release"]', "}"]
    elif P["key"] == "gitlab_wh":
        lines = ['resource "gitlab_project_hook" "deploy" {', '  project               = "acme/storefront"',
                 '  url                   = "https://hooks.%s/gitlab"' % V.dom, "  token                 = %s" % val,
                 "  push_events           = true", "  merge_requests_events = true", "  enable_ssl_verification = true", "}"]
    else:
        fn = P["provider"].replace(".", "")
        lines = ['resource "aws_lambda_function" "%s_webhook" {' % fn, '  function_name = "%s-webhook"' % fn,
                 "  role          = aws_iam_role.lambda.arn", '  handler       = "handler.handler"', '  runtime       = "python3.12"',
                 '  filename      = "build/%s.zip"' % fn, "  timeout       = 10", "", "  environment {", "    variables = {",
                 '      LOG_LEVEL = "info"']
        if V.idval:
            lines.append('      %s = "%s"' % (nm(P["id"][0], "screaming"), V.idval))
        lines += ["      %s = %s" % (V.name("screaming"), val), "    }", "  }", "}"]
    if V.mode == "env":
        lines = ['variable "%s" {' % V.env.lower(), "  type      = string", "  sensitive = true", "}", ""] + lines
    if V.mode == "ref":
        lines = ['data "aws_secretsmanager_secret_version" "%s" {' % nm(P["words"], "snake"),
                 '  secret_id = "%s"' % V.refpath, "}", ""] + lines
    return r.choice(["infra/webhooks.tf", "terraform/main.tf", "infra/modules/hooks/main.tf"]), "terraform", J(*lines)


def t_wrangler(r, P, V):
    lines = ['name = "%s-relay"' % P["provider"].replace(".", ""), 'main = "src/index.ts"', 'compatibility_date = "2024-%02d-%02d"' % (r.randrange(1, 13), r.randrange(1, 28)),
             "", "[[queues.producers]]", 'queue = "webhook-events"', 'binding = "EVENTS"', "", "[vars]",
             'ENVIRONMENT = "production"']
    if V.idval:
        lines.append('%s = "%s"' % (nm(P["id"][0], "screaming"), V.idval))
    if V.mode == "env":
        lines += ["# %s is set with `wrangler secret put %s`" % (V.env, V.env)]
    else:
        lines += ["%s = %s" % (V.name("screaming"), V.cfg("toml"))]
    lines += ['FORWARD_URL = "https://api.%s/internal/events"' % V.dom]
    return "wrangler.toml", "toml", J(*lines)


def t_app_toml(r, P, V):
    lines = ["# hookd configuration", "", "[server]", 'listen = "0.0.0.0:%d"' % r.choice([8080, 7000]), "read_timeout = \"10s\"", "",
             "[providers.%s]" % P["provider"].replace(".", ""), "enabled = true", 'path = "/webhooks/%s"' % route_of(P)]
    if V.idval:
        lines.append('%s = "%s"' % (nm(P["id"][0][1:], "snake"), V.idval))
    key = nm(P["words"][1:] or P["words"], "snake") if V.obvious else V.name("snake")
    lines += ["%s = %s" % (key, V.cfg("toml")), 'header = "%s"' % (P["hdr"] if isinstance(P["hdr"], str) else P["hdr"][0]), "",
              "[forward]", 'url = "http://worker.internal:9000/events"', "retries = 5"]
    return r.choice(["hookd.toml", "config/hookd.toml", "deploy/config.toml"]), "toml", J(*lines)


def t_ini(r, P, V):
    if P["key"] == "aws_secret":
        prof = r.choice(["default", "fixtures-uploader", "ci"])
        lines = ["[%s]" % prof, "aws_access_key_id = %s" % V.idval,
                 "aws_secret_access_key = %s" % (V.cfg("ini") if V.mode != "env" else "${AWS_SECRET_ACCESS_KEY}"),
                 "region = eu-west-1", "output = json"]
        return r.choice(["deploy/aws-credentials.ini", ".aws/credentials"]), "ini", J(*lines)
    sect = P["provider"].replace(".", "") if V.obvious else "upstream"
    lines = ["; service settings", "[general]", "environment = production", "log_level = info", "",
             "[%s]" % sect, "endpoint = /webhooks/%s" % route_of(P)]
    if V.idval:
        lines.append("%s = %s" % (nm(P["id"][0][1:], "snake"), V.idval))
    key = nm(P["words"][1:] or P["words"], "snake") if V.obvious else V.name("snake")
    lines += ["%s = %s" % (key, V.cfg("ini") if V.mode != "env" else "%%(ENV_%s)s" % V.env), "", "[queue]", "name = events", "prefetch = 20"]
    return r.choice(["settings.ini", "config/app.ini", "deploy/hookd.cfg"]), "ini", J(*lines)


def t_xml(r, P, V):
    key = V.name("pascal") if not V.obvious else "%s:%s" % (P["provider"].replace(".", "").capitalize(), nm(P["words"][1:] or P["words"], "pascal"))
    val = V.cfg("xml")
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>",
             '    <add key="Environment" value="Production" />', '    <add key="Webhooks:Path" value="/webhooks/%s" />' % route_of(P)]
    if V.idval:
        lines.append('    <add key="%s" value="%s" />' % (nm(P["id"][0], "pascal"), V.idval))
    lines += ['    <add key="%s" value="%s" />' % (key, val), '    <add key="Webhooks:ToleranceSeconds" value="300" />',
              "  </appSettings>", "  <system.web>", '    <compilation debug="false" targetFramework="4.8" />',
              '    <httpRuntime targetFramework="4.8" maxRequestLength="4096" />', "  </system.web>", "</configuration>"]
    return r.choice(["Web.config", "src/Acme.Hooks/Web.Release.config", "App.config"]), "xml", J(*lines)


def t_dockerfile(r, P, V):
    lines = ["FROM %s AS build" % r.choice(["node:20-alpine", "python:3.12-slim"]), "WORKDIR /app", "COPY . .",
             "RUN %s" % r.choice(["npm ci && npm run build", "pip install --no-cache-dir -r requirements.txt"]), "",
             "FROM gcr.io/distroless/nodejs20-debian12" if r.random() < 0.5 else "FROM python:3.12-slim", "WORKDIR /app",
             "COPY --from=build /app /app", "ENV NODE_ENV=production \\", "    PORT=8080"]
    if V.mode == "env":
        lines += ["ARG %s" % V.env, "ENV %s=${%s}" % (V.name("screaming"), V.env)]
    else:
        lines += ["ENV %s=%s" % (V.name("screaming"), V.cfg("docker"))]
    lines += ["EXPOSE 8080", 'CMD ["server.js"]']
    return r.choice(["Dockerfile", "docker/Dockerfile.webhooks", "services/hooks/Dockerfile"]), "dockerfile", J(*lines)


def t_readme(r, P, V):
    lines = ["# %s webhook receiver" % P["provider"].capitalize(), "",
             "Receives %s events, verifies them and pushes them to the `events` queue." % P["provider"], "", "## Local setup", "",
             "1. `npm install`", "2. Create `.env` with:", "", "```env"]
    if V.idval:
        lines.append("%s=%s" % (nm(P["id"][0], "screaming"), V.idval))
    lines += ["%s=%s" % (V.name("screaming"), V.cfg("env") if V.mode != "env" else "${%s}" % V.env), "PORT=3000", "```", "",
              "3. `npm run dev` and point the provider at `https://<your-tunnel>/webhooks/%s`." % route_of(P), "",
              "## Testing", "", "Run `npm test`; fixtures live in `test/fixtures/`."]
    return r.choice(["README.md", "services/%s-hooks/README.md" % P["provider"].replace(".", ""), "docs/setup.md"]), "markdown", J(*lines)


def t_vercel(r, P, V):
    lines = ["{", '  "$schema": "https://openapi.vercel.sh/vercel.json",', '  "framework": "nextjs",',
             '  "functions": { "app/api/webhooks/**": { "maxDuration": 10 } },', '  "env": {',
             '    "NEXT_PUBLIC_APP_URL": "https://%s",' % V.dom]
    if V.mode == "env":
        lines.append('    "%s": "@%s"' % (V.name("screaming"), nm(P["words"], "kebab")))
    else:
        lines.append('    "%s": %s' % (V.name("screaming"), V.cfg("json")))
    lines += ["  },", '  "crons": [{ "path": "/api/cron/retry-webhooks", "schedule": "*/15 * * * *" }]', "}"]
    return "vercel.json", "json", J(*lines)


def t_ngrok_yml(r, P, V):
    lines = ['version: "2"']
    if P["key"] == "ngrok_token":
        lines += ["authtoken: %s" % V.cfg("yaml") if V.mode != "env" else "# authtoken comes from NGROK_AUTHTOKEN"]
    else:
        lines += ["authtoken: ${NGROK_AUTHTOKEN}"] if False else []
    lines += ["tunnels:", "  hooks:", "    proto: http", "    addr: %d" % r.choice([3000, 8080, 8000]),
              "    domain: hooks-dev.%s" % V.dom]
    if P["key"] == "ngrok_verify":
        lines += ["    verify_webhook:", "      provider: %s" % r.choice(["github", "stripe", "slack", "shopify"]),
                  "      secret: %s" % V.cfg("yaml")]
    lines += ["  admin:", "    proto: http", "    addr: 9000", "    basic_auth: []"]
    return r.choice(["ngrok.yml", "dev/ngrok.yml"]), "yaml", J(*lines)


def t_meta_verify(r, P, V):
    """Meta/WhatsApp webhook: GET verification handshake + POST signature check."""
    name, expr = decl_or_inline(r, V, "js", "screaming")
    key = name or expr
    lines = ["const express = require('express');", "const crypto = require('crypto');", "", "const app = express();",
             "app.use(express.json({ verify: (req, _res, buf) => { req.rawBody = buf; } }));", ""]
    if name:
        lines += ["const %s = %s;" % (name, expr), ""]
    lines += ["app.get('/webhook', (req, res) => {", "  const mode = req.query['hub.mode'];",
              "  const token = req.query['hub.verify_token'];", "  const challenge = req.query['hub.challenge'];"]
    if P["key"] == "meta_verify":
        lines += ["  if (mode === 'subscribe' && token === %s) {" % key, "    return res.status(200).send(challenge);", "  }",
                  "  return res.sendStatus(403);", "});", "", "app.post('/webhook', (req, res) => {",
                  "  const sig = req.get('x-hub-signature-256') || '';",
                  "  const mac = crypto.createHmac('sha256', process.env.META_APP_SECRET).update(req.rawBody).digest('hex');"]
    else:
        lines += ["  if (mode === 'subscribe' && token === process.env.WHATSAPP_VERIFY_TOKEN) {", "    return res.status(200).send(challenge);", "  }",
                  "  return res.sendStatus(403);", "});", "", "app.post('/webhook', (req, res) => {",
                  "  const sig = req.get('x-hub-signature-256') || '';",
                  "  const mac = crypto.createHmac('sha256', %s).update(req.rawBody).digest('hex');" % key]
    lines += ["  if (sig !== `sha256=${mac}`) return res.sendStatus(401);",
              "  for (const entry of req.body.entry || []) handleEntry(entry);", "  res.sendStatus(200);", "});", "",
              "app.listen(process.env.PORT || 1337);"]
    return r.choice(["whatsapp/server.js", "src/meta-webhook.js", "index.js"]), "javascript", J(*lines)


# ---------------------------------------------------------------- negative look-alike templates
# each returns (path, filetype, text, provider, kind)
def rnd_hmac_hex(r):
    return hashlib.sha256(rbytes(r, 32)).hexdigest()


def rnd_hmac_b64(r):
    return base64.b64encode(hashlib.sha256(rbytes(r, 32)).digest()).decode()


def n_stripe_fixture(r):
    ts = fake_ts(r)
    evid = "evt_" + rmix(r, B62, 24)
    d = {"headers": {"Stripe-Signature": "t=%s,v1=%s,v0=%s" % (ts, rnd_hmac_hex(r), rnd_hmac_hex(r)),
                     "Content-Type": "application/json; charset=utf-8", "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)"},
         "body": {"id": evid, "object": "event", "api_version": "2024-06-20", "created": int(ts), "livemode": False,
                  "type": "invoice.paid", "request": {"id": "req_" + rmix(r, B62, 14), "idempotency_key": uuid4(r)},
                  "data": {"object": {"id": "in_" + rmix(r, B62, 24), "customer": "cus_" + rmix(r, B62, 14),
                                      "amount_paid": r.randrange(500, 50000), "currency": "usd"}}}}
    return (r.choice(["test/fixtures/stripe/invoice_paid.json", "spec/fixtures/webhooks/stripe_invoice_paid.json"]), "json",
            json.dumps(d, indent=2) + "\n", "stripe", "computed_signature")


def n_github_delivery(r):
    body = {"ref": "refs/heads/main", "before": rs(r, HEXL, 40), "after": rs(r, HEXL, 40),
            "repository": {"id": r.randrange(10 ** 8, 10 ** 9), "full_name": "acme/storefront"},
            "pusher": {"name": "octocat"}, "head_commit": {"id": rs(r, HEXL, 40), "message": "fix: retry failed deliveries"}}
    lines = ["# Captured delivery used by tests/test_github_hook.py", "headers:", "  X-GitHub-Event: push",
             "  X-GitHub-Delivery: %s" % uuid4(r), "  X-GitHub-Hook-ID: '%d'" % r.randrange(10 ** 8, 10 ** 9),
             "  X-Hub-Signature: sha1=%s" % rs(r, HEXL, 40), "  X-Hub-Signature-256: sha256=%s" % rnd_hmac_hex(r),
             "  User-Agent: GitHub-Hookshot/%s" % rs(r, HEXL, 7), "body: |", "  " + json.dumps(body)]
    return ("tests/fixtures/github_push.yml", "yaml", J(*lines), "github", "computed_signature")


def n_svix_headers(r):
    lines = ["import { describe, it, expect } from 'vitest';", "import { verifyUserEvent } from '../src/webhooks/clerk';", "",
             "// recorded from a Clerk test delivery; the endpoint secret comes from CLERK_WEBHOOK_SECRET in CI",
             "const headers = {", "  'svix-id': 'msg_%s'," % rmix(r, B62, 27), "  'svix-timestamp': '%s'," % fake_ts(r),
             "  'svix-signature': 'v1,%s v1,%s'," % (rnd_hmac_b64(r), rnd_hmac_b64(r)), "};", "",
             "describe('clerk webhook', () => {", "  it('rejects stale deliveries', () => {",
             "    expect(() => verifyUserEvent('{}', headers, process.env.CLERK_WEBHOOK_SECRET!)).toThrow(/timestamp/);",
             "  });", "});"]
    return ("test/clerk-webhook.test.ts", "typescript", J(*lines), "clerk", "computed_signature")


def n_discord_pubkey(r):
    pk = rs(r, HEXL, 64)
    appid = id_discord(r)
    if r.random() < 0.5:
        lines = ['name = "discord-interactions"', 'main = "src/server.js"', 'compatibility_date = "2024-05-01"', "",
                 "[vars]", "# Public key from the Developer Portal > General Information (safe to share)",
                 'DISCORD_PUBLIC_KEY = "%s"' % pk, 'DISCORD_APPLICATION_ID = "%s"' % appid,
                 "# DISCORD_TOKEN is stored with `wrangler secret put DISCORD_TOKEN`"]
        return ("wrangler.toml", "toml", J(*lines), "discord", "public_key")
    lines = ["import { verifyKey } from 'discord-interactions';", "",
             "const PUBLIC_KEY = '%s';" % pk, "const APPLICATION_ID = '%s';" % appid, "",
             "export async function handle(request) {", "  const signature = request.headers.get('X-Signature-Ed25519');",
             "  const timestamp = request.headers.get('X-Signature-Timestamp');", "  const body = await request.text();",
             "  const ok = await verifyKey(body, signature, timestamp, PUBLIC_KEY);",
             "  if (!ok) return new Response('Bad request signature', { status: 401 });",
             "  const interaction = JSON.parse(body);",
             "  if (interaction.type === 1) return Response.json({ type: 1 });",
             "  return Response.json({ type: 4, data: { content: `app ${APPLICATION_ID} ok` } });", "}"]
    return ("src/interactions.js", "javascript", J(*lines), "discord", "public_key")


def pem_body(r, prefix, nbytes):
    raw = base64.b64decode(prefix + "==")[:len(prefix) * 3 // 4] if False else b""
    body = prefix + base64.b64encode(rbytes(r, nbytes)).decode()
    return [body[i:i + 64] for i in range(0, len(body), 64)]


def n_paddle_classic_pem(r):
    lines = ["-----BEGIN PUBLIC KEY-----"] + pem_body(r, "MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEA", 510) + ["-----END PUBLIC KEY-----"]
    return (r.choice(["config/paddle_public_key.pem", "keys/webhook-verify.pub.pem"]), "pem", J(*lines), "paddle", "public_key")


def n_sendgrid_pubkey(r):
    key = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + base64.b64encode(rbytes(r, 64)).decode()
    lines = ['"""SendGrid signed event webhook settings."""', "import os", "",
             "# Verification key from Settings > Mail Settings > Signed Event Webhook.",
             "# This is the ECDSA *public* key; the private half never leaves SendGrid.",
             'SENDGRID_WEBHOOK_PUBLIC_KEY = "%s"' % key, "",
             'SENDGRID_API_KEY = os.environ["SENDGRID_API_KEY"]',
             'SIGNATURE_HEADER = "X-Twilio-Email-Event-Webhook-Signature"',
             'TIMESTAMP_HEADER = "X-Twilio-Email-Event-Webhook-Timestamp"']
    return ("app/settings/sendgrid.py", "python", J(*lines), "sendgrid", "public_key")


def n_whpk(r):
    lines = ["webhooks:", "  scheme: standard-webhooks", "  # asymmetric signing: we only need the provider's public key",
             "  public_key: whpk_%s" % base64.b64encode(rbytes(r, 32)).decode(), "  tolerance: 5m",
             "  endpoint: https://api.%s/webhooks/inbound" % r.choice(DOMAINS), "  secret_ref: env:WEBHOOK_SIGNING_SECRET"]
    return ("config/webhooks.yaml", "yaml", J(*lines), "svix", "public_key")


def n_publishable(r):
    dom = r.choice(DOMAINS)
    clerk_pk = "pk_live_" + base64.b64encode(("clerk.%s$" % dom).encode()).decode().rstrip("=")
    stripe_pk = "pk_live_" + rmix(r, B62, 99)
    lines = ["# Public, browser-exposed values only. Server secrets live in Doppler.",
             "NEXT_PUBLIC_APP_URL=https://%s" % dom, "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=%s" % clerk_pk,
             "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=%s" % stripe_pk, "NEXT_PUBLIC_POSTHOG_HOST=https://eu.posthog.com",
             "NEXT_PUBLIC_CLERK_SIGN_IN_URL=/sign-in"]
    return (".env.public", "dotenv", J(*lines), "clerk", "publishable_key")


def n_razorpay_checkout(r):
    lines = ["<!-- checkout page: key_id is public by design; key_secret stays on the server -->",
             '<script src="https://checkout.razorpay.com/v1/checkout.js"></script>', "<script>", "  const options = {",
             "    key: '%s'," % id_razor(r), "    amount: %d," % r.randrange(10000, 900000), "    currency: 'INR',",
             "    name: 'Acme Store',", "    order_id: 'order_%s'," % rmix(r, B62, 14),
             "    handler: (resp) => fetch('/payments/verify', { method: 'POST', body: JSON.stringify(resp) }),", "  };",
             "  document.getElementById('pay').onclick = () => new Razorpay(options).open();", "</script>"]
    return ("templates/checkout.html", "html", J(*lines), "razorpay", "public_key_id")


def n_event_log(r):
    lines = ["# Webhook delivery audit %s" % ("20%d-%02d-%02d" % (r.randrange(23, 26), r.randrange(1, 13), r.randrange(1, 28))), "",
             "| delivery id | event | status | attempts | signature (truncated) |", "|---|---|---|---|---|"]
    for _ in range(r.randrange(5, 12)):
        lines.append("| %s | %s | %d | %d | `%s…` |" % (r.choice([uuid4(r), "evt_" + rmix(r, B62, 24), "msg_" + rmix(r, B62, 27)]),
                                                   r.choice(["invoice.paid", "push", "orders/create", "user.created"]),
                                                   r.choice([200, 200, 401, 500, 202]), r.randrange(1, 6), rs(r, HEXL, 12)))
    lines += ["", "Root cause: the receiver rejected deliveries after the secret rotation; fixed by deploying the new",
              "value from the secrets manager (no secret material is recorded in this document)."]
    return ("docs/incidents/webhook-deliveries.md", "markdown", J(*lines), "generic", "delivery_ids")


def n_lockfile(r):
    pk = {}
    for name in r.sample(["svix", "stripe", "@slack/bolt", "twilio", "@upstash/qstash", "inngest", "@linear/sdk", "raw-body"], 4):
        pk["node_modules/" + name] = {"version": "%d.%d.%d" % (r.randrange(1, 15), r.randrange(20), r.randrange(10)),
                                       "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (name, name.split("/")[-1]),
                                       "integrity": "sha512-" + base64.b64encode(rbytes(r, 64)).decode()}
    d = {"name": "hook-gateway", "version": "1.4.0", "lockfileVersion": 3, "requires": True, "packages": pk}
    return ("package-lock.json", "json", json.dumps(d, indent=2) + "\n", "generic", "integrity_hash")


def n_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rbytes(r, n)).decode(),
                                                                 base64.b64encode(rbytes(r, 32)).decode(), base64.b64encode(rbytes(r, 16)).decode())
    lines = ["stripe_webhook_secret: %s" % enc(38), "github_webhook_secret: %s" % enc(40), "slack_signing_secret: %s" % enc(32),
             "sops:", "    kms:", "        - arn: arn:aws:kms:eu-west-1:482910374615:key/%s" % uuid4(r),
             "          created_at: \"2025-0%d-1%dT10:22:31Z\"" % (r.randrange(1, 9), r.randrange(10)),
             "          enc: %s" % base64.b64encode(rbytes(r, 150)).decode(), "          aws_profile: \"\"",
             "    lastmodified: \"2025-0%d-2%dT08:01:12Z\"" % (r.randrange(1, 9), r.randrange(8)),
             "    mac: %s" % enc(32).replace("type:str", "type:str"), "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return ("secrets/production.enc.yaml", "yaml", J(*lines), "generic", "ciphertext")


def n_sealed(r):
    def blob():
        return "AgB" + base64.b64encode(rbytes(r, 300)).decode()
    lines = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: hook-gateway-secrets", "  namespace: payments",
             "spec:", "  encryptedData:", "    STRIPE_WEBHOOK_SECRET: %s" % blob(), "    SLACK_SIGNING_SECRET: %s" % blob(),
             "  template:", "    metadata:", "      name: hook-gateway-secrets", "    type: Opaque"]
    return ("k8s/payments/sealed-secret.yaml", "yaml", J(*lines), "generic", "ciphertext")


def n_i18n(r):
    d = {"webhooks": {"title": "Webhooks", "signingSecret": {"label": "Signing secret",
                                                             "help": "Copy the signing secret (starts with whsec_) from the provider dashboard.",
                                                             "reveal": "Reveal secret", "rotate": "Roll secret",
                                                             "rotated": "Secret rotated. Update your endpoint within 24 hours."},
                      "verifyToken": {"label": "Verify token", "placeholder": "Choose any string"},
                      "errors": {"invalidSignature": "Signature did not match the expected value.",
                                 "staleTimestamp": "Timestamp outside the tolerance window."}}}
    return (r.choice(["locales/en/settings.json", "src/i18n/en.json"]), "json", json.dumps(d, indent=2) + "\n", "generic", "i18n")


def n_rfc4231(r):
    lines = ['"""HMAC-SHA256 known-answer tests (RFC 4231 test case 1 and 2)."""', "import hashlib", "import hmac", "",
             "from app.signing import hmac_sha256_hex", "", "",
             "def test_rfc4231_case1():", '    key = bytes.fromhex("0b" * 20)', '    data = b"Hi There"',
             '    expected = "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"',
             "    assert hmac_sha256_hex(key, data) == expected", "", "",
             "def test_rfc4231_case2():", '    key = b"Jefe"', '    data = b"what do ya want for nothing?"',
             '    expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"',
             "    assert hmac_sha256_hex(key, data) == expected", "    assert hmac.new(key, data, hashlib.sha256).hexdigest() == expected"]
    return ("tests/test_hmac_vectors.py", "python", J(*lines), "generic", "test_vector")


def n_migration(r):
    lines = ["-- 0042_webhook_endpoints.sql", "CREATE TABLE webhook_endpoints (", "  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),",
             "  provider      text NOT NULL,", "  url           text NOT NULL,", "  secret_ciphertext bytea NOT NULL,",
             "  secret_last4  char(4) NOT NULL,", "  created_at    timestamptz NOT NULL DEFAULT now()", ");", "",
             "INSERT INTO webhook_endpoints (id, provider, url, secret_ciphertext, secret_last4) VALUES"]
    rows = []
    for _ in range(r.randrange(2, 5)):
        rows.append("  ('%s', '%s', 'https://api.%s/webhooks/%s', decode('%s', 'hex'), '%s')" % (
            uuid4(r), r.choice(["stripe", "github", "shopify"]), r.choice(DOMAINS), r.choice(["a", "b", "in"]),
            rs(r, HEXL, 96), rs(r, HEXL, 4)))
    lines += [",\n".join(rows) + ";"]
    return ("db/migrations/0042_webhook_endpoints.sql", "sql", J(*lines), "generic", "ciphertext")


def n_tf_random(r):
    lines = ['resource "random_password" "webhook_secret" {', "  length  = 48", "  special = false", "}", "",
             'resource "github_repository_webhook" "deploy" {', '  repository = "storefront"', "  configuration {",
             '    url          = "https://hooks.%s/github"' % r.choice(DOMAINS), '    content_type = "json"',
             "    secret       = random_password.webhook_secret.result", "  }", '  events = ["push"]', "}", "",
             'resource "aws_ssm_parameter" "webhook_secret" {', '  name  = "/hooks/github/secret"', '  type  = "SecureString"',
             "  value = random_password.webhook_secret.result", "}"]
    return ("infra/github_hooks.tf", "terraform", J(*lines), "github", "reference")


def n_gha_secrets(r):
    lines = ["name: webhook-e2e", "on: [pull_request]", "jobs:", "  e2e:", "    runs-on: ubuntu-latest", "    env:",
             "      STRIPE_WEBHOOK_SECRET: ${{ secrets.STRIPE_WEBHOOK_SECRET }}",
             "      SLACK_SIGNING_SECRET: ${{ secrets.SLACK_SIGNING_SECRET }}",
             "      SHOPIFY_API_SECRET: ${{ secrets.SHOPIFY_API_SECRET }}",
             "      WEBHOOK_URL: https://preview-${{ github.event.number }}.%s/webhooks" % r.choice(DOMAINS), "    steps:",
             "      - uses: actions/checkout@v4", "      - run: npm ci", "      - run: npm run test:webhooks"]
    return (".github/workflows/webhook-e2e.yml", "yaml", J(*lines), "generic", "reference")


def n_external_secret(r):
    lines = ["apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:", "  name: hook-gateway", "spec:",
             "  refreshInterval: 1h", "  secretStoreRef:", "    name: aws-secrets-manager", "    kind: ClusterSecretStore",
             "  target:", "    name: hook-gateway-secrets", "  data:"]
    for k, p in [("STRIPE_WEBHOOK_SECRET", "prod/stripe/webhook"), ("TWILIO_AUTH_TOKEN", "prod/twilio/auth"),
                 ("INNGEST_SIGNING_KEY", "prod/inngest/signing")]:
        lines += ["    - secretKey: %s" % k, "      remoteRef:", "        key: %s" % p]
    return ("k8s/hook-gateway/external-secret.yaml", "yaml", J(*lines), "generic", "reference")


def n_openapi(r):
    lines = ["openapi: 3.1.0", "info:", "  title: Acme outbound webhooks", "  version: 2.3.0", "webhooks:", "  orderCreated:", "    post:",
             "      parameters:", "        - name: X-Acme-Signature", "          in: header", "          required: true",
             "          description: Hex HMAC-SHA256 of `timestamp.body` with your endpoint secret.",
             "          schema: { type: string }", "          example: t=%s,v1=%s" % (fake_ts(r), rnd_hmac_hex(r)),
             "        - name: X-Acme-Delivery", "          in: header", "          schema: { type: string, format: uuid }",
             "          example: %s" % uuid4(r), "      responses:", "        '200': { description: Acknowledged }"]
    return ("docs/openapi/webhooks.yaml", "yaml", J(*lines), "generic", "computed_signature")


def n_runtime_secret_go(r):
    lines = ["package webhooks", "", "import (", '\t"crypto/rand"', '\t"encoding/hex"', '\t"testing"', ")", "",
             "func newTestSecret(t *testing.T) string {", "\tb := make([]byte, 32)", "\tif _, err := rand.Read(b); err != nil {",
             "\t\tt.Fatal(err)", "\t}", "\treturn hex.EncodeToString(b)", "}", "",
             "func TestRoundTrip(t *testing.T) {", "\tsecret := newTestSecret(t)", '\tbody := []byte(`{"id":"%s"}`)' % uuid4(r),
             "\tsig := Sign(secret, body)", "\tif !Verify(secret, body, sig) {", '\t\tt.Fatal("expected signature to verify")', "\t}",
             '\tif Verify(secret, body, "sha256=%s") {' % rnd_hmac_hex(r), '\t\tt.Fatal("foreign signature accepted")', "\t}", "}"]
    return ("internal/webhooks/sign_test.go", "go", J(*lines), "generic", "runtime_generated")


def n_runtime_secret_py(r):
    lines = ["import secrets", "", "import pytest", "", "from hooks.signing import sign, verify", "", "",
             "@pytest.fixture", "def endpoint_secret():", '    return "whsec_" + secrets.token_urlsafe(24)', "", "",
             "def test_sign_verify(endpoint_secret):", '    body = b\'{"type":"ping"}\'', "    sig = sign(endpoint_secret, body, timestamp=%s)" % fake_ts(r),
             "    assert verify(endpoint_secret, body, sig)", "", "",
             "def test_known_bad_signature(endpoint_secret):",
             '    assert not verify(endpoint_secret, b"{}", "v1,%s")' % rnd_hmac_b64(r)]
    return ("tests/test_signing_roundtrip.py", "python", J(*lines), "svix", "runtime_generated")


def n_sha256sums(r):
    lines = ["%s  hookd_%s_%s.tar.gz" % (rnd_hmac_hex(r), v, a) for v in ["1.8.2"] for a in
             ["linux_amd64", "linux_arm64", "darwin_amd64", "darwin_arm64", "windows_amd64"]]
    return ("dist/SHA256SUMS", "text", J(*lines), "generic", "digest")


def n_shopify_fixture(r):
    shop = r.choice(["acme-outfitters", "tinyledger-demo", "orbitcart"])
    d = {"headers": {"X-Shopify-Topic": "orders/create", "X-Shopify-Hmac-Sha256": rnd_hmac_b64(r),
                     "X-Shopify-Shop-Domain": "%s.myshopify.com" % shop, "X-Shopify-Webhook-Id": uuid4(r),
                     "X-Shopify-Triggered-At": "2025-0%d-1%dT12:0%d:11.204Z" % (r.randrange(1, 9), r.randrange(10), r.randrange(10)),
                     "X-Shopify-Event-Id": uuid4(r)},
         "body": {"id": r.randrange(10 ** 12, 10 ** 13), "total_price": "%d.00" % r.randrange(10, 400), "currency": "USD"}}
    return ("test/fixtures/shopify/orders_create.json", "json", json.dumps(d, indent=2) + "\n", "shopify", "computed_signature")


def n_slack_fixture(r):
    ts = fake_ts(r)
    lines = ["# frozen_string_literal: true", "", "RSpec.describe SlackRequestVerifier do",
             "  let(:timestamp) { '%s' }" % ts, "  let(:body) { 'token=&team_id=T%s&command=%%2Fdeploy&text=main' }" % rs(r, string.ascii_uppercase + DIG, 8),
             "  let(:signature) { 'v0=%s' }" % rnd_hmac_hex(r), "",
             "  it 'rejects requests when the signing secret is not configured' do",
             "    stub_const('ENV', ENV.to_h.merge('SLACK_SIGNING_SECRET' => nil))",
             "    expect(described_class.new.valid?(timestamp, body, signature)).to be(false)", "  end", "end"]
    return ("spec/lib/slack_request_verifier_spec.rb", "ruby", J(*lines), "slack", "computed_signature")


def n_twilio_ids(r):
    lines = ["# Twilio messaging config (ids only; TWILIO_AUTH_TOKEN is injected by the platform)",
             "TWILIO_ACCOUNT_SID=%s" % id_twilio(r), "TWILIO_MESSAGING_SERVICE_SID=MG%s" % rs(r, HEXL, 32),
             "TWILIO_FROM_NUMBER=+1415555%04d" % r.randrange(10000), "TWILIO_STATUS_CALLBACK=https://hooks.%s/twilio/status" % r.choice(DOMAINS),
             "TWILIO_AUTH_TOKEN="]
    return (".env.example", "dotenv", J(*lines), "twilio", "ids_and_empty")


def n_meta_ids(r):
    d = {"whatsapp": {"graphApiVersion": "v20.0", "appId": id_meta(r), "phoneNumberId": str(r.randrange(10 ** 14, 10 ** 15)),
                      "businessAccountId": str(r.randrange(10 ** 14, 10 ** 15)),
                      "webhookUrl": "https://hooks.%s/whatsapp" % r.choice(DOMAINS),
                      "appSecret": "${META_APP_SECRET}", "verifyToken": "${WHATSAPP_VERIFY_TOKEN}"}}
    return ("config/whatsapp.json", "json", json.dumps(d, indent=2) + "\n", "meta", "ids_and_refs")


def n_jwks(r):
    keys = []
    for _ in range(2):
        keys.append({"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rs(r, HEXL, 16),
                     "n": b64u(r, 256), "e": "AQAB"})
    return (r.choice(["public/.well-known/jwks.json", "static/jwks.json"]), "json", json.dumps({"keys": keys}, indent=2) + "\n",
            "generic", "public_key")


def n_bcrypt_seed(r):
    lines = ["# test/fixtures/users.yml", "admin:", "  email: admin@%s" % r.choice(DOMAINS), "  role: admin"]
    lines.insert(3, "  password_digest: $2a$12$%s" % rs(r, "./" + B62, 53))
    lines += ["", "support:", "  email: support@%s" % r.choice(DOMAINS), "  password_digest: $2a$12$%s" % rs(r, "./" + B62, 53), "  role: agent"]
    return ("test/fixtures/users.yml", "yaml", J(*lines), "generic", "hash")


def n_env_example(r):
    lines = ["# Copy to .env and fill in. Never commit real values.", "STRIPE_WEBHOOK_SECRET=whsec_...",
             "GITHUB_WEBHOOK_SECRET=", "SLACK_SIGNING_SECRET=<from api.slack.com/apps>", "SHOPIFY_API_SECRET=shpss_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
             "TWILIO_AUTH_TOKEN=your_auth_token", "CLERK_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
             "INNGEST_SIGNING_KEY=signkey-prod-<redacted>", "QSTASH_CURRENT_SIGNING_KEY=", "QSTASH_NEXT_SIGNING_KEY=",
             "DATABASE_URL=postgresql://app:<password>@localhost:5432/app_dev"]
    r.shuffle(lines[1:]) if False else None
    return (r.choice([".env.example", ".env.sample", "env.template"]), "dotenv", J(*lines), "generic", "placeholder")


def n_docs_scheme(r):
    lines = ["## Verifying webhook signatures", "",
             "Every request carries `Webhook-Id`, `Webhook-Timestamp` and `Webhook-Signature`. Compute",
             "`base64(HMAC-SHA256(secret, id + \".\" + timestamp + \".\" + body))` and compare it with each",
             "`v1,` entry of the signature header.", "", "Example headers:", "", "```http",
             "webhook-id: msg_%s" % rmix(r, B62, 27), "webhook-timestamp: %s" % fake_ts(r),
             "webhook-signature: v1,%s" % rnd_hmac_b64(r), "```", "",
             "Your secret is shown once in the dashboard as `whsec_<base64>`. Load it from the environment:", "",
             "```python", 'secret = os.environ["WEBHOOK_SECRET"]', "```"]
    return ("docs/webhooks/verifying.md", "markdown", J(*lines), "svix", "documentation")


def n_changelog(r):
    lines = ["# Changelog", "", "## [2.%d.0] - 2025-0%d-1%d" % (r.randrange(9), r.randrange(1, 9), r.randrange(10)), "",
             "### Security", "- Rotated the Stripe endpoint secret (old value ended in `…%s`, now `…%s`)." % (rs(r, B62, 4), rs(r, B62, 4)),
             "- Webhook secrets are now read from AWS Secrets Manager instead of `.env`.", "",
             "### Fixed", "- Reject deliveries whose `t=` timestamp is older than 5 minutes (#%d)." % r.randrange(100, 900),
             "- Compare signatures with `crypto.timingSafeEqual` (#%d)." % r.randrange(100, 900)]
    return ("CHANGELOG.md", "markdown", J(*lines), "stripe", "masked")


def n_qstash_ids(r):
    lines = ["import { describe, expect, it } from 'vitest';", "import { handler } from '../api/digest';", "",
             "const headers = {", "  'Upstash-Message-Id': 'msg_%s'," % rmix(r, B62, 40), "  'Upstash-Retried': '0',",
             "  'Upstash-Schedule-Id': 'scd_%s'," % rmix(r, B62, 26), "};", "",
             "it('refuses unsigned calls', async () => {",
             "  const res = await handler(new Request('https://%s/api/digest', { method: 'POST', headers }));" % r.choice(DOMAINS),
             "  expect(res.status).toBe(401);", "});"]
    return ("test/digest.test.ts", "typescript", J(*lines), "upstash", "ids")


NEG_LOOKALIKES = [n_stripe_fixture, n_github_delivery, n_svix_headers, n_discord_pubkey, n_paddle_classic_pem,
                  n_sendgrid_pubkey, n_whpk, n_publishable, n_razorpay_checkout, n_event_log, n_lockfile, n_sops,
                  n_sealed, n_i18n, n_rfc4231, n_migration, n_tf_random, n_gha_secrets, n_external_secret, n_openapi,
                  n_runtime_secret_go, n_runtime_secret_py, n_sha256sums, n_shopify_fixture, n_slack_fixture,
                  n_twilio_ids, n_meta_ids, n_jwks, n_bcrypt_seed, n_env_example, n_docs_scheme, n_changelog, n_qstash_ids]


# ---------------------------------------------------------------- registry
def _recv(P):
    return P["use"] in ("hmac", "token") and P["key"] not in ("qstash_sig", "inngest_key")


def _hdr_api(P):
    return P["use"] == "api" and isinstance(P["hdr"], tuple)


ANY = lambda P: True
TEMPLATES = [
    ("express", t_express, _recv), ("fastify", t_fastify, _recv), ("flask", t_flask, _recv),
    ("fastapi", t_fastapi, _recv), ("go_handler", t_go, _recv), ("rails", t_rails, _recv), ("laravel", t_php, _recv),
    ("spring", t_spring, _recv), ("aspnet", t_aspnet, _recv), ("axum", t_axum, _recv), ("nextjs", t_nextjs, _recv),
    ("cf_worker", t_worker, _recv), ("netlify_fn", t_netlify, _recv), ("lambda_py", t_lambda, _recv),
    ("sinatra", t_sinatra, _recv), ("pytest_fixture", t_pytest, _recv), ("jest_fixture", t_jest, _recv),
    ("go_test", t_gotest, _recv), ("rspec", t_rspec, _recv), ("replay_sh", t_replay_sh, _recv),
    ("sdk", t_sdk, lambda P: bool(sdk_langs(P))), ("meta_express", t_meta_verify, lambda P: P["key"] in ("meta_verify", "meta_secret")),
    ("client", t_client, lambda P: P["key"] in CLIENT), ("http_py", t_http_py, _hdr_api), ("http_js", t_http_js, _hdr_api),
    ("http_go", t_http_go, _hdr_api), ("http_file", t_http_file, _hdr_api),
    ("curl_md", t_curl_md, lambda P: P["key"] != "aws_secret"),
    ("db_py", t_db_py, lambda P: P["key"] in ("pg_pw", "redis_pw", "amqp_pw")),
    ("db_js", t_db_js, lambda P: P["use"] == "url"), ("db_go", t_db_go, lambda P: P["key"] == "pg_pw"),
    ("database_yml", t_database_yml, lambda P: P["key"] == "pg_pw"), ("alembic_ini", t_alembic, lambda P: P["key"] == "pg_pw"),
    ("django_settings", t_django, ANY), ("dotenv", t_dotenv, ANY), ("compose", t_compose, ANY), ("gha", t_gha, ANY),
    ("k8s", t_k8s, ANY), ("helm", t_helm, ANY), ("serverless", t_serverless, ANY), ("appsettings", t_appsettings, ANY),
    ("nodeconfig", t_nodeconfig, ANY), ("properties", t_props, ANY), ("spring_yml", t_spring_yml, ANY),
    ("terraform", t_terraform, ANY), ("wrangler", t_wrangler, ANY), ("app_toml", t_app_toml, ANY), ("ini", t_ini, ANY),
    ("webconfig_xml", t_xml, ANY), ("dockerfile", t_dockerfile, ANY), ("readme", t_readme, ANY), ("vercel", t_vercel, ANY),
    ("ngrok_yml", t_ngrok_yml, lambda P: P["key"] in ("ngrok_token", "ngrok_verify")),
]
NEG_MODE_KIND = {"placeholder": "placeholder", "env": "env_reference", "ref": "secret_manager_reference",
                 "masked": "masked", "empty": "empty", "doc": "documentation_example"}


def pick_spec(r):
    tot = sum(s["weight"] for s in SPECS)
    x = r.random() * tot
    for s in SPECS:
        x -= s["weight"]
        if x <= 0:
            return s
    return SPECS[-1]


def pick_template(r, P, code_bias):
    cands = [t for t in TEMPLATES if t[2](P)]
    code = [t for t in cands if t[0] not in CONFIG_NAMES]
    conf = [t for t in cands if t[0] in CONFIG_NAMES]
    if code and conf:
        return r.choice(code) if r.random() < code_bias else r.choice(conf)
    return r.choice(cands)


CONFIG_NAMES = {"django_settings", "dotenv", "compose", "gha", "k8s", "helm", "serverless", "appsettings", "nodeconfig",
                "properties", "spring_yml", "terraform", "wrangler", "app_toml", "ini", "webconfig_xml", "dockerfile",
                "readme", "vercel", "ngrok_yml", "database_yml", "alembic_ini"}


def make_positive(r):
    for _ in range(100):
        P = pick_spec(r)
        name, fn, _ = pick_template(r, P, 0.6)
        V = Val(r, P, "secret", r.random() < 0.5)
        path, ft, text = fn(r, P, V)
        needle = V.secret
        if needle and needle in text:
            line = text[:text.index(needle)].count("\n") + 1
            n_lines = text.count("\n")
            if 5 <= n_lines <= 80:
                return dict(path=path, filetype=ft, text=text, provider=P["provider"], kind=P["kind"],
                            needle=needle, line=line, template=name)
    raise RuntimeError("could not build a positive")


def make_negative_reuse(r):
    for _ in range(100):
        P = pick_spec(r)
        name, fn, _ = pick_template(r, P, 0.55)
        modes = ["placeholder"] * 25 + ["env"] * 30 + ["ref"] * 12 + ["masked"] * 13 + ["empty"] * 10
        if P["doc"]:
            modes += ["doc"] * 30
        mode = r.choice(modes)
        V = Val(r, P, mode, r.random() < 0.5)
        if P["key"] == "aws_secret":
            V.idval = "AKIAIOSFODNN7EXAMPLE"
        path, ft, text = fn(r, P, V)
        if 5 <= text.count("\n") <= 80:
            return dict(path=path, filetype=ft, text=text, provider=P["provider"], kind=NEG_MODE_KIND[mode], template=name)
    raise RuntimeError("could not build a negative")


def make_negative_lookalike(r):
    fn = r.choice(NEG_LOOKALIKES)
    path, ft, text, prov, kind = fn(r)
    return dict(path=path, filetype=ft, text=text, provider=prov, kind=kind, template=fn.__name__)


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_dp.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], argv[2]
    r = random.Random(int(seed) if seed.lstrip("-").isdigit() else seed)
    pos = [make_positive(r) for _ in range(500)]
    neg = []
    for i in range(500):
        neg.append(make_negative_reuse(r) if i % 2 == 0 else make_negative_lookalike(r))
    r.shuffle(neg)
    needles = [p["needle"] for p in pos]
    manifest, secrets = [], []
    for i, p in enumerate(pos):
        rel = "pos/p%04d/%s" % (i, p["path"])
        write(outdir, rel, p["text"])
        manifest.append({"file": rel, "label": "pos", "provider": p["provider"], "kind": p["kind"], "filetype": p["filetype"],
                         "template": p["template"]})
        secrets.append({"file": rel, "needle": p["needle"], "line": p["line"]})
    for i, n in enumerate(neg):
        for nd in needles:
            if nd in n["text"]:
                raise RuntimeError("positive needle leaked into negative")
        rel = "neg/n%04d/%s" % (i, n["path"])
        write(outdir, rel, n["text"])
        manifest.append({"file": rel, "label": "neg", "provider": n["provider"], "kind": n["kind"], "filetype": n["filetype"],
                         "template": n["template"]})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s in secrets:
            f.write(json.dumps(s, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
