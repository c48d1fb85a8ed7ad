#!/usr/bin/env python3
"""Blind evaluation-set generator "gc": video hosting, live streaming, e-learning video.

EMPHASIS
    Domain: video hosting, live streaming and e-learning video platforms.
    Providers: Vimeo (personal access tokens, OAuth client secrets), Wistia (API
    tokens), Kaltura (admin / user secrets; partner ids are public), Brightcove
    (OAuth client secret; policy keys, account / player ids are public), JW Player
    (v1 API secret, v2 API secret; property / media / player ids are public),
    Panopto (OAuth client secret), Vidyard (API token), Loom (SDK private key),
    api.video (API key), Cloudflare Stream (API token, RTMPS live-input key,
    signing key as base64 PEM or base64 JWK), Bunny Stream (library API key,
    token-authentication key), Mux (access token secret, URL signing private key,
    webhook signing secret, live stream key), Amazon IVS (stream keys
    sk_<region>_..., playback-authorisation EC private key), Twitch and YouTube
    RTMP stream keys, OBS profiles (service.json), Wowza (Streaming Cloud API key,
    Wowza Video JWT, Streaming Engine publish.password), Ant Media Server (JWT
    secret), SRS (HTTP API password).
    File types: Python, TypeScript / JavaScript, PHP (Laravel, WordPress / LMS
    plugins, Drupal), Ruby, Go, shell (ffmpeg command lines, curl), OBS
    service.json / basic.ini, nginx-rtmp conf, SRS conf, YAML (CI, compose, k8s,
    Helm), JSON, TOML, INI, Java .properties, Terraform, Dockerfile, Markdown,
    logs, SQL, CSV, XML, HLS .m3u8, DASH .mpd, WebVTT, PEM files, .env (few).

USAGE
    python3 -B gen_gc.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath>,
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line
    per positive: file, needle, 1-based line).  All randomness comes from one
    random.Random(SEED); output is byte-identical for the same SEED.

NEEDLE CONVENTIONS
    * The needle is the secret value only, exactly as written: never the variable
      name, quotes, "Bearer " prefix or header name.
    * URLs (rtmp://host/app/<key>, rtmp://user:<password>@host/...): the needle
      is the key / password part only.
    * Id + secret pairs (Mux token id + secret, Brightcove client id + secret,
      JW Player key + secret): only the secret half is the needle; the id half is
      written in the file as ordinary (public) context.
    * Multi-line PEM private keys: the needle is the "-----BEGIN ... PRIVATE
      KEY-----" line; its line number is that of the BEGIN line.
    * Single-line encodings of keys (base64 of a PEM, base64 of a JWK, a PEM with
      literal \\n escapes inside a JSON string): the needle is the whole one-line
      value.
    * JWT-shaped long-lived API tokens (Wowza Video): the whole JWT.

NEGATIVES
    500 negatives, none with a credential.  Half (250) re-use the positive
    templates with the secret slot holding something that is not a secret:
    placeholders (<your-...>, YOUR_API_KEY_HERE, changeme, xxxx...), empty values,
    masked values (****, [REDACTED], prefix + stars, a PEM frame with a redacted
    body), environment references in the file's own language (os.environ[...],
    process.env.X, getenv(), ENV[...], os.Getenv, ${VAR}), secret-manager and
    template references (op://, vault:, AWS / GCP secret ids, ${{ secrets.X }},
    {{ .Values.x }}, <%= ENV[...] %>), and documented example strings.  The other
    half are look-alikes of the domain: Mux playback ids and Mux Data env keys,
    Vimeo / Wistia / JW / Brightcove / Kaltura / Cloudflare / Bunny embed codes
    and iframe URLs, Brightcove policy keys, Loom public app ids, Vimeo / Brightcove
    client ids, signed playback URLs carrying one-time tokens, HLS / DASH
    manifests with IVs, KIDs and PSSH boxes, thumbnail URLs, IVS ARNs and playback
    URLs, masked stream keys in logs, SHA-256 / SHA-512 / MD5 digests, git-lfs
    pointers, image digests, JWKS / PEM public keys, webhook signatures, UUIDs,
    serial numbers, data: URIs.  No negative lives in a .env / .env.local /
    .env.production file (re-used .env templates are renamed .env.example).

FORMATS CHECKED (search of provider docs and public projects, 2025/2026 crawl)
    * Mux: access token = Token ID + Token Secret used as HTTP basic user /
      password (mux.com/docs make-api-requests); env names MUX_TOKEN_ID,
      MUX_TOKEN_SECRET, MUX_WEBHOOK_SECRET, MUX_SIGNING_KEY, MUX_PRIVATE_KEY
      (mux-node client options); URL signing key private_key is "a Base64 encoded
      private key" (api-reference url-signing-keys); RTMP ingest
      rtmp://global-live.mux.com:5222/app and rtmps://global-live.mux.com:443/app;
      stream key "should be considered as sensitive as credentials".  Public
      projects show token ids as UUIDs and secrets as ~75 base64 characters.
    * Amazon IVS: stream key value is returned by CreateStreamKey; public
      projects show sk_<region>_<12 alnum>_<30 alnum> (56 chars for us-west-2);
      stream-key ARN arn:aws:ivs:<region>:<acct>:stream-key/<12 alnum> is public.
    * Twitch: rtmp://<ingest>/app/<stream-key> (dev.twitch.tv video-broadcast);
      keys live_<digits>_<alnum>.  The docs' example live_user_123456789 is used
      only among negatives.
    * YouTube: ingestionAddress + streamName (Data API IngestionInfo);
      rtmp://a.rtmp.youtube.com/live2; keys seen as xxxx-xxxx-xxxx-xxxx-xxxx.
    * Cloudflare Stream: signing keys are created as RSA keys returned in PEM and
      JWK form (both base64) with an id; live inputs have rtmps url
      rtmps://live.cloudflare.com:443/live/ and a streamKey; API token as Bearer.
    * Bunny Stream: AccessKey header, per-library Stream API key distinct from the
      account API key (docs.bunny.net); API host video.bunnycdn.com/library/<id>.
    * Wistia: API token as Bearer, tokens seen as 64 hex characters.
    * Kaltura: session.start(secret, userId, type ADMIN=2, partnerId, ...);
      partner id and admin secret from KMC Integration Settings.
    * Brightcove: OAuth client credentials (client_id / client_secret) for CMS
      APIs; Playback API uses a policy key in Accept: application/json;pk=...
      (public, embedded in players); Live API uses X-API-KEY.
    * JW Player: v1 API key + shared secret (signature auth); v2 Management API
      uses a Bearer API secret; site / property id is an 8-character id.
    * Vimeo: client identifier + client secret (OAuth) and access tokens;
      env names VIMEO_CLIENT_ID / VIMEO_CLIENT_SECRET / VIMEO_ACCESS_TOKEN.
    * api.video: API key exchanged at ws.api.video/auth/api-key or used by the
      SDK clients (sandbox.api.video for sandbox).

DOUBTS (formats not confirmed by provider documentation; chosen shapes)
    * Vimeo access token = 32 hex, client secret = 128 base64 characters.
    * Kaltura admin / user secret = 32 lowercase hex.
    * Brightcove client secret = 86 base64url characters (one public sample).
    * JW Player v1 secret = 24 alphanumerics; v2 API secret = 48 alphanumerics.
    * Panopto client secret = 44 base64 characters; Vidyard API token = 40
      alphanumerics; api.video API key = 43 alphanumerics; Cloudflare API token =
      40 of [A-Za-z0-9_-]; Mux webhook secret = 32 lowercase alphanumerics.
    * Bunny Stream library API key = 8-4-4-12-4-4 hex groups; token-auth key =
      UUID.  Only a library README example was seen, not the docs.
    * Cloudflare RTMPS live-input key = 32 hex + "k" + 32 hex (pattern recalled,
      the docs' sample was truncated).
    * Wowza Streaming Cloud wsc-api-key = 64 alphanumerics; Wowza Video token as an
      HS256-shaped JWT; Ant Media property name settings.jwtStreamSecretKey and
      SRS http_api auth block are written from memory of their sample configs.
    * Loom SDK private key: written as a PKCS#8 RSA PEM.
    * Mux Data env keys are treated as public (used in browser players).
    * Generated PEM / DER bodies have the right ASN.1 prefix but random content.
"""
import base64
import json
import os
import re
import string
import sys

import random

MARK = "@@S@@"
ALNUM = string.ascii_letters + string.digits
LOWNUM = string.ascii_lowercase + string.digits
HEXL = "0123456789abcdef"
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"


# --------------------------------------------------------------------------
# random helpers
# --------------------------------------------------------------------------
def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def mixed(r, alpha, n):
    """Random string that has a digit and a letter (and both cases if the
    alphabet has both), so it never degenerates into a word or a number."""
    while True:
        s = rs(r, alpha, n)
        if not any(c.isdigit() for c in s) or not any(c.isalpha() for c in s):
            continue
        if any(c.isupper() for c in alpha) and any(c.islower() for c in alpha):
            if not any(c.isupper() for c in s) or not any(c.islower() for c in s):
                continue
        return s


