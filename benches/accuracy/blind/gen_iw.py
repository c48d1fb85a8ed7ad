#!/usr/bin/env python3
"""gen_iw.py - blind evaluation set: open chat protocols, self-hosted chat, bots and bridges.

EMPHASIS
    Credentials that live in the configuration and code of self-hosted chat:
    Matrix (Synapse access tokens syt_..., legacy macaroon tokens MDAx..., MAS tokens
    mat_/mct_, homeserver.yaml registration_shared_secret / macaroon_secret_key /
    form_secret / turn_shared_secret / database password, signing key seeds,
    appservice as_token / hs_token, mautrix and heisenbridge bridges, maubot,
    hookshot, matrix-nio, matrix-bot-sdk, mautrix-go, matrix-rust-sdk, recovery keys),
    coturn static-auth-secret, IRC (WeeChat, irssi, HexChat, ZNC, soju, The Lounge,
    Limnoria, Sopel, Eggdrop, pydle, irc-framework, go-ircevent, InspIRCd, UnrealIRCd,
    ngIRCd and Anope passwords), XMPP (Prosody, ejabberd, Spectrum2, Slixmpp, Smack,
    go-xmpp), Zulip (zuliprc, python client, incoming webhooks, docker secrets),
    Mattermost (AtRestEncryptKey, PublicLinkSalt, bot tokens, webhooks, DSN),
    Rocket.Chat (X-Auth-Token, auth tokens, admin password, webhooks), Revolt bot
    tokens, Gitter legacy tokens, LiveKit / Element Call API secrets, Jitsi Meet
    internal XMPP passwords, Mumble and TeamSpeak passwords and privilege keys.
    File types: YAML, JSON, INI-like (zuliprc, irssi config, weechat irc.conf, HexChat
    servlist.conf, murmur.ini, sopel .cfg), .conf (ZNC, UnrealIRCd, ngIRCd, Anope,
    coturn, Limnoria), InspIRCd XML, Lua (Prosody), ejabberd YAML, Python, JavaScript,
    TypeScript, Go, Rust, Java, Tcl, shell, Dockerfile, docker-compose, systemd units,
    Markdown, SQL, CSV, JSONL, logs, lock files, PEM.

USAGE
    python3 -B gen_iw.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl and
    OUTDIR/secrets.jsonl. All randomness comes from one random.Random(SEED); the output
    is byte-identical for a given SEED.

NEEDLE CONVENTIONS
    * The needle is the secret value only, exactly as written: no quotes, no key name.
    * URLs (webhooks, DSNs, ?access_token=): the needle is the secret component only
      (the webhook token path segment, the password of user:password@host, the
      api_key / access_token query value), not the whole URL.
    * Headers (Authorization: Bearer X, X-Auth-Token: X, X-Bot-Token: X): the token.
    * A bouncer login "user/network:password": the password part.
    * Synapse signing key files "ed25519 a_XXXX <seed>": the base64 seed.
    * Matrix recovery keys ("Es.. .... ...."): the whole space-separated key, which
      sits on one line.
    * Multi-line PEM private keys: the "-----BEGIN ... PRIVATE KEY-----" line (the line a
      scanner reports); the body follows on the next lines.
    * A value that legitimately appears twice (InspIRCd sendpass == recvpass) counts as
      one credential; "line" is the first occurrence.

NEGATIVES
    250 negatives re-use the positive templates with the secret slot holding a
    non-secret: placeholders (<your-access-token>, YOUR_API_KEY_HERE, changeme, xxxx...),
    empty values, masked values (********, [REDACTED]), environment / secret-manager
    references (${VAR}, os.environ[...], process.env.X, os.Getenv, {{ vault_... }},
    ${{ secrets.X }}, op://..., vault:...), documented example values (Synapse
    "<PRIVATE STRING>", mautrix "This value is generated when generating the
    registration", LiveKit dev "secret", Rocket.Chat docs example token) and
    file-path indirections. The other 250 are domain look-alikes: room / event / user /
    device ids, mxc URIs, server verify keys (ed25519 public halves), Olm curve25519
    identity keys, event signatures and content hashes, Megolm session ids, ZNC
    sha256#hash#salt# passwords, Prosody internal_hashed stores, ejabberd SCRAM rows,
    argon2 / bcrypt oper hashes, UnrealIRCd example cloak keys, TeamSpeak unique ids,
    TLS / cert fingerprints, Mattermost / Rocket.Chat / Revolt / LiveKit object ids,
    Gitter room ids, UUIDs, image digests, lock-file integrity hashes, go.sum hashes,
    commit SHAs, PGP / SSH / PEM public material, reCAPTCHA site keys, OIDC client ids.
    No negative is written to a .env / .env.local / .env.production style file.

FORMATS CHECKED (search tool, providers' docs and the projects' own sources)
    * Synapse AuthHandler.generate_access_token: syt_<unpadded b64 localpart>_<20 chars
      from a-zA-Z>_<base62 crc32 of the preceding text, 6 wide, alphabet 0-9A-Za-z>;
      refresh tokens syr_ use the same scheme.
    * Synapse stringutils: random_string_with_symbols draws from digits, letters and
      ".,;:^&*-_+=#~@"; generate_config uses 50 chars for registration_shared_secret,
      macaroon_secret_key and form_secret.
    * MAS tokens.rs: mat_/mar_/mct_/mcr_ + 30 alphanumerics + "_" + 6-char base62 of
      CRC-32/ISO-HDLC; MAS's base62 writes the digits least-significant first.
    * Macaroons: packets "<4 hex len>key value\\n", first packet location, unpadded
      base64 (url-safe), hence the "MDAx" prefix (matrix.org PR discussion).
    * Matrix recovery key: 0x8B 0x01 + 32 key bytes + XOR parity byte, base58
      (bitcoin alphabet), space every 4 chars (matrix-js-sdk, matrix-dart-sdk).
    * Appservice registration fields url/as_token/hs_token/sender_localpart/namespaces
      (Synapse docs); matrix-appservice-node generateToken = 32 random bytes as hex.
    * zuliprc: [api] key= email= site= (Zulip docs, zulip PyPI page); keys 32 chars.
    * Rocket.Chat: headers X-Auth-Token + X-User-Id; login returns authToken (43 chars
      base64url) and userId (17-char Meteor id) - docs example used only as negative.
    * Revolt: bot and session tokens are nanoid!(64) (alphabet A-Za-z0-9_-); header
      X-Bot-Token (revolt-api client).
    * LiveKit: dev mode key/secret "devkey"/"secret" (docs, negative only);
      livekit.yaml "keys:" maps API key -> secret; env LIVEKIT_API_KEY/SECRET.
    * Jitsi docker gen-passwords.sh: openssl rand -hex 16 for JICOFO_AUTH_PASSWORD,
      JVB_AUTH_PASSWORD, JIGASI_XMPP_PASSWORD, JIBRI_*_PASSWORD.
    * TeamSpeak 3: random serveradmin query password; privilege keys (tokens) of 40
      chars from A-Za-z0-9+ (host provider knowledge base examples).
    * ZNC: Pass = sha256#<64 hex>#<20-char salt>#, Server = host [+]port [password].
    * WeeChat: irc.server.X.sasl_password, ${sec.data.X} secured references.
    * Mattermost ids / tokens: 26 chars of the z-base-32 alphabet
      ybndrfg8ejkmcpqxot1uwisza345h769.
    * UnrealIRCd example.conf cloak keys: the published first example key and the
      "and another one" placeholders (used only as a negative).

DOUBTS
    * Gitter legacy personal tokens are taken as 40 lowercase hex; not confirmed in
      current documentation (Gitter now runs on Matrix).
    * LiveKit generate-keys output: assumed "API" + 12 alphanumerics and a 36-43 char
      alphanumeric secret; the exact generator was not found.
    * mautrix bridges generate as_token/hs_token as 64 alphanumerics (mautrix-go) -
      assumed from memory, hex variant from matrix-appservice-node confirmed.
    * Mattermost AtRestEncryptKey / PublicLinkSalt: assumed 32 chars of the Mattermost
      id alphabet; Mattermost bot/personal tokens: assumed same 26-char id format.
    * UnrealIRCd / InspIRCd / ngIRCd / Anope passwords are free-form; values are
      generated as realistic human or random passwords.
    * Rocket.Chat incoming webhook token length (48) and integration id (17) assumed.
    * TeamSpeak server / client unique ids taken as base64(SHA-1) = 28 chars.
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

LET = string.ascii_letters
DIG = string.digits
ALNUM = LET + DIG
LOWALNUM = string.ascii_lowercase + DIG
HEX = "0123456789abcdef"
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
ZB32 = "ybndrfg8ejkmcpqxot1uwisza345h769"
METEOR = "23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz"
NANOID = "_-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
SYN_SYM = DIG + LET + ".,;:^&*-_+=#~@"
ULID32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


# ---------------------------------------------------------------- primitives
def rs(r, alph, n):
    return "".join(r.choice(alph) for _ in range(n))


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def b64std(b, pad=False):
    s = base64.b64encode(b).decode()
    return s if pad else s.rstrip("=")


def b64url(b, pad=False):
    s = base64.urlsafe_b64encode(b).decode()
    return s if pad else s.rstrip("=")


def hexs(r, n):
    return rs(r, HEX, n)


def uuid4(r):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def ulid(r):
    return "01" + rs(r, "GHJK", 1) + rs(r, ULID32, 23)


def b58encode(b):
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, rem = divmod(n, 58)
        out = B58[rem] + out
    for byte in b:
        if byte == 0:
            out = "1" + out
        else:
            break
    return out


def synapse_b62(num, width):
    res = ""
    while num:
        num, rem = divmod(num, 62)
        res = B62[rem] + res
    return "0" * (width - len(res)) + res


def mas_b62(num):
    res = ""
    while num > 0:
        res += B62[num % 62]
        num //= 62
    return res.rjust(6, "0")


# ------------------------------------------------------------ secret makers
def g_syt(r, localpart="bot"):
    b = b64std(localpart.encode())
    base = "syt_%s_%s" % (b, rs(r, LET, 20))
    return "%s_%s" % (base, synapse_b62(zlib.crc32(base.encode()), 6))


def g_mas(r, prefix="mat"):
    base = "%s_%s" % (prefix, rs(r, ALNUM, 30))
    return "%s_%s" % (base, mas_b62(zlib.crc32(base.encode())))


def _packet(key, value):
    body = key.encode() + b" " + value + b"\n"
    return ("%04x" % (len(body) + 4)).encode() + body


def g_macaroon(r, server="example.org", user="@bot:example.org"):
    key = rbytes(r, 32)
    ident = b"key"
    sig = hmac.new(key, ident, hashlib.sha256).digest()
    data = _packet("location", server.encode()) + _packet("identifier", ident)
    cavs = [b"gen = 1", ("user_id = " + user).encode(), b"type = access",
            ("nonce = " + rs(r, SYN_SYM, 16)).encode()]
    for c in cavs:
        data += _packet("cid", c)
        sig = hmac.new(sig, c, hashlib.sha256).digest()
    data += _packet("signature", sig)
    return b64url(data)


def g_recovery(r):
    buf = bytes([0x8B, 0x01]) + rbytes(r, 32)
    par = 0
    for x in buf:
        par ^= x
    enc = b58encode(buf + bytes([par]))
    return " ".join(enc[i:i + 4] for i in range(0, len(enc), 4))


def g_synsecret(r):
    return rs(r, SYN_SYM, 50)


def g_as_token(r):
    return hexs(r, 64) if r.random() < 0.4 else rs(r, ALNUM, 64)


def g_zulip(r):
    return rs(r, ALNUM, 32)


def g_mm_token(r):
    return rs(r, ZB32, 26)


def g_mm_salt(r):
    return rs(r, ZB32, 32)


def g_rc_token(r):
    return rs(r, ALNUM + "-_", 43)


def g_rc_hook(r):
    return rs(r, METEOR, 48)


def g_revolt(r):
    return rs(r, NANOID, 64)


def g_lk_secret(r):
    return rs(r, ALNUM, r.choice([36, 43]))


def g_ts_priv(r):
    return rs(r, ALNUM + "+", 40)


def g_ts_query(r):
    return rs(r, ALNUM, 8)


def g_hex32(r):
    return hexs(r, 32)


def g_hex40(r):
    return hexs(r, 40)


def g_turn(r):
    return hexs(r, 64) if r.random() < 0.5 else b64std(rbytes(r, 32))


def g_seed(r):
    return b64std(rbytes(r, 32))


WORDS = ["otter", "lantern", "granite", "willow", "ember", "falcon", "harbor", "juniper",
         "quartz", "saffron", "tundra", "velvet", "cobalt", "meadow", "pepper", "raven",
         "cactus", "nimbus", "orchid", "walrus", "maple", "sprocket", "thistle", "badger"]
PWSYM = "!@#%^*-_.+"


def g_human_pw(r):
    k = r.randrange(4)
    if k == 0:
        return "%s%s%s%d%s" % (r.choice(WORDS).capitalize(), r.choice("-_."), r.choice(WORDS),
                               r.randrange(10, 9999), r.choice(PWSYM))
    if k == 1:
        return rs(r, ALNUM, r.randrange(16, 25))
    if k == 2:
        return "%s%s%s%s" % (rs(r, LET, 5), r.choice(PWSYM), rs(r, ALNUM, 7), r.choice(PWSYM))
    return "-".join(r.choice(WORDS) for _ in range(3)) + str(r.randrange(10, 99))


def g_strong_pw(r):
    return rs(r, ALNUM, r.randrange(20, 33))


def pem_ec_private(r):
    der = (bytes.fromhex("308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420")
           + rbytes(r, 32) + bytes.fromhex("a144034200") + b"\x04" + rbytes(r, 64))
    body = b64std(der, pad=True)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"


# --------------------------------------------------------------- world bits
HS = ["example.org", "example.com", "example.net", "kestrel-labs.dev", "fjordline.io",
      "orchard.coop", "tallgrass.community", "quillworks.net", "lumen-hq.eu", "birchwood.social"]
NICKS = ["alice", "bob", "carol", "dmitri", "erin", "farah", "gustavo", "hana", "ivo", "jun"]
BOTS = ["notifier", "deploybot", "ci-bot", "relay", "helper", "digest", "standup", "oncall"]
IRCNETS = [("libera", "irc.libera.chat"), ("oftc", "irc.oftc.net"), ("hackint", "irc.hackint.org"),
           ("ergo", "irc.ergo.chat"), ("rizon", "irc.rizon.net"), ("tilde", "tilde.chat")]


def hs(r):
    return r.choice(HS)


def room_id(r, server):
    return "!%s:%s" % (rs(r, LET, 18), server)


def event_id(r):
    return "$" + b64url(rbytes(r, 32))


def device_id(r):
    return rs(r, string.ascii_uppercase, 10)


def mm_id(r):
    return rs(r, ZB32, 26)


def meteor_id(r, n=17):
    return rs(r, METEOR, n)


def ipv4(r):
    return "10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(1, 255))


def date(r):
    return "20%02d-%02d-%02d" % (r.randrange(21, 26), r.randrange(1, 13), r.randrange(1, 29))


def ts(r):
    return "%sT%02d:%02d:%02d" % (date(r), r.randrange(24), r.randrange(60), r.randrange(60))


# ------------------------------------------------------------------ slots
NEG_MODES = ["ph", "ph", "empty", "mask", "env", "env", "tmpl", "vault", "doc"]
PLACEHOLDERS = ["<your-access-token>", "YOUR_API_KEY_HERE", "changeme", "CHANGE_ME",
                "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "REPLACE_WITH_REAL_SECRET", "<secret>",
                "your-password-here", "TODO-fill-me-in", "<PASTE TOKEN HERE>", "dummy",
                "XXXXXXXXXXXXXXXXXXXX", "insert-secret-here", "example-token"]
PW_PLACEHOLDERS = ["changeme", "CHANGE_ME", "<password>", "your-password-here", "PASSWORD",
                   "password", "secret", "<set-a-strong-password>", "xxxxxxxx", "REPLACE_ME"]
MASKED = ["********", "[REDACTED]", "<redacted>", "****************", "***", "[hidden]",
          "REDACTED"]


class Slot(object):
    """The single credential slot of a template.

    Positive: value is the generated secret.  Negative: a non-secret filler chosen
    once per file (mode) and rendered for raw config text or for code.
    """

    def __init__(self, r, positive, secret, env, docs=(), kind=""):
        self.r = r
        self.positive = positive
        self.secret = secret
        self.env = env
        self.docs = list(docs)
        self.mode = None
        self.fill = None
        if not positive:
            modes = list(NEG_MODES)
            if self.docs:
                modes += ["doc", "doc"]
            self.mode = r.choice(modes)
            if self.mode == "doc" and not self.docs:
                self.mode = "ph"
            low = env.lower()
            if self.mode == "ph":
                self.fill = r.choice(PW_PLACEHOLDERS if "password" in kind else PLACEHOLDERS)
            elif self.mode == "empty":
                self.fill = ""
            elif self.mode == "mask":
                self.fill = r.choice(MASKED)
            elif self.mode == "env":
                self.fill = r.choice(["${%s}" % env, "$%s" % env, "${%s:?unset}" % env])
            elif self.mode == "tmpl":
                self.fill = r.choice(["{{ vault_%s }}" % low, "{{ .Values.secrets.%s }}" % low.replace("_", ""),
                                      "${{ secrets.%s }}" % env, "<%%= ENV['%s'] %%>" % env,
                                      "{{ matrix_%s }}" % low])
            elif self.mode == "vault":
                self.fill = r.choice(["op://Infra/chat-stack/%s" % low.replace("_", "-"),
                                      "vault:secret/data/chat#%s" % low,
                                      "ref+vault://secret/chat/%s" % low,
                                      "file:/run/secrets/%s" % low])
            else:
                self.fill = r.choice(self.docs)

    @property
    def raw(self):
        return self.secret if self.positive else self.fill

    def code(self, lang):
        """Expression for source code: a quoted literal, or an env lookup."""
        if not self.positive and self.mode == "env":
            e = self.env
            return {
                "py": 'os.environ["%s"]' % e, "js": "process.env.%s" % e,
                "ts": "process.env.%s!" % e, "go": 'os.Getenv("%s")' % e,
                "rs": 'std::env::var("%s")?' % e, "java": 'System.getenv("%s")' % e,
                "lua": 'os.getenv("%s")' % e, "rb": 'ENV["%s"]' % e, "sh": '"${%s}"' % e,
                "tcl": "$::env(%s)" % e, "erl": 'os:getenv("%s")' % e,
            }[lang]
        v = self.raw
        if lang in ("js", "ts") and self.r.random() < 0.3:
            return "'%s'" % v
        if lang == "tcl":
            return v
        return '"%s"' % v


# --------------------------------------------------------------- templates
POS = []
LOOK = []

SYN_DOCS = ["<PRIVATE STRING>"]
MAUTRIX_DOCS = ["This value is generated when generating the registration"]
MX_TOKEN_DOCS = ["abc123", "syt_..."]
LK_DOCS = ["secret"]
RC_DOCS = ["9HqLlyZOugoStsXCUfD_0YdwnNnunAJF8V47U3QHXSq"]
ZULIP_DOCS = ["your_32_character_api_key", "<api key from the web interface>"]


def T(provider, kind, env, gen, docs=(), style="conv"):
    def deco(fn):
        POS.append({"name": fn.__name__, "provider": provider, "kind": kind, "env": env,
                    "gen": gen, "docs": tuple(docs), "style": style, "fn": fn})
        return fn
    return deco


def L(provider, kind):
    def deco(fn):
        LOOK.append({"name": fn.__name__, "provider": provider, "kind": kind, "fn": fn})
        return fn
    return deco


def pick(r, *paths):
    return r.choice(paths)


def hs_yaml_head(r, server):
    return """# Configuration file for Synapse.
