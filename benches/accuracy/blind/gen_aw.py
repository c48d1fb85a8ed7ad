#!/usr/bin/env python3
"""Blind evaluation-set generator "aw": bots and social-platform API credentials.

EMPHASIS
    Credentials that live in chat-bot / social-API projects: Telegram, Discord,
    Slack apps, Microsoft Teams bots, Twitter/X, Reddit, Mastodon, Bluesky,
    Facebook / Instagram / Threads / WhatsApp (Graph API), LinkedIn, TikTok,
    YouTube, Twitch, Pinterest, Snapchat, LINE, Viber, Matrix, IRC, Zulip,
    Mattermost, Rocket.Chat, Google Chat, Botpress and Rasa.  They are placed in
    bot source code (py/js/ts/go/rs/rb/php), bot framework configs (Rasa
    credentials.yml / endpoints.yml, Bot Framework appsettings.json, Errbot
    config.py, Sopel .cfg, maubot / mautrix registration.yaml, zuliprc,
    Node-RED flows, n8n exports) and deployment files (docker-compose, k8s,
    systemd, Procfile, fly.toml, wrangler.toml, app.json, serverless.yml,
    ecosystem.config.js, GitHub Actions, Dockerfile, shell scripts) -- right
    beside the public ids, snowflakes, handles and webhook URLs that look like
    them.  Negatives are the hard look-alikes careful developers *do* commit:
    snowflakes, application public keys, chat ids, Slack team/channel/app ids,
    client ids documented as public, Facebook client tokens, DIDs, LINE user
    ids, Mattermost channel ids, env references in each file type's own syntax,
    placeholders, masked / truncated tokens in logs and docs, provider
    documentation sample tokens, SOPS / sealed-secrets / ansible-vault / KMS
    ciphertext, digests and UUIDs.

COVERAGE (per seed)
    ~63 provider/kind pairs over 28 providers; ~40 positive file types
    (bot.py, main.py, index.js, bot.ts, bot.go, main.rs, bot.rb, webhook.php,
    bot.env-style files, docker-compose, k8s Deployment/Secret, systemd unit,
    Procfile, fly.toml, wrangler.toml, app.json, serverless.yml, settings.toml,
    config.json/yml/ini, Rasa credentials.yml/endpoints.yml, Bot Framework
    appsettings.json, ecosystem.config.js, Dockerfile, GitHub Actions, run.sh,
    Hubot start script, Errbot config.py, Sopel .cfg, zuliprc, Matrix
    registration.yaml, README.md, bot logs, Node-RED flows_cred.json, n8n
    credential export, tfvars, Helm values.yaml, Android strings.xml) plus
    negative-only Teams manifest.json, SOPS, SealedSecret and ansible-vault.
    About a quarter of positives use names that do not name the provider
    (TOKEN, AUTH, LLM_KEY, apiKey, ...) and ~10% pass the secret positionally.
    Negative "kind" in the manifest is the look-alike strategy: envref,
    placeholder, masked, doc_sample, public_id:<what>, digest:<what>,
    ciphertext:<sops|sealed_secret|ansible_vault|kms>.

USAGE
    python3 gen_aw.py OUTDIR SEED
    -> OUTDIR/pos/pNNNN/<relative path>   (500 files, one credential each)
       OUTDIR/neg/nNNNN/<relative path>   (500 files, nothing secret)
       OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
       OUTDIR/secrets.jsonl   {"file","needle","line"}   (positives only)
    "file" is relative to OUTDIR.  Deterministic per SEED (random.Random only).

NEEDLE CONVENTIONS
    * needle = the secret exactly as written in the file (no quotes).
    * Webhook-style secrets (Discord / Slack / Teams / Google Chat / Mattermost
      webhooks, Power Automate workflow URLs) -> the needle is the WHOLE URL.
    * Twitch chat tokens -> needle includes the "oauth:" prefix.
    * Facebook app access tokens -> needle is "<app_id>|<app_secret>".
    * Telegram bot tokens -> needle is "<bot id>:<35 chars>".
    * Human passwords (Reddit script-app, IRC NickServ, Matrix / Rasa store
      passwords) -> the password string itself.
    * line = 1-based line number of the needle; each needle sits on one line.

DOUBTS (formats I am not sure of)
    * Bluesky app passwords: four groups of four; I use lowercase [a-z2-7]
      (base32-like). Third-party docs only say "lowercase letters or digits".
    * Pinterest v5 tokens: only the "pina_"/"pinr_" prefixes are documented;
      the body (uppercase base32-ish, ~90-100 chars) is my recollection. The
      Pinterest app secret as 40 hex is also from memory.
    * LinkedIn client secrets: older ones are 16 alnum; newer ones look like
      "WPL_AP1.<16>.<base64>==" -- structure from memory, both are generated.
    * TikTok access tokens "act.<...>!<4 digits>.va" -- suffix from memory.
      TikTok client_key ("aw" + 14) is treated as public (it appears in the
      authorize URL); client_secret 32 alnum.
    * Threads tokens ("THAA..."/"THQVJ...") and Instagram "IGAA..." bodies:
      prefix known, body length/alphabet approximated (alnum, 150-210).
    * Snapchat: Conversions-API token generated as an HS256 JWT; OAuth client
      secret as 43 base64url chars -- both approximations.
    * Teams incoming webhook "/V2..." suffix on new-style URLs, and Azure AD
      client secrets "xxx8Q~<34>" (documented-ish, length from memory).
    * Matrix syt_ tokens: syt_<b64 localpart>_<20 alnum>_<6 base62 CRC32 of
      the preceding text>; base62 alphabet assumed 0-9A-Za-z.
    * Botpress PAT "bp_pat_" + 40 alnum -- prefix from memory.
    * Mastodon client_id (43 chars, random-looking) is DECIDED NEGATIVE: it is
      an OAuth public client identifier, not a secret slot.  Same for Twitch
      client ids (30 lowercase alnum), Reddit client ids, Twitter OAuth2 client
      ids, LinkedIn client ids and TikTok client keys.  Facebook "client token"
      (32 hex, documented as embeddable in apps) and Firebase web config
      apiKey (AIza..., documented as not secret) are also negatives -- a scanner
      cannot tell them from an app secret / YouTube key by shape alone, which is
      exactly why they are here; reviewers may disagree.
    * Provider documentation sample tokens (BotFather's 123456:ABC-DEF...,
      Twitter's OAuth signature example keys, Slack's doc signing secret,
      Viber's doc token) are negatives only when shown as documentation.
"""
import base64
import binascii
import hashlib
import json
import os
import random
import string
import sys
import zlib

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
HEX = "0123456789abcdef"
ALNUM = UPPER + LOWER + DIG
LALNUM = LOWER + DIG
UALNUM = UPPER + DIG
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"
B32L = LOWER + "234567"
B32U = UPPER + "234567"
BASE62 = DIG + UPPER + LOWER

R = None  # the one random.Random(SEED)


def _has_run(s, n=4):
    """True if s contains n ascending/descending consecutive chars or n repeats."""
    for i in range(len(s) - n + 1):
        w = s[i:i + n]
        if len(set(w)) == 1:
            return True
        d = [ord(w[j + 1]) - ord(w[j]) for j in range(n - 1)]
        if all(x == 1 for x in d) or all(x == -1 for x in d):
            return True
    return False


def rs(alpha, n, first=None):
    """Random string without obvious sequences (abcd, 1234, aaaa)."""
    while True:
        s = "".join(R.choice(alpha) for _ in range(n))
        if first and s[0] not in first:
            continue
        if not _has_run(s):
            return s


def digits(n, first="123456789"):
    return R.choice(first) + rs(DIG, n - 1)


def hexs(n):
    return rs(HEX, n)


def guid():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b62(n, width=6):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = BASE62[r] + out
    return out.rjust(width, "0")


