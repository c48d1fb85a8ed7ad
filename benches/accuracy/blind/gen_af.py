#!/usr/bin/env python3
"""Blind evaluation-set generator "af" for a git pre-commit secret scanner.

EMPHASIS
    Low-code, office automation and personal scripting: the scripts and exports
    of analysts, ops staff and power users.  API keys pasted into Google Apps
    Script (Code.gs), Excel VBA modules (.bas/.cls/.frm), AutoHotkey, Tampermonkey
    userscripts, PowerShell/batch/shell one-offs, Jupyter notebooks, n8n / Zapier /
    Make / Power Automate / Retool exports, Alfred / Raycast / Obsidian / Espanso /
    VS Code configs, CSV/TSV/FODS spreadsheet exports, crontab / launchd / Task
    Scheduler entries, .reg files, dotfiles and Markdown notes -- always beside
    record ids, file ids, workflow ids and other public identifiers that look
    just as random as the secret.

USAGE
    python3 gen_af.py OUTDIR SEED

    Writes OUTDIR/pos/pNNNN/<relative path> (500 files, one credential each) and
    OUTDIR/neg/nNNNN/<relative path> (500 files, innocent look-alikes only),
    OUTDIR/manifest.jsonl  rows {"file","label","provider","kind","filetype"}
    OUTDIR/secrets.jsonl   rows {"file","needle","line"} for positives.
    "file" is relative to OUTDIR.  Deterministic per SEED (random.Random(SEED)
    only; no clock, no uuid4, no os.urandom).  Standard library only.

NEEDLE CONVENTIONS
    * needle = the secret substring exactly as written in the file (no quotes,
      no "Bearer " prefix, no surrounding JSON escaping).
    * line = 1-based line number of the (first and only) occurrence.
    * Webhook-style credentials (Slack incoming webhook, Discord webhook) use the
      whole URL as needle, because the URL *is* the credential.
    * Mailchimp keys include the "-usNN" datacenter suffix.
    * Telegram bot tokens include the numeric bot id and the colon.
    * Gmail app passwords are written the way Google displays them (four groups
      of four lowercase letters separated by spaces); the needle includes spaces.
    * For user:password constructs (.netrc, SMTP URLs, Retool DB resources,
      basic-auth curl -u) the needle is the password only.
    * Trello needs key+token; each positive file carries only ONE of the two as
      a literal (the other is read from env/GM storage), so the file holds exactly
      one credential.  Twilio Account SIDs, Microsoft tenant/client ids, Google
      OAuth client ids, Airtable base/table ids etc. are identifiers, not secrets,
      and may appear beside the needle.
    * Human-chosen passwords (SMTP, .netrc, Retool resources) look like real
      human passwords, never "password123".

NEGATIVES
    Same file types and, where natural, same variable names as positives, with
    the secret slot holding: env/secret-manager references in the file type's own
    syntax (PropertiesService, Environ(), EnvGet, GM_getValue, $env:, ${VAR},
    %VAR%, ={{ $env.X }}, @parameters(), ${env:X}), human placeholders, masked or
    truncated values, empty strings, credential references by id, publishable
    keys documented as safe (Stripe pk_live_, Mapbox pk., Sentry DSN, Google OAuth
    client ids, Dropbox app keys), ids (Airtable app/tbl/rec/fld/viw, Notion page
    ids, Sheets/Docs file ids, Apps Script ids, Trello board/card ids, ClickUp
    list ids, workflow/node UUIDs), digests (SRI, sha256, git shas), ciphertext
    (SOPS, DPAPI SecureString blobs, KMS blobs, sealed secrets) and provider
    documentation example values quoted as such.

DOUBTS (formats I am not certain of)
    * Notion "ntn_" tokens: generated as ntn_ + 11 digits + 35 alphanumerics
      (50 chars).  The split digits/alnum is from memory of observed tokens.
    * Typeform: docs show tfp_ + 40 hex; current tokens appear longer
      (tfp_ + ~44 alnum + "_" + ~14 alnum).  Both shapes are generated.
    * Trello new-style tokens: "ATTA" + 64 hex + 8 hex; the trailing 8-char block
      (case, checksum semantics) is uncertain; legacy 64-hex tokens also used.
    * Pipedream user API keys: assumed 32 lowercase hex (not documented).
    * Coda API tokens: assumed UUID-shaped; IFTTT Maker keys assumed 22 chars
      base64url; Readwise 50 alnum; Harvest "<acct>.pt.<~86 chars>" from memory.
    * OpenAI sk-proj-: 74 + "T3BlbkFJ" + 74 base64url chars (164 total) from
      memory of observed keys; legacy sk-<20>T3BlbkFJ<20> also generated.
    * Anthropic: sk-ant-api03- + 93 base64url + "AA" (108 total), from memory.
    * Microsoft Entra client secrets: 3 chars + digit + "Q~" + 34 chars
      (40 total); the exact alphabet of the tail is from memory.
    * Atlassian API tokens: "ATATT3xFfGF0" + body + "=" + 8 hex (192 total).
    * Google refresh tokens: "1//0" + 1 char + ~98 base64url; length varies
      in reality (~100-105).
    * Calendly/Monday/n8n tokens are JWTs; payload claims are plausible guesses,
      signatures are random bytes (so the JWTs are well-formed but unsigned).
    * Smartsheet: documented example is 37 alnum; older tokens were 26 [a-z0-9].
    * Dropbox short-lived "sl." tokens: length 130-150 base64url chars assumed.
    * Asana PATs: documented as opaque; generated in the observed
      "2/<16 digits>/<16 digits>:<32 hex>" and legacy "1/<digits>:<32 hex>" shapes.
"""
import binascii
import base64
import json
import os
import random
import string
import sys
from collections import Counter

N_POS = 500
N_NEG = 500

DIG = string.digits
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits
LOWNUM = LOW + DIG
UPNUM = UP + DIG
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64URL = ALNUM + "-_"
B62 = DIG + UP + LOW

_BAD = ("test", "demo", "fake", "exampl", "sample", "dummy", "xxxx", "0000",
        "1234", "abcd", "pass", "secret", "token", "key")
_ORDER = DIG + LOW + UP


def _has_run(s, n=4):
    """True if s contains an ascending/descending run or repeat of length n."""
    low = s
    for i in range(len(low) - n + 1):
        chunk = low[i:i + n]
        if len(set(chunk)) == 1:
            return True
        idx = [_ORDER.find(c) for c in chunk]
        if -1 in idx:
            continue
        if all(idx[j + 1] - idx[j] == 1 for j in range(n - 1)):
            return True
        if all(idx[j] - idx[j + 1] == 1 for j in range(n - 1)):
            return True
    return False


def rs(r, n, alpha=ALNUM):
    """Random string without sequences or give-away words."""
    for _ in range(200):
        s = "".join(r.choice(alpha) for _ in range(n))
        low = s.lower()
        if n >= 6 and any(b in low for b in _BAD):
            continue
        if n >= 6 and _has_run(s):
            continue
        return s
    return s


def rdig(r, n, first_nonzero=True):
    s = rs(r, n, DIG)
    if first_nonzero and s[0] == "0":
        s = r.choice("123456789") + s[1:]
    return s


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def uuid4(r):
    h = rs(r, 32, HEX)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b62_crc(payload):
    n = binascii.crc32(payload.encode()) & 0xFFFFFFFF
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = B62[m] + out
    return out.rjust(6, "0")


def jwt(r, header, payload, siglen=32):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return "%s.%s.%s" % (h, p, b64u(rbytes(r, siglen)))


def ts(r):
    return r.randint(1672531200, 1767225599)  # 2023..2025


# --------------------------------------------------------------------------
# secret generators
# --------------------------------------------------------------------------

def g_ghp(r, pre="ghp_"):
    body = rs(r, 30)
    return pre + body + b62_crc(body)


def g_gho(r):
    return g_ghp(r, r.choice(["gho_", "ghu_", "ghs_", "ghr_"]))


def g_github_pat(r):
    return "github_pat_" + "11" + rs(r, 20, UPNUM) + "_" + rs(r, 59)


def g_npm(r):
    body = rs(r, 30)
    return "npm_" + body + b62_crc(body)


def g_openai(r):
    if r.random() < 0.75:
        pre = r.choice(["sk-proj-", "sk-proj-", "sk-proj-", "sk-svcacct-"])
        return pre + rs(r, 74, B64URL) + "T3BlbkFJ" + rs(r, 74, B64URL)
    return "sk-" + rs(r, 20) + "T3BlbkFJ" + rs(r, 20)


def g_anthropic(r):
    return "sk-ant-api03-" + rs(r, 93, B64URL) + "AA"


def g_google_api(r):
    return "AIzaSy" + rs(r, 33, B64URL)


def g_gocspx(r):
    return "GOCSPX-" + rs(r, 28, B64URL)


def g_google_refresh(r):
    return "1//0" + r.choice("3459abcdefg") + rs(r, 98, B64URL)


def g_google_access(r):
    return "ya29.a0A" + rs(r, 160, B64URL)


def g_xoxb(r):
    return "xoxb-%s-%s-%s" % (rdig(r, r.choice([11, 12, 13])), rdig(r, 13), rs(r, 24))


def g_xoxp(r):
    return "xoxp-%s-%s-%s-%s" % (rdig(r, 11), rdig(r, 11), rdig(r, 13), rs(r, 32, HEX))


def g_slack_webhook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, r.choice([8, 10]), UPNUM), rs(r, r.choice([9, 11]), UPNUM), rs(r, 24))


def g_discord_webhook(r):
    return "https://discord.com/api/webhooks/%s/%s" % (rdig(r, 19), rs(r, 68, B64URL))


def g_airtable_pat(r):
    return "pat" + rs(r, 14) + "." + rs(r, 64, HEX)


def g_airtable_legacy(r):
    return "key" + rs(r, 14)


def g_notion(r):
    if r.random() < 0.5:
        return "secret_" + rs(r, 43)
    return "ntn_" + rdig(r, 11) + rs(r, 35)


def g_ms_secret(r):
    tail = ALNUM + "_.~-"
    return rs(r, 3, ALNUM) + r.choice(DIG) + "Q~" + rs(r, 34, tail)


def g_mailchimp(r):
    return rs(r, 32, HEX) + "-us" + str(r.randint(1, 21))


def g_sendgrid(r):
    return "SG." + rs(r, 22, B64URL) + "." + rs(r, 43, B64URL)


def g_typeform(r):
    if r.random() < 0.4:
        return "tfp_" + rs(r, 40, HEX)
    return "tfp_" + rs(r, 44) + "_" + rs(r, 14)


def g_calendly(r):
    hdr = {"kid": rs(r, 8, HEX), "typ": "PAT", "alg": "ES512"}
    t = ts(r)
    pl = {"iss": "https://auth.calendly.com", "iat": t, "jti": uuid4(r),
          "user_uuid": uuid4(r)}
    return jwt(r, hdr, pl, 132)


def g_dropbox(r):
    return "sl." + r.choice(["", "u."]) + "A" + rs(r, r.randint(130, 148), B64URL)


def g_box(r):
    return rs(r, 32)


def g_smartsheet(r):
    if r.random() < 0.7:
        return rs(r, 37)
    return rs(r, 26, LOWNUM)


def g_coda(r):
    return uuid4(r)


def g_todoist(r):
    return rs(r, 40, HEX)


def g_clickup(r):
    return "pk_%s_%s" % (rdig(r, r.choice([7, 8, 9])), rs(r, 32, UPNUM))


def g_asana(r):
    if r.random() < 0.7:
        return "2/%s/%s:%s" % (rdig(r, 16), rdig(r, 16), rs(r, 32, HEX))
    return "1/%s:%s" % (rdig(r, 16), rs(r, 32, HEX))


def g_trello_token(r):
    if r.random() < 0.6:
        return "ATTA" + rs(r, 64, HEX) + rs(r, 8, HEXU)
    return rs(r, 64, HEX)


def g_trello_key(r):
    return rs(r, 32, HEX)


