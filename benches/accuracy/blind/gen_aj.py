#!/usr/bin/env python3
"""Blind evaluation-set generator "aj" for a git pre-commit secret scanner.

EMPHASIS: mobile release engineering and code signing.  The repositories and
CI configs that build, sign and ship iOS / Android / React-Native / Flutter /
Expo apps: fastlane (Fastfile, Appfile, Matchfile, Pluginfile, .env files),
Gradle signing (build.gradle[.kts], keystore.properties, gradle.properties,
signing.properties, local.properties, -Pandroid.injected.signing.*), Xcode
export (ExportOptions.plist, Info.plist, .xcconfig), keychain / `security
import` scripts, altool / notarytool, App Store Connect API keys (.p8),
Google Play / Firebase service accounts, OTA services (CodePush, EAS), crash
symbol upload (Sentry, Crashlytics/Fabric, Bugsnag), CI systems (GitHub
Actions, Bitrise, Codemagic, Azure Pipelines, GitLab, Jenkins, CircleCI) and
private dependency access (GitHub Packages, Mapbox SDK download, .netrc,
CocoaPods trunk).  Secrets sit next to bundle ids, team ids, key ids, issuer
ids, profile UUIDs and certificate fingerprints, which are the negatives.

USAGE
    python3 gen_aj.py OUTDIR SEED
Writes OUTDIR/pos/pNNNN/<relative path> (500 files, one credential each) and
OUTDIR/neg/nNNNN/<relative path> (500 files, innocent look-alikes only),
OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
OUTDIR/secrets.jsonl   {"file","needle","line"} (positives only).
Deterministic per SEED: the only entropy source is random.Random(SEED).
Standard library only (Python 3.11).

NEEDLE CONVENTIONS
* needle = the secret substring exactly as written in the file (no quotes);
  line = 1-based line of its first occurrence.
* Single-line PEM inside JSON / Ruby / YAML strings ("-----BEGIN PRIVATE
  KEY-----\\nMIG...\\n-----END PRIVATE KEY-----\\n"): the needle is the whole
  escaped value from "-----BEGIN" to the last "-----" inclusive.
* Multi-line PEM files (.p8, .pem, YAML block scalars): the needle is the
  FIRST base64 body line of the key (the line after -----BEGIN ...-----).
* Base64-encoded keystores and MATCH_GIT_BASIC_AUTHORIZATION: the whole
  base64 blob.  URLs with embedded tokens (Slack webhooks): the whole URL;
  https://user:TOKEN@host: the TOKEN only.
* Human-chosen passwords (keystore, p12, keychain, Apple ID, match) are
  drawn from human-looking patterns (Marek.1988winter, Tr0ub4dor&3 style).
* FASTLANE_SESSION: the needle is the myacinfo cookie value inside the
  serialized cookie jar.

DECISIONS
* CodePush deployment keys are labelled POSITIVE wherever they appear (CI
  variables, Fastfile, Info.plist, strings.xml): they are random values in a
  slot named "key" and grant read access to a deployment; negatives only use
  references ($(CODEPUSH_KEY_IOS), placeholders).
* AppLovin *SDK* keys (AndroidManifest applovin.sdk.key / Info.plist
  AppLovinSdkKey) are NEGATIVES (AppLovin documents putting them in the app);
  AppLovin *report* keys are positives.
* Google `current_key` (AIza...) in google-services.json / GoogleService-
  Info.plist / generated strings.xml, Firebase app ids, OAuth client ids,
  Sentry DSNs in the app, Mapbox pk. tokens, RevenueCat appl_/goog_, Branch
  key_live_, Stripe pk_live_, OneSignal app ids, AdMob ids: NEGATIVES.
* The Android debug keystore password `android` (documented default) is a
  negative.  Bugsnag notifier keys appear only as positives (CI upload).

DOUBTS (formats I am not sure of)
* Expo access tokens: modelled as 40 chars [A-Za-z0-9_-]; Expo documents
  no format.
* Bitrise personal access tokens (86 chars base64url) and Codemagic API
  tokens (43 chars base64url): guessed lengths, no documented format.
* App Center API tokens: 40 lowercase hex (from memory).  CodePush
  deployment keys: 37 chars base64url-ish (from memory of examples).
* OneSignal REST keys: legacy = base64 of a UUID string (48 chars), new
  `os_v2_app_` + 113 chars [a-z2-7] - the new length is a guess.
* RevenueCat secret keys: `sk_` + 32 alphanumerics; public `appl_`/`goog_`
  + 27 alphanumerics - lengths from memory.
* Sentry org tokens: `sntrys_` + base64(JSON{iat,url,region_url,org}) +
  `_` + 43 chars base64 - the exact secret alphabet is unsure; user tokens
  `sntryu_` + 64 hex; legacy tokens 64 hex.
* Huawei AGC client secret: 64 uppercase hex, client id 18-19 digits -
  guessed.  Samsung Galaxy Store: modelled as a service-account RSA key.
* Firebase CLI token (`1//0X` + 98 chars base64url): Google refresh-token
  length varies in practice (about 100).
* FASTLANE_SESSION myacinfo value: "DAWTKNV" + long hex + "MVRYV2" shape,
  from memory of redacted examples.
* AppLovin SDK/report keys: 86 chars base64url (from memory).
* HockeyApp: 32 hex.  Fabric/Crashlytics legacy build secret: 64 hex.
* GitHub checksum alphabet assumed 0-9A-Za-z for base62 of CRC32.
* Google API keys (negatives only) modelled as AIzaSy + 33 chars.
* Human-password generator mixes names/words/years/symbols; some outputs may
  look weaker or stronger than what real teams pick.
"""
import base64
import binascii
import hashlib
import json
import os
import random
import string
import sys

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B62 = DIG + UP + LO
B64URL = B62 + "-_"
B32L = LO + "234567"
UPDIG = UP + DIG

BAD_SUBSTR = ("abcd", "bcde", "1234", "2345", "3456", "4567", "5678", "6789",
              "xxxx", "XXXX", "0000", "1111", "aaaa", "AAAA", "test", "TEST",
              "pass", "PASS", "demo", "fake", "dummy", "qwer", "asdf")


def rs(r, n, alpha):
    while True:
        s = "".join(r.choice(alpha) for _ in range(n))
        low = s.lower()
        if not any(b.lower() in low for b in BAD_SUBSTR):
            return s


def b62enc(num, width):
    out = ""
    while num:
        num, rem = divmod(num, 62)
        out = B62[rem] + out
    return out.rjust(width, "0")


def gh_token(r, prefix):
    body = rs(r, 30, B62)
    return prefix + body + b62enc(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6)


def gh_fine(r):
    return "github_pat_" + rs(r, 22, B62) + "_" + rs(r, 59, B62)


def uuid4(r):
    v = r.getrandbits(128)
    v &= ~(0xF << 76)
    v |= 0x4 << 76
    v &= ~(0x3 << 62)
    v |= 0x2 << 62
    h = "%032x" % v
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


# ---------------------------------------------------------------- DER / keys
def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int(v):
    b = v.to_bytes((v.bit_length() + 8) // 8 or 1, "big")
    return der(0x02, b)


SMALL_PRIMES = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def is_probable_prime(r, n, rounds=8):
    for p in SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        a = r.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def gen_prime(r, bits):
    while True:
        c = r.getrandbits(bits) | (3 << (bits - 2)) | 1
        if is_probable_prime(r, c):
            return c


def rsa_pkcs8_der(r, bits=2048):
    e = 65537
    while True:
        p = gen_prime(r, bits // 2)
        q = gen_prime(r, bits // 2)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        if phi % e == 0:
            continue
        break
    if p < q:
        p, q = q, p
    n = p * q
    d = pow(e, -1, phi)
    rsakey = der(0x30, b"".join(der_int(x) for x in
                                 (0, n, e, d, p, q, d % (p - 1), d % (q - 1), pow(q, -1, p))))
    alg = der(0x30, der(0x06, bytes.fromhex("2a864886f70d010101")) + b"\x05\x00")
    return der(0x30, der_int(0) + alg + der(0x04, rsakey))


P256_P = 2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1
P256_B = 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B
P256_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
P256_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
          0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)


def _ec_add(P, Q):
    if P is None:
        return Q
    if Q is None:
        return P
    p = P256_P
    if P[0] == Q[0]:
        if (P[1] + Q[1]) % p == 0:
            return None
        lam = (3 * P[0] * P[0] - 3) * pow(2 * P[1], -1, p) % p
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, p) % p
    x = (lam * lam - P[0] - Q[0]) % p
    return (x, (lam * (P[0] - x) - P[1]) % p)


def ec_mul(k, P=P256_G):
    R = None
    while k:
        if k & 1:
            R = _ec_add(R, P)
        P = _ec_add(P, P)
        k >>= 1
    return R


def ec_p8_der(r):
    d = r.randrange(1, P256_N)
    X, Y = ec_mul(d)
    oid_ec = bytes.fromhex("06072a8648ce3d0201")
    oid_p256 = bytes.fromhex("06082a8648ce3d030107")
    inner = der(0x30, der_int(1) + der(0x04, d.to_bytes(32, "big")) + der(0xA0, oid_p256) +
                der(0xA1, der(0x03, b"\x00\x04" + X.to_bytes(32, "big") + Y.to_bytes(32, "big"))))
    return der(0x30, der_int(0) + der(0x30, oid_ec + oid_p256) + der(0x04, inner))


def pem_lines(derbytes, label):
    s = b64(derbytes)
    return (["-----BEGIN %s-----" % label] + [s[i:i + 64] for i in range(0, len(s), 64)] +
            ["-----END %s-----" % label])


def pem_escaped(derbytes, label):
    return "\\n".join(pem_lines(derbytes, label)) + "\\n"


def pem_escaped_needle(esc):
    # value from -----BEGIN to final ----- (trailing \n excluded)
    return esc[:esc.rindex("-----") + 5]


# ---------------------------------------------------------------- context
APP_NAMES = ["Tidewell", "Parcelo", "FitLoop", "Nomadly", "Brewtrack", "Quillo", "Harbr", "Mealvane",
             "Stepwise", "Ridgeway", "Pocketly", "Sproutly", "Lumora", "Cartwheel", "Veloz",
             "Dwellsy", "Kiteboard", "Pawpal", "Tallyho", "Bookmarq", "Crumbly", "Zestio",
             "Orbitly", "Plantee", "Wavelet", "Ferryman", "Snapcart", "Tandem", "Moodnest",
             "Glimmer", "Tripwise", "Loomly", "Pillbox", "Runbook", "Sitterly", "Voyagr"]
COMPANIES = ["acmelabs", "northwind", "bluefjord", "kestrel", "pinecone", "octavia", "brightpath",
             "sundial", "ironbark", "mosaic", "lanternhq", "quayside", "helixsoft", "redwoodapps",
             "tessellate", "fernandco", "copperleaf", "marlinmobile", "novaworks", "tinyforge"]
FIRST = ["marek", "anna", "jonas", "priya", "tomasz", "lucia", "kenji", "sofia", "ahmed", "elena",
         "diego", "hannah", "oliver", "mei", "ravi", "ingrid", "pavel", "chloe", "samir", "zoe"]
LAST = ["nowak", "schmidt", "okafor", "tanaka", "silva", "kowalski", "larsen", "moreau", "patel",
        "fischer", "haddad", "novak", "reyes", "berg", "costa", "ivanova", "murphy", "ito"]
WORDS = ["winter", "harbor", "falcon", "maple", "tiger", "sunset", "river", "orange", "kayak",
         "summit", "violet", "coffee", "panda", "rocket", "meadow", "copper", "lemon", "thunder",
         "cobalt", "walrus", "saturn", "pepper", "glacier", "banjo", "cactus", "marble", "otter",
         "lantern", "zebra", "nimbus", "cedar", "puffin", "quartz", "velvet", "biscuit", "comet"]
CITIES = ["Krakow", "Lisbon", "Oslo", "Austin", "Osaka", "Porto", "Gdansk", "Leeds", "Zurich", "Lyon"]


class Ctx:
    def __init__(self, r):
        self.r = r
        self.app = r.choice(APP_NAMES)
        self.company = r.choice(COMPANIES)
        self.slug = self.app.lower()
        self.bundle = "com.%s.%s" % (self.company, self.slug)
        self.package = self.bundle if r.random() < 0.7 else "io.%s.%s" % (self.company, self.slug)
        self.team_id = rs(r, 10, UPDIG)
        self.itc_team = str(r.randint(100000, 129999999))
        self.key_id = rs(r, 10, UPDIG)
        self.issuer = uuid4(r)
        fn, ln = r.choice(FIRST), r.choice(LAST)
        self.person = (fn, ln)
        self.apple_id = r.choice(["%s.%s@%s.com", "%s@%s.com", "ios-release@%s.com", "mobile-ci@%s.io"])
        if self.apple_id.count("%s") == 3:
            self.apple_id = self.apple_id % (fn, ln, self.company)
        elif self.apple_id.startswith("%s@"):
            self.apple_id = self.apple_id % (fn, self.company)
        else:
            self.apple_id = self.apple_id % self.company
        self.version = "%d.%d.%d" % (r.randint(1, 6), r.randint(0, 24), r.randint(0, 9))
        self.build = str(r.randint(100, 9800))
        self.alias = r.choice(["upload", "release", self.slug, "%s-release" % self.slug, "key0", "androidreleasekey"])
        self.keystore = r.choice(["release.keystore", "upload-keystore.jks", "%s.jks" % self.slug,
                                  "keystore/release.jks", "../keys/%s-upload.jks" % self.slug])
        self.project_num = str(r.randint(10 ** 11, 10 ** 12 - 1))
        self.gcp_project = "%s-%s-%d" % (self.slug, r.choice(["prod", "mobile", "app", "release"]), r.randint(100, 99999))
        self.org = r.choice([self.company, self.company + "-inc", self.slug + "-team"])
        self.scheme = self.app
        self.asc_app_id = str(r.randint(1400000000, 6599999999))
        self.profile_uuid = uuid4(r).upper() if r.random() < 0.5 else uuid4(r)
        self.branch = r.choice(["main", "develop", "release/" + self.version, "master"])
        self.ci_user = r.choice(["ci-bot", "%s-ci" % self.company, "mobile-bot", "release-bot", fn])
        self.platform = None

    def year(self):
        return self.r.randint(2019, 2025)


def human_password(r):
    fn = r.choice(FIRST).capitalize()
    w = r.choice(WORDS)
    w2 = r.choice(WORDS)
    yr = str(r.randint(1962, 2024))
    sym = r.choice("!.#&@$%*-_+?")
    leet = w.replace("o", "0").replace("a", "4").replace("e", "3") if r.random() < 0.5 else w.capitalize()
    pats = [fn + sym + yr + w,
            leet.capitalize() + sym + str(r.randint(1, 99)),
            w.capitalize() + w2.capitalize() + sym + yr,
            r.choice(CITIES) + sym + w + str(r.randint(10, 99)),
            fn + w2.capitalize() + str(r.randint(1, 31)).zfill(2) + sym,
            w.capitalize() + sym + fn.lower() + yr[-2:] + sym,
            r.choice(CITIES).lower() + yr + sym + w2.capitalize()]
    return r.choice(pats)


def strong_password(r, n=None):
    n = n or r.randint(16, 28)
    alpha = B62 * 3 + "!#%+=.@^_~-"
    while True:
        s = rs(r, n, alpha)
        if any(c in DIG for c in s) and any(c in UP for c in s) and any(c in LO for c in s):
            return s


def any_password(r):
    return human_password(r) if r.random() < 0.6 else strong_password(r)


def passphrase(r):
    if r.random() < 0.5:
        ws = r.sample(WORDS, 4)
        return r.choice("-_.") .join(ws) + str(r.randint(1, 99))
    return strong_password(r, r.randint(24, 40))


# ---------------------------------------------------------------- token makers
def t_firebase_cli(r, c):
    return "1//0" + r.choice("39cegGLhdSsFjJkn") + rs(r, 98, B64URL)


def t_gocspx(r, c):
    return "GOCSPX-" + rs(r, 28, B64URL)


def t_app_specific(r, c):
    return "-".join(rs(r, 4, LO) for _ in range(4))


def t_sentry_org(r, c):
    iat = r.randint(1690000000, 1740000000) + r.randint(0, 999999) / 1e6
    region = r.choice(["https://us.sentry.io", "https://de.sentry.io"])
    j = json.dumps({"iat": round(iat, 6), "url": "https://sentry.io", "region_url": region,
                    "org": c.org}, separators=(",", ":"))
    return "sntrys_" + base64.b64encode(j.encode()).decode().rstrip("=") + "_" + rs(r, 43, B62 + "+/")


def t_sentry_user(r, c):
    return "sntryu_" + rs(r, 64, HEXL)


def t_sentry_legacy(r, c):
    return rs(r, 64, HEXL)


def t_hex(n, up=False):
    return lambda r, c: rs(r, n, HEXU if up else HEXL)


def t_alnum(prefix, n, alpha=B62):
    return lambda r, c: prefix + rs(r, n, alpha)


def t_mapbox(kind):
    def f(r, c):
        user = c.company if r.random() < 0.6 else c.person[0] + c.person[1][:3]
        j = json.dumps({"u": user, "a": "cl" + rs(r, 23, LO + DIG)}, separators=(",", ":"))
        return kind + "." + b64u_nopad(j.encode()) + "." + rs(r, 22, B64URL)
    return f


def t_onesignal(r, c):
    if r.random() < 0.5:
        return base64.b64encode(uuid4(r).encode()).decode()
    return "os_v2_app_" + rs(r, 113, B32L)


def t_codepush(r, c):
    return rs(r, 28, B64URL) + r.choice(["4ksvOXqog", "Hj8kYd2Lq", "7fZ0pWm3e", "Qs9RtbV2x"])


def t_fcm_server(r, c):
    return "AAAA" + rs(r, 7, B64URL) + ":APA91b" + rs(r, 134, B64URL)


def t_slack_hook(r, c):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, r.choice([8, 10]), UPDIG),
                                                          rs(r, r.choice([9, 10, 11]), UPDIG), rs(r, 24, B62))


def t_amzn_secret(r, c):
    return "amzn1.oa2-cs.v1." + rs(r, 64, HEXL)


def t_aws_secret(r, c):
    return rs(r, 40, B62 + "+/")


def t_asc_jwt(r, c):
    hdr = b64u_nopad(json.dumps({"alg": "ES256", "kid": c.key_id, "typ": "JWT"}, separators=(",", ":")).encode())
    iat = r.randint(1700000000, 1740000000)
    pl = b64u_nopad(json.dumps({"iss": c.issuer, "iat": iat, "exp": iat + 1200, "aud": "appstoreconnect-v1"},
                               separators=(",", ":")).encode())
    return hdr + "." + pl + "." + b64u_nopad(rbytes(r, 64))


def t_match_basic(r, c):
    tok = gh_token(r, "ghp_") if r.random() < 0.7 else gh_fine(r)
    return b64(("%s:%s" % (c.ci_user, tok)).encode())


def t_myacinfo(r, c):
    return "DAWTKNV" + r.choice("23") + rs(r, r.randint(330, 420), HEXL) + "MVRYV2"


def t_keystore_b64(r, c):
    if r.random() < 0.6:  # JKS
        alias = c.alias.encode()
        body = bytes.fromhex("feedfeed000000020000000100000001") + len(alias).to_bytes(2, "big") + alias
        body += (r.randint(1500000000, 1740000000) * 1000).to_bytes(8, "big")
        enc = der(0x30, der(0x30, der(0x06, bytes.fromhex("2b060104012a021101")) + b"\x05\x00") +
                  der(0x04, rbytes(r, r.randint(1180, 1260))))
        body += len(enc).to_bytes(4, "big") + enc + b"\x00\x00\x00\x01\x00\x05X.509"
        cert = der(0x30, rbytes(r, r.randint(700, 800)))
        body += len(cert).to_bytes(4, "big") + cert + rbytes(r, 20)
    else:  # PKCS12
        body = der(0x30, der_int(3) + der(0x30, rbytes(r, r.randint(2300, 2600))))
    return b64(body)


def t_agc_secret(r, c):
    return rs(r, 64, HEXU)


# ---------------------------------------------------------------- filler helpers
def decoy_env(r, c, n, platform=None):
    """Non-secret configuration pairs that sit next to secrets."""
    pool = [("APP_IDENTIFIER", c.bundle), ("FASTLANE_TEAM_ID", c.team_id), ("TEAM_ID", c.team_id),
            ("ITC_TEAM_ID", c.itc_team), ("FASTLANE_USER", c.apple_id), ("SCHEME", c.scheme),
            ("FASTLANE_SKIP_UPDATE_CHECK", "1"), ("FASTLANE_HIDE_CHANGELOG", "true"),
            ("LC_ALL", "en_US.UTF-8"), ("APP_STORE_CONNECT_API_KEY_ID", c.key_id),
            ("APP_STORE_CONNECT_ISSUER_ID", c.issuer), ("MATCH_TYPE", r.choice(["appstore", "adhoc", "development"])),
            ("MATCH_GIT_URL", "git@github.com:%s/ios-certificates.git" % c.company),
            ("SENTRY_ORG", c.org), ("SENTRY_PROJECT", c.slug + "-" + r.choice(["ios", "android", "mobile"])),
            ("ANDROID_KEY_ALIAS", c.alias), ("GRADLE_OPTS", "-Dorg.gradle.daemon=false -Xmx4g"),
            ("PLAY_TRACK", r.choice(["internal", "alpha", "beta", "production"])),
            ("FIREBASE_APP_ID", "1:%s:%s:%s" % (c.project_num, r.choice(["android", "ios"]), rs(r, 16, HEXL))),
            ("XCODE_VERSION", r.choice(["15.2", "15.4", "16.0", "16.1"])),
            ("APP_VERSION", c.version), ("BUILD_NUMBER", c.build), ("PACKAGE_NAME", c.package),
            ("KEYCHAIN_NAME", r.choice(["build.keychain", "ci.keychain-db", "fastlane_tmp_keychain"])),
            ("ASC_APP_ID", c.asc_app_id), ("JAVA_VERSION", r.choice(["17", "21"])),
            ("NODE_VERSION", r.choice(["18", "20", "22"])), ("EAS_BUILD_PROFILE", "production")]
    ios_only = {"FASTLANE_TEAM_ID", "TEAM_ID", "ITC_TEAM_ID", "FASTLANE_USER", "SCHEME", "APP_STORE_CONNECT_API_KEY_ID",
                "APP_STORE_CONNECT_ISSUER_ID", "MATCH_TYPE", "MATCH_GIT_URL", "XCODE_VERSION", "KEYCHAIN_NAME", "ASC_APP_ID",
                "APP_IDENTIFIER"}
    android_only = {"ANDROID_KEY_ALIAS", "GRADLE_OPTS", "PLAY_TRACK", "PACKAGE_NAME", "JAVA_VERSION"}
    plat = platform or getattr(c, "platform", None)
    if plat == "ios":
        pool = [x for x in pool if x[0] not in android_only]
    elif plat == "android":
        pool = [x for x in pool if x[0] not in ios_only]
    r.shuffle(pool)
    return pool[:n]


