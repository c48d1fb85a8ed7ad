#!/usr/bin/env python3
"""gen_iq.py - blind evaluation set: personal desktop automation / dotfiles scripts.

EMPHASIS
    Personal automation and launcher scripts that people commit to dotfiles
    repositories: AutoHotkey v2 (.ahk, WinHttp.WinHttpRequest + SetRequestHeader),
    AutoIt (.au3), Hammerspoon (init.lua, hs.http), Keyboard Maestro (.kmmacros
    plist), Alfred workflows (info.plist variables, workflow scripts), Raycast
    script commands and extension package.json preferences, exported macOS
    Shortcuts (plist / JSON), Tasker (.prj.xml / .tsk.xml HTTP Request actions),
    Scriptable (iOS JS), Übersicht widgets (.jsx / .coffee), BetterTouchTool
    presets (JSON), Espanso (match/*.yml), Karabiner-Elements (karabiner.json
    shell_command), SwiftBar/xbar plugins (*.5m.sh, *.1h.py), Stream Deck plugin
    configs, launchd agents, crontabs, PowerShell, AppleScript, shell rc files,
    .netrc, Markdown notes.
    Providers: Pushover (app token / user key), Telegram bot tokens, Todoist,
    Notion (secret_ / ntn_), OpenAI (sk-proj- / sk-svcacct- / legacy sk-),
    Spotify client secret, GitHub PATs (ghp_ with CRC32 checksum, github_pat_),
    Slack incoming webhooks, Discord webhooks, ntfy access tokens (tk_), Home
    Assistant long-lived access tokens (HS256 JWT), Philips Hue bridge
    usernames, IFTTT Webhooks keys, Toggl Track API tokens, Pushbullet access
    tokens, and passwords for personal accounts (NAS, router, IMAP, Apple
    app-specific and Google app passwords, ntfy basic auth).

USAGE
    python3 -B gen_iq.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl
    (one line per file) and OUTDIR/secrets.jsonl (one line per positive).
    Standard library only; every random choice comes from one
    random.Random(SEED), so a seed always gives byte-identical output.

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written in the file, without quotes.
    * Header values: only the token, never "Bearer " / "token " / "Basic ".
    * Slack and Discord incoming webhooks: the whole URL
      (https://hooks.slack.com/services/T.../B.../..., https://discord.com/api/
      webhooks/<id>/<token>), because the URL itself is the credential.
    * IFTTT: only the key after /with/key/ (the event name is not secret).
    * Telegram: the bot token "<digits>:<35 chars>", without the "bot" prefix
      used in https://api.telegram.org/bot<token>/... URLs.
    * URLs with user:password@host and basic-auth pairs: only the password.
      Toggl "<token>:api_token" pairs: only the token.
    * Key pairs: a file holds one secret; for Pushover the other half (user
      key or app token) is read from the environment / keychain; Spotify files
      hold a literal client id (public) and the client secret (the needle).
    * Multi-line keys: none in this domain; SSH/GPG public keys occur only in
      negatives.

NEGATIVES
    Half re-use the positive templates with the secret slot holding something
    that is not a secret: placeholders (<your-key>, YOUR_API_KEY_HERE, changeme,
    xxxx...), empty values, masked values (****, [REDACTED], ghp_****...),
    environment / secret-manager references written in the file's own language
    (EnvGet("X"), os.getenv, process.env.X, Keychain.get in Scriptable,
    $(security find-generic-password -w), $(op read op://...), $(pass show ...),
    Get-Secret, hs.settings.get), reference strings (op://..., ${VAR}, vault
    paths), template expressions (chezmoi {{ .x }}, {{ onepasswordRead ...}},
    Jinja) and providers' documented example keys (Pushover, Telegram, Todoist,
    ntfy, Slack, Home Assistant "ABCDEFGH", Hue "newdeveloper"...). Files named
    .env / .env.local ... are renamed to .env.example for negatives.
    The other half are look-alikes of the domain: macro/action UUIDs, Shortcuts
    identifiers and iCloud share ids, bundle ids, hotkey strings, Windows CLSIDs,
    colour codes, Hue light/bridge ids and sensor unique ids, Spotify track ids,
    Notion page / database ids, Todoist task ids, Home Assistant device ids,
    Telegram file_ids, Pushover receipts/request ids, OpenAI org ids, public
    Spotify client ids, git SHAs, sha256/sha512 digests and SRI hashes, base64
    icon data, SSH/GPG public keys, keychain / op / pass / bw / secret-tool /
    Scriptable-Keychain lookups, log lines with redacted Authorization headers.

FORMATS CHECKED (search tool, docs/pages/code corpora)
    * Pushover: tokens and user keys are 30 chars [A-Za-z0-9] (pushoverr /
      Haskell pushover docs); doc example app token azGDORePK8gMaC0QOYAMyEEuzJnyUi.
    * Telegram: BotFather tokens like 110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw
      (digits ":" 35 chars [A-Za-z0-9_-], observed to start with "AA"); docs
      example 123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11.
    * Notion: changelog (Sept 2024) - new tokens use prefix ntn_ instead of
      secret_, Notion advises against validating the rest of the format.
    * ntfy: docs show access tokens "tk_" + 29 chars
      (tk_AgQdq7mVBoFD37zQVN29RhuMzNIz2), Bearer or Basic auth.
    * GitHub: blog "Behind GitHub's new authentication token formats": ghp_ /
      gho_ ... prefix, 30 chars base62 entropy + 6 char base62 CRC32 checksum.
    * Slack: incoming webhook URL https://hooks.slack.com/services/T.../B.../<24>.
    * IFTTT: https://maker.ifttt.com/trigger/{event}/with/key/{key}; keys seen in
      real code are 22 chars [A-Za-z0-9_-].
    * Home Assistant: long-lived token is an HS256 JWT with claims iss (refresh
      token id, uuid4 hex), iat, exp (code search of HA-related scripts).
    * Hue: POST /api {"devicetype": "app#device"} returns a 40-char username
      (e.g. in node-hue-api / huejay issues).
    * Toggl Track: API token (32 hex) used as Basic auth "<token>:api_token".
    * Spotify: client credentials flow, Basic base64(client_id:client_secret).
    * OpenAI: prefixes sk-proj-, sk-svcacct-, sk-admin-, legacy sk-; project
      keys ~164 chars.
    * Todoist: API token from Settings > Integrations > Developer (40 hex).

    * GitHub ghp_ checksum: generated tokens re-verified (CRC32 of the 30-char
      body, base62 0-9A-Za-z, zero-padded to 6).

TEMPLATES
    80 positive templates (all also reused as slot-substituted negatives) and
    44 look-alike negative templates.

DOUBTS
    * Notion ntn_ body: generated as 46 chars [A-Za-z0-9] (50 in total); the
      exact structure after ntn_ was not confirmed in Notion's own docs.
    * ntfy body alphabet: docs example is mixed case; [A-Za-z0-9]{29} used.
    * OpenAI key body: T3BlbkFJ marker placement and exact lengths of sk-proj-
      and sk-svcacct- keys are from observation, not documentation.
    * Telegram bot id length (8-10 digits) and the "AA" start are observed.
    * Discord webhook token (68 chars [A-Za-z0-9_-]) and snowflake id (18-19
      digits), Pushbullet "o." + 32 alnum: from memory, not confirmed.
    * GitHub fine-grained PATs (github_pat_ + 22 + "_" + 59) not confirmed.
    * Hue usernames: 40 chars [A-Za-z0-9-] observed; Toggl / Todoist / Spotify
      secret lengths (32 / 40 / 32 hex) from examples, not specifications.
    * Slack team / bot id lengths (T/B + 8..10 [A-Z0-9]) from examples.
"""

import base64
import hashlib
import hmac
import json
import os
import random
import re
import sys
import uuid
import zlib

# ----------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------
DIG = "0123456789"
HEXL = "0123456789abcdef"
LOW = "abcdefghijklmnopqrstuvwxyz"
UPP = LOW.upper()
ALNUM = DIG + UPP + LOW
B62 = DIG + UPP + LOW          # GitHub base62 alphabet (0-9A-Za-z)
URLSAFE = ALNUM + "-_"
PWSYM = "!*-_+=.?~"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r, n, upper=False):
    s = rs(r, HEXL, n)
    return s.upper() if upper else s


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def chance(r, p):
    return r.random() < p


def uid(r, upper=False):
    u = str(uuid.UUID(int=r.getrandbits(128), version=4))
    return u.upper() if upper else u


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def T(_tpl, **kw):
    """Fill @key@ markers (lowercase keys) and normalise the ends."""
    for k, v in kw.items():
        _tpl = _tpl.replace("@" + k + "@", v)
    left = re.findall(r"@[a-z_0-9]+@", _tpl)
    assert not left, ("unfilled marker", left[:3])
    return _tpl.lstrip("\n").rstrip() + "\n"


def nm(r, conv, neutral):
    """About half the time the conventional name, else a neutral one."""
    return pick(r, conv) if chance(r, 0.5) else pick(r, neutral)


USERS = ["rob", "jen", "mkoch", "anna", "dave", "lea", "tomas", "priya", "kenji",
         "sam", "olga", "marc", "yuki", "nico", "bea", "felix", "ines", "ravi"]
HOSTS = ["macbook-air", "mbp-work", "studio", "mini", "desk-pc", "thinkpad",
         "nuc", "imac-office"]
TOPICS = ["backups", "home-alerts", "nas", "cron", "phone", "desk", "plants",
          "garage", "laptop", "weather"]
LANIP = ["192.168.1.", "192.168.0.", "192.168.178.", "10.0.0.", "10.0.1."]


def lan(r):
    return pick(r, LANIP) + str(r.randint(2, 250))


def epoch(r):
    return r.randint(1640995200, 1735603200)