#
# This is a YAML file: see [1] for a quick introduction. Note in particular
# that *indentation is important*: all the elements of a list or dictionary
# should have the same indentation.
#
# [1] https://docs.ansible.com/ansible/latest/reference_appendices/YAMLSyntax.html
#
# For more information on how to configure Synapse, including a complete accounting of
# each option, go to docs/usage/configuration/config_documentation.md or
# https://element-hq.github.io/synapse/latest/usage/configuration/config_documentation.html
server_name: "%s"
pid_file: /data/homeserver.pid
public_baseurl: "https://%s/"
listeners:
  - port: 8008
    tls: false
    type: http
    x_forwarded: true
    bind_addresses: ['::1', '127.0.0.1']
    resources:
      - names: [client, federation]
        compress: false
""" % (server, r.choice(["matrix." + server, server]))


# ---- Matrix / Synapse ------------------------------------------------------
@T("matrix-synapse", "registration shared secret", "SYNAPSE_REGISTRATION_SHARED_SECRET",
   lambda r: g_synsecret(r), docs=SYN_DOCS)
def synapse_registration_secret(r, S):
    server = hs(r)
    s = S()
    text = hs_yaml_head(r, server) + """database:
  name: psycopg2
  args:
    user: synapse
    password: "${POSTGRES_PASSWORD}"
    database: synapse
    host: postgres
    cp_min: 5
    cp_max: 10
log_config: "/data/%s.log.config"
media_store_path: /data/media_store
enable_registration: false
registration_shared_secret: "%s"
report_stats: %s
macaroon_secret_key_path: /data/macaroon.key
form_secret_path: /data/form.key
signing_key_path: "/data/%s.signing.key"
trusted_key_servers:
  - server_name: "matrix.org"
suppress_key_server_warning: true
""" % (server, s.raw, r.choice(["false", "true"]), server)
    return pick(r, "synapse/homeserver.yaml", "deploy/synapse/homeserver.yaml",
                "roles/matrix/files/homeserver.yaml", "docker/synapse/data/homeserver.yaml"), text


@T("matrix-synapse", "macaroon secret key", "SYNAPSE_MACAROON_SECRET_KEY",
   lambda r: g_synsecret(r), docs=SYN_DOCS)
def synapse_macaroon_key(r, S):
    server = hs(r)
    s = S()
    text = """# homeserver.yaml - production overrides, merged by the entrypoint
server_name: "%s"
report_stats: false
enable_registration: false
registration_requires_3pid: [email]
max_upload_size: 50M
url_preview_enabled: true
url_preview_ip_range_blacklist:
  - '127.0.0.0/8'
  - '10.0.0.0/8'
  - '172.16.0.0/12'
  - '192.168.0.0/16'
  - '100.64.0.0/10'
  - '169.254.0.0/16'
macaroon_secret_key: "%s"
registration_shared_secret_path: /run/secrets/synapse_registration
email:
  smtp_host: smtp.%s
  smtp_port: 587
  notif_from: "Your Friendly %%(app)s homeserver <noreply@%s>"
  app_name: Matrix
retention:
  enabled: true
  default_policy:
    min_lifetime: 1d
    max_lifetime: 1y
""" % (server, s.raw, server, server)
    return pick(r, "config/homeserver.yaml", "matrix/synapse/conf.d/secrets.yaml",
                "synapse/homeserver.production.yaml"), text


@T("matrix-synapse", "form secret", "SYNAPSE_FORM_SECRET", lambda r: g_synsecret(r),
   docs=SYN_DOCS, style="conv")
def synapse_form_secret(r, S):
    server = hs(r)
    s = S()
    text = """## Registration ##
enable_registration: true
enable_registration_without_verification: false
registrations_require_3pid:
  - email
allowed_local_3pids:
  - medium: email
    pattern: '^[^@]+@%s$'
auto_join_rooms:
  - "#welcome:%s"
  - "#announcements:%s"
autocreate_auto_join_rooms: true

## Consent / terms ##
user_consent:
  template_dir: res/templates/privacy
  version: "1.0"
  server_notice_content:
    msgtype: m.text
    body: >-
      To continue using this homeserver you must review and agree to the
      terms and conditions at %%(consent_uri)s
  require_at_registration: true

form_secret: "%s"
""" % (server.replace(".", "\\."), server, server, s.raw)
    return pick(r, "synapse/conf.d/registration.yaml", "homeserver.d/30-registration.yaml"), text


@T("matrix-synapse", "database password", "SYNAPSE_DB_PASSWORD", g_human_pw, style="conv")
def synapse_db_password(r, S):
    s = S()
    dbhost = r.choice(["postgres", "db.internal", "127.0.0.1", "pg-synapse.default.svc"])
    text = """# Database configuration
# https://element-hq.github.io/synapse/latest/postgres.html
database:
  name: psycopg2
  txn_limit: 10000
  args:
    user: synapse_user
    password: "%s"
    dbname: synapse
    host: %s
    port: 5432
    cp_min: 5
    cp_max: 10
    keepalives_idle: 10
    keepalives_interval: 10
    keepalives_count: 3

caches:
  global_factor: 1.0
  per_cache_factors:
    get_users_who_share_room_with_user: 2.0
""" % (s.raw, dbhost)
    return pick(r, "synapse/conf.d/database.yaml", "deploy/matrix/database.yaml",
                "ansible/files/synapse/database.yaml"), text


@T("matrix-synapse", "turn shared secret", "TURN_SHARED_SECRET", g_turn, style="conv")
def synapse_turn_secret(r, S):
    server = hs(r)
    s = S()
    text = """# VoIP: coturn relay used by Element / Element Call fallback
turn_uris:
  - "turns:turn.%s?transport=udp"
  - "turns:turn.%s?transport=tcp"
  - "turn:turn.%s:3478?transport=udp"
turn_shared_secret: "%s"
turn_user_lifetime: 86400000
turn_allow_guests: false
""" % (server, server, server, s.raw)
    return pick(r, "synapse/conf.d/voip.yaml", "matrix/homeserver.d/turn.yaml"), text


@T("coturn", "static auth secret", "COTURN_STATIC_AUTH_SECRET", g_turn, style="other")
def coturn_conf(r, S):
    server = hs(r)
    s = S()
    text = """# /etc/turnserver.conf - coturn for %s
listening-port=3478
tls-listening-port=5349
listening-ip=0.0.0.0
external-ip=%s
min-port=49160
max-port=49200
fingerprint
use-auth-secret
static-auth-secret=%s
realm=turn.%s
total-quota=100
bps-capacity=0
stale-nonce=600
cert=/etc/letsencrypt/live/turn.%s/fullchain.pem
pkey=/etc/letsencrypt/live/turn.%s/privkey.pem
no-tlsv1
no-tlsv1_1
no-multicast-peers
denied-peer-ip=10.0.0.0-10.255.255.255
denied-peer-ip=192.168.0.0-192.168.255.255
denied-peer-ip=172.16.0.0-172.31.255.255
allowed-peer-ip=%s
log-file=stdout
""" % (server, "203.0.113.%d" % r.randrange(2, 250), s.raw, server, server, server, ipv4(r))
    return pick(r, "coturn/turnserver.conf", "deploy/turn/turnserver.conf", "etc/turnserver.conf"), text


@T("matrix-synapse", "server signing key", "SYNAPSE_SIGNING_KEY", g_seed, style="other")
def synapse_signing_key(r, S):
    server = hs(r)
    s = S()
    kid = "a_" + rs(r, LET, 4)
    text = "ed25519 %s %s\n" % (kid, s.raw)
    return "synapse/data/%s.signing.key" % server, text


@T("matrix-appservice", "appservice as_token", "AS_TOKEN", g_as_token, docs=MAUTRIX_DOCS)
def appservice_registration_as(r, S):
    server = hs(r)
    s = S()
    bridge = r.choice(["telegram", "signal", "whatsapp", "discord", "slack", "irc"])
    text = """id: %s
url: http://mautrix-%s:29317
as_token: %s
hs_token: "${%s_HS_TOKEN}"
sender_localpart: %s
rate_limited: false
namespaces:
  users:
    - regex: ^@%sbot:%s$
      exclusive: true
    - regex: ^@%s_.*:%s$
      exclusive: true
  aliases:
    - regex: ^#%s_.*:%s$
      exclusive: true
de.sorunome.msc2409.push_ephemeral: true
receive_ephemeral: true
""" % (bridge, bridge, s.raw, bridge.upper(), rs(r, LOWALNUM, 32), bridge,
       server.replace(".", "\\."), bridge, server.replace(".", "\\."), bridge,
       server.replace(".", "\\."))
    return pick(r, "bridges/%s/registration.yaml" % bridge, "synapse/appservices/%s.yaml" % bridge,
                "appservice-registration-%s.yaml" % bridge), text


@T("matrix-appservice", "appservice hs_token", "HS_TOKEN", g_as_token, style="conv")
def heisenbridge_registration(r, S):
    server = hs(r)
    s = S()
    text = """id: heisenbridge
url: http://heisenbridge:9898
as_token: "${HEISENBRIDGE_AS_TOKEN}"
hs_token: %s
rate_limited: false
sender_localpart: heisenbridge
namespaces:
  users:
  - regex: '@irc_.*'
    exclusive: true
  aliases: []
  rooms: []
""" % s.raw
    return pick(r, "heisenbridge/heisenbridge.yaml", "matrix/appservices/heisenbridge.yaml"), text


@T("mautrix", "appservice as_token", "MAUTRIX_AS_TOKEN", g_as_token, docs=MAUTRIX_DOCS)
def mautrix_config_as(r, S):
    server = hs(r)
    s = S()
    bridge = r.choice(["telegram", "signal", "whatsapp", "meta", "gmessages", "slack"])
    text = """# Homeserver details.
homeserver:
    # The address that this appservice can use to connect to the homeserver.
    address: http://synapse:8008
    # The domain of the homeserver (also known as server_name, used for MXIDs, etc).
    domain: %s
    software: standard
    async_media: false

# Application service host/registration related details.
# Changing these values requires regeneration of the registration.
appservice:
    address: http://mautrix-%s:29318
    hostname: 0.0.0.0
    port: 29318
    id: %s
    bot:
        username: %sbot
        displayname: %s bridge bot
        avatar: mxc://maunium.net/%s
    ephemeral_events: true
    # Authentication tokens for AS <-> HS communication. Autogenerated; do not modify.
    as_token: "%s"
    hs_token: "${MAUTRIX_HS_TOKEN}"

bridge:
    permissions:
        "*": relay
        "%s": user
        "@admin:%s": admin
""" % (server, bridge, bridge, bridge, bridge.capitalize(), rs(r, LET, 24), s.raw, server, server)
    return pick(r, "mautrix-%s/config.yaml" % bridge, "bridges/%s/config.yaml" % bridge), text


@T("mautrix", "database password", "MAUTRIX_DB_PASSWORD", g_strong_pw, style="other")
def mautrix_db_uri(r, S):
    server = hs(r)
    s = S()
    bridge = r.choice(["whatsapp", "signal", "discord", "gmessages"])
    text = """# Config options that affect the central bridge module.
database:
    # The database type. "sqlite3-fk-wal" and "postgres" are supported.
    type: postgres
    # The database URI.
    #   SQLite: A raw file path is supported, but `file:<path>?_txlock=immediate` is recommended.
    #   Postgres: Connection string. For example, postgres://user:password@host/database?sslmode=disable
    uri: postgres://mautrix_%s:%s@postgres.internal:5432/mautrix_%s?sslmode=disable
    max_open_conns: 20
    max_idle_conns: 2
    max_conn_idle_time: null
    max_conn_lifetime: null

homeserver:
    address: https://matrix.%s
    domain: %s

logging:
    min_level: info
    writers:
        - type: stdout
          format: pretty-colored
""" % (bridge, s.raw, bridge, server, server)
    return pick(r, "mautrix-%s/config.yaml" % bridge, "deploy/bridges/%s.yaml" % bridge), text


@T("mautrix", "double puppet shared secret", "LOGIN_SHARED_SECRET", g_strong_pw, style="other")
def mautrix_login_shared_secret(r, S):
    server = hs(r)
    s = S()
    text = """bridge:
    username_template: telegram_{userid}
    alias_template: telegram_{groupname}
    displayname_template: "{displayname} (Telegram)"
    sync_channel_members: true
    # Shared secrets for https://github.com/devture/matrix-synapse-shared-secret-auth
    #
    # If set, custom puppets will be enabled automatically for local users
    # instead of users having to find an access token and run `login-matrix`
    # manually.
    login_shared_secret_map:
        %s: %s
    encryption:
        allow: true
        default: false
""" % (server, s.raw)
    return pick(r, "mautrix-telegram/config.yaml", "bridges/telegram/config.yaml"), text


@T("maubot", "registration shared secret", "MAUBOT_HS_SECRET", g_synsecret, docs=SYN_DOCS,
   style="other")
def maubot_homeserver_secret(r, S):
    server = hs(r)
    s = S()
    text = """# The full URI to the database. SQLite and Postgres are fully supported.
database: sqlite:/data/maubot.db
crypto_database: default
plugin_directories:
    upload: /data/plugins
    load:
    - /data/plugins
    trash: /data/trash
server:
    hostname: 0.0.0.0
    port: 29316
    public_url: https://maubot.%s
    ui_base_path: /_matrix/maubot
    # The shared secret to sign API access tokens.
    # Set to "generate" to generate and save a new token at startup.
    unshared_secret: generate
# Known homeservers. This is required for the `mbc auth` command and also allows
# more convenient access from the management UI.
homeservers:
    %s:
        url: https://matrix.%s
        # Synapse registration shared secret, used to create bot accounts.
        secret: "%s"
admins:
    root: ""
api_features:
    login: true
    plugin: true
    instance: true