def ycomment(r, c):
    return r.choice(["# TODO move to the CI secret store before the next release",
                     "# ask %s if this needs rotating" % c.person[0].capitalize(),
                     "# Release configuration for %s" % c.app,
                     "# keep in sync with fastlane/.env.default",
                     "# used by fastlane lanes below", "# signing", "# distribution"])


def yq(v):
    if all(ch in B62 + "-_." for ch in v) and not v[:1].isdigit():
        return v
    return '"%s"' % v.replace("\\", "\\\\").replace('"', '\\"')


def sq(v):
    return "'%s'" % v


# ---------------------------------------------------------------- kv renderers
def R_dotenv(r, c, var, val, spec):
    paths = ["fastlane/.env.secret", "fastlane/.env.release", ".env.ci", "fastlane/.env.default", "fastlane/.env", ".env.production"]
    if c.platform != "android":
        paths += ["fastlane/.env.ios", "ios/fastlane/.env.appstore"]
    if c.platform != "ios":
        paths += ["fastlane/.env.android", "android/fastlane/.env.play"]
    path = r.choice(paths)
    lines = ["# fastlane environment for %s (%s)" % (c.app, r.choice(["iOS", "Android", "release"]))]
    if r.random() < 0.5:
        lines.append("# loaded with: bundle exec fastlane <lane> --env %s" % path.rsplit(".", 1)[-1])
    lines.append("")
    pairs = decoy_env(r, c, r.randint(4, 10))
    k = r.randint(0, len(pairs))
    q = r.choice(['"', "", "'"])
    for i, (n, v) in enumerate(pairs):
        if i == k:
            lines.append("%s=%s%s%s" % (var, q, val, q))
        lines.append("%s=%s" % (n, v))
    if k == len(pairs):
        lines.append("%s=%s%s%s" % (var, q, val, q))
    return path, lines, "dotenv"


def R_gha(r, c, var, val, spec):
    plat = getattr(c, "platform", None) or r.choice(["ios", "android"])
    path = ".github/workflows/%s" % r.choice(["%s-release.yml" % plat, "deploy-%s.yml" % plat, "mobile-cd.yml",
                                               "testflight.yml" if plat == "ios" else "play-internal.yml"])
    runner = "macos-14" if plat == "ios" else "ubuntu-latest"
    lines = ["name: %s %s release" % (c.app, "iOS" if plat == "ios" else "Android"), "", "on:", "  push:",
             "    tags:", "      - 'v*'", "  workflow_dispatch:", "", "env:"]
    envs = [(n, v) for n, v in decoy_env(r, c, r.randint(2, 5))]
    envs.append((r.choice(["MATCH_PASSWORD", "FASTLANE_PASSWORD", "SLACK_URL", "SENTRY_AUTH_TOKEN"]), None))
    envs.insert(r.randint(0, len(envs)), (var, val))
    for n, v in envs:
        if v is None:
            if n != var:
                lines.append("  %s: ${{ secrets.%s }}" % (n, n))
        else:
            lines.append("  %s: %s" % (n, yq(v)))
    lines += ["", "jobs:", "  release:", "    runs-on: %s" % runner, "    timeout-minutes: %d" % r.choice([30, 45, 60, 90]),
              "    steps:", "      - uses: actions/checkout@v4"]
    if plat == "ios":
        lines += ["      - uses: maxim-lobanov/setup-xcode@v1", "        with:",
                  "          xcode-version: '%s'" % r.choice(["15.4", "16.1", "latest-stable"]),
                  "      - uses: ruby/setup-ruby@v1", "        with:", "          ruby-version: '3.2'",
                  "          bundler-cache: true",
                  "      - name: Build and upload to TestFlight",
                  "        run: bundle exec fastlane ios %s" % r.choice(["beta", "release", "testflight_upload"])]
    else:
        lines += ["      - uses: actions/setup-java@v4", "        with:", "          distribution: temurin",
                  "          java-version: '17'", "      - uses: gradle/actions/setup-gradle@v3",
                  "      - name: Bundle release",
                  "        run: ./gradlew :app:bundleRelease --no-daemon",
                  "      - name: Upload to Play",
                  "        run: bundle exec fastlane android %s" % r.choice(["internal", "deploy", "beta"])]
    return path, lines, "github-actions"


def R_bitrise(r, c, var, val, spec):
    lines = ["---", "format_version: '13'", "default_step_lib_source: https://github.com/bitrise-io/bitrise-steplib.git",
             "project_type: %s" % (c.platform or r.choice(["react-native", "flutter"])), "", "app:", "  envs:"]
    pairs = decoy_env(r, c, r.randint(3, 6))
    k = r.randint(0, len(pairs))
    for i, nv in enumerate(pairs + [(None, None)]):
        n, v = nv
        if i == k:
            lines.append("  - %s: %s" % (var, yq(val)))
            if r.random() < 0.5:
                lines.append("    opts:")
                lines.append("      is_expand: false")
        if v is not None:
            lines.append("  - %s: %s" % (n, yq(v)))
    lines += ["", "workflows:", "  %s:" % r.choice(["deploy", "release", "primary"]), "    steps:",
              "    - activate-ssh-key@4: {}", "    - git-clone@8: {}",
              "    - cache-pull@2: {}"]
    if c.platform == "ios" or (c.platform is None and r.random() < 0.5):
        lines += ["    - certificate-and-profile-installer@1: {}", "    - xcode-archive@5:", "        inputs:",
                  "        - project_path: ios/%s.xcworkspace" % c.app, "        - scheme: %s" % c.scheme,
                  "        - distribution_method: app-store", "    - deploy-to-itunesconnect-application-loader@1: {}"]
    else:
        lines += ["    - install-missing-android-tools@3: {}", "    - android-build@1:", "        inputs:",
                  "        - variant: release", "        - build_type: aab", "    - sign-apk@1: {}",
                  "    - google-play-deploy@3:", "        inputs:", "        - package_name: %s" % c.package,
                  "        - track: internal"]
    lines.append("    - deploy-to-bitrise-io@2: {}")
    return "bitrise.yml", lines, "bitrise.yml"


def R_codemagic(r, c, var, val, spec):
    wf = {"ios": r.choice(["ios-release", "react-native-ios"]), "android": r.choice(["android-release", "react-native-android"])}.get(
        c.platform, r.choice(["ios-release", "android-release", "react-native-ios", "flutter-release"]))
    lines = ["workflows:", "  %s:" % wf, "    name: %s %s" % (c.app, wf.replace("-", " ")),
             "    instance_type: mac_mini_m2", "    max_build_duration: %d" % r.choice([60, 90, 120]),
             "    environment:"]
    if r.random() < 0.6:
        lines += ["      groups:", "        - %s" % r.choice(["app_store_credentials", "google_play", "firebase_credentials"])]
    lines += ["      vars:"]
    pairs = decoy_env(r, c, r.randint(2, 5))
    pairs.insert(r.randint(0, len(pairs)), (var, val))
    for n, v in pairs:
        lines.append("        %s: %s" % (n, yq(v)))
    lines += ["      xcode: latest" if "android" not in wf else "      java: 17",
              "    scripts:", "      - name: Install dependencies",
              "        script: %s" % r.choice(["npm ci", "flutter pub get", "pod install --project-directory=ios"]),
              "      - name: Build", "        script: |"]
    if "android" in wf:
        lines += ["          ./gradlew bundleRelease"]
    else:
        lines += ["          xcode-project use-profiles", "          xcode-project build-ipa --workspace ios/%s.xcworkspace --scheme %s" % (c.app, c.scheme)]
    lines += ["    artifacts:", "      - build/**/outputs/**/*.aab" if "android" in wf else "      - build/ios/ipa/*.ipa",
              "    publishing:", "      email:", "        recipients:", "          - %s" % c.apple_id]
    return "codemagic.yaml", lines, "codemagic.yaml"


def R_azure(r, c, var, val, spec):
    lines = ["trigger:", "  branches:", "    include:", "      - %s" % c.branch, "", "pool:",
             "  vmImage: '%s'" % r.choice(["macOS-14", "macos-latest", "ubuntu-latest"]), "", "variables:"]
    pairs = decoy_env(r, c, r.randint(2, 5))
    pairs.insert(r.randint(0, len(pairs)), (var, val))
    for n, v in pairs:
        lines += ["  - name: %s" % n, "    value: %s" % yq(v)]
    lines += ["  - group: %s-signing" % c.slug, "", "steps:"]
    if c.platform == "android":
        lines += ["  - task: JavaToolInstaller@0", "    inputs:", "      versionSpec: '17'", "      jdkArchitectureOption: 'x64'",
                  "      jdkSourceOption: 'PreInstalled'", "  - script: ./gradlew :app:bundleRelease", "    displayName: 'Gradle bundle'",
                  "  - script: bundle exec fastlane android deploy", "    displayName: 'fastlane supply'"]
    else:
        pw = "$(%s)" % var if spec.kind == "p12_password" else "$(P12_PASSWORD)"
        lines += ["  - task: InstallAppleCertificate@2", "    inputs:",
                  "      certSecureFile: 'distribution.p12'", "      certPwd: '%s'" % pw,
                  "  - task: InstallAppleProvisioningProfile@1", "    inputs:",
                  "      provProfileSecureFile: '%s_AppStore.mobileprovision'" % c.app,
                  "  - script: bundle exec fastlane ios release", "    displayName: 'fastlane release'"]
    return r.choice(["azure-pipelines.yml", ".azure/mobile-release.yml"]), lines, "azure-pipelines"


def R_gitlab(r, c, var, val, spec):
    lines = ["stages:", "  - build", "  - deploy", "", "variables:"]
    pairs = decoy_env(r, c, r.randint(2, 5))
    pairs.insert(r.randint(0, len(pairs)), (var, val))
    for n, v in pairs:
        lines.append("  %s: %s" % (n, yq(v)))
    lines += ["", "build_android:", "  stage: build", "  image: %s" % r.choice(["cimg/android:2024.01", "mingc/android-build-box:latest"]),
              "  script:", "    - ./gradlew assembleRelease", "  artifacts:", "    paths:",
              "      - app/build/outputs/", "", "deploy_ios:", "  stage: deploy", "  tags:", "    - macos",
              "  script:", "    - bundle install", "    - bundle exec fastlane ios beta", "  only:", "    - tags"]
    return ".gitlab-ci.yml", lines, "gitlab-ci"


def R_makefile(r, c, var, val, spec):
    lines = ["# Release helpers for %s" % c.app, "SHELL := /bin/bash", "SCHEME ?= %s" % c.scheme,
             "CONFIGURATION ?= Release", "BUNDLE_ID := %s" % c.bundle]
    style = r.choice(["export %s := %s", "%s ?= %s", "%s = %s"])
    lines.insert(r.randint(2, len(lines)), style % (var, val))
    lines += ["", ".PHONY: bootstrap ios android clean", "", "bootstrap:", "\tbundle install", "\tcd ios && bundle exec pod install",
              "", "ios:", "\tbundle exec fastlane ios beta", "", "android:",
              "\t./gradlew :app:bundleRelease", "\tbundle exec fastlane android internal", "", "clean:",
              "\trm -rf build ios/build android/app/build"]
    return r.choice(["Makefile", "mobile.mk"]), lines, "Makefile"


def R_shell(r, c, var, val, spec):
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "", "# %s" % r.choice(["Local release helper", "CI bootstrap for release builds",
                                                                              "Run from the repo root"]),
             'ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"']
    pairs = decoy_env(r, c, r.randint(1, 4))
    pairs.insert(r.randint(0, len(pairs)), (var, val))
    for n, v in pairs:
        lines.append('export %s="%s"' % (n, v) if n != var else r.choice(['export %s="%s"', "export %s='%s'", '%s="%s"']) % (n, v))
    lines += ["", 'cd "$ROOT"', "bundle exec fastlane %s" % r.choice(["ios beta", "android internal", "ios release", "android deploy"]),
              'echo "done: $(git rev-parse --short HEAD)"']
    return r.choice(["scripts/release.sh", "scripts/ci/setup-env.sh", "tools/deploy.sh", "ci/build.sh"]), lines, "shell"


def R_fastfile_env(r, c, var, val, spec):
    lines = ["# This file contains the fastlane.tools configuration", "# You can find the documentation at https://docs.fastlane.tools",
             "", "default_platform(:%s)" % r.choice(["ios", "android"]), ""]
    form = r.choice(['ENV["%s"] = "%s"', "ENV['%s'] ||= '%s'", 'ENV["%s"] ||= "%s"'])
    top = r.random() < 0.5
    if top:
        lines.append(form % (var, val))
        lines.append("")
    lines += ["platform :ios do", "  before_all do", "    setup_ci if ENV['CI']"]
    if not top:
        lines.append("    " + form % (var, val))
    lines += ["  end", "", '  desc "Push a new beta build to TestFlight"', "  lane :beta do",
              '    match(type: "appstore", app_identifier: "%s", readonly: true)' % c.bundle,
              "    increment_build_number(xcodeproj: \"%s.xcodeproj\")" % c.app,
              '    build_app(scheme: "%s", export_method: "app-store")' % c.scheme,
              "    upload_to_testflight(skip_waiting_for_build_processing: true)", "  end", "end"]
    return "fastlane/Fastfile", lines, "Fastfile"


def R_markdown(r, c, var, val, spec):
    lines = ["# Releasing %s" % c.app, "", "This is the checklist we follow for every store release.", "",
             "## 1. Prepare", "", "- Bump the version in `app/build.gradle` and the Xcode project to `%s`." % c.version,
             "- Make sure `%s` is green on CI." % c.branch, "", "## 2. Credentials", "",
             "Export these before running fastlane locally:", "", "```bash"]
    for n, v in decoy_env(r, c, r.randint(1, 3)):
        lines.append("export %s=%s" % (n, v))
    lines.append("export %s=%s" % (var, val))
    lines += ["```", "", "## 3. Ship", "", "```bash", "bundle exec fastlane ios release", "bundle exec fastlane android production",
              "```", "", "Post the release notes in #mobile-releases when done."]
    return r.choice(["docs/RELEASING.md", "RELEASE.md", "docs/runbooks/store-release.md", "fastlane/README-release.md"]), lines, "markdown"


def R_gradleprops(r, c, var, val, spec):
    lines = ["# Project-wide Gradle settings.", "org.gradle.jvmargs=-Xmx4096m -Dfile.encoding=UTF-8",
             "android.useAndroidX=true", "android.nonTransitiveRClass=true", "kotlin.code.style=official"]
    if r.random() < 0.5:
        lines += ["org.gradle.caching=true", "org.gradle.parallel=true"]
    lines.append("")
    lines.append(r.choice(["# release", "# credentials (do not share)", "# CI"]))
    lines.append("%s=%s" % (var, val))
    if r.random() < 0.5:
        lines.append("VERSION_NAME=%s" % c.version)
    return r.choice(["gradle.properties", "android/gradle.properties"]), lines, "gradle.properties"


def R_jenkins(r, c, var, val, spec):
    lines = ["pipeline {", "  agent { label '%s' }" % r.choice(["macos", "mac-mini-m1", "android"]), "  environment {"]
    for n, v in decoy_env(r, c, r.randint(1, 3)):
        lines.append("    %s = '%s'" % (n, v))
    lines.append("    %s = '%s'" % (var, val))
    lines += ["  }", "  stages {", "    stage('Build') {", "      steps {", "        sh 'bundle exec fastlane ios beta'",
              "      }", "    }", "  }", "  post {", "    always { archiveArtifacts artifacts: '*.ipa', allowEmptyArchive: true }", "  }", "}"]
    return "Jenkinsfile", lines, "Jenkinsfile"


def R_circleci(r, c, var, val, spec):
    lines = ["version: 2.1", "", "orbs:", "  ruby: circleci/ruby@2.1.0", "", "jobs:", "  beta:", "    macos:",
             "      xcode: %s" % r.choice(["15.4.0", "16.1.0"]), "    environment:"]
    pairs = decoy_env(r, c, r.randint(1, 3))
    pairs.insert(r.randint(0, len(pairs)), (var, val))
    for n, v in pairs:
        lines.append("      %s: %s" % (n, yq(v)))
    lines += ["    steps:", "      - checkout", "      - ruby/install-deps", "      - run: bundle exec fastlane ios beta",
              "", "workflows:", "  release:", "    jobs:", "      - beta:", "          filters:", "            branches:",
              "              only: %s" % c.branch]
    return ".circleci/config.yml", lines, "circleci"


def R_xcconfig(r, c, var, val, spec):
    lines = ["// %s.xcconfig" % r.choice(["Release", "Config", "Secrets", "Shared"]), "#include \"Pods/Target Support Files/Pods-%s/Pods-%s.release.xcconfig\"" % (c.app, c.app),
             "", "PRODUCT_BUNDLE_IDENTIFIER = %s" % c.bundle, "DEVELOPMENT_TEAM = %s" % c.team_id,
             "CODE_SIGN_STYLE = Manual", "MARKETING_VERSION = %s" % c.version, "CURRENT_PROJECT_VERSION = %s" % c.build]
    lines.insert(r.randint(3, len(lines)), "%s = %s" % (var, val))
    return r.choice(["ios/Config/Release.xcconfig", "ios/Secrets.xcconfig", "Configs/Shared.xcconfig"]), lines, "xcconfig"


def R_eas(r, c, var, val, spec):
    d = {"cli": {"version": ">= %d.0.0" % r.choice([5, 7, 10, 12]), "appVersionSource": "remote"},
         "build": {"development": {"developmentClient": True, "distribution": "internal"},
                   "preview": {"distribution": "internal", "channel": "preview"},
                   "production": {"channel": "production", "autoIncrement": True,
                                  "env": {"APP_VARIANT": "production", var: val}}},
         "submit": {"production": {"ios": {"appleId": c.apple_id, "ascAppId": c.asc_app_id, "appleTeamId": c.team_id}}}}
    return "eas.json", json.dumps(d, indent=2).split("\n"), "eas.json"


def R_npmrc(r, c, var, val, spec):
    lines = ["registry=https://registry.npmjs.org/", "@%s:registry=https://npm.pkg.github.com" % c.company,
             "//npm.pkg.github.com/:_authToken=%s" % val if val.startswith("gh") else "//registry.npmjs.org/:_authToken=%s" % val,
             "save-exact=true", "engine-strict=true"]
    return ".npmrc", lines, "npmrc"


KV = {"dotenv": R_dotenv, "gha": R_gha, "bitrise": R_bitrise, "codemagic": R_codemagic, "azure": R_azure,
      "gitlab": R_gitlab, "makefile": R_makefile, "shell": R_shell, "fastfile_env": R_fastfile_env,
      "markdown": R_markdown, "gradleprops": R_gradleprops, "jenkins": R_jenkins, "circleci": R_circleci,
      "xcconfig": R_xcconfig, "eas": R_eas, "npmrc": R_npmrc}
BAD_CHARS = {"makefile": "#$", "xcconfig": "/", "gradleprops": "\\", "jenkins": "'$\\"}


# ---------------------------------------------------------------- android signing renderers
def android_header(r, c, kts):
    vc = r.randint(10, 900)
    if kts:
        return ["plugins {", '    id("com.android.application")', '    id("org.jetbrains.kotlin.android")', "}", "",
                "android {", '    namespace = "%s"' % c.package, "    compileSdk = %d" % r.choice([33, 34, 35]), "",
                "    defaultConfig {", '        applicationId = "%s"' % c.package, "        minSdk = %d" % r.choice([21, 23, 24, 26]),
                "        targetSdk = %d" % r.choice([34, 35]), "        versionCode = %d" % vc, '        versionName = "%s"' % c.version,
                "    }", ""]
    return ["plugins {", "    id 'com.android.application'", "    id 'kotlin-android'", "}", "",
            "android {", "    namespace '%s'" % c.package, "    compileSdk %d" % r.choice([33, 34, 35]), "",
            "    defaultConfig {", "        applicationId \"%s\"" % c.package, "        minSdkVersion %d" % r.choice([21, 23, 24]),
            "        targetSdkVersion %d" % r.choice([34, 35]), "        versionCode %d" % vc, "        versionName \"%s\"" % c.version,
            "    }", ""]