def hexs(r, n):
    return mixed(r, HEXL, n)


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64e(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def uuid4(r):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def digits(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def pick(r, seq):
    return r.choice(seq)


def pem_wrap(kind, der):
    b = b64e(der)
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


def der_rsa_pkcs1(r):
    head = bytes([0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00])
    mid = bytes([0x02, 0x03, 0x01, 0x00, 0x01, 0x02, 0x82, 0x01, 0x00])
    body = head + bytes([0xc0 | r.getrandbits(6)]) + rbytes(r, 255) + mid
    return body + rbytes(r, 1192 - len(body))


def der_rsa_pkcs8(r):
    head = bytes([0x30, 0x82, 0x04, 0xbe, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a,
                  0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82,
                  0x04, 0xa8])
    return head + der_rsa_pkcs1(r)


def der_ec384(r):
    return (bytes([0x30, 0x81, 0xa4, 0x02, 0x01, 0x01, 0x04, 0x30]) + rbytes(r, 48)
            + bytes([0xa0, 0x07, 0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x22,
                     0xa1, 0x64, 0x03, 0x62, 0x00, 0x04]) + rbytes(r, 96))


def der_rsa_spki(r):
    head = bytes([0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86,
                  0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0f, 0x00,
                  0x30, 0x82, 0x01, 0x0a, 0x02, 0x82, 0x01, 0x01, 0x00])
    return head + bytes([0xc0 | r.getrandbits(6)]) + rbytes(r, 255) + bytes([0x02, 0x03, 0x01, 0x00, 0x01])


def jwt_like(r, payload, alg="HS256"):
    h = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = b64u(rbytes(r, 32 if alg == "HS256" else 256))
    return "%s.%s.%s" % (h, p, sig)


def password(r):
    words = ["Lumen", "Raft", "Cobalt", "Quill", "Tandem", "Vesper", "Orbit", "Marlin",
             "Falcon", "Juniper", "Kestrel", "Saffron", "Tundra", "Harbor", "Nimbus"]
    style = r.randint(0, 2)
    if style == 0:
        return "%s%s%s%d%s" % (pick(r, words), pick(r, "-_.!"), pick(r, words), r.randint(10, 9999), pick(r, "!#%+*"))
    if style == 1:
        return mixed(r, ALNUM + "!#%+-_", r.randint(16, 22))
    return mixed(r, ALNUM, r.randint(20, 28))


# --------------------------------------------------------------------------
# secret generators (one per credential format)
# --------------------------------------------------------------------------
def g_ivs_key(r):
    reg = pick(r, ["us-west-2", "us-east-1", "eu-west-1", "ap-northeast-1", "ap-south-1", "eu-central-1"])
    return "sk_%s_%s_%s" % (reg, mixed(r, ALNUM, 12), mixed(r, ALNUM, 30))


def g_jwk_b64(r):
    jwk = {"alg": "RS256", "d": b64u(rbytes(r, 256)), "dp": b64u(rbytes(r, 128)),
           "dq": b64u(rbytes(r, 128)), "e": "AQAB", "kid": hexs(r, 32), "kty": "RSA",
           "n": b64u(rbytes(r, 256)), "p": b64u(rbytes(r, 128)), "q": b64u(rbytes(r, 128)),
           "qi": b64u(rbytes(r, 128))}
    return b64e(json.dumps(jwk, separators=(",", ":")).encode())


def g_bunny_stream(r):
    h = hexs(r, 36)
    return "%s-%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:28], h[28:32], h[32:36])


def g_wowza_jwt(r):
    return jwt_like(r, {"sub": digits(r, 6), "iss": "wowza-video", "org": digits(r, 5),
                        "iat": r.randint(1690000000, 1730000000), "scope": "all"})


GEN = {
    "vimeo_token": lambda r: hexs(r, 32),
    "vimeo_client_secret": lambda r: mixed(r, B64, 128),
    "wistia_token": lambda r: hexs(r, 64),
    "kaltura_secret": lambda r: hexs(r, 32),
    "bc_client_secret": lambda r: mixed(r, B64U, 86),
    "jw_v1_secret": lambda r: mixed(r, ALNUM, 24),
    "jw_v2_secret": lambda r: mixed(r, ALNUM, 48),
    "panopto_secret": lambda r: mixed(r, B64, 43) + "=",
    "vidyard_token": lambda r: mixed(r, ALNUM, 40),
    "loom_pem": lambda r: pem_wrap("PRIVATE KEY", der_rsa_pkcs8(r)),
    "apivideo_key": lambda r: mixed(r, ALNUM, 43),
    "cf_api_token": lambda r: mixed(r, B64U, 40),
    "cf_pem_b64": lambda r: b64e(pem_wrap("RSA PRIVATE KEY", der_rsa_pkcs1(r)).encode() + b"\n"),
    "cf_jwk_b64": g_jwk_b64,
    "cf_live_key": lambda r: hexs(r, 32) + "k" + hexs(r, 32),
    "bunny_stream_key": g_bunny_stream,
    "bunny_token_key": uuid4,
    "mux_token_secret": lambda r: mixed(r, B64, 75),
    "mux_signing_b64": lambda r: b64e(pem_wrap("RSA PRIVATE KEY", der_rsa_pkcs1(r)).encode() + b"\n"),
    "mux_webhook_secret": lambda r: mixed(r, LOWNUM, 32),
    "mux_stream_key": uuid4,
    "ivs_stream_key": g_ivs_key,
    "ivs_ec_pem": lambda r: pem_wrap("EC PRIVATE KEY", der_ec384(r)),
    "twitch_key": lambda r: "live_%s_%s" % (digits(r, 9), mixed(r, ALNUM, 30)),
    "yt_key": lambda r: "-".join(mixed(r, LOWNUM, 4) if i == 0 else rs(r, LOWNUM, 4) for i in range(5)),
    "wsc_api_key": lambda r: mixed(r, ALNUM, 64),
    "wowza_jwt": g_wowza_jwt,
    "password": password,
    "ams_jwt_secret": lambda r: mixed(r, ALNUM, 32),
    "rsa_pem": lambda r: pem_wrap("RSA PRIVATE KEY", der_rsa_pkcs1(r)),
}


# --------------------------------------------------------------------------
# innocent fillers (public ids, names)
# --------------------------------------------------------------------------
APPS = ["coursehub", "lectern", "classcast", "vidforge", "learnloop", "tubeworks", "campus-tv",
        "edu-stream", "mediabay", "skillreel", "onair-studio", "lecture-vault", "reelroom",
        "studyflix", "kinetic-learn", "broadcastr"]
ORGS = ["Northwind Academy", "Bluebird Learning", "Acme Media", "Riverside College",
        "Helix Training", "Summit Webinars", "Polar Studios", "Orchid University"]
TITLES = ["Intro to Statistics - Week 1", "Onboarding: Security Basics", "Keynote 2024",
          "Lab Safety Walkthrough", "Calculus II Lecture 7", "Product Demo (short)",
          "Quarterly All-Hands", "Spanish A2 - Unit 3", "Photosynthesis Explained",
          "Live Q&A Replay", "Welcome to the Course", "Chemistry Titration Demo"]
REGIONS = ["us-west-2", "us-east-1", "eu-west-1", "ap-northeast-1"]


def app(r):
    return pick(r, APPS)


def title(r):
    return pick(r, TITLES)


def mux_pid(r):
    return mixed(r, ALNUM, 44)


def mux_asset(r):
    return mixed(r, ALNUM, r.randint(35, 44))


def ivs_chan(r):
    return mixed(r, ALNUM, 12)


def aws_acct(r):
    return digits(r, 12)


def wistia_hid(r):
    return mixed(r, LOWNUM, 10)


def jw_id(r):
    return mixed(r, ALNUM, 8)


def kentry(r):
    return "%s_%s" % (r.randint(0, 1), mixed(r, LOWNUM, 8))


def cf_code(r):
    return mixed(r, LOWNUM, 16)


def ts(r):
    return "2024-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                               r.randint(0, 59), r.randint(0, 59))


def epoch(r):
    return r.randint(1700000000, 1760000000)


def tpl(text, **kw):
    for k, v in kw.items():
        text = text.replace("%%" + k + "%%", str(v))
    return text


def fill(text, value):
    """Put value at the single MARK; later lines of a multi-line value get the
    indentation of the marker's line."""
    assert text.count(MARK) == 1, text
    i = text.index(MARK)
    ls = text.rfind("\n", 0, i) + 1
    indent = re.match(r"[ \t]*", text[ls:i]).group(0)
    if "\n" in value:
        value = value.replace("\n", "\n" + indent)
    return text[:i] + value + text[i + len(MARK):]


# --------------------------------------------------------------------------
# positive templates: each returns (relpath, text with exactly one MARK)
# --------------------------------------------------------------------------
POS = []


def P(provider, kind, gen, var, lang, style):
    def deco(fn):
        POS.append(dict(name=fn.__name__, fn=fn, provider=provider, kind=kind, gen=gen,
                        var=var, lang=lang, style=style))
        return fn
    return deco


@P("vimeo", "access-token", "vimeo_token", "VIMEO_ACCESS_TOKEN", "py", "other")
def p_vimeo_py_client(r):
    return ("%s/integrations/vimeo_client.py" % app(r).replace("-", "_"), tpl('''"""Thin wrapper around PyVimeo used by the nightly catalogue sync."""
import logging
import os

import vimeo

log = logging.getLogger(__name__)

FOLDER_ID = %%folder%%
PAGE_SIZE = 50


def make_client():
    return vimeo.VimeoClient(
        token="@@S@@",
        key=os.environ.get("VIMEO_CLIENT_ID"),
        secret=os.environ.get("VIMEO_CLIENT_SECRET"),
    )


def list_folder_videos(client, page=1):
    resp = client.get(
        "/me/projects/%d/videos" % FOLDER_ID,
        params={"per_page": PAGE_SIZE, "page": page, "fields": "uri,name,duration"},
    )
    resp.raise_for_status()
    data = resp.json()
    log.info("vimeo page %s: %d items", page, len(data.get("data", [])))
    return data
''', folder=digits(r, 8)))


@P("vimeo", "access-token", "vimeo_token", "VIMEO_ACCESS_TOKEN", "env", "conv")
def p_vimeo_dotenv(r):
    return (".env", tpl('''# local development settings for %%app%%
NODE_ENV=development
PORT=%%port%%
PUBLIC_BASE_URL=http://localhost:%%port%%
VIMEO_USER_ID=%%uid%%
VIMEO_ACCESS_TOKEN=@@S@@
LOG_LEVEL=debug
''', app=app(r), port=pick(r, [3000, 3001, 4000, 8080]), uid=digits(r, 9)))


@P("vimeo", "client-secret", "vimeo_client_secret", "VIMEO_CLIENT_SECRET", "php", "conv")
def p_vimeo_laravel(r):
    return ("config/vimeo.php", tpl('''<?php

/*
 * Vimeo connection settings (vinkla/laravel-vimeo).
 * The client identifier is public; see the app page on developer.vimeo.com.
 */

return [

    'default' => 'main',

    'connections' => [

        'main' => [
            'client_id' => env('VIMEO_CLIENT', '%%cid%%'),
            'client_secret' => '@@S@@',
            'access_token' => env('VIMEO_ACCESS', null),
        ],

        'alternative' => [
            'client_id' => env('VIMEO_ALT_CLIENT'),
            'client_secret' => env('VIMEO_ALT_SECRET'),
            'access_token' => env('VIMEO_ALT_ACCESS', null),
        ],

    ],

];
''', cid=hexs(r, 40)))


@P("vimeo", "access-token", "vimeo_token", "VIMEO_ACCESS_TOKEN", "md", "other")
def p_vimeo_md_curl(r):
    return ("docs/video/vimeo-upload.md", tpl('''# Uploading lecture recordings to Vimeo

The uploader uses the tus approach. First create the video object:

```bash
curl -X POST https://api.vimeo.com/me/videos \\
  -H "Authorization: bearer @@S@@" \\
  -H "Content-Type: application/json" \\
  -H "Accept: application/vnd.vimeo.*+json;version=3.4" \\
  -d '{"upload": {"approach": "tus", "size": "%%size%%"}, "name": "%%title%%"}'
```

Then PATCH the chunks to the returned `upload.upload_link`.
Processing usually takes 2-5 minutes for a 45 minute lecture.
''', size=r.randint(10**8, 4 * 10**9), title=title(r)))


@P("vimeo", "access-token", "vimeo_token", "VIMEO_ACCESS_TOKEN", "rb", "other")
def p_vimeo_ruby_header(r):
    return ("lib/video_sync/vimeo_api.rb", tpl('''# frozen_string_literal: true

require "faraday"
require "json"

module VideoSync
  class VimeoApi
    BASE = "https://api.vimeo.com"

    def initialize(user_id: %%uid%%)
      @user_id = user_id
      @conn = Faraday.new(url: BASE) do |f|
        f.headers["Authorization"] = "Bearer @@S@@"
        f.headers["Accept"] = "application/vnd.vimeo.*+json;version=3.4"
        f.request :json
        f.adapter Faraday.default_adapter
      end
    end

    def videos(page: 1)
      res = @conn.get("/users/#{@user_id}/videos", page: page, per_page: 25)
      JSON.parse(res.body).fetch("data", [])
    end
  end
end
''', uid=digits(r, 9)))


@P("vimeo", "access-token", "vimeo_token", "VIMEO_TOKEN", "yaml", "conv")
def p_vimeo_gha(r):
    return (".github/workflows/sync-vimeo.yml", tpl('''name: sync-vimeo-catalogue

on:
  schedule:
    - cron: "17 3 * * *"
  workflow_dispatch: {}

jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      VIMEO_FOLDER: "%%folder%%"
      VIMEO_TOKEN: @@S@@
      PYTHONUNBUFFERED: "1"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r tools/requirements.txt
      - run: python tools/sync_vimeo.py --folder "$VIMEO_FOLDER"
''', folder=digits(r, 8)))


@P("wistia", "api-token", "wistia_token", "WISTIA_API_TOKEN", "js", "other")
def p_wistia_ts(r):
    return ("src/lib/wistia.ts", tpl('''import axios from "axios";

export interface WistiaMedia {
  hashed_id: string;
  name: string;
  duration: number;
}

// Data API v1; project id is the hashed id shown in the Wistia URL
const PROJECT_ID = "%%proj%%";

const client = axios.create({
  baseURL: "https://api.wistia.com/v1",
  timeout: 15_000,
  headers: { Authorization: `Bearer @@S@@` },
});

export async function listProjectMedias(page = 1): Promise<WistiaMedia[]> {
  const { data } = await client.get("/medias.json", {
    params: { project_id: PROJECT_ID, page, per_page: 100 },
  });
  return data;
}
''', proj=wistia_hid(r)))


@P("wistia", "api-token", "wistia_token", "WISTIA_API_TOKEN", "py", "conv")
def p_wistia_django(r):
    return ("%s/settings/production.py" % app(r).replace("-", "_"), tpl('''from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["%%app%%.example.org", "www.%%app%%.example.org"]

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# Video hosting
WISTIA_PROJECT_ID = "%%proj%%"
WISTIA_API_TOKEN = "@@S@@"
WISTIA_PLAYER_COLOR = "#%%color%%"

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://cache:6379/1",
    }
}
''', app=app(r), proj=wistia_hid(r), color=rs(r, HEXL, 6)))


@P("wistia", "api-token", "wistia_token", "WISTIA_TOKEN", "sh", "other")
def p_wistia_upload_sh(r):
    return ("scripts/upload_to_wistia.sh", tpl('''#!/usr/bin/env bash
# Upload every mp4 in ./exports to the course project.
set -euo pipefail

PROJECT="%%proj%%"
shopt -s nullglob

for f in exports/*.mp4; do
  echo "uploading $f"
  curl -sS --fail https://upload.wistia.com/ \\
    -F access_token=@@S@@ \\
    -F project_id="$PROJECT" \\
    -F name="$(basename "$f" .mp4)" \\
    -F file=@"$f" | jq -r '.hashed_id'
done
''', proj=wistia_hid(r)))


@P("wistia", "api-token", "wistia_token", "WISTIA_API_TOKEN", "toml", "conv")
def p_wistia_toml(r):
    return ("config/ingest.toml", tpl('''# ingest worker configuration
[worker]
concurrency = %%conc%%
poll_interval = "30s"
tmp_dir = "/var/tmp/ingest"

[wistia]
project = "%%proj%%"
api_token = "@@S@@"
captions = true

[transcript]
language = "en"
provider = "internal"
''', conc=r.randint(2, 8), proj=wistia_hid(r)))


@P("kaltura", "admin-secret", "kaltura_secret", "KALTURA_ADMIN_SECRET", "php", "other")
def p_kaltura_wp_plugin(r):
    pid = digits(r, 7)
    return ("wp-content/plugins/lms-video-bridge/includes/class-kaltura-bridge.php", tpl('''<?php
/**
 * Kaltura bridge for the LMS video block.
 *
 * @package LMS_Video_Bridge
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

require_once __DIR__ . '/../vendor/autoload.php';

use Kaltura\\Client\\Configuration as KalturaConfiguration;
use Kaltura\\Client\\Client as KalturaClient;
use Kaltura\\Client\\Enum\\SessionType;

class LMS_Kaltura_Bridge {

	const PARTNER_ID = %%pid%%;

	public function client() {
		$config = new KalturaConfiguration();
		$config->setServiceUrl( 'https://www.kaltura.com' );
		$client = new KalturaClient( $config );
		$ks     = $client->getSessionService()->start(
			'@@S@@',
			get_current_user_id() ? 'wp-' . get_current_user_id() : 'lms-cron',
			SessionType::ADMIN,
			self::PARTNER_ID,
			86400,
			'disableentitlement'
		);
		$client->setKs( $ks );
		return $client;
	}
}
''', pid=pid))


@P("kaltura", "admin-secret", "kaltura_secret", "KALTURA_ADMIN_SECRET", "py", "conv")
def p_kaltura_py(r):
    return ("ingest/kaltura_session.py", tpl('''from KalturaClient import KalturaClient, KalturaConfiguration
from KalturaClient.Plugins.Core import KalturaSessionType

SERVICE_URL = "https://www.kaltura.com/"
PARTNER_ID = %%pid%%
KALTURA_ADMIN_SECRET = "@@S@@"
SESSION_TTL = 60 * 60 * 12


def get_client(user_id="ingest-bot"):
    config = KalturaConfiguration(PARTNER_ID)
    config.serviceUrl = SERVICE_URL
    client = KalturaClient(config)
    ks = client.session.start(
        KALTURA_ADMIN_SECRET, user_id, KalturaSessionType.ADMIN, PARTNER_ID, SESSION_TTL, ""
    )
    client.setKs(ks)
    return client
''', pid=digits(r, 7)))


@P("kaltura", "admin-secret", "kaltura_secret", "KALTURA_ADMIN_SECRET", "yaml", "conv")
def p_kaltura_values(r):
    return ("deploy/helm/media-sync/values.yaml", tpl('''replicaCount: 2

image:
  repository: registry.example.org/%%app%%/media-sync
  tag: "%%ver%%"
  pullPolicy: IfNotPresent

kaltura:
  serviceUrl: https://www.kaltura.com
  partnerId: %%pid%%
  adminSecret: "@@S@@"
  categoryId: %%cat%%

resources:
  requests:
    cpu: 100m
    memory: 256Mi
''', app=app(r), ver="1.%d.%d" % (r.randint(0, 9), r.randint(0, 30)), pid=digits(r, 7), cat=digits(r, 9)))


@P("kaltura", "admin-secret", "kaltura_secret", "KALTURA_SECRET", "ini", "other")
def p_kaltura_ini(r):
    return ("conf/kaltura.ini", tpl('''; Kaltura connector used by the reporting job
[kaltura]
service_url = https://www.kaltura.com
partner_id = %%pid%%
secret = @@S@@
session_type = 2
expiry = 86400

[reports]
timezone = Europe/Berlin
output_dir = /srv/reports/kaltura
''', pid=digits(r, 7)))


@P("kaltura", "admin-secret", "kaltura_secret", "KALTURA_ADMIN_SECRET", "props", "conv")
def p_kaltura_props(r):
    return ("src/main/resources/kaltura.properties", tpl('''# Kaltura VPaaS settings
kaltura.serviceUrl=https://www.kaltura.com
kaltura.partnerId=%%pid%%
kaltura.adminSecret=@@S@@
kaltura.sessionExpiry=86400
kaltura.defaultCategory=%%cat%%
http.client.timeoutMs=20000
''', pid=digits(r, 7), cat=digits(r, 9)))


@P("brightcove", "client-secret", "bc_client_secret", "BRIGHTCOVE_CLIENT_SECRET", "js", "other")
def p_bc_node(r):
    return ("server/brightcove/oauth.js", tpl(''''use strict';

const fetch = require('node-fetch');

const ACCOUNT_ID = '%%acct%%';
const CLIENT_ID = '%%cid%%';

async function getAccessToken() {
  const basic = Buffer.from(`${CLIENT_ID}:@@S@@`).toString('base64');
  const res = await fetch('https://oauth.brightcove.com/v4/access_token', {
    method: 'POST',
    headers: {
      Authorization: `Basic ${basic}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  if (!res.ok) throw new Error(`oauth failed: ${res.status}`);
  return (await res.json()).access_token;
}

module.exports = { ACCOUNT_ID, getAccessToken };
''', acct=digits(r, 13), cid=uuid4(r)))


@P("brightcove", "client-secret", "bc_client_secret", "BRIGHTCOVE_CLIENT_SECRET", "yaml", "conv")
def p_bc_yaml(r):
    return ("config/brightcove.yml", tpl('''default: &default
  account_id: "%%acct%%"
  player_id: default
  client_id: %%cid%%
  client_secret: @@S@@
  cms_base: https://cms.api.brightcove.com/v1

development:
  <<: *default

production:
  <<: *default
  cache_ttl: 600
''', acct=digits(r, 13), cid=uuid4(r)))


@P("brightcove", "client-secret", "bc_client_secret", "BRIGHTCOVE_CLIENT_SECRET", "py", "other")
def p_bc_python(r):
    return ("tools/bc_token.py", tpl('''#!/usr/bin/env python3
"""Fetch a short-lived Brightcove access token and list the newest videos."""
import requests

OAUTH_URL = "https://oauth.brightcove.com/v4/access_token"
ACCOUNT_ID = "%%acct%%"
CLIENT_ID = "%%cid%%"


def token():
    r = requests.post(
        OAUTH_URL,
        auth=(CLIENT_ID, "@@S@@"),
        data={"grant_type": "client_credentials"},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()["access_token"]


if __name__ == "__main__":
    t = token()
    url = "https://cms.api.brightcove.com/v1/accounts/%s/videos" % ACCOUNT_ID
    vids = requests.get(url, headers={"Authorization": "Bearer " + t}, params={"limit": 10}).json()
    for v in vids:
        print(v["id"], v["name"])
''', acct=digits(r, 13), cid=uuid4(r)))


@P("brightcove", "client-secret", "bc_client_secret", "BRIGHTCOVE_CLIENT_SECRET", "php", "conv")
def p_bc_drupal(r):
    return ("web/sites/default/settings.local.php", tpl('''<?php

// Local overrides - not for production.
$settings['hash_salt_file'] = '../private/salt.txt';
$config['system.logging']['error_level'] = 'verbose';
$settings['trusted_host_patterns'] = ['^%%app%%\\.ddev\\.site$'];

// Brightcove API client (brightcove module).
$config['brightcove.api_client.default']['account_id'] = '%%acct%%';
$config['brightcove.api_client.default']['client_id'] = '%%cid%%';
$config['brightcove.api_client.default']['secret_key'] = '@@S@@';
$config['brightcove.api_client.default']['default_player'] = 'default';
''', app=app(r), acct=digits(r, 13), cid=uuid4(r)))


@P("jwplayer", "api-secret", "jw_v1_secret", "JWPLAYER_API_SECRET", "py", "other")
def p_jw_py_v1(r):
    return ("video/jw.py", tpl('''import jwplatform

from .models import Lesson

JW_KEY = "%%key%%"


def jw_client():
    return jwplatform.Client(JW_KEY, "@@S@@")


def sync_lesson(lesson: Lesson):
    client = jw_client()
    resp = client.videos.show(video_key=lesson.jw_media_id)
    video = resp["video"]
    lesson.duration = float(video.get("duration") or 0)
    lesson.thumbnail = "https://cdn.jwplayer.com/thumbs/%s-720.jpg" % lesson.jw_media_id
    lesson.save(update_fields=["duration", "thumbnail"])
''', key=jw_id(r)))


@P("jwplayer", "api-secret", "jw_v2_secret", "JWP_API_SECRET", "js", "other")
def p_jw_v2_ts(r):
    return ("src/services/jwp.ts", tpl('''const SITE_ID = "%%site%%";
const API = `https://api.jwplayer.com/v2/sites/${SITE_ID}`;

type Media = { id: string; metadata: { title: string } };

export async function listMedia(page = 1): Promise<Media[]> {
  const res = await fetch(`${API}/media/?page=${page}&page_length=50`, {
    headers: {
      Accept: "application/json",
      Authorization: "Bearer @@S@@",
    },
  });
  if (!res.ok) {
    throw new Error(`JWP ${res.status}`);
  }
  const body = await res.json();
  return body.media as Media[];
}
''', site=jw_id(r)))


@P("jwplayer", "api-secret", "jw_v2_secret", "JWP_API_SECRET", "json", "conv")
def p_jw_json(r):
    return ("config/jwplayer.json", tpl('''{
  "property_id": "%%site%%",
  "player_id": "%%player%%",
  "api_secret": "@@S@@",
  "default_playlist": "%%pl%%",
  "autostart": false,
  "mute": true
}
''', site=jw_id(r), player=jw_id(r), pl=jw_id(r)))


@P("jwplayer", "api-secret", "jw_v1_secret", "JWPLAYER_API_SECRET", "rb", "other")
def p_jw_rb(r):
    return ("config/initializers/jwplayer.rb", tpl('''# JW Platform v1 client used by the lesson importer
require "jwplayer/api/client"

Rails.application.config.to_prepare do
  JWP = JWPlayer::API::Client.new(
    key: "%%key%%",
    secret: "@@S@@",
    format: :json,
    timeout: 20
  )
end
''', key=jw_id(r)))


@P("panopto", "client-secret", "panopto_secret", "PANOPTO_CLIENT_SECRET", "py", "conv")
def p_panopto_py(r):
    return ("panopto_sync/config.py", tpl('''"""Panopto REST API settings (OAuth2 client credentials / API client)."""

PANOPTO_SERVER = "%%host%%.hosted.panopto.com"
PANOPTO_CLIENT_ID = "%%cid%%"
PANOPTO_CLIENT_SECRET = "@@S@@"
PANOPTO_SCOPE = "api"

FOLDERS = {
    "biology-101": "%%f1%%",
    "chem-201": "%%f2%%",
}
REQUEST_TIMEOUT = 30
''', host=pick(r, ["northwind", "riverside", "orchid-univ", "helix"]), cid=uuid4(r), f1=uuid4(r), f2=uuid4(r)))


@P("panopto", "client-secret", "panopto_secret", "PANOPTO_CLIENT_SECRET", "yaml", "conv")
def p_panopto_yaml(r):
    return ("lti/panopto.yaml", tpl('''panopto:
  server: %%host%%.hosted.panopto.com
  oauth:
    client_id: %%cid%%
    client_secret: "@@S@@"
    token_url: https://%%host%%.hosted.panopto.com/Panopto/oauth2/connect/token
  default_folder: %%f1%%
sync:
  interval_minutes: 30
  include_unpublished: false
''', host=pick(r, ["northwind", "riverside", "orchid-univ", "helix"]), cid=uuid4(r), f1=uuid4(r)))


@P("vidyard", "api-token", "vidyard_token", "VIDYARD_API_TOKEN", "rb", "other")
def p_vidyard_rb(r):
    return ("app/services/vidyard_client.rb", tpl('''class VidyardClient
  include HTTParty
  base_uri "https://api.vidyard.com/dashboard/v1"
  format :json

  def initialize(account_id = %%acct%%)
    @account_id = account_id
  end

  def players(page: 1)
    self.class.get("/players", query: { auth_token: auth_token, page: page })
  end

  private

  def auth_token
    "@@S@@"
  end
end
''', acct=digits(r, 5)))


@P("vidyard", "api-token", "vidyard_token", "VIDYARD_API_TOKEN", "json", "conv")
def p_vidyard_json(r):
    return ("config/integrations.json", tpl('''{
  "analytics": {
    "enabled": true,
    "sample_rate": 0.25
  },
  "vidyard": {
    "organization_id": %%org%%,
    "auth_token": "@@S@@",
    "default_player": "%%player%%"
  },
  "features": ["chapters", "captions", "cta"]
}
''', org=digits(r, 6), player=mixed(r, ALNUM, 22)))


@P("loom", "private-key", "loom_pem", "LOOM_PRIVATE_KEY", "pem", "other")
def p_loom_pem(r):
    return ("keys/loom-sdk-private.pem", "@@S@@\n")


@P("loom", "private-key", "loom_pem", "LOOM_PRIVATE_KEY", "js", "conv")
def p_loom_ts(r):
    return ("src/loom/sdk-auth.ts", tpl('''import { SignJWT, importPKCS8 } from "jose";

// Loom recordSDK (custom domain) - the server signs a short JWS per session.
const LOOM_APP_ID = "%%appid%%";
const LOOM_PRIVATE_KEY = `@@S@@`;

export async function loomToken(): Promise<string> {
  const key = await importPKCS8(LOOM_PRIVATE_KEY, "RS256");
  return new SignJWT({})
    .setProtectedHeader({ alg: "RS256" })
    .setIssuer(LOOM_APP_ID)
    .setIssuedAt()
    .setExpirationTime("30s")
    .sign(key);
}
''', appid=uuid4(r)))


@P("apivideo", "api-key", "apivideo_key", "APIVIDEO_API_KEY", "js", "other")
def p_apivideo_js(r):
    return ("src/upload.js", tpl('''import ApiVideoClient from "@api.video/nodejs-client";
import path from "node:path";

const client = new ApiVideoClient({ apiKey: "@@S@@" });

export async function uploadLesson(file, title) {
  const video = await client.videos.create({
    title: title || path.basename(file),
    public: false,
    tags: ["lesson", "%%app%%"],
  });
  await client.videos.upload(video.videoId, file);
  return video.assets.player;
}
''', app=app(r)))


@P("apivideo", "api-key", "apivideo_key", "APIVIDEO_API_KEY", "py", "other")
def p_apivideo_py(r):
    return ("scripts/bulk_upload.py", tpl('''#!/usr/bin/env python3
import glob
import sys

import apivideo
from apivideo.apis import VideosApi

SANDBOX = "--sandbox" in sys.argv
HOST = "https://sandbox.api.video" if SANDBOX else "https://ws.api.video"


def main():
    with apivideo.AuthenticatedApiClient("@@S@@", base_url=HOST) as client:
        api = VideosApi(client)
        for path in sorted(glob.glob("renders/*.mp4")):
            video = api.create({"title": path.rsplit("/", 1)[-1]})
            with open(path, "rb") as fh:
                api.upload(video["video_id"], fh)
            print(video["video_id"], path)


if __name__ == "__main__":
    main()
'''))


@P("apivideo", "api-key", "apivideo_key", "APIVIDEO_API_KEY", "php", "other")
def p_apivideo_php(r):
    return ("config/services.php", tpl('''<?php

return [

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
    ],

    'apivideo' => [
        'environment' => 'production',
        'key' => '@@S@@',
        'player_id' => '%%player%%',
    ],

];
''', player="pl" + mixed(r, ALNUM, 20)))


@P("cloudflare-stream", "api-token", "cf_api_token", "CLOUDFLARE_API_TOKEN", "tf", "conv")
def p_cf_tf(r):
    return ("infra/stream/main.tf", tpl('''terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.40"
    }
  }
}

provider "cloudflare" {
  api_token = "@@S@@"
}

variable "account_id" {
  type    = string
  default = "%%acct%%"
}

resource "cloudflare_stream_live_input" "town_hall" {
  account_id = var.account_id
  meta = {
    name = "town-hall"
  }
  recording {
    mode = "automatic"
  }
}
''', acct=hexs(r, 32)))


@P("cloudflare-stream", "api-token", "cf_api_token", "CF_STREAM_TOKEN", "sh", "other")
def p_cf_sh(r):
    return ("scripts/cf-stream-upload.sh", tpl('''#!/bin/sh
# Direct upload of a single file to Cloudflare Stream (<200MB)
set -e
ACCOUNT_ID="%%acct%%"
FILE="${1:?usage: $0 file.mp4}"

curl -sS -X POST \\
  -H "Authorization: Bearer @@S@@" \\
  -F file=@"$FILE" \\
  "https://api.cloudflare.com/client/v4/accounts/$ACCOUNT_ID/stream" \\
  | jq '.result | {uid, readyToStream, preview}'
''', acct=hexs(r, 32)))


@P("cloudflare-stream", "signing-key", "cf_pem_b64", "STREAM_SIGNING_PEM", "json", "conv")
def p_cf_signing_json(r):
    return ("config/stream-signing-key.json", tpl('''{
  "id": "%%kid%%",
  "created": "%%ts%%",
  "pem": "@@S@@",
  "algorithm": "RS256",
  "token_ttl_seconds": 3600
}
''', kid=hexs(r, 32), ts=ts(r)))


@P("cloudflare-stream", "signing-key", "cf_jwk_b64", "STREAM_SIGNING_JWK", "py", "other")
def p_cf_jwk_py(r):
    return ("app/stream_tokens.py", tpl('''import base64
import time

from jwcrypto import jwk, jwt

# signing key created once via POST /accounts/{id}/stream/keys
b64_jwk = "@@S@@"
jwk_key = jwk.JWK.from_json(base64.b64decode(b64_jwk))


def video_token(video_uid: str, lifetime: int = 3600) -> str:
    header = {"kid": jwk_key["kid"], "alg": "RS256"}
    claims = {"sub": video_uid, "kid": jwk_key["kid"], "exp": int(time.time()) + lifetime}
    token = jwt.JWT(header=header, claims=claims)
    token.make_signed_token(jwk_key)
    return token.serialize()
'''))


@P("cloudflare-stream", "stream-key", "cf_live_key", "CF_LIVE_STREAM_KEY", "json", "conv")
def p_cf_obs(r):
    return ("obs-studio/basic/profiles/TownHall/service.json", tpl('''{
    "settings": {
        "bwtest": false,
        "key": "@@S@@",
        "server": "rtmps://live.cloudflare.com:443/live/",
        "use_auth": false
    },
    "type": "rtmp_custom"
}
'''))


@P("cloudflare-stream", "api-token", "cf_api_token", "STREAM_API_TOKEN", "toml", "conv")
def p_cf_wrangler(r):
    return ("wrangler.toml", tpl('''name = "%%app%%-video-worker"
main = "src/index.ts"
compatibility_date = "2024-09-23"

[vars]
ACCOUNT_ID = "%%acct%%"
CUSTOMER_CODE = "%%code%%"
STREAM_API_TOKEN = "@@S@@"

[[kv_namespaces]]
binding = "VIDEO_CACHE"
id = "%%kv%%"
''', app=app(r), acct=hexs(r, 32), code=cf_code(r), kv=hexs(r, 32)))


@P("bunny", "library-api-key", "bunny_stream_key", "BUNNY_STREAM_API_KEY", "js", "other")
def p_bunny_ts(r):
    return ("lib/bunny.ts", tpl('''const LIBRARY_ID = %%lib%%;
const BASE = `https://video.bunnycdn.com/library/${LIBRARY_ID}`;

export async function createVideo(title: string): Promise<string> {
  const res = await fetch(`${BASE}/videos`, {
    method: "POST",
    headers: {
      AccessKey: "@@S@@",
      "Content-Type": "application/json",
      accept: "application/json",
    },
    body: JSON.stringify({ title }),
  });
  if (!res.ok) throw new Error(`bunny create failed ${res.status}`);
  const { guid } = await res.json();
  return guid;
}
''', lib=digits(r, 6)))


@P("bunny", "library-api-key", "bunny_stream_key", "BUNNY_STREAM_API_KEY", "yaml", "conv")
def p_bunny_compose(r):
    return ("docker-compose.yml", tpl('''services:
  web:
    build: .
    ports:
      - "8000:8000"
    depends_on:
      - db
    environment:
      DATABASE_URL: postgres://app@db:5432/app
      BUNNY_STREAM_LIBRARY_ID: "%%lib%%"
      BUNNY_STREAM_API_KEY: @@S@@
      BUNNY_STREAM_CDN_HOSTNAME: vz-%%h1%%-%%h2%%.b-cdn.net
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_HOST_AUTH_METHOD: trust
''', lib=digits(r, 6), h1=hexs(r, 8), h2=rs(r, HEXL, 3)))


@P("bunny", "library-api-key", "bunny_stream_key", "BUNNY_STREAM_API_KEY", "php", "conv")
def p_bunny_php(r):
    return ("app/Services/BunnyStream.php", tpl('''<?php

namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

class BunnyStream
{
    private int $libraryId = %%lib%%;
    private string $apiKey = '@@S@@';

    public function video(string $guid): array
    {
        return Http::withHeaders(['AccessKey' => $this->apiKey])
            ->acceptJson()
            ->get("https://video.bunnycdn.com/library/{$this->libraryId}/videos/{$guid}")
            ->throw()
            ->json();
    }
}
''', lib=digits(r, 6)))


@P("bunny", "token-auth-key", "bunny_token_key", "BUNNY_TOKEN_AUTH_KEY", "py", "conv")
def p_bunny_token_py(r):
    return ("video/embed.py", tpl('''import hashlib
import time

LIBRARY_ID = %%lib%%
BUNNY_TOKEN_AUTH_KEY = "@@S@@"


def embed_url(video_id: str, ttl: int = 3600) -> str:
    expires = int(time.time()) + ttl
    token = hashlib.sha256(f"{BUNNY_TOKEN_AUTH_KEY}{video_id}{expires}".encode()).hexdigest()
    return (
        f"https://iframe.mediadelivery.net/embed/{LIBRARY_ID}/{video_id}"
        f"?token={token}&expires={expires}&autoplay=false"
    )
''', lib=digits(r, 6)))


@P("mux", "token-secret", "mux_token_secret", "MUX_TOKEN_SECRET", "js", "other")
def p_mux_ctor(r):
    return ("src/server/mux.ts", tpl('''import Mux from "@mux/mux-node";

export const mux = new Mux({
  tokenId: "%%tid%%",
  tokenSecret: "@@S@@",
});

export async function createDirectUpload(corsOrigin: string) {
  return mux.video.uploads.create({
    cors_origin: corsOrigin,
    new_asset_settings: { playback_policy: ["public"], video_quality: "basic" },
  });
}
''', tid=uuid4(r)))


@P("mux", "token-secret", "mux_token_secret", "MUX_TOKEN_SECRET", "env", "conv")
def p_mux_envlocal(r):
    return (".env.local", tpl('''NEXT_PUBLIC_SITE_URL=http://localhost:3000
NEXT_PUBLIC_MUX_ENV_KEY=%%envkey%%
MUX_TOKEN_ID=%%tid%%
MUX_TOKEN_SECRET=@@S@@
DATABASE_URL=file:./dev.db
''', envkey=mixed(r, LOWNUM, 26), tid=uuid4(r)))


@P("mux", "signing-key", "mux_signing_b64", "MUX_SIGNING_PRIVATE_KEY", "yaml", "conv")
def p_mux_signing_k8s(r):
    return ("k8s/playback-api/configmap.yaml", tpl('''apiVersion: v1
kind: ConfigMap
metadata:
  name: playback-api
  namespace: video
data:
  MUX_SIGNING_KEY_ID: "%%kid%%"
  MUX_SIGNING_PRIVATE_KEY: "@@S@@"
  TOKEN_EXPIRATION: "6h"
  PLAYBACK_DOMAIN: stream.mux.com
''', kid=mux_asset(r)))


@P("mux", "webhook-secret", "mux_webhook_secret", "MUX_WEBHOOK_SECRET", "go", "conv")
def p_mux_webhook_go(r):
    return ("internal/webhooks/mux.go", tpl('''package webhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strings"
)

const muxWebhookSecret = "@@S@@"

// Verify checks the Mux-Signature header: "t=<ts>,v1=<hex hmac>".
func Verify(r *http.Request, body []byte) bool {
	var ts, sig string
	for _, part := range strings.Split(r.Header.Get("Mux-Signature"), ",") {
		kv := strings.SplitN(part, "=", 2)
		if len(kv) != 2 {
			continue
		}
		switch kv[0] {
		case "t":
			ts = kv[1]
		case "v1":
			sig = kv[1]
		}
	}
	mac := hmac.New(sha256.New, []byte(muxWebhookSecret))
	mac.Write([]byte(ts + "." + string(body)))
	return hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(sig))
}
'''))


@P("mux", "stream-key", "mux_stream_key", "MUX_STREAM_KEY", "sh", "other")
def p_mux_ffmpeg(r):
    return ("scripts/golive.sh", tpl('''#!/usr/bin/env bash
# Push the studio feed (NDI -> v4l2loopback) to Mux over RTMPS.
set -euo pipefail
DEVICE=${DEVICE:-/dev/video%%dev%%}

ffmpeg -hide_banner -f v4l2 -framerate 30 -video_size 1920x1080 -i "$DEVICE" \\
  -f pulse -i default \\
  -c:v libx264 -preset veryfast -b:v 4500k -maxrate 4500k -bufsize 9000k -g 60 \\
  -c:a aac -b:a 160k -ar 48000 \\
  -f flv "rtmps://global-live.mux.com:443/app/@@S@@"
''', dev=r.randint(0, 4)))


@P("mux", "token-secret", "mux_token_secret", "MUX_TOKEN_SECRET", "py", "other")
def p_mux_py_basic(r):
    return ("analytics/mux_export.py", tpl('''import csv
import sys

import requests
from requests.auth import HTTPBasicAuth

TOKEN_ID = "%%tid%%"
AUTH = HTTPBasicAuth(TOKEN_ID, "@@S@@")


def views(timeframe="7:days"):
    url = "https://api.mux.com/data/v1/metrics/views/breakdown"
    resp = requests.get(url, auth=AUTH, params={"group_by": "video_title", "timeframe[]": timeframe})
    resp.raise_for_status()
    return resp.json()["data"]


if __name__ == "__main__":
    w = csv.writer(sys.stdout)
    w.writerow(["video_title", "views"])
    for row in views():
        w.writerow([row["field"], row["views"]])
''', tid=uuid4(r)))


@P("mux", "token-secret", "mux_token_secret", "MUX_TOKEN_SECRET", "yaml", "conv")
def p_mux_rails_yml(r):
    return ("config/mux.yml", tpl('''shared: &shared
  token_id: %%tid%%
  env_key: %%envkey%%

development:
  <<: *shared
  token_secret: @@S@@

test:
  <<: *shared
  token_secret: test-not-used
''', tid=uuid4(r), envkey=mixed(r, LOWNUM, 26)))


@P("aws-ivs", "stream-key", "ivs_stream_key", "IVS_STREAM_KEY", "json", "conv")
def p_ivs_obs(r):
    return ("obs/profiles/IVS_Main/service.json", tpl('''{
    "settings": {
        "bwtest": false,
        "key": "@@S@@",
        "server": "rtmps://%%ing%%.global-contribute.live-video.net:443/app/",
        "use_auth": false
    },
    "type": "rtmp_custom"
}
''', ing=rs(r, HEXL, 12)))


@P("aws-ivs", "stream-key", "ivs_stream_key", "IVS_STREAM_KEY", "js", "other")
def p_ivs_broadcast(r):
    return ("src/broadcast/start.ts", tpl('''import IVSBroadcastClient from "amazon-ivs-web-broadcast";

const INGEST_ENDPOINT = "%%ing%%.global-contribute.live-video.net";

export async function goLive(preview: HTMLCanvasElement) {
  const client = IVSBroadcastClient.create({
    streamConfig: IVSBroadcastClient.STANDARD_LANDSCAPE,
    ingestEndpoint: INGEST_ENDPOINT,
  });
  client.attachPreview(preview);
  const cam = await navigator.mediaDevices.getUserMedia({ video: true, audio: true });
  await client.addVideoInputDevice(cam, "camera", { index: 0 });
  await client.startBroadcast("@@S@@");
  return client;
}
''', ing=rs(r, HEXL, 12)))


@P("aws-ivs", "private-key", "ivs_ec_pem", "IVS_PLAYBACK_PRIVATE_KEY", "pem", "other")
def p_ivs_pem(r):
    return ("certs/ivs-playback-private.pem", "@@S@@\n")


@P("aws-ivs", "stream-key", "ivs_stream_key", "IVS_STREAM_KEY", "yaml", "conv")
def p_ivs_yaml(r):
    ch = ivs_chan(r)
    reg = pick(r, REGIONS)
    return ("config/stream.yaml", tpl('''channel:
  arn: arn:aws:ivs:%%reg%%:%%acct%%:channel/%%ch%%
  latency_mode: LOW
  type: STANDARD
ingest:
  endpoint: rtmps://%%ing%%.global-contribute.live-video.net:443/app/
  stream_key: @@S@@
playback:
  url: https://%%ing%%.%%reg%%.playback.live-video.net/api/video/v1/%%reg%%.%%acct%%.channel.%%ch%%.m3u8
''', reg=reg, acct=aws_acct(r), ch=ch, ing=rs(r, HEXL, 12)))


@P("aws-ivs", "private-key", "ivs_ec_pem", "IVS_PLAYBACK_PRIVATE_KEY", "py", "conv")
def p_ivs_py_pem(r):
    return ("playback/tokens.py", tpl('''"""Playback authorization tokens for private IVS channels (ES384)."""
import time

import jwt

CHANNEL_ARN = "arn:aws:ivs:%%reg%%:%%acct%%:channel/%%ch%%"

PRIVATE_KEY = """@@S@@
"""


def playback_token(ttl=300, viewer_id=None):
    claims = {
        "aws:channel-arn": CHANNEL_ARN,
        "aws:access-control-allow-origin": "*",
        "exp": int(time.time()) + ttl,
    }
    if viewer_id:
        claims["aws:viewer-id"] = viewer_id
    return jwt.encode(claims, PRIVATE_KEY, algorithm="ES384")
''', reg=pick(r, REGIONS), acct=aws_acct(r), ch=ivs_chan(r)))


@P("twitch", "stream-key", "twitch_key", "TWITCH_STREAM_KEY", "conf", "other")
def p_twitch_nginx(r):
    return ("nginx/nginx.conf", tpl('''worker_processes auto;
rtmp_auto_push on;

events {
    worker_connections 1024;
}

rtmp {
    server {
        listen 1935;
        chunk_size 4096;

        application live {
            live on;
            record off;
            allow publish 10.0.0.0/8;
            deny publish all;
            push rtmp://%%ingest%%.contribute.live-video.net/app/@@S@@;
        }
    }
}
''', ingest=pick(r, ["sfo", "fra", "lhr", "jfk", "ams", "iad"])))


@P("youtube", "stream-key", "yt_key", "YOUTUBE_STREAM_KEY", "conf", "other")
def p_yt_nginx(r):
    return ("conf/rtmp.conf", tpl('''rtmp {
    server {
        listen 1935;

        application classroom {
            live on;
            record all;
            record_path /var/recordings;
            record_unique on;

            # simulcast to the department channel
            push rtmp://a.rtmp.youtube.com/live2/@@S@@;

            exec_record_done /usr/local/bin/upload-recording.sh $path;
        }
    }
}
'''))


@P("twitch", "stream-key", "twitch_key", "STREAM_KEY", "sh", "conv")
def p_twitch_ffmpeg(r):
    return ("bin/stream-to-twitch.sh", tpl('''#!/usr/bin/env bash
INRES="1920x1080"
OUTRES="1280x720"
FPS="30"
QUALITY="veryfast"
STREAM_KEY="@@S@@"
SERVER="live-%%srv%%"

ffmpeg -f x11grab -s "$INRES" -r "$FPS" -i :0.0 -f pulse -i default \\
  -f flv -ac 2 -ar 44100 -vcodec libx264 -g $((FPS * 2)) -keyint_min "$FPS" \\
  -b:v 3000k -minrate 3000k -maxrate 3000k -pix_fmt yuv420p -s "$OUTRES" \\
  -preset "$QUALITY" -tune film -acodec aac -b:a 160k -threads 0 -strict normal \\
  -bufsize 3000k "rtmp://$SERVER.twitch.tv/app/$STREAM_KEY"
''', srv=pick(r, ["fra", "ams", "sfo", "jfk"])))


@P("youtube", "stream-key", "yt_key", "YOUTUBE_STREAM_KEY", "json", "conv")
def p_yt_obs(r):
    return ("obs-studio/basic/profiles/Lectures/service.json", tpl('''{
    "settings": {
        "bwtest": false,
        "key": "@@S@@",
        "server": "rtmps://a.rtmps.youtube.com:443/live2",
        "service": "YouTube - RTMPS"
    },
    "type": "rtmp_common"
}
'''))


@P("youtube", "stream-key", "yt_key", "YOUTUBE_STREAM_KEY", "py", "other")
def p_yt_restream_py(r):
    return ("restream/targets.py", tpl('''"""Restream targets, read by the relay supervisor."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    name: str
    url: str
    enabled: bool = True


TARGETS = [
    Target("archive", "rtmp://127.0.0.1:1935/archive/%%slug%%"),
    Target("youtube", "rtmp://a.rtmp.youtube.com/live2/@@S@@"),
    Target("preview", "rtmp://preview.internal:1935/live/%%slug%%", enabled=False),
]
''', slug=pick(r, ["lecture-hall-a", "main-stage", "room-204", "studio"])))


@P("twitch", "stream-key", "twitch_key", "TWITCH_STREAM_KEY", "yaml", "conv")
def p_twitch_k8s(r):
    return ("deploy/restreamer.yaml", tpl('''apiVersion: apps/v1
kind: Deployment
metadata:
  name: restreamer
spec:
  replicas: 1
  selector:
    matchLabels: {app: restreamer}
  template:
    metadata:
      labels: {app: restreamer}
    spec:
      containers:
        - name: relay
          image: ghcr.io/%%org%%/rtmp-relay:%%ver%%
          ports:
            - containerPort: 1935
          env:
            - name: TWITCH_INGEST
              value: rtmp://live.twitch.tv/app
            - name: TWITCH_STREAM_KEY
              value: "@@S@@"
''', org=app(r), ver="0.%d.%d" % (r.randint(1, 9), r.randint(0, 20))))


@P("wowza", "api-key", "wsc_api_key", "WSC_API_KEY", "py", "other")
def p_wowza_cloud_py(r):
    return ("wowza/client.py", tpl('''import os

import requests

BASE = "https://api.cloud.wowza.com/api/v1.11"

HEADERS = {
    "wsc-api-key": "@@S@@",
    "wsc-access-key": os.environ["WSC_ACCESS_KEY"],
    "Content-Type": "application/json",
}


def live_streams():
    r = requests.get(BASE + "/live_streams", headers=HEADERS, timeout=15)
    r.raise_for_status()
    return r.json()["live_streams"]


def start(stream_id):
    return requests.put("%s/live_streams/%s/start" % (BASE, stream_id), headers=HEADERS, timeout=15).json()
'''))


@P("wowza", "publish-password", "password", "WOWZA_PUBLISH_PASSWORD", "conf", "other")
def p_wowza_publish_password(r):
    return ("conf/publish.password", tpl('''# Publish Authentication
#
# [username][whitespace][password]
# Lines beginning with # are comments.
#
# Publish credentials for the lecture-capture encoders
%%user%% @@S@@
''', user=pick(r, ["encoder01", "broadcaster", "lecturecap", "studio-a"])))


@P("wowza", "jwt-token", "wowza_jwt", "WOWZA_JWT", "js", "conv")
def p_wowza_jwt_js(r):
    return ("src/wowzaVideo.js", tpl('''// Wowza Video REST API v2.0
const WOWZA_API = "https://api.video.wowza.com/api/v2.0";
const WOWZA_JWT = "@@S@@";

export async function listLiveStreams() {
  const res = await fetch(`${WOWZA_API}/live_streams?per_page=50`, {
    headers: { Authorization: `Bearer ${WOWZA_JWT}`, "Content-Type": "application/json" },
  });
  return (await res.json()).live_streams;
}
'''))


@P("antmedia", "jwt-secret", "ams_jwt_secret", "AMS_JWT_SECRET", "props", "conv")
def p_ams_props(r):
    return ("webapps/LiveApp/WEB-INF/red5-web.properties", tpl('''webapp.dbName=liveapp.db
webapp.contextPath=/LiveApp
db.app.name=LiveApp
settings.hlsListSize=5
settings.hlsTime=2
settings.mp4MuxingEnabled=true
settings.objectDetectionEnabled=false
settings.publishJwtControlEnabled=true
settings.jwtStreamSecretKey=@@S@@
settings.acceptOnlyStreamsInDataStore=false
settings.webRTCEnabled=true
'''))


@P("antmedia", "jwt-secret", "ams_jwt_secret", "AMS_JWT_SECRET", "js", "other")
def p_ams_ts(r):
    return ("src/antmedia/publishToken.ts", tpl('''import jwt from "jsonwebtoken";

const AMS_URL = "https://ams.%%app%%.example.org:5443/LiveApp";

// Issues a JWT publish token for one stream id.
export function publishToken(streamId: string, ttlSeconds = 600): string {
  return jwt.sign(
    { streamId, type: "publish" },
    "@@S@@",
    { algorithm: "HS256", expiresIn: ttlSeconds }
  );
}

export const whipUrl = (streamId: string) => `${AMS_URL}/whip/${streamId}`;
''', app=app(r)))


@P("srs", "api-password", "password", "SRS_API_PASSWORD", "conf", "other")
def p_srs_conf(r):
    return ("srs/conf/srs.conf", tpl('''listen              1935;
max_connections     1000;
daemon              off;
srs_log_tank        console;

http_api {
    enabled         on;
    listen          1985;
    auth {
        enabled     on;
        username    admin;
        password    @@S@@;
    }
}

http_server {
    enabled         on;
    listen          8080;
    dir             ./objs/nginx/html;
}

vhost __defaultVhost__ {
    hls {
        enabled         on;
        hls_fragment    2;
        hls_window      10;
    }
}
'''))


@P("wowza", "publish-password", "password", "WOWZA_PUBLISH_PASSWORD", "sh", "other")
def p_wowza_ffmpeg_auth(r):
    return ("scripts/push_to_wowza.sh", tpl('''#!/usr/bin/env bash
# Loop a holding slate into the Wowza Streaming Engine app until the lecture starts.
set -euo pipefail
HOST=wse.%%app%%.example.org
APP=live
STREAM=${1:-holding}

ffmpeg -re -stream_loop -1 -i media/holding-slate.mp4 \\
  -c:v libx264 -preset veryfast -b:v 2500k -g 50 -c:a aac -b:a 128k \\
  -f flv "rtmp://%%user%%:@@S@@@${HOST}:1935/${APP}/${STREAM}"
''', app=app(r), user=pick(r, ["encoder01", "broadcaster", "lecturecap"])))


# --------------------------------------------------------------------------
# look-alike negative templates (no credential at all)
# --------------------------------------------------------------------------
LOOK = []


def L(provider, kind):
    def deco(fn):
        LOOK.append(dict(name=fn.__name__, fn=fn, provider=provider, kind=kind))
        return fn
    return deco


@L("mux", "playback-id")
def n_mux_player(r):
    return ("src/components/LessonPlayer.tsx", tpl('''import MuxPlayer from "@mux/mux-player-react";

const LESSONS: Record<string, string> = {
  intro: "%%p1%%",
  "week-1": "%%p2%%",
  "week-2": "%%p3%%",
};

// Mux Data environment key: safe to ship to the browser
const MUX_DATA_ENV_KEY = "%%envkey%%";

export default function LessonPlayer({ slug, userId }: { slug: string; userId: string }) {
  return (
    <MuxPlayer
      streamType="on-demand"
      playbackId={LESSONS[slug]}
      envKey={MUX_DATA_ENV_KEY}
      metadata={{ video_title: slug, viewer_user_id: userId }}
      accentColor="#%%color%%"
    />
  );
}
''', p1=mux_pid(r), p2=mux_pid(r), p3=mux_pid(r), envkey=mixed(r, LOWNUM, 26), color=rs(r, HEXL, 6)))


@L("vimeo", "embed-code")
def n_vimeo_embed(r):
    return ("templates/partials/vimeo_embed.html", tpl('''<div class="video-wrapper" style="padding:56.25% 0 0 0;position:relative;">
  <iframe src="https://player.vimeo.com/video/%%vid%%?h=%%h%%&amp;badge=0&amp;autopause=0&amp;player_id=0&amp;app_id=%%appid%%"
          frameborder="0" allow="autoplay; fullscreen; picture-in-picture; clipboard-write"
          style="position:absolute;top:0;left:0;width:100%;height:100%;"
          title="%%title%%"></iframe>
</div>
<script src="https://player.vimeo.com/api/player.js"></script>
''', vid=digits(r, 9), h=hexs(r, 10), appid=digits(r, 5), title=title(r)))


@L("wistia", "embed-code")
def n_wistia_embed(r):
    hid = wistia_hid(r)
    return ("app/views/lessons/_wistia.html.erb", tpl('''<script src="https://fast.wistia.com/embed/medias/%%hid%%.jsonp" async></script>
<script src="https://fast.wistia.com/assets/external/E-v1.js" async></script>
<div class="wistia_responsive_padding" style="padding:56.25% 0 0 0;position:relative;">
  <div class="wistia_responsive_wrapper" style="height:100%;left:0;position:absolute;top:0;width:100%;">
    <div class="wistia_embed wistia_async_%%hid%% videoFoam=true playerColor=%%color%%" style="height:100%;width:100%">&nbsp;</div>
  </div>
</div>
<%# Wistia media %%hid%% (public hashed id) %>
''', hid=hid, color=rs(r, HEXL, 6)))


@L("jwplayer", "player-id")
def n_jw_embed(r):
    return ("public/watch.html", tpl('''<!doctype html>
<html>
<head>
  <meta charset="utf-8">
  <title>%%title%%</title>
  <script src="https://cdn.jwplayer.com/libraries/%%lib%%.js"></script>
</head>
<body>
  <div id="player"></div>
  <script>
    jwplayer("player").setup({
      playlist: "https://cdn.jwplayer.com/v2/media/%%media%%",
      image: "https://cdn.jwplayer.com/v2/media/%%media%%/poster.jpg?width=720",
      width: "100%",
      aspectratio: "16:9",
      advertising: { client: "vast", tag: "https://ads.example.org/vast?site=%%site%%" }
    });
  </script>
</body>
</html>
''', title=title(r), lib=jw_id(r), media=jw_id(r), site=jw_id(r)))


@L("brightcove", "policy-key")
def n_bc_policy(r):
    pk = "BCpkAD" + mixed(r, B64U, r.randint(130, 160))
    return ("assets/js/brightcove-playlist.js", tpl('''// Playback API: the policy key is public and ships with every player.
const ACCOUNT_ID = "%%acct%%";
const POLICY_KEY = "%%pk%%";
const PLAYER_ID = "%%player%%";

export async function loadPlaylist(playlistId) {
  const res = await fetch(
    `https://edge.api.brightcove.com/playback/v1/accounts/${ACCOUNT_ID}/playlists/${playlistId}`,
    { headers: { Accept: `application/json;pk=${POLICY_KEY}` } }
  );
  return (await res.json()).videos;
}

export const embedSrc = (videoId) =>
  `https://players.brightcove.net/${ACCOUNT_ID}/${PLAYER_ID}_default/index.html?videoId=${videoId}`;
''', acct=digits(r, 13), pk=pk, player=mixed(r, ALNUM, 9)))


@L("kaltura", "partner-id")
def n_kaltura_embed(r):
    pid = digits(r, 7)
    return ("resources/views/partials/kaltura-player.blade.php", tpl('''<div id="kaltura_player_{{ $lesson->id }}" style="width:640px;height:360px"></div>
<script src="https://cdnapisec.kaltura.com/p/%%pid%%/sp/%%pid%%00/embedIframeJs/uiconf_id/%%ui%%/partner_id/%%pid%%"></script>
<script>
  kWidget.embed({
    targetId: "kaltura_player_{{ $lesson->id }}",
    wid: "_%%pid%%",
    uiconf_id: %%ui%%,
    entry_id: "{{ $lesson->kaltura_entry_id ?? '%%entry%%' }}",
    flashvars: { autoPlay: false }
  });
</script>
''', pid=pid, ui=digits(r, 8), entry=kentry(r)))


@L("cloudflare-stream", "embed-url")
def n_cf_iframe(r):
    code = cf_code(r)
    uid = hexs(r, 32)
    return ("components/StreamVideo.vue", tpl('''<template>
  <div class="aspect-video">
    <iframe
      :src="`https://customer-%%code%%.cloudflarestream.com/${uid}/iframe?poster=${poster}`"
      loading="lazy"
      allow="accelerometer; gyroscope; autoplay; encrypted-media; picture-in-picture;"
      allowfullscreen
    ></iframe>
  </div>
</template>

<script setup>
const props = defineProps({ uid: { type: String, default: "%%uid%%" } });
const uid = props.uid;
const poster = encodeURIComponent(
  `https://customer-%%code%%.cloudflarestream.com/${uid}/thumbnails/thumbnail.jpg?time=%%t%%s&height=600`
);
</script>
''', code=code, uid=uid, t=r.randint(1, 60)))


@L("mux", "signed-url")
def n_mux_signed_log(r):
    lines = []
    for _ in range(r.randint(5, 9)):
        tok = jwt_like(r, {"sub": mux_pid(r), "aud": "v", "exp": epoch(r), "kid": mux_asset(r)}, "RS256")
        lines.append('%s INFO  playback.sign user=%s lesson=%d url="https://stream.mux.com/%s.m3u8?token=%s" ttl=21600'
                     % (ts(r), digits(r, 6), r.randint(1, 400), mux_pid(r), tok))
    return ("logs/playback-api.log", "\n".join(lines) + "\n")


@L("generic", "hls-manifest")
def n_hls_manifest(r):
    iv = "0x" + hexs(r, 32).upper()
    kid = uuid4(r)
    return ("public/hls/%s/720p/index.m3u8" % hexs(r, 12), tpl('''#EXTM3U
#EXT-X-VERSION:6
#EXT-X-TARGETDURATION:6
#EXT-X-MEDIA-SEQUENCE:0
#EXT-X-PLAYLIST-TYPE:VOD
#EXT-X-KEY:METHOD=AES-128,URI="https://keys.%%app%%.example.org/v1/keys/%%kid%%",IV=%%iv%%
#EXTINF:6.006,
segment_00000.ts
#EXTINF:6.006,
segment_00001.ts
#EXTINF:6.006,
segment_00002.ts
#EXTINF:4.171,
segment_00003.ts
#EXT-X-ENDLIST
''', app=app(r), kid=kid, iv=iv))


@L("mux", "thumbnail-url")
def n_thumbs_json(r):
    items = []
    for i in range(r.randint(3, 6)):
        pid = mux_pid(r)
        items.append({"lesson": i + 1, "title": title(r), "playback_id": pid,
                      "poster": "https://image.mux.com/%s/thumbnail.webp?time=%d&width=640" % (pid, r.randint(1, 90)),
                      "storyboard": "https://image.mux.com/%s/storyboard.vtt" % pid,
                      "hls": "https://stream.mux.com/%s.m3u8" % pid})
    return ("content/course-%d/videos.json" % r.randint(100, 999), json.dumps({"videos": items}, indent=2) + "\n")


@L("bunny", "signed-url")
def n_bunny_signed(r):
    lib = digits(r, 6)
    rows = []
    for _ in range(r.randint(3, 6)):
        rows.append("| %s | https://iframe.mediadelivery.net/embed/%s/%s?token=%s&expires=%d |"
                    % (title(r), lib, uuid4(r), hexs(r, 64), epoch(r)))
    return ("docs/qa/embed-links.md", "# Expiring embed links handed to QA\n\nThese links expire after one hour and are generated by `video/embed.py`.\n\n| Lesson | Link |\n|---|---|\n" + "\n".join(rows) + "\n")


@L("aws-ivs", "arn")
def n_ivs_tf(r):
    return ("infra/ivs.tf", tpl('''resource "aws_ivs_channel" "lecture" {
  name         = "%%app%%-lecture"
  latency_mode = "LOW"
  type         = "STANDARD"
  authorized   = true

  tags = {
    Team = "media"
  }
}

resource "aws_ivs_playback_key_pair" "viewer" {
  name       = "%%app%%-viewer"
  public_key = file("${path.module}/keys/playback-public.pem")
}

output "ingest_endpoint" {
  value = aws_ivs_channel.lecture.ingest_endpoint
}

output "playback_url" {
  value = aws_ivs_channel.lecture.playback_url
}

# imported from the console on %%date%%:
# arn:aws:ivs:%%reg%%:%%acct%%:channel/%%ch%%
# arn:aws:ivs:%%reg%%:%%acct%%:stream-key/%%sk%%
''', app=app(r), date=ts(r)[:10], reg=pick(r, REGIONS), acct=aws_acct(r), ch=ivs_chan(r), sk=ivs_chan(r)))


@L("obs", "profile")
def n_obs_basic_ini(r):
    return ("obs-studio/basic/profiles/Lectures/basic.ini", tpl('''[General]
Name=Lectures

[Video]
BaseCX=1920
BaseCY=1080
OutputCX=1280
OutputCY=720
FPSType=0
FPSCommon=30

[Output]
Mode=Advanced

[AdvOut]
TrackIndex=1
RecType=Standard
RecFilePath=/home/%%user%%/Videos
RecFormat2=mkv
Encoder=obs_x264
FFOutputToFile=true

[SimpleOutput]
VBitrate=%%vb%%
ABitrate=160
Preset=veryfast
StreamEncoder=x264

[Audio]
SampleRate=48000
ChannelSetup=Stereo
''', user=pick(r, ["lecturer", "studio", "obs"]), vb=pick(r, [2500, 3500, 4500, 6000])))


@L("obs", "scene-collection")
def n_obs_scenes(r):
    srcs = []
    for nm in ["Camera", "Slides", "Lower third", "Mic/Aux"]:
        srcs.append({"name": nm, "uuid": uuid4(r), "id": pick(r, ["v4l2_input", "window_capture", "image_source", "pulse_input_capture"]),
                     "settings": {"device_id": "/dev/video%d" % r.randint(0, 3)} if nm == "Camera" else {},
                     "volume": 1.0, "enabled": True})
    doc = {"name": "Lecture Hall", "current_scene": "Lecture", "sources": srcs,
           "groups": [], "transitions": [{"name": "Fade", "id": "fade_transition", "uuid": uuid4(r)}],
           "modules": {"scripts-tool": [], "output-timer": {"streamTimerHours": 0, "streamTimerMinutes": 90}}}
    return ("obs-studio/basic/scenes/Lecture_Hall.json", json.dumps(doc, indent=4) + "\n")


@L("twitch", "masked-stream-key")
def n_stream_log_masked(r):
    out = []
    for _ in range(r.randint(6, 10)):
        which = r.randint(0, 3)
        if which == 0:
            out.append("%s [relay] connected to rtmp://live.twitch.tv/app/live_%s_%s" % (ts(r), "*" * 9, "*" * 8))
        elif which == 1:
            out.append("%s [relay] ingest ok key=sk_%s_****%s bitrate=%dkbps" % (ts(r), pick(r, REGIONS), "*" * 6, r.randint(2000, 6000)))
        elif which == 2:
            out.append("%s [api] request_id=%s trace=%s status=200 path=/v1/streams" % (ts(r), uuid4(r), hexs(r, 32)))
        else:
            out.append("%s [relay] youtube key=****-****-****-****-%s dropped_frames=%d" % (ts(r), "*" * 4, r.randint(0, 40)))
    return ("logs/restreamer-%s.log" % ts(r)[:10], "\n".join(out) + "\n")


@L("generic", "video-ids")
def n_analytics_csv(r):
    rows = ["video_id,hashed_id,title,plays,watch_seconds,completion_rate"]
    for _ in range(r.randint(8, 15)):
        rows.append("%s,%s,\"%s\",%d,%d,%.2f" % (digits(r, 8), wistia_hid(r), title(r), r.randint(10, 9000),
                                               r.randint(1000, 10**6), r.random()))
    return ("reports/video-engagement-%s.csv" % ts(r)[:7], "\n".join(rows) + "\n")


@L("generic", "checksums")
def n_sql_seed(r):
    rows = []
    for _ in range(r.randint(3, 6)):
        rows.append("  ('%s', 'mux', '%s', '%s', '%s', %d)" % (uuid4(r), mux_asset(r), mux_pid(r), hexs(r, 64), r.randint(30, 5400)))
    return ("db/seeds/003_videos.sql", "-- demo catalogue for local development\nINSERT INTO videos (id, provider, provider_asset_id, playback_id, source_sha256, duration_s)\nVALUES\n" + ",\n".join(rows) + ";\n")


@L("generic", "integrity-hash")
def n_package_lock(r):
    def ent(name, ver):
        return {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], ver),
                "integrity": "sha512-" + b64e(rbytes(r, 64))}
    pk = {"name": app(r), "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": {
        "node_modules/@mux/mux-player": ent("@mux/mux-player", "2.%d.%d" % (r.randint(0, 9), r.randint(0, 9))),
        "node_modules/hls.js": ent("hls.js", "1.5.%d" % r.randint(0, 20)),
        "node_modules/video.js": ent("video.js", "8.%d.%d" % (r.randint(0, 17), r.randint(0, 5))),
        "node_modules/@vimeo/player": ent("@vimeo/player", "2.%d.%d" % (r.randint(10, 25), r.randint(0, 5)))}}
    return ("package-lock.json", json.dumps(pk, indent=2) + "\n")


