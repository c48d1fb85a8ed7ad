#!/usr/bin/env python3
"""Blind evaluation-set generator "ac" for a git pre-commit secret scanner.

EMPHASIS
    Media, streaming, creators and game servers: the repositories of streamers,
    bot authors, indie studios and community server admins.  Stream keys, bot
    tokens, RCON passwords and media-API secrets sit right next to public
    channel ids, client ids, Steam ids, asset GUIDs and content hashes.

USAGE
    python3 gen_ac.py OUTDIR SEED

    Writes 500 positives and 500 negatives:
        OUTDIR/pos/pNNNN/<realistic relative path>   (exactly one credential)
        OUTDIR/neg/nNNNN/<realistic relative path>   (one innocent look-alike)
        OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
        OUTDIR/secrets.jsonl   {"file","needle","line"}   (positives only)
    Deterministic per SEED: only random.Random(SEED) is used (no clock, no
    uuid4, no os.urandom).  Standard library only, Python 3.11.

NEEDLE CONVENTIONS
    * needle = the credential substring exactly as written in the file; line is
      the 1-based line on which it occurs.
    * Prefixes that are part of the documented token format are included:
      "oauth:" for Twitch chat passwords, "live_<uid>_" for Twitch stream keys,
      "ptla_"/"ptlc_", "ghp_", "npm_", "xoxb-", "sk_", "GOCSPX-", "cfxk_", "EAA".
    * Credential-bearing URLs are needles as a whole: Discord and Slack webhook
      URLs (https://discord.com/api/webhooks/<id>/<token>,
      https://hooks.slack.com/services/T../B../...), and Cloudinary URLs
      (cloudinary://<api_key>:<api_secret>@<cloud>).
    * Connection strings with an embedded human password (FiveM
      mysql_connection_string) use the password alone as the needle.
    * RTMP push URLs that embed a stream key (ffmpeg ... rtmp://host/app/<key>)
      use the stream key alone as needle.
    * Human-chosen passwords (RCON, server/admin passwords, DB passwords) are
      generated to look like real human passwords (e.g. "Marek.1988winter").

NEGATIVES
    Env references in each file type's own syntax, placeholders, masked or
    truncated values, documentation example tokens (Discord docs bot token,
    Telegram Bot API docs token, jwt.io example), public ids (Discord
    snowflakes, Twitch client ids, YouTube channel/video ids, Spotify ids,
    Steam ids, Photon app ids, PlayFab title ids, EOS product/sandbox/deployment
    ids, Unity project ids, .meta GUIDs, Unreal ProjectID, Godot uid://),
    documented-public keys (Discord interactions public key, Mux playback id,
    Cloudinary cloud name + unsigned upload preset), digests (resource-pack
    sha1, image digests, git-lfs oids, texture hashes), ciphertext (SOPS,
    SealedSecrets, ansible-vault), RFC 4231 HMAC test vectors, RCON disabled,
    empty server passwords, FiveM's literal "none" for steam_webApiKey, ffmpeg
    commands reading $STREAM_KEY, rtmp URLs without a key.

DOUBTS (formats I am not certain about)
    * Kick stream key "sk_<region>_<12 alnum>": recalled from OBS screenshots,
      not from Kick documentation.
    * Restream stream key "re_<7 digits>_<32 hex>": from memory, not documented.
    * Facebook Live stream key "FB-<15-16 digits>-0-<~30 chars>": from memory.
    * FiveM license key "cfxk_<20 alnum>_<6 alnum>": only know the cfxk_ prefix
      and that the key is 40-50 chars (hosting guides); inner split guessed.
    * Tebex secret (sv_tebexSecret) as 40 hex: guessed.
    * Bunny.net: account API key modelled as two concatenated UUIDs (72 chars);
      storage-zone password / stream library key as 8-4-4-12-4-4 hex groups.
      Bunny docs confirm the AccessKey header, not the exact shapes.
    * PlayFab title secret key as 52 upper-case base32-ish characters: memory.
    * EOS ClientSecret as 43 chars of base64 (with + and /), and EOS ClientId
      as "xyza7891" + 24 alnum (used as a public companion/negative): memory.
    * Google API keys generated as "AIzaSy" + 33 chars (39 total); the "Sy"
      is what real keys show, the docs only promise an opaque string.
    * Unity Gaming Services service-account secret (32 alnum, with a UUID key
      id): guessed.  Photon has no server secret in the dashboard; the positive
      is a Photon custom-authentication shared secret (random, human-set).
    * Nightbot client secret as 32 hex, Wistia token as 64 hex, JW Player v2
      API secret as 48 alnum, Mux token secret as 75 base64 chars, Spotify
      refresh token "AQ" + 129 base64url, Patreon token 43 base64url, Plex token
      20 chars, Genius 64 base64url: all from memory of real-looking samples.
    * Twitch refresh token length 50 (lower-case alnum) from memory.
    * PlayStation partner credentials were left out: no public format.
    * Firebase web apiKey (AIza...) is used as a NEGATIVE in a handful of
      overlay files because Google documents it as not secret; a scanner that
      flags every AIza key will disagree -- this is deliberate but debatable.
"""
import base64
import binascii
import hashlib
import json
import os
import random
import shutil
import sys
import zlib

# --------------------------------------------------------------------------
# random primitives
# --------------------------------------------------------------------------
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
HEX = "0123456789abcdef"
UHEX = HEX.upper()
ALNUM = DIGITS + UPPER + LOWER
LOWALNUM = DIGITS + LOWER
UPALNUM = DIGITS + UPPER
B64URL = ALNUM + "-_"
B64STD = UPPER + LOWER + DIGITS + "+/"
BASE62 = DIGITS + UPPER + LOWER

_BAD_WORDS = ("pass", "test", "secret", "token", "admin", "demo", "example",
              "sample", "dummy", "fake", "key", "live", "xxxx", "abc", "qwer",
              "asdf", "fuck", "shit", "sex")


def _seq_ok(s):
    """Reject sequences (abcd, 1234, dcba), 4x repeats and dictionary-ish words."""
    low = s.lower()
    for w in _BAD_WORDS:
        if w in low:
            return False
    for i in range(len(s) - 3):
        a, b, c, d = (ord(ch) for ch in s[i:i + 4])
        if b - a == c - b == d - c and abs(b - a) <= 1:
            return False
    return True


def rand_str(r, alphabet, n):
    while True:
        s = "".join(r.choice(alphabet) for _ in range(n))
        if _seq_ok(s):
            return s


def rand_mixed(r, alphabet, n):
    """Like rand_str but make sure upper, lower and digits all occur when the
    alphabet has them (real tokens of length >= 16 practically always do)."""
    while True:
        s = rand_str(r, alphabet, n)
        need = []
        if any(c in UPPER for c in alphabet):
            need.append(any(c in UPPER for c in s))
        if any(c in LOWER for c in alphabet):
            need.append(any(c in LOWER for c in s))
        if any(c in DIGITS for c in alphabet):
            need.append(any(c in DIGITS for c in s))
        if all(need):
            return s


def rhex(r, n):
    return rand_mixed(r, HEX, n)


def ruhex(r, n):
    return rand_mixed(r, UHEX, n)


def ruuid(r, upper=False):
    h = rand_str(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def snowflake(r, year_lo=2016, year_hi=2024):
    # Discord epoch 2015-01-01; milliseconds since epoch << 22
    lo = (year_lo - 2015) * 365 * 86400 * 1000
    hi = (year_hi - 2015) * 365 * 86400 * 1000
    ms = r.randint(lo, hi)
    return str((ms << 22) | r.getrandbits(22))


def base62_encode(n, width):
    out = ""
    while n:
        n, rem = divmod(n, 62)
        out = BASE62[rem] + out
    return out.rjust(width, "0")


def checksum_token(r, prefix):
    body = rand_mixed(r, BASE62, 30)
    crc = zlib.crc32(body.encode()) & 0xFFFFFFFF
    return prefix + body + base62_encode(crc, 6)


def jwt(r, header, payload, sig_bytes=32):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return "%s.%s.%s" % (h, p, b64u(rbytes(r, sig_bytes)))


# --------------------------------------------------------------------------
# human passwords
# --------------------------------------------------------------------------
_NAMES = ["Marek", "Kasia", "Tomek", "Jens", "Dima", "Luca", "Nico", "Sven",
          "Ayla", "Mateo", "Rhys", "Ingrid", "Bjorn", "Yuki", "Kenji", "Lotte",
          "Anouk", "Dario", "Oskar", "Freya", "Milo", "Zofia", "Emre", "Noor",
          "Callum", "Teodor", "Ines", "Farid", "Greta", "Ruben"]
_WORDS = ["winter", "falcon", "tundra", "creeper", "nether", "ember", "harbor",
          "maple", "sunset", "wolfpack", "rocket", "lantern", "granite",
          "biscuit", "pinecone", "thunder", "velvet", "cobalt", "marble",
          "kestrel", "walrus", "orchid", "badger", "glacier", "raven", "saffron",
          "otter", "meadow", "quasar", "blizzard", "copper", "hornet", "juniper",
          "mango", "nebula", "pirate", "scarab", "tigris", "viking", "zephyr"]
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def human_password(r):
    while True:
        n = r.choice(_NAMES)
        w = r.choice(_WORDS)
        w2 = r.choice(_WORDS)
        year = str(r.randint(1978, 2012))
        sym = r.choice("!.#&$*_-@?")
        pat = r.randint(0, 7)
        if pat == 0:
            p = "%s%s%s%s" % (n, sym, year, w)
        elif pat == 1:
            p = "%s%s%s%d" % (w.capitalize(), w2.capitalize(), sym, r.randint(2, 99))
        elif pat == 2:
            lw = "".join(_LEET.get(c, c) if r.random() < 0.6 else c for c in w)
            p = "%s%s%s%d" % (lw.capitalize(), r.choice(["dor", "bar", "zilla", "man"]), sym, r.randint(1, 9))
        elif pat == 3:
            p = "%s_%s_%s" % (w, n.lower(), year[2:])
        elif pat == 4:
            p = "%s%s%s" % (n.lower(), year, sym * r.randint(1, 2))
        elif pat == 5:
            p = "%s-%s-%s-%d" % (w, w2, r.choice(_WORDS), r.randint(10, 99))
        elif pat == 6:
            p = "%s%s%s%s" % (w2.upper()[:1] + w2[1:], sym, n, year[2:])
        else:
            p = "%sMC%s%s" % (n, year[2:], sym)
        if len(p) >= 10 and "password" not in p.lower() and "123" not in p:
            return p


# --------------------------------------------------------------------------
# credential generators (positives)
# --------------------------------------------------------------------------
def g_twitch30(r):
    return rand_mixed(r, LOWALNUM, 30)


def g_twitch_refresh(r):
    return rand_mixed(r, LOWALNUM, 50)


def g_twitch_chat(r):
    return "oauth:" + rand_mixed(r, LOWALNUM, 30)


def g_twitch_streamkey(r):
    return "live_%d_%s" % (r.randint(40000000, 999999999), rand_mixed(r, ALNUM, 30))


def g_eventsub_secret(r):
    return r.choice([lambda: rhex(r, r.choice([32, 40, 64])),
                     lambda: rand_mixed(r, ALNUM, r.choice([24, 32, 48]))])()


def g_google_api(r):
    return "AIzaSy" + rand_mixed(r, B64URL, 33)


def g_yt_streamkey(r):
    return "-".join(rand_str(r, LOWALNUM, 4) for _ in range(5))


def g_google_client_secret(r):
    return "GOCSPX-" + rand_mixed(r, B64URL, 28)


def g_google_refresh(r):
    return "1//0" + r.choice("35gde") + rand_mixed(r, B64URL, 98)


def g_kick_streamkey(r):
    return "sk_%s_%s" % (r.choice(["us-west-2", "us-east-1", "eu-central-1"]), rand_mixed(r, ALNUM, 12))


def g_restream_key(r):
    return "re_%d_%s" % (r.randint(1000000, 9999999), rhex(r, 32))


def g_fb_streamkey(r):
    return "FB-%d-0-%s" % (r.randint(10 ** 14, 10 ** 16 - 1), "Ab" + rand_mixed(r, B64URL, 30))


def g_fb_token(r):
    return "EAA" + r.choice("BGIJ") + rand_mixed(r, ALNUM, r.randint(160, 200))


def g_discord_bot(r):
    uid = snowflake(r)
    p1 = base64.b64encode(uid.encode()).decode().rstrip("=")
    p2 = r.choice("GHI") + rand_str(r, B64URL, 5)
    p3 = rand_mixed(r, B64URL, r.choice([38, 38, 27]))
    return "%s.%s.%s" % (p1, p2, p3)


def g_discord_webhook(r):
    host = r.choice(["discord.com", "discord.com", "discordapp.com"])
    return "https://%s/api/webhooks/%s/%s" % (host, snowflake(r), rand_mixed(r, B64URL, 68))


def g_discord_client_secret(r):
    return rand_mixed(r, B64URL, 32)


def g_slack_bot(r):
    return "xoxb-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 12, 10 ** 13 - 1), rand_mixed(r, ALNUM, 24))


def g_slack_webhook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rand_str(r, UPALNUM, r.choice([8, 10])), rand_str(r, UPALNUM, r.choice([8, 10])), rand_mixed(r, ALNUM, 24))


def g_telegram(r):
    return "%d:AA%s" % (r.randint(10 ** 8, 10 ** 10 - 1), rand_mixed(r, B64URL, 33))


def g_hex32(r):
    return rhex(r, 32)


def g_uhex32(r):
    return ruhex(r, 32)


def g_spotify_refresh(r):
    return "AQ" + rand_mixed(r, B64URL, 129)


def g_alnum32(r):
    return rand_mixed(r, ALNUM, 32)


def g_genius(r):
    return rand_mixed(r, B64URL, 64)


def g_mux_secret(r):
    return rand_mixed(r, B64STD, 75)


def g_cloudinary(r):
    cloud = r.choice(["dq", "hx", "cz", "dv"]) + rand_str(r, LOWALNUM, 7)
    return "cloudinary://%d:%s@%s" % (r.randint(10 ** 14, 10 ** 15 - 1), rand_mixed(r, B64URL, 27), cloud)


def g_hex64(r):
    return rhex(r, 64)


def g_alnum48(r):
    return rand_mixed(r, ALNUM, 48)


def g_bunny_account(r):
    return ruuid(r) + ruuid(r)


def g_bunny_zone(r):
    h = rand_str(r, HEX, 32)
    return "%s-%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:28], h[28:32], rand_str(r, HEX, 4))


def g_agora_token(r):
    return "006" + rhex(r, 32) + "IA" + rand_mixed(r, B64STD, r.randint(100, 130))


def g_eos_secret(r):
    return rand_mixed(r, B64STD, 43)


def g_playfab_secret(r):
    return rand_mixed(r, UPALNUM, 52)


def g_azure_secret(r):
    return rand_str(r, ALNUM, 3) + "8Q~" + rand_mixed(r, ALNUM + "_.~-", 34)


def g_fivem_license(r):
    return "cfxk_%s_%s" % (rand_mixed(r, ALNUM, 20), rand_mixed(r, ALNUM, 6))


def g_hex40(r):
    return rhex(r, 40)


def g_ptla(r):
    return "ptla_" + rand_mixed(r, ALNUM, 43)


def g_ptlc(r):
    return "ptlc_" + rand_mixed(r, ALNUM, 43)


def g_wings(r):
    return rand_mixed(r, ALNUM, 64)


def g_patreon(r):
    return rand_mixed(r, B64URL, 43)


def g_streamlabs_jwt(r):
    return jwt(r, {"typ": "JWT", "alg": "HS256"},
               {"token": ruhex(r, 20), "read_only": True, "prevent_master": True,
                "twitch_id": str(r.randint(20000000, 900000000))})


def g_streamelements_jwt(r):
    return jwt(r, {"alg": "HS256", "typ": "JWT"},
               {"citadel": rhex(r, 24), "role": "owner", "channel": rhex(r, 24),
                "provider": "twitch", "authToken": rand_mixed(r, B64URL, 43),
                "iat": r.randint(1640000000, 1720000000), "iss": "StreamElements",
                "jti": ruuid(r)})


def g_elevenlabs(r):
    return "sk_" + rhex(r, 48)


def g_tmdb_bearer(r):
    iat = r.randint(1600000000, 1720000000)
    return jwt(r, {"alg": "HS256"},
               {"aud": rhex(r, 32), "nbf": iat + r.random(), "sub": rhex(r, 24),
                "scopes": ["api_read"], "version": 1})


def g_plex(r):
    return rand_mixed(r, ALNUM + "-_", 20)


def g_obsws(r):
    return rand_mixed(r, ALNUM, 16)


def g_gh(r):
    return checksum_token(r, "ghp_")


def g_npm(r):
    return checksum_token(r, "npm_")


def g_curseforge(r):
    return "$2a$10$" + rand_mixed(r, ALNUM + "./", 53)


def g_unity_sa_secret(r):
    return rand_mixed(r, ALNUM, 32)


def g_nightbot(r):
    return rhex(r, 32)


def g_human(r):
    return human_password(r)


def g_giphy(r):
    return rand_mixed(r, ALNUM, 32)


def g_photon_secret(r):
    return rand_mixed(r, ALNUM, 40)


# --------------------------------------------------------------------------
# public identifiers / look-alikes (companions and negatives)
# --------------------------------------------------------------------------
def yt_channel_id(r):
    return "UC" + rand_mixed(r, B64URL, 21) + r.choice("AQgw")


def yt_video_id(r):
    return rand_mixed(r, B64URL, 11)


def spotify_id(r):
    return rand_mixed(r, BASE62, 22)


def steam64(r):
    return str(76561197960265728 + r.randint(10 ** 7, 3 * 10 ** 8))


def playfab_title(r):
    return ruhex(r, 5) if r.random() < 0.7 else ruhex(r, 4)


def git_sha(r):
    return rand_str(r, HEX, 40)


def sha256hex(r):
    return hashlib.sha256(rbytes(r, 32)).hexdigest()


def tmdb_image(r):
    return "/" + rand_mixed(r, BASE62, 27) + ".jpg"


def godot_uid(r):
    return "uid://" + rand_str(r, LOWALNUM, r.randint(12, 13))


def giphy_gif_id(r):
    return rand_mixed(r, BASE62, r.choice([16, 18, 20]))


# --------------------------------------------------------------------------
# value specs and per-language formatting
# --------------------------------------------------------------------------
class V:
    """A value placed in a slot: lit (literal text) or env (reference to an
    environment variable, rendered in the file type's own syntax)."""

    def __init__(self, kind, v):
        self.kind = kind
        self.v = v


def lit(v):
    return V("lit", v)


def envref(name):
    return V("env", name)


def case(name, style):
    parts = [p for p in name.lower().split("_") if p]
    if style == "UPPER":
        return "_".join(p.upper() for p in parts)
    if style == "snake":
        return "_".join(parts)
    if style == "camel":
        return parts[0] + "".join(p.capitalize() for p in parts[1:])
    if style == "pascal":
        return "".join(p.capitalize() for p in parts)
    if style == "kebab":
        return "-".join(parts)
    if style == "dot":
        return ".".join(parts)
    return name


def fmt(r, lang, spec, q='"'):
    """Render a V for a language.  Literal values get quoted where natural."""
    if spec.kind == "lit":
        v = spec.v
        if lang in ("js", "ts", "html"):
            return "%s%s%s" % (q, v, q)
        if lang in ("py", "cs", "gd", "lua", "toml", "json", "sh"):
            return '"%s"' % v
        if lang == "yaml":
            return '"%s"' % v if (r.random() < 0.5 or v[:1] in "@!%&*{[|>'\"#" or ": " in v or v == "") else v
        return v
    n = spec.v
    if lang in ("js", "ts"):
        return r.choice(["process.env.%s" % n, "process.env['%s']" % n, "process.env.%s ?? ''" % n])
    if lang == "html":
        return "new URLSearchParams(location.search).get('%s')" % case(n, "camel")
    if lang == "py":
        return r.choice(['os.getenv("%s")' % n, 'os.environ["%s"]' % n, 'os.environ.get("%s", "")' % n])
    if lang == "cs":
        return 'Environment.GetEnvironmentVariable("%s")' % n
    if lang == "gd":
        return 'OS.get_environment("%s")' % n
    if lang == "lua":
        return 'GetConvar("%s", "")' % case(n, "snake")
    if lang in ("yaml", "compose"):
        return r.choice(["${%s}" % n, "${%s:?set %s in .env}" % (n, n), '"${%s}"' % n])
    if lang == "actions":
        return "${{ secrets.%s }}" % n
    if lang in ("json", "toml"):
        return '"${%s}"' % n
    if lang == "sh":
        return r.choice(['"${%s}"' % n, '"$%s"' % n, '"${%s:?missing}"' % n])
    if lang == "env":
        return "${%s}" % n
    if lang == "make":
        return "$(%s)" % n
    return ""  # ini / systemd / properties: empty value