""" % (server, server, server, s.raw)
    return pick(r, "maubot/config.yaml", "deploy/maubot/config.yaml"), text


@T("maubot", "admin password", "MAUBOT_ADMIN_PASSWORD", g_human_pw, style="other")
def maubot_admin_password(r, S):
    server = hs(r)
    s = S()
    admin = r.choice(NICKS)
    text = """server:
    hostname: 0.0.0.0
    port: 29316
    public_url: https://bots.%s
# List of administrator users. Plaintext passwords will be bcrypted on startup. Set empty password
# to prevent normal login. Root is a special user that can't have a password and will always exist.
admins:
    root: ""
    %s: "%s"
logging:
    version: 1
    formatters:
        precise:
            format: "[%%(asctime)s] [%%(levelname)s@%%(name)s] %%(message)s"
    root:
        level: INFO
""" % (server, admin, s.raw)
    return pick(r, "maubot/config.yaml", "services/maubot/config.yaml"), text


@T("matrix", "access token", "MATRIX_ACCESS_TOKEN", g_syt, docs=MX_TOKEN_DOCS)
def matrix_nio_bot(r, S):
    server = hs(r)
    bot = r.choice(BOTS)
    s = S(localpart=bot)
    text = '''"""Small matrix-nio bot that relays CI results into a room."""
import asyncio
import os

from nio import AsyncClient, RoomMessageText

HOMESERVER = "https://matrix.%s"
BOT_USER = "@%s:%s"
ROOM_ID = "%s"
MATRIX_ACCESS_TOKEN = %s


async def on_message(room, event: RoomMessageText) -> None:
    if event.body.startswith("!status"):
        print(f"status requested in {room.room_id} by {event.sender}")


async def main() -> None:
    client = AsyncClient(HOMESERVER, BOT_USER)
    client.access_token = MATRIX_ACCESS_TOKEN
    client.user_id = BOT_USER
    client.device_id = os.environ.get("MATRIX_DEVICE_ID", "%s")
    client.add_event_callback(on_message, RoomMessageText)
    await client.room_send(
        ROOM_ID,
        message_type="m.room.message",
        content={"msgtype": "m.notice", "body": "CI bot online"},
    )
    await client.sync_forever(timeout=30000)


if __name__ == "__main__":
    asyncio.run(main())
''' % (server, bot, server, room_id(r, server), s.code("py"), device_id(r))
    return pick(r, "bot/main.py", "ci_notifier/bot.py", "scripts/matrix_notify.py"), text


@T("matrix", "access token", "MATRIX_TOKEN", g_syt, docs=MX_TOKEN_DOCS, style="other")
def matrix_nio_restore_login(r, S):
    server = hs(r)
    bot = r.choice(BOTS)
    s = S(localpart=bot)
    text = '''import asyncio
import logging

from nio import AsyncClient, AsyncClientConfig

log = logging.getLogger(__name__)

CONFIG = AsyncClientConfig(max_limit_exceeded=0, max_timeouts=0, store_sync_tokens=True)


def build_client(store_path: str) -> AsyncClient:
    client = AsyncClient(
        "https://%s",
        "@%s:%s",
        store_path=store_path,
        config=CONFIG,
    )
    client.restore_login(
        user_id="@%s:%s",
        device_id="%s",
        access_token=%s,
    )
    return client


async def announce(text: str) -> None:
    client = build_client("./store")
    try:
        await client.room_send("%s", "m.room.message", {"msgtype": "m.text", "body": text})
    finally:
        await client.close()
''' % (server, bot, server, bot, server, device_id(r), s.code("py"), room_id(r, server))
    return pick(r, "src/announcer/client.py", "matrix_bot/session.py"), text


@T("matrix", "access token", "MATRIX_ACCESS_TOKEN", g_syt, docs=MX_TOKEN_DOCS, style="other")
def matrix_bot_sdk_ts(r, S):
    server = hs(r)
    bot = r.choice(BOTS)
    s = S(localpart=bot)
    text = '''import {
    AutojoinRoomsMixin,
    MatrixClient,
    RustSdkCryptoStorageProvider,
    SimpleFsStorageProvider,
} from "matrix-bot-sdk";

const homeserverUrl = "https://matrix.%s";
const storage = new SimpleFsStorageProvider("bot.json");
const crypto = new RustSdkCryptoStorageProvider("./crypto");

const client = new MatrixClient(homeserverUrl, %s, storage, crypto);
AutojoinRoomsMixin.setupOnClient(client);

client.on("room.message", async (roomId: string, event: any) => {
    if (!event["content"]?.["body"]) return;
    const body: string = event["content"]["body"];
    if (body.startsWith("!ping")) {
        await client.replyNotice(roomId, event, "pong");
    }
});

client.start().then(() => console.log("%s started"));
''' % (server, s.code("ts"), bot)
    return pick(r, "src/index.ts", "bot/src/main.ts", "packages/bot/src/client.ts"), text


@T("matrix", "access token", "MATRIX_ACCESS_TOKEN", g_syt, docs=MX_TOKEN_DOCS)
def matrix_bot_config_json(r, S):
    server = hs(r)
    bot = r.choice(BOTS)
    s = S(localpart=bot)
    text = json.dumps({
        "homeserverUrl": "https://matrix.%s" % server,
        "accessToken": s.raw,
        "autoJoin": True,
        "dataPath": "storage",
        "encryption": r.choice([True, False]),
        "managementRoom": room_id(r, server),
        "commandPrefix": "!" + bot,
        "logLevel": "INFO",
    }, indent=2) + "\n"
    return pick(r, "config/production.json", "config/default.json", "bot-config.json"), text


@T("matrix", "access token", "MATRIX_ACCESS_TOKEN", g_syt, docs=MX_TOKEN_DOCS, style="other")
def mautrix_go_client(r, S):
    server = hs(r)
    bot = r.choice(BOTS)
    s = S(localpart=bot)
    text = '''package notify

import (
	"context"
	"fmt"
	"os"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
)

const homeserver = "https://matrix.%s"

var alertRoom = id.RoomID("%s")

// New returns a client logged in as the alerting bot.
func New() (*mautrix.Client, error) {
	cli, err := mautrix.NewClient(homeserver, id.UserID("@%s:%s"), %s)
	if err != nil {
		return nil, fmt.Errorf("matrix client: %%w", err)
	}
	cli.DeviceID = id.DeviceID("%s")
	return cli, nil
}

func Send(ctx context.Context, cli *mautrix.Client, text string) error {
	_, err := cli.SendMessageEvent(ctx, alertRoom, event.EventMessage, &event.MessageEventContent{
		MsgType: event.MsgNotice,
		Body:    text,
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "send failed:", err)
	}
	return err
}
''' % (server, room_id(r, server), bot, server, s.code("go"), device_id(r))
    return pick(r, "internal/notify/matrix.go", "pkg/alerts/matrix.go"), text


@T("matrix", "access token", "MATRIX_ACCESS_TOKEN", g_syt, docs=MX_TOKEN_DOCS, style="other")
def matrix_rust_session(r, S):
    server = hs(r)
    bot = r.choice(BOTS)
    s = S(localpart=bot)
    tok = s.code("rs")
    if tok.startswith('"'):
        tok += ".to_owned()"
    text = '''use matrix_sdk::{
    authentication::matrix::{MatrixSession, MatrixSessionTokens},
    ruma::{device_id, user_id},
    Client, SessionMeta,
};

pub async fn login() -> anyhow::Result<Client> {
    let client = Client::builder()
        .homeserver_url("https://matrix.%s")
        .sqlite_store("./state", None)
        .build()
        .await?;

    let session = MatrixSession {
        meta: SessionMeta {
            user_id: user_id!("@%s:%s").to_owned(),
            device_id: device_id!("%s").to_owned(),
        },
        tokens: MatrixSessionTokens {
            access_token: %s,
            refresh_token: None,
        },
    };
    client.restore_session(session).await?;
    Ok(client)
}
''' % (server, bot, server, device_id(r), tok)
    return pick(r, "src/session.rs", "crates/bot/src/login.rs"), text


@T("matrix-synapse", "admin access token", "SYNAPSE_ADMIN_TOKEN", g_syt, docs=MX_TOKEN_DOCS,
   style="other")
def synapse_admin_curl_md(r, S):
    server = hs(r)
    admin = r.choice(NICKS)
    s = S(localpart=admin)
    victim = r.choice(NICKS)
    text = """# Synapse admin runbook

Operational notes for `%s`. All calls go through the admin API on the
internal listener, never through the public reverse proxy.

## Deactivate a spam account

```bash
curl -sS -X POST \\
  -H "Authorization: Bearer %s" \\
  -H "Content-Type: application/json" \\
  -d '{"erase": true}' \\
  "http://localhost:8008/_synapse/admin/v1/deactivate/@%s:%s"
```

## Purge history of a room

```bash
curl -X POST -H "Content-Type: application/json" \\
  "http://localhost:8008/_synapse/admin/v1/purge_history/%s" \\
  -d '{"delete_local_events": false, "purge_up_to_ts": 1700000000000}'
```

Check progress with `GET /_synapse/admin/v1/purge_history_status/<purge_id>`.
""" % (server, s.raw, victim, server, room_id(r, server).replace("!", "%21").replace(":", "%3A"))
    return pick(r, "docs/runbooks/synapse-admin.md", "ops/matrix/ADMIN.md", "wiki/synapse.md"), text


@T("matrix-synapse", "legacy macaroon access token", "MATRIX_ACCESS_TOKEN", g_macaroon,
   docs=MX_TOKEN_DOCS, style="other")
def macaroon_query_param_sh(r, S):
    server = hs(r)
    bot = r.choice(BOTS)
    s = S(server=server, user="@%s:%s" % (bot, server))
    room = room_id(r, server)
    text = """#!/usr/bin/env bash
# Post the nightly backup summary to the ops room.
set -euo pipefail

HS="https://matrix.%s"
ROOM="%s"
SUMMARY="$(tail -n 5 /var/log/backup/nightly.log | sed 's/"/\\\\"/g' | tr '\\n' ' ')"
TXN="$(date +%%s%%N)"

curl -fsS -X PUT \\
  -H 'Content-Type: application/json' \\
  --data "{\\"msgtype\\":\\"m.notice\\",\\"body\\":\\"backup: ${SUMMARY}\\"}" \\
  "${HS}/_matrix/client/v3/rooms/${ROOM}/send/m.room.message/${TXN}?access_token=%s"
""" % (server, room, s.raw)
    return pick(r, "scripts/notify-backup.sh", "bin/matrix-post.sh", "cron/backup-report.sh"), text


@T("mjolnir", "legacy macaroon access token", "MJOLNIR_ACCESS_TOKEN", g_macaroon,
   docs=MX_TOKEN_DOCS, style="conv")
def mjolnir_config(r, S):
    server = hs(r)
    s = S(server=server, user="@mjolnir:%s" % server)
    text = """# Where the homeserver is located (client-server URL). This should point at
# pantalaimon if you're using that.
homeserverUrl: "https://matrix.%s"
# Where the homeserver is located (client-server URL). NOT pantalaimon.
rawHomeserverUrl: "https://matrix.%s"

# The access token for the bot to use. Do not populate if using Pantalaimon.
accessToken: "%s"

# Options related to Pantalaimon (https://github.com/matrix-org/pantalaimon)
pantalaimon:
  use: false
  username: mjolnir
  password: ""

dataPath: "/data/storage"
autojoinOnlyIfManager: true
managementRoom: "#moderators:%s"
verboseLogging: false
protectedRooms:
  - "https://matrix.to/#/#lobby:%s"
""" % (server, server, s.raw, server, server)
    return pick(r, "mjolnir/config/production.yaml", "draupnir/config/production.yaml"), text


@T("matrix-authentication-service", "compat access token", "MAS_ADMIN_TOKEN",
   lambda r: g_mas(r, r.choice(["mat", "mct"])), style="other")
def mas_admin_script(r, S):
    server = hs(r)
    s = S()
    text = '''#!/usr/bin/env python3
"""Lock dormant accounts through the MAS admin API."""
import datetime as dt
import sys

import requests

MAS = "https://auth.%s"
ADMIN_TOKEN = %s
CUTOFF = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=365)


def users(session):
    url = f"{MAS}/api/admin/v1/users?page[first]=100"
    while url:
        resp = session.get(url, timeout=30)
        resp.raise_for_status()
        body = resp.json()
        yield from body["data"]
        nxt = body.get("links", {}).get("next")
        url = f"{MAS}{nxt}" if nxt else None


def main() -> int:
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {ADMIN_TOKEN}"
    for u in users(s):
        seen = u["attributes"].get("last_active_at")
        if seen and dt.datetime.fromisoformat(seen) < CUTOFF:
            print("locking", u["attributes"]["username"])
            s.post(f"{MAS}/api/admin/v1/users/{u['id']}/lock", timeout=30).raise_for_status()
    return 0


if __name__ == "__main__":
    sys.exit(main())
''' % (server, s.code("py"))
    return pick(r, "tools/lock_dormant.py", "scripts/mas_cleanup.py"), text


@T("matrix", "recovery key", "MATRIX_RECOVERY_KEY", g_recovery, style="other")
def recovery_key_notes(r, S):
    server = hs(r)
    bot = r.choice(BOTS)
    s = S()
    text = """# %s bot - crypto setup

The bot account `@%s:%s` has cross-signing enabled and uses server-side key
backup, so a fresh deployment can decrypt history after a restore.

1. Log in once with the admin password, let the bot bootstrap cross-signing.
2. Store the recovery key below in the team vault as well.
3. Verify the bot's device from an admin account (emoji verification).

Recovery key (Security Key):

    %s

If the store is lost, run `bot --restore-backup` and paste the key when asked.
""" % (bot.capitalize(), bot, server, s.raw)
    return pick(r, "docs/crypto-setup.md", "notes/matrix-bot-keys.md", "README.ops.md"), text


@T("matrix-commander", "access token", "MATRIX_ACCESS_TOKEN", g_syt, docs=MX_TOKEN_DOCS)
def matrix_credentials_json(r, S):
    server = hs(r)
    bot = r.choice(BOTS)
    s = S(localpart=bot)
    text = json.dumps({
        "homeserver": "https://matrix.%s" % server,
        "device_id": device_id(r),
        "user_id": "@%s:%s" % (bot, server),
        "room_id": room_id(r, server),
        "access_token": s.raw,
        "default_room": room_id(r, server),
    }, indent=4) + "\n"
    return pick(r, "matrix-commander/credentials.json", ".config/matrix-commander/credentials.json",
                "deploy/notify/credentials.json"), text


@T("livekit", "api secret", "LIVEKIT_SECRET", g_lk_secret, docs=LK_DOCS)
def element_call_jwt_compose(r, S):
    server = hs(r)
    s = S()
    key = "API" + rs(r, ALNUM, 12)
    text = """services:
  livekit:
    image: livekit/livekit-server:v1.8
    command: --config /etc/livekit.yaml
    restart: unless-stopped
    network_mode: host
    volumes:
      - ./livekit.yaml:/etc/livekit.yaml:ro

  lk-jwt-service:
    image: ghcr.io/element-hq/lk-jwt-service:latest
    restart: unless-stopped
    environment:
      LIVEKIT_JWT_PORT: "8080"
      LIVEKIT_URL: "wss://sfu.%s"
      LIVEKIT_KEY: "%s"
      LIVEKIT_SECRET: "%s"
      LIVEKIT_FULL_ACCESS_HOMESERVERS: "%s"
    ports:
      - "127.0.0.1:8080:8080"
""" % (server, key, s.raw, server)
    return pick(r, "element-call/docker-compose.yml", "rtc/compose.yaml", "docker-compose.rtc.yml"), text


@T("livekit", "api secret", "LIVEKIT_API_SECRET", g_lk_secret, docs=LK_DOCS, style="other")
def livekit_yaml_keys(r, S):
    server = hs(r)
    s = S()
    key = "API" + rs(r, ALNUM, 12)
    text = """port: 7880
bind_addresses:
  - ""
rtc:
  tcp_port: 7881
  port_range_start: 50100
  port_range_end: 50200
  use_external_ip: true
room:
  auto_create: false
  empty_timeout: 300
logging:
  level: info
turn:
  enabled: true
  domain: turn.%s
  tls_port: 5349
  udp_port: 3478
keys:
  %s: %s
""" % (server, key, s.raw)
    return pick(r, "livekit/livekit.yaml", "deploy/element-call/livekit.yaml", "sfu/config.yaml"), text


@T("matrix-hookshot", "webhook signing secret", "HOOKSHOT_GITHUB_WEBHOOK_SECRET", g_strong_pw,
   style="conv")
def hookshot_config(r, S):
    server = hs(r)
    s = S()
    text = """bridge:
  domain: %s
  url: http://synapse:8008
  mediaUrl: https://matrix.%s
  port: 9993
  bindAddress: 0.0.0.0
