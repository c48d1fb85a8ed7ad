#!/usr/bin/env python3
"""Blind evaluation-set generator "my": chat / IRC / XMPP clients, bouncers and bots.

EMPHASIS
    Desktop chat, IRC and XMPP clients, bouncers and bots as people keep them in dotfile
    and ops repositories.  Providers / tools: irssi (libconfig `config`, `startup`),
    WeeChat (irc.conf, sec.conf, relay.conf, /secure scripts), HexChat / XChat
    (servlist.conf), mIRC (perform.ini, remote.ini), Konversation (konversationrc),
    Quassel (quasselclient.conf, compose), The Lounge (users/*.json), ZNC (znc.conf,
    NixOS module, sasl moddata), Eggdrop (Tcl), Limnoria/Supybot (registry .conf),
    Sopel (.cfg), matterbridge (TOML), Bitlbee, InspIRCd / UnrealIRCd oper blocks,
    Pidgin/libpurple accounts.xml, Gajim, Profanity, slixmpp / errbot bots, Prosody
    and ejabberd component secrets, Discord / Slack / Telegram / Matrix bot tokens in
    bridges (discord-irc, slack-irc, matterbridge, mjolnir, matrix-commander, maubot),
    Mumble (murmur.ini, compose), TeamSpeak ServerQuery (python bots, JTS3ServerMod).
    File types: XML, INI-like, libconfig, TOML, JSON, YAML, Tcl, Python, Lua, Perl,
    shell, systemd units, Docker Compose, Ansible vars, Kubernetes manifests, Markdown,
    Nix.

USAGE
    python3 -B gen_my.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Standard library only; all
    randomness from random.Random(SEED).

NEEDLE CONVENTIONS
    Needle = the secret exactly as written, without quotes.  Passwords: the password
    itself (also inside `/msg NickServ IDENTIFY nick PASS`, `/oper name PASS`,
    ZNC-style `user/network:PASS` server passwords and `telnet://user:PASS@host` URLs:
    only PASS).  Bot tokens keep their prefixes (xoxb-, xoxp-, xapp-, syt_) and full
    form (Discord `id.ts.hmac`, Telegram `botid:secret`).  Slack incoming webhooks:
    the full https://hooks.slack.com/services/... URL.  Telegram tokens inside
    `https://api.telegram.org/bot<TOKEN>/` URLs: the token.  `line` is the 1-based line
    of the needle's first occurrence.

NEGATIVES
    Half re-use the positive templates with the secret slot holding placeholders
    (changeme, <your-password>, YOUR_BOT_TOKEN, xxxx, ****, [REDACTED], local-language
    ones), empty values, env / secret-manager / template references (${VAR},
    {{ vault_x }}, ${sec.data.x}, eval_password=pass show ..., os.environ[...]), and
    documented example values (Discord API docs token, Telegram Bot API doc tokens,
    Slack docs webhook / "not-a-real-token").  The other half are domain look-alikes:
    ZNC sha256#hash#salt# and <Pass> blocks, WeeChat encrypted sec.conf, The Lounge
    bcrypt user hashes, Bitlbee encrypted account XML, InspIRCd hashed opers, Eggdrop
    userfile hashes, SASL EXTERNAL certfp notes, OTR / OMEMO fingerprints, Matrix room
    and event ids, Discord application ids + interaction public keys, Slack ids /
    client ids, Telegram chat ids / file ids, PGP public keys, SSH known_hosts,
    certificates, image digests, pip hashes, flake.lock, SHA256SUMS, Ansible-vault /
    SOPS / SealedSecret ciphertext, public IRC channel keys documented in a README.

FORMATS CHECKED
    - Matrix Synapse access tokens: syt_<unpadded std base64 localpart>_<20 ascii
      letters>_<base62 crc32 of the preceding string, min width 6> -- confirmed in the
      Synapse source (handlers/auth.py generate_access_token) via code search.
    - HexChat/XChat servlist: N= network, I=/i= nicks, U= user, R= realname, P= server
      password, B= NickServ password, J= channels, C= connect commands, F= flags --
      confirmed on xchatdata.net "Using/Servlist-conf".
    - ZNC: legacy `Pass = sha256#hash#salt#`, `<Pass password> Method/Hash/Salt` block,
      `Server = host +port password` -- NixOS wiki ZNC page and public znc.conf dumps.
    - Discord bot token = base64(user id) . base64url(4-byte ts since 2011 epoch) .
      27/38 char HMAC; docs example token from the Discord API reference (knowledge).
    - Slack xoxb-/xoxp-/xapp-/webhook shapes, Telegram `id:35 chars` -- knowledge.

DOUBTS
    - Telegram secret part length fixed at 35 ([A-Za-z0-9_-], starting "AA").
    - Discord HMAC part length 27 (older) or 38 (newer) chars; ts part is computed.
    - Slack bot token digit-group lengths (10-13 / 13) and 24-char tail; xapp middle
      group lengths.
    - TeamSpeak ServerQuery generated passwords assumed 8 chars [A-Za-z0-9+].
    - WeeChat sec.conf without a passphrase assumed to store values in clear.
    - ZNC sasl moddata `.registry` "key value" layout is approximated.
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
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"
HEX = "0123456789abcdef"
PWSYM = "!@^*-_.+=~"

R = None  # set in main


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def ch(seq):
    return R.choice(seq)


# ---------------------------------------------------------------- vocab
NICK_BASES = ["alice", "bob", "kaetzchen", "mrfoo", "zerocool", "jmv", "lukas", "sven",
              "noemi", "r4z0r", "pingu", "tobi", "mkl", "anouk", "ferris", "yuki",
              "dmitri", "olaf", "beatriz", "chloe", "knuth_fan", "grumpy", "kiwi",
              "nils", "oksana", "pablo", "quux", "raphael", "sakura", "thijs",
              "ulrike", "vasco", "wren", "xenia", "yannick", "zoe", "ops-bot",
              "herald", "relaybot", "BridgeBot", "Marvin", "Jarvis", "hubot",
              "bender", "zodiac", "minibot", "logbot", "Wanda"]
WORDS = ["falcon", "sunflower", "kaffee", "mariposa", "glacier", "tortuga", "wolke",
         "pepper", "nebula", "harbor", "zitrone", "lantern", "copper", "raven",
         "maple", "orchid", "biscuit", "schnecke", "tundra", "velvet", "cobalt",
         "dragon", "paprika", "eichhorn", "sirocco", "quokka", "marmite", "pixel",
         "gecko", "walrus", "fjord", "nougat", "mistral", "pinguin", "cactus"]
NETS = [("Libera.Chat", "irc.libera.chat", "liberachat"),
        ("OFTC", "irc.oftc.net", "oftc"),
        ("EFnet", "irc.efnet.org", "efnet"),
        ("IRCnet", "open.ircnet.net", "ircnet"),
        ("hackint", "irc.hackint.org", "hackint"),
        ("Rizon", "irc.rizon.net", "rizon"),
        ("QuakeNet", "irc.quakenet.org", "quakenet"),
        ("DALnet", "irc.dal.net", "dalnet"),
        ("Undernet", "irc.undernet.org", "undernet"),
        ("EsperNet", "irc.esper.net", "esper"),
        ("tilde.chat", "irc.tilde.chat", "tilde"),
        ("IRCHighWay", "irc.irchighway.net", "irchighway"),
        ("euIRC", "irc.euirc.net", "euirc"),
        ("GIMPNet", "irc.gimp.org", "gimpnet"),
        ("snoonet", "irc.snoonet.org", "snoonet"),
        ("Intranet", "irc.corp.example-lab.net", "corp")]
CHANS = ["#archlinux", "#nixos", "#python", "#rust", "#weechat", "#znc", "#debian",
         "#linux", "##chat", "#ops", "#infra-alerts", "#gentoo", "#emacs", "#vim",
         "#haskell", "#lobsters", "#postgresql", "#kde", "#libera", "#security",
         "#devops", "#home", "#offtopic", "#sopel", "#limnoria"]
XMPP_DOMAINS = ["jabber.ccc.de", "conversations.im", "jabber.fr", "xmpp.jp",
                "404.city", "chat.acme-labs.io", "jabber.systemli.org", "im.koderoot.net",
                "xmpp.mydomain.de", "jabber.hot-chilli.net"]
MX_SERVERS = ["matrix.org", "tchncs.de", "envs.net", "matrix.acme-labs.io",
              "chat.mozilla.org", "fosdem.org", "matrix.kde.org", "synapse.internal.lan"]


def nick():
    b = ch(NICK_BASES)
    return b + ch(["", "", "", "_", "`", str(R.randint(1, 99)), "|away"[:0]])


def net():
    return ch(NETS)


def chans(k=None):
    k = k or R.randint(1, 4)
    return R.sample(CHANS, k)


def port_tls():
    return ch([6697, 6697, 6697, 7000, 9999, 6697])


# ---------------------------------------------------------------- secrets
def pw_random(n=None, syms=True):
    n = n or R.randint(12, 28)
    alpha = ALNUM + (PWSYM if syms else "")
    while True:
        s = ch(ALNUM) + rs(alpha, n - 1)
        if (any(c in LOWER for c in s) and any(c in UPPER for c in s)
                and any(c in DIG for c in s)):
            return s


def pw_human(syms=True):
    w1 = ch(WORDS)
    w2 = ch(WORDS)
    d = str(R.randint(0, 9999)).zfill(ch([2, 3, 4]))
    sym = ch("!*.-_+@~") if syms else ch("-_.")
    style = R.randint(0, 3)
    if style == 0:
        return w1.capitalize() + d + sym + w2
    if style == 1:
        leet = w1.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
        return leet.capitalize() + sym + d
    if style == 2:
        return w1 + sym + w2.upper()[:3] + d
    return d + w1.capitalize() + w2.capitalize() + sym


def pw_pwgen():
    cons = "bcdfghjkmnprstvwxz"
    vow = "aeiou"
    while True:
        s = "".join(ch(cons) + ch(vow) for _ in range(R.randint(4, 6)))
        s = list(s)
        i = R.randrange(len(s))
        s[i] = s[i].upper()
        s[R.randrange(len(s))] = ch(DIG)
        s = "".join(s)
        if any(c in UPPER for c in s) and any(c in DIG for c in s):
            return s


def pw_b64():
    s = base64.b64encode(bytes(R.getrandbits(8) for _ in range(ch([12, 15, 18, 24])))).decode()
    if s[0] in "+/" or not any(c in DIG for c in s):
        return pw_b64()
    return s


def gen_pw():
    k = R.random()
    if k < 0.35:
        return pw_random()
    if k < 0.65:
        return pw_human()
    if k < 0.85:
        return pw_pwgen()
    return pw_b64()


def gen_pw_url():
    k = R.random()
    if k < 0.4:
        return pw_random(syms=False)
    if k < 0.7:
        return pw_human(syms=False)
    return pw_pwgen()


DISCORD_EPOCH_MS = 1420070400000


def snowflake(year_lo=2017, year_hi=2024):
    lo = 1483228800000 + (year_lo - 2017) * 31536000000
    hi = 1483228800000 + (year_hi - 2017 + 1) * 31536000000
    ms = R.randint(lo, hi) - DISCORD_EPOCH_MS
    return (ms << 22) | R.getrandbits(22)


def gen_discord(uid=None):
    uid = uid or snowflake()
    p1 = base64.b64encode(str(uid).encode()).decode().rstrip("=")
    t = ((uid >> 22) + DISCORD_EPOCH_MS) // 1000 + R.randint(0, 86400 * 300) - 1293840000
    p2 = base64.urlsafe_b64encode(t.to_bytes(4, "big")).decode().rstrip("=")
    p3 = rs(B64URL, ch([27, 38, 38]))
    return f"{p1}.{p2}.{p3}"


def discord_uid(tok):
    try:
        p = tok.split(".")[0]
        v = base64.b64decode(p + "=" * (-len(p) % 4)).decode()
        if v.isdigit():
            return v
    except Exception:
        pass
    return str(snowflake())


def gen_slack_bot():
    return "xoxb-%d-%d-%s" % (R.randint(10 ** 9, 10 ** 12), R.randint(10 ** 12, 10 ** 13 - 1),
                              rs(ALNUM, 24))


def gen_slack_user():
    return "xoxp-%d-%d-%d-%s" % (R.randint(10 ** 9, 10 ** 12), R.randint(10 ** 9, 10 ** 12),
                                 R.randint(10 ** 12, 10 ** 13 - 1), rs(HEX, 32))


def gen_slack_app():
    return "xapp-1-A%s-%d-%s" % (rs(UPPER + DIG, ch([9, 10])), R.randint(10 ** 12, 10 ** 13 - 1),
                                 rs(HEX, 64))


def gen_slack_hook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(UPPER + DIG, ch([8, 10])), rs(UPPER + DIG, ch([8, 10])), rs(ALNUM, 24))


def gen_telegram():
    return "%d:AA%s" % (R.randint(100000000, 7999999999), rs(B64URL, 33))


BASE62 = string.digits + string.ascii_lowercase + string.ascii_uppercase


def b62(n, minwidth=6):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = BASE62[r] + out
    return out.rjust(minwidth, "0")


def gen_matrix(localpart=None):
    lp = localpart or ch(["bot", "mjolnir", "notifier", "alertbot", "commander",
                          "maubot", "hookshot", "irc-relay", "ci-bot", "ops"])
    b64 = base64.b64encode(lp.encode()).decode().rstrip("=")
    base = f"syt_{b64}_{rs(string.ascii_letters, 20)}"
    return f"{base}_{b62(zlib.crc32(base.encode()))}"


def mx_local(tok, default):
    try:
        p = tok.split("_")[1]
        lp = base64.b64decode(p + "=" * (-len(p) % 4)).decode()
        if tok.startswith("syt_") and lp.replace("-", "").isalnum():
            return lp
    except Exception:
        pass
    return default


def gen_ts3():
    while True:
        s = rs(ALNUM + "+", 8)
        if s[0] != "+" and any(c in DIG for c in s) and any(c in UPPER for c in s):
            return s


GEN = {"pw": gen_pw, "pw_url": gen_pw_url, "discord": gen_discord,
       "slack_bot": gen_slack_bot, "slack_user": gen_slack_user, "slack_app": gen_slack_app,
       "slack_hook": gen_slack_hook, "telegram": gen_telegram, "matrix": gen_matrix,
       "ts3": gen_ts3}

NEG_VALUES = {
    "pw": ["changeme", "CHANGEME", "<your-password>", "<nickserv-password>",
           "YOUR_PASSWORD_HERE", "xxxxxxxx", "********", "[REDACTED]", "REPLACE_ME",
           "${IRC_PASSWORD}", "{{ vault_irc_password }}", "mot_de_passe_ici",
           "passwort_hier_eintragen", "tu_contrasena", "<пароль>", "TODO",
           "{{ irc_nickserv_password }}", "%IRC_PASS%", "<redacted>", "PASSWORD",
           "secret_goes_here", "****"],
    "discord": ["YOUR_BOT_TOKEN", "<discord-bot-token>", "${DISCORD_TOKEN}",
                "MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs",
                "{{ discord_bot_token }}", "xxxxxxxxxxxxxxxxxxxxxxxx.xxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "[REDACTED]", "TOKEN_HERE", "dein-bot-token-hier", "<token>"],
    "slack_bot": ["xoxb-your-token", "xoxb-not-a-real-token-this-will-not-work",
                  "xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX",
                  "${SLACK_BOT_TOKEN}", "<slack-bot-token>", "{{ slack_token }}",
                  "xoxb-****"],
    "slack_user": ["xoxp-your-user-token", "${SLACK_USER_TOKEN}",
                   "xoxp-XXXXXXXXXX-XXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                   "<xoxp-token>"],
    "slack_app": ["xapp-your-app-level-token", "${SLACK_APP_TOKEN}", "<xapp-token>",
                  "xapp-1-XXXXXXXXXXX-XXXXXXXXXXXXX-XXXX"],
    "slack_hook": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                   "${SLACK_WEBHOOK_URL}", "https://hooks.slack.com/services/YOUR/WEBHOOK/URL",
                   "<slack-webhook-url>"],
    "telegram": ["123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11",
                 "110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", "<BOT_TOKEN>",
                 "${TELEGRAM_BOT_TOKEN}", "YOUR_TELEGRAM_TOKEN", "123456789:XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
    "matrix": ["<access_token>", "YOUR_ACCESS_TOKEN", "${MATRIX_ACCESS_TOKEN}", "syt_...",
               "MATRIX_TOKEN_HERE", "{{ matrix_bot_access_token }}"],
    "ts3": ["<query-password>", "${TS3_QUERY_PASSWORD}", "changeme", "XXXXXXXX"],
}
NEG_VALUES["pw_url"] = [v for v in NEG_VALUES["pw"] if v.isalnum() or v in ("xxxxxxxx", "REPLACE_ME")]


# ---------------------------------------------------------------- templates
TEMPLATES = []


def tpl(name, provider, kind, ftype, gen, negx=(), noempty=False):
    def deco(fn):
        TEMPLATES.append(dict(name=name, provider=provider, kind=kind, ftype=ftype,
                              gen=gen, negx=list(negx), noempty=noempty, fn=fn))
        return fn
    return deco


def irssi_path():
    return ch(["dotfiles/irssi/config", ".irssi/config", "home/.irssi/config",
               "roles/irssi/files/config", "config/irssi/config", "irssi/config"])


def irssi_servers(extra_pw=None, pos=0):
    out = ["servers = ("]
    nets = R.sample(NETS, R.randint(2, 4))
    blocks = []
    for i, (nm, host, cn) in enumerate(nets):
        b = ["  {", f'    address = "{host}";', f'    chatnet = "{cn}";',
             f'    port = "{port_tls()}";']
        if extra_pw is not None and i == pos % len(nets):
            b.append(f'    password = "{extra_pw}";')
        b += ['    use_tls = "yes";', '    tls_verify = "yes";',
              f'    autoconnect = "{ch(["yes", "no"])}";', "  }"]
        blocks.append("\n".join(b))
    out.append(",\n".join(blocks))
    out.append(");")
    return "\n".join(out), nets


def irssi_tail():
    cs = chans()
    parts = ["", "channels = ("]
    parts.append(",\n".join(f'  {{ name = "{c}"; chatnet = "{ch(NETS)[2]}"; autojoin = "yes"; }}' for c in cs))
    parts += [");", "", "settings = {", "  core = {",
              f'    real_name = "{ch(["Alice", "Bob K.", "Jörg", "María", "anon"])}";',
              f'    user_name = "{nick()}";', f'    nick = "{nick()}";',
              "  };", '  "fe-common/core" = {', '    theme = "default";',
              '    autolog = "yes";', '    autolog_path = "~/irclogs/$tag/$0.log";',
              "  };", "};"]
    return "\n".join(parts)


@tpl("irssi_server_password", "irssi", "irc_server_password", "libconfig", "pw")
def _(v):
    s, nets = irssi_servers(v, R.randint(0, 3))
    return irssi_path(), s + "\n\nchatnets = {\n  " + ";\n  ".join(
        f'{n[2]} = {{ type = "IRC"; }}' for n in nets) + ";\n};\n" + irssi_tail() + "\n"


@tpl("irssi_sasl", "irssi", "sasl_password", "libconfig", "pw")
def _(v):
    s, nets = irssi_servers()
    n = nick()
    cn = []
    tgt = R.randrange(len(nets))
    for i, x in enumerate(nets):
        if i == tgt:
            cn.append(f'  {x[2]} = {{\n    type = "IRC";\n    sasl_mechanism = "PLAIN";\n'
                      f'    sasl_username = "{n}";\n    sasl_password = "{v}";\n  }};')
        else:
            cn.append(f'  {x[2]} = {{ type = "IRC"; max_kicks = "1"; max_msgs = "4"; }};')
    return irssi_path(), s + "\n\nchatnets = {\n" + "\n".join(cn) + "\n};\n" + irssi_tail() + "\n"


@tpl("irssi_autosendcmd", "irssi", "nickserv_password", "libconfig", "pw", noempty=True)
def _(v):
    s, nets = irssi_servers()
    n = nick()
    tgt = R.randrange(len(nets))
    cn = []
    for i, x in enumerate(nets):
        if i == tgt:
            cmd = ch([f"/msg NickServ IDENTIFY {n} {v}; wait 2000",
                      f"/^msg nickserv identify {v};wait -{x[2]} 2000",
                      f"/quote PRIVMSG NickServ :IDENTIFY {v}"])
            cn.append(f'  {x[2]} = {{\n    type = "IRC";\n    autosendcmd = "{cmd}";\n  }};')
        else:
            cn.append(f'  {x[2]} = {{ type = "IRC"; }};')
    return irssi_path(), s + "\n\nchatnets = {\n" + "\n".join(cn) + "\n};\n" + irssi_tail() + "\n"


@tpl("irssi_oper", "irssi", "oper_password", "libconfig", "pw", noempty=True)
def _(v):
    s, nets = irssi_servers()
    n = nick().strip("`|_")
    x = nets[0]
    cn = (f'  {x[2]} = {{\n    type = "IRC";\n    # oper up on our own network\n'
          f'    autosendcmd = "/oper {n} {v}; /mode $N +s +cCkK";\n  }};')
    return irssi_path(), s + "\n\nchatnets = {\n" + cn + "\n};\n" + irssi_tail() + "\n"


@tpl("irssi_startup", "irssi", "sasl_password", "irssi-script", "pw", noempty=True)
def _(v):
    nm, host, cn = net()
    n = nick()
    lines = [f"/network add -nick {n} {cn}",
             f"/network add -sasl_username {n} -sasl_password {v} -sasl_mechanism PLAIN {cn}",
             f"/server add -auto -tls -network {cn} {host} {port_tls()}"]
    pre = [f"/set nick {n}", "/set real_name " + ch(["Ich", "just me", "n/a"]), "/set autolog on"]
    post = [f"/channel add -auto {c} {cn}" for c in chans()] + ["/save"]
    return ch(["dotfiles/irssi/startup", ".irssi/startup", "irssi/startup"]), "\n".join(pre + lines + post) + "\n"


@tpl("irssi_proxy", "irssi", "bouncer_password", "libconfig", "pw")
def _(v):
    s, nets = irssi_servers()
    return irssi_path(), (s + "\n\nsettings = {\n  core = { real_name = \"irssi proxy\"; };\n"
                          "  \"irssi-proxy\" = {\n"
                          f"    irssiproxy_ports = \"{nets[0][2]}=2777\";\n"
                          f"    irssiproxy_password = \"{v}\";\n"
                          "    irssiproxy_bind = \"127.0.0.1\";\n  };\n};\n")


def weechat_header(name):
    return [f"#", f"# weechat -- {name}", "#", "# WARNING: It is NOT recommended to edit this file by hand,",
            "# especially if WeeChat is running.", "#", "# Use commands like /set or /fset to change settings in WeeChat.",
            "#", "# For more info, see: https://weechat.org/doc/weechat/quickstart/", "#", "",
            "[meta]", f"version = {ch([1, 2, 3, 4])}", ""]


def weechat_irc(slot, v, sid=None, addr=None):
    nets = R.sample(NETS, R.randint(1, 3))
    lines = weechat_header("irc.conf")
    lines += ["[look]", "buffer_switch_autojoin = on", "color_nicks_in_names = off",
              "server_buffer = independent", "", "[server_default]",
              f'nicks = "{nick()},{nick()}"', 'realname = ""', 'sasl_mechanism = plain',
              "tls = on", "", "[server]"]
    tgt = R.randrange(len(nets))
    for i, (nm, host, cn) in enumerate(nets):
        cn = cn if not (sid and i == tgt) else sid
        if addr and i == tgt:
            host = addr
        lines += [f'{cn}.addresses = "{host}/{port_tls()}"', f"{cn}.tls = on",
                  f'{cn}.autoconnect = {ch(["on", "off"])}']
        if i == tgt:
            if slot == "password":
                lines.append(f'{cn}.password = "{v}"')
            elif slot == "sasl":
                lines += [f'{cn}.sasl_mechanism = plain', f'{cn}.sasl_username = "{nick()}"',
                          f'{cn}.sasl_password = "{v}"']
            else:
                lines.append(f'{cn}.command = "/msg nickserv identify {v};/wait 2 /mode $nick +i"')
        lines.append(f'{cn}.autojoin = "{",".join(chans())}"')
    return lines


def weechat_path(f):
    return ch([f"dotfiles/weechat/{f}", f".config/weechat/{f}", f".weechat/{f}",
               f"home/weechat/{f}", f"roles/weechat/templates/{f}"])


@tpl("weechat_znc_password", "weechat", "bouncer_password", "ini", "pw",
     negx=["${sec.data.znc}", "${sec.data.bouncer}"])
def _(v):
    u = nick()
    nm, host, cn = net()
    val = v if (not v or v.startswith("$") or v.startswith("<")) else f"{u}/{cn}:{v}"
    lines = weechat_irc("password", val, sid="znc-" + cn,
                        addr=ch(["bnc.example-home.de", "znc.mydomain.net", "10.0.0.5"]))
    return weechat_path("irc.conf"), "\n".join(lines) + "\n"


@tpl("weechat_sasl", "weechat", "sasl_password", "ini", "pw",
     negx=["${sec.data.libera}", "${sec.data.sasl_pass}", "${sec.data.oftc}"])
def _(v):
    return weechat_path("irc.conf"), "\n".join(weechat_irc("sasl", v)) + "\n"


@tpl("weechat_command", "weechat", "nickserv_password", "ini", "pw", noempty=True,
     negx=["${sec.data.nickserv}"])
def _(v):
    return weechat_path("irc.conf"), "\n".join(weechat_irc("command", v)) + "\n"


@tpl("weechat_sec_plain", "weechat", "sasl_password", "ini", "pw")
def _(v):
    nm, host, cn = net()
    extra = [f'{x} = "{v if i == 0 else ""}"' for i, x in enumerate([cn])]
    lines = weechat_header("sec.conf") + ["[crypt]", "cipher = aes256", "hash_algo = sha256",
                                          "passphrase_command = \"\"", "salt = on", "",
                                          "[data]", "__passphrase__ = off"] + extra
    return weechat_path("sec.conf"), "\n".join(lines) + "\n"


@tpl("weechat_relay", "weechat", "relay_password", "ini", "pw", negx=["${sec.data.relay}"])
def _(v):
    lines = weechat_header("relay.conf") + [
        "[look]", "auto_open_buffer = on", "raw_messages = 256", "",
        "[network]", 'allowed_ips = ""', "allow_empty_password = off", 'bind_address = ""',
        "clients_purge_delay = 0", "compression = 20", "ipv6 = on", "max_clients = 5",
        "nonce_size = 16", f'password = "{v}"', 'password_hash_algo = "*"',
        "password_hash_iterations = 100000", "ssl_cert_key = \"${weechat_config_dir}/ssl/relay.pem\"",
        'totp_secret = ""', "", "[port]", f"weechat = {ch([9001, 9000, 8001])}"]
    return weechat_path("relay.conf"), "\n".join(lines) + "\n"


@tpl("weechat_secure_script", "weechat", "sasl_password", "shell", "pw", noempty=True)
def _(v):
    nm, host, cn = net()
    n = nick()
    body = ["#!/bin/sh", "# bootstrap weechat on a fresh box", "set -e", "",
            "weechat -r '/server add %s %s/%d -tls -autoconnect' \\" % (cn, host, port_tls())]
    body.append(ch([f"  -r '/secure set {cn} {v}' \\",
                    f"  -r '/set irc.server.{cn}.sasl_password {v}' \\"]))
    body += [f"  -r '/set irc.server.{cn}.sasl_username {n}' \\",
             f"  -r '/set irc.server.{cn}.sasl_mechanism plain' \\",
             f"  -r '/set irc.server.{cn}.autojoin {','.join(chans())}' \\", "  -r '/save'", ""]
    return ch(["scripts/setup-weechat.sh", "bin/weechat-bootstrap", "install/weechat.sh"]), "\n".join(body)


def hexchat_net(nm, host, extra):
    out = [f"N={nm}", f"I={nick()}", f"i={nick()}"]
    out += extra
    for c in chans():
        out.append(f"J={c}")
    out += [f"F={ch([19, 23, 27, 31])}", "D=0", f"S={host}/{port_tls() if R.random() < .5 else '+6697'}"]
    return out


@tpl("hexchat_servlist_pass", "hexchat", "irc_server_password", "servlist", "pw")
def _(v):
    nets = R.sample(NETS, R.randint(2, 5))
    tgt = R.randrange(len(nets))
    lines = [f"v={ch(['2.14.3', '2.16.1', '2.16.2', '2.12.4'])}", ""]
    for i, (nm, host, cn) in enumerate(nets):
        ex = [f"U={nick()}", f"R={ch(['realname', 'Anon', 'Hans Wurst'])}"]
        if i == tgt:
            ex += [f"P={v}", f"L={ch([6, 6, 7, 1])}"]
        lines += hexchat_net(nm, host, ex) + [""]
    return ch(["dotfiles/hexchat/servlist.conf", ".config/hexchat/servlist.conf",
               "hexchat/servlist.conf", "AppData/Roaming/HexChat/servlist.conf"]), "\n".join(lines)


@tpl("xchat_servlist_nickserv", "xchat", "nickserv_password", "servlist", "pw")
def _(v):
    nets = R.sample(NETS, R.randint(2, 4))
    tgt = R.randrange(len(nets))
    lines = ["v=2.8.8", ""]
    for i, (nm, host, cn) in enumerate(nets):
        ex = [f"U={nick()}"]
        if i == tgt:
            ex += [f"B={v}"]
        lines += hexchat_net(nm, host, ex) + [""]
    return ch(["dotfiles/xchat2/servlist_.conf", ".xchat2/servlist_.conf"]), "\n".join(lines)


@tpl("hexchat_connect_cmd", "hexchat", "nickserv_password", "servlist", "pw", noempty=True)
def _(v):
    nets = R.sample(NETS, R.randint(1, 4))
    tgt = R.randrange(len(nets))
    lines = ["v=2.16.1", ""]
    for i, (nm, host, cn) in enumerate(nets):
        ex = []
        if i == tgt:
            ex += [f"C=msg NickServ IDENTIFY {v}", "C=mode %n +R"]
        lines += hexchat_net(nm, host, ex) + [""]
    return ch(["dotfiles/hexchat/servlist.conf", ".config/hexchat/servlist.conf"]), "\n".join(lines)


@tpl("mirc_perform", "mirc", "nickserv_password", "ini", "pw", noempty=True)
def _(v):
    n = nick()
    lines = ["[perform]"]
    k = 0
    for nm, host, cn in R.sample(NETS, R.randint(1, 3)):
        lines.append(f"n{k}=/if ($network == {nm}) {{ /join {','.join(chans())} }}")
        k += 1
    lines.insert(R.randint(1, len(lines)), f"n{k}=/msg NickServ IDENTIFY {n} {v}")
    lines = [lines[0]] + [f"n{i}=" + l.split("=", 1)[1] for i, l in enumerate(lines[1:])]
    return ch(["mIRC/perform.ini", "dotfiles/mirc/perform.ini", "AppData/Roaming/mIRC/perform.ini"]), "\r\n".join(lines) + "\r\n"


@tpl("mirc_remote", "mirc", "nickserv_password", "mirc-script", "pw", noempty=True)
def _(v):
    nm, host, cn = net()
    lines = ["[script]", "n0=; auto identify + join",
             "n1=on *:CONNECT:{",
             f"n2=  if ($network == {nm}) {{",
             f"n3=    .msg NickServ IDENTIFY {v}",
             f"n4=    .timer 1 3 join {','.join(chans())}",
             "n5=  }", "n6=}", "n7=on *:NOTICE:*You are now identified*:?:{ echo -s identified }"]
    return ch(["mIRC/scripts/remote.ini", "mirc/remote.ini", "dotfiles/mirc/autoid.mrc"]), "\r\n".join(lines) + "\r\n"


@tpl("konversation_identity", "konversation", "nickserv_password", "ini", "pw")
def _(v):
    n = nick()
    nm, host, cn = net()
    lines = ["[Identity 0]", "AuthType=" + ch(["nickserv", "saslplain"]), "AwayMessage=/me is away: %s",
             "Bot=NickServ", "Codec=UTF-8", f"Ident={n}", "Name=Default Identity",
             f"Nicknames={n},{n}_,{n}__", f"Password={v}", "PartReason=Konversation terminated!",
             f"Realname={ch(['Max Mustermann', 'Anna', 'n/a'])}", f"SaslAccount={n}", "",
             "[Server 0]", f"Port={port_tls()}", f"Server={host}", "SSLEnabled=true", "",
             "[ServerGroup 0]", "AutoConnect=true", f"AutoJoinChannels={','.join(chans())}",
             "Identity=Default Identity", f"Name={nm}", "ServerList=Server 0"]
    return ch(["dotfiles/konversationrc", ".config/konversationrc", "kde/konversationrc"]), "\n".join(lines) + "\n"


@tpl("quassel_client", "quassel", "bouncer_password", "ini", "pw")
def _(v):
    host = ch(["quassel.example-home.de", "core.mydomain.net", "192.168.1.20", "vps.koderoot.net"])
    lines = ["[Config]", "Version=1", "", "[CoreAccounts]", "1\\AccountId=1",
             f"1\\AccountName={ch(['home', 'vps', 'Core'])}", f"1\\HostName={host}",
             "1\\Internal=false", f"1\\Password={v}", "1\\Port=4242", "1\\StorePassword=true",
             f"1\\User={nick()}", "1\\UseSsl=true", "LastAccount=1", "", "[UiStyle]",
             "ShowItemViewIcons=true"]
    return ch(["dotfiles/quassel-irc.org/quasselclient.conf", ".config/quassel-irc.org/quasselclient.conf"]), "\n".join(lines) + "\n"


@tpl("quassel_compose", "quassel", "database_password", "docker-compose", "pw")
def _(v):
    lines = ["version: \"3.7\"", "services:", "  quassel-core:",
             "    image: lscr.io/linuxserver/quassel-core:latest", "    environment:",
             "      - PUID=1000", "      - PGID=1000", "      - TZ=Europe/Berlin",
             "      - RUN_OPTS=--config-from-environment", "      - DB_BACKEND=PostgreSQL",
             "      - DB_PGSQL_USERNAME=quassel", f"      - DB_PGSQL_PASSWORD={v}",
             "      - DB_PGSQL_HOSTNAME=db", "      - DB_PGSQL_PORT=5432",
             "      - AUTH_AUTHENTICATOR=Database", "    ports:", "      - 4242:4242",
             "    restart: unless-stopped", "  db:", "    image: postgres:15-alpine",
             "    environment:", "      POSTGRES_USER: quassel",
             "      POSTGRES_PASSWORD_FILE: /run/secrets/pg_pass"]
    return ch(["quassel/docker-compose.yml", "stacks/irc/docker-compose.yml", "docker-compose.yml"]), "\n".join(lines) + "\n"


def lounge_user(netpw="", sasl="", cmds=None, saslacc=""):
    n = nick()
    nm, host, cn = net()
    u = {"password": "$2a$11$" + rs(ALNUM + "./", 53), "log": True,
         "sessions": {}, "clientSettings": {"theme": "morning", "coloredNicks": True},
         "browser": {"language": "en-US", "ip": "10.0.0.%d" % R.randint(2, 250)},
         "networks": [{"uuid": str(_uuid()), "name": nm, "host": host, "port": 6697,
                       "tls": True, "userDisconnected": False, "rejectUnauthorized": True,
                       "password": netpw, "nick": n, "username": n, "realname": n,
                       "leaveMessage": "", "sasl": "plain" if sasl else "",
                       "saslAccount": saslacc or (n if sasl else ""), "saslPassword": sasl,
                       "commands": cmds or [], "ignoreList": [],
                       "channels": [{"name": c, "key": ""} for c in chans()]}]}
    return json.dumps(u, indent=ch([1, 2, "\t"]), ensure_ascii=False)


def _uuid():
    h = rs(HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{ch('89ab')}{h[17:20]}-{h[20:]}"


def lounge_path():
    return ch([f"thelounge/users/{nick().strip('`|_')}.json", f"data/thelounge/users/{ch(NICK_BASES)}.json",
               f"srv/thelounge/users/{ch(NICK_BASES)}.json"])


@tpl("thelounge_sasl", "thelounge", "sasl_password", "json", "pw")
def _(v):
    return lounge_path(), lounge_user(sasl=v, saslacc=nick()) + "\n"


@tpl("thelounge_netpw", "thelounge", "irc_server_password", "json", "pw")
def _(v):
    return lounge_path(), lounge_user(netpw=v) + "\n"


@tpl("thelounge_commands", "thelounge", "nickserv_password", "json", "pw", noempty=True)
def _(v):
    return lounge_path(), lounge_user(cmds=["/msg NickServ IDENTIFY " + v, "/mode +i"]) + "\n"


def znc_global():
    return ["// WARNING", "//", "// Do NOT edit this file while ZNC is running!",
            "// Use webadmin or *controlpanel instead.", "//",
            "// Altering this file by hand will forfeit all support.", "//", "",
            f"Version = {ch(['1.8.2', '1.9.0', '1.7.5', '1.9.1'])}", "",
            "<Listener l>", f"\tPort = {ch([6697, 1337, 5000, 6501])}", "\tIPv4 = true",
            "\tIPv6 = true", "\tSSL = true", "</Listener>", ""]


def znc_passblock():
    return ["\t<Pass password>", "\t\tMethod = sha256", f"\t\tHash = {rs(HEX, 64)}",
            f"\t\tSalt = {rs(ALNUM + '!?.,:;/*-+_()', 20)}", "\t</Pass>"]


@tpl("znc_server_password", "znc", "irc_server_password", "znc-conf", "pw")
def _(v):
    u = nick().strip("`|")
    lines = znc_global() + [f"<User {u}>", "\tAdmin = true", f"\tNick = {u}", f"\tAltNick = {u}_",
                            f"\tIdent = {u}", "\tLoadModule = chansaver", "\tLoadModule = controlpanel"]
    lines += znc_passblock()
    nets = R.sample(NETS, R.randint(1, 3))
    tgt = R.randrange(len(nets))
    for i, (nm, host, cn) in enumerate(nets):
        lines += ["", f"\t<Network {cn}>", "\t\tIRCConnectEnabled = true", "\t\tLoadModule = simple_away"]
        srv = f"\t\tServer = {host} +{port_tls()}"
        if i == tgt:
            srv += f" {v}"
        lines.append(srv)
        for c in chans():
            lines += [f"\t\t<Chan {c}>", "\t\t</Chan>"]
        lines.append("\t</Network>")
    lines.append("</User>")
    return ch(["znc/configs/znc.conf", ".znc/configs/znc.conf", "roles/znc/files/znc.conf"]), "\n".join(lines) + "\n"


@tpl("znc_nixos", "znc", "irc_server_password", "nix", "pw")
def _(v):
    u = ch(NICK_BASES).replace("-", "")
    nm, host, cn = net()
    lines = ["{ config, pkgs, ... }:", "", "{", "  services.znc = {", "    enable = true;",
             "    mutable = false;", "    useLegacyConfig = false;", "    openFirewall = true;",
             "    config = {", f"      LoadModule = [ \"adminlog\" ];", f"      User.{u} = {{",
             "        Admin = true;", "        Pass.password = {", "          Method = \"sha256\";",
             f"          Hash = \"{rs(HEX, 64)}\";", f"          Salt = \"{rs(ALNUM, 20)}\";",
             "        };", f"        Network.{cn} = {{", f"          Server = \"{host} +6697 {v}\";",
             "          LoadModule = [ \"nickserv\" \"simple_away\" ];",
             f"          Chan = {{ \"{ch(CHANS)}\" = {{ }}; }};", "        };", "      };", "    };",
             "  };", "}"]
    return ch(["hosts/bouncer/znc.nix", "modules/services/znc.nix", "nixos/znc.nix"]), "\n".join(lines) + "\n"


@tpl("znc_sasl_registry", "znc", "sasl_password", "kv", "pw")
def _(v):
    n = nick().strip("`|")
    nm, host, cn = net()
    lines = ["mechanism PLAIN", "require_auth yes", f"username {n}", f"password {v}"]
    R.shuffle(lines)
    return f"znc/users/{n}/networks/{cn}/moddata/sasl/.registry", "\n".join(lines) + "\n"


@tpl("eggdrop_server", "eggdrop", "irc_server_password", "tcl", "pw")
def _(v):
    nm, host, cn = net()
    n = nick().strip("`|")
    lines = ["#! /path/to/executable/eggdrop", "# ^- This should contain a fully qualified path to Eggdrop.",
             "", "##### BASIC SETTINGS #####", f'set username "{n}"', f'set admin "{ch(NICK_BASES)} <email: ops@example-lab.net>"',
             f'set network "{nm}"', 'set timezone "CET"', "", "##### SERVER MODULE #####",
             "loadmodule server", f'set net-type "{nm}"', f'set nick "{n}"', f'set altnick "{n}??"',
             'set realname "/msg LamestBot hello"', "",
             f"server add {host} +{port_tls()} {v}", "", "set default-port 6667",
             "set msg-rate 2", "loadmodule channels", 'set chanfile "LamestBot.chan"']
    return ch(["eggdrop/eggdrop.conf", "bots/eggdrop/LamestBot.conf", "eggdrop.conf"]), "\n".join(lines) + "\n"


@tpl("eggdrop_identify_tcl", "eggdrop", "nickserv_password", "tcl", "pw")
def _(v):
    lines = ["# identify.tcl -- auto identify to NickServ", "",
             f'set ns_nick "NickServ"', f'set ns_pass "{v}"', "",
             "bind evnt - init-server ns:identify", "proc ns:identify {type} {",
             "  global ns_nick ns_pass botnick",
             '  putquick "PRIVMSG $ns_nick :IDENTIFY $botnick $ns_pass"',
             '  putlog "identified to $ns_nick"', "}", "", 'putlog "identify.tcl loaded"']
    return ch(["eggdrop/scripts/identify.tcl", "scripts/nickserv.tcl"]), "\n".join(lines) + "\n"


def limnoria_lines(slot, v):
    nm, host, cn = net()
    n = nick().strip("`|")
    L = ["###", "# Determines the bot's default nick.", "#", "# Default value: supybot", "###",
         f"supybot.nick: {n}", "supybot.nick.alternates: %s` %s_", f"supybot.ident: {n.lower()}",
         "supybot.user: Limnoria $version", "", "###", "# Determines what networks the bot will connect to.", "###",
         f"supybot.networks: {cn}", f"supybot.networks.{cn}.password: {v if slot == 'server' else ''}",
         f"supybot.networks.{cn}.servers: {host}:6697", f"supybot.networks.{cn}.ssl: True",
         f"supybot.networks.{cn}.channels: {' '.join(chans())}",
         f"supybot.networks.{cn}.sasl.username: {n if slot == 'sasl' else ''}",
         f"supybot.networks.{cn}.sasl.password: {v if slot == 'sasl' else ''}",
         f"supybot.networks.{cn}.sasl.mechanisms: ecdsa-nist256p-challenge external plain",
         "", "supybot.reply.whenNotCommand: False", "supybot.log.level: INFO"]
    return L


@tpl("limnoria_sasl", "limnoria", "sasl_password", "supybot-conf", "pw")
def _(v):
    return ch(["limnoria/mybot.conf", "bot/supybot.conf", "limnoria/conf/bot.conf"]), "\n".join(limnoria_lines("sasl", v)) + "\n"


@tpl("limnoria_server", "limnoria", "irc_server_password", "supybot-conf", "pw")
def _(v):
    return ch(["limnoria/mybot.conf", "bot/supybot.conf"]), "\n".join(limnoria_lines("server", v)) + "\n"


def sopel_cfg(a, b):
    nm, host, cn = net()
    n = nick().strip("`|")
    L = ["[core]", f"nick = {n}", f"host = {host}", "use_ssl = true", "verify_ssl = true",
         f"port = {port_tls()}", f"owner = {ch(NICK_BASES)}", f"channels =\n    " + "\n    ".join(chans()),
         "prefix = \\.", "logdir = /var/log/sopel"]
    L += a
    L += ["", "[admin]", "hold_ground = false", "", "[url]", "enable_auto_title = true"] + b
    return "\n".join(L) + "\n"


def sopel_path():
    return ch(["sopel/default.cfg", ".sopel/default.cfg", "deploy/sopel/mybot.cfg"])


@tpl("sopel_nickserv", "sopel", "nickserv_password", "ini", "pw")
def _(v):
    return sopel_path(), sopel_cfg(["auth_method = nickserv", f"auth_username = {nick()}", f"auth_password = {v}"], [])


@tpl("sopel_server_sasl", "sopel", "sasl_password", "ini", "pw")
def _(v):
    return sopel_path(), sopel_cfg(["server_auth_method = sasl", f"server_auth_username = {nick()}",
                                    f"server_auth_password = {v}", "server_auth_sasl_mech = PLAIN"], [])


def mb_general():
    return ["[general]", "RemoteNickFormat=\"[{PROTOCOL}] <{NICK}> \"", "MediaDownloadSize=1000000", ""]


def mb_gateway(accounts):
    L = ["", "[[gateway]]", f"name=\"{ch(['main', 'community', 'ops-bridge', 'gw1'])}\"", "enable=true"]
    for a, chn in accounts:
        L += ["", "    [[gateway.inout]]", f"    account=\"{a}\"", f"    channel=\"{chn}\""]
    return L


@tpl("matterbridge_irc", "matterbridge", "nickserv_password", "toml", "pw")
def _(v):
    nm, host, cn = net()
    n = nick()
    L = mb_general() + [f"[irc.{cn}]", f"Server=\"{host}:6697\"", f"Nick=\"{n}\"", f"NickServNick=\"{n}\"",
                        f"NickServPassword=\"{v}\"", "UseTLS=true", "UseSASL=" + ch(["true", "false"]),
                        "SkipTLSVerify=false", "", "[discord.mydiscord]", "Token=\"${MATTERBRIDGE_DISCORD_TOKEN}\"",
                        f"Server=\"{ch(['My Server', 'Hackspace', '1056432198765432109'])}\""]
    L += mb_gateway([(f"irc.{cn}", ch(CHANS)), ("discord.mydiscord", "general")])
    return ch(["matterbridge/matterbridge.toml", "matterbridge.toml", "deploy/matterbridge.toml"]), "\n".join(L) + "\n"


@tpl("matterbridge_discord", "discord", "bot_token", "toml", "discord")
def _(v):
    nm, host, cn = net()
    L = mb_general() + [f"[irc.{cn}]", f"Server=\"{host}:6697\"", f"Nick=\"{nick()}\"", "UseTLS=true", "",
                        "[discord.mydiscord]", f"Token=\"{v}\"",
                        f"Server=\"{ch(['Hackspace', 'Gaming', 'dev-community'])}\"", "AutoWebhooks=true",
                        "PreserveThreading=true"]
    L += mb_gateway([(f"irc.{cn}", ch(CHANS)), ("discord.mydiscord", ch(["general", "irc", "bridge"]))])
    return ch(["matterbridge/matterbridge.toml", "matterbridge.toml"]), "\n".join(L) + "\n"


@tpl("matterbridge_slack", "slack", "bot_token", "toml", "slack_bot")
def _(v):
    nm, host, cn = net()
    L = mb_general() + ["[slack.work]", f"Token=\"{v}\"", "PrefixMessagesWithNick=true",
                        "UseFullName=true", "", f"[irc.{cn}]", f"Server=\"{host}:6697\"", f"Nick=\"{nick()}\"",
                        "UseTLS=true", "NickServPassword=\"\""]
    L += mb_gateway([("slack.work", ch(["irc", "general", "ops"])), (f"irc.{cn}", ch(CHANS))])
    return ch(["matterbridge/matterbridge.toml", "config/matterbridge.toml"]), "\n".join(L) + "\n"


@tpl("matterbridge_telegram", "telegram", "bot_token", "toml", "telegram")
def _(v):
    nm, host, cn = net()
    L = mb_general() + ["[telegram.tg]", f"Token=\"{v}\"", "MessageFormat=\"HTMLNick\"",
                        "QuoteFormat=\"{MESSAGE} (re @{QUOTENICK}: {QUOTEMESSAGE})\"", "",
                        f"[irc.{cn}]", f"Server=\"{host}:6697\"", f"Nick=\"{nick()}\""]
    L += mb_gateway([("telegram.tg", "-100%d" % R.randint(10 ** 9, 10 ** 10 - 1)), (f"irc.{cn}", ch(CHANS))])
    return ch(["matterbridge/matterbridge.toml", "matterbridge.toml"]), "\n".join(L) + "\n"


@tpl("matterbridge_matrix", "matrix", "account_password", "toml", "pw")
def _(v):
    mx = ch(MX_SERVERS)
    nm, host, cn = net()
    L = mb_general() + ["[matrix.mx]", f"Server=\"https://{mx}\"", f"Login=\"{ch(['bridgebot', 'matterbridge', 'relay'])}\"",
                        f"Password=\"{v}\"", "RemoteNickFormat=\"[{PROTOCOL}] <{NICK}> \"", "NoHomeServerSuffix=false", "",
                        f"[irc.{cn}]", f"Server=\"{host}:6697\"", f"Nick=\"{nick()}\""]
    L += mb_gateway([("matrix.mx", f"#{ch(['general', 'offtopic', 'dev'])}:{mx}"), (f"irc.{cn}", ch(CHANS))])
    return ch(["matterbridge/matterbridge.toml", "bridge/matterbridge.toml"]), "\n".join(L) + "\n"


@tpl("bitlbee_conf", "bitlbee", "oper_password", "ini", "pw")
def _(v):
    key = ch(["AuthPassword", "OperPassword"])
    L = ["## BitlBee default configuration file", "##", "[settings]", "RunMode = ForkDaemon",
         "User = bitlbee", "DaemonInterface = 127.0.0.1", "DaemonPort = 6667",
         "AuthMode = " + ("Closed" if key == "AuthPassword" else "Open"),
         f"{key} = {v}", "HostName = localhost", "ConfigDir = /var/lib/bitlbee",
         "Motd = /etc/bitlbee/motd.txt", "", "[defaults]", "private = 1"]
    return ch(["etc/bitlbee/bitlbee.conf", "roles/bitlbee/files/bitlbee.conf"]), "\n".join(L) + "\n"


@tpl("bitlbee_identify", "bitlbee", "account_password", "libconfig", "pw", noempty=True)
def _(v):
    s, nets = irssi_servers()
    cn = ('  bitlbee = {\n    type = "IRC";\n'
          f'    autosendcmd = "/msg &bitlbee identify {v}";\n  }};')
    s = s.replace("servers = (\n", "servers = (\n  { address = \"localhost\"; chatnet = \"bitlbee\"; port = \"6667\"; autoconnect = \"yes\"; },\n", 1)
    return irssi_path(), s + "\n\nchatnets = {\n" + cn + "\n};\n"


def pidgin_account(proto, name, pw, alias=""):
    L = ["\t<account>", f"\t\t<protocol>{proto}</protocol>", f"\t\t<name>{name}</name>"]
    if pw is not None:
        L.append(f"\t\t<password>{pw}</password>")
    if alias:
        L.append(f"\t\t<alias>{alias}</alias>")
    L += ["\t\t<statuses>", "\t\t\t<status type='available' name='Available' active='true'>",
          "\t\t\t\t<attributes/>", "\t\t\t</status>", "\t\t</statuses>",
          "\t\t<settings>", "\t\t\t<setting name='check-mail' type='bool'>0</setting>",
          f"\t\t\t<setting name='connection_security' type='string'>require_tls</setting>",
          "\t\t</settings>", "\t</account>"]
    return L


@tpl("pidgin_xmpp", "pidgin", "xmpp_password", "xml", "pw")
def _(v):
    jid = f"{nick().strip('`|')}@{ch(XMPP_DOMAINS)}/{ch(['Home', 'laptop', 'pidgin', 'work'])}"
    L = ["<?xml version='1.0' encoding='UTF-8' ?>", "", "<account version='1.0'>"]
    accs = [pidgin_account("prpl-jabber", jid, v, ch(["", "Ich", "Me"]))]
    if R.random() < 0.6:
        nm, host, cn = net()
        accs.append(pidgin_account("prpl-irc", f"{nick()}@{host}", None))
    R.shuffle(accs)
    for a in accs:
        L += a
    L.append("</account>")
    return ch([".purple/accounts.xml", "dotfiles/purple/accounts.xml", "pidgin/accounts.xml"]), "\n".join(L) + "\n"


@tpl("pidgin_irc", "pidgin", "nickserv_password", "xml", "pw")
def _(v):
    nm, host, cn = net()
    L = ["<?xml version='1.0' encoding='UTF-8' ?>", "", "<account version='1.0'>"]
    L += pidgin_account("prpl-irc", f"{nick().strip('`|')}@{host}", v)
    L.append("</account>")
    return ch([".purple/accounts.xml", "dotfiles/purple/accounts.xml"]), "\n".join(L) + "\n"


@tpl("gajim_config", "gajim", "xmpp_password", "gajim-config", "pw")
def _(v):
    acc = ch(["work", "home", "jabber", "conversations"])
    u = nick().strip("`|")
    d = ch(XMPP_DOMAINS)
    L = ["show_roster_on_startup = always", "print_time = always", "use_kib_mib = False",
         f"accounts.{acc}.name = {u}", f"accounts.{acc}.hostname = {d}",
         f"accounts.{acc}.resource = gajim.{rs(UPPER + DIG, 8)}", f"accounts.{acc}.savepass = True",
         f"accounts.{acc}.password = {v}", f"accounts.{acc}.priority = 5",
         f"accounts.{acc}.autoconnect = True", f"accounts.{acc}.sync_with_global_status = True",
         f"accounts.{acc}.use_ft_proxies = False"]
    return ch(["dotfiles/gajim/config", ".config/gajim/config"]), "\n".join(L) + "\n"


@tpl("profanity_accounts", "profanity", "xmpp_password", "ini", "pw")
def _(v):
    u = nick().strip("`|")
    d = ch(XMPP_DOMAINS)
    L = [f"[{u}@{d}]", "enabled=true", f"jid={u}@{d}", f"server={d}", "resource=profanity",
         f"password={v}", "presence.last=online", "priority.online=0", "tls.policy=force",
         "otr.policy=opportunistic", f"muc.service=conference.{d}", f"muc.nick={u}"]
    return ch(["dotfiles/profanity/accounts", ".local/share/profanity/accounts"]), "\n".join(L) + "\n"


@tpl("slixmpp_bot", "xmpp", "xmpp_password", "python", "pw")
def _(v):
    jid = f"{ch(['bot', 'alerts', 'notify', 'echobot'])}@{ch(XMPP_DOMAINS)}"
    L = ["#!/usr/bin/env python3", "import logging", "", "import slixmpp", "", "",
         f"JID = \"{jid}\"", f"PASSWORD = \"{v}\"", f"ROOM = \"{ch(['ops', 'alerts', 'lounge'])}@conference.{jid.split('@')[1]}\"", "",
         "", "class AlertBot(slixmpp.ClientXMPP):", "    def __init__(self, jid, password, room, nick):",
         "        super().__init__(jid, password)", "        self.room = room", "        self.nick = nick",
         "        self.add_event_handler('session_start', self.start)", "",
         "    async def start(self, event):", "        self.send_presence()", "        await self.get_roster()",
         "        self.plugin['xep_0045'].join_muc(self.room, self.nick)", "", "",
         "if __name__ == '__main__':", "    logging.basicConfig(level=logging.INFO)",
         "    xmpp = AlertBot(JID, PASSWORD, ROOM, 'alertbot')", "    xmpp.register_plugin('xep_0045')",
         "    xmpp.connect()", "    xmpp.process(forever=True)"]
    return ch(["bots/xmpp/alertbot.py", "alertbot/bot.py", "scripts/xmpp_notify.py"]), "\n".join(L) + "\n"


@tpl("errbot_xmpp", "errbot", "xmpp_password", "python", "pw")
def _(v):
    jid = f"err@{ch(XMPP_DOMAINS)}"
    L = ["import logging", "", "BACKEND = 'XMPP'", "BOT_DATA_DIR = r'/srv/errbot/data'",
         "BOT_EXTRA_PLUGIN_DIR = r'/srv/errbot/plugins'", "BOT_LOG_FILE = r'/srv/errbot/errbot.log'",
         "BOT_LOG_LEVEL = logging.INFO", "", "BOT_IDENTITY = {", f"    'username': '{jid}',",
         f"    'password': '{v}',", "}", "", f"BOT_ADMINS = ('{nick().strip('`|')}@{jid.split('@')[1]}',)",
         f"CHATROOM_PRESENCE = ('{ch(['ops', 'dev'])}@conference.{jid.split('@')[1]}',)",
         "CHATROOM_FN = 'Errbot'", "BOT_PREFIX = '!'"]
    return ch(["errbot/config.py", "chatops/config.py"]), "\n".join(L) + "\n"


@tpl("errbot_slack", "slack", "bot_token", "python", "slack_bot")
def _(v):
    L = ["import logging", "", "BACKEND = 'SlackV3'", "BOT_DATA_DIR = r'/srv/errbot/data'",
         "BOT_LOG_LEVEL = logging.INFO", "", "BOT_IDENTITY = {", f"    'token': '{v}',",
         "    # 'signing_secret': os.environ['SLACK_SIGNING_SECRET'],", "}", "",
         f"BOT_ADMINS = ('@{ch(NICK_BASES)}',)", "BOT_PREFIX = '!'", "BOT_ALT_PREFIXES = ('@errbot',)"]
    return ch(["errbot/config.py", "chatops/errbot/config.py"]), "\n".join(L) + "\n"


@tpl("prosody_component", "prosody", "component_secret", "lua", "pw")
def _(v):
    d = ch(XMPP_DOMAINS)
    comp = ch(["irc", "biboumi", "slidge", "spectrum", "bridge"]) + "." + d
    L = ["-- Prosody configuration", "admins = { \"admin@" + d + "\" }",
         "modules_enabled = {", "    \"roster\"; \"saslauth\"; \"tls\"; \"disco\"; \"carbons\"; \"pep\";",
         "    \"blocklist\"; \"vcard4\"; \"mam\"; \"csi_simple\";", "}",
         "c2s_require_encryption = true", "s2s_secure_auth = true",
         "authentication = \"internal_hashed\"", "", f"VirtualHost \"{d}\"", "",
         f"Component \"conference.{d}\" \"muc\"", "    modules_enabled = { \"muc_mam\" }", "",
         f"Component \"{comp}\"", f"    component_secret = \"{v}\""]
    return ch(["prosody/prosody.cfg.lua", "etc/prosody/conf.d/" + d + ".cfg.lua"]), "\n".join(L) + "\n"


@tpl("ejabberd_service", "ejabberd", "component_secret", "yaml", "pw")
def _(v):
    d = ch(XMPP_DOMAINS)
    L = ["hosts:", f"  - {d}", "", "loglevel: info", "", "certfiles:",
         f"  - /etc/ejabberd/certs/{d}.pem", "", "listen:", "  -", "    port: 5222",
         "    ip: \"::\"", "    module: ejabberd_c2s", "    starttls_required: true",
         "  -", "    port: 5347", "    ip: \"127.0.0.1\"", "    module: ejabberd_service",
         "    hosts:", f"      \"irc.{d}\":", f"        password: \"{v}\"", "",
         "acl:", "  admin:", f"    user: admin@{d}"]
    return ch(["ejabberd/ejabberd.yml", "conf/ejabberd.yml"]), "\n".join(L) + "\n"


@tpl("discord_irc_json", "discord", "bot_token", "json", "discord")
def _(v):
    nm, host, cn = net()
    cfg = [{"nickname": ch(["discord-bridge", "dcbridge", "relay"]), "server": host, "port": 6697,
            "discordToken": v, "autoSendCommands": [["MODE", "discord-bridge", "+B"]],
            "channelMapping": {"#" + ch(["general", "irc", "dev"]): ch(CHANS)},
            "ircOptions": {"secure": True, "floodProtection": True},
            "ircNickColor": True, "commandCharacters": ["!", "."]}]
    return ch(["discord-irc/config.json", "config/discord-irc.json"]), json.dumps(cfg, indent=2) + "\n"


@tpl("slack_irc_json", "slack", "bot_token", "json", "slack_bot")
def _(v):
    nm, host, cn = net()
    cfg = [{"nickname": "slackbridge", "server": host, "token": v,
            "channelMapping": {"#" + ch(["general", "irc", "ops"]): ch(CHANS)},
            "ircOptions": {"port": 6697, "secure": True}, "muteSlackbot": True}]
    return ch(["slack-irc/config.json", "config.json"]), json.dumps(cfg, indent=2) + "\n"


@tpl("discord_systemd", "discord", "bot_token", "systemd", "discord")
def _(v):
    n = ch(["modbot", "music-bot", "ircrelay", "gatekeeper"])
    L = ["[Unit]", f"Description={n} Discord bot", "After=network-online.target", "Wants=network-online.target", "",
         "[Service]", "Type=simple", f"User={n}", f"WorkingDirectory=/opt/{n}",
         f"Environment=DISCORD_TOKEN={v}", "Environment=LOG_LEVEL=info",
         f"ExecStart=/opt/{n}/venv/bin/python -m {n.replace('-', '_')}", "Restart=on-failure",
         "RestartSec=10", "", "[Install]", "WantedBy=multi-user.target"]
    return f"deploy/systemd/{n}.service", "\n".join(L) + "\n"


@tpl("discord_compose", "discord", "bot_token", "docker-compose", "discord")
def _(v):
    L = ["services:", "  bot:", f"    image: ghcr.io/{ch(NICK_BASES).lower()}/discord-bot:{ch(['latest', '1.4.2', 'main'])}",
         "    restart: unless-stopped", "    environment:", f"      DISCORD_BOT_TOKEN: \"{v}\"",
         f"      DISCORD_GUILD_ID: \"{snowflake(2016, 2021)}\"", "      TZ: Europe/Amsterdam",
         "    volumes:", "      - ./data:/app/data"]
    return ch(["docker-compose.yml", "bot/docker-compose.yaml", "compose.yaml"]), "\n".join(L) + "\n"


@tpl("discord_py", "discord", "bot_token", "python", "discord")
def _(v):
    uid = discord_uid(v) if v and v[0] == "M" else str(snowflake())
    L = ["import discord", "from discord.ext import commands", "",
         f"# invite: https://discord.com/oauth2/authorize?client_id={uid}&scope=bot&permissions=274877975552",
         "intents = discord.Intents.default()", "intents.message_content = True", "",
         "bot = commands.Bot(command_prefix='!', intents=intents)", "", "",
         "@bot.event", "async def on_ready():", "    print(f'Logged in as {bot.user} (ID: {bot.user.id})')", "", "",
         "@bot.command()", "async def ping(ctx):", "    await ctx.send('pong')", "", "",
         f"bot.run('{v}')"]
    return ch(["bot.py", "src/bot.py", "discordbot/main.py"]), "\n".join(L) + "\n"


@tpl("discord_env", "discord", "bot_token", "dotenv", "discord")
def _(v):
    L = [f"DISCORD_TOKEN={v}", f"APPLICATION_ID={discord_uid(v) if v[:1] == 'M' else snowflake()}", "PREFIX=!",
         "LOG_LEVEL=info"]
    return ch(["bot/.env", ".env"]), "\n".join(L) + "\n"


@tpl("telegram_shell", "telegram", "bot_token", "shell", "telegram")
def _(v):
    L = ["#!/usr/bin/env bash", "# send ZNC / irssi highlights to my phone", "set -euo pipefail", "",
         f"TG_TOKEN='{v}'", f"TG_CHAT_ID='{R.randint(10 ** 7, 10 ** 10)}'", "",
         "msg=\"${1:-ping}\"", "curl -fsS -X POST \"https://api.telegram.org/bot${TG_TOKEN}/sendMessage\" \\",
         "  -d chat_id=\"${TG_CHAT_ID}\" --data-urlencode text=\"${msg}\" >/dev/null"]
    return ch(["bin/tg-notify", "scripts/notify-telegram.sh", ".local/bin/hilight2tg.sh"]), "\n".join(L) + "\n"


@tpl("telegram_url", "telegram", "bot_token", "shell", "telegram")
def _(v):
    L = ["#!/bin/sh", "# cron: */5 * * * * /usr/local/bin/check-bouncer", "",
         "if ! pgrep -x znc >/dev/null; then",
         f"  wget -qO- \"https://api.telegram.org/bot{v}/sendMessage?chat_id={R.randint(10 ** 7, 10 ** 10)}&text=znc%20down%20on%20$(hostname)\"",
         "fi"]
    return ch(["usr/local/bin/check-bouncer", "scripts/check-znc.sh"]), "\n".join(L) + "\n"


@tpl("telegram_ansible", "telegram", "bot_token", "yaml", "telegram")
def _(v):
    L = ["---", "# group_vars/chatbots.yml", "relay_user: relay", "relay_home: /opt/relay",
         f"telegram_bot_token: \"{v}\"", f"telegram_admin_ids:", f"  - {R.randint(10 ** 7, 10 ** 10)}",
         f"irc_server: {net()[1]}", f"irc_channels: {json.dumps(chans())}", "irc_use_tls: true"]
    return ch(["group_vars/chatbots.yml", "inventory/group_vars/relay/vars.yml"]), "\n".join(L) + "\n"


@tpl("matrix_commander_json", "matrix", "access_token", "json", "matrix")
def _(v):
    mx = ch(MX_SERVERS)
    d = {"homeserver": f"https://{mx}", "device_id": rs(UPPER, 10),
         "user_id": f"@{mx_local(v, ch(['bot', 'alerts', 'commander']))}:{mx}",
         "room_id": f"!{rs(string.ascii_letters, 18)}:{mx}", "access_token": v}
    return ch(["matrix-commander/credentials.json", ".config/matrix-commander/credentials.json"]), json.dumps(d, indent=4) + "\n"


@tpl("mjolnir_yaml", "matrix", "access_token", "yaml", "matrix")
def _(v):
    mx = ch(MX_SERVERS)
    L = [f"homeserverUrl: \"https://{mx}\"", f"rawHomeserverUrl: \"https://{mx}\"",
         "# Matrix access token for the moderation bot account", f"accessToken: \"{v}\"",
         "pantalaimon:", "  use: false", "  username: mjolnir", "  password: \"\"",
         "dataPath: \"/data/storage\"", "autojoinOnlyIfManager: true",
         f"managementRoom: \"!{rs(string.ascii_letters, 18)}:{mx}\"", "verboseLogging: false",
         "logLevel: INFO", "syncOnStartup: true", "protectAllJoinedRooms: false"]
    return ch(["mjolnir/config/production.yaml", "config/production.yaml"]), "\n".join(L) + "\n"


@tpl("maubot_nio_yaml", "matrix", "access_token", "yaml", "matrix")
def _(v):
    mx = ch(MX_SERVERS)
    L = ["matrix:", f"  user_id: \"@{mx_local(v, ch(['reminder', 'rssbot', 'notifier']))}:{mx}\"",
         f"  homeserver_url: https://{mx}", f"  device_id: {rs(UPPER, 10)}",
         f"  access_token: {v}", "storage:", "  database: sqlite://bot.db", "  store_path: ./store",
         "logging:", "  level: INFO", "  console_logging:", "    enabled: true"]
    return ch(["matrix-reminder-bot/config.yaml", "bot/config.yaml"]), "\n".join(L) + "\n"


@tpl("murmur_ini", "mumble", "server_password", "ini", "pw")
def _(v):
    L = [";", "; Murmur configuration file.", ";", "database=/var/lib/mumble-server/mumble-server.sqlite",
         "ice=\"tcp -h 127.0.0.1 -p 6502\"", "icesecretwrite=", "logfile=/var/log/mumble-server/mumble-server.log",
         "pidfile=/run/mumble-server/mumble-server.pid",
         f"welcometext=\"<br />Welcome to <b>{ch(['our', 'the clan', 'Hackerspace'])}</b> Mumble.<br />\"",
         "port=64738", f"serverpassword={v}", "bandwidth=72000", "users=100", "", "[Ice]", "Ice.Warn.UnknownProperties=1",
         "Ice.MessageSizeMax=65536"]
    return ch(["etc/mumble-server.ini", "mumble/murmur.ini"]), "\n".join(L) + "\n"


@tpl("murmur_ice", "mumble", "server_query_password", "ini", "pw")
def _(v):
    L = ["database=/var/lib/murmur/murmur.sqlite", "ice=\"tcp -h 127.0.0.1 -p 6502\"",
         "icesecretread=", f"icesecretwrite={v}", "port=64738", "serverpassword=",
         "registerName=" + ch(["Clan Server", "Hackspace Voice", "LAN party"])]
    return ch(["murmur/murmur.ini", "etc/murmur.ini"]), "\n".join(L) + "\n"


@tpl("mumble_compose", "mumble", "server_password", "docker-compose", "pw")
def _(v):
    L = ["services:", "  mumble-server:", "    image: mumblevoip/mumble-server:latest",
         "    container_name: mumble-server", "    hostname: mumble-server", "    restart: on-failure",
         "    ports:", "      - 64738:64738", "      - 64738:64738/udp", "    environment:",
         f"      MUMBLE_SUPERUSER_PASSWORD: \"{v}\"", "      MUMBLE_CONFIG_USERS: \"50\"",
         "      MUMBLE_CONFIG_WELCOMETEXT: \"Hi!\"", "    volumes:", "      - ./data:/data"]
    return ch(["mumble/docker-compose.yml", "voice/compose.yaml"]), "\n".join(L) + "\n"


@tpl("ts3_python", "teamspeak", "server_query_password", "python", "ts3",
     negx=["<password>"])
def _(v):
    L = ["import ts3", "", f"URI = \"telnet://serveradmin:{v}@{ch(['localhost', '127.0.0.1', 'ts.example-clan.de'])}:10011\"",
         "", "with ts3.query.TS3ServerConnection(URI) as ts3conn:", "    ts3conn.exec_(\"use\", sid=1)",
         "    for client in ts3conn.query(\"clientlist\").all():", "        print(client[\"client_nickname\"])"]
    return ch(["scripts/ts3_clients.py", "teamspeak/list_clients.py"]), "\n".join(L) + "\n"


@tpl("jts3servermod", "teamspeak", "server_query_password", "ini", "ts3")
def _(v):
    L = ["# JTS3ServerMod config", f"ts3_server_address = {ch(['127.0.0.1', 'ts3.example-clan.de'])}",
         "ts3_server_query_port = 10011", "ts3_server_query_login = serveradmin",
         f"ts3_server_query_password = {v}", "ts3_virtualserver_id = 1", "bot_channel_id = -1",
         "bot_clientnick = ServerMod", "bot_check_interval = 1"]
    return ch(["JTS3ServerMod/config/server1/JTS3ServerMod_server.cfg", "ts3/JTS3ServerMod_server.cfg"]), "\n".join(L) + "\n"


@tpl("ansible_irc_vars", "irc", "nickserv_password", "yaml", "pw")
def _(v):
    n = nick().strip("`|")
    nm, host, cn = net()
    key = ch(["irc_nickserv_password", "znc_network_password", "sopel_auth_password", "limnoria_sasl_password"])
    L = ["---", f"irc_nick: {n}", f"irc_network: {cn}", f"irc_server: {host}", "irc_port: 6697",
         f"irc_channels: {json.dumps(chans())}", f"{key}: \"{v}\"", "irc_tls_verify: true"]
    return ch([f"group_vars/{ch(['irc', 'bouncer', 'bots'])}.yml", "host_vars/bnc01/vars.yml"]), "\n".join(L) + "\n"


@tpl("k8s_secret", "irc", "sasl_password", "yaml", "pw")
def _(v):
    L = ["apiVersion: v1", "kind: Secret", "metadata:", f"  name: {ch(['sopel', 'limnoria', 'ircbot'])}-auth",
         "  namespace: chat", "type: Opaque", "stringData:", f"  SASL_USERNAME: {nick().strip('`|')}",
         f"  SASL_PASSWORD: \"{v}\""]
    return ch(["k8s/ircbot-secret.yaml", "deploy/chat/secret.yaml"]), "\n".join(L) + "\n"


@tpl("markdown_notes", "irc", "nickserv_password", "markdown", "pw", noempty=True)
def _(v):
    n = nick().strip("`|")
    nm, host, cn = net()
    L = [f"# IRC notes", "", f"- network: {nm} (`{host}:6697`, TLS)", f"- nick: `{n}`",
         f"- registered {ch(['2019', '2021', 'last week'])} with:", "", "```",
         f"/msg NickServ REGISTER {v} {n}@{ch(['posteo.de', 'gmail.com', 'fastmail.com'])}", "```", "",
         "## channels", ""] + [f"- {c}" for c in chans()]
    return ch(["notes/irc.md", "docs/irc-setup.md", "README.irc.md"]), "\n".join(L) + "\n"


@tpl("hubot_script", "slack", "bot_token", "shell", "slack_bot")
def _(v):
    L = ["#!/bin/sh", "set -e", "", "npm install", "export PATH=\"node_modules/.bin:node_modules/hubot/node_modules/.bin:$PATH\"",
         "", f"export HUBOT_SLACK_TOKEN={v}", "export HUBOT_LOG_LEVEL=info", "",
         "exec node_modules/.bin/hubot --name \"hubot\" --adapter slack \"$@\""]
    return ch(["bin/hubot", "hubot/bin/hubot"]), "\n".join(L) + "\n"


@tpl("slack_bolt_socket", "slack", "app_token", "python", "slack_app")
def _(v):
    L = ["import os", "", "from slack_bolt import App", "from slack_bolt.adapter.socket_mode import SocketModeHandler", "",
         "app = App(token=os.environ[\"SLACK_BOT_TOKEN\"])", "", "",
         "@app.message(\"irc\")", "def relay(message, say):", "    say(f\"relaying to {message['channel']}\")", "", "",
         "if __name__ == \"__main__\":", f"    SocketModeHandler(app, \"{v}\").start()"]
    return ch(["slackbot/app.py", "bridge/slack_app.py"]), "\n".join(L) + "\n"


@tpl("slack_user_token_cfg", "slack", "user_token", "ini", "slack_user")
def _(v):
    L = ["# wee-slack export / slack-term config", "[slack]", f"token = {v}",
         f"team = {ch(['acme', 'hackspace', 'devs'])}", "theme = dark", "emoji = true"]
    return ch(["dotfiles/slack-term/config.ini", ".config/slack/token.conf"]), "\n".join(L) + "\n"


@tpl("irssi_slack_hook", "slack", "webhook_url", "perl", "slack_hook")
def _(v):
    L = ["use strict;", "use warnings;", "use Irssi;", "use HTTP::Tiny;", "use JSON::PP;", "",
         "our $VERSION = '0.3';", "our %IRSSI = (", "    authors => 'me',", "    name    => 'hilight2slack',",
         "    license => 'MIT',", ");", "", f"my $webhook = '{v}';", "",
         "sub on_hilight {", "    my ($dest, $text, $stripped) = @_;",
         "    return unless $dest->{level} & MSGLEVEL_HILIGHT;",
         "    HTTP::Tiny->new->post($webhook, { content => encode_json({ text => $stripped }) });", "}", "",
         "Irssi::signal_add('print text', 'on_hilight');"]
    return ch(["dotfiles/irssi/scripts/autorun/hilight2slack.pl", ".irssi/scripts/hilight2slack.pl"]), "\n".join(L) + "\n"


@tpl("weechat_slack_hook", "slack", "webhook_url", "python", "slack_hook")
def _(v):
    L = ["# weechat script: forward highlights to slack", "import json", "import urllib.request", "", "import weechat", "",
         "weechat.register('hl2slack', 'me', '0.1', 'MIT', 'hilights to slack', '', '')", "",
         f"WEBHOOK = \"{v}\"", "", "", "def on_print(data, buf, date, tags, displayed, highlight, prefix, msg):",
         "    if int(highlight):", "        body = json.dumps({'text': f'<{prefix}> {msg}'}).encode()",
         "        urllib.request.urlopen(urllib.request.Request(WEBHOOK, body, {'Content-Type': 'application/json'}))",
         "    return weechat.WEECHAT_RC_OK", "", "", "weechat.hook_print('', '', '', 1, 'on_print', '')"]
    return ch(["dotfiles/weechat/python/autoload/hl2slack.py", ".weechat/python/hl2slack.py"]), "\n".join(L) + "\n"


@tpl("inspircd_oper", "inspircd", "oper_password", "xml", "pw")
def _(v):
    n = nick().strip("`|")
    L = ["<server name=\"irc.example-lab.net\" description=\"lab IRC\" network=\"LabNet\">", "",
         "<class name=\"ServerOperators\" commands=\"*\" privs=\"*\" usermodes=\"*\" chanmodes=\"*\">",
         "<type name=\"NetAdmin\" classes=\"ServerOperators\" vhost=\"netadmin.example-lab.net\">", "",
         f"<oper name=\"{n}\"", f"      password=\"{v}\"", "      host=\"*@10.0.0.0/8 *@192.168.*\"",
         "      type=\"NetAdmin\"", "      maxchans=\"60\">", "", "<module name=\"ssl_gnutls\">"]
    return ch(["inspircd/opers.conf", "conf/inspircd/opers.conf"]), "\n".join(L) + "\n"


@tpl("unrealircd_oper", "unrealircd", "oper_password", "unreal-conf", "pw")
def _(v):
    n = nick().strip("`|")
    L = ["/* UnrealIRCd opers */", "", f"oper {n} {{", "\tclass opers;", "\tmask *@*;",
         f"\tpassword \"{v}\";", "\toperclass netadmin-with-override;", "\tswhois \"is a Network Administrator\";",
         "\tvhost netadmin.example-lab.net;", "};"]
    return ch(["unrealircd/conf/opers.conf", "ircd/opers.conf"]), "\n".join(L) + "\n"


@tpl("ircii_serverlist", "ircii", "irc_server_password", "shell", "pw")
def _(v):
    nm, host, cn = net()
    n = nick().strip("`|")
    L = ["# ~/.profile snippet", "export IRCNICK=" + n, f"export IRCNAME=\"{ch(['me', 'Sven', 'n/a'])}\"",
         f"export IRCSERVER=\"{host}:6667:{v}:{n}\""]
    return ch(["dotfiles/profile.d/irc.sh", ".profile.d/irc.sh"]), "\n".join(L) + "\n"


@tpl("soju_bouncer_url", "soju", "bouncer_password", "ini", "pw_url")
def _(v):
    u = nick().strip("`|")
    nm, host, cn = net()
    L = ["[general]", "# senpai config", f"address = {ch(['bnc.example-home.de', 'soju.mydomain.net'])}:6697",
         f"nickname = {u}", f"username = {u}/{cn}", f"password = \"{v}\"", "highlights = " + u]
    return ch(["dotfiles/senpai/senpai.scfg", ".config/senpai/senpai.scfg"]), "\n".join(L) + "\n"


# ---------------------------------------------------------------- look-alike negatives
LOOK = []


def look(name, provider, kind, ftype):
    def deco(fn):
        LOOK.append(dict(name=name, provider=provider, kind=kind, ftype=ftype, fn=fn))
        return fn
    return deco


@look("znc_legacy_hash", "znc", "password_hash", "znc-conf")
def _():
    u = nick().strip("`|")
    salt = rs(ALNUM + "!?.,:;/*-+_()", 20)
    L = znc_global() + [f"<User {u}>", f"\tPass = sha256#{rs(HEX, 64)}#{salt}#", "\tAdmin = true",
                        f"\tNick = {u}", f"\tAltNick = {u}_"]
    for nm, host, cn in R.sample(NETS, 2):
        L += [f"\t<Network {cn}>", f"\t\tServer = {host} +6697", "\t\tLoadModule = sasl", "\t</Network>"]
    L.append("</User>")
    return "znc/configs/znc.conf", "\n".join(L) + "\n"


@look("znc_pass_block", "znc", "password_hash", "znc-conf")
def _():
    u = nick().strip("`|")
    nm, host, cn = net()
    L = znc_global() + [f"<User {u}>", "\tAdmin = true"] + znc_passblock() + [
        f"\t<Network {cn}>", f"\t\tServer = {host} +6697",
        f"\t\tTrustedServerFingerprint = {':'.join(rs(HEX, 2) for _ in range(32))}", "\t</Network>", "</User>"]
    return ch(["znc/configs/znc.conf", ".znc/configs/znc.conf"]), "\n".join(L) + "\n"


@look("weechat_sec_encrypted", "weechat", "ciphertext", "ini")
def _():
    L = weechat_header("sec.conf") + ["[crypt]", "cipher = aes256", "hash_algo = sha256",
                                      'passphrase_command = "pass show weechat"', "salt = on", "", "[data]",
                                      f'__passphrase__ = on']
    for cn in R.sample([n[2] for n in NETS], R.randint(1, 4)):
        L.append(f'{cn} = "{rs("0123456789ABCDEF", ch([96, 128, 160]))}"')
    return weechat_path("sec.conf"), "\n".join(L) + "\n"


@look("weechat_irc_refs", "weechat", "secret_reference", "ini")
def _():
    L = weechat_irc("sasl", "${sec.data.%s}" % ch(["libera", "sasl", "oftc_pass"]))
    return weechat_path("irc.conf"), "\n".join(L) + "\n"


@look("thelounge_hash_only", "thelounge", "password_hash", "json")
def _():
    return lounge_path(), lounge_user() + "\n"


@look("sasl_external_certfp", "irssi", "certificate_fingerprint", "libconfig")
def _():
    s, nets = irssi_servers()
    cn = nets[0][2]
    s = s.replace('    tls_verify = "yes";', f'    tls_cert = "~/.irssi/certs/{cn}.pem";\n    tls_verify = "yes";', 1)
    L = [s, "", "chatnets = {", f'  {cn} = {{ type = "IRC"; sasl_mechanism = "EXTERNAL"; }};', "};", "",
         f"# NickServ CERT ADD {rs(HEX, 128)}"]
    return irssi_path(), "\n".join(L) + "\n"


@look("certfp_markdown", "irc", "certificate_fingerprint", "markdown")
def _():
    nm, host, cn = net()
    L = ["# SASL EXTERNAL setup", "", "```sh", f"openssl req -x509 -new -newkey ed25519 -sha256 -days 1096 -nodes -out {cn}.pem -keyout {cn}.pem",
         f"openssl x509 -in {cn}.pem -noout -fingerprint -sha512 | awk -F= '{{gsub(\":\",\"\"); print tolower ($2)}}'", "```", "",
         "Fingerprint registered with NickServ:", "", "```", rs(HEX, 128), "```", "",
         f"Server cert SHA-256 for `{host}`:", "", "`" + ":".join(rs("0123456789ABCDEF", 2) for _ in range(32)) + "`"]
    return ch(["docs/sasl-external.md", "notes/irc-certfp.md"]), "\n".join(L) + "\n"


@look("otr_fingerprints", "pidgin", "otr_fingerprint", "tsv")
def _():
    me = f"{nick().strip('`|')}@{ch(XMPP_DOMAINS)}"
    L = []
    for _i in range(R.randint(2, 7)):
        L.append("\t".join([f"{ch(NICK_BASES)}@{ch(XMPP_DOMAINS)}", me, "prpl-jabber", rs(HEX, 40), ch(["verified", "smp", ""])]).rstrip("\t"))
    return ch([".purple/otr.fingerprints", "dotfiles/purple/otr.fingerprints"]), "\n".join(L) + "\n"


@look("omemo_fingerprints", "gajim", "omemo_fingerprint", "markdown")
def _():
    L = ["# My OMEMO devices", "", "Verify before trusting!", ""]
    for dev in ["Gajim (laptop)", "Conversations (phone)", "Dino (desktop)"][:R.randint(1, 3)]:
        fp = rs(HEX, 64)
        L += [f"## {dev}", f"- device id: {R.randint(10 ** 8, 2 ** 31 - 1)}", "- fingerprint: `" + " ".join(fp[i:i + 8] for i in range(0, 64, 8)) + "`", ""]
    return ch(["keys/omemo.md", "docs/xmpp-fingerprints.md"]), "\n".join(L)


@look("matrix_ids", "matrix", "room_and_event_ids", "yaml")
def _():
    mx = ch(MX_SERVERS)
    L = [f"homeserver: https://{mx}", f"user_id: \"@notifier:{mx}\"", "access_token_env: MATRIX_ACCESS_TOKEN", "rooms:"]
    for nm in R.sample(["alerts", "ops", "general", "ci", "random"], 3):
        L += [f"  {nm}:", f"    id: \"!{rs(string.ascii_letters, 18)}:{mx}\"",
              f"    pinned_event: \"${rs(B64URL, 43)}\""]
    L.append(f"device_id: {rs(UPPER, 10)}")
    return ch(["notifier/config.yaml", "matrix/rooms.yaml"]), "\n".join(L) + "\n"


@look("discord_app_public", "discord", "public_ids", "json")
def _():
    d = {"application_id": str(snowflake(2016, 2023)), "public_key": rs(HEX, 64),
         "guild_id": str(snowflake(2016, 2023)),
         "channels": {"log": str(snowflake()), "welcome": str(snowflake())},
         "token_env": "DISCORD_TOKEN", "owner_ids": [str(snowflake(2015, 2019))]}
    return ch(["config/discord.json", "bot/settings.json"]), json.dumps(d, indent=2) + "\n"


@look("slack_manifest", "slack", "public_ids", "yaml")
def _():
    L = ["display_information:", f"  name: {ch(['irc-bridge', 'Standup Bot', 'ops-relay'])}", "features:", "  bot_user:",
         "    display_name: relay", "    always_online: true", "oauth_config:", "  scopes:", "    bot:",
         "      - chat:write", "      - channels:history", "settings:", "  socket_mode_enabled: true",
         "# ids for the runbook", f"# team: T{rs(UPPER + DIG, 10)}  app: A{rs(UPPER + DIG, 10)}",
         f"# client id: {R.randint(10 ** 11, 10 ** 12)}.{R.randint(10 ** 12, 10 ** 13)}",
         f"# alerts channel: C{rs(UPPER + DIG, 10)}"]
    return ch(["slack/manifest.yml", "slack-app-manifest.yaml"]), "\n".join(L) + "\n"


@look("telegram_ids", "telegram", "public_ids", "yaml")
def _():
    L = ["bot:", "  token_file: /run/secrets/telegram_token", f"  admin_chat_id: -100{R.randint(10 ** 9, 10 ** 10 - 1)}",
         f"  welcome_sticker: \"CAACAgIAAxkBAA{rs(B64URL, 50)}\"",
         f"  logo_file_id: \"AgACAgQAAxkBAAI{rs(B64URL, 60)}\"", f"  reply_to_message_id: {R.randint(1000, 99999)}"]
    return ch(["tgbot/config.yml", "config/telegram.yaml"]), "\n".join(L) + "\n"


@look("bitlbee_user_xml", "bitlbee", "ciphertext", "xml")
def _():
    n = nick().strip("`|")
    L = [f"<user nick=\"{n}\" password=\"{base64.b64encode(bytes(R.getrandbits(8) for _ in range(20))).decode()}\" version=\"1\">",
         f"\t<account protocol=\"jabber\" handle=\"{n}@{ch(XMPP_DOMAINS)}\" password=\"{base64.b64encode(bytes(R.getrandbits(8) for _ in range(R.choice([24, 32, 40])))).decode()}\" autoconnect=\"true\" tag=\"jabber\">",
         "\t\t<setting name=\"oauth\">false</setting>", "\t</account>", "\t<setting name=\"away_devoice\">true</setting>", "</user>"]
    return ch([f"var/lib/bitlbee/{n}.xml", f"backup/bitlbee/{n}.xml"]), "\n".join(L) + "\n"


@look("inspircd_hashed_oper", "inspircd", "password_hash", "xml")
def _():
    n = nick().strip("`|")
    hv = ch([("hmac-sha256", rs(ALNUM, 8) + "$" + rs(HEX, 64)), ("bcrypt", "$2a$10$" + rs(ALNUM + "./", 53)),
             ("sha256", rs(HEX, 64))])
    L = ["<module name=\"password_hash\">", "<module name=\"hash_sha2\">", "",
         f"<oper name=\"{n}\" hash=\"{hv[0]}\" password=\"{hv[1]}\" host=\"*@*\" type=\"NetAdmin\">",
         f"<link name=\"hub.example-lab.net\" ipaddr=\"10.0.0.2\" port=\"7000\" sendpass=\"${{env.LINK_PASS}}\" recvpass=\"${{env.LINK_PASS}}\" fingerprint=\"{rs(HEX, 64)}\">"]
    return ch(["inspircd/opers.conf", "conf/inspircd.conf"]), "\n".join(L) + "\n"


@look("eggdrop_userfile", "eggdrop", "password_hash", "userfile")
def _():
    L = [f"#4v: eggdrop v1.9.5 -- LamestBot -- written {ch(['Mon Feb  5 12:00:01 2024', 'Sat Jul 13 09:12:44 2023'])}"]
    for _i in range(R.randint(2, 4)):
        n = nick().strip("`|")
        L += [f"{n:<10} - {ch(['hjlmnoptx', 'fo', 'p'])}", f"--HOSTS *!*@{ch(['user', 'staff'])}/{n}",
              f"--LASTON {R.randint(1600000000, 1710000000)} {ch(CHANS)}",
              f"--PASS2 +{rs(ALNUM + '+/', 43)}", f"--XTRA created {R.randint(1500000000, 1700000000)}"]
    return ch(["eggdrop/LamestBot.user", "eggdrop/data/bot.user"]), "\n".join(L) + "\n"


@look("cert_pem", "mumble", "public_certificate", "pem")
def _():
    body = base64.b64encode(bytes(R.getrandbits(8) for _ in range(R.randint(700, 1100)))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    body_first = "MIID" + lines[0][4:]
    lines[0] = body_first
    L = ["-----BEGIN CERTIFICATE-----"] + lines + ["-----END CERTIFICATE-----"]
    return ch(["mumble/certs/fullchain.pem", "znc/certs/ca.crt", "prosody/certs/chat.crt"]), "\n".join(L) + "\n"


@look("pip_hashes", "sopel", "digest", "requirements")
def _():
    L = ["# generated by pip-compile --generate-hashes"]
    for pkg, ver in R.sample([("sopel", "8.0.0"), ("limnoria", "2024.1.31"), ("slixmpp", "1.8.5"),
                              ("discord.py", "2.3.2"), ("matrix-nio", "0.24.0"), ("aiohttp", "3.9.3"),
                              ("python-telegram-bot", "20.8")], 4):
        L += [f"{pkg}=={ver} \\", f"    --hash=sha256:{rs(HEX, 64)} \\", f"    --hash=sha256:{rs(HEX, 64)}"]
    return "requirements.txt", "\n".join(L) + "\n"


@look("compose_digests", "thelounge", "digest", "docker-compose")
def _():
    L = ["services:", "  thelounge:", f"    image: ghcr.io/thelounge/thelounge@sha256:{rs(HEX, 64)}",
         "    ports: [\"9000:9000\"]", "    volumes: [\"./thelounge:/var/opt/thelounge\"]", "  znc:",
         f"    image: znc@sha256:{rs(HEX, 64)}", "    environment:", "      ZNC_ADMIN_PASSWORD_FILE: /run/secrets/znc_admin",
         "    secrets: [znc_admin]", "secrets:", "  znc_admin:", "    file: ./secrets/znc_admin.txt"]
    return ch(["docker-compose.yml", "irc/compose.yaml"]), "\n".join(L) + "\n"


@look("flake_lock", "nix", "digest", "json")
def _():
    nodes = {"root": {"inputs": {"nixpkgs": "nixpkgs", "home-manager": "home-manager"}}}
    for k, o in [("nixpkgs", "NixOS"), ("home-manager", "nix-community")]:
        nodes[k] = {"locked": {"lastModified": R.randint(1690000000, 1720000000),
                               "narHash": "sha256-" + base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode(),
                               "owner": o, "repo": k, "rev": rs(HEX, 40), "type": "github"},
                    "original": {"owner": o, "repo": k, "type": "github"}}
    return "flake.lock", json.dumps({"nodes": nodes, "root": "root", "version": 7}, indent=2) + "\n"


@look("sha256sums", "weechat", "checksum", "text")
def _():
    L = [f"{rs(HEX, 64)}  {f}" for f in R.sample(["weechat-4.2.1.tar.xz", "hexchat-2.16.2.tar.xz", "znc-1.9.0.tar.gz",
                                                    "irssi-1.4.5.tar.xz", "thelounge-4.4.1.tgz", "bitlbee-3.6.tar.gz"], 3)]
    return ch(["vendor/SHA256SUMS", "packaging/checksums.txt"]), "\n".join(L) + "\n"


@look("pgp_pubkey", "xmpp", "public_key", "asc")
def _():
    body = base64.b64encode(bytes(R.getrandbits(8) for _ in range(R.randint(300, 600)))).decode()
    body = "mDME" + body[4:]
    L = ["-----BEGIN PGP PUBLIC KEY BLOCK-----", ""] + [body[i:i + 64] for i in range(0, len(body), 64)] + [
        "=" + rs(B64, 4), "-----END PGP PUBLIC KEY BLOCK-----"]
    return ch(["keys/xmpp-openpgp.asc", "pubkey.asc"]), "\n".join(L) + "\n"


@look("ssh_known_hosts", "bouncer", "public_key", "known_hosts")
def _():
    L = []
    for h in R.sample(["bnc.example-home.de", "vps.koderoot.net", "10.0.0.5", "shell.tilde.team"], 3):
        L.append(f"{h} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(B64, 43)}")
    return ch(["dotfiles/ssh/known_hosts", "ansible/known_hosts"]), "\n".join(L) + "\n"


@look("ansible_vault", "ansible", "ciphertext", "yaml")
def _():
    hexs = rs(HEX, R.randint(5, 9) * 80)
    L = ["$ANSIBLE_VAULT;1.1;AES256"] + [hexs[i:i + 80] for i in range(0, len(hexs), 80)]
    return ch(["group_vars/irc/vault.yml", "host_vars/bnc01/vault.yml"]), "\n".join(L) + "\n"


@look("sops_yaml", "sops", "ciphertext", "yaml")
def _():
    def enc(n):
        return f"ENC[AES256_GCM,data:{base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()},iv:{base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode()},tag:{base64.b64encode(bytes(R.getrandbits(8) for _ in range(16))).decode()},type:str]"
    L = [f"discord_token: {enc(59)}", f"nickserv_password: {enc(16)}", "sops:", "    age:",
         f"        - recipient: age1{rs('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}",
         "    lastmodified: \"2024-03-02T11:20:31Z\"", f"    mac: {enc(32)}", "    version: 3.8.1"]
    return ch(["secrets/bots.enc.yaml", "k8s/chat/secrets.sops.yaml"]), "\n".join(L) + "\n"


@look("readme_channel_key", "irc", "public_channel_key", "markdown")
def _():
    nm, host, cn = net()
    c = ch(CHANS)
    key = ch(WORDS) + ch(["", "2024", "-club"])
    L = [f"# Community chat", "", f"We hang out in **{c}** on {nm} (`{host}`, port 6697 TLS).", "",
         f"The channel is `+k` to keep spam bots out. The key is public, it is simply `{key}`:", "", "```",
         f"/join {c} {key}", "```", "", "Be nice, see CODE_OF_CONDUCT.md."]
    return "README.md", "\n".join(L) + "\n"


@look("hexchat_conf", "hexchat", "settings", "ini")
def _():
    L = [f"version = {ch(['2.16.1', '2.14.3'])}", "away_auto_unmark = 0", "dcc_auto_chat = 0",
         f"irc_nick1 = {nick()}", f"irc_nick2 = {nick()}", f"irc_user_name = {nick()}", "irc_real_name = n/a",
         "gui_tab_layout = 2", "text_font = Monospace 10", "net_proxy_type = 0", f"gui_win_state = {R.randint(0, 1)}",
         f"gui_pane_left_size = {R.randint(100, 200)}", "identd = 0", f"irc_id_ntext = {rs(HEX, 8)}"]
    return ch(["dotfiles/hexchat/hexchat.conf", ".config/hexchat/hexchat.conf"]), "\n".join(L) + "\n"


@look("gajim_avatar_vcard", "gajim", "encoded_data", "xml")
def _():
    img = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(R.getrandbits(8) for _ in range(R.randint(300, 700)))).decode()
    L = ["<vCard xmlns='vcard-temp'>", f"  <FN>{ch(['Anna', 'Jörg', 'María'])}</FN>", "  <PHOTO>", "    <TYPE>image/png</TYPE>",
         "    <BINVAL>"] + ["      " + img[i:i + 76] for i in range(0, len(img), 76)] + [
        "    </BINVAL>", "  </PHOTO>", f"  <!-- sha1 {rs(HEX, 40)} -->", "</vCard>"]
    return ch(["profile/vcard.xml", "xmpp/avatar-vcard.xml"]), "\n".join(L) + "\n"


@look("sealed_secret", "kubernetes", "ciphertext", "yaml")
def _():
    def e():
        return "Ag" + base64.b64encode(bytes(R.getrandbits(8) for _ in range(R.randint(300, 400)))).decode()
    L = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: ircbot-auth", "  namespace: chat",
         "spec:", "  encryptedData:", f"    SASL_PASSWORD: {e()}", "  template:", "    metadata:", "      name: ircbot-auth"]
    return ch(["k8s/ircbot-sealed.yaml", "deploy/chat/sealedsecret.yaml"]), "\n".join(L) + "\n"


@look("profanity_eval_password", "profanity", "secret_reference", "ini")
def _():
    u = nick().strip("`|")
    d = ch(XMPP_DOMAINS)
    L = [f"[{u}@{d}]", "enabled=true", f"jid={u}@{d}", "resource=profanity",
         f"eval_password={ch(['pass show xmpp/' + d, 'gpg -qd ~/.xmpp.gpg', 'secret-tool lookup xmpp ' + d])}",
         "tls.policy=force", f"omemo.trust.{u}={rs(HEX, 64)}"]
    return ch(["dotfiles/profanity/accounts", ".local/share/profanity/accounts"]), "\n".join(L) + "\n"


@look("sopel_env_refs", "sopel", "secret_reference", "ini")
def _():
    return sopel_path(), sopel_cfg(["auth_method = sasl", f"auth_username = {nick()}", "# auth_password from env: SOPEL_CORE_AUTH_PASSWORD"], [])


# ---------------------------------------------------------------- driver
def render(text):
    nl = "\r\n" if "\r\n" in text else "\n"
    lines = text.split(nl)
    return nl.join(l.rstrip() for l in lines)


def neg_value(t):
    pool = list(NEG_VALUES.get(t["gen"], NEG_VALUES["pw"]))
    if t["negx"] and R.random() < 0.5:
        pool = t["negx"]
    if not t["noempty"]:
        pool = pool + [""]
    var = (t["provider"] + "_" + t["kind"]).upper().replace("-", "_").replace(".", "_")
    if R.random() < 0.3:
        return ch(["${%s}" % var, "{{ vault_%s }}" % var.lower(), "$%s" % var,
                   "{{ lookup('env', '%s') }}" % var, "${file:/run/secrets/%s}" % var.lower()])
    return ch(pool)


def main():
    global R
    if len(sys.argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0])
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    manifest, secrets = [], []
    needles = set()

    order = list(range(len(TEMPLATES)))
    pos_plan = []
    while len(pos_plan) < 500:
        R.shuffle(order)
        pos_plan += order
    pos_plan = pos_plan[:500]
    pos_files = []
    env_count = 0
    for i, ti in enumerate(pos_plan):
        t = TEMPLATES[ti]
        if t["ftype"] == "dotenv":
            if env_count >= 20:
                t = TEMPLATES[(ti + 1) % len(TEMPLATES)]
            else:
                env_count += 1
        for _try in range(50):
            v = GEN[t["gen"]]()
            if v not in needles:
                break
        needles.add(v)
        rel, text = t["fn"](v)
        text = render(text)
        assert v in text, (t["name"], v)
        line = text[:text.index(v)].count("\n") + 1
        assert v in text.split("\n")[line - 1]
        f = f"pos/p{i:04d}/{rel}"
        pos_files.append((f, text))
        manifest.append(dict(file=f, label="pos", provider=t["provider"], kind=t["kind"],
                             filetype=t["ftype"], template=t["name"]))
        secrets.append(dict(file=f, needle=v, line=line))

    neg_files = []
    reuse = [t for t in TEMPLATES if t["ftype"] != "dotenv"]
    plan = []
    while len(plan) < 250:
        R.shuffle(reuse)
        plan += reuse
    lplan = []
    lk = list(LOOK)
    while len(lplan) < 250:
        R.shuffle(lk)
        lplan += lk
    items = [("reuse", t) for t in plan[:250]] + [("look", t) for t in lplan[:250]]
    R.shuffle(items)
    for i, (mode, t) in enumerate(items):
        for _try in range(20):
            if mode == "reuse":
                v = neg_value(t)
                rel, text = t["fn"](v)
                kind = t["kind"] + ":placeholder"
                tname = t["name"]
            else:
                rel, text = t["fn"]()
                kind = t["kind"]
                tname = "look_" + t["name"]
            text = render(text)
            base = os.path.basename(rel)
            if base == ".env" or base.startswith(".env.") and base not in (".env.example", ".env.sample"):
                continue
            if not any(n in text for n in needles):
                break
        f = f"neg/n{i:04d}/{rel}"
        neg_files.append((f, text))
        manifest.append(dict(file=f, label="neg", provider=t["provider"], kind=kind,
                             filetype=t["ftype"], template=tname))

    for f, text in pos_files + neg_files:
        p = os.path.join(out, f)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")

    # self checks
    assert len(pos_files) == 500 and len(neg_files) == 500
    assert len({s["needle"] for s in secrets}) == 500
    for f, text in neg_files:
        for n in needles:
            assert n not in text, (f, n)


if __name__ == "__main__":
    main()
