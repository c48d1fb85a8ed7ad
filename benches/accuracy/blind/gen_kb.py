#!/usr/bin/env python3
"""gen_kb.py - blind evaluation set: streaming media servers and broadcast tooling.

EMPHASIS
  Domain: streaming media servers and broadcast tooling.  Providers: Icecast
  (icecast.xml source/relay/admin passwords, mount passwords, icecast:// URLs,
  darkice/ezstream/gstreamer shout2send), SHOUTcast (sc_serv.conf password /
  adminpassword, admin.cgi metadata updates), Liquidsoap (output.icecast,
  output.shoutcast, input.harbor), AzuraCast (azuracast.env, X-API-Key),
  LibreTime (config.yml api_key, rabbitmq, icecast outputs), Wowza
  (admin.password, publish.password, SecureToken shared secret,
  PushPublishMap), nginx-rtmp (push URLs, on_publish key backend,
  secure_link_md5), SRS (srs.conf http_api auth, SRT passphrase), MediaMTX
  (publishPass, readPass, authInternalUsers, SRT passphrases, rtsp:// URLs),
  Ant Media Server (jwtServerSecretKey, jwtSecretKey, tokenHashSecret),
  Owncast (stream key, admin basic auth, integration access token), OBS Studio
  (service.json), Twitch / YouTube / Kick / Restream / Castr / Facebook RTMP
  ingest stream keys, Janus (api_secret, admin_secret, streaming mountpoint
  secret, apisecret in janus.js), Jitsi Meet (prosody app_secret,
  component_secret, JWT_APP_SECRET, jicofo password), Red5 (keystore pass),
  Nimble Streamer, SRT passphrases (ffmpeg, srt-live-transmit, gstreamer),
  HLS AES-128 keys (hex) and key URIs with tokens, signed-URL secrets.
  File types: xml, conf, yml/yaml, json, liq, sh, Dockerfile, docker-compose,
  systemd .service, py, js, lua, cfg/ini, properties, toml, tf, sql, csv, log,
  md, m3u8, txt, hocon (.conf), html, sdp, mpd.

USAGE
  python3 -B gen_kb.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line
  per positive: file, needle, 1-based line of the needle's first occurrence;
  asserted against the written file).  All randomness comes from one
  random.Random(SEED); output is byte-identical for one seed.

NEEDLE CONVENTIONS
  The needle is the secret value only, exactly as written:
  - URLs with credentials (icecast://source:PW@host, rtsp://user:PW@host):
    the password only.
  - RTMP ingest URLs (rtmp://host/app/KEY): the stream key only (for Castr
    the whole "live_...?password=..." key as the service hands it out).
  - URLs with a token/passphrase query parameter: the parameter value only.
  - Headers (X-API-Key: K, Authorization: Bearer T): the value only.
  - user/password pairs (Wowza admin.password "user PW group", curl -u
    user:PW, requests auth tuples): the password only.
  - AzuraCast API keys are written and recorded whole (id:verifier).
  - HLS AES-128 keys: the 32 hex characters.
  - No multi-line secrets are generated in this set (no private keys), so a
    needle is always on one line.

NEGATIVES
  250 re-use the positive templates with the secret slot holding something
  that is not a secret: placeholders (<source-password>, YOUR_STREAM_KEY_HERE,
  changeme, xxxx...), empty values, masked values (****, live_****,
  [REDACTED]), environment / secret-manager references (${VAR}, os.environ,
  process.env, os.getenv, environment.get, op://, vault paths, Helm/Jinja/ERB
  expressions), documented defaults and documentation examples (Icecast
  "hackme", Owncast "abc123", Twitch docs "live_user_123456789",
  Janus "janusrocks"/"janusoverlord", Node-Media-Server
  "nodemedia2017privatekey").  250 are domain look-alikes: HLS playlists with
  #EXT-X-KEY URIs without tokens and IV values, master playlists with CODECS,
  DASH MPDs with default_KID and PSSH base64, SDP sprop-parameter-sets,
  status JSON, AzuraCast now-playing song ids (md5), SHA256SUMS, image
  digests, npm integrity hashes, UUID inventories, Twitch client ids (public),
  YouTube channel/video ids, public keys and certificates, OBS logs with the
  key masked, srt-live-transmit stats, access logs, hls keyinfo files
  (no key bytes), playback URLs, signed-URL md5 signatures.  No negative is
  written to a .env/.env.local/... file (.env.example is used instead).

FORMATS CHECKED (search tool, docs/pages/code corpora)
  - Twitch developer docs: rtmp://<ingest-server>/app/<stream-key>, example
    "live_user_123456789"; real keys live_<user-id>_<30 alnum> seen in
    third-party docs (api.video restream example).
  - Kick: ingest rtmps://fa723fc1b171.global-contribute.live-video.net/app,
    keys start "sk_us-west-2_" (Amazon IVS style sk_<region>_<12>_<30>).
  - YouTube: rtmp://a.rtmp.youtube.com/live2/<key>; keys are 5 groups of 4.
  - icecast.xml default: <source-password>, <relay-password>, <admin-user>,
    <admin-password>, default value "hackme".
  - MediaMTX: publishUser/publishPass/readUser/readPass, "sha256:" hashed
    values allowed; default ports 8554/1935/8888/8889/8890/9997.
  - Haivision SRT docs: passphrase 10..79 printable characters; pbkeylen
    16/24/32.
  - Owncast: default stream key abc123 (Cloudron docs), -streamkey flag,
    admin API uses HTTP basic auth with the admin password.
  - Ant Media: jwtSecretKey "min 32 chars", tokenHashSecret, server settings
    in conf/red5.properties, management JWT signed with
    server.jwtServerSecretKey.
  - Node-Media-Server config default secret "nodemedia2017privatekey".
  Search results were documentation pages, vendor config samples and
  third-party tutorials; no secret scanner's rule code was opened.

DOUBTS
  - Restream key layout (re_<digits>_<hex>), Castr (live_<hex>?password=<hex>)
    and Facebook (FB-<digits>-0-<alnum>) are from memory of real keys, not
    confirmed by provider documentation.
  - Kick keys: only the "sk_us-west-2_" prefix was seen; the 12+30 body is
    assumed from the Amazon IVS layout.
  - YouTube key alphabet (lowercase + digits) assumed.
  - AzuraCast API key as <16 hex>:<32 hex>, LibreTime api_key length, Wowza
    SecureToken shared secret as 16 hex, Nimble "management_key", SRS
    srt_server passphrase and MediaMTX srtPublishPassphrase option names are
    not confirmed against current docs.
  - Janus sample defaults "janusrocks"/"janusoverlord" recalled, not seen.
"""
import json
import os
import random
import re
import sys

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
LOWNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"

MARK = "@@S@@"


# ----------------------------------------------------------------- random bits
def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def digits(r, n):
    return str(r.randint(1, 9)) + rs(r, "0123456789", n - 1)


def mixed(r, n, alphabet=ALNUM):
    """Random string that has upper, lower and digit (looks machine made)."""
    while True:
        s = rs(r, alphabet, n)
        if (re.search(r"[A-Z]", s) and re.search(r"[a-z]", s)
                and re.search(r"[0-9]", s)):
            return s


def g_pw(r):
    n = r.randint(14, 28)
    s = list(mixed(r, n))
    if r.random() < 0.5:
        for _ in range(r.randint(1, 3)):
            s[r.randint(1, n - 2)] = r.choice("-_.!+")
    return "".join(s)


def g_pw_url(r):
    return mixed(r, r.randint(16, 26))


def g_twitch(r):
    return "live_%s_%s" % (digits(r, r.choice([8, 9, 9, 10])), mixed(r, 30))


def g_youtube(r):
    return "-".join(rs(r, LOWNUM, 4) for _ in range(5))


def g_kick(r):
    return "sk_us-west-2_%s_%s" % (mixed(r, 12), mixed(r, 30))


def g_restream(r):
    return "re_%s_%s" % (digits(r, 7), rs(r, HEX, 20))


def g_castr(r):
    return "live_%s?password=%s" % (rs(r, HEX, 32), rs(r, HEX, 8))


def g_facebook(r):
    return "FB-%s-0-Ab%s" % (digits(r, 16), mixed(r, 32, ALNUM + "_-"))


def g_key32(r):
    return mixed(r, r.randint(32, 40))


def g_key24(r):
    return mixed(r, r.randint(20, 28))


def g_hex32(r):
    return rs(r, HEX, 32)


def g_hex64(r):
    return rs(r, HEX, 64)


def g_hex16(r):
    return rs(r, HEX, 16)


def g_b64url43(r):
    while True:
        s = rs(r, B64URL, 43)
        if re.search(r"[A-Z]", s) and re.search(r"[0-9]", s):
            return s


def g_azura(r):
    return "%s:%s" % (rs(r, HEX, 16), rs(r, HEX, 32))


def g_srt(r):
    n = r.randint(16, 40)
    s = list(mixed(r, n))
    for _ in range(r.randint(0, 3)):
        s[r.randint(1, n - 2)] = r.choice("-_.")
    return "".join(s)


# ------------------------------------------------------------- innocent bits
STATIONS = ["Harbour FM", "Radio Kestrel", "Northside Community Radio",
            "Lumen Live", "WaveRider 101", "Campus Beat", "Riverbend Radio",
            "Bluefin Broadcast", "Static Bloom", "Orbit Sessions",
            "Crescent Church Live", "Metro Talk 24", "Pinewood Sports TV",
            "Lowland Jazz", "Signal Garden", "Copper Coast Radio"]
DOMAINS = ["harbourfm.net", "radiokestrel.org", "northside-radio.org",
           "lumenlive.tv", "waverider101.com", "campusbeat.fm",
           "riverbend.radio", "bluefin-broadcast.com", "staticbloom.fm",
           "orbitsessions.live", "crescentchurch.org", "metrotalk24.com",
           "pinewoodsports.tv", "lowlandjazz.nl", "signalgarden.io",
           "coppercoast.fm"]
REGIONS = ["fra", "ams", "lhr", "jfk", "sfo", "sea", "syd", "sin", "waw",
           "mad", "cdg", "ord"]
TWITCH_INGEST = ["live.twitch.tv", "sfo.contribute.live-video.net",
                 "fra05.contribute.live-video.net",
                 "lhr03.contribute.live-video.net",
                 "jfk50.contribute.live-video.net"]
PEOPLE = ["mara", "jonas", "priya", "tomasz", "ellen", "kofi", "lena",
          "diego", "yuki", "olu", "sanne", "ravi"]
GENRES = ["Jazz", "Talk", "Electronic", "Indie", "Classical", "Sports",
          "Community", "Worship", "Ambient", "Hip-Hop"]


def ctx(r):
    i = r.randrange(len(STATIONS))
    st = STATIONS[i]
    dom = DOMAINS[i]
    slug = re.sub(r"[^a-z0-9]+", "-", st.lower()).strip("-")
    fmt = r.choice(["mp3", "ogg", "aac", "opus"])
    return {
        "station": st, "dom": dom, "slug": slug,
        "host": r.choice(["stream", "icecast", "live", "radio", "cast",
                          "media", "ingest"]) + "." + dom,
        "port": r.choice([8000, 8000, 8010, 8080, 8443]),
        "mount": "/" + r.choice(["live", "stream", "radio", "main",
                                 slug.split("-")[0], "hq", "mobile"]) + "." + fmt,
        "fmt": fmt,
        "br": r.choice([64, 96, 128, 160, 192, 256, 320]),
        "vbr": r.choice([2500, 3500, 4500, 6000, 8000]),
        "user": r.choice(PEOPLE),
        "email": "%s@%s" % (r.choice(["ops", "tech", "studio", "noc",
                                      r.choice(PEOPLE)]), dom),
        "region": r.choice(REGIONS),
        "ip": "10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 254),
                               r.randint(2, 250)),
        "genre": r.choice(GENRES),
        "tw": r.choice(TWITCH_INGEST),
        "sid": r.randint(1, 12),
        "stream": r.choice(["studio-a", "studio-b", "cam1", "mainstage",
                            "program", "backup", "sunday-service", "match",
                            "podcast-live", "ch1"]),
        "uuid": uuid(r),
        "ver": "%d.%d.%d" % (r.randint(1, 5), r.randint(0, 20),
                             r.randint(0, 9)),
        "n": r.randint(2, 9),
    }


def uuid(r):
    h = rs(r, HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16],
                                   r.choice("89ab"), h[17:20], h[20:32])


def ts(r):
    return "2024-%02d-%02dT%02d:%02d:%02dZ" % (
        r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
        r.randint(0, 59), r.randint(0, 59))


def clf_time(r):
    mon = r.choice(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                    "Sep", "Oct", "Nov", "Dec"])
    return "%02d/%s/2024:%02d:%02d:%02d +0000" % (
        r.randint(1, 28), mon, r.randint(0, 23), r.randint(0, 59),
        r.randint(0, 59))


def pick(r, *xs):
    return r.choice(xs)


# --------------------------------------------------------- negative fillers
GEN_PLACE = ["changeme", "CHANGE_ME", "<password>", "YOUR_PASSWORD_HERE",
             "xxxxxxxxxxxxxxxx", "********", "[REDACTED]", "", "TODO",
             "<redacted>", "REPLACE_ME", "***"]
