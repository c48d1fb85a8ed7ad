#!/usr/bin/env python3
"""Blind evaluation-set generator: 3D, AR/VR and creative-tool platforms (gen_hf).

EMPHASIS
    Domain: 3D content, AR/VR and creative-tool platforms and the pipelines
    around them (Unity and Unreal projects, Blender add-ons, three.js/WebXR and
    CesiumJS front ends, asset pipelines, CI for game builds).
    Providers: Sketchfab (API tokens), Autodesk Platform Services / Forge
    (client id + client secret), Unity (Unity Cloud / UGS service-account key id
    + secret key, the Basic authorization header built from them, Unity Pro/Plus
    license serials), Epic Online Services (client secret; product, sandbox,
    deployment and organization ids as public context), Niantic Lightship
    (API key), 8th Wall (app key), Meta Quest / Oculus (app secret and the
    OC|app_id|app_secret app access token), Adobe Developer Console / Firefly
    (OAuth server-to-server client secret p8e-..., legacy JWT service-account
    private key), Figma (figd_ personal access tokens), Canva Connect (client
    secret cnvca...), Matterport (Model API token id + token secret; OAuth /
    Private Model Embed client secret; SDK keys are public), Cesium ion (access
    tokens, JWT; the CesiumJS default evaluation token is public), Mapbox
    (sk. secret tokens; pk. tokens are public). Spline, Poly Haven, Shapr3D and
    Blender add-ons appear as context and as look-alikes (public scene URLs,
    public asset API data, asset-catalog UUIDs, add-on preferences).
    Kinds: API tokens, client secrets, service-account secrets, access tokens
    (JWT), license serials, app access tokens, one multi-line private key.
    File types: C# (Unity scripts), Unity YAML (.asset ScriptableObjects and
    settings, .meta), Unreal .ini (DefaultEngine.ini, DefaultGame.ini), C++,
    .uproject / .uplugin (negatives), Python (Blender add-ons, pipelines),
    JavaScript / TypeScript (three.js, WebXR, Cesium, Node servers), JSON, YAML
    (GitHub workflows, compose, Helm values, k8s), .env, Dockerfile, shell,
    Markdown, Jenkinsfile, gradle.properties, .netrc, HTML, CSV, logs, SQL,
    USDA, glTF, lock files, PEM.

USAGE
    python3 -B gen_hf.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (p0000..p0499), OUTDIR/neg/nNNNN/<relpath>
    (n0000..n0499), OUTDIR/manifest.jsonl (one line per file) and
    OUTDIR/secrets.jsonl (one line per positive). All randomness comes from one
    random.Random(SEED); output is byte-identical for the same SEED. Standard
    library only.

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, without quotes, the
      variable name, "Bearer "/"Token " prefixes or surrounding URL parts.
    * Client id + client secret pairs (APS, Adobe, Canva, EOS, Matterport OAuth):
      the needle is the client secret only; the client id is public context.
    * Token id + token secret pairs (Unity service account, Matterport Model API
      token): the needle is the secret part only; the id is context.
    * Unity "Authorization: Basic <b64>" header: the needle is the base64 blob
      (it encodes key_id:secret_key).
    * Meta Quest app access token written as one string OC|APPID|APPSECRET: the
      needle is the whole OC|...|... string. Where the app secret is written
      alone (the token is assembled at run time), the needle is the 32-hex secret.
    * URLs (?access_token=..., Basic credentials in curl -u ID:SECRET): the
      needle is the token/secret only, not the URL.
    * Headers (X-Figma-Token, Authorization: Token/Bearer ...): the needle is
      the value after the scheme word.
    * Multi-line private key (PEM, PKCS#8): the needle is the first base64 body
      line (the line right after -----BEGIN PRIVATE KEY-----); "line" is that
      line's number.
    * JWTs (Cesium ion, Mapbox sk.): the whole token, all three parts.
    "line" is the 1-based line of the needle's first occurrence; the program
    asserts it.

NEGATIVES
    Half (250) re-use the positive templates with the secret slot holding a
    non-secret: placeholders (<your-...>, YOUR_API_KEY_HERE, changeme, xxxx...,
    REPLACE_ME), empty values, masked values (****, [REDACTED], figd_****...),
    environment references written the way each language does it
    (os.environ[...], process.env.X, Environment.GetEnvironmentVariable,
    std::getenv, ${VAR}, ${{ secrets.X }}, credentials('id')), secret-manager
    references (op://, vault:, AWS/GCP secret ids), template expressions
    ({{ .Values.x }}, {{ x }}), the providers' documented example strings, and
    values documented as public (Mapbox pk. tokens, the CesiumJS default ion
    token, Matterport SDK keys, Oculus app ids). Files named .env/.env.* are
    renamed to .env.example for negatives. The other half (250) are domain
    look-alikes: Unity .meta GUIDs, ScriptableObject references, productGUID /
    cloudProjectId, packages-lock hashes, AssetBundle CRC/hashes, Unreal
    ProjectID and EngineAssociation GUIDs, Fab/Marketplace ids, Sketchfab model
    UIDs, Mapbox pk. tokens and style ids, the Cesium default token, Cesium
    asset ids, Matterport SDK keys and model SIDs, Figma file keys and node
    ids, APS URNs (base64), EOS product/sandbox/deployment ids, Oculus app ids,
    Canva design ids, Blender asset-catalog UUIDs, three.js object UUIDs, glTF
    base64 buffers, LFS pointers, integrity hashes, image digests, texture
    hash manifests, build logs with GUIDs, public keys and certificate
    fingerprints, webhook signature logs, device serial numbers.

FORMATS CHECKED (searched public docs/pages/code, no scanner rules used)
    * Figma: PATs are sent in the X-Figma-Token header (developers.figma.com);
      tokens start with figd_ (Figma Code Connect docs, many READMEs); real
      examples in public code show figd_ + 40 chars of [A-Za-z0-9_-].
    * Mapbox: docs.mapbox.com: public tokens start with pk, secret with sk,
      temporary tk; tokens are JWT-like: header literal, base64url JSON payload,
      signature. Payload seen in public code is {"u":user,"a":25-char id};
      signature part 22 base64url chars. MAPBOX_DOWNLOADS_TOKEN in gradle and
      .netrc for SDK downloads.
    * Cesium ion: Ion.defaultAccessToken; the default (evaluation) token shipped
      in CesiumJS Ion.js is an HS256 JWT with payload {"jti":uuid,"id":259,
      "iat":...}; user tokens have the same shape with the account id.
    * Unity: service accounts give a Key ID and a Secret key; the Authorization
      header is base64("<KEY_ID>:<SECRET_KEY>") used as Basic; UGS CLI reads
      UGS_CLI_SERVICE_KEY_ID / UGS_CLI_SERVICE_SECRET_KEY / UGS_CLI_PROJECT_ID;
      `ugs login --service-key-id ... --secret-key-stdin`. Unity Plus/Pro
      serials are used with -serial on the command line and UNITY_SERIAL in
      game-ci workflows.
    * Meta Quest: server-to-server calls to https://graph.oculus.com use an app
      access token in the format OC|$APPID|$APPSECRET (developers.meta.com).
    * Epic Online Services: DefaultEngine.ini
      [/Script/OnlineSubsystemEOS.EOSSettings] +Artifacts=(ArtifactName=...,
      ClientId=...,ClientSecret=...,ProductId=...,SandboxId=...,DeploymentId=...,
      EncryptionKey/ClientEncryptionKey=...); BuildPatchTool takes
      -OrganizationId/-ProductId/-ArtifactId/-ClientId/-ClientSecret or
      -ClientSecretEnvVar. Public code shows client ids "xyza7891" + 24
      alphanumerics, client secrets 43 base64 chars, ids 32 hex, org ids
      "o-" + 30 lowercase alphanumerics.
    * Adobe: OAuth server-to-server: POST https://ims-na1.adobelogin.com/ims/
      token/v3 with client_id, client_secret, grant_type=client_credentials,
      scope; client ids 32 hex and client secrets "p8e-" + 32 chars
      [A-Za-z0-9_-] in public configs.
    * Canva Connect: client ids "OC-" + 12 alphanumerics (often OC-AZ...);
      client secrets "cnvca" + 43 base64url chars + 8 hex chars (56 total) in
      public configs.
    * Autodesk APS: two-legged token from client id + client secret
      (aps.autodesk.com Getting Started / OAuth guides); APS_CLIENT_ID /
      APS_CLIENT_SECRET naming in SDK docs.
    * Matterport: Model API at https://api.matterport.com/api/models/graph with
      API Token ID + Token Secret as HTTP Basic; SDK key passed as
      applicationKey= in iframe/script URLs (public, domain allow-listed);
      model SIDs like 11 chars (m=...). Private Model Embed uses an OAuth
      client id/secret.
    * Sketchfab: Data API v3 with "Authorization: Token <api token>";
      SKETCHFAB_API_TOKEN is the usual variable; model uids are hex strings
      used in viewer and embed URLs.
    * Niantic Lightship: ARDK 3 stores the key in LightshipSettings
      (serialized field _apiKey, asset Assets/XR/Settings/LightshipSettings.asset).
    * 8th Wall: app key goes into //apps.8thwall.com/xrweb?appKey=... for
      self-hosted projects (Project Settings > App Key).

    * One search result (Canva) was a secret scanner's detector page
      (GitGuardian); it was not read further or used.

DOUBTS
    * Sketchfab API token: generated as 32 lowercase hex; not confirmed in
      provider docs (only "Token <token>" usage was confirmed).
    * Niantic Lightship API key format not found: generated as 64 chars of
      [A-Za-z0-9]. 8th Wall app key format not found: 64 alphanumerics; 8th Wall
      keys are served to browsers (domain-restricted), so they are only used as
      positives in build/deploy configuration, never in HTML script tags.
    * Unity service-account secret key format not found: 32 alphanumerics; key id
      a UUID. Unity serial format (2 letters/digits + 5 groups of 4 uppercase
      alphanumerics) comes from memory, not docs.
    * APS client secret: 16 alphanumerics (older Forge apps) or 64 (newer APS
      apps) from memory; client id 32 alphanumerics.
    * Oculus app id assumed 15-16 digits, app secret 32 hex (not confirmed).
    * Matterport token id (24 lowercase alphanumerics) and token secret
      (64 hex) shapes are guesses; SDK key shape (25 lowercase alphanumerics)
      also a guess.
    * Figma PAT length (40 after figd_) and Canva secret layout are inferred
      from public code, not from provider docs.
    * Whether EOS GameClient secrets and 8th Wall app keys count as secrets is a
      policy question: both ship to clients in some setups; here they are
      positives.
    * Cesium ion default tokens (negatives) are copied from CesiumJS releases,
      where they are documented as public evaluation tokens.
"""

import base64
import json
import os
import random
import string
import sys

SLOT = "\u27e6S\u27e7"          # marker for the secret slot inside a template
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
LOWNUM = LOWER + DIGITS
UPNUM = UPPER + DIGITS
B64URL = ALNUM + "-_"


def fill(_t, **kw):
    """Replace \u27e6name\u27e7 markers with values."""
    out = _t
    for k, v in kw.items():
        out = out.replace("\u27e6" + k + "\u27e7", str(v))
    return out


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode("ascii")


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def pick(r, seq):
    return seq[r.randrange(len(seq))]


# ---------------------------------------------------------------- context
STUDIOS = ["northlight", "bluefern", "quarry-lab", "ninefold", "kestrel-xr",
           "lumen-forge", "parallax", "tidewater", "oakhollow", "redshift-vr",
           "mirrorpond", "atlas-spatial", "copperleaf", "vantage3d"]
PROJECTS = ["museum-walkthrough", "arch-viz", "field-twin", "vr-trainer",
            "showroom-ar", "terrain-viewer", "product-configurator",
            "heritage-scan", "site-survey", "retail-popup", "planetarium",
            "factory-twin", "campus-map", "gallery-xr", "drone-scan"]
MODELS = ["chair_oak", "espresso_machine", "bike_frame", "statue_lion",
          "sneaker_v2", "lamp_brass", "robot_arm", "vase_ceramic", "drone_fpv",
          "excavator", "helmet_sci_fi", "teapot_utah", "canoe", "anvil"]
USERS = ["mira.k", "jonas", "aiko_t", "pvd", "sam-r", "lena.h", "omar", "tkoch",
         "ruth", "d.ng", "ivo", "greta", "yusuf", "hana"]
UNAMES = ["studiomaps", "xrteam", "fieldtwin", "campusgis", "heritagelab",
          "mira-k", "atlasspatial", "parallaxmaps", "kestrelxr", "tidewaterco"]
REGIONS = ["eu-west-1", "us-east-1", "ap-northeast-1", "eu-central-1"]


def ctx(r):
    studio = pick(r, STUDIOS)
    proj = pick(r, PROJECTS)
    return {
        "studio": studio, "proj": proj, "Proj": proj.title().replace("-", ""),
        "model": pick(r, MODELS), "user": pick(r, USERS),
        "email": "%s@%s.example" % (pick(r, USERS).replace(".", ""), studio),
        "port": pick(r, [3000, 5173, 8080, 8000, 4200, 9000]),
        "ver": "%d.%d.%d" % (r.randint(0, 3), r.randint(0, 19), r.randint(0, 30)),
        "unity": pick(r, ["2021.3.38f1", "2022.3.21f1", "2022.3.45f1",
                          "6000.0.23f1", "2023.2.20f1"]),
        "ue": pick(r, ["5.1", "5.2", "5.3", "5.4", "5.5"]),
        "lat": "%.5f" % r.uniform(-60, 60), "lon": "%.5f" % r.uniform(-170, 170),
    }


# ------------------------------------------------------ secret generators
def sketchfab_token(r):
    return rs(r, HEX, 32)


def aps_client_id(r):
    return rs(r, ALNUM, 32)


def aps_secret(r):
    return rs(r, ALNUM, pick(r, [16, 64]))


def unity_key_id(r):
    return uuid4(r)


def unity_secret(r):
    return rs(r, ALNUM, 32)


def unity_serial(r):
    return pick(r, ["SC", "PB", "E3", "F3", "U3", "I3"]) + "-" + \
        "-".join(rs(r, UPNUM, 4) for _ in range(5))


def eos_client_id(r):
    return "xyza7891" + rs(r, ALNUM, 24)


def eos_secret(r):
    return base64.b64encode(rbytes(r, 32)).decode("ascii")[:43]


def hex32(r):
    return rs(r, HEX, 32)


def eos_org(r):
    return "o-" + rs(r, LOWNUM, 30)


def lightship_key(r):
    return rs(r, ALNUM, 64)


def xr8_key(r):
    return rs(r, ALNUM, 64)


def oculus_app_id(r):
    return str(r.randint(10 ** 14, 10 ** 16 - 1))


def oculus_secret(r):
    return rs(r, HEX, 32)


def adobe_client_id(r):
    return rs(r, HEX, 32)


def adobe_secret(r):
    return "p8e-" + rs(r, B64URL, 32)


def adobe_org(r):
    return rs(r, UPNUM, 24) + "@AdobeOrg"


def figma_pat(r):
    return "figd_" + rs(r, B64URL, 40)


def canva_client_id(r):
    return "OC-AZ" + rs(r, ALNUM, 10)


def canva_secret(r):
    return "cnvca" + rs(r, B64URL, 43) + rs(r, HEX, 8)


