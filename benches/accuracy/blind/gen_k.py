#!/usr/bin/env python3
"""Blind evaluation-set generator "k" for a git pre-commit secret scanner.

EMPHASIS
    Credentials in mobile, desktop and game projects, where public identifiers
    and real secrets sit side by side: Android (gradle, manifest, strings.xml,
    Kotlin/Java, keystore.properties, google-services.json), iOS/macOS
    (Info.plist, xcconfig, Swift/ObjC, fastlane, .p8 keys, exportOptions),
    Flutter (dart env files, --dart-define, launch.json, pubspec), React
    Native/Expo (app.json, app.config.js, eas.json, .env), Unity (C#,
    ScriptableObject .asset, ProjectSettings), Unreal (.ini), Godot
    (project.godot, GDScript), Electron (main.js, electron-builder.yml,
    notarize.js), .NET desktop / MAUI (App.config, appsettings.json, pubxml,
    csproj), Tauri, browser extensions, and mobile CI (Codemagic, Bitrise,
    App Center, GitHub Actions).
    Positive files frequently carry the provider's PUBLIC identifiers next to
    the one secret (publishable key next to secret key, Agora app id next to
    the app certificate, Twilio SID next to the auth token ...).  Negatives are
    the same file types holding only public-by-design values, env/CI
    references in the file's own syntax, placeholders, masked values,
    ciphertext (SOPS, Codemagic Encrypted(...)), digests (Podfile.lock,
    pubspec.lock, gradle verification metadata), public keys and test vectors.

USAGE
    python3 gen_k.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500) and OUTDIR/neg/nNNNN/<relpath>
    (500), OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl, then self-checks.
    Deterministic per SEED (only random.Random(SEED) is used).

NEEDLE CONVENTIONS
    * needle = the secret substring exactly as written in the file, line =
      1-based line where it occurs.
    * Connection strings / URLs: for webhook URLs (Slack, Discord) the needle
      is the whole URL; for Azure storage connection strings it is only the
      AccountKey value; for AWS credential pairs (both on one line) it is the
      secret access key; for fastlane MATCH_GIT_BASIC_AUTHORIZATION it is the
      base64 blob.
    * PEM private keys written as a multi-line block: the needle is the FIRST
      base64 body line (the line after -----BEGIN ...-----), line = that line.
    * PEM private keys embedded in a one-line string with "\\n" escapes (JSON
      service accounts, fastlane API-key JSON, .env, appsettings): the needle
      is the whole escaped string between the quotes, from "-----BEGIN" to the
      final "\\n" / "-----".
    * Human-chosen passwords (keystore, Apple ID, test logins, Unity/Steam
      build accounts): the needle is the password itself.
    * Every needle occurs exactly once in its file.  Companion PUBLIC values
      (publishable keys, app ids, DSNs, SIDs) may sit on other lines of a
      positive file; they are not needles.

NEGATIVE KINDS (manifest "kind")
    <public kind> (e.g. publishable_key, app_id, dsn, client_token),
    env_reference:<secret kind>, placeholder:<secret kind>, masked:<secret kind>,
    ciphertext, digest, test_vector, rsa_public_key, firebase_*_config, ...
    Negatives never contain a random value in a secret slot.

DOUBTS (formats I am not certain about; documented prefixes used where known)
    * PlayFab title secret key: generated as 52 chars [A-Z0-9]; real length may
      differ.
    * Epic EOS client secret: 43 chars base64-ish; exact alphabet uncertain.
      EOS client id modelled as "xyza7891" + 24 alnum (as in EOS samples).
    * Unity Gaming Services service-account secret: 32 chars [A-Za-z0-9_-];
      Unity license serial modelled as "XX-XXXX-XXXX-XXXX-XXXX-XXXX".
    * OneSignal: legacy REST key = base64 of a UUID string (48 chars); new
      "os_v2_app_" keys modelled as 113 lowercase base32 chars.
    * RevenueCat secret key: "sk_" + 32 alnum; public "appl_/goog_/amzn_" + 27.
    * Expo access tokens (40 chars), Codemagic API tokens (43 chars), Bitrise
      personal access tokens (86 chars), itch.io butler keys (40 alnum):
      opaque tokens without a documented prefix; lengths are my guesses.
    * Sentry: "sntryu_" + 64 hex (user), "sntrys_" + base64(JSON) + "_" + 43
      (org token), legacy 64 hex.  Structure of org token from memory.
    * Supabase "sb_secret_" keys: suffix length/alphabet guessed.
    * OpenAI "sk-proj-" keys: modelled with the T3BlbkFJ marker in the middle.
    * Twitter bearer token: 22 'A' + mixed + url-encoded tail; approximate.
    * Tauri updater keys: base64 of a minisign/rsign key file (text with an
      "untrusted comment:" line); byte layout follows minisign.
    * Apple .p8 keys: PKCS#8 EC P-256 DER with random scalar/point (not a
      valid curve point); Google service-account keys: PKCS#8 RSA-2048 DER with
      random integers (structurally correct, mathematically invalid).
    * Firebase CLI CI token ("1//0" + ~99 chars) is a Google OAuth refresh
      token; length approximate.
    * Whether Facebook client tokens / reCAPTCHA site keys / Bugsnag notifier
      keys / AppsFlyer dev keys count as "public": all are documented to be
      shipped inside client apps, so they are used only as negatives here.
"""
import base64
import json
import os
import random
import string
import sys
import zlib
from collections import Counter

UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
DIG = string.digits
ALNUM = UPPER + LOWER + DIG
LALNUM = LOWER + DIG
UALNUM = UPPER + DIG
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
B32L = LOWER + "234567"
B32U = UPPER + "234567"

BAD = ["0123", "1234", "2345", "3456", "4567", "5678", "6789", "abcd", "bcde",
       "cdef", "qwer", "asdf", "xxxx", "0000", "1111", "aaaa", "ffff", "test",
       "pass", "demo", "fake", "dummy", "sample", "example", "secret", "token"]


def clean(s):
    lo = s.lower()
    return not any(b in lo for b in BAD)


def rs(r, n, alpha=ALNUM):
    while True:
        s = "".join(r.choice(alpha) for _ in range(n))
        if clean(s):
            return s


def rdig(r, n):
    while True:
        s = str(r.randint(1, 9)) + "".join(r.choice(DIG) for _ in range(n - 1))
        if clean(s):
            return s


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def uuid4(r, upper=False):
    h = list(rs(r, 32, HEXL))
    h[12] = "4"
    h[16] = r.choice("89ab")
    h = "".join(h)
    u = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return u.upper() if upper else u


def b64u_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b62(n):
    a = DIG + UPPER + LOWER
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = a[m] + out
    return out or "0"


# ---------------------------------------------------------------- secrets
def gh_token(r, prefix="ghp_"):
    body = rs(r, 30)
    cs = b62(zlib.crc32(body.encode()) & 0xFFFFFFFF).rjust(6, "0")
    return prefix + body + cs


def gh_fine(r):
    return "github_pat_" + rs(r, 22) + "_" + rs(r, 59, ALNUM + "_")


def apple_asp(r):
    return "-".join(rs(r, 4, LOWER) for _ in range(4))


NAMES = ["Marek", "Julia", "Tomasz", "Sven", "Aiko", "Priya", "Diego", "Lena", "Oskar",
         "Mateo", "Ingrid", "Ravi", "Chloe", "Nadia", "Felix", "Bruno", "Greta", "Yusuf"]
WORDS = ["winter", "harbor", "falcon", "maple", "copper", "river", "tiger", "violet",
         "thunder", "orbit", "summit", "cobalt", "lantern", "meadow", "saturn", "breeze",
         "marmot", "granite", "juniper", "walrus", "paprika", "tundra", "pelican"]
PLACES = ["Gdansk", "Lisbon", "Osaka", "Bergen", "Porto", "Quito", "Tbilisi", "Krakow",
          "Valencia", "Tallinn", "Durban", "Leeds"]
SYM = ".!@_-*+?"
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"}


def human_pw(r):
    k = r.randrange(6)
    y = str(r.randint(1971, 2012))
    w = r.choice(WORDS)
    if k == 0:
        return f"{r.choice(NAMES)}{r.choice(SYM)}{y}{w}"
    if k == 1:
        lw = "".join(LEET.get(c, c) if r.random() < 0.6 else c for c in w).capitalize()
        return f"{lw}{r.choice(SYM)}{r.randint(1, 99)}"
    if k == 2:
        return f"{w.capitalize()}{r.choice(WORDS).capitalize()}{y}{r.choice('!?.')}"
    if k == 3:
        return f"{r.choice(PLACES)}{r.choice(SYM)}{r.randint(100, 9999)}"
    if k == 4:
        return f"{r.choice(NAMES).lower()}{y[2:]}{r.choice(SYM)}{w.capitalize()}"
    return f"{w}{r.choice(SYM)}{r.choice(WORDS)}{r.choice(SYM)}{r.choice(WORDS)}{r.randint(1, 9)}"


def random_pw(r, n=None):
    n = n or r.choice([16, 20, 24])
    return rs(r, n, ALNUM + "!@.-_")


def der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int_bytes(b):
    b = b.lstrip(b"\x00") or b"\x00"
    if b[0] & 0x80:
        b = b"\x00" + b
    return der(0x02, b)


def rnd_int(r, n, top=True):
    b = bytearray(rbytes(r, n))
    if top:
        b[0] |= 0x80
    return bytes(b)


def rsa_pkcs8(r):
    ints = [der(0x02, b"\x00"), der_int_bytes(rnd_int(r, 256)), der(0x02, b"\x01\x00\x01"),
            der_int_bytes(rnd_int(r, 256, False))]
    ints += [der_int_bytes(rnd_int(r, 128)) for _ in range(2)]
    ints += [der_int_bytes(rnd_int(r, 128, False)) for _ in range(3)]
    rsakey = der(0x30, b"".join(ints))
    alg = der(0x30, bytes.fromhex("06092a864886f70d0101010500"))
    return der(0x30, der(0x02, b"\x00") + alg + der(0x04, rsakey))


def rsa_spki(r):
    pub = der(0x30, der_int_bytes(rnd_int(r, 256)) + der(0x02, b"\x01\x00\x01"))
    alg = der(0x30, bytes.fromhex("06092a864886f70d0101010500"))
    return der(0x30, alg + der(0x03, b"\x00" + pub))


def ec_pkcs8(r):
    return (bytes.fromhex("308193020100301306072a8648ce3d020106082a8648ce3d03010704793077020101"
                          "0420") + rbytes(r, 32) +
            bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rbytes(r, 64))


class PEM:
    def __init__(self, label, derb):
        self.label = label
        b = base64.b64encode(derb).decode()
        self.body = [b[i:i + 64] for i in range(0, len(b), 64)]

    def lines(self):
        return [f"-----BEGIN {self.label}-----"] + self.body + [f"-----END {self.label}-----"]

    def text(self):
        return "\n".join(self.lines()) + "\n"

    def escaped(self):
        return json.dumps(self.text())[1:-1]


def fcm_legacy(r):
    return "AAAA" + rs(r, 7, B64U) + ":APA91b" + rs(r, 134, B64U)


def mapbox_tok(r, pref, user):
    payload = json.dumps({"u": user, "a": "cl" + rs(r, 23, LALNUM)}, separators=(",", ":"))
    return f"{pref}.{b64u_nopad(payload.encode())}.{rs(r, 22, B64U)}"


def jwt(r, header, payload, siglen=43):
    h = b64u_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64u_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return f"{h}.{p}.{rs(r, siglen, B64U)}"


def supabase_jwt(r, role, ref):
    iat = r.randint(1650000000, 1735000000)
    return jwt(r, {"alg": "HS256", "typ": "JWT"},
               {"iss": "supabase", "ref": ref, "role": role, "iat": iat, "exp": iat + 315360000})


def appsflyer_v2(r):
    h = b64u_nopad(json.dumps({"alg": "A256KW", "cty": "JWT", "enc": "A256GCM", "typ": "JWT",
                               "zip": "DEF"}, separators=(",", ":")).encode())
    return f"{h}.{rs(r, 54, B64U)}.{rs(r, 16, B64U)}.{rs(r, 320, B64U)}.{rs(r, 22, B64U)}"


def sentry_org(r, org):
    p = json.dumps({"iat": round(r.uniform(1690000000, 1730000000), 5), "url": "https://sentry.io",
                    "region_url": "https://us.sentry.io", "org": org}, separators=(",", ":"))
    return "sntrys_" + base64.b64encode(p.encode()).decode().rstrip("=") + "_" + rs(r, 43, B64)


def discord_bot(r):
    sid = rdig(r, r.choice([18, 19]))
    return b64u_nopad(sid.encode()) + "." + rs(r, 6, B64U) + "." + rs(r, 38, B64U)


def tauri_private(r):
    blob = (b"EdScB2" + rbytes(r, 32) + (1048576).to_bytes(8, "little") +
            (33554432).to_bytes(8, "little") + rbytes(r, 104))
    txt = "untrusted comment: rsign encrypted secret key\n" + base64.b64encode(blob).decode() + "\n"
    return base64.b64encode(txt.encode()).decode()


def tauri_public(r):
    kid = rbytes(r, 8)
    blob = b"Ed" + kid + rbytes(r, 32)
    txt = ("untrusted comment: minisign public key: " + kid[::-1].hex().upper() + "\n" +
           base64.b64encode(blob).decode() + "\n")
    return base64.b64encode(txt.encode()).decode()


def azure_secret(r):
    return rs(r, 3, ALNUM) + r.choice(DIG) + "Q~" + rs(r, 34, ALNUM + "_.~-")


def onesignal_legacy(r):
    return base64.b64encode(uuid4(r).encode()).decode()


def twitter_bearer(r):
    tail = base64.b64encode(rbytes(r, 30)).decode()
    tail = tail.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    return "A" * 22 + rs(r, 9) + "A" * 7 + tail + rs(r, 50)


def unity_serial(r):
    return r.choice(["E3", "SC", "F4", "I3"]) + "-" + "-".join(rs(r, 4, UALNUM) for _ in range(5))


def match_basic(r):
    return base64.b64encode(f"{r.choice(NAMES).lower()}-ci:{gh_token(r)}".encode()).decode()


def firebase_ci(r):
    return "1//0" + r.choice("cegh") + rs(r, 98, B64U)


# ---------------------------------------------------------------- public ids
def aiza(r):
    return "AIzaSy" + rs(r, 33, ALNUM + "_-")


def gclient_id(r):
    return f"{rdig(r, 12)}-{rs(r, 32, LALNUM)}.apps.googleusercontent.com"


def sentry_dsn(r):
    host = r.choice(["ingest.sentry.io", "ingest.us.sentry.io", "ingest.de.sentry.io"])
    return f"https://{rs(r, 32, HEXL)}@o{rdig(r, r.choice([6, 7]))}.{host}/{rdig(r, 7)}"


def cert_fp(r, n=32):
    return ":".join(rs(r, 2, HEXU) for _ in range(n))


def fernet_b64(r):
    raw = b"gAAAAAB" + base64.urlsafe_b64encode(rbytes(r, 90))
    return base64.b64encode(raw).decode()


# ---------------------------------------------------------------- app model
COMPANIES = [("Brightforge Games", "brightforge"), ("Northwind Labs", "northwindlabs"),
             ("Kestrel Studio", "kestrelstudio"), ("Blue Otter", "blueotter"),
             ("Halcyon Apps", "halcyonapps"), ("Copperleaf", "copperleaf"),
             ("Mossfire Games", "mossfire"), ("Tidewater Software", "tidewater"),
             ("Pinecone Interactive", "pinecone"), ("Lanternfish", "lanternfish")]
ADJ = ["Lumen", "Pocket", "Nova", "Tidal", "Ember", "Quiet", "Swift", "Bramble", "Orbit", "Maple"]
NOUN = ["Quest", "Fit", "Ledger", "Tales", "Run", "Chef", "Notes", "Garden", "Rider", "Arena",
        "Budget", "Tactics", "Diary", "Drift"]


def mk_app(r):
    co, cs = r.choice(COMPANIES)
    name = f"{r.choice(ADJ)} {r.choice(NOUN)}"
    slug = name.lower().replace(" ", "")
    return dict(co=co, cs=cs, name=name, slug=slug, Pascal=name.replace(" ", ""),
                pkg=f"com.{cs}.{slug}", domain=f"{cs}.{r.choice(['io', 'com', 'dev', 'app'])}",
                team=rs(r, 10, UALNUM), ver=f"{r.randint(1, 4)}.{r.randint(0, 19)}.{r.randint(0, 9)}",
                code=r.randint(12, 480), gproj=f"{slug}-{r.choice(['prod', 'live', rdig(r, 5)])}",
                gnum=rdig(r, 12), user=r.choice(NAMES).lower())


# ---------------------------------------------------------------- naming
def _w(K):
    return K if isinstance(K, list) else None


def UP(K):
    return "_".join(w.upper() for w in K) if _w(K) else K


def camel(K):
    return (K[0].lower() + "".join(w.capitalize() for w in K[1:])) if _w(K) else K


def pascal(K):
    return "".join(w.capitalize() for w in K) if _w(K) else K


def snake(K):
    return "_".join(K) if _w(K) else K


def kebab(K):
    return "-".join(K) if _w(K) else K


def dotn(K):
    return ".".join(K) if _w(K) else K


class V:
    def __init__(self, text, expr=False):
        self.text = text
        self.expr = expr


def q(v, c='"'):
    return v.text if v.expr else f"{c}{v.text}{c}"


def yq(v):
    t = v.text
    if v.expr or all(ch in ALNUM + "_-." for ch in t) and t and not t[0] in "-.":
        return t
    return json.dumps(t)


def emit(lines, E, t, fmt):
    idx = None
    for i, (K, Vv) in enumerate(E):
        out = fmt(K, Vv)
        off = 0
        if isinstance(out, tuple):
            out, off = out
        elif isinstance(out, str):
            out = [out]
        if i == t:
            idx = len(lines) + off
        lines.extend(out)
    return idx


def sec_name(S, default):
    return S.replace(" ", "") if S else default


CTX = {}


def ctx(name, ref=None, ok=None):
    def deco(f):
        CTX[name] = dict(render=f, ref=ref, ok=ok or (lambda v: True))
        return f
    return deco


def no_dslash(v):
    return "//" not in v and ";" not in v


def xml_ok(v):
    return not any(c in v for c in '<>&"')


# ---------------------------------------------------------------- Android
@ctx("gradle.properties")
def r_gradle_props(r, A, E, t, S):
    L = ["# Project-wide Gradle settings.", "# IDE (e.g. Android Studio) users:",
         "# Gradle settings configured through the IDE *will override*",
         "# any settings specified in this file.",
         "org.gradle.jvmargs=-Xmx4096m -Dfile.encoding=UTF-8",
         f"org.gradle.parallel={r.choice(['true', 'false'])}", "android.useAndroidX=true",
         "kotlin.code.style=official", "android.nonTransitiveRClass=true", ""]
    if r.random() < 0.6:
        L.append(r.choice(["# Keys consumed by app/build.gradle", "# release config",
                           "# --- third party ---", "# Used by BuildConfig"]))
    i = emit(L, E, t, lambda K, v: f"{UP(K)}={v.text}")
    if r.random() < 0.5:
        L += ["", f"VERSION_NAME={A['ver']}", f"VERSION_CODE={A['code']}"]
    return r.choice(["gradle.properties", "android/gradle.properties"]), L, i