# --------------------------------------------------------------------------
# providers
# --------------------------------------------------------------------------
# key: (display, api base, header template, theme)
PROV = {
    "twitch": ("Twitch", "https://api.twitch.tv/helix", "Authorization: Bearer {}", "twitch"),
    "youtube": ("YouTube", "https://www.googleapis.com/youtube/v3", "key={}", "stream"),
    "kick": ("Kick", "rtmps://fa723fc1b171.global-contribute.live-video.net/app", "", "stream"),
    "restream": ("Restream", "rtmp://live.restream.io/live", "", "stream"),
    "facebook": ("Facebook", "https://graph.facebook.com/v19.0", "access_token={}", "stream"),
    "discord": ("Discord", "https://discord.com/api/v10", "Authorization: Bot {}", "discord"),
    "slack": ("Slack", "https://slack.com/api", "Authorization: Bearer {}", "chat"),
    "telegram": ("Telegram", "https://api.telegram.org", "", "chat"),
    "spotify": ("Spotify", "https://api.spotify.com/v1", "Authorization: Bearer {}", "music"),
    "soundcloud": ("SoundCloud", "https://api.soundcloud.com", "Authorization: OAuth {}", "music"),
    "lastfm": ("Last.fm", "https://ws.audioscrobbler.com/2.0/", "api_sig", "music"),
    "genius": ("Genius", "https://api.genius.com", "Authorization: Bearer {}", "music"),
    "mux": ("Mux", "https://api.mux.com/video/v1", "basic", "video"),
    "cloudinary": ("Cloudinary", "https://api.cloudinary.com/v1_1", "", "video"),
    "vimeo": ("Vimeo", "https://api.vimeo.com", "Authorization: bearer {}", "video"),
    "wistia": ("Wistia", "https://api.wistia.com/v1", "Authorization: Bearer {}", "video"),
    "jwplayer": ("JW Player", "https://api.jwplayer.com/v2/sites", "Authorization: Bearer {}", "video"),
    "bunny": ("Bunny.net", "https://api.bunny.net", "AccessKey: {}", "video"),
    "agora": ("Agora", "https://api.agora.io/v1", "", "video"),
    "steam": ("Steam", "https://api.steampowered.com", "key={}", "game"),
    "epic": ("Epic Online Services", "https://api.epicgames.dev", "", "game"),
    "playfab": ("PlayFab", "https://titleId.playfabapi.com", "X-SecretKey: {}", "game"),
    "unity": ("Unity Gaming Services", "https://services.api.unity.com", "basic", "game"),
    "photon": ("Photon", "https://photonengine.com", "", "game"),
    "xbox": ("Xbox / Partner Center", "https://login.microsoftonline.com", "", "game"),
    "minecraft": ("Minecraft", "", "", "server"),
    "srcds": ("Source Dedicated Server", "", "", "server"),
    "fivem": ("FiveM / Cfx.re", "", "", "server"),
    "tebex": ("Tebex", "https://plugin.tebex.io", "X-Tebex-Secret: {}", "server"),
    "rust": ("Rust (Facepunch)", "", "", "server"),
    "ark": ("ARK: Survival Evolved", "", "", "server"),
    "valheim": ("Valheim", "", "", "server"),
    "mysql": ("MySQL", "", "", "server"),
    "pterodactyl": ("Pterodactyl", "https://panel.example-host.net/api", "Authorization: Bearer {}", "server"),
    "curseforge": ("CurseForge", "https://api.curseforge.com/v1", "x-api-key: {}", "server"),
    "patreon": ("Patreon", "https://www.patreon.com/api/oauth2/v2", "Authorization: Bearer {}", "creator"),
    "streamlabs": ("Streamlabs", "https://sockets.streamlabs.com", "", "creator"),
    "streamelements": ("StreamElements", "https://api.streamelements.com/kappa/v2", "Authorization: Bearer {}", "creator"),
    "nightbot": ("Nightbot", "https://api.nightbot.tv/1", "", "creator"),
    "obs": ("OBS WebSocket", "ws://127.0.0.1:4455", "", "stream"),
    "elevenlabs": ("ElevenLabs", "https://api.elevenlabs.io/v1", "xi-api-key: {}", "voice"),
    "giphy": ("Giphy", "https://api.giphy.com/v1/gifs", "api_key={}", "media"),
    "tenor": ("Tenor", "https://tenor.googleapis.com/v2", "key={}", "media"),
    "tmdb": ("TMDB", "https://api.themoviedb.org/3", "Authorization: Bearer {}", "media"),
    "igdb": ("IGDB", "https://api.igdb.com/v4", "Authorization: Bearer {}", "media"),
    "plex": ("Plex", "http://192.168.1.20:32400", "X-Plex-Token: {}", "media"),
    "jellyfin": ("Jellyfin", "http://jellyfin.lan:8096", "X-Emby-Token: {}", "media"),
    "emby": ("Emby", "http://emby.lan:8096/emby", "X-Emby-Token: {}", "media"),
    "github": ("GitHub", "https://api.github.com", "Authorization: token {}", "dev"),
    "npm": ("npm", "https://registry.npmjs.org", "", "dev"),
    "google": ("Google OAuth", "https://oauth2.googleapis.com/token", "", "stream"),
}

# pools used by fillers
STREAMERS = ["pixelpanda", "nightowl_tv", "kasiaplays", "dimasmash", "retro_rhys",
             "cozycreeper", "velvetvoid", "moonlitmilo", "gretagames", "frostbyte_live",
             "ottermode", "saffronstreams", "kestrelkid", "zephyrzone", "lantern_lofi"]
SERVERS = ["Blocktopia SMP", "Nordic RP", "Harbor City RP", "Frostvale Survival",
           "Cobalt Creative", "Lakeside Roleplay", "Viking Valheim Crew", "Ember PvE",
           "Kestrel Network", "Walrus Wipe Weekly"]
BOT_NAMES = ["Pancake", "Otterbot", "Modkit", "Lurkbot", "ClipRelay", "Songbird",
             "RaidHelper", "Beacon", "Hopper", "Nimbus"]


def streamer(r):
    return r.choice(STREAMERS)


# --------------------------------------------------------------------------
# render context
# --------------------------------------------------------------------------
class Ctx:
    def __init__(self, r, prov, kind, name, main, comps, use, block=None):
        self.r = r
        self.prov = prov
        self.kind = kind
        self.name = name          # canonical UPPER_SNAKE name, None = positional
        self.main = main          # V
        self.comps = comps        # [(NAME, V)] public ids / env refs
        self.use = use            # login|tmi|header|webhook|oauth|rcon|streamkey|password
        self.block = block        # provider-named block for generic names
        self.disp, self.api, self.hdr, self.theme = PROV[prov]

    def pairs(self, positional_ok=False):
        """comps + main in a plausible order; positional main is omitted."""
        items = list(self.comps)
        if self.name is not None or not positional_ok:
            nm = self.name or "TOKEN"
            pos = self.r.randint(0, len(items))
            items.insert(pos, (nm, self.main))
        return items

    def is_query(self):
        return self.hdr.startswith(("key=", "api_key=", "access_token="))

    def query_name(self):
        return self.hdr.split("=")[0]

    def header_name(self):
        if self.hdr and ":" in self.hdr:
            return self.hdr.split(":")[0]
        return "Authorization"

    def header_value_tpl(self):
        """returns (prefix, suffix) around the secret in a header value"""
        if self.hdr and ":" in self.hdr:
            v = self.hdr.split(":", 1)[1].strip()
            a, b = v.split("{}")
            return a, b
        return "Bearer ", ""


THEME_FILLER = {
    "discord": lambda r: [("PREFIX", "!"), ("GUILD_ID", snowflake(r)), ("LOG_CHANNEL_ID", snowflake(r)),
                          ("OWNER_ID", snowflake(r, 2016, 2019)), ("LOG_LEVEL", "info"), ("EMBED_COLOR", "#%06x" % r.getrandbits(24))],
    "twitch": lambda r: [("TWITCH_CHANNEL", streamer(r)), ("BOT_USERNAME", streamer(r) + "_bot"),
                         ("COMMAND_PREFIX", "!"), ("CLIP_COOLDOWN", str(r.choice([15, 30, 60]))),
                         ("BROADCASTER_ID", str(r.randint(20000000, 900000000)))],
    "stream": lambda r: [("OUTPUT_RES", r.choice(["1920x1080", "1280x720", "2560x1440"])), ("FPS", r.choice(["30", "60"])),
                         ("VIDEO_BITRATE", r.choice(["4500k", "6000k", "8000k"])), ("AUDIO_BITRATE", "160k"),
                         ("KEYINT_SEC", "2")],
    "music": lambda r: [("NOW_PLAYING_FILE", "overlay/nowplaying.txt"), ("POLL_SECONDS", str(r.choice([5, 10, 15]))),
                        ("MARKET", r.choice(["US", "DE", "PL", "GB", "NL"])), ("PLAYLIST_ID", spotify_id(r))],
    "video": lambda r: [("UPLOAD_DIR", "./renders"), ("MAX_UPLOAD_MB", str(r.choice([512, 1024, 2048]))),
                        ("THUMBNAIL_WIDTH", "1280"), ("CDN_HOST", r.choice(["media.cozycast.tv", "cdn.pixelpanda.gg"]))],
    "game": lambda r: [("BUILD_TARGET", r.choice(["StandaloneWindows64", "Android", "Linux64"])),
                       ("GAME_VERSION", "%d.%d.%d" % (r.randint(0, 2), r.randint(0, 20), r.randint(0, 40))),
                       ("STEAM_APP_ID", str(r.randint(480000, 2900000))), ("LOG_LEVEL", "Warning")],
    "server": lambda r: [("SERVER_NAME", r.choice(SERVERS)), ("MAX_PLAYERS", str(r.choice([20, 32, 48, 64, 100]))),
                         ("TZ", r.choice(["Europe/Warsaw", "Europe/Berlin", "America/Chicago", "UTC"])),
                         ("BACKUP_INTERVAL", r.choice(["6h", "12h", "24h"]))],
    "chat": lambda r: [("ANNOUNCE_CHANNEL", r.choice(["#stream-alerts", "#announcements", "#general"])),
                       ("CHAT_ID", "-100%d" % r.randint(1000000000, 1999999999)), ("LOCALE", r.choice(["en", "pl", "de"]))],
    "creator": lambda r: [("CAMPAIGN_ID", str(r.randint(1000000, 9999999))), ("ALERT_SOUND", "sounds/coin.mp3"),
                          ("TIER_ROLE_MAP", "tiers.json"), ("REFRESH_MINUTES", "15")],
    "voice": lambda r: [("VOICE_ID", rand_mixed(r, ALNUM, 20)), ("MODEL_ID", r.choice(["eleven_multilingual_v2", "eleven_turbo_v2_5"])),
                        ("TTS_MAX_CHARS", "280"), ("BITS_MIN", "100")],
    "media": lambda r: [("LIBRARY_SECTION", str(r.randint(1, 9))), ("CACHE_DIR", "/var/cache/mediabot"),
                        ("LANGUAGE", r.choice(["en-US", "pl-PL", "de-DE"])), ("POSTER_SIZE", "w500")],
    "dev": lambda r: [("NODE_ENV", "production"), ("REPO", "%s/overlay-kit" % streamer(r)), ("BRANCH", "main")],
}


def filler_pairs(r, theme, k=None):
    pool = THEME_FILLER[theme](r)
    r.shuffle(pool)
    k = k if k is not None else r.randint(2, len(pool))
    return pool[:k]


def assign(r, lang, name, spec, indent=""):
    if lang == "env":
        v = fmt(r, "env", spec)
        if spec.kind == "lit" and r.random() < 0.25:
            v = '"%s"' % v
        return "%s%s=%s" % (indent, case(name, "UPPER"), v)
    if lang == "sh":
        return "%sexport %s=%s" % (indent, case(name, "UPPER"), fmt(r, "sh", spec))
    if lang == "py":
        return "%s%s = %s" % (indent, case(name, "UPPER"), fmt(r, "py", spec))
    if lang in ("js", "ts"):
        t = ": string" if lang == "ts" else ""
        return "%sconst %s%s = %s;" % (indent, case(name, "UPPER"), t, fmt(r, lang, spec, "'"))
    if lang == "cs":
        if spec.kind == "lit":
            return '%sprivate const string %s = %s;' % (indent, case(name, "pascal"), fmt(r, "cs", spec))
        return '%sprivate static readonly string %s = %s;' % (indent, case(name, "pascal"), fmt(r, "cs", spec))
    if lang == "gd":
        if spec.kind == "lit":
            return "%sconst %s := %s" % (indent, case(name, "UPPER"), fmt(r, "gd", spec))
        return "%svar %s := %s" % (indent, case(name, "snake"), fmt(r, "gd", spec))
    if lang == "lua":
        return "%sConfig.%s = %s" % (indent, case(name, "pascal"), fmt(r, "lua", spec))
    if lang == "make":
        return "%s%s ?= %s" % (indent, case(name, "UPPER"), fmt(r, "make", spec))
    raise ValueError(lang)


def var_ref(lang, name):
    if name is None:
        return None
    if lang in ("cs",):
        return case(name, "pascal")
    if lang == "lua":
        return "Config." + case(name, "pascal")
    return case(name, "UPPER")


def header_expr(c, lang, ref):
    """JS/Python expression building the auth header value around ref."""
    a, b = c.header_value_tpl()
    if lang in ("js", "ts", "html"):
        if not a and not b:
            return ref
        return "`%s${%s}%s`" % (a, ref, b)
    if lang == "py":
        if not a and not b:
            return ref
        return 'f"%s{%s}%s"' % (a, ref, b)
    return ref


# --------------------------------------------------------------------------
# code renderers
# --------------------------------------------------------------------------
def _ref_and_cfg(r, c, lang, positional_ok=True, q="'"):
    """returns (cfg lines, ref expression for the main value, ref_is_literal)"""
    pairs = c.pairs(positional_ok=positional_ok)
    cfg = [assign(r, lang, n, v) for n, v in pairs]
    if c.name is None and positional_ok:
        return cfg, fmt(r, lang, c.main, q), True
    return cfg, var_ref(lang, c.name or "TOKEN"), False


def _js_auth(c, lang, ref, is_lit):
    a, b = c.header_value_tpl()
    if is_lit:
        inner = ref[1:-1]
        return "'%s%s%s'" % (a, inner, b)
    return header_expr(c, lang, ref)


API_PATHS = {
    "twitch": ["/users", "/streams", "/clips", "/channels/followers", "/chat/chatters"],
    "youtube": ["/search", "/channels", "/videos", "/liveBroadcasts", "/playlistItems"],
    "steam": ["/ISteamUser/GetPlayerSummaries/v2/", "/ISteamUser/GetPlayerBans/v1/", "/IPlayerService/GetOwnedGames/v1/"],
    "elevenlabs": ["/voices", "/user", "/user/subscription", "/models"],
    "spotify": ["/me/player/currently-playing", "/playlists", "/search"],
    "tmdb": ["/search/movie", "/trending/all/week", "/movie/popular"],
    "igdb": ["/games", "/covers", "/search"],
    "plex": ["/library/sections", "/status/sessions", "/identity"],
    "jellyfin": ["/Sessions", "/Items", "/System/Info"], "emby": ["/Sessions", "/Items", "/System/Info"],
    "pterodactyl": ["/client", "/application/servers", "/application/users", "/client/account"],
    "github": ["/user", "/repos", "/user/repos"], "giphy": ["/search", "/trending", "/random"],
    "tenor": ["/search", "/featured"], "genius": ["/search", "/songs", "/account"],
    "patreon": ["/identity", "/campaigns", "/campaigns/members"], "vimeo": ["/me", "/me/videos"],
    "wistia": ["/medias.json", "/projects.json"], "jwplayer": ["/media/", "/analytics/queries/"],
    "bunny": ["/pullzone", "/statistics", "/videolibrary"], "slack": ["/chat.postMessage", "/conversations.list", "/auth.test"],
    "discord": ["/users/@me", "/applications/@me", "/guilds"], "facebook": ["/me/live_videos", "/me/accounts"],
    "curseforge": ["/mods/search", "/games"], "playfab": ["/Server/GetTitleData", "/Admin/GetPlayersInSegment"],
}


def api_path(r, c):
    return r.choice(API_PATHS.get(c.prov, ["/status", "/me", "/info"]))


def js_body(r, c, lang, ref, is_lit):
    ch = streamer(r)
    if c.use == "login":
        return ["const { Client, GatewayIntentBits, Events } = require('discord.js');", "",
                "const client = new Client({", "  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],",
                "});", "", "client.once(Events.ClientReady, (c) => {",
                "  console.log(`[%s] ready as ${c.user.tag}`);" % r.choice(BOT_NAMES), "});", "",
                "client.on(Events.MessageCreate, async (msg) => {", "  if (msg.author.bot || !msg.content.startsWith('!')) return;",
                "  const [cmd] = msg.content.slice(1).split(/\\s+/);",
                "  if (cmd === 'socials') await msg.reply('twitch.tv/%s | youtube.com/@%s');" % (ch, ch), "});", "",
                "client.login(%s);" % ref]
    if c.use == "tmi":
        return ["const tmi = require('tmi.js');", "", "const client = new tmi.Client({",
                "  options: { debug: %s }," % r.choice(["true", "false"]),
                "  identity: { username: '%s_bot', password: %s }," % (ch, ref),
                "  channels: ['%s']," % ch, "});", "", "client.connect().catch(console.error);", "",
                "client.on('message', (channel, tags, message, self) => {", "  if (self) return;",
                "  if (message.toLowerCase() === '!lurk') {",
                "    client.say(channel, `@${tags.username} enjoy the lurk!`);", "  }", "});"]
    if c.use == "webhook":
        return ["async function announce(title, url) {", "  const res = await fetch(%s, {" % ref,
                "    method: 'POST',", "    headers: { 'Content-Type': 'application/json' },",
                "    body: JSON.stringify({ content: `🔴 %s is live: ${title}\\n${url}` })," % ch, "  });",
                "  if (!res.ok) console.warn('webhook failed', res.status);", "}", "",
                "module.exports = { announce };"]
    if c.use == "oauth":
        return ["async function getAppToken() {", "  const params = new URLSearchParams({",
                "    client_id: %s," % comp_ref(c, lang, "CLIENT_ID", "CLIENT_ID"), "    client_secret: %s," % ref,
                "    grant_type: 'client_credentials',", "  });",
                "  const res = await fetch('%s', { method: 'POST', body: params });" % token_url(c),
                "  if (!res.ok) throw new Error(`token request failed: ${res.status}`);",
                "  return (await res.json()).access_token;", "}", "", "module.exports = { getAppToken };"]
    if c.use == "password" and c.prov == "obs":
        return ["const { default: OBSWebSocket } = require('obs-websocket-js');", "", "const obs = new OBSWebSocket();", "",
                "async function main() {", "  await obs.connect('ws://127.0.0.1:4455', %s);" % ref,
                "  const { currentProgramSceneName } = await obs.call('GetCurrentProgramScene');",
                "  console.log('scene:', currentProgramSceneName);",
                "  await obs.call('SetCurrentProgramScene', { sceneName: 'Just Chatting' });", "}", "", "main().catch(console.error);"]
    if c.use in ("rcon", "password"):
        return ["const { Rcon } = require('rcon-client');", "", "async function whitelistAdd(player) {",
                "  const rcon = await Rcon.connect({ host: '127.0.0.1', port: %d, password: %s });" % (r.choice([25575, 27015, 28016]), ref),
                "  const out = await rcon.send(`whitelist add ${player}`);", "  await rcon.end();", "  return out;", "}", "",
                "module.exports = { whitelistAdd };"]
    if c.use == "streamkey":
        return ["const { spawn } = require('child_process');", "", "function restream(input) {",
                "  const target = `%s/${%s}`;" % (RTMP_SERVERS.get(c.prov, RTMP_SERVERS["twitch"])[0].rstrip("/"), ref),
                "  return spawn('ffmpeg', ['-re', '-i', input, '-c', 'copy', '-f', 'flv', target], { stdio: 'inherit' });",
                "}", "", "module.exports = { restream };"]
    if c.use == "hmac":
        return ["const crypto = require('crypto');", "",
                "function verifyEventSub(req) {",
                "  const msg = req.headers['twitch-eventsub-message-id'] + req.headers['twitch-eventsub-message-timestamp'] + req.rawBody;",
                "  const hmac = 'sha256=' + crypto.createHmac('sha256', %s).update(msg).digest('hex');" % ref,
                "  const sig = req.headers['twitch-eventsub-message-signature'] || '';",
                "  return sig.length === hmac.length && crypto.timingSafeEqual(Buffer.from(hmac), Buffer.from(sig));", "}", "",
                "module.exports = { verifyEventSub };"]
    if c.use == "tg":
        return ["async function notify(chatId, text) {",
                "  const url = `https://api.telegram.org/bot${%s}/sendMessage`;" % ref,
                "  const res = await fetch(url, {", "    method: 'POST',", "    headers: { 'Content-Type': 'application/json' },",
                "    body: JSON.stringify({ chat_id: chatId, text, disable_web_page_preview: true }),", "  });",
                "  return res.ok;", "}", "", "module.exports = { notify };"]
    if c.use == "basic":
        idref = comp_ref(c, lang, "ID", "TOKEN_ID")
        return ["function authHeader() {", "  const raw = `${%s}:${%s}`;" % (idref, ref),
                "  return 'Basic ' + Buffer.from(raw).toString('base64');", "}", "",
                "async function listAssets() {", "  const res = await fetch('%s/assets?limit=25', { headers: { Authorization: authHeader() } });" % c.api,
                "  return (await res.json()).data;", "}", "", "module.exports = { listAssets };"]
    if c.use == "socket":
        return ["const io = require('socket.io-client');", "",
                "const socket = io('%s', { transports: ['websocket'] });" % ("https://realtime.streamelements.com" if c.prov == "streamelements" else c.api),
                "socket.on('connect', () => socket.emit('authenticate', { method: 'jwt', token: %s }));" % ref,
                "socket.on('authenticated', () => console.log('alerts connected'));",
                "socket.on('event', (ev) => console.log(ev.type, ev.data && ev.data.displayName));"]
    if c.use == "config":
        names = [var_ref(lang, n) for n, _ in c.comps] + ([ref] if not is_lit else [])
        out = ["const settings = Object.freeze({"]
        out += ["  %s," % n for n in names]
        if is_lit:
            out += ["  secret: %s," % ref]
        out += ["  region: '%s'," % r.choice(["eu", "us", "ap"]), "});", "", "module.exports = settings;"]
        return out
    # header
    hn = c.header_name()
    hv = _js_auth(c, lang, ref, is_lit)
    path = api_path(r, c)
    if c.hdr.startswith(("key=", "api_key=", "access_token=")):
        qn = c.hdr.split("=")[0]
        req = ["  const url = new URL('%s%s');" % (c.api, path),
               "  url.searchParams.set('%s', %s);" % (qn, ref), "  const res = await fetch(url);"]
    else:
        req = ["  const res = await fetch(`%s%s`, {" % (c.api, path),
               "    headers: { '%s': %s, Accept: 'application/json' }," % (hn, hv), "  });"]
    fn = r.choice(["lookup", "fetchInfo", "query"])
    return (["const cache = new Map();", "", "async function %s(q) {" % fn,
             "  if (cache.has(q)) return cache.get(q);"] + req +
            ["  if (!res.ok) throw new Error(`%s ${res.status}`);" % c.disp, "  const data = await res.json();",
             "  cache.set(q, data);", "  return data;", "}", "", "module.exports = { %s };" % fn])