def g_monday(r):
    pl = {"tid": r.randint(200000000, 499999999), "aai": r.randint(10, 99),
          "uid": r.randint(10000000, 69999999), "iad": "2024-%02d-%02dT%02d:%02d:%02d.000Z" % (
              r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
          "per": "me:write", "actid": r.randint(1000000, 29999999), "rgn": r.choice(["use1", "euc1"])}
    return jwt(r, {"alg": "HS256"}, pl, 32)


def g_ifttt(r):
    return rs(r, 22, B64URL)


def g_pipedream(r):
    return rs(r, 32, HEX)


def g_telegram(r):
    return "%s:AA%s" % (rdig(r, r.choice([9, 10])), rs(r, 33, B64URL))


def g_twilio_token(r):
    return rs(r, 32, HEX)


def g_twilio_sk_secret(r):
    return rs(r, 32)


def g_bitly(r):
    return rs(r, 40, HEX)


def g_pushover(r):
    return "a" + rs(r, 29, LOWNUM + UP)


def g_ntfy(r):
    return "tk_" + rs(r, 29, LOWNUM)


def g_stripe(r):
    pre = r.choice(["sk_live_", "sk_live_", "rk_live_"])
    return pre + rs(r, r.choice([24, 99]))


def g_hubspot(r):
    return "pat-" + r.choice(["na1", "eu1", "na2"]) + "-" + uuid4(r)


def g_atlassian(r):
    return "ATATT3xFfGF0" + rs(r, 171, B64URL) + "=" + rs(r, 8, HEXU)


def g_linear(r):
    return "lin_api_" + rs(r, 40)


def g_figma(r):
    return "figd_" + rs(r, 40, B64URL)


def g_hf(r):
    return "hf_" + rs(r, 34, string.ascii_letters)


def g_groq(r):
    return "gsk_" + rs(r, 52)


def g_perplexity(r):
    return "pplx-" + rs(r, 48)


def g_zendesk(r):
    return rs(r, 40)


def g_mailgun(r):
    return "%s-%s-%s" % (rs(r, 32, HEX), rs(r, 8, HEX), rs(r, 8, HEX))


def g_brevo(r):
    return "xkeysib-" + rs(r, 64, HEX) + "-" + rs(r, 16)


def g_shopify(r):
    return "shpat_" + rs(r, 32, HEX)


def g_postmark(r):
    return uuid4(r)


def g_heroku(r):
    return "HRKU-" + ("AA" + rs(r, 58, B64URL) if r.random() < 0.6 else uuid4(r))


def g_make(r):
    return uuid4(r)


def g_n8n(r):
    pl = {"sub": uuid4(r), "iss": "n8n", "aud": "public-api", "iat": ts(r)}
    return jwt(r, {"alg": "HS256", "typ": "JWT"}, pl, 32)


def g_readwise(r):
    return rs(r, 50)


def g_toggl(r):
    return rs(r, 32, HEX)


def g_harvest(r):
    return "%s.pt.%s" % (rdig(r, 7), rs(r, 86, B64URL))


def g_deepl(r):
    return uuid4(r) + r.choice([":fx", ":fx", ""])


def g_owm(r):
    return rs(r, 32, HEX)


def g_jotform(r):
    return rs(r, 32, HEX)


def g_mistral(r):
    return rs(r, 32)


def g_discord_bot(r):
    uid = str(r.randint(700000000000000000, 1299999999999999999))
    return "%s.%s.%s" % (b64u(uid.encode()), rs(r, 6, B64URL), rs(r, 38, B64URL))


def g_cloudflare(r):
    return rs(r, 40, B64URL)


def g_gmail_app(r):
    s = rs(r, 16, LOW)
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


FIRST = ["Marek", "Julia", "Tomasz", "Anna", "Kevin", "Sandra", "Lukas", "Priya", "Diego",
         "Hannah", "Olek", "Mateo", "Ingrid", "Rafael", "Chloe", "Svenja", "Bartek", "Noor"]
WORDS = ["winter", "summer", "tiger", "falcon", "harbor", "mango", "river", "Bremen", "Lisbon",
         "coffee", "rocket", "maple", "ocean", "dragon", "garden", "violet", "kayak", "panda"]
SYMS = "!.#$&*_-@?"


def g_human_pw(r):
    f = r.choice(FIRST)
    w = r.choice(WORDS)
    y = str(r.randint(1968, 2016))
    sym = r.choice(SYMS)
    pats = [f + sym + y + w, w.capitalize() + y + sym, f.lower() + w.capitalize() + y[-2:] + sym,
            w[0].upper() + w[1:].replace("o", "0").replace("a", "@") + sym + str(r.randint(2, 99)),
            f + "_" + w + str(r.randint(10, 99)) + sym, "Tr0ub4dor&" + str(r.randint(2, 9)) + w[:3]]
    return r.choice(pats)


# --------------------------------------------------------------------------
# public identifiers (never secrets) used as context and as negatives
# --------------------------------------------------------------------------

def id_airtable(r, pre):
    return pre + rs(r, 14)


def id_notion(r, dashed=False):
    h = rs(r, 32, HEX)
    if dashed:
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return h


def id_gsheet(r):
    return "1" + rs(r, 43, B64URL)


def id_script(r):
    return "1" + rs(r, 56, B64URL)


def id_deploy(r):
    return "AKfycb" + rs(r, 66, B64URL)


def id_trello(r):
    return rs(r, 24, HEX)


def id_gclient(r):
    return "%s-%s.apps.googleusercontent.com" % (rdig(r, 12), rs(r, 32, LOWNUM))


def id_slack_channel(r):
    return "C0" + rs(r, 9, UPNUM)


def id_twilio_sid(r):
    return "AC" + rs(r, 32, HEX)


def id_tg_chat(r):
    return "-100" + rdig(r, 10)


def c_airtable(r):
    return [(["base", "id"], id_airtable(r, "app")), (["table", "id"], id_airtable(r, "tbl")),
            (["view", "id"], id_airtable(r, "viw"))]


def c_notion(r):
    return [(["database", "id"], id_notion(r, r.random() < 0.3))]


def c_slack(r):
    return [(["channel"], id_slack_channel(r))]


def c_trello(r):
    return [(["board", "id"], id_trello(r)), (["list", "id"], id_trello(r))]


def c_sheet(r):
    return [(["sheet", "id"], id_gsheet(r))]


def c_ms(r):
    return [(["tenant", "id"], uuid4(r)), (["client", "id"], uuid4(r))]


def c_google_oauth(r):
    return [(["client", "id"], id_gclient(r))]


def c_twilio(r):
    return [(["account", "sid"], id_twilio_sid(r)), (["from", "number"], "+1" + rdig(r, 10))]


def c_tg(r):
    return [(["chat", "id"], id_tg_chat(r))]


def c_openai(r):
    return [(["model"], r.choice(["gpt-4o-mini", "gpt-4.1-mini", "gpt-4o", "gpt-3.5-turbo"]))]


def c_anthropic(r):
    return [(["model"], r.choice(["claude-3-5-sonnet-20241022", "claude-3-haiku-20240307",
                                  "claude-sonnet-4-20250514"]))]


def c_mailchimp(r):
    return [(["list", "id"], rs(r, 10, HEX))]


def c_clickup(r):
    return [(["list", "id"], "9012" + rdig(r, 8))]


def c_asana(r):
    return [(["project", "gid"], "120" + rdig(r, 13))]


def c_monday(r):
    return [(["board", "id"], rdig(r, 10))]


def c_smartsheet(r):
    return [(["sheet", "id"], rdig(r, 16))]


def c_coda(r):
    return [(["doc", "id"], rs(r, 10, B64URL)), (["table", "id"], "grid-" + rs(r, 10, B64URL))]


def c_typeform(r):
    return [(["form", "id"], rs(r, 8))]


def c_todoist(r):
    return [(["project", "id"], rdig(r, 10))]


def c_box(r):
    return [(["folder", "id"], rdig(r, 12))]


def c_zendesk(r):
    return [(["agent", "email"], r.choice(FIRST).lower() + "@" + r.choice(["acme-support.com", "northwind.io", "fabrikam.eu"]))]


def c_none(r):
    return []


# --------------------------------------------------------------------------
# provider specs
# auth: "bearer" | ("header", H) | ("query", P) | "path" | ("basic", user) |
#       ("form", field) | "webhook" | ("prefix", "Bot ")
# url may contain {K} (query/path styles)
# --------------------------------------------------------------------------

class Spec:
    def __init__(self, provider, kind, gen, words, env, url, auth, method="GET",
                 ctx=c_none, act="sync data", weight=1.0, ph=None):
        self.provider, self.kind, self.gen, self.words = provider, kind, gen, words
        self.env, self.url, self.auth, self.method = env, url, auth, method
        self.ctx, self.act, self.weight = ctx, act, weight
        self.ph = ph or []


SPECS = [
    Spec("airtable", "personal_access_token", g_airtable_pat, ["airtable", "token"], "AIRTABLE_TOKEN",
         "https://api.airtable.com/v0/{BASE}/{TABLE}", "bearer", ctx=c_airtable,
         act="pull Airtable rows into the sheet", weight=3, ph=["patXXXXXXXXXXXXXX.xxxxxxxx", "YOUR_AIRTABLE_PAT"]),
    Spec("airtable", "legacy_api_key", g_airtable_legacy, ["airtable", "api", "key"], "AIRTABLE_API_KEY",
         "https://api.airtable.com/v0/{BASE}/{TABLE}?api_key={K}", ("query", "api_key"), ctx=c_airtable,
         act="export Airtable records", weight=0.6, ph=["keyXXXXXXXXXXXXXX"]),
    Spec("notion", "integration_secret", g_notion, ["notion", "token"], "NOTION_TOKEN",
         "https://api.notion.com/v1/databases/{DB}/query", "bearer", "POST", ctx=c_notion,
         act="query the Notion tasks database", weight=3, ph=["secret_...", "ntn_your_integration_secret"]),
    Spec("slack", "bot_token", g_xoxb, ["slack", "bot", "token"], "SLACK_BOT_TOKEN",
         "https://slack.com/api/chat.postMessage", "bearer", "POST", ctx=c_slack,
         act="post the daily summary to Slack", weight=2.5, ph=["xoxb-your-bot-token", "xoxb-..."]),
    Spec("slack", "user_token", g_xoxp, ["slack", "user", "token"], "SLACK_USER_TOKEN",
         "https://slack.com/api/users.profile.set", "bearer", "POST", ctx=c_none,
         act="update my Slack status", weight=1.2, ph=["xoxp-..."]),
    Spec("slack", "incoming_webhook", g_slack_webhook, ["slack", "webhook", "url"], "SLACK_WEBHOOK_URL",
         "{K}", "webhook", "POST", act="ping the #ops channel", weight=1.5,
         ph=["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"]),
    Spec("discord", "webhook", g_discord_webhook, ["discord", "webhook"], "DISCORD_WEBHOOK_URL",
         "{K}", "webhook", "POST", act="send alerts to Discord", weight=0.8),
    Spec("discord", "bot_token", g_discord_bot, ["discord", "bot", "token"], "DISCORD_BOT_TOKEN",
         "https://discord.com/api/v10/channels/{CH}/messages", ("prefix", "Bot "), "POST",
         act="post to the family Discord", weight=0.5),
    Spec("google", "api_key", g_google_api, ["google", "api", "key"], "GOOGLE_API_KEY",
         "https://www.googleapis.com/youtube/v3/videos?part=statistics&id={VID}&key={K}", ("query", "key"),
         act="fetch YouTube stats", weight=2.5, ph=["AIza...", "YOUR_GOOGLE_API_KEY"]),
    Spec("google", "oauth_client_secret", g_gocspx, ["client", "secret"], "GOOGLE_CLIENT_SECRET",
         "https://oauth2.googleapis.com/token", ("form", "client_secret"), "POST", ctx=c_google_oauth,
         act="refresh the Gmail token", weight=1.5, ph=["GOCSPX-********", "YOUR_CLIENT_SECRET"]),
    Spec("google", "oauth_refresh_token", g_google_refresh, ["refresh", "token"], "GOOGLE_REFRESH_TOKEN",
         "https://oauth2.googleapis.com/token", ("form", "refresh_token"), "POST", ctx=c_google_oauth,
         act="get a fresh access token for Sheets", weight=1.2),
    Spec("google", "oauth_access_token", g_google_access, ["access", "token"], "GOOGLE_ACCESS_TOKEN",
         "https://sheets.googleapis.com/v4/spreadsheets/{SHEET}/values/A1:D50", "bearer", ctx=c_sheet,
         act="read the budget sheet", weight=0.5),
    Spec("openai", "api_key", g_openai, ["openai", "api", "key"], "OPENAI_API_KEY",
         "https://api.openai.com/v1/chat/completions", "bearer", "POST", ctx=c_openai,
         act="summarise the rows with GPT", weight=3, ph=["sk-...", "sk-proj-REPLACE_ME", "YOUR_OPENAI_KEY"]),
    Spec("anthropic", "api_key", g_anthropic, ["anthropic", "api", "key"], "ANTHROPIC_API_KEY",
         "https://api.anthropic.com/v1/messages", ("header", "x-api-key"), "POST", ctx=c_anthropic,
         act="classify tickets with Claude", weight=2, ph=["sk-ant-...", "YOUR_ANTHROPIC_KEY"]),
    Spec("microsoft", "graph_client_secret", g_ms_secret, ["client", "secret"], "GRAPH_CLIENT_SECRET",
         "https://login.microsoftonline.com/{TENANT}/oauth2/v2.0/token", ("form", "client_secret"), "POST",
         ctx=c_ms, act="read the shared mailbox via Graph", weight=2, ph=["<client-secret-value>"]),
    Spec("mailchimp", "api_key", g_mailchimp, ["mailchimp", "api", "key"], "MAILCHIMP_API_KEY",
         "https://{DC}.api.mailchimp.com/3.0/lists/{LIST}/members", ("basic", "anystring"), ctx=c_mailchimp,
         act="add new signups to the newsletter", weight=1.5, ph=["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us1"]),
    Spec("sendgrid", "api_key", g_sendgrid, ["sendgrid", "api", "key"], "SENDGRID_API_KEY",
         "https://api.sendgrid.com/v3/mail/send", "bearer", "POST", act="mail the weekly report", weight=1.5,
         ph=["SG.xxxxx.yyyyy", "SG.your-key-here"]),
    Spec("typeform", "personal_access_token", g_typeform, ["typeform", "token"], "TYPEFORM_TOKEN",
         "https://api.typeform.com/forms/{FORM}/responses?page_size=200", "bearer", ctx=c_typeform,
         act="download survey responses", weight=1.2, ph=["tfp_..."]),
    Spec("calendly", "personal_access_token", g_calendly, ["calendly", "token"], "CALENDLY_TOKEN",
         "https://api.calendly.com/scheduled_events?user={USERURI}", "bearer",
         act="list upcoming meetings", weight=1),
    Spec("dropbox", "short_lived_token", g_dropbox, ["dropbox", "token"], "DROPBOX_TOKEN",
         "https://content.dropboxapi.com/2/files/upload", "bearer", "POST",
         act="upload the export to Dropbox", weight=1.2, ph=["sl.XXXX"]),
    Spec("box", "developer_token", g_box, ["box", "token"], "BOX_DEVELOPER_TOKEN",
         "https://api.box.com/2.0/folders/{FOLDER}/items", "bearer", ctx=c_box,
         act="list files in the Box folder", weight=0.8),
    Spec("smartsheet", "access_token", g_smartsheet, ["smartsheet", "token"], "SMARTSHEET_ACCESS_TOKEN",
         "https://api.smartsheet.com/2.0/sheets/{SSHEET}", "bearer", ctx=c_smartsheet,
         act="copy rows from Smartsheet", weight=1),
    Spec("coda", "api_token", g_coda, ["coda", "token"], "CODA_API_TOKEN",
         "https://coda.io/apis/v1/docs/{DOC}/tables/{CTABLE}/rows", "bearer", ctx=c_coda,
         act="append rows to the Coda table", weight=0.8),
    Spec("todoist", "api_token", g_todoist, ["todoist", "token"], "TODOIST_API_TOKEN",
         "https://api.todoist.com/rest/v2/tasks", "bearer", "POST", ctx=c_todoist,
         act="create a Todoist task", weight=1.5, ph=["<todoist token>"]),
    Spec("clickup", "personal_token", g_clickup, ["clickup", "token"], "CLICKUP_API_TOKEN",
         "https://api.clickup.com/api/v2/list/{CLIST}/task", ("header", "Authorization"), "POST", ctx=c_clickup,
         act="open a ClickUp task", weight=1.5, ph=["pk_XXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"]),
    Spec("asana", "personal_access_token", g_asana, ["asana", "pat"], "ASANA_PAT",
         "https://app.asana.com/api/1.0/projects/{APROJ}/tasks", "bearer", ctx=c_asana,
         act="pull Asana tasks", weight=1.2),
    Spec("trello", "token", g_trello_token, ["trello", "token"], "TRELLO_TOKEN",
         "https://api.trello.com/1/boards/{BOARD}/cards?key={OTHER}&token={K}", ("query", "token"), ctx=c_trello,
         act="archive old Trello cards", weight=1.5),
    Spec("trello", "api_key", g_trello_key, ["trello", "key"], "TRELLO_KEY",
         "https://api.trello.com/1/boards/{BOARD}/cards?key={K}&token={OTHER}", ("query", "key"), ctx=c_trello,
         act="export the Trello board", weight=0.6),
    Spec("monday", "api_token", g_monday, ["monday", "token"], "MONDAY_API_TOKEN",
         "https://api.monday.com/v2", ("header", "Authorization"), "POST", ctx=c_monday,
         act="update the monday.com board", weight=1.2),
    Spec("ifttt", "maker_key", g_ifttt, ["ifttt", "key"], "IFTTT_KEY",
         "https://maker.ifttt.com/trigger/{EVENT}/with/key/{K}", "path", "POST",
         act="trigger the IFTTT applet", weight=1.2),
    Spec("pipedream", "api_key", g_pipedream, ["pipedream", "api", "key"], "PIPEDREAM_API_KEY",
         "https://api.pipedream.com/v1/users/me", "bearer", act="check Pipedream usage", weight=0.6),
    Spec("telegram", "bot_token", g_telegram, ["telegram", "bot", "token"], "TELEGRAM_BOT_TOKEN",
         "https://api.telegram.org/bot{K}/sendMessage", "path", "POST", ctx=c_tg,
         act="send me a Telegram message", weight=2.5, ph=["123456789:ABCdefGhIJKlmNoPQRstuVWXyz"]),
    Spec("twilio", "auth_token", g_twilio_token, ["twilio", "auth", "token"], "TWILIO_AUTH_TOKEN",
         "https://api.twilio.com/2010-04-01/Accounts/{SID}/Messages.json", ("basic", "{SID}"), "POST",
         ctx=c_twilio, act="text the on-call phone", weight=1.5, ph=["your_auth_token"]),
    Spec("bitly", "access_token", g_bitly, ["bitly", "token"], "BITLY_TOKEN",
         "https://api-ssl.bitly.com/v4/shorten", "bearer", "POST", act="shorten campaign links", weight=1),
    Spec("pushover", "app_token", g_pushover, ["pushover", "token"], "PUSHOVER_TOKEN",
         "https://api.pushover.net/1/messages.json", ("form", "token"), "POST",
         act="push a phone notification", weight=1.2),
    Spec("ntfy", "access_token", g_ntfy, ["ntfy", "token"], "NTFY_TOKEN",
         "https://ntfy.sh/{TOPIC}", "bearer", "POST", act="notify my phone via ntfy", weight=1),
    Spec("stripe", "secret_key", g_stripe, ["stripe", "key"], "STRIPE_SECRET_KEY",
         "https://api.stripe.com/v1/charges?limit=100", "bearer", act="export last month's charges",
         weight=1, ph=["sk_live_...", "sk_test_..."]),
    Spec("hubspot", "private_app_token", g_hubspot, ["hubspot", "token"], "HUBSPOT_TOKEN",
         "https://api.hubapi.com/crm/v3/objects/contacts", "bearer", act="pull HubSpot contacts", weight=1),
    Spec("atlassian", "api_token", g_atlassian, ["jira", "token"], "JIRA_API_TOKEN",
         "https://{SITE}.atlassian.net/rest/api/3/search?jql=assignee=currentUser()", ("basic", "{EMAIL}"),
         act="list my Jira issues", weight=1.2),
    Spec("linear", "api_key", g_linear, ["linear", "api", "key"], "LINEAR_API_KEY",
         "https://api.linear.app/graphql", ("header", "Authorization"), "POST", act="file a Linear issue", weight=0.8),
    Spec("figma", "personal_access_token", g_figma, ["figma", "token"], "FIGMA_TOKEN",
         "https://api.figma.com/v1/files/{FIGFILE}", ("header", "X-Figma-Token"), act="export Figma frames", weight=0.8),
    Spec("huggingface", "access_token", g_hf, ["hf", "token"], "HF_TOKEN",
         "https://api-inference.huggingface.co/models/facebook/bart-large-cnn", "bearer", "POST",
         act="summarise with a hosted model", weight=0.8),
    Spec("groq", "api_key", g_groq, ["groq", "api", "key"], "GROQ_API_KEY",
         "https://api.groq.com/openai/v1/chat/completions", "bearer", "POST", act="draft replies quickly", weight=0.7),
    Spec("perplexity", "api_key", g_perplexity, ["pplx", "key"], "PERPLEXITY_API_KEY",
         "https://api.perplexity.ai/chat/completions", "bearer", "POST", act="research company names", weight=0.6),
    Spec("mistral", "api_key", g_mistral, ["mistral", "key"], "MISTRAL_API_KEY",
         "https://api.mistral.ai/v1/chat/completions", "bearer", "POST", act="translate product blurbs", weight=0.5),
    Spec("zendesk", "api_token", g_zendesk, ["zendesk", "token"], "ZENDESK_API_TOKEN",
         "https://{SUB}.zendesk.com/api/v2/tickets.json", ("basic", "{EMAIL}/token"), ctx=c_zendesk,
         act="export open tickets", weight=0.8),
    Spec("mailgun", "api_key", g_mailgun, ["mailgun", "key"], "MAILGUN_API_KEY",
         "https://api.eu.mailgun.net/v3/{MGDOMAIN}/messages", ("basic", "api"), "POST",
         act="send the invoice reminder", weight=0.8),
    Spec("brevo", "api_key", g_brevo, ["brevo", "api", "key"], "BREVO_API_KEY",
         "https://api.brevo.com/v3/smtp/email", ("header", "api-key"), "POST", act="send transactional mail", weight=0.8),
    Spec("shopify", "admin_token", g_shopify, ["shopify", "token"], "SHOPIFY_ADMIN_TOKEN",
         "https://{SHOP}.myshopify.com/admin/api/2024-07/orders.json?status=any", ("header", "X-Shopify-Access-Token"),
         act="export Shopify orders", weight=1),
    Spec("postmark", "server_token", g_postmark, ["postmark", "token"], "POSTMARK_SERVER_TOKEN",
         "https://api.postmarkapp.com/email", ("header", "X-Postmark-Server-Token"), "POST",
         act="send the receipt email", weight=0.7),
    Spec("heroku", "api_key", g_heroku, ["heroku", "api", "key"], "HEROKU_API_KEY",
         "https://api.heroku.com/apps", "bearer", act="list my Heroku apps", weight=0.6),
    Spec("make", "api_token", g_make, ["make", "token"], "MAKE_API_TOKEN",
         "https://eu1.make.com/api/v2/scenarios?teamId={TEAM}", ("prefix", "Token "), act="list Make scenarios", weight=0.7),
    Spec("n8n", "api_key", g_n8n, ["n8n", "api", "key"], "N8N_API_KEY",
         "https://{N8NHOST}/api/v1/workflows", ("header", "X-N8N-API-KEY"), act="back up n8n workflows", weight=0.8),
    Spec("readwise", "access_token", g_readwise, ["readwise", "token"], "READWISE_TOKEN",
         "https://readwise.io/api/v2/highlights/", ("prefix", "Token "), act="pull highlights", weight=0.8),
    Spec("toggl", "api_token", g_toggl, ["toggl", "token"], "TOGGL_API_TOKEN",
         "https://api.track.toggl.com/api/v9/me/time_entries", ("basic_tok", "api_token"), act="export time entries", weight=0.7),
    Spec("harvest", "personal_access_token", g_harvest, ["harvest", "token"], "HARVEST_ACCESS_TOKEN",
         "https://api.harvestapp.com/v2/time_entries", "bearer", act="export billable hours", weight=0.6),
    Spec("deepl", "auth_key", g_deepl, ["deepl", "key"], "DEEPL_AUTH_KEY",
         "https://api-free.deepl.com/v2/translate", ("prefix", "DeepL-Auth-Key "), "POST",
         act="translate the column", weight=1.2),
    Spec("openweathermap", "api_key", g_owm, ["owm", "key"], "OWM_API_KEY",
         "https://api.openweathermap.org/data/2.5/weather?q={CITY}&appid={K}&units=metric", ("query", "appid"),
         act="log the weather", weight=0.8),
    Spec("jotform", "api_key", g_jotform, ["jotform", "key"], "JOTFORM_API_KEY",
         "https://api.jotform.com/user/submissions?apiKey={K}", ("query", "apiKey"), act="fetch form submissions", weight=0.6),
    Spec("github", "personal_access_token", g_ghp, ["github", "token"], "GITHUB_TOKEN",
         "https://api.github.com/repos/{OWNER}/{REPO}/issues", "bearer", act="mirror issues to the sheet", weight=1.5,
         ph=["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<your-github-token>"]),
    Spec("github", "oauth_or_app_token", g_gho, ["gh", "token"], "GH_TOKEN",
         "https://api.github.com/user/repos", "bearer", act="list repos", weight=0.5),
    Spec("github", "fine_grained_pat", g_github_pat, ["github", "pat"], "GITHUB_PAT",
         "https://api.github.com/repos/{OWNER}/{REPO}/contents/data.csv", "bearer", "PUT",
         act="commit the CSV to GitHub", weight=0.8),
    Spec("npm", "access_token", g_npm, ["npm", "token"], "NPM_TOKEN",
         "https://registry.npmjs.org/-/whoami", "bearer", act="check npm login", weight=0.5),
    Spec("cloudflare", "api_token", g_cloudflare, ["cf", "api", "token"], "CLOUDFLARE_API_TOKEN",
         "https://api.cloudflare.com/client/v4/zones/{ZONE}/dns_records", "bearer",
         act="update my home DNS record", weight=0.7),
]
SPEC_BY = {(s.provider, s.kind): s for s in SPECS}


# --------------------------------------------------------------------------
# request model: language-neutral description of one HTTP call
# parts: list of ("lit", s) | ("var", name_words) | ("b64", parts)
# --------------------------------------------------------------------------

CITIES = ["Berlin", "Krakow", "Austin", "Leeds", "Porto", "Lyon", "Denver", "Utrecht", "Gdansk"]
OWNERS = ["kzielinski", "acme-ops", "lina-dev", "finance-tools", "mhoward", "team-hr"]
REPOS = ["reports", "budget-sync", "dotfiles", "sheet-bot", "ops-scripts"]
SITES = ["acme", "northwind", "contoso-it", "fabrikam", "globex"]
DOMAINS = ["mg.acme-shop.com", "mail.northwind.io", "news.fabrikam.eu"]
CHAT_MODELS = {"openai": "gpt-4o-mini", "groq": "llama-3.1-8b-instant", "perplexity": "sonar",
               "mistral": "mistral-small-latest"}


class Req:
    def __init__(self):
        self.url = []
        self.method = "GET"
        self.headers = []
        self.form = None
        self.json = None
        self.basic = None  # (user_parts, key_var)
        self.companions = []  # (words, ENV)
        self.consts = []  # (words, literal)


def _fill(r, tmpl, spec, ctxd):
    vals = {
        "BASE": ctxd.get("base_id"), "TABLE": ctxd.get("table_id") or r.choice(["Tasks", "Leads", "Inventory"]),
        "DB": ctxd.get("database_id"), "CH": rdig(r, 18), "VID": rs(r, 11, B64URL),
        "TENANT": ctxd.get("tenant_id"), "LIST": ctxd.get("list_id"), "FORM": ctxd.get("form_id"),
        "USERURI": "https://api.calendly.com/users/" + uuid4(r), "FOLDER": ctxd.get("folder_id"),
        "SSHEET": ctxd.get("sheet_id"), "DOC": ctxd.get("doc_id"), "CTABLE": ctxd.get("table_id"),
        "CLIST": ctxd.get("list_id"), "APROJ": ctxd.get("project_gid"), "BOARD": ctxd.get("board_id"),
        "EVENT": r.choice(["door_opened", "report_ready", "low_stock", "new_lead", "backup_done"]),
        "SID": ctxd.get("account_sid"), "TOPIC": r.choice(["kim-alerts", "homelab", "backup-status", "ops-ping"]),
        "SITE": r.choice(SITES), "FIGFILE": rs(r, 22), "SUB": r.choice(SITES),
        "MGDOMAIN": r.choice(DOMAINS), "SHOP": r.choice(SITES) + "-store", "TEAM": rdig(r, 6),
        "N8NHOST": r.choice(["n8n.acme.internal", "flows.northwind.io", "n8n.home.lan:5678"]),
        "CITY": r.choice(CITIES), "OWNER": r.choice(OWNERS), "REPO": r.choice(REPOS),
        "ZONE": rs(r, 32, HEX), "SHEET": ctxd.get("sheet_id") or id_gsheet(r),
        "DC": "us" + str(r.randint(2, 21)),
    }
    out = tmpl
    for k, v in vals.items():
        if "{" + k + "}" in out:
            out = out.replace("{" + k + "}", str(v) if v is not None else rs(r, 10))
    return out


def _split_url(u, keyw, otherw):
    parts = []
    i = 0
    while i < len(u):
        jk = u.find("{K}", i)
        jo = u.find("{OTHER}", i)
        cands = [j for j in (jk, jo) if j != -1]
        if not cands:
            parts.append(("lit", u[i:]))
            break
        j = min(cands)
        if j > i:
            parts.append(("lit", u[i:j]))
        if j == jk:
            parts.append(("var", keyw))
            i = j + 3
        else:
            parts.append(("var", otherw))
            i = j + 7
    return parts


def build_req(r, spec, keyw, ctx):
    q = Req()
    ctxd = {"_".join(w): v for w, v in ctx}
    q.consts = list(ctx)
    q.method = spec.method
    otherw = None
    if spec.provider == "trello":
        otherw = ["trello", "token"] if spec.kind == "api_key" else ["trello", "key"]
        q.companions.append((otherw, "TRELLO_TOKEN" if spec.kind == "api_key" else "TRELLO_KEY"))
    url = _fill(r, spec.url, spec, ctxd)
    a = spec.auth
    if a == "webhook":
        q.url = [("var", keyw)]
    else:
        q.url = _split_url(url, keyw, otherw)
    if a == "bearer":
        q.headers.append(("Authorization", [("lit", "Bearer "), ("var", keyw)]))
    elif isinstance(a, tuple) and a[0] == "header":
        q.headers.append((a[1], [("var", keyw)]))
    elif isinstance(a, tuple) and a[0] == "prefix":
        q.headers.append(("Authorization", [("lit", a[1]), ("var", keyw)]))
    elif isinstance(a, tuple) and a[0] in ("basic", "basic_tok"):
        if a[0] == "basic_tok":
            q.basic = ([("var", keyw)], [("lit", "api_token")])
        else:
            user = a[1]
            if user == "{SID}":
                up = [("var", ["account", "sid"])]
            elif user == "{EMAIL}":
                q.consts.append((["jira", "email"], r.choice(FIRST).lower() + "@" + r.choice(SITES) + ".com"))
                up = [("var", ["jira", "email"])]
            elif user == "{EMAIL}/token":
                up = [("var", ["agent", "email"]), ("lit", "/token")]
            else:
                up = [("lit", user)]
            q.basic = (up, [("var", keyw)])
    elif isinstance(a, tuple) and a[0] == "form":
        f = []
        if spec.provider == "pushover":
            q.companions.append((["pushover", "user"], "PUSHOVER_USER_KEY"))
            f = [("token", [("var", keyw)]), ("user", [("var", ["pushover", "user"])]),
                 ("title", [("lit", r.choice(["Backup", "Sheet sync", "NAS", "Reminder"]))]),
                 ("message", [("lit", r.choice(["Job finished", "Disk almost full", "Report ready"]))])]
        elif spec.provider == "google":
            if spec.kind == "oauth_client_secret":
                q.companions.append((["refresh", "token"], "GOOGLE_REFRESH_TOKEN"))
                f = [("client_id", [("var", ["client", "id"])]), ("client_secret", [("var", keyw)]),
                     ("refresh_token", [("var", ["refresh", "token"])]), ("grant_type", [("lit", "refresh_token")])]
            else:
                q.companions.append((["client", "secret"], "GOOGLE_CLIENT_SECRET"))
                f = [("client_id", [("var", ["client", "id"])]), ("client_secret", [("var", ["client", "secret"])]),
                     ("refresh_token", [("var", keyw)]), ("grant_type", [("lit", "refresh_token")])]
        elif spec.provider == "microsoft":
            f = [("client_id", [("var", ["client", "id"])]), ("client_secret", [("var", keyw)]),
                 ("scope", [("lit", "https://graph.microsoft.com/.default")]),
                 ("grant_type", [("lit", "client_credentials")])]
        q.form = f
    if q.method in ("POST", "PUT") and q.form is None:
        p = spec.provider
        if p in CHAT_MODELS or p == "anthropic":
            q.json = {"model": ctxd.get("model") or CHAT_MODELS.get(p, "claude-3-haiku-20240307"),
                      "messages": [{"role": "user", "content": "Summarise this row in one sentence."}]}
            if p == "anthropic":
                q.json["max_tokens"] = 300
                q.headers.append(("anthropic-version", [("lit", "2023-06-01")]))
        elif p == "slack" and spec.kind == "user_token":
            q.json = {"profile": {"status_text": r.choice(["Focus time", "In a meeting", "Lunch"]),
                                  "status_emoji": r.choice([":headphones:", ":calendar:", ":sandwich:"])}}
        elif p == "slack":
            q.json = {"channel": ctxd.get("channel", "#general"), "text": "Daily numbers are in"}
        elif p == "telegram":
            q.json = {"chat_id": ctxd.get("chat_id"), "text": r.choice(["Backup done", "Sheet updated", "Door opened"])}
        elif p == "notion":
            q.json = {"page_size": 50, "filter": {"property": "Status", "status": {"equals": "In progress"}}}
        elif p in ("discord",):
            q.json = {"content": "Backup finished"}
        elif p == "deepl":
            q.json = {"text": ["Guten Morgen"], "target_lang": "EN-GB"}
        elif p == "monday":
            q.json = {"query": "query { boards (ids: %s) { name items_count } }" % ctxd.get("board_id", rdig(r, 10))}
        elif p == "linear":
            q.json = {"query": "{ viewer { id name } }"}
        elif p == "todoist":
            q.json = {"content": "Review the weekly export", "due_string": "tomorrow"}
        else:
            q.json = {"text": r.choice(["Report ready", "New signup", "Stock low on SKU-4471"])}
    return q


# --------------------------------------------------------------------------
# naming
# --------------------------------------------------------------------------

GENERIC = [["token"], ["api", "key"], ["llm", "key"], ["auth"], ["key"], ["secret"], ["access", "token"],
           ["bearer"], ["pat"], ["my", "key"], ["creds"], ["api", "token"], ["auth", "token"], ["svc", "key"]]


def style(words, how):
    if how == "upper":
        return "_".join(w.upper() for w in words)
    if how == "snake":
        return "_".join(w.lower() for w in words)
    if how == "camel":
        return words[0].lower() + "".join(w.capitalize() for w in words[1:])
    if how == "pascal":
        return "".join(w.capitalize() for w in words)
    return "_".join(words)


def pick_words(r, spec):
    """About a third of the time the variable name does not name the provider."""
    if r.random() < 0.34:
        w = r.choice(GENERIC)
        if spec.provider in ("openai", "anthropic", "groq", "mistral", "perplexity") and r.random() < 0.5:
            w = r.choice([["llm", "key"], ["ai", "key"], ["model", "key"]])
        return w, True
    return list(spec.words), False


# --------------------------------------------------------------------------
# languages
# --------------------------------------------------------------------------

def _jsq(s):
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _dq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Lang:
    case = "upper"
    cmt = "//"

    def __init__(self, r):
        self.r = r
        self.over = {}

    def name(self, w):
        if tuple(w) in self.over:
            return self.over[tuple(w)]
        return style(w, self.case)

    def c(self, s):
        return self.cmt + " " + s if s else self.cmt


class JSLang(Lang):
    """Apps Script / userscript / node."""
    flavor = "gs"
    case = "upper"

    def lit(self, s):
        return _jsq(s)

    def env(self, envn, w):
        r = self.r
        if self.flavor == "gs":
            return r.choice(["PropertiesService.getScriptProperties().getProperty(%s)" % _jsq(envn),
                             "PropertiesService.getUserProperties().getProperty(%s)" % _jsq(envn),
                             "SpreadsheetApp.getActive().getRangeByName(%s).getValue()" % _jsq(envn.lower())])
        if self.flavor == "user":
            return r.choice(["GM_getValue(%s, '')" % _jsq(style(w, "camel")),
                             "localStorage.getItem(%s)" % _jsq(style(w, "snake"))])
        return r.choice(["process.env.%s" % envn, "process.env.%s ?? ''" % envn])

    def expr(self, parts):
        out = []
        for p in parts:
            if p[0] == "lit":
                out.append(_jsq(p[1]))
            elif p[0] == "var":
                out.append(self.name(p[1]))
            else:
                inner = self.expr(p[1])
                out.append(("Utilities.base64Encode(%s)" if self.flavor == "gs" else "btoa(%s)") % inner)
        return " + ".join(out) if out else "''"

    def decl(self, w, e):
        kw = "var" if self.flavor == "gs" and self.r.random() < 0.4 else "const"
        return "%s %s = %s;" % (kw, self.name(w), e)

    def jsobj(self, obj, ind):
        txt = json.dumps(obj, indent=2)
        return [(" " * ind) + l for l in txt.splitlines()]

    def request(self, q, fn):
        r = self.r
        L = []
        hdr = list(q.headers)
        if q.basic:
            hdr.append(("Authorization", [("lit", "Basic "), ("b64", q.basic[0] + [("lit", ":")] + q.basic[1])]))
        url = self.expr(q.url)
        if self.flavor == "gs":
            L.append("function %s() {" % fn)
            L.append("  var options = {")
            L.append("    method: '%s'," % q.method.lower())
            if q.json is not None:
                L.append("    contentType: 'application/json',")
            if hdr:
                L.append("    headers: {")
                for i, (h, p) in enumerate(hdr):
                    L.append("      '%s': %s%s" % (h, self.expr(p), "," if i < len(hdr) - 1 else ""))
                L.append("    },")
            if q.form is not None:
                L.append("    payload: {")
                for i, (k, p) in enumerate(q.form):
                    L.append("      %s: %s%s" % (k, self.expr(p), "," if i < len(q.form) - 1 else ""))
                L.append("    },")
            if q.json is not None:
                L.append("    payload: JSON.stringify(" + json.dumps(q.json) + "),")
            L.append("    muteHttpExceptions: true")
            L.append("  };")
            L.append("  var res = UrlFetchApp.fetch(%s, options);" % url)
            L.append("  if (res.getResponseCode() >= 300) {")
            L.append("    Logger.log('HTTP ' + res.getResponseCode() + ': ' + res.getContentText());")
            L.append("    return null;")
            L.append("  }")
            L.append("  return JSON.parse(res.getContentText());")
            L.append("}")
        elif self.flavor == "user":
            L.append("function %s(onDone) {" % fn)
            L.append("  GM_xmlhttpRequest({")
            L.append("    method: '%s'," % q.method)
            L.append("    url: %s," % url)
            hh = hdr + ([("Content-Type", [("lit", "application/json")])] if q.json is not None else []) + \
                ([("Content-Type", [("lit", "application/x-www-form-urlencoded")])] if q.form else [])
            if hh:
                L.append("    headers: {")
                for i, (h, p) in enumerate(hh):
                    L.append("      '%s': %s%s" % (h, self.expr(p), "," if i < len(hh) - 1 else ""))
                L.append("    },")
            if q.json is not None:
                L.append("    data: JSON.stringify(%s)," % json.dumps(q.json))
            if q.form:
                L.append("    data: new URLSearchParams({ %s }).toString()," % ", ".join(
                    "%s: %s" % (k, self.expr(p)) for k, p in q.form))
            L.append("    onload: (res) => onDone(JSON.parse(res.responseText)),")
            L.append("    onerror: (err) => console.error('[%s] request failed', err)" % fn)
            L.append("  });")
            L.append("}")
        else:
            L.append("export async function %s() {" % fn)
            L.append("  const res = await fetch(%s, {" % url)
            L.append("    method: '%s'," % q.method)
            hh = hdr + ([("Content-Type", [("lit", "application/json")])] if q.json is not None else [])
            if hh:
                L.append("    headers: {")
                for i, (h, p) in enumerate(hh):
                    L.append("      '%s': %s%s" % (h, self.expr(p), "," if i < len(hh) - 1 else ""))
                L.append("    },")
            if q.json is not None:
                L.append("    body: JSON.stringify(%s)," % json.dumps(q.json))
            if q.form:
                L.append("    body: new URLSearchParams({ %s })," % ", ".join(
                    "%s: %s" % (k, self.expr(p)) for k, p in q.form))
            L[-1] = L[-1].rstrip(",")
            L.append("  });")
            L.append("  if (!res.ok) throw new Error(`HTTP ${res.status}`);")
            L.append("  return res.json();")
            L.append("}")
        return L


class PyLang(Lang):
    case = "upper"
    cmt = "#"

    def lit(self, s):
        return _dq(s)

    def env(self, envn, w):
        return self.r.choice(['os.environ["%s"]' % envn, 'os.getenv("%s")' % envn, 'os.environ.get("%s", "")' % envn,
                              'keyring.get_password("%s", getpass.getuser())' % style(w, "snake")])

    def expr(self, parts):
        if len(parts) == 1 and parts[0][0] == "var":
            return self.name(parts[0][1])
        if all(p[0] == "lit" for p in parts):
            return _dq("".join(p[1] for p in parts))
        s = ""
        for p in parts:
            if p[0] == "lit":
                s += p[1].replace("{", "{{").replace("}", "}}")
            elif p[0] == "var":
                s += "{" + self.name(p[1]) + "}"
        return 'f"' + s + '"'

    def decl(self, w, e):
        return "%s = %s" % (self.name(w), e)

    def request(self, q, fn):
        L = ["def %s():" % fn]
        hdr = q.headers
        L.append("    resp = requests.%s(" % q.method.lower())
        L.append("        %s," % self.expr(q.url))
        if hdr:
            L.append("        headers={%s}," % ", ".join('"%s": %s' % (h, self.expr(p)) for h, p in hdr))
        if q.basic:
            L.append("        auth=(%s, %s)," % (self.expr(q.basic[0]), self.expr(q.basic[1])))
        if q.form:
            L.append("        data={%s}," % ", ".join('"%s": %s' % (k, self.expr(p)) for k, p in q.form))
        if q.json is not None:
            L.append("        json=%s," % json.dumps(q.json))
        L.append("        timeout=30,")
        L.append("    )")
        L.append("    resp.raise_for_status()")
        L.append("    return resp.json()")
        return L


class PSLang(Lang):
    case = "camel"
    cmt = "#"

    def name(self, w):
        if tuple(w) in self.over:
            return self.over[tuple(w)]
        return "$" + style(w, "camel")

    def lit(self, s):
        return "'" + s.replace("'", "''") + "'"

    def env(self, envn, w):
        return self.r.choice(["$env:%s" % envn, "(Get-Secret -Name %s -AsPlainText)" % envn,
                              "[Environment]::GetEnvironmentVariable('%s', 'User')" % envn])

    def expr(self, parts):
        if len(parts) == 1 and parts[0][0] == "var":
            return self.name(parts[0][1])
        if all(p[0] == "lit" for p in parts):
            return self.lit("".join(p[1] for p in parts))
        s = ""
        for p in parts:
            if p[0] == "lit":
                s += p[1].replace("$", "`$")
            elif p[0] == "var":
                s += "$(" + self.name(p[1]) + ")"
            else:
                s += "$([Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes(%s)))" % self.expr(p[1])
        return '"' + s + '"'

    def decl(self, w, e):
        return "%s = %s" % (self.name(w), e)

    def request(self, q, fn):
        hdr = list(q.headers)
        if q.basic:
            hdr.append(("Authorization", [("lit", "Basic "), ("b64", q.basic[0] + [("lit", ":")] + q.basic[1])]))
        L = ["function %s {" % fn.replace("_", "-").title().replace("-", "-")]
        L.append("    $headers = @{")
        for h, p in hdr:
            L.append("        '%s' = %s" % (h, self.expr(p)))
        L.append("    }")
        args = "-Uri %s -Method %s -Headers $headers" % (self.expr(q.url), q.method.capitalize())
        if q.form:
            L.append("    $body = @{")
            for k, p in q.form:
                L.append("        %s = %s" % (k, self.expr(p)))
            L.append("    }")
            args += " -Body $body"
        if q.json is not None:
            L.append("    $body = '%s'" % json.dumps(q.json).replace("'", "''"))
            args += " -Body $body -ContentType 'application/json'"
        L.append("    Invoke-RestMethod %s" % args)
        L.append("}")
        return L


class ShLang(Lang):
    case = "upper"
    cmt = "#"

    def lit(self, s):
        return "'" + s.replace("'", "'\\''") + "'"

    def env(self, envn, w):
        r = self.r
        return r.choice(['"${%s:?%s is not set}"' % (envn, envn), '"$(security find-generic-password -s %s -w)"' % style(w, "snake"),
                         '"$(pass show api/%s)"' % style(w, "snake"), '"$(op read "op://Private/%s/credential")"' % style(w, "snake"),
                         '"${%s}"' % envn])

    def expr(self, parts):
        s = ""
        for p in parts:
            if p[0] == "lit":
                s += p[1].replace("$", "\\$")
            elif p[0] == "var":
                s += "${" + self.name(p[1]) + "}"
            else:
                s += "$(printf '%%s' \"%s\" | base64)" % self.expr(p[1]).strip('"')
        return '"' + s + '"'

    def decl(self, w, e):
        return "%s=%s" % (self.name(w), e)

    def request(self, q, fn):
        L = ["%s() {" % fn]
        line = "  curl -sS --fail -X %s %s" % (q.method, self.expr(q.url))
        L.append(line + " \\")
        for h, p in q.headers:
            L.append('    -H %s \\' % self.expr([("lit", h + ": ")] + p))
        if q.basic:
            L.append("    -u %s \\" % self.expr(q.basic[0] + [("lit", ":")] + q.basic[1]))
        if q.form:
            for k, p in q.form:
                L.append("    --data-urlencode %s \\" % self.expr([("lit", k + "=")] + p))
        if q.json is not None:
            L.append("    -H 'Content-Type: application/json' \\")
            L.append("    -d '%s' \\" % json.dumps(q.json).replace("'", "'\\''"))
        L[-1] = L[-1][:-2]
        L.append("}")
        return L


class BatLang(Lang):
    case = "upper"
    cmt = "REM"

    def lit(self, s):
        return s

    def env(self, envn, w):
        return "%" + envn + "%"

    def expr(self, parts):
        s = ""
        for p in parts:
            if p[0] == "lit":
                s += p[1].replace("%", "%%")
            elif p[0] == "var":
                s += "%" + self.name(p[1]) + "%"
        return '"' + s + '"'

    def decl(self, w, e):
        return 'set "%s=%s"' % (self.name(w), e)

    def request(self, q, fn):
        L = [":%s" % fn]
        L.append("curl -s -X %s %s ^" % (q.method, self.expr(q.url)))
        for h, p in q.headers:
            L.append("  -H %s ^" % self.expr([("lit", h + ": ")] + p))
        if q.basic:
            L.append("  -u %s ^" % self.expr(q.basic[0] + [("lit", ":")] + q.basic[1]))
        if q.form:
            for k, p in q.form:
                L.append("  --data-urlencode %s ^" % self.expr([("lit", k + "=")] + p))
        if q.json is not None:
            L.append('  -H "Content-Type: application/json" ^')
            L.append('  -d "%s" ^' % json.dumps(q.json).replace('"', '\\"'))
        L.append('  -o "%TEMP%\\response.json"')
        L.append("goto :eof")
        return L


class VBALang(Lang):
    case = "upper"
    cmt = "'"

    def lit(self, s):
        return '"' + s.replace('"', '""') + '"'

    def env(self, envn, w):
        return self.r.choice(['Environ("%s")' % envn, 'GetSetting("ReportTools", "Auth", "%s")' % envn,
                              'ThisWorkbook.Names("%s").RefersToRange.Value' % envn,
                              'Sheets("Config").Range("B%d").Value' % self.r.randint(2, 9)])

    def expr(self, parts):
        out = []
        for p in parts:
            if p[0] == "lit":
                out.append(self.lit(p[1]))
            elif p[0] == "var":
                out.append(self.name(p[1]))
            else:
                out.append("Base64Encode(%s)" % self.expr(p[1]))
        return " & ".join(out) if out else '""'

    def decl(self, w, e, const=None):
        if e.startswith('"') and (const is None or const):
            return "Private Const %s As String = %s" % (self.name(w), e)
        return "%s = %s" % (self.name(w), e)

    def request(self, q, fn):
        hdr = list(q.headers)
        if q.basic:
            hdr.append(("Authorization", [("lit", "Basic "), ("b64", q.basic[0] + [("lit", ":")] + q.basic[1])]))
        L = ["Public Function %s() As String" % style(fn.split("_"), "pascal")]
        L.append("    Dim http As Object")
        L.append('    Set http = CreateObject("MSXML2.ServerXMLHTTP.6.0")')
        L.append('    http.Open "%s", %s, False' % (q.method, self.expr(q.url)))
        for h, p in hdr:
            L.append('    http.setRequestHeader "%s", %s' % (h, self.expr(p)))
        if q.form:
            L.append('    http.setRequestHeader "Content-Type", "application/x-www-form-urlencoded"')
            body = []
            for k, p in q.form:
                body += [("lit", ("&" if body else "") + k + "=")] + p
            L.append("    http.send %s" % self.expr(body))
        elif q.json is not None:
            L.append('    http.setRequestHeader "Content-Type", "application/json"')
            L.append("    http.send %s" % self.lit(json.dumps(q.json)))
        else:
            L.append("    http.send")
        L.append("    If http.Status >= 300 Then")
        L.append('        Debug.Print "HTTP " & http.Status & ": " & http.responseText')
        L.append("    End If")
        L.append("    %s = http.responseText" % style(fn.split("_"), "pascal"))
        L.append("End Function")
        return L


VBA_B64 = [
    "Private Function Base64Encode(ByVal txt As String) As String",
    "    Dim xml As Object, node As Object",
    '    Set xml = CreateObject("MSXML2.DOMDocument")',
    '    Set node = xml.createElement("b64")',
    '    node.DataType = "bin.base64"',
    '    node.nodeTypedValue = StrConv(txt, vbFromUnicode)',
    '    Base64Encode = Replace(node.Text, vbLf, "")',
    "End Function",
]


class AHKLang(Lang):
    case = "camel"
    cmt = ";"

    def lit(self, s):
        return '"' + s.replace('"', '`"') + '"'

    def env(self, envn, w):
        return self.r.choice(['EnvGet("%s")' % envn,
                              'IniRead(A_ScriptDir "\\secrets.ini", "api", "%s")' % style(w, "snake")])

    def expr(self, parts):
        out = []
        for p in parts:
            if p[0] == "lit":
                out.append(self.lit(p[1]))
            elif p[0] == "var":
                out.append(self.name(p[1]))
            else:
                out.append("B64(%s)" % self.expr(p[1]))
        return " . ".join(out) if out else '""'

    def decl(self, w, e):
        return "global %s := %s" % (self.name(w), e)

    def request(self, q, fn):
        hdr = list(q.headers)
        if q.basic:
            hdr.append(("Authorization", [("lit", "Basic "), ("b64", q.basic[0] + [("lit", ":")] + q.basic[1])]))
        L = ["%s() {" % style(fn.split("_"), "pascal")]
        L.append('    whr := ComObject("WinHttp.WinHttpRequest.5.1")')
        L.append('    whr.Open("%s", %s, false)' % (q.method, self.expr(q.url)))
        for h, p in hdr:
            L.append('    whr.SetRequestHeader("%s", %s)' % (h, self.expr(p)))
        if q.form:
            body = []
            for k, p in q.form:
                body += [("lit", ("&" if body else "") + k + "=")] + p
            L.append('    whr.SetRequestHeader("Content-Type", "application/x-www-form-urlencoded")')
            L.append("    whr.Send(%s)" % self.expr(body))
        elif q.json is not None:
            L.append('    whr.SetRequestHeader("Content-Type", "application/json")')
            L.append("    whr.Send(%s)" % self.lit(json.dumps(q.json)))
        else:
            L.append("    whr.Send()")
        L.append("    whr.WaitForResponse()")
        L.append("    return whr.ResponseText")
        L.append("}")
        return L


# --------------------------------------------------------------------------
# code containers.  val = ("lit", s) | ("env", ENV) | ("arg",)
# --------------------------------------------------------------------------

PEOPLE = ["kim", "jdoe", "m.nowak", "sara", "tbaker", "lena", "oskar", "priya", "dmitri", "amelie"]
PROJ = ["weekly-report", "crm-sync", "inventory", "invoice-bot", "standup-digest", "lead-intake",
        "budget-tracker", "hr-onboarding", "event-signups", "expense-export"]


def cap(s):
    return s[:1].upper() + s[1:]


def fn_name(r, spec):
    if spec.method == "GET":
        verb = r.choice(["fetch", "sync", "pull", "load", "get", "export"])
    else:
        verb = r.choice(["push", "send", "post", "notify", "create", "sync"])
    return "%s_%s" % (verb, spec.provider.replace("openweathermap", "weather"))


def valexpr(L, val, spec, keyw, argexpr):
    if val[0] == "lit":
        return L.lit(val[1])
    if val[0] == "env":
        return L.env(val[1], keyw)
    return argexpr


def key_block(r, L, spec, keyw, val, q, argexpr):
    lines = []
    for w, v in q.consts:
        lines.append(L.decl(w, L.lit(v)))
    lines.append(L.decl(keyw, valexpr(L, val, spec, keyw, argexpr)))
    for w, envn in q.companions:
        lines.append(L.decl(w, L.env(envn, w)))
    return lines


def date(r):
    return "%d-%02d-%02d" % (r.randint(2022, 2025), r.randint(1, 12), r.randint(1, 28))


def k_gs(r, spec, keyw, val):
    L = JSLang(r)
    L.flavor = "gs"
    q = build_req(r, spec, keyw, spec.ctx(r))
    fn = style(fn_name(r, spec).split("_"), "camel")
    sheet = id_gsheet(r)
    out = ["/**", " * %s" % cap(spec.act) + ".",
           " * Bound to the '%s' spreadsheet. Trigger: time-driven, %s." % (
               r.choice(PROJ).replace("-", " ").title(), r.choice(["every hour", "daily 7-8am", "Mondays 9am"])),
           " * Last edited by %s on %s" % (r.choice(PEOPLE), date(r)), " */", ""]
    out.append("const TARGET_SHEET_ID = %s;" % L.lit(sheet))
    out.append("const TAB_NAME = %s;" % L.lit(r.choice(["Import", "Raw", "Data", "Sheet1", "API"])))
    if val[0] == "lit" and r.random() < 0.3:
        # provider-named config block with a generic member name
        member = r.choice(["apiKey", "token", "key", "auth"])
        blk = spec.provider
        L.over[tuple(keyw)] = "CONFIG.%s.%s" % (blk, member)
        out.append("const CONFIG = {")
        out.append("  %s: {" % blk)
        for w, v in q.consts:
            out.append("    %s: %s," % (style(w, "camel"), L.lit(v)))
            L.over[tuple(w)] = "CONFIG.%s.%s" % (blk, style(w, "camel"))
        out.append("    %s: %s" % (member, L.lit(val[1])))
        out.append("  }")
        out.append("};")
        for w, envn in q.companions:
            out.append(L.decl(w, L.env(envn, w)))
    else:
        out += key_block(r, L, spec, keyw, val, q, "PropertiesService.getScriptProperties().getProperty('TOKEN')")
    out.append("")
    out += L.request(q, fn)
    out += ["", "function main() {", "  var data = %s();" % fn, "  if (!data) return;",
            "  var rows = (data.records || data.results || data.items || data.data || []).map(function (x) {",
            "    return [x.id, JSON.stringify(x.fields || x.properties || x)];", "  });",
            "  var sh = SpreadsheetApp.openById(TARGET_SHEET_ID).getSheetByName(TAB_NAME);",
            "  sh.getRange(2, 1, sh.getMaxRows() - 1, 2).clearContent();",
            "  if (rows.length) sh.getRange(2, 1, rows.length, 2).setValues(rows);",
            "  sh.getRange('D1').setValue('Last sync: ' + new Date().toISOString());", "}", "",
            "function onOpen() {",
            "  SpreadsheetApp.getUi().createMenu('Automation').addItem('Run sync now', 'main').addToUi();", "}"]
    path = r.choice(["Code.gs", "src/Code.gs", "apps-script/%s/Code.gs" % r.choice(PROJ), "%s.gs" % fn,
                     "scripts/%s/%s.gs" % (r.choice(PROJ), r.choice(["Sync", "Main", "Api"]))])
    return path, out, "gs"


def k_userjs(r, spec, keyw, val):
    L = JSLang(r)
    L.flavor = "user"
    L.case = r.choice(["upper", "camel"])
    q = build_req(r, spec, keyw, spec.ctx(r))
    fn = style(fn_name(r, spec).split("_"), "camel")
    host = r.choice(["app.hubspot.com", "mail.google.com", "www.linkedin.com", "github.com", "jira.%s.com" % r.choice(SITES),
                     "docs.google.com", "www.amazon.de", "trello.com"])
    name = r.choice(["Quick capture", "Send to %s" % spec.provider.title(), "Row exporter", "Tab helper", "Page clipper"])
    out = ["// ==UserScript==", "// @name         %s" % name,
           "// @namespace    https://github.com/%s" % r.choice(OWNERS),
           "// @version      %d.%d.%d" % (r.randint(0, 2), r.randint(0, 12), r.randint(0, 9)),
           "// @description  %s from any page" % cap(spec.act),
           "// @match        https://%s/*" % host, "// @grant        GM_xmlhttpRequest",
           "// @grant        GM_getValue", "// @grant        GM_setValue",
           "// @connect      %s" % (q.url[0][1].split("/")[2] if q.url and q.url[0][0] == "lit" and "//" in q.url[0][1] else "*"),
           "// @run-at       document-idle", "// ==/UserScript==", "", "(function () {", "  'use strict';", ""]
    body = key_block(r, L, spec, keyw, val, q, "GM_getValue('token', '')")
    body += [""] + L.request(q, fn) + ["",
             "function addButton() {", "  const btn = document.createElement('button');",
             "  btn.textContent = '%s';" % name, "  btn.style.cssText = 'position:fixed;bottom:16px;right:16px;z-index:9999';",
             "  btn.addEventListener('click', () => %s((data) => console.log('[%s]', data)));" % (fn, name),
             "  document.body.appendChild(btn);", "}", "", "addButton();"]
    out += ["  " + l if l else "" for l in body]
    out.append("})();")
    path = r.choice(["userscripts/%s.user.js" % name.lower().replace(" ", "-"), "%s.user.js" % fn,
                     "tampermonkey/%s.user.js" % name.lower().replace(" ", "_")])
    return path, out, "user.js"


def k_node(r, spec, keyw, val):
    L = JSLang(r)
    L.flavor = "node"
    L.case = r.choice(["upper", "camel"])
    q = build_req(r, spec, keyw, spec.ctx(r))
    fn = style(fn_name(r, spec).split("_"), "camel")
    kind = r.choice(["raycast", "pipedream", "script"])
    if kind == "raycast":
        cmd = r.choice(["quick-task", "send-note", "ask-ai", "shorten-link", "log-hours"])
        out = ['import { showToast, Toast, Clipboard } from "@raycast/api";', "",
               "// %s" % cap(spec.act)]
        out += key_block(r, L, spec, keyw, val, q, "getPreferenceValues<Preferences>().apiKey")
        out += [""] + L.request(q, fn) + ["", "export default async function Command() {",
                                          "  const toast = await showToast({ style: Toast.Style.Animated, title: 'Working…' });",
                                          "  try {", "    const data = await %s();" % fn,
                                          "    await Clipboard.copy(JSON.stringify(data));",
                                          "    toast.style = Toast.Style.Success;", "    toast.title = 'Done';",
                                          "  } catch (e) {", "    toast.style = Toast.Style.Failure;",
                                          "    toast.title = String(e);", "  }", "}"]
        return "raycast-extensions/%s/src/%s.tsx" % (r.choice(["my-tools", "kim-utils", "ops"]), cmd), out, "tsx"
    if kind == "pipedream":
        out = ["// Pipedream Node.js code step: %s" % spec.act, "// workflow: p_%s" % rs(r, 7, UPNUM + LOW), ""]
        out += key_block(r, L, spec, keyw, val, q, "process.env.TOKEN")
        out += [""] + [l.replace("export async function", "async function") for l in L.request(q, fn)]
        out += ["", "export default defineComponent({", "  async run({ steps, $ }) {",
                "    const result = await %s();" % fn, "    $.export('$summary', 'ok');", "    return result;", "  },", "});"]
        return "pipedream/%s/code.mjs" % r.choice(PROJ), out, "mjs"
    out = ["#!/usr/bin/env node", "// %s -- run with: node %s.mjs" % (spec.act, fn), ""]
    out += key_block(r, L, spec, keyw, val, q, "process.argv[2]")
    out += [""] + L.request(q, fn) + ["", "%s()" % fn, "  .then((d) => console.log(JSON.stringify(d, null, 2)))",
                                       "  .catch((e) => { console.error(e); process.exit(1); });"]
    return "scripts/%s.mjs" % fn, out, "mjs"


def k_py(r, spec, keyw, val):
    L = PyLang(r)
    q = build_req(r, spec, keyw, spec.ctx(r))
    fn = fn_name(r, spec)
    out = ["#!/usr/bin/env python3", '"""%s.' % cap(spec.act), "",
           "Quick one-off, run from cron on the %s. -- %s" % (r.choice(["NAS", "old Mac mini", "jump box", "laptop"]), r.choice(PEOPLE)),
           '"""', "import csv", "import os", "import sys"]
    out += ["", "import requests", ""]
    if val[0] == "lit" and r.random() < 0.3:
        blk = spec.provider.upper()
        member = r.choice(["api_key", "token", "key"])
        out.append("%s = {" % blk)
        for w, v in q.consts:
            out.append('    "%s": %s,' % (style(w, "snake"), L.lit(v)))
            L.over[tuple(w)] = "%s['%s']" % (blk, style(w, "snake"))
        out.append('    "%s": %s,' % (member, L.lit(val[1])))
        out.append("}")
        L.over[tuple(keyw)] = "%s['%s']" % (blk, member)
        for w, envn in q.companions:
            out.append(L.decl(w, L.env(envn, w)))
    else:
        out += key_block(r, L, spec, keyw, val, q, "sys.argv[1]")
    out.append('OUT = os.path.expanduser("~/%s/%s.csv")' % (r.choice(["Documents", "Reports", "exports"]), spec.provider))
    out += ["", ""] + L.request(q, fn) + ["", "", "def main():", "    data = %s()" % fn,
                                         '    rows = data.get("records") or data.get("results") or data.get("data") or [data]',
                                         '    with open(OUT, "w", newline="") as fh:', "        w = csv.writer(fh)",
                                         "        for row in rows:", "            w.writerow([row.get(\"id\"), row])",
                                         '    print(f"wrote {len(rows)} rows to {OUT}")', "", "",
                                         'if __name__ == "__main__":', "    main()"]
    path = r.choice(["scripts/%s.py" % fn, "%s.py" % fn, "tools/%s/%s.py" % (r.choice(PROJ), fn), "cron/%s.py" % fn])
    return path, out, "py"


def k_ipynb(r, spec, keyw, val):
    L = PyLang(r)
    q = build_req(r, spec, keyw, spec.ctx(r))
    fn = fn_name(r, spec)
    c1 = ["import pandas as pd", "import requests", "import os", ""] + key_block(r, L, spec, keyw, val, q, "input('token: ')")
    if any("keyring." in l for l in c1):
        c1 = ["import getpass", "import keyring"] + c1
    c2 = L.request(q, fn)
    c3 = ["data = %s()" % fn, 'df = pd.json_normalize(data.get("records") or data.get("results") or data)', "df.head()"]

    def cell(src, kind="code"):
        d = {"cell_type": kind, "metadata": {}, "source": [l + "\n" for l in src[:-1]] + [src[-1]]}
        if kind == "code":
            d["execution_count"] = r.randint(1, 40)
            d["outputs"] = []
        return d
    nb = {"cells": [cell(["# %s" % cap(spec.act), "", "Scratch notebook, %s." % date(r)], "markdown"),
                    cell(c1), cell(c2), cell(c3)],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                       "language_info": {"name": "python", "version": "3.11.%d" % r.randint(2, 9)}},
          "nbformat": 4, "nbformat_minor": 5}
    txt = json.dumps(nb, indent=1, ensure_ascii=False)
    path = r.choice(["notebooks/%s.ipynb" % fn, "%s_scratch.ipynb" % spec.provider, "analysis/%s.ipynb" % r.choice(PROJ)])
    return path, txt.splitlines(), "ipynb"