# ----------------------------------------------------------------------------
# secret generators (random, provider formats)
# ----------------------------------------------------------------------------
def b62enc(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


def g_pushover(r):
    return rs(r, ALNUM, 30)


def g_telegram(r):
    bid = str(r.randint(1, 9)) + rs(r, DIG, r.choice([7, 8, 9]))
    return bid + ":AA" + rs(r, URLSAFE, 33)


def g_todoist(r):
    return hexs(r, 40)


def g_notion(r):
    if chance(r, 0.45):
        return "secret_" + rs(r, ALNUM, 43)
    return "ntn_" + rs(r, ALNUM, 46)


def g_openai(r):
    x = r.random()
    if x < 0.55:
        return "sk-proj-" + rs(r, URLSAFE, 74) + "T3BlbkFJ" + rs(r, URLSAFE, 74)
    if x < 0.7:
        return "sk-svcacct-" + rs(r, URLSAFE, 74) + "T3BlbkFJ" + rs(r, URLSAFE, 74)
    return "sk-" + rs(r, ALNUM, 20) + "T3BlbkFJ" + rs(r, ALNUM, 20)


def g_spotify(r):
    return hexs(r, 32)


def g_github(r):
    if chance(r, 0.75):
        ent = rs(r, B62, 30)
        return "ghp_" + ent + b62enc(zlib.crc32(ent.encode()) & 0xFFFFFFFF, 6)
    return "github_pat_" + rs(r, ALNUM, 22) + "_" + rs(r, ALNUM, 59)


def g_slack(r):
    team = "T" + ("0" if chance(r, 0.6) else "") + rs(r, UPP + DIG, 8)
    bot = "B0" + rs(r, UPP + DIG, r.choice([8, 9]))
    return "https://hooks.slack.com/services/%s/%s/%s" % (team, bot, rs(r, ALNUM, 24))


def g_discord(r):
    host = pick(r, ["discord.com", "discord.com", "discordapp.com"])
    sf = str(r.randint(1, 1)) + rs(r, DIG, r.choice([17, 18]))
    return "https://%s/api/webhooks/%s/%s" % (host, sf, rs(r, URLSAFE, 68))


def g_ntfy(r):
    return "tk_" + rs(r, ALNUM, 29)


def g_hass(r):
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    iat = epoch(r)
    body = json.dumps({"iss": hexs(r, 32), "iat": iat, "exp": iat + 315360000},
                      separators=(",", ":"))
    p = b64url(body.encode())
    sig = b64url(hmac.new(rbytes(r, 64), (head + "." + p).encode(), hashlib.sha256).digest())
    return head + "." + p + "." + sig


def g_hue(r):
    s = list(rs(r, ALNUM, 40))
    if chance(r, 0.4):
        for _ in range(r.randint(1, 2)):
            s[r.randint(3, 36)] = "-"
    return "".join(s)


def g_ifttt(r):
    return rs(r, URLSAFE, 22)


def g_toggl(r):
    return hexs(r, 32)


def g_pushbullet(r):
    return "o." + rs(r, ALNUM, 32)


WORDS = ["maple", "orbit", "tundra", "copper", "lantern", "velvet", "harbor",
         "pixel", "quartz", "saffron", "meadow", "falcon", "ember", "glacier",
         "walnut", "cobalt", "juniper", "nimbus", "pepper", "raven", "tulip"]


def g_password(r):
    x = r.random()
    if x < 0.4:
        core = rs(r, ALNUM, r.randint(12, 18))
        pos = r.randint(2, len(core) - 2)
        return core[:pos] + pick(r, PWSYM) + core[pos:] + pick(r, DIG)
    if x < 0.75:
        ws = [pick(r, WORDS) for _ in range(3)]
        i = r.randrange(3)
        ws[i] = ws[i].capitalize()
        return pick(r, ["-", ".", "_", "+"]).join(ws) + str(r.randint(10, 99)) + pick(r, "!*?.")
    w = pick(r, WORDS).capitalize()
    return w + str(r.randint(1970, 2019)) + pick(r, PWSYM) + rs(r, ALNUM, r.randint(4, 7))


def g_apple_asp(r):
    return "-".join(rs(r, LOW, 4) for _ in range(4))


def g_google_app(r):
    return " ".join(rs(r, LOW, 4) for _ in range(4))


# ----------------------------------------------------------------------------
# provider / kind records
# ----------------------------------------------------------------------------
def _pk(key, provider, kind, env, svc, gen, examples=(), ph=(), masked=()):
    return dict(key=key, provider=provider, kind=kind, env=env, svc=svc, gen=gen,
                examples=list(examples), ph=list(ph), masked=list(masked))


PK = {}
for _rec in [
    _pk("pushover_app", "pushover", "app_token", "PUSHOVER_APP_TOKEN", "pushover", g_pushover,
        ["azGDORePK8gMaC0QOYAMyEEuzJnyUi"], ["<pushover-app-token>", "YOUR_APP_TOKEN", "x" * 30]),
    _pk("pushover_user", "pushover", "user_key", "PUSHOVER_USER_KEY", "pushover-user", g_pushover,
        ["uQiRzpo4DXghDmr9QzzfQu27cmVRsG"], ["<your-user-key>", "YOUR_USER_KEY", "u" + "x" * 29]),
    _pk("telegram", "telegram", "bot_token", "TELEGRAM_BOT_TOKEN", "telegram-bot", g_telegram,
        ["123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11", "110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"],
        ["<bot-token>", "123456789:YOUR_BOT_TOKEN", "BOT_TOKEN_FROM_BOTFATHER"], ["123456789:**********"]),
    _pk("todoist", "todoist", "api_token", "TODOIST_API_TOKEN", "todoist", g_todoist,
        ["0123456789abcdef0123456789abcdef01234567"], ["<todoist-api-token>", "x" * 40, "YOUR_TODOIST_TOKEN"]),
    _pk("notion", "notion", "integration_token", "NOTION_TOKEN", "notion", g_notion,
        [], ["ntn_your_internal_integration_token_here", "secret_xxxxxxxxxxxxxxxxxxxxxxxx", "<notion-integration-secret>"],
        ["ntn_" + "*" * 12, "secret_********"]),
    _pk("openai", "openai", "api_key", "OPENAI_API_KEY", "openai", g_openai,
        [], ["sk-...", "sk-your-key-here", "sk-proj-XXXXXXXXXXXXXXXXXXXX", "<OPENAI_API_KEY>"],
        ["sk-proj-****************", "sk-...a1B2"]),
    _pk("spotify", "spotify", "client_secret", "SPOTIFY_CLIENT_SECRET", "spotify", g_spotify,
        [], ["<client-secret>", "YOUR_CLIENT_SECRET", "x" * 32]),
    _pk("github", "github", "personal_access_token", "GITHUB_TOKEN", "github", g_github,
        [], ["ghp_" + "x" * 36, "<github-pat>", "YOUR_GITHUB_TOKEN", "github_pat_XXXXXXXX"],
        ["ghp_" + "*" * 36, "ghp_****"]),
    _pk("slack", "slack", "webhook_url", "SLACK_WEBHOOK_URL", "slack-webhook", g_slack,
        ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
        ["https://hooks.slack.com/services/XXX/YYY/ZZZ", "<slack-webhook-url>",
         "https://hooks.slack.com/services/your/webhook/url"],
        ["https://hooks.slack.com/services/****"]),
    _pk("discord", "discord", "webhook_url", "DISCORD_WEBHOOK_URL", "discord-webhook", g_discord,
        [], ["https://discord.com/api/webhooks/<id>/<token>", "<discord-webhook-url>",
             "https://discord.com/api/webhooks/000000000000000000/xxxxxxxx"],
        ["https://discord.com/api/webhooks/****"]),
    _pk("ntfy", "ntfy", "access_token", "NTFY_TOKEN", "ntfy", g_ntfy,
        ["tk_AgQdq7mVBoFD37zQVN29RhuMzNIz2"], ["tk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<ntfy-access-token>", "tk_..."],
        ["tk_th2sxr..."]),
    _pk("hass", "homeassistant", "long_lived_access_token", "HASS_TOKEN", "home-assistant", g_hass,
        ["ABCDEFGH"], ["<long-lived-access-token>", "YOUR_LONG_LIVED_TOKEN", "eyJ..."], ["eyJhbGciOi...(redacted)"]),
    _pk("hue", "philips-hue", "bridge_username", "HUE_USERNAME", "hue-bridge", g_hue,
        ["newdeveloper", "1028d66426293e821ecfd9ef1a0731df"], ["<hue-username>", "YOUR_HUE_USER", "press-link-button-first"]),
    _pk("ifttt", "ifttt", "webhook_key", "IFTTT_KEY", "ifttt", g_ifttt,
        [], ["<your-key>", "YOUR_IFTTT_KEY", "MyUniqApiKey", "{your-key}"]),
    _pk("toggl", "toggl", "api_token", "TOGGL_API_TOKEN", "toggl", g_toggl,
        [], ["<toggl-api-token>", "YOUR_TOGGL_TOKEN", "x" * 32]),
    _pk("pushbullet", "pushbullet", "access_token", "PUSHBULLET_TOKEN", "pushbullet", g_pushbullet,
        [], ["o.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<access-token>"], ["o.****************"]),
    _pk("pw_nas", "synology-nas", "password", "NAS_PASSWORD", "nas", g_password,
        [], ["<password>", "CHANGE_ME"]),
    _pk("pw_router", "router", "password", "ROUTER_PASSWORD", "router", g_password,
        ["admin"], ["<router-password>", "changeme"]),
    _pk("pw_imap", "imap", "password", "IMAP_PASSWORD", "imap", g_password,
        [], ["<imap-password>", "your-password"]),
    _pk("pw_ntfy", "ntfy", "password", "NTFY_PASSWORD", "ntfy-basic", g_password,
        ["fakepassword", "mypass"], ["<password>", "changeme"]),
    _pk("pw_personal", "personal-account", "password", "ACCOUNT_PASSWORD", "login", g_password,
        [], ["<password>", "changeme", "password"]),
    _pk("apple_asp", "apple", "app_specific_password", "ICLOUD_APP_PASSWORD", "icloud-mail", g_apple_asp,
        [], ["xxxx-xxxx-xxxx-xxxx", "<app-specific-password>"]),
    _pk("google_app", "google", "app_password", "GMAIL_APP_PASSWORD", "gmail", g_google_app,
        [], ["xxxx xxxx xxxx xxxx", "<16-char-app-password>"]),
]:
    PK[_rec["key"]] = _rec

PASSWORDS = ["pw_nas", "pw_router", "pw_imap", "pw_personal"]


class V(object):
    """Content of a secret slot: a literal (lit) or a language expression (expr)."""

    def __init__(self, lit, expr=None):
        self.lit = lit
        self.expr = expr

    def q(self, quote='"'):
        if self.expr is not None:
            return self.expr
        return quote + self.lit + quote


def _svc(P):
    return P["svc"]


def _opname(P):
    return P["svc"].replace("-", " ").title().replace(" ", "")


REF = {
    "ahk": [lambda r, P: 'EnvGet("%s")' % P["env"],
            lambda r, P: 'IniRead(A_ScriptDir "\\secrets.ini", "%s", "token")' % _svc(P)],
    "au3": [lambda r, P: 'EnvGet("%s")' % P["env"],
            lambda r, P: 'IniRead(@ScriptDir & "\\secrets.ini", "%s", "token", "")' % _svc(P)],
    "lua": [lambda r, P: 'os.getenv("%s")' % P["env"],
            lambda r, P: 'hs.settings.get("%s")' % _svc(P).replace("-", "_"),
            lambda r, P: '(hs.execute("security find-generic-password -s %s -w"):gsub("%%s+$", ""))' % _svc(P)],
    "sh": [lambda r, P: '"$(security find-generic-password -a "$USER" -s %s -w)"' % _svc(P),
           lambda r, P: '"$(op read \'op://Personal/%s/credential\')"' % _opname(P),
           lambda r, P: '"$(pass show api/%s)"' % _svc(P),
           lambda r, P: '"${%s:?%s is not set}"' % (P["env"], P["env"]),
           lambda r, P: '"$(secret-tool lookup service %s)"' % _svc(P)],
    "py": [lambda r, P: 'os.environ["%s"]' % P["env"],
           lambda r, P: 'os.getenv("%s", "")' % P["env"],
           lambda r, P: 'open(os.path.expanduser("~/.config/%s/token")).read().strip()' % _svc(P)],
    "js": [lambda r, P: "process.env.%s" % P["env"],
           lambda r, P: 'process.env["%s"]' % P["env"]],
    "scriptable": [lambda r, P: 'Keychain.get("%s")' % _svc(P).replace("-", "_"),
                   lambda r, P: "args.widgetParameter"],
    "jxa": [lambda r, P: 'app.doShellScript("security find-generic-password -s %s -w")' % _svc(P),
            lambda r, P: '$.NSProcessInfo.processInfo.environment.objectForKey("%s").js' % P["env"]],
    "applescript": [lambda r, P: '(do shell script "security find-generic-password -s %s -w")' % _svc(P),
                    lambda r, P: '(system attribute "%s")' % P["env"]],
    "ps1": [lambda r, P: "$env:%s" % P["env"],
            lambda r, P: "(Get-Secret -Name %s -AsPlainText)" % _opname(P),
            lambda r, P: '(Get-Content "$HOME\\.secrets\\%s.txt" -Raw).Trim()' % _svc(P)],
}

GENERIC_PH = ["<your-key>", "YOUR_API_KEY_HERE", "changeme", "REPLACE_ME", "TODO",
              "<token>", "your-token-here", "PASTE_TOKEN_HERE", "xxxxxxxxxxxxxxxx"]
GENERIC_MASK = ["****", "********", "[REDACTED]", "<redacted>", "***hidden***", "••••••••"]


def neg_value(r, P, lang):
    """A non-secret value for the slot; returns (V, mode)."""
    modes = ["placeholder", "placeholder", "empty", "masked", "ref_lit", "template", "doc_example"]
    if lang in REF:
        modes += ["ref_expr", "ref_expr", "ref_expr"]
    mode = pick(r, modes)
    if mode == "doc_example" and not P["examples"]:
        mode = "placeholder"
    env = P["env"]
    if mode == "placeholder":
        return V(pick(r, P["ph"] + GENERIC_PH if P["ph"] and chance(r, 0.4) else (P["ph"] or GENERIC_PH))), mode
    if mode == "empty":
        return V(""), mode
    if mode == "masked":
        return V(pick(r, P["masked"] + GENERIC_MASK)), mode
    if mode == "doc_example":
        return V(pick(r, P["examples"])), mode
    if mode == "ref_lit":
        return V(pick(r, ["op://Personal/%s/credential" % _opname(P),
                          "op://Private/%s/token" % _svc(P),
                          "${%s}" % env, "$%s" % env, "env:%s" % env,
                          "vault:secret/data/personal/%s#token" % _svc(P),
                          "keychain:%s" % _svc(P)])), mode
    if mode == "template":
        low = env.lower()
        return V(pick(r, ["{{ .%s }}" % low, "{{ %s }}" % low,
                          "{{ onepasswordRead `op://Personal/%s/credential` }}" % _opname(P),
                          "{{ (bitwarden `item` `%s`).login.password }}" % _svc(P),
                          "%%%s%%" % env, "<%%= ENV['%s'] %%>" % env])), mode
    # ref_expr
    return V("${%s}" % env, pick(r, REF[lang])(r, P)), mode


# ----------------------------------------------------------------------------
# positive templates (each also reused for template negatives)
#   f(r, v, P) -> (relpath, text); v.q() = quoted literal or expression,
#   v.lit = raw text for slots inside larger strings.
# ----------------------------------------------------------------------------
POS = []


def pos(name, keys, lang):
    def deco(f):
        POS.append(dict(name=name, keys=list(keys), lang=lang, f=f))
        return f
    return deco


def ahk_dir(r):
    return pick(r, ["autohotkey/", "ahk/", "windows/ahk/", "scripts/ahk/", "AutoHotkey/", "win/autohotkey/"])


# ---------------------------------------------------------------- AutoHotkey
@pos("ahk_todoist_quickadd", ["todoist"], "ahk")
def _(r, v, P):
    var = nm(r, ["TodoistToken", "TODOIST_API_TOKEN", "todoistApiToken"], ["tdKey", "tk", "auth", "T_AUTH"])
    hk = pick(r, ["#+t", "^!t", "#!a", "^+Space"])
    return ahk_dir(r) + pick(r, ["todoist-quickadd.ahk", "QuickTask.ahk", "todo.ahk"]), T("""
#Requires AutoHotkey v2.0
#SingleInstance Force
; Quick-add a task to Todoist from anywhere (@hk@)
; due date defaults to today, project = Inbox

@var@ := @val@

@hk@:: {
    ib := InputBox("Task:", "Todoist quick add", "w320 h110")
    if (ib.Result != "OK" || ib.Value = "")
        return
    req := ComObject("WinHttp.WinHttpRequest.5.1")
    req.Open("POST", "https://api.todoist.com/rest/v2/tasks", false)
    req.SetRequestHeader("Authorization", "Bearer " @var@)
    req.SetRequestHeader("Content-Type", "application/json")
    req.Send('{"content": "' JsonEsc(ib.Value) '", "due_string": "today"}')
    TrayTip(req.Status = 200 ? "Added: " ib.Value : "Failed (" req.Status ")", "Todoist")
}

JsonEsc(s) => StrReplace(StrReplace(s, "\\", "\\\\"), '"', '\\"')
""", var=var, val=v.q(), hk=hk)


@pos("ahk_pushover_notify", ["pushover_app", "pushover_user"], "ahk")
def _(r, v, P):
    app = P["key"] == "pushover_app"
    a = nm(r, ["PushoverToken", "PO_APP_TOKEN"], ["appTok", "po1"]) if app else "PushoverToken"
    u = "PushoverUser" if app else nm(r, ["PushoverUser", "PO_USER_KEY"], ["me", "po2"])
    aval = v.q() if app else 'EnvGet("PUSHOVER_APP_TOKEN")'
    uval = 'EnvGet("PUSHOVER_USER_KEY")' if app else v.q()
    return ahk_dir(r) + pick(r, ["lib/Pushover.ahk", "notify.ahk", "Lib/Notify.ahk"]), T("""
#Requires AutoHotkey v2.0
; Pushover helper - include from other scripts:  #Include <Notify>
; Notify("Render finished", "Blender", 0)

@a@ := @aval@
@u@ := @uval@

Notify(msg, title := "AutoHotkey", prio := 0, sound := "pushover") {
    global @a@, @u@
    body := "token=" @a@ "&user=" @u@
          . "&title=" UriEncode(title) "&message=" UriEncode(msg)
          . "&priority=" prio "&sound=" sound "&device=@dev@"
    http := ComObject("WinHttp.WinHttpRequest.5.1")
    http.Open("POST", "https://api.pushover.net/1/messages.json", false)
    http.SetRequestHeader("Content-Type", "application/x-www-form-urlencoded")
    http.Send(body)
    return http.Status
}

UriEncode(str) {
    out := ""
    buf := Buffer(StrPut(str, "UTF-8"))
    StrPut(str, buf, "UTF-8")
    Loop buf.Size - 1 {
        c := NumGet(buf, A_Index - 1, "UChar")
        out .= (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
            ? Chr(c) : Format("%{:02X}", c)
    }
    return out
}
""", a=a, u=u, aval=aval, uval=uval, dev=pick(r, ["iphone", "pixel7", "ipad", "phone"]))


@pos("ahk_openai_rewrite", ["openai"], "ahk")
def _(r, v, P):
    var = nm(r, ["OPENAI_API_KEY", "OpenAIKey", "openai_key"], ["gptKey", "k", "secretK"])
    model = pick(r, ["gpt-4o-mini", "gpt-4.1-mini", "gpt-4o"])
    return ahk_dir(r) + pick(r, ["gpt-rewrite.ahk", "FixGrammar.ahk", "ai-hotkeys.ahk"]), T("""
#Requires AutoHotkey v2.0
#SingleInstance Force
; Ctrl+Alt+R: rewrite the selected text with @model@ and paste it back

@var@ := @val@
Model := "@model@"

^!r:: {
    saved := ClipboardAll()
    A_Clipboard := ""
    Send "^c"
    if !ClipWait(1)
        return
    prompt := "Fix grammar and spelling, keep the tone:`n" A_Clipboard
    req := ComObject("WinHttp.WinHttpRequest.5.1")
    req.Open("POST", "https://api.openai.com/v1/chat/completions", false)
    req.SetRequestHeader("Content-Type", "application/json")
    req.SetRequestHeader("Authorization", "Bearer " . @var@)
    req.SetTimeouts(0, 5000, 5000, 60000)
    req.Send('{"model":"' Model '","messages":[{"role":"user","content":"' Esc(prompt) '"}]}')
    if RegExMatch(req.ResponseText, '"content":\\s*"((?:\\\\.|[^"\\\\])*)"', &m)
        A_Clipboard := StrReplace(StrReplace(m[1], "\\n", "`n"), '\\"', '"'), Send("^v")
    Sleep 200
    A_Clipboard := saved
}

Esc(s) => StrReplace(StrReplace(StrReplace(s, "\\", "\\\\"), '"', '\\"'), "`n", "\\n")
""", var=var, val=v.q(), model=model)


@pos("ahk_hue_lights", ["hue"], "ahk")
def _(r, v, P):
    var = nm(r, ["HueUser", "HUE_USERNAME", "hueUsername"], ["bridgeKey", "hu", "whitelistId"])
    ip = lan(r)
    g = str(r.randint(1, 9))
    return ahk_dir(r) + pick(r, ["hue.ahk", "desk-lights.ahk", "HueHotkeys.ahk"]), T("""
#Requires AutoHotkey v2.0
; Philips Hue: F13 toggles the desk group, F14/F15 scenes
Bridge := "@ip@"
@var@ := @val@
DeskGroup := @g@

F13:: HuePut("/groups/" DeskGroup "/action", '{"on":' (IsOn() ? "false" : "true") '}')
F14:: HuePut("/groups/" DeskGroup "/action", '{"on":true,"bri":254,"ct":233}')
F15:: HuePut("/groups/" DeskGroup "/action", '{"on":true,"bri":90,"ct":454}')

HueUrl(path) => "http://" Bridge "/api/" @var@ path

HuePut(path, json) {
    h := ComObject("WinHttp.WinHttpRequest.5.1")
    h.Open("PUT", HueUrl(path), false)
    h.Send(json)
}

IsOn() {
    h := ComObject("WinHttp.WinHttpRequest.5.1")
    h.Open("GET", HueUrl("/groups/" DeskGroup), false)
    h.Send()
    return InStr(h.ResponseText, '"any_on":true')
}
""", var=var, val=v.q(), ip=ip, g=g)


@pos("ahk_telegram_send", ["telegram"], "ahk")
def _(r, v, P):
    var = nm(r, ["TelegramBotToken", "TG_TOKEN", "BotToken"], ["tgk", "b", "relay"])
    chat = str(r.randint(10000000, 999999999))
    return ahk_dir(r) + pick(r, ["tg.ahk", "SendToPhone.ahk", "telegram-clip.ahk"]), T("""
#Requires AutoHotkey v2.0
; Win+Shift+S  ->  send clipboard text to my Telegram "notes" chat
@var@ := @val@
ChatId := "@chat@"

#+s:: {
    text := A_Clipboard
    if (text = "")
        return
    url := "https://api.telegram.org/bot" @var@ "/sendMessage"
    http := ComObject("WinHttp.WinHttpRequest.5.1")
    http.Open("POST", url, false)
    http.SetRequestHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
    http.Send("chat_id=" ChatId "&disable_notification=true&text=" UrlEnc(text))
    ToolTip(http.Status = 200 ? "sent" : "error " http.Status)
    SetTimer(() => ToolTip(), -1500)
}

UrlEnc(s) {
    static keep := "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~"
    out := ""
    for ch in StrSplit(s)
        out .= InStr(keep, ch, true) ? ch : Format("%{:02X}", Ord(ch) & 0xFF)
    return out
}
""", var=var, val=v.q(), chat=chat)


@pos("ahk_toggl_timer", ["toggl"], "ahk")
def _(r, v, P):
    var = nm(r, ["TogglToken", "TOGGL_API_TOKEN"], ["tt", "timerKey", "who"])
    ws = str(r.randint(1000000, 9999999))
    return ahk_dir(r) + pick(r, ["toggl.ahk", "TimeTracking.ahk"]), T("""
#Requires AutoHotkey v2.0
; Pause key: start/stop a Toggl Track timer for "Deep work"
@var@ := @val@
Workspace := @ws@
Running := 0

Pause:: {
    global Running
    h := ComObject("WinHttp.WinHttpRequest.5.1")
    if !Running {
        h.Open("POST", "https://api.track.toggl.com/api/v9/workspaces/" Workspace "/time_entries", false)
        h.SetCredentials(@var@, "api_token", 0)
        h.SetRequestHeader("Content-Type", "application/json")
        start := FormatTime(A_NowUTC, "yyyy-MM-ddTHH:mm:ssZ")
        h.Send('{"description":"Deep work","created_with":"ahk","start":"' start '","duration":-1,"workspace_id":' Workspace '}')
        RegExMatch(h.ResponseText, '"id":(\\d+)', &m)
        Running := m[1]
        TrayTip("Timer started", "Toggl")
    } else {
        h.Open("PATCH", "https://api.track.toggl.com/api/v9/workspaces/" Workspace "/time_entries/" Running "/stop", false)
        h.SetCredentials(@var@, "api_token", 0)
        h.Send()
        Running := 0
        TrayTip("Timer stopped", "Toggl")
    }
}
""", var=var, val=v.q(), ws=ws)


@pos("ahk_hass_scene", ["hass"], "ahk")
def _(r, v, P):
    var = nm(r, ["HassToken", "HA_TOKEN", "HomeAssistantToken"], ["llat", "bearer", "hk"])
    host = pick(r, ["http://homeassistant.local:8123", "http://%s:8123" % lan(r), "https://ha.%s.duckdns.org" % pick(r, USERS)])
    return ahk_dir(r) + pick(r, ["homeassistant.ahk", "ha-keys.ahk", "office.ahk"]), T("""
#Requires AutoHotkey v2.0
; Numpad shortcuts for Home Assistant (office)
HA := "@host@"
@var@ := @val@

NumpadAdd::  CallService("light", "turn_on",  '{"entity_id":"light.office_ceiling","brightness_pct":100}')
NumpadSub::  CallService("light", "turn_off", '{"entity_id":"light.office_ceiling"}')
NumpadMult:: CallService("scene", "turn_on",  '{"entity_id":"scene.office_focus"}')
NumpadDiv::  CallService("cover", "toggle",   '{"entity_id":"cover.office_blind"}')

CallService(domain, service, data) {
    req := ComObject("WinHttp.WinHttpRequest.5.1")
    req.Open("POST", HA "/api/services/" domain "/" service, true)
    req.SetRequestHeader("Authorization", "Bearer " @var@)
    req.SetRequestHeader("Content-Type", "application/json")
    req.Send(data)
}
""", var=var, val=v.q(), host=host)


@pos("ahk_notion_journal", ["notion"], "ahk")
def _(r, v, P):
    var = nm(r, ["NotionToken", "NOTION_TOKEN", "notionSecret"], ["nt", "integ", "key1"])
    page = uid(r)
    return ahk_dir(r) + pick(r, ["notion-journal.ahk", "LogToNotion.ahk"]), T("""
#Requires AutoHotkey v2.0
; Ctrl+Alt+J: append a timestamped line to my Notion journal page
@var@ := @val@
JournalPage := "@page@"

^!j:: {
    ib := InputBox("Journal entry", "Notion", "w400 h110")
    if (ib.Result != "OK")
        return
    line := FormatTime(, "HH:mm") " - " ib.Value
    req := ComObject("WinHttp.WinHttpRequest.5.1")
    req.Open("PATCH", "https://api.notion.com/v1/blocks/" JournalPage "/children", false)
    req.SetRequestHeader("Authorization", "Bearer " @var@)
    req.SetRequestHeader("Notion-Version", "2022-06-28")
    req.SetRequestHeader("Content-Type", "application/json")
    req.Send('{"children":[{"object":"block","type":"paragraph","paragraph":{"rich_text":[{"type":"text","text":{"content":"' line '"}}]}}]}')
}
""", var=var, val=v.q(), page=page)


@pos("ahk_v1_ifttt", ["ifttt"], "ahk")
def _(r, v, P):
    ev = pick(r, ["pc_locked", "left_desk", "gaming_mode", "focus_on", "desk_lamp"])
    style = r.random()
    if style < 0.5:
        head = "IftttKey := " + v.q()
        url = '"https://maker.ifttt.com/trigger/' + ev + '/with/key/" IftttKey'
    else:
        head = "; key is inlined below"
        url = '"https://maker.ifttt.com/trigger/' + ev + '/with/key/' + v.lit + '"'
    return ahk_dir(r) + pick(r, ["ifttt.ahk", "LockTrigger.ahk"]), T("""
#Requires AutoHotkey v2.0
; Win+L also tells IFTTT I left the desk (turns off the smart plug)
@head@

#l:: {
    try {
        http := ComObject("WinHttp.WinHttpRequest.5.1")
        http.Open("POST", @url@, true)
        http.SetRequestHeader("Content-Type", "application/json")
        http.Send('{"value1":"' A_ComputerName '"}')
    }
    DllCall("LockWorkStation")
}
""", head=head, url=url)


# ---------------------------------------------------------------- AutoIt
def au3_dir(r):
    return pick(r, ["autoit/", "windows/autoit/", "au3/", "scripts/autoit/"])


@pos("au3_telegram_notify", ["telegram"], "au3")
def _(r, v, P):
    var = nm(r, ["$TELEGRAM_BOT_TOKEN", "$g_sBotToken", "$TG_TOKEN"], ["$sK", "$g_sRelay", "$sAuth"])
    chat = "-100" + rs(r, DIG, 10) if chance(r, 0.4) else str(r.randint(10000000, 999999999))
    return au3_dir(r) + pick(r, ["TelegramNotify.au3", "render_done.au3", "tg.au3"]), T("""
#include <MsgBoxConstants.au3>
; Sends a Telegram message when a long render/export window closes.
; Usage: TelegramNotify.au3 "Premiere Pro"

Global Const @var@ = @val@
Global Const $g_sChatId = "@chat@"

Local $sTitle = $CmdLine[0] > 0 ? $CmdLine[1] : "Adobe Media Encoder"
WinWaitClose($sTitle)
_TgSend("Export finished on " & @ComputerName & " (" & $sTitle & ")")

Func _TgSend($sText)
    Local $oHttp = ObjCreate("WinHttp.WinHttpRequest.5.1")
    $oHttp.Open("POST", "https://api.telegram.org/bot" & @var@ & "/sendMessage", False)
    $oHttp.SetRequestHeader("Content-Type", "application/x-www-form-urlencoded")
    $oHttp.Send("chat_id=" & $g_sChatId & "&text=" & $sText)
    If $oHttp.Status <> 200 Then MsgBox($MB_ICONWARNING, "Telegram", $oHttp.ResponseText, 10)
EndFunc
""", var=var, val=v.q(), chat=chat)


@pos("au3_router_login", PASSWORDS, "au3")
def _(r, v, P):
    var = nm(r, ["$sPassword", "$ROUTER_PASSWORD", "$g_sAdminPass"], ["$s2", "$sSecretWord", "$x"])
    ip = lan(r)
    user = pick(r, ["admin", "root", pick(r, USERS)])
    return au3_dir(r) + pick(r, ["RebootRouter.au3", "login_router.au3", "nas_login.au3"]), T("""
#include <IE.au3>
; Weekly router reboot (scheduled task "Router reboot", Sun 04:00)
Global $sHost = "http://@ip@/"
Global $sUser = "@user@"
Global @var@ = @val@

Local $oIE = _IECreate($sHost, 0, 0)
_IELoadWait($oIE)
Local $oForm = _IEFormGetCollection($oIE, 0)
_IEFormElementSetValue(_IEFormElementGetObjByName($oForm, "username"), $sUser)
_IEFormElementSetValue(_IEFormElementGetObjByName($oForm, "password"), @var@)
_IEFormSubmit($oForm)
Sleep(3000)
_IENavigate($oIE, $sHost & "reboot.htm")
_IEAction(_IEGetObjById($oIE, "btnReboot"), "click")
Sleep(1000)
_IEQuit($oIE)
""", var=var, val=v.q(), ip=ip, user=user)


@pos("au3_slack_post", ["slack", "discord"], "au3")
def _(r, v, P):
    var = nm(r, ["$SLACK_WEBHOOK_URL", "$g_sWebhook"], ["$sHook", "$sTarget"]) if P["key"] == "slack" \
        else nm(r, ["$DISCORD_WEBHOOK_URL", "$g_sWebhook"], ["$sHook", "$sChan"])
    field = "text" if P["key"] == "slack" else "content"
    return au3_dir(r) + pick(r, ["DiskSpaceAlert.au3", "backup_watch.au3", "post_status.au3"]), T("""
; Posts a warning when drive D: drops below 20 GB free
#include <StringConstants.au3>

Global @var@ = @val@

Local $iFree = Round(DriveSpaceFree("D:\\") / 1024, 1)
If $iFree < 20 Then
    _Post(":warning: " & @ComputerName & " D: only " & $iFree & " GB free")
EndIf

Func _Post($sMsg)
    Local $oHttp = ObjCreate("WinHttp.WinHttpRequest.5.1")
    $oHttp.Open("POST", @var@, False)
    $oHttp.SetRequestHeader("Content-Type", "application/json")
    $oHttp.Send('{"@field@": "' & StringReplace($sMsg, '"', '\\"') & '"}')
    Return $oHttp.Status
EndFunc
""", var=var, val=v.q(), field=field)


@pos("au3_pushover", ["pushover_app", "pushover_user"], "au3")
def _(r, v, P):
    app = P["key"] == "pushover_app"
    a = v.q() if app else 'EnvGet("PUSHOVER_APP_TOKEN")'
    u = 'EnvGet("PUSHOVER_USER_KEY")' if app else v.q()
    return au3_dir(r) + pick(r, ["Pushover.au3", "include/Pushover.au3"]), T("""
; Pushover.au3 - tiny UDF, #include "Pushover.au3" then _Pushover("msg")
#include-once

Global Const $PO_TOKEN = @a@
Global Const $PO_USER = @u@

Func _Pushover($sMessage, $sTitle = "AutoIt", $iPriority = 0)
    Local $oHttp = ObjCreate("WinHttp.WinHttpRequest.5.1")
    $oHttp.Open("POST", "https://api.pushover.net/1/messages.json", False)
    $oHttp.SetRequestHeader("Content-Type", "application/x-www-form-urlencoded")
    $oHttp.Send("token=" & $PO_TOKEN & "&user=" & $PO_USER & "&title=" & $sTitle & _
            "&priority=" & $iPriority & "&message=" & $sMessage)
    Return SetError($oHttp.Status <> 200, $oHttp.Status, $oHttp.ResponseText)
EndFunc
""", a=a, u=u)


@pos("au3_ntfy", ["ntfy"], "au3")
def _(r, v, P):
    var = nm(r, ["$NTFY_TOKEN", "$g_sNtfyToken"], ["$sTk", "$sBearer"])
    srv = pick(r, ["https://ntfy.sh", "https://ntfy.%s.net" % pick(r, USERS), "http://%s:8090" % lan(r)])
    topic = pick(r, TOPICS)
    return au3_dir(r) + pick(r, ["ntfy.au3", "WatchDownloads.au3"]), T("""
; Watches the Downloads folder and pings ntfy when a new installer arrives
Global $NTFY = "@srv@/@topic@"
Global @var@ = @val@
Global $sDir = @UserProfileDir & "\\Downloads"
Global $iLast = DirGetSize($sDir, 1)[1]

While 1
    Sleep(15000)
    Local $aInfo = DirGetSize($sDir, 1)
    If $aInfo[1] > $iLast Then
        Local $oH = ObjCreate("WinHttp.WinHttpRequest.5.1")
        $oH.Open("POST", $NTFY, False)
        $oH.SetRequestHeader("Authorization", "Bearer " & @var@)
        $oH.SetRequestHeader("Title", "Download finished")
        $oH.SetRequestHeader("Tags", "inbox_tray")
        $oH.Send(@ComputerName & ": " & ($aInfo[1] - $iLast) & " new file(s)")
    EndIf
    $iLast = $aInfo[1]
WEnd
""", var=var, val=v.q(), srv=srv, topic=topic)


# ---------------------------------------------------------------- Hammerspoon
def hs_path(r, name=None):
    base = pick(r, [".hammerspoon/", "hammerspoon/", "config/hammerspoon/", "macos/.hammerspoon/"])
    return base + (name or pick(r, ["init.lua", "init.lua", "modules/%s.lua" % pick(r, ["notify", "home", "lights", "hooks", "util"])]))


@pos("hs_pushover_battery", ["pushover_app", "pushover_user"], "lua")
def _(r, v, P):
    app = P["key"] == "pushover_app"
    tok = v.q() if app else 'os.getenv("PUSHOVER_APP_TOKEN")'
    usr = 'hs.settings.get("pushover_user")' if app else v.q()
    return hs_path(r), T("""
-- battery / power notifications to my phone
local pushover = {
  token = @tok@,
  user  = @usr@,
}

local function push(title, msg, prio)
  local body = string.format("token=%s&user=%s&title=%s&message=%s&priority=%d",
    pushover.token, pushover.user, hs.http.encodeForQuery(title),
    hs.http.encodeForQuery(msg), prio or 0)
  hs.http.asyncPost("https://api.pushover.net/1/messages.json", body,
    { ["Content-Type"] = "application/x-www-form-urlencoded" },
    function(status) if status ~= 200 then hs.alert.show("pushover failed: " .. status) end end)
end

local lastPct = 100
batteryWatcher = hs.battery.watcher.new(function()
  local pct = hs.battery.percentage()
  if pct and pct < 15 and lastPct >= 15 and not hs.battery.isCharging() then
    push(hs.host.localizedName(), string.format("Battery at %d%%", pct), 1)
  end
  lastPct = pct or lastPct
end):start()
""", tok=tok, usr=usr)


@pos("hs_hue_wake", ["hue"], "lua")
def _(r, v, P):
    var = nm(r, ["HUE_USERNAME", "hueUser", "hue_user"], ["bridgeToken", "hkey", "u"])
    ip = lan(r)
    lights = ", ".join(str(r.randint(1, 30)) for _ in range(r.randint(2, 4)))
    return hs_path(r), T("""
-- Desk lights follow the Mac: on at wake, off at sleep / screensaver
local bridge = "@ip@"
local @var@ = @val@
local deskLights = { @lights@ }

local function setLights(on)
  for _, id in ipairs(deskLights) do
    local url = string.format("http://%s/api/%s/lights/%d/state", bridge, @var@, id)
    hs.http.asyncPut(url, hs.json.encode({ on = on, bri = 200 }), nil, function() end)
  end
end

caffeinateWatcher = hs.caffeinate.watcher.new(function(event)
  local w = hs.caffeinate.watcher
  if event == w.systemDidWake or event == w.screensDidUnlock then
    setLights(true)
  elseif event == w.systemWillSleep or event == w.screensaverDidStart then
    setLights(false)
  end
end):start()

hs.hotkey.bind({ "cmd", "alt", "ctrl" }, "L", function() setLights(true) end)
""", var=var, val=v.q(), ip=ip, lights=lights)


@pos("hs_hass_toggle", ["hass"], "lua")
def _(r, v, P):
    var = nm(r, ["HASS_TOKEN", "haToken", "ha_token"], ["auth", "longLived", "t"])
    host = pick(r, ["http://homeassistant.local:8123", "http://%s:8123" % lan(r)])
    ent = pick(r, ["switch.desk_fan", "light.office_strip", "switch.monitor_plug", "fan.bedroom"])
    return hs_path(r, pick(r, ["init.lua", "home.lua", "modules/homeassistant.lua"])), T("""
local M = {}

M.url = "@host@"
local @var@ = @val@

local function call(domain, service, data)
  local headers = {
    ["Authorization"] = "Bearer " .. @var@,
    ["Content-Type"] = "application/json",
  }
  hs.http.asyncPost(M.url .. "/api/services/" .. domain .. "/" .. service,
    hs.json.encode(data), headers, function(code, body)
      if code ~= 200 then hs.notify.show("Home Assistant", "error " .. code, body or "") end
    end)
end

function M.toggle(entity) call(entity:match("^(%w+)%."), "toggle", { entity_id = entity }) end

hs.hotkey.bind({ "ctrl", "alt" }, "F", function() M.toggle("@ent@") end)

return M
""", var=var, val=v.q(), host=host, ent=ent)


@pos("hs_ntfy_usb", ["ntfy"], "lua")
def _(r, v, P):
    var = nm(r, ["NTFY_TOKEN", "ntfyToken"], ["bearer", "t1"])
    srv = pick(r, ["https://ntfy.sh", "https://push.%s.dev" % pick(r, USERS)])
    return hs_path(r), T("""
-- tell my phone when the backup disk is plugged in / removed
local ntfyUrl = "@srv@/@topic@"
local @var@ = @val@

local function notify(title, msg)
  hs.http.asyncPost(ntfyUrl, msg, {
    Authorization = "Bearer " .. @var@,
    Title = title,
    Tags = "floppy_disk",
  }, function() end)
end

usbWatcher = hs.usb.watcher.new(function(ev)
  if ev.productName and ev.productName:match("Elements") then
    notify("Backup disk", ev.productName .. " " .. ev.eventType)
  end
end):start()
""", var=var, val=v.q(), srv=srv, topic=pick(r, TOPICS))


@pos("hs_todoist_chooser", ["todoist"], "lua")
def _(r, v, P):
    var = nm(r, ["TODOIST_TOKEN", "todoistToken"], ["tdk", "secretA"])
    if chance(r, 0.5):
        return hs_path(r, pick(r, ["init.lua", "todoist.lua"])), T("""
-- hyper+T: pick one of today's Todoist tasks and close it
local todoist = {}
todoist.token = @val@
local hyper = { "cmd", "alt", "ctrl", "shift" }

local function api(method, path, cb)
  hs.http.doAsyncRequest("https://api.todoist.com/rest/v2" .. path, method, nil,
    { Authorization = "Bearer " .. todoist.token }, cb)
end

hs.hotkey.bind(hyper, "T", function()
  api("GET", "/tasks?filter=today", function(code, body)
    if code ~= 200 then return end
    local choices = {}
    for _, t in ipairs(hs.json.decode(body)) do
      table.insert(choices, { text = t.content, subText = t.due and t.due.string, id = t.id })
    end
    local c = hs.chooser.new(function(sel)
      if sel then api("POST", "/tasks/" .. sel.id .. "/close", function() hs.alert("done: " .. sel.text) end) end
    end)
    c:choices(choices):show()
  end)
end)
""", val=v.q())
    return hs_path(r), T("""
-- hyper+T quick add to Todoist inbox
local @var@ = @val@

hs.hotkey.bind({ "cmd", "alt", "ctrl", "shift" }, "T", function()
  local ok, text = hs.dialog.textPrompt("Todoist", "New task", "", "Add", "Cancel")
  if ok ~= "Add" or text == "" then return end
  hs.http.asyncPost("https://api.todoist.com/rest/v2/tasks",
    hs.json.encode({ content = text, due_string = "today" }),
    { ["Authorization"] = "Bearer " .. @var@, ["Content-Type"] = "application/json" },
    function(status) hs.alert.show(status == 200 and "added" or ("error " .. status)) end)
end)
""", var=var, val=v.q())


@pos("hs_openai_translate", ["openai"], "lua")
def _(r, v, P):
    var = nm(r, ["OPENAI_API_KEY", "openaiKey"], ["k", "llmKey", "apiSecret"])
    return hs_path(r, pick(r, ["init.lua", "translate.lua", "modules/gpt.lua"])), T("""
-- cmd+alt+ctrl+E: translate selection to English, show result in an alert
local @var@ = @val@

local function selectedText()
  local old = hs.pasteboard.getContents()
  hs.eventtap.keyStroke({ "cmd" }, "c")
  hs.timer.usleep(150000)
  local s = hs.pasteboard.getContents()
  hs.pasteboard.setContents(old or "")
  return s
end

hs.hotkey.bind({ "cmd", "alt", "ctrl" }, "E", function()
  local text = selectedText()
  if not text then return end
  local payload = hs.json.encode({
    model = "@model@",
    messages = { { role = "system", content = "Translate to English. Reply with the translation only." },
                 { role = "user", content = text } },
  })
  hs.http.asyncPost("https://api.openai.com/v1/chat/completions", payload, {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. @var@,
  }, function(code, body)
    local ok, res = pcall(hs.json.decode, body)
    if code == 200 and ok then hs.alert.show(res.choices[1].message.content, 8) end
  end)
end)
""", var=var, val=v.q(), model=pick(r, ["gpt-4o-mini", "gpt-4.1-nano", "gpt-4o"]))


@pos("hs_spotify_webapi", ["spotify"], "lua")
def _(r, v, P):
    cid = hexs(r, 32)
    return hs_path(r, pick(r, ["spotify.lua", "modules/spotify.lua"])), T("""
-- look up the audio features of the current Spotify track (client credentials flow)
local spotify = {
  clientId     = "@cid@",
  clientSecret = @val@,
}

local function withToken(cb)
  local basic = hs.base64.encode(spotify.clientId .. ":" .. spotify.clientSecret)
  hs.http.asyncPost("https://accounts.spotify.com/api/token", "grant_type=client_credentials",
    { Authorization = "Basic " .. basic, ["Content-Type"] = "application/x-www-form-urlencoded" },
    function(code, body) if code == 200 then cb(hs.json.decode(body).access_token) end end)
end

hs.hotkey.bind({ "cmd", "alt" }, "B", function()
  local id = hs.spotify.getCurrentTrackId()
  if not id then return end
  id = id:gsub("spotify:track:", "")
  withToken(function(tok)
    hs.http.asyncGet("https://api.spotify.com/v1/audio-features/" .. id,
      { Authorization = "Bearer " .. tok }, function(_, body)
        local f = hs.json.decode(body)
        hs.alert.show(string.format("%.0f BPM  key %d", f.tempo, f.key))
      end)
  end)
end)
""", cid=cid, val=v.q())


# ---------------------------------------------------------------- Keyboard Maestro
def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


PLIST_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
              '"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n')