def android_footer(r, c, kts):
    if kts:
        return ["", "    buildTypes {", "        release {", '            signingConfig = signingConfigs.getByName("release")',
                "            isMinifyEnabled = true",
                '            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")',
                "        }", "    }", "}", "", "dependencies {", '    implementation("androidx.core:core-ktx:1.13.1")',
                '    implementation("androidx.appcompat:appcompat:1.7.0")', "}"]
    return ["", "    buildTypes {", "        release {", "            signingConfig signingConfigs.release",
            "            minifyEnabled true", "            proguardFiles getDefaultProguardFile('proguard-android-optimize.txt'), 'proguard-rules.pro'",
            "        }", "    }", "}", "", "dependencies {", "    implementation 'androidx.core:core-ktx:1.13.1'",
            "    implementation 'androidx.appcompat:appcompat:1.7.0'", "}"]


def other_pw_ref(r, kts, which):
    env = r.choice(["ANDROID_%s_PASSWORD" % which, "RELEASE_%s_PASSWORD" % which, "SIGNING_%s_PASSWORD" % which])
    if kts:
        return r.choice(['System.getenv("%s")' % env, 'providers.environmentVariable("%s").orNull' % env,
                         'project.findProperty("%s") as String?' % env])
    return r.choice(['System.getenv("%s")' % env, "project.findProperty('%s') ?: ''" % env, "System.env.%s" % env])


def R_gradle_signing(r, c, var, val, spec, kts=None):
    if kts is None:
        kts = r.random() < 0.45
    which = "store" if spec.kind == "store_password" else "key"
    generic = r.random() < 0.35
    head = android_header(r, c, kts)
    pre = []
    q = '"%s"' if kts else r.choice(['"%s"', "'%s'"])
    lit = q % val
    if generic:
        vname = r.choice(["pw", "releasePass", "signingSecret", "ksPass", "uploadPwd"])
        pre = [("val %s = %s" if kts else "def %s = %s") % (vname, lit), ""]
        lit = vname
    sp = lit if which == "store" else other_pw_ref(r, kts, "STORE")
    kp = lit if which == "key" else other_pw_ref(r, kts, "KEY")
    if kts:
        block = ["    signingConfigs {", '        create("release") {', '            storeFile = file("%s")' % c.keystore,
                 "            storePassword = %s" % sp, '            keyAlias = "%s"' % c.alias, "            keyPassword = %s" % kp,
                 "        }", "    }"]
        path = r.choice(["app/build.gradle.kts", "android/app/build.gradle.kts"])
        ft = "build.gradle.kts"
    else:
        block = ["    signingConfigs {", "        release {", "            storeFile file('%s')" % c.keystore,
                 "            storePassword %s" % sp, "            keyAlias '%s'" % c.alias, "            keyPassword %s" % kp,
                 "        }", "    }"]
        path = r.choice(["app/build.gradle", "android/app/build.gradle"])
        ft = "build.gradle"
    return path, pre + head + block + android_footer(r, c, kts), ft


def R_gradle_kts(r, c, var, val, spec):
    return R_gradle_signing(r, c, var, val, spec, kts=True)


def R_gradle_groovy(r, c, var, val, spec):
    return R_gradle_signing(r, c, var, val, spec, kts=False)


def R_keystore_props(r, c, var, val, spec):
    path, ft = r.choice([("keystore.properties", "keystore.properties"), ("android/keystore.properties", "keystore.properties"),
                         ("android/signing.properties", "signing.properties"), ("android/local.properties", "local.properties"),
                         ("android/key.properties", "key.properties")])
    lines = []
    if ft == "local.properties":
        lines += ["## This file must *NOT* be checked into Version Control Systems,",
                  "# as it contains information specific to your local configuration.", "#",
                  "sdk.dir=/Users/%s/Library/Android/sdk" % c.person[0], "flutter.sdk=/Users/%s/development/flutter" % c.person[0] if r.random() < 0.5 else "ndk.dir=/Users/%s/Library/Android/sdk/ndk/26.1.10909125" % c.person[0]]
    else:
        lines += ["# Release signing for %s" % c.app, "# keystore lives in the shared drive: Mobile/Signing/%s" % c.app]
    name = var
    other = "keyPassword" if spec.kind == "store_password" else "storePassword"
    lines += ["storeFile=%s" % c.keystore, "%s=%s" % (name, val), "keyAlias=%s" % c.alias]
    if r.random() < 0.3:
        lines.append("# %s is read from the %s env var on CI" % (other, "ANDROID_" + other.upper().replace("PASSWORD", "_PASSWORD")))
    return path, lines, ft


def R_gradlew_cli(r, c, var, val, spec):
    st = spec.kind == "store_password"
    sp = val if st else "$ANDROID_STORE_PASSWORD"
    kp = val if not st else r.choice(["$ANDROID_KEY_PASSWORD", "${KEY_PASSWORD}"])
    cmd = ["./gradlew :app:%s \\" % r.choice(["bundleRelease", "assembleRelease"]),
           "  -Pandroid.injected.signing.store.file=\"$PWD/%s\" \\" % c.keystore.split("/")[-1],
           "  -Pandroid.injected.signing.store.password='%s' \\" % sp if st else "  -Pandroid.injected.signing.store.password=\"%s\" \\" % sp,
           "  -Pandroid.injected.signing.key.alias=%s \\" % c.alias,
           "  -Pandroid.injected.signing.key.password='%s'" % kp if not st else "  -Pandroid.injected.signing.key.password=\"%s\"" % kp]
    if r.random() < 0.5:
        lines = ["#!/usr/bin/env bash", "set -euo pipefail", "# Builds a signed bundle for %s" % c.app, "cd \"$(dirname \"$0\")/../android\"",
                 'echo "$ANDROID_KEYSTORE_B64" | base64 --decode > "%s"' % c.keystore.split("/")[-1]] + cmd + [
                 "ls -la app/build/outputs/bundle/release/"]
        return r.choice(["scripts/build-android-release.sh", "ci/android-release.sh"]), lines, "shell"
    lines = ["name: Android signed build", "on:", "  push:", "    branches: [%s]" % c.branch, "jobs:", "  bundle:",
             "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-java@v4",
             "        with:", "          distribution: temurin", "          java-version: '17'", "      - name: Build signed bundle",
             "        working-directory: android", "        run: |"] + ["          " + x for x in cmd]
    return ".github/workflows/android-signed.yml", lines, "github-actions"


# ---------------------------------------------------------------- apple signing renderers
def R_security_import(r, c, var, val, spec):
    p12 = spec.kind == "p12_password"
    kc = r.choice(["build.keychain", "$RUNNER_TEMP/app-signing.keychain-db", "ci.keychain"])
    lines = ["#!/bin/bash", "# Installs the distribution certificate on a fresh CI mac", "set -eo pipefail", ""]
    if p12:
        lines += ['KEYCHAIN_PASSWORD="$(openssl rand -base64 24)"', 'KEYCHAIN="%s"' % kc]
        pwexpr = r.choice(['"%s"', "'%s'"]) % val
        if r.random() < 0.4:
            lines.append('%s="%s"' % (var, val))
            pwexpr = '"$%s"' % var
    else:
        lines += ['%s="%s"' % (var, val), 'KEYCHAIN="%s"' % kc]
        pwexpr = '"$P12_PASSWORD"'
    kcp = '"$KEYCHAIN_PASSWORD"' if p12 or var == "KEYCHAIN_PASSWORD" else '"$%s"' % var
    lines += ["", 'echo "$BUILD_CERTIFICATE_BASE64" | base64 --decode > certificate.p12',
              'echo "$BUILD_PROVISION_PROFILE_BASE64" | base64 --decode > profile.mobileprovision', "",
              'security create-keychain -p %s "$KEYCHAIN"' % kcp, 'security set-keychain-settings -lut 21600 "$KEYCHAIN"',
              'security unlock-keychain -p %s "$KEYCHAIN"' % kcp,
              'security import certificate.p12 -P %s -A -t cert -f pkcs12 -k "$KEYCHAIN"' % pwexpr,
              'security set-key-partition-list -S apple-tool:,apple: -k %s "$KEYCHAIN"' % kcp,
              'security list-keychain -d user -s "$KEYCHAIN"', "",
              'mkdir -p ~/Library/MobileDevice/Provisioning\\ Profiles',
              'cp profile.mobileprovision ~/Library/MobileDevice/Provisioning\\ Profiles/%s.mobileprovision' % c.profile_uuid,
              "rm -f certificate.p12 profile.mobileprovision"]
    return r.choice(["scripts/install-certs.sh", "ci/setup-keychain.sh", "scripts/ci/import_signing.sh"]), lines, "shell"


def R_fastfile_import_cert(r, c, var, val, spec):
    lines = ["default_platform(:ios)", "", "platform :ios do", "  lane :ci_signing do", "    create_keychain(",
             '      name: "ci_keychain",', '      password: ENV["KEYCHAIN_PASSWORD"],', "      default_keychain: true,",
             "      unlock: true,", "      timeout: 3600", "    )", "    import_certificate(",
             '      certificate_path: "certs/distribution.p12",', '      certificate_password: "%s",' % val,
             '      keychain_name: "ci_keychain",', '      keychain_password: ENV["KEYCHAIN_PASSWORD"]', "    )",
             "    install_provisioning_profile(path: \"certs/%s_AppStore.mobileprovision\")" % c.app, "  end", "end"]
    if spec.kind == "keychain_password":
        lines.insert(4, '    %s = "%s"' % (r.choice(["kc_pass", "keychain_pw", "tmp_pass"]), val))
        nm = lines[4].split("=")[0].strip()
        lines[7] = '      password: %s,' % nm
        lines[14] = '      certificate_password: ENV["P12_PASSWORD"],'
        lines[16] = '      keychain_password: %s' % nm
    return "fastlane/Fastfile", lines, "Fastfile"


def R_altool(r, c, var, val, spec):
    ipa = "build/%s.ipa" % c.app
    if r.random() < 0.5:
        cmd = ["xcrun altool --upload-app -f \"%s\" -t ios \\" % ipa, "  -u \"%s\" -p \"%s\"" % (c.apple_id, val)]
    else:
        cmd = ["xcrun notarytool submit \"build/%s.zip\" \\" % c.app, "  --apple-id \"%s\" \\" % c.apple_id,
               "  --team-id %s \\" % c.team_id, "  --password \"%s\" \\" % val, "  --wait"]
    lines = ["#!/bin/sh", "# Upload the archive produced by `make archive`", "set -e", "",
             "xcodebuild -exportArchive -archivePath build/%s.xcarchive \\" % c.app,
             "  -exportOptionsPlist ExportOptions.plist -exportPath build", ""] + cmd + ["", 'echo "uploaded %s %s"' % (c.version, c.build)]
    return r.choice(["scripts/upload.sh", "scripts/notarize.sh", "bin/ship-ios"]), lines, "shell"


def R_appfile(r, c, var, val, spec):
    lines = ['app_identifier("%s") # The bundle identifier of your app' % c.bundle,
             'apple_id("%s") # Your Apple Developer Portal username' % c.apple_id, "",
             'itc_team_id("%s") # App Store Connect Team ID' % c.itc_team, 'team_id("%s") # Developer Portal Team ID' % c.team_id, ""]
    lines.insert(r.randint(2, 6), 'ENV["%s"] ||= "%s"' % (var, val))
    lines += ["# For more information about the Appfile, see:", "#     https://docs.fastlane.tools/advanced/#appfile"]
    return "fastlane/Appfile", lines, "Appfile"


def R_matchfile(r, c, var, val, spec):
    lines = ['git_url("https://github.com/%s/certificates")' % c.company, "", 'storage_mode("git")', "",
             'type("%s") # The default type, can be: appstore, adhoc, enterprise or development' % r.choice(["appstore", "development"]),
             "", 'app_identifier(["%s", "%s.widget"])' % (c.bundle, c.bundle), 'username("%s")' % c.apple_id,
             'team_id("%s")' % c.team_id]
    if spec.kind == "git_basic_authorization":
        lines.insert(1, 'git_basic_authorization("%s")' % val)
    else:
        lines.insert(0, 'ENV["%s"] ||= "%s"' % (var, val))
    lines += ["", "# For all available options run `fastlane match --help`"]
    return "fastlane/Matchfile", lines, "Matchfile"


def R_p8_file(r, c, var, val, spec):
    pl = val.split("\n")
    return r.choice(["fastlane/AuthKey_%s.p8", "ios/keys/AuthKey_%s.p8", "private_keys/AuthKey_%s.p8",
                     "certs/AuthKey_%s.p8"]) % c.key_id, pl, "p8", pl[1]


def R_pem_file(r, c, var, val, spec):
    pl = val.split("\n")
    return r.choice(["keys/galaxy-store-service-account.pem", "ci/samsung/private_key.pem", "android/keys/seller-api.pem"]), pl, "pem", pl[1]


def esc_json_pem(val):
    esc = json.dumps(val)[1:-1]
    return esc, esc[:esc.rindex("-----") + 5]


def R_api_key_json(r, c, var, val, spec):
    esc, needle = esc_json_pem(val)
    d = [("key_id", c.key_id), ("issuer_id", c.issuer), ("key", "@@KEY@@"), ("duration", 1200), ("in_house", False)]
    lines = ["{"] + ['  "%s": %s,' % (k, json.dumps(v) if v != "@@KEY@@" else '"%s"' % esc) for k, v in d]
    lines[-1] = lines[-1].rstrip(",")
    lines.append("}")
    lines.append("")
    path = r.choice(["fastlane/api_key.json", "ios/fastlane/api_key.json", "fastlane/asc_api_key.json", ".ci/app_store_connect.json"])
    if len(lines) < 5:
        lines.append("")
    return path, lines, "json", needle


def R_fastfile_asc_key(r, c, var, val, spec):
    esc = val.replace("\n", "\\n")
    needle = esc[:esc.rindex("-----") + 5]
    lines = ["default_platform(:ios)", "", "platform :ios do", "  desc \"Upload to TestFlight\"", "  lane :beta do",
             "    api_key = app_store_connect_api_key(", '      key_id: "%s",' % c.key_id, '      issuer_id: "%s",' % c.issuer,
             '      key_content: "%s",' % esc, "      duration: 1200,", "      in_house: false", "    )",
             '    match(type: "appstore", api_key: api_key, readonly: is_ci)',
             '    gym(scheme: "%s", export_method: "app-store")' % c.scheme,
             "    pilot(api_key: api_key, skip_waiting_for_build_processing: true)", "  end", "end"]
    return "fastlane/Fastfile", lines, "Fastfile", needle


def R_codemagic_pem(r, c, var, val, spec):
    pl = val.split("\n")
    lines = ["workflows:", "  ios-workflow:", "    name: %s iOS" % c.app, "    environment:", "      ios_signing:",
             "        distribution_type: app_store", "        bundle_identifier: %s" % c.bundle, "      vars:",
             "        APP_STORE_CONNECT_KEY_IDENTIFIER: %s" % c.key_id, "        APP_STORE_CONNECT_ISSUER_ID: %s" % c.issuer,
             "        %s: |" % var] + ["          " + x for x in pl] + [
             "    scripts:", "      - name: Set up keychain", "        script: keychain initialize",
             "      - name: Build ipa", "        script: xcode-project build-ipa --workspace ios/Runner.xcworkspace --scheme Runner",
             "    publishing:", "      app_store_connect:", "        api_key: $%s" % var,
             "        key_id: $APP_STORE_CONNECT_KEY_IDENTIFIER", "        issuer_id: $APP_STORE_CONNECT_ISSUER_ID",
             "        submit_to_testflight: true"]
    return "codemagic.yaml", lines, "codemagic.yaml", pl[1]


def R_sa_json(r, c, var, val, spec):
    esc, needle = esc_json_pem(val)
    acct = r.choice(["play-publisher", "fastlane-supply", "firebase-app-distribution", "ci-uploader", "github-actions"])
    proj = c.gcp_project if spec.provider != "firebase" else c.slug + "-firebase"
    cid = str(r.randint(10 ** 20, 10 ** 21 - 1))
    email = "%s@%s.iam.gserviceaccount.com" % (acct, proj)
    d = [("type", "service_account"), ("project_id", proj), ("private_key_id", rs(r, 40, HEXL)),
         ("private_key", "@@"), ("client_email", email), ("client_id", cid),
         ("auth_uri", "https://accounts.google.com/o/oauth2/auth"), ("token_uri", "https://oauth2.googleapis.com/token"),
         ("auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs"),
         ("client_x509_cert_url", "https://www.googleapis.com/robot/v1/metadata/x509/" + email.replace("@", "%40")),
         ("universe_domain", "googleapis.com")]
    lines = ["{"] + ['  "%s": %s,' % (k, '"%s"' % esc if v == "@@" else json.dumps(v)) for k, v in d]
    lines[-1] = lines[-1].rstrip(",")
    lines.append("}")
    if spec.provider == "firebase":
        path = r.choice(["firebase/app-distribution-sa.json", "android/firebase-service-account.json", "ci/firebase-ad.json"])
    else:
        path = r.choice(["fastlane/google-play-key.json", "android/play-store-credentials.json", "fastlane/pc-api.json",
                         "secrets/play-service-account.json"])
    return path, lines, "json", needle


def R_fastfile_json_key_data(r, c, var, val, spec):
    proj = c.gcp_project
    email = "fastlane-supply@%s.iam.gserviceaccount.com" % proj
    d = {"type": "service_account", "project_id": proj, "private_key_id": rs(r, 40, HEXL), "private_key": val,
         "client_email": email, "client_id": str(r.randint(10 ** 20, 10 ** 21 - 1)), "token_uri": "https://oauth2.googleapis.com/token"}
    blob = json.dumps(d, separators=(",", ":"))
    esc, needle = esc_json_pem(val)
    lines = ["default_platform(:android)", "", "platform :android do", '  desc "Deploy a new version to the Google Play internal track"',
             "  lane :internal do", '    gradle(task: "clean bundleRelease")', "    upload_to_play_store(", '      track: "internal",',
             '      package_name: "%s",' % c.package, "      json_key_data: '%s'," % blob, "      skip_upload_metadata: true,",
             "      skip_upload_images: true", "    )", "  end", "end"]
    return r.choice(["fastlane/Fastfile", "android/fastlane/Fastfile"]), lines, "Fastfile", needle


def R_dotenv_pem(r, c, var, val, spec):
    esc = val.replace("\n", "\\n")
    needle = esc[:esc.rindex("-----") + 5]
    lines = ["# push service configuration", "APNS_KEY_ID=%s" % c.key_id, "APNS_TEAM_ID=%s" % c.team_id,
             "APNS_TOPIC=%s" % c.bundle, "APNS_PRODUCTION=%s" % r.choice(["true", "false"]), '%s="%s"' % (var, esc),
             "PUSH_WORKERS=%d" % r.randint(2, 8)]
    return r.choice(["push-server/.env", "backend/.env.production", "services/notifier/.env"]), lines, "dotenv", needle


# ---------------------------------------------------------------- fastlane action / API renderers
def fastlane_action_lines(r, c, kind, val):
    ipa = "./build/%s.ipa" % c.app
    gid = "1:%s:ios:%s" % (c.project_num, rs(r, 16, HEXL))
    m = {
        "org_auth_token": ["sentry_debug_files_upload(", '  auth_token: "%s",' % val, '  org_slug: "%s",' % c.org,
                           '  project_slug: "%s-ios",' % c.slug, "  include_sources: true", ")"],
        "user_auth_token": ["sentry_upload_dif(", '  auth_token: "%s",' % val, '  org_slug: "%s",' % c.org,
                            '  project_slug: "%s",' % c.slug, '  path: "./build"', ")"],
        "legacy_auth_token": ["sentry_upload_dsym(", '  auth_token: "%s",' % val, '  org_slug: "%s",' % c.org,
                              '  project_slug: "%s"' % c.slug, ")"],
        "cli_token": ["firebase_app_distribution(", '  app: "%s",' % gid, '  groups: "qa, internal",',
                      '  release_notes: changelog_from_git_commits(commits_count: 10),', '  firebase_cli_token: "%s"' % val, ")"],
        "api_token": ["appcenter_upload(", '  api_token: "%s",' % val, '  owner_name: "%s",' % c.org,
                      '  app_name: "%s-iOS",' % c.app, '  file: "%s",' % ipa, "  notify_testers: true", ")"],
        "webhook_url": ["slack(", '  message: "%s %s (%s) is on TestFlight",' % (c.app, c.version, c.build),
                        '  slack_url: "%s",' % val, "  success: true", ")"],
        "hockey_api_token": ["hockey(", '  api_token: "%s",' % val, '  ipa: "%s",' % ipa, '  notes: "Nightly build"', ")"],
        "rest_api_key": ["onesignal(", '  auth_token: "%s",' % val, '  app_name: "%s",' % c.app,
                         '  apns_p12: "./push/prod.p12",', "  apns_env: 'production'", ")"],
        "lokalise_api_token": ["lokalise(", '  api_token: "%s",' % val, '  project_identifier: "%s.%s",' % (r.randint(10 ** 9, 10 ** 10), rs(r, 8, HEXL)),
                               '  destination: "%s/Resources",' % c.app, "  clean_destination: true", ")"],
        "api_key": ["upload_symbols_to_bugsnag(", '  api_key: "%s",' % val, '  config_file: "%s/Info.plist"' % c.app, ")"],
        "fabric_build_secret": ["crashlytics(", '  api_token: ENV["FABRIC_API_KEY"],', '  build_secret: "%s",' % val,
                                '  ipa_path: "%s",' % ipa, '  groups: ["qa"]', ")"],
        "git_basic_authorization": ["match(", '  type: "appstore",', '  app_identifier: "%s",' % c.bundle,
                                    '  git_basic_authorization: "%s",' % val, "  readonly: true", ")"],
        "client_secret": ["huawei_appgallery_connect(", '  client_id: "%s",' % str(r.randint(10 ** 17, 10 ** 18)),
                          '  client_secret: "%s",' % val, '  app_id: "%s",' % r.randint(10 ** 8, 10 ** 9),
                          '  apk_path: "app/build/outputs/apk/release/app-release.apk",', "  submit_for_review: false", ")"],
        "lwa_client_secret": ["upload_to_amazon_appstore(", '  client_id: "amzn1.application-oa2-client.%s",' % rs(r, 32, HEXL),
                              '  client_secret: "%s",' % val, '  app_id: "amzn1.devportal.mobileapp.%s",' % rs(r, 32, HEXL),
                              '  apk_path: "app/build/outputs/apk/release/app-release.apk"', ")"],
        "classic_pat": ["set_github_release(", '  repository_name: "%s/%s-app",' % (c.company, c.slug), '  api_token: "%s",' % val,
                        '  name: "v%s",' % c.version, '  tag_name: "v%s",' % c.version, '  upload_assets: ["%s"]' % ipa, ")"],
    }
    return m[kind]