CATS = {
    "pw": ["hackme", "changeme", "<source-password>", "<admin-password>",
           "YOUR_PASSWORD_HERE", "password", "secret", "********",
           "[REDACTED]", "", "xxxxxxxx"],
    "twitch": ["live_user_123456789", "live_****",
               "live_XXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
               "{stream_key}", "<your-twitch-stream-key>",
               "YOUR_STREAM_KEY_HERE", "[REDACTED]", ""],
    "youtube": ["xxxx-xxxx-xxxx-xxxx-xxxx", "****-****-****-****-****",
                "<your-youtube-stream-key>", "YOUR_STREAM_KEY", "{stream_key}",
                ""],
    "kick": ["sk_us-west-2_XXXXXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
             "sk_us-west-2_****", "<kick-stream-key>", ""],
    "restream": ["re_XXXXXXX_XXXXXXXXXXXXXXXXXXXX", "re_****",
                 "<restream-stream-key>", ""],
    "castr": ["live_XXXXXXXXXXXXXXXX?password=XXXXXXXX", "<castr-stream-key>",
              "live_****"],
    "facebook": ["FB-XXXXXXXXXXXXXXX-0-XXXXXXXXXXXXXXXX", "<facebook-stream-key>",
                 "FB-****"],
    "key": ["<stream-key>", "YOUR_STREAM_KEY_HERE", "abc123", "streamkey",
            "********", "[REDACTED]", "", "xxxxxxxxxxxxxxxxxxxx", "test"],
    "secret": ["<secret>", "CHANGE_ME", "changeme", "your-secret-here",
               "********", "[REDACTED]", "", "REPLACE_WITH_A_LONG_RANDOM_STRING",
               "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    "hex": ["00000000000000000000000000000000", "<32-hex-chars>",
            "REPLACE_WITH_HEX_KEY", "********************************",
            "[REDACTED]"],
    "srt": ["<passphrase>", "changeme-passphrase", "YOUR_SRT_PASSPHRASE",
            "**********", "[REDACTED]", ""],
    "token": ["<token>", "TOKEN", "{{token}}", "****", "[REDACTED]", ""],
}
# documented example / default values per provider (negatives only)
DOC_EXAMPLES = {
    "icecast": ["hackme"],
    "owncast": ["abc123"],
    "twitch": ["live_user_123456789"],
    "janus": ["janusrocks", "janusoverlord"],
    "nginx-rtmp": ["nodemedia2017privatekey"],
    "shoutcast": ["changeme"],
    "srt": ["my_secure_passphrase"],
}

CODE_REFS = {
    "py": 'os.environ["{e}"]',
    "js": "process.env.{e}",
    "lua": 'os.getenv("{e}")',
    "liq": 'environment.get("{e}")',
}


def neg_fill(r, t):
    """Text for the secret slot of template t in a negative file."""
    env = t["env"]
    mode = r.random()
    if mode < 0.32:
        return "PH", r.choice(CATS[t["cat"]] + GEN_PLACE[:4])
    if mode < 0.62:
        refs = ["${%s}" % env, "$%s" % env, "{{ %s }}" % env.lower(),
                "{{ .Values.%s }}" % camel(env),
                "op://Broadcast/%s/credential" % env.lower().replace("_", "-"),
                "vault:secret/data/streaming#%s" % env.lower(),
                "<%%= ENV['%s'] %%>" % env,
                "${{ secrets.%s }}" % env]
        return "REF", r.choice(refs)
    if mode < 0.80:
        prov = t["provider"]
        ex = DOC_EXAMPLES.get(prov)
        if ex:
            return "DOC", r.choice(ex)
        return "PH", r.choice(CATS[t["cat"]])
    masks = ["********", "[REDACTED]", "<redacted>", "****", "",
             "[hidden]", "***REMOVED***"]
    if t["cat"] == "twitch":
        masks += ["live_****", "live_*********_******************************"]
    if t["cat"] == "youtube":
        masks += ["****-****-****-****-****"]
    return "MASK", r.choice(masks)


def camel(env):
    parts = env.lower().split("_")
    return parts[0] + "".join(p.title() for p in parts[1:])


# ------------------------------------------------------------------ templates
POS = []


def tpl(provider, kind, cat, env, gen, paths, ftype, conv=True):
    def deco(fn):
        POS.append({"name": fn.__name__, "provider": provider, "kind": kind,
                    "cat": cat, "env": env, "gen": gen, "paths": paths,
                    "ftype": ftype, "conv": conv, "render": fn})
        return fn
    return deco


# ---- Icecast
@tpl("icecast", "source_password", "pw", "ICECAST_SOURCE_PASSWORD", g_pw,
     ["icecast/icecast.xml", "deploy/icecast/icecast.xml", "etc/icecast2/icecast.xml"], "xml")
def ice_source(r, c):
    return """<icecast>
    <location>{loc}</location>
    <admin>{email}</admin>
    <hostname>{host}</hostname>

    <limits>
        <clients>{cl}</clients>
        <sources>{src}</sources>
        <queue-size>524288</queue-size>
        <client-timeout>30</client-timeout>
        <header-timeout>15</header-timeout>
        <source-timeout>10</source-timeout>
        <burst-size>65535</burst-size>
    </limits>

    <authentication>
        <!-- Sources log in with username 'source' -->
        <source-password>{S}</source-password>
        <!-- admin access goes through the SSO proxy in front of /admin -->
    </authentication>

    <listen-socket>
        <port>{port}</port>
    </listen-socket>

    <mount type="normal">
        <mount-name>{mount}</mount-name>
        <stream-name>{station}</stream-name>
        <genre>{genre}</genre>
        <bitrate>{br}</bitrate>
        <public>1</public>
    </mount>

    <fileserve>1</fileserve>
    <paths>
        <logdir>/var/log/icecast2</logdir>
        <webroot>/usr/share/icecast2/web</webroot>
        <adminroot>/usr/share/icecast2/admin</adminroot>
        <alias source="/" destination="/status.xsl"/>
    </paths>
    <logging>
        <accesslog>access.log</accesslog>
        <errorlog>error.log</errorlog>
        <loglevel>3</loglevel>
    </logging>
</icecast>
""".format(S=MARK, loc=pick(r, "Earth", "Rotterdam", "Leeds", "Austin, TX"),
           cl=r.choice([100, 250, 500, 2000]), src=r.randint(2, 8), **c)


@tpl("icecast", "source_password", "pw", "ICECAST_MOUNT_PASSWORD", g_pw,
     ["icecast/mounts.xml", "config/icecast.xml"], "xml", conv=False)
def ice_mount(r, c):
    return """<icecast>
    <hostname>{host}</hostname>
    <listen-socket>
        <port>{port}</port>
    </listen-socket>

    <!-- studio encoder gets its own login for this mount -->
    <mount type="normal">
        <mount-name>{mount}</mount-name>
        <username>studio{sid}</username>
        <password>{S}</password>
        <max-listeners>{ml}</max-listeners>
        <fallback-mount>/fallback.{fmt}</fallback-mount>
        <fallback-override>1</fallback-override>
        <stream-name>{station}</stream-name>
        <stream-description>{genre} around the clock</stream-description>
        <stream-url>https://www.{dom}/</stream-url>
        <genre>{genre}</genre>
        <bitrate>{br}</bitrate>
        <hidden>0</hidden>
    </mount>

    <mount type="normal">
        <mount-name>/fallback.{fmt}</mount-name>
        <hidden>1</hidden>
    </mount>
</icecast>
""".format(S=MARK, ml=r.choice([200, 500, 1000]), **c)


@tpl("icecast", "relay_password", "pw", "ICECAST_RELAY_PASSWORD", g_pw,
     ["edge/icecast.xml", "icecast/relay.xml"], "xml", conv=False)
def ice_relay(r, c):
    return """<icecast>
    <hostname>edge{n}.{dom}</hostname>
    <limits>
        <clients>{cl}</clients>
        <sources>4</sources>
    </limits>
    <listen-socket>
        <port>{port}</port>
    </listen-socket>

    <!-- pull the main mount from the origin -->
    <relay>
        <server>origin.{dom}</server>
        <port>{port}</port>
        <mount>{mount}</mount>
        <local-mount>{mount}</local-mount>
        <username>relay</username>
        <password>{S}</password>
        <on-demand>0</on-demand>
        <relay-shoutcast-metadata>1</relay-shoutcast-metadata>
    </relay>
</icecast>
""".format(S=MARK, cl=r.choice([1000, 5000, 10000]), **c)


@tpl("icecast", "admin_password", "pw", "ICECAST_ADMIN_PASSWORD", g_pw,
     ["icecast.xml", "conf/icecast.xml"], "xml")
def ice_admin(r, c):
    return """<icecast>
    <location>{loc}</location>
    <admin>{email}</admin>
    <hostname>{host}</hostname>
    <authentication>
        <admin-user>admin</admin-user>
        <admin-password>{S}</admin-password>
    </authentication>

    <!-- source clients are checked by the station API, not a shared password -->
    <mount type="default">
        <authentication type="url">
            <option name="stream_auth" value="https://api.{dom}/icecast/auth"/>
            <option name="mount_add" value="https://api.{dom}/icecast/mount_add"/>
            <option name="mount_remove" value="https://api.{dom}/icecast/mount_remove"/>
            <option name="auth_header" value="icecast-auth-user: 1"/>
        </authentication>
    </mount>
    <listen-socket>
        <port>{port}</port>
    </listen-socket>
</icecast>
""".format(S=MARK, loc=pick(r, "Earth", "Berlin", "Cape Town"), **c)


@tpl("icecast", "source_password", "pw", "ICECAST_SOURCE_PASSWORD", g_pw_url,
     ["scripts/push_to_icecast.sh", "bin/relay-stream.sh"], "sh", conv=False)
def ice_ffmpeg_url(r, c):
    return """#!/usr/bin/env bash
# Re-encode the studio feed and push it to Icecast.
set -euo pipefail

INPUT="${{1:-srt://{ip}:9000?mode=listener}}"

exec ffmpeg -hide_banner -loglevel warning \\
  -i "$INPUT" \\
  -vn -c:a libmp3lame -b:a {br}k -ar 44100 -ac 2 \\
  -content_type audio/mpeg \\
  -ice_name "{station}" -ice_genre "{genre}" -ice_public 1 \\
  -f mp3 "icecast://source:{S}@{host}:{port}{mount}"
""".format(S=MARK, **c)


@tpl("icecast", "admin_password", "pw", "ICECAST_ADMIN_PASSWORD", g_pw_url,
     ["scripts/update_metadata.sh", "tools/nowplaying.sh"], "sh", conv=False)
def ice_curl_meta(r, c):
    return """#!/bin/sh
# Called by the playout system on every track change.
# usage: update_metadata.sh "Artist - Title"
SONG=$(printf '%s' "$1" | jq -sRr @uri)

curl -fsS -u admin:{S} \\
  "http://{host}:{port}/admin/metadata?mount={mount}&mode=updinfo&song=$SONG" \\
  >/dev/null || logger -t nowplaying "metadata update failed"
""".format(S=MARK, **c)


@tpl("icecast", "admin_password", "pw", "ICECAST_ADMIN_PASSWORD", g_pw,
     ["nowplaying/push.py", "app/icecast_meta.py"], "py", conv=False)
def ice_py_meta(r, c):
    return """import os
import logging

import requests

log = logging.getLogger(__name__)

ICECAST = "http://{host}:{port}"
MOUNT = "{mount}"


def push_title(artist, title):
    params = {{"mount": MOUNT, "mode": "updinfo", "song": f"{{artist}} - {{title}}"}}
    resp = requests.get(
        ICECAST + "/admin/metadata",
        params=params,
        auth=("admin", "{S}"),
        timeout=5,
    )
    if resp.status_code != 200:
        log.warning("icecast said %s", resp.status_code)
    return resp.ok
""".format(S=MARK, **c)


@tpl("icecast", "source_password", "pw", "ICECAST_SOURCE_PASSWORD", g_pw,
     ["darkice/darkice.cfg", "etc/darkice.cfg"], "cfg")
def darkice(r, c):
    return """# darkice configuration for the studio PC
[general]
duration        = 0
bufferSecs      = 5
reconnect       = yes

[input]
device          = hw:{n},0
sampleRate      = 44100
bitsPerSample   = 16
channel         = 2

[icecast2-0]
bitrateMode     = cbr
format          = {f}
bitrate         = {br}
server          = {host}
port            = {port}
password        = {S}
mountPoint      = {m}
name            = {station}
description     = Live from the studio
genre           = {genre}
public          = yes
""".format(S=MARK, f="mp3" if c["fmt"] == "mp3" else "vorbis", m=c["mount"].lstrip("/"), **c)


@tpl("icecast", "source_password", "pw", "EZSTREAM_PASSWORD", g_pw,
     ["ezstream/ezstream.xml", "automation/ezstream.xml"], "xml", conv=False)
def ezstream(r, c):
    return """<?xml version="1.0" encoding="UTF-8"?>
<ezstream>
  <servers>
    <server>
      <name>default</name>
      <protocol>HTTP</protocol>
      <hostname>{host}</hostname>
      <port>{port}</port>
      <user>source</user>
      <password>{S}</password>
    </server>
  </servers>
  <streams>
    <stream>
      <mountpoint>{mount}</mountpoint>
      <format>MP3</format>
      <stream_name>{station} overnight</stream_name>
      <stream_genre>{genre}</stream_genre>
      <stream_bitrate>{br}</stream_bitrate>
    </stream>
  </streams>
  <intakes>
    <intake>
      <type>playlist</type>
      <filename>/srv/music/overnight.m3u</filename>
      <shuffle>Yes</shuffle>
    </intake>
  </intakes>
</ezstream>
""".format(S=MARK, **c)


@tpl("icecast", "source_password", "pw", "ICECAST_SOURCE_PASSWORD", g_pw,
     ["docker-compose.yml", "deploy/docker-compose.yml"], "yml")
def ice_compose(r, c):
    return """services:
  icecast:
    image: infiniteproject/icecast:latest
    restart: unless-stopped
    ports:
      - "{port}:8000"
    environment:
      ICECAST_HOSTNAME: {host}
      ICECAST_MAX_CLIENTS: "{cl}"
      ICECAST_SOURCE_PASSWORD: "{S}"
    volumes:
      - ./logs:/var/log/icecast2

  liquidsoap:
    image: savonet/liquidsoap:v2.2.4
    depends_on: [icecast]
    volumes:
      - ./radio.liq:/radio.liq:ro
      - /srv/music:/music:ro
    command: ["/radio.liq"]
""".format(S=MARK, cl=r.choice([100, 500]), **c)


@tpl("icecast", "admin_password", "pw", "icecast.adminPassword", g_pw,
     ["charts/radio/values.yaml", "deploy/helm/values-prod.yaml"], "yaml")
