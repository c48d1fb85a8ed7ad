#!/usr/bin/env python3
"""Blind evaluation-set generator "bn" for a git pre-commit secret scanner.

EMPHASIS
    Media, files and upload pipelines: image/video SaaS (Cloudinary, imgix,
    ImageKit, Uploadcare, Filestack, Transloadit, Mux, api.video, Vimeo,
    Wistia, JW Player, Bunny), object storage used by apps (Backblaze B2,
    Wasabi, DigitalOcean Spaces, Linode, MinIO, Ceph RGW, GCS HMAC, Azure
    Blob, S3, Cloudflare R2/Images/Stream), file SaaS (Dropbox, Box, Google
    Drive, OneDrive/Graph, Uploadthing, Vercel Blob, Supabase storage,
    Firebase storage) and headless CMS asset stores (Sanity, Contentful,
    Storyblok), plus imgproxy / thumbor signing keys and RTMP stream keys.
    File types: Rails storage.yml, CarrierWave/Shrine initializers, Django
    settings.py, Laravel filesystems.php, next.config.js and Next API routes,
    uploadthing config, rclone.conf, .s3cfg, mc config.json, docker-compose,
    thumbor.conf, .env, wrangler.toml, Terraform, k8s manifests, Go/Python/
    Node upload code, ffmpeg scripts, README.md, Postman environments, curl
    snippets, GitHub Actions, Helm values, Spring application.yml,
    appsettings.json, Dockerfile, .http files, JSON key files.

USAGE
    python3 gen_bn.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<path>, OUTDIR/neg/nNNNN/<path> (500 each),
    OUTDIR/manifest.jsonl ({"file","label","provider","kind","filetype"}) and
    OUTDIR/secrets.jsonl ({"file","needle","line"}) for positives.
    Deterministic per SEED: only random.Random(SEED) is used.

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, never the variable
      name and never surrounding quotes.
    * Pairs (key id + secret, token id + token secret, public key + secret
      key, access key + secret key) count as ONE credential; the needle is
      the secret half.  The id half may sit on a neighbouring line.
    * URL-embedded credentials (cloudinary://key:secret@cloud, Azure
      connection strings, SAS URLs, presigned URLs) -> needle is the secret
      component only (api_secret, AccountKey, sig=..., X-Amz-Signature).
    * PEM keys written over several lines -> needle is the first base64 body
      line.  PEM keys inside JSON (one line with \\n escapes) -> needle is the
      whole JSON string value as written (with the literal \\n escapes).
    * imgproxy key+salt pair -> needle is the key.
    * Uploadthing v7 UPLOADTHING_TOKEN (base64 JSON) -> needle is the whole
      base64 token.
    * `line` is the 1-based line of the first character of the needle.

DECISIONS ON GREY AREAS (these are labelled NEGATIVE)
    * Cloudinary cloud name / API key alone, signed delivery URLs
      (s--XXXXXXXX--), imgix `s=` URL signatures, Filestack policy/signature
      pairs in URLs, Bunny token-auth URLs, Transloadit signatures: public by
      design (they are shipped to browsers).
    * ImageKit `public_...`, Uploadcare public key, Filestack API key,
      Transloadit auth KEY (not secret), Supabase anon / sb_publishable_,
      Firebase web `apiKey`, Storyblok public token, Mux playback ids and
      Mux Data env keys, api.video delegated upload tokens, Dropbox app key,
      OAuth client ids, Cloudflare account ids / Images account hash: public.
    * AWS documentation example presigned URL (AKIAIOSFODNN7EXAMPLE, 2013
      date) and Azurite's published devstoreaccount1 key: test vectors.
    * MinIO `minioadmin`/`minioadmin`: documented default, negative.
    * Presigned URLs with random signatures ARE positives (they are bearer
      capabilities until they expire; the scanner cannot know the clock).
      Truncated/elided presigned URLs are negatives.

DOUBTS (formats I am not sure of)
    * imgix Management API key: I generate `ak_` + 60 hex; not verified.
    * JW Player v2 API secret: 48 alphanumerics assumed.
    * Bunny: account API key / storage zone password / Stream library key
      modelled as UUID-like dash groups (account key = 72 chars, storage
      password = 41 chars); exact grouping unverified.
    * Cloudflare scannable tokens (cfut_/cfat_ + 40 chars + checksum): the
      docs do not say how the checksum is computed or how long it is; I
      append 8 random base62 chars, which cannot validate.  Legacy 40-char
      tokens are also generated.
    * Backblaze application key: `K00` + digit + 27 base62 (31 chars); the
      alphabet of the tail is assumed.  Key id = 25 chars (00<d><12 hex>...).
    * Dropbox `sl.` short-lived tokens: classic `sl.B...` (~138 chars) plus a
      newer `sl.u.` variant whose length (~280) is a guess.
    * Supabase `sb_secret_` tail: 22 base64url + `_` + 8; a guess.
    * Sanity tokens: `sk` + ~180 alphanumerics; Storyblok preview tokens:
      22 alphanumerics + `tt`; Storyblok personal tokens modelled as
      `<22>tt-<6 digits>-<20>`.  All approximations.
    * Vercel Blob token: vercel_blob_rw_<16 store id>_<30>; store id case
      uncertain.
    * api.video API key 43 alnum; Wistia 64 hex; Vimeo token 32 hex / client
      secret 128 chars: from memory.
    * RSA/EC private keys are structurally valid DER (parseable ASN.1) with
      random integers, not mathematically valid key pairs.
    * Facebook Live stream key shape approximated.
    * Also from memory / unverified: Mux token secret (75 chars of base64
      alphabet), Filestack app secret (26 base32 uppercase), DigitalOcean
      Spaces secret (43 base64), ImageKit keys (`private_`/`public_` + 28-char
      base64 of 20 bytes), Transloadit key 32 hex / secret 40 hex, Cloudinary
      api_secret 27 base64url, GCS HMAC service-account access id `GOOG1E` +
      55 upper-alnum with a 40-char base64 secret, Graph client secret
      `xxx8Q~` + 34.
    * The AWS SigV4 documentation presigned-URL example (signature
      aeeed9bb...) is reproduced from memory; if it differs from the docs it
      is still an expired 2013 URL signed by the AKIAIOSFODNN7EXAMPLE key.
    * Positive presigned S3 URLs and Azure SAS URLs are dated 2025-2031; an
      evaluator that reasons about expiry might disagree with the label.
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import sys
import zlib

B62 = string.ascii_letters + string.digits
LOWER_AN = string.ascii_lowercase + string.digits
UPPER_AN = string.ascii_uppercase + string.digits
HEXL = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

BAD_WORDS = ("test", "pass", "demo", "exam", "secr", "fake", "dumm", "samp",
             "admin", "xxxx", "abcd", "1234", "qwer", "asdf", "token", "key1")


def looks_random(s):
    low = s.lower()
    for w in BAD_WORDS:
        if w in low:
            return False
    run_up = run_dn = run_eq = 1
    for i in range(1, len(s)):
        a, b = ord(s[i - 1]), ord(s[i])
        run_up = run_up + 1 if b == a + 1 else 1
        run_dn = run_dn + 1 if b == a - 1 else 1
        run_eq = run_eq + 1 if b == a else 1
        if run_up >= 4 or run_dn >= 4 or run_eq >= 4:
            return False
    return True


class G:
    """Random helpers bound to one random.Random."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def rint(self, a, b):
        return self.r.randint(a, b)

    def s(self, alphabet, n):
        while True:
            out = "".join(self.r.choice(alphabet) for _ in range(n))
            if looks_random(out) and (alphabet != B62 or n < 8 or (
                    any(c.isdigit() for c in out) and any(c.isupper() for c in out)
                    and any(c.islower() for c in out))):
                return out

    def hex(self, n):
        return self.s(HEXL, n)

    def an(self, n):
        return self.s(B62, n)

    def lan(self, n):
        return self.s(LOWER_AN, n)

    def uan(self, n):
        return self.s(UPPER_AN, n)

    def b64(self, n):
        return self.s(B64, n)

    def b64u(self, n):
        return self.s(B64URL, n)

    def digits(self, n):
        while True:
            d = str(self.r.randint(1, 9)) + "".join(self.r.choice(string.digits) for _ in range(n - 1))
            if looks_random(d):
                return d

    def bytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def b64bytes(self, n, url=False, pad=True):
        raw = self.bytes(n)
        out = base64.urlsafe_b64encode(raw).decode() if url else base64.b64encode(raw).decode()
        return out if pad else out.rstrip("=")

    def uuid(self):
        h = self.hex(32)
        h = h[:12] + "4" + h[13:16] + self.pick("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def word(self):
        return self.pick(WORDS)

    def date(self, y0=2023, y1=2025):
        return "%04d-%02d-%02d" % (self.rint(y0, y1), self.rint(1, 12), self.rint(1, 28))

    def human_password(self):
        first = self.pick(["Marek", "kasia", "Jonas", "elena", "Tomasz", "Bruno", "Ingrid",
                           "mateo", "Sofie", "Piotr", "Lukas", "Anouk", "Rafael", "greta"])
        w = self.pick(["winter", "Falcon", "harbor", "Maple", "tundra", "Cobalt", "orchid",
                       "Pelican", "sunset", "Granite", "lantern", "Walrus", "meadow"])
        y = str(self.rint(1971, 2004))
        sym = self.pick(["!", ".", "#", "_", "&", "$", "*", "@"])
        form = self.rint(0, 5)
        if form == 0:
            return first + sym + y + w
        if form == 1:
            return w.capitalize() + sym + first.lower() + y[-2:]
        if form == 2:
            leet = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
            return leet.capitalize() + sym + str(self.rint(2, 99))
        if form == 3:
            return "%s%s%s%s" % (first, y[-2:], sym, w.capitalize())
        if form == 4:
            return "%s-%s-%s%s" % (w, self.pick(WORDS), self.rint(10, 99), sym)
        return "%s%s%s%s" % (first.capitalize(), self.pick(["Loves", "Hates", "And"]), w.capitalize(), y[-2:] + sym)


WORDS = ["atlas", "orbit", "pixel", "harbor", "cedar", "falcon", "nimbus", "quartz",
         "willow", "ember", "delta", "juniper", "tundra", "marble", "beacon", "copper",
         "saffron", "lumen", "aurora", "meadow", "coral", "fjord", "summit", "ridge"]

COMPANIES = ["acme", "brightwave", "northpeak", "lumora", "kitetail", "pinegrove", "quillio",
             "stackhaus", "tessel", "verdigris", "zephyrlabs", "orbitly", "muralist", "snapforge",
             "framewise", "reelcraft", "pixlane", "clipnest", "artboard", "vidwell"]
PROJECTS = ["media-api", "upload-svc", "thumbs", "gallery", "cms-web", "video-worker",
            "asset-pipeline", "storefront", "image-proxy", "transcoder", "dam-portal", "avatar-svc"]
REGIONS = ["us-east-1", "us-west-2", "eu-central-1", "eu-west-1", "ap-southeast-1"]


# ---------------------------------------------------------------- crypto-ish
def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int_bytes(raw):
    if raw[0] & 0x80:
        raw = b"\x00" + raw
    return der(0x02, raw)


def der_small_int(v):
    return der(0x02, v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big"))


OID_RSA = bytes.fromhex("06092a864886f70d010101")
OID_EC = bytes.fromhex("06072a8648ce3d0201")
OID_P256 = bytes.fromhex("06082a8648ce3d030107")


def rsa_pkcs1_der(g, bits=2048):
    nb = bits // 8
    hb = nb // 2

    def big(n):
        b = bytearray(g.bytes(n))
        b[0] |= 0x80
        b[-1] |= 1
        return bytes(b)
    parts = [der_small_int(0), der_int_bytes(big(nb)), der_small_int(65537),
             der_int_bytes(big(nb)), der_int_bytes(big(hb)), der_int_bytes(big(hb)),
             der_int_bytes(big(hb)), der_int_bytes(big(hb)), der_int_bytes(big(hb))]
    return der(0x30, b"".join(parts))


def rsa_pkcs8_der(g, bits=2048):
    alg = der(0x30, OID_RSA + b"\x05\x00")
    return der(0x30, der_small_int(0) + alg + der(0x04, rsa_pkcs1_der(g, bits)))


def ec_pkcs8_der(g):
    priv = der(0x30, der_small_int(1) + der(0x04, g.bytes(32)) +
               der(0xa1, der(0x03, b"\x00\x04" + g.bytes(64))))
    alg = der(0x30, OID_EC + OID_P256)
    return der(0x30, der_small_int(0) + alg + der(0x04, priv))


def encrypted_pkcs8_der(g):
    pbkdf2 = der(0x30, bytes.fromhex("06092a864886f70d01050c") + der(0x30,
                 der(0x04, g.bytes(8)) + der_small_int(2048) +
                 der(0x30, bytes.fromhex("06082a864886f70d02090500"))))
    aes = der(0x30, bytes.fromhex("060960864801650304012a") + der(0x04, g.bytes(16)))
    pbes2 = der(0x30, bytes.fromhex("06092a864886f70d01050d") + der(0x30, pbkdf2 + aes))
    return der(0x30, pbes2 + der(0x04, g.bytes(1232)))


def pem(label, raw):
    b = base64.b64encode(raw).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return ["-----BEGIN %s-----" % label] + lines + ["-----END %s-----" % label]


def jwt(g, payload, header=None):
    header = header or {"alg": "HS256", "typ": "JWT"}

    def enc(o):
        return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    return enc(header) + "." + enc(payload) + "." + g.b64bytes(32, url=True, pad=False)


# ---------------------------------------------------------------- model
class Ref:
    """A reference to a value held elsewhere (env var, secret store)."""

    def __init__(self, name):
        self.name = name


class Kind:
    def __init__(self, provider, kind, make, names, prefix, block, group,
                 ph=(), public=None, human=False, s3=False, special=()):
        self.provider = provider
        self.kind = kind
        self.make = make          # g -> dict(secret=..., comps=[(N,v)], ids=[(N,v)], ...)
        self.names = names        # provider-named env names for the secret
        self.prefix = prefix      # provider env prefix, e.g. "CLOUDINARY_"
        self.block = block        # provider block name in code
        self.group = group        # 'media' | 'storage' | 'video' | 'cms' | 'files' | 'stream'
        self.ph = ph              # kind-specific placeholders
        self.public = public      # g, d -> [(NAME, public value)] for 'public' negatives
        self.human = human
        self.s3 = s3              # S3-compatible: d has access/endpoint/region/bucket
        self.special = special    # names of special renderers that suit this kind


def bucket_name(g):
    return "%s-%s-%s" % (g.pick(COMPANIES), g.pick(["media", "uploads", "assets", "videos", "avatars", "static", "originals"]),
                         g.pick(["prod", "production", "staging", "eu", "us", "live"]))


def cloud_name(g):
    return g.pick(["%s-media" % g.pick(COMPANIES), "%s%d" % (g.pick(COMPANIES), g.rint(2, 99)), "d" + g.lan(8),
                   "%s-%s" % (g.pick(COMPANIES), g.pick(["prod", "cdn", "img"]))])


def mk_cloudinary(g):
    cn, key = cloud_name(g), g.digits(15)
    return dict(secret=g.b64u(27), comps=[("CLOUDINARY_CLOUD_NAME", cn), ("CLOUDINARY_API_KEY", key)], ids=[],
                cloud=cn, api_key=key)


def mk_imgix_api(g):
    return dict(secret="ak_" + g.hex(60), comps=[("IMGIX_SOURCE_ID", g.hex(24))], ids=[])


def mk_imgix_token(g):
    dom = "%s.imgix.net" % g.pick(COMPANIES)
    return dict(secret=g.an(16), comps=[("IMGIX_DOMAIN", dom)], ids=[], domain=dom)


def ik_key(g, pfx):
    return pfx + g.b64bytes(20)


def mk_imagekit(g):
    return dict(secret=ik_key(g, "private_"), comps=[("IMAGEKIT_PUBLIC_KEY", ik_key(g, "public_")),
                ("IMAGEKIT_URL_ENDPOINT", "https://ik.imagekit.io/%s" % g.lan(g.rint(6, 11)))], ids=[])


def mk_uploadcare(g):
    return dict(secret=g.hex(20), comps=[("UPLOADCARE_PUBLIC_KEY", g.hex(20))], ids=[])


def mk_filestack(g):
    return dict(secret=g.s(B32, 26), comps=[("FILESTACK_API_KEY", g.an(22))], ids=[])


def mk_transloadit(g):
    return dict(secret=g.hex(40), comps=[("TRANSLOADIT_KEY", g.hex(32)), ("TRANSLOADIT_TEMPLATE_ID", g.hex(32))], ids=[])


def mk_mux_token(g):
    return dict(secret=g.s(B62 + "+/", 75), comps=[("MUX_TOKEN_ID", g.uuid())], ids=[])


def mk_mux_signing(g):
    text = "\n".join(pem("RSA PRIVATE KEY", rsa_pkcs1_der(g))) + "\n"
    return dict(secret=base64.b64encode(text.encode()).decode(), comps=[("MUX_SIGNING_KEY_ID", g.an(43))], ids=[])


def mk_mux_stream(g):
    return dict(secret=g.uuid(), comps=[("MUX_RTMP_URL", "rtmps://global-live.mux.com:443/app")], ids=[],
                rtmp="rtmps://global-live.mux.com:443/app")


def mk_apivideo(g):
    return dict(secret=g.an(43), comps=[("APIVIDEO_ENVIRONMENT", g.pick(["production", "sandbox"]))], ids=[])


def mk_vimeo_token(g):
    return dict(secret=g.hex(32), comps=[("VIMEO_CLIENT_ID", g.hex(40))], ids=[])


def mk_vimeo_client_secret(g):
    return dict(secret=g.s(B64, 128), comps=[("VIMEO_CLIENT_ID", g.hex(40))], ids=[])


def mk_wistia(g):
    return dict(secret=g.hex(64), comps=[("WISTIA_PROJECT_ID", g.lan(10))], ids=[])


def mk_jwplayer(g):
    return dict(secret=g.an(48), comps=[("JWPLAYER_SITE_ID", g.an(8))], ids=[])


def bunny_short(g):
    h = g.hex(36)
    return "%s-%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:28], h[28:32], h[32:36])


def mk_bunny_api(g):
    return dict(secret=g.uuid() + g.uuid(), comps=[("BUNNY_PULL_ZONE", "%s-cdn" % g.pick(COMPANIES))], ids=[])


def mk_bunny_storage(g):
    zone = "%s-%s" % (g.pick(COMPANIES), g.pick(["assets", "media", "uploads", "files"]))
    return dict(secret=bunny_short(g), comps=[("BUNNY_STORAGE_ZONE", zone),
                ("BUNNY_STORAGE_HOST", g.pick(["storage.bunnycdn.com", "ny.storage.bunnycdn.com", "uk.storage.bunnycdn.com", "sg.storage.bunnycdn.com"]))],
                ids=[], zone=zone)


def mk_bunny_stream(g):
    return dict(secret=bunny_short(g), comps=[("BUNNY_STREAM_LIBRARY_ID", str(g.rint(100000, 399999)))], ids=[])


def mk_cf_token(g):
    if g.chance(0.35):
        sec = g.pick(["cfut_", "cfat_"]) + g.an(40) + g.an(8)
    else:
        sec = g.b64u(40)
    return dict(secret=sec, comps=[("CLOUDFLARE_ACCOUNT_ID", g.hex(32))], ids=[])


def mk_r2(g):
    acct = g.hex(32)
    return dict(secret=g.hex(64), comps=[("R2_ACCOUNT_ID", acct), ("R2_BUCKET", bucket_name(g))],
                ids=[("R2_ACCESS_KEY_ID", g.hex(32))], access=None, endpoint="https://%s.r2.cloudflarestorage.com" % acct,
                region="auto")


def mk_b2(g):
    kid = "00" + str(g.rint(1, 5)) + g.hex(12) + "000000000" + str(g.rint(1, 9))
    reg = g.pick(["us-west-004", "us-west-002", "eu-central-003", "us-east-005"])
    return dict(secret="K00" + str(g.rint(1, 5)) + g.an(27), comps=[("B2_BUCKET_NAME", bucket_name(g))],
                ids=[("B2_APPLICATION_KEY_ID", kid)], keyid=kid, endpoint="https://s3.%s.backblazeb2.com" % reg, region=reg)


def s3ish(g, prefix, access, secret, endpoint, region):
    b = bucket_name(g)
    return dict(secret=secret, comps=[(prefix + "BUCKET", b), (prefix + "ENDPOINT", endpoint), (prefix + "REGION", region)],
                ids=[(prefix + "ACCESS_KEY_ID", access)], access=access, endpoint=endpoint, region=region, bucket=b)


def mk_aws(g):
    r = g.pick(REGIONS)
    d = s3ish(g, "AWS_", "AKIA" + g.uan(16), g.b64(40), "https://s3.%s.amazonaws.com" % r, r)
    d["comps"] = [("AWS_S3_BUCKET", d["bucket"]), ("AWS_REGION", r)]
    return d


def mk_wasabi(g):
    r = g.pick(["us-east-1", "us-east-2", "eu-central-1", "ap-northeast-1"])
    return s3ish(g, "WASABI_", g.uan(20), g.an(40), "https://s3.%s.wasabisys.com" % r, r)


def mk_spaces(g):
    r = g.pick(["nyc3", "ams3", "sfo3", "fra1", "sgp1"])
    return s3ish(g, "SPACES_", "DO00" + g.uan(16), g.b64(43), "https://%s.digitaloceanspaces.com" % r, r)


def mk_linode(g):
    r = g.pick(["us-east-1", "eu-central-1", "ap-south-1", "us-southeast-1"])
    return s3ish(g, "LINODE_", g.uan(20), g.an(40), "https://%s.linodeobjects.com" % r, r)


def mk_minio_sa(g):
    host = g.pick(["minio.internal", "s3.%s.lan" % g.pick(COMPANIES), "minio:9000", "storage.%s.io" % g.pick(COMPANIES)])
    ep = host if host.startswith("http") else ("http://" + host if ":" in host else "https://" + host)
    return s3ish(g, "MINIO_", g.uan(20), g.an(40), ep, "us-east-1")


def mk_minio_root(g):
    pw = g.human_password() if g.chance(0.5) else g.an(g.rint(24, 40))
    user = g.pick(["media-admin", "minio-root", "storageadmin", "ops", "root"])
    return dict(secret=pw, comps=[("MINIO_ROOT_USER", user)], ids=[], user=user)


def mk_ceph(g):
    ep = "https://%s" % g.pick(["rgw.%s.internal" % g.pick(COMPANIES), "objects.dc1.%s.net" % g.pick(COMPANIES), "s3.ceph.local"])
    return s3ish(g, "RGW_", g.uan(20), g.an(40), ep, "default")


def mk_gcs_hmac(g):
    d = s3ish(g, "GCS_", "GOOG1E" + g.uan(55), g.b64(40), "https://storage.googleapis.com", "auto")
    d["ids"] = [("GCS_HMAC_ACCESS_ID", d["access"])]
    return d


def mk_azure_key(g):
    acct = "%s%s" % (g.pick(COMPANIES), g.pick(["media", "uploads", "stor", "assets"])) + str(g.rint(1, 99))
    return dict(secret=g.b64bytes(64), comps=[("AZURE_STORAGE_ACCOUNT", acct[:24])], ids=[], account=acct[:24],
                container=g.pick(["uploads", "media", "originals", "thumbnails", "videos"]))


def mk_azure_sas(g):
    d = mk_azure_key(g)
    sig = base64.b64encode(g.bytes(32)).decode().replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    d["secret"] = sig
    return d


def mk_presigned(g):
    r = g.pick(REGIONS)
    return dict(secret=g.hex(64), comps=[], ids=[], access="AKIA" + g.uan(16), region=r, bucket=bucket_name(g))


def mk_dropbox_sl(g):
    if g.chance(0.3):
        sec = "sl.u.AF" + g.b64u(280)
    else:
        sec = "sl.B" + g.b64u(134)
    return dict(secret=sec, comps=[("DROPBOX_APP_KEY", g.lan(15))], ids=[])


def mk_dropbox_refresh(g):
    return dict(secret=g.b64u(11) + "AAAAAAAAA" + g.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + g.b64u(43),
                comps=[("DROPBOX_APP_KEY", g.lan(15))], ids=[])


def mk_dropbox_secret(g):
    return dict(secret=g.lan(15), comps=[("DROPBOX_APP_KEY", g.lan(15))], ids=[])


def mk_box_secret(g):
    return dict(secret=g.an(32), comps=[("BOX_CLIENT_ID", g.lan(32)), ("BOX_ENTERPRISE_ID", g.digits(9))], ids=[])


def mk_box_dev(g):
    return dict(secret=g.an(32), comps=[("BOX_FOLDER_ID", g.digits(12))], ids=[])


def mk_box_jwt(g):
    d = mk_box_secret(g)
    d["client_secret"] = d["secret"]
    d["pem"] = pem("ENCRYPTED PRIVATE KEY", encrypted_pkcs8_der(g))
    d["passphrase"] = g.hex(32)
    d["key_id"] = g.lan(8)
    d["secret"] = "\\n".join(d["pem"]) + "\\n"
    return d


def mk_google_sa(g, firebase=False):
    proj = "%s-%s-%d" % (g.pick(COMPANIES), g.pick(["media", "prod", "uploads", "app"]), g.rint(100000, 999999))
    lines = pem("PRIVATE KEY", rsa_pkcs8_der(g))
    if firebase:
        email = "firebase-adminsdk-%s@%s.iam.gserviceaccount.com" % (g.lan(5), proj)
    else:
        email = "%s@%s.iam.gserviceaccount.com" % (g.pick(["storage-uploader", "drive-sync", "media-writer", "gcs-signer"]), proj)
    return dict(secret="\\n".join(lines) + "\\n", comps=[("GOOGLE_CLOUD_PROJECT", proj), ("GOOGLE_CLIENT_EMAIL", email)],
                ids=[], project=proj, email=email, key_id=g.hex(40), client_id=g.digits(21), pem=lines)


def mk_graph(g):
    sec = g.an(3) + str(g.rint(1, 9)) + "Q~" + g.s(B62 + "_~.-", 34)
    return dict(secret=sec, comps=[("AZURE_TENANT_ID", g.uuid()), ("AZURE_CLIENT_ID", g.uuid())], ids=[])


def mk_ut_secret(g):
    return dict(secret="sk_live_" + g.hex(64), comps=[("UPLOADTHING_APP_ID", g.lan(10))], ids=[])


def mk_ut_token(g):
    app = g.lan(10)
    body = json.dumps({"apiKey": "sk_live_" + g.hex(64), "appId": app, "regions": [g.pick(["sea1", "fra1", "iad1"])]},
                      separators=(",", ":"))
    return dict(secret=base64.b64encode(body.encode()).decode(), comps=[], ids=[])


def mk_vercel_blob(g):
    return dict(secret="vercel_blob_rw_" + g.an(16) + "_" + g.an(30), comps=[], ids=[])


def supa_ref(g):
    return g.s(string.ascii_lowercase, 20)


def mk_supa_jwt(g, role="service_role"):
    ref = supa_ref(g)
    iat = g.rint(1680000000, 1735000000)
    tok = jwt(g, {"iss": "supabase", "ref": ref, "role": role, "iat": iat, "exp": iat + 315360000})
    return dict(secret=tok, comps=[("SUPABASE_URL", "https://%s.supabase.co" % ref)], ids=[], ref=ref)


def mk_supa_secret(g):
    ref = supa_ref(g)
    return dict(secret="sb_secret_" + g.b64u(22) + "_" + g.b64u(8), comps=[("SUPABASE_URL", "https://%s.supabase.co" % ref)], ids=[], ref=ref)


def mk_sanity(g):
    return dict(secret="sk" + g.an(g.rint(176, 182)), comps=[("SANITY_PROJECT_ID", g.lan(8)), ("SANITY_DATASET", g.pick(["production", "staging"]))], ids=[])


def mk_cfpat(g):
    return dict(secret="CFPAT-" + g.b64u(43), comps=[("CONTENTFUL_SPACE_ID", g.lan(12))], ids=[])


def mk_cf_preview(g):
    return dict(secret=g.b64u(43), comps=[("CONTENTFUL_SPACE_ID", g.lan(12)), ("CONTENTFUL_ENVIRONMENT", "master")], ids=[])


def mk_sb_preview(g):
    return dict(secret=g.an(22) + "tt", comps=[("STORYBLOK_SPACE_ID", g.digits(6))], ids=[])


def mk_sb_pat(g):
    return dict(secret="%stt-%s-%s" % (g.an(22), g.digits(6), g.b64u(20)), comps=[("STORYBLOK_SPACE_ID", g.digits(6))], ids=[])


def mk_imgproxy(g):
    n = g.pick([64, 128])
    return dict(secret=g.hex(n), comps=[], ids=[], salt=g.hex(n))


def mk_thumbor(g):
    return dict(secret=g.s(B62 + "!#%&*+-=?@^_", g.rint(20, 40)), comps=[], ids=[])


def mk_do_token(g):
    return dict(secret="dop_v1_" + g.hex(64), comps=[], ids=[])


def mk_linode_pat(g):
    return dict(secret=g.hex(64), comps=[], ids=[])


def mk_youtube(g):
    return dict(secret="-".join(g.lan(4) for _ in range(5)), comps=[], ids=[], rtmp="rtmp://a.rtmp.youtube.com/live2")


def mk_twitch(g):
    return dict(secret="live_%s_%s" % (g.digits(9), g.an(30)), comps=[], ids=[],
                rtmp="rtmp://%s.contribute.live-video.net/app" % g.pick(["fra02", "lhr04", "iad05", "sea02"]))


def mk_facebook(g):
    return dict(secret="FB-%s-0-Ab%s" % (g.digits(16), g.b64u(g.rint(38, 46))), comps=[], ids=[],
                rtmp="rtmps://live-api-s.facebook.com:443/rtmp")


def pub_cloudinary(g, d):
    return [("NEXT_PUBLIC_CLOUDINARY_CLOUD_NAME", d["cloud"]), ("NEXT_PUBLIC_CLOUDINARY_API_KEY", d["api_key"]),
            ("NEXT_PUBLIC_CLOUDINARY_UPLOAD_PRESET", g.pick(["ml_default", "unsigned_avatars", "%s_unsigned" % g.pick(COMPANIES)]))]


def pub_first(prefix_pub):
    def f(g, d):
        name, val = d["comps"][0]
        return [(prefix_pub + name, val)]
    return f


def pub_supabase(g, d):
    anon = mk_supa_jwt(g, "anon")["secret"] if g.chance(0.5) else "sb_publishable_" + g.b64u(22) + "_" + g.b64u(8)
    return [("NEXT_PUBLIC_SUPABASE_URL", "https://%s.supabase.co" % d["ref"]), ("NEXT_PUBLIC_SUPABASE_ANON_KEY", anon)]


def pub_storyblok(g, d):
    return [("STORYBLOK_PUBLIC_TOKEN", g.an(22) + "tt"), ("STORYBLOK_SPACE_ID", d["comps"][0][1])]


def pub_mux(g, d):
    return [("NEXT_PUBLIC_MUX_ENV_KEY", g.lan(26)), ("MUX_PLAYBACK_ID", g.an(g.rint(38, 44)))]


def pub_apivideo(g, d):
    return [("NEXT_PUBLIC_APIVIDEO_UPLOAD_TOKEN", "to" + g.an(22))]


def pub_cf(g, d):
    return [("CLOUDFLARE_ACCOUNT_ID", g.hex(32)), ("NEXT_PUBLIC_CF_IMAGES_ACCOUNT_HASH", g.b64u(22))]


def pub_graph(g, d):
    return d["comps"]


def pub_dropbox(g, d):
    return [("DROPBOX_APP_KEY", g.lan(15)), ("DROPBOX_REDIRECT_URI", "https://%s.com/oauth/dropbox/callback" % g.pick(COMPANIES))]


def pub_firebase(g, d):
    proj = "%s-%s" % (g.pick(COMPANIES), g.pick(["web", "prod", "app"]))
    return [("NEXT_PUBLIC_FIREBASE_API_KEY", "AIza" + g.b64u(35)), ("NEXT_PUBLIC_FIREBASE_STORAGE_BUCKET", "%s.appspot.com" % proj),
            ("NEXT_PUBLIC_FIREBASE_APP_ID", "1:%s:web:%s" % (g.digits(12), g.hex(22)))]


def pub_b2(g, d):
    return d["ids"] + d["comps"]


def pub_gcs(g, d):
    return [("GCS_BUCKET", d["bucket"]), ("GCS_PROJECT_NUMBER", g.digits(12))]


GEN_MEDIA = ["API_SECRET", "SECRET", "MEDIA_SECRET", "AUTH", "TOKEN", "SECRET_KEY", "IMG_SECRET", "CDN_SECRET"]
GEN_STORE = ["SECRET_ACCESS_KEY", "STORAGE_SECRET", "S3_SECRET", "SECRET_KEY", "OBJECT_STORE_SECRET", "BUCKET_SECRET", "AUTH"]
GEN_TOKEN = ["TOKEN", "API_TOKEN", "ACCESS_TOKEN", "AUTH_TOKEN", "AUTH", "BEARER", "SERVICE_TOKEN"]
GEN_KEY = ["API_KEY", "KEY", "APIKEY", "SERVICE_KEY", "AUTH", "LLM_KEY", "PRIVATE_KEY"]

S3SPEC = ("s3_storage_yml", "carrierwave", "shrine", "laravel_fs", "django_storages", "rclone", "s3cfg", "mc_config", "mc_alias", "node_s3")

KINDS = [
    Kind("cloudinary", "api_secret", mk_cloudinary, ["CLOUDINARY_API_SECRET", "CLOUDINARY_SECRET"], "CLOUDINARY_", "cloudinary", "media",
         ph=["<your-api-secret>", "YOUR_CLOUDINARY_API_SECRET", "**********"], public=pub_cloudinary,
         special=("cloudinary_yml", "curl")),
    Kind("cloudinary", "url_secret", mk_cloudinary, ["CLOUDINARY_URL"], "CLOUDINARY_", "cloudinary", "media",
         ph=["cloudinary://<api_key>:<api_secret>@<cloud_name>", "cloudinary://API_KEY:API_SECRET@CLOUD_NAME"],
         public=pub_cloudinary, special=("cloudinary_url",)),
    Kind("imgix", "api_key", mk_imgix_api, ["IMGIX_API_KEY"], "IMGIX_", "imgix", "media", ph=["ak_...", "<imgix api key>"], special=("curl",)),
    Kind("imgix", "secure_url_token", mk_imgix_token, ["IMGIX_SECURE_URL_TOKEN", "IMGIX_TOKEN", "IMGIX_SIGN_KEY"], "IMGIX_", "imgix", "media",
         ph=["<secure-url-token>", "YOUR_IMGIX_TOKEN"]),
    Kind("imagekit", "private_key", mk_imagekit, ["IMAGEKIT_PRIVATE_KEY", "IMAGEKIT_PRIVATE_API_KEY"], "IMAGEKIT_", "imagekit", "media",
         ph=["private_xxxxxxxxxxxxxxxxxxxxxxxxxxxx", "your_private_key", "private_..."], public=pub_first("NEXT_PUBLIC_"), special=("curl",)),
    Kind("uploadcare", "secret_key", mk_uploadcare, ["UPLOADCARE_SECRET_KEY", "UPLOADCARE_SECRET"], "UPLOADCARE_", "uploadcare", "media",
         ph=["<your-secret-key>", "demosecretkey", "YOUR_SECRET_KEY"], public=pub_first("NEXT_PUBLIC_"), special=("curl",)),
    Kind("filestack", "app_secret", mk_filestack, ["FILESTACK_APP_SECRET", "FILESTACK_SECRET"], "FILESTACK_", "filestack", "media",
         ph=["<app-secret>", "YOUR_APP_SECRET"], public=pub_first("NEXT_PUBLIC_")),
    Kind("transloadit", "auth_secret", mk_transloadit, ["TRANSLOADIT_SECRET", "TRANSLOADIT_AUTH_SECRET"], "TRANSLOADIT_", "transloadit", "media",
         ph=["<auth-secret>", "YOUR_TRANSLOADIT_SECRET"], public=lambda g, d: d["comps"]),
    Kind("mux", "token_secret", mk_mux_token, ["MUX_TOKEN_SECRET"], "MUX_", "mux", "video",
         ph=["<token-secret>", "YOUR_MUX_TOKEN_SECRET"], public=pub_mux, special=("curl",)),
    Kind("mux", "signing_private_key", mk_mux_signing, ["MUX_SIGNING_KEY_PRIVATE", "MUX_PRIVATE_KEY", "MUX_SIGNING_PRIVATE_KEY"], "MUX_", "mux", "video",
         ph=["<base64-encoded-private-key>", "LS0tLS1...", "YOUR_PRIVATE_KEY"], public=pub_mux),
    Kind("mux", "stream_key", mk_mux_stream, ["MUX_STREAM_KEY", "STREAM_KEY"], "MUX_", "mux", "stream",
         ph=["<stream-key>", "YOUR_STREAM_KEY"], special=("ffmpeg_rtmp",)),
    Kind("api.video", "api_key", mk_apivideo, ["APIVIDEO_API_KEY", "API_VIDEO_KEY"], "APIVIDEO_", "apiVideo", "video",
         ph=["YOUR_API_KEY", "<api.video key>"], public=pub_apivideo, special=("curl",)),
    Kind("vimeo", "access_token", mk_vimeo_token, ["VIMEO_ACCESS_TOKEN", "VIMEO_TOKEN"], "VIMEO_", "vimeo", "video",
         ph=["{access_token}", "YOUR_VIMEO_TOKEN", "<personal access token>"], public=lambda g, d: d["comps"] + [("VIMEO_SHOWCASE_ID", g.digits(8))],
         special=("curl",)),
    Kind("vimeo", "client_secret", mk_vimeo_client_secret, ["VIMEO_CLIENT_SECRET"], "VIMEO_", "vimeo", "video",
         ph=["{client_secret}", "YOUR_CLIENT_SECRET"], public=lambda g, d: d["comps"]),
    Kind("wistia", "api_token", mk_wistia, ["WISTIA_API_TOKEN", "WISTIA_TOKEN"], "WISTIA_", "wistia", "video",
         ph=["<wistia-api-token>", "YOUR_API_TOKEN"], special=("curl",)),
    Kind("jwplayer", "api_secret", mk_jwplayer, ["JWPLAYER_API_SECRET", "JW_API_SECRET", "JWP_SECRET"], "JWPLAYER_", "jwplayer", "video",
         ph=["<v2 api secret>", "YOUR_JW_SECRET"], public=lambda g, d: d["comps"] + [("JWPLAYER_LICENSE_KEY", g.b64(44))]),
    Kind("bunny", "api_key", mk_bunny_api, ["BUNNY_API_KEY", "BUNNYCDN_API_KEY"], "BUNNY_", "bunny", "media",
         ph=["<account-api-key>", "YOUR_BUNNY_API_KEY"], special=("curl",)),
    Kind("bunny", "storage_password", mk_bunny_storage, ["BUNNY_STORAGE_PASSWORD", "BUNNY_STORAGE_API_KEY", "BUNNY_STORAGE_ACCESS_KEY"], "BUNNY_", "bunny", "storage",
         ph=["<storage-zone-password>", "YOUR_STORAGE_PASSWORD"], special=("curl",)),
    Kind("bunny", "stream_api_key", mk_bunny_stream, ["BUNNY_STREAM_API_KEY", "BUNNY_LIBRARY_API_KEY"], "BUNNY_", "bunny", "video",
         ph=["<library-api-key>", "YOUR_LIBRARY_KEY"], public=lambda g, d: d["comps"]),
    Kind("cloudflare", "api_token", mk_cf_token, ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN", "CF_IMAGES_TOKEN", "CF_STREAM_TOKEN"], "CLOUDFLARE_", "cloudflare", "media",
         ph=["<api-token>", "YOUR_CLOUDFLARE_TOKEN", "cfut_..."], public=pub_cf, special=("curl",)),
    Kind("cloudflare", "r2_secret_access_key", mk_r2, ["R2_SECRET_ACCESS_KEY", "CLOUDFLARE_R2_SECRET_ACCESS_KEY"], "R2_", "r2", "storage",
         ph=["<r2-secret>", "YOUR_R2_SECRET"], s3=True, special=S3SPEC + ("wrangler",)),
    Kind("backblaze", "application_key", mk_b2, ["B2_APPLICATION_KEY", "B2_APP_KEY", "BACKBLAZE_APPLICATION_KEY"], "B2_", "b2", "storage",
         ph=["<applicationKey>", "K005xxxxxxxxxxxxxxxxxxxxxxxxxxx", "YOUR_B2_KEY"], public=pub_b2, s3=True, special=S3SPEC + ("b2_cli",)),
    Kind("aws", "s3_secret_access_key", mk_aws, ["AWS_SECRET_ACCESS_KEY"], "AWS_", "s3", "storage",
         ph=["<secret-access-key>", "YOUR_SECRET_ACCESS_KEY"], s3=True, special=S3SPEC),
    Kind("aws", "s3_presigned_url", mk_presigned, ["DOWNLOAD_URL"], "S3_", "s3", "storage", special=("presigned",)),
    Kind("wasabi", "secret_key", mk_wasabi, ["WASABI_SECRET_ACCESS_KEY", "WASABI_SECRET_KEY"], "WASABI_", "wasabi", "storage",
         ph=["<wasabi-secret>", "YOUR_WASABI_SECRET"], s3=True, special=S3SPEC),
    Kind("digitalocean", "spaces_secret", mk_spaces, ["SPACES_SECRET_ACCESS_KEY", "SPACES_SECRET", "DO_SPACES_SECRET"], "SPACES_", "spaces", "storage",
         ph=["<spaces-secret>", "YOUR_SPACES_SECRET"], s3=True, special=S3SPEC),
    Kind("digitalocean", "api_token", mk_do_token, ["DIGITALOCEAN_ACCESS_TOKEN", "DIGITALOCEAN_TOKEN", "DO_TOKEN"], "DIGITALOCEAN_", "digitalocean", "storage",
         ph=["dop_v1_...", "<do-token>"], special=("curl",)),
    Kind("linode", "object_storage_secret", mk_linode, ["LINODE_SECRET_ACCESS_KEY", "LINODE_OBJ_SECRET_KEY"], "LINODE_", "linode", "storage",
         ph=["<linode-secret>", "YOUR_SECRET_KEY"], s3=True, special=S3SPEC),
    Kind("linode", "personal_access_token", mk_linode_pat, ["LINODE_TOKEN", "LINODE_CLI_TOKEN"], "LINODE_", "linode", "storage",
         ph=["<linode-pat>", "YOUR_LINODE_TOKEN"], special=("curl",)),
    Kind("minio", "root_password", mk_minio_root, ["MINIO_ROOT_PASSWORD", "MINIO_SECRET_KEY"], "MINIO_", "minio", "storage",
         ph=["minioadmin", "changeme", "<root-password>"], human=True, special=("minio_compose",)),
    Kind("minio", "secret_key", mk_minio_sa, ["MINIO_SECRET_KEY", "MINIO_SECRET_ACCESS_KEY"], "MINIO_", "minio", "storage",
         ph=["minioadmin", "<secret-key>", "YOUR-SECRETKEY"], s3=True, special=S3SPEC),
    Kind("ceph", "rgw_secret_key", mk_ceph, ["RGW_SECRET_KEY", "CEPH_SECRET_KEY", "RGW_SECRET_ACCESS_KEY"], "RGW_", "ceph", "storage",
         ph=["<rgw-secret>", "YOUR_SECRET_KEY"], s3=True, special=S3SPEC),
    Kind("google", "gcs_hmac_secret", mk_gcs_hmac, ["GCS_HMAC_SECRET", "GCS_SECRET_ACCESS_KEY", "GOOGLE_HMAC_SECRET"], "GCS_", "gcs", "storage",
         ph=["<hmac-secret>", "YOUR_HMAC_SECRET"], public=pub_gcs, s3=True, special=S3SPEC),
    Kind("azure", "storage_account_key", mk_azure_key, ["AZURE_STORAGE_KEY", "AZURE_STORAGE_ACCOUNT_KEY", "AZURE_STORAGE_ACCESS_KEY"], "AZURE_", "azure", "storage",
         ph=["<account-key>", "YOUR_STORAGE_KEY"], special=("azure_connstr", "azure_storage_yml")),
    Kind("azure", "sas_token", mk_azure_sas, ["AZURE_STORAGE_SAS_TOKEN", "AZURE_SAS_URL"], "AZURE_", "azure", "storage", special=("azure_sas",)),
    Kind("dropbox", "short_lived_token", mk_dropbox_sl, ["DROPBOX_ACCESS_TOKEN", "DROPBOX_TOKEN"], "DROPBOX_", "dropbox", "files",
         ph=["sl.xxxxx", "<ACCESS_TOKEN>", "YOUR_DROPBOX_TOKEN"], public=pub_dropbox, special=("curl",)),
    Kind("dropbox", "refresh_token", mk_dropbox_refresh, ["DROPBOX_REFRESH_TOKEN"], "DROPBOX_", "dropbox", "files",
         ph=["<REFRESH_TOKEN>", "YOUR_REFRESH_TOKEN"], public=pub_dropbox, special=("dropbox_py",)),
    Kind("dropbox", "app_secret", mk_dropbox_secret, ["DROPBOX_APP_SECRET", "DROPBOX_CLIENT_SECRET"], "DROPBOX_", "dropbox", "files",
         ph=["<APP_SECRET>", "YOUR_APP_SECRET"], public=pub_dropbox),
    Kind("box", "client_secret", mk_box_secret, ["BOX_CLIENT_SECRET"], "BOX_", "box", "files",
         ph=["<client-secret>", "YOUR_CLIENT_SECRET"], public=lambda g, d: d["comps"]),
    Kind("box", "developer_token", mk_box_dev, ["BOX_DEVELOPER_TOKEN", "BOX_ACCESS_TOKEN"], "BOX_", "box", "files",
         ph=["<developer-token>", "YOUR_DEVELOPER_TOKEN"], special=("curl",)),
    Kind("box", "jwt_private_key", mk_box_jwt, ["BOX_PRIVATE_KEY"], "BOX_", "box", "files", special=("box_json",)),
    Kind("google", "service_account_key", mk_google_sa, ["GOOGLE_PRIVATE_KEY", "GCP_PRIVATE_KEY", "GDRIVE_PRIVATE_KEY"], "GOOGLE_", "google", "files",
         special=("gsa_json", "gsa_env")),
    Kind("firebase", "admin_service_account", lambda g: mk_google_sa(g, True), ["FIREBASE_PRIVATE_KEY", "FIREBASE_ADMIN_PRIVATE_KEY"], "FIREBASE_", "firebase", "files",
         public=pub_firebase, special=("gsa_json", "gsa_env")),
    Kind("microsoft", "graph_client_secret", mk_graph, ["AZURE_CLIENT_SECRET", "ONEDRIVE_CLIENT_SECRET", "GRAPH_CLIENT_SECRET", "MS_GRAPH_CLIENT_SECRET"], "AZURE_", "graph", "files",
         ph=["<client-secret>", "YOUR_CLIENT_SECRET", "xxxxx~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"], public=pub_graph),
    Kind("uploadthing", "secret", mk_ut_secret, ["UPLOADTHING_SECRET"], "UPLOADTHING_", "uploadthing", "files",
         ph=["sk_live_...", "sk_live_xxxxxxxxxxxxxxxx", "<your-secret>"], public=lambda g, d: d["comps"]),
    Kind("uploadthing", "token", mk_ut_token, ["UPLOADTHING_TOKEN"], "UPLOADTHING_", "uploadthing", "files",
         ph=["<your-token>", "'...'", "YOUR_UPLOADTHING_TOKEN"]),
    Kind("vercel", "blob_read_write_token", mk_vercel_blob, ["BLOB_READ_WRITE_TOKEN"], "BLOB_", "blob", "files",
         ph=["vercel_blob_rw_...", "vercel_blob_rw_XXXXXXXXXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<token>"]),
    Kind("supabase", "service_role_key", mk_supa_jwt, ["SUPABASE_SERVICE_ROLE_KEY", "SUPABASE_SERVICE_KEY"], "SUPABASE_", "supabase", "files",
         ph=["<service-role-key>", "your-service-role-key", "eyJ..."], public=pub_supabase),
    Kind("supabase", "secret_key", mk_supa_secret, ["SUPABASE_SECRET_KEY", "SUPABASE_SECRET"], "SUPABASE_", "supabase", "files",
         ph=["sb_secret_...", "<secret-key>"], public=pub_supabase),
    Kind("sanity", "api_token", mk_sanity, ["SANITY_API_TOKEN", "SANITY_WRITE_TOKEN", "SANITY_AUTH_TOKEN"], "SANITY_", "sanity", "cms",
         ph=["<write-token>", "sk...", "YOUR_SANITY_TOKEN"], public=lambda g, d: d["comps"]),
    Kind("contentful", "management_token", mk_cfpat, ["CONTENTFUL_MANAGEMENT_TOKEN", "CONTENTFUL_CMA_TOKEN"], "CONTENTFUL_", "contentful", "cms",
         ph=["CFPAT-...", "<cma-token>"], public=lambda g, d: d["comps"]),
    Kind("contentful", "preview_token", mk_cf_preview, ["CONTENTFUL_PREVIEW_ACCESS_TOKEN", "CONTENTFUL_PREVIEW_TOKEN"], "CONTENTFUL_", "contentful", "cms",
         ph=["<preview-token>", "YOUR_PREVIEW_TOKEN"], public=lambda g, d: d["comps"]),
    Kind("storyblok", "preview_token", mk_sb_preview, ["STORYBLOK_PREVIEW_TOKEN", "STORYBLOK_TOKEN"], "STORYBLOK_", "storyblok", "cms",
         ph=["<preview-token>", "YOUR_PREVIEW_TOKEN"], public=pub_storyblok),
    Kind("storyblok", "personal_access_token", mk_sb_pat, ["STORYBLOK_PERSONAL_ACCESS_TOKEN", "STORYBLOK_OAUTH_TOKEN", "STORYBLOK_MANAGEMENT_TOKEN"], "STORYBLOK_", "storyblok", "cms",
         ph=["<personal-access-token>", "YOUR_OAUTH_TOKEN"], public=pub_storyblok),
    Kind("imgproxy", "signing_key", mk_imgproxy, ["IMGPROXY_KEY"], "IMGPROXY_", "imgproxy", "media", special=("imgproxy_compose",)),
    Kind("thumbor", "security_key", mk_thumbor, ["THUMBOR_SECURITY_KEY", "SECURITY_KEY"], "THUMBOR_", "thumbor", "media", special=("thumbor_conf",)),
    Kind("youtube", "stream_key", mk_youtube, ["YOUTUBE_STREAM_KEY", "YT_STREAM_KEY"], "YOUTUBE_", "youtube", "stream", special=("ffmpeg_rtmp",)),
    Kind("twitch", "stream_key", mk_twitch, ["TWITCH_STREAM_KEY"], "TWITCH_", "twitch", "stream", special=("ffmpeg_rtmp",)),
    Kind("facebook", "live_stream_key", mk_facebook, ["FB_STREAM_KEY", "FACEBOOK_STREAM_KEY"], "FB_", "facebook", "stream", special=("ffmpeg_rtmp",)),
]

GENERIC_BY_GROUP = {"media": GEN_MEDIA, "storage": GEN_STORE, "video": GEN_TOKEN + ["VIDEO_API_KEY", "VIDEO_SECRET"],
                    "cms": GEN_TOKEN + ["CMS_TOKEN", "CONTENT_TOKEN"], "files": GEN_TOKEN + ["FILES_TOKEN", "SECRET"],
                    "stream": ["STREAM_KEY", "KEY", "RTMP_KEY", "INGEST_KEY", "AUTH"]}
GENERIC_PREFIX = {"media": ["MEDIA_", "IMG_", "CDN_", "ASSETS_", ""], "storage": ["STORAGE_", "S3_", "BUCKET_", "OBJECT_STORE_", "BLOB_", ""],
                  "video": ["VIDEO_", "PLAYER_", ""], "cms": ["CMS_", "CONTENT_", ""], "files": ["FILES_", "UPLOAD_", "DOCS_", ""],
                  "stream": ["LIVE_", "STREAM_", ""]}


# ---------------------------------------------------------------- naming helpers
def key_of(S, name):
    n = name
    if n.startswith("NEXT_PUBLIC_"):
        n = n[len("NEXT_PUBLIC_"):]
    for p in (S["prefix"], S["kind"].prefix):
        if p and n.startswith(p) and len(n) > len(p):
            n = n[len(p):]
            break
    return n


def snake(S, name):
    return key_of(S, name).lower()


def camel(S, name):
    parts = key_of(S, name).lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def pascal(S, name):
    return "".join(p.capitalize() for p in key_of(S, name).lower().split("_"))


def kebab(S, name):
    return key_of(S, name).lower().replace("_", "-")


def q(v, ch='"'):
    return ch + v + ch


def svc(g):
    return g.pick(PROJECTS)


# ---------------------------------------------------------------- generic renderers
# Each returns (relative_path, list_of_lines, filetype).

def fmt_env(g, v, S):
    if isinstance(v, Ref):
        return g.pick(["${%s}" % ("VAULT_" + v.name), "", "${%s}" % v.name.replace("_", "_PROD_", 1)])
    if S["mode"] == "pos" and g.chance(0.3):
        return q(v)
    return v


def r_dotenv(g, S):
    path = g.pick([".env", ".env.local", ".env.production", "apps/web/.env.local", "services/%s/.env" % svc(g), ".env.staging", "docker/.env", ".env.development"])
    L = []
    if g.chance(0.5):
        L += ["# %s environment" % g.pick(["Local", "Production", "Staging", "Shared"]), ""]
    filler = [("NODE_ENV", g.pick(["production", "development"])), ("PORT", str(g.pick([3000, 4000, 8080, 5173]))),
              ("LOG_LEVEL", g.pick(["info", "debug", "warn"])), ("APP_URL", "https://%s.%s.com" % (g.pick(["app", "www", "media"]), g.pick(COMPANIES))),
              ("MAX_UPLOAD_SIZE_MB", str(g.pick([10, 25, 50, 100, 500]))), ("ALLOWED_MIME_TYPES", "image/jpeg,image/png,image/webp,video/mp4"),
              ("DATABASE_URL", "postgres://app@localhost:5432/%s_dev" % g.pick(COMPANIES)), ("REDIS_URL", "redis://localhost:6379/0"),
              ("SENTRY_ENVIRONMENT", g.pick(["production", "staging"])), ("THUMBNAIL_SIZES", "64,256,1024")]
    g.r.shuffle(filler)
    for n, v in filler[:g.rint(2, 7)]:
        L.append("%s=%s" % (n, v))
    L.append("")
    L.append("# %s" % g.pick([S["kind"].provider.capitalize(), "%s (%s)" % (S["kind"].provider, S["kind"].group), "uploads / media", "storage"]))
    for n, v in S["entries"]:
        val = fmt_env(g, v, S)
        if isinstance(v, Ref) and val == "":
            L.append("# %s is injected by %s" % (n, g.pick(["Doppler", "1Password CLI (op run)", "the CI pipeline", "Vault agent", "direnv from ~/.secrets"])))
        L.append("%s=%s" % (n, val))
    if g.chance(0.5):
        L += ["", "FEATURE_VIDEO_UPLOADS=%s" % g.pick(["true", "false"]), "CDN_BASE_URL=https://cdn.%s.com" % g.pick(COMPANIES)]
    return path, L, "dotenv"


def r_compose(g, S):
    service = S["kind"].block.lower().replace(".", "")
    L = ["services:", "  %s:" % g.pick(["app", "api", "worker", "web", "uploader"]),
         "    image: %s/%s:%s" % (g.pick(COMPANIES), svc(g), g.pick(["latest", "1.%d.%d" % (g.rint(0, 9), g.rint(0, 20))])),
         "    restart: unless-stopped", "    ports:", '      - "%d:%d"' % ((g.pick([3000, 8080, 8000]),) * 2)]
    listform = g.chance(0.5)
    L.append("    environment:")
    envs = [("NODE_ENV", "production"), ("UPLOAD_DIR", "/data/uploads")][:g.rint(0, 2)] + S["entries"]
    for n, v in envs:
        if isinstance(v, Ref):
            val = g.pick(["${%s}" % n, "${%s:?%s must be set}" % (n, n), "${%s:-}" % n])
        else:
            val = v
        if listform:
            L.append("      - %s=%s" % (n, val))
        else:
            L.append("      %s: %s" % (n, q(val) if (g.chance(0.4) or val.startswith(("$", "*", "{", "<")) or ":" in val) else val))
    L += ["    volumes:", "      - uploads:/data/uploads", "    depends_on:", "      - redis", "", "  redis:", "    image: redis:7-alpine", "",
          "volumes:", "  uploads: {}"]
    return g.pick(["docker-compose.yml", "docker-compose.prod.yml", "compose.yaml", "deploy/docker-compose.yml"]), L, "docker-compose"


def r_k8s(g, S):
    name = "%s-%s" % (svc(g), S["kind"].block.lower().replace(".", ""))
    ns = g.pick(["media", "default", "uploads", "prod", "platform"])
    if any(isinstance(v, Ref) for _, v in S["entries"]) and g.chance(0.6):
        L = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s" % name, "  namespace: %s" % ns, "spec:", "  replicas: %d" % g.rint(1, 4),
             "  selector:", "    matchLabels:", "      app: %s" % name, "  template:", "    metadata:", "      labels:", "        app: %s" % name,
             "    spec:", "      containers:", "        - name: app", "          image: ghcr.io/%s/%s:%s" % (g.pick(COMPANIES), svc(g), g.hex(7)), "          env:"]
        for n, v in S["entries"]:
            L.append("            - name: %s" % n)
            if isinstance(v, Ref):
                L += ["              valueFrom:", "                secretKeyRef:", "                  name: %s-credentials" % S["kind"].block.lower().replace(".", ""),
                      "                  key: %s" % kebab(S, n)]
            else:
                L.append('              value: "%s"' % v)
        return "k8s/%s-deployment.yaml" % name, L, "k8s-yaml"
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-credentials" % name, "  namespace: %s" % ns, "  labels:",
         "    app.kubernetes.io/part-of: %s" % g.pick(PROJECTS), "type: Opaque", "stringData:"]
    for n, v in S["entries"]:
        val = "" if isinstance(v, Ref) else v
        L.append("  %s: %s" % (n, q(val)))
    return g.pick(["k8s/secrets/%s.yaml" % name, "deploy/%s-secret.yaml" % name, "manifests/%s/secret.yaml" % ns]), L, "k8s-yaml"


