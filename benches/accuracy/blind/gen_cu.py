#!/usr/bin/env python3
"""Blind evaluation-set generator `gen_cu`: music, audio, podcast and radio platforms.

EMPHASIS
    Credentials that music / audio / podcast / radio projects commit: Spotify client
    secrets and refresh tokens (spotipy, mopidy-spotify, spotifyd), SoundCloud client
    secrets, Last.fm shared secrets and session keys (pylast, mopidy-scrobbler), Genius
    access tokens (lyricsgenius, beets lyrics), Discogs personal tokens and consumer
    secrets, Musixmatch keys, Deezer app secrets, Apple MusicKit .p8 private keys,
    Podcast Index API secrets, Listen Notes keys, AudD tokens, ACRCloud access secrets,
    Dolby.io app secrets, Icecast source/admin/relay passwords, Liquidsoap harbor
    passwords, MPD passwords, Navidrome/Subsonic passwords and t+s tokens, Jellyfin and
    Lidarr API keys, Plex tokens, AzuraCast API keys, Buzzsprout tokens, Mixcloud /
    Bandcamp / YouTube-Music (Google OAuth) client secrets and refresh tokens, and live
    streaming relay keys (Twitch, YouTube Live, RTMP push URLs).
    Contexts: Python (spotipy, pylast, discord music bots, requests), Node/TypeScript,
    Go, Rust, shell/ffmpeg scripts, Liquidsoap .liq, icecast.xml, mpd.conf, mopidy.conf,
    spotifyd.conf, beets config.yaml, docker-compose for media servers, systemd units,
    Kubernetes secrets, GitHub workflows, JSON/YAML/TOML/INI/properties configs, .env
    files, Dockerfiles, nginx-rtmp, OBS service.json, Jupyter notebooks, Markdown.
    About half the positives name the secret obviously (SPOTIFY_CLIENT_SECRET,
    <source-password>), the other half hide it under a neutral name, a positional
    argument, a URL (userinfo, query string, RTMP path) or an HTTP header.

USAGE
    python3 gen_cu.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl
    ({"file","label","provider","kind","filetype","template","naming"}) and
    OUTDIR/secrets.jsonl ({"file","needle","line"}).  Deterministic per SEED: all
    randomness comes from random.Random(SEED); no clock, no os.urandom, no set order.

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written in the file (no quotes around it).
    * For id/secret pairs the needle is the secret half; the public id (Spotify client
      id, Last.fm API key, ACRCloud access key, Podcast Index key, Dolby app key, ...)
      may stand beside it and is not a needle.
    * Passwords in URLs (icecast://source:PW@host, p=PW) have the bare password as needle.
    * Subsonic `t=` tokens: the needle is the 32-hex token (the salt beside it is public).
    * Stream keys inside RTMP URLs: the needle is the key part after the last '/'.
    * Apple MusicKit .p8 keys: the needle is the whole PEM block from "-----BEGIN PRIVATE
      KEY-----" to "-----END PRIVATE KEY-----" as written: real newlines in .p8 files and
      triple-quoted strings, literal backslash-n sequences in .env / JSON variants.
    * `line` is the 1-based line of the needle's first occurrence (the BEGIN line for PEM).

NEGATIVES
    Half re-use the positive templates with the secret slot filled by: placeholders
    (<your-client-secret>, YOUR_..., xxxx, REPLACE_ME), environment references in the
    file's own language (os.environ, process.env, os.Getenv, env::var, ${VAR},
    environment.get), CI / secret-manager references (${{ secrets.X }}, vault:, op://,
    AWS Secrets Manager ARNs, {{ ansible_var }}), masked / redacted values, empty values,
    the Icecast sample password "hackme", documentation example values (the Subsonic
    API docs' sesame/c19b2d token, the Podcast Index example key/secret).
    The other half are domain look-alikes: Spotify client ids, track/album/artist/playlist
    ids and URIs, ISRC/UPC/EAN codes, MusicBrainz ids, AcoustID fingerprints and ids,
    ACRCloud acrids, audio-file SHA-256/MD5/FLAC fingerprints, podcast RSS feeds with
    GUIDs, Last.fm API keys beside a placeholder secret, Apple MusicKit key ids / team
    ids / EC public keys, Plex machine identifiers, Jellyfin server/device ids, YouTube
    channel/video ids, lockfile integrity hashes, git SHAs, SOPS / ansible-vault
    ciphertext, i18n strings ("password": "Mot de passe"), HLS segment names, etc.

DOUBTS  (formats written from memory / labels a reviewer might dispute)
    * Spotify refresh tokens: from memory "AQ" + ~129-140 base64url chars; access tokens
      "BQ..." are not generated.  Client id/secret 32 lowercase hex (well known).
    * SoundCloud client secret: 32 mixed-case alphanumerics (memory).
    * Last.fm session keys: 32 lowercase alphanumeric characters (memory); API key and
      shared secret 32 hex (Last.fm docs describe them as 32-char strings).
    * Genius client access token: 64 chars [A-Za-z0-9_-] (memory).
    * Discogs personal token 40 alphanumerics; consumer key/secret 20 alphanumerics each
      (memory, consumer-key length matched one public README example).
    * Musixmatch / Listen Notes / AudD / Jellyfin / Lidarr / Buzzsprout keys: 32 hex
      (memory).  ACRCloud access key 32 hex, access secret 40 alphanumerics (memory).
    * Dolby.io app key 24 base64-ish chars, app secret 44-char base64 of 32 bytes (memory).
    * Podcast Index: key 20 uppercase letters/digits, secret 40 chars with punctuation
      (^ | -), matching the shape of the official example code; the official example pair
      itself is used as a NEGATIVE (documentation sample) - a reviewer could dispute.
    * Plex token 20 chars [A-Za-z0-9_-] (memory).  AzuraCast key "<16 hex>:<32 hex>" (memory).
    * Mixcloud client secret 32 alnum, Bandcamp client secret 40 alnum (memory, weak).
    * mopidy-spotify client_secret: 44-char base64 ending in '=' with a UUID client_id
      (memory).  Google OAuth client secret "GOCSPX-" + 28; refresh token "1//0" + ~100.
    * Twitch stream key live_<digits>_<30 alnum>; YouTube Live key xxxx-xxxx-xxxx-xxxx-xxxx
      (memory).  Subsonic t = md5(password + salt); labelled POSITIVE because the t/s pair
      is replayable - a reviewer might argue it is "only a hash".
    * MusicKit .p8: structurally valid PKCS#8 P-256 DER (random scalar / point bytes).
    * Negatives: "hackme" (Icecast sample config default), Spotify client ids alone, Last.fm
      API keys alone, public halves of pairs (Discogs consumer key, Podcast Index key, ACRCloud
      access key, Dolby app key) left beside a placeholder / env-ref secret, Jellyfin ServerId / Plex MachineIdentifier (32-40 hex ids) are
      labelled negative; a strict reviewer might dispute any of these.
    * Human passwords (Icecast, Liquidsoap, MPD, Navidrome, spotifyd, scrobbler) are
      invented word+digit+symbol combinations.

SEARCHES
    docs/pages corpora: Podcast Index auth headers (X-Auth-Key / X-Auth-Date / sha1
    Authorization; official example-code repo shows the example key/secret), Spotify
    refresh-token flow (tutorial pages, no token samples), Plex X-Plex-Token support
    article, Discogs auth (Authorization: Discogs token=..., key/secret), Last.fm
    getMobileSession / getSession docs (Haskell/Ruby wrappers), Dolby.io REST client
    READMEs (APP_KEY / APP_SECRET placeholders), ACRCloud identify API (access_key,
    access_secret, HMAC-SHA1 signature).  No scanner rule code or regexes were shown.
"""

import json
import os
import random
import sys
import hashlib
import base64

# ---------------------------------------------------------------------------
# character sets and small random helpers
# ---------------------------------------------------------------------------
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
DIG = "0123456789"
LOW = "abcdefghijklmnopqrstuvwxyz"
UPP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM = LOW + UPP + DIG
LOWNUM = LOW + DIG
UPNUM = UPP + DIG
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
B62 = DIG + UPP + LOW


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def mixed(rng, alphabet, n, need=(DIG, LOW, UPP)):
    """Random string that contains at least one char from each group in `need`
    that is part of the alphabet (so secrets do not look degenerate)."""
    while True:
        s = rs(rng, alphabet, n)
        ok = True
        for grp in need:
            if any(c in alphabet for c in grp) and not any(c in grp for c in s):
                ok = False
        if ok:
            return s