def r_js(r, c, lang="js"):
    cfg, ref, is_lit = _ref_and_cfg(r, c, lang)
    head = ["'use strict';", "", "require('dotenv').config();", ""] if lang == "js" and r.random() < 0.5 else (
        ["// %s integration for the %s stream" % (c.disp, streamer(r)), ""])
    if lang == "ts":
        head = ["import 'dotenv/config';", ""]
    body = js_body(r, c, lang, ref, is_lit)
    if lang == "ts":
        body = [b.replace("const { Client, GatewayIntentBits, Events } = require('discord.js');",
                          "import { Client, GatewayIntentBits, Events } from 'discord.js';")
                .replace("const tmi = require('tmi.js');", "import tmi from 'tmi.js';")
                .replace("module.exports = { ", "export { ") for b in body]
        body = [b if not b.startswith("export {") else b.replace(" };", " };") for b in body]
    text = head + cfg + [""] + body
    folder = r.choice(["src/", "bot/", "", "src/lib/", "scripts/"])
    fname = {"login": ["index", "bot", "main"], "tmi": ["chat", "twitch-chat", "index"],
             "webhook": ["notify", "golive", "announce"], "oauth": ["auth", "twitchAuth", "token"],
             "rcon": ["rcon", "whitelist"], "password": ["obs", "scenes", "rcon"],
             "streamkey": ["restream", "relay"]}.get(c.use, [c.prov, "api", "client"])
    return "%s%s.%s" % (folder, r.choice(fname), lang), text, lang


def r_ts(r, c):
    return r_js(r, c, "ts")


def py_body(r, c, ref, is_lit):
    ch = streamer(r)
    if c.use == "login":
        return ["import discord", "from discord.ext import commands", "",
                "intents = discord.Intents.default()", "intents.message_content = True",
                "bot = commands.Bot(command_prefix=%r, intents=intents)" % r.choice(["!", "?", "$"]), "", "",
                "@bot.event", "async def on_ready():", "    log.info(\"logged in as %s\", bot.user)", "", "",
                "@bot.command()", "async def schedule(ctx):",
                "    await ctx.send(\"Streams: Mon/Wed/Fri 19:00 CET on twitch.tv/%s\")" % ch, "", "",
                "if __name__ == \"__main__\":", "    bot.run(%s)" % ref]
    if c.use == "tmi":
        return ["from twitchio.ext import commands", "", "", "class Bot(commands.Bot):", "    def __init__(self):",
                "        super().__init__(token=%s, prefix=\"!\", initial_channels=[%r])" % (ref, ch), "",
                "    async def event_ready(self):", "        log.info(\"connected as %s\", self.nick)", "",
                "    @commands.command()", "    async def hello(self, ctx: commands.Context):",
                "        await ctx.send(f\"hi @{ctx.author.name}!\")", "", "",
                "if __name__ == \"__main__\":", "    Bot().run()"]
    if c.use == "webhook":
        return ["import requests", "", "", "def post_clip(title: str, url: str) -> None:",
                "    payload = {\"content\": f\"New clip: **{title}**\\n{url}\", \"username\": %r}" % r.choice(BOT_NAMES),
                "    resp = requests.post(%s, json=payload, timeout=10)" % ref, "    resp.raise_for_status()"]
    if c.use == "oauth":
        return ["import requests", "", "", "def app_token() -> str:",
                "    resp = requests.post(", "        %r," % token_url(c),
                "        data={\"client_id\": %s, \"client_secret\": %s, \"grant_type\": \"client_credentials\"}," % (comp_ref(c, "py", "CLIENT_ID", "CLIENT_ID"), ref),
                "        timeout=10,", "    )", "    resp.raise_for_status()", "    return resp.json()[\"access_token\"]"]
    if c.use == "password" and c.prov == "obs":
        return ["import obsws_python as obs", "", "", "def switch_to_brb() -> None:",
                "    cl = obs.ReqClient(host=\"localhost\", port=4455, password=%s, timeout=3)" % ref,
                "    cl.set_current_program_scene(\"BRB\")"]
    if c.use in ("rcon", "password"):
        return ["from mcrcon import MCRcon", "", "", "def broadcast(msg: str) -> str:",
                "    with MCRcon(\"127.0.0.1\", %s, port=%d) as mcr:" % (ref, r.choice([25575, 25576])),
                "        return mcr.command(f\"say {msg}\")"]
    if c.use == "streamkey":
        return ["import subprocess", "", "", "def go_live(src: str) -> subprocess.Popen:",
                "    url = f\"%s/{%s}\"" % (RTMP_SERVERS.get(c.prov, RTMP_SERVERS["youtube"])[0].rstrip("/"), ref),
                "    cmd = [\"ffmpeg\", \"-re\", \"-i\", src, \"-c:v\", \"libx264\", \"-preset\", \"veryfast\",",
                "           \"-b:v\", \"6000k\", \"-c:a\", \"aac\", \"-f\", \"flv\", url]",
                "    return subprocess.Popen(cmd)"]
    if c.use == "hmac":
        return ["import hashlib", "import hmac", "", "",
                "def verify(headers: dict, body: bytes) -> bool:",
                "    msg = headers[\"Twitch-Eventsub-Message-Id\"].encode() + headers[\"Twitch-Eventsub-Message-Timestamp\"].encode() + body",
                "    digest = hmac.new(%s.encode(), msg, hashlib.sha256).hexdigest()" % ref,
                "    return hmac.compare_digest(\"sha256=\" + digest, headers.get(\"Twitch-Eventsub-Message-Signature\", \"\"))"]
    if c.use == "tg":
        return ["import requests", "", "", "def send(chat_id: int, text: str) -> None:",
                "    url = f\"https://api.telegram.org/bot{%s}/sendMessage\"" % ref,
                "    requests.post(url, json={\"chat_id\": chat_id, \"text\": text}, timeout=10).raise_for_status()"]
    if c.use == "basic":
        idref = comp_ref(c, "py", "ID", "TOKEN_ID")
        return ["import requests", "", "", "def list_assets(limit: int = 25):",
                "    resp = requests.get(\"%s/assets\", params={\"limit\": limit}, auth=(%s, %s), timeout=15)" % (c.api, idref, ref),
                "    resp.raise_for_status()", "    return resp.json()[\"data\"]"]
    if c.use == "socket":
        return ["import socketio", "", "sio = socketio.Client()", "", "",
                "@sio.event", "def connect():", "    sio.emit(\"authenticate\", {\"method\": \"jwt\", \"token\": %s})" % ref, "", "",
                "@sio.on(\"event\")", "def on_event(data):", "    log.info(\"alert: %s\", data.get(\"type\"))", "", "",
                "if __name__ == \"__main__\":", "    sio.connect(\"https://realtime.streamelements.com\", transports=[\"websocket\"])", "    sio.wait()"]
    if c.use == "config":
        names = [var_ref("py", n) for n, _ in c.comps]
        return ["from dataclasses import dataclass", "", "", "@dataclass(frozen=True)", "class Settings:",
                "    region: str = %r" % r.choice(["eu", "us"])] + ["    %s: str = %s" % (n.lower(), n) for n in names] + (
                ["    secret: str = %s" % ref]) + ["", "", "settings = Settings()"]
    hn = c.header_name()
    a, b = c.header_value_tpl()
    if is_lit:
        hv = '"%s%s%s"' % (a, ref[1:-1], b)
    else:
        hv = header_expr(c, "py", ref)
    if c.hdr.startswith(("key=", "api_key=", "access_token=")):
        qn = c.hdr.split("=")[0]
        call = "    resp = session.get(f\"%s/{path}\", params={\"%s\": %s, **params}, timeout=10)" % (c.api, qn, ref)
    else:
        call = "    resp = session.get(f\"%s/{path}\", headers={\"%s\": %s}, params=params, timeout=10)" % (c.api, hn, hv)
    return ["import requests", "", "session = requests.Session()", "", "",
            "def api_get(path: str, **params):", call, "    resp.raise_for_status()", "    return resp.json()"]


def r_py(r, c):
    cfg, ref, is_lit = _ref_and_cfg(r, c, "py", q='"')
    head = ['"""%s helper for %s."""' % (c.disp, r.choice(BOT_NAMES)), "import logging", "import os", "",
            "log = logging.getLogger(__name__)", ""]
    body = py_body(r, c, ref, is_lit)
    text = head + cfg + ["", ""] + body
    fname = {"login": ["bot", "main", "cogs/core"], "tmi": ["twitch_bot", "chatbot"], "webhook": ["clips", "notify"],
             "oauth": ["auth", "helix"], "rcon": ["rcon_tools", "broadcast"], "password": ["obs_control", "rcon"],
             "streamkey": ["golive", "restream"]}.get(c.use, [c.prov + "_client", "api", "services/" + c.prov])
    return "%s%s.py" % (r.choice(["", "bot/", "app/", "src/"]), r.choice(fname)), text, "py"


def comp_ref(c, lang, hint, default):
    for n, _ in c.comps:
        if hint in n:
            return var_ref(lang, n)
    return default


def r_cs(r, c):
    pairs = c.pairs()
    cfg = ["        " + assign(r, "cs", n, v) for n, v in pairs]
    ref = var_ref("cs", c.name or "TOKEN")
    a, b = c.header_value_tpl()
    cls = r.choice(["%sService" % case(c.prov, "pascal"), "OnlineServices", "LeaderboardClient", "BackendConfig"])
    ns = r.choice(["Game.Online", "%s.Networking" % r.choice(["Frostvale", "Pinecone", "KestrelStudio"]), "Project.Services"])
    if c.use == "webhook":
        call = ["        public IEnumerator PostCrashReport(string message)", "        {",
                "            var json = JsonUtility.ToJson(new WebhookPayload { content = message });",
                "            using var req = new UnityWebRequest(%s, \"POST\");" % ref,
                "            req.uploadHandler = new UploadHandlerRaw(Encoding.UTF8.GetBytes(json));",
                "            req.SetRequestHeader(\"Content-Type\", \"application/json\");",
                "            yield return req.SendWebRequest();", "        }"]
    elif c.use == "oauth":
        call = ["        public IEnumerator RequestToken(Action<string> onToken)", "        {",
                "            var form = new WWWForm();", "            form.AddField(\"grant_type\", \"client_credentials\");",
                "            form.AddField(\"client_secret\", %s);" % ref,
                "            using var req = UnityWebRequest.Post(TokenUrl, form);",
                "            yield return req.SendWebRequest();",
                "            if (req.result == UnityWebRequest.Result.Success) onToken(req.downloadHandler.text);", "        }"]
    elif c.use == "config":
        first = comp_ref(c, "cs", "ID", '""')
        if c.prov == "agora":
            call = ["        public void JoinLobby(IRtcEngine engine, string channel)", "        {",
                    "            engine.JoinChannel(%s, channel, \"\", 0);" % ref, "        }"]
        else:
            call = ["        public void Initialize(Action<string, string> init)", "        {",
                    "            // handed to the platform SDK during boot", "            init(%s, %s);" % (first, ref), "        }"]
    elif c.is_query():
        call = ["        public IEnumerator Get(string path, Action<string> done)", "        {",
                "            using var req = UnityWebRequest.Get($\"{BaseUrl}{path}?%s={%s}\");" % (c.query_name(), ref),
                "            yield return req.SendWebRequest();",
                "            if (req.result != UnityWebRequest.Result.Success) Debug.LogWarning(req.error);",
                "            else done(req.downloadHandler.text);", "        }"]
    else:
        call = ["        public IEnumerator Get(string path, Action<string> done)", "        {",
                "            using var req = UnityWebRequest.Get(BaseUrl + path);",
                "            req.SetRequestHeader(\"%s\", %s);" % (c.header_name() if c.hdr and ":" in c.hdr else "Authorization",
                                                                 ('"%s" + %s' % (a, ref)) if a else ref),
                "            yield return req.SendWebRequest();",
                "            if (req.result != UnityWebRequest.Result.Success) Debug.LogWarning(req.error);",
                "            else done(req.downloadHandler.text);", "        }"]
    text = ["using System;", "using System.Collections;", "using System.Text;", "using UnityEngine;",
            "using UnityEngine.Networking;", "", "namespace %s" % ns, "{",
            "    public class %s : MonoBehaviour" % cls, "    {",
            "        private const string BaseUrl = \"%s\";" % (c.api or "https://api.kestrelstudio.dev"),
            "        private const string TokenUrl = \"%s\";" % token_url(c)] + cfg + [""] + call + [
            "", "        [Serializable]", "        private class WebhookPayload { public string content; }", "    }", "}"]
    return "Assets/Scripts/%s/%s.cs" % (r.choice(["Online", "Services", "Net"]), cls), text, "cs"


def r_gd(r, c):
    pairs = c.pairs()
    cfg = [assign(r, "gd", n, v) for n, v in pairs]
    nm = c.name or "TOKEN"
    ref = case(nm, "UPPER") if c.main.kind == "lit" else case(nm, "snake")
    a, b = c.header_value_tpl()
    hdr = '"%s: %s" + %s' % (c.header_name(), a, ref) if a else '"%s: " + %s' % (c.header_name(), ref)
    if c.is_query() and c.use != "webhook":
        req = ["func fetch(path: String) -> void:",
               "\tvar err := _http.request(API_BASE + path + \"?%s=\" + %s)" % (c.query_name(), ref), "\tif err != OK:",
               "\t\tpush_warning(\"request failed: %d\" % err)"]
    elif c.use == "webhook":
        req = ["func send_feedback(text: String) -> void:",
               "\tvar body := JSON.stringify({\"content\": text})",
               "\t_http.request(%s, [\"Content-Type: application/json\"], HTTPClient.METHOD_POST, body)" % ref]
    else:
        req = ["func fetch(path: String) -> void:", "\tvar headers := PackedStringArray([%s])" % hdr,
               "\tvar err := _http.request(API_BASE + path, headers)", "\tif err != OK:",
               "\t\tpush_warning(\"request failed: %d\" % err)"]
    text = ["extends Node", "## %s client used by the leaderboard and crash reporter." % c.disp, "",
            "signal response_ready(data)", "", "const API_BASE := \"%s\"" % (c.api or "https://api.pinecone.games")] + cfg + [
        "", "var _http: HTTPRequest", "", "func _ready() -> void:", "\t_http = HTTPRequest.new()", "\tadd_child(_http)",
        "\t_http.request_completed.connect(_on_done)", ""] + req + [
        "", "func _on_done(_result, code, _headers, body) -> void:", "\tif code == 200:",
        "\t\tresponse_ready.emit(JSON.parse_string(body.get_string_from_utf8()))"]
    return "%s%s.gd" % (r.choice(["scripts/", "autoload/", "src/net/"]), r.choice(["online", "api_client", c.prov + "_api", "telemetry"])), text, "gd"


def r_lua(r, c):
    pairs = c.pairs()
    cfg = [assign(r, "lua", n, v) for n, v in pairs]
    ref = var_ref("lua", c.name or "TOKEN")
    if c.use == "webhook":
        body = ["local function sendToDiscord(title, message, color)",
                "    local embed = {{ title = title, description = message, color = color or 16711680,",
                "        footer = { text = os.date('%Y-%m-%d %H:%M:%S') } }}",
                "    PerformHttpRequest(%s, function(err, text, headers) end, 'POST'," % ref,
                "        json.encode({ username = '%s', embeds = embed }), { ['Content-Type'] = 'application/json' })" % r.choice(SERVERS),
                "end", "", "AddEventHandler('playerDropped', function(reason)",
                "    sendToDiscord('Player left', GetPlayerName(source) .. ' (' .. reason .. ')')", "end)"]
    else:
        a, b = c.header_value_tpl()
        hv = ("'%s' .. %s" % (a, ref)) if a else ref
        qs = (" .. '?%s=' .. %s" % (c.query_name(), ref)) if c.is_query() else ""
        body = ["local function apiGet(path, cb)", "    PerformHttpRequest('%s' .. path%s, function(status, body)" % (c.api or "https://api.steampowered.com", qs),
                "        if status ~= 200 then", "            print(('[%s] HTTP %%d'):format(status))" % c.prov,
                "            return cb(nil)", "        end", "        cb(json.decode(body))",
                "    end, 'GET', '', %s)" % ("{}" if c.is_query() else "{ ['%s'] = %s }" % (c.header_name(), hv)), "end",
                "", "RegisterCommand('%sstatus', function(src)" % c.prov, "    apiGet('/%s', function(data) print(json.encode(data)) end)" % r.choice(["status", "players", "ISteamUser/GetPlayerSummaries/v2/"]),
                "end, true)"]
    text = ["-- %s" % r.choice(["config.lua", "shared config", "server/main.lua"]), "Config = Config or {}", "",
            "Config.Locale = '%s'" % r.choice(["en", "pl", "de"]), "Config.Debug = false"] + cfg + [""] + body
    return "resources/[%s]/%s/%s" % (r.choice(["local", "core", "standalone"]),
                                     r.choice(["esx_discordlogs", "qb-logs", "nordic_admin", "mrp_webhooks", "harbor_api"]),
                                     r.choice(["config.lua", "server/main.lua", "server.lua"])), text, "lua"


def r_html(r, c):
    pairs = c.pairs()
    cfg = ["    const %s = %s;" % (case(n, "UPPER"), fmt(r, "html", v) if v.kind == "env" else fmt(r, "js", v, "'"))
           for n, v in pairs]
    ref = case(c.name or "TOKEN", "UPPER")
    ch = streamer(r)
    if c.use == "tmi":
        logic = ["    const client = new tmi.Client({ identity: { username: '%s', password: %s }, channels: ['%s'] });" % (ch, ref, ch),
                 "    client.connect();",
                 "    client.on('message', (chan, tags, msg) => { if (msg === '!hype') pop(tags['display-name']); });"]
    elif c.prov in ("streamlabs",):
        logic = ["    const socket = io(`https://sockets.streamlabs.com?token=${%s}`, { transports: ['websocket'] });" % ref,
                 "    socket.on('event', (ev) => { if (ev.type === 'donation') pop(ev.message[0].name); });"]
    elif c.prov in ("streamelements",):
        logic = ["    const socket = io('https://realtime.streamelements.com', { transports: ['websocket'] });",
                 "    socket.on('connect', () => socket.emit('authenticate', { method: 'jwt', token: %s }));" % ref,
                 "    socket.on('event', (ev) => pop(ev.data.displayName));"]
    else:
        a, b = c.header_value_tpl()
        hv = "`%s${%s}`" % (a, ref) if a else ref
        fetch_line = ("      const r = await fetch(`%s/%s?%s=${%s}`);" % (c.api, api_path(r, c).lstrip("/"), c.query_name(), ref)
                      if c.is_query() else "      const r = await fetch('%s/%s', { headers: { '%s': %s } });" % (
                          c.api, api_path(r, c).lstrip("/"), c.header_name(), hv))
        logic = ["    async function refresh() {", fetch_line,
                 "      if (r.ok) render(await r.json());", "    }", "    setInterval(refresh, 15000);", "    refresh();"]
    text = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "  <meta charset=\"utf-8\">",
            "  <title>%s overlay</title>" % ch, "  <link rel=\"stylesheet\" href=\"overlay.css\">",
            "  <script src=\"https://cdn.jsdelivr.net/npm/tmi.js@1.8.5/dist/tmi.min.js\"></script>",
            "  <script src=\"https://cdn.socket.io/4.7.5/socket.io.min.js\"></script>", "</head>", "<body>",
            "  <div id=\"alert\" class=\"hidden\"><span id=\"who\"></span> just showed up!</div>", "  <script>"] + cfg + [
        "    function pop(name) {", "      document.getElementById('who').textContent = name;",
        "      const el = document.getElementById('alert');", "      el.classList.remove('hidden');",
        "      setTimeout(() => el.classList.add('hidden'), 6000);", "    }",
        "    function render(data) { console.debug(data); }"] + logic + ["  </script>", "</body>", "</html>"]
    return "%s%s" % (r.choice(["overlay/", "overlays/alerts/", "streamlabs/custom/", ""]), r.choice(["index.html", "alert.html", "widget.html"])), text, "html"


def r_userscript(r, c):
    pairs = c.pairs()
    cfg = ["const %s = %s;" % (case(n, "UPPER"), ("GM_getValue('%s', '')" % case(v.v, "camel")) if v.kind == "env" else fmt(r, "js", v, "'"))
           for n, v in pairs]
    ref = case(c.name or "TOKEN", "UPPER")
    a, b = c.header_value_tpl()
    hv = "`%s${%s}`" % (a, ref) if a else ref
    site = r.choice(["https://www.twitch.tv/*", "https://www.youtube.com/*", "https://kick.com/*"])
    text = ["// ==UserScript==", "// @name         %s %s helper" % (c.disp, r.choice(["clip", "chat", "mod"])),
            "// @namespace    https://github.com/%s" % streamer(r), "// @version      %d.%d" % (r.randint(0, 3), r.randint(0, 20)),
            "// @description  small quality-of-life tweaks for my channel", "// @match        %s" % site,
            "// @grant        GM_xmlhttpRequest", "// @grant        GM_getValue", "// @connect      *", "// ==/UserScript==", "",
            "(function () {", "  'use strict';", ""] + ["  " + l for l in cfg] + ["",
            "  function call(path, cb) {", "    GM_xmlhttpRequest({", "      method: 'GET',",
            ("      url: `%s${path}?%s=${%s}`," % (c.api, c.query_name(), ref)) if c.is_query() else "      url: '%s' + path," % c.api,
            "      headers: { Accept: 'application/json' }," if c.is_query() else "      headers: { '%s': %s }," % (c.header_name(), hv),
            "      onload: (res) => cb(JSON.parse(res.responseText)),", "    });", "  }", "",
            "  document.addEventListener('keydown', (e) => {", "    if (e.altKey && e.key === 'c') call('%s', console.log);" % api_path(r, c),
            "  });", "})();"]
    return "userscripts/%s.user.js" % r.choice(["clip-helper", "chat-tools", "mod-panel", c.prov + "-tweaks"]), text, "userscript"


# --------------------------------------------------------------------------
# config renderers
# --------------------------------------------------------------------------
def _flat_pairs(r, c, extra=True):
    items = c.pairs()
    if extra:
        fill = [(n, lit(v)) for n, v in filler_pairs(r, c.theme)]
        for it in fill:
            items.insert(r.randint(0, len(items)), it)
    return items


def r_env(r, c):
    items = _flat_pairs(r, c)
    lines = []
    if r.random() < 0.6:
        lines += ["# %s" % r.choice(["local dev settings", "copied from the old VPS", "bot config",
                                      "do not share this file", "overlay + bot"]), ""]
    grouped = r.random() < 0.5
    for i, (n, v) in enumerate(items):
        if grouped and i and r.random() < 0.25:
            lines.append("")
        lines.append(assign(r, "env", n, v))
    name = r.choice([".env", ".env", ".env.local", ".env.production", "bot/.env", "docker/.env"])
    return name, lines, "env"