@ctx("local.properties")
def r_local_props(r, A, E, t, S):
    L = ["## This file is automatically generated by Android Studio.",
         "# Do not modify this file -- YOUR CHANGES WILL BE ERASED!", "#",
         "# This file should *NOT* be checked into Version Control Systems,",
         "# as it contains information specific to your local configuration.", "#",
         "# Location of the SDK. This is only used by Gradle.",
         f"sdk.dir=/Users/{A['user']}/Library/Android/sdk"]
    if r.random() < 0.5:
        L.append(f"flutter.sdk=/Users/{A['user']}/dev/flutter")
        L.append(f"flutter.versionName={A['ver']}")
    st = r.choice([UP, dotn, camel])
    i = emit(L, E, t, lambda K, v: f"{st(K)}={v.text}")
    return r.choice(["local.properties", "android/local.properties"]), L, i


def _gradle_head(A, kts):
    if kts:
        return ["plugins {", "    id(\"com.android.application\")", "    id(\"org.jetbrains.kotlin.android\")",
                "    id(\"com.google.gms.google-services\")", "}", "", "android {",
                f"    namespace = \"{A['pkg']}\"", "    compileSdk = 34", "", "    defaultConfig {",
                f"        applicationId = \"{A['pkg']}\"", "        minSdk = 24", "        targetSdk = 34",
                f"        versionCode = {A['code']}", f"        versionName = \"{A['ver']}\"",
                "        testInstrumentationRunner = \"androidx.test.runner.AndroidJUnitRunner\""]
    return ["plugins {", "    id 'com.android.application'", "    id 'org.jetbrains.kotlin.android'",
            "    id 'com.google.gms.google-services'", "}", "", "android {", f"    namespace '{A['pkg']}'",
            "    compileSdk 34", "", "    defaultConfig {", f"        applicationId \"{A['pkg']}\"",
            "        minSdk 24", "        targetSdk 34", f"        versionCode {A['code']}",
            f"        versionName \"{A['ver']}\"",
            "        testInstrumentationRunner \"androidx.test.runner.AndroidJUnitRunner\""]


def _gradle_tail(kts):
    if kts:
        return ["    }", "", "    buildTypes {", "        release {", "            isMinifyEnabled = true",
                "            proguardFiles(getDefaultProguardFile(\"proguard-android-optimize.txt\"), \"proguard-rules.pro\")",
                "        }", "    }", "    buildFeatures {", "        buildConfig = true", "    }", "}", "",
                "dependencies {", "    implementation(\"androidx.core:core-ktx:1.13.1\")",
                "    implementation(\"androidx.appcompat:appcompat:1.7.0\")",
                "    implementation(platform(\"com.google.firebase:firebase-bom:33.1.2\"))",
                "    implementation(\"com.google.firebase:firebase-messaging\")", "}"]
    return ["    }", "", "    buildTypes {", "        release {", "            minifyEnabled true",
            "            proguardFiles getDefaultProguardFile('proguard-android-optimize.txt'), 'proguard-rules.pro'",
            "        }", "    }", "    buildFeatures {", "        buildConfig true", "    }", "}", "",
            "dependencies {", "    implementation 'androidx.core:core-ktx:1.13.1'",
            "    implementation 'androidx.appcompat:appcompat:1.7.0'",
            "    implementation platform('com.google.firebase:firebase-bom:33.1.2')",
            "    implementation 'com.google.firebase:firebase-messaging'", "}"]


def _gfield(kts, mode):
    def f(K, v):
        if v.expr:
            inner = f'"\\"${{{v.text}}}\\""'
        else:
            inner = f'"\\"{v.text}\\""'
        if mode == 0:
            return (f'        buildConfigField("String", "{UP(K)}", {inner})' if kts else
                    f'        buildConfigField "String", "{UP(K)}", {inner}')
        if mode == 1:
            val = f'"${{{v.text}}}"' if v.expr else f'"{v.text}"'
            return (f'        resValue("string", "{snake(K)}", {val})' if kts else
                    f'        resValue "string", "{snake(K)}", {val}')
        val = v.text if v.expr else f'"{v.text}"'
        return (f'        manifestPlaceholders["{camel(K)}"] = {val}' if kts else
                f'        manifestPlaceholders += [{camel(K)}: {val}]')
    return f


def _gradle(r, A, E, t, S, kts):
    L = _gradle_head(A, kts)
    i = emit(L, E, t, _gfield(kts, r.choice([0, 0, 1, 2])))
    L += _gradle_tail(kts)
    return ("app/build.gradle.kts" if kts else r.choice(["app/build.gradle", "android/app/build.gradle"])), L, i


@ctx("build.gradle", ref=lambda n: r_choice_ref([f'System.getenv("{n}") ?: ""',
                                                   f'project.findProperty("{n}") ?: ""']))
def r_build_gradle(r, A, E, t, S):
    return _gradle(r, A, E, t, S, False)


@ctx("build.gradle.kts", ref=lambda n: r_choice_ref([f'System.getenv("{n}") ?: ""',
                                                       f'providers.gradleProperty("{n}").getOrElse("")']))
def r_build_gradle_kts(r, A, E, t, S):
    return _gradle(r, A, E, t, S, True)


def _signing(r, A, E, t, S, kts):
    L = _gradle_head(A, kts) + ["    }", "", "    signingConfigs {", "        create(\"release\") {" if kts else
                                 "        release {",
                                 (f'            storeFile = file("../keystore/{A["slug"]}-upload.jks")' if kts else
                                  f"            storeFile file('../keystore/{A['slug']}-upload.jks')"),
                                 ('            keyAlias = "upload"' if kts else "            keyAlias 'upload'")]
    K, v = E[t]
    nm = K if isinstance(K, str) else "storePassword"
    other = "keyPassword" if nm == "storePassword" else "storePassword"
    val = v.text if v.expr else f'"{v.text}"'
    i = len(L)
    L.append(f"            {nm} = {val}" if kts else f"            {nm} {val}")
    env = other[:-8].upper() + "_PASSWORD"
    L.append(f'            {other} = System.getenv("{env}") ?: ""'
             if kts else f"            {other} System.getenv('{env}') ?: ''")
    L += ["        }", "    }", "", "    buildTypes {", "        release {",
          "            signingConfig = signingConfigs.getByName(\"release\")" if kts else
          "            signingConfig signingConfigs.release",
          "            isMinifyEnabled = true" if kts else "            minifyEnabled true", "        }", "    }", "}"]
    return ("app/build.gradle.kts" if kts else "app/build.gradle"), L, i


@ctx("build.gradle:signing", ref=lambda n: r_choice_ref([f"System.getenv('{n}')", f"keystoreProperties['{n}']"]))
def r_sign_groovy(r, A, E, t, S):
    return _signing(r, A, E, t, S, False)


@ctx("build.gradle.kts:signing", ref=lambda n: f'System.getenv("{n}")')
def r_sign_kts(r, A, E, t, S):
    return _signing(r, A, E, t, S, True)


@ctx("keystore.properties")
def r_keystore_props(r, A, E, t, S):
    K, v = E[t]
    nm = K if isinstance(K, str) else r.choice(["storePassword", "keyPassword"])
    L = ["# Release signing for the Play upload key", "# (referenced from app/build.gradle)",
         f"storeFile=../keystore/{A['slug']}-upload.jks", f"keyAlias={r.choice(['upload', A['slug'], 'release'])}"]
    i = len(L)
    L.append(f"{nm}={v.text}")
    L.append("# " + ("key password is the same as the store password" if nm == "storePassword"
                     else "store password is read from the CI secret STORE_PASSWORD"))
    return r.choice(["keystore.properties", "android/key.properties", "android/keystore.properties"]), L, i


MANIFEST_META = {"bugsnag": "com.bugsnag.android.API_KEY"}


@ctx("AndroidManifest.xml", ref=lambda n: "${" + n[0].lower() + "".join(p.capitalize() for p in n.lower().split("_"))[1:] + "}", ok=xml_ok)
def r_manifest(r, A, E, t, S):
    L = ['<?xml version="1.0" encoding="utf-8"?>',
         '<manifest xmlns:android="http://schemas.android.com/apk/res/android"',
         '    xmlns:tools="http://schemas.android.com/tools">', "",
         '    <uses-permission android:name="android.permission.INTERNET" />',
         '    <uses-permission android:name="android.permission.POST_NOTIFICATIONS" />', "",
         "    <application", '        android:name=".App"', '        android:allowBackup="false"',
         '        android:icon="@mipmap/ic_launcher"', '        android:label="@string/app_name"',
         '        android:theme="@style/Theme.App">', ""]

    def f(K, v):
        nm = K if isinstance(K, str) else f"{A['pkg']}.{UP(K)}"
        return f'        <meta-data android:name="{nm}" android:value="{v.text}" />'
    i = emit(L, E, t, f)
    L += ["", "        <activity", '            android:name=".MainActivity"', '            android:exported="true">',
          "            <intent-filter>", '                <action android:name="android.intent.action.MAIN" />',
          '                <category android:name="android.intent.category.LAUNCHER" />',
          "            </intent-filter>", "        </activity>", "    </application>", "</manifest>"]
    return "app/src/main/AndroidManifest.xml", L, i


@ctx("strings.xml", ok=xml_ok)
def r_strings(r, A, E, t, S):
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<resources>", f'    <string name="app_name">{A["name"]}</string>',
         '    <string name="action_settings">Settings</string>',
         '    <string name="title_home">Home</string>']
    if r.random() < 0.5:
        L.append('    <string name="error_network">Check your connection and try again.</string>')
    L.append("")
    i = emit(L, E, t, lambda K, v: f'    <string name="{snake(K) if _w(K) else K}" translatable="false">{v.text}</string>')
    L.append("</resources>")
    return r.choice(["app/src/main/res/values/strings.xml", "app/src/main/res/values/keys.xml",
                     "app/src/release/res/values/strings.xml"]), L, i


@ctx("kotlin", ref=lambda n: r_choice_ref([f"BuildConfig.{n}", f'System.getenv("{n}") ?: ""']))
def r_kotlin(r, A, E, t, S):
    obj = sec_name(S, r.choice(["ApiConfig", "AppKeys", "Constants", "RemoteConfigDefaults"]))
    if S:
        obj += "Config"
    L = [f"package {A['pkg']}.config", "", "import " + A['pkg'] + ".BuildConfig", "",
         "/**", f" * Static configuration for {A['name']}.", " */", f"object {obj} {{",
         f'    const val BASE_URL = "https://api.{A["domain"]}/v1/"',
         "    const val TIMEOUT_SECONDS = 30L"]

    def f(K, v):
        return (f"    val {UP(K)}: String = {v.text}" if v.expr else f'    const val {UP(K)} = "{v.text}"')
    i = emit(L, E, t, f)
    L += ["", "    val isDebug: Boolean get() = BuildConfig.DEBUG", "}"]
    return f"app/src/main/java/{A['pkg'].replace('.', '/')}/config/{obj}.kt", L, i


@ctx("java", ref=lambda n: f'System.getenv("{n}")')
def r_java(r, A, E, t, S):
    cls = sec_name(S, r.choice(["Keys", "AppConstants", "ServiceConfig"])) + ("Keys" if S else "")
    L = [f"package {A['pkg']};", "", f"public final class {cls} {{", "", f"    private {cls}() {{}}", "",
         f'    public static final String API_HOST = "api.{A["domain"]}";']
    i = emit(L, E, t, lambda K, v: f"    public static final String {UP(K)} = {q(v)};")
    L += ["    public static final int RETRY_COUNT = 3;", "}"]
    return f"app/src/main/java/{A['pkg'].replace('.', '/')}/{cls}.java", L, i


# ---------------------------------------------------------------- iOS / macOS
PLIST_HEAD = ['<?xml version="1.0" encoding="UTF-8"?>',
              '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
              '<plist version="1.0">', "<dict>"]


@ctx("Info.plist", ref=lambda n: f"$({n})", ok=xml_ok)
def r_infoplist(r, A, E, t, S):
    L = PLIST_HEAD + ["\t<key>CFBundleDevelopmentRegion</key>", "\t<string>$(DEVELOPMENT_LANGUAGE)</string>",
                      "\t<key>CFBundleDisplayName</key>", f"\t<string>{A['name']}</string>",
                      "\t<key>CFBundleIdentifier</key>", "\t<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>",
                      "\t<key>CFBundleShortVersionString</key>", "\t<string>$(MARKETING_VERSION)</string>",
                      "\t<key>CFBundleVersion</key>", "\t<string>$(CURRENT_PROJECT_VERSION)</string>",
                      "\t<key>LSRequiresIPhoneOS</key>", "\t<true/>"]
    i = emit(L, E, t, lambda K, v: ([f"\t<key>{pascal(K)}</key>", f"\t<string>{v.text}</string>"], 1))
    L += ["\t<key>UILaunchStoryboardName</key>", "\t<string>LaunchScreen</string>", "</dict>", "</plist>"]
    return r.choice(["ios/Runner/Info.plist", f"{A['Pascal']}/Info.plist", f"{A['Pascal']}/Supporting Files/Info.plist"]), L, i


@ctx("xcconfig", ref=lambda n: f"$(CI_{n})", ok=no_dslash)
def r_xcconfig(r, A, E, t, S):
    cfg = r.choice(["Release", "Production", "Shared", "Secrets"])
    L = [f"// {cfg}.xcconfig", f"// {A['name']}", "", '#include "Base.xcconfig"', "",
         f"PRODUCT_BUNDLE_IDENTIFIER = {A['pkg']}", f"DEVELOPMENT_TEAM = {A['team']}",
         f"MARKETING_VERSION = {A['ver']}", f"API_BASE_URL = https:/$()/api.{A['domain']}", ""]
    i = emit(L, E, t, lambda K, v: f"{UP(K)} = {v.text}")
    return f"Config/{cfg}.xcconfig", L, i


@ctx("swift", ref=lambda n: r_choice_ref([f'ProcessInfo.processInfo.environment["{n}"] ?? ""',
                                          f'Bundle.main.object(forInfoDictionaryKey: "{n}") as? String ?? ""']))
def r_swift(r, A, E, t, S):
    nm = sec_name(S, r.choice(["AppSecrets", "Keys", "Environment", "ServiceKeys"])) + ("Config" if S else "")
    L = ["//", f"//  {nm}.swift", f"//  {A['name']}", "//", "", "import Foundation", "", f"enum {nm} {{",
         f'    static let apiBaseURL = URL(string: "https://api.{A["domain"]}")!']
    i = emit(L, E, t, lambda K, v: f"    static let {camel(K)} = {q(v)}")
    L += ["", "    static var isProduction: Bool {", "        #if DEBUG", "        return false", "        #else",
          "        return true", "        #endif", "    }", "}"]
    return f"{A['Pascal']}/Config/{nm}.swift", L, i


@ctx("objc", ref=lambda n: f'[[NSBundle mainBundle] objectForInfoDictionaryKey:@"{n}"]')
def r_objc(r, A, E, t, S):
    cls = "XY" + sec_name(S, "AppKeys") + ("Keys" if S else "")
    L = [f"//  {cls}.m", f"//  {A['name']}", "", f'#import "{cls}.h"', "", f"@implementation {cls}", ""]
    i = emit(L, E, t, lambda K, v: ([f"+ (NSString *){camel(K)} {{",
                                      f"    return {v.text if v.expr else '@' + json.dumps(v.text)};", "}"], 1))
    L += ["", "@end"]
    return f"{A['Pascal']}/{cls}.m", L, i


@ctx("Fastfile", ref=lambda n: f'ENV["{n}"]')
def r_fastfile(r, A, E, t, S, cli=None):
    L = ["# Customise this file, documentation can be found here:", "# https://docs.fastlane.tools/", "",
         "default_platform(:ios)", "", "platform :ios do", "  before_all do", "    setup_ci if ENV['CI']"]
    i = emit(L, E, t, lambda K, v: f'    ENV["{UP(K)}"] = {q(v)}' if not v.expr else f"    {snake(K)} = {v.text}")
    L += ["  end", "", '  desc "Push a new beta build to TestFlight"', "  lane :beta do",
          f'    match(type: "appstore", readonly: true)', "    increment_build_number(xcodeproj: " +
          f'"{A["Pascal"]}.xcodeproj")', f'    build_app(scheme: "{A["Pascal"]}")',
          "    upload_to_testflight(skip_waiting_for_build_processing: true)"]
    if cli:
        i = len(L)
        L.append(f"    sh({json.dumps(cli)})")
    L += ["  end", "end"]
    return r.choice(["fastlane/Fastfile", "ios/fastlane/Fastfile"]), L, i


@ctx("Appfile", ref=lambda n: f'ENV["{n}"]')
def r_appfile(r, A, E, t, S):
    L = [f'app_identifier("{A["pkg"]}") # The bundle identifier of your app',
         f'apple_id("{A["user"]}@{A["domain"]}") # Your Apple Developer Portal username', "",
         f'itc_team_id("{rdig(r, 9)}") # App Store Connect Team ID', f'team_id("{A["team"]}") # Developer Portal Team ID', ""]
    i = emit(L, E, t, lambda K, v: f'ENV["{UP(K)}"] = {q(v)}' if not v.expr else f'ENV["{UP(K)}"] ||= {v.text}')
    return "fastlane/Appfile", L, i


@ctx("Matchfile", ref=lambda n: f'ENV["{n}"]')
def r_matchfile(r, A, E, t, S):
    L = [f'git_url("git@github.com:{A["cs"]}/ios-certificates.git")', 'storage_mode("git")', "",
         'type("appstore") # The default type, can be: appstore, adhoc, enterprise or development', "",
         f'app_identifier(["{A["pkg"]}", "{A["pkg"]}.widget"])', f'username("{A["user"]}@{A["domain"]}")',
         f'team_id("{A["team"]}")', ""]
    K, v = E[t]
    i = len(L)
    if _w(K) and "basic" in K:
        L.append(f"git_basic_authorization({q(v)})")
    else:
        L.append(f'ENV["{UP(K)}"] = {q(v)}' if not v.expr else f'ENV["{UP(K)}"] ||= {v.text}')
    L += ["", "# For all available options run `fastlane match --help`"]
    return "fastlane/Matchfile", L, i


# ---------------------------------------------------------------- Flutter
@ctx("dart", ref=lambda n: f"String.fromEnvironment('{n}')")
def r_dart(r, A, E, t, S):
    cls = sec_name(S, r.choice(["Env", "AppConfig", "Secrets"])) + ("Config" if S else "")
    L = ["// ignore_for_file: constant_identifier_names", "", f"class {cls} {{", f"  {cls}._();", "",
         f"  static const String apiBaseUrl = 'https://api.{A['domain']}';"]
    i = emit(L, E, t, lambda K, v: f"  static const String {camel(K)} = {q(v, chr(39))};")
    L += ["", "  static const bool enableCrashReporting = bool.fromEnvironment('CRASH_REPORTING', defaultValue: true);", "}"]
    return r.choice(["lib/env.dart", "lib/config/env.dart", "lib/src/secrets.dart", "lib/core/app_config.dart"]), L, i