def k_ps1(r, spec, keyw, val):
    L = PSLang(r)
    q = build_req(r, spec, keyw, spec.ctx(r))
    fn = fn_name(r, spec)
    out = ["<#", ".SYNOPSIS", "    %s." % cap(spec.act), ".NOTES",
           "    Author: %s   Scheduled via Task Scheduler on %s" % (r.choice(PEOPLE), r.choice(["SRV-FILE01", "OPS-JUMP", "my laptop"])), "#>",
           "[CmdletBinding()]", "param(", "    [string]$OutFile = \"$env:USERPROFILE\\Documents\\%s.csv\"" % spec.provider, ")", "",
           "$ErrorActionPreference = 'Stop'", ""]
    out += key_block(r, L, spec, keyw, val, q, "$args[0]")
    out += [""] + L.request(q, fn)
    f = "function %s {" % fn.replace("_", "-").title()
    out += ["", "$result = %s" % f[9:-2], "$result | ConvertTo-Json -Depth 5 | Out-File -Encoding utf8 $OutFile",
            "Write-Host \"Saved to $OutFile\""]
    path = r.choice(["scripts/%s.ps1" % fn.replace("_", "-"), "%s.ps1" % style(fn.split("_"), "pascal"),
                     "ops/%s/%s.ps1" % (r.choice(PROJ), style(fn.split("_"), "pascal"))])
    return path, out, "ps1"