def hexs(rng, n):
    return mixed(rng, HEX, n, need=(DIG, "abcdef"))


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64_bytes(rng, nbytes, urlsafe=False, pad=True):
    raw = bytes(rng.randrange(256) for _ in range(nbytes))
    s = (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()
    return s if pad else s.rstrip("=")


# ---------------------------------------------------------------------------
# secret generators (positives)
# ---------------------------------------------------------------------------
WORDS = ["bassline", "vinyl", "tempo", "chorus", "reverb", "falcon", "harbor", "meadow",
         "copper", "saturn", "willow", "static", "amber", "cobalt", "delta", "ember",
         "fjord", "granite", "indigo", "jasper", "kettle", "lantern", "maple", "nimbus",
         "orchid", "pepper", "quartz", "raven", "sierra", "tundra", "umber", "velvet",
         "walrus", "yonder", "zephyr", "banjo", "cello", "drummer", "groove", "hiphop",
         "jukebox", "kazoo", "lyric", "mixtape", "octave", "piano", "rhythm", "sonata",
         "treble", "ukulele", "waltz", "anthem", "ballad", "cadence", "decibel", "encore"]
SYMS = "!*-_.~"


def human_password(rng):
    w1 = rng.choice(WORDS)
    w2 = rng.choice(WORDS)
    form = rng.randrange(7)
    yr = str(rng.choice([rng.randrange(1979, 2026), rng.randrange(10, 99), rng.randrange(100, 9999)]))
    sym = rng.choice(SYMS)
    if form == 0:
        p = w1.capitalize() + w2.capitalize() + yr + sym
    elif form == 1:
        p = w1 + sym + w2 + sym + yr
    elif form == 2:
        leet = w1.replace("o", "0").replace("e", "3").replace("a", "4")
        p = leet.capitalize() + sym + yr
    elif form == 3:
        p = rs(rng, ALNUM, rng.randrange(12, 20))
        p = mixed(rng, ALNUM, len(p))
    elif form == 4:
        p = w1.capitalize() + yr + sym + w2[:4]
    elif form == 5:
        p = "-".join([rng.choice(WORDS), rng.choice(WORDS), rng.choice(WORDS)]) + yr[-2:]
    else:
        p = mixed(rng, ALNUM + "!*-_", rng.randrange(14, 24))
    return p


def g_hex32(rng):
    return hexs(rng, 32)


def g_spotify_refresh(rng):
    return "AQ" + rs(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1) + mixed(rng, B64URL, rng.randrange(128, 140))


def g_alnum(n):
    return lambda rng: mixed(rng, ALNUM, n)


def g_lownum(n):
    return lambda rng: mixed(rng, LOWNUM, n, need=(DIG, LOW))


def g_genius(rng):
    return mixed(rng, B64URL, 64)


def g_podcastindex_secret(rng):
    while True:
        s = rng.choice(ALNUM) + rs(rng, ALNUM + "^|-", 38) + rng.choice(ALNUM + "^|")
        if any(c in "^|-" for c in s) and any(c in DIG for c in s):
            return s


def g_dolby_secret(rng):
    return b64_bytes(rng, 32)


def g_mopidy_spotify_secret(rng):
    return b64_bytes(rng, 32)


def g_google_secret(rng):
    return "GOCSPX-" + mixed(rng, B64URL, 28)


def g_google_refresh(rng):
    return "1//0" + rng.choice("3cdgeh") + mixed(rng, B64URL, rng.randrange(98, 104))


def g_twitch_key(rng):
    return "live_" + rs(rng, DIG, rng.choice([8, 9, 9, 10])) + "_" + mixed(rng, ALNUM, 30)


def g_youtube_key(rng):
    return "-".join(rs(rng, LOWNUM, 4) for _ in range(5))


def g_plex(rng):
    return mixed(rng, ALNUM + "-_", 20)


def g_azuracast(rng):
    return hexs(rng, 16) + ":" + hexs(rng, 32)


def g_password(rng):
    return human_password(rng)


def der_len(n):
    if n < 128:
        return bytes([n])
    if n < 256:
        return bytes([0x81, n])
    return bytes([0x82, n >> 8, n & 0xFF])


def g_p8(rng):
    """PKCS#8 EC P-256 private key as Apple issues it (AuthKey_XXXXXXXXXX.p8)."""
    priv = bytes(rng.randrange(256) for _ in range(32))
    pub = b"\x04" + bytes(rng.randrange(256) for _ in range(64))
    ec_priv = b"\x02\x01\x01" + b"\x04\x20" + priv + b"\xa1\x44\x03\x42\x00" + pub
    ec_priv = b"\x30" + der_len(len(ec_priv)) + ec_priv
    alg = bytes.fromhex("301306072a8648ce3d020106082a8648ce3d030107")
    body = b"\x02\x01\x00" + alg + b"\x04" + der_len(len(ec_priv)) + ec_priv
    der = b"\x30" + der_len(len(body)) + body
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"


def g_p8_public(rng):
    pub = b"\x04" + bytes(rng.randrange(256) for _ in range(64))
    alg = bytes.fromhex("301306072a8648ce3d020106082a8648ce3d030107")
    bits = b"\x03\x42\x00" + pub
    body = alg + bits
    der = b"\x30" + der_len(len(body)) + body
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----"


# public-id generators ------------------------------------------------------
def p_hex32(rng):
    return hexs(rng, 32)


def p_digits(n):
    return lambda rng: str(rng.randrange(10 ** (n - 1), 10 ** n))


def p_alnum(n):
    return lambda rng: mixed(rng, ALNUM, n)


def p_upnum(n):
    return lambda rng: mixed(rng, UPNUM, n, need=(DIG, UPP))


def p_google_client(rng):
    return "%d-%s.apps.googleusercontent.com" % (rng.randrange(10 ** 11, 10 ** 12), rs(rng, LOWNUM, 32))


def p_salt(rng):
    return rs(rng, LOWNUM, rng.choice([6, 8, 12]))


def p_uuid(rng):
    return uuid4(rng)


def p_keyid(rng):
    return mixed(rng, UPNUM, 10, need=(DIG, UPP))


# ---------------------------------------------------------------------------
# kinds
#   cls: api (single-line key), password, pem, subsonic
#   auth: how the secret travels on the wire, used by the neutral templates
# ---------------------------------------------------------------------------
def K(kid, provider, kind, gen, words, env, cls="api", pid=None, pid_words=None,
      auth="bearer", api="", user=None, ctor=None, neg_doc=None):
    return dict(id=kid, provider=provider, kind=kind, gen=gen, words=words, env=env,
                cls=cls, pid=pid, pid_words=pid_words, auth=auth, api=api, user=user,
                ctor=ctor, neg_doc=neg_doc)


KINDS = [
    K("spotify_secret", "spotify", "client_secret", g_hex32, ["spotify", "client", "secret"],
      "SPOTIFY_CLIENT_SECRET", pid=p_hex32, pid_words=["spotify", "client", "id"], auth="basic",
      api="https://accounts.spotify.com/api/token", ctor="SpotifyClientCredentials"),
    K("spotify_refresh", "spotify", "refresh_token", g_spotify_refresh, ["spotify", "refresh", "token"],
      "SPOTIFY_REFRESH_TOKEN", pid=p_hex32, pid_words=["spotify", "client", "id"], auth="form:refresh_token",
      api="https://accounts.spotify.com/api/token"),
    K("mopidy_spotify", "spotify", "mopidy_spotify_client_secret", g_mopidy_spotify_secret,
      ["spotify", "client", "secret"], "MOPIDY_SPOTIFY_CLIENT_SECRET", pid=p_uuid,
      pid_words=["spotify", "client", "id"], auth="basic", api="https://auth.mopidy.com/spotify/token"),
    K("spotifyd_password", "spotify", "account_password", g_password, ["spotify", "password"],
      "SPOTIFY_PASSWORD", cls="password", pid=lambda r: rng_username(r),
      pid_words=["spotify", "username"], auth="login"),
    K("soundcloud_secret", "soundcloud", "client_secret", g_alnum(32), ["soundcloud", "client", "secret"],
      "SOUNDCLOUD_CLIENT_SECRET", pid=p_alnum(32), pid_words=["soundcloud", "client", "id"], auth="basic",
      api="https://secure.soundcloud.com/oauth/token"),
    K("lastfm_secret", "lastfm", "shared_secret", g_hex32, ["lastfm", "api", "secret"], "LASTFM_API_SECRET",
      pid=p_hex32, pid_words=["lastfm", "api", "key"], auth="sig", api="https://ws.audioscrobbler.com/2.0/",
      ctor="pylast.LastFMNetwork"),
    K("lastfm_session", "lastfm", "session_key", g_lownum(32), ["lastfm", "session", "key"],
      "LASTFM_SESSION_KEY", pid=p_hex32, pid_words=["lastfm", "api", "key"], auth="query:sk",
      api="https://ws.audioscrobbler.com/2.0/"),
    K("scrobbler_password", "lastfm", "account_password", g_password, ["lastfm", "password"],
      "LASTFM_PASSWORD", cls="password", pid=lambda r: rng_username(r), pid_words=["lastfm", "username"],
      auth="login"),
    K("genius_token", "genius", "access_token", g_genius, ["genius", "access", "token"], "GENIUS_ACCESS_TOKEN",
      auth="bearer", api="https://api.genius.com/search", ctor="lyricsgenius.Genius"),
    K("discogs_token", "discogs", "personal_token", g_alnum(40), ["discogs", "user", "token"],
      "DISCOGS_USER_TOKEN", auth="discogs", api="https://api.discogs.com/database/search"),
    K("discogs_consumer", "discogs", "consumer_secret", g_alnum(20), ["discogs", "consumer", "secret"],
      "DISCOGS_CONSUMER_SECRET", pid=p_alnum(20), pid_words=["discogs", "consumer", "key"], auth="discogs_kv",
      api="https://api.discogs.com/oauth/request_token"),
    K("musixmatch_key", "musixmatch", "api_key", g_hex32, ["musixmatch", "api", "key"], "MUSIXMATCH_API_KEY",
      auth="query:apikey", api="https://api.musixmatch.com/ws/1.1/track.search"),
    K("deezer_secret", "deezer", "app_secret", g_hex32, ["deezer", "app", "secret"], "DEEZER_APP_SECRET",
      pid=p_digits(6), pid_words=["deezer", "app", "id"], auth="query:secret",
      api="https://connect.deezer.com/oauth/access_token.php"),
    K("musickit_p8", "apple", "musickit_private_key", g_p8, ["musickit", "private", "key"],
      "APPLE_MUSIC_PRIVATE_KEY", cls="pem", pid=p_keyid, pid_words=["musickit", "key", "id"], auth="pem"),
    K("podcastindex_secret", "podcastindex", "api_secret", g_podcastindex_secret,
      ["podcast", "index", "api", "secret"], "PODCASTINDEX_API_SECRET", pid=p_upnum(20),
      pid_words=["podcast", "index", "api", "key"], auth="pi", api="https://api.podcastindex.org/api/1.0/search/byterm"),
    K("listennotes_key", "listennotes", "api_key", g_hex32, ["listen", "notes", "api", "key"],
      "LISTEN_API_KEY", auth="header:X-ListenAPI-Key", api="https://listen-api.listennotes.com/api/v2/search"),
    K("audd_token", "audd", "api_token", g_hex32, ["audd", "api", "token"], "AUDD_API_TOKEN",
      auth="form:api_token", api="https://api.audd.io/"),
    K("acrcloud_secret", "acrcloud", "access_secret", g_alnum(40), ["acrcloud", "access", "secret"],
      "ACRCLOUD_ACCESS_SECRET", pid=p_hex32, pid_words=["acrcloud", "access", "key"], auth="hmac",
      api="https://identify-eu-west-1.acrcloud.com/v1/identify"),
    K("dolby_secret", "dolby", "app_secret", g_dolby_secret, ["dolby", "app", "secret"], "DOLBYIO_APP_SECRET",
      pid=lambda r: b64_bytes(r, 18), pid_words=["dolby", "app", "key"], auth="basic",
      api="https://api.dolby.io/v1/auth/token"),
    K("icecast_source", "icecast", "source_password", g_password, ["icecast", "source", "password"],
      "ICECAST_SOURCE_PASSWORD", cls="password", auth="userinfo", user="source"),
    K("icecast_admin", "icecast", "admin_password", g_password, ["icecast", "admin", "password"],
      "ICECAST_ADMIN_PASSWORD", cls="password", auth="userinfo", user="admin"),
    K("icecast_relay", "icecast", "relay_password", g_password, ["icecast", "relay", "password"],
      "ICECAST_RELAY_PASSWORD", cls="password", auth="userinfo", user="relay"),
    K("harbor_password", "liquidsoap", "harbor_password", g_password, ["harbor", "password"],
      "HARBOR_PASSWORD", cls="password", auth="userinfo", user="source"),
    K("mpd_password", "mpd", "password", g_password, ["mpd", "password"], "MPD_PASSWORD", cls="password",
      auth="mpd"),
    K("navidrome_password", "navidrome", "password", g_password, ["navidrome", "password"],
      "NAVIDROME_PASSWORD", cls="password", pid=lambda r: rng_username(r), pid_words=["navidrome", "user"],
      auth="login"),
    K("subsonic_token", "subsonic", "auth_token", g_hex32, ["subsonic", "token"], "SUBSONIC_TOKEN",
      cls="subsonic", pid=p_salt, pid_words=["subsonic", "salt"], auth="subsonic"),
    K("jellyfin_key", "jellyfin", "api_key", g_hex32, ["jellyfin", "api", "key"], "JELLYFIN_API_KEY",
      auth="header:X-Emby-Token", api="http://jellyfin.lan:8096/Items"),
    K("plex_token", "plex", "auth_token", g_plex, ["plex", "token"], "PLEX_TOKEN",
      auth="query:X-Plex-Token", api="http://192.168.1.20:32400/library/sections", ctor="PlexServer"),
    K("lidarr_key", "lidarr", "api_key", g_hex32, ["lidarr", "api", "key"], "LIDARR_API_KEY",
      auth="header:X-Api-Key", api="http://lidarr:8686/api/v1/artist"),
    K("azuracast_key", "azuracast", "api_key", g_azuracast, ["azuracast", "api", "key"], "AZURACAST_API_KEY",
      auth="header:X-API-Key", api="https://radio.example-fm.org/api/station/1/queue"),
    K("buzzsprout_token", "buzzsprout", "api_token", g_hex32, ["buzzsprout", "api", "token"],
      "BUZZSPROUT_API_TOKEN", auth="buzz", api="https://www.buzzsprout.com/api/1234567/episodes.json"),
    K("mixcloud_secret", "mixcloud", "client_secret", g_alnum(32), ["mixcloud", "client", "secret"],
      "MIXCLOUD_CLIENT_SECRET", pid=p_alnum(32), pid_words=["mixcloud", "client", "id"], auth="query:client_secret",
      api="https://www.mixcloud.com/oauth/access_token"),
    K("bandcamp_secret", "bandcamp", "client_secret", g_alnum(40), ["bandcamp", "client", "secret"],
      "BANDCAMP_CLIENT_SECRET", pid=p_digits(3), pid_words=["bandcamp", "client", "id"], auth="form:client_secret",
      api="https://bandcamp.com/oauth_token"),
    K("ytmusic_secret", "google", "ytmusic_oauth_client_secret", g_google_secret, ["ytmusic", "client", "secret"],
      "YTMUSIC_CLIENT_SECRET", pid=p_google_client, pid_words=["ytmusic", "client", "id"], auth="form:client_secret",
      api="https://oauth2.googleapis.com/token"),
    K("ytmusic_refresh", "google", "ytmusic_refresh_token", g_google_refresh, ["ytmusic", "refresh", "token"],
      "YTMUSIC_REFRESH_TOKEN", auth="form:refresh_token", api="https://oauth2.googleapis.com/token"),
    K("twitch_stream", "twitch", "stream_key", g_twitch_key, ["twitch", "stream", "key"], "TWITCH_STREAM_KEY",
      cls="stream", auth="rtmp", api="rtmp://live.twitch.tv/app"),
    K("youtube_stream", "youtube", "live_stream_key", g_youtube_key, ["youtube", "stream", "key"],
      "YOUTUBE_STREAM_KEY", cls="stream", auth="rtmp", api="rtmp://a.rtmp.youtube.com/live2"),
]
KIND_BY_ID = {k["id"]: k for k in KINDS}

USERS = ["dj_marta", "kpop_lab", "nightowl", "radiobot", "ops", "jonas", "beatsbyvee", "hanna.k",
         "studio", "mixmaster", "ptr", "lena", "automation", "scrobbler", "pi-player", "kiosk"]


def rng_username(rng):
    return rng.choice(USERS)


# ---------------------------------------------------------------------------
# values, naming and rendering
# ---------------------------------------------------------------------------
class V(object):
    """A value for the secret slot: a literal string (s) or an env reference (env)."""

    def __init__(self, s="", env=None):
        self.s = s
        self.env = env


def style_join(words, style):
    if style == "snake":
        return "_".join(words)
    if style == "scream":
        return "_".join(w.upper() for w in words)
    if style == "kebab":
        return "-".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "dot":
        return ".".join(words)
    return "_".join(words)


NEUTRAL_SUFFIXES = [["blob"], ["value"], ["opaque"], ["aux"], ["v2"], ["seed"], ["cfg"], ["str"], ["param"],
                    ["data"], ["conn"], ["hdr"], ["material"], ["bits"], ["ref2"], ["x"]]
NEUTRAL_WHOLE = [["upstream", "blob"], ["svc", "value"], ["opaque", "value"], ["k1"], ["sv"], ["p2"],
                 ["client", "blob"], ["remote", "cfg"], ["station", "seed"], ["aux", "value"], ["ingest", "path"],
                 ["mix", "salt"], ["cfg", "blob"], ["wire", "value"], ["handshake"], ["pass", "through"]]


def quote_yaml(s):
    if s == "":
        return '""'
    if s[0] in "{[&*!|>'\"%@`#,?:-<$" or ": " in s or " #" in s or s.strip() != s:
        return '"' + s + '"'
    return s


def bare(v):
    return v.s if v.env is None else "${%s}" % v.env


def qv(v, lang, q='"'):
    """Expression for the value in a given language (quoted literal or env lookup)."""
    if v.env is not None:
        e = v.env
        if lang == "py":
            return 'os.environ["%s"]' % e
        if lang in ("js", "ts"):
            return "process.env.%s" % e
        if lang == "go":
            return 'os.Getenv("%s")' % e
        if lang == "rust":
            return 'std::env::var("%s").unwrap_or_default()' % e
        if lang == "php":
            return "env('%s')" % e
        if lang == "liq":
            return 'environment.get("%s")' % e
        return q + "${%s}" % e + q
    return q + v.s + q


def s_in(lang, pre, v, post):
    """A string literal holding pre + secret + post, with interpolation for env refs."""
    if v.env is None:
        body = pre + v.s + post
        if lang == "js":
            return "'" + body + "'"
        if lang == "http":
            return body
        return '"' + body + '"'
    e = v.env
    if lang == "py":
        return 'f"%s{os.environ[\'%s\']}%s"' % (pre, e, post)
    if lang in ("js", "ts"):
        return "`%s${process.env.%s}%s`" % (pre, e, post)
    if lang == "sh":
        return '"%s${%s}%s"' % (pre, e, post)
    if lang == "go":
        parts = []
        if pre:
            parts.append('"%s"' % pre)
        parts.append('os.Getenv("%s")' % e)
        if post:
            parts.append('"%s"' % post)
        return " + ".join(parts)
    if lang == "rust":
        return 'format!("%s{}%s", std::env::var("%s").unwrap_or_default())' % (pre, post, e)
    if lang == "http":
        return "%s{{%s}}%s" % (pre, e.lower(), post)
    return '"%s${%s}%s"' % (pre, e, post)


class Ctx(object):
    def __init__(self, rng, k, v, obvious, label):
        self.rng = rng
        self.k = k
        self.v = v
        self.obvious = obvious
        self.label = label
        self.pid = k["pid"](rng) if k["pid"] else None
        if obvious:
            self._words = list(k["words"])
        else:
            if rng.random() < 0.5:
                self._words = [k["words"][0]] + rng.choice(NEUTRAL_SUFFIXES)
            else:
                self._words = list(rng.choice(NEUTRAL_WHOLE))
        self.prov = k["provider"]

    def nm(self, style):
        return style_join(self._words, style)

    def pidnm(self, style):
        return style_join(self.k["pid_words"], style)


# ---------------------------------------------------------------------------
# filler material
# ---------------------------------------------------------------------------
STATIONS = ["Radio Nordlicht", "KXLU Night Shift", "Lowlands FM", "Basement Beats", "Cafe Tropical",
            "Hafen Radio", "Studio 7 Live", "Deep Cuts Radio", "The Vinyl Hour", "Campus Waves 88.1",
            "Dub Garden", "Aurora Ambient", "Podcast Lab", "Folk Friday", "Synthwave Central"]
MOUNTS = ["/live", "/stream.mp3", "/main", "/lofi.ogg", "/hifi.flac", "/night", "/studio-a", "/autodj"]
HOSTS = ["stream.radio-nordlicht.de", "icecast.lan", "radio.internal", "127.0.0.1", "10.0.4.12",
         "cast.basementbeats.net", "live.campuswaves.org", "icecast", "streaming.local"]
LIBS = ["/srv/music", "/mnt/media/music", "/data/library", "~/Music", "/music", "/volume1/audio"]
LEVELS = ["info", "debug", "warning", "INFO", "DEBUG"]
GENRES = ["ambient", "techno", "jazz", "hip-hop", "indie", "classical", "drum-and-bass", "folk", "lo-fi"]
ARTISTS = ["Boards of Canada", "Nina Simone", "Khruangbin", "Aphex Twin", "Björk", "Fela Kuti",
           "Radiohead", "Massive Attack", "Floating Points", "Little Simz", "Four Tet", "Caribou"]
TITLES = ["Roygbiv", "Feeling Good", "Maria También", "Xtal", "Jóga", "Zombie", "Reckoner",
          "Teardrop", "LesAlpx", "Venom", "Baby", "Odessa"]
SVC = {
    "spotify": "spotify-sync", "soundcloud": "soundcloud-sync", "lastfm": "scrobbler", "genius": "lyrics-api",
    "discogs": "crate-digger", "musixmatch": "lyrics-api", "deezer": "deezer-import", "apple": "musickit-tokens",
    "podcastindex": "podcast-crawler", "listennotes": "podcast-search", "audd": "song-id", "acrcloud": "song-id",
    "dolby": "audio-enhance", "icecast": "icecast", "liquidsoap": "liquidsoap", "mpd": "mpd",
    "navidrome": "navidrome", "subsonic": "subsonic-client", "jellyfin": "jellyfin-hooks", "plex": "plex-sync",
    "lidarr": "lidarr-import", "azuracast": "azuracast-bridge", "buzzsprout": "podcast-publish",
    "mixcloud": "mixcloud-upload", "bandcamp": "bandcamp-sales", "google": "ytmusic-sync",
    "twitch": "restreamer", "youtube": "restreamer",
}


def svc(c):
    return SVC.get(c.prov, c.prov)


def other_settings(rng, style, n):
    """Innocent settings: list of (name, value) pairs, name in the given style."""
    pool = [
        (["log", "level"], rng.choice(LEVELS)),
        (["station", "name"], rng.choice(STATIONS)),
        (["music", "dir"], rng.choice(LIBS)),
        (["port"], str(rng.choice([8000, 8080, 6600, 4533, 8096, 3000, 5000, 9090]))),
        (["bitrate"], str(rng.choice([128, 192, 256, 320]))),
        (["sample", "rate"], str(rng.choice([44100, 48000]))),
        (["timezone"], rng.choice(["Europe/Berlin", "UTC", "America/Chicago", "Asia/Tokyo"])),
        (["mount", "point"], rng.choice(MOUNTS)),
        (["cache", "ttl"], str(rng.choice([60, 300, 3600, 86400]))),
        (["redirect", "uri"], rng.choice(["http://127.0.0.1:8888/callback", "http://localhost:3000/auth/callback",
                                          "https://nowplaying.example.org/oauth/callback"])),
        (["market"], rng.choice(["DE", "US", "GB", "SE", "JP"])),
        (["user", "agent"], rng.choice(["crate-digger/1.4 +https://github.com/crate-digger",
                                        "RadioBot/0.9", "podcast-crawler/2.1"])),
        (["max", "listeners"], str(rng.choice([50, 100, 250, 1000]))),
        (["genre"], rng.choice(GENRES)),
        (["playlist", "dir"], rng.choice(["/var/lib/mpd/playlists", "./playlists", "/srv/playlists"])),
        (["request", "timeout"], str(rng.choice([5, 10, 30]))),
    ]
    rng.shuffle(pool)
    return [(style_join(w, style), val) for w, val in pool[:n]]


def head_comment(rng, c, mark="#"):
    opts = [
        "%s %s settings" % (mark, c.prov.capitalize()),
        "%s config for %s" % (mark, svc(c)),
        "%s %s - %s" % (mark, rng.choice(STATIONS), svc(c)),
        "%s keep in sync with deploy/README.md" % mark,
        "%s generated by setup wizard, edited by hand" % mark,
        "%s see docs/%s.md" % (mark, svc(c)),
    ]
    return rng.choice(opts)


# ---------------------------------------------------------------------------
# generic templates (take a name: obvious or neutral)   -> (relpath, filetype, text)
# ---------------------------------------------------------------------------
def t_dotenv(c):
    r = c.rng
    path = r.choice([".env", ".env.local", ".env.production", "deploy/.env", "docker/.env",
                     "services/%s/.env" % svc(c), ".env.development"])
    lines = [head_comment(r, c)]
    for n, val in other_settings(r, "scream", r.randrange(2, 6)):
        lines.append("%s=%s" % (n, val if " " not in val else '"%s"' % val))
    lines.append("")
    if c.pid:
        lines.append("%s=%s" % (c.pidnm("scream"), c.pid))
    q = r.choice(["", "", '"', "'"])
    val = bare(c.v)
    lines.append("%s=%s%s%s" % (c.nm("scream"), q, val, q))
    for n, val2 in other_settings(r, "scream", r.randrange(1, 4)):
        lines.append("%s=%s" % (n, val2 if " " not in val2 else '"%s"' % val2))
    return path, "dotenv", "\n".join(lines) + "\n"


def t_shell_export(c):
    r = c.rng
    path = r.choice(["scripts/env.sh", "bin/start-stream.sh", "deploy/vars.sh", "tools/sync_playlists.sh",
                     "scripts/run-%s.sh" % svc(c)])
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "", head_comment(r, c)]
    for n, val in other_settings(r, "scream", r.randrange(1, 4)):
        lines.append('export %s="%s"' % (n, val))
    if c.pid:
        lines.append("export %s='%s'" % (c.pidnm("scream"), c.pid))
    if c.v.env is None:
        lines.append("export %s='%s'" % (c.nm("scream"), c.v.s))
    else:
        lines.append('export %s="${%s:?missing}"' % (c.nm("scream"), c.v.env))
    lines += ["", 'cd "$(dirname "$0")/.."',
              r.choice(["exec python3 -m %s" % svc(c).replace("-", "_"),
                        "exec node dist/index.js", "./bin/%s --config config/app.yml" % svc(c),
                        "docker compose up -d %s" % svc(c)])]
    return path, "shell", "\n".join(lines) + "\n"