@L("generic", "image-digest")
def n_dockerfile(r):
    return ("docker/transcoder/Dockerfile", tpl('''FROM node:20-alpine@sha256:%%d1%% AS build
WORKDIR /src
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
RUN npm run build

FROM jrottenberg/ffmpeg:6.1-alpine@sha256:%%d2%%
ARG MUX_TOKEN_SECRET
ENV NODE_ENV=production \\
    SEGMENT_SECONDS=6 \\
    OUTPUT_DIR=/work/out
COPY --from=build /src/dist /app
ENTRYPOINT ["node", "/app/transcode.js"]
''', d1=hexs(r, 64), d2=hexs(r, 64)))


@L("generic", "lfs-pointer")
def n_lfs_pointer(r):
    return ("assets/videos/%s.mp4" % pick(r, ["intro", "trailer", "welcome", "promo-30s"]),
            "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (hexs(r, 64), r.randint(10**6, 10**9)))


@L("generic", "drm-pssh")
def n_dash_mpd(r):
    kid = uuid4(r)
    return ("packager/out/manifest.mpd", tpl('''<?xml version="1.0" encoding="UTF-8"?>
<MPD xmlns="urn:mpeg:dash:schema:mpd:2011" xmlns:cenc="urn:mpeg:cenc:2013" type="static"
     mediaPresentationDuration="PT%%m%%M%%s%%S" minBufferTime="PT2S" profiles="urn:mpeg:dash:profile:isoff-on-demand:2011">
  <Period id="0">
    <AdaptationSet contentType="video" segmentAlignment="true">
      <ContentProtection value="cenc" schemeIdUri="urn:mpeg:dash:mp4protection:2011" cenc:default_KID="%%kid%%"/>
      <ContentProtection schemeIdUri="urn:uuid:edef8ba9-79d6-4ace-a3c8-27dcd51d21ed">
        <cenc:pssh>%%pssh%%</cenc:pssh>
      </ContentProtection>
      <Representation id="720p" bandwidth="2800000" codecs="avc1.64001f" width="1280" height="720">
        <BaseURL>video_720p.mp4</BaseURL>
      </Representation>
    </AdaptationSet>
  </Period>
</MPD>
''', m=r.randint(1, 59), s=r.randint(0, 59), kid=kid, pssh=b64e(b"\x00\x00\x00\x34pssh" + rbytes(r, 40))))


@L("cloudflare-stream", "public-jwks")
def n_jwks(r):
    keys = [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": hexs(r, 32), "n": b64u(rbytes(r, 256)), "e": "AQAB"}
            for _ in range(r.randint(1, 2))]
    return ("public/.well-known/jwks.json", json.dumps({"keys": keys}, indent=2) + "\n")


@L("mux", "public-key")
def n_public_pem(r):
    return ("keys/%s" % pick(r, ["playback-public.pem", "mux-signing-public.pem", "ivs-viewer-public.pem"]),
            pem_wrap("PUBLIC KEY", der_rsa_spki(r)) + "\n")


@L("mux", "webhook-fixture")
def n_mux_fixture(r):
    pid = mux_pid(r)
    ev = {"type": "video.asset.ready", "id": uuid4(r), "created_at": ts(r),
          "environment": {"name": "Production", "id": mixed(r, LOWNUM, 6)},
          "data": {"id": mux_asset(r), "status": "ready", "duration": round(r.uniform(20, 3600), 3),
                   "playback_ids": [{"id": pid, "policy": "public"}], "upload_id": mux_asset(r),
                   "tracks": [{"type": "video", "max_width": 1920, "max_height": 1080, "id": mux_asset(r)}]}}
    return ("tests/fixtures/mux/video.asset.ready.json", json.dumps(ev, indent=2) + "\n")


@L("mux", "webhook-signature")
def n_mux_sig_test(r):
    return ("test/webhooks.test.ts", tpl('''import { describe, expect, it } from "vitest";
import { verifyMuxSignature } from "../src/webhooks";
import body from "./fixtures/mux/video.asset.ready.json";

// the HMAC below was produced with the throwaway secret from the test env
const HEADER = "t=%%t%%,v1=%%sig%%";

describe("mux webhook", () => {
  it("rejects a tampered body", () => {
    const secret = process.env.MUX_WEBHOOK_SECRET ?? "";
    expect(verifyMuxSignature(JSON.stringify({ ...body, id: "x" }), HEADER, secret)).toBe(false);
  });
});
''', t=epoch(r), sig=hexs(r, 64)))


@L("generic", "captions")
def n_vtt(r):
    cues = ["WEBVTT", ""]
    t = 0.0
    for _ in range(r.randint(4, 7)):
        a, t = t, t + r.uniform(2, 6)
        cues += [uuid4(r), "00:00:%06.3f --> 00:00:%06.3f" % (a, t), pick(r, ["Welcome back everyone.", "Let's look at the next slide.", "This is the key idea.", "Any questions so far?", "Open the lab sheet now."]), ""]
    return ("public/captions/%s.en.vtt" % mux_pid(r)[:12], "\n".join(cues))


@L("youtube", "channel-ids")
def n_youtube_ids(r):
    doc = {"channel_id": "UC" + mixed(r, B64U, 22), "uploads_playlist": "UU" + mixed(r, B64U, 22),
           "playlists": {"lectures": "PL" + mixed(r, B64U, 32), "labs": "PL" + mixed(r, B64U, 32)},
           "featured": [mixed(r, B64U, 11) for _ in range(4)],
           "embed_base": "https://www.youtube-nocookie.com/embed/"}
    return ("config/youtube-channel.json", json.dumps(doc, indent=2) + "\n")


@L("mux", "secret-reference")
def n_helm_secretref(r):
    return ("deploy/helm/video-api/values.yaml", tpl('''image:
  repository: ghcr.io/%%app%%/video-api
  tag: "%%ver%%"

mux:
  existingSecret: mux-credentials
  tokenIdKey: token-id
  tokenSecretKey: token-secret
  signingKeySecretKey: signing-private-key

env:
  - name: MUX_TOKEN_SECRET
    valueFrom:
      secretKeyRef:
        name: mux-credentials
        key: token-secret
  - name: PLAYBACK_DOMAIN
    value: stream.mux.com
''', app=app(r), ver="2.%d.%d" % (r.randint(0, 9), r.randint(0, 9))))


@L("generic", "serial-numbers")
def n_encoder_inventory(r):
    rows = []
    for room in ["A101", "B204", "Aula", "Studio 1"]:
        rows.append("  - room: \"%s\"\n    model: %s\n    serial: %s\n    mac: %s\n    firmware_sha256: %s"
                    % (room, pick(r, ["Teradek VidiU X", "Epiphan Pearl Nano", "Magewell Ultra Encode", "BirdDog Flex"]),
                       rs(r, string.ascii_uppercase, 2) + digits(r, 8),
                       ":".join(rs(r, HEXL, 2) for _ in range(6)), hexs(r, 64)))
    return ("inventory/encoders.yaml", "encoders:\n" + "\n".join(rows) + "\n")


@L("generic", "data-uri")
def n_css_data_uri(r):
    return ("assets/css/player.css", tpl('''.lesson-player {
  position: relative;
  aspect-ratio: 16 / 9;
  background: #111 url("data:image/png;base64,%%b%%") center / 64px no-repeat;
}

.lesson-player__overlay {
  position: absolute;
  inset: 0;
  display: grid;
  place-items: center;
}
''', b=b64e(b"\x89PNG\r\n\x1a\n" + rbytes(r, r.randint(90, 200)))))


@L("kaltura", "uiconf")
def n_kaltura_xml(r):
    pid = digits(r, 7)
    return ("config/kaltura/uiconf-%s.xml" % digits(r, 8), tpl('''<?xml version="1.0" encoding="UTF-8"?>
<uiConf id="%%ui%%" partnerId="%%pid%%" objType="1" swfUrlVersion="v2.%%v%%">
  <name>LMS lecture player</name>
  <config>{"plugins":{"dualscreen":{},"related":{"playlistId":"%%pl%%"}}}</config>
  <entries>
    <entry id="%%e1%%"/>
    <entry id="%%e2%%"/>
  </entries>
</uiConf>
''', ui=digits(r, 8), pid=pid, v=r.randint(60, 99), pl=kentry(r), e1=kentry(r), e2=kentry(r)))


@L("wordpress", "nonce")
def n_wp_nonce(r):
    return ("wp-content/plugins/lms-video-bridge/admin/settings-page.php", tpl('''<?php
/**
 * Settings screen. Values are stored in wp_options; nothing secret lives in this file.
 */
function lms_video_bridge_settings_page() {
	$key_set = (bool) get_option( 'lms_video_api_key' );
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'Video Bridge', 'lms-video-bridge' ); ?></h1>
		<form method="post" action="options.php">
			<?php settings_fields( 'lms_video_bridge' ); ?>
			<?php wp_nonce_field( 'lms_video_bridge_save', '_lmsvb_nonce' ); ?>
			<input type="password" name="lms_video_api_key" value="" placeholder="<?php echo $key_set ? '********' : ''; ?>" autocomplete="off" />
			<input type="hidden" name="lms_video_partner_id" value="<?php echo esc_attr( get_option( 'lms_video_partner_id', '%%pid%%' ) ); ?>" />
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
''', pid=digits(r, 7)))


@L("generic", "commit-hashes")
def n_changelog(r):
    out = ["# Changelog", ""]
    for i in range(r.randint(3, 5)):
        out.append("## 1.%d.0 - %s" % (9 - i, ts(r)[:10]))
        for _ in range(r.randint(2, 4)):
            out.append("- %s (%s)" % (pick(r, ["Fix HLS rendition switching on Safari", "Add captions upload", "Retry Mux direct uploads",
                                                 "Rotate playback signing keys", "Drop Flash fallback", "Show stream health in dashboard"]), hexs(r, 7)))
        out.append("")
    return ("CHANGELOG.md", "\n".join(out))


@L("generic", "i18n")
def n_i18n(r):
    doc = {"stream": {"key": "Stream key", "copyKey": "Copy stream key", "resetKey": "Reset stream key",
                      "keyHidden": "Your stream key is hidden. Never share it.", "server": "Server URL",
                      "placeholderKey": "live_xxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"},
           "player": {"playbackId": "Playback ID", "signed": "Signed playback"}}
    return ("locales/en/streaming.json", json.dumps(doc, indent=2) + "\n")


@L("loom", "public-app-id")
def n_loom_public(r):
    return ("src/loom/recordButton.ts", tpl('''import { setup, isSupported } from "@loomhq/record-sdk";

// Public app id from the Loom developer portal (safe to expose)
const PUBLIC_APP_ID = "%%appid%%";

export async function attachRecorder(button: HTMLElement, onDone: (url: string) => void) {
  const { supported } = await isSupported();
  if (!supported) return;
  const { configureButton } = await setup({ publicAppId: PUBLIC_APP_ID });
  const sdkButton = configureButton({ element: button });
  sdkButton.on("insert-click", (video) => onDone(video.sharedUrl));
}
''', appid=uuid4(r)))


@L("generic", "docs-examples")
def n_docs_examples(r):
    return ("docs/streaming/going-live.md", '''# Going live from OBS

1. Open **Settings -> Stream** and pick *Custom...*.
2. Server: `rtmp://sfo.contribute.live-video.net/app` (or the ingest shown in your dashboard).
3. Stream key: paste the key from the dashboard. It looks like `live_user_123456789`
   in the Twitch documentation; yours will be different and must stay private.

For Amazon IVS the dashboard shows the ingest server and a key starting with `sk_`;
the console shows the key ARN, e.g. `arn:aws:ivs:us-west-2:123456789012:stream-key/g1H2I3j4k5L6`.

Never paste the key in chat or in the issue tracker; use the "Reset stream key"
button if you think it leaked.
''')


@L("generic", "checksums")
def n_go_checksums(r):
    rows = "\n".join('\t"%s": "%s",' % (rend, hexs(r, 32)) for rend in ["1080p", "720p", "480p", "360p", "audio"])
    return ("internal/packager/checksums.go", "package packager\n\n// md5 of the reference renditions used by the regression test\nvar referenceMD5 = map[string]string{\n" + rows + "\n}\n")


@L("generic", "cdn-log")
def n_cdn_log(r):
    out = []
    for _ in range(r.randint(6, 10)):
        out.append('%d.%d.%d.%d - - [%s] "GET /%s/%s HTTP/2" 200 %d "-" "hls.js" etag="%s" cache=%s req=%s'
                   % (r.randint(1, 223), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254), ts(r),
                      hexs(r, 32), pick(r, ["seg-12-v1-a1.ts", "index.m3u8", "init.mp4", "seg-3.m4s"]),
                      r.randint(800, 2 * 10**6), hexs(r, 32), pick(r, ["HIT", "MISS"]), mixed(r, ALNUM, 20)))
    return ("logs/cdn/access-%s.log" % ts(r)[:10], "\n".join(out) + "\n")


