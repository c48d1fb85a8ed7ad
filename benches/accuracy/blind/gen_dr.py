#!/usr/bin/env python3
"""gen_dr.py -- blind evaluation-set generator for keyhook (set "dr").

EMPHASIS
    Browser extensions, userscripts, bookmarklets and their publishing pipelines.
    Positives: store-publishing credentials -- Chrome Web Store OAuth client secret
    (GOCSPX-) or refresh token (1//0...) next to the public client id; Firefox AMO
    JWT secret (64 hex) next to its issuer (user:N:N) for `web-ext sign --api-key/
    --api-secret`; Microsoft Edge Add-ons API key (current model) and legacy Azure AD
    client secret; App Store Connect .p8 private keys (with key id / issuer id) and
    Apple app-specific passwords for notarytool/fastlane -- plus third-party keys
    embedded in extension code and userscripts (OpenAI, DeepL, Google Translate /
    YouTube Data API keys, Spotify client secret, Notion, Todoist, Raindrop, Pocket,
    Readwise, Pushbullet, Telegram bot tokens, GitHub tokens, Pinboard), Tampermonkey /
    Violentmonkey GM_getValue/GM_setValue defaults, bookmarklet tokens, and the usual
    cloud/db credentials of such projects (npm token, AWS secret key, Stripe secret,
    Slack/Discord webhooks, Postgres/Mongo/Redis passwords, JWT signing secret, Sentry
    auth token, test-account passwords).
    File types: manifest.json, background/service workers, content scripts, options
    pages (HTML/JS), .user.js userscripts, bookmarklets (html/md/js), webpack/vite
    configs, GitHub Actions workflows, .env, package.json scripts, web-ext config,
    Safari Xcode plists/xcconfig/Swift, fastlane, Dockerfile/compose, Makefile,
    .npmrc, wrangler.toml, Python helper scripts, markdown runbooks.
    46 slot templates (positives; 45 of them reused for negatives) + 28 negative-only
    domain look-alike templates.

USAGE
    python3 gen_dr.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED (all
    randomness from random.Random(SEED); standard library only).

NEEDLE CONVENTIONS
    needle = the secret exactly as written in the file; line = 1-based line of its
    first occurrence.
    * id/secret pairs (CWS client id + secret, AMO issuer + secret, Edge client id +
      key, AWS key id + secret, Spotify id + secret, Pocket consumer key + access
      token, ASC key id/issuer + .p8): the needle is the secret half only. In CWS
      files the other secret of the triple is always an env/secrets reference, so
      each positive holds one credential.
    * App Store Connect .p8 keys: needle is the FIRST base64 body line of the PEM
      (the line after -----BEGIN PRIVATE KEY-----), which is contiguous in every
      layout used (raw file, YAML block, "\\n"-escaped .env / Fastfile string).
    * Webhook URLs (Slack, Discord): needle is the whole URL.
    * Database passwords in connection URLs: needle is the password only.
    * Telegram bot tokens: the whole "<bot id>:AA..." token, also when embedded in
      an api.telegram.org/bot<token>/ URL.

NEGATIVES
    About half reuse the positive templates with the secret slot holding a harmless
    value (manifest kind = the filler type): placeholders (YOUR_..., <...>, sk-...,
    xxxx, all-zero), environment / CI references (process.env.X, import.meta.env,
    os.environ, ${X}, ${{ secrets.X }}, $(X), ENV["X"], ProcessInfo), secret-manager
    references (op://, vault:, AWS Secrets Manager ARN, GCP secret path, doppler,
    sops), masked values (prefix + bullets/stars + last 4, [REDACTED]), empty values,
    i18n strings, and documented examples (AWS AKIAIOSFODNN7EXAMPLE / wJalr...EXAMPLEKEY,
    the Telegram Bot API docs token 123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11).
    Public companions (OAuth client ids, AMO issuers, Edge client/product GUIDs, ASC
    key/issuer ids, team ids, Apple ids) stay as in positives.
    The other half are domain look-alikes: manifest.json v3 with the public "key"
    field (real-shaped RSA SPKI base64, id derived from it), oauth2.client_id,
    update_url; Firefox MV2 manifests with gecko ids; Chrome updates.xml (appid +
    hash_sha256); Firefox updates.json (update_hash sha256:); userscript metadata with
    @require #sha256= / #md5= and @resource sha256- SRI; package-lock integrity
    sha512; workflows with SHA-pinned actions and only ${{ secrets.* }}; .env.example;
    Firebase web config (public apiKey); Stripe publishable key; Sentry DSN; Mapbox
    pk. public token; reCAPTCHA site key; webpack asset manifests with content hashes;
    _metadata/computed_hashes.json; jwt.io sample token in a unit test; AWS
    documentation example keys in docs; _locales messages.json i18n strings; Safari
    Info.plist and project.pbxproj object ids / team ids; CHANGELOG with commit SHAs
    and store ids; masking helpers; native-messaging host manifests with
    chrome-extension:// origins; PGP public key block; CRX packing script reading the
    key from a path; web-ext config reading env vars; options page with placeholder
    attributes; fixtures with UUID ids and nonces.

DOUBTS
    Formats written from memory / uncertain:
    * Edge Add-ons "API key" (current Partner Center model): documented only as "a long
      opaque string"; generated as 32 or 44 base62 chars. Legacy Azure AD client
      secret shape (3 chars + digit + "Q~" + 34 chars) is from memory.
    * OpenAI key bodies: sk-proj- / sk-svcacct- with 74+"T3BlbkFJ"+74 chars, legacy
      sk- 20+"T3BlbkFJ"+20; exact lengths from memory.
    * Notion ntn_ tokens: generated as ntn_ + 11 digits + 35 base62 (length/structure
      from memory); secret_ + 43 base62 for legacy.
    * Google OAuth refresh token ("1//0" + ~100 chars of base64url) and GOCSPX- + 28
      chars: from memory.
    * GitHub / npm tokens: prefix + 30 base62 + 6-char base62 CRC32 (alphabet order
      0-9A-Za-z, zero-padded) -- checksum details from memory; github_pat_ as 22 + "_"
      + 59 base62.
    * Raindrop test token (UUID), Pocket access token (8-4-4-4-6 hex, shape from the
      Pocket docs' sample), Readwise token (50 base62), Pushbullet (o. + 32),
      Pinboard (user:20 upper-hex), Sentry user auth token (sntryu_ + 64 hex): from
      memory.  Some of these (UUID-shaped Raindrop/Pocket/DeepL-pro-like values) are
      only recognisable by context.
    * GitHub Action names/inputs (mnao305/chrome-extension-upload, wdzeng/chrome-
      extension, wdzeng/firefox-addon, wdzeng/edge-addon) are from memory.
    Labels a reviewer might dispute:
    * Firebase web apiKey (AIza..., same shape as the positive Google Translate /
      YouTube keys), Stripe pk_live_, Mapbox pk., Sentry DSN, reCAPTCHA site key are
      labelled NEGATIVE because the providers document them as safe to ship in client
      code.
    * Positives include keys placed in extension bundles (webpack DefinePlugin, vite
      define, options defaults) -- these ship to users, so they are real leaks.
    * Spotify client ids and AMO issuers are treated as public identifiers; Pocket
      consumer keys are treated as the public half of a pair (replaced in negatives).
    * The AWS/Telegram documentation example values and the jwt.io sample token are
      negatives; the all-zero 64-hex AMO placeholder is a negative.

SEARCHES
    search(docs): "Microsoft Edge Add-ons API client ID API key publish extension" --
      extension.js.org and learn.microsoft.com pages (API key + client id GUID model,
      product id GUID, key expires ~72 days), npm pages of edge publish helpers.
    search(docs): "addons.mozilla.org API JWT issuer secret web-ext sign" -- AMO
      addons-server auth docs (issuer example user:543210:23), sign-addon / web-ext docs.
    search(pages): "Chrome Web Store API publish refresh token client_secret" --
      developer.chrome.com "Using the Chrome Web Store Publish API" and tutorials.
    search(docs): "Notion integration token ntn_ prefix secret_" -- Notion developer
      docs (auth, credential security) and third-party notes.
    search(docs): "Pocket API consumer key access_token" -- R package docs, Pocket
      auth flow notes.
    Scanner-related material shown: the Notion search returned GitGuardian detector
      pages ("Notion Integration Token" / "v2" on docs.gitguardian.com). They were
      ignored (no rule or regex was taken from them). No other scanner rule code was
      seen.
"""

import base64
import hashlib
import json
import os
import random
import string
import sys
import zlib

# --------------------------------------------------------------------------
# alphabets and small helpers
# --------------------------------------------------------------------------
DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
HEX = "0123456789abcdef"
B62 = DIG + UP + LO
B64URL = B62 + "-_"
B64STD = UP + LO + DIG + "+/"
B32 = UP + "234567"


def rs(r, n, alpha):
    return "".join(r.choice(alpha) for _ in range(n))


def uuid4(r):
    h = rs(r, 32, HEX)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b62_6(n):
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = B62[m] + out
    return out.rjust(6, "0")


def crc_token(r, prefix):
    """GitHub-style token: prefix + 30 random base62 + 6-char base62 CRC32."""
    body = rs(r, 30, B62)
    return prefix + body + b62_6(zlib.crc32(body.encode()) & 0xFFFFFFFF)


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def ext_id_from_bytes(b):
    """Chrome extension id: first 16 bytes of sha256, hex digits mapped 0-f -> a-p."""
    h = hashlib.sha256(b).hexdigest()[:32]
    return "".join(chr(ord("a") + int(c, 16)) for c in h)


def rsa_spki_der(r):
    mod = bytes([0x80 | r.randrange(128)]) + rbytes(r, 255)
    return (bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100")
            + mod + bytes.fromhex("0203010001"))


def manifest_public_key(r):
    der = rsa_spki_der(r)
    return base64.b64encode(der).decode(), ext_id_from_bytes(der)


def random_ext_id(r):
    return rs(r, 32, "abcdefghijklmnop")


def p8_key(r):
    """PKCS#8 EC P-256 private key PEM, like an App Store Connect AuthKey_XXXX.p8."""
    der = (bytes.fromhex("308193020100301306072a8648ce3d020106082a8648ce3d030107047930770201010420")
           + rbytes(r, 32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rbytes(r, 64))
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return lines


WORDS = ["sunflower", "marble", "hunter", "falcon", "winter", "orange", "pepper", "rocket", "maple",
         "tiger", "coffee", "silver", "harbor", "meadow", "violet", "thunder", "cobalt", "banjo",
         "lemon", "pirate", "summer", "dragon", "canyon", "willow", "jasper", "nebula", "otter"]
NAMES = ["anna", "marek", "jules", "priya", "tomas", "lena", "kofi", "yuki", "sven", "dana", "ravi", "ines"]


def human_password(r, url_safe=False):
    sym = "!-_.*~" if url_safe else "!-_.*+=@^~"
    style = r.randrange(5)
    w = r.choice(WORDS)
    if style == 0:
        return w.capitalize() + str(r.randrange(10, 9999)) + r.choice(sym)
    if style == 1:
        return r.choice(WORDS).capitalize() + r.choice(sym) + w.capitalize() + str(r.randrange(1, 99))
    if style == 2:
        return "%s%s%s" % (r.choice(NAMES).capitalize(), r.choice(["1987", "1993", "2001", "2016", "2019", "2021"]), r.choice(sym))
    if style == 3:
        return "-".join(r.choice(WORDS) for _ in range(3)) + str(r.randrange(10, 99))
    return rs(r, r.randrange(14, 22), B62 + ("-_." if url_safe else "!-_.*@"))


def db_password(r):
    if r.random() < 0.5:
        return human_password(r, url_safe=True)
    return rs(r, r.randrange(18, 30), B62)


# --------------------------------------------------------------------------
# secret generators.  Each returns (secret, pairs); pairs are public companions
# rendered next to the secret: list of (name_words, Val).
# --------------------------------------------------------------------------
class Val:
    """A value to write: a literal, or (negatives) an environment/secret reference."""

    def __init__(self, value=None, env=None, fallback=None):
        self.value, self.env, self.fallback = value, env, fallback

    def lit(self, lang, q='"'):
        if self.value is not None:
            return q + self.value + q
        e = envexpr(lang, self.env) if self.env else None
        if e is not None:
            return e
        return q + (self.fallback if self.fallback is not None else "") + q

    def bare(self, lang):
        if self.value is not None:
            return self.value
        e = envexpr(lang, self.env) if self.env else None
        if e is not None:
            return e
        return self.fallback if self.fallback is not None else ""


def envexpr(lang, name):
    return {
        "js": "process.env.%s" % name,
        "ts": "process.env.%s" % name,
        "vite": "import.meta.env.VITE_%s" % name,
        "py": 'os.environ["%s"]' % name,
        "sh": '"${%s}"' % name,
        "gha": "${{ secrets.%s }}" % name,
        "env": "${%s}" % name,
        "compose": "${%s}" % name,
        "ruby": 'ENV["%s"]' % name,
        "swift": 'ProcessInfo.processInfo.environment["%s"] ?? ""' % name,
        "make": "$(%s)" % name,
        "plist": "$(%s)" % name,
        "xcconfig": "$(%s)" % name,
        "docker": "${%s}" % name,
        "pkgjson": "$%s" % name,
    }.get(lang)


def g_google_client_id(r):
    return "%d-%s.apps.googleusercontent.com" % (r.randrange(10 ** 11, 10 ** 12), rs(r, 32, DIG + LO))


def g_cws_secret(r):
    return "GOCSPX-" + rs(r, 28, B64URL), [(["client", "id"], Val(g_google_client_id(r))),
                                            (["refresh", "token"], Val(env="CWS_REFRESH_TOKEN"))]


def g_cws_refresh(r):
    return "1//0" + r.choice("34ceg") + rs(r, r.randrange(96, 101), B64URL), [
        (["client", "id"], Val(g_google_client_id(r))), (["client", "secret"], Val(env="CWS_CLIENT_SECRET"))]


def amo_issuer(r):
    return "user:%d:%d" % (r.randrange(10 ** 6, 10 ** 8), r.randrange(1, 999))


def g_amo(r):
    return rs(r, 64, HEX), [(["jwt", "issuer"], Val(amo_issuer(r)))]


def g_edge_key(r):
    return rs(r, r.choice([32, 44]), B62), [(["client", "id"], Val(uuid4(r))), (["product", "id"], Val(uuid4(r)))]


def g_edge_legacy(r):
    s = rs(r, 3, B62) + r.choice(DIG) + "Q~" + rs(r, 34, B62 + "_.~-")
    return s, [(["client", "id"], Val(uuid4(r))),
               (["access", "token", "url"], Val("https://login.microsoftonline.com/%s/oauth2/v2.0/token" % uuid4(r)))]


def g_asc_p8(r):
    lines = p8_key(r)
    return lines, [(["key", "id"], Val(rs(r, 10, UP + DIG))), (["issuer", "id"], Val(uuid4(r)))]


def g_app_password(r):
    return "-".join(rs(r, 4, LO) for _ in range(4)), [(["apple", "id"], Val("%s.%s@%s" % (
        r.choice(NAMES), r.choice(["dev", "builds", "release"]), r.choice(["gmail.com", "icloud.com", "tabkit.io"])))),
        (["team", "id"], Val(rs(r, 10, UP + DIG)))]


def g_openai(r):
    t = r.random()
    if t < 0.55:
        return "sk-proj-" + rs(r, 74, B64URL) + "T3BlbkFJ" + rs(r, 74, B64URL), []
    if t < 0.8:
        return "sk-" + rs(r, 20, B62) + "T3BlbkFJ" + rs(r, 20, B62), []
    return "sk-svcacct-" + rs(r, 74, B64URL) + "T3BlbkFJ" + rs(r, 74, B64URL), []


def g_deepl(r):
    return uuid4(r) + ":fx", []


def g_google_api(r):
    return "AIza" + rs(r, 35, B64URL), []


def g_spotify(r):
    return rs(r, 32, HEX), [(["client", "id"], Val(rs(r, 32, HEX)))]


def g_notion(r):
    if r.random() < 0.5:
        return "secret_" + rs(r, 43, B62), []
    return "ntn_" + rs(r, 11, DIG) + rs(r, 35, B62), []


def g_todoist(r):
    return rs(r, 40, HEX), []


def g_raindrop(r):
    return uuid4(r), []


def g_pocket(r):
    return uuid4(r)[:30], [(["consumer", "key"], Val("%05d-%s" % (r.randrange(10000, 99999), rs(r, 24, HEX))))]


def g_readwise(r):
    return rs(r, 50, B62), []


def g_pushbullet(r):
    return "o." + rs(r, 32, B62), []


def g_telegram(r):
    return "%d:AA%s" % (r.randrange(10 ** 8, 8 * 10 ** 9), rs(r, 33, B64URL)), [
        (["chat", "id"], Val(str(-r.randrange(10 ** 12, 10 ** 13))))]


def g_github(r):
    t = r.random()
    if t < 0.6:
        return crc_token(r, "ghp_"), []
    if t < 0.8:
        return "github_pat_" + rs(r, 22, B62) + "_" + rs(r, 59, B62), []
    return crc_token(r, "gho_"), []


def g_npm(r):
    return crc_token(r, "npm_"), []


def g_pinboard(r):
    return "%s:%s" % (r.choice(NAMES) + r.choice(["", "_b", "k", "42"]), rs(r, 20, "0123456789ABCDEF")), []


def g_aws(r):
    return rs(r, 40, B62 + "/+"), [(["access", "key", "id"], Val("AKIA" + rs(r, 16, B32)))]


def g_stripe(r):
    return r.choice(["sk_live_", "rk_live_"]) + rs(r, r.choice([24, 99]), B62), []


def g_slack_hook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, 8, UP + DIG), rs(r, 10, UP + DIG), rs(r, 24, B62)), []