def ice_helm(r, c):
    return """replicaCount: 1

image:
  repository: ghcr.io/{slug}/icecast
  tag: "{ver}"

service:
  type: ClusterIP
  port: {port}

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: {host}
      paths: ["/"]

icecast:
  location: "{station}"
  adminEmail: {email}
  adminUser: admin
  adminPassword: "{S}"
  maxClients: {cl}
  mounts:
    - name: {mount}
      bitrate: {br}

resources:
  limits:
    cpu: 500m
    memory: 256Mi
""".format(S=MARK, cl=r.choice([250, 1000]), **c)


@tpl("icecast", "source_password", "pw", "SHOUT_PASSWORD", g_pw,
     ["scripts/gst-icecast.sh", "encoder/start.sh"], "sh", conv=False)
def gst_shout(r, c):
    return """#!/bin/bash
# Line-in -> Ogg/Vorbis -> Icecast using GStreamer.
gst-launch-1.0 -e \\
  alsasrc device=hw:{n} ! audioconvert ! audioresample ! \\
  audio/x-raw,rate=48000,channels=2 ! \\
  vorbisenc quality=0.5 ! oggmux ! \\
  shout2send ip={host} port={port} mount={mount} \\
    username=source password={S} \\
    streamname="{station}" genre="{genre}"
""".format(S=MARK, **c)


# ---- SHOUTcast
@tpl("shoutcast", "source_password", "pw", "SC_STREAM_PASSWORD", g_pw,
     ["shoutcast/sc_serv.conf", "sc_serv.conf"], "conf")
def sc_pass(r, c):
    return """; SHOUTcast DNAS 2 configuration
logfile=logs/sc_serv.log
w3clog=logs/sc_w3c.log
banfile=control/sc_serv.ban
ripfile=control/sc_serv.rip

portbase={pb}
publicserver=always
maxuser={mu}

; encoder login
password={S}
; admin pages are only reachable through the VPN
requirestreamconfigs=1
streamid_1=1
streampath_1=/stream
streamtitle_1={station}
streamgenre_1={genre}
""".format(S=MARK, pb=r.choice([8000, 8002, 8010]), mu=r.choice([64, 256, 512]), **c)


@tpl("shoutcast", "admin_password", "pw", "SC_ADMIN_PASSWORD", g_pw,
     ["shoutcast/sc_serv_admin.conf", "conf/sc_serv.conf"], "conf")
def sc_admin(r, c):
    return """; DNAS admin settings
portbase={pb}
adminpassword={S}
; sources authenticate with per-stream passwords from streams.conf
include=streams.conf
titleformat={station} - %s
destdns={host}
autodumpusers=1
""".format(S=MARK, pb=r.choice([8000, 8002]), **c)


@tpl("shoutcast", "source_password", "pw", "SC_PASSWORD", g_pw_url,
     ["logs/sc_w3c.log", "var/log/shoutcast/access.log"], "log", conv=False)
def sc_log(r, c):
    lines = []
    n = r.randint(3, 6)
    at = r.randint(1, n - 1)
    for i in range(n):
        t = clf_time(r)
        if i == at:
            lines.append('%s - - [%s] "GET /admin.cgi?pass=%s&mode=updinfo&song=%s HTTP/1.0" 200 0 "-" "Mozilla/3.0 (compatible)"' % (
                c["ip"], t, MARK, r.choice(["Night+Drive", "Morning+Show", "Top+of+the+Hour+News", "Station+ID"])))
        else:
            lines.append('203.0.113.%d - - [%s] "GET /stream HTTP/1.1" 200 %d "-" "VLC/3.0.%d LibVLC/3.0.%d"' % (
                r.randint(2, 250), t, r.randint(10000, 9000000), r.randint(10, 20), r.randint(10, 20)))
    return "\n".join(lines) + "\n"


# ---- Liquidsoap
@tpl("liquidsoap", "source_password", "pw", "ICECAST_SOURCE_PASSWORD", g_pw,
     ["radio.liq", "liquidsoap/main.liq", "playout/station.liq"], "liq")
def liq_icecast(r, c):
    return """#!/usr/bin/liquidsoap
settings.log.file.path := "/var/log/liquidsoap/{slug}.log"

music = playlist(reload_mode="watch", "/srv/music/{g}")
jingles = playlist("/srv/jingles")
radio = random(weights=[1, {n}], [jingles, music])
radio = crossfade(radio)
radio = mksafe(radio)

output.icecast(
  %mp3(bitrate={br}),
  host="{host}",
  port={port},
  password="{S}",
  mount="{mount}",
  name="{station}",
  genre="{genre}",
  radio
)
""".format(S=MARK, g=c["genre"].lower(), **c)


@tpl("liquidsoap", "source_password", "pw", "HARBOR_PASSWORD", g_pw,
     ["liquidsoap/live.liq", "studio/harbor.liq"], "liq", conv=False)
def liq_harbor(r, c):
    return """# Live DJ input with automatic fallback to the playlist
live = input.harbor(
  "live",
  port=8005,
  user="dj",
  password="{S}"
)

auto = mksafe(playlist("/srv/music/rotation.m3u"))
radio = fallback(track_sensitive=false, [live, auto])

output.icecast(%vorbis, host="localhost", port={port},
  password=environment.get("ICECAST_SOURCE_PASSWORD"),
  mount="{mount}", radio)
""".format(S=MARK, **c)


@tpl("liquidsoap", "source_password", "pw", "SHOUTCAST_PASSWORD", g_pw,
     ["liquidsoap/shoutcast.liq"], "liq", conv=False)
def liq_shout(r, c):
    return """# relay our icecast mount to the legacy SHOUTcast directory server
src = input.http("http://{host}:{port}{mount}")
src = mksafe(src)

output.shoutcast(
  %mp3(bitrate={br}),
  host="sc.{dom}",
  port=8002,
  password="{S}",
  name="{station}",
  genre="{genre}",
  src
)
""".format(S=MARK, **c)


# ---- AzuraCast
@tpl("azuracast", "db_password", "pw", "MYSQL_PASSWORD", g_pw,
     ["azuracast.env", "deploy/azuracast.env"], "env")
def azura_env(r, c):
    return """# AzuraCast settings (loaded by docker-compose)
APPLICATION_ENV=production
LANG=en_US.UTF-8
COMPOSER_PLUGIN_MODE=false
AUTO_ASSIGN_PORT_MIN=8000
AUTO_ASSIGN_PORT_MAX=8499

MYSQL_HOST=localhost
MYSQL_PORT=3306
MYSQL_USER=azuracast
MYSQL_DATABASE=azuracast
MYSQL_PASSWORD={S}
MYSQL_SLOW_QUERY_LOG=0

ENABLE_REDIS=true
REDIS_HOST=localhost
REDIS_PORT=6379
PROFILING_EXTENSION_ENABLED=0
""".format(S=MARK, **c)


@tpl("azuracast", "api_key", "secret", "AZURACAST_API_KEY", g_azura,
     ["tools/azuracast_skip.py", "bots/requests_sync.py"], "py", conv=False)
def azura_py(r, c):
    return """import os
import sys

import requests

BASE = "https://{host}/api"
STATION = "{slug}"

session = requests.Session()
session.headers.update({{
    "X-API-Key": "{S}",
    "Accept": "application/json",
}})


def skip_song():
    r = session.post(f"{{BASE}}/station/{{STATION}}/backend/skip", timeout=10)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    print(skip_song().get("message", "ok"))
    sys.exit(0)
""".format(S=MARK, **c)


@tpl("azuracast", "api_key", "secret", "AZURACAST_API_KEY", g_azura,
     ["src/azuracast.js", "lib/nowplaying-client.js"], "js", conv=False)
def azura_js(r, c):
    return """'use strict';

const BASE_URL = 'https://{host}/api';

async function listRequests(stationId) {{
  const res = await fetch(`${{BASE_URL}}/station/${{stationId}}/reports/requests`, {{
    headers: {{
      Authorization: 'Bearer {S}',
      Accept: 'application/json',
    }},
  }});
  if (!res.ok) throw new Error(`AzuraCast returned ${{res.status}}`);
  return res.json();
}}

module.exports = {{ listRequests }};
""".format(S=MARK, **c)


# ---- LibreTime
@tpl("libretime", "api_key", "secret", "LIBRETIME_GENERAL_API_KEY", g_key32,
     ["libretime/config.yml", "etc/libretime/config.yml"], "yml")
def lt_api(r, c):
    return """general:
  public_url: https://{host}
  api_key: {S}
  timezone: Europe/Amsterdam
  allowed_cors_origins: []

database:
  host: postgres
  port: 5432
  name: libretime
  user: libretime
  password: ${{LIBRETIME_DATABASE_PASSWORD}}

rabbitmq:
  host: rabbitmq
  port: 5672
  vhost: /libretime
  user: libretime
  password: ${{LIBRETIME_RABBITMQ_PASSWORD}}
""".format(S=MARK, **c)


@tpl("libretime", "mq_password", "pw", "LIBRETIME_RABBITMQ_PASSWORD", g_pw,
     ["libretime/config.yml", "config/libretime.yml"], "yml", conv=False)
def lt_rabbit(r, c):
    return """general:
  public_url: https://{host}
  api_key: ${{LIBRETIME_GENERAL_API_KEY}}

storage:
  path: /srv/libretime

rabbitmq:
  host: localhost
  port: 5672
  vhost: /libretime
  user: libretime
  password: "{S}"

playout:
  liquidsoap_host: localhost
  liquidsoap_port: 1234
""".format(S=MARK, **c)


@tpl("libretime", "source_password", "pw", "LIBRETIME_ICECAST_SOURCE_PASSWORD", g_pw,
     ["libretime/config.yml", "docker/libretime/config.yml"], "yml")
def lt_outputs(r, c):
    return """stream:
  inputs:
    main:
      public_url:
      mount: main
      port: 8001
  outputs:
    .default_icecast_output: &default_icecast_output
      host: icecast
      port: 8000
      source_user: source
      source_password: "{S}"
      admin_user: admin
      location: {station}
      genre: {genre}
      website: https://www.{dom}

    icecast:
      - <<: *default_icecast_output
        enabled: true
        mount: main
        public_url: https://{host}/main
        audio:
          format: {fmt}
          bitrate: {br}
""".format(S=MARK, **c)


# ---- Wowza
@tpl("wowza", "admin_password", "pw", "WOWZA_ADMIN_PASSWORD", g_pw_url,
     ["wowza/conf/admin.password", "conf/admin.password"], "conf", conv=False)
def wowza_admin(r, c):
    return """# Admin password file (format [username] [password] [group])
# group: admin - access to admin, advUser - access to advanced properties
# passwordEncoding: bcrypt is recommended, see Server.xml
# username password group|group
{u} {S} admin|advUser
""".format(S=MARK, u=c["user"])


@tpl("wowza", "publish_password", "pw", "WOWZA_PUBLISH_PASSWORD", g_pw_url,
     ["wowza/conf/publish.password", "conf/publish.password"], "conf", conv=False)
def wowza_publish(r, c):
    return """# Publish password file (format [username] [password])
# used by ModuleRTMPAuthenticate / RTSP digest for live encoders
# username password
encoder-{stream} {S}
""".format(S=MARK, **c)


@tpl("wowza", "signing_secret", "secret", "WOWZA_SECURETOKEN_SECRET", g_hex16,
     ["wowza/conf/live/Application.xml", "conf/vod/Application.xml"], "xml", conv=False)
def wowza_securetoken(r, c):
    return """<?xml version="1.0" encoding="UTF-8"?>
<Root version="1">
  <Application>
    <Name>live</Name>
    <AppType>Live</AppType>
    <Streams>
      <StreamType>live</StreamType>
      <LiveStreamPacketizers>cupertinostreamingpacketizer, mpegdashstreamingpacketizer</LiveStreamPacketizers>
    </Streams>
    <HTTPStreamers>cupertinostreaming,mpegdashstreaming</HTTPStreamers>
    <Properties>
      <Property>
        <Name>secureTokenVersion</Name>
        <Value>2</Value>
        <Type>Integer</Type>
      </Property>
      <Property>
        <Name>secureTokenSharedSecret</Name>
        <Value>{S}</Value>
        <Type>String</Type>
      </Property>
      <Property>
        <Name>secureTokenHashAlgorithm</Name>
        <Value>SHA-256</Value>
        <Type>String</Type>
      </Property>
      <Property>
        <Name>secureTokenQueryParametersPrefix</Name>
        <Value>{slug}token</Value>
        <Type>String</Type>
      </Property>
    </Properties>
  </Application>
</Root>
""".format(S=MARK, **c)


@tpl("twitch", "stream_key", "twitch", "TWITCH_STREAM_KEY", g_twitch,
     ["wowza/conf/live/PushPublishMap.txt", "conf/PushPublishMap.txt"], "txt", conv=False)
def wowza_pushmap(r, c):
    return """# Stream Targets (push publishing) for application live
{stream}={{"entryName":"twitch-{stream}", "profile":"rtmp", "host":"{tw}", "application":"app", "streamName":"{S}", "destinationName":"twitch", "adaptiveStreaming":"false"}}
""".format(S=MARK, **c)


# ---- nginx-rtmp
@tpl("youtube", "stream_key", "youtube", "YOUTUBE_STREAM_KEY", g_youtube,
     ["nginx/nginx.conf", "rtmp/nginx.conf", "etc/nginx/rtmp.conf"], "conf", conv=False)
def nginx_push_yt(r, c):
    return """worker_processes auto;
rtmp_auto_push on;
events {{ worker_connections 1024; }}

rtmp {{
    server {{
        listen 1935;
        chunk_size 4096;

        application live {{
            live on;
            record off;
            allow publish {ip};
            deny publish all;

            # simulcast to YouTube
            push rtmp://a.rtmp.youtube.com/live2/{S};

            hls on;
            hls_path /var/www/hls;
            hls_fragment 4s;
        }}
    }}
}}
""".format(S=MARK, **c)


@tpl("twitch", "stream_key", "twitch", "TWITCH_STREAM_KEY", g_twitch,
     ["nginx-rtmp/rtmp.conf", "conf/nginx-rtmp.conf"], "conf", conv=False)
