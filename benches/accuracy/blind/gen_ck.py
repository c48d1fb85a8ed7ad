#!/usr/bin/env python3
"""Blind evaluation-set generator "ck": dotfiles and Unix client configuration.

EMPHASIS
    Files people keep in dotfiles repositories for Unix client programs:
    mail clients and fetchers (.muttrc, mutt account files, neomuttrc, .msmtprc,
    .mbsyncrc, .offlineimaprc, .fetchmailrc, getmailrc, aerc accounts.conf,
    .authinfo, .netrc), CalDAV/CardDAV sync (vdirsyncer, khal, python caldav
    scripts), IRC (irssi config, weechat irc.conf/sec.conf, znc.conf, hexchat
    servlist.conf, senpai), RSS readers (newsboat config, Miniflux/FreshRSS
    scripts), media and torrents (transmission settings.json, qBittorrent.conf,
    aria2.conf, mpd.conf, ncmpcpp, mpdscribble, beets config.yaml, Syncthing
    config.xml, Jellyfin/Plex helper scripts, python-plexapi config.ini),
    desktop bits (polybar/waybar/i3blocks scripts and configs, i3/sway configs),
    shell rc snippets (bash/zsh/fish), crontabs, systemd user units,
    environment.d, .gitconfig/.git-credentials, gh hosts.yml, taskrc, dotfiles
    README/notes.
    Credential kinds: IMAP/SMTP passwords, app passwords (Gmail 16 letters,
    iCloud xxxx-xxxx-xxxx-xxxx, Fastmail), CalDAV/CardDAV passwords, IRC
    NickServ/SASL/ZNC/server passwords, personal-service API tokens (Pushover,
    Pushbullet, Todoist, Last.fm, Trakt, OpenWeather, GitHub classic and
    fine-grained PATs), Transmission/qBittorrent/aria2 RPC secrets, MPD
    passwords, Syncthing/Jellyfin/Plex tokens, Miniflux/FreshRSS/Nextcloud
    News/Tiny Tiny RSS passwords and tokens, Google OAuth refresh tokens,
    Taskwarrior sync encryption secrets.

USAGE
    python3 gen_ck.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Deterministic per SEED:
    every random choice comes from random.Random(SEED); no clock, no urandom,
    no set iteration.

NEEDLE CONVENTIONS
    * needle = the secret exactly as written in the file (for a Gmail app
      password written with spaces "abcd efgh ijkl mnop" the needle includes
      the spaces; for a password embedded in a URL the needle is just the
      password part, which is always URL-safe so no percent-encoding occurs).
    * id/secret pairs (Trakt client id + secret, Last.fm api key + shared
      secret, Pushover user key + app token, username + password) count as ONE
      credential; the needle is the secret half.
    * MPD "password@read,add,control" and MPD_HOST "password@host": needle is
      the password part only.  ZNC "user/network:password": needle is the
      password part only.
    * line = 1-based line number of the first occurrence of the needle.
    * Each positive file holds exactly one credential; any second account in
      the same file gets its secret from a command/reference (passwordeval,
      PassCmd, ${sec.data...}) or is a look-alike (hash, fingerprint, id).

NEGATIVES
    About half re-use the positive templates with the secret slot filled by a
    non-secret: placeholders (CHANGEME, <app-password>, YOUR_API_KEY, xxxx...),
    masked values (********, [hidden]), empty values, environment references
    ($VAR, ${VAR}, ${VAR:?missing}), secret-manager command substitution
    ($(pass show ...), $(secret-tool lookup ...), $(rbw get ...)).  Where a
    template holds an id/secret pair whose id a reviewer might also treat as a
    key (Trakt client_id, Last.fm api_key) the id is blanked too.  The other half are domain look-alikes:
    passwordeval / PassCmd / remotepasseval / source-cred-cmd /
    password.fetch commands (pass, gpg -dq, secret-tool, keyring, rbw, bw);
    weechat ${sec.data.*} references and encrypted sec.conf; ZNC hashed
    <Pass> blocks; Transmission "{sha1+salt}" rpc-password; qBittorrent
    Password_PBKDF2 @ByteArray; Syncthing bcrypt GUI passwords and device IDs;
    GPG key ids and fingerprints (gpg.conf, muttrc pgp_default_key,
    gitconfig signingkey); TLS certificate fingerprints (msmtp tls_fingerprint,
    fetchmail sslfingerprint); SSH/age public keys; checksum manifests;
    lazy-lock.json / pinned git commits; theme colour hex codes (polybar, i3,
    Xresources, weechat colours); UUIDs and MusicBrainz ids; Plex/Jellyfin
    item ids; mpd.conf's shipped commented example; chezmoi templates calling
    pass/bitwarden; GitHub Actions ${{ secrets.* }}; gettext i18n strings;
    Pushover documentation example token/user values; e-mail addresses and
    server names with no password at all.

DOUBTS
    Formats written from memory (not confirmed in provider docs this session):
    * GitHub classic token checksum: last 6 chars = base62(CRC32 of the 30
      random chars), alphabet 0-9A-Za-z, left-padded with '0'.  The docs
      searched only confirmed ghp_ + 36 [A-Za-z0-9] and a CRC32 checksum.
      github_pat_ = 22 + '_' + 59 alnum, no checksum computed.
    * Pushover app tokens / user keys: 30 chars [A-Za-z0-9]; the leading 'a'
      (token) and 'u' (user key) are a convention seen in Pushover's own
      examples, not a documented rule.
    * Pushbullet access token "o." + 32 alnum (from memory of real tokens).
    * Todoist API token = 40 lowercase hex; OpenWeather appid = 32 hex;
      Last.fm api key / shared secret / session key = 32 hex; Trakt client
      id/secret/access token = 64 hex; Jellyfin API key = 32 hex.
    * Plex X-Plex-Token: 20 chars [A-Za-z0-9_-].  Syncthing apikey: 32 chars
      [A-Za-z0-9].  Miniflux API key: 44-char URL-safe base64 with '='.
    * Fastmail app password: 16 lowercase alphanumerics; iCloud app-specific
      password: four groups of four lowercase letters joined by '-'.
    * Google OAuth refresh token "1//0" + ~99 chars [A-Za-z0-9_-].
    * WeeChat sec.conf with __passphrase__ = off storing [data] in clear
      (labelled positive) vs. passphrase on with hex ciphertext (negative).
    * Transmission hashed rpc-password written as "{" + 40 hex + 8 salt
      chars; qBittorrent Password_PBKDF2 "@ByteArray(salt:hash)" base64.
    * hexchat servlist.conf keys (P= server password, B= nickserv password).
    Labels a reviewer might dispute:
    * Pushover USER keys (u...) left in negatives as identifiers (they are
      addresses; the APP token is the secret).
    * beets config "lastfm: api_key" alone is labelled positive (Last.fm
      API key), while Trakt client_id / Last.fm api_key never appear alone
      in negatives.
    * Taskwarrior sync.server.client_id (UUID) in a negative (documented as
      an identifier; the encryption_secret is the secret).
    * Encrypted WeeChat sec.conf data (ciphertext) labelled negative.
    * Plex machineIdentifier / Syncthing device IDs labelled negative.
    * Pushover's published documentation example token in a README labelled
      negative.

SEARCHES
    docs: GitHub token format (ghp_ prefix, CRC32 checksum); Pushover API
    token/user key; WeeChat secured data; Transmission rpc-password hashing;
    Pushbullet Access-Token; Syncthing apikey / X-API-Key; mpd password;
    Miniflux API key.  pages: ZNC Pass hash/salt; Fastmail app passwords.
    Scanner-related material that appeared in results and was ignored: a
    Yelp/detect-secrets issue quoting a GitHub-token regex, a
    secretlint/secretlint issue about GitHub tokens, a GitGuardian detector
    page for Pushbullet, a Microsoft Purview sensitive-information-type page
    for GitHub PATs, a "githubtoken" Go validation package, and a gist of
    GitHub-token regexes.
"""

import base64
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
ALNUM = LOWER + UPPER + DIG
HEX = "0123456789abcdef"
B62 = DIG + UPPER + LOWER


# --------------------------------------------------------------------------
# basic random helpers
# --------------------------------------------------------------------------

def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def hexs(r, n):
    return rs(r, n, HEX)


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def uuid4(r):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + pick(r, "89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64(r, nbytes, urlsafe=False, pad=True):
    raw = bytes(r.randrange(256) for _ in range(nbytes))
    s = base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)
    s = s.decode()
    return s if pad else s.rstrip("=")