def g_discord_hook(r):
    return "https://discord.com/api/webhooks/%d/%s" % (r.randrange(10 ** 17, 10 ** 18 * 2), rs(r, 68, B64URL)), []


def g_pg(r):
    return db_password(r), []


def g_mongo(r):
    return db_password(r), []


def g_jwt_secret(r):
    if r.random() < 0.5:
        return rs(r, 64, HEX), []
    return rs(r, r.randrange(40, 64), B62 + "-_"), []


def g_sentry(r):
    return "sntryu_" + rs(r, 64, HEX), []


def g_password(r):
    return human_password(r), []


def g_redis(r):
    return rs(r, 32, B62), []


# --------------------------------------------------------------------------
# kind specifications
# --------------------------------------------------------------------------
def K(provider, kind, cat, gen, words, env, **kw):
    d = dict(provider=provider, kind=kind, cat=cat, gen=gen, words=words, env=env)
    d.update(kw)
    return d


KINDS = {
    "cws_secret": K("chrome_web_store", "oauth_client_secret", "store", g_cws_secret, ["client", "secret"],
                    "CWS_CLIENT_SECRET", ph=["GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<client-secret>", "YOUR_CLIENT_SECRET"]),
    "cws_refresh": K("chrome_web_store", "oauth_refresh_token", "store", g_cws_refresh, ["refresh", "token"],
                     "CWS_REFRESH_TOKEN", ph=["1//0xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<refresh-token>", "YOUR_REFRESH_TOKEN"]),
    "amo": K("firefox_amo", "jwt_secret", "store", g_amo, ["amo", "api", "secret"], "AMO_JWT_SECRET",
             ph=["your-jwt-secret", "<AMO_JWT_SECRET>", "0000000000000000000000000000000000000000000000000000000000000000"]),
    "edge_key": K("edge_addons", "api_key", "store", g_edge_key, ["edge", "api", "key"], "EDGE_API_KEY",
                  ph=["<your-edge-api-key>", "EDGE_API_KEY_GOES_HERE"]),
    "edge_legacy": K("edge_addons", "oauth_client_secret", "store", g_edge_legacy, ["edge", "client", "secret"],
                     "EDGE_CLIENT_SECRET", ph=["<client-secret>", "your-client-secret"]),
    "asc_p8": K("app_store_connect", "private_key", "apple", g_asc_p8, ["asc", "key", "content"], "ASC_KEY_CONTENT",
                ph=["-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----"]),
    "app_password": K("apple", "app_specific_password", "apple", g_app_password, ["app", "specific", "password"],
                      "APPLE_APP_PASSWORD", ph=["xxxx-xxxx-xxxx-xxxx", "@keychain:AC_PASSWORD", "<app-specific-password>"]),
    "openai": K("openai", "api_key", "api", g_openai, ["openai", "api", "key"], "OPENAI_API_KEY",
                ph=["sk-...", "sk-proj-XXXXXXXXXXXXXXXXXXXXXXXX", "YOUR_OPENAI_API_KEY", "sk-your-key-here"],
                url="https://api.openai.com/v1/chat/completions", hdr="bearer"),
    "deepl": K("deepl", "api_key", "api", g_deepl, ["deepl", "auth", "key"], "DEEPL_AUTH_KEY",
               ph=["your-deepl-auth-key:fx", "<DEEPL_AUTH_KEY>", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx:fx"],
               url="https://api-free.deepl.com/v2/translate", hdr="deepl"),
    "gtranslate": K("google_cloud", "api_key", "api", g_google_api, ["translate", "api", "key"], "GOOGLE_TRANSLATE_KEY",
                    ph=["YOUR_GOOGLE_API_KEY", "AIza...", "<api-key>"],
                    url="https://translation.googleapis.com/language/translate/v2", hdr="query:key"),
    "youtube": K("google_cloud", "api_key", "api", g_google_api, ["youtube", "api", "key"], "YOUTUBE_API_KEY",
                 ph=["YOUR_YOUTUBE_DATA_API_KEY", "AIzaSy...", "<youtube-key>"],
                 url="https://www.googleapis.com/youtube/v3/videos", hdr="query:key"),
    "spotify": K("spotify", "client_secret", "api", g_spotify, ["spotify", "client", "secret"], "SPOTIFY_CLIENT_SECRET",
                 ph=["<spotify-client-secret>", "your_client_secret"],
                 url="https://accounts.spotify.com/api/token", hdr="basic"),
    "notion": K("notion", "integration_token", "api", g_notion, ["notion", "token"], "NOTION_TOKEN",
                ph=["secret_xxx", "ntn_...", "<notion-integration-secret>"],
                url="https://api.notion.com/v1/pages", hdr="bearer"),
    "todoist": K("todoist", "api_token", "api", g_todoist, ["todoist", "token"], "TODOIST_API_TOKEN",
                 ph=["<todoist-api-token>", "YOUR_TODOIST_TOKEN"], url="https://api.todoist.com/rest/v2/tasks", hdr="bearer"),
    "raindrop": K("raindrop", "test_token", "api", g_raindrop, ["raindrop", "token"], "RAINDROP_TOKEN",
                  ph=["<raindrop-test-token>", "YOUR_RAINDROP_TOKEN"], url="https://api.raindrop.io/rest/v1/raindrop",
                  hdr="bearer"),
    "pocket": K("pocket", "access_token", "api", g_pocket, ["pocket", "access", "token"], "POCKET_ACCESS_TOKEN",
                ph=["<access-token>", "YOUR_POCKET_ACCESS_TOKEN"], url="https://getpocket.com/v3/add", hdr="body"),
    "readwise": K("readwise", "access_token", "api", g_readwise, ["readwise", "token"], "READWISE_TOKEN",
                  ph=["<readwise-access-token>", "YOUR_READWISE_TOKEN"], url="https://readwise.io/api/v2/highlights/",
                  hdr="token"),
    "pushbullet": K("pushbullet", "access_token", "api", g_pushbullet, ["pushbullet", "token"], "PUSHBULLET_TOKEN",
                    ph=["o.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<pushbullet-access-token>"],
                    url="https://api.pushbullet.com/v2/pushes", hdr="access-token"),
    "telegram": K("telegram", "bot_token", "api", g_telegram, ["telegram", "bot", "token"], "TELEGRAM_BOT_TOKEN",
                  ph=["123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11", "<bot-token>", "YOUR_BOT_TOKEN"],
                  url="https://api.telegram.org/bot", hdr="path"),
    "github": K("github", "personal_access_token", "api", g_github, ["github", "token"], "GITHUB_TOKEN",
                ph=["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<github-pat>", "YOUR_GITHUB_TOKEN"],
                url="https://api.github.com/gists", hdr="bearer"),
    "pinboard": K("pinboard", "api_token", "api", g_pinboard, ["pinboard", "auth", "token"], "PINBOARD_TOKEN",
                  ph=["username:XXXXXXXXXXXXXXXXXXXX", "<user:token>"], url="https://api.pinboard.in/v1/posts/add",
                  hdr="query:auth_token"),
    "npm": K("npm", "access_token", "cloud", g_npm, ["npm", "token"], "NPM_TOKEN",
             ph=["npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<npm-automation-token>"]),
    "aws": K("aws", "secret_access_key", "cloud", g_aws, ["aws", "secret", "access", "key"], "AWS_SECRET_ACCESS_KEY",
             ph=["<aws-secret-access-key>", "YOUR_SECRET_KEY"]),
    "stripe": K("stripe", "secret_key", "cloud", g_stripe, ["stripe", "secret", "key"], "STRIPE_SECRET_KEY",
                ph=["sk_live_...", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "<stripe-secret-key>"]),
    "slack_hook": K("slack", "webhook_url", "cloud", g_slack_hook, ["slack", "webhook", "url"], "SLACK_WEBHOOK_URL",
                    ph=["https://hooks.slack.com/services/XXX/YYY/ZZZ", "<slack-webhook-url>"]),
    "discord_hook": K("discord", "webhook_url", "cloud", g_discord_hook, ["discord", "webhook"], "DISCORD_WEBHOOK",
                      ph=["https://discord.com/api/webhooks/<id>/<token>", "<discord-webhook-url>"]),
    "postgres": K("postgres", "database_password", "db", g_pg, ["db", "password"], "DB_PASSWORD",
                  ph=["<password>", "CHANGE_ME", "${POSTGRES_PASSWORD}"], scheme="postgres"),
    "mongodb": K("mongodb", "database_password", "db", g_mongo, ["mongo", "password"], "MONGO_PASSWORD",
                 ph=["<password>", "<db_password>"], scheme="mongodb+srv"),
    "redis": K("redis", "database_password", "db", g_redis, ["redis", "password"], "REDIS_PASSWORD",
               ph=["<redis-password>", ""], scheme="redis"),
    "jwt": K("backend", "jwt_signing_secret", "cloud", g_jwt_secret, ["jwt", "secret"], "JWT_SECRET",
             ph=["change-this-to-a-long-random-string", "<jwt-secret>", "your-256-bit-secret"]),
    "sentry": K("sentry", "auth_token", "cloud", g_sentry, ["sentry", "auth", "token"], "SENTRY_AUTH_TOKEN",
                ph=["sntryu_...", "<sentry-auth-token>"]),
    "password": K("generic", "password", "password", g_password, ["test", "account", "password"], "TEST_PASSWORD",
                  ph=["<password>", "CHANGE_ME", "********", "<your-test-password>"]),
}


# --------------------------------------------------------------------------
# naming
# --------------------------------------------------------------------------
NEUTRAL = [["k"], ["value"], ["seed"], ["primary"], ["remote", "cfg"], ["svc", "param"], ["init", "value"],
           ["default", "val"], ["opt", "a"], ["blob"], ["magic"], ["p1"], ["backend", "ref"], ["bootstrap"],
           ["sig", "input"], ["x", "val"], ["upstream"], ["item", "b"], ["settings", "v2"], ["payload", "base"],
           ["conn", "extra"], ["hdr", "val"], ["fallback"], ["s"], ["arg0"], ["build", "flag"]]


def style(words, st):
    if st == "snake":
        return "_".join(words)
    if st == "screaming":
        return "_".join(words).upper()
    if st == "kebab":
        return "-".join(words)
    if st == "pascal":
        return "".join(w.capitalize() for w in words)
    if st == "dot":
        return ".".join(words)
    return words[0] + "".join(w.capitalize() for w in words[1:])  # camel


class Slot:
    def __init__(self, r, spec, label, val, pairs, obvious, negtype=None, raw_secret=None):
        self.r, self.spec, self.label, self.val, self.pairs = r, spec, label, val, pairs
        self.obvious, self.negtype, self.raw_secret = obvious, negtype, raw_secret
        self.words = spec["words"] if obvious else r.choice(NEUTRAL)
        self.env = spec["env"]

    def n(self, st):
        return style(self.words, st)

    def lit(self, lang, q='"'):
        return self.val.lit(lang, q)

    def bare(self, lang):
        return self.val.bare(lang)

    def pair_lines(self, fmt, lang, st, q='"'):
        """Render public companions; fmt gets (name, literal)."""
        out = []
        for words, v in self.pairs:
            out.append(fmt % (style(words, st), v.lit(lang, q) if q is not None else v.bare(lang)))
        return out

    @property
    def prov(self):
        return self.spec["provider"]


def pick(r, *xs):
    return r.choice(xs)


def maybe(r, p, s, alt=""):
    return s if r.random() < p else alt


APPS = ["tab-tamer", "readlater-plus", "quick-translate", "yt-focus", "notion-clipper", "todo-from-tab",
        "gist-saver", "pinboard-it", "lingo-lens", "summarize-page", "dark-reader-lite", "bookmark-sync",
        "reading-list-bridge", "raindrop-button", "tweak-yt", "clip-to-readwise", "push-to-phone", "tg-share"]
ORGS = ["tabkit", "lumenware", "driftlabs", "quietfox", "papercut-dev", "nimbleext", "orbitpage", "hollowtree"]


def app_name(r):
    return r.choice(APPS)


def version(r):
    return "%d.%d.%d" % (r.randrange(0, 5), r.randrange(0, 20), r.randrange(0, 30))


def ctx(r):
    a = app_name(r)
    return dict(app=a, Title=" ".join(w.capitalize() for w in a.split("-")), org=r.choice(ORGS), ver=version(r),
                ns=r.choice(["https://github.com/%s/%s" % (r.choice(ORGS), a), "https://%s.io" % r.choice(ORGS)]),
                extid=random_ext_id(r), gecko="%s@%s.io" % (a, r.choice(ORGS)))


def api_call_js(s, keyexpr, var="res", st="screaming"):
    """A fetch() call that uses keyexpr (a JS expression) the way the provider expects."""
    sp = s.spec
    url = sp.get("url", "https://api.example.org/v1")
    h = sp.get("hdr", "bearer")
    if h == "bearer":
        return ["const %s = await fetch('%s', {" % (var, url), "  method: 'POST',",
                "  headers: { Authorization: `Bearer ${%s}`, 'Content-Type': 'application/json' }," % keyexpr,
                "  body: JSON.stringify(payload),", "});"]
    if h == "deepl":
        return ["const %s = await fetch('%s', {" % (var, url), "  method: 'POST',",
                "  headers: { Authorization: `DeepL-Auth-Key ${%s}` }," % keyexpr,
                "  body: new URLSearchParams({ text, target_lang: target }),", "});"]
    if h.startswith("query:"):
        p = h.split(":", 1)[1]
        return ["const u = new URL('%s');" % url, "u.searchParams.set('%s', %s);" % (p, keyexpr),
                "u.searchParams.set('q', query);", "const %s = await fetch(u);" % var]
    if h == "basic":
        return ["const %s = await fetch('%s', {" % (var, url), "  method: 'POST',",
                "  headers: { Authorization: 'Basic ' + btoa(`${%s}:${%s}`) }," % (style(["client", "id"], st), keyexpr),
                "  body: new URLSearchParams({ grant_type: 'client_credentials' }),", "});"]
    if h == "body":
        return ["const %s = await fetch('%s', {" % (var, url), "  method: 'POST',",
                "  headers: { 'Content-Type': 'application/json; charset=UTF-8', 'X-Accept': 'application/json' },",
                "  body: JSON.stringify({ url: tab.url, consumer_key: %s, access_token: %s })," % (style(["consumer", "key"], st), keyexpr), "});"]
    if h == "token":
        return ["const %s = await fetch('%s', {" % (var, url),
                "  headers: { Authorization: `Token ${%s}` }," % keyexpr, "});"]
    if h == "access-token":
        return ["const %s = await fetch('%s', {" % (var, url), "  method: 'POST',",
                "  headers: { 'Access-Token': %s, 'Content-Type': 'application/json' }," % keyexpr,
                "  body: JSON.stringify({ type: 'link', title: tab.title, url: tab.url }),", "});"]
    if h == "path":
        return ["const %s = await fetch(`%s${%s}/sendMessage`, {" % (var, url, keyexpr), "  method: 'POST',",
                "  headers: { 'Content-Type': 'application/json' },",
                "  body: JSON.stringify({ chat_id: %s, text: tab.url }),"  % style(["chat", "id"], st), "});"]
    return ["const %s = await fetch('%s', { headers: { 'X-Api-Key': %s } });" % (var, url, keyexpr)]


# --------------------------------------------------------------------------
# slot-based templates (used for positives, and for half of the negatives
# with the secret slot filled by a harmless value).  Each returns
# (relpath, filetype, text).
# --------------------------------------------------------------------------
def J(lines):
    return "\n".join(lines) + "\n"


def t_env_file(r, s, c):
    path = pick(r, ".env", ".env.local", ".env.production", "extension/.env", "server/.env", ".env.publish")
    q = pick(r, "", "", '"', "'")
    L = [pick(r, "# %s — local settings, do not share" % c["app"], "# generated by setup.sh", "# env for %s" % c["Title"],
              "# Vite exposes VITE_* vars to the bundle")]
    noise = [("NODE_ENV", pick(r, "development", "production")), ("VITE_APP_NAME", c["Title"]),
             ("EXTENSION_ID", c["extid"]), ("LOG_LEVEL", pick(r, "debug", "info", "warn")),
             ("PORT", str(r.choice([3000, 5173, 8787, 8080]))), ("BROWSER", pick(r, "chrome", "firefox", "edge")),
             ("API_BASE_URL", "https://api.%s.io/v1" % c["org"]), ("TARGET_LANG", pick(r, "DE", "FR", "EN-GB"))]
    r.shuffle(noise)
    for k, v in noise[:r.randrange(2, 6)]:
        L.append("%s=%s" % (k, v))
    if r.random() < 0.4:
        L.append("")
    L += s.pair_lines("%s=%s", "env", "screaming", q=None)
    L.append("%s=%s" % (s.n("screaming"), q + s.bare("env") + q if s.val.value is not None else s.bare("env")))
    for k, v in noise[6:]:
        L.append("%s=%s" % (k, v))
    return path, "env", J(L)


def t_bg_fetch(r, s, c):
    ts = r.random() < 0.4
    path = pick(r, "background.js", "src/background.js", "src/background/service-worker.ts" if ts else "src/sw.js",
                "extension/background.js")
    st = pick(r, "screaming", "camel")
    q = pick(r, "'", '"', "`")
    nm = s.n(st)
    L = ["// %s — background service worker" % c["Title"], ""]
    L += s.pair_lines("const %s = %s;", "js", st, q=q)
    L += ["const %s = %s;" % (nm, s.lit("js", q)), "",
          "chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {",
          "  if (msg.type !== '%s') return false;" % pick(r, "translate", "summarize", "save", "lookup"),
          "  handle(msg, sender.tab).then(sendResponse).catch((e) => sendResponse({ error: String(e) }));",
          "  return true; // keep the channel open", "});", "",
          "async function handle(msg, tab) {",
          "  const payload = msg.payload ?? {};", "  const text = msg.text, target = msg.target, query = msg.q;"]
    L += ["  " + x for x in api_call_js(s, nm, st=st)]
    L += ["  if (!res.ok) throw new Error(`HTTP ${res.status}`);", "  return res.json();", "}"]
    return path, "typescript" if path.endswith(".ts") else "javascript", J(L)


def t_content_script(r, s, c):
    path = pick(r, "content.js", "src/content/index.js", "content-scripts/overlay.js", "src/content.ts")
    st = pick(r, "camel", "snake")
    q = pick(r, "'", '"')
    L = ["/* injected into every page matching manifest.content_scripts */", "(() => {",
         "  const CONFIG = {", "    endpoint: '%s'," % s.spec.get("url", "https://api.%s.io" % c["org"]),
         "    retries: %d," % r.randrange(1, 5), "    debounceMs: %d," % r.choice([150, 250, 400])]
    L += ["    " + x for x in s.pair_lines("%s: %s,", "js", st, q=q)]
    L += ["    %s: %s," % (s.n(st), s.lit("js", q)), "  };", "",
          "  document.addEventListener('mouseup', async () => {",
          "    const sel = window.getSelection().toString().trim();", "    if (!sel) return;",
          "    const r = await fetch(CONFIG.endpoint, {", "      method: 'POST',",
          "      headers: { Authorization: 'Bearer ' + CONFIG.%s }," % s.n(st),
          "      body: JSON.stringify({ text: sel }),", "    });", "    showBubble(await r.json());", "  });",
          "", "  function showBubble(data) {", "    const el = document.createElement('div');",
          "    el.className = '%s-bubble';" % c["app"], "    el.textContent = data.text || data.result || '';",
          "    document.body.appendChild(el);", "  }", "})();"]
    return path, "typescript" if path.endswith(".ts") else "javascript", J(L)


def t_options_defaults(r, s, c):
    path = pick(r, "options.js", "src/options/options.js", "options/main.js", "src/options/defaults.ts")
    st = pick(r, "camel", "snake", "camel")
    q = pick(r, "'", '"')
    L = ["// Default settings; users can override on the options page.", "const DEFAULTS = {",
         "  targetLang: %s," % (q + pick(r, "DE", "FR", "ES", "JA") + q), "  autoDetect: true,",
         "  theme: %s," % (q + pick(r, "system", "dark", "light") + q)]
    L += ["  " + x for x in s.pair_lines("%s: %s,", "js", st, q=q)]
    L += ["  %s: %s," % (s.n(st), s.lit("js", q)), "  maxChars: %d," % r.choice([500, 2000, 5000]), "};", "",
          "document.addEventListener('DOMContentLoaded', async () => {",
          "  const opts = await chrome.storage.sync.get(DEFAULTS);",
          "  for (const [k, v] of Object.entries(opts)) {", "    const el = document.getElementById(k);",
          "    if (!el) continue;", "    if (el.type === 'checkbox') el.checked = v; else el.value = v;", "  }", "});",
          "", "document.getElementById('save').addEventListener('click', async () => {",
          "  const form = new FormData(document.querySelector('form'));",
          "  await chrome.storage.sync.set(Object.fromEntries(form));", "  flash('Saved');", "});"]
    return path, "typescript" if path.endswith(".ts") else "javascript", J(L)


def t_options_html(r, s, c):
    path = pick(r, "options.html", "src/options/index.html", "options/options.html", "public/options.html")
    nm = s.n(pick(r, "camel", "kebab", "snake"))
    L = ["<!doctype html>", '<html lang="en">', "<head>", '  <meta charset="utf-8">',
         "  <title>%s — Options</title>" % c["Title"], '  <link rel="stylesheet" href="options.css">', "</head>",
         "<body>", "  <h1>%s settings</h1>" % c["Title"], "  <form id=\"opts\">"]
    for words, v in s.pairs:
        L.append('    <label>%s <input id="%s" value=%s></label>' % (" ".join(words).title(), style(words, "camel"), v.lit("html", '"')))
    L += ['    <label>%s' % pick(r, "Key", "Access", "Service"),
          '      <input type="%s" id="%s" name="%s" value=%s autocomplete="off">' % (
              pick(r, "password", "text"), nm, nm, s.lit("html", '"')), "    </label>",
          '    <label><input type="checkbox" id="autoDetect" checked> Detect language automatically</label>',
          '    <select id="targetLang"><option>DE</option><option>FR</option><option>EN-GB</option></select>',
          '    <button id="save" type="button">Save</button>', "  </form>",
          '  <script src="options.js"></script>', "</body>", "</html>"]
    return path, "html", J(L)


def t_bookmarklet_html(r, s, c):
    path = pick(r, "bookmarklets/index.html", "docs/bookmarklet.html", "public/install-bookmarklet.html")
    sp = s.spec
    url = sp.get("url", "https://api.%s.io/save" % c["org"])
    h = sp.get("hdr", "bearer")
    if h.startswith("query:"):
        inner = "location.href='%s?%s='+%s+'&url='+encodeURIComponent(location.href)" % (
            url, h.split(":", 1)[1], "'" + s.bare("md") + "'")
    else:
        inner = "fetch('%s',{method:'POST',headers:{Authorization:'Bearer %s','Content-Type':'application/json'},body:JSON.stringify({url:location.href,title:document.title})}).then(()=>alert('saved'))" % (url, s.bare("md"))
    L = ["<!doctype html>", "<html>", "<head><meta charset=\"utf-8\"><title>%s bookmarklet</title></head>" % c["Title"],
         "<body>", "<p>Drag this link to your bookmarks bar:</p>",
         '<p><a href="javascript:(function(){%s})();">%s</a></p>' % (inner.replace('"', "&quot;"), pick(r, "Save to list", "Send page", "+ Clip")),
         "<p>Works in Chrome, Firefox and Safari. Tested with %s.</p>" % c["ver"], "</body>", "</html>"]
    return path, "html", J(L)


def t_userscript_const(r, s, c):
    path = pick(r, "userscripts/%s.user.js" % c["app"], "%s.user.js" % c["app"], "scripts/%s.user.js" % c["app"], "dist/%s.user.js" % c["app"])
    st = pick(r, "screaming", "camel")
    q = pick(r, "'", '"')
    host = s.spec.get("url", "https://api.%s.io/" % c["org"]).split("/")[2]
    L = ["// ==UserScript==", "// @name         %s" % c["Title"], "// @namespace    %s" % c["ns"],
         "// @version      %s" % c["ver"], "// @description  %s" % pick(r, "Adds a one-click button", "Translate selection inline", "Send the current page to your list"),
         "// @match        https://%s/*" % pick(r, "www.youtube.com", "news.ycombinator.com", "github.com", "*.wikipedia.org"),
         "// @grant        GM_xmlhttpRequest", "// @connect      %s" % host, "// @run-at       document-idle", "// ==/UserScript==", "",
         "(function () {", "  'use strict';", ""]
    L += ["  " + x for x in s.pair_lines("const %s = %s;", "js", st, q=q)]
    L += ["  const %s = %s;" % (s.n(st), s.lit("js", q)), "",
          "  function call(body, cb) {", "    GM_xmlhttpRequest({", "      method: 'POST',",
          "      url: '%s'," % s.spec.get("url", "https://api.%s.io/" % c["org"]),
          "      headers: { 'Authorization': 'Bearer ' + %s, 'Content-Type': 'application/json' }," % s.n(st),
          "      data: JSON.stringify(body),", "      onload: (res) => cb(JSON.parse(res.responseText)),", "    });", "  }",
          "", "  const btn = document.createElement('button');", "  btn.textContent = '%s';" % pick(r, "Save", "Translate", "Summarize"),
          "  btn.onclick = () => call({ url: location.href }, (d) => console.log(d));", "  document.body.append(btn);", "})();"]
    return path, "userscript", J(L)


def t_userscript_gm(r, s, c):
    path = pick(r, "%s.user.js" % c["app"], "userscripts/%s.user.js" % c["app"], "src/%s.user.js" % c["app"])
    key = s.n(pick(r, "camel", "snake"))
    q = pick(r, "'", '"')
    L = ["// ==UserScript==", "// @name        %s" % c["Title"], "// @namespace   %s" % c["ns"],
         "// @match       *://*/*", "// @version     %s" % c["ver"], "// @grant       GM_getValue", "// @grant       GM_setValue",
         "// @grant       GM_registerMenuCommand", "// @grant       GM_xmlhttpRequest", "// ==/UserScript==", ""]
    for words, v in s.pairs:
        L.append("const %s = GM_getValue('%s', %s);" % (style(words, "camel"), style(words, "camel"), v.lit("js", q)))
    if r.random() < 0.5:
        L += ["// first run: seed storage so the menu shows the current value",
              "if (GM_getValue(%s) === undefined) GM_setValue(%s, %s);" % (q + key + q, q + key + q, s.lit("js", q)),
              "const token = GM_getValue(%s);" % (q + key + q)]
    else:
        L += ["const token = GM_getValue(%s, %s);" % (q + key + q, s.lit("js", q))]
    L += ["", "GM_registerMenuCommand('Set key…', () => {", "  const v = prompt('Key', token);",
          "  if (v) GM_setValue(%s, v.trim());" % (q + key + q), "});", "",
          "function send(payload) {", "  GM_xmlhttpRequest({", "    method: 'POST',",
          "    url: '%s'," % s.spec.get("url", "https://api.%s.io/" % c["org"]),
          "    headers: { Authorization: `Bearer ${token}` },", "    data: JSON.stringify(payload),", "  });", "}"]
    return path, "userscript", J(L)


def t_bookmarklet_md(r, s, c):
    path = pick(r, "bookmarklet/README.md", "docs/bookmarklet.md", "BOOKMARKLET.md", "notes/bookmarklets.md")
    url = s.spec.get("url", "https://api.%s.io/save" % c["org"])
    h = s.spec.get("hdr", "bearer")
    if h.startswith("query:"):
        code = "javascript:(()=>{open('%s?%s=%s&url='+encodeURIComponent(location.href))})()" % (url, h.split(":", 1)[1], s.bare("md"))
    elif h == "path":
        code = "javascript:(()=>{fetch('%s%s/sendMessage?chat_id=%s&text='+encodeURIComponent(location.href))})()" % (
            url, s.bare("md"), s.pairs[0][1].bare("md") if s.pairs else "0")
    else:
        code = "javascript:(()=>{fetch('%s',{method:'POST',headers:{'Authorization':'Bearer %s'},body:JSON.stringify({url:location.href})})})()" % (url, s.bare("md"))
    L = ["# %s bookmarklet" % c["Title"], "", "For browsers where the extension isn't available (iOS Safari, work laptops).", "",
         "1. Create a new bookmark.", "2. Paste the line below as its URL.", "3. Click it on any page.", "", "```", code, "```", "",
         "Last updated for v%s." % c["ver"]]
    return path, "markdown", J(L)


def t_bookmarklet_src(r, s, c):
    path = pick(r, "src/bookmarklet.js", "bookmarklet/source.js", "tools/bookmarklet.js")
    st = pick(r, "camel", "screaming")
    q = "'"
    L = ["// Readable source of the bookmarklet; `npm run bookmarklet` minifies it into bookmarklet.min.txt", "(function () {"]
    L += ["  " + x for x in s.pair_lines("var %s = %s;", "js", st, q=q)]
    L += ["  var %s = %s;" % (s.n(st), s.lit("js", q)),
          "  var sel = String(window.getSelection() || '').slice(0, %d);" % r.choice([280, 1000, 4000]),
          "  var body = { url: location.href, title: document.title, note: sel };",
          "  var x = new XMLHttpRequest();", "  x.open('POST', '%s');" % s.spec.get("url", "https://api.%s.io/v1/save" % c["org"]),
          "  x.setRequestHeader('Authorization', 'Bearer ' + %s);" % s.n(st), "  x.setRequestHeader('Content-Type', 'application/json');",
          "  x.onload = function () { alert(x.status < 300 ? 'Saved ✓' : 'Failed: ' + x.status); };",
          "  x.send(JSON.stringify(body));", "})();"]
    return path, "bookmarklet", J(L)


def t_webpack_define(r, s, c):
    path = pick(r, "webpack.config.js", "webpack.prod.js", "config/webpack.common.js")
    L = ["const path = require('path');", "const webpack = require('webpack');", "const CopyPlugin = require('copy-webpack-plugin');", "",
         "module.exports = (env, argv) => ({", "  mode: argv.mode || 'production',", "  entry: {",
         "    background: './src/background.ts',", "    content: './src/content.ts',", "    options: './src/options.ts',", "  },",
         "  output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js' },",
         "  resolve: { extensions: ['.ts', '.js'] },", "  module: { rules: [{ test: /\\.ts$/, use: 'ts-loader', exclude: /node_modules/ }] },",
         "  plugins: [", "    new CopyPlugin({ patterns: [{ from: 'public', to: '.' }] }),", "    new webpack.DefinePlugin({",
         "      'process.env.BROWSER': JSON.stringify(env.browser || 'chrome'),"]
    for words, v in s.pairs:
        L.append("      'process.env.%s': JSON.stringify(%s)," % (style(words, "screaming"), v.lit("js", "'")))
    L += ["      'process.env.%s': JSON.stringify(%s)," % (s.n("screaming"), s.lit("js", "'")), "    }),", "  ],",
          "  devtool: argv.mode === 'development' ? 'cheap-module-source-map' : false,", "});"]
    return path, "javascript", J(L)


def t_vite_define(r, s, c):
    path = pick(r, "vite.config.ts", "vite.config.mjs", "extension/vite.config.ts")
    L = ["import { defineConfig } from 'vite';", "import { crx } from '@crxjs/vite-plugin';", "import manifest from './manifest.json';", "",
         "export default defineConfig({", "  plugins: [crx({ manifest })],", "  build: { outDir: 'dist', sourcemap: %s }," % pick(r, "true", "false"),
         "  define: {", "    __APP_VERSION__: JSON.stringify('%s')," % c["ver"]]
    for words, v in s.pairs:
        L.append("    __%s__: JSON.stringify(%s)," % (style(words, "screaming"), v.lit("vite", "'")))
    L += ["    __%s__: JSON.stringify(%s)," % (s.n("screaming"), s.lit("vite", "'")), "  },",
          "  server: { port: 5173, strictPort: true, hmr: { port: 5174 } },", "});"]
    return path, "typescript" if path.endswith(".ts") else "javascript", J(L)


GHA_PIN = ["actions/checkout@v4", "actions/setup-node@v4", "pnpm/action-setup@v4", "actions/upload-artifact@v4"]


def gha_head(r, c, name):
    return ["name: %s" % name, "", "on:", "  push:", "    tags: ['v*']", "  workflow_dispatch:", "", "jobs:",
            "  publish:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
            "      - uses: actions/setup-node@v4", "        with:", "          node-version: %d" % r.choice([18, 20, 22]),
            "          cache: npm", "      - run: npm ci", "      - run: npm run build:%s" % pick(r, "chrome", "all", "firefox", "zip")]


def t_gha_env(r, s, c):
    path = ".github/workflows/%s" % pick(r, "release.yml", "publish.yml", "deploy.yml", "store-upload.yaml")
    L = gha_head(r, c, pick(r, "Release", "Publish extension", "Store upload"))
    L += ["      - name: %s" % pick(r, "Upload to store", "Publish", "Notify", "Submit build"), "        env:"]
    L += ["          " + x for x in s.pair_lines("%s: %s", "gha", "screaming", q=None)]
    L += ["          %s: %s" % (s.n("screaming"), s.bare("gha") if r.random() < 0.6 or s.val.value is None else "'" + s.bare("gha") + "'"),
          "        run: node scripts/%s" % pick(r, "publish.mjs", "release.js", "notify.js", "upload.cjs")]
    return path, "yaml", J(L)


ACTIONS = {
    "cws_secret": ("mnao305/chrome-extension-upload@v5", "client-secret", [("file-path", "dist/extension.zip"), ("extension-id", "{extid}"), ("client-id", "<pair0>"), ("refresh-token", "<pair1>")]),
    "cws_refresh": ("wdzeng/chrome-extension@v1", "refresh-token", [("zip-path", "dist/extension.zip"), ("extension-id", "{extid}"), ("client-id", "<pair0>"), ("client-secret", "<pair1>")]),
    "amo": ("wdzeng/firefox-addon@v1", "jwt-secret", [("addon-guid", "{gecko}"), ("xpi-path", "web-ext-artifacts/{app}.zip"), ("jwt-issuer", "<pair0>")]),
    "edge_key": ("wdzeng/edge-addon@v2", "api-key", [("product-id", "<pair1>"), ("zip-path", "dist/edge.zip"), ("client-id", "<pair0>")]),
    "edge_legacy": ("wdzeng/edge-addon@v1", "client-secret", [("product-id", "{uuid}"), ("zip-path", "dist/edge.zip"), ("client-id", "<pair0>"), ("access-token-url", "<pair1>")]),
}


def t_gha_action_with(r, s, c):
    path = ".github/workflows/%s" % pick(r, "publish.yml", "release.yml", "store.yml")
    action, key, ins = ACTIONS[s.spec["_id"]]
    L = gha_head(r, c, "Publish")
    L += ["      - name: Upload & publish", "        uses: %s" % action, "        with:"]
    for k, v in ins:
        if v.startswith("<pair"):
            v = s.pairs[int(v[5])][1].bare("gha")
        v = v.replace("{extid}", c["extid"]).replace("{gecko}", c["gecko"]).replace("{app}", c["app"]).replace("{uuid}", uuid4(r))
        L.append("          %s: %s" % (k, v))
    L.insert(len(L) - r.randrange(0, 2), "          %s: %s" % (key, s.bare("gha")))
    return path, "yaml", J(L)


def t_gha_cli(r, s, c):
    path = ".github/workflows/%s" % pick(r, "firefox.yml", "sign-xpi.yml", "release.yml")
    iss = s.pairs[0][1].bare("sh") if s.pairs else "$AMO_JWT_ISSUER"
    L = gha_head(r, c, "Sign for Firefox")
    style_ = r.randrange(3)
    if style_ == 0:
        L += ["      - name: Sign XPI", "        run: npx web-ext sign --channel=%s --source-dir=dist --api-key=%s --api-secret=%s" % (pick(r, "listed", "unlisted"), iss, s.bare("sh"))]
    elif style_ == 1:
        L += ["      - name: Sign XPI", "        run: |", "          npx web-ext sign \\", "            --channel unlisted \\",
              "            --source-dir dist \\", "            --api-key '%s' \\" % iss, "            --api-secret '%s'" % s.bare("sh") if s.val.value is not None else "            --api-secret %s" % s.bare("sh")]
    else:
        L += ["      - name: Sign XPI", "        run: npx web-ext sign -s dist --channel listed", "        env:",
              "          WEB_EXT_API_KEY: %s" % iss, "          WEB_EXT_API_SECRET: %s" % s.bare("gha")]
    L += ["      - uses: actions/upload-artifact@v4", "        with:", "          name: xpi", "          path: web-ext-artifacts/*.xpi"]
    return path, "yaml", J(L)


def t_package_json(r, s, c):
    path = pick(r, "package.json", "extension/package.json")
    sid = s.spec["_id"]
    if sid == "amo":
        cmd = "web-ext sign --source-dir dist --channel unlisted --api-key %s --api-secret %s" % (s.pairs[0][1].bare("pkgjson"), s.bare("pkgjson"))
        name = "sign:firefox"
    elif sid in ("cws_secret", "cws_refresh"):
        cid = s.pairs[0][1].bare("pkgjson")
        if sid == "cws_secret":
            cmd = "chrome-webstore-upload upload --source dist.zip --extension-id %s --client-id %s --client-secret %s --refresh-token $CWS_REFRESH_TOKEN" % (c["extid"], cid, s.bare("pkgjson"))
        else:
            cmd = "chrome-webstore-upload upload --source dist.zip --extension-id %s --client-id %s --client-secret $CWS_CLIENT_SECRET --refresh-token %s" % (c["extid"], cid, s.bare("pkgjson"))
        name = "publish:chrome"
    elif sid == "npm":
        cmd = "npm config set //registry.npmjs.org/:_authToken=%s && npm publish --access public" % s.bare("pkgjson")
        name = "release:npm"
    else:
        cmd = "%s=%s node scripts/release.mjs" % (s.n("screaming"), s.bare("pkgjson"))
        name = "release"
    d = ["{", '  "name": "%s",' % c["app"], '  "version": "%s",' % c["ver"], '  "private": true,', '  "type": "module",',
         '  "scripts": {', '    "dev": "vite",', '    "build": "vite build && node scripts/zip.mjs",',
         '    "lint": "eslint src --ext .ts,.js",', '    "%s": "%s",' % (name, cmd.replace('"', '\\"')),
         '    "test": "vitest run"', "  },", '  "devDependencies": {', '    "@crxjs/vite-plugin": "^2.0.0-beta.23",',
         '    "%s": "^%s",' % pick(r, ("web-ext", "8.3.0"), ("chrome-webstore-upload-cli", "3.3.1"), ("web-ext", "7.12.0")),
         '    "typescript": "^5.4.5",', '    "vite": "^5.2.11"', "  }", "}"]
    return path, "json", J(d)


def t_web_ext_config(r, s, c):
    path = pick(r, "web-ext-config.cjs", "web-ext-config.mjs", ".web-ext-config.cjs")
    exp = "export default {" if path.endswith(".mjs") else "module.exports = {"
    q = pick(r, "'", '"')
    L = ["// https://extensionworkshop.com/documentation/develop/web-ext-command-reference/", exp,
         "  sourceDir: 'dist',", "  artifactsDir: 'web-ext-artifacts',", "  ignoreFiles: ['*.map', 'README.md'],",
         "  run: {", "    firefox: '%s'," % pick(r, "firefoxdeveloperedition", "nightly", "firefox"),
         "    startUrl: ['about:debugging#/runtime/this-firefox'],", "  },", "  sign: {", "    channel: %s," % (q + pick(r, "unlisted", "listed") + q)]
    L += ["    apiKey: %s," % s.pairs[0][1].lit("js", q), "    apiSecret: %s," % s.lit("js", q), "  },", "};"]
    return path, "javascript", J(L)


def t_publish_sh(r, s, c):
    path = pick(r, "scripts/publish.sh", "scripts/release.sh", "bin/upload-store.sh", "publish.sh")
    sid = s.spec["_id"]
    L = ["#!/usr/bin/env bash", "set -euo pipefail", "", 'cd "$(dirname "$0")/.."', "ZIP=dist/%s-%s.zip" % (c["app"], c["ver"])]
    if sid in ("cws_secret", "cws_refresh"):
        cid = s.pairs[0][1].bare("sh")
        sec = s.bare("sh") if sid == "cws_secret" else '"$CWS_CLIENT_SECRET"'
        ref = s.bare("sh") if sid == "cws_refresh" else '"$CWS_REFRESH_TOKEN"'
        L += ["EXT_ID=%s" % c["extid"], "", "ACCESS_TOKEN=$(curl -s https://oauth2.googleapis.com/token \\",
              "  -d client_id=%s \\" % cid, "  -d client_secret=%s \\" % sec, "  -d refresh_token=%s \\" % ref,
              "  -d grant_type=refresh_token | jq -r .access_token)", "",
              'curl -s -H "Authorization: Bearer $ACCESS_TOKEN" -H "x-goog-api-version: 2" \\',
              '  -X PUT -T "$ZIP" "https://www.googleapis.com/upload/chromewebstore/v1.1/items/$EXT_ID"',
              'curl -s -H "Authorization: Bearer $ACCESS_TOKEN" -H "x-goog-api-version: 2" -H "Content-Length: 0" \\',
              '  -X POST "https://www.googleapis.com/chromewebstore/v1.1/items/$EXT_ID/publish"']
    elif sid == "edge_key":
        L += ["PRODUCT_ID=%s" % s.pairs[1][1].bare("sh"), "CLIENT_ID=%s" % s.pairs[0][1].bare("sh"), "API_KEY=%s" % s.bare("sh"), "",
              'curl -sS -X POST "https://api.addons.microsoftedge.microsoft.com/v1/products/$PRODUCT_ID/submissions/draft/package" \\',
              '  -H "Authorization: ApiKey $API_KEY" -H "X-ClientID: $CLIENT_ID" \\',
              '  -H "Content-Type: application/zip" --data-binary @"$ZIP"']
    elif sid == "edge_legacy":
        L += ["CLIENT_ID=%s" % s.pairs[0][1].bare("sh"), "TOKEN_URL=%s" % s.pairs[1][1].bare("sh"), "",
              'TOKEN=$(curl -s "$TOKEN_URL" -d "client_id=$CLIENT_ID" -d "scope=https://api.addons.microsoftedge.microsoft.com/.default" \\',
              '  -d "client_secret=%s" -d grant_type=client_credentials | jq -r .access_token)' % s.bare("md")]
    elif sid == "amo":
        L += ["npx web-ext sign --source-dir dist --channel listed \\", "  --api-key %s \\" % s.pairs[0][1].bare("sh"), "  --api-secret %s" % s.bare("sh")]
    elif sid == "app_password":
        L += ['xcrun notarytool submit "build/%s.zip" \\' % c["Title"].replace(" ", ""), "  --apple-id %s \\" % s.pairs[0][1].bare("sh"),
              "  --team-id %s \\" % s.pairs[1][1].bare("sh"), "  --password %s \\" % s.bare("sh"), "  --wait"]
    else:
        L += ['curl -sS -X POST -H "Content-Type: application/json" \\', "  -d '{\"text\": \"%s %s published\"}' \\" % (c["Title"], c["ver"]),
              "  %s" % s.bare("sh")]
    L += ["", 'echo "done: $ZIP"']
    return path, "shell", J(L)


def t_publish_py(r, s, c):
    path = pick(r, "scripts/upload_store.py", "tools/publish.py", "scripts/cws_upload.py", "release/publish_edge.py")
    sid = s.spec["_id"]
    st = pick(r, "screaming", "snake")
    q = pick(r, '"', "'")
    L = ['"""Upload the built zip to the store. Run after `npm run build`."""', "import os", "import sys", "", "import requests", ""]
    L += s.pair_lines("%s = %s", "py", st, q=q)
    L.append("%s = %s" % (s.n(st), s.lit("py", q)))
    L += ['ZIP = sys.argv[1] if len(sys.argv) > 1 else "dist/extension.zip"', ""]
    if sid.startswith("cws"):
        cid = style(["client", "id"], st)
        L += ["def access_token():", '    r = requests.post("https://oauth2.googleapis.com/token", data={',
              '        "client_id": %s,' % cid,
              '        "client_secret": %s,' % (s.n(st) if sid == "cws_secret" else 'os.environ["CWS_CLIENT_SECRET"]'),
              '        "refresh_token": %s,' % (s.n(st) if sid == "cws_refresh" else 'os.environ["CWS_REFRESH_TOKEN"]'),
              '        "grant_type": "refresh_token",', "    })", "    r.raise_for_status()", '    return r.json()["access_token"]', "", "",
              'EXT_ID = "%s"' % c["extid"], "tok = access_token()", "with open(ZIP, \"rb\") as fh:",
              '    up = requests.put(f"https://www.googleapis.com/upload/chromewebstore/v1.1/items/{EXT_ID}",',
              '                      headers={"Authorization": f"Bearer {tok}", "x-goog-api-version": "2"}, data=fh)',
              "print(up.status_code, up.text)"]
    elif sid.startswith("edge"):
        L += ['PRODUCT = "%s"' % uuid4(r), "with open(ZIP, \"rb\") as fh:",
              '    res = requests.post(f"https://api.addons.microsoftedge.microsoft.com/v1/products/{PRODUCT}/submissions/draft/package",',
              '                        headers={"Authorization": f"ApiKey {%s}", "X-ClientID": %s,' % (s.n(st), style(["client", "id"], st)),
              '                                 "Content-Type": "application/zip"}, data=fh)',
              'print("operation:", res.headers.get("Location"))']
    else:
        L += ["res = requests.post(", '    "%s",' % s.spec.get("url", "https://api.%s.io/v1/releases" % c["org"]),
              '    headers={"Authorization": f"Bearer {%s}"},' % s.n(st), '    json={"version": "%s", "channel": "stable"},' % c["ver"],
              "    timeout=30,", ")", "res.raise_for_status()"]
    return path, "python", J(L)


def plist_wrap(body):
    return ['<?xml version="1.0" encoding="UTF-8"?>',
            '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
            '<plist version="1.0">', "<dict>"] + body + ["</dict>", "</plist>"]


def t_plist_secrets(r, s, c):
    path = pick(r, "Shared (Extension)/Secrets.plist", "%s Extension/Config.plist" % c["Title"], "safari/Shared (App)/Keys.plist",
                "xcode/%s/Resources/Secrets.plist" % c["Title"].replace(" ", ""))
    body = ["\t<key>BaseURL</key>", "\t<string>https://api.%s.io</string>" % c["org"], "\t<key>EnableLogging</key>", "\t<%s/>" % pick(r, "true", "false")]
    for words, v in s.pairs:
        body += ["\t<key>%s</key>" % style(words, "pascal"), "\t<string>%s</string>" % v.bare("plist")]
    body += ["\t<key>%s</key>" % s.n("pascal"), "\t<string>%s</string>" % s.bare("plist")]
    return path, "plist", J(plist_wrap(body))


def t_xcconfig(r, s, c):
    path = pick(r, "Config/Secrets.xcconfig", "xcode/Release.xcconfig", "Safari/Config.xcconfig", "Configuration/Shared.xcconfig")
    L = ["// %s — build settings" % c["Title"], "// Values are exposed to Info.plist via $(VAR) substitution.", "",
         "MARKETING_VERSION = %s" % c["ver"], "CURRENT_PROJECT_VERSION = %d" % r.randrange(1, 400),
         "PRODUCT_BUNDLE_IDENTIFIER = com.%s.%s" % (c["org"].replace("-", ""), c["app"].replace("-", "")),
         "DEVELOPMENT_TEAM = %s" % rs(r, 10, UP + DIG)]
    L += s.pair_lines("%s = %s", "xcconfig", "screaming", q=None)
    L.append("%s = %s" % (s.n("screaming"), s.bare("xcconfig")))
    L += ["SWIFT_VERSION = 5.0"]
    return path, "xcconfig", J(L)


def t_fastfile(r, s, c):
    path = pick(r, "fastlane/Fastfile", "safari/fastlane/Fastfile")
    sid = s.spec["_id"]
    L = ["default_platform(:mac)", "", "platform :mac do", '  desc "Build the Safari web extension app and upload to App Store Connect"', "  lane :release do"]
    if sid == "asc_p8":
        L += ["    api_key = app_store_connect_api_key(", '      key_id: "%s",' % s.pairs[0][1].bare("ruby"),
              '      issuer_id: "%s",' % s.pairs[1][1].bare("ruby"), '      key_content: "%s",' % "\\n".join(
                  ["-----BEGIN PRIVATE KEY-----"] + s.raw_secret + ["-----END PRIVATE KEY-----"]) if s.raw_secret else
              '      key_content: %s,' % s.lit("ruby"), "      in_house: false", "    )"]
    else:
        L += ['    ENV["FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD"] = %s' % s.lit("ruby"),
              '    ENV["FASTLANE_USER"] = "%s"' % s.pairs[0][1].bare("ruby")]
        L += ["    api_key = nil"]
    L += ['    build_mac_app(scheme: "%s", export_method: "app-store")' % c["Title"],
          "    upload_to_app_store(api_key: api_key, skip_metadata: true, skip_screenshots: true)", "  end", "end"]
    return path, "ruby", J(L)


def t_swift(r, s, c):
    path = pick(r, "Shared (Extension)/SafariWebExtensionHandler.swift", "%s Extension/APIClient.swift" % c["Title"],
                "safari/Shared (App)/Config.swift")
    st = pick(r, "camel", "camel", "pascal")
    L = ["import Foundation", "import SafariServices", "import os.log", "", "enum Config {"]
    L += ["    " + x for x in s.pair_lines("static let %s = %s", "swift", st, q='"')]
    L += ["    static let %s = %s" % (s.n(st), s.lit("swift")), '    static let baseURL = URL(string: "%s")!' % s.spec.get("url", "https://api.%s.io" % c["org"]), "}", "",
          "class SafariWebExtensionHandler: NSObject, NSExtensionRequestHandling {",
          "    func beginRequest(with context: NSExtensionContext) {",
          "        var req = URLRequest(url: Config.baseURL)",
          '        req.setValue("Bearer \\(Config.%s)", forHTTPHeaderField: "Authorization")' % s.n(st),
          "        URLSession.shared.dataTask(with: req) { data, _, _ in",
          "            let item = NSExtensionItem()",
          '            item.userInfo = [SFExtensionMessageKey: ["ok": data != nil]]',
          "            context.completeRequest(returningItems: [item], completionHandler: nil)",
          "        }.resume()", "    }", "}"]
    return path, "swift", J(L)


def t_runbook_md(r, s, c):
    path = pick(r, "notes/release-runbook.md", "docs/publishing.md", "RELEASING.md", "docs/store-credentials.md", "notes/runbook.md")
    L = ["# Releasing %s" % c["Title"], "", "Version bump: `npm version %s`, then push the tag." % pick(r, "patch", "minor"), "",
         "## Credentials", "", "The store upload needs these (%s):" % pick(r, "ask Marek if they rotate", "copied from the dashboard", "same as CI"), ""]
    for words, v in s.pairs:
        L.append("- %s: `%s`" % (" ".join(words), v.bare("md")))
    L += ["- %s: `%s`" % (" ".join(s.words), s.bare("md")), "",
          "## Steps", "", "1. `npm run build && npm run zip`", "2. Upload `dist/%s-%s.zip`" % (c["app"], c["ver"]),
          "3. Wait for review (usually %s)." % pick(r, "1-3 days", "a few hours", "about a week"), "4. Update the changelog."]
    return path, "markdown", J(L)


def t_docker_compose(r, s, c):
    path = pick(r, "docker-compose.yml", "server/docker-compose.yml", "compose.yaml", "proxy/docker-compose.yml")
    L = ['version: "3.9"' if r.random() < 0.4 else "# backend proxy for the extension", "services:", "  api:", "    build: ./server",
         "    ports:", '      - "%d:8080"' % r.choice([8080, 8787, 3000]), "    environment:", "      NODE_ENV: production",
         "      ALLOWED_ORIGIN: chrome-extension://%s" % c["extid"]]
    sid = s.spec["_id"]
    if sid in ("postgres", "mongodb", "redis"):
        if sid == "postgres":
            L += ["      DATABASE_URL: postgres://ext_app:%s@db:5432/%s" % (s.bare("compose"), c["app"].replace("-", "_")), "    depends_on: [db]",
                  "  db:", "    image: postgres:16-alpine", "    environment:", "      POSTGRES_USER: ext_app", "      POSTGRES_DB: %s" % c["app"].replace("-", "_"),
                  "      POSTGRES_PASSWORD: %s" % s.bare("compose")]
        elif sid == "redis":
            L += ["      REDIS_URL: redis://:%s@cache:6379/0" % s.bare("compose"), "  cache:", "    image: redis:7", "    command: redis-server --requirepass %s" % s.bare("compose")]
        else:
            L += ["      MONGO_URL: mongodb+srv://ext:%s@cluster0.%s.mongodb.net/%s" % (s.bare("compose"), rs(r, 5, LO + DIG), c["app"])]
    else:
        L += ["      " + x for x in s.pair_lines("%s: %s", "compose", "screaming", q=None)]
        L += ["      %s: %s" % (s.n("screaming"), s.bare("compose"))]
    L += ["    restart: unless-stopped"]
    return path, "yaml", J(L)


def t_makefile(r, s, c):
    path = pick(r, "Makefile", "build/Makefile")
    L = ["VERSION := $(shell node -p \"require('./package.json').version\")", "ZIP := dist/%s-$(VERSION).zip" % c["app"]]
    L += s.pair_lines("%s ?= %s", "make", "screaming", q=None)
    L += ["%s %s %s" % (s.n("screaming"), pick(r, ":=", "?=", "="), s.bare("make")), "", ".PHONY: build zip publish", "",
          "build:", "\tnpm run build", "", "zip: build", "\tcd dist && zip -qr ../$(ZIP) .", "", "publish: zip"]
    sid = s.spec["_id"]
    if sid == "amo":
        L.append("\tnpx web-ext sign -s dist --api-key $(%s) --api-secret $(%s)" % (style(["jwt", "issuer"], "screaming"), s.n("screaming")))
    elif sid == "npm":
        L.append("\tNODE_AUTH_TOKEN=$(%s) npm publish" % s.n("screaming"))
    else:
        L.append("\t%s=$(%s) node scripts/publish.mjs $(ZIP)" % (s.env, s.n("screaming")))
    return path, "makefile", J(L)


def t_npmrc(r, s, c):
    path = pick(r, ".npmrc", "packages/%s/.npmrc" % c["app"])
    L = [pick(r, "# publish the shared content-script helpers", "# used by `npm publish` in release.yml", "; npm config for the monorepo"),
         "registry=https://registry.npmjs.org/", "@%s:registry=https://registry.npmjs.org/" % c["org"],
         "//registry.npmjs.org/:_authToken=%s" % s.bare("env"), "save-exact=true", maybe(r, 0.5, "engine-strict=true"),
         maybe(r, 0.5, "fund=false"), "auto-install-peers=true"]
    return path, "ini", J([x for x in L if x])


def t_config_ts(r, s, c):
    path = pick(r, "src/config.ts", "src/lib/constants.ts", "src/shared/keys.ts", "src/env.ts")
    st = pick(r, "screaming", "camel")
    q = pick(r, "'", '"')
    L = ["// Shared constants for background, popup and content scripts.", "export const APP_NAME = %s;" % (q + c["Title"] + q),
         "export const STORE_URL = %s;" % (q + "https://chromewebstore.google.com/detail/%s" % c["extid"] + q)]
    L += s.pair_lines("export const %s = %s;", "ts", st, q=q)
    L += ["export const %s = %s;" % (s.n(st), s.lit("ts", q)), "export const CACHE_TTL_MS = %d * 60 * 1000;" % r.choice([5, 15, 60])]
    return path, "typescript", J(L)


def t_json_config(r, s, c):
    sid = s.spec["_id"]
    if sid == "amo":
        path = pick(r, ".amo.env.json", "amo-credentials.json", "keys/amo.json")
    elif sid.startswith("cws"):
        path = pick(r, ".chrome-webstore.json", "keys/cws.json", "credentials/chrome.json")
    elif sid.startswith("edge"):
        path = pick(r, "edge-credentials.json", "keys/edge.json")
    else:
        path = pick(r, "src/config.json", "config/keys.json", "public/config.json", "src/settings.default.json")
    st = pick(r, "camel", "snake")
    d = {"name": c["app"], "env": pick(r, "production", "staging")}
    items = [("%s" % style(w, st), v.bare("json")) for w, v in s.pairs] + [(s.n(st), s.bare("json"))]
    L = ["{"]
    for k, v in [("name", d["name"]), ("env", d["env"])] + items:
        L.append('  "%s": "%s",' % (k, v))
    L[-1] = L[-1].rstrip(",")
    L.append("}")
    return path, "json", J(L)


def t_wrangler(r, s, c):
    path = pick(r, "proxy/wrangler.toml", "worker/wrangler.toml", "wrangler.toml")
    L = ['name = "%s-proxy"' % c["app"], 'main = "src/index.ts"', 'compatibility_date = "2024-0%d-1%d"' % (r.randrange(1, 9), r.randrange(0, 9)), "",
         "[vars]", 'ALLOWED_ORIGIN = "chrome-extension://%s"' % c["extid"]]
    L += s.pair_lines('%s = "%s"', "toml", "screaming", q=None)
    L += ['%s = "%s"' % (s.n("screaming"), s.bare("toml")), "", "[[kv_namespaces]]", 'binding = "CACHE"', 'id = "%s"' % rs(r, 32, HEX)]
    return path, "toml", J(L)


def t_backend_py(r, s, c):
    path = pick(r, "server/app.py", "proxy/main.py", "backend/server.py")
    st = pick(r, "screaming", "snake")
    q = pick(r, '"', "'")
    sid = s.spec["_id"]
    L = ['"""Tiny proxy so the extension never talks to the upstream API directly."""', "import os", "",
         "from flask import Flask, jsonify, request", "import requests", "", "app = Flask(__name__)"]
    if sid in ("postgres", "mongodb", "redis"):
        scheme = s.spec["scheme"]
        host = {"postgres": "db.internal:5432/ext", "mongodb": "cluster0.%s.mongodb.net/ext" % rs(r, 5, LO + DIG), "redis": "cache.internal:6379/0"}[sid]
        L += ['DB_URL = %s' % ('os.environ.get("DATABASE_URL", "%s://%s:%s@%s")' % (scheme, "ext_app" if sid != "redis" else "", s.bare("md"), host)
                               if r.random() < 0.5 else '"%s://%s:%s@%s"' % (scheme, "ext_app" if sid != "redis" else "", s.bare("md"), host))]
    else:
        L += s.pair_lines("%s = %s", "py", st, q=q)
        L += ["%s = %s" % (s.n(st), s.lit("py", q))]
    L += ["", '@app.post("/v1/%s")' % pick(r, "translate", "summarize", "save"), "def handle():",
          '    if request.headers.get("Origin") != "chrome-extension://%s":' % c["extid"], '        return jsonify(error="forbidden"), 403',
          "    body = request.get_json(force=True)"]
    if sid not in ("postgres", "mongodb", "redis"):
        L += ['    up = requests.post("%s", json=body,' % s.spec.get("url", "https://api.%s.io/v1" % c["org"]),
              '                       headers={"Authorization": f"Bearer {%s}"}, timeout=20)' % s.n(st), "    return jsonify(up.json()), up.status_code"]
    else:
        L += ["    return jsonify(ok=True, size=len(body))"]
    L += ["", "", 'if __name__ == "__main__":', '    app.run(port=int(os.environ.get("PORT", 8080)))']
    return path, "python", J(L)


def t_db_url_js(r, s, c):
    path = pick(r, "server/db.js", "backend/src/db.ts", "api/lib/mongo.js", "server/cache.js")
    sid = s.spec["_id"]
    user = pick(r, "ext_app", "admin", "sync_user", "tabkit")
    if sid == "postgres":
        url = "postgresql://%s:%s@%s:5432/%s" % (user, s.bare("md"), pick(r, "db.internal", "ext-prod.cluster-c%s.eu-west-1.rds.amazonaws.com" % rs(r, 10, LO + DIG)), c["app"].replace("-", "_"))
        L = ["import pg from 'pg';", "", "export const pool = new pg.Pool({", "  connectionString: process.env.DATABASE_URL || '%s'," % url, "  max: 10,", "});"]
    elif sid == "mongodb":
        url = "mongodb+srv://%s:%s@cluster0.%s.mongodb.net/?retryWrites=true&w=majority" % (user, s.bare("md"), rs(r, 5, LO + DIG))
        L = ["const { MongoClient } = require('mongodb');", "", "const client = new MongoClient('%s');" % url, "",
             "module.exports = async function db() {", "  await client.connect();", "  return client.db('%s');" % c["app"], "};"]
    else:
        url = "redis://default:%s@redis-%d.c%d.us-east-1-2.ec2.redns.redis-cloud.com:%d" % (s.bare("md"), r.randrange(10000, 19999), r.randrange(100, 300), r.randrange(10000, 19999))
        L = ["import { createClient } from 'redis';", "", "export const cache = createClient({ url: '%s' });" % url,
             "cache.on('error', (e) => console.error('redis', e));", "await cache.connect();"]
    return path, "typescript" if path.endswith(".ts") else "javascript", J(L)


def t_dockerfile(r, s, c):
    path = pick(r, "Dockerfile", "server/Dockerfile", "proxy/Dockerfile")
    L = ["FROM node:%d-alpine" % r.choice([18, 20, 22]), "WORKDIR /app", "COPY package*.json ./", "RUN npm ci --omit=dev", "COPY . .",
         "ENV NODE_ENV=production PORT=8080"]
    L += s.pair_lines("ENV %s=%s", "docker", "screaming", q=None)
    L += ["ENV %s=%s" % (s.n("screaming"), s.bare("docker")), "EXPOSE 8080", 'CMD ["node", "server.js"]']
    return path, "dockerfile", J(L)


def t_playwright(r, s, c):
    path = pick(r, "playwright.config.ts", "e2e/fixtures.ts", "tests/e2e/login.setup.ts")
    q = pick(r, "'", '"')
    user = "%s.%s@%s" % (r.choice(NAMES), pick(r, "qa", "test", "e2e"), pick(r, "tabkit.io", "gmail.com", "lumenware.dev"))
    nm = s.n("camel")
    L = ["import { test as base, chromium, type BrowserContext } from '@playwright/test';", "import path from 'path';", "",
         "const EXT = path.join(__dirname, '..', 'dist');", "", "// account used to check the sync feature against production",
         "export const ACCOUNT = {", "  email: %s," % (q + user + q), "  %s: %s," % (nm, s.lit("ts", q)), "};", "",
         "export const test = base.extend<{ context: BrowserContext }>({", "  context: async ({}, use) => {",
         "    const ctx = await chromium.launchPersistentContext('', {", "      headless: false,",
         "      args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`],", "    });", "    await use(ctx);",
         "    await ctx.close();", "  },", "});", "",
         "test.beforeEach(async ({ page }) => {", "  await page.goto('https://app.%s.io/login');" % c["org"],
         "  await page.fill('#email', ACCOUNT.email);", "  await page.fill('#password', ACCOUNT.%s);" % nm, "  await page.click('button[type=submit]');", "});"]
    return path, "typescript", J(L)


def t_aws_ini(r, s, c):
    path = pick(r, "deploy/aws-credentials", ".aws/credentials", "infra/credentials.ini")
    prof = pick(r, "default", "ext-updates", "release")
    L = ["# used by scripts/upload-updates.sh to push updates.xml + crx to S3", "[%s]" % prof,
         "aws_access_key_id = %s" % s.pairs[0][1].bare("ini"), "aws_secret_access_key = %s" % s.bare("ini"),
         "region = %s" % pick(r, "us-east-1", "eu-central-1", "eu-west-1")]
    return path, "ini", J(L)


CLIENT_CLS = {"openai": "OpenAI", "notion": "Client", "github": "Octokit", "todoist": "TodoistApi", "deepl": "deepl.Translator",
              "telegram": "Telegraf", "stripe": "Stripe", "spotify": "SpotifyApi", "pushbullet": "PushBullet", "readwise": "Readwise"}


def t_ts_positional(r, s, c):
    path = pick(r, "src/lib/client.ts", "src/background/api.ts", "src/services/remote.ts", "src/api/index.js")
    cls = CLIENT_CLS.get(s.spec["_id"], "ApiClient")
    q = pick(r, "'", '"')
    L = ["import { %s } from './vendor';" % cls.split(".")[0], "", "let instance: %s | null = null;" % cls.split(".")[-1], "",
         "export function api() {", "  if (!instance) {"]
    if r.random() < 0.5:
        L += ["    instance = new %s(%s);" % (cls, s.lit("ts", q))]
    else:
        L += ["    instance = new %s({ %s: %s, timeout: %d });" % (cls, pick(r, "auth", "apiKey", "token"), s.lit("ts", q), r.choice([10000, 30000]))]
    L += ["  }", "  return instance;", "}"]
    return path, "typescript" if path.endswith(".ts") else "javascript", J(L)


def t_settings_yaml(r, s, c):
    path = pick(r, "config/settings.yml", "config/production.yaml", "server/config.yml", "deploy/values.yaml")
    st = pick(r, "snake", "camel", "kebab")
    q = pick(r, "", '"', "'")
    L = ["app:", "  name: %s" % c["app"], "  version: %s" % c["ver"], "  allowed_origins:", "    - chrome-extension://%s" % c["extid"],
         "    - moz-extension://*", "upstream:", "  timeout_seconds: %d" % r.choice([10, 20, 30])]
    for w, v in s.pairs:
        L.append("  %s: %s" % (style(w, st), q + v.bare("yaml") + q))
    L += ["  %s: %s" % (s.n(st), q + s.bare("yaml") + q), "logging:", "  level: %s" % pick(r, "info", "debug")]
    return path, "yaml", J(L)


def t_notify_py(r, s, c):
    path = pick(r, "scripts/notify_release.py", "ci/notify.py", "tools/announce.py")
    sid = s.spec["_id"]
    q = pick(r, '"', "'")
    L = ['"""Post a message when a new build reaches the store."""', "import json", "import sys", "import urllib.request", "",
         'VERSION = sys.argv[1] if len(sys.argv) > 1 else "%s"' % c["ver"]]
    if sid == "telegram":
        L += ["CHAT = %s" % s.pairs[0][1].bare("py"), "", "def send(text):",
              '    url = "https://api.telegram.org/bot%s/sendMessage"' % s.bare("md"),
              '    data = json.dumps({"chat_id": CHAT, "text": text}).encode()',
              '    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})', "    urllib.request.urlopen(req, timeout=10)"]
    elif sid == "pushbullet":
        L += ["", "def send(text):", '    req = urllib.request.Request("https://api.pushbullet.com/v2/pushes",',
              '        data=json.dumps({"type": "note", "title": "release", "body": text}).encode(),',
              '        headers={"Access-Token": %s, "Content-Type": "application/json"})' % s.lit("py", q), "    urllib.request.urlopen(req, timeout=10)"]
    else:
        L += ["HOOK = %s" % s.lit("py", q), "", "def send(text):",
              '    body = {"content": text} if "discord" in HOOK else {"text": text}',
              '    req = urllib.request.Request(HOOK, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})',
              "    urllib.request.urlopen(req, timeout=10)"]
    L += ["", "", 'if __name__ == "__main__":', '    send(f"%s {VERSION} is live")' % c["Title"]]
    return path, "python", J(L)


def pem_lines(s):
    if s.raw_secret:
        return ["-----BEGIN PRIVATE KEY-----"] + s.raw_secret + ["-----END PRIVATE KEY-----"]
    return None


def t_p8_file(r, s, c):
    kid = s.pairs[0][1].bare("md")
    path = pick(r, "keys/AuthKey_%s.p8" % kid, "safari/AuthKey_%s.p8" % kid, "fastlane/AuthKey_%s.p8" % kid)
    return path, "pem", J(pem_lines(s))


def t_p8_env(r, s, c):
    path = pick(r, ".env.appstore", ".env", "safari/.env.release")
    L = ["# App Store Connect API (Safari build upload)", "ASC_KEY_ID=%s" % s.pairs[0][1].bare("env"), "ASC_ISSUER_ID=%s" % s.pairs[1][1].bare("env")]
    p = pem_lines(s)
    L.append('ASC_KEY_CONTENT="%s"' % ("\\n".join(p) if p else s.bare("env")))
    L += ["ASC_APP_ID=%d" % r.randrange(10 ** 9, 2 * 10 ** 9)]
    return path, "env", J(L)


def t_p8_gha(r, s, c):
    path = ".github/workflows/%s" % pick(r, "safari.yml", "appstore.yml", "release-safari.yml")
    L = ["name: Safari release", "on:", "  workflow_dispatch:", "jobs:", "  upload:", "    runs-on: macos-14", "    env:",
         "      ASC_KEY_ID: %s" % s.pairs[0][1].bare("gha"), "      ASC_ISSUER_ID: %s" % s.pairs[1][1].bare("gha")]
    p = pem_lines(s)
    if p:
        L += ["      ASC_KEY_CONTENT: |"] + ["        " + x for x in p]
    else:
        L += ["      ASC_KEY_CONTENT: %s" % s.bare("gha")]
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - run: xcrun safari-web-extension-converter dist --no-open --force --project-location safari",
          "      - run: bundle exec fastlane mac release"]
    return path, "yaml", J(L)


