#!/usr/bin/env python3
"""Blind evaluation-set generator "ae" for a git pre-commit secret scanner.

EMPHASIS
    Serverless, edge and platform-as-a-service deployments: the configs and
    scripts that ship apps to Vercel, Netlify, Cloudflare (Workers/R2/Pages),
    Fly.io, Render, Railway, Heroku, Deno Deploy, Supabase, Firebase and the
    big clouds' function platforms (AWS Lambda/SAM/Serverless/CDK/Amplify,
    Azure Functions / Static Web Apps, GCP Cloud Run / Functions, DigitalOcean
    App Platform), plus the SaaS keys such apps carry (Upstash, Neon,
    PlanetScale, Turso, Convex, Clerk, Resend, Doppler, Infisical, Pusher,
    Ably, Algolia, Sentry, PostHog, Stripe, Twilio, Expo, Shopify ...).
    Deploy tokens and bound secrets sit beside public project ids, account ids
    and binding names; negatives are the public ids, references, placeholders,
    masked values, publishable keys, ciphertext and test vectors that careful
    developers really commit in the very same files.

USAGE
    python3 gen_ae.py OUTDIR SEED

    Writes OUTDIR/pos/pNNNN/<relative path> (500 files, one credential each)
    and OUTDIR/neg/nNNNN/<relative path> (500 files, no credential), plus
    OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
    OUTDIR/secrets.jsonl   {"file","needle","line"}   (positives only)
    "file" is relative to OUTDIR.  Deterministic per SEED: the only source of
    randomness is random.Random(SEED).  Standard library only.

NEEDLE CONVENTIONS
    * needle = the minimal secret-bearing substring exactly as written in the
      file; line = 1-based line of its first character.
    * Pair credentials (AWS / R2 access key id + secret, Pusher app id + key +
      secret, Twilio SID + auth token, Cloudflare e-mail + Global API Key):
      the needle is the SECRET half only; the id half is present and public.
    * Connection strings and URLs: the needle is the embedded secret only
      (AccountKey=... value, the password in postgres://user:PASS@host, the
      build-hook id in https://api.netlify.com/build_hooks/<id>).
    * Fly.io macaroons: the needle is the whole "fm2_..." list following the
      literal "FlyV1 " scheme word (the scheme word is not part of the needle).
    * Service-account JSON: the needle is the "private_key" JSON string value
      (escaped "\\n" sequences included), without the surrounding quotes.
    * JWTs (Supabase service_role, Turso): the whole three-part token.
    * Ably keys: the whole "appId.keyId:secret" string.

DOUBTS (formats I am not sure of; values are built from my best knowledge)
    * Vercel "vcp_" (new, 2025+) personal tokens: the prefix is documented in
      Vercel's changelog, the body length/alphabet is not; I use 56 base62.
      Legacy Vercel tokens: 24 base62 chars, no prefix.
    * Cloudflare scannable tokens (cfut_/cfat_/cfk_): documented as prefix +
      40 chars + checksum, checksum algorithm/length undocumented; I append an
      8-char base62 rendering of CRC32 of the 40 chars (may not verify).
      Legacy API tokens: 40 chars [A-Za-z0-9_-]; Global API Key 37 hex.
    * Netlify nfp_: documented total 40 chars -> nfp_ + 36 base62.
    * Render rnd_: I use rnd_ + 32 base62 (length not documented to me).
    * Heroku HRKU- tokens: I use "HRKU-AA" + 58 chars [A-Za-z0-9_-];
      the exact body structure is not documented publicly that I know of.
    * Deno Deploy ddp_ + 36 base62; Supabase sbp_ + 40 hex; Supabase new
      "sb_secret_" keys: 22 base64url + "_" + 8 base62 (guess from examples).
    * Fly.io fo1_ + 43 base64url; "FlyV1 fm2_..." bodies are base64 of
      msgpack macaroons - I emit random base64 of realistic length, not a
      parseable macaroon.
    * Upstash REST tokens: "A" + [XYZ] + base64 body (~60-90 chars); the
      inner structure is unknown to me.
    * Azure Static Web Apps deployment token: 64 hex + "-" + uuid + 3 digits
      - from memory of real tokens, uncertain.
    * Azure Functions keys: 56 base64url chars ending "==" (approximation).
    * Resend re_ + 8 + "_" + 24 base62 (guess), Expo access tokens 40 chars
      [A-Za-z0-9_-] (guess), Convex "prod:<deployment>|<base64>" (guess of
      inner payload), Infisical service token st.<24hex>.<32hex>.<32hex>
      (legacy format, from memory), Neon API keys napi_ + 60 [a-z0-9],
      Neon passwords npg_ + 12 base62, PostHog phx_ + 43 base62, Sentry
      sntrys_ = base64(JSON claims) + "_" + 43 base64url, Doppler
      dp.st.<config>.<40 base62>, Turnstile secret 0x4AAAAAAA + 25 chars.
    * Clerk sk_live_/sk_test_ + 40-46 base62; Stripe rk_live_ 24 or 99 base62.
    * Negative "local_dev_default_key": the Supabase CLI's well-known local
      anon/service_role demo JWTs (iss "supabase-demo") are written from
      memory; if a character is off they are still non-working demo tokens
      pointing at 127.0.0.1, but a scanner team could argue either label.
      Likewise the AWS documentation example pair and the Azurite emulator
      key are public test vectors and labelled negative.
    * Negatives keep provider-shaped prefixes in placeholders/masks
      ("nfp_********6ONp", "sk_live_...") on purpose; only the last 4 chars
      of a random value are ever shown, so no full secret is present.
    * Human passwords (generic/db_password, Supabase/Render/Railway DB URLs)
      are built from name/word/year/symbol patterns, so they contain words.

NEGATIVE CATEGORIES (manifest "kind" for label=negative)
    secret_reference (GitHub ${{ secrets.X }}, ${ssm:..}, {{resolve:..}},
    env(X), process.env.X, Deno.env.get, @vercel-secret, Key Vault refs,
    config.requireSecret, var.x, sync: false ...), placeholder, masked_value,
    public ids / publishable keys (Vercel prj_/team_, Netlify site UUID,
    Cloudflare account/zone/KV ids, D1 UUIDs, R2 bucket names, Supabase anon
    JWT and sb_publishable_, Firebase web apiKey, Clerk pk_, Stripe pk_,
    Algolia search-only, Sentry DSN, PostHog phc_, Pusher key, Turnstile site
    key, Twilio Account SID, Shopify client_id, Expo projectId ...),
    ciphertext (SOPS, dotenvx, ejson, KMS blobs, DigitalOcean EV[1:..]),
    digests (lockfile integrity, CSP sha256, image digests, deployment ids),
    test vectors, and "secret set" commands without values.
    * GitHub ghp_/gho_ and npm_ carry CRC32/base62 checksums computed here.
"""
import base64
import binascii
import hashlib
import json
import os
import random
import string
import sys
import uuid
from collections import Counter

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
B64U = string.ascii_uppercase + string.ascii_lowercase + string.digits + "-_"
LOWN = string.ascii_lowercase + string.digits
B32 = string.ascii_uppercase + "234567"

_BAD_RUNS = ("0123", "1234", "2345", "3456", "4567", "5678", "6789", "abcd",
             "bcde", "cdef", "ABCD", "BCDE", "wxyz", "WXYZ", "qwer", "asdf")


def _ok(s):
    low = s.lower()
    for r in _BAD_RUNS:
        if r.lower() in low:
            return False
    for i in range(len(s) - 3):
        if s[i] == s[i + 1] == s[i + 2] == s[i + 3]:
            return False
    return True


def rs(rng, alphabet, n):
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(n))
        if _ok(s):
            return s


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def ruuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b62enc(n):
    if n == 0:
        return "0"
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out


def crc_token(rng, prefix):
    """GitHub / npm style: prefix + 30 random base62 + 6-char base62 CRC32."""
    body = rs(rng, B62, 30)
    chk = b62enc(binascii.crc32(body.encode()) & 0xFFFFFFFF).rjust(6, "0")
    return prefix + body + chk


def jwt(rng, header, payload, sig_bytes=32):
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64url_nopad(rbytes(rng, sig_bytes))


def pem_body(rng):
    """Base64 body of a plausible PKCS#8 RSA-2048 private key (DER prefix)."""
    prefix = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7"
                           "308204a30201000282010100")
    der = prefix + bytes([rng.randint(0xc0, 0xff)]) + rbytes(rng, 1190)
    return base64.b64encode(der).decode()


def pem_lines(rng):
    body = pem_body(rng)
    return ["-----BEGIN PRIVATE KEY-----"] + [body[i:i + 64] for i in range(0, len(body), 64)] + ["-----END PRIVATE KEY-----"]


# ---------------------------------------------------------------- word pools
ADJ = ["amber", "brisk", "cedar", "delta", "ember", "fable", "gusty", "hazel", "ivory", "jolly",
       "keen", "lunar", "maple", "noble", "olive", "polar", "quiet", "rapid", "solar", "tidal",
       "umber", "vivid", "witty", "young", "zesty", "crimson", "silent", "frosty", "mellow", "swift"]
NOUN = ["otter", "falcon", "harbor", "meadow", "pixel", "comet", "lantern", "badger", "quartz", "canyon",
        "heron", "orchid", "summit", "willow", "beacon", "ferret", "glacier", "marlin", "prairie", "raven"]
PRODUCTS = ["checkout", "storefront", "dashboard", "api", "web", "landing", "docs", "admin", "portal",
            "billing", "notify", "search", "media", "auth", "webhooks", "cron", "edge", "worker", "shop", "blog"]
ORGS = ["acme", "northwind", "globex", "initech", "umbrella", "hooli", "vandelay", "tessera", "brightline",
        "lumen", "kestrel", "papertrail", "bluefin", "cobalt", "juniper", "fieldnote", "mapleleaf", "sprocket"]
FIRST = ["marek", "anna", "jonas", "li", "priya", "tom", "sofia", "diego", "yuki", "omar", "elena", "kofi",
         "hannah", "lucas", "ines", "raj", "greta", "mateo", "noor", "sven"]
REGIONS_AWS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "ap-northeast-1"]
REGIONS_FLY = ["iad", "ord", "lhr", "fra", "ams", "sin", "syd", "nrt", "gru", "sjc"]
REGIONS_GCP = ["us-central1", "europe-west1", "asia-northeast1", "us-east4", "europe-west3"]
REGIONS_AZ = ["westeurope", "eastus2", "northeurope", "uksouth", "centralus"]
PW_WORDS = ["winter", "Summer", "harbor", "Falcon", "river", "Mango", "tiger", "Purple", "kayak", "Lemon",
            "monday", "Rocket", "cobalt", "Pepper", "garden", "Bristol", "nordic", "Oslo", "marble", "Juno"]


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.org = rng.choice(ORGS)
        self.app = rng.choice(ADJ) + "-" + rng.choice(PRODUCTS) if rng.random() < 0.5 else self.org + "-" + rng.choice(PRODUCTS)
        self.domain = self.org + rng.choice([".com", ".io", ".dev", ".app", ".co"])
        self.region = rng.choice(REGIONS_AWS)
        self.fly_region = rng.choice(REGIONS_FLY)
        self.gcp_region = rng.choice(REGIONS_GCP)
        self.az_region = rng.choice(REGIONS_AZ)
        self.person = rng.choice(FIRST)
        self.email = f"{self.person}@{self.domain}"
        self.gcp_project = f"{self.org}-{rng.choice(['prod', 'production', 'platform', 'web'])}-{rng.randint(100, 999)}"
        self.node = rng.choice(["18", "20", "20", "22"])
        self.date = f"20{rng.randint(23, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        self.sha = rs(rng, HEX, 40)


def human_password(rng):
    w1 = rng.choice(PW_WORDS)
    w2 = rng.choice(PW_WORDS)
    name = rng.choice(FIRST).capitalize()
    year = str(rng.randint(1971, 2004))
    sym = rng.choice(".!_-#@%&*+")
    forms = [
        lambda: f"{name}{sym}{year}{w1.lower()}",
        lambda: f"{w1}{sym}{w2}{rng.randint(10, 99)}",
        lambda: f"{name.lower()}{year[2:]}{sym}{w2.capitalize()}",
        lambda: f"{w1.capitalize()}{rng.randint(1, 9)}{w2.lower()}{sym}",
        lambda: "".join({"a": "4", "e": "3", "o": "0", "i": "1"}.get(c, c) for c in w1.capitalize()) + sym + year,
        lambda: f"{name}{sym}{w1.lower()}{sym}{rng.randint(100, 999)}",
    ]
    return rng.choice(forms)()


class Ref:
    """A value that lives in a secret store and is only referenced."""
    def __init__(self, name, hint=None):
        self.name = name
        self.hint = hint


def camel(name):
    parts = name.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def kebab(name):
    return name.lower().replace("_", "-")


# ---------------------------------------------------------------- public ids
def vercel_team(rng): return "team_" + rs(rng, B62, 24)
def vercel_prj(rng): return "prj_" + rs(rng, B62, 28)
def vercel_dpl(rng): return "dpl_" + rs(rng, B62, 28)
def cf_id(rng): return rs(rng, HEX, 32)
def supa_ref(rng): return rs(rng, string.ascii_lowercase, 20)
def algolia_app(rng): return rs(rng, string.ascii_uppercase + string.digits, 10)
def pusher_key(rng): return rs(rng, HEX, 20)
def twilio_sid(rng): return "AC" + rs(rng, HEX, 32)
def aws_akid(rng, p="AKIA"): return p + rs(rng, B32, 16)
def convex_name(rng): return f"{rng.choice(ADJ)}-{rng.choice(NOUN)}-{rng.randint(100, 999)}"
def neon_host(rng, region): return f"ep-{rng.choice(ADJ)}-{rng.choice(NOUN)}-{rs(rng, LOWN, 8)}.{region}.aws.neon.tech"


GENERIC = ["TOKEN", "API_TOKEN", "AUTH_TOKEN", "DEPLOY_TOKEN", "SECRET", "API_SECRET", "AUTH", "API_KEY",
           "CI_TOKEN", "ACCESS_TOKEN", "SERVICE_KEY", "PLATFORM_TOKEN", "RELEASE_TOKEN", "ADMIN_KEY",
           "SECRET_KEY", "PRIVATE_TOKEN", "PUBLISH_TOKEN", "BEARER_TOKEN", "UPSTREAM_KEY", "PROVIDER_TOKEN"]


def K(provider, kind, gen, names, comp=None, rends=None, api=None, generic=None, weight=1.0):
    return dict(provider=provider, kind=kind, gen=gen, names=names, comp=comp or (lambda r, c: []),
                rends=rends, api=api, generic=generic or GENERIC, weight=weight)


def _plain(f):
    def g(rng, ctx):
        v = f(rng, ctx)
        return v, v
    return g


def g_sa_key(rng, ctx):
    return None, None  # handled by special renderer


def g_conn_azure(rng, ctx):
    key = base64.b64encode(rbytes(rng, 64)).decode()
    acct = (ctx.org + rng.choice(["func", "store", "fn", "prod"]) + str(rng.randint(10, 99)))[:24]
    return f"DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={key};EndpointSuffix=core.windows.net", key


def g_neon_url(rng, ctx):
    pw = "npg_" + rs(rng, B62, 12)
    user = rng.choice(["neondb_owner", "app_user", ctx.org + "_app"])
    db = rng.choice(["neondb", ctx.org, "app"])
    region = rng.choice(["us-east-2", "us-east-1", "eu-central-1", "ap-southeast-1"])
    pooler = "-pooler" if rng.random() < 0.5 else ""
    host = neon_host(rng, region).replace(".", pooler + ".", 1)
    return f"postgresql://{user}:{pw}@{host}/{db}?sslmode=require", pw


def g_pscale_url(rng, ctx):
    pw = "pscale_pw_" + rs(rng, B64U, 43)
    user = rs(rng, LOWN, 12)
    db = ctx.org + rng.choice(["", "-db", "_main"])
    host = rng.choice(["aws.connect.psdb.cloud", "us-east.connect.psdb.cloud", "eu-west.connect.psdb.cloud"])
    return f"mysql://{user}:{pw}@{host}/{db}?sslaccept=strict", pw


def g_human_db_url(rng, ctx):
    pw = human_password(rng)
    user = rng.choice(["postgres", "app", ctx.org, "deploy"])
    host = rng.choice([f"db.{supa_ref(rng)}.supabase.co", f"{ctx.app}-db.internal", f"{ctx.app}.flycast",
                       f"dpg-{rs(rng, LOWN, 20)}-a.{rng.choice(['oregon', 'frankfurt', 'ohio'])}-postgres.render.com",
                       f"containers-us-west-{rng.randint(10, 199)}.railway.app"])
    return f"postgresql://{user}:{pw}@{host}:5432/{rng.choice(['postgres', 'app', 'railway', ctx.org])}", pw


def g_netlify_hook(rng, ctx):
    hid = rs(rng, HEX, 24)
    return f"https://api.netlify.com/build_hooks/{hid}", hid


