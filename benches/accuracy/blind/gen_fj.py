#!/usr/bin/env python3
"""gen_fj.py - blind evaluation set: mobile monetization, ads and attribution SDKs.

EMPHASIS
    Mobile app monetization, ad mediation and attribution SDKs and their back-ends:
    AdMob (app / ad unit ids are public), AppLovin MAX (SDK key, report key, ad review key),
    ironSource / Unity LevelPlay (secret key, refresh token, bearer JWT, Basic auth),
    Unity Ads (Monetization Stats API key, service-account Basic auth), AppsFlyer (dev key,
    API V2 token), Adjust (API token, SDK signature app secret), Branch (secret_live_ secret;
    key_live_ is public), Singular (SDK secret, reporting API key), Kochava (reporting API key),
    RevenueCat (sk_ secret keys vs appl_/goog_/amzn_ public SDK keys), OneSignal (os_v2_app_ /
    os_v2_org_ keys and legacy REST keys), Firebase (legacy FCM server keys, admin-SDK service
    accounts), App Store Connect (.p8 EC private keys, app-specific shared secrets) and
    Google Play Developer API service accounts.
    File types: Kotlin, Java, Swift, Objective-C, Unity C#, Dart, React Native JS/TS, Go, PHP,
    Ruby (fastlane), Python and Node reporting scripts, gradle(.kts), gradle.properties,
    local.properties, AndroidManifest.xml, Info.plist, xcconfig, google-services.json,
    GoogleService-Info.plist, JSON / YAML / TOML / INI / properties configs, GitHub Actions
    workflows, Kubernetes manifests, Helm values, Terraform, Dockerfile, shell, SQL, CSV
    revenue exports, logs, Markdown, .p8 PEM files, lock files.

USAGE
    python3 gen_fj.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl (one line
    per file: file, label, provider, kind, filetype) and OUTDIR/secrets.jsonl (one line per
    positive: file, needle, line).  All randomness comes from one random.Random(SEED);
    the output is byte-identical for a given SEED.

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, without surrounding quotes.
    * Prefixed tokens keep their prefix (sk_..., secret_live_..., os_v2_app_..., AAAA...:APA91b...).
    * Headers: only the credential, not "Authorization:", "Bearer ", "Basic ", "Key ", "Token ",
      "key=".  For Basic auth the needle is the base64 blob (base64 of user:secret or
      keyId:secret) as written.
    * URLs: only the value of the query parameter (api_key=..., apikey=...), not the URL.
    * Key pairs (ironSource secret key + refresh token, Branch key + secret, Singular
      SDK key + secret): only the secret half is hard-coded in a positive; the other half
      is either public (key_live_, SDK key) or read from the environment.
    * Adjust SDK signature app secret (secretId + info1..info4): the needle is the text from
      the first info value to the end of the last info value, e.g.
      "1618742315L, 709323645L, 1254683490L, 2134823421L" or "info1: ..., info4: 1234".
    * Multi-line PEM keys (.p8 files, heredocs, YAML block scalars): the needle is the first
      base64 line of the key body (the line after -----BEGIN PRIVATE KEY-----).
    * PEM keys inside one JSON/Ruby string with literal \\n escapes (service-account JSON
      "private_key", fastlane key_content): the needle is the whole string value as written
      (from -----BEGIN to the final \\n), which is on one line.
    * line is the 1-based line of the needle's first occurrence; the program asserts it.

NEGATIVES
    250 re-use the positive templates with the secret slot holding something that is not a
    secret: placeholders (<your-key>, YOUR_..._HERE, changeme, xxxx, 0000, TODO), empty values,
    masked values (****, sk_****, [REDACTED]), environment / secret-manager references
    (${VAR}, $(VAR), os.environ[...], process.env.X, BuildConfig.X, ENV["X"],
    ${{ secrets.X }}, op://, vault:, projects/../secrets/..), template expressions
    ({{ .Values.x }}, ((x)), %{x}), providers' documented example values (ironSource docs
    secretkey/refreshToken examples, Branch guide key/secret examples, AdMob sample ids,
    AppLovin «your-SDK-key») and values documented as public put in the slot (RevenueCat
    appl_/goog_ public SDK keys, Branch key_live_, OneSignal App ID).
    250 are domain look-alikes with no credential at all: AdMob app / ad unit ids
    (ca-app-pub-...~... and .../...), app-ads.txt, SKAdNetwork ids, Branch key_live_/key_test_,
    RevenueCat public keys, OneSignal app / player ids, google-services.json and
    GoogleService-Info.plist (Firebase API keys are documented as not secret),
    SHA-1/SHA-256 signing fingerprints, assetlinks.json, SSL pins, public certificates,
    Play billing RSA public keys, Apple JWKS public keys, IDFA/GAID, AdMob test-device
    hashes, Adjust app/event tokens and adids, AppsFlyer ids, ironSource app keys, Unity game
    ids, Kochava app GUIDs, receipt data (base64 PKCS#7), StoreKit / Play transaction and order
    ids, signed App Store notifications (JWS), RTDN Pub/Sub payloads, FCM device tokens,
    lock-file hashes (Podfile.lock, package-lock.json, pubspec.lock, Package.resolved,
    gradle verification-metadata), image digests, dSYM UUIDs, commit SHAs, IAB TCF consent
    strings, HMAC signatures in logs, CSV revenue exports.  No negative is written to a
    file named .env / .env.<stage> (.env.example and .env.sample are used).

FORMATS CHECKED (search tool, corpora docs / pages / code)
    * AppLovin: docs list SDK key, Report key (= API key of the Reporting API, query
      parameter api_key of r.applovin.com/maxReport), Management, Event and Ad Review keys;
      SDK key in AndroidManifest meta-data applovin.sdk.key / Info.plist AppLovinSdkKey.
      Google's AppLovin mediation adapter checks kALSDKKeyLength = 86; observed keys use
      [A-Za-z0-9_-].  Report key assumed the same shape (86 chars).
    * ironSource / LevelPlay: docs (developers.is.com, docs.unity.com) - GET
      platform.ironsrc.com/partners/publisher/auth with headers secretkey and refreshToken;
      the example bearer JWT decodes to {"secretKey": 32 hex, "refreshToken": 32 hex,
      "expirationTime": ...} with header {"typ":"JWT","alg":"HS256"}; standard reporting
      auth is Basic base64(username:secretkey).  App key (public) is short hex.
    * Unity Ads Monetization Stats API: docs - apikey=<token> query parameter or
      "Authorization: Token <token>", GET monetization.api.unity.com/stats/v1/operate/
      organizations/<organizationId>.
    * AppsFlyer: dev key 22 alphanumerics (sample code); API V2 token is a JWE
      "eyJhbGciOiJBMjU2S1ciLCJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwidHlwIjoiSldUIiwiemlwIjoiREVGIn0"
      + 4 more base64url parts, sent as "Authorization: Bearer" to hq1.appsflyer.com.
    * Adjust: setAppSecret(secretId, info1, info2, info3, info4) - five integers (docs /
      Stack Overflow answer quoting docs); API token is a per-user token sent as Bearer
      (dev.adjust.com authentication pages).  App token (12 chars) is public.
    * Branch: Branch key key_live_ + 32 alphanumerics (public, used by SDKs); Branch secret
      secret_live_ + 32 alphanumerics (server side, api2.branch.io/v1/url).
    * Singular: SingularConfig(apiKey: "<company>_<8 hex>", andSecret: <32 hex>) in sample code.
    * RevenueCat docs: secret keys prefixed sk_, public SDK keys per store; observed public
      keys appl_/goog_ + 27 alphanumerics; observed secret keys sk_ + 29 alphanumerics.
    * OneSignal docs: App ID is a public UUID v4; App API key sent as "Authorization: Key ..."
      (legacy: "Basic <REST API key>").  Observed v2 keys: os_v2_app_ + 103 lowercase base32
      chars, which is base32(16-byte app id + 48 bytes); org keys os_v2_org_.  Legacy REST
      keys were 48-char base64 of a UUID string.
    * Firebase: legacy FCM "Authorization: key=<server key>"; observed server keys AAAA + 7
      base64url chars + ":" + APA91b... (140 chars after the colon).  Service account JSON
      from Firebase console / Google Cloud.
    * Apple: App Store Connect API uses .p8 EC (P-256, ES256) private keys, a 10-char key ID
      and an issuer ID (UUID).  App-specific shared secret: "a 32 character hexadecimal
      string" (App Store Connect Help).  The .p8 keys here are real P-256 key pairs computed
      from a random scalar (PKCS#8 with the public key), so they parse.
    * AdMob: app ids ca-app-pub-<16 digits>~<10 digits>, ad unit ids ca-app-pub-<16>/<10>;
      Google's sample ids (ca-app-pub-3940256099942544...) used as documented examples.

DOUBTS
    * AppLovin report key: length/alphabet assumed equal to the SDK key (86, [A-Za-z0-9_-]).
    * Unity Monetization Stats API key: generated as 64 lowercase hex - not confirmed.
      Unity service-account secret: generated as 32 alphanumerics - not confirmed.
    * Adjust API token: generated as 20 alphanumerics - not confirmed.  Adjust info values
      generated as 9-10 digit integers - range not confirmed.
    * Singular reporting API key: generated as 32 lowercase hex - not confirmed.
    * Kochava reporting API key: generated as an upper-case UUID - not confirmed.
    * RevenueCat secret-key body length (29) and OneSignal v2 body length (103) come from
      code seen in public repositories, not from the providers' docs.
    * AppsFlyer V2 token: the JWE header is confirmed from many public files; the length of
      the ciphertext part is a guess (varied 180-420 chars).
    * FCM server key: structure taken from public code, Google docs do not show one.
    * Google service-account private keys are PKCS#8 DER of random (not mathematically
      consistent) RSA-2048 integers: they parse as ASN.1 but are not usable keys.
    * The Branch secret example (secret_live_2wjY...) comes from a Branch integration guide
      mirrored on GitHub, treated as a documented example.
    * No scanner rule code was read; no search result turned out to be a scanner's rules.
"""
import base64
import hashlib
import hmac
import json
import os
import random
import string
import sys
import textwrap

R = random.Random(0)  # replaced in main()

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = string.ascii_letters + string.digits
B64URL = ALNUM + "-_"
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"