def km_action(r, kind, extra):
    return T("""
				<dict>
					<key>ActionUID</key>
					<integer>@auid@</integer>
@extra@
					<key>MacroActionType</key>
					<string>@kind@</string>
				</dict>""", auid=str(r.randint(10000, 99999999)), extra=extra.rstrip("\n"), kind=kind).rstrip("\n")


def km_wrap(r, group, name, actions, hotkey=True):
    trig = ""
    if hotkey:
        trig = T("""
				<dict>
					<key>FireType</key>
					<string>Pressed</string>
					<key>KeyCode</key>
					<integer>@kc@</integer>
					<key>MacroTriggerType</key>
					<string>HotKey</string>
					<key>Modifiers</key>
					<integer>@mods@</integer>
				</dict>""", kc=str(r.randint(0, 50)), mods=pick(r, ["256", "2304", "4352", "6400"])).rstrip("\n")
    return PLIST_HEAD + T("""
<array>
	<dict>
		<key>Activate</key>
		<string>Normal</string>
		<key>CreationDate</key>
		<real>@cd@</real>
		<key>Macros</key>
		<array>
			<dict>
				<key>Actions</key>
				<array>
@actions@
				</array>
				<key>CreationDate</key>
				<real>@cd2@</real>
				<key>ModificationDate</key>
				<real>@md@</real>
				<key>Name</key>
				<string>@name@</string>
				<key>Triggers</key>
				<array>
@trig@
				</array>
				<key>UID</key>
				<string>@uid@</string>
			</dict>
		</array>
		<key>Name</key>
		<string>@group@</string>
		<key>ToggleMacroUID</key>
		<string>@tuid@</string>
		<key>UID</key>
		<string>@guid@</string>
	</dict>
</array>
</plist>
""", cd="%d.%06d" % (r.randint(600000000, 700000000), r.randint(0, 999999)),
        cd2="%d.%06d" % (r.randint(600000000, 700000000), r.randint(0, 999999)),
        md="%d.%06d" % (r.randint(700000000, 760000000), r.randint(0, 999999)),
        actions=actions, name=xesc(name), trig=trig, uid=uid(r, True), group=xesc(group),
        tuid=uid(r, True), guid=uid(r, True))


def km_path(r, name):
    return pick(r, ["keyboard-maestro/", "km/", "macros/", "Keyboard Maestro/"]) + name + ".kmmacros"


def km_shell(r, script):
    return km_action(r, "ExecuteShellScript", T("""
					<key>DisplayKind</key>
					<string>None</string>
					<key>HonourFailureSettings</key>
					<true/>
					<key>IncludeStdErr</key>
					<true/>
					<key>Path</key>
					<string></string>
					<key>Source</key>
					<string>Nothing</string>
					<key>Text</key>
					<string>@t@</string>
					<key>TimeOutAbortsMacro</key>
					<true/>
					<key>TrimResults</key>
					<true/>
					<key>TrimResultsNew</key>
					<true/>
					<key>UseText</key>
					<true/>""", t=xesc(script)))


@pos("km_shell_notify", ["telegram", "ntfy", "pushbullet", "slack"], "sh")
def _(r, v, P):
    k = P["key"]
    if k == "telegram":
        var = nm(r, ["TELEGRAM_BOT_TOKEN", "TG_TOKEN"], ["bt", "relay_key"])
        body = ('%s=%s\nCHAT=%d\nMSG="$KMVAR_Instance_Message"\n'
                'curl -s -X POST "https://api.telegram.org/bot${%s}/sendMessage" \\\n'
                '  --data-urlencode "chat_id=$CHAT" --data-urlencode "text=$MSG" > /dev/null'
                % (var, v.q(), r.randint(10000000, 999999999), var))
    elif k == "ntfy":
        var = nm(r, ["NTFY_TOKEN", "NTFY_ACCESS_TOKEN"], ["tok", "bearer"])
        body = ('%s=%s\ncurl -s -H "Authorization: Bearer $%s" -H "Title: $KMVAR_Instance_Title" \\\n'
                '  -d "$KMVAR_Instance_Message" https://ntfy.sh/%s' % (var, v.q(), var, pick(r, TOPICS)))
    elif k == "pushbullet":
        var = nm(r, ["PUSHBULLET_TOKEN", "PB_TOKEN"], ["acc", "pbt"])
        body = ('%s=%s\ncurl -s -u "$%s:" https://api.pushbullet.com/v2/pushes \\\n'
                '  -d type=note -d title="KM" -d body="$KMVAR_Instance_Message"' % (var, v.q(), var))
    else:
        var = nm(r, ["SLACK_WEBHOOK_URL", "WEBHOOK"], ["dest", "url1"])
        body = ('%s=%s\npayload=$(printf \'{"text": "%%s"}\' "$KMVAR_Instance_Message")\n'
                'curl -s -X POST -H "Content-Type: application/json" -d "$payload" "$%s"' % (var, v.q(), var))
    script = "#!/bin/zsh\n# called from other macros with Instance_Message set\n" + body
    act = km_shell(r, script)
    name = pick(r, ["Notify Phone", "Send to Telegram", "Ping me", "Push message"])
    return km_path(r, name.replace(" ", "_")), km_wrap(r, "Notifications", name, act, hotkey=False)


@pos("km_jxa_notion", ["notion", "todoist", "openai"], "jxa")
def _(r, v, P):
    k = P["key"]
    var = nm(r, ["token", "apiKey", "NOTION_TOKEN" if k == "notion" else "apiToken"], ["k", "s", "cfgA"])
    if k == "notion":
        call = ('const db = "%s";\nconst body = JSON.stringify({parent: {database_id: db}, properties: {Name: {title: [{text: {content: text}}]}}});\n'
                'app.doShellScript("curl -s https://api.notion.com/v1/pages -H \'Authorization: Bearer " + %s + "\' "\n'
                '  + "-H \'Notion-Version: 2022-06-28\' -H \'Content-Type: application/json\' --data " + quoted(body));' % (hexs(r, 32), var))
    elif k == "todoist":
        call = ('const body = JSON.stringify({content: text, due_string: "today"});\n'
                'app.doShellScript("curl -s https://api.todoist.com/rest/v2/tasks -H \'Authorization: Bearer " + %s + "\' "\n'
                '  + "-H \'Content-Type: application/json\' --data " + quoted(body));' % var)
    else:
        call = ('const body = JSON.stringify({model: "gpt-4o-mini", messages: [{role: "user", content: "Summarise: " + text}]});\n'
                'const out = app.doShellScript("curl -s https://api.openai.com/v1/chat/completions -H \'Authorization: Bearer " + %s + "\' "\n'
                '  + "-H \'Content-Type: application/json\' --data " + quoted(body));\n'
                'kme.setvariable("Summary", {to: JSON.parse(out).choices[0].message.content});' % var)
    script = T("""
'use strict';
(function () {
  const app = Application.currentApplication();
  app.includeStandardAdditions = true;
  const kme = Application("Keyboard Maestro Engine");
  const text = kme.getvariable("Local_Text", {instance: $.getenv("KMINSTANCE")});
  const quoted = s => "'" + s.replace(/'/g, "'\\\\''") + "'";
  const @var@ = @val@;
@call@
})();
""", var=var, val=v.q(), call=call)
    act = km_action(r, "ExecuteJavaScriptForAutomation", T("""
					<key>DisplayKind</key>
					<string>None</string>
					<key>IncludeStdErr</key>
					<false/>
					<key>Path</key>
					<string></string>
					<key>Text</key>
					<string>@t@</string>
					<key>TimeOutAbortsMacro</key>
					<true/>
					<key>UseModernSyntax</key>
					<true/>
					<key>UseText</key>
					<true/>""", t=xesc(script)))
    name = pick(r, ["Clip to Notion", "Quick Task", "Summarise Selection", "Save Idea"])
    return km_path(r, name.replace(" ", "_")), km_wrap(r, "Global Macro Group", name, act)


@pos("km_setvar_text", PASSWORDS + ["github"], "data")
def _(r, v, P):
    vn = nm(r, ["Password", "GitHubToken" if P["key"] == "github" else "LoginPassword"], ["pw2", "tmpA", "Local_x"])
    act1 = km_action(r, "SetVariableToText", T("""
					<key>Text</key>
					<string>@val@</string>
					<key>Variable</key>
					<string>@vn@</string>""", val=xesc(v.lit), vn=vn))
    act2 = km_action(r, "InsertText", T("""
					<key>Action</key>
					<string>ByTyping</string>
					<key>Text</key>
					<string>%Variable%@vn@%</string>
					<key>TypingDelay</key>
					<real>0.01</real>""", vn=vn))
    name = pick(r, ["Type NAS login", "Fill VPN password", "Paste token", "Login Helper"])
    return km_path(r, name.replace(" ", "_")), km_wrap(r, "Logins", name, act1 + "\n" + act2)


# ---------------------------------------------------------------- Alfred
def alfred_dir(r):
    return pick(r, ["alfred/workflows/", "Alfred.alfredpreferences/workflows/user.workflow.",
                    "alfred/", "workflows/"])


@pos("alfred_infoplist_vars", ["todoist", "notion", "openai", "toggl", "github", "hass"], "data")
def _(r, v, P):
    key = nm(r, [P["env"].lower(), P["env"], "api_token"], ["auth", "t_secret", "cfg_k"])
    other = [("default_project", pick(r, ["Inbox", "Work", "Home"])), ("lang", pick(r, ["en", "de", "fr"]))]
    d = alfred_dir(r)
    wf = uid(r, True) if d.endswith("user.workflow.") else pick(r, ["todo-quick", "ask-ai", "gh-repos", "ha-scenes", "toggl-timer"]) + "/"
    if d.endswith("user.workflow."):
        wf += "/"
    vars_xml = "".join("\t\t<key>%s</key>\n\t\t<string>%s</string>\n" % (a, b) for a, b in other)
    return d + wf + "info.plist", PLIST_HEAD + T("""
<dict>
	<key>bundleid</key>
	<string>com.@user@.@slug@</string>
	<key>category</key>
	<string>Productivity</string>
	<key>createdby</key>
	<string>@user@</string>
	<key>description</key>
	<string>@desc@</string>
	<key>name</key>
	<string>@title@</string>
	<key>readme</key>
	<string>Set the variables in the workflow configuration.</string>
	<key>uidata</key>
	<dict>
		<key>@ouid@</key>
		<dict>
			<key>xpos</key>
			<real>@x@</real>
			<key>ypos</key>
			<real>@y@</real>
		</dict>
	</dict>
	<key>variables</key>
	<dict>
		<key>@key@</key>
		<string>@val@</string>
@vars@	</dict>
	<key>variablesdontexport</key>
	<array>
		<string>@key@</string>
	</array>
	<key>version</key>
	<string>@ver@</string>
	<key>webaddress</key>
	<string>https://github.com/@user@/dotfiles</string>
</dict>
</plist>
""", user=pick(r, USERS), slug=P["svc"], desc="%s helper" % P["provider"].title(),
        title=P["provider"].replace("homeassistant", "Home").title(), ouid=uid(r, True), x=str(r.randint(30, 600)), y=str(r.randint(30, 400)),
        key=key, val=xesc(v.lit), vars=vars_xml, ver="%d.%d" % (r.randint(0, 3), r.randint(0, 12)))


@pos("alfred_script_py", ["openai", "github", "todoist"], "py")
def _(r, v, P):
    k = P["key"]
    var = nm(r, [P["env"], "API_KEY"], ["K", "_tok", "cfg_secret"])
    if k == "openai":
        req = ('req = urllib.request.Request("https://api.openai.com/v1/chat/completions",\n'
               '    data=json.dumps({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": query}]}).encode(),\n'
               '    headers={"Authorization": "Bearer " + %s, "Content-Type": "application/json"})\n'
               'answer = json.load(urllib.request.urlopen(req, timeout=30))["choices"][0]["message"]["content"]\n'
               'items = [{"title": answer.splitlines()[0][:120], "subtitle": "Enter to copy", "arg": answer}]' % var)
    elif k == "github":
        req = ('req = urllib.request.Request("https://api.github.com/search/repositories?q=" + urllib.parse.quote(query),\n'
               '    headers={"Authorization": "token " + %s, "Accept": "application/vnd.github+json"})\n'
               'res = json.load(urllib.request.urlopen(req, timeout=10))\n'
               'items = [{"title": x["full_name"], "subtitle": x.get("description") or "", "arg": x["html_url"]}\n'
               '         for x in res["items"][:9]]' % var)
    else:
        req = ('req = urllib.request.Request("https://api.todoist.com/rest/v2/tasks?filter=" + urllib.parse.quote(query or "today"),\n'
               '    headers={"Authorization": "Bearer %%s" %% %s})\n'
               'items = [{"title": t["content"], "subtitle": (t.get("due") or {}).get("string", ""), "arg": t["url"]}\n'
               '         for t in json.load(urllib.request.urlopen(req, timeout=10))]' % var)
    d = alfred_dir(r)
    sub = (uid(r, True) + "/") if d.endswith("user.workflow.") else pick(r, ["gpt/", "gh-search/", "todoist/"])
    return d + sub + pick(r, ["script_filter.py", "search.py", "main.py"]), T("""
#!/usr/bin/env python3
# Alfred script filter: {query}
import json
import os
import sys
import urllib.parse
import urllib.request

@var@ = @val@

query = sys.argv[1] if len(sys.argv) > 1 else ""
@req@
print(json.dumps({"items": items}))
""", var=var, val=v.q(), req=req)


@pos("alfred_infoplist_script", ["hass", "todoist", "github", "ntfy"], "sh")
def _(r, v, P):
    k = P["key"]
    if k == "hass":
        cmd = ('curl -s -X POST -H "Authorization: Bearer %s" -H "Content-Type: application/json" \\\n'
               '  -d "{\\"entity_id\\": \\"scene.{query}\\"}" http://homeassistant.local:8123/api/services/scene/turn_on' % v.lit)
    elif k == "todoist":
        cmd = ('curl -s https://api.todoist.com/rest/v2/tasks -H "Authorization: Bearer %s" \\\n'
               '  -H "Content-Type: application/json" -d "{\\"content\\": \\"{query}\\"}"' % v.lit)
    elif k == "github":
        cmd = ('curl -s -H "Authorization: token %s" https://api.github.com/user/repos \\\n'
               '  -d "{\\"name\\": \\"{query}\\", \\"private\\": true}"' % v.lit)
    else:
        cmd = 'curl -s -H "Authorization: Bearer %s" -d "{query}" https://ntfy.sh/%s' % (v.lit, pick(r, TOPICS))
    d = alfred_dir(r)
    sub = (uid(r, True) + "/") if d.endswith("user.workflow.") else pick(r, ["ha/", "quick/", "mkrepo/", "push/"])
    return d + sub + "info.plist", PLIST_HEAD + T("""
<dict>
	<key>bundleid</key>
	<string>@bid@</string>
	<key>connections</key>
	<dict>
		<key>@kw@</key>
		<array>
			<dict>
				<key>destinationuid</key>
				<string>@sc@</string>
				<key>modifiers</key>
				<integer>0</integer>
			</dict>
		</array>
	</dict>
	<key>name</key>
	<string>@name@</string>
	<key>objects</key>
	<array>
		<dict>
			<key>config</key>
			<dict>
				<key>argumenttype</key>
				<integer>0</integer>
				<key>keyword</key>
				<string>@keyword@</string>
				<key>title</key>
				<string>@name@</string>
			</dict>
			<key>type</key>
			<string>alfred.workflow.input.keyword</string>
			<key>uid</key>
			<string>@kw@</string>
			<key>version</key>
			<integer>1</integer>
		</dict>
		<dict>
			<key>config</key>
			<dict>
				<key>concurrently</key>
				<false/>
				<key>escaping</key>
				<integer>102</integer>
				<key>script</key>
				<string>@cmd@</string>
				<key>scriptargtype</key>
				<integer>0</integer>
				<key>type</key>
				<integer>0</integer>
			</dict>
			<key>type</key>
			<string>alfred.workflow.action.script</string>
			<key>uid</key>
			<string>@sc@</string>
			<key>version</key>
			<integer>2</integer>
		</dict>
	</array>
</dict>
</plist>
""", bid="com.%s.%s" % (pick(r, USERS), k), kw=uid(r, True), sc=uid(r, True),
        name={"hass": "Scene", "todoist": "Add task", "github": "New repo", "ntfy": "Push"}[k],
        keyword={"hass": "sc", "todoist": "td", "github": "mkrepo", "ntfy": "push"}[k], cmd=xesc(cmd))


# ---------------------------------------------------------------- Raycast
def rc_dir(r):
    return pick(r, ["raycast/scripts/", "raycast/script-commands/", "scripts/raycast/", ".config/raycast/scripts/"])


@pos("raycast_script_sh", ["toggl", "todoist", "ntfy", "hass", "github"], "sh")
def _(r, v, P):
    k = P["key"]
    var = nm(r, [P["env"]], ["TOKEN", "K", "AUTH"])
    if k == "toggl":
        title, body = "Start Toggl Timer", ('WS=%d\ncurl -s -u "$%s:api_token" -H "Content-Type: application/json" \\\n'
                                            '  -d "{\\"description\\":\\"$1\\",\\"created_with\\":\\"raycast\\",\\"duration\\":-1,\\"start\\":\\"$(date -u +%%Y-%%m-%%dT%%H:%%M:%%SZ)\\",\\"workspace_id\\":$WS}" \\\n'
                                            '  "https://api.track.toggl.com/api/v9/workspaces/$WS/time_entries" > /dev/null\necho "Tracking: $1"' % (r.randint(1000000, 9999999), var))
    elif k == "todoist":
        title, body = "Add Todoist Task", ('curl -s https://api.todoist.com/rest/v2/tasks -H "Authorization: Bearer $%s" \\\n'
                                           '  -H "Content-Type: application/json" -d "{\\"content\\": \\"$1\\", \\"due_string\\": \\"today\\"}" > /dev/null\necho "Added"' % var)
    elif k == "ntfy":
        title, body = "Send to Phone", 'curl -s -H "Authorization: Bearer $%s" -d "$1" https://ntfy.sh/%s > /dev/null\necho "Sent"' % (var, pick(r, TOPICS))
    elif k == "hass":
        title, body = "Toggle Office Light", ('curl -s -X POST -H "Authorization: Bearer $%s" -H "Content-Type: application/json" \\\n'
                                              '  -d \'{"entity_id": "light.office"}\' http://homeassistant.local:8123/api/services/light/toggle > /dev/null\necho "Toggled"' % var)
    else:
        title, body = "Open PRs", ('curl -s -H "Authorization: Bearer $%s" "https://api.github.com/search/issues?q=is:pr+is:open+author:@me" \\\n'
                                   '  | /usr/bin/python3 -c \'import json,sys; d=json.load(sys.stdin); print(d["total_count"], "open PRs")\'' % var)
    arg = '# @raycast.argument1 { "type": "text", "placeholder": "Text" }\n' if "$1" in body else ""
    return rc_dir(r) + title.lower().replace(" ", "-") + ".sh", T("""
#!/bin/bash

# Required parameters:
# @raycast.schemaVersion 1
# @raycast.title @title@
# @raycast.mode silent
# Optional parameters:
# @raycast.icon @icon@
@arg@# @raycast.packageName Personal

@var@=@val@

@body@
""", title=title, icon=pick(r, ["⏱", "✅", "📲", "💡", "🐙"]), arg=arg, var=var, val=v.q(), body=body)


@pos("raycast_script_py", ["openai", "notion", "spotify"], "py")
def _(r, v, P):
    k = P["key"]
    var = nm(r, [P["env"]], ["SECRET", "KEY", "cred"])
    if k == "openai":
        title = "Ask GPT"
        body = ('req = urllib.request.Request("https://api.openai.com/v1/responses",\n'
                '    data=json.dumps({"model": "gpt-4.1-mini", "input": sys.argv[1]}).encode(),\n'
                '    headers={"Authorization": f"Bearer {%s}", "Content-Type": "application/json"})\n'
                'print(json.load(urllib.request.urlopen(req))["output"][0]["content"][0]["text"])' % var)
    elif k == "notion":
        title = "Notion Inbox"
        body = ('data = {"parent": {"database_id": "%s"},\n'
                '        "properties": {"Name": {"title": [{"text": {"content": sys.argv[1]}}]}}}\n'
                'req = urllib.request.Request("https://api.notion.com/v1/pages", data=json.dumps(data).encode(),\n'
                '    headers={"Authorization": "Bearer " + %s, "Notion-Version": "2022-06-28",\n'
                '             "Content-Type": "application/json"})\n'
                'urllib.request.urlopen(req)\nprint("Saved to inbox")' % (uid(r), var))
    else:
        title = "Spotify Search"
        body = ('CLIENT_ID = "%s"\n'
                'basic = base64.b64encode(f"{CLIENT_ID}:{%s}".encode()).decode()\n'
                'tok = json.load(urllib.request.urlopen(urllib.request.Request(\n'
                '    "https://accounts.spotify.com/api/token", data=b"grant_type=client_credentials",\n'
                '    headers={"Authorization": "Basic " + basic})))["access_token"]\n'
                'q = urllib.parse.quote(sys.argv[1])\n'
                'res = json.load(urllib.request.urlopen(urllib.request.Request(\n'
                '    f"https://api.spotify.com/v1/search?type=track&limit=1&q={q}", headers={"Authorization": "Bearer " + tok})))\n'
                'print(res["tracks"]["items"][0]["external_urls"]["spotify"])' % (hexs(r, 32), var))
    return rc_dir(r) + title.lower().replace(" ", "-") + ".py", T("""
#!/usr/bin/env python3

# @raycast.schemaVersion 1
# @raycast.title @title@
# @raycast.mode fullOutput
# @raycast.packageName Personal
# @raycast.argument1 { "type": "text", "placeholder": "Query" }

import base64
import json
import os
import sys
import urllib.parse
import urllib.request

@var@ = @val@

@body@
""", title=title, var=var, val=v.q(), body=body)