def g_supa_service(rng, ctx):
    iat = rng.randint(1640000000, 1735000000)
    return _same(jwt(rng, {"alg": "HS256", "typ": "JWT"},
                     {"iss": "supabase", "ref": supa_ref(rng), "role": "service_role", "iat": iat, "exp": iat + 315360000}))


def g_turso(rng, ctx):
    iat = rng.randint(1690000000, 1740000000)
    p = {"a": rng.choice(["rw", "ro"]), "iat": iat, "id": ruuid(rng)}
    if rng.random() < 0.5:
        p["rid"] = ruuid(rng)
    return _same(jwt(rng, {"alg": "EdDSA", "typ": "JWT"}, p, 64))


def _same(v):
    return v, v


def g_fly_macaroon(rng, ctx):
    parts = ["fm2_" + base64.b64encode(rbytes(rng, rng.randint(150, 260))).decode()]
    for _ in range(rng.randint(0, 2)):
        parts.append("fm2_" + base64.b64encode(rbytes(rng, rng.randint(60, 140))).decode())
    m = ",".join(parts)
    return "FlyV1 " + m, m


def g_sentry_org(rng, ctx):
    claims = {"iat": rng.randint(1690000000, 1740000000) + rng.random(), "url": "https://sentry.io",
              "region_url": rng.choice(["https://us.sentry.io", "https://de.sentry.io"]), "org": ctx.org}
    body = base64.b64encode(json.dumps(claims, separators=(",", ":")).encode()).decode().rstrip("=")
    return _same("sntrys_" + body + "_" + rs(rng, B64U.replace("-", ""), 43))


def g_convex(rng, ctx):
    payload = base64.b64encode(json.dumps({"v2": rs(rng, HEX, 32)}, separators=(",", ":")).encode()).decode()
    env = rng.choice(["prod", "prod", "preview", "dev"])
    return _same(f"{env}:{convex_name(rng)}|{payload}")


def g_cf_scannable(prefix):
    def g(rng, ctx):
        body = rs(rng, B62, 40)
        return _same(prefix + body + b62enc(binascii.crc32(body.encode()) & 0xFFFFFFFF).rjust(6, "0")[:6] + rs(rng, B62, 2))
    return g


def g_upstash(rng, ctx):
    inner = base64.b64encode(("ASQg" + ruuid(rng)).encode() + rbytes(rng, rng.randint(12, 30))).decode().rstrip("=")
    return _same("A" + rng.choice("XYZ") + rs(rng, B64U, 2) + inner.replace("+", "").replace("/", ""))


def g_swa(rng, ctx):
    return _same(rs(rng, HEX, 64) + "-" + ruuid(rng) + rs(rng, HEX, 3))


def g_ably(rng, ctx):
    return _same(rs(rng, B62, 6) + "." + rs(rng, B62, 6) + ":" + rs(rng, B64U, 43))


def g_vercel_blob(rng, ctx):
    return _same("vercel_blob_rw_" + rs(rng, B62, 16) + "_" + rs(rng, B62, 30))


P = _plain
KINDS = [
    K("vercel", "access_token_legacy", P(lambda r, c: rs(r, B62, 24)), ["VERCEL_TOKEN", "VERCEL_API_TOKEN", "VERCEL_AUTH_TOKEN"],
      comp=lambda r, c: [("VERCEL_ORG_ID", vercel_team(r)), ("VERCEL_PROJECT_ID", vercel_prj(r))],
      api="npx vercel deploy --prod --yes --token {v}", weight=1.5),
    K("vercel", "access_token_vcp", P(lambda r, c: "vcp_" + rs(r, B62, 56)), ["VERCEL_TOKEN", "VERCEL_API_TOKEN"],
      comp=lambda r, c: [("VERCEL_ORG_ID", vercel_team(r)), ("VERCEL_PROJECT_ID", vercel_prj(r))],
      api="vercel pull --yes --environment=production --token={v}"),
    K("vercel", "blob_rw_token", g_vercel_blob, ["BLOB_READ_WRITE_TOKEN"], generic=["BLOB_TOKEN", "STORAGE_TOKEN", "TOKEN"]),
    K("netlify", "personal_access_token", P(lambda r, c: "nfp_" + rs(r, B62, 36)), ["NETLIFY_AUTH_TOKEN", "NETLIFY_TOKEN"],
      comp=lambda r, c: [("NETLIFY_SITE_ID", ruuid(r))], api="netlify deploy --prod --dir=dist --auth {v}", weight=1.3),
    K("netlify", "build_hook", g_netlify_hook, ["NETLIFY_BUILD_HOOK", "BUILD_HOOK_URL", "REBUILD_HOOK"],
      generic=["HOOK_URL", "DEPLOY_HOOK", "WEBHOOK_URL"], api="curl -X POST -d {{}} {v}"),
    K("cloudflare", "api_token", P(lambda r, c: rs(r, B64U, 40)), ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"],
      comp=lambda r, c: [("CLOUDFLARE_ACCOUNT_ID", cf_id(r))],
      api='curl -s -H "Authorization: Bearer {v}" https://api.cloudflare.com/client/v4/user/tokens/verify', weight=1.5),
    K("cloudflare", "api_token_scannable", g_cf_scannable("cfut_"), ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"],
      comp=lambda r, c: [("CLOUDFLARE_ACCOUNT_ID", cf_id(r))],
      api='curl -s -H "Authorization: Bearer {v}" https://api.cloudflare.com/client/v4/user/tokens/verify'),
    K("cloudflare", "account_token_scannable", g_cf_scannable("cfat_"), ["CLOUDFLARE_API_TOKEN", "CF_ACCOUNT_TOKEN"],
      comp=lambda r, c: [("CLOUDFLARE_ACCOUNT_ID", cf_id(r))]),
    K("cloudflare", "global_api_key", P(lambda r, c: rs(r, HEX, 37)), ["CLOUDFLARE_API_KEY", "CF_API_KEY", "CLOUDFLARE_GLOBAL_KEY"],
      comp=lambda r, c: [("CLOUDFLARE_EMAIL", c.email)],
      api='curl -s -H "X-Auth-Email: ' + "{email}" + '" -H "X-Auth-Key: {v}" https://api.cloudflare.com/client/v4/zones', weight=1.3),
    K("cloudflare", "r2_secret_access_key", P(lambda r, c: rs(r, HEX, 64)), ["R2_SECRET_ACCESS_KEY", "CLOUDFLARE_R2_SECRET_ACCESS_KEY"],
      comp=lambda r, c: [("R2_ACCOUNT_ID", cf_id(r)), ("R2_ACCESS_KEY_ID", rs(r, HEX, 32)), ("R2_BUCKET", c.app + "-assets")],
      generic=["S3_SECRET", "STORAGE_SECRET", "AWS_SECRET_ACCESS_KEY", "SECRET_ACCESS_KEY"], weight=1.3),
    K("cloudflare", "turnstile_secret", P(lambda r, c: "0x4AAAAAAA" + rs(r, B64U, 25)), ["TURNSTILE_SECRET_KEY", "CF_TURNSTILE_SECRET"],
      comp=lambda r, c: [("TURNSTILE_SITE_KEY", "0x4AAAAAAA" + rs(r, B64U, 12))], generic=["CAPTCHA_SECRET", "SECRET"]),
    K("flyio", "org_token", P(lambda r, c: "fo1_" + rs(r, B64U, 43)), ["FLY_API_TOKEN", "FLY_ACCESS_TOKEN"],
      comp=lambda r, c: [("FLY_APP", c.app), ("FLY_REGION", c.fly_region)], api="flyctl deploy --remote-only --access-token {v}"),
    K("flyio", "macaroon", g_fly_macaroon, ["FLY_API_TOKEN", "FLY_ACCESS_TOKEN"],
      comp=lambda r, c: [("FLY_APP", c.app)], weight=1.3),
    K("render", "api_key", P(lambda r, c: "rnd_" + rs(r, B62, 32)), ["RENDER_API_KEY", "RENDER_TOKEN"],
      comp=lambda r, c: [("RENDER_SERVICE_ID", "srv-" + rs(r, LOWN, 20))],
      api='curl -s -X POST -H "Authorization: Bearer {v}" https://api.render.com/v1/services/$SERVICE_ID/deploys'),
    K("render", "deploy_hook", None, ["RENDER_DEPLOY_HOOK_URL", "RENDER_DEPLOY_HOOK"], generic=["DEPLOY_HOOK", "HOOK_URL"]),
    K("railway", "api_token", P(lambda r, c: ruuid(r)), ["RAILWAY_TOKEN", "RAILWAY_API_TOKEN"],
      comp=lambda r, c: [("RAILWAY_PROJECT_ID", ruuid(r)), ("RAILWAY_SERVICE", c.app)], api="RAILWAY_TOKEN={v} railway up --detach"),
    K("heroku", "api_key_uuid", P(lambda r, c: ruuid(r)), ["HEROKU_API_KEY", "HEROKU_AUTH_TOKEN"],
      comp=lambda r, c: [("HEROKU_APP_NAME", c.app), ("HEROKU_EMAIL", c.email)],
      api='curl -n -X GET https://api.heroku.com/apps -H "Accept: application/vnd.heroku+json; version=3" -H "Authorization: Bearer {v}"',
      weight=1.3),
    K("heroku", "hrku_token", P(lambda r, c: "HRKU-AA" + rs(r, B64U, 58)), ["HEROKU_API_KEY", "HEROKU_TOKEN"],
      comp=lambda r, c: [("HEROKU_APP_NAME", c.app)]),
    K("deno", "deploy_token", P(lambda r, c: "ddp_" + rs(r, B62, 36)), ["DENO_DEPLOY_TOKEN"],
      comp=lambda r, c: [("DENO_DEPLOY_PROJECT", c.app)], api="deployctl deploy --project={app} --prod --token={v} main.ts"),
    K("supabase", "service_role_jwt", g_supa_service, ["SUPABASE_SERVICE_ROLE_KEY", "SUPABASE_SERVICE_KEY"],
      comp=lambda r, c: [("SUPABASE_URL", f"https://{supa_ref(r)}.supabase.co")], generic=["DB_SERVICE_KEY", "SERVICE_KEY", "ADMIN_KEY", "serviceKey"],
      weight=1.5),
    K("supabase", "access_token", P(lambda r, c: "sbp_" + rs(r, HEX, 40)), ["SUPABASE_ACCESS_TOKEN"],
      comp=lambda r, c: [("SUPABASE_PROJECT_ID", supa_ref(r))], api="npx supabase link --project-ref $PROJECT_REF && SUPABASE_ACCESS_TOKEN={v} npx supabase db push"),
    K("supabase", "secret_key", P(lambda r, c: "sb_secret_" + rs(r, B64U, 22) + "_" + rs(r, B62, 8)), ["SUPABASE_SECRET_KEY"],
      comp=lambda r, c: [("SUPABASE_URL", f"https://{supa_ref(r)}.supabase.co")]),
    K("supabase", "db_password", g_human_db_url, ["DATABASE_URL", "SUPABASE_DB_URL", "POSTGRES_URL"],
      generic=["DB_URL", "DSN", "PG_URL"]),
    K("firebase", "ci_token", P(lambda r, c: "1//0" + rs(r, "gdeGDE", 1) + rs(r, B64U, 98)), ["FIREBASE_TOKEN"],
      comp=lambda r, c: [("FIREBASE_PROJECT", c.gcp_project)], api="npx firebase-tools deploy --only hosting,functions --token {v}"),
    K("gcp", "service_account_key", None, [], weight=1.3),
    K("gcp", "api_key_server", P(lambda r, c: "AIza" + rs(r, B64U, 35)), ["GEMINI_API_KEY", "GOOGLE_MAPS_SERVER_KEY", "GOOGLE_API_KEY"],
      generic=["LLM_KEY", "MODEL_API_KEY", "API_KEY"]),
    K("aws", "secret_access_key", P(lambda r, c: rs(r, B64, 40)), ["AWS_SECRET_ACCESS_KEY"],
      comp=lambda r, c: [("AWS_ACCESS_KEY_ID", aws_akid(r)), ("AWS_REGION", c.region)], generic=["SECRET_ACCESS_KEY", "S3_SECRET", "awsSecret"],
      weight=1.5),
    K("azure", "storage_account_key", g_conn_azure, ["AzureWebJobsStorage", "AZURE_STORAGE_CONNECTION_STRING", "STORAGE_CONNECTION"],
      generic=["ConnectionString", "BLOB_CONN", "QUEUE_CONNECTION"], weight=1.5),
    K("azure", "swa_deployment_token", g_swa, ["AZURE_STATIC_WEB_APPS_API_TOKEN", "SWA_DEPLOYMENT_TOKEN"], generic=["DEPLOYMENT_TOKEN", "TOKEN"]),
    K("azure", "function_key", P(lambda r, c: rs(r, B64U, 54) + "=="), ["FUNCTION_KEY", "AZURE_FUNCTION_KEY", "FUNC_HOST_KEY"], generic=["API_KEY", "CODE"]),
    K("digitalocean", "personal_access_token", P(lambda r, c: "dop_v1_" + rs(r, HEX, 64)), ["DIGITALOCEAN_ACCESS_TOKEN", "DO_TOKEN"],
      api="doctl apps create-deployment $APP_ID --access-token {v}"),
    K("upstash", "redis_rest_token", g_upstash, ["UPSTASH_REDIS_REST_TOKEN", "KV_REST_API_TOKEN"],
      comp=lambda r, c: [("UPSTASH_REDIS_REST_URL", f"https://{r.choice(ADJ)}-{r.choice(NOUN)}-{r.randint(10000, 99999)}.upstash.io")],
      generic=["REDIS_TOKEN", "CACHE_TOKEN", "token"], weight=1.3),
    K("neon", "db_password", g_neon_url, ["DATABASE_URL", "POSTGRES_URL", "NEON_DATABASE_URL"], generic=["DB_URL", "PG_DSN"], weight=1.3),
    K("neon", "api_key", P(lambda r, c: "napi_" + rs(r, LOWN, 60)), ["NEON_API_KEY"],
      comp=lambda r, c: [("NEON_PROJECT_ID", f"{r.choice(ADJ)}-{r.choice(NOUN)}-{r.randint(10000000, 99999999)}")]),
    K("planetscale", "service_token", P(lambda r, c: "pscale_tkn_" + rs(r, B64U, 43)), ["PLANETSCALE_SERVICE_TOKEN"],
      comp=lambda r, c: [("PLANETSCALE_SERVICE_TOKEN_ID", rs(r, LOWN, 12)), ("PLANETSCALE_ORG", c.org)]),
    K("planetscale", "db_password", g_pscale_url, ["DATABASE_URL", "PLANETSCALE_DATABASE_URL"], generic=["DB_URL", "MYSQL_URL"]),
    K("turso", "auth_token", g_turso, ["TURSO_AUTH_TOKEN", "LIBSQL_AUTH_TOKEN", "DATABASE_AUTH_TOKEN"],
      comp=lambda r, c: [("TURSO_DATABASE_URL", f"libsql://{c.app}-{c.org}.turso.io")], generic=["DB_TOKEN", "authToken"], weight=1.3),
    K("convex", "deploy_key", g_convex, ["CONVEX_DEPLOY_KEY"], comp=lambda r, c: [], api="npx convex deploy --cmd 'npm run build'"),
    K("clerk", "secret_key", P(lambda r, c: r.choice(["sk_live_", "sk_live_", "sk_test_"]) + rs(r, B62, r.choice([40, 42, 46]))),
      ["CLERK_SECRET_KEY"], comp=lambda r, c: [], weight=1.3),
    K("resend", "api_key", P(lambda r, c: "re_" + rs(r, B62, 8) + "_" + rs(r, B62, 24)), ["RESEND_API_KEY"],
      generic=["MAIL_KEY", "EMAIL_API_KEY", "SMTP_PASSWORD", "API_KEY"], weight=1.2),
    K("doppler", "service_token", P(lambda r, c: "dp.st." + r.choice(["prd", "prod", "stg", "dev"]) + "." + rs(r, B62, 40)),
      ["DOPPLER_TOKEN"], api="doppler run --token {v} -- npm start", weight=1.2),
    K("doppler", "personal_token", P(lambda r, c: "dp.pt." + rs(r, B62, 43)), ["DOPPLER_TOKEN", "DOPPLER_PERSONAL_TOKEN"]),
    K("infisical", "service_token", P(lambda r, c: "st." + rs(r, HEX, 24) + "." + rs(r, HEX, 32) + "." + rs(r, HEX, 32)),
      ["INFISICAL_TOKEN", "INFISICAL_SERVICE_TOKEN"], api="infisical run --token {v} -- node server.js"),
    K("infisical", "client_secret", P(lambda r, c: rs(r, HEX, 64)), ["INFISICAL_CLIENT_SECRET", "INFISICAL_UNIVERSAL_AUTH_CLIENT_SECRET"],
      comp=lambda r, c: [("INFISICAL_CLIENT_ID", ruuid(r))]),
    K("pusher", "app_secret", P(lambda r, c: rs(r, HEX, 20)), ["PUSHER_SECRET", "PUSHER_APP_SECRET"],
      comp=lambda r, c: [("PUSHER_APP_ID", str(r.randint(1000000, 1999999))), ("PUSHER_KEY", pusher_key(r)),
                         ("PUSHER_CLUSTER", r.choice(["eu", "us2", "mt1", "ap1"]))]),
    K("ably", "api_key", g_ably, ["ABLY_API_KEY", "ABLY_KEY"], generic=["REALTIME_KEY", "key"]),
    K("algolia", "admin_key", P(lambda r, c: rs(r, HEX, 32)), ["ALGOLIA_ADMIN_KEY", "ALGOLIA_ADMIN_API_KEY", "ALGOLIA_WRITE_KEY"],
      comp=lambda r, c: [("ALGOLIA_APP_ID", algolia_app(r)), ("ALGOLIA_INDEX", c.app)], generic=["SEARCH_ADMIN_KEY", "INDEXER_KEY"]),
    K("sentry", "org_auth_token", g_sentry_org, ["SENTRY_AUTH_TOKEN"],
      comp=lambda r, c: [("SENTRY_ORG", c.org), ("SENTRY_PROJECT", c.app)], api="npx @sentry/cli sourcemaps upload --auth-token {v} ./dist",
      weight=1.3),
    K("sentry", "user_auth_token", P(lambda r, c: "sntryu_" + rs(r, HEX, 64)), ["SENTRY_AUTH_TOKEN"],
      comp=lambda r, c: [("SENTRY_ORG", c.org), ("SENTRY_PROJECT", c.app)]),
    K("posthog", "personal_api_key", P(lambda r, c: "phx_" + rs(r, B62, 43)), ["POSTHOG_PERSONAL_API_KEY", "POSTHOG_API_KEY"],
      comp=lambda r, c: [("POSTHOG_HOST", r.choice(["https://us.i.posthog.com", "https://eu.i.posthog.com"]))]),
    K("stripe", "restricted_key", P(lambda r, c: "rk_live_" + rs(r, B62, r.choice([24, 99]))), ["STRIPE_RESTRICTED_KEY", "STRIPE_API_KEY"]),
    K("stripe", "secret_key", P(lambda r, c: "sk_live_" + rs(r, B62, r.choice([24, 99]))), ["STRIPE_SECRET_KEY"], weight=1.2),
    K("twilio", "auth_token", P(lambda r, c: rs(r, HEX, 32)), ["TWILIO_AUTH_TOKEN"],
      comp=lambda r, c: [("TWILIO_ACCOUNT_SID", twilio_sid(r)), ("TWILIO_FROM", f"+1{r.randint(2002000000, 9899999999)}")]),
    K("expo", "access_token", P(lambda r, c: rs(r, B64U, 40)), ["EXPO_TOKEN"], api="EXPO_TOKEN={v} npx eas-cli build --platform all --non-interactive"),
    K("shopify", "app_secret", P(lambda r, c: "shpss_" + rs(r, HEX, 32)), ["SHOPIFY_API_SECRET", "SHOPIFY_API_SECRET_KEY"],
      comp=lambda r, c: [("SHOPIFY_API_KEY", rs(r, HEX, 32)), ("SHOP", f"{c.org}.myshopify.com")]),
    K("shopify", "admin_access_token", P(lambda r, c: "shpat_" + rs(r, HEX, 32)), ["SHOPIFY_ADMIN_ACCESS_TOKEN", "SHOPIFY_ACCESS_TOKEN"],
      comp=lambda r, c: [("SHOPIFY_STORE_DOMAIN", f"{c.org}.myshopify.com")]),
    K("github", "personal_access_token", P(lambda r, c: crc_token(r, "ghp_")), ["GITHUB_TOKEN", "GH_TOKEN", "AMPLIFY_GITHUB_TOKEN"],
      api="aws amplify create-app --name {app} --repository https://github.com/{org}/{app} --access-token {v}"),
    K("github", "oauth_client_secret", P(lambda r, c: rs(r, HEX, 40)), ["GITHUB_CLIENT_SECRET", "AUTH_GITHUB_SECRET"],
      comp=lambda r, c: [("GITHUB_CLIENT_ID", "Ov23li" + rs(r, B62, 14))]),
    K("npm", "access_token", P(lambda r, c: crc_token(r, "npm_")), ["NPM_TOKEN", "NODE_AUTH_TOKEN"]),
    K("openai", "api_key", P(lambda r, c: "sk-proj-" + rs(r, B64U, 74) + "T3BlbkFJ" + rs(r, B64U, 74)), ["OPENAI_API_KEY"],
      generic=["LLM_KEY", "AI_KEY", "MODEL_KEY", "API_KEY"], weight=1.3),
    K("generic", "db_password", P(lambda r, c: human_password(r)), ["POSTGRES_PASSWORD", "DB_PASSWORD", "MYSQL_PASSWORD", "PGPASSWORD"],
      generic=["PASSWORD", "DB_PASS", "ADMIN_PASSWORD"], weight=1.2),
]
KIND_BY = {(k["provider"], k["kind"]): k for k in KINDS}
DEFAULT_NAME = {}
for _k in KINDS:
    if _k["names"]:
        DEFAULT_NAME.setdefault(_k["provider"], _k["names"][0])