@ctx("launch.json", ref=lambda n: "${env:" + n + "}")
def r_launch(r, A, E, t, S):
    L = ["{", "  // Use IntelliSense to learn about possible attributes.", '  "version": "0.2.0",',
         '  "configurations": [', "    {", f'      "name": "{A["slug"]} (debug)", ', '      "request": "launch",',
         '      "type": "dart"', "    },", "    {", f'      "name": "{A["slug"]} (profile)",', '      "request": "launch",',
         '      "type": "dart",', '      "flutterMode": "profile",', '      "args": [',
         '        "--flavor", "prod",']
    sep = r.random() < 0.5
    i = emit(L, E, t, lambda K, v: (["        \"--dart-define\",", f'        "{UP(K)}={v.text}",'], 1) if sep else
             f'        "--dart-define={UP(K)}={v.text}",')
    L += ['        "--dart-define=ENV=production"', "      ]", "    }", "  ]", "}"]
    L[5] = L[5].rstrip()
    return ".vscode/launch.json", L, i


SHELL_REFS = ['"${%s:?%s is not set}"', '"$(security find-generic-password -a "$USER" -s %s -w)"',
              '"$(op read "op://Mobile/%s/credential")"', '"${%s}"']


def shell_ref(n):
    return r_choice_ref([SHELL_REFS[0] % (n, n), SHELL_REFS[1] % n.lower().replace("_", "-"),
                         SHELL_REFS[2] % n.lower(), SHELL_REFS[3] % n])


@ctx("build.sh", ref=shell_ref)
def r_build_sh(r, A, E, t, S, cli=None):
    L = ["#!/usr/bin/env bash", "# Build and upload a release.", "set -euo pipefail", "",
         'cd "$(dirname "$0")/.."', ""]
    mode = r.randrange(3)
    i = emit(L, E, t, lambda K, v: f"export {UP(K)}={v.text if v.expr else json.dumps(v.text)}")
    L += ["", 'echo "==> cleaning"', "flutter clean", "flutter pub get", ""]
    if cli:
        i = len(L)
        L.append(cli)
    elif mode == 0:
        K, v = E[t]
        L[i] = f"# {UP(K)} is passed to the Dart side via --dart-define"
        L += ["flutter build appbundle --release \\", "  --obfuscate --split-debug-info=build/symbols \\"]
        i = len(L)
        L.append(f"  --dart-define={UP(K)}={v.text} \\" if not v.expr else f"  --dart-define={UP(K)}={v.text} \\")
        L.append("  --dart-define=ENV=production")
    else:
        L += ["flutter build ipa --release --export-options-plist=ios/ExportOptions.plist"]
    L += ["", 'echo "==> done"']
    return r.choice(["scripts/build_release.sh", "tool/release.sh", "ci/build.sh", "scripts/deploy.sh"]), L, i


# ---------------------------------------------------------------- React Native / Expo
def json_render(obj, targets_val):
    txt = json.dumps(obj, indent=2, ensure_ascii=False)
    L = txt.split("\n")
    idx = None
    for n, line in enumerate(L):
        if "@@TARGET@@" in line:
            idx = n
    L = [x.replace("@@TARGET@@", json.dumps(targets_val)[1:-1]) for x in L]
    return L, idx


def jdict(E, t, tv):
    d = {}
    for i, (K, v) in enumerate(E):
        d[camel(K)] = "@@TARGET@@" if i == t else v.text
    return d


@ctx("app.json")
def r_app_json(r, A, E, t, S):
    extra = jdict(E, t, None)
    if S and r.random() < 0.6:
        extra = {camel([S.lower().replace(" ", "")]): extra}
    extra["eas"] = {"projectId": uuid4(r)}
    obj = {"expo": {"name": A["name"], "slug": A["slug"], "version": A["ver"], "orientation": "portrait",
                    "icon": "./assets/icon.png", "userInterfaceStyle": "automatic",
                    "ios": {"supportsTablet": True, "bundleIdentifier": A["pkg"]},
                    "android": {"package": A["pkg"], "versionCode": A["code"]},
                    "plugins": ["expo-router", "expo-secure-store"], "extra": extra}}
    L, i = json_render(obj, E[t][1].text)
    return "app.json", L, i


@ctx("app.config.js", ref=lambda n: f"process.env.{n}")
def r_app_config_js(r, A, E, t, S):
    L = ["// Dynamic Expo config", "import 'dotenv/config';", "", "export default ({ config }) => ({",
         "  ...config,", f"  name: '{A['name']}',", f"  slug: '{A['slug']}',", f"  version: '{A['ver']}',",
         f"  ios: {{ bundleIdentifier: '{A['pkg']}' }},", f"  android: {{ package: '{A['pkg']}' }},", "  extra: {"]
    ind = "    "
    if S and r.random() < 0.6:
        L.append(f"    {camel([S.lower().replace(' ', '')])}: {{")
        ind = "      "
    i = emit(L, E, t, lambda K, v: f"{ind}{camel(K)}: {q(v, chr(39))},")
    if ind == "      ":
        L.append("    },")
    L += [f"    eas: {{ projectId: '{uuid4(r)}' }},", "  },", "});"]
    return "app.config.js", L, i


@ctx("eas.json")
def r_eas(r, A, E, t, S):
    env = {UP(K): ("@@TARGET@@" if i == t else v.text) for i, (K, v) in enumerate(E)}
    obj = {"cli": {"version": ">= 7.6.0", "appVersionSource": "remote"},
           "build": {"development": {"developmentClient": True, "distribution": "internal"},
                     "preview": {"distribution": "internal"},
                     "production": {"autoIncrement": True, "env": env}},
           "submit": {"production": {"ios": {"appleId": f"{A['user']}@{A['domain']}", "ascAppId": rdig(r, 10),
                                             "appleTeamId": A["team"]}}}}
    L, i = json_render(obj, E[t][1].text)
    return "eas.json", L, i


@ctx(".env", ref=lambda n: "${CI_" + n + "}")
def r_dotenv(r, A, E, t, S):
    L = [r.choice(["# react-native-config", "# Environment for production builds", "# copied from 1Password",
                   "# local overrides"]), f"APP_ENV={r.choice(['production', 'staging'])}",
         f"API_URL=https://api.{A['domain']}", ""]
    i = emit(L, E, t, lambda K, v: f"{UP(K)}={v.text}")
    L += ["", "LOG_LEVEL=warn", "ENABLE_FLIPPER=false"]
    return r.choice([".env", ".env.production", ".env.prod", "mobile/.env"]), L, i


# ---------------------------------------------------------------- games
@ctx("unity.cs", ref=lambda n: f'System.Environment.GetEnvironmentVariable("{n}")')
def r_unity_cs(r, A, E, t, S):
    cls = sec_name(S, r.choice(["BackendClient", "LeaderboardService", "GameServices", "NetworkBootstrap"])) + (
        "Service" if S else "")
    L = ["using System.Collections;", "using UnityEngine;", "using UnityEngine.Networking;", "",
         f"namespace {A['Pascal']}.Services", "{", f"    public class {cls} : MonoBehaviour", "    {",
         '        [Header("Backend")]', f'        [SerializeField] private string baseUrl = "https://api.{A["domain"]}";']
    i = emit(L, E, t, lambda K, v: (f"        private readonly string {camel(K)} = {v.text};" if v.expr else
                                    f'        [SerializeField] private string {camel(K)} = "{v.text}";'))
    L += ["", "        private void Awake()", "        {", "            DontDestroyOnLoad(gameObject);", "        }", "",
          "        public IEnumerator Ping()", "        {",
          '            using var req = UnityWebRequest.Get(baseUrl + "/health");',
          "            yield return req.SendWebRequest();", "        }", "    }", "}"]
    return f"Assets/Scripts/Services/{cls}.cs", L, i


@ctx("unity.asset")
def r_unity_asset(r, A, E, t, S):
    nm = sec_name(S, r.choice(["GameConfig", "BackendSettings", "ServiceSettings"])) + ("Settings" if S else "")
    L = ["%YAML 1.1", "%TAG !u! tag:unity3d.com,2011:", "--- !u!114 &11400000", "MonoBehaviour:",
         "  m_ObjectHideFlags: 0", "  m_CorrespondingSourceObject: {fileID: 0}", "  m_PrefabInstance: {fileID: 0}",
         "  m_PrefabAsset: {fileID: 0}", "  m_GameObject: {fileID: 0}", "  m_Enabled: 1", "  m_EditorHideFlags: 0",
         f"  m_Script: {{fileID: 11500000, guid: {rs(r, 32, HEXL)}, type: 3}}", f"  m_Name: {nm}",
         "  m_EditorClassIdentifier: ", f"  environment: {r.choice(['production', 'live'])}"]
    i = emit(L, E, t, lambda K, v: f"  {camel(K)}: {v.text}")
    L += ["  requestTimeout: 15", "  verboseLogging: 0"]
    return f"Assets/Resources/{nm}.asset", L, i


def _ini(r, A, E, t, S, game):
    if game:
        L = ["[/Script/EngineSettings.GeneralProjectSettings]", f"ProjectID={rs(r, 32, HEXU)}",
             f"CompanyName={A['co']}", f"ProjectName={A['name']}", f"ProjectVersion={A['ver']}", "",
             "[/Script/UnrealEd.ProjectPackagingSettings]", "BuildConfiguration=PPBC_Shipping",
             "bShareMaterialShaderCode=True", ""]
    else:
        L = ["[/Script/EngineSettings.GameMapsSettings]", "GameDefaultMap=/Game/Maps/MainMenu.MainMenu",
             "EditorStartupMap=/Game/Maps/MainMenu.MainMenu", "", "[/Script/Engine.RendererSettings]",
             "r.DefaultFeature.AntiAliasing=2", "", "[OnlineSubsystem]",
             f"DefaultPlatformService={r.choice(['Steam', 'EOS', 'Null'])}", ""]
    sec = f"[/Script/{sec_name(S, 'GameBackend')}Plugin.{sec_name(S, 'GameBackend')}Settings]"
    L.append(sec)
    i = emit(L, E, t, lambda K, v: f"{pascal(K)}={v.text}")
    L += ["", "[/Script/AndroidRuntimeSettings.AndroidRuntimeSettings]", f"PackageName={A['pkg']}",
          f"StoreVersion={A['code']}"]
    return ("Config/DefaultGame.ini" if game else "Config/DefaultEngine.ini"), L, i


@ctx("DefaultEngine.ini")
def r_ue_engine(r, A, E, t, S):
    return _ini(r, A, E, t, S, False)


@ctx("DefaultGame.ini")
def r_ue_game(r, A, E, t, S):
    return _ini(r, A, E, t, S, True)


@ctx("project.godot")
def r_godot(r, A, E, t, S):
    L = ["; Engine configuration file.", "; It's best edited using the editor UI and not directly,",
         "; since the parameters that go here are not all obvious.", ";", "; Format:",
         ";   [section] ; section goes between []", ";   param=value ; assign values to parameters", "",
         "config_version=5", "", "[application]", "", f'config/name="{A["name"]}"',
         'run/main_scene="res://scenes/main.tscn"', 'config/features=PackedStringArray("4.2", "Mobile")',
         'config/icon="res://icon.svg"', "", "[autoload]", "", 'Backend="*res://autoload/backend.gd"', "",
         f"[{snake([S.lower().replace(' ', '_')]) if S else 'services'}]", ""]
    i = emit(L, E, t, lambda K, v: f'{snake(K)}="{v.text}"')
    L += ["", "[rendering]", "", 'renderer/rendering_method="mobile"']
    return "project.godot", L, i


@ctx("gdscript", ref=lambda n: f'OS.get_environment("{n}")')
def r_gdscript(r, A, E, t, S):
    L = ["extends Node", "", f"## {S or 'Backend'} client (autoload)", "",
         f'const BASE_URL := "https://api.{A["domain"]}"']
    i = emit(L, E, t, lambda K, v: f"var {snake(K)} := {v.text}" if v.expr else f'const {UP(K)} := "{v.text}"')
    L += ["", "var _http: HTTPRequest", "", "func _ready() -> void:", "\t_http = HTTPRequest.new()",
          "\tadd_child(_http)", "", "func submit_score(score: int) -> void:",
          '\tvar body := JSON.stringify({"score": score})',
          '\t_http.request(BASE_URL + "/scores", ["Content-Type: application/json"], HTTPClient.METHOD_POST, body)']
    return r.choice(["autoload/backend.gd", "scripts/services/api_client.gd"]), L, i


# ---------------------------------------------------------------- desktop
@ctx("electron.main.js", ref=lambda n: f"process.env.{n}")
def r_electron(r, A, E, t, S):
    L = ["const { app, BrowserWindow, ipcMain } = require('electron');", "const path = require('path');",
         "const { autoUpdater } = require('electron-updater');", ""]
    if S and r.random() < 0.5:
        L.append(f"const {camel([S.lower().replace(' ', '')])}Config = {{")
        i = emit(L, E, t, lambda K, v: f"  {camel(K)}: {q(v, chr(39))},")
        L.append("};")
    else:
        i = emit(L, E, t, lambda K, v: f"const {UP(K)} = {q(v, chr(39))};")
    L += ["", "function createWindow() {", "  const win = new BrowserWindow({", "    width: 1200,", "    height: 800,",
          "    webPreferences: {", "      preload: path.join(__dirname, 'preload.js'),", "      contextIsolation: true,",
          "    },", "  });", "  win.loadFile('index.html');", "}", "",
          "app.whenReady().then(() => {", "  createWindow();", "  autoUpdater.checkForUpdatesAndNotify();", "});"]
    return r.choice(["main.js", "src/main/main.js", "electron/main.js"]), L, i


@ctx("background.js", ref=lambda n: f"process.env.{n}")
def r_background(r, A, E, t, S):
    L = ["// background.js - MV3 service worker", ""]
    i = emit(L, E, t, lambda K, v: f"const {UP(K)} = {q(v, chr(39))};")
    L += ["", "chrome.runtime.onInstalled.addListener(() => {",
          "  chrome.contextMenus.create({ id: 'lookup', title: 'Look up selection', contexts: ['selection'] });",
          "});", "", "chrome.contextMenus.onClicked.addListener(async (info) => {",
          f"  const res = await fetch('https://api.{A['domain']}/lookup?q=' + encodeURIComponent(info.selectionText));",
          "  const data = await res.json();", "  chrome.storage.local.set({ last: data });", "});"]
    return r.choice(["background.js", "extension/background.js", "src/background.js"]), L, i


@ctx("App.config", ok=xml_ok)
def r_appconfig(r, A, E, t, S):
    L = ['<?xml version="1.0" encoding="utf-8" ?>', "<configuration>", "  <startup>",
         '    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />', "  </startup>", "  <appSettings>",
         f'    <add key="ApiBaseUrl" value="https://api.{A["domain"]}/" />']
    i = emit(L, E, t, lambda K, v: f'    <add key="{pascal(K)}" value="{v.text}" />')
    L += ['    <add key="TelemetryEnabled" value="true" />', "  </appSettings>", "</configuration>"]
    return r.choice(["App.config", f"src/{A['Pascal']}.Desktop/App.config"]), L, i


@ctx("appsettings.json")
def r_appsettings(r, A, E, t, S):
    block = {pascal(K): ("@@TARGET@@" if i == t else v.text) for i, (K, v) in enumerate(E)}
    obj = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
           "AllowedHosts": "*", sec_name(S, r.choice(["Services", "Integrations", "AppSettings"])): block,
           "Api": {"BaseUrl": f"https://api.{A['domain']}/"}}
    L, i = json_render(obj, E[t][1].text)
    return r.choice(["appsettings.json", "appsettings.Production.json", f"src/{A['Pascal']}/appsettings.json"]), L, i


@ctx("maui.cs", ref=lambda n: f'Environment.GetEnvironmentVariable("{n}") ?? string.Empty')
def r_maui(r, A, E, t, S):
    L = ["using Microsoft.Extensions.Logging;", "", f"namespace {A['Pascal']};", "", "public static class MauiProgram",
         "{"]
    i = emit(L, E, t, lambda K, v: (f"    private static readonly string {pascal(K)} = {v.text};" if v.expr else
                                    f'    private const string {pascal(K)} = "{v.text}";'))
    L += ["", "    public static MauiApp CreateMauiApp()", "    {", "        var builder = MauiApp.CreateBuilder();",
          "        builder", "            .UseMauiApp<App>()", "            .ConfigureFonts(fonts =>", "            {",
          '                fonts.AddFont("OpenSans-Regular.ttf", "OpenSansRegular");', "            });", "#if DEBUG",
          "        builder.Logging.AddDebug();", "#endif", "        return builder.Build();", "    }", "}"]
    return "MauiProgram.cs", L, i


@ctx("pubxml", ref=lambda n: f"$({n})", ok=xml_ok)
def r_pubxml(r, A, E, t, S):
    site = f"{A['slug']}-{r.choice(['api', 'web', 'admin'])}"
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<Project>", "  <PropertyGroup>",
         "    <WebPublishMethod>MSDeploy</WebPublishMethod>", "    <LastUsedBuildConfiguration>Release</LastUsedBuildConfiguration>",
         f"    <SiteUrlToLaunchAfterPublish>https://{site}.azurewebsites.net</SiteUrlToLaunchAfterPublish>",
         f"    <MSDeployServiceURL>{site}.scm.azurewebsites.net:443</MSDeployServiceURL>",
         f"    <DeployIisAppPath>{site}</DeployIisAppPath>", f"    <UserName>${site}</UserName>"]
    K, v = E[t]
    i = len(L)
    L.append(f"    <Password>{v.text}</Password>")
    L += ["    <_SavePWD>True</_SavePWD>", "  </PropertyGroup>", "</Project>"]
    return f"Properties/PublishProfiles/{site} - Web Deploy.pubxml", L, i


@ctx("csproj", ref=lambda n: f"$({n})", ok=xml_ok)
def r_csproj(r, A, E, t, S):
    L = ['<Project Sdk="Microsoft.NET.Sdk">', "  <PropertyGroup>",
         "    <TargetFrameworks>net8.0-android;net8.0-ios;net8.0-windows10.0.19041.0</TargetFrameworks>",
         "    <OutputType>Exe</OutputType>", "    <UseMaui>true</UseMaui>", f"    <ApplicationId>{A['pkg']}</ApplicationId>",
         f"    <ApplicationDisplayVersion>{A['ver']}</ApplicationDisplayVersion>", "  </PropertyGroup>", "",
         "  <PropertyGroup Condition=\"$(TargetFramework.Contains('-windows')) and '$(Configuration)' == 'Release'\">",
         "    <GenerateAppxPackageOnBuild>true</GenerateAppxPackageOnBuild>",
         f"    <PackageCertificateThumbprint>{rs(r, 40, HEXU)}</PackageCertificateThumbprint>"]
    K, v = E[t]
    i = len(L)
    L.append(f"    <PackageCertificatePassword>{v.text}</PackageCertificatePassword>")
    L += ["  </PropertyGroup>", "", "  <ItemGroup>",
          '    <PackageReference Include="Microsoft.Maui.Controls" Version="8.0.82" />', "  </ItemGroup>", "</Project>"]
    return f"{A['Pascal']}.csproj", L, i