def t_py_settings(c):
    r = c.rng
    path = r.choice(["config/settings.py", "app/settings.py", "radio/config.py", "settings/production.py",
                     "%s/config.py" % svc(c).replace("-", "_")])
    lines = ['"""Runtime settings for %s."""' % svc(c), "import os", "from pathlib import Path", "",
             "BASE_DIR = Path(__file__).resolve().parent.parent", ""]
    for n, val in other_settings(r, "scream", r.randrange(2, 6)):
        lines.append('%s = %s' % (n, val if val.isdigit() else '"%s"' % val))
    lines.append("")
    lines.append("# %s" % c.prov.capitalize())
    if c.pid:
        lines.append('%s = "%s"' % (c.pidnm("scream"), c.pid))
    lines.append("%s = %s" % (c.nm("scream"), qv(c.v, "py", r.choice(['"', "'"]))))
    lines += ["", 'CACHE_DIR = BASE_DIR / ".cache"', 'DEBUG = os.environ.get("DEBUG", "0") == "1"']
    return path, "python", "\n".join(lines) + "\n"


def t_py_bot(c):
    r = c.rng
    path = r.choice(["bot/cogs/music.py", "cogs/music.py", "musicbot/player.py", "bot/extensions/nowplaying.py"])
    cls = r.choice(["Music", "NowPlaying", "Radio", "Jukebox"])
    lines = ["import os", "import asyncio", "", "import discord", "from discord.ext import commands", "",
             "FFMPEG_OPTIONS = {\"before_options\": \"-reconnect 1 -reconnect_streamed 1\", \"options\": \"-vn\"}", "",
             "", "class %s(commands.Cog):" % cls,
             "    def __init__(self, bot: commands.Bot):", "        self.bot = bot",
             "        self.queue = asyncio.Queue()"]
    if c.pid:
        lines.append('        self.%s = "%s"' % (c.pidnm("snake"), c.pid))
    lines.append("        self.%s = %s" % (c.nm("snake"), qv(c.v, "py")))
    lines += ["", "    @commands.command(name=\"np\")", "    async def now_playing(self, ctx):",
              "        track = self.bot.current_track", "        if track is None:",
              "            return await ctx.send(\"Nothing playing.\")",
              "        await ctx.send(f\"Now playing: **{track.title}** by {track.artist}\")", "", "",
              "async def setup(bot):", "    await bot.add_cog(%s(bot))" % cls, "", "",
              "# token comes from the environment, never from this file",
              "# bot.run(os.environ[\"DISCORD_TOKEN\"])"]
    return path, "python", "\n".join(lines) + "\n"


def t_js_config(c):
    r = c.rng
    path = r.choice(["src/config.js", "config/index.js", "server/config.js", "lib/settings.js"])
    lines = ["'use strict';", "", "// " + head_comment(r, c, "").strip(), "module.exports = {"]
    for n, val in other_settings(r, "camel", r.randrange(2, 5)):
        lines.append("  %s: %s," % (n, val if val.isdigit() else "'%s'" % val))
    lines.append("  %s: {" % c.prov)
    if c.pid:
        lines.append("    %s: '%s'," % (style_join(c.k["pid_words"][1:] or c.k["pid_words"], "camel"), c.pid))
    lines.append("    %s: %s," % (c.nm("camel"), qv(c.v, "js", "'")))
    lines += ["  },", "  env: process.env.NODE_ENV || 'development',", "};"]
    return path, "javascript", "\n".join(lines) + "\n"


def t_ts_const(c):
    r = c.rng
    cap = c.prov.capitalize()
    path = r.choice(["src/lib/%s.ts" % c.prov, "src/services/%sClient.ts" % c.prov, "src/config/%s.ts" % c.prov])
    lines = ["import axios from 'axios';", ""]
    if c.pid:
        lines.append("export const %s = '%s';" % (c.pidnm("camel"), c.pid))
    lines.append("export const %s = %s;" % (c.nm("camel"), qv(c.v, "ts", r.choice(["'", '"']))))
    lines += ["", "export interface %sTrack {" % cap, "  id: string;", "  title: string;", "  artist: string;",
              "  durationMs: number;", "}", "",
              "export const http = axios.create({", "  baseURL: '%s'," % (c.k["api"] or "https://api.%s.com" % c.prov),
              "  timeout: %d," % r.choice([5000, 8000, 10000]), "});"]
    return path, "typescript", "\n".join(lines) + "\n"


def t_go_config(c):
    r = c.rng
    path = r.choice(["internal/config/config.go", "pkg/%s/client.go" % c.prov, "internal/%s/settings.go" % c.prov])
    pkg = path.split("/")[-2]
    lines = ["package %s" % pkg, "", 'import (', '\t"os"', '\t"time"', ')', ""]
    if c.v.env is None and r.random() < 0.5:
        lines.append("const (")
        if c.pid:
            lines.append('\t%s = "%s"' % (c.pidnm("camel"), c.pid))
        lines.append('\t%s = "%s"' % (c.nm("camel"), c.v.s))
        lines.append('\tdefaultTimeout = %d * time.Second' % r.choice([5, 10, 30]))
        lines.append(")")
        lines += ["", "// Config holds runtime options.", "type Config struct {", "\tLibrary string",
                  "\tTimeout time.Duration", "}", "", "func Load() Config {",
                  '\tlib := os.Getenv("MUSIC_DIR")', '\tif lib == "" {', '\t\tlib = "%s"' % r.choice(LIBS), "\t}",
                  "\treturn Config{Library: lib, Timeout: defaultTimeout}", "}"]
    else:
        lines += ["type Config struct {", "\tLibrary      string"]
        if c.pid:
            lines.append("\t%s string" % c.pidnm("pascal"))
        lines += ["\t%s string" % c.nm("pascal"), "\tTimeout      time.Duration", "}", "",
                  "func Load() Config {", "\treturn Config{", '\t\tLibrary: "%s",' % r.choice(LIBS)]
        if c.pid:
            lines.append('\t\t%s: "%s",' % (c.pidnm("pascal"), c.pid))
        lines += ["\t\t%s: %s," % (c.nm("pascal"), qv(c.v, "go")), "\t\tTimeout: 10 * time.Second,", "\t}", "}",
                  "", "var _ = os.Getenv"]
    return path, "go", "\n".join(lines) + "\n"


def t_rust_const(c):
    r = c.rng
    path = r.choice(["src/config.rs", "src/%s.rs" % c.prov, "src/settings.rs"])
    lines = ["use std::time::Duration;", ""]
    if c.pid:
        lines.append('pub const %s: &str = "%s";' % (c.pidnm("scream"), c.pid))
    if c.v.env is None:
        lines.append('pub const %s: &str = "%s";' % (c.nm("scream"), c.v.s))
    else:
        lines.append("pub fn %s() -> String {" % c.nm("snake"))
        lines.append("    %s" % qv(c.v, "rust"))
        lines.append("}")
    lines += ['pub const LIBRARY_ROOT: &str = "%s";' % r.choice(LIBS),
              "pub const POLL_INTERVAL: Duration = Duration::from_secs(%d);" % r.choice([15, 30, 60]), "",
              "#[derive(Debug, Clone)]", "pub struct Track {", "    pub id: String,", "    pub title: String,",
              "    pub duration_ms: u64,", "}"]
    return path, "rust", "\n".join(lines) + "\n"


def t_yaml_app(c):
    r = c.rng
    path = r.choice(["config/app.yml", "config/production.yaml", "conf/services.yaml", "config.yaml",
                     "settings/%s.yml" % svc(c)])
    lines = [head_comment(r, c), "app:"]
    for n, val in other_settings(r, "snake", r.randrange(2, 5)):
        lines.append("  %s: %s" % (n, quote_yaml(val)))
    lines.append("%s:" % c.prov)
    if c.pid:
        lines.append("  %s: %s" % (style_join(c.k["pid_words"][1:], "snake") or "id", quote_yaml(c.pid)))
    lines.append("  %s: %s" % (c.nm("snake"), quote_yaml(bare(c.v)) if r.random() < 0.6 else '"%s"' % bare(c.v)))
    lines += ["  timeout: %d" % r.choice([5, 10, 30]), "logging:", "  level: %s" % r.choice(LEVELS).lower(),
              "  format: json"]
    return path, "yaml", "\n".join(lines) + "\n"


def t_json_cfg(c):
    r = c.rng
    path = r.choice(["config/default.json", "config/production.json", "appsettings.json", "settings.json",
                     "config/%s.json" % c.prov])
    d = {}
    for n, val in other_settings(r, "camel", r.randrange(2, 5)):
        d[n] = int(val) if val.isdigit() else val
    sec = {}
    if c.pid:
        sec[c.pidnm("camel")] = c.pid
    sec[c.nm("camel")] = bare(c.v)
    d[c.prov] = sec
    d["features"] = {"scrobble": r.choice([True, False]), "lyrics": r.choice([True, False])}
    return path, "json", json.dumps(d, indent=r.choice([2, 4]), ensure_ascii=False) + "\n"


def t_toml(c):
    r = c.rng
    path = r.choice(["config.toml", "Config.toml", "settings.toml", "radio.toml", "config/%s.toml" % svc(c)])
    lines = [head_comment(r, c), ""]
    for n, val in other_settings(r, "snake", r.randrange(2, 4)):
        lines.append('%s = %s' % (n, val if val.isdigit() else '"%s"' % val))
    lines += ["", "[%s]" % c.prov]
    if c.pid:
        lines.append('%s = "%s"' % (c.pidnm("snake"), c.pid))
    lines.append('%s = %s' % (c.nm("snake"), ("'%s'" if r.random() < 0.3 else '"%s"') % bare(c.v)))
    lines += ["", "[library]", 'path = "%s"' % r.choice(LIBS), 'formats = ["flac", "mp3", "ogg"]']
    return path, "toml", "\n".join(lines) + "\n"


MEDIA_IMAGES = [("navidrome", "deluan/navidrome:latest", "4533:4533"),
                ("jellyfin", "jellyfin/jellyfin:10.9", "8096:8096"),
                ("icecast", "libretime/icecast:2.4.4", "8000:8000"),
                ("liquidsoap", "savonet/liquidsoap:v2.2.5", "8005:8005"),
                ("lidarr", "lscr.io/linuxserver/lidarr:latest", "8686:8686"),
                ("mopidy", "wernight/mopidy", "6680:6680"),
                ("plex", "plexinc/pms-docker:latest", "32400:32400")]


def t_compose(c):
    r = c.rng
    path = r.choice(["docker-compose.yml", "compose.yaml", "deploy/docker-compose.prod.yml", "docker-compose.override.yml"])
    others = r.sample(MEDIA_IMAGES, 2)
    lines = ["services:"]
    name = svc(c)
    lines += ["  %s:" % name, "    image: ghcr.io/%s/%s:%s" % (r.choice(["radiotools", "crate-digger", "nightowl"]),
                                                              name, r.choice(["latest", "1.4.2", "main"])),
              "    restart: unless-stopped"]
    mapstyle = r.random() < 0.5
    lines.append("    environment:")
    envs = other_settings(r, "scream", r.randrange(1, 4))
    if c.pid:
        envs.append((c.pidnm("scream"), c.pid))
    envs.append((c.nm("scream"), bare(c.v)))
    envs += [("TZ", r.choice(["Europe/Berlin", "UTC"]))]
    for n, val in envs:
        if mapstyle:
            lines.append("      %s: %s" % (n, quote_yaml(val) if not val.isdigit() else '"%s"' % val))
        else:
            lines.append("      - %s=%s" % (n, val))
    lines += ["    volumes:", "      - %s:/music:ro" % r.choice(["/srv/music", "./music", "/mnt/media/music"])]
    for oname, img, port in others:
        lines += ["  %s:" % oname, "    image: %s" % img, "    ports:", '      - "%s"' % port,
                  "    volumes:", "      - ./%s:/config" % oname]
    return path, "docker-compose", "\n".join(lines) + "\n"


def t_systemd(c):
    r = c.rng
    name = svc(c)
    path = r.choice(["deploy/systemd/%s.service" % name, "etc/systemd/system/%s.service" % name,
                     "packaging/%s.service" % name])
    lines = ["[Unit]", "Description=%s (%s)" % (name, r.choice(STATIONS)), "After=network-online.target sound.target",
             "Wants=network-online.target", "", "[Service]", "Type=simple",
             "User=%s" % r.choice(["radio", "music", "mpd", "media"])]
    if c.pid:
        lines.append("Environment=%s=%s" % (c.pidnm("scream"), c.pid))
    if r.random() < 0.5:
        lines.append('Environment="%s=%s"' % (c.nm("scream"), bare(c.v)))
    else:
        lines.append("Environment=%s=%s" % (c.nm("scream"), bare(c.v)))
    lines += ["Environment=PYTHONUNBUFFERED=1",
              "ExecStart=/opt/%s/venv/bin/python -m %s" % (name, name.replace("-", "_")),
              "Restart=on-failure", "RestartSec=5", "", "[Install]", "WantedBy=multi-user.target"]
    return path, "systemd", "\n".join(lines) + "\n"


def nb_json(cells):
    nb = {"cells": [], "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                    "language_info": {"name": "python", "version": "3.11.4"}},
          "nbformat": 4, "nbformat_minor": 5}
    for i, (kind, src) in enumerate(cells):
        lines = src.split("\n")
        srcl = [l + "\n" for l in lines[:-1]] + [lines[-1]]
        cell = {"cell_type": kind, "id": "c%02d" % i, "metadata": {}, "source": srcl}
        if kind == "code":
            cell["execution_count"] = i + 1
            cell["outputs"] = []
        nb["cells"].append(cell)
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


def t_notebook(c):
    r = c.rng
    path = r.choice(["notebooks/explore_%s.ipynb" % c.prov, "analysis/%s_listening_history.ipynb" % c.prov,
                     "notebooks/playlist_features.ipynb"])
    setup = ["import pandas as pd", "import requests", ""]
    if c.pid:
        setup.append('%s = "%s"' % (c.pidnm("snake"), c.pid))
    setup.append("%s = %s" % (c.nm("snake"), qv(c.v, "py")))
    cells = [("markdown", "# %s exploration\nPull data for the %s dashboards." % (c.prov.capitalize(), r.choice(STATIONS))),
             ("code", "\n".join(setup)),
             ("code", "df = pd.read_csv('data/plays_%d.csv')\ndf.groupby('artist').size().sort_values().tail(10)" % r.randrange(2019, 2026)),
             ("markdown", "Top artists by play count, then audio features per track.")]
    return path, "ipynb", nb_json(cells)


def t_markdown(c):
    r = c.rng
    path = r.choice(["README.md", "docs/setup.md", "notes/runbook.md", "docs/deploy.md", "ops/%s.md" % svc(c)])
    lines = ["# %s" % r.choice(STATIONS), "", "Small service that %s." % r.choice(
        ["syncs playlists between services", "scrobbles what the stream plays", "fetches lyrics and artwork",
         "relays the studio feed to the public mounts", "publishes new podcast episodes"]), "",
             "## Running locally", "", "```bash"]
    if c.pid:
        lines.append("export %s=%s" % (c.pidnm("scream"), c.pid))
    val = bare(c.v)
    if c.v.env is None and any(ch not in ALNUM + "-_." for ch in val):
        val = "'%s'" % val
    lines.append("export %s=%s" % (c.nm("scream"), val))
    lines += ["python -m %s --verbose" % svc(c).replace("-", "_"), "```", "",
              "Logs go to `/var/log/%s/`. Restart with `systemctl restart %s`." % (svc(c), svc(c))]
    return path, "markdown", "\n".join(lines) + "\n"


def t_gh_workflow(c):
    r = c.rng
    path = r.choice([".github/workflows/deploy.yml", ".github/workflows/nightly-sync.yml",
                     ".github/workflows/publish.yml"])
    val = bare(c.v)
    if c.label == "neg" and c.v.env is not None:
        val = "${{ secrets.%s }}" % c.v.env
    lines = ["name: %s" % r.choice(["deploy", "nightly sync", "publish episode"]), "", "on:",
             "  schedule:", "    - cron: '%d %d * * *'" % (r.randrange(60), r.randrange(24)),
             "  workflow_dispatch:", "", "jobs:", "  run:", "    runs-on: ubuntu-latest", "    env:"]
    if c.pid:
        lines.append("      %s: %s" % (c.pidnm("scream"), c.pid))
    lines.append("      %s: %s" % (c.nm("scream"), quote_yaml(val)))
    lines += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5",
              "        with:", "          python-version: '3.12'", "      - run: pip install -r requirements.txt",
              "      - run: python -m %s" % svc(c).replace("-", "_")]
    return path, "github-actions", "\n".join(lines) + "\n"


def t_k8s_secret(c):
    r = c.rng
    name = svc(c)
    path = r.choice(["k8s/%s-secret.yaml" % name, "deploy/k8s/secrets.yaml", "charts/%s/templates/secret.yaml" % name])
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s" % name,
             "  namespace: %s" % r.choice(["radio", "media", "default"]), "  labels:",
             "    app.kubernetes.io/name: %s" % name, "type: Opaque", "stringData:"]
    if c.pid:
        lines.append("  %s: %s" % (c.pidnm("scream"), quote_yaml(c.pid)))
    lines.append("  %s: %s" % (c.nm("scream"), quote_yaml(bare(c.v))))
    return path, "kubernetes", "\n".join(lines) + "\n"