def R_fastfile_action(r, c, var, val, spec):
    k = spec.kind
    if spec.provider == "hockeyapp":
        k = "hockey_api_token"
    if spec.provider == "lokalise":
        k = "lokalise_api_token"
    act = fastlane_action_lines(r, c, k, val)
    lines = ["default_platform(:%s)" % ("android" if spec.provider in ("huawei_agc", "amazon_appstore") else "ios"), "",
             "platform :%s do" % ("android" if spec.provider in ("huawei_agc", "amazon_appstore") else "ios"),
             "  before_all do", "    ensure_git_status_clean unless ENV['CI']", "  end", "",
             '  desc "%s"' % r.choice(["Ship a beta", "Nightly distribution", "Release build"]),
             "  lane :%s do" % r.choice(["beta", "nightly", "release", "distribute"])]
    if spec.provider in ("huawei_agc", "amazon_appstore"):
        lines += ['    gradle(task: "assemble", build_type: "Release")']
    else:
        lines += ['    build_app(scheme: "%s", export_method: "%s")' % (c.scheme, r.choice(["app-store", "ad-hoc"]))]
    lines += ["    " + x for x in act]
    lines += ["  end", "end"]
    return r.choice(["fastlane/Fastfile", "ios/fastlane/Fastfile", "android/fastlane/Fastfile"]), lines, "Fastfile"


def curl_lines(r, c, spec, val):
    k, p = spec.kind, spec.provider
    if p == "bitrise" and k == "build_trigger_token":
        return ["curl -sS https://app.bitrise.io/app/%s/build/start.json \\" % rs(r, 16, HEXL),
                "  --data '{\"hook_info\":{\"type\":\"bitrise\",\"build_trigger_token\":\"%s\"},\"build_params\":{\"branch\":\"%s\",\"workflow_id\":\"deploy\"},\"triggered_by\":\"curl\"}'" % (val, c.branch)]
    if p == "bitrise":
        return ["curl -sS -X POST \"https://api.bitrise.io/v0.1/apps/%s/builds\" \\" % rs(r, 16, HEXL),
                "  -H 'Authorization: %s' \\" % val, "  -H 'Content-Type: application/json' \\",
                "  -d '{\"hook_info\":{\"type\":\"bitrise\"},\"build_params\":{\"branch\":\"%s\"}}'" % c.branch]
    if p == "codemagic":
        return ["curl -sS -H \"Content-Type: application/json\" \\", "  -H \"x-auth-token: %s\" \\" % val,
                "  -d '{\"appId\": \"%s\", \"workflowId\": \"ios-release\", \"branch\": \"%s\"}' \\" % (rs(r, 24, HEXL), c.branch),
                "  -X POST https://api.codemagic.io/builds"]
    if p == "onesignal":
        return ["curl -sS -X POST https://api.onesignal.com/notifications \\", "  -H 'Content-Type: application/json' \\",
                "  -H 'Authorization: Key %s' \\" % val,
                "  -d '{\"app_id\": \"%s\", \"included_segments\": [\"Internal\"], \"contents\": {\"en\": \"New build %s\"}}'" % (uuid4(r), c.build)]
    if p == "revenuecat":
        return ["curl -sS \"https://api.revenuecat.com/v1/subscribers/$APP_USER_ID\" \\", "  -H \"Authorization: Bearer %s\" \\" % val,
                "  -H 'X-Platform: ios'"]
    if p == "branch":
        return ["curl -sS -X POST https://api2.branch.io/v1/url \\", "  -H 'Content-Type: application/json' \\",
                "  -d '{\"branch_key\": \"$BRANCH_KEY\", \"branch_secret\": \"%s\", \"data\": {\"$canonical_identifier\": \"release/%s\"}}'" % (val, c.version)]
    if p == "appcenter":
        return ["curl -sS -X POST \"https://api.appcenter.ms/v0.1/apps/%s/%s/release_uploads\" \\" % (c.org, c.app),
                "  -H \"X-API-Token: %s\" \\" % val, "  -H 'Content-Type: application/json'"]
    if p == "applovin":
        return ["curl -sS \"https://r.applovin.com/report?api_key=%s&start=$(date -v-7d +%%F)&end=$(date +%%F)&columns=day,impressions,estimated_revenue&format=csv\" \\" % val,
                "  -o reports/applovin-weekly.csv"]
    if p == "huawei_agc":
        return ["curl -sS -X POST https://connect-api.cloud.huawei.com/api/oauth2/v1/token \\", "  -H 'Content-Type: application/json' \\",
                "  -d '{\"grant_type\":\"client_credentials\",\"client_id\":\"%s\",\"client_secret\":\"%s\"}'" % (r.randint(10 ** 17, 10 ** 18), val)]
    if p == "amazon_appstore":
        return ["curl -sS -X POST https://api.amazon.com/auth/o2/token \\",
                "  -d grant_type=client_credentials -d scope=appstore::apps:readwrite \\",
                "  -d client_id=amzn1.application-oa2-client.%s \\" % rs(r, 32, HEXL), "  -d client_secret=%s" % val]
    if p == "google_play" and k == "oauth_refresh_token":
        return ["curl -sS https://oauth2.googleapis.com/token \\", "  -d client_id=$PLAY_CLIENT_ID \\",
                "  -d client_secret=$PLAY_CLIENT_SECRET \\", "  -d refresh_token=%s \\" % val, "  -d grant_type=refresh_token"]
    if p == "google_play" and k == "oauth_client_secret":
        return ["curl -sS https://oauth2.googleapis.com/token \\", "  -d client_id=%s-%s.apps.googleusercontent.com \\" % (c.project_num, rs(r, 32, LO + DIG)),
                "  -d client_secret=%s \\" % val, "  -d refresh_token=$PLAY_REFRESH_TOKEN \\", "  -d grant_type=refresh_token"]
    if p == "sentry":
        return ["curl -sS https://sentry.io/api/0/organizations/%s/releases/ \\" % c.org, "  -H 'Authorization: Bearer %s' \\" % val,
                "  -H 'Content-Type: application/json' \\",
                "  -d '{\"version\": \"%s@%s+%s\", \"projects\": [\"%s-ios\"]}'" % (c.bundle, c.version, c.build, c.slug)]
    if p == "bugsnag":
        return ["curl -sS https://upload.bugsnag.com/ \\", "  -F apiKey=%s \\" % val, "  -F dsym=@build/%s.app.dSYM.zip \\" % c.app,
                "  -F projectRoot=$(pwd)"]
    if p == "slack":
        return ["curl -sS -X POST -H 'Content-type: application/json' \\",
                "  --data \"{\\\"text\\\":\\\"%s $VERSION uploaded\\\"}\" \\" % c.app, "  %s" % val]
    if p == "github":
        return ["curl -sS -X POST https://api.github.com/repos/%s/%s-app/releases \\" % (c.company, c.slug),
                "  -H \"Authorization: Bearer %s\" \\" % val, "  -H 'Accept: application/vnd.github+json' \\",
                "  -d '{\"tag_name\": \"v%s\", \"name\": \"%s %s\"}'" % (c.version, c.app, c.version)]
    if p == "mapbox":
        return ["curl -sS -o mapbox-sdk.zip \\",
                "  \"https://api.mapbox.com/downloads/v2/mobile-maps-ios/releases/ios/packages/11.%d.0/MapboxMaps.zip?access_token=%s\"" % (r.randint(0, 8), val)]
    if p == "expo":
        return ["curl -sS https://api.expo.dev/graphql \\", "  -H \"Authorization: Bearer %s\" \\" % val,
                "  -H 'Content-Type: application/json' \\", "  -d '{\"query\":\"{ me { username } }\"}'"]
    if p == "apple_asc" and k == "jwt":
        return ["curl -sS \"https://api.appstoreconnect.apple.com/v1/apps/%s/builds?limit=5\" \\" % c.asc_app_id,
                "  -H \"Authorization: Bearer %s\"" % val]
    raise KeyError((p, k))


def R_curl(r, c, var, val, spec):
    lines = ["#!/usr/bin/env bash", "# %s" % r.choice(["Called from the release lane after upload", "quick helper, run manually",
                                                       "Post-release hook"]), "set -euo pipefail", "",
             'VERSION="${1:-%s}"' % c.version, 'APP_USER_ID="${APP_USER_ID:-%s}"' % uuid4(r) if spec.provider == "revenuecat" else 'BUILD="${2:-%s}"' % c.build, ""]
    lines += curl_lines(r, c, spec, val)
    lines += ["", 'echo "ok"']
    return r.choice(["scripts/%s.sh" % spec.provider.replace("_", "-"), "scripts/post-release.sh", "tools/%s-api.sh" % spec.provider.split("_")[0]]), lines, "shell"


def R_makefile_curl(r, c, var, val, spec):
    cl = curl_lines(r, c, spec, val)
    lines = ["VERSION ?= %s" % c.version, "BUILD ?= %s" % c.build, "", ".PHONY: notify release", "", "release:",
             "\tbundle exec fastlane ios release", "\t$(MAKE) notify", "", "notify:"] + ["\t" + x.replace("$", "$$") for x in cl]
    return "Makefile", lines, "Makefile"


# ---------------------------------------------------------------- dependency access renderers
def R_netrc(r, c, var, val, spec):
    p = spec.provider
    host, login = {"github": ("github.com", c.ci_user), "mapbox": ("api.mapbox.com", "mapbox"),
                   "cocoapods": ("trunk.cocoapods.org", c.apple_id), "gitlab": ("gitlab.com", "oauth2"),
                   "azure_devops": ("pkgs.dev.azure.com", c.company)}[p]
    lines = []
    if r.random() < 0.5:
        lines += ["# ~/.netrc used by the mac build agents (copied by ci/bootstrap.sh)", ""]
    if r.random() < 0.5:
        lines += ["machine %s" % host, "  login %s" % login, "  password %s" % val]
    else:
        lines += ["machine %s login %s password %s" % (host, login, val)]
    lines += ["", "# Apple's download site uses the keychain, nothing to add here", "machine developer.apple.com",
              "  login %s" % c.apple_id]
    return r.choice([".netrc", "ci/netrc", "ios/.netrc"]), lines, "netrc"


def R_podfile(r, c, var, val, spec):
    user = "oauth2" if spec.provider == "gitlab" else c.ci_user
    host = "gitlab.com" if spec.provider == "gitlab" else "github.com"
    lines = ["# Uncomment the next line to define a global platform for your project", "platform :ios, '%s'" % r.choice(["13.0", "14.0", "15.0"]),
             "", "source 'https://cdn.cocoapods.org/'"]
    src = "source 'https://%s:%s@%s/%s/ios-specs.git'" % (user, val, host, c.company)
    podline = "  pod '%sCore', :git => 'https://%s:%s@%s/%s/%s-core-ios.git', :tag => '%s'" % (c.app, user, val, host, c.company, c.slug, c.version)
    inline = r.random() < 0.5
    if not inline:
        lines.append(src)
    lines += ["", "use_frameworks! :linkage => :static", "", "target '%s' do" % c.app,
              "  pod 'Alamofire', '~> 5.9'", "  pod 'Firebase/Crashlytics'", "  pod 'SnapKit', '~> 5.7'"]
    lines.append(podline if inline else "  pod '%sCore', '~> %s'" % (c.app, c.version))
    lines += ["", "  target '%sTests' do" % c.app, "    inherit! :search_paths", "  end", "end", "", "post_install do |installer|",
              "  installer.pods_project.targets.each do |target|", "    target.build_configurations.each do |config|",
              "      config.build_settings['IPHONEOS_DEPLOYMENT_TARGET'] = '14.0'", "    end", "  end", "end"]
    return r.choice(["Podfile", "ios/Podfile"]), lines, "Podfile"


def R_pluginfile(r, c, var, val, spec):
    lines = ["# Autogenerated by fastlane", "#", "# Ensure this file is checked in to source control!", "",
             "gem 'fastlane-plugin-firebase_app_distribution'", "gem 'fastlane-plugin-versioning'",
             "gem 'fastlane-plugin-%s_release_tools', git: 'https://%s@github.com/%s/fastlane-plugin-release-tools.git'" % (c.company, val, c.company)]
    return "fastlane/Pluginfile", lines, "Pluginfile"


def R_settings_gradle(r, c, var, val, spec):
    kts = r.random() < 0.45
    p = spec.provider
    if p == "mapbox":
        url, user = "https://api.mapbox.com/downloads/v2/releases/maven", "mapbox"
    elif p == "azure_devops":
        url, user = "https://pkgs.dev.azure.com/%s/_packaging/mobile/maven/v1" % c.company, c.company
    else:
        url, user = "https://maven.pkg.github.com/%s/%s-android-sdk" % (c.company, c.slug), c.ci_user
    if kts:
        repo = ["        maven {", '            url = uri("%s")' % url, "            credentials {",
                '                username = "%s"' % user, '                password = "%s"' % val, "            }", "        }"]
        lines = ["pluginManagement {", "    repositories {", "        google()", "        mavenCentral()", "        gradlePluginPortal()",
                 "    }", "}", "dependencyResolutionManagement {", "    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)",
                 "    repositories {", "        google()", "        mavenCentral()"] + repo + ["    }", "}", "",
                 'rootProject.name = "%s"' % c.app, 'include(":app")']
        return r.choice(["settings.gradle.kts", "android/settings.gradle.kts"]), lines, "settings.gradle.kts"
    repo = ["        maven {", "            url '%s'" % url]
    if p == "mapbox":
        repo += ["            authentication {", "                basic(BasicAuthentication)", "            }"]
    repo += ["            credentials {", "                username = '%s'" % user, "                password = '%s'" % val, "            }", "        }"]
    if r.random() < 0.5:
        lines = ["pluginManagement {", "    repositories {", "        google()", "        mavenCentral()", "        gradlePluginPortal()",
                 "    }", "}", "dependencyResolutionManagement {", "    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)",
                 "    repositories {", "        google()", "        mavenCentral()"] + repo + ["    }", "}", "",
                 "rootProject.name = '%s'" % c.app, "include ':app'"]
        return r.choice(["settings.gradle", "android/settings.gradle"]), lines, "settings.gradle"
    lines = ["buildscript {", "    ext.kotlin_version = '1.9.24'", "    repositories {", "        google()", "        mavenCentral()",
             "    }", "    dependencies {", "        classpath 'com.android.tools.build:gradle:8.5.2'", "    }", "}", "",
             "allprojects {", "    repositories {", "        google()", "        mavenCentral()"] + repo + ["    }", "}", "",
             "tasks.register('clean', Delete) {", "    delete rootProject.buildDir", "}"]
    return r.choice(["build.gradle", "android/build.gradle"]), lines, "build.gradle"


def R_sentry_props(r, c, var, val, spec):
    lines = ["defaults.url=https://sentry.io/", "defaults.org=%s" % c.org, "defaults.project=%s-%s" % (c.slug, r.choice(["ios", "android"])),
             "auth.token=%s" % val, "cli.executable=node_modules/@sentry/cli/bin/sentry-cli"]
    if r.random() < 0.5:
        lines.insert(0, "# generated by @sentry/wizard")
    return r.choice(["ios/sentry.properties", "android/sentry.properties", "sentry.properties"]), lines, "sentry.properties"


def R_app_json_hooks(r, c, var, val, spec):
    d = {"expo": {"name": c.app, "slug": c.slug, "version": c.version, "orientation": "portrait",
                  "ios": {"bundleIdentifier": c.bundle, "supportsTablet": False, "buildNumber": c.build},
                  "android": {"package": c.package, "versionCode": int(c.build)},
                  "extra": {"eas": {"projectId": uuid4(r)}},
                  "hooks": {"postPublish": [{"file": "sentry-expo/upload-sourcemaps",
                                             "config": {"organization": c.org, "project": c.slug, "authToken": val}}]}}}
    return "app.json", json.dumps(d, indent=2).split("\n"), "app.json"


def R_app_config_js(r, c, var, val, spec):
    lines = ["// Dynamic Expo config", "const IS_PROD = process.env.APP_VARIANT === 'production';", "", "export default ({ config }) => ({",
             "  ...config,", "  name: IS_PROD ? '%s' : '%s (Dev)'," % (c.app, c.app), "  slug: '%s'," % c.slug,
             "  version: '%s'," % c.version, "  ios: {", "    bundleIdentifier: IS_PROD ? '%s' : '%s.dev'," % (c.bundle, c.bundle), "  },",
             "  android: {", "    package: '%s'," % c.package, "  },", "  extra: {", "    eas: { projectId: '%s' }," % uuid4(r),
             "    %s: '%s'," % (var, val), "  },", "  updates: { url: 'https://u.expo.dev/%s' }," % uuid4(r), "});"]
    return "app.config.js", lines, "app.config.js"


def plist_wrap(entries):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
           '<plist version="1.0">', "<dict>"]
    for k, v in entries:
        out.append("\t<key>%s</key>" % k)
        if isinstance(v, bool):
            out.append("\t<%s/>" % ("true" if v else "false"))
        elif isinstance(v, list):
            out.append("\t<array>")
            out += ["\t\t<string>%s</string>" % x for x in v]
            out.append("\t</array>")
        elif isinstance(v, dict):
            out.append("\t<dict>")
            for k2, v2 in v.items():
                out += ["\t\t<key>%s</key>" % k2, "\t\t<string>%s</string>" % v2]
            out.append("\t</dict>")
        else:
            out.append("\t<string>%s</string>" % v)
    return out + ["</dict>", "</plist>"]


def info_plist_base(r, c):
    return [("CFBundleDevelopmentRegion", "$(DEVELOPMENT_LANGUAGE)"), ("CFBundleDisplayName", c.app),
            ("CFBundleExecutable", "$(EXECUTABLE_NAME)"), ("CFBundleIdentifier", "$(PRODUCT_BUNDLE_IDENTIFIER)"),
            ("CFBundleInfoDictionaryVersion", "6.0"), ("CFBundleName", "$(PRODUCT_NAME)"),
            ("CFBundlePackageType", "$(PRODUCT_BUNDLE_PACKAGE_TYPE)"), ("CFBundleShortVersionString", "$(MARKETING_VERSION)"),
            ("CFBundleVersion", "$(CURRENT_PROJECT_VERSION)"), ("LSRequiresIPhoneOS", True),
            ("UILaunchStoryboardName", "LaunchScreen"), ("UIRequiredDeviceCapabilities", ["arm64"])]


def R_infoplist(r, c, var, val, spec):
    e = info_plist_base(r, c)
    e.insert(r.randint(5, len(e)), (var, val))
    return r.choice(["ios/%s/Info.plist" % c.app, "%s/Info.plist" % c.app, "ios/Runner/Info.plist"]), plist_wrap(e), "Info.plist"


def R_strings_xml(r, c, var, val, spec):
    lines = ["<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<resources>", "    <string name=\"app_name\">%s</string>" % c.app,
             "    <string moduleConfig=\"true\" name=\"%s\">%s</string>" % (var, val),
             "    <string name=\"title_activity_main\">%s</string>" % c.app, "</resources>"]
    return r.choice(["android/app/src/main/res/values/strings.xml", "app/src/main/res/values/strings.xml"]), lines, "strings.xml"


def R_fabric_script(r, c, var, val, spec):
    lines = ["#!/bin/sh", "# Xcode Run Script phase: upload dSYMs to Crashlytics (legacy Fabric)", "# Input files:",
             "#   ${DWARF_DSYM_FOLDER_PATH}/${DWARF_DSYM_FILE_NAME}/Contents/Resources/DWARF/${TARGET_NAME}", "",
             'if [ "${CONFIGURATION}" != "Release" ]; then', "  exit 0", "fi", "",
             '"${PODS_ROOT}/Fabric/run" "${FABRIC_API_KEY}" %s' % val]
    return r.choice(["scripts/crashlytics-run.sh", "ios/scripts/fabric_upload.sh"]), lines, "shell"


SPECIFIC = {"gradle_groovy": R_gradle_groovy, "gradle_kts": R_gradle_kts, "keystore_props": R_keystore_props,
            "gradlew_cli": R_gradlew_cli, "security_import": R_security_import, "fastfile_import_cert": R_fastfile_import_cert,
            "altool": R_altool, "appfile": R_appfile, "matchfile": R_matchfile, "p8_file": R_p8_file, "pem_file": R_pem_file,
            "api_key_json": R_api_key_json, "fastfile_asc_key": R_fastfile_asc_key, "codemagic_pem": R_codemagic_pem,
            "sa_json": R_sa_json, "dotenv_pem": R_dotenv_pem, "fastfile_json_key_data": R_fastfile_json_key_data, "fastfile_action": R_fastfile_action, "curl": R_curl,
            "makefile_curl": R_makefile_curl, "netrc": R_netrc, "podfile": R_podfile, "pluginfile": R_pluginfile,
            "settings_gradle": R_settings_gradle, "sentry_props": R_sentry_props, "app_json_hooks": R_app_json_hooks,
            "app_config_js": R_app_config_js, "infoplist": R_infoplist, "strings_xml": R_strings_xml, "fabric_script": R_fabric_script}


# ---------------------------------------------------------------- specs
class Spec:
    def __init__(self, provider, kind, gen, rend, names, generic=(), weight=4, needle_fn=None, pem=False):
        self.provider, self.kind, self.gen, self.rend = provider, kind, gen, rend
        self.names, self.generic, self.weight, self.needle_fn, self.pem = list(names), list(generic), weight, needle_fn, pem