def g_render_hook(rng, ctx):
    sid = "srv-" + rs(rng, LOWN, 20)
    key = rs(rng, B64U, 11)
    return f"https://api.render.com/deploy/{sid}?key={key}", key


KIND_BY[("render", "deploy_hook")]["gen"] = g_render_hook


# ---------------------------------------------------------------- renderers
# Each renderer: f(rng, ctx, items, cmd) -> (relative_path, text)
#   items: list of (NAME, value) where value is a literal str or a Ref
#   cmd:   optional shell command line that carries a value positionally
EXTRA_REFS = ["SESSION_SECRET", "STRIPE_WEBHOOK_SECRET", "JWT_SECRET", "SENTRY_DSN", "DATABASE_URL",
              "RESEND_API_KEY", "NEXTAUTH_SECRET", "COOKIE_SECRET", "OPENAI_API_KEY", "REDIS_URL"]


def q(v, ch='"'):
    return ch + v + ch


def jq(v):
    return json.dumps(v)


def yv(rng, v):
    """YAML scalar for a literal."""
    if any(c in v for c in ":#{}[],&*!|>'\"%@`") or v[:1] in "-?0123456789" or v.lower() in ("true", "false", "null", "yes", "no"):
        return q(v) if '"' not in v else q(v, "'")
    return v if rng.random() < 0.5 else q(v)


def sh_lit(rng, v):
    return q(v, "'") if ("$" in v or "!" in v or rng.random() < 0.4) else q(v)


def r_dotenv(rng, ctx, items, cmd, path=None):
    path = path or rng.choice(["env/prod.env", "config/production.env", ".env.production", "deploy/staging.env",
                               "apps/web/.env.production", ".env.vercel", "infra/env/prod.env", "ops/env/live.env"])
    out = []
    if rng.random() < 0.6:
        out += [f"# {ctx.app} - {rng.choice(['production', 'prod', 'staging', 'live'])} environment",
                f"# last synced {ctx.date} by {ctx.person}", ""]
    out += [rng.choice(["NODE_ENV=production", "APP_ENV=production", "ENVIRONMENT=prod"]),
            f"APP_URL=https://{rng.choice(['www.', 'app.', ''])}{ctx.domain}",
            f"LOG_LEVEL={rng.choice(['info', 'warn', 'debug'])}"]
    if rng.random() < 0.5:
        out += [f"PORT={rng.choice([3000, 8080, 8000, 4000])}"]
    out.append("")
    for n, v in items:
        if isinstance(v, Ref):
            out.append(f"# {n} is injected by the platform at deploy time")
            out.append(f"{n}=")
        else:
            out.append(f"{n}={v}" if rng.random() < 0.7 else f'{n}="{v}"')
    if rng.random() < 0.5:
        out += ["", "FEATURE_NEW_CHECKOUT=" + rng.choice(["true", "false"]), "CACHE_TTL_SECONDS=" + str(rng.choice([60, 300, 900]))]
    return path, "\n".join(out) + "\n"


def r_dev_vars(rng, ctx, items, cmd):
    out = ["# Local secrets for `wrangler dev` - do not commit (see .dev.vars.example)" if rng.random() < 0.3 else
           "# wrangler dev reads this file"]
    out.append(f"ENVIRONMENT={rng.choice(['dev', 'local', 'development'])}")
    for n, v in items:
        out.append(f"{n}=" if isinstance(v, Ref) else (f'{n}="{v}"' if rng.random() < 0.5 else f"{n}={v}"))
    return rng.choice([".dev.vars", "workers/api/.dev.vars", "apps/edge/.dev.vars"]), "\n".join(out) + "\n"


def _wr_bindings(rng, ctx):
    b = []
    if rng.random() < 0.7:
        b += ["", "[[kv_namespaces]]", f'binding = "{rng.choice(["CACHE", "SESSIONS", "KV", "FLAGS"])}"', f'id = "{cf_id(rng)}"']
        if rng.random() < 0.5:
            b.append(f'preview_id = "{cf_id(rng)}"')
    if rng.random() < 0.5:
        b += ["", "[[d1_databases]]", 'binding = "DB"', f'database_name = "{ctx.app}-db"', f'database_id = "{ruuid(rng)}"']
    if rng.random() < 0.5:
        b += ["", "[[r2_buckets]]", 'binding = "ASSETS_BUCKET"', f'bucket_name = "{ctx.app}-assets"']
    if rng.random() < 0.4:
        cls = rng.choice(["RateLimiter", "ChatRoom", "Counter", "SessionStore"])
        b += ["", "[[durable_objects.bindings]]", f'name = "{cls.upper()}"', f'class_name = "{cls}"',
              "", "[[migrations]]", 'tag = "v1"', f'new_classes = ["{cls}"]']
    return b


def r_wrangler_toml(rng, ctx, items, cmd):
    out = [f'name = "{ctx.app}"', f'main = "{rng.choice(["src/index.ts", "src/worker.ts", "dist/index.js"])}"',
           f'compatibility_date = "{ctx.date}"']
    if rng.random() < 0.5:
        out.append('compatibility_flags = ["nodejs_compat"]')
    out.append(f'account_id = "{cf_id(rng)}"')
    if rng.random() < 0.5:
        out += ["workers_dev = false", f'routes = [{{ pattern = "api.{ctx.domain}/*", zone_id = "{cf_id(rng)}" }}]']
    out += _wr_bindings(rng, ctx)
    refs = [n for n, v in items if isinstance(v, Ref)]
    out += ["", "[vars]", f'ENVIRONMENT = "{rng.choice(["production", "prod"])}"']
    for n, v in items:
        if not isinstance(v, Ref):
            out.append(f'{n} = "{v}"')
    if refs:
        out += ["", "# Secrets (set with `wrangler secret put <NAME>`):"] + [f"#   {n}" for n in refs]
    if rng.random() < 0.4:
        out += ["", "[observability]", "enabled = true"]
    return rng.choice(["wrangler.toml", "workers/api/wrangler.toml", "apps/worker/wrangler.toml"]), "\n".join(out) + "\n"


def r_wrangler_jsonc(rng, ctx, items, cmd):
    out = ["{", '  "$schema": "node_modules/wrangler/config-schema.json",', f'  "name": "{ctx.app}",',
           '  "main": "src/index.ts",', f'  "compatibility_date": "{ctx.date}",', f'  "account_id": "{cf_id(rng)}",',
           '  // KV namespace ids are not secret', '  "kv_namespaces": [', f'    {{ "binding": "CACHE", "id": "{cf_id(rng)}" }}', "  ],"]
    if rng.random() < 0.5:
        out += ['  "d1_databases": [', f'    {{ "binding": "DB", "database_name": "{ctx.app}", "database_id": "{ruuid(rng)}" }}', "  ],"]
    out += ['  "vars": {', '    "ENVIRONMENT": "production",']
    lits = [(n, v) for n, v in items if not isinstance(v, Ref)]
    for i, (n, v) in enumerate(lits):
        out.append(f'    "{n}": {jq(v)}' + ("," if i < len(lits) - 1 else ""))
    if not lits:
        out[-1] = out[-1].rstrip(",")
    out.append("  },")
    refs = [n for n, v in items if isinstance(v, Ref)]
    if refs:
        out.append("  // secrets: " + ", ".join(refs) + " -> `npx wrangler secret put`")
    out += ['  "observability": { "enabled": true }', "}"]
    return rng.choice(["wrangler.jsonc", "apps/api/wrangler.jsonc"]), "\n".join(out) + "\n"


def r_vercel_json(rng, ctx, items, cmd):
    d = {"$schema": "https://openapi.vercel.sh/vercel.json"}
    if rng.random() < 0.6:
        d["framework"] = rng.choice(["nextjs", "vite", "astro", "sveltekit", "nuxtjs"])
    d["buildCommand"] = rng.choice(["pnpm build", "npm run build", "turbo run build --filter=web"])
    env = {}
    for n, v in items:
        env[n] = ("@" + kebab(n)) if isinstance(v, Ref) else v
    if rng.random() < 0.5:
        d["env"] = env
    else:
        d["build"] = {"env": env}
    if rng.random() < 0.6:
        d["regions"] = [rng.choice(["iad1", "fra1", "sfo1", "cdg1", "hnd1"])]
    if rng.random() < 0.6:
        d["rewrites"] = [{"source": "/api/(.*)", "destination": "/api/$1"}]
    if rng.random() < 0.5:
        d["crons"] = [{"path": "/api/cron/cleanup", "schedule": "0 3 * * *"}]
    return rng.choice(["vercel.json", "apps/web/vercel.json"]), json.dumps(d, indent=2) + "\n"


def r_netlify_toml(rng, ctx, items, cmd):
    out = ["[build]", f'  command = "{rng.choice(["npm run build", "pnpm build", "hugo --minify", "astro build"])}"',
           f'  publish = "{rng.choice(["dist", "public", ".next", "build"])}"',
           '  functions = "netlify/functions"', "", "[build.environment]", f'  NODE_VERSION = "{ctx.node}"']
    refs = []
    for n, v in items:
        if isinstance(v, Ref):
            refs.append(n)
        else:
            out.append(f'  {n} = "{v}"')
    if refs:
        out.append("  # " + ", ".join(refs) + " are set in Site settings > Environment variables")
    if rng.random() < 0.6:
        out += ["", '[context.deploy-preview.environment]', '  APP_ENV = "preview"']
    out += ["", "[[redirects]]", '  from = "/api/*"', '  to = "/.netlify/functions/:splat"', "  status = 200"]
    if rng.random() < 0.5:
        out += ["", "[[headers]]", '  for = "/*"', "  [headers.values]", '    X-Frame-Options = "DENY"']
    return "netlify.toml", "\n".join(out) + "\n"


def r_fly_toml(rng, ctx, items, cmd):
    out = [f"# fly.toml app configuration file generated for {ctx.app} on {ctx.date}", "",
           f"app = '{ctx.app}'", f"primary_region = '{ctx.fly_region}'", "", "[build]",
           f"  dockerfile = '{rng.choice(['Dockerfile', 'deploy/Dockerfile'])}'", "", "[env]",
           f"  PORT = '{rng.choice([8080, 3000])}'"]
    refs = []
    for n, v in items:
        if isinstance(v, Ref):
            refs.append(n)
        else:
            out.append(f"  {n} = '{v}'")
    if refs:
        out.append("  # secrets: fly secrets set " + " ".join(f"{n}=..." for n in refs))
    out += ["", "[http_service]", "  internal_port = 8080", "  force_https = true", "  auto_stop_machines = 'stop'",
            "  auto_start_machines = true", "  min_machines_running = " + str(rng.choice([0, 1])), "",
            "[[vm]]", f"  memory = '{rng.choice(['512mb', '1gb', '256mb'])}'", "  cpu_kind = 'shared'", "  cpus = 1"]
    return "fly.toml", "\n".join(out) + "\n"


def r_render_yaml(rng, ctx, items, cmd):
    out = ["services:", "  - type: web", f"    name: {ctx.app}", f"    runtime: {rng.choice(['node', 'docker', 'python'])}",
           f"    region: {rng.choice(['oregon', 'frankfurt', 'ohio', 'singapore'])}", f"    plan: {rng.choice(['starter', 'standard'])}",
           "    buildCommand: npm ci && npm run build", "    startCommand: npm start", "    healthCheckPath: /healthz",
           "    envVars:", "      - key: NODE_ENV", "        value: production"]
    if rng.random() < 0.5:
        out += ["      - key: DATABASE_URL", "        fromDatabase:", f"          name: {ctx.app}-db", "          property: connectionString"]
    for n, v in items:
        out.append(f"      - key: {n}")
        if isinstance(v, Ref):
            out.append("        sync: false")
        else:
            out.append(f"        value: {yv(rng, v)}")
    if rng.random() < 0.5:
        out += ["      - key: SESSION_SECRET", "        generateValue: true"]
    if rng.random() < 0.5:
        out += ["", "databases:", f"  - name: {ctx.app}-db", "    plan: basic-256mb", "    ipAllowList: []"]
    return "render.yaml", "\n".join(out) + "\n"