def b64u(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def snowflake(lo_year=2016, hi_year=2024):
    # Discord epoch 2015-01-01; ms since unix epoch for the chosen years
    start = 1420070400000
    lo = 1451606400000 + (lo_year - 2016) * 31557600000
    hi = 1451606400000 + (hi_year - 2016 + 1) * 31557600000
    ms = R.randrange(lo, hi)
    return str(((ms - start) << 22) | (R.randrange(32) << 17) | (R.randrange(32) << 12) | R.randrange(4096))


# --------------------------------------------------------------------------
# human-chosen passwords (look like what people actually pick)
_PW_WORDS = ["Marek", "kasia", "Bruno", "Ostrava", "lighthouse", "Falcon", "tigger", "Matylda",
             "sunflower", "Zielona", "harbor", "Odin", "pierogi", "Banshee", "copper", "Luna",
             "Karolina", "delfin", "Mustang", "Velvet", "raven", "Gandalf", "Porto", "maple",
             "Nebraska", "Tatry", "orchid", "Biscuit", "Wombat", "Svenja", "kiwi", "Hamlet",
             "Nimbus", "Rosalind", "pumpkin", "Aurora", "Kraken", "Yosemite", "Bogdan", "mango"]
_PW_TAIL = ["winter", "summer", "home", "Rocks", "forever", "bay", "Lake", "cat", "moon", "sky"]


def human_password():
    w = R.choice(_PW_WORDS)
    y = str(R.choice([R.randrange(1961, 2012), R.randrange(10, 99)]))
    sep = R.choice([".", "_", "!", "-", "@", "", "*", "+"])
    form = R.randrange(7)
    if form == 0:
        return f"{w}{sep}{y}{R.choice(_PW_TAIL)}"
    if form == 1:
        leet = w.replace("o", "0").replace("a", "4").replace("e", "3").replace("i", "1")
        return f"{leet[0].upper()}{leet[1:]}{R.choice('&!?')}{R.randrange(2, 99)}"
    if form == 2:
        return f"{R.choice(_PW_WORDS).lower()}{sep or '-'}{R.choice(_PW_WORDS)}{y}"
    if form == 3:
        return f"{w}{y}{R.choice('!?')}"
    if form == 4:
        return f"{R.choice(_PW_TAIL).capitalize()}{w.lower()}{sep}{R.randrange(100, 999)}"
    if form == 5:
        return f"{w[:3].lower()}{R.randrange(10, 99)}{R.choice(_PW_WORDS)[:4].upper()}{sep}"
    return f"{w}{sep}{w[::-1].lower()[:3]}{y}"


# --------------------------------------------------------------------------
# credential generators: each returns (value, extras); extras are PUBLIC
# surroundings (ids, handles) that may be shown next to the secret.
def g_telegram_bot():
    bot_id = R.choice([digits(10, "5678"), digits(10, "5678"), digits(9, "123456789")])
    return f"{bot_id}:AA{rs(B64URL, 33)}", {"bot_id": bot_id, "chat_id": "-100" + digits(10, "12")}


def g_telegram_api_hash():
    return hexs(32), {"api_id": digits(R.choice([7, 8]), "123456789")}


def g_discord_bot():
    sid = snowflake(2017, 2024)
    p1 = b64u(sid.encode())
    if R.random() < 0.7:
        tok = f"{p1}.G{rs(B64URL, 5)}.{rs(B64URL, 38)}"
    else:
        tok = f"{p1}.{rs(B64URL, 6)}.{rs(B64URL, 27)}"
    return tok, {"app_id": sid, "guild_id": snowflake(2016, 2023)}


def g_discord_client_secret():
    return rs(B64URL, 32), {"app_id": snowflake(2017, 2024)}


def g_discord_webhook():
    wid = snowflake(2019, 2024)
    host = R.choice(["discord.com", "discord.com", "discordapp.com", "canary.discord.com"])
    return f"https://{host}/api/webhooks/{wid}/{rs(B64URL, 68)}", {"webhook_id": wid}


def _slack_team():
    return "T" + rs(UALNUM, R.choice([8, 10]), first="0")


def g_slack_xoxb():
    return f"xoxb-{digits(R.choice([11, 12, 13]))}-{digits(R.choice([12, 13]))}-{rs(ALNUM, 24)}", {"team": _slack_team()}


def g_slack_xoxp():
    return (f"xoxp-{digits(R.choice([11, 12]))}-{digits(R.choice([11, 12]))}-{digits(13)}-{hexs(32)}",
            {"team": _slack_team()})


def g_slack_xapp():
    return f"xapp-1-A{rs(UALNUM, 10)}-{digits(13)}-{hexs(64)}", {"team": _slack_team()}


def g_hex32():
    return hexs(32), {}


def g_slack_webhook():
    return (f"https://hooks.slack.com/services/{_slack_team()}/B{rs(UALNUM, R.choice([8, 10]))}/{rs(ALNUM, 24)}",
            {})


def g_slack_workflow():
    return (f"https://hooks.slack.com/triggers/{_slack_team()}/{digits(13)}/{hexs(32)}", {})


def g_azure_secret():
    if R.random() < 0.8:
        v = f"{rs(ALNUM, 3)}{R.choice('78')}Q~{rs(ALNUM + '_.-~', 34)}"
    else:
        v = rs(ALNUM + "_.-~", 34)
    return v, {"app_id": guid(), "tenant_id": guid()}


def g_teams_webhook():
    org = R.choice(["contoso", "fabrikamltd", "northwindtraders", "acmecorp", "tailspin", "wingtipgroup",
                    "adatum", "litware", "proseware", "woodgrove"])
    url = (f"https://{org}.webhook.office.com/webhookb2/{guid()}@{guid()}/IncomingWebhook/"
           f"{hexs(32)}/{guid()}")
    if R.random() < 0.6:
        url += "/V2" + rs(B64URL, 43)
    return url, {}


def g_logic_webhook():
    region = R.choice(["westus", "eastus", "northeurope", "westeurope", "uksouth", "australiaeast"])
    return (f"https://prod-{R.randrange(10, 99)}.{region}.logic.azure.com:443/workflows/{hexs(32)}"
            f"/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun"
            f"&sv=1.0&sig={rs(B64URL, 43)}", {})


def g_tw_key():
    return rs(ALNUM, 25), {"user": digits(R.choice([10, 18, 19]))}


def g_tw_secret():
    return rs(ALNUM, 50), {}


def g_tw_bearer():
    mid = rs(B64, 30)
    mid = mid.replace("+", "%2B").replace("/", "%2F")
    return "A" * 21 + rs(ALNUM, 5) + "AAAAAAA" + rs(ALNUM, 1) + mid + "%3D" + rs(ALNUM, 50), {}


def g_tw_access():
    uid = digits(R.choice([9, 10, 18, 19]))
    return f"{uid}-{rs(ALNUM, 49 - len(uid))}", {"user": uid}


def g_tw_access_secret():
    return rs(ALNUM, 45), {}


def g_tw_oauth2_secret():
    return rs(B64URL, 50), {}


def g_reddit_secret():
    return rs(B64URL, R.choice([27, 30, 30])), {"client_id": rs(B64URL, R.choice([14, 22]))}


def g_password():
    return human_password(), {}


def g_b64u43():
    return rs(B64URL, 43), {}


def g_bsky_app_pw():
    return "-".join(rs(B32L, 4) for _ in range(4)), {}


def g_fb_token():
    body = rs(ALNUM, R.randrange(160, 215))
    if R.random() < 0.4:
        body += "ZDZD"
    return "EAA" + R.choice("BGJICHOlbw") + body, {"app_id": digits(R.choice([15, 16]))}


def g_fb_app_token():
    app_id = digits(R.choice([15, 16]))
    return f"{app_id}|{hexs(32)}", {"app_id": app_id}


def g_ig_token():
    if R.random() < 0.5:
        return "IGQVJ" + rs(B64URL, R.randrange(160, 200)), {"ig_user": "17841" + digits(12)}
    return "IGAA" + rs(ALNUM, R.randrange(150, 190)), {"ig_user": "17841" + digits(12)}


def g_threads_token():
    return R.choice(["THAA", "THQVJ"]) + rs(ALNUM, R.randrange(150, 200)), {"th_user": digits(17)}


def g_wa_token():
    body = rs(ALNUM, R.randrange(190, 240))
    return "EAA" + R.choice("GJIKNl") + body, {"phone_id": "1" + digits(14), "waba_id": "1" + digits(14)}


def g_li_secret():
    if R.random() < 0.5:
        return rs(ALNUM, 16), {"client_id": rs(LALNUM, 14, first="78")}
    return (f"WPL_AP{R.choice('01')}.{rs(ALNUM, 16)}.{rs(B64, 11)}A==",
            {"client_id": rs(LALNUM, 14, first="78")})


def g_li_token():
    return "AQV" + rs(B64URL, R.randrange(300, 360)), {}


def g_tiktok_secret():
    return rs(ALNUM, 32), {"client_key": "aw" + rs(LALNUM, 14)}


def g_tiktok_token():
    return f"act.{hexs(32)}{rs(ALNUM, 34)}!{digits(4)}.va", {"client_key": "aw" + rs(LALNUM, 14)}


def g_aiza():
    if R.random() < 0.7:
        return "AIzaSy" + rs(B64URL, 33), {}
    return "AIza" + rs(B64URL, 35), {}


def g_gocspx():
    return "GOCSPX-" + rs(B64URL, 28), {"client_id": f"{digits(12)}-{rs(LALNUM, 32)}.apps.googleusercontent.com"}


def g_twitch30():
    return rs(LALNUM, 30), {"client_id": rs(LALNUM, 30)}


def g_twitch_irc():
    return "oauth:" + rs(LALNUM, 30), {}


def g_pina():
    return "pina_" + rs(B32U, R.randrange(88, 100), first="A"), {"app_id": digits(7)}


def g_pinr():
    return "pinr_" + rs(B32U, R.randrange(88, 100), first="A"), {"app_id": digits(7)}


def g_hex40():
    return hexs(40), {}


def g_snap_secret():
    return rs(B64URL, 43), {"client_id": guid()}


def g_snap_capi():
    hdr = b64u(json.dumps({"alg": "HS256", "kid": "Canvas-S2SHMAC-Prod", "typ": "JWT"},
                          separators=(",", ":")).encode())
    nbf = R.randrange(1640995200, 1735689600)
    pay = b64u(json.dumps({"aud": "canvas-canvasapi", "iss": "canvas-s2stoken", "nbf": nbf,
                           "sub": f"{guid()}~PRODUCTION~{guid()}"}, separators=(",", ":")).encode())
    return f"{hdr}.{pay}.{b64u(rbytes(32))}", {"pixel_id": guid()}


def g_line_access():
    return rs(B64, 171) + "=", {"channel_id": digits(10, "12")}


def g_line_secret():
    return hexs(32), {"channel_id": digits(10, "12")}


def g_alnum43():
    return rs(ALNUM, 43), {}


def g_viber():
    return f"{hexs(16)}-{hexs(16)}-{hexs(16)}", {}


def g_matrix_syt():
    user = R.choice(["bot", "notify", "alertbot", "moderator", "herald", "welcomer", "relay", "ops-bot",
                     "helpdesk", "rssbot", "reminder", "pager"])
    base = f"syt_{b64u(user.encode())}_{rs(ALNUM, 20)}"
    crc = zlib.crc32(base.encode()) & 0xFFFFFFFF
    return f"{base}_{b62(crc)}", {"user": user}


def g_matrix_macaroon():
    server = R.choice(["matrix.org", "chat.example-hs.net", "matrix.fosdem.org", "m.kde.org", "hs.ourteam.io"])
    user = R.choice(["bot", "notify", "helpdesk", "relay"])

    def pkt(s):
        return ("%04x" % (len(s) + 5)) + s + "\n"
    body = (pkt(f"location {server}") + pkt("identifier key") + pkt("cid gen = 1")
            + pkt(f"cid user_id = @{user}:{server}") + pkt("cid type = access")
            + pkt(f"cid nonce = {rs(ALNUM + '~;:.=', 16)}"))
    raw = body.encode() + ("%04x" % 47).encode() + b"signature " + rbytes(32) + b"\n"
    return base64.b64encode(raw).decode().rstrip("="), {"user": user, "server": server}


def g_alnum64():
    return rs(ALNUM, 64), {}


def g_zulip():
    return rs(ALNUM, 32), {}


def g_mm_token():
    return rs(LALNUM, 26), {}


def g_mm_webhook():
    host = R.choice(["chat.acme-intra.net", "mattermost.devteam.io", "mm.example.org", "talk.ourco.dev"])
    return f"https://{host}/hooks/{rs(LALNUM, 26)}", {}


def g_rc_token():
    return rs(B64URL, 43), {"user_id": rs(ALNUM, 17)}


def g_gchat_webhook():
    return (f"https://chat.googleapis.com/v1/spaces/AAAA{rs(B64URL, 7)}/messages?key="
            f"AIzaSyDdI0hCZtE6vySjMm-WEfRq3CPzqKqqsHI&token={rs(B64URL, 43)}%3D", {})


def g_bp_pat():
    return "bp_pat_" + rs(ALNUM, 40), {"bot_id": guid()}


def g_line_notify():
    return rs(ALNUM, 43), {}


# --------------------------------------------------------------------------
# kinds registry
class K:
    def __init__(self, provider, kind, gen, names, style, generic=None, weight=1.0, pub=None, tags=()):
        self.provider, self.kind, self.gen, self.names, self.style = provider, kind, gen, names, style
        self.generic = generic or GENERIC_TOKEN
        self.weight = weight
        self.pub = pub or []          # (NAME, extras-key) public companions
        self.tags = set(tags)         # 'url', 'password', 'rasa_slack', ...


GENERIC_TOKEN = ["TOKEN", "BOT_TOKEN", "API_TOKEN", "ACCESS_TOKEN", "AUTH", "AUTH_TOKEN", "API_KEY",
                 "APIKEY", "SECRET", "CHAT_TOKEN", "SERVICE_TOKEN", "CREDENTIAL", "LLM_KEY"]
GENERIC_SECRET = ["CLIENT_SECRET", "APP_SECRET", "SECRET", "SECRET_KEY", "CONSUMER_SECRET", "SIGNING_KEY",
                  "OAUTH_SECRET", "AUTH"]
GENERIC_URL = ["WEBHOOK_URL", "HOOK_URL", "NOTIFY_URL", "ALERT_WEBHOOK", "CHAT_WEBHOOK", "INCOMING_WEBHOOK",
               "NOTIFICATION_ENDPOINT", "REPORT_URL"]
GENERIC_PW = ["PASSWORD", "PASS", "BOT_PASSWORD", "LOGIN_PASSWORD", "PW", "ACCOUNT_PASSWORD"]

TG = "https://api.telegram.org"
KINDS = [
    K("telegram", "bot_token", g_telegram_bot, ["TELEGRAM_BOT_TOKEN", "TELEGRAM_TOKEN", "TG_BOT_TOKEN", "TG_TOKEN"],
      ("url", TG + "/bot{S}/getMe"), weight=2.0, pub=[("TELEGRAM_CHAT_ID", "chat_id")], tags={"rasa_tg"}),
    K("telegram", "api_hash", g_telegram_api_hash, ["TELEGRAM_API_HASH", "TG_API_HASH", "API_HASH"],
      ("mtproto",), generic=GENERIC_SECRET, pub=[("TELEGRAM_API_ID", "api_id")]),
    K("discord", "bot_token", g_discord_bot, ["DISCORD_TOKEN", "DISCORD_BOT_TOKEN", "DISCORD_AUTH_TOKEN"],
      ("header", "Authorization", "Bot ", "https://discord.com/api/v10/users/@me"), weight=2.0,
      pub=[("DISCORD_APPLICATION_ID", "app_id"), ("DISCORD_GUILD_ID", "guild_id")]),
    K("discord", "client_secret", g_discord_client_secret, ["DISCORD_CLIENT_SECRET", "DISCORD_OAUTH_SECRET"],
      ("basic", "https://discord.com/api/v10/oauth2/token"), generic=GENERIC_SECRET,
      pub=[("DISCORD_CLIENT_ID", "app_id")]),
    K("discord", "webhook_url", g_discord_webhook, ["DISCORD_WEBHOOK_URL", "DISCORD_WEBHOOK", "DISCORD_ALERTS_HOOK"],
      ("post",), generic=GENERIC_URL, weight=1.5, tags={"url"}),
    K("slack", "bot_token", g_slack_xoxb, ["SLACK_BOT_TOKEN", "SLACK_TOKEN", "SLACK_API_TOKEN", "HUBOT_SLACK_TOKEN"],
      ("bearer", "https://slack.com/api/chat.postMessage"), weight=2.0, tags={"rasa_slack", "hubot"}),
    K("slack", "user_token", g_slack_xoxp, ["SLACK_USER_TOKEN", "SLACK_OAUTH_TOKEN", "SLACK_LEGACY_TOKEN"],
      ("bearer", "https://slack.com/api/users.list")),
    K("slack", "app_token", g_slack_xapp, ["SLACK_APP_TOKEN", "SLACK_SOCKET_TOKEN", "SLACK_APP_LEVEL_TOKEN"],
      ("bearer", "https://slack.com/api/apps.connections.open")),
    K("slack", "signing_secret", g_hex32, ["SLACK_SIGNING_SECRET", "SLACK_SIGNING_KEY"],
      ("hmac", "X-Slack-Signature"), generic=GENERIC_SECRET, tags={"rasa_slack_secret"}),
    K("slack", "client_secret", g_hex32, ["SLACK_CLIENT_SECRET", "SLACK_OAUTH_CLIENT_SECRET"],
      ("basic", "https://slack.com/api/oauth.v2.access"), generic=GENERIC_SECRET),
    K("slack", "incoming_webhook", g_slack_webhook, ["SLACK_WEBHOOK_URL", "SLACK_WEBHOOK", "SLACK_HOOK"],
      ("post",), generic=GENERIC_URL, weight=1.5, tags={"url"}),
    K("slack", "workflow_webhook", g_slack_workflow, ["SLACK_WORKFLOW_URL", "SLACK_TRIGGER_URL"],
      ("post",), generic=GENERIC_URL, weight=0.6, tags={"url"}),
    K("msteams", "bot_app_password", g_azure_secret, ["MicrosoftAppPassword", "MICROSOFT_APP_PASSWORD",
                                                      "BOT_APP_PASSWORD", "TEAMS_APP_PASSWORD"],
      ("basic", "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token"), generic=GENERIC_SECRET,
      weight=1.5, pub=[("MicrosoftAppId", "app_id")], tags={"botframework"}),
    K("msteams", "incoming_webhook", g_teams_webhook, ["TEAMS_WEBHOOK_URL", "MSTEAMS_WEBHOOK", "TEAMS_HOOK"],
      ("post",), generic=GENERIC_URL, weight=1.2, tags={"url"}),
    K("msteams", "workflow_webhook", g_logic_webhook, ["TEAMS_WORKFLOW_URL", "TEAMS_FLOW_WEBHOOK"],
      ("post",), generic=GENERIC_URL, weight=0.8, tags={"url"}),
    K("twitter", "api_key", g_tw_key, ["TWITTER_API_KEY", "TWITTER_CONSUMER_KEY", "X_API_KEY"],
      ("oauth1",), generic=["CONSUMER_KEY", "API_KEY", "APIKEY", "KEY"]),
    K("twitter", "api_secret", g_tw_secret, ["TWITTER_API_SECRET", "TWITTER_CONSUMER_SECRET", "X_API_SECRET"],
      ("oauth1",), generic=GENERIC_SECRET),
    K("twitter", "bearer_token", g_tw_bearer, ["TWITTER_BEARER_TOKEN", "X_BEARER_TOKEN", "TWITTER_BEARER"],
      ("bearer", "https://api.twitter.com/2/tweets/search/recent?query=from%3Anasa"), weight=1.5),
    K("twitter", "access_token", g_tw_access, ["TWITTER_ACCESS_TOKEN", "X_ACCESS_TOKEN"], ("oauth1",)),
    K("twitter", "access_token_secret", g_tw_access_secret, ["TWITTER_ACCESS_TOKEN_SECRET", "TWITTER_ACCESS_SECRET",
                                                             "X_ACCESS_SECRET"], ("oauth1",), generic=GENERIC_SECRET),
    K("twitter", "oauth2_client_secret", g_tw_oauth2_secret, ["TWITTER_CLIENT_SECRET", "X_CLIENT_SECRET"],
      ("basic", "https://api.twitter.com/2/oauth2/token"), generic=GENERIC_SECRET, weight=0.7),
    K("reddit", "client_secret", g_reddit_secret, ["REDDIT_CLIENT_SECRET", "REDDIT_SECRET", "PRAW_CLIENT_SECRET"],
      ("basic", "https://www.reddit.com/api/v1/access_token"), generic=GENERIC_SECRET, weight=1.3,
      pub=[("REDDIT_CLIENT_ID", "client_id")]),
    K("reddit", "password", g_password, ["REDDIT_PASSWORD", "PRAW_PASSWORD", "REDDIT_BOT_PASSWORD"],
      ("login", "https://www.reddit.com/api/v1/access_token"), generic=GENERIC_PW, tags={"password"}),
    K("mastodon", "access_token", g_b64u43, ["MASTODON_ACCESS_TOKEN", "MASTODON_TOKEN", "FEDI_TOKEN"],
      ("bearer", "https://{INST}/api/v1/statuses"), weight=1.3),
    K("mastodon", "client_secret", g_b64u43, ["MASTODON_CLIENT_SECRET", "FEDI_CLIENT_SECRET"],
      ("basic", "https://{INST}/oauth/token"), generic=GENERIC_SECRET),
    K("bluesky", "app_password", g_bsky_app_pw, ["BLUESKY_APP_PASSWORD", "BSKY_APP_PASSWORD", "BSKY_PASSWORD",
                                                 "ATPROTO_PASSWORD"],
      ("login", "https://bsky.social/xrpc/com.atproto.server.createSession"), generic=GENERIC_PW, weight=1.3),
    K("facebook", "app_secret", g_hex32, ["FACEBOOK_APP_SECRET", "FB_APP_SECRET", "META_APP_SECRET"],
      ("hmac", "X-Hub-Signature-256"), generic=GENERIC_SECRET, weight=1.3, tags={"rasa_fb_secret"}),
    K("facebook", "page_access_token", g_fb_token, ["FB_PAGE_ACCESS_TOKEN", "PAGE_ACCESS_TOKEN",
                                                    "MESSENGER_PAGE_TOKEN", "FACEBOOK_PAGE_TOKEN"],
      ("query", "access_token", "https://graph.facebook.com/v19.0/me/messages"), weight=1.3,
      tags={"rasa_fb"}),
    K("facebook", "user_access_token", g_fb_token, ["FACEBOOK_ACCESS_TOKEN", "FB_USER_TOKEN", "META_ACCESS_TOKEN"],
      ("query", "access_token", "https://graph.facebook.com/v19.0/me/accounts")),
    K("facebook", "app_access_token", g_fb_app_token, ["FB_APP_ACCESS_TOKEN", "FACEBOOK_APP_TOKEN"],
      ("query", "access_token", "https://graph.facebook.com/debug_token"), weight=0.6),
    K("instagram", "graph_token", g_ig_token, ["INSTAGRAM_ACCESS_TOKEN", "IG_ACCESS_TOKEN", "IG_LONG_LIVED_TOKEN"],
      ("query", "access_token", "https://graph.instagram.com/me/media"), weight=1.3,
      pub=[("IG_USER_ID", "ig_user")]),
    K("threads", "access_token", g_threads_token, ["THREADS_ACCESS_TOKEN", "THREADS_TOKEN"],
      ("query", "access_token", "https://graph.threads.net/v1.0/me/threads"), weight=0.7),
    K("whatsapp", "cloud_api_token", g_wa_token, ["WHATSAPP_TOKEN", "WHATSAPP_ACCESS_TOKEN", "WA_CLOUD_TOKEN",
                                                  "WABA_TOKEN"],
      ("bearer", "https://graph.facebook.com/v19.0/{PHONE}/messages"), weight=1.5,
      pub=[("WHATSAPP_PHONE_NUMBER_ID", "phone_id"), ("WHATSAPP_BUSINESS_ACCOUNT_ID", "waba_id")]),
    K("linkedin", "client_secret", g_li_secret, ["LINKEDIN_CLIENT_SECRET", "LI_CLIENT_SECRET"],
      ("basic", "https://www.linkedin.com/oauth/v2/accessToken"), generic=GENERIC_SECRET,
      pub=[("LINKEDIN_CLIENT_ID", "client_id")]),
    K("linkedin", "access_token", g_li_token, ["LINKEDIN_ACCESS_TOKEN", "LI_ACCESS_TOKEN"],
      ("bearer", "https://api.linkedin.com/v2/ugcPosts"), weight=0.8),
    K("tiktok", "client_secret", g_tiktok_secret, ["TIKTOK_CLIENT_SECRET", "TT_CLIENT_SECRET"],
      ("basic", "https://open.tiktokapis.com/v2/oauth/token/"), generic=GENERIC_SECRET,
      pub=[("TIKTOK_CLIENT_KEY", "client_key")]),
    K("tiktok", "access_token", g_tiktok_token, ["TIKTOK_ACCESS_TOKEN", "TT_ACCESS_TOKEN"],
      ("bearer", "https://open.tiktokapis.com/v2/user/info/"), weight=0.8),
    K("youtube", "api_key", g_aiza, ["YOUTUBE_API_KEY", "YT_API_KEY", "GOOGLE_API_KEY", "YOUTUBE_DATA_KEY"],
      ("query", "key", "https://www.googleapis.com/youtube/v3/search"), generic=["API_KEY", "KEY", "APIKEY", "AUTH"],
      weight=1.5),
    K("youtube", "oauth_client_secret", g_gocspx, ["YOUTUBE_CLIENT_SECRET", "GOOGLE_CLIENT_SECRET", "YT_CLIENT_SECRET"],
      ("basic", "https://oauth2.googleapis.com/token"), generic=GENERIC_SECRET,
      pub=[("GOOGLE_CLIENT_ID", "client_id")]),
    K("twitch", "client_secret", g_twitch30, ["TWITCH_CLIENT_SECRET", "TWITCH_SECRET"],
      ("basic", "https://id.twitch.tv/oauth2/token"), generic=GENERIC_SECRET, weight=1.2,
      pub=[("TWITCH_CLIENT_ID", "client_id")]),
    K("twitch", "oauth_token", g_twitch_irc, ["TWITCH_OAUTH_TOKEN", "TWITCH_CHAT_TOKEN", "TWITCH_IRC_PASS", "TMI_TOKEN"],
      ("irc_pass", "irc.chat.twitch.tv"), weight=1.2),
    K("twitch", "access_token", g_twitch30, ["TWITCH_ACCESS_TOKEN", "TWITCH_USER_TOKEN"],
      ("bearer", "https://api.twitch.tv/helix/streams"), pub=[("TWITCH_CLIENT_ID", "client_id")]),
    K("pinterest", "access_token", g_pina, ["PINTEREST_ACCESS_TOKEN", "PINTEREST_TOKEN"],
      ("bearer", "https://api.pinterest.com/v5/pins")),
    K("pinterest", "refresh_token", g_pinr, ["PINTEREST_REFRESH_TOKEN"],
      ("refresh", "https://api.pinterest.com/v5/oauth/token"), weight=0.5),
    K("pinterest", "app_secret", g_hex40, ["PINTEREST_APP_SECRET", "PINTEREST_CLIENT_SECRET"],
      ("basic", "https://api.pinterest.com/v5/oauth/token"), generic=GENERIC_SECRET, weight=0.6,
      pub=[("PINTEREST_APP_ID", "app_id")]),
    K("snapchat", "client_secret", g_snap_secret, ["SNAPCHAT_CLIENT_SECRET", "SNAP_CLIENT_SECRET"],
      ("basic", "https://accounts.snapchat.com/login/oauth2/access_token"), generic=GENERIC_SECRET,
      weight=0.7, pub=[("SNAP_CLIENT_ID", "client_id")]),
    K("snapchat", "capi_token", g_snap_capi, ["SNAP_CAPI_TOKEN", "SNAPCHAT_CONVERSIONS_TOKEN"],
      ("bearer", "https://tr.snapchat.com/v2/conversion"), weight=0.6, pub=[("SNAP_PIXEL_ID", "pixel_id")]),
    K("line", "channel_access_token", g_line_access, ["LINE_CHANNEL_ACCESS_TOKEN", "LINE_ACCESS_TOKEN",
                                                      "CHANNEL_ACCESS_TOKEN"],
      ("bearer", "https://api.line.me/v2/bot/message/push"), weight=1.3, pub=[("LINE_CHANNEL_ID", "channel_id")],
      tags={"rasa_line"}),
    K("line", "channel_secret", g_line_secret, ["LINE_CHANNEL_SECRET", "CHANNEL_SECRET"],
      ("hmac", "X-Line-Signature"), generic=GENERIC_SECRET, weight=1.2, pub=[("LINE_CHANNEL_ID", "channel_id")]),
    K("line", "notify_token", g_line_notify, ["LINE_NOTIFY_TOKEN", "LINE_NOTIFY"],
      ("bearer", "https://notify-api.line.me/api/notify"), weight=0.6),
    K("viber", "auth_token", g_viber, ["VIBER_AUTH_TOKEN", "VIBER_TOKEN", "VIBER_BOT_TOKEN"],
      ("header", "X-Viber-Auth-Token", "", "https://chatapi.viber.com/pa/send_message"), weight=1.2),
    K("matrix", "access_token", g_matrix_syt, ["MATRIX_ACCESS_TOKEN", "MATRIX_TOKEN", "MX_ACCESS_TOKEN"],
      ("bearer", "https://{HS}/_matrix/client/v3/account/whoami"), weight=1.5),
    K("matrix", "macaroon_token", g_matrix_macaroon, ["MATRIX_ACCESS_TOKEN", "MATRIX_TOKEN"],
      ("bearer", "https://{HS}/_matrix/client/r0/sync"), weight=0.5),
    K("matrix", "appservice_token", g_alnum64, ["AS_TOKEN", "HS_TOKEN", "MATRIX_AS_TOKEN"],
      ("bearer", "https://{HS}/_matrix/client/v3/register"), weight=0.6, tags={"appservice"}),
    K("matrix", "password", g_password, ["MATRIX_PASSWORD", "MATRIX_BOT_PASSWORD"],
      ("login", "https://{HS}/_matrix/client/v3/login"), generic=GENERIC_PW, tags={"password"}),
    K("irc", "nickserv_password", g_password, ["NICKSERV_PASSWORD", "IRC_NICKSERV_PASS", "IRC_PASSWORD", "SASL_PASSWORD"],
      ("irc_ns", "irc.libera.chat"), generic=GENERIC_PW, weight=1.3, tags={"password"}),
    K("zulip", "bot_api_key", g_zulip, ["ZULIP_API_KEY", "ZULIP_BOT_KEY"],
      ("basic_user", "https://{ZULIP}/api/v1/messages"), generic=GENERIC_TOKEN, weight=0.8),
    K("mattermost", "bot_token", g_mm_token, ["MATTERMOST_TOKEN", "MM_BOT_TOKEN", "MATTERMOST_ACCESS_TOKEN"],
      ("bearer", "https://{MM}/api/v4/posts"), weight=0.8),
    K("mattermost", "incoming_webhook", g_mm_webhook, ["MATTERMOST_WEBHOOK_URL", "MM_WEBHOOK"],
      ("post",), generic=GENERIC_URL, weight=0.7, tags={"url"}),
    K("rocketchat", "personal_access_token", g_rc_token, ["ROCKETCHAT_TOKEN", "RC_AUTH_TOKEN", "ROCKETCHAT_AUTH_TOKEN"],
      ("header", "X-Auth-Token", "", "https://{RC}/api/v1/chat.postMessage"), weight=0.6,
      pub=[("ROCKETCHAT_USER_ID", "user_id")]),
    K("googlechat", "incoming_webhook", g_gchat_webhook, ["GOOGLE_CHAT_WEBHOOK", "GCHAT_WEBHOOK_URL"],
      ("post",), generic=GENERIC_URL, weight=0.8, tags={"url"}),
    K("botpress", "personal_access_token", g_bp_pat, ["BOTPRESS_TOKEN", "BP_TOKEN", "BOTPRESS_PAT"],
      ("bearer", "https://api.botpress.cloud/v1/chat/conversations"), weight=0.6, pub=[("BOTPRESS_BOT_ID", "bot_id")]),
    K("rasa", "tracker_store_password", g_password, ["DB_PASSWORD", "TRACKER_STORE_PASSWORD", "REDIS_PASSWORD"],
      ("login", "http://rasa-x:5002/api/auth"), generic=GENERIC_PW, weight=0.4, tags={"password", "rasa_only"}),
]


# --------------------------------------------------------------------------
# naming / quoting helpers
def n_upper(n):
    return n if any(ch.islower() for ch in n) else n


def n_lower(n):
    return n if any(ch.islower() for ch in n) else n.lower()


def n_camel(n):
    if any(ch.islower() for ch in n):
        return n[0].lower() + n[1:]
    parts = n.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def n_pascal(n):
    c = n_camel(n)
    return c[0].upper() + c[1:]


BOTNAMES = ["modbot", "welcome-bot", "standup-bot", "deploy-notifier", "rss-relay", "karma-bot", "ticket-bot",
            "quiz-bot", "meme-poster", "uptime-alerts", "raid-helper", "music-queue", "crosspost", "mod-queue",
            "support-desk", "news-digest", "pricewatch", "cal-reminder", "status-bridge", "helpdesk-bot",
            "poll-bot", "clipper", "giveaway-bot", "translate-bot", "lfg-bot", "shift-planner", "ci-announcer",
            "social-scheduler", "bridge", "autoposter", "stream-alerts", "weather-bot", "faq-bot", "order-bot"]
INSTANCES = ["mastodon.social", "fosstodon.org", "hachyderm.io", "mas.to", "infosec.exchange", "mstdn.jp",
             "social.vivaldi.net", "mastodon.online", "techhub.social", "botsin.space"]
HOMESERVERS = ["matrix.org", "matrix.example-hs.net", "chat.mozilla.org", "matrix.fosdem.org", "hs.ourteam.io",
               "synapse.internal.lan", "matrix.kde.org"]
MMHOSTS = ["chat.acme-intra.net", "mattermost.devteam.io", "mm.example.org", "talk.ourco.dev"]
RCHOSTS = ["chat.company-rc.com", "rocket.devops.local", "open.rocket.chat", "rc.teamspace.io"]
ZHOSTS = ["ourteam.zulipchat.com", "chat.zulip.org", "zulip.lab.internal", "devs.zulipchat.com"]
HANDLES = ["newsdigest", "uptime_watch", "gamenight_eu", "cafe_kolektiv", "retro_pixel", "dailyrustacean",
           "brnoevents", "citybikes_bot", "bookclub_pl", "wx_alerts", "leafletdaily", "opensource_jobs"]


def hosts():
    return {"INST": R.choice(INSTANCES), "HS": R.choice(HOMESERVERS), "MM": R.choice(MMHOSTS),
            "RC": R.choice(RCHOSTS), "ZULIP": R.choice(ZHOSTS)}


class Ctx:
    """Everything a template needs.  value=None means the slot holds a reference."""

    def __init__(self, k, label, name, value, ref, extras, positional=False, note=None):
        self.k, self.label, self.name, self.value, self.ref = k, label, name, value, ref
        self.extras, self.positional, self.note = extras, positional, note
        self.h = hosts()
        self.bot = R.choice(BOTNAMES)
        self.handle = R.choice(HANDLES)
        self.extra_pubs = []

    def url(self, u):
        for key, v in self.h.items():
            u = u.replace("{" + key + "}", v)
        return u.replace("{PHONE}", self.extras.get("phone_id", "1" + digits(14)))

    @property
    def prov(self):
        return self.k.provider

    def pubs(self):
        """Public companions (NAME, value) that can sit next to the slot."""
        out = list(self.extra_pubs)
        for nm, key in self.k.pub:
            if key in self.extras and nm != self.name and all(nm != o[0] for o in out):
                out.append((nm, self.extras[key]))
        return out


MARK = "\x00SLOT\x00"


def q_py(v):
    return json.dumps(v) if R.random() < 0.6 else "'" + v.replace("\\", "\\\\").replace("'", "\\'") + "'"


def q_dq(v):
    return json.dumps(v)


def q_sq(v):
    return "'" + v.replace("\\", "\\\\").replace("'", "\\'") + "'"


def ref_expr(lang, ref):
    r = ref
    if lang == "py":
        return R.choice([f'os.environ["{r}"]', f'os.getenv("{r}")', f'os.environ.get("{r}", "")'])
    if lang in ("js", "ts"):
        return R.choice([f"process.env.{r}", f"process.env.{r}!" if lang == "ts" else f"process.env.{r}",
                         f"process.env['{r}']"])
    if lang == "go":
        return f'os.Getenv("{r}")'
    if lang == "rs":
        return f'env::var("{r}").expect("{r} must be set")'
    if lang == "rb":
        return R.choice([f'ENV["{r}"]', f'ENV.fetch("{r}")'])
    if lang == "php":
        return R.choice([f"getenv('{r}')", f"$_ENV['{r}']", f"$_SERVER['{r}'] ?? ''"])
    if lang == "sh":
        return R.choice([f'"${r}"', f'"${{{r}:?not set}}"'])
    raise ValueError(lang)


def rhs(c, lang):
    """Right-hand side for the slot: quoted literal or env reference, marked."""
    if c.value is not None:
        if lang == "py":
            return MARK + q_py(c.value)
        if lang in ("js", "ts"):
            return MARK + (q_sq(c.value) if R.random() < 0.6 else q_dq(c.value))
        if lang == "php":
            return MARK + q_sq(c.value)
        if lang == "rb":
            return MARK + (q_dq(c.value) if R.random() < 0.5 else q_sq(c.value))
        if lang == "sh":
            return MARK + q_dq(c.value) if R.random() < 0.6 else MARK + q_sq(c.value)
        return MARK + q_dq(c.value)
    return MARK + ref_expr(lang, c.ref)


# --------------------------------------------------------------------------
# Python
def py_generic_call(c, var):
    st = c.k.style
    s0 = st[0]
    pubs = c.pubs()
    idexpr = f'os.environ["{c.k.pub[0][0]}"]' if c.k.pub else 'os.environ["CLIENT_ID"]'
    own = [pv for pv in pubs if any(pv[0] == nm for nm, _ in c.k.pub)]
    if own and s0 == "basic":
        idexpr = q_dq(own[0][1])
    if s0 == "basic_user":
        idexpr = 'os.environ["ZULIP_EMAIL"]'
    if s0 == "url":
        u = c.url(st[1]).replace("{S}", "{" + var + "}")
        return [f'    r = requests.get(f"{u}", timeout=10)', "    r.raise_for_status()", '    return r.json()["result"]']
    if s0 in ("bearer", "header"):
        hn, pre, u = ("Authorization", "Bearer ", st[1]) if s0 == "bearer" else (st[1], st[2], st[3])
        return ["    headers = {", f'        "{hn}": f"{pre}{{{var}}}",', '        "Content-Type": "application/json",',
                "    }", f'    r = requests.post("{c.url(u)}", headers=headers, json=payload, timeout=10)',
                "    r.raise_for_status()", "    return r.json()"]
    if s0 == "basic_user":
        return [f'    r = requests.post("{c.url(st[1])}",', f"                      auth=({idexpr}, {var}),",
                '                      data={"type": "stream", "to": "general", "topic": "deploys",',
                '                            "content": payload["text"]}, timeout=10)', "    r.raise_for_status()",
                '    return r.json()["id"]']
    if s0 in ("basic", "basic_user"):
        return [f'    r = requests.post("{c.url(st[1])}",',
                f"                      auth=({idexpr}, {var}),",
                '                      data={"grant_type": "client_credentials"}, timeout=10)',
                "    r.raise_for_status()", '    return r.json()["access_token"]']
    if s0 == "post":
        return [f"    r = requests.post({var}, json=payload, timeout=10)",
                "    if r.status_code >= 300:", '        log.warning("webhook returned %s: %s", r.status_code, r.text)',
                "    return r.ok"]
    if s0 == "query":
        return [f'    params = {{"{st[1]}": {var}, "fields": "id,name"}}',
                f'    r = requests.get("{c.url(st[2])}", params=params, timeout=10)',
                "    r.raise_for_status()", "    return r.json()"]
    if s0 == "hmac":
        return [f"    mac = hmac.new({var}.encode(), body, hashlib.sha256).hexdigest()",
                f'    expected = request.headers.get("{st[1]}", "")',
                '    return hmac.compare_digest(expected.split("=")[-1], mac)']
    if s0 == "login":
        return [f'    r = requests.post("{c.url(st[1])}",',
                f'                      json={{"identifier": os.environ.get("BOT_USER", "{c.handle}"), "password": {var}}},',
                "                      timeout=10)", "    r.raise_for_status()", "    return r.json()"]
    if s0 == "refresh":
        return [f'    r = requests.post("{c.url(st[1])}", data={{',
                f'        "grant_type": "refresh_token", "refresh_token": {var}}},',
                '        auth=(os.environ["APP_ID"], os.environ["APP_SECRET"]), timeout=10)', "    return r.json()"]
    if s0 == "oauth1":
        return ["    oauth = OAuth1Session(", *[f"        {a}={b}," for a, b in _oauth1_args(c, var)],
                "    )", '    r = oauth.post("https://api.twitter.com/2/tweets", json=payload)', "    return r.json()"]
    if s0 == "mtproto":
        return [f'    client = TelegramClient("{c.bot}", int(os.environ["TG_API_ID"]), {var})',
                "    async with client:", "        await client.send_message(target, payload['text'])"]
    if s0 in ("irc_pass", "irc_ns"):
        host = st[1]
        lines = [f'    sock = socket.create_connection(("{host}", 6667))']
        if s0 == "irc_pass":
            lines += [f'    sock.send(f"PASS {{{var}}}\\r\\n".encode())']
        lines += [f'    sock.send(b"NICK {c.bot.replace("-", "_")}\\r\\n")',
                  f'    sock.send(b"USER {c.bot.replace("-", "_")} 0 * :{c.bot}\\r\\n")']
        if s0 == "irc_ns":
            lines += [f'    sock.send(f"PRIVMSG NickServ :IDENTIFY {{{var}}}\\r\\n".encode())']
        return lines + ["    return sock"]
    raise ValueError(st)


def _oauth1_args(c, var):
    roles = {"api_key": "client_key", "api_secret": "client_secret", "access_token": "resource_owner_key",
             "access_token_secret": "resource_owner_secret"}
    envs = {"client_key": "TWITTER_API_KEY", "client_secret": "TWITTER_API_SECRET",
            "resource_owner_key": "TWITTER_ACCESS_TOKEN", "resource_owner_secret": "TWITTER_ACCESS_SECRET"}
    out = []
    for arg in ["client_key", "client_secret", "resource_owner_key", "resource_owner_secret"]:
        out.append((arg, var if roles[c.k.kind] == arg else f'os.environ["{envs[arg]}"]'))
    return out


def py_lib_block(c, var):
    """Library-specific bootstrap, or None."""
    p, kd = c.k.provider, c.k.kind
    if p == "telegram" and kd == "bot_token":
        return (["from telegram import Update", "from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes"],
                ["async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:",
                 '    await update.message.reply_text("Hi! Send /help to see what I can do.")', "",
                 "async def ping(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:",
                 '    await update.message.reply_text("pong")', "",
                 "def main() -> None:", f"    app = ApplicationBuilder().token({var}).build()",
                 '    app.add_handler(CommandHandler("start", start))', '    app.add_handler(CommandHandler("ping", ping))',
                 "    app.run_polling(allowed_updates=Update.ALL_TYPES)"])
    if p == "discord" and kd == "bot_token":
        gid = c.extras.get("guild_id", snowflake())
        return (["import discord", "from discord.ext import commands"],
                ["intents = discord.Intents.default()", "intents.message_content = True",
                 'bot = commands.Bot(command_prefix="!", intents=intents)',
                 f"GUILD = discord.Object(id={gid})", "",
                 "@bot.event", "async def on_ready():", '    log.info("logged in as %s (%s)", bot.user, bot.user.id)',
                 "    await bot.tree.sync(guild=GUILD)", "",
                 '@bot.command()', "async def ping(ctx):", '    await ctx.send(f"pong {round(bot.latency * 1000)}ms")', "",
                 "def main() -> None:", f"    bot.run({var}, log_handler=None)"])
    if p == "slack" and kd in ("bot_token", "app_token", "signing_secret"):
        tok = var if kd == "bot_token" else 'os.environ["SLACK_BOT_TOKEN"]'
        sig = var if kd == "signing_secret" else 'os.environ.get("SLACK_SIGNING_SECRET")'
        app_t = var if kd == "app_token" else 'os.environ["SLACK_APP_TOKEN"]'
        return (["from slack_bolt import App", "from slack_bolt.adapter.socket_mode import SocketModeHandler"],
                [f"app = App(token={tok}, signing_secret={sig})", "",
                 '@app.message("hello")', "def say_hello(message, say):", '    say(f"Hey there <@{message[\'user\']}>!")',
                 "", '@app.command("/standup")', "def standup(ack, respond, command):", "    ack()",
                 '    respond(f"Standup noted for {command[\'user_name\']}")', "",
                 "def main() -> None:", f"    SocketModeHandler(app, {app_t}).start()"])
    if p == "twitter" and kd in ("api_key", "api_secret", "access_token", "access_token_secret", "bearer_token"):
        if kd == "bearer_token":
            args = [("bearer_token", var)]
        else:
            m = {"client_key": "consumer_key", "client_secret": "consumer_secret",
                 "resource_owner_key": "access_token", "resource_owner_secret": "access_token_secret"}
            args = [(m[a], b) for a, b in _oauth1_args(c, var)]
        return (["import tweepy"],
                ["client = tweepy.Client(", *[f"    {a}={b}," for a, b in args], "    wait_on_rate_limit=True,", ")", "",
                 "def post_digest(items):", '    text = "\\n".join(f"- {i}" for i in items[:5])',
                 "    client.create_tweet(text=text[:280])", "",
                 "def main() -> None:", "    post_digest(collect())"])
    if p == "reddit":
        cid = q_dq(c.extras["client_id"]) if "client_id" in c.extras else 'os.environ["REDDIT_CLIENT_ID"]'
        sec = var if kd == "client_secret" else 'os.environ["REDDIT_CLIENT_SECRET"]'
        pw = var if kd == "password" else 'os.environ["REDDIT_PASSWORD"]'
        return (["import praw"],
                ["reddit = praw.Reddit(", f"    client_id={cid},", f"    client_secret={sec},",
                 f'    username="{c.handle}",', f"    password={pw},",
                 f'    user_agent="{c.bot}/1.4 by u/{c.handle}",', ")", "",
                 "def main() -> None:", '    for sub in reddit.subreddit("selfhosted").stream.submissions(skip_existing=True):',
                 '        if "docker" in sub.title.lower():', '            log.info("match: %s", sub.permalink)'])
    if p == "mastodon" and kd == "access_token":
        return (["from mastodon import Mastodon"],
                [f'masto = Mastodon(access_token={var}, api_base_url="https://{c.h["INST"]}")', "",
                 "def main() -> None:", "    for item in collect():",
                 '        masto.status_post(item, visibility="unlisted")'])
    if p == "bluesky":
        return (["from atproto import Client"],
                ["client = Client()", "", "def main() -> None:", f'    client.login("{c.handle}.bsky.social", {var})',
                 "    for item in collect():", "        client.send_post(text=item)"])
    if p == "line" and kd in ("channel_access_token", "channel_secret"):
        at = var if kd == "channel_access_token" else 'os.environ["LINE_CHANNEL_ACCESS_TOKEN"]'
        se = var if kd == "channel_secret" else 'os.environ["LINE_CHANNEL_SECRET"]'
        return (["from linebot.v3 import WebhookHandler", "from linebot.v3.messaging import Configuration"],
                [f"configuration = Configuration(access_token={at})", f"handler = WebhookHandler({se})", "",
                 "def main() -> None:", '    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", 8000)))'])
    if p == "viber":
        return (["from viberbot import Api", "from viberbot.api.bot_configuration import BotConfiguration"],
                ["viber = Api(BotConfiguration(", f'    name="{c.bot}",',
                 '    avatar="https://example.org/static/avatar.jpg",', f"    auth_token={var},", "))", "",
                 "def main() -> None:", '    viber.set_webhook(os.environ["PUBLIC_URL"] + "/viber")'])
    if p == "matrix" and kd in ("access_token", "macaroon_token"):
        return (["from nio import AsyncClient"],
                [f'client = AsyncClient("https://{c.h["HS"]}", "@{c.extras.get("user", "bot")}:{c.h["HS"]}")',
                 f"client.access_token = {var}", "", "async def main() -> None:",
                 '    await client.room_send(os.environ["ROOM_ID"], "m.room.message",',
                 '                           {"msgtype": "m.notice", "body": "deploy finished"})',
                 "    await client.close()"])
    return None


def tpl_py(c, fname):
    use_var = not c.positional
    var = n_upper(c.name) if R.random() < 0.7 else n_lower(c.name)
    lib = py_lib_block(c, var if use_var else rhs(c, "py"))
    L = ['"""%s: %s integration."""' % (c.bot, c.prov.capitalize()), "import logging", "import os"]
    st = c.k.style[0]
    if lib is None:
        if st == "hmac":
            L += ["import hashlib", "import hmac", "", "from flask import Flask, abort, request"]
        elif st == "oauth1":
            L += ["", "from requests_oauthlib import OAuth1Session"]
        elif st == "mtproto":
            L += ["", "from telethon import TelegramClient"]
        elif st in ("irc_pass", "irc_ns"):
            L += ["import socket"]
        else:
            L += ["", "import requests"]
    else:
        extra_imp = []
        if any("collect()" in x for x in lib[1]):
            extra_imp.append("from feeds import collect")
        if any("app.run(" in x for x in lib[1]):
            extra_imp.append("from web import app")
        if any("async def main" in x for x in lib[1]):
            L.insert(1, "import asyncio")
        L += [""] + lib[0] + ([""] + extra_imp if extra_imp else [])
    L += ["", 'log = logging.getLogger("%s")' % c.bot]
    for nm, v in c.pubs()[:2]:
        L.append(f"{n_upper(nm)} = {q_dq(v)}")
    if use_var:
        if c.note:
            L.append("# " + c.note)
        L.append(f"{var} = {rhs(c, 'py')}")
    L.append("")
    if lib is not None:
        L += [""] + lib[1]
    else:
        if st == "hmac":
            L += ["app = Flask(__name__)", "", "", "def verify(body: bytes) -> bool:"]
            L += py_generic_call(c, var if use_var else rhs(c, "py"))
            L += ["", "", '@app.post("/webhook")', "def webhook():", "    if not verify(request.get_data()):",
                  "        abort(401)", '    event = request.get_json(force=True)', '    log.info("event %s", event.get("type"))',
                  '    return {"ok": True}']
        else:
            fn = {"post": "notify", "login": "login", "basic": "fetch_app_token", "mtproto": "forward"}.get(st, "call_api")
            if st in ("irc_pass", "irc_ns"):
                L += ["", "def connect():"]
            elif st == "mtproto":
                L += ["", "async def forward(target, payload):"]
            else:
                L += ["", f"def {fn}(payload=None):"]
            L += py_generic_call(c, var if use_var else rhs(c, "py"))
            L += ["", "", "def main() -> None:", "    logging.basicConfig(level=logging.INFO)"]
            if st == "mtproto":
                L += ["    import asyncio", '    asyncio.run(forward("me", {"text": "hello"}))']
            elif st in ("irc_pass", "irc_ns"):
                L += ["    sock = connect()", "    while True:", "        data = sock.recv(4096).decode(errors='ignore')",
                      "        if data.startswith('PING'):", "            sock.send(data.replace('PING', 'PONG').encode())"]
            else:
                L += [f'    result = {fn}({{"text": "{c.bot} started"}})', '    log.info("result: %s", result)']
    is_async = lib is not None and any("async def main" in x for x in lib[1])
    L += ["", "", 'if __name__ == "__main__":', "    asyncio.run(main())" if is_async else "    main()"]
    return L


# --------------------------------------------------------------------------
# JavaScript / TypeScript
def js_generic_call(c, var, ts=False):
    st = c.k.style
    s0 = st[0]
    idexpr = f"process.env.{c.k.pub[0][0]}" if c.k.pub else "process.env.CLIENT_ID"
    own = [pv for pv in c.pubs() if any(pv[0] == nm for nm, _ in c.k.pub)]
    if own and s0 == "basic":
        idexpr = q_sq(own[0][1])
    if s0 == "basic_user":
        idexpr = "process.env.ZULIP_EMAIL"
    if s0 == "url":
        u = c.url(st[1]).replace("{S}", "${" + var + "}")
        return [f"  const res = await fetch(`{u}`);", "  const data = await res.json();", "  return data.result;"]
    if s0 in ("bearer", "header"):
        hn, pre, u = ("Authorization", "Bearer ", st[1]) if s0 == "bearer" else (st[1], st[2], st[3])
        return [f"  const res = await fetch('{c.url(u)}', {{", "    method: 'POST',", "    headers: {",
                f"      '{hn}': `{pre}${{{var}}}`,", "      'Content-Type': 'application/json',", "    },",
                "    body: JSON.stringify(payload),", "  });",
                "  if (!res.ok) throw new Error(`API error ${res.status}`);", "  return res.json();"]
    if s0 == "basic_user":
        return [f"  const basic = Buffer.from(`${{{idexpr}}}:${{{var}}}`).toString('base64');",
                f"  const res = await fetch('{c.url(st[1])}', {{", "    method: 'POST',",
                "    headers: { Authorization: `Basic ${basic}` },",
                "    body: new URLSearchParams({ type: 'stream', to: 'general', topic: 'deploys', content: String(payload.text) }),",
                "  });", "  return (await res.json()).id;"]
    if s0 in ("basic", "basic_user"):
        return [f"  const basic = Buffer.from(`${{{idexpr}}}:${{{var}}}`).toString('base64');",
                f"  const res = await fetch('{c.url(st[1])}', {{", "    method: 'POST',",
                "    headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/x-www-form-urlencoded' },",
                "    body: new URLSearchParams({ grant_type: 'client_credentials' }),", "  });",
                "  return (await res.json()).access_token;"]
    if s0 == "post":
        return [f"  const res = await fetch({var}, {{", "    method: 'POST',",
                "    headers: { 'Content-Type': 'application/json' },", "    body: JSON.stringify(payload),", "  });",
                "  if (!res.ok) console.warn('webhook failed', res.status, await res.text());", "  return res.ok;"]
    if s0 == "query":
        return [f"  const url = new URL('{c.url(st[2])}');", f"  url.searchParams.set('{st[1]}', {var});",
                "  url.searchParams.set('fields', 'id,name');", "  const res = await fetch(url);", "  return res.json();"]
    if s0 == "hmac":
        return [f"  const mac = crypto.createHmac('sha256', {var}).update(rawBody).digest('hex');",
                f"  const sent = String(req.headers['{st[1].lower()}'] || '').split('=').pop();",
                "  return sent.length === mac.length && crypto.timingSafeEqual(Buffer.from(sent), Buffer.from(mac));"]
    if s0 == "login":
        return [f"  const res = await fetch('{c.url(st[1])}', {{", "    method: 'POST',",
                "    headers: { 'Content-Type': 'application/json' },",
                f"    body: JSON.stringify({{ identifier: '{c.handle}.bsky.social', password: {var} }}),", "  });",
                "  return res.json();"]
    if s0 == "refresh":
        return [f"  const res = await fetch('{c.url(st[1])}', {{", "    method: 'POST',",
                f"    body: new URLSearchParams({{ grant_type: 'refresh_token', refresh_token: {var} }}),", "  });",
                "  return res.json();"]
    if s0 == "oauth1":
        roles = {"api_key": "appKey", "api_secret": "appSecret", "access_token": "accessToken",
                 "access_token_secret": "accessSecret"}
        envs = {"appKey": "TWITTER_API_KEY", "appSecret": "TWITTER_API_SECRET", "accessToken": "TWITTER_ACCESS_TOKEN",
                "accessSecret": "TWITTER_ACCESS_SECRET"}
        lines = ["  const client = new TwitterApi({"]
        for a in ["appKey", "appSecret", "accessToken", "accessSecret"]:
            lines.append(f"    {a}: {var if roles[c.k.kind] == a else 'process.env.' + envs[a]},")
        return lines + ["  });", "  return client.v2.tweet(payload.text);"]
    if s0 in ("irc_pass", "irc_ns", "mtproto"):
        if s0 == "mtproto":
            return [f"  const client = new TelegramClient(new StringSession(''), Number(process.env.TG_API_ID), {var}, {{}});",
                    "  await client.start({ botAuthToken: process.env.TG_BOT_TOKEN });",
                    "  await client.sendMessage('me', { message: payload.text });"]
        nick = c.bot.replace("-", "_")
        out = [f"  const sock = net.connect(6667, '{st[1]}');"]
        if s0 == "irc_pass":
            out.append(f"  sock.write(`PASS ${{{var}}}\\r\\n`);")
        out += [f"  sock.write('NICK {nick}\\r\\nUSER {nick} 0 * :{c.bot}\\r\\n');"]
        if s0 == "irc_ns":
            out.append(f"  sock.write(`PRIVMSG NickServ :IDENTIFY ${{{var}}}\\r\\n`);")
        return out + ["  return sock;"]
    raise ValueError(st)


def js_lib_block(c, var, ts):
    p, kd = c.k.provider, c.k.kind
    if p == "discord" and kd == "bot_token":
        return (["const { Client, GatewayIntentBits, Events } = require('discord.js');"] if not ts else
                ["import { Client, Events, GatewayIntentBits, Message } from 'discord.js';"],
                ["const client = new Client({", "  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages,",
                 "            GatewayIntentBits.MessageContent],", "});", "",
                 "client.once(Events.ClientReady, (c) => {", "  console.log(`Ready! Logged in as ${c.user.tag}`);", "});", "",
                 "client.on(Events.MessageCreate, async (msg%s) => {" % (": Message" if ts else ""),
                 "  if (msg.author.bot) return;", "  if (msg.content === '!ping') await msg.reply('pong');", "});", "",
                 f"client.login({var});"])
    if p == "telegram" and kd == "bot_token":
        return (["const { Telegraf } = require('telegraf');"] if not ts else ["import { Telegraf } from 'telegraf';"],
                [f"const bot = new Telegraf({var});", "",
                 "bot.start((ctx) => ctx.reply('Welcome! Use /subscribe to get alerts.'));",
                 "bot.command('subscribe', async (ctx) => {", "  await subscribers.add(ctx.chat.id);",
                 "  return ctx.reply('Subscribed.');", "});", "bot.on('text', (ctx) => ctx.reply('Unknown command'));", "",
                 "bot.launch();", "process.once('SIGINT', () => bot.stop('SIGINT'));",
                 "process.once('SIGTERM', () => bot.stop('SIGTERM'));"])
    if p == "slack" and kd in ("bot_token", "app_token", "signing_secret"):
        tok = var if kd == "bot_token" else "process.env.SLACK_BOT_TOKEN"
        sig = var if kd == "signing_secret" else "process.env.SLACK_SIGNING_SECRET"
        app_t = var if kd == "app_token" else "process.env.SLACK_APP_TOKEN"
        return (["const { App } = require('@slack/bolt');"] if not ts else ["import { App } from '@slack/bolt';"],
                ["const app = new App({", f"  token: {tok},", f"  signingSecret: {sig},", "  socketMode: true,",
                 f"  appToken: {app_t},", "});", "", "app.message('hello', async ({ message, say }) => {",
                 "  await say(`Hey there <@${(message as any).user}>!`);" if ts else
                 "  await say(`Hey there <@${message.user}>!`);", "});", "",
                 "(async () => {", "  await app.start(Number(process.env.PORT) || 3000);",
                 "  console.log('bolt app is running');", "})();"])
    if p == "twitch" and kd == "oauth_token":
        return (["const tmi = require('tmi.js');"] if not ts else ["import tmi from 'tmi.js';"],
                ["const client = new tmi.Client({", "  options: { debug: false },", "  identity: {",
                 f"    username: '{c.handle}',", f"    password: {var},", "  },", f"  channels: ['{c.handle}'],", "});",
                 "", "client.connect();", "client.on('message', (channel, tags, message, self) => {",
                 "  if (self) return;", "  if (message.toLowerCase() === '!hello') {",
                 "    client.say(channel, `@${tags.username}, heya!`);", "  }", "});"])
    if p == "line" and kd in ("channel_access_token", "channel_secret"):
        at = var if kd == "channel_access_token" else "process.env.LINE_CHANNEL_ACCESS_TOKEN"
        se = var if kd == "channel_secret" else "process.env.LINE_CHANNEL_SECRET"
        return (["const line = require('@line/bot-sdk');", "const express = require('express');"] if not ts else
                ["import * as line from '@line/bot-sdk';", "import express from 'express';"],
                ["const config = {", f"  channelAccessToken: {at},", f"  channelSecret: {se},", "};", "",
                 "const app = express();", "app.post('/callback', line.middleware(config), (req, res) => {",
                 "  Promise.all(req.body.events.map(handleEvent)).then((r) => res.json(r));", "});",
                 "app.listen(process.env.PORT || 3000);"])
    if p == "mastodon" and kd == "access_token":
        return (["const { createRestAPIClient } = require('masto');"] if not ts else
                ["import { createRestAPIClient } from 'masto';"],
                ["const masto = createRestAPIClient({", f"  url: 'https://{c.h['INST']}',", f"  accessToken: {var},",
                 "});", "", "export async function post(text%s) {" % (": string" if ts else ""),
                 "  return masto.v1.statuses.create({ status: text, visibility: 'unlisted' });", "}"])
    if p == "bluesky":
        return (["const { AtpAgent } = require('@atproto/api');"] if not ts else ["import { AtpAgent } from '@atproto/api';"],
                ["const agent = new AtpAgent({ service: 'https://bsky.social' });", "",
                 "async function main() {", f"  await agent.login({{ identifier: '{c.handle}.bsky.social', password: {var} }});",
                 "  for (const text of await collect()) {", "    await agent.post({ text });", "  }", "}", "",
                 "main().catch((e) => { console.error(e); process.exit(1); });"])
    return None


def tpl_js(c, fname, ts=False):
    lang = "ts" if ts else "js"
    var = n_upper(c.name) if R.random() < 0.6 else n_camel(c.name)
    inner = rhs(c, lang) if c.positional else var
    lib = js_lib_block(c, inner, ts)
    L = ["// %s - %s integration" % (c.bot, c.prov)]
    st = c.k.style[0]
    if lib is None:
        if ts:
            L.append("import crypto from 'node:crypto';" if st == "hmac" else
                     "import net from 'node:net';" if st.startswith("irc") else
                     "import { TwitterApi } from 'twitter-api-v2';" if st == "oauth1" else
                     "import { TelegramClient } from 'telegram';" if st == "mtproto" else "import 'dotenv/config';")
        else:
            L.append("const crypto = require('crypto');" if st == "hmac" else
                     "const net = require('net');" if st.startswith("irc") else
                     "const { TwitterApi } = require('twitter-api-v2');" if st == "oauth1" else
                     "const { TelegramClient } = require('telegram');" if st == "mtproto" else "require('dotenv').config();")
        if st == "mtproto":
            L.append("const { StringSession } = require('telegram/sessions');" if not ts else
                     "import { StringSession } from 'telegram/sessions';")
    else:
        L += lib[0]
    L.append("")
    for nm, v in c.pubs()[:2]:
        L.append(f"const {n_upper(nm)} = '{v}';")
    if not c.positional:
        if c.note:
            L.append("// " + c.note)
        L.append(f"const {var}{': string' if ts and c.value is not None else ''} = {rhs(c, lang)};")
    L.append("")
    if lib is not None:
        L += lib[1]
    else:
        if st == "hmac":
            sig = "function verify(req%s, rawBody%s)%s {" % ((": any", ": Buffer", ": boolean") if ts else ("", "", ""))
            L += [sig] + js_generic_call(c, inner, ts) + ["}", "", "module.exports = { verify };" if not ts else
                                                            "export default verify;"]
        else:
            fn = {"post": "notify", "login": "login", "basic": "getAppToken"}.get(st, "callApi")
            L += [f"async function {fn}(payload{': Record<string, unknown>' if ts else ''}) {{"]
            L += js_generic_call(c, inner, ts) + ["}", ""]
            L += [f"{fn}({{ text: '{c.bot} deployed' }})", "  .then((r) => console.log('ok', r))",
                  "  .catch((err) => { console.error(err); process.exitCode = 1; });"]
    return L


# --------------------------------------------------------------------------
# Go / Rust / Ruby / PHP (HTTP-style usages only)
HTTP_STYLES = {"url", "bearer", "header", "basic", "basic_user", "post", "query", "login", "refresh", "hmac"}


def _hdr(c):
    st = c.k.style
    if st[0] == "bearer":
        return "Authorization", "Bearer ", c.url(st[1])
    return st[1], st[2], c.url(st[3])


def tpl_go(c, fname):
    var = n_camel(c.name) if R.random() < 0.6 else n_pascal(c.name)
    inner = rhs(c, "go") if c.positional else var
    st = c.k.style
    s0 = st[0]
    imps = ["bytes", "encoding/json", "log", "net/http", "os", "time"]
    if s0 == "hmac":
        imps = ["crypto/hmac", "crypto/sha256", "encoding/hex", "io", "log", "net/http", "os", "strings"]
    if s0 in ("url", "query"):
        imps = ["encoding/json", "fmt", "log", "net/http", "net/url", "os", "time"]
    L = ["package main", "", "import ("] + [f'\t"{i}"' for i in sorted(set(imps))] + [")", ""]
    pubs = c.pubs()[:2]
    if pubs:
        L += ["const ("] + [f'\t{n_camel(nm)} = "{v}"' for nm, v in pubs] + [")", ""]
    if not c.positional:
        if c.note:
            L.append("// " + c.note)
        L += [f"var {var} = {rhs(c, 'go')}", ""]
    if s0 == "hmac":
        L += ["func verify(r *http.Request, body []byte) bool {", f"\tmac := hmac.New(sha256.New, []byte({inner}))",
              "\tmac.Write(body)", "\twant := hex.EncodeToString(mac.Sum(nil))",
              f'\tgot := r.Header.Get("{st[1]}")', '\tif i := strings.Index(got, "="); i >= 0 {', "\t\tgot = got[i+1:]",
              "\t}", "\treturn hmac.Equal([]byte(got), []byte(want))", "}", "",
              "func main() {", '\thttp.HandleFunc("/webhook", func(w http.ResponseWriter, r *http.Request) {',
              "\t\tbody, _ := io.ReadAll(r.Body)", "\t\tif !verify(r, body) {",
              '\t\t\thttp.Error(w, "bad signature", http.StatusUnauthorized)', "\t\t\treturn", "\t\t}",
              '\t\tlog.Printf("event: %d bytes", len(body))', "\t})",
              '\tlog.Fatal(http.ListenAndServe(":"+os.Getenv("PORT"), nil))', "}"]
        return L
    L += ["func send(payload map[string]any) error {", "\tclient := &http.Client{Timeout: 10 * time.Second}"]
    if s0 in ("url", "query"):
        if s0 == "url":
            u = c.url(st[1])
            pre, post = u.split("{S}")
            L += [f'\tendpoint := fmt.Sprintf("{pre}%s{post}", {inner})']
        else:
            L += [f'\tq := url.Values{{"{st[1]}": {{{inner}}}, "part": {{"snippet"}}}}',
                  f'\tendpoint := "{c.url(st[2])}?" + q.Encode()']
        L += ["\tresp, err := client.Get(endpoint)", "\tif err != nil {", "\t\treturn err", "\t}", "\tdefer resp.Body.Close()",
              "\tvar out map[string]any", "\treturn json.NewDecoder(resp.Body).Decode(&out)", "}"]
    else:
        if s0 == "login":
            L += [f'\tbuf, _ := json.Marshal(map[string]string{{"identifier": "{c.handle}", "password": {inner}, "type": "m.login.password"}})']
        elif s0 == "refresh":
            L += [f'\tbuf, _ := json.Marshal(map[string]string{{"grant_type": "refresh_token", "refresh_token": {inner}}})']
        else:
            L += ["\tbuf, _ := json.Marshal(payload)"]
        if s0 in ("login", "refresh"):
            L += [f'\treq, err := http.NewRequest(http.MethodPost, "{c.url(st[1])}", bytes.NewReader(buf))',
                  "\tif err != nil {", "\t\treturn err", "\t}"]
        elif s0 == "post":
            L += [f'\treq, err := http.NewRequest(http.MethodPost, {inner}, bytes.NewReader(buf))']
        elif s0 in ("bearer", "header"):
            hn, pre, u = _hdr(c)
            L += [f'\treq, err := http.NewRequest(http.MethodPost, "{u}", bytes.NewReader(buf))',
                  "\tif err != nil {", "\t\treturn err", "\t}"]
            L += [f'\treq.Header.Set("{hn}", "{pre}"+{inner})' if pre else f'\treq.Header.Set("{hn}", {inner})']
        elif s0 in ("basic", "basic_user"):
            L += [f'\treq, err := http.NewRequest(http.MethodPost, "{c.url(st[1])}", bytes.NewReader(buf))']
            uid = f'os.Getenv("{c.k.pub[0][0]}")' if c.k.pub else 'os.Getenv("ZULIP_EMAIL")'
            L += ["\tif err != nil {", "\t\treturn err", "\t}", f"\treq.SetBasicAuth({uid}, {inner})"]
        if s0 == "post":
            L += ["\tif err != nil {", "\t\treturn err", "\t}"]
        L += ['\treq.Header.Set("Content-Type", "application/json")',
              "\tresp, err := client.Do(req)", "\tif err != nil {", "\t\treturn err", "\t}", "\tdefer resp.Body.Close()",
              "\tif resp.StatusCode >= 300 {", '\t\tlog.Printf("%s returned %s", "' + c.prov + '", resp.Status)', "\t}",
              "\treturn nil", "}"]
    L += ["", "func main() {", f'\tif err := send(map[string]any{{"text": "{c.bot} online"}}); err != nil {{',
          "\t\tlog.Fatal(err)", "\t}", "}"]
    return L


def tpl_rs(c, fname):
    var = n_upper(c.name).upper()
    inner = rhs(c, "rs") if c.positional else var
    st = c.k.style
    s0 = st[0]
    L = ["use std::env;", "use std::time::Duration;", "", "use reqwest::Client;", "use serde_json::json;", ""]
    for nm, v in c.pubs()[:2]:
        L.append(f'const {n_upper(nm).upper()}: &str = "{v}";')
    if not c.positional:
        if c.value is not None:
            if c.note:
                L.append("// " + c.note)
            L.append(f"const {var}: &str = {rhs(c, 'rs')};")
        else:
            L.append(f"fn {var.lower()}() -> String {{")
            L.append(f"    {rhs(c, 'rs')}")
            L.append("}")
            inner = f"&{var.lower()}()"
    L += ["", "#[tokio::main]", "async fn main() -> Result<(), Box<dyn std::error::Error>> {",
          "    let _ = env::var(\"RUST_LOG\");",
          "    let client = Client::builder().timeout(Duration::from_secs(10)).build()?;",
          f'    let body = json!({{"text": "{c.bot} started", "username": "{c.bot}"}});']
    if s0 == "url":
        pre, post = c.url(st[1]).split("{S}")
        L += [f'    let url = format!("{pre}{{}}{post}", {inner});', "    let resp = client.get(url).send().await?;"]
    elif s0 == "query":
        L += [f'    let resp = client.get("{c.url(st[2])}")', f'        .query(&[("{st[1]}", {inner}), ("part", "snippet")])',
              "        .send().await?;"]
    elif s0 == "post":
        L += [f"    let resp = client.post({inner}).json(&body).send().await?;"]
    elif s0 in ("bearer", "header"):
        hn, pre, u = _hdr(c)
        if hn == "Authorization" and pre == "Bearer ":
            L += [f'    let resp = client.post("{u}")', f"        .bearer_auth({inner})", "        .json(&body).send().await?;"]
        else:
            val = f'format!("{pre}{{}}", {inner})' if pre else inner
            L += [f'    let resp = client.post("{u}")', f'        .header("{hn}", {val})', "        .json(&body).send().await?;"]
    elif s0 == "hmac":
        L += ["    use hmac::{Hmac, Mac};", "    use sha2::Sha256;",
              f"    let mut mac = Hmac::<Sha256>::new_from_slice({inner}.as_bytes())?;",
              "    mac.update(body.to_string().as_bytes());", "    let sig = hex::encode(mac.finalize().into_bytes());",
              f'    let resp = client.post("http://127.0.0.1:8080/webhook").header("{st[1]}", sig).json(&body).send().await?;']
    elif s0 in ("login", "refresh"):
        body = (f'json!({{"type": "m.login.password", "identifier": "{c.handle}", "password": {inner}}})' if s0 == "login"
                else f'json!({{"grant_type": "refresh_token", "refresh_token": {inner}}})')
        L += [f'    let resp = client.post("{c.url(st[1])}")', f"        .json(&{body})", "        .send().await?;"]
    else:
        uid = f'&env::var("{c.k.pub[0][0]}")?' if c.k.pub else '&env::var("ZULIP_EMAIL")?'
        L += [f'    let resp = client.post("{c.url(st[1])}")', f"        .basic_auth({uid}, Some({inner}))",
              '        .form(&[("grant_type", "client_credentials")])', "        .send().await?;"]
    L += ['    println!("status: {}", resp.status());', "    Ok(())", "}"]
    return L


def tpl_rb(c, fname):
    var = n_upper(c.name).upper()
    inner = rhs(c, "rb") if c.positional else var
    st = c.k.style
    s0 = st[0]
    L = ["# frozen_string_literal: true", "", "require 'json'", "require 'net/http'", "require 'uri'"]
    if s0 == "hmac":
        L += ["require 'openssl'", "require 'sinatra'"]
    L.append("")
    for nm, v in c.pubs()[:2]:
        L.append(f"{n_upper(nm).upper()} = '{v}'")
    if not c.positional:
        if c.note:
            L.append("# " + c.note)
        L.append(f"{var} = {rhs(c, 'rb')}")
    L.append("")
    if s0 == "hmac":
        L += ["post '/webhook' do", "  body = request.body.read",
              f"  mac = OpenSSL::HMAC.hexdigest('SHA256', {inner}, body)",
              f"  sent = request.env['HTTP_{st[1].upper().replace('-', '_')}'].to_s.split('=').last",
              "  halt 401 unless Rack::Utils.secure_compare(mac, sent.to_s)",
              "  event = JSON.parse(body)", "  logger.info(\"event #{event['type']}\")", "  status 200", "end"]
        return L
    L += ["def notify(text)"]
    if s0 == "url":
        pre, post = c.url(st[1]).split("{S}")
        L += [f'  uri = URI("{pre}#{{{inner}}}{post}")', "  res = Net::HTTP.get_response(uri)"]
    elif s0 == "query":
        L += [f"  uri = URI('{c.url(st[2])}')", f"  uri.query = URI.encode_www_form({st[1]}: {inner}, part: 'snippet')",
              "  res = Net::HTTP.get_response(uri)"]
    else:
        target = inner if s0 == "post" else f"'{c.url(st[1] if s0 not in ('bearer', 'header') else _hdr(c)[2])}'"
        L += [f"  uri = URI({target})", "  req = Net::HTTP::Post.new(uri, 'Content-Type' => 'application/json')"]
        if s0 in ("bearer", "header"):
            hn, pre, _ = _hdr(c)
            L += [f"  req['{hn}'] = \"{pre}#{{{inner}}}\""]
        elif s0 == "login":
            L += [f"  req.body = {{ identifier: '{c.handle}', password: {inner} }}.to_json"]
        elif s0 == "refresh":
            L += [f"  req.set_form_data('grant_type' => 'refresh_token', 'refresh_token' => {inner})"]
        elif s0 != "post":
            uid = f"ENV['{c.k.pub[0][0]}']" if c.k.pub else "ENV['ZULIP_EMAIL']"
            L += [f"  req.basic_auth({uid}, {inner})"]
        if s0 not in ("login", "refresh"):
            L += ["  req.body = { text: text }.to_json"]
        L += ["  res = Net::HTTP.start(uri.hostname, uri.port, use_ssl: true) { |http| http.request(req) }"]
    L += ["  warn \"request failed: #{res.code}\" unless res.is_a?(Net::HTTPSuccess)", "  res", "end", "",
          f"notify('{c.bot}: deploy finished') if $PROGRAM_NAME == __FILE__"]
    return L


def tpl_php(c, fname):
    var = "$" + n_lower(c.name).lower()
    inner = rhs(c, "php") if c.positional else var
    st = c.k.style
    s0 = st[0]
    L = ["<?php", "", "declare(strict_types=1);", "", "require __DIR__ . '/vendor/autoload.php';", ""]
    for nm, v in c.pubs()[:2]:
        L.append(f"const {n_upper(nm).upper()} = '{v}';")
    if not c.positional:
        if c.note:
            L.append("// " + c.note)
        L.append(f"{var} = {rhs(c, 'php')};")
    L.append("")
    if s0 == "hmac":
        hk = "HTTP_" + st[1].upper().replace("-", "_")
        L += ["$body = file_get_contents('php://input');", f"$mac = hash_hmac('sha256', $body, {inner});",
              f"$sent = $_SERVER['{hk}'] ?? '';", "if (!hash_equals($mac, substr($sent, strpos($sent, '=') + 1))) {",
              "    http_response_code(401);", "    exit('bad signature');", "}",
              "$update = json_decode($body, true);", "error_log('event: ' . ($update['type'] ?? 'unknown'));",
              "echo json_encode(['ok' => true]);"]
        return L
    if s0 == "url":
        pre, post = c.url(st[1]).split("{S}")
        L += ["$update = json_decode(file_get_contents('php://input'), true);",
              "$chatId = $update['message']['chat']['id'] ?? null;", "if ($chatId === null) {", "    exit;", "}",
              f'$url = "{pre.replace("/getMe", "")}" . {inner} . "{post.replace("/getMe", "/sendMessage")}";',
              "$ch = curl_init($url);",
              "curl_setopt($ch, CURLOPT_POSTFIELDS, ['chat_id' => $chatId, 'text' => 'Got it!']);"]
    elif s0 == "query":
        L += [f"$url = '{c.url(st[2])}?' . http_build_query(['{st[1]}' => {inner}, 'part' => 'snippet']);",
              "$ch = curl_init($url);"]
    else:
        target = inner if s0 == "post" else "'" + (_hdr(c)[2] if s0 in ("bearer", "header") else c.url(st[1])) + "'"
        L += [f"$ch = curl_init({target});", "curl_setopt($ch, CURLOPT_POST, true);"]
        if s0 == "login":
            L += [f"curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['identifier' => '{c.handle}', 'password' => {inner}]));"]
        elif s0 == "refresh":
            L += [f"curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(['grant_type' => 'refresh_token', 'refresh_token' => {inner}]));"]
        else:
            L += [f"curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode(['text' => '{c.bot}: new order received']));"]
        hdrs = ["'Content-Type: application/json'"]
        if s0 in ("bearer", "header"):
            hn, pre, _ = _hdr(c)
            hdrs.append(f"'{hn}: {pre}' . {inner}")
        elif s0 not in ("post", "login", "refresh"):
            uid = f"getenv('{c.k.pub[0][0]}')" if c.k.pub else "getenv('ZULIP_EMAIL')"
            L += [f"curl_setopt($ch, CURLOPT_USERPWD, {uid} . ':' . {inner});"]
        L += ["curl_setopt($ch, CURLOPT_HTTPHEADER, [" + ", ".join(hdrs) + "]);"]
    L += ["curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);", "$response = curl_exec($ch);",
          "if ($response === false) {", "    error_log('request failed: ' . curl_error($ch));", "}", "curl_close($ch);"]
    return L


# --------------------------------------------------------------------------
# config / deployment formats
def misc_pairs(c, n=None):
    pool = [("LOG_LEVEL", R.choice(["info", "debug", "warn", "INFO"])), ("PORT", str(R.choice([3000, 8080, 8000, 5000]))),
            ("TZ", R.choice(["Europe/Warsaw", "UTC", "America/Chicago", "Asia/Tokyo", "Europe/Berlin"])),
            ("BOT_PREFIX", R.choice(["!", "?", "/", "$"])), ("DEFAULT_LOCALE", R.choice(["en", "pl", "de", "ja", "pt-BR"])),
            ("REDIS_URL", "redis://redis:6379/0"), ("POLL_INTERVAL", str(R.choice([15, 30, 60, 300]))),
            ("APP_ENV", R.choice(["production", "staging", "prod"])), ("SENTRY_ENVIRONMENT", "production"),
            ("ADMIN_HANDLE", "@" + c.handle), ("FEED_URL", f"https://{c.handle.replace('_', '')}.example.com/feed.xml"),
            ("PUBLIC_URL", f"https://{c.bot}.fly.dev"), ("MAX_RETRIES", str(R.choice([3, 5]))),
            ("DATABASE_PATH", f"/data/{c.bot}.sqlite3"), ("HEALTHCHECK_PATH", "/healthz")]
    R.shuffle(pool)
    out = list(c.pubs()[:2]) + pool[:(n if n is not None else R.randrange(2, 6))]
    R.shuffle(out)
    return out


def lit_env(v):
    if any(ch in v for ch in " &!*?@|;<>()'\"") or R.random() < 0.35:
        return '"' + v + '"' if '"' not in v else "'" + v + "'"
    return v


def lit_yaml(v):
    if (v[:1] in "!&*@%`'\"{[|>-?:,#" or ": " in v or " #" in v or v.lower() in ("yes", "no", "true", "false", "null")
            or v.isdigit() or R.random() < 0.45):
        return json.dumps(v)
    return v


def neg_ref_text(c, fmt, key):
    """A non-secret reference in the syntax of the given file type."""
    n = c.ref or n_upper(c.name).upper()
    vault_item = c.bot
    ch = {
        "env": [f"{key}=", f"{key}=op://Bots/{vault_item}/{c.k.kind.replace('_', '-')}", f"{key}=${{{n}}}",
                f'{key}="$(pass show bots/{vault_item}/{c.k.kind})"'],
        "compose": [f"${{{n}}}", f"${{{n}:?set {n} in .env}}", f"${{{n}:-}}"],
        "yaml": [f"${{{n}}}", f"!ENV ${{{n}}}", f'"${{{n}}}"', f"'{{{{ env \"{n}\" }}}}'"],
        "json": [f'"${{{n}}}"', '""', f'"env:{n}"'],
        "toml": [f'"@format {{env[{n}]}}"', '""', f'"${{{n}}}"'],
        "ini": [f"${{{n}}}", f"%({n.lower()})s", ""],
        "gha": [f"${{{{ secrets.{n} }}}}"],
        "sh": [f'"${{{n}:?{n} is not set}}"', f'"$(pass show bots/{vault_item})"',
               f'"$(aws ssm get-parameter --name /bots/{vault_item}/{c.k.kind} --with-decryption --query Parameter.Value --output text)"'],
        "sls": [f"${{ssm:/bots/{vault_item}/{c.k.kind}}}", f"${{env:{n}}}",
                f"${{file(./secrets.${{sls:stage}}.yml):{n.lower()}}}"],
        "systemd": [f"%d/{c.k.kind}"],
    }[fmt]
    return R.choice(ch)


def slot(c, fmt, key):
    """Rendered value text for the slot (literal or reference), prefixed by MARK."""
    if c.value is None:
        return MARK + neg_ref_text(c, fmt, key)
    v = c.value
    if fmt in ("env", "sh"):
        return MARK + (lit_env(v) if fmt == "env" else '"' + v + '"')
    if fmt in ("yaml", "compose", "gha"):
        return MARK + lit_yaml(v)
    if fmt in ("json", "toml"):
        return MARK + json.dumps(v, ensure_ascii=False)
    if fmt == "ini":
        return MARK + v
    if fmt == "sls":
        return MARK + lit_yaml(v)
    return MARK + v


def tpl_envfile(c, fname):
    key = n_upper(c.name) if not any(ch.islower() for ch in c.name) else c.name
    L = [f"# {c.bot} runtime configuration", f"# copy to the server as /etc/{c.bot}/{fname.split('/')[-1]}", ""]
    pairs = misc_pairs(c)
    k = R.randrange(len(pairs) + 1)
    for i, (nm, v) in enumerate(pairs):
        if i == k:
            L += [f"# {c.prov.capitalize()}"] if R.random() < 0.5 else []
            L.append(_env_line(c, key))
        L.append(f"{nm}={lit_env(v)}")
    if k == len(pairs):
        L.append(_env_line(c, key))
    return L


def _env_line(c, key):
    if c.value is None:
        return MARK + neg_ref_text(c, "env", key)
    return f"{key}={slot(c, 'env', key)}"


def tpl_compose(c, fname):
    key = n_upper(c.name)
    svc = c.bot
    img = R.choice([f"ghcr.io/{c.handle.replace('_', '-')}/{svc}:latest", f"{svc}:1.{R.randrange(0, 9)}.{R.randrange(0, 20)}",
                    "node:20-alpine", "python:3.12-slim"])
    L = ["services:", f"  {svc}:", f"    image: {img}" if "node" not in img and "python" not in img else "    build: .",
         "    restart: unless-stopped"]
    if R.random() < 0.5:
        L += ["    depends_on:", "      - redis"]
    L += ["    environment:"]
    listy = R.random() < 0.5
    pairs = misc_pairs(c)
    k = R.randrange(len(pairs) + 1)
    for i in range(len(pairs) + 1):
        if i == k:
            if listy:
                raw = c.value if c.value is not None else neg_ref_text(c, "compose", key)
                L.append(f"      - {MARK}{key}={raw}")
            else:
                L.append(f"      {key}: {slot(c, 'compose', key)}")
        if i == len(pairs):
            continue
        nm, v = pairs[i]
        L.append(f"      - {nm}={v}" if listy else f"      {nm}: {lit_yaml(v)}")
    L += ["    volumes:", f"      - ./data:/data"]
    if "depends_on" in "\n".join(L):
        L += ["", "  redis:", "    image: redis:7-alpine", "    restart: unless-stopped"]
    return L


def tpl_k8s(c, fname):
    key = n_upper(c.name)
    L = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", f"  name: {c.bot}", "  labels:", f"    app: {c.bot}",
         "spec:", "  replicas: 1", "  selector:", "    matchLabels:", f"      app: {c.bot}", "  template:", "    metadata:",
         "      labels:", f"        app: {c.bot}", "    spec:", "      containers:", f"        - name: {c.bot}",
         f"          image: registry.example.com/bots/{c.bot}:{R.randrange(1, 40)}", "          env:"]
    pairs = misc_pairs(c, 2)
    for nm, v in pairs:
        L += [f"            - name: {nm}", f"              value: {json.dumps(v)}"]
    L.append(f"            - name: {key}")
    if c.value is None:
        L += ["              valueFrom:", "                secretKeyRef:", f"                  name: {MARK}{c.bot}-secrets",
              f"                  key: {c.k.kind.replace('_', '-')}"]
    else:
        L.append(f"              value: {slot(c, 'yaml', key)}")
    L += ["          resources:", "            limits:", '              memory: "256Mi"', '              cpu: "250m"']
    return L


