#!/usr/bin/env python3
"""gen_ob -- blind evaluation-set generator: audio, internet radio, music and podcasting.

EMPHASIS
  Streaming servers and source clients: Icecast (icecast.xml source/relay/admin/master
  passwords), Shoutcast DNAS v2 (sc_serv.conf password/adminpassword/streampassword_N),
  Liquidsoap (.liq output.icecast / input.harbor / output.srt), ezstream XML, darkice.cfg,
  butt (.buttrc), Mixxx broadcast profiles (.bcp.xml), OBS service.json, nginx-rtmp push
  URLs and ffmpeg scripts with RTMP stream keys (Twitch / YouTube / self-hosted), SRT
  passphrases; station software (AzuraCast API keys, LibreTime config.yml, Airtime
  airtime.conf); music APIs (Spotify client secret / refresh / access tokens, Apple MusicKit
  .p8 private keys and ES256 developer tokens, SoundCloud, Last.fm shared secret and session
  keys, Discogs personal tokens, Genius, ListenBrainz user tokens); media servers (Jellyfin API
  keys, Plex X-Plex-Token, Subsonic/Navidrome `p=`, `p=enc:` and `t`/`s` credentials in URLs);
  podcast hosting (Transistor, Buzzsprout, Podbean, Libsyn, Spreaker, Auphonic, Descript,
  Riverside) and private RSS feed URLs (Patreon `auth=`, Supercast feed tokens).
  File types: xml, conf, cfg, ini, liq, py, js, ts, yaml, json, sh, m3u, pls, rss/xml, toml,
  nginx conf, Dockerfile/compose, Makefile, PEM (.p8), php, properties, k8s manifests.

USAGE
  python3 -B gen_ob.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Deterministic per SEED (random.Random).

NEEDLE CONVENTIONS
  * needle = the secret value exactly as it appears in the file, without surrounding quotes.
  * Passwords inside URLs (`http://source:PW@host`, `p=PW`) -> only the password part.
  * Subsonic `p=enc:HEX` -> needle is the hex (without `enc:`), a reversible encoding of the
    password, hence positive.  Subsonic `t=` token -> needle is the 32-hex token (replayable
    together with its `s=` salt: documented by Ultrasonic's wiki as "you can send valid,
    authenticated requests ... with it").
  * AzuraCast key -> whole `identifier:verifier` string.
  * RTMP stream key -> the key only (last path element), SRT -> the passphrase value.
  * Apple .p8 PEM files -> the whole PEM block from `-----BEGIN PRIVATE KEY-----` to
    `-----END PRIVATE KEY-----` (multi-line needle), line = line of BEGIN.  When the PEM is
    embedded in a JS/JSON string with literal `\\n` escapes the needle is that one-line string.
  * JWT developer tokens -> the whole three-part token.
  * Base64 in a Kubernetes Secret -> the base64 text as it appears (encoded leak = positive).
  * line is 1-based line of the first character of the needle; every needle occurs once.

NEGATIVES
  ~half reuse the positive templates with the slot filled by: placeholders (<YOUR_...>,
  changeme, REPLACE_ME, xxxx...), ${ENV}/%(ENV)s/{{ vault }} references, empty or masked
  values (****), the documented Icecast default `hackme` (decided: negative, it is the
  shipped documented default and appears in every stock icecast.xml), Ampache/Subsonic
  doc example `sesame`.  The other half are look-alikes: public stream URLs / playlists,
  Icecast status-json, mount lists, ISRC/UPC/catalog numbers, MusicBrainz MBIDs, Spotify
  track/artist/playlist ids and snapshot_ids, public podcast RSS (guid, podcast:guid,
  enclosures), audio checksums (sha256sum, FLAC MD5, AcoustID fingerprints), Git LFS
  pointers, Apple MusicKit key id/team id + public key PEM, Plex MachineIdentifier, Jellyfin
  DeviceId, ListenBrainz recording_msid exports, argon2/bcrypt hashes stored by panels
  (AzuraCast api_keys verifier hash), YouTube video/channel ids, CUE sheets, HLS playlists,
  npm integrity hashes, code that reads secrets from environment / secret stores.

FORMATS CHECKED
  * Subsonic/Ampache auth parameters (u, p clear or `enc:` hex, t = md5(password+salt), s
    salt >= 6 chars): Ampache wiki "subsonic" page and Ultrasonic wiki page (search tool,
    pages corpus).
  * Buzzsprout API token + podcast id usage: Airbyte Buzzsprout connector docs and PyPI
    wrappers (docs corpus).
  * Everything else from own knowledge of the products' documentation: Icecast 2.4 config
    reference (authentication block, relay master-password), Shoutcast DNAS 2 sc_serv.conf
    keys, Liquidsoap 2.x operators, Spotify (32-hex client id/secret, `AQ...` refresh tokens,
    `BQ...` access tokens), Apple MusicKit (10-char key id and team id, ES256 JWT with kid,
    PKCS#8 EC P-256 .p8 -- generated with a real P-256 public point computed in-process),
    Twitch `live_<digits>_<30 alnum>` keys, YouTube `xxxx-xxxx-xxxx-xxxx-xxxx` keys, Last.fm
    32-hex api key/secret, Jellyfin 32-hex API keys, Plex 20-char tokens, ListenBrainz UUID
    tokens, UPC-A check digit, ISRC layout.

DOUBTS
  * Guessed shapes: SoundCloud OAuth token (`2-<6 digits>-<user id>-<16 alnum>`), Last.fm
    session key (32 alnum), Discogs personal token (40 alnum), Genius token (64 chars
    [A-Za-z0-9_-]), Transistor API key (24 alnum), Podbean client id/secret, Spreaker token,
    Auphonic/Descript/Riverside key shapes, Patreon RSS `auth=` (32 chars), Supercast feed
    token, LibreTime api_key (32 alnum), Airtime api_key (20 uppercase alnum), AzuraCast
    key `16hex:32hex` (the AzuraCast docs search returned nothing usable).
  * Subsonic t/s labelled positive (replayable); some would label it negative.
  * Airtime templates keep the shipped defaults `dbpass = airtime` / `monit_password = airtime`
    and Liquidsoap harbor `password="hackme"` as non-secret documented defaults next to the
    one real credential.
  * Apple .p8 layout (PKCS#8 with curve OID + public point, "MIGTAgEAMBMG...", 200 base64
    chars) is from memory; the point math was self-checked (point on curve, (n-1)G = -G).
  * mopidy-spotify client_secret shape (44 chars base64) and Twitch user-id digit count guessed.
  * The search tool showed no scanner rules; nothing was ignored for that reason.
"""
import base64
import hashlib
import json
import os
import string
import sys
import random

A_LO = string.ascii_lowercase
A_UP = string.ascii_uppercase
DIG = string.digits
ALNUM = A_LO + A_UP + DIG
HEX = "0123456789abcdef"
B64U = ALNUM + "-_"


# ---------------------------------------------------------------- primitives
def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def hexs(r, n):
    return rs(r, HEX, n)


def alnum(r, n):
    # make sure it contains at least one upper, lower, digit (real generated tokens do)
    while True:
        s = rs(r, ALNUM, n)
        if n < 8 or (any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s)):
            if not bad_word(s):
                return s


BAD = ("test", "example", "dummy", "fake", "sample", "xxxx", "demo", "placeholder")


def bad_word(s):
    l = s.lower()
    return any(b in l for b in BAD)


def uuid4(r):
    h = list(hexs(r, 32))
    h[12] = "4"
    h[16] = r.choice("89ab")
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


WORDS = ("amber basalt cactus delta ember falcon granite harbor indigo juniper kestrel lagoon "
         "meadow nectar onyx pepper quartz raven saffron tundra umber velvet walnut yarrow zephyr "
         "copper lantern violet marble thistle bramble cobalt drift echo fjord glacier hollow "
         "ivory jasper kelp lumen mosaic nimbus orchid pylon quill ridge sorrel tempo vinyl "
         "woofer treble reverb cassette needle groove jukebox tuner static bassline chorus "
         "falsetto synth sampler turntable midnight sunrise harbour skyline").split()
SYMS = "!#%*+-._@~^="
URLSAFE_SYMS = "-._~"


def human_pw(r, ctx="plain"):
    """Passwords people choose / generate.  ctx url -> only URL-safe chars; xml -> no & < >."""
    syms = URLSAFE_SYMS if ctx == "url" else SYMS
    while True:
        style = r.randrange(5)
        if style == 0:
            w = r.choice(WORDS)
            s = w.capitalize() + r.choice(syms) + str(r.randrange(10, 9999))
            if r.random() < 0.5:
                s = r.choice(WORDS) + r.choice(syms) + s
        elif style == 1:
            s = rs(r, ALNUM + syms, r.randrange(16, 33))
        elif style == 2:
            sep = r.choice("-._" if ctx == "url" else "-._ +")
            if sep == " " or sep == "+":
                sep = "-"
            s = sep.join(r.choice(WORDS) for _ in range(r.randrange(3, 5))) + sep + str(r.randrange(10, 99))
        elif style == 3:
            w = r.choice(WORDS)
            leet = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
            s = leet.capitalize() + r.choice(syms) + r.choice(WORDS).capitalize() + str(r.randrange(1, 99))
        else:
            s = alnum(r, r.randrange(16, 25))
        if len(s) >= 10 and not bad_word(s) and s.lower() not in ("hackme", "changeme"):
            return s


# ---------------------------------------------------------------- P-256 for MusicKit .p8
P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
GX = 0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296
GY = 0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5
A_CURVE = -3


def _jdbl(p):
    X, Y, Z = p
    if Y == 0:
        return (0, 1, 0)
    YY = Y * Y % P
    S = 4 * X * YY % P
    ZZ = Z * Z % P
    M = (3 * X * X + A_CURVE * ZZ * ZZ) % P
    X3 = (M * M - 2 * S) % P
    Y3 = (M * (S - X3) - 8 * YY * YY) % P
    Z3 = 2 * Y * Z % P
    return (X3, Y3, Z3)


def _jadd(p, q):
    if p[2] == 0:
        return q
    if q[2] == 0:
        return p
    X1, Y1, Z1 = p
    X2, Y2, Z2 = q
    Z1Z1 = Z1 * Z1 % P
    Z2Z2 = Z2 * Z2 % P
    U1 = X1 * Z2Z2 % P
    U2 = X2 * Z1Z1 % P
    S1 = Y1 * Z2 * Z2Z2 % P
    S2 = Y2 * Z1 * Z1Z1 % P
    if U1 == U2:
        if S1 != S2:
            return (0, 1, 0)
        return _jdbl(p)
    H = (U2 - U1) % P
    R = (S2 - S1) % P
    HH = H * H % P
    HHH = H * HH % P
    V = U1 * HH % P
    X3 = (R * R - HHH - 2 * V) % P
    Y3 = (R * (V - X3) - S1 * HHH) % P
    Z3 = H * Z1 * Z2 % P
    return (X3, Y3, Z3)


def p256_pub(d):
    res = (0, 1, 0)
    add = (GX, GY, 1)
    while d:
        if d & 1:
            res = _jadd(res, add)
        add = _jdbl(add)
        d >>= 1
    X, Y, Z = res
    zi = pow(Z, -1, P)
    return (X * zi * zi % P, Y * zi * zi * zi % P)


def p8_key(r):
    d = r.randrange(1, N)
    x, y = p256_pub(d)
    # PKCS#8 wrapping of an RFC 5915 ECPrivateKey that carries the curve OID and the public
    # point, as Apple's AuthKey_XXXXXXXXXX.p8 files do ("MIGTAgEAMBMGByqGSM49...").
    der = (bytes.fromhex("308193020100301306072a8648ce3d020106082a8648ce3d030107047930770201010420")
           + d.to_bytes(32, "big") + bytes.fromhex("a00a06082a8648ce3d030107") + bytes.fromhex("a144034200") + b"\x04"
           + x.to_bytes(32, "big") + y.to_bytes(32, "big"))
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----", (x, y)


def p256_pubkey_pem(r):
    d = r.randrange(1, N)
    x, y = p256_pub(d)
    der = (bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d030107034200") + b"\x04"
           + x.to_bytes(32, "big") + y.to_bytes(32, "big"))
    b = base64.b64encode(der).decode()
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(b[i:i + 64] for i in range(0, len(b), 64)) + "\n-----END PUBLIC KEY-----"


# ---------------------------------------------------------------- secret shapes
def apple_id10(r):
    return rs(r, A_UP + DIG, 10)


def s_twitch(r):
    return "live_%d_%s" % (r.randrange(10 ** 7, 10 ** 9 * 9), alnum(r, 30))


def s_youtube(r):
    return "-".join(rs(r, A_LO + DIG, 4) for _ in range(5))


def s_rtmp_generic(r):
    return alnum(r, r.choice((20, 24, 32)))


def s_spotify_secret(r):
    return hexs(r, 32)


def s_spotify_refresh(r):
    return "AQ" + rs(r, B64U, 129)


def s_spotify_access(r):
    return "BQ" + rs(r, B64U, r.randrange(150, 200))