def r_app_json(rng, ctx, items, cmd):
    env = {}
    for n, v in items:
        if isinstance(v, Ref):
            env[n] = {"description": f"{n.replace('_', ' ').title()} (set in the dashboard)", "required": True}
        elif rng.random() < 0.5:
            env[n] = {"description": n.replace("_", " ").lower(), "value": v}
        else:
            env[n] = v
    if rng.random() < 0.5:
        env["SECRET_KEY_BASE"] = {"description": "Rails secret", "generator": "secret"}
    d = {"name": ctx.app, "description": f"{ctx.org.title()} {rng.choice(PRODUCTS)} service",
         "repository": f"https://github.com/{ctx.org}/{ctx.app}", "stack": rng.choice(["heroku-22", "heroku-24"]),
         "env": env, "formation": {"web": {"quantity": 1, "size": rng.choice(["basic", "standard-1x"])}},
         "addons": [rng.choice(["heroku-postgresql:essential-0", "heroku-redis:mini"])],
         "buildpacks": [{"url": rng.choice(["heroku/nodejs", "heroku/python", "heroku/ruby"])}]}
    return "app.json", json.dumps(d, indent=2) + "\n"


def r_procfile(rng, ctx, items, cmd):
    out = [f"# Heroku process types for {ctx.app}", "# (config vars live in `heroku config`; see app.json)", "",
           f"web: {rng.choice(['node dist/server.js', 'gunicorn app.wsgi --log-file -', 'bundle exec puma -C config/puma.rb'])}"]
    assigns = " ".join(f"{n}=${n}" if isinstance(v, Ref) else f"{n}={v}" for n, v in items)
    out.append(f"worker: {assigns} {rng.choice(['node dist/worker.js', 'celery -A app worker -l info', 'bundle exec sidekiq'])}".replace("  ", " "))
    out.append(f"release: {rng.choice(['npm run migrate', 'python manage.py migrate --noinput', 'bin/rails db:migrate'])}")
    if rng.random() < 0.5:
        out.append("clock: node dist/clock.js")
    return "Procfile", "\n".join(out) + "\n"


def r_serverless(rng, ctx, items, cmd):
    out = [f"service: {ctx.app}", "frameworkVersion: '3'", "", "provider:", "  name: aws",
           f"  runtime: {rng.choice(['nodejs20.x', 'nodejs18.x', 'python3.12'])}", f"  region: {ctx.region}",
           "  stage: ${opt:stage, 'dev'}", "  memorySize: " + str(rng.choice([256, 512, 1024])), "  environment:",
           "    STAGE: ${sls:stage}"]
    for n, v in items:
        if isinstance(v, Ref):
            out.append(f"    {n}: " + rng.choice(["${ssm:/" + ctx.app + "/${sls:stage}/" + kebab(n) + "}", "${env:" + n + "}"]))
        else:
            out.append(f"    {n}: {yv(rng, v)}")
    out += ["  iam:", "    role:", "      statements:", "        - Effect: Allow", "          Action:",
            "            - dynamodb:GetItem", "            - dynamodb:PutItem",
            f"          Resource: arn:aws:dynamodb:{ctx.region}:{rng.randint(100000000000, 999999999999)}:table/{ctx.app}-${{sls:stage}}",
            "", "functions:", "  api:", "    handler: src/handler.main", "    events:", "      - httpApi: '*'"]
    if rng.random() < 0.5:
        out += ["  nightly:", "    handler: src/cron.run", "    events:", "      - schedule: cron(0 4 * * ? *)"]
    out += ["", "plugins:", "  - serverless-esbuild"]
    return rng.choice(["serverless.yml", "services/api/serverless.yml"]), "\n".join(out) + "\n"


def r_sam(rng, ctx, items, cmd):
    out = ["AWSTemplateFormatVersion: '2010-09-09'", "Transform: AWS::Serverless-2016-10-31",
           f"Description: {ctx.app} - SAM template", "", "Globals:", "  Function:", "    Timeout: 10",
           f"    Runtime: {rng.choice(['nodejs20.x', 'python3.12', 'provided.al2023'])}", "", "Resources:",
           f"  {camel(ctx.app.replace('-', '_')).capitalize()}Function:", "    Type: AWS::Serverless::Function",
           "    Properties:", "      CodeUri: src/", "      Handler: app.handler", "      Environment:", "        Variables:",
           f"          TABLE_NAME: !Ref {rng.choice(['OrdersTable', 'ItemsTable'])}"]
    for n, v in items:
        if isinstance(v, Ref):
            out.append(f"          {n}: " + rng.choice([
                "'{{resolve:secretsmanager:" + ctx.app + "/prod:SecretString:" + n + "}}'",
                "'{{resolve:ssm:/" + ctx.app + "/" + kebab(n) + "}}'"]))
        else:
            out.append(f"          {n}: {yv(rng, v)}")
    out += ["      Events:", "        Api:", "          Type: HttpApi", "          Properties:", "            Path: /{proxy+}",
            "            Method: ANY", "", "Outputs:", "  ApiUrl:",
            "    Value: !Sub 'https://${ServerlessHttpApi}.execute-api.${AWS::Region}.amazonaws.com/'"]
    return rng.choice(["template.yaml", "infra/template.yaml"]), "\n".join(out) + "\n"


def r_cdk_ts(rng, ctx, items, cmd):
    cls = "".join(p.capitalize() for p in ctx.app.split("-")) + "Stack"
    out = ["import * as cdk from 'aws-cdk-lib';", "import * as lambda from 'aws-cdk-lib/aws-lambda';",
           "import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';", "import { Construct } from 'constructs';", "",
           f"export class {cls} extends cdk.Stack {{", "  constructor(scope: Construct, id: string, props?: cdk.StackProps) {",
           "    super(scope, id, props);", "",
           f"    const appSecret = secretsmanager.Secret.fromSecretNameV2(this, 'AppSecret', '{ctx.app}/prod');", "",
           "    const fn = new lambda.Function(this, 'Handler', {", "      runtime: lambda.Runtime.NODEJS_20_X,",
           "      handler: 'index.handler',", "      code: lambda.Code.fromAsset('dist/handler'),",
           "      timeout: cdk.Duration.seconds(15),", "      environment: {", "        NODE_OPTIONS: '--enable-source-maps',"]
    for n, v in items:
        if isinstance(v, Ref):
            out.append(f"        {n}: appSecret.secretValueFromJson('{n}').unsafeUnwrap(),")
        else:
            out.append(f"        {n}: '{v}',")
    out += ["      },", "    });", "", "    appSecret.grantRead(fn);",
            "    new cdk.CfnOutput(this, 'FunctionName', { value: fn.functionName });", "  }", "}"]
    return rng.choice(["lib/" + ctx.app + "-stack.ts", "infra/lib/api-stack.ts"]), "\n".join(out) + "\n"


def r_cdk_py(rng, ctx, items, cmd):
    cls = "".join(p.capitalize() for p in ctx.app.split("-")) + "Stack"
    out = ["from aws_cdk import Duration, Stack", "from aws_cdk import aws_lambda as _lambda", "from aws_cdk import aws_ssm as ssm",
           "from constructs import Construct", "", "", f"class {cls}(Stack):",
           "    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:",
           "        super().__init__(scope, construct_id, **kwargs)", "", "        env = {", '            "STAGE": "prod",']
    for n, v in items:
        if isinstance(v, Ref):
            out.append(f'            "{n}": ssm.StringParameter.value_for_string_parameter(self, "/{ctx.app}/{kebab(n)}"),')
        else:
            out.append(f'            "{n}": "{v}",')
    out += ["        }", "", "        _lambda.Function(", "            self, \"Api\",",
            "            runtime=_lambda.Runtime.PYTHON_3_12,", '            handler="app.handler",',
            '            code=_lambda.Code.from_asset("lambda"),', "            timeout=Duration.seconds(30),",
            "            environment=env,", "        )"]
    return rng.choice(["stacks/api_stack.py", f"infra/{ctx.app.replace('-', '_')}_stack.py"]), "\n".join(out) + "\n"


def r_pulumi_ts(rng, ctx, items, cmd):
    out = ['import * as pulumi from "@pulumi/pulumi";', 'import * as aws from "@pulumi/aws";', "",
           "const config = new pulumi.Config();", f'const stage = pulumi.getStack();', "",
           'const role = new aws.iam.Role("fnRole", {',
           '  assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: "lambda.amazonaws.com" }),', "});", "",
           f'export const fn = new aws.lambda.Function("{ctx.app}", {{', '  runtime: "nodejs20.x",', '  handler: "index.handler",',
           '  role: role.arn,', '  code: new pulumi.asset.FileArchive("./dist"),', "  environment: {", "    variables: {",
           "      STAGE: stage,"]
    for n, v in items:
        if isinstance(v, Ref):
            out.append(f'      {n}: config.requireSecret("{camel(n)}"),')
        else:
            out.append(f'      {n}: "{v}",')
    out += ["    },", "  },", "});"]
    return rng.choice(["index.ts", "infra/index.ts"]), "\n".join(out) + "\n"


TF_PROVIDER = {
    "cloudflare": ("cloudflare/cloudflare", "cloudflare", "api_token"),
    "vercel": ("vercel/vercel", "vercel", "api_token"),
    "heroku": ("heroku/heroku", "heroku", "api_key"),
    "digitalocean": ("digitalocean/digitalocean", "digitalocean", "token"),
    "flyio": ("fly-apps/fly", "fly", "fly_api_token"),
    "render": ("render-oss/render", "render", "api_key"),
    "sentry": ("jianyuan/sentry", "sentry", "token"),
    "supabase": ("supabase/supabase", "supabase", "access_token"),
}


def r_terraform(rng, ctx, items, cmd, provider=None, secret_name=None):
    out = ["terraform {", "  required_providers {"]
    if provider in TF_PROVIDER and secret_name:
        src, pname, attr = TF_PROVIDER[provider]
        out += [f"    {pname} = {{", f'      source  = "{src}"', f'      version = "~> {rng.randint(1, 5)}.{rng.randint(0, 9)}"', "    }",
                "  }", "}", "", f'provider "{pname}" {{']
        for n, v in items:
            if n == secret_name:
                if provider == "cloudflare" and "KEY" in n:
                    attr = "api_key"
                out.append(f'  {attr} = "{v}"' if not isinstance(v, Ref) else f"  {attr} = var.{n.lower()}")
            elif n in ("CLOUDFLARE_EMAIL", "HEROKU_EMAIL"):
                out.append(f'  email = "{v}"')
            elif n == "VERCEL_ORG_ID":
                out.append(f'  team = "{v}"')
        out += ["}", ""]
        for n, v in items:
            if n == secret_name and isinstance(v, Ref):
                out += [f'variable "{n.lower()}" {{', "  type      = string", "  sensitive = true", "}", ""]
        for n, v in items:
            if n == "CLOUDFLARE_ACCOUNT_ID":
                out += ['variable "account_id" {', "  type    = string", f'  default = "{v}"', "}", ""]
        if pname == "cloudflare":
            out += ['resource "cloudflare_workers_kv_namespace" "cache" {', "  account_id = var.account_id",
                    f'  title      = "{ctx.app}-cache"', "}"]
        elif pname == "vercel":
            out += ['resource "vercel_project" "web" {', f'  name      = "{ctx.app}"', '  framework = "nextjs"', "}"]
        elif pname == "heroku":
            out += ['resource "heroku_app" "api" {', f'  name   = "{ctx.app}"', '  region = "eu"', "}"]
        else:
            out += [f'# resources for {ctx.app} live in {pname}.tf']
        return rng.choice(["main.tf", "infra/providers.tf", f"terraform/{pname}.tf"]), "\n".join(out) + "\n"
    out += ['    aws = {', '      source  = "hashicorp/aws"', '      version = "~> 5.0"', "    }", "  }", "}", "",
            'provider "aws" {', f'  region = "{ctx.region}"', "}", "",
            'resource "aws_lambda_function" "api" {', f'  function_name = "{ctx.app}"', "  role          = aws_iam_role.lambda.arn",
            '  runtime       = "nodejs20.x"', '  handler       = "index.handler"', '  filename      = "dist/lambda.zip"', "",
            "  environment {", "    variables = {"]
    for n, v in items:
        out.append(f"      {n} = var.{n.lower()}" if isinstance(v, Ref) else f'      {n} = "{v}"')
    out += ["    }", "  }", "}"]
    for n, v in items:
        if isinstance(v, Ref):
            out += ["", f'variable "{n.lower()}" {{', "  type      = string", "  sensitive = true", "}"]
    return rng.choice(["main.tf", "infra/lambda.tf", "terraform/functions.tf"]), "\n".join(out) + "\n"


def r_local_settings(rng, ctx, items, cmd):
    vals = {"FUNCTIONS_WORKER_RUNTIME": rng.choice(["node", "python", "dotnet-isolated"])}
    if not any(n == "AzureWebJobsStorage" for n, _ in items):
        vals["AzureWebJobsStorage"] = "UseDevelopmentStorage=true"
    for n, v in items:
        vals[n] = (f"@Microsoft.KeyVault(SecretUri=https://{ctx.org}-kv.vault.azure.net/secrets/{kebab(n)}/)"
                   if isinstance(v, Ref) else v)
    if rng.random() < 0.5:
        vals["APPLICATIONINSIGHTS_CONNECTION_STRING"] = f"InstrumentationKey={ruuid(rng)};IngestionEndpoint=https://{ctx.az_region}-0.in.applicationinsights.azure.com/"
    d = {"IsEncrypted": False, "Values": vals}
    if rng.random() < 0.5:
        d["Host"] = {"LocalHttpPort": 7071, "CORS": "*"}
    return rng.choice(["local.settings.json", "api/local.settings.json", "src/functions/local.settings.json"]), json.dumps(d, indent=2) + "\n"


DEPLOY_CMD = {
    "vercel": ["npx vercel pull --yes --environment=production --token=\"${N}\"", "npx vercel build --prod --token=\"${N}\"",
               "npx vercel deploy --prebuilt --prod --token=\"${N}\""],
    "netlify": ["npx netlify-cli deploy --prod --dir=dist --auth \"${N}\" --site \"$NETLIFY_SITE_ID\""],
    "cloudflare": ["npx wrangler deploy --env production"],
    "flyio": ["flyctl deploy --remote-only --strategy rolling"],
    "render": ["curl -fsS -X POST -H \"Authorization: Bearer ${N}\" \"https://api.render.com/v1/services/${RENDER_SERVICE_ID}/deploys\""],
    "railway": ["npx @railway/cli up --service \"$RAILWAY_SERVICE\" --detach"],
    "heroku": ["git push https://heroku:${N}@git.heroku.com/$HEROKU_APP_NAME.git HEAD:main"],
    "deno": ["deployctl deploy --project=\"$DENO_DEPLOY_PROJECT\" --prod main.ts"],
    "supabase": ["npx supabase functions deploy --project-ref \"$SUPABASE_PROJECT_ID\""],
    "firebase": ["npx firebase-tools deploy --only hosting,functions --project \"$FIREBASE_PROJECT\" --non-interactive"],
    "digitalocean": ["doctl auth init -t \"${N}\"", "doctl apps create-deployment \"$APP_ID\" --wait"],
    "sentry": ["npx @sentry/cli releases new \"$GITHUB_SHA\"", "npx @sentry/cli sourcemaps upload ./dist"],
    "expo": ["npx eas-cli build --platform all --non-interactive --no-wait"],
    "doppler": ["doppler run -- npm run deploy"],
    "infisical": ["infisical export --env=prod > .env.runtime"],
    "npm": ["npm publish --access public"],
    "github": ["gh release create \"v$VERSION\" dist/*.tgz --generate-notes"],
    "azure": ["npx @azure/static-web-apps-cli deploy ./dist --deployment-token \"${N}\" --env production"],
    "convex": ["npx convex deploy --cmd 'npm run build'"],
    "neon": ["neonctl branches create --project-id \"$NEON_PROJECT_ID\" --name \"preview/$BRANCH\""],
    "planetscale": ["pscale deploy-request create \"$DB\" \"$BRANCH\" --org \"$PLANETSCALE_ORG\""],
}


def deploy_lines(ctx, name):
    cmds = DEPLOY_CMD.get(ctx.provider, ["npm run deploy"])
    if not name:
        name = DEFAULT_NAME.get(ctx.provider, "DEPLOY_TOKEN")
    return [c.replace("${N}", "${" + name + "}") for c in cmds]