@ctx("electron-builder.yml", ref=lambda n: "${env." + n + "}")
def r_ebuilder(r, A, E, t, S):
    L = [f"appId: {A['pkg']}", f"productName: {A['name']}", "directories:", "  output: dist", "  buildResources: build",
         "files:", "  - dist-electron", "  - dist", "mac:", "  category: public.app-category.productivity",
         "  hardenedRuntime: true", "  entitlements: build/entitlements.mac.plist", "win:", "  target: nsis",
         "afterSign: scripts/notarize.js", "publish:", "  provider: github", f"  owner: {A['cs']}",
         f"  repo: {A['slug']}-desktop", "  releaseType: release"]
    K, v = E[t]
    i = len(L)
    L.append(f"  token: {v.text}")
    return "electron-builder.yml", L, i


@ctx("notarize.js", ref=lambda n: f"process.env.{n}")
def r_notarize(r, A, E, t, S):
    K, v = E[t]
    L = ["const { notarize } = require('@electron/notarize');", "",
         "exports.default = async function notarizing(context) {",
         "  const { electronPlatformName, appOutDir } = context;", "  if (electronPlatformName !== 'darwin') {",
         "    return;", "  }", "  const appName = context.packager.appInfo.productFilename;", "",
         "  return await notarize({", "    tool: 'notarytool',", "    appPath: `${appOutDir}/${appName}.app`,",
         f"    appleId: '{A['user']}@{A['domain']}',"]
    i = len(L)
    L.append(f"    appleIdPassword: {q(v, chr(39))},")
    L += [f"    teamId: '{A['team']}',", "  });", "};"]
    return r.choice(["scripts/notarize.js", "build/notarize.js"]), L, i


# ---------------------------------------------------------------- CI
@ctx("codemagic.yaml")
def r_codemagic(r, A, E, t, S, cli=None):
    L = ["workflows:", "  ios-release:", "    name: iOS release", "    instance_type: mac_mini_m2",
         "    max_build_duration: 60", "    integrations:", "      app_store_connect: codemagic", "    environment:",
         "      groups:", "        - firebase_credentials", "      vars:",
         f"        BUNDLE_ID: \"{A['pkg']}\""]
    i = emit(L, E, t, lambda K, v: f"        {UP(K)}: {yq(v)}")
    L += ["      flutter: stable", "      xcode: latest", "    scripts:", "      - name: Get packages",
          "        script: flutter pub get", "      - name: Build ipa", "        script: |",
          "          flutter build ipa --release --build-number=$BUILD_NUMBER"]
    if cli:
        L += ["      - name: Post-build", "        script: |"]
        i = len(L)
        L.append("          " + cli)
    L += ["    artifacts:", "      - build/ios/ipa/*.ipa", "    publishing:", "      app_store_connect:",
          "        auth: integration", "        submit_to_testflight: true"]
    return "codemagic.yaml", L, i


@ctx("bitrise.yml", ref=lambda n: f"${n}_SECRET")
def r_bitrise(r, A, E, t, S, cli=None):
    L = ["---", 'format_version: "13"', "default_step_lib_source: https://github.com/bitrise-io/bitrise-steplib.git",
         "project_type: react-native", "app:", "  envs:", "  - BITRISE_PROJECT_PATH: ios/App.xcworkspace",
         f"  - BITRISE_SCHEME: {A['Pascal']}"]
    i = emit(L, E, t, lambda K, v: f"  - {UP(K)}: {yq(v)}")
    L += ["workflows:", "  deploy:", "    steps:", "    - activate-ssh-key@4: {}", "    - git-clone@8: {}",
          "    - yarn@0:", "        inputs:", "        - command: install"]
    if cli:
        L += ["    - script@1:", "        inputs:", "        - content: |-", "            #!/usr/bin/env bash",
              "            set -ex"]
        i = len(L)
        L.append("            " + cli)
    L += ["    - xcode-archive@5:", "        inputs:", "        - distribution_method: app-store",
          "    - deploy-to-bitrise-io@2: {}"]
    return "bitrise.yml", L, i


@ctx(".bitrise.secrets.yml")
def r_bitrise_secrets(r, A, E, t, S):
    L = ["# Local secrets for `bitrise run` - keep out of git!", "envs:",
         f"- BITRISE_APP_SLUG: {rs(r, 16, HEXL)}"]
    i = emit(L, E, t, lambda K, v: f"- {UP(K)}: {yq(v)}")
    L += ["- BITRISE_BUILD_NUMBER: \"1\""]
    return ".bitrise.secrets.yml", L, i


@ctx("github-actions.yml", ref=lambda n: "${{ secrets." + n + " }}")
def r_gha(r, A, E, t, S, cli=None):
    android = r.random() < 0.5
    L = [f"name: {'Android' if android else 'iOS'} release", "", "on:", "  push:", "    tags: ['v*']",
         "  workflow_dispatch:", "", "jobs:", "  release:", f"    runs-on: {'ubuntu-latest' if android else 'macos-14'}",
         "    env:", f"      APP_ID: {A['pkg']}"]
    i = emit(L, E, t, lambda K, v: f"      {UP(K)}: {yq(v)}")
    L += ["    steps:", "      - uses: actions/checkout@v4"]
    if android:
        L += ["      - uses: actions/setup-java@v4", "        with:", "          distribution: temurin",
              "          java-version: '17'", "      - name: Build bundle", "        run: ./gradlew bundleRelease"]
    else:
        L += ["      - uses: maxim-lobanov/setup-xcode@v1", "        with:", "          xcode-version: latest-stable",
              "      - name: Build", "        run: bundle exec fastlane beta"]
    if cli:
        L += ["      - name: Upload", "        run: |"]
        i = len(L)
        L.append("          " + cli)
    return r.choice([".github/workflows/release.yml", ".github/workflows/deploy.yml", ".github/workflows/mobile.yml"]), L, i


@ctx("appcenter-post-build.sh", ref=shell_ref)
def r_appcenter(r, A, E, t, S, cli=None):
    L = ["#!/usr/bin/env bash", "# App Center post-build script", "", 'if [ "$AGENT_JOBSTATUS" != "Succeeded" ]; then',
         '  echo "Build failed, skipping upload"', "  exit 0", "fi", ""]
    i = emit(L, E, t, lambda K, v: f"{UP(K)}={v.text if v.expr else json.dumps(v.text)}")
    L += ["", 'echo "Uploading artifacts from $APPCENTER_OUTPUT_DIRECTORY"']
    if cli:
        i = len(L)
        L.append(cli)
    L += ['echo "done"']
    return "appcenter-post-build.sh", L, i


@ctx("sentry.properties")
def r_sentry_props(r, A, E, t, S):
    L = ["defaults.url=https://sentry.io/", f"defaults.org={A['cs']}", f"defaults.project={A['slug']}-mobile"]
    K, v = E[t]
    i = len(L)
    L.append(f"auth.token={v.text}")
    L += ["cli.executable=node_modules/@sentry/cli/bin/sentry-cli"]
    return r.choice(["android/sentry.properties", "ios/sentry.properties", "sentry.properties"]), L, i


@ctx("pubspec.yaml")
def r_pubspec(r, A, E, t, S):
    L = [f"name: {A['slug']}", f"description: {A['name']} mobile app.", "publish_to: 'none'",
         f"version: {A['ver']}+{A['code']}", "", "environment:", "  sdk: '>=3.3.0 <4.0.0'", "", "dependencies:",
         "  flutter:", "    sdk: flutter", "  sentry_flutter: ^8.7.0", "  dio: ^5.4.3", "", "dev_dependencies:",
         "  sentry_dart_plugin: ^2.1.0", "", "flutter:", "  uses-material-design: true", "", "sentry:",
         "  upload_debug_symbols: true", "  upload_source_maps: true", f"  project: {A['slug']}-flutter",
         f"  org: {A['cs']}"]
    K, v = E[t]
    i = len(L)
    L.append(f"  auth_token: {yq(v)}")
    return "pubspec.yaml", L, i


@ctx(".netrc")
def r_netrc(r, A, E, t, S):
    L = ["# Mapbox SDK downloads (see Mapbox iOS install guide)", "# chmod 0600 ~/.netrc", "",
         "machine api.mapbox.com", "login mapbox"]
    K, v = E[t]
    i = len(L)
    L.append(f"password {v.text}")
    return r.choice(["ci/netrc", ".netrc", "ios/.netrc"]), L, i


# ---------------------------------------------------------------- tests with human passwords
@ctx("espresso.kt", ref=lambda n: f"BuildConfig.{n}")
def r_espresso(r, A, E, t, S):
    K, v = E[t]
    L = [f"package {A['pkg']}", "", "import androidx.test.espresso.Espresso.onView",
         "import androidx.test.espresso.action.ViewActions.*", "import androidx.test.espresso.matcher.ViewMatchers.withId",
         "import androidx.test.ext.junit.rules.ActivityScenarioRule", "import org.junit.Rule", "import org.junit.Test", "",
         "class LoginFlowTest {", "    @get:Rule", "    val rule = ActivityScenarioRule(LoginActivity::class.java)", "",
         "    @Test", "    fun loginWithStagingAccount() {",
         f'        onView(withId(R.id.email)).perform(typeText("qa.{A["user"]}@{A["domain"]}"))']
    i = len(L)
    L.append(f"        onView(withId(R.id.password)).perform(typeText({q(v)}), closeSoftKeyboard())")
    L += ["        onView(withId(R.id.sign_in)).perform(click())", "    }", "}"]
    return f"app/src/androidTest/java/{A['pkg'].replace('.', '/')}/LoginFlowTest.kt", L, i


@ctx("xcuitest.swift", ref=lambda n: f'ProcessInfo.processInfo.environment["{n}"]!')
def r_xcuitest(r, A, E, t, S):
    K, v = E[t]
    L = ["import XCTest", "", "final class LoginUITests: XCTestCase {", "    func testLogin() throws {",
         "        let app = XCUIApplication()", "        app.launch()", "", '        let email = app.textFields["email"]',
         "        email.tap()", f'        email.typeText("qa+{A["user"]}@{A["domain"]}")', "",
         '        let password = app.secureTextFields["password"]', "        password.tap()"]
    i = len(L)
    L.append(f"        password.typeText({q(v)})")
    L += ['        app.buttons["Sign In"].tap()', '        XCTAssertTrue(app.tabBars.firstMatch.waitForExistence(timeout: 10))',
          "    }", "}"]
    return f"{A['Pascal']}UITests/LoginUITests.swift", L, i


@ctx("detox.e2e.js", ref=lambda n: f"process.env.{n}")
def r_detox(r, A, E, t, S):
    K, v = E[t]
    L = ["describe('Login', () => {", "  beforeAll(async () => {", "    await device.launchApp({ newInstance: true });",
         "  });", "", "  it('signs in with the QA account', async () => {",
         f"    await element(by.id('email-input')).typeText('qa@{A['domain']}');"]
    i = len(L)
    L.append(f"    await element(by.id('password-input')).typeText({q(v, chr(39))});")
    L += ["    await element(by.id('login-button')).tap();", "    await expect(element(by.id('home-screen'))).toBeVisible();",
          "  });", "});"]
    return "e2e/login.e2e.js", L, i


@ctx("flutter_itest.dart", ref=lambda n: f"const String.fromEnvironment('{n}')")
def r_flutter_itest(r, A, E, t, S):
    K, v = E[t]
    L = ["import 'package:flutter_test/flutter_test.dart';", "import 'package:integration_test/integration_test.dart';",
         f"import 'package:{A['slug']}/main.dart' as app;", "", "void main() {",
         "  IntegrationTestWidgetsFlutterBinding.ensureInitialized();", "",
         "  testWidgets('login smoke test', (tester) async {", "    app.main();", "    await tester.pumpAndSettle();",
         f"    await tester.enterText(find.byKey(const Key('email')), 'qa@{A['domain']}');"]
    i = len(L)
    L.append(f"    await tester.enterText(find.byKey(const Key('password')), {q(v, chr(39))});")
    L += ["    await tester.tap(find.text('Sign in'));", "    await tester.pumpAndSettle();",
          "    expect(find.text('Welcome'), findsOneWidget);", "  });", "}"]
    return "integration_test/login_test.dart", L, i


# ---------------------------------------------------------------- AWS one-line pairs
@ctx("aws.cs")
def r_aws_cs(r, A, E, t, S):
    K, v = E[t]
    akid = "AKIA" + rs(r, 16, B32U)
    L = ["using Amazon;", "using Amazon.Runtime;", "using Amazon.S3;", "using UnityEngine;", "",
         "public class BundleDownloader : MonoBehaviour", "{", "    private AmazonS3Client _client;", "",
         "    private void Start()", "    {"]
    i = len(L)
    L.append(f'        var creds = new BasicAWSCredentials("{akid}", "{v.text}");')
    L += ["        _client = new AmazonS3Client(creds, RegionEndpoint.EUWest1);", "    }", "}"]
    return "Assets/Scripts/Net/BundleDownloader.cs", L, i


@ctx("aws.kt")
def r_aws_kt(r, A, E, t, S):
    K, v = E[t]
    akid = "AKIA" + rs(r, 16, B32U)
    L = [f"package {A['pkg']}.upload", "", "import com.amazonaws.auth.BasicAWSCredentials",
         "import com.amazonaws.services.s3.AmazonS3Client", "", "object S3Uploader {"]
    i = len(L)
    L.append(f'    private val credentials = BasicAWSCredentials("{akid}", "{v.text}")')
    L += ["    val client by lazy { AmazonS3Client(credentials) }", "", f'    const val BUCKET = "{A["slug"]}-user-uploads"', "}"]
    return f"app/src/main/java/{A['pkg'].replace('.', '/')}/upload/S3Uploader.kt", L, i


@ctx("aws.swift")
def r_aws_swift(r, A, E, t, S):
    K, v = E[t]
    akid = "AKIA" + rs(r, 16, B32U)
    L = ["import AWSS3", "", "enum S3Setup {", "    static func configure() {"]
    i = len(L)
    L.append(f'        let provider = AWSStaticCredentialsProvider(accessKey: "{akid}", secretKey: "{v.text}")')
    L += ["        let config = AWSServiceConfiguration(region: .EUWest1, credentialsProvider: provider)",
          "        AWSServiceManager.default().defaultServiceConfiguration = config", "    }", "}"]
    return f"{A['Pascal']}/Services/S3Setup.swift", L, i


# ---------------------------------------------------------------- PEM / JSON key files
def pem_file(r, A, pem, name):
    L = pem.lines()
    return name, L, 1


def asc_json(r, A, pem, kid):
    obj = {"key_id": kid, "issuer_id": uuid4(r), "key": "@@TARGET@@", "duration": 1200, "in_house": False}
    L, i = json_render(obj, pem.text())
    return r.choice(["fastlane/api_key.json", "fastlane/asc-api-key.json"]), L, i, pem.escaped()


def sa_json(r, A, pem, kind):
    proj = A["gproj"]
    if kind == "firebase":
        email = f"firebase-adminsdk-{rs(r, 5, LALNUM)}@{proj}.iam.gserviceaccount.com"
    else:
        email = f"{r.choice(['play-publisher', 'fastlane-supply', 'ci-deploy', 'api-' + rdig(r, 4)])}@{proj}.iam.gserviceaccount.com"
    obj = {"type": "service_account", "project_id": proj, "private_key_id": rs(r, 40, HEXL),
           "private_key": "@@TARGET@@", "client_email": email, "client_id": rdig(r, 21),
           "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
           "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
           "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/" + email.replace("@", "%40"),
           "universe_domain": "googleapis.com"}
    L, i = json_render(obj, pem.text())
    path = r.choice(["android/play-store-credentials.json", "fastlane/google-play-key.json", "service-account.json",
                     f"functions/{proj}-firebase-adminsdk.json" if kind == "firebase" else "ci/play-publisher.json"])
    return path, L, i, pem.escaped()


def pem_in_fastfile(r, A, pem, kid):
    L = ["default_platform(:ios)", "", "platform :ios do", "  lane :release do", "    api_key = app_store_connect_api_key(",
         f'      key_id: "{kid}",', f'      issuer_id: "{uuid4(r)}",']
    i = len(L)
    L.append(f'      key_content: "{pem.escaped()}",')
    L += ["      in_house: false", "    )", "    upload_to_app_store(api_key: api_key, force: true)", "  end", "end"]
    return "fastlane/Fastfile", L, i, pem.escaped()


def pem_heredoc(r, A, pem, kid, gha):
    if gha:
        L = ["name: TestFlight", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:", "    runs-on: macos-14",
             "    steps:", "      - uses: actions/checkout@v4", "      - name: Write API key", "        run: |",
             "          mkdir -p ~/.appstoreconnect/private_keys",
             f"          cat > ~/.appstoreconnect/private_keys/AuthKey_{kid}.p8 <<'EOF'"]
        ind = "          "
    else:
        L = ["workflows:", "  ios:", "    name: iOS", "    instance_type: mac_mini_m2", "    scripts:",
             "      - name: Write API key", "        script: |",
             f"          cat > AuthKey_{kid}.p8 <<'EOF'"]
        ind = "          "
    i = len(L) + 1
    L += [ind + x for x in pem.lines()]
    L.append(ind + "EOF")
    if gha:
        L += ["      - name: Upload", f"        run: xcrun altool --upload-app -f build/App.ipa -t ios --apiKey {kid} --apiIssuer {uuid4(r)}"]
    else:
        L += ["      - name: Publish", f"        script: app-store-connect publish --key-id {kid}"]
    return (".github/workflows/testflight.yml" if gha else "codemagic.yaml"), L, i, pem.body[0]


def pem_swift(r, A, pem, kid):
    L = ["import APNS", "import Vapor", "", "extension Application {", "    func configurePush() throws {",
         "        let key = \"\"\""]
    i = len(L) + 1
    L += pem.lines()
    L += ["\"\"\"", "        apns.configuration = try .init(", "            authenticationMethod: .jwt(",
          "                key: .private(pem: key),", f'                keyIdentifier: "{kid}",',
          f'                teamIdentifier: "{rs(r, 10, UALNUM)}"', "            ),", "            environment: .production",
          "        )", "    }", "}"]
    return "Sources/App/Push.swift", L, i, pem.body[0]


def pem_dotenv(r, A, pem, kid):
    L = ["# push service", "APNS_TOPIC=" + A["pkg"], f"APNS_KEY_ID={kid}", f"APNS_TEAM_ID={A['team']}"]
    i = len(L)
    L.append(f'APNS_PRIVATE_KEY="{pem.escaped()}"')
    L += ["APNS_PRODUCTION=true"]
    return r.choice([".env", "server/.env"]), L, i, pem.escaped()