def s_jwt_es256(r, kid, team):
    iat = r.randrange(1690000000, 1735000000)
    hdr = b64u(json.dumps({"alg": "ES256", "kid": kid}, separators=(",", ":")).encode())
    pl = b64u(json.dumps({"iss": team, "iat": iat, "exp": iat + 15777000}, separators=(",", ":")).encode())
    return hdr + "." + pl + "." + b64u(rbytes(r, 64))


def s_azuracast(r):
    return hexs(r, 16) + ":" + hexs(r, 32)


def s_soundcloud_oauth(r):
    return "2-%d-%d-%s" % (r.randrange(100000, 999999), r.randrange(10 ** 7, 10 ** 9), alnum(r, 16))


def s_genius(r):
    return rs(r, B64U, 64)


def s_plex(r):
    s = list(alnum(r, 20))
    if r.random() < 0.5:
        s[r.randrange(1, 19)] = r.choice("-_")
    return "".join(s)


def s_subsonic_enc(pw):
    return pw.encode().hex()


# ---------------------------------------------------------------- context helpers
STATIONS = ["Kestrel FM", "Radio Nordwind", "Lowlands Jazz", "KXLU Night Shift", "Basement Beats",
            "Radio Ondas", "Harbour Sound", "Static Bloom", "WFRM Community", "Drift Radio",
            "Vinyl Vault", "Nocturne Radio", "Radio Tesla Coil", "Groove Kitchen", "Cobalt Waves"]
HOSTS = ["stream.kestrelfm.net", "icecast.radionordwind.de", "live.lowlandsjazz.nl", "radio.basementbeats.org",
         "cast.harboursound.co.uk", "stream.driftradio.fm", "srv2.vinylvault.radio", "edge1.nocturne.fm",
         "ice.groovekitchen.io", "media.cobaltwaves.com", "stream.wfrm.org", "streaming.radioondas.es"]
USERS = ["maria", "jdoe", "nightdj", "k.osei", "hendrik", "lucia.r", "tomasz", "ananya", "felix", "brodie"]
MOUNTS = ["/live", "/stream", "/radio.mp3", "/hq.ogg", "/main", "/autodj", "/live.aac", "/low", "/jazz128"]


def slug(s):
    return "".join(c if c.isalnum() else "-" for c in s.lower()).strip("-").replace("--", "-")


def ctx(r):
    st = r.choice(STATIONS)
    return {"station": st, "slug": slug(st), "host": r.choice(HOSTS), "port": r.choice((8000, 8000, 8010, 8443, 8080)),
            "mount": r.choice(MOUNTS), "user": r.choice(USERS), "br": r.choice((96, 128, 192, 256, 320)),
            "email": "%s@%s" % (r.choice(USERS).replace(".", ""), r.choice(HOSTS).split(".", 1)[1])}


def env_name(r, base):
    return r.choice(["", "APP_", "RADIO_", "STREAM_"]) + base


# ---------------------------------------------------------------- templates
# each template: f(r, v, neg) -> (relpath, text, filetype); v inserted verbatim once.
# "fill" is used for *other* secret slots: never a real secret.
def other(r, name):
    return r.choice(["${%s}" % name, "hackme", "CHANGE_ME", "{{ %s }}" % name.lower()])


def t_icecast_xml(r, v, neg, slot):
    c = ctx(r)
    src = v if slot == "source" else other(r, "ICECAST_SOURCE_PASSWORD")
    adm = v if slot == "admin" else other(r, "ICECAST_ADMIN_PASSWORD")
    rel = v if slot == "relay" else "hackme"
    lines = ["<icecast>",
             "    <location>%s</location>" % r.choice(["Rotterdam", "Leeds", "Porto", "Austin, TX", "Kraków"]),
             "    <admin>%s</admin>" % c["email"],
             "    <hostname>%s</hostname>" % c["host"],
             "",
             "    <limits>",
             "        <clients>%d</clients>" % r.choice((100, 250, 500, 1000)),
             "        <sources>%d</sources>" % r.choice((2, 4, 8)),
             "        <queue-size>524288</queue-size>",
             "        <client-timeout>30</client-timeout>",
             "        <header-timeout>15</header-timeout>",
             "        <source-timeout>10</source-timeout>",
             "        <burst-on-connect>1</burst-on-connect>",
             "        <burst-size>65535</burst-size>",
             "    </limits>",
             "",
             "    <authentication>",
             "        <!-- Sources log in with username 'source' -->",
             "        <source-password>%s</source-password>" % src,
             "        <!-- Relays log in with username 'relay' -->",
             "        <relay-password>%s</relay-password>" % rel,
             "",
             "        <!-- Admin logs in with the username given below -->",
             "        <admin-user>admin</admin-user>",
             "        <admin-password>%s</admin-password>" % adm,
             "    </authentication>",
             "",
             "    <listen-socket>",
             "        <port>%d</port>" % c["port"],
             "    </listen-socket>",
             "",
             "    <mount type=\"normal\">",
             "        <mount-name>%s</mount-name>" % c["mount"],
             "        <stream-name>%s</stream-name>" % c["station"],
             "        <bitrate>%d</bitrate>" % c["br"],
             "        <public>1</public>",
             "        <hidden>0</hidden>",
             "    </mount>",
             "",
             "    <fileserve>1</fileserve>",
             "    <paths>",
             "        <basedir>/usr/share/icecast2</basedir>",
             "        <logdir>/var/log/icecast2</logdir>",
             "        <webroot>/usr/share/icecast2/web</webroot>",
             "        <adminroot>/usr/share/icecast2/admin</adminroot>",
             "        <alias source=\"/\" destination=\"/status.xsl\"/>",
             "    </paths>",
             "    <logging>",
             "        <accesslog>access.log</accesslog>",
             "        <errorlog>error.log</errorlog>",
             "        <loglevel>3</loglevel>",
             "        <logsize>10000</logsize>",
             "    </logging>",
             "    <security>",
             "        <chroot>0</chroot>",
             "    </security>",
             "</icecast>"]
    path = r.choice(["icecast/icecast.xml", "etc/icecast2/icecast.xml", "docker/icecast/icecast.xml", "config/icecast.xml"])
    return path, "\n".join(lines) + "\n", "xml"


def t_icecast_src(r, v, neg):
    return t_icecast_xml(r, v, neg, "source")


def t_icecast_adm(r, v, neg):
    return t_icecast_xml(r, v, neg, "admin")


def t_icecast_relay(r, v, neg):
    c = ctx(r)
    up = r.choice(HOSTS)
    lines = ["<icecast>",
             "  <hostname>%s</hostname>" % c["host"],
             "  <limits><clients>400</clients><sources>6</sources></limits>",
             "  <authentication>",
             "    <source-password>${ICECAST_SOURCE_PASSWORD}</source-password>",
             "    <admin-user>admin</admin-user>",
             "    <admin-password>${ICECAST_ADMIN_PASSWORD}</admin-password>",
             "  </authentication>",
             "",
             "  <!-- pull everything from the origin in %s -->" % r.choice(["Frankfurt", "Amsterdam", "Dallas"]),
             "  <master-server>%s</master-server>" % up,
             "  <master-server-port>8000</master-server-port>",
             "  <master-update-interval>120</master-update-interval>",
             "  <master-password>%s</master-password>" % v,
             "  <relays-on-demand>1</relays-on-demand>",
             "",
             "  <relay>",
             "    <server>%s</server>" % up,
             "    <port>8000</port>",
             "    <mount>%s</mount>" % c["mount"],
             "    <local-mount>%s</local-mount>" % c["mount"],
             "    <on-demand>0</on-demand>",
             "    <relay-shoutcast-metadata>1</relay-shoutcast-metadata>",
             "  </relay>",
             "",
             "  <listen-socket><port>%d</port></listen-socket>" % c["port"],
             "  <paths>",
             "    <logdir>/var/log/icecast</logdir>",
             "    <webroot>/usr/share/icecast/web</webroot>",
             "    <adminroot>/usr/share/icecast/admin</adminroot>",
             "  </paths>",
             "</icecast>"]
    return r.choice(["relay/icecast-relay.xml", "edge/icecast.xml"]), "\n".join(lines) + "\n", "xml"


def t_shoutcast(r, v, neg):
    c = ctx(r)
    slot = r.choice(["password", "adminpassword", "streampassword_1"])
    vals = {k: (v if k == slot else other(r, k.upper())) for k in ("password", "adminpassword", "streampassword_1")}
    L = ["; SHOUTcast DNAS 2 configuration for %s" % c["station"],
         "; generated by setup, edited by hand",
         "logfile=logs/sc_serv.log",
         "w3clog=logs/sc_w3c.log",
         "banfile=control/sc_serv.ban",
         "ripfile=control/sc_serv.rip",
         "",
         "portbase=%d" % r.choice((8000, 8010, 8500)),
         "publicserver=%s" % r.choice(["always", "default", "never"]),
         "maxuser=%d" % r.choice((64, 128, 512)),
         "",
         "; source (broadcaster) password"]
    if slot != "streampassword_1":
        L.append("password=%s" % vals["password"])
    L += ["adminpassword=%s" % vals["adminpassword"],
          "",
          "streamid_1=1",
          "streampath_1=%s" % c["mount"],
          "streammaxuser_1=0",
          "streamtitle_1=%s" % c["station"]]
    if slot == "streampassword_1":
        L.append("streampassword_1=%s" % v)
    L += ["streamauthhash_1=",
          "",
          "; yp listing",
          "yp2debug=0",
          "namelookups=0",
          "cpucount=1",
          "songhistory=20",
          "flashpolicyserverport=-1"]
    return r.choice(["sc_serv.conf", "shoutcast/sc_serv.conf", "conf/sc_serv_%s.conf" % c["slug"]]), "\n".join(L) + "\n", "conf"


def t_liq_icecast(r, v, neg):
    c = ctx(r)
    var = r.choice(["pw", "src_pass", "ice", "auth", "mountpw"])
    inline = r.random() < 0.5
    L = ["#!/usr/bin/liquidsoap",
         "# %s -- playout" % c["station"],
         "settings.log.file.path := \"/var/log/liquidsoap/%s.log\"" % c["slug"],
         "settings.server.telnet := true",
         "settings.server.telnet.port := 1234",
         "",
         "music = playlist(mode=\"randomize\", reload=600, \"/srv/music/rotation\")",
         "jingles = playlist(\"/srv/music/jingles\")",
         "radio = random(weights=[1, 6], [jingles, music])",
         "radio = crossfade(fade_out=3., fade_in=3., radio)",
         "",
         "live = input.harbor(\"live\", port=8005, password=\"hackme\")",
         "radio = fallback(track_sensitive=false, [live, radio, blank()])",
         ""]
    # the harbor line must not hold a second secret: use documented default
    if not inline:
        L.append("%s = \"%s\"" % (var, v))
        L.append("")
    L += ["output.icecast(",
          "  %%mp3(bitrate=%d)," % c["br"],
          "  host=\"%s\"," % c["host"],
          "  port=%d," % c["port"],
          "  password=%s," % ("\"%s\"" % v if inline else var),
          "  mount=\"%s\"," % c["mount"].lstrip("/"),
          "  name=\"%s\"," % c["station"],
          "  description=\"24/7 %s\"," % r.choice(["jazz", "indie", "lofi", "community radio", "techno"]),
          "  genre=\"%s\"," % r.choice(["Jazz", "Indie", "Electronic", "Various"]),
          "  url=\"https://%s\"," % c["host"].split(".", 1)[1],
          "  radio",
          ")"]
    return r.choice(["radio.liq", "liquidsoap/main.liq", "scripts/%s.liq" % c["slug"]]), "\n".join(L) + "\n", "liq"


def t_liq_harbor(r, v, neg):
    c = ctx(r)
    L = ["# live input for DJs",
         "settings.harbor.bind_addrs := [\"0.0.0.0\"]",
         "",
         "def on_connect(headers) =",
         "  log(\"DJ connected\")",
         "end",
         "",
         "live = input.harbor(",
         "  \"%s\"," % r.choice(["live", "dj", "studio"]),
         "  port=%d," % r.choice((8005, 8080, 9000)),
         "  user=\"%s\"," % r.choice(["source", "dj", "studio"]),
         "  password=\"%s\"," % v,
         "  on_connect=on_connect,",
         "  buffer=%d." % r.choice((5, 8, 12)),
         ")",
         "",
         "auto = playlist(\"/srv/media/autodj.m3u\")",
         "radio = fallback(track_sensitive=false, [live, auto])",
         "output.icecast(%%vorbis, host=\"localhost\", port=8000, password=environment.get(\"ICE_PW\"), mount=\"%s\", radio)" % c["mount"].lstrip("/")]
    return r.choice(["harbor.liq", "liquidsoap/live.liq"]), "\n".join(L) + "\n", "liq"


