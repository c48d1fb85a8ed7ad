#!/usr/bin/env python3
"""gen_jk.py - blind evaluation set: desktop applications' local data committed by accident.

EMPHASIS
    User-profile folders, AppData / ~/Library backups and dotfiles repositories that were pushed
    with application state inside: Electron apps' `Local Storage/leveldb/*.log` text (Discord user
    tokens, Slack `xoxc-` tokens, extension storage), Firefox `prefs.js`, exported `logins.csv`,
    `webappsstore.sqlite` / `cookies.sqlite` dumps (Slack `d` cookie `xoxd-`), Thunderbird
    `prefs.js`, Chrome exported passwords CSV, VS Code `settings.json` / globalStorage JSON /
    `state.vscdb` dumps, JetBrains `options/*.xml`, `workspace.xml`, `dataSources*.xml`, HTTP-client
    env files, Postman / Insomnia / Bruno data, Steam-adjacent tools (ArchiSteamFarm, Rainmeter),
    spotifyd / spotify-tui, Telegram tools, Transmission `settings.json`, qBittorrent `.ini`,
    FileZilla `recentservers.xml` / `sitemanager.xml` (base64 passwords), Sublime Text package
    settings, old Windows `.ini` files (HexChat, mIRC, ODBC), Pidgin `accounts.xml`, macOS plists
    (Alfred workflows), OBS `service.json`, Chatterino, Syncthing, and dotfiles (`.git-credentials`,
    `gh/hosts.yml`, `.npmrc`, `.netrc`, `.docker/config.json`, `.pgpass`, `.my.cnf`, shell rc).
    Providers: Discord, Slack, GitHub, GitLab, Atlassian (Jira), YouTrack, Postman, OpenAI,
    Hugging Face, npm, Docker Hub, Telegram, Twitch, YouTube, Spotify, Steam, DeepL, WakaTime,
    SonarQube, Todoist, Syncthing, FileZilla, Transmission, qBittorrent, PostgreSQL/MySQL/MongoDB,
    IRC networks, generic web logins.
    File types: json, xml, ini, conf, cfg, plist (XML), log (LevelDB log text), csv, vdf-like json,
    js (user_pref), yaml/yml, sql (sqlite .dump text), toml, bru, sh/zshrc, reg, txt, misc dotfiles.

USAGE
    python3 -B gen_jk.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath>,
    OUTDIR/manifest.jsonl (file,label,provider,kind,filetype) and OUTDIR/secrets.jsonl
    (file,needle,line).  Everything is drawn from one random.Random(SEED); no clock, no os.urandom,
    no set iteration, no hash() of strings.  Standard library only.

NEEDLE CONVENTIONS
    - The needle is the credential value exactly as written, without surrounding quotes.
    - URLs with userinfo (`https://user:PASS@host`, JDBC `password=PASS`, proxy URLs,
      `.git-credentials`): the needle is the password/token part only.
    - Key/value pairs (JSON, INI, XML, plist, VDF, Bruno vars): the value only, never the key.
    - Base64-stored secrets (FileZilla `<Pass encoding="base64">`, Docker `auth`): the base64 text
      as written (that text is the credential at rest).
    - Slack `d` cookie: the `xoxd-...` value as written (URL-encoded form).  xoxc tokens: whole
      `xoxc-...` string.  Discord tokens: the whole three-part dotted token.
    - Tokens written inside a LevelDB log line: the token only, not the JSON around it.
    - No multi-line needles are used (no private keys in this domain).  `line` is the 1-based
      line of the first occurrence; the generator asserts the needle is on that line.

NEGATIVES
    250 negatives re-use the positive templates with the secret slot holding a non-secret:
    placeholders (`<your-token>`, `YOUR_API_KEY_HERE`, `changeme`, `xxxx...`), empty values,
    masks (`********`, `[REDACTED]`), references (`${VAR}`, `{{token}}`, `op://...`, `vault:...`,
    `env:NAME`), documented examples (Telegram's `123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11`,
    JetBrains' `perm:cm9vdA==.dG9rZW4=.rNZ38ije7uiWwnUTRDdyFDdUkoPUPi`, discord.py docs' token,
    GitHub docs' `ghp_16C7e42F292c6912E7710c838347Ae178B4a`), and values documented as public
    (client ids, application ids, team ids, channel ids).  The `.env` positive template is never
    reused for negatives.
    250 negatives are domain look-alikes: Firefox `logins.json` with NSS ciphertext
    (`encryptedUsername`/`encryptedPassword`), DPAPI blobs (`AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA...`,
    Chrome `Local State` `os_crypt.encrypted_key` = base64("DPAPI"+blob)), Chrome `Login Data`
    dumps with `v10`/`v11` ciphertext, `Preferences` with `protection.macs` / `super_mac`,
    telemetry client ids, machine ids, install hashes (`installs.ini`), extension ids, window
    state, recent-file lists, Transmission's salted `{sha1+salt}` rpc-password, qBittorrent
    `Password_PBKDF2`, FileZilla `encoding="crypt"`, SSH host keys / public keys / known_hosts,
    Sparkle public keys, Syncthing device ids, Steam ids and manifests, bookmark data blobs,
    cookie dumps without session cookies, hashes and checksums.

FORMATS CHECKED (search tool, docs/pages corpora)
    - Discord token: discord.py docs (token.rst) show three dot-separated parts:
      base64(user id) . base64(timestamp, epoch 1293840000) . HMAC (27 chars); newer bot
      tokens in Nostrum docs show a 38-char third part and a `G...` second part.
    - Slack: xoxc- is the web/desktop client token in localConfig_v2 teams[..].token, paired
      with the `d` cookie starting `xoxd-` (mautrix docs, agent-slack docs).
    - GitHub: prefixes ghp_/gho_/ghu_/ghs_/ghr_, 30 base62 chars + 6-char base62 CRC32 checksum
      (GitHub blog as summarised by several pages); npm adopted the same scheme (npm_).
    - YouTrack permanent token `perm:<b64 login>.<b64 name>.<30 chars>` (JetBrains docs).
    - Postman API key used in `X-API-Key`, prefix PMAK- (Postman docs / templates).
    - Atlassian API tokens: variable length (Atlassian docs); ATATT prefix not in the docs.
    - FileZilla sitemanager/recentservers `<Pass encoding="base64">` (audit blog page).
    - Firefox logins.json fields (hostname, formSubmitURL, encryptedUsername/Password, guid,
      encType, timeCreated...) (forensics KB pages); cookies.sqlite values are plaintext.
    - Transmission: the plaintext rpc-password is hashed when the daemon starts.
    - OBS rtmp_common service settings have `service`, `server`, `key` (obs-studio docs).

DOUBTS
    - xoxc- inner structure (three numeric groups + 64 hex) and xoxd- length are from memory of
      real-world samples, not from Slack documentation (Slack does not document them).
    - Atlassian `ATATT3xFfGF0...=<8 hex>` shape, OpenAI `sk-proj-...T3BlbkFJ...` shape, Hugging
      Face `hf_` + 34 letters, GitLab `glpat-` + 20, SonarQube `squ_` + 40 hex, WakaTime `waka_`
      + uuid, Spotify refresh token `AQ...`, Syncthing 32-char apikey: not confirmed in docs here.
    - Transmission salted hash layout `{` + 40 hex + 8 salt chars, qBittorrent PBKDF2 layout
      `@ByteArray(salt:hash)`, FileZilla `encoding="crypt"` pubkey size: from memory.
    - JetBrains normally keeps secrets in the OS keychain / KeePass; the XML places used here
      (TaskManager JIRA password, YouTrack plugin token, dataSources properties) imitate older
      versions and plain-text choices; plausibility, not verified.
    - The GitHub docs example token `ghp_16C7e42F292c6912E7710c838347Ae178B4a` is quoted from
      memory of GitHub documentation.
    - LevelDB .log files are binary in reality; they are rendered here as text with a few
      control characters (no NUL bytes).
"""
import base64
import json
import os
import struct
import sys
import urllib.parse
import zlib

import random

R = None  # random.Random(SEED), set in main()

DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
A62 = DIG + UP + LO
B64U = A62 + "-_"
HEX = "0123456789abcdef"


def rs(n, alpha=A62):
    return "".join(R.choice(alpha) for _ in range(n))


