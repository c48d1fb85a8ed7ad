#!/usr/bin/env python3
"""Blind evaluation-set generator "lx": secrets injected at BUILD TIME into compiled/bundled artefacts.

EMPHASIS
    Build scripts and CI that bake values into binaries/bundles: go build -ldflags "-X pkg.var=...",
    goreleaser ldflags/env, Makefile CFLAGS -D, CMake add_compile_definitions / target_compile_definitions,
    meson add_project_arguments, Rust build.rs cargo:rustc-env / option_env! fallbacks / .cargo/config.toml
    [env], webpack DefinePlugin / EnvironmentPlugin, Vite & Astro define, esbuild --define, Rollup replace,
    tsup env, babel transform-define, next.config.js env, nuxt runtimeConfig, Angular environment.prod.ts,
    Gradle buildConfigField / resValue / manifestPlaceholders / signingConfigs / gradle.properties,
    BuildKonfig, sbt-buildinfo, Xcode .xcconfig / project.pbxproj / PlistBuddy run-script, generated
    Swift secrets, Flutter --dart-define / --dart-define-from-file / launch.json, MSBuild /p: props,
    Directory.Build.props, .targets, csproj AssemblyMetadata, Bazel .bazelrc --define/--action_env,
    go_binary x_defs, cc local_defines, Dockerfile ARG defaults, docker-compose build args, docker-bake,
    docker build --build-arg, GitHub Actions, GitLab CI, Jenkinsfile, Azure Pipelines, Bitbucket,
    CircleCI, Cloud Build, Taskfile, justfile, shell build scripts, Nix mkDerivation/buildGoModule,
    Maven pom.xml filtering and filter .properties, Unity C# build scripts, Unreal *.Build.cs,
    Fastlane, Earthfile, vercel.json, netlify.toml, sentry-cli in package.json, Firebase service
    account JSON used by build plugins, PEM signing keys written by CI steps.
    Providers: AWS, Google (API key, OAuth client secret, Firebase CI token, service account), Stripe
    (sk_live, rk_live, whsec), OpenAI, Anthropic, Groq, GitHub (ghp_, github_pat_), GitLab, npm, PyPI,
    Slack, Sentry (sntrys_, sntryu_), Mapbox sk., Algolia admin, Twilio, SendGrid, Datadog, Shopify,
    Hugging Face, DigitalOcean, Azure Storage, Cloudflare, Telegram, Postman, Linear, Doppler, Supabase
    service_role JWT, Tauri updater signing key, Unity serial, generic HMAC/JWT secrets, passwords
    (keystore, signing, DB, SMTP), RSA/EC/PKCS#8 private keys.

USAGE
    python3 -B gen_lx.py OUTDIR SEED
    -> OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
       OUTDIR/manifest.jsonl, OUTDIR/secrets.jsonl. Deterministic for a given SEED.

NEEDLE CONVENTIONS
    The secret value exactly as written, without surrounding quotes; prefixed keys keep the prefix
    (sk_live_..., ghp_..., SG...., sk.eyJ..., sntrys_...); passwords: the password itself; PEM private
    keys: the first base64 line of the body (for JSON-embedded keys the first 64-char chunk after the
    escaped "\\n"); JWT service keys: the whole JWT. For AWS, the needle is the secret access key (the
    access key id may sit beside it as a companion). Line = 1-based line of first occurrence.

NEGATIVES
    250 re-use positive templates with the secret slot replaced by: placeholders (English and
    German/French/Spanish/Portuguese/Japanese/Chinese), empty values, masked values, the tool's own
    env/secret references ($(X), ${{ secrets.X }}, process.env.X, System.getenv, $ENV{X},
    {{ .Env.X }}, --action_env=X, builtins.getEnv, ${env.X}, credentials('x'), ...), providers'
    documented example values (AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, Stripe
    docs test key) and public values (pk_live_, pk.eyJ, client ids, account SIDs, app ids, anon JWT).
    250 are look-alikes in the same idioms: git SHAs, versions, build dates, SOURCE_DATE_EPOCH,
    sha256 checksums, Nix SRI hashes, image digests, UUIDs, Apple team ids, cert thumbprints, GPG
    fingerprints, Ed25519/minisign public keys, PEM public keys and certificates, sops ciphertext,
    base64 config blobs, Sentry DSNs, GA ids, Datadog RUM client tokens, PostHog project keys,
    Firebase web config, Supabase anon key, cargo:rustc-env=GIT_HASH. No negative is a .env file.

FORMATS CHECKED
    Sentry org token layout (sntrys_ + base64(JSON{iat,url,region_url,org}) + "_" + base64(32 bytes)
    without padding) confirmed from Sentry's own source (orgauthtoken_token.py) via the code search
    corpus. The rest from provider docs/SDK knowledge: AWS AKIA + 16 base32 chars / 40-char secret;
    Google AIza + 35 (in practice AIzaSy + 33); GOCSPX- + 28; Stripe sk_live_/rk_live_/pk_live_ (24 or 99 chars, modern keys
    start "51"), whsec_ + 32; GitHub ghp_ 30 + 6-char base62 CRC32, github_pat_ 22_59; glpat- 20;
    npm_ 36; SendGrid SG.22.43; Slack xoxb-digits-digits-24; Twilio AC/SK + 32 hex, 32-hex auth
    token; Datadog 32-hex API / 40-hex app keys; Shopify shpat_ + 32 hex; hf_ + 34; dop_v1_ + 64
    hex; Azure storage 88-char base64; Telegram id:35; PMAK-24-34; lin_api_ + 40; Doppler
    dp.st.<config>.<40>; Mapbox sk./pk. + base64url JSON {"u","a"} + "." + 22.

DOUBTS
    OpenAI sk-proj- key total length/inner "T3BlbkFJ" marker placement; Anthropic body length (93 +
    "AA"); Groq gsk_ 52; Cloudflare token 40; npm checksum assumed like GitHub's (CRC32 of the random
    part, base62, 6 chars); PyPI token body is random base64url after the fixed macaroon prefix;
    Firebase CI refresh token "1//" + ~100 chars; Unity serial layout; Mapbox secret tail length.
    PEM bodies are structurally plausible DER headers followed by random bytes (not valid keys).
    Firebase web config apiKey (AIza...) is labelled negative as the domain brief asks; a scanner
    may reasonably flag it.
"""
import base64
import binascii
import json
import os
import random
import string
import sys

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
B64 = UP + LO + DG + "+/"
B64U = UP + LO + DG + "-_"
B62 = DG + UP + LO


def rs(r, n, alpha):
    return "".join(r.choice(alpha) for _ in range(n))