def b62(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


FIRST = ["alice", "bram", "chloe", "dmitri", "elena", "farid", "greta", "hugo",
         "ines", "jonas", "kasia", "liam", "mara", "niels", "olga", "pavel",
         "quinn", "rosa", "sven", "tomas", "ulla", "viktor", "wren", "yusuf",
         "zoe", "anouk", "bastian", "cora", "dario", "emil", "freya", "gil",
         "hana", "ivo", "jana", "kai", "lotte", "milan", "nora", "oskar"]
LAST = ["meyer", "okafor", "lindqvist", "novak", "haddad", "brennan", "moreau",
        "kowalski", "tanaka", "rossi", "jansen", "ferreira", "oconnell",
        "petrov", "schulz", "nakamura", "dubois", "larsen", "vargas", "ibrahim"]
WORDS = ["harbor", "lantern", "marmalade", "otter", "kestrel", "vanilla",
         "granite", "meadow", "copper", "saffron", "thistle", "walrus",
         "juniper", "falcon", "pepper", "cobalt", "maple", "tundra", "basil",
         "quartz", "orchid", "sparrow", "biscuit", "comet", "velvet", "pumpkin",
         "glacier", "nutmeg", "raven", "cactus", "badger", "mango", "pebble",
         "zephyr", "hazel", "lobster", "violet", "anchor", "fjord", "cinder"]
OWN_DOMAINS = ["{l}.net", "{f}{l}.de", "{l}.io", "{f}.dev", "mail.{l}.org",
               "{l}-family.eu", "{f}.me"]
CITIES = [("Berlin", "52.52", "13.40"), ("Lisbon", "38.72", "-9.14"),
          ("Oslo", "59.91", "10.75"), ("Montreal", "45.50", "-73.57"),
          ("Ghent", "51.05", "3.72"), ("Krakow", "50.06", "19.94"),
          ("Porto", "41.15", "-8.61"), ("Utrecht", "52.09", "5.12"),
          ("Tampere", "61.50", "23.76"), ("Leeds", "53.80", "-1.55")]
IRC_NETS = [("libera", "irc.libera.chat", "Libera.Chat"),
            ("oftc", "irc.oftc.net", "OFTC"),
            ("hackint", "irc.hackint.org", "hackint"),
            ("rizon", "irc.rizon.net", "Rizon"),
            ("snoonet", "irc.snoonet.org", "Snoonet"),
            ("tilde", "irc.tilde.chat", "tilde.chat")]
CHANNELS = ["#archlinux", "#vim", "#neovim", "#weechat", "#python", "#rust",
            "#git", "#openbsd", "#nixos", "#emacs", "#linux", "#zig",
            "#haskell", "#postgresql", "#sway", "#i3", "#bash", "#gentoo"]
EDITORS = ["nvim", "vim", "hx", "kak", "emacsclient -t", "micro"]


def person(r):
    f = pick(r, FIRST)
    l = pick(r, LAST)
    return f, l


def own_domain(r, f, l):
    return pick(r, OWN_DOMAINS).format(f=f, l=l)


def handle(r, f, l):
    return pick(r, [f, f + l[0], f[0] + l, f + "_" + l, f + str(r.randrange(70, 99)),
                    l + f[0], f + "." + l])


# --------------------------------------------------------------------------
# secret generators (formats: see DOUBTS in the header)
# --------------------------------------------------------------------------

SYM_ALL = "!^&*-_.+=?~"
SYM_URL = "-._~"


def human_pw(r, ctx="conf"):
    """A realistic human-chosen or manager-generated password."""
    syms = SYM_URL if ctx in ("url", "bare_url") else SYM_ALL
    if ctx in ("bare", "bare_url"):
        syms = syms.replace("&", "").replace("*", "").replace("?", "")
    style = r.randrange(6)
    if style == 0:
        w1, w2 = pick(r, WORDS), pick(r, WORDS)
        return w1.capitalize() + pick(r, syms) + w2.capitalize() + str(r.randrange(10, 99))
    if style == 1:
        w = pick(r, WORDS)
        leet = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"}
        w2 = "".join(leet.get(c, c) if r.random() < 0.5 else c for c in w)
        w2 = w2[0].upper() + w2[1:]
        return w2 + pick(r, ["", "_", pick(r, WORDS)[:3]]) + str(r.randrange(1970, 2024)) + pick(r, syms)
    if style == 2:
        sep = pick(r, "-._" if ctx not in ("url", "bare_url") else "-._")
        ws = [pick(r, WORDS) for _ in range(r.randrange(3, 5))]
        return sep.join(ws) + sep + str(r.randrange(2, 99))
    if style == 3:
        n = r.randrange(16, 25)
        s = list(rs(r, n))
        for _ in range(r.randrange(2, 5)):
            s[r.randrange(n)] = pick(r, syms)
        return "".join(s)
    if style == 4:
        f = pick(r, FIRST).capitalize()
        return f + pick(r, ["loves", "And", "_", "", "4"]) + pick(r, WORDS) + str(r.randrange(100, 9999)) + pick(r, syms)
    n = r.randrange(20, 33)
    return rs(r, n)


def gmail_app(r, spaced=None):
    s = rs(r, 16, LOWER)
    if spaced is None:
        spaced = r.random() < 0.4
    return " ".join([s[0:4], s[4:8], s[8:12], s[12:16]]) if spaced else s


def icloud_app(r):
    s = rs(r, 16, LOWER)
    return "-".join([s[0:4], s[4:8], s[8:12], s[12:16]])


def fastmail_app(r):
    return rs(r, 16, LOWER + DIG)


def github_classic(r, prefix="ghp_"):
    body = rs(r, 30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def github_fine(r):
    return "github_pat_" + rs(r, 22) + "_" + rs(r, 59)


def github_any(r):
    return github_fine(r) if r.random() < 0.3 else github_classic(r)


def pushover_token(r):
    return "a" + rs(r, 29)


def pushover_user(r):
    return "u" + rs(r, 29)


def pushbullet_token(r):
    return "o." + rs(r, 32)


def todoist_token(r):
    return hexs(r, 40)


def hex32(r):
    return hexs(r, 32)


def hex64(r):
    return hexs(r, 64)


def plex_token(r):
    s = list(rs(r, 20))
    if r.random() < 0.5:
        s[r.randrange(1, 19)] = pick(r, "-_")
    return "".join(s)


def syncthing_key(r):
    return rs(r, 32)


def miniflux_token(r):
    return b64(r, 32, urlsafe=True)


def google_refresh(r):
    return "1//0" + rs(r, 1, LOWER) + rs(r, 98, ALNUM + "-_")


def aria2_secret(r, ctx="bare"):
    if r.random() < 0.5:
        return rs(r, r.randrange(20, 33))
    return human_pw(r, ctx)


def rand_secret(r, ctx="conf"):
    return rs(r, r.randrange(24, 41))


# --------------------------------------------------------------------------
# negative fillers
# --------------------------------------------------------------------------

PH_GENERIC = ["CHANGEME", "changeme", "<password>", "YOUR_PASSWORD",
              "REPLACE_ME", "your-password-here", "TODO", "xxxxxxxx",
              "<redacted>", "REDACTED", "********", "secret", "password",
              "PASSWORD_HERE", "<insert password>", "..."]
PH_TOKEN = ["YOUR_API_KEY", "<your-token>", "CHANGEME", "your_token_here",
            "REPLACE_WITH_TOKEN", "<api key>", "TOKEN", "xxxxxxxxxxxxxxxxxxxxxxxx",
            "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<redacted>", "...", "API_KEY_GOES_HERE",
            "********************************", "dummy-token"]
PH_BARE = ["CHANGEME", "<app-password>", "XXXXXXXXXXXXXXXX", "********",
           "REDACTED", "<password>", "YOUR_APP_PASSWORD", "TODO"]
PH_URL = ["PASSWORD", "REDACTED", "xxxxxxxx", "APP_PASSWORD", "********", "secret"]


class Slot:
    """Secret slot of a template: real secret (pos) or look-alike (neg)."""

    def __init__(self, r, neg, obv):
        self.r = r
        self.neg = neg
        self.obv = obv
        self.provider = "generic"
        self.kind = "password"
        self.gen = None
        self.env = "SECRET"
        self.ph = None
        self.masked = None
        self.value = None
        self.fill_kind = None
        self.allowed = None

    def setup(self, provider, kind, gen, env="SECRET", ph=None, masked=None):
        self.provider = provider
        self.kind = kind
        self.gen = gen
        self.env = env
        self.ph = ph
        self.masked = masked
        return self

    def val(self, ctx="conf"):
        if self.value is not None:
            return self.value
        r = self.r
        if not self.neg:
            g = self.gen
            try:
                self.value = g(r, ctx)
            except TypeError:
                self.value = g(r)
            return self.value
        self.value, self.fill_kind = filler(r, ctx, self)
        return self.value

    def idv(self, gen, fill=True):
        """Public half of an id/secret pair.  With fill=True the id is also
        replaced in negatives (for ids a reviewer might treat as a key)."""
        if self.neg and fill:
            return pick(self.r, ["", "YOUR_CLIENT_ID", "<client-id>", "CHANGEME"])
        return gen(self.r)


def filler(r, ctx, s):
    cats = {
        "sh": ["env", "env", "cmd", "ph", "masked", "empty"],
        "sh_bare": ["env", "env", "cmd", "ph_bare"],
        "yaml": ["env", "ph", "masked", "empty"],
        "conf": ["ph", "ph", "masked", "empty"],
        "bare": ["ph_bare"],
        "bare_url": ["ph_url"],
        "url": ["ph_url"],
        "py": ["ph", "ph", "masked", "empty"],
        "json": ["ph", "masked", "empty"],
    }.get(ctx, ["ph", "masked", "empty"])
    c = pick(r, cats)
    if c == "env":
        e = s.env
        return pick(r, ["$" + e, "${" + e + "}", "${" + e + ":?missing}"]), "env-reference"
    if c == "cmd":
        path = pick(r, ["mail/", "api/", "tokens/", "web/", ""]) + s.provider.lower().replace(" ", "-")
        return pick(r, ["$(pass show %s)" % path, "$(pass %s | head -n1)" % path,
                        "$(secret-tool lookup service %s)" % s.provider.lower().replace(" ", ""),
                        "$(rbw get %s)" % s.provider.lower().replace(" ", "-"),
                        "$(gpg -dq ~/.secrets/%s.gpg)" % s.provider.lower().replace(" ", "_")]), "secret-manager-command"
    if c == "ph_bare":
        return pick(r, PH_BARE), "placeholder"
    if c == "ph_url":
        return pick(r, PH_URL), "placeholder"
    if c == "masked":
        if s.masked:
            return s.masked, "masked"
        return pick(r, ["********", "****************", "••••••••", "[hidden]", "***"]), "masked"
    if c == "empty":
        return "", "empty"
    base = s.ph if s.ph else (PH_TOKEN if "token" in s.kind or "key" in s.kind or "secret" in s.kind else PH_GENERIC)
    return pick(r, base), "placeholder"


def _flat(x, out):
    if x is None:
        return
    if isinstance(x, (list, tuple)):
        for y in x:
            _flat(y, out)
    else:
        out.append(x)


def L(*lines):
    out = []
    _flat(lines, out)
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# shared building blocks
# --------------------------------------------------------------------------

def sample(r, seq, lo, hi):
    k = r.randint(lo, min(hi, len(seq)))
    idx = sorted(r.sample(range(len(seq)), k))
    return [seq[i] for i in idx]


def color_hex(r):
    return "#" + hexs(r, 6)


def gpg_fpr(r):
    return hexs(r, 40).upper()


def gpg_keyid(r):
    return "0x" + hexs(r, 16).upper()


def tls_fpr(r, n=32):
    return ":".join(hexs(r, 2).upper() for _ in range(n))


def st_device_id(r):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    return "-".join(rs(r, 7, a) for _ in range(8))


def bcrypt_hash(r):
    a = "./" + UPPER + LOWER + DIG
    return "$2a$10$" + rs(r, 53, a)


def mail_acct(r):
    f, l = person(r)
    dom = own_domain(r, f, l)
    h = handle(r, f, l)
    choice = r.randrange(8)
    if choice in (0, 1):
        a = dict(provider="Gmail", imap="imap.gmail.com", smtp="smtp.gmail.com", email=h + "@gmail.com",
                 kind="gmail-app-password", gen=lambda r_, ctx: gmail_app(r_, False if ctx in ("bare", "url", "bare_url", "sh_bare") else None))
    elif choice == 2:
        a = dict(provider="iCloud", imap="imap.mail.me.com", smtp="smtp.mail.me.com", email=h + "@icloud.com",
                 kind="icloud-app-password", gen=lambda r_, ctx: icloud_app(r_))
    elif choice in (3, 4):
        em = h + "@fastmail.com" if r.random() < 0.5 else f + "@" + dom
        a = dict(provider="Fastmail", imap="imap.fastmail.com", smtp="smtp.fastmail.com", email=em,
                 kind="fastmail-app-password", gen=lambda r_, ctx: fastmail_app(r_))
    elif choice == 5:
        a = dict(provider="Posteo", imap="posteo.de", smtp="posteo.de", email=h + "@posteo.de",
                 kind="imap-password", gen=human_pw)
    elif choice == 6:
        a = dict(provider="mailbox.org", imap="imap.mailbox.org", smtp="smtp.mailbox.org",
                 email=h + "@mailbox.org", kind="imap-password", gen=human_pw)
    else:
        a = dict(provider="self-hosted IMAP", imap="mail." + dom.split(".", 1)[-1] if dom.startswith("mail.") else "mail." + dom,
                 smtp="mail." + dom.split(".", 1)[-1] if dom.startswith("mail.") else "mail." + dom,
                 email=f + "@" + dom, kind="imap-password", gen=human_pw)
    a["first"], a["last"] = f, l
    a["name"] = f.capitalize() + " " + l.capitalize()
    a["tag"] = pick(r, ["personal", "work", "main", a["provider"].split()[0].lower(), "home"])
    return a


def mail_slot(S, a, env="MAIL_PASSWORD"):
    S.setup(a["provider"], a["kind"], a["gen"], env=env)


MUTT_MISC = [
    'set editor = "{ed}"', "set sort = threads", "set sort_aux = reverse-last-date-received",
    "set mail_check = 120", "set timeout = 15", "set sidebar_visible = yes",
    "set sidebar_width = 28", "set pager_index_lines = 10", "set pager_stop = yes",
    "set markers = no", 'set date_format = "%y-%m-%d %H:%M"', 'set index_format = "%4C %Z %D %-18.18L %s"',
    "set fast_reply = yes", "set include = yes", "set edit_headers = yes",
    'set header_cache = "~/.cache/mutt/headers"', 'set message_cachedir = "~/.cache/mutt/bodies"',
    "set ssl_force_tls = yes", "unset imap_passive", "set imap_keepalive = 300",
    'set mailcap_path = "~/.config/mutt/mailcap"', "auto_view text/html",
    "alternative_order text/plain text/enriched text/html", "bind index g noop",
    "bind index gg first-entry", "bind index G last-entry", "macro index S \"<shell-escape>mbsync -a<enter>\" \"sync all mail\"",
    "color normal default default", "color indicator black cyan", "color status brightwhite blue",
    "color tree cyan default", "ignore *", "unignore from: to: cc: date: subject:",
]


def mutt_misc(r, lo=4, hi=14):
    return [x.format(ed=pick(r, EDITORS)) for x in sample(r, MUTT_MISC, lo, hi)]


def url_user(email):
    return email.replace("@", "%40")


# --------------------------------------------------------------------------
# positive / reusable templates: mail
# --------------------------------------------------------------------------

def t_muttrc(r, S):
    a = mail_acct(r)
    mail_slot(S, a, "IMAP_PASS")
    path = pick(r, [".muttrc", ".mutt/muttrc", ".config/mutt/muttrc"])
    head = ["# vim: filetype=neomuttrc", "# %s's mutt config -- %s" % (a["first"], a["provider"])]
    ident = ['set realname = "%s"' % a["name"], 'set from = "%s"' % a["email"], "set use_from = yes"]
    if S.obv:
        acc = ['set imap_user = "%s"' % a["email"], 'set imap_pass = "%s"' % S.val("conf"),
               'set folder = "imaps://%s:993/"' % a["imap"], 'set smtp_url = "smtps://%s@%s:465/"' % (url_user(a["email"]), a["smtp"]),
               "set smtp_pass = $imap_pass"]
    else:
        pw = S.val("url")
        acc = ['set folder = "imaps://%s:%s@%s:993/"' % (url_user(a["email"]), pw, a["imap"]),
               'set spoolfile = "+INBOX"', 'set postponed = "+Drafts"', 'set record = "+Sent"']
    return path, L(head, "", ident, "", "# account", acc, "", mutt_misc(r)), "muttrc"


def t_mutt_account(r, S):
    a = mail_acct(r)
    mail_slot(S, a, "SMTP_PASS")
    path = pick(r, [".config/mutt/accounts/%s.muttrc" % a["tag"], ".mutt/accounts/%s" % a["tag"],
                    ".config/mutt/accounts/%d-%s.muttrc" % (r.randrange(1, 4), a["tag"])])
    lines = ["# %s account (%s)" % (a["tag"], a["provider"]),
             'set hostname = "%s"' % a["email"].split("@")[1],
             'set from = "%s"' % a["email"], 'set realname = "%s"' % a["name"],
             'set sendmail = ""']
    if S.obv:
        lines += ['set smtp_url = "smtp://%s@%s:587/"' % (url_user(a["email"]), a["smtp"]),
                  "set smtp_pass = '%s'" % S.val("conf"), "set ssl_starttls = yes"]
    else:
        lines += ['set smtp_url = "smtps://%s:%s@%s:465/"' % (url_user(a["email"]), S.val("url"), a["smtp"])]
    lines += ['set folder = "~/.local/share/mail/%s"' % a["tag"], 'set spoolfile = "+INBOX"',
              'set trash = "+Trash"', 'set mbox_type = Maildir',
              'macro index o "<shell-escape>mbsync %s<enter>" "run mbsync to sync %s"' % (a["tag"], a["tag"]),
              'mailboxes "=INBOX" "=Archive" "=Sent" "=Drafts" "=Junk"']
    if r.random() < 0.5:
        lines += ['set pgp_default_key = "%s"' % gpg_keyid(r), "set crypt_autosign = yes"]
    return path, L(lines, "", mutt_misc(r, 0, 5)), "muttrc"


def t_neomuttrc(r, S):
    a = mail_acct(r)
    mail_slot(S, a, "IMAP_PASS")
    path = pick(r, [".config/neomutt/neomuttrc", ".neomuttrc", ".config/neomutt/accounts/%s" % a["tag"]])
    v = S.val("conf")
    kname = "imap_pass" if S.obv else "my_secret"
    lines = ["# -*- muttrc -*-", "# neomutt setup for %s" % a["email"],
             'set my_user = "%s"' % a["email"],
             'set %s = "%s"' % (("my_pass" if S.obv else "my_v"), v),
             'set imap_user = $my_user',
             'set imap_pass = $%s' % ("my_pass" if S.obv else "my_v"),
             'set folder = "imaps://%s/"' % a["imap"],
             'set smtp_url = "smtps://$my_user@%s"' % a["smtp"],
             'set smtp_pass = $imap_pass' if r.random() < 0.5 else None,
             "", "set sidebar_visible", "set sidebar_format = \"%B%<F? [%F]>%* %<N?%N/>%S\"",
             "set mail_check_stats"]
    return path, L(lines, mutt_misc(r, 3, 10)), "neomuttrc"


def t_msmtprc(r, S):
    a = mail_acct(r)
    mail_slot(S, a, "SMTP_PASS")
    path = pick(r, [".msmtprc", ".config/msmtp/config"])
    b = mail_acct(r)
    lines = ["# msmtp configuration", "defaults", "auth           on", "tls            on",
             "tls_trust_file /etc/ssl/certs/ca-certificates.crt",
             "logfile        ~/.cache/msmtp.log", ""]
    first = ["# %s" % a["provider"], "account        %s" % a["tag"], "host           %s" % a["smtp"],
             "port           %s" % pick(r, ["587", "465"]), "from           %s" % a["email"],
             "user           %s" % a["email"]]
    if S.obv:
        first.append("password       %s" % S.val("bare"))
    else:
        first.append('passwordeval   "echo %s"' % S.val("bare"))
    second = ["account        %s" % (b["tag"] + "2" if b["tag"] == a["tag"] else b["tag"]), "host           %s" % b["smtp"],
              "port           587", "from           %s" % b["email"], "user           %s" % b["email"],
              'passwordeval   "%s"' % pick(r, ["pass show mail/%s" % b["email"], "gpg -dq ~/.msmtp-%s.gpg" % b["tag"],
                                                "secret-tool lookup host %s user %s" % (b["smtp"], b["email"])])]
    blocks = [first, second] if r.random() < 0.5 else [second, first]
    dflt = "account default : %s" % first[1].split()[-1]
    return path, L(lines, blocks[0], "", blocks[1], "", dflt), "msmtprc"


def t_mbsyncrc(r, S):
    a = mail_acct(r)
    mail_slot(S, a, "IMAP_PASS")
    path = pick(r, [".mbsyncrc", ".config/isyncrc", ".config/mbsync/mbsyncrc"])
    tag = a["tag"]
    pwline = ("Pass %s" % S.val("bare")) if S.obv else ('PassCmd "echo %s"' % S.val("bare"))
    lines = ["IMAPAccount %s" % tag, "Host %s" % a["imap"], "Port 993", "User %s" % a["email"], pwline,
             "SSLType IMAPS", "CertificateFile /etc/ssl/certs/ca-certificates.crt", "",
             "IMAPStore %s-remote" % tag, "Account %s" % tag, "",
             "MaildirStore %s-local" % tag, "SubFolders Verbatim", "Path ~/.local/share/mail/%s/" % tag,
             "Inbox ~/.local/share/mail/%s/INBOX" % tag, "",
             "Channel %s" % tag, "Far :%s-remote:" % tag, "Near :%s-local:" % tag,
             'Patterns * !"[Gmail]/All Mail"' if a["provider"] == "Gmail" else "Patterns *",
             "Create Both", "Expunge Both", "SyncState *", "MaxMessages %d" % r.choice([0, 2000, 5000])]
    return path, L("# isync/mbsync -- %s" % a["provider"], "", lines), "mbsyncrc"


def t_offlineimaprc(r, S):
    a = mail_acct(r)
    mail_slot(S, a, "IMAP_PASS")
    tag = a["tag"].capitalize()
    pw = S.val("bare")
    key = "remotepass" if S.obv else "remotepass"
    lines = ["[general]", "accounts = %s" % tag, "maxsyncaccounts = 1", "ui = %s" % pick(r, ["ttyui", "basic", "quiet"]),
             "", "[Account %s]" % tag, "localrepository = %s-local" % tag, "remoterepository = %s-remote" % tag,
             "autorefresh = %d" % r.choice([5, 10, 15]), "quick = 10", "",
             "[Repository %s-local]" % tag, "type = Maildir", "localfolders = ~/Mail/%s" % tag, "",
             "[Repository %s-remote]" % tag, "type = %s" % ("Gmail" if a["provider"] == "Gmail" else "IMAP"),
             "remotehost = %s" % a["imap"], "remoteuser = %s" % a["email"]]
    if S.obv:
        lines.append("%s = %s" % (key, pw))
    else:
        lines.append("remotepasseval = \"%s\"" % pw)
    lines += ["ssl = yes", "sslcacertfile = /etc/ssl/certs/ca-certificates.crt",
              "folderfilter = lambda f: f not in ['[Gmail]/All Mail', '[Gmail]/Spam']"]
    return pick(r, [".offlineimaprc", ".config/offlineimap/config"]), L(lines), "offlineimaprc"


def t_fetchmailrc(r, S):
    a = mail_acct(r)
    mail_slot(S, a, "POP_PASS")
    local = a["first"]
    proto = pick(r, ["IMAP", "POP3"])
    lines = ["# ~/.fetchmailrc -- chmod 600!", "set daemon %d" % r.choice([300, 600, 900]),
             "set logfile ~/.fetchmail.log", "set postmaster \"%s\"" % local, "",
             "poll %s with proto %s" % (a["imap"], proto),
             '    user "%s" there with password "%s" is %s here' % (a["email"], S.val("conf"), local),
             "    options ssl keep%s" % (" fetchall" if r.random() < 0.5 else ""),
             "    mda \"/usr/bin/procmail -d %T\""]
    return ".fetchmailrc", L(lines), "fetchmailrc"


def t_getmailrc(r, S):
    a = mail_acct(r)
    mail_slot(S, a, "IMAP_PASS")
    lines = ["[retriever]", "type = SimpleIMAPSSLRetriever", "server = %s" % a["imap"],
             "username = %s" % a["email"], "password = %s" % S.val("bare"),
             "mailboxes = (\"INBOX\",)", "", "[destination]", "type = Maildir",
             "path = ~/Maildir/%s/" % a["tag"], "", "[options]", "verbose = 0", "read_all = false",
             "delete = false", "message_log = ~/.getmail/log"]
    return pick(r, [".getmail/getmailrc", ".config/getmail/%s.rc" % a["tag"]]), L(lines), "getmailrc"


def t_aerc(r, S):
    a = mail_acct(r)
    mail_slot(S, a, "IMAP_PASS")
    u = url_user(a["email"])
    head = ["[%s]" % a["provider"].split()[0]]
    pw = S.val("url")
    if S.obv:
        body = ["source        = imaps://%s:%s@%s:993" % (u, pw, a["imap"]),
                "outgoing      = smtps://%s@%s:465" % (u, a["smtp"]),
                "outgoing-cred-cmd = pass show mail/%s" % a["email"]]
    else:
        body = ["source        = imaps://%s@%s:993" % (u, a["imap"]),
                "source-cred-cmd = pass show mail/%s" % a["email"],
                "outgoing      = smtps://%s:%s@%s:465" % (u, pw, a["smtp"])]
    rest = ["default       = INBOX", 'from          = %s <%s>' % (a["name"], a["email"]),
            "copy-to       = Sent", "cache-headers = true",
            "check-mail    = %dm" % r.choice([2, 5, 10])]
    if r.random() < 0.5:
        rest.append("pgp-key-id    = %s" % gpg_fpr(r))
    return ".config/aerc/accounts.conf", L(head, body, rest), "aerc-conf"


def t_authinfo(r, S):
    a = mail_acct(r)
    mail_slot(S, a, "IMAP_PASS")
    b = mail_acct(r)
    lines = ["machine %s login %s password %s port 993" % (a["imap"], a["email"], S.val("bare")),
             "machine %s login %s port 587" % (b["smtp"], b["email"]),
             "machine %s login %s port 993" % (b["imap"], b["email"]),
             "machine irc.libera.chat login %s port 6697" % handle(r, a["first"], a["last"]),
             "machine news.gmane.io login %s port 119" % a["first"],
             "machine api.github.com login %s^forge" % handle(r, a["first"], a["last"]),
             "machine caldav.%s login %s port 443" % (a["email"].split("@")[1], a["first"])]
    r.shuffle(lines)
    return pick(r, [".authinfo", ".emacs.d/authinfo", ".config/emacs/authinfo"]), L(lines), "authinfo"


def t_smtp_py(r, S):
    a = mail_acct(r)
    mail_slot(S, a, "SMTP_PASS")
    name = pick(r, ["mailme", "sendreport", "notify-mail", "mail_digest"])
    v = S.val("py")
    login = ('    s.login(USER, PASSWORD)' if S.obv else '    s.login("%s", "%s")' % (a["email"], v))
    lines = ["#!/usr/bin/env python3", '"""Send myself a short mail from cron jobs: %s SUBJECT < body"""' % name,
             "import smtplib", "import sys", "from email.message import EmailMessage", "",
             'HOST = "%s"' % a["smtp"], "PORT = 465",
             'USER = "%s"' % a["email"] if S.obv else None,
             'PASSWORD = "%s"' % v if S.obv else None, "",
             "def main():", "    msg = EmailMessage()", '    msg["From"] = "%s"' % a["email"],
             '    msg["To"] = "%s"' % a["email"], '    msg["Subject"] = " ".join(sys.argv[1:]) or "(cron)"',
             "    msg.set_content(sys.stdin.read())", "    with smtplib.SMTP_SSL(HOST, PORT) as s:",
             login.replace("    s.", "        s."), "        s.send_message(msg)", "",
             'if __name__ == "__main__":', "    main()"]
    return pick(r, ["bin/%s" % name, ".local/bin/%s.py" % name, "scripts/%s.py" % name]), L(lines), "python"


def t_curl_smtp(r, S):
    a = mail_acct(r)
    mail_slot(S, a, "SMTP_PASS")
    v = S.val("sh")
    user = ('--user "%s:%s"' % (a["email"], v)) if not S.obv else '--user "$SMTP_USER:$SMTP_PASS"'
    lines = ["#!/usr/bin/env bash", "# nightly: back up ~/Documents and mail the log", "set -euo pipefail", "",
             'SMTP_USER="%s"' % a["email"] if S.obv else None,
             'SMTP_PASS="%s"' % v if S.obv else None,
             'LOG="$HOME/.cache/backup-$(date +%F).log"', "",
             'restic -r sftp:nas:/srv/restic backup "$HOME/Documents" >"$LOG" 2>&1 || true', "",
             'curl --silent --ssl-reqd \\', '  --url "smtps://%s:465" \\' % a["smtp"],
             '  %s \\' % user, '  --mail-from "%s" \\' % a["email"], '  --mail-rcpt "%s" \\' % a["email"],
             '  --upload-file "$LOG"']
    return pick(r, ["bin/backup-notify", "scripts/cron/backup.sh", ".local/bin/nightly-backup"]), L(lines), "shell"


# --------------------------------------------------------------------------
# CalDAV / CardDAV
# --------------------------------------------------------------------------

def dav_acct(r):
    f, l = person(r)
    dom = own_domain(r, f, l)
    c = r.randrange(6)
    if c == 0:
        return dict(provider="Fastmail", cal="https://caldav.fastmail.com/", card="https://carddav.fastmail.com/",
                    user=handle(r, f, l) + "@fastmail.com", kind="fastmail-app-password", gen=lambda r_, ctx: fastmail_app(r_), f=f)
    if c == 1:
        return dict(provider="iCloud", cal="https://caldav.icloud.com/", card="https://contacts.icloud.com/",
                    user=handle(r, f, l) + "@icloud.com", kind="icloud-app-password", gen=lambda r_, ctx: icloud_app(r_), f=f)
    if c == 2:
        return dict(provider="mailbox.org", cal="https://dav.mailbox.org/caldav/", card="https://dav.mailbox.org/carddav/",
                    user=handle(r, f, l) + "@mailbox.org", kind="caldav-password", gen=human_pw, f=f)
    if c == 3:
        host = pick(r, ["cloud.", "nc.", "nextcloud."]) + dom.replace("mail.", "")
        u = f
        return dict(provider="Nextcloud", cal="https://%s/remote.php/dav/calendars/%s/" % (host, u),
                    card="https://%s/remote.php/dav/addressbooks/users/%s/" % (host, u),
                    user=u, kind="caldav-password", gen=human_pw, f=f)
    if c == 4:
        host = "dav." + dom.replace("mail.", "")
        return dict(provider="Radicale", cal="https://%s/%s/" % (host, f), card="https://%s/%s/" % (host, f),
                    user=f, kind="caldav-password", gen=human_pw, f=f)
    return dict(provider="Posteo", cal="https://posteo.de:8443/calendars/%s/" % f, card="https://posteo.de:8443/addressbooks/%s/" % f,
                user=handle(r, f, l) + "@posteo.de", kind="caldav-password", gen=human_pw, f=f)


def t_vdirsyncer(r, S):
    a = dav_acct(r)
    S.setup(a["provider"], a["kind"], a["gen"], env="DAV_PASSWORD")
    v = S.val("conf")
    both = r.random() < 0.6
    lines = ["[general]", 'status_path = "~/.local/share/vdirsyncer/status/"', "",
             "[pair calendars]", 'a = "calendars_local"', 'b = "calendars_remote"',
             'collections = ["from a", "from b"]', 'metadata = ["color", "displayname"]',
             'conflict_resolution = "b wins"', "",
             "[storage calendars_local]", 'type = "filesystem"', 'path = "~/.local/share/calendars/"',
             'fileext = ".ics"', "",
             "[storage calendars_remote]", 'type = "caldav"', 'url = "%s"' % a["cal"],
             'username = "%s"' % a["user"], 'password = "%s"' % v]
    if both:
        lines += ["", "[pair contacts]", 'a = "contacts_local"', 'b = "contacts_remote"',
                  'collections = ["from a", "from b"]', "",
                  "[storage contacts_local]", 'type = "filesystem"', 'path = "~/.local/share/contacts/"',
                  'fileext = ".vcf"', "", "[storage contacts_remote]", 'type = "carddav"',
                  'url = "%s"' % a["card"], 'username = "%s"' % a["user"],
                  'password.fetch = ["command", "cat", "~/.config/vdirsyncer/%s.pw"]' % a["provider"].lower().replace(".", "")]
    return pick(r, [".config/vdirsyncer/config", ".vdirsyncer/config"]), L("# vdirsyncer -- %s" % a["provider"], lines), "vdirsyncer"


def t_caldav_py(r, S):
    a = dav_acct(r)
    S.setup(a["provider"], a["kind"], a["gen"], env="CALDAV_PASSWORD")
    v = S.val("py")
    if S.obv:
        conn = ['CALDAV_URL = "%s"' % a["cal"], 'CALDAV_USER = "%s"' % a["user"], 'CALDAV_PASSWORD = "%s"' % v, "",
                "client = caldav.DAVClient(url=CALDAV_URL, username=CALDAV_USER, password=CALDAV_PASSWORD)"]
    else:
        conn = ['client = caldav.DAVClient("%s", username="%s", password="%s")' % (a["cal"], a["user"], v)]
    lines = ["#!/usr/bin/env python3", "# Print today's agenda for the status bar / conky.", "import datetime as dt",
             "import caldav", "", conn, "", "def main():", "    now = dt.datetime.now()",
             "    end = now.replace(hour=23, minute=59)", "    for cal in client.principal().calendars():",
             "        for ev in cal.search(start=now, end=end, event=True, expand=True):",
             "            comp = ev.icalendar_component",
             '            print(comp["DTSTART"].dt.strftime("%H:%M"), comp.get("SUMMARY"))', "",
             'if __name__ == "__main__":', "    main()"]
    return pick(r, ["bin/agenda", ".local/bin/agenda.py", ".config/polybar/scripts/agenda.py"]), L(lines), "python"


# --------------------------------------------------------------------------
# IRC
# --------------------------------------------------------------------------

def irc_ctx(r):
    key, host, name = pick(r, IRC_NETS)
    f, l = person(r)
    nick = handle(r, f, l)
    chans = sample(r, CHANNELS, 2, 5)
    return key, host, name, nick, chans


def t_irssi(r, S):
    key, host, name, nick, chans = irc_ctx(r)
    mode = r.randrange(3) if not S.obv else 0
    if mode == 1:
        S.setup("ZNC", "znc-password", human_pw, env="ZNC_PASS")
    else:
        S.setup(name, "irc-sasl-password" if mode == 0 else "nickserv-password", human_pw, env="IRC_PASS")
    v = S.val("conf")
    if mode == 0:
        srv = ['  {', '    address = "%s";' % host, '    chatnet = "%s";' % key, '    port = "6697";',
               '    use_tls = "yes";', '    tls_verify = "yes";', '    autoconnect = "yes";',
               '    sasl_mechanism = "plain";', '    sasl_username = "%s";' % nick,
               '    sasl_password = "%s";' % v, '  }']
        net = ['  %s = { type = "IRC"; max_kicks = "1"; max_msgs = "4"; max_whois = "1"; };' % key]
    elif mode == 1:
        znc = pick(r, ["znc.", "bnc.", "irc."]) + pick(r, LAST) + pick(r, [".net", ".org", ".de"])
        srv = ['  {', '    address = "%s";' % znc, '    chatnet = "%s";' % key, '    port = "%d";' % r.choice([6697, 7000, 1025]),
               '    password = "%s/%s:%s";' % (nick, key, v), '    use_tls = "yes";', '    autoconnect = "yes";', '  }']
        net = ['  %s = { type = "IRC"; };' % key]
    else:
        srv = ['  {', '    address = "%s";' % host, '    chatnet = "%s";' % key, '    port = "6697";',
               '    use_tls = "yes";', '    autoconnect = "yes";', '  }']
        net = ['  %s = {' % key, '    type = "IRC";', '    autosendcmd = "/msg NickServ IDENTIFY %s %s; wait 2000";' % (nick, v),
               '  };']
    lines = ["servers = (", srv, ");", "", "chatnets = {", net, "};", "", "channels = ("]
    lines += ['  { name = "%s"; chatnet = "%s"; autojoin = "yes"; },' % (c, key) for c in chans]
    lines += [");", "", "settings = {", '  core = { real_name = "%s"; user_name = "%s"; nick = "%s"; };' % (nick, nick, nick),
              '  "fe-text" = { actlist_sort = "refnum"; };', '  "fe-common/core" = { theme = "%s"; autolog = "yes"; };' % pick(r, ["default", "h3rbz", "solarized"]),
              "};"]
    return pick(r, [".irssi/config", ".config/irssi/config"]), L(lines), "irssi-config"


def t_weechat_irc(r, S):
    key, host, name, nick, chans = irc_ctx(r)
    mode = 0 if S.obv else r.randrange(1, 3)
    if mode == 2:
        S.setup("ZNC", "znc-password", human_pw, env="ZNC_PASS")
    else:
        S.setup(name, "irc-sasl-password" if mode == 0 else "nickserv-password", human_pw, env="IRC_PASS")
    v = S.val("conf")
    lines = ["#", "# weechat -- irc.conf", "#", "# WARNING: It is NOT recommended to edit this file by hand,",
             "# especially if WeeChat is running.", "#", "", "[look]", "buffer_switch_autojoin = on",
             "color_nicks_in_names = on", "display_join_message = \"329,332,333,366\"", "server_buffer = independent",
             "", "[server_default]", "autoconnect = off", "msg_part = \"\"", "msg_quit = \"\"",
             "nicks = \"%s,%s_\"" % (nick, nick), "sasl_mechanism = plain", "tls = on", "", "[server]",
             "%s.addresses = \"%s/6697\"" % (key, host), "%s.tls = on" % key, "%s.autoconnect = on" % key,
             "%s.autojoin = \"%s\"" % (key, ",".join(chans))]
    if mode == 0:
        lines += ["%s.sasl_username = \"%s\"" % (key, nick), "%s.sasl_password = \"%s\"" % (key, v)]
    elif mode == 1:
        lines += ["%s.command = \"/msg nickserv identify %s;/mode $nick +R\"" % (key, v), "%s.command_delay = 3" % key]
    else:
        lines[-3] = "%s.addresses = \"bouncer.%s.net/6697\"" % (key, pick(r, LAST))
        lines += ["%s.password = \"%s/%s:%s\"" % (key, nick, key, v)]
    lines += ["%s.capabilities = \"account-notify,away-notify,server-time\"" % key]
    return pick(r, [".config/weechat/irc.conf", ".weechat/irc.conf"]), L(lines), "weechat-conf"


def t_weechat_sec(r, S):
    key, host, name, nick, chans = irc_ctx(r)
    S.setup(name, "irc-sasl-password", human_pw, env="IRC_PASS")
    v = S.val("conf")
    lines = ["#", "# weechat -- sec.conf", "#", "# WARNING: It is NOT recommended to edit this file by hand,",
             "# especially if WeeChat is running.", "#", "# Use commands like /set or /fset to change settings in WeeChat.",
             "#", "# For more info, see: https://weechat.org/doc/weechat/quickstart/", "#", "",
             "[crypt]", "cipher = aes256", "hash_algo = sha256", "passphrase_command = \"\"", "salt = on", "",
             "[data]", "__passphrase__ = off", "%s = \"%s\"" % (key, v)]
    return pick(r, [".config/weechat/sec.conf", ".weechat/sec.conf"]), L(lines), "weechat-conf"


def t_znc(r, S):
    key, host, name, nick, chans = irc_ctx(r)
    S.setup(name, "irc-server-password", human_pw, env="IRC_PASS")
    v = S.val("bare")
    lines = ["// WARNING", "//", "// Do NOT edit this file while ZNC is running!", "// Use webadmin or *controlpanel instead.",
             "//", "// Altering this file by hand will forfeit all support.", "//", "", "Version = 1.8.2",
             "<Listener l>", "\tPort = %d" % r.choice([6697, 7000, 5000]), "\tIPv4 = true", "\tIPv6 = true", "\tSSL = true", "</Listener>",
             "LoadModule = webadmin", "", "<User %s>" % nick, "\tAdmin      = true", "\tAltNick    = %s_" % nick,
             "\tBuffer     = 500", "\tIdent      = %s" % nick, "\tNick       = %s" % nick,
             "\tRealName   = %s" % nick, "\tLoadModule = chansaver", "\tLoadModule = controlpanel", "",
             "\t<Network %s>" % key, "\t\tLoadModule = simple_away", "\t\tLoadModule = sasl",
             "\t\tServer     = %s +6697 %s" % (host, v)]
    lines += ["\t\t<Chan %s>" % c + "\n\t\t</Chan>" for c in chans]
    lines += ["\t</Network>", "", "\t<Pass password>", "\t\tMethod = SHA256",
              "\t\tHash = %s" % hexs(r, 64), "\t\tSalt = %s" % rs(r, 20, ALNUM + "_,.-/:()!"), "\t</Pass>", "</User>"]
    return pick(r, [".znc/configs/znc.conf", ".config/znc/configs/znc.conf"]), L(lines), "znc-conf"


def t_hexchat(r, S):
    key, host, name, nick, chans = irc_ctx(r)
    S.setup(name, "nickserv-password", human_pw, env="IRC_PASS")
    v = S.val("bare")
    lines = ["v=2.16.1", "", "N=%s" % name, "L=6", "I=%s" % nick, "i=%s_" % nick, "U=%s" % nick,
             "P=%s" % v, "S=%s/+6697" % host, "J=%s" % ",".join(chans), "F=%d" % r.choice([19, 23, 27]), "D=0", ""]
    for k2, h2, n2 in sample(r, IRC_NETS, 1, 3):
        if k2 == key:
            continue
        lines += ["N=%s" % n2, "E=UTF-8 (Unicode)", "F=19", "D=0", "S=%s" % h2, ""]
    return ".config/hexchat/servlist.conf", L(lines), "hexchat-conf"


def t_senpai(r, S):
    key, host, name, nick, chans = irc_ctx(r)
    S.setup(name, "irc-sasl-password", human_pw, env="IRC_PASS")
    v = S.val("conf")
    lines = ["address %s" % host, "nickname %s" % nick, "realname \"%s\"" % nick.capitalize(),
             "password \"%s\"" % v, "channel \"%s\"" % " ".join(chans),
             "highlight %s" % nick, "pane-widths {", "    nicknames %d" % r.choice([12, 14, 16]), "    channels 18", "}",
             "colors {", "    prompt %d" % r.randrange(1, 15), "}"]
    return ".config/senpai/senpai.scfg", L(lines), "senpai-scfg"


# --------------------------------------------------------------------------
# RSS readers
# --------------------------------------------------------------------------

NB_MISC = ["auto-reload yes", "reload-time %d", "reload-threads 4", "max-items 200",
           "show-read-feeds no", "show-read-articles no", 'browser "firefox %%u"',
           "notify-program notify-send", "download-full-page yes", "confirm-mark-feed-read no",
           "bind-key j down", "bind-key k up", "bind-key J next-feed articlelist",
           "bind-key K prev-feed articlelist", "bind-key G end", "bind-key g home",
           "color background default default", "color listnormal color250 default",
           "color listfocus color16 color33", "color info color15 color236 bold",
           'articlelist-format "%%4i %%f %%D  %%?T?|%%-17T|  ?%%t"', "cleanup-on-quit yes",
           'macro m set browser "mpv %%u"; open-in-browser ; set browser "firefox %%u"']


def nb_misc(r, lo=4, hi=12):
    return [x.replace("%d", str(r.choice([15, 30, 60]))).replace("%%", "%") for x in sample(r, NB_MISC, lo, hi)]


def t_newsboat(r, S):
    f, l = person(r)
    dom = own_domain(r, f, l).replace("mail.", "")
    which = r.randrange(5)
    if which == 0:
        S.setup("Miniflux", "miniflux-api-token", miniflux_token, env="MINIFLUX_TOKEN")
        src = ['urls-source "miniflux"', 'miniflux-url "https://rss.%s/"' % dom,
               'miniflux-token "%s"' % S.val("conf"), 'miniflux-show-special-feeds "starred"']
    elif which == 1:
        S.setup("Miniflux", "miniflux-password", human_pw, env="MINIFLUX_PASSWORD")
        src = ['urls-source "miniflux"', 'miniflux-url "https://reader.%s/"' % dom, 'miniflux-login "%s"' % f,
               'miniflux-password "%s"' % S.val("conf")]
    elif which == 2:
        S.setup("FreshRSS", "freshrss-api-password", human_pw, env="FRESHRSS_PASSWORD")
        src = ['urls-source "freshrss"', 'freshrss-url "https://freshrss.%s/api/greader.php"' % dom,
               'freshrss-login "%s"' % f, 'freshrss-password "%s"' % S.val("conf"), 'freshrss-min-items 100']
    elif which == 3:
        S.setup("Nextcloud News", "nextcloud-password", human_pw, env="OCNEWS_PASSWORD")
        src = ['urls-source "ocnews"', 'ocnews-url "https://cloud.%s"' % dom, 'ocnews-login "%s"' % f,
               'ocnews-password "%s"' % S.val("conf")]
    else:
        S.setup("Tiny Tiny RSS", "ttrss-password", human_pw, env="TTRSS_PASSWORD")
        src = ['urls-source "ttrss"', 'ttrss-url "https://tt-rss.%s/"' % dom, 'ttrss-login "%s"' % f,
               'ttrss-password "%s"' % S.val("conf"), 'ttrss-mode "multi"']
    return pick(r, [".newsboat/config", ".config/newsboat/config"]), L("# newsboat config", "", src, "", nb_misc(r)), "newsboat-config"


def t_miniflux_script(r, S):
    f, l = person(r)
    dom = own_domain(r, f, l).replace("mail.", "")
    S.setup("Miniflux", "miniflux-api-token", miniflux_token, env="MINIFLUX_TOKEN")
    v = S.val("sh")
    url = "https://rss.%s" % dom
    if S.obv:
        lines = ["#!/bin/sh", "# unread count for waybar", 'MINIFLUX_URL="%s"' % url, 'MINIFLUX_TOKEN="%s"' % v, "",
                 'n=$(curl -sf -H "X-Auth-Token: $MINIFLUX_TOKEN" "$MINIFLUX_URL/v1/entries?status=unread&limit=1" | jq .total)',
                 'printf \'{"text": "%s", "class": "rss"}\\n\' "${n:-?}"']
    else:
        lines = ["#!/bin/sh", "# unread count for waybar",
                 "# needs: curl, jq", "set -u", "",
                 'n=$(curl -sf -H "X-Auth-Token: %s" "%s/v1/entries?status=unread&limit=1" | jq .total)' % (v, url),
                 '[ "${n:-0}" -gt 0 ] && printf \'{"text": " %s"}\\n\' "$n" || echo \'{"text": ""}\'']
    return pick(r, [".config/waybar/scripts/miniflux.sh", "bin/rss-unread", ".config/polybar/scripts/rss.sh"]), L(lines), "shell"


def t_freshrss_login(r, S):
    f, l = person(r)
    dom = own_domain(r, f, l).replace("mail.", "")
    S.setup("FreshRSS", "freshrss-api-password", lambda r_, ctx: human_pw(r_, "url"), env="FRESHRSS_PASSWORD")
    v = S.val("url")
    lines = ["#!/usr/bin/env bash", "# mark everything older than a week as read (FreshRSS Google Reader API)",
             "set -eu", 'BASE="https://freshrss.%s/api/greader.php"' % dom,
             'AUTH=$(curl -s "$BASE/accounts/ClientLogin?Email=%s&Passwd=%s" | sed -n \'s/^Auth=//p\')' % (f, v),
             'TS=$(date -d "7 days ago" +%s)',
             'curl -s -H "Authorization: GoogleLogin auth=$AUTH" \\',
             '     -d "s=user/-/state/com.google/reading-list" -d "ts=${TS}000000" \\',
             '     "$BASE/reader/api/0/mark-all-as-read"', 'echo "done"']
    return pick(r, ["bin/rss-catchup", "scripts/freshrss-catchup.sh"]), L(lines), "shell"


# --------------------------------------------------------------------------
# personal-service API tokens
# --------------------------------------------------------------------------

def _dom(r):
    f, l = person(r)
    return own_domain(r, f, l).replace("mail.", "")


API = [
    dict(provider="Pushover", kind="pushover-app-token", gen=pushover_token, env="PUSHOVER_TOKEN",
         alt=["PO_APP", "PO", "APP", "NOTIFY_APP"],
         curl='curl -s -F "token={v}" -F "user={uid}" -F "message=$1" https://api.pushover.net/1/messages.json'),
    dict(provider="Pushbullet", kind="pushbullet-access-token", gen=pushbullet_token, env="PUSHBULLET_TOKEN",
         alt=["PB", "PB_AUTH", "PUSH_KEY"],
         curl='curl -s -u {v}: -d type=note -d title="$1" -d body="${{2:-}}" https://api.pushbullet.com/v2/pushes'),
    dict(provider="Todoist", kind="todoist-api-token", gen=todoist_token, env="TODOIST_API_TOKEN",
         alt=["TD", "TDX", "TASKS_AUTH"],
         curl='curl -s -H "Authorization: Bearer {v}" "https://api.todoist.com/rest/v2/tasks?filter=today"'),
    dict(provider="OpenWeather", kind="openweather-api-key", gen=hex32, env="OPENWEATHER_API_KEY",
         alt=["WX", "WX_KEY", "APPID", "W"],
         curl='curl -s "https://api.openweathermap.org/data/2.5/weather?q={city}&units=metric&appid={v}"'),
    dict(provider="GitHub", kind="github-pat", gen=github_any, env="GITHUB_TOKEN",
         alt=["GH", "GH_AUTH", "NOTIF_T", "HUB"],
         curl='curl -s -H "Authorization: token {v}" https://api.github.com/notifications'),
    dict(provider="Jellyfin", kind="jellyfin-api-key", gen=hex32, env="JELLYFIN_API_KEY",
         alt=["JF", "JF_KEY", "MEDIA_KEY"],
         curl='curl -s -H "X-Emby-Token: {v}" "https://jellyfin.{dom}/Sessions?activeWithinSeconds=600"'),
    dict(provider="Plex", kind="plex-token", gen=plex_token, env="PLEX_TOKEN",
         alt=["PLX", "PMS_T", "XPT"],
         curl='curl -s "http://192.168.{a}.{b}:32400/library/sections/{n}/refresh?X-Plex-Token={v}"'),
    dict(provider="Syncthing", kind="syncthing-api-key", gen=syncthing_key, env="SYNCTHING_API_KEY",
         alt=["ST", "STKEY", "SYNC_K"],
         curl='curl -s -H "X-API-Key: {v}" http://127.0.0.1:8384/rest/db/completion'),
    dict(provider="Miniflux", kind="miniflux-api-token", gen=miniflux_token, env="MINIFLUX_API_KEY",
         alt=["MF", "RSS_AUTH"],
         curl='curl -s -H "X-Auth-Token: {v}" "https://rss.{dom}/v1/entries?status=unread&limit=1"'),
    dict(provider="Trakt", kind="trakt-access-token", gen=hex64, env="TRAKT_ACCESS_TOKEN",
         alt=["TR", "TRK"],
         curl='curl -s -H "trakt-api-version: 2" -H "trakt-api-key: {cid}" -H "Authorization: Bearer {v}" https://api.trakt.tv/sync/history?limit=5'),
]


def api_pick(r, S, names=None):
    specs = [a for a in API if names is None or a["provider"] in names]
    a = pick(r, specs)
    S.setup(a["provider"], a["kind"], a["gen"], env=a["env"])
    return a


def api_curl(r, S, a, v):
    city = pick(r, CITIES)[0]
    return a["curl"].format(v=v, uid=pushover_user(r), city=city, dom=_dom(r), a=r.randrange(0, 2),
                            b=r.randrange(2, 250), n=r.randrange(1, 9), cid=S.idv(hex64))


def var_name(r, S, a):
    return a["env"] if S.obv else pick(r, a["alt"])


SH_MISC = [
    'export EDITOR="{ed}"', 'export VISUAL="$EDITOR"', 'export PAGER="less"', 'export LESS="-R -F -X"',
    'export PATH="$HOME/.local/bin:$HOME/bin:$PATH"', 'export GOPATH="$HOME/go"',
    'export XDG_CONFIG_HOME="$HOME/.config"', 'export XDG_DATA_HOME="$HOME/.local/share"',
    'export MANPAGER="nvim +Man!"', 'export HISTSIZE=50000', 'export HISTFILESIZE=100000',
    'export FZF_DEFAULT_COMMAND="fd --type f --hidden --exclude .git"', "alias ll='ls -lah'",
    "alias gs='git status -sb'", "alias ..='cd ..'", "alias v='$EDITOR'", "alias mutt='neomutt'",
    "alias ytmp3='yt-dlp -x --audio-format mp3'", 'alias ip="ip -color=auto"',
    "[ -f ~/.fzf.bash ] && . ~/.fzf.bash", 'eval "$(zoxide init bash)"', 'export GPG_TTY="$(tty)"',
    'export SSH_AUTH_SOCK="$XDG_RUNTIME_DIR/ssh-agent.socket"', "set -o vi", "shopt -s histappend",
    'export LANG="en_US.UTF-8"', 'export MOZ_ENABLE_WAYLAND=1', 'export TERMINAL="foot"',
]


def sh_misc(r, lo=5, hi=14):
    return [x.format(ed=pick(r, EDITORS)) for x in sample(r, SH_MISC, lo, hi)]


def t_shell_rc(r, S):
    a = api_pick(r, S)
    v = S.val("sh")
    n = var_name(r, S, a)
    path = pick(r, [".bashrc", ".zshrc", ".profile", ".zshenv", ".bash_profile", ".config/zsh/.zshrc",
                    ".config/shell/profile", ".bashrc.d/30-api.sh"])
    q = pick(r, ['"%s"', "'%s'", "%s"]) if v else '"%s"'
    exp = "export %s=%s" % (n, q % v)
    misc = sh_misc(r)
    pos = r.randrange(len(misc) + 1)
    block = misc[:pos] + ["", "# %s" % pick(r, [a["provider"].lower() + " (notify scripts)", "used by ~/bin scripts", "tokens",
                                                 "TODO move to pass", "api"]), exp, ""] + misc[pos:]
    return path, L("# %s" % path.split("/")[-1], block), "shell-rc"


def t_fish(r, S):
    a = api_pick(r, S)
    v = S.val("sh_bare") if S.neg else S.val("sh")
    n = var_name(r, S, a)
    lines = ["if status is-interactive", "    set -g fish_greeting", "    abbr -a g git", "    abbr -a gco git checkout",
             "    zoxide init fish | source", "end", "", "set -gx EDITOR %s" % pick(r, ["nvim", "hx", "vim"]),
             "fish_add_path ~/.local/bin ~/.cargo/bin", "", "set -gx %s %s" % (n, v),
             "set -gx GOPATH ~/go", "set -gx MANPAGER 'nvim +Man!'"]
    return pick(r, [".config/fish/config.fish", ".config/fish/conf.d/env.fish"]), L(lines), "fish"


def t_systemd_unit(r, S):
    a = api_pick(r, S, ["Pushover", "Pushbullet", "Todoist", "OpenWeather", "GitHub", "Syncthing", "Miniflux", "Jellyfin"])
    v = S.val("conf")
    n = var_name(r, S, a)
    name = pick(r, ["notify-%s" % a["provider"].lower(), "status-poll", "ghnotify", "weather-cache", "feeds-alert"])
    lines = ["[Unit]", "Description=%s helper (user)" % a["provider"], "After=network-online.target", "",
             "[Service]", "Type=oneshot", "Environment=%s=%s" % (n, v),
             "Environment=LOG_LEVEL=info", "ExecStart=%%h/.local/bin/%s" % name, "Nice=10", "",
             "[Install]", "WantedBy=default.target"]
    return ".config/systemd/user/%s.service" % name, L(lines), "systemd-unit"


def t_env_d(r, S):
    a = api_pick(r, S)
    v = S.val("conf")
    n = var_name(r, S, a)
    lines = ["# environment.d(5) -- read by systemd --user and the sway session",
             "PATH=$HOME/.local/bin:$PATH", "EDITOR=%s" % pick(r, ["nvim", "hx", "vim"]), "MOZ_ENABLE_WAYLAND=1",
             "QT_QPA_PLATFORM=wayland", "%s=%s" % (n, v), "SSH_AUTH_SOCK=${XDG_RUNTIME_DIR}/ssh-agent.socket"]
    return ".config/environment.d/%02d-%s.conf" % (r.randrange(10, 90), pick(r, ["env", "session", "api", "tokens"])), L(lines), "environment-d"


def t_crontab(r, S):
    a = api_pick(r, S)
    v = S.val("sh")
    n = var_name(r, S, a)
    lines = ["# m h  dom mon dow   command", "SHELL=/bin/bash", "PATH=/usr/local/bin:/usr/bin:/bin:/home/%s/.local/bin" % pick(r, FIRST),
             "MAILTO=\"\""]
    if S.obv:
        lines += ["%s=%s" % (n, v), "*/%d * * * * ~/bin/%s-check >/dev/null 2>&1" % (r.choice([5, 10, 15, 30]), a["provider"].lower())]
    else:
        lines += ["*/%d * * * * %s >/tmp/%s.json 2>/dev/null" % (r.choice([10, 15, 30]), api_curl(r, S, a, v), a["provider"].lower())]
    lines += ["0 3 * * * restic -r /mnt/backup/restic forget --keep-daily 7 --prune -q",
              "@reboot sleep 60 && ~/bin/mount-nas", "30 8 * * 1-5 ~/bin/standup-reminder"]
    return pick(r, ["crontab", "cron/crontab", "etc/crontab.user", "crontab.txt"]), L(lines), "crontab"


def t_readme_leak(r, S):
    a = api_pick(r, S)
    v = S.val("sh")
    lines = ["# dotfiles", "", "My configs for %s, managed with %s." % (pick(r, ["sway + foot + neovim", "i3 + alacritty + vim", "hyprland + kitty"]),
                                                                    pick(r, ["GNU stow", "chezmoi", "a bare git repo", "yadm"])),
             "", "## Install", "", "```sh", "git clone https://github.com/%s/dotfiles ~/.dotfiles" % pick(r, FIRST),
             "cd ~/.dotfiles && stow */", "```", "", "## Notes", "",
             "- mail: mbsync + notmuch + neomutt", "- status bar scripts live in `bin/`",
             "- test the %s script quickly:" % a["provider"], "", "```sh", api_curl(r, S, a, v), "```", "",
             "## TODO", "", "- [ ] move tokens into pass", "- [ ] fix weather module on resume"]
    return pick(r, ["README.md", "notes/setup.md", "docs/README.md", "NOTES.md"]), L(lines), "markdown"


def t_notify_script(r, S):
    a = api_pick(r, S, ["Pushover", "Pushbullet", "Todoist", "GitHub", "Jellyfin", "Syncthing", "Plex", "Miniflux", "Trakt"])
    v = S.val("sh")
    n = var_name(r, S, a)
    if S.obv:
        lines = ["#!/usr/bin/env bash", "# %s helper" % a["provider"], "set -euo pipefail", "",
                 '%s="%s"' % (n, v), "", api_curl(r, S, a, "$" + n)]
    else:
        if a["provider"] in ("Pushover", "Pushbullet"):
            hdr = ["# usage: %s TITLE [BODY]" % pick(r, ["notify", "ping-me", "alert"]),
                   "set -eu", '[ $# -ge 1 ] || { echo "usage: $0 title [body]" >&2; exit 1; }']
        else:
            hdr = ["# %s: %s" % (a["provider"], pick(r, ["quick status check for the bar", "poke the API from cron",
                                                           "called by a keybinding", "debug helper"])), "set -eu"]
        lines = ["#!/usr/bin/env bash", hdr, "", api_curl(r, S, a, v)]
    lines += ['rc=$?', '[ $rc -eq 0 ] || notify-send "%s" "request failed ($rc)"' % a["provider"]]
    return pick(r, ["bin/%s" % a["provider"].lower(), ".local/bin/%s-notify" % a["provider"].lower(),
                    "scripts/%s.sh" % a["provider"].lower()]), L(lines), "shell"


def t_pushover_py(r, S):
    S.setup("Pushover", "pushover-app-token", pushover_token, env="PUSHOVER_TOKEN")
    v = S.val("py")
    uk = pushover_user(r)
    if S.obv:
        cfg = ['PUSHOVER_TOKEN = "%s"' % v, 'PUSHOVER_USER = "%s"' % uk]
        data = '{"token": PUSHOVER_TOKEN, "user": PUSHOVER_USER, "title": title, "message": msg}'
    else:
        cfg = ['APP = ("%s", "%s")' % (v, uk)]
        data = '{"token": APP[0], "user": APP[1], "title": title, "message": msg}'
    lines = ["#!/usr/bin/env python3", '"""Tiny Pushover notifier used by cron and systemd timers."""',
             "import sys", "import urllib.parse", "import urllib.request", "", cfg, "",
             "def push(title, msg, priority=0):", "    data = %s" % data, '    data["priority"] = priority',
             "    body = urllib.parse.urlencode(data).encode()",
             '    with urllib.request.urlopen("https://api.pushover.net/1/messages.json", body, timeout=10) as resp:',
             "        return resp.status == 200", "", 'if __name__ == "__main__":',
             '    push(sys.argv[1] if len(sys.argv) > 1 else "ping", sys.stdin.read() or "-")']
    return pick(r, ["bin/pushover", ".local/bin/po.py", "scripts/notify.py"]), L(lines), "python"


def t_pushbullet_py(r, S):
    S.setup("Pushbullet", "pushbullet-access-token", pushbullet_token, env="PUSHBULLET_TOKEN")
    v = S.val("py")
    if S.obv:
        a = ['ACCESS_TOKEN = "%s"' % v, "pb = Pushbullet(ACCESS_TOKEN)"]
    else:
        a = ['pb = Pushbullet("%s")' % v]
    lines = ["#!/usr/bin/env python3", "# send the current clipboard to my phone", "import subprocess",
             "from pushbullet import Pushbullet", "", a, "",
             'clip = subprocess.run(["wl-paste", "-n"], capture_output=True, text=True).stdout',
             'if clip.startswith(("http://", "https://")):', '    pb.push_link("clipboard", clip)', "else:",
             '    pb.push_note("clipboard", clip)']
    return pick(r, ["bin/clip2phone", ".local/bin/pbclip.py"]), L(lines), "python"


def t_todoist_json(r, S):
    S.setup("Todoist", "todoist-api-token", todoist_token, env="TODOIST_API_TOKEN")
    v = S.val("json")
    d = {"token": v, "color": r.random() < 0.5, "indent": r.random() < 0.5,
         "filters": {"w": "#Work & (today | overdue)", "h": "#Home & 7 days"},
         "default_project": pick(r, ["Inbox", "Personal", "Errands"])}
    return ".config/todoist/config.json", json.dumps(d, indent=2) + "\n", "json"


def t_todoist_polybar(r, S):
    S.setup("Todoist", "todoist-api-token", todoist_token, env="TODOIST_API_TOKEN")
    v = S.val("py")
    n = "TODOIST_TOKEN" if S.obv else pick(r, ["K", "AUTH", "T"])
    lines = ["#!/usr/bin/env python3", "# polybar: number of tasks due today", "import json, urllib.request", "",
             '%s = "%s"' % (n, v), "",
             'req = urllib.request.Request("https://api.todoist.com/rest/v2/tasks?filter=today|overdue",',
             '                             headers={"Authorization": "Bearer " + %s})' % n,
             "try:", "    tasks = json.load(urllib.request.urlopen(req, timeout=5))",
             '    print(" %d" % len(tasks) if tasks else "")', "except Exception:", '    print("")']
    return pick(r, [".config/polybar/scripts/todoist.py", ".config/waybar/scripts/todo.py"]), L(lines), "python"


def t_lastfm_py(r, S):
    S.setup("Last.fm", "lastfm-shared-secret", hex32, env="LASTFM_API_SECRET")
    v = S.val("py")
    k = S.idv(hex32)
    u = handle(r, *person(r))
    lines = ["#!/usr/bin/env python3", "# scrobble what cmus is playing (called from status_display_program)",
             "import sys", "import time", "import pylast", "",
             'API_KEY = "%s"' % k, '%s = "%s"' % ("API_SECRET" if S.obv else "S2", v), 'USERNAME = "%s"' % u,
             'SESSION_FILE = "~/.cache/lastfm.session"', "",
             "network = pylast.LastFMNetwork(api_key=API_KEY, api_secret=%s)" % ("API_SECRET" if S.obv else "S2"),
             "", "def main(argv):", "    info = dict(zip(argv[1::2], argv[2::2]))",
             '    if info.get("status") == "playing":',
             '        network.update_now_playing(artist=info.get("artist"), title=info.get("title"))', "",
             'if __name__ == "__main__":', "    main(sys.argv)"]
    return pick(r, ["bin/cmus-scrobble", ".config/cmus/scrobble.py"]), L(lines), "python"


def t_mpdscribble(r, S):
    S.setup("Last.fm", "lastfm-password", human_pw, env="LASTFM_PASSWORD")
    v = S.val("bare")
    u = handle(r, *person(r))
    lines = ["# mpdscribble configuration", "[mpdscribble]", "host = localhost", "port = 6600",
             "log = ~/.cache/mpdscribble/mpdscribble.log", "verbose = 1", "", "[last.fm]",
             "url = https://post.audioscrobbler.com/", "username = %s" % u, "password = %s" % v,
             "journal = ~/.cache/mpdscribble/lastfm.journal"]
    if r.random() < 0.4:
        lines += ["", "# [libre.fm]", "# url = http://turtle.libre.fm/", "# username = %s" % u,
                  "# (password set on the other box)"]
    return pick(r, [".config/mpdscribble/mpdscribble.conf", ".mpdscribble/mpdscribble.conf"]), L(lines), "mpdscribble-conf"


def t_beets(r, S):
    S.setup("Last.fm", "lastfm-api-key", hex32, env="LASTFM_API_KEY")
    v = S.val("yaml")
    u = handle(r, *person(r))
    lines = ["directory: ~/Music", "library: ~/.local/share/beets/library.db", "", "import:", "  move: yes",
             "  write: yes", "  log: ~/.cache/beets/import.log", "", "plugins: %s" % " ".join(sample(r, ["fetchart", "embedart", "lastgenre", "lastimport", "scrub", "replaygain", "info", "missing", "duplicates"], 3, 7)),
             "", "paths:", "  default: $albumartist/$year - $album%aunique{}/$track $title",
             "  singleton: Non-Album/$artist - $title", "  comp: Compilations/$album%aunique{}/$track $title", "",
             "lastfm:", "  user: %s" % u, "  api_key: %s" % (v if v else '""'), "", "fetchart:", "  auto: yes",
             "  sources: filesystem coverart itunes amazon", "", "replaygain:", "  backend: ffmpeg"]
    return pick(r, [".config/beets/config.yaml"]), L(lines), "yaml"


def t_trakt_py(r, S):
    S.setup("Trakt", "trakt-client-secret", hex64, env="TRAKT_CLIENT_SECRET")
    v = S.val("py")
    cid = S.idv(hex64)
    lines = ["#!/usr/bin/env python3", "# sync mpv watch history to trakt (device-code auth)", "import json",
             "import pathlib", "import requests", "", 'CLIENT_ID = "%s"' % cid,
             '%s = "%s"' % ("CLIENT_SECRET" if S.obv else "CS", v),
             'TOKEN_FILE = pathlib.Path.home() / ".cache" / "trakt-token.json"', "",
             "def refresh(tok):", '    r = requests.post("https://api.trakt.tv/oauth/token", json={',
             '        "refresh_token": tok["refresh_token"], "client_id": CLIENT_ID,',
             '        "client_secret": %s, "redirect_uri": "urn:ietf:wg:oauth:2.0:oob",' % ("CLIENT_SECRET" if S.obv else "CS"),
             '        "grant_type": "refresh_token"}, timeout=10)', "    r.raise_for_status()",
             "    TOKEN_FILE.write_text(json.dumps(r.json()))", "    return r.json()"]
    return pick(r, ["bin/trakt-sync.py", ".config/mpv/scripts/trakt_sync.py"]), L(lines), "python"


def t_weather_sh(r, S):
    S.setup("OpenWeather", "openweather-api-key", hex32, env="OWM_API_KEY")
    v = S.val("sh")
    city, lat, lon = pick(r, CITIES)
    if S.obv:
        lines = ["#!/bin/sh", "# polybar weather module", 'KEY="%s"' % v, 'CITY="%s"' % city, 'UNITS="metric"', "",
                 'w=$(curl -sf "https://api.openweathermap.org/data/2.5/weather?q=$CITY&units=$UNITS&appid=$KEY")']
    else:
        lines = ["#!/bin/sh", "# polybar weather module",
                 'w=$(curl -sf "https://api.openweathermap.org/data/2.5/weather?lat=%s&lon=%s&units=metric&appid=%s")' % (lat, lon, v)]
    lines += ['[ -n "$w" ] || { echo ""; exit 0; }', 'temp=$(echo "$w" | jq ".main.temp" | cut -d. -f1)',
              'desc=$(echo "$w" | jq -r ".weather[0].main")', 'echo "$desc ${temp}°C"']
    return pick(r, [".config/polybar/scripts/weather.sh", ".config/waybar/weather.sh", "bin/weather"]), L(lines), "shell"


def t_i3blocks(r, S):
    a = api_pick(r, S, ["OpenWeather", "Todoist", "GitHub", "Miniflux"])
    v = S.val("bare")
    lines = ["# i3blocks config", "separator_block_width=15", "markup=pango", "", "[volume]",
             "command=~/.config/i3blocks/scripts/volume", "interval=once", "signal=10", "",
             "[%s]" % a["provider"].lower(), "command=~/.config/i3blocks/scripts/%s %s" % (a["provider"].lower(), v),
             "interval=%d" % r.choice([300, 600, 900]), "", "[battery]", "command=~/.config/i3blocks/scripts/battery",
             "interval=30", "", "[time]", "command=date '+%a %d %b %H:%M'", "interval=5"]
    if S.obv:
        lines[10] = "command=%s=%s ~/.config/i3blocks/scripts/%s" % (a["env"], v, a["provider"].lower())
    return ".config/i3blocks/config", L(lines), "i3blocks-config"


def t_waybar(r, S):
    a = api_pick(r, S, ["OpenWeather", "Todoist", "GitHub", "Miniflux", "Syncthing"])
    v = S.val("json")
    mod = "custom/%s" % a["provider"].lower()
    execs = ("%s=%s ~/.config/waybar/scripts/%s.sh" % (a["env"], v, a["provider"].lower())) if S.obv else \
        ("~/.config/waybar/scripts/%s.py --key %s" % (a["provider"].lower(), v))
    d = {"layer": "top", "position": "top", "height": r.choice([24, 26, 28, 30]),
         "modules-left": ["sway/workspaces", "sway/mode"], "modules-center": ["clock"],
         "modules-right": [mod, "pulseaudio", "network", "battery", "tray"],
         mod: {"exec": execs, "return-type": "json", "interval": r.choice([300, 600, 900]), "format": "{}"},
         "clock": {"format": "{:%a %d %b  %H:%M}", "tooltip-format": "<tt>{calendar}</tt>"},
         "battery": {"format": "{capacity}% {icon}", "format-icons": ["", "", "", "", ""]}}
    txt = "// -*- mode: jsonc -*-\n" + json.dumps(d, indent=4, ensure_ascii=False) + "\n"
    return pick(r, [".config/waybar/config", ".config/waybar/config.jsonc"]), txt, "waybar-jsonc"


def t_polybar_github(r, S):
    S.setup("GitHub", "github-pat", github_classic, env="GITHUB_TOKEN")
    v = S.val("bare")
    bg, fg, ac = color_hex(r), color_hex(r), color_hex(r)
    lines = ["[colors]", "background = %s" % bg, "foreground = %s" % fg, "primary = %s" % ac, "alert = #A54242", "",
             "[bar/main]", "width = 100%", "height = 24pt", "background = ${colors.background}",
             "foreground = ${colors.foreground}", "font-0 = JetBrainsMono Nerd Font:size=10;2",
             "modules-left = xworkspaces xwindow", "modules-right = github pulseaudio memory date", "", "[module/github]",
             "type = internal/github", "token = %s" % v, "user = %s" % handle(r, *person(r)), "empty-notifications = false",
             "interval = %d" % r.choice([30, 60, 120]), "label = %notifications%", "", "[module/date]",
             "type = internal/date", "interval = 1", "date = %H:%M", "label = %date%"]
    return pick(r, [".config/polybar/config.ini", ".config/polybar/config"]), L(lines), "polybar-ini"


def t_i3_config(r, S):
    a = api_pick(r, S, ["Pushover", "Pushbullet", "OpenWeather", "Todoist", "GitHub", "Syncthing"])
    v = S.val("sh")
    sway = r.random() < 0.5
    path = ".config/sway/config" if sway else pick(r, [".config/i3/config", ".i3/config"])
    lines = ["# %s config" % ("sway" if sway else "i3"), "set $mod Mod4", "set $term %s" % pick(r, ["foot", "alacritty", "kitty"]),
             "font pango:JetBrains Mono 10", "floating_modifier $mod", "bindsym $mod+Return exec $term",
             "bindsym $mod+Shift+q kill", "bindsym $mod+d exec %s" % pick(r, ["wofi --show drun", "rofi -show drun", "fuzzel"]),
             "", "# colours", "client.focused          %s %s %s %s" % (color_hex(r), color_hex(r), color_hex(r), color_hex(r)),
             "client.unfocused        %s %s %s %s" % (color_hex(r), color_hex(r), color_hex(r), color_hex(r)), ""]
    if S.obv:
        lines += ["exec --no-startup-id env %s=%s ~/bin/%s-daemon" % (a["env"], v, a["provider"].lower())]
    else:
        lines += ["bindsym $mod+Shift+n exec --no-startup-id %s" % api_curl(r, S, a, v).replace('"$1"', '"ping"').replace('"${2:-}"', '""')]
    lines += ["", "bar {", "    status_command i3blocks" if not sway else "    swaybar_command waybar", "}",
              "bindsym $mod+1 workspace number 1", "bindsym $mod+2 workspace number 2"]
    return path, L(lines), "sway-config" if sway else "i3-config"


# --------------------------------------------------------------------------
# GitHub
# --------------------------------------------------------------------------

def gh_slot(S):
    S.setup("GitHub", "github-pat", github_any, env="GITHUB_TOKEN",
            masked=None)


def t_gh_hosts(r, S):
    gh_slot(S)
    S.gen = lambda r_: github_classic(r_, pick(r_, ["gho_", "gho_", "ghp_"]))
    v = S.val("yaml")
    u = handle(r, *person(r))
    lines = ["github.com:", "    users:", "        %s:" % u, "            oauth_token: %s" % (v if v else '""'),
             "    git_protocol: %s" % pick(r, ["ssh", "https"]), "    user: %s" % u]
    if r.random() < 0.5:
        lines += ["%s:" % pick(r, ["github.%s" % _dom(r), "git.corp.example"]), "    git_protocol: https",
                  "    user: %s" % u, "    # token via GH_ENTERPRISE_TOKEN"]
    return ".config/gh/hosts.yml", L(lines), "yaml"


def t_gitconfig(r, S):
    gh_slot(S)
    v = S.val("conf")
    f, l = person(r)
    lines = ["[user]", "\tname = %s %s" % (f.capitalize(), l.capitalize()), "\temail = %s@%s" % (f, own_domain(r, f, l)),
             "\tsigningkey = %s" % gpg_keyid(r)[2:], "[core]", "\teditor = %s" % pick(r, ["nvim", "vim", "hx"]),
             "\tpager = delta", "[init]", "\tdefaultBranch = main", "[pull]", "\trebase = true",
             "[alias]", "\tlg = log --graph --oneline --decorate", "\tst = status -sb", "\tco = checkout"]
    if S.obv:
        lines += ["[github]", "\tuser = %s" % handle(r, f, l), "\ttoken = %s" % v]
    else:
        lines += ['[url "https://%s:%s@github.com/"]' % (handle(r, f, l), v), "\tinsteadOf = https://github.com/"]
    lines += ["[commit]", "\tgpgsign = true"]
    return pick(r, [".gitconfig", ".config/git/config"]), L(lines), "gitconfig"


def t_git_credentials(r, S):
    gh_slot(S)
    v = S.val("url")
    f, l = person(r)
    h = handle(r, f, l)
    if r.random() < 0.5:
        lines = ["#!/bin/sh", "# one-off: make https pushes work on the headless box", "set -e",
                 "git config --global credential.helper store",
                 "git config --global user.name \"%s %s\"" % (f.capitalize(), l.capitalize()),
                 "umask 077", "printf '%%s\\n' 'https://%s:%s@github.com' > ~/.git-credentials" % (h, v),
                 "git -C ~/.dotfiles remote set-url origin https://github.com/%s/dotfiles.git" % h, "echo done"]
        return pick(r, ["bin/setup-git-https", "scripts/git-https.sh"]), L(lines), "shell"
    lines = ["#!/usr/bin/env bash", "# mirror my repos to the NAS every night", "set -euo pipefail",
             'DEST="/srv/git-mirror"', "for repo in dotfiles notes scripts %s; do" % pick(r, ["blog", "site", "thesis"]),
             '  if [ -d "$DEST/$repo.git" ]; then', '    git -C "$DEST/$repo.git" remote update --prune', "  else",
             '    git clone --mirror "https://%s:%s@github.com/%s/$repo.git" "$DEST/$repo.git"' % (h, v, h), "  fi", "done"]
    return pick(r, ["bin/mirror-repos", "cron/mirror.sh"]), L(lines), "shell"


def t_netrc(r, S):
    c = r.randrange(3)
    f, l = person(r)
    if c == 0:
        gh_slot(S)
        v = S.val("bare")
        main = "machine api.github.com login %s password %s" % (handle(r, f, l), v)
    elif c == 1:
        a = mail_acct(r)
        mail_slot(S, a)
        v = S.val("bare")
        main = "machine %s\n  login %s\n  password %s" % (a["smtp"], a["email"], v)
    else:
        S.setup("Nextcloud", "webdav-password", lambda r_, ctx: human_pw(r_, "bare"), env="DAV_PASSWORD")
        v = S.val("bare")
        main = "machine cloud.%s login %s password %s" % (own_domain(r, f, l).replace("mail.", ""), f, v)
    extra = ["machine %s\n  login %s" % (h, pick(r, [f, f + "@" + own_domain(r, f, l)]))
             for h in sample(r, ["ftp.%s" % own_domain(r, f, l).replace("mail.", ""), "nas.lan", "backup.lan",
                                 "upload.example-mirror.org", "files.%s" % own_domain(r, f, l).replace("mail.", "")], 1, 3)]
    main = main.replace(" login ", "\n  login ").replace(" password ", "\n  password ")
    lines = ["# ~/.netrc  (chmod 600)", "# entries without a password get prompted by curl/ftp", main] + extra
    if r.random() < 0.5:
        lines = [lines[0], lines[1]] + extra + [main]
    return ".netrc", L(lines), "netrc"


def t_hub(r, S):
    gh_slot(S)
    v = S.val("yaml")
    u = handle(r, *person(r))
    lines = ["# hub(1) credentials -- hub is deprecated, gh reads ~/.config/gh", "---", "github.com:", "- user: %s" % u,
             "  oauth_token: %s" % (v if v else '""'), "  protocol: %s" % pick(r, ["https", "ssh"])]
    return ".config/hub", L(lines), "yaml"


# --------------------------------------------------------------------------
# torrents / RPC
# --------------------------------------------------------------------------

def t_transmission(r, S):
    S.setup("Transmission", "transmission-rpc-password", human_pw, env="TR_PASS")
    v = S.val("json")
    d = {"alt-speed-down": 50, "alt-speed-enabled": False, "alt-speed-up": 50, "bind-address-ipv4": "0.0.0.0",
         "blocklist-enabled": r.random() < 0.5, "blocklist-url": "http://www.example.com/blocklist",
         "dht-enabled": True, "download-dir": "/home/%s/Downloads" % pick(r, FIRST), "encryption": 1,
         "incomplete-dir-enabled": False, "lpd-enabled": False, "peer-port": r.randrange(49152, 65000),
         "pex-enabled": True, "ratio-limit": 2, "ratio-limit-enabled": r.random() < 0.5,
         "rpc-authentication-required": True, "rpc-bind-address": "0.0.0.0", "rpc-enabled": True,
         "rpc-host-whitelist": "", "rpc-host-whitelist-enabled": False, "rpc-password": v,
         "rpc-port": 9091, "rpc-url": "/transmission/", "rpc-username": pick(r, ["admin", "transmission", pick(r, FIRST)]),
         "rpc-whitelist": "127.0.0.1,192.168.*.*", "rpc-whitelist-enabled": True, "speed-limit-down": 2000,
         "speed-limit-down-enabled": False, "start-added-torrents": True, "umask": 18, "utp-enabled": True}
    return pick(r, [".config/transmission-daemon/settings.json", ".config/transmission/settings.json"]), json.dumps(d, indent=4) + "\n", "json"


def t_tremote_alias(r, S):
    S.setup("Transmission", "transmission-rpc-password", lambda r_, ctx: human_pw(r_, "bare"), env="TR_AUTH")
    v = S.val("sh_bare") if S.neg else S.val("bare")
    host = pick(r, ["nas", "pi", "seedbox", "192.168.1.%d" % r.randrange(2, 250)])
    u = pick(r, ["admin", "transmission", pick(r, FIRST)])
    path = pick(r, [".bash_aliases", ".config/shell/aliasrc", ".zsh_aliases"])
    lines = ["# ~/%s" % path, "alias ll='ls -alF'", "alias la='ls -A'", "alias df='df -h'",
             "alias tsm='transmission-remote %s:9091 -n %s:%s'" % (host, u, v), "alias tsml='tsm -l'",
             "alias tsmd='tsm -t all --remove'", "alias yt='yt-dlp -f \"bv*[height<=1080]+ba\"'", "alias weather='curl wttr.in/?0'"]
    return path, L(lines), "shell-rc"


def t_qbit_py(r, S):
    S.setup("qBittorrent", "qbittorrent-webui-password", human_pw, env="QBIT_PASS")
    v = S.val("py")
    host = pick(r, ["localhost", "nas.lan", "192.168.1.%d" % r.randrange(2, 250)])
    if S.obv:
        c = ['QBIT_HOST = "%s"' % host, "QBIT_PORT = 8080", 'QBIT_USER = "admin"', 'QBIT_PASSWORD = "%s"' % v, "",
             "qbt = qbittorrentapi.Client(host=QBIT_HOST, port=QBIT_PORT, username=QBIT_USER, password=QBIT_PASSWORD)"]
    else:
        c = ['qbt = qbittorrentapi.Client("%s:8080", "admin", "%s")' % (host, v)]
    lines = ["#!/usr/bin/env python3", "# pause seeding torrents over ratio 2 and tag them", "import qbittorrentapi", "", c, "",
             "qbt.auth_log_in()", 'for t in qbt.torrents_info(status_filter="seeding"):', "    if t.ratio >= 2.0:",
             "        t.pause()", '        t.add_tags("done")', 'print("ok")']
    return pick(r, ["bin/qbt-cleanup.py", "scripts/qbit_ratio.py"]), L(lines), "python"


def t_qbit_curl(r, S):
    S.setup("qBittorrent", "qbittorrent-webui-password", lambda r_, ctx: human_pw(r_, "url"), env="QBIT_PASS")
    v = S.val("sh")
    lines = ["#!/bin/sh", "# add a magnet from the clipboard to qBittorrent on the NAS", 'QB="http://nas.lan:8080"',
             'JAR="$(mktemp)"', "trap 'rm -f \"$JAR\"' EXIT",
             'curl -s -c "$JAR" --data "username=admin&password=%s" "$QB/api/v2/auth/login" >/dev/null' % v,
             'curl -s -b "$JAR" --data-urlencode "urls=$(wl-paste)" "$QB/api/v2/torrents/add"',
             'notify-send "qBittorrent" "magnet added"']
    return pick(r, ["bin/magnet", ".local/bin/qb-add"]), L(lines), "shell"


def t_aria2conf(r, S):
    S.setup("aria2", "aria2-rpc-secret", aria2_secret, env="ARIA2_SECRET")
    v = S.val("bare")
    lines = ["# aria2 daemon config", "dir=/home/%s/Downloads" % pick(r, FIRST),
             "continue=true", "max-concurrent-downloads=%d" % r.choice([3, 5, 8]), "max-connection-per-server=%d" % r.choice([4, 8, 16]),
             "split=%d" % r.choice([8, 16]), "min-split-size=%dM" % r.choice([1, 4, 10]), "file-allocation=falloc", "",
             "# RPC", "enable-rpc=true", "rpc-listen-all=false", "rpc-listen-port=6800", "rpc-allow-origin-all=true",
             "rpc-secret=%s" % v, "", "# BitTorrent", "bt-enable-lpd=true", "enable-dht=true", "seed-ratio=1.0",
             "input-file=/home/%s/.cache/aria2/session" % pick(r, FIRST), "save-session-interval=60"]
    return pick(r, [".aria2/aria2.conf", ".config/aria2/aria2.conf"]), L(lines), "aria2-conf"


def t_aria2_rpc(r, S):
    S.setup("aria2", "aria2-rpc-secret", lambda r_, ctx: rs(r_, r_.randrange(20, 33)), env="ARIA2_SECRET")
    v = S.val("py")
    lines = ["#!/usr/bin/env python3", "# queue a URL in the running aria2c (used by the browser handler)",
             "import sys", "import xmlrpc.client", "", 'rpc = xmlrpc.client.ServerProxy("http://localhost:6800/rpc")']
    if S.obv:
        lines += ['ARIA2_SECRET = "%s"' % v, "", 'gid = rpc.aria2.addUri("token:" + ARIA2_SECRET, [sys.argv[1]], {"dir": "/data/dl"})']
    else:
        lines += ["", 'gid = rpc.aria2.addUri("token:%s", [sys.argv[1]], {"dir": "/data/dl"})' % v]
    lines += ['print("queued", gid)']
    return pick(r, ["bin/aria-add", ".local/bin/aria2-add.py"]), L(lines), "python"


# --------------------------------------------------------------------------
# MPD
# --------------------------------------------------------------------------

def mpd_pw(r, ctx="bare"):
    return human_pw(r, "bare_url").replace("@", "")


def t_mpdconf(r, S):
    S.setup("MPD", "mpd-password", mpd_pw, env="MPD_PASS")
    v = S.val("bare")
    u = pick(r, FIRST)
    lines = ['music_directory    "~/Music"', 'playlist_directory "~/.config/mpd/playlists"',
             'db_file            "~/.config/mpd/database"', 'log_file           "syslog"',
             'pid_file           "~/.config/mpd/pid"', 'state_file         "~/.config/mpd/state"',
             'bind_to_address    "%s"' % pick(r, ["0.0.0.0", "any", "127.0.0.1"]), 'port               "6600"',
             'auto_update        "yes"', "", 'password           "%s@read,add,control,admin"' % v,
             'default_permissions "read"', "", "audio_output {", '    type    "pipewire"', '    name    "PipeWire"', "}",
             "", "audio_output {", '    type    "fifo"', '    name    "visualizer"', '    path    "/tmp/mpd.fifo"',
             '    format  "44100:16:2"', "}"]
    return pick(r, [".config/mpd/mpd.conf", ".mpd/mpd.conf", ".mpdconf"]), L("# mpd config (%s)" % u, lines), "mpd-conf"


def t_ncmpcpp(r, S):
    S.setup("MPD", "mpd-password", mpd_pw, env="MPD_PASS")
    v = S.val("bare")
    lines = ['ncmpcpp_directory = ~/.config/ncmpcpp', 'mpd_host = "%s@localhost"' % v, "mpd_port = 6600",
             'mpd_music_dir = ~/Music', "visualizer_data_source = /tmp/mpd.fifo", 'visualizer_output_name = "visualizer"',
             'visualizer_type = "%s"' % pick(r, ["spectrum", "wave", "ellipse"]), "visualizer_in_stereo = yes",
             'song_list_format = "{$4%a - }{%t}|{$8%f$9}$R{$3(%l)$9}"', "playlist_display_mode = columns",
             "progressbar_look = \"─╼·\"", "user_interface = alternative", "autocenter_mode = yes",
             "main_window_color = white", "header_window_color = cyan"]
    return pick(r, [".config/ncmpcpp/config", ".ncmpcpp/config"]), L(lines), "ncmpcpp-config"


def t_mpd_host_env(r, S):
    S.setup("MPD", "mpd-password", mpd_pw, env="MPD_PASS")
    v = S.val("bare")
    lines = sh_misc(r, 4, 9)
    lines.insert(r.randrange(len(lines) + 1), 'export MPD_HOST="%s@%s"' % (v, pick(r, ["localhost", "musicbox.lan", "10.0.0.%d" % r.randrange(2, 250)])))
    lines += ["alias np='mpc current'", "alias mnext='mpc next'"]
    return pick(r, [".zshenv", ".profile", ".config/zsh/env.zsh"]), L("# environment", lines), "shell-rc"


# --------------------------------------------------------------------------
# Syncthing / Jellyfin / Plex
# --------------------------------------------------------------------------

def t_syncthing_xml(r, S):
    S.setup("Syncthing", "syncthing-api-key", syncthing_key, env="STGUIAPIKEY")
    v = S.val("conf")
    me = st_device_id(r)
    other = st_device_id(r)
    fid = rs(r, 5, LOWER + DIG) + "-" + rs(r, 5, LOWER + DIG)
    u = pick(r, FIRST)
    lines = ['<configuration version="37">',
             '    <folder id="%s" label="%s" path="/home/%s/%s" type="sendreceive" rescanIntervalS="3600" fsWatcherEnabled="true">' % (fid, pick(r, ["Documents", "Notes", "Photos"]), u, pick(r, ["Documents", "Notes", "Sync"])),
             '        <device id="%s" introducedBy=""></device>' % me, '        <device id="%s" introducedBy=""></device>' % other,
             "    </folder>", '    <device id="%s" name="%s" compression="metadata" introducer="false">' % (me, pick(r, ["laptop", "thinkpad", "desktop"])),
             "        <address>dynamic</address>", "    </device>",
             '    <device id="%s" name="%s" compression="metadata" introducer="false">' % (other, pick(r, ["phone", "nas", "pixel"])),
             "        <address>dynamic</address>", "    </device>", '    <gui enabled="true" tls="false" debugging="false">',
             "        <address>127.0.0.1:8384</address>", "        <apikey>%s</apikey>" % v, "        <theme>%s</theme>" % pick(r, ["default", "dark", "black"]),
             "    </gui>", "    <options>", "        <listenAddress>default</listenAddress>", "        <globalAnnounceEnabled>true</globalAnnounceEnabled>",
             "        <relaysEnabled>true</relaysEnabled>", "        <urAccepted>-1</urAccepted>", "    </options>", "</configuration>"]
    return pick(r, [".config/syncthing/config.xml", ".local/state/syncthing/config.xml"]), L(lines), "xml"


def t_plexapi_ini(r, S):
    S.setup("Plex", "plex-token", plex_token, env="PLEXAPI_AUTH_SERVER_TOKEN")
    v = S.val("bare")
    lines = ["[plexapi]", "container_size = 50", "timeout = 30", "", "[auth]",
             "server_baseurl = http://192.168.%d.%d:32400" % (r.randrange(0, 2), r.randrange(2, 250)),
             "server_token = %s" % v, "", "[log]", "backup_count = 3", "level = INFO", "path = ~/.cache/plexapi.log"]
    return ".config/plexapi/config.ini", L(lines), "ini"


def t_jellyfin_py(r, S):
    S.setup("Jellyfin", "jellyfin-api-key", hex32, env="JELLYFIN_API_KEY")
    v = S.val("py")
    dom = _dom(r)
    if S.obv:
        c = ['JELLYFIN_URL = "https://jellyfin.%s"' % dom, 'JELLYFIN_API_KEY = "%s"' % v,
             'HEADERS = {"X-Emby-Token": JELLYFIN_API_KEY}']
    else:
        c = ['JELLYFIN_URL = "https://jellyfin.%s"' % dom, 'HEADERS = {"X-Emby-Token": "%s"}' % v]
    lines = ["#!/usr/bin/env python3", "# print what's currently playing on the jellyfin server (i3blocks)",
             "import requests", "", c, "",
             'sessions = requests.get(JELLYFIN_URL + "/Sessions", headers=HEADERS, timeout=5).json()',
             "playing = [s for s in sessions if s.get(\"NowPlayingItem\")]",
             "for s in playing:", '    item = s["NowPlayingItem"]', '    print(f"{s[\'UserName\']}: {item[\'Name\']}")',
             "if not playing:", '    print("idle")']
    return pick(r, ["bin/jf-playing", ".config/i3blocks/scripts/jellyfin.py"]), L(lines), "python"


# --------------------------------------------------------------------------
# OAuth refresh tokens, Taskwarrior sync
# --------------------------------------------------------------------------

def google_client_id(r):
    return "%d-%s.apps.googleusercontent.com" % (r.randrange(10 ** 11, 10 ** 12), rs(r, 32, LOWER + DIG))


def t_offlineimap_oauth(r, S):
    S.setup("Google", "google-oauth-refresh-token", google_refresh, env="GMAIL_REFRESH_TOKEN")
    v = S.val("bare")
    f, l = person(r)
    em = handle(r, f, l) + "@gmail.com"
    lines = ["[general]", "accounts = Gmail", "pythonfile = ~/.config/offlineimap/helpers.py", "", "[Account Gmail]",
             "localrepository = Gmail-local", "remoterepository = Gmail-remote", "synclabels = yes", "",
             "[Repository Gmail-local]", "type = GmailMaildir", "localfolders = ~/Mail/gmail", "",
             "[Repository Gmail-remote]", "type = Gmail", "remoteuser = %s" % em, "auth_mechanisms = XOAUTH2",
             "oauth2_request_url = https://accounts.google.com/o/oauth2/token",
             "oauth2_client_id = %s" % google_client_id(r), 'oauth2_client_secret_eval = get_secret("gmail-client")',
             "oauth2_refresh_token = %s" % v, "sslcacertfile = /etc/ssl/certs/ca-certificates.crt",
             "folderfilter = lambda f: f not in ['[Gmail]/All Mail', '[Gmail]/Important']"]
    return pick(r, [".offlineimaprc", ".config/offlineimap/config"]), L(lines), "offlineimaprc"


def t_aerc_oauth(r, S):
    S.setup("Google", "google-oauth-refresh-token", google_refresh, env="GMAIL_REFRESH_TOKEN")
    v = S.val("url")
    f, l = person(r)
    em = handle(r, f, l) + "@gmail.com"
    lines = ["[Gmail]", "source = imaps+oauthbearer://%s:%s@imap.gmail.com?token_endpoint=https://oauth2.googleapis.com/token&client_id=%s"
             % (url_user(em), v, google_client_id(r)),
             "outgoing = smtps+oauthbearer://%s@smtp.gmail.com:465" % url_user(em), "outgoing-cred-cmd = ~/.local/bin/gmail-token",
             "default = INBOX", "from = %s %s <%s>" % (f.capitalize(), l.capitalize(), em), "copy-to = [Gmail]/Sent Mail",
             "folders-sort = INBOX,[Gmail]/Starred", "cache-headers = true"]
    return ".config/aerc/accounts.conf", L(lines), "aerc-conf"


def t_taskrc(r, S):
    S.setup("Taskwarrior", "taskchampion-encryption-secret", lambda r_, ctx: (rs(r_, 32) if r_.random() < 0.5 else human_pw(r_, "bare")), env="TASK_SECRET")
    v = S.val("bare")
    lines = ["# [Created by task 3.0.2 %d/%d/2024 10:%02d:%02d]" % (r.randrange(1, 12), r.randrange(1, 28), r.randrange(60), r.randrange(60)),
             "data.location=~/.local/share/task", "news.version=3.0.0", "",
             "include %s" % pick(r, ["dark-256.theme", "solarized-dark-256.theme", "dark-blue-256.theme"]), "",
             "weekstart=monday", "default.command=next", "urgency.user.tag.work.coefficient=2.0",
             "uda.estimate.type=duration", "uda.estimate.label=Est", "report.next.columns=id,start.age,depends,priority,project,tags,due.relative,description.count,estimate",
             "", "# sync (taskchampion-sync-server on the nas)", "sync.server.url=https://tasks.%s" % _dom(r),
             "sync.server.client_id=%s" % uuid4(r), "sync.encryption_secret=%s" % v,
             "context.work.read=+work or project:work", "context.home.read=-work"]
    return pick(r, [".taskrc", ".config/task/taskrc"]), L(lines), "taskrc"


# --------------------------------------------------------------------------
# negative-only domain look-alikes
# --------------------------------------------------------------------------

class Neg:
    def __init__(self):
        self.provider = "generic"
        self.kind = "look-alike"

    def set(self, provider, kind):
        self.provider, self.kind = provider, kind


def pass_cmd(r, what):
    w = what.replace(" ", "-").lower()
    return pick(r, ["pass show mail/%s" % w, "pass mail/%s" % w, "gpg -dq ~/.password-store/mail/%s.gpg" % w,
                    "gpg --quiet --for-your-eyes-only --no-tty --decrypt ~/.config/%s.gpg" % w.split("@")[0],
                    "secret-tool lookup service mail user %s" % w, "rbw get %s" % w,
                    "keyring get mail %s" % w, "bw get password %s" % w, "pass show email/%s" % w])


def n_msmtp_eval(r, N):
    N.set("msmtp", "passwordeval-command")
    accts = [mail_acct(r) for _ in range(r.randrange(1, 4))]
    lines = ["# msmtp -- passwords come from pass(1)", "defaults", "auth on", "tls on", "tls_starttls %s" % pick(r, ["on", "off"]),
             "logfile ~/.local/state/msmtp.log", ""]
    tags = []
    for a in accts:
        t = a["tag"] if a["tag"] not in tags else a["tag"] + str(len(tags))
        tags.append(t)
        lines += ["account %s" % t, "host %s" % a["smtp"], "port 465", "from %s" % a["email"], "user %s" % a["email"],
                  'passwordeval "%s"' % pass_cmd(r, a["email"]), ""]
        if r.random() < 0.3:
            lines.insert(len(lines) - 1, "tls_fingerprint %s" % tls_fpr(r))
    lines.append("account default : %s" % tags[0])
    return pick(r, [".msmtprc", ".config/msmtp/config"]), L(lines), "msmtprc"


def n_mbsync_passcmd(r, N):
    N.set("isync", "passcmd-command")
    a = mail_acct(r)
    t = a["tag"]
    lines = ["IMAPAccount %s" % t, "Host %s" % a["imap"], "User %s" % a["email"],
             'PassCmd "%s"' % pass_cmd(r, a["email"]), "TLSType IMAPS", "AuthMechs LOGIN", "",
             "IMAPStore %s-remote" % t, "Account %s" % t, "", "MaildirStore %s-local" % t, "Path ~/Mail/%s/" % t,
             "Inbox ~/Mail/%s/Inbox" % t, "SubFolders Verbatim", "", "Channel %s" % t, "Far :%s-remote:" % t,
             "Near :%s-local:" % t, "Patterns *", "Create Near", "Sync All", "SyncState *"]
    return pick(r, [".mbsyncrc", ".config/isyncrc"]), L(lines), "mbsyncrc"


def n_offlineimap_eval(r, N):
    N.set("offlineimap", "remotepasseval-helper")
    a = mail_acct(r)
    t = a["tag"].capitalize()
    lines = ["[general]", "accounts = %s" % t, "pythonfile = ~/.offlineimap.py", "", "[Account %s]" % t,
             "localrepository = %s-local" % t, "remoterepository = %s-remote" % t, "", "[Repository %s-local]" % t,
             "type = Maildir", "localfolders = ~/Mail/%s" % t.lower(), "", "[Repository %s-remote]" % t, "type = IMAP",
             "remotehost = %s" % a["imap"], "remoteuser = %s" % a["email"],
             'remotepasseval = get_pass("%s")' % a["email"], "sslcacertfile = OS-DEFAULT"]
    return pick(r, [".offlineimaprc", ".config/offlineimap/config"]), L(lines), "offlineimaprc"


def n_offlineimap_py(r, N):
    N.set("offlineimap", "keyring-helper-script")
    lines = ["#!/usr/bin/env python3", "# helpers for ~/.offlineimaprc (pythonfile=)", "import subprocess", "",
             "def get_pass(account):", '    """Read the password from pass(1); never store it here."""',
             '    out = subprocess.check_output(["pass", "show", "mail/" + account])',
             '    return out.decode().splitlines()[0]', "", "def get_secret(name):",
             "    import keyring", '    return keyring.get_password("offlineimap", name)']
    return pick(r, [".offlineimap.py", ".config/offlineimap/helpers.py"]), L(lines), "python"


def n_neomutt_pass(r, N):
    N.set("neomutt", "backtick-pass-command")
    a = mail_acct(r)
    lines = ["# neomutt -- %s" % a["email"], 'set realname = "%s"' % a["name"], 'set from = "%s"' % a["email"],
             'set imap_user = "%s"' % a["email"], 'set imap_pass = "`%s`"' % pass_cmd(r, a["email"]),
             'set folder = "imaps://%s/"' % a["imap"], 'set smtp_url = "smtps://%s@%s/"' % (url_user(a["email"]), a["smtp"]),
             "set smtp_pass = $imap_pass", "", "# crypto", "set crypt_use_gpgme = yes",
             'set pgp_default_key = "%s"' % gpg_fpr(r), "set crypt_autosign = yes", "set crypt_replyencrypt = yes"]
    if r.random() < 0.5:
        lines.append('source "gpg -dq ~/.config/neomutt/secrets.gpg |"')
    return pick(r, [".config/neomutt/neomuttrc", ".muttrc"]), L(lines, mutt_misc(r, 2, 8)), "neomuttrc"


def n_aerc_credcmd(r, N):
    N.set("aerc", "cred-cmd")
    blocks = []
    for _ in range(r.randrange(1, 3)):
        a = mail_acct(r)
        u = url_user(a["email"])
        blocks += ["[%s]" % a["tag"], "source = imaps://%s@%s:993" % (u, a["imap"]),
                   "source-cred-cmd = %s" % pass_cmd(r, a["email"]),
                   "outgoing = smtps://%s@%s:465" % (u, a["smtp"]), "outgoing-cred-cmd = %s" % pass_cmd(r, a["email"]),
                   "default = INBOX", "from = %s <%s>" % (a["name"], a["email"]), "copy-to = Sent", ""]
    return ".config/aerc/accounts.conf", L(blocks), "aerc-conf"


def n_vdirsyncer_fetch(r, N):
    N.set("vdirsyncer", "password-fetch-command")
    a = dav_acct(r)
    fetch = pick(r, ['["command", "pass", "show", "dav/%s"]' % a["provider"].lower(),
                     '["command", "secret-tool", "lookup", "service", "vdirsyncer", "user", "%s"]' % a["user"],
                     '["command", "keyring", "get", "vdirsyncer", "%s"]' % a["user"],
                     '["prompt", "Password for %s"]' % a["provider"]])
    lines = ["[general]", 'status_path = "~/.vdirsyncer/status/"', "", "[pair cal]", 'a = "cal_local"', 'b = "cal_remote"',
             'collections = ["from b"]', "", "[storage cal_local]", 'type = "filesystem"', 'path = "~/.calendars/"',
             'fileext = ".ics"', "", "[storage cal_remote]", 'type = "caldav"', 'url = "%s"' % a["cal"],
             'username = "%s"' % a["user"], "password.fetch = %s" % fetch]
    return ".config/vdirsyncer/config", L(lines), "vdirsyncer"


def n_khal(r, N):
    N.set("khal", "calendar-config")
    cals = sample(r, ["personal", "work", "family", "birthdays", "holidays", "gym"], 2, 4)
    lines = ["[calendars]"]
    for c in cals:
        lines += ["", "  [[%s]]" % c, "    path = ~/.local/share/calendars/%s/" % c, "    color = %s" % pick(r, ["dark green", "light blue", "#%s" % hexs(r, 6), "brown", "yellow"])]
        if c == "birthdays":
            lines.append("    type = birthdays")
    lines += ["", "[locale]", "timeformat = %H:%M", "dateformat = %d.%m.", "longdateformat = %d.%m.%Y",
              "datetimeformat = %d.%m. %H:%M", "firstweekday = 0", "", "[default]", "default_calendar = %s" % cals[0],
              "highlight_event_days = True"]
    return ".config/khal/config", L(lines), "khal-config"


def n_weechat_secref(r, N):
    N.set("WeeChat", "sec.data-reference")
    key, host, name, nick, chans = irc_ctx(r)
    lines = ["#", "# weechat -- irc.conf", "#", "", "[server_default]", "sasl_mechanism = plain", "tls = on",
             'nicks = "%s,%s_"' % (nick, nick), "", "[server]", '%s.addresses = "%s/6697"' % (key, host),
             '%s.sasl_username = "%s"' % (key, nick), '%s.sasl_password = "${sec.data.%s}"' % (key, key),
             '%s.autojoin = "%s"' % (key, ",".join(chans)), "%s.autoconnect = on" % key]
    if r.random() < 0.5:
        lines += ['%s.password = "${sec.data.znc}"' % "bouncer", '%s.addresses = "znc.%s.net/7000"' % ("bouncer", pick(r, LAST))]
    return pick(r, [".config/weechat/irc.conf", ".weechat/irc.conf"]), L(lines), "weechat-conf"


def n_weechat_sec_enc(r, N):
    N.set("WeeChat", "encrypted-sec.conf")
    lines = ["#", "# weechat -- sec.conf", "#", "", "[crypt]", "cipher = aes256", "hash_algo = sha256",
             'passphrase_command = "%s"' % pick(r, ["pass show weechat/passphrase", "", "secret-tool lookup app weechat"]),
             "salt = on", "", "[data]", "__passphrase__ = on"]
    for nm in sample(r, ["libera", "oftc", "znc", "relay", "hackint", "matrix"], 1, 4):
        lines.append('%s = "%s"' % (nm, hexs(r, r.choice([96, 128, 160])).upper()))
    return pick(r, [".config/weechat/sec.conf", ".weechat/sec.conf"]), L(lines), "weechat-conf"


def n_weechat_colors(r, N):
    N.set("WeeChat", "theme-colours")
    lines = ["#", "# weechat -- weechat.conf (excerpt)", "#", "", "[color]"]
    for k in sample(r, ["chat_nick_colors", "chat_highlight_bg", "chat_prefix_join", "status_time", "bar_more",
                        "chat_delimiters", "separator", "status_name", "chat_buffer"], 4, 8):
        if k == "chat_nick_colors":
            lines.append('%s = "%s"' % (k, ",".join(str(r.randrange(1, 255)) for _ in range(10))))
        else:
            lines.append("%s = %s" % (k, pick(r, ["*red", "lightgreen", "%d" % r.randrange(1, 255), "darkgray", "cyan"])))
    lines += ["", "[palette]"] + ['"%d" = "%s"' % (r.randrange(16, 255), pick(r, ["red", "blue", "green", "orange"])) for _ in range(3)]
    return pick(r, [".config/weechat/weechat.conf"]), L(lines), "weechat-conf"


def n_znc_hash(r, N):
    N.set("ZNC", "hashed-user-password")
    key, host, name, nick, chans = irc_ctx(r)
    lines = ["Version = 1.8.2", "<Listener listener0>", "\tAllowIRC = true", "\tAllowWeb = true", "\tIPv4 = true",
             "\tPort = %d" % r.choice([6697, 7000]), "\tSSL = true", "</Listener>", "", "<User %s>" % nick,
             "\tAdmin = true", "\tNick = %s" % nick, "\tAltNick = %s_" % nick, "\tIdent = %s" % nick,
             "\tLoadModule = chansaver", "\tLoadModule = controlpanel", "", "\t<Network %s>" % key,
             "\t\tLoadModule = sasl", "\t\tLoadModule = keepnick", "\t\tServer = %s +6697" % host,
             "\t\tTrustedServerFingerprint = %s" % tls_fpr(r).lower(), "\t</Network>", "",
             "\t<Pass password>", "\t\tMethod = sha256", "\t\tHash = %s" % hexs(r, 64),
             "\t\tSalt = %s" % rs(r, 20, ALNUM + "_,.-/:()!"), "\t</Pass>", "</User>"]
    return pick(r, [".znc/configs/znc.conf"]), L(lines), "znc-conf"


def n_transmission_hash(r, N):
    N.set("Transmission", "hashed-rpc-password")
    d = {"download-dir": "/srv/torrents", "encryption": 1, "peer-port": r.randrange(49152, 65000),
         "rpc-authentication-required": True, "rpc-enabled": True,
         "rpc-password": "{" + hexs(r, 40) + rs(r, 8),
         "rpc-port": 9091, "rpc-username": pick(r, ["admin", "transmission"]), "rpc-whitelist": "127.0.0.1,::1",
         "rpc-whitelist-enabled": True, "speed-limit-up": r.choice([100, 500, 1000]), "speed-limit-up-enabled": True,
         "umask": 2}
    return ".config/transmission-daemon/settings.json", json.dumps(d, indent=4) + "\n", "json"


def n_qbit_pbkdf2(r, N):
    N.set("qBittorrent", "pbkdf2-password-hash")
    salt = b64(r, 16)
    h = b64(r, 64)
    lines = ["[Application]", "FileLogger\\Enabled=true", "FileLogger\\Path=/home/%s/.local/share/qBittorrent/logs" % pick(r, FIRST), "",
             "[BitTorrent]", "Session\\DefaultSavePath=/srv/downloads", "Session\\Port=%d" % r.randrange(49152, 65000),
             "Session\\QueueingSystemEnabled=true", "", "[Preferences]", "WebUI\\Enabled=true", "WebUI\\Port=8080",
             "WebUI\\Username=admin", 'WebUI\\Password_PBKDF2="@ByteArray(%s:%s)"' % (salt, h),
             "WebUI\\LocalHostAuth=false", "WebUI\\CSRFProtection=true", "General\\Locale=en"]
    return ".config/qBittorrent/qBittorrent.conf", L(lines), "ini"


def n_syncthing_bcrypt(r, N):
    N.set("Syncthing", "bcrypt-gui-password+device-ids")
    ids = [st_device_id(r) for _ in range(r.randrange(2, 4))]
    lines = ['<configuration version="37">']
    for i, d in enumerate(ids):
        lines += ['    <device id="%s" name="%s" compression="metadata">' % (d, pick(r, ["laptop", "phone", "nas", "desktop", "pi"])),
                  "        <address>dynamic</address>", "    </device>"]
    lines += ['    <gui enabled="true" tls="true" debugging="false">', "        <address>0.0.0.0:8384</address>",
              "        <user>%s</user>" % pick(r, FIRST), "        <password>%s</password>" % bcrypt_hash(r),
              "        <theme>dark</theme>", "    </gui>", "</configuration>"]
    return ".config/syncthing/config.xml", L(lines), "xml"


def n_syncthing_ids_md(r, N):
    N.set("Syncthing", "device-ids")
    lines = ["# Syncthing devices", "", "Device IDs are public; share them freely to pair a new box.", "",
             "| device | id |", "|---|---|"]
    for nm in sample(r, ["laptop", "desktop", "phone", "nas", "raspberrypi", "work-vm"], 2, 5):
        lines.append("| %s | `%s` |" % (nm, st_device_id(r)))
    lines += ["", "GUI: http://127.0.0.1:8384 (password in pass: `syncthing/gui`)"]
    return pick(r, ["notes/syncthing.md", "docs/syncthing.md"]), L(lines), "markdown"


def n_mpd_example(r, N):
    N.set("MPD", "commented-doc-example")
    lines = ['music_directory		"~/Music"', 'playlist_directory	"~/.config/mpd/playlists"', 'db_file			"~/.config/mpd/database"',
             'state_file		"~/.config/mpd/state"', "", "# Permissions #################################################################",
             "#", "# If this setting is set, MPD will require password authorization. The password",
             "# setting can be specified multiple times for different password profiles.", "#",
             '#password                        "password@read,add,control,admin"', "#",
             "# This setting specifies the permissions a user has who has not yet logged in.",
             '#default_permissions             "read,add,control,admin"', "#",
             "###############################################################################", "",
             "audio_output {", '	type		"pulse"', '	name		"pulse audio"', "}"]
    return pick(r, [".config/mpd/mpd.conf", ".mpdconf"]), L(lines), "mpd-conf"


def n_ncmpcpp_nopw(r, N):
    N.set("MPD", "host-without-password")
    lines = ["mpd_host = %s" % pick(r, ['"localhost"', '"~/.config/mpd/socket"', '"127.0.0.1"']), "mpd_port = 6600",
             "mpd_music_dir = ~/Music", "mpd_crossfade_time = %d" % r.randrange(0, 6), "",
             "# colours", "color1 = white", "color2 = green", "main_window_color = %s" % pick(r, ["yellow", "blue", "white"]),
             "progressbar_color = black", "statusbar_color = %s" % pick(r, ["cyan", "red", "white"]),
             'now_playing_prefix = "$b$7"', 'now_playing_suffix = "$/b"']
    return ".config/ncmpcpp/config", L(lines), "ncmpcpp-config"


def n_gpgconf(r, N):
    N.set("GnuPG", "key-fingerprints")
    fp = gpg_fpr(r)
    lines = ["# gpg.conf", "default-key %s" % fp, "trusted-key %s" % gpg_keyid(r), "keyid-format 0xlong",
             "with-fingerprint", "personal-cipher-preferences AES256 AES192 AES", "personal-digest-preferences SHA512 SHA384 SHA256",
             "cert-digest-algo SHA512", "default-preference-list SHA512 SHA384 SHA256 AES256 AES192 AES ZLIB BZIP2 ZIP Uncompressed",
             "keyserver hkps://keys.openpgp.org", "no-emit-version", "no-comments"]
    if r.random() < 0.5:
        lines.append("encrypt-to %s" % gpg_fpr(r))
    return pick(r, [".gnupg/gpg.conf", "gnupg/gpg.conf"]), L(lines), "gpg-conf"


def n_gpg_agent(r, N):
    N.set("GnuPG", "sshcontrol-keygrips")
    lines = ["# List of allowed ssh keys.  Only keys present in this file are used",
             "# in the SSH protocol.  The ssh-add tool may add new entries to this",
             "# file to enable them; you may also add them manually.  Comment",
             "# lines, like this one, as well as empty lines are ignored.  Lines do",
             "# have a certain length limit but this is not serious limitation as",
             "# the format of the entries is fixed and checked by gpg-agent. A",
             "# non-comment line starts with optional white spaces, followed by the",
             "# keygrip of the key given as 40 hex digits, optionally followed by a",
             "# caching TTL in seconds, and another optional field for arbitrary",
             "# flags.   Prepend the keygrip with an '!' mark to disable it."]
    for _ in range(r.randrange(1, 4)):
        lines.append("%s 0" % hexs(r, 40).upper())
    return ".gnupg/sshcontrol", L(lines), "gpg-conf"


def n_gitconfig_sign(r, N):
    N.set("git", "signingkey+credential-helper")
    f, l = person(r)
    lines = ["[user]", "\tname = %s %s" % (f.capitalize(), l.capitalize()), "\temail = %s@%s" % (f, own_domain(r, f, l)),
             "\tsigningkey = %s" % pick(r, [gpg_fpr(r), gpg_keyid(r), "~/.ssh/id_ed25519.pub"]), "[gpg]", "\tformat = %s" % pick(r, ["openpgp", "ssh"]),
             "[credential]", "\thelper = %s" % pick(r, ["libsecret", "cache --timeout=3600", "!pass-git-helper $@", "osxkeychain",
                                                         "!f() { echo username=%s; echo password=$(pass show github/token); }; f" % f]),
             '[credential "https://github.com"]', "\tusername = %s" % handle(r, f, l), "[github]", "\tuser = %s" % handle(r, f, l),
             "[commit]", "\tgpgsign = true", "[tag]", "\tgpgsign = true"]
    return pick(r, [".gitconfig", ".config/git/config"]), L(lines), "gitconfig"


def n_ssh_pub(r, N):
    N.set("OpenSSH", "public-key")
    f, l = person(r)
    c = r.randrange(3)
    if c == 0:
        line = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s" % (rs(r, 43, ALNUM + "+/"), f, pick(r, ["thinkpad", "desktop", "framework"]))
    elif c == 1:
        line = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ%s %s@%s" % (rs(r, 512, ALNUM + "+/"), f, pick(r, ["work", "laptop"]))
    else:
        line = "sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29tAAAAI%s ssh:%s" % (rs(r, 43, ALNUM + "+/"), pick(r, ["yubikey", "solokey"]))
    keys = [line]
    for _ in range(r.randrange(1, 4)):
        keys.append("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s" % (rs(r, 43, ALNUM + "+/"), pick(r, FIRST), pick(r, ["phone", "nas", "work", "tablet"])))
    if r.random() < 0.5:
        body = ["# authorized_keys for my boxes (public keys only)"]
        for k in keys:
            body += ["# %s" % pick(r, ["laptop", "phone (termux)", "yubikey", "desktop", "old key, remove 2025"]), k]
        return pick(r, [".ssh/authorized_keys", "ssh/authorized_keys"]), L(body), "ssh-public-key"
    em = "%s@%s" % (f, own_domain(r, f, l))
    body = ["# git ssh signing: gpg.ssh.allowedSignersFile", "# format: principals key-type key comment"]
    body += ['%s namespaces="git" %s' % (em, k) for k in keys]
    body += ["", "# verify with: git log --show-signature"]
    return pick(r, [".config/git/allowed_signers", ".ssh/allowed_signers"]), L(body), "ssh-public-key"


def n_ssh_config(r, N):
    N.set("OpenSSH", "client-config")
    lines = ["Host *", "    AddKeysToAgent yes", "    IdentitiesOnly yes", "    ServerAliveInterval 60", ""]
    for h in sample(r, ["nas", "pi", "vps", "seedbox", "work"], 2, 4):
        lines += ["Host %s" % h, "    HostName %s" % pick(r, ["192.168.1.%d" % r.randrange(2, 250), "%s.%s" % (h, _dom(r))]),
                  "    User %s" % pick(r, FIRST), "    IdentityFile ~/.ssh/id_ed25519_%s" % h, ""]
    lines.append("# host key fingerprint for vps: SHA256:%s" % b64(r, 32, pad=False))
    return ".ssh/config", L(lines), "ssh-config"


def n_age_sops(r, N):
    N.set("age", "public-recipients")
    rec = ["age1" + rs(r, 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(r.randrange(1, 4))]
    lines = ["# sops: who can decrypt the encrypted files in secrets/", "creation_rules:",
             "  - path_regex: secrets/.*\\.yaml$", "    age: >-"]
    lines += ["      %s%s" % (x, "," if i < len(rec) - 1 else "") for i, x in enumerate(rec)]
    lines += ["  - path_regex: secrets/.*\\.env$", "    age: %s" % rec[0]]
    return ".sops.yaml", L(lines), "yaml"


def n_polybar_colors(r, N):
    N.set("polybar", "theme-colours")
    lines = ["[colors]"]
    for k in ["background", "background-alt", "foreground", "primary", "secondary", "alert", "disabled"]:
        lines.append("%s = %s" % (k, pick(r, [color_hex(r), "#" + hexs(r, 8).upper()])))
    lines += ["", "[bar/top]", "width = 100%", "height = 22", "radius = %d" % r.randrange(0, 8), "background = ${colors.background}",
              "foreground = ${colors.foreground}", "line-size = 3", "padding-left = 1", "module-margin = 1",
              "font-0 = Iosevka Nerd Font:size=11;3", "modules-left = xworkspaces", "modules-right = cpu memory wlan date",
              "", "[module/cpu]", "type = internal/cpu", "interval = 2", 'format-prefix = "CPU "', "format-prefix-foreground = ${colors.primary}"]
    return pick(r, [".config/polybar/config.ini", ".config/polybar/colors.ini"]), L(lines), "polybar-ini"


def n_i3_colors(r, N):
    N.set("i3", "theme-colours")
    lines = ["# class                 border  backgr. text    indicator child_border"]
    for cl in ["client.focused", "client.focused_inactive", "client.unfocused", "client.urgent", "client.placeholder"]:
        lines.append("%-24s%s %s %s %s %s" % (cl, color_hex(r), color_hex(r), color_hex(r), color_hex(r), color_hex(r)))
    lines += ["client.background       %s" % color_hex(r), "", "bar {", "    colors {", "        background %s" % color_hex(r),
              "        statusline %s" % color_hex(r), "        focused_workspace  %s %s %s" % (color_hex(r), color_hex(r), color_hex(r)), "    }", "}"]
    return pick(r, [".config/i3/colors", ".config/sway/config.d/colors"]), L(lines), "i3-config"


def n_xresources(r, N):
    N.set("X11", "theme-colours")
    lines = ["! %s colour scheme" % pick(r, ["gruvbox", "nord", "tokyonight", "dracula", "solarized"]), "*.foreground: %s" % color_hex(r),
             "*.background: %s" % color_hex(r), "*.cursorColor: %s" % color_hex(r)]
    for i in range(16):
        lines.append("*.color%d: %s" % (i, color_hex(r)))
    lines += ["Xft.dpi: %d" % r.choice([96, 120, 144]), "Xft.antialias: true", "URxvt.font: xft:JetBrains Mono:size=10"]
    return ".Xresources", L(lines), "xresources"


def n_checksums(r, N):
    N.set("dotfiles", "sha256-manifest")
    files = sample(r, [".bashrc", ".zshrc", ".config/nvim/init.lua", ".config/sway/config", ".config/mpd/mpd.conf",
                       ".muttrc", ".msmtprc", ".config/waybar/config", ".tmux.conf", ".gitconfig", ".config/foot/foot.ini"], 5, 10)
    lines = ["%s  %s" % (hexs(r, 64), f) for f in files]
    return pick(r, ["SHA256SUMS", "checksums.sha256", ".dotfiles.sha256"]), L(lines), "checksums"


def n_install_sh(r, N):
    N.set("dotfiles", "pinned-download-digests")
    v = "%d.%d.%d" % (r.randrange(0, 3), r.randrange(0, 40), r.randrange(0, 9))
    lines = ["#!/usr/bin/env bash", "# bootstrap a new machine", "set -euo pipefail", "",
             'FZF_VERSION="%s"' % v, 'FZF_SHA256="%s"' % hexs(r, 64), 'NVIM_SHA256="%s"' % hexs(r, 64), "",
             'curl -fLo /tmp/fzf.tgz "https://github.com/junegunn/fzf/releases/download/v${FZF_VERSION}/fzf-${FZF_VERSION}-linux_amd64.tar.gz"',
             'echo "${FZF_SHA256}  /tmp/fzf.tgz" | sha256sum -c -', 'tar -xzf /tmp/fzf.tgz -C ~/.local/bin', "",
             'for d in */; do stow -v "$d"; done']
    return pick(r, ["install.sh", "bootstrap.sh", "scripts/install"]), L(lines), "shell"


def n_lazy_lock(r, N):
    N.set("neovim", "lazy-lock-commits")
    plugins = sample(r, ["lazy.nvim", "telescope.nvim", "nvim-treesitter", "nvim-lspconfig", "gitsigns.nvim", "lualine.nvim",
                         "which-key.nvim", "nvim-cmp", "LuaSnip", "plenary.nvim", "mini.nvim", "oil.nvim", "conform.nvim",
                         "tokyonight.nvim", "fzf-lua"], 5, 12)
    d = {p: {"branch": pick(r, ["main", "master"]), "commit": hexs(r, 40)} for p in plugins}
    return ".config/nvim/lazy-lock.json", json.dumps(d, indent=2) + "\n", "json"


def n_tmux_plugins(r, N):
    N.set("tmux", "pinned-commits")
    lines = ["set -g prefix C-a", "set -g mouse on", "set -g base-index 1", "set -g status-style 'bg=%s fg=%s'" % (color_hex(r), color_hex(r)),
             "", "# plugins pinned to known-good commits (see update-plugins.sh)"]
    for p in sample(r, ["tmux-plugins/tpm", "tmux-plugins/tmux-sensible", "tmux-plugins/tmux-resurrect", "christoomey/vim-tmux-navigator",
                        "tmux-plugins/tmux-yank"], 2, 4):
        lines.append("set -g @plugin '%s#%s'" % (p, hexs(r, 40)))
    lines.append("run '~/.tmux/plugins/tpm/tpm'")
    return pick(r, [".tmux.conf", ".config/tmux/tmux.conf"]), L(lines), "tmux-conf"


def n_shell_passrefs(r, N):
    N.set("shell", "secret-manager-substitution")
    lines = ["# secrets are fetched lazily from pass / secret-tool, nothing stored here"]
    for a in sample(r, API, 2, 5):
        lines.append("export %s=%s" % (a["env"], pick(r, ['"$(pass show api/%s)"' % a["provider"].lower(),
                                                           "\"$(secret-tool lookup service %s)\"" % a["provider"].lower(),
                                                           "$(rbw get %s)" % a["provider"].lower(),
                                                           '"${%s:-}"' % a["env"]])))
    lines = sh_misc(r, 3, 8) + [""] + lines
    return pick(r, [".zshrc", ".bashrc", ".config/shell/secrets.sh", ".profile"]), L(lines), "shell-rc"


def n_keyring_py(r, N):
    a = pick(r, API)
    N.set(a["provider"], "keyring-lookup")
    lines = ["#!/usr/bin/env python3", "# %s helper -- token is in the system keyring" % a["provider"], "import os", "import sys",
             "import keyring", "", "def token():", '    t = os.environ.get("%s") or keyring.get_password("%s", "default")' % (a["env"], a["provider"].lower()),
             "    if not t:", '        sys.exit("no token: run `keyring set %s default`")' % a["provider"].lower(), "    return t", "",
             'if __name__ == "__main__":', '    print("token length", len(token()))']
    return pick(r, ["bin/%s-token.py" % a["provider"].lower(), "scripts/%s_auth.py" % a["provider"].lower()]), L(lines), "python"


def n_newsboat_eval(r, N):
    N.set("newsboat", "passwordeval-command")
    which = pick(r, ["miniflux", "freshrss", "ocnews", "ttrss"])
    d = _dom(r)
    f = pick(r, FIRST)
    src = ['urls-source "%s"' % which, '%s-url "https://%s.%s/"' % (which, pick(r, ["rss", "news", "reader"]), d),
           '%s-login "%s"' % (which, f),
           pick(r, ['%s-passwordeval "pass show rss/%s"' % (which, which), '%s-passwordfile "~/.config/newsboat/%s.pw"' % (which, which),
                    '%s-passwordeval "secret-tool lookup service %s"' % (which, which)])]
    if which == "miniflux" and r.random() < 0.5:
        src[-1] = 'miniflux-tokeneval "pass show rss/miniflux-token"'
    return pick(r, [".newsboat/config", ".config/newsboat/config"]), L("# newsboat", src, "", nb_misc(r)), "newsboat-config"


def n_newsboat_urls(r, N):
    N.set("newsboat", "feed-urls")
    feeds = ["https://lwn.net/headlines/rss", "https://www.phoronix.com/rss.php", "https://xkcd.com/atom.xml",
             "https://blog.rust-lang.org/feed.xml", "https://planet.gentoo.org/rss20.xml", "https://hnrss.org/frontpage",
             "https://www.youtube.com/feeds/videos.xml?channel_id=UC" + rs(r, 22, ALNUM + "-_"),
             "https://github.com/neovim/neovim/releases.atom", "https://weechat.org/feeds/news/"]
    lines = ['%s "%s"' % (u, pick(r, ["tech", "comics", "dev", "news", "video"])) for u in sample(r, feeds, 5, 9)]
    lines.insert(0, "# feeds")
    return pick(r, [".newsboat/urls", ".config/newsboat/urls"]), L(lines), "newsboat-urls"


def n_irssi_external(r, N):
    N.set("irssi", "sasl-external-cert")
    key, host, name, nick, chans = irc_ctx(r)
    lines = ["servers = (", "  {", '    address = "%s";' % host, '    chatnet = "%s";' % key, '    port = "6697";',
             '    use_tls = "yes";', '    tls_cert = "~/.irssi/certs/%s.pem";' % key, '    tls_verify = "yes";',
             '    sasl_mechanism = "external";', '    sasl_password = "";', '    autoconnect = "yes";', "  }", ");", "",
             "# CertFP: %s" % hexs(r, 64), "", "settings = {", '  core = { nick = "%s"; };' % nick, "};"]
    return ".irssi/config", L(lines), "irssi-config"


def n_fetchmail_prompt(r, N):
    N.set("fetchmail", "no-password+sslfingerprint")
    a = mail_acct(r)
    lines = ["# password is prompted for / read from ~/.netrc", "set daemon 600", "",
             "poll %s proto IMAP" % a["imap"], '    user "%s"' % a["email"], "    ssl sslcertck",
             '    sslfingerprint "%s"' % tls_fpr(r, 16), "    keep", '    mda "/usr/bin/procmail -d %T"']
    return ".fetchmailrc", L(lines), "fetchmailrc"


def n_msmtp_noauth(r, N):
    N.set("msmtp", "addresses-and-servers-only")
    a = mail_acct(r)
    lines = ["# relay through the local postfix; no auth needed on the LAN", "defaults", "logfile ~/.msmtp.log", "",
             "account lan", "host %s" % pick(r, ["mail.lan", "192.168.1.%d" % r.randrange(2, 250), "relay.home.arpa"]),
             "port 25", "auth off", "tls off", "from %s" % a["email"], "", "account default : lan"]
    return ".msmtprc", L(lines), "msmtprc"


def n_gh_actions(r, N):
    N.set("GitHub", "actions-secrets-reference")
    lines = ["name: lint dotfiles", "on: [push, pull_request]", "jobs:", "  shellcheck:", "    runs-on: ubuntu-latest",
             "    steps:", "      - uses: actions/checkout@%s" % hexs(r, 40), "      - name: shellcheck",
             "        run: find bin scripts -type f -exec shellcheck {} +", "      - name: notify",
             "        if: failure()", "        env:", "          PUSHOVER_TOKEN: ${{ secrets.PUSHOVER_TOKEN }}",
             "          PUSHOVER_USER: ${{ secrets.PUSHOVER_USER }}", "          GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}",
             "        run: ./bin/pushover \"dotfiles CI failed\""]
    return ".github/workflows/lint.yml", L(lines), "github-workflow"


def n_chezmoi_tmpl(r, N):
    N.set("chezmoi", "template-secret-function")
    a = mail_acct(r)
    fn = pick(r, ['{{ pass "mail/%s" }}' % a["email"], '{{ (bitwarden "item" "%s").login.password }}' % a["provider"],
                  '{{ onepasswordRead "op://Personal/%s/password" }}' % a["provider"], '{{ keyring "mail" "%s" }}' % a["email"],
                  '{{ (rbw "%s").data.password }}' % a["provider"]])
    lines = ["# managed by chezmoi -- edit dot_msmtprc.tmpl", "defaults", "auth on", "tls on", "",
             "account %s" % a["tag"], "host %s" % a["smtp"], "port 587", "from %s" % a["email"], "user %s" % a["email"],
             "password %s" % fn, "", "account default : %s" % a["tag"]]
    return pick(r, ["dot_msmtprc.tmpl", "home/dot_msmtprc.tmpl", "private_dot_msmtprc.tmpl"]), L(lines), "chezmoi-template"


def n_gettext(r, N):
    N.set("i18n", "translation-strings")
    lang = pick(r, [("de", [("Password:", "Passwort:"), ("API token", "API-Token"), ("Wrong password", "Falsches Passwort"),
                            ("Secret key", "Geheimer Schlüssel")]),
                    ("fr", [("Password:", "Mot de passe :"), ("API token", "Jeton d'API"), ("Wrong password", "Mot de passe incorrect"),
                            ("Secret key", "Clé secrète")]),
                    ("nl", [("Password:", "Wachtwoord:"), ("API token", "API-token"), ("Wrong password", "Onjuist wachtwoord"),
                            ("Secret key", "Geheime sleutel")])])
    lines = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', '"Language: %s\\n"' % lang[0], ""]
    for a, b in lang[1]:
        lines += ["#: mailsync.py:%d" % r.randrange(10, 300), 'msgid "%s"' % a, 'msgstr "%s"' % b, ""]
    return "scripts/locale/%s/LC_MESSAGES/mailsync.po" % lang[0], L(lines), "gettext-po"


def n_pushover_doc(r, N):
    N.set("Pushover", "documentation-example")
    lines = ["# bin/pushover", "", "Wrapper around the Pushover message API.", "", "The request looks like the example in the",
             "Pushover API docs:", "", "```", "curl -s \\", '  --form-string "token=azGDORePK8gMaC0QOYAMyEEuzJnyUi" \\',
             '  --form-string "user=uQiRzpo4DXghDmr9QzzfQu27cmVRsG" \\', '  --form-string "message=hello world" \\',
             "  https://api.pushover.net/1/messages.json", "```", "",
             "Real values: `PUSHOVER_TOKEN` / `PUSHOVER_USER` from `pass show api/pushover`."]
    return pick(r, ["bin/README.md", "docs/pushover.md"]), L(lines), "markdown"


def n_plex_ids(r, N):
    N.set("Plex", "machine-and-item-ids")
    lines = ["#!/bin/sh", "# play a random episode on the living-room client (token from the env)",
             ': "${PLEX_TOKEN:?set PLEX_TOKEN}"', 'SERVER="http://192.168.1.%d:32400"' % r.randrange(2, 250),
             'MACHINE_ID="%s"' % hexs(r, 40), 'CLIENT_ID="%s"' % uuid4(r).upper() if r.random() < 0.5 else 'CLIENT_ID="%s"' % rs(r, 24, LOWER + DIG),
             "SHOWS=\"%s\"" % " ".join(str(r.randrange(1000, 99999)) for _ in range(4)),
             'key=$(printf "%s\\n" $SHOWS | shuf -n1)',
             'curl -s -H "X-Plex-Token: $PLEX_TOKEN" "$SERVER/player/playback/playMedia?machineIdentifier=$MACHINE_ID&key=/library/metadata/$key"']
    return pick(r, ["bin/plex-random", "scripts/plex_random.sh"]), L(lines), "shell"


def n_jellyfin_ids(r, N):
    N.set("Jellyfin", "item-and-user-ids")
    lines = ["# jellyfin-mpv-shim / scripts: library ids (not secrets)", "[library]"]
    for nm in sample(r, ["movies", "shows", "music", "kids", "concerts"], 2, 4):
        lines.append("%s = %s" % (nm, hexs(r, 32)))
    lines += ["", "[user]", "id = %s" % hexs(r, 32), "name = %s" % pick(r, FIRST), "server = https://jellyfin.%s" % _dom(r),
              "# api key: see `pass show media/jellyfin`"]
    return pick(r, [".config/jellyfin/ids.ini", "notes/jellyfin-ids.ini"]), L(lines), "ini"


def n_beets_mbids(r, N):
    N.set("beets", "musicbrainz-ids")
    lines = ["directory: ~/Music", "library: ~/.local/share/beets/library.db", "plugins: fetchart lastgenre ftintitle", "",
             "musicbrainz:", "  searchlimit: 10", "  extra_tags: [year, catalognum, country, media, label]", "",
             "match:", "  strong_rec_thresh: 0.04", "  preferred:", "    countries: ['XE', 'GB|UK', 'US']", "",
             "# albums to keep pinned to a specific release", "pinned_releases:"]
    for _ in range(r.randrange(2, 6)):
        lines.append("  - %s  # %s" % (uuid4(r), pick(r, WORDS).capitalize() + " " + pick(r, WORDS)))
    return ".config/beets/config.yaml", L(lines), "yaml"


def n_taskrc_clientid(r, N):
    N.set("Taskwarrior", "client-id-and-include")
    lines = ["data.location=~/.local/share/task", "include dark-256.theme", "weekstart=monday", "",
             "sync.server.url=https://tasks.%s" % _dom(r), "sync.server.client_id=%s" % uuid4(r),
             "# sync.encryption_secret lives outside the repo", "include ~/.config/task/secret.rc", "",
             "color.active=%s" % pick(r, ["rgb555 on rgb410", "bold white on red"]), "urgency.due.coefficient=12.0"]
    return ".taskrc", L(lines), "taskrc"


def n_transmission_empty_remote(r, N):
    N.set("tremc", "auth-from-netrc")
    lines = ["[Connection]", "host = %s" % pick(r, ["nas.lan", "localhost", "seedbox"]), "port = 9091", "path = /transmission/rpc",
             "username = %s" % pick(r, ["admin", "transmission"]), "# password from ~/.netrc", "ssl = False", "",
             "[Sorting]", "order = name", "", "[Filtering]", "filter = active", "", "[Misc]", "compact_list = False",
             "torrentname_is_progressbar = True"]
    return ".config/tremc/settings.cfg", L(lines), "ini"


def n_aria2_session(r, N):
    N.set("aria2", "session-gids-and-info-hashes")
    lines = []
    for _ in range(r.randrange(2, 5)):
        ih = hexs(r, 40)
        lines += ["magnet:?xt=urn:btih:%s&dn=%s" % (ih, pick(r, ["debian-12.5.0-amd64-netinst.iso", "archlinux-2024.05.01-x86_64.iso", "ubuntu-24.04-desktop-amd64.iso", "Fedora-Workstation-Live-x86_64-40.iso"])),
                  " gid=%s" % hexs(r, 16), " dir=/srv/torrents", " seed-ratio=1.0"]
    return pick(r, [".cache/aria2/session", ".aria2/session"]), L(lines), "aria2-session"


def n_mutt_gpg_only(r, N):
    N.set("mutt", "gpg-key-ids")
    lines = ["# crypto settings", "set crypt_use_gpgme = yes", "set crypt_autosign = yes", "set crypt_verify_sig = yes",
             "set pgp_sign_as = %s" % gpg_keyid(r), "set pgp_default_key = %s" % gpg_fpr(r), "set pgp_self_encrypt = yes",
             "set crypt_opportunistic_encrypt = yes", "# my key: %s" % " ".join(gpg_fpr(r)[i:i + 4] for i in range(0, 40, 4)),
             "send-hook . 'reset pgp_autoencrypt'"]
    return pick(r, [".config/mutt/gpg.muttrc", ".mutt/gpg.rc"]), L(lines), "muttrc"


def n_readme_app_pw(r, N):
    N.set("dotfiles", "setup-instructions-placeholders")
    lines = ["# mail setup", "", "1. Create an app password (Google: https://myaccount.google.com/apppasswords).",
             "   It looks like `xxxx xxxx xxxx xxxx`; Apple's look like `abcd-efgh-ijkl-mnop`.",
             "2. Store it: `pass insert mail/%s@gmail.com`" % pick(r, FIRST),
             "3. `mbsync -a` -- the config reads it with `PassCmd \"pass mail/...\"`.", "",
             "| program | config | secret from |", "|---|---|---|", "| mbsync | `.mbsyncrc` | PassCmd |",
             "| msmtp | `.msmtprc` | passwordeval |", "| neomutt | `.config/neomutt` | `` `pass ...` `` |",
             "| vdirsyncer | `.config/vdirsyncer/config` | password.fetch |", "",
             "Never commit `~/.password-store`; it is a separate private repo."]
    return pick(r, ["docs/mail.md", "notes/mail-setup.md", "README.mail.md"]), L(lines), "markdown"


def n_owm_city_ids(r, N):
    N.set("OpenWeather", "city-ids-and-coords")
    lines = ["#!/bin/sh", "# weather for the bar; key comes from pass", 'KEY="$(pass show api/openweather)"']
    c = pick(r, CITIES)
    lines += ['CITY_ID="%d"' % r.randrange(100000, 9999999), 'LAT="%s"' % c[1], 'LON="%s"' % c[2],
              'curl -sf "https://api.openweathermap.org/data/2.5/weather?id=$CITY_ID&units=metric&appid=$KEY" | jq -r ".main.temp"']
    return ".config/polybar/scripts/weather.sh", L(lines), "shell"


def n_dunst_colors(r, N):
    N.set("dunst", "theme-colours")
    lines = ["[global]", "    font = JetBrains Mono 10", "    frame_width = 2", '    frame_color = "%s"' % color_hex(r),
             "    separator_color = frame", "    corner_radius = 6", ""]
    for u in ["urgency_low", "urgency_normal", "urgency_critical"]:
        lines += ["[%s]" % u, '    background = "%s"' % color_hex(r), '    foreground = "%s"' % color_hex(r), "    timeout = %d" % r.choice([5, 10, 0]), ""]
    return ".config/dunst/dunstrc", L(lines), "dunstrc"


NEG_T = [n_msmtp_eval, n_mbsync_passcmd, n_offlineimap_eval, n_offlineimap_py, n_neomutt_pass, n_aerc_credcmd,
         n_vdirsyncer_fetch, n_khal, n_weechat_secref, n_weechat_sec_enc, n_weechat_colors, n_znc_hash,
         n_transmission_hash, n_qbit_pbkdf2, n_syncthing_bcrypt, n_syncthing_ids_md, n_mpd_example, n_ncmpcpp_nopw,
         n_gpgconf, n_gpg_agent, n_gitconfig_sign, n_ssh_pub, n_ssh_config, n_age_sops, n_polybar_colors, n_i3_colors,
         n_xresources, n_checksums, n_install_sh, n_lazy_lock, n_tmux_plugins, n_shell_passrefs, n_keyring_py,
         n_newsboat_eval, n_newsboat_urls, n_irssi_external, n_fetchmail_prompt, n_msmtp_noauth, n_gh_actions,
         n_chezmoi_tmpl, n_gettext, n_pushover_doc, n_plex_ids, n_jellyfin_ids, n_beets_mbids, n_taskrc_clientid,
         n_transmission_empty_remote, n_aria2_session, n_mutt_gpg_only, n_readme_app_pw, n_owm_city_ids, n_dunst_colors]

POS_T = [t_muttrc, t_mutt_account, t_neomuttrc, t_msmtprc, t_mbsyncrc, t_offlineimaprc, t_fetchmailrc, t_getmailrc,
         t_aerc, t_authinfo, t_smtp_py, t_curl_smtp, t_vdirsyncer, t_caldav_py, t_irssi, t_weechat_irc, t_weechat_sec,
         t_znc, t_hexchat, t_senpai, t_newsboat, t_miniflux_script, t_freshrss_login, t_shell_rc, t_fish, t_systemd_unit,
         t_env_d, t_crontab, t_readme_leak, t_notify_script, t_pushover_py, t_pushbullet_py, t_todoist_json,
         t_todoist_polybar, t_lastfm_py, t_mpdscribble, t_beets, t_trakt_py, t_weather_sh, t_i3blocks, t_waybar,
         t_polybar_github, t_i3_config, t_gh_hosts, t_gitconfig, t_git_credentials, t_netrc, t_hub, t_transmission,
         t_tremote_alias, t_qbit_py, t_qbit_curl, t_aria2conf, t_aria2_rpc, t_mpdconf, t_ncmpcpp, t_mpd_host_env,
         t_syncthing_xml, t_plexapi_ini, t_jellyfin_py, t_offlineimap_oauth, t_aerc_oauth, t_taskrc]



# --------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------

N_POS = 500
N_NEG = 500


def cycle(r, items, n):
    out = []
    while len(out) < n:
        block = list(items)
        r.shuffle(block)
        out.extend(block)
    return out[:n]


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_ck.py OUTDIR SEED\n")
        return 2
    outdir = argv[1]
    seed = int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []

    pos_plan = cycle(r, POS_T, N_POS)
    for i, t in enumerate(pos_plan):
        for _attempt in range(20):
            S = Slot(r, False, r.random() < 0.5)
            rel, text, ftype = t(r, S)
            needle = S.value
            if needle and needle in text:
                break
        else:
            raise RuntimeError("template %s failed to place a secret" % t.__name__)
        line = text[:text.index(needle)].count("\n") + 1
        fid = "pos/p%04d/%s" % (i, rel)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "pos", "provider": S.provider, "kind": S.kind, "filetype": ftype,
                         "template": t.__name__})
        secrets.append({"file": fid, "needle": needle, "line": line})

    n_reuse = N_NEG // 2
    reuse_plan = [("reuse", t) for t in cycle(r, POS_T, n_reuse)]
    dom_plan = [("domain", t) for t in cycle(r, NEG_T, N_NEG - n_reuse)]
    neg_plan = reuse_plan + dom_plan
    r.shuffle(neg_plan)
    for i, (how, t) in enumerate(neg_plan):
        if how == "reuse":
            S = Slot(r, True, r.random() < 0.5)
            rel, text, ftype = t(r, S)
            provider, kind = S.provider, "%s (%s slot)" % (S.fill_kind or "filler", S.kind)
        else:
            N = Neg()
            rel, text, ftype = t(r, N)
            provider, kind = N.provider, N.kind
        fid = "neg/n%04d/%s" % (i, rel)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "neg", "provider": provider, "kind": kind, "filetype": ftype,
                         "template": ("reuse:" if how == "reuse" else "neg:") + t.__name__})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