@pos("raycast_ext_prefs", ["todoist", "notion", "github", "openai", "toggl"], "data")
def _(r, v, P):
    name = pick(r, ["my-todoist", "notion-capture", "gh-dash", "quick-ai", "toggl-lite"])
    pref = nm(r, ["apiToken", "token", "apiKey"], ["authValue", "k", "secretValue"])
    return pick(r, ["raycast/extensions/", "raycast-extensions/", "raycast/"]) + name + "/package.json", T("""
{
  "$schema": "https://www.raycast.com/schemas/extension.json",
  "name": "@name@",
  "title": "@title@",
  "description": "Personal extension, not published",
  "icon": "command-icon.png",
  "author": "@user@",
  "license": "MIT",
  "commands": [
    {
      "name": "index",
      "title": "@title@",
      "mode": "view"
    }
  ],
  "preferences": [
    {
      "name": "@pref@",
      "type": "password",
      "required": true,
      "title": "API Token",
      "description": "Token from the service settings page",
      "default": "@val@"
    },
    {
      "name": "openIn",
      "type": "dropdown",
      "required": false,
      "title": "Open in",
      "default": "app",
      "data": [{ "title": "App", "value": "app" }, { "title": "Browser", "value": "web" }]
    }
  ],
  "dependencies": {
    "@raycast/api": "^1.@rv@.0",
    "@raycast/utils": "^1.@ru@.0"
  },
  "scripts": {
    "build": "ray build -e dist",
    "dev": "ray develop"
  }
}
""", name=name, title=name.replace("-", " ").title(), user=pick(r, USERS), pref=pref, val=v.lit,
        rv=str(r.randint(60, 90)), ru=str(r.randint(10, 19)))


# ---------------------------------------------------------------- macOS / iOS Shortcuts
def sc_header(prov, v):
    """Authorization header value for a provider (needle is v.lit)."""
    if prov == "github":
        return "token " + v.lit
    if prov == "toggl":
        return None
    return "Bearer " + v.lit


def sc_url(r, k):
    return {"hass": "http://homeassistant.local:8123/api/services/script/turn_on",
            "todoist": "https://api.todoist.com/rest/v2/tasks",
            "notion": "https://api.notion.com/v1/pages",
            "openai": "https://api.openai.com/v1/chat/completions",
            "ntfy": "https://ntfy.sh/" + pick(r, TOPICS),
            "github": "https://api.github.com/repos/%s/dotfiles/dispatches" % pick(r, USERS)}[k]


@pos("shortcut_plist_http", ["hass", "todoist", "notion", "openai", "github"], "data")
def _(r, v, P):
    k = P["key"]
    name = pick(r, ["Log Water", "Arrive Home", "Quick Capture", "Ask AI", "Sync Dotfiles", "Good Night"])
    return pick(r, ["shortcuts/", "ios/shortcuts/", "Shortcuts/exported/"]) + name.replace(" ", "-") + ".plist", PLIST_HEAD + T("""
<dict>
	<key>WFWorkflowActions</key>
	<array>
		<dict>
			<key>WFWorkflowActionIdentifier</key>
			<string>is.workflow.actions.gettext</string>
			<key>WFWorkflowActionParameters</key>
			<dict>
				<key>UUID</key>
				<string>@u1@</string>
				<key>WFTextActionText</key>
				<string>@text@</string>
			</dict>
		</dict>
		<dict>
			<key>WFWorkflowActionIdentifier</key>
			<string>is.workflow.actions.downloadurl</string>
			<key>WFWorkflowActionParameters</key>
			<dict>
				<key>ShowHeaders</key>
				<true/>
				<key>UUID</key>
				<string>@u2@</string>
				<key>WFHTTPBodyType</key>
				<string>JSON</string>
				<key>WFHTTPHeaders</key>
				<dict>
					<key>Value</key>
					<dict>
						<key>WFDictionaryFieldValueItems</key>
						<array>
							<dict>
								<key>WFItemType</key>
								<integer>0</integer>
								<key>WFKey</key>
								<dict>
									<key>Value</key>
									<dict>
										<key>string</key>
										<string>Authorization</string>
									</dict>
									<key>WFSerializationType</key>
									<string>WFTextTokenString</string>
								</dict>
								<key>WFValue</key>
								<dict>
									<key>Value</key>
									<dict>
										<key>string</key>
										<string>@hdr@</string>
									</dict>
									<key>WFSerializationType</key>
									<string>WFTextTokenString</string>
								</dict>
							</dict>
						</array>
					</dict>
					<key>WFSerializationType</key>
					<string>WFDictionaryFieldValue</string>
				</dict>
				<key>WFHTTPMethod</key>
				<string>POST</string>
				<key>WFURL</key>
				<string>@url@</string>
			</dict>
		</dict>
	</array>
	<key>WFWorkflowClientVersion</key>
	<string>@cv@</string>
	<key>WFWorkflowIcon</key>
	<dict>
		<key>WFWorkflowIconGlyphNumber</key>
		<integer>@glyph@</integer>
		<key>WFWorkflowIconStartColor</key>
		<integer>@color@</integer>
	</dict>
	<key>WFWorkflowImportQuestions</key>
	<array/>
	<key>WFWorkflowMinimumClientVersion</key>
	<integer>900</integer>
	<key>WFWorkflowTypes</key>
	<array>
		<string>Watch</string>
		<string>WFWorkflowTypeShowInSearch</string>
	</array>
</dict>
</plist>
""", u1=uid(r, True), u2=uid(r, True), text=xesc(name), hdr=xesc(sc_header(k, v)), url=sc_url(r, k),
        cv=pick(r, ["2302.0.4", "2605.0.5", "1146.14", "3036.0.4"]), glyph=str(r.randint(59000, 62000)),
        color=str(pick(r, [4282601983, 463140863, 4251333119, 2071128575, 3980825855])))


@pos("shortcut_json_url", ["telegram", "ntfy", "pushover_app", "ifttt"], "data")
def _(r, v, P):
    k = P["key"]
    if k == "telegram":
        url = "https://api.telegram.org/bot%s/sendMessage?chat_id=%d&text=" % (v.lit, r.randint(10000000, 999999999))
        hdrs = []
    elif k == "ntfy":
        url = "https://ntfy.sh/" + pick(r, TOPICS)
        hdrs = [("Authorization", "Bearer " + v.lit), ("Title", "Shortcut")]
    elif k == "pushover_app":
        url = "https://api.pushover.net/1/messages.json?token=%s&user=" % v.lit
        hdrs = []
    else:
        url = "https://maker.ifttt.com/trigger/%s/with/key/%s" % (pick(r, ["arrived_home", "car_parked", "alarm_off"]), v.lit)
        hdrs = []
    items = []
    for a, b in hdrs:
        items.append({"WFItemType": 0, "WFKey": {"Value": {"string": a}, "WFSerializationType": "WFTextTokenString"},
                      "WFValue": {"Value": {"string": b}, "WFSerializationType": "WFTextTokenString"}})
    params = {"UUID": uid(r, True), "WFHTTPMethod": "POST", "WFURL": url}
    if k == "pushover_app":
        params["WFURL"] = url + "%PUSHOVER_USER%"
    if items:
        params["ShowHeaders"] = True
        params["WFHTTPHeaders"] = {"Value": {"WFDictionaryFieldValueItems": items}, "WFSerializationType": "WFDictionaryFieldValue"}
    doc = {"WFWorkflowMinimumClientVersionString": "900",
           "WFWorkflowMinimumClientVersion": 900,
           "WFWorkflowIcon": {"WFWorkflowIconStartColor": pick(r, [4282601983, 463140863, 4251333119]),
                              "WFWorkflowIconGlyphNumber": r.randint(59000, 62000)},
           "WFWorkflowClientVersion": pick(r, ["2302.0.4", "2605.0.5"]),
           "WFWorkflowActions": [
               {"WFWorkflowActionIdentifier": "is.workflow.actions.ask",
                "WFWorkflowActionParameters": {"UUID": uid(r, True), "WFAskActionPrompt": "Message?"}},
               {"WFWorkflowActionIdentifier": "is.workflow.actions.downloadurl",
                "WFWorkflowActionParameters": params},
               {"WFWorkflowActionIdentifier": "is.workflow.actions.notification",
                "WFWorkflowActionParameters": {"WFNotificationActionBody": "Sent", "UUID": uid(r, True)}}],
           "WFWorkflowTypes": ["NCWidget", "WatchKit"],
           "WFWorkflowInputContentItemClasses": ["WFStringContentItem"]}
    name = pick(r, ["Notify", "Send-To-Phone", "Arrived", "Ping"])
    return pick(r, ["shortcuts/", "ios/shortcuts/", "Shortcuts/json/"]) + name + ".shortcut.json", json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------- Tasker
def tasker_action(idx, code, args):
    out = ['\t\t<Action sr="act%d" ve="7">' % idx, "\t\t\t<code>%d</code>" % code]
    for i, (typ, val) in enumerate(args):
        if typ == "s":
            out.append('\t\t\t<Str sr="arg%d" ve="3">%s</Str>' % (i, xesc(val)) if val != "" else '\t\t\t<Str sr="arg%d" ve="3"/>' % i)
        else:
            out.append('\t\t\t<Int sr="arg%d" val="%s"/>' % (i, val))
    out.append("\t\t</Action>")
    return "\n".join(out)


def tasker_task(r, tid, name, actions):
    cd = epoch(r) * 1000 + r.randint(0, 999)
    return ("\t<Task sr=\"task%d\">\n\t\t<cdate>%d</cdate>\n\t\t<edate>%d</edate>\n\t\t<id>%d</id>\n\t\t<nme>%s</nme>\n"
            "\t\t<pri>100</pri>\n%s\n\t</Task>" % (tid, cd, cd + r.randint(1000, 9 ** 9), tid, xesc(name), "\n".join(actions)))


def tasker_http(idx, method, url, headers, body):
    return tasker_action(idx, 339, [("i", method), ("s", url), ("s", headers), ("s", ""), ("s", body),
                                    ("s", ""), ("s", ""), ("i", "30"), ("i", "0"), ("i", "0")])


def tasker_path(r, name, ext):
    return pick(r, ["tasker/", "android/tasker/", "Tasker/", "phone/tasker/"]) + name + ext


@pos("tasker_http_header", ["hass", "todoist", "notion", "github"], "data")
def _(r, v, P):
    k = P["key"]
    tid = r.randint(2, 300)
    if k == "hass":
        name, url = "Garage Toggle", "http://%s:8123/api/services/cover/toggle" % lan(r)
        hdr, body = "Authorization:Bearer %s\nContent-Type:application/json" % v.lit, '{"entity_id":"cover.garage_door"}'
    elif k == "todoist":
        name, url = "Add Shopping Item", "https://api.todoist.com/rest/v2/tasks"
        hdr, body = "Authorization:Bearer %s\nContent-Type:application/json" % v.lit, '{"content":"%%par1","project_id":"%d"}' % r.randint(2200000000, 2399999999)
    elif k == "notion":
        name, url = "Log Mood", "https://api.notion.com/v1/pages"
        hdr = "Authorization:Bearer %s\nNotion-Version:2022-06-28\nContent-Type:application/json" % v.lit
        body = '{"parent":{"database_id":"%s"},"properties":{"Mood":{"select":{"name":"%%par1"}}}}' % hexs(r, 32)
    else:
        name, url = "Dotfiles Sync", "https://api.github.com/repos/%s/dotfiles/dispatches" % pick(r, USERS)
        hdr = "Authorization:token %s\nAccept:application/vnd.github+json" % v.lit
        body = '{"event_type":"phone-sync","client_payload":{"battery":"%BATT"}}'
    acts = [tasker_http(0, "1" if body else "0", url, hdr, body),
            tasker_action(1, 548, [("s", "%http_response_code"), ("i", "0"), ("s", ""), ("s", ""), ("s", ""), ("s", "")])]
    return tasker_path(r, name.replace(" ", "_"), ".tsk.xml"), T("""
<TaskerData sr="" dvi="1" tv="@tv@">
@task@
</TaskerData>
""", tv=pick(r, ["6.2.22", "6.3.13", "6.4.16"]), task=tasker_task(r, tid, name, acts))


@pos("tasker_prj_varset", ["telegram", "pushbullet", "ntfy", "openai"], "data")
def _(r, v, P):
    k = P["key"]
    gvar = nm(r, ["%" + {"telegram": "TgToken", "pushbullet": "PbToken", "ntfy": "NtfyToken", "openai": "OpenaiKey"}[k]],
              ["%Secret1", "%Auth", "%Kx"])
    if k == "telegram":
        http = tasker_http(1, "1", "https://api.telegram.org/bot%s/sendMessage" % gvar, "",
                           '{"chat_id":"%d","text":"%%evtprm2"}' % r.randint(10000000, 999999999))
        pname = "SMS Relay"
    elif k == "pushbullet":
        http = tasker_http(1, "1", "https://api.pushbullet.com/v2/pushes", "Access-Token:%s\nContent-Type:application/json" % gvar,
                           '{"type":"note","title":"Phone","body":"%evtprm2"}')
        pname = "Notify PC"
    elif k == "ntfy":
        http = tasker_http(1, "1", "https://ntfy.sh/" + pick(r, TOPICS), "Authorization:Bearer %s\nTitle:Battery" % gvar, "%BATT% percent")
        pname = "Battery Alerts"
    else:
        http = tasker_http(1, "1", "https://api.openai.com/v1/chat/completions",
                           "Authorization:Bearer %s\nContent-Type:application/json" % gvar,
                           '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"%par1"}]}')
        pname = "Voice Assistant"
    setv = tasker_action(0, 547, [("s", gvar), ("s", v.lit), ("i", "0"), ("i", "0"), ("i", "0"), ("i", "3")])
    tid = r.randint(2, 300)
    cd = epoch(r) * 1000
    return tasker_path(r, pname.replace(" ", "_"), ".prj.xml"), T("""
<TaskerData sr="" dvi="1" tv="@tv@">
	<Project sr="proj0" ve="2">
		<cdate>@cd@</cdate>
		<name>@pname@</name>
		<pids>@pid@</pids>
		<tids>@tid@</tids>
		<Img sr="icon" ve="2">
			<nme>mw_communication_message</nme>
		</Img>
	</Project>
	<Profile sr="prof@pid@" ve="2">
		<cdate>@cd@</cdate>
		<edate>@cd@</edate>
		<flags>8</flags>
		<id>@pid@</id>
		<mid0>@tid@</mid0>
		<nme>@pname@</nme>
		<Event sr="con0" ve="2">
			<code>7</code>
			<pri>0</pri>
			<Str sr="arg0" ve="3"/>
			<Str sr="arg1" ve="3"/>
		</Event>
	</Profile>
@task@
</TaskerData>
""", tv=pick(r, ["6.2.22", "6.3.13"]), cd=str(cd), pname=pname, pid=str(r.randint(2, 99)), tid=str(tid),
        task=tasker_task(r, tid, pname + " Send", [setv, http]))


@pos("tasker_pushover_form", ["pushover_app", "pushover_user"], "data")
def _(r, v, P):
    app = P["key"] == "pushover_app"
    tok = v.lit if app else "%PushoverApp"
    usr = "%PushoverUser" if app else v.lit
    body = "token=%s&user=%s&title=%%DEVID&message=%%evtprm3" % (tok, usr)
    acts = [tasker_http(0, "1", "https://api.pushover.net/1/messages.json",
                        "Content-Type:application/x-www-form-urlencoded", body)]
    return tasker_path(r, "Missed_Call_Pushover", ".tsk.xml"), T("""
<TaskerData sr="" dvi="1" tv="@tv@">
@task@
</TaskerData>
""", tv=pick(r, ["6.1.32", "6.3.13"]), task=tasker_task(r, r.randint(2, 300), "Missed Call Pushover", acts))


# ---------------------------------------------------------------- Scriptable
def scriptable_path(r, name):
    return pick(r, ["scriptable/", "Scriptable/", "ios/scriptable/", "iCloud/Scriptable/"]) + name + ".js"


@pos("scriptable_todoist_widget", ["todoist", "hass", "toggl"], "scriptable")
def _(r, v, P):
    k = P["key"]
    var = nm(r, ["TOKEN", "API_TOKEN", P["env"]], ["k", "secret", "AUTH"])
    decl = "const " + var + " = " + v.q() + ";"
    if k == "todoist":
        fetch = ('const req = new Request("https://api.todoist.com/rest/v2/tasks?filter=today");\n'
                 'req.headers = { Authorization: `Bearer ${%s}` };\nconst tasks = await req.loadJSON();\n'
                 'const title = `${tasks.length} tasks today`;' % var)
        name = "Todoist Today"
    elif k == "hass":
        fetch = ('const req = new Request("http://%s:8123/api/states/sensor.living_room_temperature");\n'
                 'req.headers = { "Authorization": "Bearer " + %s, "Content-Type": "application/json" };\n'
                 'const st = await req.loadJSON();\nconst title = `${st.state} ${st.attributes.unit_of_measurement}`;' % (lan(r), var))
        name = "Living Room Temp"
    else:
        fetch = ('const req = new Request("https://api.track.toggl.com/api/v9/me/time_entries/current");\n'
                 'req.headers = { Authorization: "Basic " + btoa(%s + ":api_token") };\n'
                 'const cur = await req.loadJSON();\nconst title = cur ? cur.description : "Not tracking";' % var)
        name = "Toggl Now"
    return scriptable_path(r, name), T("""
// Variables used by Scriptable.
// These must be at the very top of the file. Do not edit.
// icon-color: @color@; icon-glyph: @glyph@;
@decl@

@fetch@

const w = new ListWidget();
w.backgroundColor = new Color("#1c1c1e");
const t = w.addText(title);
t.textColor = Color.white();
t.font = Font.boldSystemFont(16);
w.refreshAfterDate = new Date(Date.now() + 15 * 60 * 1000);
Script.setWidget(w);
Script.complete();
""", color=pick(r, ["deep-green", "red", "blue", "purple", "orange"]), glyph=pick(r, ["check-circle", "thermometer-half", "clock"]),
        decl=decl, fetch=fetch)


@pos("scriptable_shortcut_helper", ["openai", "notion", "github"], "scriptable")
def _(r, v, P):
    k = P["key"]
    var = nm(r, [P["env"], "apiKey"], ["K1", "sec"])
    if k == "openai":
        body = ('const req = new Request("https://api.openai.com/v1/chat/completions");\nreq.method = "POST";\n'
                'req.headers = { "Content-Type": "application/json", Authorization: "Bearer " + %s };\n'
                'req.body = JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: input }] });\n'
                'const out = (await req.loadJSON()).choices[0].message.content;' % var)
    elif k == "notion":
        body = ('const req = new Request("https://api.notion.com/v1/pages");\nreq.method = "POST";\n'
                'req.headers = { Authorization: `Bearer ${%s}`, "Notion-Version": "2022-06-28", "Content-Type": "application/json" };\n'
                'req.body = JSON.stringify({ parent: { database_id: "%s" }, properties: { Name: { title: [{ text: { content: input } }] } } });\n'
                'const out = (await req.loadJSON()).url;' % (var, hexs(r, 32)))
    else:
        body = ('const req = new Request("https://api.github.com/gists");\nreq.method = "POST";\n'
                'req.headers = { Authorization: "token " + %s, Accept: "application/vnd.github+json" };\n'
                'req.body = JSON.stringify({ public: false, files: { "note.md": { content: input } } });\n'
                'const out = (await req.loadJSON()).html_url;' % var)
    return scriptable_path(r, pick(r, ["Ask", "Capture", "Gist From Share Sheet", "helper"])), T("""
// icon-color: @color@; icon-glyph: magic;
// run from Shortcuts ("Run Script" with Shortcut input) or the share sheet
const @var@ = @val@;
const input = args.shortcutParameter || args.plainTexts[0] || (await Pasteboard.paste());

@body@
Script.setShortcutOutput(out);
Script.complete();
""", color=pick(r, ["teal", "pink", "gray"]), var=var, val=v.q(), body=body)


@pos("scriptable_module_config", ["hue", "ifttt", "spotify"], "scriptable")
def _(r, v, P):
    k = P["key"]
    if k == "hue":
        inner = 'bridge: "%s",\n  username: %s,\n  rooms: { living: %d, bedroom: %d },' % (lan(r), v.q(), r.randint(1, 9), r.randint(1, 9))
    elif k == "ifttt":
        inner = 'iftttKey: %s,\n  events: ["garage_open", "leaving_work"],' % v.q()
    else:
        inner = 'spotifyClientId: "%s",\n  spotifyClientSecret: %s,\n  market: "%s",' % (hexs(r, 32), v.q(), pick(r, ["US", "DE", "GB"]))
    return scriptable_path(r, pick(r, ["config", "Config", "shared-config"])), T("""
// icon-color: gray; icon-glyph: cog;
// importModule("config") from the other scripts
module.exports = {
  @inner@
  refreshMinutes: @m@,
};
""", inner=inner.replace("\n", "\n"), m=str(pick(r, [5, 10, 15, 30])))


# ---------------------------------------------------------------- Übersicht
@pos("ubersicht_jsx", ["github", "todoist", "hass"], "js")
def _(r, v, P):
    k = P["key"]
    if k == "github":
        cmd = 'curl -s -H "Authorization: token %s" https://api.github.com/notifications | /usr/bin/python3 -c "import json,sys;print(len(json.load(sys.stdin)))"' % v.lit
        label = "GitHub"
    elif k == "todoist":
        cmd = 'curl -s -H "Authorization: Bearer %s" "https://api.todoist.com/rest/v2/tasks?filter=today%%20%%7C%%20overdue" | /usr/local/bin/jq length' % v.lit
        label = "Todo"
    else:
        cmd = 'curl -s -H "Authorization: Bearer %s" http://homeassistant.local:8123/api/states/sensor.outdoor_temperature | /usr/local/bin/jq -r .state' % v.lit
        label = "Outside"
    return pick(r, ["ubersicht/widgets/", "Übersicht/widgets/", "widgets/"]) + pick(r, ["count", "status", "badge"]) + ".jsx", T("""
import { css } from "uebersicht";

export const command = `@cmd@`;

export const refreshFrequency = @freq@;

export const className = css`
  bottom: 12px;
  right: 16px;
  font: 12px "SF Mono", Menlo, monospace;
  color: @fg@;
  background: rgba(30, 30, 46, 0.7);
  padding: 4px 10px;
  border-radius: 6px;
`;

export const render = ({ output, error }) =>
  error ? <div>@label@: –</div> : <div>@label@: {output.trim()}</div>;
""", cmd=cmd.replace("`", "\\`"), freq=str(pick(r, [60000, 300000, 120000])), fg=pick(r, ["#cdd6f4", "#eceff4", "#f8f8f2"]), label=label)


@pos("ubersicht_coffee", ["todoist", "toggl", "ntfy"], "data")
def _(r, v, P):
    k = P["key"]
    if k == "todoist":
        cmd = "curl -s -H 'Authorization: Bearer %s' https://api.todoist.com/rest/v2/tasks?filter=today" % v.lit
    elif k == "toggl":
        cmd = "curl -s -u %s:api_token https://api.track.toggl.com/api/v9/me/time_entries/current" % v.lit
    else:
        cmd = "curl -s -H 'Authorization: Bearer %s' 'https://ntfy.sh/%s/json?poll=1&since=1h'" % (v.lit, pick(r, TOPICS))
    return pick(r, ["ubersicht/widgets/", "widgets/"]) + pick(r, ["today", "tracker", "inbox"]) + ".widget/index.coffee", T("""
command: "@cmd@"

refreshFrequency: @freq@

style: \"\"\"
  top: 20px
  left: 20px
  color: @fg@
  font-family: Helvetica Neue
  font-size: 13px
\"\"\"

render: (output) -> "<div class='out'></div>"

update: (output, domEl) ->
  try
    data = JSON.parse(output)
  catch e
    return
  $(domEl).find('.out').text(if Array.isArray(data) then "#{data.length} items" else (data?.description ? "idle"))
""", cmd=cmd, freq=str(pick(r, [60000, 300000])), fg=pick(r, ["#fff", "rgba(255,255,255,0.8)", "#e0def4"]))


# ---------------------------------------------------------------- BetterTouchTool
def btt_doc(r, triggers):
    return json.dumps({
        "BTTPresetName": pick(r, ["Default", "Work", "Home Setup", "Personal"]),
        "BTTGeneralSettings": {"BTTShowMenubarIcon": 1, "BTTLaunchOnStartup": 1},
        "BTTPresetUUID": uid(r, True),
        "BTTPresetContent": [{
            "BTTAppBundleIdentifier": "BT.G",
            "BTTAppName": "Global",
            "BTTAppAutoInvertIcon": 1,
            "BTTAppSpecificSettings": {},
            "BTTTriggers": triggers}],
        "BTTPresetSnapAreas": [],
    }, indent=2, ensure_ascii=False) + "\n"