def t_ini(c):
    r = c.rng
    path = r.choice(["config.ini", "settings.cfg", "conf/radio.ini", "%s.ini" % svc(c)])
    lines = [head_comment(r, c, ";"), "[general]"]
    for n, val in other_settings(r, "snake", r.randrange(2, 4)):
        lines.append("%s = %s" % (n, val))
    lines += ["", "[%s]" % c.prov]
    if c.pid:
        lines.append("%s = %s" % (c.pidnm("snake"), c.pid))
    lines.append("%s = %s" % (c.nm("snake"), bare(c.v)))
    lines += ["", "[logging]", "level = %s" % r.choice(LEVELS)]
    return path, "ini", "\n".join(lines) + "\n"


def t_properties(c):
    r = c.rng
    path = r.choice(["src/main/resources/application.properties", "src/main/resources/application-prod.properties"])
    lines = ["# %s" % r.choice(STATIONS), "server.port=%d" % r.choice([8080, 8081, 9000]),
             "spring.application.name=%s" % svc(c), "spring.jackson.time-zone=UTC", ""]
    base = c.prov + "."
    if c.pid:
        lines.append(base + style_join(c.k["pid_words"][1:], "kebab") + "=" + c.pid)
    lines.append(base + c.nm("kebab") + "=" + bare(c.v))
    lines += [base + "timeout-ms=%d" % r.choice([3000, 5000]), "logging.level.root=%s" % r.choice(["INFO", "WARN"])]
    return path, "properties", "\n".join(lines) + "\n"


def t_dockerfile(c):
    r = c.rng
    path = r.choice(["Dockerfile", "docker/%s/Dockerfile" % svc(c), "Dockerfile.worker"])
    lines = ["FROM python:3.12-slim", "", "RUN apt-get update && apt-get install -y --no-install-recommends ffmpeg \\",
             "    && rm -rf /var/lib/apt/lists/*", "", "WORKDIR /app", "COPY requirements.txt .",
             "RUN pip install --no-cache-dir -r requirements.txt", "COPY . .", "",
             "ENV MUSIC_DIR=%s" % r.choice(LIBS)]
    if c.pid:
        lines.append("ENV %s=%s" % (c.pidnm("scream"), c.pid))
    lines.append("ENV %s=%s" % (c.nm("scream"), bare(c.v) if bare(c.v) else '""'))
    lines += ["", 'CMD ["python", "-m", "%s"]' % svc(c).replace("-", "_")]
    return path, "dockerfile", "\n".join(lines) + "\n"


def t_php(c):
    r = c.rng
    path = "config/services.php"
    lines = ["<?php", "", "return [", "", "    'mailgun' => [", "        'domain' => env('MAILGUN_DOMAIN'),",
             "        'secret' => env('MAILGUN_SECRET'),", "    ],", "", "    '%s' => [" % c.prov]
    if c.pid:
        lines.append("        '%s' => '%s'," % (style_join(c.k["pid_words"][1:], "snake"), c.pid))
    lines.append("        '%s' => %s," % (c.nm("snake"), qv(c.v, "php", "'")))
    lines += ["        'redirect' => '%s'," % r.choice(["https://radio.example-fm.org/auth/callback",
                                                          "http://localhost:8000/callback"]), "    ],", "", "];"]
    return path, "php", "\n".join(lines) + "\n"


def t_ansible(c):
    r = c.rng
    path = r.choice(["group_vars/all.yml", "inventory/host_vars/radio01.yml", "roles/%s/defaults/main.yml" % svc(c).replace("-", "_")])
    val = bare(c.v)
    if c.label == "neg" and c.v.env is not None:
        val = "{{ lookup('env', '%s') }}" % c.v.env
    lines = ["---", "%s_version: %s" % (svc(c).replace("-", "_"), r.choice(["1.4.2", "2.0.1", "latest"])),
             "%s_user: %s" % (svc(c).replace("-", "_"), r.choice(["radio", "media"])),
             "%s_music_dir: %s" % (svc(c).replace("-", "_"), r.choice(LIBS))]
    if c.pid:
        lines.append("%s: %s" % (c.pidnm("snake"), quote_yaml(c.pid)))
    lines.append("%s: %s" % (c.nm("snake"), quote_yaml(val)))
    lines.append("%s_listen_port: %d" % (svc(c).replace("-", "_"), r.choice([8000, 8080, 6600])))
    return path, "ansible", "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# neutral templates: header / URL / positional contexts
# ---------------------------------------------------------------------------
def wire(c):
    """How the secret travels: returns dict with url, query, headers, form, basic, userinfo."""
    k, r = c.k, c.rng
    a = k["auth"]
    w = dict(method="GET", url=k["api"], query=[], sq=None, headers=[], sh=None, form=[], sf=None,
             basic=None, userinfo=None)
    if a == "bearer":
        w["sh"] = ("Authorization", "Bearer ", "")
        w["query"] = [("q", r.choice(TITLES))]
    elif a.startswith("header:"):
        w["sh"] = (a.split(":", 1)[1], "", "")
        w["query"] = [("limit", str(r.choice([10, 20, 50])))]
    elif a.startswith("query:"):
        p = a.split(":", 1)[1]
        if c.prov == "lastfm":
            w["query"] = [("method", "user.getRecentTracks"), ("api_key", c.pid), ("format", "json")]
        elif c.prov == "musixmatch":
            w["query"] = [("q_track", r.choice(TITLES)), ("page_size", "5")]
        elif c.prov == "deezer":
            w["query"] = [("app_id", c.pid), ("code", "{code}"), ("output", "json")]
        elif c.prov == "mixcloud":
            w["query"] = [("client_id", c.pid), ("redirect_uri", "https://mixes.example.org/cb"), ("code", "{code}")]
        else:
            w["query"] = [("type", "Artist")]
        w["sq"] = p
    elif a.startswith("form:"):
        f = a.split(":", 1)[1]
        w["method"] = "POST"
        if f == "refresh_token":
            w["form"] = [("grant_type", "refresh_token")]
            if c.pid:
                w["form"].append(("client_id", c.pid))
        elif f == "client_secret":
            w["form"] = [("grant_type", "client_credentials")]
            if c.pid:
                w["form"].append(("client_id", c.pid))
        else:
            w["form"] = [("url", "https://audd.tech/example.mp3"), ("return", "apple_music,spotify")]
        w["sf"] = f
    elif a == "basic":
        w["method"] = "POST"
        w["basic"] = c.pid
        w["form"] = [("grant_type", "client_credentials")]
    elif a == "discogs":
        w["sh"] = ("Authorization", "Discogs token=", "")
        w["query"] = [("artist", r.choice(ARTISTS).replace(" ", "+")), ("type", "release")]
    elif a == "discogs_kv":
        w["sh"] = ("Authorization", "Discogs key=%s, secret=" % c.pid, "")
        w["query"] = [("q", r.choice(ARTISTS).replace(" ", "+"))]
    elif a == "buzz":
        w["sh"] = ("Authorization", "Token token=", "")
    elif a == "userinfo":
        u = k["user"] or "admin"
        host = r.choice(HOSTS)
        w["url"] = "http://%s:8000/admin/%s" % (host, r.choice(["stats", "listmounts", "listclients?mount=/live"]))
        w["basic"] = u
    elif a == "subsonic":
        w["url"] = "https://%s/rest/%s" % (r.choice(["music.lan", "navidrome.home.arpa", "sub.example-fm.org"]),
                                           r.choice(["ping.view", "getStarred2", "getRandomSongs", "getPlaylists"]))
        w["query"] = [("u", r.choice(USERS))]
        w["sq"] = "t"
        w["query_after"] = [("s", c.pid), ("v", "1.16.1"), ("c", r.choice(["crate", "radiobot", "sonicbar"])),
                            ("f", "json")]
    elif a == "rtmp":
        w["rtmp"] = True
    else:
        w["unsupported"] = True
    w.setdefault("query_after", [])
    return w


def supports_wire(k, lang):
    a = k["auth"]
    if a in ("pem", "sig", "pi", "hmac", "login", "mpd", "rtmp"):
        return False
    if lang in ("rust",) and a in ("userinfo", "subsonic", "discogs_kv"):
        return False
    return True


def url_with_query(c, w, lang):
    """Return (literal prefix, literal suffix) around the secret if the secret is in the query,
    else the whole URL as prefix and None."""
    qs = "&".join("%s=%s" % kv for kv in w["query"])
    if w["sq"]:
        pre = w["url"] + "?" + (qs + "&" if qs else "") + w["sq"] + "="
        post = "".join("&%s=%s" % kv for kv in w["query_after"])
        return pre, post
    return w["url"] + ("?" + qs if qs else ""), None


def t_curl(c):
    r, k = c.rng, c.k
    w = wire(c)
    path = r.choice(["scripts/check_%s.sh" % c.prov, "bin/probe.sh", "scripts/smoke-test.sh", "ops/%s-health.sh" % svc(c)])
    lines = ["#!/bin/sh", "# quick manual check against %s" % c.prov, "set -e", ""]
    pre, post = url_with_query(c, w, "sh")
    cmd = ["curl -sS --fail"]
    if w["method"] == "POST":
        cmd.append("-X POST")
    if w["basic"]:
        cmd.append("-u %s" % s_in("sh", w["basic"] + ":", c.v, ""))
    if w["sh"]:
        cmd.append("-H %s" % s_in("sh", w["sh"][0] + ": " + w["sh"][1], c.v, w["sh"][2]))
    cmd.append('-H "User-Agent: %s"' % r.choice(["crate-digger/1.4", "RadioBot/0.9", "curl-probe"]))
    for kf, vf in w["form"]:
        cmd.append('-d "%s=%s"' % (kf, vf))
    if w["sf"]:
        cmd.append("-d %s" % s_in("sh", w["sf"] + "=", c.v, ""))
    if post is not None:
        cmd.append(s_in("sh", pre, c.v, post))
    else:
        cmd.append('"%s"' % pre)
    lines.append(" \\\n  ".join(cmd) + " | jq %s" % r.choice(["'.'", "'.results[0]'", "-r '.status'"]))
    return path, "shell", "\n".join(lines) + "\n"


def t_py_requests(c):
    r = c.rng
    w = wire(c)
    path = r.choice(["scripts/%s_probe.py" % c.prov, "tools/fetch_%s.py" % c.prov, "app/integrations/%s.py" % c.prov])
    lines = ['"""Fetch a few items from %s for the now-playing widget."""' % c.prov, "import os", "import requests", "", ""]
    fn = r.choice(["fetch", "lookup", "refresh", "pull_items"])
    lines.append("def %s(session=None):" % fn)
    lines.append("    s = session or requests.Session()")
    pre, post = url_with_query(c, w, "py")
    if post is not None:
        urlx = s_in("py", pre, c.v, post)
    else:
        urlx = '"%s"' % pre
    args = [urlx]
    if w["sh"]:
        lines.append("    headers = {%s: %s}" % ('"%s"' % w["sh"][0], s_in("py", w["sh"][1], c.v, w["sh"][2])))
        args.append("headers=headers")
    if w["basic"]:
        args.append("auth=(%s, %s)" % ('"%s"' % w["basic"], qv(c.v, "py")))
    if w["form"] or w["sf"]:
        items = ['"%s": "%s"' % kv for kv in w["form"]]
        if w["sf"]:
            items.append('"%s": %s' % (w["sf"], qv(c.v, "py")))
        lines.append("    data = {%s}" % ", ".join(items))
        args.append("data=data")
    args.append("timeout=%d" % r.choice([5, 10, 15]))
    lines.append("    resp = s.%s(%s)" % (w["method"].lower(), ", ".join(args)))
    lines += ["    resp.raise_for_status()", "    return resp.json()", "", "",
              'if __name__ == "__main__":', "    print(%s())" % fn]
    return path, "python", "\n".join(lines) + "\n"


def t_js_fetch(c):
    r = c.rng
    w = wire(c)
    path = r.choice(["src/api/%s.js" % c.prov, "lib/%sClient.mjs" % c.prov, "server/routes/%s.js" % c.prov])
    lines = ["// thin wrapper used by the now-playing widget", ""]
    fn = r.choice(["fetchItems", "lookup", "refreshToken", "getQueue"])
    lines.append("export async function %s() {" % fn)
    pre, post = url_with_query(c, w, "js")
    urlx = s_in("js", pre, c.v, post) if post is not None else "'%s'" % pre
    hdrs = []
    if w["sh"]:
        hdrs.append("      '%s': %s," % (w["sh"][0], s_in("js", w["sh"][1], c.v, w["sh"][2])))
    if w["basic"]:
        hdrs.append("      Authorization: 'Basic ' + Buffer.from(%s).toString('base64')," % s_in("js", w["basic"] + ":", c.v, ""))
    body = None
    if w["form"] or w["sf"]:
        items = ["%s: '%s'" % kv for kv in w["form"]]
        if w["sf"]:
            items.append("%s: %s" % (w["sf"], qv(c.v, "js", "'")))
        body = "new URLSearchParams({ %s })" % ", ".join(items)
    lines.append("  const res = await fetch(%s, {" % urlx)
    lines.append("    method: '%s'," % w["method"])
    lines.append("    headers: {")
    lines += hdrs
    lines.append("      Accept: 'application/json',")
    lines.append("    },")
    if body:
        lines.append("    body: %s," % body)
    lines += ["  });", "  if (!res.ok) throw new Error(`HTTP ${res.status}`);", "  return res.json();", "}"]
    return path, "javascript", "\n".join(lines) + "\n"


def t_go_http(c):
    r = c.rng
    w = wire(c)
    path = r.choice(["cmd/%s-sync/main.go" % c.prov, "internal/%s/http.go" % c.prov])
    pkg = "main" if path.startswith("cmd/") else c.prov
    lines = ["package %s" % pkg, "", "import (", '\t"fmt"', '\t"io"', '\t"net/http"', '\t"os"', '\t"strings"', ")", ""]
    lines.append("func fetch() ([]byte, error) {")
    pre, post = url_with_query(c, w, "go")
    urlx = s_in("go", pre, c.v, post) if post is not None else '"%s"' % pre
    body = "nil"
    if w["form"] or w["sf"]:
        parts = "&".join("%s=%s" % kv for kv in w["form"])
        if w["sf"]:
            body = "strings.NewReader(%s)" % s_in("go", parts + ("&" if parts else "") + w["sf"] + "=", c.v, "")
        else:
            body = 'strings.NewReader("%s")' % parts
    lines.append('\treq, err := http.NewRequest("%s", %s, %s)' % (w["method"], urlx, body))
    lines += ["\tif err != nil {", "\t\treturn nil, err", "\t}"]
    if w["sh"]:
        lines.append('\treq.Header.Set("%s", %s)' % (w["sh"][0], s_in("go", w["sh"][1], c.v, w["sh"][2])))
    if w["basic"]:
        lines.append('\treq.SetBasicAuth("%s", %s)' % (w["basic"], qv(c.v, "go")))
    if body != "nil":
        lines.append('\treq.Header.Set("Content-Type", "application/x-www-form-urlencoded")')
    lines += ["\tresp, err := http.DefaultClient.Do(req)", "\tif err != nil {", "\t\treturn nil, err", "\t}",
              "\tdefer resp.Body.Close()", "\tif resp.StatusCode != 200 {",
              '\t\treturn nil, fmt.Errorf("unexpected status %d", resp.StatusCode)', "\t}",
              "\treturn io.ReadAll(resp.Body)", "}", "", "var (", "\t_ = os.Getenv", "\t_ = strings.NewReader", ")"]
    if pkg == "main":
        lines += ["", "func main() {", "\tb, err := fetch()", "\tif err != nil {", "\t\tfmt.Fprintln(os.Stderr, err)",
                  "\t\tos.Exit(1)", "\t}", "\tfmt.Println(string(b))", "}"]
    return path, "go", "\n".join(lines) + "\n"


def t_rust_reqwest(c):
    r = c.rng
    w = wire(c)
    path = r.choice(["src/bin/fetch_%s.rs" % c.prov, "src/%s_client.rs" % c.prov])
    lines = ["use reqwest::blocking::Client;", "use std::error::Error;", "",
             "pub fn fetch() -> Result<String, Box<dyn Error>> {", "    let client = Client::new();"]
    pre, post = url_with_query(c, w, "rust")
    urlx = s_in("rust", pre, c.v, post) if post is not None else '"%s"' % pre
    lines.append("    let resp = client")
    lines.append("        .%s(%s)" % (w["method"].lower(), urlx))
    if w["sh"]:
        lines.append('        .header("%s", %s)' % (w["sh"][0], s_in("rust", w["sh"][1], c.v, w["sh"][2])))
    if w["basic"]:
        lines.append('        .basic_auth("%s", Some(%s))' % (w["basic"], qv(c.v, "rust")))
    if w["form"] or w["sf"]:
        items = ['("%s", "%s")' % kv for kv in w["form"]]
        if w["sf"]:
            items.append('("%s", %s)' % (w["sf"], qv(c.v, "rust")))
        lines.append("        .form(&[%s])" % ", ".join(items))
    lines += ["        .send()?", "        .error_for_status()?;", "    Ok(resp.text()?)", "}"]
    return path, "rust", "\n".join(lines) + "\n"


def t_http_file(c):
    r = c.rng
    w = wire(c)
    path = r.choice(["api/%s.http" % c.prov, "requests/%s.http" % svc(c), "http/%s-smoke.http" % c.prov])
    lines = ["### %s" % r.choice(["smoke test", "list items", "token refresh", "search"])]
    pre, post = url_with_query(c, w, "http")
    url = s_in("http", pre, c.v, post) if post is not None else pre
    lines.append("%s %s" % (w["method"], url))
    if w["sh"]:
        lines.append("%s: %s" % (w["sh"][0], s_in("http", w["sh"][1], c.v, w["sh"][2])))
    if w["basic"]:
        lines.append("Authorization: Basic %s" % s_in("http", w["basic"] + " ", c.v, ""))
    lines.append("Accept: application/json")
    if w["form"] or w["sf"]:
        lines.append("Content-Type: application/x-www-form-urlencoded")
        lines.append("")
        parts = "&".join("%s=%s" % kv for kv in w["form"])
        if w["sf"]:
            lines.append(s_in("http", parts + ("&" if parts else "") + w["sf"] + "=", c.v, ""))
        else:
            lines.append(parts)
    lines += ["", "### health", "GET %s" % (w["url"].split("?")[0].rsplit("/", 1)[0] + "/"), ""]
    return path, "http", "\n".join(lines)