def g_pw(r, c):
    return any_password(r)


def g_human(r, c):
    return human_password(r)


def g_rsa_pem(r, c):
    return "\n".join(pem_lines(rsa_pkcs8_der(r), "PRIVATE KEY"))


def g_ec_pem(r, c):
    return "\n".join(pem_lines(ec_p8_der(r), "PRIVATE KEY"))


def g_p8_b64(r, c):
    return b64(("\n".join(pem_lines(ec_p8_der(r), "PRIVATE KEY")) + "\n").encode())


def g_p12_b64(r, c):
    return b64(der(0x30, der_int(3) + der(0x30, rbytes(r, r.randint(2300, 2700)))))


def g_session(r, c):
    my = t_myacinfo(r, c)
    ts = "2024-%02d-%02d %02d:%02d:%02d.%06d000 +0%d:00" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59),
                                                         r.randint(0, 59), r.randint(0, 999999), r.randint(0, 2))
    return ("---\\n- !ruby/object:HTTP::Cookie\\n  name: myacinfo\\n  value: %s\\n  domain: apple.com\\n  for_domain: true\\n"
            "  path: /\\n  secure: true\\n  httponly: true\\n  expires:\\n  max_age:\\n  created_at: %s\\n  accessed_at: %s\\n") % (my, ts, ts)


def session_needle(v):
    return v.split("value: ")[1].split("\\n")[0]


PWR = [("dotenv", 1, None), ("gha", 1, None), ("bitrise", 1, None), ("gitlab", 1, None), ("azure", 1, None)]
STORE_N = ["ANDROID_KEYSTORE_PASSWORD", "KEYSTORE_PASSWORD", "RELEASE_STORE_PASSWORD", "SIGNING_STORE_PASSWORD", "ANDROID_STORE_PASSWORD"]
KEY_N = ["ANDROID_KEY_PASSWORD", "RELEASE_KEY_PASSWORD", "SIGNING_KEY_PASSWORD", "KEYSTORE_KEY_PASSWORD", "UPLOAD_KEY_PASSWORD"]

SPECS = [
    Spec("android_keystore", "store_password", g_pw,
         [("gradle_groovy", 3, None), ("gradle_kts", 2, None), ("keystore_props", 3, ["storePassword"]),
          ("gradleprops", 2, ["RELEASE_STORE_PASSWORD", "MYAPP_UPLOAD_STORE_PASSWORD", "android.injected.signing.store.password", "SIGNING_STORE_PASSWORD"]),
          ("gradlew_cli", 2, None), ("codemagic", 1, ["CM_KEYSTORE_PASSWORD"]), ("bitrise", 1, ["BITRISEIO_ANDROID_KEYSTORE_PASSWORD"])] + PWR,
         STORE_N, ["STORE_PASS", "PASSWORD", "SIGN_PW", "RELEASE_SECRET"], 14),
    Spec("android_keystore", "key_password", g_pw,
         [("gradle_groovy", 3, None), ("gradle_kts", 2, None), ("keystore_props", 3, ["keyPassword"]),
          ("gradleprops", 2, ["RELEASE_KEY_PASSWORD", "MYAPP_UPLOAD_KEY_PASSWORD", "android.injected.signing.key.password"]),
          ("gradlew_cli", 2, None), ("codemagic", 1, ["CM_KEY_PASSWORD"]), ("bitrise", 1, ["BITRISEIO_ANDROID_KEYSTORE_PRIVATE_KEY_PASSWORD"])] + PWR,
         KEY_N, ["KEY_PASS", "ALIAS_PW", "PRIVATE_PASS"], 9),
    Spec("android_keystore", "keystore_base64", t_keystore_b64,
         [("dotenv", 2, None), ("gha", 2, None), ("bitrise", 1, None), ("codemagic", 1, ["CM_KEYSTORE"]), ("gitlab", 1, None),
          ("circleci", 1, None), ("shell", 1, None), ("azure", 1, None)],
         ["ANDROID_KEYSTORE_BASE64", "KEYSTORE_B64", "SIGNING_KEY_STORE_BASE64", "RELEASE_KEYSTORE_BASE64", "UPLOAD_KEYSTORE"],
         ["BLOB", "SIGNING_KEY", "UPLOAD_KEY_DATA"], 8),
    Spec("google_play", "service_account_private_key", g_rsa_pem, [("sa_json", 4, None), ("fastfile_json_key_data", 1, None)],
         ["private_key"], (), 11, pem=True),
    Spec("google_play", "oauth_client_secret", t_gocspx,
         [("curl", 2, None), ("dotenv", 1, None), ("gha", 1, None), ("shell", 1, None)],
         ["PLAY_CLIENT_SECRET", "GOOGLE_CLIENT_SECRET", "PLAY_OAUTH_CLIENT_SECRET"], ["CLIENT_SECRET", "OAUTH_SECRET"], 5),
    Spec("google_play", "oauth_refresh_token", t_firebase_cli,
         [("curl", 2, None), ("dotenv", 1, None), ("gha", 1, None), ("bitrise", 1, None)],
         ["PLAY_REFRESH_TOKEN", "GOOGLE_PLAY_REFRESH_TOKEN"], ["REFRESH_TOKEN", "RT"], 4),
    Spec("firebase", "cli_token", t_firebase_cli,
         [("fastfile_action", 3, None), ("dotenv", 2, None), ("gha", 2, None), ("bitrise", 1, None), ("codemagic", 1, None),
          ("gitlab", 1, None), ("circleci", 1, None), ("shell", 1, None), ("markdown", 1, None), ("jenkins", 1, None)],
         ["FIREBASE_TOKEN", "FIREBASE_CLI_TOKEN", "FIREBASE_APP_DISTRIBUTION_TOKEN"], ["CI_TOKEN", "DIST_TOKEN", "token"], 12),
    Spec("firebase", "service_account_private_key", g_rsa_pem, [("sa_json", 1, None)], ["private_key"], (), 6, pem=True),
    Spec("firebase", "fcm_legacy_server_key", t_fcm_server,
         [("dotenv", 2, None), ("shell", 1, None), ("markdown", 1, None), ("app_config_js", 1, None), ("gha", 1, None)],
         ["FCM_SERVER_KEY", "FIREBASE_SERVER_KEY", "FCM_LEGACY_KEY"], ["PUSH_KEY", "SERVER_KEY", "NOTIF_AUTH"], 5),
    Spec("apple_asc", "p8_private_key_file", g_ec_pem, [("p8_file", 1, None)], ["-"], (), 8, pem=True),
    Spec("apple_asc", "p8_private_key_inline", g_ec_pem,
         [("api_key_json", 3, None), ("fastfile_asc_key", 2, None), ("codemagic_pem", 2, ["APP_STORE_CONNECT_PRIVATE_KEY"])],
         ["key"], (), 10, pem=True),
    Spec("apple_asc", "p8_private_key_base64", g_p8_b64,
         [("dotenv", 1, None), ("gha", 2, None), ("bitrise", 1, None), ("gitlab", 1, None), ("circleci", 1, None), ("shell", 1, None)],
         ["APP_STORE_CONNECT_API_KEY_CONTENT", "ASC_KEY_CONTENT", "APP_STORE_CONNECT_API_KEY_BASE64"], ["KEY_B64", "API_KEY_DATA"], 5),
    Spec("apple_asc", "jwt", t_asc_jwt, [("curl", 2, None), ("dotenv", 1, None), ("markdown", 1, None)],
         ["ASC_JWT", "APP_STORE_CONNECT_JWT"], ["AUTH", "BEARER"], 3),
    Spec("apple_apns", "p8_private_key", g_ec_pem, [("p8_file", 1, None), ("dotenv_pem", 2, None)],
         ["APNS_AUTH_KEY", "APNS_PRIVATE_KEY", "APN_KEY"], ["PUSH_SIGNING_KEY"], 4, pem=True),
    Spec("fastlane_match", "match_password", lambda r, c: passphrase(r) if r.random() < 0.5 else human_password(r),
         [("dotenv", 3, None), ("gha", 2, None), ("bitrise", 1, None), ("codemagic", 1, None), ("gitlab", 1, None),
          ("azure", 1, None), ("circleci", 1, None), ("jenkins", 1, None), ("shell", 1, None), ("makefile", 1, None),
          ("fastfile_env", 2, None), ("matchfile", 2, ["MATCH_PASSWORD"]), ("markdown", 1, None)],
         ["MATCH_PASSWORD"], ["CERTS_PASSPHRASE", "ENC_PASS", "REPO_KEY"], 14),
    Spec("fastlane_match", "git_basic_authorization", t_match_basic,
         [("matchfile", 2, None), ("fastfile_action", 2, None), ("dotenv", 2, None), ("gha", 1, None), ("bitrise", 1, None), ("shell", 1, None)],
         ["MATCH_GIT_BASIC_AUTHORIZATION"], ["GIT_AUTH", "BASIC_AUTH"], 8),
    Spec("apple_id", "fastlane_password", g_human,
         [("dotenv", 3, None), ("appfile", 2, ["FASTLANE_PASSWORD"]), ("gha", 1, None), ("bitrise", 1, None), ("shell", 1, None),
          ("jenkins", 1, None), ("fastfile_env", 1, None), ("markdown", 1, None)],
         ["FASTLANE_PASSWORD", "APPLE_ID_PASSWORD", "ITUNES_PASSWORD", "DELIVER_PASSWORD"], ["PASSWORD", "APPLE_PW"], 9),
    Spec("apple_id", "fastlane_session", g_session, [("dotenv", 2, None), ("gha", 1, None), ("bitrise", 1, None), ("shell", 1, None)],
         ["FASTLANE_SESSION"], ["SESSION", "SPACESHIP_COOKIES"], 4, needle_fn=session_needle),
    Spec("apple_id", "app_specific_password", t_app_specific,
         [("altool", 3, None), ("dotenv", 2, None), ("gha", 1, None), ("bitrise", 1, None), ("codemagic", 1, None), ("shell", 1, None),
          ("markdown", 1, None), ("makefile", 1, None), ("appfile", 1, ["FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD"])],
         ["FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD", "APP_SPECIFIC_PASSWORD", "AC_PASSWORD", "NOTARIZE_PASSWORD"],
         ["ALTOOL_PW", "UPLOAD_PASS"], 10),
    Spec("apple_codesign", "p12_password", g_pw,
         [("security_import", 3, ["P12_PASSWORD", "CERT_PASS"]), ("fastfile_import_cert", 2, None), ("dotenv", 1, None), ("gha", 1, None),
          ("bitrise", 1, ["BITRISE_CERTIFICATE_PASSPHRASE"]), ("codemagic", 1, ["CM_CERTIFICATE_PASSWORD"]), ("azure", 1, None)],
         ["P12_PASSWORD", "CERTIFICATE_PASSWORD", "BUILD_CERTIFICATE_PASSWORD", "IOS_DIST_CERT_PASSWORD"], ["CERT_PW", "PASS"], 10),
    Spec("apple_codesign", "keychain_password", g_pw,
         [("security_import", 2, ["KEYCHAIN_PASSWORD", "KC_PASS"]), ("fastfile_import_cert", 2, None), ("dotenv", 1, None),
          ("gha", 1, None), ("jenkins", 1, None)],
         ["KEYCHAIN_PASSWORD", "MATCH_KEYCHAIN_PASSWORD", "CI_KEYCHAIN_PASSWORD"], ["KC_PASS"], 5),
    Spec("apple_codesign", "p12_base64", g_p12_b64,
         [("gha", 2, None), ("dotenv", 1, None), ("bitrise", 1, None), ("gitlab", 1, None), ("circleci", 1, None)],
         ["BUILD_CERTIFICATE_BASE64", "IOS_P12_BASE64", "DIST_CERT_B64", "CERTIFICATE_P12"], ["CERT_DATA"], 4),
    Spec("expo", "access_token", t_alnum("", 40, B64URL),
         [("gha", 3, None), ("dotenv", 2, None), ("eas", 1, None), ("codemagic", 1, None), ("bitrise", 1, None),
          ("circleci", 1, None), ("shell", 1, None), ("markdown", 1, None), ("curl", 1, None)],
         ["EXPO_TOKEN"], ["CI_TOKEN", "EAS_AUTH"], 8),
    Spec("codepush", "deployment_key", t_codepush,
         [("infoplist", 2, ["CodePushDeploymentKey"]), ("strings_xml", 2, ["CodePushDeploymentKey", "reactNativeCodePush_androidDeploymentKey"]),
          ("dotenv", 1, None), ("xcconfig", 1, ["CODEPUSH_KEY", "CODE_PUSH_DEPLOYMENT_KEY"]), ("gradleprops", 1, None),
          ("app_config_js", 1, ["codePushKey", "deploymentKey"])],
         ["CODEPUSH_DEPLOYMENT_KEY_IOS", "CODEPUSH_DEPLOYMENT_KEY_ANDROID", "CODE_PUSH_KEY"], ["DEPLOYMENT_KEY", "OTA_KEY"], 6),
    Spec("appcenter", "api_token", t_hex(40),
         [("fastfile_action", 2, None), ("curl", 1, None), ("dotenv", 1, None), ("gha", 1, None), ("bitrise", 1, None),
          ("azure", 1, None), ("shell", 1, None)],
         ["APPCENTER_API_TOKEN", "APP_CENTER_TOKEN", "APPCENTER_ACCESS_TOKEN"], ["API_TOKEN", "UPLOAD_TOKEN"], 7),
    Spec("bitrise", "personal_access_token", t_alnum("", 86, B64URL),
         [("curl", 2, None), ("dotenv", 1, None), ("gha", 1, None), ("shell", 1, None), ("markdown", 1, None)],
         ["BITRISE_TOKEN", "BITRISE_API_TOKEN", "BITRISE_ACCESS_TOKEN"], ["CI_API_TOKEN", "TOKEN"], 5),
    Spec("bitrise", "build_trigger_token", t_alnum("", 22, B64URL),
         [("curl", 2, None), ("dotenv", 1, None), ("gha", 1, None)],
         ["BITRISE_BUILD_TRIGGER_TOKEN", "BITRISE_TRIGGER_TOKEN"], ["TRIGGER_TOKEN"], 3),
    Spec("codemagic", "api_token", t_alnum("", 43, B64URL),
         [("curl", 2, None), ("dotenv", 1, None), ("gha", 1, None), ("makefile_curl", 1, None), ("markdown", 1, None)],
         ["CM_API_TOKEN", "CODEMAGIC_API_TOKEN"], ["AUTH_TOKEN"], 4),
]
SENTRY_R = [("fastfile_action", 2, None), ("sentry_props", 2, None), ("gha", 2, None), ("dotenv", 1, None), ("xcconfig", 1, None),
            ("eas", 1, None), ("bitrise", 1, None), ("codemagic", 1, None), ("app_json_hooks", 1, None), ("curl", 1, None),
            ("markdown", 1, None)]
SENTRY_N = ["SENTRY_AUTH_TOKEN"]
SENTRY_G = ["UPLOAD_TOKEN", "SYMBOLS_TOKEN", "DSYM_TOKEN"]
SPECS += [
    Spec("sentry", "org_auth_token", t_sentry_org, SENTRY_R, SENTRY_N, SENTRY_G, 12),
    Spec("sentry", "user_auth_token", t_sentry_user, SENTRY_R, SENTRY_N, SENTRY_G, 5),
    Spec("sentry", "legacy_auth_token", t_sentry_legacy,
         [("sentry_props", 2, None), ("fastfile_action", 1, None), ("dotenv", 1, None), ("gha", 1, None), ("app_json_hooks", 1, None),
          ("xcconfig", 1, None)], SENTRY_N, SENTRY_G, 5),
    Spec("crashlytics", "fabric_build_secret", t_hex(64),
         [("fabric_script", 2, None), ("fastfile_action", 2, None), ("dotenv", 1, None)],
         ["FABRIC_BUILD_SECRET", "CRASHLYTICS_BUILD_SECRET"], ["BUILD_SECRET"], 4),
    Spec("bugsnag", "api_key", t_hex(32), [("curl", 2, None), ("fastfile_action", 2, None), ("dotenv", 1, None), ("gha", 1, None)],
         ["BUGSNAG_API_KEY", "BUGSNAG_KEY"], ["NOTIFIER_KEY"], 4),
    Spec("hockeyapp", "api_token", t_hex(32), [("fastfile_action", 2, None), ("dotenv", 1, None), ("shell", 1, None)],
         ["HOCKEY_API_TOKEN", "HOCKEYAPP_TOKEN"], ["DIST_API_TOKEN"], 3),
    Spec("huawei_agc", "client_secret", t_agc_secret,
         [("fastfile_action", 2, None), ("curl", 2, None), ("dotenv", 1, None), ("gha", 1, None)],
         ["HUAWEI_CLIENT_SECRET", "AGC_CLIENT_SECRET", "HMS_CLIENT_SECRET"], ["CLIENT_SECRET"], 4),
    Spec("samsung_galaxy_store", "service_account_private_key", g_rsa_pem, [("pem_file", 1, None)], ["-"], (), 3, pem=True),
    Spec("amazon_appstore", "lwa_client_secret", t_amzn_secret,
         [("fastfile_action", 2, None), ("curl", 2, None), ("dotenv", 1, None), ("gha", 1, None)],
         ["AMAZON_APPSTORE_CLIENT_SECRET", "LWA_CLIENT_SECRET", "AMAZON_CLIENT_SECRET"], ["CLIENT_SECRET"], 4),
    Spec("onesignal", "rest_api_key", t_onesignal,
         [("fastfile_action", 1, None), ("curl", 2, None), ("dotenv", 1, None), ("gha", 1, None), ("app_config_js", 1, ["oneSignalRestKey"]),
          ("markdown", 1, None)],
         ["ONESIGNAL_REST_API_KEY", "ONESIGNAL_API_KEY", "ONESIGNAL_AUTH_KEY"], ["PUSH_API_KEY", "REST_KEY"], 5),
    Spec("branch", "secret_key", t_alnum("secret_live_", 32),
         [("curl", 2, None), ("dotenv", 1, None), ("gha", 1, None), ("app_config_js", 1, ["branchSecret"])],
         ["BRANCH_SECRET", "BRANCH_SECRET_KEY"], ["LINKS_SECRET"], 4),
    Spec("revenuecat", "secret_key", t_alnum("sk_", 32),
         [("curl", 2, None), ("dotenv", 1, None), ("app_config_js", 1, ["revenueCatApiKey", "apiKey"]),
          ("infoplist", 1, ["RevenueCatAPIKey"]), ("gha", 1, None)],
         ["REVENUECAT_SECRET_KEY", "RC_SECRET_API_KEY", "REVENUECAT_API_KEY"], ["IAP_KEY", "apiKey"], 5),
    Spec("applovin", "report_key", t_alnum("", 86, B64URL),
         [("curl", 2, None), ("dotenv", 1, None), ("gha", 1, None), ("markdown", 1, None)],
         ["APPLOVIN_REPORT_KEY", "APPLOVIN_REPORTING_API_KEY"], ["REPORT_KEY"], 3),
    Spec("mapbox", "secret_token", t_mapbox("sk"),
         [("gradleprops", 3, ["MAPBOX_DOWNLOADS_TOKEN"]), ("settings_gradle", 3, None), ("netrc", 3, None), ("dotenv", 1, None),
          ("gha", 1, None), ("curl", 1, None), ("infoplist", 1, ["MBXAccessToken"]), ("eas", 1, ["RNMAPBOX_MAPS_DOWNLOAD_TOKEN"]),
          ("app_config_js", 1, ["RNMapboxMapsDownloadToken"])],
         ["MAPBOX_DOWNLOADS_TOKEN", "MAPBOX_SECRET_TOKEN", "RNMAPBOX_MAPS_DOWNLOAD_TOKEN", "SDK_REGISTRY_TOKEN"],
         ["SDK_DOWNLOAD_TOKEN", "MAPS_TOKEN"], 12),
]
GH_R = [("gradleprops", 3, ["gpr.key", "GITHUB_PACKAGES_TOKEN", "GPR_KEY"]), ("settings_gradle", 2, None), ("netrc", 2, None),
        ("podfile", 2, None), ("pluginfile", 1, None), ("fastfile_action", 1, None), ("npmrc", 1, None), ("dotenv", 1, None),
        ("gha", 1, None), ("curl", 1, None)]