def r_terraform(g, S):
    L = ['terraform {', '  required_version = ">= 1.5"', '}', '']
    var_mode = g.chance(0.5)
    if var_mode:
        for n, v in S["entries"]:
            L += ['variable "%s" {' % n.lower(), '  type      = string']
            if not isinstance(v, Ref):
                L.append('  default   = "%s"' % v)
            if n == S["sec_name"] and S["mode"] != "public":
                L.append('  sensitive = true')
            L += ['}', '']
        refs = {n: "var.%s" % n.lower() for n, _ in S["entries"]}
    else:
        refs = {}
        for n, v in S["entries"]:
            refs[n] = ('var.%s' % n.lower()) if isinstance(v, Ref) else q(v)
            if isinstance(v, Ref):
                L += ['variable "%s" {' % n.lower(), '  type      = string', '  sensitive = true', '}', '']
    fn = svc(g)
    L += ['resource "google_cloud_run_v2_service" "%s" {' % fn.replace("-", "_"), '  name     = "%s"' % fn, '  location = "%s"' % g.pick(["europe-west1", "us-central1"]),
          '', '  template {', '    containers {', '      image = "gcr.io/%s/%s:latest"' % (g.pick(COMPANIES), fn)] if g.chance(0.5) else \
         ['resource "aws_lambda_function" "%s" {' % fn.replace("-", "_"), '  function_name = "%s"' % fn, '  runtime       = "nodejs20.x"',
          '  handler       = "index.handler"', '  role          = aws_iam_role.lambda.arn', '', '  environment {', '    variables = {']
    if L[-1].startswith("      image"):
        for n, _ in S["entries"]:
            L += ['      env {', '        name  = "%s"' % n, '        value = %s' % refs[n], '      }']
        L += ['    }', '  }', '}']
    else:
        w = max(len(n) for n, _ in S["entries"])
        for n, _ in S["entries"]:
            L.append('      %s = %s' % (n.ljust(w), refs[n]))
        L += ['    }', '  }', '}']
    return g.pick(["infra/%s.tf" % fn, "terraform/main.tf", "infra/modules/%s/main.tf" % fn]), L, "terraform"