def t_py_positional(c):
    r = c.rng
    k = c.k
    path = r.choice(["app/clients.py", "%s/client.py" % svc(c).replace("-", "_"), "scripts/bootstrap_clients.py"])
    lines = ["import logging", ""]
    ctor = k["ctor"]
    if ctor == "SpotifyClientCredentials":
        lines += ["import spotipy", "from spotipy.oauth2 import SpotifyClientCredentials", ""]
    elif ctor == "pylast.LastFMNetwork":
        lines += ["import pylast", ""]
    elif ctor == "lyricsgenius.Genius":
        lines += ["import lyricsgenius", ""]
    elif ctor == "PlexServer":
        lines += ["from plexapi.server import PlexServer", ""]
    else:
        cls = c.prov.capitalize() + "Client"
        lines += ["from .vendor.%s import %s" % (c.prov, cls), ""]
        ctor = cls
    lines += ["log = logging.getLogger(__name__)", ""]
    args = []
    if ctor == "PlexServer":
        args.append('"%s"' % r.choice(["http://192.168.1.20:32400", "http://plex.lan:32400", "https://plex.home.arpa:32400"]))
    elif k["auth"] == "login" or c.k["cls"] == "password":
        args.append('"%s"' % r.choice(["https://music.lan", "http://127.0.0.1:4533", "icecast.lan"]))
        if c.pid:
            args.append('"%s"' % c.pid)
    elif c.pid:
        args.append('"%s"' % c.pid)
    args.append(qv(c.v, "py"))
    call = "%s(%s)" % (ctor, ", ".join(args))
    if ctor == "SpotifyClientCredentials":
        lines += ["auth = %s" % call, "sp = spotipy.Spotify(auth_manager=auth)", "",
                  "def top_tracks(artist_uri):", "    return sp.artist_top_tracks(artist_uri)['tracks']"]
    elif ctor == "pylast.LastFMNetwork":
        lines += ["network = %s" % call, "", "def similar(artist):",
                  "    return [a.item.name for a in network.get_artist(artist).get_similar(limit=10)]"]
    elif ctor == "lyricsgenius.Genius":
        lines += ["genius = %s" % call, "genius.remove_section_headers = True", "",
                  "def lyrics_for(title, artist):", "    song = genius.search_song(title, artist)",
                  "    return song.lyrics if song else None"]
    elif ctor == "PlexServer":
        lines += ["plex = %s" % call, "music = plex.library.section('Music')", "",
                  "def recently_added(n=20):", "    return music.recentlyAdded(maxresults=n)"]
    else:
        lines += ["client = %s" % call, "", "def ping():", "    log.info('%s reachable: %%s', client.ping())" % c.prov]
    return path, "python", "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# provider-specific templates
# ---------------------------------------------------------------------------
def t_spotipy_oauth(c):
    r = c.rng
    path = r.choice(["spotify_sync.py", "scripts/export_liked.py", "playlist_tools/auth.py", "app/spotify_auth.py"])
    scope = r.choice(["user-library-read", "playlist-modify-private user-read-recently-played",
                      "user-read-currently-playing"])
    lines = ["import spotipy", "from spotipy.oauth2 import SpotifyOAuth", "", "SCOPE = \"%s\"" % scope, "",
             "sp = spotipy.Spotify(", "    auth_manager=SpotifyOAuth(",
             '        client_id="%s",' % c.pid, "        client_secret=%s," % qv(c.v, "py"),
             '        redirect_uri="http://127.0.0.1:8888/callback",', "        scope=SCOPE,",
             '        cache_path=".cache-%s",' % r.choice(USERS), "    )", ")", "",
             "results = sp.current_user_saved_tracks(limit=50)",
             "for idx, item in enumerate(results['items']):",
             "    track = item['track']",
             "    print(idx, track['artists'][0]['name'], ' - ', track['name'])"]
    return path, "python", "\n".join(lines) + "\n"


def t_spotify_refresh_script(c):
    r = c.rng
    path = r.choice(["nowplaying/spotify.py", "widgets/now_playing.py", "api/spotify_now_playing.py"])
    lines = ["import base64", "import os", "import requests", "",
             'TOKEN_URL = "https://accounts.spotify.com/api/token"',
             'NOW_PLAYING_URL = "https://api.spotify.com/v1/me/player/currently-playing"', "",
             '%s = "%s"' % (c.pidnm("scream"), c.pid),
             'CLIENT_SECRET = os.environ["SPOTIFY_CLIENT_SECRET"]',
             "%s = %s" % (c.nm("scream"), qv(c.v, "py")), "", "",
             "def access_token():",
             "    basic = base64.b64encode(f\"{%s}:{CLIENT_SECRET}\".encode()).decode()" % c.pidnm("scream"),
             "    resp = requests.post(TOKEN_URL, headers={\"Authorization\": f\"Basic {basic}\"},",
             "                         data={\"grant_type\": \"refresh_token\", \"refresh_token\": %s})" % c.nm("scream"),
             "    resp.raise_for_status()", "    return resp.json()[\"access_token\"]", "", "",
             "def now_playing():",
             "    r = requests.get(NOW_PLAYING_URL, headers={\"Authorization\": f\"Bearer {access_token()}\"})",
             "    if r.status_code == 204:", "        return None", "    item = r.json()[\"item\"]",
             "    return {\"title\": item[\"name\"], \"artist\": item[\"artists\"][0][\"name\"]}"]
    return path, "python", "\n".join(lines) + "\n"


def t_mopidy_conf(c):
    r = c.rng
    path = r.choice(["mopidy.conf", "config/mopidy/mopidy.conf", "docker/mopidy/mopidy.conf", ".config/mopidy/mopidy.conf"])
    lines = ["[core]", "cache_dir = /var/cache/mopidy", "data_dir = /var/lib/mopidy", "",
             "[audio]", "output = %s" % r.choice(["autoaudiosink", "pulsesink server=127.0.0.1",
                                                    "lamemp3enc ! shout2send async=false mount=mopidy ip=icecast port=8000 password=${ICECAST_SOURCE_PASSWORD}"]),
             "", "[http]", "enabled = true", "hostname = 0.0.0.0", "port = 6680", "",
             "[mpd]", "enabled = true", "hostname = ::", ""]
    if c.k["id"] == "mopidy_spotify":
        lines += ["[spotify]", "enabled = true", "client_id = %s" % c.pid, "client_secret = %s" % bare(c.v),
                  "bitrate = %d" % r.choice([160, 320]), "volume_normalization = true"]
    else:
        lines += ["[scrobbler]", "enabled = true", "username = %s" % c.pid, "password = %s" % bare(c.v)]
    lines += ["", "[local]", "media_dir = %s" % r.choice(LIBS), "scan_timeout = 1000"]
    return path, "mopidy-conf", "\n".join(lines) + "\n"


def t_spotifyd(c):
    r = c.rng
    path = r.choice([".config/spotifyd/spotifyd.conf", "spotifyd.conf", "etc/spotifyd.conf"])
    lines = ["[global]", 'username = "%s"' % c.pid, 'password = "%s"' % bare(c.v),
             'backend = "%s"' % r.choice(["alsa", "pulseaudio"]), 'device_name = "%s"' % r.choice(["livingroom", "kitchen-pi", "studio"]),
             "bitrate = 320", 'cache_path = "/var/cache/spotifyd"', "volume_normalisation = true",
             'device_type = "speaker"']
    return path, "spotifyd-conf", "\n".join(lines) + "\n"


def t_pylast(c):
    r = c.rng
    path = r.choice(["scrobble.py", "scripts/lastfm_backfill.py", "bot/cogs/lastfm.py", "lastfm/client.py"])
    lines = ["import os", "import time", "", "import pylast", ""]
    if c.k["id"] == "lastfm_secret":
        lines += ['API_KEY = "%s"' % c.pid, "API_SECRET = %s" % qv(c.v, "py"), "",
                  "network = pylast.LastFMNetwork(", "    api_key=API_KEY,", "    api_secret=API_SECRET,",
                  '    username=os.environ.get("LASTFM_USER"),',
                  '    password_hash=pylast.md5(os.environ.get("LASTFM_PASSWORD", "")),', ")"]
    else:
        lines += ['API_KEY = "%s"' % c.pid, 'API_SECRET = os.environ["LASTFM_API_SECRET"]', "",
                  "network = pylast.LastFMNetwork(api_key=API_KEY, api_secret=API_SECRET)",
                  "network.session_key = %s" % qv(c.v, "py")]
    lines += ["", "", "def scrobble(artist, title):",
              "    network.scrobble(artist=artist, title=title, timestamp=int(time.time()))", "", "",
              'if __name__ == "__main__":', '    scrobble("%s", "%s")' % (r.choice(ARTISTS), r.choice(TITLES))]
    return path, "python", "\n".join(lines) + "\n"


def t_beets(c):
    r = c.rng
    path = r.choice(["config.yaml", ".config/beets/config.yaml", "beets/config.yaml"])
    lines = ["directory: %s" % r.choice(LIBS), "library: ~/.config/beets/library.db", "",
             "import:", "  move: yes", "  write: yes", "  log: ~/.config/beets/import.log", "",
             "plugins: fetchart embedart lastgenre %s chroma replaygain" % ("discogs" if c.prov == "discogs" else "lyrics"),
             "", "paths:", "  default: $albumartist/$album%aunique{}/$track $title",
             "  singleton: Non-Album/$artist/$title", ""]
    if c.prov == "discogs":
        lines += ["discogs:", "  user_token: %s" % quote_yaml(bare(c.v)), "  index_tracks: yes"]
    else:
        lines += ["lyrics:", "  sources: [lrclib, genius]", "  genius_api_key: %s" % quote_yaml(bare(c.v)),
                  "  synced: yes"]
    lines += ["", "replaygain:", "  backend: ffmpeg", "", "fetchart:", "  sources: coverart itunes amazon"]
    return path, "beets-yaml", "\n".join(lines) + "\n"


def t_icecast_xml(c):
    r = c.rng
    path = r.choice(["icecast.xml", "etc/icecast2/icecast.xml", "docker/icecast/icecast.xml", "config/icecast.xml"])
    tag = {"icecast_source": "source-password", "icecast_admin": "admin-password",
           "icecast_relay": "relay-password"}.get(c.k["id"], "source-password")
    lines = ["<icecast>", "    <location>%s</location>" % r.choice(["Berlin", "Leeds", "Austin", "Osaka"]),
             "    <admin>%s</admin>" % r.choice(["ops@radio-nordlicht.de", "icemaster@localhost", "tech@campuswaves.org"]),
             "    <limits>", "        <clients>%d</clients>" % r.choice([100, 250, 500]), "        <sources>4</sources>",
             "        <burst-size>65535</burst-size>", "    </limits>", "", "    <authentication>",
             "        <%s>%s</%s>" % (tag, bare(c.v), tag)]
    if tag == "admin-password":
        lines.insert(len(lines) - 1, "        <admin-user>admin</admin-user>")
    lines += ["    </authentication>", "", "    <hostname>%s</hostname>" % r.choice(HOSTS),
              "    <listen-socket>", "        <port>8000</port>", "    </listen-socket>", "",
              "    <mount type=\"normal\">", "        <mount-name>%s</mount-name>" % r.choice(MOUNTS),
              "        <fallback-mount>/autodj</fallback-mount>", "        <fallback-override>1</fallback-override>",
              "    </mount>", "", "    <paths>", "        <logdir>/var/log/icecast2</logdir>",
              "        <webroot>/usr/share/icecast2/web</webroot>", "    </paths>", "</icecast>"]
    return path, "icecast-xml", "\n".join(lines) + "\n"


def t_liquidsoap(c):
    r = c.rng
    path = r.choice(["radio.liq", "liquidsoap/main.liq", "scripts/stream.liq", "config/station.liq"])
    host = r.choice(HOSTS)
    var = c.nm("snake")
    lines = ["#!/usr/bin/liquidsoap", "# %s" % r.choice(STATIONS), "settings.log.level.set(3)", "",
             "%s = %s" % (var, qv(c.v, "liq")), "",
             'music = playlist(mode="randomize", reload_mode="watch", "%s")' % r.choice(LIBS), "music = crossfade(music)", ""]
    if c.k["id"] == "harbor_password":
        lines += ['live = input.harbor("live", port=8005, password=%s)' % var,
                  "radio = fallback(track_sensitive=false, [live, music])"]
        out_pw = 'environment.get("ICECAST_SOURCE_PASSWORD")'
    else:
        lines += ["radio = mksafe(music)"]
        out_pw = var
    lines += ["", "output.icecast(", "  %%mp3(bitrate=%d)," % r.choice([128, 192, 320]),
              '  host="%s", port=8000,' % host, "  password=%s," % out_pw,
              '  mount="%s",' % r.choice(MOUNTS), '  name="%s",' % r.choice(STATIONS), "  radio", ")"]
    return path, "liquidsoap", "\n".join(lines) + "\n"


def t_mpd_conf(c):
    r = c.rng
    path = r.choice(["mpd.conf", "etc/mpd.conf", ".config/mpd/mpd.conf", "docker/mpd/mpd.conf"])
    lines = ['music_directory\t\t"%s"' % r.choice(LIBS), 'playlist_directory\t"/var/lib/mpd/playlists"',
             'db_file\t\t\t"/var/lib/mpd/tag_cache"', 'state_file\t\t"/var/lib/mpd/state"',
             'bind_to_address\t\t"any"', 'port\t\t\t"6600"', "", "# remote clients need the password",
             'password\t\t"%s@read,add,control,admin"' % bare(c.v), 'default_permissions\t"read"', "",
             "audio_output {", '\ttype\t\t"%s"' % r.choice(["alsa", "pulse", "pipewire"]), '\tname\t\t"Main output"', "}",
             "", "audio_output {", '\ttype\t\t"httpd"', '\tname\t\t"HTTP stream"', '\tencoder\t\t"lame"',
             '\tport\t\t"8001"', '\tbitrate\t\t"192"', "}"]
    return path, "mpd-conf", "\n".join(lines) + "\n"


def t_mpc_shell(c):
    r = c.rng
    path = r.choice(["bin/radio-next.sh", "scripts/mpd_queue.sh", ".local/bin/np"])
    lines = ["#!/bin/sh", "# skip to next track on the living-room mpd", "",
             "export MPD_HOST=%s" % s_in("sh", "", c.v, "@%s" % r.choice(["localhost", "music.lan", "10.0.4.20"])),
             "export MPD_PORT=6600", "", "mpc -q next", 'mpc current -f "%artist% - %title%"']
    return path, "shell", "\n".join(lines) + "\n"


def t_ffmpeg_icecast(c):
    r = c.rng
    path = r.choice(["bin/go-live.sh", "scripts/push_to_icecast.sh", "studio/stream.sh"])
    host = r.choice(HOSTS)
    lines = ["#!/usr/bin/env bash", "# push the studio mixer input to the %s mount" % r.choice(MOUNTS),
             "set -euo pipefail", "", 'INPUT="${1:-default}"', "",
             "ffmpeg -hide_banner -f pulse -i \"$INPUT\" \\",
             "  -ac 2 -ar 44100 -c:a libmp3lame -b:a %dk \\" % r.choice([128, 192, 320]),
             "  -content_type audio/mpeg -ice_name %s \\" % s_in("sh", "", V(r.choice(STATIONS)), ""),
             "  -f mp3 %s" % s_in("sh", "icecast://source:", c.v, "@%s:8000%s" % (host, r.choice(MOUNTS)))]
    return path, "shell", "\n".join(lines) + "\n"


def t_ffmpeg_rtmp(c):
    r = c.rng
    path = r.choice(["bin/restream.sh", "scripts/go_live.sh", "stream/push.sh"])
    lines = ["#!/usr/bin/env bash", "# loop the visualiser + radio feed to %s" % c.prov, "set -e", "",
             'SRC="http://%s:8000%s"' % (r.choice(HOSTS), r.choice(MOUNTS)), "",
             "ffmpeg -re -loop 1 -i assets/cover.png -i \"$SRC\" \\",
             "  -c:v libx264 -preset veryfast -tune stillimage -pix_fmt yuv420p -r 30 -g 60 \\",
             "  -c:a aac -b:a 160k -ar 44100 \\",
             "  -f flv %s" % s_in("sh", c.k["api"] + "/", c.v, "")]
    return path, "shell", "\n".join(lines) + "\n"


def t_nginx_rtmp(c):
    r = c.rng
    path = r.choice(["nginx/nginx.conf", "deploy/nginx-rtmp.conf", "rtmp/nginx.conf"])
    lines = ["worker_processes auto;", "events { worker_connections 1024; }", "", "rtmp {", "    server {",
             "        listen 1935;", "        chunk_size 4096;", "", "        application live {",
             "            live on;", "            record off;", "            allow publish 10.0.0.0/8;",
             "            deny publish all;", "            push %s/%s;" % (c.k["api"], bare(c.v)),
             "        }", "    }", "}"]
    return path, "nginx-conf", "\n".join(lines) + "\n"


def t_obs_service(c):
    r = c.rng
    path = r.choice(["obs/basic/profiles/Radio/service.json", "streaming/obs-service.json", "config/obs/service.json"])
    svcname = "Twitch" if c.prov == "twitch" else "YouTube - RTMPS"
    d = {"settings": {"bwtest": False, "key": bare(c.v), "server": "auto" if c.prov == "twitch"
                      else "rtmps://a.rtmps.youtube.com:443/live2", "service": svcname}, "type": "rtmp_common"}
    return path, "json", json.dumps(d, indent=4) + "\n"


def pem_escaped(s):
    return s.replace("\n", "\\n")