def r_gha(rng, ctx, items, cmd):
    out = [f"name: {rng.choice(['Deploy', 'Deploy production', 'CD', 'Release'])}", "", "on:", "  push:", "    branches: [main]",
           "  workflow_dispatch:", "", "concurrency:", "  group: deploy-${{ github.ref }}", "  cancel-in-progress: true", ""]
    env_lines = []
    sname = None
    for n, v in items:
        if isinstance(v, Ref):
            env_lines.append(f"  {n}: ${{{{ secrets.{n} }}}}")
        elif rng.random() < 0.5 and ctx.secret_value != v:
            env_lines.append(f"  {n}: ${{{{ vars.{n} }}}}") if rng.random() < 0.3 else env_lines.append(f"  {n}: {yv(rng, v)}")
        else:
            env_lines.append(f"  {n}: {yv(rng, v)}")
        if n == ctx.secret_name:
            sname = n
    if env_lines:
        out += ["env:"] + env_lines + [""]
    out += ["jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    environment: production", "    steps:",
            "      - uses: actions/checkout@v4", "      - uses: actions/setup-node@v4", "        with:",
            f"          node-version: {ctx.node}", "          cache: npm", "      - run: npm ci", "      - run: npm run build",
            "      - name: Deploy", "        run: |"]
    for line in deploy_lines(ctx, sname):
        out.append("          " + line)
    if cmd:
        out.append("          " + cmd)
    if rng.random() < 0.4:
        out += ["      - name: Smoke test", f"        run: curl -fsS https://{ctx.domain}/healthz"]
    return rng.choice([".github/workflows/deploy.yml", ".github/workflows/production.yml", ".github/workflows/cd.yaml"]), "\n".join(out) + "\n"


def r_gitlab(rng, ctx, items, cmd):
    out = ["stages:", "  - build", "  - deploy", "", "variables:", f'  NODE_VERSION: "{ctx.node}"']
    sname = None
    for n, v in items:
        if isinstance(v, Ref):
            continue  # masked CI/CD variable defined in project settings
        out.append(f"  {n}: {yv(rng, v)}")
    for n, v in items:
        if n == ctx.secret_name:
            sname = n
    out += ["", "build:", "  stage: build", f"  image: node:{ctx.node}", "  script:", "    - npm ci", "    - npm run build",
            "  artifacts:", "    paths: [dist/]", "", "deploy_production:", "  stage: deploy", f"  image: node:{ctx.node}",
            "  environment: production", "  rules:", '    - if: $CI_COMMIT_BRANCH == "main"', "  script:"]
    for line in deploy_lines(ctx, sname):
        out.append("    - " + (q(line, "'") if ": " in line else line))
    if cmd:
        out.append("    - " + (q(cmd, "'") if ": " in cmd and "'" not in cmd else cmd))
    return ".gitlab-ci.yml", "\n".join(out) + "\n"


def r_deploy_sh(rng, ctx, items, cmd):
    out = ["#!/usr/bin/env bash", "set -euo pipefail", "", f"# Deploy {ctx.app} to production.",
           f"# Usage: ./{rng.choice(['deploy.sh', 'scripts/deploy.sh'])} [git-ref]", "", 'REF="${1:-main}"',
           'ROOT="$(cd "$(dirname "$0")/.." && pwd)"']
    if items:
        out.append("")
    sname = None
    for n, v in items:
        if isinstance(v, Ref):
            out.append(f': "${{{n}:?{n} must be set (see 1Password > {ctx.app})}}"')
        else:
            out.append(f"export {n}={sh_lit(rng, v)}")
        if n == ctx.secret_name:
            sname = n
    out += ["", 'echo "==> building $REF"', 'git -C "$ROOT" fetch --quiet origin "$REF"', "npm ci --silent", "npm run build", "",
            'echo "==> deploying"']
    out += deploy_lines(ctx, sname)
    if cmd:
        out.append(cmd)
    out += ["", 'echo "done: https://' + ctx.domain + '"']
    return rng.choice(["deploy.sh", "scripts/deploy.sh", "bin/deploy", "scripts/release.sh"]), "\n".join(out) + "\n"


def r_makefile(rng, ctx, items, cmd):
    out = [f"APP ?= {ctx.app}", f"REGION ?= {ctx.region}"]
    sname = None
    for n, v in items:
        if isinstance(v, Ref):
            out.append(f"{n} ?= $(shell op read op://{ctx.org}/{ctx.app}/{kebab(n)})")
        else:
            out.append(f"{n} {rng.choice(['?=', ':=', '='])} {v}")
        if n == ctx.secret_name:
            sname = n
    out += ["", ".PHONY: build deploy logs", "", "build:", "\tnpm ci && npm run build", "", "deploy: build"]
    for line in deploy_lines(ctx, sname):
        line2 = line.replace("$", "$$")
        if sname:
            line2 = line2.replace("$${" + sname + "}", "$(" + sname + ")")
        out.append("\t" + line2)
    if cmd:
        out.append("\t" + cmd)
    out += ["", "logs:", f"\t@echo tailing $(APP) in $(REGION)"]
    return rng.choice(["Makefile", "deploy/Makefile"]), "\n".join(out) + "\n"


def r_next_config(rng, ctx, items, cmd):
    out = ["/** @type {import('next').NextConfig} */", "const nextConfig = {", "  reactStrictMode: true,",
           "  output: 'standalone',", "  images: {", f"    remotePatterns: [{{ protocol: 'https', hostname: 'cdn.{ctx.domain}' }}],", "  },",
           "  env: {"]
    for n, v in items:
        out.append(f"    {n}: process.env.{n}," if isinstance(v, Ref) else f"    {n}: '{v}',")
    out += ["  },", "};", "", "module.exports = nextConfig;"]
    return rng.choice(["next.config.js", "apps/web/next.config.js"]), "\n".join(out) + "\n"


def r_nuxt(rng, ctx, items, cmd):
    out = ["// https://nuxt.com/docs/api/configuration/nuxt-config", "export default defineNuxtConfig({",
           "  compatibilityDate: '" + ctx.date + "',", "  modules: ['@nuxt/image', '@pinia/nuxt'],",
           "  nitro: { preset: '" + rng.choice(["vercel-edge", "netlify-edge", "cloudflare-pages", "node-server"]) + "' },",
           "  runtimeConfig: {"]
    for n, v in items:
        out.append(f"    {camel(n)}: '',  // NUXT_{n}" if isinstance(v, Ref) else f"    {camel(n)}: '{v}',")
    out += ["    public: {", f"      siteUrl: 'https://{ctx.domain}',", "    },", "  },", "});"]
    return "nuxt.config.ts", "\n".join(out) + "\n"


def r_astro(rng, ctx, items, cmd):
    ad = rng.choice(["vercel", "netlify", "cloudflare", "node"])
    out = ["import { defineConfig } from 'astro/config';", f"import {ad} from '@astrojs/{ad}';", ""]
    for n, v in items:
        out.append(f"const {n} = import.meta.env.{n} ?? process.env.{n};" if isinstance(v, Ref) else f"const {n} = '{v}';")
    out += ["", "export default defineConfig({", f"  site: 'https://{ctx.domain}',", "  output: 'server',",
            f"  adapter: {ad}(),", "  vite: {", "    define: {"]
    for n, v in items:
        out.append(f"      'process.env.{n}': JSON.stringify({n}),")
    out += ["    },", "  },", "});"]
    return "astro.config.mjs", "\n".join(out) + "\n"


def r_svelte(rng, ctx, items, cmd):
    ad = rng.choice(["vercel", "netlify", "cloudflare", "node"])
    out = [f"import adapter from '@sveltejs/adapter-{ad}';", "import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';", ""]
    for n, v in items:
        out.append(f"const {camel(n)} = process.env.{n};" if isinstance(v, Ref) else f"const {camel(n)} = '{v}';")
    out += ["", "/** @type {import('@sveltejs/kit').Config} */", "const config = {", "  preprocess: vitePreprocess(),", "  kit: {",
            "    adapter: adapter(),", "    env: { publicPrefix: 'PUBLIC_' },", "    prerender: {", "      handleHttpError: 'warn',",
            "      entries: ['*'],", "      origin: " + (f"'https://{ctx.domain}'") + ",", "    },", "  },", "};", "",
            "export const buildEnv = { " + ", ".join(camel(n) for n, _ in items) + " };", "export default config;"]
    return "svelte.config.js", "\n".join(out) + "\n"


API_URL = {
    "resend": "https://api.resend.com/emails", "upstash": "${UPSTASH_URL}/incr/hits", "stripe": "https://api.stripe.com/v1/customers",
    "openai": "https://api.openai.com/v1/chat/completions", "clerk": "https://api.clerk.com/v1/users?limit=10",
    "algolia": "https://${APP_ID}-dsn.algolia.net/1/indexes/products/batch", "posthog": "https://us.posthog.com/api/projects/",
    "twilio": "https://api.twilio.com/2010-04-01/Accounts/${SID}/Messages.json", "supabase": "${SUPABASE_URL}/rest/v1/orders?select=*",
    "sentry": "https://sentry.io/api/0/organizations/", "shopify": "https://${SHOP}/admin/api/2024-10/graphql.json",
    "gcp": "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent",
    "turso": "https://${DB_HOST}/v2/pipeline", "ably": "https://rest.ably.io/channels/orders/messages",
}


def r_edge_ts(rng, ctx, items, cmd):
    flavour = rng.choice(["supabase", "vercel", "worker", "netlify"])
    url = API_URL.get(ctx.provider, "https://api." + ctx.domain + "/v1/events")
    sname = ctx.secret_name or (items[-1][0] if items else "TOKEN")
    ident = camel(sname) if rng.random() < 0.5 else sname
    decls = []
    for n, v in items:
        idn = ident if n == sname else camel(n)
        if isinstance(v, Ref):
            getter = {"supabase": f"Deno.env.get('{n}')!", "vercel": f"process.env.{n}!", "worker": None,
                      "netlify": f"Netlify.env.get('{n}')"}[flavour]
            if getter:
                decls.append(f"const {idn} = {getter};")
        else:
            decls.append(f"const {idn} = '{v}';" if rng.random() < 0.5 else f'const {idn} = "{v}";')
    if flavour == "supabase":
        path = f"supabase/functions/{rng.choice(['send-email', 'webhook', 'sync-orders', 'notify'])}/index.ts"
        out = ["import { serve } from 'https://deno.land/std@0.224.0/http/server.ts';", ""] + decls + ["",
               "serve(async (req) => {", "  if (req.method !== 'POST') return new Response('method not allowed', { status: 405 });",
               "  const body = await req.json();", f"  const res = await fetch(`{url}`, {{", "    method: 'POST',",
               f"    headers: {{ Authorization: `Bearer ${{{ident}}}`, 'Content-Type': 'application/json' }},",
               "    body: JSON.stringify(body),", "  });", "  return new Response(await res.text(), { status: res.status });", "});"]
    elif flavour == "vercel":
        path = f"app/api/{rng.choice(['checkout', 'subscribe', 'revalidate', 'events'])}/route.ts"
        out = ["export const runtime = 'edge';", ""] + decls + ["", "export async function POST(req: Request) {",
               "  const payload = await req.json();", f"  const upstream = await fetch(`{url}`, {{", "    method: 'POST',",
               f"    headers: {{ authorization: `Bearer ${{{ident}}}`, 'content-type': 'application/json' }},",
               "    body: JSON.stringify(payload),", "  });", "  return Response.json(await upstream.json(), { status: upstream.status });", "}"]
    elif flavour == "netlify":
        path = f"netlify/edge-functions/{rng.choice(['geo', 'proxy', 'auth'])}.ts"
        out = ["import type { Config, Context } from '@netlify/edge-functions';", ""] + decls + ["",
               "export default async (request: Request, context: Context) => {",
               f"  const r = await fetch(`{url}`, {{ headers: {{ Authorization: `Bearer ${{{ident}}}` }} }});",
               "  return new Response(r.body, { status: r.status });", "};", "", "export const config: Config = { path: '/api/proxy' };"]
    else:
        path = rng.choice(["src/index.ts", "src/worker.ts", "workers/api/src/index.ts"])
        iface = [f"  {n}: string;" for n, v in items if isinstance(v, Ref)]
        use = ident if any(n == sname and not isinstance(v, Ref) for n, v in items) else f"env.{sname}"
        out = ["export interface Env {", "  CACHE: KVNamespace;"] + iface + ["}", ""] + decls + ["",
               "export default {", "  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {",
               "    const url = new URL(request.url);", "    if (url.pathname === '/health') return new Response('ok');",
               f"    const res = await fetch(`{url}`, {{", f"      headers: {{ Authorization: `Bearer ${{{use}}}` }},", "    });",
               "    ctx.waitUntil(env.CACHE.put('last', String(Date.now())));", "    return new Response(res.body, res);", "  },",
               "} satisfies ExportedHandler<Env>;"]
    return path, "\n".join(out) + "\n"


def r_docker_compose(rng, ctx, items, cmd):
    out = ["services:", "  app:", "    build: .", f"    image: ghcr.io/{ctx.org}/{ctx.app}:latest", "    restart: unless-stopped",
           "    ports:", f'      - "{rng.choice([3000, 8080])}:{rng.choice([3000, 8080])}"', "    environment:"]
    listy = rng.random() < 0.5
    for n, v in items:
        val = "${" + n + ":?" + n + " is required}" if isinstance(v, Ref) else v
        out.append(f"      - {n}={val}" if listy else f"      {n}: {yv(rng, val) if not isinstance(v, Ref) else q(val)}")
    out += ["    depends_on:", "      - db", "", "  db:", "    image: postgres:16-alpine", "    environment:",
            "      POSTGRES_DB: app", "      POSTGRES_USER: app", "      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password",
            "    volumes:", "      - pgdata:/var/lib/postgresql/data", "", "volumes:", "  pgdata:"]
    return rng.choice(["docker-compose.yml", "docker-compose.prod.yml", "compose.yaml"]), "\n".join(out) + "\n"


def r_readme(rng, ctx, items, cmd):
    out = [f"# {ctx.app}", "", f"{ctx.org.title()}'s {rng.choice(PRODUCTS)} service, deployed on {ctx.provider.title()}.", "",
           "## Local development", "", "```bash", "npm install", "npm run dev", "```", "", "## Deploying", "",
           "Production deploys run from CI on every push to `main`. To deploy by hand:", "", "```bash"]
    for n, v in items:
        out.append(f"export {n}=<{kebab(n)}>  # from the team vault" if isinstance(v, Ref) else f"export {n}={v}")
    out += deploy_lines(ctx, ctx.secret_name if any(n == ctx.secret_name for n, _ in items) else None)
    if cmd:
        out.append(cmd)
    out += ["```", "", "Preview deploys are created automatically for pull requests.", "", "## Troubleshooting", "",
            "- `401 Unauthorized`: the token expired, ask #platform for a new one.", "- Build cache issues: redeploy with `--force`."]
    return rng.choice(["README.md", "docs/deploy.md", "DEPLOY.md"]), "\n".join(out) + "\n"


def r_lambda_env_json(rng, ctx, items, cmd):
    vars_ = {"NODE_ENV": "production"}
    for n, v in items:
        vars_[n] = v if not isinstance(v, Ref) else f"arn:aws:secretsmanager:{ctx.region}:{rng.randint(100000000000, 999999999999)}:secret:{ctx.app}/{kebab(n)}-{rs(rng, B62, 6)}"
    acct = rng.randint(100000000000, 999999999999)
    d = {"FunctionName": ctx.app, "FunctionArn": f"arn:aws:lambda:{ctx.region}:{acct}:function:{ctx.app}",
         "Runtime": rng.choice(["nodejs20.x", "python3.12"]), "Role": f"arn:aws:iam::{acct}:role/{ctx.app}-exec",
         "Handler": "index.handler", "CodeSize": rng.randint(100000, 9000000), "Timeout": 30, "MemorySize": 512,
         "LastModified": ctx.date + "T10:12:44.000+0000", "CodeSha256": base64.b64encode(rbytes(rng, 32)).decode(),
         "Version": "$LATEST", "Environment": {"Variables": vars_}, "TracingConfig": {"Mode": "PassThrough"},
         "RevisionId": ruuid(rng), "State": "Active", "Architectures": ["arm64"]}
    return rng.choice([f"ops/lambda/{ctx.app}-config.json", "backup/function-configuration.json", f"infra/exports/{ctx.app}.json"]), json.dumps(d, indent=4) + "\n"


def r_cloudrun_sh(rng, ctx, items, cmd):
    lits = [f"{n}={v}" for n, v in items if not isinstance(v, Ref)]
    refs = [f"{n}={kebab(n)}:latest" for n, v in items if isinstance(v, Ref)]
    kind = rng.choice(["run", "functions"])
    out = ["#!/bin/sh", "set -e", f'PROJECT="{ctx.gcp_project}"', f'REGION="{ctx.gcp_region}"', ""]
    if kind == "run":
        out += [f'gcloud builds submit --tag "gcr.io/$PROJECT/{ctx.app}:$(git rev-parse --short HEAD)"', "",
                f"gcloud run deploy {ctx.app} \\", f'  --image "gcr.io/$PROJECT/{ctx.app}:$(git rev-parse --short HEAD)" \\',
                '  --region "$REGION" --platform managed --allow-unauthenticated \\']
    else:
        out += [f"gcloud functions deploy {ctx.app.replace('-', '_')} \\", "  --gen2 --runtime=nodejs20 --trigger-http \\",
                '  --region="$REGION" --source=. --entry-point=handler \\']
    if lits:
        out.append(f'  --set-env-vars "{",".join(lits)}"' + (" \\" if refs else ""))
    if refs:
        out.append(f'  --set-secrets "{",".join(refs)}"')
    if not lits and not refs:
        out[-1] = out[-1].rstrip(" \\")
    out += ["", f'echo "deployed {ctx.app} to $REGION"']
    return rng.choice(["deploy.sh", "scripts/deploy-cloudrun.sh", "bin/gcp-deploy.sh"]), "\n".join(out) + "\n"