def fmt_py(g, v):
    if isinstance(v, Ref):
        return g.pick(['os.environ["%s"]' % v.name, 'os.getenv("%s", "")' % v.name, 'env("%s")' % v.name, 'env.str("%s")' % v.name])
    return q(v, g.pick(['"', "'"]))


def r_django(g, S):
    L = ['"""Production settings."""', "import os", "", "from .base import *  # noqa", "", "DEBUG = False",
         'ALLOWED_HOSTS = ["%s.com", ".%s.com"]' % ((g.pick(COMPANIES),) * 2), ""]
    if g.chance(0.5):
        L.append("%s_STORAGE = {" % S["block_up"])
        for n, v in S["entries"]:
            L.append("    %s: %s," % (q(key_of(S, n)), fmt_py(g, v)))
        L.append("}")
    else:
        for n, v in S["entries"]:
            L.append("%s = %s" % (n, fmt_py(g, v)))
    L += ["", 'DEFAULT_FILE_STORAGE = "%s"' % g.pick(["cloudinary_storage.storage.MediaCloudinaryStorage", "storages.backends.s3boto3.S3Boto3Storage", "myapp.storage.MediaStorage"]),
          'MEDIA_URL = "/media/"', "FILE_UPLOAD_MAX_MEMORY_SIZE = %d" % (g.pick([5, 10, 20]) * 1024 * 1024)]
    return g.pick(["config/settings/production.py", "%s/settings.py" % g.pick(["mysite", "backend", "core"]), "settings/prod.py"]), L, "python-settings"