def btt_path(r):
    return pick(r, ["bettertouchtool/", "btt/", "BetterTouchTool/presets/"]) + pick(r, ["Default", "Personal", "main"]) + ".bttpreset"


@pos("btt_shell_trigger", ["hass", "hue", "ifttt", "ntfy"], "data")
def _(r, v, P):
    k = P["key"]
    if k == "hass":
        cmd = ('curl -s -X POST -H "Authorization: Bearer %s" -H "Content-Type: application/json" '
               '-d \'{"entity_id":"light.desk"}\' http://%s:8123/api/services/light/toggle' % (v.lit, lan(r)))
    elif k == "hue":
        cmd = 'curl -s -X PUT -d \'{"on":false}\' http://%s/api/%s/groups/%d/action' % (lan(r), v.lit, r.randint(1, 9))
    elif k == "ifttt":
        cmd = 'curl -s -X POST https://maker.ifttt.com/trigger/%s/with/key/%s' % (pick(r, ["desk_off", "fan_on", "do_not_disturb"]), v.lit)
    else:
        cmd = 'curl -s -H "Authorization: Bearer %s" -H "Tags: computer" -d "Mac locked" https://ntfy.sh/%s' % (v.lit, pick(r, TOPICS))
    trig = {"BTTTriggerType": 0, "BTTTriggerClass": "BTTTriggerTypeKeyboardShortcut",
            "BTTPredefinedActionType": 206, "BTTPredefinedActionName": "Execute Terminal Command (Async, non-blocking)",
            "BTTShellTaskActionScript": cmd, "BTTShellTaskActionConfig": "/bin/bash:::-c:::-:::",
            "BTTEnabled2": 1, "BTTUUID": uid(r, True), "BTTTriggerOnDown": 1, "BTTEnabled": 1,
            "BTTModifierMode": 0, "BTTShortcutKeyCode": r.randint(0, 120), "BTTShortcutModifierKeys": pick(r, [1572864, 1179648, 1835008]),
            "BTTOrder": r.randint(0, 40), "BTTDisplayOrder": 0, "BTTMergeIntoTouchBarGroups": 0}
    return btt_path(r), btt_doc(r, [trig])


@pos("btt_menubar_widget", ["toggl", "github", "todoist"], "data")
def _(r, v, P):
    k = P["key"]
    if k == "toggl":
        script = "curl -s -u %s:api_token https://api.track.toggl.com/api/v9/me/time_entries/current | /usr/local/bin/jq -r '.description // \"idle\"'" % v.lit
    elif k == "github":
        script = "curl -s -H 'Authorization: Bearer %s' https://api.github.com/notifications | /usr/local/bin/jq length" % v.lit
    else:
        script = "curl -s -H 'Authorization: Bearer %s' 'https://api.todoist.com/rest/v2/tasks?filter=today' | /usr/local/bin/jq length" % v.lit
    trig = {"BTTTriggerType": 681, "BTTTriggerTypeDescription": "Shell Script / Task Widget",
            "BTTTriggerClass": "BTTTriggerTypeMenubar", "BTTPredefinedActionType": 366,
            "BTTPredefinedActionName": "Empty Placeholder", "BTTShellScriptWidgetGestureConfig": "/bin/bash:::-c:::-:::",
            "BTTEnabled2": 1, "BTTUUID": uid(r, True), "BTTEnabled": 1, "BTTOrder": r.randint(0, 30),
            "BTTTriggerConfig": {"BTTTouchBarItemIconHeight": 22, "BTTTouchBarItemIconWidth": 22,
                                 "BTTTouchBarShellScriptString": script, "BTTTouchBarScriptUpdateInterval": 60,
                                 "BTTTouchBarButtonColor": "75.323769, 75.323769, 75.323769, 255.000000",
                                 "BTTTouchBarFontColor": "255.000000, 255.000000, 255.000000, 255.000000"}}
    return btt_path(r), btt_doc(r, [trig])


# ---------------------------------------------------------------- Espanso
def esp_path(r, name):
    return pick(r, ["espanso/match/", ".config/espanso/match/", "Library/Application Support/espanso/match/"]) + name + ".yml"


@pos("espanso_shell_openai", ["openai"], "sh")
def _(r, v, P):
    var = nm(r, ["OPENAI_API_KEY", "OPENAI_KEY"], ["K", "KEY1"])
    return esp_path(r, pick(r, ["ai", "gpt", "llm"])), T("""
# :ai  -> ask GPT, paste the answer
matches:
  - trigger: ":ai"
    replace: "{{answer}}"
    vars:
      - name: form
        type: form
        params:
          layout: "Ask: [[prompt]]"
      - name: answer
        type: shell
        params:
          shell: bash
          cmd: |
            @var@=@val@
            jq -n --arg p "$ESPANSO_FORM_PROMPT" '{model: "@model@", messages: [{role: "user", content: $p}]}' \\
              | curl -s https://api.openai.com/v1/chat/completions \\
                  -H "Authorization: Bearer $@var@" -H "Content-Type: application/json" -d @- \\
              | jq -r '.choices[0].message.content'
""", var=var, val=v.q(), model=pick(r, ["gpt-4o-mini", "gpt-4.1-mini"]))


@pos("espanso_personal_pw", PASSWORDS + ["apple_asp", "google_app"], "data")
def _(r, v, P):
    trig = nm(r, [":pw", ":pass", ":nas"], [":zz", ";;p", ":k9"])
    user = pick(r, USERS)
    return esp_path(r, pick(r, ["personal", "base", "private", "me"])), T("""
# personal snippets
matches:
  - trigger: ":mail"
    replace: "@user@@@dom@"

  - trigger: ":addr"
    replace: "@street@"

  - trigger: "@trig@"
    replace: "@val@"

  - trigger: ":date"
    replace: "{{today}}"
    vars:
      - name: today
        type: date
        params:
          format: "%Y-%m-%d"

  - trigger: ":shrug"
    replace: "¯\\\\_(ツ)_/¯"
""", user=user, dom=pick(r, ["fastmail.com", "gmail.com", "posteo.de", "icloud.com"]),
        street="%d %s Street" % (r.randint(1, 300), pick(r, ["Elm", "Maple", "Harbor", "Mill"])), trig=trig, val=v.lit)


@pos("espanso_shell_todoist", ["todoist", "hass", "toggl"], "sh")
def _(r, v, P):
    k = P["key"]
    var = nm(r, [P["env"]], ["T", "TK"])
    if k == "todoist":
        trig, cmd = ":todo", ('curl -s https://api.todoist.com/rest/v2/tasks -H "Authorization: Bearer $%s" \\\n'
                              '              -H "Content-Type: application/json" -d "{\\"content\\": \\"$ESPANSO_FORM_TASK\\"}" > /dev/null\n'
                              '            echo "added: $ESPANSO_FORM_TASK"' % var)
    elif k == "hass":
        trig, cmd = ":temp", ('curl -s -H "Authorization: Bearer $%s" http://homeassistant.local:8123/api/states/sensor.office_temperature \\\n'
                              '              | jq -r \'.state + " °C"\'' % var)
    else:
        trig, cmd = ":tracked", ('curl -s -u "$%s:api_token" "https://api.track.toggl.com/api/v9/me/time_entries?start_date=$(date +%%F)" \\\n'
                                 '              | jq \'[.[].duration | select(. > 0)] | add / 3600 | floor\'' % var)
    form = '      - name: form\n        type: form\n        params:\n          layout: "Task: [[task]]"\n' if k == "todoist" else ""
    return esp_path(r, pick(r, ["work", "tools", "home"])), T("""
matches:
  - trigger: "@trig@"
    replace: "{{out}}"
    vars:
@form@      - name: out
        type: shell
        params:
          shell: zsh
          cmd: |
            @var@=@val@
            @cmd@
""", trig=trig, form=form, var=var, val=v.q(), cmd=cmd)


@pos("espanso_token_expand", ["github", "openai", "ntfy", "hue"], "data")
def _(r, v, P):
    trig = nm(r, [":ghtok" if P["key"] == "github" else ":apikey", ":token"], [":t1", ";;k", ":xx"])
    return esp_path(r, pick(r, ["dev", "tokens", "snippets"])), T("""
matches:
  # dev snippets
  - trigger: ":shebang"
    replace: "#!/usr/bin/env bash\\nset -euo pipefail\\n"

  - trigger: ":gco"
    replace: "git checkout -b "

  - trigger: "@trig@"
    replace: @val@

  - trigger: ":lorem"
    replace: "Lorem ipsum dolor sit amet, consectetur adipiscing elit."
""", trig=trig, val=(v.lit if re.match(r"^[A-Za-z0-9_.-]+$", v.lit) and chance(r, 0.35) else pick(r, ['"%s"', "'%s'"]) % v.lit))


# ---------------------------------------------------------------- Karabiner-Elements
def kb_rule(desc, key, mods, cmd):
    return {"description": desc,
            "manipulators": [{"type": "basic",
                              "from": {"key_code": key, "modifiers": {"mandatory": mods}},
                              "to": [{"shell_command": cmd}]}]}