def t_oninstall_seed(r, s, c):
    path = pick(r, "src/background/install.js", "background/onInstalled.js", "src/sw/install.ts")
    key = s.n(pick(r, "camel", "snake"))
    q = pick(r, "'", '"')
    L = ["chrome.runtime.onInstalled.addListener(async ({ reason }) => {", "  if (reason !== 'install') return;",
         "  await chrome.storage.local.set({", "    onboarded: false,", "    lang: navigator.language.slice(0, 2),"]
    L += ["    " + x for x in s.pair_lines("%s: %s,", "js", "camel", q=q)]
    L += ["    %s: %s," % (key, s.lit("js", q)), "  });", "  chrome.tabs.create({ url: chrome.runtime.getURL('welcome.html') });", "});"]
    return path, "typescript" if path.endswith(".ts") else "javascript", J(L)


def t_tm_backup(r, s, c):
    path = pick(r, "backup/tampermonkey/%s.storage.json" % c["app"], "userscripts/%s.storage.json" % c["app"], "vm-export/%s.options.json" % c["app"])
    L = ["{", '  "ts": %d,' % r.randrange(1690000000000, 1730000000000), '  "data": {', '    "lastRun": %d,' % r.randrange(1690000000000, 1730000000000),
         '    "enabled": true,']
    for w, v in s.pairs:
        L.append('    "%s": "%s",' % (style(w, "camel"), v.bare("json")))
    L += ['    "%s": "%s"' % (s.n("camel"), s.bare("json")), "  }", "}"]
    return path, "json", J(L)