def r_pyscript(g, S):
    L = ["#!/usr/bin/env python3", '"""%s"""' % g.pick(["Bulk-upload product images.", "Sync originals to the media backend.", "One-off migration of legacy uploads.", "Nightly thumbnail backfill."]),
         "import os", "import sys", "from pathlib import Path", "", "import requests", ""]
    for n, v in S["entries"]:
        L.append("%s = %s" % (n, fmt_py(g, v)))
    L += ["", "", "def upload(path: Path) -> dict:", '    with path.open("rb") as fh:',
          '        resp = requests.post(%s, files={"file": fh}, headers=HEADERS, timeout=60)' % q("https://api.%s.com/v1/upload" % g.pick(COMPANIES)),
          "    resp.raise_for_status()", "    return resp.json()", "", "",
          "HEADERS = {\"Authorization\": f\"Bearer {%s}\"}" % S["sec_name"], "", "",
          'if __name__ == "__main__":', "    for p in sorted(Path(sys.argv[1]).glob(\"*.jpg\")):", "        print(p.name, upload(p).get(\"id\"))"]
    return g.pick(["scripts/upload_assets.py", "tools/sync_media.py", "bin/backfill_thumbs.py", "scripts/migrate_uploads.py"]), L, "python"


def fmt_js(g, v):
    if isinstance(v, Ref):
        return g.pick(["process.env.%s" % v.name, "process.env.%s ?? ''" % v.name, "process.env['%s']" % v.name])
    return q(v, g.pick(["'", '"']))


def r_jsconfig(g, S):
    ts = g.chance(0.5)
    L = ["// %s" % g.pick(["Central config for media providers", "Do not import from client components", "Upload settings"]), ""]
    L.append("export const %s = {" % g.pick(["config", "mediaConfig", "storageConfig", "settings"]))
    L.append("  %s: {" % S["block"])
    for n, v in S["entries"]:
        L.append("    %s: %s," % (camel(S, n), fmt_js(g, v)))
    L += ["  },", "  maxFileSize: %d * 1024 * 1024," % g.pick([8, 16, 32]), "  allowedTypes: ['image/jpeg', 'image/png', 'image/webp'],", "}" + (" as const" if ts else ""), ""]
    return g.pick(["src/config/%s.%s" % (S["block"].lower(), "ts" if ts else "js"), "lib/config.%s" % ("ts" if ts else "js"), "config/media.%s" % ("ts" if ts else "mjs")]), L, "typescript" if ts else "javascript"


def r_nextconfig(g, S):
    L = ["/** @type {import('next').NextConfig} */", "const nextConfig = {", "  reactStrictMode: true,", "  images: {",
         "    remotePatterns: [", "      { protocol: 'https', hostname: '%s' }," % g.pick(["res.cloudinary.com", "ik.imagekit.io", "ucarecdn.com", "cdn.sanity.io", "images.ctfassets.net", "*.public.blob.vercel-storage.com"]),
         "    ],", "  },", "  env: {"]
    for n, v in S["entries"]:
        L.append("    %s: %s," % (n, fmt_js(g, v)))
    L += ["  },", "  experimental: { serverActions: { bodySizeLimit: '%dmb' } }," % g.pick([4, 10, 20]), "}", "", "module.exports = nextConfig"]
    return "next.config.js", L, "next-config"


def r_nextroute(g, S):
    L = ["import { NextResponse } from 'next/server'", "", "export const runtime = 'nodejs'", ""]
    for n, v in S["entries"]:
        L.append("const %s = %s" % (camel(S, n) if g.chance(0.5) else n, fmt_js(g, v)))
    sec_var = camel(S, S["sec_name"]) if L[-1].startswith("const " + camel(S, S["sec_name"])) else S["sec_name"]
    L += ["", "export async function POST(req: Request) {", "  const form = await req.formData()", "  const file = form.get('file') as File | null",
          "  if (!file) return NextResponse.json({ error: 'missing file' }, { status: 400 })", "",
          "  const res = await fetch('https://api.%s.com/v1/assets', {" % g.pick(COMPANIES), "    method: 'POST',",
          "    headers: { Authorization: `Bearer ${%s}` }," % sec_var, "    body: form,", "  })",
          "  return NextResponse.json(await res.json(), { status: res.status })", "}"]
    return g.pick(["app/api/upload/route.ts", "src/app/api/media/route.ts", "app/api/videos/upload/route.ts"]), L, "nextjs-route"


def fmt_go(g, v):
    if isinstance(v, Ref):
        return 'os.Getenv("%s")' % v.name
    return q(v, g.pick(['"', "`"]))


def r_go(g, S):
    pkg = g.pick(["storage", "media", "upload", "assets"])
    L = ["package %s" % pkg, "", "import (", '\t"context"', '\t"fmt"', '\t"net/http"', '\t"os"', ")", ""]
    if g.chance(0.5):
        L.append("var cfg = Config{")
        for n, v in S["entries"]:
            L.append("\t%s: %s," % (pascal(S, n), fmt_go(g, v)))
        L.append("}")
    else:
        has_ref = any(isinstance(v, Ref) for _, v in S["entries"])
        L.append("var (" if has_ref else "const (")
        for n, v in S["entries"]:
            L.append("\t%s = %s" % (camel(S, n), fmt_go(g, v)))
        L.append(")")
    L += ["", "// Config holds %s credentials." % S["kind"].provider, "type Config struct {"]
    for n, _ in S["entries"]:
        L.append("\t%s string" % pascal(S, n))
    L += ["}", "", "func Upload(ctx context.Context, name string) error {", "\treq, err := http.NewRequestWithContext(ctx, http.MethodPut, fmt.Sprintf(\"https://%s/%%s\", name), nil)" % g.pick(["storage.bunnycdn.com/zone", "api.example-media.com/v1/files", "upload.internal/v2"]),
          "\tif err != nil {", "\t\treturn err", "\t}", "\t_ = os.Getenv(\"DEBUG\")", "\t_, err = http.DefaultClient.Do(req)", "\treturn err", "}"]
    return g.pick(["internal/%s/%s.go" % (pkg, S["block"].lower().replace(".", "")), "pkg/%s/client.go" % pkg, "cmd/uploader/config.go"]), L, "go"


def fmt_rb(g, v, S):
    if isinstance(v, Ref):
        return g.pick(['ENV.fetch("%s")' % v.name, 'ENV["%s"]' % v.name,
                       "Rails.application.credentials.dig(:%s, :%s)" % (S["block"].lower().replace(".", ""), snake(S, v.name))])
    return q(v, g.pick(['"', "'"]))


def r_ruby(g, S):
    mod = {"cloudinary": "Cloudinary", "imgix": "Imgix", "imagekit": "ImageKitIo", "uploadcare": "Uploadcare", "mux": "MuxRuby",
           "vimeo": "VimeoMe2", "transloadit": "Transloadit", "filestack": "Filestack", "contentful": "Contentful"}.get(S["kind"].block)
    L = ["# frozen_string_literal: true", ""]
    if mod and g.chance(0.6):
        L.append("%s.configure do |config|" % mod)
        for n, v in S["entries"]:
            L.append("  config.%s = %s" % (snake(S, n), fmt_rb(g, v, S)))
        L += ["  config.secure = true" if S["kind"].block == "cloudinary" else "  config.timeout = %d" % g.pick([30, 60, 120]), "end"]
    else:
        L.append("Rails.application.config.x.%s = {" % S["block"].lower().replace(".", ""))
        for n, v in S["entries"]:
            L.append("  %s: %s," % (snake(S, n), fmt_rb(g, v, S)))
        L.append("}.freeze")
    L += ["", "Rails.application.config.active_storage.variant_processor = :%s" % g.pick(["vips", "mini_magick"])]
    return "config/initializers/%s.rb" % S["block"].lower().replace(".", ""), L, "ruby"


def fmt_php(g, v):
    if isinstance(v, Ref):
        return "env('%s')" % v.name
    return q(v, "'")


def r_php(g, S):
    L = ["<?php", "", "return [", "", "    /*", "    |--------------------------------------------------------------------------",
         "    | Third Party Services", "    |--------------------------------------------------------------------------", "    */", "",
         "    'mailgun' => [", "        'domain' => env('MAILGUN_DOMAIN'),", "        'secret' => env('MAILGUN_SECRET'),", "    ],", "",
         "    '%s' => [" % S["block"].lower().replace(".", "")]
    for n, v in S["entries"]:
        L.append("        '%s' => %s," % (snake(S, n), fmt_php(g, v)))
    L += ["    ],", "", "];"]
    return "config/services.php", L, "php"


def r_readme(g, S):
    prov = S["kind"].provider
    L = ["# %s" % g.pick(PROJECTS), "", g.pick(["Upload service for the storefront.", "Handles image and video ingestion.", "Media pipeline: ingest, transform, deliver."]), "",
         "## Local setup", "", "1. `cp .env.example .env`", "2. Fill in the %s credentials (ask in #%s)" % (prov, g.pick(["platform", "media-team", "infra"])),
         "3. `npm install && npm run dev`", "", "```bash"]
    for n, v in S["entries"]:
        L.append("export %s=%s" % (n, ("$(op read op://%s/%s/credential)" % (g.pick(["Engineering", "Shared", "Media"]), n.lower())) if isinstance(v, Ref) else v))
    L += ["```", "", "## Smoke test", "", "```bash", "npm run upload -- ./fixtures/%s" % g.pick(["cat.jpg", "sample.mp4", "banner.png"]), "```", "",
          "Uploads larger than %d MB are rejected with `413`." % g.pick([10, 25, 100])]
    return g.pick(["README.md", "docs/setup.md", "docs/%s.md" % prov.replace(".", "")]), L, "markdown"


def r_postman(g, S):
    vals = []
    for n, v in S["entries"]:
        val = ("{{vault:%s}}" % kebab(S, n)) if isinstance(v, Ref) else v
        vals.append({"key": camel(S, n), "value": val, "type": "secret" if n == S["sec_name"] else "default", "enabled": True})
    vals.insert(0, {"key": "baseUrl", "value": "https://api.%s.com" % g.pick(COMPANIES), "type": "default", "enabled": True})
    doc = {"id": g.uuid(), "name": "%s - %s" % (S["kind"].provider, g.pick(["prod", "staging", "dev"])), "values": vals,
           "_postman_variable_scope": "environment", "_postman_exported_at": "%sT%02d:%02d:%02d.%03dZ" % (g.date(), g.rint(0, 23), g.rint(0, 59), g.rint(0, 59), g.rint(0, 999)),
           "_postman_exported_using": "Postman/%d.%d.%d" % (g.rint(10, 11), g.rint(0, 30), g.rint(0, 9))}
    return "postman/%s.postman_environment.json" % S["kind"].provider.replace(".", ""), json.dumps(doc, indent="\t").split("\n"), "postman-env"


def r_wrangler(g, S):
    name = svc(g)
    L = ['name = "%s"' % name, 'main = "src/index.ts"', 'compatibility_date = "%s"' % g.date(2024, 2025), 'compatibility_flags = ["nodejs_compat"]', "",
         "[[r2_buckets]]", 'binding = "UPLOADS"', 'bucket_name = "%s"' % bucket_name(g), "", "[vars]"]
    later = []
    for n, v in S["entries"]:
        if isinstance(v, Ref):
            later.append("# %s is a secret: `wrangler secret put %s`" % (n, n))
        else:
            L.append('%s = "%s"' % (n, v))
    L += [""] + later + ["", "[observability]", "enabled = true"]
    return "wrangler.toml", L, "wrangler-toml"


def r_gha(g, S):
    L = ["name: %s" % g.pick(["Deploy media worker", "Sync assets", "Publish uploads", "Nightly backup"]), "", "on:", "  push:", "    branches: [main]",
         "  workflow_dispatch:", "", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    env:"]
    for n, v in S["entries"]:
        L.append("      %s: %s" % (n, ("${{ secrets.%s }}" % n) if isinstance(v, Ref) else v))
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-node@v4", "        with:", "          node-version: 20",
          "      - run: npm ci", "      - run: npm run %s" % g.pick(["sync:assets", "deploy", "upload:fixtures", "backup"])]
    return ".github/workflows/%s.yml" % g.pick(["deploy", "sync-assets", "media", "backup"]), L, "github-actions"


def r_helm(g, S):
    L = ["replicaCount: %d" % g.rint(1, 3), "", "image:", "  repository: ghcr.io/%s/%s" % (g.pick(COMPANIES), svc(g)), "  tag: \"%s\"" % g.hex(7), "",
         "%s:" % S["block"]]
    refs = [n for n, v in S["entries"] if isinstance(v, Ref)]
    for n, v in S["entries"]:
        if not isinstance(v, Ref):
            L.append("  %s: %s" % (camel(S, n), q(v)))
    if refs:
        L += ["  existingSecret: %s-credentials" % S["block"].lower().replace(".", ""), "  existingSecretKeys:"]
        for n in refs:
            L.append("    %s: %s" % (camel(S, n), kebab(S, n)))
    L += ["", "resources:", "  limits:", "    memory: 512Mi", "  requests:", "    cpu: 100m"]
    return "charts/%s/values%s.yaml" % (svc(g), g.pick(["", "-prod", "-staging"])), L, "helm-values"


def r_spring(g, S):
    L = ["server:", "  port: 8080", "spring:", "  servlet:", "    multipart:", "      max-file-size: %dMB" % g.pick([10, 50, 200]), "",
         "%s:" % S["block"].lower().replace(".", "")]
    for n, v in S["entries"]:
        L.append("  %s: %s" % (kebab(S, n), ("${%s}" % n) if isinstance(v, Ref) else v))
    L += ["", "logging:", "  level:", "    root: INFO"]
    return g.pick(["src/main/resources/application.yml", "src/main/resources/application-prod.yml"]), L, "spring-yaml"


def r_appsettings(g, S):
    sec = {}
    for n, v in S["entries"]:
        sec[pascal(S, n)] = ("@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/%s/)" % (g.pick(COMPANIES), kebab(S, n))) if isinstance(v, Ref) else v
    doc = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}}, "AllowedHosts": "*",
           S["block"][0].upper() + S["block"][1:]: sec}
    doc.setdefault("Uploads", {"MaxBytes": g.pick([10485760, 52428800])})
    return g.pick(["appsettings.json", "appsettings.Production.json", "src/Api/appsettings.json"]), json.dumps(doc, indent=2).split("\n"), "appsettings-json"


def r_dockerfile(g, S):
    L = ["FROM node:20-alpine AS base", "WORKDIR /app", "COPY package*.json ./", "RUN npm ci --omit=dev", "COPY . .", ""]
    for n, v in S["entries"]:
        if isinstance(v, Ref):
            L += ["ARG %s" % n, "ENV %s=${%s}" % (n, n)]
        else:
            L.append("ENV %s=%s" % (n, q(v) if g.chance(0.5) else v))
    L += ["", "EXPOSE 3000", 'CMD ["node", "dist/server.js"]']
    return g.pick(["Dockerfile", "docker/Dockerfile.worker", "services/%s/Dockerfile" % svc(g)]), L, "dockerfile"


def r_shell(g, S):
    L = ["#!/usr/bin/env bash", "set -euo pipefail", ""]
    for n, v in S["entries"]:
        if isinstance(v, Ref):
            L.append(': "${%s:?%s is required}"' % (n, n))
        else:
            L.append('export %s="%s"' % (n, v) if g.chance(0.6) else '%s="%s"' % (n, v))
    L += ["", 'SRC_DIR="${1:-./dist/assets}"', "", 'for f in "$SRC_DIR"/*; do', '  echo "uploading $f"',
          '  curl -sSf -X PUT "https://upload.%s.com/v1/files/$(basename "$f")" \\' % g.pick(COMPANIES),
          '    -H "Authorization: Bearer ${%s}" \\' % S["sec_name"], '    --data-binary @"$f" > /dev/null', "done"]
    return g.pick(["scripts/upload.sh", "bin/sync-assets.sh", "deploy/push-media.sh"]), L, "shell"


def r_http(g, S):
    co = g.pick(COMPANIES)
    L = []
    for n, v in S["entries"]:
        L.append("@%s = %s" % (camel(S, n), ("{{$dotenv %s}}" % n) if isinstance(v, Ref) else v))
    L += ["", "### List assets", "GET https://api.%s.com/v1/assets?limit=%d" % (co, g.pick([10, 20, 50])),
          "Authorization: Bearer {{%s}}" % camel(S, S["sec_name"]), "Accept: application/json", "", "### Upload",
          "POST https://api.%s.com/v1/assets" % co, "Authorization: Bearer {{%s}}" % camel(S, S["sec_name"]),
          "Content-Type: image/jpeg", "", "< ./fixtures/%s.jpg" % g.pick(["cat", "hero", "banner"])]
    return g.pick(["requests/%s.http" % S["block"].lower().replace(".", ""), "api.http", "docs/%s.http" % g.pick(["media", "upload"])]), L, "http-client"


def r_properties(g, S):
    L = ["# %s" % g.pick(["Application properties", "prod profile"]), "server.port=8080", "spring.servlet.multipart.max-file-size=%dMB" % g.pick([10, 50]), ""]
    for n, v in S["entries"]:
        L.append("%s.%s=%s" % (S["block"].lower().replace(".", ""), kebab(S, n), ("${%s}" % n) if isinstance(v, Ref) else v))
    L += ["", "management.endpoints.web.exposure.include=health,info"]
    return g.pick(["src/main/resources/application.properties", "src/main/resources/application-prod.properties"]), L, "properties"


BEARER_RENDERERS = (r_pyscript, r_nextroute, r_shell, r_http)
GENERIC_RENDERERS = [r_dotenv, r_dotenv, r_dotenv, r_compose, r_k8s, r_terraform, r_django, r_pyscript, r_jsconfig, r_nextconfig, r_nextroute,
                     r_go, r_ruby, r_php, r_readme, r_postman, r_wrangler, r_gha, r_helm, r_spring, r_appsettings, r_dockerfile, r_shell,
                     r_http, r_properties]


# ---------------------------------------------------------------- special renderers (S3-compatible)
RCLONE_PROVIDER = {"aws": "AWS", "wasabi": "Wasabi", "digitalocean": "DigitalOcean", "linode": "Linode", "minio": "Minio", "ceph": "Ceph",
                   "google": "GCS", "cloudflare": "Cloudflare", "backblaze": "Other"}


def s3vals(S):
    d = S["d"]
    return S["idv"], S["secv"], d.get("endpoint"), d.get("region", "us-east-1"), d.get("bucket") or d["comps"][-1][1] if d.get("comps") else d.get("bucket")


def erb(g, v, path):
    if isinstance(v, Ref):
        return g.pick(['<%%= ENV["%s"] %%>' % v.name, "<%%= ENV.fetch('%s') %%>" % v.name,
                       "<%%= Rails.application.credentials.dig(%s) %%>" % ", ".join(":" + p for p in path)])
    return v


def r_s3_storage_yml(g, S):
    idv, secv, ep, region, bucket = s3vals(S)
    name = S["kind"].block.lower().replace(".", "")
    L = ["test:", "  service: Disk", '  root: <%= Rails.root.join("tmp/storage") %>', "", "local:", "  service: Disk",
         '  root: <%= Rails.root.join("storage") %>', "", "%s:" % name, "  service: S3",
         "  access_key_id: %s" % erb(g, idv, [name, "access_key_id"]), "  secret_access_key: %s" % erb(g, secv, [name, "secret_access_key"]),
         "  region: %s" % region, "  bucket: %s" % bucket]
    if S["kind"].provider != "aws":
        L += ["  endpoint: %s" % ep, "  force_path_style: true"]
    L += ["  public: false", "", "mirror:", "  service: Mirror", "  primary: %s" % name, "  mirrors: [ local ]"]
    return "config/storage.yml", L, "rails-storage-yml"


def rb(g, v):
    return ('ENV.fetch("%s")' % v.name) if isinstance(v, Ref) else q(v, g.pick(['"', "'"]))


def r_carrierwave(g, S):
    idv, secv, ep, region, bucket = s3vals(S)
    L = ["CarrierWave.configure do |config|", "  config.fog_provider = 'fog/aws'", "  config.fog_credentials = {", "    provider:              'AWS',",
         "    aws_access_key_id:     %s," % rb(g, idv), "    aws_secret_access_key: %s," % rb(g, secv), "    region:                '%s'," % region]
    if S["kind"].provider != "aws":
        L += ["    endpoint:              '%s'," % ep, "    path_style:            true"]
    L += ["  }", "  config.fog_directory  = '%s'" % bucket, "  config.fog_public     = false",
          "  config.fog_attributes = { cache_control: \"public, max-age=#{365.days.to_i}\" }", "  config.storage = Rails.env.test? ? :file : :fog", "end"]
    return "config/initializers/carrierwave.rb", L, "ruby-carrierwave"