SPECS += [
    Spec("github", "classic_pat", lambda r, c: gh_token(r, "ghp_"), GH_R, ["GITHUB_TOKEN", "GH_TOKEN", "GPR_TOKEN", "GITHUB_PAT"],
         ["TOKEN", "PKG_TOKEN", "CI_GIT_TOKEN"], 14),
    Spec("github", "fine_grained_pat", lambda r, c: gh_fine(r), [x for x in GH_R if x[0] != "fastfile_action"],
         ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"], ["TOKEN", "PKG_TOKEN"], 5),
    Spec("github", "oauth_token", lambda r, c: gh_token(r, "gho_"), [("netrc", 1, None), ("podfile", 1, None)], ["GH_TOKEN"], (), 2),
    Spec("npm", "access_token", lambda r, c: gh_token(r, "npm_"), [("npmrc", 3, None), ("dotenv", 1, None), ("gha", 1, None)],
         ["NPM_TOKEN", "NPM_AUTH_TOKEN"], ["REGISTRY_TOKEN"], 4),
    Spec("cocoapods", "trunk_token", t_hex(32), [("netrc", 2, None), ("dotenv", 1, None), ("gha", 1, None), ("bitrise", 1, None)],
         ["COCOAPODS_TRUNK_TOKEN"], ["POD_PUBLISH_TOKEN"], 4),
    Spec("gitlab", "personal_access_token", t_alnum("glpat-", 20, B64URL),
         [("podfile", 2, None), ("netrc", 2, None), ("dotenv", 1, None), ("gitlab", 1, None)],
         ["GITLAB_TOKEN", "GITLAB_PAT", "CI_PODS_TOKEN"], ["REPO_TOKEN"], 4),
    Spec("slack", "webhook_url", t_slack_hook,
         [("fastfile_action", 3, None), ("dotenv", 1, None), ("gha", 1, None), ("bitrise", 1, None), ("curl", 1, None), ("codemagic", 1, None)],
         ["SLACK_URL", "SLACK_WEBHOOK_URL", "SLACK_HOOK"], ["NOTIFY_URL", "HOOK"], 8),
    Spec("azure_devops", "personal_access_token", t_alnum("", 52, B32L),
         [("settings_gradle", 2, None), ("netrc", 2, None), ("gradleprops", 1, ["AZURE_ARTIFACTS_ENV_ACCESS_TOKEN", "ADO_PAT"])],
         ["AZURE_ARTIFACTS_PAT", "ADO_PAT"], ["FEED_TOKEN"], 3),
    Spec("apple_iap", "shared_secret", t_hex(32), [("dotenv", 2, None), ("gha", 1, None), ("shell", 1, None), ("markdown", 1, None)],
         ["APP_STORE_SHARED_SECRET", "IAP_SHARED_SECRET", "ITUNES_SHARED_SECRET"], ["RECEIPT_SECRET"], 3),
    Spec("lokalise", "api_token", t_hex(40), [("fastfile_action", 2, None), ("dotenv", 1, None), ("gha", 1, None)],
         ["LOKALISE_API_TOKEN", "LOKALISE_TOKEN"], ["I18N_TOKEN"], 3),
]


# ---------------------------------------------------------------- negative helpers
def fingerprint(r, nbytes):
    return ":".join(rs(r, 2, HEXU) for _ in range(nbytes))


def firebase_app_id(r, c, plat=None):
    return "1:%s:%s:%s" % (c.project_num, plat or r.choice(["android", "ios"]), rs(r, 16, HEXL) if r.random() < 0.7 else rs(r, 22, HEXL))


def aiza(r):
    return "AIzaSy" + rs(r, 33, B64URL)


def admob_app(r):
    return "ca-app-pub-%s~%s" % (rs(r, 16, DIG), rs(r, 10, DIG))


def admob_unit(r):
    return "ca-app-pub-%s/%s" % (rs(r, 16, DIG), rs(r, 10, DIG))


def oauth_client_id(r, c):
    return "%s-%s.apps.googleusercontent.com" % (c.project_num, rs(r, 32, LO + DIG))


def sentry_dsn(r, c):
    return "https://%s@o%d.ingest.%ssentry.io/%d" % (rs(r, 32, HEXL), r.randint(100000, 4500000), r.choice(["", "us.", "de."]), r.randint(1000000, 4500000))


def masked(r, val):
    k = r.choice([3, 4, 6, 7]) if len(val) > 12 else 2
    form = r.random()
    if form < 0.35:
        return val[:k] + "*" * r.randint(8, 24) + val[-4:]
    if form < 0.6:
        return val[:k] + "\u2026" + val[-3:]
    if form < 0.8:
        return "*" * r.randint(6, 12) + val[-4:]
    return val[:k] + "..." + "(redacted)"


PH_PROVIDER = {
    "github": ["ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "ghp_your_personal_access_token", "<github-pat>"],
    "sentry": ["sntrys_YOUR_TOKEN_HERE", "<sentry-auth-token>", "your-sentry-auth-token"],
    "mapbox": ["sk.<your-secret-token>", "YOUR_MAPBOX_DOWNLOADS_TOKEN", "sk.ey..."],
    "apple_id": ["xxxx-xxxx-xxxx-xxxx", "<app-specific-password>", "your-apple-id-password"],
    "slack": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "<slack-webhook-url>"],
    "firebase": ["<firebase-ci-token>", "1//YOUR_FIREBASE_TOKEN", "<output of firebase login:ci>"],
    "revenuecat": ["sk_...", "sk_YOUR_SECRET_KEY"], "branch": ["secret_live_...", "<branch-secret>"],
    "expo": ["<expo-access-token>", "your_expo_robot_token"], "onesignal": ["YOUR_REST_API_KEY", "os_v2_app_..."],
    "android_keystore": ["<keystore password>", "changeme", "********", "<password-from-previous-step>"],
    "fastlane_match": ["<match passphrase from 1Password>", "CHANGE_ME", "your-match-password"],
    "apple_codesign": ["<p12 export password>", "changeit", "****"],
    "npm": ["npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "${NPM_TOKEN}"],
    "google_play": ["GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<client-secret>"],
}


def placeholder(r, spec, var):
    opts = list(PH_PROVIDER.get(spec.provider, []))
    opts += ["<your-%s>" % var.lower().replace("_", "-"), "YOUR_%s" % var.upper().replace(".", "_"), "changeme", "REPLACE_ME",
             "<set in CI>", "TODO"]
    return r.choice(opts)


REFS = {
    "dotenv": ["${%s}", "op://Mobile/%s/credential", ""],
    "gha": ["${{ secrets.%s }}", "${{ secrets.%s }}", "${{ vars.%s }}"],
    "bitrise": ["$%s", "$BITRISEIO_%s"], "codemagic": ["$%s", "$CM_%s"], "azure": ["$(%s)"],
    "gitlab": ["$%s", "${CI_%s}"], "makefile": ["$(%s)", "$(shell security find-generic-password -a $(USER) -s %s -w)"],
    "shell": ["${%s:?not set}", "$(security find-generic-password -s %s -w)", "$(op read op://Mobile/%s/password)"],
    "markdown": ["<%s>", "$%s"], "gradleprops": [""], "jenkins": [], "circleci": ["${%s}"], "xcconfig": ["$(%s)"],
    "eas": [], "fastfile_env": [], "npmrc": ["${%s}"],
}


def neg_kv(r, c):
    while True:
        spec = r.choice(SPECS)
        kvs = [x for x in spec.rend if x[0] in KV]
        if kvs:
            break
    c.platform = spec_platform(spec, r)
    rn, _, names = r.choice(kvs)
    var = r.choice(names or spec.names)
    mode = r.random()
    refs = REFS.get(rn, [])
    if mode < 0.5 and refs:
        val = r.choice(refs)
        val = val % var if "%s" in val else val
        kind = "env_reference"
    elif mode < 0.8:
        val = placeholder(r, spec, var)
        kind = "placeholder"
    else:
        real = spec.gen(r, c)
        if "\n" in real or len(real) > 200:
            val, kind = placeholder(r, spec, var), "placeholder"
        else:
            val, kind = masked(r, real), "masked"
    if rn in ("gradleprops", "makefile", "jenkins", "xcconfig") and any(ch in val for ch in BAD_CHARS.get(rn, "")) and "$(" not in val:
        val, kind = "", "empty"
    out = KV[rn](r, c, var, val, spec)
    return out[0], out[1], spec.provider, kind, out[2]


def neg_gradle_refs(r, c):
    kts = r.random() < 0.45
    head = android_header(r, c, kts)
    style = r.choice(["props", "env", "findprop"])
    pre = []
    if style == "props":
        if kts:
            pre = ["import java.util.Properties", "import java.io.FileInputStream", "",
                   'val keystorePropertiesFile = rootProject.file("keystore.properties")', "val keystoreProperties = Properties()",
                   "if (keystorePropertiesFile.exists()) {", "    keystoreProperties.load(FileInputStream(keystorePropertiesFile))", "}", ""]
            sp, kp, ka, sf = ('keystoreProperties["storePassword"] as String', 'keystoreProperties["keyPassword"] as String',
                              'keystoreProperties["keyAlias"] as String', 'file(keystoreProperties["storeFile"] as String)')
        else:
            pre = ["def keystoreProperties = new Properties()", "def keystorePropertiesFile = rootProject.file('key.properties')",
                   "if (keystorePropertiesFile.exists()) {", "    keystoreProperties.load(new FileInputStream(keystorePropertiesFile))", "}", ""]
            sp, kp, ka, sf = ("keystoreProperties['storePassword']", "keystoreProperties['keyPassword']", "keystoreProperties['keyAlias']",
                              "keystoreProperties['storeFile'] ? file(keystoreProperties['storeFile']) : null")
    elif style == "env":
        if kts:
            sp, kp, ka, sf = ('System.getenv("ANDROID_KEYSTORE_PASSWORD")', 'System.getenv("ANDROID_KEY_PASSWORD")',
                              'System.getenv("ANDROID_KEY_ALIAS") ?: "%s"' % c.alias, 'file(System.getenv("ANDROID_KEYSTORE_PATH") ?: "%s")' % c.keystore)
        else:
            sp, kp, ka, sf = ('System.getenv("ANDROID_KEYSTORE_PASSWORD")', 'System.getenv("ANDROID_KEY_PASSWORD")',
                              "System.getenv('ANDROID_KEY_ALIAS') ?: '%s'" % c.alias, "file(System.getenv('ANDROID_KEYSTORE_PATH') ?: '%s')" % c.keystore)
    else:
        if kts:
            sp, kp, ka, sf = ('project.findProperty("RELEASE_STORE_PASSWORD") as String?', 'project.findProperty("RELEASE_KEY_PASSWORD") as String?',
                              '"%s"' % c.alias, 'file("%s")' % c.keystore)
        else:
            sp, kp, ka, sf = ("project.findProperty('MYAPP_UPLOAD_STORE_PASSWORD') ?: ''", "project.findProperty('MYAPP_UPLOAD_KEY_PASSWORD') ?: ''",
                              "'%s'" % c.alias, "file('%s')" % c.keystore)
    if kts:
        block = ["    signingConfigs {", '        create("release") {', "            storeFile = %s" % sf, "            storePassword = %s" % sp,
                 "            keyAlias = %s" % ka, "            keyPassword = %s" % kp, "        }", "    }"]
        return r.choice(["app/build.gradle.kts", "android/app/build.gradle.kts"]), pre + head + block + android_footer(r, c, True), "android_keystore", "env_reference", "build.gradle.kts"
    block = ["    signingConfigs {", "        release {", "            storeFile %s" % sf, "            storePassword %s" % sp,
             "            keyAlias %s" % ka, "            keyPassword %s" % kp, "        }", "    }"]
    return r.choice(["app/build.gradle", "android/app/build.gradle"]), pre + head + block + android_footer(r, c, False), "android_keystore", "env_reference", "build.gradle"


def neg_debug_keystore(r, c):
    kts = r.random() < 0.4
    head = android_header(r, c, kts)
    if kts:
        block = ["    signingConfigs {", '        getByName("debug") {', '            storeFile = file("debug.keystore")',
                 '            storePassword = "android"', '            keyAlias = "androiddebugkey"', '            keyPassword = "android"',
                 "        }", "    }", "", "    buildTypes {", '        getByName("debug") {', '            signingConfig = signingConfigs.getByName("debug")',
                 "        }", "    }", "}"]
        return "android/app/build.gradle.kts", head + block, "android_keystore", "documented_default", "build.gradle.kts"
    block = ["    signingConfigs {", "        debug {", "            storeFile file('debug.keystore')", "            storePassword 'android'",
             "            keyAlias 'androiddebugkey'", "            keyPassword 'android'", "        }", "    }", "", "    buildTypes {",
             "        debug {", "            signingConfig signingConfigs.debug", "        }", "        release {",
             "            // Caution! In production, you need to generate your own keystore file.",
             "            // see https://reactnative.dev/docs/signed-apk-android.", "            signingConfig signingConfigs.debug",
             "            minifyEnabled enableProguardInReleaseBuilds", "        }", "    }", "}"]
    return "android/app/build.gradle", head + block, "android_keystore", "documented_default", "build.gradle"


def neg_keystore_template(r, c):
    path, ft = r.choice([("android/key.properties.example", "properties"), ("keystore.properties.sample", "properties"),
                         ("android/keystore.properties", "keystore.properties"), ("android/signing.properties", "signing.properties")])
    ph = r.choice([("<password-from-previous-step>", "<password-from-previous-step>"), ("", ""), ("changeme", "changeme"),
                   ("${STORE_PASSWORD}", "${KEY_PASSWORD}"), ("<ask #mobile-release>", "<ask #mobile-release>")])
    lines = ["# Copy to %s and fill in. Never commit the real values." % path.replace(".example", "").replace(".sample", ""),
             "# The release keystore is in 1Password -> Mobile -> \"%s upload key\"" % c.app,
             "storePassword=%s" % ph[0], "keyPassword=%s" % ph[1], "keyAlias=%s" % c.alias, "storeFile=%s" % c.keystore]
    return path, lines, "android_keystore", "placeholder", ft


def neg_gradlew_refs(r, c):
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", ': "${ANDROID_KEYSTORE_PASSWORD:?missing}"', ': "${ANDROID_KEY_PASSWORD:?missing}"', "",
             'echo "$ANDROID_KEYSTORE_BASE64" | base64 -d > "$RUNNER_TEMP/upload.jks"', "",
             "./gradlew :app:bundleRelease \\", '  -Pandroid.injected.signing.store.file="$RUNNER_TEMP/upload.jks" \\',
             '  -Pandroid.injected.signing.store.password="$ANDROID_KEYSTORE_PASSWORD" \\',
             "  -Pandroid.injected.signing.key.alias=%s \\" % c.alias, '  -Pandroid.injected.signing.key.password="$ANDROID_KEY_PASSWORD"',
             "", 'rm -f "$RUNNER_TEMP/upload.jks"']
    return "scripts/build-release.sh", lines, "android_keystore", "env_reference", "shell"


def neg_security_refs(r, c):
    lines = ["#!/bin/bash", "set -euo pipefail", "KEYCHAIN=build.keychain",
             'KEYCHAIN_PASSWORD="$(openssl rand -base64 32)"',
             r.choice(['P12_PASSWORD="$(security find-generic-password -a "$USER" -s ios-dist-p12 -w)"',
                       'P12_PASSWORD="${P12_PASSWORD:?set P12_PASSWORD}"', 'P12_PASSWORD="$(op read "op://Mobile/iOS Distribution/password")"']),
             "", 'security create-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"', 'security unlock-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"',
             'security import dist.p12 -k "$KEYCHAIN" -P "$P12_PASSWORD" -T /usr/bin/codesign',
             'security set-key-partition-list -S apple-tool:,apple: -s -k "$KEYCHAIN_PASSWORD" "$KEYCHAIN"',
             'security find-identity -v -p codesigning "$KEYCHAIN"']
    return r.choice(["scripts/import-cert.sh", "ci/keychain.sh"]), lines, "apple_codesign", "env_reference", "shell"


def neg_altool_keychain(r, c):
    lines = ["#!/bin/sh", "set -e", "# credentials live in the login keychain, see docs/notarization.md", ""]
    if r.random() < 0.5:
        lines += ['xcrun altool --upload-app -f "build/%s.ipa" -t ios \\' % c.app,
                  '  -u "%s" -p "%s"' % (c.apple_id, r.choice(["@keychain:AC_PASSWORD", "@env:FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD",
                                                              "@keychain:Application Loader: %s" % c.apple_id]))]
    else:
        lines += ['xcrun notarytool store-credentials "%s-notary" --apple-id "%s" --team-id %s --password "$AC_PASSWORD"' % (c.slug, c.apple_id, c.team_id),
                  'xcrun notarytool submit "build/%s.zip" --keychain-profile "%s-notary" --wait' % (c.app, c.slug),
                  'xcrun stapler staple "build/%s.app"' % c.app]
    return r.choice(["scripts/notarize.sh", "scripts/upload.sh"]), lines, "apple_id", "keychain_reference", "shell"


def neg_keytool_md(r, c):
    lines = ["# Android signing certificates", "", "Play App Signing is enabled for `%s`. Register both fingerprints" % c.package,
             "in Firebase and in the Maps API key restrictions.", "", "```", "$ keytool -list -v -keystore %s -alias %s -storepass:env STOREPASS" % (c.keystore.split("/")[-1], c.alias),
             "Alias name: %s" % c.alias, "Creation date: %s %d, %d" % (r.choice(["Jan", "Mar", "Jun", "Sep", "Nov"]), r.randint(1, 28), c.year()),
             "Entry type: PrivateKeyEntry", "Certificate chain length: 1", "Certificate[1]:",
             "Owner: CN=%s %s, OU=Mobile, O=%s, L=%s, C=%s" % (c.person[0].capitalize(), c.person[1].capitalize(), c.company.capitalize(), r.choice(CITIES), r.choice(["PL", "DE", "US", "GB"])),
             "Issuer: CN=%s %s, OU=Mobile, O=%s" % (c.person[0].capitalize(), c.person[1].capitalize(), c.company.capitalize()),
             "Serial number: %s" % rs(r, 16, HEXL), "Valid from: Mon Mar 04 10:12:44 CET 2024 until: Fri Feb 26 10:12:44 CET 2049",
             "Certificate fingerprints:", "\t SHA1: %s" % fingerprint(r, 20), "\t SHA256: %s" % fingerprint(r, 32),
             "Signature algorithm name: SHA256withRSA", "Subject Public Key Algorithm: 2048-bit RSA key", "Version: 3", "```", "",
             "| Certificate | SHA-1 |", "|---|---|", "| App signing key (Google) | `%s` |" % fingerprint(r, 20),
             "| Upload key | `%s` |" % fingerprint(r, 20)]
    return r.choice(["docs/android-signing.md", "android/SIGNING.md", "docs/release/certificates.md"]), lines, "android_keystore", "certificate_fingerprint", "markdown"


def neg_assetlinks(r, c):
    d = [{"relation": ["delegate_permission/common.handle_all_urls"],
          "target": {"namespace": "android_app", "package_name": c.package,
                     "sha256_cert_fingerprints": [fingerprint(r, 32) for _ in range(r.randint(1, 2))]}}]
    return r.choice([".well-known/assetlinks.json", "web/public/.well-known/assetlinks.json"]), json.dumps(d, indent=2).split("\n"), "android_keystore", "certificate_fingerprint", "json"


def neg_aasa(r, c):
    d = {"applinks": {"details": [{"appIDs": ["%s.%s" % (c.team_id, c.bundle)], "components": [{"/": "/invite/*"}, {"/": "/r/*"}]}]},
         "webcredentials": {"apps": ["%s.%s" % (c.team_id, c.bundle)]}}
    return r.choice([".well-known/apple-app-site-association", "web/public/.well-known/apple-app-site-association"]), json.dumps(d, indent=2).split("\n"), "apple_asc", "team_id", "json"


def neg_api_key_json(r, c):
    d = {"key_id": c.key_id, "issuer_id": c.issuer, "key_filepath": "./fastlane/AuthKey_%s.p8" % c.key_id, "duration": 1200, "in_house": False}
    if r.random() < 0.4:
        d = {"key_id": c.key_id, "issuer_id": c.issuer, "key": "-----BEGIN PRIVATE KEY-----\\n<paste key here>\\n-----END PRIVATE KEY-----", "in_house": False}
        lines = json.dumps(d, indent=2).replace("\\\\n", "\\n").split("\n")
        return "fastlane/api_key.example.json", lines, "apple_asc", "placeholder", "json"
    return r.choice(["fastlane/api_key.json", "ios/fastlane/api_key.json"]), json.dumps(d, indent=2).split("\n"), "apple_asc", "key_id", "json"


def neg_fastfile_asc_env(r, c):
    lines = ["default_platform(:ios)", "", "platform :ios do", "  private_lane :asc_key do", "    app_store_connect_api_key(",
             '      key_id: "%s",' % c.key_id, '      issuer_id: "%s",' % c.issuer,
             r.choice(['      key_content: ENV["APP_STORE_CONNECT_API_KEY_CONTENT"],', "      key_content: ENV.fetch('ASC_KEY_P8_BASE64'),",
                       '      key_filepath: "fastlane/AuthKey_%s.p8",' % c.key_id]),
             "      is_key_content_base64: true,", "      in_house: false", "    )", "  end", "",
             "  lane :release do", "    api_key = asc_key", '    match(type: "appstore", api_key: api_key, readonly: true)',
             '    build_app(scheme: "%s", export_options: { provisioningProfiles: { "%s" => "match AppStore %s" } })' % (c.scheme, c.bundle, c.bundle),
             "    upload_to_app_store(api_key: api_key, app_identifier: \"%s\", skip_metadata: true, submit_for_review: false)" % c.bundle,
             "  end", "end"]
    return "fastlane/Fastfile", lines, "apple_asc", "key_id", "Fastfile"


def neg_appfile(r, c):
    lines = ['app_identifier("%s")' % c.bundle, 'apple_id("%s")' % c.apple_id, "", 'itc_team_id("%s")' % c.itc_team,
             'team_id("%s")' % c.team_id, "", "for_platform :ios do", "  for_lane :beta do",
             '    app_identifier("%s.beta")' % c.bundle, "  end", "end"]
    return "fastlane/Appfile", lines, "apple_asc", "team_id", "Appfile"


def neg_matchfile(r, c):
    lines = ['git_url("git@github.com:%s/ios-certificates.git")' % c.company, 'storage_mode("git")', 'type("appstore")',
             'app_identifier(["%s", "%s.NotificationService"])' % (c.bundle, c.bundle), 'team_id("%s")' % c.team_id,
             "readonly(true)", "", "# MATCH_PASSWORD comes from the CI secret store; locally use `fastlane match` and",
             "# pick it from 1Password (Mobile vault, item \"match passphrase\")."]
    if r.random() < 0.4:
        lines.insert(1, 'git_basic_authorization(ENV["MATCH_GIT_BASIC_AUTHORIZATION"])')
    return "fastlane/Matchfile", lines, "fastlane_match", "env_reference", "Matchfile"


def neg_exportoptions(r, c):
    prof = {c.bundle: r.choice([c.profile_uuid, "match AppStore %s" % c.bundle, "%s Distribution" % c.app])}
    if r.random() < 0.6:
        prof[c.bundle + ".widget"] = uuid4(r).upper()
    e = [("method", r.choice(["app-store", "app-store-connect", "ad-hoc"])), ("teamID", c.team_id), ("signingStyle", "manual"),
         ("signingCertificate", r.choice(["Apple Distribution", "iPhone Distribution: %s (%s)" % (c.company.capitalize(), c.team_id),
                                          rs(r, 40, HEXU)])),
         ("provisioningProfiles", prof), ("uploadSymbols", True), ("compileBitcode", False), ("destination", "export")]
    return r.choice(["ios/ExportOptions.plist", "ExportOptions.plist", "fastlane/ExportOptions-AppStore.plist"]), plist_wrap(e), "apple_codesign", "profile_uuid", "ExportOptions.plist"


def neg_infoplist(r, c):
    e = info_plist_base(r, c)
    extras = [("GADApplicationIdentifier", admob_app(r), "admob", "app_id"),
              ("AppLovinSdkKey", rs(r, 86, B64URL), "applovin", "sdk_key_public"),
              ("MBXAccessToken", t_mapbox("pk")(r, c), "mapbox", "public_token"),
              ("OneSignalAppID", uuid4(r), "onesignal", "app_id"),
              ("RevenueCatAPIKey", "appl_" + rs(r, 27, B62), "revenuecat", "public_sdk_key"),
              ("CodePushDeploymentKey", "$(CODEPUSH_KEY)", "codepush", "env_reference"),
              ("FacebookAppID", rs(r, 15, DIG), "facebook", "app_id"),
              ("branch_key", {"live": "key_live_" + rs(r, 32, B62), "test": "key_test_" + rs(r, 32, B62)}, "branch", "public_key"),
              ("SentryDSN", sentry_dsn(r, c), "sentry", "dsn_public"),
              ("GIDClientID", oauth_client_id(r, c), "google", "oauth_client_id")]
    pick = r.sample(extras, r.randint(1, 3))
    for k, v, _, _ in pick:
        e.insert(r.randint(4, len(e)), (k, v))
    return r.choice(["ios/%s/Info.plist" % c.app, "%s/Info.plist" % c.app, "ios/Runner/Info.plist"]), plist_wrap(e), pick[0][2], pick[0][3], "Info.plist"


def neg_google_service_plist(r, c):
    e = [("CLIENT_ID", oauth_client_id(r, c)), ("REVERSED_CLIENT_ID", "com.googleusercontent.apps.%s-%s" % (c.project_num, rs(r, 32, LO + DIG))),
         ("API_KEY", aiza(r)), ("GCM_SENDER_ID", c.project_num), ("PLIST_VERSION", "1"), ("BUNDLE_ID", c.bundle),
         ("PROJECT_ID", c.gcp_project), ("STORAGE_BUCKET", "%s.appspot.com" % c.gcp_project), ("IS_ADS_ENABLED", False),
         ("IS_ANALYTICS_ENABLED", False), ("IS_APPINVITE_ENABLED", True), ("IS_GCM_ENABLED", True), ("IS_SIGNIN_ENABLED", True),
         ("GOOGLE_APP_ID", firebase_app_id(r, c, "ios"))]
    return r.choice(["ios/%s/GoogleService-Info.plist" % c.app, "ios/Runner/GoogleService-Info.plist"]), plist_wrap(e), "firebase", "google_api_key_public", "GoogleService-Info.plist"


def neg_google_services_json(r, c):
    d = {"project_info": {"project_number": c.project_num, "project_id": c.gcp_project, "storage_bucket": "%s.appspot.com" % c.gcp_project},
         "client": [{"client_info": {"mobilesdk_app_id": firebase_app_id(r, c, "android"), "android_client_info": {"package_name": c.package}},
                     "oauth_client": [{"client_id": oauth_client_id(r, c), "client_type": 3}],
                     "api_key": [{"current_key": aiza(r)}],
                     "services": {"appinvite_service": {"other_platform_oauth_client": [{"client_id": oauth_client_id(r, c), "client_type": 3}]}}}],
         "configuration_version": "1"}
    return r.choice(["android/app/google-services.json", "app/google-services.json", "android/app/src/release/google-services.json"]), json.dumps(d, indent=2).split("\n"), "firebase", "google_api_key_public", "google-services.json"


def neg_strings_generated(r, c):
    lines = ['<?xml version="1.0" encoding="utf-8"?>', '<resources>',
             '    <string name="gcm_defaultSenderId" translatable="false">%s</string>' % c.project_num,
             '    <string name="google_api_key" translatable="false">%s</string>' % aiza(r),
             '    <string name="google_app_id" translatable="false">%s</string>' % firebase_app_id(r, c, "android"),
             '    <string name="google_crash_reporting_api_key" translatable="false">%s</string>' % aiza(r),
             '    <string name="default_web_client_id" translatable="false">%s</string>' % oauth_client_id(r, c),
             '    <string name="project_id" translatable="false">%s</string>' % c.gcp_project,
             '    <string name="mapbox_access_token" translatable="false">%s</string>' % t_mapbox("pk")(r, c) if r.random() < 0.5 else
             '    <string name="admob_app_id" translatable="false">%s</string>' % admob_app(r),
             '</resources>']
    return r.choice(["android/app/src/main/res/values/strings.xml", "app/src/main/res/values/secrets_public.xml"]), lines, "firebase", "google_api_key_public", "strings.xml"


def neg_manifest(r, c):
    lines = ['<?xml version="1.0" encoding="utf-8"?>', '<manifest xmlns:android="http://schemas.android.com/apk/res/android">', "",
             '    <uses-permission android:name="android.permission.INTERNET" />', "", "    <application",
             '        android:name=".MainApplication"', '        android:label="@string/app_name"', '        android:icon="@mipmap/ic_launcher"',
             '        android:allowBackup="false">']
    metas = [('com.google.android.gms.ads.APPLICATION_ID', admob_app(r), "admob", "app_id"),
             ('applovin.sdk.key', rs(r, 86, B64URL), "applovin", "sdk_key_public"),
             ('com.google.android.geo.API_KEY', "${MAPS_API_KEY}", "google", "manifest_placeholder"),
             ('onesignal_app_id', uuid4(r), "onesignal", "app_id"),
             ('io.sentry.dsn', sentry_dsn(r, c), "sentry", "dsn_public"),
             ('com.facebook.sdk.ApplicationId', "@string/facebook_app_id", "facebook", "resource_reference")]
    pick = r.sample(metas, r.randint(1, 3))
    for k, v, _, _ in pick:
        lines += ['        <meta-data', '            android:name="%s"' % k, '            android:value="%s" />' % v]
    lines += ['        <activity android:name=".MainActivity" android:exported="true">', "            <intent-filter>",
              '                <action android:name="android.intent.action.MAIN" />', '                <category android:name="android.intent.category.LAUNCHER" />',
              "            </intent-filter>", "        </activity>", "    </application>", "</manifest>"]
    return r.choice(["android/app/src/main/AndroidManifest.xml", "app/src/main/AndroidManifest.xml"]), lines, pick[0][2], pick[0][3], "AndroidManifest.xml"


def neg_xcconfig(r, c):
    lines = ["// Release.xcconfig", '#include? "Secrets.xcconfig"', "", "PRODUCT_BUNDLE_IDENTIFIER = %s" % c.bundle,
             "DEVELOPMENT_TEAM = %s" % c.team_id, "CODE_SIGN_STYLE = Manual", "CODE_SIGN_IDENTITY = Apple Distribution",
             "PROVISIONING_PROFILE_SPECIFIER = match AppStore %s" % c.bundle, "SENTRY_ORG = %s" % c.org,
             "SENTRY_AUTH_TOKEN = $(inherited)" if r.random() < 0.3 else "// SENTRY_AUTH_TOKEN is provided by Secrets.xcconfig (gitignored)",
             "API_HOST = api.%s.com" % c.company, "SLASH = /", "API_BASE_URL = https:$(SLASH)$(SLASH)$(API_HOST)"]
    return r.choice(["ios/Config/Release.xcconfig", "Configs/Release.xcconfig"]), lines, "apple_codesign", "team_id", "xcconfig"


def sops_enc(r, n):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(r, n)), b64(rbytes(r, 32)), b64(rbytes(r, 16)))