@pos("karabiner_json_shell", ["hass", "hue", "ifttt", "ntfy", "pushover_app", "telegram"], "data")
def _(r, v, P):
    k = P["key"]
    if k == "hass":
        cmd = ("curl -s -X POST -H 'Authorization: Bearer %s' -H 'Content-Type: application/json' "
               "-d '{\"entity_id\": \"light.desk\"}' http://%s:8123/api/services/light/toggle" % (v.lit, lan(r)))
    elif k == "hue":
        cmd = "curl -s -X PUT -d '{\"on\":true,\"bri\":254}' http://%s/api/%s/lights/%d/state" % (lan(r), v.lit, r.randint(1, 20))
    elif k == "ifttt":
        cmd = "curl -s https://maker.ifttt.com/trigger/%s/with/key/%s" % (pick(r, ["fan_toggle", "mute_tv"]), v.lit)
    elif k == "ntfy":
        cmd = "curl -s -H 'Authorization: Bearer %s' -d 'brb' https://ntfy.sh/%s" % (v.lit, pick(r, TOPICS))
    elif k == "pushover_app":
        cmd = ("curl -s --form-string 'token=%s' --form-string \"user=$(cat ~/.config/pushover/user)\" "
               "--form-string 'message=ping from karabiner' https://api.pushover.net/1/messages.json" % v.lit)
    else:
        cmd = "curl -s 'https://api.telegram.org/bot%s/sendMessage?chat_id=%d&text=coming%%20down'" % (v.lit, r.randint(10000000, 999999999))
    hk = pick(r, ["l", "f", "h", "p", "n"])
    rules = [kb_rule("Caps Lock to Escape/Control", "caps_lock", [], "true"),
             kb_rule("Hyper+%s: %s" % (hk.upper(), P["provider"]), hk, ["left_command", "left_control", "left_option", "left_shift"], cmd)]
    rules[0]["manipulators"][0]["to"] = [{"key_code": "left_control"}]
    rules[0]["manipulators"][0]["to_if_alone"] = [{"key_code": "escape"}]
    rules[0]["manipulators"][0]["from"] = {"key_code": "caps_lock", "modifiers": {"optional": ["any"]}}
    if chance(r, 0.5):
        doc = {"global": {"show_in_menu_bar": False},
               "profiles": [{"name": "Default profile", "selected": True,
                             "complex_modifications": {"rules": rules},
                             "devices": [{"identifiers": {"is_keyboard": True, "product_id": pick(r, [832, 641, 50475]),
                                                          "vendor_id": pick(r, [1452, 1133, 76])}, "ignore": False}],
                             "virtual_hid_keyboard": {"keyboard_type_v2": "ansi"}}]}
        path = pick(r, [".config/karabiner/", "karabiner/", "config/karabiner/"]) + "karabiner.json"
    else:
        doc = {"title": "Personal shortcuts", "rules": rules}
        path = pick(r, [".config/karabiner/assets/complex_modifications/", "karabiner/assets/complex_modifications/"]) + pick(r, ["hyper", "home", "personal"]) + ".json"
    return path, json.dumps(doc, indent=4, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------- SwiftBar / xbar
def bar_dir(r):
    return pick(r, ["swiftbar/", "xbar/plugins/", "bitbar/", ".config/swiftbar/plugins/", "menubar/"])


def bar_meta(r, title, deps):
    return T("""
# <xbar.title>@title@</xbar.title>
# <xbar.version>v@ver@</xbar.version>
# <xbar.author>@user@</xbar.author>
# <xbar.dependencies>@deps@</xbar.dependencies>
# <swiftbar.hideAbout>true</swiftbar.hideAbout>
# <swiftbar.hideRunInTerminal>true</swiftbar.hideRunInTerminal>
""", title=title, ver="%d.%d" % (r.randint(0, 2), r.randint(0, 9)), user=pick(r, USERS), deps=deps)


@pos("bar_github_sh", ["github"], "sh")
def _(r, v, P):
    var = nm(r, ["GITHUB_TOKEN", "GH_TOKEN"], ["TKN", "AUTH_VALUE"])
    return bar_dir(r) + "github-notifications.%s.sh" % pick(r, ["5m", "2m", "10m"]), "#!/usr/bin/env bash\n" + bar_meta(r, "GitHub notifications", "curl,jq") + T("""

@var@=@val@
JQ=/opt/homebrew/bin/jq

n=$(curl -s -H "Authorization: Bearer ${@var@}" -H "Accept: application/vnd.github+json" \\
  https://api.github.com/notifications | $JQ length)

if [ "${n:-0}" -gt 0 ]; then echo "● $n | color=#f78166"; else echo "○ | color=gray"; fi
echo "---"
echo "Open notifications | href=https://github.com/notifications"
echo "Refresh | refresh=true"
""", var=var, val=v.q())


@pos("bar_todoist_py", ["todoist"], "py")
def _(r, v, P):
    var = nm(r, ["TODOIST_API_TOKEN", "TODOIST_TOKEN"], ["TOK", "_K"])
    return bar_dir(r) + "todoist-today.%s.py" % pick(r, ["10m", "5m", "15m"]), "#!/usr/bin/env python3\n" + bar_meta(r, "Todoist today", "python3") + T("""
import json
import os
import urllib.request

@var@ = @val@

req = urllib.request.Request(
    "https://api.todoist.com/rest/v2/tasks?filter=today%20%7C%20overdue",
    headers={"Authorization": "Bearer " + @var@},
)
tasks = json.load(urllib.request.urlopen(req, timeout=10))
print(f"☑ {len(tasks)}")
print("---")
for t in sorted(tasks, key=lambda t: -t["priority"])[:15]:
    print(f"{t['content'][:60]} | href={t['url']}")
""", var=var, val=v.q())


@pos("bar_hass_sh", ["hass"], "sh")
def _(r, v, P):
    var = nm(r, ["HASS_TOKEN", "HA_TOKEN"], ["TOKEN", "LLAT"])
    host = pick(r, ["http://homeassistant.local:8123", "http://%s:8123" % lan(r)])
    return bar_dir(r) + "ha-temps.%s.sh" % pick(r, ["1m", "5m", "2m"]), "#!/bin/bash\n" + bar_meta(r, "Home Assistant temperatures", "curl,jq") + T("""

HA=@host@
@var@=@val@
JQ=/usr/local/bin/jq

get() {
  curl -s -H "Authorization: Bearer $@var@" "$HA/api/states/$1" | $JQ -r .state
}

echo "🌡 $(get sensor.outdoor_temperature)° / $(get sensor.living_room_temperature)°"
echo "---"
echo "Humidity: $(get sensor.living_room_humidity)%"
echo "Open Home Assistant | href=$HA"
""", host=host, var=var, val=v.q())


@pos("bar_openai_py", ["openai"], "py")
def _(r, v, P):
    var = nm(r, ["OPENAI_API_KEY"], ["KEY", "k_"])
    return bar_dir(r) + "word-of-the-day.%s.py" % pick(r, ["1h", "6h", "1d"]), "#!/usr/bin/env python3\n" + bar_meta(r, "Word of the day", "python3") + T("""
import json
import os
import urllib.request

@var@ = @val@

body = {"model": "@model@", "messages": [{"role": "user",
        "content": "Give me one uncommon English word and a one-line definition, as 'word: definition'."}]}
req = urllib.request.Request("https://api.openai.com/v1/chat/completions", data=json.dumps(body).encode(),
                             headers={"Authorization": f"Bearer {@var@}", "Content-Type": "application/json"})
text = json.load(urllib.request.urlopen(req, timeout=30))["choices"][0]["message"]["content"].strip()
word, _, definition = text.partition(":")
print(word.strip())
print("---")
print(definition.strip())
""", var=var, val=v.q(), model=pick(r, ["gpt-4o-mini", "gpt-4.1-nano"]))


@pos("bar_toggl_sh", ["toggl"], "sh")
def _(r, v, P):
    var = nm(r, ["TOGGL_API_TOKEN", "TOGGL_TOKEN"], ["T", "TT"])
    return bar_dir(r) + "toggl.%s.sh" % pick(r, ["1m", "30s"]), "#!/usr/bin/env zsh\n" + bar_meta(r, "Toggl running entry", "curl,jq") + T("""

@var@=@val@
cur=$(curl -s -u "${@var@}:api_token" https://api.track.toggl.com/api/v9/me/time_entries/current)
if [[ "$cur" == "null" || -z "$cur" ]]; then
  echo "⏸"
else
  desc=$(print -r -- "$cur" | /opt/homebrew/bin/jq -r '.description // "(no description)"')
  echo "⏱ ${desc:0:24}"
fi
echo "---"
echo "Open Toggl | href=https://track.toggl.com/timer"
""", var=var, val=v.q())


@pos("bar_push_sh", ["ntfy", "pushbullet", "pw_ntfy"], "sh")
def _(r, v, P):
    k = P["key"]
    if k == "ntfy":
        var = nm(r, ["NTFY_TOKEN"], ["BEARER", "X"])
        body = 'curl -s -H "Authorization: Bearer $%s" "https://ntfy.sh/%s/json?poll=1&since=12h" \\\n  | /opt/homebrew/bin/jq -r .message | tail -5' % (var, pick(r, TOPICS))
    elif k == "pushbullet":
        var = nm(r, ["PUSHBULLET_TOKEN"], ["PB", "X"])
        body = 'curl -s -H "Access-Token: $%s" "https://api.pushbullet.com/v2/pushes?limit=5" \\\n  | /opt/homebrew/bin/jq -r ".pushes[].body"' % var
    else:
        var = nm(r, ["NTFY_PASSWORD", "NTFY_PASS"], ["PW", "X"])
        body = 'curl -s -u "%s:$%s" "https://ntfy.%s.net/%s/json?poll=1&since=12h" \\\n  | /opt/homebrew/bin/jq -r .message | tail -5' % (pick(r, USERS), var, pick(r, USERS), pick(r, TOPICS))
    return bar_dir(r) + "pushes.%s.sh" % pick(r, ["5m", "10m"]), "#!/bin/bash\n" + bar_meta(r, "Recent pushes", "curl,jq") + T("""

@var@=@val@
echo "📬"
echo "---"
@body@
""", var=var, val=v.q(), body=body)


@pos("xbar_vars_json", ["github", "todoist", "hass", "openai"], "data")
def _(r, v, P):
    vn = "VAR_" + nm(r, [P["env"], "TOKEN"], ["AUTH", "K"])
    plugin = pick(r, ["github-prs.5m.sh", "todo.10m.py", "ha.1m.sh", "gpt.1h.py"])
    doc = {vn: v.lit, "VAR_SHOW_COUNT": True, "VAR_MAX_ITEMS": str(r.randint(5, 20))}
    return bar_dir(r) + plugin + ".vars.json", json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------- Stream Deck
@pos("streamdeck_plugin_config", ["hass", "hue", "openai", "toggl"], "data")
def _(r, v, P):
    k = P["key"]
    plug = "com.%s.%s.sdPlugin" % (pick(r, USERS), {"hass": "homeassistant", "hue": "hue", "openai": "gpt", "toggl": "toggl"}[k])
    field = nm(r, {"hass": ["accessToken", "token"], "hue": ["username", "hueUser"], "openai": ["apiKey", "openaiKey"],
                   "toggl": ["apiToken", "togglToken"]}[k], ["auth", "key", "secret"])
    cfg = {"version": 2, field: v.lit}
    if k == "hass":
        cfg.update({"url": "ws://%s:8123/api/websocket" % lan(r), "entities": ["light.studio", "switch.ring_light"]})
    elif k == "hue":
        cfg.update({"bridge": lan(r), "bridgeId": hexs(r, 16, True), "lights": [r.randint(1, 20), r.randint(1, 20)]})
    elif k == "openai":
        cfg.update({"model": "gpt-4o-mini", "pasteResult": True})
    else:
        cfg.update({"workspaceId": r.randint(1000000, 9999999), "defaultProject": r.randint(100000000, 199999999)})
    return pick(r, ["streamdeck/plugins/", "StreamDeck/Plugins/", "stream-deck/"]) + plug + "/config.json", json.dumps(cfg, indent=2) + "\n"


@pos("streamdeck_profile_request", ["hass", "ifttt", "slack", "discord"], "data")
def _(r, v, P):
    k = P["key"]
    if k == "hass":
        settings = {"url": "http://%s:8123/api/services/scene/turn_on" % lan(r), "method": "POST",
                    "headers": "Authorization: Bearer %s\nContent-Type: application/json" % v.lit,
                    "body": '{"entity_id": "scene.streaming"}'}
    elif k == "ifttt":
        settings = {"url": "https://maker.ifttt.com/trigger/on_air/with/key/%s" % v.lit, "method": "POST", "headers": "", "body": ""}
    else:
        settings = {"url": v.lit, "method": "POST", "headers": "Content-Type: application/json",
                    "body": '{"%s": "Going live in 5 minutes"}' % ("text" if k == "slack" else "content")}
    settings["advancedSettings"] = False
    doc = {"Actions": {"0,0": {"Name": "API Request", "Settings": settings,
                               "State": 0, "States": [{"Title": pick(r, ["On Air", "Live", "Scene"])}],
                               "UUID": "com.github.mjbnz.sd-api-request.request"},
                       "1,0": {"Name": "Open", "Settings": {"openInBrowser": True, "path": "https://twitch.tv/" + pick(r, USERS)},
                               "State": 0, "States": [{}], "UUID": "com.elgato.streamdeck.system.website"}},
           "Controllers": ["Keypad"], "Icon": "", "Name": pick(r, ["Default Profile", "Streaming", "Office"])}
    prof = uid(r, True)
    return "streamdeck/ProfilesV2/%s.sdProfile/Profiles/%s/manifest.json" % (prof, rs(r, UPP + DIG, 26)), json.dumps(doc, indent=2) + "\n"


# ---------------------------------------------------------------- cron scripts / shell / python
def sh_dir(r):
    return pick(r, ["bin/", "scripts/", "cron/", ".local/bin/", "home/bin/", "automation/"])


@pos("cron_backup_pushover", ["pushover_app", "pushover_user"], "sh")
def _(r, v, P):
    app = P["key"] == "pushover_app"
    tv = nm(r, ["PUSHOVER_TOKEN", "PUSHOVER_APP_TOKEN"], ["APP", "PO_A"]) if app else "PUSHOVER_TOKEN"
    uv = "PUSHOVER_USER" if app else nm(r, ["PUSHOVER_USER", "PUSHOVER_USER_KEY"], ["ME", "PO_U"])
    a = v.q() if app else '"$(cat "$HOME/.config/pushover/app")"'
    u = '"${PUSHOVER_USER_KEY:?}"' if app else v.q()
    src = pick(r, ["$HOME/Documents", "$HOME/Pictures", "/Volumes/Data/projects"])
    dst = pick(r, ["nas:/volume1/backup/", "/Volumes/Backup/", "b2:personal-backup/"])
    return sh_dir(r) + pick(r, ["backup-notify.sh", "nightly-backup.sh", "rsync-backup"]), T("""
#!/usr/bin/env bash
# nightly backup, run from cron:  15 3 * * * $HOME/bin/nightly-backup.sh
set -uo pipefail

@tv@=@a@
@uv@=@u@
LOG="$HOME/Library/Logs/backup.log"

notify() {
  curl -s --form-string "token=$@tv@" --form-string "user=$@uv@" \\
       --form-string "title=Backup $(hostname -s)" --form-string "priority=$2" \\
       --form-string "message=$1" https://api.pushover.net/1/messages.json > /dev/null
}

start=$(date +%s)
if rsync -a --delete --exclude '.DS_Store' "@src@" "@dst@" >> "$LOG" 2>&1; then
  notify "ok in $(( $(date +%s) - start ))s" -1
else
  notify "FAILED, see $LOG" 1
fi
""", tv=tv, uv=uv, a=a, u=u, src=src, dst=dst)


@pos("cron_telegram_digest_py", ["telegram"], "py")
def _(r, v, P):
    var = nm(r, ["TELEGRAM_BOT_TOKEN", "BOT_TOKEN"], ["TOKEN_A", "relay"])
    chat = str(r.randint(10000000, 999999999))
    return sh_dir(r) + pick(r, ["daily_digest.py", "morning.py", "tg_digest.py"]), T("""
#!/usr/bin/env python3
\"\"\"Morning digest to Telegram: weather + calendar count. cron: 0 7 * * *\"\"\"
import json
import os
import subprocess
import urllib.parse
import urllib.request

@var@ = @val@
CHAT_ID = @chat@


def weather():
    with urllib.request.urlopen("https://wttr.in/@city@?format=3", timeout=10) as r:
        return r.read().decode().strip()


def events_today():
    out = subprocess.run(["icalBuddy", "-n", "-nc", "-iep", "title", "eventsToday"],
                         capture_output=True, text=True)
    return len([l for l in out.stdout.splitlines() if l.startswith("•")])


def send(text):
    url = f"https://api.telegram.org/bot{@var@}/sendMessage"
    data = urllib.parse.urlencode({"chat_id": CHAT_ID, "text": text}).encode()
    urllib.request.urlopen(url, data=data, timeout=10)


if __name__ == "__main__":
    send(f"☀️ {weather()}\\n📅 {events_today()} events today")
""", var=var, val=v.q(), chat=chat, city=pick(r, ["Berlin", "Lisbon", "Portland", "Leeds", "Osaka"]))


@pos("cron_webhook_sh", ["slack", "discord"], "sh")
def _(r, v, P):
    k = P["key"]
    var = nm(r, [P["env"], "WEBHOOK_URL"], ["HOOK", "DEST"])
    field = "text" if k == "slack" else "content"
    return sh_dir(r) + pick(r, ["disk-check.sh", "standup-reminder.sh", "cert-expiry.sh"]), T("""
#!/bin/sh
# crontab: */30 * * * * ~/bin/disk-check.sh
@var@=@val@
THRESHOLD=90

df -P / /Volumes/* 2>/dev/null | awk 'NR>1 {gsub("%","",$5); print $5, $6}' | while read -r used mount; do
  if [ "$used" -ge "$THRESHOLD" ]; then
    curl -s -X POST -H 'Content-Type: application/json' \\
      -d "{\\"@field@\\": \\":warning: $(hostname) $mount is ${used}% full\\"}" \\
      "$@var@" > /dev/null
  fi
done
""", var=var, val=v.q(), field=field)


@pos("cron_notion_py", ["notion"], "py")
def _(r, v, P):
    var = nm(r, ["NOTION_TOKEN", "NOTION_API_KEY"], ["SECRET", "INTEGRATION"])
    db = uid(r) if chance(r, 0.5) else hexs(r, 32)
    return sh_dir(r) + pick(r, ["notion_journal.py", "log_screen_time.py", "reading_list.py"]), T("""
#!/usr/bin/env python3
# appends yesterday's screen time + steps to my Notion "Daily" database
import datetime as dt
import json
import os
import urllib.request

@var@ = @val@
DATABASE_ID = "@db@"


def notion(method, path, body=None):
    req = urllib.request.Request(
        "https://api.notion.com/v1" + path,
        method=method,
        data=json.dumps(body).encode() if body else None,
        headers={
            "Authorization": f"Bearer {@var@}",
            "Notion-Version": "2022-06-28",
            "Content-Type": "application/json",
        },
    )
    return json.load(urllib.request.urlopen(req))


day = (dt.date.today() - dt.timedelta(days=1)).isoformat()
notion("POST", "/pages", {
    "parent": {"database_id": DATABASE_ID},
    "properties": {
        "Date": {"date": {"start": day}},
        "Name": {"title": [{"text": {"content": day}}]},
    },
})
""", var=var, val=v.q(), db=db)


@pos("crontab_env", ["ntfy", "hass", "github", "telegram", "todoist"], "data")
def _(r, v, P):
    var = nm(r, [P["env"]], ["TOKEN", "API_AUTH"])
    user = pick(r, USERS)
    return pick(r, ["crontab", "cron/crontab.txt", "cron/%s.crontab" % user, "etc/crontab"]), T("""
# m h  dom mon dow   command
SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin:/opt/homebrew/bin
MAILTO=""
@var@=@val@

*/15 * * * *  $HOME/bin/check-ups.sh
0 3 * * *     $HOME/bin/nightly-backup.sh >> $HOME/logs/backup.log 2>&1
30 7 * * 1-5  $HOME/bin/morning.py
0 */6 * * *   $HOME/bin/update-dotfiles.sh
@reboot       sleep 60 && $HOME/bin/announce-boot.sh
""", var=var, val=v.lit)


@pos("ifttt_sh", ["ifttt"], "sh")
def _(r, v, P):
    var = nm(r, ["IFTTT_KEY", "IFTTT_WEBHOOK_KEY"], ["MAKER", "K"])
    ev = pick(r, ["door_opened", "washer_done", "mail_arrived", "plant_dry"])
    return sh_dir(r) + pick(r, ["ifttt", "ifttt-trigger.sh", "trigger"]), T("""
#!/usr/bin/env bash
# usage: ifttt EVENT [value1] [value2] [value3]
@var@=@val@
event="${1:-@ev@}"
json=$(printf '{"value1":"%s","value2":"%s","value3":"%s"}' "${2:-}" "${3:-}" "${4:-}")
curl -fsS -X POST -H "Content-Type: application/json" -d "$json" \\
  "https://maker.ifttt.com/trigger/${event}/with/key/${@var@}"
echo
""", var=var, val=v.q(), ev=ev)


@pos("ps1_notify", ["telegram", "pushover_app", "ntfy", "discord"], "ps1")
def _(r, v, P):
    k = P["key"]
    var = "$" + nm(r, [P["env"], {"telegram": "BotToken", "pushover_app": "PushoverToken", "ntfy": "NtfyToken", "discord": "WebhookUrl"}[k]], ["Tok", "Cred1", "X"])
    if k == "telegram":
        body = ('$uri = "https://api.telegram.org/bot%s/sendMessage"\n'
                'Invoke-RestMethod -Method Post -Uri $uri -Body @{ chat_id = %d; text = $Message } | Out-Null' % (var, r.randint(10000000, 999999999)))
    elif k == "pushover_app":
        body = ("Invoke-RestMethod -Method Post -Uri 'https://api.pushover.net/1/messages.json' -Body @{\n"
                "    token = %s; user = $env:PUSHOVER_USER_KEY; title = $env:COMPUTERNAME; message = $Message\n} | Out-Null" % var)
    elif k == "ntfy":
        body = ("Invoke-RestMethod -Method Post -Uri 'https://ntfy.sh/%s' -Body $Message `\n"
                "    -Headers @{ Authorization = \"Bearer %s\"; Title = $env:COMPUTERNAME } | Out-Null" % (pick(r, TOPICS), var))
    else:
        body = ("$payload = @{ content = $Message; username = $env:COMPUTERNAME } | ConvertTo-Json\n"
                "Invoke-RestMethod -Method Post -Uri %s -ContentType 'application/json' -Body $payload | Out-Null" % var)
    return pick(r, ["powershell/", "windows/scripts/", "scripts/ps/", "Documents/PowerShell/Scripts/"]) + pick(r, ["Send-Notification.ps1", "Notify.ps1", "Watch-Backup.ps1"]), T("""
<#
.SYNOPSIS
    Sends a push notification. Used by scheduled tasks (backup, updates).
.EXAMPLE
    .\\Send-Notification.ps1 -Message "Windows Update finished"
#>
param(
    [Parameter(Mandatory = $true)][string]$Message
)

$ErrorActionPreference = 'Stop'
@var@ = @val@

@body@
""", var=var, val=v.q(), body=body)


@pos("ps1_toggl_report", ["toggl", "todoist", "github"], "ps1")
def _(r, v, P):
    k = P["key"]
    var = "$" + nm(r, [P["env"], "ApiToken"], ["T", "Secret0"])
    if k == "toggl":
        body = ('$pair = "{0}:api_token" -f %s\n'
                '$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))\n'
                '$since = (Get-Date).AddDays(-7).ToString("yyyy-MM-dd")\n'
                '$entries = Invoke-RestMethod "https://api.track.toggl.com/api/v9/me/time_entries?start_date=$since" -Headers @{ Authorization = "Basic $basic" }\n'
                '$entries | Group-Object project_id | ForEach-Object {\n'
                '    [pscustomobject]@{ Project = $_.Name; Hours = [math]::Round(($_.Group | Measure-Object duration -Sum).Sum / 3600, 1) }\n'
                '} | Sort-Object Hours -Descending | Format-Table' % var)
    elif k == "todoist":
        body = ('$headers = @{ Authorization = "Bearer %s" }\n'
                '$tasks = Invoke-RestMethod "https://api.todoist.com/rest/v2/tasks?filter=overdue" -Headers $headers\n'
                '$tasks | Select-Object content, @{n="due";e={$_.due.date}} | Format-Table -AutoSize' % var)
    else:
        body = ('$headers = @{ Authorization = "Bearer %s"; Accept = "application/vnd.github+json" }\n'
                '$repos = Invoke-RestMethod "https://api.github.com/user/repos?per_page=100&sort=pushed" -Headers $headers\n'
                '$repos | Where-Object { -not $_.archived } | Select-Object full_name, pushed_at -First 20 | Format-Table' % var)
    return pick(r, ["powershell/", "scripts/ps/", "windows/"]) + pick(r, ["Get-WeeklyReport.ps1", "report.ps1", "Show-Status.ps1"]), T("""
#Requires -Version 7
# weekly summary, scheduled task "Weekly report" (Mon 08:00)
@var@ = @val@

@body@
""", var=var, val=v.q(), body=body)


@pos("py_discord_alert", ["discord", "slack"], "py")
def _(r, v, P):
    k = P["key"]
    var = nm(r, [P["env"], "WEBHOOK"], ["HOOK", "TARGET_URL"])
    field = "content" if k == "discord" else "text"
    return sh_dir(r) + pick(r, ["price_watch.py", "site_up.py", "new_episode.py"]), T("""
#!/usr/bin/env python3
# checks a few URLs every 10 minutes (launchd) and posts when one goes down
import json
import urllib.request

@var@ = @val@
SITES = ["https://@user@.dev", "https://photos.@user@.dev", "https://status.@user@.dev"]


def post(msg):
    req = urllib.request.Request(@var@, data=json.dumps({"@field@": msg}).encode(),
                                 headers={"Content-Type": "application/json", "User-Agent": "site-check/1.0"})
    urllib.request.urlopen(req, timeout=10)


for url in SITES:
    try:
        urllib.request.urlopen(url, timeout=15)
    except Exception as exc:  # noqa: BLE001
        post(f"🔴 {url} is down: {exc}")
""", var=var, val=v.q(), user=pick(r, USERS), field=field)


@pos("py_imap_unread", ["pw_imap", "apple_asp", "google_app"], "py")
def _(r, v, P):
    k = P["key"]
    host = {"pw_imap": pick(r, ["imap.fastmail.com", "imap.posteo.de", "mail.%s.net" % pick(r, USERS)]),
            "apple_asp": "imap.mail.me.com", "google_app": "imap.gmail.com"}[k]
    user = pick(r, USERS) + "@" + {"pw_imap": pick(r, ["fastmail.com", "posteo.de"]), "apple_asp": "icloud.com", "google_app": "gmail.com"}[k]
    var = nm(r, ["IMAP_PASSWORD", "PASSWORD", "APP_PASSWORD"], ["pw", "secret_word", "creds"])
    return pick(r, [bar_dir(r) + "mail.%s.py" % pick(r, ["5m", "2m"]), sh_dir(r) + "unread.py"]), T("""
#!/usr/bin/env python3
# unread count for the menu bar
import imaplib
import os

HOST = "@host@"
USER = "@user@"
@var@ = @val@

m = imaplib.IMAP4_SSL(HOST)
m.login(USER, @var@)
m.select("INBOX", readonly=True)
typ, data = m.search(None, "UNSEEN")
n = len(data[0].split()) if typ == "OK" else 0
m.logout()
print(f"✉ {n}" if n else "✉")
print("---")
print("Open Mail | bash=/usr/bin/open param1=-a param2=Mail terminal=false")
""", host=host, user=user, var=var, val=v.q())


@pos("py_pushbullet", ["pushbullet"], "py")
def _(r, v, P):
    var = nm(r, ["PUSHBULLET_TOKEN", "PB_ACCESS_TOKEN"], ["ACCESS", "k"])
    return sh_dir(r) + pick(r, ["pb.py", "push_link.py"]), T("""
#!/usr/bin/env python3
\"\"\"pb.py URL|TEXT - send a link or note to all my devices\"\"\"
import json
import os
import sys
import urllib.request

@var@ = @val@

arg = " ".join(sys.argv[1:]) or sys.stdin.read()
push = {"type": "link", "url": arg} if arg.startswith("http") else {"type": "note", "body": arg}
req = urllib.request.Request("https://api.pushbullet.com/v2/pushes", data=json.dumps(push).encode(),
                             headers={"Access-Token": @var@, "Content-Type": "application/json"})
print(json.load(urllib.request.urlopen(req))["iden"])
""", var=var, val=v.q())


# ---------------------------------------------------------------- AppleScript
def as_dir(r):
    return pick(r, ["applescript/", "AppleScript/", "scripts/applescript/", "Library/Scripts/"])


@pos("as_mount_nas", ["pw_nas", "pw_personal"], "applescript")
def _(r, v, P):
    user = pick(r, USERS)
    share = pick(r, ["media", "photos", "backup", "home", "Time Machine"])
    host = pick(r, ["nas.local", "diskstation.local", lan(r)])
    if chance(r, 0.6):
        body = 'set nasPassword to %s\nmount volume "smb://%s/%s" as user name "%s" with password nasPassword' % (v.q(), host, share.replace(" ", "%20"), user)
    else:
        body = 'mount volume "smb://%s:%s@%s/%s"' % (user, v.lit, host, share.replace(" ", "%20"))
    return as_dir(r) + pick(r, ["Mount NAS.applescript", "mount-shares.applescript", "Connect Media.applescript"]), T("""
-- mounts the NAS share at login (Login Items -> Mount NAS.app)
tell application "Finder"
	if not (exists disk "@share@") then
		try
			@body@
		on error errMsg
			display notification errMsg with title "NAS mount failed"
		end try
	end if
end tell
""", share=share, body=body.replace("\n", "\n\t\t\t"))


@pos("as_shell_push", ["pushover_app", "ntfy", "telegram", "hass"], "applescript")
def _(r, v, P):
    k = P["key"]
    var = nm(r, ["apiToken", "pushToken", "botToken"], ["k", "theKey", "auth1"])
    if k == "pushover_app":
        cmd = ('"curl -s --form-string token=" & %s & " --form-string user=$(cat ~/.config/pushover/user) '
               '--form-string message=" & quoted form of msg & " https://api.pushover.net/1/messages.json"' % var)
    elif k == "ntfy":
        cmd = '"curl -s -H \\"Authorization: Bearer " & %s & "\\" -d " & quoted form of msg & " https://ntfy.sh/%s"' % (var, pick(r, TOPICS))
    elif k == "telegram":
        cmd = ('"curl -s https://api.telegram.org/bot" & %s & "/sendMessage -d chat_id=%d --data-urlencode text=" & quoted form of msg'
               % (var, r.randint(10000000, 999999999)))
    else:
        cmd = ('"curl -s -X POST -H \\"Authorization: Bearer " & %s & "\\" -H \\"Content-Type: application/json\\" '
               '-d \'{\\"message\\": \\"" & msg & "\\"}\' http://homeassistant.local:8123/api/services/notify/mobile_app_phone"' % var)
    return as_dir(r) + pick(r, ["Notify Phone.applescript", "mail-rule-push.applescript", "Send Push.applescript"]), T("""
-- Mail rule script: push the sender + subject of matching messages to my phone
property @var@ : @val@

using terms from application "Mail"
	on perform mail action with messages theMessages for rule theRule
		repeat with m in theMessages
			set msg to (sender of m) & ": " & (subject of m)
			do shell script @cmd@
		end repeat
	end perform mail action with messages
end using terms from
""", var=var, val=v.q(), cmd=cmd)


@pos("as_todoist_things", ["todoist", "notion", "github"], "applescript")
def _(r, v, P):
    k = P["key"]
    var = nm(r, [k + "Token", "apiToken"], ["tk", "s1"])
    if k == "todoist":
        cmd = ('"curl -s https://api.todoist.com/rest/v2/tasks -H \\"Authorization: Bearer " & %s & "\\" '
               '-H \\"Content-Type: application/json\\" -d " & quoted form of ("{\\"content\\": \\"" & t & "\\"}")' % var)
    elif k == "notion":
        cmd = ('"curl -s https://api.notion.com/v1/pages -H \\"Authorization: Bearer " & %s & "\\" -H \\"Notion-Version: 2022-06-28\\" '
               '-H \\"Content-Type: application/json\\" -d " & quoted form of ("{\\"parent\\": {\\"database_id\\": \\"%s\\"}, '
               '\\"properties\\": {\\"Name\\": {\\"title\\": [{\\"text\\": {\\"content\\": \\"" & t & "\\"}}]}}}")' % (var, hexs(r, 32)))
    else:
        cmd = ('"curl -s -H \\"Authorization: token " & %s & "\\" https://api.github.com/repos/%s/notes/issues -d " & '
               'quoted form of ("{\\"title\\": \\"" & t & "\\"}")' % (var, pick(r, USERS)))
    return as_dir(r) + pick(r, ["Selected Mail To Task.applescript", "Safari Tab To Inbox.applescript", "capture.applescript"]), T("""
-- sends the front Safari tab title to my inbox
set @var@ to @val@

tell application "Safari" to set t to name of current tab of front window
do shell script @cmd@
display notification t with title "Captured"
""", var=var, val=v.q(), cmd=cmd)


# ---------------------------------------------------------------- Markdown
@pos("md_readme_curl", ["hass", "todoist", "ntfy", "github", "toggl", "pushover_app"], "data")
def _(r, v, P):
    k = P["key"]
    cmds = {
        "hass": 'curl -X POST -H "Authorization: Bearer %s" \\\n  -H "Content-Type: application/json" \\\n  -d \'{"entity_id": "light.desk"}\' \\\n  http://homeassistant.local:8123/api/services/light/toggle' % v.lit,
        "todoist": 'curl https://api.todoist.com/rest/v2/projects \\\n  -H "Authorization: Bearer %s"' % v.lit,
        "ntfy": 'curl -H "Authorization: Bearer %s" -d "test" https://ntfy.sh/%s' % (v.lit, pick(r, TOPICS)),
        "github": 'curl -H "Authorization: token %s" https://api.github.com/user' % v.lit,
        "toggl": 'curl -u %s:api_token https://api.track.toggl.com/api/v9/me' % v.lit,
        "pushover_app": 'curl -s --form-string "token=%s" \\\n  --form-string "user=$PUSHOVER_USER" \\\n  --form-string "message=hello" https://api.pushover.net/1/messages.json' % v.lit,
    }
    user = pick(r, USERS)
    return pick(r, ["README.md", "docs/automation.md", "notes/setup.md", "macos/README.md"]), T("""
# @user@'s dotfiles

Personal config for macOS + the odd Windows box. Managed with `stow`.

## Layout

| dir | what |
|-----|------|
| `hammerspoon/` | window management, hotkeys, desk lights |
| `karabiner/` | caps lock → hyper |
| `swiftbar/` | menu bar plugins |
| `espanso/` | text expansion |

## Install

```sh
git clone https://github.com/@user@/dotfiles ~/dotfiles
cd ~/dotfiles && ./install.sh
```

## Testing the @prov@ hook

Quick check that the token still works:

```sh
@cmd@
```

Should answer with HTTP 200.
""", user=user, prov=P["provider"], cmd=cmds[k])


@pos("md_notes_hue", ["hue", "hass", "ifttt"], "data")
def _(r, v, P):
    k = P["key"]
    ip = lan(r)
    if k == "hue":
        body = ("Bridge: `%s` (BSB002, fw 19%05d)\n\nUser created with the link button:\n\n"
                "```\nPOST http://%s/api  {\"devicetype\":\"hammerspoon#%s\"}\n-> [{\"success\":{\"username\":\"%s\"}}]\n```\n\n"
                "Lights: 1-4 living room, 5-6 office, 9 hallway sensor." % (ip, r.randint(10000, 99999), ip, pick(r, HOSTS), v.lit))
    elif k == "hass":
        body = ("HA runs on the NUC (`%s:8123`).\n\nLong-lived token for the desktop scripts (profile → security):\n\n"
                "    %s\n\nUsed by hammerspoon/home.lua and swiftbar/ha-temps.1m.sh." % (ip, v.lit))
    else:
        body = ("IFTTT Webhooks key (ifttt.com/maker_webhooks → Documentation): `%s`\n\n"
                "Events: `washer_done`, `door_opened`, `plant_dry`." % v.lit)
    return pick(r, ["notes/", "docs/", "wiki/"]) + pick(r, ["smart-home.md", "hue.md", "home-automation.md"]), T("""
# Smart home notes

_last updated @date@_

@body@

## TODO

- [ ] move everything to Matter
- [x] replace the old bridge
""", date="20%d-%02d-%02d" % (r.randint(21, 25), r.randint(1, 12), r.randint(1, 28)), body=body)


# ---------------------------------------------------------------- dotfiles: env, rc, launchd, netrc, gh
@pos("dot_env_file", ["openai", "telegram", "ntfy", "notion", "todoist", "spotify"], "data")
def _(r, v, P):
    extra = [("TZ", pick(r, ["Europe/Berlin", "America/New_York", "Asia/Tokyo"])), ("LOG_LEVEL", pick(r, ["info", "debug"])),
             ("NTFY_TOPIC", pick(r, TOPICS))]
    var = nm(r, [P["env"]], ["API_SECRET", "TOKEN"])
    lines = ["# local settings for the scripts in bin/"] + ["%s=%s" % kv for kv in extra[:2]] + ["%s=%s" % (var, v.lit)] + ["%s=%s" % extra[2]]
    return pick(r, ["", "bin/", "scripts/", "automation/"]) + pick(r, [".env", ".env", ".env.local"]), "\n".join(lines) + "\n"


@pos("dot_shellrc_export", ["openai", "github", "todoist", "notion", "hass", "ntfy", "toggl"], "sh")
def _(r, v, P):
    var = nm(r, [P["env"]], [P["env"].split("_")[0] + "_KEY", "MY_" + P["env"].split("_")[0]])
    return pick(r, [".zshrc", ".bashrc", "zsh/exports.zsh", ".config/zsh/env.zsh", "shell/secrets.sh", ".bash_profile"]), T("""
# ---- path ------------------------------------------------------------
export PATH="$HOME/.local/bin:/opt/homebrew/bin:$PATH"
export EDITOR=nvim
export HOMEBREW_NO_ANALYTICS=1

# ---- tools -----------------------------------------------------------
alias ll='eza -la --git'
alias gs='git status -sb'
eval "$(starship init @sh@)"
eval "$(zoxide init @sh@)"

# ---- api keys for scripts --------------------------------------------
export @var@=@val@

[ -f "$HOME/.config/zsh/local.zsh" ] && source "$HOME/.config/zsh/local.zsh"
""", sh=pick(r, ["zsh", "bash"]), var=var, val=v.q())


@pos("dot_fish_config", ["openai", "github", "hass", "todoist"], "data")
def _(r, v, P):
    var = nm(r, [P["env"]], ["KEY_" + P["svc"].upper().replace("-", "_"), "TOK"])
    return pick(r, [".config/fish/config.fish", "fish/config.fish", ".config/fish/conf.d/keys.fish"]), T("""
set -g fish_greeting
fish_add_path /opt/homebrew/bin ~/.local/bin
set -gx EDITOR nvim

if status is-interactive
    starship init fish | source
    abbr -a g git
    abbr -a k kubectl
end

set -gx @var@ "@val@"
""", var=var, val=v.lit)


@pos("launchd_plist_env", ["telegram", "hass", "github", "ntfy", "pushover_user", "openai"], "data")
def _(r, v, P):
    user = pick(r, USERS)
    label = "com.%s.%s" % (user, pick(r, ["backup-notify", "morning-digest", "sitecheck", "sync"]))
    var = nm(r, [P["env"]], ["AUTH", "TOKEN_1"])
    return pick(r, ["Library/LaunchAgents/", "launchd/", "macos/LaunchAgents/"]) + label + ".plist", PLIST_HEAD + T("""
<dict>
	<key>Label</key>
	<string>@label@</string>
	<key>ProgramArguments</key>
	<array>
		<string>/usr/bin/python3</string>
		<string>/Users/@user@/bin/@script@</string>
	</array>
	<key>EnvironmentVariables</key>
	<dict>
		<key>PATH</key>
		<string>/opt/homebrew/bin:/usr/bin:/bin</string>
		<key>@var@</key>
		<string>@val@</string>
	</dict>
	<key>StartCalendarInterval</key>
	<dict>
		<key>Hour</key>
		<integer>@h@</integer>
		<key>Minute</key>
		<integer>@m@</integer>
	</dict>
	<key>StandardOutPath</key>
	<string>/tmp/@label@.out</string>
	<key>StandardErrorPath</key>
	<string>/tmp/@label@.err</string>
</dict>
</plist>
""", label=label, user=user, script=pick(r, ["digest.py", "notify.py", "check.py"]), var=var, val=xesc(v.lit),
        h=str(r.randint(0, 23)), m=str(r.randint(0, 59)))


@pos("dot_netrc", ["github", "pw_nas", "pw_router", "pw_personal"], "data")
def _(r, v, P):
    user = pick(r, USERS)
    host = {"github": "api.github.com", "pw_nas": pick(r, ["nas.local", "diskstation.local"]),
            "pw_router": lan(r), "pw_personal": pick(r, ["ftp.%s.net" % user, "webdav.%s.de" % user])}[P["key"]]
    return pick(r, [".netrc", "netrc", "home/.netrc"]), T("""
machine @host@
  login @user@
  password @val@

default login anonymous password @user@@example.org
""", host=host, user=user, val=v.lit if v.lit else '""')


@pos("gh_hosts_yml", ["github"], "data")
def _(r, v, P):
    user = pick(r, USERS)
    val = v.lit if v.lit else '""'
    if chance(r, 0.5):
        return pick(r, [".config/gh/hosts.yml", "gh/hosts.yml"]), T("""
github.com:
    git_protocol: ssh
    oauth_token: @val@
    user: @user@
""", user=user, val=val)
    return pick(r, [".config/hub", "hub/config"]), T("""
github.com:
- user: @user@
  oauth_token: @val@
  protocol: https
""", user=user, val=val)


@pos("ps1_profile_env", ["openai", "github", "notion", "todoist"], "ps1")
def _(r, v, P):
    var = nm(r, [P["env"]], ["MY_KEY", "TOKEN2"])
    return pick(r, ["Documents/PowerShell/Microsoft.PowerShell_profile.ps1", "powershell/profile.ps1", "windows/Microsoft.PowerShell_profile.ps1"]), T("""
Import-Module PSReadLine
Set-PSReadLineOption -EditMode Emacs -PredictionSource History
Invoke-Expression (&starship init powershell)

function which($name) { Get-Command $name | Select-Object -ExpandProperty Definition }
Set-Alias ll Get-ChildItem

$env:@var@ = @val@
""", var=var, val=v.q())


@pos("log_curl_verbose", ["hass", "todoist", "notion", "github", "ntfy"], "data")
def _(r, v, P):
    k = P["key"]
    host = {"hass": "homeassistant.local:8123", "todoist": "api.todoist.com", "notion": "api.notion.com",
            "github": "api.github.com", "ntfy": "ntfy.sh"}[k]
    path = {"hass": "/api/states", "todoist": "/rest/v2/tasks", "notion": "/v1/search", "github": "/user", "ntfy": "/" + pick(r, TOPICS)}[k]
    scheme = "Bearer" if k != "github" else "token"
    ts = epoch(r)
    return pick(r, ["logs/", "cron/logs/", "bin/"]) + pick(r, ["cron.log", "debug.log", "sync.log"]), T("""
[@t1@] starting sync
*   Trying @ip@:443...
* Connected to @host@ (@ip@) port 443
> @meth@ @path@ HTTP/2
> Host: @host@
> User-Agent: curl/8.4.0
> Accept: */*
> Authorization: @scheme@ @val@
>
< HTTP/2 200
< content-type: application/json
< date: Tue, 12 Mar 2024 07:30:02 GMT
<
* Connection #0 to host @host@ left intact
[@t2@] sync done (@n@ items)
""", t1=str(ts), t2=str(ts + r.randint(1, 30)), ip="%d.%d.%d.%d" % (r.randint(3, 220), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
        host=host, meth=pick(r, ["GET", "POST"]), path=path, scheme=scheme, val=v.lit, n=str(r.randint(0, 80)))


# ----------------------------------------------------------------------------
# look-alike negative templates: f(r) -> (relpath, text, provider, kind)
# ----------------------------------------------------------------------------
NEG = []


def neg(name):
    def deco(f):
        NEG.append(dict(name=name, f=f))
        return f
    return deco


def b64data(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def wrap(s, w):
    return "\n".join(s[i:i + w] for i in range(0, len(s), w))


@neg("keychain_xbar")
def _(r):
    svc = pick(r, ["todoist", "github", "home-assistant", "ntfy", "openai"])
    return bar_dir(r) + "%s.5m.sh" % svc, "#!/bin/bash\n" + bar_meta(r, svc + " status", "curl,jq") + T("""

# token lives in the login keychain:
#   security add-generic-password -a "$USER" -s @svc@ -w
TOKEN="$(security find-generic-password -a "$USER" -s @svc@ -w 2>/dev/null)"
if [ -z "$TOKEN" ]; then
  echo "⚠︎ | color=orange"; echo "---"; echo "No @svc@ token in keychain"; exit 0
fi
count=$(curl -s -H "Authorization: Bearer $TOKEN" "@url@" | /opt/homebrew/bin/jq length)
echo "@icon@ $count"
""", svc=svc, url={"todoist": "https://api.todoist.com/rest/v2/tasks?filter=today", "github": "https://api.github.com/notifications",
                   "home-assistant": "http://homeassistant.local:8123/api/states", "ntfy": "https://ntfy.sh/%s/json?poll=1" % pick(r, TOPICS),
                   "openai": "https://api.openai.com/v1/models"}[svc], icon=pick(r, ["☑", "●", "⌂", "✉"])), svc, "keychain_lookup"


@neg("op_read_sh")
def _(r):
    item = pick(r, ["Pushover", "Telegram Bot", "Todoist", "Notion", "Home Assistant"])
    return sh_dir(r) + pick(r, ["notify", "push.sh", "tg-send"]), T("""
#!/usr/bin/env bash
# secrets come from 1Password; needs `op signin` once per session
set -euo pipefail

TOKEN="$(op read "op://Personal/@item@/credential")"
USER_KEY="$(op read "op://Personal/@item@/user key")"
VAULT_ITEM="op://Personal/@item@"

# alternative: op run --env-file=~/.config/op/@slug@.env -- ./push.sh "hi"
msg="${1:-ping from $(hostname -s)}"
echo "sending via ${VAULT_ITEM} ..."
curl -s --form-string "token=${TOKEN}" --form-string "user=${USER_KEY}" \\
     --form-string "message=${msg}" https://api.pushover.net/1/messages.json > /dev/null
""", item=item, slug=item.lower().replace(" ", "-")), item.lower().replace(" ", "-"), "secret_manager_reference"


@neg("pass_bw_secret_tool")
def _(r):
    return sh_dir(r) + pick(r, ["secrets.sh", "lib/secrets.sh", "load-keys"]), T("""
#!/usr/bin/env bash
# source me: pulls API keys from whatever secret store this machine has
get_secret() {
  local name="$1"
  if command -v security >/dev/null; then
    security find-generic-password -s "$name" -w 2>/dev/null && return
  fi
  if command -v secret-tool >/dev/null; then
    secret-tool lookup service "$name" && return
  fi
  if command -v pass >/dev/null; then
    pass show "api/$name" | head -n1 && return
  fi
  bw get password "$name" --session "${BW_SESSION:?run bw unlock}"
}

export OPENAI_API_KEY="$(get_secret openai)"
export TODOIST_API_TOKEN="$(get_secret todoist)"
export NTFY_TOKEN="$(get_secret ntfy)"
export HASS_TOKEN="$(get_secret home-assistant)"
"""), "multiple", "secret_manager_reference"


@neg("ahk_envget_clsid")
def _(r):
    return ahk_dir(r) + pick(r, ["main.ahk", "Hotkeys.ahk", "desktop.ahk"]), T("""
#Requires AutoHotkey v2.0
#SingleInstance Force
SetTitleMatchMode 2

Token := EnvGet("TODOIST_API_TOKEN")      ; set via  setx TODOIST_API_TOKEN ...
if (Token = "")
    MsgBox "TODOIST_API_TOKEN is not set", "Hotkeys", "Icon!"

; open special folders by CLSID
#e::Run "explorer.exe ::{20D04FE0-3AEA-1069-A2D8-08002B30309D}"    ; This PC
#+r::Run "explorer.exe ::{645FF040-5081-101B-9F08-00AA002F954E}"   ; Recycle Bin
#n::Run "explorer.exe shell:::{F02C1A0D-BE21-4350-88B0-7367FC96EF3C}" ; Network

#HotIf WinActive("ahk_exe chrome.exe")
^+d::Send "^l" "chrome://downloads{Enter}"
#HotIf WinActive("ahk_class CabinetWClass")
F2::Send "{F2}^a"
#HotIf

; window handle of the last active Spotify window, e.g. ahk_id 0x@hwnd@
^!Space::ControlSend "{Space}",, "ahk_exe Spotify.exe"
CapsLock::Ctrl
""", hwnd=hexs(r, 5)), "none", "hotkeys_clsid"


@neg("au3_gui_colors")
def _(r):
    return au3_dir(r) + pick(r, ["Launcher.au3", "QuickBar.au3"]), T("""
#include <GUIConstantsEx.au3>
#include <WindowsConstants.au3>

Global Const $COLOR_BG = 0x@c1@
Global Const $COLOR_FG = 0x@c2@
Global $sToken = EnvGet("TELEGRAM_BOT_TOKEN")
Global $sOffice = RegRead("HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{@guid@}", "DisplayVersion")

Global $hGui = GUICreate("Launcher", 320, 90, -1, -1, $WS_POPUP, $WS_EX_TOPMOST)
GUISetBkColor($COLOR_BG)
Global $idInput = GUICtrlCreateInput("", 10, 10, 300, 30)
GUICtrlSetColor($idInput, $COLOR_FG)
Global $idStatus = GUICtrlCreateLabel("Office " & $sOffice, 10, 50, 300, 30)
HotKeySet("#{SPACE}", "_Show")
GUISetState(@SW_HIDE)

While 1
    Switch GUIGetMsg()
        Case $GUI_EVENT_CLOSE
            Exit
    EndSwitch
WEnd

Func _Show()
    GUISetState(@SW_SHOW, $hGui)
EndFunc
""", c1=hexs(r, 6, True), c2=hexs(r, 6, True), guid=uid(r, True)), "none", "colors_guids"


@neg("km_uuids")
def _(r):
    acts = []
    for _ in range(r.randint(2, 4)):
        acts.append(km_action(r, "ExecuteMacro", T("""
					<key>Asynchronously</key>
					<false/>
					<key>MacroUID</key>
					<string>@m@</string>
					<key>TimeOutAbortsMacro</key>
					<true/>
					<key>UseParameter</key>
					<false/>""", m=uid(r, True))))
    acts.append(km_action(r, "ActivateApplication", T("""
					<key>AllWindows</key>
					<true/>
					<key>Application</key>
					<dict>
						<key>BundleIdentifier</key>
						<string>@bid@</string>
						<key>Name</key>
						<string>@app@</string>
						<key>NewFile</key>
						<string>/Applications/@app@.app</string>
					</dict>""", bid=pick(r, ["com.apple.Safari", "com.tinyspeck.slackmacgap", "md.obsidian", "com.spotify.client"]),
                                                                app=pick(r, ["Safari", "Slack", "Obsidian", "Spotify"]))))
    name = pick(r, ["Morning Setup", "Focus Mode", "Start Work", "Meeting Layout"])
    return km_path(r, name.replace(" ", "_")), km_wrap(r, "Workflows", name, "\n".join(acts)), "keyboard-maestro", "uuids"


@neg("alfred_plist_plain")
def _(r):
    a, b, c = uid(r, True), uid(r, True), uid(r, True)
    return alfred_dir(r) + pick(r, ["open-project/", "ws/", uid(r, True) + "/"]) + "info.plist", PLIST_HEAD + T("""
<dict>
	<key>bundleid</key>
	<string>com.@user@.open-project</string>
	<key>connections</key>
	<dict>
		<key>@a@</key>
		<array>
			<dict>
				<key>destinationuid</key>
				<string>@b@</string>
				<key>modifiers</key>
				<integer>0</integer>
			</dict>
			<dict>
				<key>destinationuid</key>
				<string>@c@</string>
				<key>modifiers</key>
				<integer>1048576</integer>
			</dict>
		</array>
	</dict>
	<key>name</key>
	<string>Open Project</string>
	<key>variables</key>
	<dict>
		<key>editor</key>
		<string>com.microsoft.VSCode</string>
		<key>projects_dir</key>
		<string>~/code</string>
		<key>api_token</key>
		<string></string>
	</dict>
	<key>variablesdontexport</key>
	<array>
		<string>api_token</string>
	</array>
	<key>version</key>
	<string>1.@v@</string>
</dict>
</plist>
""", user=pick(r, USERS), a=a, b=b, c=c, v=str(r.randint(0, 9))), "alfred", "uuids_empty_var"


@neg("shortcut_identifiers")
def _(r):
    acts = []
    for ident in ["is.workflow.actions.getcurrentlocation", "is.workflow.actions.weather.currentconditions",
                  "is.workflow.actions.setvariable", "com.apple.mobilenotes.SharingExtension", "is.workflow.actions.openurl"]:
        acts.append({"WFWorkflowActionIdentifier": ident,
                     "WFWorkflowActionParameters": {"UUID": uid(r, True), "GroupingIdentifier": uid(r, True)}})
    acts[2]["WFWorkflowActionParameters"]["WFVariableName"] = "Weather"
    acts[4]["WFWorkflowActionParameters"]["WFInput"] = "shortcuts://run-shortcut?name=Log%20Weather"
    doc = {"WFWorkflowActions": acts, "WFWorkflowClientVersion": "2605.0.5",
           "WFWorkflowIcon": {"WFWorkflowIconGlyphNumber": r.randint(59000, 62000), "WFWorkflowIconStartColor": pick(r, [4282601983, 463140863])},
           "WFWorkflowImportQuestions": [], "WFWorkflowTypes": ["WFWorkflowTypeShowInSearch"],
           "WFQuickActionSurfaces": [], "WFWorkflowHasShortcutInputVariables": False,
           "source": "https://www.icloud.com/shortcuts/" + hexs(r, 32)}
    return pick(r, ["shortcuts/", "ios/shortcuts/"]) + pick(r, ["Weather-Log", "Morning", "Commute"]) + ".shortcut.json", \
        json.dumps(doc, indent=2) + "\n", "apple-shortcuts", "identifiers"


@neg("hs_hue_ids")
def _(r):
    mac = ":".join(hexs(r, 2) for _ in range(5))
    return hs_path(r), T("""
-- Hue: username is stored with  hs.settings.set("hue_user", "...")  in the console
local hue = {
  bridge   = "@ip@",
  bridgeId = "001788FFFE@bid@",
  user     = hs.settings.get("hue_user"),
  lights   = {
    desk  = { id = 5, uniqueid = "00:17:88:01:@mac@-0b" },
    shelf = { id = 7, uniqueid = "00:17:88:01:@mac2@-0b" },
  },
  colors   = { focus = "#@c1@", relax = "#@c2@", night = "#@c3@" },
}

local function hex2xy(hex)
  local r, g, b = tonumber(hex:sub(2, 3), 16) / 255, tonumber(hex:sub(4, 5), 16) / 255, tonumber(hex:sub(6, 7), 16) / 255
  local X, Y, Z = r * 0.649926 + g * 0.103455 + b * 0.197109, r * 0.234327 + g * 0.743075 + b * 0.022598, g * 0.053077 + b * 1.035763
  return { X / (X + Y + Z), Y / (X + Y + Z) }
end

hs.hotkey.bind({ "cmd", "alt" }, "1", function()
  local url = string.format("http://%s/api/%s/lights/%d/state", hue.bridge, hue.user, hue.lights.desk.id)
  hs.http.asyncPut(url, hs.json.encode({ on = true, xy = hex2xy(hue.colors.focus) }), nil, function() end)
end)
""", ip=lan(r), bid=hexs(r, 6, True), mac=mac, mac2=":".join(hexs(r, 2) for _ in range(5)),
        c1=hexs(r, 6, True), c2=hexs(r, 6), c3=hexs(r, 6, True)), "philips-hue", "device_ids_colors"


@neg("hue_bridge_json")
def _(r):
    lights = {}
    for i in range(1, r.randint(3, 6)):
        lights[str(i)] = {"state": {"on": chance(r, 0.5), "bri": r.randint(1, 254), "ct": r.randint(153, 454), "reachable": True},
                          "type": "Extended color light", "name": pick(r, ["Desk", "Shelf", "Hallway", "Ceiling", "Reading"]) + " " + str(i),
                          "modelid": pick(r, ["LCT015", "LCA001", "LTW012"]), "manufacturername": "Signify Netherlands B.V.",
                          "uniqueid": "00:17:88:01:%s-0b" % ":".join(hexs(r, 2) for _ in range(4)),
                          "swversion": "1.%d.%d" % (r.randint(50, 122), r.randint(1, 9)), "productid": "Philips-LCA001-1-A19ECLv6"}
    doc = {"_comment": "GET /api/<user>/lights dump, for reference", "bridge": {"id": "001788fffe" + hexs(r, 6), "internalipaddress": lan(r),
                                                                             "mac": "ec:b5:fa:" + ":".join(hexs(r, 2) for _ in range(3))},
           "lights": lights}
    return pick(r, ["notes/", "hammerspoon/data/", "docs/"]) + "hue-lights.json", json.dumps(doc, indent=2) + "\n", "philips-hue", "device_ids"


@neg("tasker_plain")
def _(r):
    tid = r.randint(2, 300)
    acts = [tasker_http(0, "1", "http://homeassistant.local:8123/api/services/script/turn_on",
                        "Authorization:Bearer %HassToken\nContent-Type:application/json", '{"entity_id":"script.goodnight"}'),
            tasker_action(1, 547, [("s", "%LastNight"), ("s", "%TIMES"), ("i", "0"), ("i", "0"), ("i", "0"), ("i", "3")]),
            tasker_action(2, 877, [("s", "android.intent.action.VIEW"), ("s", ""), ("s", ""), ("s", ""), ("s", "net.dinglisch.android.taskerm"), ("i", "0")])]
    return tasker_path(r, "Goodnight", ".tsk.xml"), T("""
<TaskerData sr="" dvi="1" tv="6.3.13">
@task@
</TaskerData>
""", task=tasker_task(r, tid, "Goodnight", acts)), "tasker", "variable_reference"


@neg("espanso_plain")
def _(r):
    return esp_path(r, pick(r, ["base", "util", "misc"])), T("""
matches:
  - trigger: ":now"
    replace: "{{time}}"
    vars:
      - name: time
        type: date
        params:
          format: "%H:%M"

  - trigger: ":uuid"
    replace: "{{id}}"
    vars:
      - name: id
        type: shell
        params:
          cmd: "uuidgen | tr A-Z a-z"

  - trigger: ":ip"
    replace: "{{ip}}"
    vars:
      - name: ip
        type: shell
        params:
          cmd: "curl -s https://ifconfig.me"

  - trigger: ":tok"
    replace: "{{t}}"
    vars:
      - name: t
        type: shell
        params:
          cmd: "security find-generic-password -s github -w"

  - trigger: ":sig"
    replace: "Best,\\n@name@"
""", name=pick(r, USERS).title()), "espanso", "keychain_lookup"


@neg("karabiner_devices")
def _(r):
    doc = {"global": {"check_for_updates_on_startup": True, "show_in_menu_bar": False},
           "profiles": [{"name": "Default profile", "selected": True,
                         "complex_modifications": {"parameters": {"basic.to_if_alone_timeout_milliseconds": 200},
                                                   "rules": [{"description": "Right Command → Hyper",
                                                              "manipulators": [{"type": "basic", "from": {"key_code": "right_command"},
                                                                                "to": [{"key_code": "left_shift", "modifiers": ["left_command", "left_control", "left_option"]}]}]},
                                                             {"description": "Hyper+T opens iTerm",
                                                              "manipulators": [{"type": "basic", "from": {"key_code": "t", "modifiers": {"mandatory": ["left_shift", "left_command", "left_control", "left_option"]}},
                                                                                "to": [{"shell_command": "open -b com.googlecode.iterm2"}],
                                                                                "conditions": [{"type": "frontmost_application_unless", "bundle_identifiers": ["^com\\.googlecode\\.iterm2$"]}]}]}]},
                         "devices": [{"identifiers": {"is_keyboard": True, "product_id": r.randint(100, 60000), "vendor_id": r.randint(100, 60000)},
                                      "simple_modifications": [{"from": {"key_code": "caps_lock"}, "to": [{"key_code": "escape"}]}]}],
                         "virtual_hid_keyboard": {"country_code": 0, "keyboard_type_v2": "ansi"}}]}
    return pick(r, [".config/karabiner/karabiner.json", "karabiner/karabiner.json"]), json.dumps(doc, indent=4, ensure_ascii=False) + "\n", "karabiner", "device_ids"


@neg("btt_icon_data")
def _(r):
    trig = {"BTTTriggerType": 630, "BTTTriggerClass": "BTTTriggerTypeTouchBar", "BTTPredefinedActionType": 49,
            "BTTPredefinedActionName": "Launch Application / Open File / Start Apple Script …",
            "BTTLaunchPath": "file:///Applications/Spotify.app/", "BTTUUID": uid(r, True), "BTTEnabled": 1,
            "BTTIconData": b64data(r, r.randint(300, 700)), "BTTTouchBarButtonName": "Spotify",
            "BTTTouchBarButtonColor": "%f, %f, %f, 255.000000" % (r.uniform(0, 255), r.uniform(0, 255), r.uniform(0, 255))}
    return btt_path(r), btt_doc(r, [trig]), "bettertouchtool", "icon_base64"


@neg("streamdeck_manifest")
def _(r):
    user = pick(r, USERS)
    base = "com.%s.%s" % (user, pick(r, ["homeassistant", "obs-scenes", "timer"]))
    doc = {"Actions": [{"Icon": "images/action", "Name": "Toggle", "States": [{"Image": "images/off"}, {"Image": "images/on"}],
                        "SupportedInMultiActions": True, "Tooltip": "Toggle an entity", "UUID": base + ".toggle"},
                       {"Icon": "images/scene", "Name": "Scene", "States": [{"Image": "images/scene"}], "UUID": base + ".scene"}],
           "Author": user, "CodePath": "bin/plugin.js", "Description": "Personal plugin", "Name": "Home", "Icon": "images/plugin",
           "URL": "https://github.com/%s/dotfiles" % user, "Version": "0.%d.0" % r.randint(1, 9), "SDKVersion": 2,
           "Software": {"MinimumVersion": "6.4"}, "OS": [{"Platform": "mac", "MinimumVersion": "12"}, {"Platform": "windows", "MinimumVersion": "10"}],
           "Nodejs": {"Version": "20", "Debug": "enabled"}, "UUID": base}
    return "streamdeck/plugins/%s.sdPlugin/manifest.json" % base, json.dumps(doc, indent=2) + "\n", "stream-deck", "identifiers"


@neg("raycast_keychain")
def _(r):
    return rc_dir(r) + pick(r, ["ha-scene.sh", "todo-count.sh", "lights-off.sh"]), T("""
#!/bin/bash

# @raycast.schemaVersion 1
# @raycast.title Lights Off
# @raycast.mode silent
# @raycast.icon 💡
# @raycast.packageName Home
# @raycast.author @user@
# @raycast.authorURL https://github.com/@user@

TOKEN=$(security find-generic-password -s "home-assistant" -a "$USER" -w) || {
  echo "add the token with: security add-generic-password -s home-assistant -a \\$USER -w"; exit 1; }

curl -s -X POST -H "Authorization: Bearer ${TOKEN}" -H "Content-Type: application/json" \\
  -d '{"area_id": "living_room"}' http://homeassistant.local:8123/api/services/light/turn_off > /dev/null
echo "Lights off"
""", user=pick(r, USERS)), "homeassistant", "keychain_lookup"


@neg("scriptable_keychain")
def _(r):
    key = pick(r, ["todoist_token", "ha_token", "notion_secret"])
    return scriptable_path(r, pick(r, ["Setup Keys", "Widget", "Today"])), T("""
// icon-color: blue; icon-glyph: key;
// first run: asks for the token and stores it in the iOS keychain
const KEY = "@key@";
if (!Keychain.contains(KEY)) {
  const a = new Alert();
  a.title = "API token";
  a.addSecureTextField("token", "");
  a.addAction("Save");
  await a.present();
  Keychain.set(KEY, a.textFieldValue(0));
}
const token = Keychain.get(KEY);
const req = new Request("https://api.todoist.com/rest/v2/projects");
req.headers = { Authorization: `Bearer ${token}` };
const projects = await req.loadJSON();
log(projects.map(p => `${p.id}  ${p.name}  ${p.color}`).join("\\n"));
Script.complete();
""", key=key), "todoist", "keychain_lookup"


@neg("ubersicht_colors")
def _(r):
    pal = [hexs(r, 6) for _ in range(6)]
    return pick(r, ["ubersicht/widgets/", "widgets/"]) + pick(r, ["clock", "spaces", "battery"]) + ".jsx", T("""
export const command = "date +'%a %d %b  %H:%M'; pmset -g batt | grep -Eo '[0-9]+%'";
export const refreshFrequency = 10000;

const theme = {
  base: "#@p0@", text: "#@p1@", accent: "#@p2@",
  warn: "#@p3@", ok: "#@p4@", muted: "#@p5@",
};

export const className = `
  top: 8px; left: 50%; transform: translateX(-50%);
  color: ${theme.text}; background: ${theme.base}cc;
  font: 12px "JetBrains Mono"; padding: 3px 12px; border-radius: 8px;
`;

export const render = ({ output }) => {
  const [clock, batt] = (output || "").trim().split("\\n");
  const pct = parseInt(batt, 10);
  return <span>{clock} <b style={{ color: pct < 20 ? theme.warn : theme.ok }}>{batt}</b></span>;
};
""", p0=pal[0], p1=pal[1], p2=pal[2], p3=pal[3], p4=pal[4], p5=pal[5]), "none", "color_codes"


@neg("lazy_lock_shas")
def _(r):
    plugins = ["lazy.nvim", "telescope.nvim", "nvim-treesitter", "gitsigns.nvim", "which-key.nvim", "mini.nvim",
               "conform.nvim", "nvim-lspconfig", "oil.nvim", "catppuccin", "lualine.nvim", "blink.cmp"]
    n = r.randint(6, len(plugins))
    d = {p: {"branch": pick(r, ["main", "master"]), "commit": hexs(r, 40)} for p in sorted(plugins[:n])}
    body = "{\n" + ",\n".join('  "%s": { "branch": "%s", "commit": "%s" }' % (k, x["branch"], x["commit"]) for k, x in d.items()) + "\n}\n"
    return pick(r, [".config/nvim/lazy-lock.json", "nvim/lazy-lock.json"]), body, "none", "git_sha"


@neg("brewfile_lock")
def _(r):
    ents = {}
    for f in ["jq", "ripgrep", "fzf", "starship", "zoxide", "eza", "gh", "mas"][:r.randint(3, 8)]:
        ents[f] = {"version": "%d.%d.%d" % (r.randint(0, 15), r.randint(0, 30), r.randint(0, 9)),
                   "bottle": {"rebuild": 0, "root_url": "https://ghcr.io/v2/homebrew/core",
                              "files": {"arm64_sonoma": {"cellar": ":any_skip_relocation",
                                                         "url": "https://ghcr.io/v2/homebrew/core/%s/blobs/sha256:%s" % (f, hexs(r, 64)),
                                                         "sha256": hexs(r, 64)}}}}
    doc = {"entries": {"brew": ents, "cask": {"hammerspoon": {"version": "1.0.0", "options": {"full_name": "hammerspoon"}}}},
           "system": {"macos": {"sonoma": {"HOMEBREW_VERSION": "4.3.%d" % r.randint(0, 20), "CLT": "15.%d" % r.randint(0, 3)}}}}
    return pick(r, ["Brewfile.lock.json", "homebrew/Brewfile.lock.json"]), json.dumps(doc, indent=2) + "\n", "homebrew", "sha256_digest"


@neg("install_sha256sums")
def _(r):
    tools = [("espanso", "espanso-mac-arm.zip"), ("swiftbar", "SwiftBar.zip"), ("hammerspoon", "Hammerspoon-1.0.0.zip"), ("ahk", "AutoHotkey_2.0.18_setup.exe")]
    lines = "\n".join('  ["%s"]="%s"' % (t, hexs(r, 64)) for t, _ in tools)
    return pick(r, ["install.sh", "bootstrap.sh", "setup/mac.sh"]), T("""
#!/usr/bin/env bash
# downloads a few tools that are not in Homebrew and checks them against pinned digests
set -euo pipefail

declare -A SHA256=(
@lines@
)

fetch() {
  local name="$1" url="$2" file
  file="$(mktemp -d)/$(basename "$url")"
  curl -fsSL -o "$file" "$url"
  echo "${SHA256[$name]}  $file" | shasum -a 256 -c -
  echo "$file"
}

fetch espanso "https://github.com/espanso/espanso/releases/latest/download/Espanso-Mac-Apple.zip"
""", lines=lines), "none", "sha256_digest"


@neg("launchd_plain")
def _(r):
    user = pick(r, USERS)
    label = "com.%s.%s" % (user, pick(r, ["dotfiles-sync", "wallpaper", "cleanup-downloads"]))
    return pick(r, ["Library/LaunchAgents/", "launchd/"]) + label + ".plist", PLIST_HEAD + T("""
<dict>
	<key>Label</key>
	<string>@label@</string>
	<key>ProgramArguments</key>
	<array>
		<string>/bin/zsh</string>
		<string>-lc</string>
		<string>~/bin/@script@</string>
	</array>
	<key>EnvironmentVariables</key>
	<dict>
		<key>OP_SERVICE_ACCOUNT_TOKEN_FILE</key>
		<string>/Users/@user@/.config/op/token-file</string>
		<key>NTFY_TOPIC</key>
		<string>@topic@</string>
	</dict>
	<key>StartInterval</key>
	<integer>@iv@</integer>
	<key>RunAtLoad</key>
	<true/>
</dict>
</plist>
""", label=label, script=pick(r, ["sync.sh", "wall.sh", "clean.sh"]), user=user, topic=pick(r, TOPICS), iv=str(pick(r, [900, 3600, 21600]))), "launchd", "config_no_secret"


def ssh_pub(r, user):
    kind = pick(r, ["ssh-ed25519", "ssh-ed25519", "ssh-rsa"])
    if kind == "ssh-ed25519":
        blob = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(r, 32)).decode()
    else:
        blob = base64.b64encode(b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x01\x00" + rbytes(r, 256)).decode()
    return "%s %s %s@%s" % (kind, blob, user, pick(r, HOSTS))


@neg("ssh_public_keys")
def _(r):
    user = pick(r, USERS)
    if chance(r, 0.5):
        return pick(r, ["ssh/allowed_signers", ".config/git/allowed_signers"]), "\n".join(
            "%s@%s namespaces=\"git\" %s" % (user, pick(r, ["fastmail.com", "gmail.com"]), ssh_pub(r, user)) for _ in range(r.randint(1, 3))) + "\n", "ssh", "public_key"
    return pick(r, ["ssh/authorized_keys", ".ssh/authorized_keys", "ssh/id_ed25519.pub"]), "\n".join(ssh_pub(r, user) for _ in range(r.randint(1, 3))) + "\n", "ssh", "public_key"


@neg("gpg_public_key")
def _(r):
    body = wrap(b64data(r, r.randint(400, 800)), 64)
    crc = base64.b64encode(rbytes(r, 3)).decode()
    return pick(r, ["gpg/public.asc", "keys/%s.asc" % pick(r, USERS), ".gnupg/pubkey.asc"]), \
        "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + body + "\n=" + crc + "\n-----END PGP PUBLIC KEY BLOCK-----\n", "gpg", "public_key"


@neg("gitconfig_signing")
def _(r):
    user = pick(r, USERS)
    return pick(r, [".gitconfig", "git/config", ".config/git/config"]), T("""
[user]
	name = @name@
	email = @user@@users.noreply.github.com
	signingkey = @key@
[commit]
	gpgsign = true
[gpg]
	format = @fmt@
[credential]
	helper = osxkeychain
[credential "https://github.com"]
	helper = !/opt/homebrew/bin/gh auth git-credential
[url "git@github.com:"]
	insteadOf = https://github.com/
[init]
	defaultBranch = main
[pull]
	rebase = true
""", name=user.title(), user="%d+%s" % (r.randint(100000, 99999999), user), key=pick(r, [hexs(r, 16, True), "~/.ssh/id_ed25519.pub"]),
        fmt=pick(r, ["openpgp", "ssh"])), "github", "signing_key_id"


@neg("md_spotify_telegram_ids")
def _(r):
    return pick(r, ["notes/", "docs/"]) + pick(r, ["music-hotkeys.md", "ids.md", "reference.md"]), T("""
# IDs I keep needing

## Spotify (used by hammerspoon/spotify.lua)

| what | uri |
|------|-----|
| Focus playlist | `spotify:playlist:@p1@` |
| Morning | `spotify:playlist:@p2@` |
| Rain sounds | `spotify:track:@t1@` |
| Artist radio | `https://open.spotify.com/artist/@a1@` |

## Telegram

- notes chat id: `@chat@`
- family group: `-100@grp@`
- bot username: `@@bot@_bot`

## Pushover devices

`iphone`, `ipad`, `@host@` (sound: `@sound@`)
""", p1=rs(r, ALNUM, 22), p2=rs(r, ALNUM, 22), t1=rs(r, ALNUM, 22), a1=rs(r, ALNUM, 22), chat=str(r.randint(10000000, 999999999)),
        grp=rs(r, DIG, 10), bot=pick(r, USERS), host=pick(r, HOSTS), sound=pick(r, ["cosmic", "pushover", "siren", "none"])), "spotify", "public_ids"


@neg("notion_ids_env_token")
def _(r):
    return sh_dir(r) + pick(r, ["notion_sync.py", "reading_log.py"]), T("""
#!/usr/bin/env python3
import json
import os
import urllib.request

NOTION_TOKEN = os.environ["NOTION_TOKEN"]          # exported from ~/.config/zsh/local.zsh
NOTION_DATABASE_ID = "@db@"
NOTION_PAGE_ID = "@page@"
TEMPLATE_BLOCK = "@blk@"


def query(db):
    req = urllib.request.Request(f"https://api.notion.com/v1/databases/{db}/query", method="POST", data=b"{}",
                                 headers={"Authorization": f"Bearer {NOTION_TOKEN}", "Notion-Version": "2022-06-28",
                                          "Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(req))["results"]


for row in query(NOTION_DATABASE_ID):
    print(row["id"], row["properties"]["Name"]["title"][0]["plain_text"])
""", db=hexs(r, 32), page=uid(r), blk=hexs(r, 32)), "notion", "public_ids"


@neg("todoist_ids")
def _(r):
    return sh_dir(r) + pick(r, ["todoist_projects.py", "weekly_review.py"]), T("""
#!/usr/bin/env python3
# weekly review: moves finished "Errands" items to the archive project
import subprocess
import requests

TOKEN = subprocess.check_output(["security", "find-generic-password", "-s", "todoist", "-w"], text=True).strip()
PROJECTS = {"inbox": "@p1@", "errands": "@p2@", "archive": "@p3@"}
SECTION_DONE = "@s1@"
LABEL_IDS = [@l1@, @l2@]

s = requests.Session()
s.headers["Authorization"] = f"Bearer {TOKEN}"
tasks = s.get("https://api.todoist.com/rest/v2/tasks", params={"project_id": PROJECTS["errands"]}).json()
for t in tasks:
    if t.get("section_id") == SECTION_DONE:
        s.post(f"https://api.todoist.com/rest/v2/tasks/{t['id']}/close")
""", p1=str(r.randint(2200000000, 2399999999)), p2=str(r.randint(2200000000, 2399999999)), p3=str(r.randint(2200000000, 2399999999)),
        s1=str(r.randint(100000000, 199999999)), l1=str(r.randint(2150000000, 2199999999)), l2=str(r.randint(2150000000, 2199999999))), "todoist", "public_ids"


@neg("hass_device_ids")
def _(r):
    return hs_path(r, pick(r, ["home.lua", "modules/ha.lua"])), T("""
-- token comes from the environment (launchctl setenv HASS_TOKEN ... in ~/.zprofile)
local HA = { url = "http://homeassistant.local:8123", token = os.getenv("HASS_TOKEN") }

local devices = {
  deskPlug   = { device_id = "@d1@", entity = "switch.desk_plug" },
  airPurifier = { device_id = "@d2@", entity = "fan.purifier" },
  doorSensor = { device_id = "@d3@", entity = "binary_sensor.front_door" },
}

local function call(domain, service, entity)
  hs.http.asyncPost(HA.url .. "/api/services/" .. domain .. "/" .. service, hs.json.encode({ entity_id = entity }),
    { Authorization = "Bearer " .. (HA.token or ""), ["Content-Type"] = "application/json" }, function() end)
end

hs.hotkey.bind({ "ctrl", "alt" }, "P", function() call("switch", "toggle", devices.deskPlug.entity) end)
""", d1=hexs(r, 32), d2=hexs(r, 32), d3=hexs(r, 32)), "homeassistant", "device_ids"


@neg("telegram_updates_log")
def _(r):
    ups = []
    uid0 = r.randint(100000000, 999999999)
    for i in range(r.randint(2, 4)):
        ups.append({"update_id": uid0 + i, "message": {"message_id": r.randint(1, 9000),
                    "from": {"id": r.randint(10000000, 999999999), "is_bot": False, "first_name": pick(r, USERS).title()},
                    "chat": {"id": r.randint(10000000, 999999999), "type": "private"}, "date": epoch(r),
                    "photo": [{"file_id": "AgACAgQAAxkBAAI" + rs(r, URLSAFE, 60), "file_unique_id": "AQAD" + rs(r, URLSAFE, 12),
                               "file_size": r.randint(1000, 90000), "width": 320, "height": 240}]}})
    return pick(r, ["logs/", "bot/", "notes/"]) + "getUpdates-sample.json", json.dumps({"ok": True, "result": ups}, indent=2) + "\n", "telegram", "file_ids"


@neg("pushover_responses")
def _(r):
    lines = []
    t = epoch(r)
    for _ in range(r.randint(4, 8)):
        t += r.randint(60, 90000)
        if chance(r, 0.3):
            lines.append('%d emergency receipt=%s status=1 request=%s' % (t, rs(r, ALNUM, 30), uid(r)))
        else:
            lines.append('%d sent "%s" status=1 request=%s' % (t, pick(r, ["backup ok", "disk 91% full", "ups on battery", "cert renewed"]), uid(r)))
    return pick(r, ["logs/pushover.log", "cron/logs/notify.log"]), "\n".join(lines) + "\n", "pushover", "request_ids"


@neg("openai_org_ids")
def _(r):
    return sh_dir(r) + pick(r, ["gpt_summarise.py", "llm.py"]), T("""
#!/usr/bin/env python3
import os
from openai import OpenAI

client = OpenAI(
    api_key=os.environ["OPENAI_API_KEY"],
    organization="org-@org@",
    project="proj_@proj@",
)

resp = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": open(os.path.expanduser("~/notes/today.md")).read()}],
)
print(resp.choices[0].message.content)
""", org=rs(r, ALNUM, 24), proj=rs(r, ALNUM, 24)), "openai", "public_ids"


@neg("spotify_pkce_client_id")
def _(r):
    return scriptable_path(r, pick(r, ["Spotify Login", "NowPlaying"])), T("""
// icon-color: green; icon-glyph: music;
// Authorization Code with PKCE: no client secret needed for a public client.
const CLIENT_ID = "@cid@";
const REDIRECT_URI = "scriptable:///run/NowPlaying";
const SCOPES = "user-read-currently-playing user-read-playback-state";

function randomString(n) {
  const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  return Array.from({ length: n }, () => chars[Math.floor(Math.random() * chars.length)]).join("");
}

const verifier = randomString(64);
Keychain.set("spotify_pkce_verifier", verifier);
const url = "https://accounts.spotify.com/authorize?response_type=code"
  + `&client_id=${CLIENT_ID}&scope=${encodeURIComponent(SCOPES)}`
  + `&redirect_uri=${encodeURIComponent(REDIRECT_URI)}&code_challenge_method=S256`;
Safari.open(url);
""", cid=hexs(r, 32)), "spotify", "client_id_public"


@neg("npm_lock_integrity")
def _(r):
    pk = {}
    for name in ["@raycast/api", "@raycast/utils", "node-fetch", "date-fns", "react"]:
        pk["node_modules/" + name] = {"version": "%d.%d.%d" % (r.randint(1, 18), r.randint(0, 90), r.randint(0, 9)),
                                      "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (name, name.split("/")[-1]),
                                      "integrity": "sha512-" + b64data(r, 64)}
    doc = {"name": pick(r, ["my-todoist", "gh-dash", "notion-capture"]), "version": "1.0.0", "lockfileVersion": 3, "requires": True,
           "packages": pk}
    return pick(r, ["raycast/extensions/", "raycast/"]) + doc["name"] + "/package-lock.json", json.dumps(doc, indent=2) + "\n", "npm", "integrity_hash"


@neg("log_redacted")
def _(r):
    t = epoch(r)
    rows = []
    for _ in range(r.randint(5, 9)):
        t += r.randint(30, 4000)
        rows.append(pick(r, [
            "%d DEBUG request POST https://api.todoist.com/rest/v2/tasks headers={'Authorization': 'Bearer [REDACTED]'}" % t,
            "%d DEBUG hs.http PUT http://%s/api/****/lights/4/state -> 200" % (t, lan(r)),
            "%d INFO  pushover token=*** user=*** -> 200 request=%s" % (t, uid(r)),
            "%d WARN  telegram sendMessage failed: 429 (url=https://api.telegram.org/bot<redacted>/sendMessage)" % t,
            "%d INFO  ntfy publish topic=%s id=%s" % (t, pick(r, TOPICS), rs(r, ALNUM, 12)),
        ]))
    return pick(r, ["logs/automation.log", "hammerspoon/console.log", "cron/logs/run.log"]), "\n".join(rows) + "\n", "multiple", "redacted_log"


@neg("ps1_getsecret")
def _(r):
    return pick(r, ["powershell/", "scripts/ps/"]) + pick(r, ["Send-Telegram.ps1", "Notify.ps1"]), T("""
#Requires -Modules Microsoft.PowerShell.SecretManagement
param([string]$Message = "Task finished on $env:COMPUTERNAME")

# one-time: Register-SecretVault -Name Local -ModuleName Microsoft.PowerShell.SecretStore
#           Set-Secret -Name TelegramBot -Secret (Read-Host -AsSecureString)
$token  = Get-Secret -Name TelegramBot -Vault Local -AsPlainText
$chatId = Get-Secret -Name TelegramChat -Vault Local -AsPlainText

Invoke-RestMethod -Method Post -Uri "https://api.telegram.org/bot$token/sendMessage" `
    -Body @{ chat_id = $chatId; text = $Message } | Out-Null
"""), "telegram", "secret_manager_reference"


@neg("as_keychain")
def _(r):
    return as_dir(r) + pick(r, ["Mount NAS.applescript", "Mount Shares.applescript"]), T("""
-- password is in the keychain ("Internet password" for @host@), never in this file
set nasHost to "@host@"
set nasUser to "@user@"
set pw to do shell script "security find-internet-password -s " & nasHost & " -a " & nasUser & " -w"
tell application "Finder"
	if not (exists disk "media") then mount volume "smb://" & nasHost & "/media" as user name nasUser with password pw
end tell
""", host=pick(r, ["nas.local", "diskstation.local"]), user=pick(r, USERS)), "synology-nas", "keychain_lookup"


@neg("shortcut_links_md")
def _(r):
    rows = "\n".join("| %s | https://www.icloud.com/shortcuts/%s | `shortcuts://run-shortcut?name=%s` |" % (n, hexs(r, 32), n.replace(" ", "%20"))
                     for n in ["Log Water", "Arrive Home", "Quick Capture", "Good Night"][:r.randint(2, 4)])
    return pick(r, ["shortcuts/README.md", "ios/README.md"]), T("""
# Shortcuts

Shared links (iCloud) so I can reinstall on a new phone:

| name | link | url scheme |
|------|------|------------|
@rows@

The API tokens are **not** in the shortcuts: they ask for them on import
(`WFWorkflowImportQuestions`) or read them from a Data Jar key.
""", rows=rows), "apple-shortcuts", "share_ids"


@neg("hotkeys_csv")
def _(r):
    apps = [("Safari", "com.apple.Safari"), ("Slack", "com.tinyspeck.slackmacgap"), ("Obsidian", "md.obsidian"),
            ("iTerm", "com.googlecode.iterm2"), ("Spotify", "com.spotify.client"), ("Things", "com.culturedcode.ThingsMac")]
    rows = ["app,bundle_id,hotkey,km_macro_uid"]
    for a, b in apps[:r.randint(3, 6)]:
        rows.append("%s,%s,%s,%s" % (a, b, pick(r, ["hyper+s", "hyper+k", "cmd+opt+o", "ctrl+opt+t", "hyper+m"]), uid(r, True)))
    return pick(r, ["docs/hotkeys.csv", "keyboard-maestro/hotkeys.csv"]), "\n".join(rows) + "\n", "keyboard-maestro", "uuids"


@neg("sketchybar_colors")
def _(r):
    names = ["BLACK", "WHITE", "RED", "GREEN", "BLUE", "YELLOW", "ORANGE", "MAGENTA", "GREY", "BAR_COLOR", "POPUP_BG"]
    lines = "\n".join("export %s=0x%s%s" % (n, pick(r, ["ff", "cc", "80"]), hexs(r, 6)) for n in names)
    return pick(r, [".config/sketchybar/colors.sh", "sketchybar/colors.sh"]), "#!/bin/bash\n# palette\n" + lines + "\nexport TRANSPARENT=0x00000000\n", "none", "color_codes"


@neg("km_clipboard_sql")
def _(r):
    return pick(r, ["keyboard-maestro/", "scripts/sql/"]) + "clipboard-history.sql", T("""
-- Keyboard Maestro clipboard history: find big entries
-- sqlite3 ~/Library/Application\\ Support/Keyboard\\ Maestro/Keyboard\\ Maestro\\ Clipboards.sqlite < clipboard-history.sql
.headers on
.mode column
SELECT ZUID, ZAPPNAME, length(ZSTRING) AS len, datetime(ZDATE + 978307200, 'unixepoch') AS copied
FROM   ZCLIPBOARD
WHERE  length(ZSTRING) > @n@
ORDER  BY ZDATE DESC
LIMIT  20;

-- macro referenced by the "Paste Stack" trigger
SELECT * FROM ZMACRO WHERE ZUID = '@u@';
""", n=str(r.randint(500, 5000)), u=uid(r, True)), "keyboard-maestro", "uuids"


@neg("hue_sensors_yaml")
def _(r):
    rows = []
    for i in range(r.randint(2, 4)):
        mac = ":".join(hexs(r, 2) for _ in range(8))
        rows.append("  - name: %s\n    id: %d\n    type: ZLLPresence\n    uniqueid: \"%s-02-0406\"\n    swversion: \"6.1.1.%d\"\n    battery: %d"
                    % (pick(r, ["Hallway motion", "Stairs motion", "Kitchen motion", "Bath motion"]), r.randint(2, 90), mac, r.randint(20000, 29999), r.randint(20, 100)))
    return pick(r, ["hammerspoon/data/sensors.yml", "notes/hue-sensors.yml"]), "# exported from GET /api/<user>/sensors\nsensors:\n" + "\n".join(rows) + "\n", "philips-hue", "device_ids"


@neg("github_actions_secrets")
def _(r):
    return ".github/workflows/" + pick(r, ["lint.yml", "check.yml"]), T("""
name: lint dotfiles
on: [push, pull_request]
jobs:
  lint:
    runs-on: macos-latest
    steps:
      - uses: actions/checkout@v4
      - run: brew install shellcheck stylua
      - run: shellcheck bin/* swiftbar/*.sh
      - run: stylua --check hammerspoon/
      - name: notify
        if: failure()
        env:
          NTFY_TOKEN: ${{ secrets.NTFY_TOKEN }}
        run: |
          curl -s -H "Authorization: Bearer $NTFY_TOKEN" \
            -d "lint failed on ${{ github.sha }}" https://ntfy.sh/@topic@
""", topic=pick(r, TOPICS)), "github", "ci_secret_reference"


@neg("espanso_env_example")
def _(r):
    return pick(r, ["", "bin/", "scripts/"]) + pick(r, [".env.example", ".env.sample"]), T("""
# copy to .env and fill in
OPENAI_API_KEY=sk-...
TELEGRAM_BOT_TOKEN=123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11
TELEGRAM_CHAT_ID=
NTFY_TOKEN=tk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TODOIST_API_TOKEN=<your-token>
HASS_TOKEN=
TZ=Europe/Berlin
"""), "multiple", "placeholder_example"


# ----------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------
N_POS = 500
N_NEG = 500
ENV_RE = re.compile(r"^\.env(\.[A-Za-z0-9_-]+)?$")
ENV_OK_FOR_NEG = (".env.example", ".env.sample", ".env.template", ".env.dist")


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    return bool(ENV_RE.match(base)) and base not in ENV_OK_FOR_NEG


def filetype(path, text):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base.startswith(".") and base.count(".") == 1:
        return base[1:].lower()
    if "." in base:
        return base.rsplit(".", 1)[-1].lower()
    if text.startswith("#!"):
        first = text.split("\n", 1)[0]
        if "python" in first:
            return "py"
        return "sh"
    return base.lower()


def write(root, rel, text):
    full = os.path.join(root, *rel.split("/"))
    d = os.path.dirname(full)
    if not os.path.isdir(d):
        os.makedirs(d)
    with open(full, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    return full


def schedule(r, items, n):
    out = []
    while len(out) < n:
        order = list(range(len(items)))
        r.shuffle(order)
        out.extend(order)
    return out[:n]


def clean_rel(path):
    path = path.replace("//", "/").lstrip("/")
    assert ".." not in path.split("/"), path
    return path


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_iq.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []

    # ---- positives
    env_cap = N_POS // 20
    env_used = 0
    sched = schedule(r, POS, N_POS * 2)
    si = 0
    for i in range(N_POS):
        while True:
            t = POS[sched[si]]
            si += 1
            if t["name"] == "dot_env_file" and env_used >= env_cap - 1:
                continue
            break
        P = PK[pick(r, t["keys"])]
        secret = P["gen"](r)
        path, text = t["f"](r, V(secret), P)
        path = clean_rel(path)
        if is_blocked_env(path):
            env_used += 1
        assert env_used < env_cap, "too many .env positives"
        assert secret in text, (t["name"], "needle missing")
        line = text[:text.index(secret)].count("\n") + 1
        rel = "pos/p%04d/%s" % (i, path)
        full = write(outdir, rel, text)
        with open(full, encoding="utf-8", newline="") as fh:
            lines = fh.read().split("\n")
        assert secret in lines[line - 1], (rel, line)
        manifest.append({"file": rel, "label": "pos", "provider": P["provider"], "kind": P["kind"],
                         "filetype": filetype(path, text)})
        secrets.append({"file": rel, "needle": secret, "line": line})

    # ---- negatives: half template re-use, half look-alikes
    n_tpl = N_NEG // 2
    tsched = schedule(r, POS, n_tpl)
    lsched = schedule(r, NEG, N_NEG - n_tpl)
    slots = ["t"] * n_tpl + ["l"] * (N_NEG - n_tpl)
    r.shuffle(slots)
    ti = li = 0
    all_needles = [s["needle"] for s in secrets]
    for i, kind in enumerate(slots):
        if kind == "t":
            t = POS[tsched[ti]]
            ti += 1
            P = PK[pick(r, t["keys"])]
            v, mode = neg_value(r, P, t["lang"])
            path, text = t["f"](r, v, P)
            if mode == "template" and v.lit.startswith("{{") and chance(r, 0.5):
                path += ".tmpl"
            provider, nkind = P["provider"], mode
        else:
            t = NEG[lsched[li]]
            li += 1
            path, text, provider, nkind = t["f"](r)
        path = clean_rel(path)
        if is_blocked_env(path):
            path = path.rsplit("/", 1)[0] + "/.env.example" if "/" in path else ".env.example"
        assert not is_blocked_env(path)
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": nkind,
                         "filetype": filetype(path, text)})
    # no positive needle may leak into a negative
    negtext = []
    for m in manifest:
        if m["label"] == "neg":
            with open(os.path.join(outdir, *m["file"].split("/")), encoding="utf-8") as fh:
                negtext.append(fh.read())
    blob = "\n".join(negtext)
    for nd in all_needles:
        assert nd not in blob, "needle leaked into negatives"

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