def r_shrine(g, S):
    idv, secv, ep, region, bucket = s3vals(S)
    L = ['require "shrine"', 'require "shrine/storage/s3"', "", "s3_options = {", "  bucket:            %s," % q(bucket),
         "  region:            %s," % q(region), "  access_key_id:     %s," % rb(g, idv), "  secret_access_key: %s," % rb(g, secv)]
    if S["kind"].provider != "aws":
        L += ["  endpoint:          %s," % q(ep), "  force_path_style:  true,"]
    L += ["}", "", "Shrine.storages = {", '  cache: Shrine::Storage::S3.new(prefix: "cache", **s3_options),', "  store: Shrine::Storage::S3.new(**s3_options),",
          "}", "", "Shrine.plugin :activerecord", "Shrine.plugin :cached_attachment_data", "Shrine.plugin :restore_cached_data", "Shrine.plugin :derivatives"]
    return "config/initializers/shrine.rb", L, "ruby-shrine"


def r_laravel_fs(g, S):
    idv, secv, ep, region, bucket = s3vals(S)
    disk = S["kind"].block.lower().replace(".", "")
    L = ["<?php", "", "return [", "", "    'default' => env('FILESYSTEM_DISK', 'local'),", "", "    'disks' => [", "",
         "        'local' => [", "            'driver' => 'local',", "            'root' => storage_path('app'),", "            'throw' => false,", "        ],", "",
         "        'public' => [", "            'driver' => 'local',", "            'root' => storage_path('app/public'),",
         "            'url' => env('APP_URL').'/storage',", "            'visibility' => 'public',", "        ],", "",
         "        '%s' => [" % disk, "            'driver' => 's3',", "            'key' => %s," % fmt_php(g, idv), "            'secret' => %s," % fmt_php(g, secv),
         "            'region' => '%s'," % region, "            'bucket' => '%s'," % bucket]
    if S["kind"].provider != "aws":
        L += ["            'endpoint' => '%s'," % ep, "            'use_path_style_endpoint' => true,"]
    L += ["            'throw' => false,", "        ],", "", "    ],", "", "    'links' => [", "        public_path('storage') => storage_path('app/public'),", "    ],", "", "];"]
    return "config/filesystems.php", L, "laravel-filesystems"


def r_django_storages(g, S):
    idv, secv, ep, region, bucket = s3vals(S)
    L = ["import os", "", "from .base import *  # noqa: F401,F403", ""]
    if g.chance(0.5):
        L += ["AWS_ACCESS_KEY_ID = %s" % fmt_py(g, idv), "AWS_SECRET_ACCESS_KEY = %s" % fmt_py(g, secv), "AWS_STORAGE_BUCKET_NAME = %s" % q(bucket),
              "AWS_S3_REGION_NAME = %s" % q(region)]
        if S["kind"].provider != "aws":
            L.append("AWS_S3_ENDPOINT_URL = %s" % q(ep))
        L += ["AWS_S3_FILE_OVERWRITE = False", "AWS_DEFAULT_ACL = None", 'DEFAULT_FILE_STORAGE = "storages.backends.s3boto3.S3Boto3Storage"']
    else:
        L += ["STORAGES = {", '    "default": {', '        "BACKEND": "storages.backends.s3.S3Storage",', '        "OPTIONS": {',
              '            "access_key": %s,' % fmt_py(g, idv), '            "secret_key": %s,' % fmt_py(g, secv), '            "bucket_name": %s,' % q(bucket),
              '            "region_name": %s,' % q(region)]
        if S["kind"].provider != "aws":
            L.append('            "endpoint_url": %s,' % q(ep))
        L += ['            "querystring_expire": 3600,', "        },", "    },", '    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},', "}"]
    L += ["", 'MEDIA_URL = "https://%s/"' % (ep.replace("https://", "").replace("http://", "") + "/" + bucket if ep else bucket)]
    return g.pick(["config/settings/production.py", "project/settings/storage.py", "settings/prod.py"]), L, "django-storages"


def r_rclone(g, S):
    idv, secv, ep, region, bucket = s3vals(S)
    remote = g.pick(["media", "prod", "backup", S["kind"].block.lower().replace(".", ""), "offsite"])
    L = ["[local-cache]", "type = alias", "remote = /var/cache/uploads", "", "[%s]" % remote]
    if S["kind"].provider == "backblaze" and g.chance(0.6):
        L += ["type = b2", "account = %s" % (idv if not isinstance(idv, Ref) else ""), "hard_delete = false"]
        if isinstance(secv, Ref):
            L.insert(len(L) - 1, "# key comes from RCLONE_CONFIG_%s_KEY" % remote.upper())
        else:
            L.insert(len(L) - 1, "key = %s" % secv)
    else:
        L += ["type = s3", "provider = %s" % RCLONE_PROVIDER.get(S["kind"].provider, "Other")]
        if isinstance(secv, Ref) or isinstance(idv, Ref):
            L += ["env_auth = true", "# credentials: RCLONE_CONFIG_%s_ACCESS_KEY_ID / RCLONE_CONFIG_%s_SECRET_ACCESS_KEY" % (remote.upper(), remote.upper())]
        else:
            L += ["env_auth = false", "access_key_id = %s" % idv, "secret_access_key = %s" % secv]
        L += ["region = %s" % region]
        if ep and S["kind"].provider != "aws":
            L.append("endpoint = %s" % ep.replace("https://", "") if g.chance(0.5) else "endpoint = %s" % ep)
        L += ["acl = private", "no_check_bucket = true"]
    L += ["", "[%s-crypt]" % remote, "type = crypt", "remote = %s:%s/encrypted" % (remote, bucket), "filename_encryption = standard"]
    return g.pick([".config/rclone/rclone.conf", "deploy/rclone.conf", "backup/rclone.conf"]), L, "rclone-conf"


def r_s3cfg(g, S):
    idv, secv, ep, region, bucket = s3vals(S)
    host = (ep or "s3.amazonaws.com").replace("https://", "").replace("http://", "")
    L = ["[default]", "access_key = %s" % ("" if isinstance(idv, Ref) else idv), "secret_key = %s" % ("" if isinstance(secv, Ref) else secv),
         "bucket_location = %s" % region, "host_base = %s" % host, "host_bucket = %%(bucket)s.%s" % host, "use_https = True",
         "check_ssl_certificate = True", "signature_v2 = False", "multipart_chunk_size_mb = %d" % g.pick([15, 64, 128]), "human_readable_sizes = True",
         "default_mime_type = binary/octet-stream", "guess_mime_type = True"]
    if isinstance(secv, Ref):
        L.insert(0, "# keys are read from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY when empty")
    return g.pick([".s3cfg", "deploy/s3cfg", "ops/.s3cfg"]), L, "s3cfg"


def r_mc_config(g, S):
    idv, secv, ep, region, bucket = s3vals(S)
    alias = g.pick(["prod", "media", "minio", "backup", S["kind"].block.lower()])
    aliases = {"gcs": {"url": "https://storage.googleapis.com", "accessKey": "YOUR-ACCESS-KEY-HERE", "secretKey": "YOUR-SECRET-KEY-HERE", "api": "S3v2", "path": "dns"},
               "local": {"url": "http://localhost:9000", "accessKey": "", "secretKey": "", "api": "S3v4", "path": "auto"},
               alias: {"url": ep or "https://s3.amazonaws.com", "accessKey": "" if isinstance(idv, Ref) else idv,
                       "secretKey": "" if isinstance(secv, Ref) else secv, "api": "s3v4", "path": "auto"}}
    doc = {"version": "10", "aliases": aliases}
    return g.pick([".mc/config.json", "ops/mc/config.json"]), json.dumps(doc, indent="\t").split("\n"), "mc-config-json"


def r_mc_alias(g, S):
    idv, secv, ep, region, bucket = s3vals(S)
    L = ["#!/bin/sh", "# mirror originals into the %s bucket" % S["kind"].provider, "set -e", ""]
    a = "\"$ACCESS_KEY\"" if isinstance(idv, Ref) else idv
    s = "\"$SECRET_KEY\"" if isinstance(secv, Ref) else secv
    L += ["mc alias set dst %s %s %s" % (ep, a, s), "mc mb --ignore-existing dst/%s" % bucket,
          "mc mirror --overwrite --remove ./public/uploads dst/%s/uploads" % bucket, "mc ls --recursive dst/%s | tail -n 5" % bucket]
    return g.pick(["scripts/mirror-uploads.sh", "ops/sync.sh", "bin/mc-mirror"]), L, "shell"


def r_node_s3(g, S):
    idv, secv, ep, region, bucket = s3vals(S)
    ts = g.chance(0.6)
    L = ["import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3'", "import { readFile } from 'node:fs/promises'", "",
         "export const s3 = new S3Client({", "  region: '%s'," % region]
    if S["kind"].provider != "aws":
        L += ["  endpoint: '%s'," % ep, "  forcePathStyle: true,"]
    L += ["  credentials: {", "    accessKeyId: %s," % fmt_js(g, idv), "    secretAccessKey: %s," % fmt_js(g, secv), "  },", "})", "",
          "export async function putFile(key%s, path%s) {" % ((": string",) * 2 if ts else ("", "")), "  const Body = await readFile(path)",
          "  await s3.send(new PutObjectCommand({ Bucket: '%s', Key: key, Body }))" % bucket, "  return `%s/%s/${key}`" % (ep, bucket), "}"]
    return g.pick(["src/lib/s3.%s" % ("ts" if ts else "js"), "server/storage.%s" % ("ts" if ts else "mjs"), "lib/uploader.%s" % ("ts" if ts else "js")]), L, "typescript" if ts else "javascript"


def r_b2_cli(g, S):
    idv, secv, ep, region, bucket = s3vals(S)
    L = ["#!/usr/bin/env bash", "# nightly offsite copy of the uploads volume", "set -euo pipefail", ""]
    a = '"$B2_APPLICATION_KEY_ID"' if isinstance(idv, Ref) else idv
    s = '"$B2_APPLICATION_KEY"' if isinstance(secv, Ref) else secv
    L += ["b2 account authorize %s %s" % (a, s) if g.chance(0.6) else "b2 authorize-account %s %s" % (a, s),
          "b2 sync --keep-days %d --replace-newer /srv/uploads b2://%s/uploads" % (g.pick([7, 30, 90]), bucket), 'echo "done $(date -Iseconds)"']
    return g.pick(["ops/backup-b2.sh", "cron/offsite.sh", "scripts/b2-sync.sh"]), L, "shell"


# ---------------------------------------------------------------- special renderers (media / files)
def r_cloudinary_url(g, S):
    d = S["d"]
    secv = S["secv"]
    if isinstance(secv, Ref):
        url = None
    elif S["mode"] == "pos":
        url = "cloudinary://%s:%s@%s" % (d["api_key"], secv, d["cloud"])
    else:
        url = secv if secv.startswith("cloudinary://") else "cloudinary://%s:%s@%s" % (d["api_key"], secv, d["cloud"])
    name = S["sec_name"]
    style = g.rint(0, 3)
    if style == 0:
        L = ["# Cloudinary", "%s=%s" % (name, url if url else "${CLOUDINARY_URL_%s}" % g.pick(["PROD", "STAGING"])),
             "CLOUDINARY_UPLOAD_FOLDER=%s" % g.pick(["avatars", "products", "user-content"]), "", "PORT=%d" % g.pick([3000, 8000]), "NODE_ENV=production"]
        return g.pick([".env", ".env.production", "backend/.env"]), L, "dotenv"
    if style == 1:
        L = ["services:", "  web:", "    build: .", "    environment:", "      - %s=%s" % (name, url if url else "${%s}" % name), "      - RAILS_ENV=production",
             "      - WEB_CONCURRENCY=2", "    ports:", '      - "3000:3000"']
        return "docker-compose.yml", L, "docker-compose"
    if style == 2:
        doc = {"name": g.pick(PROJECTS), "description": "Image service", "env": {
            name: ({"description": "Cloudinary credentials URL", "required": True} if not url else {"value": url}),
            "RAILS_SERVE_STATIC_FILES": {"value": "enabled"}}, "addons": ["heroku-postgresql:essential-0"], "buildpacks": [{"url": "heroku/ruby"}]}
        return "app.json", json.dumps(doc, indent=2).split("\n"), "heroku-app-json"
    L = ["import os", "", "import cloudinary", "import cloudinary.uploader", "",
         "cloudinary.config(cloudinary_url=%s)" % (q(url) if url else 'os.environ["%s"]' % name), "", "",
         "def push(path, folder=%s):" % q(g.pick(["products", "avatars", "blog"])), "    return cloudinary.uploader.upload(path, folder=folder, overwrite=True, resource_type=\"auto\")"]
    return g.pick(["media/cloudinary_client.py", "app/services/images.py"]), L, "python"


def r_cloudinary_yml(g, S):
    d = S["d"]
    secv = S["secv"]
    sv = erb(g, secv, ["cloudinary", "api_secret"]) if isinstance(secv, Ref) else "'%s'" % secv
    L = ["---", "development:", "  cloud_name: %s" % d["cloud"], "  api_key: '%s'" % d["api_key"], "  api_secret: %s" % sv,
         "  enhance_image_tag: true", "  static_file_support: false", "production:", "  cloud_name: %s" % d["cloud"], "  api_key: '%s'" % d["api_key"],
         "  api_secret: <%= ENV['CLOUDINARY_API_SECRET'] %>" if S["mode"] == "pos" else "  api_secret: %s" % sv,
         "  enhance_image_tag: true", "  static_file_support: true", "test:", "  cloud_name: %s" % d["cloud"], "  api_key: '%s'" % d["api_key"],
         "  api_secret: <%= ENV['CLOUDINARY_API_SECRET'] %>", "  enhance_image_tag: true"]
    return "config/cloudinary.yml", L, "cloudinary-yml"


def curl_lines(g, S, v):
    d = S["d"]
    k = S["kind"]
    p, kind = k.provider, k.kind
    vv = ("$%s" % v.name) if isinstance(v, Ref) else v
    first = lambda: d["comps"][0][1]
    if p == "cloudinary":
        return ['curl -u %s:%s \\' % (d["api_key"], vv), '  "https://api.cloudinary.com/v1_1/%s/resources/image?max_results=50"' % d["cloud"]]
    if p == "imgix":
        return ['curl -H "Authorization: Bearer %s" \\' % vv, '  -H "Accept: application/vnd.api+json" \\', "  https://api.imgix.com/api/v1/sources"]
    if p == "imagekit":
        return ["curl https://api.imagekit.io/v1/files?limit=20 \\", "  -u %s:" % vv]
    if p == "uploadcare":
        return ['curl -H "Accept: application/vnd.uploadcare-v0.7+json" \\', '  -H "Authorization: Uploadcare.Simple %s:%s" \\' % (first(), vv),
                '  "https://api.uploadcare.com/files/?limit=10"']
    if p == "mux":
        return ["curl https://api.mux.com/video/v1/assets \\", '  -H "Content-Type: application/json" \\',
                '  -X POST -d \'{ "input": [{"url": "https://storage.googleapis.com/muxdemofiles/mux.mp4"}], "playback_policy": ["public"] }\' \\',
                "  -u %s:%s" % (first(), vv)]
    if p == "api.video":
        return ["curl --request POST \\", "  --url https://ws.api.video/videos \\", "  --user %s: \\" % vv, "  --header 'content-type: application/json' \\",
                "  --data '{\"title\": \"%s\"}'" % g.pick(["Launch teaser", "Onboarding", "Demo day"])]
    if p == "vimeo":
        return ["curl -H \"Authorization: bearer %s\" \\" % vv, "  -H \"Accept: application/vnd.vimeo.*+json;version=3.4\" \\", "  https://api.vimeo.com/me/videos?per_page=25"]
    if p == "wistia":
        return ['curl -H "Authorization: Bearer %s" https://api.wistia.com/v1/medias.json' % vv]
    if p == "bunny" and kind == "storage_password":
        return ["curl --request PUT \\", "  --url https://%s/%s/%s \\" % (d["comps"][1][1], d["zone"], g.pick(["images/hero.webp", "videos/intro.mp4", "docs/terms.pdf"])),
                "  --header 'AccessKey: %s' \\" % vv, "  --header 'Content-Type: application/octet-stream' \\", "  --data-binary @%s" % g.pick(["hero.webp", "intro.mp4", "terms.pdf"])]
    if p == "bunny":
        return ["curl --request GET \\", "  --url 'https://api.bunny.net/pullzone?page=1&perPage=100' \\", "  --header 'AccessKey: %s' \\" % vv,
                "  --header 'accept: application/json'"]
    if p == "cloudflare":
        return ["curl -X POST \\", "  https://api.cloudflare.com/client/v4/accounts/%s/images/v1 \\" % first(), '  -H "Authorization: Bearer %s" \\' % vv,
                "  -F file=@./%s" % g.pick(["logo.png", "hero.jpg"])]
    if p == "digitalocean":
        return ['curl -X GET -H "Content-Type: application/json" \\', '  -H "Authorization: Bearer %s" \\' % vv, '  "https://api.digitalocean.com/v2/cdn/endpoints"']
    if p == "linode":
        return ['curl -H "Authorization: Bearer %s" \\' % vv, "  https://api.linode.com/v4/object-storage/buckets"]
    if p == "dropbox":
        return ["curl -X POST https://content.dropboxapi.com/2/files/upload \\", '  --header "Authorization: Bearer %s" \\' % vv,
                '  --header "Dropbox-API-Arg: {\\"path\\": \\"/exports/%s\\",\\"mode\\": \\"overwrite\\"}" \\' % g.pick(["report.csv", "backup.tar.gz"]),
                '  --header "Content-Type: application/octet-stream" \\', "  --data-binary @%s" % g.pick(["report.csv", "backup.tar.gz"])]
    if p == "box":
        return ['curl -i -X GET "https://api.box.com/2.0/folders/0/items?limit=100" \\', '  -H "Authorization: Bearer %s"' % vv]
    return ['curl -H "Authorization: Bearer %s" https://api.example.com/' % vv]


def r_curl(g, S):
    v = S["secv"]
    body = curl_lines(g, S, v)
    style = g.rint(0, 2)
    if style == 0:
        L = ["# %s API notes" % S["kind"].provider, "", g.pick(["Quick checks against the provider API.", "Handy when debugging uploads.", "Copied from the runbook."]), "",
             "```bash"] + body + ["```", "", "Response is JSON; `jq '.'` helps."]
        return g.pick(["docs/%s.md" % S["kind"].provider.replace(".", ""), "NOTES.md", "docs/runbook.md"]), L, "markdown"
    if style == 1:
        L = ["#!/usr/bin/env bash", "set -euo pipefail", ""] + body
        return g.pick(["scripts/%s-check.sh" % S["kind"].block.lower().replace(".", ""), "bin/list-assets.sh", "tools/smoke.sh"]), L, "shell"
    L = [".PHONY: assets-list", "", "assets-list:"] + ["\t" + x for x in body] + ["", "clean:", "\trm -rf tmp/uploads"]
    return "Makefile", L, "makefile"


def r_ffmpeg(g, S):
    d = S["d"]
    v = S["secv"]
    vv = ('${%s}' % v.name) if isinstance(v, Ref) else v
    rtmp = d["rtmp"]
    style = g.rint(0, 2)
    if style == 0:
        L = ["#!/usr/bin/env bash", "# restream the studio feed", "set -euo pipefail", "",
             'INPUT="${1:-srt://0.0.0.0:9000?mode=listener}"', "", "ffmpeg -hide_banner -re -i \"$INPUT\" \\",
             "  -c:v libx264 -preset veryfast -b:v %dk -maxrate %dk -bufsize %dk \\" % ((g.pick([3500, 4500, 6000]),) * 2 + (g.pick([7000, 9000]),)),
             "  -g 60 -keyint_min 60 -pix_fmt yuv420p \\", "  -c:a aac -b:a 160k -ar 48000 \\", '  -f flv "%s/%s"' % (rtmp, vv)]
        return g.pick(["scripts/go-live.sh", "stream/restream.sh", "bin/broadcast"]), L, "shell-ffmpeg"
    if style == 1:
        L = ["import subprocess", "import sys", "", "RTMP_URL = %s" % q(rtmp), "%s = %s" % (S["sec_name"], ('os.environ["%s"]' % v.name) if isinstance(v, Ref) else q(v)), "", "",
             "def run(src: str) -> int:", "    cmd = [", '        "ffmpeg", "-re", "-i", src,', '        "-c:v", "libx264", "-preset", "veryfast", "-b:v", "4500k",',
             '        "-c:a", "aac", "-b:a", "128k",', '        "-f", "flv", f"{RTMP_URL}/{%s}",' % S["sec_name"], "    ]", "    return subprocess.call(cmd)", "", "",
             'if __name__ == "__main__":', "    sys.exit(run(sys.argv[1]))"]
        if isinstance(v, Ref):
            L.insert(0, "import os")
        return g.pick(["streamer/push.py", "tools/restream.py"]), L, "python"
    L = ["[Unit]", "Description=Restream lobby camera", "After=network-online.target", "", "[Service]", "Type=simple",
         "Environment=%s=%s" % (S["sec_name"], vv if not isinstance(v, Ref) else ""), "ExecStart=/usr/bin/ffmpeg -rtsp_transport tcp -i rtsp://10.0.%d.%d/stream1 -c:v copy -c:a aac -f flv %s/${%s}" % (g.rint(0, 9), g.rint(2, 250), rtmp, S["sec_name"]),
         "Restart=always", "RestartSec=5", "", "[Install]", "WantedBy=multi-user.target"]
    if isinstance(v, Ref):
        L[6] = "EnvironmentFile=/etc/restream/%s.env" % g.pick(["lobby", "studio"])
    return "deploy/systemd/restream.service", L, "systemd-unit"