def t_jest_setup(r, s, c):
    path = pick(r, "jest.setup.js", "test/setup.ts", "vitest.setup.ts")
    q = pick(r, "'", '"')
    L = ["import '@testing-library/jest-dom';", "import { chrome } from 'jest-chrome';", "", "Object.assign(global, { chrome });",
         "// integration tests hit the real API", "process.env.%s = %s;" % (s.n("screaming"), s.lit("js", q) if s.val.value is not None or not s.val.env else q + "" + q),
         "process.env.TZ = 'UTC';"]
    return path, "typescript" if path.endswith(".ts") else "javascript", J(L)


def t_curl_md(r, s, c):
    path = pick(r, "docs/api-notes.md", "notes/debugging.md", "CONTRIBUTING.md", "docs/troubleshooting.md")
    url = s.spec.get("url", "https://api.%s.io/v1" % c["org"])
    h = s.spec.get("hdr", "bearer")
    if h == "deepl":
        hdr = "-H 'Authorization: DeepL-Auth-Key %s'" % s.bare("md")
    elif h.startswith("query:"):
        url += "?%s=%s&q=test" % (h.split(":", 1)[1], s.bare("md"))
        hdr = ""
    elif h == "path":
        url += s.bare("md") + "/getMe"
        hdr = ""
    elif h == "access-token":
        hdr = "-H 'Access-Token: %s'" % s.bare("md")
    elif h == "token":
        hdr = "-H 'Authorization: Token %s'" % s.bare("md")
    else:
        hdr = "-H 'Authorization: Bearer %s'" % s.bare("md")
    L = ["# API notes", "", "Quick sanity check when the popup shows \"%s\":" % pick(r, "Request failed", "401", "Quota exceeded"), "",
         "```sh", ("curl -s %s '%s' | jq ." % (hdr, url)).replace("  ", " "), "```", "",
         "If this works but the extension doesn't, check `chrome://extensions` → service worker console."]
    return path, "markdown", J(L)