@L("brightcove", "client-id")
def n_bc_client_id(r):
    return ("config/brightcove.production.yml", tpl('''account_id: "%%acct%%"
player_id: default
# OAuth client id is not secret; the secret comes from the environment
client_id: %%cid%%
client_secret: <%= ENV.fetch("BRIGHTCOVE_CLIENT_SECRET") %>
cms_base: https://cms.api.brightcove.com/v1
''', acct=digits(r, 13), cid=uuid4(r)))


@L("vimeo", "client-id")
def n_vimeo_client_id(r):
    return ("config/vimeo.yml", tpl('''vimeo:
  # Client identifier from developer.vimeo.com/apps (public)
  client_id: "%%cid%%"
  client_secret: ${VIMEO_CLIENT_SECRET}
  redirect_uri: https://%%app%%.example.org/oauth/vimeo/callback
  scopes: [public, private, video_files]
''', cid=hexs(r, 40), app=app(r)))


@L("aws-ivs", "playback-url")
def n_ivs_playback(r):
    reg = pick(r, REGIONS)
    acct = aws_acct(r)
    ch = ivs_chan(r)
    return ("src/config/playback.ts", tpl('''export const PLAYBACK = {
  lectureHall: "https://%%ing%%.%%reg%%.playback.live-video.net/api/video/v1/%%reg%%.%%acct%%.channel.%%ch%%.m3u8",
  channelArn: "arn:aws:ivs:%%reg%%:%%acct%%:channel/%%ch%%",
  playerWasm: "https://player.live-video.net/1.%%v%%.0/amazon-ivs-wasmworker.min.wasm",
};
''', ing=rs(r, HEXL, 12), reg=reg, acct=acct, ch=ch, v=r.randint(20, 34)))