def r_minio_compose(g, S):
    d = S["d"]
    v = S["secv"]
    vv = ("${%s}" % v.name) if isinstance(v, Ref) else v
    L = ["services:", "  minio:", "    image: quay.io/minio/minio:RELEASE.%sT%02d-%02d-%02dZ" % (g.date(2023, 2025), g.rint(0, 23), g.rint(0, 59), g.rint(0, 59)),
         '    command: server /data --console-address ":9001"', "    ports:", '      - "9000:9000"', '      - "9001:9001"', "    environment:",
         "      MINIO_ROOT_USER: %s" % d["user"], "      MINIO_ROOT_PASSWORD: %s" % (q(vv) if g.chance(0.5) else vv), "    volumes:", "      - minio-data:/data",
         "    healthcheck:", '      test: ["CMD", "mc", "ready", "local"]', "      interval: 10s", "", "volumes:", "  minio-data:"]
    return g.pick(["docker-compose.yml", "infra/minio/docker-compose.yml", "compose.minio.yaml"]), L, "docker-compose"


def r_imgproxy(g, S):
    d = S["d"]
    v = S["secv"]
    vv = ("${%s}" % v.name) if isinstance(v, Ref) else v
    salt = "${IMGPROXY_SALT}" if isinstance(v, Ref) else d.get("salt", "")
    L = ["services:", "  imgproxy:", "    image: ghcr.io/imgproxy/imgproxy:v3", "    ports:", '      - "8080:8080"', "    environment:",
         "      IMGPROXY_KEY: %s" % vv, "      IMGPROXY_SALT: %s" % salt, "      IMGPROXY_USE_S3: \"true\"",
         "      IMGPROXY_MAX_SRC_RESOLUTION: \"%d\"" % g.pick([30, 50, 80]), "      IMGPROXY_ENABLE_WEBP_DETECTION: \"true\"", "      IMGPROXY_JPEG_PROGRESSIVE: \"true\"", "",
         "  web:", "    build: .", "    environment:", "      IMGPROXY_URL: http://imgproxy:8080", "    depends_on: [imgproxy]"]
    return g.pick(["docker-compose.yml", "deploy/imgproxy/docker-compose.yml"]), L, "docker-compose"


def r_thumbor(g, S):
    v = S["secv"]
    if isinstance(v, Ref):
        sk = "os.environ.get('%s', '')" % v.name
    else:
        sk = q(v, "'")
    L = ["# thumbor configuration", "import os" if isinstance(v, Ref) else "", "", "SECURITY_KEY = %s" % sk, "ALLOW_UNSAFE_URL = False", "",
         "LOADER = 'thumbor_aws.loader'", "STORAGE = 'thumbor.storages.no_storage'", "RESULT_STORAGE = 'thumbor_aws.result_storage'",
         "AWS_LOADER_BUCKET_NAME = '%s'" % bucket_name(g), "AWS_LOADER_REGION_NAME = '%s'" % g.pick(REGIONS), "",
         "QUALITY = %d" % g.pick([80, 85, 90]), "AUTO_WEBP = True", "MAX_WIDTH = %d" % g.pick([2048, 3000, 4096]), "MAX_HEIGHT = %d" % g.pick([2048, 3000, 4096]),
         "RESPECT_ORIENTATION = True", "DETECTORS = ['thumbor.detectors.face_detector', 'thumbor.detectors.feature_detector']"]
    return g.pick(["thumbor.conf", "docker/thumbor/thumbor.conf"]), L, "thumbor-conf"


def r_box_json(g, S):
    d = S["d"]
    if S["mode"] == "pos":
        pk, pw, cs = S["secv"], d["passphrase"], d["client_secret"]
    else:
        pk, pw, cs = "", "", ""
    doc = {"boxAppSettings": {"clientID": d["comps"][0][1], "clientSecret": cs,
                              "appAuth": {"publicKeyID": d["key_id"], "privateKey": "@@PK@@", "passphrase": pw}},
           "enterpriseID": d["comps"][1][1]}
    text = json.dumps(doc, indent=2).replace('"@@PK@@"', '"' + pk + '"')
    return g.pick(["config/box_config.json", "secrets/%s_config.json" % d["comps"][1][1], "box/config.json"]), text.split("\n"), "box-jwt-json"


def r_gsa_json(g, S):
    d = S["d"]
    pk = S["secv"] if S["mode"] == "pos" else ""
    doc = {"type": "service_account", "project_id": d["project"], "private_key_id": d["key_id"], "private_key": "@@PK@@",
           "client_email": d["email"], "client_id": d["client_id"], "auth_uri": "https://accounts.google.com/o/oauth2/auth",
           "token_uri": "https://oauth2.googleapis.com/token", "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
           "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s" % d["email"].replace("@", "%40"),
           "universe_domain": "googleapis.com"}
    text = json.dumps(doc, indent=2).replace('"@@PK@@"', '"' + pk + '"')
    if S["kind"].provider == "firebase":
        path = g.pick(["firebase-adminsdk.json", "functions/service-account.json", "config/%s-firebase-adminsdk-%s.json" % (d["project"], g.lan(5))])
    else:
        path = g.pick(["credentials/gcs-uploader.json", "keys/%s.json" % d["project"], "config/drive-service-account.json"])
    return path, text.split("\n"), "gcp-service-account-json"


def r_gsa_env(g, S):
    d = S["d"]
    v = S["secv"]
    pfx = "FIREBASE_" if S["kind"].provider == "firebase" else g.pick(["GOOGLE_", "GCS_", "GDRIVE_"])
    L = ["# service account used by the upload worker", "%sPROJECT_ID=%s" % (pfx, d["project"]), "%sCLIENT_EMAIL=%s" % (pfx, d["email"])]
    if isinstance(v, Ref):
        L.append("# %s lives in Secret Manager (%s)" % (S["sec_name"], S["sec_name"].lower().replace("_", "-")))
        L.append("%s=" % S["sec_name"])
    else:
        L.append('%s="%s"' % (S["sec_name"], v))
    L += ["%sSTORAGE_BUCKET=%s" % (pfx, "%s.appspot.com" % d["project"] if pfx == "FIREBASE_" else bucket_name(g)), "", "UPLOAD_SIGNED_URL_TTL=900"]
    return g.pick([".env", ".env.local", "functions/.env", ".env.production"]), L, "dotenv"


def azure_conn(d, key):
    return "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (d["account"], key)


def r_azure_connstr(g, S):
    d = S["d"]
    v = S["secv"]
    style = g.rint(0, 3)
    if isinstance(v, Ref):
        cs = None
    else:
        cs = azure_conn(d, v)
    if style == 0:
        doc = {"IsEncrypted": False, "Values": {"FUNCTIONS_WORKER_RUNTIME": g.pick(["node", "python", "dotnet-isolated"]),
               "AzureWebJobsStorage": cs if cs else "UseDevelopmentStorage=true", "THUMBNAIL_CONTAINER": d["container"]}}
        if cs is None:
            doc["Values"]["MEDIA_STORAGE"] = "@Microsoft.KeyVault(VaultName=kv-%s;SecretName=media-storage)" % g.pick(COMPANIES)
        return g.pick(["local.settings.json", "src/Functions/local.settings.json"]), json.dumps(doc, indent=2).split("\n"), "azure-functions-json"
    if style == 1:
        doc = {"ConnectionStrings": {"BlobStorage": cs if cs else "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/blob-conn/)" % g.pick(COMPANIES)},
               "Storage": {"Container": d["container"], "MaxUploadBytes": 52428800}, "Logging": {"LogLevel": {"Default": "Information"}}}
        return g.pick(["appsettings.json", "src/Web/appsettings.Production.json"]), json.dumps(doc, indent=2).split("\n"), "appsettings-json"
    if style == 2:
        L = ["AZURE_STORAGE_CONNECTION_STRING=%s" % (cs if cs else ""), "AZURE_STORAGE_CONTAINER=%s" % d["container"], "UPLOAD_MAX_MB=50"]
        if not cs:
            L.insert(0, "# connection string: az storage account show-connection-string -n %s" % d["account"])
        return g.pick([".env", ".env.local", "api/.env"]), L, "dotenv"
    L = ["import os", "", "from azure.storage.blob import BlobServiceClient", "",
         "CONN = %s" % (q(cs) if cs else 'os.environ["AZURE_STORAGE_CONNECTION_STRING"]'), "CONTAINER = %s" % q(d["container"]), "", "",
         "def upload(path: str, name: str) -> str:", "    svc = BlobServiceClient.from_connection_string(CONN)", "    blob = svc.get_blob_client(CONTAINER, name)",
         '    with open(path, "rb") as fh:', "        blob.upload_blob(fh, overwrite=True)", "    return blob.url"]
    return g.pick(["app/storage/azure_blob.py", "workers/upload.py"]), L, "python"


def r_azure_storage_yml(g, S):
    d = S["d"]
    v = S["secv"]
    L = ["local:", "  service: Disk", '  root: <%= Rails.root.join("storage") %>', "", "azure:", "  service: AzureStorage",
         "  storage_account_name: %s" % d["account"], "  storage_access_key: %s" % erb(g, v, ["azure_storage", "storage_access_key"]),
         "  container: %s" % d["container"]]
    return "config/storage.yml", L, "rails-storage-yml"


def sas_query(g, sig, expiry_year):
    st = "%s-%02d-%02dT%02d%%3A%02d%%3A00Z" % (expiry_year - 1, g.rint(1, 12), g.rint(1, 28), g.rint(0, 23), g.rint(0, 59))
    se = "%d-%02d-%02dT%02d%%3A%02d%%3A00Z" % (expiry_year, g.rint(1, 12), g.rint(1, 28), g.rint(0, 23), g.rint(0, 59))
    return "sv=%s&ss=b&srt=%s&sp=%s&se=%s&st=%s&spr=https&sig=%s" % (g.pick(["2022-11-02", "2021-08-06", "2023-01-03"]), g.pick(["sco", "co", "o"]),
                                                                      g.pick(["rwdlacupiytfx", "rwl", "racwdl", "r"]), se, st, sig)


def r_azure_sas(g, S):
    d = S["d"]
    v = S["secv"]
    base = "https://%s.blob.core.windows.net/%s" % (d["account"], d["container"])
    if isinstance(v, Ref):
        url = base + "?${%s}" % v.name
    else:
        url = base + "?" + sas_query(g, v, g.rint(2026, 2031))
    style = g.rint(0, 2)
    if style == 0:
        L = ["#!/usr/bin/env bash", "set -euo pipefail", "", 'SRC="${1:-./build/media}"', 'DEST="%s"' % url, "", 'azcopy copy "$SRC/*" "$DEST" --recursive --overwrite=ifSourceNewer']
        return g.pick(["scripts/publish-media.sh", "ops/azcopy-sync.sh"]), L, "shell"
    if style == 1:
        L = ["AZURE_STORAGE_SAS_URL=%s" % url if not isinstance(v, Ref) else "AZURE_STORAGE_SAS_URL=", "AZURE_STORAGE_CONTAINER=%s" % d["container"], "NEXT_PUBLIC_CDN=https://%s.azureedge.net" % d["account"]]
        return g.pick([".env", ".env.production"]), L, "dotenv"
    L = ["import { ContainerClient } from '@azure/storage-blob'", "", "// container-scoped SAS for the ingest worker",
         "const containerUrl = %s" % (("process.env.AZURE_STORAGE_SAS_URL!") if isinstance(v, Ref) else q(url, "'")), "",
         "export const container = new ContainerClient(containerUrl)", "", "export async function put(name: string, data: Buffer) {",
         "  await container.getBlockBlobClient(name).uploadData(data, { blobHTTPHeaders: { blobContentType: 'image/jpeg' } })", "}"]
    return g.pick(["src/lib/blob.ts", "worker/storage.ts"]), L, "typescript"


def presigned_url(g, bucket, region, access, sig, date, expires, key, token=None):
    cred = "%s%%2F%s%%2F%s%%2Fs3%%2Faws4_request" % (access, date[:8], region)
    u = ("https://%s.s3.%s.amazonaws.com/%s?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s&X-Amz-Date=%s&X-Amz-Expires=%d"
         % (bucket, region, key, cred, date, expires))
    if token:
        u += "&X-Amz-Security-Token=" + token
    return u + "&X-Amz-SignedHeaders=host&X-Amz-Signature=" + sig


def s3key(g):
    return "%s/%s/%s.%s" % (g.pick(["uploads", "exports", "originals", "invoices", "renditions"]), g.uuid(), g.pick(["original", "report", "master", "thumb"]),
                            g.pick(["jpg", "pdf", "mp4", "zip", "csv"]))


def r_presigned(g, S):
    d = S["d"]
    date = "%d%02d%02dT%02d%02d%02dZ" % (g.rint(2025, 2026), g.rint(1, 12), g.rint(1, 28), g.rint(0, 23), g.rint(0, 59), g.rint(0, 59))
    url = presigned_url(g, d["bucket"], d["region"], d["access"], S["secv"], date, g.pick([3600, 86400, 604800]), s3key(g))
    style = g.rint(0, 2)
    if style == 0:
        doc = {"export_id": g.uuid(), "status": "complete", "rows": g.rint(100, 90000), "download_url": url, "expires_in": 604800}
        return g.pick(["fixtures/export_response.json", "test/data/export.json"]), json.dumps(doc, indent=2).split("\n"), "json"
    if style == 1:
        L = ["# Q%d asset handoff" % g.rint(1, 4), "", "Agency: please pull the masters from the link below (valid for 7 days).", "", url, "",
             "Checksums are in `SHA256SUMS` next to the archive."]
        return g.pick(["docs/handoff.md", "HANDOFF.md"]), L, "markdown"
    L = ["// temporary: hard-coded until the signer lambda is deployed", "export const SAMPLE_VIDEO_URL =", "  '%s'" % url, "",
         "export const POSTER = '/images/poster.jpg'"]
    return g.pick(["src/constants/media.ts", "app/lib/sample.ts"]), L, "typescript"


def r_dropbox_py(g, S):
    d = S["d"]
    v = S["secv"]
    L = ["import os", "", "import dropbox", "", "APP_KEY = %s" % q(d["comps"][0][1]),
         "%s = %s" % ("REFRESH_TOKEN", ('os.environ["%s"]' % v.name) if isinstance(v, Ref) else q(v)), "", "",
         "def client() -> dropbox.Dropbox:", "    return dropbox.Dropbox(oauth2_refresh_token=REFRESH_TOKEN, app_key=APP_KEY)", "", "",
         "def push(local_path: str, remote_path: str) -> None:", '    with open(local_path, "rb") as fh:',
         "        client().files_upload(fh.read(), remote_path, mode=dropbox.files.WriteMode.overwrite)"]
    return g.pick(["backup/dropbox_sync.py", "tools/dbx.py"]), L, "python"


SPECIAL = {"s3_storage_yml": r_s3_storage_yml, "carrierwave": r_carrierwave, "shrine": r_shrine, "laravel_fs": r_laravel_fs,
           "django_storages": r_django_storages, "rclone": r_rclone, "s3cfg": r_s3cfg, "mc_config": r_mc_config, "mc_alias": r_mc_alias,
           "node_s3": r_node_s3, "b2_cli": r_b2_cli, "wrangler": r_wrangler, "cloudinary_url": r_cloudinary_url, "cloudinary_yml": r_cloudinary_yml,
           "curl": r_curl, "ffmpeg_rtmp": r_ffmpeg, "minio_compose": r_minio_compose, "imgproxy_compose": r_imgproxy, "thumbor_conf": r_thumbor,
           "box_json": r_box_json, "gsa_json": r_gsa_json, "gsa_env": r_gsa_env, "azure_connstr": r_azure_connstr,
           "azure_storage_yml": r_azure_storage_yml, "azure_sas": r_azure_sas, "presigned": r_presigned, "dropbox_py": r_dropbox_py}
# kinds whose secret only makes sense inside special renderers
SPECIAL_ONLY = {"url_secret", "s3_presigned_url", "sas_token", "jwt_private_key", "service_account_key", "admin_service_account", "signing_key",
                "security_key"}


# ---------------------------------------------------------------- sample assembly
GENERIC_BLOCKS = {"media": ["media", "images", "cdn"], "storage": ["storage", "objectStore", "uploads"], "video": ["video", "player", "streaming"],
                  "cms": ["cms", "content"], "files": ["files", "uploads", "documents"], "stream": ["live", "broadcast"]}
PREFIX_RE = re.compile(r"^(sk_live_|private_|public_|CFPAT-|vercel_blob_rw_|dop_v1_|sl\.u\.|sl\.|K00\d|sb_secret_|cfut_|cfat_|ak_|live_|FB-|GOOG1E|DO00|AKIA)")


def mask(g, secret):
    m = PREFIX_RE.match(secret)
    pfx = m.group(1) if m else secret[:g.pick([0, 3, 4])]
    style = g.rint(0, 5)
    if style == 0:
        return pfx + "*" * g.pick([8, 12, 16]) + secret[-4:]
    if style == 1:
        return pfx + "\u2026" + secret[-4:]
    if style == 2:
        return pfx + "..." + secret[-3:]
    if style == 3:
        return "\u2022" * 12 + secret[-4:]
    if style == 4:
        return g.pick(["<redacted>", "[REDACTED]", "REDACTED", "***"])
    return pfx + "x" * 10 + "(rotated %s)" % g.date(2024, 2025)


def placeholder(g, K, name):
    pool = list(K.ph) + ["<your-%s>" % name.lower().replace("_", "-"), "YOUR_%s" % name, "changeme", "replace-me",
                         "TODO", "xxxxxxxxxxxxxxxxxxxxxxxx", "<%s>" % name.lower()]
    if K.human:
        pool += ["minioadmin", "changeme", "please-change-me", "<strong-password>"]
    return g.pick(pool)


def generic_for(K):
    if K.s3 or K.group == "stream" or K.human or K.kind in ("app_secret", "client_secret", "auth_secret", "secure_url_token", "signing_private_key"):
        return [r for r in GENERIC_RENDERERS if r not in BEARER_RENDERERS]
    return GENERIC_RENDERERS


def choose_renderer(g, K, allow_special=True):
    specials = [s for s in K.special if s in SPECIAL]
    if K.kind in SPECIAL_ONLY and specials:
        return SPECIAL[g.pick(specials)], True
    if allow_special and specials and g.chance(0.45):
        return SPECIAL[g.pick(specials)], True
    return g.pick(generic_for(K)), False