def _yaml_lines(r, c, items, indent="  "):
    out = []
    for n, v in items:
        out.append("%s%s: %s" % (indent, case(n, r.choice(["snake", "snake", "camel"])) if n.isupper() else n, fmt(r, "yaml", v)))
    return out


def r_yaml(r, c):
    ch = streamer(r)
    pairs = c.pairs()
    blk = c.block or c.prov
    lines = ["# %s configuration" % r.choice(BOT_NAMES), "bot:", "  name: %s" % r.choice(BOT_NAMES),
             "  prefix: \"%s\"" % r.choice(["!", "?", "."]), "  owner: %s" % ch, ""]
    if c.block or r.random() < 0.6:
        lines.append("%s:" % blk)
        keys = [(case(n[len(blk) + 1:] if n.lower().startswith(blk + "_") else n, "snake"), v) for n, v in pairs]
        lines += _yaml_lines(r, c, keys)
    else:
        lines += _yaml_lines(r, c, [(case(n, "snake"), v) for n, v in pairs], indent="")
    lines += ["", "features:", "  welcome_messages: %s" % r.choice(["true", "false"]),
              "  clip_relay: %s" % r.choice(["true", "false"]), "  cooldown_seconds: %d" % r.choice([10, 30, 60]), "",
              "logging:", "  level: %s" % r.choice(["info", "debug", "warn"]), "  file: logs/bot.log"]
    return r.choice(["config.yml", "config/config.yml", "bot/config.yaml", "settings.yml"]), lines, "yaml"


def r_json(r, c):
    pairs = c.pairs()
    blk = c.block or c.prov
    obj_lines = []
    nested = c.block is not None or r.random() < 0.5
    style = r.choice(["camel", "snake"])
    items = [(case(n[len(blk) + 1:] if n.lower().startswith(blk + "_") else n, style) if nested else case(n, style), v)
             for n, v in pairs]
    ind = "    " if nested else "  "
    kv = ['%s"%s": %s' % (ind, k, fmt(r, "json", v)) for k, v in items]
    kv = [x + "," for x in kv[:-1]] + kv[-1:]
    lines = ["{", '  "prefix": "%s",' % r.choice(["!", "?", "-"]), '  "status": "%s",' % r.choice(
        ["Watching the stream", "!help", "Playing on %s" % r.choice(SERVERS)]),
             '  "guildId": "%s",' % snowflake(r), '  "logChannel": "%s",' % snowflake(r)]
    if nested:
        lines += ['  "%s": {' % blk] + kv + ["  },"]
    else:
        lines += [x if x.endswith(",") else x + "," for x in kv]
    lines += ['  "modRoles": ["%s", "%s"],' % (snowflake(r), snowflake(r)), '  "cooldownMs": %d' % r.choice([3000, 5000, 10000]), "}"]
    return r.choice(["config.json", "config/config.json", "src/config.json", "data/settings.json"]), lines, "json"


def r_toml(r, c):
    pairs = c.pairs()
    blk = c.block or c.prov
    lines = ["[bot]", 'name = "%s"' % r.choice(BOT_NAMES), 'prefix = "%s"' % r.choice(["!", "?"]),
             "shards = %d" % r.choice([1, 1, 2]), "", "[%s]" % blk]
    for n, v in pairs:
        k = n[len(blk) + 1:] if n.lower().startswith(blk + "_") else n
        lines.append("%s = %s" % (case(k, "snake"), fmt(r, "toml", v)))
    lines += ["", "[database]", 'url = "sqlite:///data/bot.db"', "pool = 5"]
    return r.choice(["config.toml", "bot.toml", "settings/config.toml"]), lines, "toml"


def r_ini(r, c):
    pairs = c.pairs()
    blk = c.block or c.prov
    lines = ["; %s" % r.choice(["bot settings", "do not commit real values!", "generated by setup.py"]), "[general]",
             "channel = %s" % streamer(r), "language = %s" % r.choice(["en", "pl", "de"]), "", "[%s]" % blk]
    for n, v in pairs:
        k = n[len(blk) + 1:] if n.lower().startswith(blk + "_") else n
        lines.append("%s = %s" % (case(k, "snake"), v.v if v.kind == "lit" else ""))
    lines += ["", "[overlay]", "port = %d" % r.choice([8080, 3000, 5000]), "theme = %s" % r.choice(["dark", "neon", "cozy"])]
    return r.choice(["config.ini", "settings.ini", "bot/config.ini"]), lines, "ini"


def r_compose(r, c):
    items = _flat_pairs(r, c)
    img = {"minecraft": "itzg/minecraft-server:java17", "fivem": "spritsail/fivem:latest", "valheim": "lloesche/valheim-server",
           "rust": "didstopia/rust-server:latest", "ark": "hermsi/ark-server:latest", "srcds": "cm2network/csgo:sourcemod",
           "mysql": "mariadb:11", "steam": "cm2network/steamcmd:root", "plex": "plexinc/pms-docker:latest",
           "jellyfin": "lscr.io/linuxserver/jellyfin:latest"}.get(c.prov) or {"server": "ghcr.io/pterodactyl/panel:latest",
           "media": r.choice(["lscr.io/linuxserver/jellyfin:latest", "plexinc/pms-docker:latest", "tautulli/tautulli"])}.get(
        c.theme, r.choice(["node:20-alpine", "python:3.12-slim", "ghcr.io/%s/bot:latest" % streamer(r)]))
    svc = r.choice(["bot", "app", "worker", "server", c.prov])
    lines = ["services:", "  %s:" % svc, "    image: %s" % img, "    restart: unless-stopped"]
    if r.random() < 0.5:
        lines += ["    environment:"] + ["      - %s=%s" % (case(n, "UPPER"), fmt(r, "compose", v) if v.kind == "env" else v.v)
                                        for n, v in items]
    else:
        lines += ["    environment:"] + ["      %s: %s" % (case(n, "UPPER"), fmt(r, "yaml", v) if v.kind == "lit" else fmt(r, "compose", v))
                                        for n, v in items]
    port = {"minecraft": 25565, "fivem": 30120, "valheim": 2456, "rust": 28015, "ark": 7777, "srcds": 27015, "mysql": 3306,
            "plex": 32400, "jellyfin": 8096}.get(c.prov, 8080)
    lines += ["    volumes:", "      - ./data:/data", "    ports:", '      - "%d:%d"' % (port, port)]
    if r.random() < 0.5:
        lines += ["", "  redis:", "    image: redis:7-alpine", "    restart: unless-stopped"]
    return r.choice(["docker-compose.yml", "compose.yaml", "deploy/docker-compose.yml"]), lines, "compose"


def r_actions(r, c):
    items = c.pairs()
    lines = ["name: %s" % r.choice(["Deploy bot", "Publish overlay", "Nightly highlights", "Announce release"]), "",
             "on:", "  push:", "    branches: [main]", "  workflow_dispatch:", "", "jobs:", "  deploy:",
             "    runs-on: ubuntu-latest", "    env:"]
    for n, v in items:
        lines.append("      %s: %s" % (case(n, "UPPER"), fmt(r, "actions", v) if v.kind == "env" else fmt(r, "yaml", v)))
    lines += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-node@v4",
              "        with:", "          node-version: 20", "      - run: npm ci",
              "      - run: npm run %s" % r.choice(["deploy", "build", "highlights"])]
    return ".github/workflows/%s.yml" % r.choice(["deploy", "release", "nightly", "publish"]), lines, "actions"


def r_appsettings(r, c):
    pairs = c.pairs()
    sec = case(c.block or c.prov, "pascal")
    kv = ['    "%s": %s' % (case(n[len(c.prov) + 1:] if n.lower().startswith(c.prov + "_") else n, "pascal"),
                             fmt(r, "json", v) if v.kind == "lit" else '""') for n, v in pairs]
    kv = [x + "," for x in kv[:-1]] + kv[-1:]
    lines = ["{", '  "Logging": {', '    "LogLevel": {', '      "Default": "Information",',
             '      "Microsoft.AspNetCore": "Warning"', "    }", "  },", '  "AllowedHosts": "*",',
             '  "%s": {' % sec] + kv + ["  },", '  "ConnectionStrings": {',
                                         '    "Leaderboard": "Data Source=leaderboard.db"', "  }", "}"]
    return r.choice(["appsettings.json", "src/GameBackend/appsettings.json", "appsettings.Development.json"]), lines, "appsettings"


def r_unity_asset(r, c):
    pairs = c.pairs()
    cls = "%sSettings" % case(c.block or c.prov, "pascal")
    lines = ["%YAML 1.1", "%TAG !u! tag:unity3d.com,2011:", "--- !u!114 &11400000", "MonoBehaviour:",
             "  m_ObjectHideFlags: 0", "  m_CorrespondingSourceObject: {fileID: 0}", "  m_PrefabInstance: {fileID: 0}",
             "  m_PrefabAsset: {fileID: 0}", "  m_GameObject: {fileID: 0}", "  m_Enabled: 1", "  m_EditorHideFlags: 0",
             "  m_Script: {fileID: 11500000, guid: %s, type: 3}" % rand_str(r, HEX, 32), "  m_Name: %s" % cls,
             "  m_EditorClassIdentifier: "]
    for n, v in pairs:
        k = n[len(c.prov) + 1:] if n.lower().startswith(c.prov + "_") else n
        lines.append("  %s: %s" % (case(k, "camel"), v.v if v.kind == "lit" else ""))
    lines += ["  requestTimeout: %d" % r.choice([10, 15, 30]), "  useSandbox: %d" % r.choice([0, 1])]
    return "Assets/Settings/%s.asset" % cls, lines, "unity-asset"


def r_unreal_ini(r, c):
    pairs = c.pairs()
    sec = {"epic": "/Script/OnlineSubsystemEOS.EOSSettings", "steam": "OnlineSubsystemSteam",
           "playfab": "/Script/PlayFab.PlayFabRuntimeSettings"}.get(c.prov, "/Script/%sIntegration.%sSettings" % (
        case(c.prov, "pascal"), case(c.prov, "pascal")))
    lines = ["[/Script/EngineSettings.GameMapsSettings]", "GameDefaultMap=/Game/Maps/MainMenu.MainMenu",
             "EditorStartupMap=/Game/Maps/Lobby.Lobby", "", "[/Script/Engine.RendererSettings]",
             "r.DefaultFeature.AutoExposure=False", "r.AntiAliasingMethod=%d" % r.choice([2, 4]), "",
             "[OnlineSubsystem]", "DefaultPlatformService=%s" % {"steam": "Steam", "epic": "EOS"}.get(c.prov, "Null"), "",
             "[%s]" % sec]
    for n, v in pairs:
        k = n[len(c.prov) + 1:] if n.lower().startswith(c.prov + "_") else n
        lines.append("%s=%s" % (case(k, "pascal"), v.v if v.kind == "lit" else ""))
    lines += ["bEnabled=true", "", "[/Script/Engine.GameEngine]",
              "+NetDriverDefinitions=(DefName=\"GameNetDriver\",DriverClassName=\"OnlineSubsystemUtils.IpNetDriver\",DriverClassNameFallback=\"OnlineSubsystemUtils.IpNetDriver\")"]
    return "Config/DefaultEngine.ini", lines, "unreal-ini"


def r_godot(r, c):
    pairs = c.pairs()
    blk = c.block or c.prov
    lines = ["; Engine configuration file.", "; It's best edited using the editor UI and not directly,",
             "; since the parameters that go here are not all obvious.", ";", "; Format:",
             ";   [section] ; section goes between []", ";   param=value ; assign values to parameters", "",
             "config_version=5", "", "[application]", "",
             'config/name="%s"' % r.choice(["Pinecone Panic", "Otter Drift", "Frostvale", "Kestrel Run"]),
             'run/main_scene="res://scenes/main.tscn"', 'config/features=PackedStringArray("4.2", "Forward Plus")',
             'config/icon="res://icon.svg"', "", "[autoload]", "", 'Online="*res://autoload/online.gd"', "", "[%s]" % blk, ""]
    for n, v in pairs:
        k = n[len(blk) + 1:] if n.lower().startswith(blk + "_") else n
        lines.append('%s="%s"' % (case(k, "snake"), v.v if v.kind == "lit" else ""))
    lines += ["", "[rendering]", "", 'renderer/rendering_method="mobile"']
    return "project.godot", lines, "godot"


def _curl(r, c, ref):
    a, b = c.header_value_tpl()
    if c.use == "webhook":
        return ["curl -fsS -H 'Content-Type: application/json' \\",
                "  -d '{\"content\":\"stream is live!\"}' \\", "  %s" % (ref if ref.startswith('"') else '"%s"' % ref)]
    if c.use == "tg":
        return ['curl -fsS "https://api.telegram.org/bot%s/sendMessage" \\' % ref, "  -d chat_id=\"$CHAT_ID\" -d text=\"we're live!\""]
    if c.use == "oauth":
        return ["curl -fsS -X POST '%s' \\" % token_url(c),
                "  -d client_id=\"$CLIENT_ID\" -d client_secret=%s -d grant_type=client_credentials" % ref]
    if c.hdr.startswith(("key=", "api_key=", "access_token=")):
        qn = c.hdr.split("=")[0]
        return ['curl -fsS "%s/%s?%s=%s"' % (c.api, api_path(r, c).lstrip("/"), qn, ref)]
    return ['curl -fsS -H "%s: %s%s%s" \\' % (c.header_name(), a, ref, b), '  "%s/%s"' % (c.api, api_path(r, c).lstrip("/"))]


def r_readme(r, c):
    bot = r.choice(BOT_NAMES)
    ch = streamer(r)
    pairs = c.pairs()
    lines = ["# %s" % bot, "", "A small %s bot for the %s community. Runs on a Raspberry Pi under my desk." % (c.disp, ch), "",
             "## Setup", "", "1. `npm install` (Node 20+)", "2. Copy the values below into `.env`",
             "3. `npm start`", "", "```bash"]
    for n, v in pairs:
        lines.append("export %s=%s" % (case(n, "UPPER"), v.v if v.kind == "lit" else "\"$%s\"" % n if r.random() < 0.3 else
                                       r.choice(["<your-%s>" % case(n, "kebab"), "...", "YOUR_%s" % case(n, "UPPER")])))
    lines += ["```", "", "Quick check that the credentials work:", "", "```bash"]
    lines += _curl(r, c, "$" + case(c.name or "TOKEN", "UPPER"))
    lines += ["```", "", "## Commands", "", "| command | what it does |", "|---|---|",
              "| `!socials` | links to twitch/youtube |", "| `!uptime` | how long the stream has been live |",
              "| `!so <user>` | shoutout |", "", "PRs welcome, be nice in chat :)"]
    return r.choice(["README.md", "docs/SETUP.md", "README.md"]), lines, "markdown"


def r_make(r, c):
    pairs = c.pairs()
    lines = ["# helpers for the %s stream box" % streamer(r), "SHELL := /bin/bash", ""]
    lines += [assign(r, "make", n, v) for n, v in pairs]
    ref = "$(%s)" % case(c.name or "TOKEN", "UPPER")
    lines += ["", ".PHONY: run deploy logs check", "", "run:", "\tnode src/index.js", "", "deploy:",
              "\trsync -az --exclude node_modules ./ pi@streambox.local:~/bot/",
              "\tssh pi@streambox.local 'sudo systemctl restart bot'", "", "check:"]
    lines += ["\t" + l.rstrip(" \\").replace("$" + case(c.name or "TOKEN", "UPPER"), ref) + (" \\" if l.endswith("\\") else "")
              for l in _curl(r, c, "$" + case(c.name or "TOKEN", "UPPER"))]
    lines += ["", "logs:", "\tssh pi@streambox.local 'journalctl -u bot -f'"]
    return "Makefile", lines, "makefile"


def r_systemd(r, c):
    pairs = _flat_pairs(r, c)
    user = r.choice(["streamer", "bot", "mc", "pi"])
    lines = ["[Unit]", "Description=%s %s" % (r.choice(BOT_NAMES), r.choice(["Discord bot", "Twitch chat bot", "stream relay", "game server watchdog"])),
             "After=network-online.target", "Wants=network-online.target", "", "[Service]", "Type=simple",
             "User=%s" % user, "WorkingDirectory=/home/%s/bot" % user]
    for n, v in pairs:
        if v.kind == "env":
            lines.append("EnvironmentFile=/etc/%s/%s.env" % (c.prov, case(n, "kebab")))
        else:
            q = r.random() < 0.4
            lines.append('Environment="%s=%s"' % (case(n, "UPPER"), v.v) if q else "Environment=%s=%s" % (case(n, "UPPER"), v.v))
    lines += ["ExecStart=/usr/bin/node /home/%s/bot/src/index.js" % user, "Restart=on-failure", "RestartSec=5", "",
              "[Install]", "WantedBy=multi-user.target"]
    return "deploy/%s.service" % r.choice(["bot", "chatbot", "relay", "watchdog"]), lines, "systemd"


def r_procfile(r, c):
    nm = case(c.name or "TOKEN", "UPPER")
    v = c.main
    val = v.v if v.kind == "lit" else "$" + v.v
    cmd = r.choice(["node src/index.js", "python -m bot", "npm run start:prod"])
    lines = ["web: node server/overlay.js --port $PORT", "worker: %s=%s %s" % (nm, val, cmd)]
    for n, cv in c.comps:
        lines[-1] = "worker: %s=%s " % (case(n, "UPPER"), cv.v if cv.kind == "lit" else "$" + cv.v) + lines[-1][len("worker: "):]
    lines += ["clock: python scripts/schedule_clips.py", "release: npm run migrate", "# scale: heroku ps:scale worker=1"]
    if r.random() < 0.5:
        lines.insert(0, "# heroku processes (overlay + chat worker)")
    return "Procfile", lines, "procfile"


def r_sh(r, c):
    pairs = c.pairs()
    lines = ["#!/usr/bin/env bash", "# %s" % r.choice(["nightly job for the stream box", "run from cron every 10 min",
                                                        "quick deploy helper"]), "set -euo pipefail", ""]
    lines += [assign(r, "sh", n, v) for n, v in pairs]
    lines += ["LOG=/var/log/%s.log" % c.prov, ""]
    nm = case(c.name or "TOKEN", "UPPER")
    lines += _curl(r, c, ('"$%s"' % nm) if c.use in ("webhook", "oauth") else "$" + nm)
    lines[-1] = lines[-1] + ' >> "$LOG"'
    lines += ["", 'echo "[$(date -Is)] done" >> "$LOG"']
    return "scripts/%s.sh" % r.choice(["notify", "sync", "check_" + c.prov, "cron"]), lines, "shell"


# --------------------------------------------------------------------------
# bespoke renderers (game servers, OBS, ffmpeg, panels)
# --------------------------------------------------------------------------
def r_server_properties(r, c):
    # main value is rcon.password (positive) or one of the negative variants
    var = getattr(c, "variant", "rcon")
    seed = str(r.randint(-2 ** 63, 2 ** 63 - 1))
    rp_sha = ""
    rp_url = ""
    if var == "rp-sha1":
        rp_sha = c.main.v
        rp_url = "https://cdn.%s.net/packs/%s-v%d.zip" % (r.choice(["blocktopia", "frostvale", "cobalt"]), r.choice(["textures", "sounds"]), r.randint(2, 9))
    enable_rcon = "false" if var == "rcon-off" else "true"
    rcon_pw = c.main.v if var == "rcon" else ("" if var in ("rcon-off", "rp-sha1") else c.main.v)
    props = [
        "#Minecraft server properties", "#%s" % r.choice(["Sat Mar 02 18:41:07 CET 2024", "Tue Jan 14 09:12:55 UTC 2025", "Fri Aug 09 21:03:10 CEST 2024"]),
        "allow-flight=false", "allow-nether=true", "broadcast-console-to-ops=true", "broadcast-rcon-to-ops=true",
        "difficulty=%s" % r.choice(["easy", "normal", "hard"]), "enable-command-block=false", "enable-jmx-monitoring=false",
        "enable-query=false", "enable-rcon=%s" % enable_rcon, "enable-status=true", "enforce-secure-profile=true",
        "enforce-whitelist=%s" % r.choice(["true", "false"]), "entity-broadcast-range-percentage=100",
        "force-gamemode=false", "function-permission-level=2", "gamemode=survival", "generate-structures=true",
        "hardcore=false", "hide-online-players=false", "level-name=world", "level-seed=%s" % seed,
        "level-type=minecraft\\:normal", "max-players=%d" % r.choice([20, 30, 50, 100]), "max-tick-time=60000",
        "max-world-size=29999984", "motd=\\u00A7b%s \\u00A77| \\u00A7a1.20.4" % r.choice(SERVERS),
        "network-compression-threshold=256", "online-mode=true", "op-permission-level=4", "player-idle-timeout=0",
        "prevent-proxy-connections=false", "pvp=true", "query.port=25565", "rate-limit=0",
        "rcon.password=%s" % rcon_pw, "rcon.port=25575", "require-resource-pack=false",
        "resource-pack=%s" % rp_url.replace(":", "\\:"), "resource-pack-prompt=", "resource-pack-sha1=%s" % rp_sha,
        "server-ip=", "server-port=25565", "simulation-distance=10", "spawn-animals=true", "spawn-monsters=true",
        "spawn-npcs=true", "spawn-protection=16", "sync-chunk-writes=true", "use-native-transport=true",
        "view-distance=%d" % r.choice([8, 10, 12]), "white-list=%s" % r.choice(["true", "false"])]
    return "%sserver.properties" % r.choice(["", "server/", "mc/", "minecraft/"]), props, "server.properties"


def r_srcds(r, c):
    var = getattr(c, "variant", "rcon")
    game = r.choice(["csgo", "tf", "garrysmod", "left4dead2"])
    rcon = c.main.v if var == "rcon" else '""'
    gslt = c.main.v if var == "gslt" else ""
    svpw = c.main.v if var == "svpw" else ""
    if var == "rcon-empty":
        rcon = '""'
    lines = ["// server.cfg - %s" % r.choice(SERVERS), "", 'hostname "%s | %s"' % (r.choice(SERVERS), r.choice(["24/7", "FastDL", "EU"])),
             "rcon_password %s" % (('"%s"' % rcon) if var == "rcon" else rcon),
             'sv_password "%s"' % svpw, "sv_lan 0", "sv_region %d" % r.choice([0, 1, 3, 255]), "sv_cheats 0",
             "sv_allowupload 1", "sv_allowdownload 1", 'sv_downloadurl "https://fastdl.%s.net/%s/"' % (r.choice(["ember", "kestrel", "cobalt"]), game),
             "", "// steam game server login token (appid %d)" % {"csgo": 730, "tf": 440, "garrysmod": 4000, "left4dead2": 550}[game],
             'sv_setsteamaccount "%s"' % gslt if gslt or r.random() < 0.5 else "// sv_setsteamaccount is passed on the command line",
             "", "// rates", "sv_minrate 0", "sv_maxrate 0", "sv_mincmdrate 66", "sv_maxcmdrate 128",
             "", "// logging", "log on", "sv_logbans 1", "sv_logecho 1", "sv_logfile 1", "sv_log_onefile 0",
             "", "mp_timelimit %d" % r.choice([20, 30, 45]), "mp_maxrounds %d" % r.choice([16, 24, 30]), "",
             "exec banned_user.cfg", "exec banned_ip.cfg"]
    return "%s/cfg/server.cfg" % game, lines, "srcds-cfg"