@L("generic", "uuids")
def n_py_test_uuids(r):
    return ("tests/test_catalogue.py", tpl('''import uuid

import pytest

from catalogue import Catalogue

KNOWN = [
    uuid.UUID("%%u1%%"),
    uuid.UUID("%%u2%%"),
]


@pytest.fixture
def cat():
    return Catalogue.from_ids(KNOWN, playback_prefix="%%pid%%")


def test_lookup(cat):
    assert cat.get(KNOWN[0]).id == KNOWN[0]
    assert cat.get(uuid.uuid4()) is None
''', u1=uuid4(r), u2=uuid4(r), pid=mux_pid(r)))


# --------------------------------------------------------------------------
# non-secret values for the re-used templates
# --------------------------------------------------------------------------
DOC_EXAMPLES = {
    "vimeo": ["ecd4d34b07bcb9509ABCD", "YOUR_ACCESS_TOKEN", "{access_token}"],
    "wistia": ["MY-TOKEN", "your_token_here"],
    "kaltura": ["YOUR_ADMIN_SECRET", "your_admin_secret"],
    "brightcove": ["{client_secret}", "your_client_secret"],
    "jwplayer": ["XXXXX", "your_real_management_api_secret"],
    "panopto": ["<client secret>", "YOUR_CLIENT_SECRET"],
    "vidyard": ["YOUR_AUTH_TOKEN"],
    "loom": ["<your private key>"],
    "apivideo": ["sandbox or production key here", "YOUR_API_KEY"],
    "cloudflare-stream": ["<API_TOKEN>", "XXXX"],
    "bunny": ["YOUR_API_KEY", "your-api-key"],
    "mux": ["YOUR_TOKEN_SECRET", "my_token_secret", "your-token-secret"],
    "aws-ivs": ["sk_us-west-2_xxxxxx", "<stream key>"],
    "twitch": ["live_user_123456789", "streamkeyhere"],
    "youtube": ["xxxx-xxxx-xxxx-xxxx-xxxx", "<stream name>"],
    "wowza": ["[password]", "YOUR_API_KEY"],
    "antmedia": ["YOUR_SECRET_KEY"],
    "srs": ["changeme"],
}