def assemble(g, K, mode):
    d = K.make(g)
    generic = g.chance(0.22)
    gp = g.pick(GENERIC_PREFIX[K.group]) if generic else K.prefix
    S = dict(kind=K, d=d, mode=mode, prefix=gp, generic=generic)
    S["block"] = g.pick(GENERIC_BLOCKS[K.group]) if (generic and g.chance(0.5)) else K.block
    S["block_up"] = re.sub(r"[^A-Z0-9]", "_", S["block"].upper())

    def rn(n):
        if generic and n.startswith(K.prefix):
            return gp + n[len(K.prefix):]
        return n
    if generic:
        gen = g.pick(GENERIC_BY_GROUP[K.group])
        pfx_words = {p.rstrip("_") for ps in GENERIC_PREFIX.values() for p in ps if p}
        sec_name = gen if (gp == "" or gen in ("AUTH", "LLM_KEY", "BEARER") or gen.split("_")[0] in pfx_words) else gp + gen
    else:
        sec_name = g.pick(K.names)
    comps = [(rn(n), v) for n, v in d["comps"]]
    ids = [(rn(n), v) for n, v in d["ids"]]
    names = {n for n, _ in comps + ids}
    if sec_name in names:
        sec_name = sec_name + "_VALUE"
    S["sec_name"] = sec_name
    idv = d["ids"][0][1] if d["ids"] else d.get("access")
    if mode == "pos":
        secv = d["secret"]
    elif mode == "ref":
        secv = Ref(sec_name)
    elif mode == "placeholder":
        secv = placeholder(g, K, sec_name)
    elif mode == "masked":
        secv = mask(g, d["secret"])
    else:
        secv = Ref(sec_name)
    if mode != "pos" and ids:
        ids = [(n, Ref(n)) for n, _ in ids]
        idv = Ref(ids[0][0])
    if mode != "pos" and idv is not None and not isinstance(idv, Ref):
        idv = Ref("ACCESS_KEY_ID")
    S["secv"], S["idv"] = secv, idv
    S["entries"] = comps + ids + [(sec_name, secv)]
    if mode == "public":
        pubs = K.public(g, d)
        S["entries"] = [(rn(n), v) for n, v in pubs] + ([(sec_name, Ref(sec_name))] if g.chance(0.5) else [])
        if not any(n == sec_name for n, _ in S["entries"]):
            S["sec_name"] = S["entries"][-1][0]
    return S


def render_sample(g, K, mode):
    for _ in range(20):
        S = assemble(g, K, mode)
        if mode == "public":
            fn, special = g.pick(generic_for(K)), False
        else:
            fn, special = choose_renderer(g, K)
        path, lines, ftype = fn(g, S)
        if mode == "pos" and S["d"]["secret"] not in "\n".join(lines):
            continue
        if 5 <= len(lines) <= 80:
            return S, path, lines, ftype
    return S, path, lines, ftype


# ---------------------------------------------------------------- driver
N_POS = 500
N_NEG = 500
NEG_MODES = [("ref", 0.32), ("placeholder", 0.26), ("masked", 0.14), ("public", 0.28)]