def tpl_k8s_secret(c, fname):
    key = n_lower(c.name).lower().replace("_", "-") if R.random() < 0.5 else n_upper(c.name)
    L = ["apiVersion: v1", "kind: Secret", "metadata:", f"  name: {c.bot}-credentials", f"  namespace: bots",
         "  labels:", f"    app.kubernetes.io/name: {c.bot}", "type: Opaque", "stringData:"]
    L.append(f"  {key}: {slot(c, 'yaml', key)}")
    for nm, v in c.pubs()[:1]:
        L.append(f"  {nm.lower().replace('_', '-')}: {json.dumps(v)}")
    return L


def tpl_systemd(c, fname):
    key = n_upper(c.name)
    user = c.bot.split("-")[0]
    L = ["[Unit]", f"Description={c.bot} ({c.prov} bot)", "After=network-online.target", "Wants=network-online.target", "",
         "[Service]", "Type=simple", f"User={user}", f"WorkingDirectory=/opt/{c.bot}"]
    for nm, v in misc_pairs(c, 2):
        L.append(f"Environment={nm}={v}" if " " not in v else f'Environment="{nm}={v}"')
    if c.value is None:
        if R.random() < 0.5:
            L.append(f"{MARK}EnvironmentFile=/etc/{c.bot}/{c.bot}.env")
        else:
            L.append(f"{MARK}LoadCredential={c.k.kind}:/etc/credstore/{c.bot}.{c.k.kind}")
        L.append(f"ExecStart=/opt/{c.bot}/venv/bin/python -m {c.bot.replace('-', '_')}")
    elif c.positional:
        L.append(f"ExecStart=/usr/local/bin/{c.bot} --token {MARK}{c.value}")
    else:
        L.append(f'{MARK}Environment="{key}={c.value}"' if R.random() < 0.5 else f"{MARK}Environment={key}={c.value}")
        L.append(f"ExecStart=/opt/{c.bot}/venv/bin/python -m {c.bot.replace('-', '_')}")
    L += ["Restart=on-failure", "RestartSec=5", "", "[Install]", "WantedBy=multi-user.target"]
    return L