# ---------------------------------------------------------------- ref choice helper
_REF_RNG = [None]


def r_choice_ref(opts):
    return _REF_RNG[0].choice(opts)


# ---------------------------------------------------------------- catalog
ANDROID = ["gradle.properties", "local.properties", "build.gradle", "build.gradle.kts", "AndroidManifest.xml",
           "strings.xml", "kotlin", "java"]
IOS = ["Info.plist", "xcconfig", "swift", "objc"]
FLUTTER = ["dart", "launch.json", "build.sh"]
RN = ["app.json", "app.config.js", "eas.json", ".env"]
GAME = ["unity.cs", "unity.asset", "DefaultEngine.ini", "DefaultGame.ini", "project.godot", "gdscript"]
DESK = ["electron.main.js", "App.config", "appsettings.json", "maui.cs", "background.js"]
CI = ["codemagic.yaml", "bitrise.yml", ".bitrise.secrets.yml", "github-actions.yml", "Fastfile",
      "appcenter-post-build.sh", "build.sh", ".env"]
CLIENT = ANDROID + IOS + FLUTTER + RN + GAME + DESK
SERVERISH = [".env", "appsettings.json", "electron.main.js", "unity.cs", "kotlin", "swift", "dart", "gdscript",
             "build.sh", "github-actions.yml", "App.config", "DefaultEngine.ini", "unity.asset"]
PWCTX = ["keystore.properties", "build.gradle:signing", "build.gradle.kts:signing", "gradle.properties",
         "codemagic.yaml", "bitrise.yml", "github-actions.yml", ".bitrise.secrets.yml", "build.sh"]
TESTCTX = ["espresso.kt", "xcuitest.swift", "detox.e2e.js", "flutter_itest.dart"]

GENERIC = [["api", "key"], ["token"], ["auth"], ["secret"], ["llm", "key"], ["client", "secret"], ["server", "key"],
           ["access", "token"], ["auth", "token"], ["key"], ["api", "secret"], ["backend", "token"],
           ["service", "key"], ["master", "key"], ["credential"]]
GENERIC_PW = [["password"], ["pass"], ["pwd"], ["signing", "password"], ["store", "pass"]]


class Spec:
    def __init__(self, provider, kind, gen, names, ctxs, disp=None, prefix="", cli=None, comp=None, gnames=None,
                 placeholders=None):
        self.provider, self.kind, self.gen, self.names, self.ctxs = provider, kind, gen, names, ctxs
        self.disp = disp or provider.replace("_", " ").title().replace(" ", "")
        self.prefix, self.cli, self.comp = prefix, cli or [], comp or []
        self.gnames = gnames or GENERIC
        self.placeholders = placeholders or []


def S_(*a, **k):
    return Spec(*a, **k)


def _org(r):
    return r.choice([c[1] for c in COMPANIES])


SECRETS = [
    S_("apple", "app_specific_password", apple_asp,
       [["apple", "app", "specific", "password"], ["fastlane", "apple", "application", "specific", "password"],
        ["apple", "id", "password"], ["notarize", "password"]],
       ["Fastfile", "Appfile", "notarize.js", "electron.main.js", ".env", "github-actions.yml", "codemagic.yaml",
        "bitrise.yml", "build.sh", ".bitrise.secrets.yml"], disp="Apple", gnames=GENERIC_PW,
       cli=['xcrun notarytool submit dist/App.zip --apple-id "ci@example.org" --team-id TEAMID --password {v} --wait',
            'xcrun altool --upload-app -t ios -f build/App.ipa -u "release@example.org" -p {v}'],
       placeholders=["xxxx-xxxx-xxxx-xxxx", "abcd-efgh-ijkl-mnop", "@keychain:AC_PASSWORD"]),
    S_("android", "keystore_password", human_pw,
       ["storePassword", "keyPassword", ["release", "store", "password"], ["keystore", "password"],
        ["cm", "keystore", "password"], ["android", "keystore", "password"]], PWCTX, disp="Signing", gnames=GENERIC_PW,
       placeholders=["android", "changeme", "<keystore-password>", "********"]),
    S_("android", "key_password", random_pw,
       ["keyPassword", ["release", "key", "password"], ["upload", "key", "password"], ["cm", "key", "password"]],
       PWCTX, disp="Signing", gnames=GENERIC_PW, placeholders=["android", "changeme", "<key-password>"]),
    S_("firebase", "fcm_legacy_server_key", fcm_legacy,
       [["fcm", "server", "key"], ["firebase", "server", "key"], ["gcm", "api", "key"], ["push", "server", "key"]],
       CLIENT + SERVERISH, disp="Firebase", prefix="AAAA", comp=["fb_sender"],
       cli=['curl -X POST -H "Authorization: key={v}" -H "Content-Type: application/json" https://fcm.googleapis.com/fcm/send -d @payload.json']),
    S_("firebase", "database_secret", lambda r: rs(r, 40),
       [["firebase", "database", "secret"], ["firebase", "db", "secret"], ["firebase", "auth", "secret"]],
       GAME + DESK + [".env", "dart"], disp="Firebase"),
    S_("firebase", "cli_ci_token", firebase_ci, [["firebase", "token"], ["firebase", "ci", "token"]],
       CI, disp="Firebase", prefix="1//0",
       cli=["firebase appdistribution:distribute app-release.apk --app 1:000:android:0 --token {v} --groups qa"]),
    S_("google", "oauth_client_secret", lambda r: "GOCSPX-" + rs(r, 28, B64U),
       [["google", "client", "secret"], ["oauth", "client", "secret"], ["gdrive", "client", "secret"]],
       DESK + GAME + [".env", "dart", "swift", "kotlin", "Info.plist"], disp="GoogleOAuth", prefix="GOCSPX-",
       comp=["gclient"], placeholders=["GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx", "GOCSPX-<secret>"]),
    S_("facebook", "app_secret", lambda r: rs(r, 32, HEXL),
       [["facebook", "app", "secret"], ["fb", "app", "secret"], ["meta", "app", "secret"]],
       CLIENT + [".env"], disp="Facebook", comp=["fb_app"]),
    S_("facebook", "access_token", lambda r: "EAA" + r.choice("BGIJ") + rs(r, r.randint(170, 200)),
       [["facebook", "access", "token"], ["fb", "page", "token"], ["meta", "system", "user", "token"]],
       [".env", "build.sh", "github-actions.yml", "electron.main.js", "appsettings.json", "unity.cs", "dart"],
       disp="Facebook", prefix="EAA", comp=["fb_app"]),
    S_("twitter", "api_secret", lambda r: rs(r, 50),
       [["twitter", "api", "secret"], ["twitter", "consumer", "secret"], ["x", "api", "key", "secret"]],
       CLIENT + [".env"], disp="Twitter"),
    S_("twitter", "access_token_secret", lambda r: rs(r, 45),
       [["twitter", "access", "token", "secret"], ["x", "access", "secret"]], CLIENT + [".env"], disp="Twitter"),
    S_("twitter", "bearer_token", twitter_bearer, [["twitter", "bearer", "token"], ["x", "bearer", "token"]],
       CLIENT + [".env"], disp="Twitter", prefix="AAAAAAAAAAAAAAAAAAAAA"),
    S_("steam", "web_api_key", lambda r: rs(r, 32, HEXU),
       [["steam", "web", "api", "key"], ["steam", "api", "key"], ["steam", "publisher", "key"]],
       GAME + [".env", "appsettings.json", "github-actions.yml", "electron.main.js"], disp="Steam", comp=["steam_app"],
       cli=['curl "https://partner.steam-api.com/ISteamUser/CheckAppOwnership/v2/?key={v}&steamid=$STEAM_ID&appid=$APP_ID"']),
    S_("steam", "build_account_password", human_pw, [["steam", "password"], ["steam", "build", "password"]],
       ["github-actions.yml", "build.sh", ".env", "codemagic.yaml"], disp="Steam", gnames=GENERIC_PW,
       cli=["steamcmd +login buildbot_" + "{u} {v} +run_app_build ../scripts/app_build.vdf +quit"]),
    S_("playfab", "title_secret_key", lambda r: rs(r, 52, UALNUM),
       [["playfab", "secret", "key"], ["playfab", "developer", "secret", "key"], ["pf", "title", "secret"]],
       GAME + [".env", "appsettings.json", "github-actions.yml", "electron.main.js"], disp="PlayFab",
       comp=["playfab_title"]),
    S_("epic", "eos_client_secret", lambda r: rs(r, 43, B64),
       [["eos", "client", "secret"], ["epic", "client", "secret"], ["client", "secret"]],
       GAME + ["appsettings.json", ".env"], disp="EOS", comp=["eos_client", "eos_product"]),
    S_("unity", "ugs_service_account_secret", lambda r: rs(r, 32, B64U),
       [["ugs", "secret", "key"], ["unity", "service", "account", "secret"], ["unity", "cloud", "secret"]],
       CI + [".env"], disp="UnityServices", comp=["unity_proj"]),
    S_("unity", "license_serial", unity_serial, [["unity", "serial"], ["unity", "license", "serial"]],
       ["github-actions.yml", "codemagic.yaml", "bitrise.yml", "build.sh", ".env"], disp="Unity"),
    S_("unity", "account_password", human_pw, [["unity", "password"], ["unity", "account", "password"]],
       ["github-actions.yml", "codemagic.yaml", "build.sh", ".env"], disp="Unity", gnames=GENERIC_PW),
    S_("unity", "cloud_build_api_key", lambda r: rs(r, 32, HEXL),
       [["unity", "cloud", "build", "api", "key"], ["ucb", "api", "key"]], CI, disp="Unity",
       cli=['curl -X POST -H "Authorization: Basic {v}" "https://build-api.cloud.unity3d.com/api/v1/orgs/$ORG/projects/$PROJECT/buildtargets/_all/builds"']),
    S_("onesignal", "rest_api_key", onesignal_legacy,
       [["onesignal", "rest", "api", "key"], ["onesignal", "api", "key"], ["push", "rest", "key"]],
       CLIENT + [".env"], disp="OneSignal", comp=["onesignal_app"],
       cli=['curl -X POST https://api.onesignal.com/notifications -H "Authorization: Key {v}" -H "Content-Type: application/json" -d @notify.json']),
    S_("onesignal", "app_api_key_v2", lambda r: "os_v2_app_" + rs(r, 113, B32L),
       [["onesignal", "rest", "api", "key"], ["onesignal", "app", "key"]], CLIENT + [".env"], disp="OneSignal",
       prefix="os_v2_app_", comp=["onesignal_app"]),
    S_("revenuecat", "secret_api_key", lambda r: "sk_" + rs(r, 32),
       [["revenuecat", "secret", "key"], ["rc", "secret", "api", "key"], ["revenuecat", "api", "key", "v1"]],
       [".env", "appsettings.json", "github-actions.yml", "dart", "kotlin", "swift", "electron.main.js", "unity.cs",
        "app.config.js", "eas.json"], disp="RevenueCat", prefix="sk_", comp=["rc_public"]),
    S_("sentry", "user_auth_token", lambda r: "sntryu_" + rs(r, 64, HEXL),
       [["sentry", "auth", "token"]], ["sentry.properties", "pubspec.yaml"] + CI + ["eas.json", "xcconfig",
                                                                                  "gradle.properties"],
       disp="Sentry", prefix="sntryu_", comp=["sentry_dsn"],
       cli=["sentry-cli --auth-token {v} debug-files upload --include-sources build/",
            "npx @sentry/wizard -i sourcemaps --auth-token {v}"]),
    S_("sentry", "org_auth_token", lambda r: sentry_org(r, _org(r)),
       [["sentry", "auth", "token"], ["sentry", "org", "token"]],
       ["sentry.properties", "pubspec.yaml"] + CI + ["eas.json", "gradle.properties"], disp="Sentry",
       prefix="sntrys_", comp=["sentry_dsn"],
       cli=["sentry-cli --auth-token {v} upload-dif --org $ORG --project ios build/dSYMs"]),
    S_("sentry", "legacy_auth_token", lambda r: rs(r, 64, HEXL), [["sentry", "auth", "token"]],
       ["sentry.properties", "pubspec.yaml"] + CI, disp="Sentry", comp=["sentry_dsn"],
       cli=["sentry-cli --auth-token {v} releases finalize $VERSION"]),
    S_("appcenter", "api_token", lambda r: rs(r, 40, HEXL),
       [["appcenter", "api", "token"], ["appcenter", "token"], ["app", "center", "access", "token"]],
       CI, disp="AppCenter", comp=["appcenter_secret"],
       cli=["appcenter distribute release --app org/app-android --file app.apk --group Testers --token {v}",
            "appcenter crashes upload-symbols --symbol build/App.dSYM.zip --app org/ios --token {v}"]),
    S_("expo", "access_token", lambda r: rs(r, 40, B64U), [["expo", "token"], ["eas", "token"]],
       ["github-actions.yml", "build.sh", ".env", "codemagic.yaml", "bitrise.yml"], disp="Expo",
       cli=["EXPO_TOKEN={v} npx eas-cli build --platform all --non-interactive --profile production"]),
    S_("codemagic", "api_token", lambda r: rs(r, 43, B64U), [["cm", "api", "token"], ["codemagic", "api", "token"]],
       ["build.sh", ".env", "github-actions.yml"], disp="Codemagic",
       cli=['curl -H "x-auth-token: {v}" -H "Content-Type: application/json" -X POST https://api.codemagic.io/builds -d @build.json']),
    S_("bitrise", "personal_access_token", lambda r: rs(r, 86, B64U),
       [["bitrise", "token"], ["bitrise", "api", "token"], ["bitrise", "access", "token"]],
       ["build.sh", ".env", "github-actions.yml", "codemagic.yaml"], disp="Bitrise",
       cli=['curl -H "Authorization: {v}" https://api.bitrise.io/v0.1/apps/$APP_SLUG/builds']),
    S_("mapbox", "secret_token", lambda r: mapbox_tok(r, "sk", _org(r)),
       [["mapbox", "downloads", "token"], ["mapbox", "secret", "token"], ["sdk", "registry", "token"],
        ["mapbox", "access", "token"]],
       ["gradle.properties", "local.properties", ".netrc", ".env", "github-actions.yml", "build.sh", "codemagic.yaml",
        ".bitrise.secrets.yml"], disp="Mapbox", prefix="sk.", comp=["mapbox_pk"],
       placeholders=["YOUR_SECRET_MAPBOX_ACCESS_TOKEN", "sk.ey..."]),
    S_("algolia", "admin_api_key", lambda r: rs(r, 32, HEXL),
       [["algolia", "admin", "key"], ["algolia", "api", "key"], ["algolia", "write", "key"]],
       [".env", "appsettings.json", "electron.main.js", "dart", "unity.cs", "build.sh", "app.config.js", "swift",
        "kotlin"], disp="Algolia", comp=["algolia_app", "algolia_search"]),
    S_("stripe", "secret_key", lambda r: "sk_live_" + (rs(r, 24) if r.random() < 0.4 else "51" + rs(r, 97)),
       [["stripe", "secret", "key"], ["stripe", "api", "key"], ["stripe", "sk"]],
       CLIENT + [".env"], disp="Stripe", prefix="sk_live_", comp=["stripe_pk"],
       placeholders=["sk_live_...", "sk_test_XXXXXXXXXXXXXXXXXXXXXXXX", "sk_live_<redacted>"]),
    S_("stripe", "restricted_key", lambda r: "rk_live_" + "51" + rs(r, 97),
       [["stripe", "restricted", "key"], ["stripe", "rk"]], [".env", "appsettings.json", "electron.main.js", "dart",
                                                              "github-actions.yml"], disp="Stripe", prefix="rk_live_",
       comp=["stripe_pk"]),
    S_("stripe", "test_secret_key", lambda r: "sk_test_" + "51" + rs(r, 97),
       [["stripe", "secret", "key"], ["stripe", "test", "secret"]], [".env", "dart", "kotlin", "swift",
                                                                     "app.config.js", "unity.cs"],
       disp="Stripe", prefix="sk_test_", comp=["stripe_pk"]),
    S_("braintree", "private_key", lambda r: rs(r, 32, HEXL),
       [["braintree", "private", "key"], ["bt", "private", "key"]], [".env", "appsettings.json", "kotlin", "swift",
                                                                     "dart", "App.config"],
       disp="Braintree", comp=["bt_merchant", "bt_public"]),
    S_("braintree", "access_token", lambda r: f"access_token$production${rs(r, 16, LALNUM)}${rs(r, 32, HEXL)}",
       [["braintree", "access", "token"], ["paypal", "access", "token"]], [".env", "appsettings.json", "swift",
                                                                           "App.config", "github-actions.yml"],
       disp="Braintree", prefix="access_token$production$"),
    S_("twilio", "auth_token", lambda r: rs(r, 32, HEXL),
       [["twilio", "auth", "token"], ["twilio", "token"]], CLIENT + [".env"], disp="Twilio", comp=["twilio_sid"]),
    S_("twilio", "api_key_secret", lambda r: rs(r, 32),
       [["twilio", "api", "secret"], ["twilio", "api", "key", "secret"]], [".env", "appsettings.json", "kotlin",
                                                                           "swift", "dart", "unity.cs"],
       disp="Twilio", comp=["twilio_sid", "twilio_sk"]),
    S_("agora", "app_certificate", lambda r: rs(r, 32, HEXL),
       [["agora", "app", "certificate"], ["agora", "certificate"], ["agora", "primary", "certificate"]],
       CLIENT + [".env"], disp="Agora", comp=["agora_app"]),
    S_("stream", "api_secret", lambda r: rs(r, 64, LALNUM),
       [["stream", "api", "secret"], ["stream", "chat", "secret"], ["getstream", "secret"]],
       CLIENT + [".env"], disp="StreamChat", comp=["stream_key"]),
    S_("pusher", "app_secret", lambda r: rs(r, 20, HEXL),
       [["pusher", "app", "secret"], ["pusher", "secret"]], CLIENT + [".env"], disp="Pusher",
       comp=["pusher_key", "pusher_appid"]),
    S_("branch", "secret_key", lambda r: "secret_live_" + rs(r, 32),
       [["branch", "secret"], ["branch", "secret", "key"]], CLIENT + [".env"], disp="Branch", prefix="secret_live_",
       comp=["branch_key"]),
    S_("adjust", "api_token", lambda r: rs(r, 20),
       [["adjust", "api", "token"], ["adjust", "user", "token"]], [".env", "github-actions.yml", "build.sh",
                                                                   "appsettings.json", "kotlin", "swift"],
       disp="Adjust", comp=["adjust_app"],
       cli=['curl -H "Authorization: Bearer {v}" "https://automate.adjust.com/reports-service/report?app_token__in=$APP"']),
    S_("appsflyer", "api_token_v2", appsflyer_v2,
       [["appsflyer", "api", "token"], ["af", "api", "token"]], [".env", "github-actions.yml", "build.sh",
                                                                 "appsettings.json", "dart"],
       disp="AppsFlyer", prefix="eyJhbGciOiJBMjU2S1ci", comp=["af_dev"]),
    S_("azure_ad", "client_secret", azure_secret,
       [["azure", "client", "secret"], ["aad", "client", "secret"], ["msal", "client", "secret"]],
       DESK + [".env", "github-actions.yml", "unity.cs"], disp="AzureAd", comp=["azure_client", "azure_tenant"]),
    S_("microsoft_store", "partner_center_client_secret", azure_secret,
       [["msstore", "client", "secret"], ["partner", "center", "client", "secret"], ["store", "client", "secret"]],
       ["github-actions.yml", "build.sh", ".env", "appsettings.json"], disp="MicrosoftStore",
       comp=["azure_client", "azure_tenant"],
       cli=["msstore reconfigure --tenantId $TENANT --sellerId $SELLER --clientId $CLIENT --clientSecret {v}"]),
    S_("github", "personal_access_token", gh_token,
       [["gh", "token"], ["github", "token"], ["github", "release", "token"]],
       ["electron-builder.yml", "github-actions.yml", ".env", "build.sh", "codemagic.yaml", "electron.main.js",
        "bitrise.yml"], disp="GitHub", prefix="ghp_",
       cli=["GH_TOKEN={v} npx electron-builder --publish always",
            "git clone https://x-access-token:{v}@github.com/org/ios-certificates.git certs"],
       placeholders=["ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<github-token>"]),
    S_("github", "oauth_token", lambda r: gh_token(r, "gho_"), [["gh", "token"], ["github", "oauth", "token"]],
       [".env", "electron.main.js", "build.sh"], disp="GitHub", prefix="gho_"),
    S_("github", "fine_grained_pat", gh_fine, [["gh", "token"], ["github", "token"], ["match", "git", "token"]],
       ["electron-builder.yml", "github-actions.yml", ".env", "build.sh", "Fastfile"], disp="GitHub",
       prefix="github_pat_"),
    S_("github", "match_basic_authorization", match_basic,
       [["match", "git", "basic", "authorization"]], ["Matchfile", "Fastfile", "github-actions.yml", ".env"],
       disp="GitHub"),
    S_("gitlab", "personal_access_token", lambda r: "glpat-" + rs(r, 20, B64U),
       [["gitlab", "token"], ["match", "git", "token"], ["ci", "job", "token"]],
       [".env", "build.sh", "Fastfile", "codemagic.yaml", "bitrise.yml"], disp="GitLab", prefix="glpat-"),
    S_("tauri", "updater_private_key", tauri_private,
       [["tauri", "signing", "private", "key"], ["tauri", "private", "key"]],
       ["github-actions.yml", ".env", "build.sh"], disp="Tauri", prefix="dW50cnVzdGVkIGNvbW1lbnQ6IHJzaWdu"),
    S_("tauri", "updater_key_password", human_pw,
       [["tauri", "signing", "private", "key", "password"], ["tauri", "key", "password"]],
       ["github-actions.yml", ".env", "build.sh"], disp="Tauri", gnames=GENERIC_PW),
    S_("windows", "code_signing_password", human_pw,
       [["csc", "key", "password"], ["win", "csc", "key", "password"], ["pfx", "password"]],
       ["github-actions.yml", ".env", "build.sh", "csproj", "electron.main.js"], disp="CodeSigning",
       gnames=GENERIC_PW),
    S_("fastlane", "match_password", human_pw, [["match", "password"], ["match", "keychain", "password"]],
       ["Matchfile", "Fastfile", "github-actions.yml", "codemagic.yaml", ".env", "bitrise.yml"], disp="Match",
       gnames=GENERIC_PW),
    S_("apple", "apple_id_password", human_pw, [["fastlane", "password"], ["apple", "id", "pass"]],
       ["Fastfile", "Appfile", ".env", "github-actions.yml"], disp="Apple", gnames=GENERIC_PW),
    S_("app_backend", "test_login_password", human_pw, [["password"]], TESTCTX, disp="QA"),
    S_("discord", "bot_token", discord_bot, [["discord", "bot", "token"], ["discord", "token"]],
       GAME + [".env", "electron.main.js", "appsettings.json"], disp="Discord", comp=["discord_app"]),
    S_("discord", "webhook_url",
       lambda r: f"https://discord.com/api/webhooks/{rdig(r, 19)}/{rs(r, 68, B64U)}",
       [["discord", "webhook"], ["discord", "webhook", "url"], ["crash", "webhook"]],
       GAME + CI, disp="Discord", prefix="https://discord.com/api/webhooks/",
       cli=['curl -H "Content-Type: application/json" -d "{\\"content\\": \\"Build $BUILD_NUMBER ready\\"}" {v}']),
    S_("slack", "webhook_url",
       lambda r: f"https://hooks.slack.com/services/T{rs(r, 10, UALNUM)}/B{rs(r, 10, UALNUM)}/{rs(r, 24)}",
       [["slack", "webhook"], ["slack", "webhook", "url"]], CI, disp="Slack",
       prefix="https://hooks.slack.com/services/",
       cli=["curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"iOS build uploaded\"}' {v}"]),
    S_("twitch", "client_secret", lambda r: rs(r, 30, LALNUM),
       [["twitch", "client", "secret"], ["twitch", "secret"]], GAME + DESK + [".env"], disp="Twitch",
       comp=["twitch_client"]),
    S_("google", "recaptcha_secret_key", lambda r: "6L" + rs(r, 38, B64U),
       [["recaptcha", "secret", "key"], ["recaptcha", "secret"]], [".env", "appsettings.json", "kotlin", "dart",
                                                                   "App.config", "electron.main.js"],
       disp="Recaptcha", prefix="6L", comp=["recaptcha_site"]),
    S_("supabase", "service_role_key", lambda r: supabase_jwt(r, "service_role", rs(r, 20, LOWER)),
       [["supabase", "service", "role", "key"], ["supabase", "service", "key"]],
       ["dart", ".env", "app.config.js", "swift", "kotlin", "unity.cs", "electron.main.js", "github-actions.yml"],
       disp="Supabase", prefix="eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9", comp=["supabase_url"]),
    S_("supabase", "secret_key", lambda r: "sb_secret_" + rs(r, 31, B64U),
       [["supabase", "secret", "key"], ["supabase", "secret"]], ["dart", ".env", "app.config.js", "swift", "kotlin"],
       disp="Supabase", prefix="sb_secret_", comp=["supabase_url"]),
    S_("datadog", "api_key", lambda r: rs(r, 32, HEXL),
       [["datadog", "api", "key"], ["dd", "api", "key"]], CI + ["gradle.properties", "xcconfig"], disp="Datadog",
       comp=["dd_client"],
       cli=["DATADOG_API_KEY={v} npx @datadog/datadog-ci dsyms upload build/dSYMs"]),
    S_("mixpanel", "api_secret", lambda r: rs(r, 32, HEXL),
       [["mixpanel", "api", "secret"], ["mixpanel", "secret"]], [".env", "appsettings.json", "build.sh",
                                                                 "github-actions.yml", "unity.cs"],
       disp="Mixpanel", comp=["mixpanel_token"]),
    S_("amplitude", "secret_key", lambda r: rs(r, 32, HEXL),
       [["amplitude", "secret", "key"], ["amplitude", "secret"]], [".env", "appsettings.json", "build.sh",
                                                                   "github-actions.yml", "unity.cs", "dart"],
       disp="Amplitude", comp=["amplitude_key"]),
    S_("pubnub", "secret_key", lambda r: "sec-c-" + base64.b64encode(rbytes(r, 36)).decode().rstrip("="),
       [["pubnub", "secret", "key"], ["pn", "secret", "key"]], CLIENT + [".env"], disp="PubNub", prefix="sec-c-",
       comp=["pubnub_pub", "pubnub_sub"]),
    S_("sendbird", "api_token", lambda r: rs(r, 40, HEXL),
       [["sendbird", "api", "token"], ["sendbird", "master", "token"]], CLIENT + [".env"], disp="Sendbird",
       comp=["sendbird_app"]),
    S_("aws", "secret_access_key", lambda r: rs(r, 40, ALNUM + "/+"), [["aws", "secret"]],
       ["aws.cs", "aws.kt", "aws.swift"], disp="AWS"),
    S_("azure_storage", "account_key", lambda r: base64.b64encode(rbytes(r, 64)).decode(),
       [["azure", "storage", "key"], ["storage", "account", "key"]], DESK + GAME + [".env"], disp="AzureStorage"),
    S_("azure_app_service", "deployment_password", lambda r: rs(r, 60), [["password"]], ["pubxml"], disp="Azure"),
    S_("openai", "api_key", lambda r: "sk-proj-" + rs(r, 74, B64U) + "T3BlbkFJ" + rs(r, 74, B64U),
       [["openai", "api", "key"], ["openai", "key"]], GAME + DESK + [".env", "dart", "swift", "kotlin",
                                                                    "app.config.js"],
       disp="OpenAI", prefix="sk-proj-", gnames=[["llm", "key"], ["llm", "api", "key"], ["ai", "key"], ["npc", "dialog", "key"],
                                                 ["token"], ["api", "key"]],
       placeholders=["sk-...", "sk-proj-****", "sk-<your-key>"]),
    S_("anthropic", "api_key", lambda r: "sk-ant-api03-" + rs(r, 93, B64U) + "AA",
       [["anthropic", "api", "key"], ["claude", "api", "key"]], GAME + DESK + [".env", "dart", "swift"],
       disp="Anthropic", prefix="sk-ant-api03-",
       gnames=[["llm", "key"], ["ai", "api", "key"], ["token"], ["api", "key"]]),
    S_("sendgrid", "api_key", lambda r: "SG." + rs(r, 22, B64U) + "." + rs(r, 43, B64U),
       [["sendgrid", "api", "key"], ["mail", "api", "key"]], [".env", "appsettings.json", "App.config", "unity.cs",
                                                              "DefaultEngine.ini"], disp="SendGrid", prefix="SG."),
    S_("itch", "butler_api_key", lambda r: rs(r, 40), [["butler", "api", "key"], ["itch", "api", "key"]],
       ["github-actions.yml", "build.sh", ".env"], disp="Itch",
       cli=["BUTLER_API_KEY={v} butler push build/windows studio/game:windows --userversion $VERSION"]),
    S_("generic", "jwt_signing_secret", lambda r: rs(r, 64, HEXL),
       [["jwt", "secret"], ["session", "signing", "key"], ["hmac", "secret"], ["match", "server", "secret"]],
       [".env", "appsettings.json", "App.config", "unity.cs", "gdscript", "DefaultGame.ini", "project.godot"],
       disp="GameServer"),
]