def t_liq_srt(r, v, neg):
    c = ctx(r)
    L = ["# contribution feed from the studio over SRT",
         "studio = input.srt(port=%d, mode=\"listener\", passphrase=\"%s\")" % (r.choice((9000, 10000, 7001)), v),
         "studio = mksafe(studio)",
         "",
         "output.icecast(%%fdkaac(bitrate=%d), host=\"%s\", port=8000," % (c["br"], "127.0.0.1"),
         "  password=environment.get(\"ICECAST_SOURCE_PASSWORD\"), mount=\"%s\", studio)" % c["mount"].lstrip("/"),
         "",
         "output.file(%mp3, \"/srv/archive/%Y-%m-%d/%H-%M.mp3\", studio)"]
    return "liquidsoap/srt_ingest.liq", "\n".join(L) + "\n", "liq"


def t_azuracast_py(r, v, neg):
    c = ctx(r)
    var = r.choice(["API_KEY", "AZURACAST_KEY", "AUTH", "STATION_TOKEN"])
    L = ["\"\"\"Push now-playing info to AzuraCast and rotate the request queue.\"\"\"",
         "import logging",
         "import requests",
         "",
         "BASE = \"https://%s/api\"" % c["host"],
         "STATION_ID = %d" % r.randrange(1, 12),
         "%s = \"%s\"" % (var, v),
         "",
         "log = logging.getLogger(__name__)",
         "",
         "",
         "def session():",
         "    s = requests.Session()",
         "    s.headers.update({\"X-API-Key\": %s, \"Accept\": \"application/json\"})" % var,
         "    return s",
         "",
         "",
         "def nowplaying(s):",
         "    r = s.get(f\"{BASE}/nowplaying/{STATION_ID}\", timeout=10)",
         "    r.raise_for_status()",
         "    return r.json()[\"now_playing\"][\"song\"]",
         "",
         "",
         "def skip(s):",
         "    s.post(f\"{BASE}/station/{STATION_ID}/backend/skip\", timeout=10).raise_for_status()",
         "",
         "",
         "if __name__ == \"__main__\":",
         "    logging.basicConfig(level=logging.INFO)",
         "    s = session()",
         "    song = nowplaying(s)",
         "    log.info(\"now playing %s - %s\", song[\"artist\"], song[\"title\"])"]
    return r.choice(["tools/azuracast_sync.py", "bot/azura.py", "scripts/nowplaying.py"]), "\n".join(L) + "\n", "py"


def t_azuracast_sh(r, v, neg):
    c = ctx(r)
    L = ["#!/usr/bin/env bash",
         "# nightly: back up station media list and restart the autodj",
         "set -euo pipefail",
         "",
         "AZ=https://%s" % c["host"],
         "KEY='%s'" % v,
         "SID=%d" % r.randrange(1, 9),
         "",
         "curl -fsS -H \"X-API-Key: $KEY\" \"$AZ/api/station/$SID/files\" > \"media-$(date +%F).json\"",
         "curl -fsS -X POST -H \"X-API-Key: $KEY\" \"$AZ/api/station/$SID/backend/restart\"",
         "echo \"done\""]
    return r.choice(["cron/azuracast-nightly.sh", "bin/restart-autodj.sh"]), "\n".join(L) + "\n", "sh"


def t_libretime_yaml(r, v, neg):
    c = ctx(r)
    L = ["general:",
         "  # The public url.",
         "  public_url: https://%s" % c["host"],
         "  # The internal API authentication key.",
         "  api_key: %s" % v,
         "  timezone: %s" % r.choice(["Europe/Berlin", "America/Chicago", "UTC", "Europe/Lisbon"]),
         "  allowed_cors_origins: []",
         "",
         "storage:",
         "  path: /srv/libretime",
         "",
         "database:",
         "  host: postgres",
         "  port: 5432",
         "  name: libretime",
         "  user: libretime",
         "  password: ${POSTGRES_PASSWORD}",
         "",
         "rabbitmq:",
         "  host: rabbitmq",
         "  port: 5672",
         "  vhost: /libretime",
         "  user: libretime",
         "  password: ${RABBITMQ_DEFAULT_PASS}",
         "",
         "playout:",
         "  liquidsoap_host: liquidsoap",
         "  liquidsoap_port: 1234",
         "",
         "stream:",
         "  inputs:",
         "    main:",
         "      public_url:",
         "      mount: main",
         "      port: 8001",
         "  outputs:",
         "    icecast:",
         "      - enabled: true",
         "        mount: %s" % c["mount"].lstrip("/"),
         "        public_url: https://%s%s" % (c["host"], c["mount"]),
         "        audio:",
         "          format: mp3",
         "          bitrate: %d" % c["br"]]
    return r.choice(["libretime/config.yml", "config.yml", "deploy/libretime/config.yml"]), "\n".join(L) + "\n", "yaml"


def t_airtime_conf(r, v, neg):
    L = ["[database]",
         "host = localhost",
         "dbname = airtime",
         "dbuser = airtime",
         "dbpass = airtime",
         "",
         "[rabbitmq]",
         "host = 127.0.0.1",
         "port = 5672",
         "user = airtime",
         "password = ${RABBITMQ_PASSWORD}",
         "vhost = /airtime",
         "",
         "[general]",
         "api_key = %s" % v,
         "web_server_user = www-data",
         "airtime_dir = /usr/share/airtime",
         "base_url = %s" % r.choice(HOSTS),
         "base_port = 80",
         "base_dir = /",
         "cache_ahead_hours = 1",
         "",
         "[monit]",
         "monit_user = guest",
         "monit_password = airtime",
         "",
         "[soundcloud]",
         "connection_retries = 3",
         "time_between_retries = 60"]
    return r.choice(["etc/airtime/airtime.conf", "airtime.conf"]), "\n".join(L) + "\n", "ini"


def t_buttrc(r, v, neg):
    c = ctx(r)
    name = c["slug"]
    L = ["[main]",
         "bg_color = 252645135",
         "txt_color = 4294901760",
         "server = %s" % name,
         "icy = %s" % name,
         "num_of_srv = 1",
         "num_of_icy = 1",
         "srv_ent = %s" % name,
         "icy_ent = %s" % name,
         "song_update = 0",
         "connect_at_startup = 0",
         "",
         "[audio]",
         "device = 0",
         "samplerate = 44100",
         "bitrate = %d" % c["br"],
         "channel = 2",
         "codec = mp3",
         "resample_mode = 0",
         "",
         "[record]",
         "bitrate = 192",
         "codec = flac",
         "path = /home/%s/Recordings" % c["user"].replace(".", ""),
         "filename = rec_%Y%m%d-%H%M%S.flac",
         "",
         "[%s]" % name,
         "address = %s" % c["host"],
         "port = %d" % c["port"],
         "password = %s" % v,
         "type = 1",
         "tls = 0",
         "mount = %s" % c["mount"].lstrip("/"),
         "usr = source",
         "",
         "[%s]" % name,
         "pub = 1",
         "description = %s" % c["station"],
         "genre = Various",
         "url = https://%s" % c["host"]]
    return r.choice([".buttrc", "dotfiles/buttrc", "studio/butt/buttrc"]), "\n".join(L) + "\n", "ini"


def t_mixxx_bcp(r, v, neg):
    c = ctx(r)
    L = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
         "<BroadcastProfile>",
         "  <ProfileName>%s</ProfileName>" % c["station"],
         "  <Enabled>1</Enabled>",
         "  <Host>%s</Host>" % c["host"],
         "  <Port>%d</Port>" % c["port"],
         "  <Servertype>Icecast 2</Servertype>",
         "  <Login>source</Login>",
         "  <Password>%s</Password>" % v,
         "  <SecureCredentials>0</SecureCredentials>",
         "  <Mountpoint>%s</Mountpoint>" % c["mount"],
         "  <EnableReconnect>1</EnableReconnect>",
         "  <ReconnectPeriod>5</ReconnectPeriod>",
         "  <StreamName>%s</StreamName>" % c["station"],
         "  <StreamDesc>Live from the %s</StreamDesc>" % r.choice(["studio", "club", "garage", "attic"]),
         "  <StreamGenre>%s</StreamGenre>" % r.choice(["House", "Drum and Bass", "Jazz", "Eclectic"]),
         "  <StreamPublic>0</StreamPublic>",
         "  <Format>MP3</Format>",
         "  <Bitrate>%d</Bitrate>" % c["br"],
         "  <Channels>2</Channels>",
         "  <OggDynamicUpdate>0</OggDynamicUpdate>",
         "  <EnableMetadata>1</EnableMetadata>",
         "</BroadcastProfile>"]
    return "mixxx/broadcast_profiles/%s.bcp.xml" % c["slug"], "\n".join(L) + "\n", "xml"


def plat_of(r, v, neg):
    if neg:
        return r.choice(["twitch", "youtube", "generic"])
    if v.startswith("live_") and len(v) > 30:
        return "twitch"
    if len(v) == 24 and v.count("-") == 4:
        return "youtube"
    return "generic"


def t_obs_service(r, v, neg):
    pk = plat_of(r, v, neg)
    if pk == "generic":
        d = {"settings": {"bwtest": False, "key": v, "server": "rtmp://%s/live" % r.choice(HOSTS), "use_auth": False},
             "type": "rtmp_custom"}
        return "obs/basic/profiles/%s/service.json" % r.choice(["Streaming", "Untitled", "Radio"]), json.dumps(d, indent=4) + "\n", "json"
    plat = "Twitch" if pk == "twitch" else "YouTube - RTMPS"
    srv = "auto" if plat == "Twitch" else "rtmps://a.rtmps.youtube.com:443/live2"
    d = {"settings": {"bwtest": False, "key": v, "server": srv, "service": plat,
                      "use_auth": False}, "type": "rtmp_common"}
    if r.random() < 0.5:
        d["settings"]["protocol"] = "RTMPS" if "RTMPS" in plat else "RTMP"
    txt = json.dumps(d, indent=r.choice((4, 2)))
    return r.choice(["obs/basic/profiles/%s/service.json" % r.choice(["Streaming", "Untitled", "Live"]),
                     "obs-studio/service.json"]), txt + "\n", "json"


def t_ezstream(r, v, neg):
    c = ctx(r)
    L = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
         "<ezstream>",
         "  <servers>",
         "    <server>",
         "      <name>default</name>",
         "      <protocol>HTTP</protocol>",
         "      <hostname>%s</hostname>" % c["host"],
         "      <port>%d</port>" % c["port"],
         "      <user>source</user>",
         "      <password>%s</password>" % v,
         "      <reconnect_attempts>20</reconnect_attempts>",
         "    </server>",
         "  </servers>",
         "  <streams>",
         "    <stream>",
         "      <mountpoint>%s</mountpoint>" % c["mount"],
         "      <format>MP3</format>",
         "      <encoder>lame-vbr</encoder>",
         "      <stream_name>%s</stream_name>" % c["station"],
         "      <stream_bitrate>%d</stream_bitrate>" % c["br"],
         "      <stream_public>No</stream_public>",
         "    </stream>",
         "  </streams>",
         "  <intakes>",
         "    <intake>",
         "      <type>playlist</type>",
         "      <filename>/srv/music/playlist.m3u</filename>",
         "      <shuffle>Yes</shuffle>",
         "    </intake>",
         "  </intakes>",
         "  <encoders>",
         "    <encoder>",
         "      <name>lame-vbr</name>",
         "      <format>MP3</format>",
         "      <program>lame --preset cbr %d -r -s 44.1 --bitwidth 16 - -</program>" % c["br"],
         "    </encoder>",
         "  </encoders>",
         "</ezstream>"]
    return r.choice(["ezstream.xml", "conf/ezstream-%s.xml" % c["slug"]]), "\n".join(L) + "\n", "xml"


def t_darkice(r, v, neg):
    c = ctx(r)
    L = ["# darkice configuration -- studio PC line input",
         "[general]",
         "duration        = 0",
         "bufferSecs      = 5",
         "reconnect       = yes",
         "",
         "[input]",
         "device          = %s" % r.choice(["hw:1,0", "default", "plughw:CARD=USB,DEV=0", "pulseaudio"]),
         "sampleRate      = 44100",
         "bitsPerSample   = 16",
         "channel         = 2",
         "",
         "[icecast2-0]",
         "bitrateMode     = cbr",
         "format          = %s" % r.choice(["mp3", "vorbis", "aac"]),
         "bitrate         = %d" % c["br"],
         "server          = %s" % c["host"],
         "port            = %d" % c["port"],
         "password        = %s" % v,
         "mountPoint      = %s" % c["mount"].lstrip("/"),
         "name            = %s" % c["station"],
         "description     = Live from the studio",
         "url             = https://%s" % c["host"],
         "genre           = %s" % r.choice(["Community", "Talk", "Jazz", "Electronic"]),
         "public          = no"]
    return r.choice(["darkice.cfg", "etc/darkice.cfg", "pi/darkice/darkice.cfg"]), "\n".join(L) + "\n", "cfg"