def k_sh(r, spec, keyw, val):
    L = ShLang(r)
    q = build_req(r, spec, keyw, spec.ctx(r))
    fn = fn_name(r, spec)
    out = ["#!/usr/bin/env bash", "# %s" % spec.act, "# usage: ./%s.sh   (cron: %s)" % (fn, r.choice(["*/15 * * * *", "0 7 * * 1-5", "@daily"])),
           "set -euo pipefail", ""]
    out += key_block(r, L, spec, keyw, val, q, '"${1:?usage: $0 TOKEN}"')
    out += ['OUT_DIR="${HOME}/%s"' % r.choice(["exports", "backups", "Reports"]), ""] + L.request(q, fn)
    out += ["", 'mkdir -p "$OUT_DIR"', '%s > "$OUT_DIR/%s-$(date +%%F).json"' % (fn, spec.provider),
            'echo "ok $(date)" >> "$OUT_DIR/run.log"']
    path = r.choice(["bin/%s.sh" % fn.replace("_", "-"), "%s.sh" % fn, "scripts/%s.sh" % fn])
    return path, out, "sh"


def k_bat(r, spec, keyw, val):
    L = BatLang(r)
    q = build_req(r, spec, keyw, spec.ctx(r))
    fn = fn_name(r, spec)
    out = ["@echo off", "REM %s" % spec.act, "REM scheduled daily via Task Scheduler - %s" % r.choice(PEOPLE), "setlocal", ""]
    out += key_block(r, L, spec, keyw, val, q, "%~1")
    out += ["", "call :%s" % fn, "if errorlevel 1 echo Request failed & exit /b 1",
            'copy /y "%TEMP%\\response.json" "%USERPROFILE%\\Documents\\' + spec.provider + '.json" >nul', "endlocal",
            "exit /b 0", ""] + L.request(q, fn)
    path = r.choice(["%s.bat" % fn, "scripts\\%s.cmd" % fn, "tools/%s.bat" % fn]).replace("\\", "/")
    return path, out, "bat"


