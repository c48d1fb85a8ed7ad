#!/usr/bin/env python3
"""Blind evaluation-set generator "ml": OTT video, streaming delivery and DRM.

EMPHASIS
  Domain: OTT video apps, packaging/streaming pipelines and DRM.
  Providers: Widevine (Common Encryption API provider signing key/IV, RSA signing
  key), FairPlay (Application Secret Key, RSA private key), PlayReady key seeds,
  raw CENC/HLS content keys (Shaka Packager, Bento4 mp4dash/mp4encrypt, Unified
  Streaming mp4split / .ism, FFmpeg), EZDRM, BuyDRM KeyOS, PallyCon/DoveRunner,
  Axinom, Irdeto, Verimatrix, castLabs DRMtoday, AWS MediaPackage/SPEKE,
  Elemental, MediaTailor (AWS keys), Bitmovin, THEOplayer, JW Player, Brightcove
  (Video.js based) and Mux, Akamai EdgeAuth, CloudFront signed cookies/URLs,
  Wowza SecureToken, nginx secure_link, Google DAI, Roku/Tizen/webOS/tvOS/Android
  TV app configs.
  File types: shell scripts, Makefiles, .ism (SMIL), JSON/YAML pipeline configs,
  docker-compose, GitLab CI, Helm values, k8s Secrets, Terraform, nginx conf,
  Wowza Application.xml, web.config, appsettings.json, Java .properties, ini
  (aws credentials), BrightScript (.brs), SceneGraph XML, JS/TS/HTML players,
  Swift, Kotlin, Gradle, Python services, Markdown runbooks, PEM files.

USAGE
  python3 -B gen_ml.py OUTDIR SEED
  -> OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
     OUTDIR/manifest.jsonl, OUTDIR/secrets.jsonl

NEEDLE CONVENTIONS
  The secret value exactly as written, without quotes. Hex keys as hex,
  base64 keys with their padding. URLs with credentials: the password only.
  PEM private keys: the first base64 line of the body. Where a key is written
  as KID:KEY the needle is the KEY part only. IVs, KIDs, client ids, account
  ids, key-pair ids, site ids next to the secret are public companions.

NEGATIVES
  250 re-use the positive templates with the secret slot holding a placeholder
  (English and local-language), empty value, mask, env/secret-manager/helm/
  terraform reference, or a documented public test value (Shaka "widevine_test"
  signing key/IV, Shaka/Unified doc example content keys, dash.js ClearKey
  vector, Microsoft PlayReady test key seed, AWS documentation example key).
  250 are domain look-alikes: DASH MPDs with default_KID and PSSH boxes, HLS
  playlists with EXT-X-KEY URIs/IVs, CPIX documents holding only encrypted keys,
  segment SHA-256 manifests, expired Akamai/CloudFront tokenised URLs, FairPlay
  public certificates, certificate fingerprints, SPKI public keys, Widevine
  service certificates, asset/content id catalogues, SRI hashes, container
  image digests, mp4info dumps, Roku manifests, Mux Data env keys (public),
  IMA ad tag URLs, license server URLs, git SHAs.

FORMATS CHECKED
  - Shaka Packager flags --aes_signing_key/--aes_signing_iv/--signer,
    --enable_raw_key_encryption --keys label=:key_id=:key= (shaka-project docs,
    tutorials/widevine.html and drm.html).
  - Unified Streaming --iss.key=KID:CEK, --hls.key=:CEK, --key_iv, KID/CEK hex
    128-bit (docs.unified-streaming.com drm pages); doc example keys used as
    negatives only.
  - Axinom Widevine CENC signing key + IV generated per provider (docs.axinom.com).
  - From knowledge: widevine_test key/IV, PlayReady key seed (>=30 bytes,
    base64), FairPlay ASK 16 bytes hex, PallyCon site/access key 32 chars,
    Axinom communication key 256-bit base64 with GUID key id, AWS key shapes,
    Google API key AIza + 35, CloudFront key pair ids, Wowza Application.xml
    property names, nginx secure_link_md5 syntax, Akamai EdgeAuth hex key.

DOUBTS
  - Wowza SecureToken shared secret length (16 chars assumed), Elemental user
    API key (20 alnum assumed), Mux token secret length (~75 base64 chars),
    THEOplayer licence string prefix/length, JW Player key shape (base64),
    DRMtoday upfront-auth shared secret (64 hex assumed), Verimatrix/Irdeto
    API credential shapes (generic), Brightcove client secret (86 base64url),
    .ism meta names for keys (iss_key style assumed).
"""
import base64
import json
import os
import random
import re
import sys
import uuid

R = None  # random.Random, set in main

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DG = "0123456789"
AN = UP + LO + DG
B64 = AN + "+/"
B64U = AN + "-_"
HEXL = "0123456789abcdef"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def hexs(n, upper=False):
    s = rs(HEXL, n)
    return s.upper() if upper else s


def b64b(n, url=False):
    b = rbytes(n)
    return (base64.urlsafe_b64encode(b) if url else base64.b64encode(b)).decode()


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


WORDS = ["Kestrel", "Harbor", "Velvet", "Nimbus", "Quartz", "Tango", "Falcon", "Maple", "Orbit",
         "Cobalt", "Sierra", "Lumen", "Pixel", "Rocket", "Gecko", "Marlin", "Copper", "Willow",
         "Zephyr", "Banjo", "Otter", "Cinder", "Fjord", "Saffron", "Tundra", "Mango", "Raven"]
SYM = "!*_-.+"


def password():
    k = R.random()
    if k < 0.45:
        w = R.choice(WORDS)
        w = w.replace("o", "0") if R.random() < 0.4 else w
        return w + rs(DG, R.randint(2, 4)) + R.choice(SYM) + R.choice(WORDS).lower() + rs(AN, 3)
    if k < 0.8:
        s = rs(AN, R.randint(14, 22))
        i = R.randint(1, len(s) - 1)
        return s[:i] + R.choice(SYM) + s[i:] + rs(DG, 1)
    return rs(UP, 1) + rs(LO, 5) + rs(DG, 4) + R.choice(SYM) + rs(AN, 6)


# ------------------------------------------------------------------ DER / PEM
def der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int_rand(nbytes):
    b = bytearray(rbytes(nbytes))
    b[0] |= 0x80
    return der(0x02, b"\x00" + bytes(b))


def rsa_der(bits):
    n = bits // 8
    h = n // 2
    body = (der(0x02, b"\x00") + der_int_rand(n) + der(0x02, b"\x01\x00\x01") + der_int_rand(n)
            + der_int_rand(h) + der_int_rand(h) + der_int_rand(h) + der_int_rand(h) + der_int_rand(h))
    return der(0x30, body)


RSA_OID = bytes.fromhex("300d06092a864886f70d0101010500")