def weighted(g, pairs):
    x = g.r.random() * sum(w for _, w in pairs)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def write_file(outdir, sub, rel, lines):
    full = os.path.join(outdir, sub, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    text = "\n".join(lines) + "\n"
    with open(full, "w", encoding="utf-8") as fh:
        fh.write(text)
    return os.path.join(sub, rel), text


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_bn.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    g = G(seed)
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []
    texts = {}

    order = []
    while len(order) < N_POS:
        ks = list(KINDS)
        g.r.shuffle(ks)
        order.extend(ks)
    for i in range(N_POS):
        K = order[i]
        S, path, lines, ftype = render_sample(g, K, "pos")
        needle = S["d"]["secret"]
        rel, text = write_file(outdir, "pos/p%04d" % i, path, lines)
        idx = text.find(needle)
        if idx < 0:
            raise SystemExit("needle missing: %s %s %s" % (K.provider, K.kind, rel))
        line = text.count("\n", 0, idx) + 1
        manifest.append({"file": rel, "label": "positive", "provider": K.provider, "kind": K.kind, "filetype": ftype})
        secrets.append({"file": rel, "needle": needle, "line": line})
        texts[rel] = text

    n_domain = int(N_NEG * 0.55) if DOMAIN_NEG else 0
    neg_jobs = ["domain"] * n_domain + ["generic"] * (N_NEG - n_domain)
    g.r.shuffle(neg_jobs)
    dom_order = []
    for i, job in enumerate(neg_jobs):
        if job == "domain":
            if not dom_order:
                dom_order = list(DOMAIN_NEG)
                g.r.shuffle(dom_order)
            fn = dom_order.pop()
            path, lines, ftype, prov, kind = fn(g)
        else:
            K = g.pick([k for k in KINDS if k.kind != "s3_presigned_url"])
            mode = weighted(g, NEG_MODES)
            if mode == "public" and not K.public:
                mode = "ref"
            if mode == "placeholder" and not K.ph and K.kind in SPECIAL_ONLY:
                mode = "ref"
            S, path, lines, ftype = render_sample(g, K, mode)
            prov, kind = K.provider, "%s:%s" % (K.kind, mode)
        rel, text = write_file(outdir, "neg/n%04d" % i, path, lines)
        manifest.append({"file": rel, "label": "negative", "provider": prov, "kind": kind, "filetype": ftype})
        texts[rel] = text

    with open(os.path.join(outdir, "manifest.jsonl"), "w") as fh:
        for row in manifest:
            fh.write(json.dumps(row) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as fh:
        for row in secrets:
            fh.write(json.dumps(row) + "\n")
    return self_check(outdir, manifest, secrets)


def self_check(outdir, manifest, secrets):
    bad = 0
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        if s["needle"] not in lines[s["line"] - 1]:
            print("FAIL needle not on stated line:", s["file"])
            bad += 1
    needles = [s["needle"] for s in secrets]
    neg_files = [m["file"] for m in manifest if m["label"] == "negative"]
    for f in neg_files:
        with open(os.path.join(outdir, f), encoding="utf-8") as fh:
            t = fh.read()
        for nd in needles:
            if nd in t:
                print("FAIL negative contains a positive needle:", f)
                bad += 1
    for m in manifest:
        with open(os.path.join(outdir, m["file"]), encoding="utf-8") as fh:
            n = len(fh.read().rstrip("\n").split("\n"))
        if not 5 <= n <= 80:
            print("WARN line count %d: %s" % (n, m["file"]))
    if len(set(needles)) != len(needles):
        print("FAIL duplicate needles")
        bad += 1

    def count(label, key):
        c = {}
        for m in manifest:
            if m["label"] == label:
                k = m[key] if key != "kind" or label == "positive" else m["kind"].split(":")[-1] if ":" in m["kind"] else m["kind"]
                c[k] = c.get(k, 0) + 1
        return c
    pos = [m for m in manifest if m["label"] == "positive"]
    print("positives: %d  negatives: %d" % (len(pos), len(neg_files)))
    pk = {}
    for m in pos:
        pk[(m["provider"], m["kind"])] = pk.get((m["provider"], m["kind"]), 0) + 1
    print("positive providers (%d):" % len(count("positive", "provider")), dict(sorted(count("positive", "provider").items())))
    print("positive provider/kind pairs: %d" % len(pk))
    for (p, k), n in sorted(pk.items()):
        print("   %-14s %-26s %d" % (p, k, n))
    print("positive file types (%d):" % len(count("positive", "filetype")), dict(sorted(count("positive", "filetype").items())))
    print("negative providers (%d):" % len(count("negative", "provider")), dict(sorted(count("negative", "provider").items())))
    print("negative kinds/modes:", dict(sorted(count("negative", "kind").items())))
    print("negative file types (%d):" % len(count("negative", "filetype")), dict(sorted(count("negative", "filetype").items())))
    print("self-check:", "OK" if bad == 0 else "%d FAILURES" % bad)
    return 0 if bad == 0 else 1



# ---------------------------------------------------------------- domain-specific hard negatives
# each: g -> (relpath, lines, filetype, provider, kind)
AWS_DOC_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
AWS_DOC_PRESIGNED = ("https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                     "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z"
                     "&X-Amz-Expires=86400&X-Amz-SignedHeaders=host"
                     "&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404")
AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="


def img_name(g):
    return g.pick(["hero", "avatar", "product", "banner", "cover", "thumb", "team", "og-image"]) + "-" + g.lan(g.rint(4, 8))


def n_cloudinary_signed(g):
    cloud = cloud_name(g)
    L = ["import { CldImage } from 'next-cloudinary'", "", "// Signed delivery URLs are generated server-side; the s--...-- part is a public URL signature.",
         "export const GALLERY = ["]
    for _ in range(g.rint(3, 7)):
        L.append("  'https://res.cloudinary.com/%s/image/upload/s--%s--/c_fill,w_%d,h_%d/v%d/%s/%s.jpg'," % (
            cloud, g.b64u(8), g.pick([320, 640, 1280]), g.pick([240, 480, 720]), g.rint(1600000000, 1730000000), g.pick(["products", "blog", "team"]), img_name(g)))
    L += ["]", "", "export const CLOUD_NAME = '%s'" % cloud, "export const API_KEY = '%s' // public: used by the upload widget" % g.digits(15), "",
          "export function Hero() {", "  return <CldImage src=\"%s/%s\" width=\"1200\" height=\"630\" alt=\"\" />" % (g.pick(["blog", "home"]), img_name(g)), "}"]
    return "src/components/Gallery.tsx", L, "tsx", "cloudinary", "signed_delivery_url"


def n_imgix_signed(g):
    dom = "%s.imgix.net" % g.pick(COMPANIES)
    items = []
    for _ in range(g.rint(3, 6)):
        items.append({"id": g.rint(1000, 99999), "title": g.pick(["Linen shirt", "Desk lamp", "Trail shoe", "Ceramic mug", "Canvas tote"]),
                      "image": "https://%s/%s/%s.jpg?w=%d&auto=format,compress&s=%s" % (dom, g.pick(["catalog", "products"]), img_name(g), g.pick([400, 800]), g.hex(32))})
    doc = {"source": dom, "signed": True, "items": items}
    return g.pick(["fixtures/products.json", "test/fixtures/catalog.json"]), json.dumps(doc, indent=2).split("\n"), "json", "imgix", "signed_url_signature"


def n_bunny_token_url(g):
    host = "%s.b-cdn.net" % g.pick(COMPANIES)
    L = ["{% extends \"base.html\" %}", "{% block content %}", "<video controls preload=\"metadata\" poster=\"https://%s/posters/%s.jpg\">" % (host, g.uuid())]
    for q_ in ["1080p", "720p", "480p"]:
        L.append("  <source src=\"https://%s/videos/%s/%s.mp4?token=%s&expires=%d\" type=\"video/mp4\" />" % (host, g.uuid(), q_, g.b64u(43), g.rint(1700000000, 1760000000)))
    L += ["</video>", "<p class=\"caption\">{{ video.title }}</p>", "{% endblock %}"]
    return "templates/videos/detail.html", L, "html-template", "bunny", "token_auth_url"


def n_filestack_policy(g):
    pol = base64.urlsafe_b64encode(json.dumps({"expiry": g.rint(1700000000, 1760000000), "call": ["read", "convert"]}).encode()).decode()
    apikey = g.an(22)
    L = ["<!doctype html>", "<html>", "<head>", "  <script src=\"https://static.filestackapi.com/filestack-js/3.x.x/filestack.min.js\"></script>", "</head>", "<body>",
         "  <img src=\"https://cdn.filestackcontent.com/%s/security=p:%s,s:%s/resize=width:600/%s\" alt=\"\">" % (apikey, pol, g.hex(64), g.an(20)),
         "  <script>", "    // API key is public by design; policy+signature are minted by /api/filestack/policy", "    const client = filestack.init('%s')" % apikey,
         "    client.picker({ accept: ['image/*'], maxFiles: 5 }).open()", "  </script>", "</body>", "</html>"]
    return g.pick(["public/upload.html", "views/upload.html"]), L, "html", "filestack", "api_key_and_policy"


def n_transloadit_form(g):
    key = g.hex(32)
    params = {"auth": {"key": key, "expires": "%s/%02d/%02d 12:00:00+00:00" % (g.rint(2024, 2025), g.rint(1, 12), g.rint(1, 28))}, "template_id": g.hex(32),
              "notify_url": "https://%s.com/hooks/transloadit" % g.pick(COMPANIES)}
    L = ["<form id=\"upload\" action=\"https://api2.transloadit.com/assemblies\" enctype=\"multipart/form-data\" method=\"POST\">",
         "  <input type=\"hidden\" name=\"params\" value='%s' />" % json.dumps(params),
         "  <input type=\"hidden\" name=\"signature\" value=\"sha384:%s\" />" % g.hex(96), "  <input type=\"file\" name=\"my_file\" multiple />",
         "  <button type=\"submit\">Upload</button>", "</form>"]
    return "app/views/uploads/_form.html.erb", L, "erb", "transloadit", "auth_key_and_signature"


def n_aws_doc_presigned(g):
    L = ["import { describe, expect, it } from 'vitest'", "import { parsePresignedUrl } from '../src/presign'", "",
         "// Example URL from the AWS SigV4 documentation (query-string auth example).", "const DOC_URL =", "  '%s'" % AWS_DOC_PRESIGNED, "",
         "describe('parsePresignedUrl', () => {", "  it('extracts expiry and credential scope', () => {", "    const p = parsePresignedUrl(DOC_URL)",
         "    expect(p.expiresIn).toBe(86400)", "    expect(p.region).toBe('us-east-1')", "    expect(p.accessKeyId).toBe('%s')" % AWS_DOC_ID, "  })", "})"]
    return "test/presign.test.ts", L, "typescript", "aws", "doc_presigned_test_vector"


def n_truncated_presigned(g):
    b, r = bucket_name(g), g.pick(REGIONS)
    L = ["## Downloading exports", "", "The API returns a pre-signed URL that is valid for 15 minutes:", "", "```",
         "https://%s.s3.%s.amazonaws.com/exports/<export-id>.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256" % (b, r),
         "  &X-Amz-Credential=<access-key-id>%%2F<date>%%2F%s%%2Fs3%%2Faws4_request" % r, "  &X-Amz-Date=<yyyymmddThhmmssZ>&X-Amz-Expires=900",
         "  &X-Amz-SignedHeaders=host&X-Amz-Signature=<64-hex-signature>", "```", "", "Never log the full URL: it is a bearer capability until it expires."]
    return g.pick(["docs/exports.md", "docs/api/downloads.md"]), L, "markdown", "aws", "presigned_url_template"


def n_azurite(g):
    style = g.rint(0, 2)
    conn = ("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%s;BlobEndpoint=http://%s:10000/devstoreaccount1;"
            % (AZURITE_KEY, g.pick(["127.0.0.1", "azurite"])))
    if style == 0:
        L = ["services:", "  azurite:", "    image: mcr.microsoft.com/azure-storage/azurite", "    ports:", '      - "10000:10000"', "  api:", "    build: .",
             "    environment:", "      # Azurite's well-known development account (public, documented by Microsoft)", "      AZURE_STORAGE_CONNECTION_STRING: \"%s\"" % conn,
             "    depends_on: [azurite]"]
        return "docker-compose.dev.yml", L, "docker-compose", "azure", "azurite_dev_key"
    if style == 1:
        doc = {"IsEncrypted": False, "Values": {"AzureWebJobsStorage": "UseDevelopmentStorage=true", "FUNCTIONS_WORKER_RUNTIME": "node",
                                                  "BLOB_CONNECTION": conn, "THUMBNAIL_WIDTH": "320"}}
        return "local.settings.json", json.dumps(doc, indent=2).split("\n"), "azure-functions-json", "azure", "azurite_dev_key"
    L = ["import pytest", "from azure.storage.blob import BlobServiceClient", "", "# Azurite emulator, see docs: devstoreaccount1 uses a fixed public key",
         "AZURITE = (", '    "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"', '    "AccountKey=%s;"' % AZURITE_KEY,
         '    "BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"', ")", "", "", "@pytest.fixture", "def blob_service():",
         "    return BlobServiceClient.from_connection_string(AZURITE)"]
    return "tests/conftest.py", L, "python", "azure", "azurite_dev_key"


def n_minio_default(g):
    L = ["# Local development only. Production credentials come from Vault.", "services:", "  minio:", "    image: minio/minio:latest",
         '    command: server /data --console-address ":9001"', "    environment:", "      MINIO_ROOT_USER: minioadmin", "      MINIO_ROOT_PASSWORD: minioadmin",
         "    ports:", '      - "9000:9000"', '      - "9001:9001"', "  createbuckets:", "    image: minio/mc", "    depends_on: [minio]", "    entrypoint: >",
         "      /bin/sh -c \"mc alias set local http://minio:9000 minioadmin minioadmin && mc mb -p local/%s\"" % bucket_name(g)]
    return "docker-compose.override.yml", L, "docker-compose", "minio", "documented_default_credentials"


def n_aws_doc_keys(g):
    style = g.rint(0, 1)
    if style == 0:
        L = ["# LocalStack / moto settings for the test suite", "[default]", "access_key = %s" % AWS_DOC_ID, "secret_key = %s" % AWS_DOC_SECRET,
             "host_base = localhost:4566", "host_bucket = localhost:4566", "use_https = False", "signature_v2 = False"]
        return "test/fixtures/s3cfg", L, "s3cfg", "aws", "doc_example_keys"
    L = ["import boto3", "from moto import mock_aws", "", "", "@mock_aws", "def test_upload_roundtrip(tmp_path):",
         "    s3 = boto3.client(", '        "s3",', '        region_name="us-east-1",', '        aws_access_key_id="%s",' % AWS_DOC_ID,
         '        aws_secret_access_key="%s",' % AWS_DOC_SECRET, "    )", '    s3.create_bucket(Bucket="%s")' % bucket_name(g),
         '    s3.put_object(Bucket="%s", Key="a.jpg", Body=b"x")' % "b", "    assert s3.list_objects_v2(Bucket=\"b\")[\"KeyCount\"] == 1"]
    return "tests/test_storage.py", L, "python", "aws", "doc_example_keys"


def n_asset_manifest(g):
    files = {}
    for _ in range(g.rint(5, 12)):
        name = "%s.%s" % (img_name(g), g.pick(["webp", "jpg", "avif", "mp4"]))
        files[name] = {"etag": '"%s"' % g.hex(32), "sha256": g.hex(64), "bytes": g.rint(2000, 9000000),
                       "key": "originals/%s/%s/%s" % (g.hex(2), g.hex(2), g.hex(32))}
    doc = {"generated": "%sT%02d:%02d:00Z" % (g.date(), g.rint(0, 23), g.rint(0, 59)), "bucket": bucket_name(g), "files": files}
    return g.pick(["public/asset-manifest.json", "build/media-manifest.json"]), json.dumps(doc, indent=2).split("\n"), "json", "generic", "etags_and_content_hashes"


def n_s3_list_xml(g):
    b = bucket_name(g)
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">', "  <Name>%s</Name>" % b,
         "  <Prefix>uploads/</Prefix>", "  <KeyCount>%d</KeyCount>" % 3, "  <MaxKeys>1000</MaxKeys>", "  <IsTruncated>false</IsTruncated>"]
    for _ in range(3):
        L += ["  <Contents>", "    <Key>uploads/%s/%s.jpg</Key>" % (g.uuid(), g.b64u(21)), "    <LastModified>%sT%02d:%02d:%02d.000Z</LastModified>" % (g.date(), g.rint(0, 23), g.rint(0, 59), g.rint(0, 59)),
              "    <ETag>&quot;%s&quot;</ETag>" % g.hex(32), "    <Size>%d</Size>" % g.rint(1000, 5000000), "    <StorageClass>STANDARD</StorageClass>", "  </Contents>"]
    L.append("</ListBucketResult>")
    return "test/fixtures/s3/list_objects_v2.xml", L, "xml", "aws", "s3_listing_etags"


def n_blurhash(g):
    bh = "".join(g.pick(string.ascii_letters + string.digits + "#$%*+,-.:;=?@[]^_{|}~") for _ in range(28))
    rows = []
    for _ in range(g.rint(3, 6)):
        bh = "L" + "".join(g.pick(string.ascii_letters + string.digits + "#$%*+,-.:;=?@[]^_{|}~") for _ in range(27))
        rows.append({"id": g.uuid(), "src": "/img/%s.jpg" % img_name(g), "width": g.pick([1200, 1600, 2400]), "height": g.pick([800, 900, 1600]),
                     "blurhash": bh, "thumbhash": base64.b64encode(g.bytes(g.rint(20, 26))).decode()})
    return g.pick(["data/gallery.json", "prisma/seed/images.json"]), json.dumps(rows, indent=2).split("\n"), "json", "generic", "blurhash_thumbhash"


def n_mux_player(g):
    pid = g.an(g.rint(38, 44))
    L = ["import MuxPlayer from '@mux/mux-player-react'", "", "// playback ids and the Mux Data env key are public; they ship to every browser",
         "const PLAYBACK_ID = '%s'" % pid, "const ENV_KEY = '%s'" % g.lan(26), "", "export default function Trailer() {", "  return (", "    <MuxPlayer",
         "      playbackId={PLAYBACK_ID}", "      envKey={ENV_KEY}", "      metadata={{ video_id: '%s', video_title: '%s' }}" % (g.uuid(), g.pick(["Trailer", "Launch", "Keynote"])),
         "      streamType=\"on-demand\"", "    />", "  )", "}"]
    return g.pick(["components/Trailer.tsx", "src/app/watch/Player.tsx"]), L, "tsx", "mux", "playback_id_env_key"


def n_video_embeds(g):
    L = ["---", "title: %s" % g.pick(["Customer stories", "Tutorials", "Webinars"]), "layout: page", "---", ""]
    L += ["<iframe src=\"https://player.vimeo.com/video/%s?h=%s&badge=0\" width=\"640\" height=\"360\" allow=\"autoplay; fullscreen\"></iframe>" % (g.digits(9), g.hex(10)), "",
          "<script src=\"https://fast.wistia.com/embed/medias/%s.jsonp\" async></script>" % g.lan(10),
          "<div class=\"wistia_embed wistia_async_%s\" style=\"height:360px;width:640px\"></div>" % g.lan(10), "",
          "<script src=\"https://cdn.jwplayer.com/libraries/%s.js\"></script>" % g.an(8), "<div id=\"jw\"></div>",
          "<script>jwplayer('jw').setup({ playlist: 'https://cdn.jwplayer.com/v2/media/%s' })</script>" % g.an(8), "",
          "<iframe src=\"https://iframe.mediadelivery.net/embed/%d/%s\" loading=\"lazy\" allowfullscreen></iframe>" % (g.rint(100000, 399999), g.uuid())]
    return g.pick(["content/videos.md", "src/pages/stories.md"]), L, "markdown", "generic", "video_embed_ids"


def sops_enc(g, n):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (g.b64bytes(n), g.b64bytes(32), g.b64bytes(16))


def n_sops(g):
    K = g.pick([k for k in KINDS if k.kind not in SPECIAL_ONLY])
    d = K.make(g)
    L = ["%s:" % K.block.lower().replace(".", "")]
    for n, _ in d["comps"] + d["ids"]:
        L.append("    %s: %s" % (n.lower(), sops_enc(g, g.rint(8, 30))))
    L.append("    %s: %s" % (K.names[0].lower(), sops_enc(g, len(d["secret"]))))
    L += ["sops:", "    kms:", "        - arn: arn:aws:kms:%s:%s:key/%s" % (g.pick(REGIONS), g.digits(12), g.uuid()),
          "          created_at: \"%sT%02d:%02d:%02dZ\"" % (g.date(), g.rint(0, 23), g.rint(0, 59), g.rint(0, 59)),
          "          enc: %s" % base64.b64encode(b"\x01\x02\x02\x00x" + g.bytes(160)).decode(), "          aws_profile: \"\"",
          "    lastmodified: \"%sT%02d:%02d:%02dZ\"" % (g.date(), g.rint(0, 23), g.rint(0, 59), g.rint(0, 59)),
          "    mac: %s" % sops_enc(g, 32).replace("type:str", "type:str"), "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return g.pick(["secrets/%s.enc.yaml" % K.block.lower(), "deploy/secrets.%s.yaml" % g.pick(["prod", "staging"])]), L, "sops-yaml", K.provider, "sops_ciphertext"


def n_sealed(g):
    K = g.pick([k for k in KINDS if k.kind not in SPECIAL_ONLY])
    name = "%s-credentials" % K.block.lower().replace(".", "")
    L = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: %s" % name, "  namespace: %s" % g.pick(["media", "uploads", "prod"]),
         "spec:", "  encryptedData:"]
    for n in [K.names[0]] + [c[0] for c in K.make(g)["comps"]][:2]:
        L.append("    %s: %s" % (n, "AgB" + g.b64(g.pick([380, 420, 460])) + "=="))
    L += ["  template:", "    metadata:", "      name: %s" % name, "    type: Opaque"]
    return "k8s/sealed/%s.yaml" % name, L, "k8s-yaml", K.provider, "sealed_secret_ciphertext"


def n_kms_tf(g):
    K = g.pick([k for k in KINDS if k.kind not in SPECIAL_ONLY])
    L = ['data "aws_kms_secrets" "media" {', "  secret {", '    name    = "%s"' % K.names[0].lower(),
         '    payload = "AQICAH%s"' % g.b64(g.pick([228, 260, 292])), "", "    context = {", '      service = "%s"' % svc(g), "    }", "  }", "}", "",
         'resource "aws_ssm_parameter" "%s" {' % K.names[0].lower(), '  name  = "/%s/%s"' % (svc(g), K.names[0].lower()), '  type  = "SecureString"',
         '  value = data.aws_kms_secrets.media.plaintext["%s"]' % K.names[0].lower(), "}"]
    return "infra/secrets.tf", L, "terraform", K.provider, "kms_ciphertext_blob"


def n_ansible_vault(g):
    L = ["$ANSIBLE_VAULT;1.1;AES256"]
    body = g.hex(g.pick([6, 8, 10]) * 80)
    L += [body[i:i + 80] for i in range(0, len(body), 80)]
    return g.pick(["group_vars/media/vault.yml", "inventories/prod/group_vars/all/vault.yml"]), L, "ansible-vault", "generic", "ansible_vault_ciphertext"


def n_public_upload_widgets(g):
    style = g.rint(0, 2)
    if style == 0:
        pk = g.hex(20)
        L = ["<!-- Uploadcare public key: safe to expose, uploads are restricted by signed uploads on the backend -->",
             "<script>UPLOADCARE_PUBLIC_KEY = '%s';</script>" % pk, "<script src=\"https://ucarecdn.com/libs/widget/3.x/uploadcare.full.min.js\"></script>",
             "<input type=\"hidden\" role=\"uploadcare-uploader\" name=\"avatar\" data-images-only data-crop=\"1:1\" />",
             "<img src=\"https://ucarecdn.com/%s/-/resize/320x/-/format/auto/\" alt=\"\" />" % g.uuid()]
        return "app/views/profile/_avatar.html", L, "html", "uploadcare", "public_key"
    if style == 1:
        L = ["import ImageKit from 'imagekit-javascript'", "", "// publicKey is meant for client-side code; the private key stays on the server",
             "export const imagekit = new ImageKit({", "  publicKey: '%s'," % ik_key(g, "public_"), "  urlEndpoint: 'https://ik.imagekit.io/%s'," % g.lan(8),
             "  authenticationEndpoint: '/api/imagekit/auth',", "})"]
        return "src/lib/imagekit-client.ts", L, "typescript", "imagekit", "public_key"
    L = ["import * as filestack from 'filestack-js'", "", "const client = filestack.init('%s')" % g.an(22), "",
         "export function openPicker(onDone: (urls: string[]) => void) {", "  client.picker({", "    accept: ['image/*', 'video/*'],",
         "    maxSize: 50 * 1024 * 1024,", "    onUploadDone: (res) => onDone(res.filesUploaded.map((f) => f.url)),", "  }).open()", "}"]
    return "src/upload/picker.ts", L, "typescript", "filestack", "api_key_public"


def n_firebase_web(g):
    proj = "%s-%s" % (g.pick(COMPANIES), g.pick(["web", "prod", "app"]))
    L = ["import { initializeApp } from 'firebase/app'", "import { getStorage } from 'firebase/storage'", "",
         "// Firebase web config is not secret; access is enforced by Storage security rules.", "const firebaseConfig = {",
         "  apiKey: 'AIza%s'," % g.b64u(35), "  authDomain: '%s.firebaseapp.com'," % proj, "  projectId: '%s'," % proj,
         "  storageBucket: '%s.appspot.com'," % proj, "  messagingSenderId: '%s'," % g.digits(12), "  appId: '1:%s:web:%s'," % (g.digits(12), g.hex(22)), "}",
         "", "export const app = initializeApp(firebaseConfig)", "export const storage = getStorage(app)"]
    return g.pick(["src/firebase.ts", "lib/firebase/client.ts"]), L, "typescript", "firebase", "web_config_public"


def n_supabase_client(g):
    ref = supa_ref(g)
    key = mk_supa_jwt(g, "anon")["secret"] if g.chance(0.5) else "sb_publishable_" + g.b64u(22) + "_" + g.b64u(8)
    L = ["import { createClient } from '@supabase/supabase-js'", "", "// anon/publishable key: safe in the browser, RLS policies apply",
         "export const supabase = createClient(", "  'https://%s.supabase.co'," % ref, "  '%s'" % key, ")", "",
         "export async function uploadAvatar(userId: string, file: File) {",
         "  return supabase.storage.from('avatars').upload(`${userId}/${file.name}`, file, { upsert: true })", "}"]
    return "src/lib/supabaseClient.ts", L, "typescript", "supabase", "anon_or_publishable_key"


def n_gcs_wif(g):
    pn = g.digits(12)
    pool, prov = g.pick(["github-pool", "ci-pool", "gha"]), g.pick(["github", "gh-oidc"])
    doc = {"universe_domain": "googleapis.com", "type": "external_account",
           "audience": "//iam.googleapis.com/projects/%s/locations/global/workloadIdentityPools/%s/providers/%s" % (pn, pool, prov),
           "subject_token_type": "urn:ietf:params:oauth:token-type:jwt", "token_url": "https://sts.googleapis.com/v1/token",
           "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/uploader@%s-media.iam.gserviceaccount.com:generateAccessToken" % g.pick(COMPANIES),
           "credential_source": {"file": "/var/run/secrets/tokens/gcp-ksa/token", "format": {"type": "text"}}}
    return "config/gcp-wif-credentials.json", json.dumps(doc, indent=2).split("\n"), "json", "google", "workload_identity_config"


def n_share_links(g):
    L = ["# Brand assets", "", "| Asset | Link |", "|---|---|",
         "| Logo pack | https://www.dropbox.com/scl/fi/%s/logo-pack.zip?rlkey=%s&dl=0 |" % (g.lan(21), g.lan(25)),
         "| Press photos | https://app.box.com/s/%s |" % g.lan(32),
         "| Product shots | https://drive.google.com/drive/folders/1%s?usp=sharing |" % g.b64u(32),
         "| Launch video | https://drive.google.com/file/d/1%s/view |" % g.b64u(32),
         "| B-roll | https://%s.sharepoint.com/:f:/s/marketing/%s?e=%s |" % (g.pick(COMPANIES), g.b64u(50), g.an(6)), "",
         "Links are view-only; ask #brand for edit access."]
    return g.pick(["docs/brand.md", "BRAND_ASSETS.md"]), L, "markdown", "generic", "public_share_links"


def n_cms_asset_urls(g):
    proj = g.lan(8)
    space = g.lan(12)
    posts = []
    for _ in range(g.rint(2, 4)):
        posts.append({"slug": "%s-%s" % (g.pick(WORDS), g.pick(WORDS)),
                      "cover": "https://cdn.sanity.io/images/%s/production/%s-%dx%d.jpg" % (proj, g.hex(40), g.pick([1200, 1600]), g.pick([630, 900])),
                      "hero": "https://images.ctfassets.net/%s/%s/%s/%s.png" % (space, g.an(22), g.hex(32), img_name(g)),
                      "og": "https://a.storyblok.com/f/%s/%dx%d/%s/%s.jpg" % (g.digits(6), 1200, 630, g.hex(10), img_name(g))})
    doc = {"sanityProjectId": proj, "contentfulSpaceId": space, "posts": posts}
    return g.pick(["fixtures/posts.json", "src/__mocks__/cms.json"]), json.dumps(doc, indent=2).split("\n"), "json", "generic", "cms_asset_urls"


def n_blob_urls(g):
    store = g.lan(16)
    L = ["-- seed user avatars (public blob URLs)", "INSERT INTO avatars (user_id, url, etag) VALUES"]
    rows = []
    for _ in range(g.rint(3, 6)):
        if g.chance(0.5):
            u = "https://%s.public.blob.vercel-storage.com/avatars/%s-%s.png" % (store, g.uuid(), g.an(30))
        else:
            u = "https://utfs.io/f/%s" % g.an(g.rint(40, 48))
        rows.append("  ('%s', '%s', '%s')" % (g.uuid(), u, g.hex(32)))
    L += [",\n".join(rows).split("\n")[0]] + ",\n".join(rows).split("\n")[1:]
    L[-1] += ";"
    return "db/seeds/avatars.sql", L, "sql", "vercel", "public_blob_urls"


def n_signed_paths(g):
    if g.chance(0.5):
        L = ["// imgproxy URLs are signed server-side; the signature segment is public", "export const samples = ["]
        for _ in range(g.rint(3, 5)):
            L.append("  '/%s/rs:fill:%d:%d:0/g:sm/plain/s3://%s/%s.jpg@webp'," % (g.b64u(43), g.pick([300, 600]), g.pick([300, 400]), bucket_name(g), img_name(g)))
        L += ["]", "", "export const IMGPROXY_BASE = 'https://img.%s.com'" % g.pick(COMPANIES)]
        return "src/lib/imgproxy.samples.ts", L, "typescript", "imgproxy", "signed_url_path"
    L = ["<ul class=\"grid\">"]
    for _ in range(g.rint(3, 6)):
        L.append("  <li><img src=\"https://thumbs.%s.com/%s=/%dx%d/smart/%s/%s.jpg\" loading=\"lazy\"></li>" % (
            g.pick(COMPANIES), g.b64u(27), g.pick([200, 400]), g.pick([200, 300]), g.pick(["uploads", "catalog"]), g.uuid()))
    L += ["</ul>"]
    L = ["{% block gallery %}"] + L + ["{% endblock %}", "{# thumbor HMAC signatures in URLs are public #}"]
    return "templates/gallery.html", L, "html-template", "thumbor", "signed_url_path"


def n_cloudinary_sign_response(g):
    doc = {"signature": g.hex(40), "timestamp": g.rint(1700000000, 1760000000), "api_key": g.digits(15), "cloud_name": cloud_name(g),
           "folder": "user-uploads", "upload_preset": g.pick(["signed_avatars", "ugc_signed"])}
    L = ["// Response of GET /api/cloudinary/sign, recorded for the widget tests", "export const signResponse = " + json.dumps(doc, indent=2).split("\n")[0]]
    L += json.dumps(doc, indent=2).split("\n")[1:]
    return "test/fixtures/cloudinarySign.ts", L, "typescript", "cloudinary", "upload_signature_response"


def n_public_key_pem(g):
    spki = der(0x30, der(0x30, OID_RSA + b"\x05\x00") + der(0x03, b"\x00" + der(0x30, der_int_bytes(b"\xc1" + g.bytes(255)) + der_small_int(65537))))
    lines = pem("PUBLIC KEY", spki)
    if g.chance(0.5):
        L = ['resource "aws_cloudfront_public_key" "media" {', '  name        = "%s-media-signer"' % g.pick(COMPANIES), '  comment     = "public half; private key is in Secrets Manager"',
             "  encoded_key = <<-EOT"] + ["    " + x for x in lines] + ["  EOT", "}", "", 'resource "aws_cloudfront_key_group" "media" {', '  name  = "media"',
                                                                         "  items = [aws_cloudfront_public_key.media.id]", "}"]
        return "infra/cloudfront_keys.tf", L, "terraform", "aws", "cloudfront_public_key"
    L = ["# Public key of the Mux signing key %s (for verifying tokens in tests)" % g.an(43)] + lines
    return "test/fixtures/mux_signing_public.pem", L, "pem-public", "mux", "signing_public_key"


def n_bucket_policy(g):
    b = bucket_name(g)
    doc = {"Version": "2012-10-17", "Statement": [
        {"Sid": "CloudFrontRead", "Effect": "Allow", "Principal": {"Service": "cloudfront.amazonaws.com"}, "Action": "s3:GetObject",
         "Resource": "arn:aws:s3:::%s/*" % b, "Condition": {"StringEquals": {"AWS:SourceArn": "arn:aws:cloudfront::%s:distribution/E%s" % (g.digits(12), g.uan(13))}}},
        {"Sid": "LegacyOAI", "Effect": "Allow", "Principal": {"CanonicalUser": g.hex(64)}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::%s/*" % b}]}
    return "infra/policies/%s-bucket-policy.json" % b, json.dumps(doc, indent=2).split("\n"), "json", "aws", "canonical_user_id"


def n_gha_oidc(g):
    L = ["name: Sync static assets", "on:", "  push:", "    branches: [main]", "permissions:", "  id-token: write", "  contents: read", "jobs:", "  sync:",
         "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4", "      - uses: aws-actions/configure-aws-credentials@v4", "        with:",
         "          role-to-assume: arn:aws:iam::%s:role/%s-assets-deployer" % (g.digits(12), g.pick(COMPANIES)), "          aws-region: %s" % g.pick(REGIONS),
         "      - run: aws s3 sync ./public s3://%s --delete --cache-control max-age=31536000" % bucket_name(g),
         "      - run: aws cloudfront create-invalidation --distribution-id E%s --paths '/*'" % g.uan(13)]
    return ".github/workflows/assets.yml", L, "github-actions", "aws", "oidc_no_secret"


def n_cf_ids(g):
    L = ['name = "%s"' % svc(g), 'main = "src/worker.ts"', 'compatibility_date = "%s"' % g.date(2024, 2025), 'account_id = "%s"' % g.hex(32), "", "[vars]",
         'IMAGES_ACCOUNT_HASH = "%s"' % g.b64u(22), 'STREAM_CUSTOMER_CODE = "%s"' % g.lan(16), 'IMAGES_DELIVERY = "https://imagedelivery.net"', "",
         "# CF_API_TOKEN is set with `wrangler secret put CF_API_TOKEN`", "", "[[r2_buckets]]", 'binding = "MEDIA"', 'bucket_name = "%s"' % bucket_name(g)]
    return "wrangler.toml", L, "wrangler-toml", "cloudflare", "account_ids_and_hash"


def n_cli_output_masked(g):
    style = g.rint(0, 1)
    if style == 0:
        L = ["$ b2 key list --long", ]
        for _ in range(g.rint(3, 5)):
            L.append("%s   %-18s %s   -   -   listBuckets,readFiles,writeFiles" % ("00" + str(g.rint(1, 5)) + g.hex(12) + "000000000" + str(g.rint(1, 9)),
                                                                                  g.pick(["ci-uploader", "backup-nightly", "media-ro", "thumbs-writer"]), bucket_name(g)))
        L += ["", "(application keys are only shown once at creation; rotate via `b2 key create`)"]
        return "docs/ops/b2-keys.md", L, "markdown", "backblaze", "key_ids_listing"
    L = ["$ mc admin user svcacct info prod %s" % g.uan(20), "AccessKey: %s" % ("*" * 16 + g.uan(4)), "ParentUser: media-svc", "Status: on",
         "Name: thumbs-writer", "Description: thumbnailer", "Policy: implied", "Expiration: no-expiry", "", "SecretKey is never shown again after creation."]
    return "docs/ops/minio-serviceaccounts.md", L, "markdown", "minio", "masked_cli_output"


def n_hash_vectors(g):
    L = ["import hashlib", "import hmac", "", "# RFC 4231 test case 2 for HMAC-SHA256 (used to validate the imgproxy signer)", 'KEY = b"Jefe"',
         'DATA = b"what do ya want for nothing?"', 'EXPECTED = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"', "", "",
         "def test_hmac_vector():", "    assert hmac.new(KEY, DATA, hashlib.sha256).hexdigest() == EXPECTED", "", "",
         "def test_empty_sha256():", '    assert hashlib.sha256(b"").hexdigest() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"']
    return "tests/test_signer_vectors.py", L, "python", "imgproxy", "hmac_test_vectors"


def n_uuid_ids(g):
    L = ["# Stream library / asset identifiers (not credentials)", "BUNNY_STREAM_LIBRARY_ID=%d" % g.rint(100000, 399999),
         "BUNNY_STREAM_COLLECTION_ID=%s" % g.uuid(), "MUX_ASSET_ID=%s" % g.an(g.rint(38, 44)), "API_VIDEO_PLAYER_ID=pt%s" % g.an(22),
         "UPLOADCARE_PROJECT_UUID=%s" % g.uuid(), "CLOUDFLARE_STREAM_VIDEO_UID=%s" % g.hex(32), "SENTRY_DSN_PUBLIC_KEY=%s" % g.hex(32),
         "AZURE_CLIENT_ID=%s" % g.uuid(), "AZURE_TENANT_ID=%s" % g.uuid()]
    return g.pick([".env.example", ".env.defaults"]), L, "dotenv", "generic", "identifiers_not_secrets"


DOMAIN_NEG = [n_cloudinary_signed, n_imgix_signed, n_bunny_token_url, n_filestack_policy, n_transloadit_form, n_aws_doc_presigned,
              n_truncated_presigned, n_azurite, n_minio_default, n_aws_doc_keys, n_asset_manifest, n_s3_list_xml, n_blurhash, n_mux_player,
              n_video_embeds, n_sops, n_sealed, n_kms_tf, n_ansible_vault, n_public_upload_widgets, n_firebase_web, n_supabase_client, n_gcs_wif,
              n_share_links, n_cms_asset_urls, n_blob_urls, n_signed_paths, n_cloudinary_sign_response, n_public_key_pem, n_bucket_policy,
              n_gha_oidc, n_cf_ids, n_cli_output_masked, n_hash_vectors, n_uuid_ids]


if __name__ == "__main__":
    sys.exit(main(sys.argv))