def t_gha_notary(r, s, c):
    path = ".github/workflows/%s" % pick(r, "notarize.yml", "safari-release.yml")
    L = ["name: Notarize Safari app", "on: [workflow_dispatch]", "jobs:", "  notarize:", "    runs-on: macos-14", "    steps:",
         "      - uses: actions/checkout@v4", "      - run: xcodebuild -project safari/%s.xcodeproj -scheme '%s' -configuration Release archive -archivePath build/app.xcarchive" % (c["Title"].replace(" ", ""), c["Title"]),
         "      - name: Notarize", "        run: |", "          ditto -c -k --keepParent build/app.xcarchive build/app.zip",
         "          xcrun notarytool submit build/app.zip --apple-id %s --team-id %s --password %s --wait" % (
             s.pairs[0][1].bare("gha"), s.pairs[1][1].bare("gha"), s.bare("gha"))]
    return path, "yaml", J(L)


# --------------------------------------------------------------------------
# negative-only domain look-alike templates.  Return (relpath, filetype, text, kind).
# --------------------------------------------------------------------------
PERMS = ["storage", "activeTab", "contextMenus", "scripting", "alarms", "identity", "notifications", "tabs", "sidePanel", "offscreen"]


def n_manifest_v3(r, c):
    key, eid = manifest_public_key(r)
    perms = r.sample(PERMS, r.randrange(2, 6))
    L = ["{", '  "manifest_version": 3,', '  "name": "%s",' % c["Title"], '  "version": "%s",' % c["ver"],
         '  "description": "__MSG_appDesc__",', '  "default_locale": "en",',
         '  "key": "%s",' % key, '  "permissions": [%s],' % ", ".join('"%s"' % p for p in perms),
         '  "host_permissions": ["https://api.%s.io/*"],' % c["org"], '  "background": { "service_worker": "background.js", "type": "module" },']
    if "identity" in perms or r.random() < 0.4:
        L += ['  "oauth2": {', '    "client_id": "%s",' % g_google_client_id(r),
              '    "scopes": ["https://www.googleapis.com/auth/drive.file"]', "  },"]
    if r.random() < 0.5:
        L += ['  "update_url": "https://%s.github.io/%s/updates.xml",' % (c["org"], c["app"])]
    L += ['  "action": { "default_popup": "popup.html", "default_icon": { "32": "icons/32.png" } },',
          '  "content_security_policy": { "extension_pages": "script-src \'self\'; object-src \'self\'" },',
          '  "icons": { "16": "icons/16.png", "48": "icons/48.png", "128": "icons/128.png" }', "}"]
    return "manifest.json" if r.random() < 0.6 else "src/manifest.json", "json", J(L), "manifest_public_key"