def pem(label, data):
    s = base64.b64encode(data).decode()
    lines = [s[i:i + 64] for i in range(0, len(s), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label), lines[0]


def priv_pem(bits=2048, pkcs8=None):
    if pkcs8 is None:
        pkcs8 = R.random() < 0.5
    d = rsa_der(bits)
    if pkcs8:
        return pem("PRIVATE KEY", der(0x30, der(0x02, b"\x00") + RSA_OID + der(0x04, d)))
    return pem("RSA PRIVATE KEY", d)


def pub_pem(bits=2048):
    n = bits // 8
    rsapub = der(0x30, der_int_rand(n) + der(0x02, b"\x01\x00\x01"))
    return pem("PUBLIC KEY", der(0x30, RSA_OID + der(0x03, b"\x00" + rsapub)))[0]


def cert_pem():
    n = R.choice([1100, 1250, 1400])
    body = der(0x30, der(0x30, bytes.fromhex("a003020102") + der(0x02, rbytes(16)) + rbytes(n))
               + bytes.fromhex("300d06092a864886f70d01010b0500") + der(0x03, b"\x00" + rbytes(256)))
    return pem("CERTIFICATE", body)[0]


# ------------------------------------------------------------------ secrets
def s_aws():
    return rs(B64, 40)


def s_theo():
    return "sZP7IYe6T6P" + rs(B64U, R.randint(180, 320))


SECRETS = {
    "wv_key": lambda: hexs(64) if R.random() < 0.8 else b64b(32),
    "cek": lambda: hexs(32, R.random() < 0.15),
    "ask": lambda: hexs(32),
    "pr_seed": lambda: b64b(30),
    "pc_key": lambda: rs(AN, 32),
    "ax_comm": lambda: b64b(32),
    "ea_key": lambda: hexs(R.choice([32, 64])),
    "wowza": lambda: rs(LO + DG, 16),
    "password": password,
    "uuid_key": ruuid,
    "theo": s_theo,
    "jw_key": lambda: b64b(R.choice([30, 33, 36, 48])),
    "jw_secret": lambda: rs(AN, 24),
    "mux_secret": lambda: rs(B64, 75),
    "gapi": lambda: "AIza" + rs(B64U, 35),
    "hmac_hex": lambda: hexs(64),
    "aws_secret": s_aws,
    "drm_secret": lambda: hexs(64),
    "api_secret": lambda: rs(AN, R.choice([32, 40, 48])),
    "elemental": lambda: rs(AN, 20),
    "bc_secret": lambda: b64b(64, True).rstrip("="),
    "apigw": lambda: rs(AN, 40),
    "hmac_b64": lambda: b64b(R.choice([32, 48, 64])),
}
PEM_KINDS = {"pem2048": 2048, "pem1024": 1024}

# ------------------------------------------------------------------ companions
FIRST = ["anna", "jonas", "mehmet", "sofia", "lukas", "priya", "kenji", "maria", "tomasz", "ines",
         "oliver", "chloe", "diego", "yuki", "lars", "fatima", "noah", "elena", "marco", "aisha"]
TITLES = ["summer_league_final", "the_long_harbor_s01e03", "kids_planet_ep12", "nightly_news_2024",
          "cooking_live_ep7", "documentary_arctic", "f1_highlights_r09", "concert_tokyo_4k",
          "series_heist_s02e01", "trailer_midnight_run", "match_0412_hl", "anime_blade_ep05"]
HOSTS = ["cdn.streamco.tv", "vod.ottplay.net", "live-edge.mediahub.io", "media.vidflix.com",
         "origin.tvnow-internal.net", "hls.kanal-eins.de", "stream.canalsud.es", "video.nordictv.se",
         "edge.playout.example-broadcast.com", "assets.sportsnet-ott.com"]


class Ctx(dict):
    def __missing__(self, k):
        g = {
            "KID": lambda: hexs(32), "KID2": lambda: hexs(32), "IV": lambda: hexs(32),
            "IV16": lambda: hexs(16), "UUID": ruuid, "UUID2": ruuid,
            "CID": lambda: R.choice(TITLES) + "_" + rs(DG, 3),
            "ASSET": lambda: "asset-" + rs(DG, 6), "HOST": lambda: R.choice(HOSTS),
            "REGION": lambda: R.choice(["eu-west-1", "us-east-1", "eu-central-1", "ap-southeast-2", "us-west-2"]),
            "ACCT": lambda: rs(DG, 12), "USER": lambda: R.choice(FIRST) + "." + R.choice(["ops", "media", "svc", "enc"]),
            "FIRST": lambda: R.choice(FIRST), "SITE": lambda: rs(UP, 4),
            "DATE": lambda: "20%02d-%02d-%02d" % (R.randint(21, 25), R.randint(1, 12), R.randint(1, 28)),
            "SIGNER": lambda: R.choice(["streamco", "ottplay_prod", "vidflix", "mediahub_wv", "nordictv", "acme_media"]),
            "KPID": lambda: "K" + rs(UP + DG, 13), "AKID": lambda: "AKIA" + rs(UP + "234567", 16),
            "MERCHANT": lambda: R.choice(["streamco", "ottplay", "vidflix", "client_dev"]),
            "BUCKET": lambda: R.choice(["vod-mezz", "ott-packaged", "media-origin", "drm-out"]) + "-" + rs(LO + DG, 6),
            "NUM": lambda: str(R.randint(2, 9)), "PORT": lambda: str(R.choice([8080, 8443, 1935, 9000])),
            "EXP": lambda: str(R.randint(1600000000, 1700000000)), "VER": lambda: "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 20)),
            "ROKUID": lambda: rs(DG, 6) + "_" + rs(UP + DG, 4), "TEAM": lambda: R.choice(["media-platform", "video-core", "playout", "ott-backend"]),
        }[k]
        v = g()
        self[k] = v
        return v


CM_LINES = ["Owner: @TEAM@", "Last rotated @DATE@", "do not edit by hand unless you know why",
            "see runbook in confluence (VIDEO-@NUM@12)", "generated by bootstrap script, tweaked by @FIRST@",
            "TODO(@FIRST@): move to vault", "prod settings", "staging & prod share this for now",
            "ticket OTT-@NUM@@NUM@7", "keep in sync with the packager job", "Ansprechpartner: @FIRST@",
            "responsable: @FIRST@ (équipe vidéo)", "temporary until SPEKE migration"]


def expand(text, ctx):
    return re.sub(r"@([A-Z0-9_]+)@", lambda m: ctx[m.group(1)], text)


def header(cm, ctx):
    if not cm:
        return ""
    n = R.choice([0, 0, 1, 2, 3, 4, 6])
    out = []
    for l in R.sample(CM_LINES, n):
        l = expand(l, ctx)
        out.append(cm[0] + " " + l + (" " + cm[1] if len(cm) > 1 else ""))
    return "".join(x + "\n" for x in out)


# ------------------------------------------------------------------ templates
# (name, provider, kind, filetype, paths, comment, text, enc)
T = []


def tpl(name, provider, kind, ft, paths, cm, text, enc=None):
    T.append(dict(name=name, provider=provider, kind=kind, ft=ft, paths=paths, cm=cm, text=text, enc=enc))


SH = ("#",)
tpl("shaka_wv_sh", "widevine", "wv_key", "shell", ["scripts/package_widevine.sh", "packaging/wv_package.sh", "bin/pack-dash.sh"], SH,
    """#!/usr/bin/env bash
@HDR@set -euo pipefail

IN=${1:-/mnt/mezz/@CID@.mp4}
OUT=${2:-/mnt/out/@CID@}
KEY_SERVER=https://license.widevine.com/cenc/getcontentkey/@SIGNER@
SIGNER=@SIGNER@
SIGNING_KEY=@S@
SIGNING_IV=@IV@
CONTENT_ID=$(echo -n "@CID@" | xxd -p)

mkdir -p "$OUT"
packager \\
  in="$IN",stream=audio,output="$OUT/audio.mp4" \\
  in="$IN",stream=video,output="$OUT/h264_720p.mp4" \\
  --enable_widevine_encryption \\
  --key_server_url "$KEY_SERVER" \\
  --content_id "$CONTENT_ID" \\
  --signer "$SIGNER" --aes_signing_key "$SIGNING_KEY" --aes_signing_iv "$SIGNING_IV" \\
  --mpd_output "$OUT/manifest.mpd"
""")
tpl("shaka_wv_inline", "widevine", "wv_key", "shell", ["run_packager.sh", "tools/wv_live.sh"], SH,
    """#!/bin/sh
@HDR@# live channel @NUM@ -> DASH with Widevine, key rotation every 30 min
exec packager \\
  'udp://239.1.1.@NUM@:5000,stream=video,init_segment=/dev/shm/ch@NUM@/v_init.mp4,segment_template=/dev/shm/ch@NUM@/v_$Number$.m4s' \\
  'udp://239.1.1.@NUM@:5000,stream=audio,init_segment=/dev/shm/ch@NUM@/a_init.mp4,segment_template=/dev/shm/ch@NUM@/a_$Number$.m4s' \\
  --enable_widevine_encryption \\
  --key_server_url https://license.uat.widevine.com/cenc/getcontentkey/@SIGNER@ \\
  --content_id @KID@ \\
  --signer @SIGNER@ \\
  --aes_signing_key @S@ \\
  --aes_signing_iv @IV@ \\
  --crypto_period_duration 1800 \\
  --mpd_output /dev/shm/ch@NUM@/live.mpd
""")
tpl("shaka_wv_make", "widevine", "wv_key", "makefile", ["Makefile", "packaging/Makefile"], SH,
    """@HDR@PACKAGER ?= packager
SIGNER      := @SIGNER@
WV_SIGNING_KEY := @S@
WV_SIGNING_IV  := @IV@
KEY_SERVER  := https://license.widevine.com/cenc/getcontentkey/$(SIGNER)

OUT := out/$(CONTENT)

.PHONY: dash clean

dash: $(OUT)/manifest.mpd

$(OUT)/manifest.mpd: mezz/$(CONTENT).mp4
\t@mkdir -p $(OUT)
\t$(PACKAGER) in=$<,stream=video,output=$(OUT)/video.mp4 in=$<,stream=audio,output=$(OUT)/audio.mp4 \\
\t  --enable_widevine_encryption --key_server_url $(KEY_SERVER) \\
\t  --content_id $$(printf '%s' $(CONTENT) | xxd -p) \\
\t  --signer $(SIGNER) --aes_signing_key $(WV_SIGNING_KEY) --aes_signing_iv $(WV_SIGNING_IV) \\
\t  --mpd_output $@

clean:
\trm -rf out/
""")
tpl("shaka_wv_py", "widevine", "wv_key", "python", ["packager/run.py", "svc/packaging/widevine.py", "jobs/package_job.py"], SH,
    """@HDR@import subprocess
import logging

log = logging.getLogger(__name__)

WV_SIGNER = "@SIGNER@"
WV_AES_KEY = "@S@"
WV_AES_IV = "@IV@"
KEY_SERVER_URL = "https://license.widevine.com/cenc/getcontentkey/" + WV_SIGNER


def package(src, dst, content_id):
    cmd = [
        "packager",
        f"in={src},stream=audio,output={dst}/audio.mp4",
        f"in={src},stream=video,output={dst}/video.mp4",
        "--enable_widevine_encryption",
        "--key_server_url", KEY_SERVER_URL,
        "--content_id", content_id.encode().hex(),
        "--signer", WV_SIGNER,
        "--aes_signing_key", WV_AES_KEY,
        "--aes_signing_iv", WV_AES_IV,
        "--mpd_output", f"{dst}/manifest.mpd",
    ]
    log.info("running packager for %s", content_id)
    subprocess.run(cmd, check=True)
""")
tpl("wv_yaml_pipeline", "widevine", "wv_key", "yaml", ["config/packaging.yaml", "pipeline/drm.yml", "deploy/packager-config.yaml"], SH,
    """@HDR@packager:
  binary: /usr/local/bin/packager
  segment_duration: 6
  outputs: [dash, hls]
drm:
  widevine:
    key_server_url: https://license.widevine.com/cenc/getcontentkey/@SIGNER@
    signer: @SIGNER@
    aes_signing_key: "@S@"
    aes_signing_iv: "@IV@"
    protection_scheme: cenc
  playready:
    enabled: false
storage:
  bucket: @BUCKET@
  region: @REGION@
""")
tpl("wv_compose", "widevine", "wv_key", "yaml", ["docker-compose.yml", "deploy/docker-compose.packager.yml"], SH,
    """version: "3.8"
@HDR@services:
  packager-worker:
    image: registry.internal/@TEAM@/packager-worker:@VER@
    restart: unless-stopped
    environment:
      QUEUE_URL: amqp://rabbit:5672/packaging
      WV_SIGNER: @SIGNER@
      WV_SIGNING_KEY: @S@
      WV_SIGNING_IV: @IV@
      OUTPUT_BUCKET: @BUCKET@
    volumes:
      - /mnt/mezz:/mezz:ro
  rabbit:
    image: rabbitmq:3.12-management
""")
tpl("wv_gitlab", "widevine", "wv_key", "yaml", [".gitlab-ci.yml"], SH,
    """@HDR@stages: [package, publish]

variables:
  PACKAGER_IMAGE: google/shaka-packager:v@VER@
  WIDEVINE_SIGNER: "@SIGNER@"
  WIDEVINE_AES_KEY: "@S@"
  WIDEVINE_AES_IV: "@IV@"

package:dash:
  stage: package
  image: $PACKAGER_IMAGE
  script:
    - ./scripts/package.sh "$CI_COMMIT_REF_SLUG"
  artifacts:
    paths: [out/]
""")
tpl("wv_markdown", "widevine", "wv_key", "markdown", ["docs/runbooks/widevine-packaging.md", "RUNBOOK.md"], None,
    """# Widevine packaging runbook

Owner: @TEAM@ · last review @DATE@

## Credentials
The provider name is `@SIGNER@`. Signing credentials were issued by Google on onboarding.

| field | value |
|-------|-------|
| provider | `@SIGNER@` |
| signing key | `@S@` |
| signing IV | `@IV@` |

## Repackage a title
```bash
packager in=@CID@.mp4,stream=video,output=v.mp4 --enable_widevine_encryption \\
  --key_server_url https://license.widevine.com/cenc/getcontentkey/@SIGNER@ \\
  --signer @SIGNER@ --aes_signing_key <key above> --aes_signing_iv <iv above>
```
If the key server answers `SIGNATURE_FAILED`, check the clock on the packager host.
""")
tpl("axinom_wv_json", "axinom", "wv_key", "json", ["config/axinom-cenc.json", "appsettings.Packaging.json"], None,
    """{
  "KeyService": {
    "Endpoint": "https://key-server-management.axprod.net/api/WidevineProtectionInfo",
    "ProviderName": "@SIGNER@",
    "SigningKey": "@S@",
    "SigningIv": "@IV@"
  },
  "Output": { "Bucket": "@BUCKET@", "Region": "@REGION@" }
}
""")

# raw content keys ----------------------------------------------------------
tpl("shaka_raw_sh", "shaka-packager", "cek", "shell", ["scripts/encrypt_raw.sh", "package_clearkey.sh"], SH,
    """#!/bin/bash
@HDR@# raw key CENC for the @CID@ delivery (partner has key out of band)
packager \\
  in=@CID@.mp4,stream=audio,output=enc/audio.mp4,drm_label=ALL \\
  in=@CID@.mp4,stream=video,output=enc/video.mp4,drm_label=ALL \\
  --enable_raw_key_encryption \\
  --keys label=ALL:key_id=@KID@:key=@S@ \\
  --protection_systems Widevine,PlayReady \\
  --clear_lead 0 \\
  --mpd_output enc/@CID@.mpd
""")
tpl("shaka_raw_py", "shaka-packager", "cek", "python", ["tools/raw_encrypt.py"], SH,
    """@HDR@import subprocess, sys

KEY_ID = "@KID@"
CONTENT_KEY = "@S@"  # 128-bit CEK shared with the licence service


def main(src):
    subprocess.check_call([
        "packager",
        "in=%s,stream=video,output=video_enc.mp4" % src,
        "--enable_raw_key_encryption",
        "--keys", "label=:key_id=%s:key=%s" % (KEY_ID, CONTENT_KEY),
        "--protection_scheme", "cbcs",
        "--hls_master_playlist_output", "master.m3u8",
    ])


if __name__ == "__main__":
    main(sys.argv[1])
""")
tpl("bento_mp4dash", "bento4", "cek", "shell", ["scripts/bento_dash.sh", "encode/mp4dash.sh"], SH,
    """#!/usr/bin/env bash
@HDR@set -e
SRC=$1
KID=@KID@
KEY=@S@

mp4fragment "$SRC" frag.mp4
mp4dash --force -o "out/@CID@" \\
  --encryption-key=${KID}:${KEY} \\
  --widevine-header=provider:@SIGNER@#content_id:$(echo -n @CID@ | xxd -p) \\
  --playready-header=LA_URL:https://playready.@HOST@/rightsmanager.asmx \\
  frag.mp4
""")
tpl("bento_mp4encrypt", "bento4", "cek", "shell", ["encrypt.sh", "tools/bento/encrypt_track.sh"], SH,
    """#!/bin/sh
@HDR@mp4encrypt --method MPEG-CENC \\
  --key 1:@S@:@IV16@ \\
  --property 1:KID:@KID@ \\
  --key 2:@S@:@IV16@ \\
  --property 2:KID:@KID@ \\
  input/@CID@.mp4 output/@CID@_cenc.mp4
""")
tpl("bento_make", "bento4", "cek", "makefile", ["Makefile.bento", "media/Makefile"], SH,
    """@HDR@KID ?= @KID@
CEK ?= @S@
TITLES := $(wildcard mezz/*.mp4)

all: $(patsubst mezz/%.mp4,dash/%/stream.mpd,$(TITLES))

dash/%/stream.mpd: mezz/%.mp4
\tmp4fragment --fragment-duration 4000 $< tmp/$*.frag.mp4
\tmp4dash -o dash/$* --mpd-name stream.mpd --encryption-key=$(KID):$(CEK) tmp/$*.frag.mp4
""")
tpl("usp_mp4split", "unified-streaming", "cek", "shell", ["origin/create_ism.sh", "usp/make-server-manifest.sh"], SH,
    """#!/bin/bash
@HDR@set -e -u

CEK=@S@
KID=@KID@
KIV=@IV@
LA_URL=https://pr.@HOST@/PlayReady/rightsmanager.asmx

mp4split --license_key=/etc/usp-license.key -o /var/www/vod/@CID@.ism \\
  --iss.key=${KID}:${CEK} \\
  --iss.key_iv=${KIV} \\
  --iss.license_server_url=${LA_URL} \\
  /var/www/vod/@CID@-avc1-1500k.cmfv \\
  /var/www/vod/@CID@-aac-128k.cmfa
""")
tpl("usp_hls_aes", "unified-streaming", "cek", "shell", ["origin/hls_aes.sh"], SH,
    """#!/bin/bash
@HDR@# AES-128 HLS for legacy set top boxes
mp4split -o @CID@-aes.ism \\
  --hls.key=:@S@ \\
  --hls.license_server_url=https://keys.@HOST@/hls/@CID@.key \\
  --hls.playout=aes \\
  @CID@-avc1-1000k.cmfv @CID@-aac-64k.cmfa
""")
tpl("usp_ism", "unified-streaming", "cek", "xml", ["vod/@CID@.ism", "origin/manifests/@CID@.ism"], None,
    """<?xml version="1.0" encoding="utf-8"?>
<!--Created with Unified Streaming Platform  (version=@VER@)-->
<smil xmlns="http://www.w3.org/2001/SMIL20/Language">
  <head>
    <meta name="clientManifestRelativePath" content="@CID@.ismc" />
    <meta name="iss_key" content="@KID@:@S@" />
    <meta name="iss_license_server_url" content="https://pr.@HOST@/PlayReady/rightsmanager.asmx" />
    <meta name="creator" content="Unified Streaming Platform (USP)" />
  </head>
  <body>
    <switch>
      <video src="@CID@-avc1-1500k.cmfv" systemBitrate="1500000">
        <param name="trackID" value="1" valuetype="data" />
      </video>
      <audio src="@CID@-aac-128k.cmfa" systemBitrate="128000">
        <param name="trackID" value="1" valuetype="data" />
      </audio>
    </switch>
  </body>
</smil>
""")
tpl("ffmpeg_cenc", "ffmpeg", "cek", "shell", ["ffmpeg/encrypt_cenc.sh", "scripts/ffmpeg_cenc.sh"], SH,
    """#!/usr/bin/env bash
@HDR@ffmpeg -hide_banner -y -i "$1" \\
  -c:v libx264 -profile:v high -preset veryfast -b:v 3500k \\
  -c:a aac -b:a 128k \\
  -encryption_scheme cenc-aes-ctr \\
  -encryption_key @S@ \\
  -encryption_kid @KID@ \\
  -f mp4 -movflags +frag_keyframe+empty_moov "${2:-out_cenc.mp4}"
""")
tpl("ffmpeg_hls_aes", "ffmpeg", "cek", "shell", ["ffmpeg/hls_aes128.sh"], SH,
    """#!/bin/bash
@HDR@set -e
OUT=hls/@CID@
mkdir -p "$OUT"
echo -n "@S@" | xxd -r -p > "$OUT/enc.key"
printf 'https://keys.@HOST@/v1/@CID@/enc.key\\n%s/enc.key\\n@IV@\\n' "$OUT" > "$OUT/enc.keyinfo"
ffmpeg -i "$1" -c copy -hls_time 6 -hls_playlist_type vod \\
  -hls_key_info_file "$OUT/enc.keyinfo" \\
  -hls_segment_filename "$OUT/seg_%05d.ts" "$OUT/index.m3u8"
""")
tpl("cek_json", "clearkey", "cek", "json", ["config/clearkey-keys.json", "licence/keys.prod.json"], None,
    """{
  "contentId": "@CID@",
  "keys": [
    { "kid": "@KID@", "k": "@S@", "type": "temporary" }
  ],
  "policy": { "persistent": false, "rentalHours": 48 }
}
""")
tpl("ffmpeg_py", "ffmpeg", "cek", "python", ["transcode/encrypt.py"], SH,
    """@HDR@import shlex, subprocess

ENC_KEY = '@S@'
ENC_KID = '@KID@'


def encrypt(src: str, dst: str) -> None:
    cmd = (f"ffmpeg -y -i {shlex.quote(src)} -c copy -encryption_scheme cenc-aes-ctr "
           f"-encryption_key {ENC_KEY} -encryption_kid {ENC_KID} {shlex.quote(dst)}")
    subprocess.run(shlex.split(cmd), check=True)
""")

# FairPlay --------------------------------------------------------------------
tpl("fps_json", "fairplay", "ask", "json", ["config/fairplay.json", "ksm/config.prod.json"], None,
    """{
  "fairplay": {
    "certificatePath": "/etc/fps/fairplay.cer",
    "privateKeyPath": "/etc/fps/privatekey.pem",
    "ask": "@S@",
    "leaseDurationSeconds": 7200
  },
  "port": @PORT@
}
""")
tpl("fps_k8s_secret", "fairplay", "ask", "yaml", ["k8s/fps-ksm-secret.yaml", "deploy/ksm/secret.yaml"], SH,
    """@HDR@apiVersion: v1
kind: Secret
metadata:
  name: fps-ksm
  namespace: drm
type: Opaque
stringData:
  FPS_ASK: "@S@"
  FPS_CERT_PATH: /etc/fps/fairplay.cer
""")
tpl("fps_py", "fairplay", "ask", "python", ["ksm/settings.py", "fairplay/ksm_server.py"], SH,
    """@HDR@from pathlib import Path

FPS_CERT = Path("/etc/fps/fairplay.cer")
FPS_PRIVATE_KEY = Path("/etc/fps/privatekey.pem")
# Application Secret key from the Apple developer portal (FPS deployment package)
FPS_ASK = bytes.fromhex("@S@")
LEASE_SECONDS = 3600
""")
tpl("fps_swift", "fairplay", "ask", "swift", ["Sources/KSM/FairPlayConfig.swift"], ("//",),
    """@HDR@import Foundation

struct FairPlayConfig {
    static let certificateURL = URL(string: "https://@HOST@/fps/fairplay.cer")!
    static let applicationSecretKey = "@S@"
    static let keyServerURL = URL(string: "https://ksm.@HOST@/fps/ckc")!
}
""")
tpl("fps_md", "fairplay", "ask", "markdown", ["docs/fairplay-setup.md"], None,
    """# FairPlay Streaming setup

1. Download the FPS deployment package from the Apple developer account (team @SITE@@NUM@).
2. Install `fairplay.cer` and `privatekey.pem` on the KSM hosts under `/etc/fps/`.
3. Configure the ASK:

```
FPS_ASK=@S@
```

4. Restart `ksm.service` and check `/healthz`.
""")
tpl("fps_pem", "fairplay", "pem1024", "pem", ["keys/fairplay/privatekey.pem", "fps/credentials/privatekey.pem"], None,
    """@S@
""")
tpl("fps_pem_node", "fairplay", "pem1024", "javascript", ["ksm/fpsKeys.js"], ("//",),
    """@HDR@'use strict';

const FPS_CERT_URL = 'https://@HOST@/fps/fairplay.cer';

const FPS_PRIVATE_KEY = `@S@`;

module.exports = { FPS_CERT_URL, FPS_PRIVATE_KEY };
""")

# PlayReady -------------------------------------------------------------------
tpl("pr_webconfig", "playready", "pr_seed", "xml", ["LicenseServer/web.config"], None,
    """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="LicenseServerName" value="PR-@SITE@" />
    <add key="KeySeed" value="@S@" />
    <add key="DefaultKeyId" value="@UUID@" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
""")
tpl("pr_appsettings", "playready", "pr_seed", "json", ["src/LicenseService/appsettings.Production.json"], None,
    """{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "PlayReady": {
    "KeySeed": "@S@",
    "LicenseServerUrl": "https://pr.@HOST@/rightsmanager.asmx",
    "SecurityLevel": 2000
  },
  "AllowedHosts": "*"
}
""")
tpl("pr_seed_py", "playready", "pr_seed", "python", ["drm/playready_keys.py"], SH,
    """@HDR@import base64, hashlib

KEY_SEED = base64.b64decode("@S@")


def content_key(kid: bytes) -> bytes:
    # PlayReady key derivation from seed + KID (see porting kit docs)
    sha_a = hashlib.sha256(KEY_SEED[:30] + kid).digest()
    sha_b = hashlib.sha256(KEY_SEED[:30] + kid + KEY_SEED[:30]).digest()
    sha_c = hashlib.sha256(KEY_SEED[:30] + kid + KEY_SEED[:30] + kid).digest()
    return bytes(sha_a[i] ^ sha_a[i + 16] ^ sha_b[i] ^ sha_b[i + 16] ^ sha_c[i] ^ sha_c[i + 16] for i in range(16))
""")

# PallyCon / DoveRunner --------------------------------------------------------
tpl("pallycon_js", "pallycon", "pc_key", "javascript", ["server/drmToken.js", "src/services/pallycon.js"], ("//",),
    """@HDR@const crypto = require('crypto');

const SITE_ID = '@SITE@';
const SITE_KEY = '@S@';
const IV = '0123456789abcdef';
const ACCESS_KEY = process.env.PALLYCON_ACCESS_KEY;

function encryptPolicy(policy) {
  const cipher = crypto.createCipheriv('aes-256-cbc', SITE_KEY, IV);
  return cipher.update(JSON.stringify(policy), 'utf8', 'base64') + cipher.final('base64');
}

module.exports = { SITE_ID, encryptPolicy, ACCESS_KEY };
""")
tpl("pallycon_yaml", "pallycon", "pc_key", "yaml", ["config/drm.yaml", "helm/license-proxy/values-prod.yaml"], SH,
    """@HDR@drm:
  provider: pallycon
  pallycon:
    siteId: @SITE@
    accessKey: "@S@"
    licenseUrl: https://license-global.pallycon.com/ri/licenseManager.do
    tokenTtlSeconds: 600
""")
tpl("pallycon_kt", "pallycon", "pc_key", "kotlin", ["app/src/main/java/tv/ottplay/drm/DrmTokenFactory.kt"], ("//",),
    """@HDR@package tv.ottplay.drm

object DrmTokenFactory {
    private const val SITE_ID = "@SITE@"
    private const val SITE_KEY = "@S@"
    private const val ACCESS_KEY_ENV = "PALLYCON_ACCESS_KEY"

    fun build(userId: String, cid: String): String =
        PallyConDrmTokenClient()
            .widevine()
            .siteId(SITE_ID)
            .siteKey(SITE_KEY)
            .accessKey(System.getenv(ACCESS_KEY_ENV))
            .userId(userId)
            .cid(cid)
            .execute()
}
""")
tpl("doverunner_py", "doverunner", "pc_key", "python", ["services/doverunner_token.py"], SH,
    """@HDR@# DoveRunner (ex PallyCon) multi-DRM token
DOVERUNNER = {
    "site_id": "@SITE@",
    "access_key": "@S@",
    "license_url": "https://drm-license.doverunner.com/ri/licenseManager.do",
}
""")

# Axinom communication key ------------------------------------------------------
tpl("axinom_json", "axinom", "ax_comm", "json", ["config/axinom-drm.json", "license-token-service/config.json"], None,
    """{
  "axinom": {
    "tenantId": "@UUID2@",
    "communicationKeyId": "@UUID@",
    "communicationKey": "@S@",
    "licenseServiceUrl": "https://drm-widevine-licensing.axprod.net/AcquireLicense"
  }
}
""")
tpl("axinom_ts", "axinom", "ax_comm", "typescript", ["src/drm/axinomToken.ts"], ("//",),
    """@HDR@import jwt from 'jsonwebtoken';

const COMMUNICATION_KEY_ID = '@UUID@';
const COMMUNICATION_KEY = Buffer.from('@S@', 'base64');

export function licenseToken(keyIds: string[]): string {
  const message = {
    version: 1,
    com_key_id: COMMUNICATION_KEY_ID,
    message: { type: 'entitlement_message', version: 2, content_keys_source: { inline: keyIds.map((id) => ({ id })) } },
  };
  return jwt.sign(message, COMMUNICATION_KEY, { algorithm: 'HS256', noTimestamp: true });
}
""")
tpl("axinom_ps1", "axinom", "ax_comm", "powershell", ["scripts/New-LicenseToken.ps1"], SH,
    """@HDR@$CommunicationKeyId = "@UUID@"
$CommunicationKeyAsBase64 = "@S@"
$KeyId = "@UUID2@"

./New-LicenseToken.ps1 -CommunicationKeyId $CommunicationKeyId -CommunicationKeyAsBase64 $CommunicationKeyAsBase64 -KeyId $KeyId
""")

# EZDRM ----------------------------------------------------------------------
tpl("ezdrm_curl", "ezdrm", "password", "shell", ["scripts/ezdrm_cpix.sh"], SH,
    """#!/bin/bash
@HDR@KID=$(uuidgen)
curl -sS -X POST \\
  "https://cpix.ezdrm.com/KeyGenerator/cpix.aspx?k=${KID}&u=@USER@@@HOST@&p=@S@&c=@CID@" \\
  -H 'Content-Type: application/xml' --data-binary @cpix_request.xml -o cpix_response.xml
""")
tpl("ezdrm_py", "ezdrm", "password", "python", ["drm/ezdrm_client.py"], SH,
    """@HDR@import requests

EZDRM_USER = "@USER@@streamco.tv"
EZDRM_PASSWORD = "@S@"


def fetch_keys(kid: str, content_id: str) -> bytes:
    r = requests.post(
        "https://cpix.ezdrm.com/KeyGenerator/cpix.aspx",
        params={"k": kid, "u": EZDRM_USER, "p": EZDRM_PASSWORD, "c": content_id},
        timeout=15,
    )
    r.raise_for_status()
    return r.content
""")
tpl("ezdrm_tf", "ezdrm", "password", "terraform", ["infra/mediapackage.tf", "terraform/packaging/main.tf"], SH,
    """@HDR@resource "aws_media_package_channel" "live" {
  channel_id  = "live-@NUM@"
  description = "live channel @NUM@"
}

locals {
  speke_url = "https://cpix.ezdrm.com/KeyGenerator/cpix.aspx?u=@USER@&p=@S@"
  drm_system_ids = [
    "edef8ba9-79d6-4ace-a3c8-27dcd51d21ed",
    "9a04f079-9840-4286-ab92-e65be0885f95",
  ]
}
""")

# BuyDRM KeyOS ----------------------------------------------------------------
tpl("keyos_py_pem", "buydrm", "pem2048", "python", ["keyos/auth_xml.py", "drm/buydrm_sign.py"], SH,
    """@HDR@from cryptography.hazmat.primitives import serialization

# KeyOS authentication XML signing key (from BuyDRM onboarding)
KEYOS_SIGNING_KEY = \"\"\"@S@\"\"\"

_key = serialization.load_pem_private_key(KEYOS_SIGNING_KEY.encode(), password=None)
""")
tpl("keyos_pem_file", "buydrm", "pem2048", "pem", ["keys/keyos/auth_private.key", "certs/buydrm/keyos_signing.pem"], None,
    """@S@
""")

# castLabs DRMtoday -----------------------------------------------------------
tpl("drmtoday_yaml", "castlabs", "drm_secret", "yaml", ["config/drmtoday.yaml", "license-proxy/application.yml"], SH,
    """@HDR@drmtoday:
  merchant: @MERCHANT@
  environment: production
  upfront-auth:
    shared-secret: @S@
    token-ttl: 300
  license-url: https://lic.drmtoday.com/license-proxy-widevine/cenc/
""")
tpl("drmtoday_py", "castlabs", "password", "python", ["ingest/drmtoday_ingest.py"], SH,
    """@HDR@import requests

CAS_URL = "https://auth.drmtoday.com/cas/v1/tickets"
API_USER = "@USER@::@MERCHANT@"
API_PASSWORD = "@S@"


def ticket():
    r = requests.post(CAS_URL, data={"username": API_USER, "password": API_PASSWORD}, timeout=10)
    r.raise_for_status()
    return r.headers["Location"]
""")

# Irdeto / Verimatrix --------------------------------------------------------------
tpl("irdeto_json", "irdeto", "api_secret", "json", ["config/irdeto-control.json"], None,
    """{
  "irdeto": {
    "tenant": "@MERCHANT@-prod",
    "authUrl": "https://@MERCHANT@.irdeto.com/oauth/token",
    "clientId": "@UUID@",
    "clientSecret": "@S@",
    "keysAndRightsUrl": "https://@MERCHANT@.irdeto.com/kr/v2"
  }
}
""")
tpl("verimatrix_props", "verimatrix", "api_secret", "properties", ["src/main/resources/application-prod.properties"], ("#",),
    """@HDR@server.port=@PORT@
drm.vendor=verimatrix
verimatrix.multidrm.tenant=@MERCHANT@
verimatrix.multidrm.api.url=https://multidrm.vmxdrm.com/api/v1
verimatrix.multidrm.api.key=@S@
verimatrix.multidrm.timeout-ms=5000
logging.level.tv.ott=INFO
""")

# AWS -----------------------------------------------------------------------
tpl("aws_tf_provider", "aws", "aws_secret", "terraform", ["terraform/mediatailor/provider.tf", "infra/providers.tf"], SH,
    """@HDR@provider "aws" {
  region     = "@REGION@"
  access_key = "@AKID@"
  secret_key = "@S@"
}

resource "aws_media_packagev2_channel_group" "ott" {
  name = "ott-live"
}
""")
tpl("aws_credentials", "aws", "aws_secret", "ini", ["deploy/aws/credentials", "ops/mediatailor/credentials"], ("#",),
    """@HDR@[default]
region = @REGION@

[mediatailor-prod]
aws_access_key_id = @AKID@
aws_secret_access_key = @S@
region = @REGION@
""")
tpl("speke_apigw", "aws-speke", "apigw", "python", ["speke/tests/smoke_test.py", "tools/speke_probe.py"], SH,
    """@HDR@import requests

SPEKE_URL = "https://@NUM@abcd1234.execute-api.@REGION@.amazonaws.com/prod/copyProtection"
HEADERS = {"x-api-key": "@S@", "Content-Type": "application/xml"}


def probe(cpix_request: str) -> int:
    return requests.post(SPEKE_URL, data=cpix_request, headers=HEADERS, timeout=20).status_code
""")
tpl("elemental_sh", "elemental", "elemental", "shell", ["ops/elemental_live_start.sh"], SH,
    """#!/bin/bash
@HDR@HOST=http://elemental-live-@NUM@.@HOST@
USER=@USER@
API_KEY=@S@
EXPIRES=$(( $(date +%s) + 120 ))
URL=/live_events/@NUM@/start
INNER=$(echo -n "${URL}${USER}${API_KEY}${EXPIRES}" | md5sum | cut -d' ' -f1)
KEY=$(echo -n "${API_KEY}${INNER}" | md5sum | cut -d' ' -f1)
curl -X POST -H "X-Auth-User: $USER" -H "X-Auth-Expires: $EXPIRES" -H "X-Auth-Key: $KEY" \\
  -H 'Accept: application/xml' "$HOST/api$URL"
""")

# player / platform licences ----------------------------------------------------------
tpl("bitmovin_api", "bitmovin", "uuid_key", "javascript", ["encoding/bitmovin.js", "scripts/createEncoding.js"], ("//",),
    """@HDR@import BitmovinApi from '@bitmovin/api-sdk';

const bitmovinApi = new BitmovinApi({
  apiKey: '@S@',
  tenantOrgId: '@UUID@',
});

export async function createEncoding(name) {
  return bitmovinApi.encoding.encodings.create({ name, cloudRegion: 'AWS_EU_WEST_1' });
}
""")
tpl("bitmovin_player", "bitmovin", "uuid_key", "html", ["public/player.html", "web/watch.html"], None,
    """<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8">
  <script src="https://cdn.bitmovin.com/player/web/8/bitmovinplayer.js"></script>
</head>
<body>
<div id="player"></div>
<script>
  var conf = {
    key: '@S@',
    playback: { autoplay: false, muted: true }
  };
  var player = new bitmovin.player.Player(document.getElementById('player'), conf);
  player.load({ dash: 'https://@HOST@/vod/@CID@/manifest.mpd' });
</script>
</body>
</html>
""")
tpl("theo_js", "theoplayer", "theo", "javascript", ["src/player/theo.js", "web/js/player-init.js"], ("//",),
    """@HDR@import { Player } from 'theoplayer';

export function mountPlayer(el, src) {
  const player = new Player(el, {
    libraryLocation: '/vendor/theoplayer/',
    license: '@S@',
  });
  player.source = { sources: [{ src, type: 'application/x-mpegurl' }] };
  return player;
}
""")
tpl("jw_html", "jwplayer", "jw_key", "html", ["templates/embed.html", "site/video.html"], None,
    """<script src="/static/jwplayer-8/jwplayer.js"></script>
<script>jwplayer.key = "@S@";</script>
<div id="vid"></div>
<script>
  jwplayer("vid").setup({
    file: "https://@HOST@/hls/@CID@/master.m3u8",
    image: "https://@HOST@/posters/@CID@.jpg",
    width: "100%", aspectratio: "16:9"
  });
</script>
""")
tpl("jw_platform_py", "jwplayer", "jw_secret", "python", ["cms/jw_sync.py"], SH,
    """@HDR@import jwplatform

JW_API_KEY = "@SITE@x@NUM@Kq"
JW_API_SECRET = "@S@"

client = jwplatform.Client(JW_API_KEY, JW_API_SECRET)


def list_videos():
    return client.videos.list(result_limit=1000)
""")
tpl("brightcove_js", "brightcove", "bc_secret", "javascript", ["cms/brightcoveClient.js", "server/oauth.js"], ("//",),
    """@HDR@const fetch = require('node-fetch');

const ACCOUNT_ID = '@ACCT@';
const CLIENT_ID = '@UUID@';
const CLIENT_SECRET = '@S@';

async function token() {
  const auth = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64');
  const res = await fetch('https://oauth.brightcove.com/v4/access_token?grant_type=client_credentials', {
    method: 'POST',
    headers: { Authorization: `Basic ${auth}` },
  });
  return (await res.json()).access_token;
}

module.exports = { ACCOUNT_ID, token };
""")
tpl("mux_yaml", "mux", "mux_secret", "yaml", ["config/mux.yml", "services/upload/config.yaml"], SH,
    """@HDR@mux:
  token_id: @UUID@
  token_secret: "@S@"
  playback_policy: signed
  webhook_path: /hooks/mux
""")

# CDN token auth ------------------------------------------------------------------
tpl("edgeauth_py", "akamai", "ea_key", "python", ["api/tokens.py", "services/cdn/edgeauth.py"], SH,
    """@HDR@from akamai.edgeauth import EdgeAuth

ET_HOSTNAME = "@HOST@"
ET_ENCRYPTION_KEY = "@S@"
DEFAULT_WINDOW_SECONDS = 300

_auth = EdgeAuth(token_name="hdnts", key=ET_ENCRYPTION_KEY, window_seconds=DEFAULT_WINDOW_SECONDS, escape_early=True)


def sign(path: str) -> str:
    token = _auth.generate_acl_token(path.rsplit("/", 1)[0] + "/*")
    return f"https://{ET_HOSTNAME}{path}?hdnts={token}"
""")
tpl("edgeauth_js", "akamai", "ea_key", "javascript", ["src/lib/edgeauth.js"], ("//",),
    """@HDR@const EdgeAuth = require('akamai-edgeauth');

const ea = new EdgeAuth({
  key: '@S@',
  windowSeconds: 600,
  escapeEarly: true,
});

exports.tokenFor = (acl) => ea.generateACLToken(acl);
""")
tpl("edgeauth_helm", "akamai", "ea_key", "yaml", ["helm/playback-api/values.yaml", "charts/token-service/values-prod.yaml"], SH,
    """@HDR@replicaCount: 3
image:
  repository: registry.internal/@TEAM@/playback-api
  tag: "@VER@"
cdn:
  provider: akamai
  hostname: @HOST@
  tokenName: hdnts
  edgeAuthKey: "@S@"
  windowSeconds: 900
resources:
  limits: { cpu: 500m, memory: 256Mi }
""")
tpl("cloudfront_py", "cloudfront", "pem2048", "python", ["api/cloudfront_signer.py"], SH,
    """@HDR@import datetime
from botocore.signers import CloudFrontSigner
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

KEY_PAIR_ID = "@KPID@"
PRIVATE_KEY_PEM = b\"\"\"@S@\"\"\"

_key = serialization.load_pem_private_key(PRIVATE_KEY_PEM, password=None)


def _rsa_signer(message):
    return _key.sign(message, padding.PKCS1v15(), hashes.SHA1())


signer = CloudFrontSigner(KEY_PAIR_ID, _rsa_signer)
""")
tpl("cloudfront_pem", "cloudfront", "pem2048", "pem", ["keys/cloudfront/private_key.pem", "secrets/cf-signing-@KPID@.pem"], None,
    """@S@
""")
tpl("cloudfront_tfvars", "cloudfront", "pem2048", "terraform", ["terraform/cdn/terraform.tfvars"], SH,
    """@HDR@cf_key_group_name = "vod-signed-cookies"
cf_public_key_id  = "@KPID@"
cf_private_key    = <<EOT
@S@
EOT
""")
tpl("wowza_app_xml", "wowza", "wowza", "xml", ["conf/live/Application.xml", "wowza/conf/vod/Application.xml"], None,
    """<?xml version="1.0" encoding="UTF-8"?>
<Root version="1">
  <Application>
    <Name>live</Name>
    <AppType>Live</AppType>
    <Streams>
      <StreamType>live</StreamType>
      <LiveStreamPacketizers>cupertinostreamingpacketizer, mpegdashstreamingpacketizer</LiveStreamPacketizers>
    </Streams>
    <Properties>
      <Property>
        <Name>secureTokenVersion</Name>
        <Value>2</Value>
        <Type>Integer</Type>
      </Property>
      <Property>
        <Name>secureTokenSharedSecret</Name>
        <Value>@S@</Value>
        <Type>String</Type>
      </Property>
      <Property>
        <Name>secureTokenHashAlgorithm</Name>
        <Value>SHA-256</Value>
        <Type>String</Type>
      </Property>
      <Property>
        <Name>secureTokenQueryParametersPrefix</Name>
        <Value>wowzatoken</Value>
        <Type>String</Type>
      </Property>
    </Properties>
  </Application>
</Root>
""")
tpl("wowza_py", "wowza", "wowza", "python", ["api/wowza_token.py"], SH,
    """@HDR@import base64, hashlib, time

WOWZA_SHARED_SECRET = "@S@"
PREFIX = "wowzatoken"


def sign(path, client_ip, ttl=600):
    end = int(time.time()) + ttl
    params = sorted([f"{PREFIX}endtime={end}", client_ip, WOWZA_SHARED_SECRET])
    h = hashlib.sha256(f"{path}?{'&'.join(params)}".encode()).digest()
    return f"{PREFIX}endtime={end}&{PREFIX}hash={base64.urlsafe_b64encode(h).decode()}"
""")
tpl("nginx_secure_link", "nginx", "password", "nginx", ["nginx/conf.d/vod.conf", "deploy/nginx/hls.conf"], SH,
    """@HDR@server {
    listen 443 ssl http2;
    server_name @HOST@;

    location /hls/ {
        secure_link $arg_md5,$arg_expires;
        secure_link_md5 "$secure_link_expires$uri$remote_addr @S@";
        if ($secure_link = "") { return 403; }
        if ($secure_link = "0") { return 410; }
        types { application/vnd.apple.mpegurl m3u8; video/mp2t ts; }
        root /var/www;
    }
}
""")
tpl("nginx_secure_link_set", "nginx", "password", "nginx", ["nginx/sites-enabled/origin", "conf/nginx/secure_origin.conf"], SH,
    """@HDR@map $http_origin $cors_ok { default 0; "~^https://(www\\.)?ottplay\\.net$" 1; }

server {
    listen 80;
    server_name origin-@NUM@.@HOST@;
    set $sl_secret "@S@";

    location ~ ^/dash/(?<asset>[^/]+)/ {
        secure_link $arg_st,$arg_e;
        secure_link_md5 "$sl_secret$uri$secure_link_expires";
        if ($secure_link != "1") { return 403; }
        alias /srv/dash/;
    }
}
""")

# SSAI / ads ------------------------------------------------------------------
tpl("dai_kt", "google-dai", "gapi", "kotlin", ["app/src/main/java/tv/ottplay/ads/DaiConfig.kt"], ("//",),
    """@HDR@package tv.ottplay.ads

object DaiConfig {
    const val NETWORK_CODE = "@ACCT@"
    const val CONTENT_SOURCE_ID = "@NUM@@NUM@41@NUM@"
    const val API_KEY = "@S@"
    const val ASSET_KEY_LIVE = "c-rArva4ShKVIAkNfy6HUQ"
}
""")
tpl("dai_hmac_py", "google-dai", "hmac_hex", "python", ["ads/dai_auth.py"], SH,
    """@HDR@import hashlib, hmac, time

# DAI stream authentication: HMAC token key configured in Ad Manager
DAI_HMAC_KEY = bytes.fromhex("@S@")


def stream_token(asset_key: str, ttl: int = 600) -> str:
    exp = int(time.time()) + ttl
    msg = f"exp={exp}~asset={asset_key}"
    sig = hmac.new(DAI_HMAC_KEY, msg.encode(), hashlib.sha256).hexdigest()
    return f"{msg}~hmac={sig}"
""")
tpl("mediatailor_yaml", "aws", "aws_secret", "yaml", ["ci/mediatailor-deploy.yml", ".github/workflows/ssai.yml"], SH,
    """@HDR@name: deploy-ssai
on:
  push:
    branches: [main]
env:
  AWS_REGION: @REGION@
  AWS_ACCESS_KEY_ID: @AKID@
  AWS_SECRET_ACCESS_KEY: @S@
jobs:
  apply:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: aws mediatailor put-playback-configuration --cli-input-json file://ssai/playback-config.json
""")

# TV apps -----------------------------------------------------------------------
tpl("roku_brs", "roku", "api_secret", "brightscript", ["source/Config.brs", "components/tasks/ApiConfig.brs"], ("'",),
    """@HDR@function GetConfig() as object
    return {
        apiBase: "https://api.@HOST@/v2"
        apiKey: "roku-@SITE@"
        apiSecret: "@S@"
        adTagUrl: "https://pubads.g.doubleclick.net/gampad/ads?iu=/@ACCT@/roku&sz=1920x1080"
        playerAnalytics: true
    }
end function
""")
tpl("roku_task_brs", "roku", "hmac_b64", "brightscript", ["components/tasks/SignRequestTask.brs"], ("'",),
    """@HDR@sub init()
    m.top.functionName = "signRequest"
end sub

sub signRequest()
    hmac = CreateObject("roHMAC")
    key = CreateObject("roByteArray")
    key.FromBase64String("@S@")
    msg = CreateObject("roByteArray")
    msg.FromAsciiString(m.top.path + m.top.timestamp)
    if hmac.Setup("sha256", key) = 0
        m.top.signature = hmac.Process(msg).ToHexString()
    end if
end sub
""")
tpl("roku_sg_xml", "roku", "api_secret", "scenegraph", ["components/MainScene.xml", "components/PlaybackConfig.xml"], None,
    """<?xml version="1.0" encoding="utf-8" ?>
<component name="PlaybackConfig" extends="Node">
  <interface>
    <field id="apiBase" type="string" value="https://api.@HOST@/v2" />
    <field id="clientSecret" type="string" value="@S@" />
    <field id="licenseUrl" type="string" value="https://wv.@HOST@/license" />
  </interface>
  <script type="text/brightscript" uri="pkg:/components/PlaybackConfig.brs" />
</component>
""")
tpl("tizen_js", "tizen", "api_secret", "javascript", ["tizen/js/config.js", "src/tizen/config.js"], ("//",),
    """@HDR@var APP_CONFIG = {
  platform: 'tizen',
  apiBaseUrl: 'https://api.@HOST@/tv/v1',
  apiSecret: '@S@',
  drm: { type: 'widevine', licenseUrl: 'https://wv.@HOST@/proxy' },
  version: '@VER@'
};
""")
tpl("webos_json", "webos", "api_secret", "json", ["webos/src/config.json", "apps/lgtv/config.json"], None,
    """{
  "env": "production",
  "api": {
    "baseUrl": "https://api.@HOST@/tv/v1",
    "clientId": "webos-@SITE@",
    "clientSecret": "@S@"
  },
  "player": { "abr": true, "preferredTextLanguage": "de" }
}
""")
tpl("tvos_swift", "tvos", "hmac_b64", "swift", ["OTTApp/Networking/APIConstants.swift", "Sources/Core/Secrets.swift"], ("//",),
    """@HDR@import Foundation

enum APIConstants {
    static let baseURL = URL(string: "https://api.@HOST@/tvos/v3")!
    static let requestSigningSecret = "@S@"
    static let licenseURL = URL(string: "https://fps.@HOST@/ckc")!
}
""")
tpl("androidtv_gradle", "androidtv", "api_secret", "gradle", ["app/build.gradle"], ("//",),
    """@HDR@android {
    namespace 'tv.ottplay.app'
    compileSdk 34
    defaultConfig {
        applicationId "tv.ottplay.app"
        minSdk 23
        targetSdk 34
        versionName "@VER@"
        buildConfigField "String", "API_BASE", '"https://api.@HOST@/atv/v1"'
        buildConfigField "String", "API_SECRET", '"@S@"'
    }
}
""")
tpl("backend_django", "ott-backend", "hmac_b64", "python", ["ott/settings/production.py", "backend/config/settings.py"], SH,
    """@HDR@from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["api.@HOST@"]

PLAYBACK_TOKEN = {
    "ISSUER": "playback-api",
    "HMAC_SECRET": "@S@",
    "TTL": 900,
}
""")
tpl("env_file", "ott-backend", "api_secret", "dotenv", [".env", ".env.production"], None,
    """NODE_ENV=production
API_BASE_URL=https://api.@HOST@
LICENSE_PROXY_SECRET=@S@
CDN_HOST=@HOST@
""")
tpl("widevine_rsa_pem", "widevine", "pem2048", "pem", ["keys/widevine/signing_key.pem", "packager/keys/rsa_signing.pem"], None,
    """@S@
""")
tpl("k8s_secret_pem", "cloudfront", "pem2048", "yaml", ["k8s/cf-signer-secret.yaml"], SH,
    """@HDR@apiVersion: v1
kind: Secret
metadata:
  name: cloudfront-signer
type: Opaque
stringData:
  key-pair-id: @KPID@
  private-key.pem: |
@S@
""", enc="indent4")
tpl("json_pem", "fairplay", "pem1024", "json", ["secrets/fps-ksm.json"], None,
    """{"provider": "fairplay", "cert_url": "https://@HOST@/fps/fairplay.cer", "private_key": "@S@", "ask_ref": "vault:secret/fps#ask"}
""", enc="json")
tpl("spekey_terraform", "aws-speke", "apigw", "terraform", ["terraform/speke/variables.auto.tfvars"], SH,
    """@HDR@speke_endpoint = "https://speke.@HOST@/v2/copyProtection"
speke_role_arn = "arn:aws:iam::@ACCT@:role/MediaPackageSpekeRole"
speke_api_key  = "@S@"
""")
tpl("keyos_json_user", "verimatrix", "hmac_hex", "json", ["config/vmx-token.json"], None,
    """{
  "issuer": "@MERCHANT@",
  "audience": "vmx-multidrm",
  "signingAlgorithm": "HS256",
  "signingKey": "@S@",
  "ttl": 600
}
""")

# ------------------------------------------------------------------ negative values
TEST_VALUES = {
    "wv_key": ["1ae8ccd0e7985cc0b6203a55855a1034afc252980e970ca90e5202689f947ab9"],
    "cek": ["69eaa802a6763af979e8d1940fb88392", "a4631a153a443df9eed0593043db7519",
            "3a2a1b68dd2bd9b2eeb25e84c4776668", "a0a1a2a3a4a5a6a7a8a9aaabacadaeaf",
            "000102030405060708090a0b0c0d0e0f", "166634c675823c235a4a9446fad52e4d"],
    "pr_seed": ["XVBovsmzhP9gRIZxWfFta3VVRPzVEWmJsazEJ46I"],
    "aws_secret": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "password": ["changeme", "password"],
}
WV_TEST_IV = "d58ce954203b7c9a9a9d467f59839249"
GENERIC_PH = ["<your-key>", "YOUR_API_KEY", "YOUR_SECRET_HERE", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "changeme",
              "REPLACE_ME", "TODO", "<set-in-vault>", "****", "********", "[REDACTED]", "<redacted>",
              "votre-cle-ici", "ihr-schluessel-hier", "TU_CLAVE_AQUI", "inserire-la-chiave", "...", "<secret>",
              "dummy", "CHANGE_ME_BEFORE_DEPLOY"]
KIND_PH = {
    "wv_key": ["<aes_signing_key>", "00000000000000000000000000000000000000000000000000000000000000000"[:64]],
    "cek": ["<CEK>", "00000000000000000000000000000000", "<content key hex>"],
    "ask": ["<ASK from developer portal>", "00000000000000000000000000000000"],
    "pr_seed": ["<key seed, base64>"],
    "pc_key": ["<PallyCon site key>", "<Site Key from PallyCon console>", "<DoveRunner access key>"],
    "uuid_key": ["<YOUR_PLAYER_KEY>", "YOUR-BITMOVIN-API-KEY", "00000000-0000-0000-0000-000000000000"],
    "gapi": ["YOUR_GOOGLE_API_KEY", "AIza..."],
    "password": ["<password>", "your_password", "mot-de-passe", "passwort"],
    "theo": ["<THEOplayer license>", "YOUR_LICENSE_STRING"],
    "jw_key": ["YOUR_JW_LICENSE_KEY"],
}
REFS = {
    "shell": ["${@VAR@}", "$(vault kv get -field=value secret/ott/@var@)", "${@VAR@:?missing}"],
    "makefile": ["$(@VAR@)", "$(shell cat /run/secrets/@var@)"],
    "yaml": ["${@VAR@}", "{{ .Values.secrets.@var@ }}", "((@var@))", "${{ secrets.@VAR@ }}"],
    "json": ["${@VAR@}", "#{@VAR@}#", "{{@var@}}"],
    "terraform": ["${var.@var@}", "${data.aws_secretsmanager_secret_version.@var@.secret_string}"],
    "xml": ["${@VAR@}", "%@VAR@%"],
    "properties": ["${@VAR@}", "${vault.@var@}"],
    "ini": ["${@VAR@}"],
    "nginx": ["${@VAR@}"],
    "markdown": ["<stored in 1Password: @var@>", "see vault secret/ott/@var@"],
}


def neg_value(t, ctx):
    kind = t["kind"]
    ft = t["ft"]
    if kind == "aws_secret":
        ctx["AKID"] = "AKIAIOSFODNN7EXAMPLE"  # AWS documentation example id
    if kind in PEM_KINDS:
        c = R.random()
        if c < 0.35:
            lab = R.choice(["PRIVATE KEY", "RSA PRIVATE KEY"])
            return "-----BEGIN %s-----\n%s\n-----END %s-----" % (lab, R.choice(["<paste key here>", "...", "REDACTED", "MII...snip..."]), lab), "placeholder"
        if c < 0.7:
            return R.choice(["", "[REDACTED]", "<private key, see vault secret/ott/signing>", "${PRIVATE_KEY}"]), "masked"
        return (cert_pem() if R.random() < 0.5 else pub_pem()), "public-key"
    c = R.random()
    if kind in TEST_VALUES and c < 0.3:
        v = R.choice(TEST_VALUES[kind])
        if kind == "wv_key":
            ctx["SIGNER"] = "widevine_test"
            ctx["IV"] = WV_TEST_IV
        return v, "documented-test-value"
    if c < 0.5 and ft in REFS:
        var = R.choice(["SIGNING_KEY", "DRM_SECRET", "CONTENT_KEY", "API_SECRET", "TOKEN_KEY", "PASSWORD"])
        r = R.choice(REFS[ft])
        return r.replace("@VAR@", var).replace("@var@", var.lower()), "reference"
    if c < 0.6:
        return "", "empty"
    if kind in KIND_PH and R.random() < 0.5:
        return R.choice(KIND_PH[kind]), "placeholder"
    return R.choice(GENERIC_PH), "placeholder"


def encode(v, enc):
    if enc == "indent4":
        return "\n".join("    " + l for l in v.split("\n"))
    if enc == "json":
        return v.replace("\n", "\\n")
    return v


def render(t, value):
    ctx = Ctx()
    # choose path first (may reference companions)
    path = expand(R.choice(t["paths"]), ctx)
    text = t["text"]
    return ctx, path, text


def fill(t, ctx, text, value):
    hdr = header(t["cm"], ctx)
    text = text.replace("@HDR@", hdr)
    parts = text.split("@S@")
    out = [expand(p, ctx) for p in parts]
    return value.join(out)


# ------------------------------------------------------------------ look-alike negatives
def pssh_widevine(kid_hex, provider, cid):
    data = b"\x08\x01\x12\x10" + bytes.fromhex(kid_hex) + b"\x1a" + bytes([len(provider)]) + provider.encode() \
        + b"\x22" + bytes([len(cid)]) + cid.encode() + b"H\xe3\xdc\x95\x9b\x06"
    box = b"pssh" + b"\x00\x00\x00\x00" + bytes.fromhex("edef8ba979d64acea3c827dcd51d21ed") + len(data).to_bytes(4, "big") + data
    return base64.b64encode((len(box) + 4).to_bytes(4, "big") + box).decode()


def pro_playready(kid_hex, la):
    kid_b64 = base64.b64encode(uuid.UUID(kid_hex).bytes_le).decode()
    xml = ('<WRMHEADER xmlns="http://schemas.microsoft.com/DRM/2007/03/PlayReadyHeader" version="4.0.0.0"><DATA>'
           '<PROTECTINFO><KEYLEN>16</KEYLEN><ALGID>AESCTR</ALGID></PROTECTINFO><KID>%s</KID><LA_URL>%s</LA_URL>'
           '</DATA></WRMHEADER>' % (kid_b64, la)).encode("utf-16-le")
    rec = (1).to_bytes(2, "little") + len(xml).to_bytes(2, "little") + xml
    obj = (len(rec) + 6).to_bytes(4, "little") + (1).to_bytes(2, "little") + rec
    return base64.b64encode(obj).decode()


def la_mpd(ctx):
    kid = ctx["KID"]
    ku = str(uuid.UUID(kid))
    return "manifests/%s/manifest.mpd" % ctx["CID"], ("""<?xml version="1.0" encoding="UTF-8"?>
<MPD xmlns="urn:mpeg:dash:schema:mpd:2011" xmlns:cenc="urn:mpeg:cenc:2013" xmlns:mspr="urn:microsoft:playready" profiles="urn:mpeg:dash:profile:isoff-on-demand:2011" type="static" mediaPresentationDuration="PT%dM12.480S" minBufferTime="PT2S">
  <Period id="0">
    <AdaptationSet contentType="video" segmentAlignment="true" mimeType="video/mp4">
      <ContentProtection value="cenc" schemeIdUri="urn:mpeg:dash:mp4protection:2011" cenc:default_KID="%s"/>
      <ContentProtection schemeIdUri="urn:uuid:edef8ba9-79d6-4ace-a3c8-27dcd51d21ed">
        <cenc:pssh>%s</cenc:pssh>
      </ContentProtection>
      <ContentProtection schemeIdUri="urn:uuid:9a04f079-9840-4286-ab92-e65be0885f95" value="MSPR 2.0">
        <mspr:pro>%s</mspr:pro>
      </ContentProtection>
      <Representation id="v1" bandwidth="%d" codecs="avc1.64001f" width="1280" height="720">
        <BaseURL>video_720p.mp4</BaseURL>
        <SegmentBase indexRange="%d-%d"><Initialization range="0-%d"/></SegmentBase>
      </Representation>
    </AdaptationSet>
  </Period>
</MPD>
""" % (R.randint(20, 110), ku, pssh_widevine(kid, ctx["SIGNER"], ctx["CID"]), pro_playready(kid, "https://pr.%s/rightsmanager.asmx" % ctx["HOST"]),
       R.randint(1500000, 4000000), R.randint(800, 900), R.randint(2000, 4000), R.randint(700, 799))), "widevine", "pssh", "xml"


def la_hls(ctx):
    lines = ["#EXTM3U", "#EXT-X-VERSION:6", "#EXT-X-TARGETDURATION:6", "#EXT-X-PLAYLIST-TYPE:VOD", "#EXT-X-MEDIA-SEQUENCE:0"]
    if R.random() < 0.5:
        lines.append('#EXT-X-KEY:METHOD=SAMPLE-AES,URI="skd://%s",KEYFORMAT="com.apple.streamingkeydelivery",KEYFORMATVERSIONS="1"' % ctx["KID"])
    else:
        lines.append('#EXT-X-KEY:METHOD=AES-128,URI="https://keys.%s/v1/%s/%s.key",IV=0x%s' % (ctx["HOST"], ctx["CID"], hexs(12), hexs(32).upper()))
    if R.random() < 0.5:
        lines.append('#EXT-X-KEY:METHOD=SAMPLE-AES-CTR,KEYFORMAT="urn:uuid:edef8ba9-79d6-4ace-a3c8-27dcd51d21ed",KEYFORMATVERSIONS="1",URI="data:text/plain;base64,%s"' % pssh_widevine(ctx["KID"], ctx["SIGNER"], ctx["CID"]))
    lines.append('#EXT-X-MAP:URI="init.mp4"')
    for i in range(R.randint(6, 20)):
        lines.append("#EXTINF:6.006,")
        lines.append("seg_%05d.m4s" % i)
    lines.append("#EXT-X-ENDLIST")
    return "hls/%s/video_1080p.m3u8" % ctx["CID"], "\n".join(lines) + "\n", "fairplay", "hls-key-uri", "m3u8"


def la_cpix(ctx):
    ku = str(uuid.UUID(ctx["KID"]))
    return "cpix/%s.cpix.xml" % ctx["CID"], """<?xml version="1.0" encoding="UTF-8"?>
<cpix:CPIX contentId="%s" xmlns:cpix="urn:dashif:org:cpix" xmlns:pskc="urn:ietf:params:xml:ns:keyprov:pskc" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
  <cpix:DeliveryDataList>
    <cpix:DeliveryData>
      <cpix:DeliveryKey><ds:X509Data xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509SerialNumber>%d</ds:X509SerialNumber></ds:X509Data></cpix:DeliveryKey>
      <cpix:DocumentKey Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc">
        <cpix:Data><pskc:Secret><pskc:EncryptedValue>
          <enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-oaep-mgf1p"/>
          <enc:CipherData><enc:CipherValue>%s</enc:CipherValue></enc:CipherData>
        </pskc:EncryptedValue></pskc:Secret></cpix:Data>
      </cpix:DocumentKey>
    </cpix:DeliveryData>
  </cpix:DeliveryDataList>
  <cpix:ContentKeyList>
    <cpix:ContentKey kid="%s" commonEncryptionScheme="cbcs" explicitIV="%s">
      <cpix:Data><pskc:Secret><pskc:EncryptedValue>
        <enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc"/>
        <enc:CipherData><enc:CipherValue>%s</enc:CipherValue></enc:CipherData>
      </pskc:EncryptedValue><pskc:ValueMAC>%s</pskc:ValueMAC></pskc:Secret></cpix:Data>
    </cpix:ContentKey>
  </cpix:ContentKeyList>
  <cpix:DRMSystemList>
    <cpix:DRMSystem kid="%s" systemId="edef8ba9-79d6-4ace-a3c8-27dcd51d21ed">
      <cpix:PSSH>%s</cpix:PSSH>
    </cpix:DRMSystem>
  </cpix:DRMSystemList>
</cpix:CPIX>
""" % (ctx["CID"], R.getrandbits(64), b64b(256), ku, b64b(16), b64b(48), b64b(32), ku, pssh_widevine(ctx["KID"], ctx["SIGNER"], ctx["CID"])), "speke", "cpix-encrypted", "xml"


def la_seghash(ctx):
    lines = ["# sha256 of packaged segments, verified by origin-sync", "# asset: %s" % ctx["CID"]]
    for i in range(R.randint(8, 25)):
        lines.append("%s  video/seg_%05d.m4s" % (hexs(64), i))
    return "checksums/%s.sha256" % ctx["CID"], "\n".join(lines) + "\n", "origin", "segment-hash", "checksum"


def la_expired_urls(ctx):
    out = ["# captured from player logs during incident OTT-%s (tokens expired)" % rs(DG, 4)]
    for _ in range(R.randint(3, 7)):
        st = R.randint(1600000000, 1690000000)
        out.append("https://%s/vod/%s/master.m3u8?hdnts=st=%d~exp=%d~acl=/vod/%s/*~hmac=%s" % (
            ctx["HOST"], ctx["CID"], st, st + 300, ctx["CID"], hexs(64)))
    return "tests/fixtures/expired_urls.txt", "\n".join(out) + "\n", "akamai", "expired-token-url", "text"


def la_cf_signed(ctx):
    exp = R.randint(1600000000, 1690000000)
    sig = b64b(256).replace("+", "-").replace("=", "_").replace("/", "~")
    return "tests/test_signed_urls.py", '''import pytest

# Expired signed URL captured from staging; used to check that the player API rejects it.
EXPIRED_URL = (
    "https://d%s.cloudfront.net/vod/%s/index.m3u8"
    "?Expires=%d"
    "&Signature=%s"
    "&Key-Pair-Id=%s"
)


def test_expired_url_rejected(client):
    assert client.get("/playback/check", params={"url": EXPIRED_URL}).status_code == 403
''' % (rs(LO + DG, 13), ctx["CID"], exp, sig, ctx["KPID"]), "cloudfront", "expired-signed-url", "python"


def la_fps_cer(ctx):
    c = cert_pem()
    return R.choice(["keys/fairplay/fairplay.cer.pem", "fps/fairplay_cert.pem", "public/fps/certificate.pem"]), c + "\n", "fairplay", "public-certificate", "pem"


def la_fps_swift(ctx):
    c = cert_pem().split("\n")[1:-1]
    return "OTTApp/DRM/FairPlayCertificate.swift", """import Foundation

/// Public FairPlay application certificate (fairplay.cer), base64.
/// This is the public half shipped to every device; the ASK and private key live in the KSM.
enum FairPlayCertificate {
    static let base64 = \"\"\"
%s
\"\"\"
    static var data: Data { Data(base64Encoded: base64.replacingOccurrences(of: "\\n", with: ""))! }
    static let fingerprintSHA256 = "%s"
}
""" % ("\n".join(c), ":".join(hexs(2).upper() for _ in range(32))), "fairplay", "public-certificate", "swift"


def la_fingerprints(ctx):
    lines = ["cert_pinning:", "  api.%s:" % ctx["HOST"]]
    for _ in range(R.randint(2, 4)):
        lines.append('    - sha256/%s' % b64b(32))
    lines += ["  license_server:", '    sha256_fingerprint: "%s"' % ":".join(hexs(2).upper() for _ in range(32)),
              '    sha1_fingerprint: "%s"' % ":".join(hexs(2).upper() for _ in range(20))]
    return "config/pinning.yaml", "\n".join(lines) + "\n", "ott-backend", "cert-fingerprint", "yaml"


def la_pubkey(ctx):
    p = pub_pem()
    return "config/keys/playback_token_verify.pub.pem", p + "\n", "ott-backend", "public-key", "pem"


def la_pubkey_js(ctx):
    p = pub_pem()
    return "src/auth/verifyPlaybackToken.js", """const jwt = require('jsonwebtoken');

// public key of the entitlement service; tokens are signed there with the private half
const ENTITLEMENT_PUBLIC_KEY = `%s`;

module.exports = (token) => jwt.verify(token, ENTITLEMENT_PUBLIC_KEY, { algorithms: ['RS256'] });
""" % p, "ott-backend", "public-key", "javascript"


def la_service_cert(ctx):
    return "src/player/drmConfig.ts", """import shaka from 'shaka-player';

// Widevine service certificate (public, used for privacy mode)
const SERVICE_CERT_B64 =
  '%s';

export function configureDrm(player: shaka.Player) {
  player.configure({
    drm: {
      servers: { 'com.widevine.alpha': 'https://wv.%s/proxy' },
      advanced: { 'com.widevine.alpha': { serverCertificate: Uint8Array.from(atob(SERVICE_CERT_B64), (c) => c.charCodeAt(0)) } },
    },
  });
}
""" % (b64b(R.choice([560, 716])), ctx["HOST"]), "widevine", "service-certificate", "typescript"


def la_catalog(ctx):
    items = []
    for _ in range(R.randint(3, 6)):
        items.append({"assetId": ruuid(), "contentId": R.choice(TITLES) + "_" + rs(DG, 3), "kid": hexs(32),
                      "durationSec": R.randint(60, 7200), "checksumMd5": hexs(32), "drm": ["widevine", "fairplay", "playready"]})
    return "catalog/assets.json", json.dumps({"generated": ctx["DATE"], "items": items}, indent=2) + "\n", "ott-backend", "asset-ids", "json"


def la_sri(ctx):
    return "public/index.html", """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <link rel="stylesheet" href="https://vjs.zencdn.net/8.6.1/video-js.css" integrity="sha384-%s" crossorigin="anonymous">
  <script src="https://vjs.zencdn.net/8.6.1/video.min.js" integrity="sha384-%s" crossorigin="anonymous"></script>
  <script src="https://cdn.jsdelivr.net/npm/videojs-contrib-eme@5.1.2/dist/videojs-contrib-eme.min.js" integrity="sha384-%s" crossorigin="anonymous"></script>
</head>
<body>
  <video id="vid" class="video-js" controls data-setup='{}'>
    <source src="https://%s/dash/%s/manifest.mpd" type="application/dash+xml">
  </video>
</body>
</html>
""" % (b64b(48), b64b(48), b64b(48), ctx["HOST"], ctx["CID"]), "videojs", "sri-hash", "html"


def la_digest(ctx):
    return "k8s/packager-deployment.yaml", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: packager-worker
spec:
  replicas: %s
  template:
    spec:
      containers:
        - name: packager
          image: google/shaka-packager@sha256:%s
          env:
            - name: WV_SIGNING_KEY
              valueFrom:
                secretKeyRef: { name: widevine-signer, key: aes-signing-key }
            - name: BUILD_SHA
              value: "%s"
""" % (ctx["NUM"], hexs(64), hexs(40)), "widevine", "image-digest", "yaml"


def la_mp4info(ctx):
    return "docs/debug/%s_mp4info.txt" % ctx["CID"], """File:
  major brand:      iso6
  minor version:    0
  fast start:       yes
Movie:
  duration:   %d ms
  time scale: 1000
  fragments:  yes
Track 1:
  flags:        3 ENABLED IN-MOVIE
  id:           1
  type:         Video
  Sample Description 0
    Coding:       encv (Encrypted Video)
    Protection Scheme:
      scheme:  cenc
      version: 65536
      [tenc] default_isProtected = 1
             default_Per_Sample_IV_Size = 8
             default_KID = [%s]
    Original Format: avc1
      Width:       1920
      Height:      1080
      AVC Profile:          100 (High)
[pssh] size=%d system_id=[ed ef 8b a9 79 d6 4a ce a3 c8 27 dc d5 1d 21 ed]
""" % (R.randint(100000, 6000000), " ".join(ctx["KID"][i:i + 2] for i in range(0, 32, 2)), R.randint(60, 90)), "bento4", "kid-dump", "text"


def la_roku_manifest(ctx):
    return "manifest", """title=OTT Play
major_version=%s
minor_version=%s
build_version=%05d
mm_icon_focus_hd=pkg:/images/icon_focus_hd.png
splash_screen_fhd=pkg:/images/splash_fhd.jpg
ui_resolutions=fhd
bs_const=DEBUG=false
supports_input_launch=1
# dev id of signing box (public): %s
""" % (ctx["NUM"], R.randint(0, 20), R.randint(1, 99999), hexs(40)), "roku", "manifest", "roku-manifest"


def la_mux_env(ctx):
    return "src/analytics/mux.js", """import mux from 'mux-embed';

// Mux Data environment key: public, it is sent by every browser
const MUX_ENV_KEY = '%s';

export function monitor(video, meta) {
  mux.monitor(video, { debug: false, data: { env_key: MUX_ENV_KEY, video_id: meta.assetId, video_title: meta.title, player_name: 'web-shaka' } });
}
""" % rs(LO + DG, 26), "mux", "public-env-key", "javascript"


def la_adtag(ctx):
    return "config/ads.json", json.dumps({
        "vmapUrl": "https://pubads.g.doubleclick.net/gampad/ads?iu=/%s/ott/preroll&sz=640x480&ciu_szs=300x250&gdfp_req=1&output=vmap&unviewed_position_start=1&env=vp&correlator=%s" % (ctx["ACCT"][:8], rs(DG, 13)),
        "daiAssetKey": rs(B64U, 22), "contentSourceId": rs(DG, 7), "videoId": "tears-of-steel",
        "mediaTailor": "https://%s.mediatailor.%s.amazonaws.com/v1/master/%s/ott-live/index.m3u8" % (hexs(32), ctx["REGION"], hexs(40))}, indent=2) + "\n", "google-dai", "ad-ids", "json"


def la_license_urls(ctx):
    return "src/config/drm.ts", """export const DRM_SERVERS = {
  widevine: 'https://wv.%s/license?tenant=%s',
  playready: 'https://pr.%s/rightsmanager.asmx',
  fairplay: {
    certificateUrl: 'https://fps.%s/fairplay.cer',
    licenseUrl: 'https://fps.%s/ckc?assetId=%s',
  },
};
export const DEFAULT_KID = '%s';
""" % (ctx["HOST"], ruuid(), ctx["HOST"], ctx["HOST"], ctx["HOST"], ctx["ASSET"], ruuid()), "widevine", "license-url", "typescript"


def la_shaka_nokey(ctx):
    return "scripts/package_speke.sh", """#!/bin/bash
# Keys come from the key server at packaging time; nothing secret in here.
packager \\
  in=%s.mp4,stream=video,output=v.mp4 \\
  in=%s.mp4,stream=audio,output=a.mp4 \\
  --enable_widevine_encryption \\
  --key_server_url https://license.widevine.com/cenc/getcontentkey/%s \\
  --content_id %s \\
  --signer %s \\
  --rsa_signing_key_path /run/secrets/widevine_rsa.pem \\
  --pssh %s \\
  --mpd_output out.mpd
""" % (ctx["CID"], ctx["CID"], ctx["SIGNER"], hexs(32), ctx["SIGNER"], pssh_widevine(ctx["KID"], ctx["SIGNER"], ctx["CID"])), "widevine", "key-path-ref", "shell"


def la_kid_map(ctx):
    lines = ["# KID map for the catalogue migration (no keys, keys stay in the KMS)", "content_id,kid,kid_guid_le,track"]
    for _ in range(R.randint(5, 12)):
        k = hexs(32)
        lines.append("%s,%s,%s,%s" % (R.choice(TITLES), k, str(uuid.UUID(bytes_le=bytes.fromhex(k))), R.choice(["video", "audio", "sd", "hd", "uhd"])))
    return "data/kid_map.csv", "\n".join(lines) + "\n", "widevine", "kid", "csv"


def la_gitlog(ctx):
    lines = []
    for _ in range(R.randint(4, 9)):
        lines.append("- %s %s" % (hexs(40)[:R.choice([7, 40])], R.choice(["packager: bump to v3", "fix KID endianness for PlayReady", "roku: SceneGraph focus fix", "hls: add EXT-X-SESSION-KEY", "rotate CDN hostnames"])))
    return "CHANGELOG.md", "# Changelog\n\n## %s (%s)\n\n%s\n" % (ctx["VER"], ctx["DATE"], "\n".join(lines)), "ott-backend", "git-sha", "markdown"


def la_license_req(ctx):
    return "tests/fixtures/widevine_license_request.json", json.dumps({
        "payload": b64b(R.choice([1200, 1600])), "provider": ctx["SIGNER"], "content_id": base64.b64encode(ctx["CID"].encode()).decode(),
        "note": "captured challenge from Chrome CDM (encrypted client id)"}, indent=2) + "\n", "widevine", "license-challenge", "json"


def la_tf_speke(ctx):
    return "terraform/mediapackage/endpoints.tf", """resource "aws_media_package_origin_endpoint" "dash" {
  channel_id = "live-%s"
  endpoint_id = "dash-cenc"
  dash_package {
    encryption {
      speke_key_provider {
        resource_id = "%s"
        role_arn    = "arn:aws:iam::%s:role/SpekeAccess"
        system_ids  = ["edef8ba9-79d6-4ace-a3c8-27dcd51d21ed", "9a04f079-9840-4286-ab92-e65be0885f95"]
        url         = "https://%s.execute-api.%s.amazonaws.com/prod/copyProtection"
        certificate_arn = "arn:aws:acm:%s:%s:certificate/%s"
      }
    }
  }
}
""" % (ctx["NUM"], ctx["CID"], ctx["ACCT"], rs(LO + DG, 10), ctx["REGION"], ctx["REGION"], ctx["ACCT"], ruuid()), "aws-speke", "arn-ids", "terraform"


def la_kcv(ctx):
    rows = "\n".join("| `%s` | %s | `%s` | %s |" % (hexs(32), R.choice(["video-hd", "video-sd", "audio"]), hexs(6).upper(), ctx["DATE"]) for _ in range(R.randint(3, 6)))
    return "docs/key-rotation-log.md", """# Content key rotation log

Only KIDs and key check values (KCV, first 3 bytes of AES-ECB(key, 0^16)) are recorded here.

| KID | track | KCV | rotated |
|-----|-------|-----|---------|
%s
""" % rows, "ott-backend", "kcv", "markdown"


LA_PREFIX = ["apps/web/", "services/playback/", "packages/player/", "ott-platform/", "backend/", "tv-apps/",
             "media-pipeline/", "legacy/", "infra/", "clients/smarttv/"]
LOOKALIKES = [la_mpd, la_hls, la_cpix, la_seghash, la_expired_urls, la_cf_signed, la_fps_cer, la_fps_swift,
              la_fingerprints, la_pubkey, la_pubkey_js, la_service_cert, la_catalog, la_sri, la_digest, la_mp4info,
              la_roku_manifest, la_mux_env, la_adtag, la_license_urls, la_shaka_nokey, la_kid_map, la_gitlog,
              la_license_req, la_tf_speke, la_kcv]


# ------------------------------------------------------------------ main
def make_secret(kind):
    if kind in PEM_KINDS:
        return priv_pem(PEM_KINDS[kind])
    v = SECRETS[kind]()
    return v, v


def main():
    global R
    if len(sys.argv) != 3:
        sys.exit("usage: gen_ml.py OUTDIR SEED")
    outdir, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    manifest, secrets = [], []
    seen = set()
    env_count = 0

    def write(rel, text):
        p = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    order = []
    while len(order) < 500:
        ids = list(range(len(T)))
        R.shuffle(ids)
        order.extend(ids)
    order = order[:500]
    for i, ti in enumerate(order):
        t = T[ti]
        if t["ft"] == "dotenv":
            if env_count >= 20:
                t = T[(ti + 1) % len(T)]
            else:
                env_count += 1
        while True:
            value, needle = make_secret(t["kind"])
            if needle not in seen:
                break
        seen.add(needle)
        ctx, path, text = render(t, value)
        content = fill(t, ctx, text, encode(value, t["enc"]))
        assert needle in content, (t["name"], needle)
        idx = content.index(needle)
        line = content.count("\n", 0, idx) + 1
        assert needle in content.split("\n")[line - 1]
        rel = "pos/p%04d/%s" % (i, path)
        write(rel, content)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": t["ft"], "template": t["name"]})
        secrets.append({"file": rel, "needle": needle, "line": line})

    neg_t = [x for x in T if x["ft"] != "dotenv"]
    for i in range(500):
        if i % 2 == 0:
            t = R.choice(neg_t)
            ctx, path, text = render(t, None)
            v, sub = neg_value(t, ctx)
            content = fill(t, ctx, text, encode(v, t["enc"]))
            prov, kind, ft, name = t["provider"], t["kind"] + ":" + sub, t["ft"], t["name"]
        else:
            f = R.choice(LOOKALIKES)
            ctx = Ctx()
            path, content, prov, kind, ft = f(ctx)
            if path != "manifest" and R.random() < 0.5:
                path = R.choice(LA_PREFIX) + path
            name = f.__name__
        rel = "neg/n%04d/%s" % (i, path)
        for s in seen:
            assert s not in content
        write(rel, content)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ft, "template": name})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