def nginx_push_tw(r, c):
    return """rtmp {{
    server {{
        listen 1935;
        application ingest {{
            live on;
            record off;
            on_publish http://127.0.0.1:8081/auth;
            push rtmp://{tw}/app/{S};
            exec_kill_signal term;
        }}
    }}
}}
""".format(S=MARK, **c)


@tpl("nginx-rtmp", "stream_key", "key", "PUBLISH_KEY", g_key24,
     ["auth/app.py", "rtmp-auth/server.py"], "py")
def nginx_on_publish(r, c):
    return """import os

from flask import Flask, abort, request

app = Flask(__name__)

# nginx-rtmp calls this on every publish (on_publish http://127.0.0.1:8081/auth)
PUBLISH_KEY = "{S}"
ALLOWED_APPS = ("live", "ingest")


@app.route("/auth", methods=["POST"])
def on_publish():
    if request.form.get("app") not in ALLOWED_APPS:
        abort(404)
    if request.form.get("key") != PUBLISH_KEY:
        abort(403)
    return "", 201


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8081)
""".format(S=MARK, **c)


@tpl("nginx-rtmp", "signing_secret", "secret", "SECURE_LINK_SECRET", g_key24,
     ["nginx/sites-enabled/hls.conf", "nginx/conf.d/playback.conf"], "conf", conv=False)
def nginx_secure_link(r, c):
    return """server {{
    listen 443 ssl http2;
    server_name play.{dom};

    ssl_certificate     /etc/letsencrypt/live/play.{dom}/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/play.{dom}/privkey.pem;

    location /hls/ {{
        secure_link $arg_md5,$arg_expires;
        secure_link_md5 "$secure_link_expires$uri$remote_addr {S}";
        if ($secure_link = "") {{ return 403; }}
        if ($secure_link = "0") {{ return 410; }}

        types {{
            application/vnd.apple.mpegurl m3u8;
            video/mp2t ts;
        }}
        root /var/www;
        add_header Cache-Control no-cache;
    }}
}}
""".format(S=MARK, **c)


# ---- SRS
@tpl("srs", "admin_password", "pw", "SRS_HTTP_API_PASSWORD", g_pw_url,
     ["srs/conf/srs.conf", "conf/srs.conf"], "conf")
def srs_api(r, c):
    return """listen              1935;
max_connections     1000;
daemon              off;
srs_log_tank        console;

http_api {{
    enabled         on;
    listen          1985;
    auth {{
        enabled     on;
        username    admin;
        password    {S};
    }}
}}
http_server {{
    enabled         on;
    listen          8080;
    dir             ./objs/nginx/html;
}}
vhost __defaultVhost__ {{
    hls {{
        enabled         on;
        hls_fragment    {n};
    }}
    http_hooks {{
        enabled         on;
        on_publish      http://127.0.0.1:8085/api/v1/streams;
    }}
}}
""".format(S=MARK, **c)


@tpl("srs", "srt_passphrase", "srt", "SRS_SRT_PASSPHRASE", g_srt,
     ["srs/conf/srt.conf", "conf/srt.conf"], "conf", conv=False)
def srs_srt(r, c):
    return """listen              1935;
max_connections     1000;
daemon              off;

srt_server {{
    enabled on;
    listen 10080;
    maxbw 1000000000;
    connect_timeout 4000;
    passphrase {S};
    pbkeylen 16;
}}

vhost __defaultVhost__ {{
    srt {{
        enabled     on;
        srt_to_rtmp on;
    }}
}}
""".format(S=MARK, **c)


# ---- MediaMTX
@tpl("mediamtx", "publish_password", "pw", "MTX_PATHDEFAULTS_PUBLISHPASS", g_pw,
     ["mediamtx.yml", "config/mediamtx.yml", "rtsp-simple-server.yml"], "yml")
def mtx_publish(r, c):
    return """logLevel: info
logDestinations: [stdout]
readTimeout: 10s
writeTimeout: 10s

rtsp: yes
rtspAddress: :8554
rtmp: yes
rtmpAddress: :1935
hls: yes
hlsAddress: :8888

pathDefaults:
  # Username required to publish.
  publishUser: encoder
  # Password required to publish.
  publishPass: "{S}"
  publishIPs: []
  readUser:
  readPass:

paths:
  {stream}:
    source: publisher
  all_others:
""".format(S=MARK, **c)


@tpl("mediamtx", "read_password", "pw", "MTX_READPASS", g_pw,
     ["mediamtx/mediamtx.yml", "nvr/mediamtx.yml"], "yml", conv=False)
def mtx_read(r, c):
    return """api: yes
apiAddress: 127.0.0.1:9997
metrics: no

paths:
  cam{n}:
    source: rtsp://{ip}:554/Streaming/Channels/101
    sourceOnDemand: yes
    readUser: viewer
    readPass: {S}
  cam{n}_low:
    source: rtsp://{ip}:554/Streaming/Channels/102
    sourceOnDemand: yes
""".format(S=MARK, **c)


@tpl("mediamtx", "publish_password", "pw", "MTX_AUTH_PASS", g_pw,
     ["mediamtx.yml", "deploy/mediamtx/mediamtx.yml"], "yml", conv=False)
def mtx_internal(r, c):
    return """authMethod: internal
authInternalUsers:
  - user: any
    pass:
    ips: []
    permissions:
      - action: read
        path:
      - action: playback
        path:
  - user: {u}
    pass: {S}
    ips: ['{ip}/24']
    permissions:
      - action: publish
        path: {stream}
  - user: any
    ips: ['127.0.0.1', '::1']
    permissions:
      - action: api
      - action: metrics
""".format(S=MARK, u=c["user"], **c)


@tpl("mediamtx", "publish_password", "pw", "RTSP_PASSWORD", g_pw_url,
     ["scripts/publish-cam.sh", "bin/loop_publish.sh"], "sh", conv=False)
def mtx_rtsp_url(r, c):
    return """#!/usr/bin/env bash
# Loop a test clip into MediaMTX so the dashboard always has a feed.
while true; do
  ffmpeg -re -stream_loop -1 -i /opt/media/testcard.mp4 \\
    -c:v libx264 -preset veryfast -tune zerolatency -b:v {vbr}k \\
    -c:a aac -b:a 128k \\
    -f rtsp -rtsp_transport tcp "rtsp://publisher:{S}@{ip}:8554/{stream}"
  sleep 2
done
""".format(S=MARK, **c)


@tpl("mediamtx", "srt_passphrase", "srt", "MTX_SRT_PUBLISH_PASSPHRASE", g_srt,
     ["mediamtx.yml", "srt/mediamtx.yml"], "yml", conv=False)
def mtx_srt(r, c):
    return """srt: yes
srtAddress: :8890

paths:
  {stream}:
    source: publisher
    srtPublishPassphrase: {S}
    record: yes
    recordPath: /recordings/%path/%Y-%m-%d_%H-%M-%S-%f
""".format(S=MARK, **c)


# ---- Ant Media
@tpl("antmedia", "jwt_secret", "secret", "JWT_SERVER_SECRET_KEY", g_key32,
     ["antmedia/conf/red5.properties", "conf/red5.properties"], "properties")
def ams_server(r, c):
    return """# Ant Media Server settings
http.host=0.0.0.0
http.port=5080
rtmp.port=1935
server.name={host}
nodeGroup=default
useGlobalIp=false
server.jwtServerControlEnabled=true
server.jwtServerSecretKey={S}
server.marketplace=false
""".format(S=MARK, **c)


@tpl("antmedia", "jwt_secret", "secret", "AMS_JWT_SECRET_KEY", g_key32,
     ["antmedia/LiveApp-settings.json", "ops/ams/app-settings.json"], "json")
def ams_app_json(r, c):
    return """{{
  "mp4MuxingEnabled": false,
  "hlsMuxingEnabled": true,
  "hlsListSize": "{n}",
  "hlsTime": "2",
  "webRTCEnabled": true,
  "publishTokenControlEnabled": false,
  "playTokenControlEnabled": false,
  "jwtControlEnabled": true,
  "jwtSecretKey": "{S}",
  "acceptOnlyStreamsInDataStore": true,
  "objectDetectionEnabled": false
}}
""".format(S=MARK, **c)


@tpl("antmedia", "jwt_secret", "secret", "AMS_JWT_SECRET", g_key32,
     ["tools/make_publish_token.py", "scripts/ams_jwt.py"], "py", conv=False)
def ams_py_jwt(r, c):
    return """import os
import sys
import time

import jwt  # PyJWT


def publish_token(stream_id, ttl=3600):
    claims = {{"streamId": stream_id, "type": "publish", "exp": int(time.time()) + ttl}}
    return jwt.encode(claims, "{S}", algorithm="HS256")


if __name__ == "__main__":
    sid = sys.argv[1] if len(sys.argv) > 1 else "{stream}"
    print(publish_token(sid))
""".format(S=MARK, **c)


@tpl("antmedia", "signing_secret", "secret", "TOKEN_HASH_SECRET", g_key24,
     ["antmedia/webapps/LiveApp/WEB-INF/red5-web.properties", "conf/red5-web.properties"], "properties")
def ams_hash(r, c):
    return """webapp.contextPath=/LiveApp
webapp.virtualHosts=*
settings.hlsMuxingEnabled=true
settings.hlsTime=2
settings.hashControlPublishEnabled=true
settings.hashControlPlayEnabled=false
settings.tokenHashSecret={S}
settings.webRTCEnabled=true
""".format(S=MARK, **c)


# ---- Owncast
@tpl("owncast", "stream_key", "key", "OWNCAST_STREAM_KEY", g_key24,
     ["owncast/docker-compose.yml", "docker-compose.owncast.yml"], "yml", conv=False)
def owncast_compose(r, c):
    return """services:
  owncast:
    image: owncast/owncast:{ver}
    restart: unless-stopped
    ports:
      - "8080:8080"
      - "1935:1935"
    volumes:
      - ./data:/app/data
    command: ["/app/owncast", "-streamkey", "{S}", "-webserverport", "8080"]
""".format(S=MARK, **c)


@tpl("owncast", "stream_key", "key", "OWNCAST_STREAM_KEY", g_key24,
     ["scripts/go-live.sh", "obs-less/stream.sh"], "sh", conv=False)
def owncast_ffmpeg(r, c):
    return """#!/bin/sh
# Stream the capture card straight to our Owncast instance.
ffmpeg -f v4l2 -framerate 30 -video_size 1280x720 -i /dev/video{n} \\
  -f alsa -i hw:{n} \\
  -c:v libx264 -preset veryfast -b:v {vbr}k -maxrate {vbr}k -bufsize $(({vbr}*2))k \\
  -g 60 -c:a aac -b:a 160k -ar 44100 \\
  -f flv rtmp://live.{dom}:1935/live/{S}
""".format(S=MARK, **c)


@tpl("owncast", "admin_password", "pw", "OWNCAST_ADMIN_PASSWORD", g_pw,
     ["owncast/chat_bot.py", "bots/owncast_admin.py"], "py", conv=False)
def owncast_admin(r, c):
    return """import os

import requests
from requests.auth import HTTPBasicAuth

OWNCAST = "https://live.{dom}"
auth = HTTPBasicAuth("admin", "{S}")


def set_title(title):
    r = requests.post(f"{{OWNCAST}}/api/admin/config/streamtitle",
                      json={{"value": title}}, auth=auth, timeout=10)
    r.raise_for_status()


def viewers():
    return requests.get(f"{{OWNCAST}}/api/status", timeout=10).json()["viewerCount"]
""".format(S=MARK, **c)


@tpl("owncast", "access_token", "token", "OWNCAST_ACCESS_TOKEN", g_b64url43,
     ["bot/index.js", "integrations/owncast-bot.js"], "js")
def owncast_token(r, c):
    return """const OWNCAST_URL = 'https://live.{dom}';
const OWNCAST_ACCESS_TOKEN = '{S}';

async function say(body) {{
  const res = await fetch(`${{OWNCAST_URL}}/api/integrations/chat/send`, {{
    method: 'POST',
    headers: {{
      'Content-Type': 'application/json',
      Authorization: `Bearer ${{OWNCAST_ACCESS_TOKEN}}`,
    }},
    body: JSON.stringify({{ body }}),
  }});
  return res.ok;
}}

module.exports = {{ say }};
""".format(S=MARK, **c)


# ---- OBS Studio service.json
@tpl("twitch", "stream_key", "twitch", "TWITCH_STREAM_KEY", g_twitch,
     ["obs/basic/profiles/Twitch/service.json", "obs-studio/basic/profiles/Main/service.json"], "json")
def obs_twitch(r, c):
    return """{{
    "settings": {{
        "bwtest": false,
        "key": "{S}",
        "server": "auto",
        "service": "Twitch"
    }},
    "type": "rtmp_common"
}}
""".format(S=MARK)


@tpl("youtube", "stream_key", "youtube", "YOUTUBE_STREAM_KEY", g_youtube,
     ["obs/basic/profiles/YouTube/service.json", "profiles/Sunday/service.json"], "json")
def obs_youtube(r, c):
    return """{{
    "settings": {{
        "key": "{S}",
        "server": "rtmps://a.rtmps.youtube.com:443/live2",
        "service": "YouTube - RTMPS"
    }},
    "type": "rtmp_common"
}}
""".format(S=MARK)


@tpl("restream", "stream_key", "restream", "RESTREAM_STREAM_KEY", g_restream,
     ["obs/basic/profiles/Restream/service.json", "obs/profiles/multi/service.json"], "json")
def obs_restream(r, c):
    return """{{
    "settings": {{
        "bwtest": false,
        "key": "{S}",
        "server": "rtmp://{reg}.restream.io/live",
        "use_auth": false
    }},
    "type": "rtmp_custom"
}}
""".format(S=MARK, reg=r.choice(["live", "eu-central", "us-west", "ams"]))


# ---- platform ingest keys
@tpl("twitch", "stream_key", "twitch", "TWITCH_STREAM_KEY", g_twitch,
     ["scripts/simulcast.sh", "stream/twitch.sh"], "sh", conv=False)