def k_vba(r, spec, keyw, val):
    L = VBALang(r)
    q = build_req(r, spec, keyw, spec.ctx(r))
    fn = fn_name(r, spec)
    mod = "Mod" + style([spec.provider, r.choice(["Sync", "Api", "Export", "Client"])], "pascal")
    variant = r.choice(["bas", "bas", "cls", "frm"])
    head = []
    if variant == "cls":
        mod = style([spec.provider, "client"], "pascal")
        head = ["VERSION 1.0 CLASS", "BEGIN", "  MultiUse = -1  'True", "END", 'Attribute VB_Name = "%s"' % mod,
                "Attribute VB_GlobalNameSpace = False", "Attribute VB_Creatable = False",
                "Attribute VB_PredeclaredId = False", "Attribute VB_Exposed = False"]
    elif variant == "frm":
        mod = "frm" + style([spec.provider, "settings"], "pascal")
        head = ["VERSION 5.00", "Begin {C62A69F0-16DC-11CE-9E98-00AA00575482} %s " % mod,
                '   Caption         =   "%s"' % cap(spec.act), "   ClientHeight    =   %d" % r.randint(2400, 5200),
                "   ClientLeft      =   120", "   ClientTop       =   465", "   ClientWidth     =   %d" % r.randint(4200, 7800),
                '   OleObjectBlob   =   "%s.frx":0000' % mod, "   StartUpPosition =   1  'CenterOwner", "End",
                'Attribute VB_Name = "%s"' % mod, "Attribute VB_GlobalNameSpace = False", "Attribute VB_Creatable = False",
                "Attribute VB_PredeclaredId = True", "Attribute VB_Exposed = False"]
    else:
        head = ['Attribute VB_Name = "%s"' % mod]
    out = head + ["Option Explicit", "' %s" % cap(spec.act), "' Workbook: %s.xlsm   owner: %s" % (
        r.choice(PROJ).replace("-", "_"), r.choice(PEOPLE)), ""]
    for w, v in q.consts:
        out.append(L.decl(w, L.lit(v)))
    ve = valexpr(L, val, spec, keyw, "")
    if ve.startswith('"'):
        out.append(L.decl(keyw, ve))
        pre = []
    else:
        out.append("Private %s As String" % L.name(keyw))
        pre = ["    %s = %s" % (L.name(keyw), ve)]
    for w, envn in q.companions:
        out.append("Private %s As String" % L.name(w))
        pre.append("    %s = %s" % (L.name(w), L.env(envn, w)))
    out.append("")
    out += L.request(q, fn)
    sub = "Private Sub cmdRun_Click()" if variant == "frm" else "Public Sub Run%s()" % style([spec.provider], "pascal")
    out += ["", sub] + pre + ["    Dim resp As String", "    resp = %s()" % style(fn.split("_"), "pascal"),
                              '    With ThisWorkbook.Worksheets("%s")' % r.choice(["Import", "Data", "Log"]),
                              '        .Range("A1").Value = "Last run: " & Format(Now, "yyyy-mm-dd hh:nn")',
                              '        .Range("A2").Value = Left(resp, 32000)', "    End With", "End Sub"]
    if q.basic:
        out += [""] + VBA_B64
    ext = {"bas": ".bas", "cls": ".cls", "frm": ".frm"}[variant]
    path = r.choice(["vba/%s%s" % (mod, ext), "src/vba/%s%s" % (mod, ext), "%s%s" % (mod, ext),
                     "excel/%s/%s%s" % (r.choice(PROJ), mod, ext)])
    return path, out, variant


def k_ahk(r, spec, keyw, val):
    L = AHKLang(r)
    q = build_req(r, spec, keyw, spec.ctx(r))
    fn = fn_name(r, spec)
    hk = r.choice(["^!n", "#j", "^+t", "F9", "^!s", "#+p"])
    out = ["#Requires AutoHotkey v2.0", "#SingleInstance Force", "; %s  (hotkey %s)" % (spec.act, hk),
           "; %s - %s" % (r.choice(PEOPLE), date(r)), ""]
    out += key_block(r, L, spec, keyw, val, q, "A_Args[1]")
    out += [""] + L.request(q, fn) + ["", "%s:: {" % hk, "    try {",
                                      "        resp := %s()" % style(fn.split("_"), "pascal"),
                                      '        ToolTip("OK: " SubStr(resp, 1, 60))', "    } catch as e {",
                                      '        MsgBox("Request failed: " e.Message)', "    }",
                                      "    SetTimer(() => ToolTip(), -3000)", "}"]
    if q.basic:
        out += ["", "B64(s) {", "    ; crude base64 via certutil-free COM", '    xml := ComObject("MSXML2.DOMDocument")',
                '    n := xml.createElement("b")', '    n.dataType := "bin.base64"', "    buf := Buffer(StrPut(s, \"UTF-8\") - 1)",
                '    StrPut(s, buf, "UTF-8")', "    n.nodeTypedValue := buf", '    return StrReplace(n.text, "`n")', "}"]
    path = r.choice(["ahk/%s.ahk" % fn, "%s.ahk" % style(fn.split("_"), "pascal"), "AutoHotkey/%s.ahk" % fn,
                     "hotkeys/%s.ahk" % r.choice(["work", "main", "shortcuts"])])
    return path, out, "ahk"


def k_http(r, spec, keyw, val):
    q = build_req(r, spec, keyw, spec.ctx(r))
    var = style(keyw, "camel")
    if val[0] == "lit":
        v = val[1]
    elif val[0] == "env":
        v = r.choice(["{{$dotenv %s}}" % val[1], "{{$processEnv %s}}" % val[1]])
    else:
        v = "{{$prompt %s}}" % var
    out = ["# %s" % spec.act, "# REST Client (VS Code) / JetBrains HTTP scratch", ""]
    out.append("@%s = %s" % (var, v))
    names = {tuple(keyw): "{{%s}}" % var}
    for w, lv in q.consts:
        out.append("@%s = %s" % (style(w, "camel"), lv))
        names[tuple(w)] = "{{%s}}" % style(w, "camel")
    for w, envn in q.companions:
        out.append("@%s = {{$dotenv %s}}" % (style(w, "camel"), envn))
        names[tuple(w)] = "{{%s}}" % style(w, "camel")

    def ex(parts):
        s = ""
        for p in parts:
            if p[0] == "lit":
                s += p[1]
            elif p[0] == "var":
                s += names.get(tuple(p[1]), "{{%s}}" % style(p[1], "camel"))
            else:
                s += ex(p[1])
        return s
    out += ["", "### %s" % cap(spec.act), "%s %s" % (q.method, ex(q.url))]
    for h, p in q.headers:
        out.append("%s: %s" % (h, ex(p)))
    if q.basic:
        out.append("Authorization: Basic %s %s" % (ex(q.basic[0]), ex(q.basic[1])))
    if q.form:
        out += ["Content-Type: application/x-www-form-urlencoded", "",
                "&".join("%s=%s" % (k, ex(p)) for k, p in q.form)]
    elif q.json is not None:
        out += ["Content-Type: application/json", ""] + json.dumps(q.json, indent=2).splitlines()
    out += ["", "### whoami / sanity check", "GET https://httpbin.org/get", "Accept: application/json"]
    path = r.choice(["requests/%s.http" % spec.provider, "%s.http" % spec.provider, "api/%s.rest" % spec.provider])
    return path, out, "http"


def k_zshrc(r, spec, keyw, val):
    envn = spec.env if r.random() < 0.6 else style(keyw, "upper")
    if val[0] == "lit":
        v = r.choice(['"%s"', "'%s'", "%s"]) % val[1]
    elif val[0] == "env":
        v = r.choice(['"$(security find-generic-password -a "$USER" -s %s -w)"' % envn.lower(),
                      '"$(op read op://Personal/%s/credential)"' % envn.lower(), '"$(pass show %s)"' % envn.lower()])
    else:
        v = '"$1"'
    flavor = r.choice(["zsh", "bash", "fish"])
    lines = ["# ----- PATH -----", 'export PATH="$HOME/.local/bin:$HOME/bin:$PATH"',
             'export EDITOR="%s"' % r.choice(["nvim", "code --wait", "vim", "nano"]), "",
             "# ----- aliases -----", "alias ll='ls -lah'", "alias gs='git status -sb'",
             "alias sheet='open https://docs.google.com/spreadsheets/d/%s/edit'" % id_gsheet(r),
             "alias nb='jupyter lab --no-browser'", "", "# ----- api keys for my scripts -----"]
    if flavor == "fish":
        lines = [l.replace('export PATH="$HOME/.local/bin:$HOME/bin:$PATH"', "fish_add_path $HOME/.local/bin $HOME/bin")
                 .replace("export EDITOR=", "set -gx EDITOR ").replace('set -gx EDITOR "', 'set -gx EDITOR "') for l in lines]
        if val[0] == "env":
            v = v[1:-1].replace("$(", "(").replace('"$USER"', "$USER")
        lines.append("set -gx %s %s" % (envn, v))
    else:
        lines.append("export %s=%s" % (envn, v))
    lines += ["export %s_DEFAULT_%s=%s" % (spec.provider.upper(), r.choice(["PROJECT", "WORKSPACE", "REGION"]),
                                           r.choice(["ops", "eu", "personal", "marketing"])), "",
              "# ----- functions -----", "mkcd() { mkdir -p \"$1\" && cd \"$1\"; }",
              "weather() { curl -s \"wttr.in/${1:-%s}?format=3\"; }" % r.choice(CITIES)]
    if flavor == "fish":
        lines = [l for l in lines if not l.startswith("mkcd") and not l.startswith("weather")]
        lines += ["function mkcd", "    mkdir -p $argv[1]; and cd $argv[1]", "end"]
    path = {"zsh": r.choice([".zshrc", "dotfiles/zsh/.zshrc", "dotfiles/.zshrc.local"]),
            "bash": r.choice([".bashrc", ".bash_profile", "dotfiles/bash/exports.sh"]),
            "fish": r.choice([".config/fish/config.fish", "dotfiles/fish/conf.d/keys.fish"])}[flavor]
    return path, lines, {"zsh": "zshrc", "bash": "bashrc", "fish": "fish"}[flavor]


CODE_CONTAINERS = [(k_gs, 5), (k_userjs, 2.5), (k_node, 2.5), (k_py, 4), (k_ipynb, 2), (k_ps1, 3.5), (k_sh, 3),
                   (k_bat, 1.5), (k_vba, 4.5), (k_ahk, 2.5), (k_http, 1.5), (k_zshrc, 2)]


# --------------------------------------------------------------------------
# config / export containers.  val = ("lit", s) | ("env", ENV)
# --------------------------------------------------------------------------

def flat(r, spec, v, envfmt):
    ctx = spec.ctx(r)
    ctxd = {"_".join(w): x for w, x in ctx}
    url = _fill(r, spec.url, spec, ctxd)
    a = spec.auth
    other = "TRELLO_TOKEN" if spec.kind == "api_key" else "TRELLO_KEY"
    url = url.replace("{OTHER}", envfmt(other))
    headers, body = [], None
    if a == "webhook":
        url = v
    elif a == "path" or (isinstance(a, tuple) and a[0] == "query"):
        url = url.replace("{K}", v)
    elif a == "bearer":
        headers.append(("Authorization", "Bearer " + v))
    elif a[0] == "header":
        headers.append((a[1], v))
    elif a[0] == "prefix":
        headers.append(("Authorization", a[1] + v))
    elif a[0] == "form":
        if spec.provider == "pushover":
            body = {"token": v, "user": envfmt("PUSHOVER_USER_KEY"), "message": "Backup finished"}
        elif spec.provider == "microsoft":
            body = {"client_id": ctxd["client_id"], "client_secret": v, "scope": "https://graph.microsoft.com/.default",
                    "grant_type": "client_credentials"}
        elif spec.kind == "oauth_client_secret":
            body = {"client_id": ctxd["client_id"], "client_secret": v, "refresh_token": envfmt("GOOGLE_REFRESH_TOKEN"),
                    "grant_type": "refresh_token"}
        else:
            body = {"client_id": ctxd["client_id"], "client_secret": envfmt("GOOGLE_CLIENT_SECRET"), "refresh_token": v,
                    "grant_type": "refresh_token"}
    return url, headers, body, ctx


def flat_ok(spec):
    return not (isinstance(spec.auth, tuple) and spec.auth[0] in ("basic", "basic_tok"))


def _jfmt(o, ind, step, width):
    compact = json.dumps(o, ensure_ascii=False, separators=(", ", ": "))
    if not isinstance(o, (dict, list)) or len(compact) + len(ind) <= width or not o:
        return compact
    sub = ind + step
    if isinstance(o, dict):
        items = ["%s%s: %s" % (sub, json.dumps(k, ensure_ascii=False), _jfmt(v, sub, step, width)) for k, v in o.items()]
        return "{\n" + ",\n".join(items) + "\n" + ind + "}"
    items = [sub + _jfmt(v, sub, step, width) for v in o]
    return "[\n" + ",\n".join(items) + "\n" + ind + "]"


def jlines(obj, indent=2, width=None):
    if width is None:
        return json.dumps(obj, indent=indent, ensure_ascii=False).splitlines()
    step = indent if isinstance(indent, str) else " " * indent
    return _jfmt(obj, "", step, width).splitlines()


def k_n8n(r, spec, keyw, val):
    envfmt = lambda e: "={{ $env.%s }}" % e
    v = val[1] if val[0] == "lit" else r.choice(["={{ $env.%s }}" % val[1], "={{ $vars.%s }}" % val[1]])
    url, headers, body, ctx = flat(r, spec, v, envfmt)
    trig = {"parameters": {"rule": {"interval": [{"field": "hours", "hoursInterval": r.choice([1, 4, 24])}]}},
            "id": uuid4(r), "name": "Schedule Trigger", "type": "n8n-nodes-base.scheduleTrigger", "typeVersion": 1.2,
            "position": [r.choice([220, 240, 260]), 300]}
    hp = {"method": spec.method, "url": url, "options": {}}
    if headers:
        hp["sendHeaders"] = True
        hp["headerParameters"] = {"parameters": [{"name": h, "value": x} for h, x in headers]}
    if body:
        hp["sendBody"] = True
        hp["contentType"] = "form-urlencoded"
        hp["bodyParameters"] = {"parameters": [{"name": k, "value": x} for k, x in body.items()]}
    http = {"parameters": hp, "id": uuid4(r), "name": "HTTP Request", "type": "n8n-nodes-base.httpRequest",
            "typeVersion": 4.2, "position": [480, 300]}
    sheet = {"parameters": {"operation": "appendOrUpdate", "documentId": {"__rl": True, "value": id_gsheet(r), "mode": "id"},
                            "sheetName": {"__rl": True, "value": "gid=0", "mode": "list"}},
             "id": uuid4(r), "name": "Google Sheets", "type": "n8n-nodes-base.googleSheets", "typeVersion": 4.5,
             "position": [720, 300],
             "credentials": {"googleSheetsOAuth2Api": {"id": rs(r, 16), "name": "Google Sheets account"}}}
    wf = {"name": cap(spec.act), "nodes": [trig, http, sheet],
          "connections": {"Schedule Trigger": {"main": [[{"node": "HTTP Request", "type": "main", "index": 0}]]},
                          "HTTP Request": {"main": [[{"node": "Google Sheets", "type": "main", "index": 0}]]}},
          "active": r.random() < 0.6, "settings": {"executionOrder": "v1"}, "versionId": uuid4(r),
          "meta": {"templateCredsSetupCompleted": True, "instanceId": rs(r, 64, HEX)}, "id": rs(r, 16), "tags": []}
    path = r.choice(["n8n/workflows/%s.json" % r.choice(PROJ), "workflows/%s.json" % spec.provider,
                     "n8n-backup/%s.json" % rs(r, 16)])
    return path, jlines(wf, 2, 90), "n8n.json"


def k_zapier(r, spec, keyw, val):
    envfmt = lambda e: "{{process.env.%s}}" % e
    v = val[1] if val[0] == "lit" else "{{%s__%s}}" % (rdig(r, 9), "auth_token")
    url, headers, body, ctx = flat(r, spec, v, envfmt)
    nid = int(rdig(r, 9))
    zap = {"metadata": {"version": 2}, "zaps": [{
        "id": int(rdig(r, 9)), "title": cap(spec.act), "status": "on",
        "nodes": {
            str(nid): {"id": nid, "paused": False, "type_of": "read", "params": {"sheet": id_gsheet(r), "worksheet": "od6"},
                       "selected_api": "GoogleSheetsV2CLIAPI@2.9.1", "action": "new_row", "title": "New row",
                       "authentication_id": int(rdig(r, 8)), "parent_id": None, "root_id": None},
            str(nid + 1): {"id": nid + 1, "paused": False, "type_of": "write",
                           "params": {"url": url, "method": spec.method, "headers": dict(headers),
                                      "data": body or {"row": "{{%d__COL$A}}" % nid}, "unflatten": "yes"},
                           "selected_api": "WebHookCLIAPI@1.0.30", "action": "custom", "title": "Webhooks by Zapier",
                           "authentication_id": None, "parent_id": nid, "root_id": nid}}}]}
    path = r.choice(["zapier/zapfile.json", "zapier-export/%s.json" % r.choice(PROJ), "exports/zaps.json"])
    return path, jlines(zap), "zapier.json"


def k_make(r, spec, keyw, val):
    envfmt = lambda e: "{{var.organization.%s}}" % e.lower()
    v = val[1] if val[0] == "lit" else "{{var.organization.%s}}" % val[1].lower()
    url, headers, body, ctx = flat(r, spec, v, envfmt)
    mp = {"url": url, "method": spec.method.lower(), "headers": [{"name": h, "value": x} for h, x in headers],
          "qs": [], "bodyType": "x_www_form_urlencoded" if body else "raw", "parseResponse": True,
          "timeout": "", "shareCookies": False}
    if body:
        mp["fields"] = [{"key": k, "value": x} for k, x in body.items()]
    bp = {"name": cap(spec.act), "flow": [
        {"id": 1, "module": "google-sheets:watchRows", "version": 2,
         "parameters": {"__IMTCONN__": int(rdig(r, 7)), "spreadsheetId": "/" + id_gsheet(r), "sheetId": "Sheet1",
                        "limit": 10}, "mapper": {}, "metadata": {"designer": {"x": 0, "y": 0}}},
        {"id": 2, "module": "http:ActionSendData", "version": 3, "parameters": {"handleErrors": False},
         "mapper": mp, "metadata": {"designer": {"x": 300, "y": 0}}}],
        "metadata": {"instant": False, "version": 1,
                     "scenario": {"roundtrips": 1, "maxErrors": 3, "autoCommit": True, "sequential": False,
                                  "confidential": False, "dataloss": False, "dlq": False},
                     "designer": {"orphans": []}, "zone": r.choice(["eu1.make.com", "us1.make.com"])}}
    path = r.choice(["make/blueprints/%s.blueprint.json" % r.choice(PROJ), "make/%s.json" % spec.provider,
                     "scenarios/%s-blueprint.json" % r.choice(PROJ)])
    return path, jlines(bp, r.choice([2, 4]), 80), "make.json"


def k_powerautomate(r, spec, keyw, val):
    envfmt = lambda e: "@parameters('%s')" % e
    v = val[1] if val[0] == "lit" else r.choice(["@parameters('%s')" % val[1],
                                                 "@body('Get_secret')?['value']"])
    url, headers, body, ctx = flat(r, spec, v, envfmt)
    inputs = {"method": spec.method, "uri": url}
    if headers:
        inputs["headers"] = dict(headers)
    if body:
        inputs["headers"] = {"Content-Type": "application/x-www-form-urlencoded"}
        inputs["body"] = "&".join("%s=%s" % (k, x) for k, x in body.items())
    d = {"$schema": "https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#",
         "contentVersion": "1.0.0.0",
         "parameters": {"$connections": {"defaultValue": {}, "type": "Object"},
                        "$authentication": {"defaultValue": {}, "type": "SecureObject"}},
         "triggers": {"Recurrence": {"recurrence": {"frequency": "Day", "interval": 1, "timeZone": "W. Europe Standard Time",
                                                    "schedule": {"hours": [str(r.randint(5, 9))]}}, "type": "Recurrence"}},
         "actions": {"HTTP": {"runAfter": {}, "type": "Http", "inputs": inputs,
                              "metadata": {"operationMetadataId": uuid4(r)}},
                     "Parse_JSON": {"runAfter": {"HTTP": ["Succeeded"]}, "type": "ParseJson",
                                    "inputs": {"content": "@body('HTTP')", "schema": {}}}}}
    if val[0] == "env" and "Get_secret" in v:
        d["actions"]["Get_secret"] = {"runAfter": {}, "type": "OpenApiConnection",
                                      "inputs": {"host": {"connectionName": "shared_keyvault", "operationId": "GetSecret",
                                                          "apiId": "/providers/Microsoft.PowerApps/apis/shared_keyvault"},
                                                 "parameters": {"secretName": spec.env.lower().replace("_", "-")}}}
        d["actions"]["HTTP"]["runAfter"] = {"Get_secret": ["Succeeded"]}
    elif val[0] == "env":
        d["parameters"][val[1]] = {"defaultValue": "", "type": "SecureString"}
    path = "PowerAutomate/%s_%s/Microsoft.Flow/flows/%s/definition.json" % (
        style(spec.act.split()[:3], "pascal"), rdig(r, 14), uuid4(r))
    return path, jlines({"properties": {"definition": d, "displayName": cap(spec.act)}} if r.random() < 0.3 else d), "definition.json"