passFile: ./passkey.pem
github:
  auth:
    id: %d
    privateKeyFile: github-key.pem
  webhook:
    secret: %s
  defaultOptions:
    showIssueRoomLink: false
    hotlinkIssues:
      prefix: "#"
listeners:
  - port: 9000
    bindAddress: 0.0.0.0
    resources:
      - webhooks
  - port: 9001
    bindAddress: 127.0.0.1
    resources:
      - metrics
      - provisioning
""" % (server, server, r.randrange(100000, 999999), s.raw)
    return pick(r, "hookshot/config.yml", "matrix/hookshot/config.yaml"), text


# ---- IRC ---------------------------------------------------------------------
@T("weechat", "irc sasl password", "IRC_SASL_PASSWORD", g_human_pw, style="conv")
def weechat_irc_conf(r, S):
    net, host = r.choice(IRCNETS)
    nick = r.choice(NICKS)
    s = S()
    text = """#
# weechat -- irc.conf
#
# WARNING: It is NOT recommended to edit this file by hand,
# especially if WeeChat is running.
#
# Use commands like /set or /fset to change settings in WeeChat.
#
# For more info, see: https://weechat.org/doc/weechat/quickstart/
#

config_version = 3

[look]
buffer_switch_autojoin = on
color_nicks_in_nicklist = on
display_join_message = "329,332,333,366"
smart_filter = on

[server_default]
autoreconnect = on
capabilities = "*"
nicks = "%s,%s_,%s__"
sasl_mechanism = plain
tls = on
tls_verify = on

[server]
%s.addresses = "%s/6697"
%s.tls = on
%s.autoconnect = on
%s.nicks = "%s"
%s.sasl_mechanism = plain
%s.sasl_username = "%s"
%s.sasl_password = "%s"
%s.autojoin = "#weechat,#%s-offtopic"
""" % (nick, nick, nick, net, host, net, net, net, nick, net, net, nick, net, s.raw, net, net)
    return pick(r, "dotfiles/weechat/irc.conf", ".weechat/irc.conf", "home/.config/weechat/irc.conf"), text


@T("weechat", "bouncer password", "ZNC_PASSWORD", g_human_pw, style="other")
def weechat_znc_bouncer(r, S):
    nick = r.choice(NICKS)
    net, host = r.choice(IRCNETS)
    s = S()
    text = """[server]
znc-%s.addresses = "bnc.%s/6501"
znc-%s.tls = on
znc-%s.tls_verify = on
znc-%s.password = "%s/%s:%s"
znc-%s.autoconnect = on
znc-%s.nicks = "%s"
znc-%s.username = "%s"
znc-%s.realname = "%s"
znc-%s.autojoin = ""
""" % (net, hs(r), net, net, net, nick, net, s.raw, net, net, nick, net, nick, net,
       nick.capitalize(), net)
    return pick(r, "weechat/irc.conf", "config/weechat/irc.conf"), text


@T("irssi", "irc sasl password", "IRC_SASL_PASSWORD", g_human_pw, style="conv")
def irssi_config(r, S):
    net, host = r.choice(IRCNETS)
    nick = r.choice(NICKS)
    s = S()
    text = """servers = (
  {
    address = "%s";
    chatnet = "%s";
    port = "6697";
    use_tls = "yes";
    tls_verify = "yes";
    autoconnect = "yes";
  }
);

chatnets = {
  %s = {
    type = "IRC";
    sasl_mechanism = "PLAIN";
    sasl_username = "%s";
    sasl_password = "%s";
    max_kicks = "1";
    max_msgs = "4";
    max_whois = "1";
  };
};

channels = (
  { name = "#irssi"; chatnet = "%s"; autojoin = "Yes"; },
  { name = "#%s"; chatnet = "%s"; autojoin = "Yes"; }
);

settings = {
  core = { real_name = "%s"; user_name = "%s"; nick = "%s"; };
  "fe-text" = { actlist_sort = "refnum"; };
};
""" % (host, net, net, nick, s.raw, net, r.choice(["linux", "python", "rust", "nixos"]), net,
       nick.capitalize(), nick, nick)
    return pick(r, "dotfiles/irssi/config", ".irssi/config", "irssi/config"), text


@T("hexchat", "nickserv password", "HEXCHAT_NICKSERV_PASSWORD", g_human_pw, style="other")
def hexchat_servlist(r, S):
    net, host = r.choice(IRCNETS)
    nick = r.choice(NICKS)
    s = S()
    text = """v=2.16.2

N=%s
I=%s
i=%s_
U=%s
R=%s
P=%s
L=6
E=UTF-8 (Unicode)
F=23
D=0
S=%s/+6697
J=#hexchat
J=#%s

N=OFTC
E=UTF-8 (Unicode)
F=19
D=0
S=irc.oftc.net
""" % (net.capitalize(), nick, nick, nick, nick.capitalize(), s.raw, host, net)
    return pick(r, "dotfiles/hexchat/servlist.conf", ".config/hexchat/servlist.conf"), text


@T("znc", "irc server password", "IRC_SERVER_PASSWORD", g_strong_pw, style="other")
def znc_server_password(r, S):
    nick = r.choice(NICKS)
    s = S()
    text = """// WARNING
//
// Do NOT edit this file while ZNC is running!
// Use webadmin or *controlpanel instead.
//
// Altering this file by hand will forfeit all support.
//
Version = 1.9.1
<Listener l>
	Port = 6501
	IPv4 = true
	IPv6 = true
	SSL = true
</Listener>
LoadModule = webadmin

<User %s>
	<Pass password>
		Method = sha256
		Hash = %s
		Salt = %s
	</Pass>
	Admin = true
	Nick = %s
	AltNick = %s_
	Ident = %s
	RealName = %s
	LoadModule = chansaver
	LoadModule = controlpanel

	<Network work>
		LoadModule = simple_away
		Server = irc.corp.%s +6697 %s
		<Chan #ops>
		</Chan>
		<Chan #deploys>
		</Chan>
	</Network>
</User>
""" % (nick, hexs(r, 64), rs(r, ALNUM + "!?,.-_", 20), nick, nick, nick, nick.capitalize(),
       hs(r), s.raw)
    return pick(r, "znc/configs/znc.conf", "bouncer/znc.conf", "docker/znc/configs/znc.conf"), text


@T("soju", "bouncer user password", "SOJU_PASSWORD", g_human_pw, style="other")
def soju_setup_sh(r, S):
    nick = r.choice(NICKS)
    s = S()
    text = """#!/bin/sh
# Bootstrap a soju bouncer in the container on first start.
set -eu

DB=/var/lib/soju/main.db

if [ ! -f "$DB" ]; then
    sojuctl -config /etc/soju/config user create -username %s -password %s -admin
    echo "created soju admin %s"
fi

exec soju -config /etc/soju/config
""" % (nick, s.code("sh") if s.mode == "env" else s.raw, nick)
    return pick(r, "soju/entrypoint.sh", "docker/soju/init.sh"), text


@T("the-lounge", "irc sasl password", "THELOUNGE_SASL_PASSWORD", g_human_pw, style="other")
def thelounge_user_json(r, S):
    net, host = r.choice(IRCNETS)
    nick = r.choice(NICKS)
    s = S()
    text = json.dumps({
        "log": True,
        "password": "$2a$11$" + rs(r, ALNUM + "./", 53),
        "lastUse": 1700000000000 + r.randrange(10 ** 10),
        "networks": [{
            "uuid": uuid4(r),
            "name": net.capitalize(),
            "host": host,
            "port": 6697,
            "tls": True,
            "rejectUnauthorized": True,
            "nick": nick,
            "username": nick,
            "realname": nick.capitalize(),
            "sasl": "plain",
            "saslAccount": nick,
            "saslPassword": s.raw,
            "commands": [],
            "channels": [{"name": "#thelounge", "key": ""}],
        }],
    }, indent=2) + "\n"
    return pick(r, "thelounge/users/%s.json" % nick, "lounge/users/%s.json" % nick), text


@T("limnoria", "irc sasl password", "LIMNORIA_SASL_PASSWORD", g_human_pw, style="conv")
def limnoria_conf(r, S):
    net, host = r.choice(IRCNETS)
    bot = r.choice(BOTS).replace("-", "")
    s = S()
    text = """###