def r_fivem(r, c):
    var = getattr(c, "variant", "license")
    lic = c.main.v if var == "license" else ""
    steam = c.main.v if var == "steam" else "none"
    tebex = c.main.v if var == "tebex" else ""
    mysql = c.main.v if var == "mysql" else ""
    db = r.choice(["es_extended", "qbcore", "nordic_rp"])
    lines = ["# Only change the IP if you're using a server with multiple network interfaces.",
             'endpoint_add_tcp "0.0.0.0:30120"', 'endpoint_add_udp "0.0.0.0:30120"', "",
             "ensure mapmanager", "ensure chat", "ensure spawnmanager", "ensure sessionmanager", "ensure basic-gamemode",
             "ensure hardcap", "ensure oxmysql", "ensure %s" % r.choice(["es_extended", "qb-core"]), "",
             "sv_scriptHookAllowed 0", "", 'sets tags "roleplay, %s, economy"' % r.choice(["esx", "qbcore"]),
             'sets locale "%s"' % r.choice(["en-US", "pl-PL", "de-DE"]), 'sv_hostname "^4%s ^7| discord.gg/%s"' % (
                 r.choice(SERVERS), rand_str(r, ALNUM, 7)), 'sets sv_projectName "%s"' % r.choice(SERVERS), ""]
    if var == "mysql":
        lines.append('set mysql_connection_string "mysql://%s:%s@%s/%s?charset=utf8mb4"' % (
            r.choice(["root", "fivem", "rp_user"]), mysql, r.choice(["127.0.0.1", "localhost", "db"]), db))
    else:
        lines.append('set mysql_connection_string "mysql://%s@localhost/%s?charset=utf8mb4"' % (r.choice(["root", "fivem"]), db))
    lines += ["", "add_ace group.admin command allow", "add_ace group.admin command.quit deny",
              "add_principal identifier.fivem:%d group.admin # %s" % (r.randint(100000, 9999999), r.choice(_NAMES)),
              "add_principal identifier.discord:%s group.admin" % snowflake(r, 2016, 2020), "",
              "# enable OneSync (required for server-side state awareness)", "set onesync on", "sv_maxclients %d" % r.choice([32, 48, 64, 128]), ""]
    if var == "steam" or r.random() < 0.6:
        lines += ["# Steam Web API key, if you want to use Steam authentication (https://steamcommunity.com/dev/apikey)",
                  "# -> replace \"\" with the key", 'set steam_webApiKey "%s"' % steam, ""]
    if var == "tebex" or r.random() < 0.3:
        lines += ["sv_tebexSecret %s" % tebex, ""]
    lines += ["# License key for your server (https://keymaster.fivem.net)",
              "sv_licenseKey %s" % (('"%s"' % lic) if lic and r.random() < 0.4 else (lic or getattr(c, "lic_placeholder", "changeme")))]
    return "%sserver.cfg" % r.choice(["", "server-data/", "txData/%sRP/" % r.choice(["Nordic", "Harbor", "Lakeside"])]), lines, "fivem-cfg"


RTMP_SERVERS = {
    "twitch": ["rtmp://live.twitch.tv/app", "rtmp://fra05.contribute.live-video.net/app", "rtmp://waw02.contribute.live-video.net/app", "auto"],
    "youtube": ["rtmp://a.rtmp.youtube.com/live2", "rtmps://a.rtmps.youtube.com:443/live2"],
    "kick": ["rtmps://fa723fc1b171.global-contribute.live-video.net/app"],
    "restream": ["rtmp://live.restream.io/live", "rtmp://eu-central.restream.io/live"],
    "facebook": ["rtmps://live-api-s.facebook.com:443/rtmp/"],
}
OBS_SERVICE = {"twitch": "Twitch", "youtube": "YouTube - RTMPS", "kick": "Kick", "restream": "Restream.io", "facebook": "Facebook Live"}


def r_obs_service(r, c):
    prov = c.prov if c.prov in RTMP_SERVERS else "twitch"
    key = c.main.v if c.main.kind == "lit" else ""
    server = r.choice(RTMP_SERVERS[prov])
    common = prov != "kick" and r.random() < 0.7
    if common:
        settings = ['        "bwtest": false,', '        "key": "%s",' % key, '        "server": "%s",' % server,
                    '        "service": "%s"' % OBS_SERVICE[prov]]
        typ = "rtmp_common"
    else:
        settings = ['        "bwtest": false,', '        "key": "%s",' % key, '        "server": "%s",' % server,
                    '        "use_auth": false']
        typ = "rtmp_custom"
    if r.random() < 0.5:
        lines = ["{", '    "settings": {'] + settings + ["    },", '    "type": "%s"' % typ, "}"]
    else:
        lines = ['{"settings":{' + "".join(s.strip() for s in settings) + '},"type":"%s"}' % typ]
    prof = r.choice(["Untitled", "Main", "Twitch 1080p60", "YouTube", "Vertical"])
    return "obs-studio/basic/profiles/%s/service.json" % prof.replace(" ", "_"), lines, "obs-service.json"


def r_ffmpeg(r, c):
    prov = c.prov if c.prov in RTMP_SERVERS else "youtube"
    server = [s for s in RTMP_SERVERS[prov] if s != "auto"]
    server = r.choice(server).rstrip("/")
    key = c.main.v if c.main.kind == "lit" else "${%s}" % (c.main.v)
    inline = r.random() < 0.5 and c.main.kind == "lit"
    lines = ["#!/bin/bash", "# 24/7 %s stream from the playlist folder" % r.choice(["lofi", "retro", "chill", "speedrun VOD"]),
             "# usage: ./%s.sh [playlist]" % r.choice(["stream", "golive", "loop"]), "", 'PLAYLIST="${1:-playlist.txt}"',
             'RES="%s"' % r.choice(["1920x1080", "1280x720"]), 'FPS=%s' % r.choice(["30", "60"]), 'VBR="%s"' % r.choice(["4500k", "6000k"])]
    if c.main.kind == "env":
        lines += [': "${%s:?export %s first}"' % (c.main.v, c.main.v)]
        url = "%s/%s" % (server, key)
    elif inline:
        url = "%s/%s" % (server, key)
    else:
        nm = case(c.name or "STREAM_KEY", "UPPER")
        lines += ['%s="%s"' % (nm, key)]
        url = "%s/${%s}" % (server, nm)
    lines += ["", "while true; do", '  ffmpeg -hide_banner -loglevel warning -re -f concat -safe 0 -i "$PLAYLIST" \\',
              '    -c:v libx264 -preset veryfast -b:v "$VBR" -maxrate "$VBR" -bufsize 12000k \\',
              '    -pix_fmt yuv420p -g $((FPS * 2)) -r "$FPS" -s "$RES" \\', "    -c:a aac -b:a 160k -ar 44100 \\",
              '    -f flv "%s"' % url, '  echo "ffmpeg exited ($?), restarting in 5s" >&2', "  sleep 5", "done"]
    return "%s%s.sh" % (r.choice(["", "scripts/", "stream/"]), r.choice(["stream", "golive", "loop247", "restream"])), lines, "shell-ffmpeg"


EGG_FLAVOURS = {
    "fivem": ("FiveM", "ghcr.io/parkervcp/yolks:debian",
              "$(pwd)/alpine/opt/cfx-server/ld-musl-x86_64.so.1 --library-path \\\"$(pwd)/alpine/usr/lib/v8/:$(pwd)/alpine/lib/:$(pwd)/alpine/usr/lib/\\\" -- $(pwd)/alpine/opt/cfx-server/FXServer +set citizen_dir $(pwd)/alpine/opt/cfx-server/citizen/ +set sv_licenseKey {{FIVEM_LICENSE}} +set steam_webApiKey {{STEAM_WEBAPIKEY}} +set sv_maxplayers {{MAX_PLAYERS}} +exec server.cfg",
              {"license_key": "FIVEM_LICENSE", "web_api_key": "STEAM_WEBAPIKEY"}),
    "steam": ("Counter-Strike: Global Offensive", "ghcr.io/parkervcp/games:source",
              "./srcds_run -game csgo -console -port {{SERVER_PORT}} +ip 0.0.0.0 +map {{SRCDS_MAP}} -strictportbind -norestart +sv_setsteamaccount {{STEAM_ACC}}",
              {"game_server_login_token": "STEAM_ACC", "web_api_key": "STEAM_API_KEY"}),
    "discord": ("Discord.js Bot", "ghcr.io/parkervcp/yolks:nodejs_20",
                "if [[ -d .git ]]; then git pull; fi; npm install; node {{BOT_JS_FILE}}", {"bot_token": "DISCORD_TOKEN"}),
}


def r_ptero_egg(r, c):
    name, image, startup, envmap = EGG_FLAVOURS.get(c.prov, EGG_FLAVOURS["discord"])
    env_var = envmap.get(c.kind) if c.name is None or c.block is None else None
    env_var = env_var or case(c.name or "API_KEY", "UPPER")
    val = c.main.v if c.main.kind == "lit" else ""
    first = {"FiveM": ("Max Players", "MAX_PLAYERS", "48", "required|integer|between:1,2048"),
             "Counter-Strike: Global Offensive": ("Default Map", "SRCDS_MAP", "de_dust2", "required|string|alpha_dash"),
             "Discord.js Bot": ("Bot js file", "BOT_JS_FILE", "index.js", "required|string")}[name]
    startup_json = startup.replace('"', '\\"') if False else startup
    lines = ["{", '    "_comment": "DO NOT EDIT: FILE GENERATED AUTOMATICALLY BY PTERODACTYL PANEL - PTERODACTYL.IO",',
             '    "meta": {', '        "version": "PTDL_v2",', '        "update_url": null', "    },",
             '    "exported_at": "2024-%02d-%02dT%02d:%02d:%02d+00:00",' % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
             '    "name": "%s",' % name, '    "author": "%s@%s.net",' % (r.choice(_NAMES).lower(), r.choice(["kestrelhost", "emberhost", "frostnode"])),
             '    "description": "egg used on our community node",', '    "features": null,',
             '    "docker_images": {', '        "%s": "%s"' % (image, image), "    },",
             '    "file_denylist": [],', '    "startup": "%s",' % startup_json,
             '    "config": {', '        "files": "{}",', '        "startup": "{\\r\\n    \\"done\\": \\"%s\\"\\r\\n}",' % (
                 "Server license key authentication succeeded" if name == "FiveM" else "ready"),
             '        "logs": "{}",', '        "stop": "%s"' % ("quit" if name != "Discord.js Bot" else "^C"), "    },", '    "variables": [', "        {",
             '            "name": "%s",' % first[0], '            "description": "",',
             '            "env_variable": "%s",' % first[1], '            "default_value": "%s",' % first[2],
             '            "user_viewable": true,', '            "user_editable": true,', '            "rules": "%s",' % first[3],
             '            "field_type": "text"', "        },", "        {", '            "name": "%s",' % env_var.replace("_", " ").title(),
             '            "description": "%s",' % r.choice(["Key passed to the server at startup.", "Get it from the provider dashboard.", ""]),
             '            "env_variable": "%s",' % env_var,
             '            "default_value": "%s",' % val, '            "user_viewable": %s,' % r.choice(["true", "false"]),
             '            "user_editable": true,', '            "rules": "nullable|string",', '            "field_type": "text"',
             "        }", "    ]", "}"]
    return "eggs/egg-%s.json" % case(name.replace(".", "").replace(":", "").replace(" ", "_").replace("-", "_"), "kebab"), lines, "pterodactyl-egg"


def r_wings(r, c):
    tok = c.main.v if c.main.kind == "lit" else "${WINGS_TOKEN}"
    node = "node%d.%s.net" % (r.randint(1, 9), r.choice(["ember", "kestrel"]))
    lines = ["debug: false", "app_name: Pterodactyl", "uuid: %s" % ruuid(r), "token_id: %s" % rand_mixed(r, ALNUM, 16),
             "token: %s" % tok, "api:", "  host: 0.0.0.0", "  port: 8080", "  ssl:", "    enabled: true",
             "    cert: /etc/letsencrypt/live/%s/fullchain.pem" % node,
             "    key: /etc/letsencrypt/live/%s/privkey.pem" % node,
             "  upload_limit: 100", "system:", "  data: /var/lib/pterodactyl/volumes", "  sftp:", "    bind_port: 2022",
             "allowed_mounts: []", "remote: https://panel.%s.net" % r.choice(["emberhost", "kestrelhost", "frostnode"])]
    return "etc/pterodactyl/config.yml", lines, "wings-config"


def r_valheim(r, c):
    pw = c.main.v if c.main.kind == "lit" else '"${SERVER_PASS}"'
    world = r.choice(["Dedicated", "Vikingheim", "Frostvale", "Yggdrasil"])
    lines = ["#!/bin/bash", "export templdpath=$LD_LIBRARY_PATH", "export LD_LIBRARY_PATH=./linux64:$LD_LIBRARY_PATH",
             "export SteamAppId=892970", "", 'echo "Starting server PRESS CTRL-C to exit"', "",
             "# NOTE: Minimum password length is 5 characters & Password cant be in the server name.",
             "./valheim_server.x86_64 -name \"%s\" -port 2456 -world \"%s\" -password %s -public %d -crossplay" % (
                 r.choice(SERVERS), world, ('"%s"' % pw) if c.main.kind == "lit" else pw, r.choice([0, 1])), "",
             "export LD_LIBRARY_PATH=$templdpath"]
    return "valheim/start_server.sh", lines, "shell"


def r_ark(r, c):
    adm = c.main.v if c.main.kind == "lit" else ""
    lines = ["[ServerSettings]", "ActiveMods=%s" % ",".join(str(r.randint(700000000, 2999999999)) for _ in range(r.randint(2, 5))),
             "AllowFlyerCarryPvE=True", "AlwaysAllowStructurePickup=True", "DifficultyOffset=1.000000",
             "HarvestAmountMultiplier=%0.6f" % r.choice([2.0, 3.0, 5.0]), "MaxTamedDinos=%d" % r.choice([5000, 8000]),
             "OverrideOfficialDifficulty=5.000000", "RCONEnabled=True", "RCONPort=27020",
             "ServerAdminPassword=%s" % adm, "ServerPassword=", "ServerPVE=True", "ShowMapPlayerLocation=True",
             "TamingSpeedMultiplier=%0.6f" % r.choice([3.0, 5.0, 10.0]), "XPMultiplier=2.000000", "",
             "[SessionSettings]", "SessionName=%s" % r.choice(SERVERS), "Port=7777", "QueryPort=27015", "",
             "[/Script/Engine.GameSession]", "MaxPlayers=%d" % r.choice([20, 40, 70])]
    return "ShooterGame/Saved/Config/LinuxServer/GameUserSettings.ini", lines, "ark-ini"


def r_rust(r, c):
    pw = c.main.v if c.main.kind == "lit" else "$RCON_PASS"
    quoted = '"%s"' % pw if c.main.kind == "lit" else '"%s"' % pw
    lines = ["#!/bin/sh", "clear", "while true; do", "  ./RustDedicated -batchmode -nographics \\",
             "    +server.ip 0.0.0.0 +server.port 28015 \\", "    +rcon.ip 0.0.0.0 +rcon.port 28016 +rcon.web 1 \\",
             "    +rcon.password %s \\" % quoted, '    +server.hostname "%s" \\' % r.choice(SERVERS),
             "    +server.identity \"%s\" +server.maxplayers %d \\" % (r.choice(["main", "weekly"]), r.choice([50, 100, 150])),
             "    +server.worldsize %d +server.seed %d \\" % (r.choice([3000, 3500, 4000]), r.randint(1, 2147483647)),
             "    -logfile \"logs/$(date +%F).log\"", '  echo "restarting in 10s"', "  sleep 10", "done"]
    return "rust/start.sh", lines, "shell"


def r_tautulli(r, c):
    tok = c.main.v if c.main.kind == "lit" else ""
    lines = ["[General]", "http_port = 8181", "http_host = 0.0.0.0", "launch_browser = 0", "check_github = 1",
             "first_run_complete = 1", "", "[PMS]", "pms_ip = 192.168.%d.%d" % (r.randint(0, 2), r.randint(2, 250)),
             "pms_port = 32400", "pms_name = %s" % r.choice(["basement-nas", "plexbox", "MediaTower"]),
             "pms_identifier = %s" % rand_str(r, HEX, 40), "pms_token = %s" % tok, "pms_ssl = 0", "pms_is_remote = 0",
             "pms_url = http://192.168.1.20:32400", "", "[Monitoring]", "monitoring_interval = 60", "refresh_libraries_interval = 12"]
    return "tautulli/config.ini", lines, "ini"


def r_npmrc(r, c):
    tok = c.main.v if c.main.kind == "lit" else "${NPM_TOKEN}"
    lines = ["# npm config for publishing the overlay widgets", "engine-strict=true",
             "@%s:registry=https://registry.npmjs.org/" % streamer(r).replace("_", "-"),
             "//registry.npmjs.org/:_authToken=%s" % tok, "save-exact=true", "fund=false"]
    return ".npmrc", lines, "npmrc"


RENDER = {
    "env": r_env, "yaml": r_yaml, "json": r_json, "toml": r_toml, "ini": r_ini, "compose": r_compose,
    "actions": r_actions, "appsettings": r_appsettings, "unity": r_unity_asset, "unreal": r_unreal_ini,
    "godot": r_godot, "readme": r_readme, "make": r_make, "systemd": r_systemd, "procfile": r_procfile,
    "sh": r_sh, "js": r_js, "ts": r_ts, "py": r_py, "cs": r_cs, "gd": r_gd, "lua": r_lua, "html": r_html,
    "userscript": r_userscript, "mcprops": r_server_properties, "srcds": r_srcds, "fivem": r_fivem,
    "obs": r_obs_service, "ffmpeg": r_ffmpeg, "egg": r_ptero_egg, "wings": r_wings, "valheim": r_valheim,
    "ark": r_ark, "rust": r_rust, "tautulli": r_tautulli, "npmrc": r_npmrc,
}
TOKEN_URLS = {
    "twitch": "https://id.twitch.tv/oauth2/token", "igdb": "https://id.twitch.tv/oauth2/token",
    "spotify": "https://accounts.spotify.com/api/token", "discord": "https://discord.com/api/oauth2/token",
    "soundcloud": "https://secure.soundcloud.com/oauth/token", "google": "https://oauth2.googleapis.com/token",
    "nightbot": "https://api.nightbot.tv/oauth2/token", "xbox": "https://login.microsoftonline.com/organizations/oauth2/v2.0/token",
}


def token_url(c):
    return TOKEN_URLS.get(c.prov, c.api.rstrip("/") + "/oauth2/token")


POSITIONAL_USES = {"login", "webhook", "rcon", "password", "oauth", "header", "tmi"}
POSITIONAL_FT = {"js", "ts", "py"}


# --------------------------------------------------------------------------
# positive kinds
# --------------------------------------------------------------------------
class K:
    def __init__(self, prov, kind, gen, use, names, generic, fts, comps=None, weight=1.0, hdr=None):
        self.prov, self.kind, self.gen, self.use = prov, kind, gen, use
        self.names, self.generic, self.fts = names, generic, fts
        self.comps = comps or (lambda r: [])
        self.weight, self.hdr = weight, hdr


def _gclient(r):
    return "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12 - 1), rand_str(r, LOWALNUM, 32))


def _eos_client_id(r):
    return "xyza7891" + rand_mixed(r, ALNUM, 24)