def mp_token_id(r):
    return rs(r, LOWNUM, 24)


def mp_token_secret(r):
    return rs(r, HEX, 64)


def mp_sdk_key(r):
    return rs(r, LOWNUM, 25)


def mp_sid(r):
    return rs(r, ALNUM, 11)


JWT_HS256 = b64u(b'{"alg":"HS256","typ":"JWT"}')


def cesium_token(r, acct=None):
    if acct is None:
        acct = r.randint(20000, 399999)
    payload = '{"jti":"%s","id":%d,"iat":%d}' % (uuid4(r), acct,
                                                  r.randint(1600000000, 1760000000))
    return JWT_HS256 + "." + b64u(payload.encode()) + "." + b64u(rbytes(r, 32))


def mapbox_token(r, kind="sk", user=None):
    if user is None:
        user = pick(r, UNAMES)
    a = "c" + pick(r, "klm") + rs(r, LOWNUM, 23)
    payload = '{"u":"%s","a":"%s"}' % (user, a)
    return kind + "." + b64u(payload.encode()) + "." + rs(r, B64URL, 22)


def pem_pkcs8(r):
    """A random 2048-bit-RSA-shaped PKCS#8 body (not a valid key)."""
    prefix = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7"
                           "308204a30201000282010100")
    body = prefix + bytes([0x80 | r.randrange(128)]) + rbytes(r, 1217 - len(prefix) - 1)
    b64 = base64.b64encode(body).decode("ascii")
    lines = [b64[i:i + 64] for i in range(0, len(b64), 64)]
    return lines


# Cesium default evaluation tokens as shipped in CesiumJS releases (public).
CESIUM_DEFAULT = [
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJqdGkiOiJjM2I5YWEyNS02NzRiLTRmOTEtYWZhNi1jNzlhZTI5Yjc3YWYiLCJpZCI6MjU5LCJpYXQiOjE3MTE1NTQ2Njd9.dawdakmPEfdAKpH2-Cv-IDOlVHwicZ1Mgk7ZzI775hQ",
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJqdGkiOiIxYTBmZmMzNy02NzcxLTRiMjUtYTllZS1hZmJjY2RkYjVhY2UiLCJpZCI6MjU5LCJpYXQiOjE3NjQ2MDU5OTB9.Nefln7pgRwDffoCJRJ8aaZn5iQzIPQrboLwKD2-ArDU",
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJqdGkiOiI2NTEwZTU2Yi0wOGEyLTQyZjgtOTJjNi04Mzc2NGRlNzA4NTkiLCJpZCI6MjU5LCJpYXQiOjE3NTY4NDExOTJ9._Y3MIsYgGKTVTpkEpKPNT0cQSa_hUocY0DdH7h0U-xM",
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJqdGkiOiJhNzg4MTAwYi1kMTg5LTRjNDItYTVlMi0wOTlhNGM0NTc5Y2YiLCJpZCI6MjU5LCJpYXQiOjE3NTQwNjAzNjJ9.5ei_XzXku4PefU_uHUlbhQnPS1sbv-BHo28oU2fj0Ig",
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJqdGkiOiIwNzAxODk2YS03MTc4LTQxYmYtOWYwMC0xZmUwNTQ5ZWYwMDYiLCJpZCI6MjU5LCJpYXQiOjE2NTY2ODI5ODF9.9O2dVq-nQdlJbXG3lZYFNpzv_tR0jF_xjr0gb02x9M4",
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJqdGkiOiI4NTVhMjg4My1iNGI2LTRhNzgtOTQ0My1mYjA4MTNjMTJiYjQiLCJpZCI6MjU5LCJpYXQiOjE2MTQ1ODE4MDB9.FeIKU_q_xmSAPeRgrOYaJAWmHFGIvy6i-p_Zk9mweEw",
]

# Documented example / placeholder strings as they appear in provider docs.
DOC_EXAMPLES = {
    "sketchfab": ["YOUR_API_TOKEN", "your_token_here", "FF00FF"],
    "autodesk-aps": ["YOUR_CLIENT_SECRET", "{CLIENT_SECRET}", "<client-secret>"],
    "unity": ["your-service-secret-key", "<your-secret-key>", "<SECRET_KEY>"],
    "unity-license": ["XX-XXXX-XXXX-XXXX-XXXX-XXXX", "<your-serial>"],
    "epic-eos": ["CLIENTSECRET", "<client-secret>", "YOUR_CLIENT_SECRET"],
    "niantic-lightship": ["<your-lightship-api-key>", "YOUR_API_KEY"],
    "8thwall": ["XXXXXXXXXXXXXXXXXX", "YOUR_APP_KEY"],
    "meta-quest": ["OC|$APPID|$APPSECRET", "$APPSECRET", "<app-secret>"],
    "adobe": ["{CLIENT_SECRET}", "YOUR_CLIENT_SECRET", "<client-secret>"],
    "figma": ["figd_your_token_here", "figd_xxxxx", "<personal-access-token>"],
    "canva": ["YOUR_CANVA_CLIENT_SECRET_HERE", "cnvca...", "your_client_secret"],
    "matterport": ["<token-secret>", "[YOUR_SDK_KEY_HERE]", "YOUR_TOKEN_SECRET"],
    "cesium-ion": ["your_access_token", "<your-ion-token>"],
    "mapbox": ["YOUR_MAPBOX_ACCESS_TOKEN", "<your-secret-token>", "sk.eyJ1..."],
}


# ------------------------------------------------------------ templates
# A positive template is f(r, c) -> dict(path, text, secret, lang, var[, pub]).
# `text` holds SLOT where the secret goes; `lang` drives how a negative writes an
# environment reference; `var` is the conventional variable name; `pub` lists
# values the provider documents as public that fit the same slot.
POS = []


def pos(provider, kind, conv):
    def deco(f):
        POS.append((f.__name__, provider, kind, conv, f))
        return f
    return deco


S = SLOT


# ---- Sketchfab ---------------------------------------------------------
@pos("sketchfab", "api-token", False)
def p_blender_addon_prefs(r, c):
    text = fill('''bl_info = {
    "name": "Sketchfab Publisher (⟦studio⟧)",
    "author": "⟦studio⟧ pipeline team",
    "version": (1, 4, 2),
    "blender": (3, 6, 0),
    "location": "File > Export > Sketchfab",
    "category": "Import-Export",
}

import bpy
from bpy.props import StringProperty, BoolProperty


class SketchfabPublisherPrefs(bpy.types.AddonPreferences):
    bl_idname = __package__

    api_token: StringProperty(
        name="API token",
        description="Found under Settings > Password & API on sketchfab.com",
        default="⟦S⟧",
        subtype="PASSWORD",
    )
    make_private: BoolProperty(name="Upload as private", default=True)

    def draw(self, context):
        layout = self.layout
        layout.prop(self, "api_token")
        layout.prop(self, "make_private")


def register():
    bpy.utils.register_class(SketchfabPublisherPrefs)


def unregister():
    bpy.utils.unregister_class(SketchfabPublisherPrefs)
''', S=S, **c)
    return dict(path="addons/sketchfab_publisher/__init__.py", text=text,
                secret=sketchfab_token(r), lang="py", var="SKETCHFAB_API_TOKEN")


@pos("sketchfab", "api-token", True)
def p_sketchfab_dotenv(r, c):
    text = fill('''# local overrides for the asset intake tool
SKETCHFAB_API_BASE_URL=https://api.sketchfab.com/v3
SKETCHFAB_API_TOKEN=⟦S⟧
SKETCHFAB_DOWNLOAD_FORMAT=glb
SKETCHFAB_LICENSE_FILTER=cc0,cc-by
ASSET_DOWNLOAD_DIR=packs/raw
LOG_LEVEL=info
''', S=S)
    return dict(path=pick(r, [".env", ".env.local"]), text=text,
                secret=sketchfab_token(r), lang="env", var="SKETCHFAB_API_TOKEN")


@pos("sketchfab", "api-token", False)
def p_sketchfab_js_header(r, c):
    text = fill('''import fs from "node:fs/promises";

const API = "https://api.sketchfab.com/v3";

export async function uploadModel(file, name) {
  const body = new FormData();
  body.append("modelFile", new Blob([await fs.readFile(file)]), file);
  body.append("name", name);
  body.append("isPublished", "false");
  const res = await fetch(`${API}/models`, {
    method: "POST",
    headers: { Authorization: "Token ⟦S⟧" },
    body,
  });
  if (!res.ok) throw new Error(`upload failed: ${res.status}`);
  const { uid } = await res.json();
  return uid;
}
''', S=S)
    return dict(path="tools/publish/upload.mjs", text=text,
                secret=sketchfab_token(r), lang="js", var="SKETCHFAB_API_TOKEN")


@pos("sketchfab", "api-token", False)
def p_sketchfab_curl(r, c):
    text = fill('''#!/usr/bin/env bash
# Publish the nightly turntable export of ⟦model⟧ to Sketchfab (draft).
set -euo pipefail

FILE="${1:-build/⟦model⟧.glb}"
NAME="⟦model⟧ nightly $(date +%F)"

curl -sS -X POST "https://api.sketchfab.com/v3/models" \\
  -H "Authorization: Token ⟦S⟧" \\
  -F "modelFile=@${FILE}" \\
  -F "name=${NAME}" \\
  -F "isPublished=false" \\
  -F "private=true" | jq -r .uid
''', S=S, **c)
    return dict(path=pick(r, ["scripts/publish_sketchfab.sh", "ci/sketchfab-upload.sh"]),
                text=text, secret=sketchfab_token(r), lang="sh", var="SKETCHFAB_API_TOKEN")


@pos("sketchfab", "api-token", True)
def p_sketchfab_py_pipeline(r, c):
    text = fill('''"""Fetch CC-licensed reference models for the ⟦proj⟧ look-dev scenes."""
import pathlib
import requests

SKETCHFAB_API = "https://api.sketchfab.com/v3"
SKETCHFAB_API_TOKEN = "⟦S⟧"
OUT = pathlib.Path("assets/reference")


def download(uid: str) -> pathlib.Path:
    r = requests.get(
        f"{SKETCHFAB_API}/models/{uid}/download",
        headers={"Authorization": f"Token {SKETCHFAB_API_TOKEN}"},
        timeout=30,
    )
    r.raise_for_status()
    url = r.json()["glb"]["url"]
    target = OUT / f"{uid}.glb"
    target.write_bytes(requests.get(url, timeout=120).content)
    return target


if __name__ == "__main__":
    for line in open("reference_models.txt"):
        print(download(line.strip()))
''', S=S, **c)
    return dict(path="pipeline/fetch_reference_models.py", text=text,
                secret=sketchfab_token(r), lang="py", var="SKETCHFAB_API_TOKEN")


@pos("sketchfab", "api-token", True)
def p_sketchfab_gh_workflow(r, c):
    text = fill('''name: publish-previews

on:
  push:
    branches: [main]
    paths: ["assets/models/**"]

env:
  BLENDER_VERSION: "4.1"
  SKETCHFAB_API_TOKEN: ⟦S⟧

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          lfs: true
      - name: Export GLB
        run: ./tools/export_all.sh
      - name: Upload drafts
        run: python3 tools/publish.py --draft assets/export/*.glb
''', S=S)
    return dict(path=".github/workflows/publish-previews.yml", text=text,
                secret=sketchfab_token(r), lang="gha", var="SKETCHFAB_API_TOKEN")


@pos("sketchfab", "api-token", False)
def p_sketchfab_json_cfg(r, c):
    text = fill('''{
  "project": "⟦proj⟧",
  "exporter": {
    "format": "glb",
    "draco": true,
    "textureMaxSize": 2048
  },
  "sketchfab": {
    "apiToken": "⟦S⟧",
    "organization": "⟦studio⟧",
    "private": true,
    "categories": ["architecture", "furniture-home"]
  },
  "notify": ["⟦email⟧"]
}
''', S=S, **c)
    return dict(path=pick(r, ["publish.config.json", "config/publish.json"]), text=text,
                secret=sketchfab_token(r), lang="json", var="SKETCHFAB_API_TOKEN")


# ---- Autodesk Platform Services ---------------------------------------
@pos("autodesk-aps", "client-secret", True)
def p_aps_appsettings(r, c):
    text = fill('''{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "AllowedHosts": "*",
  "Aps": {
    "ClientId": "⟦cid⟧",
    "ClientSecret": "⟦S⟧",
    "Bucket": "⟦studio⟧-⟦proj⟧-models",
    "CallbackUrl": "http://localhost:⟦port⟧/api/auth/callback"
  }
}
''', S=S, cid=aps_client_id(r), **c)
    return dict(path="src/Viewer.Server/appsettings.Development.json", text=text,
                secret=aps_secret(r), lang="json", var="APS_CLIENT_SECRET")


@pos("autodesk-aps", "client-secret", False)
def p_aps_node_positional(r, c):
    text = fill('''const { AuthenticationClient, Scopes } = require("@aps_sdk/authentication");

const authClient = new AuthenticationClient();
const CLIENT_ID = "⟦cid⟧";

async function getInternalToken() {
  const credentials = await authClient.getTwoLeggedToken(
    CLIENT_ID,
    "⟦S⟧",
    [Scopes.DataRead, Scopes.DataCreate, Scopes.BucketRead]
  );
  return credentials.access_token;
}

module.exports = { getInternalToken };
''', S=S, cid=aps_client_id(r))
    return dict(path="services/aps.js", text=text, secret=aps_secret(r),
                lang="js", var="APS_CLIENT_SECRET")


@pos("autodesk-aps", "client-secret", False)
def p_aps_py_requests(r, c):
    text = fill('''import requests

TOKEN_URL = "https://developer.api.autodesk.com/authentication/v2/token"


def two_legged(scopes=("data:read", "viewables:read")):
    resp = requests.post(
        TOKEN_URL,
        data={
            "grant_type": "client_credentials",
            "client_id": "⟦cid⟧",
            "client_secret": "⟦S⟧",
            "scope": " ".join(scopes),
        },
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]
''', S=S, cid=aps_client_id(r))
    return dict(path="pipeline/aps_auth.py", text=text, secret=aps_secret(r),
                lang="py", var="APS_CLIENT_SECRET")


@pos("autodesk-aps", "client-secret", True)
def p_aps_compose(r, c):
    text = fill('''services:
  viewer:
    build: .
    ports:
      - "⟦port⟧:⟦port⟧"
    environment:
      PORT: "⟦port⟧"
      APS_CLIENT_ID: ⟦cid⟧
      APS_CLIENT_SECRET: ⟦S⟧
      APS_BUCKET: ⟦studio⟧-models
    volumes:
      - ./wwwroot:/app/wwwroot:ro
''', S=S, cid=aps_client_id(r), **c)
    return dict(path=pick(r, ["docker-compose.yml", "deploy/compose.yaml"]), text=text,
                secret=aps_secret(r), lang="yaml", var="APS_CLIENT_SECRET")


@pos("autodesk-aps", "client-secret", False)
def p_aps_curl_basic(r, c):
    text = fill('''#!/bin/sh
# Quick check that the APS app still has Model Derivative access.
curl -s -X POST "https://developer.api.autodesk.com/authentication/v2/token" \\
  -u "⟦cid⟧:⟦S⟧" \\
  -H "Content-Type: application/x-www-form-urlencoded" \\
  -d "grant_type=client_credentials&scope=data:read%20viewables:read" \\
  | python3 -m json.tool
''', S=S, cid=aps_client_id(r))
    return dict(path="scripts/aps_token_check.sh", text=text, secret=aps_secret(r),
                lang="sh", var="APS_CLIENT_SECRET")