# ---------------------------------------------------------------- small helpers
def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def hexs(n, upper=False):
    return rs(HEXU if upper else HEXL, n)


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def uuid4(upper=False):
    b = bytearray(rbytes(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def digits(n, first_nonzero=True):
    s = rs(DIG, n)
    if first_nonzero and s[0] == "0":
        s = pick("123456789") + s[1:]
    return s


def D(s):
    """dedent a template literal"""
    return textwrap.dedent(s).lstrip("\n")


def T(s, c=None, **kw):
    """substitute ⟦name⟧ tokens from the context c and keyword arguments"""
    d = {}
    if c is not None:
        d.update(c.__dict__)
    d.update(kw)
    out = []
    i = 0
    while True:
        j = s.find("⟦", i)
        if j < 0:
            out.append(s[i:])
            break
        k = s.find("⟧", j)
        name = s[j + 1:k]
        out.append(s[i:j])
        out.append(str(d[name]))
        i = k + 1
    return "".join(out)


def wrap64(s, n=64):
    return [s[i:i + n] for i in range(0, len(s), n)]


# ---------------------------------------------------------------- DER / keys
def der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, content):
    return bytes([tag]) + der_len(len(content)) + content


def der_int(v):
    if v == 0:
        return der(0x02, b"\x00")
    b = v.to_bytes((v.bit_length() + 7) // 8, "big")
    if b[0] & 0x80:
        b = b"\x00" + b
    return der(0x02, b)


def der_oid(dotted):
    parts = [int(x) for x in dotted.split(".")]
    out = bytearray([parts[0] * 40 + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7F))
            p >>= 7
        out.extend(reversed(enc))
    return der(0x06, bytes(out))


def der_seq(*items):
    return der(0x30, b"".join(items))


# NIST P-256
_P = 2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1
_A = _P - 3
_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
      0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)


def _ec_add(p1, p2):
    if p1 is None:
        return p2
    if p2 is None:
        return p1
    x1, y1 = p1
    x2, y2 = p2
    if x1 == x2 and (y1 + y2) % _P == 0:
        return None
    if p1 == p2:
        lam = (3 * x1 * x1 + _A) * pow(2 * y1, -1, _P) % _P
    else:
        lam = (y2 - y1) * pow(x2 - x1, -1, _P) % _P
    x3 = (lam * lam - x1 - x2) % _P
    return (x3, (lam * (x1 - x3) - y1) % _P)


def _ec_mul(k, pt):
    acc = None
    while k:
        if k & 1:
            acc = _ec_add(acc, pt)
        pt = _ec_add(pt, pt)
        k >>= 1
    return acc


def p8_key_b64():
    """PKCS#8 P-256 private key (with public key) as one base64 string (200 chars)"""
    d = R.randrange(1, _N)
    x, y = _ec_mul(d, _G)
    pub = b"\x00\x04" + x.to_bytes(32, "big") + y.to_bytes(32, "big")
    ec = der_seq(der_int(1), der(0x04, d.to_bytes(32, "big")),
                 der(0xA0, der_oid("1.2.840.10045.3.1.7")), der(0xA1, der(0x03, pub)))
    alg = der_seq(der_oid("1.2.840.10045.2.1"), der_oid("1.2.840.10045.3.1.7"))
    return b64(der_seq(der_int(0), alg, der(0x04, ec)))


def _rint(bits):
    return R.getrandbits(bits) | (1 << (bits - 1)) | 1


def rsa_pkcs8_b64():
    """PKCS#8 RSA-2048-shaped private key (random integers) as base64"""
    n = _rint(2048)
    rsa = der_seq(der_int(0), der_int(n), der_int(65537), der_int(R.getrandbits(2047) | 1),
                  der_int(_rint(1024)), der_int(_rint(1024)), der_int(_rint(1023)),
                  der_int(_rint(1023)), der_int(_rint(1023)))
    alg = der_seq(der_oid("1.2.840.113549.1.1.1"), der(0x05, b""))
    return b64(der_seq(der_int(0), alg, der(0x04, rsa)))


def pem_lines(body_b64, label="PRIVATE KEY"):
    return ["-----BEGIN %s-----" % label] + wrap64(body_b64) + ["-----END %s-----" % label]


def pem_escaped(body_b64, label="PRIVATE KEY"):
    """PEM as one JSON-style string with literal \\n escapes"""
    return "\\n".join(pem_lines(body_b64, label)) + "\\n"


def rsa_pub_b64():
    """SubjectPublicKeyInfo RSA-2048 public key (random modulus) base64 (MIIBIjAN...)"""
    rsa = der_seq(der_int(_rint(2048)), der_int(65537))
    alg = der_seq(der_oid("1.2.840.113549.1.1.1"), der(0x05, b""))
    return b64(der_seq(alg, der(0x03, b"\x00" + rsa)))


# ---------------------------------------------------------------- secret generators
def g_applovin_key():
    return rs(B64URL, 86)


def g_hex32():
    return hexs(32)


def g_is_bearer():
    hdr = b64u(b'{"typ":"JWT","alg":"HS256"}')
    pl = json.dumps({"secretKey": hexs(32), "refreshToken": hexs(32),
                     "expirationTime": 1735000000 + R.randrange(60000000)},
                    separators=(",", ":")).encode()
    si = hdr + "." + b64u(pl)
    sig = hmac.new(rbytes(32), si.encode(), hashlib.sha256).digest()
    return si + "." + b64u(sig)


def g_unity_stats():
    return hexs(64)


def g_af_dev():
    return rs(ALNUM, 22)


AF_JWE_HDR = b64u(b'{"alg":"A256KW","cty":"JWT","enc":"A256GCM","typ":"JWT","zip":"DEF"}')


def g_af_v2():
    return ".".join([AF_JWE_HDR, b64u(rbytes(40)), b64u(rbytes(12)),
                     b64u(rbytes(R.randrange(135, 315))), b64u(rbytes(16))])


def g_adjust_api():
    return rs(ALNUM, 20)


def g_branch_secret():
    return "secret_live_" + rs(ALNUM, 32)


def g_kochava_api():
    return uuid4(upper=True)


def g_rc_secret():
    return "sk_" + rs(ALNUM, 29)


def g_os_v2(kind="app", app_id=None):
    raw = bytes.fromhex((app_id or uuid4()).replace("-", "")) + rbytes(48)
    return "os_v2_%s_" % kind + base64.b32encode(raw).decode().lower().rstrip("=")


def g_os_legacy():
    return b64(uuid4().encode())


def g_fcm_server():
    return "AAAA" + rs(B64URL, 7) + ":APA91b" + rs(B64URL, 134)


def g_unity_sa_secret():
    return rs(ALNUM, 32)


# ---------------------------------------------------------------- per-file context
ADJ = ["Puzzle", "Merge", "Idle", "Pocket", "Tiny", "Super", "Lucky", "Candy", "Word", "Block",
       "Farm", "Tower", "Galaxy", "Pixel", "Ninja", "Zen", "Royal", "Solitaire", "Bubble", "Dragon",
       "Color", "Coin", "Sky", "Hero", "Magic", "Ocean", "Quiz", "Jelly", "Rocket", "Garden"]
NOUN = ["Quest", "Blast", "Saga", "Tycoon", "Match", "Runner", "Kingdom", "Island", "Legends",
        "Crush", "Builder", "Heroes", "Master", "Mania", "Journey", "Story", "Tiles", "Jump",
        "Chef", "Slots", "Empire", "Rush", "Pets", "Clash", "Drift"]
COMPANY = ["brightpixel", "lunaforge", "tapnova", "hexbyte", "kiwiplay", "northpeak", "redfox",
           "playwell", "sunbeam", "bluecrane", "monoloop", "pinegrove", "quantaplay", "orbitwave",
           "stonefish", "greenlamp", "velvetgames", "fablefox", "cloudmint", "ironowl"]
TLD = ["io", "com", "games", "dev", "co", "app"]
PEOPLE = ["maria", "jonas", "li.wei", "aisha", "tom", "kenji", "sofia", "marek", "ana", "olu",
          "priya", "lucas", "emma", "diego", "yuki", "noah"]


class Ctx(object):
    def __init__(self):
        self.app = pick(ADJ) + " " + pick(NOUN)
        self.slug = self.app.lower().replace(" ", "")
        self.company = pick(COMPANY)
        self.Company = self.company.capitalize()
        self.tld = pick(TLD)
        self.domain = self.company + "." + self.tld
        self.bundle = "com.%s.%s" % (self.company, self.slug)
        self.pkgpath = self.bundle.replace(".", "/")
        self.cls = self.app.replace(" ", "")
        self.itunes = digits(10)
        self.pubid = digits(16)
        self.admob_app = "ca-app-pub-%s~%s" % (self.pubid, digits(10))
        self.admob_unit = "ca-app-pub-%s/%s" % (self.pubid, digits(10))
        self.admob_unit2 = "ca-app-pub-%s/%s" % (self.pubid, digits(10))
        y = pick([2023, 2024, 2025])
        m = R.randint(1, 12)
        dd = R.randint(1, 28)
        self.date = "%d-%02d-%02d" % (y, m, dd)
        self.date2 = "%d-%02d-%02d" % (y, m, min(28, dd + R.randint(1, 6)))
        self.ts = "%sT%02d:%02d:%02dZ" % (self.date, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
        self.person = pick(PEOPLE)
        self.email = "%s@%s" % (self.person, self.domain)
        self.opsmail = "%s@%s" % (pick(["ads-ops", "monetization", "growth", "analytics", "bi"]), self.domain)
        self.gcp = "%s-%s-%s" % (self.slug[:18], pick(["prod", "live", "release", "main"]), hexs(4))
        self.gcpnum = digits(12)
        self.gsa = "%s@%s.iam.gserviceaccount.com" % (
            pick(["play-publisher", "revenue-export", "firebase-adminsdk-" + rs(LOWER + DIG, 5),
                  "ci-deploy", "fastlane-supply"]), self.gcp)
        self.client_id = digits(21)
        self.team = rs(UPPER + DIG, 10)
        self.keyid = rs(UPPER + DIG, 10)
        self.issuer = uuid4()
        self.ver = "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 20))
        self.build = str(R.randint(100, 9999))
        self.org = digits(R.choice([6, 7, 8]))
        self.gameid_a = digits(7)
        self.gameid_i = str(int(self.gameid_a) + 1)
        self.is_appkey = hexs(R.choice([8, 9]))
        self.adj_token = rs(LOWER + DIG, 12)
        self.os_appid = uuid4()
        self.br_live = "key_live_" + rs(ALNUM, 32)
        self.rc_appl = "appl_" + rs(ALNUM, 27)
        self.rc_goog = "goog_" + rs(ALNUM, 27)
        self.max_unit = hexs(16)
        self.max_unit2 = hexs(16)
        self.sg_key = "%s_%s" % (self.company, hexs(8))
        self.kv_guid = "ko%s-%s" % (self.slug[:14], rs(LOWER + DIG, R.choice([6, 8])))
        self.af_appid = "id" + self.itunes
        self.region = pick(["us-east-1", "eu-west-1", "europe-west1", "us-central1"])
        self.n1 = R.randint(3, 60)
        self.n2 = R.randint(100, 5000)


# ---------------------------------------------------------------- fillers (negatives)
CODE = {"kt", "java", "swift", "objc", "cs", "dart", "js", "ts", "py", "rb", "go", "php", "gradle"}


def names(env):
    parts = env.lower().split("_")
    return {"E": env, "e": env.lower(), "dash": "-".join(parts),
            "cam": parts[0] + "".join(p.capitalize() for p in parts[1:]),
            "Cam": "".join(p.capitalize() for p in parts)}


def lit(lang, s):
    if lang == "objc":
        return '@"%s"' % s
    if lang in ("py", "rb", "dart", "php"):
        q = pick(["'", '"'])
        return q + s + q
    if lang in ("js", "ts"):
        q = pick(["'", '"', "'"])
        return q + s + q
    return '"%s"' % s


EXPR = {
    "kt": ['BuildConfig.⟦E⟧', 'System.getenv("⟦E⟧") ?: ""', 'context.getString(R.string.⟦e⟧)',
           'remoteConfig.getString("⟦e⟧")'],
    "java": ['BuildConfig.⟦E⟧', 'System.getenv("⟦E⟧")', 'context.getString(R.string.⟦e⟧)'],
    "gradle": ['System.getenv("⟦E⟧")', 'project.findProperty("⟦cam⟧") ?: ""', 'localProps.getProperty("⟦e⟧")'],
    "swift": ['ProcessInfo.processInfo.environment["⟦E⟧"] ?? ""',
              'Bundle.main.object(forInfoDictionaryKey: "⟦E⟧") as? String ?? ""', 'Secrets.⟦cam⟧'],
    "objc": ['[[NSBundle mainBundle] objectForInfoDictionaryKey:@"⟦E⟧"]',
             '[[[NSProcessInfo processInfo] environment] objectForKey:@"⟦E⟧"]'],
    "cs": ['Environment.GetEnvironmentVariable("⟦E⟧")', 'settings.⟦Cam⟧',
           'Resources.Load<TextAsset>("⟦e⟧").text.Trim()'],
    "dart": ["const String.fromEnvironment('⟦E⟧')", "dotenv.env['⟦E⟧'] ?? ''", "Env.⟦cam⟧"],
    "js": ["process.env.⟦E⟧", "Config.⟦E⟧", "process.env['⟦E⟧']"],
    "ts": ["process.env.⟦E⟧ as string", "Config.⟦E⟧", "process.env.⟦E⟧ ?? ''"],
    "py": ['os.environ["⟦E⟧"]', "os.getenv('⟦E⟧', '')", "settings.⟦E⟧", "config('⟦E⟧')"],
    "rb": ['ENV["⟦E⟧"]', "ENV.fetch('⟦E⟧')", "Rails.application.credentials.dig(:⟦e⟧)"],
    "go": ['os.Getenv("⟦E⟧")', "cfg.⟦Cam⟧"],
    "php": ["getenv('⟦E⟧')", "$_ENV['⟦E⟧']", "env('⟦E⟧')"],
}

PLACEHOLDERS = ["YOUR_⟦E⟧", "YOUR_⟦E⟧_HERE", "<your-⟦dash⟧>", "<⟦E⟧>", "changeme", "CHANGE_ME",
                "TODO", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "REPLACE_WITH_⟦E⟧", "dummy",
                "placeholder", "your_⟦e⟧_here", "00000000000000000000000000000000", "<insert ⟦dash⟧>",
                "XXXXXXXXXXXXXXXXXXXXXXXX", "set-me"]
MASKS = ["****", "********", "*" * 32, "[REDACTED]", "<redacted>", "REDACTED", "[hidden]", "xxxx…xxxx"]
ENVREF = {
    "yaml": ["${⟦E⟧}", "{{ .Values.⟦cam⟧ }}", "((⟦dash⟧))", "{{ ⟦e⟧ }}", "${⟦E⟧:?missing}"],
    "gha": ["${{ secrets.⟦E⟧ }}", "${{ secrets.⟦E⟧ }}", "${{ vars.⟦E⟧ }}", "$⟦E⟧"],
    "json": ["${⟦E⟧}", "$⟦E⟧", "{{⟦E⟧}}", "%⟦E⟧%"],
    "xml": ["${⟦cam⟧}", "@string/⟦e⟧", "${⟦E⟧}"],
    "plist": ["$(⟦E⟧)", "${⟦E⟧}"],
    "xcconfig": ["$(⟦E⟧_$(CONFIGURATION))", "$(inherited)"],
    "properties": ["${⟦E⟧}", "${env.⟦E⟧}"],
    "sh": ["$⟦E⟧", "${⟦E⟧}", "${⟦E⟧:?set ⟦E⟧}", '$(op read "op://Mobile/⟦dash⟧/credential")',
           "$(gcloud secrets versions access latest --secret=⟦dash⟧)"],
    "tf": ["${var.⟦e⟧}", "${data.aws_ssm_parameter.⟦e⟧.value}"],
    "dockerfile": ["${⟦E⟧}", "$⟦E⟧"],
    "md": ["<⟦E⟧>", "$⟦E⟧", "{⟦e⟧}"],
    "toml": ["${⟦E⟧}", "env:⟦E⟧"],
    "ini": ["%(⟦e⟧)s", "${⟦E⟧}"],
    "other": ["${⟦E⟧}", "$⟦E⟧", "{{⟦E⟧}}"],
}
SECRET_MGR = ["op://Mobile/⟦dash⟧/credential", "vault:secret/data/mobile/ads#⟦e⟧",
              "projects/⟦gcpnum⟧/secrets/⟦dash⟧/versions/latest",
              "arn:aws:secretsmanager:us-east-1:⟦acct⟧:secret:mobile/⟦dash⟧",
              "sm://⟦dash⟧", "azurekeyvault://mobile-kv/⟦dash⟧", "ssm:/mobile/prod/⟦e⟧"]

DOC_EXAMPLES = {
    "applovin": ["«your-SDK-key»", "YOUR_SDK_KEY_HERE", "«your-report-key»", "«ad-review-key»", "key_123"],
    "ironsource": ["e83defbasdasd9227a9d2a952b2c5ec8b02e", "a1b2c3d4e5f67890abcdef1234567890",
                   "fa9e8d7c6b5a4938271605e4d3c2b1a0", "ee453860sd9227a9d2a952b2c5e476iii3gh5",
                   "5525553sdfcb87c4cab7eba082858d21a"],
    "unity": ["<token>", "<organizationId>", "YOUR_API_KEY"],
    "appsflyer": ["YOUR_DEV_KEY", "<AF_DEV_KEY>", "{api_v2_token}", "YYYYYYYYYYYYYYYY"],
    "adjust": ["{your-adjust-api-token}", "{YourAppToken}", "YOUR_API_TOKEN"],
    "branch": ["secret_live_2wjYsrrhnPp1VLOtEHzYbXWOZXQiQPNO", "key_live_ybqLNEcCZpVcb4Xr9bGbzoilCth8PTR7"],
    "singular": ["SDK KEY", "SDK SECRET", "YOUR_API_KEY"],
    "kochava": ["_YOUR_KOCHAVA_APP_GUID_", "YOUR_API_KEY"],
    "revenuecat": ["YOUR_REVENUECAT_API_KEY", "public_sdk_key", "api_key"],
    "onesignal": ["YOUR_REST_API_KEY", "YOUR_APP_KEY", "YOUR_ORGANIZATION_API_KEY"],
    "firebase": ["YOUR_SERVER_KEY", "AIzaSyZ-1u...0GBYzPu7Udno5aA", "YOUR_FIREBASE_SERVER_KEY_HERE"],
    "apple": ["your_issuer_id", "<shared-secret>", "YOUR_SHARED_SECRET"],
    "googleplay": ["path/to/service-account.json", "<service-account-json>"],
}


def public_values(provider, c):
    if provider == "revenuecat":
        return [c.rc_appl, c.rc_goog, "amzn_" + rs(ALNUM, 27)]
    if provider == "branch":
        return [c.br_live, "key_test_" + rs(ALNUM, 32)]
    if provider == "onesignal":
        return [c.os_appid]
    if provider == "adjust":
        return [c.adj_token]
    if provider == "ironsource":
        return [c.is_appkey]
    if provider == "singular":
        return [c.sg_key]
    if provider == "kochava":
        return [c.kv_guid]
    if provider == "unity":
        return [c.gameid_a]
    return []


def envref_group(lang):
    if lang in ENVREF:
        return lang
    if lang in ("yml",):
        return "yaml"
    if lang in ("gradleprops", "ini_like"):
        return "properties"
    return "other"


def filler(tpl, c):
    """(slot text, neg kind) for a positive template re-used as a negative"""
    env = tpl["env"]
    nm = names(env)
    nm["gcpnum"] = c.gcpnum
    nm["acct"] = digits(12)
    lang, slot, prov = tpl["lang"], tpl["slot"], tpl["provider"]
    cats = [("placeholder", 26), ("empty", 7), ("masked", 15), ("env_reference", 26),
            ("secret_manager_ref", 7), ("doc_example", 10), ("public_value", 9)]
    tot = sum(w for _, w in cats)
    while True:
        x = R.uniform(0, tot)
        for cat, w in cats:
            x -= w
            if x <= 0:
                break
        if cat == "public_value" and not public_values(prov, c):
            continue
        if cat == "doc_example" and prov not in DOC_EXAMPLES:
            continue
        if cat == "empty" and slot == "special":
            continue
        break
    raw = None
    if cat == "placeholder":
        raw = T(pick(PLACEHOLDERS), **nm)
    elif cat == "empty":
        raw = ""
    elif cat == "masked":
        m = pick(MASKS + ["PREFIX"])
        if m == "PREFIX":
            pre = {"revenuecat": "sk_", "branch": "secret_live_", "onesignal": "os_v2_app_",
                   "firebase": "AAAA"}.get(prov, "")
            m = pre + "*" * R.choice([8, 12, 20])
        raw = m
    elif cat == "env_reference":
        if slot == "lit" and lang in EXPR:
            return T(pick(EXPR[lang]), **nm), cat
        grp = tpl.get("refgroup") or envref_group(lang)
        raw = T(pick(ENVREF.get(grp, ENVREF["other"])), **nm)
    elif cat == "secret_manager_ref":
        raw = T(pick(SECRET_MGR), **nm)
    elif cat == "doc_example":
        raw = pick(DOC_EXAMPLES[prov])
    elif cat == "public_value":
        raw = pick(public_values(prov, c))
    if slot == "lit":
        return lit(lang, raw), cat
    return raw, cat


# ---------------------------------------------------------------- template registry
POS = []
NEG = []


def P(provider, kind, lang, slot, gen, env, refgroup=None):
    def deco(fn):
        POS.append({"fn": fn, "provider": provider, "kind": kind, "lang": lang, "slot": slot,
                    "gen": gen, "env": env, "refgroup": refgroup, "name": fn.__name__})
        return fn
    return deco


def N(provider, kind):
    def deco(fn):
        NEG.append({"fn": fn, "provider": provider, "kind": kind, "name": fn.__name__})
        return fn
    return deco


def gradle_header():
    return pick(["# Project-wide Gradle settings.\n",
                 "# Gradle properties shared by all modules\n# Do not put signing passwords here.\n",
                 ""])


# ================================================================ POSITIVE templates
# ---- AppLovin --------------------------------------------------------------------
@P("applovin", "sdk_key", "xml", "raw", g_applovin_key, "APPLOVIN_SDK_KEY")
def p_al_manifest(c, v, pos):
    t = D('''
    <?xml version="1.0" encoding="utf-8"?>
    <manifest xmlns:android="http://schemas.android.com/apk/res/android"
        xmlns:tools="http://schemas.android.com/tools">

        <uses-permission android:name="android.permission.INTERNET" />
        <uses-permission android:name="android.permission.ACCESS_NETWORK_STATE" />
        <uses-permission android:name="com.google.android.gms.permission.AD_ID" />

        <application
            android:name=".⟦cls⟧Application"
            android:allowBackup="false"
            android:icon="@mipmap/ic_launcher"
            android:label="@string/app_name"
            android:theme="@style/Theme.⟦cls⟧">

            <meta-data
                android:name="com.google.android.gms.ads.APPLICATION_ID"
                android:value="⟦admob_app⟧" />
            <meta-data
                android:name="applovin.sdk.key"
                android:value="⟦V⟧" />

            <activity
                android:name=".MainActivity"
                android:exported="true"
                android:screenOrientation="portrait">
                <intent-filter>
                    <action android:name="android.intent.action.MAIN" />
                    <category android:name="android.intent.category.LAUNCHER" />
                </intent-filter>
            </activity>
        </application>
    </manifest>
    ''')
    return pick(["app/src/main/AndroidManifest.xml", "android/app/src/main/AndroidManifest.xml",
                 "Assets/Plugins/Android/AndroidManifest.xml"]), T(t, c, V=v)


@P("applovin", "sdk_key", "plist", "raw", g_applovin_key, "APPLOVIN_SDK_KEY")
def p_al_plist(c, v, pos):
    t = D('''
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
    <plist version="1.0">
    <dict>
    	<key>CFBundleDisplayName</key>
    	<string>⟦app⟧</string>
    	<key>CFBundleIdentifier</key>
    	<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
    	<key>CFBundleShortVersionString</key>
    	<string>⟦ver⟧</string>
    	<key>CFBundleVersion</key>
    	<string>⟦build⟧</string>
    	<key>GADApplicationIdentifier</key>
    	<string>⟦admob_app⟧</string>
    	<key>AppLovinSdkKey</key>
    	<string>⟦V⟧</string>
    	<key>NSUserTrackingUsageDescription</key>
    	<string>This identifier will be used to deliver personalized ads to you.</string>
    	<key>UIRequiresFullScreen</key>
    	<true/>
    </dict>
    </plist>
    ''')
    return pick(["ios/Runner/Info.plist", "⟦cls⟧/Info.plist", "ios/⟦cls⟧/Info.plist"]).replace("⟦cls⟧", c.cls), T(t, c, V=v)


@P("applovin", "sdk_key", "cs", "lit", g_applovin_key, "APPLOVIN_SDK_KEY")
def p_al_unity(c, v, pos):
    t = D('''
    using System;
    using UnityEngine;

    namespace ⟦Company⟧.Ads
    {
        public class MaxBootstrap : MonoBehaviour
        {
            [SerializeField] private string bannerAdUnitId = "⟦max_unit⟧";
            [SerializeField] private string interstitialAdUnitId = "⟦max_unit2⟧";

            private void Start()
            {
                MaxSdkCallbacks.OnSdkInitializedEvent += OnSdkInitialized;
                MaxSdk.SetSdkKey(⟦V⟧);
                MaxSdk.SetUserId(SystemInfo.deviceUniqueIdentifier);
                MaxSdk.InitializeSdk();
            }

            private void OnSdkInitialized(MaxSdkBase.SdkConfiguration config)
            {
                Debug.Log("[Ads] MAX initialized, consent flow: " + config.ConsentFlowUserGeography);
                MaxSdk.LoadInterstitial(interstitialAdUnitId);
            }
        }
    }
    ''')
    return "Assets/Scripts/Ads/MaxBootstrap.cs", T(t, c, V=v)


@P("applovin", "sdk_key", "kt", "lit", g_applovin_key, "APPLOVIN_SDK_KEY")
def p_al_kotlin(c, v, pos):
    t = D('''
    package ⟦bundle⟧.ads

    import android.content.Context
    import android.util.Log
    import com.applovin.sdk.AppLovinMediationProvider
    import com.applovin.sdk.AppLovinSdk
    import com.applovin.sdk.AppLovinSdkInitializationConfiguration

    object AdsInitializer {
        private const val TAG = "AdsInitializer"

        fun start(context: Context) {
            val initConfig = AppLovinSdkInitializationConfiguration.builder(⟦V⟧, context)
                .setMediationProvider(AppLovinMediationProvider.MAX)
                .setAdUnitIds(listOf("⟦max_unit⟧", "⟦max_unit2⟧"))
                .build()
            AppLovinSdk.getInstance(context).initialize(initConfig) { config ->
                Log.d(TAG, "MAX ready, country=${config.countryCode}")
            }
        }
    }
    ''')
    return "app/src/main/java/⟦pkgpath⟧/ads/AdsInitializer.kt".replace("⟦pkgpath⟧", c.pkgpath), T(t, c, V=v)


@P("applovin", "report_key", "py", "lit", g_applovin_key, "APPLOVIN_REPORT_KEY")
def p_al_report_py(c, v, pos):
    var = pick(["APPLOVIN_REPORT_KEY", "REPORT_KEY", "api_key", "MAX_KEY", "key"])
    t = D('''
    """Pull yesterday's MAX revenue per ad unit into BigQuery."""
    import datetime as dt

    import pandas as pd
    import requests

    ⟦var⟧ = ⟦V⟧
    ENDPOINT = "https://r.applovin.com/maxReport"
    COLUMNS = "day,application,package_name,platform,ad_format,country,impressions,estimated_revenue,ecpm"


    def fetch(day: dt.date) -> pd.DataFrame:
        params = {
            "api_key": ⟦var⟧,
            "start": day.isoformat(),
            "end": day.isoformat(),
            "columns": COLUMNS,
            "format": "json",
        }
        resp = requests.get(ENDPOINT, params=params, timeout=60)
        resp.raise_for_status()
        return pd.DataFrame(resp.json()["results"])


    if __name__ == "__main__":
        df = fetch(dt.date.today() - dt.timedelta(days=1))
        df.to_gbq("monetization.max_daily", project_id="⟦gcp⟧", if_exists="append")
    ''')
    return pick(["scripts/max_report.py", "etl/applovin/pull_max_revenue.py", "jobs/max_daily.py"]), T(t, c, V=v, var=var)


@P("applovin", "report_key", "sh", "raw", g_applovin_key, "APPLOVIN_REPORT_KEY")
def p_al_report_sh(c, v, pos):
    t = D('''
    #!/usr/bin/env bash
    # Daily MAX revenue export -> GCS (runs from cron on the analytics box)
    set -euo pipefail

    DAY="${1:-$(date -u -d yesterday +%F)}"
    OUT="/tmp/max_${DAY}.csv"

    curl -sS --fail \\
      "https://r.applovin.com/maxReport?api_key=⟦V⟧&start=${DAY}&end=${DAY}&format=csv&columns=day,package_name,ad_format,network,impressions,estimated_revenue" \\
      -o "$OUT"

    gsutil cp "$OUT" "gs://⟦gcp⟧-exports/applovin/${DAY}.csv"
    echo "uploaded $(wc -l < "$OUT") rows"
    ''')
    return pick(["scripts/export_max.sh", "ops/cron/max_revenue.sh", "bin/pull-applovin.sh"]), T(t, c, V=v)


@P("applovin", "sdk_key", "properties", "raw", g_applovin_key, "APPLOVIN_SDK_KEY")
def p_al_gradle_props(c, v, pos):
    nm = pick(["applovinSdkKey", "APPLOVIN_SDK_KEY", "max.sdk.key", "adsKey"])
    t = gradle_header() + D('''
    org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
    android.useAndroidX=true
    android.nonTransitiveRClass=true
    kotlin.code.style=official
    ⟦nm⟧=⟦V⟧
    admobAppId=⟦admob_app⟧
    ''')
    return pick(["gradle.properties", "android/gradle.properties", "local.properties"]), T(t, c, V=v, nm=nm)


@P("applovin", "ad_review_key", "gradle", "lit", g_applovin_key, "APPLOVIN_AD_REVIEW_KEY")
def p_al_review_gradle(c, v, pos):
    t = D('''
    plugins {
        id 'com.android.application'
        id 'org.jetbrains.kotlin.android'
        id 'applovin-quality-service'
    }

    applovin {
        apiKey ⟦V⟧
    }

    android {
        namespace '⟦bundle⟧'
        compileSdk 34
        defaultConfig {
            applicationId '⟦bundle⟧'
            minSdk 23
            targetSdk 34
            versionCode ⟦build⟧
            versionName '⟦ver⟧'
        }
    }

    dependencies {
        implementation 'com.applovin:applovin-sdk:12.6.1'
        implementation 'com.applovin.mediation:google-adapter:+'
        implementation 'com.google.android.gms:play-services-ads-identifier:18.0.1'
    }
    ''')
    return "app/build.gradle", T(t, c, V=v)


@P("applovin", "sdk_key", "dart", "lit", g_applovin_key, "APPLOVIN_SDK_KEY")
def p_al_flutter(c, v, pos):
    t = D('''
    import 'dart:io' show Platform;

    import 'package:applovin_max/applovin_max.dart';
    import 'package:flutter/foundation.dart';

    class MaxAds {
      static const _sdkKey = ⟦V⟧;
      static final String interstitialId =
          Platform.isAndroid ? '⟦max_unit⟧' : '⟦max_unit2⟧';

      static Future<void> init() async {
        final config = await AppLovinMAX.initialize(_sdkKey);
        if (kDebugMode) {
          debugPrint('MAX initialized: ${config?.countryCode}');
        }
        AppLovinMAX.loadInterstitial(interstitialId);
      }
    }
    ''')
    return "lib/ads/max_ads.dart", T(t, c, V=v)


@P("applovin", "sdk_key", "ts", "lit", g_applovin_key, "APPLOVIN_SDK_KEY")
def p_al_rn(c, v, pos):
    t = D('''
    import AppLovinMAX from 'react-native-applovin-max';
    import { Platform } from 'react-native';

    const INTERSTITIAL_ID = Platform.select({
      ios: '⟦max_unit⟧',
      android: '⟦max_unit2⟧',
    }) as string;

    export async function initAds(): Promise<void> {
      const config = await AppLovinMAX.initialize(⟦V⟧);
      console.log('[ads] MAX ready', config.countryCode);
      AppLovinMAX.loadInterstitial(INTERSTITIAL_ID);
    }
    ''')
    return pick(["src/ads/initAds.ts", "app/services/ads.ts"]), T(t, c, V=v)


@P("applovin", "report_key", "yaml", "raw", g_applovin_key, "APPLOVIN_REPORT_KEY")
def p_al_yaml(c, v, pos):
    t = D('''
    # ad revenue connectors (airbyte-style source config)
    sources:
      applovin_max:
        type: applovin
        report_key: ⟦V⟧
        start_date: "⟦date⟧"
        columns: [day, package_name, platform, ad_format, network, impressions, estimated_revenue]
      admob:
        type: admob
        publisher_id: pub-⟦pubid⟧
        credentials_file: /secrets/admob-oauth.json
    destination:
      bigquery:
        project: ⟦gcp⟧
        dataset: ad_revenue
    ''')
    return pick(["connectors/sources.yml", "config/revenue_sources.yaml"]), T(t, c, V=v)


# ---- ironSource / LevelPlay ------------------------------------------------------
@P("ironsource", "refresh_token", "py", "lit", g_hex32, "IRONSOURCE_REFRESH_TOKEN")
def p_is_auth_py(c, v, pos):
    t = D('''
    import os

    import requests

    AUTH_URL = "https://platform.ironsrc.com/partners/publisher/auth"


    def get_bearer() -> str:
        headers = {
            "secretkey": os.environ["IRONSOURCE_SECRET_KEY"],
            "refreshToken": ⟦V⟧,
        }
        r = requests.get(AUTH_URL, headers=headers, timeout=30)
        r.raise_for_status()
        return r.text.strip('"')


    def list_apps():
        token = get_bearer()
        r = requests.get("https://platform.ironsrc.com/partners/publisher/applications/v6",
                         headers={"Authorization": f"Bearer {token}"}, timeout=30)
        return r.json()
    ''')
    return pick(["tools/levelplay/auth.py", "scripts/ironsource_apps.py"]), T(t, c, V=v)


@P("ironsource", "secret_key", "json", "raw", g_hex32, "IRONSOURCE_SECRET_KEY")
def p_is_json(c, v, pos):
    t = D('''
    {
      "mediation": "levelplay",
      "ironsource": {
        "app_key_android": "⟦is_appkey⟧",
        "app_key_ios": "⟦is_appkey2⟧",
        "username": "⟦opsmail⟧",
        "secret_key": "⟦V⟧"
      },
      "reporting": {
        "breakdowns": ["date", "app", "adUnits", "country"],
        "metrics": ["revenue", "impressions", "eCPM"]
      }
    }
    ''')
    return pick(["config/levelplay.json", "reporting/ironsource.config.json"]), T(t, c, V=v, is_appkey2=hexs(8))


@P("ironsource", "bearer_token", "other", "raw", g_is_bearer, "IRONSOURCE_BEARER")
def p_is_http(c, v, pos):
    t = D('''
    ### LevelPlay application API (JetBrains HTTP client)
    GET https://platform.ironsrc.com/partners/publisher/applications/v6?appStatus=Active
    Accept: application/json
    Authorization: Bearer ⟦V⟧

    ### Instances of the Android app
    GET https://platform.ironsrc.com/partners/publisher/instances/v4?appKey=⟦is_appkey⟧
    Accept: application/json
    ''')
    return pick(["http/levelplay.http", "api-requests/ironsource.http"]), T(t, c, V=v)


@P("ironsource", "basic_auth", "sh", "raw", None, "IRONSOURCE_BASIC")
def p_is_basic_sh(c, v, pos):
    if pos:
        v = b64(("%s:%s" % (c.opsmail, hexs(32))).encode())
    t = D('''
    #!/bin/sh
    # ironSource reporting API (standard auth = base64 of username:secret key)
    curl -s "https://platform.ironsrc.com/partners/publisher/mediation/applications/v6/stats?startDate=⟦date⟧&endDate=⟦date2⟧&appKey=⟦is_appkey⟧&breakdowns=date,country" \\
      -H "Authorization: Basic ⟦V⟧" \\
      -H "Accept: application/json" | jq '.[] | {date, revenue: .data[0].revenue}'
    ''')
    return pick(["scripts/is_stats.sh", "reporting/ironsource_stats.sh"]), T(t, c, V=v), v


@P("ironsource", "secret_key", "tf", "raw", g_hex32, "IRONSOURCE_SECRET_KEY")
def p_is_tf(c, v, pos):
    t = D('''
    resource "aws_secretsmanager_secret" "levelplay" {
      name = "mobile/levelplay-reporting"
    }

    resource "aws_secretsmanager_secret_version" "levelplay" {
      secret_id = aws_secretsmanager_secret.levelplay.id
      secret_string = jsonencode({
        username   = "⟦opsmail⟧"
        secret_key = "⟦V⟧"
        app_key    = "⟦is_appkey⟧"
      })
    }
    ''')
    return pick(["infra/secrets.tf", "terraform/mobile/levelplay.tf"]), T(t, c, V=v)


@P("ironsource", "secret_key", "go", "lit", g_hex32, "IRONSOURCE_SECRET_KEY")
def p_is_go(c, v, pos):
    t = D('''
    package main

    import (
    	"log"
    	"time"

    	"github.com/⟦company⟧/adrev/ironsource"
    )

    func main() {
    	client := ironsource.NewClient("⟦opsmail⟧", ⟦V⟧)
    	client.Timeout = 45 * time.Second
    	rows, err := client.Stats("⟦date⟧", "⟦date2⟧", "⟦is_appkey⟧")
    	if err != nil {
    		log.Fatalf("stats: %v", err)
    	}
    	log.Printf("fetched %d rows", len(rows))
    }
    ''')
    return "cmd/is-stats/main.go", T(t, c, V=v)


# ---- Unity Ads ---------------------------------------------------------------------
@P("unity", "stats_api_key", "py", "lit", g_unity_stats, "UNITY_STATS_API_KEY")
def p_unity_stats_py(c, v, pos):
    var = pick(["UNITY_STATS_API_KEY", "STATS_TOKEN", "unity_key", "TOKEN"])
    t = D('''
    import csv
    import io

    import requests

    ORG_CORE_ID = "⟦org⟧"
    ⟦var⟧ = ⟦V⟧


    def unity_stats(start, end):
        url = f"https://monetization.api.unity.com/stats/v1/operate/organizations/{ORG_CORE_ID}"
        params = {
            "fields": "adrequest_count,start_count,view_count,revenue_sum",
            "groupBy": "country,placement,platform",
            "scale": "day",
            "start": start,
            "end": end,
            "gameIds": "⟦gameid_a⟧,⟦gameid_i⟧",
        }
        headers = {"Authorization": "Token " + ⟦var⟧, "Accept": "text/csv"}
        r = requests.get(url, params=params, headers=headers, timeout=120)
        r.raise_for_status()
        return list(csv.DictReader(io.StringIO(r.text)))
    ''')
    return pick(["reporting/unity_ads.py", "etl/sources/unity_monetization.py"]), T(t, c, V=v, var=var)


@P("unity", "stats_api_key", "yaml", "raw", g_unity_stats, "UNITY_STATS_API_KEY", refgroup="gha")
def p_unity_gha(c, v, pos):
    t = D('''
    name: unity-ads-daily

    on:
      schedule:
        - cron: "15 6 * * *"
      workflow_dispatch: {}

    jobs:
      export:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - name: Download Unity Ads stats
            run: |
              curl -sSL -H "Accept: text/csv" \\
                "https://monetization.api.unity.com/stats/v1/operate/organizations/⟦org⟧?apikey=⟦V⟧&fields=revenue_sum,view_count&groupBy=country&scale=day&start=$(date -d yesterday +%F)T00:00Z&end=$(date +%F)T00:00Z" \\
                -o unity.csv
          - name: Upload
            uses: actions/upload-artifact@v4
            with:
              name: unity-ads-${{ github.run_id }}
              path: unity.csv
    ''')
    return ".github/workflows/unity-ads-daily.yml", T(t, c, V=v)


@P("unity", "service_account_basic", "js", "raw", None, "UNITY_SERVICE_ACCOUNT")
def p_unity_sa_js(c, v, pos):
    if pos:
        v = b64(("%s:%s" % (uuid4(), g_unity_sa_secret())).encode())
    t = D('''
    // Update eCPM targets through the Unity Monetization Manage API
    const fetch = require('node-fetch');

    const PROJECT_ID = '⟦uproj⟧';
    const AUTH = 'Basic ⟦V⟧';

    async function listAdUnits() {
      const res = await fetch(`https://services.api.unity.com/monetize/v1/organizations/⟦org⟧/projects/${PROJECT_ID}/adunits`, {
        headers: { Authorization: AUTH, 'Content-Type': 'application/json' },
      });
      if (!res.ok) throw new Error(`unity ${res.status}`);
      return res.json();
    }

    module.exports = { listAdUnits };
    ''')
    return pick(["scripts/unity/adunits.js", "tools/unity-manage.js"]), T(t, c, V=v, uproj=uuid4()), v


# ---- AppsFlyer -----------------------------------------------------------------------
@P("appsflyer", "dev_key", "java", "lit", g_af_dev, "AF_DEV_KEY")
def p_af_java(c, v, pos):
    t = D('''
    package ⟦bundle⟧;

    import android.app.Application;
    import android.util.Log;

    import com.appsflyer.AppsFlyerConversionListener;
    import com.appsflyer.AppsFlyerLib;

    import java.util.Map;

    public class ⟦cls⟧Application extends Application {
        private static final String TAG = "⟦cls⟧App";

        @Override
        public void onCreate() {
            super.onCreate();
            AppsFlyerConversionListener listener = new AppsFlyerConversionListener() {
                @Override public void onConversionDataSuccess(Map<String, Object> data) {
                    Log.d(TAG, "af_status=" + data.get("af_status"));
                }
                @Override public void onConversionDataFail(String error) { Log.w(TAG, error); }
                @Override public void onAppOpenAttribution(Map<String, String> data) { }
                @Override public void onAttributionFailure(String error) { }
            };
            AppsFlyerLib.getInstance().init(⟦V⟧, listener, this);
            AppsFlyerLib.getInstance().start(this);
        }
    }
    ''')
    return "app/src/main/java/⟦p⟧/⟦c⟧Application.java".replace("⟦p⟧", c.pkgpath).replace("⟦c⟧", c.cls), T(t, c, V=v)


@P("appsflyer", "dev_key", "kt", "lit", g_af_dev, "AF_DEV_KEY")
def p_af_kotlin(c, v, pos):
    t = D('''
    package ⟦bundle⟧.analytics

    import android.app.Application
    import com.appsflyer.AppsFlyerLib

    private const val AF_DEV_KEY = ⟦V⟧

    class Attribution(private val app: Application) {
        fun start(customerId: String?) {
            val af = AppsFlyerLib.getInstance()
            af.setDebugLog(BuildConfig.DEBUG)
            af.setCustomerUserId(customerId)
            af.init(AF_DEV_KEY, null, app)
            af.start(app)
        }
    }
    ''')
    return "app/src/main/java/⟦p⟧/analytics/Attribution.kt".replace("⟦p⟧", c.pkgpath), T(t, c, V=v)


@P("appsflyer", "dev_key", "swift", "lit", g_af_dev, "AF_DEV_KEY")
def p_af_swift(c, v, pos):
    t = D('''
    import AppsFlyerLib
    import AppTrackingTransparency
    import UIKit

    @main
    class AppDelegate: UIResponder, UIApplicationDelegate {
        func application(_ application: UIApplication,
                         didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
            AppsFlyerLib.shared().appsFlyerDevKey = ⟦V⟧
            AppsFlyerLib.shared().appleAppID = "⟦itunes⟧"
            AppsFlyerLib.shared().waitForATTUserAuthorization(timeoutInterval: 60)
            return true
        }

        func applicationDidBecomeActive(_ application: UIApplication) {
            AppsFlyerLib.shared().start()
        }
    }
    ''')
    return pick(["ios/⟦c⟧/AppDelegate.swift", "⟦c⟧/AppDelegate.swift"]).replace("⟦c⟧", c.cls), T(t, c, V=v)


@P("appsflyer", "dev_key", "objc", "lit", g_af_dev, "AF_DEV_KEY")
def p_af_objc(c, v, pos):
    t = D('''
    #import "AppDelegate.h"
    #import <AppsFlyerLib/AppsFlyerLib.h>

    @implementation AppDelegate

    - (BOOL)application:(UIApplication *)application didFinishLaunchingWithOptions:(NSDictionary *)launchOptions {
        [[AppsFlyerLib shared] setAppsFlyerDevKey:⟦V⟧];
        [[AppsFlyerLib shared] setAppleAppID:@"⟦itunes⟧"];
        [[AppsFlyerLib shared] setDelegate:self];
    #ifdef DEBUG
        [AppsFlyerLib shared].isDebug = YES;
    #endif
        return YES;
    }

    - (void)applicationDidBecomeActive:(UIApplication *)application {
        [[AppsFlyerLib shared] start];
    }

    @end
    ''')
    return "ios/⟦c⟧/AppDelegate.m".replace("⟦c⟧", c.cls), T(t, c, V=v)


@P("appsflyer", "dev_key", "js", "lit", g_af_dev, "AF_DEV_KEY")
def p_af_rn(c, v, pos):
    t = D('''
    import appsFlyer from 'react-native-appsflyer';

    const options = {
      devKey: ⟦V⟧,
      isDebug: __DEV__,
      appId: '⟦itunes⟧',
      onInstallConversionDataListener: true,
      onDeepLinkListener: true,
      timeToWaitForATTUserAuthorization: 10,
    };

    export function initAttribution() {
      appsFlyer.initSdk(
        options,
        (res) => console.log('[af] init', res),
        (err) => console.warn('[af] init failed', err),
      );
    }
    ''')
    return pick(["src/analytics/appsflyer.js", "app/lib/attribution.js"]), T(t, c, V=v)


@P("appsflyer", "dev_key", "cs", "lit", g_af_dev, "AF_DEV_KEY")
def p_af_unity(c, v, pos):
    t = D('''
    using AppsFlyerSDK;
    using UnityEngine;

    public class AttributionBootstrap : MonoBehaviour, IAppsFlyerConversionData
    {
        void Start()
        {
            AppsFlyer.setIsDebug(Debug.isDebugBuild);
            AppsFlyer.initSDK(⟦V⟧, "⟦itunes⟧", this);
            AppsFlyer.startSDK();
        }

        public void onConversionDataSuccess(string conversionData) { Debug.Log(conversionData); }
        public void onConversionDataFail(string error) { Debug.LogWarning(error); }
        public void onAppOpenAttribution(string attributionData) { }
        public void onAppOpenAttributionFailure(string error) { }
    }
    ''')
    return "Assets/Scripts/Analytics/AttributionBootstrap.cs", T(t, c, V=v)


@P("appsflyer", "api_token_v2", "py", "raw", g_af_v2, "APPSFLYER_API_TOKEN")
def p_af_v2_py(c, v, pos):
    t = D('''
    import datetime as dt

    import requests

    APP_ID = "⟦bundle⟧"
    HEADERS = {
        "accept": "text/csv",
        "authorization": "Bearer ⟦V⟧",
    }


    def installs_report(day: dt.date) -> str:
        url = f"https://hq1.appsflyer.com/api/raw-data/export/app/{APP_ID}/installs_report/v5"
        r = requests.get(url, headers=HEADERS, params={"from": day.isoformat(), "to": day.isoformat()}, timeout=300)
        r.raise_for_status()
        return r.text
    ''')
    return pick(["etl/appsflyer/raw_installs.py", "scripts/af_pull.py"]), T(t, c, V=v)


@P("appsflyer", "api_token_v2", "yaml", "raw", g_af_v2, "APPSFLYER_API_TOKEN", refgroup="gha")
def p_af_v2_gha(c, v, pos):
    t = D('''
    name: appsflyer-aggregate

    on:
      schedule:
        - cron: "0 5 * * *"

    env:
      APPSFLYER_APP_ID: ⟦bundle⟧
      APPSFLYER_API_TOKEN: ⟦V⟧

    jobs:
      pull:
        runs-on: ubuntu-22.04
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with:
              python-version: "3.11"
          - run: pip install -r etl/requirements.txt
          - run: python etl/af_aggregate.py --days 3
    ''')
    return ".github/workflows/appsflyer.yml", T(t, c, V=v)


@P("appsflyer", "dev_key", "js", "lit", g_af_dev, "AF_DEV_KEY")
def p_af_s2s_node(c, v, pos):
    t = D('''
    // Server-to-server purchase events -> AppsFlyer
    const axios = require('axios');

    const DEV_KEY = ⟦V⟧;

    async function sendPurchase(afId, amount, currency) {
      await axios.post(
        'https://api2.appsflyer.com/inappevent/⟦bundle⟧',
        {
          appsflyer_id: afId,
          eventName: 'af_purchase',
          eventValue: JSON.stringify({ af_revenue: amount, af_currency: currency }),
          eventTime: new Date().toISOString().replace('T', ' ').slice(0, 23),
        },
        { headers: { authentication: DEV_KEY, 'Content-Type': 'application/json' } },
      );
    }

    module.exports = { sendPurchase };
    ''')
    return pick(["server/src/attribution/appsflyer.js", "functions/af-s2s.js"]), T(t, c, V=v)


@P("appsflyer", "dev_key", "dart", "lit", g_af_dev, "AF_DEV_KEY")
def p_af_dart(c, v, pos):
    t = D('''
    import 'package:appsflyer_sdk/appsflyer_sdk.dart';

    AppsflyerSdk buildAppsflyer() {
      final options = AppsFlyerOptions(
        afDevKey: ⟦V⟧,
        appId: '⟦itunes⟧',
        showDebug: false,
        timeToWaitForATTUserAuthorization: 15,
      );
      return AppsflyerSdk(options);
    }
    ''')
    return "lib/services/appsflyer_service.dart", T(t, c, V=v)


# ---- Adjust ----------------------------------------------------------------------------
def adjust_infos():
    return [R.randint(100000000, 2147483647) for _ in range(4)]


@P("adjust", "app_secret", "java", "special", None, "ADJUST_APP_SECRET")
def p_adj_java(c, v, pos):
    if pos:
        sid = R.randint(1, 9)
        infos = ", ".join("%dL" % x for x in adjust_infos())
        call = "config.setAppSecret(%d, %s);" % (sid, infos)
        needle = infos
    else:
        call = pick(["config.setAppSecret(BuildConfig.ADJUST_SECRET_ID, BuildConfig.ADJUST_INFO1, BuildConfig.ADJUST_INFO2, BuildConfig.ADJUST_INFO3, BuildConfig.ADJUST_INFO4);",
                     "// config.setAppSecret(secretId, info1, info2, info3, info4);  // TODO: ask UA team",
                     "config.setAppSecret(secret.getId(), secret.getInfo1(), secret.getInfo2(), secret.getInfo3(), secret.getInfo4());"])
        needle = None
    t = D('''
    package ⟦bundle⟧;

    import android.app.Application;

    import com.adjust.sdk.Adjust;
    import com.adjust.sdk.AdjustConfig;
    import com.adjust.sdk.LogLevel;

    public class GlobalApplication extends Application {
        @Override
        public void onCreate() {
            super.onCreate();
            String appToken = "⟦adj_token⟧";
            String environment = BuildConfig.DEBUG ? AdjustConfig.ENVIRONMENT_SANDBOX : AdjustConfig.ENVIRONMENT_PRODUCTION;
            AdjustConfig config = new AdjustConfig(this, appToken, environment);
            config.setLogLevel(LogLevel.WARN);
            ⟦CALL⟧
            Adjust.onCreate(config);
            registerActivityLifecycleCallbacks(new AdjustLifecycleCallbacks());
        }
    }
    ''')
    return "app/src/main/java/⟦p⟧/GlobalApplication.java".replace("⟦p⟧", c.pkgpath), T(t, c, CALL=call), needle


@P("adjust", "app_secret", "swift", "special", None, "ADJUST_APP_SECRET")
def p_adj_swift(c, v, pos):
    if pos:
        i = adjust_infos()
        needle = "info1: %d, info2: %d, info3: %d, info4: %d" % tuple(i)
        call = "adjustConfig?.setAppSecret(%d, %s)" % (R.randint(1, 6), needle)
    else:
        needle = None
        call = pick(["adjustConfig?.setAppSecret(Secrets.adjustId, info1: Secrets.adjust1, info2: Secrets.adjust2, info3: Secrets.adjust3, info4: Secrets.adjust4)",
                     "// adjustConfig?.setAppSecret(secretId, info1: info1, info2: info2, info3: info3, info4: info4)"])
    t = D('''
    import Adjust
    import UIKit

    final class AttributionService {
        static let shared = AttributionService()

        func start() {
            let environment = ADJEnvironmentProduction
            let adjustConfig = ADJConfig(appToken: "⟦adj_token⟧", environment: environment)
            adjustConfig?.logLevel = ADJLogLevelWarn
            ⟦CALL⟧
            Adjust.appDidLaunch(adjustConfig)
        }

        func trackPurchase(_ revenue: Double, currency: String) {
            let event = ADJEvent(eventToken: "⟦ev⟧")
            event?.setRevenue(revenue, currency: currency)
            Adjust.trackEvent(event)
        }
    }
    ''')
    return "ios/⟦c⟧/Services/AttributionService.swift".replace("⟦c⟧", c.cls), T(t, c, CALL=call, ev=rs(LOWER + DIG, 6)), needle


@P("adjust", "app_secret", "cs", "special", None, "ADJUST_APP_SECRET")
def p_adj_unity(c, v, pos):
    if pos:
        i = adjust_infos()
        needle = ", ".join("%d" % x for x in i)
        call = "config.setAppSecret(%d, %s);" % (R.randint(1, 5), needle)
    else:
        needle = None
        call = pick(["config.setAppSecret(secretId, info1, info2, info3, info4); // values injected by CI",
                     "// TODO config.setAppSecret(...) once the secret is created in the dashboard"])
    t = D('''
    using com.adjust.sdk;
    using UnityEngine;

    public class AdjustStarter : MonoBehaviour
    {
        [SerializeField] private bool sandbox;

        void Awake()
        {
            var env = sandbox ? AdjustEnvironment.Sandbox : AdjustEnvironment.Production;
            var config = new AdjustConfig("⟦adj_token⟧", env, true);
            config.setLogLevel(AdjustLogLevel.Suppress);
            ⟦CALL⟧
            Adjust.start(config);
        }
    }
    ''')
    return "Assets/Scripts/AdjustStarter.cs", T(t, c, CALL=call), needle


@P("adjust", "api_token", "py", "lit", g_adjust_api, "ADJUST_API_TOKEN")
def p_adj_api_py(c, v, pos):
    var = pick(["ADJUST_API_TOKEN", "TOKEN", "adjust_token", "API_TOKEN"])
    t = D('''
    """Adjust Report Service -> daily cohort CSV."""
    import requests

    ⟦var⟧ = ⟦V⟧
    APP_TOKENS = ["⟦adj_token⟧"]


    def report(date_from, date_to):
        r = requests.get(
            "https://automate.adjust.com/reports-service/report",
            headers={"Authorization": f"Bearer {⟦var⟧}"},
            params={
                "app_token__in": ",".join(APP_TOKENS),
                "date_period": f"{date_from}:{date_to}",
                "dimensions": "day,country,network",
                "metrics": "installs,cost,revenue",
            },
            timeout=120,
        )
        r.raise_for_status()
        return r.json()["rows"]
    ''')
    return pick(["analytics/adjust_report.py", "scripts/adjust_daily.py"]), T(t, c, V=v, var=var)


@P("adjust", "api_token", "yaml", "raw", g_adjust_api, "ADJUST_API_TOKEN")
def p_adj_api_yaml(c, v, pos):
    t = D('''
    # dbt / ingestion profile for marketing sources
    adjust:
      app_tokens:
        - ⟦adj_token⟧
      user_token: ⟦V⟧
      attribution_window_days: 7
    appsflyer:
      app_ids: [⟦af_appid⟧, ⟦bundle⟧]
    schedule: "0 4 * * *"
    ''')
    return pick(["ingest/marketing.yml", "config/sources/adjust.yaml"]), T(t, c, V=v)


# ---- Branch ------------------------------------------------------------------------------
@P("branch", "branch_secret", "py", "lit", g_branch_secret, "BRANCH_SECRET")
def p_br_py(c, v, pos):
    t = D('''
    import requests

    BRANCH_KEY = "⟦br_live⟧"  # public key, also in the apps
    BRANCH_SECRET = ⟦V⟧


    def create_invite_link(user_id: str, campaign: str) -> str:
        body = {
            "branch_key": BRANCH_KEY,
            "branch_secret": BRANCH_SECRET,
            "channel": "invite",
            "campaign": campaign,
            "data": {"$canonical_identifier": f"invite/{user_id}", "referrer": user_id},
        }
        r = requests.post("https://api2.branch.io/v1/url", json=body, timeout=15)
        r.raise_for_status()
        return r.json()["url"]
    ''')
    return pick(["backend/links/branch.py", "services/invites/branch_links.py"]), T(t, c, V=v)


@P("branch", "branch_secret", "env", "raw", g_branch_secret, "BRANCH_SECRET")
def p_br_env(c, v, pos):
    t = D('''
    NODE_ENV=production
    PORT=8080
    BRANCH_KEY=⟦br_live⟧
    BRANCH_SECRET=⟦V⟧
    LINK_DOMAIN=⟦slug⟧.app.link
    LOG_LEVEL=info
    ''')
    return "ENVPATH", T(t, c, V=v)


@P("branch", "branch_secret", "rb", "lit", g_branch_secret, "BRANCH_SECRET")
def p_br_rb(c, v, pos):
    t = D('''
    # frozen_string_literal: true

    # config/initializers/branch.rb
    BranchClient.configure do |config|
      config.key = "⟦br_live⟧"
      config.secret = ⟦V⟧
      config.timeout = 10
      config.logger = Rails.logger
    end
    ''')
    return "config/initializers/branch.rb", T(t, c, V=v)


@P("branch", "branch_secret", "ts", "lit", g_branch_secret, "BRANCH_SECRET")
def p_br_ts(c, v, pos):
    t = D('''
    import { BranchApi } from './branch-api';

    const branch = new BranchApi('⟦br_live⟧', ⟦V⟧);

    export async function shareLink(productId: string): Promise<string> {
      return branch.createLink({
        channel: 'share',
        feature: 'product',
        data: { $deeplink_path: `product/${productId}`, $og_title: '⟦app⟧' },
      });
    }
    ''')
    return pick(["src/server/links.ts", "api/src/branch/share.ts"]), T(t, c, V=v)


# ---- Singular ----------------------------------------------------------------------------
@P("singular", "sdk_secret", "swift", "lit", g_hex32, "SINGULAR_SDK_SECRET")
def p_sg_swift(c, v, pos):
    t = D('''
    import Singular
    import UIKit

    enum SingularSetup {
        static func start(launchOptions: [UIApplication.LaunchOptionsKey: Any]?) {
            guard let config = SingularConfig(apiKey: "⟦sg_key⟧", andSecret: ⟦V⟧) else { return }
            config.skAdNetworkEnabled = true
            config.waitForTrackingAuthorizationWithTimeoutInterval = 300
            config.launchOptions = launchOptions
            Singular.start(config)
        }
    }
    ''')
    return "ios/⟦c⟧/Analytics/SingularSetup.swift".replace("⟦c⟧", c.cls), T(t, c, V=v)


@P("singular", "sdk_secret", "kt", "lit", g_hex32, "SINGULAR_SDK_SECRET")
def p_sg_kotlin(c, v, pos):
    t = D('''
    package ⟦bundle⟧.analytics

    import android.content.Context
    import com.singular.sdk.Singular
    import com.singular.sdk.SingularConfig

    fun initSingular(context: Context, userId: String?) {
        val config = SingularConfig("⟦sg_key⟧", ⟦V⟧)
            .withCustomUserId(userId)
            .withSessionTimeoutInSec(120)
        Singular.init(context, config)
    }
    ''')
    return "app/src/main/java/⟦p⟧/analytics/SingularInit.kt".replace("⟦p⟧", c.pkgpath), T(t, c, V=v)


@P("singular", "reporting_api_key", "py", "raw", g_hex32, "SINGULAR_API_KEY")
def p_sg_report(c, v, pos):
    t = D('''
    import time

    import requests

    BASE = "https://api.singular.net/api/v2.0"


    def create_report(start, end):
        url = f"{BASE}/create_async_report?api_key=⟦V⟧"
        payload = {
            "start_date": start,
            "end_date": end,
            "dimensions": "app,source,os,country_field",
            "metrics": "custom_impressions,custom_clicks,adn_cost,custom_installs",
            "format": "csv",
        }
        r = requests.post(url, data=payload, timeout=60)
        r.raise_for_status()
        return r.json()["value"]["report_id"]


    def wait(report_id):
        while True:
            time.sleep(20)
            s = requests.get(f"{BASE}/get_report_status", params={"report_id": report_id}, timeout=30).json()
            if s["value"]["status"] == "DONE":
                return s["value"]["download_url"]
    ''')
    return pick(["etl/singular_report.py", "reports/singular/fetch.py"]), T(t, c, V=v)


@P("singular", "sdk_secret", "js", "lit", g_hex32, "SINGULAR_SDK_SECRET")
def p_sg_js(c, v, pos):
    t = D('''
    import { singularSdk, SingularConfig } from 'singular-sdk';

    export function initSingularWeb() {
      const config = new SingularConfig('⟦sg_key⟧', ⟦V⟧, '⟦bundle⟧.web');
      singularSdk.init(config);
    }
    ''')
    return pick(["web/src/tracking/singular.js", "src/lib/singular.js"]), T(t, c, V=v)


# ---- Kochava -----------------------------------------------------------------------------
@P("kochava", "reporting_api_key", "py", "lit", g_kochava_api, "KOCHAVA_API_KEY")
def p_kv_py(c, v, pos):
    t = D('''
    import json

    import requests

    KOCHAVA_API_KEY = ⟦V⟧
    APP_GUID = "⟦kv_guid⟧"


    def request_detail(start_ts, end_ts):
        body = {
            "api_key": KOCHAVA_API_KEY,
            "app_guid": APP_GUID,
            "time_start": str(start_ts),
            "time_end": str(end_ts),
            "traffic": ["install"],
            "delivery_format": "csv",
            "notify": ["⟦opsmail⟧"],
        }
        r = requests.post("https://reporting.api.kochava.com/v1.4/detail", data=json.dumps(body), timeout=60)
        return r.json().get("report_token")
    ''')
    return "etl/kochava_detail.py", T(t, c, V=v)


@P("kochava", "reporting_api_key", "json", "raw", g_kochava_api, "KOCHAVA_API_KEY")
def p_kv_json(c, v, pos):
    t = D('''
    {
      "name": "kochava-installs",
      "schedule": "daily",
      "source": {
        "type": "kochava",
        "app_guid": "⟦kv_guid⟧",
        "api_key": "⟦V⟧",
        "traffic": ["install", "event"]
      },
      "sink": {"type": "s3", "bucket": "⟦company⟧-mmp-exports", "prefix": "kochava/"}
    }
    ''')
    return pick(["pipelines/kochava.json", "jobs/kochava-installs.json"]), T(t, c, V=v)


# ---- RevenueCat --------------------------------------------------------------------------
@P("revenuecat", "secret_key", "ts", "raw", g_rc_secret, "REVENUECAT_SECRET_KEY")
def p_rc_node(c, v, pos):
    t = D('''
    import type { Request, Response } from 'express';

    const RC_API = 'https://api.revenuecat.com/v1';

    export async function grantPromo(req: Request, res: Response) {
      const { appUserId, entitlement } = req.body;
      const r = await fetch(`${RC_API}/subscribers/${encodeURIComponent(appUserId)}/entitlements/${entitlement}/promotional`, {
        method: 'POST',
        headers: {
          Authorization: 'Bearer ⟦V⟧',
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ duration: 'monthly' }),
      });
      res.status(r.status).json(await r.json());
    }
    ''')
    return pick(["server/src/routes/promo.ts", "functions/src/revenuecat/grantPromo.ts"]), T(t, c, V=v)


@P("revenuecat", "secret_key", "py", "lit", g_rc_secret, "REVENUECAT_SECRET_KEY")
def p_rc_py(c, v, pos):
    var = pick(["REVENUECAT_SECRET_KEY", "RC_KEY", "REVENUECAT_API_KEY", "rc_secret"])
    t = D('''
    import logging

    import httpx

    log = logging.getLogger(__name__)

    ⟦var⟧ = ⟦V⟧
    ENTITLEMENT = "premium"


    async def has_premium(app_user_id: str) -> bool:
        async with httpx.AsyncClient(timeout=10) as client:
            r = await client.get(
                f"https://api.revenuecat.com/v1/subscribers/{app_user_id}",
                headers={"Authorization": f"Bearer {⟦var⟧}"},
            )
        if r.status_code != 200:
            log.warning("revenuecat %s for %s", r.status_code, app_user_id)
            return False
        ent = r.json()["subscriber"]["entitlements"].get(ENTITLEMENT)
        return bool(ent and ent.get("expires_date") is None or ent)
    ''')
    return pick(["app/billing/revenuecat.py", "backend/subscriptions/rc_client.py"]), T(t, c, V=v, var=var)


@P("revenuecat", "secret_key", "yaml", "raw", g_rc_secret, "REVENUECAT_SECRET_KEY")
def p_rc_k8s(c, v, pos):
    t = D('''
    apiVersion: v1
    kind: Secret
    metadata:
      name: billing-api
      namespace: ⟦slug⟧
      labels:
        app.kubernetes.io/name: billing-api
    type: Opaque
    stringData:
      REVENUECAT_SECRET_KEY: ⟦V⟧
      REVENUECAT_PROJECT: proj⟦h8⟧
      LOG_LEVEL: info
    ''')
    return pick(["k8s/billing-api/secret.yaml", "deploy/billing/secret.yml"]), T(t, c, V=v, h8=hexs(8))


@P("revenuecat", "secret_key", "toml", "raw", g_rc_secret, "REVENUECAT_SECRET_KEY")
def p_rc_toml(c, v, pos):
    t = D('''
    [server]
    host = "0.0.0.0"
    port = 8080

    [revenuecat]
    api_key = "⟦V⟧"
    webhook_path = "/hooks/revenuecat"
    entitlement = "pro"

    [database]
    url = "postgres://billing@db.internal:5432/billing"
    pool_size = 10
    ''')
    return pick(["config/production.toml", "billing/config.toml"]), T(t, c, V=v)


@P("revenuecat", "secret_key", "go", "raw", g_rc_secret, "REVENUECAT_SECRET_KEY")
def p_rc_go(c, v, pos):
    t = D('''
    package revenuecat

    import (
    	"encoding/json"
    	"fmt"
    	"net/http"
    )

    type Subscriber struct {
    	Entitlements map[string]json.RawMessage `json:"entitlements"`
    }

    func Fetch(userID string) (*Subscriber, error) {
    	req, _ := http.NewRequest("GET", fmt.Sprintf("https://api.revenuecat.com/v1/subscribers/%s", userID), nil)
    	req.Header.Set("Authorization", "Bearer ⟦V⟧")
    	req.Header.Set("X-Platform", "ios")
    	resp, err := http.DefaultClient.Do(req)
    	if err != nil {
    		return nil, err
    	}
    	defer resp.Body.Close()
    	var out struct{ Subscriber Subscriber `json:"subscriber"` }
    	return &out.Subscriber, json.NewDecoder(resp.Body).Decode(&out)
    }
    ''')
    return "internal/revenuecat/client.go", T(t, c, V=v)


@P("revenuecat", "secret_key", "dockerfile", "raw", g_rc_secret, "REVENUECAT_SECRET_KEY")
def p_rc_docker(c, v, pos):
    t = D('''
    FROM node:20-alpine AS build
    WORKDIR /app
    COPY package*.json ./
    RUN npm ci
    COPY . .
    RUN npm run build

    FROM node:20-alpine
    WORKDIR /app
    ENV NODE_ENV=production \\
        PORT=8080 \\
        REVENUECAT_SECRET_KEY=⟦V⟧
    COPY --from=build /app/dist ./dist
    COPY --from=build /app/node_modules ./node_modules
    EXPOSE 8080
    CMD ["node", "dist/index.js"]
    ''')
    return pick(["Dockerfile", "billing/Dockerfile"]), T(t, c, V=v)


# ---- OneSignal ---------------------------------------------------------------------------
@P("onesignal", "rest_api_key", "js", "raw", None, "ONESIGNAL_REST_API_KEY")
def p_os_node(c, v, pos):
    if pos:
        v = g_os_v2("app", c.os_appid)
    t = D('''
    const https = require('https');

    const ONESIGNAL_APP_ID = '⟦os_appid⟧';

    function notify(externalIds, title, body) {
      const payload = JSON.stringify({
        app_id: ONESIGNAL_APP_ID,
        include_aliases: { external_id: externalIds },
        target_channel: 'push',
        headings: { en: title },
        contents: { en: body },
      });
      const req = https.request({
        hostname: 'api.onesignal.com',
        path: '/notifications?c=push',
        method: 'POST',
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          Authorization: 'Key ⟦V⟧',
        },
      });
      req.write(payload);
      req.end();
    }

    module.exports = { notify };
    ''')
    return pick(["server/push/onesignal.js", "functions/notify.js"]), T(t, c, V=v), v


@P("onesignal", "rest_api_key", "php", "raw", g_os_legacy, "ONESIGNAL_REST_API_KEY")
def p_os_php(c, v, pos):
    t = D('''
    <?php

    function send_push(array $playerIds, string $message): string
    {
        $fields = [
            'app_id' => '⟦os_appid⟧',
            'include_player_ids' => $playerIds,
            'contents' => ['en' => $message],
        ];
        $ch = curl_init('https://onesignal.com/api/v1/notifications');
        curl_setopt($ch, CURLOPT_HTTPHEADER, [
            'Content-Type: application/json; charset=utf-8',
            'Authorization: Basic ⟦V⟧',
        ]);
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        curl_setopt($ch, CURLOPT_POST, true);
        curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($fields));
        $response = curl_exec($ch);
        curl_close($ch);
        return $response;
    }
    ''')
    return pick(["includes/push.php", "app/Services/OneSignalPush.php"]), T(t, c, V=v)


@P("onesignal", "rest_api_key", "rb", "lit", None, "ONESIGNAL_REST_API_KEY")
def p_os_rb(c, v, pos):
    if pos:
        s = g_os_v2("app", c.os_appid)
        v = lit("rb", s)
    t = D('''
    require "onesignal"

    OneSignal.configure do |config|
      config.app_key = ⟦V⟧
    end

    module Push
      APP_ID = "⟦os_appid⟧".freeze

      def self.broadcast(text)
        notification = OneSignal::Notification.new(app_id: APP_ID, contents: { en: text },
                                                   included_segments: ["Subscribed Users"])
        OneSignal::DefaultApi.new.create_notification(notification)
      end
    end
    ''')
    return pick(["config/initializers/onesignal.rb", "lib/push.rb"]), T(t, c, V=v), (s if pos else None)


@P("onesignal", "rest_api_key", "json", "raw", None, "ONESIGNAL_REST_API_KEY")
def p_os_appsettings(c, v, pos):
    if pos:
        v = g_os_v2("app", c.os_appid)
    t = D('''
    {
      "Logging": {
        "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
      },
      "AllowedHosts": "*",
      "OneSignal": {
        "AppId": "⟦os_appid⟧",
        "RestApiKey": "⟦V⟧",
        "DefaultSegment": "Active Users"
      },
      "ConnectionStrings": {
        "Default": "Server=sql.internal;Database=⟦slug⟧;Integrated Security=true"
      }
    }
    ''')
    return pick(["src/Notifications.Api/appsettings.json", "appsettings.Production.json"]), T(t, c, V=v), v


@P("onesignal", "org_api_key", "sh", "raw", None, "ONESIGNAL_ORG_KEY")
def p_os_org_sh(c, v, pos):
    if pos:
        v = g_os_v2("org", uuid4())
    t = D('''
    #!/usr/bin/env bash
    # create a staging OneSignal app for QA builds
    set -e
    curl --request POST \\
         --url https://api.onesignal.com/apps \\
         --header 'Authorization: Key ⟦V⟧' \\
         --header 'content-type: application/json' \\
         --data '{"name": "⟦app⟧ QA", "apns_env": "sandbox", "organization_id": "⟦orgid⟧"}'
    ''')
    return pick(["scripts/create_onesignal_app.sh", "ops/onesignal-qa.sh"]), T(t, c, V=v, orgid=uuid4()), v


# ---- Firebase ----------------------------------------------------------------------------
@P("firebase", "fcm_server_key", "py", "raw", g_fcm_server, "FCM_SERVER_KEY")
def p_fcm_py(c, v, pos):
    t = D('''
    import json
    import urllib.request

    FCM_URL = "https://fcm.googleapis.com/fcm/send"


    def push(token, title, body):
        req = urllib.request.Request(
            FCM_URL,
            data=json.dumps({"to": token, "notification": {"title": title, "body": body}}).encode(),
            headers={
                "Content-Type": "application/json",
                "Authorization": "key=⟦V⟧",
            },
        )
        with urllib.request.urlopen(req, timeout=10) as resp:
            return json.load(resp)
    ''')
    return pick(["backend/notifications/fcm_legacy.py", "tools/send_test_push.py"]), T(t, c, V=v)


@P("firebase", "fcm_server_key", "properties", "raw", g_fcm_server, "FCM_SERVER_KEY")
def p_fcm_props(c, v, pos):
    t = D('''
    # Spring Boot - notification service
    server.port=8085
    spring.application.name=notification-service
    fcm.endpoint=https://fcm.googleapis.com/fcm/send
    fcm.server-key=⟦V⟧
    fcm.sender-id=⟦gcpnum⟧
    management.endpoints.web.exposure.include=health,info
    ''')
    return pick(["src/main/resources/application.properties", "notification-service/src/main/resources/application-prod.properties"]), T(t, c, V=v)


def sa_json(c, pk_escaped, kind="firebase"):
    email = c.gsa if kind != "firebase" else "firebase-adminsdk-%s@%s.iam.gserviceaccount.com" % (rs(LOWER + DIG, 5), c.gcp)
    d = [("type", "service_account"), ("project_id", c.gcp), ("private_key_id", hexs(40)),
         ("private_key", pk_escaped), ("client_email", email), ("client_id", c.client_id),
         ("auth_uri", "https://accounts.google.com/o/oauth2/auth"),
         ("token_uri", "https://oauth2.googleapis.com/token"),
         ("auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs"),
         ("client_x509_cert_url", "https://www.googleapis.com/robot/v1/metadata/x509/" + email.replace("@", "%40")),
         ("universe_domain", "googleapis.com")]
    lines = ['  "%s": "%s"' % (k, val) for k, val in d]
    return "{\n" + ",\n".join(lines) + "\n}\n"


@P("firebase", "service_account", "json", "special", None, "FIREBASE_SERVICE_ACCOUNT")
def p_fcm_sa_json(c, v, pos):
    if pos:
        pk = pem_escaped(rsa_pkcs8_b64())
    else:
        pk = pick(["", "-----BEGIN PRIVATE KEY-----\\n<redacted>\\n-----END PRIVATE KEY-----\\n",
                   "${FIREBASE_PRIVATE_KEY}", "REPLACE_ME"])
    return pick(["firebase/service-account.json", "functions/serviceAccountKey.json",
                 "config/%s-firebase-adminsdk.json" % c.gcp]), sa_json(c, pk), (pk if pos else None)


@P("firebase", "service_account", "py", "special", None, "FIREBASE_SERVICE_ACCOUNT")
def p_fcm_sa_py(c, v, pos):
    if pos:
        pk = pem_escaped(rsa_pkcs8_b64())
        pkv = '"%s"' % pk
    else:
        pk = None
        pkv = pick(['os.environ["FIREBASE_PRIVATE_KEY"].replace("\\\\n", "\\n")', '""', '"<private key>"'])
    t = D('''
    import firebase_admin
    from firebase_admin import credentials, messaging

    cred = credentials.Certificate({
        "type": "service_account",
        "project_id": "⟦gcp⟧",
        "private_key_id": "⟦pkid⟧",
        "private_key": ⟦PK⟧,
        "client_email": "firebase-adminsdk-⟦r5⟧@⟦gcp⟧.iam.gserviceaccount.com",
        "client_id": "⟦client_id⟧",
        "token_uri": "https://oauth2.googleapis.com/token",
    })
    firebase_admin.initialize_app(cred)


    def send_topic(topic, title, body):
        msg = messaging.Message(topic=topic, notification=messaging.Notification(title=title, body=body))
        return messaging.send(msg)
    ''')
    return pick(["backend/push.py", "notifier/firebase_init.py"]), T(t, c, PK=pkv, pkid=hexs(40), r5=rs(LOWER + DIG, 5)), pk


# ---- Apple -------------------------------------------------------------------------------
@P("apple", "p8_private_key", "p8", "special", None, "ASC_PRIVATE_KEY")
def p_asc_p8(c, v, pos):
    if pos:
        lines = pem_lines(p8_key_b64())
        return "fastlane/keys/AuthKey_%s.p8" % c.keyid, "\n".join(lines) + "\n", lines[1]
    body = pick(["-----BEGIN PRIVATE KEY-----\n<paste the key downloaded from App Store Connect>\n-----END PRIVATE KEY-----\n",
                 "# key is stored in 1Password: Mobile / App Store Connect API key\n",
                 "-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n"])
    return "fastlane/keys/AuthKey_%s.p8" % c.keyid, body, None


@P("apple", "p8_private_key", "rb", "special", None, "ASC_KEY_CONTENT")
def p_asc_fastlane(c, v, pos):
    if pos:
        kc = pem_escaped(p8_key_b64())
        kv = '"%s"' % kc
    else:
        kc = None
        kv = pick(['ENV["ASC_KEY_CONTENT"]', 'File.read("keys/AuthKey.p8")', '""'])
    t = D('''
    default_platform(:ios)

    platform :ios do
      before_all do
        app_store_connect_api_key(
          key_id: "⟦keyid⟧",
          issuer_id: "⟦issuer⟧",
          key_content: ⟦KV⟧,
          duration: 1200,
          in_house: false
        )
      end

      lane :beta do
        increment_build_number(xcodeproj: "⟦cls⟧.xcodeproj")
        build_app(scheme: "⟦cls⟧", export_method: "app-store")
        upload_to_testflight(skip_waiting_for_build_processing: true)
      end
    end
    ''')
    return "fastlane/Fastfile", T(t, c, KV=kv), kc


@P("apple", "p8_private_key", "json", "special", None, "ASC_KEY")
def p_asc_json(c, v, pos):
    if pos:
        kc = pem_escaped(p8_key_b64())
    else:
        kc = pick(["", "<contents of AuthKey_%s.p8>" % c.keyid])
    t = D('''
    {
      "key_id": "⟦keyid⟧",
      "issuer_id": "⟦issuer⟧",
      "key": "⟦KC⟧",
      "duration": 1200,
      "in_house": false
    }
    ''')
    return pick(["fastlane/api_key.json", "ios/fastlane/asc_api_key.json"]), T(t, c, KC=kc), (kc if pos else None)


@P("apple", "p8_private_key", "yaml", "special", None, "ASC_P8")
def p_asc_gha(c, v, pos):
    if pos:
        lines = pem_lines(p8_key_b64())
        needle = lines[1]
    else:
        lines = ["${{ secrets.ASC_PRIVATE_KEY }}"]
        needle = None
    block = "\n".join("          " + ln for ln in lines)
    t = D('''
    name: testflight

    on:
      push:
        tags: ["v*"]

    jobs:
      upload:
        runs-on: macos-14
        steps:
          - uses: actions/checkout@v4
          - name: Write App Store Connect key
            run: |
              mkdir -p ~/.appstoreconnect/private_keys
              cat > ~/.appstoreconnect/private_keys/AuthKey_⟦keyid⟧.p8 <<'EOF'
    ⟦BLOCK⟧
              EOF
          - name: Upload
            run: xcrun altool --upload-app -f build/⟦cls⟧.ipa -t ios --apiKey ⟦keyid⟧ --apiIssuer ⟦issuer⟧
    ''')
    return ".github/workflows/testflight.yml", T(t, c, BLOCK=block), needle


@P("apple", "shared_secret", "py", "lit", g_hex32, "APPSTORE_SHARED_SECRET")
def p_asc_ss_py(c, v, pos):
    var = pick(["APPSTORE_SHARED_SECRET", "SHARED_SECRET", "itunes_password", "IAP_SECRET"])
    t = D('''
    import requests

    PRODUCTION = "https://buy.itunes.apple.com/verifyReceipt"
    SANDBOX = "https://sandbox.itunes.apple.com/verifyReceipt"
    ⟦var⟧ = ⟦V⟧


    def verify(receipt_b64: str) -> dict:
        payload = {"receipt-data": receipt_b64, "password": ⟦var⟧, "exclude-old-transactions": True}
        r = requests.post(PRODUCTION, json=payload, timeout=20).json()
        if r.get("status") == 21007:  # sandbox receipt sent to production
            r = requests.post(SANDBOX, json=payload, timeout=20).json()
        return r
    ''')
    return pick(["billing/apple_receipts.py", "api/iap/verify_receipt.py"]), T(t, c, V=v, var=var)


@P("apple", "shared_secret", "yaml", "raw", g_hex32, "APPSTORE_SHARED_SECRET")
def p_asc_ss_yaml(c, v, pos):
    t = D('''
    # Helm values - subscriptions service
    replicaCount: 2
    image:
      repository: ghcr.io/⟦company⟧/subscriptions
      tag: "⟦ver⟧"
    config:
      apple:
        bundleId: ⟦bundle⟧
        sharedSecret: ⟦V⟧
        environment: Production
      google:
        packageName: ⟦bundle⟧
        serviceAccountSecret: play-publisher-sa
    ''')
    return pick(["deploy/subscriptions/values.yaml", "charts/subscriptions/values-prod.yaml"]), T(t, c, V=v)


@P("apple", "shared_secret", "js", "lit", g_hex32, "APPSTORE_SHARED_SECRET")
def p_asc_ss_node(c, v, pos):
    t = D('''
    const axios = require('axios');

    const validator = {
      password: ⟦V⟧,
      bundleId: '⟦bundle⟧',
    };

    async function validateReceipt(receiptData, sandbox = false) {
      const url = sandbox
        ? 'https://sandbox.itunes.apple.com/verifyReceipt'
        : 'https://buy.itunes.apple.com/verifyReceipt';
      const { data } = await axios.post(url, {
        'receipt-data': receiptData,
        password: validator.password,
      });
      return data.latest_receipt_info || [];
    }

    module.exports = { validateReceipt };
    ''')
    return pick(["server/iap/apple.js", "functions/src/validateReceipt.js"]), T(t, c, V=v)


# ---- Google Play -------------------------------------------------------------------------
@P("googleplay", "service_account", "json", "special", None, "PLAY_SERVICE_ACCOUNT")
def p_gp_sa_json(c, v, pos):
    if pos:
        pk = pem_escaped(rsa_pkcs8_b64())
    else:
        pk = pick(["", "<PRIVATE KEY>", "${PLAY_PRIVATE_KEY}"])
    return pick(["fastlane/play-store-credentials.json", "android/play-publisher.json",
                 "secrets/google-play-api.json"]), sa_json(c, pk, kind="play"), (pk if pos else None)


@P("googleplay", "service_account", "yaml", "special", None, "PLAY_SERVICE_ACCOUNT")
def p_gp_sa_k8s(c, v, pos):
    if pos:
        pk = pem_escaped(rsa_pkcs8_b64())
    else:
        pk = pick(["", "REPLACE_ME"])
    js = sa_json(c, pk, kind="play")
    block = "\n".join("    " + ln for ln in js.rstrip("\n").split("\n"))
    t = D('''
    apiVersion: v1
    kind: Secret
    metadata:
      name: play-developer-api
      namespace: subscriptions
    type: Opaque
    stringData:
      service-account.json: |
    ⟦BLOCK⟧
    ''')
    return pick(["k8s/subscriptions/play-sa.yaml", "deploy/play-developer-api-secret.yml"]), T(t, c, BLOCK=block), (pk if pos else None)


@P("googleplay", "service_account", "rb", "special", None, "PLAY_SERVICE_ACCOUNT")
def p_gp_fastlane(c, v, pos):
    if pos:
        pk = pem_escaped(rsa_pkcs8_b64())
        js = json.dumps({"type": "service_account", "project_id": c.gcp, "private_key_id": hexs(40),
                         "private_key": "PKPK", "client_email": c.gsa, "client_id": c.client_id,
                         "token_uri": "https://oauth2.googleapis.com/token"})
        js = js.replace("PKPK", pk)
        jd = "json_key_data('%s')" % js
    else:
        pk = None
        jd = pick(['json_key_file(ENV["SUPPLY_JSON_KEY"])', 'json_key_file("~/.keys/play.json")'])
    t = D('''
    # Appfile
    ⟦JD⟧
    package_name("⟦bundle⟧")
    app_identifier("⟦bundle⟧")
    apple_id("⟦email⟧")
    team_id("⟦team⟧")
    ''')
    return "fastlane/Appfile", T(t, c, JD=jd), pk


# ---- misc file types -----------------------------------------------------------------------
@P("applovin", "report_key", "md", "raw", g_applovin_key, "APPLOVIN_REPORT_KEY")
def p_md_applovin(c, v, pos):
    t = D('''
    # Monetization setup - ⟦app⟧

    ## Mediation

    | Item | Value |
    |------|-------|
    | AdMob app id (Android) | `⟦admob_app⟧` |
    | MAX banner ad unit | `⟦max_unit⟧` |
    | MAX interstitial ad unit | `⟦max_unit2⟧` |
    | MAX report key | `⟦V⟧` |

    ## Daily revenue pull

    The Airflow DAG `max_revenue_daily` calls the MAX reporting API with the report key
    above and writes to `monetization.max_daily`. Ask #ads-ops before changing columns.
    ''')
    return pick(["docs/monetization.md", "docs/ads/README.md", "wiki/ads-setup.md"]), T(t, c, V=v)


@P("ironsource", "secret_key", "csv", "raw", g_hex32, "IRONSOURCE_SECRET_KEY")
def p_csv_networks(c, v, pos):
    t = D('''
    network,account_email,app,platform,app_key,secret,notes
    admob,⟦opsmail⟧,⟦app⟧,android,⟦admob_app⟧,,oauth via service account
    unity,⟦opsmail⟧,⟦app⟧,android,⟦gameid_a⟧,,stats key in 1Password
    ironsource,⟦opsmail⟧,⟦app⟧,android,⟦is_appkey⟧,⟦V⟧,reporting API
    applovin,⟦opsmail⟧,⟦app⟧,ios,,,see vault
    ''')
    return pick(["ops/ad_network_accounts.csv", "docs/mediation/networks.csv"]), T(t, c, V=v)


@P("onesignal", "rest_api_key", "log", "raw", None, "ONESIGNAL_REST_API_KEY")
def p_log_onesignal(c, v, pos):
    if pos:
        v = g_os_v2("app", c.os_appid)
    t = D('''
    ⟦ts⟧ INFO  [push-worker-3] campaign=winback_d7 segment="Inactive 7d" batch=1/4
    ⟦ts⟧ DEBUG [push-worker-3] POST https://api.onesignal.com/notifications?c=push
    ⟦ts⟧ DEBUG [push-worker-3] headers={'Content-Type': 'application/json', 'Authorization': 'Key ⟦V⟧'}
    ⟦ts⟧ DEBUG [push-worker-3] body={"app_id": "⟦os_appid⟧", "included_segments": ["Inactive 7d"]}
    ⟦ts⟧ INFO  [push-worker-3] response 200 id=⟦nid⟧ recipients=⟦n2⟧
    ''')
    return pick(["logs/push-worker.log", "var/log/notifier/debug.log"]), T(t, c, V=v, nid=uuid4()), v


@P("adjust", "api_token", "sql", "raw", g_adjust_api, "ADJUST_API_TOKEN")
def p_sql_adjust(c, v, pos):
    t = D('''
    -- seed data for the marketing connectors service
    CREATE TABLE IF NOT EXISTS connector_accounts (
        id          SERIAL PRIMARY KEY,
        provider    TEXT NOT NULL,
        app_ref     TEXT NOT NULL,
        credential  TEXT,
        created_at  TIMESTAMPTZ DEFAULT now()
    );

    INSERT INTO connector_accounts (provider, app_ref, credential) VALUES
        ('adjust', '⟦adj_token⟧', '⟦V⟧'),
        ('appsflyer', '⟦af_appid⟧', NULL),
        ('admob', 'pub-⟦pubid⟧', NULL);
    ''')
    return pick(["db/seeds/001_connectors.sql", "migrations/2024_03_connectors_seed.sql"]), T(t, c, V=v)


@P("appsflyer", "api_token_v2", "ini", "raw", g_af_v2, "APPSFLYER_API_TOKEN")
def p_ini_af(c, v, pos):
    t = D('''
    [general]
    timezone = UTC
    output_dir = /data/mmp

    [appsflyer]
    app_ids = ⟦af_appid⟧,⟦bundle⟧
    api_token = ⟦V⟧
    reports = installs_report,in_app_events_report

    [bigquery]
    project = ⟦gcp⟧
    dataset = appsflyer_raw
    ''')
    return pick(["etl/config.ini", "mmp_export.cfg"]), T(t, c, V=v)


@P("singular", "sdk_secret", "xcconfig", "raw", g_hex32, "SINGULAR_SDK_SECRET")
def p_xcconfig_singular(c, v, pos):
    t = D('''
    // Release.xcconfig
    #include "Pods/Target Support Files/Pods-⟦cls⟧/Pods-⟦cls⟧.release.xcconfig"

    PRODUCT_BUNDLE_IDENTIFIER = ⟦bundle⟧
    MARKETING_VERSION = ⟦ver⟧
    SINGULAR_SDK_KEY = ⟦sg_key⟧
    SINGULAR_SDK_SECRET = ⟦V⟧
    GAD_APPLICATION_IDENTIFIER = ⟦admob_app⟧
    ''')
    return pick(["ios/Config/Release.xcconfig", "Configs/Release.xcconfig"]), T(t, c, V=v)


@P("appsflyer", "dev_key", "gradle", "raw", g_af_dev, "AF_DEV_KEY")
def p_kts_af(c, v, pos):
    t = D('''
    plugins {
        id("com.android.application")
        kotlin("android")
    }

    android {
        namespace = "⟦bundle⟧"
        compileSdk = 34
        defaultConfig {
            applicationId = "⟦bundle⟧"
            minSdk = 24
            targetSdk = 34
            versionName = "⟦ver⟧"
            buildConfigField("String", "AF_DEV_KEY", "\\"⟦V⟧\\"")
            buildConfigField("String", "ADMOB_APP_ID", "\\"⟦admob_app⟧\\"")
        }
        buildFeatures { buildConfig = true }
    }
    ''')
    return "app/build.gradle.kts", T(t, c, V=v)


@P("revenuecat", "secret_key", "md", "raw", g_rc_secret, "REVENUECAT_SECRET_KEY")
def p_md_rc(c, v, pos):
    t = D('''
    # Support runbook: subscription issues

    1. Look the user up in the RevenueCat dashboard (project "⟦app⟧").
    2. If the entitlement is missing, check the raw subscriber record:

    ```bash
    curl -s https://api.revenuecat.com/v1/subscribers/$APP_USER_ID \\
      -H "Authorization: Bearer ⟦V⟧" | jq '.subscriber.entitlements'
    ```

    3. Grant a promotional entitlement only with approval from #billing.
    ''')
    return pick(["docs/runbooks/subscriptions.md", "support/RUNBOOK.md"]), T(t, c, V=v)


@P("branch", "branch_secret", "tf", "raw", g_branch_secret, "BRANCH_SECRET")
def p_tf_branch(c, v, pos):
    t = D('''
    resource "github_actions_secret" "branch_key" {
      repository      = "⟦slug⟧-backend"
      secret_name     = "BRANCH_KEY"
      plaintext_value = "⟦br_live⟧"
    }

    resource "github_actions_secret" "branch_secret" {
      repository      = "⟦slug⟧-backend"
      secret_name     = "BRANCH_SECRET"
      plaintext_value = "⟦V⟧"
    }
    ''')
    return pick(["infra/github/secrets.tf", "terraform/github.tf"]), T(t, c, V=v)


@P("unity", "stats_api_key", "ts", "lit", g_unity_stats, "UNITY_STATS_API_KEY")
def p_unity_ts(c, v, pos):
    t = D('''
    import axios from 'axios';

    export class UnityAdsReporter {
      constructor(private readonly orgId: string, private readonly apiKey: string) {}

      async daily(start: string, end: string) {
        const { data } = await axios.get(
          `https://monetization.api.unity.com/stats/v1/operate/organizations/${this.orgId}`,
          {
            params: { fields: 'revenue_sum,view_count', groupBy: 'game', scale: 'day', start, end },
            headers: { Authorization: `Token ${this.apiKey}`, Accept: 'application/json' },
          },
        );
        return data;
      }
    }

    export const reporter = new UnityAdsReporter('⟦org⟧', ⟦V⟧);
    ''')
    return pick(["src/reporting/unityAds.ts", "packages/revenue/src/unity.ts"]), T(t, c, V=v)


# ================================================================ NEGATIVE look-alike templates
def fp(nbytes, sep=":"):
    return sep.join(hexs(2, upper=True) for _ in range(nbytes))


def idfa():
    return uuid4(upper=True)


def gaid():
    return uuid4()


def der_blob_b64(n):
    body = rbytes(n)
    return b64(b"\x30\x82" + len(body).to_bytes(2, "big") + body)


def skan_ids(k):
    return ["%s.skadnetwork" % rs(LOWER + DIG, 10) for _ in range(k)]


@N("admob", "admob_app_id")
def n_admob_manifest(c):
    t = D('''
    <?xml version="1.0" encoding="utf-8"?>
    <manifest xmlns:android="http://schemas.android.com/apk/res/android">
        <application android:name=".App" android:label="@string/app_name">
            <!-- AdMob app id (public, ships inside the APK) -->
            <meta-data
                android:name="com.google.android.gms.ads.APPLICATION_ID"
                android:value="⟦admob_app⟧" />
            <meta-data
                android:name="com.google.android.gms.ads.flag.OPTIMIZE_INITIALIZATION"
                android:value="true" />
            <property
                android:name="android.adservices.AD_SERVICES_CONFIG"
                android:resource="@xml/gma_ad_services_config"
                tools:replace="android:resource" />
        </application>
    </manifest>
    ''')
    return "app/src/main/AndroidManifest.xml", T(t, c)


@N("admob", "admob_app_id")
def n_admob_plist(c):
    items = "\n".join("\t\t<dict>\n\t\t\t<key>SKAdNetworkIdentifier</key>\n\t\t\t<string>%s</string>\n\t\t</dict>" % s
                      for s in skan_ids(R.randint(4, 9)))
    t = D('''
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
    <plist version="1.0">
    <dict>
    	<key>GADApplicationIdentifier</key>
    	<string>⟦admob_app⟧</string>
    	<key>SKAdNetworkItems</key>
    	<array>
    ⟦ITEMS⟧
    	</array>
    	<key>NSUserTrackingUsageDescription</key>
    	<string>Your data will be used to provide you a better and personalized ad experience.</string>
    </dict>
    </plist>
    ''')
    return "ios/Runner/Info.plist", T(t, c, ITEMS=items)


@N("admob", "admob_ad_unit_id")
def n_admob_units_kt(c):
    t = D('''
    package ⟦bundle⟧.ads

    object AdUnits {
        const val BANNER_HOME = "⟦admob_unit⟧"
        const val INTERSTITIAL_LEVEL_END = "⟦admob_unit2⟧"
        const val REWARDED_CONTINUE = "ca-app-pub-⟦pubid⟧/⟦d10⟧"

        // Google sample units for debug builds
        const val TEST_BANNER = "ca-app-pub-3940256099942544/6300978111"
        const val TEST_INTERSTITIAL = "ca-app-pub-3940256099942544/1033173712"
    }
    ''')
    return "app/src/main/java/⟦p⟧/ads/AdUnits.kt".replace("⟦p⟧", c.pkgpath), T(t, c, d10=digits(10))


@N("admob", "doc_example")
def n_admob_test_dart(c):
    t = D('''
    import 'dart:io';

    /// Google's documented sample ids - always return test ads.
    class TestAdIds {
      static String get appId => Platform.isAndroid
          ? 'ca-app-pub-3940256099942544~3347511713'
          : 'ca-app-pub-3940256099942544~1458002511';
      static String get banner => Platform.isAndroid
          ? 'ca-app-pub-3940256099942544/6300978111'
          : 'ca-app-pub-3940256099942544/2934735716';
      static String get rewarded => Platform.isAndroid
          ? 'ca-app-pub-3940256099942544/5224354917'
          : 'ca-app-pub-3940256099942544/1712485313';
    }
    ''')
    return "lib/ads/test_ad_ids.dart", t


@N("admob", "app_ads_txt")
def n_app_ads_txt(c):
    lines = ["# app-ads.txt for %s" % c.domain,
             "google.com, pub-%s, DIRECT, f08c47fec0942fa0" % c.pubid,
             "applovin.com, %s, DIRECT" % hexs(32),
             "unity.com, %s, DIRECT, 96cabb5fbdde37a7" % c.gameid_a,
             "ironsource.com, %s, DIRECT" % c.is_appkey,
             "facebook.com, %s, RESELLER, c3e20eee3f780d68" % digits(16),
             "pubmatic.com, %s, RESELLER, 5d62403b186f2ace" % digits(6),
             "inmobi.com, %s, RESELLER, 83e75a7ae333ca9d" % hexs(32)]
    return pick(["web/public/app-ads.txt", "site/static/app-ads.txt"]), "\n".join(lines) + "\n"


@N("branch", "public_key")
def n_branch_manifest(c):
    t = D('''
    <application android:name=".⟦cls⟧App">
        <!-- Branch keys are public: they are compiled into the app -->
        <meta-data android:name="io.branch.sdk.BranchKey" android:value="⟦br_live⟧" />
        <meta-data android:name="io.branch.sdk.BranchKey.test" android:value="key_test_⟦r32⟧" />
        <meta-data android:name="io.branch.sdk.TestMode" android:value="false" />

        <activity android:name=".LauncherActivity" android:launchMode="singleTask" android:exported="true">
            <intent-filter android:autoVerify="true">
                <action android:name="android.intent.action.VIEW" />
                <category android:name="android.intent.category.DEFAULT" />
                <category android:name="android.intent.category.BROWSABLE" />
                <data android:scheme="https" android:host="⟦slug⟧.app.link" />
                <data android:scheme="https" android:host="⟦slug⟧-alternate.app.link" />
            </intent-filter>
        </activity>
    </application>
    ''')
    return "app/src/main/res/manifest-fragment/branch.xml", T(t, c, r32=rs(ALNUM, 32))


@N("branch", "public_key")
def n_branch_plist(c):
    t = D('''
    	<key>branch_key</key>
    	<dict>
    		<key>live</key>
    		<string>⟦br_live⟧</string>
    		<key>test</key>
    		<string>key_test_⟦r32⟧</string>
    	</dict>
    	<key>branch_universal_link_domains</key>
    	<array>
    		<string>⟦slug⟧.app.link</string>
    		<string>⟦slug⟧-alternate.app.link</string>
    	</array>
    ''')
    return "ios/⟦c⟧/BranchKeys.plist".replace("⟦c⟧", c.cls), T(t, c, r32=rs(ALNUM, 32))


@N("revenuecat", "public_sdk_key")
def n_rc_swift(c):
    t = D('''
    import RevenueCat
    import SwiftUI

    @main
    struct ⟦cls⟧App: App {
        init() {
            Purchases.logLevel = .warn
            // Public app-specific SDK key (safe to ship)
            Purchases.configure(withAPIKey: "⟦rc_appl⟧")
        }

        var body: some Scene {
            WindowGroup { RootView() }
        }
    }
    ''')
    return "ios/⟦c⟧/⟦c⟧App.swift".replace("⟦c⟧", c.cls), T(t, c)


@N("revenuecat", "public_sdk_key")
def n_rc_rn(c):
    t = D('''
    import { Platform } from 'react-native';
    import Purchases, { LOG_LEVEL } from 'react-native-purchases';

    const API_KEYS = {
      ios: '⟦rc_appl⟧',
      android: '⟦rc_goog⟧',
      amazon: 'amzn_⟦r27⟧',
    };

    export function configurePurchases(userId?: string) {
      Purchases.setLogLevel(LOG_LEVEL.WARN);
      Purchases.configure({ apiKey: Platform.OS === 'ios' ? API_KEYS.ios : API_KEYS.android, appUserID: userId });
    }
    ''')
    return "src/billing/purchases.ts", T(t, c, r27=rs(ALNUM, 27))


@N("onesignal", "app_id")
def n_os_kotlin(c):
    t = D('''
    package ⟦bundle⟧

    import android.app.Application
    import com.onesignal.OneSignal
    import com.onesignal.debug.LogLevel

    const val ONESIGNAL_APP_ID = "⟦os_appid⟧"

    class PushApp : Application() {
        override fun onCreate() {
            super.onCreate()
            OneSignal.Debug.logLevel = LogLevel.WARN
            OneSignal.initWithContext(this, ONESIGNAL_APP_ID)
        }
    }
    ''')
    return "app/src/main/java/⟦p⟧/PushApp.kt".replace("⟦p⟧", c.pkgpath), T(t, c)


@N("onesignal", "app_id")
def n_os_flutter(c):
    t = D('''
    import 'package:onesignal_flutter/onesignal_flutter.dart';

    Future<void> initPush(String userId) async {
      OneSignal.initialize("⟦os_appid⟧");
      await OneSignal.Notifications.requestPermission(true);
      OneSignal.login(userId);
      OneSignal.User.addTagWithKey("cohort", "⟦date⟧");
    }
    ''')
    return "lib/push/onesignal.dart", T(t, c)


@N("firebase", "firebase_config_public")
def n_google_services(c):
    d = {
        "project_info": {"project_number": c.gcpnum, "project_id": c.gcp,
                         "storage_bucket": c.gcp + ".appspot.com"},
        "client": [{
            "client_info": {"mobilesdk_app_id": "1:%s:android:%s" % (c.gcpnum, hexs(16)),
                            "android_client_info": {"package_name": c.bundle}},
            "oauth_client": [{"client_id": "%s-%s.apps.googleusercontent.com" % (c.gcpnum, rs(LOWER + DIG, 32)),
                              "client_type": 3}],
            "api_key": [{"current_key": "AIza" + rs(B64URL, 35)}],
            "services": {"appinvite_service": {"other_platform_oauth_client": []}}}],
        "configuration_version": "1"}
    return pick(["app/google-services.json", "android/app/google-services.json"]), json.dumps(d, indent=2) + "\n"


@N("firebase", "firebase_config_public")
def n_google_service_plist(c):
    t = D('''
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
    <plist version="1.0">
    <dict>
    	<key>API_KEY</key>
    	<string>AIza⟦k⟧</string>
    	<key>GCM_SENDER_ID</key>
    	<string>⟦gcpnum⟧</string>
    	<key>PLIST_VERSION</key>
    	<string>1</string>
    	<key>BUNDLE_ID</key>
    	<string>⟦bundle⟧</string>
    	<key>PROJECT_ID</key>
    	<string>⟦gcp⟧</string>
    	<key>STORAGE_BUCKET</key>
    	<string>⟦gcp⟧.appspot.com</string>
    	<key>IS_ADS_ENABLED</key>
    	<false></false>
    	<key>IS_GCM_ENABLED</key>
    	<true></true>
    	<key>GOOGLE_APP_ID</key>
    	<string>1:⟦gcpnum⟧:ios:⟦h16⟧</string>
    </dict>
    </plist>
    ''')
    return "ios/Runner/GoogleService-Info.plist", T(t, c, k=rs(B64URL, 35), h16=hexs(16))


@N("googleplay", "signing_fingerprint")
def n_fingerprint_md(c):
    t = D('''
    # App signing

    Play App Signing is enabled. Register these certificate fingerprints with Firebase,
    Google Sign-In and the Adjust signature allow-list.

    | Key | SHA-1 | SHA-256 |
    |-----|-------|---------|
    | App signing (Google) | `⟦s1⟧` | `⟦s2⟧` |
    | Upload key | `⟦s3⟧` | `⟦s4⟧` |

    ```
    keytool -list -v -keystore upload.jks -alias upload
    ```
    ''')
    return pick(["docs/android-signing.md", "android/SIGNING.md"]), T(t, c, s1=fp(20), s2=fp(32), s3=fp(20), s4=fp(32))


@N("googleplay", "signing_fingerprint")
def n_assetlinks(c):
    d = [{"relation": ["delegate_permission/common.handle_all_urls"],
          "target": {"namespace": "android_app", "package_name": c.bundle,
                     "sha256_cert_fingerprints": [fp(32), fp(32)]}}]
    return pick(["web/.well-known/assetlinks.json", "public/.well-known/assetlinks.json"]), json.dumps(d, indent=2) + "\n"


@N("apple", "app_site_association")
def n_aasa(c):
    d = {"applinks": {"details": [{"appIDs": ["%s.%s" % (c.team, c.bundle)],
                                   "components": [{"/": "/invite/*"}, {"/": "/p/*"}]}]},
         "webcredentials": {"apps": ["%s.%s" % (c.team, c.bundle)]}}
    return "web/.well-known/apple-app-site-association", json.dumps(d, indent=2) + "\n"


@N("admob", "test_device_hash")
def n_test_devices(c):
    t = D('''
    package ⟦bundle⟧.ads

    import com.google.android.gms.ads.MobileAds
    import com.google.android.gms.ads.RequestConfiguration

    // Hashed device ids printed by the SDK in logcat ("Use RequestConfiguration.Builder()...")
    private val TEST_DEVICES = listOf(
        "⟦h1⟧", // QA Pixel 7
        "⟦h2⟧", // QA Galaxy A14
        "⟦h3⟧", // emulator
    )

    fun configureTestDevices() {
        MobileAds.setRequestConfiguration(
            RequestConfiguration.Builder().setTestDeviceIds(TEST_DEVICES).build()
        )
    }
    ''')
    return "app/src/debug/java/⟦p⟧/ads/TestDevices.kt".replace("⟦p⟧", c.pkgpath), T(
        t, c, h1=hexs(32, True), h2=hexs(32, True), h3=hexs(32, True))


@N("appsflyer", "advertising_ids_csv")
def n_af_raw_csv(c):
    rows = ["Attributed Touch Time,Install Time,Media Source,Campaign,Country Code,AppsFlyer ID,Advertising ID,IDFA,IDFV,Platform,App Version"]
    for _ in range(R.randint(6, 14)):
        plat = pick(["android", "ios"])
        rows.append(",".join([
            "%s %02d:%02d:%02d" % (c.date, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
            "%s %02d:%02d:%02d" % (c.date, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
            pick(["googleadwords_int", "Facebook Ads", "applovin_int", "unityads_int", "organic", "ironsource_int"]),
            pick(["UA_US_tROAS", "RT_D30", "Brand", "None", "iOS_SKAN_T1"]),
            pick(["US", "DE", "JP", "BR", "GB", "FR", "IN"]),
            "%d-%s" % (R.randint(1600000000000, 1740000000000), digits(R.choice([18, 19]))),
            gaid() if plat == "android" else "",
            idfa() if plat == "ios" and chance(0.6) else "",
            idfa() if plat == "ios" else "",
            plat, c.ver]))
    return pick(["exports/appsflyer/installs_%s.csv" % c.date, "data/raw/af_installs.csv"]), "\n".join(rows) + "\n"


@N("applovin", "revenue_export_csv")
def n_max_aro_csv(c):
    rows = ["Date,Ad Unit ID,Ad Unit Name,Waterfall,Ad Format,Placement,Country,Device Type,IDFA,IDFV,User ID,Revenue,Ad placement,Network,Network Placement"]
    for _ in range(R.randint(6, 12)):
        rows.append(",".join([
            "%s %02d:%02d:%02d.%03d" % (c.date, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)),
            pick([c.max_unit, c.max_unit2]), pick(["Inter_Main", "Banner_Home", "RV_Continue"]),
            "Default Waterfall", pick(["INTER", "BANNER", "REWARDED"]), "", pick(["us", "de", "br", "jp"]),
            pick(["phone", "tablet"]), idfa() if chance(0.4) else "", idfa(), hexs(24),
            "%.6f" % R.uniform(0.0001, 0.09), "", pick(["AppLovin", "Google Bidding", "Unity Ads", "Mintegral"]),
            pick([c.admob_unit, digits(10), hexs(24), "Rewarded_iOS_" + digits(6)])]))
    return pick(["exports/max/aro_%s.csv" % c.date, "data/applovin/user_ad_revenue.csv"]), "\n".join(rows) + "\n"


@N("apple", "receipt_data")
def n_receipt_fixture(c):
    d = {"receipt-data": der_blob_b64(R.randint(900, 1800)), "exclude-old-transactions": True}
    return pick(["tests/fixtures/apple_receipt_request.json", "spec/fixtures/receipt_sandbox.json"]), json.dumps(d, indent=2) + "\n"


@N("apple", "transaction_ids")
def n_storekit_json(c):
    otid = digits(15)
    items = []
    for k in range(R.randint(2, 5)):
        items.append({"quantity": "1", "product_id": "%s.sub.%s" % (c.bundle, pick(["monthly", "annual", "weekly"])),
                      "transaction_id": str(int(otid) + k * R.randint(1000, 99999)),
                      "original_transaction_id": otid, "purchase_date_ms": str(1700000000000 + R.randint(0, 10 ** 10)),
                      "web_order_line_item_id": digits(15), "is_trial_period": "false", "in_app_ownership_type": "PURCHASED"})
    d = {"status": 0, "environment": "Sandbox", "latest_receipt_info": items,
         "pending_renewal_info": [{"auto_renew_status": "1", "original_transaction_id": otid,
                                   "auto_renew_product_id": items[0]["product_id"]}]}
    return pick(["tests/fixtures/verify_receipt_response.json", "fixtures/apple/latest_receipt.json"]), json.dumps(d, indent=2) + "\n"


@N("googleplay", "order_ids")
def n_play_orders_csv(c):
    rows = ["Order Number,Order Charged Date,Financial Status,Product ID,SKU ID,Currency of Sale,Item Price,Country of Buyer,Base Plan ID"]
    for _ in range(R.randint(5, 12)):
        rows.append(",".join([
            "GPA.%s-%s-%s-%s" % (digits(4), digits(4), digits(4), digits(5)) + (("..%d" % R.randint(0, 12)) if chance(0.4) else ""),
            c.date, pick(["Charged", "Refund", "Charged"]), c.bundle, pick(["premium_monthly", "premium_annual", "coins_500"]),
            pick(["USD", "EUR", "BRL", "JPY"]), "%.2f" % R.uniform(0.99, 59.99), pick(["US", "DE", "BR", "JP"]),
            pick(["monthly-autorenewing", "annual", ""])]))
    return "reports/play/sales_%s.csv" % c.date[:7].replace("-", ""), "\n".join(rows) + "\n"


@N("googleplay", "billing_public_key")
def n_play_public_key(c):
    t = D('''
    package ⟦bundle⟧.billing;

    /**
     * Base64-encoded RSA public key from Play Console > Monetization setup > Licensing.
     * It is a PUBLIC key; it only verifies signatures of purchase data.
     */
    final class BillingKeys {
        static final String BASE64_ENCODED_PUBLIC_KEY =
                "⟦K⟧";

        private BillingKeys() {}
    }
    ''')
    return "app/src/main/java/⟦p⟧/billing/BillingKeys.java".replace("⟦p⟧", c.pkgpath), T(t, c, K=rsa_pub_b64())


@N("adjust", "app_token_public")
def n_adjust_tokens(c):
    t = D('''
    package ⟦bundle⟧.analytics

    /** Adjust app token and event tokens (identifiers, not credentials). */
    object AdjustTokens {
        const val APP_TOKEN = "⟦adj_token⟧"
        const val EV_REGISTRATION = "⟦e1⟧"
        const val EV_PURCHASE = "⟦e2⟧"
        const val EV_LEVEL_10 = "⟦e3⟧"
        const val EV_AD_WATCHED = "⟦e4⟧"
    }
    ''')
    return "app/src/main/java/⟦p⟧/analytics/AdjustTokens.kt".replace("⟦p⟧", c.pkgpath), T(
        t, c, e1=rs(LOWER + DIG, 6), e2=rs(LOWER + DIG, 6), e3=rs(LOWER + DIG, 6), e4=rs(LOWER + DIG, 6))


@N("adjust", "device_ids_log")
def n_adjust_callbacks_log(c):
    lines = []
    for _ in range(R.randint(5, 10)):
        lines.append("%s 127.0.0.1 GET /adjust/callback?app_token=%s&adid=%s&gps_adid=%s&tracker=%s&network_name=%s&activity_kind=install HTTP/1.1 200" % (
            c.ts, c.adj_token, hexs(32), gaid(), rs(LOWER + DIG, 6), pick(["Organic", "Google+Ads+ACI", "Unity", "AppLovin"])))
    return pick(["logs/adjust-callbacks.log", "var/log/nginx/adjust_callbacks.access.log"]), "\n".join(lines) + "\n"


@N("ironsource", "app_key_public")
def n_is_unity(c):
    t = D('''
    using Unity.Services.LevelPlay;
    using UnityEngine;

    public class LevelPlayInit : MonoBehaviour
    {
    #if UNITY_ANDROID
        private const string AppKey = "⟦is_appkey⟧";
    #elif UNITY_IPHONE
        private const string AppKey = "⟦k2⟧";
    #else
        private const string AppKey = "unexpected_platform";
    #endif

        void Start()
        {
            LevelPlay.OnInitSuccess += cfg => Debug.Log("LevelPlay ready");
            LevelPlay.Init(AppKey);
        }
    }
    ''')
    return "Assets/Scripts/Ads/LevelPlayInit.cs", T(t, c, k2=hexs(len(c.is_appkey)))


@N("unity", "game_id_public")
def n_unity_gameid(c):
    t = D('''
    using UnityEngine;
    using UnityEngine.Advertisements;

    public class AdsInitializer : MonoBehaviour, IUnityAdsInitializationListener
    {
        [SerializeField] string androidGameId = "⟦gameid_a⟧";
        [SerializeField] string iOSGameId = "⟦gameid_i⟧";
        [SerializeField] bool testMode = false;

        void Awake()
        {
            var gameId = Application.platform == RuntimePlatform.IPhonePlayer ? iOSGameId : androidGameId;
            Advertisement.Initialize(gameId, testMode, this);
        }

        public void OnInitializationComplete() => Debug.Log("Unity Ads ready");
        public void OnInitializationFailed(UnityAdsInitializationError e, string m) => Debug.LogWarning(m);
    }
    ''')
    return "Assets/Scripts/Ads/AdsInitializer.cs", T(t, c)


@N("kochava", "app_guid_public")
def n_kochava_swift(c):
    t = D('''
    import KochavaTracker
    import UIKit

    enum Measurement {
        static func start() {
            KVALog.shared.level = .warn
            KVATracker.shared.start(withAppGUIDString: "⟦kv_guid⟧")
        }
    }
    ''')
    return "ios/⟦c⟧/Measurement.swift".replace("⟦c⟧", c.cls), T(t, c)


@N("apple", "skan_conversion_schema")
def n_skan_schema(c):
    vals = []
    for cv in range(0, 64, pick([4, 8])):
        vals.append({"fine_value": cv, "coarse_value": pick(["low", "medium", "high"]),
                     "events": [{"name": pick(["af_purchase", "level_5", "ad_watched"]), "min": R.randint(0, 3),
                                 "revenue_usd": [round(R.uniform(0, 5), 2), round(R.uniform(5, 50), 2)]}]})
    d = {"app_id": c.af_appid, "schema_version": 4, "measurement_window_hours": 24, "values": vals}
    return "config/skan/conversion_schema.json", json.dumps(d, indent=2) + "\n"


@N("apple", "skadnetwork_ids")
def n_skan_plist_full(c):
    ids = skan_ids(R.randint(12, 30))
    body = "\n".join("\t<dict>\n\t\t<key>SKAdNetworkIdentifier</key>\n\t\t<string>%s</string>\n\t</dict>" % s for s in ids)
    t = '<?xml version="1.0" encoding="UTF-8"?>\n<!-- generated from the MAX SKAdNetwork id list -->\n<array>\n' + body + "\n</array>\n"
    return "ios/⟦c⟧/SKAdNetworkItems.plist".replace("⟦c⟧", c.cls), t


@N("cocoapods", "lockfile_hashes")
def n_podfile_lock(c):
    pods = [("AppLovinSDK", "12.6.1"), ("AppsFlyerFramework", "6.15.2"), ("Google-Mobile-Ads-SDK", "11.10.0"),
            ("FirebaseAnalytics", "11.3.0"), ("RevenueCat", "5.3.4"), ("OneSignalXCFramework", "5.2.5"),
            ("Adjust", "5.0.1"), ("Branch", "3.6.5"), ("IronSourceSDK", "8.4.0.0")]
    sel = [p for p in pods if chance(0.7)] or pods[:3]
    lines = ["PODS:"] + ["  - %s (%s)" % p for p in sel] + ["", "DEPENDENCIES:"] + \
            ["  - %s (~> %s)" % (n, v.rsplit(".", 1)[0]) for n, v in sel] + ["", "SPEC CHECKSUMS:"] + \
            ["  %s: %s" % (n, hexs(40)) for n, _ in sel] + ["", "PODFILE CHECKSUM: " + hexs(40), "", "COCOAPODS: 1.15.2"]
    return "ios/Podfile.lock", "\n".join(lines) + "\n"


@N("npm", "lockfile_hashes")
def n_package_lock(c):
    pk = {}
    for name, ver in [("react-native-applovin-max", "8.1.0"), ("react-native-appsflyer", "6.15.1"),
                      ("react-native-purchases", "8.2.4"), ("react-native-onesignal", "5.2.3"),
                      ("@react-native-firebase/app", "20.4.0"), ("react-native-google-mobile-ads", "14.2.1")]:
        if chance(0.75):
            pk["node_modules/" + name] = {"version": ver,
                                          "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], ver),
                                          "integrity": "sha512-" + b64(rbytes(64)), "license": "MIT"}
    d = {"name": c.slug, "version": c.ver, "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", json.dumps(d, indent=2) + "\n"


@N("gradle", "lockfile_hashes")
def n_gradle_verification(c):
    comps = [("com.applovin", "applovin-sdk", "12.6.1"), ("com.appsflyer", "af-android-sdk", "6.15.0"),
             ("com.google.android.gms", "play-services-ads", "23.3.0"), ("com.revenuecat.purchases", "purchases", "8.7.2"),
             ("com.onesignal", "OneSignal", "5.1.20")]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<verification-metadata xmlns="https://schema.gradle.org/dependency-verification">',
           "   <configuration>", "      <verify-metadata>true</verify-metadata>",
           "      <verify-signatures>false</verify-signatures>", "   </configuration>", "   <components>"]
    for g, a, v in comps:
        out += ['      <component group="%s" name="%s" version="%s">' % (g, a, v),
                '         <artifact name="%s-%s.aar">' % (a, v),
                '            <sha256 value="%s" origin="Generated by Gradle"/>' % hexs(64),
                "         </artifact>", "      </component>"]
    out += ["   </components>", "</verification-metadata>"]
    return "gradle/verification-metadata.xml", "\n".join(out) + "\n"


@N("dart", "lockfile_hashes")
def n_pubspec_lock(c):
    out = ["# Generated by pub", "# See https://dart.dev/tools/pub/glossary#lockfile", "packages:"]
    for n, v in [("applovin_max", "4.1.0"), ("appsflyer_sdk", "6.15.1"), ("google_mobile_ads", "5.2.0"),
                 ("purchases_flutter", "8.1.6"), ("onesignal_flutter", "5.2.6")]:
        out += ["  %s:" % n, "    dependency: \"direct main\"", "    description:", "      name: %s" % n,
                "      sha256: \"%s\"" % hexs(64), "      url: \"https://pub.dev\"", "    source: hosted",
                "    version: \"%s\"" % v]
    out += ["sdks:", "  dart: \">=3.4.0 <4.0.0\"", "  flutter: \">=3.22.0\""]
    return "pubspec.lock", "\n".join(out) + "\n"


@N("swiftpm", "lockfile_hashes")
def n_package_resolved(c):
    pins = []
    for ident, url, ver in [("applovin-max-swift-package", "https://github.com/AppLovin/AppLovin-MAX-Swift-Package.git", "12.6.1"),
                            ("purchases-ios", "https://github.com/RevenueCat/purchases-ios.git", "5.3.4"),
                            ("firebase-ios-sdk", "https://github.com/firebase/firebase-ios-sdk.git", "11.3.0"),
                            ("ios-sdk", "https://github.com/adjust/ios_sdk", "5.0.1")]:
        pins.append({"identity": ident, "kind": "remoteSourceControl", "location": url,
                     "state": {"revision": hexs(40), "version": ver}})
    d = {"originHash": hexs(64), "pins": pins, "version": 3}
    return "%s.xcworkspace/xcshareddata/swiftpm/Package.resolved" % c.cls, json.dumps(d, indent=2) + "\n"


@N("apple", "dsym_uuids")
def n_crash_log(c):
    lines = ["Incident Identifier: %s" % idfa(), "Hardware Model:      iPhone15,2",
             "Process:             %s [%d]" % (c.cls, R.randint(300, 9000)),
             "Identifier:          %s" % c.bundle, "Version:             %s (%s)" % (c.ver, c.build),
             "Date/Time:           %s %02d:%02d:%02d.%03d +0000" % (c.date, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)),
             "Exception Type:  EXC_BAD_ACCESS (SIGSEGV)", "", "Thread 0 Crashed:"]
    for i in range(R.randint(4, 8)):
        lines.append("%-3d %-28s 0x%s 0x%s + %d" % (i, pick([c.cls, "AppLovinSDK", "UIKitCore", "libobjc.A.dylib", "GoogleMobileAds"]),
                                                    hexs(16), hexs(9), R.randint(16, 90000)))
    lines += ["", "Binary Images:"]
    for name in [c.cls, "AppLovinSDK", "GoogleMobileAds", "AppsFlyerLib"]:
        lines.append("0x%s - 0x%s %s arm64  <%s> /private/var/containers/Bundle/Application/%s/%s.app/%s" % (
            hexs(9), hexs(9), name, hexs(32), idfa(), c.cls, name))
    return pick(["crashes/%s-%s.crash" % (c.cls, c.date), "docs/incidents/crash_%s.txt" % c.build]), "\n".join(lines) + "\n"


@N("firebase", "crashlytics_build_ids")
def n_gradle_build_log(c):
    t = D('''
    > Task :app:generateReleaseBuildConfig
    > Task :app:uploadCrashlyticsMappingFileRelease
    Uploading mapping file with id ⟦m⟧
    > Task :app:injectCrashlyticsMappingFileIdRelease
    > Task :app:injectCrashlyticsBuildIdsRelease
    Crashlytics build id: ⟦bid⟧
    > Task :app:bundleRelease
    Signing bundle with certificate SHA-256 ⟦sha⟧
    BUILD SUCCESSFUL in 4m 12s
    187 actionable tasks: 171 executed, 16 up-to-date
    ''')
    return pick(["ci/logs/assembleRelease.log", "build-logs/release-%s.log" % c.build]), T(
        t, c, m=hexs(32), bid=hexs(40), sha=fp(32, ""))


@N("android", "signing_config_envref")
def n_signing_gradle(c):
    t = D('''
    android {
        signingConfigs {
            release {
                storeFile file(System.getenv("ANDROID_KEYSTORE_PATH") ?: "release.jks")
                storePassword System.getenv("ANDROID_KEYSTORE_PASSWORD")
                keyAlias System.getenv("ANDROID_KEY_ALIAS") ?: "upload"
                keyPassword System.getenv("ANDROID_KEY_PASSWORD")
            }
        }
        buildTypes {
            release {
                signingConfig signingConfigs.release
                minifyEnabled true
                proguardFiles getDefaultProguardFile('proguard-android-optimize.txt'), 'proguard-rules.pro'
            }
        }
    }
    ''')
    return "app/signing.gradle", t


@N("apple", "jwks_public")
def n_apple_jwks(c):
    keys = []
    for _ in range(R.randint(2, 3)):
        keys.append({"kty": "RSA", "kid": rs(ALNUM, 10), "use": "sig", "alg": "RS256",
                     "n": b64u(rbytes(256)), "e": "AQAB"})
    return pick(["tests/fixtures/apple_jwks.json", "spec/fixtures/sign_in_with_apple_keys.json"]), json.dumps({"keys": keys}, indent=2) + "\n"


@N("apple", "signed_notification_jws")
def n_asn_v2(c):
    hdr = b64u(json.dumps({"alg": "ES256", "x5c": [der_blob_b64(300), der_blob_b64(260)]}, separators=(",", ":")).encode())
    pl = b64u(json.dumps({"notificationType": pick(["DID_RENEW", "SUBSCRIBED", "EXPIRED"]), "notificationUUID": uuid4(),
                          "data": {"bundleId": c.bundle, "environment": "Sandbox"}, "version": "2.0",
                          "signedDate": 1700000000000 + R.randint(0, 10 ** 10)}, separators=(",", ":")).encode())
    d = {"signedPayload": hdr + "." + pl + "." + b64u(rbytes(64))}
    return pick(["tests/fixtures/asn_v2_did_renew.json", "fixtures/app_store_notification.json"]), json.dumps(d, indent=2) + "\n"


@N("googleplay", "rtdn_pubsub")
def n_rtdn(c):
    inner = json.dumps({"version": "1.0", "packageName": c.bundle, "eventTimeMillis": str(1700000000000 + R.randint(0, 10 ** 10)),
                        "subscriptionNotification": {"version": "1.0", "notificationType": R.randint(1, 13),
                                                     "subscriptionId": "premium_monthly"}}).encode()
    d = {"message": {"data": b64(inner), "messageId": digits(16), "publishTime": c.ts, "attributes": {}},
         "subscription": "projects/%s/subscriptions/play-rtdn-push" % c.gcp}
    return "tests/fixtures/play_rtdn_message.json", json.dumps(d, indent=2) + "\n"


@N("apple", "key_ids_only")
def n_asc_ids(c):
    t = D('''
    # Appfile
    app_identifier("⟦bundle⟧")
    apple_id("⟦email⟧")
    itc_team_id("⟦itc⟧")
    team_id("⟦team⟧")

    # App Store Connect API key: the .p8 lives in CI secrets, only ids here
    ENV["APP_STORE_CONNECT_API_KEY_KEY_ID"] ||= "⟦keyid⟧"
    ENV["APP_STORE_CONNECT_API_KEY_ISSUER_ID"] ||= "⟦issuer⟧"
    ENV["APP_STORE_CONNECT_API_KEY_KEY_FILEPATH"] ||= "./keys/AuthKey_⟦keyid⟧.p8"
    ''')
    return "fastlane/Appfile", T(t, c, itc=digits(9))


@N("googleplay", "service_account_ids")
def n_iam_policy(c):
    t = D('''
    # Google Cloud IAM bindings for the Play publisher pipeline
    bindings:
      - role: roles/iam.serviceAccountTokenCreator
        members:
          - serviceAccount:⟦gsa⟧
      - role: roles/pubsub.subscriber
        members:
          - serviceAccount:⟦gsa⟧
    serviceAccount:
      email: ⟦gsa⟧
      uniqueId: "⟦client_id⟧"
      oauth2ClientId: "⟦client_id⟧"
    etag: ⟦etag⟧
    version: 1
    ''')
    return pick(["infra/iam/play-publisher.yaml", "gcp/policy.yaml"]), T(t, c, etag=b64(rbytes(8)))


@N("onesignal", "player_ids")
def n_os_response_log(c):
    lines = []
    for _ in range(R.randint(4, 8)):
        lines.append('%s INFO notifier: sent id=%s recipients=%d external_id_errors=[] invalid_player_ids=["%s"]' % (
            c.ts, uuid4(), R.randint(1, 30000), uuid4()))
    lines.append('%s INFO notifier: subscription %s onesignal_id=%s app_id=%s' % (c.ts, uuid4(), uuid4(), c.os_appid))
    return "logs/notifier.log", "\n".join(lines) + "\n"


@N("firebase", "fcm_device_tokens")
def n_fcm_tokens_fixture(c):
    toks = ["%s:APA91b%s" % (rs(B64URL, 22), rs(B64URL, 134)) for _ in range(R.randint(2, 4))]
    d = {"registration_ids": toks, "priority": "high",
         "data": {"type": "reengage", "deeplink": "%s://home" % c.slug}}
    return pick(["tests/fixtures/fcm_multicast.json", "fixtures/push/devices.json"]), json.dumps(d, indent=2) + "\n"


@N("revenuecat", "webhook_event")
def n_rc_webhook(c):
    d = {"api_version": "1.0", "event": {
        "type": pick(["INITIAL_PURCHASE", "RENEWAL", "CANCELLATION"]), "id": uuid4(upper=True),
        "app_id": "app" + hexs(10), "app_user_id": "$RCAnonymousID:" + hexs(32),
        "original_app_user_id": "$RCAnonymousID:" + hexs(32), "aliases": ["$RCAnonymousID:" + hexs(32)],
        "product_id": "premium_monthly", "period_type": "NORMAL", "store": pick(["APP_STORE", "PLAY_STORE"]),
        "environment": "PRODUCTION", "transaction_id": digits(16), "original_transaction_id": digits(16),
        "price": round(R.uniform(1, 60), 2), "currency": "USD", "country_code": "US",
        "event_timestamp_ms": 1700000000000 + R.randint(0, 10 ** 10)}}
    return pick(["tests/fixtures/revenuecat/initial_purchase.json", "fixtures/rc_webhook.json"]), json.dumps(d, indent=2) + "\n"


@N("applovin", "ad_unit_ids")
def n_max_units_cs(c):
    t = D('''
    public static class MaxAdUnits
    {
    #if UNITY_IOS
        public const string Banner = "⟦a⟧";
        public const string Interstitial = "⟦b⟧";
        public const string Rewarded = "⟦c3⟧";
    #else
        public const string Banner = "⟦max_unit⟧";
        public const string Interstitial = "⟦max_unit2⟧";
        public const string Rewarded = "⟦d⟧";
    #endif
    }
    ''')
    return "Assets/Scripts/Ads/MaxAdUnits.cs", T(t, c, a=hexs(16), b=hexs(16), c3=hexs(16), d=hexs(16))


@N("applovin", "mediation_debug_log")
def n_max_debug_log(c):
    lines = ["%s D/AppLovinSdk: [MediationDebugger] ----- %s -----" % (c.ts, c.app)]
    for net in ["Google Bidding and Google AdMob", "Unity Ads", "ironSource", "Mintegral", "Meta Audience Network"]:
        lines.append("%s D/AppLovinSdk: [MediationDebugger] %s adapter=%d.%d.%d.0 sdk=%d.%d.%d status=COMPLETE" % (
            c.ts, net, R.randint(1, 23), R.randint(0, 9), R.randint(0, 9), R.randint(1, 23), R.randint(0, 9), R.randint(0, 9)))
    lines.append("%s D/AppLovinSdk: [AdUnit] id=%s format=INTER waterfall=Default network_placement=%s" % (c.ts, c.max_unit, c.admob_unit))
    lines.append("%s D/AppLovinSdk: [AdUnit] id=%s format=BANNER network_placement=%s" % (c.ts, c.max_unit2, hexs(24)))
    lines.append("%s I/AppLovinSdk: Test device advertising id: %s" % (c.ts, gaid()))
    return "logs/logcat_mediation_debugger.txt", "\n".join(lines) + "\n"


@N("ironsource", "placement_ids")
def n_mediation_json(c):
    d = {"app": c.bundle, "levelplay": {"appKey": c.is_appkey, "adUnits": {
        "rewarded": {"adUnitId": rs(LOWER + DIG, 16), "placements": ["DefaultRewardedVideo", "Continue"]},
        "interstitial": {"adUnitId": rs(LOWER + DIG, 16)}}},
         "unityads": {"gameId": c.gameid_a, "placements": {"rewarded": "Rewarded_Android", "interstitial": "Interstitial_Android"}},
         "instances": [{"network": "AdMob", "instanceId": R.randint(1000000, 9999999), "adUnit": c.admob_unit},
                       {"network": "UnityAds", "instanceId": R.randint(1000000, 9999999), "placement": "Rewarded_Android"}]}
    return pick(["config/mediation.json", "Assets/Resources/mediation_config.json"]), json.dumps(d, indent=2) + "\n"


@N("android", "signing_report")
def n_signing_report(c):
    out = ["> Task :app:signingReport"]
    for variant in ["debug", "release"]:
        out += ["Variant: %s" % variant, "Config: %s" % variant,
                "Store: /home/ci/.android/%s.keystore" % ("debug" if variant == "debug" else "upload"),
                "Alias: %s" % ("AndroidDebugKey" if variant == "debug" else "upload"),
                "MD5: %s" % fp(16), "SHA1: %s" % fp(20), "SHA-256: %s" % fp(32),
                "Valid until: Friday, %d %s 2053" % (R.randint(1, 28), pick(["March", "June", "October"])), "----------"]
    return pick(["docs/signingReport.txt", "ci/logs/signing_report.log"]), "\n".join(out) + "\n"


@N("git", "commit_shas")
def n_changelog(c):
    out = ["# Changelog", "", "## %s (%s)" % (c.ver, c.date), ""]
    for msg in ["bump AppLovin MAX to 12.6.1", "move Adjust app token to BuildConfig", "add RevenueCat paywall v2",
                "fix AppsFlyer deep link race on cold start", "drop legacy FCM server key usage (use HTTP v1)",
                "update SKAdNetwork ids"]:
        if chance(0.8):
            out.append("* %s ([%s](https://github.com/%s/%s/commit/%s))" % (msg, hexs(7), c.company, c.slug, hexs(40)))
    return "CHANGELOG.md", "\n".join(out) + "\n"


@N("firebase", "firebase_app_ids")
def n_tf_firebase(c):
    t = D('''
    resource "google_firebase_android_app" "main" {
      provider        = google-beta
      project         = "⟦gcp⟧"
      display_name    = "⟦app⟧ Android"
      package_name    = "⟦bundle⟧"
      sha1_hashes     = ["⟦s1⟧"]
      sha256_hashes   = ["⟦s2⟧"]
    }

    output "android_app_id" {
      value = "1:⟦gcpnum⟧:android:⟦h⟧"
    }
    ''')
    return pick(["infra/firebase.tf", "terraform/firebase/apps.tf"]), T(t, c, s1=hexs(40), s2=hexs(64), h=hexs(16))


@N("firebase", "firebase_app_ids")
def n_fastlane_dist(c):
    t = D('''
    lane :qa do
      gradle(task: "assemble", build_type: "Release")
      firebase_app_distribution(
        app: "1:⟦gcpnum⟧:android:⟦h⟧",
        groups: "qa-team, ads-ops",
        release_notes: "Build ⟦build⟧ - MAX ⟦ver⟧ waterfall test",
        service_credentials_file: ENV["FIREBASE_CREDENTIALS_PATH"]
      )
    end
    ''')
    return "android/fastlane/Fastfile", T(t, c, h=hexs(16))


@N("appsflyer", "request_signatures")
def n_af_sig_log(c):
    lines = []
    for _ in range(R.randint(4, 9)):
        lines.append("%s DEBUG skan: GET https://skadsdkless.appsflyer.com/api/v1.0/conversion-value?uid=%d-%s&app_id=%s&af_timestamp=%d&af_sig=%s -> 200" % (
            c.ts, R.randint(1600000000000, 1740000000000), digits(19), c.itunes, 1700000000 + R.randint(0, 10 ** 8), hexs(64)))
    return "logs/skan-client.log", "\n".join(lines) + "\n"


@N("generic", "webhook_signatures")
def n_webhook_sig_log(c):
    lines = []
    for _ in range(R.randint(4, 8)):
        lines.append('%s webhook provider=%s delivery=%s x-signature=sha256=%s status=accepted' % (
            c.ts, pick(["revenuecat", "adjust", "branch", "appsflyer"]), uuid4(), hexs(64)))
    return pick(["logs/webhooks.log", "var/log/ingest/webhooks.log"]), "\n".join(lines) + "\n"


@N("generic", "hashed_ids_sql")
def n_sql_hashed(c):
    rows = []
    for _ in range(R.randint(4, 8)):
        rows.append("    ('%s', '%s', '%s', %.4f)" % (hashlib.sha256(rbytes(16)).hexdigest(), pick(["US", "DE", "BR"]),
                                                     c.date, R.uniform(0.001, 2.5)))
    t = D('''
    -- ad revenue per user, ids are SHA-256 of the internal user id (privacy review #412)
    CREATE TABLE IF NOT EXISTS user_ad_revenue (
        user_hash   CHAR(64) NOT NULL,
        country     CHAR(2),
        day         DATE NOT NULL,
        revenue_usd NUMERIC(12, 6)
    );

    INSERT INTO user_ad_revenue (user_hash, country, day, revenue_usd) VALUES
    ⟦ROWS⟧;
    ''')
    return "db/fixtures/user_ad_revenue.sql", T(t, c, ROWS=",\n".join(rows))


@N("firebase", "remote_config_ids")
def n_remote_config(c):
    t = D('''
    # remote config defaults + experiment ids
    experiments:
      - id: ⟦u1⟧
        name: interstitial_frequency_cap
        variants: {control: 3, treatment: 2}
      - id: ⟦u2⟧
        name: paywall_layout_v2
        variants: {control: classic, treatment: carousel}
    parameters:
      ad_unit_banner: ⟦admob_unit⟧
      max_interstitial_id: ⟦max_unit⟧
      onesignal_app_id: ⟦os_appid⟧
      min_seconds_between_inters: ⟦n1⟧
    ''')
    return pick(["config/remote_config.yaml", "firebase/remoteconfig.defaults.yml"]), T(t, c, u1=uuid4(), u2=uuid4())


@N("generic", "base64_image")
def n_base64_image(c):
    png = b"\x89PNG\r\n\x1a\n" + rbytes(R.randint(90, 240))
    t = D('''
    import React from 'react';
    import { Image, StyleSheet } from 'react-native';

    // 1x placeholder shown while the rewarded ad loads
    const PLACEHOLDER = 'data:image/png;base64,⟦P⟧';

    export default function AdPlaceholder() {
      return <Image source={{ uri: PLACEHOLDER }} style={styles.img} />;
    }

    const styles = StyleSheet.create({ img: { width: 320, height: 50 } });
    ''')
    return "src/components/AdPlaceholder.tsx", T(t, c, P=b64(png))


@N("generic", "public_certificate")
def n_pin_cert(c):
    body = der_blob_b64(R.randint(700, 1000))
    return pick(["ios/%s/Resources/api_%s.pem" % (c.cls, c.company), "app/src/main/res/raw/api_cert.pem"]), \
        "\n".join(pem_lines(body, "CERTIFICATE")) + "\n"


@N("android", "ssl_pins")
def n_network_security(c):
    t = D('''
    <?xml version="1.0" encoding="utf-8"?>
    <network-security-config>
        <domain-config cleartextTrafficPermitted="false">
            <domain includeSubdomains="true">api.⟦domain⟧</domain>
            <pin-set expiration="2026-01-01">
                <pin digest="SHA-256">⟦p1⟧</pin>
                <pin digest="SHA-256">⟦p2⟧</pin>
            </pin-set>
        </domain-config>
    </network-security-config>
    ''')
    return "app/src/main/res/xml/network_security_config.xml", T(t, c, p1=b64(rbytes(32)), p2=b64(rbytes(32)))


@N("iab", "tcf_consent_string")
def n_tcf(c):
    tc = b64u(rbytes(R.randint(60, 120))) + "." + b64u(rbytes(R.randint(8, 20)))
    t = D('''
    // QA fixture: consent state captured from the CMP on a test device
    export const CONSENT_FIXTURE = {
      IABTCF_gdprApplies: 1,
      IABTCF_TCString: 'C⟦tc⟧',
      IABTCF_PurposeConsents: '⟦pc⟧',
      IABTCF_AddtlConsent: '2~⟦ac⟧~dv.',
    };
    ''')
    return "src/__fixtures__/consent.ts", T(t, c, tc=tc, pc="".join(pick("01") for _ in range(11)),
                                            ac=".".join(str(R.randint(1, 3000)) for _ in range(R.randint(4, 10))))


@N("googleplay", "advertising_id_zeroed")
def n_lat_log(c):
    lines = ["%s I/Attribution: advertisingId=00000000-0000-0000-0000-000000000000 limitAdTracking=true" % c.ts,
             "%s I/Attribution: appSetId=%s scope=DEVELOPER" % (c.ts, gaid()),
             "%s I/Attribution: installReferrer=utm_source%%3Dgoogle-play%%26utm_medium%%3Dorganic" % c.ts,
             "%s I/Attribution: idfv=%s" % (c.ts, idfa())]
    return "logs/attribution_debug.txt", "\n".join(lines) + "\n"


@N("apple", "sales_report")
def n_appstore_sales(c):
    hdr = "Provider\tProvider Country\tSKU\tDeveloper\tTitle\tVersion\tProduct Type Identifier\tUnits\tDeveloper Proceeds\tBegin Date\tEnd Date\tCustomer Currency\tCountry Code\tApple Identifier\tParent Identifier\tSubscription"
    rows = [hdr]
    for _ in range(R.randint(4, 9)):
        rows.append("\t".join(["APPLE", "US", pick([c.slug + "_premium_m", c.slug + "_coins_500", c.slug]), c.Company,
                               c.app, c.ver if chance(0.3) else "", pick(["IAY", "IA1", "1F"]), str(R.randint(1, 400)),
                               "%.2f" % R.uniform(0.5, 40), c.date, c.date, pick(["USD", "EUR", "GBP"]),
                               pick(["US", "DE", "GB"]), digits(10), c.itunes if chance(0.5) else "",
                               pick(["Renewal", "New", ""])]))
    return "reports/appstore/S_D_%s_%s.txt" % (digits(8), c.date.replace("-", "")), "\n".join(rows) + "\n"


@N("ironsource", "impression_revenue")
def n_is_ilr(c):
    d = {"impressionData": [{"auctionId": uuid4(), "adUnit": pick(["rewarded_video", "interstitial"]),
                             "country": pick(["US", "DE"]), "ab": "A", "segmentName": "",
                             "placement": "DefaultRewardedVideo", "adNetwork": pick(["ironsource", "unityads", "admob"]),
                             "instanceName": "Bidding", "instanceId": str(R.randint(1000000, 9999999)),
                             "revenue": round(R.uniform(0.001, 0.09), 6), "precision": "BID",
                             "encryptedCPM": "", "conversionValue": R.randint(0, 63)} for _ in range(R.randint(2, 4))]}
    return "tests/fixtures/levelplay_impression.json", json.dumps(d, indent=2) + "\n"


@N("applovin", "postback_template")
def n_max_postback(c):
    t = D('''
    # S2S ad revenue postback templates (macros are expanded by MAX)
    postbacks:
      adjust: "https://s2s.adjust.com/ad_revenue?s2s=1&app_token=⟦adj_token⟧&adid={ADJUST_ADID}&source=applovin_max_sdk&revenue={REVENUE}&currency=USD"
      internal: "https://events.⟦domain⟧/v1/ad_revenue?user={USER_ID}&idfa={IDFA}&unit={AD_UNIT_ID}&network={NETWORK_NAME}&rev={REVENUE}"
    ''')
    return "config/postbacks.yml", T(t, c)


@N("docker", "image_digests")
def n_docker_digest(c):
    t = D('''
    # pinned by digest, see renovate.json
    FROM python:3.12-slim@sha256:⟦d1⟧ AS base
    LABEL org.opencontainers.image.revision="⟦rev⟧"
    WORKDIR /srv
    COPY requirements.lock .
    RUN pip install --no-cache-dir --require-hashes -r requirements.lock
    COPY etl/ ./etl/
    ENV REVENUE_SOURCES=applovin,unity,ironsource \\
        APPLOVIN_REPORT_KEY_FILE=/run/secrets/applovin_report_key
    CMD ["python", "-m", "etl.run"]
    ''')
    return pick(["etl/Dockerfile", "Dockerfile.etl"]), T(t, c, d1=hexs(64), rev=hexs(40))


@N("generic", "env_example_empty")
def n_env_example(c):
    t = D('''
    # Copy to .env and fill in. Never commit the real file.
    APPLOVIN_SDK_KEY=
    APPLOVIN_REPORT_KEY=
    APPSFLYER_DEV_KEY=
    REVENUECAT_SECRET_KEY=
    ONESIGNAL_APP_ID=⟦os_appid⟧
    ONESIGNAL_REST_API_KEY=
    BRANCH_KEY=⟦br_live⟧
    BRANCH_SECRET=
    ''')
    return pick([".env.example", "backend/.env.sample", ".env.template"]), T(t, c)


@N("googleplay", "requirements_hashes")
def n_requirements_lock(c):
    out = ["# generated by pip-compile --generate-hashes"]
    for n, v in [("google-api-python-client", "2.143.0"), ("google-auth", "2.34.0"), ("requests", "2.32.3"),
                 ("pandas", "2.2.2"), ("firebase-admin", "6.5.0")]:
        out.append("%s==%s \\" % (n, v))
        out.append("    --hash=sha256:%s \\" % hexs(64))
        out.append("    --hash=sha256:%s" % hexs(64))
    return "etl/requirements.lock", "\n".join(out) + "\n"


# ================================================================ driver
ENV_OK_SUFFIX = ("example", "sample", "template", "dist")
ENV_POS_PATHS = [".env", ".env.local", ".env.production", "backend/.env", "server/.env.production"]
ENV_CAP = 25  # at most 1 in 20 positives in .env-style files


def env_blocked(path):
    b = path.rsplit("/", 1)[-1]
    if b == ".env":
        return True
    if b.startswith(".env."):
        return b.rsplit(".", 1)[-1] not in ENV_OK_SUFFIX
    return False


def filetype(path):
    b = path.rsplit("/", 1)[-1]
    if b.startswith(".env"):
        return "env"
    core = b.lstrip(".")
    if "." in core:
        return core.rsplit(".", 1)[-1]
    return b


def cycle(n_items, count):
    order = []
    while len(order) < count:
        o = list(range(n_items))
        R.shuffle(o)
        order += o
    return order[:count]


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def run_template(tpl, c, v, pos):
    res = tpl["fn"](c, v, pos)
    path, text = res[0], res[1]
    extra = res[2] if len(res) > 2 else None
    return path, text, extra


def main(argv):
    global R
    if len(argv) != 3:
        sys.stderr.write("usage: gen_fj.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    R = random.Random(seed)
    assert len(POS) >= 60 and len(NEG) >= 60, (len(POS), len(NEG))
    for sub in ("pos", "neg"):
        d = os.path.join(outdir, sub)
        if os.path.isdir(d):
            import shutil
            shutil.rmtree(d)
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []
    n_env = 0

    # ---------------- positives
    for i, ti in enumerate(cycle(len(POS), 500)):
        tpl = POS[ti]
        c = Ctx()
        s = tpl["gen"]() if tpl["gen"] else None
        v = None
        if s is not None:
            v = lit(tpl["lang"], s) if tpl["slot"] == "lit" else s
        path, text, extra = run_template(tpl, c, v, True)
        needle = extra if extra is not None else s
        if path == "ENVPATH":
            if n_env < ENV_CAP - 5 and chance(0.6):
                path = pick(ENV_POS_PATHS)
            else:
                path = pick(["config/branch.env", "deploy/backend.env", "docker/app.env"])
        if env_blocked(path):
            n_env += 1
        assert n_env <= ENV_CAP
        rel = "pos/p%04d/%s" % (i, path)
        assert needle and "\n" not in needle and needle == needle.strip() and len(needle) >= 12, (tpl["name"], needle)
        idx = text.find(needle)
        assert idx >= 0, (tpl["name"], needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], (tpl["name"], line)
        assert "⟦" not in text and "⟧" not in text, tpl["name"]
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": tpl["provider"], "kind": tpl["kind"],
                         "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})

    # ---------------- negatives: 250 re-used positive templates, 250 look-alikes, mixed
    jobs = ["reuse"] * 250 + ["look"] * 250
    R.shuffle(jobs)
    reuse_order = cycle(len(POS), 250)
    look_order = cycle(len(NEG), 250)
    ri = li = 0
    for i, job in enumerate(jobs):
        c = Ctx()
        if job == "reuse":
            tpl = POS[reuse_order[ri]]
            ri += 1
            if tpl["slot"] == "special":
                v, kind = None, "redacted_or_reference"
            else:
                v, kind = filler(tpl, c)
            path, text, _ = run_template(tpl, c, v, False)
            if path == "ENVPATH":
                path = pick([".env.example", ".env.sample", "backend/.env.example", "config/branch.env.sample"])
            provider = tpl["provider"]
        else:
            nt = NEG[look_order[li]]
            li += 1
            path, text = nt["fn"](c)
            kind, provider = nt["kind"], nt["provider"]
        assert not env_blocked(path), path
        assert "⟦" not in text and "⟧" not in text, path
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(path)})

    # no positive needle may appear in any negative file
    needles = [s["needle"] for s in secrets]
    for m in manifest:
        if m["label"] == "neg":
            with open(os.path.join(outdir, m["file"]), encoding="utf-8") as f:
                body = f.read()
            for nd in needles:
                assert nd not in body, (m["file"], nd)

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    # final check: re-read every positive and verify needle/line
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as f:
            lines = f.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