# Determines the bot's default nick.
#
# Default value: supybot
###
supybot.nick: %s
supybot.nick.alternates: %%s` %%s_
supybot.ident: limnoria
supybot.user: Limnoria $version

###
# Determines what networks the bot will connect to.
###
supybot.networks: %s
supybot.networks.%s.servers: %s:6697
supybot.networks.%s.ssl: True
supybot.networks.%s.channels: #%s-dev #%s
supybot.networks.%s.sasl.username: %s
supybot.networks.%s.sasl.password: %s
supybot.networks.%s.sasl.mechanisms: plain
supybot.networks.%s.sasl.required: True

supybot.reply.whenAddressedBy.chars: !
supybot.plugins: Admin Channel Config Misc Owner User RSS Seen
""" % (bot, net, net, host, net, net, bot, bot, net, bot, net, s.raw, net, net)
    return pick(r, "limnoria/%s.conf" % bot, "bot/%s.conf" % bot), text


@T("sopel", "nickserv password", "SOPEL_AUTH_PASSWORD", g_human_pw, style="conv")
def sopel_cfg(r, S):
    net, host = r.choice(IRCNETS)
    bot = r.choice(BOTS).replace("-", "")
    owner = r.choice(NICKS)
    s = S()
    text = """[core]
nick = %s
host = %s
use_ssl = true
port = 6697
owner = %s
channels =
    "#%s"
    "#%s-ops"
prefix = \\.
auth_method = nickserv
auth_username = %s
auth_password = %s
logdir = /var/log/sopel
homedir = /srv/sopel

[url]
exclude = https?://(www\\.)?localhost
""" % (bot, host, owner, bot, bot, bot, s.raw)
    return pick(r, "sopel/default.cfg", ".sopel/%s.cfg" % bot), text


@T("eggdrop", "nickserv password", "EGGDROP_NS_PASS", g_human_pw, style="other")
def eggdrop_identify_tcl(r, S):
    bot = r.choice(BOTS).replace("-", "")
    s = S()
    text = """# identify.tcl -- identify to NickServ when the bot connects
#
# load from eggdrop.conf:  source scripts/identify.tcl

namespace eval ::identify {
    variable nick "%s"
    variable delay 5
}

bind evnt - init-server ::identify::on_connect

proc ::identify::on_connect {type} {
    variable delay
    utimer $delay ::identify::send
}

proc ::identify::send {} {
    variable nick
    putserv "PRIVMSG NickServ :IDENTIFY $nick %s"
    putlog "identify: sent IDENTIFY for $nick"
}

putlog "identify.tcl loaded"
""" % (bot, s.code("tcl"))
    return pick(r, "eggdrop/scripts/identify.tcl", "scripts/identify.tcl"), text


@T("pydle", "irc sasl password", "IRC_SASL_PASSWORD", g_human_pw, style="other")
def pydle_bot(r, S):
    net, host = r.choice(IRCNETS)
    bot = r.choice(BOTS).replace("-", "")
    s = S()
    text = '''import os

import pydle


class ReleaseBot(pydle.Client):
    async def on_connect(self):
        await self.join("#%s-releases")

    async def on_message(self, target, source, message):
        if message.strip() == "!latest":
            await self.message(target, f"latest: {os.environ.get('RELEASE_TAG', 'unknown')}")


if __name__ == "__main__":
    client = ReleaseBot(
        "%s",
        realname="release announcer",
        sasl_username="%s",
        sasl_password=%s,
        sasl_identity="%s",
    )
    client.run("%s", tls=True, tls_verify=True, port=6697)
''' % (bot, bot, bot, s.code("py"), bot, host)
    return pick(r, "ircbot/bot.py", "tools/release_bot.py"), text


@T("irc-framework", "irc account password", "IRC_PASSWORD", g_human_pw, style="other")
def irc_framework_js(r, S):
    net, host = r.choice(IRCNETS)
    bot = r.choice(BOTS).replace("-", "")
    s = S()
    text = '''"use strict";
const IRC = require("irc-framework");

const bot = new IRC.Client();

bot.connect({
    host: "%s",
    port: 6697,
    tls: true,
    nick: "%s",
    gecos: "status relay",
    account: {
        account: "%s",
        password: %s,
    },
});

bot.on("registered", () => {
    const chan = bot.channel("#%s-status");
    chan.join();
    chan.say("relay online");
});

bot.on("message", (event) => {
    if (event.message === "!uptime") {
        event.reply(`up ${Math.round(process.uptime())}s`);
    }
});
''' % (host, bot, bot, s.code("js"), bot)
    return pick(r, "relay/irc.js", "src/irc-client.js"), text


@T("go-ircevent", "irc sasl password", "IRC_SASL_PASSWORD", g_human_pw, style="conv")
def go_ircevent(r, S):
    net, host = r.choice(IRCNETS)
    bot = r.choice(BOTS).replace("-", "")
    s = S()
    text = '''package main

import (
	"crypto/tls"
	"log"

	irc "github.com/thoj/go-ircevent"
)

const channel = "#%s-feed"

func main() {
	conn := irc.IRC("%s", "%s")
	conn.UseTLS = true
	conn.TLSConfig = &tls.Config{ServerName: "%s"}
	conn.UseSASL = true
	conn.SASLLogin = "%s"
	conn.SASLPassword = %s
	conn.SASLMech = "PLAIN"
	conn.AddCallback("001", func(e *irc.Event) { conn.Join(channel) })
	conn.AddCallback("PRIVMSG", func(e *irc.Event) {
		if e.Message() == "!ping" {
			conn.Privmsg(channel, "pong")
		}
	})
	if err := conn.Connect("%s:6697"); err != nil {
		log.Fatal(err)
	}
	conn.Loop()
}
''' % (bot, bot, bot, host, bot, s.code("go"), host)
    return pick(r, "cmd/ircfeed/main.go", "ircbot/main.go"), text


@T("inspircd", "oper password", "INSPIRCD_OPER_PASSWORD", g_human_pw, style="conv")
def inspircd_oper(r, S):
    nick = r.choice(NICKS)
    s = S()
    text = """<config format="xml">
<!-- opers.conf: included from inspircd.conf -->
<class name="Shutdown" commands="DIE RESTART REHASH LOADMODULE UNLOADMODULE RELOADMODULE GLOADMODULE GUNLOADMODULE GRELOADMODULE" privs="users/auspex channels/auspex servers/auspex" usermodes="*" chanmodes="*">
<class name="ServerLink" commands="CONNECT SQUIT RCONNECT RSQUIT MKPASSWD ALLTIME SWHOIS LOCKSERV UNLOCKSERV" usermodes="*" chanmodes="*" privs="servers/auspex">
<class name="BanControl" commands="KILL GLINE KLINE ZLINE QLINE ELINE TLINE RLINE CHECK NICKLOCK NICKUNLOCK SHUN CLONES CBAN" usermodes="*" chanmodes="*">

<type name="NetAdmin" classes="SACommands OperChat BanControl HostCloak Shutdown ServerLink" vhost="netadmin.irc.%s" modes="+s +cCqQ">

<oper name="%s"
      password="%s"
      host="*@%s *@127.0.0.1"
      type="NetAdmin"
      maxchans="60">
</config>
""" % (hs(r), nick, s.raw, ipv4(r))
    return pick(r, "inspircd/conf/opers.conf", "ircd/opers.conf"), text


@T("inspircd", "server link password", "INSPIRCD_LINK_PASSWORD", g_strong_pw, style="other")
def inspircd_link(r, S):
    s = S()
    dom = hs(r)
    text = """<config format="xml">
<!-- links.conf -->
<link name="hub.irc.%s"
      ipaddr="%s"
      port="7005"
      allowmask="%s/32"
      timeout="5m"
      ssl="gnutls"
      bind="0.0.0.0"
      statshidden="no"
      hidden="no"
      sendpass="%s"
      recvpass="%s">

<autoconnect period="10m" server="hub.irc.%s">
<uline server="services.irc.%s" silent="yes">
</config>
""" % (dom, ipv4(r), ipv4(r), s.raw, s.raw, dom, dom)
    return pick(r, "inspircd/conf/links.conf", "ircd/links.conf"), text


@T("unrealircd", "oper password", "UNREAL_OPER_PASSWORD", g_human_pw, style="conv")
def unreal_oper(r, S):
    nick = r.choice(NICKS)
    s = S()
    text = """/* Oper blocks - see https://www.unrealircd.org/docs/Oper_block */

oper %s {
	class opers;
	mask { ip %s; }
	password "%s";
	operclass netadmin-with-override;
	swhois "is a Network Administrator";
	vhost netadmin.irc.%s;
};

operclass local-helper {
	permissions {
		chat;
		channel { see; }
		client { see; }
	}
};
""" % (nick, ipv4(r), s.raw, hs(r))
    return pick(r, "unrealircd/conf/opers.conf", "ircd/unrealircd.d/opers.conf"), text


@T("unrealircd", "server link password", "UNREAL_LINK_PASSWORD", g_strong_pw, style="other")
def unreal_link(r, S):
    dom = hs(r)
    s = S()
    text = """link leaf1.irc.%s {
	incoming {
		mask *@%s;
	};
	outgoing {
		bind-ip *;
		hostname leaf1.irc.%s;
		port 6900;
		options { tls; autoconnect; };
	};
	password "%s";
	class servers;
};

ulines {
	services.irc.%s;
};
""" % (dom, ipv4(r), dom, s.raw, dom)
    return pick(r, "unrealircd/conf/links.conf", "ircd/links.conf"), text


@T("anope", "services uplink password", "ANOPE_UPLINK_PASSWORD", g_strong_pw, style="conv")
def anope_uplink(r, S):
    dom = hs(r)
    s = S()
    text = """/*
 * [REQUIRED] IRCd Config
 *
 * This section is used to set up Anope to connect to your IRC network.
 */
uplink
{
	host = "127.0.0.1"
	ipv6 = no
	ssl = no
	port = 7000
	password = "%s"
}

serverinfo
{
	name = "services.irc.%s"
	description = "Services for IRC Networks"
	pid = "data/services.pid"
	motd = "conf/services.motd"
}

module
{
	name = "unreal4"
	use_server_side_mlock = yes
	use_server_side_topiclock = yes
}
""" % (s.raw, dom)
    return pick(r, "anope/conf/services.conf", "services/services.conf"), text


@T("ngircd", "operator password", "NGIRCD_OPER_PASSWORD", g_human_pw, style="conv")
def ngircd_operator(r, S):
    dom = hs(r)
    nick = r.choice(NICKS)
    s = S()
    text = """[Global]
	Name = irc.%s
	AdminInfo1 = %s IRC
	AdminEMail = irc-admin@%s
	Info = Internal chat for the lab
	Listen = 0.0.0.0
	MotdFile = /etc/ngircd/ngircd.motd
	Ports = 6667
	ServerGID = irc
	ServerUID = irc

[Limits]
	MaxConnections = 500
	MaxJoins = 10

[Options]
	PAM = no
	AllowRemoteOper = no

[Operator]
	Name = %s
	Password = %s
	Mask = *!*@%s

[Channel]
	Name = #lab
	Topic = lab chat - be nice
	Modes = +tn
""" % (dom, dom.split(".")[0].capitalize(), dom, nick, s.raw, ipv4(r))
    return pick(r, "ngircd/ngircd.conf", "etc/ngircd/ngircd.conf"), text


# ---- XMPP ------------------------------------------------------------------
@T("prosody", "component secret", "PROSODY_COMPONENT_SECRET", g_strong_pw, style="conv")
def prosody_component(r, S):
    dom = hs(r)
    s = S()
    comp = r.choice(["biboumi", "slidge", "spectrum", "matterbridge", "gateway"])
    text = """-- Prosody XMPP server configuration for %s
admins = { "admin@%s" }

modules_enabled = {
	"roster"; "saslauth"; "tls"; "dialback"; "disco"; "carbons"; "pep";
	"private"; "blocklist"; "vcard4"; "vcard_legacy"; "version"; "uptime";
	"time"; "ping"; "register"; "admin_adhoc"; "smacks"; "csi_simple";
	"mam"; "cloud_notify";
}

allow_registration = false
c2s_require_encryption = true
s2s_require_encryption = true
s2s_secure_auth = true
authentication = "internal_hashed"
archive_expires_after = "1w"

certificates = "certs"

VirtualHost "%s"

Component "conference.%s" "muc"
	modules_enabled = { "muc_mam" }

Component "%s.%s"
	component_secret = "%s"
""" % (dom, dom, dom, dom, comp, dom, s.raw)
    return pick(r, "prosody/prosody.cfg.lua", "etc/prosody/prosody.cfg.lua",
                "prosody/conf.d/%s.cfg.lua" % dom), text


@T("prosody", "xmpp account password", "XMPP_BOT_PASSWORD", g_strong_pw, style="conv")
def prosody_plain_account(r, S):
    dom = hs(r)
    bot = r.choice(BOTS).replace("-", "")
    s = S()
    text = """return {
	["password"] = "%s";
	["created"] = %d;
};
""" % (s.raw, 1600000000 + r.randrange(10 ** 8))
    return "prosody/data/%s/accounts/%s.dat" % (dom.replace(".", "%2e"), bot), text


@T("ejabberd", "component password", "EJABBERD_SERVICE_PASSWORD", g_strong_pw, style="conv")
def ejabberd_service(r, S):
    dom = hs(r)
    s = S()
    text = """hosts:
  - %s

loglevel: info

certfiles:
  - /etc/ejabberd/certs/*.pem

listen:
  -
    port: 5222
    ip: "::"
    module: ejabberd_c2s
    max_stanza_size: 262144
    shaper: c2s_shaper
    access: c2s
    starttls_required: true
  -
    port: 5269
    ip: "::"
    module: ejabberd_s2s_in
    max_stanza_size: 524288
  -
    port: 5347
    ip: "127.0.0.1"
    module: ejabberd_service
    hosts:
      "irc.%s":
        password: "%s"

acl:
  admin:
    user: admin@%s
""" % (dom, dom, s.raw, dom)
    return pick(r, "ejabberd/ejabberd.yml", "conf/ejabberd.yml"), text


@T("ejabberd", "database password", "EJABBERD_SQL_PASSWORD", g_human_pw, style="conv")
def ejabberd_sql(r, S):
    dom = hs(r)
    s = S()
    text = """hosts:
  - %s

default_db: sql
sql_type: pgsql
sql_server: "postgres.internal"
sql_port: 5432
sql_database: "ejabberd"
sql_username: "ejabberd"
sql_password: "%s"
sql_pool_size: 10
new_sql_schema: true

auth_method: [sql]
auth_password_format: scram
auth_scram_hash: sha256

modules:
  mod_mam:
    db_type: sql
    assume_mam_usage: true
    default: always
  mod_muc:
    access_create: muc_create
""" % (dom, s.raw)
    return pick(r, "ejabberd/ejabberd.yml", "deploy/xmpp/ejabberd.yml"), text


@T("spectrum2", "component password", "SPECTRUM_PASSWORD", g_strong_pw, style="conv")
def spectrum2_cfg(r, S):
    dom = hs(r)
    s = S()
    text = """[service]
jid = irc.%s
password = %s
server = 127.0.0.1
port = 5347
user = spectrum
group = spectrum
backend = /usr/bin/spectrum2_libcommuni_backend
users_per_backend = 10

[identity]
name = IRC Transport
category = gateway
type = irc

[database]
type = sqlite3
database = /var/lib/spectrum2/$jid/database.sql

[logging]
config = /etc/spectrum2/logging.cfg
""" % (dom, s.raw)
    return pick(r, "spectrum2/transports/irc.cfg", "etc/spectrum2/irc.cfg"), text


@T("slixmpp", "xmpp bot password", "XMPP_PASSWORD", g_human_pw, style="other")
def slixmpp_bot(r, S):
    dom = hs(r)
    bot = r.choice(BOTS).replace("-", "")
    s = S()
    text = '''import asyncio
import logging

import slixmpp


class AlertBot(slixmpp.ClientXMPP):
    def __init__(self, jid, password, room, nick):
        super().__init__(jid, password)
        self.room = room
        self.nick = nick
        self.add_event_handler("session_start", self.start)
        self.register_plugin("xep_0030")
        self.register_plugin("xep_0045")
        self.register_plugin("xep_0199")

    async def start(self, event):
        self.send_presence()
        await self.get_roster()
        await self.plugin["xep_0045"].join_muc_wait(self.room, self.nick)
        self.send_message(mto=self.room, mbody="alertbot online", mtype="groupchat")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    xmpp = AlertBot("%s@%s", %s, "alerts@conference.%s", "alertbot")
    xmpp.connect()
    asyncio.get_event_loop().run_forever()
''' % (bot, dom, s.code("py"), dom)
    return pick(r, "xmpp/alertbot.py", "bots/xmpp_alert.py"), text


@T("smack", "xmpp bot password", "XMPP_PASSWORD", g_human_pw, style="other")
def smack_java(r, S):
    dom = hs(r)
    bot = r.choice(BOTS).replace("-", "")
    s = S()
    text = '''package org.example.notify;

import org.jivesoftware.smack.AbstractXMPPConnection;
import org.jivesoftware.smack.chat2.ChatManager;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jxmpp.jid.impl.JidCreate;

public final class XmppNotifier {

    private final AbstractXMPPConnection connection;

    public XmppNotifier() throws Exception {
        XMPPTCPConnectionConfiguration config = XMPPTCPConnectionConfiguration.builder()
                .setXmppDomain("%s")
                .setHost("xmpp.%s")
                .setUsernameAndPassword("%s", %s)
                .setResource("notifier")
                .build();
        this.connection = new XMPPTCPConnection(config);
    }

    public void send(String to, String body) throws Exception {
        connection.connect().login();
        ChatManager.getInstanceFor(connection)
                .chatWith(JidCreate.entityBareFrom(to))
                .send(body);
    }
}
''' % (dom, dom, bot, s.code("java"))
    return pick(r, "src/main/java/org/example/notify/XmppNotifier.java"), text


@T("go-xmpp", "xmpp bot password", "XMPP_PASSWORD", g_human_pw, style="conv")
def go_xmpp(r, S):
    dom = hs(r)
    bot = r.choice(BOTS).replace("-", "")
    s = S()
    text = '''package main

import (
	"log"

	"github.com/xmppo/go-xmpp"
)

func main() {
	options := xmpp.Options{
		Host:          "xmpp.%s:5222",
		User:          "%s@%s",
		Password:      %s,
		NoTLS:         true,
		StartTLS:      true,
		Debug:         false,
		Session:       true,
		Status:        "chat",
		StatusMessage: "watching deploys",
	}
	talk, err := options.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	_, err = talk.Send(xmpp.Chat{Remote: "ops@conference.%s", Type: "groupchat", Text: "deploy finished"})
	if err != nil {
		log.Fatal(err)
	}
}
''' % (dom, bot, dom, s.code("go"), dom)
    return pick(r, "cmd/xmpp-notify/main.go"), text


# ---- Jitsi -----------------------------------------------------------------
@T("jitsi", "jicofo auth password", "JICOFO_AUTH_PASSWORD", g_hex32, style="conv")
def jitsi_env(r, S):
    dom = hs(r)
    s = S()
    text = """# shellcheck disable=SC2034

################################################################################
# Basic configuration options
################################################################################

# Directory where all configuration will be stored
CONFIG=~/.jitsi-meet-cfg

# Exposed HTTP port
HTTP_PORT=8000

# Exposed HTTPS port
HTTPS_PORT=8443

# System time zone
TZ=UTC

# Public URL for the web service (required)
PUBLIC_URL=https://meet.%s

################################################################################
# Security
################################################################################

# XMPP password for Jicofo client connections
JICOFO_AUTH_PASSWORD=%s

# XMPP password for JVB client connections
JVB_AUTH_PASSWORD=

# XMPP password for Jigasi MUC client connections
JIGASI_XMPP_PASSWORD=
""" % (dom, s.raw)
    return pick(r, "jitsi/.env", "docker-jitsi-meet/.env"), text


@T("jitsi", "jvb auth password", "JVB_AUTH_PASSWORD", g_hex32, style="conv")
def jitsi_compose(r, S):
    dom = hs(r)
    s = S()
    text = """services:
  jvb:
    image: jitsi/jvb:stable-9584
    restart: unless-stopped
    ports:
      - "10000:10000/udp"
    volumes:
      - ${CONFIG}/jvb:/config:Z
    environment:
      - DOCKER_HOST_ADDRESS=%s
      - JVB_ADVERTISE_IPS=203.0.113.%d
      - JVB_AUTH_USER=jvb
      - JVB_AUTH_PASSWORD=%s
      - JVB_BREWERY_MUC=jvbbrewery
      - JVB_PORT=10000
      - PUBLIC_URL=https://meet.%s
      - XMPP_AUTH_DOMAIN=auth.meet.jitsi
      - XMPP_INTERNAL_MUC_DOMAIN=internal-muc.meet.jitsi
      - XMPP_SERVER=xmpp.meet.jitsi
      - TZ=UTC
    depends_on:
      - prosody
    networks:
      meet.jitsi:
""" % (ipv4(r), r.randrange(2, 250), s.raw, dom)
    return pick(r, "jitsi/docker-compose.override.yml", "meet/compose.jvb.yml"), text


# ---- Zulip -----------------------------------------------------------------
@T("zulip", "bot api key", "ZULIP_API_KEY", g_zulip, docs=ZULIP_DOCS, style="other")
def zuliprc(r, S):
    dom = hs(r)
    bot = r.choice(BOTS).replace("-", "")
    s = S()
    text = """[api]
email=%s-bot@%s
key=%s
site=https://zulip.%s
""" % (bot, dom, s.raw, dom)
    return pick(r, "zuliprc", "bots/%s/zuliprc" % bot, "deploy/zulip/%s.zuliprc" % bot), text


@T("zulip", "bot api key", "ZULIP_API_KEY", g_zulip, docs=ZULIP_DOCS, style="conv")
def zulip_python_client(r, S):
    dom = hs(r)
    bot = r.choice(BOTS).replace("-", "")
    s = S()
    text = '''"""Post deploy notifications to Zulip."""
import sys

import zulip

ZULIP_SITE = "https://zulip.%s"
ZULIP_EMAIL = "%s-bot@%s"
ZULIP_API_KEY = %s


def notify(topic: str, content: str) -> None:
    client = zulip.Client(email=ZULIP_EMAIL, api_key=ZULIP_API_KEY, site=ZULIP_SITE)
    result = client.send_message(
        {"type": "stream", "to": "deployments", "topic": topic, "content": content}
    )
    if result["result"] != "success":
        print(result, file=sys.stderr)


if __name__ == "__main__":
    notify(sys.argv[1], " ".join(sys.argv[2:]))
''' % (dom, bot, dom, s.code("py"))
    return pick(r, "tools/zulip_notify.py", "ops/notify.py"), text


@T("zulip", "incoming webhook api key", "ZULIP_WEBHOOK_KEY", g_zulip, docs=ZULIP_DOCS,
   style="other")
def zulip_webhook_alertmanager(r, S):
    dom = hs(r)
    s = S()
    text = """route:
  receiver: zulip-ops
  group_by: ['alertname', 'job']
  group_wait: 30s
  group_interval: 5m
  repeat_interval: 4h

receivers:
  - name: zulip-ops
    webhook_configs:
      - url: "https://zulip.%s/api/v1/external/alertmanager?api_key=%s&stream=alerts&name=instance&desc=summary"
        send_resolved: true

inhibit_rules:
  - source_matchers: [severity="critical"]
    target_matchers: [severity="warning"]
    equal: ['alertname', 'instance']
""" % (dom, s.raw)
    return pick(r, "monitoring/alertmanager.yml", "alertmanager/config.yml"), text


@T("zulip", "django secret key", "ZULIP_SECRET_KEY", lambda r: rs(r, ALNUM, 50), style="conv")
def zulip_docker_compose(r, S):
    dom = hs(r)
    s = S()
    text = """services:
  zulip:
    image: "ghcr.io/zulip/zulip-server:10.3-0"
    restart: unless-stopped
    ports:
      - "25:25"
      - "80:80"
      - "443:443"
    environment:
      DB_HOST: "database"
      DB_HOST_PORT: "5432"
      DB_USER: "zulip"
      SETTING_MEMCACHED_LOCATION: "memcached:11211"
      SETTING_RABBITMQ_HOST: "rabbitmq"
      SETTING_REDIS_HOST: "redis"
      SECRETS_email_password: "${ZULIP_EMAIL_PASSWORD}"
      SECRETS_rabbitmq_password: "${RABBITMQ_DEFAULT_PASS}"
      SECRETS_postgres_password: "${POSTGRES_PASSWORD}"
      SECRETS_memcached_password: "${MEMCACHED_PASSWORD}"
      SECRETS_redis_password: "${REDIS_PASSWORD}"
      SECRETS_secret_key: "%s"
      SETTING_EXTERNAL_HOST: "zulip.%s"
      SETTING_ZULIP_ADMINISTRATOR: "admin@%s"
      ZULIP_AUTH_BACKENDS: "EmailAuthBackend"
    volumes:
      - "zulip:/data:rw"
    ulimits:
      nofile:
        soft: 1000000
        hard: 1048576
volumes:
  zulip:
""" % (s.raw, dom, dom)
    return pick(r, "zulip/compose.yaml", "docker-zulip/docker-compose.yml"), text


# ---- Mattermost ------------------------------------------------------------
def mm_config(r, dom, at_rest, link_salt):
    return json.dumps({
        "ServiceSettings": {
            "SiteURL": "https://mattermost.%s" % dom,
            "ListenAddress": ":8065",
            "EnableIncomingWebhooks": True,
            "EnableOutgoingWebhooks": True,
            "EnableBotAccountCreation": True,
            "EnableUserAccessTokens": True,
            "SessionLengthWebInHours": 720,
        },
        "TeamSettings": {"SiteName": "Mattermost", "MaxUsersPerTeam": 250,
                         "EnableOpenServer": False},
        "SqlSettings": {
            "DriverName": "postgres",
            "DataSource": "postgres://mmuser:${MM_DB_PASSWORD}@db:5432/mattermost?sslmode=disable",
            "MaxIdleConns": 20,
            "MaxOpenConns": 300,
            "AtRestEncryptKey": at_rest,
            "QueryTimeout": 30,
        },
        "FileSettings": {
            "DriverName": "local",
            "Directory": "./data/",
            "EnablePublicLink": True,
            "PublicLinkSalt": link_salt,
            "MaxFileSize": 104857600,
        },
        "EmailSettings": {"EnableSignUpWithEmail": True, "SMTPServer": "smtp.%s" % dom,
                          "SMTPPort": "587", "ConnectionSecurity": "STARTTLS"},
        "LogSettings": {"EnableConsole": True, "ConsoleLevel": "INFO"},
    }, indent=4) + "\n"


@T("mattermost", "at-rest encryption key", "MM_SQLSETTINGS_ATRESTENCRYPTKEY", g_mm_salt,
   style="conv")
def mattermost_atrest(r, S):
    s = S()
    return pick(r, "mattermost/config/config.json", "config/config.json"), \
        mm_config(r, hs(r), s.raw, "")


@T("mattermost", "public link salt", "MM_FILESETTINGS_PUBLICLINKSALT", g_mm_salt, style="conv")
def mattermost_linksalt(r, S):
    s = S()
    return pick(r, "mattermost/config/config.json", "volumes/app/mattermost/config/config.json"), \
        mm_config(r, hs(r), "", s.raw)


@T("mattermost", "bot access token", "MATTERMOST_BOT_TOKEN", g_mm_token, style="other")
def mattermost_driver_py(r, S):
    dom = hs(r)
    s = S()
    text = '''from mattermostdriver import Driver

CHANNEL_ID = "%s"

driver = Driver({
    "url": "mattermost.%s",
    "scheme": "https",
    "port": 443,
    "token": %s,
    "verify": True,
})


def post(message: str) -> None:
    driver.login()
    driver.posts.create_post(options={"channel_id": CHANNEL_ID, "message": message})


if __name__ == "__main__":
    post(":rocket: nightly build published")
''' % (mm_id(r), dom, s.code("py"))
    return pick(r, "scripts/mm_post.py", "notify/mattermost.py"), text


@T("mattermost", "incoming webhook", "MATTERMOST_WEBHOOK_URL", g_mm_token, style="other")
def mattermost_webhook_ci(r, S):
    dom = hs(r)
    s = S()
    text = """name: release

on:
  push:
    tags: ["v*"]

jobs:
  announce:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Announce in Mattermost
        run: |
          curl -fsS -X POST -H 'Content-Type: application/json' \\
            -d "{\\"text\\": \\"Released ${GITHUB_REF_NAME} :tada:\\"}" \\
            https://mattermost.%s/hooks/%s
""" % (dom, s.raw)
    return pick(r, ".github/workflows/release.yml", ".github/workflows/announce.yml"), text


@T("mattermost", "database password", "MM_DB_PASSWORD", g_strong_pw, style="other")
def mattermost_compose_dsn(r, S):
    dom = hs(r)
    s = S()
    text = """services:
  mattermost:
    image: mattermost/mattermost-team-edition:9.11
    restart: unless-stopped
    security_opt:
      - no-new-privileges:true
    pids_limit: 200
    read_only: false
    tmpfs:
      - /tmp
    environment:
      TZ: UTC
      MM_SQLSETTINGS_DRIVERNAME: postgres
      MM_SQLSETTINGS_DATASOURCE: "postgres://mmuser:%s@postgres:5432/mattermost?sslmode=disable&connect_timeout=10"
      MM_BLEVESETTINGS_INDEXDIR: /mattermost/bleve-indexes
      MM_SERVICESETTINGS_SITEURL: https://chat.%s
    volumes:
      - ./volumes/app/mattermost/config:/mattermost/config:rw
      - ./volumes/app/mattermost/data:/mattermost/data:rw
    ports:
      - "8065:8065"
""" % (s.raw, dom)
    return pick(r, "mattermost/docker-compose.yml", "compose/mattermost.yml"), text


@T("mattermost", "personal access token", "MATTERMOST_ACCESS_TOKEN", g_mm_token, style="conv")
def hubot_matteruser_unit(r, S):
    dom = hs(r)
    s = S()
    text = """[Unit]
Description=Hubot (Mattermost adapter)
After=network-online.target

[Service]
Type=simple
User=hubot
WorkingDirectory=/opt/hubot
Environment=MATTERMOST_HOST=chat.%s
Environment=MATTERMOST_GROUP=engineering
Environment=MATTERMOST_ACCESS_TOKEN=%s
Environment=HUBOT_LOG_LEVEL=info
ExecStart=/opt/hubot/bin/hubot --adapter matteruser --name hubot
Restart=on-failure

[Install]
WantedBy=multi-user.target
""" % (dom, s.raw)
    return pick(r, "deploy/hubot.service", "systemd/hubot.service"), text


# ---- Rocket.Chat -----------------------------------------------------------
@T("rocket.chat", "auth token", "ROCKETCHAT_AUTH_TOKEN", g_rc_token, docs=RC_DOCS, style="other")
def rocketchat_curl_header(r, S):
    dom = hs(r)
    s = S()
    text = """#!/usr/bin/env bash
# Announce a finished release in #releases on Rocket.Chat.
set -euo pipefail

RC_URL="https://rocket.%s"
VERSION="${1:?usage: $0 <version>}"

curl -fsS "${RC_URL}/api/v1/chat.postMessage" \\
  -H "X-Auth-Token: %s" \\
  -H "X-User-Id: %s" \\
  -H "Content-type: application/json" \\
  -d "{\\"channel\\": \\"#releases\\", \\"text\\": \\"Version ${VERSION} is out\\"}"
""" % (dom, s.raw, meteor_id(r))
    return pick(r, "scripts/announce-release.sh", "ci/rocketchat-notify.sh"), text


@T("rocket.chat", "admin password", "ADMIN_PASS", g_human_pw, style="conv")
def rocketchat_compose_admin(r, S):
    dom = hs(r)
    s = S()
    text = """services:
  rocketchat:
    image: registry.rocket.chat/rocketchat/rocket.chat:6.12.0
    restart: always
    environment:
      MONGO_URL: "mongodb://mongodb:27017/rocketchat?replicaSet=rs0"
      MONGO_OPLOG_URL: "mongodb://mongodb:27017/local?replicaSet=rs0"
      ROOT_URL: https://rocket.%s
      PORT: 3000
      DEPLOY_METHOD: docker
      OVERWRITE_SETTING_Show_Setup_Wizard: completed
      ADMIN_USERNAME: admin
      ADMIN_NAME: Administrator
      ADMIN_EMAIL: admin@%s
      ADMIN_PASS: "%s"
    depends_on:
      - mongodb
    expose:
      - 3000

  mongodb:
    image: docker.io/bitnami/mongodb:6.0
    restart: always
    environment:
      MONGODB_REPLICA_SET_MODE: primary
      MONGODB_REPLICA_SET_NAME: rs0
      ALLOW_EMPTY_PASSWORD: "yes"
""" % (dom, dom, s.raw)
    return pick(r, "rocketchat/compose.yml", "docker-compose.yml"), text


@T("rocket.chat", "incoming webhook token", "ROCKETCHAT_WEBHOOK", g_rc_hook, style="other")
def rocketchat_webhook_js(r, S):
    dom = hs(r)
    s = S()
    hook = "https://rocket.%s/hooks/%s/%s" % (dom, meteor_id(r), s.raw)
    text = '''// Forward Sentry alerts to Rocket.Chat
const fetch = require("node-fetch");

const WEBHOOK = "%s";

module.exports = async function forward(alert) {
    const res = await fetch(WEBHOOK, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
            text: `:rotating_light: ${alert.project}: ${alert.title}`,
            attachments: [{ title: "Open in Sentry", title_link: alert.url, color: "#ff0000" }],
        }),
    });
    if (!res.ok) throw new Error(`rocket.chat webhook failed: ${res.status}`);
};
''' % hook
    return pick(r, "functions/forward-alert.js", "src/notify/rocketchat.js"), text


@T("rocket.chat", "personal access token", "ROCKETCHAT_TOKEN", g_rc_token, docs=RC_DOCS,
   style="other")
def rocketchat_api_py(r, S):
    dom = hs(r)
    s = S()
    text = '''from requests import sessions
from rocketchat_API.rocketchat import RocketChat

with sessions.Session() as session:
    rocket = RocketChat(
        user_id="%s",
        auth_token=%s,
        server_url="https://rocket.%s",
        session=session,
    )
    for ch in rocket.channels_list().json()["channels"]:
        print(ch["name"], ch["usersCount"])
''' % (meteor_id(r), s.code("py"), dom)
    return pick(r, "scripts/list_channels.py", "tools/rc_stats.py"), text


# ---- Revolt / Gitter -------------------------------------------------------
@T("revolt", "bot token", "REVOLT_BOT_TOKEN", g_revolt, style="other")
def revolt_js_bot(r, S):
    s = S()
    text = '''import { Client } from "revolt.js";

const client = new Client();

client.on("ready", async () =>
    console.info(`Logged in as ${client.user!.username}!`),
);

client.on("messageCreate", async (message) => {
    if (message.content === "!hello") {
        await message.channel!.sendMessage("world");
    }
});

client.loginBot(%s);
''' % s.code("ts")
    return pick(r, "src/bot.ts", "revolt-bot/index.ts"), text


@T("revolt", "bot token", "REVOLT_BOT_TOKEN", g_revolt, style="other")
def revolt_py_header(r, S):
    s = S()
    text = '''import httpx

API = "https://api.revolt.chat"
HEADERS = {"X-Bot-Token": %s}


def send(channel_id: str, content: str) -> dict:
    resp = httpx.post(f"{API}/channels/{channel_id}/messages",
                      headers=HEADERS, json={"content": content}, timeout=10)
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    print(send("%s", "hello from the build server"))
''' % (s.code("py"), ulid(r))
    return pick(r, "tools/revolt_send.py", "notify/revolt.py"), text


@T("gitter", "personal access token", "GITTER_TOKEN", g_hex40, style="conv")
def gitter_token_py(r, S):
    s = S()
    text = '''"""Mirror release notes into the project's Gitter room (legacy API)."""
import requests

GITTER_TOKEN = %s
ROOM_ID = "%s"


def post(text):
    r = requests.post(
        f"https://api.gitter.im/v1/rooms/{ROOM_ID}/chatMessages",
        headers={"Authorization": f"Bearer {GITTER_TOKEN}", "Accept": "application/json"},
        json={"text": text},
        timeout=15,
    )
    r.raise_for_status()
''' % (s.code("py"), hexs(r, 24))
    return pick(r, "scripts/gitter_post.py", "release/gitter.py"), text


# ---- TeamSpeak / Mumble ----------------------------------------------------
@T("teamspeak", "serverquery password", "TS3_QUERY_PASSWORD", g_ts_query, style="other")
def ts3_query_py(r, S):
    dom = hs(r)
    s = S()
    text = '''import ts3

with ts3.query.TS3ServerConnection("telnet://ts.%s:10011") as ts3conn:
    ts3conn.exec_("login", client_login_name="serveradmin", client_login_password=%s)
    ts3conn.exec_("use", sid=1)
    resp = ts3conn.exec_("clientlist")
    for client in resp:
        print(client["client_nickname"])
''' % (dom, s.code("py"))
    return pick(r, "tools/ts3_who.py", "scripts/teamspeak_online.py"), text


@T("teamspeak", "serveradmin password", "TS3SERVER_SERVERADMIN_PASSWORD", g_ts_query, style="other")
def ts3_runscript(r, S):
    s = S()
    text = """#!/bin/sh
# Start the TeamSpeak 3 server with a fixed query admin password.
cd /opt/teamspeak3-server || exit 1
export TS3SERVER_LICENSE=accept
exec ./ts3server_minimal_runscript.sh \\
    license_accepted=1 \\
    query_protocols=raw,ssh \\
    serveradmin_password=%s \\
    logpath=/var/log/teamspeak
""" % s.raw
    return pick(r, "teamspeak/start.sh", "bin/ts3-start.sh"), text


@T("teamspeak", "privilege key", "TS3_PRIVILEGE_KEY", g_ts_priv, style="other")
def ts3_privilege_md(r, S):
    dom = hs(r)
    s = S()
    text = """# Voice server

* Address: `ts.%s` (default port 9987)
* Channels: `Lobby`, `Standup`, `AFK`

## First admin

The server printed a one-time privilege key on first start. Connect with the
TeamSpeak client, then *Permissions -> Use Privilege Key* and paste:

```
token=%s
```

After that, create per-person keys for the Server Admin group from the client.
""" % (dom, s.raw)
    return pick(r, "docs/voice.md", "infra/teamspeak/README.md"), text


@T("mumble", "server password", "MUMBLE_SERVER_PASSWORD", g_human_pw, style="conv")
def murmur_ini(r, S):
    dom = hs(r)
    s = S()
    text = """; Murmur configuration file.
;
; General notes:
; * Settings in this file are default settings and many of them can be overridden
;   with virtual server specific configuration via the Ice or DBus interface.
database=/var/lib/mumble-server/mumble-server.sqlite
ice="tcp -h 127.0.0.1 -p 6502"
icesecretwrite=
logfile=/var/log/mumble-server/mumble-server.log
pidfile=/run/mumble-server/mumble-server.pid
welcometext="<br />Welcome to the <b>%s</b> Mumble server.<br />"
port=64738
serverpassword=%s
bandwidth=72000
users=100
opusthreshold=0
registerName=%s voice
sslCert=/etc/letsencrypt/live/voice.%s/fullchain.pem
sslKey=/etc/letsencrypt/live/voice.%s/privkey.pem
""" % (dom, s.raw, dom.split(".")[0], dom, dom)
    return pick(r, "mumble/mumble-server.ini", "etc/murmur.ini"), text


@T("mumble", "ice write secret", "MUMBLE_ICESECRETWRITE", g_strong_pw, style="conv")
def murmur_ice(r, S):
    s = S()
    text = """# docker-compose for mumble-server with Ice enabled for the admin panel
services:
  mumble-server:
    image: mumblevoip/mumble-server:v1.5
    restart: on-failure
    ports:
      - "64738:64738"
      - "64738:64738/udp"
    environment:
      MUMBLE_CONFIG_WELCOMETEXT: "Hi there"
      MUMBLE_CONFIG_ICE: "tcp -h 0.0.0.0 -p 6502"
      MUMBLE_CONFIG_ICESECRETWRITE: "%s"
      MUMBLE_CONFIG_USERS: "60"
    volumes:
      - ./data:/data
""" % s.raw
    return pick(r, "mumble/docker-compose.yml", "voice/compose.yaml"), text


@T("pymumble", "server password", "MUMBLE_PASSWORD", g_human_pw, style="other")
def pymumble_bot(r, S):
    dom = hs(r)
    s = S()
    text = '''import time

import pymumble_py3 as pymumble

mumble = pymumble.Mumble("voice.%s", "MusicBot", port=64738, password=%s, reconnect=True)
mumble.set_application_string("musicbot")
mumble.start()
mumble.is_ready()
mumble.channels.find_by_name("Lounge").move_in()

while True:
    time.sleep(1)
''' % (dom, s.code("py"))
    return pick(r, "musicbot/main.py", "bots/mumble_music.py"), text


@T("prosody", "tls private key", "PROSODY_TLS_KEY", pem_ec_private, style="other")
def prosody_tls_key(r, S):
    dom = hs(r)
    s = S()
    path = pick(r, "prosody/certs/%s.key" % dom, "xmpp/certs/%s.key" % dom)
    if s.positive:
        return path, s.raw + "\n", "-----BEGIN PRIVATE KEY-----"
    if s.mode in ("ph", "mask", "doc", "empty"):
        return path, "-----BEGIN PRIVATE KEY-----\n%s\n-----END PRIVATE KEY-----\n" % (
            s.fill or "<paste the key for %s here>" % dom)
    return path, "# key material is not stored in git; deployed from %s\n" % s.fill


# =========================================================== look-alikes
def ed_pub(r):
    return b64std(rbytes(r, 32))


def ed_sig(r):
    return b64std(rbytes(r, 64))


@L("matrix", "room ids")
def la_room_ids(r):
    server = hs(r)
    rooms = "\n".join('    - "%s"   # %s' % (room_id(r, server), n) for n in
                      r.sample(["lobby", "dev", "random", "ops", "support", "releases", "offtopic"], 4))
    text = """# Rooms the bot joins and moderates. Room ids are stable, aliases may move.
bot:
  user_id: "@%s:%s"
  display_name: "Room Helper"
rooms:
%s
admins:
  - "@%s:%s"
  - "@%s:%s"
""" % (r.choice(BOTS), server, rooms, r.choice(NICKS), server, r.choice(NICKS), server)
    return pick(r, "bot/rooms.yaml", "config/rooms.yml"), text


@L("matrix", "event ids")
def la_event_ids(r):
    server = hs(r)
    lines = []
    for _ in range(r.randrange(6, 12)):
        lines.append(json.dumps({"ts": ts(r), "room_id": room_id(r, server), "event_id": event_id(r),
                                 "sender": "@%s:%s" % (r.choice(NICKS), server),
                                 "action": r.choice(["redact", "ban", "kick", "report"]),
                                 "reason": r.choice(["spam", "abuse", "off-topic", "link spam"])}))
    return pick(r, "moderation/actions.jsonl", "logs/mod-actions.jsonl"), "\n".join(lines) + "\n"


@L("matrix", "device list")
def la_devices(r):
    server = hs(r)
    devs = [{"device_id": device_id(r), "display_name": r.choice(["Element Desktop", "Element X (iOS)",
             "FluffyChat", "Cinny", "nheko", "Element Android"]), "last_seen_ip": ipv4(r),
             "last_seen_ts": 1700000000000 + r.randrange(10 ** 10)} for _ in range(r.randrange(3, 6))]
    return pick(r, "tests/fixtures/devices.json", "fixtures/matrix/devices.json"), \
        json.dumps({"devices": devs}, indent=2) + "\n"


@L("matrix", "server verify keys (public)")
def la_server_keys(r):
    server = hs(r)
    kid = "ed25519:a_" + rs(r, LET, 4)
    body = {
        "server_name": server,
        "valid_until_ts": 1700000000000 + r.randrange(10 ** 10),
        "verify_keys": {kid: {"key": ed_pub(r)}},
        "old_verify_keys": {"ed25519:auto": {"expired_ts": 1600000000000, "key": ed_pub(r)}},
        "signatures": {server: {kid: ed_sig(r)}},
    }
    return pick(r, "tests/fixtures/server_keys.json", "federation/testdata/key_v2_server.json"), \
        json.dumps(body, indent=2) + "\n"


@L("matrix-synapse", "trusted key servers (public keys)")
def la_trusted_keys(r):
    text = """# Federation: which servers we trust to vouch for other servers' signing keys.
trusted_key_servers:
  - server_name: "%s"
    verify_keys:
      "ed25519:auto": "%s"
  - server_name: "%s"
    verify_keys:
      "ed25519:a_%s": "%s"
    accept_keys_insecurely: false
key_refresh_interval: 1d
suppress_key_server_warning: true
""" % (hs(r), ed_pub(r), hs(r), rs(r, LET, 4), ed_pub(r))
    return pick(r, "synapse/conf.d/keys.yaml", "homeserver.d/federation.yaml"), text


@L("matrix", "olm device keys (public)")
def la_olm_keys(r):
    server = hs(r)
    user = "@%s:%s" % (r.choice(NICKS), server)
    dev = device_id(r)
    body = {"device_keys": {
        "algorithms": ["m.olm.v1.curve25519-aes-sha2", "m.megolm.v1.aes-sha2"],
        "device_id": dev, "user_id": user,
        "keys": {"curve25519:" + dev: ed_pub(r), "ed25519:" + dev: ed_pub(r)},
        "signatures": {user: {"ed25519:" + dev: ed_sig(r)}}},
        "one_time_keys": {"signed_curve25519:AAAAA" + rs(r, "ABCDEFGHQ", 1):
                          {"key": ed_pub(r), "signatures": {user: {"ed25519:" + dev: ed_sig(r)}}}}}
    return pick(r, "tests/data/keys_upload.json", "spec/fixtures/device_keys.json"), \
        json.dumps(body, indent=2) + "\n"


@L("matrix", "megolm session ids")
def la_megolm(r):
    server = hs(r)
    rows = ["room_id,session_id,sender_key,algorithm,first_known_index"]
    for _ in range(r.randrange(5, 10)):
        rows.append("%s,%s,%s,m.megolm.v1.aes-sha2,%d" % (room_id(r, server), ed_pub(r), ed_pub(r),
                                                         r.randrange(0, 400)))
    return pick(r, "debug/undecryptable_sessions.csv", "reports/utd-sessions.csv"), "\n".join(rows) + "\n"


@L("matrix", "signed event with hashes")
def la_signed_event(r):
    server = hs(r)
    ev = {"auth_events": [event_id(r) for _ in range(3)], "content": {"membership": "join",
          "displayname": r.choice(NICKS).capitalize()}, "depth": r.randrange(10, 9999),
          "hashes": {"sha256": b64std(rbytes(r, 32))}, "origin_server_ts": 1700000000000 + r.randrange(10 ** 9),
          "prev_events": [event_id(r)], "room_id": room_id(r, server),
          "sender": "@%s:%s" % (r.choice(NICKS), server), "state_key": "@x:%s" % server,
          "type": "m.room.member",
          "signatures": {server: {"ed25519:a_" + rs(r, LET, 4): ed_sig(r)}}, "unsigned": {"age": 42}}
    return pick(r, "tests/fixtures/pdu_member.json", "testdata/events/join.json"), \
        json.dumps(ev, indent=2) + "\n"


@L("matrix", "mxc media uris")
def la_mxc(r):
    server = hs(r)
    out = {"emoticons": {}}
    for name in r.sample(["party", "shipit", "thumbsup", "coffee", "bug", "fire", "lgtm"], 5):
        out["emoticons"][name] = {"url": "mxc://%s/%s" % (server, rs(r, LET, 24)), "body": name}
    out["pack"] = {"display_name": "Team emotes", "avatar_url": "mxc://%s/%s" % (server, rs(r, LET, 24))}
    return pick(r, "emotes/pack.json", "assets/im.ponies.room_emotes.json"), json.dumps(out, indent=2) + "\n"


@L("znc", "hashed user password")
def la_znc_hash(r):
    nick = r.choice(NICKS)
    net, host = r.choice(IRCNETS)
    text = """Version = 1.8.2
<Listener listener0>
	AllowIRC = true
	AllowWeb = true
	IPv4 = true
	Port = 6697
	SSL = true
</Listener>

<User %s>
	Admin = true
	Pass = sha256#%s#%s#
	Nick = %s
	AltNick = %s_
	Ident = %s
	RealName = %s
	Buffer = 500
	AutoClearChanBuffer = false
	MultiClients = true

	<Network %s>
		FloodBurst = 9
		FloodRate = 2.00
		Server = %s +6697
		TrustedServerFingerprint = %s
		<Chan #znc>
		</Chan>
	</Network>
</User>
""" % (nick, hexs(r, 64), rs(r, ALNUM + "!?,.-_()", 20), nick, nick, nick, nick.capitalize(), net,
       host, ":".join(hexs(r, 2) for _ in range(32)))
    return pick(r, "znc/configs/znc.conf", "configs/znc.conf"), text


@L("znc", "hashed password block")
def la_znc_pass_block(r):
    nick = r.choice(NICKS)
    text = """<User %s>
	<Pass password>
		Method = sha256
		Hash = %s
		Salt = %s
	</Pass>
	Admin = false
	Nick = %s
	LoadModule = sasl
	LoadModule = nickserv
</User>
""" % (nick, hexs(r, 64), rs(r, ALNUM + "!?,.-_", 20), nick)
    return pick(r, "znc/users/%s.conf" % nick, "bouncer/users/%s.conf" % nick), text


@L("prosody", "internal_hashed account store")
def la_prosody_hashed(r):
    text = """return {
	["iteration_count"] = 10000;
	["stored_key"] = "%s";
	["salt"] = "%s";
	["server_key"] = "%s";
};
""" % (hexs(r, 40), uuid4(r), hexs(r, 40))
    dom = hs(r)
    return "prosody/data/%s/accounts/%s.dat" % (dom.replace(".", "%2e"), r.choice(NICKS)), text


@L("ejabberd", "scram rows")
def la_ejabberd_scram(r):
    dom = hs(r)
    rows = []
    for n in r.sample(NICKS, 4):
        rows.append("INSERT INTO users (username, server_host, type, password, serverkey, salt, iterationcount)"
                    " VALUES ('%s', '%s', 1, '%s', '%s', '%s', 4096);" % (
                        n, dom, b64std(rbytes(r, 32), True), b64std(rbytes(r, 32), True),
                        b64std(rbytes(r, 16), True)))
    return pick(r, "db/seed/users.sql", "migrations/fixtures/ejabberd_users.sql"), \
        "-- test users for the staging XMPP server (SCRAM-SHA-256 stored keys)\n" + "\n".join(rows) + "\n"


@L("unrealircd", "argon2 oper hash")
def la_unreal_argon(r):
    nick = r.choice(NICKS)
    h = "$argon2id$v=19$m=6144,t=2,p=2$%s$%s" % (b64std(rbytes(r, 16)), b64std(rbytes(r, 32)))
    text = """/* Generated with: ./unrealircd mkpasswd */
oper %s {
	class opers;
	mask *@%s;
	password "%s";
	operclass netadmin;
	swhois "is a Network Administrator";
};
""" % (nick, ipv4(r), h)
    return pick(r, "unrealircd/conf/opers.conf", "ircd/opers.d/%s.conf" % nick), text


@L("inspircd", "bcrypt oper hash")
def la_insp_bcrypt(r):
    nick = r.choice(NICKS)
    text = """<oper name="%s"
      hash="bcrypt"
      password="$2a$10$%s"
      host="*@%s"
      sslonly="yes"
      fingerprint="%s"
      type="NetAdmin">
""" % (nick, rs(r, ALNUM + "./", 53), ipv4(r), hexs(r, 64))
    return pick(r, "inspircd/conf/opers.conf", "ircd/inspircd.d/opers.conf"), text


@L("unrealircd", "example cloak keys")
def la_unreal_cloak_example(r):
    text = """set {
	network-name "ExampleNET";
	default-server "irc.example.org";
	services-server "services.example.org";
	stats-server "stats.example.org";
	help-channel "#help";
	cloak-prefix "Clk";
	prefix-quit "Quit";

	/* Cloak keys should be the same at all servers on the network.
	 * They are used for generating masked hosts and should be kept secret.
	 * The keys should be 3 random strings of 80 characters each (or more).
	 * and must consist of lowercase (a-z), uppercase (A-Z) and digits (0-9).
	 * HINT: On *NIX, you can run './unrealircd gencloak' in your shell to let
	 *       UnrealIRCd generate 3 random strings for you.
	 */
	cloak-keys {
		"Oozahho1raezoh0iMee4ohvegaifahv5xaepeitaich9tahdiquaid0geecipahdauVaij3zieph4ahi";
		"and another one";
		"and another one";
	};
};
"""
    return pick(r, "unrealircd/conf/unrealircd.conf.example", "doc/conf/examples/example.conf"), text


@L("teamspeak", "unique ids")
def la_ts_uids(r):
    rows = ["# TeamSpeak client unique ids allowed into the Staff group"]
    for n in r.sample(NICKS, 5):
        rows.append("%s=%s" % (n, b64std(rbytes(r, 20), True)))
    rows.append("")
    rows.append("server_uid=%s" % b64std(rbytes(r, 20), True))
    return pick(r, "teamspeak/staff_uids.properties", "voice/ts_whitelist.ini"), "\n".join(rows) + "\n"


@L("weechat", "secured sasl reference + tls fingerprint")
def la_weechat_secured(r):
    net, host = r.choice(IRCNETS)
    nick = r.choice(NICKS)
    text = """[server]
%s.addresses = "%s/6697"
%s.tls = on
%s.tls_fingerprint = "%s"
%s.sasl_mechanism = plain
%s.sasl_username = "%s"
%s.sasl_password = "${sec.data.%s}"
%s.autoconnect = on
""" % (net, host, net, net, hexs(r, 64), net, net, nick, net, net, net)
    return pick(r, "dotfiles/weechat/irc.conf", ".config/weechat/irc.conf"), text


@L("mattermost", "object ids")
def la_mm_export(r):
    lines = [json.dumps({"type": "version", "version": 1})]
    team = mm_id(r)
    chan = mm_id(r)
    for _ in range(r.randrange(5, 9)):
        lines.append(json.dumps({"type": "post", "post": {"id": mm_id(r), "team_id": team, "channel_id": chan,
                     "user_id": mm_id(r), "create_at": 1700000000000 + r.randrange(10 ** 9),
                     "message": r.choice(["lgtm", "deploying now", "rollback done", "who owns this alert?"]),
                     "root_id": "", "props": {}}}))
    return pick(r, "export/posts.jsonl", "mm-export/channel_posts.jsonl"), "\n".join(lines) + "\n"


@L("rocket.chat", "object ids")
def la_rc_messages(r):
    msgs = [{"_id": meteor_id(r), "rid": meteor_id(r), "msg": r.choice(["hi", "build green", "ack"]),
             "ts": {"$date": ts(r) + ".000Z"}, "u": {"_id": meteor_id(r), "username": r.choice(NICKS)},
             "_updatedAt": {"$date": ts(r) + ".000Z"}} for _ in range(r.randrange(3, 6))]
    return pick(r, "test/fixtures/rc_messages.json", "data/rocketchat/history.json"), \
        json.dumps({"messages": msgs, "count": len(msgs), "offset": 0, "success": True}, indent=2) + "\n"


@L("livekit", "room / participant / egress ids")
def la_livekit_ids(r):
    evs = []
    room = "RM_" + rs(r, ALNUM, 12)
    rname = "standup-" + rs(r, LOWALNUM, 6)
    for kind in ["room_started", "participant_joined", "track_published", "egress_started", "room_finished"]:
        ev = {"event": kind, "id": "EV_" + rs(r, ALNUM, 12), "createdAt": str(1700000000 + r.randrange(10 ** 7)),
              "room": {"sid": room, "name": rname}}
        if kind.startswith("participant") or kind.startswith("track"):
            ev["participant"] = {"sid": "PA_" + rs(r, ALNUM, 12), "identity": "@%s:%s" % (r.choice(NICKS), hs(r))}
        if kind.startswith("track"):
            ev["track"] = {"sid": "TR_" + rs(r, ALNUM, 14), "type": "AUDIO"}
        if kind.startswith("egress"):
            ev["egressInfo"] = {"egressId": "EG_" + rs(r, ALNUM, 12), "roomId": room}
        evs.append(ev)
    return pick(r, "tests/fixtures/livekit_webhooks.json", "testdata/lk-events.json"), json.dumps(evs, indent=2) + "\n"


@L("revolt", "ulid ids")
def la_revolt_ids(r):
    body = {"_id": ulid(r), "name": "Build Farm", "owner": ulid(r), "channels": [ulid(r) for _ in range(4)],
            "default_permissions": 4000322560, "roles": {ulid(r): {"name": "Maintainer", "rank": 1}}}
    return pick(r, "fixtures/revolt_server.json", "tests/data/server.json"), json.dumps(body, indent=2) + "\n"


@L("element-web", "release checksums")
def la_sha256sums(r):
    ver = "1.11.%d" % r.randrange(40, 99)
    files = ["element-v%s.tar.gz" % ver, "element-v%s.tar.gz.asc" % ver, "element-desktop_%s_amd64.deb" % ver]
    text = "".join("%s  %s\n" % (hexs(r, 64), f) for f in files)
    return pick(r, "vendor/element/SHA256SUMS", "downloads/element/SHA256SUMS.txt"), text


@L("matrix-synapse", "image digests")
def la_digests(r):
    text = """services:
  synapse:
    image: ghcr.io/element-hq/synapse@sha256:%s
    restart: unless-stopped
    volumes:
      - ./data:/data
  postgres:
    image: postgres:16-alpine@sha256:%s
    environment:
      POSTGRES_USER: synapse
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
      POSTGRES_INITDB_ARGS: "--encoding=UTF-8 --lc-collate=C --lc-ctype=C"
    secrets:
      - pg_password
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
""" % (hexs(r, 64), hexs(r, 64))
    return pick(r, "compose.yaml", "matrix/docker-compose.yml"), text


@L("npm", "integrity hashes")
def la_npm_lock(r):
    pk = {}
    for name, ver in [("matrix-js-sdk", "34.%d.0" % r.randrange(1, 13)), ("matrix-widget-api", "1.%d.0" % r.randrange(5, 12)),
                      ("irc-framework", "4.14.0"), ("matrix-bot-sdk", "0.7.1")]:
        pk["node_modules/" + name] = {"version": ver,
                                      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name, ver),
                                      "integrity": "sha512-" + b64std(rbytes(r, 64), True), "license": "Apache-2.0"}
    body = {"name": "chat-bot", "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", json.dumps(body, indent=2) + "\n"


@L("cargo", "lock checksums")
def la_cargo_lock(r):
    out = ["# This file is automatically @generated by Cargo.", "# It is not intended for manual editing.",
           "version = 3", ""]
    for name, ver in [("matrix-sdk", "0.7.1"), ("matrix-sdk-crypto", "0.7.2"), ("ruma", "0.9.4"),
                      ("vodozemac", "0.5.1")]:
        out += ["[[package]]", 'name = "%s"' % name, 'version = "%s"' % ver,
                'source = "registry+https://github.com/rust-lang/crates.io-index"',
                'checksum = "%s"' % hexs(r, 64), ""]
    return "Cargo.lock", "\n".join(out)


@L("go", "go.sum hashes")
def la_gosum(r):
    mods = [("maunium.net/go/mautrix", "v0.21.%d" % r.randrange(0, 2)), ("github.com/thoj/go-ircevent", "v0.0.0-20210723090443-73e444401d64"),
            ("github.com/rs/zerolog", "v1.33.0"), ("go.mau.fi/util", "v0.8.0")]
    lines = []
    for m, v in mods:
        lines.append("%s %s h1:%s" % (m, v, b64std(rbytes(r, 32), True)))
        lines.append("%s %s/go.mod h1:%s" % (m, v, b64std(rbytes(r, 32), True)))
    return "go.sum", "\n".join(lines) + "\n"


@L("git", "commit shas")
def la_changelog(r):
    out = ["# Changelog", ""]
    for i in range(r.randrange(4, 7)):
        out.append("## v0.%d.%d (%s)" % (r.randrange(1, 9), i, date(r)))
        for _ in range(r.randrange(2, 4)):
            out.append("- %s (%s)" % (r.choice(["Fix reconnect loop after SASL failure",
                                                   "Bridge: handle edits of edits", "Bump mautrix to latest",
                                                   "Add !uptime command", "Retry appservice transactions"]),
                                       hexs(r, 40)[:r.choice([7, 8, 40])]))
        out.append("")
    return "CHANGELOG.md", "\n".join(out)


@L("pgp", "public key block")
def la_pgp(r):
    body = b64std(rbytes(r, 400), True)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    text = """# Security policy

Report vulnerabilities in the bridge to security@%s, encrypted to:

```
-----BEGIN PGP PUBLIC KEY BLOCK-----