def ff_twitch(r, c):
    return """#!/usr/bin/env bash
set -e
SRC=${{1:-rtmp://127.0.0.1/live/{stream}}}

ffmpeg -hide_banner -i "$SRC" \\
  -c:v libx264 -preset veryfast -b:v {vbr}k -maxrate {vbr}k -bufsize {b2}k \\
  -pix_fmt yuv420p -g 120 -c:a aac -b:a 160k -ar 48000 \\
  -f flv "rtmp://{tw}/app/{S}"
""".format(S=MARK, b2=c["vbr"] * 2, **c)


@tpl("youtube", "stream_key", "youtube", "YOUTUBE_STREAM_KEY", g_youtube,
     ["systemd/yt-relay.service", "deploy/youtube-relay.service"], "service", conv=False)
def sysd_youtube(r, c):
    return """[Unit]
Description=Relay program feed to YouTube Live
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=stream
ExecStart=/usr/bin/ffmpeg -nostdin -loglevel warning -i rtmp://127.0.0.1/live/{stream} -c copy -f flv rtmp://a.rtmp.youtube.com/live2/{S}
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
""".format(S=MARK, **c)


@tpl("kick", "stream_key", "kick", "KICK_STREAM_KEY", g_kick,
     ["docker-compose.yml", "restreamer/docker-compose.yml"], "yml")
def kick_compose(r, c):
    return """services:
  relay:
    image: ghcr.io/{slug}/rtmp-relay:{ver}
    restart: unless-stopped
    ports:
      - "1935:1935"
    environment:
      KICK_RTMP_URL: rtmps://fa723fc1b171.global-contribute.live-video.net/app
      KICK_STREAM_KEY: {S}
      VIDEO_BITRATE: {vbr}k
      AUDIO_BITRATE: 160k
""".format(S=MARK, **c)


@tpl("restream", "stream_key", "restream", "RESTREAM_KEY", g_restream,
     ["config/destinations.js", "src/config/stream.js"], "js", conv=False)
def restream_js(r, c):
    return """// Outputs used by the encoder service
module.exports = {{
  input: 'rtmp://127.0.0.1:1935/live/{stream}',
  outputs: [
    {{
      name: 'restream',
      url: 'rtmp://live.restream.io/live',
      streamKey: '{S}',
      enabled: true,
    }},
    {{
      name: 'archive',
      url: 'file:///srv/recordings',
      enabled: {en},
    }},
  ],
  videoBitrate: {vbr},
}};
""".format(S=MARK, en=r.choice(["true", "false"]), **c)


@tpl("castr", "stream_key", "castr", "CASTR_STREAM_KEY", g_castr,
     ["docs/runbooks/going-live.md", "docs/streaming.md"], "md", conv=False)
def castr_md(r, c):
    return """# Going live: {station}

1. Start the vMix preset **Program 1080p**.
2. In *Settings > Outputs*, set the destination:
   - Server: `rtmp://{reg}.castr.io/static`
   - Stream key: `{S}`
3. Check the Castr dashboard shows the stream as **Online**.
4. Post the watch link in #announcements.

Contact {email} if the encoder drops more than twice in an hour.
""".format(S=MARK, reg=r.choice(["fr", "ny", "la", "sg", "de"]), **c)


@tpl("facebook", "stream_key", "facebook", "FACEBOOK_STREAM_KEY", g_facebook,
     ["config/simulcast.yaml", "deploy/multistream.yaml"], "yaml", conv=False)
def fb_yaml(r, c):
    return """input:
  listen: rtmp://0.0.0.0:1935/live/{stream}

targets:
  - name: facebook
    url: rtmps://live-api-s.facebook.com:443/rtmp/
    key: {S}
    enabled: true
  - name: local-hls
    url: file:///var/www/hls/{stream}.m3u8
    enabled: true

video:
  bitrate: {vbr}k
  keyframe_interval: 2
""".format(S=MARK, **c)


@tpl("twitch", "stream_key", "twitch", "TWITCH_STREAM_KEY", g_twitch,
     [".env", ".env.production"], "env")
def dotenv_twitch(r, c):
    return """NODE_ENV=production
PORT=3000
RTMP_INGEST=rtmp://127.0.0.1:1935/live
TWITCH_INGEST=rtmp://{tw}/app
TWITCH_STREAM_KEY={S}
VIDEO_BITRATE={vbr}
""".format(S=MARK, **c)


@tpl("youtube", "stream_key", "youtube", "YOUTUBE_STREAM_KEY", g_youtube,
     ["scripts/gst-youtube.sh", "pipelines/youtube.sh"], "sh", conv=False)
def gst_youtube(r, c):
    return """#!/bin/bash
# Camera -> H.264 -> YouTube with GStreamer
gst-launch-1.0 -e \\
  v4l2src device=/dev/video{n} ! video/x-raw,width=1920,height=1080,framerate=30/1 ! \\
  videoconvert ! x264enc bitrate={vbr} speed-preset=veryfast tune=zerolatency key-int-max=60 ! \\
  h264parse ! flvmux name=mux streamable=true ! \\
  rtmpsink location="rtmp://a.rtmp.youtube.com/live2/{S} live=1" \\
  pulsesrc ! audioconvert ! voaacenc bitrate=128000 ! aacparse ! mux.
""".format(S=MARK, **c)


@tpl("kick", "stream_key", "kick", "KICK_STREAM_KEY", g_kick,
     ["relay/kick.py", "app/outputs/kick.py"], "py", conv=False)
def kick_py(r, c):
    return """import os
import subprocess

INGEST = "rtmps://fa723fc1b171.global-contribute.live-video.net/app"


def start(source="rtmp://127.0.0.1/live/{stream}"):
    args = [
        "ffmpeg", "-nostdin", "-i", source,
        "-c:v", "copy", "-c:a", "aac", "-b:a", "160k",
        "-f", "flv", INGEST + "/" + "{S}",
    ]
    return subprocess.Popen(args)
""".format(S=MARK, **c)


@tpl("youtube", "stream_key", "youtube", "YT_KEY", g_youtube,
     ["ops/destinations.csv", "data/stream_targets.csv"], "csv", conv=False)
def csv_targets(r, c):
    rows = ["channel,platform,server,key,enabled"]
    names = ["main", "backup", "kids", "sports", "archive"]
    at = r.randint(0, 2)
    for i in range(3):
        if i == at:
            rows.append("%s,youtube,rtmp://a.rtmp.youtube.com/live2,%s,yes" % (names[i], MARK))
        else:
            rows.append("%s,hls,https://cdn.%s/hls/%s.m3u8,,yes" % (names[i], c["dom"], names[i]))
    return "\n".join(rows) + "\n"


# ---- Janus
@tpl("janus", "api_secret", "secret", "JANUS_API_SECRET", g_key24,
     ["janus/janus.jcfg", "etc/janus/janus.jcfg"], "jcfg")
def janus_api(r, c):
    return """general: {{
    configs_folder = "/opt/janus/etc/janus"
    plugins_folder = "/opt/janus/lib/janus/plugins"
    transports_folder = "/opt/janus/lib/janus/transports"
    events_folder = "/opt/janus/lib/janus/events"
    debug_level = 4
    api_secret = "{S}"
    token_auth = false
    protected_folders = [ "/bin", "/boot", "/dev", "/etc", "/lib", "/proc", "/sys", "/usr", "/var" ]
}}

media: {{
    rtp_port_range = "20000-40000"
}}

nat: {{
    stun_server = "stun.{dom}"
    stun_port = 3478
    nice_debug = false
}}
""".format(S=MARK, **c)


@tpl("janus", "admin_secret", "secret", "JANUS_ADMIN_SECRET", g_key24,
     ["janus/janus.jcfg", "conf/janus.jcfg"], "jcfg", conv=False)
def janus_admin(r, c):
    return """general: {{
    configs_folder = "/usr/local/etc/janus"
    log_to_stdout = true
    debug_level = 4
    admin_secret = "{S}"
}}

certificates: {{
    cert_pem = "/etc/letsencrypt/live/rtc.{dom}/fullchain.pem"
    cert_key = "/etc/letsencrypt/live/rtc.{dom}/privkey.pem"
}}

media: {{
    ipv6 = false
    rtp_port_range = "10000-10200"
}}
""".format(S=MARK, **c)


@tpl("janus", "admin_secret", "secret", "JANUS_STREAMING_SECRET", g_key24,
     ["janus/janus.plugin.streaming.jcfg", "conf/janus.plugin.streaming.jcfg"], "jcfg", conv=False)
def janus_streaming(r, c):
    return """general: {{
    string_ids = true
}}

{stream}: {{
    type = "rtp"
    id = "{stream}"
    description = "{station} program feed"
    metadata = "{genre}"
    secret = "{S}"
    audio = true
    video = true
    media = (
        {{ type = "audio" mid = "a" label = "Audio" port = 5002 pt = 111 codec = "opus" }},
        {{ type = "video" mid = "v" label = "Video" port = 5004 pt = 100 codec = "vp8" }}
    )
}}
""".format(S=MARK, **c)


@tpl("janus", "api_secret", "secret", "JANUS_API_SECRET", g_key24,
     ["web/js/room.js", "public/js/janus-init.js"], "js", conv=False)
def janus_js(r, c):
    return """let janus = null;

Janus.init({{
  debug: 'warn',
  callback: function () {{
    janus = new Janus({{
      server: ['wss://rtc.{dom}/janus-ws', 'https://rtc.{dom}/janus'],
      apisecret: '{S}',
      iceServers: [{{ urls: 'stun:stun.{dom}:3478' }}],
      success: attachVideoRoom,
      error: function (err) {{ console.error(err); }},
      destroyed: function () {{ window.location.reload(); }},
    }});
  }},
}});
""".format(S=MARK, **c)


# ---- Jitsi Meet
@tpl("jitsi", "jwt_secret", "secret", "JWT_APP_SECRET", g_hex64,
     ["prosody/conf.avail/meet.cfg.lua", "etc/prosody/conf.d/meet.cfg.lua"], "lua")
def jitsi_app_secret(r, c):
    return """plugin_paths = {{ "/usr/share/jitsi-meet/prosody-plugins/" }}
muc_mapper_domain_base = "meet.{dom}";

VirtualHost "meet.{dom}"
    authentication = "token"
    app_id = "{slug}"
    app_secret = "{S}"
    allow_empty_token = false
    ssl = {{
        key = "/etc/prosody/certs/meet.{dom}.key";
        certificate = "/etc/prosody/certs/meet.{dom}.crt";
    }}
    modules_enabled = {{
        "bosh";
        "pubsub";
        "ping";
        "speakerstats";
        "conference_duration";
    }}
    c2s_require_encryption = false
""".format(S=MARK, **c)


@tpl("jitsi", "component_secret", "secret", "JITSI_COMPONENT_SECRET", g_key24,
     ["prosody/conf.d/jitsi.cfg.lua", "jitsi/prosody.cfg.lua"], "lua", conv=False)
def jitsi_component(r, c):
    return """Component "conference.meet.{dom}" "muc"
    storage = "memory"
    modules_enabled = {{ "muc_meeting_id"; "muc_domain_mapper"; }}
    admins = {{ "focus@auth.meet.{dom}" }}
    muc_room_locking = false

Component "focus.meet.{dom}" "client_proxy"
    target_address = "focus@auth.meet.{dom}"

Component "jvb.meet.{dom}"
    component_secret = "{S}"
""".format(S=MARK, **c)


@tpl("jitsi", "jwt_secret", "secret", "JWT_APP_SECRET", g_key32,
     ["jitsi/docker-compose.override.yml", "docker-compose.override.yml"], "yml")
def jitsi_compose(r, c):
    return """services:
  prosody:
    environment:
      - ENABLE_AUTH=1
      - AUTH_TYPE=jwt
      - JWT_APP_ID={slug}
      - JWT_APP_SECRET={S}
      - JWT_ACCEPTED_ISSUERS={slug}
      - JWT_ACCEPTED_AUDIENCES=jitsi
  web:
    environment:
      - PUBLIC_URL=https://meet.{dom}
      - ENABLE_RECORDING=0
""".format(S=MARK, **c)


@tpl("jitsi", "xmpp_password", "pw", "JICOFO_AUTH_PASSWORD", g_pw,
     ["jicofo/jicofo.conf", "etc/jitsi/jicofo/jicofo.conf"], "conf", conv=False)
def jicofo(r, c):
    return """jicofo {{
  xmpp: {{
    client: {{
      client-proxy: "focus.meet.{dom}"
      xmpp-domain: "meet.{dom}"
      domain: "auth.meet.{dom}"
      username: "focus"
      password: "{S}"
      conference-muc-jid = "conference.meet.{dom}"
    }}
    trusted-domains: [ "recorder.meet.{dom}" ]
  }}
  bridge: {{
    brewery-jid: "JvbBrewery@internal.auth.meet.{dom}"
  }}
}}
""".format(S=MARK, **c)


# ---- Red5 / Nimble
@tpl("red5", "keystore_password", "pw", "RED5_KEYSTORE_PASS", g_pw,
     ["red5/conf/red5.properties", "conf/red5.properties"], "properties", conv=False)
def red5(r, c):
    return """# Socket policy
policy.host=0.0.0.0
policy.port=843
# HTTP
http.host=0.0.0.0
http.port=5080
https.port=5443
# RTMP
rtmp.host=0.0.0.0
rtmp.port=1935
rtmp.ping_interval=1000
rtmp.max_inactivity=60000
# RTMPS
rtmps.host=0.0.0.0
rtmps.port=8443
rtmps.keystorefile=conf/keystore.jks
rtmps.keystorepass={S}
rtmps.truststorefile=conf/truststore.jks
""".format(S=MARK, **c)


@tpl("nimble", "api_key", "secret", "NIMBLE_MANAGEMENT_KEY", g_key24,
     ["nimble/nimble.conf", "etc/nimble/nimble.conf"], "conf")
def nimble(r, c):
    return """# Nimble Streamer configuration
port = 8081
ssl_port = 8443
logs_path = /var/log/nimble
worker_threads = {n}
rtmp_port = 1935
management_listen_interfaces = {ip}
management_port = 8082
management_key = {S}
cache_path = /var/cache/nimble
max_cache_size = 512
""".format(S=MARK, **c)