# PEM-based and file-based secret kinds (handled separately)
PEM_SPECS = [("apple", "app_store_connect_api_private_key"), ("apple", "apns_auth_key"),
             ("google", "service_account_private_key"), ("firebase", "admin_sdk_private_key"),
             ("google", "oauth_client_secret_json")]


class Pub:
    def __init__(self, provider, kind, gen, names, ctxs, lits=None):
        self.provider, self.kind, self.gen, self.names, self.ctxs = provider, kind, gen, names, ctxs
        self.lits = lits or {}


PUBLIC = {
    "aiza": Pub("google", "android_api_key", aiza,
                [["google", "maps", "api", "key"], ["maps", "api", "key"], ["firebase", "api", "key"],
                 ["places", "api", "key"], ["google", "api", "key"]],
                CLIENT, {"AndroidManifest.xml": ["com.google.android.geo.API_KEY"], "Info.plist": ["GMSApiKey"],
                         "strings.xml": ["google_maps_key", "google_api_key"]}),
    "admob_app": Pub("google", "admob_app_id", lambda r: f"ca-app-pub-{rdig(r, 16)}~{rdig(r, 10)}",
                     [["admob", "app", "id"], ["ads", "app", "id"]], CLIENT,
                     {"AndroidManifest.xml": ["com.google.android.gms.ads.APPLICATION_ID"],
                      "Info.plist": ["GADApplicationIdentifier"]}),
    "admob_unit": Pub("google", "admob_unit_id", lambda r: f"ca-app-pub-{rdig(r, 16)}/{rdig(r, 10)}",
                      [["banner", "ad", "unit", "id"], ["rewarded", "ad", "unit"], ["interstitial", "unit", "id"]],
                      CLIENT),
    "fb_app": Pub("facebook", "app_id", lambda r: rdig(r, r.choice([15, 16])),
                  [["facebook", "app", "id"], ["fb", "app", "id"]], CLIENT,
                  {"Info.plist": ["FacebookAppID"], "strings.xml": ["facebook_app_id"],
                   "AndroidManifest.xml": ["com.facebook.sdk.ApplicationId"]}),
    "fb_client": Pub("facebook", "client_token", lambda r: rs(r, 32, HEXL),
                     [["facebook", "client", "token"], ["fb", "client", "token"]], CLIENT,
                     {"Info.plist": ["FacebookClientToken"], "strings.xml": ["facebook_client_token"],
                      "AndroidManifest.xml": ["com.facebook.sdk.ClientToken"]}),
    "onesignal_app": Pub("onesignal", "app_id", uuid4, [["onesignal", "app", "id"]], CLIENT,
                         {"build.gradle": ["onesignal_app_id"]}),
    "rc_public": Pub("revenuecat", "public_sdk_key", lambda r: r.choice(["appl_", "goog_", "amzn_"]) + rs(r, 27),
                     [["revenuecat", "api", "key"], ["revenuecat", "public", "key"], ["rc", "sdk", "key"]], CLIENT),
    "mapbox_pk": Pub("mapbox", "public_token", lambda r: mapbox_tok(r, "pk", _org(r)),
                     [["mapbox", "access", "token"], ["mapbox", "public", "token"]], CLIENT,
                     {"strings.xml": ["mapbox_access_token"], "Info.plist": ["MBXAccessToken"]}),
    "stripe_pk": Pub("stripe", "publishable_key",
                     lambda r: r.choice(["pk_live_", "pk_test_"]) + (rs(r, 24) if r.random() < 0.4 else "51" + rs(r, 97)),
                     [["stripe", "publishable", "key"], ["stripe", "pk"], ["stripe", "key"]], CLIENT),
    "sentry_dsn": Pub("sentry", "dsn", sentry_dsn, [["sentry", "dsn"]], CLIENT + CI,
                      {"AndroidManifest.xml": ["io.sentry.dsn"]}),
    "algolia_app": Pub("algolia", "application_id", lambda r: rs(r, 10, UALNUM),
                       [["algolia", "app", "id"], ["algolia", "application", "id"]], CLIENT),
    "algolia_search": Pub("algolia", "search_only_key", lambda r: rs(r, 32, HEXL),
                          [["algolia", "search", "key"], ["algolia", "search", "api", "key"]], CLIENT),
    "branch_key": Pub("branch", "live_key", lambda r: r.choice(["key_live_", "key_test_"]) + rs(r, 32),
                      [["branch", "key"]], CLIENT,
                      {"Info.plist": ["branch_key"], "AndroidManifest.xml": ["io.branch.sdk.BranchKey"]}),
    "gclient": Pub("google", "oauth_client_id", gclient_id,
                   [["google", "client", "id"], ["oauth", "client", "id"], ["server", "client", "id"]], CLIENT,
                   {"Info.plist": ["GIDClientID"], "strings.xml": ["default_web_client_id", "server_client_id"]}),
    "agora_app": Pub("agora", "app_id", lambda r: rs(r, 32, HEXL), [["agora", "app", "id"]], CLIENT),
    "twitch_client": Pub("twitch", "client_id", lambda r: rs(r, 30, LALNUM), [["twitch", "client", "id"]],
                         GAME + DESK + [".env"]),
    "recaptcha_site": Pub("google", "recaptcha_site_key", lambda r: "6L" + rs(r, 38, B64U),
                          [["recaptcha", "site", "key"]], CLIENT),
    "supabase_anon": Pub("supabase", "anon_key", lambda r: supabase_jwt(r, "anon", rs(r, 20, LOWER)),
                         [["supabase", "anon", "key"]], CLIENT),
    "supabase_pub": Pub("supabase", "publishable_key", lambda r: "sb_publishable_" + rs(r, 31, B64U),
                        [["supabase", "publishable", "key"], ["supabase", "key"]], CLIENT),
    "supabase_url": Pub("supabase", "project_url", lambda r: f"https://{rs(r, 20, LOWER)}.supabase.co",
                        [["supabase", "url"]], CLIENT),
    "dd_client": Pub("datadog", "client_token", lambda r: "pub" + rs(r, 32, HEXL),
                     [["datadog", "client", "token"], ["dd", "client", "token"]], CLIENT),
    "pusher_key": Pub("pusher", "app_key", lambda r: rs(r, 20, HEXL), [["pusher", "key"], ["pusher", "app", "key"]],
                      CLIENT),
    "pusher_appid": Pub("pusher", "app_id", lambda r: rdig(r, 7), [["pusher", "app", "id"]], CLIENT),
    "stream_key": Pub("stream", "api_key", lambda r: rs(r, 12, LALNUM), [["stream", "api", "key"]], CLIENT),
    "pubnub_pub": Pub("pubnub", "publish_key", lambda r: "pub-c-" + uuid4(r), [["pubnub", "publish", "key"]], CLIENT),
    "pubnub_sub": Pub("pubnub", "subscribe_key", lambda r: "sub-c-" + uuid4(r), [["pubnub", "subscribe", "key"]],
                      CLIENT),
    "mixpanel_token": Pub("mixpanel", "project_token", lambda r: rs(r, 32, HEXL),
                          [["mixpanel", "token"], ["mixpanel", "project", "token"]], CLIENT),
    "amplitude_key": Pub("amplitude", "api_key", lambda r: rs(r, 32, HEXL), [["amplitude", "api", "key"]], CLIENT),
    "segment": Pub("segment", "write_key", lambda r: rs(r, 32), [["segment", "write", "key"]], CLIENT),
    "bugsnag": Pub("bugsnag", "notifier_api_key", lambda r: rs(r, 32, HEXL), [["bugsnag", "api", "key"]], CLIENT,
                   {"AndroidManifest.xml": ["com.bugsnag.android.API_KEY"], "Info.plist": ["BugsnagAPIKey"]}),
    "af_dev": Pub("appsflyer", "dev_key", lambda r: rs(r, 22), [["appsflyer", "dev", "key"], ["af", "dev", "key"]],
                  CLIENT),
    "adjust_app": Pub("adjust", "app_token", lambda r: rs(r, 12, LALNUM), [["adjust", "app", "token"]], CLIENT),
    "appcenter_secret": Pub("appcenter", "app_secret", uuid4, [["appcenter", "app", "secret"],
                                                                ["appcenter", "secret"]], CLIENT + CI),
    "unity_proj": Pub("unity", "project_id", uuid4, [["unity", "project", "id"], ["ugs", "project", "id"]],
                      GAME + CI),
    "unity_ads": Pub("unity", "ads_game_id", lambda r: rdig(r, 7), [["unity", "ads", "game", "id"],
                                                                     ["android", "game", "id"]], GAME),
    "photon_app": Pub("photon", "app_id", uuid4, [["photon", "app", "id"], ["app", "id", "realtime"]], GAME),
    "eos_product": Pub("epic", "eos_product_id", lambda r: rs(r, 32, HEXL),
                       [["product", "id"], ["eos", "product", "id"], ["sandbox", "id"], ["deployment", "id"]], GAME),
    "eos_client": Pub("epic", "eos_client_id", lambda r: "xyza7891" + rs(r, 24),
                      [["client", "id"], ["eos", "client", "id"]], GAME),
    "steam_app": Pub("steam", "app_id", lambda r: rdig(r, r.choice([6, 7])),
                     [["steam", "app", "id"], ["steam", "dev", "app", "id"]], GAME + CI),
    "discord_app": Pub("discord", "application_id", lambda r: rdig(r, 19),
                       [["discord", "application", "id"], ["discord", "client", "id"]], GAME + DESK),
    "tauri_pub": Pub("tauri", "updater_public_key", tauri_public, [["tauri", "updater", "pubkey"]],
                     [".env", "github-actions.yml"]),
    "apple_team": Pub("apple", "team_id", lambda r: rs(r, 10, UALNUM),
                      [["apple", "team", "id"], ["development", "team"], ["team", "id"]], IOS + CI + ["eas.json"]),
    "asc_key_id": Pub("apple", "asc_key_id", lambda r: rs(r, 10, UALNUM),
                      [["asc", "key", "id"], ["app", "store", "connect", "key", "id"], ["apns", "key", "id"]],
                      CI + [".env", "Fastfile"]),
    "asc_issuer": Pub("apple", "asc_issuer_id", uuid4,
                      [["asc", "issuer", "id"], ["app", "store", "connect", "issuer", "id"]], CI + [".env"]),
    "prov_uuid": Pub("apple", "provisioning_profile_uuid", lambda r: uuid4(r, True),
                     [["provisioning", "profile", "specifier"], ["profile", "uuid"]], ["xcconfig"] + CI),
    "cert_sha256": Pub("android", "signing_cert_sha256", lambda r: cert_fp(r, 32),
                       [["release", "cert", "sha256"], ["signing", "fingerprint"]], CI + ["gradle.properties", "kotlin"]),
    "cert_sha1": Pub("android", "signing_cert_sha1", lambda r: cert_fp(r, 20),
                     [["upload", "cert", "sha1"], ["sha1", "fingerprint"]], ["gradle.properties", "kotlin", ".env"]),
    "play_license": Pub("google", "play_license_public_key",
                        lambda r: base64.b64encode(rsa_spki(r)).decode(),
                        [["base64", "encoded", "public", "key"], ["play", "license", "key"], ["billing", "public", "key"]],
                        ["kotlin", "java", "strings.xml", "unity.cs", "dart"]),
    "twilio_sid": Pub("twilio", "account_sid", lambda r: "AC" + rs(r, 32, HEXL), [["twilio", "account", "sid"]],
                      CLIENT + [".env"]),
    "twilio_sk": Pub("twilio", "api_key_sid", lambda r: "SK" + rs(r, 32, HEXL), [["twilio", "api", "key"]],
                     [".env", "appsettings.json", "kotlin", "swift", "dart", "unity.cs"]),
    "azure_client": Pub("azure_ad", "client_id", uuid4, [["azure", "client", "id"], ["msal", "client", "id"]],
                        DESK + CI),
    "azure_tenant": Pub("azure_ad", "tenant_id", uuid4, [["azure", "tenant", "id"], ["tenant", "id"]], DESK + CI),
    "bt_tokenization": Pub("braintree", "tokenization_key",
                           lambda r: f"production_{rs(r, 8, LALNUM)}_{rs(r, 16, LALNUM)}",
                           [["braintree", "tokenization", "key"]], CLIENT),
    "bt_merchant": Pub("braintree", "merchant_id", lambda r: rs(r, 16, LALNUM), [["braintree", "merchant", "id"]],
                       CLIENT + [".env"]),
    "bt_public": Pub("braintree", "public_key", lambda r: rs(r, 16, LALNUM), [["braintree", "public", "key"]],
                     CLIENT + [".env"]),
    "playfab_title": Pub("playfab", "title_id", lambda r: rs(r, 5, HEXU), [["playfab", "title", "id"], ["title", "id"]],
                         GAME + [".env", "appsettings.json"]),
    "fb_sender": Pub("firebase", "messaging_sender_id", lambda r: rdig(r, 12),
                     [["gcm", "sender", "id"], ["messaging", "sender", "id"]], CLIENT),
    "sendbird_app": Pub("sendbird", "app_id", lambda r: uuid4(r, True), [["sendbird", "app", "id"]], CLIENT),
    "gh_app_client": Pub("github", "oauth_app_client_id", lambda r: "Iv1." + rs(r, 16, HEXL),
                         [["github", "client", "id"]], DESK + [".env"]),
}