def t_nginx_rtmp(r, v, neg):
    kind = plat_of(r, v, neg)
    dest = {"twitch": "rtmp://live.twitch.tv/app/%s", "youtube": "rtmp://a.rtmp.youtube.com/live2/%s",
            "generic": "rtmp://" + r.choice(HOSTS) + "/live/%s"}[kind] % v
    L = ["worker_processes auto;",
         "rtmp_auto_push on;",
         "events {",
         "    worker_connections 1024;",
         "}",
         "",
         "rtmp {",
         "    server {",
         "        listen 1935;",
         "        chunk_size 4096;",
         "",
         "        application live {",
         "            live on;",
         "            record off;",
         "            allow publish 10.0.0.0/8;",
         "            deny publish all;",
         "",
         "            # restream",
         "            push %s;" % dest,
         "        }",
         "    }",
         "}",
         "",
         "http {",
         "    server {",
         "        listen 8080;",
         "        location /stat {",
         "            rtmp_stat all;",
         "            rtmp_stat_stylesheet stat.xsl;",
         "        }",
         "    }",
         "}"]
    return r.choice(["nginx/nginx.conf", "rtmp/nginx.conf", "docker/restream/nginx.conf"]), "\n".join(L) + "\n", "conf"


def t_ffmpeg_push(r, v, neg):
    kind = plat_of(r, v, neg)
    if kind == "twitch":
        url = "rtmp://%s.contribute.live-video.net/app/" % r.choice(["fra05", "ams03", "iad05", "lhr08"])
    elif kind == "youtube":
        url = "rtmp://a.rtmp.youtube.com/live2/"
    else:
        url = "rtmp://%s:1935/live/" % r.choice(HOSTS)
    var = r.choice(["STREAM_KEY", "KEY", "DEST", "SK"])
    inline = r.random() < 0.4
    L = ["#!/bin/sh",
         "# 24/7 visualiser stream of the radio feed",
         "SRC=\"https://%s%s\"" % (r.choice(HOSTS), r.choice(MOUNTS)),
         "BG=assets/loop_1080p.mp4"]
    if not inline:
        L.append("%s=\"%s\"" % (var, v))
    L += ["",
          "exec ffmpeg -re -stream_loop -1 -i \"$BG\" -i \"$SRC\" \\",
          "  -map 0:v -map 1:a -c:v libx264 -preset veryfast -b:v 3000k -maxrate 3000k -bufsize 6000k \\",
          "  -pix_fmt yuv420p -g 60 -c:a aac -b:a 160k -ar 44100 \\",
          "  -f flv \"%s%s\"" % (url, v if inline else "$" + var)]
    return r.choice(["stream.sh", "bin/go-live.sh", "visualizer/run.sh"]), "\n".join(L) + "\n", "sh"


def t_srt_url(r, v, neg):
    h = r.choice(HOSTS)
    L = ["# studio -> playout contribution link",
         "services:",
         "  encoder:",
         "    image: jrottenberg/ffmpeg:6.1-alpine",
         "    restart: unless-stopped",
         "    devices:",
         "      - /dev/snd:/dev/snd",
         "    command: >",
         "      -f alsa -i hw:0 -c:a libopus -b:a 256k -f mpegts",
         "      \"srt://%s:%d?mode=caller&latency=200000&pbkeylen=%d&passphrase=%s\"" % (h, r.choice((9000, 9710, 10080)), r.choice((16, 32)), v),
         "  monitor:",
         "    image: nginx:1.25-alpine",
         "    ports:",
         "      - \"8081:80\""]
    return r.choice(["docker-compose.yml", "studio/compose.yaml"]), "\n".join(L) + "\n", "yaml"


def t_spotipy(r, v, neg):
    cid = hexs(r, 32)
    var = r.choice(["CLIENT_SECRET", "SPOTIFY_SECRET", "sp_secret", "SECRET"])
    L = ["import spotipy",
         "from spotipy.oauth2 import SpotifyClientCredentials",
         "",
         "CLIENT_ID = \"%s\"" % cid,
         "%s = \"%s\"" % (var, v),
         "",
         "sp = spotipy.Spotify(auth_manager=SpotifyClientCredentials(client_id=CLIENT_ID, client_secret=%s))" % var,
         "",
         "",
         "def playlist_tracks(playlist_id):",
         "    results = sp.playlist_items(playlist_id, additional_types=[\"track\"])",
         "    items = results[\"items\"]",
         "    while results[\"next\"]:",
         "        results = sp.next(results)",
         "        items.extend(results[\"items\"])",
         "    return [i[\"track\"] for i in items if i.get(\"track\")]",
         "",
         "",
         "if __name__ == \"__main__\":",
         "    for t in playlist_tracks(\"%s\"):" % rs(r, ALNUM, 22),
         "        print(t[\"name\"], \"-\", \", \".join(a[\"name\"] for a in t[\"artists\"]))"]
    return r.choice(["spotify_export.py", "scripts/playlist_dump.py", "app/spotify_client.py"]), "\n".join(L) + "\n", "py"


def t_spotify_js(r, v, neg):
    L = ["const express = require('express');",
         "const querystring = require('querystring');",
         "const axios = require('axios');",
         "",
         "const client_id = '%s';" % hexs(r, 32),
         "const client_secret = '%s';" % v,
         "const redirect_uri = 'http://localhost:8888/callback';",
         "",
         "const app = express();",
         "",
         "app.get('/login', (req, res) => {",
         "  const scope = 'user-read-private user-read-email playlist-read-private';",
         "  res.redirect('https://accounts.spotify.com/authorize?' + querystring.stringify({",
         "    response_type: 'code', client_id, scope, redirect_uri,",
         "  }));",
         "});",
         "",
         "app.get('/callback', async (req, res) => {",
         "  const auth = Buffer.from(client_id + ':' + client_secret).toString('base64');",
         "  const { data } = await axios.post('https://accounts.spotify.com/api/token',",
         "    querystring.stringify({ code: req.query.code, redirect_uri, grant_type: 'authorization_code' }),",
         "    { headers: { Authorization: 'Basic ' + auth, 'Content-Type': 'application/x-www-form-urlencoded' } });",
         "  res.json(data);",
         "});",
         "",
         "app.listen(8888);"]
    return r.choice(["server.js", "auth-server/app.js", "src/spotify-auth.js"]), "\n".join(L) + "\n", "js"


def t_spotify_refresh(r, v, neg):
    L = ["# spotify-now-playing widget settings",
         "spotify:",
         "  client_id: %s" % hexs(r, 32),
         "  client_secret: ${SPOTIFY_CLIENT_SECRET}",
         "  refresh_token: %s" % v,
         "  market: %s" % r.choice(["DE", "US", "GB", "NL", "SE"]),
         "widget:",
         "  poll_seconds: 15",
         "  show_album_art: true",
         "  theme: %s" % r.choice(["dark", "light", "auto"])]
    return r.choice(["config/spotify.yml", "widget/settings.yaml"]), "\n".join(L) + "\n", "yaml"


def t_spotify_access_sh(r, v, neg):
    L = ["#!/usr/bin/env bash",
         "# quick check of the current user's top artists",
         "TOKEN=\"%s\"" % v,
         "curl -s 'https://api.spotify.com/v1/me/top/artists?limit=10&time_range=short_term' \\",
         "  -H \"Authorization: Bearer ${TOKEN}\" | jq -r '.items[].name'"]
    return "scratch/top_artists.sh", "\n".join(L) + "\n", "sh"


def t_spotifyd(r, v, neg):
    c = ctx(r)
    L = ["[global]",
         "username = \"%s\"" % c["email"],
         "password = \"%s\"" % v,
         "backend = \"%s\"" % r.choice(["alsa", "pulseaudio"]),
         "device_name = \"%s\"" % r.choice(["livingroom", "kitchen-pi", "studio"]),
         "bitrate = 320",
         "cache_path = \"/var/cache/spotifyd\"",
         "volume_normalisation = true",
         "normalisation_pregain = -10",
         "device_type = \"speaker\"",
         "zeroconf_port = 1234"]
    return r.choice(["spotifyd.conf", "etc/spotifyd.conf", "home/.config/spotifyd/spotifyd.conf"]), "\n".join(L) + "\n", "toml"


def t_musickit_p8(r, v, neg):
    return "AuthKey_%s.p8" % apple_id10(r), v + "\n", "pem"


def t_musickit_p8_js(r, v, neg):
    kid = apple_id10(r)
    team = apple_id10(r)
    L = ["import jwt from 'jsonwebtoken';",
         "",
         "// MusicKit developer token for the web player",
         "const TEAM_ID = '%s';" % team,
         "const KEY_ID = '%s';" % kid,
         "const PRIVATE_KEY = \"%s\";" % v,
         "",
         "export function developerToken() {",
         "  return jwt.sign({}, PRIVATE_KEY, {",
         "    algorithm: 'ES256',",
         "    expiresIn: '180d',",
         "    issuer: TEAM_ID,",
         "    header: { alg: 'ES256', kid: KEY_ID },",
         "  });",
         "}"]
    return r.choice(["src/lib/musickit.js", "api/musickit-token.mjs"]), "\n".join(L) + "\n", "js"


def t_musickit_jwt(r, v, neg):
    L = ["<!DOCTYPE html>",
         "<html lang=\"en\">",
         "<head>",
         "  <meta charset=\"utf-8\">",
         "  <meta name=\"apple-music-developer-token\" content=\"%s\">" % v,
         "  <meta name=\"apple-music-app-name\" content=\"%s\">" % r.choice(STATIONS),
         "  <meta name=\"apple-music-app-build\" content=\"1978.4.1\">",
         "  <script src=\"https://js-cdn.music.apple.com/musickit/v3/musickit.js\" data-web-components async></script>",
         "  <title>Player</title>",
         "</head>",
         "<body>",
         "  <apple-music-playback-controls></apple-music-playback-controls>",
         "  <script src=\"/js/player.js\"></script>",
         "</body>",
         "</html>"]
    return r.choice(["public/index.html", "web/player.html"]), "\n".join(L) + "\n", "html"


def t_soundcloud(r, v, neg):
    cid = alnum(r, 32)
    L = ["import soundcloud",
         "",
         "client = soundcloud.Client(",
         "    client_id='%s'," % cid,
         "    client_secret='%s'," % v,
         "    redirect_uri='https://%s/soundcloud/callback'," % r.choice(HOSTS),
         ")",
         "",
         "",
         "def upload(path, title):",
         "    with open(path, 'rb') as fh:",
         "        return client.post('/tracks', track={'title': title, 'asset_data': fh, 'sharing': 'private'})"]
    return r.choice(["uploader/sc.py", "soundcloud_upload.py"]), "\n".join(L) + "\n", "py"


def t_soundcloud_oauth(r, v, neg):
    L = ["{",
         "  \"soundcloud\": {",
         "    \"user_id\": %d," % r.randrange(10 ** 6, 10 ** 9),
         "    \"access_token\": \"%s\"," % v,
         "    \"scope\": \"*\",",
         "    \"playlist_urn\": \"soundcloud:playlists:%d\"" % r.randrange(10 ** 8, 2 * 10 ** 9),
         "  },",
         "  \"sync\": {\"interval_minutes\": 30, \"dry_run\": false}",
         "}"]
    return r.choice(["sync/soundcloud.json", "config/sc-sync.json"]), "\n".join(L) + "\n", "json"


def t_lastfm_secret(r, v, neg):
    L = ["import pylast",
         "",
         "API_KEY = \"%s\"  # from https://www.last.fm/api/accounts" % hexs(r, 32),
         "API_SECRET = \"%s\"" % v,
         "",
         "network = pylast.LastFMNetwork(",
         "    api_key=API_KEY,",
         "    api_secret=API_SECRET,",
         "    username=\"%s\"," % r.choice(USERS).replace(".", "_"),
         "    password_hash=pylast.md5(os.environ[\"LASTFM_PASSWORD\"]),",
         ")",
         "",
         "for played in network.get_user(network.username).get_recent_tracks(limit=50):",
         "    print(played.playback_date, played.track)"]
    L.insert(0, "import os")
    return r.choice(["scrobbles.py", "lastfm/recent.py"]), "\n".join(L) + "\n", "py"


def t_lastfm_session(r, v, neg):
    L = ["# mpd scrobbler",
         "[lastfm]",
         "api_key = %s" % hexs(r, 32),
         "api_secret = ${LASTFM_SECRET}",
         "session_key = %s" % v,
         "",
         "[mpd]",
         "host = localhost",
         "port = 6600",
         "",
         "[log]",
         "file = ~/.cache/scrobbler.log",
         "level = info"]
    return r.choice(["scrobbler.ini", "config/mpd-scrobbler.ini"]), "\n".join(L) + "\n", "ini"


def t_mpdscribble(r, v, neg):
    L = ["# mpdscribble configuration",
         "log = syslog",
         "verbose = 1",
         "host = localhost",
         "port = 6600",
         "",
         "[last.fm]",
         "url = https://post.audioscrobbler.com/",
         "username = %s" % r.choice(USERS).replace(".", ""),
         "password = %s" % v,
         "journal = /var/cache/mpdscribble/lastfm.journal",
         "",
         "[libre.fm]",
         "url = https://turtle.libre.fm/",
         "username = %s" % r.choice(USERS).replace(".", ""),
         "password = ${LIBREFM_PASSWORD}",
         "journal = /var/cache/mpdscribble/librefm.journal"]
    return r.choice(["mpdscribble.conf", "etc/mpdscribble.conf"]), "\n".join(L) + "\n", "conf"