# ---- Unity service accounts -------------------------------------------
@pos("unity", "service-account-secret", True)
def p_ugs_gh_workflow(r, c):
    text = fill('''name: deploy-ugs-config

on:
  workflow_dispatch:
  push:
    branches: [release/*]
    paths: ["ugs/**"]

env:
  UGS_CLI_PROJECT_ID: "⟦pid⟧"
  UGS_CLI_ENVIRONMENT_NAME: production
  UGS_CLI_SERVICE_KEY_ID: "⟦kid⟧"
  UGS_CLI_SERVICE_SECRET_KEY: "⟦S⟧"

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Download CLI
        run: curl -sSL -o ugs https://github.com/Unity-Technologies/unity-gaming-services-cli/releases/latest/download/ugs-linux-x64 && chmod +x ugs
      - name: Deploy Remote Config and Cloud Code
        run: ./ugs deploy ugs/ -j
''', S=S, pid=uuid4(r), kid=unity_key_id(r))
    return dict(path=".github/workflows/ugs-deploy.yml", text=text,
                secret=unity_secret(r), lang="gha", var="UGS_CLI_SERVICE_SECRET_KEY")


@pos("unity", "service-account-secret", False)
def p_ugs_login_sh(r, c):
    text = fill('''#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")/.."

ugs config set project-id ⟦pid⟧
ugs config set environment-name staging
ugs login --service-key-id ⟦kid⟧ --secret-key-stdin <<< "⟦S⟧"
ugs deploy ugs/remote-config ugs/cloud-code -j
ugs logout
''', S=S, pid=uuid4(r), kid=unity_key_id(r))
    return dict(path="tools/ugs_deploy.sh", text=text, secret=unity_secret(r),
                lang="sh", var="UGS_CLI_SERVICE_SECRET_KEY")


@pos("unity", "service-account-secret", True)
def p_ugs_jenkins(r, c):
    text = fill('''pipeline {
    agent { label 'unity-linux' }
    environment {
        UGS_CLI_PROJECT_ID         = '⟦pid⟧'
        UGS_CLI_ENVIRONMENT_NAME   = 'production'
        UGS_CLI_SERVICE_KEY_ID     = '⟦kid⟧'
        UGS_CLI_SERVICE_SECRET_KEY = '⟦S⟧'
    }
    stages {
        stage('Build server') {
            steps { sh './ci/build_linux_server.sh' }
        }
        stage('Upload to Multiplay') {
            steps {
                sh 'ugs game-server-hosting build create-version --build-id "$BUILD_ID_MP" --directory Builds/Server'
            }
        }
    }
}
''', S=S, pid=uuid4(r), kid=unity_key_id(r))
    return dict(path="Jenkinsfile", text=text, secret=unity_secret(r),
                lang="groovy", var="UGS_CLI_SERVICE_SECRET_KEY")


@pos("unity", "service-account-basic-header", False)
def p_unity_cs_basic(r, c):
    kid = unity_key_id(r)
    sec = unity_secret(r)
    blob = base64.b64encode(("%s:%s" % (kid, sec)).encode()).decode()
    text = fill('''using System.Net.Http;
using System.Threading.Tasks;
using UnityEditor;
using UnityEngine;

namespace ⟦Proj⟧.Editor
{
    // Editor-only helper that pushes Remote Config values from the build menu.
    public static class RemoteConfigPusher
    {
        const string ProjectId = "⟦pid⟧";
        const string EnvironmentId = "⟦eid⟧";

        [MenuItem("Tools/⟦Proj⟧/Push Remote Config")]
        static async void Push()
        {
            using var client = new HttpClient();
            client.DefaultRequestHeaders.Add("Authorization", "Basic ⟦S⟧");
            var url = $"https://services.api.unity.com/remote-config/v1/projects/{ProjectId}/environments/{EnvironmentId}/configs";
            var res = await client.GetAsync(url);
            Debug.Log($"Remote Config: {(int)res.StatusCode}");
        }
    }
}
''', S=S, pid=uuid4(r), eid=uuid4(r), **c)
    return dict(path="Assets/Editor/RemoteConfigPusher.cs", text=text, secret=blob,
                lang="cs", var="UNITY_SERVICE_ACCOUNT_AUTH")


@pos("unity", "service-account-secret", False)
def p_unity_py_tuple(r, c):
    text = fill('''"""Nightly export of leaderboard snapshots (admin API, service account)."""
import json
import requests

PROJECT = "⟦pid⟧"
ENV = "⟦eid⟧"
AUTH = ("⟦kid⟧", "⟦S⟧")
BASE = "https://services.api.unity.com/leaderboards/v1"


def scores(board: str, limit: int = 100):
    url = f"{BASE}/projects/{PROJECT}/environments/{ENV}/leaderboards/{board}/scores"
    r = requests.get(url, params={"limit": limit}, auth=AUTH, timeout=20)
    r.raise_for_status()
    return r.json()["results"]


if __name__ == "__main__":
    print(json.dumps(scores("weekly_time_trial"), indent=2))
''', S=S, pid=uuid4(r), eid=uuid4(r), kid=unity_key_id(r))
    return dict(path="ops/leaderboard_export.py", text=text, secret=unity_secret(r),
                lang="py", var="UGS_CLI_SERVICE_SECRET_KEY")


@pos("unity", "service-account-secret", True)
def p_ugs_dockerfile(r, c):
    text = fill('''FROM mcr.microsoft.com/dotnet/runtime:8.0

WORKDIR /app
COPY ugs/ ./ugs/
COPY tools/ugs-linux-x64 /usr/local/bin/ugs

ENV UGS_CLI_PROJECT_ID=⟦pid⟧
ENV UGS_CLI_SERVICE_KEY_ID=⟦kid⟧
ENV UGS_CLI_SERVICE_SECRET_KEY=⟦S⟧
ENV UGS_CLI_ENVIRONMENT_NAME=production

RUN chmod +x /usr/local/bin/ugs
ENTRYPOINT ["ugs", "deploy", "ugs/", "-j"]
''', S=S, pid=uuid4(r), kid=unity_key_id(r))
    return dict(path=pick(r, ["Dockerfile", "docker/ugs-deploy.Dockerfile"]), text=text,
                secret=unity_secret(r), lang="docker", var="UGS_CLI_SERVICE_SECRET_KEY")


# ---- Unity license serials --------------------------------------------
@pos("unity-license", "license-serial", True)
def p_unity_serial_gha(r, c):
    text = fill('''name: build

on: [push, pull_request]

jobs:
  build:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        targetPlatform: [StandaloneWindows64, Android, WebGL]
    steps:
      - uses: actions/checkout@v4
        with:
          lfs: true
      - uses: actions/cache@v4
        with:
          path: Library
          key: Library-${{ matrix.targetPlatform }}
      - uses: game-ci/unity-builder@v4
        env:
          UNITY_EMAIL: ⟦email⟧
          UNITY_PASSWORD: ${{ secrets.UNITY_PASSWORD }}
          UNITY_SERIAL: ⟦S⟧
        with:
          unityVersion: ⟦unity⟧
          targetPlatform: ${{ matrix.targetPlatform }}
''', S=S, **c)
    return dict(path=".github/workflows/build.yml", text=text, secret=unity_serial(r),
                lang="gha", var="UNITY_SERIAL")


@pos("unity-license", "license-serial", False)
def p_unity_serial_cli(r, c):
    text = fill('''#!/usr/bin/env bash
# Activate the build machine seat, build, then return the seat.
set -euo pipefail
UNITY=/opt/unity/⟦unity⟧/Editor/Unity

"$UNITY" -batchmode -quit -nographics \\
  -serial ⟦S⟧ \\
  -username "⟦email⟧" -password "$UNITY_PASSWORD" \\
  -logFile -

"$UNITY" -batchmode -quit -nographics -projectPath . \\
  -executeMethod BuildScript.BuildAll -logFile build.log || status=$?

"$UNITY" -batchmode -quit -returnlicense -username "⟦email⟧" -password "$UNITY_PASSWORD"
exit ${status:-0}
''', S=S, **c)
    return dict(path="ci/build_and_return_seat.sh", text=text, secret=unity_serial(r),
                lang="sh", var="UNITY_SERIAL")


@pos("unity-license", "license-serial", False)
def p_unity_serial_jenkins(r, c):
    text = fill('''node('win-unity') {
    stage('Checkout') {
        checkout scm
    }
    stage('Activate') {
        bat "\\"C:\\\\Program Files\\\\Unity\\\\Hub\\\\Editor\\\\⟦unity⟧\\\\Editor\\\\Unity.exe\\" -batchmode -quit -serial ⟦S⟧ -username ⟦email⟧ -password %UNITY_PASSWORD%"
    }
    stage('Build') {
        bat 'build_win64.bat'
        archiveArtifacts artifacts: 'Builds/**', fingerprint: true
    }
}
''', S=S, **c)
    return dict(path=pick(r, ["Jenkinsfile", "ci/Jenkinsfile.windows"]), text=text,
                secret=unity_serial(r), lang="groovy", var="UNITY_SERIAL")


@pos("unity-license", "license-serial", True)
def p_unity_serial_docker(r, c):
    text = fill('''FROM unityci/editor:ubuntu-⟦unity⟧-android-3

ARG UNITY_EMAIL=⟦email⟧
ENV UNITY_SERIAL=⟦S⟧

WORKDIR /project
COPY . .
RUN unity-editor -batchmode -quit -nographics -serial "$UNITY_SERIAL" \\
      -username "$UNITY_EMAIL" -password "$UNITY_PASSWORD" -logFile /dev/stdout || true
CMD ["unity-editor", "-batchmode", "-quit", "-projectPath", "/project", "-buildTarget", "Android", "-executeMethod", "Builder.Android"]
''', S=S, **c)
    return dict(path="docker/android-build.Dockerfile", text=text, secret=unity_serial(r),
                lang="docker", var="UNITY_SERIAL")


# ---- Epic Online Services ---------------------------------------------
def eos_ids(r):
    return dict(cid=eos_client_id(r), prod=hex32(r), sbx=hex32(r), dep=hex32(r))


@pos("epic-eos", "client-secret", False)
def p_eos_artifacts_ini(r, c):
    text = fill('''[/Script/EngineSettings.GameMapsSettings]
GameDefaultMap=/Game/Maps/MainMenu
EditorStartupMap=/Game/Maps/Lobby

[OnlineSubsystem]
DefaultPlatformService=EOS

[OnlineSubsystemEOS]
bEnabled=true

[/Script/OnlineSubsystemEOS.EOSSettings]
CacheDir=CacheDir
DefaultArtifactName=⟦Proj⟧
TickBudgetInMilliseconds=0
bEnableOverlay=True
bEnableSocialOverlay=True
bShouldEnforceBeingLaunchedByEGS=False
bUseEAS=True
bUseEOSConnect=True
+Artifacts=(ArtifactName="⟦Proj⟧",ClientId="⟦cid⟧",ClientSecret="⟦S⟧",ProductId="⟦prod⟧",SandboxId="⟦sbx⟧",DeploymentId="⟦dep⟧",EncryptionKey="")

[/Script/Engine.GameEngine]
!NetDriverDefinitions=ClearArray
+NetDriverDefinitions=(DefName="GameNetDriver",DriverClassName="/Script/SocketSubsystemEOS.NetDriverEOS",DriverClassNameFallback="/Script/OnlineSubsystemUtils.IpNetDriver")
''', S=S, **dict(c, **eos_ids(r)))
    return dict(path="Config/DefaultEngine.ini", text=text, secret=eos_secret(r),
                lang="ini", var="EOS_CLIENT_SECRET")


@pos("epic-eos", "client-secret", True)
def p_eos_sdk_ini(r, c):
    text = fill('''[EOSSDK]
ProductName=⟦Proj⟧
ProductVersion=⟦ver⟧
ProductId="⟦prod⟧"
SandboxId="⟦sbx⟧"
DeploymentId="⟦dep⟧"
ClientId="⟦cid⟧"
ClientSecret="⟦S⟧"

[VoiceChat.EOS]
bEnabled=true
''', S=S, **dict(c, **eos_ids(r)))
    return dict(path=pick(r, ["Config/DefaultGame.ini", "Config/Custom/EOS/DefaultEngine.ini"]),
                text=text, secret=eos_secret(r), lang="ini", var="EOS_CLIENT_SECRET")


@pos("epic-eos", "client-secret", False)
def p_eos_bpt_jenkins(r, c):
    ids = eos_ids(r)
    text = fill('''def uploadToEgs(String buildPath, String version) {
    bat """
"D:/BuildPatchTool/Engine/Binaries/Win64/BuildPatchTool.exe" -OrganizationId="⟦org⟧" -ProductId="⟦prod⟧" -ArtifactId="⟦art⟧" -ClientId="⟦cid⟧" -ClientSecret="⟦S⟧" -mode=UploadBinary -BuildRoot="${buildPath}" -CloudDir="D:/Jenkins/CloudDir" -BuildVersion="${version}" -AppLaunch="⟦Proj⟧.exe" -AppArgs="" -Platform="Windows"
"""
}

pipeline {
    agent { label 'win-ue⟦ue⟧' }
    stages {
        stage('Package') { steps { bat 'RunUAT.bat BuildCookRun -project=%WORKSPACE%/⟦Proj⟧.uproject -platform=Win64 -clientconfig=Shipping -cook -stage -pak -archive -archivedirectory=%WORKSPACE%/Out' } }
        stage('Upload') { steps { uploadToEgs("${env.WORKSPACE}/Out/Windows", "${env.BUILD_NUMBER}") } }
    }
}
''', S=S, org=eos_org(r), art=hex32(r), **dict(c, **ids))
    return dict(path="Build/Jenkinsfile", text=text, secret=eos_secret(r),
                lang="groovy", var="EOS_CLIENT_SECRET")


@pos("epic-eos", "client-secret", False)
def p_eos_bpt_python(r, c):
    text = fill('''import subprocess
import tempfile


def upload(build_root: str, build_version: str, app_launch: str) -> None:
    cloud_dir = tempfile.mkdtemp()
    cmd = [
        "BuildPatchTool",
        '-OrganizationId="⟦org⟧"',
        '-ProductId="⟦prod⟧"',
        '-ArtifactId="⟦art⟧"',
        '-ClientId="⟦cid⟧"',
        '-ClientSecret="⟦S⟧"',
        "-mode=UploadBinary",
        f'-BuildRoot="{build_root}"',
        f'-CloudDir="{cloud_dir}"',
        f'-BuildVersion="{build_version}"',
        f'-AppLaunch="{app_launch}"',
        '-AppArgs=""',
    ]
    subprocess.run(" ".join(cmd), shell=True, check=True)
''', S=S, org=eos_org(r), art=hex32(r), **eos_ids(r))
    return dict(path="tools/egs_upload.py", text=text, secret=eos_secret(r),
                lang="py", var="EOS_CLIENT_SECRET")