def k_retool(r, spec, keyw, val):
    envfmt = lambda e: "{{ environment.variables.%s }}" % e
    v = val[1] if val[0] == "lit" else r.choice(["{{ environment.variables.%s }}" % val[1],
                                                 "{{ retoolContext.configVars.%s }}" % val[1]])
    url, headers, body, ctx = flat(r, spec, v, envfmt)
    res = {"name": "%s (%s)" % (spec.provider.title(), r.choice(["prod", "ops", "read-only"])), "type": "restapi",
           "organizationId": r.randint(1000, 99999), "uuid": uuid4(r), "environment": "production",
           "options": {"baseURL": url.split("?")[0], "headers": [[h, x] for h, x in headers],
                       "urlparams": [p.split("=", 1) for p in url.split("?")[1].split("&")] if "?" in url else [],
                       "body": [[k, x] for k, x in (body or {}).items()], "authentication": "none",
                       "forwardAllCookies": False}}
    path = r.choice(["retool/resources/%s.json" % spec.provider, "retool-export/resources.json",
                     "retool/%s/resource.json" % r.choice(PROJ)])
    return path, jlines(res), "retool.json"


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def k_alfred(r, spec, keyw, val):
    var = style(keyw, r.choice(["snake", "camel"]))
    v = val[1] if val[0] == "lit" else ""
    uids = [uuid4(r).upper() for _ in range(3)]
    bundle = "com.%s.%s" % (r.choice(PEOPLE).replace(".", ""), spec.provider)
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
         '<plist version="1.0">', "<dict>", "\t<key>bundleid</key>", "\t<string>%s</string>" % bundle,
         "\t<key>category</key>", "\t<string>Productivity</string>", "\t<key>connections</key>", "\t<dict>",
         "\t\t<key>%s</key>" % uids[0], "\t\t<array>", "\t\t\t<dict>", "\t\t\t\t<key>destinationuid</key>",
         "\t\t\t\t<string>%s</string>" % uids[1], "\t\t\t</dict>", "\t\t</array>", "\t</dict>",
         "\t<key>createdby</key>", "\t<string>%s</string>" % r.choice(FIRST), "\t<key>name</key>",
         "\t<string>%s</string>" % cap(spec.act), "\t<key>objects</key>", "\t<array>", "\t\t<dict>",
         "\t\t\t<key>config</key>", "\t\t\t<dict>", "\t\t\t\t<key>keyword</key>",
         "\t\t\t\t<string>%s</string>" % spec.provider[:3], "\t\t\t\t<key>script</key>",
         "\t\t\t\t<string>/usr/bin/python3 %s.py \"{query}\"</string>" % spec.provider, "\t\t\t</dict>",
         "\t\t\t<key>type</key>", "\t\t\t<string>alfred.workflow.input.scriptfilter</string>",
         "\t\t\t<key>uid</key>", "\t\t\t<string>%s</string>" % uids[0], "\t\t</dict>", "\t</array>",
         "\t<key>uid</key>", "\t<string>%s</string>" % uids[2], "\t<key>variables</key>", "\t<dict>",
         "\t\t<key>%s</key>" % var, "\t\t<string>%s</string>" % xesc(v),
         "\t\t<key>default_%s</key>" % r.choice(["project", "list", "workspace"]),
         "\t\t<string>%s</string>" % r.choice(["Inbox", "Ops", "Personal"]), "\t</dict>"]
    if val[0] != "lit" or r.random() < 0.3:
        L += ["\t<key>variablesdontexport</key>", "\t<array>", "\t\t<string>%s</string>" % var, "\t</array>"]
    L += ["\t<key>version</key>", "\t<string>%d.%d</string>" % (r.randint(1, 3), r.randint(0, 9)), "</dict>", "</plist>"]
    return "Alfred.alfredpreferences/workflows/user.workflow.%s/info.plist" % uids[2], L, "info.plist"


def k_raycast_pkg(r, spec, keyw, val):
    name = r.choice(["quick-%s" % spec.provider, "%s-tools" % spec.provider, "my-%s" % spec.provider])
    pref = {"name": style(keyw, "camel"), "title": "API Token", "description": "Used to %s" % spec.act,
            "type": "password", "required": True}
    if val[0] == "lit":
        pref["default"] = val[1]
    else:
        pref["placeholder"] = r.choice(spec.ph) if spec.ph else "Paste your token"
    pkg = {"$schema": "https://www.raycast.com/schemas/extension.json", "name": name, "title": name.replace("-", " ").title(),
           "description": cap(spec.act), "icon": "command-icon.png", "author": r.choice(PEOPLE).replace(".", ""),
           "license": "MIT", "commands": [{"name": "index", "title": cap(spec.act), "mode": "view"}],
           "preferences": [pref], "dependencies": {"@raycast/api": "^1.%d.0" % r.randint(60, 90)},
           "scripts": {"build": "ray build -e dist", "dev": "ray develop"}}
    return "raycast/%s/package.json" % name, jlines(pkg), "package.json"


OBS_PLUGINS = {"openai": "text-generator", "anthropic": "copilot", "todoist": "todoist-sync-plugin",
               "readwise": "readwise-official", "notion": "obsidian-notion-sync", "github": "obsidian-git-sync",
               "groq": "smart-connections", "deepl": "obsidian-deepl"}


def k_obsidian(r, spec, keyw, val):
    plugin = OBS_PLUGINS.get(spec.provider, "%s-sync" % spec.provider)
    k = style(keyw, r.choice(["camel", "snake"]))
    v = val[1] if val[0] == "lit" else ""
    d = {k: v, "model": r.choice(["gpt-4o-mini", "claude-3-haiku", "default"]),
         "syncInterval": r.choice([5, 15, 60]), "folder": r.choice(["Inbox", "Readwise", "Tasks", "00 Inbox"]),
         "lastSync": "%sT%02d:%02d:%02d.%03dZ" % (date(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999)),
         "showRibbonIcon": True}
    for w, x in spec.ctx(r):
        d[style(w, "camel")] = x
    return ".obsidian/plugins/%s/data.json" % plugin, jlines(d, r.choice([2, "\t"])), "obsidian.json"


def k_vscode(r, spec, keyw, val):
    v = val[1] if val[0] == "lit" else "${env:%s}" % val[1]
    d = {"editor.fontSize": r.choice([13, 14, 15]), "editor.formatOnSave": True, "files.autoSave": "onFocusChange",
         "workbench.colorTheme": r.choice(["Default Dark Modern", "GitHub Dark", "Solarized Light"]),
         "rest-client.environmentVariables": {"$shared": {style(keyw, "camel"): v},
                                              "prod": {"baseUrl": spec.url.split("/{")[0].split("?")[0].replace("{K}", "")}},
         "python.defaultInterpreterPath": "~/.venvs/%s/bin/python" % r.choice(PROJ)}
    return r.choice([".vscode/settings.json", "vscode/settings.json"]), jlines(d, 4), "settings.json"


def k_espanso(r, spec, keyw, val):
    trig = ":" + r.choice([spec.provider[:4], "tok", "key", spec.provider[:2] + "k"])
    L = ["# espanso match file", "# %s" % spec.act, "matches:", '  - trigger: ":sig"', "    replace: |",
         "      Best regards,", "      %s" % r.choice(FIRST), "", '  - trigger: ":date"', '    replace: "{{today}}"',
         "    vars:", "      - name: today", "        type: date", "        params:", '          format: "%Y-%m-%d"', ""]
    if val[0] == "lit":
        L += ['  - trigger: "%s"' % trig, "    replace: \"%s\"" % val[1]]
    else:
        L += ['  - trigger: "%s"' % trig, '    replace: "{{output}}"', "    vars:", "      - name: output",
              "        type: shell", "        params:",
              '          cmd: "%s"' % r.choice(["security find-generic-password -s %s -w" % spec.env.lower(),
                                                "op read op://Private/%s/credential" % spec.env.lower(),
                                                "echo $%s" % val[1]])]
    L += ["", '  - trigger: ":curl%s"' % spec.provider[:2], "    replace: \"curl -s -H 'Accept: application/json' %s\"" % (
        spec.url.split("?")[0].split("{")[0] or "https://httpbin.org/get")]
    return r.choice(["espanso/match/%s.yml" % r.choice(["base", "work", "api"]), ".config/espanso/match/keys.yml"]), L, "espanso.yml"


def k_csv(r, spec, keyw, val):
    tsv = r.random() < 0.35
    sep = "\t" if tsv else ","
    v = val[1] if val[0] == "lit" else r.choice(["(in Script Properties)", "see 1Password: %s" % spec.provider.title(),
                                                 "=Secrets!B%d" % r.randint(2, 9), ""])
    rows = [["Setting", "Value", "Notes"], ["sheet_id", id_gsheet(r), "target spreadsheet"],
            ["tab", r.choice(["Import", "Raw", "Data"]), ""], ["run_at", "%02d:00" % r.randint(5, 9), "time trigger"]]
    for w, x in spec.ctx(r):
        rows.append([style(w, "snake"), x, ""])
    rows.insert(r.randint(2, len(rows)), [style(keyw, r.choice(["snake", "upper"])), v,
                                          r.choice(["%s key" % spec.provider.title(), "do not share", "rotated %s" % date(r), "owner: " + r.choice(PEOPLE)])])
    rows.append(["owner_email", "%s@%s.com" % (r.choice(PEOPLE).replace(".", ""), r.choice(SITES)), ""])

    def cell(x):
        if not tsv and ("," in x or '"' in x):
            return '"' + x.replace('"', '""') + '"'
        return x
    L = [sep.join(cell(c) for c in row) for row in rows]
    name = r.choice(["Config", "Settings", "Setup", "_config"])
    path = "%s/%s - %s.%s" % (r.choice(["exports", "sheets", "data"]), r.choice(PROJ).replace("-", " ").title(), name,
                              "tsv" if tsv else "csv")
    return path, L, "tsv" if tsv else "csv"


def k_crontab(r, spec, keyw, val):
    envn = spec.env if r.random() < 0.6 else style(keyw, "upper")
    user = r.choice(PEOPLE).replace(".", "")
    L = ["# m h  dom mon dow   command", "SHELL=/bin/bash", "PATH=/usr/local/bin:/usr/bin:/bin",
         "MAILTO=%s@%s.com" % (user, r.choice(SITES)), ""]
    script = "/home/%s/bin/%s.sh" % (user, fn_name(r, spec).replace("_", "-"))
    positional = r.random() < 0.5
    if val[0] == "lit" and not positional:
        L.append("%s=%s" % (envn, val[1]))
        cmd = script
    elif val[0] == "lit":
        cmd = "%s %s" % (script, val[1])
    else:
        cmd = "%s \"$(cat /home/%s/.config/%s/token)\"" % (script, user, spec.provider) if r.random() < 0.5 else \
            ". /home/%s/.secrets/%s.env && %s" % (user, spec.provider, script)
    L += ["# %s" % spec.act, "%s %s >> /home/%s/logs/%s.log 2>&1" % (
        r.choice(["*/15 * * * *", "0 7 * * 1-5", "30 2 * * *", "0 */6 * * *"]), cmd, user, spec.provider), "",
          "# weekly cleanup", "0 3 * * 0 find /home/%s/logs -name '*.log' -mtime +30 -delete" % user,
          "@reboot /home/%s/bin/mount-nas.sh" % user]
    return r.choice(["crontab", "cron/crontab.txt", "dotfiles/crontab.%s" % r.choice(["nas", "pi", "mini"])]), L, "crontab"


def k_launchd(r, spec, keyw, val):
    label = "com.%s.%s" % (r.choice(PEOPLE).replace(".", ""), fn_name(r, spec).replace("_", "-"))
    user = r.choice(PEOPLE).replace(".", "")
    envn = spec.env if r.random() < 0.6 else style(keyw, "upper")
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
         '<plist version="1.0">', "<dict>", "    <key>Label</key>", "    <string>%s</string>" % label,
         "    <key>ProgramArguments</key>", "    <array>", "        <string>/usr/bin/python3</string>",
         "        <string>/Users/%s/scripts/%s.py</string>" % (user, fn_name(r, spec))]
    if val[0] == "lit" and r.random() < 0.4:
        L.append("        <string>%s</string>" % xesc(val[1]))
        L.append("    </array>")
    else:
        L.append("    </array>")
        L += ["    <key>EnvironmentVariables</key>", "    <dict>", "        <key>PATH</key>",
              "        <string>/usr/local/bin:/usr/bin:/bin</string>"]
        if val[0] == "lit":
            L += ["        <key>%s</key>" % envn, "        <string>%s</string>" % xesc(val[1])]
        else:
            L += ["        <key>%s_FILE</key>" % envn, "        <string>/Users/%s/.config/%s/token</string>" % (user, spec.provider)]
        L.append("    </dict>")
    L += ["    <key>StartCalendarInterval</key>", "    <dict>", "        <key>Hour</key>",
          "        <integer>%d</integer>" % r.randint(5, 9), "        <key>Minute</key>",
          "        <integer>%d</integer>" % r.choice([0, 15, 30]), "    </dict>",
          "    <key>StandardOutPath</key>", "    <string>/tmp/%s.log</string>" % label,
          "    <key>StandardErrorPath</key>", "    <string>/tmp/%s.err</string>" % label, "</dict>", "</plist>"]
    return "Library/LaunchAgents/%s.plist" % label, L, "launchd.plist"


def k_tasksched(r, spec, keyw, val):
    user = r.choice(PEOPLE).replace(".", "")
    script = "C:\\Scripts\\%s.ps1" % style(fn_name(r, spec).split("_"), "pascal")
    if val[0] == "lit":
        args = "-NoProfile -ExecutionPolicy Bypass -File %s -%s %s" % (script, style(keyw, "pascal"), xesc(val[1]))
    else:
        args = "-NoProfile -ExecutionPolicy Bypass -File %s" % script
    sid = "S-1-5-21-%s-%s-%s-%d" % (rdig(r, 10), rdig(r, 10), rdig(r, 10), r.randint(1001, 1200))
    L = ['<?xml version="1.0" encoding="UTF-16"?>',
         '<Task version="1.4" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">',
         "  <RegistrationInfo>", "    <Date>%sT%02d:%02d:11.%07d</Date>" % (date(r), r.randint(7, 18), r.randint(0, 59), r.randint(0, 9999999)),
         "    <Author>CORP\\%s</Author>" % user, "    <Description>%s</Description>" % cap(spec.act),
         "    <URI>\\%s</URI>" % style(spec.act.split()[:3], "pascal"), "  </RegistrationInfo>", "  <Triggers>",
         "    <CalendarTrigger>", "      <StartBoundary>%sT0%d:00:00</StartBoundary>" % (date(r), r.randint(5, 9)),
         "      <Enabled>true</Enabled>", "      <ScheduleByDay>", "        <DaysInterval>1</DaysInterval>",
         "      </ScheduleByDay>", "    </CalendarTrigger>", "  </Triggers>", "  <Principals>",
         '    <Principal id="Author">', "      <UserId>%s</UserId>" % sid, "      <LogonType>Password</LogonType>",
         "      <RunLevel>LeastPrivilege</RunLevel>", "    </Principal>", "  </Principals>", "  <Settings>",
         "    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>",
         "    <ExecutionTimeLimit>PT1H</ExecutionTimeLimit>", "    <Enabled>true</Enabled>", "  </Settings>",
         '  <Actions Context="Author">', "    <Exec>", "      <Command>powershell.exe</Command>",
         "      <Arguments>%s</Arguments>" % args, "      <WorkingDirectory>C:\\Scripts</WorkingDirectory>",
         "    </Exec>", "  </Actions>", "</Task>"]
    return "TaskScheduler/%s.xml" % style(spec.act.split()[:3], "pascal"), L, "taskscheduler.xml"


def k_reg(r, spec, keyw, val):
    app = r.choice(["ReportTools", "OpsHelper", "%sSync" % spec.provider.title(), "ExcelAddins\\%s" % spec.provider.title()])
    name = style(keyw, "pascal")
    L = ["Windows Registry Editor Version 5.00", "", "[HKEY_CURRENT_USER\\Software\\%s]" % app,
         '"InstallDir"="C:\\\\Users\\\\%s\\\\AppData\\\\Local\\\\%s"' % (r.choice(PEOPLE).replace(".", ""), app.split("\\")[-1]),
         '"Version"="%d.%d.%d"' % (r.randint(1, 4), r.randint(0, 9), r.randint(0, 30)), "",
         "[HKEY_CURRENT_USER\\Software\\%s\\Auth]" % app]
    if val[0] == "lit":
        L.append('"%s"="%s"' % (name, val[1]))
    else:
        L.append('"%sEnvVar"="%s"' % (name, val[1]))
    L += ['"Endpoint"="%s"' % spec.url.split("?")[0].split("{")[0], '"TimeoutSec"=dword:0000001e', "",
          "[HKEY_CURRENT_USER\\Software\\%s\\Ui]" % app, '"LastWindowPos"=hex:2c,00,00,00,00,00,00,00',
          '"Theme"="dark"']
    return "registry/%s.reg" % app.split("\\")[-1].lower(), L, "reg"


def curl_line(r, spec, v, envfmt):
    url, headers, body, ctx = flat(r, spec, v, envfmt)
    s = "curl -s"
    if spec.method != "GET":
        s += " -X " + spec.method
    s += ' "%s"' % url
    parts = [s]
    for h, x in headers:
        parts.append('  -H "%s: %s"' % (h, x))
    for k, x in (body or {}).items():
        parts.append('  -d "%s=%s"' % (k, x))
    return [p + " \\" for p in parts[:-1]] + [parts[-1]], ctx


def k_md(r, spec, keyw, val):
    envfmt = lambda e: "$" + e
    v = val[1] if val[0] == "lit" else "$" + val[1]
    inline = val[0] == "lit" and r.random() < 0.4
    curl, ctx = curl_line(r, spec, "$TOKEN" if inline else v, envfmt)
    L = ["# %s notes" % spec.provider.title(), "", "_last updated %s_" % date(r), "",
         "Used by the %s automation (%s)." % (r.choice(PROJ), spec.act), ""]
    for w, x in ctx:
        L.append("- %s: `%s`" % (" ".join(w), x))
    L += ["- docs: %s" % ("https://" + spec.url.split("/")[2] if "//" in spec.url else "internal wiki"), ""]
    if inline:
        L += ["**%s:** `%s`" % (r.choice(["Token", "API key", "Key (mine)", "Auth"]), val[1]), ""]
    L += ["## Quick test", "", "```bash"] + curl + ["```"]
    L += ["", "## Gotchas", "", "- rate limit is per workspace, back off on 429",
          "- %s" % r.choice(["pagination uses an `offset` cursor", "ids are case sensitive", "times are UTC"]),
          "- TODO: move this into the %s" % r.choice(["password manager", "vault", "Script Properties"])]
    return r.choice(["notes/%s.md" % spec.provider, "docs/%s-cheatsheet.md" % spec.provider,
                     "Obsidian Vault/Work/%s API.md" % spec.provider.title()]), L, "md"


def k_txt(r, spec, keyw, val):
    v = val[1] if val[0] == "lit" else r.choice(["(in 1Password)", "see vault", "<ask %s>" % r.choice(PEOPLE)])
    L = ["%s -- %s" % (spec.provider.upper(), spec.act), "=" * 40, "",
         "account:   %s@%s.com" % (r.choice(PEOPLE).replace(".", ""), r.choice(SITES)),
         "created:   %s" % date(r), "scopes:    %s" % r.choice(["read, write", "data.records:read", "default", "full"]), ""]
    for w, x in spec.ctx(r):
        L.append("%-10s %s" % (" ".join(w) + ":", x))
    lab = {"personal_access_token": ["token:", "pat:"], "graph_client_secret": ["secret:", "value:"],
           "oauth_client_secret": ["secret:"], "api_key": ["key:", "api key:"]}.get(spec.kind, ["token:", "key:", "auth:"])
    L += ["%-10s %s" % (r.choice(lab), v), "",
          "endpoint: %s" % _fill(r, spec.url.split("?")[0], spec, {}).replace("{K}", "<key>").replace("{OTHER}", "<key>"), "",
          "remember: rotate every 90 days, calendar reminder set"]
    return r.choice(["notes/%s.txt" % spec.provider, "snippets/%s-api.txt" % spec.provider, "%s_keys.txt" % spec.provider]), L, "txt"