def t_beets(r, v, neg):
    slot = r.choice(["discogs", "genius", "lb"])
    L = ["directory: ~/Music/library",
         "library: ~/Music/beets.db",
         "import:",
         "  move: yes",
         "  write: yes",
         "  log: ~/.config/beets/import.log",
         "plugins: fetchart embedart lyrics lastgenre discogs chroma scrub replaygain listenbrainz",
         "",
         "paths:",
         "  default: $albumartist/$album%aunique{}/$track $title",
         "  singleton: Non-Album/$artist/$title",
         "",
         "discogs:"]
    L.append("  user_token: %s" % (v if slot == "discogs" else "${DISCOGS_TOKEN}"))
    L += ["  source_weight: 0.5",
          "",
          "lyrics:",
          "  sources: [lrclib, genius, tekstowo]"]
    L.append("  genius_api_key: %s" % (v if slot == "genius" else "${GENIUS_TOKEN}"))
    L += ["",
          "listenbrainz:"]
    L.append("  token: %s" % (v if slot == "lb" else "${LISTENBRAINZ_TOKEN}"))
    L += ["  username: %s" % r.choice(USERS).replace(".", ""),
          "",
          "replaygain:",
          "  backend: ffmpeg",
          "fetchart:",
          "  sources: filesystem coverart itunes amazon albumart"]
    kind = {"discogs": ("discogs", "personal_token"), "genius": ("genius", "access_token"), "lb": ("listenbrainz", "user_token")}[slot]
    return r.choice(["beets/config.yaml", ".config/beets/config.yaml"]), "\n".join(L) + "\n", "yaml", kind


def t_discogs_py(r, v, neg):
    L = ["import discogs_client",
         "",
         "d = discogs_client.Client('VinylVaultSync/1.2 +https://github.com/%s/vinyl-sync', user_token='%s')" % (r.choice(USERS).replace(".", ""), v),
         "",
         "me = d.identity()",
         "for item in me.collection_folders[0].releases:",
         "    rel = item.release",
         "    print(rel.id, rel.title, rel.year, [l.name for l in rel.labels])"]
    return r.choice(["collection.py", "tools/discogs_collection.py"]), "\n".join(L) + "\n", "py"


def t_genius_js(r, v, neg):
    L = ["// fetch lyrics page URLs for the now-playing overlay",
         "const GENIUS = '%s';" % v,
         "",
         "export async function searchSong(q) {",
         "  const res = await fetch(`https://api.genius.com/search?q=${encodeURIComponent(q)}`, {",
         "    headers: { Authorization: `Bearer ${GENIUS}` },",
         "  });",
         "  if (!res.ok) throw new Error(`genius ${res.status}`);",
         "  const { response } = await res.json();",
         "  return response.hits.map((h) => h.result.url);",
         "}"]
    return r.choice(["src/lyrics.js", "overlay/genius.ts"]), "\n".join(L) + "\n", "js"


def t_listenbrainz_py(r, v, neg):
    L = ["import pylistenbrainz",
         "import time",
         "",
         "client = pylistenbrainz.ListenBrainz()",
         "client.set_auth_token('%s')" % v,
         "",
         "listen = pylistenbrainz.Listen(",
         "    track_name=\"%s\"," % r.choice(["Windowlicker", "Teardrop", "Blue in Green", "Hyperballad"]),
         "    artist_name=\"%s\"," % r.choice(["Aphex Twin", "Massive Attack", "Miles Davis", "Björk"]),
         "    recording_mbid=\"%s\"," % uuid4(r),
         "    listened_at=int(time.time()),",
         ")",
         "client.submit_single_listen(listen)"]
    return r.choice(["lb_submit.py", "scrobble/listenbrainz.py"]), "\n".join(L) + "\n", "py"


def t_jellyfin(r, v, neg):
    c = ctx(r)
    L = ["# home-assistant media_player + jellyfin",
         "jellyfin:",
         "  url: http://%s:8096" % r.choice(["192.168.1.20", "jellyfin.lan", "10.0.0.12"]),
         "  api_key: %s" % v,
         "  user_id: %s" % hexs(r, 32),
         "  library: Music",
         "",
         "notify:",
         "  - platform: webhook",
         "    url: https://%s/hooks/new-album" % c["host"]]
    return r.choice(["config/jellyfin.yaml", "homelab/jellyfin-sync.yml"]), "\n".join(L) + "\n", "yaml"


def t_jellyfin_sh(r, v, neg):
    L = ["#!/bin/bash",
         "# trigger a music library rescan after rsync",
         "rsync -a --delete /mnt/nas/music/ /srv/jellyfin/music/",
         "curl -s -X POST \"http://127.0.0.1:8096/Library/Refresh\" \\",
         "     -H \"X-Emby-Token: %s\"" % v]
    return r.choice(["bin/rescan.sh", "scripts/jellyfin-refresh.sh"]), "\n".join(L) + "\n", "sh"


def t_plex(r, v, neg):
    L = ["from plexapi.server import PlexServer",
         "",
         "baseurl = 'http://%s:32400'" % r.choice(["192.168.0.5", "plex.home.arpa", "nas.local"]),
         "token = '%s'" % v,
         "plex = PlexServer(baseurl, token)",
         "",
         "music = plex.library.section('Music')",
         "for album in music.searchAlbums(sort='addedAt:desc', maxresults=20):",
         "    print(album.addedAt.date(), album.parentTitle, '-', album.title)"]
    return r.choice(["plex_recent.py", "tools/plex_music.py"]), "\n".join(L) + "\n", "py"


def t_plex_m3u(r, v, neg):
    L = ["#EXTM3U"]
    n = r.randrange(4, 9)
    tok_at = r.randrange(n)
    for i in range(n):
        L.append("#EXTINF:%d,%s - %s" % (r.randrange(120, 420), r.choice(ARTISTS), r.choice(TITLES)))
        q = "X-Plex-Token=" + v if i == tok_at else "download=1"
        L.append("http://nas.local:32400/library/parts/%d/%d/file.flac?%s" % (r.randrange(1000, 99999), r.randrange(10 ** 9, 2 * 10 ** 9), q))
    return r.choice(["playlists/party.m3u", "exports/plex-favs.m3u8"]), "\n".join(L) + "\n", "m3u"


def t_subsonic_p(r, v, neg, mode):
    c = ctx(r)
    h = r.choice(["music.home.arpa", "navidrome.%s" % c["host"].split(".", 1)[1], "192.168.1.40:4533"])
    u = r.choice(USERS).replace(".", "")
    if mode == "plain":
        auth = "u=%s&p=%s" % (u, v)
    elif mode == "enc":
        auth = "u=%s&p=enc:%s" % (u, v)
    else:
        auth = "u=%s&t=%s&s=%s" % (u, v, alnum(r, r.choice((6, 8, 12))))
    style = r.randrange(3)
    if style == 0:
        L = ["#!/bin/sh",
             "# star the currently playing song on navidrome",
             "ID=$(mpc -f '%%file%%' current | sed 's/.*id=//')",
             "curl -s \"https://%s/rest/star?%s&v=1.16.1&c=%s&f=json&id=$ID\"" % (h, auth, r.choice(["starit", "cli", "mpdstar"]))]
        return "bin/star.sh", "\n".join(L) + "\n", "sh"
    if style == 1:
        L = ["[Playlist]",
             "NumberOfEntries=2",
             "File1=https://%s/rest/stream.view?id=%s&%s&v=1.13.0&c=pls" % (h, hexs(r, 32), auth),
             "Title1=%s" % r.choice(["Late night mix", "Car playlist", "Focus"]),
             "Length1=-1",
             "File2=https://%s/radio/%s" % (r.choice(HOSTS), "stream.mp3"),
             "Title2=%s" % r.choice(STATIONS),
             "Length2=-1",
             "Version=2"]
        return "playlists/navidrome.pls", "\n".join(L) + "\n", "pls"
    L = ["const SERVER = 'https://%s';" % h,
         "const AUTH = '%s';" % auth,
         "",
         "export async function randomSongs(size = 20) {",
         "  const r = await fetch(`${SERVER}/rest/getRandomSongs?${AUTH}&v=1.16.1&c=webamp&f=json&size=${size}`);",
         "  const j = await r.json();",
         "  return j['subsonic-response'].randomSongs.song;",
         "}"]
    return r.choice(["src/subsonic.js", "webamp/api.js"]), "\n".join(L) + "\n", "js"


def t_subsonic_plain(r, v, neg):
    return t_subsonic_p(r, v, neg, "plain")


def t_subsonic_enc(r, v, neg):
    return t_subsonic_p(r, v, neg, "enc")


def t_subsonic_token(r, v, neg):
    return t_subsonic_p(r, v, neg, "token")


def t_mopidy(r, v, neg):
    slot = r.choice(["spotify", "subsonic", "scrobbler"])
    L = ["[core]",
         "cache_dir = /var/cache/mopidy",
         "data_dir = /var/lib/mopidy",
         "",
         "[audio]",
         "output = tee name=t ! queue ! autoaudiosink t. ! queue ! udpsink host=127.0.0.1 port=5555",
         "",
         "[http]",
         "hostname = 0.0.0.0",
         "port = 6680",
         "",
         "[spotify]",
         "enabled = true",
         "client_id = %s" % uuid4(r),
         "client_secret = %s" % (v if slot == "spotify" else "${SPOTIFY_SECRET}"),
         "bitrate = 320",
         "",
         "[subidy]",
         "url = https://music.%s" % r.choice(HOSTS).split(".", 1)[1],
         "username = %s" % r.choice(USERS).replace(".", ""),
         "password = %s" % (v if slot == "subsonic" else "${SUBSONIC_PASSWORD}"),
         "",
         "[scrobbler]",
         "username = %s" % r.choice(USERS).replace(".", ""),
         "password = %s" % (v if slot == "scrobbler" else "${LASTFM_PASSWORD}")]
    kind = {"spotify": ("spotify", "client_secret"), "subsonic": ("subsonic", "password"), "scrobbler": ("lastfm", "password")}[slot]
    return r.choice(["mopidy/mopidy.conf", "etc/mopidy/mopidy.conf"]), "\n".join(L) + "\n", "ini", kind


def t_transistor(r, v, neg):
    L = ["require 'net/http'",
         "require 'json'",
         "",
         "TRANSISTOR_API_KEY = '%s'" % v,
         "SHOW_ID = %d" % r.randrange(10000, 99999),
         "",
         "uri = URI(\"https://api.transistor.fm/v1/episodes?show_id=#{SHOW_ID}\")",
         "req = Net::HTTP::Get.new(uri)",
         "req['x-api-key'] = TRANSISTOR_API_KEY",
         "res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }",
         "JSON.parse(res.body)['data'].each do |ep|",
         "  puts \"#{ep['attributes']['number']}: #{ep['attributes']['title']}\"",
         "end"]
    return r.choice(["lib/tasks/transistor.rb", "scripts/episodes.rb"]), "\n".join(L) + "\n", "rb"


def t_buzzsprout(r, v, neg):
    pid = r.randrange(100000, 2400000)
    L = ["# Publish show notes to Buzzsprout after the edit is exported",
         "PODCAST_ID := %d" % pid,
         "BUZZ_TOKEN := %s" % v,
         "",
         ".PHONY: publish list",
         "",
         "list:",
         "\tcurl -s -H \"Authorization: Token token=$(BUZZ_TOKEN)\" \\",
         "\t  https://www.buzzsprout.com/api/$(PODCAST_ID)/episodes.json | jq '.[].title'",
         "",
         "publish: out/episode.mp3",
         "\tcurl -s -X POST -H \"Authorization: Token token=$(BUZZ_TOKEN)\" \\",
         "\t  -F \"title=$(TITLE)\" -F \"audio_file=@out/episode.mp3\" -F \"private=true\" \\",
         "\t  https://www.buzzsprout.com/api/$(PODCAST_ID)/episodes.json"]
    return "Makefile", "\n".join(L) + "\n", "makefile"


def t_podbean(r, v, neg):
    L = ["<?php",
         "// podbean upload helper",
         "const PODBEAN_CLIENT_ID = '%s';" % hexs(r, 20),
         "const PODBEAN_CLIENT_SECRET = '%s';" % v,
         "",
         "function podbean_token(): string {",
         "    $ch = curl_init('https://api.podbean.com/v1/oauth/token');",
         "    curl_setopt($ch, CURLOPT_USERPWD, PODBEAN_CLIENT_ID . ':' . PODBEAN_CLIENT_SECRET);",
         "    curl_setopt($ch, CURLOPT_POSTFIELDS, 'grant_type=client_credentials');",
         "    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);",
         "    $res = json_decode(curl_exec($ch), true);",
         "    return $res['access_token'];",
         "}"]
    return r.choice(["wp-content/plugins/pb-sync/podbean.php", "inc/podbean.php"]), "\n".join(L) + "\n", "php"