@pos("epic-eos", "client-secret", False)
def p_eos_cpp_options(r, c):
    text = fill('''#include "eos_sdk.h"
#include "eos_init.h"
#include <cstdio>

static EOS_HPlatform CreatePlatform()
{
    EOS_Platform_Options Options = {};
    Options.ApiVersion = EOS_PLATFORM_OPTIONS_API_LATEST;
    Options.ProductId = "⟦prod⟧";
    Options.SandboxId = "⟦sbx⟧";
    Options.DeploymentId = "⟦dep⟧";
    Options.ClientCredentials.ClientId = "⟦cid⟧";
    Options.ClientCredentials.ClientSecret = "⟦S⟧";
    Options.bIsServer = EOS_TRUE;
    Options.Flags = EOS_PF_DISABLE_OVERLAY;

    EOS_HPlatform Platform = EOS_Platform_Create(&Options);
    if (!Platform)
    {
        std::fprintf(stderr, "EOS_Platform_Create failed\\n");
    }
    return Platform;
}
''', S=S, **eos_ids(r))
    return dict(path="Source/DedicatedServer/Private/EosPlatform.cpp", text=text,
                secret=eos_secret(r), lang="cpp", var="EOS_CLIENT_SECRET")


@pos("epic-eos", "client-secret", True)
def p_eos_server_env_sh(r, c):
    text = fill('''#!/bin/bash
# Dedicated server launcher for ⟦Proj⟧
SERVERNAME="⟦studio⟧ EU #1"
PORT=7777
DEPLOYMENTID="⟦dep⟧"
CLIENTID="⟦cid⟧"
CLIENTSECRET="⟦S⟧"

exec ./⟦Proj⟧Server.sh "/Game/Maps/Arena?listen" -port="$PORT" \\
  -EOSDeploymentId="$DEPLOYMENTID" -EOSClientId="$CLIENTID" -EOSClientSecret="$CLIENTSECRET" \\
  -log -unattended
''', S=S, **dict(c, **eos_ids(r)))
    return dict(path="server/start_server.sh", text=text, secret=eos_secret(r),
                lang="sh", var="CLIENTSECRET")


# ---- Niantic Lightship -------------------------------------------------
@pos("niantic-lightship", "api-key", False)
def p_lightship_asset(r, c):
    text = fill('''%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!114 &11400000
MonoBehaviour:
  m_ObjectHideFlags: 0
  m_CorrespondingSourceObject: {fileID: 0}
  m_PrefabInstance: {fileID: 0}
  m_PrefabAsset: {fileID: 0}
  m_GameObject: {fileID: 0}
  m_Enabled: 1
  m_EditorHideFlags: 0
  m_Script: {fileID: 11500000, guid: ⟦g1⟧, type: 3}
  m_Name: LightshipSettings
  m_EditorClassIdentifier: 
  _apiKey: ⟦S⟧
  _useLightshipDepth: 1
  _preferLidarIfAvailable: 1
  _useLightshipMeshing: 1
  _useLightshipSemanticSegmentation: 0
  _useLightshipScanning: 0
  _useLightshipPersistentAnchor: 1
  _useLightshipObjectDetection: 0
  _useLightshipWorldPositioning: 0
  _locationAndCompassDataSource: 0
  _unityLogLevel: 3
''', S=S, g1=hex32(r))
    return dict(path="Assets/XR/Settings/LightshipSettings.asset", text=text,
                secret=lightship_key(r), lang="unityyaml", var="LIGHTSHIP_API_KEY")


@pos("niantic-lightship", "api-key", True)
def p_lightship_cs_const(r, c):
    text = fill('''using Niantic.Lightship.AR.Loader;
using UnityEngine;

namespace ⟦Proj⟧.AR
{
    public class LightshipBootstrap : MonoBehaviour
    {
        // TODO move to build-time injection before store submission
        private const string LIGHTSHIP_API_KEY = "⟦S⟧";

        [SerializeField] private bool usePlayback;

        private void Awake()
        {
            var settings = LightshipSettings.Instance;
            Debug.Log($"Lightship depth: {settings.UseLightshipDepth}, playback: {usePlayback}");
            VpsClient.Configure(LIGHTSHIP_API_KEY, Application.identifier);
        }
    }
}
''', S=S, **c)
    return dict(path="Assets/Scripts/AR/LightshipBootstrap.cs", text=text,
                secret=lightship_key(r), lang="cs", var="LIGHTSHIP_API_KEY")


@pos("niantic-lightship", "api-key", False)
def p_lightship_json(r, c):
    text = fill('''{
  "app": "⟦proj⟧",
  "vps": {
    "enabled": true,
    "coverageRadiusMeters": 500,
    "defaultLocation": { "lat": ⟦lat⟧, "lng": ⟦lon⟧ }
  },
  "lightship": {
    "ApiKey": "⟦S⟧",
    "logLevel": "Warn"
  }
}
''', S=S, **c)
    return dict(path="Assets/StreamingAssets/ardk_config.json", text=text,
                secret=lightship_key(r), lang="json", var="LIGHTSHIP_API_KEY")


# ---- 8th Wall -----------------------------------------------------------
@pos("8thwall", "app-key", False)
def p_xr8_deploy_yaml(r, c):
    text = fill('''# self-hosted WebAR build settings
site:
  name: ⟦proj⟧-webar
  domain: ar.⟦studio⟧.example
  cdn: true
build:
  entry: src/index.html
  out: dist
  inject:
    xr8_app_key: ⟦S⟧
    engine_channel: release
''', S=S, **c)
    return dict(path=pick(r, ["deploy/webar.yml", "config/site.yml"]), text=text,
                secret=xr8_key(r), lang="yaml", var="XR8_APP_KEY")


@pos("8thwall", "app-key", True)
def p_xr8_webpack(r, c):
    text = fill('''const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const XR8_APP_KEY = "⟦S⟧";

module.exports = {
  entry: "./src/app.js",
  output: { path: path.resolve(__dirname, "dist"), filename: "bundle.[contenthash].js" },
  devServer: { https: true, port: ⟦port⟧ },
  plugins: [
    new HtmlWebpackPlugin({ template: "src/index.html", appKey: XR8_APP_KEY }),
    new webpack.DefinePlugin({ "process.env.XR8_APP_KEY": JSON.stringify(XR8_APP_KEY) }),
  ],
};
''', S=S, **c)
    return dict(path="webpack.config.js", text=text, secret=xr8_key(r),
                lang="js", var="XR8_APP_KEY")


# ---- Meta Quest / Oculus ----------------------------------------------
@pos("meta-quest", "app-secret", True)
def p_oculus_py_secret(r, c):
    text = fill('''"""Server-side entitlement and IAP checks against graph.oculus.com."""
import requests

OCULUS_APP_ID = "⟦appid⟧"
OCULUS_APP_SECRET = "⟦S⟧"
GRAPH = "https://graph.oculus.com"


def app_token() -> str:
    return f"OC|{OCULUS_APP_ID}|{OCULUS_APP_SECRET}"


def verify_entitlement(user_id: str) -> bool:
    r = requests.post(f"{GRAPH}/{OCULUS_APP_ID}/verify_entitlement",
                      data={"access_token": app_token(), "user_id": user_id}, timeout=10)
    return r.ok and r.json().get("success", False)
''', S=S, appid=oculus_app_id(r))
    return dict(path="backend/quest/entitlements.py", text=text,
                secret=oculus_secret(r), lang="py", var="OCULUS_APP_SECRET")


@pos("meta-quest", "app-access-token", False)
def p_oculus_node_token(r, c):
    appid = oculus_app_id(r)
    tok = "OC|%s|%s" % (appid, oculus_secret(r))
    text = fill('''import fetch from "node-fetch";

const token = "⟦S⟧";

export async function submitScore(leaderboard, userId, score) {
  const url = "https://graph.oculus.com/leaderboard_submit_entry";
  const params = new URLSearchParams({
    access_token: token,
    api_name: leaderboard,
    score: String(score),
    user_id: userId,
    force_update: "false",
  });
  const res = await fetch(url, { method: "POST", body: params });
  return res.json();
}
''', S=S)
    return dict(path="server/src/leaderboards.js", text=text, secret=tok, lang="js",
                var="OCULUS_APP_ACCESS_TOKEN", pub=["OC|%s|" % appid])


@pos("meta-quest", "app-access-token", False)
def p_oculus_curl(r, c):
    appid = oculus_app_id(r)
    tok = "OC|%s|%s" % (appid, oculus_secret(r))
    text = fill('''# Quest IAP: consume a durable test purchase

```bash
curl -X POST "https://graph.oculus.com/⟦appid⟧/consume_entitlement" \\
  -d "access_token=⟦S⟧" \\
  -d "user_id=7203948811627302" \\
  -d "sku=season_pass_01"
```

The response is `{"success": true}` when the entitlement was consumed.
''', S=S, appid=appid)
    return dict(path="docs/quest-iap.md", text=text, secret=tok, lang="md",
                var="OCULUS_APP_ACCESS_TOKEN")


@pos("meta-quest", "app-secret", True)
def p_oculus_k8s_secret(r, c):
    text = fill('''apiVersion: v1
kind: Secret
metadata:
  name: quest-backend
  namespace: ⟦proj⟧
type: Opaque
stringData:
  META_APP_ID: "⟦appid⟧"
  META_APP_SECRET: "⟦S⟧"
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: quest-backend-config
  namespace: ⟦proj⟧
data:
  GRAPH_URL: https://graph.oculus.com
''', S=S, appid=oculus_app_id(r), **c)
    return dict(path="deploy/k8s/quest-backend-secret.yaml", text=text,
                secret=oculus_secret(r), lang="yaml", var="META_APP_SECRET")


# ---- Adobe ---------------------------------------------------------------
@pos("adobe", "client-secret", True)
def p_adobe_yaml(r, c):
    text = fill('''firefly:
  endpoint: https://firefly-api.adobe.io/v3/images/generate
  ims_token_url: https://ims-na1.adobelogin.com/ims/token/v3
  client_id: ⟦cid⟧
  client_secret: ⟦S⟧
  org_id: ⟦org⟧
  scopes: openid,AdobeID,session,additional_info,read_organizations,firefly_api,ff_apis
textures:
  size: 2048
  variations: 4
''', S=S, cid=adobe_client_id(r), org=adobe_org(r))
    return dict(path="config/texture_gen.yml", text=text, secret=adobe_secret(r),
                lang="yaml", var="ADOBE_CLIENT_SECRET")


@pos("adobe", "client-secret", False)
def p_adobe_ts_ctor(r, c):
    text = fill('''import { ServerToServerTokenProvider } from "@adobe/firefly-services-common-apis";
import { FireflyClient } from "@adobe/firefly-apis";

const authProvider = new ServerToServerTokenProvider(
  {
    clientId: "⟦cid⟧",
    clientSecret: "⟦S⟧",
    scopes: "openid,AdobeID,read_organizations,firefly_api,ff_apis",
  },
  { autoRefresh: true }
);

export const firefly = new FireflyClient({
  tokenProvider: authProvider,
  clientId: "⟦cid⟧",
});
''', S=S, cid=adobe_client_id(r))
    return dict(path="src/lib/firefly.ts", text=text, secret=adobe_secret(r),
                lang="ts", var="ADOBE_CLIENT_SECRET")


@pos("adobe", "client-secret", False)
def p_adobe_py_ims(r, c):
    text = fill('''import requests

IMS = "https://ims-na1.adobelogin.com/ims/token/v3"


def substance_token() -> str:
    payload = {
        "grant_type": "client_credentials",
        "client_id": "⟦cid⟧",
        "client_secret": "⟦S⟧",
        "scope": "openid,AdobeID,substance3d_api.jobs.create,substance3d_api.spaces.create",
    }
    r = requests.post(IMS, data=payload, timeout=20)
    r.raise_for_status()
    return r.json()["access_token"]
''', S=S, cid=adobe_client_id(r))
    return dict(path="pipeline/substance/auth.py", text=text, secret=adobe_secret(r),
                lang="py", var="ADOBE_CLIENT_SECRET")


@pos("adobe", "client-secret", True)
def p_adobe_dotenv(r, c):
    text = fill('''# App Builder project: ⟦proj⟧-assets
AIO_runtime_namespace=⟦nsid⟧-⟦proj⟧-stage
AIO_runtime_apihost=https://adobeioruntime.net
ADOBE_CLIENT_ID=⟦cid⟧
ADOBE_CLIENT_SECRET=⟦S⟧
ADOBE_ORG_ID=⟦org⟧
''', S=S, nsid=r.randint(10000, 99999), cid=adobe_client_id(r), org=adobe_org(r), **c)
    return dict(path=".env", text=text, secret=adobe_secret(r), lang="env",
                var="ADOBE_CLIENT_SECRET")


@pos("adobe", "private-key", False)
def p_adobe_jwt_pem(r, c):
    lines = pem_pkcs8(r)
    body = "\n".join(lines[1:])
    text = "-----BEGIN PRIVATE KEY-----\n" + S + "\n" + body + "\n-----END PRIVATE KEY-----\n"
    return dict(path=pick(r, ["config/adobe/private.key", "certs/adobe_io_private.key"]),
                text=text, secret=lines[0], lang="pem", var="ADOBE_PRIVATE_KEY")


# ---- Figma ---------------------------------------------------------------
@pos("figma", "personal-access-token", True)
def p_figma_py(r, c):
    text = fill('''"""Export design tokens (colors, radii) from the ⟦proj⟧ Figma library."""
import json
import requests

FIGMA_TOKEN = "⟦S⟧"
FILE_KEY = "⟦fk⟧"


def variables():
    r = requests.get(f"https://api.figma.com/v1/files/{FILE_KEY}/variables/local",
                     headers={"X-Figma-Token": FIGMA_TOKEN}, timeout=30)
    r.raise_for_status()
    return r.json()["meta"]["variables"]


if __name__ == "__main__":
    with open("tokens/figma-variables.json", "w") as fh:
        json.dump(variables(), fh, indent=2)
''', S=S, fk=rs(r, ALNUM, 22), **c)
    return dict(path="scripts/export_tokens.py", text=text, secret=figma_pat(r),
                lang="py", var="FIGMA_TOKEN")


@pos("figma", "personal-access-token", False)
def p_figma_js_header(r, c):
    text = fill('''const FILE_KEY = "⟦fk⟧";

export async function fetchFrames(ids) {
  const url = `https://api.figma.com/v1/images/${FILE_KEY}?ids=${ids.join(",")}&format=png&scale=2`;
  const res = await fetch(url, {
    headers: { "X-Figma-Token": "⟦S⟧" },
  });
  if (!res.ok) throw new Error(`Figma ${res.status}`);
  return (await res.json()).images;
}
''', S=S, fk=rs(r, ALNUM, 22))
    return dict(path="src/hud/figmaFrames.js", text=text, secret=figma_pat(r),
                lang="js", var="FIGMA_TOKEN")


@pos("figma", "personal-access-token", False)
def p_figma_curl_md(r, c):
    text = fill('''# HUD icon export

Icons for the VR wrist menu live in the Figma file `⟦fk⟧`.
To refresh them:

```sh
curl -s -H "X-Figma-Token: ⟦S⟧" \\
  "https://api.figma.com/v1/files/⟦fk⟧/nodes?ids=12:345" | jq '.nodes'
```

Then run `npm run icons` to rebuild the sprite atlas.
''', S=S, fk=rs(r, ALNUM, 22))
    return dict(path="docs/hud-icons.md", text=text, secret=figma_pat(r), lang="md",
                var="FIGMA_TOKEN")


