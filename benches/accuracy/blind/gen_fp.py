#!/usr/bin/env python3
"""gen_fp.py - blind evaluation-set generator for secret scanners.

EMPHASIS
    Social-media APIs, bots and research scrapers.  Providers: Reddit (PRAW
    client secret, account password), X/Twitter (app-only bearer tokens
    "AAAA...", OAuth 1.0a consumer secret, access token and access token
    secret), Bluesky app passwords (xxxx-xxxx-xxxx-xxxx), Mastodon access
    tokens, YouTube Data API keys (AIza...) and Google OAuth client secrets
    (GOCSPX-...), Facebook / Instagram / Threads Graph tokens (EAA..., IGAA...,
    IGQV..., THAA..., "app_id|app_secret", "TH|app_id|app_secret"), TikTok
    client secrets and act./rft. tokens, Pinterest pina_ tokens, Tumblr OAuth
    1.0a secrets, Twitch client secrets and (oauth:) chat tokens, Telegram bot
    tokens, Telethon api_hash and StringSession strings, Discord bot tokens
    and webhook URLs, Slack incoming webhooks used for alerts, Buffer access
    tokens.
    Kinds: bearer tokens, OAuth secrets, app passwords, bot tokens, session
    strings, webhook URLs, account passwords.
    File types: praw.ini, Python, Jupyter notebooks, Node JS/TypeScript, Go,
    Rust, R (rtweet & co), PHP, Java properties, config json/yaml/toml/ini,
    GitHub Actions workflows, docker-compose, Dockerfile, Helm values,
    Terraform, shell/cron scripts, Markdown READMEs, CSV exports of posts,
    logs, XML app configs, .env (a few positives only).

USAGE
    python3 gen_fp.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath> (one credential each),
    OUTDIR/neg/n0000..n0499/<relpath> (no credential), OUTDIR/manifest.jsonl
    (file, label, provider, kind, filetype) and OUTDIR/secrets.jsonl (file,
    needle, line).  Standard library only; every random choice comes from one
    random.Random(SEED), so a seed always gives byte-identical output.

NEEDLE CONVENTIONS
    * The needle is the credential exactly as written, without quotes.
    * Webhook URLs (Discord, Slack): the whole URL, scheme to last token char.
    * Telegram bot token inside an API URL (".../bot<TOKEN>/sendMessage"):
      only the token "<digits>:<35 chars>".  YouTube key in a "key=" query
      parameter: only the AIza... key.
    * Twitch chat tokens written as "oauth:<30 chars>": needle includes the
      "oauth:" prefix when the file has it, else just the 30 chars.
    * Meta app tokens "app_id|app_secret" and Threads "TH|app_id|app_secret":
      the whole pipe-joined string.
    * Authorization headers ("Bearer X"): only X.  Basic-auth "id:secret" on a
      curl command line: only the secret.
    * Telethon StringSession: the whole one-line string starting with "1".
    * No multi-line credentials are produced by this generator; the line
      number is always the line that holds the whole needle.

NEGATIVES
    Half of the negatives re-use the positive templates with the credential
    slot holding a non-secret: placeholders (YOUR_..., <your-...>, changeme,
    xxxx...), empty values, masked values (****, [REDACTED], first-4 + ...),
    environment / secret-manager references (os.environ, process.env,
    os.Getenv, Sys.getenv, ${VAR}, ${{ secrets.X }}, vault:, op://),
    template expressions ({{ ... }}), and providers' documented example
    values (Twitter's retired docs bearer token and consumer secret, PRAW
    docs example secret, Telegram BotFather docs token, Telethon README
    api_hash, Telegram Desktop documented TEST api_hash, discord.py docs
    token, Slack T00000000 webhook, Mastodon docs Token entity, TikTok
    act.example tokens, Twitch docs token).  The other half are look-alikes
    of the domain: tweet / post / user ids (snowflakes), Reddit base36 ids,
    handles, hashtags, Bluesky DIDs, TIDs and CIDs, guild / channel / role
    ids, Discord application public keys (Ed25519, public by design),
    interaction signatures, Telegram api_id numbers, chat ids and file_ids,
    YouTube video / channel / playlist ids and page tokens, public client
    ids (Twitch, Google OAuth, Reddit installed-app ids), Meta app / page /
    pixel ids, media hashes (sha256, md5, pHash, BlurHash), lockfile
    integrity hashes, image digests, git SHAs, UUIDs, signed CDN URL
    parameters, public SSH / PEM keys and certificates, base64 data URIs.
    No negative is written to a file named .env / .env.local / .env.<stage>.

FORMATS CHECKED (searches of docs/pages/code corpora)
    * X/Twitter developer docs (bearer-tokens page): app-only bearer token
      example is 116 chars: 21 'A', 4 app-id chars, 7 chars "AAAAAAA",
      a URL-encoded base64 block ending %3D, then 50 alphanumerics.  Same page
      gives example API key (22 chars) and API secret (41 chars) - used only
      as documented examples.  Consumer secret generated as 50 alnum, access
      token as "<user id>-<40 alnum>", access token secret 45 alnum.
    * Bluesky: app passwords shown as xxxx-xxxx-xxxx-xxxx (four groups of
      four lowercase letters / digits).  Generated from a-z2-7.
    * Telegram docs: bot token "<bot id>:<35 chars>", e.g. 110201543:AAH...;
      BotFather docs example 123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11.
    * Telethon README: api_id 12345 / api_hash '0123456789abcdef...' example;
      api_hash is 32 hex.  Telethon/GramJS StringSession: version char '1' +
      urlsafe base64 of struct '>B4sH256s' (dc id, IPv4, port, 256-byte auth
      key) = 353 chars.
    * discord.py docs: bot token = base64(user id) . base64(timestamp) . HMAC
      (example MjQ1NTU5...); 2022+ tokens have a 38-char third part (nostrum
      docs examples).  Webhook URLs: https://discord.com/api/webhooks/<id>/
      <68-char token>.
    * Slack: https://hooks.slack.com/services/T.../B.../<24 chars>, docs use
      T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX.
    * PRAW docs: praw.ini sites with client_id, client_secret, password,
      username, user_agent; example secret xaxkj7HNh8kwg8e5t4m6KvSrbTI (27).
    * TikTok docs: client_key / client_secret, user tokens prefixed act. and
      rft. (Douyin docs show act.<hex...>, rft.<hex...>).
    * Pinterest docs (token debugger): tokens carry a pina (access) or pinr
      (refresh) prefix.
    * Threads docs: app access token "TH|<APP_ID>|<ACCESS_TOKEN>", and
      "TH|<APP_ID>|<APP_SECRET>" accepted directly.  Threads app id example
      990602627938098 (15 digits).
    * Mastodon docs Token entity: 43-char urlsafe access_token example
      ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0.
    * Twitch docs/CLI: tokens are lowercase alphanumeric; IRC PASS uses
      "oauth:<token>".
    * Buffer docs: Bearer API keys (new) and legacy OAuth codes "1/...".

DOUBTS
    * Reddit client secret length: docs example is 27 chars; newer apps show
      30 chars.  Both lengths are generated.
    * Twitter consumer secret (50), access token secret (45) and the
      "<id>-<40>" access token were not confirmed in the searched docs.
    * Bluesky app-password alphabet: sources say lowercase letters or digits;
      base32 (a-z, 2-7) is assumed.
    * Instagram (IGAA.../IGQV...) and Threads (THAA...) user token prefixes
      and lengths are from memory, not confirmed in docs.  Facebook EAA...
      body length (about 150-220) likewise.
    * TikTok act./rft. token body (alnum, "!"+digits suffix) not confirmed.
    * Pinterest pina_ body (uppercase base32-like, ~100 chars) not confirmed.
    * Twitch client secret / access token length 30 assumed.
    * Buffer legacy access token "1/" + 32 hex is assumed; the new Buffer API
      key format is undocumented, so it is not generated.  Hootsuite secrets
      have no documented format and are not generated.
    * Facebook app secret = 32 hex, Tumblr keys/secrets = 50 alnum, Google
      OAuth client secret = GOCSPX- + 28 chars: common knowledge, not
      re-confirmed.
    * Telegram Desktop's documented TEST api_hash is used as a negative
      (documented public value) although it is a working, rate-limited key.
"""

import base64
import json
import os
import random
import struct
import sys

UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"
ALNUM = UPPER + LOWER + DIGITS
LOWNUM = LOWER + DIGITS
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
B32L = "abcdefghijklmnopqrstuvwxyz234567"
B32U = B32L.upper()
UPNUM = UPPER + DIGITS