def t_p8_file(c):
    r = c.rng
    path = r.choice(["keys/AuthKey_%s.p8" % c.pid, "secrets/AuthKey_%s.p8" % c.pid, "AuthKey_%s.p8" % c.pid,
                     "config/apple/AuthKey_%s.p8" % c.pid])
    return path, "p8", c.v.s + "\n"


def t_p8_python(c):
    r = c.rng
    path = r.choice(["musickit/token.py", "scripts/make_developer_token.py", "app/apple_music.py"])
    team = mixed(r, UPNUM, 10, need=(DIG, UPP))
    lines = ["import time", "", "import jwt  # PyJWT", "", 'TEAM_ID = "%s"' % team, 'KEY_ID = "%s"' % c.pid, ""]
    if c.v.env is None:
        lines.append('%s = """%s"""' % (c.nm("scream"), c.v.s))
    else:
        lines.append('%s = os.environ["%s"]' % (c.nm("scream"), c.v.env))
        lines.insert(0, "import os")
    lines += ["", "", "def developer_token(ttl=15777000):", "    now = int(time.time())",
              "    payload = {\"iss\": TEAM_ID, \"iat\": now, \"exp\": now + ttl}",
              "    return jwt.encode(payload, %s, algorithm=\"ES256\", headers={\"kid\": KEY_ID})" % c.nm("scream"),
              "", "", 'if __name__ == "__main__":', "    print(developer_token())"]
    return path, "python", "\n".join(lines) + "\n"


def t_p8_env(c):
    r = c.rng
    path = r.choice([".env", ".env.production", "apps/web/.env.local"])
    val = pem_escaped(c.v.s) if c.v.env is None else "${%s}" % c.v.env
    c.needle = pem_escaped(c.v.s)
    lines = ["# Apple Music (MusicKit JS)", "APPLE_TEAM_ID=%s" % mixed(r, UPNUM, 10, need=(DIG, UPP)),
             "%s=%s" % (c.pidnm("scream"), c.pid), '%s="%s"' % (c.nm("scream"), val), "",
             "NEXT_PUBLIC_APP_NAME=%s" % r.choice(["crate", "listen-along", "nowplaying"]),
             "NEXT_PUBLIC_BUILD=%d" % r.randrange(100, 999)]
    return path, "dotenv", "\n".join(lines) + "\n"


def t_p8_json(c):
    r = c.rng
    path = r.choice(["config/apple-music.json", "secrets/musickit.json", "config/production.json"])
    c.needle = pem_escaped(c.v.s)  # json.dumps writes the newlines as \n
    d = {"appleMusic": {"teamId": mixed(r, UPNUM, 10, need=(DIG, UPP)), c.pidnm("camel"): c.pid,
                        c.nm("camel"): c.v.s if c.v.env is None else "${%s}" % c.v.env,
                        "tokenTtlSeconds": 15777000}, "storefront": r.choice(["us", "de", "gb", "jp"])}
    return path, "json", json.dumps(d, indent=2) + "\n"


def t_p8_ts(c):
    r = c.rng
    path = r.choice(["src/lib/musickit.ts", "server/appleMusicToken.ts"])
    lines = ["import jwt from 'jsonwebtoken';", "", "const TEAM_ID = '%s';" % mixed(r, UPNUM, 10, need=(DIG, UPP)),
             "const KEY_ID = '%s';" % c.pid]
    if c.v.env is None:
        lines.append("const %s = `%s`;" % (c.nm("camel"), c.v.s))
    else:
        lines.append("const %s = process.env.%s!;" % (c.nm("camel"), c.v.env))
    lines += ["", "export function developerToken(): string {",
              "  return jwt.sign({}, %s, {" % c.nm("camel"), "    algorithm: 'ES256',", "    expiresIn: '180d',",
              "    issuer: TEAM_ID,", "    header: { alg: 'ES256', kid: KEY_ID },", "  });", "}"]
    return path, "typescript", "\n".join(lines) + "\n"


def t_podcastindex(c):
    r = c.rng
    path = r.choice(["podcasts/index_client.py", "crawler/podcastindex.py", "scripts/pi_search.py"])
    lines = ["import hashlib", "import time", "", "import requests", "",
             'BASE = "https://api.podcastindex.org/api/1.0"', '%s = "%s"' % (c.pidnm("scream"), c.pid),
             "%s = %s" % (c.nm("scream"), qv(c.v, "py")), "", "",
             "def _headers():", "    now = str(int(time.time()))",
             "    digest = hashlib.sha1((%s + %s + now).encode()).hexdigest()" % (c.pidnm("scream"), c.nm("scream")),
             "    return {", '        "User-Agent": "%s",' % r.choice(["podcast-crawler/2.1", "PodNight/0.3"]),
             '        "X-Auth-Key": %s,' % c.pidnm("scream"), '        "X-Auth-Date": now,',
             '        "Authorization": digest,', "    }", "", "",
             "def search(term):",
             '    r = requests.get(f"{BASE}/search/byterm", params={"q": term}, headers=_headers(), timeout=10)',
             "    r.raise_for_status()", '    return r.json()["feeds"]']
    return path, "python", "\n".join(lines) + "\n"


def t_acrcloud(c):
    r = c.rng
    path = r.choice(["recognize.py", "songid/acr.py", "bot/cogs/songid.py"])
    region = r.choice(["eu-west-1", "us-west-2", "ap-southeast-1"])
    lines = ["import base64", "import hashlib", "import hmac", "import time", "", "import requests", "",
             "config = {", "    'host': 'identify-%s.acrcloud.com'," % region,
             "    'access_key': '%s'," % c.pid, "    '%s': %s," % (c.nm("snake"), qv(c.v, "py", "'")),
             "    'timeout': 10,", "}", "", "",
             "def identify(path):", "    ts = str(int(time.time()))",
             "    to_sign = '\\n'.join(['POST', '/v1/identify', config['access_key'], 'audio', '1', ts])",
             "    sig = base64.b64encode(hmac.new(config['%s'].encode(), to_sign.encode(), hashlib.sha1).digest())" % c.nm("snake"),
             "    with open(path, 'rb') as f:", "        sample = f.read()",
             "    data = {'access_key': config['access_key'], 'sample_bytes': len(sample), 'timestamp': ts,",
             "            'signature': sig.decode(), 'data_type': 'audio', 'signature_version': '1'}",
             "    r = requests.post(f\"https://{config['host']}/v1/identify\", files={'sample': sample}, data=data)",
             "    return r.json()"]
    return path, "python", "\n".join(lines) + "\n"


def t_lastfm_sig(c):
    r = c.rng
    path = r.choice(["lastfm/sign.py", "scrobbler/api.py", "app/lastfm_auth.py"])
    lines = ["import hashlib", "", 'API_KEY = "%s"' % c.pid, "%s = %s" % (c.nm("scream"), qv(c.v, "py")), "", "",
             "def api_sig(params):",
             '    """Last.fm signature: md5 of sorted key+value pairs followed by the shared secret."""',
             "    raw = \"\".join(k + str(params[k]) for k in sorted(params) if k not in (\"format\", \"callback\"))",
             "    return hashlib.md5((raw + %s).encode(\"utf-8\")).hexdigest()" % c.nm("scream"), "", "",
             "def session_params(token):",
             '    p = {"method": "auth.getSession", "api_key": API_KEY, "token": token}',
             '    p["api_sig"] = api_sig(p)', "    return p"]
    return path, "python", "\n".join(lines) + "\n"


def t_ytmusic_oauth_json(c):
    r = c.rng
    path = r.choice(["oauth.json", "ytmusic/oauth.json", "config/ytmusic_oauth.json"])
    d = {"scope": "https://www.googleapis.com/auth/youtube", "token_type": "Bearer",
         "refresh_token": bare(c.v), "expires_at": r.randrange(1700000000, 1760000000), "expires_in": 62855}
    return path, "json", json.dumps(d, indent=r.choice([1, 2])) + "\n"


def t_google_client_json(c):
    r = c.rng
    path = r.choice(["client_secret.json", "credentials/client_secret.json", "ytmusic/client_secrets.json"])
    proj = "%s-%d" % (r.choice(["ytmusic-sync", "radio-uploader", "playlist-mirror"]), r.randrange(100000, 999999))
    d = {"installed": {"client_id": c.pid, "project_id": proj,
                       "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                       "token_uri": "https://oauth2.googleapis.com/token",
                       "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
                       "client_secret": bare(c.v), "redirect_uris": ["http://localhost"]}}
    return path, "json", json.dumps(d, indent=2) + "\n"


def t_discogs_client(c):
    r = c.rng
    path = r.choice(["collection_export.py", "scripts/discogs_sync.py", "crate/discogs.py"])
    lines = ["import csv", "", "import discogs_client", "", 'UA = "%s"' % r.choice(["CrateDigger/1.4", "VinylShelf/0.2"])]
    if c.k["id"] == "discogs_token":
        lines.append("d = discogs_client.Client(UA, user_token=%s)" % qv(c.v, "py"))
    else:
        lines += ["d = discogs_client.Client(", "    UA,", '    consumer_key="%s",' % c.pid,
                  "    consumer_secret=%s," % qv(c.v, "py"), ")"]
    lines += ["me = d.identity()", "", "with open(\"collection.csv\", \"w\", newline=\"\") as fh:",
              "    w = csv.writer(fh)", "    w.writerow([\"release_id\", \"artist\", \"title\", \"year\"])",
              "    for item in me.collection_folders[0].releases:",
              "        rel = item.release",
              "        w.writerow([rel.id, rel.artists[0].name, rel.title, rel.year])"]
    return path, "python", "\n".join(lines) + "\n"


def t_plex_kometa(c):
    r = c.rng
    path = r.choice(["config/config.yml", "kometa/config.yml", "plex-meta-manager/config.yml"])
    lines = ["libraries:", "  Music:", "    collection_files:", "      - file: config/music.yml", "",
             "settings:", "  cache: true", "  cache_expiration: 60", "  asset_directory: config/assets", "",
             "plex:", "  url: http://%s:32400" % r.choice(["192.168.1.20", "plex", "plex.lan"]),
             "  token: %s" % quote_yaml(bare(c.v)), "  timeout: 60", "  clean_bundles: false",
             "  empty_trash: false", "", "tmdb:", "  apikey: ${TMDB_API_KEY}", "  language: en"]
    return path, "yaml", "\n".join(lines) + "\n"


def t_tautulli_ini(c):
    r = c.rng
    path = r.choice(["tautulli/config.ini", "config/tautulli.ini"])
    lines = ["[General]", "http_port = 8181", "http_host = 0.0.0.0", "launch_browser = 0", "", "[PMS]",
             "pms_ip = %s" % r.choice(["192.168.1.20", "plex.lan"]), "pms_port = 32400", "pms_ssl = 0",
             "pms_token = %s" % bare(c.v), "pms_name = %s" % r.choice(["basement", "nas", "media01"]),
             "pms_is_remote = 0"]
    return path, "ini", "\n".join(lines) + "\n"


def t_lidarr_xml(c):
    r = c.rng
    path = r.choice(["lidarr/config.xml", "config/lidarr/config.xml"])
    lines = ["<Config>", "  <BindAddress>*</BindAddress>", "  <Port>8686</Port>", "  <SslPort>6868</SslPort>",
             "  <EnableSsl>False</EnableSsl>", "  <LaunchBrowser>False</LaunchBrowser>",
             "  <ApiKey>%s</ApiKey>" % bare(c.v), "  <AuthenticationMethod>Forms</AuthenticationMethod>",
             "  <Branch>master</Branch>", "  <LogLevel>info</LogLevel>", "  <UrlBase></UrlBase>",
             "  <InstanceName>Lidarr</InstanceName>", "</Config>"]
    return path, "xml", "\n".join(lines) + "\n"


def t_subsonic_url_password(c):
    r = c.rng
    path = r.choice(["bin/star-current.sh", "scripts/navidrome_scan.sh", "tools/subsonic-ping.sh"])
    host = r.choice(["music.lan", "navidrome.home.arpa", "127.0.0.1:4533"])
    lines = ["#!/bin/sh", "# trigger a library scan on navidrome", "",
             "curl -s %s" % s_in("sh", "http://%s/rest/startScan?u=%s&p=" % (host, c.pid or "admin"), c.v,
                                  "&v=1.16.1&c=cron&f=json"), "",
             "sleep %d" % r.choice([5, 30, 60]), 'echo "scan requested"']
    return path, "shell", "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# negative look-alike material
# ---------------------------------------------------------------------------
def sp_id(rng):
    return rs(rng, B62, 22)


def isrc(rng):
    return rng.choice(["US", "GB", "DE", "SE", "FR", "JP", "NL", "QZ"]) + rs(rng, UPNUM, 3) + \
        "%02d" % rng.randrange(0, 26) + "%05d" % rng.randrange(100000)


def gtin(rng, n):
    d = [rng.randrange(10) for _ in range(n - 1)]
    s = 0
    for i, x in enumerate(reversed(d)):
        s += x * (3 if i % 2 == 0 else 1)
    return "".join(map(str, d)) + str((10 - s % 10) % 10)


def yt_video(rng):
    return rs(rng, B64URL, 10) + rng.choice("AEIMQUYcgkosw048")


def yt_channel(rng):
    return "UC" + rs(rng, B64URL, 21) + rng.choice("AQgw")


def acoustid_fp(rng):
    return "AQAD" + rs(rng, B64URL, rng.randrange(180, 320))


def sha256_of(rng):
    return hashlib.sha256(bytes(rng.randrange(256) for _ in range(64))).hexdigest()


def md5_of(rng):
    return hashlib.md5(bytes(rng.randrange(256) for _ in range(64))).hexdigest()


def sha1_of(rng):
    return hashlib.sha1(bytes(rng.randrange(256) for _ in range(64))).hexdigest()


def d_spotify_playlist(rng):
    path = rng.choice(["data/playlists/%s.json" % rng.choice(["late-night", "focus", "morning-show"]),
                       "exports/spotify_playlist.json", "fixtures/playlist_tracks.json"])
    items = []
    for _ in range(rng.randrange(2, 3)):
        tid, aid, alb = sp_id(rng), sp_id(rng), sp_id(rng)
        items.append({"added_at": "20%02d-%02d-%02dT%02d:%02d:00Z" % (rng.randrange(18, 26), rng.randrange(1, 13),
                                                                   rng.randrange(1, 29), rng.randrange(24), rng.randrange(60)),
                      "track": {"id": tid, "uri": "spotify:track:" + tid, "name": rng.choice(TITLES),
                                "artists": [{"id": aid, "name": rng.choice(ARTISTS), "uri": "spotify:artist:" + aid}],
                                "album": {"id": alb, "uri": "spotify:album:" + alb},
                                "external_ids": {"isrc": isrc(rng)}, "duration_ms": rng.randrange(120000, 420000),
                                "popularity": rng.randrange(100)}})
    pid = sp_id(rng)
    d = {"id": pid, "uri": "spotify:playlist:" + pid, "snapshot_id": b64_bytes(rng, 24, urlsafe=False),
         "name": rng.choice(STATIONS), "tracks": {"items": items}}
    return path, "json", json.dumps(d, indent=2, ensure_ascii=False) + "\n", "spotify", "track_album_playlist_ids"


def d_catalog_csv(rng):
    path = rng.choice(["data/releases.csv", "catalog/tracks.csv", "reports/royalty_statement_q%d.csv" % rng.randrange(1, 5)])
    lines = ["isrc,upc,musicbrainz_recording_id,artist,title,duration_s,plays"]
    for _ in range(rng.randrange(6, 20)):
        lines.append("%s,%s,%s,%s,%s,%d,%d" % (isrc(rng), gtin(rng, rng.choice([12, 13])), uuid4(rng),
                                                rng.choice(ARTISTS), rng.choice(TITLES), rng.randrange(120, 480),
                                                rng.randrange(10, 100000)))
    return path, "csv", "\n".join(lines) + "\n", "catalog", "isrc_upc_mbid"


def d_podcast_rss(rng):
    path = rng.choice(["public/feed.xml", "podcast/rss.xml", "site/static/podcast.xml"])
    title = rng.choice(["Deep Cuts", "The Vinyl Hour", "Night Shift Talks", "Crate Stories"])
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0">',
             "  <channel>", "    <title>%s</title>" % title, "    <link>https://podcast.example-fm.org/</link>",
             "    <podcast:guid>%s</podcast:guid>" % uuid4(rng), "    <itunes:author>%s</itunes:author>" % rng.choice(STATIONS),
             "    <podcast:locked>no</podcast:locked>"]
    for n in range(rng.randrange(2, 4)):
        lines += ["    <item>", "      <title>Episode %d</title>" % (n + 10),
                  '      <guid isPermaLink="false">%s</guid>' % uuid4(rng),
                  '      <enclosure url="https://cdn.example-fm.org/ep/%s.mp3" length="%d" type="audio/mpeg"/>'
                  % (md5_of(rng)[:12], rng.randrange(10 ** 7, 10 ** 8)),
                  "      <itunes:duration>%d</itunes:duration>" % rng.randrange(1200, 4800), "    </item>"]
    lines += ["  </channel>", "</rss>"]
    return path, "xml", "\n".join(lines) + "\n", "podcast", "rss_feed_guids"


def d_checksums(rng):
    kind = rng.choice(["sha", "md5", "ffp"])
    files = ["%02d - %s.flac" % (i + 1, rng.choice(TITLES)) for i in range(rng.randrange(5, 12))]
    if kind == "sha":
        path = rng.choice(["audio/SHA256SUMS", "masters/checksums.sha256", "release/SHA256SUMS.txt"])
        lines = ["%s  %s" % (sha256_of(rng), f) for f in files]
        ft = "checksums"
    elif kind == "md5":
        path = rng.choice(["audio/album.md5", "masters/checksums.md5"])
        lines = ["%s *%s" % (md5_of(rng), f) for f in files]
        ft = "checksums"
    else:
        path = rng.choice(["rips/album.ffp", "audio/fingerprints.ffp"])
        lines = [";Generated by foobar2000 / flac --show-md5sum", ""] + ["%s:%s" % (f, md5_of(rng)) for f in files]
        ft = "ffp"
    return path, ft, "\n".join(lines) + "\n", "audio", "file_hashes"