def t_libsyn(r, v, neg):
    L = ["# libsyn FTP-style upload via their API",
         "libsyn:",
         "  show_id: %d" % r.randrange(10000, 300000),
         "  username: %s" % ctx(r)["email"],
         "  password: \"%s\"" % v,
         "  default_category: Episodes",
         "publish:",
         "  schedule: \"06:00\"",
         "  timezone: America/New_York",
         "  explicit: false"]
    return r.choice([".github/podcast.yml", "podcast/publish.yml"]), "\n".join(L) + "\n", "yaml"


def t_spreaker(r, v, neg):
    L = ["{",
         "  \"name\": \"spreaker-uploader\",",
         "  \"showId\": %d," % r.randrange(10 ** 6, 6 * 10 ** 6),
         "  \"oauthToken\": \"%s\"," % v,
         "  \"defaultTags\": [\"%s\", \"interview\"]," % r.choice(["music", "radio", "indie"]),
         "  \"visibility\": \"PRIVATE\"",
         "}"]
    return r.choice(["spreaker.config.json", "uploader/config.json"]), "\n".join(L) + "\n", "json"


def t_auphonic(r, v, neg):
    L = ["#!/usr/bin/env python3",
         "\"\"\"Send raw recordings to Auphonic with our preset.\"\"\"",
         "import sys",
         "import requests",
         "",
         "PRESET = \"%s\"" % rs(r, ALNUM, 22),
         "HEADERS = {\"Authorization\": \"bearer %s\"}" % v,
         "",
         "for path in sys.argv[1:]:",
         "    with open(path, \"rb\") as fh:",
         "        r = requests.post(\"https://auphonic.com/api/simple/productions.json\",",
         "                          headers=HEADERS, data={\"preset\": PRESET, \"action\": \"start\"},",
         "                          files={\"input_file\": fh})",
         "    print(r.json()[\"data\"][\"uuid\"])"]
    return r.choice(["tools/auphonic_upload.py", "post/auphonic.py"]), "\n".join(L) + "\n", "py"


def t_descript(r, v, neg):
    L = ["// riverside/descript handoff",
         "export const config = {",
         "  descript: {",
         "    apiBase: 'https://descriptapi.com/v1',",
         "    token: '%s'," % v,
         "  },",
         "  driveFolder: '%s'," % rs(r, B64U, 33),
         "};"]
    return r.choice(["src/config.ts", "post-production/config.ts"]), "\n".join(L) + "\n", "ts"


def t_riverside(r, v, neg):
    L = ["RIVERSIDE_STUDIO=%s" % r.choice(["weekly-show", "the-deep-cut", "crate-diggers"]),
         "RIVERSIDE_API_KEY=%s" % v,
         "DOWNLOAD_DIR=/data/raw",
         "TRACK_TYPES=wav,mp4"]
    paths = [".env.example", "deploy/riverside.env.example"] if neg else [".env", "riverside.env", "deploy/riverside.env"]
    return r.choice(paths), "\n".join(L) + "\n", "env"


def t_private_feed(r, v, neg):
    kind = r.choice(["patreon", "supercast"])
    if kind == "patreon":
        url = "https://www.patreon.com/rss/%s?auth=%s" % (r.choice(["cratedigger", "lowlandsjazz", "basementbeats"]), v)
    else:
        url = "https://%s.supercast.com/feeds/%s" % (r.choice(["deepcut", "nightshift", "kestrel"]), v)
    L = ["# podcasts to archive nightly (podcast-archiver)",
         "feeds:",
         "  - https://feeds.transistor.fm/%s" % r.choice(["the-deep-cut", "signal-path"]),
         "  - %s" % url,
         "  - https://anchor.fm/s/%s/podcast/rss" % hexs(r, 8),
         "archive_directory: /mnt/archive/podcasts",
         "filename_template: \"{show.title}/{episode.published_time:%Y-%m-%d} - {episode.title}.{ext}\"",
         "concurrency: 4"]
    return r.choice(["podcast-archiver.yaml", "archive/config.yaml"]), "\n".join(L) + "\n", "yaml"


def t_pls_creds(r, v, neg):
    c = ctx(r)
    L = ["[playlist]",
         "NumberOfEntries=1",
         "File1=http://source:%s@%s:%d%s" % (v, c["host"], c["port"], c["mount"]),
         "Title1=%s (studio monitor)" % c["station"],
         "Length1=-1",
         "Version=2"]
    return r.choice(["studio-monitor.pls", "playlists/monitor.pls"]), "\n".join(L) + "\n", "pls"


def t_icecast_admin_curl(r, v, neg):
    c = ctx(r)
    L = ["#!/usr/bin/env bash",
         "# update the stream title from the automation system",
         "set -e",
         "ARTIST=\"$1\"; TITLE=\"$2\"",
         "SONG=$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' \"$ARTIST - $TITLE\")",
         "curl -s -u admin:%s \\" % v,
         "  \"http://%s:%d/admin/metadata?mount=%s&mode=updinfo&song=${SONG}\" > /dev/null" % (c["host"], c["port"], c["mount"])]
    return r.choice(["bin/update-metadata.sh", "automation/icy-title.sh"]), "\n".join(L) + "\n", "sh"


def t_compose_icecast(r, v, neg):
    c = ctx(r)
    L = ["version: \"3.8\"",
         "services:",
         "  icecast:",
         "    image: libretime/icecast:2.4.4",
         "    restart: unless-stopped",
         "    ports:",
         "      - \"%d:8000\"" % c["port"],
         "    environment:",
         "      ICECAST_SOURCE_PASSWORD: \"%s\"" % v,
         "      ICECAST_ADMIN_PASSWORD: ${ICECAST_ADMIN_PASSWORD:?}",
         "      ICECAST_ADMIN_USER: admin",
         "      ICECAST_HOSTNAME: %s" % c["host"],
         "      ICECAST_MAX_CLIENTS: \"%d\"" % r.choice((100, 500)),
         "",
         "  liquidsoap:",
         "    image: savonet/liquidsoap:v2.2.5",
         "    command: [\"/radio/main.liq\"]",
         "    volumes:",
         "      - ./radio:/radio:ro",
         "      - music:/srv/music:ro",
         "    depends_on: [icecast]",
         "",
         "volumes:",
         "  music: {}"]
    return r.choice(["docker-compose.yml", "deploy/docker-compose.yaml", "compose.yaml"]), "\n".join(L) + "\n", "yaml"


def t_k8s_secret(r, v, neg):
    c = ctx(r)
    L = ["apiVersion: v1",
         "kind: Secret",
         "metadata:",
         "  name: %s-icecast" % c["slug"],
         "  namespace: radio",
         "type: Opaque",
         "data:",
         "  ICECAST_ADMIN_USER: %s" % base64.b64encode(b"admin").decode(),
         "  ICECAST_SOURCE_PASSWORD: %s" % v]
    return r.choice(["k8s/icecast-secret.yaml", "deploy/radio/secret.yaml"]), "\n".join(L) + "\n", "yaml"


def t_streamer_ini(r, v, neg):
    """neutral variable names: a home-grown source client config"""
    c = ctx(r)
    L = ["; encoder box in the studio rack",
         "[upstream]",
         "proto = icecast",
         "endpoint = %s:%d" % (c["host"], c["port"]),
         "mount = %s" % c["mount"],
         "login = source",
         "secret = %s" % v,
         "",
         "[codec]",
         "name = opus",
         "bitrate = %d" % c["br"],
         "frame_ms = 20",
         "",
         "[silence]",
         "threshold_db = -50",
         "timeout_s = 30",
         "alert_mail = %s" % c["email"]]
    return r.choice(["encoder.ini", "rack/encoder01.ini"]), "\n".join(L) + "\n", "ini"


# ---------------------------------------------------------------- positive catalogue
def pos_catalogue():
    """(template name, provider, kind, template fn, secret fn(r) -> value, neg placeholder class)"""
    def hp(ctxk="plain"):
        return lambda r: human_pw(r, ctxk)

    def p8(r):
        return p8_key(r)[0]

    def p8_js(r):
        return p8_key(r)[0].replace("\n", "\\n")

    def devtok(r):
        return s_jwt_es256(r, apple_id10(r), apple_id10(r))

    def b64pw(r):
        return base64.b64encode(human_pw(r).encode()).decode()

    def lb_tok(r):
        return uuid4(r)

    return [
        ("icecast_xml_source", "icecast", "source_password", t_icecast_src, hp("xml"), "icecast"),
        ("icecast_xml_admin", "icecast", "admin_password", t_icecast_adm, hp("xml"), "icecast"),
        ("icecast_xml_master", "icecast", "relay_master_password", t_icecast_relay, hp("xml"), "icecast"),
        ("shoutcast_sc_serv", "shoutcast", "password", t_shoutcast, hp(), "generic"),
        ("liq_output_icecast", "liquidsoap", "icecast_password", t_liq_icecast, hp("xml"), "icecast"),
        ("liq_input_harbor", "liquidsoap", "harbor_password", t_liq_harbor, hp("xml"), "generic"),
        ("liq_input_srt", "srt", "passphrase", t_liq_srt, lambda r: alnum(r, r.randrange(16, 33)), "generic"),
        ("azuracast_py", "azuracast", "api_key", t_azuracast_py, s_azuracast, "key"),
        ("azuracast_sh", "azuracast", "api_key", t_azuracast_sh, s_azuracast, "key"),
        ("libretime_config", "libretime", "api_key", t_libretime_yaml, lambda r: alnum(r, 32), "key"),
        ("airtime_conf", "airtime", "api_key", t_airtime_conf, lambda r: rs(r, A_UP + DIG, 20), "key"),
        ("buttrc", "butt", "icecast_password", t_buttrc, hp(), "generic"),
        ("mixxx_bcp", "mixxx", "broadcast_password", t_mixxx_bcp, hp("xml"), "generic"),
        ("obs_service_json", "obs", "stream_key", None, None, "streamkey"),
        ("ezstream_xml", "ezstream", "source_password", t_ezstream, hp("xml"), "icecast"),
        ("darkice_cfg", "darkice", "icecast_password", t_darkice, hp(), "icecast"),
        ("nginx_rtmp_push", "rtmp", "stream_key", None, None, "streamkey"),
        ("ffmpeg_rtmp_push", "rtmp", "stream_key", None, None, "streamkey"),
        ("srt_compose", "srt", "passphrase", t_srt_url, lambda r: human_pw(r, "url"), "generic"),
        ("spotipy_secret", "spotify", "client_secret", t_spotipy, s_spotify_secret, "key"),
        ("spotify_express", "spotify", "client_secret", t_spotify_js, s_spotify_secret, "key"),
        ("spotify_refresh_yaml", "spotify", "refresh_token", t_spotify_refresh, s_spotify_refresh, "key"),
        ("spotify_access_sh", "spotify", "access_token", t_spotify_access_sh, s_spotify_access, "key"),
        ("spotifyd_conf", "spotify", "account_password", t_spotifyd, hp(), "generic"),
        ("musickit_p8", "apple_musickit", "private_key", t_musickit_p8, p8, "none"),
        ("musickit_p8_js", "apple_musickit", "private_key", t_musickit_p8_js, p8_js, "key"),
        ("musickit_dev_token", "apple_musickit", "developer_token", t_musickit_jwt, devtok, "key"),
        ("soundcloud_secret", "soundcloud", "client_secret", t_soundcloud, lambda r: alnum(r, 32), "key"),
        ("soundcloud_oauth", "soundcloud", "oauth_token", t_soundcloud_oauth, s_soundcloud_oauth, "key"),
        ("lastfm_pylast", "lastfm", "api_secret", t_lastfm_secret, lambda r: hexs(r, 32), "key"),
        ("lastfm_session", "lastfm", "session_key", t_lastfm_session, lambda r: alnum(r, 32), "key"),
        ("mpdscribble", "lastfm", "password", t_mpdscribble, hp(), "generic"),
        ("beets_config", "beets", "token", t_beets, None, "key"),
        ("discogs_py", "discogs", "personal_token", t_discogs_py, lambda r: alnum(r, 40), "key"),
        ("genius_js", "genius", "access_token", t_genius_js, s_genius, "key"),
        ("listenbrainz_py", "listenbrainz", "user_token", t_listenbrainz_py, lb_tok, "key"),
        ("jellyfin_yaml", "jellyfin", "api_key", t_jellyfin, lambda r: hexs(r, 32), "key"),
        ("jellyfin_sh", "jellyfin", "api_key", t_jellyfin_sh, lambda r: hexs(r, 32), "key"),
        ("plexapi_py", "plex", "token", t_plex, s_plex, "key"),
        ("plex_m3u", "plex", "token", t_plex_m3u, s_plex, "none"),
        ("subsonic_plain", "subsonic", "password", t_subsonic_plain, hp("url"), "subsonic"),
        ("subsonic_enc", "subsonic", "password_hex", t_subsonic_enc, lambda r: human_pw(r).encode().hex(), "none"),
        ("subsonic_token", "subsonic", "salted_token", t_subsonic_token, lambda r: hexs(r, 32), "none"),
        ("mopidy_conf", "mopidy", "secret", t_mopidy, None, "generic"),
        ("transistor_rb", "transistor", "api_key", t_transistor, lambda r: alnum(r, 24), "key"),
        ("buzzsprout_makefile", "buzzsprout", "api_token", t_buzzsprout, lambda r: hexs(r, 32), "key"),
        ("podbean_php", "podbean", "client_secret", t_podbean, lambda r: alnum(r, 24), "key"),
        ("libsyn_yaml", "libsyn", "password", t_libsyn, hp(), "generic"),
        ("spreaker_json", "spreaker", "oauth_token", t_spreaker, lambda r: alnum(r, 40), "key"),
        ("auphonic_py", "auphonic", "api_token", t_auphonic, lambda r: alnum(r, 32), "key"),
        ("descript_ts", "descript", "api_token", t_descript, lambda r: rs(r, B64U, 48), "key"),
        ("riverside_env", "riverside", "api_key", t_riverside, lambda r: "rs_" + alnum(r, 40), "key"),
        ("private_rss_feed", "podcast_feed", "feed_token", t_private_feed, lambda r: alnum(r, 32), "none"),
        ("pls_source_url", "icecast", "source_password", t_pls_creds, hp("url"), "none"),
        ("icecast_admin_curl", "icecast", "admin_password", t_icecast_admin_curl, hp("url"), "generic"),
        ("compose_icecast_env", "icecast", "source_password", t_compose_icecast, hp(), "icecast"),
        ("k8s_secret_b64", "icecast", "source_password_b64", t_k8s_secret, b64pw, "none"),
        ("encoder_ini_neutral", "icecast", "source_password", t_streamer_ini, hp(), "generic"),
    ]