def tpl_procfile(c, fname):
    key = n_upper(c.name)
    entry = R.choice(["python bot.py", "node index.js", "bin/hubot --adapter slack", "npm start", "bundle exec ruby bot.rb",
                      f"python -m {c.bot.replace('-', '_')}"])
    L = [f"# Procfile for {c.bot} (Heroku / Dokku / honcho)", "# web: health endpoint for the uptime monitor",
         "# worker: the bot itself (scale to exactly 1 dyno!)", ""]
    L.append("release: python manage.py migrate --noinput" if "python" in entry else "release: npm run migrate"
             if entry.startswith(("node", "npm")) else "release: bundle exec rake db:migrate")
    L.append("web: gunicorn health:app --bind 0.0.0.0:$PORT" if R.random() < 0.5 else "web: node health.js")
    if c.value is None:
        L.append(f"worker: {entry} --token {MARK}${key}")
    elif c.positional:
        L.append(f"worker: {entry} {MARK}{c.value}")
    else:
        L.append(f"worker: {MARK}{key}={lit_env(c.value)} {entry}")
    if R.random() < 0.6:
        L.append("clock: python scheduler.py" if "python" in entry else "clock: node scheduler.js")
    return L


def tpl_flytoml(c, fname):
    key = n_upper(c.name)
    L = [f'app = "{c.bot}"', f'primary_region = "{R.choice(["waw", "fra", "ams", "iad", "nrt", "syd"])}"', "",
         "[build]", '  dockerfile = "Dockerfile"', "", "[env]"]
    for nm, v in misc_pairs(c, 3):
        L.append(f"  {nm} = {json.dumps(v)}")
    if c.value is None:
        L.append(f"  {MARK}# {key} is set with: fly secrets set {key}=...")
    else:
        L.append(f"  {key} = {slot(c, 'toml', key)}")
    L += ["", "[[vm]]", '  memory = "256mb"', '  cpu_kind = "shared"', "  cpus = 1"]
    return L