NONSECRET = [([["api", "base", "url"]], lambda r, A: f"https://api.{A['domain']}/v2"),
             ([["environment"], ["app", "env"]], lambda r, A: r.choice(["production", "staging"])),
             ([["log", "level"]], lambda r, A: r.choice(["info", "warn", "error"])),
             ([["feature", "new", "onboarding"], ["enable", "analytics"]], lambda r, A: r.choice(["true", "false"])),
             ([["request", "timeout", "ms"]], lambda r, A: str(r.choice([10000, 15000, 30000]))),
             ([["cdn", "host"]], lambda r, A: f"cdn.{A['domain']}"),
             ([["support", "email"]], lambda r, A: f"support@{A['domain']}"),
             ([["region"]], lambda r, A: r.choice(["eu-west-1", "us-east-1", "ap-southeast-2"]))]


def rand_nonsecret(r, A):
    names, g = r.choice(NONSECRET)
    return r.choice(names), V(g(r, A))


def pub_entry(r, key, ctxname):
    p = PUBLIC[key]
    if ctxname in p.lits and r.random() < 0.7:
        K = r.choice(p.lits[ctxname])
    else:
        K = r.choice(p.names)
    return K, V(p.gen(r))


# ---------------------------------------------------------------- negatives helpers
def mask(r, val, prefix):
    p = len(prefix)
    k = r.randrange(5)
    tail = val[-4:]
    if k == 0:
        return val[:p] + "*" * r.choice([4, 8, 12]) + tail
    if k == 1:
        return val[:p + 4] + "\u2026" + tail
    if k == 2:
        return "\u2022" * 8 + tail
    if k == 3:
        return val[:p] + "..." + val[-3:]
    return val[:p] + "<redacted>"


def placeholder(r, spec, K):
    opts = list(spec.placeholders)
    kb = kebab(K) if _w(K) else "value"
    opts += [f"<your-{kb}>", "YOUR_API_KEY", f"YOUR_{UP(K) if _w(K) else 'KEY'}", "changeme", "REPLACE_ME",
             f"<insert {' '.join(K) if _w(K) else 'key'} here>", "TODO"]
    if spec.prefix and spec.prefix[-1] in "_-." and len(spec.prefix) < 14:
        opts += [spec.prefix + "...", spec.prefix + "YOUR_KEY_HERE", spec.prefix + "x" * 24]
    return r.choice(opts)


def sops_ciphertext(r, n):
    return (f"ENC[AES256_GCM,data:{base64.b64encode(rbytes(r, n)).decode()},iv:{base64.b64encode(rbytes(r, 32)).decode()},"
            f"tag:{base64.b64encode(rbytes(r, 16)).decode()},type:str]")


# ---------------------------------------------------------------- special negative files
def neg_google_services(r, A):
    app_id = f"1:{A['gnum']}:android:{rs(r, 16, HEXL)}"
    key = aiza(r)
    obj = {"project_info": {"project_number": A["gnum"], "project_id": A["gproj"],
                            "storage_bucket": f"{A['gproj']}.appspot.com"},
           "client": [{"client_info": {"mobilesdk_app_id": app_id, "android_client_info": {"package_name": A["pkg"]}},
                       "oauth_client": [{"client_id": gclient_id(r), "client_type": 3}],
                       "api_key": [{"current_key": key}],
                       "services": {"appinvite_service": {"other_platform_oauth_client": [
                           {"client_id": gclient_id(r), "client_type": 3}]}}}],
           "configuration_version": "1"}
    L = json.dumps(obj, indent=2).split("\n")
    return "app/google-services.json", L, "google", "firebase_android_config"


def neg_gservice_plist(r, A):
    cid = gclient_id(r)
    rev = "com.googleusercontent.apps." + cid.split(".apps.")[0]
    kv = [("CLIENT_ID", cid), ("REVERSED_CLIENT_ID", rev), ("API_KEY", aiza(r)), ("GCM_SENDER_ID", A["gnum"]),
          ("PLIST_VERSION", "1"), ("BUNDLE_ID", A["pkg"]), ("PROJECT_ID", A["gproj"]),
          ("STORAGE_BUCKET", f"{A['gproj']}.appspot.com")]
    L = list(PLIST_HEAD)
    for k, v in kv:
        L += [f"\t<key>{k}</key>", f"\t<string>{v}</string>"]
    L += ["\t<key>IS_ADS_ENABLED</key>", "\t<false></false>", "\t<key>IS_GCM_ENABLED</key>", "\t<true></true>",
          "\t<key>GOOGLE_APP_ID</key>", f"\t<string>1:{A['gnum']}:ios:{rs(r, 16, HEXL)}</string>", "</dict>", "</plist>"]
    return f"{A['Pascal']}/GoogleService-Info.plist", L, "google", "firebase_ios_config"


def neg_firebase_options(r, A):
    L = ["// File generated by FlutterFire CLI.", "// ignore_for_file: type=lint",
         "import 'package:firebase_core/firebase_core.dart' show FirebaseOptions;",
         "import 'package:flutter/foundation.dart' show defaultTargetPlatform, TargetPlatform;", "",
         "class DefaultFirebaseOptions {", "  static FirebaseOptions get currentPlatform {",
         "    switch (defaultTargetPlatform) {", "      case TargetPlatform.android:", "        return android;",
         "      case TargetPlatform.iOS:", "        return ios;", "      default:",
         "        throw UnsupportedError('DefaultFirebaseOptions are not supported for this platform.');", "    }",
         "  }", ""]
    for plat in ["android", "ios"]:
        L += [f"  static const FirebaseOptions {plat} = FirebaseOptions(", f"    apiKey: '{aiza(r)}',",
              f"    appId: '1:{A['gnum']}:{plat}:{rs(r, 16, HEXL)}',", f"    messagingSenderId: '{A['gnum']}',",
              f"    projectId: '{A['gproj']}',", f"    storageBucket: '{A['gproj']}.appspot.com',"]
        if plat == "ios":
            L += [f"    iosClientId: '{gclient_id(r)}',", f"    iosBundleId: '{A['pkg']}',"]
        L += ["  );", ""]
    L.append("}")
    return "lib/firebase_options.dart", L, "google", "firebase_web_api_key"


def neg_export_options(r, A):
    L = PLIST_HEAD + ["\t<key>method</key>", "\t<string>app-store-connect</string>", "\t<key>teamID</key>",
                      f"\t<string>{A['team']}</string>", "\t<key>provisioningProfiles</key>", "\t<dict>",
                      f"\t\t<key>{A['pkg']}</key>", f"\t\t<string>{uuid4(r, True)}</string>", "\t</dict>",
                      "\t<key>signingCertificate</key>", "\t<string>Apple Distribution</string>",
                      "\t<key>signingStyle</key>", "\t<string>manual</string>", "\t<key>uploadSymbols</key>",
                      "\t<true/>", "</dict>", "</plist>"]
    return r.choice(["ios/ExportOptions.plist", "exportOptions.plist"]), L, "apple", "provisioning_profile_uuid"


def neg_assetlinks(r, A):
    obj = [{"relation": ["delegate_permission/common.handle_all_urls"],
            "target": {"namespace": "android_app", "package_name": A["pkg"],
                       "sha256_cert_fingerprints": [cert_fp(r), cert_fp(r)]}}]
    return "web/.well-known/assetlinks.json", json.dumps(obj, indent=2).split("\n"), "android", "signing_cert_sha256"


def neg_podfile_lock(r, A):
    pods = r.sample(["Alamofire", "Firebase", "FirebaseAnalytics", "FirebaseCore", "FirebaseMessaging",
                     "GoogleUtilities", "Kingfisher", "SnapKit", "Sentry", "OneSignalXCFramework", "RevenueCat",
                     "nanopb", "PromisesObjC", "SDWebImage"], 7)
    vers = {p: f"{r.randint(1, 11)}.{r.randint(0, 30)}.{r.randint(0, 9)}" for p in pods}
    L = ["PODS:"] + [f"  - {p} ({vers[p]})" for p in pods] + ["", "DEPENDENCIES:"] + [f"  - {p}" for p in pods[:4]]
    L += ["", "SPEC REPOS:", "  trunk:"] + [f"    - {p}" for p in pods] + ["", "SPEC CHECKSUMS:"]
    L += [f"  {p}: {rs(r, 40, HEXL)}" for p in pods]
    L += ["", f"PODFILE CHECKSUM: {rs(r, 40, HEXL)}", "", "COCOAPODS: 1.15.2"]
    return "ios/Podfile.lock", L, "cocoapods", "digest"


def neg_pubspec_lock(r, A):
    L = ["# Generated by pub", "# See https://dart.dev/tools/pub/glossary#lockfile", "packages:"]
    for p in r.sample(["async", "collection", "dio", "http", "meta", "path", "provider", "sentry", "sentry_flutter",
                       "shared_preferences", "firebase_core", "intl"], 5):
        L += [f"  {p}:", '    dependency: "direct main"', "    description:", f"      name: {p}",
              f'      sha256: "{rs(r, 64, HEXL)}"', '      url: "https://pub.dev"', '    source: hosted',
              f'    version: "{r.randint(0, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}"']
    L += ["sdks:", '  dart: ">=3.3.0 <4.0.0"', '  flutter: ">=3.19.0"']
    return "pubspec.lock", L, "dart_pub", "digest"


def neg_gradle_verif(r, A):
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<verification-metadata xmlns="https://schema.gradle.org/dependency-verification" '
         'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">', "   <configuration>",
         "      <verify-metadata>true</verify-metadata>", "      <verify-signatures>false</verify-signatures>",
         "   </configuration>", "   <components>"]
    for g, a in r.sample([("androidx.core", "core-ktx"), ("com.squareup.okhttp3", "okhttp"),
                          ("com.google.firebase", "firebase-messaging"), ("io.sentry", "sentry-android"),
                          ("com.mapbox.maps", "android")], 3):
        v = f"{r.randint(1, 5)}.{r.randint(0, 12)}.{r.randint(0, 9)}"
        L += [f'      <component group="{g}" name="{a}" version="{v}">', f'         <artifact name="{a}-{v}.aar">',
              f'            <sha256 value="{rs(r, 64, HEXL)}" origin="Generated by Gradle"/>', "         </artifact>",
              "      </component>"]
    L += ["   </components>", "</verification-metadata>"]
    return "gradle/verification-metadata.xml", L, "gradle", "digest"


def neg_tauri_conf(r, A):
    obj = {"$schema": "https://schema.tauri.app/config/2", "productName": A["name"], "version": A["ver"],
           "identifier": A["pkg"], "build": {"frontendDist": "../dist", "beforeBuildCommand": "npm run build"},
           "bundle": {"active": True, "targets": "all", "createUpdaterArtifacts": True},
           "plugins": {"updater": {"pubkey": tauri_public(r),
                                   "endpoints": [f"https://releases.{A['domain']}/{{{{target}}}}/{{{{current_version}}}}"]}}}
    return "src-tauri/tauri.conf.json", json.dumps(obj, indent=2).split("\n"), "tauri", "updater_public_key"


def neg_chrome_manifest(r, A):
    obj = {"manifest_version": 3, "name": A["name"], "version": A["ver"], "description": f"{A['name']} browser companion",
           "key": base64.b64encode(rsa_spki(r)).decode(), "permissions": ["storage", "identity", "contextMenus"],
           "background": {"service_worker": "background.js"},
           "oauth2": {"client_id": gclient_id(r), "scopes": ["openid", "email"]},
           "action": {"default_popup": "popup.html"}}
    return "extension/manifest.json", json.dumps(obj, indent=2).split("\n"), "chrome", "extension_public_key"


def neg_unity_projsettings(r, A):
    L = ["%YAML 1.1", "%TAG !u! tag:unity3d.com,2011:", "--- !u!129 &1", "PlayerSettings:", "  m_ObjectHideFlags: 0",
         "  serializedVersion: 26", f"  productGUID: {rs(r, 32, HEXL)}", "  AndroidProfiler: 0",
         f"  companyName: {A['co']}", f"  productName: {A['name']}", "  defaultScreenWidth: 1920",
         "  defaultScreenHeight: 1080", f"  bundleVersion: {A['ver']}", "  applicationIdentifier:",
         f"    Android: {A['pkg']}", f"    iPhone: {A['pkg']}", f"  AndroidBundleVersionCode: {A['code']}",
         "  androidUseCustomKeystore: 1", f"  AndroidKeystoreName: '{{inproject}}: keystore/{A['slug']}.keystore'",
         "  AndroidKeyaliasName: upload", f"  iOSAppleDeveloperTeamID: {A['team']}",
         f"  iOSManualProvisioningProfileID: {uuid4(r)}", f"  cloudProjectId: {uuid4(r)}",
         f"  projectName: {A['name']}", f"  organizationId: {A['cs']}", "  cloudEnabled: 0"]
    return "ProjectSettings/ProjectSettings.asset", L, "unity", "project_id"


def neg_photon(r, A):
    L = ["%YAML 1.1", "%TAG !u! tag:unity3d.com,2011:", "--- !u!114 &11400000", "MonoBehaviour:",
         "  m_ObjectHideFlags: 0", f"  m_Script: {{fileID: 11500000, guid: {rs(r, 32, HEXL)}, type: 3}}",
         "  m_Name: PhotonServerSettings", "  AppSettings:", f"    AppIdRealtime: {uuid4(r)}", "    AppIdFusion: ",
         f"    AppIdChat: {uuid4(r)}", "    AppIdVoice: ", f"    AppVersion: {A['ver']}", "    UseNameServer: 1",
         "    FixedRegion: eu", "    Protocol: 0", "    EnableProtocolFallback: 1", "  PunLogging: 0"]
    return "Assets/Photon/PhotonUnityNetworking/Resources/PhotonServerSettings.asset", L, "photon", "app_id"