def n_manifest_v2_ff(r, c):
    gid = pick(r, c["gecko"], "{%s}" % uuid4(r))
    L = ["{", '  "manifest_version": 2,', '  "name": "%s",' % c["Title"], '  "version": "%s",' % c["ver"],
         '  "browser_specific_settings": {', '    "gecko": {', '      "id": "%s",' % gid, '      "strict_min_version": "%d.0",' % r.choice([91, 109, 115]),
         '      "update_url": "https://%s.io/%s/updates.json"' % (c["org"], c["app"]), "    }", "  },",
         '  "permissions": ["storage", "<all_urls>", "webRequest"],',
         '  "background": { "scripts": ["background.js"], "persistent": false },',
         '  "content_scripts": [{ "matches": ["*://*.youtube.com/*"], "js": ["content.js"], "run_at": "document_idle" }],',
         '  "web_accessible_resources": ["inject.js"]', "}"]
    return pick(r, "manifest.json", "firefox/manifest.json", "platform/firefox/manifest.json"), "json", J(L), "extension_id"


def n_updates_xml(r, c):
    eid = random_ext_id(r)
    L = ["<?xml version='1.0' encoding='UTF-8'?>", "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
         "  <app appid='%s'>" % eid,
         "    <updatecheck codebase='https://%s.github.io/%s/%s-%s.crx' version='%s' hash_sha256='%s' />" % (
             c["org"], c["app"], c["app"], c["ver"], c["ver"], rs(r, 64, HEX)), "  </app>", "</gupdate>"]
    return pick(r, "updates.xml", "public/updates.xml", "dist/update.xml"), "xml", J(L), "crx_id_hash"


def n_updates_json(r, c):
    L = ["{", '  "addons": {', '    "%s": {' % c["gecko"], '      "updates": [']
    vs = [version(r) for _ in range(r.randrange(1, 4))]
    for i, v in enumerate(vs):
        L += ["        {", '          "version": "%s",' % v,
              '          "update_link": "https://%s.io/%s/%s-%s.xpi",' % (c["org"], c["app"], c["app"], v),
              '          "update_hash": "sha256:%s"' % rs(r, 64, HEX), "        }" + ("," if i < len(vs) - 1 else "")]
    L += ["      ]", "    }", "  }", "}"]
    return pick(r, "updates.json", "public/updates.json"), "json", J(L), "content_hash"