def tpl_wrangler(c, fname):
    key = n_upper(c.name)
    L = [f'name = "{c.bot}"', 'main = "src/index.ts"', f'compatibility_date = "20{R.randrange(23, 25)}-0{R.randrange(1, 9)}-1{R.randrange(0, 9)}"',
         "", "[[kv_namespaces]]", 'binding = "STATE"', f'id = "{hexs(32)}"', "", "[vars]"]
    for nm, v in misc_pairs(c, 2):
        L.append(f"{nm} = {json.dumps(v)}")
    if c.value is None:
        L.append(f"{MARK}# {key}: run `wrangler secret put {key}` (never commit it here)")
    else:
        L.append(f"{key} = {slot(c, 'toml', key)}")
    L += ["", "[triggers]", f'crons = ["*/{R.choice([5, 10, 15, 30])} * * * *"]']
    return L


def tpl_appjson(c, fname):
    key = n_upper(c.name)
    env = {}
    for nm, v in misc_pairs(c, 2):
        env[nm] = {"description": nm.replace("_", " ").lower(), "value": v}
    L = ["{", f'  "name": "{c.bot}",', f'  "description": "A {c.prov.capitalize()} bot",',
         f'  "repository": "https://github.com/{c.handle.replace("_", "-")}/{c.bot}",',
         f'  "keywords": ["{c.prov}", "bot"],', '  "env": {']
    items = list(env.items())
    body = []
    for nm, d in items:
        body.append(f'    "{nm}": {{"description": "{d["description"]}", "value": {json.dumps(d["value"])}}}')
    if c.value is None:
        s = f'    "{key}": {{{MARK}"description": "{c.prov.capitalize()} credential, from the developer portal", "required": true}}'
    else:
        s = f'    "{key}": {{"description": "{c.prov} credential", "value": {slot(c, "json", key)}}}'
    body.insert(R.randrange(len(body) + 1), s)
    joined = ",\n".join(body).split("\n")
    L += joined + ["  },", '  "formation": {"worker": {"quantity": 1, "size": "basic"}},',
                   '  "buildpacks": [{"url": "heroku/python"}]', "}"]
    return L


def tpl_serverless(c, fname):
    key = n_upper(c.name)
    L = [f"service: {c.bot}", "frameworkVersion: '3'", "", "provider:", "  name: aws", "  runtime: python3.12",
         f"  region: {R.choice(['eu-central-1', 'us-east-1', 'eu-west-1', 'ap-northeast-1'])}", "  environment:"]
    for nm, v in misc_pairs(c, 2):
        L.append(f"    {nm}: {lit_yaml(v)}")
    L.append(f"    {key}: {slot(c, 'sls', key)}")
    L += ["", "functions:", "  webhook:", "    handler: handler.webhook", "    events:", "      - httpApi:",
          f"          path: /{c.prov}/webhook", "          method: post"]
    return L


def tpl_settings_toml(c, fname):
    key = n_lower(c.name).lower()
    L = ["[default]", f'bot_name = "{c.bot}"', f'command_prefix = "{R.choice(["!", "?", "."])}"',
         f"poll_interval = {R.choice([30, 60, 120])}", "", f"[default.{c.prov}]"]
    for nm, v in c.pubs()[:2]:
        L.append(f"{nm.lower()} = {json.dumps(v)}")
    if c.note:
        L.append("# " + c.note)
    L.append(f"{key} = {slot(c, 'toml', key)}")
    L += ["", "[production]", 'log_level = "INFO"', "", "[development]", 'log_level = "DEBUG"']
    return L