CODE_ENV = {
    "py": ['os.environ["%s"]', 'os.getenv("%s")', 'os.environ.get("%s", "")'],
    "js": ['process.env.%s', 'process.env.%s ?? ""', 'process.env["%s"]'],
    "php": ["getenv('%s')", "env('%s')", "$_ENV['%s'] ?? ''"],
    "rb": ['ENV["%s"]', 'ENV.fetch("%s")'],
    "go": ['os.Getenv("%s")'],
}


def masked_value(r, t):
    s = GEN[t["gen"]](r)
    if s.startswith("-----BEGIN"):
        head, foot = s.split("\n")[0], s.split("\n")[-1]
        return "%s\n[REDACTED]\n%s" % (head, foot)
    if s.startswith("sk_"):
        return "_".join(s.split("_")[:2]) + "_" + "*" * r.randint(8, 20)
    if s.startswith("live_"):
        return "live_" + "*" * r.randint(8, 24)
    return pick(r, ["****", "********", "[REDACTED]", "<redacted>", "***REDACTED***",
                    s[:4] + "*" * min(len(s) - 4, 24), "-" * 8 + " hidden " + "-" * 8])


def placeholder_value(r, t):
    slug = t["var"].lower().replace("_", "-")
    s = GEN[t["gen"]](r)
    opts = ["<your-%s>" % slug, "YOUR_API_KEY_HERE", "changeme", "REPLACE_ME", "your-%s-here" % slug,
            "<%s>" % t["var"], "TODO-set-me", "x" * min(len(s), 40)]
    if re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}", s):
        opts.append("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")
    return pick(r, opts)