def rhex(n):
    return rs(n, HEX)


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def ruuid():
    h = rhex(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def pick(seq):
    return R.choice(seq)


def ts_ms():
    return R.randrange(1609459200000, 1735689600000)


def ts_s():
    return R.randrange(1609459200, 1735689600)


def b62enc(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = A62[r] + out
    return out.rjust(width, "0")


FIRST = ["alex", "maria", "jonas", "li", "priya", "tom", "sara", "ivan", "noah", "emma", "kenji",
         "lucas", "chloe", "omar", "nina", "felix", "hana", "david", "julia", "mateo"]
LAST = ["berg", "novak", "chen", "patel", "smith", "kowalski", "garcia", "muller", "tanaka",
        "silva", "rossi", "dubois", "larsen", "khan", "ivanova", "brown"]
WORDS = ["falcon", "river", "copper", "maple", "orbit", "lantern", "pepper", "harbor", "cobalt",
         "meadow", "tundra", "quartz", "willow", "ember", "saffron", "glacier", "otter", "violet"]


def uname():
    return pick(FIRST) + pick(["", ".", "_"]) + pick(LAST) + pick(["", str(R.randrange(1, 99))])


def email():
    return "%s.%s@%s" % (pick(FIRST), pick(LAST), pick(["gmail.com", "outlook.com", "proton.me",
                                                        "fastmail.com", "icloud.com", "posteo.de"]))


def winuser():
    return pick(FIRST).capitalize()


def password(url_safe=False):
    k = R.randrange(4)
    sym = "-_.!*" if url_safe else "!@*-_+=.?"
    if k == 0:
        return rs(R.randrange(14, 24), A62 + sym)
    if k == 1:
        return pick(WORDS).capitalize() + pick(sym) + str(R.randrange(100, 9999)) + pick(WORDS)
    if k == 2:
        return "-".join(rs(6, LO + DIG) for _ in range(3))
    return pick(WORDS).capitalize() + str(R.randrange(1980, 2025)) + pick(sym) + rs(4, A62)


# ---------------------------------------------------------------- secret generators
def gh_token(prefix):
    body = rs(30)
    return prefix + body + b62enc(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def gh_fine():
    return "github_pat_" + rs(22) + "_" + rs(59)


def snowflake():
    ms = R.randrange(1483228800000, 1719792000000) - 1420070400000
    return (ms << 22) | R.randrange(1 << 22)


def discord_token():
    uid = b64u(str(snowflake()).encode())
    if R.random() < 0.5:
        t = R.randrange(1500000000, 1700000000) - 1293840000
        mid = b64u(struct.pack(">I", t))
        return "%s.%s.%s" % (uid, mid, rs(27, B64U))
    return "%s.G%s.%s" % (uid, rs(5, B64U), rs(38, B64U))


def slack_xoxc():
    return "xoxc-%d-%d-%d-%s" % (R.randrange(10 ** 9, 10 ** 10), R.randrange(10 ** 12, 10 ** 13),
                                 R.randrange(10 ** 12, 10 ** 13), rhex(64))


def slack_xoxd():
    return "xoxd-" + urllib.parse.quote(b64(rbytes(R.randrange(100, 140))), safe="")


def atlassian():
    return "ATATT3xFfGF0" + rs(R.randrange(168, 176), B64U) + "=" + rs(8, "0123456789ABCDEF")


def youtrack():
    login = pick(FIRST) + pick(["", ".", "_"]) + pick(LAST)
    name = pick(["ide", "idea", "intellij", "scripts", "youtrack-plugin", "laptop", "token"])
    return "perm:%s.%s.%s" % (b64(login.encode()), b64(name.encode()), rs(30))


def postman():
    return "PMAK-%s-%s" % (rhex(24), rhex(34))


def openai():
    return "sk-proj-" + rs(74, B64U) + "T3BlbkFJ" + rs(74, B64U)


def hf():
    return "hf_" + rs(34, UP + LO)


def glpat():
    return "glpat-" + rs(20, B64U)


def telegram_bot():
    return "%d:AA%s" % (R.randrange(10 ** 8, 8 * 10 ** 9), rs(33, B64U))


def twitch_oauth():
    return rs(30, LO + DIG)


def twitch_stream():
    return "live_%d_%s" % (R.randrange(10 ** 7, 10 ** 9), rs(30))


def yt_stream():
    return "-".join(rs(4, LO + DIG) for _ in range(5))


def spotify_refresh():
    return "AQ" + rs(R.randrange(128, 134), B64U)


def dockerauth():
    return b64(("%s:%s" % (uname(), password())).encode())


def fz_b64pass():
    return b64(password().encode())


SPECS = {
    # name: (provider, kind, generator, doc examples, public look-alike generator)
    "discord": ("discord", "user-token", discord_token,
                ["MjQ1NTU5MDg3NTI0MjE2ODMy.DulyxA.brcD2xRAqjACTuMcGPwy4TWVQdg"],
                lambda: str(snowflake())),
    "xoxc": ("slack", "session-token", slack_xoxc, ["xoxc-tokengoeshere", "xoxc-XXXXXXXXXX"],
             lambda: "T0" + rs(8, UP + DIG)),
    "xoxd": ("slack", "session-cookie", slack_xoxd, ["xoxd-cookiegoeshere"],
             lambda: "U0" + rs(9, UP + DIG)),
    "ghp": ("github", "personal-access-token", lambda: gh_token("ghp_"),
            ["ghp_16C7e42F292c6912E7710c838347Ae178B4a"], lambda: "Iv1." + rhex(16)),
    "gho": ("github", "oauth-token", lambda: gh_token("gho_"),
            ["gho_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"], lambda: "Ov23li" + rs(14)),
    "ghfine": ("github", "fine-grained-pat", gh_fine, ["github_pat_XXXXXXXXXXXXXXXXXXXXXX_XXXX"],
               lambda: "Iv1." + rhex(16)),
    "glpat": ("gitlab", "personal-access-token", glpat, ["glpat-xxxxxxxxxxxxxxxxxxxx"],
              None),
    "atlassian": ("atlassian", "api-token", atlassian, ["my-api-token"],
                  lambda: ruuid()),
    "youtrack": ("youtrack", "permanent-token", youtrack,
                 ["perm:cm9vdA==.dG9rZW4=.rNZ38ije7uiWwnUTRDdyFDdUkoPUPi"], lambda: ruuid()),
    "postman": ("postman", "api-key", postman, ["PMAK-XXXXXXXXXXXXXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
                lambda: "%d-%s" % (R.randrange(10 ** 7, 10 ** 8), ruuid())),
    "openai": ("openai", "api-key", openai, ["sk-proj-...", "sk-XXXXXXXXXXXXXXXXXXXXXXXX"],
               lambda: "org-" + rs(24)),
    "hf": ("huggingface", "access-token", hf, ["hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
           lambda: pick(["meta-llama/Llama-3.1-8B", "mistralai/Mistral-7B-v0.1", "BAAI/bge-small-en-v1.5"])),
    "npm": ("npm", "access-token", lambda: gh_token("npm_"), ["npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
            None),
    "telegram": ("telegram", "bot-token", telegram_bot, ["123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"],
                 lambda: "-100" + str(R.randrange(10 ** 9, 10 ** 10))),
    "tg_hash": ("telegram", "api-hash", lambda: rhex(32), ["0123456789abcdef0123456789abcdef"],
                lambda: str(R.randrange(100000, 9999999))),
    "twitch_oauth": ("twitch", "oauth-token", twitch_oauth, ["oauth:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
                     None),
    "twitch_stream": ("twitch", "stream-key", twitch_stream, ["live_XXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
                      lambda: str(R.randrange(10 ** 7, 10 ** 9))),
    "yt_stream": ("youtube", "stream-key", yt_stream, ["xxxx-xxxx-xxxx-xxxx-xxxx"],
                  lambda: "UC" + rs(22, B64U)),
    "spotify_secret": ("spotify", "client-secret", lambda: rhex(32), ["<client_secret>"],
                       None),
    "spotify_refresh": ("spotify", "refresh-token", spotify_refresh, ["<refresh_token>"],
                        None),
    "steam_api": ("steam", "web-api-key", lambda: rs(32, "0123456789ABCDEF"), ["XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
                  lambda: str(76561197960265728 + R.randrange(10 ** 7, 10 ** 9))),
    "deepl": ("deepl", "auth-key", lambda: ruuid() + ":fx", ["279a2e9d-83b3-c416-7e2d-f721593e42a0:fx"],
              None),
    "waka": ("wakatime", "api-key", lambda: "waka_" + ruuid(), ["waka_xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"],
             None),
    "sonar": ("sonarqube", "user-token", lambda: "squ_" + rhex(40), ["squ_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
              None),
    "todoist": ("todoist", "api-token", lambda: rhex(40), ["0123456789abcdef0123456789abcdef01234567"],
                lambda: str(R.randrange(10 ** 9, 10 ** 10))),
    "syncthing": ("syncthing", "gui-api-key", lambda: rs(32, A62 + "-"), ["abc123"],
                  lambda: "-".join(rs(7, UP + "234567") for _ in range(8))),
    "docker": ("docker", "registry-auth-base64", dockerauth, [b64(b"username:password")],
               lambda: "desktop"),
    "fz_b64": ("filezilla", "base64-password", fz_b64pass, [""], None),
    "pw": ("generic", "password", password, ["password", "hunter2"], None),
    "pw_url": ("generic", "password-in-url", lambda: password(True), ["password", "PASSWORD"],
               None),
    "dbpw": ("database", "database-password", password, ["postgres", "secret"], None),
    "irc": ("irc", "nickserv-password", password, ["yourpassword"], None),
}


# ---------------------------------------------------------------- slot filling
PH_PLAIN = ["YOUR_API_KEY_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxx", "********", "[REDACTED]",
            "REPLACE_ME", "TODO", "<redacted>", "<your-token>", "your-token-here", "*****",
            "PASTE_TOKEN_HERE", "dummy", "none", "<set in keychain>", "XXXXXXXX"]
REFS = ["${%s}", "{{%s}}", "op://Personal/%s/credential", "vault:secret/data/desktop#%s",
        "env:%s", "%%%s%%", "$env:%s", "keychain:%s", "@Secret(%s)"]


class Slot:
    """Fills the one secret slot of a template: a real-looking secret (positive) or a
    non-secret stand-in (negative)."""

    def __init__(self, positive):
        self.positive = positive
        self.needle = None
        self.provider = None
        self.kind = None

    def __call__(self, spec, var="TOKEN", ctx="plain", raw=False):
        provider, kind, gen, examples, public = SPECS[spec]
        self.provider = provider
        if self.positive:
            v = gen()
            self.needle = v
            self.kind = kind
            return v
        r = R.random()
        if r < 0.22:
            v, self.kind = pick(PH_PLAIN), "placeholder"
            if ctx == "xml":
                v = v.replace("<", "").replace(">", "")
            if ctx == "url":
                v = pick(["PASSWORD", "changeme", "xxxxxx", "REDACTED"])
        elif r < 0.32:
            v, self.kind = "", "empty"
        elif r < 0.55:
            name = var.upper().replace("-", "_").replace(".", "_")
            f = pick(REFS)
            if ctx == "url":
                f = pick(["${%s}", "{{%s}}"])
            if ctx == "xml" or ctx == "sh":
                f = pick(["${%s}", "env:%s", "op://Personal/%s/credential"])
            v, self.kind = f % name, "reference"
        elif r < 0.75:
            v, self.kind = pick(examples), "doc-example"
        elif r < 0.88 and public is not None:
            v, self.kind = public(), "public-value"
        elif r < 0.88:
            v, self.kind = pick(["REPLACE_ME", "changeme", "xxxxxxxx", "TODO"]), "placeholder"
        else:
            v, self.kind = "*" * R.randrange(6, 16), "masked"
        if raw and v == "":
            v = "none"
        return v


# ---------------------------------------------------------------- text helpers
def jdump(o, indent=2):
    return json.dumps(o, indent=indent, ensure_ascii=False)


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def host():
    return pick(["nas.local", "files.%s.org" % pick(WORDS), "ftp.%s-%s.net" % (pick(WORDS), pick(WORDS)),
                 "192.168.%d.%d" % (R.randrange(0, 5), R.randrange(2, 250)), "%s.home.arpa" % pick(WORDS),
                 "sftp.%s.io" % pick(WORDS)])


def profile_dir():
    return pick(["%s.default-release" % rs(8, LO + DIG), "%s.default" % rs(8, LO + DIG),
                 "%s.dev-edition-default" % rs(8, LO + DIG)])


def appdata(app):
    u = winuser()
    return pick(["Users/%s/AppData/Roaming/%s" % (u, app), "backup/AppData/Roaming/%s" % app,
                 "%s-pc/AppData/Roaming/%s" % (u.lower(), app)])


def maclib(sub):
    return pick(["Library/%s" % sub, "mac-backup/Library/%s" % sub,
                 "home/%s/Library/%s" % (pick(FIRST), sub)])


def dot(path):
    return pick(["", "dotfiles/", "home/%s/" % pick(FIRST), "config/"]) + path


def ldb_noise():
    return "".join(pick(["\x01", "\x02", "\x03", "\x7f", "\x10", "\x0b"]) for _ in range(R.randrange(1, 4)))


def leveldb(records):
    """records: list of (origin, key, value) rendered like LevelDB log text."""
    out = ["\x0b\x1a\x8bQ\x01META:%s" % records[0][0]]
    for origin, key, val in records:
        out.append("%s_%s\x01\x01%s%s\x01%s" % (ldb_noise(), origin, key, ldb_noise(), val))
        if R.random() < 0.4:
            out.append("%sVERSION\x011" % ldb_noise())
    return "\n".join(out) + "\n"


def sql_dump(table, cols, rows, extra=""):
    lines = ["PRAGMA foreign_keys=OFF;", "BEGIN TRANSACTION;",
             "CREATE TABLE %s (%s);" % (table, ", ".join(cols))]
    for row in rows:
        vals = []
        for v in row:
            if isinstance(v, int):
                vals.append(str(v))
            elif v is None:
                vals.append("NULL")
            elif isinstance(v, bytes):
                vals.append("X'%s'" % v.hex())
            else:
                vals.append("'%s'" % str(v).replace("'", "''"))
        lines.append("INSERT INTO %s VALUES(%s);" % (table, ",".join(vals)))
    if extra:
        lines.append(extra)
    lines.append("COMMIT;")
    return "\n".join(lines) + "\n"


def user_pref(k, v):
    if isinstance(v, bool):
        return 'user_pref("%s", %s);' % (k, "true" if v else "false")
    if isinstance(v, int):
        return 'user_pref("%s", %d);' % (k, v)
    return 'user_pref("%s", "%s");' % (k, v.replace("\\", "\\\\").replace('"', '\\"'))


PREFS_HEAD = ("// Mozilla User Preferences\n\n// DO NOT EDIT THIS FILE.\n//\n// If you make changes to this "
              "file while the application is running,\n// the changes will be overwritten when the "
              "application exits.\n//\n// To change a preference value, you can either:\n// - modify it "
              "via the UI (e.g. via about:config in the browser); or\n// - set it within a user.js file "
              "in your profile.\n\n")


def ff_noise_prefs(n):
    pool = [("app.normandy.first_run", False), ("app.update.lastUpdateTime.addon-background-update-timer", ts_s()),
            ("browser.bookmarks.restore_default_bookmarks", False), ("browser.contentblocking.category", "standard"),
            ("browser.download.viewableInternally.typeWasRegistered.svg", True),
            ("browser.laterrun.bookkeeping.sessionCount", R.randrange(3, 900)),
            ("browser.migration.version", R.randrange(100, 150)), ("browser.newtabpage.activity-stream.feeds.topsites", True),
            ("browser.pageActions.persistedActions", '{"ids":["bookmark"],"idsInUrlbar":["bookmark"],"version":1}'),
            ("browser.startup.page", 3), ("browser.uiCustomization.state", '{"placements":{"widget-overflow-fixed-list":[]},"currentVersion":20}'),
            ("devtools.everOpened", True), ("distribution.iniFile.exists.value", False),
            ("extensions.activeThemeID", "default-theme@mozilla.org"), ("gfx.blacklist.layers.opengl", 4),
            ("layout.css.devPixelsPerPx", "1.25"), ("media.gmp-gmpopenh264.version", "2.3.2"),
            ("privacy.sanitize.pending", '[{"id":"newtab-container","itemsToClear":[],"options":{}}]'),
            ("toolkit.startup.last_success", ts_s()), ("signon.rememberSignons", True),
            ("network.cookie.cookieBehavior", 5), ("browser.shell.checkDefaultBrowser", False),
            ("mail.ui-rdf.version", 33), ("mail.spellcheck.inline", True),
            ("mailnews.start_page_override.mstone", "115.%d.0" % R.randrange(1, 15))]
    R.shuffle(pool)
    return [user_pref(k, v) for k, v in pool[:n]]


# ---------------------------------------------------------------- positive templates
POS_T = []


def tpl(neg=True):
    def deco(f):
        POS_T.append((f, neg))
        return f
    return deco


@tpl()
def t_discord_ldb(S):
    app = pick(["discord", "discordptb", "discordcanary", "Discord"])
    tok = S("discord", "token", "json")
    recs = [("https://discord.com", "user_id_cache", '"%d"' % snowflake()),
            ("https://discord.com", "deviceProperties", '{"browser":"Discord Client","os":"%s"}' % pick(["Windows", "Mac OS X", "Linux"])),
            ("https://discord.com", "token", '"%s"' % tok),
            ("https://discord.com", "hideNag", "false"),
            ("https://discord.com", "SelectedChannelStore", '{"selectedChannelId":"%d"}' % snowflake())]
    R.shuffle(recs)
    base = pick([appdata(app), maclib("Application Support/%s" % app), dot(".config/%s" % app)])
    return "%s/Local Storage/leveldb/%06d.log" % (base, R.randrange(3, 400)), leveldb(recs), "log"


@tpl()
def t_slack_ldb(S):
    team = "T0" + rs(8, UP + DIG)
    tok = S("xoxc", "token", "json")
    cfg = {"teams": {team: {"id": team, "name": pick(WORDS).capitalize() + " " + pick(["Labs", "HQ", "Dev", "Guild"]),
                            "url": "https://%s.slack.com/" % pick(WORDS), "token": tok,
                            "user_id": "U0" + rs(9, UP + DIG), "enterprise_id": None}},
           "lastActiveTeamId": team}
    recs = [("https://app.slack.com", "localConfig_v2", json.dumps(cfg, separators=(",", ":"))),
            ("https://app.slack.com", "persist-v1::%s::windowState" % team, '{"focused":true}')]
    base = pick([appdata("Slack"), maclib("Application Support/Slack"), dot(".config/Slack")])
    return "%s/Local Storage/leveldb/%06d.log" % (base, R.randrange(3, 400)), leveldb(recs), "log"


@tpl()
def t_ext_ldb_github(S):
    ext = rs(32, "abcdefghijklmnop")
    tok = S(pick(["ghp", "gho"]), "github_token", "json")
    recs = [("chrome-extension://%s" % ext, "octotree.github_com.token", '"%s"' % tok),
            ("chrome-extension://%s" % ext, "octotree.sidebar_width", str(R.randrange(220, 420))),
            ("chrome-extension://%s" % ext, "octotree.hotkeys", '"cmd+shift+s"')]
    base = pick(["Users/%s/AppData/Local/Google/Chrome/User Data/Default" % winuser(),
                 "Library/Application Support/Google/Chrome/Profile 1", ".config/chromium/Default"])
    return "%s/Local Extension Settings/%s/%06d.log" % (base, ext, R.randrange(3, 90)), leveldb(recs), "log"


@tpl()
def t_ff_cookies_xoxd(S):
    v = S("xoxd", "d", "sql")
    now = ts_s()
    rows = [(R.randrange(1, 900), "", "_ga", "GA1.2.%d.%d" % (R.randrange(10 ** 8, 10 ** 9), now), ".slack.com", "/", now + 63072000, now * 1000000, now * 1000000, 0, 0, 0, 0, 0, 2),
            (R.randrange(900, 1800), "", "d", v, ".slack.com", "/", now + 31536000, now * 1000000, now * 1000000, 1, 1, 0, 1, 0, 2),
            (R.randrange(1800, 2900), "", "b", rhex(24), ".slack.com", "/", now + 31536000, now * 1000000, now * 1000000, 1, 0, 0, 0, 0, 2),
            (R.randrange(2900, 3900), "", "OptanonAlertBoxClosed", "2024-%02d-%02dT10:11:12.000Z" % (R.randrange(1, 13), R.randrange(1, 28)), ".slack.com", "/", now + 31536000, now * 1000000, now * 1000000, 0, 0, 0, 0, 0, 2)]
    cols = ["id INTEGER PRIMARY KEY", "originAttributes TEXT NOT NULL DEFAULT ''", "name TEXT", "value TEXT", "host TEXT",
            "path TEXT", "expiry INTEGER", "lastAccessed INTEGER", "creationTime INTEGER", "isSecure INTEGER",
            "isHttpOnly INTEGER", "inBrowserElement INTEGER DEFAULT 0", "sameSite INTEGER DEFAULT 0",
            "rawSameSite INTEGER DEFAULT 0", "schemeMap INTEGER DEFAULT 0"]
    path = pick(["firefox-profile/%s/cookies.sql" % profile_dir(), "backup/mozilla/%s/cookies.sqlite.dump.sql" % profile_dir()])
    return path, sql_dump("moz_cookies", cols, rows), "sql"


@tpl()
def t_ff_webappsstore_discord(S):
    tok = S("discord", "token", "sql")
    rows = [("", "moc.drocsid.:https:443", "", "token", '"%s"' % tok),
            ("", "moc.drocsid.:https:443", "", "user_id_cache", '"%d"' % snowflake()),
            ("", "gro.aidepikiw.ne.:https:443", "", "mwclientpreferences", "vector-feature-limited-width-clientpref-0")]
    R.shuffle(rows)
    cols = ["originAttributes TEXT", "originKey TEXT", "scope TEXT", "key TEXT", "value TEXT"]
    return "mozilla/%s/webappsstore.sql" % profile_dir(), sql_dump("webappsstore2", cols, rows,
        "CREATE UNIQUE INDEX origin_key_index ON webappsstore2(originAttributes, originKey, key);"), "sql"


@tpl()
def t_ff_logins_csv(S):
    rows = ['"url","username","password","httpRealm","formActionOrigin","guid","timeCreated","timeLastUsed","timePasswordChanged"']
    n = R.randrange(0, 4)
    for i in range(n):
        rows.append('"https://%s.%s","%s","","","https://%s.%s","{%s}","%d","%d","%d"' % (
            pick(WORDS), pick(["com", "org", "de"]), email(), pick(WORDS), pick(["com", "net"]), ruuid(), ts_ms(), ts_ms(), ts_ms()))
    pw = S("pw", "password", "csv")
    rows.insert(R.randrange(1, len(rows) + 1), '"https://%s","%s","%s","","https://%s","{%s}","%d","%d","%d"' % (
        pick(["accounts.nintendo.com", "login.live.com", "www.reddit.com", "id.atlassian.com", "app.plex.tv"]),
        email(), pw, pick(["accounts.nintendo.com", "login.live.com", "www.reddit.com"]), ruuid(), ts_ms(), ts_ms(), ts_ms()))
    return dot(pick(["backup/firefox/logins.csv", "Documents/logins.csv", "exports/firefox-logins.csv"])), "\n".join(rows) + "\n", "csv"


@tpl()
def t_ff_prefs_deepl(S):
    lines = ff_noise_prefs(R.randrange(6, 14))
    key = S("deepl", "deepl_auth_key", "js")
    lines.insert(R.randrange(len(lines)), user_pref("extensions.%s.deepl.authKey" % pick(["simple-translate", "deepl-helper", "transover"]), key))
    lines.insert(R.randrange(len(lines)), user_pref("extensions.simple-translate.targetLang", pick(["de", "en-US", "fr"])))
    return "mozilla/firefox/%s/prefs.js" % profile_dir(), PREFS_HEAD + "\n".join(sorted(lines)) + "\n", "js"


@tpl()
def t_ff_prefs_homepage(S):
    lines = ff_noise_prefs(R.randrange(6, 14))
    pw = S("pw_url", "nas_password", "url")
    u = pick(["admin", "media", uname()])
    lines.append(user_pref("browser.startup.homepage", "https://%s:%s@%s:%d/" % (u, pw, host(), pick([5001, 8443, 443, 9090]))))
    return "mozilla/firefox/%s/prefs.js" % profile_dir(), PREFS_HEAD + "\n".join(sorted(lines)) + "\n", "js"


@tpl()
def t_tb_prefs_caldav(S):
    lines = ff_noise_prefs(R.randrange(5, 12))
    cid = ruuid()
    pw = S("pw_url", "caldav_password", "url")
    u = pick(FIRST)
    lines += [user_pref("calendar.registry.%s.name" % cid, pick(["Work", "Family", "Personal"])),
              user_pref("calendar.registry.%s.type" % cid, "caldav"),
              user_pref("calendar.registry.%s.uri" % cid, "https://%s:%s@%s/caldav/%s/" % (u, pw, pick(["dav.mailbox.org", "caldav.fastmail.com", "cloud.%s.de" % pick(WORDS)]), b64u(rbytes(12)))),
              user_pref("calendar.registry.%s.color" % cid, "#%s" % rhex(6)),
              user_pref("mail.server.server1.userName", email()), user_pref("mail.server.server1.hostname", "imap.%s.org" % pick(WORDS))]
    return "thunderbird/Profiles/%s/prefs.js" % profile_dir(), PREFS_HEAD + "\n".join(sorted(lines)) + "\n", "js"


@tpl()
def t_chrome_pw_csv(S):
    rows = ["name,url,username,password,note"]
    for i in range(R.randrange(0, 4)):
        d = "%s.%s" % (pick(WORDS), pick(["com", "io", "org"]))
        rows.append("%s,https://%s/login,%s,," % (d, d, email()))
    pw = S("pw", "password", "csv")
    d = pick(["github.com", "store.steampowered.com", "www.paypal.com", "account.proton.me", "discord.com"])
    rows.insert(R.randrange(1, len(rows) + 1), "%s,https://%s/login,%s,%s," % (d, d, email(), pw))
    return dot(pick(["Downloads/Chrome Passwords.csv", "backup/Chrome Passwords.csv", "Desktop/passwords_export.csv"])), "\n".join(rows) + "\n", "csv"


@tpl()
def t_vscode_sqltools(S):
    pw = S("dbpw", "db_password", "json")
    o = {"editor.fontSize": R.randrange(12, 17), "workbench.colorTheme": pick(["Default Dark Modern", "One Dark Pro", "Dracula"]),
         "files.autoSave": "afterDelay", "sqltools.useNodeRuntime": True,
         "sqltools.connections": [{"previewLimit": 50, "server": pick(["localhost", "db.internal", "10.0.%d.%d" % (R.randrange(9), R.randrange(2, 250))]),
                                   "port": 5432, "driver": "PostgreSQL", "name": pick(WORDS) + "-dev", "database": pick(WORDS),
                                   "username": pick(["postgres", "app", uname()]), "password": pw}]}
    return "%s/Code/User/settings.json" % pick([appdata("."), maclib("Application Support"), dot(".config")]).replace("/./", "/"), jdump(o, 4) + "\n", "json"


@tpl()
def t_vscode_sonar(S):
    tok = S("sonar", "sonar_token", "json")
    o = {"editor.minimap.enabled": False, "git.autofetch": True,
         "sonarlint.connectedMode.connections.sonarqube": [{"serverUrl": "https://sonar.%s.io" % pick(WORDS), "token": tok, "connectionId": pick(WORDS)}],
         "sonarlint.rules": {"java:S106": {"level": "off"}}, "terminal.integrated.fontSize": 13}
    return dot(".config/Code/User/settings.json"), jdump(o, 4) + "\n", "json"


@tpl()
def t_vscode_proxy(S):
    pw = S("pw_url", "proxy_password", "url")
    o = {"http.proxy": "http://%s:%s@proxy.%s.corp:3128" % (uname(), pw, pick(WORDS)), "http.proxyStrictSSL": False,
         "telemetry.telemetryLevel": "off", "window.zoomLevel": 1, "editor.tabSize": 4}
    return "%s/Code/User/settings.json" % appdata("."), jdump(o, 4) + "\n", "json"


@tpl()
def t_vscode_deepl(S):
    key = S("deepl", "deepl_auth_key", "json")
    o = {"deepl.authKey": key, "deepl.targetLanguage": pick(["DE", "EN-US", "JA"]), "deepl.formality": "default",
         "editor.wordWrap": "on", "[markdown]": {"editor.quickSuggestions": {"other": "on"}}}
    return dot("vscode/settings.json"), jdump(o, 4) + "\n", "json"


@tpl()
def t_vscode_restclient(S):
    key = S("openai", "openai_api_key", "json")
    o = {"rest-client.environmentVariables": {"$shared": {"version": "v1"},
                                              "local": {"baseUrl": "http://localhost:8080"},
                                              "openai": {"baseUrl": "https://api.openai.com/v1", "apiKey": key}},
         "rest-client.previewOption": "exchange"}
    return "%s/Code/User/settings.json" % maclib("Application Support"), jdump(o, 4) + "\n", "json"


@tpl()
def t_vscode_thunder(S):
    tok = S("ghfine", "gh_token", "json")
    o = {"_id": ruuid(), "name": "GitHub", "default": False, "sortNum": R.randrange(10000, 40000), "created": "2024-0%d-1%dT09:12:33.410Z" % (R.randrange(1, 9), R.randrange(0, 9)),
         "modified": "2024-1%d-0%dT17:40:02.118Z" % (R.randrange(0, 3), R.randrange(1, 9)),
         "data": [{"name": "baseUrl", "value": "https://api.github.com"}, {"name": "owner", "value": uname()},
                  {"name": "token", "value": tok}]}
    return "%s/Code/User/globalStorage/rangav.vscode-thunder-client/thunderEnvironment.json" % pick([appdata("."), dot(".config")]).replace("/./", "/"), jdump([o]) + "\n", "json"


@tpl()
def t_vscode_statedb(S):
    key = S("openai", "openai_api_key", "sql")
    rows = [("workbench.panel.height", str(R.randrange(200, 400))),
            ("genieai.chatgpt-vscode", json.dumps({"openai-apiKey": key, "model": "gpt-4o"})),
            ("telemetry.lastSessionDate", "Mon, 0%d Apr 2024 08:%02d:11 GMT" % (R.randrange(1, 9), R.randrange(60))),
            ("workbench.activity.pinnedViewlets2", '[{"id":"workbench.view.explorer","pinned":true,"visible":true,"order":0}]')]
    R.shuffle(rows)
    return "%s/Code/User/globalStorage/state.vscdb.sql" % dot(".config"), sql_dump("ItemTable", ["key TEXT UNIQUE ON CONFLICT REPLACE", "value BLOB"], rows), "sql"


def jb_dir():
    ide = pick(["IntelliJIdea2023.3", "PyCharm2024.1", "WebStorm2023.2", "GoLand2024.2", "DataGrip2024.1", "Rider2023.3", "PhpStorm2024.1"])
    return pick(["%s/JetBrains/%s" % (appdata("."), ide), "%s/JetBrains/%s" % (maclib("Application Support"), ide),
                 dot(".config/JetBrains/%s" % ide)]).replace("/./", "/")


@tpl()
def t_jb_workspace_jira(S):
    tok = S("atlassian", "jira_token", "xml")
    site = "https://%s.atlassian.net" % pick(WORDS)
    x = ['<?xml version="1.0" encoding="UTF-8"?>', '<project version="4">',
         '  <component name="ChangeListManager">',
         '    <list default="true" id="%s" name="Changes" comment="" />' % ruuid(),
         '    <option name="SHOW_DIALOG" value="false" />', '  </component>',
         '  <component name="ProjectId" id="%s" />' % rs(27),
         '  <component name="TaskManager">',
         '    <servers>',
         '      <JIRA url="%s">' % site,
         '        <option name="jqlQuery" value="assignee = currentUser() and resolution = Unresolved" />',
         '        <option name="password" value="%s" />' % xesc(tok),
         '        <option name="useBearerTokenAuthentication" value="false" />',
         '        <option name="username" value="%s" />' % email(),
         '      </JIRA>', '    </servers>', '  </component>',
         '  <component name="PropertiesComponent">{', '  "keyToString": {', '    "RunOnceActivity.ShowReadmeOnStart": "true",',
         '    "last_opened_file_path": "/home/%s/src/%s"' % (pick(FIRST), pick(WORDS)), '  }', '}</component>', '</project>']
    return "%s/.idea/workspace.xml" % pick(["src/" + pick(WORDS), "projects/" + pick(WORDS), pick(WORDS)]), "\n".join(x) + "\n", "xml"


@tpl()
def t_jb_youtrack(S):
    tok = S("youtrack", "youtrack_token", "xml")
    x = ['<application>', '  <component name="YouTrackPluginApplicationComponent">',
         '    <option name="servers">', '      <list>', '        <YouTrackServer>',
         '          <option name="url" value="https://%s.youtrack.cloud" />' % pick(WORDS),
         '          <option name="token" value="%s" />' % xesc(tok),
         '          <option name="defaultSearch" value="#Unresolved" />', '          <option name="id" value="%s" />' % ruuid(),
         '        </YouTrackServer>', '      </list>', '    </option>', '  </component>', '</application>']
    return "%s/options/youtrack.xml" % jb_dir(), "\n".join(x) + "\n", "xml"


@tpl()
def t_jb_datasource_url(S):
    pw = S("dbpw", "db_password", "url")
    pw = urllib.parse.quote(pw, safe="") if S.positive else pw
    S.needle = pw if S.positive else None
    u = pick(["app", "postgres", "reporting"])
    x = ['<?xml version="1.0" encoding="UTF-8"?>', '<project version="4">',
         '  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">',
         '    <data-source source="LOCAL" name="%s@%s" uuid="%s">' % (pick(WORDS), pick(["localhost", "staging"]), ruuid()),
         '      <driver-ref>postgresql</driver-ref>', '      <synchronize>true</synchronize>',
         '      <jdbc-driver>org.postgresql.Driver</jdbc-driver>',
         '      <jdbc-url>jdbc:postgresql://%s:5432/%s?user=%s&amp;password=%s</jdbc-url>' % (pick(["localhost", "db.staging.internal"]), pick(WORDS), u, xesc(pw)),
         '      <working-dir>$ProjectFileDir$</working-dir>', '    </data-source>', '  </component>', '</project>']
    return "%s/.idea/dataSources.xml" % pick(["src/" + pick(WORDS), pick(WORDS) + "-api"]), "\n".join(x) + "\n", "xml"


@tpl()
def t_jb_datasource_local(S):
    pw = S("dbpw", "db_password", "xml")
    x = ['<?xml version="1.0" encoding="UTF-8"?>', '<project version="4">',
         '  <component name="dataSourceStorageLocal" created-in="DB-241.%d.%d">' % (R.randrange(10000, 19999), R.randrange(10, 99)),
         '    <data-source name="%s" uuid="%s">' % (pick(["mysql@localhost", "prod-replica", "analytics"]), ruuid()),
         '      <database-info product="MySQL" version="8.0.%d" jdbc-version="4.2" driver-name="MySQL Connector/J" driver-version="mysql-connector-j-8.2.0" dbms="MYSQL" exact-version="8.0.%d" />' % (R.randrange(20, 40), R.randrange(20, 40)),
         '      <case-sensitivity plain-identifiers="exact" quoted-identifiers="exact" />',
         '      <secret-storage>never</secret-storage>', '      <user-name>%s</user-name>' % pick(["root", "app", uname()]),
         '      <property name="password" value="%s" />' % xesc(pw),
         '      <schema-mapping><introspection-scope><node kind="schema" qname="@" /></introspection-scope></schema-mapping>',
         '    </data-source>', '  </component>', '</project>']
    return "%s/.idea/dataSources.local.xml" % pick(WORDS), "\n".join(x) + "\n", "xml"


@tpl()
def t_jb_http_private_env(S):
    spec = pick(["glpat", "atlassian", "npm", "hf"])
    tok = S(spec, "token", "json")
    o = {"dev": {"host": "http://localhost:%d" % pick([3000, 8080, 8000])},
         "prod": {"host": "https://%s.%s" % (pick(["api", "gitlab", "jira"]), pick(["example-corp.com", "%s.io" % pick(WORDS)])), "token": tok}}
    return "%s/http-client.private.env.json" % pick(["requests", "http", ".idea/httpRequests", "scratches"]), jdump(o) + "\n", "json"


@tpl()
def t_postman_env_pmak(S):
    key = S("postman", "postman_api_key", "json")
    o = {"id": ruuid(), "name": pick(["Postman API", "postman-admin", "Workspace sync"]),
         "values": [{"key": "baseUrl", "value": "https://api.getpostman.com", "type": "default", "enabled": True},
                    {"key": "postman_api_key", "value": key, "type": "secret", "enabled": True},
                    {"key": "workspaceId", "value": ruuid(), "type": "default", "enabled": True}],
         "_postman_variable_scope": "environment", "_postman_exported_at": "2024-%02d-%02dT12:%02d:09.114Z" % (R.randrange(1, 13), R.randrange(1, 28), R.randrange(60)),
         "_postman_exported_using": "Postman/10.%d.%d" % (R.randrange(10, 24), R.randrange(0, 9))}
    return "postman/%s.postman_environment.json" % pick(["Postman_API", "admin", "sync"]), jdump(o, 1) + "\n", "json"


@tpl()
def t_postman_env_token(S):
    spec = pick(["ghp", "openai", "glpat", "twitch_oauth"])
    tok = S(spec, "access_token", "json")
    o = {"id": ruuid(), "name": pick(["Production", "prod", "Staging", "Local"]),
         "values": [{"key": "base_url", "value": "https://api.%s.com" % pick(["github", "openai", "twitch"]), "type": "default", "enabled": True},
                    {"key": pick(["access_token", "token", "bearer"]), "value": tok, "type": pick(["secret", "default"]), "enabled": True},
                    {"key": "user", "value": uname(), "type": "default", "enabled": True}],
         "_postman_variable_scope": "environment", "_postman_exported_at": "2023-%02d-%02dT08:00:00.000Z" % (R.randrange(1, 13), R.randrange(1, 28)),
         "_postman_exported_using": "Postman/%d.%d.%d" % (R.randrange(9, 11), R.randrange(0, 30), R.randrange(0, 9))}
    return pick(["postman", "Documents/Postman", "api/postman"]) + "/%s.postman_environment.json" % o["name"], jdump(o, 1) + "\n", "json"


@tpl()
def t_postman_collection_bearer(S):
    tok = S(pick(["glpat", "ghp", "hf"]), "token", "json")
    o = {"info": {"_postman_id": ruuid(), "name": pick(WORDS) + " API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
                  "_exporter_id": str(R.randrange(10 ** 7, 10 ** 8))},
         "item": [{"name": "List projects", "request": {"method": "GET", "header": [],
                                                        "url": {"raw": "{{baseUrl}}/api/v4/projects?membership=true", "host": ["{{baseUrl}}"], "path": ["api", "v4", "projects"]}}}],
         "auth": {"type": "bearer", "bearer": [{"key": "token", "value": tok, "type": "string"}]},
         "variable": [{"key": "baseUrl", "value": "https://gitlab.com", "type": "string"}]}
    return "postman/%s.postman_collection.json" % pick(WORDS), jdump(o, 1) + "\n", "json"


@tpl()
def t_insomnia_json(S):
    tok = S("atlassian", "jira_token", "json")
    wrk = "wrk_" + rhex(32)
    o = {"_type": "export", "__export_format": 4, "__export_date": "2024-0%d-1%dT10:22:01.118Z" % (R.randrange(1, 9), R.randrange(0, 9)),
         "__export_source": "insomnia.desktop.app:v8.%d.%d" % (R.randrange(0, 7), R.randrange(0, 4)),
         "resources": [{"_id": wrk, "parentId": None, "name": "Jira", "_type": "workspace", "scope": "collection"},
                       {"_id": "env_" + rhex(32), "parentId": wrk, "name": "Base Environment", "_type": "environment",
                        "data": {"site": "https://%s.atlassian.net" % pick(WORDS), "email": email(), "api_token": tok}},
                       {"_id": "req_" + rhex(32), "parentId": wrk, "name": "Search issues", "method": "GET",
                        "url": "{{ _.site }}/rest/api/3/search?jql=project=%s" % rs(3, UP), "_type": "request",
                        "authentication": {"type": "basic", "username": "{{ _.email }}", "password": "{{ _.api_token }}"}}]}
    return pick(["insomnia", "Documents", "exports"]) + "/Insomnia_2024-0%d-1%d.json" % (R.randrange(1, 9), R.randrange(0, 9)), jdump(o) + "\n", "json"


@tpl()
def t_insomnia_yaml(S):
    tok = S("hf", "hf_token", "yaml")
    y = ["_type: export", "__export_format: 4", "__export_date: 2024-05-%02dT09:11:42.331Z" % R.randrange(1, 28),
         "__export_source: insomnia.desktop.app:v9.%d.0" % R.randrange(0, 3), "resources:",
         "  - _id: req_%s" % rhex(32), "    parentId: wrk_%s" % rhex(32), "    url: https://api-inference.huggingface.co/models/{{ _.model }}",
         "    name: Inference", "    method: POST", "    headers:", "      - name: Authorization",
         "        value: Bearer %s" % tok, "    _type: request",
         "  - _id: env_%s" % rhex(32), "    name: Base Environment", "    data:", "      model: %s" % pick(["gpt2", "distilbert-base-uncased", "facebook/bart-large-cnn"]),
         "    _type: environment"]
    return "insomnia/Insomnia_%s.yaml" % pick(WORDS), "\n".join(y) + "\n", "yaml"


@tpl()
def t_bruno_env(S):
    spec = pick(["openai", "postman", "ghp", "npm"])
    tok = S(spec, "apiKey", "bru")
    api = {"openai": "https://api.openai.com/v1", "postman": "https://api.getpostman.com", "ghp": "https://api.github.com", "npm": "https://registry.npmjs.org"}[spec]
    b = ["vars {", "  baseUrl: %s" % api, "  apiKey: %s" % tok,
         "  timeout: %d" % pick([5000, 10000, 30000]), "}"]
    return "%s/environments/%s.bru" % (pick(["bruno", "api-collections/" + pick(WORDS)]), pick(["Production", "prod", "Local"])), "\n".join(b) + "\n", "bru"


@tpl()
def t_bruno_req(S):
    tok = S(pick(["glpat", "ghfine", "youtrack"]), "token", "bru")
    b = ["meta {", "  name: %s" % pick(["List issues", "Get user", "Projects"]), "  type: http", "  seq: %d" % R.randrange(1, 9), "}", "",
         "get {", "  url: {{baseUrl}}/api/%s" % pick(["issues", "user", "projects"]), "  body: none", "  auth: bearer", "}", "",
         "auth:bearer {", "  token: %s" % tok, "}"]
    return "%s/%s.bru" % (pick(["bruno/" + pick(WORDS), "collections/" + pick(WORDS)]), pick(["list-issues", "get-user", "projects"])), "\n".join(b) + "\n", "bru"


@tpl()
def t_asf_bot(S):
    pw = S("pw", "steam_password", "json")
    o = {"Enabled": True, "SteamLogin": uname(), "SteamPassword": pw, "FarmingOrders": [pick([0, 1, 2])],
         "SendOnFarmingFinished": False, "SteamTradeToken": rs(8), "OnlineStatus": 1, "RemoteCommunication": 3}
    return "%s/config/%s.json" % (pick(["ArchiSteamFarm", "asf", "tools/ASF"]), pick(["bot1", "main", pick(FIRST)])), jdump(o) + "\n", "json"


@tpl()
def t_asf_global(S):
    pw = S("pw", "ipc_password", "json")
    o = {"SteamOwnerID": 76561197960265728 + R.randrange(10 ** 7, 10 ** 9), "IPCPassword": pw, "IPCPasswordFormat": 0,
         "Headless": True, "AutoRestart": True, "UpdateChannel": 1, "Statistics": True}
    return "%s/config/ASF.json" % pick(["ArchiSteamFarm", "asf"]), jdump(o) + "\n", "json"


@tpl()
def t_rainmeter_steam(S):
    key = S("steam_api", "SteamAPIKey", "ini")
    ini = ["[Variables]", "; Get your key at https://steamcommunity.com/dev/apikey", "SteamAPIKey=%s" % key,
           "SteamID64=%d" % (76561197960265728 + R.randrange(10 ** 7, 10 ** 9)), "UpdateRate=%d" % pick([300, 600, 900]),
           "FontFace=Segoe UI", "FontColor=255,255,255,220"]
    return "%s/Documents/Rainmeter/Skins/%s/@Resources/Variables.inc" % (pick(["Users/" + winuser(), "backup"]), pick(["SteamStats", "SteamFriends", "GameLauncher"])), "\n".join(ini) + "\n", "inc"


@tpl()
def t_rainmeter_spotify(S):
    tok = S("spotify_refresh", "RefreshToken", "ini")
    ini = ["[Variables]", "ClientID=%s" % rhex(32), "RefreshToken=%s" % tok, "Port=%d" % pick([8888, 8080, 8975]),
           "AccentColor=30,215,96", "ShowAlbumArt=1"]
    return "%s/Rainmeter/Skins/%s/@Resources/Spotify.inc" % (pick(["Documents", "Users/%s/Documents" % winuser()]), pick(["Minimal Spotify", "NowPlaying", "Spotilight"])), "\n".join(ini) + "\n", "inc"


@tpl()
def t_spotifyd(S):
    pw = S("pw", "password", "conf")
    c = ["[global]", 'username = "%s"' % uname(), 'password = "%s"' % pw, 'backend = "%s"' % pick(["alsa", "pulseaudio"]),
         'device_name = "%s"' % pick(WORDS), "bitrate = 320", 'cache_path = "/home/%s/.cache/spotifyd"' % pick(FIRST),
         "volume_normalisation = true", 'device_type = "speaker"']
    return dot(".config/spotifyd/spotifyd.conf"), "\n".join(c) + "\n", "conf"


@tpl()
def t_spotify_tui(S):
    sec = S("spotify_secret", "client_secret", "yaml")
    y = ["client_id: %s" % rhex(32), "client_secret: %s" % sec, "device_id: %s" % rhex(40), "port: 8888"]
    return dot(".config/spotify-tui/client.yml"), "\n".join(y) + "\n", "yml"


@tpl()
def t_telegram_send(S):
    tok = S("telegram", "token", "conf")
    c = ["[telegram]", "token = %s" % tok, "chat_id = %d" % R.randrange(10 ** 8, 10 ** 10)]
    return dot(".config/telegram-send.conf"), "\n".join(c) + "\n", "conf"


@tpl()
def t_telegram_pyrogram(S):
    h = S("tg_hash", "api_hash", "ini")
    c = ["[pyrogram]", "api_id = %d" % R.randrange(100000, 9999999), "api_hash = %s" % h, "", "[plugins]", "root = plugins"]
    return "%s/config.ini" % pick(["userbot", "tg-backup", "telegram-export"]), "\n".join(c) + "\n", "ini"


def transmission_settings(pw):
    o = {"alt-speed-down": 50, "alt-speed-enabled": False, "blocklist-enabled": False, "dht-enabled": True,
         "download-dir": "/home/%s/Downloads" % pick(FIRST), "encryption": 1, "peer-port": R.randrange(50000, 65000),
         "rpc-authentication-required": True, "rpc-bind-address": "0.0.0.0", "rpc-enabled": True,
         "rpc-host-whitelist": "", "rpc-password": pw, "rpc-port": 9091, "rpc-url": "/transmission/",
         "rpc-username": pick(["admin", "transmission", pick(FIRST)]), "rpc-whitelist": "127.0.0.1,192.168.*.*",
         "rpc-whitelist-enabled": True, "speed-limit-up": 100, "umask": 18}
    return json.dumps(o, indent=4, sort_keys=True) + "\n"


@tpl()
def t_transmission(S):
    pw = S("pw", "rpc-password", "json")
    return pick([dot(".config/transmission-daemon/settings.json"), dot(".config/transmission/settings.json"),
                 "%s/transmission/settings.json" % appdata(".").replace("/.", "")]), transmission_settings(pw), "json"


def qbit_ini(extra):
    lines = ["[Application]", "FileLogger\\Enabled=true", "FileLogger\\Path=%s" % pick(["C:/Users/%s/AppData/Local/qBittorrent/logs" % winuser(), "/home/%s/.local/share/qBittorrent/logs" % pick(FIRST)]),
             "", "[BitTorrent]", "Session\\DefaultSavePath=%s" % pick(["D:\\\\Downloads", "/home/%s/Downloads" % pick(FIRST)]),
             "Session\\Port=%d" % R.randrange(10000, 65000), "Session\\QueueingSystemEnabled=true", "",
             "[Meta]", "MigrationVersion=%d" % R.randrange(3, 7), "", "[Preferences]"]
    pref = ["Downloads\\SavePath=%s" % pick(["D:/Downloads/", "/home/%s/Downloads/" % pick(FIRST)]),
            "General\\Locale=%s" % pick(["en", "de", "fr"]), "WebUI\\Enabled=%s" % pick(["true", "false"]),
            "WebUI\\Port=8080", "WebUI\\Username=admin"] + extra
    pref.sort()
    return "\n".join(lines + pref) + "\n"


@tpl()
def t_qbit_proxy(S):
    pw = S("pw", "proxy_password", "ini")
    extra = ["Connection\\Proxy\\IP=%s" % host(), "Connection\\Proxy\\Port=1080", "Connection\\Proxy\\Username=%s" % uname(),
             "Connection\\Proxy\\Password=%s" % pw, "Connection\\ProxyType=%d" % pick([2, 3])]
    return pick([appdata("qBittorrent"), dot(".config/qBittorrent")]) + "/qBittorrent.ini", qbit_ini(extra), "ini"


@tpl()
def t_qbit_mail(S):
    pw = S("pw", "smtp_password", "ini")
    extra = ["MailNotification\\enabled=true", "MailNotification\\email=%s" % email(), "MailNotification\\smtp_server=smtp.%s.com" % pick(["gmail", "office365", "mailbox"]),
             "MailNotification\\req_ssl=true", "MailNotification\\req_auth=true", "MailNotification\\username=%s" % email(),
             "MailNotification\\password=%s" % pw]
    return pick([appdata("qBittorrent"), dot(".config/qBittorrent")]) + "/qBittorrent.ini", qbit_ini(extra), "ini"


def fz_server(pass_elem, name=None):
    s = ["\t\t<Server>", "\t\t\t<Host>%s</Host>" % host(), "\t\t\t<Port>%d</Port>" % pick([21, 22, 2222]),
         "\t\t\t<Protocol>%d</Protocol>" % pick([0, 1]), "\t\t\t<Type>0</Type>", "\t\t\t<User>%s</User>" % uname()]
    if pass_elem:
        s.append("\t\t\t" + pass_elem)
    s += ["\t\t\t<Logontype>1</Logontype>", "\t\t\t<PasvMode>MODE_DEFAULT</PasvMode>", "\t\t\t<EncodingType>Auto</EncodingType>",
          "\t\t\t<BypassProxy>0</BypassProxy>"]
    if name:
        s += ["\t\t\t<Name>%s</Name>" % name, "\t\t\t<SyncBrowsing>0</SyncBrowsing>", "\t\t\t<DirectoryComparison>0</DirectoryComparison>"]
    s.append("\t\t</Server>")
    return s


@tpl()
def t_fz_recent(S):
    v = S("fz_b64", "pass", "xml")
    servers = [fz_server(None) for _ in range(R.randrange(0, 3))]
    servers.insert(R.randrange(len(servers) + 1), fz_server('<Pass encoding="base64">%s</Pass>' % v))
    x = ['<?xml version="1.0" encoding="UTF-8"?>', '<FileZilla3 version="3.%d.%d" platform="%s">' % (R.randrange(50, 67), R.randrange(0, 5), pick(["windows", "linux", "mac"])),
         "\t<RecentServers>"] + sum(servers, []) + ["\t</RecentServers>", "</FileZilla3>"]
    return pick([appdata("FileZilla"), dot(".config/filezilla")]) + "/recentservers.xml", "\n".join(x) + "\n", "xml"


@tpl()
def t_fz_sitemanager(S):
    v = S("fz_b64", "pass", "xml")
    x = ['<?xml version="1.0" encoding="UTF-8"?>', '<FileZilla3 version="3.%d.%d" platform="windows">' % (R.randrange(50, 67), R.randrange(0, 5)),
         "\t<Servers>"] + fz_server('<Pass encoding="base64">%s</Pass>' % v, pick(["Webhost", "NAS", "Production", "Seedbox"])) + ["\t</Servers>", "</FileZilla3>"]
    return pick([appdata("FileZilla"), dot(".config/filezilla")]) + "/sitemanager.xml", "\n".join(x) + "\n", "xml"


@tpl()
def t_sublime_sftp(S):
    pw = S("pw", "password", "json")
    j = ["{", '    // sftp, ftp or ftps', '    "type": "sftp",', "", '    "save_before_upload": true,', '    "upload_on_save": true,',
         '    "sync_down_on_open": false,', '    "confirm_downloads": false,', "", '    "host": "%s",' % host(),
         '    "user": "%s",' % uname(), '    "password": "%s",' % pw, '    "port": "22",', "",
         '    "remote_path": "/var/www/%s/",' % pick(WORDS), '    "ignore_regexes": [', '        "\\\\.sublime-(project|workspace)", "sftp-config(-alt\\\\d?)?\\\\.json",',
         '        "\\\\.git/", "\\\\.DS_Store"', "    ],", '    "connect_timeout": 30', "}"]
    return "%s/sftp-config.json" % pick(["www/" + pick(WORDS), pick(WORDS) + "-site", "public_html"]), "\n".join(j) + "\n", "json"


@tpl()
def t_sublime_gist(S):
    tok = S("ghp", "token", "json")
    j = ["{", '\t"token": "%s",' % tok, '\t"max_gists": %d,' % pick([50, 100]), '\t"include_users": ["%s"],' % uname(),
         '\t"prefer_filename": true', "}"]
    return "%s/Packages/User/Gist.sublime-settings" % pick([appdata("Sublime Text"), maclib("Application Support/Sublime Text 3"), dot(".config/sublime-text")]), "\n".join(j) + "\n", "sublime-settings"


@tpl()
def t_sublime_openai(S):
    tok = S("openai", "token", "json")
    j = ["{", '    "url": "https://api.openai.com",', '    "token": "%s",' % tok, '    "assistant_settings": [',
         '        {"name": "General Assistant", "chat_model": "gpt-4o-mini", "prompt_mode": "panel"}', "    ]", "}"]
    return "%s/Packages/User/openAI.sublime-settings" % pick([appdata("Sublime Text"), dot(".config/sublime-text")]), "\n".join(j) + "\n", "sublime-settings"


@tpl()
def t_hexchat(S):
    pw = S("irc", "password", "conf")
    nets = []
    for i in range(R.randrange(1, 3)):
        nets += ["N=%s" % pick(["Libera.Chat", "OFTC", "Rizon", "EFnet"]), "E=UTF-8 (Unicode)", "F=%d" % pick([19, 23]), "D=0",
                 "S=irc.%s.net/+6697" % pick(["libera", "oftc", "rizon"]), ""]
    mine = ["N=%s" % pick(["Libera.Chat", "hackint", "Snoonet"]), "I=%s" % uname(), "U=%s" % pick(FIRST), "L=6", "P=%s" % pw,
            "E=UTF-8 (Unicode)", "F=23", "D=0", "S=irc.%s.chat/+6697" % pick(["libera", "hackint", "snoonet"]), "J=#%s" % pick(WORDS), ""]
    return pick([appdata("HexChat"), dot(".config/hexchat")]) + "/servlist.conf", "v=2.16.%d\n\n" % R.randrange(0, 3) + "\n".join(nets + mine), "conf"


@tpl()
def t_mirc_perform(S):
    pw = S("irc", "password", "ini")
    ini = ["[perform]", "n0=/mode $me +x", "n1=/msg NickServ IDENTIFY %s" % pw, "n2=/join #%s" % pick(WORDS), "", "[pfiles]",
           "n0=popups.ini", "n1=popups.ini", "n2=popups.ini"]
    return "%s/perform.ini" % appdata("mIRC"), "\n".join(ini) + "\n", "ini"


@tpl()
def t_pidgin(S):
    pw = S("pw", "password", "xml")
    x = ["<?xml version='1.0' encoding='UTF-8' ?>", "", "<account version='1.0'>", " <account>", "  <protocol>prpl-jabber</protocol>",
         "  <name>%s@%s/%s</name>" % (pick(FIRST), pick(["jabber.de", "xmpp.jp", "conversations.im"]), pick(["laptop", "home"])),
         "  <password>%s</password>" % xesc(pw), "  <statuses>", "   <status type='available' name='Available' active='true'>",
         "    <attributes/>", "   </status>", "  </statuses>", "  <settings>", "   <setting name='use-global-buddyicon' type='bool'>1</setting>",
         "   <setting name='connection_security' type='string'>require_tls</setting>", "  </settings>", " </account>", "</account>"]
    return pick([appdata(".purple"), dot(".purple")]).replace("/.purple", "/.purple") + "/accounts.xml", "\n".join(x) + "\n", "xml"


@tpl()
def t_odbc_ini(S):
    pw = S("dbpw", "PWD", "ini")
    ini = ["[ODBC 32 bit Data Sources]", "%s=SQL Server (32 bit)" % pick(["Accounting", "Warehouse"]), "",
           "[%s]" % pick(["Accounting", "Warehouse", "CRM"]), "Driver=C:\\WINDOWS\\system32\\SQLSRV32.dll",
           "Server=%s\\SQLEXPRESS" % pick(["SRV01", "FILESERVER", "OFFICE-PC"]), "Database=%s" % pick(WORDS).capitalize(),
           "UID=%s" % pick(["sa", "report", "acct"]), "PWD=%s" % pw, "Trusted_Connection=No"]
    return "backup/Windows/%s" % pick(["ODBC.INI", "odbc.ini"]), "\r\n".join(ini) + "\r\n", "ini"


@tpl()
def t_gh_hosts(S):
    tok = S("gho", "oauth_token", "yaml")
    u = uname()
    y = ["github.com:", "    users:", "        %s:" % u, "            oauth_token: %s" % tok, "    git_protocol: %s" % pick(["https", "ssh"]),
         "    oauth_token: %s" % tok, "    user: %s" % u]
    if R.random() < 0.5:
        y = ["github.com:", "    oauth_token: %s" % tok, "    user: %s" % u, "    git_protocol: https"]
    return dot(".config/gh/hosts.yml"), "\n".join(y) + "\n", "yml"


@tpl()
def t_git_credentials(S):
    tok = S(pick(["ghp", "glpat", "ghfine"]), "token", "url")
    lines = []
    if R.random() < 0.5:
        lines.append("https://%s@bitbucket.org" % uname())
    lines.append("https://%s:%s@%s" % (uname(), tok, "gitlab.com" if S.provider == "gitlab" else "github.com"))
    return dot(".git-credentials"), "\n".join(lines) + "\n", "git-credentials"


@tpl()
def t_npmrc(S):
    tok = S("npm", "NPM_TOKEN", "ini")
    lines = ["//registry.npmjs.org/:_authToken=%s" % tok, "init-author-name=%s %s" % (pick(FIRST).capitalize(), pick(LAST).capitalize()),
             "save-exact=true", "fund=false"]
    R.shuffle(lines)
    return dot(".npmrc"), "\n".join(lines) + "\n", "npmrc"


@tpl()
def t_netrc(S):
    tok = S(pick(["glpat", "ghp", "pw"]), "password", "netrc")
    mach = pick(["gitlab.com", "github.com", "api.%s.io" % pick(WORDS)])
    lines = ["machine %s" % mach, "  login %s" % uname(), "  password %s" % tok]
    if R.random() < 0.5:
        lines = ["machine %s login %s password %s" % (mach, uname(), tok)]
    if R.random() < 0.5:
        lines.insert(0, "# netrc for %s" % pick(["git over https", "curl", "twine"]))
    return dot(".netrc"), "\n".join(lines) + "\n", "netrc"


@tpl()
def t_docker_config(S):
    a = S("docker", "auth", "json")
    o = {"auths": {pick(["https://index.docker.io/v1/", "ghcr.io", "registry.gitlab.com"]): {"auth": a}},
         "currentContext": pick(["default", "desktop-linux", "colima"]),
         "plugins": {"-x-cli-hints": {"enabled": "true"}}}
    return dot(".docker/config.json"), jdump(o, 1 + R.randrange(2)) + "\n", "json"


@tpl()
def t_shellrc_brew(S):
    tok = S(pick(["ghp", "ghfine"]), "HOMEBREW_GITHUB_API_TOKEN", "sh")
    lines = ["# ~/.zshrc", 'export ZSH="$HOME/.oh-my-zsh"', 'ZSH_THEME="%s"' % pick(["robbyrussell", "agnoster", "powerlevel10k/powerlevel10k"]),
             "plugins=(git z fzf)", "source $ZSH/oh-my-zsh.sh", "", 'export PATH="/opt/homebrew/bin:$PATH"',
             "export HOMEBREW_NO_ANALYTICS=1", "export HOMEBREW_GITHUB_API_TOKEN=%s" % tok, "", "alias ll='ls -lah'", 'eval "$(starship init zsh)"']
    return dot(pick([".zshrc", "zsh/.zshrc", ".zshenv"])), "\n".join(lines) + "\n", "sh"


@tpl()
def t_shellrc_other(S):
    spec = pick(["openai", "hf", "todoist", "atlassian"])
    var = {"openai": "OPENAI_API_KEY", "hf": "HF_TOKEN", "todoist": "TODOIST_API_TOKEN", "atlassian": "JIRA_API_TOKEN"}[spec]
    name = var if R.random() < 0.5 else pick(["TOKEN", "KEY", "T", "MYKEY"])
    tok = S(spec, var, "sh")
    lines = ["# .bashrc additions", "[ -f ~/.fzf.bash ] && source ~/.fzf.bash", "export EDITOR=nvim", "export %s='%s'" % (name, tok),
             "alias gs='git status'", "HISTSIZE=50000"]
    return dot(pick([".bashrc", "bash/.bash_profile", ".bash_aliases"])), "\n".join(lines) + "\n", "sh"


@tpl()
def t_hub(S):
    tok = S("gho", "oauth_token", "yaml")
    y = ["github.com:", "- user: %s" % uname(), "  oauth_token: %s" % tok, "  protocol: https"]
    return dot(".config/hub"), "\n".join(y) + "\n", "yaml"


@tpl()
def t_hf_token_file(S):
    tok = S("hf", "HF_TOKEN", "plain", raw=True)
    return dot(pick([".cache/huggingface/token", ".huggingface/token"])), tok + "\n", "txt"


@tpl()
def t_wakatime(S):
    k = S("waka", "api_key", "ini")
    c = ["[settings]", "debug = false", "api_key = %s" % k, "hidefilenames = false", "ignore =", "    COMMIT_EDITMSG$", "    PULLREQ_EDITMSG$",
         "status_bar_enabled = true"]
    return dot(".wakatime.cfg"), "\n".join(c) + "\n", "cfg"


@tpl()
def t_pgpass(S):
    pw = S("dbpw", "pgpass", "pgpass")
    lines = ["# hostname:port:database:username:password", "localhost:5432:*:postgres:%s" % pw]
    if R.random() < 0.5:
        lines.insert(1, "*:*:*:replicator:*")
    return dot(".pgpass"), "\n".join(lines) + "\n", "pgpass"


@tpl()
def t_mycnf(S):
    pw = S("dbpw", "password", "ini")
    c = ["[client]", "user=%s" % pick(["root", "dev", uname()]), "password=%s" % pw, "host=%s" % pick(["127.0.0.1", "localhost"]), "",
         "[mysql]", "prompt=\\u@\\h [\\d]>\\_", "auto-rehash"]
    return dot(".my.cnf"), "\n".join(c) + "\n", "cnf"


@tpl()
def t_robo3t(S):
    pw = S("dbpw", "userPassword", "json")
    o = {"autoConnectToDefaultDb": True, "autoExpand": True, "batchSize": 50,
         "connections": [{"configVersion": 2, "connectionName": pick(WORDS) + "-mongo", "serverHost": pick(["localhost", "mongo.internal"]),
                          "serverPort": 27017, "credentials": [{"databaseName": "admin", "enabled": True, "mechanism": "SCRAM-SHA-1",
                                                               "userName": pick(["admin", "app"]), "userPassword": pw}],
                          "ssh": {"enabled": False}, "uuid": ruuid()}],
         "currentStyle": "Fusion", "disableConnectionShortcuts": False}
    return dot(pick([".3T/robo-3t/1.4.4/robo3t.json", ".3T/robo-3t/1.3.1/robo3t.json"])), jdump(o, 4) + "\n", "json"


def plist(body):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
            '"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n' + "\n".join(body) + "\n</dict>\n</plist>\n")


@tpl()
def t_alfred_workflow(S):
    spec = pick(["ghp", "openai", "todoist", "ghfine"])
    var = {"ghp": "github_token", "ghfine": "GITHUB_TOKEN", "openai": "openai_api_key", "todoist": "todoist_token"}[spec]
    tok = S(spec, var, "xml")
    app = {"ghp": ("github", "GitHub Repos"), "ghfine": ("github", "GitHub Notifications"), "openai": ("chatgpt", "ChatGPT"), "todoist": ("todoist", "Todoist Quick Add")}[spec]
    body = ["\t<key>bundleid</key>", "\t<string>com.%s.%s</string>" % (pick(FIRST), app[0]),
            "\t<key>category</key>", "\t<string>Productivity</string>", "\t<key>createdby</key>", "\t<string>%s</string>" % pick(FIRST).capitalize(),
            "\t<key>name</key>", "\t<string>%s</string>" % app[1],
            "\t<key>variables</key>", "\t<dict>", "\t\t<key>%s</key>" % var, "\t\t<string>%s</string>" % xesc(tok),
            "\t\t<key>max_results</key>", "\t\t<string>%d</string>" % pick([10, 25, 50]), "\t</dict>",
            "\t<key>version</key>", "\t<string>%d.%d</string>" % (R.randrange(1, 4), R.randrange(0, 9))]
    return "%s/Alfred.alfredpreferences/workflows/user.workflow.%s/info.plist" % (pick(["Alfred", "dotfiles/alfred", "Library/Application Support/Alfred"]), ruuid().upper()), plist(body), "plist"


@tpl()
def t_macos_defaults_plist(S):
    spec = pick(["todoist", "deepl", "openai", "waka"])
    key = {"todoist": "APIToken", "deepl": "AuthKey", "openai": "OpenAIKey", "waka": "apiKey"}[spec]
    tok = S(spec, key, "xml")
    body = ["\t<key>NSWindow Frame MainWindow</key>", "\t<string>%d %d 1200 800 0 0 2560 1415 </string>" % (R.randrange(0, 900), R.randrange(0, 500)),
            "\t<key>%s</key>" % key, "\t<string>%s</string>" % xesc(tok), "\t<key>SUEnableAutomaticChecks</key>", "\t<true/>",
            "\t<key>SULastCheckTime</key>", "\t<date>2024-%02d-%02dT08:12:44Z</date>" % (R.randrange(1, 13), R.randrange(1, 28))]
    app = pick(["com.%s.%s" % (pick(WORDS), pick(["Menubar", "mac", "helper"])), "io.%s.desktop" % pick(WORDS)])
    return "%s/%s.plist" % (maclib("Preferences"), app), plist(body), "plist"


@tpl()
def t_obs_twitch(S):
    key = S("twitch_stream", "key", "json")
    o = {"settings": {"bwtest": False, "key": key, "server": "auto", "service": "Twitch"}, "type": "rtmp_common"}
    return "%s/basic/profiles/%s/service.json" % (pick([appdata("obs-studio"), dot(".config/obs-studio"), maclib("Application Support/obs-studio")]), pick(["Untitled", "Streaming", pick(WORDS).capitalize()])), json.dumps(o, indent=pick([None, 4])) + "\n", "json"


@tpl()
def t_obs_youtube(S):
    key = S("yt_stream", "key", "json")
    o = {"settings": {"key": key, "server": "rtmps://a.rtmps.youtube.com:443/live2", "service": "YouTube - RTMPS", "stream_key_link": "https://www.youtube.com/live_dashboard"},
         "type": "rtmp_common"}
    return "%s/basic/profiles/%s/service.json" % (pick([appdata("obs-studio"), dot(".config/obs-studio")]), pick(["YouTube", "Untitled"])), json.dumps(o, indent=4) + "\n", "json"


@tpl()
def t_chatterino(S):
    tok = S("twitch_oauth", "oauthToken", "json")
    uid = str(R.randrange(10 ** 7, 10 ** 9))
    u = uname().replace(".", "_")
    o = {"accounts": {"current": u, "uid%s" % uid: {"username": u, "userID": uid, "clientID": rs(30, LO + DIG), "oauthToken": tok}},
         "appearance": {"messages": {"showTimestamps": True}}, "behaviour": {"autocompletion": {"smallStreamerLimit": 1000}}}
    return "%s/Settings/settings.json" % pick([appdata("Chatterino2"), dot(".local/share/chatterino")]), jdump(o, 4) + "\n", "json"


@tpl()
def t_syncthing(S):
    key = S("syncthing", "apikey", "xml")
    dev = "-".join(rs(7, UP + "234567") for _ in range(8))
    x = ['<configuration version="%d">' % R.randrange(35, 38), '    <folder id="%s-%s" label="%s" path="/home/%s/Sync" type="sendreceive" rescanIntervalS="3600" fsWatcherEnabled="true">' % (rs(5, LO + DIG), rs(5, LO + DIG), pick(WORDS), pick(FIRST)),
         '        <device id="%s" introducedBy=""></device>' % dev, "    </folder>",
         '    <device id="%s" name="%s" compression="metadata" introducer="false" skipIntroductionRemovals="false" introducedBy="">' % (dev, pick(WORDS)),
         "        <address>dynamic</address>", "    </device>", '    <gui enabled="true" tls="false" debugging="false">',
         "        <address>127.0.0.1:8384</address>", "        <apikey>%s</apikey>" % xesc(key), "        <theme>default</theme>", "    </gui>",
         "</configuration>"]
    return pick([dot(".config/syncthing/config.xml"), "%s/config.xml" % pick([appdata("."), "backup/AppData/Local/Syncthing"])]).replace("/./", "/"), "\n".join(x) + "\n", "xml"


@tpl()
def t_iterm_trigger(S):
    pw = S("pw", "sudo_password", "xml")
    body = ["\t<key>New Bookmarks</key>", "\t<array>", "\t\t<dict>", "\t\t\t<key>Guid</key>", "\t\t\t<string>%s</string>" % ruuid().upper(),
            "\t\t\t<key>Name</key>", "\t\t\t<string>Default</string>", "\t\t\t<key>Triggers</key>", "\t\t\t<array>", "\t\t\t\t<dict>",
            "\t\t\t\t\t<key>action</key>", "\t\t\t\t\t<string>SendTextTrigger</string>", "\t\t\t\t\t<key>parameter</key>",
            "\t\t\t\t\t<string>%s\\n</string>" % xesc(pw), "\t\t\t\t\t<key>regex</key>", "\t\t\t\t\t<string>^\\[sudo\\] password for %s:</string>" % pick(FIRST),
            "\t\t\t\t</dict>", "\t\t\t</array>", "\t\t</dict>", "\t</array>", "\t<key>TabStyleWithAutomaticOption</key>", "\t<integer>5</integer>"]
    return "%s/com.googlecode.iterm2.plist" % pick(["iterm2", "dotfiles/iterm", maclib("Preferences")]), plist(body), "plist"


@tpl(neg=False)
def t_envfile(S):
    spec = pick(["openai", "discord", "ghp", "hf"])
    var = {"openai": "OPENAI_API_KEY", "discord": "DISCORD_TOKEN", "ghp": "GITHUB_TOKEN", "hf": "HUGGINGFACE_TOKEN"}[spec]
    tok = S(spec, var, "sh")
    lines = ["# local overrides", "LOG_LEVEL=debug", "%s=%s" % (var, tok), "PORT=%d" % pick([3000, 8080])]
    return "%s/%s" % (pick(["dotfiles", "scripts/" + pick(WORDS), pick(WORDS)]), pick([".env", ".env.local"])), "\n".join(lines) + "\n", "env"


# ---------------------------------------------------------------- look-alike negatives
NEG_T = []


def neg(provider, kind):
    def deco(f):
        NEG_T.append((f, provider, kind))
        return f
    return deco


def der_len(n):
    return bytes([n]) if n < 128 else bytes([0x81, n])


def nss_blob(plain_len):
    """Old-style NSS SDR ciphertext: SEQ{ OCTET keyid, SEQ{ OID des-ede3-cbc, OCTET iv }, OCTET ct }"""
    keyid = b"\xf8" + b"\x00" * 14 + b"\x01"
    iv = rbytes(8)
    ct = rbytes(((plain_len // 8) + 1) * 8)
    alg = b"\x06\x08\x2a\x86\x48\x86\xf7\x0d\x03\x07" + b"\x04\x08" + iv
    inner = b"\x04\x10" + keyid + b"\x30" + der_len(len(alg)) + alg + b"\x04" + der_len(len(ct)) + ct
    return b64(b"\x30" + der_len(len(inner)) + inner)


DPAPI_HDR = bytes.fromhex("01000000d08c9ddf0115d1118c7a00c04fc297eb01000000")


def dpapi_blob(n=None):
    n = n or R.randrange(150, 300)
    return b64(DPAPI_HDR + rbytes(n))


def chrome_v10(n):
    return pick([b"v10", b"v11"]) + rbytes(12) + rbytes(n) + rbytes(16)


@neg("firefox", "encrypted-blob")
def n_ff_logins_json():
    logins = []
    for i in range(R.randrange(1, 4)):
        h = "https://%s.%s" % (pick(WORDS), pick(["com", "org", "net"]))
        logins.append({"id": i + 1, "hostname": h, "httpRealm": None, "formSubmitURL": h, "usernameField": "login", "passwordField": "password",
                       "encryptedUsername": nss_blob(R.randrange(8, 30)), "encryptedPassword": nss_blob(R.randrange(8, 24)),
                       "guid": "{%s}" % ruuid(), "encType": 1, "timeCreated": ts_ms(), "timeLastUsed": ts_ms(),
                       "timePasswordChanged": ts_ms(), "timesUsed": R.randrange(1, 90)})
    o = {"nextId": len(logins) + 1, "logins": logins, "potentiallyVulnerablePasswords": [], "dismissedBreachAlertsByLoginGUID": {}, "version": 3}
    app = pick(["mozilla/firefox", "thunderbird/Profiles", "firefox-backup"])
    return "%s/%s/logins.json" % (app, profile_dir()), json.dumps(o, separators=(",", ":")) + "\n", "json"


@neg("windows", "dpapi-blob")
def n_rdcman():
    srv = []
    for i in range(R.randrange(1, 4)):
        srv += ["      <server>", "        <properties>", "          <name>%s</name>" % pick(["SRV-DC01", "fileserver", "10.0.0.%d" % R.randrange(2, 250), "jumpbox"]),
                "        </properties>", "        <logonCredentials inherit=\"None\">", "          <profileName scope=\"Local\">Custom</profileName>",
                "          <userName>%s</userName>" % pick(["administrator", winuser().lower()]),
                "          <password>%s</password>" % dpapi_blob(), "          <domain>%s</domain>" % pick(["CORP", "HOME", "."]),
                "        </logonCredentials>", "      </server>"]
    x = ['<?xml version="1.0" encoding="utf-8"?>', '<RDCMan programVersion="2.9" schemaVersion="3">', "  <file>",
         "    <properties>", "      <expanded>True</expanded>", "      <name>%s</name>" % pick(["servers", "lab", "office"]), "    </properties>"] + srv + ["  </file>", "</RDCMan>"]
    return "%s/Documents/%s.rdg" % (pick(["Users/" + winuser(), "backup"]), pick(["servers", "lab", "office"])), "\n".join(x) + "\n", "xml"


@neg("chrome", "dpapi-encrypted-key")
def n_chrome_local_state():
    o = {"browser": {"enabled_labs_experiments": [], "last_redirect_origin": ""},
         "os_crypt": {"app_bound_encrypted_key": b64(b"APPB" + rbytes(R.randrange(300, 360))) if R.random() < 0.5 else None,
                      "encrypted_key": b64(b"DPAPI" + DPAPI_HDR + rbytes(R.randrange(180, 230)))},
         "profile": {"info_cache": {"Default": {"active_time": ts_s() + R.random(), "avatar_icon": "chrome://theme/IDR_PROFILE_AVATAR_26",
                                                "gaia_id": str(R.randrange(10 ** 20, 10 ** 21)), "name": "Person 1"}}},
         "user_experience_metrics": {"client_id2": ruuid(), "low_entropy_source3": R.randrange(0, 8000), "session_id": R.randrange(1, 400)},
         "variations_permanent_consistency_country": ["12%d.0.%d.%d" % (R.randrange(0, 9), R.randrange(6000, 6900), R.randrange(50, 200)), pick(["us", "de", "gb"])]}
    if o["os_crypt"]["app_bound_encrypted_key"] is None:
        del o["os_crypt"]["app_bound_encrypted_key"]
    return "Users/%s/AppData/Local/Google/Chrome/User Data/Local State" % winuser(), json.dumps(o, separators=(",", ":")) + "\n", "json"


@neg("chrome", "encrypted-blob")
def n_chrome_login_data():
    rows = []
    for i in range(R.randrange(2, 5)):
        h = "https://%s.%s/" % (pick(WORDS), pick(["com", "io"]))
        rows.append((h, h + "login", "email", email(), "password", chrome_v10(R.randrange(8, 24)), ts_s() * 1000000, R.randrange(0, 50)))
    cols = ["origin_url VARCHAR NOT NULL", "action_url VARCHAR", "username_element VARCHAR", "username_value VARCHAR",
            "password_element VARCHAR", "password_value BLOB", "date_created INTEGER NOT NULL", "times_used INTEGER"]
    return "chrome-backup/Default/Login Data.sql", sql_dump("logins", cols, rows), "sql"


@neg("chrome", "hmac-digest")
def n_chrome_preferences():
    macs = {"browser": {"show_home_button": rhex(64).upper()}, "default_search_provider_data": {"template_url_data": rhex(64).upper()},
            "extensions": {"settings": {rs(32, "abcdefghijklmnop"): rhex(64).upper() for _ in range(3)}},
            "homepage": rhex(64).upper(), "session": {"restore_on_startup": rhex(64).upper()}}
    o = {"browser": {"window_placement": {"bottom": R.randrange(700, 1400), "left": R.randrange(0, 200), "maximized": pick([True, False]),
                                          "right": R.randrange(1200, 2500), "top": R.randrange(0, 100), "work_area_bottom": 1400, "work_area_right": 2560}},
         "extensions": {"last_chrome_version": "12%d.0.%d.%d" % (R.randrange(0, 9), R.randrange(6000, 6900), R.randrange(50, 200))},
         "protection": {"macs": macs, "super_mac": rhex(64).upper()}}
    name = pick(["Preferences", "Secure Preferences"])
    return "%s/%s" % (pick(["Users/%s/AppData/Local/Google/Chrome/User Data/Default" % winuser(), "Library/Application Support/Google/Chrome/Default",
                            ".config/google-chrome/Default"]), name), json.dumps(o, separators=(",", ":")) + "\n", "json"


@neg("transmission", "salted-hash")
def n_transmission_hashed():
    salt = rs(8, A62 + "./")
    return dot(".config/transmission-daemon/settings.json"), transmission_settings("{" + rhex(40) + salt), "json"


@neg("qbittorrent", "pbkdf2-hash")
def n_qbit_pbkdf2():
    extra = ['WebUI\\Password_PBKDF2="@ByteArray(%s:%s)"' % (b64(rbytes(16)), b64(rbytes(64))), "WebUI\\LocalHostAuth=false",
             "WebUI\\CSRFProtection=true"]
    return pick([appdata("qBittorrent"), dot(".config/qBittorrent")]) + "/qBittorrent.ini", qbit_ini(extra), "ini"


@neg("qbittorrent", "md5-hash")
def n_qbit_ha1():
    extra = ["WebUI\\Password_ha1=@ByteArray(%s)" % rhex(32), "WebUI\\HostHeaderValidation=true"]
    return pick([appdata("qBittorrent"), dot(".config/qBittorrent")]) + "/qBittorrent.ini", qbit_ini(extra), "ini"


@neg("filezilla", "encrypted-blob")
def n_fz_crypt():
    x = ['<?xml version="1.0" encoding="UTF-8"?>', '<FileZilla3 version="3.%d.0" platform="windows">' % R.randrange(60, 67), "\t<Servers>"] + \
        fz_server('<Pass encoding="crypt" pubkey="%s">%s</Pass>' % (b64(rbytes(64)), b64(rbytes(R.randrange(60, 90)))), pick(["NAS", "Webspace"])) + ["\t</Servers>", "</FileZilla3>"]
    return appdata("FileZilla") + "/sitemanager.xml", "\n".join(x) + "\n", "xml"


@neg("filezilla", "no-password")
def n_fz_askpass():
    servers = sum([fz_server(None) for _ in range(R.randrange(1, 4))], [])
    x = ['<?xml version="1.0" encoding="UTF-8"?>', '<FileZilla3 version="3.%d.0" platform="linux">' % R.randrange(55, 67), "\t<RecentServers>"] + servers + ["\t</RecentServers>", "</FileZilla3>"]
    return dot(".config/filezilla/recentservers.xml"), "\n".join(x) + "\n", "xml"


@neg("vscode", "machine-id")
def n_vscode_storage():
    o = {"telemetry.machineId": rhex(64), "telemetry.sqmId": pick(["", "{%s}" % ruuid().upper()]), "telemetry.devDeviceId": ruuid(),
         "backupWorkspaces": {"folders": [{"folderUri": "file:///home/%s/src/%s" % (pick(FIRST), pick(WORDS))}]},
         "windowsState": {"lastActiveWindow": {"folder": "file:///home/%s/src/%s" % (pick(FIRST), pick(WORDS)), "backupPath": "/home/x/.config/Code/Backups/%s" % rhex(32),
                                               "uiState": {"mode": 1, "x": R.randrange(0, 400), "y": R.randrange(0, 200), "width": 1600, "height": 1000}}},
         "theme": "vs-dark", "themeBackground": "#1f1f1f"}
    return dot(".config/Code/User/globalStorage/storage.json"), jdump(o, 4) + "\n", "json"


@neg("vscode", "extension-state")
def n_vscode_globalstate():
    rows = [("ms-python.python", json.dumps({"PYTHON_WAS_EVER_SELECTED": True, "extensionVersion": "2024.%d.0" % R.randrange(1, 20)})),
            ("workbench.telemetryOptOutShown", "true"), ("__$__targetStorageMarker", json.dumps({"workbench.view.search.state": 0})),
            ("github.copilot-chat", json.dumps({"chat.workspaceId": ruuid(), "sessionId": rhex(32)})),
            ("telemetry.firstSessionDate", "Tue, 1%d Jan 2023 09:00:00 GMT" % R.randrange(0, 9)),
            ("memento/gettingStartedService", json.dumps({"pickColorTheme": {"done": True}}))]
    return "%s/Code/User/globalStorage/state.vscdb.sql" % dot(".config"), sql_dump("ItemTable", ["key TEXT UNIQUE ON CONFLICT REPLACE", "value BLOB"], rows), "sql"


@neg("vscode", "gist-id")
def n_vscode_settings_sync():
    o = {"sync.gist": rhex(32), "sync.autoDownload": False, "sync.autoUpload": True, "sync.forceDownload": False,
         "workbench.iconTheme": "material-icon-theme", "editor.fontFamily": "'JetBrains Mono', monospace", "git.confirmSync": False,
         "remote.SSH.remotePlatform": {pick(WORDS) + "-vm": "linux"}}
    return dot(".config/Code/User/settings.json"), jdump(o, 4) + "\n", "json"


@neg("jetbrains", "account-id")
def n_jb_github_accounts():
    x = ["<application>", '  <component name="GithubAccounts">', '    <option name="accounts">', "      <list>",
         '        <GithubAccount name="%s" id="%s">' % (uname(), ruuid()), '          <server host="github.com" />', "        </GithubAccount>",
         "      </list>", "    </option>", "  </component>", '  <component name="GithubSettings">',
         '    <option name="CLONE_GIT_USING_SSH" value="%s" />' % pick(["true", "false"]), "  </component>", "</application>"]
    return "%s/options/github.xml" % jb_dir(), "\n".join(x) + "\n", "xml"


@neg("jetbrains", "install-id")
def n_jb_other_xml():
    x = ["<application>", '  <component name="PropertyService"><![CDATA[{', '  "keyToString": {',
         '    "ide.memory.adjusted": "true",', '    "installation.uid": "%s",' % ruuid(), '    "previous.ide.version": "%d.%d"' % (R.randrange(2021, 2025), R.randrange(1, 4)),
         "  }", "}]]></component>", '  <component name="UpdatesConfigurable">', '    <option name="LAST_TIME_CHECKED" value="%d" />' % ts_ms(),
         '    <option name="LAST_BUILD_CHECKED" value="IU-241.%d.%d" />' % (R.randrange(10000, 19999), R.randrange(10, 99)), "  </component>", "</application>"]
    return "%s/options/%s" % (jb_dir(), pick(["other.xml", "updates.xml"])), "\n".join(x) + "\n", "xml"


@neg("jetbrains", "recent-files")
def n_jb_recent():
    ents = []
    for i in range(R.randrange(2, 5)):
        p = "$USER_HOME$/src/%s" % pick(WORDS)
        ents += ['        <entry key="%s">' % p, "          <value>", "            <RecentProjectMetaInfo frameTitle=\"%s\" projectWorkspaceId=\"%s\">" % (p.split("/")[-1], rs(27)),
                 '              <option name="buildTimestamp" value="%d" />' % ts_ms(), '              <option name="productionCode" value="IU" />',
                 '              <option name="binFolder" value="$APPLICATION_HOME_DIR$/bin" />', "            </RecentProjectMetaInfo>", "          </value>", "        </entry>"]
    x = ["<application>", '  <component name="RecentProjectsManager">', '    <option name="additionalInfo">', "      <map>"] + ents + \
        ["      </map>", "    </option>", "  </component>", "</application>"]
    return "%s/options/recentProjects.xml" % jb_dir(), "\n".join(x) + "\n", "xml"


@neg("jetbrains", "datasource-no-password")
def n_jb_datasource_nopw():
    x = ['<?xml version="1.0" encoding="UTF-8"?>', '<project version="4">', '  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">',
         '    <data-source source="LOCAL" name="%s" uuid="%s">' % (pick(WORDS), ruuid()), "      <driver-ref>postgresql</driver-ref>",
         "      <jdbc-driver>org.postgresql.Driver</jdbc-driver>", "      <jdbc-url>jdbc:postgresql://localhost:5432/%s</jdbc-url>" % pick(WORDS),
         "      <secret-storage>master_key</secret-storage>", "      <user-name>%s</user-name>" % pick(["postgres", "app"]),
         "    </data-source>", "  </component>", "</project>"]
    return "%s/.idea/dataSources.xml" % pick(WORDS), "\n".join(x) + "\n", "xml"


@neg("firefox", "telemetry-ids")
def n_ff_prefs_ids():
    exts = {pick(["uBlock0@raymondhill.net", "{446900e4-71c2-419f-a6a7-df9c091e268b}", "jid1-MnnxcxisBPnSXQ@jetpack", "addon@darkreader.org"]): ruuid() for _ in range(3)}
    lines = ff_noise_prefs(R.randrange(5, 12)) + [
        user_pref("toolkit.telemetry.cachedClientID", ruuid()), user_pref("app.normandy.user_id", ruuid()),
        user_pref("browser.newtabpage.activity-stream.impressionId", "{%s}" % ruuid()),
        user_pref("extensions.webextensions.uuids", json.dumps(exts, separators=(",", ":"))),
        user_pref("services.sync.client.GUID", b64u(rbytes(9))), user_pref("toolkit.telemetry.previousBuildID", "2024%010d" % R.randrange(10 ** 9)),
        user_pref("media.gmp-widevinecdm.hashValue", rhex(128))]
    return "mozilla/firefox/%s/prefs.js" % profile_dir(), PREFS_HEAD + "\n".join(sorted(lines)) + "\n", "js"


@neg("thunderbird", "account-settings")
def n_tb_prefs():
    lines = ff_noise_prefs(R.randrange(4, 9))
    for i in (1, 2):
        lines += [user_pref("mail.server.server%d.hostname" % i, "imap.%s.com" % pick(["gmail", "fastmail", "mailbox"])),
                  user_pref("mail.server.server%d.userName" % i, email()), user_pref("mail.server.server%d.port" % i, 993),
                  user_pref("mail.server.server%d.socketType" % i, 3), user_pref("mail.server.server%d.authMethod" % i, pick([3, 10])),
                  user_pref("mail.server.server%d.directory-rel" % i, "[ProfD]ImapMail/imap.%s.com" % pick(WORDS))]
    lines += [user_pref("mail.smtpserver.smtp1.username", email()), user_pref("mail.smtpserver.smtp1.oauth2.issuer", "accounts.google.com"),
              user_pref("mail.account.lastLoadedNewsletterVersion", R.randrange(1, 9))]
    return "thunderbird/Profiles/%s/prefs.js" % profile_dir(), PREFS_HEAD + "\n".join(sorted(lines)) + "\n", "js"


@neg("firefox", "install-hash")
def n_ff_installs():
    h = rhex(16).upper()
    c = ["[%s]" % h, "Default=Profiles/%s" % profile_dir(), "Locked=1", ""]
    p = ["[Install%s]" % h, "Default=Profiles/%s" % profile_dir(), "Locked=1", "", "[Profile0]", "Name=default-release", "IsRelative=1",
         "Path=Profiles/%s" % profile_dir(), "", "[General]", "StartWithLastProfile=1", "Version=2"]
    if R.random() < 0.5:
        return "mozilla/firefox/installs.ini", "\n".join(c) + "\n", "ini"
    return "mozilla/firefox/profiles.ini", "\n".join(p) + "\n", "ini"


@neg("firefox", "addon-hashes")
def n_ff_extensions_json():
    addons = []
    for i in range(R.randrange(2, 4)):
        aid = pick(["uBlock0@raymondhill.net", "addon@darkreader.org", "{%s}" % ruuid(), "%s@%s.org" % (pick(WORDS), pick(WORDS))])
        addons.append({"id": aid, "syncGUID": "{%s}" % ruuid(), "version": "%d.%d.%d" % (R.randrange(1, 5), R.randrange(0, 60), R.randrange(0, 9)),
                       "type": "extension", "active": True, "sourceURI": "https://addons.mozilla.org/firefox/downloads/file/%d/%s.xpi" % (R.randrange(10 ** 6, 5 * 10 ** 6), rs(10, LO)),
                       "installDate": ts_ms(), "signedState": 2, "signedDate": ts_ms(), "recommendationState": {"validNotAfter": ts_ms(), "states": ["recommended"]},
                       "hash": "sha256:" + rhex(64) if R.random() < 0.5 else None})
    return "mozilla/firefox/%s/extensions.json" % profile_dir(), json.dumps({"schemaVersion": 36, "addons": addons}, separators=(",", ":")) + "\n", "json"


@neg("chrome", "extension-ids")
def n_chrome_bookmarks():
    kids = [{"date_added": str(ts_s() * 1000000), "guid": ruuid(), "id": str(i + 5), "name": pick(WORDS).capitalize(), "type": "url",
             "url": "https://%s.%s/%s" % (pick(WORDS), pick(["com", "dev"]), rs(6, LO))} for i in range(R.randrange(2, 6))]
    o = {"checksum": rhex(32), "roots": {"bookmark_bar": {"children": kids, "date_added": str(ts_s() * 1000000), "guid": "0bc5d13f-2cba-5d74-951f-3f233fe6c908",
                                                         "id": "1", "name": "Bookmarks bar", "type": "folder"}}, "version": 1}
    return "%s/Bookmarks" % pick(["Users/%s/AppData/Local/Google/Chrome/User Data/Default" % winuser(), ".config/chromium/Default"]), jdump(o, 3) + "\n", "json"


@neg("chrome", "cookie-dump")
def n_chrome_cookies_enc():
    rows = []
    for i in range(R.randrange(2, 5)):
        rows.append((ts_s() * 1000000, ".%s.com" % pick(WORDS), pick(["_ga", "SID", "session", "__Secure-3PSID", "NID"]), "", chrome_v10(R.randrange(16, 48)), "/", 0, 1, 1))
    cols = ["creation_utc INTEGER", "host_key TEXT", "name TEXT", "value TEXT", "encrypted_value BLOB", "path TEXT", "expires_utc INTEGER", "is_secure INTEGER", "is_httponly INTEGER"]
    return "chrome-backup/Default/Network/Cookies.sql", sql_dump("cookies", cols, rows), "sql"


@neg("firefox", "non-auth-cookies")
def n_ff_cookies_benign():
    now = ts_s()
    rows = [(i + 1, "", n, v, h, "/", now + 3600 * 24 * 365, now * 1000000, now * 1000000, 0, 0) for i, (n, v, h) in enumerate([
        ("_ga", "GA1.1.%d.%d" % (R.randrange(10 ** 8, 10 ** 9), now), ".%s.com" % pick(WORDS)),
        ("_gid", "GA1.2.%d.%d" % (R.randrange(10 ** 8, 10 ** 9), now), ".%s.com" % pick(WORDS)),
        ("OptanonConsent", "isGpcEnabled=0&datestamp=Mon+Apr+01+2024&version=202401.1.0&groups=C0001%3A1%2CC0002%3A0", ".%s.org" % pick(WORDS)),
        ("theme", pick(["dark", "light"]), "github.com"), ("tz", "Europe%2FBerlin", "github.com"),
        ("_fbp", "fb.1.%d.%d" % (now * 1000, R.randrange(10 ** 9, 10 ** 10)), ".%s.com" % pick(WORDS))])]
    cols = ["id INTEGER PRIMARY KEY", "originAttributes TEXT", "name TEXT", "value TEXT", "host TEXT", "path TEXT", "expiry INTEGER",
            "lastAccessed INTEGER", "creationTime INTEGER", "isSecure INTEGER", "isHttpOnly INTEGER"]
    return "mozilla/%s/cookies.sql" % profile_dir(), sql_dump("moz_cookies", cols, rows), "sql"


@neg("firefox", "nss-key-db")
def n_ff_key4():
    rows = [("password", rbytes(20), b"\x30\x81" + rbytes(R.randrange(100, 140))), ("Version", b"\x01", None)]
    cols = ["id PRIMARY KEY UNIQUE ON CONFLICT REPLACE", "item1", "item2"]
    return "mozilla/firefox/%s/key4.db.sql" % profile_dir(), sql_dump("metaData", cols, rows), "sql"


@neg("discord", "device-state")
def n_discord_ldb_benign():
    recs = [("https://discord.com", "fingerprint", '"%d.%s"' % (snowflake(), rs(27, B64U))),
            ("https://discord.com", "heartbeat_session", '{"uuid":"%s","timestamp":%d}' % (ruuid(), ts_ms())),
            ("https://discord.com", "user_id_cache", '"%d"' % snowflake()),
            ("https://discord.com", "LayoutStore", '{"layouts":{},"widgets":{}}')]
    R.shuffle(recs)
    return "%s/Local Storage/leveldb/%06d.log" % (pick([appdata("discord"), dot(".config/discord")]), R.randrange(3, 400)), leveldb(recs), "log"


@neg("slack", "team-ids")
def n_slack_root_state():
    team = "T0" + rs(8, UP + DIG)
    o = {"webapp": {"lastTeamId": team, "teams": {team: {"id": team, "name": pick(WORDS).capitalize(), "icon": "https://avatars.slack-edge.com/2023-0%d-1%d/%d_%s_88.png" % (R.randrange(1, 9), R.randrange(0, 9), R.randrange(10 ** 12, 10 ** 13), rhex(20))}}},
         "windowSettings": {"position": [R.randrange(0, 400), R.randrange(0, 200)], "size": [1280, 800], "isMaximized": False, "zoomLevel": 0},
         "appTeams": {"selectedTeamId": team}, "lastUpdated": ts_ms()}
    return "%s/storage/root-state.json" % pick([appdata("Slack"), maclib("Application Support/Slack")]), json.dumps(o) + "\n", "json"


@neg("discord", "window-state")
def n_discord_settings():
    o = {"BACKGROUND_COLOR": "#202225", "IS_MAXIMIZED": pick([True, False]), "IS_MINIMIZED": False,
         "WINDOW_BOUNDS": {"x": R.randrange(0, 400), "y": R.randrange(0, 200), "width": 1280, "height": 720},
         "chromiumSwitches": {}, "OPEN_ON_STARTUP": False, "offloadAdmControls": True}
    return "%s/settings.json" % pick([appdata("discord"), dot(".config/discord")]), jdump(o, 2) + "\n", "json"


def steamid():
    return 76561197960265728 + R.randrange(10 ** 7, 10 ** 9)


def vdf(d, ind=0):
    out = []
    for k, v in d.items():
        if isinstance(v, dict):
            out += ["\t" * ind + '"%s"' % k, "\t" * ind + "{"] + vdf(v, ind + 1) + ["\t" * ind + "}"]
        else:
            out.append("\t" * ind + '"%s"\t\t"%s"' % (k, v))
    return out


@neg("steam", "steam-ids")
def n_steam_loginusers():
    d = {"users": {str(steamid()): {"AccountName": uname().replace(".", ""), "PersonaName": pick(WORDS).capitalize(), "RememberPassword": "1",
                                     "WantsOfflineMode": "0", "SkipOfflineModeWarning": "0", "AllowAutoLogin": "1", "MostRecent": "1", "Timestamp": str(ts_s())}}}
    return "%s/config/loginusers.vdf" % pick(["Steam", "Program Files (x86)/Steam", dot(".steam/steam")]), "\n".join(vdf(d)) + "\n", "vdf"


@neg("steam", "manifest-ids")
def n_steam_acf():
    app = R.randrange(200, 2500000)
    d = {"AppState": {"appid": str(app), "universe": "1", "LauncherPath": "C:\\Program Files (x86)\\Steam\\steam.exe", "name": pick(WORDS).capitalize() + " " + pick(["Online", "II", "Remastered"]),
                      "StateFlags": "4", "installdir": pick(WORDS).capitalize(), "LastUpdated": str(ts_s()), "SizeOnDisk": str(R.randrange(10 ** 8, 10 ** 11)),
                      "buildid": str(R.randrange(10 ** 6, 2 * 10 ** 7)), "LastOwner": str(steamid()),
                      "InstalledDepots": {str(app + 1): {"manifest": str(R.randrange(10 ** 18, 9 * 10 ** 18)), "size": str(R.randrange(10 ** 8, 10 ** 10))}}}}
    return "SteamLibrary/steamapps/appmanifest_%d.acf" % app, "\n".join(vdf(d)) + "\n", "acf"


@neg("steam", "library-ids")
def n_steam_libraryfolders():
    d = {"libraryfolders": {"0": {"path": pick(["C:\\\\Program Files (x86)\\\\Steam", "/home/%s/.local/share/Steam" % pick(FIRST)]), "label": "",
                                  "contentid": str(R.randrange(10 ** 18, 9 * 10 ** 18)), "totalsize": "0",
                                  "apps": {str(R.randrange(200, 2000000)): str(R.randrange(10 ** 8, 10 ** 10)) for _ in range(4)}}}}
    return "%s/steamapps/libraryfolders.vdf" % pick(["Steam", dot(".steam/steam")]), "\n".join(vdf(d)) + "\n", "vdf"


@neg("spotify", "app-prefs")
def n_spotify_prefs():
    lines = ['app.last-launched-version="1.2.%d.%d"' % (R.randrange(10, 50), R.randrange(100, 999)), "app.autostart-configured=true",
             'storage.last-location="/home/%s/.cache/spotify/Storage"' % pick(FIRST), "ui.hardware_acceleration=%s" % pick(["true", "false"]),
             "core.clock_delta=%d" % R.randrange(-5, 5), 'app.window.position.saved=true', "app.window.position.width=%d" % pick([1280, 1440, 1600]),
             'autologin.canonical_username="%s"' % rs(25, LO + DIG), 'audio.sync_bitrate_enumeration=4', 'language="%s"' % pick(["en", "de", "sv"])]
    return pick([appdata("Spotify"), dot(".config/spotify")]) + "/prefs", "\n".join(lines) + "\n", "prefs"


@neg("telegram", "desktop-log")
def n_telegram_log():
    t = "[2024.%02d.%02d %02d:%02d:" % (R.randrange(1, 13), R.randrange(1, 28), R.randrange(24), R.randrange(60))
    wu = winuser()
    lines = [t + "01] Launched version: %d, install beta: [FALSE], alpha: 0, debug mode: [FALSE]" % R.randrange(4000000, 5009000),
             t + "01] Executable dir: C:/Users/%s/AppData/Roaming/Telegram Desktop/, name: Telegram.exe" % wu,
             t + "01] Working dir: C:/Users/%s/AppData/Roaming/Telegram Desktop/" % wu,
             t + "02] OpenSSL: %s" % pick(["OpenSSL 1.1.1w  11 Sep 2023", "OpenSSL 3.1.4 24 Oct 2023"]),
             t + "02] Main Settings: Read %d bytes" % R.randrange(200, 600),
             t + "03] MTP Info: main dc id %d, key id %s" % (R.randrange(1, 6), rhex(16)),
             t + "03] Export Info: Inited with dc %d, session id %d" % (R.randrange(1, 6), R.randrange(10 ** 17, 9 * 10 ** 18)),
             t + "04] Audio Info: OpenAL Logging Level: (not set)"]
    return "%s/log.txt" % appdata("Telegram Desktop"), "\n".join(lines) + "\n", "log"


def ed25519_pub():
    blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + rbytes(32)
    return "ssh-ed25519 " + b64(blob)


@neg("ssh", "host-keys")
def n_known_hosts():
    lines = []
    for i in range(R.randrange(2, 6)):
        if R.random() < 0.5:
            lines.append("|1|%s|%s %s" % (b64(rbytes(20)), b64(rbytes(20)), ed25519_pub()))
        else:
            lines.append("%s %s" % (pick(["github.com", "gitlab.com", host()]), ed25519_pub()))
    return dot(".ssh/known_hosts"), "\n".join(lines) + "\n", "known_hosts"


@neg("ssh", "public-key")
def n_pubkey():
    return dot(pick([".ssh/id_ed25519.pub", "keys/%s.pub" % pick(FIRST)])), "%s %s@%s\n" % (ed25519_pub(), pick(FIRST), pick(WORDS) + "-laptop"), "pub"


@neg("gnupg", "public-key-block")
def n_pgp_pub():
    data = b64(rbytes(R.randrange(300, 600)))
    body = [data[i:i + 64] for i in range(0, len(data), 64)]
    t = ["-----BEGIN PGP PUBLIC KEY BLOCK-----", ""] + body + ["=" + b64(rbytes(3)), "-----END PGP PUBLIC KEY BLOCK-----"]
    return dot(pick(["gnupg/pubkey.asc", "keys/%s.asc" % pick(FIRST)])), "\n".join(t) + "\n", "asc"


@neg("sparkle", "public-ed-key")
def n_sparkle_plist():
    body = ["\t<key>CFBundleIdentifier</key>", "\t<string>com.%s.%s</string>" % (pick(WORDS), pick(WORDS)), "\t<key>CFBundleShortVersionString</key>",
            "\t<string>%d.%d.%d</string>" % (R.randrange(1, 6), R.randrange(0, 20), R.randrange(0, 9)), "\t<key>SUFeedURL</key>",
            "\t<string>https://%s.app/appcast.xml</string>" % pick(WORDS), "\t<key>SUPublicEDKey</key>", "\t<string>%s</string>" % b64(rbytes(32)),
            "\t<key>LSMinimumSystemVersion</key>", "\t<string>11.0</string>"]
    return "Applications/%s.app/Contents/Info.plist" % pick(WORDS).capitalize(), plist(body), "plist"


@neg("macos", "bookmark-data")
def n_mac_bookmark_plist():
    data = b64(b"book" + rbytes(R.randrange(200, 400)))
    lines = [data[i:i + 68] for i in range(0, len(data), 68)]
    body = ["\t<key>RecentDocuments</key>", "\t<array>", "\t\t<dict>", "\t\t\t<key>Bookmark</key>", "\t\t\t<data>"] + ["\t\t\t" + l for l in lines] + \
           ["\t\t\t</data>", "\t\t\t<key>Name</key>", "\t\t\t<string>%s.%s</string>" % (pick(WORDS), pick(["pdf", "docx", "key"])), "\t\t</dict>", "\t</array>"]
    return "%s/com.apple.LSSharedFileList.%s.plist" % (maclib("Preferences"), pick(["RecentDocuments", "RecentApplications"])), plist(body), "plist"


@neg("syncthing", "device-ids")
def n_syncthing_devices():
    devs = ["-".join(rs(7, UP + "234567") for _ in range(8)) for _ in range(R.randrange(2, 4))]
    x = ['<configuration version="37">'] + ['    <device id="%s" name="%s" compression="metadata" introducer="false">\n        <address>dynamic</address>\n    </device>' % (d, pick(WORDS)) for d in devs] + \
        ['    <gui enabled="true" tls="false">', "        <address>127.0.0.1:8384</address>", "    </gui>", "</configuration>"]
    return dot(".config/syncthing/config.xml"), "\n".join(x) + "\n", "xml"


@neg("gnome", "recent-files")
def n_recently_used():
    items = []
    for i in range(R.randrange(2, 5)):
        f = "file:///home/%s/%s/%s.%s" % (pick(FIRST), pick(["Documents", "Downloads", "src"]), pick(WORDS), pick(["pdf", "odt", "png", "py"]))
        items += ['  <bookmark href="%s" added="2024-0%d-1%dT10:00:00.%06dZ" modified="2024-0%d-1%dT10:00:00Z" visited="2024-0%d-1%dT10:00:00Z">' % (f, R.randrange(1, 9), R.randrange(0, 9), R.randrange(10 ** 6), R.randrange(1, 9), R.randrange(0, 9), R.randrange(1, 9), R.randrange(0, 9)),
                  "    <info>", '      <metadata owner="http://freedesktop.org">', '        <mime:mime-type type="application/octet-stream"/>',
                  "        <bookmark:applications>", '          <bookmark:application name="%s" exec="&apos;%s %%u&apos;" modified="2024-01-01T00:00:00Z" count="%d"/>' % (pick(["Firefox", "Document Viewer"]), pick(["firefox", "evince"]), R.randrange(1, 20)),
                  "        </bookmark:applications>", "      </metadata>", "    </info>", "  </bookmark>"]
    x = ['<?xml version="1.0" encoding="UTF-8"?>', '<xbel version="1.0" xmlns:bookmark="http://www.freedesktop.org/standards/desktop-bookmarks" xmlns:mime="http://www.freedesktop.org/standards/shared-mime-info">'] + items + ["</xbel>"]
    return dot(".local/share/recently-used.xbel"), "\n".join(x) + "\n", "xbel"


@neg("sublime", "session-state")
def n_sublime_session():
    o = {"folder_history": ["/home/%s/src/%s" % (pick(FIRST), pick(WORDS)) for _ in range(3)], "last_version": R.randrange(4100, 4200),
         "last_window_id": R.randrange(1, 30), "windows": [{"position": [R.randrange(0, 300), R.randrange(0, 200)], "size": [1400, 900],
                                                              "file_history": ["/home/x/%s.md" % pick(WORDS)], "buffers": [{"file": "/home/x/notes.md", "file_size": R.randrange(100, 9000), "file_write_time": R.randrange(10 ** 17, 2 * 10 ** 17)}]}]}
    return "%s/Local/Session.sublime_session" % pick([appdata("Sublime Text"), dot(".config/sublime-text")]), jdump(o, 1) + "\n", "sublime_session"


@neg("qbittorrent", "encoded-stats")
def n_qbit_data():
    c = ["[Stats]", "AllStats=@Variant(\\0\\0\\0\\x1c\\0\\0\\0\\x2\\0\\0\\0\\x12\\0\\x41\\0l\\0l\\0t\\0i\\0m\\0\\x65\\0U\\0L\\0\\0\\0\\x4\\0\\0\\0\\0%s)" % "".join("\\x%x" % R.randrange(256) for _ in range(6)),
         "", "[RSS]", "AutoDownloader\\DownloadRepacks=true", "AutoDownloader\\SmartEpisodeFilter=s(\\\\d+)e(\\\\d+), (\\\\d+)x(\\\\d+)"]
    return pick([dot(".local/share/qBittorrent"), "Users/%s/AppData/Local/qBittorrent" % winuser()]) + "/qBittorrent-data.conf", "\n".join(c) + "\n", "conf"


@neg("putty", "host-key-fingerprints")
def n_putty_reg():
    lines = ["Windows Registry Editor Version 5.00", "", "[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\SshHostKeys]"]
    for i in range(R.randrange(2, 5)):
        lines.append('"ssh-ed25519@22:%s"="0x%s,0x%s"' % (host(), rhex(64), rhex(64)))
    lines += ["", "[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\%s]" % pick(WORDS), '"HostName"="%s"' % host(), '"PortNumber"=dword:00000016', '"UserName"="%s"' % uname()]
    return "backup/registry/putty.reg", "\r\n".join(lines) + "\r\n", "reg"


@neg("winscp", "host-key-fingerprints")
def n_winscp_ini():
    lines = ["[Configuration\\Interface]", "RandomSeedFile=%APPDATA%\\winscp.rnd", "", "[SshHostKeys]"]
    for i in range(R.randrange(1, 4)):
        lines.append("ssh-ed25519@22:%s=%s" % (host(), "SHA256:" + b64(rbytes(32)).rstrip("=")))
    lines += ["", "[Sessions\\%s@%s]" % (uname(), pick(WORDS)), "HostName=%s" % host(), "UserName=%s" % uname(), "PublicKeyFile=C:%%5CUsers%%5C%s%%5C.ssh%%5Cid_ed25519.ppk" % winuser()]
    return "%s/WinSCP.ini" % appdata("."), "\n".join(lines).replace("/./", "/") + "\n", "ini"


@neg("postman", "collection-ids")
def n_postman_collection_ids():
    o = {"info": {"_postman_id": ruuid(), "name": pick(WORDS) + " API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json", "_exporter_id": str(R.randrange(10 ** 7, 10 ** 8)),
                  "_collection_link": "https://www.postman.com/%s/workspace/%s/collection/%d-%s" % (pick(WORDS), ruuid(), R.randrange(10 ** 7, 10 ** 8), ruuid())},
         "item": [{"name": "Health", "id": ruuid(), "request": {"method": "GET", "header": [], "url": {"raw": "{{baseUrl}}/health"}}, "response": []}],
         "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{accessToken}}", "type": "string"}]}}
    return "postman/%s.postman_collection.json" % pick(WORDS), jdump(o, 1) + "\n", "json"


@neg("insomnia", "resource-ids")
def n_insomnia_ids():
    wrk = "wrk_" + rhex(32)
    o = {"_type": "export", "__export_format": 4, "__export_source": "insomnia.desktop.app:v8.6.1",
         "resources": [{"_id": wrk, "name": pick(WORDS), "_type": "workspace"}, {"_id": "env_" + rhex(40), "parentId": wrk, "name": "Base Environment", "data": {"base": "http://localhost:3000"}, "_type": "environment"},
                       {"_id": "jar_" + rhex(40), "parentId": wrk, "name": "Default Jar", "cookies": [], "_type": "cookie_jar"},
                       {"_id": "spc_" + rhex(32), "parentId": wrk, "contents": "", "_type": "api_spec"}]}
    return "insomnia/Insomnia_%s.json" % pick(WORDS), jdump(o) + "\n", "json"


@neg("nextcloud", "sync-journal-ids")
def n_nextcloud_cfg():
    c = ["[General]", "clientVersion=3.%d.%d" % (R.randrange(8, 14), R.randrange(0, 5)), "isVfsEnabled=false", "", "[Accounts]", "0\\Folders\\1\\ignoreHiddenFiles=false",
         "0\\Folders\\1\\journalPath=.sync_%s.db" % rhex(12), "0\\Folders\\1\\localPath=/home/%s/Nextcloud/" % pick(FIRST), "0\\Folders\\1\\targetPath=/",
         "0\\authType=webflow", "0\\dav_user=%s" % uname(), "0\\url=https://cloud.%s.de" % pick(WORDS), "0\\webflow_user=%s" % uname(), "version=2"]
    return dot(".config/Nextcloud/nextcloud.cfg"), "\n".join(c) + "\n", "cfg"


@neg("browser", "download-hashes")
def n_downloads_csv():
    rows = ["file,url,size,sha256,downloaded_at"]
    for i in range(R.randrange(3, 7)):
        rows.append("%s.%s,https://%s.org/dl/%s,%d,%s,2024-%02d-%02dT%02d:%02d:00Z" % (pick(WORDS), pick(["iso", "zip", "exe", "dmg"]), pick(WORDS), rs(8, LO), R.randrange(10 ** 5, 10 ** 9), rhex(64), R.randrange(1, 13), R.randrange(1, 28), R.randrange(24), R.randrange(60)))
    return dot("Downloads/downloads.csv"), "\n".join(rows) + "\n", "csv"


@neg("transmission", "stats")
def n_transmission_stats():
    o = {"downloaded-bytes": R.randrange(10 ** 9, 10 ** 12), "files-added": R.randrange(10, 9000), "seconds-active": R.randrange(10 ** 5, 10 ** 8),
         "session-count": R.randrange(1, 400), "uploaded-bytes": R.randrange(10 ** 9, 10 ** 12)}
    return dot(".config/transmission-daemon/stats.json"), json.dumps(o, indent=4) + "\n", "json"


@neg("jetbrains", "permanent-user-id")
def n_jb_user_id():
    o = ["<application>", '  <component name="FeatureUsageStatistics" first-run="%d" have-been-shown="false" show-in-other="true" show-in-compilation="true">' % ts_ms(),
         '    <feature id="editing.completion.basic" count="%d" last-shown="%d" last-used="%d" shown-count="1" />' % (R.randrange(10, 9000), ts_ms(), ts_ms()),
         "  </component>", '  <component name="StatisticsDeviceId" device_id="%s" salt="%s" />' % (rhex(32), rhex(16)), "</application>"]
    return "%s/options/%s" % (jb_dir(), pick(["usage.statistics.xml", "statistics.application.usages.xml"])), "\n".join(o) + "\n", "xml"


@neg("windows", "app-ini-ids")
def n_old_app_ini():
    ini = ["[General]", "InstallGUID={%s}" % ruuid().upper(), "InstallDate=%d" % ts_s(), "LastVersionCheck=%d" % ts_s(), "Language=1033",
           "", "[Window]", "Left=%d" % R.randrange(0, 400), "Top=%d" % R.randrange(0, 300), "Width=1024", "Height=768", "", "[MRU]"] + \
          ["File%d=C:\\Users\\%s\\Documents\\%s.%s" % (i, winuser(), pick(WORDS), pick(["txt", "ini", "csv"])) for i in range(R.randrange(2, 5))] + \
          ["", "[Update]", "ClientHash=%s" % rhex(40).upper()]
    return "%s/%s.ini" % (appdata(pick(["Notepad++", "IrfanView", "7-Zip", "foobar2000", "Winamp"])), pick(["config", "settings", "winamp"])), "\r\n".join(ini) + "\r\n", "ini"


@neg("pidgin", "no-password")
def n_pidgin_nopw():
    x = ["<?xml version='1.0' encoding='UTF-8' ?>", "", "<account version='1.0'>", " <account>", "  <protocol>prpl-irc</protocol>",
         "  <name>%s@irc.libera.chat</name>" % uname(), "  <settings>", "   <setting name='realname' type='string'>%s</setting>" % pick(FIRST),
         "   <setting name='port' type='int'>6697</setting>", "   <setting name='ssl' type='bool'>1</setting>", "  </settings>", " </account>", "</account>"]
    return dot(".purple/accounts.xml"), "\n".join(x) + "\n", "xml"


@neg("github", "gh-hosts-keyring")
def n_gh_hosts_keyring():
    u = uname()
    y = ["github.com:", "    git_protocol: https", "    users:", "        %s:" % u, "    user: %s" % u]
    return dot(".config/gh/hosts.yml"), "\n".join(y) + "\n", "yml"


@neg("docker", "creds-store")
def n_docker_credstore():
    o = {"auths": {"https://index.docker.io/v1/": {}, "ghcr.io": {}}, "credsStore": pick(["desktop", "osxkeychain", "pass", "wincred"]),
         "currentContext": "desktop-linux"}
    return dot(".docker/config.json"), jdump(o, 1) + "\n", "json"


# ---------------------------------------------------------------- driver
def is_env_name(path):
    base = path.rsplit("/", 1)[-1]
    return base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample", ".env.template", ".env.dist"))


def cycle(items, n):
    out = []
    while len(out) < n:
        block = list(items)
        R.shuffle(block)
        out += block
    return out[:n]


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(text.encode("utf-8"))


def main():
    global R
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_jk.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    manifest, secrets = [], []
    n_env = 0
    for i, (fn, _) in enumerate(cycle(POS_T, 500)):
        for attempt in range(50):
            S = Slot(True)
            path, text, ftype = fn(S)
            if is_env_name(path) and n_env >= 20:
                fn = pick([f for f, ok in POS_T if ok])
                continue
            break
        n_env += is_env_name(path)
        needle = S.needle
        assert needle, (fn.__name__, path)
        idx = text.index(needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], (fn.__name__, needle)
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": S.provider, "kind": S.kind, "filetype": ftype})
        secrets.append({"file": rel, "needle": needle, "line": line})
    reuse = cycle([f for f, ok in POS_T if ok], 250)
    look = cycle(NEG_T, 250)
    jobs = [("reuse", f) for f in reuse] + [("look", f) for f in look]
    R.shuffle(jobs)
    for i, (mode, item) in enumerate(jobs):
        if mode == "reuse":
            S = Slot(False)
            path, text, ftype = item(S)
            provider, kind = S.provider, "template-" + S.kind
        else:
            fn, provider, kind = item
            path, text, ftype = fn()
        assert not is_env_name(path), path
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind, "filetype": ftype})
    with open(os.path.join(outdir, "manifest.jsonl"), "w") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    # re-read check: the needle really is on the recorded line of the written file
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), "rb") as f:
            lines = f.read().decode("utf-8").split("\n")
        assert s["needle"] in lines[s["line"] - 1], s


if __name__ == "__main__":
    main()