%s
=%s
-----END PGP PUBLIC KEY BLOCK-----
```

Fingerprint: `%s`
""" % (hs(r), "\n".join(lines), b64std(rbytes(r, 3)), " ".join(hexs(r, 4).upper() for _ in range(10)))
    return "SECURITY.md", text


@L("xmpp", "public certificate")
def la_cert(r):
    body = b64std(b"\x30\x82\x03" + rbytes(r, 700), True)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return pick(r, "prosody/certs/%s.crt" % hs(r), "certs/xmpp-chain.pem"), \
        "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n"


@L("ssh", "deploy public keys")
def la_ssh_pub(r):
    out = ["# deploy keys for the chat hosts (public halves only)"]
    for n in r.sample(NICKS, 3):
        out.append("ssh-ed25519 %s %s@laptop" % (b64std(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(r, 32), True), n))
    return pick(r, "ansible/files/authorized_keys", "infra/ssh/authorized_keys"), "\n".join(out) + "\n"


@L("matrix-synapse", "redacted request log")
def la_synapse_log(r):
    server = hs(r)
    out = []
    for _ in range(r.randrange(6, 10)):
        out.append("%s,%03d - synapse.access.http.8008 - 465 - INFO - GET-%d - %s - 8008 - {@%s:%s} Processed request: "
                   "0.%03dsec/0.000sec (0.002sec, 0.000sec) (0.001sec/0.002sec/2) 512B 200 \"GET "
                   "/_matrix/client/v3/sync?since=s%d_%d_0_1_1_1_1_%d_0&timeout=30000&access_token=<redacted> HTTP/1.1\" "
                   "\"Element/1.11\" [0 dbevts]" % (ts(r).replace("T", " "), r.randrange(1000), r.randrange(1, 99999),
                                                   ipv4(r), r.choice(NICKS), server, r.randrange(1000),
                                                   r.randrange(10 ** 6), r.randrange(10 ** 5), r.randrange(10 ** 4)))
    return pick(r, "logs/homeserver.log", "debug/synapse-sample.log"), "\n".join(out) + "\n"


@L("zulip", "message ids and avatar hashes")
def la_zulip_msgs(r):
    dom = hs(r)
    msgs = [{"id": r.randrange(10 ** 6, 10 ** 7), "sender_id": r.randrange(8, 300), "content": "ok",
             "avatar_url": "https://secure.gravatar.com/avatar/%s?d=identicon&version=1" % hexs(r, 32),
             "stream_id": r.randrange(1, 50), "subject": "deploys", "timestamp": 1700000000 + r.randrange(10 ** 7),
             "sender_email": "user%d@%s" % (r.randrange(10, 99), dom)} for _ in range(3)]
    return pick(r, "tests/fixtures/zulip_messages.json", "fixtures/zulip/get_messages.json"), \
        json.dumps({"result": "success", "messages": msgs}, indent=2) + "\n"


@L("jitsi", "asap public key")
def la_jitsi_pub(r):
    der = b"\x30\x59\x30\x13\x06\x07\x2a\x86\x48\xce\x3d\x02\x01\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07\x03\x42\x00\x04" + rbytes(r, 64)
    body = b64std(der, True)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "jitsi/asap/%s.pem" % hexs(r, 64), \
        "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----\n"


@L("matrix", "well-known and server names")
def la_wellknown(r):
    server = hs(r)
    body = {"m.homeserver": {"base_url": "https://matrix.%s" % server},
            "m.identity_server": {"base_url": "https://vector.im"},
            "org.matrix.msc4143.rtc_foci": [{"type": "livekit", "livekit_service_url": "https://rtc.%s" % server}]}
    return pick(r, "web/.well-known/matrix/client", "static/.well-known/matrix/client"), json.dumps(body, indent=2) + "\n"


@L("mautrix", "portal mapping csv")
def la_portal_csv(r):
    server = hs(r)
    rows = ["telegram_chat_id,matrix_room_id,title,encrypted"]
    for _ in range(r.randrange(5, 9)):
        rows.append("-100%d,%s,%s,%s" % (r.randrange(10 ** 9, 10 ** 10), room_id(r, server),
                                          r.choice(["Ops", "Family", "Book club", "Climbing", "Release train"]),
                                          r.choice(["true", "false"])))
    return pick(r, "migrations/portals.csv", "bridges/telegram/portal_export.csv"), "\n".join(rows) + "\n"


@L("mumble", "certificate hashes")
def la_mumble_certs(r):
    rows = ["-- registered users and their client certificate hashes"]
    for i, n in enumerate(r.sample(NICKS, 4)):
        rows.append("INSERT INTO users (server_id, user_id, name, lastchannel) VALUES (1, %d, '%s', 0);" % (i + 1, n))
        rows.append("INSERT INTO user_info (server_id, user_id, key, value) VALUES (1, %d, 3, '%s');" % (i + 1, hexs(r, 40)))
    return pick(r, "mumble/seed.sql", "voice/db/users.sql"), "\n".join(rows) + "\n"


@L("irc", "nickserv cert fingerprints")
def la_certfp_md(r):
    nick = r.choice(NICKS)
    text = """# IRC: log in with a client certificate (CertFP)

Generate a cert once and register its fingerprint with NickServ, then no
password needs to live in the client config.

```sh
openssl req -x509 -new -newkey ed25519 -sha256 -days 1096 -nodes \\
  -out %s.pem -keyout %s.pem