def do_ev(rng):
    return "EV[1:" + base64.b64encode(rbytes(rng, 24)).decode() + ":" + base64.b64encode(rbytes(rng, rng.randint(40, 90))).decode() + "]"


def r_do_app(rng, ctx, items, cmd):
    out = [f"name: {ctx.app}", f"region: {rng.choice(['nyc', 'ams', 'fra', 'sfo', 'sgp'])}", "services:", f"  - name: {ctx.app}-web",
           "    github:", f"      repo: {ctx.org}/{ctx.app}", "      branch: main", "      deploy_on_push: true",
           "    build_command: npm run build", "    run_command: npm start", "    http_port: 8080",
           "    instance_size_slug: apps-s-1vcpu-1gb", "    instance_count: 1", "    envs:", "      - key: NODE_ENV",
           "        value: production"]
    for n, v in items:
        out += [f"      - key: {n}", "        scope: RUN_TIME"]
        if isinstance(v, Ref):
            out += ["        type: SECRET", f"        value: {do_ev(rng)}"]
        else:
            if rng.random() < 0.5:
                out.append("        type: SECRET")
            out.append(f"        value: {yv(rng, v)}")
    return rng.choice([".do/app.yaml", ".do/deploy.template.yaml"]), "\n".join(out) + "\n"


def r_supabase_config(rng, ctx, items, cmd):
    out = [f'project_id = "{ctx.app}"', "", "[api]", "enabled = true", "port = 54321", 'schemas = ["public", "graphql_public"]', "",
           "[db]", "port = 54322", "major_version = 15", "", "[auth]", "enabled = true", f'site_url = "https://{ctx.domain}"',
           f'additional_redirect_urls = ["https://{ctx.domain}/auth/callback"]', "jwt_expiry = 3600", ""]
    out += ["[auth.external.github]", "enabled = true"]
    rest = []
    for n, v in items:
        if n == ctx.secret_name or "SECRET" in n:
            key = "secret"
        elif "CLIENT_ID" in n:
            key = "client_id"
        else:
            rest.append((n, v))
            continue
        out.append(f'{key} = "env({n})"' if isinstance(v, Ref) else f'{key} = "{v}"')
    out += ['redirect_uri = ""', "", "[edge_runtime]", "enabled = true", 'policy = "per_worker"']
    if rest:
        out += ["", "[edge_runtime.secrets]"] + [f'{n} = "env({n})"' if isinstance(v, Ref) else f'{n} = "{v}"' for n, v in rest]
    out += ["", "[functions.send-email]", "verify_jwt = false"]
    return "supabase/config.toml", "\n".join(out) + "\n"


def r_amplify_yml(rng, ctx, items, cmd):
    out = ["version: 1", "frontend:", "  phases:", "    preBuild:", "      commands:", "        - npm ci", "    build:", "      commands:"]
    for n, v in items:
        out.append(f"        - echo \"{n}=${n}\" >> .env.production" if isinstance(v, Ref) else f"        - echo \"{n}={v}\" >> .env.production")
    out += ["        - npm run build", "  artifacts:", "    baseDirectory: .next", "    files:", "      - '**/*'", "  cache:",
            "    paths:", "      - node_modules/**/*", "      - .next/cache/**/*"]
    return "amplify.yml", "\n".join(out) + "\n"


def r_sa_json(rng, ctx):
    proj = ctx.gcp_project
    sa = rng.choice(["firebase-adminsdk-" + rs(rng, LOWN, 5), "github-deployer", "cloud-run-deploy", ctx.app[:20]])
    key = "\n".join(pem_lines(rng)) + "\n"
    d = {"type": "service_account", "project_id": proj, "private_key_id": rs(rng, HEX, 40), "private_key": key,
         "client_email": f"{sa}@{proj}.iam.gserviceaccount.com", "client_id": str(rng.randint(10 ** 20, 10 ** 21 - 1)),
         "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
         "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
         "client_x509_cert_url": f"https://www.googleapis.com/robot/v1/metadata/x509/{sa}%40{proj}.iam.gserviceaccount.com",
         "universe_domain": "googleapis.com"}
    text = json.dumps(d, indent=2) + "\n"
    needle = json.dumps(key)[1:-1]
    path = rng.choice(["firebase/service-account.json", "functions/serviceAccountKey.json", f"deploy/{proj}-sa.json",
                       "credentials/gcp-deployer.json", ".github/ci/firebase-admin.json"])
    return path, text, needle


RENDERERS = {
    "dotenv": r_dotenv, "dev_vars": r_dev_vars, "wrangler_toml": r_wrangler_toml, "wrangler_jsonc": r_wrangler_jsonc,
    "vercel_json": r_vercel_json, "netlify_toml": r_netlify_toml, "fly_toml": r_fly_toml, "render_yaml": r_render_yaml,
    "heroku_app_json": r_app_json, "procfile": r_procfile, "serverless_yml": r_serverless, "sam_template": r_sam,
    "cdk_ts": r_cdk_ts, "cdk_py": r_cdk_py, "pulumi_ts": r_pulumi_ts, "terraform": r_terraform,
    "local_settings_json": r_local_settings, "github_actions": r_gha, "gitlab_ci": r_gitlab, "deploy_sh": r_deploy_sh,
    "makefile": r_makefile, "next_config": r_next_config, "nuxt_config": r_nuxt, "astro_config": r_astro,
    "svelte_config": r_svelte, "edge_function_ts": r_edge_ts, "docker_compose": r_docker_compose, "readme": r_readme,
    "lambda_env_json": r_lambda_env_json, "gcloud_deploy_sh": r_cloudrun_sh, "do_app_spec": r_do_app,
    "supabase_config_toml": r_supabase_config, "amplify_yml": r_amplify_yml,
}
CI_RENDS = ["github_actions", "github_actions", "gitlab_ci", "deploy_sh", "makefile", "dotenv", "readme", "docker_compose"]
APP_RENDS = ["dotenv", "dev_vars", "wrangler_toml", "wrangler_jsonc", "vercel_json", "netlify_toml", "fly_toml", "render_yaml",
             "dev_vars", "wrangler_toml", "vercel_json", "fly_toml", "render_yaml", "netlify_toml",
             "heroku_app_json", "procfile", "serverless_yml", "sam_template", "cdk_ts", "cdk_py", "pulumi_ts", "terraform",
             "local_settings_json", "docker_compose", "next_config", "nuxt_config", "astro_config", "svelte_config",
             "edge_function_ts", "edge_function_ts", "lambda_env_json", "gcloud_deploy_sh", "do_app_spec", "amplify_yml",
             "github_actions", "deploy_sh"]
CODE_RENDS = {"next_config", "nuxt_config", "astro_config", "svelte_config", "edge_function_ts", "cdk_ts", "cdk_py", "pulumi_ts"}
POSITIONAL_RENDS = {"deploy_sh", "makefile", "github_actions", "gitlab_ci", "readme"}
CI_KINDS = {("vercel", "access_token_legacy"), ("vercel", "access_token_vcp"), ("netlify", "personal_access_token"),
            ("netlify", "build_hook"), ("cloudflare", "api_token"), ("cloudflare", "api_token_scannable"),
            ("cloudflare", "account_token_scannable"), ("cloudflare", "global_api_key"), ("flyio", "org_token"),
            ("flyio", "macaroon"), ("render", "api_key"), ("render", "deploy_hook"), ("railway", "api_token"),
            ("heroku", "api_key_uuid"), ("heroku", "hrku_token"), ("deno", "deploy_token"), ("supabase", "access_token"),
            ("firebase", "ci_token"), ("digitalocean", "personal_access_token"), ("sentry", "org_auth_token"),
            ("sentry", "user_auth_token"), ("doppler", "service_token"), ("doppler", "personal_token"),
            ("infisical", "service_token"), ("expo", "access_token"), ("npm", "access_token"),
            ("github", "personal_access_token"), ("azure", "swa_deployment_token"), ("convex", "deploy_key"),
            ("neon", "api_key"), ("planetscale", "service_token"), ("posthog", "personal_api_key")}
KIND_RENDS = {
    ("azure", "storage_account_key"): ["local_settings_json"] * 4 + ["dotenv", "github_actions", "docker_compose", "deploy_sh", "terraform"],
    ("azure", "function_key"): ["dotenv", "github_actions", "deploy_sh", "readme", "edge_function_ts", "local_settings_json"],
    ("github", "oauth_client_secret"): ["supabase_config_toml"] * 3 + ["dotenv", "vercel_json", "netlify_toml", "render_yaml", "fly_toml", "docker_compose"],
    ("aws", "secret_access_key"): CI_RENDS + ["amplify_yml", "lambda_env_json", "cdk_ts", "dev_vars", "wrangler_toml"],
    ("cloudflare", "r2_secret_access_key"): ["dotenv", "dev_vars", "wrangler_toml", "wrangler_jsonc", "github_actions", "deploy_sh",
                                             "docker_compose", "vercel_json", "next_config", "edge_function_ts", "fly_toml"],
    ("generic", "db_password"): ["docker_compose", "dotenv", "render_yaml", "fly_toml", "heroku_app_json", "serverless_yml",
                                 "sam_template", "terraform", "local_settings_json", "do_app_spec", "github_actions", "gitlab_ci"],
    ("flyio", "macaroon"): ["github_actions", "github_actions", "gitlab_ci", "deploy_sh", "makefile", "dotenv", "readme"],
}
API_CMD_EXTRA = {("azure", "function_key"): 'curl -fsS -H "x-functions-key: {v}" https://{app}.azurewebsites.net/api/reindex',
                 ("azure", "swa_deployment_token"): "npx @azure/static-web-apps-cli deploy ./dist --deployment-token {v} --env production",
                 ("flyio", "macaroon"): 'curl -s -H "Authorization: FlyV1 {v}" https://api.machines.dev/v1/apps/{app}/machines',
                 ("render", "deploy_hook"): "curl -fsS -X POST '{v}'",
                 ("supabase", "service_role_jwt"): 'curl -s "$SUPABASE_URL/rest/v1/profiles?select=id" -H "apikey: {v}" -H "Authorization: Bearer {v}"'}


def rends_for(k):
    key = (k["provider"], k["kind"])
    if key in KIND_RENDS:
        return KIND_RENDS[key]
    if key in CI_KINDS:
        r = list(CI_RENDS)
        if k["provider"] in TF_PROVIDER:
            r += ["terraform"]
        if k["provider"] == "cloudflare":
            r += ["dev_vars"]
        return r
    return APP_RENDS


def pick_kind(rng):
    return rng.choices(KINDS, weights=[k["weight"] for k in KINDS])[0]


def render(rng, ctx, rname, items, cmd):
    fn = RENDERERS[rname]
    if rname == "terraform":
        tfp = ctx.provider if (ctx.provider in TF_PROVIDER and (ctx.provider, ctx.kind) in CI_KINDS) else None
        return fn(rng, ctx, items, cmd, provider=tfp, secret_name=ctx.secret_name)
    return fn(rng, ctx, items, cmd)


def make_positive(rng):
    ctx = Ctx(rng)
    k = pick_kind(rng)
    ctx.provider, ctx.kind = k["provider"], k["kind"]
    if k["kind"] == "service_account_key":
        path, text, needle = r_sa_json(rng, ctx)
        return path, text, needle, k, "service_account_json"
    value, needle = k["gen"](rng, ctx)
    rname = rng.choice(rends_for(k))
    generic = rng.random() < 0.34
    api = API_CMD_EXTRA.get((k["provider"], k["kind"])) or k["api"]
    cmd = None
    items = [(n, v) for n, v in k["comp"](rng, ctx)]
    if generic and api and rname in POSITIONAL_RENDS and rng.random() < 0.6:
        # the credential is passed positionally on a command line
        email = next((v for n, v in items if "EMAIL" in n), ctx.email)
        cmd = api.format(v=value, app=ctx.app, org=ctx.org, email=email)
        if rname == "makefile":
            cmd = cmd.replace("$", "$$")
        name = None
    elif generic:
        name = rng.choice(k["generic"])
        if rname in CODE_RENDS and rng.random() < 0.5:
            name = camel(name) if name.isupper() else name
    else:
        name = rng.choice(k["names"]) if k["names"] else "SECRET"
    if name:
        items.insert(rng.randint(0, len(items)), (name, value))
    for _ in range(rng.choice([0, 0, 1, 2])):
        en = rng.choice(EXTRA_REFS)
        if all(en != n for n, _ in items) and en != name:
            items.append((en, Ref(en)))
    ctx.secret_name, ctx.secret_value = name, value
    path, text = render(rng, ctx, rname, items, cmd)
    return path, text, needle, k, rname


# ---------------------------------------------------------------- negatives
PREFIXES = ["sk_live_", "sk_test_", "rk_live_", "nfp_", "vcp_", "cfut_", "cfat_", "fo1_", "rnd_", "HRKU-", "ddp_", "sbp_",
            "sb_secret_", "dop_v1_", "napi_", "pscale_tkn_", "pscale_pw_", "npg_", "re_", "dp.st.", "dp.pt.", "phx_",
            "sntrys_", "sntryu_", "shpss_", "shpat_", "ghp_", "npm_", "sk-proj-", "vercel_blob_rw_", "0x4AAAAAAA", "1//0",
            "AIza", "FlyV1 ", "st."]


def prefix_of(v):
    best = ""
    for p in PREFIXES:
        if v.startswith(p) and len(p) > len(best):
            best = p
    return best


def placeholder(rng, name, provider, v):
    pre = prefix_of(v) if isinstance(v, str) else ""
    opts = [f"<your-{kebab(name)}>", f"YOUR_{name.upper()}", f"your-{provider}-token-here", "changeme", "replace-me",
            "REPLACE_WITH_REAL_VALUE", "TODO", f"<{name.upper()}>", f"op://{rng.choice(['Platform', 'Engineering', 'Deploy'])}/{provider}/{kebab(name)}",
            "set-me-in-dashboard", "dummy", "not-a-real-secret", f"{{{{ {name.lower()} }}}}", f"%{name.upper()}%"]
    if pre:
        opts += [pre + "...", pre + "xxxxxxxxxxxxxxxxxxxxxxxx", pre + "<token>", pre + "YOUR_KEY_HERE", pre + "REDACTED", pre + "********"]
        opts += [pre + "...", pre + "<token>"]
    return rng.choice(opts)


def masked(rng, v):
    pre = prefix_of(v)
    tail = v[-4:]
    body = len(v) - len(pre) - 4
    forms = [pre + "*" * max(8, body) + tail, pre + "…" + tail, pre + "••••••••" + tail, pre + v[len(pre):len(pre) + 4] + "…" + tail,
             "*" * 12 + tail, "[REDACTED]", "<redacted>", pre + "****" + tail, v[:6] + "..." + tail]
    return rng.choice(forms)


def anon_jwt(rng, ref=None):
    iat = rng.randint(1640000000, 1735000000)
    return jwt(rng, {"alg": "HS256", "typ": "JWT"},
               {"iss": "supabase", "ref": ref or supa_ref(rng), "role": "anon", "iat": iat, "exp": iat + 315360000})


def clerk_pk(rng, ctx):
    live = rng.random() < 0.6
    host = (f"clerk.{ctx.domain}" if live else f"{rng.choice(ADJ)}-{rng.choice(NOUN)}-{rng.randint(10, 99)}.clerk.accounts.dev") + "$"
    return ("pk_live_" if live else "pk_test_") + base64.b64encode(host.encode()).decode().rstrip("=")


def sentry_dsn(rng):
    return f"https://{rs(rng, HEX, 32)}@o{rng.randint(100000, 4999999)}.ingest.{rng.choice(['', 'us.', 'de.'])}sentry.io/{rng.randint(1000000, 4599999999)}"


# public-value builders: (rng, ctx) -> (provider, kind, items, renderer choices)
FRONT = ["dotenv", "next_config", "vercel_json", "astro_config", "svelte_config", "nuxt_config", "edge_function_ts", "netlify_toml",
         "wrangler_toml", "github_actions", "docker_compose", "fly_toml", "render_yaml"]


def pub_supabase_anon(rng, ctx):
    ref = supa_ref(rng)
    pre = rng.choice(["NEXT_PUBLIC_", "VITE_", "PUBLIC_", ""])
    return "supabase", "anon_key", [(pre + "SUPABASE_URL", f"https://{ref}.supabase.co"), (pre + "SUPABASE_ANON_KEY", anon_jwt(rng, ref))], FRONT


def pub_supabase_publishable(rng, ctx):
    ref = supa_ref(rng)
    return "supabase", "publishable_key", [("NEXT_PUBLIC_SUPABASE_URL", f"https://{ref}.supabase.co"),
                                            ("NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY", "sb_publishable_" + rs(rng, B64U, 22) + "_" + rs(rng, B62, 7))], FRONT


def pub_clerk(rng, ctx):
    n = rng.choice(["NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY", "CLERK_PUBLISHABLE_KEY", "VITE_CLERK_PUBLISHABLE_KEY", "PUBLIC_CLERK_PUBLISHABLE_KEY"])
    return "clerk", "publishable_key", [(n, clerk_pk(rng, ctx)), ("CLERK_SECRET_KEY", Ref("CLERK_SECRET_KEY"))], FRONT