def d_acoustid(rng):
    path = rng.choice(["fixtures/acoustid_lookup.json", "tests/data/acoustid_response.json", "cache/fingerprints.json"])
    d = {"status": "ok", "results": [{"id": uuid4(rng), "score": round(rng.uniform(0.8, 1.0), 6),
                                      "recordings": [{"id": uuid4(rng), "title": rng.choice(TITLES),
                                                      "artists": [{"id": uuid4(rng), "name": rng.choice(ARTISTS)}]}]}],
         "fingerprint": acoustid_fp(rng), "duration": rng.randrange(120, 420)}
    return path, "json", json.dumps(d, indent=2, ensure_ascii=False) + "\n", "acoustid", "fingerprint_mbids"


def d_acr_response(rng):
    path = rng.choice(["tests/fixtures/acrcloud_result.json", "samples/acr_music_match.json"])
    d = {"status": {"msg": "Success", "code": 0, "version": "1.0"},
         "metadata": {"timestamp_utc": "2024-0%d-1%d 08:%02d:11" % (rng.randrange(1, 9), rng.randrange(10), rng.randrange(60)),
                      "music": [{"acrid": hexs(rng, 32), "title": rng.choice(TITLES),
                                 "artists": [{"name": rng.choice(ARTISTS)}], "external_ids": {"isrc": isrc(rng),
                                                                                               "upc": gtin(rng, 12)},
                                 "external_metadata": {"spotify": {"track": {"id": sp_id(rng)}},
                                                       "deezer": {"track": {"id": str(rng.randrange(10 ** 8, 10 ** 10))}},
                                                       "youtube": {"vid": yt_video(rng)}},
                                 "score": 100, "play_offset_ms": rng.randrange(1000, 200000)}]},
         "cost_time": round(rng.uniform(0.5, 2.5), 3), "result_type": 0}
    return path, "json", json.dumps(d, indent=2) + "\n", "acrcloud", "acrid_isrc"


def d_spotify_client_id_only(rng):
    path = rng.choice(["spotify_sync.py", "app/spotify.py", "scripts/top_tracks.py"])
    lines = ["import os", "", "import spotipy", "from spotipy.oauth2 import SpotifyClientCredentials", "",
             "# the client id is public (shown in the OAuth consent URL); the secret is injected by CI",
             'CLIENT_ID = "%s"' % hexs(rng, 32), "", "auth = SpotifyClientCredentials(",
             "    client_id=CLIENT_ID,", '    client_secret=os.environ["SPOTIFY_CLIENT_SECRET"],', ")",
             "sp = spotipy.Spotify(auth_manager=auth)", "",
             "for t in sp.artist_top_tracks('spotify:artist:%s')['tracks'][:10]:" % sp_id(rng),
             "    print(t['name'], t['external_ids'].get('isrc'))"]
    return path, "python", "\n".join(lines) + "\n", "spotify", "client_id_only"


def d_lastfm_key_placeholder(rng):
    fmt = rng.choice(["py", "yaml", "env"])
    key = hexs(rng, 32)
    if fmt == "py":
        path = "scrobbler/settings.py"
        text = "\n".join(["# Last.fm application (key is public, shared secret lives in the vault)",
                          'LASTFM_API_KEY = "%s"' % key, 'LASTFM_API_SECRET = "<shared-secret-from-vault>"',
                          'LASTFM_USER = "%s"' % rng.choice(USERS), "SCROBBLE_THRESHOLD = 0.5"]) + "\n"
        ft = "python"
    elif fmt == "yaml":
        path = "config/lastfm.yml"
        text = "\n".join(["lastfm:", "  api_key: %s" % key, '  api_secret: "YOUR_SHARED_SECRET"',
                          "  username: %s" % rng.choice(USERS), "  scrobble: true"]) + "\n"
        ft = "yaml"
    else:
        path = ".env.example"
        text = "\n".join(["# copy to .env and fill in", "LASTFM_API_KEY=%s" % key, "LASTFM_API_SECRET=",
                          "LASTFM_SESSION_KEY=", "NAVIDROME_URL=http://localhost:4533"]) + "\n"
        ft = "dotenv"
    return path, ft, text, "lastfm", "api_key_with_placeholder_secret"


def d_musicbrainz(rng):
    path = rng.choice(["tagger/mb_lookup.py", "scripts/fix_tags.py"])
    lines = ["import musicbrainzngs", "",
             'musicbrainzngs.set_useragent("crate-tagger", "0.4", "https://github.com/crate-digger/tagger")', "",
             "KNOWN_RELEASES = {"]
    for _ in range(rng.randrange(3, 7)):
        lines.append('    "%s": "%s",' % (rng.choice(TITLES), uuid4(rng)))
    lines += ["}", "", "", "def release(title):",
              "    return musicbrainzngs.get_release_by_id(KNOWN_RELEASES[title], includes=[\"recordings\", \"isrcs\"])"]
    return path, "python", "\n".join(lines) + "\n", "musicbrainz", "mbids"


def d_navidrome_compose(rng):
    path = rng.choice(["docker-compose.yml", "navidrome/compose.yaml"])
    lines = ["services:", "  navidrome:", "    image: deluan/navidrome:latest", "    user: 1000:1000",
             "    ports:", '      - "4533:4533"', "    restart: unless-stopped", "    environment:",
             "      ND_SCANSCHEDULE: 1h", "      ND_LOGLEVEL: info", "      ND_SESSIONTIMEOUT: 24h",
             "      ND_BASEURL: \"\"", "      ND_LASTFM_ENABLED: \"true\"", "      ND_LASTFM_APIKEY: %s" % hexs(rng, 32),
             "      ND_LASTFM_SECRET: ${ND_LASTFM_SECRET}", "      ND_SPOTIFY_ID: %s" % hexs(rng, 32),
             "      ND_SPOTIFY_SECRET: ${ND_SPOTIFY_SECRET:?set in .env}", "    volumes:",
             '      - "./data:/data"', '      - "%s:/music:ro"' % rng.choice(LIBS)]
    return path, "docker-compose", "\n".join(lines) + "\n", "navidrome", "public_ids_env_refs"


def d_i18n(rng):
    lang = rng.choice(["fr", "de", "es", "pt-BR", "ja"])
    path = rng.choice(["locales/%s.json" % lang, "src/i18n/%s.json" % lang, "public/locales/%s/common.json" % lang])
    tr = {"fr": ("Mot de passe", "Clé de stream", "Jeton d'accès", "Secret client"),
          "de": ("Passwort", "Stream-Schlüssel", "Zugriffstoken", "Client-Geheimnis"),
          "es": ("Contraseña", "Clave de transmisión", "Token de acceso", "Secreto del cliente"),
          "pt-BR": ("Senha", "Chave de transmissão", "Token de acesso", "Segredo do cliente"),
          "ja": ("パスワード", "ストリームキー", "アクセストークン", "クライアントシークレット")}[lang]
    d = {"login": {"password": tr[0], "forgot_password": "…"}, "stream": {"stream_key": tr[1],
                                                                          "stream_key_help": tr[1] + " (OBS)"},
         "integrations": {"spotify_client_secret": tr[3], "plex_token": "Plex " + tr[2], "genius_access_token": tr[2]},
         "player": {"now_playing": "♪", "next": "»"}}
    return path, "json", json.dumps(d, indent=2, ensure_ascii=False) + "\n", "i18n", "translation_strings"


def d_subsonic_test(rng):
    path = rng.choice(["tests/test_subsonic_auth.py", "tests/unit/test_token.py"])
    lines = ["import hashlib", "", "from sonicbar.auth import make_token", "", "",
             "def test_token_matches_api_docs_example():",
             '    # example from the Subsonic API documentation: password "sesame", salt "c19b2d"',
             '    assert make_token("sesame", "c19b2d") == "26719a1196d2a940705a59634eb18eab"', "", "",
             "def test_token_is_md5_of_password_plus_salt():",
             '    assert make_token("x", "y") == hashlib.md5(b"xy").hexdigest()']
    return path, "python", "\n".join(lines) + "\n", "subsonic", "docs_test_vector"


def d_pi_docs_example(rng):
    path = rng.choice(["docs/podcastindex.md", "README.md"])
    lines = ["# Podcast Index client", "", "Every request is signed: `Authorization = sha1(key + secret + unix_time)`.",
             "The official example code uses this sample pair (it does not work against the live API):", "",
             "```php", '$apiKey = "UXKCGDSYGUUEVQJSYDZH";', '$apiSecret = "yzJe2eE7XV-3eY576dyRZ6wXyAbndh6LUrCZ8KN|";',
             "```", "", "Put your own pair in `.env` as `PODCASTINDEX_API_KEY` / `PODCASTINDEX_API_SECRET`."]
    return path, "markdown", "\n".join(lines) + "\n", "podcastindex", "docs_example_pair"


def d_musickit_public(rng):
    kid = p_keyid(rng)
    path = rng.choice(["docs/musickit.md", "config/apple-music.yml"])
    if path.endswith(".md"):
        lines = ["# MusicKit setup", "", "- Team ID: `%s`" % mixed(rng, UPNUM, 10, need=(DIG, UPP)),
                 "- Key ID: `%s` (the .p8 is in 1Password, item *Apple Music key*)" % kid, "",
                 "Public key (for verifying our developer tokens in tests):", "", "```", g_p8_public(rng), "```"]
        ft = "markdown"
    else:
        lines = ["apple_music:", "  team_id: %s" % mixed(rng, UPNUM, 10, need=(DIG, UPP)), "  key_id: %s" % kid,
                 "  private_key_path: /run/secrets/AuthKey_%s.p8" % kid, "  token_ttl: 15777000",
                 "  storefront: us"]
        ft = "yaml"
    return path, ft, "\n".join(lines) + "\n", "apple", "key_id_public_key"


def d_plex_prefs(rng):
    path = rng.choice(["plex/Preferences.example.xml", "docs/plex-preferences.xml"])
    text = ('<?xml version="1.0" encoding="utf-8"?>\n<!-- PlexOnlineToken removed before committing -->\n'
            '<Preferences OldestPreviousVersion="1.32.%d"\n'
            '    MachineIdentifier="%s"\n    ProcessedMachineIdentifier="%s"\n'
            '    AnonymousMachineIdentifier="%s"\n    MetricsEpoch="1" AcceptedEULA="1"\n'
            '    FriendlyName="%s" PublishServerOnPlexOnlineKey="1"\n'
            '    TranscoderTempDirectory="/transcode" ManualPortMappingMode="1" ManualPortMappingPort="32400"/>\n'
            % (rng.randrange(1000, 9000), uuid4(rng), sha1_of(rng), uuid4(rng), rng.choice(["basement", "nas", "media01"])))
    return path, "xml", text, "plex", "machine_identifiers"


def d_jellyfin_webhook(rng):
    path = rng.choice(["tests/fixtures/jellyfin_webhook.json", "samples/jellyfin_playback_start.json"])
    d = {"ServerId": hexs(rng, 32), "ServerName": rng.choice(["jelly", "media01"]), "ServerVersion": "10.9.7",
         "NotificationType": "PlaybackStart", "ItemId": hexs(rng, 32), "ItemType": "Audio",
         "Name": rng.choice(TITLES), "Artist": rng.choice(ARTISTS), "DeviceId": b64_bytes(rng, 30),
         "UserId": hexs(rng, 32), "Provider_musicbrainztrack": uuid4(rng)}
    return path, "json", json.dumps(d, indent=2, ensure_ascii=False) + "\n", "jellyfin", "server_item_ids"


def d_youtube_ids(rng):
    path = rng.choice(["data/channels.yml", "config/youtube_sources.yaml"])
    lines = ["# channels we mirror into the radio schedule (ids are public)", "channels:"]
    for _ in range(rng.randrange(3, 6)):
        lines += ["  - name: %s" % rng.choice(ARTISTS), "    channel_id: %s" % yt_channel(rng),
                  "    pinned_video: %s" % yt_video(rng), "    playlist: PL%s" % rs(rng, B64URL, 32)]
    return path, "yaml", "\n".join(lines) + "\n", "youtube", "channel_video_ids"


def d_lockfile(rng):
    if rng.random() < 0.5:
        path = "package-lock.json"
        pk = {}
        for name in rng.sample(["spotify-web-api-node", "lastfm-node-client", "icecast-metadata-player",
                                "music-metadata", "node-id3", "axios", "discord.js", "@discordjs/voice"], 4):
            pk["node_modules/" + name] = {"version": "%d.%d.%d" % (rng.randrange(1, 15), rng.randrange(20), rng.randrange(10)),
                                          "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (name, name.split("/")[-1]),
                                          "integrity": "sha512-" + b64_bytes(rng, 64)}
        d = {"name": "nowplaying-widget", "version": "0.3.1", "lockfileVersion": 3, "requires": True, "packages": pk}
        return path, "json", json.dumps(d, indent=2) + "\n", "npm", "lockfile_integrity"
    path = "Cargo.lock"
    lines = ["# This file is automatically @generated by Cargo.", "# It is not intended for manual editing.",
             "version = 3", ""]
    for name in rng.sample(["symphonia", "rodio", "cpal", "lofty", "rspotify", "reqwest", "serde", "tokio"], 4):
        lines += ["[[package]]", 'name = "%s"' % name, 'version = "0.%d.%d"' % (rng.randrange(30), rng.randrange(10)),
                  'source = "registry+https://github.com/rust-lang/crates.io-index"',
                  'checksum = "%s"' % sha256_of(rng), ""]
    return path, "cargo-lock", "\n".join(lines), "cargo", "lockfile_checksums"


def d_sops(rng):
    path = rng.choice(["secrets/radio.enc.yaml", "k8s/secrets.sops.yaml"])
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64_bytes(rng, n), b64_bytes(rng, 32), b64_bytes(rng, 16))
    lines = ["spotify_client_secret: %s" % enc(32), "icecast_source_password: %s" % enc(14),
             "sops:", "    age:", "        - recipient: age1%s" % rs(rng, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58),
             "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----"]
    blob = b64_bytes(rng, 180)
    lines += ["            " + blob[i:i + 64] for i in range(0, len(blob), 64)]
    lines += ["            -----END AGE ENCRYPTED FILE-----",
              "    lastmodified: \"2025-0%d-1%dT10:%02d:00Z\"" % (rng.randrange(1, 9), rng.randrange(10), rng.randrange(60)),
              "    mac: %s" % enc(32), "    version: 3.9.1"]
    return path, "sops-yaml", "\n".join(lines) + "\n", "sops", "ciphertext"


def d_ansible_vault(rng):
    path = rng.choice(["group_vars/radio/vault.yml", "inventory/group_vars/all/vault.yml"])
    body = "".join(rs(rng, HEX, 80) + "\n" for _ in range(rng.randrange(5, 9)))
    return path, "ansible-vault", "$ANSIBLE_VAULT;1.1;AES256\n" + body, "ansible", "ciphertext"


def d_hls(rng):
    path = rng.choice(["public/hls/live.m3u8", "stream/index.m3u8"])
    lines = ["#EXTM3U", "#EXT-X-VERSION:3", "#EXT-X-TARGETDURATION:6", "#EXT-X-MEDIA-SEQUENCE:%d" % rng.randrange(1000, 90000)]
    for _ in range(rng.randrange(4, 8)):
        lines += ["#EXTINF:6.000,", "live-%s.ts" % hexs(rng, 16)]
    return path, "m3u8", "\n".join(lines) + "\n", "hls", "segment_names"


def d_cue(rng):
    path = rng.choice(["rips/album.cue", "masters/release.cue"])
    lines = ["REM GENRE %s" % rng.choice(GENRES).capitalize(), "REM DATE %d" % rng.randrange(1970, 2025),
             "REM DISCID %s" % rs(rng, HEXU, 8), 'REM COMMENT "ExactAudioCopy v1.6"', "CATALOG %s" % gtin(rng, 13),
             'PERFORMER "%s"' % rng.choice(ARTISTS), 'TITLE "%s"' % rng.choice(TITLES), 'FILE "album.flac" WAVE']
    for i in range(rng.randrange(3, 8)):
        lines += ["  TRACK %02d AUDIO" % (i + 1), '    TITLE "%s"' % rng.choice(TITLES), "    ISRC %s" % isrc(rng),
                  "    INDEX 01 %02d:%02d:%02d" % (i * 4, rng.randrange(60), rng.randrange(75))]
    return path, "cue", "\n".join(lines) + "\n", "catalog", "cue_isrc_upc"


def d_changelog(rng):
    path = rng.choice(["CHANGELOG.md", "docs/releases.md"])
    lines = ["# Changelog", ""]
    for v in range(rng.randrange(3, 6)):
        lines += ["## v0.%d.%d" % (9 - v, rng.randrange(10)), ""]
        for _ in range(rng.randrange(2, 4)):
            lines.append("- %s (%s)" % (rng.choice(["fix icecast reconnect loop", "add Last.fm scrobble retries",
                                                    "cache Spotify token in memory", "new liquidsoap crossfade",
                                                    "rotate stream key via admin UI", "mask secrets in logs"]),
                                        sha1_of(rng)[:rng.choice([7, 8, 40])]))
        lines.append("")
    return path, "markdown", "\n".join(lines), "git", "commit_shas"