def tpl_config_json(c, fname):
    key = n_camel(c.name) if R.random() < 0.5 else n_lower(c.name).lower()
    if R.random() < 0.35 and c.k.generic is GENERIC_TOKEN:
        key = R.choice(["token", "apiKey", "auth", "accessToken"])
    d_other = {"prefix": R.choice(["!", "?", "."]), "owners": [snowflake()] if c.prov == "discord" else [c.handle],
               "logLevel": "info"}
    L = ["{", f'  "name": "{c.bot}",', f'  "{c.prov}": {{']
    inner = []
    for nm, v in c.pubs()[:2]:
        inner.append(f'    "{n_camel(nm)}": {json.dumps(v)}')
    inner.insert(R.randrange(len(inner) + 1), f'    "{key}": {slot(c, "json", key)}')
    L += ",\n".join(inner).split("\n")
    L += ["  },"]
    L += [f'  "prefix": {json.dumps(d_other["prefix"])},', f'  "owners": {json.dumps(d_other["owners"])},',
          '  "features": {', '    "welcome": true,', f'    "autoModeration": {R.choice(["true", "false"])},',
          f'    "digestHour": {R.randrange(6, 22)}', "  },", '  "logLevel": "info"', "}"]
    return L


def tpl_config_yml(c, fname):
    key = n_lower(c.name).lower()
    if R.random() < 0.35:
        key = R.choice(["token", "api_key", "auth", "secret", "access_token"])
    L = [f"# {c.bot} configuration", f"name: {c.bot}", f"log_level: {R.choice(['info', 'debug'])}", "", f"{c.prov}:"]
    for nm, v in c.pubs()[:2]:
        L.append(f"  {nm.lower().replace(c.prov + '_', '')}: {json.dumps(v)}")
    if c.note:
        L.append("  # " + c.note)
    L.append(f"  {key}: {slot(c, 'yaml', key)}")
    L += ["", "schedule:", f"  cron: \"{R.randrange(0, 59)} {R.randrange(6, 20)} * * 1-5\"",
          f"  timezone: {R.choice(['Europe/Warsaw', 'UTC', 'America/New_York'])}", "", "storage:",
          f"  path: /var/lib/{c.bot}/state.db", "  retention_days: 30"]
    return L


def tpl_ini(c, fname):
    key = n_lower(c.name).lower()
    L = ["[general]", f"name = {c.bot}", f"loglevel = {R.choice(['INFO', 'DEBUG'])}", "", f"[{c.prov}]"]
    for nm, v in c.pubs()[:2]:
        L.append(f"{nm.lower()} = {v}")
    L.append(f"{key} = {slot(c, 'ini', key)}")
    L += ["", "[storage]", f"path = /var/lib/{c.bot}/state.db"]
    return L


def tpl_rasa_credentials(c, fname):
    p, kd = c.prov, c.k.kind
    L = ["# This file contains the credentials for the voice & chat platforms", "# which your bot is using.",
         "# https://rasa.com/docs/rasa/messaging-and-voice-channels", "", "rest:", "#  # you don't need to provide anything here", ""]
    if p == "slack":
        L += ["slack:", f"  slack_token: {slot(c, 'yaml', 'slack_token')}" if kd == "bot_token" else
              '  slack_token: "${SLACK_BOT_TOKEN}"', f'  slack_channel: "C{rs(UALNUM, 10, first="0")}"',
              f"  slack_signing_secret: {slot(c, 'yaml', 'x')}" if kd == "signing_secret" else
              '  slack_signing_secret: "${SLACK_SIGNING_SECRET}"']
    elif p == "telegram":
        L += ["telegram:", f"  access_token: {slot(c, 'yaml', 'access_token')}", f'  verify: "{c.handle}_bot"',
              f'  webhook_url: "https://{c.bot}.example.com/webhooks/telegram/webhook"']
    elif p == "facebook":
        L += ["facebook:", f'  verify: "{c.bot}-verify"',
              f"  secret: {slot(c, 'yaml', 'secret')}" if kd == "app_secret" else '  secret: "${FB_APP_SECRET}"',
              f"  page-access-token: {slot(c, 'yaml', 'pat')}" if kd != "app_secret" else
              '  page-access-token: "${FB_PAGE_ACCESS_TOKEN}"']
    elif p == "msteams":
        L += ["botframework:", f'  app_id: "{c.extras.get("app_id", guid())}"', f"  app_password: {slot(c, 'yaml', 'pw')}"]
    elif p == "mattermost":
        L += ["mattermost:", f'  url: "https://{c.h["MM"]}/api/v4"', f"  token: {slot(c, 'yaml', 'token')}",
              f'  webhook_url: "https://{c.bot}.example.com/webhooks/mattermost/webhook"']
    elif p == "rocketchat":
        L += ["rocketchat:", f'  user: "{c.bot}"', f"  password: {slot(c, 'yaml', 'password')}",
              f'  server_url: "https://{c.h["RC"]}"']
    else:
        L += [f"{p}:", f"  token: {slot(c, 'yaml', 'token')}"]
    L += ["", "socketio:", "  user_message_evt: user_uttered", "  bot_message_evt: bot_uttered", "  session_persistence: true"]
    return L


def tpl_rasa_endpoints(c, fname):
    L = ["# This file contains the different endpoints your bot can use.", "", "action_endpoint:",
         '  url: "http://action-server:5055/webhook"', "", "tracker_store:", "  type: SQL", "  dialect: postgresql",
         "  url: postgres", "  port: 5432", f"  db: {c.bot.replace('-', '_')}", "  username: rasa",
         f"  password: {slot(c, 'yaml', 'password')}", "", "lock_store:", "  type: redis", "  url: redis", "  port: 6379",
         "  db: 1"]
    return L


def tpl_appsettings(c, fname):
    app_id = c.extras.get("app_id", guid())
    L = ["{", '  "MicrosoftAppType": "MultiTenant",', f'  "MicrosoftAppId": "{app_id}",',
         f'  "MicrosoftAppPassword": {slot(c, "json", "MicrosoftAppPassword")},',
         f'  "MicrosoftAppTenantId": "",', '  "Logging": {', '    "LogLevel": {', '      "Default": "Information",',
         '      "Microsoft.AspNetCore": "Warning"', "    }", "  },", '  "AllowedHosts": "*"', "}"]
    return L


def tpl_pm2(c, fname):
    key = n_upper(c.name)
    L = ["module.exports = {", "  apps: [", "    {", f"      name: '{c.bot}',", "      script: './dist/index.js',",
         "      instances: 1,", "      autorestart: true,", "      max_memory_restart: '300M',", "      env: {",
         "        NODE_ENV: 'production',"]
    for nm, v in misc_pairs(c, 2):
        L.append(f"        {nm}: '{v}',")
    if c.value is None:
        L.append(f"        {key}: {MARK}process.env.{key},")
    else:
        L.append(f"        {key}: {MARK}'{c.value}',")
    L += ["      },", "    },", "  ],", "};"]
    return L


def tpl_dockerfile(c, fname):
    key = n_upper(c.name)
    py = R.random() < 0.5
    L = ["FROM python:3.12-slim" if py else "FROM node:20-alpine", "", "WORKDIR /app"]
    L += ["COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt"] if py else \
        ["COPY package*.json ./", "RUN npm ci --omit=dev"]
    L += ["COPY . .", ""]
    for nm, v in misc_pairs(c, 2):
        L.append(f"ENV {nm}={v}" if " " not in v else f'ENV {nm}="{v}"')
    if c.value is None:
        L.append(f"{MARK}# {key} is injected at runtime (docker run -e {key} ...)")
    else:
        L.append(f"ENV {key}={MARK}{c.value}" if R.random() < 0.6 else f'ENV {key}="{MARK}{c.value}"')
    L += ["", 'CMD ["python", "-m", "bot"]' if py else 'CMD ["node", "index.js"]']
    return L


def tpl_gha(c, fname):
    key = n_upper(c.name)
    L = [f"name: {R.choice(['notify', 'post-release', 'daily-digest', 'deploy'])}", "", "on:", "  push:",
         "    branches: [main]", "  schedule:", f"    - cron: '{R.randrange(0, 59)} {R.randrange(0, 23)} * * *'", "",
         "jobs:", "  run:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
         "      - uses: actions/setup-python@v5", "        with:", "          python-version: '3.12'",
         "      - run: pip install -r requirements.txt", f"      - name: Run {c.bot}", "        env:"]
    for nm, v in c.pubs()[:1]:
        L.append(f"          {nm}: {lit_yaml(v)}")
    L.append(f"          {key}: {slot(c, 'gha', key)}")
    L.append(f"        run: python -m {c.bot.replace('-', '_')}")
    return L


def tpl_shell(c, fname):
    key = n_upper(c.name)
    L = ["#!/usr/bin/env bash", "set -euo pipefail", "", f'cd "$(dirname "$0")/.."', ""]
    for nm, v in misc_pairs(c, 2):
        L.append(f'export {nm}="{v}"')
    if c.positional and c.value is not None:
        L += ["", "source .venv/bin/activate", f'exec python -m {c.bot.replace("-", "_")} --token {MARK}"{c.value}" "$@"']
        return L
    L.append(f"export {key}={slot(c, 'sh', key)}")
    L += ["", "source .venv/bin/activate" if R.random() < 0.5 else "npm run build",
          f'exec python -m {c.bot.replace("-", "_")} "$@"' if R.random() < 0.5 else 'exec node dist/index.js "$@"']
    return L


def tpl_hubot(c, fname):
    key = "HUBOT_SLACK_TOKEN" if c.prov == "slack" else n_upper(c.name)
    L = ["#!/bin/sh", "", "set -e", "", "npm install", 'export PATH="node_modules/.bin:node_modules/hubot/node_modules/.bin:$PATH"',
         f'export HUBOT_NAME="{c.bot.split("-")[0]}"', f"export {key}={slot(c, 'sh', key)}",
         'export HUBOT_LOG_LEVEL="info"', "", 'exec node_modules/.bin/hubot --adapter slack "$@"']
    return L


def tpl_errbot(c, fname):
    p = c.prov
    backend = {"slack": "SlackV3", "telegram": "Telegram", "discord": "Discord", "irc": "IRC", "mattermost": "Mattermost",
               "zulip": "Zulip"}.get(p, "SlackV3")
    key = {"slack": "token", "telegram": "token", "discord": "token", "irc": "password", "mattermost": "token",
           "zulip": "api_key"}.get(p, "token")
    L = ["import logging", "", f"BACKEND = '{backend}'", "", "BOT_DATA_DIR = r'/srv/errbot/data'",
         "BOT_EXTRA_PLUGIN_DIR = r'/srv/errbot/plugins'", "", "BOT_LOG_FILE = r'/srv/errbot/errbot.log'",
         "BOT_LOG_LEVEL = logging.INFO", "", "BOT_IDENTITY = {"]
    if p == "irc":
        L += [f"    'nickname': '{c.bot.replace('-', '_')}',", "    'server': 'irc.libera.chat',", "    'port': 6697,",
              "    'ssl': True,"]
    if p == "zulip":
        L += [f"    'email': '{c.bot}-bot@{c.h['ZULIP']}',", f"    'site': 'https://{c.h['ZULIP']}',"]
    v = rhs(c, "py")
    L.append(f"    '{key}': {v},")
    L += ["}", "", f"BOT_ADMINS = ('@{c.handle}',)", "CHATROOM_PRESENCE = ()", "BOT_PREFIX = '!'"]
    return L


def tpl_sopel(c, fname):
    nick = c.bot.replace("-", "_")
    L = ["[core]", f"nick = {nick}", "host = irc.libera.chat", "use_ssl = true", "port = 6697", f"owner = {c.handle}",
         f"channels =\n    #{c.bot}\n    #{c.handle}-dev".split("\n")[0], f"    #{c.bot}", "auth_method = sasl",
         f"auth_username = {nick}", f"auth_password = {slot(c, 'ini', 'auth_password')}", "", "[admin]",
         "hold_ground = true", "auto_accept_invite = false"]
    return L


def tpl_zuliprc(c, fname):
    return ["[api]", f"email={c.bot}-bot@{c.h['ZULIP']}", f"key={slot(c, 'ini', 'key')}", f"site=https://{c.h['ZULIP']}"]


def tpl_registration(c, fname):
    kd_as = R.random() < 0.5
    other = "hs_token" if kd_as else "as_token"
    mine = "as_token" if kd_as else "hs_token"
    L = [f"id: {c.bot}", f"url: http://{c.bot}:29318", f"{mine}: {slot(c, 'yaml', mine)}",
         f"{other}: ${{{other.upper()}}}" if True else "", f"sender_localpart: {c.bot.replace('-', '_')}",
         "rate_limited: false", "namespaces:", "  users:", "    - exclusive: true",
         f"      regex: '@{c.bot.split('-')[0]}_.*:{c.h['HS'].replace('.', '[.]')}'", "  aliases: []", "  rooms: []",
         "de.sorunome.msc2409.push_ephemeral: true", "receive_ephemeral: true"]
    return L


def tpl_readme(c, fname):
    key = n_upper(c.name)
    title = c.bot.replace("-", " ").title()
    L = [f"# {title}", "", f"A small {c.prov.capitalize()} bot that {R.choice(['posts release notes', 'welcomes new members', 'relays alerts from Grafana', 'collects standup answers', 'mirrors RSS feeds'])}.",
         "", "## Setup", "", "1. Install dependencies:", "", "   ```sh", "   pip install -r requirements.txt", "   ```", "",
         f"2. Create the {c.prov.capitalize()} app / bot and copy its credentials into `bot.env`:", "", "   ```sh"]
    for nm, v in c.pubs()[:1]:
        L.append(f"   export {nm}={v}")
    if c.value is None:
        L.append(f"   export {key}={MARK}{c.note or R.choice(['<your-token-here>', '...', '<paste it here>'])}")
    else:
        L.append(f"   export {key}={MARK}{c.value}")
    L += ["   ```", "", "3. Run it:", "", "   ```sh", f"   python -m {c.bot.replace('-', '_')}", "   ```", "",
          "## Commands", "", "| command | what it does |", "|---|---|", "| `/ping` | health check |",
          "| `/subscribe` | start receiving digests |", "", "## License", "", "MIT"]
    return L


def tpl_log(c, fname):
    day = f"2024-{R.randrange(1, 13):02d}-{R.randrange(1, 28):02d}"
    t0 = R.randrange(0, 20 * 3600)
    st = c.k.style
    host = ""
    for part in st[1:]:
        if isinstance(part, str) and part.startswith("http"):
            host = c.url(part).split("/")[2]
    host = host or f"api.{c.prov}.com"
    msgs = []
    for i in range(R.randrange(6, 14)):
        msgs.append(R.choice([f"INFO  {c.bot}.scheduler: next run in {R.randrange(20, 600)}s",
                              f"DEBUG urllib3.connectionpool: Starting new HTTPS connection (1): {host}:443",
                              f"INFO  {c.bot}.handlers: handled update {digits(9)} in {R.randrange(3, 400)}ms",
                              f"WARNING {c.bot}.ratelimit: 429 received, sleeping {R.randrange(1, 30)}s",
                              f"INFO  {c.bot}.feed: {R.randrange(0, 12)} new items"]))
    v = c.value if c.value is not None else "${%s}" % (c.ref or n_upper(c.name))
    if st[0] == "url":
        line = f"ERROR {c.bot}.client: request failed: GET {c.url(st[1]).replace('{S}', MARK + v)} -> 409 Conflict"
    elif "url" in c.k.tags:
        line = f"ERROR {c.bot}.notify: POST {MARK}{v} failed: 404 Not Found"
    else:
        line = f"DEBUG {c.bot}.config: loaded {n_lower(c.name).lower()}={MARK}{v}"
    msgs.insert(R.randrange(1, len(msgs)), line)
    L = []
    t = t0
    for m in msgs:
        t += R.randrange(0, 90)
        L.append(f"{day} {t // 3600 % 24:02d}:{t // 60 % 60:02d}:{t % 60:02d},{R.randrange(1000):03d} {m}")
    return L


def tpl_nodered(c, fname):
    nid = hexs(16)
    key = {"telegram": "token", "discord": "token", "slack": "token"}.get(c.prov, "accessToken")
    L = ["{", f'  "{nid}": {{', f'    "{key}": {slot(c, "json", key)}', "  }"]
    if R.random() < 0.5:
        L[-1] = "  },"
        L += [f'  "{hexs(16)}": {{', f'    "user": "{c.handle}"', "  }"]
    L.append("}")
    return L


def tpl_n8n(c, fname):
    typ = {"telegram": "telegramApi", "discord": "discordBotApi", "slack": "slackApi", "twitter": "twitterOAuth2Api",
           "mattermost": "mattermostApi", "line": "lineNotifyOAuth2Api", "matrix": "matrixApi"}.get(c.prov, "httpHeaderAuth")
    field = {"telegramApi": "accessToken", "discordBotApi": "botToken", "slackApi": "accessToken",
             "httpHeaderAuth": "value", "matrixApi": "accessToken", "mattermostApi": "accessToken"}.get(typ, "accessToken")
    L = ["[", "  {", f'    "createdAt": "2024-0{R.randrange(1, 9)}-1{R.randrange(0, 9)}T0{R.randrange(0, 9)}:1{R.randrange(0, 9)}:00.000Z",',
         f'    "updatedAt": "2024-0{R.randrange(1, 9)}-2{R.randrange(0, 9)}T1{R.randrange(0, 9)}:2{R.randrange(0, 9)}:00.000Z",',
         f'    "id": "{rs(ALNUM, 16)}",', f'    "name": "{c.prov.capitalize()} account",', '    "data": {']
    if typ == "httpHeaderAuth":
        L.append('      "name": "Authorization",')
    L += [f'      "{field}": {slot(c, "json", field)}', "    },", f'    "type": "{typ}"', "  }", "]"]
    return L


def tpl_tfvars(c, fname):
    key = n_lower(c.name).lower()
    L = [f'project     = "{c.bot}"', f'region      = "{R.choice(["eu-central-1", "us-east-1", "europe-west3"])}"',
         f'environment = "{R.choice(["prod", "staging"])}"', ""]
    if c.value is None:
        L.append(f"{MARK}# {key} comes from TF_VAR_{key} in CI")
    else:
        L.append(f"{key} = {slot(c, 'toml', key)}")
    L += ["", "alert_channels = [", f'  "#{c.bot}",', "]"]
    return L


def tpl_helm(c, fname):
    key = n_lower(c.name).lower()
    L = ["replicaCount: 1", "", "image:", f"  repository: ghcr.io/{c.handle.replace('_', '-')}/{c.bot}", "  tag: \"\"",
         "  pullPolicy: IfNotPresent", "", "bot:", f"  platform: {c.prov}"]
    for nm, v in c.pubs()[:2]:
        L.append(f"  {n_camel(nm)}: {json.dumps(v)}")
    L.append(f"  {n_camel(c.name)}: {slot(c, 'yaml', key)}")
    L += ["", "resources:", "  limits:", "    memory: 256Mi", "", "nodeSelector: {}"]
    return L


def tpl_strings_xml(c, fname):
    key = n_lower(c.name).lower()
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<resources>", f'    <string name="app_name">{c.bot.replace("-", " ").title()}</string>']
    for nm, v in c.pubs()[:2]:
        L.append(f'    <string name="{nm.lower()}" translatable="false">{v}</string>')
    v = c.value if c.value is not None else "@string/" + key + "_placeholder"
    L.append(f'    <string name="{key}" translatable="false">{MARK}{v}</string>')
    L += ['    <string name="action_settings">Settings</string>', "</resources>"]
    return L


# negative-only templates -----------------------------------------------------
def tpl_teams_manifest(c, fname):
    app_id = guid()
    return ["{", '  "$schema": "https://developer.microsoft.com/en-us/json-schemas/teams/v1.16/MicrosoftTeams.schema.json",',
            '  "manifestVersion": "1.16",', '  "version": "1.0.%d",' % R.randrange(0, 20), f'  "id": "{guid()}",',
            '  "developer": {', f'    "name": "{c.bot.title()} Ltd",', '    "websiteUrl": "https://example.com",',
            '    "privacyUrl": "https://example.com/privacy",', '    "termsOfUseUrl": "https://example.com/terms"', "  },",
            f'  "name": {{ "short": "{c.bot}" }},', f'  "description": {{ "short": "{c.bot}", "full": "Posts {c.bot} updates" }},',
            '  "icons": { "outline": "outline.png", "color": "color.png" },', '  "accentColor": "#FFFFFF",', '  "bots": [',
            "    {", f'      {MARK}"botId": "{app_id}",', '      "scopes": ["personal", "team", "groupChat"],',
            '      "isNotificationOnly": false', "    }", "  ],", '  "webApplicationInfo": {', f'    "id": "{app_id}",',
            f'    "resource": "api://botid-{app_id}"', "  },", '  "validDomains": []', "}"]