def pub_stripe(rng, ctx):
    n = rng.choice(["NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY", "STRIPE_PUBLISHABLE_KEY", "VITE_STRIPE_PK", "PUBLIC_STRIPE_KEY"])
    return "stripe", "publishable_key", [(n, rng.choice(["pk_live_", "pk_test_"]) + rs(rng, B62, 99)),
                                          ("STRIPE_SECRET_KEY", Ref("STRIPE_SECRET_KEY"))], FRONT


def pub_algolia(rng, ctx):
    pre = rng.choice(["NEXT_PUBLIC_", "VITE_", ""])
    return "algolia", "search_only_key", [(pre + "ALGOLIA_APP_ID", algolia_app(rng)),
                                           (pre + rng.choice(["ALGOLIA_SEARCH_KEY", "ALGOLIA_SEARCH_API_KEY", "ALGOLIA_SEARCH_ONLY_API_KEY"]), rs(rng, HEX, 32)),
                                           (pre + "ALGOLIA_INDEX_NAME", ctx.app)], FRONT


def pub_sentry(rng, ctx):
    return "sentry", "dsn", [(rng.choice(["SENTRY_DSN", "NEXT_PUBLIC_SENTRY_DSN", "PUBLIC_SENTRY_DSN"]), sentry_dsn(rng)),
                             ("SENTRY_ENVIRONMENT", "production"), ("SENTRY_AUTH_TOKEN", Ref("SENTRY_AUTH_TOKEN"))], FRONT + ["serverless_yml", "sam_template"]


def pub_posthog(rng, ctx):
    return "posthog", "project_api_key", [(rng.choice(["NEXT_PUBLIC_POSTHOG_KEY", "POSTHOG_KEY", "VITE_POSTHOG_KEY"]), "phc_" + rs(rng, B62, 43)),
                                          ("NEXT_PUBLIC_POSTHOG_HOST", "https://eu.i.posthog.com")], FRONT


def pub_pusher(rng, ctx):
    return "pusher", "app_key", [("PUSHER_APP_ID", str(rng.randint(1000000, 1999999))), (rng.choice(["NEXT_PUBLIC_PUSHER_KEY", "PUSHER_KEY"]), pusher_key(rng)),
                                 ("PUSHER_CLUSTER", rng.choice(["eu", "us2", "mt1"])), ("PUSHER_SECRET", Ref("PUSHER_SECRET"))], FRONT


def pub_turnstile(rng, ctx):
    return "cloudflare", "turnstile_site_key", [(rng.choice(["PUBLIC_TURNSTILE_SITE_KEY", "TURNSTILE_SITE_KEY", "NEXT_PUBLIC_TURNSTILE_SITEKEY"]),
                                                 "0x4AAAAAAA" + rs(rng, B64U, 12)), ("TURNSTILE_SECRET_KEY", Ref("TURNSTILE_SECRET_KEY"))], FRONT


def pub_vercel_ids(rng, ctx):
    return "vercel", "project_and_team_id", [("VERCEL_ORG_ID", vercel_team(rng)), ("VERCEL_PROJECT_ID", vercel_prj(rng)),
                                             ("VERCEL_TOKEN", Ref("VERCEL_TOKEN"))], ["github_actions", "gitlab_ci", "deploy_sh", "makefile", "readme"]


def pub_netlify_site(rng, ctx):
    return "netlify", "site_id", [("NETLIFY_SITE_ID", ruuid(rng)), ("NETLIFY_AUTH_TOKEN", Ref("NETLIFY_AUTH_TOKEN"))], ["github_actions", "gitlab_ci", "deploy_sh", "makefile"]


def pub_cf_ids(rng, ctx):
    return "cloudflare", "account_id", [("CLOUDFLARE_ACCOUNT_ID", cf_id(rng)), (rng.choice(["CLOUDFLARE_ZONE_ID", "CF_ZONE_ID", "KV_NAMESPACE_ID"]), cf_id(rng)),
                                        ("CLOUDFLARE_API_TOKEN", Ref("CLOUDFLARE_API_TOKEN"))], ["github_actions", "gitlab_ci", "deploy_sh", "makefile", "dotenv"]


def pub_railway_ids(rng, ctx):
    return "railway", "project_ids", [("RAILWAY_PROJECT_ID", ruuid(rng)), ("RAILWAY_ENVIRONMENT_ID", ruuid(rng)), ("RAILWAY_SERVICE_ID", ruuid(rng)),
                                      ("RAILWAY_TOKEN", Ref("RAILWAY_TOKEN"))], ["github_actions", "gitlab_ci", "deploy_sh"]


def pub_heroku_ids(rng, ctx):
    return "heroku", "app_id", [("HEROKU_APP_ID", ruuid(rng)), ("HEROKU_APP_NAME", ctx.app), ("HEROKU_EMAIL", ctx.email),
                                ("HEROKU_API_KEY", Ref("HEROKU_API_KEY"))], ["github_actions", "gitlab_ci", "deploy_sh"]


def pub_twilio_sid(rng, ctx):
    return "twilio", "account_sid", [("TWILIO_ACCOUNT_SID", twilio_sid(rng)), ("TWILIO_MESSAGING_SERVICE_SID", "MG" + rs(rng, HEX, 32)),
                                     ("TWILIO_AUTH_TOKEN", Ref("TWILIO_AUTH_TOKEN"))], APP_RENDS


def pub_infisical_id(rng, ctx):
    return "infisical", "client_id", [("INFISICAL_CLIENT_ID", ruuid(rng)), ("INFISICAL_PROJECT_ID", ruuid(rng)),
                                      ("INFISICAL_CLIENT_SECRET", Ref("INFISICAL_CLIENT_SECRET"))], ["github_actions", "deploy_sh", "docker_compose", "gitlab_ci"]


def pub_convex(rng, ctx):
    nm = convex_name(rng)
    return "convex", "deployment_url", [("NEXT_PUBLIC_CONVEX_URL", f"https://{nm}.convex.cloud"), ("CONVEX_DEPLOYMENT", "prod:" + nm)], FRONT


def pub_upstash_url(rng, ctx):
    return "upstash", "rest_url", [("UPSTASH_REDIS_REST_URL", f"https://{rng.choice(ADJ)}-{rng.choice(NOUN)}-{rng.randint(10000, 99999)}.upstash.io"),
                                   ("UPSTASH_REDIS_REST_TOKEN", Ref("UPSTASH_REDIS_REST_TOKEN"))], APP_RENDS


def pub_github_client(rng, ctx):
    return "github", "oauth_client_id", [("GITHUB_CLIENT_ID", rng.choice(["Iv1.", "Ov23li"]) + rs(rng, HEX, 16 if rng.random() < 0.5 else 14)),
                                         ("GITHUB_CLIENT_SECRET", Ref("GITHUB_CLIENT_SECRET"))], ["supabase_config_toml", "dotenv", "render_yaml", "vercel_json"]


def pub_shopify_key(rng, ctx):
    return "shopify", "api_key_client_id", [("SHOPIFY_API_KEY", rs(rng, HEX, 32)), ("SHOPIFY_API_SECRET", Ref("SHOPIFY_API_SECRET")),
                                            ("SCOPES", "read_products,write_orders")], ["dotenv", "fly_toml", "render_yaml", "heroku_app_json", "docker_compose"]


def pub_r2_bucket(rng, ctx):
    return "cloudflare", "r2_bucket_and_account", [("R2_ACCOUNT_ID", cf_id(rng)), ("R2_BUCKET", f"{ctx.app}-uploads"),
                                                   ("R2_PUBLIC_URL", f"https://pub-{rs(rng, HEX, 32)}.r2.dev"),
                                                   ("R2_SECRET_ACCESS_KEY", Ref("R2_SECRET_ACCESS_KEY"))], APP_RENDS


def pub_render_ids(rng, ctx):
    return "render", "service_id", [("RENDER_SERVICE_ID", "srv-" + rs(rng, LOWN, 20)), ("RENDER_API_KEY", Ref("RENDER_API_KEY"))], ["github_actions", "deploy_sh", "gitlab_ci"]


def pub_neon_ids(rng, ctx):
    return "neon", "project_id", [("NEON_PROJECT_ID", f"{rng.choice(ADJ)}-{rng.choice(NOUN)}-{rng.randint(10000000, 99999999)}"),
                                  ("NEON_API_KEY", Ref("NEON_API_KEY"))], ["github_actions", "deploy_sh", "gitlab_ci"]


PUB_BUILDERS = [pub_supabase_anon, pub_supabase_anon, pub_supabase_publishable, pub_clerk, pub_clerk, pub_stripe, pub_algolia,
                pub_algolia, pub_sentry, pub_sentry, pub_posthog, pub_pusher, pub_turnstile, pub_vercel_ids, pub_vercel_ids,
                pub_netlify_site, pub_cf_ids, pub_cf_ids, pub_railway_ids, pub_heroku_ids, pub_twilio_sid, pub_infisical_id,
                pub_convex, pub_upstash_url, pub_github_client, pub_shopify_key, pub_r2_bucket, pub_render_ids, pub_neon_ids]


# special negative files: (rng, ctx) -> (provider, kind, filetype, path, text)
def n_vercel_project_json(rng, ctx):
    d = {"projectId": vercel_prj(rng), "orgId": vercel_team(rng)}
    if rng.random() < 0.5:
        d["settings"] = {"framework": "nextjs", "nodeVersion": ctx.node + ".x", "outputDirectory": None}
    return "vercel", "project_link", "vercel_project_json", rng.choice([".vercel/project.json", "apps/web/.vercel/project.json"]), json.dumps(d, indent=2) + "\n"


def n_netlify_state(rng, ctx):
    return "netlify", "site_id", "netlify_state_json", ".netlify/state.json", json.dumps({"siteId": ruuid(rng)}, indent=2) + "\n"


def n_firebaserc(rng, ctx):
    d = {"projects": {"default": ctx.gcp_project, "staging": ctx.gcp_project.replace("prod", "staging")},
         "targets": {ctx.gcp_project: {"hosting": {"web": [ctx.app]}}}, "etags": {}}
    return "firebase", "project_id", "firebaserc", ".firebaserc", json.dumps(d, indent=2) + "\n"


def n_firebase_json(rng, ctx):
    d = {"hosting": {"target": "web", "public": "dist", "ignore": ["firebase.json", "**/.*", "**/node_modules/**"],
                     "rewrites": [{"source": "/api/**", "function": {"functionId": "api", "region": ctx.gcp_region}},
                                  {"source": "**", "destination": "/index.html"}]},
         "functions": [{"source": "functions", "codebase": "default", "predeploy": ["npm --prefix \"$RESOURCE_DIR\" run build"],
                        "secretEnvironmentVariables": [{"key": rng.choice(["STRIPE_SECRET_KEY", "OPENAI_API_KEY", "RESEND_API_KEY"])}]}],
         "emulators": {"auth": {"port": 9099}, "functions": {"port": 5001}, "ui": {"enabled": True}}}
    return "firebase", "secret_param_reference", "firebase_json", "firebase.json", json.dumps(d, indent=2) + "\n"


def n_firebase_web(rng, ctx):
    proj = ctx.gcp_project
    num = str(rng.randint(10 ** 11, 10 ** 12 - 1))
    lines = ["import { initializeApp } from 'firebase/app';", "import { getAuth } from 'firebase/auth';",
             "import { getFirestore } from 'firebase/firestore';", "", "// Firebase web config is public by design; access is",
             "// enforced by Security Rules and App Check, not by hiding apiKey.", "const firebaseConfig = {",
             f"  apiKey: '{'AIza' + rs(rng, B64U, 35)}',", f"  authDomain: '{proj}.firebaseapp.com',", f"  projectId: '{proj}',",
             f"  storageBucket: '{proj}.appspot.com',", f"  messagingSenderId: '{num}',",
             f"  appId: '1:{num}:web:{rs(rng, HEX, 22)}',", f"  measurementId: 'G-{rs(rng, string.ascii_uppercase + string.digits, 10)}',", "};", "",
             "export const app = initializeApp(firebaseConfig);", "export const auth = getAuth(app);", "export const db = getFirestore(app);"]
    if rng.random() < 0.3:
        lines = lines[:4] + lines[6:]
    return "firebase", "web_api_key", "firebase_web_config", rng.choice(["src/lib/firebase.ts", "src/firebase.js", "web/src/firebaseConfig.ts"]), "\n".join(lines) + "\n"


def n_swa_config(rng, ctx):
    d = {"routes": [{"route": "/admin/*", "allowedRoles": ["administrator"]}, {"route": "/api/*", "allowedRoles": ["authenticated"]}],
         "navigationFallback": {"rewrite": "/index.html", "exclude": ["/images/*.{png,jpg,gif}", "/css/*"]},
         "auth": {"identityProviders": {"customOpenIdConnectProviders": {"okta": {
             "registration": {"clientIdSettingName": "OKTA_CLIENT_ID", "clientCredential": {"clientSecretSettingName": "OKTA_CLIENT_SECRET"},
                              "openIdConnectConfiguration": {"wellKnownOpenIdConfiguration": f"https://{ctx.org}.okta.com/.well-known/openid-configuration"}},
             "login": {"nameClaimType": "name", "scopes": ["openid", "profile", "email"]}}}}},
         "globalHeaders": {"content-security-policy": "default-src https: 'unsafe-eval' 'unsafe-inline'; object-src 'none'"}}
    if rng.random() < 0.5:
        d["auth"] = {"identityProviders": {"azureActiveDirectory": {"registration": {
            "openIdIssuer": f"https://login.microsoftonline.com/{ruuid(rng)}/v2.0",
            "clientIdSettingName": "AZURE_CLIENT_ID", "clientSecretSettingName": "AZURE_CLIENT_SECRET"}}}}
    return "azure", "secret_setting_name", "staticwebapp_config_json", "staticwebapp.config.json", json.dumps(d, indent=2) + "\n"


def n_shopify_toml(rng, ctx):
    lines = ["# Learn more about configuring your app at https://shopify.dev/docs/apps/tools/cli/configuration", "",
             f'client_id = "{rs(rng, HEX, 32)}"', f'name = "{ctx.app}"', f'handle = "{ctx.app}"',
             f'application_url = "https://{ctx.app}.fly.dev"', "embedded = true", "", "[access_scopes]",
             'scopes = "read_products,write_products,read_orders"', "", "[auth]",
             f'redirect_urls = ["https://{ctx.app}.fly.dev/auth/callback"]', "", "[webhooks]", 'api_version = "2024-10"', "",
             "[build]", "automatically_update_urls_on_dev = true", f'dev_store_url = "{ctx.org}-dev.myshopify.com"']
    return "shopify", "client_id", "shopify_app_toml", "shopify.app.toml", "\n".join(lines) + "\n"


def n_expo_app_json(rng, ctx):
    d = {"expo": {"name": ctx.app.replace("-", " ").title(), "slug": ctx.app, "version": f"1.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                  "orientation": "portrait", "ios": {"bundleIdentifier": f"com.{ctx.org}.{ctx.app.replace('-', '')}"},
                  "android": {"package": f"com.{ctx.org}.{ctx.app.replace('-', '')}"},
                  "updates": {"url": f"https://u.expo.dev/{ruuid(rng)}"}, "runtimeVersion": {"policy": "appVersion"},
                  "extra": {"eas": {"projectId": ruuid(rng)}}, "owner": ctx.org}}
    return "expo", "project_id", "expo_app_json", rng.choice(["app.json", "apps/mobile/app.json"]), json.dumps(d, indent=2) + "\n"


def _enc(rng, n):
    return f"ENC[AES256_GCM,data:{base64.b64encode(rbytes(rng, n)).decode()},iv:{base64.b64encode(rbytes(rng, 32)).decode()},tag:{base64.b64encode(rbytes(rng, 16)).decode()},type:str]"


def n_sops_yaml(rng, ctx):
    k = pick_kind(rng)
    names = (k["names"] or ["SECRET"])[:1] + rng.sample(["DATABASE_URL", "SESSION_SECRET", "STRIPE_SECRET_KEY", "RESEND_API_KEY"], 2)
    lines = ["env:"] + [f"    {n}: {_enc(rng, rng.randint(24, 70))}" for n in names]
    lines += ["    LOG_LEVEL: info", "sops:", "    kms: []", "    gcp_kms: []", "    azure_kv: []", "    hc_vault: []", "    age:",
              f"        - recipient: age1{rs(rng, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}", "          enc: |",
              "            -----BEGIN AGE ENCRYPTED FILE-----"]
    blob = base64.b64encode(rbytes(rng, 180)).decode()
    lines += ["            " + blob[i:i + 64] for i in range(0, len(blob), 64)]
    lines += ["            -----END AGE ENCRYPTED FILE-----", f"    lastmodified: \"{ctx.date}T09:41:07Z\"",
              f"    mac: {_enc(rng, 32)}", "    unencrypted_suffix: _unencrypted", "    version: 3.9.1"]
    return k["provider"], "sops_ciphertext", "sops_yaml", rng.choice(["secrets/prod.enc.yaml", "deploy/secrets.sops.yaml", "fly/secrets.enc.yaml"]), "\n".join(lines) + "\n"