def k_shortcut(r, spec, keyw, val):
    v = val[1] if val[0] == "lit" else ""
    url, headers, body, ctx = flat(r, spec, v if val[0] == "lit" else "", lambda e: "")
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
         '<plist version="1.0">', "<dict>", "\t<key>WFWorkflowActions</key>", "\t<array>", "\t\t<dict>",
         "\t\t\t<key>WFWorkflowActionIdentifier</key>", "\t\t\t<string>is.workflow.actions.downloadurl</string>",
         "\t\t\t<key>WFWorkflowActionParameters</key>", "\t\t\t<dict>", "\t\t\t\t<key>UUID</key>",
         "\t\t\t\t<string>%s</string>" % uuid4(r).upper(), "\t\t\t\t<key>WFHTTPMethod</key>",
         "\t\t\t\t<string>%s</string>" % spec.method, "\t\t\t\t<key>WFURL</key>", "\t\t\t\t<string>%s</string>" % xesc(url),
         "\t\t\t\t<key>WFHTTPHeaders</key>", "\t\t\t\t<dict>"]
    for h, x in headers:
        L += ["\t\t\t\t\t<key>%s</key>" % h, "\t\t\t\t\t<string>%s</string>" % xesc(x)]
    if val[0] != "lit" and not headers and "/" in url:
        pass
    L += ["\t\t\t\t</dict>", "\t\t\t</dict>", "\t\t</dict>", "\t</array>", "\t<key>WFWorkflowClientVersion</key>",
          "\t<string>%d.%d</string>" % (r.randint(1100, 2600), r.randint(0, 9)), "\t<key>WFWorkflowImportQuestions</key>", "\t<array>"]
    if val[0] != "lit":
        L += ["\t\t<dict>", "\t\t\t<key>ActionIndex</key>", "\t\t\t<integer>0</integer>", "\t\t\t<key>Category</key>",
              "\t\t\t<string>Parameter</string>", "\t\t\t<key>Text</key>",
              "\t\t\t<string>Paste your %s API token</string>" % spec.provider.title(), "\t\t</dict>"]
    L += ["\t</array>", "\t<key>WFWorkflowMinimumClientVersion</key>", "\t<integer>900</integer>", "</dict>", "</plist>"]
    return "Shortcuts/%s.shortcut.plist" % spec.act.title().replace(" ", ""), L, "shortcut.plist"