def rs(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def pick(r, seq):
    return seq[r.randrange(len(seq))]


# ---------------------------------------------------------------- vocab ----
FIRST = ["maya", "jonas", "li", "priya", "tomas", "ada", "kwame", "sofia", "noah", "ines",
         "yuki", "omar", "lena", "felix", "zara", "ravi", "elif", "marco", "hana", "dmitri"]
WORDS = ["harbor", "falcon", "marble", "cobalt", "lantern", "meadow", "quartz", "ember",
         "willow", "signal", "orbit", "pepper", "tundra", "violet", "canyon", "raven"]
SUBS = ["datascience", "MachineLearning", "AskHistorians", "python", "worldnews", "climate",
        "rstats", "programming", "PublicHealth", "politics", "boardgames", "AskScience"]
TAGS = ["#OpenScience", "#rstats", "#Python", "#AcademicTwitter", "#ClimateAction",
        "#100DaysOfCode", "#DataViz", "#NLProc", "#Elections2024", "#MastoAdmin", "#WorldCup"]
INSTANCES = ["mastodon.social", "fosstodon.org", "hachyderm.io", "sciences.social",
             "mstdn.science", "infosec.exchange", "mas.to"]
BOTNAMES = ["modbot", "newsdigest", "clipper", "archivist", "pollster", "quotebot",
            "alertbot", "scheduler", "crossposter", "trendwatch", "feedrelay", "paperbot"]
CHANNELS = ["pokimane", "shroud", "lirik", "sodapoppin", "cohhcarnage", "summit1g",
            "ludwig", "xqc", "tarik", "nmplol"]
PHRASES = ["New paper out today on misinformation spread", "Weekly digest is live",
           "Thread: what we learned from 2M posts", "Reminder: AMA starts at 5pm UTC",
           "Dataset release v2 with 14k annotated posts", "Our bot is back online",
           "Looking for beta testers", "Slides from my talk are up"]


def handle(r):
    return pick(r, FIRST) + pick(r, ["_", "", "."]) + pick(r, WORDS) + str(r.randint(1, 99))


def botname(r):
    return pick(r, BOTNAMES)


def ua(r):
    return "script:%s:v%d.%d (by u/%s)" % (botname(r), r.randint(0, 3), r.randint(0, 9), handle(r).replace(".", "_"))


# ------------------------------------------------------- id look-alikes ----
def tw_snowflake(r):
    ms = r.randint(1546300800000, 1735689600000) - 1288834974657
    return str((ms << 22) | r.getrandbits(22))


def dc_snowflake(r):
    ms = r.randint(1514764800000, 1735689600000) - 1420070400000
    return str((ms << 22) | r.getrandbits(22))


def did_plc(r):
    return "did:plc:" + rs(r, 24, B32L)


def cid(r):
    return "bafyrei" + rs(r, 52, B32L)


def tid(r):
    return "3" + rs(r, 12, "234567abcdefghijklmnopqrstuvwxyz")


def yt_video(r):
    return rs(r, 11, B64URL)


def yt_channel(r):
    return "UC" + rs(r, 22, B64URL)


def reddit_id(r):
    return rs(r, r.choice([6, 7]), LOWNUM)


def uuid4(r):
    h = rs(r, 32, HEX)
    h = h[:12] + "4" + h[13:16] + pick(r, "89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def sha256hex(r):
    return rs(r, 64, HEX)


def b64bytes(r, n, url=False):
    raw = bytes(r.getrandbits(8) for _ in range(n))
    return (base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)).decode()


def date(r, year=None):
    return "%04d-%02d-%02d" % (year or r.randint(2021, 2025), r.randint(1, 12), r.randint(1, 28))


def ts(r):
    return "%sT%02d:%02d:%02dZ" % (date(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


# ------------------------------------------------------ secret formats ----
def g_reddit_secret(r):
    return rs(r, pick(r, [27, 30]), B64URL)


def g_password(r):
    style = r.randrange(3)
    if style == 0:
        return pick(r, WORDS).capitalize() + pick(r, "!#$%&*-") + pick(r, WORDS).capitalize() + str(r.randint(10, 9999))
    if style == 1:
        return rs(r, r.randint(14, 20), ALNUM + "!#%&*+-=?@^_")
    return "-".join(pick(r, WORDS) for _ in range(3)) + str(r.randint(1, 99))


def g_tw_bearer(r):
    appid = rs(r, 4, ALNUM)
    mid = pick(r, ["AAAAAAA", "AEAAAAA", "AQAAAAA", "AgAAAAA", "AwAAAAA"])
    blob = rs(r, 27, B64) + "="
    blob = blob.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    return "A" * 21 + appid + mid + blob + rs(r, 50, ALNUM)


def g_tw_consumer_secret(r):
    return rs(r, 50, ALNUM)


def g_tw_token_secret(r):
    return rs(r, 45, ALNUM)


def g_tw_access_token(r):
    return str(r.randint(10 ** 8, 2 * 10 ** 18)) + "-" + rs(r, 40, ALNUM)


def g_bsky_app_pw(r):
    return "-".join(rs(r, 4, B32L) for _ in range(4))


def g_mastodon(r):
    return b64bytes(r, 32, url=True).rstrip("=")


def g_yt_key(r):
    return "AIza" + pick(r, "S") + pick(r, "y") + rs(r, 33, B64URL)


def g_gocspx(r):
    return "GOCSPX-" + rs(r, 28, B64URL)


def g_fb_token(r):
    body = rs(r, r.randint(150, 210), ALNUM)
    return "EAA" + pick(r, "BGIJKNRZdbl") + body + pick(r, ["ZDZD", "ZD", "ZCZD", ""])


def g_ig_token(r):
    if r.random() < 0.5:
        return "IGAA" + rs(r, r.randint(140, 180), ALNUM)
    return "IGQV" + rs(r, r.randint(150, 200), B64URL)


def g_threads_token(r):
    return "THAA" + rs(r, r.randint(150, 190), ALNUM)


def g_fb_app_secret(r):
    return rs(r, 32, HEX)


def g_threads_app(r):
    return "TH|" + str(r.randint(10 ** 14, 10 ** 15 - 1)) + "|" + rs(r, 32, HEX)


def g_fb_app_token(r):
    return str(r.randint(10 ** 14, 10 ** 16 - 1)) + "|" + rs(r, 32, HEX)


def g_tiktok_secret(r):
    return rs(r, 32, ALNUM)


def g_tiktok_act(r):
    return "act." + rs(r, 64, LOWNUM) + "!" + str(r.randint(1000, 9999)) + pick(r, [".va", ".e1", ".s1"])


def g_tiktok_rft(r):
    return "rft." + rs(r, 64, LOWNUM) + "!" + str(r.randint(1000, 9999)) + pick(r, [".va", ".e1", ".s1"])


def g_pina(r):
    return "pina_" + rs(r, r.randint(96, 112), B32U)


def g_tumblr(r):
    return rs(r, 50, ALNUM)


def g_twitch(r):
    return rs(r, 30, LOWNUM)


def g_twitch_oauth(r):
    return "oauth:" + rs(r, 30, LOWNUM)


def g_tg_bot(r):
    return str(r.randint(10 ** 8, 8 * 10 ** 9)) + ":AA" + pick(r, "EFGHl") + rs(r, 32, B64URL)


def g_api_hash(r):
    return rs(r, 32, HEX)


def g_string_session(r):
    dc = r.randint(1, 5)
    ip = bytes([149, 154, 167, r.choice([41, 50, 51, 91, 92])])
    key = bytes(r.getrandbits(8) for _ in range(256))
    return "1" + base64.urlsafe_b64encode(struct.pack(">B4sH256s", dc, ip, 443, key)).decode()


def g_discord_token(r):
    uid = dc_snowflake(r)
    p1 = base64.b64encode(uid.encode()).decode().rstrip("=")
    p2 = pick(r, "GHIJ") + rs(r, 5, B64URL)
    p3 = rs(r, 38, B64URL) if r.random() < 0.75 else rs(r, 27, B64URL)
    return p1 + "." + p2 + "." + p3


def g_discord_webhook(r):
    host = pick(r, ["discord.com", "discord.com", "discord.com", "discordapp.com", "canary.discord.com", "ptb.discord.com"])
    return "https://%s/api/webhooks/%s/%s" % (host, dc_snowflake(r), rs(r, 68, B64URL))


def g_slack_webhook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, r.choice([8, 10]), UPNUM), rs(r, r.choice([8, 10]), UPNUM), rs(r, 24, ALNUM))


def g_buffer(r):
    return "1/" + rs(r, 32, HEX)


# sectype -> (generator, documented examples, specific placeholders)
SECTYPES = {
    "reddit_secret": (g_reddit_secret, ["xaxkj7HNh8kwg8e5t4m6KvSrbTI"], ["<reddit-app-secret>", "YOUR_CLIENT_SECRET", "my client secret"]),
    "password": (g_password, [], ["YOUR_REDDIT_PASSWORD", "<password>", "changeme", "your-password"]),
    "tw_bearer": (g_tw_bearer, ["AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F"], ["AAAAAAAAAAAAAAAAAAAAA...", "<BEARER_TOKEN>", "YOUR_BEARER_TOKEN_HERE"]),
    "tw_consumer_secret": (g_tw_consumer_secret, ["L8qq9PZyRg6ieKGEKhZolGC0vJWLw8iEJ88DRdyOg"], ["<API secret key>", "YOUR_CONSUMER_SECRET", "your-consumer-secret"]),
    "tw_token_secret": (g_tw_token_secret, [], ["YOUR_ACCESS_TOKEN_SECRET", "<access-token-secret>", "your-oauth-token-secret"]),
    "tw_access_token": (g_tw_access_token, [], ["YOUR_ACCESS_TOKEN", "<user-id>-<token>", "1234567890-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"]),
    "bsky_app_pw": (g_bsky_app_pw, [], ["xxxx-xxxx-xxxx-xxxx", "XXXX-XXXX-XXXX-XXXX", "<app-password>", "your-app-password"]),
    "mastodon": (g_mastodon, ["ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0"], ["YOUR_ACCESS_TOKEN", "<mastodon-access-token>", "paste-token-here"]),
    "yt_key": (g_yt_key, [], ["YOUR_API_KEY", "AIza...", "<youtube-data-api-key>", "AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"]),
    "gocspx": (g_gocspx, [], ["GOCSPX-XXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<client-secret>", "YOUR_CLIENT_SECRET"]),
    "fb_token": (g_fb_token, [], ["EAA...", "<PAGE_ACCESS_TOKEN>", "page_access_token", "YOUR_PAGE_TOKEN"]),
    "ig_token": (g_ig_token, [], ["IGAA...", "<long-lived-user-access-token>", "YOUR_INSTAGRAM_TOKEN"]),
    "threads_token": (g_threads_token, [], ["<LONG_LIVED_USER_ACCESS_TOKEN>", "THAA...", "YOUR_THREADS_TOKEN"]),
    "fb_app_secret": (g_fb_app_secret, [], ["<THREADS_APP_SECRET>", "YOUR_APP_SECRET", "{app-secret}", "0" * 32]),
    "threads_app": (g_threads_app, [], ["TH|<APP_ID>|<APP_SECRET>", "TH|<APP_ID>|<ACCESS_TOKEN>"]),
    "fb_app_token": (g_fb_app_token, [], ["{app-id}|{app-secret}", "APP_ID|APP_SECRET"]),
    "tiktok_secret": (g_tiktok_secret, [], ["CLIENT_SECRET", "<tiktok-client-secret>", "xxxxxxxx"]),
    "tiktok_act": (g_tiktok_act, ["act.example12345Example12345Example"], ["act.xxxxxxxx", "<user-access-token>"]),
    "tiktok_rft": (g_tiktok_rft, ["rft.example12345Example12345Example"], ["rft.xxxxxxxx", "<refresh-token>"]),
    "pina": (g_pina, [], ["pina_XXXXXXXX", "YOUR_TOKEN", "<pinterest-access-token>"]),
    "tumblr": (g_tumblr, [], ["your-consumer-secret", "*** oauth token secret ***", "YOUR_OAUTH_SECRET"]),
    "twitch": (g_twitch, ["rfx2uswqe8l4g1mkagrvg5tv0ks3"], ["<YOUR_TWITCH_CLIENT_SECRET>", "your-client-secret", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]),
    "twitch_oauth": (g_twitch_oauth, ["oauth:rfx2uswqe8l4g1mkagrvg5tv0ks3"], ["oauth:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "oauth:<token>", "oauth:YOUR_TOKEN_HERE"]),
    "tg_bot": (g_tg_bot, ["123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11", "110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"], ["<bot_token>", "YOUR_BOT_TOKEN", "1234567890:XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"]),
    "api_hash": (g_api_hash, ["0123456789abcdef0123456789abcdef", "344583e45741c457fe1862106095a5eb"], ["YOUR_API_HASH", "<api_hash>", "your_api_hash"]),
    "string_session": (g_string_session, [], ["<paste STRING_SESSION here>", "1BVts...", "YOUR_STRING_SESSION"]),
    "discord_token": (g_discord_token, ["MjQ1NTU5MDg3NTI0MjE2ODMy.DulyxA.brcD2xRAqjACTuMcGPwy4TWVQdg"], ["YOUR_BOT_TOKEN", "your-token-goes-here", "<DISCORD_TOKEN>"]),
    "discord_webhook": (g_discord_webhook, ["https://discord.com/api/webhooks/1337/example-token"], ["https://discord.com/api/webhooks/<id>/<token>", "https://discord.com/api/webhooks/ID/TOKEN", "<discord webhook url>"]),
    "slack_webhook": (g_slack_webhook, ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"], ["https://hooks.slack.com/services/...", "<SLACK_WEBHOOK_URL>", "https://hooks.slack.com/services/XXX/YYY/ZZZ"]),
    "buffer": (g_buffer, [], ["ACCESS_TOKEN", "1/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<buffer-access-token>"]),
}

PROVIDER_OF = {
    "reddit_secret": "reddit", "password": "reddit", "tw_bearer": "twitter", "tw_consumer_secret": "twitter",
    "tw_token_secret": "twitter", "tw_access_token": "twitter", "bsky_app_pw": "bluesky", "mastodon": "mastodon",
    "yt_key": "youtube", "gocspx": "youtube", "fb_token": "facebook", "ig_token": "instagram",
    "threads_token": "threads", "fb_app_secret": "facebook", "threads_app": "threads", "fb_app_token": "facebook",
    "tiktok_secret": "tiktok", "tiktok_act": "tiktok", "tiktok_rft": "tiktok", "pina": "pinterest",
    "tumblr": "tumblr", "twitch": "twitch", "twitch_oauth": "twitch", "tg_bot": "telegram", "api_hash": "telegram",
    "string_session": "telegram", "discord_token": "discord", "discord_webhook": "discord",
    "slack_webhook": "slack", "buffer": "buffer",
}
KIND_OF = {
    "reddit_secret": "oauth_client_secret", "password": "account_password", "tw_bearer": "bearer_token",
    "tw_consumer_secret": "oauth_consumer_secret", "tw_token_secret": "oauth_token_secret",
    "tw_access_token": "oauth_access_token", "bsky_app_pw": "app_password", "mastodon": "bearer_token",
    "yt_key": "api_key", "gocspx": "oauth_client_secret", "fb_token": "bearer_token", "ig_token": "bearer_token",
    "threads_token": "bearer_token", "fb_app_secret": "oauth_client_secret", "threads_app": "app_access_token",
    "fb_app_token": "app_access_token", "tiktok_secret": "oauth_client_secret", "tiktok_act": "bearer_token",
    "tiktok_rft": "refresh_token", "pina": "bearer_token", "tumblr": "oauth_token_secret",
    "twitch": "oauth_client_secret", "twitch_oauth": "chat_oauth_token", "tg_bot": "bot_token",
    "api_hash": "api_hash", "string_session": "session_string", "discord_token": "bot_token",
    "discord_webhook": "webhook_url", "slack_webhook": "webhook_url", "buffer": "bearer_token",
}

GENERIC_PH = ["", "changeme", "CHANGE_ME", "TODO", "replace-me", "<redacted>", "xxxxxxxxxxxxxxxx",
              "****************", "[REDACTED]", "********", "REPLACE_WITH_REAL_VALUE", "null"]

ENV_CODE = {
    "py": lambda n, r: pick(r, ['os.environ["%s"]', "os.getenv('%s')", 'os.environ.get("%s", "")']) % n,
    "js": lambda n, r: pick(r, ["process.env.%s", "process.env['%s']"]) % n,
    "go": lambda n, r: 'os.Getenv("%s")' % n,
    "rs": lambda n, r: '&std::env::var("%s").expect("%s not set")' % (n, n),
    "r": lambda n, r: 'Sys.getenv("%s")' % n,
    "php": lambda n, r: "getenv('%s')" % n,
    "sh": lambda n, r: '"$%s"' % n,
}
ENV_CFG = {
    "sh": lambda n, r: pick(r, ["${%s}", "$%s"]) % n,
    "gha": lambda n, r: "${{ secrets.%s }}" % n,
    "tmpl": lambda n, r: pick(r, ["{{ .Values.secrets.%s }}", "{{ env \"%s\" }}", "%%(%s)s"]) % n,
    "vault": lambda n, r: pick(r, ["vault:secret/data/bots#%s", "op://Bots/%s/credential", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:%s"]) % n,
}


class Slot(object):
    """The credential slot of a template.  mode 'pos' writes the secret."""

    def __init__(self, r, sectype, mode):
        self.r = r
        self.sectype = sectype
        self.mode = mode
        gen, docs, phs = SECTYPES[sectype]
        if mode == "pos":
            self.v = gen(r)
        elif mode == "doc":
            self.v = pick(r, docs)
        elif mode == "ph":
            self.v = pick(r, phs + phs + GENERIC_PH)
        elif mode == "mask":
            real = gen(r)
            self.v = pick(r, ["*" * len(real), real[:4] + "..." + "*" * 6, "[REDACTED]", "<hidden>", "xxxx" + "*" * 12])
        else:  # env / vault / tmpl: value used where a plain string is required
            self.v = None

    def _name(self, name):
        return name

    def code(self, lang, name, q='"'):
        if self.mode in ("env", "vault", "tmpl"):
            return ENV_CODE[lang](name, self.r)
        return q + self.v + q

    def cfg(self, name, style="sh"):
        if self.mode == "env":
            return ENV_CFG[style](name, self.r)
        if self.mode == "vault":
            return ENV_CFG["vault"](name, self.r)
        if self.mode == "tmpl":
            return ENV_CFG["tmpl"](name, self.r)
        return self.v

    def inl(self, name):
        if self.mode in ("env", "vault", "tmpl"):
            return "${%s}" % name
        return self.v


# ------------------------------------------------------------ templates ----
TEMPLATES = []  # (name, sectype, naming style, function(r, S) -> (relpath, text))


def tpl(sectype, style):
    def deco(fn):
        TEMPLATES.append((fn.__name__, sectype, style, fn))
        return fn
    return deco


def nb(cells):
    """Build a small Jupyter notebook; cells = list of (type, source_text)."""
    out = []
    for kind, src in cells:
        lines = src.split("\n")
        source = [l + "\n" for l in lines[:-1]] + [lines[-1]]
        c = {"cell_type": kind, "metadata": {}, "source": source}
        if kind == "code":
            c["execution_count"] = None
            c["outputs"] = []
        out.append(c)
    doc = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                      "language_info": {"name": "python", "version": "3.11.6"}},
           "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc, indent=1) + "\n"


# ---- Reddit ----------------------------------------------------------------
@tpl("reddit_secret", "conv")
def reddit_praw_ini(r, S):
    site = botname(r)
    return pick(r, ["praw.ini", "config/praw.ini", "scraper/praw.ini"]), """[DEFAULT]
check_for_updates=False
timeout=30

[%s]
client_id=%s
client_secret=%s
user_agent=%s
""" % (site, rs(r, pick(r, [14, 22]), B64URL), S.cfg("praw_client_secret", "sh"), ua(r))


@tpl("password", "conv")
def reddit_praw_ini_password(r, S):
    site = botname(r)
    return pick(r, ["praw.ini", "bot/praw.ini"]), """; PRAW site for the moderation bot.
; client_secret is read from the praw_client_secret environment variable.
[%s]
client_id=%s
username=%s
password=%s
user_agent=%s
ratelimit_seconds=300
""" % (site, rs(r, 22, B64URL), handle(r), S.cfg("praw_password", "sh"), ua(r))


@tpl("reddit_secret", "conv")
def reddit_praw_script(r, S):
    sub = pick(r, SUBS)
    return pick(r, ["scrape_reddit.py", "src/collect/reddit_posts.py", "scripts/top_posts.py"]), '''"""Collect the top posts of r/%s for the weekly corpus."""
import csv
import os

import praw

reddit = praw.Reddit(
    client_id="%s",
    client_secret=%s,
    user_agent="%s",
)


def main(limit=500):
    with open("data/%s_top.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "created_utc", "score", "num_comments", "title"])
        for post in reddit.subreddit("%s").top(time_filter="week", limit=limit):
            w.writerow([post.id, int(post.created_utc), post.score, post.num_comments, post.title])


if __name__ == "__main__":
    main()
''' % (sub, rs(r, 22, B64URL), S.code("py", "REDDIT_CLIENT_SECRET"), ua(r), sub.lower(), sub)


@tpl("reddit_secret", "conv")
def reddit_django_settings(r, S):
    return pick(r, ["config/settings.py", "webapp/settings/base.py"]), '''from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False
ALLOWED_HOSTS = ["modqueue.example.org"]
TIME_ZONE = "UTC"

# Reddit OAuth app ("web app" type) used for moderator sign-in
REDDIT_CLIENT_ID = "%s"
REDDIT_CLIENT_SECRET = %s
REDDIT_REDIRECT_URI = "https://modqueue.example.org/oauth/reddit/callback"
REDDIT_SCOPES = ["identity", "modposts", "read"]
''' % (rs(r, 22, B64URL), S.code("py", "REDDIT_CLIENT_SECRET"))


@tpl("reddit_secret", "other")
def reddit_yaml(r, S):
    subs = r.sample(SUBS, 3)
    return pick(r, ["config.yaml", "config/collector.yml", "pipelines/reddit.yaml"]), """collector:
  name: %s
  interval_minutes: %d
  subreddits:
    - %s
    - %s
    - %s
reddit:
  app_id: %s
  secret: %s
  agent: "%s"
output:
  path: data/raw/reddit
  format: jsonl
""" % (botname(r), r.choice([5, 15, 30]), subs[0], subs[1], subs[2], rs(r, 22, B64URL), S.cfg("REDDIT_SECRET", "sh"), ua(r))


@tpl("reddit_secret", "conv")
def reddit_notebook(r, S):
    sub = pick(r, SUBS)
    return pick(r, ["notebooks/01_collect_reddit.ipynb", "analysis/reddit_sentiment.ipynb"]), nb([
        ("markdown", "# r/%s sentiment\nPull recent comments and score them with VADER." % sub),
        ("code", "import os\nimport pandas as pd\nimport praw\nfrom nltk.sentiment import SentimentIntensityAnalyzer"),
        ("code", 'reddit = praw.Reddit(client_id="%s",\n                     client_secret=%s,\n                     user_agent="%s")' % (
            rs(r, 22, B64URL), S.code("py", "REDDIT_CLIENT_SECRET"), ua(r))),
        ("code", 'rows = [(c.id, c.body) for c in reddit.subreddit("%s").comments(limit=1000)]\ndf = pd.DataFrame(rows, columns=["id", "body"])\ndf.head()' % sub),
    ])


@tpl("reddit_secret", "other")
def reddit_curl_token(r, S):
    cid_ = rs(r, 22, B64URL)
    return pick(r, ["scripts/reddit_token.sh", "bin/get-reddit-token"]), """#!/usr/bin/env bash
# Fetch an application-only OAuth token for the Reddit API (client credentials).
set -euo pipefail

curl -s -A "%s" \\
  -u "%s:%s" \\
  -d "grant_type=client_credentials" \\
  https://www.reddit.com/api/v1/access_token | jq -r .access_token > .reddit_token
""" % (ua(r), cid_, S.inl("REDDIT_CLIENT_SECRET"))


@tpl("password", "other")
def reddit_snoowrap(r, S):
    return pick(r, ["src/reddit.js", "bot/redditClient.js"]), """const Snoowrap = require('snoowrap');

// script-type app, password grant
const r = new Snoowrap({
  userAgent: '%s',
  clientId: process.env.REDDIT_CLIENT_ID,
  clientSecret: process.env.REDDIT_CLIENT_SECRET,
  username: '%s',
  password: %s,
});

r.config({ requestDelay: 1100, continueAfterRatelimitError: true });

module.exports = r;
""" % (ua(r), handle(r), S.code("js", "REDDIT_PASSWORD", "'"))


# ---- X / Twitter -------------------------------------------------------------
@tpl("tw_bearer", "conv")
def tw_tweepy_bearer(r, S):
    q = pick(r, TAGS)
    return pick(r, ["collect_tweets.py", "src/twitter/search.py", "scripts/recent_search.py"]), '''import json
import os

import tweepy

client = tweepy.Client(bearer_token=%s, wait_on_rate_limit=True)

QUERY = "%s lang:en -is:retweet"


def run(max_pages=10):
    with open("tweets.jsonl", "a") as out:
        for page in tweepy.Paginator(client.search_recent_tweets, QUERY,
                                     tweet_fields=["created_at", "public_metrics"],
                                     max_results=100, limit=max_pages):
            for tweet in page.data or []:
                out.write(json.dumps(tweet.data) + "\\n")


if __name__ == "__main__":
    run()
''' % (S.code("py", "TWITTER_BEARER_TOKEN"), q)


@tpl("tw_bearer", "other")
def tw_node_bearer(r, S):
    return pick(r, ["src/twitter.ts", "lib/xClient.ts"]), """import { TwitterApi } from 'twitter-api-v2';

// app-only client, read-only endpoints
const appClient = new TwitterApi(%s);
export const roClient = appClient.readOnly;

export async function userTimeline(userId: string) {
  const timeline = await roClient.v2.userTimeline(userId, { max_results: 100, exclude: ['replies'] });
  return timeline.tweets;
}
""" % S.code("js", "TWITTER_BEARER_TOKEN", "'")


@tpl("tw_bearer", "conv")
def tw_gha_bearer(r, S):
    return pick(r, [".github/workflows/collect.yml", ".github/workflows/nightly-scrape.yml"]), """name: nightly-collect
on:
  schedule:
    - cron: "%d %d * * *"
  workflow_dispatch:

jobs:
  collect:
    runs-on: ubuntu-latest
    env:
      TWITTER_BEARER_TOKEN: %s
      OUTPUT_BUCKET: gs://social-corpus-raw
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install -r requirements.txt
      - run: python collect_tweets.py --since 24h
""" % (r.randint(0, 59), r.randint(0, 6), S.cfg("TWITTER_BEARER_TOKEN", "gha"))


@tpl("tw_bearer", "other")
def tw_readme_curl(r, S):
    uid = str(r.randint(10 ** 6, 10 ** 9))
    return pick(r, ["README.md", "docs/api-notes.md"]), """# tweet-archiver

Archives public timelines of a list of accounts into SQLite.

## Quick check

```bash
curl "https://api.x.com/2/users/%s/tweets?max_results=5" \\
  -H "Authorization: Bearer %s"
```

## Running

```bash
pip install -e .
tweet-archiver --accounts accounts.txt --db archive.sqlite
```
""" % (uid, S.inl("BEARER_TOKEN"))


@tpl("tw_bearer", "conv")
def tw_rtweet(r, S):
    return pick(r, ["R/collect.R", "analysis/01_pull_tweets.R"]), """library(rtweet)
library(dplyr)

auth <- rtweet_app(bearer_token = %s)
auth_as(auth)

tw <- search_tweets("%s", n = 5000, include_rts = FALSE, lang = "en")
tw %%>%%
  select(id_str, created_at, full_text, favorite_count) %%>%%
  readr::write_csv("data/tweets_raw.csv")
""" % (S.code("r", "TWITTER_BEARER"), pick(r, TAGS))


@tpl("tw_consumer_secret", "other")
def tw_tweepy_oauth1(r, S):
    return pick(r, ["bot/post.py", "poster.py"]), '''import os

import tweepy

auth = tweepy.OAuth1UserHandler(
    os.environ["TW_API_KEY"],
    %s,
    os.environ["TW_ACCESS_TOKEN"],
    os.environ["TW_ACCESS_SECRET"],
)
api = tweepy.API(auth)


def post(text, media=None):
    ids = [api.media_upload(m).media_id for m in (media or [])]
    return api.update_status(status=text, media_ids=ids or None)
''' % S.code("py", "TW_API_SECRET")


@tpl("tw_consumer_secret", "conv")
def tw_toml(r, S):
    return pick(r, ["config.toml", "settings/bot.toml"]), """[bot]
name = "%s"
post_interval = "%dm"
dry_run = false

[twitter]
consumer_key_env = "TW_CONSUMER_KEY"
consumer_secret = "%s"
access_token_env = "TW_ACCESS_TOKEN"
access_token_secret_env = "TW_ACCESS_TOKEN_SECRET"

[storage]
sqlite = "state.db"
""" % (botname(r), r.choice([15, 30, 60]), S.cfg("TW_CONSUMER_SECRET", "sh"))


@tpl("tw_token_secret", "conv")
def tw_json_token_secret(r, S):
    return pick(r, ["config.json", "credentials/twitter.json"]), json.dumps({
        "account": "@" + handle(r),
        "api_key": "${TW_API_KEY}",
        "api_secret": "${TW_API_SECRET}",
        "access_token": "${TW_ACCESS_TOKEN}",
        "access_token_secret": S.cfg("TW_ACCESS_TOKEN_SECRET", "sh"),
        "post_hours": [8, 12, 18],
    }, indent=2) + "\n"


@tpl("tw_consumer_secret", "other")
def tw_go_oauth1(r, S):
    return pick(r, ["cmd/poster/main.go", "internal/x/client.go"]), """package main

import (
	"log"
	"os"

	"github.com/dghubble/go-twitter/twitter"
	"github.com/dghubble/oauth1"
)

func newClient() *twitter.Client {
	config := oauth1.NewConfig(os.Getenv("TW_CONSUMER_KEY"), %s)
	token := oauth1.NewToken(os.Getenv("TW_ACCESS_TOKEN"), os.Getenv("TW_ACCESS_SECRET"))
	return twitter.NewClient(config.Client(oauth1.NoContext, token))
}

func main() {
	c := newClient()
	if _, _, err := c.Statuses.Update("%s", nil); err != nil {
		log.Fatal(err)
	}
}
""" % (S.code("go", "TW_CONSUMER_SECRET"), pick(r, PHRASES))


@tpl("tw_token_secret", "conv")
def tw_dotenv(r, S):
    return pick(r, [".env", "bot/.env"]), """# local dev only
TW_ACCESS_TOKEN_SECRET=%s
LOG_LEVEL=debug
POST_TIMEZONE=Europe/Berlin
""" % S.cfg("TWITTER_TOKEN_SECRET", "sh")


@tpl("tw_access_token", "other")
def tw_properties(r, S):
    return pick(r, ["src/main/resources/twitter4j.properties", "twitter4j.properties"]), """# twitter4j configuration for the archive job
debug=false
http.connectionTimeout=20000
http.readTimeout=120000
jsonStoreEnabled=true
# consumer key/secret and token secret come from -Dtwitter4j.oauth.* on the command line
oauth.accessToken=%s
""" % S.cfg("TW_ACCESS_TOKEN", "sh")


# ---- Bluesky -------------------------------------------------------------------
@tpl("bsky_app_pw", "other")
def bsky_python(r, S):
    h = handle(r).replace("_", "").replace(".", "") + ".bsky.social"
    return pick(r, ["bsky_post.py", "crosspost/bluesky.py"]), '''import os

from atproto import Client, client_utils

client = Client()
client.login("%s", %s)


def post(text, link=None):
    tb = client_utils.TextBuilder().text(text)
    if link:
        tb.text(" ").link(link, link)
    return client.send_post(tb)
''' % (h, S.code("py", "BSKY_APP_PASSWORD"))


@tpl("bsky_app_pw", "other")
def bsky_ts(r, S):
    h = handle(r).replace("_", "").replace(".", "") + ".bsky.social"
    return pick(r, ["src/bluesky.ts", "src/platforms/bsky.ts"]), """import { AtpAgent, RichText } from '@atproto/api';

const agent = new AtpAgent({ service: 'https://bsky.social' });

export async function postToBluesky(text: string) {
  await agent.login({ identifier: '%s', password: %s });
  const rt = new RichText({ text });
  await rt.detectFacets(agent);
  return agent.post({ text: rt.text, facets: rt.facets, createdAt: new Date().toISOString() });
}
""" % (h, S.code("js", "BSKY_APP_PASSWORD", "'"))


@tpl("bsky_app_pw", "conv")
def bsky_yaml(r, S):
    h = handle(r).replace("_", "").replace(".", "") + ".bsky.social"
    return pick(r, ["config/accounts.yml", "crossposter.yaml"]), """targets:
  bluesky:
    enabled: true
    service: https://bsky.social
    handle: %s
    app_password: %s
  mastodon:
    enabled: false
schedule:
  timezone: UTC
  slots: ["09:00", "17:30"]
""" % (h, S.cfg("BSKY_APP_PASSWORD", "sh"))


@tpl("bsky_app_pw", "conv")
def bsky_cron_sh(r, S):
    h = handle(r).replace("_", "").replace(".", "") + ".bsky.social"
    return pick(r, ["cron/post_daily.sh", "bin/bsky-daily"]), """#!/bin/sh
# crontab: 0 9 * * * /opt/bots/cron/post_daily.sh >> /var/log/bsky-bot.log 2>&1
cd /opt/bots || exit 1
export BSKY_HANDLE=%s
export BSKY_APP_PASSWORD=%s
. .venv/bin/activate
python -m dailybot.post --source feeds.opml
""" % (h, S.cfg("BSKY_APP_PASSWORD_FILE", "sh"))


@tpl("bsky_app_pw", "other")
def bsky_rust(r, S):
    h = handle(r).replace("_", "").replace(".", "") + ".bsky.social"
    return pick(r, ["src/main.rs", "bsky-bot/src/main.rs"]), """use bsky_sdk::BskyAgent;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let agent = BskyAgent::builder().build().await?;
    agent.login("%s", %s).await?;
    let profile = agent
        .api
        .app
        .bsky
        .actor
        .get_profile(bsky_sdk::api::app::bsky::actor::get_profile::ParametersData {
            actor: "%s".parse()?,
        }.into())
        .await?;
    println!("{:?}", profile.followers_count);
    Ok(())
}
""" % (h, S.code("rs", "BSKY_APP_PASSWORD"), h)


@tpl("bsky_app_pw", "other")
def bsky_accounts_csv(r, S):
    h = handle(r).replace("_", "").replace(".", "") + ".bsky.social"
    return pick(r, ["accounts.csv", "data/bot_accounts.csv"]), "platform,handle,secret,notes\nbluesky,%s,%s,main research account\n" % (h, S.inl("BSKY_APP_PASSWORD"))


# ---- Mastodon -------------------------------------------------------------------
@tpl("mastodon", "conv")
def masto_py(r, S):
    inst = pick(r, INSTANCES)
    return pick(r, ["toot.py", "bots/mastodon_bot.py"]), '''import os

from mastodon import Mastodon

m = Mastodon(
    access_token=%s,
    api_base_url="https://%s",
    ratelimit_method="pace",
)


def toot(text, visibility="unlisted"):
    return m.status_post(text, visibility=visibility, language="en")
''' % (S.code("py", "MASTODON_ACCESS_TOKEN"), inst)


@tpl("mastodon", "other")
def masto_usercred(r, S):
    inst = pick(r, INSTANCES)
    return pick(r, ["bot_usercred.secret", "secrets/usercred.secret"]), "%s\nhttps://%s\n" % (S.cfg("MASTODON_TOKEN", "sh"), inst)


@tpl("mastodon", "conv")
def masto_json(r, S):
    inst = pick(r, INSTANCES)
    return pick(r, ["config.json", "bot.config.json"]), json.dumps({
        "instance": "https://" + inst,
        "accessToken": S.cfg("MASTODON_ACCESS_TOKEN", "sh"),
        "visibility": "unlisted",
        "hashtags": r.sample(TAGS, 2),
        "rss": "https://blog.example.org/feed.xml",
    }, indent=2) + "\n"


@tpl("mastodon", "other")
def masto_curl(r, S):
    inst = pick(r, INSTANCES)
    return pick(r, ["scripts/post_status.sh", "ops/announce.sh"]), """#!/usr/bin/env bash
set -eu
MSG="${1:-Deploy finished on $(hostname) at $(date -u +%%H:%%M)}"
curl -sS -X POST "https://%s/api/v1/statuses" \\
  -H "Authorization: Bearer %s" \\
  -H "Idempotency-Key: $(uuidgen)" \\
  --data-urlencode "status=${MSG}" \\
  -d "visibility=unlisted" > /dev/null
""" % (inst, S.inl("MASTODON_TOKEN"))


@tpl("mastodon", "other")
def masto_r(r, S):
    inst = pick(r, INSTANCES)
    return pick(r, ["R/mastodon_collect.R", "scripts/toots.R"]), """library(httr2)
library(purrr)

instance <- "https://%s"
tok <- %s

fetch_tag <- function(tag, n = 40) {
  request(paste0(instance, "/api/v1/timelines/tag/", tag)) |>
    req_auth_bearer_token(tok) |>
    req_url_query(limit = n) |>
    req_perform() |>
    resp_body_json()
}

toots <- map(c("rstats", "dataviz"), fetch_tag)
""" % (inst, S.code("r", "MASTODON_TOKEN"))


# ---- YouTube / Google -----------------------------------------------------------
@tpl("yt_key", "other")
def yt_python(r, S):
    return pick(r, ["youtube_comments.py", "src/youtube/comments.py"]), '''import os

from googleapiclient.discovery import build

youtube = build("youtube", "v3", developerKey=%s, cache_discovery=False)


def comments(video_id, pages=5):
    req = youtube.commentThreads().list(part="snippet", videoId=video_id, maxResults=100, textFormat="plainText")
    for _ in range(pages):
        if req is None:
            break
        resp = req.execute()
        for item in resp["items"]:
            yield item["snippet"]["topLevelComment"]["snippet"]["textDisplay"]
        req = youtube.commentThreads().list_next(req, resp)
''' % S.code("py", "YOUTUBE_API_KEY")


@tpl("yt_key", "other")
def yt_js_url(r, S):
    return pick(r, ["web/src/api/youtube.js", "src/lib/yt.js"]), """const BASE = 'https://www.googleapis.com/youtube/v3';

export async function searchVideos(q, pageToken = '') {
  const url = `${BASE}/search?part=snippet&type=video&maxResults=25&q=${encodeURIComponent(q)}&pageToken=${pageToken}&key=%s`;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`YouTube API ${res.status}`);
  return res.json();
}
""" % S.inl("YOUTUBE_KEY")


@tpl("yt_key", "conv")
def yt_r(r, S):
    return pick(r, ["R/youtube_stats.R", "analysis/yt_channel_stats.R"]), """library(httr)
library(jsonlite)

YOUTUBE_API_KEY <- %s
channel <- "%s"

resp <- GET("https://www.googleapis.com/youtube/v3/channels",
            query = list(part = "statistics,snippet", id = channel, key = YOUTUBE_API_KEY))
stats <- fromJSON(content(resp, "text"))$items$statistics
print(stats)
""" % (S.code("r", "YOUTUBE_API_KEY"), yt_channel(r))


@tpl("yt_key", "conv")
def yt_yaml(r, S):
    return pick(r, ["config/sources.yaml", "settings.yml"]), """sources:
  youtube:
    api_key: %s
    channels:
      - %s
      - %s
    quota_per_day: 10000
  rss:
    feeds:
      - https://www.youtube.com/feeds/videos.xml?channel_id=%s
""" % (S.cfg("YOUTUBE_API_KEY", "sh"), yt_channel(r), yt_channel(r), yt_channel(r))


@tpl("gocspx", "conv")
def yt_client_secrets(r, S):
    num = str(r.randint(10 ** 11, 10 ** 12 - 1))
    return pick(r, ["client_secrets.json", "uploader/client_secret.json"]), json.dumps({"installed": {
        "client_id": "%s-%s.apps.googleusercontent.com" % (num, rs(r, 32, LOWNUM)),
        "project_id": "yt-uploader-%d" % r.randint(100000, 999999),
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_secret": S.cfg("GOOGLE_CLIENT_SECRET", "sh"),
        "redirect_uris": ["http://localhost"]}}) + "\n"


@tpl("yt_key", "other")
def yt_go(r, S):
    return pick(r, ["internal/youtube/client.go", "yt/client.go"]), """package youtube

import (
	"context"

	"google.golang.org/api/option"
	yt "google.golang.org/api/youtube/v3"
)

func New(ctx context.Context) (*yt.Service, error) {
	return yt.NewService(ctx, option.WithAPIKey(%s))
}

func LatestUploads(ctx context.Context, s *yt.Service, playlistID string) (*yt.PlaylistItemListResponse, error) {
	return s.PlaylistItems.List([]string{"snippet"}).PlaylistId(playlistID).MaxResults(50).Context(ctx).Do()
}
""" % S.code("go", "YOUTUBE_API_KEY")


# ---- Meta: Facebook / Instagram / Threads ---------------------------------------
@tpl("fb_token", "other")
def fb_page_post(r, S):
    page = str(r.randint(10 ** 14, 10 ** 15 - 1))
    return pick(r, ["publish/facebook.py", "fb_post.py"]), '''import os

import requests

GRAPH = "https://graph.facebook.com/v19.0"
PAGE_ID = "%s"


def publish(message, link=None):
    payload = {"message": message, "access_token": %s}
    if link:
        payload["link"] = link
    r = requests.post(f"{GRAPH}/{PAGE_ID}/feed", data=payload, timeout=30)
    r.raise_for_status()
    return r.json()["id"]
''' % (page, S.code("py", "FB_PAGE_TOKEN"))


@tpl("ig_token", "conv")
def ig_settings(r, S):
    return pick(r, ["app/settings.py", "instagram_feed/settings.py"]), '''import os

INSTAGRAM_USER_ID = "%s"
INSTAGRAM_ACCESS_TOKEN = %s
INSTAGRAM_FIELDS = "id,caption,media_type,media_url,permalink,timestamp"
CACHE_SECONDS = 900
''' % (str(r.randint(10 ** 16, 10 ** 17)), S.code("py", "INSTAGRAM_ACCESS_TOKEN"))


@tpl("threads_token", "other")
def threads_toml(r, S):
    return pick(r, ["config.toml", "crosspost.toml"]), """[threads]
user_id = "%s"
token = "%s"
api = "https://graph.threads.net/v1.0"

[bluesky]
handle = "%s.bsky.social"
""" % (str(r.randint(10 ** 16, 10 ** 17)), S.cfg("THREADS_TOKEN", "sh"), handle(r).replace("_", "").replace(".", ""))


@tpl("fb_app_secret", "other")
def fb_php_config(r, S):
    return pick(r, ["config/facebook.php", "app/config/social.php"]), """<?php

return [
    'app_id' => '%s',
    'app_secret' => %s,
    'default_graph_version' => 'v19.0',
    'persistent_data_handler' => 'session',
];
""" % (str(r.randint(10 ** 14, 10 ** 16 - 1)), S.code("php", "FB_APP_SECRET", "'"))


@tpl("threads_app", "other")
def threads_oembed_js(r, S):
    return pick(r, ["server/threadsEmbed.js", "api/oembed.js"]), """const fetch = require('node-fetch');

// app token for the oEmbed endpoint
const APP_TOKEN = %s;

async function embed(url) {
  const u = new URL('https://graph.threads.net/v1.0/oembed');
  u.searchParams.set('url', url);
  u.searchParams.set('access_token', APP_TOKEN);
  const res = await fetch(u);
  return res.json();
}

module.exports = { embed };
""" % S.code("js", "THREADS_APP_TOKEN", "'")


@tpl("fb_app_token", "other")
def fb_debug_md(r, S):
    return pick(r, ["docs/facebook.md", "NOTES.md"]), """## Debugging page tokens

Use the app token to inspect a user token:

```
curl -G https://graph.facebook.com/debug_token \\
  -d input_token=$USER_TOKEN \\
  -d access_token=%s
```

The response lists `scopes` and `expires_at`.
""" % S.inl("FB_APP_TOKEN")


@tpl("fb_token", "conv")
def fb_gha(r, S):
    return pick(r, [".github/workflows/post-release.yml", ".github/workflows/social.yml"]), """name: announce-release
on:
  release:
    types: [published]

jobs:
  facebook:
    runs-on: ubuntu-latest
    steps:
      - name: Post to page
        env:
          META_PAGE_ID: "%s"
          META_PAGE_TOKEN: %s
        run: |
          curl -sf -X POST "https://graph.facebook.com/v19.0/${META_PAGE_ID}/feed" \\
            --data-urlencode "message=New release ${{ github.event.release.tag_name }}" \\
            -d "access_token=${META_PAGE_TOKEN}"
""" % (str(r.randint(10 ** 14, 10 ** 15 - 1)), S.cfg("META_PAGE_TOKEN", "gha"))


@tpl("fb_token", "other")
def fb_notebook(r, S):
    return pick(r, ["notebooks/page_insights.ipynb", "analysis/fb_insights.ipynb"]), nb([
        ("markdown", "## Page insights export\nDaily impressions for the last 90 days."),
        ("code", "import os\nimport requests\nimport pandas as pd"),
        ("code", "token = %s\npage_id = \"%s\"" % (S.code("py", "FB_PAGE_TOKEN"), r.randint(10 ** 14, 10 ** 15 - 1))),
        ("code", "r = requests.get(f\"https://graph.facebook.com/v19.0/{page_id}/insights\",\n                 params={\"metric\": \"page_impressions\", \"period\": \"day\", \"access_token\": token})\npd.DataFrame(r.json()[\"data\"][0][\"values\"]).tail()"),
    ])


# ---- TikTok ----------------------------------------------------------------------
@tpl("tiktok_secret", "conv")
def tiktok_yaml(r, S):
    return pick(r, ["config/tiktok_research.yaml", "research/tiktok.yml"]), """tiktok:
  client_key: %s
  client_secret: %s
  token_url: https://open.tiktokapis.com/v2/oauth/token/
query:
  region_code: ["DE", "FR"]
  keywords: ["%s"]
  start_date: "%s"
  max_count: 100
""" % ("aw" + rs(r, 14, LOWNUM), S.cfg("TIKTOK_CLIENT_SECRET", "sh"), pick(r, TAGS)[1:].lower(), date(r).replace("-", ""))


@tpl("tiktok_act", "other")
def tiktok_py_header(r, S):
    return pick(r, ["tiktok_videos.py", "src/tiktok/query.py"]), '''import os

import requests

HEADERS = {
    "Authorization": "Bearer %s",
    "Content-Type": "application/json",
}


def query_videos(keyword, start, end):
    body = {"query": {"and": [{"operation": "IN", "field_name": "keyword", "field_values": [keyword]}]},
            "start_date": start, "end_date": end, "max_count": 100}
    r = requests.post("https://open.tiktokapis.com/v2/research/video/query/?fields=id,like_count,create_time",
                      json=body, headers=HEADERS, timeout=60)
    return r.json()
''' % S.inl("TIKTOK_ACCESS_TOKEN")


@tpl("tiktok_rft", "other")
def tiktok_tokens_json(r, S):
    return pick(r, ["storage/tiktok_tokens.json", "tokens/tiktok.json"]), json.dumps({
        "open_id": uuid4(r).replace("-", "")[:8] + "-" + uuid4(r)[9:],
        "scope": "user.info.basic,video.list",
        "refresh_token": S.cfg("TIKTOK_REFRESH_TOKEN", "sh"),
        "refresh_expires_in": 31536000,
        "token_type": "Bearer",
    }, indent=2) + "\n"


# ---- Pinterest -----------------------------------------------------------------------
@tpl("pina", "other")
def pinterest_py(r, S):
    return pick(r, ["pinterest_boards.py", "src/pinterest/client.py"]), '''import os

import requests

session = requests.Session()
session.headers.update({"Authorization": "Bearer %s"})


def boards():
    r = session.get("https://api.pinterest.com/v5/boards", params={"page_size": 100})
    r.raise_for_status()
    return [b["name"] for b in r.json()["items"]]
''' % S.inl("PINTEREST_TOKEN")


@tpl("pina", "conv")
def pinterest_ts(r, S):
    return pick(r, ["src/config/pinterest.ts", "lib/pinterest.ts"]), """export const PINTEREST_API = 'https://api.pinterest.com/v5';
export const PINTEREST_ACCESS_TOKEN = %s;
export const DEFAULT_BOARD_ID = '%s';
""" % (S.code("js", "PINTEREST_ACCESS_TOKEN", "'"), str(r.randint(10 ** 17, 10 ** 18)))


# ---- Tumblr ---------------------------------------------------------------------------
@tpl("tumblr", "other")
def tumblr_py(r, S):
    return pick(r, ["tumblr_queue.py", "bots/tumblr.py"]), '''import os

import pytumblr

client = pytumblr.TumblrRestClient(
    os.environ["TUMBLR_CONSUMER_KEY"],
    %s,
    os.environ["TUMBLR_OAUTH_TOKEN"],
    os.environ["TUMBLR_OAUTH_SECRET"],
)

BLOG = "%s.tumblr.com"


def queue_photo(path, caption):
    return client.create_photo(BLOG, state="queue", data=path, caption=caption, tags=["archive"])
''' % (S.code("py", "TUMBLR_CONSUMER_SECRET"), pick(r, WORDS) + "-" + pick(r, WORDS))


@tpl("tumblr", "conv")
def tumblr_js(r, S):
    return pick(r, ["src/tumblr.js", "lib/tumblrClient.js"]), """const tumblr = require('tumblr.js');

const client = tumblr.createClient({
  consumer_key: process.env.TUMBLR_CONSUMER_KEY,
  consumer_secret: process.env.TUMBLR_CONSUMER_SECRET,
  token: process.env.TUMBLR_TOKEN,
  token_secret: %s,
});

module.exports = client;
""" % S.code("js", "TUMBLR_TOKEN_SECRET", "'")


# ---- Twitch ------------------------------------------------------------------------------
@tpl("twitch_oauth", "conv")
def twitch_twitchio(r, S):
    chans = r.sample(CHANNELS, 2)
    return pick(r, ["bot.py", "twitchbot/main.py"]), '''import os

from twitchio.ext import commands


class Bot(commands.Bot):
    def __init__(self):
        super().__init__(token=%s, prefix="!", initial_channels=["%s", "%s"])

    async def event_ready(self):
        print(f"Logged in as {self.nick}")

    @commands.command()
    async def hello(self, ctx: commands.Context):
        await ctx.send(f"Hello {ctx.author.name}!")


Bot().run()
''' % (S.code("py", "TWITCH_OAUTH_TOKEN"), chans[0], chans[1])


@tpl("twitch_oauth", "other")
def twitch_tmi(r, S):
    chans = r.sample(CHANNELS, 2)
    return pick(r, ["index.js", "src/chat.js"]), """const tmi = require('tmi.js');

const client = new tmi.Client({
  options: { debug: false },
  identity: {
    username: '%s',
    password: %s,
  },
  channels: ['%s', '%s'],
});

client.connect();
client.on('message', (channel, tags, message, self) => {
  if (self) return;
  if (message.toLowerCase() === '!uptime') client.say(channel, 'Stream uptime coming soon');
});
""" % (botname(r), S.code("js", "TWITCH_OAUTH", "'"), chans[0], chans[1])


@tpl("twitch", "conv")
def twitch_json(r, S):
    return pick(r, ["config.json", "config/twitch.json"]), json.dumps({
        "twitch": {"client_id": rs(r, 30, LOWNUM), "client_secret": S.cfg("TWITCH_CLIENT_SECRET", "sh"),
                   "broadcaster_id": str(r.randint(10 ** 7, 10 ** 9)),
                   "eventsub_callback": "https://bot.example.net/eventsub"},
        "discord_channel_id": dc_snowflake(r)}, indent=2) + "\n"


@tpl("twitch", "conv")
def twitch_go(r, S):
    return pick(r, ["internal/twitch/auth.go", "twitch/app_token.go"]), """package twitch

import (
	"net/http"
	"net/url"
)

const (
	clientID     = "%s"
	clientSecret = %s
)

func AppToken() (*http.Response, error) {
	return http.PostForm("https://id.twitch.tv/oauth2/token", url.Values{
		"client_id":     {clientID},
		"client_secret": {clientSecret},
		"grant_type":    {"client_credentials"},
	})
}
""" % (rs(r, 30, LOWNUM), S.code("go", "TWITCH_CLIENT_SECRET"))


@tpl("twitch_token", "other")
def twitch_rust(r, S):
    return pick(r, ["src/chat.rs", "twitch-relay/src/main.rs"]), """use twitch_irc::login::StaticLoginCredentials;
use twitch_irc::{ClientConfig, SecureTCPTransport, TwitchIRCClient};

#[tokio::main]
pub async fn main() {
    let creds = StaticLoginCredentials::new("%s".to_owned(), Some(%s.to_owned()));
    let config = ClientConfig::new_simple(creds);
    let (mut incoming, client) = TwitchIRCClient::<SecureTCPTransport, StaticLoginCredentials>::new(config);
    client.join("%s".to_owned()).unwrap();
    while let Some(msg) = incoming.recv().await {
        println!("{:?}", msg);
    }
}
""" % (botname(r), S.code("rs", "TWITCH_TOKEN"), pick(r, CHANNELS))


SECTYPES["twitch_token"] = (g_twitch, ["rfx2uswqe8l4g1mkagrvg5tv0ks3"], ["<YOUR_OAUTH_TOKEN>", "your_access_token", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"])
PROVIDER_OF["twitch_token"] = "twitch"
KIND_OF["twitch_token"] = "bearer_token"


# ---- Telegram ----------------------------------------------------------------------------
@tpl("tg_bot", "other")
def tg_ptb(r, S):
    return pick(r, ["bot.py", "telegram_bot/main.py", "src/bot.py"]), '''import logging
import os

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

logging.basicConfig(level=logging.INFO)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE):
    await update.message.reply_text("Send me a link and I will archive it.")


def main():
    app = Application.builder().token(%s).build()
    app.add_handler(CommandHandler("start", start))
    app.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
''' % S.code("py", "TELEGRAM_BOT_TOKEN")


@tpl("tg_bot", "other")
def tg_telegraf(r, S):
    return pick(r, ["index.js", "src/bot.js"]), """const { Telegraf } = require('telegraf');

const bot = new Telegraf(%s);

bot.start((ctx) => ctx.reply('Welcome! Use /digest to get today\\'s top posts.'));
bot.command('digest', async (ctx) => {
  const items = await require('./digest').today();
  await ctx.replyWithMarkdownV2(items.join('\\n'));
});

bot.launch();
process.once('SIGINT', () => bot.stop('SIGINT'));
process.once('SIGTERM', () => bot.stop('SIGTERM'));
""" % S.code("js", "BOT_TOKEN", "'")


@tpl("tg_bot", "other")
def tg_go(r, S):
    return pick(r, ["main.go", "cmd/bot/main.go"]), """package main

import (
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

func main() {
	bot, err := tgbotapi.NewBotAPI(%s)
	if err != nil {
		log.Panic(err)
	}
	u := tgbotapi.NewUpdate(0)
	u.Timeout = 60
	for update := range bot.GetUpdatesChan(u) {
		if update.Message != nil {
			msg := tgbotapi.NewMessage(update.Message.Chat.ID, update.Message.Text)
			bot.Send(msg)
		}
	}
}
""" % S.code("go", "TELEGRAM_TOKEN")


@tpl("tg_bot", "other")
def tg_rust(r, S):
    return pick(r, ["src/main.rs", "tg-bot/src/main.rs"]), """use teloxide::prelude::*;

#[tokio::main]
async fn main() {
    pretty_env_logger::init();
    let bot = Bot::new(%s);
    teloxide::repl(bot, |bot: Bot, msg: Message| async move {
        bot.send_dice(msg.chat.id).await?;
        Ok(())
    })
    .await;
}
""" % S.code("rs", "TELOXIDE_TOKEN").replace("&std::env", "std::env")


@tpl("tg_bot", "other")
def tg_curl_alert(r, S):
    chat = "-100" + str(r.randint(10 ** 9, 10 ** 10 - 1))
    return pick(r, ["scripts/notify.sh", "cron/backup_alert.sh"]), """#!/usr/bin/env bash
# send a message to the ops group when the nightly scrape fails
CHAT_ID="%s"
TEXT="scrape failed on $(hostname): $1"
curl -s "https://api.telegram.org/bot%s/sendMessage" \\
  -d chat_id="${CHAT_ID}" \\
  --data-urlencode text="${TEXT}" > /dev/null
""" % (chat, S.inl("TG_TOKEN"))


@tpl("api_hash", "other")
def tg_telethon(r, S):
    chan = pick(r, ["durov", "telegram", "bbcnews", "nytimes", "rianru", "meduzalive"])
    return pick(r, ["scrape_channel.py", "telegram/collect.py"]), '''import asyncio
import json
import os

from telethon import TelegramClient

client = TelegramClient("research", %d, %s)


async def main(channel="%s", limit=2000):
    async with client:
        with open(f"{channel}.jsonl", "w") as fh:
            async for msg in client.iter_messages(channel, limit=limit):
                fh.write(json.dumps({"id": msg.id, "date": msg.date.isoformat(), "views": msg.views,
                                     "text": msg.message}) + "\\n")


asyncio.run(main())
''' % (r.randint(100000, 39999999), S.code("py", "TG_API_HASH"), chan)


@tpl("string_session", "conv")
def tg_string_session(r, S):
    return pick(r, ["userbot/config.py", "config.py"]), '''import os

API_ID = %d
API_HASH = os.environ.get("API_HASH", "")
STRING_SESSION = %s
BOT_PREFIX = "."
LOG_CHAT = %s
''' % (r.randint(100000, 39999999), S.code("py", "STRING_SESSION"), "-100" + str(r.randint(10 ** 9, 10 ** 10 - 1)))


@tpl("api_hash", "conv")
def tg_ini(r, S):
    return pick(r, ["config.ini", "telegram/config.ini"]), """[Telegram]
api_id = %d
api_hash = %s
phone = +%d
session_name = collector

[Output]
dir = data/telegram
media = false
""" % (r.randint(100000, 39999999), S.cfg("TG_API_HASH", "sh"), r.randint(10 ** 10, 10 ** 12))


@tpl("tg_bot", "conv")
def tg_dockerfile(r, S):
    return pick(r, ["Dockerfile", "docker/bot.Dockerfile"]), """FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV PYTHONUNBUFFERED=1 \\
    TELEGRAM_BOT_TOKEN=%s \\
    DIGEST_HOUR=7
CMD ["python", "-m", "digestbot"]
""" % S.cfg("TELEGRAM_BOT_TOKEN", "sh")


@tpl("tg_bot", "conv")
def tg_compose(r, S):
    return pick(r, ["docker-compose.yml", "deploy/compose.yaml"]), """services:
  bot:
    build: .
    restart: unless-stopped
    environment:
      TELEGRAM_BOT_TOKEN: "%s"
      REDIS_URL: redis://redis:6379/0
    depends_on:
      - redis
  redis:
    image: redis:7-alpine
    volumes:
      - redis-data:/data
volumes:
  redis-data: {}
""" % S.cfg("TELEGRAM_BOT_TOKEN", "sh")


@tpl("tg_bot", "other")
def tg_notebook(r, S):
    return pick(r, ["notebooks/alerts.ipynb", "monitoring/notify.ipynb"]), nb([
        ("markdown", "Send the daily chart to the team chat."),
        ("code", "import os, requests\nchat_id = %s" % ("-100" + str(r.randint(10 ** 9, 10 ** 10 - 1)))),
        ("code", "tok = %s\nwith open('chart.png', 'rb') as f:\n    requests.post(f'https://api.telegram.org/bot{tok}/sendPhoto', data={'chat_id': chat_id}, files={'photo': f})" % S.code("py", "TG_TOKEN", "'")),
    ])


@tpl("tg_bot", "other")
def tg_log(r, S):
    day = date(r, 2024)
    t0 = r.randint(0, 20)
    lines = ["%s %02d:00:01,120 INFO telegram.ext.Application: Application started" % (day, t0)]
    for i in range(4):
        lines.append("%s %02d:%02d:%02d,%03d INFO httpx: HTTP Request: POST https://api.telegram.org/bot%s/getUpdates \"HTTP/1.1 200 OK\"" % (
            day, t0, 10 * i + r.randint(0, 9), r.randint(0, 59), r.randint(0, 999), S.inl("TOKEN")))
    return pick(r, ["logs/bot.log", "var/log/telegram-bot.log"]), "\n".join(lines) + "\n"


# ---- Discord ------------------------------------------------------------------------------
@tpl("discord_token", "other")
def dc_py(r, S):
    return pick(r, ["bot.py", "discord_bot/main.py"]), '''import os

import discord
from discord.ext import commands

intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)


@bot.command()
async def ping(ctx):
    await ctx.send(f"pong {round(bot.latency * 1000)}ms")


bot.run(%s)
''' % S.code("py", "DISCORD_TOKEN")


@tpl("discord_token", "other")
def dc_js(r, S):
    return pick(r, ["index.js", "src/index.js"]), """const { Client, Events, GatewayIntentBits } = require('discord.js');

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });

client.once(Events.ClientReady, (c) => {
  console.log(`Ready! Logged in as ${c.user.tag}`);
});

client.login(%s);
""" % S.code("js", "DISCORD_TOKEN", "'")


@tpl("discord_token", "conv")
def dc_config_json(r, S):
    return pick(r, ["config.json", "src/config.json"]), json.dumps({
        "token": S.cfg("DISCORD_TOKEN", "sh"), "clientId": dc_snowflake(r), "guildId": dc_snowflake(r)}, indent=2) + "\n"


@tpl("discord_token", "other")
def dc_rust(r, S):
    return pick(r, ["src/main.rs", "serenity-bot/src/main.rs"]), """use serenity::async_trait;
use serenity::model::channel::Message;
use serenity::prelude::*;

struct Handler;

#[async_trait]
impl EventHandler for Handler {
    async fn message(&self, ctx: Context, msg: Message) {
        if msg.content == "!ping" {
            let _ = msg.channel_id.say(&ctx.http, "Pong!").await;
        }
    }
}

#[tokio::main]
async fn main() {
    let intents = GatewayIntents::GUILD_MESSAGES | GatewayIntents::MESSAGE_CONTENT;
    let mut client = Client::builder(%s, intents).event_handler(Handler).await.expect("client");
    client.start().await.unwrap();
}
""" % S.code("rs", "DISCORD_TOKEN")


@tpl("discord_token", "conv")
def dc_xml(r, S):
    return pick(r, ["App.config", "src/DiscordBot/App.config"]), """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <appSettings>
    <add key="CommandPrefix" value="?" />
    <add key="DiscordToken" value="%s" />
    <add key="LogChannelId" value="%s" />
  </appSettings>
</configuration>
""" % (S.cfg("DISCORD_TOKEN", "sh"), dc_snowflake(r))


@tpl("discord_webhook", "other")
def dc_webhook_py(r, S):
    return pick(r, ["notify.py", "src/alerts/discord.py"]), '''import requests

HOOK = "%s"


def alert(title, body, color=0xE74C3C):
    embed = {"title": title, "description": body[:4000], "color": color}
    requests.post(HOOK, json={"username": "%s", "embeds": [embed]}, timeout=10)
''' % (S.inl("DISCORD_WEBHOOK_URL"), botname(r))


@tpl("discord_webhook", "conv")
def dc_webhook_gha(r, S):
    return pick(r, [".github/workflows/notify.yml", ".github/workflows/release-notify.yml"]), """name: notify
on:
  push:
    branches: [main]

jobs:
  discord:
    runs-on: ubuntu-latest
    steps:
      - name: Ping Discord
        env:
          DISCORD_WEBHOOK_URL: %s
        run: |
          curl -sf -H "Content-Type: application/json" \\
            -d "{\\"content\\": \\"${{ github.repository }}@${GITHUB_SHA::7} deployed\\"}" \\
            "$DISCORD_WEBHOOK_URL"
""" % S.cfg("DISCORD_WEBHOOK_URL", "gha")


@tpl("discord_webhook", "other")
def dc_webhook_tf(r, S):
    return pick(r, ["infra/alerts.tf", "terraform/monitoring.tf"]), """variable "alert_channel" {
  type    = string
  default = "%s"
}

resource "grafana_contact_point" "discord" {
  name = "bots-discord"
  discord {
    url                     = var.alert_channel
    use_discord_username    = true
    disable_resolve_message = false
  }
}
""" % S.cfg("DISCORD_WEBHOOK", "sh")


# ---- Slack -----------------------------------------------------------------------------------
@tpl("slack_webhook", "conv")
def slack_py(r, S):
    return pick(r, ["monitoring/alerts.py", "src/utils/slack.py"]), '''import json
import urllib.request

SLACK_WEBHOOK_URL = "%s"


def notify(text):
    req = urllib.request.Request(SLACK_WEBHOOK_URL, data=json.dumps({"text": text}).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)
''' % S.inl("SLACK_WEBHOOK_URL")


@tpl("slack_webhook", "other")
def slack_sh(r, S):
    return pick(r, ["cron/quota_check.sh", "bin/check-rate-limits"]), """#!/bin/bash
# warn the team when the API quota is nearly used up
used=$(python3 -m collector.quota --used)
if [ "$used" -gt 9000 ]; then
  curl -s -X POST -H 'Content-type: application/json' \\
    --data "{\\"text\\":\\"YouTube quota at ${used}/10000\\"}" \\
    %s
fi
""" % S.inl("SLACK_HOOK")


@tpl("slack_webhook", "other")
def slack_helm(r, S):
    return pick(r, ["deploy/values.yaml", "charts/scraper/values.yaml"]), """replicaCount: 1
image:
  repository: ghcr.io/example/scraper
  tag: "%d.%d.%d"
resources:
  limits:
    memory: 512Mi
alerting:
  enabled: true
  slack:
    channel: "#bot-alerts"
    webhookUrl: %s
""" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 9), S.cfg("SLACK_WEBHOOK_URL", "tmpl"))


@tpl("slack_webhook", "other")
def slack_alertmanager(r, S):
    return pick(r, ["monitoring/alertmanager.yml", "alertmanager/config.yml"]), """global:
  resolve_timeout: 5m
  slack_api_url: '%s'
route:
  receiver: slack-bots
  group_by: [alertname]
receivers:
  - name: slack-bots
    slack_configs:
      - channel: '#bot-alerts'
        send_resolved: true
""" % S.cfg("SLACK_API_URL", "sh")


# ---- Buffer ----------------------------------------------------------------------------------
@tpl("buffer", "other")
def buffer_py(r, S):
    return pick(r, ["schedule_buffer.py", "tools/buffer_queue.py"]), '''import requests

API = "https://api.bufferapp.com/1"
PROFILE_IDS = ["%s"]


def queue(text):
    data = {"text": text, "profile_ids[]": PROFILE_IDS, "access_token": "%s"}
    return requests.post(f"{API}/updates/create.json", data=data, timeout=20).json()
''' % (rs(r, 24, HEX), S.inl("BUFFER_ACCESS_TOKEN"))


# ---- extra variety ----------------------------------------------------------------------------
@tpl("discord_token", "conv")
def dc_dotenv_local(r, S):
    return pick(r, [".env", "discord/.env"]), "DISCORD_TOKEN=%s\nGUILD_ID=%s\n" % (S.cfg("DISCORD_BOT_TOKEN", "sh"), dc_snowflake(r))


@tpl("tw_access_token", "conv")
def tw_access_token_yaml(r, S):
    return pick(r, ["config/x.yaml", "poster.yml"]), """x:
  account: "@%s"
  api_key: ${X_API_KEY}
  api_secret: ${X_API_SECRET}
  access_token: %s
  access_token_secret: ${X_ACCESS_TOKEN_SECRET}
""" % (handle(r), S.cfg("X_ACCESS_TOKEN", "sh"))


@tpl("ig_token", "conv")
def ig_node(r, S):
    return pick(r, ["api/instagram.js", "server/instagramFeed.js"]), """const axios = require('axios');

module.exports = async function latestMedia() {
  const { data } = await axios.get('https://graph.instagram.com/me/media', {
    params: { fields: 'id,caption,media_url,permalink', access_token: %s },
  });
  return data.data;
};
""" % S.code("js", "IG_TOKEN", "'")


@tpl("mastodon", "conv")
def masto_md(r, S):
    inst = pick(r, INSTANCES)
    return pick(r, ["docs/deploy.md", "DEPLOY.md"]), """# Deploying the feed bot

1. Create an application under Preferences > Development on %s.
2. Export the settings:

```sh
export MASTODON_BASE_URL=https://%s
export MASTODON_ACCESS_TOKEN=%s
```

3. Start it with `docker compose up -d`.
""" % (inst, inst, S.cfg("MASTODON_ACCESS_TOKEN", "sh"))


@tpl("tiktok_secret", "conv")
def tiktok_node(r, S):
    return pick(r, ["src/tiktok/auth.ts", "server/tiktokAuth.ts"]), """const CLIENT_KEY = '%s';

export async function clientToken(): Promise<string> {
  const body = new URLSearchParams({
    client_key: CLIENT_KEY,
    client_secret: %s,
    grant_type: 'client_credentials',
  });
  const res = await fetch('https://open.tiktokapis.com/v2/oauth/token/', { method: 'POST', body });
  return (await res.json()).access_token;
}
""" % ("aw" + rs(r, 14, LOWNUM), S.code("js", "TIKTOK_CLIENT_SECRET", "'"))


# ------------------------------------------------- look-alike negatives ----
LOOKALIKES = []  # (name, provider, kind, function(r) -> (relpath, text))


def look(provider, kind):
    def deco(fn):
        LOOKALIKES.append((fn.__name__, provider, kind, fn))
        return fn
    return deco


@look("twitter", "tweet_ids_csv")
def la_tweets_csv(r):
    rows = ["tweet_id,author_id,created_at,lang,retweet_count,like_count,text"]
    for _ in range(r.randint(6, 12)):
        rows.append('%s,%s,%s,en,%d,%d,"%s %s"' % (tw_snowflake(r), r.randint(10 ** 6, 10 ** 18), ts(r), r.randint(0, 500),
                                                 r.randint(0, 5000), pick(r, PHRASES), pick(r, TAGS)))
    return pick(r, ["data/tweets_sample.csv", "exports/posts_2024.csv"]), "\n".join(rows) + "\n"


@look("reddit", "post_ids_csv")
def la_reddit_csv(r):
    rows = ["id,fullname,subreddit,author,created_utc,score,permalink"]
    for _ in range(r.randint(6, 12)):
        i = reddit_id(r)
        s = pick(r, SUBS)
        rows.append("%s,t3_%s,%s,%s,%d,%d,/r/%s/comments/%s/" % (i, i, s, handle(r), r.randint(1600000000, 1730000000), r.randint(0, 9000), s, i))
    return pick(r, ["data/reddit_posts.csv", "exports/reddit_top.csv"]), "\n".join(rows) + "\n"


@look("bluesky", "did_cid")
def la_bsky_posts(r):
    items = []
    for _ in range(r.randint(3, 5)):
        d = did_plc(r)
        items.append({"uri": "at://%s/app.bsky.feed.post/%s" % (d, tid(r)), "cid": cid(r),
                      "author": {"did": d, "handle": handle(r).replace("_", "") + ".bsky.social"},
                      "record": {"text": pick(r, PHRASES), "createdAt": ts(r)}, "likeCount": r.randint(0, 300)})
    return pick(r, ["fixtures/bsky_feed.json", "data/bluesky/sample_posts.json"]), json.dumps({"feed": items}, indent=2) + "\n"


@look("bluesky", "did_config")
def la_bsky_dids(r):
    lines = ["# accounts followed by the research list (DIDs are public identifiers)", "accounts:"]
    for _ in range(r.randint(4, 8)):
        lines.append("  - did: %s\n    handle: %s.bsky.social\n    since: %s" % (did_plc(r), handle(r).replace("_", ""), date(r)))
    lines.append("list_uri: at://%s/app.bsky.graph.list/%s" % (did_plc(r), tid(r)))
    return pick(r, ["config/bsky_list.yaml", "lists/researchers.yml"]), "\n".join(lines) + "\n"


@look("bluesky", "atproto_dns")
def la_atproto_dns(r):
    d = did_plc(r)
    return pick(r, ["infra/dns.tf", "terraform/bsky_handle.tf"]), """resource "cloudflare_record" "atproto" {
  zone_id = var.zone_id
  name    = "_atproto"
  type    = "TXT"
  value   = "did=%s"
  ttl     = 3600
}
""" % d


@look("discord", "guild_ids")
def la_discord_ids(r):
    return pick(r, ["config/guilds.json", "src/ids.json"]), json.dumps({
        "applicationId": dc_snowflake(r),
        "guilds": [{"id": dc_snowflake(r), "name": pick(r, WORDS) + " lab", "modRole": dc_snowflake(r),
                    "logChannel": dc_snowflake(r), "welcomeChannel": dc_snowflake(r)} for _ in range(r.randint(1, 3))],
        "ownerIds": [dc_snowflake(r), dc_snowflake(r)]}, indent=2) + "\n"


@look("discord", "app_public_key")
def la_discord_pubkey(r):
    return pick(r, ["wrangler.toml", "worker/wrangler.toml"]), """name = "%s-interactions"
main = "src/index.ts"
compatibility_date = "%s"

[vars]
DISCORD_APPLICATION_ID = "%s"
# Ed25519 public key from the developer portal, used to verify interaction signatures
DISCORD_PUBLIC_KEY = "%s"
# DISCORD_TOKEN is set with `wrangler secret put DISCORD_TOKEN`
""" % (botname(r), date(r), dc_snowflake(r), sha256hex(r))


@look("discord", "interaction_signature_log")
def la_discord_sig(r):
    lines = []
    for _ in range(r.randint(3, 6)):
        lines.append("%s INFO interaction id=%s type=2 sig=%s ts=%d verified=true" % (
            ts(r), dc_snowflake(r), rs(r, 128, HEX), r.randint(1700000000, 1730000000)))
    return pick(r, ["logs/interactions.log", "var/log/bot/interactions.log"]), "\n".join(lines) + "\n"


@look("discord", "cdn_url")
def la_discord_cdn(r):
    lines = ["# Attachments mirrored from #screenshots", ""]
    for _ in range(r.randint(3, 5)):
        lines.append("- https://cdn.discordapp.com/attachments/%s/%s/image.png?ex=%s&is=%s&hm=%s&" % (
            dc_snowflake(r), dc_snowflake(r), rs(r, 8, HEX), rs(r, 8, HEX), sha256hex(r)))
    return pick(r, ["docs/screenshots.md", "archive/attachments.md"]), "\n".join(lines) + "\n"


@look("telegram", "api_id_chat_ids")
def la_tg_ids(r):
    return pick(r, ["config/channels.yaml", "telegram/channels.yml"]), """telegram:
  api_id: %d            # public app id; api_hash comes from the vault
  session: sessions/collector.session
channels:
  - id: -100%d
    name: %s
  - id: -100%d
    name: %s
  - id: %d
    name: %s
""" % (r.randint(100000, 39999999), r.randint(10 ** 9, 10 ** 10 - 1), pick(r, WORDS), r.randint(10 ** 9, 10 ** 10 - 1),
       pick(r, WORDS), r.randint(10 ** 8, 10 ** 10), pick(r, WORDS))


@look("telegram", "file_id_cache")
def la_tg_fileids(r):
    cache = {}
    for _ in range(r.randint(3, 6)):
        cache[pick(r, WORDS) + ".jpg"] = {"file_id": "AgACAgIAAxkBAAI" + rs(r, 4, B64URL) + "2" + rs(r, 55, B64URL),
                                          "file_unique_id": "AQAD" + rs(r, 12, B64URL), "width": 1280, "height": 720}
    return pick(r, ["cache/media_file_ids.json", "data/tg_media_cache.json"]), json.dumps(cache, indent=2) + "\n"


@look("telegram", "webapp_initdata_doc")
def la_tg_login_widget(r):
    return pick(r, ["templates/login.html", "web/login.html"]), """<!doctype html>
<html>
<body>
  <h1>Sign in</h1>
  <script async src="https://telegram.org/js/telegram-widget.js?22"
          data-telegram-login="%s_bot"
          data-size="large"
          data-auth-url="https://example.org/auth/telegram"
          data-request-access="write"></script>
  <!-- bot id %d is public; the HMAC check uses the token stored server-side -->
</body>
</html>
""" % (botname(r), r.randint(10 ** 8, 8 * 10 ** 9))


@look("youtube", "video_ids")
def la_yt_ids(r):
    rows = ["video_id,channel_id,published_at,view_count,title"]
    for _ in range(r.randint(6, 10)):
        rows.append('%s,%s,%s,%d,"%s"' % (yt_video(r), yt_channel(r), ts(r), r.randint(100, 10 ** 7), pick(r, PHRASES)))
    return pick(r, ["data/youtube_videos.csv", "exports/yt_uploads.csv"]), "\n".join(rows) + "\n"


@look("youtube", "playlist_ids")
def la_yt_playlists(r):
    lines = ["playlists:"]
    for _ in range(r.randint(3, 6)):
        lines.append("  - id: PL%s\n    title: \"%s\"" % (rs(r, 32, B64URL), pick(r, PHRASES)))
    lines.append("next_page_token: %s" % ("CA" + rs(r, 4, UPPER) + "AA"))
    return pick(r, ["config/playlists.yml", "youtube/playlists.yaml"]), "\n".join(lines) + "\n"


@look("youtube", "google_client_id")
def la_google_client_id(r):
    num = str(r.randint(10 ** 11, 10 ** 12 - 1))
    return pick(r, ["web/src/auth/google.ts", "frontend/src/googleAuth.ts"]), """// OAuth client id is public: it is embedded in the sign-in page.
export const GOOGLE_CLIENT_ID = '%s-%s.apps.googleusercontent.com';
export const YT_SCOPES = ['https://www.googleapis.com/auth/youtube.readonly'];
""" % (num, rs(r, 32, LOWNUM))


@look("youtube", "embed_html")
def la_yt_embed(r):
    v = yt_video(r)
    return pick(r, ["site/embed.html", "docs/video.html"]), """<iframe width="560" height="315"
  src="https://www.youtube-nocookie.com/embed/%s?si=%s"
  title="YouTube video player" frameborder="0"
  allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture"
  referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>
""" % (v, rs(r, 16, B64URL))


@look("twitch", "public_client_id")
def la_twitch_client_id(r):
    return pick(r, ["extension/config.js", "overlay/src/config.js"]), """// Twitch extension front end. The client id is public by design.
export const TWITCH_CLIENT_ID = '%s';
export const BROADCASTER_ID = '%s';
export const EBS_URL = 'https://ebs.example.net';
""" % (rs(r, 30, LOWNUM), r.randint(10 ** 7, 10 ** 9))


@look("twitch", "eventsub_log")
def la_twitch_eventsub(r):
    lines = []
    for _ in range(r.randint(3, 6)):
        lines.append('%s eventsub message_id=%s type=channel.follow subscription=%s signature=sha256=%s' % (
            ts(r), uuid4(r), uuid4(r), sha256hex(r)))
    return pick(r, ["logs/eventsub.log", "var/log/eventsub.log"]), "\n".join(lines) + "\n"


@look("facebook", "public_ids")
def la_meta_ids(r):
    return pick(r, ["web/meta.html", "templates/partials/meta.html"]), """<meta property="fb:app_id" content="%s" />
<meta property="fb:pages" content="%s" />
<meta property="og:type" content="website" />
<meta name="facebook-domain-verification" content="%s" />
<script>
  fbq('init', '%s');
  fbq('track', 'PageView');
</script>
""" % (r.randint(10 ** 14, 10 ** 16 - 1), r.randint(10 ** 14, 10 ** 15 - 1), rs(r, 30, LOWNUM), r.randint(10 ** 14, 10 ** 16 - 1))


@look("instagram", "media_ids")
def la_ig_media(r):
    items = [{"id": str(r.randint(17 * 10 ** 15, 18 * 10 ** 15)), "shortcode": rs(r, 11, B64URL),
              "media_type": pick(r, ["IMAGE", "VIDEO", "CAROUSEL_ALBUM"]), "timestamp": ts(r).replace("Z", "+0000"),
              "like_count": r.randint(0, 9000)} for _ in range(r.randint(3, 6))]
    return pick(r, ["fixtures/ig_media.json", "tests/data/instagram_media.json"]), json.dumps({"data": items, "paging": {
        "cursors": {"before": b64bytes(r, 30).rstrip("="), "after": b64bytes(r, 30).rstrip("=")}}}, indent=2) + "\n"


@look("instagram", "signed_cdn_url")
def la_ig_cdn(r):
    rows = ["media_id,url"]
    for _ in range(r.randint(3, 5)):
        rows.append("%d,https://scontent.cdninstagram.com/v/t51.29350-15/%d_%d_n.jpg?_nc_cat=%d&ccb=1-7&_nc_sid=18de74&oh=00_%s&oe=%s" % (
            r.randint(17 * 10 ** 15, 18 * 10 ** 15), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 15, 10 ** 16), r.randint(100, 111),
            rs(r, 43, B64URL), rs(r, 8, HEX).upper()))
    return pick(r, ["exports/ig_media_urls.csv", "data/instagram_urls.csv"]), "\n".join(rows) + "\n"


@look("threads", "app_id")
def la_threads_app_id(r):
    return pick(r, ["src/threads/oauth.ts", "lib/threadsAuth.ts"]), """const THREADS_APP_ID = '%d';
const REDIRECT_URI = 'https://example.org/callback/threads';

export function authorizeUrl(state: string): string {
  const u = new URL('https://threads.net/oauth/authorize');
  u.searchParams.set('client_id', THREADS_APP_ID);
  u.searchParams.set('redirect_uri', REDIRECT_URI);
  u.searchParams.set('scope', 'threads_basic,threads_content_publish');
  u.searchParams.set('response_type', 'code');
  u.searchParams.set('state', state);
  return u.toString();
}
""" % r.randint(10 ** 14, 10 ** 15 - 1)


@look("tiktok", "video_ids")
def la_tiktok_ids(r):
    rows = ["id,username,create_time,region_code,view_count,hashtag_names"]
    for _ in range(r.randint(5, 9)):
        rows.append('%d,%s,%d,%s,%d,"%s"' % (r.randint(7 * 10 ** 18, 74 * 10 ** 17), handle(r), r.randint(1690000000, 1730000000),
                                           pick(r, ["DE", "FR", "US", "BR"]), r.randint(100, 10 ** 7), pick(r, TAGS)[1:].lower()))
    return pick(r, ["data/tiktok_videos.csv", "exports/tiktok_research.csv"]), "\n".join(rows) + "\n"


@look("tiktok", "client_key")
def la_tiktok_client_key(r):
    return pick(r, ["web/tiktok-login.js", "public/js/tiktokLogin.js"]), """// client_key is sent in the authorize URL, it is not a secret
const CLIENT_KEY = '%s';
const csrf = crypto.randomUUID();
window.location.href = `https://www.tiktok.com/v2/auth/authorize/?client_key=${CLIENT_KEY}` +
  `&scope=user.info.basic&response_type=code&redirect_uri=${encodeURIComponent(location.origin + '/cb')}&state=${csrf}`;
""" % ("aw" + rs(r, 14, LOWNUM))


@look("pinterest", "pin_ids")
def la_pinterest_ids(r):
    return pick(r, ["data/pins.json", "fixtures/pinterest_pins.json"]), json.dumps({"items": [
        {"id": str(r.randint(10 ** 17, 10 ** 18)), "board_id": str(r.randint(10 ** 17, 10 ** 18)),
         "created_at": ts(r).replace("Z", ""), "dominant_color": "#" + rs(r, 6, HEX),
         "media": {"media_type": "image"}} for _ in range(r.randint(3, 5))], "bookmark": b64bytes(r, 60)}, indent=2) + "\n"


@look("tumblr", "post_ids")
def la_tumblr_posts(r):
    rows = ["id_string,blog_name,timestamp,note_count,reblog_key,tags"]
    for _ in range(r.randint(5, 9)):
        rows.append('%d,%s,%d,%d,%s,"%s"' % (r.randint(7 * 10 ** 17, 76 * 10 ** 16), pick(r, WORDS) + "-" + pick(r, WORDS),
                                           r.randint(1600000000, 1730000000), r.randint(0, 20000), rs(r, 8, ALNUM), pick(r, TAGS)[1:]))
    return pick(r, ["exports/tumblr_posts.csv", "data/tumblr.csv"]), "\n".join(rows) + "\n"


@look("mastodon", "status_ids")
def la_masto_ids(r):
    inst = pick(r, INSTANCES)
    lines = ["# toots quoted in the paper", ""]
    for _ in range(r.randint(4, 7)):
        sid = str(r.randint(109 * 10 ** 15, 113 * 10 ** 15))
        lines.append("- https://%s/@%s/%s (id %s, %s)" % (inst, handle(r), sid, sid, date(r)))
    return pick(r, ["paper/appendix_toots.md", "docs/quoted_posts.md"]), "\n".join(lines) + "\n"


@look("mastodon", "activitypub_actor")
def la_ap_actor(r):
    inst = pick(r, INSTANCES)
    h = handle(r)
    body = b64bytes(r, 270)
    pem = "-----BEGIN PUBLIC KEY-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END PUBLIC KEY-----\n"
    return pick(r, ["tests/fixtures/actor.json", "fixtures/ap_actor.json"]), json.dumps({
        "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
        "id": "https://%s/users/%s" % (inst, h), "type": "Service", "preferredUsername": h,
        "inbox": "https://%s/users/%s/inbox" % (inst, h),
        "publicKey": {"id": "https://%s/users/%s#main-key" % (inst, h), "owner": "https://%s/users/%s" % (inst, h),
                      "publicKeyPem": pem}}, indent=2) + "\n"


@look("generic", "media_hashes")
def la_media_hashes(r):
    rows = ["post_id,file,sha256,md5,phash,blurhash"]
    for _ in range(r.randint(5, 9)):
        rows.append("%s,media/%s.jpg,%s,%s,%s,%s" % (tw_snowflake(r), rs(r, 15, B64URL), sha256hex(r), rs(r, 32, HEX), rs(r, 16, HEX),
                                                   "L" + rs(r, 27, ALNUM + "#$%*+,-.:;=?@[]^_{|}~")))
    return pick(r, ["data/media_index.csv", "exports/media_hashes.csv"]), "\n".join(rows) + "\n"


@look("generic", "dedup_hashes")
def la_dedup(r):
    lines = ['"""Deduplicate posts by normalised text hash."""', "import hashlib", "", "KNOWN_DUPLICATES = {"]
    for _ in range(r.randint(4, 7)):
        lines.append('    "%s",  # %s' % (sha256hex(r), pick(r, PHRASES)))
    lines += ["}", "", "", "def key(text):", '    return hashlib.sha256(" ".join(text.lower().split()).encode()).hexdigest()', ""]
    return pick(r, ["src/dedup.py", "pipeline/dedup.py"]), "\n".join(lines)


@look("generic", "npm_lock")
def la_npm_lock(r):
    pk = {"": {"name": botname(r), "version": "1.0.0"}}
    for name, ver in [("discord.js", "14.14.1"), ("twitter-api-v2", "1.15.2"), ("telegraf", "4.15.3"), ("@atproto/api", "0.12.2"), ("tmi.js", "1.8.5")]:
        if r.random() < 0.75:
            pk["node_modules/" + name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], ver),
                                          "integrity": "sha512-" + b64bytes(r, 64)}
    return "package-lock.json", json.dumps({"name": botname(r), "lockfileVersion": 3, "requires": True, "packages": pk}, indent=2) + "\n"


@look("generic", "cargo_lock")
def la_cargo_lock(r):
    out = ["# This file is automatically @generated by Cargo.", "# It is not intended for manual editing.", "version = 3", ""]
    for name, ver in [("serenity", "0.12.1"), ("teloxide", "0.12.2"), ("twitch-irc", "5.0.1"), ("bsky-sdk", "0.1.9"), ("tokio", "1.37.0")]:
        out += ["[[package]]", 'name = "%s"' % name, 'version = "%s"' % ver, 'source = "registry+https://github.com/rust-lang/crates.io-index"',
                'checksum = "%s"' % sha256hex(r), ""]
    return "Cargo.lock", "\n".join(out)


@look("generic", "go_sum")
def la_go_sum(r):
    lines = []
    for mod, ver in [("github.com/bwmarrin/discordgo", "v0.28.1"), ("github.com/go-telegram-bot-api/telegram-bot-api/v5", "v5.5.1"),
                     ("github.com/dghubble/go-twitter", "v0.0.0-20221104224141-912508c3888b"), ("google.golang.org/api", "v0.180.0")]:
        lines.append("%s %s h1:%s" % (mod, ver, b64bytes(r, 32)))
        lines.append("%s %s/go.mod h1:%s" % (mod, ver, b64bytes(r, 32)))
    return "go.sum", "\n".join(lines) + "\n"


@look("generic", "poetry_lock")
def la_poetry(r):
    out = []
    for name, ver in [("praw", "7.7.1"), ("tweepy", "4.14.0"), ("telethon", "1.34.0"), ("atproto", "0.0.46"), ("mastodon-py", "1.8.1")]:
        out += ["[[package]]", 'name = "%s"' % name, 'version = "%s"' % ver, 'optional = false', 'python-versions = ">=3.8"', "files = [",
                '    {file = "%s-%s-py3-none-any.whl", hash = "sha256:%s"},' % (name.replace("-", "_"), ver, sha256hex(r)),
                '    {file = "%s-%s.tar.gz", hash = "sha256:%s"},' % (name, ver, sha256hex(r)), "]", ""]
    return "poetry.lock", "\n".join(out)


@look("generic", "image_digests")
def la_digests(r):
    return pick(r, ["deploy/docker-compose.prod.yml", "compose.prod.yaml"]), """services:
  collector:
    image: ghcr.io/example/collector@sha256:%s
    env_file: /etc/collector/runtime.env
    restart: always
  worker:
    image: ghcr.io/example/worker@sha256:%s
    command: ["celery", "-A", "tasks", "worker", "-l", "info"]
  redis:
    image: redis@sha256:%s
""" % (sha256hex(r), sha256hex(r), sha256hex(r))


@look("generic", "pinned_actions")
def la_pinned_actions(r):
    return pick(r, [".github/workflows/ci.yml", ".github/workflows/test.yml"]), """name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@%s # v4.1.1
      - uses: actions/setup-python@%s # v5.0.0
        with:
          python-version: "3.12"
      - uses: actions/cache@%s # v4.0.0
        with:
          path: ~/.cache/pip
          key: pip-${{ hashFiles('requirements.txt') }}
      - run: pip install -r requirements.txt && pytest -q
""" % (rs(r, 40, HEX), rs(r, 40, HEX), rs(r, 40, HEX))


@look("generic", "changelog_shas")
def la_changelog(r):
    lines = ["# Changelog", ""]
    for i in range(r.randint(4, 7)):
        lines.append("## v1.%d.0 (%s)" % (9 - i, date(r)))
        lines.append("- %s (%s)" % (pick(r, ["fix rate-limit backoff for Reddit", "add Bluesky crossposting", "handle Discord gateway resume",
                                             "switch to YouTube playlistItems", "retry Telegram 429 responses"]), rs(r, 40, HEX)))
        lines.append("")
    return "CHANGELOG.md", "\n".join(lines)


@look("generic", "uuids_log")
def la_uuid_log(r):
    lines = []
    for _ in range(r.randint(5, 9)):
        lines.append("%s INFO job=%s request_id=%s status=200 elapsed_ms=%d" % (ts(r), uuid4(r), uuid4(r), r.randint(20, 900)))
    return pick(r, ["logs/collector.log", "var/log/scraper/run.log"]), "\n".join(lines) + "\n"


@look("generic", "masked_log")
def la_masked_log(r):
    lines = ["%s INFO starting %s v1.%d" % (ts(r), botname(r), r.randint(0, 9)),
             "%s DEBUG config: token=%s webhook=%s" % (ts(r), pick(r, ["****", "[REDACTED]", "<hidden>"]), pick(r, ["https://hooks.slack.com/services/***", "https://discord.com/api/webhooks/***/***"])),
             "%s INFO authenticated as @%s (id %s)" % (ts(r), handle(r), tw_snowflake(r)),
             "%s WARN rate limited, sleeping %ds (x-rate-limit-reset=%d)" % (ts(r), r.randint(30, 900), r.randint(1700000000, 1730000000))]
    return pick(r, ["logs/bot-startup.log", "logs/app.log"]), "\n".join(lines) + "\n"


@look("generic", "ssh_known_hosts")
def la_ssh(r):
    return pick(r, ["deploy/authorized_keys", "ansible/files/authorized_keys"]), "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s deploy@%s\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@laptop\n" % (
        rs(r, 43, B64), botname(r), rs(r, 43, B64), pick(r, FIRST))


@look("telegram", "webhook_public_cert")
def la_cert(r):
    body = b64bytes(r, 600)
    pem = "-----BEGIN CERTIFICATE-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END CERTIFICATE-----\n"
    return pick(r, ["deploy/webhook_cert.pem", "certs/public.pem"]), pem


@look("generic", "data_uri")
def la_data_uri(r):
    return pick(r, ["docs/README.md", "README.md"]), """# %s

![status](data:image/png;base64,%s)

A small bot that reposts %s highlights to Bluesky and Mastodon.
""" % (botname(r), b64bytes(r, 120), pick(r, TAGS))


@look("generic", "env_example")
def la_env_example(r):
    return pick(r, [".env.example", ".env.sample", "config/.env.template"]), """# copy to .env and fill in
REDDIT_CLIENT_ID=
REDDIT_CLIENT_SECRET=
TWITTER_BEARER_TOKEN=your-bearer-token
TELEGRAM_BOT_TOKEN=<bot_token from @BotFather>
DISCORD_TOKEN=
BSKY_HANDLE=you.bsky.social
BSKY_APP_PASSWORD=xxxx-xxxx-xxxx-xxxx
SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ
"""


@look("generic", "k8s_secret_refs")
def la_k8s(r):
    return pick(r, ["k8s/deployment.yaml", "deploy/k8s/bot.yaml"]), """apiVersion: apps/v1
kind: Deployment
metadata:
  name: %s
spec:
  replicas: 1
  selector:
    matchLabels: {app: %s}
  template:
    metadata:
      labels: {app: %s}
    spec:
      containers:
        - name: bot
          image: ghcr.io/example/%s:%s
          env:
            - name: DISCORD_TOKEN
              valueFrom:
                secretKeyRef: {name: bot-secrets, key: discord-token}
            - name: TELEGRAM_BOT_TOKEN
              valueFrom:
                secretKeyRef: {name: bot-secrets, key: telegram-token}
""" % ((botname(r),) * 4 + (rs(r, 7, HEX),))


@look("generic", "terraform_vars")
def la_tf(r):
    return pick(r, ["infra/variables.tf", "terraform/variables.tf"]), """variable "discord_token" {
  type      = string
  sensitive = true
}

variable "reddit_client_id" {
  type    = string
  default = "%s"
}

data "aws_secretsmanager_secret_version" "bot" {
  secret_id = "prod/%s/credentials"
}
""" % (rs(r, 22, B64URL), botname(r))


@look("generic", "openapi")
def la_openapi(r):
    return pick(r, ["api/openapi.yaml", "docs/openapi.yml"]), """openapi: 3.0.3
info:
  title: %s API
  version: 1.%d.0
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      description: "Send `Authorization: Bearer <token>`"
security:
  - bearerAuth: []
paths:
  /posts/{post_id}:
    get:
      parameters:
        - name: post_id
          in: path
          required: true
          example: "%s"
""" % (botname(r), r.randint(0, 9), tw_snowflake(r))


@look("twitter", "snowflake_notebook")
def la_snowflake_nb(r):
    ids = [tw_snowflake(r) for _ in range(4)]
    return pick(r, ["notebooks/snowflake_time.ipynb", "analysis/decode_ids.ipynb"]), nb([
        ("markdown", "Tweet ids are snowflakes: the top bits are milliseconds since 2010-11-04."),
        ("code", "from datetime import datetime, timezone\nEPOCH = 1288834974657\nids = [%s]" % ", ".join(ids)),
        ("code", "[datetime.fromtimestamp(((i >> 22) + EPOCH) / 1000, tz=timezone.utc) for i in ids]"),
    ])


@look("twitter", "rtweet_user_ids")
def la_rtweet(r):
    return pick(r, ["R/followers.R", "analysis/network.R"]), """library(rtweet)
auth_as("research-app")  # token stored by rtweet in the user config dir

seed_ids <- c("%s", "%s", "%s")
fol <- get_followers(seed_ids[1], n = 5000)
lookup <- lookup_users(fol$from_id)
saveRDS(lookup, "data/followers_%s.rds")
""" % (r.randint(10 ** 6, 10 ** 18), r.randint(10 ** 6, 10 ** 18), r.randint(10 ** 6, 10 ** 18), date(r))


@look("twitter", "crc_response")
def la_crc(r):
    return pick(r, ["tests/test_crc.py", "webhooks/tests/test_crc.py"]), '''from webhooks.crc import crc_response


def test_crc_shape(monkeypatch):
    monkeypatch.setenv("TW_CONSUMER_SECRET", "test-only")
    out = crc_response("%s")
    assert out["response_token"].startswith("sha256=")
    assert len(out["response_token"]) == len("sha256=%s")
''' % (rs(r, 22, ALNUM), b64bytes(r, 32))


@look("generic", "hashtags_handles_md")
def la_hashtags(r):
    lines = ["# Tracking list", "", "## Hashtags"] + ["- %s" % t for t in r.sample(TAGS, 5)] + ["", "## Accounts"]
    for _ in range(r.randint(4, 7)):
        lines.append("- @%s (user id %s)" % (handle(r), r.randint(10 ** 6, 10 ** 18)))
    return pick(r, ["TRACKING.md", "docs/tracking.md"]), "\n".join(lines) + "\n"


@look("generic", "yarn_lock")
def la_yarn(r):
    out = ["# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.", "# yarn lockfile v1", ""]
    for name, ver in [("tmi.js", "1.8.5"), ("snoowrap", "1.23.0"), ("masto", "6.7.0")]:
        out += ['%s@^%s:' % (name, ver), '  version "%s"' % ver,
                '  resolved "https://registry.yarnpkg.com/%s/-/%s-%s.tgz#%s"' % (name, name, ver, rs(r, 40, HEX)),
                '  integrity sha512-%s' % b64bytes(r, 64), ""]
    return "yarn.lock", "\n".join(out)


@look("generic", "sri_widget")
def la_sri(r):
    return pick(r, ["site/index.html", "public/index.html"]), """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css"
        integrity="sha384-%s" crossorigin="anonymous">
</head>
<body>
  <blockquote class="twitter-tweet"><a href="https://twitter.com/%s/status/%s"></a></blockquote>
  <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
</body>
</html>
""" % (b64bytes(r, 48), handle(r), tw_snowflake(r))


@look("generic", "sha256sums")
def la_sums(r):
    lines = ["%s  %s-%s-%s.tar.gz" % (sha256hex(r), botname(r), v, a) for v in ["1.4.0"] for a in ["linux-amd64", "linux-arm64", "darwin-arm64"]]
    return pick(r, ["dist/SHA256SUMS", "release/SHA256SUMS.txt"]), "\n".join(lines) + "\n"


@look("generic", "sql_schema")
def la_sql(r):
    return pick(r, ["db/schema.sql", "migrations/001_init.sql"]), """CREATE TABLE posts (
    platform      TEXT NOT NULL,
    post_id       TEXT NOT NULL,
    author_id     TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    content_hash  CHAR(64) NOT NULL,
    PRIMARY KEY (platform, post_id)
);

INSERT INTO posts VALUES
  ('twitter', '%s', '%s', '%s', '%s'),
  ('bluesky', 'at://%s/app.bsky.feed.post/%s', '%s', '%s', '%s');
""" % (tw_snowflake(r), r.randint(10 ** 6, 10 ** 18), ts(r), sha256hex(r), did_plc(r), tid(r), did_plc(r), ts(r), sha256hex(r))


@look("generic", "pseudonymised_export")
def la_pseudo(r):
    rows = ["author_hash,post_id,created_at,toxicity"]
    for _ in range(r.randint(6, 10)):
        rows.append("%s,%s,%s,%.3f" % (sha256hex(r)[:40], tw_snowflake(r), date(r), r.random()))
    return pick(r, ["data/release/posts_pseudonymised.csv", "release/anon_posts.csv"]), "\n".join(rows) + "\n"


@look("discord", "discord_py_cog_ids")
def la_cog(r):
    return pick(r, ["cogs/roles.py", "bot/cogs/reaction_roles.py"]), '''from discord.ext import commands

ROLE_MESSAGE_ID = %s
EMOJI_TO_ROLE = {
    "\\N{SNAKE}": %s,
    "\\N{BAR CHART}": %s,
    "\\N{ROBOT FACE}": %s,
}


class Roles(commands.Cog):
    def __init__(self, bot):
        self.bot = bot
''' % (dc_snowflake(r), dc_snowflake(r), dc_snowflake(r), dc_snowflake(r))


@look("reddit", "installed_app_client_id")
def la_reddit_installed(r):
    return pick(r, ["app/src/main/res/values/reddit.xml", "res/values/config.xml"]), """<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!-- Reddit "installed app": no client secret exists for this app type -->
    <string name="reddit_client_id">%s</string>
    <string name="reddit_redirect_uri">%s://oauth</string>
    <string name="reddit_scopes">identity read history</string>
</resources>
""" % (rs(r, 22, B64URL), botname(r))


@look("youtube", "page_tokens_json")
def la_yt_pagetokens(r):
    return pick(r, ["tests/fixtures/search_page.json", "fixtures/yt_search.json"]), json.dumps({
        "kind": "youtube#searchListResponse", "etag": rs(r, 27, B64URL), "nextPageToken": "CDIQAA", "regionCode": "DE",
        "pageInfo": {"totalResults": 1000000, "resultsPerPage": 2},
        "items": [{"kind": "youtube#searchResult", "etag": rs(r, 27, B64URL), "id": {"kind": "youtube#video", "videoId": yt_video(r)}}
                  for _ in range(2)]}, indent=2) + "\n"


@look("telegram", "bot_id_only")
def la_tg_bot_meta(r):
    return pick(r, ["docs/bots.md", "BOTS.md"]), """| bot | id | owner | purpose |
|-----|----|-------|---------|
| @%s_bot | %d | @%s | daily digest |
| @%s_bot | %d | @%s | moderation |

Tokens live in the team vault (item "telegram-bots"); never paste them here.
""" % (botname(r), r.randint(10 ** 8, 8 * 10 ** 9), handle(r), botname(r), r.randint(10 ** 8, 8 * 10 ** 9), handle(r))


@look("mastodon", "masto_app_ids")
def la_masto_app(r):
    return pick(r, ["config/instances.toml", "instances.toml"]), """# instances we read public timelines from (no auth needed)
[[instance]]
host = "%s"
streaming = true
max_id = "%d"

[[instance]]
host = "%s"
streaming = false
max_id = "%d"
""" % (pick(r, INSTANCES), r.randint(109 * 10 ** 15, 113 * 10 ** 15), pick(r, INSTANCES), r.randint(109 * 10 ** 15, 113 * 10 ** 15))


@look("generic", "jwt_free_hmac_doc")
def la_signing_doc(r):
    return pick(r, ["docs/webhooks.md", "docs/security.md"]), """## Verifying incoming webhooks

Every request carries `X-Hub-Signature-256: sha256=<hex digest>`. Example from our test suite:

```
X-Hub-Signature-256: sha256=%s
X-Request-Id: %s
```

The signing secret itself is loaded from `WEBHOOK_SECRET` at start-up.
""" % (sha256hex(r), uuid4(r))


@look("generic", "base64_payload_fixture")
def la_b64(r):
    return pick(r, ["tests/fixtures/pubsub_message.json", "fixtures/queue_message.json"]), json.dumps({
        "message": {"data": base64.b64encode(json.dumps({"platform": "youtube", "video_id": yt_video(r), "event": "published"}).encode()).decode(),
                    "messageId": str(r.randint(10 ** 15, 10 ** 16)), "publishTime": ts(r)},
        "subscription": "projects/%s/subscriptions/yt-uploads" % (botname(r) + "-" + str(r.randint(1000, 9999)))}, indent=2) + "\n"


# ------------------------------------------------------------------ main ----
NEG_MODES = [("ph", 30), ("env", 25), ("mask", 12), ("empty", 8), ("vault", 7), ("tmpl", 6), ("doc", 12)]
ENV_OK = (".env.example", ".env.sample", ".env.template", ".env.dist")


def weighted(r, items):
    total = sum(w for _, w in items)
    x = r.randrange(total)
    for v, w in items:
        if x < w:
            return v
        x -= w
    return items[-1][0]


def filetype(path):
    base = path.rsplit("/", 1)[-1].lower()
    if base.startswith(".env"):
        return "env"
    if "dockerfile" in base:
        return "dockerfile"
    if base in ("go.sum", "cargo.lock", "poetry.lock", "yarn.lock"):
        return base.replace(".", "_")
    if "." not in base.strip("."):
        return "authorized_keys" if base == "authorized_keys" else ("sh" if "/bin/" in "/" + path or base.startswith("get-") or base.startswith("check-") or base.startswith("bsky-") else "txt")
    return base.rsplit(".", 1)[-1]


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    return base.startswith(".env") and base not in ENV_OK


def make_slot(r, sectype, mode):
    if mode == "empty":
        s = Slot(r, sectype, "ph")
        s.v = ""
        return s
    if mode == "doc" and not SECTYPES[sectype][1]:
        mode = "ph"
    return Slot(r, sectype, mode)


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def schedule(r, n, count):
    out = []
    while len(out) < count:
        perm = list(range(n))
        r.shuffle(perm)
        out.extend(perm)
    return out[:count]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_fp.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    env_pos = 0

    # positives
    for i, ti in enumerate(schedule(r, len(TEMPLATES), 500)):
        name, sectype, style, fn = TEMPLATES[ti]
        S = Slot(r, sectype, "pos")
        rel, text = fn(r, S)
        needle = S.v
        lines = text.split("\n")
        line = next(k + 1 for k, l in enumerate(lines) if needle in l)
        assert needle in lines[line - 1], (name, needle)
        assert text.count(needle) >= 1
        if is_blocked_env(rel):
            env_pos += 1
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        with open(os.path.join(outdir, f), encoding="utf-8") as fh:
            back = fh.read().split("\n")
        assert needle in back[line - 1], (f, line)
        manifest.append({"file": f, "label": "pos", "provider": PROVIDER_OF[sectype], "kind": KIND_OF[sectype], "filetype": filetype(rel)})
        secrets.append({"file": f, "needle": needle, "line": line})
    assert env_pos <= 25, env_pos

    # negatives: half from positive templates with a harmless slot, half look-alikes
    specs = [("tpl", ti) for ti in schedule(r, len(TEMPLATES), 250)] + [("look", li) for li in schedule(r, len(LOOKALIKES), 250)]
    r.shuffle(specs)
    for i, (src, idx) in enumerate(specs):
        if src == "tpl":
            name, sectype, style, fn = TEMPLATES[idx]
            mode = weighted(r, NEG_MODES)
            S = make_slot(r, sectype, mode)
            rel, text = fn(r, S)
            provider = PROVIDER_OF[sectype]
            kind = {"ph": "placeholder", "empty": "empty_value", "mask": "masked_value", "env": "env_reference",
                    "vault": "secret_manager_reference", "tmpl": "template_expression", "doc": "documented_example"}[mode]
            if mode == "doc" and not SECTYPES[sectype][1]:
                kind = "placeholder"
        else:
            name, provider, kind, fn = LOOKALIKES[idx]
            rel, text = fn(r)
        if is_blocked_env(rel):
            d = rel.rsplit("/", 1)
            rel = (d[0] + "/" if len(d) == 2 else "") + ".env.example"
        assert not is_blocked_env(rel)
        f = "neg/n%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": provider, "kind": kind, "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    sys.stderr.write("wrote %d positives (%d templates), %d negatives (%d look-alike templates) to %s\n" % (
        len(secrets), len(TEMPLATES), len(manifest) - len(secrets), len(LOOKALIKES), outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