CFG = ["env", "json", "yaml", "toml", "compose"]
KINDS = [
    K("twitch", "client_secret", g_twitch30, "oauth", ["TWITCH_CLIENT_SECRET", "TWITCH_SECRET"], ["CLIENT_SECRET", "SECRET", "APP_SECRET"],
      CFG + ["js", "ts", "py", "actions", "godot", "cs", "systemd", "readme", "sh", "appsettings"],
      lambda r: [("TWITCH_CLIENT_ID", lit(g_twitch30(r)))], 1.6),
    K("twitch", "user_access_token", g_twitch30, "header", ["TWITCH_ACCESS_TOKEN", "TWITCH_OAUTH_TOKEN", "TWITCH_USER_TOKEN"],
      ["ACCESS_TOKEN", "TOKEN", "AUTH", "BEARER"], CFG + ["js", "py", "html", "userscript", "sh", "readme"],
      lambda r: [("TWITCH_CLIENT_ID", lit(g_twitch30(r)))], 1.3, "Authorization: Bearer {}"),
    K("twitch", "eventsub_webhook_secret", g_eventsub_secret, "hmac", ["TWITCH_EVENTSUB_SECRET", "EVENTSUB_SECRET"],
      ["WEBHOOK_SECRET", "SECRET", "HMAC_SECRET"], CFG + ["js", "py", "systemd"], None, 0.8),
    K("twitch", "chat_oauth_token", g_twitch_chat, "tmi", ["TWITCH_OAUTH", "TMI_PASSWORD", "TWITCH_BOT_OAUTH"],
      ["PASSWORD", "OAUTH", "BOT_PASS"], ["env", "js", "ts", "py", "html", "json", "yaml", "compose", "readme", "procfile"], None, 1.5),
    K("twitch", "refresh_token", g_twitch_refresh, "config", ["TWITCH_REFRESH_TOKEN"], ["REFRESH_TOKEN", "TOKEN"],
      CFG + ["py"], lambda r: [("TWITCH_CLIENT_ID", lit(g_twitch30(r)))], 0.7),
    K("twitch", "stream_key", g_twitch_streamkey, "streamkey", ["TWITCH_STREAM_KEY"], ["STREAM_KEY", "KEY", "INGEST_KEY"],
      ["obs", "obs", "ffmpeg", "ffmpeg", "env", "py", "js", "compose"], None, 1.6),
    K("youtube", "data_api_key", g_google_api, "header", ["YOUTUBE_API_KEY", "YT_API_KEY", "GOOGLE_API_KEY"], ["API_KEY", "KEY", "DATA_KEY"],
      CFG + ["js", "ts", "py", "html", "userscript", "gd", "cs", "actions", "readme", "sh"], None, 1.5),
    K("youtube", "stream_key", g_yt_streamkey, "streamkey", ["YOUTUBE_STREAM_KEY", "YT_STREAM_KEY"], ["STREAM_KEY", "KEY"],
      ["obs", "obs", "ffmpeg", "ffmpeg", "env", "py", "js", "compose"], None, 1.4),
    K("google", "oauth_client_secret", g_google_client_secret, "oauth", ["YOUTUBE_CLIENT_SECRET", "GOOGLE_CLIENT_SECRET"],
      ["CLIENT_SECRET", "SECRET"], ["env", "json", "yaml", "py", "js", "compose", "appsettings"],
      lambda r: [("GOOGLE_CLIENT_ID", lit(_gclient(r)))], 0.8),
    K("google", "oauth_refresh_token", g_google_refresh, "config", ["YOUTUBE_REFRESH_TOKEN", "GOOGLE_REFRESH_TOKEN"],
      ["REFRESH_TOKEN", "TOKEN"], CFG, lambda r: [("GOOGLE_CLIENT_ID", lit(_gclient(r)))], 0.6),
    K("kick", "stream_key", g_kick_streamkey, "streamkey", ["KICK_STREAM_KEY"], ["STREAM_KEY", "KEY"], ["obs", "ffmpeg", "env", "py", "compose"], None, 0.9),
    K("restream", "stream_key", g_restream_key, "streamkey", ["RESTREAM_KEY", "RESTREAM_STREAM_KEY"], ["STREAM_KEY", "KEY"],
      ["obs", "ffmpeg", "env", "py", "js"], None, 0.8),
    K("facebook", "live_stream_key", g_fb_streamkey, "streamkey", ["FB_STREAM_KEY", "FACEBOOK_STREAM_KEY"], ["STREAM_KEY", "KEY"],
      ["obs", "ffmpeg", "env", "py"], None, 0.7),
    K("facebook", "page_access_token", g_fb_token, "header", ["FB_PAGE_TOKEN", "FACEBOOK_ACCESS_TOKEN"], ["ACCESS_TOKEN", "PAGE_TOKEN", "TOKEN"],
      ["env", "py", "js", "json", "yaml", "sh"], lambda r: [("FB_PAGE_ID", lit(str(r.randint(10 ** 14, 10 ** 15 - 1))))], 0.7),
    K("discord", "bot_token", g_discord_bot, "login", ["DISCORD_TOKEN", "DISCORD_BOT_TOKEN", "BOT_TOKEN"], ["TOKEN", "AUTH", "SECRET"],
      CFG + ["js", "js", "ts", "py", "py", "systemd", "procfile", "egg", "readme", "actions"],
      lambda r: [("DISCORD_CLIENT_ID", lit(snowflake(r)))] if r.random() < 0.6 else [], 2.6),
    K("discord", "webhook_url", g_discord_webhook, "webhook", ["DISCORD_WEBHOOK_URL", "DISCORD_WEBHOOK"],
      ["WEBHOOK_URL", "WEBHOOK", "LOG_HOOK", "ALERT_URL"], CFG + ["js", "py", "lua", "lua", "cs", "gd", "sh", "actions", "readme", "godot", "unity"], None, 2.0),
    K("discord", "client_secret", g_discord_client_secret, "oauth", ["DISCORD_CLIENT_SECRET"], ["CLIENT_SECRET", "OAUTH_SECRET"],
      ["env", "json", "yaml", "js", "py", "appsettings", "compose"], lambda r: [("DISCORD_CLIENT_ID", lit(snowflake(r)))], 0.9),
    K("slack", "bot_token", g_slack_bot, "header", ["SLACK_BOT_TOKEN", "SLACK_TOKEN"], ["TOKEN", "BOT_TOKEN", "AUTH"],
      CFG + ["py", "js", "actions", "sh"], None, 0.8),
    K("slack", "webhook_url", g_slack_webhook, "webhook", ["SLACK_WEBHOOK_URL", "SLACK_WEBHOOK"], ["WEBHOOK_URL", "HOOK", "NOTIFY_URL"],
      ["env", "py", "js", "sh", "actions", "yaml", "compose"], None, 0.7),
    K("telegram", "bot_token", g_telegram, "tg", ["TELEGRAM_BOT_TOKEN", "TG_TOKEN", "TELEGRAM_TOKEN"], ["BOT_TOKEN", "TOKEN"],
      CFG + ["py", "js", "sh", "systemd"], None, 1.0),
    K("spotify", "client_secret", g_hex32, "oauth", ["SPOTIFY_CLIENT_SECRET", "SPOTIPY_CLIENT_SECRET"], ["CLIENT_SECRET", "SECRET"],
      CFG + ["py", "js", "readme"], lambda r: [("SPOTIFY_CLIENT_ID", lit(rhex(r, 32)))], 1.2),
    K("spotify", "refresh_token", g_spotify_refresh, "config", ["SPOTIFY_REFRESH_TOKEN"], ["REFRESH_TOKEN", "TOKEN"], CFG + ["py"],
      lambda r: [("SPOTIFY_CLIENT_ID", lit(rhex(r, 32)))], 0.8),
    K("soundcloud", "client_secret", g_alnum32, "oauth", ["SOUNDCLOUD_CLIENT_SECRET", "SC_CLIENT_SECRET"], ["CLIENT_SECRET", "SECRET"],
      ["env", "py", "js", "json", "yaml"], lambda r: [("SOUNDCLOUD_CLIENT_ID", lit(rand_mixed(r, ALNUM, 32)))], 0.6),
    K("lastfm", "api_shared_secret", g_hex32, "config", ["LASTFM_API_SECRET", "LASTFM_SHARED_SECRET"], ["SHARED_SECRET", "API_SECRET", "SECRET"],
      CFG + ["ini"], lambda r: [("LASTFM_USERNAME", lit(streamer(r)))], 0.6),
    K("genius", "access_token", g_genius, "header", ["GENIUS_ACCESS_TOKEN", "GENIUS_TOKEN"], ["ACCESS_TOKEN", "TOKEN", "LYRICS_TOKEN"],
      ["env", "py", "js", "json", "yaml", "userscript"], None, 0.6),
    K("mux", "token_secret", g_mux_secret, "basic", ["MUX_TOKEN_SECRET"], ["TOKEN_SECRET", "SECRET"], CFG + ["actions", "py", "js"],
      lambda r: [("MUX_TOKEN_ID", lit(ruuid(r)))], 0.8),
    K("cloudinary", "cloudinary_url", g_cloudinary, "config", ["CLOUDINARY_URL"], ["MEDIA_URL", "UPLOAD_URL", "STORAGE_URL"],
      ["env", "compose", "yaml", "json", "actions", "systemd", "procfile"], None, 0.8),
    K("vimeo", "access_token", g_hex32, "header", ["VIMEO_ACCESS_TOKEN", "VIMEO_TOKEN"], ["ACCESS_TOKEN", "TOKEN"],
      ["env", "py", "js", "json", "yaml", "sh"], None, 0.6),
    K("wistia", "api_token", g_hex64, "header", ["WISTIA_API_TOKEN", "WISTIA_TOKEN"], ["API_TOKEN", "TOKEN"], ["env", "py", "js", "yaml", "sh"], None, 0.5),
    K("jwplayer", "api_v2_secret", g_alnum48, "header", ["JWPLAYER_API_SECRET", "JW_API_SECRET"], ["API_SECRET", "SECRET"],
      ["env", "py", "js", "json", "yaml"], lambda r: [("JWPLAYER_SITE_ID", lit(rand_mixed(r, ALNUM, 8)))], 0.5),
    K("bunny", "account_api_key", g_bunny_account, "header", ["BUNNY_API_KEY", "BUNNYCDN_API_KEY"], ["ACCESS_KEY", "API_KEY", "CDN_KEY"],
      ["env", "py", "js", "yaml", "json", "sh", "actions"], None, 0.7),
    K("bunny", "storage_zone_password", g_bunny_zone, "header", ["BUNNY_STORAGE_PASSWORD", "BUNNY_STORAGE_KEY"],
      ["STORAGE_KEY", "ACCESS_KEY", "PASSWORD"], ["env", "sh", "py", "js", "actions", "yaml"],
      lambda r: [("BUNNY_STORAGE_ZONE", lit(r.choice(["clips", "vods", "overlay-assets", "emotes"]) + "-" + streamer(r).replace("_", "")))], 0.7),
    K("bunny", "stream_library_api_key", g_bunny_zone, "header", ["BUNNY_STREAM_API_KEY"], ["LIBRARY_KEY", "API_KEY"],
      ["env", "py", "js", "json"], lambda r: [("BUNNY_LIBRARY_ID", lit(str(r.randint(100000, 399999))))], 0.5),
    K("agora", "app_certificate", g_hex32, "config", ["AGORA_APP_CERTIFICATE", "AGORA_CERT"], ["APP_CERTIFICATE", "CERTIFICATE", "SIGNING_KEY"],
      ["env", "json", "yaml", "cs", "js", "py", "compose", "unity"], lambda r: [("AGORA_APP_ID", lit(rhex(r, 32)))], 0.8),
    K("agora", "rtc_temp_token", g_agora_token, "config", ["AGORA_TOKEN", "AGORA_TEMP_TOKEN"], ["TOKEN", "RTC_TOKEN", "TEMP_TOKEN"],
      ["cs", "js", "unity", "gd", "env", "json"], lambda r: [("AGORA_APP_ID", lit(rhex(r, 32)))], 0.5),
    K("steam", "web_api_key", g_uhex32, "header", ["STEAM_API_KEY", "STEAM_WEB_API_KEY"], ["API_KEY", "KEY", "WEBAPI_KEY"],
      CFG + ["py", "js", "lua", "fivem:steam", "fivem:steam", "appsettings", "cs", "sh", "egg", "godot", "unreal"], None, 1.5, "key={}"),
    K("steam", "publisher_web_api_key", g_uhex32, "header", ["STEAM_PUBLISHER_KEY", "STEAMWORKS_PUBLISHER_KEY"], ["PUBLISHER_KEY", "WEBAPI_KEY", "KEY"],
      ["env", "actions", "py", "appsettings", "sh", "json"], lambda r: [("STEAM_APP_ID", lit(str(r.randint(480000, 2900000))))], 0.7, "key={}"),
    K("steam", "game_server_login_token", g_uhex32, "config", ["STEAM_GSLT", "SRCDS_TOKEN", "GSLT"], ["LOGIN_TOKEN", "SERVER_TOKEN"],
      ["srcds:gslt", "srcds:gslt", "compose", "env", "systemd", "egg"], None, 0.9),
    K("epic", "eos_client_secret", g_eos_secret, "config", ["EOS_CLIENT_SECRET"], ["CLIENT_SECRET", "SECRET"],
      ["unreal", "unreal", "unreal", "env", "json", "cs", "unity", "appsettings", "godot"],
      lambda r: [("EOS_PRODUCT_ID", lit(rhex(r, 32))), ("EOS_SANDBOX_ID", lit(rhex(r, 32))), ("EOS_DEPLOYMENT_ID", lit(rhex(r, 32))),
                 ("EOS_CLIENT_ID", lit(_eos_client_id(r)))], 1.0),
    K("playfab", "title_secret_key", g_playfab_secret, "header", ["PLAYFAB_SECRET_KEY", "PLAYFAB_DEV_SECRET"],
      ["DEVELOPER_SECRET_KEY", "SECRET_KEY", "SECRET"], ["env", "appsettings", "json", "cs", "unity", "py", "js", "actions", "compose", "unreal", "godot"],
      lambda r: [("PLAYFAB_TITLE_ID", lit(playfab_title(r)))], 1.0),
    K("unity", "service_account_secret", g_unity_sa_secret, "basic", ["UNITY_SERVICE_ACCOUNT_SECRET", "UGS_SECRET_KEY"], ["SECRET_KEY", "SA_SECRET"],
      ["env", "actions", "json", "py", "yaml"],
      lambda r: [("UNITY_SERVICE_ACCOUNT_KEY_ID", lit(ruuid(r))), ("UNITY_PROJECT_ID", lit(ruuid(r)))], 0.7),
    K("photon", "custom_auth_shared_secret", g_photon_secret, "config", ["PHOTON_AUTH_SECRET"], ["AUTH_SECRET", "SHARED_SECRET"],
      ["env", "json", "appsettings", "js", "py"], lambda r: [("PHOTON_APP_ID", lit(ruuid(r)))], 0.5),
    K("xbox", "partner_center_client_secret", g_azure_secret, "oauth", ["PARTNER_CENTER_CLIENT_SECRET", "AZURE_CLIENT_SECRET"],
      ["CLIENT_SECRET", "SECRET"], ["env", "actions", "json", "appsettings", "yaml", "py"],
      lambda r: [("AZURE_TENANT_ID", lit(ruuid(r))), ("AZURE_CLIENT_ID", lit(ruuid(r)))], 0.6),
    K("minecraft", "rcon_password", g_human, "rcon", ["RCON_PASSWORD", "MC_RCON_PASSWORD"], ["PASSWORD", "PASS", "ADMIN_PW"],
      ["mcprops", "mcprops", "mcprops", "compose", "env", "py", "js", "yaml"], None, 2.0),
    K("srcds", "rcon_password", g_human, "rcon", ["RCON_PASSWORD", "SRCDS_RCON_PASSWORD"], ["PASSWORD"],
      ["srcds:rcon", "srcds:rcon", "srcds:rcon", "py", "env"], None, 1.2),
    K("srcds", "server_join_password", g_human, "config", ["SV_PASSWORD"], ["PASSWORD"], ["srcds:svpw"], None, 0.4),
    K("rust", "rcon_password", g_human, "rcon", ["RUST_RCON_PASSWORD", "RCON_PASSWORD"], ["RCON_PASS", "PASSWORD"], ["rust", "rust", "compose", "env", "js"], None, 0.8),
    K("ark", "server_admin_password", g_human, "config", ["ARK_ADMIN_PASSWORD", "SERVER_ADMIN_PASSWORD"], ["ADMIN_PASSWORD", "PASSWORD"],
      ["ark", "ark", "compose", "env"], None, 0.6),
    K("valheim", "server_password", g_human, "config", ["SERVER_PASS", "VALHEIM_PASSWORD"], ["PASSWORD", "SERVER_PASSWORD"],
      ["valheim", "valheim", "compose", "env"], None, 0.6),
    K("fivem", "license_key", g_fivem_license, "config", ["SV_LICENSEKEY", "FIVEM_LICENSE_KEY", "CFX_LICENSE_KEY"], ["LICENSE_KEY", "LICENSE"],
      ["fivem:license", "fivem:license", "fivem:license", "env", "compose", "egg"], None, 1.4),
    K("tebex", "secret_key", g_hex40, "config", ["TEBEX_SECRET"], ["STORE_SECRET", "SECRET"], ["fivem:tebex", "fivem:tebex", "env", "json"], None, 0.5),
    K("mysql", "db_password", g_human, "config", ["MYSQL_PASSWORD", "DB_PASSWORD", "MYSQL_ROOT_PASSWORD"], ["DB_PASS", "PASSWORD"],
      ["fivem:mysql", "fivem:mysql", "env", "compose"], None, 0.8),
    K("pterodactyl", "application_api_key", g_ptla, "header", ["PTERODACTYL_API_KEY", "PTERO_APP_KEY", "PANEL_API_KEY"],
      ["API_KEY", "TOKEN", "ADMIN_KEY"], CFG + ["py", "js", "sh", "actions"], None, 1.0),
    K("pterodactyl", "client_api_key", g_ptlc, "header", ["PTERODACTYL_CLIENT_KEY", "PTERO_CLIENT_API_KEY"], ["API_KEY", "TOKEN", "KEY"],
      CFG + ["py", "js", "sh", "actions"], None, 1.0),
    K("pterodactyl", "wings_node_token", g_wings, "config", ["WINGS_TOKEN"], ["TOKEN"], ["wings"], None, 0.5),
    K("curseforge", "api_key", g_curseforge, "header", ["CF_API_KEY", "CURSEFORGE_API_KEY"], ["API_KEY"], ["env", "py", "js", "json"], None, 0.6),
    K("patreon", "creator_access_token", g_patreon, "header", ["PATREON_CREATOR_TOKEN", "PATREON_ACCESS_TOKEN"],
      ["CREATOR_TOKEN", "ACCESS_TOKEN", "TOKEN"], CFG + ["py", "js"], lambda r: [("PATREON_CAMPAIGN_ID", lit(str(r.randint(1000000, 9999999))))], 0.8),
    K("streamlabs", "socket_api_token", g_streamlabs_jwt, "socket", ["STREAMLABS_SOCKET_TOKEN", "SL_SOCKET_TOKEN"],
      ["SOCKET_TOKEN", "TOKEN", "JWT"], ["html", "html", "env", "js", "json"], None, 0.9),
    K("streamelements", "jwt_token", g_streamelements_jwt, "socket", ["SE_JWT", "STREAMELEMENTS_JWT"], ["JWT", "TOKEN", "AUTH"],
      ["html", "env", "js", "json", "py"], lambda r: [("SE_CHANNEL_ID", lit(rhex(r, 24)))], 0.9),
    K("nightbot", "client_secret", g_nightbot, "oauth", ["NIGHTBOT_CLIENT_SECRET"], ["CLIENT_SECRET"], ["env", "js", "py", "json"],
      lambda r: [("NIGHTBOT_CLIENT_ID", lit(rhex(r, 32)))], 0.5),
    K("obs", "websocket_password", g_obsws, "password", ["OBS_WEBSOCKET_PASSWORD", "OBS_WS_PASSWORD", "OBS_PASSWORD"], ["PASSWORD", "WS_PASS"],
      ["env", "js", "py", "json", "yaml", "ts"], None, 0.9),
    K("elevenlabs", "api_key", g_elevenlabs, "header", ["ELEVENLABS_API_KEY", "ELEVEN_API_KEY", "XI_API_KEY"],
      ["LLM_KEY", "TTS_KEY", "VOICE_KEY", "API_KEY"], CFG + ["py", "js", "ts", "html", "gd", "cs", "godot"], None, 1.2),
    K("giphy", "api_key", g_giphy, "header", ["GIPHY_API_KEY"], ["GIF_KEY", "API_KEY"], ["env", "js", "py", "json", "html", "userscript", "gd"], None, 0.6, "api_key={}"),
    K("tenor", "api_key", g_google_api, "header", ["TENOR_API_KEY"], ["GIF_KEY", "API_KEY"], ["env", "js", "py", "json"], None, 0.4),
    K("tmdb", "api_key_v3", g_hex32, "header", ["TMDB_API_KEY"], ["API_KEY", "MOVIE_KEY"], ["env", "py", "js", "json", "yaml"], None, 0.7, "api_key={}"),
    K("tmdb", "read_access_token", g_tmdb_bearer, "header", ["TMDB_READ_ACCESS_TOKEN", "TMDB_BEARER", "TMDB_TOKEN"], ["BEARER", "TOKEN", "READ_TOKEN"],
      ["env", "js", "py", "ts", "json", "yaml"], None, 0.6),
    K("igdb", "app_access_token", g_twitch30, "header", ["IGDB_ACCESS_TOKEN", "IGDB_TOKEN"], ["TOKEN", "ACCESS_TOKEN"],
      ["env", "js", "py", "json", "gd", "cs", "godot", "unity"], lambda r: [("IGDB_CLIENT_ID", lit(g_twitch30(r)))], 0.7),
    K("plex", "x_plex_token", g_plex, "header", ["PLEX_TOKEN", "X_PLEX_TOKEN"], ["TOKEN", "AUTH"], ["env", "py", "sh", "compose", "yaml", "tautulli", "json"], None, 1.0),
    K("jellyfin", "api_key", g_hex32, "header", ["JELLYFIN_API_KEY", "JELLYFIN_TOKEN"], ["API_KEY", "TOKEN", "MEDIA_KEY"],
      ["env", "py", "js", "yaml", "json", "sh", "compose"], None, 0.8),
    K("emby", "api_key", g_hex32, "header", ["EMBY_API_KEY"], ["API_KEY", "TOKEN"], ["env", "py", "yaml", "json", "sh"], None, 0.4),
    K("github", "personal_access_token", g_gh, "header", ["GITHUB_TOKEN", "GH_TOKEN", "GH_PAT"], ["TOKEN", "RELEASE_TOKEN"],
      ["env", "sh", "py", "js", "make", "actions"], None, 0.6),
    K("npm", "access_token", g_npm, "config", ["NPM_TOKEN"], ["TOKEN", "REGISTRY_TOKEN"], ["npmrc", "npmrc", "env", "actions", "make"], None, 0.5),
]


# --------------------------------------------------------------------------
# negatives derived from positive kinds (same files, same names)
# --------------------------------------------------------------------------
KNOWN_PREFIXES = ["oauth:", "ptla_", "ptlc_", "sk_", "ghp_", "npm_", "GOCSPX-", "cfxk_", "AIza", "EAA", "xoxb-", "re_", "FB-", "1//0", "AQ", "006"]


def _prefix_of(tok):
    if tok.startswith("live_"):
        return tok[:tok.index("_", 5) + 1]
    if tok.startswith("https://"):
        return None
    for p in KNOWN_PREFIXES:
        if tok.startswith(p):
            return p
    return ""


def masked(r, k):
    t = k.gen(r)
    if k.gen is g_human:
        return r.choice(["********", "••••••••••", "<redacted>", "[hidden]"])
    if t.startswith("https://discord"):
        base = t.rsplit("/", 1)[0]
        return base + "/" + r.choice(["****************", "[REDACTED]", "<redacted>"])
    if t.startswith("https://hooks.slack.com"):
        return t.rsplit("/", 1)[0] + "/" + "*" * 24
    if t.startswith("cloudinary://"):
        key = t[len("cloudinary://"):].split(":")[0]
        return "cloudinary://%s:%s@%s" % (key, "*" * r.choice([8, 27]), t.rsplit("@", 1)[1])
    p = _prefix_of(t)
    body = t[len(p):]
    style = r.randint(0, 4)
    if style == 0:
        return p + "****" + body[-4:]
    if style == 1:
        return p + body[:4] + "…" + body[-3:]
    if style == 2:
        return p + "*" * min(len(body), 24)
    if style == 3:
        return p + body[:3] + "...(redacted)"
    return p + "X" * len(body)