def sops_enc(n):
    data = base64.b64encode(rbytes(n)).decode()
    return (f"ENC[AES256_GCM,data:{data},iv:{base64.b64encode(rbytes(32)).decode()},"
            f"tag:{base64.b64encode(rbytes(16)).decode()},type:str]")


def tpl_sops_yaml(c, fname):
    key = n_lower(c.name).lower()
    L = [f"{c.prov}:"]
    for nm, v in c.pubs()[:1]:
        L.append(f"    {nm.lower()}: {json.dumps(v)}")
    L.append(f"    {key}: {MARK}{sops_enc(R.randrange(30, 70))}")
    L += ["sops:", "    kms: []", "    gcp_kms: []", "    azure_kv: []", "    hc_vault: []", "    age:",
          f"        - recipient: age1{rs(LOWER + '023456789', 58)}", "          enc: |",
          "            -----BEGIN AGE ENCRYPTED FILE-----"]
    blob = base64.b64encode(rbytes(190)).decode()
    L += ["            " + blob[i:i + 64] for i in range(0, len(blob), 64)]
    L += ["            -----END AGE ENCRYPTED FILE-----",
          f"    lastmodified: \"2024-0{R.randrange(1, 9)}-1{R.randrange(0, 9)}T1{R.randrange(0, 9)}:0{R.randrange(0, 9)}:2{R.randrange(0, 9)}Z\"",
          f"    mac: {sops_enc(32)}", "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return L


def tpl_sealed(c, fname):
    key = n_lower(c.name).lower().replace("_", "-")
    blob = "AgB" + base64.b64encode(rbytes(R.randrange(300, 420))).decode()
    return ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", f"  name: {c.bot}-secrets",
            "  namespace: bots", "spec:", "  encryptedData:", f"    {key}: {MARK}{blob}", "  template:", "    metadata:",
            f"      name: {c.bot}-secrets", "      namespace: bots", "    type: Opaque"]


def tpl_vault(c, fname):
    key = n_lower(c.name).lower()
    L = [f"{c.bot.replace('-', '_')}_user: {c.bot.split('-')[0]}", f"{c.bot.replace('-', '_')}_dir: /opt/{c.bot}",
         f"{key}: {MARK}!vault |", "          $ANSIBLE_VAULT;1.1;AES256"]
    blob = hexs(R.choice([320, 400, 480]))
    L += ["          " + blob[i:i + 80] for i in range(0, len(blob), 80)]
    L += [f"{c.bot.replace('-', '_')}_restart: true"]
    return L


# --------------------------------------------------------------------------
# template registry: (filetype, fn, path builder, compat, weight, positional-ok)
def _any(k):
    return "rasa_only" not in k.tags


def _all(k):
    return True


def _http(k):
    return k.style[0] in HTTP_STYLES and _any(k)


def _rasa_cred(k):
    return ((k.provider, k.kind) in {("slack", "bot_token"), ("slack", "signing_secret"), ("telegram", "bot_token"),
                                     ("facebook", "app_secret"), ("facebook", "page_access_token"),
                                     ("msteams", "bot_app_password"), ("mattermost", "bot_token")})


def _errbot(k):
    return (k.provider, k.kind) in {("slack", "bot_token"), ("telegram", "bot_token"), ("discord", "bot_token"),
                                    ("irc", "nickserv_password"), ("mattermost", "bot_token"), ("zulip", "bot_api_key")}


def _bot_tokens(k):
    return (k.provider, k.kind) in {("telegram", "bot_token"), ("discord", "bot_token"), ("slack", "bot_token")}


def _n8n(k):
    return (k.provider, k.kind) in {("telegram", "bot_token"), ("discord", "bot_token"), ("slack", "bot_token"),
                                    ("slack", "user_token"), ("matrix", "access_token"), ("mattermost", "bot_token"),
                                    ("twitter", "bearer_token"), ("line", "notify_token")}


def _android(k):
    return (k.provider, k.kind) in {("youtube", "api_key"), ("twitter", "api_key"), ("twitter", "api_secret"),
                                    ("facebook", "app_secret"), ("twitch", "client_secret"), ("line", "channel_secret")}


def _sub(c):
    return R.choice(["", "", f"services/{c.bot}/", f"{c.bot}/", "apps/bot/", "bots/"])


TEMPLATES = [
    ("bot.py", tpl_py, lambda c: f"{_sub(c)}bot.py", _any, 3.0, True),
    ("main.py", tpl_py, lambda c: f"{_sub(c)}{c.bot.replace('-', '_')}/main.py", _any, 2.0, True),
    ("index.js", lambda c, f: tpl_js(c, f, False), lambda c: f"{_sub(c)}index.js", _any, 2.5, True),
    ("bot.ts", lambda c, f: tpl_js(c, f, True), lambda c: f"{_sub(c)}src/bot.ts", _any, 2.0, True),
    ("bot.go", tpl_go, lambda c: f"{_sub(c)}cmd/{c.bot}/main.go" if R.random() < 0.5 else f"{_sub(c)}bot.go", _http, 1.5, True),
    ("main.rs", tpl_rs, lambda c: f"{_sub(c)}src/main.rs", _http, 1.2, True),
    ("bot.rb", tpl_rb, lambda c: f"{_sub(c)}{R.choice(['bot.rb', 'lib/notifier.rb', 'app/services/chat_notifier.rb'])}", _http, 1.2, True),
    ("webhook.php", tpl_php, lambda c: f"{_sub(c)}{R.choice(['webhook.php', 'public/hook.php', 'src/notify.php'])}", _http, 1.2, True),
    ("bot.env", tpl_envfile, lambda c: f"{_sub(c)}{R.choice(['bot.env', 'secrets.env', 'prod.env', 'config/app.env', '.env.production', 'deploy/bot.env'])}", _any, 3.0, False),
    ("docker-compose.yml", tpl_compose, lambda c: f"{_sub(c)}{R.choice(['docker-compose.yml', 'compose.yaml', 'docker-compose.prod.yml'])}", _any, 2.5, False),
    ("k8s-deployment.yaml", tpl_k8s, lambda c: f"{_sub(c)}k8s/deployment.yaml", _any, 1.2, False),
    ("k8s-secret.yaml", tpl_k8s_secret, lambda c: f"{_sub(c)}k8s/secret.yaml", _all, 1.0, False),
    ("systemd.service", tpl_systemd, lambda c: f"{_sub(c)}deploy/{c.bot}.service", _any, 1.5, True),
    ("Procfile", tpl_procfile, lambda c: f"{_sub(c)}Procfile", _any, 1.0, True),
    ("fly.toml", tpl_flytoml, lambda c: f"{_sub(c)}fly.toml", _any, 1.2, False),
    ("wrangler.toml", tpl_wrangler, lambda c: f"{_sub(c)}wrangler.toml", _any, 1.2, False),
    ("app.json", tpl_appjson, lambda c: f"{_sub(c)}app.json", _any, 1.0, False),
    ("serverless.yml", tpl_serverless, lambda c: f"{_sub(c)}serverless.yml", _any, 1.0, False),
    ("settings.toml", tpl_settings_toml, lambda c: f"{_sub(c)}settings.toml", _any, 1.2, False),
    ("config.json", tpl_config_json, lambda c: f"{_sub(c)}{R.choice(['config.json', 'config/config.json', 'src/config.json'])}", _any, 2.0, False),
    ("config.yml", tpl_config_yml, lambda c: f"{_sub(c)}{R.choice(['config.yml', 'config.yaml', 'config/bot.yml'])}", _any, 2.0, False),
    ("config.ini", tpl_ini, lambda c: f"{_sub(c)}{R.choice(['config.ini', 'bot.cfg', 'settings.ini'])}", _any, 1.0, False),
    ("credentials.yml", tpl_rasa_credentials, lambda c: f"{_sub(c)}credentials.yml", _rasa_cred, 6.0, False),
    ("endpoints.yml", tpl_rasa_endpoints, lambda c: f"{_sub(c)}endpoints.yml", lambda k: "rasa_only" in k.tags, 6.0, False),
    ("appsettings.json", tpl_appsettings, lambda c: f"{_sub(c)}{R.choice(['appsettings.json', 'appsettings.Production.json'])}",
     lambda k: "botframework" in k.tags, 6.0, False),
    ("ecosystem.config.js", tpl_pm2, lambda c: f"{_sub(c)}ecosystem.config.js", _any, 1.2, False),
    ("Dockerfile", tpl_dockerfile, lambda c: f"{_sub(c)}Dockerfile", _any, 1.0, False),
    ("github-workflow.yml", tpl_gha, lambda c: f"{_sub(c)}.github/workflows/{R.choice(['notify', 'digest', 'release'])}.yml", _any, 1.2, False),
    ("run.sh", tpl_shell, lambda c: f"{_sub(c)}{R.choice(['run.sh', 'scripts/start.sh', 'bin/run-bot'])}", _any, 1.2, True),
    ("hubot.sh", tpl_hubot, lambda c: f"{_sub(c)}bin/hubot-start", lambda k: "hubot" in k.tags, 3.0, False),
    ("errbot-config.py", tpl_errbot, lambda c: f"{_sub(c)}errbot/config.py", _errbot, 2.0, False),
    ("sopel.cfg", tpl_sopel, lambda c: f"{_sub(c)}.sopel/default.cfg", lambda k: k.provider == "irc", 4.0, False),
    ("zuliprc", tpl_zuliprc, lambda c: f"{_sub(c)}zuliprc", lambda k: k.provider == "zulip", 4.0, False),
    ("registration.yaml", tpl_registration, lambda c: f"{_sub(c)}registration.yaml", lambda k: "appservice" in k.tags, 8.0, False),
    ("README.md", tpl_readme, lambda c: f"{_sub(c)}README.md", _any, 1.5, False),
    ("bot.log", tpl_log, lambda c: f"{_sub(c)}logs/{c.bot}.log", _any, 0.8, False),
    ("flows_cred.json", tpl_nodered, lambda c: f"{_sub(c)}.node-red/flows_cred.json", _bot_tokens, 1.5, False),
    ("n8n-credentials.json", tpl_n8n, lambda c: f"{_sub(c)}n8n/credentials/{rs(ALNUM, 16)}.json", _n8n, 1.5, False),
    ("terraform.tfvars", tpl_tfvars, lambda c: f"{_sub(c)}infra/{R.choice(['prod', 'staging'])}.tfvars", _any, 0.8, False),
    ("values.yaml", tpl_helm, lambda c: f"{_sub(c)}charts/{c.bot}/values.yaml", _any, 0.8, False),
    ("strings.xml", tpl_strings_xml, lambda c: f"{_sub(c)}app/src/main/res/values/strings.xml", _android, 2.0, False),
]
NEG_ONLY_TEMPLATES = [
    ("manifest.json", tpl_teams_manifest, lambda c: f"{_sub(c)}appPackage/manifest.json"),
    ("secrets.enc.yaml", tpl_sops_yaml, lambda c: f"{_sub(c)}{R.choice(['secrets.enc.yaml', 'secrets/prod.yaml'])}"),
    ("sealedsecret.yaml", tpl_sealed, lambda c: f"{_sub(c)}k8s/sealed-secret.yaml"),
    ("ansible-vars.yml", tpl_vault, lambda c: f"{_sub(c)}ansible/group_vars/bots/vault.yml"),
]


# --------------------------------------------------------------------------
# negatives: public ids, placeholders, masks, samples, digests, ciphertext
def public_ids(c):
    p, hs = c.prov, c.h["HS"]
    t = {
        "telegram": [("TELEGRAM_CHAT_ID", lambda: "-100" + digits(10, "12"), "chat_id"),
                     ("TELEGRAM_ADMIN_CHAT_ID", lambda: "-" + digits(9), "chat_id"),
                     ("TELEGRAM_API_ID", lambda: digits(8), "api_id"),
                     ("TELEGRAM_BOT_ID", lambda: digits(10, "5678"), "bot_id"),
                     ("TELEGRAM_BOT_USERNAME", lambda: "@" + c.handle + "_bot", "username"),
                     ("TELEGRAM_CHANNEL", lambda: "https://t.me/" + c.handle, "channel_url")],
        "discord": [("DISCORD_APPLICATION_ID", lambda: snowflake(2017, 2024), "snowflake"),
                    ("DISCORD_CLIENT_ID", lambda: snowflake(2017, 2024), "snowflake"),
                    ("DISCORD_GUILD_ID", lambda: snowflake(2016, 2023), "snowflake"),
                    ("DISCORD_CHANNEL_ID", lambda: snowflake(2018, 2024), "snowflake"),
                    ("MOD_ROLE_ID", lambda: snowflake(2018, 2024), "snowflake"),
                    ("DISCORD_PUBLIC_KEY", lambda: hexs(64), "interactions_public_key"),
                    ("DISCORD_PUBLIC_KEY", lambda: hexs(64), "interactions_public_key"),
                    ("DISCORD_INVITE", lambda: "https://discord.gg/" + rs(ALNUM, R.choice([7, 8, 10])), "invite")],
        "slack": [("SLACK_TEAM_ID", lambda: _slack_team(), "team_id"),
                  ("SLACK_CHANNEL_ID", lambda: "C0" + rs(UALNUM, R.choice([8, 9])), "channel_id"),
                  ("SLACK_ADMIN_USER_ID", lambda: "U0" + rs(UALNUM, R.choice([8, 9])), "user_id"),
                  ("SLACK_APP_ID", lambda: "A0" + rs(UALNUM, R.choice([8, 9])), "app_id"),
                  ("SLACK_CLIENT_ID", lambda: f"{digits(R.choice([11, 12]))}.{digits(13)}", "client_id"),
                  ("SLACK_BOT_ID", lambda: "B0" + rs(UALNUM, R.choice([8, 9])), "bot_id")],
        "msteams": [("MicrosoftAppId", guid, "app_id"), ("MicrosoftAppTenantId", guid, "tenant_id"),
                    ("TEAMS_APP_ID", guid, "app_id"),
                    ("TEAMS_CHANNEL_ID", lambda: "19:" + hexs(32) + "@thread.tacv2", "channel_id")],
        "twitter": [("TWITTER_USER_ID", lambda: digits(R.choice([10, 19])), "user_id"),
                    ("TWITTER_HANDLE", lambda: "@" + c.handle, "handle"),
                    ("TWITTER_CLIENT_ID", lambda: b64u((rs(ALNUM, 18) + ":1:ci").encode()), "oauth2_client_id"),
                    ("PINNED_TWEET_ID", lambda: digits(19), "tweet_id")],
        "reddit": [("REDDIT_CLIENT_ID", lambda: rs(B64URL, R.choice([14, 22])), "client_id"),
                   ("REDDIT_USERNAME", lambda: c.handle, "username"),
                   ("REDDIT_USER_AGENT", lambda: f"{c.bot}/2.1 by u/{c.handle}", "user_agent")],
        "mastodon": [("MASTODON_CLIENT_ID", lambda: rs(B64URL, 43), "client_id"),
                     ("MASTODON_API_BASE_URL", lambda: "https://" + c.h["INST"], "instance_url"),
                     ("MASTODON_ACCOUNT_ID", lambda: "1" + digits(17), "account_id")],
        "bluesky": [("BLUESKY_DID", lambda: "did:plc:" + rs(B32L, 24), "did"),
                    ("BLUESKY_HANDLE", lambda: c.handle.replace("_", "-") + ".bsky.social", "handle"),
                    ("PINNED_POST_URI", lambda: f"at://did:plc:{rs(B32L, 24)}/app.bsky.feed.post/3k{rs(B32L, 11)}", "at_uri")],
        "facebook": [("FACEBOOK_APP_ID", lambda: digits(R.choice([15, 16])), "app_id"),
                     ("FB_PAGE_ID", lambda: "1" + digits(14), "page_id"),
                     ("FACEBOOK_CLIENT_TOKEN", lambda: hexs(32), "client_token_public"),
                     ("META_PIXEL_ID", lambda: digits(16), "pixel_id")],
        "instagram": [("IG_USER_ID", lambda: "17841" + digits(12), "ig_user_id"),
                      ("INSTAGRAM_APP_ID", lambda: digits(16), "app_id")],
        "threads": [("THREADS_USER_ID", lambda: digits(17), "user_id"), ("THREADS_APP_ID", lambda: digits(16), "app_id")],
        "whatsapp": [("WHATSAPP_PHONE_NUMBER_ID", lambda: "1" + digits(14), "phone_number_id"),
                     ("WHATSAPP_BUSINESS_ACCOUNT_ID", lambda: "1" + digits(14), "waba_id"),
                     ("WHATSAPP_FROM_NUMBER", lambda: "+4915" + digits(9), "phone_number")],
        "linkedin": [("LINKEDIN_CLIENT_ID", lambda: rs(LALNUM, 14, first="78"), "client_id"),
                     ("LINKEDIN_ORG_URN", lambda: "urn:li:organization:" + digits(8), "org_urn")],
        "tiktok": [("TIKTOK_CLIENT_KEY", lambda: "aw" + rs(LALNUM, 14), "client_key"),
                   ("TIKTOK_PIXEL_ID", lambda: "C" + rs(UALNUM, 19), "pixel_id")],
        "youtube": [("YOUTUBE_CHANNEL_ID", lambda: "UC" + rs(B64URL, 22), "channel_id"),
                    ("YOUTUBE_PLAYLIST_ID", lambda: "PL" + rs(B64URL, 32), "playlist_id"),
                    ("INTRO_VIDEO_ID", lambda: rs(B64URL, 11), "video_id"),
                    ("GOOGLE_CLIENT_ID", lambda: f"{digits(12)}-{rs(LALNUM, 32)}.apps.googleusercontent.com", "client_id"),
                    ("FIREBASE_WEB_API_KEY", lambda: "AIzaSy" + rs(B64URL, 33), "firebase_web_config_key")],
        "twitch": [("TWITCH_CLIENT_ID", lambda: rs(LALNUM, 30), "client_id"),
                   ("TWITCH_CLIENT_ID", lambda: rs(LALNUM, 30), "client_id"),
                   ("TWITCH_BROADCASTER_ID", lambda: digits(9), "broadcaster_id"),
                   ("TWITCH_CHANNEL", lambda: c.handle, "channel")],
        "pinterest": [("PINTEREST_APP_ID", lambda: digits(7), "app_id"), ("PINTEREST_BOARD_ID", lambda: digits(18), "board_id")],
        "snapchat": [("SNAP_CLIENT_ID", guid, "client_id"), ("SNAP_PIXEL_ID", guid, "pixel_id"),
                     ("SNAP_AD_ACCOUNT_ID", guid, "ad_account_id")],
        "line": [("LINE_CHANNEL_ID", lambda: digits(10, "12"), "channel_id"), ("LINE_ADMIN_USER_ID", lambda: "U" + hexs(32), "user_id"),
                 ("LINE_USER_ID", lambda: "U" + hexs(32), "user_id"), ("LIFF_ID", lambda: f"{digits(10, '12')}-{rs(ALNUM, 8)}", "liff_id"),
                 ("LINE_BOT_BASIC_ID", lambda: "@" + digits(3) + rs(LOWER, 5), "basic_id")],
        "viber": [("VIBER_ADMIN_ID", lambda: base64.b64encode(rbytes(16)).decode(), "user_id"),
                  ("VIBER_BOT_URI", lambda: c.handle.replace("_", ""), "bot_uri")],
        "matrix": [("MATRIX_ROOM_ID", lambda: "!" + rs(ALPHA_MX, 18) + ":" + hs, "room_id"),
                   ("MATRIX_USER_ID", lambda: f"@{c.bot.split('-')[0]}:{hs}", "user_id"),
                   ("MATRIX_DEVICE_ID", lambda: rs(UPPER, 10), "device_id"),
                   ("PINNED_EVENT_ID", lambda: "$" + rs(B64URL, 43), "event_id"),
                   ("MATRIX_HOMESERVER", lambda: "https://" + hs, "homeserver")],
        "irc": [("IRC_CHANNEL", lambda: "#" + c.bot, "channel"), ("IRC_SERVER", lambda: "irc.libera.chat:6697", "server"),
                ("IRC_NICK", lambda: c.bot.replace("-", "_"), "nick")],
        "zulip": [("ZULIP_EMAIL", lambda: f"{c.bot}-bot@{c.h['ZULIP']}", "bot_email"),
                  ("ZULIP_SITE", lambda: "https://" + c.h["ZULIP"], "site")],
        "mattermost": [("MATTERMOST_CHANNEL_ID", lambda: rs(LALNUM, 26), "channel_id"),
                       ("MATTERMOST_TEAM_ID", lambda: rs(LALNUM, 26), "team_id"),
                       ("MM_BOT_USER_ID", lambda: rs(LALNUM, 26), "user_id")],
        "rocketchat": [("ROCKETCHAT_USER_ID", lambda: rs(ALNUM, 17), "user_id"),
                       ("ROCKETCHAT_ROOM_ID", lambda: rs(ALNUM, 17), "room_id")],
        "googlechat": [("GOOGLE_CHAT_SPACE", lambda: "spaces/AAAA" + rs(B64URL, 7), "space")],
        "botpress": [("BOTPRESS_BOT_ID", guid, "bot_id"), ("BOTPRESS_WORKSPACE_ID", guid, "workspace_id")],
        "rasa": [("RASA_MODEL", lambda: f"models/20240{R.randrange(1, 9)}1{R.randrange(0, 9)}-{digits(6)}.tar.gz", "model_path")],
    }[p]
    ws = [3.0 if lab in HARD_PUBLIC else 1.0 for _, _, lab in t]
    nm, fn, lab = R.choices(t, weights=ws)[0]
    return nm, fn(), lab