def b62(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = B62[d] + out
    return out.rjust(width, "0")


# ---------------------------------------------------------------- secret generators
def g_aws(r):
    return rs(r, 40, B64)


def g_akia(r):
    return "AKIA" + rs(r, 16, UP + "234567")


def g_gcp(r):
    return "AIzaSy" + rs(r, 33, B64U)


def g_stripe(r, pre):
    if r.random() < 0.4:
        return pre + rs(r, 24, AN)
    return pre + "51" + rs(r, 1, UP) + rs(r, 96, AN)


def g_whsec(r):
    return "whsec_" + rs(r, 32, AN)


def g_openai(r):
    if r.random() < 0.7:
        return "sk-proj-" + rs(r, 74, B64U) + "T3BlbkFJ" + rs(r, 74, B64U)
    return "sk-" + rs(r, 20, AN) + "T3BlbkFJ" + rs(r, 20, AN)


def g_anthropic(r):
    return "sk-ant-api03-" + rs(r, 93, B64U) + "AA"


def g_groq(r):
    return "gsk_" + rs(r, 52, AN)


def crc_token(r, pre):
    body = rs(r, 30, AN)
    return pre + body + b62(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6)


def g_ghp(r):
    return crc_token(r, "ghp_")


def g_ghpat(r):
    return "github_pat_" + rs(r, 22, AN) + "_" + rs(r, 59, AN)


def g_glpat(r):
    return "glpat-" + rs(r, 20, B64U)


def g_npm(r):
    return crc_token(r, "npm_")


def g_pypi(r):
    return "pypi-AgEIcHlwaS5vcmcCJ" + rs(r, r.randint(150, 170), B64U)


def g_slack(r):
    return "xoxb-%s-%s-%s" % (rs(r, 1, "123456789") + rs(r, r.randint(9, 12), DG),
                              rs(r, 1, "123456789") + rs(r, 12, DG), rs(r, 24, AN))


def g_sentry_org(r, org="acme"):
    payload = {"iat": round(1.69e9 + r.random() * 6e7, 6), "url": "https://sentry.io",
               "region_url": r.choice(["https://us.sentry.io", "https://de.sentry.io"]), "org": org}
    p = base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode()
    sec = base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode().rstrip("=")
    return "sntrys_" + p + "_" + sec


def g_sentry_user(r):
    return "sntryu_" + rs(r, 64, HEX)


def mapbox_tok(r, pre, user):
    j = json.dumps({"u": user, "a": rs(r, 25, LO + DG)}, separators=(",", ":"))
    return pre + base64.urlsafe_b64encode(j.encode()).decode().rstrip("=") + "." + rs(r, 22, B64U)


def g_hex(n):
    return lambda r: rs(r, n, HEX)


def g_sendgrid(r):
    return "SG." + rs(r, 22, B64U) + "." + rs(r, 43, B64U)


def g_shopify(r):
    return "shpat_" + rs(r, 32, HEX)


def g_hf(r):
    return "hf_" + rs(r, 34, UP + LO)


def g_do(r):
    return "dop_v1_" + rs(r, 64, HEX)


def g_gocspx(r):
    return "GOCSPX-" + rs(r, 28, B64U)


def g_azure(r):
    return rs(r, 86, B64) + "=="


def g_cf(r):
    return rs(r, 40, B64U)


def g_telegram(r):
    return rs(r, 1, "1234567") + rs(r, r.randint(8, 9), DG) + ":AA" + rs(r, 33, B64U)


def g_postman(r):
    return "PMAK-" + rs(r, 24, HEX) + "-" + rs(r, 34, HEX)


def g_linear(r):
    return "lin_api_" + rs(r, 40, AN)


def g_doppler(r):
    return "dp.st." + r.choice(["prd", "stg", "dev", "ci"]) + "." + rs(r, 40, AN)


def g_firebase_ci(r):
    return "1//0" + rs(r, 1, "cdefg") + rs(r, 98, B64U)


def b64u_json(o):
    return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")


def supa_jwt(r, role, ref):
    iat = r.randint(1650000000, 1720000000)
    h = b64u_json({"alg": "HS256", "typ": "JWT"})
    p = b64u_json({"iss": "supabase", "ref": ref, "role": role, "iat": iat, "exp": iat + 315360000})
    return h + "." + p + "." + rs(r, 43, B64U)


def g_tauri(r):
    blob = base64.b64encode(b"EdScB2" + bytes(r.getrandbits(8) for _ in range(152))).decode()
    return base64.b64encode(("untrusted comment: rsign encrypted secret key\n" + blob + "\n").encode()).decode()


def tauri_pub(r):
    kid = bytes(r.getrandbits(8) for _ in range(8))
    blob = base64.b64encode(b"Ed" + kid + bytes(r.getrandbits(8) for _ in range(32))).decode()
    txt = "untrusted comment: minisign public key: %s\n%s\n" % (kid[::-1].hex().upper(), blob)
    return base64.b64encode(txt.encode()).decode()


def g_unity(r):
    return "E" + r.choice("34") + "-" + "-".join(rs(r, 4, UP + DG) for _ in range(5))


def g_hmac(r):
    c = r.random()
    if c < 0.4:
        return rs(r, 64, HEX)
    if c < 0.75:
        return base64.b64encode(bytes(r.getrandbits(8) for _ in range(r.choice([32, 48])))).decode()
    return rs(r, r.randint(32, 48), AN)


WORDS = ["Kestrel", "maple", "Orbit", "falcon", "Quartz", "tundra", "Vortex", "cobalt", "Nimbus", "saffron",
         "Harbor", "lumen", "Zephyr", "pixel", "Granite", "ember", "Tango", "juniper", "Atlas", "mosaic"]


def g_password(r):
    c = r.random()
    sp = "!@^*-_=+.~"
    if c < 0.35:
        while True:
            p = rs(r, 1, UP + LO) + rs(r, r.randint(13, 21), AN + sp)
            if any(ch in DG for ch in p) and any(ch in sp for ch in p) and any(ch in UP for ch in p):
                return p
    if c < 0.65:
        return (r.choice(WORDS).capitalize() + r.choice(sp) + r.choice(WORDS) + str(r.randint(10, 9999))
                + r.choice(sp) + rs(r, 2, UP + DG))
    if c < 0.85:
        return rs(r, 1, UP) + rs(r, r.randint(3, 5), LO) + str(r.randint(1000, 99999)) + r.choice(sp) + rs(r, 4, AN)
    return rs(r, 1, UP + LO) + base64.b64encode(bytes(r.getrandbits(8) for _ in range(18))).decode().replace("/", "x").replace("+", "K")


# ---------------------------------------------------------------- PEM
def _b64lines(der):
    s = base64.b64encode(der).decode()
    return [s[i:i + 64] for i in range(0, len(s), 64)]


def rb(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def pem_rsa(r):
    mod = bytes([0x80 | r.getrandbits(7)]) + rb(r, 255)
    der = (bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100") + mod
           + bytes.fromhex("0203010001") + bytes.fromhex("02820100") + rb(r, 1191 - 256 - 5 - 4 - 37))
    return "PRIVATE KEY", _b64lines(der)


def pem_rsa1(r):
    mod = bytes([0x80 | r.getrandbits(7)]) + rb(r, 255)
    der = (bytes.fromhex("308204a40201000282010100") + mod + bytes.fromhex("0203010001")
           + bytes.fromhex("0282010100") + rb(r, 900))
    return "RSA PRIVATE KEY", _b64lines(der)


def pem_ec(r):
    der = (bytes.fromhex("30770201010420") + rb(r, 32) + bytes.fromhex("a00a06082a8648ce3d030107a14403420004")
           + rb(r, 64))
    return "EC PRIVATE KEY", _b64lines(der)


def pem_p8(r):
    der = (bytes.fromhex("308193020100301306072a8648ce3d020106082a8648ce3d030107047930770201010420") + rb(r, 32)
           + bytes.fromhex("a00a06082a8648ce3d030107a14403420004") + rb(r, 64))
    return "PRIVATE KEY", _b64lines(der)


def pem_pub(r):
    der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + \
        bytes([0x80 | r.getrandbits(7)]) + rb(r, 255) + bytes.fromhex("0203010001")
    return "PUBLIC KEY", _b64lines(der)


def pem_cert(r):
    der = bytes.fromhex("308203") + rb(r, 1) + bytes.fromhex("308202") + rb(r, 1) + \
        bytes.fromhex("a0030201020214") + rb(r, 20) + bytes.fromhex("300d06092a864886f70d01010b0500") + rb(r, 740)
    return "CERTIFICATE", _b64lines(der)


def pem_text(label, lines):
    return "\n".join(["-----BEGIN %s-----" % label] + lines + ["-----END %s-----" % label])


# ---------------------------------------------------------------- context
APPS = ["orbit", "ledger", "pixelcam", "tradeflow", "hive", "courier", "atlas-cli", "snapnote", "fleet",
        "shopfront", "kiosk", "mapper", "relay", "beacon", "quill", "harbor", "nimbus", "vela", "kanji-app",
        "tienda", "rechner", "boutique", "lumen", "waypoint"]
ORGS = ["acme", "globex", "initech", "umbrella-labs", "hooli", "northwind", "contoso", "tyrell", "wayne-ent",
        "stark-ind", "soylent", "piedpiper", "vandelay", "kaizen-dev", "brightloop", "nordlicht"]
REGIONS = ["us-east-1", "eu-west-1", "eu-central-1", "ap-northeast-1", "us-west-2", "ap-southeast-2"]


def mkctx(r):
    app = r.choice(APPS)
    org = r.choice(ORGS)
    return {"app": app, "org": org, "mod": "github.com/%s/%s" % (org, app),
            "bundle": "com.%s.%s" % (org.replace("-", ""), app.replace("-", "")),
            "ver": "%d.%d.%d" % (r.randint(0, 4), r.randint(0, 30), r.randint(0, 20)),
            "domain": "%s.%s" % (org.replace("-", ""), r.choice(["com", "io", "dev", "de", "co"]))}


def sha40(r):
    return rs(r, 40, HEX)


def iso(r):
    return "2024-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                               r.randint(0, 59), r.randint(0, 59))


def uuid(r, upper=False):
    h = rs(r, 32, HEX)
    s = "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])
    return s.upper() if upper else s


# ---------------------------------------------------------------- kinds
class K:
    def __init__(self, kid, provider, kind, cls, names, gen, comps=None, public=None, example=None, ph=None):
        self.kid, self.provider, self.kind, self.cls = kid, provider, kind, cls
        self.names, self.gen, self.comps, self.public, self.example, self.ph = names, gen, comps, public, example, ph


def c_region(r, c):
    return [(["aws", "region"], r.choice(REGIONS), True)]


KINDS = [
    K("aws", "aws", "secret_access_key", "token",
      [["aws", "secret", "access", "key"], ["aws", "secret", "key"], ["s3", "secret"]], g_aws,
      lambda r, c: [(["aws", "access", "key", "id"], g_akia(r), False)] + c_region(r, c),
      lambda r, c: (["aws", "account", "id"], rs(r, 12, DG)),
      ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]),
    K("gcp", "google", "api_key", "token",
      [["google", "maps", "server", "key"], ["gcp", "api", "key"], ["gemini", "api", "key"], ["places", "api", "key"],
       ["youtube", "api", "key"]], g_gcp, None,
      lambda r, c: (["gcp", "project", "id"], "%s-prod-%d" % (c["app"].split("-")[0], r.randint(100000, 999999)))),
    K("gocspx", "google", "oauth_client_secret", "token",
      [["google", "client", "secret"], ["oauth", "client", "secret"]], g_gocspx,
      lambda r, c: [(["google", "client", "id"], "%s-%s.apps.googleusercontent.com" % (rs(r, 12, DG), rs(r, 32, LO + DG)), True)],
      lambda r, c: (["google", "client", "id"], "%s-%s.apps.googleusercontent.com" % (rs(r, 12, DG), rs(r, 32, LO + DG)))),
    K("firebase_ci", "google", "firebase_ci_token", "token", [["firebase", "token"]], g_firebase_ci,
      lambda r, c: [(["firebase", "project"], c["app"] + "-prod", True)], None),
    K("stripe_sk", "stripe", "secret_key", "token", [["stripe", "secret", "key"], ["stripe", "sk"], ["stripe", "api", "key"]],
      lambda r: g_stripe(r, "sk_live_"), None,
      lambda r, c: (["stripe", "publishable", "key"], g_stripe(r, "pk_live_")), ["sk_test_4eC39HqLyjWDarjtT1zdp7dc"],
      "sk_live_"),
    K("stripe_rk", "stripe", "restricted_key", "token", [["stripe", "restricted", "key"], ["stripe", "rk"]],
      lambda r: g_stripe(r, "rk_live_"), None, lambda r, c: (["stripe", "publishable", "key"], g_stripe(r, "pk_live_")), None,
      "rk_live_"),
    K("stripe_wh", "stripe", "webhook_secret", "token", [["stripe", "webhook", "secret"], ["stripe", "whsec"]], g_whsec,
      None, None, None, "whsec_"),
    K("openai", "openai", "api_key", "token", [["openai", "api", "key"], ["openai", "key"], ["oai", "key"]], g_openai,
      lambda r, c: [(["openai", "org", "id"], "org-" + rs(r, 24, AN), True)],
      lambda r, c: (["openai", "model"], r.choice(["gpt-4o-mini", "gpt-4.1", "o4-mini"])), None, "sk-"),
    K("anthropic", "anthropic", "api_key", "token", [["anthropic", "api", "key"], ["claude", "api", "key"]], g_anthropic,
      None, lambda r, c: (["anthropic", "model"], "claude-3-5-sonnet-latest"), None, "sk-ant-"),
    K("groq", "groq", "api_key", "token", [["groq", "api", "key"]], g_groq, None, None, None, "gsk_"),
    K("ghp", "github", "personal_access_token", "token", [["github", "token"], ["gh", "token"], ["gh", "pat"]], g_ghp,
      None, lambda r, c: (["github", "owner"], c["org"]), None, "ghp_"),
    K("ghpat", "github", "fine_grained_pat", "token", [["github", "pat"], ["gh", "release", "token"]], g_ghpat, None,
      lambda r, c: (["github", "repository"], c["org"] + "/" + c["app"]), None, "github_pat_"),
    K("glpat", "gitlab", "personal_access_token", "token", [["gitlab", "token"], ["gl", "token"], ["ci", "job", "pat"]],
      g_glpat, None, None, None, "glpat-"),
    K("npm", "npm", "access_token", "token", [["npm", "token"], ["npm", "auth", "token"]], g_npm, None, None, None, "npm_"),
    K("pypi", "pypi", "api_token", "token", [["pypi", "token"], ["twine", "password"]], g_pypi, None, None, None, "pypi-"),
    K("slack", "slack", "bot_token", "token", [["slack", "bot", "token"], ["slack", "token"]], g_slack,
      lambda r, c: [(["slack", "channel"], "#" + r.choice(["releases", "builds", "deploys", "ci-alerts"]), True)],
      lambda r, c: (["slack", "channel", "id"], "C0" + rs(r, 9, UP + DG)), None, "xoxb-"),
    K("sentry_org", "sentry", "org_auth_token", "token", [["sentry", "auth", "token"]], None,
      lambda r, c: [(["sentry", "org"], c["org"], True), (["sentry", "project"], c["app"], True)],
      lambda r, c: (["sentry", "dsn"], "https://%s@o%d.ingest.sentry.io/%d" % (rs(r, 32, HEX), r.randint(100000, 4500000), r.randint(1000000, 4500000))),
      None, "sntrys_"),
    K("sentry_user", "sentry", "user_auth_token", "token", [["sentry", "auth", "token"], ["sentry", "token"]], g_sentry_user,
      lambda r, c: [(["sentry", "org"], c["org"], True)],
      lambda r, c: (["sentry", "dsn"], "https://%s@o%d.ingest.us.sentry.io/%d" % (rs(r, 32, HEX), r.randint(100000, 4500000), r.randint(1000000, 4500000))),
      None, "sntryu_"),
    K("mapbox", "mapbox", "secret_token", "token", [["mapbox", "downloads", "token"], ["mapbox", "secret", "token"], ["sdk", "registry", "token"]],
      None, None, None, None, "sk."),
    K("algolia", "algolia", "admin_api_key", "token", [["algolia", "admin", "key"], ["algolia", "api", "key"], ["algolia", "write", "key"]],
      g_hex(32), lambda r, c: [(["algolia", "app", "id"], rs(r, 10, UP + DG), True)],
      lambda r, c: (["algolia", "app", "id"], rs(r, 10, UP + DG))),
    K("twilio", "twilio", "auth_token", "token", [["twilio", "auth", "token"]], g_hex(32),
      lambda r, c: [(["twilio", "account", "sid"], "AC" + rs(r, 32, HEX), True)],
      lambda r, c: (["twilio", "account", "sid"], "AC" + rs(r, 32, HEX))),
    K("twilio_sk", "twilio", "api_key_secret", "token", [["twilio", "api", "secret"]], lambda r: rs(r, 32, AN),
      lambda r, c: [(["twilio", "api", "key"], "SK" + rs(r, 32, HEX), True)],
      lambda r, c: (["twilio", "account", "sid"], "AC" + rs(r, 32, HEX))),
    K("sendgrid", "sendgrid", "api_key", "token", [["sendgrid", "api", "key"], ["sg", "key"], ["mail", "api", "key"]], g_sendgrid,
      lambda r, c: [(["mail", "from"], "noreply@" + c["domain"], True)], None, None, "SG."),
    K("dd_api", "datadog", "api_key", "token", [["dd", "api", "key"], ["datadog", "api", "key"]], g_hex(32),
      lambda r, c: [(["dd", "site"], r.choice(["datadoghq.com", "datadoghq.eu", "us5.datadoghq.com"]), True)],
      lambda r, c: (["dd", "client", "token"], "pub" + rs(r, 32, HEX))),
    K("dd_app", "datadog", "application_key", "token", [["dd", "app", "key"], ["datadog", "application", "key"]], g_hex(40),
      lambda r, c: [(["dd", "site"], "datadoghq.com", True)],
      lambda r, c: (["dd", "application", "id"], uuid(r))),
    K("shopify", "shopify", "admin_api_token", "token", [["shopify", "admin", "token"], ["shopify", "access", "token"]], g_shopify,
      lambda r, c: [(["shopify", "store"], c["app"].replace("-", "") + ".myshopify.com", True)], None, None, "shpat_"),
    K("hf", "huggingface", "access_token", "token", [["hf", "token"], ["huggingface", "token"]], g_hf, None, None, None, "hf_"),
    K("do", "digitalocean", "api_token", "token", [["do", "token"], ["digitalocean", "token"]], g_do, None, None, None, "dop_v1_"),
    K("azure", "azure", "storage_account_key", "token", [["azure", "storage", "key"], ["storage", "account", "key"]], g_azure,
      lambda r, c: [(["azure", "storage", "account"], c["app"].replace("-", "") + "cdn", True)],
      lambda r, c: (["azure", "storage", "account"], c["app"].replace("-", "") + "cdn")),
    K("cf", "cloudflare", "api_token", "token", [["cloudflare", "api", "token"], ["cf", "api", "token"]], g_cf,
      lambda r, c: [(["cloudflare", "account", "id"], rs(r, 32, HEX), True)],
      lambda r, c: (["cloudflare", "account", "id"], rs(r, 32, HEX))),
    K("telegram", "telegram", "bot_token", "token", [["telegram", "bot", "token"], ["tg", "bot", "token"]], g_telegram,
      lambda r, c: [(["telegram", "chat", "id"], "-100" + rs(r, 10, DG), True)], None),
    K("postman", "postman", "api_key", "token", [["postman", "api", "key"]], g_postman, None, None, None, "PMAK-"),
    K("linear", "linear", "api_key", "token", [["linear", "api", "key"]], g_linear, None, None, None, "lin_api_"),
    K("doppler", "doppler", "service_token", "token", [["doppler", "token"]], g_doppler, None, None, None, "dp.st."),
    K("supabase", "supabase", "service_role_key", "token", [["supabase", "service", "role", "key"], ["supabase", "service", "key"]],
      None, None, None),
    K("tauri", "tauri", "updater_signing_key", "token", [["tauri", "signing", "private", "key"]], g_tauri, None, None),
    K("unity", "unity", "license_serial", "token", [["unity", "serial"]], g_unity,
      lambda r, c: [(["unity", "email"], "builds@" + c["domain"], True)], None),
    K("hmac", "generic", "hmac_secret", "token",
      [["jwt", "secret"], ["hmac", "secret"], ["webhook", "signing", "secret"], ["session", "secret"], ["license", "signing", "secret"],
       ["app", "secret"], ["secret", "key"], ["cle", "secrete"], ["geheimer", "schluessel"], ["clave", "secreta"], ["encryption", "key"]],
      g_hmac, None, None),
    K("password", "generic", "password", "password",
      [["db", "password"], ["admin", "password"], ["smtp", "password"], ["redis", "password"], ["passwort"], ["mot", "de", "passe"],
       ["contrasena", "bd"], ["senha", "db"], ["db", "mima"], ["registry", "password"], ["ftp", "pass"], ["db", "pass"]],
      g_password, lambda r, c: [(["db", "user"] if r.random() < 0.5 else ["username"], r.choice(["app_rw", "deploy", "ci-bot", c["app"].replace("-", "_"), "admin"]), True)],
      None),
    K("keystore", "android", "keystore_password", "password",
      [["keystore", "password"], ["store", "password"], ["key", "password"], ["signing", "key", "password"], ["release", "store", "password"]],
      g_password, lambda r, c: [(["key", "alias"], r.choice(["release", "upload", c["app"], "key0"]), True)], None),
]
KBY = {k.kid: k for k in KINDS}
PEMK = [("pem_rsa", pem_rsa), ("pem_rsa1", pem_rsa1), ("pem_ec", pem_ec), ("pem_p8", pem_p8)]


def gen_value(r, k, ctx):
    if k.kid == "sentry_org":
        return g_sentry_org(r, ctx["org"])
    if k.kid == "mapbox":
        return mapbox_tok(r, "sk.", ctx["org"].replace("-", ""))
    if k.kid == "supabase":
        return supa_jwt(r, "service_role", rs(r, 20, LO))
    return k.gen(r)


# ---------------------------------------------------------------- names
def style(tokens, st):
    t = [x.lower() for x in tokens]
    if st == "up":
        return "_".join(x.upper() for x in t)
    if st == "camel":
        return t[0] + "".join(x.capitalize() for x in t[1:])
    if st == "pascal":
        return "".join(x.capitalize() for x in t)
    if st == "snake":
        return "_".join(t)
    if st == "dot":
        return ".".join(t)
    if st == "kebab":
        return "-".join(t)
    raise ValueError(st)


class E:
    def __init__(self, tokens, val, st, raw=False, secret=False, comment=None):
        self.t = tokens
        self.env = style(tokens, "up")
        self.n = style(tokens, st)
        self.v = val
        self.raw = raw
        self.secret = secret
        self.c = comment


COMMENTS = ["TODO: move to vault before release", "prod key", "FIXME don't commit this", "temporary, rotate later",
            "ask @ops for the staging one", "used by the release build only", "clé de prod (ne pas partager)",
            "Produktionsschlüssel", "本番用", "生产环境密钥", "clave de producción", "chave de produção", "set by Jens",
            "hardcoded until CI secrets work again", "see JIRA-%d", "do not change without telling mobile team"]


def fillers(r, ctx, n):
    pool = [
        (["version"], ctx["ver"]), (["git", "commit"], sha40(r)), (["commit"], rs(r, 7, HEX)),
        (["build", "date"], iso(r)), (["build", "number"], str(r.randint(10, 9000))),
        (["environment"], r.choice(["production", "staging", "prod"])), (["enable", "analytics"], r.choice(["true", "false"])),
        (["log", "level"], r.choice(["info", "warn", "debug"])), (["api", "host"], "api." + ctx["domain"]),
        (["app", "name"], ctx["app"]), (["feature", "new", "checkout"], r.choice(["true", "false"])),
        (["min", "sdk"], str(r.randint(21, 26))), (["release", "channel"], r.choice(["stable", "beta", "nightly"])),
    ]
    r.shuffle(pool)
    return pool[:n]


def lookalikes(r, ctx):
    def pk_mapbox():
        return mapbox_tok(r, "pk.", ctx["org"].replace("-", ""))
    pool = [
        (["git", "sha"], sha40(r)), (["build", "sha256"], rs(r, 64, HEX)),
        (["base", "image", "digest"], "sha256:" + rs(r, 64, HEX)),
        (["source", "hash"], "sha256-" + base64.b64encode(rb(r, 32)).decode()),
        (["provisioning", "profile", "uuid"], uuid(r, True)), (["build", "id"], uuid(r)),
        (["development", "team"], rs(r, 10, UP + DG)),
        (["stripe", "publishable", "key"], g_stripe(r, "pk_live_")), (["mapbox", "public", "token"], pk_mapbox()),
        (["mapbox", "access", "token"], pk_mapbox()),
        (["sentry", "dsn"], "https://%s@o%d.ingest.sentry.io/%d" % (rs(r, 32, HEX), r.randint(100000, 4500000), r.randint(1000000, 4500000))),
        (["ga", "measurement", "id"], "G-" + rs(r, 10, UP + DG)), (["gtm", "id"], "GTM-" + rs(r, 7, UP + DG)),
        (["google", "client", "id"], "%s-%s.apps.googleusercontent.com" % (rs(r, 12, DG), rs(r, 32, LO + DG))),
        (["posthog", "key"], "phc_" + rs(r, 43, AN)), (["dd", "client", "token"], "pub" + rs(r, 32, HEX)),
        (["sparkle", "public", "ed", "key"], base64.b64encode(rb(r, 32)).decode()),
        (["license", "public", "key"], base64.b64encode(rb(r, 32)).decode()),
        (["updater", "pubkey"], tauri_pub(r)),
        (["cert", "thumbprint"], rs(r, 40, "0123456789ABCDEF")), (["gpg", "fingerprint"], rs(r, 40, "0123456789ABCDEF")),
        (["source", "date", "epoch"], str(r.randint(1690000000, 1730000000))),
        (["signing", "cert", "sha256"], ":".join(rs(r, 2, "0123456789ABCDEF") for _ in range(32))),
        (["default", "config", "b64"], base64.b64encode(json.dumps({"theme": r.choice(["dark", "light"]), "locale": r.choice(["en", "de", "fr"]), "retries": r.randint(1, 5)}).encode()).decode()),
        (["supabase", "anon", "key"], supa_jwt(r, "anon", rs(r, 20, LO))),
        (["expo", "project", "id"], uuid(r)), (["facebook", "app", "id"], rs(r, 15, DG)),
        (["app", "store", "id"], rs(r, 10, DG)), (["twilio", "account", "sid"], "AC" + rs(r, 32, HEX)),
        (["algolia", "app", "id"], rs(r, 10, UP + DG)), (["aws", "account", "id"], rs(r, 12, DG)),
        (["cloudfront", "distribution"], "E" + rs(r, 13, UP + DG)), (["proto", "checksum"], rs(r, 64, HEX)),
        (["bundle", "id"], ctx["bundle"]), (["git", "tag"], "v" + ctx["ver"]),
        (["sops", "ciphertext"], "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rb(r, r.randint(20, 40))).decode(), base64.b64encode(rb(r, 32)).decode(), base64.b64encode(rb(r, 16)).decode())),
        (["build", "fingerprint"], rs(r, 32, HEX)), (["artifact", "md5"], rs(r, 32, HEX)),
    ]
    r.shuffle(pool)
    return pool


# ---------------------------------------------------------------- templates
TEMPLATES = []


class T:
    def __init__(self, tid, ft, paths, st, render, ref=None, only=None, cls=("token", "password")):
        self.tid, self.ft, self.paths, self.st, self.render, self.ref, self.only, self.cls = tid, ft, paths, st, render, ref, only, cls


def tmpl(tid, ft, paths, st, ref=None, only=None, cls=("token", "password")):
    def deco(f):
        TEMPLATES.append(T(tid, ft, paths, st, f, ref, only, cls))
        return f
    return deco


def cm(e, mark="#"):
    return ("  %s %s" % (mark, e.c)) if e.c else ""


def cml(e, mark="#", ind=""):
    return ["%s%s %s" % (ind, mark, e.c)] if e.c else []


# --- Go ---------------------------------------------------------------------
@tmpl("go_makefile_ldflags", "Makefile", ["Makefile", "build/Makefile"], "camel", ref=lambda n: "$(%s)" % n)
def _(r, c, es):
    pkg = r.choice(["main", c["mod"] + "/internal/buildinfo", c["mod"] + "/pkg/config"])
    L = ["# %s build" % c["app"], "", "APP      := %s" % c["app"], "PKG      := %s" % pkg, "GOFLAGS  ?= -trimpath", ""]
    L.append("LDFLAGS := -s -w")
    for e in es:
        L += cml(e)
        L.append("LDFLAGS += -X '$(PKG).%s=%s'" % (e.n, e.v))
    L += ["", ".PHONY: build clean", "build:", "\tCGO_ENABLED=0 go build $(GOFLAGS) -ldflags \"$(LDFLAGS)\" -o bin/$(APP) ./cmd/$(APP)",
          "", "clean:", "\trm -rf bin/"]
    return L


@tmpl("goreleaser_ldflags", "goreleaser-yaml", [".goreleaser.yaml", ".goreleaser.yml"], "camel", ref=lambda n: "{{ .Env.%s }}" % n)
def _(r, c, es):
    L = ["# yaml-language-server: $schema=https://goreleaser.com/static/schema.json", "version: 2", "", "project_name: " + c["app"], "",
         "before:", "  hooks:", "    - go mod tidy", "", "builds:", "  - id: " + c["app"], "    main: ./cmd/" + c["app"], "    env:",
         "      - CGO_ENABLED=0", "    goos: [linux, darwin, windows]", "    goarch: [amd64, arm64]", "    ldflags:", "      - -s -w"]
    for e in es:
        L += cml(e, "#", "      ")
        L.append("      - -X main.%s=%s" % (e.n, e.v))
    L += ["", "archives:", "  - formats: [tar.gz]", "", "checksum:", "  name_template: 'checksums.txt'", "",
          "changelog:", "  sort: asc"]
    return L


@tmpl("goreleaser_env", "goreleaser-yaml", [".goreleaser.yaml"], "up", ref=lambda n: "{{ .Env.CI_%s }}" % n)
def _(r, c, es):
    L = ["version: 2", "project_name: " + c["app"], "", "env:"]
    for e in es:
        L += cml(e, "#", "  ")
        L.append("  - %s=%s" % (e.env, e.v))
    L += ["", "builds:", "  - main: ./cmd/" + c["app"], "    ldflags:"]
    for e in es:
        L.append("      - -X main.%s={{ .Env.%s }}" % (style(e.t, "camel"), e.env))
    L += ["    goos: [linux, darwin]", "", "release:", "  github:", "    owner: " + c["org"], "    name: " + c["app"]]
    return L


@tmpl("go_build_sh", "shell", ["scripts/build.sh", "build.sh", "hack/build.sh"], "pascal", ref=lambda n: "${%s}" % n)
def _(r, c, es):
    pkg = c["mod"] + "/internal/version"
    L = ["#!/usr/bin/env bash", "set -euo pipefail", "", 'cd "$(dirname "$0")/.."', "", 'OUT="${OUT:-dist}"', 'mkdir -p "$OUT"', ""]
    L.append('LDFLAGS="-s -w"')
    for e in es:
        L += cml(e)
        L.append('LDFLAGS+=" -X %s.%s=%s"' % (pkg, e.n, e.v))
    L += ["", "for os in linux darwin; do", "  for arch in amd64 arm64; do",
          '    GOOS=$os GOARCH=$arch go build -trimpath -ldflags "$LDFLAGS" -o "$OUT/%s-$os-$arch" ./cmd/%s' % (c["app"], c["app"]),
          "  done", "done", 'echo "built into $OUT"']
    return L


@tmpl("gha_go_ldflags", "github-actions", [".github/workflows/release.yml", ".github/workflows/build.yml"], "camel",
      ref=lambda n: "${{ secrets.%s }}" % n)
def _(r, c, es):
    flags = " ".join("-X main.%s=%s" % (e.n, e.v) for e in es)
    L = ["name: release", "", "on:", "  push:", "    tags: ['v*']", "", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:",
         "      - uses: actions/checkout@v4", "      - uses: actions/setup-go@v5", "        with:", "          go-version: '1.22'",
         "      - name: Build"]
    for e in es:
        L += cml(e, "#", "        ")
    L += ["        run: |", '          go build -ldflags "-s -w %s" -o bin/%s ./cmd/%s' % (flags, c["app"], c["app"]),
          "      - uses: actions/upload-artifact@v4", "        with:", "          name: " + c["app"], "          path: bin/"]
    return L


@tmpl("taskfile_go", "taskfile", ["Taskfile.yml", "Taskfile.yaml"], "up", ref=lambda n: "{{.%s}}" % n)
def _(r, c, es):
    L = ["version: '3'", "", "vars:"]
    for e in es:
        L += cml(e, "#", "  ")
        L.append("  %s: '%s'" % (e.env, e.v) if not e.raw else "  %s:\n    sh: echo $%s" % (e.env, e.env))
    fl = " ".join("-X main.%s={{.%s}}" % (style(e.t, "camel"), e.env) for e in es)
    L += ["", "tasks:", "  build:", "    desc: Build the binary", "    cmds:", '      - go build -ldflags "%s" -o bin/%s ./cmd/%s' % (fl, c["app"], c["app"]),
          "  test:", "    cmds:", "      - go test ./..."]
    return L


@tmpl("justfile", "justfile", ["justfile", "Justfile"], "snake", ref=lambda n: "`echo $%s`" % n)
def _(r, c, es):
    L = ["# just build / just release", "set shell := [\"bash\", \"-cu\"]", ""]
    for e in es:
        L += cml(e)
        L.append('%s := %s' % (e.n, e.v if e.raw else '"%s"' % e.v))
    fl = " ".join("-X main.%s={{%s}}" % (style(e.t, "camel"), e.n) for e in es)
    L += ["", "build:", '    go build -ldflags "-s -w %s" -o target/%s ./cmd/%s' % (fl, c["app"], c["app"]), "", "release: build",
          "    tar czf target/%s.tgz -C target %s" % (c["app"], c["app"])]
    return L


# --- C / C++ ------------------------------------------------------------------
@tmpl("c_makefile_D", "Makefile", ["Makefile", "src/Makefile", "firmware/Makefile"], "up", ref=lambda n: "$(%s)" % n)
def _(r, c, es):
    L = ["CC      ?= gcc", "CFLAGS  := -O2 -Wall -Wextra -std=c11", "LDLIBS  := -lcurl -lssl -lcrypto", ""]
    for e in es:
        L += cml(e)
        L.append('CFLAGS  += -D%s=\\"%s\\"' % (e.env, e.v))
    L += ["", "SRC := $(wildcard src/*.c)", "OBJ := $(SRC:.c=.o)", "", "%s: $(OBJ)" % c["app"], "\t$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)", "",
          ".PHONY: clean", "clean:", "\trm -f $(OBJ) %s" % c["app"]]
    return L


@tmpl("cmake_add_compile_definitions", "cmake", ["CMakeLists.txt"], "up", ref=lambda n: "$ENV{%s}" % n)
def _(r, c, es):
    L = ["cmake_minimum_required(VERSION 3.20)", "project(%s VERSION %s LANGUAGES CXX)" % (c["app"].replace("-", "_"), c["ver"]), "",
         "set(CMAKE_CXX_STANDARD 17)", "set(CMAKE_CXX_STANDARD_REQUIRED ON)", "", "find_package(CURL REQUIRED)", ""]
    L.append("add_compile_definitions(")
    for e in es:
        L += cml(e, "#", "  ")
        L.append('  %s="%s"' % (e.env, e.v))
    L.append(")")
    L += ["", "add_executable(%s src/main.cpp src/client.cpp)" % c["app"].replace("-", "_"),
          "target_link_libraries(%s PRIVATE CURL::libcurl)" % c["app"].replace("-", "_")]
    return L


@tmpl("cmake_target_compile_definitions", "cmake", ["CMakeLists.txt", "app/CMakeLists.txt"], "up", ref=lambda n: "${%s}" % n)
def _(r, c, es):
    t = c["app"].replace("-", "_")
    L = ["add_executable(%s" % t, "  src/main.cpp", "  src/api.cpp", "  src/telemetry.cpp", ")", "",
         "target_compile_definitions(%s PRIVATE" % t]
    for e in es:
        L += cml(e, "#", "  ")
        L.append('  %s="%s"' % (e.env, e.v))
    L += [")", "", "target_include_directories(%s PRIVATE include)" % t, "install(TARGETS %s RUNTIME DESTINATION bin)" % t]
    return L


@tmpl("cmake_secrets_module", "cmake", ["cmake/Secrets.cmake", "cmake/BuildConfig.cmake"], "up", ref=lambda n: "$ENV{%s}" % n)
def _(r, c, es):
    L = ["# Values baked into the binary at compile time", "include_guard(GLOBAL)", ""]
    for e in es:
        L += cml(e)
        L.append('set(%s "%s" CACHE STRING "")' % (e.env, e.v))
    L.append("")
    for e in es:
        L.append('add_definitions(-D%s="${%s}")' % (e.env, e.env))
    return L


@tmpl("meson_args", "meson", ["meson.build"], "up", ref=None)
def _(r, c, es):
    L = ["project('%s', 'c', version : '%s', default_options : ['warning_level=3'])" % (c["app"], c["ver"]), ""]
    for e in es:
        L += cml(e)
        L.append("add_project_arguments('-D%s=\"%s\"', language : 'c')" % (e.env, e.v))
    L += ["", "deps = [dependency('libcurl'), dependency('json-c')]", "executable('%s', 'src/main.c', dependencies : deps, install : true)" % c["app"]]
    return L


# --- Rust ---------------------------------------------------------------------
@tmpl("rust_build_rs", "rust", ["build.rs"], "up", ref="special")
def _(r, c, es):
    L = ["use std::process::Command;", "", "fn main() {", '    println!("cargo:rerun-if-changed=build.rs");']
    for e in es:
        L += cml(e, "//", "    ")
        if e.raw:
            L.append('    println!("cargo:rustc-env=%s={}", std::env::var("%s").unwrap_or_default());' % (e.env, e.env))
        else:
            L.append('    println!("cargo:rustc-env=%s=%s");' % (e.env, e.v))
    L += ['    let out = Command::new("git").args(["rev-parse", "--short", "HEAD"]).output().unwrap();',
          '    println!("cargo:rustc-env=GIT_HASH={}", String::from_utf8_lossy(&out.stdout).trim());', "}"]
    return L


@tmpl("cargo_config_env", "toml", [".cargo/config.toml"], "up", ref=None)
def _(r, c, es):
    L = ["[build]", 'rustflags = ["-C", "target-cpu=native"]', "", "[env]"]
    for e in es:
        L += cml(e)
        L.append('%s = "%s"' % (e.env, e.v))
    L += ["", "[alias]", 'xtask = "run --package xtask --"']
    return L


@tmpl("rust_option_env", "rust", ["src/config.rs", "src/build_config.rs"], "up", ref=None)
def _(r, c, es):
    L = ["//! Compile-time configuration (see build.rs / CI).", ""]
    for e in es:
        L += cml(e, "//")
        L.append('pub const %s: &str = match option_env!("%s") {' % (e.env, e.env))
        L.append("    Some(v) => v,")
        L.append('    None => "%s",' % e.v)
        L.append("};")
    L += ["", 'pub const GIT_HASH: &str = env!("GIT_HASH");']
    return L


# --- JS bundlers ----------------------------------------------------------------
@tmpl("webpack_defineplugin", "javascript", ["webpack.config.js", "webpack.prod.js", "config/webpack.prod.js"], "up",
      ref=lambda n: "JSON.stringify(process.env.%s)" % n)
def _(r, c, es):
    L = ["const path = require('path');", "const webpack = require('webpack');", "", "module.exports = {", "  mode: 'production',",
         "  entry: './src/index.js',", "  output: { path: path.resolve(__dirname, 'dist'), filename: '[name].[contenthash].js' },",
         "  plugins: [", "    new webpack.DefinePlugin({"]
    for e in es:
        L += cml(e, "//", "      ")
        L.append("      'process.env.%s': %s," % (e.env, e.v if e.raw else "JSON.stringify('%s')" % e.v))
    L += ["    }),", "  ],", "};"]
    return L


@tmpl("webpack_envplugin", "javascript", ["webpack.config.js", "webpack.common.js"], "up", ref=None)
def _(r, c, es):
    L = ["const webpack = require('webpack');", "const HtmlWebpackPlugin = require('html-webpack-plugin');", "", "module.exports = (env) => ({",
         "  entry: './src/main.ts',", "  resolve: { extensions: ['.ts', '.js'] },", "  plugins: [", "    new HtmlWebpackPlugin({ template: 'public/index.html' }),",
         "    // defaults used when the variable is not set in the environment", "    new webpack.EnvironmentPlugin({"]
    for e in es:
        L += cml(e, "//", "      ")
        L.append("      %s: '%s'," % (e.env, e.v))
    L += ["    }),", "  ],", "});"]
    return L


@tmpl("vite_define", "typescript", ["vite.config.ts", "vite.config.mts"], "up", ref=lambda n: "JSON.stringify(env.%s)" % n)
def _(r, c, es):
    L = ["import { defineConfig, loadEnv } from 'vite'", "import react from '@vitejs/plugin-react'", "",
         "export default defineConfig(({ mode }) => {", "  const env = loadEnv(mode, process.cwd(), '')", "  return {", "    plugins: [react()],",
         "    define: {"]
    for e in es:
        L += cml(e, "//", "      ")
        L.append("      __%s__: %s," % (e.env, e.v if e.raw else 'JSON.stringify("%s")' % e.v))
    L += ["    },", "    build: { sourcemap: true },", "  }", "})"]
    return L


@tmpl("astro_vite_define", "javascript", ["astro.config.mjs"], "up", ref=lambda n: "JSON.stringify(process.env.%s)" % n)
def _(r, c, es):
    L = ["import { defineConfig } from 'astro/config';", "import tailwind from '@astrojs/tailwind';", "", "export default defineConfig({",
         "  site: 'https://%s'," % c["domain"], "  integrations: [tailwind()],", "  vite: {", "    define: {"]
    for e in es:
        L += cml(e, "//", "      ")
        L.append("      'import.meta.env.%s': %s," % (e.env, e.v if e.raw else "JSON.stringify('%s')" % e.v))
    L += ["    },", "  },", "});"]
    return L


@tmpl("esbuild_script", "javascript", ["build.mjs", "scripts/build.mjs", "esbuild.config.mjs"], "up",
      ref=lambda n: "JSON.stringify(process.env.%s ?? '')" % n)
def _(r, c, es):
    L = ["import * as esbuild from 'esbuild';", "", "await esbuild.build({", "  entryPoints: ['src/index.ts'],", "  bundle: true,",
         "  minify: true,", "  platform: 'node',", "  outfile: 'dist/index.js',", "  define: {"]
    for e in es:
        L += cml(e, "//", "    ")
        L.append("    'process.env.%s': %s," % (e.env, e.v if e.raw else "'\"%s\"'" % e.v))
    L += ["  },", "});", "console.log('build ok');"]
    return L


@tmpl("package_json_esbuild", "json", ["package.json"], "up", ref=lambda n: "$%s" % n)
def _(r, c, es):
    defs = " ".join('--define:process.env.%s=\\"%s\\"' % (e.env, e.v) for e in es)
    d = {"name": c["app"], "version": c["ver"], "private": True, "type": "module",
         "scripts": {"dev": "node --watch src/index.ts", "build": "esbuild src/index.ts --bundle --minify --platform=node %s --outfile=dist/index.js" % defs,
                     "test": "vitest run"}, "devDependencies": {"esbuild": "^0.21.5", "vitest": "^1.6.0"}}
    return json.dumps(d, indent=2, ensure_ascii=False).split("\n")


@tmpl("package_json_sentry_cli", "json", ["package.json"], "up", only=["sentry_org", "sentry_user"], ref=lambda n: "$%s" % n)
def _(r, c, es):
    s = [e for e in es if e.secret or e.t[:2] == ["sentry", "auth"] or e.t == ["sentry", "token"]]
    tok = s[0].v if s else "$SENTRY_AUTH_TOKEN"
    d = {"name": c["app"], "version": c["ver"], "private": True,
         "scripts": {"build": "vite build --sourcemap", "postbuild": "sentry-cli sourcemaps inject ./dist && sentry-cli sourcemaps upload --auth-token %s --org %s --project %s ./dist" % (tok, c["org"], c["app"]),
                     "preview": "vite preview"},
         "devDependencies": {"@sentry/cli": "^2.32.1", "vite": "^5.2.0"}}
    return json.dumps(d, indent=2).split("\n")


@tmpl("rollup_replace", "javascript", ["rollup.config.js", "rollup.config.mjs"], "up", ref=lambda n: "JSON.stringify(process.env.%s)" % n)
def _(r, c, es):
    L = ["import replace from '@rollup/plugin-replace';", "import resolve from '@rollup/plugin-node-resolve';", "import terser from '@rollup/plugin-terser';", "",
         "export default {", "  input: 'src/main.js',", "  output: { file: 'dist/bundle.js', format: 'iife', sourcemap: true },", "  plugins: [",
         "    replace({", "      preventAssignment: true,"]
    for e in es:
        L += cml(e, "//", "      ")
        L.append("      __%s__: %s," % (e.env, e.v if e.raw else "JSON.stringify('%s')" % e.v))
    L += ["    }),", "    resolve(),", "    terser(),", "  ],", "};"]
    return L


@tmpl("next_config_env", "javascript", ["next.config.js", "next.config.mjs"], "up", ref=lambda n: "process.env.%s" % n)
def _(r, c, es):
    L = ["/** @type {import('next').NextConfig} */", "const nextConfig = {", "  reactStrictMode: true,", "  output: 'standalone',", "  env: {"]
    for e in es:
        L += cml(e, "//", "    ")
        L.append("    %s: %s," % (e.env, e.v if e.raw else "'%s'" % e.v))
    L += ["  },", "  images: { remotePatterns: [{ protocol: 'https', hostname: 'cdn.%s' }] }," % c["domain"], "};", "", "module.exports = nextConfig;"]
    return L


@tmpl("babel_transform_define", "javascript", ["babel.config.js"], "up", ref=lambda n: "process.env.%s" % n)
def _(r, c, es):
    L = ["module.exports = function (api) {", "  api.cache(true);", "  return {", "    presets: ['@babel/preset-env', '@babel/preset-react'],",
         "    plugins: [", "      ['transform-define', {"]
    for e in es:
        L += cml(e, "//", "        ")
        L.append("        'process.env.%s': %s," % (e.env, e.v if e.raw else "'%s'" % e.v))
    L += ["      }],", "    ],", "  };", "};"]
    return L


@tmpl("nuxt_runtime_config", "typescript", ["nuxt.config.ts"], "camel", ref=lambda n: "process.env.NUXT_%s" % n)
def _(r, c, es):
    L = ["// https://nuxt.com/docs/api/configuration/nuxt-config", "export default defineNuxtConfig({", "  devtools: { enabled: false },", "  runtimeConfig: {"]
    for e in es:
        L += cml(e, "//", "    ")
        L.append("    %s: %s," % (e.n, e.v if e.raw else "'%s'" % e.v))
    L += ["    public: {", "      siteUrl: 'https://%s'," % c["domain"], "    },", "  },", "})"]
    return L


@tmpl("angular_environment", "typescript", ["src/environments/environment.prod.ts", "src/environments/environment.ts"], "camel", ref=None)
def _(r, c, es):
    L = ["// This file is swapped in by fileReplacements in angular.json for production builds.", "export const environment = {", "  production: true,"]
    for e in es:
        L += cml(e, "//", "  ")
        L.append("  %s: '%s'," % (e.n, e.v))
    L += ["};"]
    return L


@tmpl("tsup_env", "typescript", ["tsup.config.ts"], "up", ref=lambda n: "process.env.%s ?? ''" % n)
def _(r, c, es):
    L = ["import { defineConfig } from 'tsup'", "", "export default defineConfig({", "  entry: ['src/cli.ts'],", "  format: ['cjs', 'esm'],",
         "  clean: true,", "  env: {"]
    for e in es:
        L += cml(e, "//", "    ")
        L.append("    %s: %s," % (e.env, e.v if e.raw else "'%s'" % e.v))
    L += ["  },", "})"]
    return L


@tmpl("vercel_json_build_env", "json", ["vercel.json"], "up", ref=lambda n: "@%s" % n.lower().replace("_", "-"))
def _(r, c, es):
    d = {"$schema": "https://openapi.vercel.sh/vercel.json", "framework": "nextjs", "build": {"env": {e.env: e.v for e in es}},
         "regions": ["fra1"]}
    return json.dumps(d, indent=2).split("\n")


@tmpl("netlify_toml", "toml", ["netlify.toml"], "up", ref=None)
def _(r, c, es):
    L = ["[build]", '  command = "npm run build"', '  publish = "dist"', "", "[build.environment]", '  NODE_VERSION = "20"']
    for e in es:
        L += cml(e, "#", "  ")
        L.append('  %s = "%s"' % (e.env, e.v))
    L += ["", "[[redirects]]", '  from = "/*"', '  to = "/index.html"', "  status = 200"]
    return L


# --- Android / JVM --------------------------------------------------------------
@tmpl("gradle_buildconfigfield", "gradle", ["app/build.gradle"], "up", ref="special")
def _(r, c, es):
    L = ["plugins {", "    id 'com.android.application'", "    id 'org.jetbrains.kotlin.android'", "}", "", "android {",
         "    namespace '%s'" % c["bundle"], "    compileSdk 34", "", "    defaultConfig {", "        applicationId \"%s\"" % c["bundle"],
         "        minSdk 24", "        targetSdk 34", "        versionName \"%s\"" % c["ver"], "    }", "", "    buildFeatures { buildConfig true }", "",
         "    buildTypes {", "        release {", "            minifyEnabled true"]
    for e in es:
        L += cml(e, "//", "            ")
        if e.raw:
            L.append('            buildConfigField "String", "%s", "\\"${System.getenv(\'%s\') ?: \'\'}\\""' % (e.env, e.env))
        else:
            L.append('            buildConfigField "String", "%s", "\\"%s\\""' % (e.env, e.v))
    L += ["        }", "    }", "}"]
    return L


@tmpl("gradle_kts_buildconfigfield", "gradle-kts", ["app/build.gradle.kts"], "up", ref="special")
def _(r, c, es):
    L = ["plugins {", '    id("com.android.application")', '    kotlin("android")', "}", "", "android {", '    namespace = "%s"' % c["bundle"],
         "    compileSdk = 34", "    defaultConfig {", '        applicationId = "%s"' % c["bundle"], "        minSdk = 24", '        versionName = "%s"' % c["ver"]]
    for e in es:
        L += cml(e, "//", "        ")
        if e.raw:
            L.append('        buildConfigField("String", "%s", "\\"${System.getenv("%s") ?: ""}\\"")' % (e.env, e.env))
        else:
            L.append('        buildConfigField("String", "%s", "\\"%s\\"")' % (e.env, e.v))
    L += ["    }", "    buildFeatures { buildConfig = true }", "}"]
    return L


@tmpl("gradle_resvalue", "gradle", ["app/build.gradle"], "snake", ref="special")
def _(r, c, es):
    L = ["android {", "    defaultConfig {", "        applicationId \"%s\"" % c["bundle"], "        versionCode %d" % r.randint(10, 900)]
    for e in es:
        L += cml(e, "//", "        ")
        if e.raw:
            L.append('        resValue "string", "%s", project.findProperty("%s") ?: ""' % (e.n, e.env))
        else:
            L.append('        resValue "string", "%s", "%s"' % (e.n, e.v))
    L += ["    }", "}", "", "dependencies {", "    implementation 'com.google.android.gms:play-services-maps:18.2.0'", "}"]
    return L


@tmpl("gradle_manifest_placeholders", "gradle", ["app/build.gradle"], "camel", ref="special")
def _(r, c, es):
    L = ["android {", "    defaultConfig {", "        applicationId \"%s\"" % c["bundle"], "        manifestPlaceholders = ["]
    for i, e in enumerate(es):
        L += cml(e, "//", "            ")
        v = 'System.getenv("%s") ?: ""' % e.env if e.raw else '"%s"' % e.v
        L.append("            %s: %s%s" % (e.n, v, "," if i < len(es) - 1 else ""))
    L += ["        ]", "    }", "}"]
    return L


@tmpl("gradle_signing", "gradle", ["app/build.gradle"], "camel", ref="special", cls=("password",), only=["keystore"])
def _(r, c, es):
    L = ["android {", "    signingConfigs {", "        release {", "            storeFile file('../keystore/release.jks')"]
    for e in es:
        if e.secret:
            prop = "keyPassword" if e.t[0] in ("key", "signing") else "storePassword"
        elif e.t == ["key", "alias"]:
            prop = "keyAlias"
        else:
            continue
        L += cml(e, "//", "            ")
        if e.raw:
            L.append("            %s System.getenv('%s')" % (prop, e.env))
        else:
            L.append("            %s '%s'" % (prop, e.v))
    L += ["        }", "    }", "    buildTypes {", "        release {", "            signingConfig signingConfigs.release", "            minifyEnabled true",
          "        }", "    }", "}"]
    return L


@tmpl("gradle_properties", "properties", ["gradle.properties", "android/gradle.properties"], "up", ref=None)
def _(r, c, es):
    L = ["org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8", "android.useAndroidX=true", "kotlin.code.style=official", "",
         "# read by app/build.gradle -> buildConfigField"]
    for e in es:
        L += cml(e)
        L.append("%s=%s" % (e.env, e.v))
    return L


@tmpl("buildkonfig_kmp", "gradle-kts", ["shared/build.gradle.kts"], "up", ref="special")
def _(r, c, es):
    L = ["import com.codingfeline.buildkonfig.compiler.FieldSpec.Type.STRING", "", "plugins {", '    kotlin("multiplatform")',
         '    id("com.codingfeline.buildkonfig")', "}", "", "buildkonfig {", '    packageName = "%s.shared"' % c["bundle"], "    defaultConfigs {"]
    for e in es:
        L += cml(e, "//", "        ")
        if e.raw:
            L.append('        buildConfigField(STRING, "%s", System.getenv("%s") ?: "")' % (e.env, e.env))
        else:
            L.append('        buildConfigField(STRING, "%s", "%s")' % (e.env, e.v))
    L += ["    }", "}"]
    return L


@tmpl("sbt_buildinfo", "sbt", ["build.sbt"], "camel", ref="special")
def _(r, c, es):
    L = ['ThisBuild / scalaVersion := "3.3.3"', 'ThisBuild / version := "%s"' % c["ver"], "", "lazy val root = (project in file(\".\"))",
         "  .enablePlugins(BuildInfoPlugin)", "  .settings(", '    name := "%s",' % c["app"], "    buildInfoKeys := Seq[BuildInfoKey](", "      name, version,"]
    for e in es:
        L += cml(e, "//", "      ")
        v = 'sys.env.getOrElse("%s", "")' % e.env if e.raw else '"%s"' % e.v
        L.append('      "%s" -> %s,' % (e.n, v))
    L += ["    ),", '    buildInfoPackage := "%s"' % c["bundle"], "  )"]
    return L


@tmpl("maven_pom_filtering", "xml", ["pom.xml"], "dot", ref=lambda n: "${env.%s}" % n)
def _(r, c, es):
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<project xmlns="http://maven.apache.org/POM/4.0.0">', "  <modelVersion>4.0.0</modelVersion>",
         "  <groupId>%s</groupId>" % c["bundle"].rsplit(".", 1)[0], "  <artifactId>%s</artifactId>" % c["app"], "  <version>%s</version>" % c["ver"], "",
         "  <properties>", "    <java.version>17</java.version>"]
    for e in es:
        if e.c:
            L.append("    <!-- %s -->" % e.c)
        L.append("    <%s>%s</%s>" % (e.n, e.v, e.n))
    L += ["  </properties>", "", "  <build>", "    <resources>", "      <resource>", "        <directory>src/main/resources</directory>",
          "        <filtering>true</filtering>", "      </resource>", "    </resources>", "  </build>", "</project>"]
    return L


@tmpl("maven_filter_properties", "properties", ["src/main/filters/prod.properties", "filters/release.properties"], "dot", ref=lambda n: "${env.%s}" % n)
def _(r, c, es):
    L = ["# Maven resource filtering values for -Pprod", "# application.properties uses ${...} placeholders replaced at build time"]
    for e in es:
        L += cml(e)
        L.append("%s=%s" % (e.n, e.v))
    return L


# --- Apple ---------------------------------------------------------------------
@tmpl("xcconfig", "xcconfig", ["Config/Release.xcconfig", "Configs/Prod.xcconfig", "Supporting Files/Secrets.xcconfig"], "up",
      ref=lambda n: "$(CI_%s)" % n)
def _(r, c, es):
    L = ["// Release configuration", '#include "Base.xcconfig"', "", "PRODUCT_BUNDLE_IDENTIFIER = %s" % c["bundle"],
         "MARKETING_VERSION = %s" % c["ver"], "SWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE", ""]
    for e in es:
        L += cml(e, "//")
        L.append("%s = %s" % (e.env, e.v.replace("//", "/$()/")))
    return L


@tmpl("pbxproj_buildsettings", "pbxproj", ["App.xcodeproj/project.pbxproj"], "up", ref=lambda n: "$(%s)" % n)
def _(r, c, es):
    oid = rs(r, 24, "0123456789ABCDEF")
    L = ["/* Begin XCBuildConfiguration section */", "\t\t%s /* Release */ = {" % oid, "\t\t\tisa = XCBuildConfiguration;",
         "\t\t\tbuildSettings = {", "\t\t\t\tASSETCATALOG_COMPILER_APPICON_NAME = AppIcon;", "\t\t\t\tCODE_SIGN_STYLE = Automatic;",
         "\t\t\t\tGCC_PREPROCESSOR_DEFINITIONS = ("]
    for e in es:
        L.append('\t\t\t\t\t"%s=\\\\\\"%s\\\\\\"",' % (e.env, e.v))
    L += ['\t\t\t\t\t"$(inherited)",', "\t\t\t\t);", "\t\t\t\tINFOPLIST_FILE = App/Info.plist;",
          "\t\t\t\tPRODUCT_BUNDLE_IDENTIFIER = %s;" % c["bundle"], "\t\t\t\tSWIFT_VERSION = 5.0;", "\t\t\t};", "\t\t\tname = Release;", "\t\t};",
          "/* End XCBuildConfiguration section */"]
    return L


@tmpl("xcode_plistbuddy_script", "shell", ["scripts/xcode/inject-keys.sh", "BuildPhases/inject_secrets.sh"], "pascal", ref=lambda n: "${%s}" % n)
def _(r, c, es):
    L = ["#!/bin/sh", "# Run Script build phase: writes keys into the built Info.plist", "set -e",
         'PLIST="${TARGET_BUILD_DIR}/${INFOPLIST_PATH}"', ""]
    for e in es:
        L += cml(e)
        L.append('/usr/libexec/PlistBuddy -c "Set :%s %s" "$PLIST" || /usr/libexec/PlistBuddy -c "Add :%s string %s" "$PLIST"' % (e.n, e.v, e.n, e.v))
    L += ['echo "Injected build keys into $PLIST"']
    return L


@tmpl("swift_generated_secrets", "swift", ["Sources/App/Generated/Secrets.swift", "App/Generated/BuildSecrets.swift"], "camel", ref=None)
def _(r, c, es):
    L = ["// Generated by scripts/gen-secrets.sh at build time. Do not edit.", "// swiftlint:disable all", "", "enum BuildSecrets {"]
    for e in es:
        L += cml(e, "//", "    ")
        L.append('    static let %s = "%s"' % (e.n, e.v))
    L += ["}"]
    return L


@tmpl("fastlane_xcargs", "ruby", ["fastlane/Fastfile"], "up", ref=lambda n: '#{ENV["%s"]}' % n)
def _(r, c, es):
    xc = " ".join("%s=%s" % (e.env, e.v) for e in es)
    L = ["default_platform(:ios)", "", "platform :ios do", '  desc "Build and upload to TestFlight"', "  lane :beta do",
         "    increment_build_number(xcodeproj: \"App.xcodeproj\")", "    build_app(", '      scheme: "App",', '      export_method: "app-store",',
         '      xcargs: "%s"' % xc, "    )", "    upload_to_testflight(skip_waiting_for_build_processing: true)", "  end", "end"]
    return L


@tmpl("fastlane_gradle_signing", "ruby", ["fastlane/Fastfile"], "camel", ref="special", cls=("password",), only=["keystore"])
def _(r, c, es):
    L = ["platform :android do", '  lane :release do', "    gradle(", '      task: "bundle",', '      build_type: "Release",', "      properties: {",
         '        "android.injected.signing.store.file" => "keystore/upload.jks",']
    for e in es:
        if e.secret:
            key = "key.password" if e.t[0] in ("key", "signing") else "store.password"
        elif e.t == ["key", "alias"]:
            key = "key.alias"
        else:
            continue
        v = 'ENV["%s"]' % e.env if e.raw else '"%s"' % e.v
        L.append('        "android.injected.signing.%s" => %s,' % (key, v))
    L += ["      }", "    )", '    upload_to_play_store(track: "internal")', "  end", "end"]
    return L


# --- Flutter --------------------------------------------------------------------
@tmpl("gha_flutter_dart_define", "github-actions", [".github/workflows/flutter.yml", ".github/workflows/android.yml"], "up",
      ref=lambda n: "${{ secrets.%s }}" % n)
def _(r, c, es):
    d = " ".join("--dart-define=%s=%s" % (e.env, e.v) for e in es)
    L = ["name: Flutter build", "on:", "  push:", "    branches: [main]", "jobs:", "  android:", "    runs-on: ubuntu-latest", "    steps:",
         "      - uses: actions/checkout@v4", "      - uses: subosito/flutter-action@v2", "        with:", "          channel: stable",
         "      - run: flutter pub get", "      - name: Build APK", "        run: flutter build apk --release %s" % d]
    return L


@tmpl("dart_define_json", "json", ["config/prod.json", "dart_defines/production.json", "env/release.json"], "up", ref=None)
def _(r, c, es):
    return json.dumps({e.env: e.v for e in es}, indent=2, ensure_ascii=False).split("\n")


@tmpl("vscode_launch_dart_define", "json", [".vscode/launch.json"], "up", ref=None)
def _(r, c, es):
    args = []
    for e in es:
        args += ["--dart-define", "%s=%s" % (e.env, e.v)]
    d = {"version": "0.2.0", "configurations": [{"name": "%s (release)" % c["app"], "request": "launch", "type": "dart", "flutterMode": "release",
                                                  "args": args}]}
    return json.dumps(d, indent=2).split("\n")


@tmpl("makefile_flutter", "Makefile", ["Makefile"], "up", ref=lambda n: "$(%s)" % n)
def _(r, c, es):
    L = ["FLUTTER ?= flutter", ""]
    for e in es:
        L += cml(e)
        L.append("%s ?= %s" % (e.env, e.v))
    d = " ".join("--dart-define=%s=$(%s)" % (e.env, e.env) for e in es)
    L += ["", "DEFINES := %s" % d, "", ".PHONY: ipa apk", "ipa:", "\t$(FLUTTER) build ipa --release $(DEFINES)", "apk:",
          "\t$(FLUTTER) build appbundle --release $(DEFINES)"]
    return L


# --- .NET -----------------------------------------------------------------------
@tmpl("directory_build_props", "msbuild", ["Directory.Build.props", "build/Common.props"], "pascal", ref=lambda n: "$(%s)" % n)
def _(r, c, es):
    L = ["<Project>", "  <PropertyGroup>", "    <LangVersion>latest</LangVersion>", "    <Nullable>enable</Nullable>"]
    for e in es:
        if e.c:
            L.append("    <!-- %s -->" % e.c)
        L.append("    <%s>%s</%s>" % (e.n, e.v, e.n))
    L += ["  </PropertyGroup>", "  <ItemGroup>"]
    for e in es:
        L.append('    <AssemblyMetadata Include="%s" Value="$(%s)" />' % (e.n, e.n))
    L += ["  </ItemGroup>", "</Project>"]
    return L


@tmpl("csproj_assembly_attribute", "msbuild", ["src/App/App.csproj"], "pascal", ref=lambda n: "$(%s)" % n)
def _(r, c, es):
    L = ['<Project Sdk="Microsoft.NET.Sdk">', "  <PropertyGroup>", "    <OutputType>Exe</OutputType>", "    <TargetFramework>net8.0</TargetFramework>",
         "    <Version>%s</Version>" % c["ver"], "  </PropertyGroup>", "  <ItemGroup>"]
    for e in es:
        L += ['    <AssemblyAttribute Include="System.Reflection.AssemblyMetadataAttribute">', "      <_Parameter1>%s</_Parameter1>" % e.n,
              "      <_Parameter2>%s</_Parameter2>" % e.v, "    </AssemblyAttribute>"]
    L += ["  </ItemGroup>", "</Project>"]
    return L


@tmpl("msbuild_targets", "msbuild", ["build/Secrets.targets", "App.targets"], "pascal", ref=lambda n: "$(%s)" % n)
def _(r, c, es):
    L = ["<Project>", "  <PropertyGroup>"]
    for e in es:
        L.append("    <%s Condition=\"'$(%s)' == ''\">%s</%s>" % (e.n, e.n, e.v, e.n))
    L += ["  </PropertyGroup>", '  <Target Name="GenerateBuildConstants" BeforeTargets="CoreCompile">', "    <WriteLinesToFile",
          '      File="$(IntermediateOutputPath)BuildConstants.g.cs"', "      Overwrite=\"true\"",
          '      Lines="internal static class BuildConstants { %s }" />' % " ".join("public const string %s = &quot;$(%s)&quot;%%3B" % (e.n, e.n) for e in es),
          '    <ItemGroup><Compile Include="$(IntermediateOutputPath)BuildConstants.g.cs" /></ItemGroup>', "  </Target>", "</Project>"]
    return L


@tmpl("azure_pipelines_msbuild_p", "azure-pipelines", ["azure-pipelines.yml", ".azure/pipelines/build.yml"], "pascal", ref=lambda n: "$(%s)" % n)
def _(r, c, es):
    p = " ".join("/p:%s=%s" % (e.n, e.v) for e in es)
    L = ["trigger:", "  - main", "", "pool:", "  vmImage: windows-latest", "", "variables:", "  buildConfiguration: Release", "", "steps:",
         "  - task: UseDotNet@2", "    inputs:", "      version: 8.x", "  - script: dotnet publish src/App/App.csproj -c $(buildConfiguration) %s -o $(Build.ArtifactStagingDirectory)" % p,
         "    displayName: publish", "  - publish: $(Build.ArtifactStagingDirectory)", "    artifact: drop"]
    return L


@tmpl("azure_pipelines_vars", "azure-pipelines", ["azure-pipelines.yml"], "up", ref=lambda n: "$(%s)" % n)
def _(r, c, es):
    L = ["trigger:", "  branches:", "    include: [main, release/*]", "", "variables:"]
    for e in es:
        L += cml(e, "#", "  ")
        L.append("  %s: '%s'" % (e.env, e.v))
    L += ["", "steps:", "  - script: npm ci && npm run build", "    displayName: Build web bundle", "    env:"]
    for e in es:
        L.append("      %s: $(%s)" % (e.env, e.env))
    return L


@tmpl("build_ps1", "powershell", ["build.ps1", "scripts/Build.ps1"], "pascal", ref=lambda n: "$env:%s" % n)
def _(r, c, es):
    L = ["param([string]$Configuration = 'Release')", "$ErrorActionPreference = 'Stop'", ""]
    args = []
    for e in es:
        L += cml(e)
        L.append("$%s = %s" % (e.n, e.v if e.raw else "'%s'" % e.v))
        args.append("/p:%s=$%s" % (e.n, e.n))
    L += ["", "dotnet build ./src/App.sln -c $Configuration %s" % " ".join(args), "if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }"]
    return L


# --- Bazel ----------------------------------------------------------------------
@tmpl("bazelrc_define", "bazelrc", [".bazelrc"], "up", ref="special")
def _(r, c, es):
    L = ["common --enable_bzlmod", "build --incompatible_strict_action_env", "build:release -c opt --stamp",
         "build:release --workspace_status_command=tools/workspace_status.sh"]
    for e in es:
        L += cml(e)
        if e.raw:
            L.append("build:release --action_env=%s" % e.env)
        else:
            L.append("build:release --%s=%s=%s" % (r.choice(["define", "action_env"]), e.env, e.v))
    L += ["test --test_output=errors", "try-import %workspace%/user.bazelrc"]
    return L


@tmpl("bazel_go_x_defs", "bazel", ["cmd/%s/BUILD.bazel", "BUILD.bazel"], "camel", ref=lambda n: "{STABLE_%s}" % n)
def _(r, c, es):
    L = ['load("@rules_go//go:def.bzl", "go_binary")', "", "go_binary(", '    name = "%s",' % c["app"], '    srcs = ["main.go"],',
         '    deps = ["//internal/server"],', "    x_defs = {"]
    for e in es:
        L += cml(e, "#", "        ")
        L.append('        "main.%s": "%s",' % (e.n, e.v))
    L += ["    },", ")"]
    return L


@tmpl("bazel_cc_defines", "bazel", ["src/BUILD.bazel", "BUILD"], "up", ref=None)
def _(r, c, es):
    L = ['load("@rules_cc//cc:defs.bzl", "cc_binary")', "", "cc_binary(", '    name = "%s",' % c["app"].replace("-", "_"), '    srcs = glob(["*.cc"]),',
         "    local_defines = ["]
    for e in es:
        L += cml(e, "#", "        ")
        L.append('        "%s=\\\\\\"%s\\\\\\"",' % (e.env, e.v))
    L += ["    ],", '    deps = ["@curl"],', ")"]
    return L


# --- Docker ---------------------------------------------------------------------
@tmpl("dockerfile_arg_npmrc", "dockerfile", ["Dockerfile", "docker/web.Dockerfile"], "up", only=["npm", "ghp", "ghpat", "glpat"], ref="special")
def _(r, c, es):
    L = ["# syntax=docker/dockerfile:1", "FROM node:20-alpine AS build", "WORKDIR /app"]
    for e in es:
        L += cml(e)
        L.append("ARG %s" % e.env if e.raw else "ARG %s=%s" % (e.env, e.v))
    tok = es[0].env
    for e in es:
        if e.secret:
            tok = e.env
    reg = "//registry.npmjs.org/" if es and es[0].v.startswith("npm_") else "//npm.pkg.github.com/"
    L += ["COPY package.json package-lock.json ./", 'RUN echo "%s:_authToken=${%s}" > .npmrc && npm ci && rm -f .npmrc' % (reg, tok),
          "COPY . .", "RUN npm run build", "", "FROM nginx:1.27-alpine", "COPY --from=build /app/dist /usr/share/nginx/html"]
    return L


@tmpl("dockerfile_arg_build", "dockerfile", ["Dockerfile", "frontend/Dockerfile"], "up", ref="special")
def _(r, c, es):
    L = ["FROM node:20-slim AS builder", "WORKDIR /src", "COPY package*.json ./", "RUN npm ci", "COPY . .", ""]
    for e in es:
        L += cml(e)
        L.append("ARG %s" % e.env if e.raw else "ARG %s=%s" % (e.env, e.v))
        L.append("ENV %s=${%s}" % (e.env, e.env))
    L += ["RUN npm run build", "", "FROM gcr.io/distroless/nodejs20-debian12", "COPY --from=builder /src/.next/standalone /app", "WORKDIR /app",
          'CMD ["server.js"]']
    return L


@tmpl("compose_build_args", "docker-compose", ["docker-compose.yml", "compose.yaml", "docker-compose.build.yml"], "up", ref=lambda n: "${%s}" % n)
def _(r, c, es):
    L = ["services:", "  web:", "    build:", "      context: .", "      dockerfile: Dockerfile", "      args:"]
    for e in es:
        L += cml(e, "#", "        ")
        L.append("        %s: %s" % (e.env, e.v if e.raw else ('"%s"' % e.v if r.random() < 0.5 else e.v)))
    L += ["    image: ghcr.io/%s/%s:latest" % (c["org"], c["app"]), "    ports:", '      - "3000:3000"']
    return L


@tmpl("docker_bake_hcl", "hcl", ["docker-bake.hcl"], "up", ref=lambda n: "${%s}" % n)
def _(r, c, es):
    L = ['variable "TAG" {', '  default = "latest"', "}", "", 'group "default" {', '  targets = ["app"]', "}", "", 'target "app" {',
         '  context    = "."', '  dockerfile = "Dockerfile"', '  tags       = ["ghcr.io/%s/%s:${TAG}"]' % (c["org"], c["app"]), "  args = {"]
    for e in es:
        L += cml(e, "#", "    ")
        L.append('    %s = "%s"' % (e.env, e.v))
    L += ["  }", "}"]
    return L


@tmpl("docker_build_sh", "shell", ["scripts/docker-build.sh", "ci/build-image.sh"], "up", ref=lambda n: '"$%s"' % n)
def _(r, c, es):
    L = ["#!/usr/bin/env bash", "set -eu", 'TAG="${1:-$(git rev-parse --short HEAD)}"', ""]
    args = " \\\n  ".join("--build-arg %s=%s" % (e.env, e.v) for e in es)
    L += ["docker build \\", "  %s \\" % args, "  -t ghcr.io/%s/%s:\"$TAG\" ." % (c["org"], c["app"]), "",
          "docker push ghcr.io/%s/%s:\"$TAG\"" % (c["org"], c["app"])]
    return "\n".join(L).split("\n")


@tmpl("earthfile", "earthfile", ["Earthfile"], "up", ref=None)
def _(r, c, es):
    L = ["VERSION 0.8", "FROM golang:1.22-alpine", "WORKDIR /src", "", "build:"]
    for e in es:
        L += cml(e, "#", "    ")
        L.append("    ARG %s=%s" % (e.env, e.v))
    fl = " ".join("-X main.%s=$%s" % (style(e.t, "camel"), e.env) for e in es)
    L += ["    COPY . .", '    RUN go build -ldflags "%s" -o out/%s ./cmd/%s' % (fl, c["app"], c["app"]), "    SAVE ARTIFACT out/%s AS LOCAL build/%s" % (c["app"], c["app"])]
    return L


# --- CI -------------------------------------------------------------------------
@tmpl("gha_job_env", "github-actions", [".github/workflows/ci.yml", ".github/workflows/deploy.yml", ".github/workflows/web.yml"], "up",
      ref=lambda n: "${{ secrets.%s }}" % n)
def _(r, c, es):
    L = ["name: CI", "", "on:", "  push:", "    branches: [ main ]", "  pull_request:", "", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    env:"]
    for e in es:
        L += cml(e, "#", "      ")
        L.append("      %s: %s" % (e.env, e.v))
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-node@v4", "        with:", "          node-version: 20",
          "          cache: npm", "      - run: npm ci", "      - run: npm run build", "      - run: npm test -- --ci"]
    return L


@tmpl("gitlab_ci_vars", "gitlab-ci", [".gitlab-ci.yml"], "up", ref=lambda n: "$CI_%s" % n)
def _(r, c, es):
    L = ["stages:", "  - build", "  - release", "", "variables:", '  DOCKER_DRIVER: overlay2']
    for e in es:
        L += cml(e, "#", "  ")
        L.append('  %s: "%s"' % (e.env, e.v))
    L += ["", "build:", "  stage: build", "  image: golang:1.22", "  script:",
          '    - go build -ldflags "%s" -o %s ./cmd/%s' % (" ".join("-X main.%s=$%s" % (style(e.t, "camel"), e.env) for e in es), c["app"], c["app"]),
          "  artifacts:", "    paths: [%s]" % c["app"]]
    return L


@tmpl("jenkinsfile_env", "jenkinsfile", ["Jenkinsfile", "ci/Jenkinsfile"], "up", ref=lambda n: "credentials('%s')" % n.lower().replace("_", "-"))
def _(r, c, es):
    L = ["pipeline {", "    agent { label 'linux' }", "    environment {"]
    for e in es:
        L += cml(e, "//", "        ")
        L.append("        %s = %s" % (e.env, e.v if e.raw else "'%s'" % e.v))
    L += ["    }", "    stages {", "        stage('Build') {", "            steps {", "                sh './gradlew assembleRelease'", "            }", "        }",
          "        stage('Archive') {", "            steps { archiveArtifacts artifacts: 'app/build/outputs/**/*.apk' }", "        }", "    }", "}"]
    return L


@tmpl("bitbucket_pipelines", "bitbucket-pipelines", ["bitbucket-pipelines.yml"], "up", ref=lambda n: "$%s" % n)
def _(r, c, es):
    L = ["image: node:20", "", "pipelines:", "  branches:", "    main:", "      - step:", "          name: Build", "          caches: [node]", "          script:"]
    for e in es:
        L += cml(e, "#", "            ")
        L.append("            - export %s=%s" % (e.env, e.v))
    L += ["            - npm ci", "            - npm run build", "          artifacts:", "            - dist/**"]
    return L


@tmpl("circleci_env", "circleci", [".circleci/config.yml"], "up", ref=lambda n: "${%s}" % n)
def _(r, c, es):
    L = ["version: 2.1", "", "jobs:", "  build:", "    docker:", "      - image: cimg/node:20.11", "    environment:"]
    for e in es:
        L += cml(e, "#", "      ")
        L.append("      %s: %s" % (e.env, e.v))
    L += ["    steps:", "      - checkout", "      - run: npm ci", "      - run: npm run build", "", "workflows:", "  main:", "    jobs: [build]"]
    return L


@tmpl("cloudbuild_substitutions", "cloudbuild", ["cloudbuild.yaml"], "up", ref=lambda n: "$$%s" % n)
def _(r, c, es):
    L = ["steps:", "  - name: gcr.io/cloud-builders/docker", "    args:", "      - build"]
    for e in es:
        L += ["      - --build-arg", "      - %s=${_%s}" % (e.env, e.env)]
    L += ["      - -t", "      - europe-docker.pkg.dev/$PROJECT_ID/%s/web:$SHORT_SHA" % c["app"], "      - .", "substitutions:"]
    for e in es:
        L += cml(e, "#", "  ")
        L.append("  _%s: '%s'" % (e.env, e.v))
    L += ["images:", "  - europe-docker.pkg.dev/$PROJECT_ID/%s/web:$SHORT_SHA" % c["app"]]
    return L


@tmpl("makefile_export_build", "Makefile", ["Makefile"], "up", ref=lambda n: "$(shell cat .secrets/%s)" % n.lower())
def _(r, c, es):
    L = ["SHELL := /bin/bash", ""]
    for e in es:
        L += cml(e)
        L.append("export %s ?= %s" % (e.env, e.v))
    L += ["", ".PHONY: build deploy", "build:", "\tnpm ci", "\tnpm run build", "", "deploy: build", "\taws s3 sync dist/ s3://%s-web --delete" % c["app"]]
    return L


# --- Nix ------------------------------------------------------------------------
@tmpl("nix_buildgomodule", "nix", ["flake.nix", "default.nix", "nix/package.nix"], "camel", ref=lambda n: '${builtins.getEnv "%s"}' % n)
def _(r, c, es):
    L = ["{ lib, buildGoModule }:", "", "buildGoModule rec {", '  pname = "%s";' % c["app"], '  version = "%s";' % c["ver"], "  src = ./.;",
         '  vendorHash = "sha256-%s";' % base64.b64encode(rb(r, 32)).decode(), "", "  ldflags = ["]
    for e in es:
        L += cml(e, "#", "    ")
        L.append('    "-X main.%s=%s"' % (e.n, e.v))
    L += ["  ];", "", "  meta.mainProgram = pname;", "}"]
    return L


@tmpl("nix_mkderivation_env", "nix", ["default.nix", "nix/web.nix"], "up", ref="special")
def _(r, c, es):
    L = ["{ stdenv, nodejs_20 }:", "", "stdenv.mkDerivation {", '  pname = "%s-web";' % c["app"], '  version = "%s";' % c["ver"], "  src = ../.;",
         "  nativeBuildInputs = [ nodejs_20 ];", ""]
    for e in es:
        L += cml(e, "#", "  ")
        L.append('  %s = %s;' % (e.env, 'builtins.getEnv "%s"' % e.env if e.raw else '"%s"' % e.v))
    L += ["", "  buildPhase = ''", "    npm ci --offline", "    npm run build", "  '';", "  installPhase = ''", "    cp -r dist $out", "  '';", "}"]
    return L


# --- Game engines ---------------------------------------------------------------
@tmpl("unity_build_script", "csharp", ["Assets/Editor/BuildScript.cs", "Assets/Editor/CIBuild.cs"], "pascal", ref="special")
def _(r, c, es):
    L = ["using System.IO;", "using UnityEditor;", "using UnityEngine;", "", "public static class BuildScript", "{"]
    for e in es:
        L += cml(e, "//", "    ")
        v = 'System.Environment.GetEnvironmentVariable("%s") ?? ""' % e.env if e.raw else '"%s"' % e.v
        L.append("    private static readonly string %s = %s;" % (e.n, v))
    L += ["", '    [MenuItem("Build/Android Release")]', "    public static void BuildAndroid()", "    {",
          '        var json = JsonUtility.ToJson(new BuildKeys { %s });' % ", ".join("%s = %s" % (e.n, e.n) for e in es),
          '        File.WriteAllText("Assets/Resources/buildkeys.json", json);', "        AssetDatabase.Refresh();",
          '        BuildPipeline.BuildPlayer(EditorBuildSettings.scenes, "Builds/%s.aab", BuildTarget.Android, BuildOptions.None);' % c["app"], "    }",
          "", "    [System.Serializable]", "    private class BuildKeys { %s }" % " ".join("public string %s;" % e.n for e in es), "}"]
    return L


@tmpl("unreal_build_cs", "csharp", ["Source/Game/Game.Build.cs"], "up", ref="special")
def _(r, c, es):
    L = ["using UnrealBuildTool;", "", "public class Game : ModuleRules", "{", "    public Game(ReadOnlyTargetRules Target) : base(Target)", "    {",
         "        PCHUsage = PCHUsageMode.UseExplicitOrSharedPCHs;",
         '        PublicDependencyModuleNames.AddRange(new string[] { "Core", "CoreUObject", "Engine", "HTTP", "Json" });', ""]
    for e in es:
        L += cml(e, "//", "        ")
        if e.raw:
            L.append('        PublicDefinitions.Add("%s=\\"" + System.Environment.GetEnvironmentVariable("%s") + "\\"");' % (e.env, e.env))
        else:
            L.append('        PublicDefinitions.Add("%s=\\"%s\\"");' % (e.env, e.v))
    L += ["    }", "}"]
    return L


@tmpl("gha_unity_builder", "github-actions", [".github/workflows/unity.yml"], "up", only=["unity"], ref=lambda n: "${{ secrets.%s }}" % n)
def _(r, c, es):
    L = ["name: Unity build", "on: [push]", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
         "        with: { lfs: true }", "      - uses: game-ci/unity-builder@v4", "        env:"]
    for e in es:
        L.append("          %s: %s" % (e.env, e.v))
    L += ["        with:", "          targetPlatform: Android", "          androidExportType: androidAppBundle"]
    return L


# --- PEM templates ----------------------------------------------------------------
PEM_TEMPLATES = []


def ptmpl(tid, ft, paths):
    def deco(f):
        PEM_TEMPLATES.append(T(tid, ft, paths, "up", f, None, None, ("pem",)))
        return f
    return deco


@ptmpl("firebase_service_account_json", "json", ["android/app/firebase-service-account.json", "ci/firebase-adminsdk.json", "fastlane/service-account.json"])
def _(r, c, pem, mode):
    pid = c["app"].replace("-", "") + "-" + rs(r, 5, LO + DG)
    if mode == "pos":
        label, lines = pem
        pk = "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, "\n".join(lines), label)
    else:
        pk = r.choice(["", "<paste the private key from the Firebase console>", "REDACTED", "${FIREBASE_PRIVATE_KEY}"])
    d = {"type": "service_account", "project_id": pid, "private_key_id": rs(r, 40, HEX), "private_key": pk,
         "client_email": "firebase-adminsdk-%s@%s.iam.gserviceaccount.com" % (rs(r, 5, LO + DG), pid), "client_id": rs(r, 21, DG),
         "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
         "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
         "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-%s%%40%s.iam.gserviceaccount.com" % (rs(r, 5, LO + DG), pid),
         "universe_domain": "googleapis.com"}
    return json.dumps(d, indent=2).split("\n")


@ptmpl("gha_write_signing_key", "github-actions", [".github/workflows/sign.yml", ".github/workflows/release.yml"])
def _(r, c, pem, mode):
    L = ["name: signed release", "on:", "  release:", "    types: [published]", "jobs:", "  sign:", "    runs-on: ubuntu-latest", "    steps:",
         "      - uses: actions/checkout@v4", "      - name: Write signing key"]
    if mode == "pos" or mode == "negpub":
        label, lines = pem
        L += ["        run: |", "          cat > %s <<'EOF'" % ("signing.pem" if mode == "pos" else "release-verify.pem")]
        L += ["          " + x for x in pem_text(label, lines).split("\n")]
        L += ["          EOF"]
    else:
        L += ["        run: echo \"${{ secrets.SIGNING_KEY }}\" > signing.pem"]
    if mode == "negpub":
        L += ["      - run: openssl dgst -sha256 -verify release-verify.pem -signature dist/%s.sig dist/%s.tar.gz" % (c["app"], c["app"])]
    else:
        L += ["      - run: openssl dgst -sha256 -sign signing.pem -out dist/%s.sig dist/%s.tar.gz" % (c["app"], c["app"]), "      - run: rm -f signing.pem"]
    return L


@ptmpl("fastlane_asc_api_key", "ruby", ["fastlane/Fastfile"])
def _(r, c, pem, mode):
    L = ["platform :ios do", "  lane :release do", "    api_key = app_store_connect_api_key(", '      key_id: "%s",' % rs(r, 10, UP + DG),
         '      issuer_id: "%s",' % uuid(r)]
    if mode == "pos":
        label, lines = pem
        L.append('      key_content: "-----BEGIN %s-----\\n%s\\n-----END %s-----",' % (label, "\\n".join(lines), label))
    else:
        L.append('      key_content: ENV["ASC_KEY_CONTENT"],')
    L += ["      in_house: false", "    )", '    build_app(scheme: "App")', "    upload_to_testflight(api_key: api_key)", "  end", "end"]
    return L


@ptmpl("cmake_embed_key", "cmake", ["cmake/EmbedKeys.cmake"])
def _(r, c, pem, mode):
    label, lines = pem
    L = ["# Generates license_key.h with the key baked into the binary", 'set(_key [=[', pem_text(label, lines), ']=])',
         'string(REPLACE "\\n" "\\\\n" _key_escaped "${_key}")',
         'file(WRITE ${CMAKE_BINARY_DIR}/generated/license_key.h "#pragma once\\nstatic const char %s[] = \\"${_key_escaped}\\";\\n")'
         % ("LICENSE_SIGNING_KEY" if mode == "pos" else "LICENSE_VERIFY_KEY")]
    return "\n".join(L).split("\n")


# ---------------------------------------------------------------- negative placeholders
PLACEHOLDERS = ["<your-api-key>", "YOUR_API_KEY", "xxxxxxxxxxxxxxxxxxxxxxxx", "changeme", "TODO", "replace-me", "<REPLACE_ME>",
                "dein-api-schluessel", "votre_cle_api", "tu-clave-aqui", "sua_chave_aqui", "ここにキーを入力", "在此填写密钥", "insert-key-here",
                "your-secret-here", "dummy", "set-in-ci", "<insert token>", "CHANGE_ME", "PLACEHOLDER", "__SECRET__", "fill-me-in"]
MASKS = ["****", "********", "[REDACTED]", "<redacted>", "***REMOVED***", "[hidden]"]


def neg_slot(r, k, tp, ctx, env):
    """Return (value, raw, tokens_override) for a non-secret in the secret slot."""
    modes = ["ph", "ph", "empty", "mask"]
    if tp.ref is not None:
        modes += ["ref", "ref", "ref"]
    if k.example:
        modes += ["ex", "ex"]
    if k.public:
        modes += ["pub", "pub"]
    if k.ph:
        modes += ["pph"]
    m = r.choice(modes)
    if m == "ph":
        return r.choice(PLACEHOLDERS), False, None
    if m == "empty":
        return "", False, None
    if m == "mask":
        return r.choice(MASKS), False, None
    if m == "ex":
        return r.choice(k.example), False, None
    if m == "pub":
        t, v = k.public(r, ctx)
        return v, False, t
    if m == "pph":
        return k.ph + "x" * r.choice([16, 24, 32]), False, None
    if tp.ref == "special":
        return "", True, None
    return tp.ref(env), True, None


# ---------------------------------------------------------------- build
def pick_path(r, tp, ctx):
    p = r.choice(tp.paths)
    if "%s" in p:
        p = p % ctx["app"]
    return p


CI_T = {"gha_job_env", "gitlab_ci_vars", "jenkinsfile_env", "bitbucket_pipelines", "circleci_env", "azure_pipelines_vars",
        "makefile_export_build"}
WHERE = {"keystore": CI_T | {"gradle_signing", "fastlane_gradle_signing", "gradle_properties", "makefile_flutter"},
         "tauri": CI_T, "unity": CI_T | {"gha_unity_builder"}, "pypi": CI_T, "firebase_ci": CI_T | {"makefile_flutter"}}


KW = {"aws": 3, "gcp": 2.5, "stripe_sk": 3, "openai": 3, "anthropic": 2, "ghp": 2, "ghpat": 1.5, "password": 3, "hmac": 3,
      "keystore": 4, "sendgrid": 1.5, "slack": 1.5, "gocspx": 1.5, "tauri": 2, "pypi": 2, "firebase_ci": 2, "unity": 2,
      "sentry_org": 0.6, "sentry_user": 0.4, "groq": 0.6, "doppler": 0.6, "linear": 0.6, "postman": 0.6, "shopify": 0.8}


def compat(tp, k):
    if k.cls not in tp.cls:
        return False
    if k.kid in WHERE and tp.tid not in WHERE[k.kid]:
        return False
    if tp.only is not None and k.kid not in tp.only:
        return False
    return True


def mk_entries(r, tp, k, ctx, secret_val, mode, nfill):
    st = tp.st
    toks = r.choice(k.names)
    es = []
    comps = k.comps(r, ctx) if k.comps else []
    raw = False
    if mode == "pos":
        sv = secret_val
    else:
        sv, raw, tover = neg_slot(r, k, tp, ctx, style(toks, "up"))
        if tover:
            toks = tover
        comps = [x for x in comps if x[2]]  # drop non-public companions
    cmt = None
    if r.random() < 0.25:
        cmt = r.choice(COMMENTS)
        if "%d" in cmt:
            cmt = cmt % r.randint(100, 4999)
    if raw and tp.ref not in (None, "special"):
        sv = tp.ref(style(toks, "up"))
    se = E(toks, sv, st, raw=raw, secret=True, comment=cmt)
    group = [E(t, v, st) for (t, v, _p) in comps]
    if r.random() < 0.5:
        group = group + [se]
    else:
        group = [se] + group
    fl = [E(t, v, st) for (t, v) in fillers(r, ctx, nfill)]
    pos = r.randint(0, len(fl))
    return fl[:pos] + group + fl[pos:]


def lines_to_text(L):
    return "\n".join(L).rstrip("\n") + "\n"


def find_line(text, needle):
    for i, ln in enumerate(text.split("\n")):
        if needle in ln:
            return i + 1
    raise AssertionError("needle not found")


def main():
    if len(sys.argv) != 3:
        print("usage: gen_lx.py OUTDIR SEED", file=sys.stderr)
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets_out = [], []
    used = set()
    files = []  # (relfile, text)

    # ---------------- positives
    NP = 500
    n_pem = 40
    gen_t = list(TEMPLATES)
    order = []
    while len(order) < NP - n_pem:
        b = list(gen_t)
        r.shuffle(b)
        order += b
    order = order[:NP - n_pem]
    slots = [("gen", t) for t in order] + [("pem", None)] * n_pem
    r.shuffle(slots)
    for i, (kind, tp) in enumerate(slots):
        ctx = mkctx(r)
        while True:
            if kind == "pem":
                tp = r.choice(PEM_TEMPLATES)
                pk_id, pf = r.choice(PEMK)
                if tp.tid == "fastlane_asc_api_key":
                    pk_id, pf = "pem_p8", pem_p8
                if tp.tid == "firebase_service_account_json":
                    pk_id, pf = "pem_rsa", pem_rsa
                pem = pf(r)
                needle = pem[1][0]
                L = tp.render(r, ctx, pem, "pos")
                prov, kd = ("google", "service_account_private_key") if tp.tid.startswith("firebase") else (
                    ("apple", "app_store_connect_p8") if pk_id == "pem_p8" else ("generic", "private_key_" + pk_id[4:]))
            else:
                ks = [k for k in KINDS if compat(tp, k)]
                k = r.choices(ks, weights=[KW.get(x.kid, 1.0) for x in ks])[0]
                needle = gen_value(r, k, ctx)
                es = mk_entries(r, tp, k, ctx, needle, "pos", r.randint(0, 3))
                L = tp.render(r, ctx, es)
                prov, kd = k.provider, k.kind
            text = lines_to_text(L)
            if needle in used or needle not in text:
                continue
            break
        used.add(needle)
        rel = "pos/p%04d/%s" % (i, pick_path(r, tp, ctx))
        files.append((rel, text))
        manifest.append({"file": rel, "label": "pos", "provider": prov, "kind": kd, "filetype": tp.ft, "template": tp.tid})
        secrets_out.append({"file": rel, "needle": needle, "line": find_line(text, needle)})

    # ---------------- negatives
    NN = 500
    negs = []
    half = NN // 2
    order = []
    while len(order) < half:
        b = list(TEMPLATES) + PEM_TEMPLATES[:3]
        r.shuffle(b)
        order += b
    for tp in order[:half]:
        negs.append(("reuse", tp))
    order = []
    while len(order) < NN - half:
        b = list(TEMPLATES) + ["pemlook"] * 6 + ["firebase_web"] * 2
        r.shuffle(b)
        order += b
    for tp in order[:NN - half]:
        negs.append(("look", tp))
    r.shuffle(negs)
    for i, (mode, tp) in enumerate(negs):
        ctx = mkctx(r)
        if mode == "reuse":
            if tp in PEM_TEMPLATES:
                L = tp.render(r, ctx, None, "neg")
                prov, kd = "google" if tp.tid.startswith("firebase") else "apple", "private_key_reference"
            else:
                ks = [k for k in KINDS if compat(tp, k)]
                k = r.choice(ks)
                es = mk_entries(r, tp, k, ctx, None, "neg", r.randint(0, 3))
                L = tp.render(r, ctx, es)
                prov, kd = k.provider, "non_secret_" + k.kind
            tid = tp.tid
        else:
            if tp == "pemlook":
                tp = r.choice([PEM_TEMPLATES[1], PEM_TEMPLATES[3]])
                pem = r.choice([pem_pub, pem_cert])(r)
                L = tp.render(r, ctx, pem, "negpub")
                prov, kd = "generic", pem[0].lower().replace(" ", "_")
            elif tp == "firebase_web":
                tp = [t for t in TEMPLATES if t.tid in ("vite_define", "next_config_env", "webpack_defineplugin", "angular_environment")][r.randint(0, 3)]
                pid = ctx["app"].replace("-", "") + "-" + rs(r, 5, LO + DG)
                fw = [(["firebase", "api", "key"], g_gcp(r)), (["firebase", "auth", "domain"], pid + ".firebaseapp.com"),
                      (["firebase", "project", "id"], pid), (["firebase", "storage", "bucket"], pid + ".appspot.com"),
                      (["firebase", "messaging", "sender", "id"], rs(r, 12, DG)),
                      (["firebase", "app", "id"], "1:%s:web:%s" % (rs(r, 12, DG), rs(r, 22, HEX)))]
                L = tp.render(r, ctx, [E(t, v, tp.st) for t, v in fw])
                prov, kd = "google", "firebase_web_config"
            else:
                lk = lookalikes(r, ctx)[:r.randint(1, 3)]
                es = [E(t, v, tp.st) for t, v in lk] + [E(t, v, tp.st) for t, v in fillers(r, ctx, r.randint(1, 3))]
                r.shuffle(es)
                if tp.cls == ("password",):
                    es = [E(["key", "alias"], "upload", tp.st), E(["store", "password"], "", tp.st, raw=True, secret=True)] + es[:1]
                L = tp.render(r, ctx, es)
                prov, kd = "none", "lookalike_" + "_".join(lk[0][0])
            tid = tp.tid + "__lookalike"
        text = lines_to_text(L)
        rel = "neg/n%04d/%s" % (i, pick_path(r, tp, ctx))
        files.append((rel, text))
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kd, "filetype": tp.ft, "template": tid})

    # ---------------- checks + write
    needles = [s["needle"] for s in secrets_out]
    assert len(set(needles)) == NP
    texts = dict(files)
    for s in secrets_out:
        ln = texts[s["file"]].split("\n")[s["line"] - 1]
        assert s["needle"] in ln, s
    for rel, text in files:
        if rel.startswith("neg/"):
            base = os.path.basename(rel)
            assert not (base == ".env" or base.startswith(".env.")) or base in (".env.example", ".env.sample")
            for nd in needles:
                assert nd not in text, (rel, nd)
    for rel, text in files:
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets_out:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