STREAMKEY_TPLS = {"obs_service_json": t_obs_service, "nginx_rtmp_push": t_nginx_rtmp, "ffmpeg_rtmp_push": t_ffmpeg_push}


def streamkey_for(r, tpl_name, text_probe=None):
    return r.choice([s_twitch, s_youtube, s_rtmp_generic])(r)


def beets_secret(r, kind):
    if kind[0] == "discogs":
        return alnum(r, 40)
    if kind[0] == "genius":
        return s_genius(r)
    return uuid4(r)


def mopidy_secret(r, kind):
    if kind[0] == "spotify":
        return rs(r, B64U + "=", 44)
    return human_pw(r)


# ---------------------------------------------------------------- placeholder values
PH = {
    "icecast": ["hackme", "hackme", "${ICECAST_SOURCE_PASSWORD}", "CHANGE_ME", "********", "{{ icecast_password }}"],
    "generic": ["changeme", "<password>", "${STREAM_PASSWORD}", "REPLACE_ME", "", "********", "{{ vault_stream_password }}", "%(PASSWORD)s"],
    "key": ["<YOUR_API_KEY>", "your-api-key-here", "${API_KEY}", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "", "REDACTED",
            "{{ secrets.API_KEY }}", "<insert token>"],
    "streamkey": ["<stream-key>", "live_XXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "xxxx-xxxx-xxxx-xxxx-xxxx", "${STREAM_KEY}",
                  "YOUR_STREAM_KEY", "****-****-****-****-****"],
    "subsonic": ["sesame", "${NAVIDROME_PASSWORD}", "PASSWORD", "xxxxxx"],
}


def neg_value(r, cls):
    return r.choice(PH[cls])


# ---------------------------------------------------------------- look-alike negatives
ARTISTS = ["Nils Frahm", "Khruangbin", "Floating Points", "Alice Coltrane", "Bonobo", "Four Tet", "Little Simz",
           "Arooj Aftab", "Hiatus Kaiyote", "Ólafur Arnalds", "Sons of Kemet", "Jessie Ware", "Burial", "Yussef Dayes"]
TITLES = ["Says", "Maria También", "Silhouettes", "Journey in Satchidananda", "Kerala", "Baby", "Introvert",
          "Mohabbat", "Nakamarra", "Saman", "My Queen Is Harriet Tubman", "Spotlight", "Archangel", "Black Classical Music"]


def upc(r):
    d = [r.randrange(10) for _ in range(11)]
    s = 3 * sum(d[0::2]) + sum(d[1::2])
    return "".join(map(str, d)) + str((10 - s % 10) % 10)


def isrc(r):
    return "%s%s%02d%05d" % (r.choice(["GB", "US", "DE", "NL", "FR", "SE"]), rs(r, A_UP + DIG, 3), r.randrange(0, 25), r.randrange(100000))


def n_public_m3u(r):
    L = ["#EXTM3U"]
    for _ in range(r.randrange(4, 12)):
        st = r.choice(STATIONS)
        L.append("#EXTINF:-1 tvg-logo=\"https://%s/logo.png\" group-title=\"%s\",%s" % (r.choice(HOSTS), r.choice(["Jazz", "Indie", "News", "Electronic"]), st))
        L.append("https://%s%s" % (r.choice(HOSTS), r.choice(MOUNTS)))
    return r.choice(["playlists/radios.m3u", "stations.m3u8"]), "\n".join(L) + "\n", "m3u", "public_stream_urls"


def n_public_pls(r):
    n = r.randrange(2, 5)
    L = ["[playlist]", "NumberOfEntries=%d" % n]
    for i in range(1, n + 1):
        L += ["File%d=http://%s:%d%s" % (i, r.choice(HOSTS), r.choice((8000, 80, 8010)), r.choice(MOUNTS)),
              "Title%d=%s (%d kbps)" % (i, r.choice(STATIONS), r.choice((64, 128, 320))), "Length%d=-1" % i]
    L.append("Version=2")
    return r.choice(["listen.pls", "public/tunein.pls"]), "\n".join(L) + "\n", "pls", "public_stream_urls"


def n_status_json(r):
    srcs = []
    for m in r.sample(MOUNTS, r.randrange(2, 5)):
        srcs.append({"audio_info": "channels=2;samplerate=44100;bitrate=%d" % r.choice((128, 192)),
                     "genre": r.choice(["Jazz", "Various"]), "listener_peak": r.randrange(5, 900),
                     "listeners": r.randrange(0, 300), "listenurl": "http://%s:8000%s" % (r.choice(HOSTS), m),
                     "server_name": r.choice(STATIONS), "server_type": "audio/mpeg",
                     "stream_start_iso8601": "2024-0%d-1%dT0%d:12:44+0000" % (r.randrange(1, 9), r.randrange(0, 9), r.randrange(0, 9)),
                     "title": "%s - %s" % (r.choice(ARTISTS), r.choice(TITLES))})
    d = {"icestats": {"admin": "icemaster@localhost", "host": r.choice(HOSTS), "location": "Earth",
                      "server_id": "Icecast 2.4.4", "server_start_iso8601": "2024-03-02T10:01:11+0000", "source": srcs}}
    return r.choice(["fixtures/status-json.json", "test/data/icestats.json"]), json.dumps(d, indent=2, ensure_ascii=False) + "\n", "json", "icecast_status"


def n_isrc_csv(r):
    L = ["isrc,upc,artist,title,duration,label,catalog_no"]
    for _ in range(r.randrange(8, 30)):
        L.append("%s,%s,%s,%s,%d:%02d,%s,%s" % (isrc(r), upc(r), r.choice(ARTISTS), r.choice(TITLES), r.randrange(2, 9),
                                               r.randrange(60), r.choice(["Erased Tapes", "Warp", "Ninja Tune", "Impulse!"]),
                                               rs(r, A_UP, 3) + str(r.randrange(100, 999))))
    return r.choice(["data/releases.csv", "distribution/tracks.csv"]), "\n".join(L) + "\n", "csv", "isrc_upc"


def n_mbid_json(r):
    rel = {"id": uuid4(r), "title": r.choice(TITLES), "status": "Official", "barcode": upc(r),
           "release-group": {"id": uuid4(r), "primary-type": "Album"},
           "artist-credit": [{"artist": {"id": uuid4(r), "name": r.choice(ARTISTS), "sort-name": r.choice(ARTISTS)}}],
           "media": [{"format": "Digital Media", "track-count": 3,
                      "tracks": [{"id": uuid4(r), "number": str(i + 1), "title": r.choice(TITLES),
                                  "recording": {"id": uuid4(r), "length": r.randrange(120000, 400000), "isrcs": [isrc(r)]}}
                                 for i in range(3)]}]}
    return r.choice(["fixtures/mb_release.json", "tests/data/musicbrainz-release.json"]), json.dumps(rel, indent=2, ensure_ascii=False) + "\n", "json", "musicbrainz_mbid"


def n_spotify_ids(r):
    L = ["# curated seeds for the recommendation job",
         "seeds:",
         "  artists:"]
    for _ in range(r.randrange(3, 7)):
        L.append("    - spotify:artist:%s  # %s" % (rs(r, ALNUM, 22), r.choice(ARTISTS)))
    L.append("  tracks:")
    for _ in range(r.randrange(3, 8)):
        L.append("    - %s" % rs(r, ALNUM, 22))
    L += ["  playlist: https://open.spotify.com/playlist/%s" % rs(r, ALNUM, 22),
          "  snapshot_id: \"%s\"" % rs(r, B64U, 32),
          "market: %s" % r.choice(["DE", "US"]),
          "limit: 50"]
    return r.choice(["recs/seeds.yaml", "config/spotify-seeds.yml"]), "\n".join(L) + "\n", "yaml", "spotify_ids"


def n_rss(r):
    show = r.choice(["The Deep Cut", "Signal Path", "Crate Diggers", "Low End Theory Club"])
    L = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
         "<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\" xmlns:podcast=\"https://podcastindex.org/namespace/1.0\">",
         "<channel>",
         "  <title>%s</title>" % show,
         "  <link>https://%s/</link>" % slug(show).replace("-", "") + ".fm",
         "  <podcast:guid>%s</podcast:guid>" % uuid4(r),
         "  <podcast:locked>yes</podcast:locked>",
         "  <itunes:image href=\"https://img.transistor.fm/%s.jpg\"/>" % rs(r, B64U, 43),
         "  <language>en</language>"]
    for i in range(r.randrange(2, 6)):
        L += ["  <item>",
              "    <title>Episode %d: %s</title>" % (i + 10, r.choice(TITLES)),
              "    <guid isPermaLink=\"false\">%s</guid>" % r.choice([uuid4(r), "Buzzsprout-%d" % r.randrange(10 ** 7, 2 * 10 ** 7)]),
              "    <enclosure url=\"https://media.transistor.fm/%s/%s.mp3\" length=\"%d\" type=\"audio/mpeg\"/>" % (hexs(r, 8), hexs(r, 8), r.randrange(10 ** 7, 9 * 10 ** 7)),
              "    <itunes:duration>%d</itunes:duration>" % r.randrange(900, 5400),
              "    <pubDate>Mon, 0%d Apr 2024 06:00:00 +0000</pubDate>" % r.randrange(1, 9),
              "  </item>"]
    L += ["</channel>", "</rss>"]
    return r.choice(["public/feed.xml", "site/static/podcast.rss"]), "\n".join(L) + "\n", "xml", "podcast_rss_public"


def n_sha256sums(r):
    L = []
    for i in range(r.randrange(6, 20)):
        L.append("%s  masters/%02d_%s.flac" % (hexs(r, 64), i + 1, slug(r.choice(TITLES))))
    return r.choice(["masters/SHA256SUMS", "release/checksums.sha256"]), "\n".join(L) + "\n", "txt", "audio_hashes"


def n_flac_md5(r):
    L = ["# metaflac --show-md5sum --with-filename *.flac (verified after transfer)"]
    for i in range(r.randrange(5, 14)):
        L.append("%02d - %s.flac:%s" % (i + 1, r.choice(TITLES), hexs(r, 32)))
    return "archive/flac_md5.txt", "\n".join(L) + "\n", "txt", "audio_hashes"


def n_acoustid(r):
    d = {"results": [{"id": uuid4(r), "score": round(r.uniform(0.8, 1.0), 6),
                      "recordings": [{"id": uuid4(r), "title": r.choice(TITLES), "duration": r.randrange(120, 400)}]}
                     for _ in range(r.randrange(1, 4))],
         "status": "ok",
         "fingerprint": rs(r, B64U, r.randrange(300, 600))}
    return "tests/fixtures/acoustid_lookup.json", json.dumps(d, indent=2) + "\n", "json", "acoustid_fingerprint"