def ref_value(r, t):
    v = t["var"]
    low = v.lower()
    camel = re.sub(r"_([a-z])", lambda m: m.group(1).upper(), low)
    return pick(r, [
        "op://Video/%s/credential" % v,
        "vault:secret/data/video#%s" % low,
        "arn:aws:secretsmanager:%s:%s:secret:video/%s-%s" % (pick(r, REGIONS), aws_acct(r), low, mixed(r, ALNUM, 6)),
        "projects/%s/secrets/%s/versions/latest" % (app(r), low.replace("_", "-")),
        "${{ secrets.%s }}" % v,
        "{{ .Values.video.%s }}" % camel,
        "<%%= ENV['%s'] %%>" % v,
        "${ssm:/video/prod/%s}" % low,
        "%%(%s)s" % v,
        "{{%s}}" % v,
    ])


def env_ref(r, t, text):
    """Language-native environment reference.  Returns the new text."""
    v = t["var"]
    lang = t["lang"]
    m = re.search(r"([\"'`])" + re.escape(MARK) + r"\1", text)
    if m and lang in CODE_ENV:
        expr = pick(r, CODE_ENV[lang]) % v
        if lang == "go":
            text = text.replace("const muxWebhookSecret", "var muxWebhookSecret")
        return text[:m.start()] + expr + text[m.end():]
    if lang in ("sh", "env", "conf", "yaml", "toml", "ini", "props", "md", "tf", "json"):
        return fill(text, pick(r, ["${%s}" % v, "$%s" % v]) if lang in ("sh", "env", "yaml", "md") else fill_inline(r, v))
    return fill(text, fill_inline(r, v))