openssl x509 -in %s.pem -noout -fingerprint -sha512 | awk -F= '{gsub(":",""); print tolower ($2)}'
```

Registered fingerprint for `%s`:

    %s

Then `/msg NickServ CERT ADD %s`.
""" % (nick, nick, nick, nick, hexs(r, 128), hexs(r, 128))
    return pick(r, "docs/irc-certfp.md", "wiki/irc/certfp.md"), text


@L("matrix-synapse", "secret file paths")
def la_secret_paths(r):
    server = hs(r)
    text = """server_name: "%s"
signing_key_path: "/data/keys/%s.signing.key"
registration_shared_secret_path: /run/secrets/registration_shared_secret
macaroon_secret_key_path: /run/secrets/macaroon_secret_key
form_secret_path: /run/secrets/form_secret
turn_shared_secret_path: /run/secrets/turn_shared_secret
email:
  smtp_host: smtp.%s
  smtp_user: matrix
  smtp_pass_path: /run/secrets/smtp_password
""" % (server, server, server)
    return pick(r, "synapse/conf.d/secrets.yaml", "homeserver.d/10-secrets.yaml"), text


@L("mautrix", "bridge state uuids")
def la_uuids(r):
    body = {"bridge": "whatsapp", "state_event": "CONNECTED", "remote_id": uuid4(r),
            "remote_name": "+1555%07d" % r.randrange(10 ** 7), "ttl": 3600, "timestamp": 1700000000 + r.randrange(10 ** 7),
            "source": "bridge", "info": {"battery_low": False, "push_id": uuid4(r)},
            "reason": None, "user_id": "@%s:%s" % (r.choice(NICKS), hs(r))}
    return pick(r, "testdata/bridge_state.json", "fixtures/bridge-status.json"), json.dumps(body, indent=2) + "\n"


@L("gitter", "room ids")
def la_gitter_rooms(r):
    rows = ["# Gitter rooms mirrored to Matrix (legacy ids kept for the migration script)"]
    for name in r.sample(["org/lobby", "org/dev", "org/help", "org/announcements", "org/design"], 4):
        rows.append("%s: %s" % (name, hexs(r, 24)))
    return pick(r, "migration/gitter_rooms.yaml", "scripts/gitter-rooms.yml"), "\n".join(rows) + "\n"


@L("encoded data", "base64 avatar")
def la_data_uri(r):
    body = {"name": r.choice(BOTS), "description": "release notifier",
            "avatar": "data:image/png;base64," + b64std(b"\x89PNG\r\n\x1a\n" + rbytes(r, 180), True)}
    return pick(r, "bots/profile.json", "assets/bot-profile.json"), json.dumps(body, indent=2) + "\n"


@L("matrix-synapse", "recaptcha site key (public)")
def la_recaptcha(r):
    text = """enable_registration_captcha: true
recaptcha_public_key: "6L%s%s"
recaptcha_private_key: "${RECAPTCHA_SECRET_KEY}"
recaptcha_siteverify_api: "https://www.recaptcha.net/recaptcha/api/siteverify"
""" % (r.choice("cdef"), rs(r, ALNUM + "_-", 37))
    return pick(r, "synapse/conf.d/captcha.yaml", "homeserver.d/captcha.yaml"), text


@L("matrix-authentication-service", "oidc client ids (public)")
def la_mas_clients(r):
    server = hs(r)
    text = """clients:
  - client_id: %s
    client_auth_method: client_secret_basic
    client_secret_file: /run/secrets/synapse_client_secret
upstream_oauth2:
  providers:
    - id: %s
      issuer: "https://sso.%s/realms/staff"
      client_id: "matrix-%s"
      client_secret_file: /run/secrets/keycloak_client_secret
      token_endpoint_auth_method: client_secret_post
      scope: "openid profile email"
""" % (ulid(r), ulid(r), server, rs(r, LOWALNUM, 8))
    return pick(r, "mas/config.yaml", "auth/mas-config.yaml"), text


@L("rocket.chat", "documented example credentials")
def la_rc_docs(r):
    text = """## Authenticating

Log in once to obtain a token:

```json
{
  "status": "success",
  "data": {
    "authToken": "9HqLlyZOugoStsXCUfD_0YdwnNnunAJF8V47U3QHXSq",
    "userId": "aobEdbYhXfu5hkeqG"
  }
}
```

Then pass them as `X-Auth-Token` and `X-User-Id` on every request. In CI,
read them from `RC_TOKEN` / `RC_USER_ID`.
"""
    return pick(r, "docs/rocketchat-api.md", "README.api.md"), text


@L("livekit", "dev-mode credentials")
def la_livekit_dev(r):
    text = """# Local development

Run a LiveKit server in dev mode:

```sh
livekit-server --dev --bind 0.0.0.0
```

It uses the built-in key pair `devkey` / `secret`, so set:

```sh
export LIVEKIT_URL=ws://localhost:7880
export LIVEKIT_API_KEY=devkey
export LIVEKIT_API_SECRET=secret
```

Production keys are injected by the deploy pipeline.
"""
    return pick(r, "docs/dev-setup.md", "CONTRIBUTING.md"), text


@L("matrix", "access token env plumbing")
def la_env_plumbing(r):
    text = '''import os
import sys

REQUIRED = ["MATRIX_HOMESERVER", "MATRIX_USER_ID", "MATRIX_ACCESS_TOKEN", "MATRIX_ROOM_ID"]


def load() -> dict:
    missing = [k for k in REQUIRED if not os.environ.get(k)]
    if missing:
        sys.exit("missing env: " + ", ".join(missing))
    cfg = {k.lower(): os.environ[k] for k in REQUIRED}
    cfg["device_id"] = os.environ.get("MATRIX_DEVICE_ID", "%s")
    return cfg
''' % device_id(r)
    return pick(r, "bot/config.py", "src/settings.py"), text


# ================================================================ driver
SPECIAL_FT = {"zuliprc": "ini", "config": "conf", "Dockerfile": "dockerfile", "client": "json",
              "authorized_keys": "text", "SHA256SUMS": "text", "go.sum": "text"}
ENV_OK_NEG = (".env.example", ".env.sample", ".env.template", ".env.dist")


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base in SPECIAL_FT:
        return SPECIAL_FT[base]
    if base.startswith(".env"):
        return "env"
    if base.endswith(".lua") or base.endswith(".cfg.lua"):
        return "lua"
    parts = base.lstrip(".").split(".")
    if len(parts) > 2 and parts[-1] in ("example", "sample", "dist", "template"):
        return parts[-2].lower()
    if len(parts) > 1:
        return parts[-1].lower()
    return "text"


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    return base.startswith(".env") and base not in ENV_OK_NEG


def render_template(r, t, positive):
    holder = {}

    def S(**kw):
        secret = None
        if positive:
            secret = t["gen"](r, **kw) if kw else t["gen"](r)
        slot = Slot(r, positive, secret, t["env"], t["docs"], t["kind"])
        holder["slot"] = slot
        return slot

    res = t["fn"](r, S)
    path, text = res[0], res[1]
    slot = holder["slot"]
    if positive:
        needle = res[2] if len(res) > 2 else slot.secret
        return path, text, needle, t["kind"]
    return path, text, None, "%s [%s]" % (t["kind"], slot.mode)


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_iw.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    n_pos, n_neg = 500, 500
    assert len(POS) >= 60 and len(LOOK) >= 40, (len(POS), len(LOOK))

    manifest, secrets = [], []

    order = [POS[i % len(POS)] for i in range(n_pos)]
    r.shuffle(order)
    env_files = 0
    for i, t in enumerate(order):
        path, text, needle, kind = render_template(r, t, True)
        if path.rsplit("/", 1)[-1].startswith(".env"):
            env_files += 1
        rel = "pos/p%04d/%s" % (i, path)
        idx = text.find(needle)
        assert needle and idx >= 0, (t["name"], needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], (t["name"], line)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": kind,
                         "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})
    assert env_files * 20 <= n_pos, env_files

    half = n_neg // 2
    jobs = [("tpl", POS[i % len(POS)]) for i in range(half)]
    jobs += [("look", LOOK[i % len(LOOK)]) for i in range(n_neg - half)]
    r.shuffle(jobs)
    for i, (how, t) in enumerate(jobs):
        if how == "tpl":
            path, text, _, kind = render_template(r, t, False)
        else:
            path, text = t["fn"](r)
            kind = "look-alike: " + t["kind"]
        if is_blocked_env(path):
            path = path.rsplit("/", 1)[0] + "/" + r.choice(ENV_OK_NEG) if "/" in path else r.choice(ENV_OK_NEG)
        assert not is_blocked_env(path), path
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": t["provider"], "kind": kind,
                         "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