def placeholder(r, k, name):
    t = k.gen(r)
    up = case(name or k.kind, "UPPER")
    generic = ["<your-%s>" % case(k.kind, "kebab"), "YOUR_%s_HERE" % up, "<%s>" % up, "replace-me", "CHANGE_ME",
               "TODO", "your_%s" % case(k.kind, "snake"), "${%s}" % up if r.random() < 0.3 else "<paste here>"]
    if k.gen is g_human:
        return r.choice(["changeme", "CHANGE_ME", "<rcon-password>", "please-set-me", "set-a-strong-password", "<password>"])
    if t.startswith("https://discord"):
        host = t.split("/")[2]
        return r.choice(["https://%s/api/webhooks/<id>/<token>" % host,
                         "https://%s/api/webhooks/%s/YOUR_WEBHOOK_TOKEN" % (host, snowflake(r)),
                         "https://%s/api/webhooks/000000000000000000/xxxxxxxx" % host])
    if t.startswith("https://hooks.slack.com"):
        return r.choice(["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                         "https://hooks.slack.com/services/<team>/<channel>/<token>"])
    if t.startswith("cloudinary://"):
        return r.choice(["cloudinary://<api_key>:<api_secret>@<cloud_name>", "cloudinary://API_KEY:API_SECRET@CLOUD_NAME"])
    if k.gen is g_yt_streamkey:
        return "xxxx-xxxx-xxxx-xxxx-xxxx"
    if k.gen is g_twitch_streamkey:
        return r.choice(["live_XXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "live_<user_id>_<key>", "<stream key from dashboard>"])
    p = _prefix_of(t)
    if p and r.random() < 0.6:
        return p + r.choice(["...", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<token>", "your_token_here", "YOUR_KEY"])
    return r.choice(generic)


DOC_EXAMPLES = {
    # documentation example values (not live credentials)
    ("discord", "bot_token"): "MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs",
    ("telegram", "bot_token"): "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11",
}


def build_from_kind(r, k, mode, force_ft=None):
    ft = force_ft or r.choice(k.fts)
    if mode == "masked" and r.random() < 0.6:
        docs = [f for f in k.fts if f in ("readme", "env", "yaml", "json")]
        if docs:
            ft = r.choice(docs)
    variant = None
    if ":" in ft:
        ft, variant = ft.split(":")
    generic = r.random() < 0.3
    if generic:
        if ft in POSITIONAL_FT and k.use in POSITIONAL_USES and mode == "pos" and r.random() < 0.3:
            name = None
        else:
            name = r.choice(k.generic)
    else:
        name = r.choice(k.names)
    block = k.prov if generic and name else None
    if mode == "pos":
        secret = k.gen(r)
        main = lit(secret)
    elif mode == "env":
        secret = None
        main = envref(r.choice(k.names))
    elif mode == "placeholder":
        secret = None
        main = lit(placeholder(r, k, name))
    elif mode == "masked":
        secret = None
        main = lit(masked(r, k))
    elif mode == "doc-example":
        secret = None
        main = lit(DOC_EXAMPLES[(k.prov, k.kind)])
    else:
        raise ValueError(mode)
    c = Ctx(r, k.prov, k.kind, name, main, k.comps(r), k.use, block)
    if k.hdr:
        c.hdr = k.hdr
    c.variant = variant
    if mode != "pos" and (variant or ft == "mcprops"):
        # bespoke negative variants for game-server files
        if ft == "mcprops":
            c.main = lit("")
            c.variant = r.choice(["rcon-off", "rcon-off", "rp-sha1"])
            if c.variant == "rp-sha1":
                c.main = lit(rand_str(r, HEX, 40))
        elif ft == "srcds":
            c.variant = "rcon-empty" if variant == "rcon" else variant
            if variant in ("gslt", "svpw"):
                c.main = lit("")
        elif ft == "fivem":
            if variant == "license":
                c.lic_placeholder = r.choice(["changeme", '""', "{{svLicense}}", "REPLACE_WITH_YOUR_KEY", "cfxk_xxxxxxxxxxxxxxxxxxxx_xxxxxx"])
                c.main = lit("")
            elif variant == "steam":
                c.main = lit(r.choice(["none", "", "none"]))
            elif variant == "mysql":
                c.variant = "none"
            else:
                c.main = lit("")
    path, lines, ftype = RENDER[ft](r, c)
    return path, lines, ftype, secret


# --------------------------------------------------------------------------
# bespoke negatives: public ids, digests, ciphertext, test vectors
# --------------------------------------------------------------------------
def n_unity_meta(r):
    g = rand_str(r, HEX, 32)
    kind = r.choice(["TextureImporter", "AudioImporter", "MonoImporter"])
    lines = ["fileFormatVersion: 2", "guid: %s" % g]
    if kind == "MonoImporter":
        lines += ["MonoImporter:", "  externalObjects: {}", "  serializedVersion: 2", "  defaultReferences: []",
                  "  executionOrder: 0", "  icon: {instanceID: 0}", "  userData: ", "  assetBundleName: ", "  assetBundleVariant: "]
        path = "Assets/Scripts/Online/%s.cs.meta" % r.choice(["TwitchChatBridge", "DiscordPresence", "SteamLobby", "PlayFabLogin"])
    elif kind == "AudioImporter":
        lines += ["AudioImporter:", "  externalObjects: {}", "  serializedVersion: 7", "  defaultSettings:", "    serializedVersion: 2",
                  "    loadType: 0", "    sampleRateSetting: 0", "    sampleRateOverride: 44100", "    compressionFormat: 1",
                  "    quality: 1", "    conversionMode: 0", "  forceToMono: 0", "  normalize: 1", "  preloadAudioData: 1",
                  "  loadInBackground: 0", "  ambisonic: 0", "  3D: 1", "  userData: ", "  assetBundleName: ", "  assetBundleVariant: "]
        path = "Assets/Audio/SFX/%s.wav.meta" % r.choice(["coin_pickup", "raid_horn", "sub_alert", "footstep_snow"])
    else:
        lines += ["TextureImporter:", "  internalIDToNameTable: []", "  externalObjects: {}", "  serializedVersion: 12",
                  "  mipmaps:", "    mipMapMode: 0", "    enableMipMap: 0", "    sRGBTexture: 1", "  isReadable: 0",
                  "  textureFormat: 1", "  maxTextureSize: 2048", "  spriteMode: 1", "  spritePixelsToUnits: 100",
                  "  spriteID: %s" % rand_str(r, HEX, 32), "  alphaIsTransparency: 1", "  textureType: 8", "  userData: ",
                  "  assetBundleName: ", "  assetBundleVariant: "]
        path = "Assets/Art/UI/%s.png.meta" % r.choice(["emote_pog", "twitch_icon", "logo_256", "btn_play"])
    return path, lines, "unity-meta", "unity", "asset_guid"


def n_unity_project_settings(r):
    lines = ["%YAML 1.1", "%TAG !u! tag:unity3d.com,2011:", "--- !u!129 &1", "PlayerSettings:", "  m_ObjectHideFlags: 0",
             "  serializedVersion: 26", "  productGUID: %s" % rand_str(r, HEX, 32), "  AndroidProfiler: 0",
             "  companyName: %s" % r.choice(["Kestrel Studio", "Pinecone Games", "Otterworks"]),
             "  productName: %s" % r.choice(["Otter Drift", "Frostvale", "Pinecone Panic"]), "  defaultCursor: {fileID: 0}",
             "  m_SplashScreenBackgroundColor: {r: 0.13, g: 0.17, b: 0.21, a: 1}", "  bundleVersion: %d.%d.%d" % (r.randint(0, 1), r.randint(0, 9), r.randint(0, 30)),
             "  cloudProjectId: %s" % ruuid(r), "  organizationId: %s" % r.choice(["kestrel-studio", "pinecone-games-ltd"]),
             "  projectName: %s" % r.choice(["Otter Drift", "Frostvale"]), "  cloudEnabled: 0", "  legacyClampBlendShapeWeights: 0",
             "  virtualTexturingSupportEnabled: 0", "  applicationIdentifier:", "    Android: com.%s.%s" % (
                 r.choice(["kestrel", "pinecone"]), r.choice(["otterdrift", "frostvale"])), "  buildNumber:", "    Standalone: 0"]
    return "ProjectSettings/ProjectSettings.asset", lines, "unity-asset", "unity", "cloud_project_id"


def n_photon_settings(r):
    lines = ["%YAML 1.1", "%TAG !u! tag:unity3d.com,2011:", "--- !u!114 &11400000", "MonoBehaviour:",
             "  m_ObjectHideFlags: 0", "  m_Enabled: 1",
             "  m_Script: {fileID: 11500000, guid: %s, type: 3}" % rand_str(r, HEX, 32), "  m_Name: PhotonServerSettings",
             "  AppSettings:", "    AppIdRealtime: %s" % ruuid(r), "    AppIdFusion: ", "    AppIdChat: %s" % (ruuid(r) if r.random() < 0.5 else ""),
             "    AppIdVoice: %s" % (ruuid(r) if r.random() < 0.5 else ""), "    AppVersion: %d" % r.randint(1, 9),
             "    UseNameServer: 1", "    FixedRegion: %s" % r.choice(["eu", "us", ""]), "    BestRegionSummaryFromStorage: ",
             "    Server: ", "    Port: 0", "    ProxyServer: ", "    Protocol: 0", "    EnableProtocolFallback: 1",
             "    AuthMode: 0", "    EnableLobbyStatistics: 0", "    NetworkLogging: 1", "  PunLogging: 0", "  EnableSupportLogger: 0",
             "  RunInBackground: 1", "  StartInOfflineMode: 0"]
    return "Assets/Photon/PhotonUnityNetworking/Resources/PhotonServerSettings.asset", lines, "unity-asset", "photon", "app_id"


def n_unreal_game_ini(r):
    lines = ["[/Script/EngineSettings.GeneralProjectSettings]", "ProjectID=%s" % rand_str(r, UHEX, 32),
             "ProjectName=%s" % r.choice(["Harbor Heist", "Kestrel Run", "Ember Arena"]),
             "CompanyName=%s" % r.choice(["Kestrel Studio", "Ember Interactive"]), "ProjectVersion=%d.%d.%d" % (r.randint(0, 1), r.randint(0, 9), r.randint(0, 40)),
             "bShouldWindowPreserveAspectRatio=True", "", "[/Script/UnrealEd.ProjectPackagingSettings]", "Build=IfProjectHasCode",
             "BuildConfiguration=PPBC_Shipping", "StagingDirectory=(Path=\"D:/Builds\")", "UsePakFile=True", "bUseIoStore=True",
             "", "[/Script/OnlineSubsystemEOS.EOSSettings]", "+Artifacts=(ArtifactName=\"%s\",ClientId=\"%s\",ClientSecret=\"\",ProductId=\"%s\",SandboxId=\"%s\",DeploymentId=\"%s\",EncryptionKey=\"\")" % (
                 r.choice(["HarborHeist", "KestrelRun"]), _eos_client_id(r), rhex(r, 32), rhex(r, 32), rhex(r, 32)),
             "bUseEAS=True", "bUseEOSConnect=True", "", "; ClientSecret is injected by the build machine (EOS_CLIENT_SECRET)"]
    return "Config/DefaultGame.ini", lines, "unreal-ini", "epic", "project_and_artifact_ids"


def n_godot_import(r):
    src = r.choice(["icon.svg", "art/player_idle.png", "art/tileset_snow.png", "ui/twitch_glitch.png"])
    md5 = rand_str(r, HEX, 32)
    lines = ["[remap]", "", 'importer="texture"', 'type="CompressedTexture2D"', 'uid="%s"' % godot_uid(r),
             'path="res://.godot/imported/%s-%s.ctex"' % (src.split("/")[-1], md5), "metadata={", '"vram_texture": false', "}", "",
             "[deps]", "", 'source_file="res://%s"' % src, 'dest_files=["res://.godot/imported/%s-%s.ctex"]' % (src.split("/")[-1], md5), "",
             "[params]", "", "compress/mode=0", "compress/high_quality=false", "compress/lossy_quality=0.7",
             "mipmaps/generate=false", "process/fix_alpha_border=true", "process/premult_alpha=false", "detect_3d/compress_to=1"]
    return "%s.import" % src, lines, "godot-import", "godot", "uid_and_md5"


def n_asset_manifest(r):
    items = []
    for _ in range(r.randint(4, 9)):
        nm = r.choice(["intro", "brb", "starting_soon", "outro", "raid", "sub_alert", "follow_alert", "cheer_100", "hype_train"])
        ext = r.choice(["webm", "mp4", "png", "wav", "ogg"])
        items.append('    {"path": "assets/%s.%s", "sha256": "%s", "size": %d}' % (nm, ext, sha256hex(r), r.randint(20000, 90000000)))
    lines = ["{", '  "version": %d,' % r.randint(2, 40), '  "generated": "2024-%02d-%02dT%02d:%02d:00Z",' % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)),
             '  "lfs": true,', '  "files": ['] + [x + "," for x in items[:-1]] + [items[-1], "  ]", "}"]
    return "overlay/assets.manifest.json", lines, "json", "git-lfs", "content_sha256"


def n_compose_digest(r):
    img = "itzg/minecraft-server"
    lines = ["services:", "  game:", "    image: %s@sha256:%s" % (img, sha256hex(r)), "    restart: unless-stopped",
             "    tty: true", "    stdin_open: true", "    environment:", "      EULA: \"TRUE\"", "      TYPE: PAPER",
             "      MEMORY: %dG" % r.choice([4, 6, 8]), "      ENABLE_RCON: \"true\"", "      RCON_PASSWORD: ${RCON_PASSWORD:?set in .env}",
             "      OPS: %s" % streamer(r), "    ports:", '      - "25565:25565"', "    volumes:", "      - ./data:/data", "",
             "  backup:", "    image: itzg/mc-backup@sha256:%s" % sha256hex(r), "    environment:",
             "      RCON_HOST: game", "      RCON_PASSWORD: ${RCON_PASSWORD}", "      BACKUP_INTERVAL: 6h"]
    return "minecraft/docker-compose.yml", lines, "compose", "docker", "image_digest"


def _sops_enc(r, n):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
        base64.b64encode(rbytes(r, n)).decode(), base64.b64encode(rbytes(r, 32)).decode(), base64.b64encode(rbytes(r, 16)).decode())


def n_sops(r):
    keys = [("DISCORD_TOKEN", 72), ("TWITCH_CLIENT_SECRET", 30), ("RCON_PASSWORD", 16), ("STEAM_API_KEY", 32)]
    r.shuffle(keys)
    keys = keys[:r.randint(2, 4)]
    age = "age1" + rand_str(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)
    lines = ["%s: %s" % (k, _sops_enc(r, n)) for k, n in keys]
    lines += ["sops:", "    kms: []", "    gcp_kms: []", "    azure_kv: []", "    hc_vault: []", "    age:",
              "        - recipient: %s" % age, "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----"]
    blob = base64.b64encode(rbytes(r, 190)).decode()
    lines += ["            " + blob[i:i + 64] for i in range(0, len(blob), 64)]
    lines += ["            -----END AGE ENCRYPTED FILE-----",
              "    lastmodified: \"2024-%02d-%02dT%02d:%02d:%02dZ\"" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
              "    mac: %s" % _sops_enc(r, 32).replace("type:str", "type:str"), "    pgp: []", "    unencrypted_suffix: _unencrypted",
              "    version: 3.8.1"]
    return "deploy/secrets.enc.yaml", lines, "sops-yaml", "sops", "ciphertext"


def n_sealed(r):
    def blob(n):
        return "Ag" + base64.b64encode(rbytes(r, n)).decode()
    ns = r.choice(["streaming", "bots", "default"])
    lines = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: chatbot-secrets",
             "  namespace: %s" % ns, "spec:", "  encryptedData:",
             "    DISCORD_TOKEN: %s" % blob(r.randint(300, 420)), "    TWITCH_OAUTH: %s" % blob(r.randint(300, 400)),
             "  template:", "    metadata:", "      name: chatbot-secrets", "      namespace: %s" % ns, "    type: Opaque"]
    return "k8s/sealed-chatbot-secrets.yaml", lines, "k8s-yaml", "sealed-secrets", "ciphertext"


def n_vault(r):
    data = rbytes(r, r.randint(180, 320))
    hx = binascii.hexlify(binascii.hexlify(data)).decode()
    lines = ["$ANSIBLE_VAULT;1.1;AES256"] + [hx[i:i + 80] for i in range(0, min(len(hx), 80 * 20), 80)]
    return "ansible/group_vars/gameservers/vault.yml", lines, "ansible-vault", "ansible", "ciphertext"


def n_discord_doc_example(r):
    tok = DOC_EXAMPLES[("discord", "bot_token")]
    lines = ["# Getting a token", "", "1. Open the Developer Portal -> Applications -> *your app* -> **Bot**.",
             "2. Press **Reset Token** and copy it. Discord only shows it once.",
             "3. Put it in `.env` as `DISCORD_TOKEN=` (the file is git-ignored).", "",
             "A bot token has three dot-separated parts, like the example from the Discord API docs:", "", "```",
             "Authorization: Bot %s" % tok, "```", "",
             "The first part is just the base64 of the bot's user id, so it is not secret by itself;",
             "the last part is. **Never** paste the real thing in an issue.", "", "## Intents",
             "", "Enable *Message Content Intent* if you use prefix commands."]
    return "docs/token.md", lines, "markdown", "discord", "docs_example_token"


def n_telegram_doc_example(r):
    tok = DOC_EXAMPLES[("telegram", "bot_token")]
    lines = ["import os", "import re", "", "import pytest", "", "from bot.config import parse_token", "",
             "# token format example taken from the Telegram Bot API docs",
             "DOC_TOKEN = \"%s\"" % tok, "", "", "def test_parse_token_accepts_doc_example():",
             "    bot_id, _ = parse_token(DOC_TOKEN)", "    assert bot_id == 123456", "", "",
             "def test_parse_token_rejects_garbage():", "    with pytest.raises(ValueError):",
             "        parse_token(\"not-a-token\")", "", "",
             "@pytest.mark.skipif(\"TELEGRAM_BOT_TOKEN\" not in os.environ, reason=\"needs a real bot\")",
             "def test_live_token_shape():", "    assert re.match(r\"^\\d+:[\\w-]{35}$\", os.environ[\"TELEGRAM_BOT_TOKEN\"])"]
    return "tests/test_config.py", lines, "py", "telegram", "docs_example_token"


def n_jwtio(r):
    ex = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
          "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
    lines = ["import { describe, it, expect } from 'vitest';", "import { decodeAlertJwt } from '../src/alerts';", "",
             "// the well-known jwt.io sample token; signature is irrelevant for decoding",
             "const SAMPLE = '%s';" % ex, "", "describe('decodeAlertJwt', () => {", "  it('reads the subject', () => {",
             "    expect(decodeAlertJwt(SAMPLE).sub).toBe('1234567890');", "  });", "",
             "  it('throws on garbage', () => {", "    expect(() => decodeAlertJwt('nope')).toThrow();", "  });", "});"]
    return "test/alerts.test.ts", lines, "ts", "streamelements", "jwt_io_example"


def n_hmac_vector(r):
    lines = ["\"\"\"EventSub signature check, tested against RFC 4231 test case 1.\"\"\"", "import hashlib", "import hmac", "",
             "from bot.eventsub import signature", "", "# RFC 4231, test case 1 (HMAC-SHA-256)", "RFC_KEY = b\"\\x0b\" * 20",
             "RFC_DATA = b\"Hi There\"", "RFC_MAC = \"b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7\"", "", "",
             "def test_rfc4231_case1():", "    assert hmac.new(RFC_KEY, RFC_DATA, hashlib.sha256).hexdigest() == RFC_MAC", "", "",
             "def test_signature_prefix():", "    sig = signature(RFC_KEY, \"\", \"\", RFC_DATA)",
             "    assert sig == \"sha256=\" + RFC_MAC"]
    return "tests/test_eventsub_signature.py", lines, "py", "twitch", "hmac_test_vector"


def n_discord_public_key(r):
    app = snowflake(r)
    variant = r.random()
    if variant < 0.5:
        lines = ['name = "%s-interactions"' % r.choice(BOT_NAMES).lower(), 'main = "src/worker.ts"', 'compatibility_date = "2024-%02d-01"' % r.randint(1, 12), "",
                 "[vars]", 'DISCORD_APPLICATION_ID = "%s"' % app, 'DISCORD_PUBLIC_KEY = "%s"' % rhex(r, 64), "",
                 "# DISCORD_TOKEN is stored with `wrangler secret put DISCORD_TOKEN`", "", "[[kv_namespaces]]",
                 'binding = "SETTINGS"', 'id = "%s"' % rand_str(r, HEX, 32)]
        return "wrangler.toml", lines, "toml", "discord", "interactions_public_key"
    lines = ["# Interactions endpoint settings (public values, see Developer Portal -> General Information)",
             "DISCORD_APPLICATION_ID=%s" % app, "DISCORD_PUBLIC_KEY=%s" % rhex(r, 64), "DISCORD_GUILD_ID=%s" % snowflake(r), "",
             "# secrets come from the host's secret store", "DISCORD_TOKEN=", "PORT=%d" % r.choice([3000, 8787, 8080])]
    return ".env.example", lines, "env", "discord", "interactions_public_key"


def n_mux_player(r):
    pid = rand_mixed(r, ALNUM, r.choice([36, 40, 44]))
    env_key = rand_str(r, LOWALNUM, 26)
    lines = ["<!doctype html>", "<html>", "<head>", "  <meta charset=\"utf-8\">", "  <title>VOD replay</title>",
             "  <script src=\"https://cdn.jsdelivr.net/npm/@mux/mux-player\" defer></script>", "</head>", "<body>",
             "  <!-- playback ids and the Mux Data env key are public by design -->", "  <mux-player",
             "    playback-id=\"%s\"" % pid, "    env-key=\"%s\"" % env_key, "    metadata-video-title=\"%s highlights\"" % streamer(r),
             "    stream-type=\"on-demand\"", "    accent-color=\"#9146ff\"", "  ></mux-player>", "</body>", "</html>"]
    return "site/replay.html", lines, "html", "mux", "playback_id"


def n_cloudinary_widget(r):
    cloud = r.choice(["dq", "hx", "cz"]) + rand_str(r, LOWALNUM, 7)
    lines = ["// Upload widget for fan art submissions (unsigned preset, no API secret in the browser)",
             "const widget = cloudinary.createUploadWidget(", "  {", "    cloudName: '%s'," % cloud,
             "    uploadPreset: '%s'," % r.choice(["fanart_unsigned", "ml_default", "emote_drop"]),
             "    sources: ['local', 'url'],", "    multiple: false,", "    maxFileSize: 5_000_000,",
             "    folder: 'fanart/%s'," % streamer(r), "  },", "  (error, result) => {",
             "    if (!error && result.event === 'success') {", "      addToGallery(result.info.secure_url);", "    }", "  },",
             ");", "", "document.getElementById('upload').addEventListener('click', () => widget.open());"]
    return "site/js/fanart-upload.js", lines, "js", "cloudinary", "cloud_name_unsigned_preset"


def n_youtube_ids(r):
    lines = ["# channels the clip bot watches", "youtube:", "  poll_minutes: %d" % r.choice([5, 10, 15]), "  channels:"]
    for _ in range(r.randint(2, 4)):
        lines += ["    - id: %s" % yt_channel_id(r), "      name: %s" % streamer(r)]
    lines += ["  highlight_playlist: PL%s" % rand_mixed(r, B64URL, 32), "  pinned_videos:"]
    lines += ["    - %s" % yt_video_id(r) for _ in range(r.randint(2, 4))]
    lines += ["  api_key: ${YOUTUBE_API_KEY}", "", "discord:", "  announce_channel: \"%s\"" % snowflake(r)]
    return "config/watchlist.yml", lines, "yaml", "youtube", "channel_and_video_ids"


def n_spotify_ids(r):
    cid = rhex(r, 32)
    lines = ["// Song-request overlay: PKCE flow, no client secret needed in the browser",
             "export const SPOTIFY = {", "  clientId: '%s'," % cid,
             "  redirectUri: 'http://localhost:5173/callback',", "  scopes: ['user-read-currently-playing', 'user-modify-playback-state'],",
             "  requestPlaylist: 'spotify:playlist:%s'," % spotify_id(r), "  bannedTracks: ["]
    lines += ["    'spotify:track:%s'," % spotify_id(r) for _ in range(r.randint(2, 5))]
    lines += ["  ],", "  fallbackAlbum: 'https://open.spotify.com/album/%s'," % spotify_id(r), "};"]
    return "src/spotify.config.ts", lines, "ts", "spotify", "client_id_and_track_ids"


def n_steam_ids(r):
    if r.random() < 0.5:
        lines = ["// admins_simple.ini - SourceMod", "// Format: \"identity\" \"flags\" \"password\""]
        for _ in range(r.randint(3, 7)):
            who = r.choice(_NAMES)
            lines.append('"STEAM_%d:%d:%d"\t"%s"\t// %s' % (r.choice([0, 1]), r.randint(0, 1), r.randint(1000000, 600000000), r.choice(["99:z", "50:abcdefgjk", "10:bcdfgj"]), who))
        lines += ['"%s"\t"99:z"\t// owner (SteamID64)' % steam64(r), '"!127.0.0.1"\t"99:z"']
        return "addons/sourcemod/configs/admins_simple.ini", lines, "ini", "steam", "steam_ids"
    lines = ["{", '  "appId": %d,' % r.choice([252490, 892970, 346110, 730, 4000]), '  "admins": [']
    ids = ['    { "steamId": "%s", "name": "%s" }' % (steam64(r), r.choice(_NAMES)) for _ in range(r.randint(2, 6))]
    lines += [x + "," for x in ids[:-1]] + [ids[-1], "  ],", '  "webApiKey": "",', '  "whitelistOnly": %s' % r.choice(["true", "false"]), "}"]
    return "config/admins.json", lines, "json", "steam", "steam_ids"


def n_tmdb_cache(r):
    lines = ["["]
    rows = []
    for _ in range(r.randint(3, 6)):
        rows += ["  {", '    "id": %d,' % r.randint(100, 1200000), '    "title": "%s",' % r.choice(
            ["The Long Night", "Harbor Lights", "Frost Line", "Ember Road", "Otter Bay", "Glass Kestrel"]),
                 '    "poster_path": "%s",' % tmdb_image(r), '    "backdrop_path": "%s",' % tmdb_image(r),
                 '    "vote_average": %.1f' % (r.random() * 4 + 5), "  },"]
    rows[-1] = "  }"
    lines += rows + ["]"]
    return "data/tmdb_cache/watch_party.json", lines, "json", "tmdb", "image_paths"


def n_giphy_embed(r):
    ids = [giphy_gif_id(r) for _ in range(r.randint(2, 4))]
    lines = ["<!-- celebration gifs for the sub goal overlay -->", "<div class=\"goal\">"]
    for g in ids:
        lines += ["  <img class=\"gif\" src=\"https://media.giphy.com/media/%s/giphy.gif\" alt=\"\" loading=\"lazy\">" % g]
    lines += ["</div>", "<script>", "  // GIPHY key is injected by the overlay host; ids above are public",
              "  const API_KEY = new URLSearchParams(location.search).get('giphyKey');", "</script>"]
    return "overlay/goal.html", lines, "html", "giphy", "gif_ids"


def n_eleven_voices(r):
    known = ["21m00Tcm4TlvDq8ikWAM", "EXAVITQu4vr4xnSDxMaL", "pNInz6obpgDQGcFmaJgB", "ErXwobaYiN019PkySvjV"]
    lines = ["# TTS voices for channel-point redeems", "tts:", "  api_key: ${ELEVENLABS_API_KEY}",
             "  model: %s" % r.choice(["eleven_multilingual_v2", "eleven_turbo_v2_5"]), "  voices:"]
    for nm in r.sample(["narrator", "pirate", "announcer", "gremlin", "grandma", "robot"], r.randint(2, 4)):
        vid = r.choice(known) if r.random() < 0.4 else rand_mixed(r, ALNUM, 20)
        lines += ["    %s: %s" % (nm, vid)]
    lines += ["  max_chars: %d" % r.choice([200, 280, 400]), "  min_bits: %d" % r.choice([100, 300, 500])]
    return "config/tts.yml", lines, "yaml", "elevenlabs", "voice_ids"


def n_playfab_client(r):
    lines = ["using PlayFab;", "using PlayFab.ClientModels;", "using UnityEngine;", "", "public class PlayFabLogin : MonoBehaviour", "{",
             "    // Title IDs are public; the developer secret key never ships in the client.",
             "    [SerializeField] private string titleId = \"%s\";" % playfab_title(r), "", "    private void Start()", "    {",
             "        PlayFabSettings.staticSettings.TitleId = titleId;",
             "        var request = new LoginWithCustomIDRequest { CustomId = SystemInfo.deviceUniqueIdentifier, CreateAccount = true };",
             "        PlayFabClientAPI.LoginWithCustomID(request, OnSuccess, OnFailure);", "    }", "",
             "    private void OnSuccess(LoginResult result) => Debug.Log($\"logged in {result.PlayFabId}\");",
             "    private void OnFailure(PlayFabError error) => Debug.LogWarning(error.GenerateErrorReport());", "}"]
    return "Assets/Scripts/Online/PlayFabLogin.cs", lines, "cs", "playfab", "title_id"


def n_agora_client(r):
    lines = ["using UnityEngine;", "using UnityEngine.Networking;", "using System.Collections;", "",
             "public class VoiceChat : MonoBehaviour", "{", "    // App ID is public; tokens come from our token server",
             "    public string appId = \"%s\";" % rhex(r, 32), "    public string tokenServer = \"https://tokens.%s.gg/rtc\";" % r.choice(["kestrel", "pinecone"]),
             "    public string channel = \"lobby\";", "", "    IEnumerator Start()", "    {",
             "        using var req = UnityWebRequest.Get($\"{tokenServer}?channel={channel}\");", "        yield return req.SendWebRequest();",
             "        var token = JsonUtility.FromJson<TokenResponse>(req.downloadHandler.text).token;", "        Join(token);", "    }", "",
             "    void Join(string token) { /* RtcEngine.JoinChannel(token, channel, \"\", 0); */ }", "",
             "    [System.Serializable] class TokenResponse { public string token; }", "}"]
    return "Assets/Scripts/Voice/VoiceChat.cs", lines, "cs", "agora", "app_id"


def n_ptero_ids(r):
    servers = [(rand_str(r, HEX, 8), r.choice(["survival", "creative", "modded", "lobby", "valheim", "rust-weekly"])) for _ in range(r.randint(2, 4))]
    lines = ["#!/usr/bin/env bash", "# restart all game servers through the Pterodactyl client API", "set -euo pipefail", "",
             ": \"${PTERO_CLIENT_KEY:?export PTERO_CLIENT_KEY (ptlc_...) first}\"", "PANEL=https://panel.%s.net" % r.choice(["emberhost", "kestrelhost"]), "",
             "declare -A SERVERS=("]
    lines += ["  [%s]=%s" % (ident, nm) for ident, nm in servers]
    lines += [")", "", "for id in \"${!SERVERS[@]}\"; do", "  echo \"restarting ${SERVERS[$id]} ($id)\"",
              "  curl -fsS -X POST \"$PANEL/api/client/servers/$id/power\" \\",
              "    -H \"Authorization: Bearer $PTERO_CLIENT_KEY\" -H 'Content-Type: application/json' \\",
              "    -d '{\"signal\":\"restart\"}'", "done"]
    return "scripts/restart_all.sh", lines, "shell", "pterodactyl", "server_identifiers"


def n_bcrypt_seed(r):
    h = "$2y$10$" + rand_mixed(r, ALNUM + "./", 53)
    lines = ["-- seed data for the local panel database", "SET NAMES utf8mb4;", "",
             "INSERT INTO users (id, external_id, uuid, username, email, root_admin, password, created_at) VALUES",
             "  (1, NULL, '%s', '%s', '%s@%s.net', 1, '%s', NOW());" % (ruuid(r), streamer(r), r.choice(_NAMES).lower(), r.choice(["emberhost", "kestrelhost"]), h),
             "", "INSERT INTO locations (id, short, `long`) VALUES (1, '%s', 'Main node');" % r.choice(["eu-waw", "eu-fra", "us-chi"]),
             "-- password hash above is bcrypt(cost=10); log in and change it"]
    return "database/seeds/dev_seed.sql", lines, "sql", "pterodactyl", "bcrypt_hash"


def n_actions_pinned(r):
    lines = ["name: Release overlay", "", "on:", "  push:", "    tags: ['v*']", "", "permissions:", "  contents: write", "",
             "jobs:", "  release:", "    runs-on: ubuntu-latest", "    steps:",
             "      - uses: actions/checkout@%s # v4" % git_sha(r), "      - uses: actions/setup-node@%s # v4" % git_sha(r),
             "        with:", "          node-version: 20", "          registry-url: https://registry.npmjs.org", "      - run: npm ci",
             "      - run: npm publish --access public", "        env:", "          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}",
             "      - uses: softprops/action-gh-release@%s # v2" % git_sha(r), "        with:", "          token: ${{ secrets.GITHUB_TOKEN }}"]
    return ".github/workflows/release.yml", lines, "actions", "github", "pinned_action_shas"


def n_jellyfin_ids(r):
    lines = ["{", '  "ServerName": "%s",' % r.choice(["basement-nas", "jelly", "mediabox"]), '  "ServerId": "%s",' % rand_str(r, HEX, 32),
             '  "LocalAddress": "http://192.168.1.%d:8096",' % r.randint(2, 250), '  "Version": "10.%d.%d",' % (r.randint(8, 10), r.randint(0, 13)),
             '  "Users": [', '    { "Name": "%s", "Id": "%s" },' % (streamer(r), rand_str(r, HEX, 32)),
             '    { "Name": "guest", "Id": "%s" }' % rand_str(r, HEX, 32), "  ],", '  "ApiKey": null,',
             '  "Note": "api key lives in the Jellyfin dashboard -> API Keys, not here"', "}"]
    return "homelab/jellyfin/server-info.json", lines, "json", "jellyfin", "server_and_user_ids"


def n_plex_prefs(r):
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             '<Preferences OldestPreviousVersion="1.40.%d.%d-%s" MachineIdentifier="%s" ProcessedMachineIdentifier="%s" '
             'AnonymousMachineIdentifier="%s" MetricsEpoch="1" AcceptedEULA="1" FriendlyName="%s" PublishServerOnPlexOnlineKey="1" '
             'TranscoderTempDirectory="/transcode" ManualPortMappingMode="1" ManualPortMappingPort="32400" LanNetworksBandwidth="192.168.1.0/24"/>' % (
                 r.randint(0, 4), r.randint(7000, 9000), rand_str(r, HEX, 9), ruuid(r), rand_str(r, HEX, 40), ruuid(r),
                 r.choice(["plexbox", "MediaTower"])),
             "<!-- PlexOnlineToken removed before committing; re-claim the server with a claim token -->", "", ""]
    lines = lines[:3] + ["<!-- backup of Preferences.xml, %s -->" % r.choice(["2024-03-01", "2024-11-17"]), "<!-- restore with: cp Preferences.xml /config/Library/Application\\ Support/Plex\\ Media\\ Server/ -->"]
    return "homelab/plex/Preferences.xml", lines, "xml", "plex", "machine_identifiers"


def n_firebase(r):
    proj = r.choice(["clip-wall", "overlay-votes", "raid-board"]) + "-" + rand_str(r, LOWALNUM, 5)
    lines = ["// Firebase web config: these values identify the project and are meant to be public.",
             "// Access is enforced by Firestore security rules, see firestore.rules", "export const firebaseConfig = {",
             "  apiKey: '%s'," % g_google_api(r), "  authDomain: '%s.firebaseapp.com'," % proj, "  projectId: '%s'," % proj,
             "  storageBucket: '%s.appspot.com'," % proj, "  messagingSenderId: '%d'," % r.randint(10 ** 11, 10 ** 12 - 1),
             "  appId: '1:%d:web:%s'," % (r.randint(10 ** 11, 10 ** 12 - 1), rand_str(r, HEX, 22)), "};"]
    return "overlay/src/firebase.js", lines, "js", "firebase", "web_config_public_api_key"



def n_log_masked(r):
    ch = streamer(r)
    tw = g_twitch30(r)
    dt = g_discord_bot(r)
    ts = "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))
    lines = []
    h, m = r.randint(0, 20), r.randint(0, 50)
    ev = [
        "INFO  config: loaded .env (8 keys)",
        "INFO  discord: logging in with token %s…%s (len=%d)" % (dt.split(".")[0][:6], dt[-3:], len(dt)),
        "INFO  twitch: joining #%s as %s_bot using oauth:%s" % (ch, ch, "*" * 26 + tw[-4:]),
        "WARN  twitch: token expires in 3h, refreshing",
        "INFO  twitch: new access token ****%s (scopes: chat:read chat:edit)" % g_twitch30(r)[-4:],
        "INFO  obs: connected to ws://127.0.0.1:4455 (auth: yes)",
        "INFO  youtube: stream key xxxx-xxxx-xxxx-xxxx-%s bound to broadcast %s" % (rand_str(r, LOWALNUM, 4), yt_video_id(r)),
        "INFO  eventsub: subscription %s enabled (channel.follow)" % ruuid(r),
        "ERROR discord: 429 rate limited, retry after 1.2s",
        "INFO  ready.",
    ]
    for e in ev:
        m += r.randint(0, 3)
        lines.append("%sT%02d:%02d:%02dZ %s" % (ts, h, m % 60, r.randint(0, 59), e))
    return "logs/bot-%s.log" % ts, lines, "log", "twitch", "masked_tokens_in_log"


BESPOKE_NEG = [
    (n_unity_meta, 2.0), (n_unity_project_settings, 1.0), (n_photon_settings, 1.2), (n_unreal_game_ini, 1.2), (n_godot_import, 1.0),
    (n_asset_manifest, 1.0), (n_compose_digest, 1.0), (n_sops, 1.2), (n_sealed, 0.8), (n_vault, 0.6), (n_discord_doc_example, 0.8),
    (n_telegram_doc_example, 0.6), (n_jwtio, 0.6), (n_hmac_vector, 0.8), (n_discord_public_key, 1.4), (n_mux_player, 0.8),
    (n_cloudinary_widget, 0.7), (n_youtube_ids, 1.2), (n_spotify_ids, 1.0), (n_steam_ids, 1.2), (n_tmdb_cache, 0.7),
    (n_giphy_embed, 0.6), (n_eleven_voices, 0.9), (n_playfab_client, 0.9), (n_agora_client, 0.7), (n_ptero_ids, 0.8),
    (n_bcrypt_seed, 0.6), (n_actions_pinned, 0.8), (n_jellyfin_ids, 0.7), (n_plex_prefs, 0.6), (n_firebase, 0.3), (n_log_masked, 0.8),
]


# --------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------
N_POS = 500
N_NEG = 500


def _wchoice(r, items, weights):
    return r.choices(items, weights=weights, k=1)[0]


def _ok_lines(lines):
    return 5 <= len(lines) <= 80


def make_positive(r, k):
    for _ in range(50):
        path, lines, ftype, secret = build_from_kind(r, k, "pos")
        text = "\n".join(lines)
        if not _ok_lines(lines) or text.count(secret) != 1:
            continue
        line = next(i for i, l in enumerate(lines, 1) if secret in l)
        return path, lines, ftype, secret, line
    raise RuntimeError("could not render positive for %s/%s" % (k.prov, k.kind))


def make_negative(r):
    if r.random() < 0.55:
        k = _wchoice(r, KINDS, [k.weight for k in KINDS])
        modes = ["env", "placeholder", "masked"]
        wts = [0.45, 0.35, 0.20]
        if (k.prov, k.kind) in DOC_EXAMPLES:
            modes.append("doc-example")
            wts.append(0.15)
        mode = _wchoice(r, modes, wts)
        path, lines, ftype, _ = build_from_kind(r, k, mode)
        return path, lines, ftype, k.prov, "%s:%s" % (k.kind, mode)
    fn = _wchoice(r, [f for f, _ in BESPOKE_NEG], [w for _, w in BESPOKE_NEG])
    path, lines, ftype, prov, kind = fn(r)
    return path, lines, ftype, prov, kind


def main(argv):
    if len(argv) != 3:
        print("usage: %s OUTDIR SEED" % argv[0], file=sys.stderr)
        return 2
    out = argv[1]
    r = random.Random(int(argv[2]))
    os.makedirs(out, exist_ok=True)
    for sub in ("pos", "neg"):  # stale files from an earlier run would break one-file-per-dir
        if os.path.isdir(os.path.join(out, sub)):
            shutil.rmtree(os.path.join(out, sub))
    manifest, secrets = [], []
    contents = {}

    # positives: every kind at least 3 times, the rest weighted
    # (largest-remainder allocation keeps the mix stable across seeds)
    rest = N_POS - 3 * len(KINDS)
    total_w = sum(k.weight for k in KINDS)
    quotas = [rest * k.weight / total_w for k in KINDS]
    counts = [3 + int(q) for q in quotas]
    order = sorted(range(len(KINDS)), key=lambda i: (-(quotas[i] - int(quotas[i])), r.random()))
    for i in order[:N_POS - sum(counts)]:
        counts[i] += 1
    plan = []
    for k, n in zip(KINDS, counts):
        plan += [k] * n
    r.shuffle(plan)
    for i, k in enumerate(plan, 1):
        path, lines, ftype, secret, line = make_positive(r, k)
        rel = "pos/p%04d/%s" % (i, path)
        contents[rel] = "\n".join(lines) + "\n"
        manifest.append({"file": rel, "label": "positive", "provider": k.prov, "kind": k.kind, "filetype": ftype})
        secrets.append({"file": rel, "needle": secret, "line": line})

    needles = [s["needle"] for s in secrets]
    i = 0
    while i < N_NEG:
        path, lines, ftype, prov, kind = make_negative(r)
        text = "\n".join(lines) + "\n"
        if not _ok_lines(lines) or any(n in text for n in needles):
            continue
        i += 1
        rel = "neg/n%04d/%s" % (i, path)
        contents[rel] = text
        manifest.append({"file": rel, "label": "negative", "provider": prov, "kind": kind, "filetype": ftype})

    for rel, text in contents.items():
        full = os.path.join(out, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for row in manifest:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for row in secrets:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    return self_check(out, manifest, secrets)


def self_check(out, manifest, secrets):
    errors = 0
    for s in secrets:
        with open(os.path.join(out, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        if s["line"] < 1 or s["line"] > len(lines) or s["needle"] not in lines[s["line"] - 1]:
            print("SELF-CHECK FAIL: needle not on stated line: %s" % s["file"], file=sys.stderr)
            errors += 1
    needles = [s["needle"] for s in secrets]
    for row in manifest:
        with open(os.path.join(out, row["file"]), encoding="utf-8") as fh:
            text = fh.read()
        n = len(text.rstrip("\n").split("\n"))
        if not 5 <= n <= 80:
            print("SELF-CHECK FAIL: %d lines in %s" % (n, row["file"]), file=sys.stderr)
            errors += 1
        if row["label"] == "negative":
            for nd in needles:
                if nd in text:
                    print("SELF-CHECK FAIL: negative %s contains a positive needle" % row["file"], file=sys.stderr)
                    errors += 1
    pos = [m for m in manifest if m["label"] == "positive"]
    neg = [m for m in manifest if m["label"] == "negative"]

    def counts(rows, key):
        d = {}
        for m in rows:
            d[m[key]] = d.get(m[key], 0) + 1
        return sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))

    print("positives: %d  negatives: %d" % (len(pos), len(neg)))
    print("positive providers (%d): %s" % (len(counts(pos, "provider")), counts(pos, "provider")))
    pk = counts([dict(m, pk=m["provider"] + "/" + m["kind"]) for m in pos], "pk")
    print("positive provider/kind pairs (%d): %s" % (len(pk), pk))
    print("positive file types (%d): %s" % (len(counts(pos, "filetype")), counts(pos, "filetype")))
    print("negative providers (%d): %s" % (len(counts(neg, "provider")), counts(neg, "provider")))
    print("negative kinds (%d): %s" % (len(counts(neg, "kind")), counts(neg, "kind")))
    print("negative file types (%d): %s" % (len(counts(neg, "filetype")), counts(neg, "filetype")))
    allft = counts(manifest, "filetype")
    print("all file types (%d)" % len(allft))
    print("self-check: %s" % ("OK" if not errors else "%d ERRORS" % errors))
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