@pos("figma", "personal-access-token", False)
def p_figma_json_cfg(r, c):
    text = fill('''{
  "source": "figma",
  "fileKey": "⟦fk⟧",
  "personalAccessToken": "⟦S⟧",
  "output": {
    "css": "src/styles/tokens.css",
    "unity": "Assets/UI/Theme/Tokens.asset"
  },
  "modes": ["Light", "Dark"]
}
''', S=S, fk=rs(r, ALNUM, 22))
    return dict(path=pick(r, [".figmatokensrc.json", "design-tokens.config.json"]),
                text=text, secret=figma_pat(r), lang="json", var="FIGMA_TOKEN")


@pos("figma", "personal-access-token", True)
def p_figma_gha(r, c):
    text = fill('''name: sync-design-tokens
on:
  schedule:
    - cron: "0 6 * * 1"
  workflow_dispatch:

jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      FIGMA_ACCESS_TOKEN: ⟦S⟧
      FIGMA_FILE_KEY: ⟦fk⟧
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20 }
      - run: npm ci && npm run tokens:pull
      - uses: peter-evans/create-pull-request@v6
        with:
          title: "chore: sync design tokens"
''', S=S, fk=rs(r, ALNUM, 22))
    return dict(path=".github/workflows/design-tokens.yml", text=text,
                secret=figma_pat(r), lang="gha", var="FIGMA_ACCESS_TOKEN")


# ---- Canva Connect -----------------------------------------------------
@pos("canva", "client-secret", True)
def p_canva_yaml(r, c):
    text = fill('''canva:
  client_id: ⟦cid⟧
  client_secret: ⟦S⟧
  redirect_uri: http://127.0.0.1:⟦port⟧/oauth/callback
  scopes:
    - design:content:read
    - design:content:write
    - asset:write
  brand_template_id: ⟦tpl⟧
''', S=S, cid=canva_client_id(r), tpl="DAF" + rs(r, ALNUM, 8), **c)
    return dict(path="config/integrations.yml", text=text, secret=canva_secret(r),
                lang="yaml", var="CANVA_CLIENT_SECRET")


@pos("canva", "client-secret", False)
def p_canva_py_basic(r, c):
    text = fill('''import base64
import requests

TOKEN_URL = "https://api.canva.com/rest/v1/oauth/token"
CREDS = ("⟦cid⟧", "⟦S⟧")


def exchange_code(code: str, verifier: str, redirect_uri: str) -> dict:
    basic = base64.b64encode(f"{CREDS[0]}:{CREDS[1]}".encode()).decode()
    r = requests.post(
        TOKEN_URL,
        headers={"Authorization": f"Basic {basic}"},
        data={"grant_type": "authorization_code", "code": code,
              "code_verifier": verifier, "redirect_uri": redirect_uri},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()
''', S=S, cid=canva_client_id(r))
    return dict(path="app/canva_oauth.py", text=text, secret=canva_secret(r),
                lang="py", var="CANVA_CLIENT_SECRET")


@pos("canva", "client-secret", True)
def p_canva_ts_const(r, c):
    text = fill('''export const CANVA_CLIENT_ID = "⟦cid⟧";
export const CANVA_CLIENT_SECRET = "⟦S⟧";
export const CANVA_AUTH_URL = "https://www.canva.com/api/oauth/authorize";
export const CANVA_SCOPES = ["design:meta:read", "design:content:write", "asset:read"];
''', S=S, cid=canva_client_id(r))
    return dict(path="src/server/canva/constants.ts", text=text, secret=canva_secret(r),
                lang="ts", var="CANVA_CLIENT_SECRET")


# ---- Matterport ----------------------------------------------------------
@pos("matterport", "api-token-secret", False)
def p_mp_py_graphql(r, c):
    text = fill('''import requests

GRAPH = "https://api.matterport.com/api/models/graph"
TOKEN = ("⟦tid⟧", "⟦S⟧")

QUERY = """
query Model($id: ID!) {
  model(id: $id) { id name created address { address1 city } }
}
"""


def model(sid: str) -> dict:
    r = requests.post(GRAPH, json={"query": QUERY, "variables": {"id": sid}},
                      auth=TOKEN, timeout=20)
    r.raise_for_status()
    return r.json()["data"]["model"]


print(model("⟦sid⟧"))
''', S=S, tid=mp_token_id(r), sid=mp_sid(r))
    return dict(path="integrations/matterport/model_info.py", text=text,
                secret=mp_token_secret(r), lang="py", var="MATTERPORT_TOKEN_SECRET")


@pos("matterport", "api-token-secret", False)
def p_mp_json(r, c):
    sdk = mp_sdk_key(r)
    text = fill('''{
  "matterport": {
    "sdkKey": "⟦sdk⟧",
    "tokenId": "⟦tid⟧",
    "tokenSecret": "⟦S⟧",
    "defaultModel": "⟦sid⟧"
  },
  "viewer": { "play": 1, "qs": 1, "brand": 0 }
}
''', S=S, sdk=sdk, tid=mp_token_id(r), sid=mp_sid(r))
    return dict(path="config/matterport.json", text=text, secret=mp_token_secret(r),
                lang="json", var="MATTERPORT_TOKEN_SECRET", pub=[sdk])


@pos("matterport", "client-secret", True)
def p_mp_pme_yaml(r, c):
    text = fill('''# Private Model Embed (intranet portal)
matterport:
  oauth:
    token_url: https://api.matterport.com/api/oauth/token
    client_id: ⟦cid⟧
    client_secret: ⟦S⟧
    scope: ViewDetails
  embed:
    link_ttl_seconds: 3600
''', S=S, cid=rs(r, LOWNUM, 24))
    return dict(path=pick(r, ["portal/values.yaml", "helm/portal/values.yaml"]), text=text,
                secret=rs(r, ALNUM, 40), lang="yaml", var="MATTERPORT_CLIENT_SECRET")


# ---- Cesium ion ----------------------------------------------------------
@pos("cesium-ion", "access-token-jwt", False)
def p_cesium_js(r, c):
    text = fill('''import * as Cesium from "cesium";
import "cesium/Build/Cesium/Widgets/widgets.css";

Cesium.Ion.defaultAccessToken = "⟦S⟧";

const viewer = new Cesium.Viewer("cesiumContainer", {
  terrain: Cesium.Terrain.fromWorldTerrain(),
  baseLayerPicker: false,
});

const tileset = await Cesium.Cesium3DTileset.fromIonAssetId(⟦asset⟧);
viewer.scene.primitives.add(tileset);
viewer.camera.flyTo({
  destination: Cesium.Cartesian3.fromDegrees(⟦lon⟧, ⟦lat⟧, 1200),
});
''', S=S, asset=r.randint(1000000, 3999999), **c)
    return dict(path="web/src/main.js", text=text, secret=cesium_token(r), lang="js",
                var="CESIUM_ION_TOKEN", pub=CESIUM_DEFAULT)


@pos("cesium-ion", "access-token-jwt", False)
def p_cesium_unity_asset(r, c):
    text = fill('''%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!114 &11400000
MonoBehaviour:
  m_ObjectHideFlags: 0
  m_CorrespondingSourceObject: {fileID: 0}
  m_PrefabInstance: {fileID: 0}
  m_PrefabAsset: {fileID: 0}
  m_GameObject: {fileID: 0}
  m_Enabled: 1
  m_EditorHideFlags: 0
  m_Script: {fileID: 11500000, guid: ⟦g1⟧, type: 3}
  m_Name: CesiumRuntimeSettings
  m_EditorClassIdentifier: 
  _defaultIonAccessTokenID: ⟦tokid⟧
  _defaultIonAccessToken: ⟦S⟧
  _requestsPerCachePrune: 10000
  _maxItems: 4096
''', S=S, g1=hex32(r), tokid=uuid4(r))
    return dict(path="Assets/CesiumSettings/Resources/CesiumRuntimeSettings.asset",
                text=text, secret=cesium_token(r), lang="unityyaml",
                var="CESIUM_ION_TOKEN", pub=CESIUM_DEFAULT)


@pos("cesium-ion", "access-token-jwt", False)
def p_cesium_py_upload(r, c):
    text = fill('''"""Upload photogrammetry output to Cesium ion as a 3D Tiles asset."""
import requests

ION = "https://api.cesium.com/v1/assets"
HEADERS = {"Authorization": "Bearer ⟦S⟧"}


def create_asset(name: str) -> dict:
    body = {"name": name, "type": "3DTILES",
            "options": {"sourceType": "3D_CAPTURE"}}
    r = requests.post(ION, json=body, headers=HEADERS, timeout=30)
    r.raise_for_status()
    return r.json()
''', S=S)
    return dict(path="pipeline/ion_upload.py", text=text, secret=cesium_token(r),
                lang="py", var="CESIUM_ION_TOKEN")


@pos("cesium-ion", "access-token-jwt", False)
def p_cesium_md_curl(r, c):
    text = fill('''## Listing our ion assets

```bash
curl -s "https://api.cesium.com/v1/assets" \\
  -H "Authorization: Bearer ⟦S⟧" | jq '.items[] | {id, name, type}'
```

Terrain for the ⟦proj⟧ site is asset ⟦asset⟧; imagery comes from the default
Bing layer.
''', S=S, asset=r.randint(1000000, 3999999), **c)
    return dict(path=pick(r, ["docs/setup.md", "docs/ion.md"]), text=text,
                secret=cesium_token(r), lang="md", var="CESIUM_ION_TOKEN")


@pos("cesium-ion", "access-token-jwt", True)
def p_cesium_ts_env(r, c):
    text = fill('''export const environment = {
  production: true,
  apiBase: "https://api.⟦studio⟧.example/v2",
  CESIUM_ION_TOKEN: "⟦S⟧",
  defaultView: { lon: ⟦lon⟧, lat: ⟦lat⟧, height: 2500 },
};
''', S=S, **c)
    return dict(path="src/environments/environment.prod.ts", text=text,
                secret=cesium_token(r), lang="ts", var="CESIUM_ION_TOKEN",
                pub=CESIUM_DEFAULT)


# ---- Mapbox (secret sk. tokens) -----------------------------------------
@pos("mapbox", "secret-token", True)
def p_mapbox_gradle(r, c):
    text = fill('''org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
android.nonTransitiveRClass=true
kotlin.code.style=official
MAPBOX_DOWNLOADS_TOKEN=⟦S⟧
''', S=S)
    return dict(path=pick(r, ["gradle.properties", "android/gradle.properties"]),
                text=text, secret=mapbox_token(r), lang="properties",
                var="MAPBOX_DOWNLOADS_TOKEN")


@pos("mapbox", "secret-token", False)
def p_mapbox_netrc(r, c):
    text = fill('''machine api.mapbox.com
login mapbox
password ⟦S⟧
''', S=S)
    return dict(path="ci/netrc", text=text, secret=mapbox_token(r), lang="netrc",
                var="MAPBOX_DOWNLOADS_TOKEN")


@pos("mapbox", "secret-token", False)
def p_mapbox_py_params(r, c):
    user = pick(r, UNAMES)
    text = fill('''import requests

USER = "⟦user⟧"


def upload_credentials():
    r = requests.post(
        f"https://api.mapbox.com/uploads/v1/{USER}/credentials",
        params={"access_token": "⟦S⟧"},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()
''', S=S, user=user)
    return dict(path="gis/mapbox_upload.py", text=text,
                secret=mapbox_token(r, "sk", user), lang="py",
                var="MAPBOX_SECRET_TOKEN", pub=[mapbox_token(r, "pk", user)])


@pos("mapbox", "secret-token", False)
def p_mapbox_sh_url(r, c):
    user = pick(r, UNAMES)
    text = fill('''#!/bin/sh
# Start an MTS tileset publish job for the venue footprint layer.
TILESET="⟦user⟧.venue-footprints"
curl -X POST "https://api.mapbox.com/tilesets/v1/${TILESET}/publish?access_token=⟦S⟧"
''', S=S, user=user)
    return dict(path="gis/publish_tileset.sh", text=text,
                secret=mapbox_token(r, "sk", user), lang="sh", var="MAPBOX_SECRET_TOKEN")


@pos("mapbox", "secret-token", True)
def p_mapbox_node_const(r, c):
    user = pick(r, UNAMES)
    pk = mapbox_token(r, "pk", user)
    text = fill('''// Server-side style management; the browser only ever gets the pk token.
const MAPBOX_PUBLIC_TOKEN = "⟦pk⟧";
const MAPBOX_SECRET_TOKEN = "⟦S⟧";
const STYLE_OWNER = "⟦user⟧";

async function listStyles() {
  const res = await fetch(
    `https://api.mapbox.com/styles/v1/${STYLE_OWNER}?access_token=${MAPBOX_SECRET_TOKEN}`
  );
  return res.json();
}

module.exports = { listStyles, MAPBOX_PUBLIC_TOKEN };
''', S=S, pk=pk, user=user)
    return dict(path="server/mapbox.js", text=text,
                secret=mapbox_token(r, "sk", user), lang="js",
                var="MAPBOX_SECRET_TOKEN", pub=[pk])


# ---- Unity / Unreal / Blender extras ------------------------------------
@pos("sketchfab", "api-token", False)
def p_unity_so_keys(r, c):
    text = fill('''%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!114 &11400000
MonoBehaviour:
  m_ObjectHideFlags: 0
  m_CorrespondingSourceObject: {fileID: 0}
  m_PrefabInstance: {fileID: 0}
  m_PrefabAsset: {fileID: 0}
  m_GameObject: {fileID: 0}
  m_Enabled: 1
  m_EditorHideFlags: 0
  m_Script: {fileID: 11500000, guid: ⟦g1⟧, type: 3}
  m_Name: ModelBrowserConfig
  m_EditorClassIdentifier: 
  baseUrl: https://api.sketchfab.com/v3
  downloadToken: ⟦S⟧
  pageSize: 24
  onlyDownloadable: 1
  placeholderPrefab: {fileID: 4839201, guid: ⟦g2⟧, type: 3}
''', S=S, g1=hex32(r), g2=hex32(r))
    return dict(path="Assets/Config/ModelBrowserConfig.asset", text=text,
                secret=sketchfab_token(r), lang="unityyaml", var="SKETCHFAB_API_TOKEN")


@pos("cesium-ion", "access-token-jwt", False)
def p_unity_mono_field(r, c):
    text = fill('''using UnityEngine;
using UnityEngine.Networking;
using System.Collections;

public class IonAssetLoader : MonoBehaviour
{
    [SerializeField] private long assetId = ⟦asset⟧;
    [SerializeField] private string ionToken = "⟦S⟧";

    private IEnumerator Start()
    {
        var req = UnityWebRequest.Get($"https://api.cesium.com/v1/assets/{assetId}/endpoint");
        req.SetRequestHeader("Authorization", "Bearer " + ionToken);
        yield return req.SendWebRequest();
        Debug.Log(req.downloadHandler.text);
    }
}
''', S=S, asset=r.randint(1000000, 3999999))
    return dict(path="Assets/Scripts/Geo/IonAssetLoader.cs", text=text,
                secret=cesium_token(r), lang="cs", var="CESIUM_ION_TOKEN",
                pub=CESIUM_DEFAULT)