def fill_inline(r, v):
    return pick(r, ["${%s}" % v, "${env:%s}" % v, "$(%s)" % v])


def make_reuse_negative(r, t):
    path, text = t["fn"](r)
    cat = r.choices(["placeholder", "empty", "masked", "env-ref", "secret-ref", "doc-example"],
                    weights=[20, 10, 15, 25, 15, 15])[0]
    if cat == "placeholder":
        text = fill(text, placeholder_value(r, t))
    elif cat == "empty":
        text = fill(text, "")
    elif cat == "masked":
        text = fill(text, masked_value(r, t))
    elif cat == "env-ref":
        text = env_ref(r, t, text)
    elif cat == "secret-ref":
        i = text.index(MARK)
        line = text[text.rfind("\n", 0, i) + 1:i]
        if "://" in line:  # inside a URL: a plain variable reads more naturally
            text = fill(text, "${%s}" % t["var"])
        else:
            text = fill(text, ref_value(r, t))
    else:
        text = fill(text, pick(r, DOC_EXAMPLES.get(t["provider"], ["<your-key>"])))
    assert MARK not in text
    base = path.rsplit("/", 1)[-1]
    if re.fullmatch(r"\.env(\.[A-Za-z0-9_-]+)?", base) and not re.search(r"\.(example|sample|template|dist)$", base):
        path = path[: len(path) - len(base)] + ".env.example"
    return path, text, cat


# --------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------
def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base == "Dockerfile":
        return "dockerfile"
    if "." not in base:
        return base.lower()
    return base.rsplit(".", 1)[-1].lower()


def spread(r, items, n):
    out = []
    while len(out) < n:
        block = list(items)
        r.shuffle(block)
        out.extend(block)
    return out[:n]


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_gc.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    npos = nneg = 500

    for i, t in enumerate(spread(r, POS, npos)):
        path, raw = t["fn"](r)
        value = GEN[t["gen"]](r)
        text = fill(raw, value)
        needle = value.split("\n")[0]
        idx = text.find(needle)
        assert idx >= 0
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], (t["name"], needle)
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        with open(os.path.join(outdir, rel), encoding="utf-8", newline="") as fh:
            assert needle in fh.read().split("\n")[line - 1]
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})

    plan = [("reuse", t) for t in spread(r, POS, nneg // 2)] + [("look", t) for t in spread(r, LOOK, nneg - nneg // 2)]
    r.shuffle(plan)
    for i, (how, t) in enumerate(plan):
        if how == "reuse":
            path, text, kind = make_reuse_negative(r, t)
        else:
            path, text = t["fn"](r)
            kind = t["kind"]
        base = path.rsplit("/", 1)[-1]
        assert not (re.fullmatch(r"\.env(\.[A-Za-z0-9_-]+)?", base)
                    and not re.search(r"\.(example|sample|template|dist)$", base)), path
        assert MARK not in text
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": t["provider"], "kind": kind,
                         "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