HARD_PUBLIC = {"snowflake", "interactions_public_key", "team_id", "client_id", "app_id", "oauth2_client_id",
               "client_token_public", "did", "at_uri", "playlist_id", "channel_id", "user_id", "event_id", "room_id",
               "client_key", "liff_id", "chat_id", "phone_number_id", "waba_id", "ig_user_id", "tenant_id", "pixel_id",
               "bot_id", "api_id"}


ALPHA_MX = UPPER + LOWER

GENERIC_PLACEHOLDERS = ["changeme", "YOUR_API_KEY", "<your-key>", "<your-token-here>", "REPLACE_ME", "TODO", "xxxxxxxx",
                        "your-token", "CHANGE_ME_IN_PROD", "<redacted>", "***", "set-me", "dummy", "<paste here>"]


def placeholder(c):
    p, kd = c.prov, c.k.kind
    spec = {
        ("telegram", "bot_token"): ["123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<bot-token-from-@BotFather>",
                                    f"{digits(10, '5678')}:${{TELEGRAM_TOKEN_SECRET}}", f"{digits(10, '5678')}:<secret part>",
                                    "1234567890:YOUR_BOT_TOKEN", "0000000000:REPLACE_WITH_REAL_TOKEN"],
        ("discord", "bot_token"): ["your-bot-token-goes-here", "<DISCORD_BOT_TOKEN>", "MTA...paste-your-token"],
        ("discord", "webhook_url"): ["https://discord.com/api/webhooks/<id>/<token>",
                                     f"https://discord.com/api/webhooks/{snowflake(2019, 2024)}/${{DISCORD_WEBHOOK_TOKEN}}",
                                     f"https://discord.com/api/webhooks/{snowflake(2019, 2024)}/{{token}}",
                                     "https://discord.com/api/webhooks/{webhook_id}/{webhook_token}",
                                     "https://discord.com/api/webhooks/000000000000000000/XXXXXXXX"],
        ("slack", "bot_token"): ["xoxb-your-bot-token", "xoxb-XXXXXXXXXXXX-XXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX", "xoxb-..."],
        ("slack", "user_token"): ["xoxp-your-user-token", "xoxp-..."],
        ("slack", "app_token"): ["xapp-1-XXXXXXXXXXX-XXXXXXXXXXXXX-XXXX", "xapp-your-app-level-token"],
        ("slack", "incoming_webhook"): ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                                        f"https://hooks.slack.com/services/{_slack_team()}/B0{rs(UALNUM, 8)}/${{SLACK_HOOK_SECRET}}",
                                        "https://hooks.slack.com/services/YOUR/WEBHOOK/URL"],
        ("msteams", "incoming_webhook"): ["https://<tenant>.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<owner>",
                                          "https://outlook.office.com/webhook/..."],
        ("twitter", "bearer_token"): ["AAAAAAAAAAAAAAAAAAAAA...", "YOUR_BEARER_TOKEN", "<bearer token from developer portal>"],
        ("bluesky", "app_password"): ["xxxx-xxxx-xxxx-xxxx", "abcd-efgh-ijkl-mnop"],
        ("facebook", "page_access_token"): ["EAAB...", "<PAGE_ACCESS_TOKEN>", "EAAG-your-page-token"],
        ("whatsapp", "cloud_api_token"): ["EAA...", "<TEMPORARY_OR_SYSTEM_USER_TOKEN>"],
        ("twitch", "oauth_token"): ["oauth:your_token_here", "oauth:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
        ("youtube", "api_key"): ["AIza...", "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "YOUR_YOUTUBE_API_KEY"],
        ("matrix", "access_token"): ["syt_...", "syt_<your_access_token>"],
        ("pinterest", "access_token"): ["pina_...", "pina_YOUR_ACCESS_TOKEN"],
        ("line", "channel_access_token"): ["<channel access token (long-lived)>", "YOUR_CHANNEL_ACCESS_TOKEN"],
        ("viber", "auth_token"): ["<your-viber-auth-token>", "xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx"],
        ("mattermost", "incoming_webhook"): [f"https://{c.h['MM']}/hooks/xxx-generatedkey-xxx"],
        ("googlechat", "incoming_webhook"): ["https://chat.googleapis.com/v1/spaces/SPACE_ID/messages?key=KEY&token=TOKEN"],
        ("botpress", "personal_access_token"): ["bp_pat_..."],
        ("tiktok", "access_token"): ["act.example12345Example12345Example"],
    }
    opts = spec.get((p, kd), []) + ([] if "password" in c.k.tags else [])
    if "password" in c.k.tags:
        opts += ["changeme", "hunter2", "<password>", "CHANGE_ME", "your-password-here"]
    if not opts or R.random() < 0.4:
        opts = opts + GENERIC_PLACEHOLDERS
    return R.choice(opts)


def masked(c):
    v, _ = c.k.gen()
    if "url" in c.k.tags:
        cut = v.rfind("/") + 1 if "?" not in v else v.rfind("=") + 1
        return v[:cut] + R.choice(["****", "[REDACTED]", "…", "XXXXXXXX", "<redacted>"])
    if c.k.kind == "bot_token" and c.prov == "telegram":
        bid = v.split(":")[0]
        return f"{bid}:AA" + R.choice(["…", "****", "*" * 33]) + (v[-3:] if R.random() < 0.5 else "")
    if v.startswith(("xoxb-", "xoxp-", "xapp-")):
        return v[:5] + R.choice(["…-", "****-", "***-"]) + R.choice(["XXXX", v[-4:]])
    k = R.choice([0, 3, 4, 6, 8]) if len(v) > 20 else R.choice([0, 2, 3])
    for pre in ("oauth:", "pina_", "pinr_", "syt_", "IGQVJ", "IGAA", "THAA", "AIza", "GOCSPX-", "bp_pat_", "act.", "WPL_AP"):
        if v.startswith(pre):
            k = len(pre) + R.choice([0, 0, 2, 4])
    tail = v[-4:] if R.random() < 0.7 else ""
    mid = R.choice(["…", "...", "****", "*" * 12, "[masked]", "•••••"])
    if k == 0 and not tail:
        tail = v[-4:]
    return v[:k] + mid + tail


DOC_SAMPLES = {
    ("telegram", "bot_token"): ("123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11", "token format example from the Telegram Bot API docs"),
    ("twitter", "api_key"): ("xvz1evFS4wEEPTGEFPHBog", "consumer key from Twitter's 'Creating a signature' doc (test vector)"),
    ("twitter", "api_secret"): ("kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw", "consumer secret from Twitter's signature doc (test vector)"),
    ("twitter", "access_token"): ("370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb", "token from Twitter's signature doc (test vector)"),
    ("twitter", "access_token_secret"): ("LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE", "token secret from Twitter's signature doc (test vector)"),
    ("slack", "signing_secret"): ("8f742231b10e8888abcd99yyyzzz85a5", "example signing secret from Slack's 'Verifying requests' doc"),
    ("viber", "auth_token"): ("445da6az1s345z78-dazcczb2542zv51a-e0vc5fva17480im9", "sample token from the Viber REST API docs"),
    ("tiktok", "access_token"): ("act.example12345Example12345Example", "example value copied from the TikTok API docs"),
}


def digest_value(c):
    r = R.randrange(5)
    if r == 0:
        return hashlib.sha256(rbytes(32)).hexdigest(), "_SHA256", "sha256_of_token"
    if r == 1:
        return "sha256:" + hashlib.sha256(rbytes(32)).hexdigest(), "_IMAGE_DIGEST", "image_digest"
    if r == 2:
        return hashlib.sha1(rbytes(20)).hexdigest(), "_GIT_SHA", "git_sha"
    if r == 3:
        return "sha512-" + base64.b64encode(hashlib.sha512(rbytes(16)).digest()).decode(), "_INTEGRITY", "sri_integrity"
    return guid(), "_REQUEST_ID", "uuid"


def kms_blob():
    return "AQICAHh" + base64.b64encode(rbytes(R.randrange(130, 190))).decode()


# --------------------------------------------------------------------------
# assembly
N_POS = 500
N_NEG = 500


def allocate(n):
    tot = sum(k.weight for k in KINDS)
    counts = [max(1, int(n * k.weight / tot)) for k in KINDS]
    i = 0
    order = sorted(range(len(KINDS)), key=lambda j: -KINDS[j].weight)
    while sum(counts) < n:
        counts[order[i % len(order)]] += 1
        i += 1
    while sum(counts) > n:
        j = order[i % len(order)]
        if counts[j] > 1:
            counts[j] -= 1
        i += 1
    seq = [k for k, cnt in zip(KINDS, counts) for _ in range(cnt)]
    R.shuffle(seq)
    return seq


def pick_template(k, positional_wanted=False, only=None):
    cands = [t for t in TEMPLATES if t[3](k) and (only is None or t[0] in only)]
    if not cands:
        cands = [t for t in TEMPLATES if t[3](k)]
    if positional_wanted:
        cands = [t for t in cands if t[5]] or cands
    special = [t for t in cands if t[3] not in (_any, _http, _all)]
    if special and R.random() < 0.3:
        cands = special
    ws = [t[4] for t in cands]
    return R.choices(cands, weights=ws)[0]


CONFIG_T = {"bot.env", "docker-compose.yml", "k8s-deployment.yaml", "k8s-secret.yaml", "systemd.service", "fly.toml",
            "wrangler.toml", "app.json", "serverless.yml", "settings.toml", "config.json", "config.yml", "config.ini",
            "ecosystem.config.js", "Dockerfile", "github-workflow.yml", "run.sh", "terraform.tfvars", "values.yaml",
            "README.md"}
CODE_T = {"bot.py", "main.py", "index.js", "bot.ts", "bot.go", "main.rs", "bot.rb", "webhook.php"}


def choose_name(k):
    if R.random() < 0.26:
        return R.choice(k.generic), True
    return R.choice(k.names), False


def finalize(lines):
    text_lines = []
    mark_line = None
    for i, ln in enumerate("\n".join(lines).split("\n")):
        if MARK in ln:
            if mark_line is not None:
                raise RuntimeError("two slots")
            mark_line = i + 1
            ln = ln.replace(MARK, "")
        text_lines.append(ln)
    if mark_line is None:
        raise RuntimeError("no slot")
    return "\n".join(text_lines) + "\n", mark_line


def make_positive(k):
    for _ in range(20):
        val, extras = k.gen()
        name, generic = choose_name(k)
        positional = R.random() < 0.12
        t = pick_template(k, positional)
        positional = positional and t[5]
        c = Ctx(k, "pos", name, val, None, extras, positional)
        lines = t[1](c, t[0])
        text, ln = finalize(lines)
        rel = t[2](c)
        if val in text.split("\n")[ln - 1] and 5 <= text.count("\n") <= 80:
            return rel, text, val, ln, t[0]
    raise RuntimeError(f"could not place {k.provider}/{k.kind}")


NEG_STRATS = [("envref", 24), ("public_id", 26), ("placeholder", 15), ("masked", 12), ("ciphertext", 9),
              ("doc_sample", 9), ("digest", 6), ("kms_blob", 3)]


def make_negative(k):
    strat = R.choices([s for s, _ in NEG_STRATS], weights=[w for _, w in NEG_STRATS])[0]
    if strat == "doc_sample" and (k.provider, k.kind) not in DOC_SAMPLES:
        strat = "placeholder"
    name, _ = choose_name(k)
    extras = k.gen()[1]
    c = Ctx(k, "neg", name, None, None, extras)
    label = strat
    t = None
    if strat == "envref":
        c.ref = n_upper(name).upper() if not any(ch.islower() for ch in name) else name
        if R.random() < 0.1:
            c.positional = True
    elif strat == "public_id":
        nm, v, lab = public_ids(c)
        label = "public_id:" + lab
        if R.random() < 0.3:
            c.ref = n_upper(name).upper() if not any(ch.islower() for ch in name) else name
            c.extra_pubs = [(nm, v)]
            t = pick_template(k, False, CODE_T)
        else:
            c.name, c.value = nm, v
            t = pick_template(k, False, CONFIG_T | {"strings.xml"})
    elif strat == "placeholder":
        c.value = placeholder(c)
        if R.random() < 0.1:
            c.positional = True
    elif strat == "masked":
        c.value = masked(c)
        if R.random() < 0.35:
            t = next(x for x in TEMPLATES if x[0] == "bot.log")
    elif strat == "doc_sample":
        c.value, c.note = DOC_SAMPLES[(k.provider, k.kind)]
        t = R.choice([x for x in TEMPLATES if x[0] in ("bot.py", "index.js", "bot.ts", "config.yml", "settings.toml", "README.md")])
        if t[0] in ("bot.py", "index.js", "bot.ts"):
            rel_override = R.choice(["tests/test_signature.py", "test/signature.test.js", "tests/fixtures.py"])
    elif strat == "digest":
        v, suffix, lab = digest_value(c)
        base = name if not any(ch.islower() for ch in name) else n_upper(k.names[1] if len(k.names) > 1 else k.names[0])
        if lab == "sha256_of_token":
            c.name = base.upper() + R.choice(["_SHA256", "_FINGERPRINT", "_HASH"])
        elif lab == "uuid":
            c.name = R.choice([f"{k.provider.upper()}_INSTALLATION_ID", "WEBHOOK_SUBSCRIPTION_ID", "DEPLOYMENT_ID"])
        else:
            c.name = {"image_digest": "IMAGE_DIGEST", "git_sha": R.choice(["GIT_SHA", "BUILD_COMMIT", "RELEASE_SHA"]),
                      "sri_integrity": "WIDGET_SRI_HASH"}[lab]
        c.value = v
        label = "digest:" + lab
        t = pick_template(k, False, CONFIG_T - {"README.md", "run.sh"})
    elif strat == "kms_blob":
        c.name, c.value = (n_upper(k.names[0]).upper() + R.choice(["_ENCRYPTED", "_KMS_CIPHERTEXT", "_ENC"])), kms_blob()
        label = "ciphertext:kms"
        t = pick_template(k, False, {"bot.env", "serverless.yml", "config.yml", "config.json", "docker-compose.yml",
                                     "app.json", "settings.toml", "values.yaml"})
    elif strat == "ciphertext":
        cand = [x for x in NEG_ONLY_TEMPLATES if x[0] != "manifest.json"]
        t3 = R.choices(cand, weights=[4, 3, 3])[0]
        t = (t3[0], t3[1], t3[2], None, 0, False)
        label = "ciphertext:" + {"secrets.enc.yaml": "sops", "sealedsecret.yaml": "sealed_secret",
                                 "ansible-vars.yml": "ansible_vault"}[t3[0]]
    if k.provider == "msteams" and strat == "public_id" and R.random() < 0.4 and c.value is not None:
        t3 = NEG_ONLY_TEMPLATES[0]
        t = (t3[0], t3[1], t3[2], None, 0, False)
    if t is None:
        t = pick_template(k, c.positional)
        c.positional = c.positional and t[5]
    lines = t[1](c, t[0])
    text, ln = finalize(lines)
    rel = t[2](c)
    if strat == "doc_sample" and t[0] in ("bot.py", "index.js", "bot.ts"):
        ext = {"bot.py": ".py", "index.js": ".js", "bot.ts": ".ts"}[t[0]]
        rel = rel.rsplit("/", 1)[0] + "/" if "/" in rel else ""
        rel += R.choice(["tests/test_signature", "test/fixtures", "tests/test_client"]) + (
            ".test" if ext != ".py" else "") + ext
    return rel, text, label, t[0]


def main(argv):
    global R
    if len(argv) != 3:
        print(__doc__.split("NEEDLE")[0])
        print("usage: gen_aw.py OUTDIR SEED", file=sys.stderr)
        return 2
    outdir, seed = argv[1], int(argv[2])
    R = random.Random(seed)
    manifest, secrets = [], []
    pos_files = {}
    for i, k in enumerate(allocate(N_POS)):
        rel, text, needle, ln, ft = make_positive(k)
        f = f"pos/p{i + 1:04d}/{rel}"
        pos_files[f] = (text, needle, ln)
        manifest.append({"file": f, "label": "pos", "provider": k.provider, "kind": k.kind, "filetype": ft})
        secrets.append({"file": f, "needle": needle, "line": ln})
    neg_files = {}
    for i, k in enumerate(allocate(N_NEG)):
        rel, text, label, ft = make_negative(k)
        f = f"neg/n{i + 1:04d}/{rel}"
        neg_files[f] = text
        manifest.append({"file": f, "label": "neg", "provider": k.provider, "kind": label, "filetype": ft})
    for f, (text, _, _) in pos_files.items():
        _write(outdir, f, text)
    for f, text in neg_files.items():
        _write(outdir, f, text)
    with open(os.path.join(outdir, "manifest.jsonl"), "w") as fh:
        for row in manifest:
            fh.write(json.dumps(row) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as fh:
        for row in secrets:
            fh.write(json.dumps(row) + "\n")
    return self_check(outdir, manifest, secrets)


def _write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as fh:
        fh.write(text)


def self_check(outdir, manifest, secrets):
    bad = 0
    needles = []
    for row in secrets:
        with open(os.path.join(outdir, row["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        if row["line"] < 1 or row["line"] > len(lines) or row["needle"] not in lines[row["line"] - 1]:
            print("SELF-CHECK FAIL (needle/line):", row["file"], file=sys.stderr)
            bad += 1
        needles.append(row["needle"])
        n_lines = len([x for x in lines if x != ""]) if lines[-1] == "" else len(lines)
        if not 5 <= len(lines) - 1 <= 80:
            print("SELF-CHECK WARN (length):", row["file"], len(lines) - 1, file=sys.stderr)
    needle_set = set(needles)
    if len(needle_set) != len(needles):
        print("SELF-CHECK FAIL: duplicate needles", file=sys.stderr)
        bad += 1
    negs = [m for m in manifest if m["label"] == "neg"]
    for m in negs:
        with open(os.path.join(outdir, m["file"]), encoding="utf-8") as fh:
            text = fh.read()
        for nd in needle_set:
            if nd in text:
                print("SELF-CHECK FAIL (positive needle inside negative):", m["file"], file=sys.stderr)
                bad += 1
        if not 4 <= text.count("\n") <= 80:
            print("SELF-CHECK WARN (length):", m["file"], text.count("\n"), file=sys.stderr)

    def count(rows, key):
        d = {}
        for r in rows:
            d[r[key]] = d.get(r[key], 0) + 1
        return sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))
    pos = [m for m in manifest if m["label"] == "pos"]
    print(f"positives: {len(pos)}  negatives: {len(negs)}")
    print(f"providers (pos): {len(count(pos, 'provider'))}: " + ", ".join(f"{a}={b}" for a, b in count(pos, "provider")))
    pk = count([{"pk": m["provider"] + "/" + m["kind"]} for m in pos], "pk")
    print(f"provider/kind pairs (pos): {len(pk)}: " + ", ".join(f"{a}={b}" for a, b in pk))
    print(f"filetypes (pos): {len(count(pos, 'filetype'))}: " + ", ".join(f"{a}={b}" for a, b in count(pos, "filetype")))
    print(f"filetypes (neg): {len(count(negs, 'filetype'))}: " + ", ".join(f"{a}={b}" for a, b in count(negs, "filetype")))
    nk = count([{"k": m["kind"].split(":")[0]} for m in negs], "k")
    print("negative strategies: " + ", ".join(f"{a}={b}" for a, b in nk))
    nk2 = count([{"k": m["kind"]} for m in negs if ":" in m["kind"]], "k")
    print("negative sub-kinds: " + ", ".join(f"{a}={b}" for a, b in nk2))
    print("self-check:", "OK" if not bad else f"{bad} FAILURES")
    return 0 if not bad else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