# ---- SRT
@tpl("srt", "srt_passphrase", "srt", "SRT_PASSPHRASE", g_srt,
     ["scripts/srt-contribution.sh", "field/send_srt.sh"], "sh", conv=False)
def srt_ffmpeg(r, c):
    return """#!/usr/bin/env bash
# Field encoder -> studio over SRT (caller mode)
DEST={ip}:9000

ffmpeg -hide_banner -f decklink -i 'DeckLink Mini Recorder' \\
  -c:v libx264 -preset faster -b:v {vbr}k -g 50 -c:a aac -b:a 192k \\
  -f mpegts "srt://$DEST?mode=caller&latency=400000&pbkeylen=16&passphrase={S}"
""".format(S=MARK, **c)


@tpl("srt", "srt_passphrase", "srt", "SRT_PASSPHRASE", g_srt,
     ["systemd/srt-listener.service", "deploy/srt-live-transmit.service"], "service", conv=False)
def srt_sysd(r, c):
    return """[Unit]
Description=SRT listener -> local UDP multicast
After=network-online.target

[Service]
ExecStart=/usr/local/bin/srt-live-transmit "srt://:9000?mode=listener&latency=500&passphrase={S}" udp://239.1.1.{n}:5000 -s:1000 -statsout:/var/log/srt/stats.csv
Restart=on-failure

[Install]
WantedBy=multi-user.target
""".format(S=MARK, **c)


@tpl("srt", "srt_passphrase", "srt", "SRT_PASSPHRASE", g_srt,
     ["encoder/config.toml", "config/encoder.toml"], "toml")
def srt_toml(r, c):
    return """[input]
device = "/dev/video{n}"
width = 1920
height = 1080
fps = 50

[output.srt]
host = "{ip}"
port = 9000
mode = "caller"
latency_ms = 300
pbkeylen = 16
passphrase = "{S}"

[output.preview]
enabled = false
""".format(S=MARK, **c)


@tpl("srt", "srt_passphrase", "srt", "SRT_PASSPHRASE", g_srt,
     ["pipelines/srt-send.sh", "scripts/gst-srt.sh"], "sh", conv=False)
def srt_gst(r, c):
    return """#!/bin/sh
gst-launch-1.0 -v videotestsrc is-live=true ! video/x-raw,width=1280,height=720 ! \\
  x264enc tune=zerolatency bitrate={vbr} ! mpegtsmux ! \\
  srtsink uri="srt://{ip}:8890?mode=caller&streamid=publish:{stream}" passphrase="{S}" pbkeylen=16
""".format(S=MARK, **c)


# ---- HLS encryption / signed URLs
@tpl("hls", "hls_key", "hex", "HLS_KEY_HEX", g_hex32,
     ["scripts/make_hls.sh", "packaging/encrypt_hls.sh"], "sh", conv=False)
def hls_keyfile(r, c):
    return """#!/usr/bin/env bash
# Package a recording as AES-128 encrypted HLS
set -euo pipefail
IN=$1
OUT=/var/www/vod/$(basename "$IN" .mp4)
mkdir -p "$OUT"

echo -n {S} | xxd -r -p > "$OUT/enc.key"
printf '%s\\n%s\\n' "https://vod.{dom}/keys/$(basename "$OUT")/enc.key" "$OUT/enc.key" > "$OUT/enc.keyinfo"

ffmpeg -i "$IN" -c:v libx264 -c:a aac -hls_time 6 -hls_playlist_type vod \\
  -hls_key_info_file "$OUT/enc.keyinfo" \\
  -hls_segment_filename "$OUT/seg_%05d.ts" "$OUT/index.m3u8"
""".format(S=MARK, **c)


@tpl("hls", "access_token", "token", "HLS_KEY_TOKEN", g_b64url43,
     ["vod/episode-{n}/index.m3u8", "public/hls/{stream}/index.m3u8"], "m3u8", conv=False)
def hls_m3u8_token(r, c):
    seq = r.randint(0, 4000)
    segs = "".join("#EXTINF:6.000000,\nseg_%05d.ts\n" % (seq + i) for i in range(r.randint(3, 6)))
    return """#EXTM3U
#EXT-X-VERSION:3
#EXT-X-TARGETDURATION:6
#EXT-X-MEDIA-SEQUENCE:{seq}
#EXT-X-KEY:METHOD=AES-128,URI="https://keys.{dom}/v1/key/{stream}?token={S}"
{segs}#EXT-X-ENDLIST
""".format(S=MARK, seq=seq, segs=segs, **c)


@tpl("hls", "hls_key", "hex", "HLS_AES_KEY", g_hex32,
     ["keyserver/server.js", "src/key-server.js"], "js", conv=False)
def hls_node(r, c):
    return """const express = require('express');

const app = express();
const KEY = Buffer.from('{S}', 'hex');

app.get('/keys/:stream/enc.key', (req, res) => {{
  if (!req.session || !req.session.subscriber) return res.sendStatus(403);
  res.set('Content-Type', 'application/octet-stream');
  res.set('Cache-Control', 'no-store');
  res.send(KEY);
}});

app.listen(8090, () => console.log('key server on :8090'));
""".format(S=MARK, **c)


@tpl("hls", "signing_secret", "secret", "URL_SIGNING_SECRET", g_key32,
     ["app/signing.py", "playback/sign_url.py"], "py")
def hls_sign_py(r, c):
    return """import base64
import hashlib
import os
import time

URL_SIGNING_SECRET = "{S}"
BASE = "https://play.{dom}"


def signed_url(path, client_ip, ttl=3600):
    expires = int(time.time()) + ttl
    raw = f"{{expires}}{{path}}{{client_ip}} {{URL_SIGNING_SECRET}}".encode()
    digest = base64.urlsafe_b64encode(hashlib.md5(raw).digest()).decode().rstrip("=")
    return f"{{BASE}}{{path}}?md5={{digest}}&expires={{expires}}"
""".format(S=MARK, **c)


# ---- misc file types
@tpl("icecast", "admin_password", "pw", "icecast_admin_password", g_pw,
     ["infra/streaming.tf", "terraform/icecast/variables.tf"], "tf", conv=False)
def tf_icecast(r, c):
    return """variable "region" {{
  type    = string
  default = "eu-west-1"
}}

variable "instance_type" {{
  type    = string
  default = "t3.small"
}}

variable "icecast_admin_password" {{
  type      = string
  sensitive = true
  default   = "{S}"
}}

resource "aws_instance" "icecast" {{
  ami           = data.aws_ami.debian.id
  instance_type = var.instance_type
  user_data     = templatefile("${{path.module}}/cloud-init.yaml", {{
    admin_password = var.icecast_admin_password
    hostname       = "{host}"
  }})
  tags = {{ Name = "icecast-{slug}" }}
}}
""".format(S=MARK, **c)


@tpl("icecast", "source_password", "pw", "SOURCE_PASSWORD", g_pw,
     ["db/seeds/002_mounts.sql", "migrations/20240311_add_mounts.sql"], "sql", conv=False)
def sql_mounts(r, c):
    return """-- seed the mount table for the staging cluster
INSERT INTO stations (id, shortcode, name, genre, created_at)
VALUES ({sid}, '{slug}', '{station}', '{genre}', NOW());

INSERT INTO mounts (station_id, name, format, bitrate, source_user, source_password, is_default)
VALUES ({sid}, '{mount}', '{fmt}', {br}, 'source', '{S}', TRUE);
""".format(S=MARK, **c)


@tpl("icecast", "admin_password", "pw", "ICECAST_ADMIN_PASSWORD", g_pw,
     ["docker/icecast/Dockerfile", "Dockerfile"], "dockerfile")
def dockerfile_ice(r, c):
    return """FROM debian:bookworm-slim

RUN apt-get update \\
 && apt-get install -y --no-install-recommends icecast2 mime-support \\
 && rm -rf /var/lib/apt/lists/*

ENV ICECAST_HOSTNAME={host} \\
    ICECAST_ADMIN_PASSWORD={S}

COPY icecast.xml.tmpl /etc/icecast2/icecast.xml.tmpl
COPY entrypoint.sh /entrypoint.sh

EXPOSE 8000
USER icecast2
ENTRYPOINT ["/entrypoint.sh"]
""".format(S=MARK, **c)


@tpl("shoutcast", "source_password", "pw", "SC_PASSWORD", g_pw,
     ["docs/dj-handbook.md", "docs/onboarding/remote-djs.md"], "md", conv=False)
def md_shoutcast(r, c):
    return """# Remote DJ handbook

Welcome to {station}! To broadcast your show from home:

| Setting   | Value |
|-----------|-------|
| Server    | `sc.{dom}` |
| Port      | `8002` |
| Password  | `{S}` |
| Bitrate   | {br} kbps MP3 |

Use BUTT or Mixxx; set the server type to **SHOUTcast**. Please connect
five minutes before your slot and leave the connection by :58.
""".format(S=MARK, **c)


@tpl("youtube", "stream_key", "youtube", "YOUTUBE_STREAM_KEY", g_youtube,
     ["restreamer/config.toml", "bot/settings.toml"], "toml", conv=False)
def toml_youtube(r, c):
    return """[server]
listen = "0.0.0.0:1935"
app = "live"

[[destination]]
name = "youtube"
url = "rtmp://a.rtmp.youtube.com/live2"
stream_key = "{S}"

[[destination]]
name = "recording"
url = "file:///srv/rec/{stream}-%Y%m%d.flv"
""".format(S=MARK, **c)


@tpl("jitsi", "jwt_secret", "secret", "JITSI_APP_SECRET", g_key32,
     ["src/meeting/token.js", "server/jitsiToken.js"], "js", conv=False)
def jitsi_js(r, c):
    return """const jwt = require('jsonwebtoken');

function meetingToken(user, room) {{
  const payload = {{
    aud: 'jitsi',
    iss: '{slug}',
    sub: 'meet.{dom}',
    room,
    context: {{ user: {{ name: user.name, email: user.email }} }},
  }};
  return jwt.sign(payload, '{S}', {{ algorithm: 'HS256', expiresIn: '2h' }});
}}

module.exports = {{ meetingToken }};
""".format(S=MARK, **c)


@tpl("owncast", "stream_key", "key", "OWNCAST_STREAM_KEY", g_key24,
     ["systemd/owncast.service", "deploy/owncast.service"], "service", conv=False)
def owncast_sysd(r, c):
    return """[Unit]
Description=Owncast
After=network.target

[Service]
Type=simple
User=owncast
WorkingDirectory=/opt/owncast
ExecStart=/opt/owncast/owncast -webserverport 8080 -rtmpport 1935 -streamkey {S}
Restart=on-failure

[Install]
WantedBy=multi-user.target
""".format(S=MARK, **c)


@tpl("twitch", "stream_key", "twitch", "TWITCH_STREAM_KEY", g_twitch,
     ["ansible/group_vars/encoders.yml", "inventory/host_vars/encoder1.yml"], "yml")
def ansible_twitch(r, c):
    return """encoder_input: "decklink://0"
encoder_video_bitrate: {vbr}
encoder_audio_bitrate: 160
twitch_ingest: "rtmp://{tw}/app"
twitch_stream_key: "{S}"
ntp_servers:
  - 0.pool.ntp.org
  - 1.pool.ntp.org
""".format(S=MARK, **c)


@tpl("srs", "stream_key", "key", "SRS_PUBLISH_SECRET", g_key24,
     ["srs/hooks/app.js", "hooks/on_publish.js"], "js", conv=False)
def srs_hook_js(r, c):
    return """const http = require('http');

// SRS http_hooks on_publish: reply {{"code": 0}} to allow the publish
http.createServer((req, res) => {{
  let body = '';
  req.on('data', (d) => (body += d));
  req.on('end', () => {{
    const ev = JSON.parse(body || '{{}}');
    const params = new URLSearchParams((ev.param || '').replace(/^\\?/, ''));
    const ok = ev.action === 'on_publish' && params.get('secret') === '{S}';
    res.writeHead(200, {{ 'Content-Type': 'application/json' }});
    res.end(JSON.stringify({{ code: ok ? 0 : 403 }}));
  }});
}}).listen(8085);
""".format(S=MARK, **c)


# ------------------------------------------------------- look-alike negatives
LOOK = []


def look(paths, ftype, kind):
    def deco(fn):
        LOOK.append({"name": fn.__name__, "paths": paths, "ftype": ftype,
                     "kind": kind, "render": fn})
        return fn
    return deco


def b64(r, nbytes):
    import base64
    return base64.b64encode(bytes(r.randrange(256) for _ in range(nbytes))).decode()


@look(["public/hls/{stream}/index.m3u8", "vod/ep{n}/prog_index.m3u8"], "m3u8", "hls_key_uri_no_token")
def lk_m3u8_key(r, c):
    seq = r.randint(0, 9000)
    segs = "".join("#EXTINF:4.000,\n%s_%d_%05d.ts\n" % (c["stream"], c["br"], seq + i) for i in range(r.randint(4, 7)))
    return ("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:4\n#EXT-X-MEDIA-SEQUENCE:%d\n"
            '#EXT-X-KEY:METHOD=AES-128,URI="https://vod.%s/keys/%s/enc.key",IV=0x%s\n%s'
            % (seq, c["dom"], c["stream"], rs(r, HEX, 32).upper(), segs))