def d_notebook_features(rng):
    path = rng.choice(["notebooks/audio_features.ipynb", "analysis/track_similarity.ipynb"])
    ids = [sp_id(rng) for _ in range(rng.randrange(4, 8))]
    cells = [("markdown", "# Audio features\nIds come from the public playlist export; credentials via env."),
             ("code", "import os\nimport spotipy\nfrom spotipy.oauth2 import SpotifyClientCredentials\n\n"
                      "sp = spotipy.Spotify(auth_manager=SpotifyClientCredentials())  # reads SPOTIPY_CLIENT_ID/SECRET"),
             ("code", "track_ids = [\n" + "\n".join('    "%s",' % t for t in ids) + "\n]\nfeatures = sp.audio_features(track_ids)"),
             ("code", "import hashlib\nhashlib.sha256(open('masters/01.flac','rb').read()).hexdigest()\n# '%s'" % sha256_of(rng))]
    return path, "ipynb", nb_json(cells), "spotify", "track_ids_hashes"


def d_masked_runbook(rng):
    path = rng.choice(["notes/runbook.md", "docs/incident-2025-0%d.md" % rng.randrange(1, 9)])
    lines = ["# Stream outage runbook", "", "1. Check the icecast status page: `curl -s http://icecast.lan:8000/status-json.xsl | jq .`",
             "2. The source password is in the vault at `secret/radio/icecast#source`; do NOT paste it here.",
             "3. The log shows it masked like this:", "", "```",
             "[2025-03-0%d 02:14:07] source connect from 10.0.4.12 mount=/live user=source password=********" % rng.randrange(1, 9),
             "[2025-03-0%d 02:14:07] liquidsoap: harbor auth ok (password=<redacted>)" % rng.randrange(1, 9),
             "[2025-03-0%d 02:14:09] twitch push rtmp://live.twitch.tv/app/live_**********_************" % rng.randrange(1, 9),
             "```", "", "4. Stream key for YouTube has the shape `xxxx-xxxx-xxxx-xxxx-xxxx`; rotate it in YouTube Studio."]
    return path, "markdown", "\n".join(lines) + "\n", "icecast", "masked_log_values"


def d_liquidsoap_env(rng):
    path = rng.choice(["radio.liq", "liquidsoap/autodj.liq"])
    lines = ["#!/usr/bin/liquidsoap", 'pw = environment.get("HARBOR_PASSWORD")',
             'if pw == "" then', '  log.critical("HARBOR_PASSWORD not set")', '  shutdown()', "end", "",
             'live = input.harbor("live", port=8005, password=pw)',
             'jingles = playlist("/srv/jingles")', 'music = playlist(mode="randomize", "%s")' % rng.choice(LIBS),
             "radio = fallback(track_sensitive=false, [live, rotate(weights=[1, 5], [jingles, music])])",
             "output.icecast(%mp3(bitrate=192), host=\"icecast\", port=8000,",
             '  password=environment.get("ICECAST_SOURCE_PASSWORD"), mount="/live", radio)']
    return path, "liquidsoap", "\n".join(lines) + "\n", "liquidsoap", "env_reference"


def d_discogs_release(rng):
    path = rng.choice(["tests/fixtures/discogs_release.json", "cache/discogs/%d.json" % rng.randrange(10 ** 6, 10 ** 7)])
    rid = rng.randrange(10 ** 6, 3 * 10 ** 7)
    d = {"id": rid, "title": rng.choice(TITLES), "year": rng.randrange(1970, 2025),
         "resource_url": "https://api.discogs.com/releases/%d" % rid, "uri": "https://www.discogs.com/release/%d" % rid,
         "identifiers": [{"type": "Barcode", "value": gtin(rng, 12)}, {"type": "Matrix / Runout", "value": "SBR-%d A" % rng.randrange(100, 999)}],
         "images": [{"type": "primary", "uri": "https://i.discogs.com/%s/rs:fit/g:sm/q:90/h:600/w:600/czM6Ly9kaXNjb2dz.jpeg" % b64_bytes(rng, 32, urlsafe=True, pad=False)}],
         "master_id": rng.randrange(10 ** 5, 10 ** 7)}
    return path, "json", json.dumps(d, indent=2) + "\n", "discogs", "release_ids_image_hashes"


def d_go_test_hashes(rng):
    path = rng.choice(["internal/tagger/hash_test.go", "pkg/audio/fingerprint_test.go"])
    pkg = path.split("/")[-2]
    lines = ["package %s" % pkg, "", 'import "testing"', "", "var goldenHashes = map[string]string{"]
    for i in range(rng.randrange(3, 6)):
        lines.append('\t"testdata/%02d.flac": "%s",' % (i + 1, sha256_of(rng)))
    lines += ["}", "", "func TestHashes(t *testing.T) {", "\tfor path, want := range goldenHashes {",
              "\t\tif got := fileSHA256(t, path); got != want {", '\t\t\tt.Errorf("%s: got %s want %s", path, got, want)',
              "\t\t}", "\t}", "}"]
    return path, "go", "\n".join(lines) + "\n", "audio", "golden_file_hashes"


def d_rust_ids(rng):
    path = rng.choice(["src/fixtures.rs", "tests/ids.rs"])
    lines = ["// public catalogue identifiers used in integration tests", ""]
    lines.append('pub const TRACK_ID: &str = "%s";' % sp_id(rng))
    lines.append('pub const ALBUM_URI: &str = "spotify:album:%s";' % sp_id(rng))
    lines.append('pub const RECORDING_MBID: &str = "%s";' % uuid4(rng))
    lines.append('pub const ISRC: &str = "%s";' % isrc(rng))
    lines.append('pub const DEEZER_TRACK: u64 = %d;' % rng.randrange(10 ** 8, 10 ** 10))
    lines.append('pub const ACOUSTID: &str = "%s";' % uuid4(rng))
    return path, "rust", "\n".join(lines) + "\n", "catalog", "public_ids"


def d_ts_public_config(rng):
    path = rng.choice(["src/config/public.ts", "app/env.client.ts"])
    lines = ["// values safe to ship to the browser", "export const publicConfig = {",
             "  spotifyClientId: '%s'," % hexs(rng, 32), "  deezerAppId: '%d'," % rng.randrange(100000, 999999),
             "  soundcloudClientId: process.env.NEXT_PUBLIC_SC_CLIENT_ID ?? '',",
             "  musicKitStorefront: '%s'," % rng.choice(["us", "de", "gb"]),
             "  lastfmApiKey: '%s'," % hexs(rng, 32), "  sentryDsnPublicKey: undefined,", "};"]
    return path, "typescript", "\n".join(lines) + "\n", "spotify", "public_client_ids"


DOMAIN_NEG = [d_spotify_playlist, d_catalog_csv, d_podcast_rss, d_checksums, d_acoustid, d_acr_response,
              d_spotify_client_id_only, d_lastfm_key_placeholder, d_musicbrainz, d_navidrome_compose, d_i18n,
              d_subsonic_test, d_pi_docs_example, d_musickit_public, d_plex_prefs, d_jellyfin_webhook,
              d_youtube_ids, d_lockfile, d_sops, d_ansible_vault, d_hls, d_cue, d_changelog, d_notebook_features,
              d_masked_runbook, d_liquidsoap_env, d_discogs_release, d_go_test_hashes, d_rust_ids, d_ts_public_config]


# ---------------------------------------------------------------------------
# template registry
# ---------------------------------------------------------------------------
GENERIC = [t_dotenv, t_shell_export, t_py_settings, t_py_bot, t_js_config, t_ts_const, t_go_config, t_rust_const,
           t_yaml_app, t_json_cfg, t_toml, t_compose, t_systemd, t_notebook, t_markdown, t_gh_workflow,
           t_k8s_secret, t_ini, t_properties, t_dockerfile, t_php, t_ansible]
WIRE = [(t_curl, "sh"), (t_py_requests, "py"), (t_js_fetch, "js"), (t_go_http, "go"), (t_rust_reqwest, "rust"),
        (t_http_file, "http")]
# (template, kind ids, naming)   naming: obv = fixed obvious key, var = uses nm(), neu = header/URL/positional
SPECIFIC = [
    (t_spotipy_oauth, ["spotify_secret"], "obv"),
    (t_spotify_refresh_script, ["spotify_refresh"], "var"),
    (t_mopidy_conf, ["mopidy_spotify", "scrobbler_password"], "obv"),
    (t_spotifyd, ["spotifyd_password"], "obv"),
    (t_pylast, ["lastfm_secret", "lastfm_session"], "obv"),
    (t_beets, ["discogs_token", "genius_token"], "obv"),
    (t_icecast_xml, ["icecast_source", "icecast_admin", "icecast_relay"], "obv"),
    (t_liquidsoap, ["harbor_password", "icecast_source"], "var"),
    (t_mpd_conf, ["mpd_password"], "obv"),
    (t_mpc_shell, ["mpd_password"], "neu"),
    (t_ffmpeg_icecast, ["icecast_source", "harbor_password"], "neu"),
    (t_ffmpeg_rtmp, ["twitch_stream", "youtube_stream"], "neu"),
    (t_nginx_rtmp, ["twitch_stream", "youtube_stream"], "neu"),
    (t_obs_service, ["twitch_stream", "youtube_stream"], "obv"),
    (t_p8_file, ["musickit_p8"], "obv"),
    (t_p8_python, ["musickit_p8"], "var"),
    (t_p8_env, ["musickit_p8"], "var"),
    (t_p8_json, ["musickit_p8"], "var"),
    (t_p8_ts, ["musickit_p8"], "var"),
    (t_podcastindex, ["podcastindex_secret"], "var"),
    (t_acrcloud, ["acrcloud_secret"], "var"),
    (t_lastfm_sig, ["lastfm_secret"], "var"),
    (t_ytmusic_oauth_json, ["ytmusic_refresh"], "obv"),
    (t_google_client_json, ["ytmusic_secret"], "obv"),
    (t_discogs_client, ["discogs_token", "discogs_consumer"], "obv"),
    (t_plex_kometa, ["plex_token"], "obv"),
    (t_tautulli_ini, ["plex_token"], "obv"),
    (t_lidarr_xml, ["lidarr_key"], "obv"),
    (t_subsonic_url_password, ["navidrome_password"], "neu"),
]


def candidates(k, obvious, label):
    """Lists (specific, general) of (template, naming) usable for kind k."""
    allowed = ("obv", "var") if obvious else ("neu", "var")
    spec = [(t, n) for t, ids, n in SPECIFIC if k["id"] in ids and n in allowed]
    if label == "neg":
        spec = [(t, n) for t, n in spec if t is not t_p8_file]
    gen = []
    if k["cls"] != "pem":
        gen += [(t, "var") for t in GENERIC]
        if not obvious:
            gen += [(t, "neu") for t, lang in WIRE if supports_wire(k, lang)]
            if k["cls"] in ("api", "password") and k["auth"] not in ("userinfo", "mpd"):
                gen.append((t_py_positional, "neu"))
    return spec, gen


# ---------------------------------------------------------------------------
# negative fills for re-used templates
# ---------------------------------------------------------------------------
PI_DOC_KEY = "UXKCGDSYGUUEVQJSYDZH"
PI_DOC_SECRET = "yzJe2eE7XV-3eY576dyRZ6wXyAbndh6LUrCZ8KN|"
SUBSONIC_DOC_SALT = "c19b2d"
SUBSONIC_DOC_TOKEN = "26719a1196d2a940705a59634eb18eab"


def neg_fill(rng, k):
    """Returns (V, look-alike kind, pid override or None)."""
    words = k["words"]
    kebab = style_join(words, "kebab")
    scream = style_join(words, "scream")
    real_len = len(k["gen"](random.Random(1)))
    roll = rng.random()
    if k["id"] == "podcastindex_secret" and roll < 0.25:
        return V(PI_DOC_SECRET), "docs_example", PI_DOC_KEY
    if k["id"] == "subsonic_token" and roll < 0.3:
        return V(SUBSONIC_DOC_TOKEN), "docs_example", SUBSONIC_DOC_SALT
    if k["id"].startswith("icecast") and roll < 0.2:
        return V("hackme"), "sample_default", None
    r2 = rng.random()
    if k["cls"] == "pem":
        if r2 < 0.4:
            return V(env=k["env"]), "env_reference", None
        opts = ["-----BEGIN PRIVATE KEY-----\\n<contents of AuthKey_XXXXXXXXXX.p8>\\n-----END PRIVATE KEY-----",
                "<paste AuthKey .p8 contents here>", "", "REPLACE_WITH_P8_KEY", "file:/run/secrets/musickit.p8"]
        return V(rng.choice(opts)), "placeholder", None
    if r2 < 0.28:
        return V(env=k["env"]), "env_reference", None
    if r2 < 0.58:
        if k["cls"] == "stream":
            opts = ["<stream-key>", "YOUR_STREAM_KEY", "{stream_key}", "xxxx-xxxx-xxxx-xxxx-xxxx",
                    "live_XXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"]
        elif k["cls"] == "password":
            opts = ["<%s>" % kebab, "CHANGE_ME", "YOUR_PASSWORD", "<password>", "REPLACE_ME", "TODO-set-me"]
        else:
            opts = ["<your-%s>" % kebab, "YOUR_%s" % scream, "your_%s_here" % style_join(words, "snake"),
                    "x" * real_len, "REPLACE_ME", "<%s>" % scream, "PUT_YOUR_KEY_HERE", "0" * real_len,
                    "TODO"]
        return V(rng.choice(opts)), "placeholder", None
    if r2 < 0.72:
        opts = ["vault:secret/data/radio/%s#value" % style_join(words, "snake"),
                "op://Radio/%s/credential" % kebab,
                "arn:aws:secretsmanager:eu-west-1:%d:secret:prod/%s" % (rng.randrange(10 ** 11, 10 ** 12), kebab),
                "{{ vault_%s }}" % style_join(words, "snake"),
                "secretref:%s" % kebab,
                "projects/radio-prod/secrets/%s/versions/latest" % kebab]
        return V(rng.choice(opts)), "secret_manager_reference", None
    if r2 < 0.9:
        n = max(8, min(real_len, 32))
        opts = ["*" * n, "•" * 12, "[REDACTED]", "<redacted>", "***", "x" * 4 + "…" + "x" * 4,
                "****************" + rs(rng, "0123456789", 4)]
        return V(rng.choice(opts)), "masked", None
    return V(""), "empty", None


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------
def line_of(text, needle):
    idx = text.find(needle)
    if idx < 0:
        return -1
    return text[:idx].count("\n") + 1


def balanced_cycle(rng, items, n):
    out = []
    while len(out) < n:
        block = list(items)
        rng.shuffle(block)
        out.extend(block)
    return out[:n]


def pick_template(rng, spec, gen, obvious):
    """Provider-specific templates get a good share; when the name should be neutral, header / URL /
    positional contexts are preferred over neutrally named variables."""
    if spec and (not gen or rng.random() < 0.55):
        return rng.choice(spec)
    if not obvious:
        neu = [x for x in gen if x[1] == "neu"]
        if neu and rng.random() < 0.5:
            return rng.choice(neu)
    return rng.choice(gen)


def make_positive(rng, k, obvious):
    for _attempt in range(20):
        v = V(k["gen"](rng))
        c = Ctx(rng, k, v, obvious, "pos")
        spec, gen = candidates(k, obvious, "pos")
        if not spec and not gen:
            obvious = not obvious
            continue
        t, naming = pick_template(rng, spec, gen, obvious)
        path, ft, text = t(c)
        needle = getattr(c, "needle", None) or v.s
        ln = line_of(text, needle)
        if ln < 1:
            continue
        nl = text.count("\n") + 1
        if nl > 90:
            continue
        return path, ft, text, needle, ln, t.__name__, ("obvious" if naming == "obv" or (naming == "var" and obvious) else "neutral")
    raise RuntimeError("could not build positive for %s" % k["id"])


def make_negative_reuse(rng, k, obvious):
    v, nkind, pid_over = neg_fill(rng, k)
    c = Ctx(rng, k, v, obvious, "neg")
    if pid_over is not None:
        c.pid = pid_over
    spec, gen = candidates(k, obvious, "neg")
    if not spec and not gen:
        spec, gen = candidates(k, not obvious, "neg")
    t, naming = pick_template(rng, spec, gen, obvious)
    path, ft, text = t(c)
    return path, ft, text, nkind, t.__name__


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_cu.py OUTDIR SEED\n")
        return 2
    out = argv[1]
    seed = int(argv[2])
    rng = random.Random(seed)
    n_pos, n_neg = 500, 500
    manifest = []
    secrets = []
    needles = []

    kinds_seq = balanced_cycle(rng, [k["id"] for k in KINDS], n_pos)
    for i, kid in enumerate(kinds_seq):
        k = KIND_BY_ID[kid]
        obvious = (i % 2 == 0) if rng.random() < 0.8 else (rng.random() < 0.5)
        path, ft, text, needle, ln, tname, naming = make_positive(rng, k, obvious)
        rel = "pos/p%04d/%s" % (i, path)
        write(out, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": k["provider"], "kind": k["kind"], "filetype": ft,
                         "template": tname, "naming": naming})
        secrets.append({"file": rel, "needle": needle, "line": ln})
        needles.append(needle)

    n_reuse = n_neg // 2
    neg_kinds = balanced_cycle(rng, [k["id"] for k in KINDS], n_reuse)
    dom_seq = balanced_cycle(rng, list(range(len(DOMAIN_NEG))), n_neg - n_reuse)
    plan = [("reuse", x) for x in neg_kinds] + [("domain", x) for x in dom_seq]
    rng.shuffle(plan)
    for i, (what, x) in enumerate(plan):
        if what == "reuse":
            k = KIND_BY_ID[x]
            path, ft, text, nkind, tname = make_negative_reuse(rng, k, rng.random() < 0.5)
            prov, kind = k["provider"], "%s:%s" % (k["kind"], nkind)
        else:
            fn = DOMAIN_NEG[x]
            path, ft, text, prov, kind = fn(rng)
            tname = fn.__name__
        rel = "neg/n%04d/%s" % (i, path)
        write(out, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ft,
                         "template": tname, "naming": "n/a"})

    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False, sort_keys=True) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False, sort_keys=True) + "\n")
    return 0


def write(out, rel, text):
    p = os.path.join(out, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