def n_lfs(r):
    return r.choice(["assets/jingles/station_id.wav", "audio/bed_loop.flac"]), (
        "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (hexs(r, 64), r.randrange(10 ** 5, 10 ** 8))), "lfs", "git_lfs_pointer"


def n_musickit_public(r):
    kid, team = apple_id10(r), apple_id10(r)
    L = ["# MusicKit identifiers (not secret). The signing key lives in 1Password.",
         "MUSICKIT_TEAM_ID=%s" % team,
         "MUSICKIT_KEY_ID=%s" % kid,
         "MUSICKIT_PRIVATE_KEY_PATH=/run/secrets/AuthKey_%s.p8" % kid,
         "MUSIC_STOREFRONT=%s" % r.choice(["us", "de", "gb", "jp"])]
    return r.choice(["musickit.env.example", ".env.example"]), "\n".join(L) + "\n", "env", "musickit_ids"


def n_pubkey(r):
    return "keys/musickit_%s.pub.pem" % apple_id10(r).lower(), p256_pubkey_pem(r) + "\n", "pem", "public_key"


def n_plex_prefs(r):
    L = ["<?xml version=\"1.0\" encoding=\"utf-8\"?>",
         "<Preferences OldestPreviousVersion=\"1.32.5.7349-8f4248874\" MachineIdentifier=\"%s\" ProcessedMachineIdentifier=\"%s\""
         " AnonymousMachineIdentifier=\"%s\" FriendlyName=\"%s\" ManualPortMappingMode=\"1\" ManualPortMappingPort=\"32400\""
         " TranscoderTempDirectory=\"/transcode\" ScheduledLibraryUpdateInterval=\"3600\" logDebug=\"0\"/>"
         % (uuid4(r), hexs(r, 40), uuid4(r), r.choice(["nas", "basement-plex", "media01"]))]
    return "plex/Preferences.xml.sample", "\n".join(L) + "\n", "xml", "plex_machine_id"


def n_jellyfin_device(r):
    d = {"DeviceId": b64u(("TW96aWxsYS81LjAg%s" % hexs(r, 16)).encode()), "Client": "Jellyfin Web", "Version": "10.8.13",
         "UserId": hexs(r, 32), "ServerId": hexs(r, 32), "ItemId": hexs(r, 32), "PlaySessionId": hexs(r, 32),
         "MediaSourceId": hexs(r, 32), "PositionTicks": r.randrange(10 ** 8, 10 ** 10)}
    return "tests/fixtures/jellyfin_playback.json", json.dumps(d, indent=2) + "\n", "json", "jellyfin_ids"


def n_listens_export(r):
    out = []
    for _ in range(r.randrange(3, 8)):
        out.append(json.dumps({"listened_at": r.randrange(1690000000, 1720000000), "recording_msid": uuid4(r),
                               "track_metadata": {"artist_name": r.choice(ARTISTS), "track_name": r.choice(TITLES),
                                                  "additional_info": {"recording_mbid": uuid4(r), "submission_client": "navidrome"}}},
                              ensure_ascii=False))
    return "exports/listens.jsonl", "\n".join(out) + "\n", "jsonl", "listenbrainz_msid"


def n_argon_dump(r):
    L = ["-- seed data for local dev (api keys are stored hashed)",
         "INSERT INTO api_keys (id, user_id, verifier, comment) VALUES"]
    rows = []
    for i in range(r.randrange(2, 5)):
        salt = b64u(rbytes(r, 16))
        h = b64u(rbytes(r, 32))
        rows.append("  ('%s', %d, '$argon2id$v=19$m=65536,t=4,p=1$%s$%s', '%s')" % (hexs(r, 16), i + 1, salt, h, r.choice(["nowplaying widget", "backup job", "discord bot"])))
    L.append(",\n".join(rows) + ";")
    return "db/seeds/api_keys.sql", "\n".join(L) + "\n", "sql", "hashed_at_rest"


def n_bcrypt_users(r):
    L = ["# panel users; passwords bcrypt-hashed (htpasswd -B)"]
    for u in r.sample(USERS, 3):
        L.append("%s:$2y$10$%s" % (u.replace(".", ""), rs(r, ALNUM + "./", 53)))
    return "panel/.htpasswd", "\n".join(L) + "\n", "htpasswd", "hashed_at_rest"


def n_youtube_ids(r):
    L = ["// archive of past live shows (public VODs)",
         "export const CHANNEL_ID = 'UC%s';" % rs(r, B64U, 22),
         "export const VODS = ["]
    for _ in range(r.randrange(4, 10)):
        L.append("  { id: '%s', title: '%s live set' }," % (rs(r, B64U, 11), r.choice(ARTISTS).replace("'", "")))
    L.append("];")
    return "src/data/vods.js", "\n".join(L) + "\n", "js", "youtube_ids"


def n_cue(r):
    L = ["REM GENRE Jazz", "REM DATE %d" % r.randrange(1965, 2024), "REM DISCID %s" % hexs(r, 8).upper(),
         "CATALOG %s" % (upc(r) + "0")[:13], "PERFORMER \"%s\"" % r.choice(ARTISTS), "TITLE \"%s\"" % r.choice(TITLES),
         "FILE \"album.flac\" WAVE"]
    for i in range(r.randrange(4, 9)):
        L += ["  TRACK %02d AUDIO" % (i + 1), "    TITLE \"%s\"" % r.choice(TITLES), "    ISRC %s" % isrc(r),
              "    INDEX 01 %02d:%02d:%02d" % (i * 5, r.randrange(60), r.randrange(75))]
    return "rips/album.cue", "\n".join(L) + "\n", "cue", "disc_ids"


def n_hls(r):
    L = ["#EXTM3U", "#EXT-X-VERSION:3", "#EXT-X-TARGETDURATION:6", "#EXT-X-MEDIA-SEQUENCE:%d" % r.randrange(1000, 99999)]
    for _ in range(r.randrange(4, 10)):
        L += ["#EXTINF:6.000,", "segment_%s.aac" % hexs(r, 16)]
    return "hls/live/index.m3u8", "\n".join(L) + "\n", "m3u8", "hls_segments"


def n_npm_lock(r):
    deps = {}
    for name in r.sample(["howler", "wavesurfer.js", "tone", "music-metadata", "icecast-metadata-player", "hls.js", "mpegts.js"], 4):
        ver = "%d.%d.%d" % (r.randrange(1, 8), r.randrange(0, 20), r.randrange(0, 10))
        deps["node_modules/" + name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], ver),
                                        "integrity": "sha512-" + base64.b64encode(rbytes(r, 64)).decode()}
    d = {"name": "radio-player", "version": "1.4.0", "lockfileVersion": 3, "requires": True, "packages": deps}
    return "player/package-lock.json", json.dumps(d, indent=2) + "\n", "json", "integrity_hashes"


def n_env_code(r):
    """code that reads secrets from env / secret store (no literal)"""
    style = r.randrange(4)
    if style == 0:
        L = ["import os", "import spotipy", "from spotipy.oauth2 import SpotifyClientCredentials", "",
             "sp = spotipy.Spotify(auth_manager=SpotifyClientCredentials(",
             "    client_id=os.environ[\"SPOTIPY_CLIENT_ID\"],",
             "    client_secret=os.environ[\"SPOTIPY_CLIENT_SECRET\"],", "))",
             "print(sp.artist(\"spotify:artist:%s\")[\"name\"])" % rs(r, ALNUM, 22)]
        return "bin/artist.py", "\n".join(L) + "\n", "py", "env_lookup"
    if style == 1:
        L = ["output.icecast(%mp3(bitrate=128),",
             "  host=environment.get(default=\"localhost\", \"ICECAST_HOST\"),",
             "  port=8000,",
             "  password=environment.get(\"ICECAST_SOURCE_PASSWORD\"),",
             "  mount=\"%s\"," % r.choice(MOUNTS).lstrip("/"), "  radio)"]
        return "liquidsoap/output.liq", "\n".join(L) + "\n", "liq", "env_lookup"
    if style == 2:
        L = ["import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secret-manager';", "",
             "const sm = new SecretsManagerClient({ region: '%s' });" % r.choice(["eu-west-1", "us-east-1"]),
             "export async function azuracastKey() {",
             "  const out = await sm.send(new GetSecretValueCommand({ SecretId: 'radio/azuracast-api-key' }));",
             "  return JSON.parse(out.SecretString).key;", "}"]
        return "src/secrets.ts", "\n".join(L) + "\n", "ts", "secret_store_lookup"
    L = ["name: publish-episode", "on:", "  release:", "    types: [published]", "jobs:", "  upload:",
         "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
         "      - run: ./scripts/publish.sh dist/episode.mp3", "        env:",
         "          BUZZSPROUT_TOKEN: ${{ secrets.BUZZSPROUT_TOKEN }}",
         "          BUZZSPROUT_PODCAST_ID: \"%d\"" % r.randrange(100000, 2000000)]
    return ".github/workflows/publish.yml", "\n".join(L) + "\n", "yaml", "ci_secret_reference"


def n_mounts_doc(r):
    L = ["# Mount points", "", "| mount | codec | bitrate | public |", "|---|---|---|---|"]
    for m in r.sample(MOUNTS, 5):
        L.append("| `%s` | %s | %d | %s |" % (m, r.choice(["mp3", "aac", "opus"]), r.choice((64, 128, 192)), r.choice(["yes", "no"])))
    L += ["", "Source clients connect as user `source`; the password is in the team vault (entry *icecast/%s*)." % r.choice(HOSTS),
          "Default install password `hackme` is rejected by our provisioning script."]
    return "docs/MOUNTS.md", "\n".join(L) + "\n", "md", "mount_names"


def n_discogs_release(r):
    d = {"id": r.randrange(10 ** 5, 3 * 10 ** 7), "master_id": r.randrange(10 ** 4, 3 * 10 ** 6),
         "title": r.choice(TITLES), "year": r.randrange(1960, 2024),
         "identifiers": [{"type": "Barcode", "value": upc(r)}, {"type": "Matrix / Runout", "value": "%s-%d A1" % (rs(r, A_UP, 3), r.randrange(100, 999))}],
         "resource_url": "https://api.discogs.com/releases/%d" % r.randrange(10 ** 5, 3 * 10 ** 7),
         "thumb": "https://i.discogs.com/%s/rs:fit/g:sm/q:40/h:150/w:150/czM6Ly9kaXNjb2dz.jpeg" % rs(r, B64U, 43)}
    return "tests/fixtures/discogs_release.json", json.dumps(d, indent=2) + "\n", "json", "discogs_ids"


LOOKALIKES = [n_public_m3u, n_public_pls, n_status_json, n_isrc_csv, n_mbid_json, n_spotify_ids, n_rss, n_sha256sums,
              n_flac_md5, n_acoustid, n_lfs, n_musickit_public, n_pubkey, n_plex_prefs, n_jellyfin_device,
              n_listens_export, n_argon_dump, n_bcrypt_users, n_youtube_ids, n_cue, n_hls, n_npm_lock, n_env_code,
              n_mounts_doc, n_discogs_release]


# ---------------------------------------------------------------- driver
def render(r, entry, neg):
    name, prov, kind, fn, sfn, phc = entry
    if fn is None:
        fn = STREAMKEY_TPLS[name]
        val = neg_value(r, "streamkey") if neg else streamkey_for(r, name)
        res = fn(r, val, neg)
    elif name in ("beets_config", "mopidy_conf"):
        # the slot is chosen inside the template; draw slot first with a forked rng
        seed = r.getrandbits(64)
        res0 = fn(random.Random(seed), "@@SLOT@@", neg)
        k = res0[3]
        if neg:
            val = neg_value(r, phc)
        else:
            val = beets_secret(r, k) if name == "beets_config" else mopidy_secret(r, k)
        res = fn(random.Random(seed), val, neg)
        prov, kind = k
    else:
        if neg:
            val = neg_value(r, phc) if phc != "none" else None
            if val is None:
                return None
        else:
            val = sfn(r)
        res = fn(r, val, neg)
    path, text, ftype = res[0], res[1], res[2]
    return path, text, ftype, val, prov, kind


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_ob.py OUTDIR SEED\n")
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    cat = pos_catalogue()
    man, secs = [], []
    needles = []

    def write(rel, text):
        full = os.path.join(out, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)

    order = list(range(len(cat)))
    for i in range(500):
        if i % len(cat) == 0:
            r.shuffle(order)
        entry = cat[order[i % len(cat)]]
        while True:
            path, text, ftype, val, prov, kind = render(r, entry, False)
            if text.count(val) == 1 and not bad_word(val) and val not in needles:
                break
        rel = "pos/p%04d/%s" % (i, path)
        write(rel, text)
        idx = text.index(val)
        line = text.count("\n", 0, idx) + 1
        needles.append(val)
        man.append({"file": rel, "label": "pos", "provider": prov, "kind": kind, "filetype": ftype, "template": entry[0]})
        secs.append({"file": rel, "needle": val, "line": line})

    reusable = [e for e in cat if e[5] != "none"]
    nset = set(needles)
    i = 0
    ro = list(range(len(reusable)))
    lo = list(range(len(LOOKALIKES)))
    while i < 500:
        if i % 2 == 0:
            k = (i // 2) % len(ro)
            if k == 0:
                r.shuffle(ro)
            entry = reusable[ro[k]]
            res = render(r, entry, True)
            if res is None:
                continue
            path, text, ftype, val, prov, kind = res
            tname = entry[0]
            kind = "placeholder:" + kind
        else:
            k = (i // 2) % len(lo)
            if k == 0:
                r.shuffle(lo)
            fn = LOOKALIKES[lo[k]]
            path, text, ftype, kind = fn(r)
            prov, tname = "lookalike", fn.__name__
        if any(n in text for n in nset):
            continue
        rel = "neg/n%04d/%s" % (i, path)
        write(rel, text)
        man.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ftype, "template": tname})
        i += 1

    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in man:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secs:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