def n_dotenvx(rng, ctx):
    k = pick_kind(rng)
    pub = rng.choice(["02", "03"]) + rs(rng, HEX, 64)
    lines = ["#/-------------------[DOTENV_PUBLIC_KEY]--------------------/", "#/            public-key encryption for .env files          /",
             "#/       [how it works](https://dotenvx.com/encryption)     /", "#/----------------------------------------------------------/",
             f'DOTENV_PUBLIC_KEY_PRODUCTION="{pub}"', "", "# .env.production"]
    for n in (k["names"] or ["API_TOKEN"])[:1] + ["DATABASE_URL"]:
        lines.append(f'{n}="encrypted:{base64.b64encode(bytes([4]) + rbytes(rng, rng.randint(110, 170))).decode()}"')
    lines.append('NODE_ENV="production"')
    return k["provider"], "dotenvx_ciphertext", "dotenv", rng.choice([".env.production", "env/.env.production"]), "\n".join(lines) + "\n"


def n_ejson(rng, ctx):
    k = pick_kind(rng)
    d = {"_public_key": rs(rng, HEX, 64)}
    for n in (k["names"] or ["token"])[:1] + ["database_password"]:
        d[n.lower()] = "EJ[1:" + base64.b64encode(rbytes(rng, 32)).decode() + ":" + base64.b64encode(rbytes(rng, 24)).decode() + ":" + base64.b64encode(rbytes(rng, rng.randint(30, 70))).decode() + "]"
    return k["provider"], "ejson_ciphertext", "ejson", rng.choice(["config/secrets.production.ejson", "secrets.ejson"]), json.dumps(d, indent=2) + "\n"


def n_kms_serverless(rng, ctx):
    k = pick_kind(rng)
    nm = (k["names"] or ["API_TOKEN"])[0]
    blob = base64.b64encode(bytes.fromhex("0102020078") + rbytes(rng, rng.randint(150, 220))).decode()
    lines = [f"service: {ctx.app}", "", "provider:", "  name: aws", "  runtime: nodejs20.x", f"  region: {ctx.region}",
             "  kmsKeyArn: arn:aws:kms:" + ctx.region + f":{rng.randint(10 ** 11, 10 ** 12 - 1)}:key/{ruuid(rng)}", "  environment:",
             "    # ciphertext produced by `aws kms encrypt`; decrypted at cold start", f"    {nm}_ENCRYPTED: {blob}", "",
             "functions:", "  handler:", "    handler: src/index.handler", "    events:", "      - httpApi: 'POST /webhook'"]
    return k["provider"], "kms_ciphertext", "serverless_yml", "serverless.yml", "\n".join(lines) + "\n"


def n_package_lock(rng, ctx):
    pk = rng.choice([("wrangler", "3.99.0"), ("vercel", "39.2.4"), ("netlify-cli", "17.38.1"), ("@supabase/supabase-js", "2.47.10"),
                     ("firebase-tools", "13.29.1"), ("@sentry/nextjs", "8.47.0"), ("@clerk/nextjs", "6.9.6")])
    d = {"name": ctx.app, "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": {
        "": {"name": ctx.app, "version": "1.0.0", "devDependencies": {pk[0]: "^" + pk[1]}},
        f"node_modules/{pk[0]}": {"version": pk[1], "resolved": f"https://registry.npmjs.org/{pk[0]}/-/{pk[0].split('/')[-1]}-{pk[1]}.tgz",
                                   "integrity": "sha512-" + base64.b64encode(rbytes(rng, 64)).decode(), "dev": True, "license": "MIT"},
        "node_modules/esbuild": {"version": "0.24.2", "resolved": "https://registry.npmjs.org/esbuild/-/esbuild-0.24.2.tgz",
                                 "integrity": "sha512-" + base64.b64encode(rbytes(rng, 64)).decode(), "dev": True, "hasInstallScript": True}}}
    return "npm", "integrity_hash", "package_lock_json", "package-lock.json", json.dumps(d, indent=2) + "\n"


def n_deploy_record(rng, ctx):
    d = {"id": vercel_dpl(rng), "url": f"{ctx.app}-{rs(rng, LOWN, 9)}-{ctx.org}.vercel.app", "name": ctx.app, "target": "production",
         "readyState": "READY", "projectId": vercel_prj(rng), "ownerId": vercel_team(rng),
         "meta": {"githubCommitSha": rs(rng, HEX, 40), "githubCommitRef": "main", "githubOrg": ctx.org, "githubRepo": ctx.app},
         "buildId": "bld_" + rs(rng, LOWN, 10), "createdAt": rng.randint(1700000000000, 1740000000000)}
    return "vercel", "deployment_id", "deployment_json", rng.choice(["deployments/last-production.json", ".deploy/vercel-output.json"]), json.dumps(d, indent=2) + "\n"


def n_headers_csp(rng, ctx):
    h = [base64.b64encode(rbytes(rng, 32)).decode() for _ in range(2)]
    lines = ["/*", "  X-Frame-Options: DENY", "  X-Content-Type-Options: nosniff", "  Referrer-Policy: strict-origin-when-cross-origin",
             f"  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-{h[0]}' 'sha256-{h[1]}'; connect-src 'self' https://*.{ctx.domain}",
             "", "/assets/*", "  Cache-Control: public, max-age=31536000, immutable"]
    return rng.choice(["cloudflare", "netlify"]), "csp_hash", "headers_file", rng.choice(["public/_headers", "static/_headers", "_headers"]), "\n".join(lines) + "\n"


def n_fly_digest(rng, ctx):
    lines = [f"app = '{ctx.app}'", f"primary_region = '{ctx.fly_region}'", "", "[build]",
             f"  image = 'registry.fly.io/{ctx.app}@sha256:{rs(rng, HEX, 64)}'", "", "[deploy]", "  release_command = 'npm run migrate'",
             "  strategy = 'bluegreen'", "", "[[services]]", "  internal_port = 8080", "  protocol = 'tcp'"]
    return "flyio", "image_digest", "fly_toml", "fly.toml", "\n".join(lines) + "\n"


SPECIAL_NEG = [n_vercel_project_json, n_netlify_state, n_firebaserc, n_firebase_json, n_firebase_web, n_firebase_web, n_swa_config,
               n_shopify_toml, n_expo_app_json, n_sops_yaml, n_dotenvx, n_ejson, n_kms_serverless, n_package_lock, n_deploy_record,
               n_headers_csp, n_fly_digest]


AWS_EX_ID, AWS_EX_SECRET = "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
SUPA_DEMO_ANON = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9."
                  "CRXP1A5fwlTr5GvUXAaNg8w6fn9XCKTDKaVbqfbEhBU")
SUPA_DEMO_SERVICE = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0."
                     "EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU")


def tv_aws(rng, ctx):
    items = [("AWS_ACCESS_KEY_ID", AWS_EX_ID), ("AWS_SECRET_ACCESS_KEY", AWS_EX_SECRET), ("AWS_REGION", ctx.region),
             ("AWS_ENDPOINT_URL", "http://localhost:4566")]
    return "aws", "documentation_example_key", items, ["docker_compose", "dotenv", "readme", "github_actions"]


def tv_azurite(rng, ctx):
    cs = f"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AZURITE_KEY};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;"
    return "azure", "azurite_emulator_key", [(rng.choice(["AzureWebJobsStorage", "AZURE_STORAGE_CONNECTION_STRING"]), cs)], ["local_settings_json", "docker_compose", "dotenv"]


def tv_turnstile(rng, ctx):
    return "cloudflare", "turnstile_test_keys", [("TURNSTILE_SITE_KEY", rng.choice(["1x00000000000000000000AA", "2x00000000000000000000AB", "3x00000000000000000000FF"])),
                                                  ("TURNSTILE_SECRET_KEY", rng.choice(["1x0000000000000000000000000000000AA", "2x0000000000000000000000000000000AA"]))], ["dev_vars", "dotenv", "wrangler_toml"]


def tv_supabase_demo(rng, ctx):
    items = [("SUPABASE_URL", "http://127.0.0.1:54321"), ("SUPABASE_ANON_KEY", SUPA_DEMO_ANON)]
    if rng.random() < 0.6:
        items.append(("SUPABASE_SERVICE_ROLE_KEY", SUPA_DEMO_SERVICE))
    return "supabase", "local_dev_default_key", items, ["dotenv", "docker_compose", "github_actions"]


TEST_VECTORS = [tv_aws, tv_azurite, tv_turnstile, tv_supabase_demo]

SECRET_CMDS = [
    ("cloudflare", "echo \"$STRIPE_SECRET_KEY\" | npx wrangler secret put STRIPE_SECRET_KEY --env production"),
    ("cloudflare", "npx wrangler secret put CLOUDFLARE_API_TOKEN"),
    ("cloudflare", "npx wrangler pages secret put RESEND_API_KEY --project-name {app}"),
    ("flyio", "fly secrets set DATABASE_URL=\"$(op read op://Platform/{app}/database-url)\" -a {app}"),
    ("flyio", "fly secrets import -a {app} < secrets.env.decrypted"),
    ("vercel", "vercel env add CLERK_SECRET_KEY production"),
    ("vercel", "vercel env pull .env.local --environment=preview --token \"$VERCEL_TOKEN\""),
    ("netlify", "netlify env:set RESEND_API_KEY \"$RESEND_API_KEY\" --context production --secret"),
    ("heroku", "heroku config:set STRIPE_SECRET_KEY=\"$STRIPE_SECRET_KEY\" -a {app}"),
    ("railway", "railway variables --set \"OPENAI_API_KEY=$OPENAI_API_KEY\" --service {app}"),
    ("github", "gh secret set VERCEL_TOKEN --env production < ~/.config/vercel-token"),
    ("supabase", "npx supabase secrets set --env-file ./supabase/.env.production"),
    ("gcp", "printf %s \"$GEMINI_API_KEY\" | gcloud secrets versions add gemini-api-key --data-file=-"),
    ("firebase", "npx firebase-tools functions:secrets:set STRIPE_SECRET_KEY"),
    ("doppler", "doppler secrets set SENTRY_AUTH_TOKEN --config prd"),
    ("render", "curl -fsS -X PUT -H \"Authorization: Bearer $RENDER_API_KEY\" -H 'Content-Type: application/json' \"https://api.render.com/v1/services/$RENDER_SERVICE_ID/env-vars/SESSION_SECRET\" -d \"{{\\\"value\\\":\\\"$SESSION_SECRET\\\"}}\""),
    ("azure", "az staticwebapp appsettings set --name {app} --setting-names STRIPE_SECRET_KEY=\"$STRIPE_SECRET_KEY\""),
    ("aws", "aws ssm put-parameter --name /{app}/prod/stripe-key --type SecureString --value \"$STRIPE_KEY\" --overwrite"),
]


def make_negative(rng):
    ctx = Ctx(rng)
    cat = rng.choices(["reference", "placeholder", "masked", "public", "special", "testvector", "command"],
                      weights=[20, 15, 9, 24, 17, 7, 8])[0]
    ctx.secret_name, ctx.secret_value = None, None
    cmd = None
    if cat == "special":
        prov, kind, ft, path, text = rng.choice(SPECIAL_NEG)(rng, ctx)
        return path, text, prov, kind, ft
    if cat in ("public", "testvector"):
        prov, kind, items, rends = rng.choice(PUB_BUILDERS if cat == "public" else TEST_VECTORS)(rng, ctx)
        ctx.provider, ctx.kind = prov, kind
        rname = rng.choice(rends)
    elif cat == "command":
        prov, c = rng.choice(SECRET_CMDS)
        ctx.provider, ctx.kind = prov, "secret_command"
        cmd = c.format(app=ctx.app)
        kind = "secret_set_command"
        rname = rng.choice(["deploy_sh", "readme", "readme", "makefile", "github_actions"])
        if rname == "makefile":
            cmd = cmd.replace("$", "$$")
        items = [(n, Ref(n)) for n in rng.sample(EXTRA_REFS, rng.choice([0, 1, 2]))]
    else:
        k = pick_kind(rng)
        while k["kind"] == "service_account_key":
            k = pick_kind(rng)
        prov = k["provider"]
        ctx.provider, ctx.kind = prov, k["kind"]
        name = rng.choice(k["names"]) if (k["names"] and rng.random() < 0.75) else rng.choice(k["generic"])
        real, real_needle = k["gen"](rng, ctx)
        if cat == "reference":
            val = Ref(name)
            kind = "secret_reference"
            rends = [r for r in rends_for(k) if r not in ("dotenv", "dev_vars", "procfile")] or ["github_actions"]
        elif cat == "placeholder":
            val = placeholder(rng, name, prov, real)
            kind = "placeholder"
            rends = rends_for(k)
        else:
            val = real.replace(real_needle, masked(rng, real_needle)) if real_needle != real else masked(rng, real)
            kind = "masked_value"
            rends = rends_for(k)
        rname = rng.choice(rends)
        items = [(n, v) for n, v in k["comp"](rng, ctx)]
        items.insert(rng.randint(0, len(items)), (name, val))
        for _ in range(rng.choice([0, 1, 1, 2])):
            en = rng.choice(EXTRA_REFS)
            if all(en != n for n, _ in items):
                items.append((en, Ref(en)))
        ctx.secret_name = name
        if rname == "do_app_spec" and cat == "reference":
            kind = "do_encrypted_value"
    path, text = render(rng, ctx, rname, items, cmd)
    return path, text, prov, kind, rname


# ---------------------------------------------------------------- driver
N_POS = 500
N_NEG = 500


def _write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def _nlines(text):
    return len(text.rstrip("\n").split("\n"))


def main(argv):
    if len(argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0].strip(), file=sys.stderr)
        return 2
    outdir, seed = argv[1], int(argv[2])
    rng = random.Random(seed)
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []
    pos_needles = []
    i = 0
    while i < N_POS:
        path, text, needle, k, ft = make_positive(rng)
        lines = text.split("\n")
        hit = [n for n, ln in enumerate(lines, 1) if needle in ln]
        if not hit or not (5 <= _nlines(text) <= 80) or len(needle) < 8:
            continue
        rel = f"pos/p{i:04d}/{path}"
        _write(outdir, rel, text)
        manifest.append({"file": rel, "label": "positive", "provider": k["provider"], "kind": k["kind"], "filetype": ft})
        secrets.append({"file": rel, "needle": needle, "line": hit[0]})
        pos_needles.append(needle)
        i += 1
    i = 0
    neg_texts = []
    while i < N_NEG:
        path, text, prov, kind, ft = make_negative(rng)
        if not (5 <= _nlines(text) <= 80):
            continue
        if any(nd in text for nd in pos_needles):
            continue
        rel = f"neg/n{i:04d}/{path}"
        _write(outdir, rel, text)
        manifest.append({"file": rel, "label": "negative", "provider": prov, "kind": kind, "filetype": ft})
        neg_texts.append(rel)
        i += 1
    with open(os.path.join(outdir, "manifest.jsonl"), "w") as fh:
        for row in manifest:
            fh.write(json.dumps(row) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as fh:
        for row in secrets:
            fh.write(json.dumps(row) + "\n")
    return self_check(outdir)


def self_check(outdir):
    ok = True
    man = [json.loads(l) for l in open(os.path.join(outdir, "manifest.jsonl"))]
    sec = [json.loads(l) for l in open(os.path.join(outdir, "secrets.jsonl"))]
    needles = []
    for s in sec:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        if s["line"] < 1 or s["line"] > len(lines) or s["needle"] not in lines[s["line"] - 1]:
            print("SELF-CHECK FAIL: needle not on stated line:", s["file"], file=sys.stderr)
            ok = False
        needles.append(s["needle"])
    for m in man:
        if m["label"] != "negative":
            continue
        with open(os.path.join(outdir, m["file"]), encoding="utf-8") as fh:
            t = fh.read()
        for nd in needles:
            if nd in t:
                print("SELF-CHECK FAIL: positive needle inside negative:", m["file"], file=sys.stderr)
                ok = False
    pos = [m for m in man if m["label"] == "positive"]
    neg = [m for m in man if m["label"] == "negative"]
    print(f"positives={len(pos)} negatives={len(neg)} secrets={len(sec)} self_check={'OK' if ok else 'FAILED'}")
    for label, rows in (("positive", pos), ("negative", neg)):
        print(f"\n[{label}] providers ({len(set(r['provider'] for r in rows))}):")
        print("  " + ", ".join(f"{p}={c}" for p, c in Counter(r["provider"] for r in rows).most_common()))
        print(f"[{label}] kinds ({len(set((r['provider'], r['kind']) for r in rows))}):")
        print("  " + ", ".join(f"{p}/{k}={c}" for (p, k), c in Counter((r["provider"], r["kind"]) for r in rows).most_common()))
        print(f"[{label}] file types ({len(set(r['filetype'] for r in rows))}):")
        print("  " + ", ".join(f"{p}={c}" for p, c in Counter(r["filetype"] for r in rows).most_common()))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