def n_userscript_meta(r, c):
    L = ["// ==UserScript==", "// @name         %s" % c["Title"], "// @namespace    %s" % c["ns"], "// @version      %s" % c["ver"],
         "// @match        https://*.reddit.com/*", "// @icon         https://www.google.com/s2/favicons?sz=64&domain=reddit.com",
         "// @require      https://cdn.jsdelivr.net/npm/jquery@3.7.1/dist/jquery.min.js#sha256=%s" % rs(r, 64, HEX),
         "// @require      https://greasyfork.org/scripts/%d/code/lib.js?version=%d#md5=%s" % (r.randrange(10000, 500000), r.randrange(100000, 1400000), rs(r, 32, HEX)),
         "// @resource     css https://%s.github.io/%s/style.css#sha256-%s" % (c["org"], c["app"], base64.b64encode(rbytes(r, 32)).decode()),
         "// @updateURL    https://greasyfork.org/scripts/%d/code/%s.meta.js" % (r.randrange(10000, 500000), c["app"]),
         "// @downloadURL  https://greasyfork.org/scripts/%d/code/%s.user.js" % (r.randrange(10000, 500000), c["app"]),
         "// @grant        GM_addStyle", "// @grant        GM_getResourceText", "// ==/UserScript==", "",
         "GM_addStyle(GM_getResourceText('css'));", "const seen = new Set();", "new MutationObserver(() => {",
         "  document.querySelectorAll('shreddit-post').forEach((p) => {", "    if (seen.has(p.id)) return;", "    seen.add(p.id);",
         "    p.classList.add('%s-dim');" % c["app"], "  });", "}).observe(document.body, { childList: true, subtree: true });"]
    return "%s.user.js" % c["app"], "userscript", J(L), "subresource_hash"


def n_package_lock(r, c):
    pk = [("web-ext", "8.3.0"), ("webextension-polyfill", "0.12.0"), ("@types/chrome", "0.0.268"), ("vite", "5.2.11"), ("esbuild", "0.21.5")]
    r.shuffle(pk)
    L = ["{", '  "name": "%s",' % c["app"], '  "version": "%s",' % c["ver"], '  "lockfileVersion": 3,', '  "requires": true,', '  "packages": {']
    for i, (n, v) in enumerate(pk[:r.randrange(2, 5)]):
        L += ['    "node_modules/%s": {' % n, '      "version": "%s",' % v,
              '      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",' % (n, n.split("/")[-1], v),
              '      "integrity": "sha512-%s",' % base64.b64encode(rbytes(r, 64)).decode(), '      "dev": true', "    },"]
    L[-1] = "    }"
    L += ["  }", "}"]
    return "package-lock.json", "json", J(L), "integrity_hash"


def n_gha_secrets_only(r, c):
    shas = {a: rs(r, 40, HEX) for a in ["actions/checkout", "actions/setup-node", "mnao305/chrome-extension-upload"]}
    L = ["name: Publish", "on:", "  release:", "    types: [published]", "permissions:", "  contents: read", "jobs:", "  chrome:",
         "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@%s # v4.1.1" % shas["actions/checkout"],
         "      - uses: actions/setup-node@%s # v4.0.2" % shas["actions/setup-node"], "      - run: npm ci && npm run zip",
         "      - uses: mnao305/chrome-extension-upload@%s # v5.0.0" % shas["mnao305/chrome-extension-upload"], "        with:",
         "          file-path: dist/%s.zip" % c["app"], "          extension-id: %s" % c["extid"],
         "          client-id: ${{ secrets.CWS_CLIENT_ID }}", "          client-secret: ${{ secrets.CWS_CLIENT_SECRET }}",
         "          refresh-token: ${{ secrets.CWS_REFRESH_TOKEN }}", "  firefox:", "    runs-on: ubuntu-latest", "    steps:",
         "      - uses: actions/checkout@%s # v4.1.1" % shas["actions/checkout"],
         "      - run: npx web-ext sign --channel listed -s dist --api-key \"$AMO_ISSUER\" --api-secret \"$AMO_SECRET\"", "        env:",
         "          AMO_ISSUER: ${{ secrets.AMO_JWT_ISSUER }}", "          AMO_SECRET: ${{ secrets.AMO_JWT_SECRET }}"]
    return ".github/workflows/%s" % pick(r, "publish.yml", "release.yml"), "yaml", J(L), "secret_reference"


def n_env_example(r, c):
    L = ["# Copy to .env and fill in. Never commit the real file.", "CWS_EXTENSION_ID=%s" % c["extid"], "CWS_CLIENT_ID=",
         "CWS_CLIENT_SECRET=", "CWS_REFRESH_TOKEN=", "AMO_JWT_ISSUER=user:00000000:000", "AMO_JWT_SECRET=<64 hex chars from AMO>",
         "EDGE_PRODUCT_ID=", "EDGE_CLIENT_ID=", "EDGE_API_KEY=", "OPENAI_API_KEY=sk-...", "DEEPL_AUTH_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx:fx",
         "ASC_KEY_ID=", "ASC_ISSUER_ID=", "ASC_KEY_PATH=./keys/AuthKey_XXXXXXXXXX.p8", "TELEGRAM_BOT_TOKEN=123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"]
    body = L[1:]
    r.shuffle(body)
    L = L[:1] + body[:r.randrange(8, len(body) + 1)]
    return pick(r, ".env.example", ".env.sample", "env.template"), "env", J(L), "placeholder"


def n_firebase(r, c):
    proj = "%s-%s" % (c["app"], rs(r, 5, LO + DIG))
    L = ["import { initializeApp } from 'firebase/app';", "import { getAuth } from 'firebase/auth/web-extension';", "",
         "// Firebase web config: these identify the project and are meant to ship in client code.",
         "// Access is enforced by Security Rules + App Check, not by hiding this object.", "const firebaseConfig = {",
         "  apiKey: '%s'," % g_google_api(r)[0], "  authDomain: '%s.firebaseapp.com'," % proj, "  projectId: '%s'," % proj,
         "  storageBucket: '%s.appspot.com'," % proj, "  messagingSenderId: '%d'," % r.randrange(10 ** 11, 10 ** 12),
         "  appId: '1:%d:web:%s'," % (r.randrange(10 ** 11, 10 ** 12), rs(r, 22, HEX)), "};", "",
         "export const app = initializeApp(firebaseConfig);", "export const auth = getAuth(app);"]
    return pick(r, "src/firebase.ts", "src/lib/firebase.js"), "typescript", J(L), "public_client_key"


def n_stripe_pk(r, c):
    pk = pick(r, "pk_live_", "pk_test_") + rs(r, 99, B62)
    L = ["// Upgrade page opened from the popup. Publishable key only — the secret lives on the server.",
         "const stripe = Stripe('%s');" % pk, "", "document.getElementById('upgrade').addEventListener('click', async () => {",
         "  const { sessionId } = await fetch('https://api.%s.io/checkout', { method: 'POST' }).then((r) => r.json());" % c["org"],
         "  await stripe.redirectToCheckout({ sessionId });", "});"]
    return pick(r, "src/upgrade/upgrade.js", "pages/upgrade.js"), "javascript", J(L), "publishable_key"


def n_sentry(r, c):
    dsn = "https://%s@o%d.ingest.%ssentry.io/%d" % (rs(r, 32, HEX), r.randrange(100000, 4500000), pick(r, "", "us.", "de."), r.randrange(1000000, 4500000))
    L = ["import * as Sentry from '@sentry/browser';", "", "// DSNs are public identifiers; they only allow sending events.",
         "Sentry.init({", "  dsn: '%s'," % dsn, "  release: '%s@%s'," % (c["app"], c["ver"]), "  tracesSampleRate: 0.%d," % r.randrange(1, 5),
         "  environment: chrome.runtime.getManifest().update_url ? 'store' : 'dev',", "});"]
    return pick(r, "src/background/sentry.ts", "src/sentry.js"), "typescript", J(L), "public_dsn"


def n_asset_manifest(r, c):
    L = ["{"]
    names = ["background.js", "content.js", "options.js", "popup.js", "popup.css", "vendor.js"]
    r.shuffle(names)
    for i, n in enumerate(names[:r.randrange(3, 6)]):
        b, e = n.rsplit(".", 1)
        L.append('  "%s": "assets/%s.%s.%s",' % (n, b, rs(r, 8, HEX), e))
    L.append('  "_build": "%s"' % rs(r, 40, HEX))
    L.append("}")
    return pick(r, "dist/asset-manifest.json", "build/manifest.assets.json"), "json", J(L), "content_hash"


def n_jwt_vector(r, c):
    L = ["import { describe, it, expect } from 'vitest';", "import { decodeJwt } from '../src/lib/jwt';", "",
         "// Example token from the JWT spec site (HS256, secret \"your-256-bit-secret\").",
         "const SAMPLE = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';",
         "", "describe('decodeJwt', () => {", "  it('reads the payload without verifying', () => {",
         "    expect(decodeJwt(SAMPLE).name).toBe('John Doe');", "  });", "  it('rejects garbage', () => {",
         "    expect(() => decodeJwt('not.a.jwt')).toThrow();", "  });", "});"]
    return pick(r, "test/jwt.test.ts", "src/lib/jwt.spec.ts"), "typescript", J(L), "test_vector"


def n_aws_docs(r, c):
    L = ["# Hosting self-distributed builds on S3", "", "Configure a profile (values below are the AWS documentation examples):", "",
         "```ini", "[ext-updates]", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "```", "",
         "Then `aws s3 cp dist/updates.xml s3://%s-updates/ --profile ext-updates`." % c["app"]]
    return pick(r, "docs/self-hosting.md", "notes/s3-updates.md"), "markdown", J(L), "documented_example"


def n_locales(r, c):
    L = ["{", '  "appName": { "message": "%s" },' % c["Title"], '  "appDesc": { "message": "%s" },' % pick(r, "Translate any selection", "Save tabs to your reading list"),
         '  "apiKeyLabel": { "message": "%s" },' % pick(r, "API key", "Clé API", "API-Schlüssel", "Clave de API"),
         '  "apiKeyPlaceholder": { "message": "%s" },' % pick(r, "Paste your key here", "sk-...", "Collez votre clé ici"),
         '  "tokenSaved": { "message": "Token saved ✓" },', '  "tokenInvalid": { "message": "That token was rejected (401). Check it and try again." },',
         '  "passwordHint": { "message": "Use at least 12 characters" }', "}"]
    return "_locales/%s/messages.json" % pick(r, "en", "fr", "de", "es"), "json", J(L), "i18n_string"


def n_computed_hashes(r, c):
    L = ["{", '  "file_hashes": [']
    files = ["background.js", "content.js", "popup.html", "options.js", "icons/128.png"]
    n = r.randrange(2, 5)
    for i, f in enumerate(files[:n]):
        L += ["    {", '      "block_hashes": ["%s"],' % base64.b64encode(rbytes(r, 32)).decode(), '      "block_size": 4096,',
              '      "path": "%s"' % f, "    }" + ("," if i < n - 1 else "")]
    L += ["  ],", '  "version": 2', "}"]
    return "_metadata/computed_hashes.json", "json", J(L), "content_hash"


def n_info_plist(r, c):
    body = ["\t<key>CFBundleDisplayName</key>", "\t<string>%s</string>" % c["Title"], "\t<key>CFBundleIdentifier</key>",
            "\t<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>", "\t<key>CFBundleShortVersionString</key>", "\t<string>$(MARKETING_VERSION)</string>",
            "\t<key>NSExtension</key>", "\t<dict>", "\t\t<key>NSExtensionPointIdentifier</key>", "\t\t<string>com.apple.Safari.web-extension</string>",
            "\t\t<key>NSExtensionPrincipalClass</key>", "\t\t<string>$(PRODUCT_MODULE_NAME).SafariWebExtensionHandler</string>", "\t</dict>",
            "\t<key>SFSafariWebExtensionConverterVersion</key>", "\t<string>%s</string>" % pick(r, "15.4", "16.0", "15.2")]
    return pick(r, "Shared (Extension)/Info.plist", "%s Extension/Info.plist" % c["Title"]), "plist", J(plist_wrap(body)), "bundle_id"


def n_pbxproj(r, c):
    ids = [rs(r, 24, "0123456789ABCDEF") for _ in range(4)]
    L = ["// !$*UTF8*$!", "{", "\tarchiveVersion = 1;", "\tobjectVersion = 56;", "\tobjects = {",
         "\t\t%s /* background.js in Resources */ = {isa = PBXBuildFile; fileRef = %s /* background.js */; };" % (ids[0], ids[1]),
         "\t\t%s /* Release */ = {" % ids[2], "\t\t\tisa = XCBuildConfiguration;", "\t\t\tbuildSettings = {",
         "\t\t\t\tCODE_SIGN_STYLE = Automatic;", "\t\t\t\tDEVELOPMENT_TEAM = %s;" % rs(r, 10, UP + DIG),
         "\t\t\t\tPRODUCT_BUNDLE_IDENTIFIER = \"com.%s.%s.Extension\";" % (c["org"].replace("-", ""), c["app"].replace("-", "")),
         "\t\t\t\tPROVISIONING_PROFILE_SPECIFIER = \"\";", "\t\t\t};", "\t\t\tname = Release;", "\t\t};", "\t};", "\trootObject = %s;" % ids[3], "}"]
    return "safari/%s.xcodeproj/project.pbxproj" % c["Title"].replace(" ", ""), "pbxproj", J(L), "object_id"


def n_changelog(r, c):
    L = ["# Changelog", ""]
    for _ in range(r.randrange(2, 5)):
        v = version(r)
        L += ["## %s" % v, "", "- %s (%s)" % (pick(r, "Fix popup height on Windows", "Move to MV3 service worker", "Add Edge build", "Translate tooltips"), rs(r, 7, HEX)),
              "- Store id: `%s`" % random_ext_id(r), "- Build %s" % rs(r, 40, HEX), ""]
    return "CHANGELOG.md", "markdown", J(L), "commit_sha"


def n_mapbox(r, c):
    body = '{"u":"%s","a":"cl%s"}' % (c["org"], rs(r, 23, LO + DIG))
    tok = "pk." + base64.urlsafe_b64encode(body.encode()).decode().rstrip("=") + "." + rs(r, 22, B64URL)
    L = ["import mapboxgl from 'mapbox-gl';", "", "// public (pk.) token, URL-restricted to the extension origin in the Mapbox dashboard",
         "mapboxgl.accessToken = '%s';" % tok, "",
         "const map = new mapboxgl.Map({", "  container: 'map',", "  style: 'mapbox://styles/mapbox/streets-v12',",
         "  center: [%.4f, %.4f]," % (r.uniform(-10, 30), r.uniform(35, 60)), "  zoom: %d," % r.randrange(9, 14), "});", "",
         "chrome.runtime.onMessage.addListener((m) => {", "  if (m.type === 'fly') map.flyTo({ center: m.center });", "});"]
    return pick(r, "src/sidepanel/map.js", "sidepanel/map.js"), "javascript", J(L), "public_token"


def n_recaptcha_html(r, c):
    site = "6L" + rs(r, 38, B64URL)
    L = ["<!doctype html>", "<html><head><meta charset=\"utf-8\"><title>Feedback</title>", '<script src="https://www.google.com/recaptcha/api.js" async defer></script>',
         "</head><body>", '<form action="https://api.%s.io/feedback" method="POST">' % c["org"], '  <textarea name="msg"></textarea>',
         '  <div class="g-recaptcha" data-sitekey="%s"></div>' % site, '  <input type="hidden" name="ext_id" value="%s">' % c["extid"],
         '  <button>Send</button>', "</form>", "</body></html>"]
    return pick(r, "public/feedback.html", "pages/feedback.html"), "html", J(L), "public_site_key"