@pos("sketchfab", "api-token", False)
def p_unreal_game_ini(r, c):
    text = fill('''[/Script/EngineSettings.GeneralProjectSettings]
ProjectID=⟦gid⟧
ProjectName=⟦Proj⟧
CompanyName=⟦studio⟧
ProjectVersion=⟦ver⟧

[/Script/⟦Proj⟧.AssetBrowserSettings]
SketchfabApiToken=⟦S⟧
bOnlyDownloadable=True
MaxFaceCount=200000
''', S=S, gid=rs(r, UPPER[:6] + DIGITS, 32), **c)
    return dict(path="Config/DefaultGame.ini", text=text, secret=sketchfab_token(r),
                lang="ini", var="SKETCHFAB_API_TOKEN")


@pos("figma", "personal-access-token", False)
def p_blender_prefs_json(r, c):
    text = fill('''{
  "addon": "texture_board_sync",
  "version": [0, 9, 3],
  "figma": {
    "team_id": "⟦team⟧",
    "api_key": "⟦S⟧"
  },
  "cache_dir": "//textures/board",
  "auto_reload": true
}
''', S=S, team=str(r.randint(10 ** 17, 10 ** 18 - 1)))
    return dict(path="addons/texture_board_sync/prefs.json", text=text,
                secret=figma_pat(r), lang="json", var="FIGMA_TOKEN")


@pos("sketchfab", "api-token", False)
def p_renderfarm_yaml(r, c):
    text = fill('''farm:
  queue: blender-gpu
  blender: "4.1"
  frames: 1-240
  output: s3://⟦studio⟧-renders/⟦proj⟧/
post:
  turntable:
    enabled: true
    publish_to: sketchfab
    token: ⟦S⟧
''', S=S, **c)
    return dict(path="farm/job_template.yaml", text=text, secret=sketchfab_token(r),
                lang="yaml", var="SKETCHFAB_API_TOKEN")


# ------------------------------------------------- look-alike negatives
# A look-alike template is f(r, c) -> dict(path, text); it holds no secret.
NEG = []


def neg(provider, kind):
    def deco(f):
        NEG.append((f.__name__, provider, kind, f))
        return f
    return deco


@neg("unity", "meta-guid")
def n_unity_meta(r, c):
    text = fill('''fileFormatVersion: 2
guid: ⟦g⟧
TextureImporter:
  internalIDToNameTable: []
  externalObjects: {}
  serializedVersion: 12
  mipmaps:
    mipMapMode: 0
    enableMipMap: 1
    sRGBTexture: 1
  isReadable: 0
  textureFormat: 1
  maxTextureSize: 2048
  spriteMode: 0
  spritePixelsToUnits: 100
  alphaIsTransparency: 0
  textureType: 0
  spriteID: ⟦sid⟧
  internalID: 0
  userData: 
  assetBundleName: 
  assetBundleVariant: 
''', g=hex32(r), sid=hex32(r))
    return dict(path="Assets/Art/Textures/%s_albedo.png.meta" % c["model"], text=text)


@neg("unity", "prefab-guid-refs")
def n_unity_prefab(r, c):
    text = fill('''%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!1 &⟦f1⟧
GameObject:
  m_ObjectHideFlags: 0
  serializedVersion: 6
  m_Component:
  - component: {fileID: ⟦f2⟧}
  - component: {fileID: ⟦f3⟧}
  m_Layer: 0
  m_Name: ⟦model⟧
  m_TagString: Untagged
  m_IsActive: 1
--- !u!23 &⟦f3⟧
MeshRenderer:
  m_ObjectHideFlags: 0
  m_GameObject: {fileID: ⟦f1⟧}
  m_Enabled: 1
  m_Materials:
  - {fileID: 2100000, guid: ⟦g1⟧, type: 2}
  - {fileID: 2100000, guid: ⟦g2⟧, type: 2}
--- !u!33 &⟦f2⟧
MeshFilter:
  m_GameObject: {fileID: ⟦f1⟧}
  m_Mesh: {fileID: -2432090755550338912, guid: ⟦g3⟧, type: 3}
''', f1=r.randint(10 ** 17, 9 * 10 ** 18), f2=r.randint(10 ** 17, 9 * 10 ** 18),
         f3=r.randint(10 ** 17, 9 * 10 ** 18), g1=hex32(r), g2=hex32(r), g3=hex32(r), **c)
    return dict(path="Assets/Prefabs/%s.prefab" % c["model"], text=text)


@neg("unity", "project-settings-ids")
def n_unity_projsettings(r, c):
    text = fill('''%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!129 &1
PlayerSettings:
  m_ObjectHideFlags: 0
  serializedVersion: 26
  productGUID: ⟦pg⟧
  AndroidProfiler: 0
  companyName: ⟦studio⟧
  productName: ⟦Proj⟧
  defaultCursor: {fileID: 0}
  bundleVersion: ⟦ver⟧
  applicationIdentifier:
    Android: com.⟦st⟧.⟦pr⟧
    Standalone: com.⟦st⟧.⟦pr⟧
  AndroidKeystoreName: '{inproject}: ⟦pr⟧.keystore'
  AndroidKeyaliasName: release
  cloudProjectId: ⟦cp⟧
  projectName: ⟦Proj⟧
  organizationId: ⟦st⟧
  cloudEnabled: 0
''', pg=hex32(r), cp=uuid4(r), st=c["studio"].replace("-", ""),
         pr=c["proj"].replace("-", ""), **c)
    return dict(path="ProjectSettings/ProjectSettings.asset", text=text)


@neg("unity", "packages-lock-hashes")
def n_packages_lock(r, c):
    text = fill('''{
  "dependencies": {
    "com.cesium.unity": {
      "version": "https://github.com/CesiumGS/cesium-unity.git#v1.13.0",
      "depth": 0,
      "source": "git",
      "dependencies": {},
      "hash": "⟦h1⟧"
    },
    "com.unity.xr.arfoundation": {
      "version": "5.1.5",
      "depth": 0,
      "source": "registry",
      "dependencies": { "com.unity.xr.core-utils": "2.2.3" },
      "url": "https://packages.unity.com"
    },
    "com.nianticlabs.lightship": {
      "version": "https://github.com/niantic-lightship/ardk-upm.git",
      "depth": 0,
      "source": "git",
      "dependencies": {},
      "hash": "⟦h2⟧"
    }
  }
}
''', h1=rs(r, HEX, 40), h2=rs(r, HEX, 40))
    return dict(path="Packages/packages-lock.json", text=text)


@neg("unity", "assetbundle-manifest-hashes")
def n_bundle_manifest(r, c):
    text = fill('''ManifestFileVersion: 0
UnityVersion: ⟦unity⟧
CRC: ⟦crc⟧
Hashes:
  AssetFileHash:
    serializedVersion: 2
    Hash: ⟦h1⟧
  TypeTreeHash:
    serializedVersion: 2
    Hash: ⟦h2⟧
  IncrementalBuildHash:
    serializedVersion: 2
    Hash: ⟦h3⟧
HashAppended: 0
ClassTypes:
- Class: 1
  Script: {instanceID: 0}
- Class: 43
  Script: {instanceID: 0}
Assets:
- Assets/Prefabs/⟦model⟧.prefab
Dependencies: []
''', crc=r.randint(10 ** 8, 4 * 10 ** 9), h1=hex32(r), h2=hex32(r), h3=hex32(r), **c)
    return dict(path="ServerData/Android/%s.bundle.manifest" % c["model"], text=text)


@neg("unreal", "uproject-guid")
def n_uproject(r, c):
    g = rs(r, "0123456789ABCDEF", 32)
    text = fill('''{
	"FileVersion": 3,
	"EngineAssociation": "{⟦a⟧-⟦b⟧-⟦cc⟧-⟦d⟧}",
	"Category": "",
	"Description": "",
	"Modules": [
		{
			"Name": "⟦Proj⟧",
			"Type": "Runtime",
			"LoadingPhase": "Default"
		}
	],
	"Plugins": [
		{ "Name": "OnlineSubsystemEOS", "Enabled": true },
		{ "Name": "OpenXR", "Enabled": true, "SupportedTargetPlatforms": ["Win64", "Android"] },
		{ "Name": "CesiumForUnreal", "Enabled": true, "MarketplaceURL": "com.epicgames.launcher://ue/marketplace/content/⟦mk⟧" }
	]
}
''', a=g[:8], b=g[8:16], cc=g[16:24], d=g[24:], mk=hex32(r), **c)
    return dict(path="%s.uproject" % c["Proj"], text=text)


@neg("unreal", "uplugin-fab-ids")
def n_uplugin(r, c):
    text = fill('''{
	"FileVersion": 3,
	"Version": 7,
	"VersionName": "⟦ver⟧",
	"FriendlyName": "Scan Importer",
	"Description": "Imports photogrammetry scans (glTF, USD) with LODs.",
	"Category": "Importers",
	"CreatedBy": "⟦studio⟧",
	"DocsURL": "https://docs.⟦studio⟧.example/scan-importer",
	"MarketplaceURL": "com.epicgames.launcher://ue/marketplace/product/⟦mk⟧",
	"FabURL": "com.epicgames.launcher://ue/Fab/product/⟦fab⟧",
	"EngineVersion": "⟦ue⟧.0",
	"CanContainContent": true,
	"Modules": [
		{ "Name": "ScanImporter", "Type": "Editor", "LoadingPhase": "PostEngineInit" }
	]
}
''', mk=hex32(r), fab=uuid4(r), **c)
    return dict(path="Plugins/ScanImporter/ScanImporter.uplugin", text=text)


@neg("unreal", "project-id-ini")
def n_unreal_defaultgame(r, c):
    text = fill('''[/Script/EngineSettings.GeneralProjectSettings]
ProjectID=⟦gid⟧
ProjectName=⟦Proj⟧
CompanyName=⟦studio⟧
CopyrightNotice=Copyright ⟦studio⟧. All rights reserved.
ProjectVersion=⟦ver⟧

[/Script/UnrealEd.ProjectPackagingSettings]
Build=IfProjectHasCode
BuildConfiguration=PPBC_Shipping
bShareMaterialShaderCode=True
bUseIoStore=True
+DirectoriesToAlwaysCook=(Path="/Game/Maps")
''', gid=rs(r, "0123456789ABCDEF", 32), **c)
    return dict(path="Config/DefaultGame.ini", text=text)


@neg("epic-eos", "eos-public-ids")
def n_eos_ids_secret_env(r, c):
    ids = eos_ids(r)
    text = fill('''$BPT = "D:/BuildPatchTool/Engine/Binaries/Win64/BuildPatchTool.exe"
# Client secret is read from the environment by BuildPatchTool itself.
& $BPT `
  -OrganizationId="⟦org⟧" `
  -ProductId="⟦prod⟧" `
  -ArtifactId="⟦art⟧" `
  -ClientId="⟦cid⟧" `
  -ClientSecretEnvVar="BPT_CLIENT_SECRET" `
  -mode=UploadBinary `
  -BuildRoot="Out/Windows" `
  -CloudDir="D:/CloudDir" `
  -BuildVersion="$env:BUILD_NUMBER" `
  -AppLaunch="⟦Proj⟧.exe" -AppArgs="" -Platform="Windows"
''', org=eos_org(r), art=hex32(r), **dict(c, **ids))
    return dict(path="Build/upload_egs.ps1", text=text)


@neg("sketchfab", "model-uid-embed")
def n_sketchfab_embed(r, c):
    uid = hex32(r)
    text = fill('''<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>⟦model⟧ - 3D preview</title>
  <script src="https://static.sketchfab.com/api/sketchfab-viewer-1.12.1.js"></script>
</head>
<body>
  <iframe id="api-frame" title="⟦model⟧" allow="autoplay; fullscreen; xr-spatial-tracking"
          src="https://sketchfab.com/models/⟦uid⟧/embed?autostart=1&ui_theme=dark"></iframe>
  <script>
    const client = new Sketchfab(document.getElementById("api-frame"));
    client.init("⟦uid⟧", {
      success: (api) => api.start(),
      error: () => console.error("viewer error"),
      ui_stop: 0,
    });
  </script>
</body>
</html>
''', uid=uid, **c)
    return dict(path="public/previews/%s.html" % c["model"], text=text)


@neg("sketchfab", "model-uid-list")
def n_sketchfab_uids_csv(r, c):
    rows = ["uid,name,license,face_count,downloaded_at"]
    for _ in range(r.randint(6, 12)):
        rows.append("%s,%s,%s,%d,2024-%02d-%02dT%02d:%02d:00Z" % (
            hex32(r), pick(r, MODELS), pick(r, ["cc-by", "cc0", "cc-by-sa"]),
            r.randint(800, 250000), r.randint(1, 12), r.randint(1, 28),
            r.randint(0, 23), r.randint(0, 59)))
    return dict(path="assets/reference/sketchfab_index.csv", text="\n".join(rows) + "\n")


@neg("mapbox", "public-pk-token")
def n_mapbox_pk_js(r, c):
    user = pick(r, UNAMES)
    text = fill('''import mapboxgl from "mapbox-gl";
import "mapbox-gl/dist/mapbox-gl.css";

// Public token (URL-restricted to *.⟦studio⟧.example), safe for the browser.
mapboxgl.accessToken = "⟦pk⟧";

const map = new mapboxgl.Map({
  container: "map",
  style: "mapbox://styles/⟦user⟧/⟦sid⟧",
  center: [⟦lon⟧, ⟦lat⟧],
  zoom: 15.5,
  pitch: 60,
  antialias: true,
});

map.on("style.load", () => {
  map.addLayer({ id: "3d-buildings", source: "composite", "source-layer": "building",
                 type: "fill-extrusion", minzoom: 15, paint: { "fill-extrusion-height": ["get", "height"] } });
});
''', pk=mapbox_token(r, "pk", user), sid="c" + pick(r, "klm") + rs(r, LOWNUM, 23), **dict(c, user=user))
    return dict(path="web/src/map.js", text=text)


@neg("mapbox", "style-and-tileset-ids")
def n_mapbox_style_json(r, c):
    user = pick(r, UNAMES)
    text = fill('''{
  "version": 8,
  "name": "⟦proj⟧ venue",
  "sprite": "mapbox://sprites/⟦user⟧/⟦sid⟧/⟦rev⟧",
  "glyphs": "mapbox://fonts/⟦user⟧/{fontstack}/{range}.pbf",
  "sources": {
    "venue": { "type": "vector", "url": "mapbox://⟦user⟧.⟦tile⟧" }
  },
  "layers": [
    { "id": "floor", "type": "fill", "source": "venue", "source-layer": "floors",
      "paint": { "fill-color": "#d9d4c7" } }
  ],
  "owner": "⟦user⟧",
  "id": "⟦sid⟧"
}
''', sid="c" + pick(r, "klm") + rs(r, LOWNUM, 23), rev=rs(r, LOWNUM, 25),
         tile=rs(r, LOWNUM, 8), **dict(c, user=user))
    return dict(path="gis/styles/venue.json", text=text)


@neg("cesium-ion", "default-public-token")
def n_cesium_default(r, c):
    text = fill('''// Demo build: uses the CesiumJS default evaluation token (public, rate limited).
// Replace with the studio token via VITE_CESIUM_TOKEN before shipping.
import { Ion, Viewer, Cesium3DTileset } from "cesium";

Ion.defaultAccessToken = "⟦tok⟧";

const viewer = new Viewer("app", { timeline: false, animation: false });
viewer.scene.primitives.add(await Cesium3DTileset.fromIonAssetId(96188));
''', tok=pick(r, CESIUM_DEFAULT))
    return dict(path="demo/viewer.js", text=text)