def k_fods(r, spec, keyw, val):
    """Flat ODS spreadsheet; key either in a formula URL or in a config cell."""
    q_style = spec.auth == "path" or (isinstance(spec.auth, tuple) and spec.auth[0] == "query")
    if val[0] == "lit":
        v = val[1]
    else:
        v = None
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
         'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
         'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" '
         'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">', " <office:body>", "  <office:spreadsheet>",
         '   <table:table table:name="Dashboard">']

    def row(cells):
        out = ["    <table:table-row>"]
        for c in cells:
            if isinstance(c, tuple):
                out.append('     <table:table-cell table:formula="%s" office:value-type="string"><text:p>%s</text:p></table:table-cell>' % (
                    xesc(c[0]), c[1]))
            else:
                out.append('     <table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(c))
        out.append("    </table:table-row>")
        return out
    L += row(["Metric", "Value", "Updated"])
    if q_style:
        ref = "&quot;&amp;[$Config.B2]&amp;&quot;"
        url, headers, body, ctx = flat(r, spec, "\x00", lambda e: "")
        url = xesc(url).replace("\x00", ref if v is None else xesc(v))
        L += ["    <table:table-row>",
              '     <table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % spec.provider.title(),
              '     <table:table-cell table:formula="of:=IMPORTDATA(&quot;%s&quot;)" office:value-type="string"><text:p>#N/A</text:p></table:table-cell>' % url,
              '     <table:table-cell table:formula="of:=NOW()" office:value-type="date"><text:p>%s</text:p></table:table-cell>' % date(r),
              "    </table:table-row>"]
        L += ["   </table:table>", '   <table:table table:name="Config">'] + row(["Setting", "Value"]) + \
            row(["api_key_ref", "B2" if v is None else "inline"])
    else:
        L += row([spec.provider.title(), "pending", date(r)])
        L += ["   </table:table>", '   <table:table table:name="Config">'] + row(["Setting", "Value"])
        L += row([style(keyw, "snake"), v if v is not None else "(Script Properties)"])
        L += row(["sheet_id", id_gsheet(r)])
    L += ["   </table:table>", "  </office:spreadsheet>", " </office:body>", "</office:document>"]
    return "sheets/%s.fods" % r.choice(PROJ), L, "fods"


CONFIG_CONTAINERS = [(k_n8n, 3.5), (k_zapier, 2), (k_make, 2.5), (k_powerautomate, 2.5), (k_retool, 1.5),
                     (k_alfred, 1.5), (k_raycast_pkg, 1), (k_obsidian, 2), (k_vscode, 1), (k_espanso, 1.5),
                     (k_csv, 3), (k_crontab, 2), (k_launchd, 1.2), (k_tasksched, 1.2), (k_reg, 1.2),
                     (k_md, 3), (k_txt, 1.5), (k_shortcut, 1), (k_fods, 1.5)]
CONFIG_NEEDS_FLAT = {k_n8n, k_zapier, k_make, k_powerautomate, k_retool, k_md, k_shortcut, k_fods}


# --------------------------------------------------------------------------
# special positive templates: return (path, lines, filetype, provider, kind, needle)
# --------------------------------------------------------------------------

SMTP_HOSTS = [("smtp.gmail.com", 587, "gmail"), ("smtp.office365.com", 587, "m365"), ("mail.gmx.net", 587, "gmx"),
              ("smtp.fastmail.com", 465, "fastmail"), ("smtp.%s.com" % "acme-shop", 587, "own")]


def smtp_pw(r, host):
    if host[2] == "gmail" or (host[2] == "fastmail" and r.random() < 0.5):
        return g_gmail_app(r) if host[2] == "gmail" else rs(r, 16, LOWNUM), \
            ("google", "gmail_app_password") if host[2] == "gmail" else ("fastmail", "app_password")
    return g_human_pw(r), ("smtp", "password")


def sp_smtp(r):
    host = r.choice(SMTP_HOSTS)
    pw, (prov, kind) = smtp_pw(r, host)
    user = "%s@%s" % (r.choice(PEOPLE).replace(".", ""), "gmail.com" if host[2] == "gmail" else r.choice(SITES) + ".com")
    to = "%s@%s.com" % (r.choice(PEOPLE).replace(".", ""), r.choice(SITES))
    form = r.choice(["py", "ps1", "msmtp", "vba", "sh"])
    if form == "py":
        pwname = r.choice(["SMTP_PASS", "PASSWORD", "MAIL_PW", "pw", "APP_PASSWORD"])
        L = ["#!/usr/bin/env python3", '"""Mail the nightly CSV export. cron: 15 6 * * *"""', "import smtplib",
             "import ssl", "from email.message import EmailMessage", "from pathlib import Path", "",
             'SMTP_HOST = "%s"' % host[0], "SMTP_PORT = %d" % host[1], 'SMTP_USER = "%s"' % user,
             '%s = "%s"' % (pwname, pw), 'RECIPIENTS = ["%s"]' % to, 'REPORT = Path.home() / "exports" / "daily.csv"', "", "",
             "def main():", "    msg = EmailMessage()", '    msg["Subject"] = f"Daily export {REPORT.stat().st_mtime:.0f}"',
             '    msg["From"] = SMTP_USER', '    msg["To"] = ", ".join(RECIPIENTS)',
             '    msg.set_content("Attached is today\'s export.")',
             '    msg.add_attachment(REPORT.read_bytes(), maintype="text", subtype="csv", filename=REPORT.name)',
             "    ctx = ssl.create_default_context()"]
        if host[1] == 465:
            L += ["    with smtplib.SMTP_SSL(SMTP_HOST, SMTP_PORT, context=ctx) as s:"]
        else:
            L += ["    with smtplib.SMTP(SMTP_HOST, SMTP_PORT) as s:", "        s.starttls(context=ctx)"]
        L += ["        s.login(SMTP_USER, %s)" % pwname, "        s.send_message(msg)", "", "",
              'if __name__ == "__main__":', "    main()"]
        return r.choice(["cron/mail_report.py", "scripts/send_daily.py", "mail_export.py"]), L, "py", prov, kind, pw
    if form == "ps1":
        L = ["# Sends the weekly Excel report. Task Scheduler: Mondays 07:30", "$ErrorActionPreference = 'Stop'",
             "$smtpServer = '%s'" % host[0], "$from = '%s'" % user, "$to = '%s'" % to,
             "$securePw = ConvertTo-SecureString '%s' -AsPlainText -Force" % pw.replace("'", "''"),
             "$cred = New-Object System.Management.Automation.PSCredential ($from, $securePw)",
             "$report = Join-Path $env:USERPROFILE 'Documents\\Reports\\weekly.xlsx'", "",
             "Send-MailMessage -SmtpServer $smtpServer -Port %d -UseSsl -Credential $cred `" % host[1],
             "    -From $from -To $to -Subject \"Weekly report $(Get-Date -Format yyyy-MM-dd)\" `",
             "    -Body 'See attachment.' -Attachments $report", "Write-Host 'sent'"]
        return r.choice(["scripts/Send-WeeklyReport.ps1", "Send-Report.ps1"]), L, "ps1", prov, kind, pw
    if form == "msmtp":
        L = ["# ~/.msmtprc -- used by the backup scripts", "defaults", "auth           on", "tls            on",
             "tls_trust_file /etc/ssl/certs/ca-certificates.crt", "logfile        ~/.msmtp.log", "",
             "account        %s" % host[2], "host           %s" % host[0], "port           %d" % host[1],
             "from           %s" % user, "user           %s" % user, "password       %s" % pw, "",
             "account default : %s" % host[2]]
        return r.choice([".msmtprc", "dotfiles/msmtprc"]), L, "msmtprc", prov, kind, pw
    if form == "vba":
        L = ['Attribute VB_Name = "ModMail"', "Option Explicit", "' Sends the active workbook via CDO", "",
             "Public Sub MailWorkbook()", "    Dim cdo As Object, conf As Object", '    Set cdo = CreateObject("CDO.Message")',
             '    Set conf = CreateObject("CDO.Configuration")', "    With conf.Fields",
             '        .Item("http://schemas.microsoft.com/cdo/configuration/sendusing") = 2',
             '        .Item("http://schemas.microsoft.com/cdo/configuration/smtpserver") = "%s"' % host[0],
             '        .Item("http://schemas.microsoft.com/cdo/configuration/smtpserverport") = %d' % (465 if host[1] == 465 else 25),
             '        .Item("http://schemas.microsoft.com/cdo/configuration/smtpauthenticate") = 1',
             '        .Item("http://schemas.microsoft.com/cdo/configuration/sendusername") = "%s"' % user,
             '        .Item("http://schemas.microsoft.com/cdo/configuration/sendpassword") = "%s"' % pw,
             '        .Item("http://schemas.microsoft.com/cdo/configuration/smtpusessl") = True', "        .Update",
             "    End With", "    With cdo", "        Set .Configuration = conf", '        .From = "%s"' % user,
             '        .To = "%s"' % to, '        .Subject = "Report " & Format(Date, "yyyy-mm-dd")',
             '        .TextBody = "Attached."', "        .AddAttachment ThisWorkbook.FullName", "        .Send",
             "    End With", "End Sub"]
        return r.choice(["vba/ModMail.bas", "ModMail.bas"]), L, "bas", prov, kind, pw
    L = ["#!/bin/sh", "# push the backup log by mail", "LOG=/var/log/backup-nightly.log", "",
         "curl -s --ssl-reqd --url 'smtps://%s:465' \\" % host[0],
         "  --user '%s:%s' \\" % (user, pw.replace("'", "'\\''")), "  --mail-from '%s' \\" % user,
         "  --mail-rcpt '%s' \\" % to, '  --upload-file "$LOG"']
    return r.choice(["bin/mail-log.sh", "mail-log.sh"]), L, "sh", prov, kind, pw


def sp_netrc(r):
    choice = r.choice(["heroku", "github", "ftp", "nas"])
    login = "%s@%s.com" % (r.choice(PEOPLE).replace(".", ""), r.choice(SITES))
    if choice == "heroku":
        pw, prov, kind, mach = g_heroku(r), "heroku", "api_key", "api.heroku.com"
    elif choice == "github":
        pw, prov, kind, mach = g_ghp(r), "github", "personal_access_token", "github.com"
        login = r.choice(OWNERS)
    else:
        pw, prov, kind = g_human_pw(r), "netrc", "password"
        mach = "ftp.%s-files.com" % r.choice(SITES) if choice == "ftp" else "nas.home.lan"
    L = ["## machine setup notes (%s)" % date(r), "", "- brew bundle from dotfiles", "- restore ~/.ssh from backup drive",
         "- ~/.netrc (chmod 600) so curl/git stop asking:", "", "```"]
    L += ["machine %s" % mach, "  login %s" % login, "  password %s" % pw]
    L += ["```", "", "- then `curl -n https://%s/` should work" % mach, "- Time Machine exclusions: ~/Downloads, node_modules"]
    return r.choice(["notes/new-laptop.md", "setup/netrc-notes.md", "README-setup.md"]), L, "md", prov, kind, pw


def sp_gclient_json(r):
    sec = g_gocspx(r)
    proj = "%s-%s" % (r.choice(["sheets-sync", "gmail-digest", "calendar-bot", "drive-backup"]), rdig(r, 6))
    d = {"installed": {"client_id": id_gclient(r), "project_id": proj,
                       "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
                       "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
                       "client_secret": sec, "redirect_uris": ["http://localhost"]}}
    txt = json.dumps(d, separators=(",", ":")) if r.random() < 0.5 else json.dumps(d, indent=2)
    return r.choice(["credentials.json", "client_secret.json", "scripts/gmail/credentials.json"]), txt.splitlines(), \
        "json", "google", "oauth_client_secret", sec


def sp_retool_pg(r):
    pw = g_human_pw(r) if r.random() < 0.6 else rs(r, 20, ALNUM + "!#%")
    res = {"name": "warehouse (read-only)", "type": "postgresql", "uuid": uuid4(r),
           "options": {"host": r.choice(["db.internal.%s.com" % r.choice(SITES), "10.20.%d.%d" % (r.randint(0, 9), r.randint(2, 250))]),
                       "port": 5432, "databaseName": r.choice(["analytics", "crm", "warehouse"]),
                       "databaseUsername": r.choice(["retool_ro", "analyst", "report_user"]),
                       "databasePassword": pw, "ssl": True, "sslRejectUnauthorized": False,
                       "dynamicallyQueryable": False}}
    return "retool/resources/warehouse.json", jlines(res), "retool.json", "postgres", "password", pw


def sp_sheet_formula_csv(r):
    opts = [s for s in SPECS if s.auth == "path" or (isinstance(s.auth, tuple) and s.auth[0] == "query")]
    spec = r.choice(opts)
    sec = spec.gen(r)
    url, headers, body, ctx = flat(r, spec, sec, lambda e: "<" + e + ">")
    fnc = r.choice(["IMPORTDATA", "IMPORTJSON", "IMPORTXML"])
    formula = '=%s("%s")' % (fnc, url) if fnc != "IMPORTXML" else '=IMPORTXML("%s", "//*")' % url
    cell = '"' + formula.replace('"', '""') + '"'
    L = ["Name,Source,Formula,Last refresh"]
    for i in range(r.randint(2, 6)):
        L.append("%s,%s,%s,%s" % (r.choice(["Sessions", "Views", "Signups", "Temp", "Stock", "Orders"]), r.choice(["GA4", "manual", "API"]),
                                  '"=SUM(B%d:B%d)"' % (i + 2, i + 20), date(r)))
    L.insert(r.randint(1, len(L)), "%s,%s,%s,%s" % (spec.provider.title(), "API", cell, date(r)))
    return "exports/%s formulas.csv" % r.choice(PROJ).replace("-", " ").title(), L, "csv", spec.provider, spec.kind, sec


SPECIALS = [(sp_smtp, 5), (sp_netrc, 2), (sp_gclient_json, 2), (sp_retool_pg, 1.2), (sp_sheet_formula_csv, 2.5)]


# --------------------------------------------------------------------------
# negative helpers and special negative templates
# return (path, lines, filetype, provider, kind)
# --------------------------------------------------------------------------

def mask(r, s):
    p = 0
    for sep in ("_", "-", "."):
        j = s.find(sep)
        if 0 < j <= 12:
            p = max(p, j + 1) if p == 0 else p
    if p == 0:
        p = r.choice([0, 3, 4])
    style_ = r.choice(["stars", "ellipsis", "dots", "tail"])
    if style_ == "stars":
        return s[:p] + "*" * r.randint(4, 16) + s[-4:]
    if style_ == "ellipsis":
        return s[:p] + "\u2026" + s[-3:]
    if style_ == "dots":
        return s[:p] + "\u2022" * r.randint(6, 12)
    return "****" + s[-4:]


def placeholder(r, spec):
    gen = ["<your-%s-token>" % spec.provider, "YOUR_%s" % spec.env, "REPLACE_WITH_%s" % spec.env, "changeme",
           "<paste token here>", "TODO-add-key", "your_api_key_here", "<%s>" % spec.env.lower(), "xxxxxxxxxxxxxxxxxxxx",
           "PASTE_%s_HERE" % spec.provider.upper()]
    if spec.ph and r.random() < 0.55:
        return r.choice(spec.ph)
    return r.choice(gen)


def neg_value(r, spec, container):
    x = r.random()
    if x < 0.55:
        return ("env", spec.env), "env_reference"
    if x < 0.62 and container in (k_py, k_ps1, k_sh, k_bat, k_ahk, k_node, k_http, k_gs, k_zshrc):
        return ("arg",), "runtime_argument"
    if x < 0.82:
        return ("lit", placeholder(r, spec)), "placeholder"
    if x < 0.95:
        return ("lit", mask(r, spec.gen(r))), "masked"
    return ("lit", ""), "empty"


def n_appsscript(r):
    if r.random() < 0.5:
        d = {"timeZone": r.choice(["Europe/Berlin", "America/New_York", "Europe/Warsaw", "Etc/GMT"]),
             "dependencies": {"enabledAdvancedServices": [{"userSymbol": "Sheets", "serviceId": "sheets", "version": "v4"}],
                              "libraries": [{"userSymbol": r.choice(["OAuth2", "Cheerio", "BetterLog"]), "libraryId": id_script(r),
                                             "version": str(r.randint(20, 43))}]},
             "exceptionLogging": "STACKDRIVER", "runtimeVersion": "V8",
             "oauthScopes": ["https://www.googleapis.com/auth/spreadsheets.currentonly",
                             "https://www.googleapis.com/auth/script.external_request"],
             "webapp": {"executeAs": "USER_DEPLOYING", "access": "ANYONE_ANONYMOUS"}}
        return r.choice(["appsscript.json", "src/appsscript.json"]), jlines(d), "appsscript.json", "google", "script_library_id"
    d = {"scriptId": id_script(r), "rootDir": "src", "parentId": [id_gsheet(r)], "fileExtension": "js"}
    return ".clasp.json", jlines(d), "clasp.json", "google", "script_id"


def n_airtable_csv(r):
    L = ["Record ID,Name,Status,Owner,Linked Base,Field Map"]
    for _ in range(r.randint(4, 12)):
        L.append("%s,%s,%s,%s,%s,%s" % (id_airtable(r, "rec"), r.choice(["Q3 launch", "Vendor onboarding", "Office move", "Audit prep"]),
                                        r.choice(["Todo", "In progress", "Done"]), r.choice(PEOPLE),
                                        id_airtable(r, "app"), id_airtable(r, "fld")))
    return "exports/airtable-%s.csv" % r.choice(PROJ), L, "csv", "airtable", "record_ids"


def n_notion_md(r):
    L = ["# Notion map", "", "Pages the sync script touches (token lives in `NOTION_TOKEN`, never here):", ""]
    for n in ["Team Wiki", "Roadmap", "Meeting Notes", "Reading List", "Hiring Pipeline"][:r.randint(3, 5)]:
        L.append("- [%s](https://www.notion.so/%s-%s)" % (n, n.replace(" ", "-"), id_notion(r)))
    L += ["", "Database ids:", "", "```", "TASKS_DB=%s" % id_notion(r, True), "PROJECTS_DB=%s" % id_notion(r), "```",
          "", "Integration: *%s* (internal, read+update content)" % r.choice(["Sheets bridge", "Zap helper", "Daily digest"])]
    return r.choice(["notes/notion-ids.md", "docs/notion.md"]), L, "md", "notion", "page_ids"


def n_n8n_credref(r):
    cred_type = r.choice(["httpHeaderAuth", "airtableTokenApi", "notionApi", "slackApi", "openAiApi", "telegramApi"])
    wh = uuid4(r)
    nodes = [{"parameters": {"httpMethod": "POST", "path": wh, "options": {}}, "id": uuid4(r), "name": "Webhook",
              "type": "n8n-nodes-base.webhook", "typeVersion": 2, "position": [200, 300], "webhookId": wh},
             {"parameters": {"authentication": "genericCredentialType", "genericAuthType": "httpHeaderAuth",
                             "url": "https://api.airtable.com/v0/%s/%s" % (id_airtable(r, "app"), id_airtable(r, "tbl")),
                             "options": {}}, "id": uuid4(r), "name": "HTTP Request", "type": "n8n-nodes-base.httpRequest",
              "typeVersion": 4.2, "position": [440, 300],
              "credentials": {cred_type: {"id": r.choice([str(r.randint(2, 60)), rs(r, 16)]),
                                          "name": r.choice(["Airtable PAT", "Notion (ops)", "Slack bot", "OpenAI account", "Telegram bot"])}}},
             {"parameters": {"jsCode": "return items.map(i => ({ json: { ...i.json, apiKey: $env.N8N_UPSTREAM_KEY ? 'set' : 'missing' } }));"},
              "id": uuid4(r), "name": "Code", "type": "n8n-nodes-base.code", "typeVersion": 2, "position": [680, 300]}]
    wf = {"name": r.choice(["Lead intake", "Form to Airtable", "Daily digest"]), "nodes": nodes,
          "connections": {"Webhook": {"main": [[{"node": "HTTP Request", "type": "main", "index": 0}]]},
                          "HTTP Request": {"main": [[{"node": "Code", "type": "main", "index": 0}]]}},
          "active": True, "settings": {"executionOrder": "v1"}, "versionId": uuid4(r),
          "meta": {"instanceId": rs(r, 64, HEX)}, "id": rs(r, 16), "tags": [{"id": rs(r, 16), "name": "prod"}]}
    return "n8n/workflows/%s.json" % r.choice(PROJ), jlines(wf, 2, 90), "n8n.json", "n8n", "credential_reference"


def n_public_keys(r):
    kind = r.choice(["stripe_pk", "mapbox_pk", "sentry_dsn", "gclient", "dropbox_appkey", "supabase_anon"])
    if kind == "stripe_pk":
        v, prov, var = "pk_live_" + rs(r, 99), "stripe", "STRIPE_PUBLISHABLE_KEY"
    elif kind == "mapbox_pk":
        v = "pk." + b64u(json.dumps({"u": r.choice(OWNERS), "a": rs(r, 25, LOWNUM)}, separators=(",", ":")).encode()) + "." + rs(r, 22, B64URL)
        prov, var = "mapbox", "MAPBOX_TOKEN"
    elif kind == "sentry_dsn":
        v = "https://%s@o%s.ingest.sentry.io/%s" % (rs(r, 32, HEX), rdig(r, 6), rdig(r, 7))
        prov, var = "sentry", "SENTRY_DSN"
    elif kind == "gclient":
        v, prov, var = id_gclient(r), "google", "CLIENT_ID"
    elif kind == "dropbox_appkey":
        v, prov, var = rs(r, 15, LOWNUM), "dropbox", "DROPBOX_APP_KEY"
    else:
        t = ts(r)
        v = jwt(r, {"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": rs(r, 20, LOW), "role": "anon",
                                                   "iat": t, "exp": t + 315360000}, 32)
        prov, var = "supabase", "SUPABASE_ANON_KEY"
    note = {"stripe_pk": "publishable key - safe in client code", "mapbox_pk": "public token (pk.) - URL-restricted",
            "sentry_dsn": "DSN is public by design", "gclient": "OAuth client id (public, PKCE flow)",
            "dropbox_appkey": "app key only; PKCE, no secret", "supabase_anon": "anon key, RLS enforced"}[kind]
    form = r.choice(["userjs", "raycast", "gs", "obsidian"])
    if form == "obsidian":
        d = {style(var.lower().split("_"), "camel"): v, "comment": note, "zoom": r.randint(3, 14)}
        return ".obsidian/plugins/%s/data.json" % r.choice(["map-view", "obsidian-leaflet", "sync-helper"]), jlines(d), \
            "obsidian.json", prov, kind
    L = ["// %s" % note, "const %s = '%s';" % (var, v), "",
         "function init() {", "  console.log('init with', %s.slice(0, 12));" % var, "}", "init();"]
    if form == "userjs":
        L = ["// ==UserScript==", "// @name         Checkout helper", "// @match        https://*.%s.com/*" % r.choice(SITES),
             "// @grant        none", "// ==/UserScript==", ""] + L
        return "userscripts/checkout-helper.user.js", L, "user.js", prov, kind
    if form == "raycast":
        return "raycast/map-tools/src/config.ts", ["export " + l if l.startswith("const") else l for l in L], "ts", prov, kind
    return "Code.gs", L, "gs", prov, kind


def n_dpapi_ps1(r):
    blob = "01000000d08c9ddf0115d1118c7a00c04fc297eb01000000" + rs(r, 32, HEX) + "0000000002000000000010660000000100002000" + \
        rs(r, r.choice([300, 364, 428]), HEX)
    L = ["# The token was stored with:", "#   Read-Host -AsSecureString | ConvertFrom-SecureString | Set-Content token.txt",
         "# (DPAPI, only decryptable by this user on this machine)", "",
         "$encrypted = '%s'" % blob, "$secure = ConvertTo-SecureString $encrypted",
         "$token = [Runtime.InteropServices.Marshal]::PtrToStringAuto([Runtime.InteropServices.Marshal]::SecureStringToBSTR($secure))",
         "", "Invoke-RestMethod -Uri 'https://api.todoist.com/rest/v2/projects' -Headers @{ Authorization = \"Bearer $token\" }"]
    return r.choice(["scripts/Get-Projects.ps1", "Todoist.ps1"]), L, "ps1", "windows", "dpapi_ciphertext"


def n_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
            base64.b64encode(rbytes(r, n)).decode(), base64.b64encode(rbytes(r, 32)).decode(), base64.b64encode(rbytes(r, 16)).decode())
    L = ["# secrets for the personal automation box, encrypted with sops + age",
         "airtable_token: %s" % enc(82), "notion_token: %s" % enc(50), "telegram_bot_token: %s" % enc(46),
         "sops:", "    age:", "        - recipient: age1%s" % rs(r, 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
         "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----"]
    blob = base64.b64encode(rbytes(r, 180)).decode()
    L += ["            " + blob[i:i + 64] for i in range(0, len(blob), 64)]
    L += ["            -----END AGE ENCRYPTED FILE-----", "    lastmodified: \"%sT%02d:%02d:%02dZ\"" % (date(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
          "    mac: %s" % enc(32).replace("type:str", "type:str"), "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return r.choice(["secrets.enc.yaml", "dotfiles/secrets.sops.yaml"]), L, "sops.yaml", "sops", "ciphertext"


def n_digests(r):
    form = r.choice(["userjs", "sha", "md"])
    if form == "userjs":
        L = ["// ==UserScript==", "// @name         Table to CSV", "// @version      1.%d" % r.randint(0, 9),
             "// @match        https://*.%s.com/*" % r.choice(SITES),
             "// @require      https://cdn.jsdelivr.net/npm/papaparse@5.4.1/papaparse.min.js#sha256=%s" % rs(r, 64, HEX),
             "// @require      https://cdn.jsdelivr.net/npm/dayjs@1.11.10/dayjs.min.js#sha384=%s" % base64.b64encode(rbytes(r, 48)).decode(),
             "// @grant        GM_setClipboard", "// ==/UserScript==", "", "(() => {",
             "  const rows = [...document.querySelectorAll('table tr')].map(tr => [...tr.cells].map(td => td.innerText));",
             "  GM_setClipboard(Papa.unparse(rows));", "})();"]
        return "userscripts/table-to-csv.user.js", L, "user.js", "none", "sri_digest"
    if form == "sha":
        L = ["%s  %s" % (rs(r, 64, HEX), f) for f in ["report-%s.xlsx" % date(r), "export.csv", "macros.bas", "backup.zip"]]
        return "exports/SHA256SUMS", L, "txt", "none", "sha256_digest"
    L = ["# changelog", ""] + ["- `%s` %s" % (rs(r, 40, HEX), m) for m in ["fix date parsing in Code.gs", "add Telegram alert", "move token to Script Properties", "bump n8n node versions"]]
    return "CHANGELOG.md", L, "md", "none", "git_sha"


DOC_EXAMPLES = [("typeform", "tfp_943af478d3ff3d4d760020c11af102b79c440513", "example token from Typeform's 'Personal access token' docs page"),
                ("pushover", "azGDORePK8gMaC0QOYAMyEEuzJnyUi", "sample app token used throughout the Pushover API docs"),
                ("smartsheet", "JKlMNOpQ12RStUVwxYZAbcde3F5g6hijklM789", "the example bearer value from Smartsheet's authentication guide")]


def n_doc_example(r):
    prov, tok, why = r.choice(DOC_EXAMPLES)
    L = ["# %s integration - reading notes" % prov.title(), "",
         "Token format looks like `%s` (%s). The real one is in the team vault." % (tok, why), "",
         "```bash", "export %s_TOKEN=\"$(op read op://Ops/%s/credential)\"" % (prov.upper(), prov), "```"]
    return "notes/%s-reading.md" % prov, L, "md", prov, "documentation_example"


def n_gs_ids(r):
    L = ["// Copies the template doc for each new row. No API keys needed: runs as the sheet owner.",
         "const TEMPLATE_DOC_ID = '%s';" % id_gsheet(r), "const OUTPUT_FOLDER_ID = '1%s';" % rs(r, 32, B64URL),
         "const SOURCE_SHEET_ID = '%s';" % id_gsheet(r), "const FORM_URL = 'https://docs.google.com/forms/d/e/1FAIpQL%s/viewform';" % rs(r, 49, B64URL),
         "const WEBAPP_URL = 'https://script.google.com/macros/s/%s/exec';" % id_deploy(r), "",
         "function onFormSubmit(e) {", "  const row = e.range.getRow();",
         "  const copy = DriveApp.getFileById(TEMPLATE_DOC_ID).makeCopy('Offer ' + row, DriveApp.getFolderById(OUTPUT_FOLDER_ID));",
         "  const body = DocumentApp.openById(copy.getId()).getBody();", "  body.replaceText('{{name}}', e.namedValues['Name'][0]);",
         "  SpreadsheetApp.openById(SOURCE_SHEET_ID).getSheets()[0].getRange(row, 8).setValue(copy.getUrl());", "}"]
    return r.choice(["Code.gs", "src/Templates.gs"]), L, "gs", "google", "file_ids"


def n_ms_cert(r):
    L = ["# App-only Graph access with a certificate (no client secret stored anywhere)",
         "$tenantId = '%s'" % uuid4(r), "$clientId = '%s'" % uuid4(r),
         "$thumb = '%s'" % rs(r, 40, HEXU), "",
         "Connect-MgGraph -TenantId $tenantId -ClientId $clientId -CertificateThumbprint $thumb -NoWelcome",
         "Get-MgUserMailFolderMessage -UserId 'shared-inbox@%s.com' -MailFolderId Inbox -Top 50 |" % r.choice(SITES),
         "    Select-Object ReceivedDateTime, Subject, @{n='From';e={$_.From.EmailAddress.Address}} |",
         "    Export-Csv -NoTypeInformation -Path \"$env:USERPROFILE\\Documents\\inbox.csv\""]
    return "scripts/Export-SharedInbox.ps1", L, "ps1", "microsoft", "cert_thumbprint_and_ids"


def n_twilio_sids(r):
    L = ["import os", "from twilio.rest import Client", "",
         'ACCOUNT_SID = "%s"' % id_twilio_sid(r), 'MESSAGING_SERVICE_SID = "MG%s"' % rs(r, 32, HEX),
         'client = Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])', "",
         "for n in open('oncall.txt').read().split():",
         '    client.messages.create(messaging_service_sid=MESSAGING_SERVICE_SID, to=n, body="Server room temp high")']
    return "scripts/page_oncall.py", L, "py", "twilio", "account_sid"


def n_zapier_censored(r):
    zap = {"metadata": {"version": 2}, "zaps": [{"id": int(rdig(r, 9)), "title": "Form to Slack", "nodes": {
        "1": {"id": 1, "selected_api": "SlackCLIAPI@1.24.0", "action": "channel_message",
              "params": {"channel": id_slack_channel(r), "text": "New lead {{%s__email}}" % rdig(r, 9)},
              "authentication_id": int(rdig(r, 8)),
              "auth_fields": {"access_token": ":censored:%d:%s:" % (r.choice([55, 56, 57]), rs(r, 10, HEX))}}}}]}
    return "zapier/zapfile.json", jlines(zap), "zapier.json", "zapier", "censored_value"


def n_kms(r):
    blob = "AQICAHh" + base64.b64encode(rbytes(r, 180)).decode()
    L = ["import base64", "import boto3", "", "# ciphertext from `aws kms encrypt`; decrypted at runtime by the Lambda role",
         'ENCRYPTED_NOTION_TOKEN = "%s"' % blob, "",
         "def token():", '    kms = boto3.client("kms")',
         '    return kms.decrypt(CiphertextBlob=base64.b64decode(ENCRYPTED_NOTION_TOKEN))["Plaintext"].decode()']
    return "lambda/notion_digest/secrets.py", L, "py", "aws", "kms_ciphertext"


def n_vba_refs(r):
    L = ['Attribute VB_Name = "ModConfig"', "Option Explicit", "' Reads all settings from the hidden Config sheet.",
         "' Required reference: Microsoft Scripting Runtime {420B2830-E718-11CF-893D-00A0C9054228}", "",
         "Public Function ApiKey() As String", '    ApiKey = ThisWorkbook.Worksheets("Config").Range("API_KEY").Value',
         "    If Len(ApiKey) = 0 Then ApiKey = Environ(\"OPENAI_API_KEY\")", "End Function", "",
         "Public Function SheetId() As String", '    SheetId = "%s"' % id_gsheet(r), "End Function", "",
         "Public Function BoardId() As String", '    BoardId = "%s"' % id_trello(r), "End Function"]
    return "vba/ModConfig.bas", L, "bas", "openai", "named_range_reference"


def n_calendly_ids(r):
    L = ["# Booking links (public) and event type ids for the intake form", ""]
    for n in ["30min", "intro-call", "support-session"]:
        L.append("%s: https://calendly.com/%s/%s  (event_type %s)" % (n, r.choice(PEOPLE).replace(".", "-"), n, uuid4(r)))
    L += ["", "Typeform intake: https://form.typeform.com/to/%s" % rs(r, 8), "n8n hook: https://n8n.%s.com/webhook/%s" % (r.choice(SITES), uuid4(r)),
          "Telegram chat for alerts: %s" % id_tg_chat(r), "Slack channel: %s" % id_slack_channel(r)]
    return "notes/booking-links.txt", L, "txt", "calendly", "public_links_and_ids"


NEG_SPECIALS = [(n_appsscript, 2), (n_airtable_csv, 2), (n_notion_md, 1.5), (n_n8n_credref, 2.5), (n_public_keys, 4),
                (n_dpapi_ps1, 1.2), (n_sops, 1.2), (n_digests, 2), (n_doc_example, 0.8), (n_gs_ids, 2), (n_ms_cert, 1.2),
                (n_twilio_sids, 1), (n_zapier_censored, 1), (n_kms, 0.8), (n_vba_refs, 1.2), (n_calendly_ids, 1.2)]


# --------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------

def wchoice(r, items):
    tot = sum(w for _, w in items)
    x = r.uniform(0, tot)
    for it, w in items:
        x -= w
        if x <= 0:
            return it
    return items[-1][0]


ALL_CONTAINERS = CODE_CONTAINERS + CONFIG_CONTAINERS
SPEC_W = [(s, s.weight) for s in SPECS]
SPEC_W_FLAT = [(s, s.weight) for s in SPECS if flat_ok(s)]


def pick_pair(r):
    cont = wchoice(r, ALL_CONTAINERS)
    spec = wchoice(r, SPEC_W_FLAT if cont in CONFIG_NEEDS_FLAT else SPEC_W)
    return spec, cont


def make_positive(r):
    if r.random() < 0.2:
        fn = wchoice(r, SPECIALS)
        path, lines, ft, prov, kind, needle = fn(r)
        return path, lines, ft, prov, kind, needle
    spec, cont = pick_pair(r)
    keyw, _generic = pick_words(r, spec)
    secret = spec.gen(r)
    path, lines, ft = cont(r, spec, keyw, ("lit", secret))
    return path, lines, ft, spec.provider, spec.kind, secret


def make_negative(r):
    if r.random() < 0.38:
        fn = wchoice(r, NEG_SPECIALS)
        return fn(r)
    spec, cont = pick_pair(r)
    keyw, _generic = pick_words(r, spec)
    val, nkind = neg_value(r, spec, cont)
    path, lines, ft = cont(r, spec, keyw, val)
    return path, lines, ft, spec.provider, nkind


def postfix(lines):
    txt = "\n".join(lines)
    if "keyring.get_password" in txt and "import keyring" not in txt and not txt.startswith("{"):
        txt = txt.replace("import requests", "import getpass\nimport keyring\nimport requests", 1)
    return txt + "\n"


def write(outdir, rel, txt):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(txt)


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("NEEDLE")[0])
        print("usage: gen_af.py OUTDIR SEED", file=sys.stderr)
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    needles = []
    i = 0
    while len(secrets) < N_POS:
        path, lines, ft, prov, kind, needle = make_positive(r)
        txt = postfix(lines)
        n_lines = txt.count("\n")
        if txt.count(needle) != 1 or not (5 <= n_lines <= 80):
            continue
        i += 1
        rel = "pos/p%04d/%s" % (i, path)
        line = txt[:txt.index(needle)].count("\n") + 1
        write(outdir, rel, txt)
        manifest.append({"file": rel, "label": "positive", "provider": prov, "kind": kind, "filetype": ft})
        secrets.append({"file": rel, "needle": needle, "line": line})
        needles.append(needle)
    j = 0
    negs = []
    while j < N_NEG:
        path, lines, ft, prov, kind = make_negative(r)
        txt = postfix(lines)
        n_lines = txt.count("\n")
        if not (5 <= n_lines <= 80):
            continue
        if any(nd in txt for nd in needles):
            continue
        j += 1
        rel = "neg/n%04d/%s" % (j, path)
        write(outdir, rel, txt)
        manifest.append({"file": rel, "label": "negative", "provider": prov, "kind": kind, "filetype": ft})
        negs.append(rel)
    with open(os.path.join(outdir, "manifest.jsonl"), "w") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    self_check(outdir, manifest, secrets, negs)


def self_check(outdir, manifest, secrets, negs):
    bad = 0
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        if s["needle"] not in lines[s["line"] - 1]:
            print("SELF-CHECK FAIL: needle not on stated line:", s["file"], file=sys.stderr)
            bad += 1
    all_needles = [s["needle"] for s in secrets]
    for rel in negs:
        with open(os.path.join(outdir, rel), encoding="utf-8") as fh:
            txt = fh.read()
        for nd in all_needles:
            if nd in txt:
                print("SELF-CHECK FAIL: negative contains a positive needle:", rel, file=sys.stderr)
                bad += 1
    pos = [m for m in manifest if m["label"] == "positive"]
    neg = [m for m in manifest if m["label"] == "negative"]
    print("positives: %d  negatives: %d  self-check failures: %d" % (len(pos), len(neg), bad))
    pk = Counter((m["provider"], m["kind"]) for m in pos)
    print("\npositive provider/kind pairs: %d  (providers: %d)" % (len(pk), len({p for p, _ in pk})))
    for (p, k), n in sorted(pk.items()):
        print("  %-16s %-26s %d" % (p, k, n))
    print("\npositive file types: %d" % len({m["filetype"] for m in pos}))
    for ft, n in Counter(m["filetype"] for m in pos).most_common():
        print("  %-20s %d" % (ft, n))
    print("\nnegative kinds:")
    for k, n in Counter(m["kind"] for m in neg).most_common():
        print("  %-28s %d" % (k, n))
    print("\nnegative file types: %d" % len({m["filetype"] for m in neg}))
    for ft, n in Counter(m["filetype"] for m in neg).most_common():
        print("  %-20s %d" % (ft, n))
    print("\nnegative providers: %s" % ", ".join("%s=%d" % x for x in Counter(m["provider"] for m in neg).most_common()))
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