def n_masking_util(r, c):
    L = ["/** Show a stored key as e.g. sk-…a9Xq without ever logging it. */", "export function maskKey(key: string): string {",
         "  if (!key) return '';", "  if (key.length <= 8) return '•'.repeat(key.length);", "  return `${key.slice(0, 3)}…${key.slice(-4)}`;", "}", "",
         "// examples rendered in the options page", "export const MASK_EXAMPLES = ['sk-…%s', 'ghp_…%s', '••••••••••••%s'];" % (rs(r, 4, B62), rs(r, 4, B62), rs(r, 4, B62)),
         "", "export async function readKey(): Promise<string> {", "  const { apiKey = '' } = await chrome.storage.local.get('apiKey');", "  return apiKey;", "}"]
    return pick(r, "src/lib/mask.ts", "src/options/mask.ts"), "typescript", J(L), "masked"


def n_native_host(r, c):
    L = ["{", '  "name": "com.%s.%s_host",' % (c["org"].replace("-", ""), c["app"].replace("-", "_")), '  "description": "%s native helper",' % c["Title"],
         '  "path": "/usr/local/lib/%s/host",' % c["app"], '  "type": "stdio",',
         '  "allowed_origins": [', '    "chrome-extension://%s/",' % c["extid"], '    "chrome-extension://%s/"' % random_ext_id(r), "  ]", "}"]
    return pick(r, "native/com.%s.host.json" % c["app"].replace("-", "_"), "host/manifest.json"), "json", J(L), "extension_id"


def n_pgp_pub(r, c):
    b = base64.b64encode(rbytes(r, 300)).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    L = ["# Verifying release artifacts", "", "Release zips are signed with this key (fingerprint `%s`):" % " ".join(rs(r, 4, "0123456789ABCDEF") for _ in range(10)), "",
         "```", "-----BEGIN PGP PUBLIC KEY BLOCK-----", ""] + lines + ["=" + rs(r, 4, B64STD), "-----END PGP PUBLIC KEY BLOCK-----", "```", "",
         "`gpg --verify %s-%s.zip.asc`" % (c["app"], c["ver"])]
    return pick(r, "SECURITY.md", "docs/verify-release.md"), "markdown", J(L), "public_key"


def n_crx_pack(r, c):
    L = ["#!/usr/bin/env bash", "# Pack a CRX for self-hosting. The signing key is NOT in the repo;", "# CI writes it from the CRX_PRIVATE_KEY secret.",
         "set -euo pipefail", 'KEY_FILE="${CRX_KEY_FILE:-$HOME/.config/%s/key.pem}"' % c["app"],
         'test -f "$KEY_FILE" || { echo "missing $KEY_FILE"; exit 1; }',
         '"%s" --pack-extension=dist --pack-extension-key="$KEY_FILE"' % pick(r, "google-chrome", "chromium", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"),
         "mv dist.crx releases/%s-%s.crx" % (c["app"], c["ver"]), "sha256sum releases/*.crx > releases/SHA256SUMS"]
    return pick(r, "scripts/pack-crx.sh", "bin/pack.sh"), "shell", J(L), "env_reference"


def n_web_ext_env(r, c):
    L = ["// Credentials come from the environment (WEB_EXT_API_KEY / WEB_EXT_API_SECRET in CI).", "module.exports = {", "  sourceDir: 'dist',",
         "  build: { overwriteDest: true },", "  sign: {", "    channel: 'listed',", "    apiKey: process.env.AMO_JWT_ISSUER,", "    apiSecret: process.env.AMO_JWT_SECRET,",
         "    amoMetadata: './amo-metadata.json',", "  },", "};"]
    return "web-ext-config.cjs", "javascript", J(L), "env_reference"


def n_options_storage(r, c):
    L = ["<!doctype html>", "<html><head><meta charset=\"utf-8\"><title>Options</title></head><body>", "<form>",
         '  <label for="apiKey">%s</label>' % pick(r, "OpenAI API key", "DeepL auth key", "Notion integration secret"),
         '  <input id="apiKey" type="password" placeholder="%s" autocomplete="off" spellcheck="false">' % pick(r, "sk-...", "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx:fx", "secret_…", "ntn_…"),
         '  <small>Stored only in chrome.storage.local on this device.</small>', '  <input id="model" value="%s">' % pick(r, "gpt-4o-mini", "gpt-4.1-nano"),
         '  <button id="save">Save</button>', "</form>", '<script src="options.js"></script>', "</body></html>"]
    return pick(r, "options.html", "src/options/index.html"), "html", J(L), "placeholder"


def n_uuid_ids(r, c):
    L = ["export const FIXTURES = {"]
    for i in range(r.randrange(3, 7)):
        L.append("  %s: { id: '%s', createdAt: '2024-0%d-1%dT10:0%d:00Z', title: '%s' }," % (
            pick(r, "tab", "note", "highlight", "task") + str(i), uuid4(r), r.randrange(1, 9), r.randrange(0, 9), r.randrange(0, 9), pick(r, "Inbox", "Read later", "Ideas")))
    L += ["};", "", "export const REQUEST_ID = '%s';" % uuid4(r), "export const NONCE = '%s';" % rs(r, 16, HEX)]
    return pick(r, "test/fixtures/items.ts", "src/__fixtures__/data.ts"), "typescript", J(L), "uuid_id"


NEG_TEMPLATES = [n_manifest_v3, n_manifest_v2_ff, n_updates_xml, n_updates_json, n_userscript_meta, n_package_lock, n_gha_secrets_only,
                 n_env_example, n_firebase, n_stripe_pk, n_sentry, n_asset_manifest, n_jwt_vector, n_aws_docs, n_locales, n_computed_hashes,
                 n_info_plist, n_pbxproj, n_changelog, n_mapbox, n_recaptcha_html, n_masking_util, n_native_host, n_pgp_pub, n_crx_pack,
                 n_web_ext_env, n_options_storage, n_uuid_ids]


# --------------------------------------------------------------------------
# registry: slot template -> compatible kinds
# --------------------------------------------------------------------------
for _k, _v in KINDS.items():
    _v["_id"] = _k

STORE = ["cws_secret", "cws_refresh", "amo", "edge_key", "edge_legacy"]
API = ["openai", "deepl", "gtranslate", "youtube", "spotify", "notion", "todoist", "raindrop", "pocket", "readwise", "pushbullet",
       "telegram", "github", "pinboard"]
CLOUD = ["npm", "aws", "stripe", "slack_hook", "discord_hook", "jwt", "sentry"]
DB = ["postgres", "mongodb", "redis"]
SINGLE = [k for k in KINDS if k != "asc_p8"]
API_CALL = [k for k in API if k not in ("spotify", "pocket")]

SLOT_TEMPLATES = [
    (t_env_file, SINGLE),
    (t_bg_fetch, API),
    (t_content_script, API_CALL),
    (t_options_defaults, API),
    (t_options_html, API),
    (t_bookmarklet_html, [k for k in API_CALL if k != "telegram"]),
    (t_userscript_const, API_CALL),
    (t_userscript_gm, API_CALL),
    (t_bookmarklet_md, API_CALL),
    (t_bookmarklet_src, [k for k in API_CALL if k != "telegram"]),
    (t_webpack_define, API + ["sentry", "stripe"]),
    (t_vite_define, API + ["sentry"]),
    (t_gha_env, STORE + CLOUD + ["app_password", "github", "telegram", "openai", "password"]),
    (t_gha_action_with, STORE),
    (t_gha_cli, ["amo"]),
    (t_package_json, ["amo", "cws_secret", "cws_refresh", "npm", "sentry", "github"]),
    (t_web_ext_config, ["amo"]),
    (t_publish_sh, STORE + ["app_password", "slack_hook", "discord_hook"]),
    (t_publish_py, ["cws_secret", "cws_refresh", "edge_key", "edge_legacy"]),
    (t_plist_secrets, API),
    (t_xcconfig, API + ["app_password"]),
    (t_fastfile, ["asc_p8", "app_password"]),
    (t_swift, API_CALL),
    (t_runbook_md, SINGLE),
    (t_docker_compose, DB + ["jwt", "stripe", "aws", "sentry", "openai", "deepl", "notion", "gtranslate"]),
    (t_makefile, ["amo", "cws_secret", "cws_refresh", "edge_key", "npm", "sentry"]),
    (t_npmrc, ["npm"]),
    (t_config_ts, API + ["stripe"]),
    (t_json_config, [k for k in SINGLE if k not in DB]),
    (t_wrangler, API + ["jwt", "stripe"]),
    (t_backend_py, API_CALL + DB),
    (t_db_url_js, DB),
    (t_dockerfile, API + ["jwt", "stripe", "sentry", "aws"]),
    (t_playwright, ["password"]),
    (t_aws_ini, ["aws"]),
    (t_ts_positional, API_CALL + ["stripe"]),
    (t_settings_yaml, API + CLOUD + DB + ["password"]),
    (t_notify_py, ["telegram", "pushbullet", "slack_hook", "discord_hook"]),
    (t_p8_file, ["asc_p8"]),
    (t_p8_env, ["asc_p8"]),
    (t_p8_gha, ["asc_p8"]),
    (t_oninstall_seed, API),
    (t_tm_backup, API_CALL),
    (t_jest_setup, API + ["stripe"]),
    (t_curl_md, API_CALL),
    (t_gha_notary, ["app_password"]),
]
NARROW_WEIGHT = 0.5


def tweight(kinds):
    if kinds is SINGLE:
        return 2.0
    if kinds == ["asc_p8"]:
        return 0.3
    return NARROW_WEIGHT if len(kinds) <= 2 else (0.8 if len(kinds) <= 6 else 1.0)


class Balancer:
    def __init__(self, r):
        self.r, self.kind_use, self.tpl_use = r, {k: 0 for k in KINDS}, {}

    def pick_template(self, pool, first_pass):
        if first_pass:
            return first_pass.pop()
        ws = [tweight(k) for _, k in pool]
        return self.r.choices(pool, weights=ws)[0]

    def pick_kind(self, kinds):
        m = min(self.kind_use[k] for k in kinds)
        cands = [k for k in kinds if self.kind_use[k] == m]
        k = self.r.choice(cands)
        self.kind_use[k] += 1
        return k


# --------------------------------------------------------------------------
# negative slot values
# --------------------------------------------------------------------------
MASK_PREFIX = {"openai": "sk-proj-", "cws_secret": "GOCSPX-", "cws_refresh": "1//0", "github": "ghp_", "npm": "npm_", "notion": "secret_",
               "pushbullet": "o.", "stripe": "sk_live_", "sentry": "sntryu_", "deepl": "", "gtranslate": "AIza", "youtube": "AIza"}
SECRET_MGR = ["op://Extensions/{p}/credential", "vault:secret/data/extensions/{p}#value", "arn:aws:secretsmanager:us-east-1:{acct}:secret:ext/{p}-{suf}",
              "projects/{proj}/secrets/{p}/versions/latest", "doppler://{proj}/prd/{ENV}", "sops:secrets.enc.yaml#{ENV}"]
I18N = ["Enter your API key", "Paste your token here", "Clé API", "API-Schlüssel eingeben", "(not set)", "Your key is stored locally"]
I18N_TEMPLATES = {"t_options_html", "t_options_defaults", "t_userscript_gm", "t_tm_backup", "t_oninstall_seed"}


def neg_value(r, spec, tname):
    sid = spec["_id"]
    types = ["placeholder", "placeholder", "envref", "envref", "secretmgr", "masked", "empty"]
    if tname in I18N_TEMPLATES:
        types.append("i18n")
    if sid in ("aws", "telegram"):
        types.append("example")
    t = r.choice(types)
    if t == "placeholder":
        return t, Val(r.choice(spec["ph"]))
    if t == "envref":
        return t, Val(env=spec["env"], fallback=r.choice(["${%s}" % spec["env"], "", "<%s>" % spec["env"].lower()]))
    if t == "secretmgr":
        f = r.choice(SECRET_MGR)
        return t, Val(f.format(p=sid.replace("_", "-"), acct=r.randrange(10 ** 11, 10 ** 12), suf=rs(r, 6, B62), proj=r.choice(ORGS), ENV=spec["env"]))
    if t == "masked":
        pre = MASK_PREFIX.get(sid, "")
        return t, Val(pre + r.choice(["*", "•", "x"]) * r.randrange(8, 24) + rs(r, 4, B62) if r.random() < 0.7 else r.choice(["********", "[REDACTED]", "<redacted>", "***"]))
    if t == "empty":
        return t, Val("")
    if t == "i18n":
        return t, Val(r.choice(I18N))
    if sid == "aws":
        return t, Val("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    return t, Val("123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11")


def neg_pairs(r, sid, pairs):
    out = []
    for words, v in pairs:
        if sid == "aws":
            v = Val("AKIAIOSFODNN7EXAMPLE")
        elif sid == "pocket":
            v = Val(env="POCKET_CONSUMER_KEY", fallback="<consumer-key>")
        out.append((words, v))
    return out


# --------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------
def ftype_fix(path, ft):
    if ft in ("javascript", "typescript"):
        if path.endswith((".ts", ".mts", ".cts")):
            return "typescript"
        if path.endswith((".js", ".mjs", ".cjs")):
            return "javascript"
    return ft


def make_positive(r, bal, pool, first_pass):
    fn, kinds = bal.pick_template(pool, first_pass)
    sid = bal.pick_kind(kinds)
    spec = KINDS[sid]
    secret, pairs = spec["gen"](r)
    raw = None
    if sid == "asc_p8":
        raw, secret = secret, secret[0]
    slot = Slot(r, spec, "pos", Val(secret), pairs, r.random() < 0.5, raw_secret=raw)
    c = ctx(r)
    path, ft, text = fn(r, slot, c)
    return dict(path=path, ft=ftype_fix(path, ft), text=text, provider=spec["provider"], kind=spec["kind"], needle=secret, template=fn.__name__)


def make_negative_reuse(r, bal, pool, first_pass):
    fn, kinds = bal.pick_template(pool, first_pass)
    sid = bal.pick_kind(kinds)
    spec = KINDS[sid]
    _, pairs = spec["gen"](r)
    nt, val = neg_value(r, spec, fn.__name__)
    slot = Slot(r, spec, "neg", val, neg_pairs(r, sid, pairs), r.random() < 0.5, negtype=nt)
    c = ctx(r)
    path, ft, text = fn(r, slot, c)
    return dict(path=path, ft=ftype_fix(path, ft), text=text, provider=spec["provider"], kind=nt, template=fn.__name__)


def make_negative_domain(r, tpl):
    c = ctx(r)
    path, ft, text, kind = tpl(r, c)
    return dict(path=path, ft=ftype_fix(path, ft), text=text, provider="extension_tooling", kind=kind, template=tpl.__name__)


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: %s OUTDIR SEED\n" % argv[0])
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []

    bal = Balancer(r)
    p8_only = [t for t in SLOT_TEMPLATES if t[1] == ["asc_p8"]]
    first = list(SLOT_TEMPLATES)
    r.shuffle(first)
    for i in range(500):
        e = make_positive(r, bal, SLOT_TEMPLATES, first)
        rel = "pos/p%04d/%s" % (i, e["path"])
        idx = e["text"].find(e["needle"])
        assert idx >= 0, (e["template"], e["needle"])
        write(outdir, rel, e["text"])
        manifest.append({"file": rel, "label": "pos", "provider": e["provider"], "kind": e["kind"], "filetype": e["ft"]})
        secrets.append({"file": rel, "needle": e["needle"], "line": e["text"][:idx].count("\n") + 1})

    nbal = Balancer(r)
    reuse_pool = [t for t in SLOT_TEMPLATES if t[0] is not t_p8_file]
    first = list(reuse_pool)
    r.shuffle(first)
    dom_first = list(NEG_TEMPLATES)
    r.shuffle(dom_first)
    plan = ["reuse"] * 250 + ["domain"] * 250
    r.shuffle(plan)
    for i, what in enumerate(plan):
        if what == "reuse":
            e = make_negative_reuse(r, nbal, reuse_pool, first)
        else:
            tpl = dom_first.pop() if dom_first else r.choice(NEG_TEMPLATES)
            e = make_negative_domain(r, tpl)
        rel = "neg/n%04d/%s" % (i, e["path"])
        write(outdir, rel, e["text"])
        manifest.append({"file": rel, "label": "neg", "provider": e["provider"], "kind": e["kind"], "filetype": e["ft"]})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s_ in secrets:
            fh.write(json.dumps(s_, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