@neg("cesium-ion", "tileset-json")
def n_tileset_json(r, c):
    kids = []
    for i in range(r.randint(3, 6)):
        kids.append('      { "boundingVolume": { "region": [%.6f, %.6f, %.6f, %.6f, 0, %d] }, '
                    '"geometricError": %d, "content": { "uri": "tiles/%s.b3dm" } }' % (
                        r.uniform(-3, 3), r.uniform(-1.5, 1.5), r.uniform(-3, 3),
                        r.uniform(-1.5, 1.5), r.randint(20, 200), r.randint(1, 40),
                        rs(r, HEX, 16)))
    text = ('{\n  "asset": { "version": "1.1", "generator": "%s" },\n'
            '  "geometricError": 512,\n  "root": {\n    "refine": "REPLACE",\n'
            '    "geometricError": 256,\n    "children": [\n%s\n    ]\n  }\n}\n') % (
                pick(r, ["RealityCapture", "ContextCapture", "py3dtiles"]), ",\n".join(kids))
    return dict(path="scans/%s/tileset.json" % c["proj"], text=text)


@neg("matterport", "public-sdk-key")
def n_matterport_iframe(r, c):
    text = fill('''<iframe
  width="853" height="480"
  src="https://my.matterport.com/show/?m=⟦sid⟧&play=1&applicationKey=⟦sdk⟧"
  frameborder="0" allow="fullscreen; vr; xr-spatial-tracking"
  id="showcase-iframe"></iframe>
<script type="module">
  import { setupSdk } from "@matterport/sdk";
  // SDK keys are domain allow-listed in Matterport Developer Tools.
  const mpSdk = await setupSdk("⟦sdk⟧", { space: "⟦sid⟧" });
  mpSdk.Camera.pose.subscribe((pose) => console.debug(pose.position));
</script>
''', sid=mp_sid(r), sdk=mp_sdk_key(r))
    return dict(path="site/tour/index.html", text=text)


@neg("matterport", "sweep-ids")
def n_matterport_sweeps(r, c):
    rows = []
    for _ in range(r.randint(4, 8)):
        rows.append('    { "id": "%s", "floor": %d, "position": [%.3f, %.3f, %.3f] }' % (
            rs(r, LOWNUM, 25), r.randint(0, 2), r.uniform(-20, 20), r.uniform(0, 6),
            r.uniform(-20, 20)))
    text = '{\n  "model": "%s",\n  "sweeps": [\n%s\n  ]\n}\n' % (mp_sid(r), ",\n".join(rows))
    return dict(path="data/matterport/sweeps.json", text=text)


@neg("figma", "file-keys-node-ids")
def n_figma_config(r, c):
    text = fill('''{
  "codeConnect": {
    "include": ["src/components/**/*.tsx"],
    "parser": "react",
    "documentUrlSubstitutions": {
      "<FIGMA_BUTTON>": "https://www.figma.com/design/⟦fk⟧/XR-Kit?node-id=⟦n1⟧",
      "<FIGMA_PANEL>": "https://www.figma.com/design/⟦fk⟧/XR-Kit?node-id=⟦n2⟧"
    }
  }
}
''', fk=rs(r, ALNUM, 22), n1="%d-%d" % (r.randint(1, 9999), r.randint(1, 99999)),
         n2="%d-%d" % (r.randint(1, 9999), r.randint(1, 99999)))
    return dict(path="figma.config.json", text=text)


@neg("autodesk-aps", "urn-base64")
def n_aps_urn(r, c):
    obj = "urn:adsk.objects:os.object:%s-%s/%s_%s.rvt" % (
        c["studio"], c["proj"], c["proj"], rs(r, DIGITS, 6))
    urn = base64.urlsafe_b64encode(obj.encode()).decode().rstrip("=")
    text = fill('''const options = { env: "AutodeskProduction2", api: "streamingV2" };
const MODEL_URN = "⟦urn⟧";

Autodesk.Viewing.Initializer({ ...options, getAccessToken }, () => {
  const viewer = new Autodesk.Viewing.GuiViewer3D(document.getElementById("viewer"));
  viewer.start();
  Autodesk.Viewing.Document.load("urn:" + MODEL_URN, (doc) => {
    viewer.loadDocumentNode(doc, doc.getRoot().getDefaultGeometry());
  });
});

async function getAccessToken(callback) {
  const res = await fetch("/api/auth/token");
  const { access_token, expires_in } = await res.json();
  callback(access_token, expires_in);
}
''', urn=urn)
    return dict(path="wwwroot/viewer.js", text=text)


@neg("autodesk-aps", "client-id-only")
def n_aps_public_cfg(r, c):
    text = fill('''{
  "aps": {
    "clientId": "⟦cid⟧",
    "callbackUrl": "https://viewer.⟦studio⟧.example/api/auth/callback",
    "scopes": ["viewables:read"]
  },
  "note": "client secret lives in the server environment (APS_CLIENT_SECRET)"
}
''', cid=aps_client_id(r), **c)
    return dict(path="wwwroot/config.json", text=text)


@neg("meta-quest", "public-app-id")
def n_oculus_platform_asset(r, c):
    text = fill('''%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!114 &11400000
MonoBehaviour:
  m_ObjectHideFlags: 0
  m_Script: {fileID: 11500000, guid: ⟦g⟧, type: 3}
  m_Name: OculusPlatformSettings
  ovrAppID: ⟦q⟧
  ovrMobileAppID: ⟦q⟧
  ovrUseStandalonePlatform: 0
  ovrStandaloneEmail: 
''', g=hex32(r), q=oculus_app_id(r))
    return dict(path="Assets/Resources/OculusPlatformSettings.asset", text=text)


@neg("meta-quest", "signing-cert-fingerprint")
def n_quest_cert_fp(r, c):
    fp = ":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(32))
    fp1 = ":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(20))
    text = fill('''# Quest store upload checklist

- Package name: `com.⟦st⟧.⟦pr⟧`
- Version code must increase on every upload.
- Release keystore alias: `release` (keystore is in the vault, not in git)
- Certificate fingerprints registered with the store:

```
SHA1:   ⟦fp1⟧
SHA256: ⟦fp⟧
```
''', fp=fp, fp1=fp1, st=c["studio"].replace("-", ""), pr=c["proj"].replace("-", ""))
    return dict(path="docs/release/quest-store.md", text=text)


@neg("canva", "design-ids")
def n_canva_ids(r, c):
    rows = ["design_id,brand_template_id,title,updated"]
    for _ in range(r.randint(4, 9)):
        rows.append("DAG%s,DAF%s,%s poster %d,2024-%02d-%02d" % (
            rs(r, ALNUM, 8), rs(r, ALNUM, 8), c["proj"], r.randint(1, 30),
            r.randint(1, 12), r.randint(1, 28)))
    return dict(path="marketing/canva_designs.csv", text="\n".join(rows) + "\n")


@neg("canva", "client-id-only")
def n_canva_public(r, c):
    text = fill('''// Public part of the Canva Connect integration; the secret is server-side only.
export const canvaConfig = {
  clientId: "⟦cid⟧",
  authorizeUrl: "https://www.canva.com/api/oauth/authorize",
  redirectUri: "https://app.⟦studio⟧.example/canva/callback",
  codeChallengeMethod: "S256",
};
''', cid=canva_client_id(r), **c)
    return dict(path="web/src/canva.config.ts", text=text)


@neg("blender", "asset-catalog-uuids")
def n_blender_cats(r, c):
    lines = ["# This is an Asset Catalog Definition file for Blender.",
             "#", "# Empty lines and lines starting with `#` will be ignored.",
             "# The first non-ignored line should be the version indicator.",
             '# Other lines are of the format "UUID:catalog/path/for/assets:simple catalog name"',
             "", "VERSION 1", ""]
    for path in ["Props", "Props/Furniture", "Props/Lighting", "Materials",
                 "Materials/Wood", "Materials/Metal", "HDRIs"][:r.randint(4, 7)]:
        lines.append("%s:%s:%s" % (uuid4(r), path, path.replace("/", "-")))
    return dict(path="library/blender_assets.cats.txt", text="\n".join(lines) + "\n")


@neg("blender", "addon-bl-info")
def n_blender_addon(r, c):
    text = fill('''bl_info = {
    "name": "Poly Haven Browser",
    "author": "⟦studio⟧",
    "version": (0, 3, 1),
    "blender": (4, 0, 0),
    "category": "Import-Export",
    "doc_url": "https://github.com/⟦studio⟧/ph-browser",
}

import bpy
import requests

API = "https://api.polyhaven.com"   # public API, no key required
HEADERS = {"User-Agent": "ph-browser/0.3.1 (⟦email⟧)"}


def list_assets(kind="hdris"):
    return requests.get(f"{API}/assets", params={"type": kind}, headers=HEADERS, timeout=20).json()
''', **c)
    return dict(path="addons/ph_browser/__init__.py", text=text)


@neg("poly-haven", "file-md5-listing")
def n_polyhaven_files(r, c):
    name = pick(r, ["studio_small_09", "kloofendal_48d", "brown_photostudio_02",
                    "wooden_planks", "rock_wall_08"])
    ents = []
    for res in ["1k", "2k", "4k"]:
        ents.append('    "%s": { "hdr": { "url": "https://dl.polyhaven.org/file/ph-assets/HDRIs/hdr/%s/%s_%s.hdr", '
                    '"size": %d, "md5": "%s" } }' % (res, res, name, res, r.randint(10 ** 6, 10 ** 8), hex32(r)))
    text = '{\n  "asset": "%s",\n  "hdri": {\n%s\n  }\n}\n' % (name, ",\n".join(ents))
    return dict(path="cache/polyhaven/%s.files.json" % name, text=text)


@neg("spline", "public-scene-url")
def n_spline_scene(r, c):
    text = fill('''import { Application } from "@splinetool/runtime";

const canvas = document.getElementById("canvas3d");
const app = new Application(canvas);
app.load("https://prod.spline.design/⟦sid⟧/scene.splinecode").then(() => {
  const cube = app.findObjectById("⟦oid⟧");
  cube.rotation.y += 0.5;
});
''', sid=rs(r, ALNUM, 16), oid=uuid4(r))
    return dict(path="src/hero/spline.js", text=text)


@neg("threejs", "object-uuids")
def n_three_json(r, c):
    text = fill('''{
  "metadata": { "version": 4.6, "type": "Object", "generator": "Object3D.toJSON" },
  "geometries": [ { "uuid": "⟦u1⟧", "type": "BoxGeometry", "width": 1, "height": 1, "depth": 1 } ],
  "materials": [ { "uuid": "⟦u2⟧", "type": "MeshStandardMaterial", "color": 13421772, "roughness": 0.6 } ],
  "object": {
    "uuid": "⟦u3⟧",
    "type": "Mesh",
    "name": "⟦model⟧",
    "layers": 1,
    "matrix": [1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1],
    "geometry": "⟦u1⟧",
    "material": "⟦u2⟧"
  }
}
''', u1=uuid4(r).upper(), u2=uuid4(r).upper(), u3=uuid4(r).upper(), **c)
    return dict(path="public/scenes/%s.json" % c["model"], text=text)


@neg("gltf", "base64-buffer")
def n_gltf_b64(r, c):
    data = base64.b64encode(rbytes(r, r.randint(180, 420))).decode()
    text = ('{\n  "asset": { "version": "2.0", "generator": "Khronos glTF Blender I/O v4.1.63" },\n'
            '  "buffers": [ { "byteLength": %d, "uri": "data:application/octet-stream;base64,%s" } ],\n'
            '  "meshes": [ { "name": "%s", "primitives": [ { "attributes": { "POSITION": 0 } } ] } ]\n}\n') % (
                len(base64.b64decode(data)), data, c["model"])
    return dict(path="tests/fixtures/%s_min.gltf" % c["model"], text=text)


@neg("git-lfs", "lfs-pointer-sha256")
def n_lfs_pointer(r, c):
    text = "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (
        rs(r, HEX, 64), r.randint(10 ** 5, 10 ** 9))
    return dict(path="assets/models/%s.glb" % c["model"], text=text)


@neg("npm", "integrity-hashes")
def n_package_lock(r, c):
    def integ():
        return "sha512-" + base64.b64encode(rbytes(r, 64)).decode()
    text = fill('''{
  "name": "⟦proj⟧-web",
  "version": "⟦ver⟧",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/three": {
      "version": "0.16⟦a⟧.0",
      "resolved": "https://registry.npmjs.org/three/-/three-0.16⟦a⟧.0.tgz",
      "integrity": "⟦i1⟧",
      "license": "MIT"
    },
    "node_modules/cesium": {
      "version": "1.1⟦b⟧.0",
      "resolved": "https://registry.npmjs.org/cesium/-/cesium-1.1⟦b⟧.0.tgz",
      "integrity": "⟦i2⟧",
      "license": "Apache-2.0"
    }
  }
}
''', a=r.randint(0, 9), b=r.randint(10, 23), i1=integ(), i2=integ(), **c)
    return dict(path="web/package-lock.json", text=text)


@neg("docker", "image-digest")
def n_dockerfile_digest(r, c):
    text = fill('''FROM node:20-bookworm-slim@sha256:⟦d1⟧ AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine@sha256:⟦d2⟧
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 80
''', d1=rs(r, HEX, 64), d2=rs(r, HEX, 64))
    return dict(path="web/Dockerfile", text=text)


@neg("textures", "hash-manifest")
def n_texture_manifest(r, c):
    rows = ["path,sha256,width,height,format"]
    for m in range(r.randint(5, 10)):
        rows.append("Textures/%s_%s.png,%s,%d,%d,%s" % (
            pick(r, MODELS), pick(r, ["albedo", "normal", "orm", "emissive"]),
            rs(r, HEX, 64), pick(r, [1024, 2048, 4096]), pick(r, [1024, 2048, 4096]),
            pick(r, ["BC7", "ASTC_6x6", "ETC2"])))
    return dict(path="build/texture_manifest.csv", text="\n".join(rows) + "\n")


@neg("unity", "build-log-guids")
def n_build_log(r, c):
    lines = [
        "[%s] Build started: %s (%s)" % ("12:0%d:11" % r.randint(0, 9), c["Proj"], c["unity"]),
        "Build GUID: %s" % hex32(r),
        "Scripting backend: IL2CPP, target: Android arm64",
        "Addressables content state: ServerData/Android/catalog_%s.hash" % c["ver"],
        "Bundle %s_assets_all_%s.bundle CRC %d" % (c["model"], hex32(r), r.randint(10 ** 8, 4 * 10 ** 9)),
        "Shader variants: %d (stripped %d)" % (r.randint(2000, 9000), r.randint(100, 900)),
        "Library cache key: %s" % rs(r, HEX, 40),
        "Build succeeded in %ds" % r.randint(200, 2000),
    ]
    return dict(path="Logs/build-%s.log" % c["ver"], text="\n".join(lines) + "\n")


@neg("unity", "addressables-catalog-hash")
def n_catalog_hash(r, c):
    return dict(path="ServerData/Android/catalog_%s.hash" % c["ver"], text=hex32(r) + "\n")