def neg_sops_env(r, c):
    names = r.sample(["MATCH_PASSWORD", "FASTLANE_PASSWORD", "ANDROID_KEYSTORE_PASSWORD", "SENTRY_AUTH_TOKEN", "FIREBASE_TOKEN",
                      "APP_STORE_CONNECT_API_KEY_CONTENT", "SLACK_URL", "MAPBOX_DOWNLOADS_TOKEN"], r.randint(3, 6))
    lines = ["%s=%s" % (n, sops_enc(r, r.randint(12, 60))) for n in names]
    lines += ["sops_kms__list_0__map_arn=arn:aws:kms:eu-west-1:%s:key/%s" % (rs(r, 12, DIG), uuid4(r)),
              "sops_kms__list_0__map_created_at=2024-%02d-%02dT10:21:33Z" % (r.randint(1, 12), r.randint(1, 28)),
              "sops_kms__list_0__map_enc=AQICAH%s" % b64(rbytes(r, 150)),
              "sops_lastmodified=2024-%02d-%02dT10:21:34Z" % (r.randint(1, 12), r.randint(1, 28)),
              "sops_mac=%s" % sops_enc(r, 32), "sops_unencrypted_suffix=_unencrypted", "sops_version=3.8.1"]
    return r.choice(["fastlane/.env.secret.enc", "secrets/release.enc.env", "ci/secrets.sops.env"]), lines, "sops", "ciphertext", "dotenv"