def neg_sops(r, A):
    kind = r.choice(["yaml", "dotenv"])
    names = r.sample([["stripe", "secret", "key"], ["fcm", "server", "key"], ["steam", "web", "api", "key"],
                      ["keystore", "password"], ["sentry", "auth", "token"], ["playfab", "secret", "key"]], 3)
    arn = f"arn:aws:kms:eu-west-1:{rdig(r, 12)}:key/{uuid4(r)}"
    age = "age1" + rs(r, 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")
    if kind == "yaml":
        L = [f"{snake(k)}: {sops_ciphertext(r, r.randint(20, 60))}" for k in names]
        L += ["sops:", "    kms:", f"        - arn: {arn}", "          created_at: \"2024-05-02T09:14:11Z\"",
              f"          enc: {base64.b64encode(b'AQICAHh' + rbytes(r, 150)).decode()}", "          aws_profile: \"\"",
              "    age:", f"        - recipient: {age}", "    lastmodified: \"2024-05-02T09:14:12Z\"",
              f"    mac: {sops_ciphertext(r, 32).replace('type:str', 'type:str')}", "    unencrypted_suffix: _unencrypted",
              "    version: 3.8.1"]
        return "secrets/mobile.enc.yaml", L, "sops", "ciphertext"
    L = [f"{UP(k)}={sops_ciphertext(r, r.randint(20, 60))}" for k in names]
    L += [f"sops_kms__list_0__map_arn={arn}", "sops_kms__list_0__map_created_at=2024-05-02T09:14:11Z",
          f"sops_age__list_0__map_recipient={age}", "sops_lastmodified=2024-05-02T09:14:12Z",
          f"sops_mac={sops_ciphertext(r, 32)}", "sops_version=3.8.1"]
    return ".env.enc", L, "sops", "ciphertext"


def neg_billing(r, A):
    key = base64.b64encode(rsa_spki(r)).decode()
    L = [f"package {A['pkg']}.billing", "", "import android.util.Base64", "import java.security.KeyFactory",
         "import java.security.PublicKey", "import java.security.spec.X509EncodedKeySpec", "",
         "/** Play Console > Monetization setup > Licensing. This is the PUBLIC key. */", "object Security {",
         f'    private const val BASE64_ENCODED_PUBLIC_KEY = "{key}"', "",
         "    fun publicKey(): PublicKey {",
         "        val decoded = Base64.decode(BASE64_ENCODED_PUBLIC_KEY, Base64.DEFAULT)",
         '        return KeyFactory.getInstance("RSA").generatePublic(X509EncodedKeySpec(decoded))', "    }", "}"]
    return f"app/src/main/java/{A['pkg'].replace('.', '/')}/billing/Security.kt", L, "google", "play_license_public_key"


def neg_jwt_vector(r, A):
    L = [f"package {A['pkg']}.auth", "", "import org.junit.Assert.assertEquals", "import org.junit.Test", "",
         "class JwtParserTest {", "    // Sample token from jwt.io (HS256, secret \"your-256-bit-secret\")",
         '    private val sample = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"',
         "", "    @Test", "    fun parsesSubject() {", '        assertEquals("1234567890", JwtParser.subject(sample))', "    }",
         "}"]
    return f"app/src/test/java/{A['pkg'].replace('.', '/')}/auth/JwtParserTest.kt", L, "jwt", "test_vector"


def neg_asc_fastfile(r, A):
    kid = rs(r, 10, UALNUM)
    L = ["default_platform(:ios)", "", "platform :ios do", "  lane :release do", "    api_key = app_store_connect_api_key(",
         f'      key_id: "{kid}",', f'      issuer_id: "{uuid4(r)}",', f'      key_filepath: "./fastlane/AuthKey_{kid}.p8",',
         "      duration: 1200,", "      in_house: false", "    )", f'    match(type: "appstore", api_key: api_key, readonly: true)',
         "    upload_to_app_store(api_key: api_key, submit_for_review: false)", "  end", "end"]
    return "fastlane/Fastfile", L, "apple", "asc_key_id"


def neg_public_pem(r, A):
    key = base64.b64encode(rsa_spki(r)).decode()
    body = [key[i:i + 64] for i in range(0, len(key), 64)]
    L = ["// License verification key (public). The private half lives in the licensing service vault.",
         "namespace " + A["Pascal"] + ".Licensing", "{", "    internal static class LicenseKey", "    {",
         '        public const string PublicKeyPem = @"-----BEGIN PUBLIC KEY-----'] + body + \
        ['-----END PUBLIC KEY-----";', "    }", "}"]
    return "src/Licensing/LicenseKey.cs", L, "license", "rsa_public_key"


def neg_codemagic_encrypted(r, A):
    L = ["workflows:", "  android-release:", "    name: Android release", "    environment:", "      vars:",
         f"        FCI_KEYSTORE: Encrypted({fernet_b64(r)})", f"        FCI_KEYSTORE_PASSWORD: Encrypted({fernet_b64(r)[:120]})",
         "        FCI_KEY_ALIAS: upload", "      flutter: stable", "    scripts:", "      - name: Set up keystore",
         "        script: echo $FCI_KEYSTORE | base64 --decode > /tmp/keystore.jks", "      - flutter build appbundle --release",
         "    artifacts:", "      - build/**/outputs/**/*.aab"]
    return "codemagic.yaml", L, "codemagic", "ciphertext"


def neg_localized(r, A):
    L = ["import SwiftUI", "", "struct ApiKeySettingsView: View {", "    @AppStorage(\"customEndpoint\") private var endpoint = \"\"",
         "    @State private var apiKey = \"\"", "", "    var body: some View {", "        Form {",
         "            Section(String(localized: \"settings.api_key.section\")) {",
         "                SecureField(String(localized: \"settings.api_key.placeholder\"), text: $apiKey)",
         "                Text(String(localized: \"settings.api_key.footer\"))", "            }", "        }",
         "        .onSubmit { try? KeychainStore.shared.set(apiKey, for: \"user_api_key\") }", "    }", "}"]
    return f"{A['Pascal']}/Settings/ApiKeySettingsView.swift", L, "apple", "localized_string_key"


SPECIAL_NEG = [neg_google_services, neg_gservice_plist, neg_firebase_options, neg_export_options, neg_assetlinks,
               neg_podfile_lock, neg_pubspec_lock, neg_gradle_verif, neg_tauri_conf, neg_chrome_manifest,
               neg_unity_projsettings, neg_photon, neg_sops, neg_billing, neg_jwt_vector, neg_asc_fastfile,
               neg_public_pem, neg_codemagic_encrypted, neg_localized]


# ---------------------------------------------------------------- build one positive
def build_entries(r, A, target, ctxname, comp_keys, n_extra=None):
    E = []
    pool = []
    for ck in comp_keys:
        if ck in PUBLIC and r.random() < 0.75:
            pool.append(pub_entry(r, ck, ctxname))
    n_extra = r.randint(0, 2) if n_extra is None else n_extra
    fitting = [k for k, p in PUBLIC.items() if ctxname in p.ctxs]
    for _ in range(n_extra):
        if r.random() < 0.7 or not fitting:
            pool.append(rand_nonsecret(r, A))
        else:
            pool.append(pub_entry(r, r.choice(fitting), ctxname))
    seen = set()
    for K, v in pool:
        key = str(K)
        if key in seen or key == str(target[0]):
            continue
        seen.add(key)
        E.append((K, v))
    t = r.randint(0, len(E))
    E.insert(t, target)
    return E, t


def call_render(r, ctxname, A, E, t, S, cli=None):
    f = CTX[ctxname]["render"]
    if cli is not None:
        E = E[:t] + E[t + 1:]
        return f(r, A, E, -1, S, cli=cli)
    return f(r, A, E, t, S)


SUPPORTS_CLI = {"build.sh", "appcenter-post-build.sh", "github-actions.yml", "codemagic.yaml", "bitrise.yml",
                "Fastfile"}


USAGE = Counter()
NUSAGE = Counter()


def pick_ctx(r, ctxs, usage):
    w = [1.0 / (1 + usage[c]) ** 1.5 for c in ctxs]
    return r.choices(ctxs, weights=w)[0]


def make_positive(r, A, spec):
    for _ in range(50):
        ctxname = pick_ctx(r, spec.ctxs, USAGE)
        value = spec.gen(r)
        if not CTX[ctxname]["ok"](value):
            continue
        if spec.kind == "test_login_password":
            K, S = ["password"], None
        elif r.random() < 0.33:
            K, S = r.choice(spec.gnames), spec.disp
        else:
            K, S = r.choice(spec.names), (spec.disp if r.random() < 0.5 else None)
        if ctxname in ("keystore.properties", "build.gradle:signing", "build.gradle.kts:signing"):
            K = r.choice(["storePassword", "keyPassword"])
        elif isinstance(K, str) and ctxname not in ("keystore.properties",):
            K = [x.lower() for x in ("store_password" if K == "storePassword" else "key_password").split("_")]
        cli = None
        if spec.cli and ctxname in SUPPORTS_CLI and r.random() < 0.5:
            cli = r.choice(spec.cli).replace("{v}", value).replace("{u}", A["slug"])
        E, t = build_entries(r, A, (K, V(value)), ctxname, spec.comp)
        path, L, i = call_render(r, ctxname, A, E, t, S, cli)
        USAGE[ctxname] += 1
        return path, L, i, value, ctxname
    raise RuntimeError("no context for " + spec.kind)


def make_pem_positive(r, A, which):
    prov, kind = which
    if kind in ("app_store_connect_api_private_key", "apns_auth_key"):
        pem = PEM("PRIVATE KEY", ec_pkcs8(r))
        kid = rs(r, 10, UALNUM)
        opts = ["p8", "p8", "json", "fastfile", "gha", "codemagic"] if kind.startswith("app_store") else \
            ["p8", "p8", "swift", "dotenv"]
        c = r.choice(opts)
        if c == "p8":
            name = (f"fastlane/AuthKey_{kid}.p8" if kind.startswith("app_store") else
                    r.choice([f"server/certs/AuthKey_{kid}.p8", f"push/AuthKey_{kid}.p8"]))
            path, L, i = pem_file(r, A, pem, name)
            return path, L, i, pem.body[0], ".p8"
        if c == "json":
            path, L, i, nd = asc_json(r, A, pem, kid)
            return path, L, i, nd, "asc-api-key.json"
        if c == "fastfile":
            path, L, i, nd = pem_in_fastfile(r, A, pem, kid)
            return path, L, i, nd, "Fastfile"
        if c in ("gha", "codemagic"):
            path, L, i, nd = pem_heredoc(r, A, pem, kid, c == "gha")
            return path, L, i, nd, "github-actions.yml" if c == "gha" else "codemagic.yaml"
        if c == "swift":
            path, L, i, nd = pem_swift(r, A, pem, kid)
            return path, L, i, nd, "swift"
        path, L, i, nd = pem_dotenv(r, A, pem, kid)
        return path, L, i, nd, ".env"
    if kind == "oauth_client_secret_json":
        sec = "GOCSPX-" + rs(r, 28, B64U)
        cid = gclient_id(r)
        obj = {r.choice(["installed", "web"]): {"client_id": cid, "project_id": A["gproj"],
                                                 "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                                                 "token_uri": "https://oauth2.googleapis.com/token",
                                                 "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
                                                 "client_secret": "@@TARGET@@",
                                                 "redirect_uris": ["http://localhost"]}}
        L, i = json_render(obj, sec)
        return f"client_secret_{cid}.json" if r.random() < 0.5 else "resources/credentials.json", L, i, sec, "client_secret.json"
    pem = PEM("PRIVATE KEY", rsa_pkcs8(r))
    path, L, i, nd = sa_json(r, A, pem, "firebase" if prov == "firebase" else "play")
    return path, L, i, nd, "service-account.json"


# ---------------------------------------------------------------- build one negative
def make_negative(r, A, kind_choice):
    if kind_choice == "special":
        f = r.choice(SPECIAL_NEG)
        path, L, prov, kind = f(r, A)
        ft = {"neg_google_services": "google-services.json", "neg_gservice_plist": "GoogleService-Info.plist",
              "neg_firebase_options": "dart", "neg_export_options": "exportOptions.plist",
              "neg_assetlinks": "assetlinks.json", "neg_podfile_lock": "Podfile.lock",
              "neg_pubspec_lock": "pubspec.lock", "neg_gradle_verif": "verification-metadata.xml",
              "neg_tauri_conf": "tauri.conf.json", "neg_chrome_manifest": "extension-manifest.json",
              "neg_unity_projsettings": "unity.asset", "neg_photon": "unity.asset",
              "neg_sops": "sops", "neg_billing": "kotlin", "neg_jwt_vector": "kotlin",
              "neg_asc_fastfile": "Fastfile", "neg_public_pem": "csharp", "neg_codemagic_encrypted": "codemagic.yaml",
              "neg_localized": "swift"}[f.__name__]
        return path, L, prov, kind, ft
    if kind_choice == "public":
        key = r.choice(list(PUBLIC))
        p = PUBLIC[key]
        ctxname = pick_ctx(r, p.ctxs, NUSAGE)
        K, v = pub_entry(r, key, ctxname)
        if not CTX[ctxname]["ok"](v.text):
            return None
        if ctxname in ("keystore.properties", "build.gradle:signing", "build.gradle.kts:signing", "pubxml",
                       "csproj", "sentry.properties", "pubspec.yaml", ".netrc", "notarize.js", "electron-builder.yml"):
            return None
        S = r.choice([None, p.provider.title()])
        E, t = build_entries(r, A, (K, v), ctxname, [k for k, pp in PUBLIC.items() if pp.provider == p.provider])
        path, L, i = call_render(r, ctxname, A, E, t, S)
        NUSAGE[ctxname] += 1
        return path, L, p.provider, p.kind, ctxname
    # secret-slot negatives: env reference, placeholder, masked
    spec = r.choice([s for s in SECRETS if s.provider != "aws"])
    ctxname = pick_ctx(r, spec.ctxs, NUSAGE)
    if spec.kind == "test_login_password":
        K = ["e2e", "password"] if kind_choice == "env_reference" else ["password"]
    else:
        K = r.choice(spec.names + ([r.choice(spec.gnames)] if r.random() < 0.3 else []))
    if ctxname in ("keystore.properties", "build.gradle:signing", "build.gradle.kts:signing"):
        K = r.choice(["storePassword", "keyPassword"])
    elif isinstance(K, str):
        K = ["store", "password"]
    S = spec.disp if r.random() < 0.5 else None
    ref = CTX[ctxname]["ref"]
    if kind_choice == "env_reference":
        if ref is None:
            return None
        envname = UP(K) if _w(K) else K.upper()
        v = V(ref(envname), expr=True)
        nk = "env_reference"
    elif kind_choice == "placeholder":
        ph = placeholder(r, spec, K)
        if not CTX[ctxname]["ok"](ph):
            return None
        v = V(ph)
        nk = "placeholder"
    else:
        real = spec.gen(r)
        v = V(mask(r, real, spec.prefix))
        nk = "masked"
    cli = None
    if spec.cli and ctxname in SUPPORTS_CLI and r.random() < 0.4:
        if kind_choice == "env_reference" and ctxname in ("build.sh", "appcenter-post-build.sh", "codemagic.yaml",
                                                          "bitrise.yml", "github-actions.yml"):
            envname = UP(K) if _w(K) else K.upper()
            cli = r.choice(spec.cli).replace("{v}", f'"${envname}"').replace("{u}", A["slug"])
            # keep the entry as a declaration too
        elif kind_choice != "env_reference":
            cli = r.choice(spec.cli).replace("{v}", v.text).replace("{u}", A["slug"])
    E, t = build_entries(r, A, (K, v), ctxname, spec.comp)
    path, L, i = call_render(r, ctxname, A, E, t, S, cli)
    NUSAGE[ctxname] += 1
    return path, L, spec.provider, f"{nk}:{spec.kind}", ctxname


# ---------------------------------------------------------------- main
def main():
    if len(sys.argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0])
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    _REF_RNG[0] = r
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []
    written = {}

    # positives: round-robin over all kinds so every pair is covered
    kinds = [("spec", s) for s in SECRETS] + [("pem", p) for p in PEM_SPECS]
    plan = []
    while len(plan) < 500:
        block = kinds[:]
        r.shuffle(block)
        plan += block
    plan = plan[:500]
    for n, (typ, spec) in enumerate(plan, 1):
        for _ in range(20):
            A = mk_app(r)
            if typ == "spec":
                path, L, i, needle, ft = make_positive(r, A, spec)
                prov, kind = spec.provider, spec.kind
            else:
                path, L, i, needle, ft = make_pem_positive(r, A, spec)
                prov, kind = spec
            if 5 <= len(L) <= 80 and i is not None and needle in L[i]:
                break
        else:
            raise RuntimeError(f"failed positive {kind}")
        rel = f"pos/p{n:04d}/{path}"
        full = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        content = "\n".join(L) + "\n"
        with open(full, "w", encoding="utf-8") as fh:
            fh.write(content)
        written[rel] = content
        manifest.append({"file": rel, "label": "positive", "provider": prov, "kind": kind, "filetype": ft})
        secrets.append({"file": rel, "needle": needle, "line": i + 1})

    weights = [("public", 44), ("env_reference", 20), ("placeholder", 13), ("masked", 9), ("special", 14)]
    pop = [w for w, c in weights for _ in range(c)]
    for n in range(1, 501):
        for _ in range(200):
            A = mk_app(r)
            res = make_negative(r, A, r.choice(pop))
            if res is None:
                continue
            path, L, prov, kind, ft = res
            if 5 <= len(L) <= 80:
                break
        else:
            raise RuntimeError("failed negative")
        rel = f"neg/n{n:04d}/{path}"
        full = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        content = "\n".join(L) + "\n"
        with open(full, "w", encoding="utf-8") as fh:
            fh.write(content)
        written[rel] = content
        manifest.append({"file": rel, "label": "negative", "provider": prov, "kind": kind, "filetype": ft})

    with open(os.path.join(outdir, "manifest.jsonl"), "w") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")

    # ---- self-check
    errors = 0
    for s in secrets:
        lines = written[s["file"]].split("\n")
        if s["needle"] not in lines[s["line"] - 1]:
            print("NEEDLE NOT ON LINE:", s["file"], s["line"])
            errors += 1
        if written[s["file"]].count(s["needle"]) != 1:
            print("NEEDLE COUNT != 1:", s["file"])
            errors += 1
    needles = [s["needle"] for s in secrets]
    for rel, content in written.items():
        if rel.startswith("neg/"):
            for nd in needles:
                if nd in content:
                    print("NEGATIVE CONTAINS NEEDLE:", rel)
                    errors += 1
    pos = [m for m in manifest if m["label"] == "positive"]
    neg = [m for m in manifest if m["label"] == "negative"]
    print(f"positives={len(pos)} negatives={len(neg)} errors={errors}")
    pairs = Counter((m["provider"], m["kind"]) for m in pos)
    print(f"positive provider/kind pairs: {len(pairs)}; providers: {len(Counter(m['provider'] for m in pos))}")
    for (p, k), c in sorted(pairs.items()):
        print(f"  {p:20s} {k:36s} {c}")
    print("positive filetypes:", dict(Counter(m["filetype"] for m in pos).most_common()))
    print("negative kinds:", dict(Counter(m["kind"].split(":")[0] for m in neg).most_common()))
    print("negative providers:", dict(Counter(m["provider"] for m in neg).most_common()))
    print("negative filetypes:", dict(Counter(m["filetype"] for m in neg).most_common()))
    print("all filetypes:", len(Counter(m["filetype"] for m in manifest)))
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