@neg("public-key", "pem-public-key")
def n_public_key_cs(r, c):
    b64 = base64.b64encode(bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100")
                           + rbytes(r, 257) + bytes.fromhex("0203010001")).decode()
    lines = [b64[i:i + 64] for i in range(0, len(b64), 64)]
    pem = "\\n\" +\n            \"".join(lines)
    text = fill('''namespace ⟦Proj⟧.Licensing
{
    // Public key used to verify signed entitlement receipts from our backend.
    public static class ReceiptKey
    {
        public const string PublicKeyPem =
            "-----BEGIN PUBLIC KEY-----\\n" +
            "⟦pem⟧\\n" +
            "-----END PUBLIC KEY-----";
    }
}
''', pem=pem, **c)
    return dict(path="Assets/Scripts/Licensing/ReceiptKey.cs", text=text)


@neg("webhooks", "signature-log")
def n_webhook_log(r, c):
    lines = []
    for _ in range(r.randint(4, 8)):
        lines.append('%s INFO webhook event=%s id=%s sig=sha256=%s verified=true' % (
            "2024-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                               r.randint(0, 59), r.randint(0, 59)),
            pick(r, ["FILE_UPDATE", "LIBRARY_PUBLISH", "model.processed", "asset.ready"]),
            uuid4(r), rs(r, HEX, 64)))
    return dict(path="logs/webhooks.log", text="\n".join(lines) + "\n")


@neg("devices", "headset-serials")
def n_device_inventory(r, c):
    rows = ["asset_tag,model,serial,assigned_to,os_build"]
    for i in range(r.randint(5, 10)):
        rows.append("XR-%03d,%s,%s,%s,%d" % (
            i + 1, pick(r, ["Quest 3", "Quest Pro", "Quest 3S", "Pico 4"]),
            "%s%s" % (pick(r, ["2G0Y", "1WMH", "340Y"]), rs(r, UPNUM, 10)),
            pick(r, USERS), r.randint(60000, 70000)))
    return dict(path="ops/headset_inventory.csv", text="\n".join(rows) + "\n")


@neg("sql", "model-uid-rows")
def n_sql_models(r, c):
    rows = []
    for _ in range(r.randint(4, 8)):
        rows.append("  ('%s', '%s', '%s', %d)" % (hex32(r), pick(r, MODELS), rs(r, HEX, 40),
                                                r.randint(1000, 500000)))
    text = ("CREATE TABLE IF NOT EXISTS models (\n  sketchfab_uid CHAR(32) PRIMARY KEY,\n"
            "  name TEXT NOT NULL,\n  thumbnail_sha1 CHAR(40),\n  face_count INTEGER\n);\n\n"
            "INSERT INTO models (sketchfab_uid, name, thumbnail_sha1, face_count) VALUES\n"
            + ",\n".join(rows) + ";\n")
    return dict(path="db/seed/002_models.sql", text=text)


@neg("usd", "usda-asset-ids")
def n_usda(r, c):
    text = fill('''#usda 1.0
(
    defaultPrim = "⟦model⟧"
    metersPerUnit = 0.01
    upAxis = "Y"
    customLayerData = {
        string sourceAssetId = "⟦aid⟧"
        string scanSession = "⟦sess⟧"
    }
)

def Xform "⟦model⟧" (
    assetInfo = {
        asset identifier = @./⟦model⟧.usdc@
        string version = "⟦ver⟧"
    }
)
{
    def Mesh "geo" (
        prepend references = @./⟦model⟧_geo.usdc@
    )
    {
    }
}
''', aid=uuid4(r), sess=rs(r, HEX, 24), **c)
    return dict(path="usd/%s.usda" % c["model"], text=text)


@neg("shapr3d", "export-metadata")
def n_shapr_meta(r, c):
    text = fill('''{
  "exporter": "Shapr3D",
  "document": "⟦model⟧ enclosure",
  "documentId": "⟦d⟧",
  "bodies": [
    { "id": "⟦b1⟧", "name": "shell", "material": "PETG" },
    { "id": "⟦b2⟧", "name": "lid", "material": "PETG" }
  ],
  "units": "mm",
  "checksum": "⟦ck⟧"
}
''', d=uuid4(r).upper(), b1=uuid4(r).upper(), b2=uuid4(r).upper(), ck=rs(r, HEX, 40), **c)
    return dict(path="cad/exports/%s.meta.json" % c["model"], text=text)


@neg("unity-ccd", "content-delivery-ids")
def n_ccd_release(r, c):
    ents = []
    for _ in range(r.randint(3, 6)):
        ents.append('    { "path": "Android/%s_%s.bundle", "content_hash": "%s", "content_size": %d }' % (
            pick(r, MODELS), hex32(r), hex32(r), r.randint(10 ** 4, 10 ** 8)))
    text = ('{\n  "bucketid": "%s",\n  "releaseid": "%s",\n  "releasenum": %d,\n  "entries": [\n%s\n  ]\n}\n') % (
        uuid4(r), uuid4(r), r.randint(1, 300), ",\n".join(ents))
    return dict(path="ci/ccd/release.json", text=text)


@neg("unreal", "ddc-log-hashes")
def n_ddc_log(r, c):
    lines = []
    for _ in range(r.randint(5, 9)):
        lines.append("LogDerivedDataCache: Display: %s: Cache hit for %s_%s in %.2f ms" % (
            pick(r, ["Pak", "Zen", "Shared"]), pick(r, ["TEXTURE", "SHADER", "STATICMESH"]),
            rs(r, "0123456789ABCDEF", 40), r.uniform(0.1, 40)))
    return dict(path="Saved/Logs/%s-ddc.log" % c["Proj"], text="\n".join(lines) + "\n")


@neg("8thwall", "image-target-metadata")
def n_xr8_targets(r, c):
    text = fill('''{
  "imageTargets": [
    { "name": "poster-front", "type": "FLAT", "id": "⟦i1⟧", "properties": { "width": 1080, "height": 1920 } },
    { "name": "label-can", "type": "CYLINDER", "id": "⟦i2⟧", "properties": { "topRadius": 330, "bottomRadius": 330 } }
  ],
  "engineVersion": "⟦ver⟧"
}
''', i1=rs(r, LOWNUM, 24), i2=rs(r, LOWNUM, 24), **c)
    return dict(path="image-targets/targets.json", text=text)


@neg("checksums", "sha256sums")
def n_sha256sums(r, c):
    lines = []
    for f in ["UnitySetup-%s.exe" % c["unity"], "Unity-%s.tar.xz" % c["unity"],
              "AndroidPlayer-%s.pkg" % c["unity"], "BlenderPortable-4.1.1.zip"][:r.randint(2, 4)]:
        lines.append("%s  %s" % (rs(r, HEX, 64), f))
    return dict(path="tools/installers/SHA256SUMS", text="\n".join(lines) + "\n")


# --------------------------------------------------- negative slot fillers
CODE_EXPR = {
    "py": 'os.environ["⟦v⟧"]',
    "js": "process.env.⟦v⟧",
    "ts": "process.env.⟦v⟧",
    "cs": 'Environment.GetEnvironmentVariable("⟦v⟧")',
    "cpp": 'std::getenv("⟦v⟧")',
    "groovy": "credentials('⟦cred⟧')",
}
PLAIN_REF = {
    "gha": "${{ secrets.⟦v⟧ }}",
    "groovy": "${env.⟦v⟧}",
}
MASKED_PREFIXES = ["figd_", "sk.", "p8e-", "cnvca", "OC|", "eyJ"]


def env_ref_text(text, lang, var):
    expr = CODE_EXPR.get(lang)
    if expr:
        e = fill(expr, v=var, cred=var.lower().replace("_", "-"))
        for q in ('"', "'"):
            if q + SLOT + q in text:
                text = text.replace(q + SLOT + q, e)
                if lang == "cs":
                    text = "\n".join(
                        ln.replace("const string", "static readonly string")
                        if "GetEnvironmentVariable" in ln else ln
                        for ln in text.split("\n"))
                return text
    ref = fill(PLAIN_REF.get(lang, "${⟦v⟧}"), v=var)
    return text.replace(SLOT, ref)


def masked_value(r, secret):
    for p in MASKED_PREFIXES:
        if secret.startswith(p):
            keep = p
            if p == "OC|":
                keep = secret[:secret.rfind("|") + 1]
            return keep + "*" * r.randint(8, 24)
    return pick(r, ["********", "[REDACTED]", "<redacted>", "***REMOVED***",
                    "****************", "•••••••••••••"])


def placeholder_value(r, provider, secret):
    short = provider.split("-")[0]
    return pick(r, [
        "<your-%s-token>" % short, "YOUR_API_KEY_HERE", "changeme",
        "x" * len(secret), "REPLACE_ME", "TODO", "your_client_secret_here",
        "<insert %s secret>" % short, "dummy-token-for-tests", "placeholder",
        "%s_SECRET_GOES_HERE" % short.upper(), "xxxx-xxxx-xxxx-xxxx",
    ])


def secret_manager_value(r, provider, c):
    return pick(r, [
        "op://%s/%s/credential" % (c["studio"].title().replace("-", ""), provider),
        "vault:secret/data/%s/%s#value" % (c["proj"], provider),
        "arn:aws:secretsmanager:%s:%s:secret:%s/%s-%s" % (
            pick(r, REGIONS), rs(r, DIGITS, 12), c["proj"], provider, rs(r, ALNUM, 6)),
        "projects/%s/secrets/%s-token/versions/latest" % (c["proj"], provider),
    ])


def template_expr_value(r, provider, var):
    return pick(r, [
        "{{ .Values.%s.secret }}" % provider.replace("-", ""),
        "{{ %s }}" % var.lower(),
        "${{ secrets.%s }}" % var,
        "#{%s}#" % var,
    ])


NEG_MODES = [("placeholder", 3), ("empty", 1), ("masked", 2), ("env-ref", 3),
             ("secret-manager-ref", 1), ("template-expr", 1),
             ("documented-example", 2), ("public-value", 3)]


def render_negative_from_positive(r, name, provider, d, c):
    text, lang, var, secret = d["text"], d["lang"], d["var"], d["secret"]
    path = d["path"]
    base = path.rsplit("/", 1)[-1]
    if base == ".env" or base.startswith(".env."):
        path = path[: len(path) - len(base)] + pick(r, [".env.example", ".env.sample"])
    if lang == "pem":
        txt = ("-----BEGIN PRIVATE KEY-----\n"
               "<paste the private.key generated in the Adobe Developer Console>\n"
               "-----END PRIVATE KEY-----\n")
        return path, txt, "placeholder"
    modes = []
    for m, w in NEG_MODES:
        if m == "public-value" and not d.get("pub"):
            continue
        if m == "documented-example" and provider not in DOC_EXAMPLES:
            continue
        if m == "env-ref" and lang in ("unityyaml", "netrc", "md"):
            continue
        modes.extend([m] * w)
    mode = pick(r, modes)
    if mode == "env-ref":
        text = env_ref_text(text, lang, var)
        if lang == "py" and "os.environ" in text and "import os" not in text:
            lines = text.split("\n")
            at = next((k for k, ln in enumerate(lines)
                       if ln.startswith("import ") or ln.startswith("from ")), 0)
            lines.insert(at, "import os")
            text = "\n".join(lines)
        return path, text, mode
    if mode == "placeholder":
        val = placeholder_value(r, provider, secret)
    elif mode == "empty":
        val = ""
    elif mode == "masked":
        val = masked_value(r, secret)
    elif mode == "secret-manager-ref":
        val = secret_manager_value(r, provider, c)
    elif mode == "template-expr":
        val = template_expr_value(r, provider, var)
    elif mode == "documented-example":
        val = pick(r, DOC_EXAMPLES[provider])
    else:
        val = pick(r, d["pub"])
    return path, text.replace(SLOT, val), mode


# ----------------------------------------------------------------- driver
def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base == "Dockerfile" or base.endswith(".Dockerfile"):
        return "dockerfile"
    if base.startswith("Jenkinsfile"):
        return "jenkinsfile"
    if base in ("netrc", ".netrc"):
        return "netrc"
    if base.endswith(".png.meta"):
        return "meta"
    stem = base.lstrip(".")
    if "." in stem:
        return stem.rsplit(".", 1)[1].lower()
    return "txt"


def is_blocked_env_name(path):
    base = path.rsplit("/", 1)[-1]
    if base == ".env":
        return True
    if base.startswith(".env."):
        return base.split(".")[-1] not in ("example", "sample", "template", "dist")
    return False


def line_of(text, needle):
    idx = text.find(needle)
    assert idx >= 0, "needle missing"
    return text.count("\n", 0, idx) + 1


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def cycle_picker(r, items):
    """Yield items in shuffled rounds so every template is used evenly."""
    while True:
        order = list(range(len(items)))
        r.shuffle(order)
        for i in order:
            yield items[i]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_hf.py OUTDIR SEED\n")
        return 2
    outdir = argv[1]
    seed = int(argv[2])
    r = random.Random(seed)
    n_pos = n_neg = 500
    manifest, secrets = [], []

    # positives
    env_files = 0
    conv_count = 0
    # alternate between templates that use the conventional variable name and
    # templates that use a neutral name, header, URL or argument (about 50/50)
    pickers = [cycle_picker(r, [t for t in POS if t[3]]),
               cycle_picker(r, [t for t in POS if not t[3]])]
    for i in range(n_pos):
        while True:
            name, provider, kind, conv, f = next(pickers[i % 2])
            c = ctx(r)
            d = f(r, c)
            if is_blocked_env_name(d["path"]) and env_files >= n_pos // 20:
                continue
            break
        if is_blocked_env_name(d["path"]):
            env_files += 1
        conv_count += 1 if conv else 0
        assert d["text"].count(SLOT) == 1, name
        secret = d["secret"]
        assert secret and "\n" not in secret, name
        text = d["text"].replace(SLOT, secret)
        ln = line_of(text, secret)
        assert secret in text.split("\n")[ln - 1], name
        rel = "pos/p%04d/%s" % (i, d["path"])
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": provider, "kind": kind,
                         "filetype": filetype(d["path"])})
        secrets.append({"file": rel, "needle": secret, "line": ln})

    # negatives: half re-used positive templates, half look-alikes
    jobs = [("slot", None)] * (n_neg // 2) + [("alike", None)] * (n_neg - n_neg // 2)
    r.shuffle(jobs)
    pos_picker = cycle_picker(r, POS)
    neg_picker = cycle_picker(r, NEG)
    for i, (src, _) in enumerate(jobs):
        c = ctx(r)
        if src == "slot":
            name, provider, kind, conv, f = next(pos_picker)
            d = f(r, c)
            path, text, mode = render_negative_from_positive(r, name, provider, d, c)
            assert d["secret"] not in text, name
            kind = mode
        else:
            name, provider, kind, f = next(neg_picker)
            d = f(r, c)
            path, text = d["path"], d["text"]
        assert SLOT not in text and "\u27e6" not in text, name
        assert not is_blocked_env_name(path), path
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")

    # re-read every positive and check the needle really is on its line
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]
        assert all(s["needle"] not in ln for ln in lines[: s["line"] - 1]), s["file"]

    sys.stderr.write("gen_hf: %d positives (%d templates, %d conventional-name, %d .env), "
                     "%d negatives (%d look-alike templates)\n" % (
                         n_pos, len(POS), conv_count, env_files, n_neg, len(NEG)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