def neg_sops_yaml(r, c):
    lines = ["ios:", "    match_password: %s" % sops_enc(r, r.randint(16, 30)), "    asc_key_id: %s" % sops_enc(r, 10),
             "android:", "    keystore_password: %s" % sops_enc(r, r.randint(12, 24)), "    key_password: %s" % sops_enc(r, r.randint(12, 24)),
             "sops:", "    age:", "        - recipient: age1%s" % rs(r, 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
             "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----"] + [
             "            " + b64(rbytes(r, 48)) for _ in range(4)] + [
             "            -----END AGE ENCRYPTED FILE-----", "    lastmodified: \"2024-%02d-%02dT08:11:02Z\"" % (r.randint(1, 12), r.randint(1, 28)),
             "    mac: %s" % sops_enc(r, 32), "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return r.choice(["secrets/mobile.enc.yaml", "fastlane/secrets.sops.yaml"]), lines, "sops", "ciphertext", "yaml"


def neg_codemagic_encrypted(r, c):
    def enc():
        return "Encrypted(%s)" % b64(b"gAAAAA" + rbytes(r, r.randint(60, 140)))
    lines = ["workflows:", "  android-release:", "    name: Android release", "    environment:", "      vars:",
             "        CM_KEYSTORE: %s" % enc(), "        CM_KEYSTORE_PASSWORD: %s" % enc(), "        CM_KEY_ALIAS: %s" % c.alias,
             "        CM_KEY_PASSWORD: %s" % enc(), "        GCLOUD_SERVICE_ACCOUNT_CREDENTIALS: $GCLOUD_SERVICE_ACCOUNT_CREDENTIALS",
             "    scripts:", "      - name: Set up keystore", "        script: |",
             "          echo $CM_KEYSTORE | base64 --decode > $CM_BUILD_DIR/keystore.jks",
             "          cat >> \"$CM_BUILD_DIR/android/key.properties\" <<EOF", "          storePassword=$CM_KEYSTORE_PASSWORD",
             "          keyPassword=$CM_KEY_PASSWORD", "          keyAlias=$CM_KEY_ALIAS", "          storeFile=$CM_BUILD_DIR/keystore.jks", "          EOF",
             "      - name: Build AAB", "        script: flutter build appbundle --release", "    artifacts:", "      - build/**/outputs/**/*.aab"]
    return "codemagic.yaml", lines, "codemagic", "ciphertext", "codemagic.yaml"


def neg_travis(r, c):
    h = rs(r, 12, HEXL)
    lines = ["language: objective-c", "osx_image: xcode14.2", "env:", "  global:",
             "    - secure: \"%s\"" % b64(rbytes(r, 256)), "    - secure: \"%s\"" % b64(rbytes(r, 256)),
             "before_install:", "  - openssl aes-256-cbc -K $encrypted_%s_key -iv $encrypted_%s_iv -in certs/dist.p12.enc -out certs/dist.p12 -d" % (h, h),
             "  - gem install bundler", "script:", "  - bundle exec fastlane ios ci"]
    return ".travis.yml", lines, "travis", "ciphertext", "travis.yml"


def neg_gha_secrets(r, c):
    lines = ["name: iOS TestFlight", "on:", "  workflow_dispatch:", "  push:", "    tags: ['ios-v*']", "jobs:", "  deploy:",
             "    runs-on: macos-14", "    env:", "      MATCH_PASSWORD: ${{ secrets.MATCH_PASSWORD }}",
             "      MATCH_GIT_BASIC_AUTHORIZATION: ${{ secrets.MATCH_GIT_BASIC_AUTHORIZATION }}",
             "      APP_STORE_CONNECT_API_KEY_ID: %s" % c.key_id, "      APP_STORE_CONNECT_ISSUER_ID: %s" % c.issuer,
             "      APP_STORE_CONNECT_API_KEY_CONTENT: ${{ secrets.ASC_KEY_P8_BASE64 }}", "      FASTLANE_TEAM_ID: %s" % c.team_id,
             "      SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}", "    steps:", "      - uses: actions/checkout@v4",
             "      - name: Install signing certificate", "        env:", "          BUILD_CERTIFICATE_BASE64: ${{ secrets.BUILD_CERTIFICATE_BASE64 }}",
             "          P12_PASSWORD: ${{ secrets.P12_PASSWORD }}", "          KEYCHAIN_PASSWORD: ${{ github.run_id }}-${{ github.run_attempt }}",
             "        run: ./scripts/install-certs.sh", "      - uses: ruby/setup-ruby@v1", "        with:", "          bundler-cache: true",
             "      - run: bundle exec fastlane ios beta", "      - name: Notify", "        if: always()",
             "        run: curl -sS -X POST -d \"{\\\"text\\\":\\\"${{ job.status }}\\\"}\" \"${{ secrets.SLACK_WEBHOOK_URL }}\""]
    return ".github/workflows/testflight.yml", lines, "github_actions", "env_reference", "github-actions"


def neg_bitrise_refs(r, c):
    lines = ["format_version: '13'", "project_type: android", "app:", "  envs:", "  - PROJECT_LOCATION: android",
             "  - MODULE: app", "  - VARIANT: release", "  - PACKAGE_NAME: %s" % c.package, "workflows:", "  deploy:", "    steps:",
             "    - git-clone@8: {}", "    - android-build@1:", "        inputs:", "        - build_type: aab", "    - sign-apk@1:",
             "        inputs:", "        - android_app: $BITRISE_AAB_PATH", "        - keystore_url: $BITRISEIO_ANDROID_KEYSTORE_URL",
             "        - keystore_password: $BITRISEIO_ANDROID_KEYSTORE_PASSWORD", "        - keystore_alias: $BITRISEIO_ANDROID_KEYSTORE_ALIAS",
             "        - private_key_password: $BITRISEIO_ANDROID_KEYSTORE_PRIVATE_KEY_PASSWORD", "    - google-play-deploy@3:", "        inputs:",
             "        - service_account_json_key_path: $BITRISEIO_SERVICE_ACCOUNT_JSON_KEY_URL", "        - package_name: $PACKAGE_NAME",
             "        - track: internal"]
    return "bitrise.yml", lines, "bitrise", "env_reference", "bitrise.yml"


def neg_eas_json(r, c):
    d = {"cli": {"version": ">= 10.0.0"}, "build": {"production": {"channel": "production", "env": {"APP_VARIANT": "production",
                                                                                                  "SENTRY_ORG": c.org, "SENTRY_PROJECT": c.slug}}},
         "submit": {"production": {"ios": {"appleId": c.apple_id, "ascAppId": c.asc_app_id, "appleTeamId": c.team_id,
                                           "ascApiKeyPath": "./keys/AuthKey_%s.p8" % c.key_id, "ascApiKeyIssuerId": c.issuer, "ascApiKeyId": c.key_id},
                                   "android": {"serviceAccountKeyPath": "./keys/play-service-account.json", "track": "internal"}}}}
    return "eas.json", json.dumps(d, indent=2).split("\n"), "expo", "app_id", "eas.json"


def neg_app_json(r, c):
    d = {"expo": {"name": c.app, "slug": c.slug, "version": c.version, "owner": c.org, "runtimeVersion": {"policy": "appVersion"},
                  "updates": {"url": "https://u.expo.dev/%s" % uuid4(r)},
                  "ios": {"bundleIdentifier": c.bundle, "googleServicesFile": "./GoogleService-Info.plist",
                          "config": {"googleMobileAdsAppId": admob_app(r)}},
                  "android": {"package": c.package, "googleServicesFile": "./google-services.json",
                              "config": {"googleMaps": {"apiKey": aiza(r)}}},
                  "plugins": [["onesignal-expo-plugin", {"mode": "production"}], ["@sentry/react-native/expo", {"organization": c.org, "project": c.slug}]],
                  "extra": {"oneSignalAppId": uuid4(r), "eas": {"projectId": uuid4(r)}}}}
    return "app.json", json.dumps(d, indent=2).split("\n"), "expo", "project_id", "app.json"


def neg_app_config_public(r, c):
    lines = ["import 'dotenv/config';", "", "export default {", "  expo: {", "    name: '%s'," % c.app, "    slug: '%s'," % c.slug,
             "    ios: { bundleIdentifier: '%s' }," % c.bundle, "    android: { package: '%s' }," % c.package, "    extra: {",
             "      stripePublishableKey: '%s'," % ("pk_live_" + rs(r, 99, B62)),
             "      revenueCatIosKey: '%s'," % ("appl_" + rs(r, 27, B62)), "      revenueCatAndroidKey: '%s'," % ("goog_" + rs(r, 27, B62)),
             "      mapboxPublicToken: '%s'," % t_mapbox("pk")(r, c), "      sentryDsn: '%s'," % sentry_dsn(r, c),
             "      branchKey: '%s'," % ("key_live_" + rs(r, 32, B62)),
             "      // server-side keys are injected at build time, never bundled", "      revenueCatSecret: process.env.REVENUECAT_SECRET_KEY,",
             "      eas: { projectId: '%s' }," % uuid4(r), "    },", "  },", "};"]
    return "app.config.js", lines, "revenuecat", "public_sdk_key", "app.config.js"


def neg_podfile_lock(r, c):
    pods = r.sample(["Alamofire", "Firebase", "FirebaseCore", "FirebaseCrashlytics", "GoogleUtilities", "SnapKit", "Kingfisher",
                     "RevenueCat", "OneSignalXCFramework", "Sentry", "lottie-ios", "SDWebImage", "MapboxMaps", "Branch"], r.randint(5, 9))
    pods.sort()
    lines = ["PODS:"] + ["  - %s (%d.%d.%d)" % (p, r.randint(1, 11), r.randint(0, 30), r.randint(0, 9)) for p in pods] + ["", "DEPENDENCIES:"]
    lines += ["  - %s" % p for p in pods] + ["", "SPEC CHECKSUMS:"]
    lines += ["  %s: %s" % (p, rs(r, 40, HEXL)) for p in pods]
    lines += ["", "PODFILE CHECKSUM: %s" % rs(r, 40, HEXL), "", "COCOAPODS: 1.15.2"]
    return r.choice(["ios/Podfile.lock", "Podfile.lock"]), lines, "cocoapods", "digest", "Podfile.lock"


def neg_verification(r, c):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<verification-metadata xmlns="https://schema.gradle.org/dependency-verification">',
             "   <configuration>", "      <verify-metadata>true</verify-metadata>", "      <verify-signatures>false</verify-signatures>",
             "   </configuration>", "   <components>"]
    for g, a in r.sample([("androidx.core", "core"), ("com.google.firebase", "firebase-crashlytics"), ("com.squareup.okhttp3", "okhttp"),
                          ("com.mapbox.maps", "android"), ("io.sentry", "sentry-android"), ("com.revenuecat.purchases", "purchases")], 3):
        v = "%d.%d.%d" % (r.randint(1, 5), r.randint(0, 20), r.randint(0, 9))
        lines += ['      <component group="%s" name="%s" version="%s">' % (g, a, v),
                  '         <artifact name="%s-%s.aar">' % (a, v), '            <sha256 value="%s" origin="Generated by Gradle"/>' % rs(r, 64, HEXL),
                  "         </artifact>", "      </component>"]
    lines += ["   </components>", "</verification-metadata>"]
    return "gradle/verification-metadata.xml", lines, "gradle", "digest", "xml"


def neg_gradle_wrapper(r, c):
    v = r.choice(["8.7", "8.9", "8.10.2", "8.11.1"])
    lines = ["distributionBase=GRADLE_USER_HOME", "distributionPath=wrapper/dists",
             "distributionSha256Sum=%s" % rs(r, 64, HEXL), "distributionUrl=https\\://services.gradle.org/distributions/gradle-%s-bin.zip" % v,
             "networkTimeout=10000", "validateDistributionUrl=true", "zipStoreBase=GRADLE_USER_HOME", "zipStorePath=wrapper/dists"]
    return "android/gradle/wrapper/gradle-wrapper.properties", lines, "gradle", "digest", "properties"


def neg_package_resolved(r, c):
    pins = []
    for ident, url in r.sample([("alamofire", "https://github.com/Alamofire/Alamofire.git"), ("kingfisher", "https://github.com/onevcat/Kingfisher.git"),
                                ("purchases-ios", "https://github.com/RevenueCat/purchases-ios.git"),
                                ("sentry-cocoa", "https://github.com/getsentry/sentry-cocoa.git"),
                                ("%s-core-ios" % c.slug, "https://github.com/%s/%s-core-ios.git" % (c.company, c.slug))], 3):
        pins.append({"identity": ident, "kind": "remoteSourceControl", "location": url,
                     "state": {"revision": rs(r, 40, HEXL), "version": "%d.%d.%d" % (r.randint(1, 6), r.randint(0, 20), r.randint(0, 9))}})
    d = {"originHash": rs(r, 64, HEXL), "pins": pins, "version": 3}
    return "%s.xcworkspace/xcshareddata/swiftpm/Package.resolved" % c.app, json.dumps(d, indent=2).split("\n"), "swiftpm", "git_sha", "Package.resolved"


def neg_pluginfile(r, c):
    lines = ["# Autogenerated by fastlane", "#", "# Ensure this file is checked in to source control!", "",
             "gem 'fastlane-plugin-firebase_app_distribution'", "gem 'fastlane-plugin-sentry'",
             "gem 'fastlane-plugin-%s_tools', git: 'https://github.com/%s/fastlane-plugin-tools.git', ref: '%s'" % (c.company, c.company, rs(r, 40, HEXL))]
    return "fastlane/Pluginfile", lines, "github", "git_sha", "Pluginfile"


def neg_netrc_script(r, c):
    lines = ["      - name: Configure Mapbox credentials", "        env:", "          MAPBOX_DOWNLOADS_TOKEN: ${{ secrets.MAPBOX_DOWNLOADS_TOKEN }}",
             "        run: |", "          echo \"machine api.mapbox.com login mapbox password ${MAPBOX_DOWNLOADS_TOKEN}\" >> ~/.netrc",
             "          chmod 0600 ~/.netrc", "          mkdir -p ~/.gradle",
             "          echo \"MAPBOX_DOWNLOADS_TOKEN=${MAPBOX_DOWNLOADS_TOKEN}\" >> ~/.gradle/gradle.properties"]
    head = ["name: Build", "on: [pull_request]", "jobs:", "  build:", "    runs-on: macos-14", "    steps:", "      - uses: actions/checkout@v4"]
    return ".github/workflows/build.yml", head + lines + ["      - run: ./gradlew assembleDebug"], "mapbox", "env_reference", "github-actions"


def neg_settings_gradle_refs(r, c):
    lines = ["dependencyResolutionManagement {", "    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)", "    repositories {",
             "        google()", "        mavenCentral()", "        maven {", "            url 'https://api.mapbox.com/downloads/v2/releases/maven'",
             "            authentication { basic(BasicAuthentication) }", "            credentials {",
             "                username = 'mapbox'", "                password = providers.gradleProperty('MAPBOX_DOWNLOADS_TOKEN').getOrElse(System.getenv('MAPBOX_DOWNLOADS_TOKEN') ?: '')",
             "            }", "        }", "        maven {", "            url = 'https://maven.pkg.github.com/%s/%s-android-sdk'" % (c.company, c.slug),
             "            credentials {", "                username = settings.ext.find('gpr.user') ?: System.getenv('GITHUB_ACTOR')",
             "                password = settings.ext.find('gpr.key') ?: System.getenv('GITHUB_TOKEN')", "            }", "        }", "    }", "}",
             "rootProject.name = '%s'" % c.app, "include ':app'"]
    return "settings.gradle", lines, "mapbox", "env_reference", "settings.gradle"


def neg_gradle_props_public(r, c):
    lines = ["org.gradle.jvmargs=-Xmx4g", "android.useAndroidX=true", "", "# Public, safe to commit", "gpr.user=%s" % c.ci_user,
             "VERSION_NAME=%s" % c.version, "APPLICATION_ID=%s" % c.package, "",
             "# MAPBOX_DOWNLOADS_TOKEN and gpr.key go in ~/.gradle/gradle.properties, NOT here", "MAPBOX_DOWNLOADS_TOKEN=",
             "MAPBOX_PUBLIC_TOKEN=%s" % t_mapbox("pk")(r, c)]
    return "gradle.properties", lines, "mapbox", "public_token", "gradle.properties"


def neg_sentry_props(r, c):
    lines = ["defaults.url=https://sentry.io/", "defaults.org=%s" % c.org, "defaults.project=%s-ios" % c.slug,
             "# auth.token is read from the SENTRY_AUTH_TOKEN environment variable", "cli.executable=node_modules/@sentry/cli/bin/sentry-cli"]
    return r.choice(["ios/sentry.properties", "android/sentry.properties"]), lines, "sentry", "config_without_token", "sentry.properties"


def neg_sentry_dsn_code(r, c):
    if r.random() < 0.5:
        lines = ["import UIKit", "import Sentry", "", "@main", "class AppDelegate: UIResponder, UIApplicationDelegate {",
                 "    func application(_ application: UIApplication,", "                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {",
                 "        SentrySDK.start { options in", '            options.dsn = "%s"' % sentry_dsn(r, c),
                 "            options.tracesSampleRate = 0.2", '            options.environment = "production"', "        }", "        return true", "    }", "}"]
        return "ios/%s/AppDelegate.swift" % c.app, lines, "sentry", "dsn_public", "swift"
    lines = ["package %s" % c.package, "", "import android.app.Application", "import io.sentry.android.core.SentryAndroid", "",
             "class MainApplication : Application() {", "    override fun onCreate() {", "        super.onCreate()",
             "        SentryAndroid.init(this) { options ->", '            options.dsn = "%s"' % sentry_dsn(r, c),
             "            options.tracesSampleRate = 0.2", "        }", "    }", "}"]
    return "app/src/main/java/%s/MainApplication.kt" % c.package.replace(".", "/"), lines, "sentry", "dsn_public", "kotlin"


def neg_runbook_masked(r, c):
    sn = t_sentry_org(r, c)
    gh = gh_token(r, "ghp_")
    lines = ["# %s release credentials inventory" % c.app, "",
             "All values live in 1Password (vault **Mobile Release**). This page only lists identifiers.", "",
             "| What | Where | Identifier |", "|---|---|---|",
             "| App Store Connect API key | 1Password `ASC API key` | Key ID `%s`, Issuer `%s` |" % (c.key_id, c.issuer),
             "| Apple team | developer.apple.com | Team ID `%s` |" % c.team_id,
             "| App Store app | App Store Connect | Apple ID `%s` |" % c.asc_app_id,
             "| Distribution profile | match repo | UUID `%s` |" % c.profile_uuid,
             "| Sentry upload token | CI secret `SENTRY_AUTH_TOKEN` | `%s` |" % masked(r, sn),
             "| GitHub Packages | CI secret `GPR_TOKEN` | `%s` (expires %d-12-31) |" % (masked(r, gh), c.year()),
             "| Apple app-specific password | CI secret | format `xxxx-xxxx-xxxx-xxxx` |",
             "| Firebase Android app | console | `%s` |" % firebase_app_id(r, c, "android"), "",
             "## Rotation", "", "1. Generate the new value in the provider console.", "2. Update the CI secret, then the 1Password item.",
             "3. Revoke the old one and note the date here."]
    return r.choice(["docs/credentials.md", "docs/runbooks/secrets-inventory.md", "RELEASE_SECRETS.md"]), lines, "apple_asc", "masked", "markdown"


def neg_fastlane_log(r, c):
    lines = ["[%02d:%02d:%02d]: ------------------------------" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
             "[10:14:02]: --- Step: match ---", "[10:14:02]: ------------------------------", "",
             "+------------------------+-------------------------------------------------+", "|                 Summary for match 2.225.0                |",
             "+------------------------+-------------------------------------------------+", "| type                   | appstore                                        |",
             "| readonly               | true                                            |", "| git_url                | https://github.com/%s/certificates |" % c.company,
             "| git_basic_authorization| ********                                        |", "| username               | %s |" % c.apple_id,
             "| team_id                | %s                                      |" % c.team_id, "| keychain_password      | ********                                        |",
             "| app_identifier         | [\"%s\"] |" % c.bundle, "+------------------------+-------------------------------------------------+", "",
             "[10:14:05]: Installed Provisioning Profile", "[10:14:05]: UUID: %s" % c.profile_uuid,
             "[10:14:05]: Certificate SHA-1: %s" % rs(r, 40, HEXU), "[10:14:05]: All required keys, certificates and provisioning profiles are installed 🙌"]
    return r.choice(["ci-logs/match-%s.log" % c.build, "fastlane/logs/last_run.log"]), lines, "fastlane_match", "masked", "log"


def neg_fastfile_refs(r, c):
    lines = ["default_platform(:android)", "", "platform :android do", '  desc "Distribute to testers"', "  lane :qa do",
             '    gradle(task: "assemble", build_type: "Release", properties: {', '      "android.injected.signing.store.file" => ENV["KEYSTORE_PATH"],',
             '      "android.injected.signing.store.password" => ENV["KEYSTORE_PASSWORD"],', '      "android.injected.signing.key.alias" => "%s",' % c.alias,
             '      "android.injected.signing.key.password" => ENV["KEY_PASSWORD"]', "    })", "    firebase_app_distribution(",
             '      app: "%s",' % firebase_app_id(r, c, "android"), '      service_credentials_file: "firebase-sa.json",',
             '      groups: "qa",', "      firebase_cli_token: ENV.fetch(\"FIREBASE_TOKEN\", nil)", "    )",
             r.choice(['    slack(message: "QA build ready", slack_url: ENV["SLACK_URL"])',
                       '    sentry_debug_files_upload(auth_token: ENV["SENTRY_AUTH_TOKEN"], org_slug: "%s", project_slug: "%s")' % (c.org, c.slug)]),
             "  end", "", "  lane :internal do", "    upload_to_play_store(", '      track: "internal",',
             '      json_key: ENV["SUPPLY_JSON_KEY"],', '      package_name: "%s",' % c.package, "      skip_upload_metadata: true", "    )", "  end", "end"]
    return r.choice(["fastlane/Fastfile", "android/fastlane/Fastfile"]), lines, "firebase", "env_reference", "Fastfile"


def neg_public_pem(r, c):
    if r.random() < 0.5:
        d = r.randrange(1, P256_N)
        X, Y = ec_mul(d)
        spki = der(0x30, der(0x30, bytes.fromhex("06072a8648ce3d0201") + bytes.fromhex("06082a8648ce3d030107")) +
                   der(0x03, b"\x00\x04" + X.to_bytes(32, "big") + Y.to_bytes(32, "big")))
        pl = pem_lines(spki, "PUBLIC KEY")
        lines = ["# Public key used to verify signed OTA update manifests.", "# Safe to commit; the private half is in the signing service."] + pl
        return r.choice(["updates/keys/public-key.pem", "certs/update-verify.pub.pem", "ios/Resources/ota_public.pem"]), lines, "ota", "public_key", "pem"
    body = der(0x30, der(0x30, der(0xA0, der_int(2)) + der_int(r.getrandbits(64)) + rbytes(r, 700)) + rbytes(r, 260))
    return r.choice(["certs/AppleWWDRCAG3.pem", "ios/certs/push-public.cer.pem", "certs/distribution.cer.pem"]), pem_lines(body, "CERTIFICATE"), "apple_codesign", "certificate_public", "pem"


def neg_kms(r, c):
    blob = "AQICAH" + b64(rbytes(r, r.randint(140, 200)))
    lines = ["#!/usr/bin/env bash", "# keystore password stored as KMS ciphertext; decrypt at build time", "set -euo pipefail", "",
             'ENCRYPTED_STORE_PASSWORD="%s"' % blob, "",
             'ANDROID_KEYSTORE_PASSWORD="$(aws kms decrypt --ciphertext-blob fileb://<(echo "$ENCRYPTED_STORE_PASSWORD" | base64 -d) \\',
             '  --query Plaintext --output text | base64 -d)"', "export ANDROID_KEYSTORE_PASSWORD", "./gradlew :app:bundleRelease"]
    return r.choice(["ci/decrypt-signing.sh", "scripts/kms-signing.sh"]), lines, "aws_kms", "ciphertext", "shell"


def neg_npmrc(r, c):
    lines = ["registry=https://registry.npmjs.org/", "@%s:registry=https://npm.pkg.github.com" % c.company,
             "//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}", "save-exact=true"]
    return ".npmrc", lines, "npm", "env_reference", "npmrc"


def neg_podfile(r, c):
    lines = ["platform :ios, '15.0'", "source 'https://cdn.cocoapods.org/'", "source 'git@github.com:%s/ios-specs.git'" % c.company, "",
             "target '%s' do" % c.app, "  use_frameworks!", "  pod '%sCore', :git => 'git@github.com:%s/%s-core-ios.git', :commit => '%s'" % (c.app, c.company, c.slug, rs(r, 40, HEXL)),
             "  pod 'RevenueCat', '~> 5.0'", "  pod 'OneSignalXCFramework', '>= 5.0.0', '< 6.0'", "end"]
    return r.choice(["Podfile", "ios/Podfile"]), lines, "cocoapods", "git_sha", "Podfile"


def neg_netrc_placeholder(r, c):
    lines = ["# Template: copy to ~/.netrc and chmod 600", "machine api.mapbox.com", "  login mapbox",
             "  password <your secret token with DOWNLOADS:READ scope>", "", "machine github.com", "  login %s" % c.ci_user,
             "  password %s" % r.choice(["<personal access token with read:packages>", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"])]
    return r.choice(["docs/netrc.example", ".netrc.example"]), lines, "mapbox", "placeholder", "netrc"


JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
          "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")


def neg_test_vector(r, c):
    if r.random() < 0.5:
        lines = ["import XCTest", "@testable import %s" % c.app, "", "final class JWTDecoderTests: XCTestCase {",
                 "    // Example token from jwt.io (HS256, secret \"your-256-bit-secret\")", '    let sample = "%s"' % JWT_IO, "",
                 "    func testDecodesSubject() throws {", "        let jwt = try JWTDecoder.decode(sample)", '        XCTAssertEqual(jwt.subject, "1234567890")',
                 '        XCTAssertEqual(jwt.claims["name"] as? String, "John Doe")', "    }", "}"]
        return "ios/%sTests/JWTDecoderTests.swift" % c.app, lines, "jwt", "test_vector", "swift"
    lines = ["package %s.auth" % c.package, "", "import org.junit.Assert.assertEquals", "import org.junit.Test", "",
             "class DebugKeystoreTest {", "    // Android SDK default debug keystore credentials (documented, not secret)",
             '    private val debugStorePassword = "android"', '    private val debugAlias = "androiddebugkey"', "",
             "    @Test", "    fun debugSigningUsesDefaults() {", "        val cfg = SigningInfo.debug()",
             "        assertEquals(debugStorePassword, cfg.storePassword)", "        assertEquals(debugAlias, cfg.alias)", "    }", "}"]
    return "app/src/test/java/%s/auth/DebugKeystoreTest.kt" % c.package.replace(".", "/"), lines, "android_keystore", "documented_default", "kotlin"


NEG = [(neg_kv, 110), (neg_test_vector, 5), (neg_gradle_refs, 22), (neg_debug_keystore, 8), (neg_keystore_template, 9), (neg_gradlew_refs, 6),
       (neg_security_refs, 8), (neg_altool_keychain, 6), (neg_keytool_md, 10), (neg_assetlinks, 5), (neg_aasa, 3),
       (neg_api_key_json, 8), (neg_fastfile_asc_env, 10), (neg_appfile, 5), (neg_matchfile, 6), (neg_exportoptions, 9),
       (neg_infoplist, 16), (neg_google_service_plist, 9), (neg_google_services_json, 9), (neg_strings_generated, 6),
       (neg_manifest, 9), (neg_xcconfig, 5), (neg_sops_env, 6), (neg_sops_yaml, 4), (neg_codemagic_encrypted, 6), (neg_travis, 4),
       (neg_gha_secrets, 12), (neg_bitrise_refs, 6), (neg_eas_json, 6), (neg_app_json, 6), (neg_app_config_public, 9),
       (neg_podfile_lock, 6), (neg_verification, 3), (neg_gradle_wrapper, 3), (neg_package_resolved, 3), (neg_pluginfile, 3),
       (neg_netrc_script, 5), (neg_settings_gradle_refs, 8), (neg_gradle_props_public, 6), (neg_sentry_props, 5),
       (neg_sentry_dsn_code, 5), (neg_runbook_masked, 10), (neg_fastlane_log, 4), (neg_fastfile_refs, 12), (neg_public_pem, 5),
       (neg_kms, 3), (neg_npmrc, 4), (neg_podfile, 4), (neg_netrc_placeholder, 4)]


# ---------------------------------------------------------------- driver
def wchoice(r, items, wfn):
    tot = sum(wfn(x) for x in items)
    x = r.random() * tot
    for it in items:
        x -= wfn(it)
        if x <= 0:
            return it
    return items[-1]


ANDROID_P = {"android_keystore", "google_play", "huawei_agc", "samsung_galaxy_store", "amazon_appstore", "azure_devops"}
IOS_P = {"apple_asc", "apple_apns", "fastlane_match", "apple_id", "apple_codesign", "crashlytics", "cocoapods", "apple_iap"}


def spec_platform(spec, r):
    if spec.provider in ANDROID_P:
        return "android"
    if spec.provider in IOS_P:
        return "ios"
    return r.choice(["ios", "android", None])


def make_positive(r):
    c = Ctx(r)
    spec = wchoice(r, SPECS, lambda s: s.weight)
    c.platform = spec_platform(spec, r)
    rn, _, names = wchoice(r, spec.rend, lambda x: x[1])
    if names:
        var = r.choice(names)
    elif spec.generic and r.random() < 0.28:
        var = r.choice(spec.generic)
    else:
        var = r.choice(spec.names)
    fn = KV.get(rn) or SPECIFIC[rn]
    bad = BAD_CHARS.get(rn, "")
    for _ in range(50):
        val = spec.gen(r, c)
        if not any(ch in val for ch in bad):
            break
    out = fn(r, c, var, val, spec)
    path, lines, ft = out[0], out[1], out[2]
    if len(out) > 3:
        needle = out[3]
    elif spec.needle_fn:
        needle = spec.needle_fn(val)
    else:
        needle = val
    return path, lines, ft, spec.provider, spec.kind, needle


def make_negative(r):
    c = Ctx(r)
    fn = wchoice(r, NEG, lambda x: x[1])[0]
    return fn(r, c)


def pad_lines(lines):
    while len(lines) < 5:
        lines.append("")
    return lines[:80] if len(lines) > 80 else lines


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("NEEDLE")[0])
        sys.exit("usage: gen_aj.py OUTDIR SEED")
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets, needles = [], [], []
    counts = {"provider": {}, "kind": {}, "filetype": {}}

    def bump(label, prov, kind, ft):
        for k, v in (("provider", "%s:%s" % (label, prov)), ("kind", "%s:%s/%s" % (label, prov, kind)), ("filetype", "%s:%s" % (label, ft))):
            counts[k][v] = counts[k].get(v, 0) + 1

    files = {}
    for i in range(500):
        path, lines, ft, prov, kind, needle = make_positive(r)
        assert len(lines) <= 80, (path, len(lines))
        lines = pad_lines(lines)
        rel = "pos/p%04d/%s" % (i, path)
        text = "\n".join(lines) + "\n"
        lineno = next((n + 1 for n, l in enumerate(lines) if needle in l), None)
        assert lineno is not None, (rel, needle[:60])
        files[rel] = text
        manifest.append({"file": rel, "label": "positive", "provider": prov, "kind": kind, "filetype": ft})
        secrets.append({"file": rel, "needle": needle, "line": lineno})
        needles.append(needle)
        bump("pos", prov, kind, ft)
    for i in range(500):
        path, lines, prov, kind, ft = make_negative(r)
        assert len(lines) <= 80, (path, len(lines))
        lines = pad_lines(lines)
        rel = "neg/n%04d/%s" % (i, path)
        files[rel] = "\n".join(lines) + "\n"
        manifest.append({"file": rel, "label": "negative", "provider": prov, "kind": kind, "filetype": ft})
        bump("neg", prov, kind, ft)
    for rel, text in files.items():
        full = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(outdir, "manifest.jsonl"), "w") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    self_check(outdir, manifest, secrets, counts)


def self_check(outdir, manifest, secrets, counts):
    errors = 0
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as f:
            lines = f.read().split("\n")
        if not (0 < s["line"] <= len(lines) and s["needle"] in lines[s["line"] - 1]):
            print("SELF-CHECK FAIL needle/line:", s["file"])
            errors += 1
        if len(s["needle"]) < 8:
            print("SELF-CHECK FAIL short needle:", s["file"])
            errors += 1
    needles = [s["needle"] for s in secrets]
    for m in manifest:
        if m["label"] != "negative":
            continue
        with open(os.path.join(outdir, m["file"]), encoding="utf-8") as f:
            t = f.read()
        for n in needles:
            if n in t:
                print("SELF-CHECK FAIL negative contains a positive needle:", m["file"])
                errors += 1
    for m in manifest:
        with open(os.path.join(outdir, m["file"]), encoding="utf-8") as f:
            nl = f.read().count("\n")
        if not 5 <= nl <= 80:
            print("SELF-CHECK FAIL line count %d: %s" % (nl, m["file"]))
            errors += 1
    for key in ("provider", "kind", "filetype"):
        d = counts[key]
        print("== %s (%d distinct)" % (key, len(d)))
        for k in sorted(d):
            print("  %-70s %d" % (k, d[k]))
    pos_pairs = {k for k in counts["kind"] if k.startswith("pos:")}
    print("positive provider/kind pairs: %d; positive file types: %d; negative file types: %d" % (
        len(pos_pairs), len([k for k in counts["filetype"] if k.startswith("pos:")]),
        len([k for k in counts["filetype"] if k.startswith("neg:")])))
    print("SELF-CHECK", "OK" if not errors else "FAILED (%d)" % errors)
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