@look(["public/hls/master.m3u8", "cdn/{stream}/master.m3u8"], "m3u8", "codec_strings")
def lk_master(r, c):
    out = ["#EXTM3U", "#EXT-X-VERSION:6", "#EXT-X-INDEPENDENT-SEGMENTS"]
    for h, bw, prof in [(1080, 6000000, "640028"), (720, 3000000, "64001f"), (480, 1200000, "4d401e")]:
        out.append('#EXT-X-STREAM-INF:BANDWIDTH=%d,AVERAGE-BANDWIDTH=%d,CODECS="avc1.%s,mp4a.40.2",RESOLUTION=%dx%d,FRAME-RATE=30.000'
                   % (bw, bw * 9 // 10, prof, h * 16 // 9, h))
        out.append("%dp/index.m3u8" % h)
    return "\n".join(out) + "\n"


@look(["docs/status-sample.json", "test/fixtures/icecast-status.json"], "json", "status_json")
def lk_status(r, c):
    return json.dumps({"icestats": {"admin": c["email"], "host": c["host"], "location": "Earth",
                                    "server_id": "Icecast 2.4.4", "server_start_iso8601": ts(r),
                                    "source": {"audio_info": "channels=2;samplerate=44100;bitrate=%d" % c["br"],
                                               "bitrate": c["br"], "genre": c["genre"], "listener_peak": r.randint(10, 900),
                                               "listeners": r.randint(0, 300), "listenurl": "http://%s:%d%s" % (c["host"], c["port"], c["mount"]),
                                               "server_name": c["station"], "server_type": "audio/mpeg",
                                               "stream_start_iso8601": ts(r), "title": "Station ID"}}}, indent=2) + "\n"


@look(["test/fixtures/ffprobe.json", "probe/output.json"], "json", "codec_info")
def lk_ffprobe(r, c):
    return json.dumps({"streams": [
        {"index": 0, "codec_name": "h264", "profile": "High", "codec_tag_string": "avc1", "codec_tag": "0x31637661",
         "width": 1920, "height": 1080, "r_frame_rate": "30/1", "pix_fmt": "yuv420p", "bit_rate": str(c["vbr"] * 1000)},
        {"index": 1, "codec_name": "aac", "profile": "LC", "codec_tag_string": "mp4a", "codec_tag": "0x6134706d",
         "sample_rate": "48000", "channels": 2, "bit_rate": "160000"}],
        "format": {"filename": "%s.mp4" % c["stream"], "format_name": "mov,mp4,m4a,3gp,3g2,mj2",
                   "duration": "%d.%03d" % (r.randint(60, 9000), r.randint(0, 999)),
                   "tags": {"major_brand": "isom", "encoder": "Lavf60.16.100"}}}, indent=2) + "\n"


@look(["nginx/nginx.conf", "rtmp/nginx.conf"], "conf", "rtmp_config_no_key")
def lk_nginx(r, c):
    return """rtmp {{
    server {{
        listen 1935;
        application live {{
            live on;
            record off;
            on_publish http://127.0.0.1:8081/auth;
            on_publish_done http://127.0.0.1:8081/done;
            hls on;
            hls_path /var/www/hls;
            hls_fragment 3s;
            hls_variant _hi BANDWIDTH={b};
        }}
    }}
}}
""".format(b=c["vbr"] * 1000)


@look(["mediamtx.yml", "config/mediamtx.yml"], "yml", "paths_no_auth")
def lk_mtx(r, c):
    return """logLevel: info
rtspAddress: :8554
hlsAddress: :8888
webrtcAddress: :8889
srtAddress: :8890
paths:
  {stream}:
    source: rtsp://{ip}:554/cam/realmonitor?channel=1&subtype=0
    sourceOnDemand: yes
  lobby:
    source: publisher
    record: yes
  all_others:
""".format(**c)


@look(["release/SHA256SUMS", "dist/owncast-{ver}.sha256"], "txt", "sha256_sums")
def lk_sums(r, c):
    return "".join("%s  %s\n" % (rs(r, HEX, 64), f) for f in
                   ["owncast-%s-linux-64bit.zip" % c["ver"], "owncast-%s-linux-arm64.zip" % c["ver"],
                    "owncast-%s-macOS-64bit.zip" % c["ver"]])


@look(["docker-compose.yml", "deploy/compose.prod.yml"], "yml", "image_digest")
def lk_digest(r, c):
    return """services:
  mediamtx:
    image: bluenviron/mediamtx@sha256:{d1}
    network_mode: host
  icecast:
    image: infiniteproject/icecast@sha256:{d2}
    ports: ["8000:8000"]
    environment:
      ICECAST_SOURCE_PASSWORD: ${{ICECAST_SOURCE_PASSWORD:?set in secrets}}
""".format(d1=rs(r, HEX, 64), d2=rs(r, HEX, 64))


@look(["obs/basic/scenes/Show.json", "obs-scenes/{slug}.json"], "json", "uuids")
def lk_obs_scene(r, c):
    srcs = [{"name": n, "uuid": uuid(r), "id": i, "versioned_id": i, "settings": {}} for n, i in
            [("Camera", "v4l2_input"), ("Lower third", "browser_source"), ("Mic", "pulse_input_capture")]]
    return json.dumps({"current_scene": "Live", "name": c["station"], "sources": srcs, "groups": []}, indent=4) + "\n"


@look(["obs/basic/profiles/Main/basic.ini", "profiles/Stream/basic.ini"], "ini", "encoder_settings")
def lk_basic_ini(r, c):
    return """[General]
Name=Main

[Output]
Mode=Advanced

[AdvOut]
Encoder=obs_x264
Track1Bitrate=160
RecFormat2=mkv
RecType=Standard

[Video]
BaseCX=1920
BaseCY=1080
OutputCX=1280
OutputCY=720
FPSCommon=30
""".format(**c)


@look(["data/channels.csv", "ops/stream_inventory.csv"], "csv", "channel_ids")
def lk_csv(r, c):
    rows = ["channel_id,name,mount,bitrate,stream_uuid,playback_url"]
    for i in range(r.randint(4, 7)):
        rows.append("%d,%s %d,/ch%d.%s,%d,%s,https://cdn.%s/hls/ch%d/index.m3u8" % (
            100 + i, c["station"], i + 1, i + 1, c["fmt"], r.choice([96, 128, 192]), uuid(r), c["dom"], i + 1))
    return "\n".join(rows) + "\n"


@look(["config/youtube.json", "site/data/channels.json"], "json", "public_ids")
def lk_yt_ids(r, c):
    return json.dumps({"channelId": "UC" + rs(r, B64URL, 22), "uploadsPlaylist": "UU" + rs(r, B64URL, 22),
                       "featuredVideos": [rs(r, B64URL, 11) for _ in range(3)],
                       "embed": "https://www.youtube.com/embed/live_stream?channel=UC" + rs(r, B64URL, 22)}, indent=2) + "\n"


@look(["extension/config.js", "src/twitch/config.js"], "js", "twitch_client_id_public")
def lk_twitch_cid(r, c):
    return """// Public values only: the client secret lives in the backend vault.
export const TWITCH_CLIENT_ID = '{cid}';
export const BROADCASTER_ID = '{bid}';
export const REDIRECT_URI = 'https://www.{dom}/auth/twitch/callback';
export const SCOPES = ['channel:read:subscriptions', 'moderator:read:followers'];
""".format(cid=rs(r, LOWNUM, 30), bid=digits(r, 9), **c)


@look(["janus/janus.plugin.streaming.jcfg", "conf/streaming.jcfg"], "jcfg", "mountpoints")
def lk_janus(r, c):
    return """general: {{
    string_ids = false
}}

rtp-sample: {{
    type = "rtp"
    id = {i}
    description = "{station} preview"
    audio = true
    video = true
    audioport = 5002
    audiopt = 111
    audiortpmap = "opus/48000/2"
    videoport = 5004
    videopt = 100
    videortpmap = "VP8/90000"
}}
""".format(i=r.randint(1, 99), **c)


@look(["keys/jitsi-asap-public.pem", "certs/asap/{slug}.pub.pem"], "pem", "public_key")
def lk_pubkey(r, c):
    body = b64(r, 294)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----\n"


@look(["certs/rtc.{dom}.crt", "janus/certs/fullchain.pem"], "pem", "certificate")
def lk_cert(r, c):
    body = b64(r, r.randint(700, 900))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n"


@look(["logs/hls-access.log", "var/log/nginx/hls_access.log"], "log", "segment_names")
def lk_access(r, c):
    out = []
    seq = r.randint(100, 9000)
    for i in range(r.randint(5, 9)):
        out.append('198.51.100.%d - - [%s] "GET /hls/%s/%s_%d.ts HTTP/2.0" 200 %d "https://www.%s/" "Mozilla/5.0"' % (
            r.randint(2, 250), clf_time(r), c["stream"], c["stream"], seq + i, r.randint(200000, 900000), c["dom"]))
    return "\n".join(out) + "\n"


@look(["logs/icecast-access.log"], "log", "listener_log")
def lk_ice_access(r, c):
    out = []
    for i in range(r.randint(4, 8)):
        out.append('203.0.113.%d - - [%s] "GET %s HTTP/1.1" 200 %d "-" "%s" %d' % (
            r.randint(2, 250), clf_time(r), c["mount"], r.randint(1000, 90000000),
            r.choice(["VLC/3.0.20 LibVLC/3.0.20", "iTunes/12.12", "Lavf/60.16.100", "Mozilla/5.0"]), r.randint(3, 20000)))
    return "\n".join(out) + "\n"


@look(["logs/srs.log"], "log", "client_ids")
def lk_srs_log(r, c):
    out = []
    for i in range(r.randint(4, 7)):
        out.append("[%s][INFO][%d][%s] RTMP client ip=%s:%d, fd=%d" % (
            ts(r).replace("T", " ").rstrip("Z"), r.randint(1000, 9999), rs(r, LOWNUM, 8), c["ip"], r.randint(30000, 65000), r.randint(8, 60)))
    return "\n".join(out) + "\n"


@look(["playout/automation.liq", "liquidsoap/archive.liq"], "liq", "liq_no_password")
def lk_liq(r, c):
    return """music = playlist(mode="randomize", "/srv/music/{g}")
radio = crossfade(duration=4., mksafe(music))
output.file(%mp3(bitrate={br}), "/srv/archive/%Y-%m-%d/%H-%M.mp3", reopen_when={{0m}}, radio)
""".format(g=c["genre"].lower(), **c)


@look(["vod/ep{n}/enc.keyinfo", "packaging/enc.keyinfo"], "keyinfo", "keyinfo_no_key")
def lk_keyinfo(r, c):
    return "https://vod.%s/keys/ep%d/enc.key\n/var/lib/packager/keys/ep%d.key\n%s\n" % (c["dom"], c["n"], c["n"], rs(r, HEX, 32))


@look(["sdp/{stream}.sdp", "rtp/program.sdp"], "sdp", "sprop_parameter_sets")
def lk_sdp(r, c):
    return """v=0
o=- 0 0 IN IP4 127.0.0.1
s={station}
c=IN IP4 239.1.1.{n}
t=0 0
m=video 5004 RTP/AVP 96
a=rtpmap:96 H264/90000
a=fmtp:96 packetization-mode=1; sprop-parameter-sets={a},{b}; profile-level-id=64001F
m=audio 5002 RTP/AVP 97
a=rtpmap:97 MPEG4-GENERIC/48000/2
a=fmtp:97 profile-level-id=1;mode=AAC-hbr;sizelength=13;indexlength=3;indexdeltalength=3; config=1190
""".format(a="Z2QAH6zZQ" + b64(r, 15), b="aOvjyyLA", **c)


@look(["dash/{stream}/manifest.mpd", "vod/manifest.mpd"], "mpd", "pssh_kid")
def lk_mpd(r, c):
    return """<?xml version="1.0" encoding="UTF-8"?>
<MPD xmlns="urn:mpeg:dash:schema:mpd:2011" xmlns:cenc="urn:mpeg:cenc:2013" type="static" mediaPresentationDuration="PT{d}S" minBufferTime="PT2S" profiles="urn:mpeg:dash:profile:isoff-on-demand:2011">
  <Period>
    <AdaptationSet mimeType="video/mp4" codecs="avc1.64001f">
      <ContentProtection schemeIdUri="urn:mpeg:dash:mp4protection:2011" value="cenc" cenc:default_KID="{kid}"/>
      <ContentProtection schemeIdUri="urn:uuid:edef8ba9-79d6-4ace-a3c8-27dcd51d21ed">
        <cenc:pssh>{pssh}</cenc:pssh>
      </ContentProtection>
      <Representation id="720p" bandwidth="{bw}" width="1280" height="720"/>
    </AdaptationSet>
  </Period>
</MPD>
""".format(d=r.randint(60, 4000), kid=uuid(r), pssh="AAAAW3Bzc2gAAAAA7e+LqXnWSs6jyCfc1R0h7Q" + b64(r, 45), bw=c["vbr"] * 1000)


@look(["docs/runbooks/ingest.md", "docs/streaming-setup.md"], "md", "runbook_placeholders")
def lk_runbook(r, c):
    return """# Ingest runbook

- Primary ingest: `rtmp://ingest.{dom}/live` (stream key from the password manager entry *Broadcast / ingest*).
- Public playback: https://play.{dom}/hls/{stream}/index.m3u8
- Twitch ingest server: `rtmp://{tw}/app/{{stream_key}}`
- Health check: `curl -s https://ingest.{dom}/api/v1/health`

Never paste the key in chat; rotate it from the dashboard if it leaks.
""".format(**c)


@look(["systemd/icecast2.service", "deploy/liquidsoap.service"], "service", "unit_no_secret")
def lk_unit(r, c):
    return """[Unit]
Description=Liquidsoap playout for {station}
After=network.target icecast2.service

[Service]
User=liquidsoap
EnvironmentFile=/etc/liquidsoap/{slug}.env
ExecStart=/usr/bin/liquidsoap /etc/liquidsoap/{slug}.liq
Restart=always

[Install]
WantedBy=multi-user.target
""".format(**c)


@look(["docker/srs/Dockerfile", "Dockerfile"], "dockerfile", "tarball_checksum")
def lk_docker(r, c):
    return """FROM debian:bookworm-slim
ARG MTX_VERSION=v1.{m}.{p}
ARG MTX_SHA256={h}
ADD https://github.com/bluenviron/mediamtx/releases/download/${{MTX_VERSION}}/mediamtx_${{MTX_VERSION}}_linux_amd64.tar.gz /tmp/mtx.tgz
RUN echo "${{MTX_SHA256}}  /tmp/mtx.tgz" | sha256sum -c - && tar -xzf /tmp/mtx.tgz -C /usr/local/bin
EXPOSE 8554 1935 8888 8889 8890/udp
ENTRYPOINT ["/usr/local/bin/mediamtx"]
""".format(m=r.randint(5, 12), p=r.randint(0, 3), h=rs(r, HEX, 64))


@look(["infra/ivs.tf", "terraform/live/main.tf"], "tf", "ivs_public_outputs")
def lk_tf(r, c):
    return """resource "aws_ivs_channel" "{s}" {{
  name         = "{slug}-main"
  latency_mode = "LOW"
  type         = "STANDARD"
}}

output "ingest_endpoint" {{
  value = aws_ivs_channel.{s}.ingest_endpoint
}}

output "playback_url" {{
  value = aws_ivs_channel.{s}.playback_url
}}
""".format(s=c["slug"].replace("-", "_"), **c)


@look(["k8s/mediamtx-deployment.yaml", "deploy/k8s/deployment.yaml"], "yaml", "k8s_no_secret")
def lk_k8s(r, c):
    return """apiVersion: apps/v1
kind: Deployment
metadata:
  name: mediamtx
  labels: {{app: mediamtx}}
spec:
  replicas: 1
  selector:
    matchLabels: {{app: mediamtx}}
  template:
    metadata:
      labels: {{app: mediamtx}}
      annotations:
        checksum/config: {h}
    spec:
      containers:
        - name: mediamtx
          image: bluenviron/mediamtx:1.{m}.0
          envFrom:
            - secretRef:
                name: mediamtx-auth
          ports:
            - containerPort: 8554
            - containerPort: 8890
              protocol: UDP
""".format(h=rs(r, HEX, 64), m=r.randint(5, 12))


@look(["CHANGELOG.md", "docs/CHANGELOG.md"], "md", "commit_shas")
def lk_changelog(r, c):
    out = ["# Changelog", "", "## %s" % c["ver"], ""]
    for msg in ["fix HLS playlist rollover", "bump mediamtx", "add SRT stats export", "retry icecast reconnect"]:
        out.append("- %s (%s)" % (msg, rs(r, HEX, 7)))
    out.append("")
    out.append("Full diff: https://git.%s/radio/compare/%s...%s" % (c["dom"], rs(r, HEX, 40), rs(r, HEX, 40)))
    return "\n".join(out) + "\n"


@look(["web/package-lock.json", "player/package-lock.json"], "json", "integrity_hashes")
def lk_lock(r, c):
    pk = {}
    for name, ver in [("hls.js", "1.5.%d" % r.randint(0, 15)), ("video.js", "8.10.%d" % r.randint(0, 5)), ("janus-gateway", "1.2.%d" % r.randint(0, 3))]:
        pk["node_modules/" + name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name, ver),
                                      "integrity": "sha512-" + b64(r, 64)}
    return json.dumps({"name": c["slug"] + "-player", "lockfileVersion": 3, "packages": pk}, indent=2) + "\n"


@look(["app/verify.py", "playback/verify_link.py"], "py", "md5_signature_example")
def lk_verify(r, c):
    return '''import hashlib
import os
import base64

# Example signed link (expired):
#   https://play.{dom}/hls/{stream}/index.m3u8?md5={sig}&expires=1700000000
SECRET = os.environ["URL_SIGNING_SECRET"]


def verify(path, ip, md5, expires):
    raw = f"{{expires}}{{path}}{{ip}} {{SECRET}}".encode()
    want = base64.urlsafe_b64encode(hashlib.md5(raw).digest()).decode().rstrip("=")
    return want == md5
'''.format(sig=rs(r, B64URL, 22), **c)


@look(["red5/conf/red5.properties", "conf/red5.properties"], "properties", "ports_only")
def lk_red5(r, c):
    return "http.host=0.0.0.0\nhttp.port=5080\nrtmp.host=0.0.0.0\nrtmp.port=1935\nrtmp.ping_interval=1000\nrtmp.max_inactivity=60000\nrtmp.tcp_nodelay=true\n"


@look(["antmedia/LiveApp-settings.json"], "json", "flags_only")
def lk_ams(r, c):
    return json.dumps({"hlsMuxingEnabled": True, "dashMuxingEnabled": False, "webRTCEnabled": True,
                       "jwtControlEnabled": False, "hashControlPublishEnabled": False,
                       "encoderSettings": [{"height": 720, "videoBitrate": 2000000, "audioBitrate": 128000}],
                       "vodFolder": "/usr/local/antmedia/webapps/LiveApp/streams"}, indent=2) + "\n"


@look(["test/fixtures/nowplaying.json", "docs/api/nowplaying-example.json"], "json", "song_md5_ids")
def lk_np(r, c):
    songs = [{"id": rs(r, HEX, 32), "text": "Artist %d - Track %d" % (i, i), "art": "https://%s/api/station/%d/art/%s-%d.jpg" % (c["host"], c["sid"], rs(r, HEX, 24), r.randint(1600000000, 1700000000))} for i in range(2)]
    return json.dumps({"station": {"id": c["sid"], "shortcode": c["slug"], "listen_url": "https://%s/listen/%s/radio.mp3" % (c["host"], c["slug"])},
                       "now_playing": {"sh_id": r.randint(1000, 99999), "song": songs[0]}, "song_history": [{"song": songs[1]}]}, indent=2) + "\n"


@look(["inventory/capture-cards.json", "ops/hardware.json"], "json", "serial_numbers")
def lk_hw(r, c):
    return json.dumps([{"host": "enc%d" % i, "card": r.choice(["DeckLink Mini Recorder 4K", "DeckLink Duo 2", "Magewell Pro Capture"]),
                        "serial": "%s%s" % (rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ", 3), digits(r, 10)), "device_uuid": uuid(r),
                        "mac": ":".join(rs(r, HEX, 2) for _ in range(6))} for i in range(1, 4)], indent=2) + "\n"


@look(["logs/srt-stats.csv", "var/log/srt/stats.csv"], "csv", "srt_stats")
def lk_srtstats(r, c):
    rows = ["Time,SocketID,pktFlowWindow,pktCongestionWindow,pktFlightSize,msRTT,mbpsBandwidth,mbpsMaxBW,pktSent,pktSndLoss,pktRecv,pktRcvLoss"]
    for i in range(r.randint(4, 8)):
        rows.append("%d,%d,25600,8192,%d,%.3f,%.2f,1000.0,0,0,%d,%d" % (
            1000 * (i + 1), r.randint(100000000, 999999999), r.randint(0, 40), r.uniform(5, 120), r.uniform(10, 900), r.randint(1000, 90000), r.randint(0, 30)))
    return "\n".join(rows) + "\n"


@look(["obs-logs/2024-05-11 19-02-13.txt", "logs/obs.txt"], "txt", "masked_key_log")
def lk_obslog(r, c):
    return """19:02:13.512: [rtmp stream: 'adv_stream'] URL: rtmp://{tw}/app
19:02:13.512: [rtmp stream: 'adv_stream'] Stream key: ********
19:02:13.720: [rtmp stream: 'adv_stream'] Connecting to RTMP URL rtmp://{tw}/app...
19:02:14.004: [rtmp stream: 'adv_stream'] Connection to rtmp://{tw}/app ({ip}) successful
19:02:14.005: ==== Streaming Start ===============================================
""".format(**c)


@look(["web/player.html", "public/index.html"], "html", "playback_page")
def lk_player(r, c):
    return """<!doctype html>
<html>
<head><title>{station} live</title>
<link rel="icon" href="data:image/png;base64,{img}">
</head>
<body>
  <video id="v" controls autoplay muted playsinline></video>
  <script src="https://cdn.jsdelivr.net/npm/hls.js@1"></script>
  <script>
    const src = 'https://play.{dom}/hls/{stream}/index.m3u8';
    if (Hls.isSupported()) {{ const h = new Hls(); h.loadSource(src); h.attachMedia(document.getElementById('v')); }}
  </script>
</body>
</html>
""".format(img=b64(r, 60), **c)


@look(["test/fixtures/eventsub-stream-online.json"], "json", "event_ids")
def lk_eventsub(r, c):
    return json.dumps({"subscription": {"id": uuid(r), "type": "stream.online", "version": "1", "status": "enabled", "cost": 0,
                                        "condition": {"broadcaster_user_id": digits(r, 9)}, "created_at": ts(r)},
                       "event": {"id": digits(r, 11), "broadcaster_user_id": digits(r, 9), "broadcaster_user_login": c["slug"].replace("-", ""),
                                 "type": "live", "started_at": ts(r)}}, indent=2) + "\n"


@look(["playlists/stations.m3u", "public/listen.m3u"], "m3u", "public_stream_urls")
def lk_m3u(r, c):
    return "#EXTM3U\n#EXTINF:-1,%s (%d kbps)\nhttps://%s%s\n#EXTINF:-1,%s (mobile)\nhttps://%s/mobile.aac\n" % (
        c["station"], c["br"], c["host"], c["mount"], c["station"], c["host"])


@look(["monitoring/mediamtx-metrics.txt", "test/fixtures/metrics.prom"], "txt", "metrics")
def lk_metrics(r, c):
    return "".join('paths{name="%s",state="ready"} 1\npaths_bytes_received{name="%s",state="ready"} %d\n' % (p, p, r.randint(10 ** 6, 10 ** 10))
                   for p in [c["stream"], "lobby"])


@look(["api/paths-list.json", "test/fixtures/mtx-paths.json"], "json", "session_uuids")
def lk_mtxapi(r, c):
    return json.dumps({"itemCount": 1, "pageCount": 1, "items": [{"name": c["stream"], "confName": c["stream"],
                       "source": {"type": "rtmpConn", "id": uuid(r)}, "ready": True, "readyTime": ts(r),
                       "tracks": ["H264", "MPEG-4 Audio"], "bytesReceived": r.randint(10 ** 6, 10 ** 9),
                       "readers": [{"type": "hlsMuxer", "id": ""}, {"type": "webRTCSession", "id": uuid(r)}]}]}, indent=2) + "\n"


@look(["scripts/ffmpeg-hls.sh", "bin/transcode.sh"], "sh", "ffmpeg_no_key")
def lk_ffhls(r, c):
    return """#!/bin/sh
ffmpeg -i rtmp://127.0.0.1/live/{stream} \\
  -map 0:v -map 0:a -c:v libx264 -profile:v high -level 4.0 -b:v {vbr}k -x264-params keyint=60:scenecut=0 \\
  -c:a aac -b:a 128k -f hls -hls_time 4 -hls_list_size 6 -hls_flags delete_segments+independent_segments \\
  -hls_segment_filename /var/www/hls/{stream}_%05d.ts /var/www/hls/{stream}.m3u8
""".format(**c)


@look(["config/janus.transport.http.jcfg"], "jcfg", "transport_ports")
def lk_janus_http(r, c):
    return 'general: {\n    json = "indented"\n    base_path = "/janus"\n    http = true\n    port = 8088\n    https = false\n}\n\nadmin: {\n    admin_base_path = "/admin"\n    admin_http = false\n    admin_port = 7088\n}\n'


# ------------------------------------------------------------------- driver
ENV_BLOCKED = re.compile(r"^\.env(\.(?!example$|sample$|template$|dist$)[A-Za-z0-9_-]+)?$")


def filetype(t, rel):
    return t["ftype"]


def fill_neg(r, t, text):
    """Put a non-secret into the slot of template t."""
    kind, val = neg_fill(r, t)
    lang = t["ftype"]
    if kind == "REF" and lang in CODE_REFS and r.random() < 0.7:
        expr = CODE_REFS[lang].format(e=t["env"])
        for q in ('"', "'"):
            if q + MARK + q in text:
                return text.replace(q + MARK + q, expr, 1), "env_reference"
    label = {"PH": "placeholder", "REF": "env_reference", "DOC": "documented_example",
             "MASK": "masked"}[kind]
    if val == "":
        label = "empty_value"
    return text.replace(MARK, val, 1), label


def cycle(r, items, n):
    out = []
    while len(out) < n:
        perm = list(range(len(items)))
        r.shuffle(perm)
        out.extend(items[i] for i in perm)
    return out[:n]


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_kb.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []

    # positives
    for i, t in enumerate(cycle(r, POS, 500)):
        c = ctx(r)
        text = t["render"](r, c)
        assert text.count(MARK) == 1, t["name"]
        needle = t["gen"](r)
        assert needle and "\n" not in needle
        text = text.replace(MARK, needle)
        rel = r.choice(t["paths"]).format(**c)
        fname = "pos/p%04d/%s" % (i, rel)
        write(outdir, fname, text)
        lines = text.split("\n")
        line = next(k for k, ln in enumerate(lines, 1) if needle in ln)
        with open(os.path.join(outdir, fname), encoding="utf-8") as f:
            assert needle in f.read().split("\n")[line - 1], fname
        manifest.append({"file": fname, "label": "pos", "provider": t["provider"],
                         "kind": t["kind"], "filetype": filetype(t, rel)})
        secrets.append({"file": fname, "needle": needle, "line": line})
    n_env = sum(1 for m in manifest if ENV_BLOCKED.match(os.path.basename(m["file"])))
    assert n_env <= 25, n_env

    # negatives: half reuse positive templates, half look-alikes
    jobs = [("T", t) for t in cycle(r, POS, 250)] + [("L", t) for t in cycle(r, LOOK, 250)]
    r.shuffle(jobs)
    for i, (typ, t) in enumerate(jobs):
        c = ctx(r)
        rel = r.choice(t["paths"]).format(**c)
        if typ == "T":
            text = t["render"](r, c)
            assert text.count(MARK) == 1, t["name"]
            text, how = fill_neg(r, t, text)
            prov, kind = t["provider"], "%s:%s" % (t["kind"], how)
        else:
            text = t["render"](r, c)
            prov, kind = "lookalike", t["kind"]
        assert MARK not in text
        base = os.path.basename(rel)
        if ENV_BLOCKED.match(base):
            rel = os.path.join(os.path.dirname(rel), ".env.example")
        assert not ENV_BLOCKED.match(os.path.basename(rel))
        fname = "neg/n%04d/%s" % (i, rel)
        write(outdir, fname, text)
        manifest.append({"file": fname, "label": "neg", "provider": prov,
                         "kind": kind, "filetype": t["ftype"]})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
