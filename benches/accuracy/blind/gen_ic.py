#!/usr/bin/env python3
"""Blind evaluation-set generator `gen_ic.py`: the Apple developer ecosystem as
projects and CI pipelines commit it.

EMPHASIS
    Domain: credentials of the Apple developer ecosystem as they end up in
    repositories of iOS / macOS apps and their backends and CI.
    Providers (manifest "provider"): app-store-connect (API keys, AuthKey_*.p8
    PKCS#8 EC P-256 keys, key ids, issuer ids), apns (token .p8 keys and legacy
    certificate passphrases), sign-in-with-apple (client-secret JWTs and the .p8
    that signs them), weatherkit / mapkit / musickit (private keys vs. public
    tokens), fastlane (FASTLANE_PASSWORD, FASTLANE_SESSION, MATCH_PASSWORD,
    app_store_connect_api_key(key_content: ...), api_key.json), apple-id
    (app-specific passwords for altool / notarytool / Transporter / electron
    notarize / gon / Tauri), app-store-receipts (32-hex shared secrets),
    app-store-server-api, cloudkit (server-to-server SEC1 EC keys), code-signing
    (.p12 passwords, keychain passwords, Expo credentials.json).
    File types: Ruby (Fastfile, Appfile, Matchfile, initializers), Swift,
    Objective-C, Python, JavaScript/TypeScript, Go, Java/Kotlin, PHP, shell (CI
    scripts, Xcode Cloud ci_scripts), YAML (GitHub Actions, GitLab CI, Codemagic,
    Bitrise, Kubernetes, docker-compose, app config), JSON (api_key.json, Expo,
    gon, package.json, fixtures), plist / xcconfig / entitlements / pbxproj,
    TOML, Terraform, Makefile, Jenkinsfile, SQL, CSV, Markdown, logs, PEM/.p8.

USAGE
    python3 -B gen_ic.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (p0000..p0499), OUTDIR/neg/nNNNN/<relpath>
    (n0000..n0499), OUTDIR/manifest.jsonl (one line per file) and
    OUTDIR/secrets.jsonl (one line per positive).  Standard library only; all
    randomness comes from one random.Random(SEED), so a seed reproduces the set
    byte for byte.  EC keys are real P-256 keys computed in pure Python (the
    public point matches the private scalar); JWTs are really ES256-signed.

NEEDLE CONVENTIONS
    * Every needle is a single-line substring of the file; "line" is the 1-based
      line of its first occurrence (asserted after writing).
    * Multi-line PEM keys (.p8 files, YAML block scalars, heredocs, triple-quoted
      strings): the needle is the FIRST base64 body line of the key (the line
      after -----BEGIN ...-----, 64 characters), not the BEGIN marker.
    * Inline PEM keys written with literal "\\n" escapes (JSON, Ruby/Python/JS
      strings, env values): the needle is the first 64 base64 characters of the
      key body (the chunk right after "-----BEGIN PRIVATE KEY-----\\n").
    * PEM that is base64-encoded as a whole (is_key_content_base64, Kubernetes
      Secret data, Bitrise env): the needle is the whole base64 string.
    * JWT client secrets (Sign in with Apple): the whole compact JWT.
    * FASTLANE_SESSION: the value of the myacinfo cookie inside the serialized
      cookie jar (the rest of the YAML is not secret).
    * Passwords (app-specific, Apple ID, MATCH_PASSWORD, .p12, keychain, APNs
      certificate passphrase) and 32-hex shared secrets: the bare value without
      quotes, whether given as a variable, flag value (-p/--password/-P), a
      positional or constructor argument, a dictionary entry or a plist string.

NEGATIVES
    500 files without any credential.  250 re-use the positive templates with
    the secret slot holding: environment / secret-manager references
    (ENV["..."], ${{ secrets.X }}, os.environ[...], process.env.X, $VAR,
    @keychain:/@env: altool references, op:// and vault paths, Codemagic
    Encrypted(...) values), template expressions, placeholders (<...>,
    YOUR_..._HERE, xxxx-xxxx-xxxx-xxxx, changeme), masked values (****,
    [REDACTED]), empty values, documented examples (fastlane docs' key ids and
    issuer ids, truncated example keys), and public material in the key slot
    (a PUBLIC KEY PEM instead of the private key).  250 are look-alikes: ExportOptions.plist,
    Appfile/Matchfile without secrets, pbxproj ids, Podfile.lock / Package.resolved
    / Gemfile.lock checksums, decoded provisioning profiles (public certificate
    data), apple-app-site-association, entitlements, codesign / find-identity /
    notarytool / altool output with SHA-1, CDHash and UUIDs, App Store Server
    Notification JWS fixtures (x5c), MapKit JS tokens in HTML, Sparkle EdDSA
    signatures and public keys, Apple JWKS, match-encrypted blobs
    (U2FsdGVkX1...), crash logs, device tokens, StoreKit configuration files,
    receipts fixtures, public keys and certificates.  No negative is written to a
    .env / .env.local / .env.production ... file (.env.example / .env.sample are
    used instead); positives use .env-style names in at most 1 file in 20.

FORMATS CHECKED (search tool, docs/pages/code corpora)
    * fastlane docs (app_store_connect_api_key): key_id, issuer_id (UUID),
      key_filepath, key_content (PEM with \\n escapes), is_key_content_base64,
      duration, in_house; env APP_STORE_CONNECT_API_KEY_KEY_ID / _ISSUER_ID /
      _KEY; api_key.json fields key_id / issuer_id / key / duration / in_house.
      Its examples (key id D83848D23, issuer 227b0bbf-ada8-458c-9d62-3d8022b7d07f)
      are used only in negatives.
    * App Store Connect keys: .p8 PKCS#8 file, downloadable once; key id 10
      characters; issuer id UUID; JWT ES256 with kid, iss, aud
      "appstoreconnect-v1", 20-minute lifetime.  Example key id 2X9R4HXF34 and
      issuer 57246542-96fe-1a63-e053-0824d011072a (library docs) -> negatives.
    * Shared secret: App Store Connect Help says "a 32-character hexadecimal
      string"; verifyReceipt takes it as "password" with receipt-data and
      exclude-old-transactions.
    * APNs token auth: 10-character key id (kid), 10-character Team ID (iss),
      ES256, .p8 signing key.  node-apn style token {key, keyId, teamId}.
    * Sign in with Apple client secret: JWT ES256, header kid, claims iss (team
      id), iat, exp (at most 6 months), aud https://appleid.apple.com, sub
      (services id / client_id).
    * MapKit JS: JWT tokens handed to mapkit.init authorizationCallback or
      data-token (public, short-lived, origin-restricted) -> negatives;
      WeatherKit uses sub = service id and the same .p8 style key.
    * CloudKit server-to-server: `openssl ecparam -name prime256v1 -genkey
      -noout -out eckey.pem` (SEC1 "EC PRIVATE KEY"), key ID shown in the
      dashboard, public key pasted via `openssl ec -pubout`.
    * FASTLANE_SESSION: produced by `fastlane spaceauth -u user`, a YAML dump
      of HTTP::Cookie objects ('---\\n- !ruby/object:HTTP::Cookie\\n  name:
      myacinfo\\n  value: DAWTKNV2...' with long hex) stored as one env value.
    * match: MATCH_PASSWORD passphrase encrypts the certificates repo
      (OpenSSL, Salted__ -> base64 "U2FsdGVkX1").
    * App-specific passwords are generated at appleid.apple.com for tools such
      as notarytool; `security add-generic-password` / `@keychain:` references.
    * DER layouts (Apple .p8 = 150-byte PKCS#8 with embedded SEC1 key and
      public point, base64 lines 64/64/64/8; SEC1 121 bytes; SPKI 91 bytes) are
      from the PKCS#8 / SEC1 / RFC 5480 structures, computed here.

DOUBTS
    * The app-specific password shape (16 lowercase letters as
      xxxx-xxxx-xxxx-xxxx) is from common knowledge and tool docs that show the
      placeholder; the search did not show an Apple page stating it explicitly.
    * The myacinfo cookie value layout (DAWTKNV2 / DES prefix + long hex +
      SRVX-like suffix) is inferred from public spaceauth outputs, not from an
      Apple specification; it is undocumented and changes over time.
    * Codemagic "Encrypted(...)" values (used as negatives) follow older
      Codemagic docs from memory; not re-checked.
    * Whether a committed App Store Connect / MapKit JWT is a "credential" is a
      judgment call: MapKit JS tokens are treated as public (negatives), Sign in
      with Apple client-secret JWTs as secrets (positives); short-lived App Store
      Connect bearer tokens are not used at all.
    * Legacy certificate passwords, Apple ID passwords, MATCH_PASSWORD and
      keychain passwords have no documented format; they are generated as
      human-chosen or tool-generated strong passwords.
    * The Sparkle, gorush, rpush, Expo credentials.json, gon and Tauri config
      shapes are written from memory of their docs, not re-checked here.
"""
import base64
import hashlib
import json
import os
import sys
import random

# ---------------------------------------------------------------- P-256 math
_P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
_A = _P - 3
_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
_GX = 0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296
_GY = 0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5


def _jdbl(P):
    X, Y, Z = P
    if Y == 0 or Z == 0:
        return (0, 1, 0)
    YY = Y * Y % _P
    S = 4 * X * YY % _P
    ZZ = Z * Z % _P
    M = 3 * (X - ZZ) * (X + ZZ) % _P
    X3 = (M * M - 2 * S) % _P
    Y3 = (M * (S - X3) - 8 * YY * YY) % _P
    Z3 = 2 * Y * Z % _P
    return (X3, Y3, Z3)


def _jadd(P, Q):
    if P[2] == 0:
        return Q
    if Q[2] == 0:
        return P
    X1, Y1, Z1 = P
    X2, Y2, Z2 = Q
    Z1Z1 = Z1 * Z1 % _P
    Z2Z2 = Z2 * Z2 % _P
    U1 = X1 * Z2Z2 % _P
    U2 = X2 * Z1Z1 % _P
    S1 = Y1 * Z2 * Z2Z2 % _P
    S2 = Y2 * Z1 * Z1Z1 % _P
    if U1 == U2:
        if S1 != S2:
            return (0, 1, 0)
        return _jdbl(P)
    H = (U2 - U1) % _P
    R = (S2 - S1) % _P
    HH = H * H % _P
    HHH = H * HH % _P
    V = U1 * HH % _P
    X3 = (R * R - HHH - 2 * V) % _P
    Y3 = (R * (V - X3) - S1 * HHH) % _P
    Z3 = H * Z1 * Z2 % _P
    return (X3, Y3, Z3)


def _mul(k):
    R = (0, 1, 0)
    Q = (_GX, _GY, 1)
    while k:
        if k & 1:
            R = _jadd(R, Q)
        Q = _jdbl(Q)
        k >>= 1
    X, Y, Z = R
    zi = pow(Z, -1, _P)
    zi2 = zi * zi % _P
    return (X * zi2 % _P, Y * zi2 * zi % _P)


def _i2b(x, n=32):
    return x.to_bytes(n, "big")


_OID_ECPUB = bytes.fromhex("06072a8648ce3d0201")
_OID_P256 = bytes.fromhex("06082a8648ce3d030107")


def _sec1_der(d, X, Y):
    body = (bytes.fromhex("020101") + b"\x04\x20" + _i2b(d) + b"\xa0\x0a" + _OID_P256
            + b"\xa1\x44\x03\x42\x00\x04" + _i2b(X) + _i2b(Y))
    return b"\x30" + bytes([len(body)]) + body


def _pkcs8_der(d, X, Y):
    inner = _sec1_der(d, X, Y)
    alg = b"\x30\x13" + _OID_ECPUB + _OID_P256
    body = b"\x02\x01\x00" + alg + b"\x04" + bytes([len(inner)]) + inner
    return b"\x30\x81" + bytes([len(body)]) + body


def _spki_der(X, Y):
    alg = b"\x30\x13" + _OID_ECPUB + _OID_P256
    bits = b"\x03\x42\x00\x04" + _i2b(X) + _i2b(Y)
    body = alg + bits
    return b"\x30" + bytes([len(body)]) + body


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def chunks(s, n=64):
    return [s[i:i + n] for i in range(0, len(s), n)]


class ECKey:
    def __init__(self, r):
        self.d = r.randrange(1, _N)
        self.X, self.Y = _mul(self.d)
        self.r = r

    def p8(self):
        return b64(_pkcs8_der(self.d, self.X, self.Y))

    def sec1(self):
        return b64(_sec1_der(self.d, self.X, self.Y))

    def spki(self):
        return b64(_spki_der(self.X, self.Y))

    def sign(self, msg):
        z = int.from_bytes(hashlib.sha256(msg).digest(), "big")
        while True:
            k = self.r.randrange(1, _N)
            x, _ = _mul(k)
            rr = x % _N
            if rr == 0:
                continue
            s = pow(k, -1, _N) * (z + rr * self.d) % _N
            if s:
                return _i2b(rr) + _i2b(s)


def pem_lines(label, b64body):
    return ["-----BEGIN %s-----" % label] + chunks(b64body) + ["-----END %s-----" % label]


def jwt_es256(key, header, payload):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = key.sign((h + "." + p).encode())
    return h + "." + p + "." + b64u(sig)


def T(s, **kw):
    """Fill «name» slots of a template text."""
    for k, v in kw.items():
        s = s.replace("\u00ab" + k + "\u00bb", v)
    assert "\u00ab" not in s, s[s.index("\u00ab"):s.index("\u00ab") + 40]
    return s


def indent(lines, n):
    return "\n".join(" " * n + l for l in lines)


# ---------------------------------------------------------------- context
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
UPD = UP + "0123456789"
LOW = "abcdefghijklmnopqrstuvwxyz"
HEX = "0123456789abcdef"
ALNUM = UP + LOW + "0123456789"

APPS = ["Pebble", "Lumen", "Tidepool", "Waypoint", "Harbor", "Fernway", "Quill", "Marlin",
        "Orbit", "Juniper", "Cobalt", "Sparrow", "Atlas", "Nimbus", "Kettle", "Brightside",
        "Trailhead", "Moss", "Canvas", "Ledger", "Pocketbook", "Drift", "Beacon", "Kiln"]
ORGS = ["acme", "northwind", "bluefin", "hollow", "tinybird", "glasshouse", "redpine",
        "ottersoft", "lakeside", "kitestring", "ironmoth", "papercut", "sunday", "fieldnote"]
FIRST = ["anna", "ben", "chloe", "dmitri", "elena", "farid", "grace", "hiro", "ines", "jonas",
         "kira", "liam", "maya", "nils", "olivia", "pablo", "quinn", "rosa", "sven", "tara"]
WORDS = ["amber", "basalt", "cedar", "delta", "ember", "falcon", "garnet", "harbor", "indigo",
         "juniper", "kelp", "lumen", "meadow", "nectar", "onyx", "pepper", "quartz", "raven",
         "saffron", "tundra", "umber", "velvet", "walnut", "yonder", "zephyr", "copper",
         "lantern", "thistle", "marble", "orchid", "pylon", "rocket"]


class G:
    def __init__(self, r):
        self.r = r
        self.reset()

    def reset(self):
        r = self.r
        self.app = r.choice(APPS)
        self.org = r.choice(ORGS)
        self.tld = r.choice(["com", "io", "app", "co", "dev"])
        self.bundle = "%s.%s.%s" % (self.tld, self.org, self.app.lower())
        self.team = self.s(UPD, 10)
        self.keyid = self.s(UPD, 10)
        self.issuer = self.uuid()
        self.person = r.choice(FIRST)
        self.email = "%s@%s.%s" % (self.person, self.org, r.choice(["com", "io", "co"]))
        self.ci_email = r.choice(["ios-ci", "release-bot", "build", "appstore", "mobile-ci"]) + "@" + self.org + ".com"
        self.itc_team = str(r.randrange(100000, 130000000))
        self.app_id = str(r.randrange(1000000000, 6999999999))
        self.version = "%d.%d.%d" % (r.randrange(1, 7), r.randrange(0, 20), r.randrange(0, 10))
        self.build = str(r.randrange(10, 9000))
        self.scheme = self.app
        self.proj = self.app

    # ---------------------------------------------- primitive random strings
    def s(self, alpha, n):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def hexs(self, n):
        return self.s(HEX, n)

    def uuid(self, upper=False):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
        return u.upper() if upper else u

    def pick(self, *xs):
        return self.r.choice(xs)

    def chance(self, p):
        return self.r.random() < p

    def ts(self):
        return 1700000000 + self.r.randrange(0, 60000000)

    def date(self):
        return "20%02d-%02d-%02d" % (self.r.randrange(22, 26), self.r.randrange(1, 13), self.r.randrange(1, 29))

    def clock(self):
        return "%02d:%02d:%02d" % (self.r.randrange(0, 24), self.r.randrange(0, 60), self.r.randrange(0, 60))

    def b64rand(self, nbytes):
        return b64(bytes(self.r.randrange(256) for _ in range(nbytes)))

    # ---------------------------------------------- secret values
    def asp(self):
        return "-".join(self.s(LOW, 4) for _ in range(4))

    def shared(self):
        return self.hexs(32)

    def password(self):
        r = self.r
        style = r.randrange(5)
        if style == 0:
            return self.s(ALNUM, r.randrange(14, 25))
        if style == 1:
            return self.s(ALNUM + "!%*+-=?@^_~", r.randrange(14, 22))
        if style == 2:
            w = [r.choice(WORDS).capitalize() for _ in range(3)]
            return "-".join(w) + "-" + str(r.randrange(10, 9999)) + r.choice("!*%@")
        if style == 3:
            return self.b64rand(r.choice([18, 24])).replace("/", "_").replace("+", "-")
        return self.s(ALNUM, 6) + r.choice("!*%@.") + self.s(ALNUM, 6) + str(r.randrange(10, 99))

    def session(self):
        """FASTLANE_SESSION value (one line with literal \\n), needle = myacinfo value."""
        r = self.r
        val = r.choice(["DAWTKNV2", "DAWTKNV323", "DES"]) + self.hexs(r.choice([256, 320, 384, 448])) + r.choice(["SRVX", "SRVT", "SRVR"])
        y = r.randrange(2024, 2027)
        lines = ["---", "- !ruby/object:HTTP::Cookie", "  name: myacinfo", "  value: " + val,
                 "  domain: apple.com", "  for_domain: true", '  path: "/"', "  secure: true",
                 "  httponly: true", "  expires: ", "  max_age: ",
                 "  created_at: %d-%02d-%02d %s.%06d000 +00:00" % (y, r.randrange(1, 13), r.randrange(1, 28), self.clock(), r.randrange(10 ** 6)),
                 "  accessed_at: %d-%02d-%02d %s.%06d000 +00:00" % (y, r.randrange(1, 13), r.randrange(1, 28), self.clock(), r.randrange(10 ** 6)),
                 "- !ruby/object:HTTP::Cookie", "  name: dqsid", "  value: " + b64u(bytes(r.randrange(256) for _ in range(24))) + "." + str(r.randrange(10 ** 9)),
                 "  domain: appstoreconnect.apple.com", "  for_domain: false", '  path: "/"', "  secure: true", "  httponly: true",
                 "  expires: ", "  max_age: 1800"]
        return "\\n".join(lines) + "\\n", val

    def siwa_jwt(self, client=None):
        k = ECKey(self.r)
        iat = self.ts()
        return jwt_es256(k, {"alg": "ES256", "kid": self.keyid},
                         {"iss": self.team, "iat": iat, "exp": iat + 86400 * self.r.choice([90, 150, 179, 180]),
                          "aud": "https://appleid.apple.com", "sub": client or ("%s.signin" % self.bundle)})

    def mapkit_token(self):
        k = ECKey(self.r)
        iat = self.ts()
        pl = {"iss": self.team, "iat": iat, "exp": iat + self.r.choice([1800, 3600, 86400 * 30])}
        if self.chance(0.7):
            pl["origin"] = "https://%s.%s.%s" % (self.pick("www", "maps", "app"), self.org, self.pick("com", "io"))
        return jwt_es256(k, {"alg": "ES256", "kid": self.keyid, "typ": "JWT"}, pl)

    # ---------------------------------------------- slots
    def key(self, cls="p8"):
        k = ECKey(self.r)
        if cls == "sec1":
            return "EC PRIVATE KEY", k.sec1(), k
        return "PRIVATE KEY", k.p8(), k

    def block(self, pos, cls="p8"):
        """Multi-line PEM.  Returns (lines, needle, kind)."""
        if pos:
            label, body, _ = self.key(cls)
            ls = pem_lines(label, body)
            return ls, ls[1], ("ec-private-key-sec1" if cls == "sec1" else "ec-private-key-pkcs8")
        label = "EC PRIVATE KEY" if cls == "sec1" else "PRIVATE KEY"
        c = self.r.randrange(6)
        if c == 0:
            return pem_lines("PUBLIC KEY", ECKey(self.r).spki()), None, "public-key"
        if c == 1:
            return ["-----BEGIN %s-----" % label, "<paste the contents of AuthKey_%s.p8 here>" % self.pick("XXXXXXXXXX", "KEYID", "<KEY_ID>"), "-----END %s-----" % label], None, "placeholder"
        if c == 2:
            return ["-----BEGIN %s-----" % label, "...", "-----END %s-----" % label], None, "placeholder"
        if c == 3:
            return ["-----BEGIN %s-----" % label, "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHknlhdlYdLu", "-----END %s-----" % label], None, "documented-example"
        if c == 4:
            return ["-----BEGIN %s-----" % label, "[REDACTED]", "-----END %s-----" % label], None, "masked"
        return ["-----BEGIN %s-----" % label, "YOUR_PRIVATE_KEY_CONTENT", "-----END %s-----" % label], None, "placeholder"

    NEGV = {
        "p8": ["-----BEGIN PRIVATE KEY-----\\nYOUR_PRIVATE_KEY\\n-----END PRIVATE KEY-----",
               "-----BEGIN EC PRIVATE KEY-----\\nfewfawefawfe\\n-----END EC PRIVATE KEY-----",
               "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----",
               "<contents of AuthKey_XXXXXXXXXX.p8>", "PASTE_P8_KEY_HERE", "<your-private-key>"],
        "sec1": ["-----BEGIN EC PRIVATE KEY-----\\n<your key>\\n-----END EC PRIVATE KEY-----",
                 "<contents of eckey.pem>", "REPLACE_WITH_EC_KEY"],
        "asp": ["xxxx-xxxx-xxxx-xxxx", "<app-specific-password>", "YOUR_APP_SPECIFIC_PASSWORD",
                "abcd-efgh-ijkl-mnop", "@keychain:AC_PASSWORD", "@env:AC_PASSWORD", "@keychain:altool"],
        "shared": ["YOUR_SHARED_SECRET", "<app-shared-secret>", "00000000000000000000000000000000",
                   "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "10e87024b8b34e699156d1d89bdd6bf0", "SHARED_SECRET_HERE"],
        "pw": ["changeme", "<password>", "YOUR_PASSWORD", "CHANGE_ME", "<p12 password>", "your-password-here", "TODO"],
        "session": ["<output of fastlane spaceauth>", "PASTE_SESSION_HERE", "<FASTLANE_SESSION>"],
        "jwt": ["<generated client secret>", "YOUR_CLIENT_SECRET_JWT", "<client_secret.jwt>", "eyJ...", "GENERATED_BY_SCRIPT"],
        "b64": ["<base64 of AuthKey.p8>", "BASE64_ENCODED_P8", "REPLACE_ME"],
    }
    MASKS = ["********", "[REDACTED]", "***", "<redacted>", "****************", "[FILTERED]"]

    def val(self, cls, pos, refs=(), q='"', esc="\\n"):
        """Single-line slot.  Returns (expr, needle, kind).

        cls: p8 | sec1 | p8b64 | asp | shared | pw | session | jwt
        refs: language-specific non-secret expressions (unquoted) for negatives.
        """
        if pos:
            if cls in ("p8", "sec1"):
                label, body, _ = self.key(cls)
                ch = chunks(body)
                s = "-----BEGIN %s-----%s%s%s-----END %s-----" % (label, esc, esc.join(ch), esc, label)
                return q + s + q, ch[0], ("ec-private-key-sec1-inline" if cls == "sec1" else "ec-private-key-pkcs8-inline")
            if cls == "p8b64":
                label, body, _ = self.key("p8")
                s = b64(("\n".join(pem_lines(label, body)) + "\n").encode())
                return q + s + q, s, "ec-private-key-pkcs8-base64"
            if cls == "asp":
                s = self.asp()
                return q + s + q, s, "app-specific-password"
            if cls == "shared":
                s = self.shared()
                return q + s + q, s, "shared-secret"
            if cls == "pw":
                s = self.password()
                return q + s + q, s, "password"
            if cls == "session":
                s, needle = self.session()
                return q + s + q, needle, "session-cookie"
            if cls == "jwt":
                s = self.siwa_jwt()
                return q + s + q, s, "client-secret-jwt"
            raise ValueError(cls)
        opts = []
        if refs:
            opts += ["ref"] * 4
        opts += ["placeholder"] * 3 + ["masked", "empty"]
        if cls in ("p8", "sec1"):
            opts += ["public"]
        c = self.r.choice(opts)
        if c == "ref":
            return self.r.choice(list(refs)), None, "reference"
        if c == "masked":
            return q + self.r.choice(self.MASKS) + q, None, "masked"
        if c == "empty":
            return q + q, None, "empty"
        if c == "public":
            if cls == "jwt":
                return q + self.mapkit_token() + q, None, "public-token"
            ch = chunks(ECKey(self.r).spki())
            return q + "-----BEGIN PUBLIC KEY-----" + esc + esc.join(ch) + esc + "-----END PUBLIC KEY-----" + q, None, "public-key"
        key = {"p8b64": "b64"}.get(cls, cls)
        v = self.r.choice(self.NEGV[key])
        kind = "documented-example" if v in ("abcd-efgh-ijkl-mnop", "10e87024b8b34e699156d1d89bdd6bf0",
                                              "-----BEGIN EC PRIVATE KEY-----\\nfewfawefawfe\\n-----END EC PRIVATE KEY-----") else "placeholder"
        if v.startswith("@"):
            kind = "reference"
        if esc != "\\n":
            v = v.replace("\\n", esc)
        return q + v + q, None, kind


def gh(name):
    return "${{ secrets." + name + " }}"


def ghv(name):
    return "${{ vars." + name + " }}"


# ================================================================ templates
POS_TEMPLATES = []   # (name, provider, weight, fn, envfile)
LOOK_TEMPLATES = []  # (name, provider, weight, fn)


def tpl(provider, weight=1.0, envfile=False):
    def deco(fn):
        POS_TEMPLATES.append((fn.__name__, provider, weight, fn, envfile))
        return fn
    return deco


def look(provider, weight=1.0):
    def deco(fn):
        LOOK_TEMPLATES.append((fn.__name__, provider, weight, fn))
        return fn
    return deco


RUBY_HDR = ["# This file contains the fastlane.tools configuration",
            "# You can find the documentation at https://docs.fastlane.tools",
            "#",
            "# For a list of all available actions, check out",
            "#",
            "#     https://docs.fastlane.tools/actions",
            "#"]


# ---------------------------------------------------------------- App Store Connect
@tpl("app-store-connect", 1.4)
def p_fastfile_key_content(g, pos):
    expr, needle, kind = g.val("p8", pos, refs=['ENV["APP_STORE_CONNECT_API_KEY_KEY"]', 'ENV.fetch("ASC_KEY_CONTENT")',
                                                'File.read(ENV["ASC_KEY_PATH"])'])
    txt = T(r'''«hdr»

default_platform(:ios)

platform :ios do
  before_all do
    setup_ci if ENV["CI"]
  end

  desc "Load the App Store Connect API key"
  private_lane :asc_key do
    app_store_connect_api_key(
      key_id: "«kid»",
      issuer_id: "«iss»",
      key_content: «slot»,
      duration: 1200,
      in_house: false
    )
  end

  desc "Push a new beta build to TestFlight"
  lane :beta do
    asc_key
    increment_build_number(xcodeproj: "«proj».xcodeproj")
    match(type: "appstore", readonly: true)
    build_app(scheme: "«scheme»", export_method: "app-store")
    upload_to_testflight(skip_waiting_for_build_processing: true)
    slack(message: "«app» #{get_version_number} is on TestFlight") if ENV["SLACK_URL"]
  end
end
''', hdr="\n".join(RUBY_HDR), kid=g.keyid, iss=g.issuer, slot=expr, proj=g.proj, scheme=g.scheme, app=g.app)
    return g.pick("fastlane/Fastfile", "ios/fastlane/Fastfile"), txt, needle, kind


@tpl("app-store-connect", 1.2)
def p_api_key_json(g, pos):
    expr, needle, kind = g.val("p8", pos)
    dur = g.pick("1200", "500", "900")
    txt = '{\n  "key_id": "%s",\n  "issuer_id": "%s",\n  "key": %s,\n  "duration": %s,\n  "in_house": false\n}\n' % (g.keyid, g.issuer, expr, dur)
    return g.pick("fastlane/api_key.json", "ios/fastlane/%s.json" % g.keyid, "ci/asc_api_key.json"), txt, needle, kind


@tpl("app-store-connect", 1.4)
def p_authkey_p8_file(g, pos):
    ls, needle, kind = g.block(pos)
    return g.pick("fastlane/AuthKey_%s.p8" % g.keyid, "keys/AuthKey_%s.p8" % g.keyid, "ios/private_keys/AuthKey_%s.p8" % g.keyid), "\n".join(ls) + "\n", needle, kind


@tpl("app-store-connect", 1.2)
def p_gha_asc_env(g, pos):
    expr, needle, kind = g.val("p8", pos, q="'", refs=[gh("APP_STORE_CONNECT_API_KEY_KEY"), gh("ASC_PRIVATE_KEY")])
    txt = T(r'''name: TestFlight

on:
  push:
    branches: [ main ]
  workflow_dispatch:

concurrency:
  group: testflight-${{ github.ref }}
  cancel-in-progress: true

jobs:
  deploy:
    runs-on: macos-14
    timeout-minutes: 60
    env:
      APP_STORE_CONNECT_API_KEY_KEY_ID: «kid»
      APP_STORE_CONNECT_API_KEY_ISSUER_ID: «iss»
      APP_STORE_CONNECT_API_KEY_KEY: «slot»
      MATCH_PASSWORD: ${{ secrets.MATCH_PASSWORD }}
      MATCH_GIT_BASIC_AUTHORIZATION: ${{ secrets.MATCH_GIT_BASIC_AUTHORIZATION }}
    steps:
      - uses: actions/checkout@v4
      - uses: maxim-lobanov/setup-xcode@v1
        with:
          xcode-version: '15.4'
      - uses: ruby/setup-ruby@v1
        with:
          ruby-version: '3.2'
          bundler-cache: true
      - name: Build and upload
        run: bundle exec fastlane ios beta
''', kid=g.keyid, iss=g.issuer, slot=expr)
    return g.pick(".github/workflows/testflight.yml", ".github/workflows/ios-release.yml", ".github/workflows/deploy.yml"), txt, needle, kind


@tpl("app-store-connect", 1.2)
def p_codemagic_block(g, pos):
    if pos or g.chance(0.5):
        ls, needle, kind = g.block(pos)
        keyval = "|\n" + indent(ls, 10)
    else:
        keyval = g.pick("Encrypted(Z0FBQUFBQm" + g.b64rand(96).replace("/", "_").replace("+", "-") + ")", "$ASC_PRIVATE_KEY")
        needle, kind = None, "reference"
    txt = T(r'''workflows:
  ios-release:
    name: iOS release
    max_build_duration: 90
    instance_type: mac_mini_m2
    integrations:
      app_store_connect: «intg»
    environment:
      ios_signing:
        distribution_type: app_store
        bundle_identifier: «bundle»
      vars:
        APP_STORE_APPLE_ID: «appid»
        APP_STORE_CONNECT_KEY_IDENTIFIER: «kid»
        APP_STORE_CONNECT_ISSUER_ID: «iss»
        APP_STORE_CONNECT_PRIVATE_KEY: «keyval»
      xcode: latest
      cocoapods: default
    scripts:
      - name: Install pods
        script: cd ios && pod install
      - name: Set up code signing
        script: xcode-project use-profiles
      - name: Build ipa
        script: |
          xcode-project build-ipa \
            --workspace "ios/«proj».xcworkspace" \
            --scheme "«scheme»"
    artifacts:
      - build/ios/ipa/*.ipa
    publishing:
      app_store_connect:
        auth: integration
        submit_to_testflight: true
''', intg=g.pick("codemagic", g.org + "-asc"), bundle=g.bundle, appid=g.app_id, kid=g.keyid, iss=g.issuer,
           keyval=keyval, proj=g.proj, scheme=g.scheme)
    return "codemagic.yaml", txt, needle, kind


@tpl("app-store-connect", 1.0)
def p_bitrise_b64(g, pos):
    expr, needle, kind = g.val("p8b64", pos, refs=["$ASC_KEY_B64"])
    txt = T(r'''---
format_version: '13'
default_step_lib_source: https://github.com/bitrise-io/bitrise-steplib.git
project_type: ios
app:
  envs:
  - BITRISE_PROJECT_PATH: «proj».xcworkspace
  - BITRISE_SCHEME: «scheme»
  - BITRISE_DISTRIBUTION_METHOD: app-store
  - ASC_KEY_ID: «kid»
  - ASC_ISSUER_ID: «iss»
  - ASC_KEY_B64: «slot»
    opts:
      is_expand: false
workflows:
  deploy:
    steps:
    - git-clone@8: {}
    - cocoapods-install@2: {}
    - script@1:
        title: Decode API key
        inputs:
        - content: |-
            set -euo pipefail
            echo "$ASC_KEY_B64" | base64 --decode > "$BITRISE_SOURCE_DIR/AuthKey_${ASC_KEY_ID}.p8"
    - xcode-archive@5:
        inputs:
        - distribution_method: $BITRISE_DISTRIBUTION_METHOD
        - automatic_code_signing: api-key
    - deploy-to-itunesconnect-application-loader@1:
        inputs:
        - connection: api_key
''', proj=g.proj, scheme=g.scheme, kid=g.keyid, iss=g.issuer, slot=expr)
    return "bitrise.yml", txt, needle, kind


@tpl("app-store-connect", 1.2)
def p_python_asc_client(g, pos):
    if pos or g.chance(0.6):
        ls, needle, kind = g.block(pos)
        keydef = g.pick("_SIGNING_PEM", "ASC_PRIVATE_KEY", "PRIVATE_KEY", "_p8") + ' = """' + "\n".join(ls) + '\n"""'
    else:
        needle, kind = None, "reference"
        keydef = g.pick("ASC_PRIVATE_KEY = os.environ[\"ASC_PRIVATE_KEY\"]",
                        "ASC_PRIVATE_KEY = Path(os.environ.get(\"ASC_KEY_PATH\", \"AuthKey.p8\")).read_text()")
    var = keydef.split(" =")[0]
    txt = T(r'''"""Small helper around the App Store Connect API used by the release tooling."""
import os
import time
from pathlib import Path

import jwt
import requests

BASE_URL = "https://api.appstoreconnect.apple.com/v1"
KEY_ID = "«kid»"
ISSUER_ID = "«iss»"

«keydef»


def _token(lifetime: int = 1200) -> str:
    now = int(time.time())
    payload = {"iss": ISSUER_ID, "iat": now, "exp": now + lifetime, "aud": "appstoreconnect-v1"}
    return jwt.encode(payload, «var», algorithm="ES256", headers={"kid": KEY_ID, "typ": "JWT"})


def get(path: str, **params):
    resp = requests.get(f"{BASE_URL}{path}", params=params,
                        headers={"Authorization": f"Bearer {_token()}"}, timeout=30)
    resp.raise_for_status()
    return resp.json()


def latest_build(app_id: str = "«appid»"):
    data = get("/builds", **{"filter[app]": app_id, "sort": "-uploadedDate", "limit": 1})
    return data["data"][0] if data["data"] else None


if __name__ == "__main__":
    print(latest_build())
''', kid=g.keyid, iss=g.issuer, keydef=keydef, var=var, appid=g.app_id)
    return g.pick("tools/asc.py", "scripts/appstore_connect.py", "release/asc_client.py"), txt, needle, kind


@tpl("app-store-connect", 1.0)
def p_node_asc_token(g, pos):
    if pos or g.chance(0.6):
        ls, needle, kind = g.block(pos)
        keydef = "const privateKey = `" + "\n".join(ls) + "`;"
    else:
        needle, kind = None, "reference"
        keydef = g.pick("const privateKey = process.env.ASC_PRIVATE_KEY;",
                        "const privateKey = fs.readFileSync(process.env.ASC_KEY_PATH || './AuthKey.p8', 'utf8');")
    txt = T(r'''#!/usr/bin/env node
// Prints a short-lived App Store Connect token for manual API calls.
'use strict';

const fs = require('fs');
const jwt = require('jsonwebtoken');

const keyId = '«kid»';
const issuerId = '«iss»';
«keydef»

const now = Math.floor(Date.now() / 1000);
const token = jwt.sign(
  { iss: issuerId, iat: now, exp: now + 1199, aud: 'appstoreconnect-v1' },
  privateKey,
  { algorithm: 'ES256', header: { alg: 'ES256', kid: keyId, typ: 'JWT' } }
);

if (process.argv.includes('--curl')) {
  console.log(`curl -H "Authorization: Bearer ${token}" https://api.appstoreconnect.apple.com/v1/apps`);
} else {
  console.log(token);
}
''', kid=g.keyid, iss=g.issuer, keydef=keydef)
    return g.pick("scripts/asc-token.js", "tools/appstore/token.js", "bin/asc-token.cjs"), txt, needle, kind


@tpl("app-store-connect", 0.9)
def p_spaceship_token(g, pos):
    expr, needle, kind = g.val("p8", pos, q="'", refs=["ENV['ASC_KEY']", "File.read('AuthKey.p8')"])
    txt = T(r'''# frozen_string_literal: true

require 'spaceship'

# Lists builds that are still processing so the release captain can nudge them.
module Release
  class ProcessingBuilds
    def initialize(app_identifier: '«bundle»')
      @app_identifier = app_identifier
      Spaceship::ConnectAPI.token = Spaceship::ConnectAPI::Token.create(
        key_id: '«kid»',
        issuer_id: '«iss»',
        key: «slot»,
        duration: 500
      )
    end

    def call
      app = Spaceship::ConnectAPI::App.find(@app_identifier)
      app.get_builds(filter: { processingState: 'PROCESSING' }).each do |build|
        puts "#{build.version} (#{build.uploaded_date})"
      end
    end
  end
end

Release::ProcessingBuilds.new.call if $PROGRAM_NAME == __FILE__
''', bundle=g.bundle, kid=g.keyid, iss=g.issuer, slot=expr)
    return g.pick("scripts/processing_builds.rb", "lib/release/processing_builds.rb"), txt, needle, kind


@tpl("app-store-connect", 1.0)
def p_k8s_secret_b64(g, pos):
    expr, needle, kind = g.val("p8b64", pos, q="")
    if not pos and kind in ("placeholder", "masked") and g.chance(0.5):
        expr = ""
        kind = "empty"
    ns = g.pick("release-tools", "mobile", "backend")
    txt = T(r'''apiVersion: v1
kind: Secret
metadata:
  name: appstore-connect
  namespace: «ns»
  labels:
    app.kubernetes.io/name: «appl»-release-bot
    app.kubernetes.io/part-of: mobile-release
type: Opaque
data:
  key-id: «kidb»
  issuer-id: «issb»
  AuthKey.p8: «slot»
''', ns=ns, appl=g.app.lower(), kidb=b64(g.keyid.encode()), issb=b64(g.issuer.encode()), slot=expr)
    return g.pick("deploy/k8s/asc-secret.yaml", "k8s/release-bot/secret.yaml", "infra/manifests/appstore-secret.yml"), txt, needle, kind


@tpl("app-store-connect", 1.0)
def p_fastfile_b64(g, pos):
    expr, needle, kind = g.val("p8b64", pos, refs=['ENV["ASC_KEY_BASE64"]'])
    txt = T(r'''lane :upload_metadata do
  app_store_connect_api_key(
    key_id: "«kid»",
    issuer_id: "«iss»",
    key_content: «slot»,
    is_key_content_base64: true,
    in_house: false
  )

  deliver(
    app_identifier: "«bundle»",
    skip_binary_upload: true,
    skip_screenshots: «skip»,
    force: true,
    precheck_include_in_app_purchases: false
  )
end
''', kid=g.keyid, iss=g.issuer, slot=expr, bundle=g.bundle, skip=g.pick("true", "false"))
    return g.pick("fastlane/Fastfile", "fastlane/lanes/metadata.rb"), txt, needle, kind


@tpl("app-store-connect", 0.9)
def p_compose_env(g, pos):
    expr, needle, kind = g.val("p8", pos, refs=["${ASC_PRIVATE_KEY}", "${ASC_PRIVATE_KEY:?missing}"])
    txt = T(r'''services:
  release-bot:
    build: ./release-bot
    restart: unless-stopped
    environment:
      NODE_ENV: production
      ASC_KEY_ID: «kid»
      ASC_ISSUER_ID: «iss»
      ASC_PRIVATE_KEY: «slot»
      SLACK_CHANNEL: "#ios-releases"
    volumes:
      - ./data:/app/data
  redis:
    image: redis:7-alpine
    restart: unless-stopped
''', kid=g.keyid, iss=g.issuer, slot=expr)
    return g.pick("docker-compose.yml", "release-bot/docker-compose.yaml"), txt, needle, kind


@tpl("app-store-connect", 0.9)
def p_go_asc(g, pos):
    if pos or g.chance(0.6):
        ls, needle, kind = g.block(pos)
        keydef = "const privateKeyPEM = `" + "\n".join(ls) + "`"
        src = "[]byte(privateKeyPEM)"
    else:
        needle, kind = None, "reference"
        keydef = 'var privateKeyPath = os.Getenv("ASC_KEY_PATH")'
        src = "mustRead(privateKeyPath)"
    txt = T(r'''package asc

import (
	"crypto/ecdsa"
	"crypto/x509"
	"encoding/pem"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

const (
	keyID    = "«kid»"
	issuerID = "«iss»"
)

«keydef»

func mustRead(p string) []byte {
	b, err := os.ReadFile(p)
	if err != nil {
		panic(err)
	}
	return b
}

// Token returns a bearer token for api.appstoreconnect.apple.com.
func Token() (string, error) {
	block, _ := pem.Decode(«src»)
	k, err := x509.ParsePKCS8PrivateKey(block.Bytes)
	if err != nil {
		return "", err
	}
	now := time.Now()
	t := jwt.NewWithClaims(jwt.SigningMethodES256, jwt.MapClaims{
		"iss": issuerID,
		"iat": now.Unix(),
		"exp": now.Add(15 * time.Minute).Unix(),
		"aud": "appstoreconnect-v1",
	})
	t.Header["kid"] = keyID
	return t.SignedString(k.(*ecdsa.PrivateKey))
}
''', kid=g.keyid, iss=g.issuer, keydef=keydef, src=src)
    return g.pick("internal/asc/token.go", "pkg/appstore/auth.go"), txt, needle, kind


@tpl("app-store-connect", 0.8)
def p_swift_script(g, pos):
    if pos or g.chance(0.6):
        ls, needle, kind = g.block(pos)
        keydef = 'let p8 = """\n' + "\n".join(ls) + '\n"""'
    else:
        needle, kind = None, "reference"
        keydef = 'let p8 = try String(contentsOfFile: ProcessInfo.processInfo.environment["ASC_KEY_PATH"] ?? "AuthKey.p8")'
    txt = T(r'''#!/usr/bin/env swift
// Scripts/ReleaseNotes.swift — pushes What's New text for the current version.
import CryptoKit
import Foundation

let keyID = "«kid»"
let issuerID = "«iss»"
«keydef»

func b64url(_ d: Data) -> String {
    d.base64EncodedString().replacingOccurrences(of: "+", with: "-")
        .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
}

let key = try P256.Signing.PrivateKey(pemRepresentation: p8)
let header = b64url(try JSONSerialization.data(withJSONObject: ["alg": "ES256", "kid": keyID, "typ": "JWT"]))
let now = Int(Date().timeIntervalSince1970)
let claims = b64url(try JSONSerialization.data(withJSONObject: ["iss": issuerID, "iat": now, "exp": now + 900, "aud": "appstoreconnect-v1"]))
let signature = try key.signature(for: Data("\(header).\(claims)".utf8))
print("\(header).\(claims).\(b64url(signature.rawRepresentation))")
''', kid=g.keyid, iss=g.issuer, keydef=keydef)
    return g.pick("Scripts/ReleaseNotes.swift", "scripts/asc-token.swift"), txt, needle, kind


@tpl("app-store-connect", 0.9)
def p_terraform_heredoc(g, pos):
    if pos or g.chance(0.5):
        ls, needle, kind = g.block(pos)
        sv = "<<-EOT\n" + indent(ls, 4) + "\n  EOT"
    else:
        needle, kind = None, "reference"
        sv = g.pick("var.asc_private_key", "data.sops_file.asc.data[\"private_key\"]", "file(\"${path.module}/AuthKey.p8\")")
    txt = T(r'''resource "aws_secretsmanager_secret" "asc_api_key" {
  name        = "mobile/«appl»/app-store-connect-key"
  description = "App Store Connect API key «kid» used by the release pipeline"
  tags = {
    team = "mobile"
  }
}

resource "aws_secretsmanager_secret_version" "asc_api_key" {
  secret_id     = aws_secretsmanager_secret.asc_api_key.id
  secret_string = «sv»
}

output "asc_secret_arn" {
  value = aws_secretsmanager_secret.asc_api_key.arn
}
''', appl=g.app.lower(), kid=g.keyid, sv=sv)
    return g.pick("infra/terraform/asc.tf", "terraform/mobile/secrets.tf"), txt, needle, kind


@tpl("app-store-connect", 0.8)
def p_markdown_release(g, pos):
    expr, needle, kind = g.val("p8", pos, refs=['"$(cat ~/keys/AuthKey.p8)"', '"${{ secrets.ASC_KEY }}"'])
    txt = T(r'''# Releasing «app» for iOS

1. Bump the version in `«proj».xcodeproj` (or run `bundle exec fastlane bump`).
2. Make sure the CHANGELOG entry exists.
3. Upload with the App Store Connect API key of the release account:

```json
{
  "key_id": "«kid»",
  "issuer_id": "«iss»",
  "key": «slot»,
  "in_house": false
}
```

Save this as `fastlane/api_key.json` and run:

```sh
bundle exec fastlane beta api_key_path:fastlane/api_key.json
```

4. Once the build has processed, add it to the *External Testers* group.

See also https://developer.apple.com/documentation/appstoreconnectapi
''', app=g.app, proj=g.proj, kid=g.keyid, iss=g.issuer, slot=expr)
    return g.pick("docs/releasing.md", "RELEASING.md", "docs/ios/release.md"), txt, needle, kind


# ---------------------------------------------------------------- APNs
@tpl("apns", 1.1)
def p_node_apn(g, pos):
    expr, needle, kind = g.val("p8", pos, q="'", refs=["process.env.APNS_KEY", "fs.readFileSync(process.env.APNS_KEY_PATH, 'utf8')"])
    txt = T(r'''const apn = require('@parse/node-apn');
const fs = require('fs');
const logger = require('../lib/logger');

const provider = new apn.Provider({
  token: {
    key: «slot»,
    keyId: '«kid»',
    teamId: '«team»',
  },
  production: process.env.NODE_ENV === 'production',
});

async function sendPush(deviceToken, { title, body, badge = 0, data = {} }) {
  const note = new apn.Notification();
  note.topic = '«bundle»';
  note.expiry = Math.floor(Date.now() / 1000) + 3600;
  note.badge = badge;
  note.sound = 'default';
  note.alert = { title, body };
  note.payload = data;
  const result = await provider.send(note, deviceToken);
  if (result.failed.length) {
    logger.warn({ failed: result.failed }, 'apns delivery failed');
  }
  return result;
}

module.exports = { sendPush };
''', slot=expr, kid=g.keyid, team=g.team, bundle=g.bundle)
    return g.pick("server/push/apns.js", "src/notifications/apns.js", "services/push/index.js"), txt, needle, kind


@tpl("apns", 1.0)
def p_py_aioapns(g, pos):
    expr, needle, kind = g.val("p8", pos, refs=['os.environ["APNS_AUTH_KEY"]', 'settings.APNS_KEY'])
    txt = T(r'''import asyncio
import os
from uuid import uuid4

from aioapns import APNs, NotificationRequest, PushType

apns = APNs(
    key=«slot»,
    key_id="«kid»",
    team_id="«team»",
    topic="«bundle»",
    use_sandbox=os.environ.get("APNS_SANDBOX") == "1",
)


async def notify(device_token: str, title: str, body: str) -> None:
    request = NotificationRequest(
        device_token=device_token,
        message={"aps": {"alert": {"title": title, "body": body}, "sound": "default"}},
        notification_id=str(uuid4()),
        time_to_live=3600,
        push_type=PushType.ALERT,
    )
    result = await apns.send_notification(request)
    if not result.is_successful:
        print("APNs error:", result.description)


if __name__ == "__main__":
    asyncio.run(notify(os.environ["DEVICE_TOKEN"], "Hello", "From «app»"))
''', slot=expr, kid=g.keyid, team=g.team, bundle=g.bundle, app=g.app)
    return g.pick("backend/push/apns_client.py", "app/notifications/apns.py"), txt, needle, kind


@tpl("apns", 1.0)
def p_apns_p8_file(g, pos):
    ls, needle, kind = g.block(pos)
    return g.pick("certs/apns/AuthKey_%s.p8" % g.keyid, "config/keys/apns_%s.p8" % g.keyid.lower(), "push/AuthKey_%s.p8" % g.keyid), "\n".join(ls) + "\n", needle, kind


@tpl("apns", 1.0)
def p_node_apn_cert_pass(g, pos):
    expr, needle, kind = g.val("pw", pos, q="'", refs=["process.env.APNS_CERT_PASSPHRASE", "config.apns.passphrase"])
    txt = T(r'''// Legacy certificate-based APNs connection (the token key migration is tracked in MOB-«n»).
const path = require('path');
const apn = require('apn');

const options = {
  cert: path.join(__dirname, '..', 'certs', 'apns-prod-cert.pem'),
  key: path.join(__dirname, '..', 'certs', 'apns-prod-key.pem'),
  passphrase: «slot»,
  production: true,
};

const connection = new apn.Provider(options);

module.exports = function push(token, message) {
  const note = new apn.Notification({ alert: message, topic: '«bundle»', sound: 'ping.aiff' });
  return connection.send(note, token);
};
''', n=str(g.r.randrange(100, 999)), slot=expr, bundle=g.bundle)
    return g.pick("lib/apns.js", "push/legacy-apns.js"), txt, needle, kind


@tpl("apns", 1.0)
def p_gorush_yml(g, pos):
    expr, needle, kind = g.val("pw", pos, refs=['"${GORUSH_IOS_PASSWORD}"'])
    txt = T(r'''core:
  enabled: true
  address: ""
  port: "8088"
  worker_num: 0
  queue_num: 0
  max_notification: 100
  sync: false
  mode: "release"

api:
  push_uri: "/api/push"
  stat_go_uri: "/api/stat/go"
  health_uri: "/healthz"

android:
  enabled: false

ios:
  enabled: true
  key_path: "/etc/gorush/apns-«appl».p12"
  key_type: "p12"
  password: «slot»
  production: true
  max_retry: 2
  max_concurrent_pushes: 100

log:
  format: "json"
  access_log: "stdout"
  error_log: "stderr"
''', appl=g.app.lower(), slot=expr)
    return g.pick("deploy/gorush/config.yml", "gorush/config.yaml"), txt, needle, kind


@tpl("apns", 0.9)
def p_go_apns2_p12(g, pos):
    expr, needle, kind = g.val("pw", pos, refs=['os.Getenv("APNS_P12_PASSWORD")'])
    txt = T(r'''package push

import (
	"log"

	"github.com/sideshow/apns2"
	"github.com/sideshow/apns2/certificate"
	"github.com/sideshow/apns2/payload"
)

var client *apns2.Client

func init() {
	cert, err := certificate.FromP12File("certs/«appl»-push.p12", «slot»)
	if err != nil {
		log.Fatalf("apns cert: %v", err)
	}
	client = apns2.NewClient(cert).Production()
}

// Send delivers a simple alert to one device.
func Send(deviceToken, text string) error {
	n := &apns2.Notification{
		DeviceToken: deviceToken,
		Topic:       "«bundle»",
		Payload:     payload.NewPayload().Alert(text).Badge(1).Sound("default"),
	}
	res, err := client.Push(n)
	if err != nil {
		return err
	}
	log.Printf("apns %v %v %v", res.StatusCode, res.ApnsID, res.Reason)
	return nil
}
''', appl=g.app.lower(), slot=expr, bundle=g.bundle)
    return g.pick("internal/push/apns.go", "push/apns.go"), txt, needle, kind


@tpl("apns", 0.9)
def p_rpush_init(g, pos):
    expr, needle, kind = g.val("pw", pos, q="'", refs=["ENV['APNS_CERT_PASSWORD']", "Rails.application.credentials.dig(:apns, :password)"])
    txt = T(r'''# Creates (or refreshes) the Rpush APNs app record.
#   bin/rails runner db/seeds/rpush_apns.rb
app = Rpush::Apns::App.find_or_initialize_by(name: '«appl»-ios')
app.certificate = File.read(Rails.root.join('config', 'certs', 'apns_production.pem'))
app.environment = Rails.env.production? ? 'production' : 'development'
app.password = «slot»
app.connections = 2
app.save!
puts "rpush app #{app.name} ready (#{app.environment})"
''', appl=g.app.lower(), slot=expr)
    return g.pick("db/seeds/rpush_apns.rb", "script/setup_rpush.rb"), txt, needle, kind


# ---------------------------------------------------------------- Sign in with Apple
@tpl("sign-in-with-apple", 1.1)
def p_siwa_node_gen(g, pos):
    if pos or g.chance(0.5):
        ls, needle, kind = g.block(pos)
        keydef = "const PRIVATE_KEY = `" + "\n".join(ls) + "`;"
    else:
        needle, kind = None, "reference"
        keydef = "const PRIVATE_KEY = process.env.APPLE_PRIVATE_KEY.replace(/\\\\n/g, '\\n');"
    txt = T(r'''// Generates the client_secret for "Sign in with Apple" (valid up to 6 months).
// Usage: node scripts/apple-client-secret.mjs > apple_secret.txt
import { SignJWT, importPKCS8 } from 'jose';

const TEAM_ID = '«team»';
const KEY_ID = '«kid»';
const CLIENT_ID = '«bundle».web';
«keydef»

const key = await importPKCS8(PRIVATE_KEY, 'ES256');
const now = Math.floor(Date.now() / 1000);
const secret = await new SignJWT({})
  .setProtectedHeader({ alg: 'ES256', kid: KEY_ID })
  .setIssuer(TEAM_ID)
  .setIssuedAt(now)
  .setExpirationTime(now + 86400 * 180)
  .setAudience('https://appleid.apple.com')
  .setSubject(CLIENT_ID)
  .sign(key);

console.log(secret);
''', team=g.team, kid=g.keyid, bundle=g.bundle, keydef=keydef)
    return g.pick("scripts/apple-client-secret.mjs", "tools/siwa/generate-secret.mjs"), txt, needle, kind


@tpl("sign-in-with-apple", 1.1)
def p_siwa_django(g, pos):
    if pos or g.chance(0.5):
        ls, needle, kind = g.block(pos)
        sec = '"""' + "\n".join(ls) + '"""'
    else:
        needle, kind = None, "reference"
        sec = g.pick('env("SOCIAL_AUTH_APPLE_ID_SECRET")', 'os.environ.get("APPLE_ID_SECRET", "")')
    txt = T(r'''# Social login providers
AUTHENTICATION_BACKENDS = (
    "social_core.backends.apple.AppleIdAuth",
    "social_core.backends.google.GoogleOAuth2",
    "django.contrib.auth.backends.ModelBackend",
)

SOCIAL_AUTH_APPLE_ID_CLIENT = "«bundle».signin"
SOCIAL_AUTH_APPLE_ID_TEAM = "«team»"
SOCIAL_AUTH_APPLE_ID_KEY = "«kid»"
SOCIAL_AUTH_APPLE_ID_SECRET = «sec»
SOCIAL_AUTH_APPLE_ID_SCOPE = ["email", "name"]
SOCIAL_AUTH_APPLE_ID_EMAIL_AS_USERNAME = True

SOCIAL_AUTH_GOOGLE_OAUTH2_KEY = env("GOOGLE_OAUTH2_KEY", default="")
SOCIAL_AUTH_GOOGLE_OAUTH2_SECRET = env("GOOGLE_OAUTH2_SECRET", default="")
SOCIAL_AUTH_LOGIN_REDIRECT_URL = "/app/"
''', bundle=g.bundle, team=g.team, kid=g.keyid, sec=sec)
    return g.pick("config/settings/social.py", "backend/settings/auth.py"), txt, needle, kind


@tpl("sign-in-with-apple", 1.1)
def p_nextauth(g, pos):
    expr, needle, kind = g.val("jwt", pos, refs=["process.env.APPLE_SECRET", "process.env.AUTH_APPLE_SECRET!"])
    txt = T(r'''import NextAuth from 'next-auth';
import AppleProvider from 'next-auth/providers/apple';
import GitHubProvider from 'next-auth/providers/github';

export const authOptions = {
  providers: [
    AppleProvider({
      clientId: '«bundle».web',
      clientSecret: «slot»,
    }),
    GitHubProvider({
      clientId: process.env.GITHUB_ID,
      clientSecret: process.env.GITHUB_SECRET,
    }),
  ],
  session: { strategy: 'jwt' },
  pages: { signIn: '/login' },
};

export default NextAuth(authOptions);
''', bundle=g.bundle, slot=expr)
    return g.pick("pages/api/auth/[...nextauth].ts", "src/pages/api/auth/[...nextauth].js", "lib/auth.ts"), txt, needle, kind


@tpl("sign-in-with-apple", 1.0)
def p_supabase_toml(g, pos):
    expr, needle, kind = g.val("jwt", pos, refs=['"env(SUPABASE_AUTH_EXTERNAL_APPLE_SECRET)"'])
    txt = T(r'''# A string used to distinguish different Supabase projects on the same host.
project_id = "«appl»"

[api]
enabled = true
port = 54321
schemas = ["public", "graphql_public"]
max_rows = 1000

[auth]
enabled = true
site_url = "http://127.0.0.1:3000"
additional_redirect_urls = ["https://«appl».«org».com"]
jwt_expiry = 3600
enable_signup = true

[auth.external.apple]
enabled = true
client_id = "«bundle».signin"
secret = «slot»
redirect_uri = ""
skip_nonce_check = false

[auth.external.github]
enabled = false
client_id = ""
secret = "env(SUPABASE_AUTH_EXTERNAL_GITHUB_SECRET)"
''', appl=g.app.lower(), org=g.org, bundle=g.bundle, slot=expr)
    return "supabase/config.toml", txt, needle, kind


@tpl("sign-in-with-apple", 1.0)
def p_omniauth_apple(g, pos):
    expr, needle, kind = g.val("p8", pos, refs=["ENV['APPLE_PRIVATE_KEY']", "Rails.application.credentials.apple[:private_key]"])
    if not kind.startswith("ec-"):
        pass
    txt = T(r'''# frozen_string_literal: true

Rails.application.config.middleware.use OmniAuth::Builder do
  provider :apple, '«bundle».signin', '',
           {
             scope: 'email name',
             team_id: '«team»',
             key_id: '«kid»',
             pem: «slot»
           }
  provider :github, ENV['GITHUB_KEY'], ENV['GITHUB_SECRET'], scope: 'user:email'
end

OmniAuth.config.allowed_request_methods = %i[post]
OmniAuth.config.logger = Rails.logger
''', bundle=g.bundle, team=g.team, kid=g.keyid, slot=expr)
    return g.pick("config/initializers/omniauth.rb", "config/initializers/apple_sign_in.rb"), txt, needle, kind


@tpl("sign-in-with-apple", 1.0)
def p_laravel_services(g, pos):
    expr, needle, kind = g.val("jwt", pos, q="'", refs=["env('APPLE_CLIENT_SECRET')"])
    txt = T(r'''<?php

return [

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'apple' => [
        'client_id' => '«bundle».web',
        'client_secret' => «slot»,
        'redirect' => env('APP_URL') . '/auth/apple/callback',
    ],

    'github' => [
        'client_id' => env('GITHUB_CLIENT_ID'),
        'client_secret' => env('GITHUB_CLIENT_SECRET'),
        'redirect' => env('APP_URL') . '/auth/github/callback',
    ],

];
''', bundle=g.bundle, slot=expr)
    return "config/services.php", txt, needle, kind


@tpl("sign-in-with-apple", 1.0)
def p_spring_yml(g, pos):
    expr, needle, kind = g.val("jwt", pos, q="", refs=["${APPLE_CLIENT_SECRET}"])
    txt = T(r'''server:
  port: 8080

spring:
  application:
    name: «appl»-accounts
  security:
    oauth2:
      client:
        registration:
          apple:
            client-id: «bundle».signin
            client-secret: «slot»
            client-authentication-method: client_secret_post
            authorization-grant-type: authorization_code
            redirect-uri: "{baseUrl}/login/oauth2/code/{registrationId}"
            scope: openid,email,name
        provider:
          apple:
            authorization-uri: https://appleid.apple.com/auth/authorize?response_mode=form_post
            token-uri: https://appleid.apple.com/auth/token
            jwk-set-uri: https://appleid.apple.com/auth/keys
            user-name-attribute: sub

management:
  endpoints:
    web:
      exposure:
        include: health,info
''', appl=g.app.lower(), bundle=g.bundle, slot=expr)
    return g.pick("src/main/resources/application.yml", "accounts/src/main/resources/application-prod.yml"), txt, needle, kind


@tpl("sign-in-with-apple", 0.9)
def p_siwa_json_cfg(g, pos):
    expr, needle, kind = g.val("p8", pos)
    txt = T(r'''{
  "provider": "apple",
  "enabled": true,
  "clientId": "«bundle».signin",
  "teamId": "«team»",
  "keyId": "«kid»",
  "privateKey": «slot»,
  "redirectUri": "https://auth.«org».com/callback/apple",
  "scope": ["name", "email"]
}
''', bundle=g.bundle, team=g.team, kid=g.keyid, slot=expr, org=g.org)
    return g.pick("auth/providers/apple.json", "config/oauth/apple.json"), txt, needle, kind


# ---------------------------------------------------------------- WeatherKit / MapKit / MusicKit
@tpl("weatherkit", 1.0)
def p_weatherkit_py(g, pos):
    expr, needle, kind = g.val("p8", pos, refs=['os.environ["WEATHERKIT_KEY"]'])
    txt = T(r'''import time

import jwt
import requests

TEAM_ID = "«team»"
SERVICE_ID = "«bundle».weatherkit-client"
KEY_ID = "«kid»"
WEATHERKIT_KEY = «slot»


def weatherkit_token() -> str:
    now = int(time.time())
    return jwt.encode(
        {"iss": TEAM_ID, "iat": now, "exp": now + 3600, "sub": SERVICE_ID},
        WEATHERKIT_KEY,
        algorithm="ES256",
        headers={"kid": KEY_ID, "id": f"{TEAM_ID}.{SERVICE_ID}"},
    )


def current_weather(lat: float, lon: float, lang: str = "en") -> dict:
    url = f"https://weatherkit.apple.com/api/v1/weather/{lang}/{lat}/{lon}"
    r = requests.get(url, params={"dataSets": "currentWeather"},
                     headers={"Authorization": f"Bearer {weatherkit_token()}"}, timeout=10)
    r.raise_for_status()
    return r.json()["currentWeather"]
''', team=g.team, bundle=g.bundle, kid=g.keyid, slot=expr)
    return g.pick("weather/weatherkit.py", "api/services/weather.py"), txt, needle, kind


@tpl("mapkit", 1.0)
def p_mapkit_express(g, pos):
    if pos or g.chance(0.5):
        ls, needle, kind = g.block(pos)
        keydef = "const MAPKIT_KEY = `" + "\n".join(ls) + "`;"
    else:
        needle, kind = None, "reference"
        keydef = "const MAPKIT_KEY = process.env.MAPKIT_PRIVATE_KEY;"
    txt = T(r'''const express = require('express');
const jwt = require('jsonwebtoken');

const router = express.Router();

const TEAM_ID = '«team»';
const KEY_ID = '«kid»';
«keydef»

// MapKit JS calls this from authorizationCallback; tokens live 30 minutes.
router.get('/mapkit/token', (req, res) => {
  const token = jwt.sign(
    { iss: TEAM_ID, origin: req.get('origin') || 'https://«org».com' },
    MAPKIT_KEY,
    { algorithm: 'ES256', keyid: KEY_ID, expiresIn: '30m' }
  );
  res.type('text/plain').send(token);
});

module.exports = router;
''', team=g.team, kid=g.keyid, keydef=keydef, org=g.org)
    return g.pick("routes/mapkit.js", "server/routes/maps-token.js"), txt, needle, kind


@tpl("musickit", 0.9)
def p_musickit_rb(g, pos):
    expr, needle, kind = g.val("p8", pos, refs=["ENV.fetch('MUSICKIT_PRIVATE_KEY')"])
    txt = T(r'''require 'jwt'
require 'openssl'

# Developer token for the Apple Music API (max lifetime 6 months).
class MusicKitToken
  TEAM_ID = '«team»'
  KEY_ID = '«kid»'

  def self.generate(ttl: 86_400 * 30)
    key = OpenSSL::PKey::EC.new(«slot»)
    now = Time.now.to_i
    JWT.encode({ iss: TEAM_ID, iat: now, exp: now + ttl }, key, 'ES256', { kid: KEY_ID })
  end
end
''', team=g.team, kid=g.keyid, slot=expr)
    return g.pick("app/services/music_kit_token.rb", "lib/musickit_token.rb"), txt, needle, kind


@tpl("mapkit", 0.9)
def p_mapkit_yaml_block(g, pos):
    ls, needle, kind = g.block(pos)
    txt = T(r'''mapkit:
  auth_key_id: «kid»
  apple_team_id: «team»
  token_ttl: 1800
  allowed_origins:
    - https://«org».com
    - https://www.«org».com
  auth_key: |
«blk»
geocoder:
  provider: apple
  cache_ttl: 86400
''', kid=g.keyid, team=g.team, org=g.org, blk=indent(ls, 4))
    return g.pick("config/mapkit.yml", "config/maps.yaml"), txt, needle, kind


# ---------------------------------------------------------------- CloudKit
@tpl("cloudkit", 1.0)
def p_cloudkit_eckey(g, pos):
    ls, needle, kind = g.block(pos, "sec1")
    return g.pick("cloudkit/eckey.pem", "server/cloudkit/eckey.pem", "keys/cloudkit-s2s.pem"), "\n".join(ls) + "\n", needle, kind


@tpl("cloudkit", 1.0)
def p_cloudkit_py(g, pos):
    if pos or g.chance(0.5):
        ls, needle, kind = g.block(pos, "sec1")
        keydef = 'CK_PRIVATE_KEY = """' + "\n".join(ls) + '\n"""'
    else:
        needle, kind = None, "reference"
        keydef = 'CK_PRIVATE_KEY = Path(os.environ["CK_KEY_FILE"]).read_text()'
    txt = T(r'''"""CloudKit Web Services server-to-server client (public database)."""
import base64
import datetime
import hashlib
import json
import os
from pathlib import Path

import requests
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

CONTAINER = "iCloud.«bundle»"
ENVIRONMENT = "production"
KEY_ID = "«ckid»"
«keydef»


def _sign(date: str, body: bytes, subpath: str) -> str:
    key = serialization.load_pem_private_key(CK_PRIVATE_KEY.encode(), password=None)
    digest = base64.b64encode(hashlib.sha256(body).digest()).decode()
    sig = key.sign(f"{date}:{digest}:{subpath}".encode(), ec.ECDSA(hashes.SHA256()))
    return base64.b64encode(sig).decode()


def query(record_type: str) -> dict:
    subpath = f"/database/1/{CONTAINER}/{ENVIRONMENT}/public/records/query"
    body = json.dumps({"query": {"recordType": record_type}}).encode()
    date = datetime.datetime.utcnow().strftime("%Y-%m-%dT%H:%M:%SZ")
    headers = {
        "X-Apple-CloudKit-Request-KeyID": KEY_ID,
        "X-Apple-CloudKit-Request-ISO8601Date": date,
        "X-Apple-CloudKit-Request-SignatureV1": _sign(date, body, subpath),
    }
    return requests.post("https://api.apple-cloudkit.com" + subpath, data=body, headers=headers, timeout=20).json()
''', bundle=g.bundle, ckid=g.hexs(64), keydef=keydef)
    return g.pick("sync/cloudkit_client.py", "backend/cloudkit.py"), txt, needle, kind


# ---------------------------------------------------------------- App Store Server API
@tpl("app-store-server-api", 1.0)
def p_py_server_lib(g, pos):
    expr, needle, kind = g.val("p8", pos, refs=['read_private_key(os.environ["IAP_KEY_PATH"])'])
    if pos:
        expr = expr + ".encode()"
    txt = T(r'''import os

from appstoreserverlibrary.api_client import AppStoreServerAPIClient, APIException
from appstoreserverlibrary.models.Environment import Environment


def read_private_key(path: str) -> bytes:
    with open(path, "rb") as f:
        return f.read()


client = AppStoreServerAPIClient(
    «slot»,
    "«kid»",
    "«iss»",
    "«bundle»",
    Environment.PRODUCTION,
)


def transaction_info(transaction_id: str):
    try:
        return client.get_transaction_info(transaction_id)
    except APIException as e:
        print("App Store Server API error", e.api_error)
        raise
''', slot=expr, kid=g.keyid, iss=g.issuer, bundle=g.bundle)
    return g.pick("billing/appstore_client.py", "subscriptions/apple.py"), txt, needle, kind


@tpl("app-store-server-api", 0.9)
def p_java_server_lib(g, pos):
    expr, needle, kind = g.val("p8", pos, refs=["System.getenv(\"IAP_SIGNING_KEY\")", "Files.readString(Path.of(keyPath))"])
    txt = T(r'''package com.«org».billing.apple;

import com.apple.itunes.storekit.client.AppStoreServerAPIClient;
import com.apple.itunes.storekit.model.Environment;
import java.nio.file.Files;
import java.nio.file.Path;

public final class AppleClientFactory {

    private static final String ISSUER_ID = "«iss»";
    private static final String KEY_ID = "«kid»";
    private static final String BUNDLE_ID = "«bundle»";

    private AppleClientFactory() {}

    public static AppStoreServerAPIClient create(String keyPath) throws Exception {
        String encodedKey = «slot»;
        return new AppStoreServerAPIClient(encodedKey, KEY_ID, ISSUER_ID, BUNDLE_ID, Environment.PRODUCTION);
    }
}
''', org=g.org, iss=g.issuer, kid=g.keyid, bundle=g.bundle, slot=expr)
    return "src/main/java/com/%s/billing/apple/AppleClientFactory.java" % g.org, txt, needle, kind


# ---------------------------------------------------------------- fastlane / Apple ID
@tpl("fastlane", 1.1)
def p_fastfile_env_password(g, pos):
    expr, needle, kind = g.val("pw", pos, refs=['ENV.fetch("APPLE_ID_PASSWORD")', 'prompt(text: "Apple ID password: ", secure_text: true)'])
    var = g.pick("FASTLANE_PASSWORD", "FASTLANE_PASSWORD", "DELIVER_PASSWORD")
    txt = T(r'''«hdr»

ENV["FASTLANE_USER"] = "«email»"
ENV["«var»"] = «slot»
ENV["FASTLANE_XCODEBUILD_SETTINGS_TIMEOUT"] = "120"

default_platform(:ios)

platform :ios do
  lane :certs do
    sync_code_signing(type: "development", app_identifier: "«bundle»", readonly: true)
    sync_code_signing(type: "appstore", app_identifier: "«bundle»", readonly: true)
  end

  lane :release do
    certs
    build_app(workspace: "«proj».xcworkspace", scheme: "«scheme»", clean: true)
    upload_to_app_store(submit_for_review: false, automatic_release: false, force: true)
  end
end
''', hdr="\n".join(RUBY_HDR), email=g.ci_email, var=var, slot=expr, bundle=g.bundle, proj=g.proj, scheme=g.scheme)
    return g.pick("fastlane/Fastfile", "ios/fastlane/Fastfile"), txt, needle, kind


@tpl("fastlane", 1.0)
def p_appfile_asp(g, pos):
    expr, needle, kind = g.val("asp", pos, refs=['ENV["APP_SPECIFIC_PASSWORD"]'])
    txt = T(r'''app_identifier("«bundle»") # The bundle identifier of your app
apple_id("«email»") # Your Apple Developer Portal username

itc_team_id("«itc»") # App Store Connect Team ID
team_id("«team»") # Developer Portal Team ID

# Used by pilot/deliver when the API key is not available
ENV["FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD"] = «slot»

# For more information about the Appfile, see:
#     https://docs.fastlane.tools/advanced/#appfile
''', bundle=g.bundle, email=g.ci_email, itc=g.itc_team, team=g.team, slot=expr)
    return g.pick("fastlane/Appfile", "ios/fastlane/Appfile"), txt, needle, kind


@tpl("fastlane", 1.1)
def p_matchfile_password(g, pos):
    expr, needle, kind = g.val("pw", pos, refs=['ENV["CERTS_PASSPHRASE"]'])
    txt = T(r'''git_url("git@github.com:«org»/ios-certificates.git")
storage_mode("git")
git_branch("«branch»")

type("development") # The default type, can be: appstore, adhoc, enterprise or development

app_identifier(["«bundle»", "«bundle».widget", "«bundle».notification-service"])
username("«email»") # Your Apple Developer Portal username
team_id("«team»")

ENV["MATCH_PASSWORD"] = «slot»

# For all available options run `fastlane match --help`
# Remove the # in the beginning of the line to enable the other options

# The docs are available on https://docs.fastlane.tools/actions/match
''', org=g.org, branch=g.pick("main", "master", g.team), bundle=g.bundle, email=g.ci_email, team=g.team, slot=expr)
    return g.pick("fastlane/Matchfile", "ios/fastlane/Matchfile"), txt, needle, kind


@tpl("fastlane", 1.2)
def p_gha_match_password(g, pos):
    expr, needle, kind = g.val("pw", pos, refs=[gh("MATCH_PASSWORD"), gh("CERTS_PASSWORD")])
    var = g.pick("MATCH_PASSWORD", "MATCH_PASSWORD", "MATCH_KEYCHAIN_PASSWORD")
    txt = T(r'''name: iOS build

on:
  pull_request:
  push:
    branches: [ develop ]

jobs:
  build:
    runs-on: macos-latest
    env:
      LANG: en_US.UTF-8
      FASTLANE_SKIP_UPDATE_CHECK: "1"
      «var»: «slot»
      MATCH_GIT_URL: https://github.com/«org»/certificates.git
    steps:
      - uses: actions/checkout@v4
      - uses: ruby/setup-ruby@v1
        with:
          bundler-cache: true
      - name: Cache pods
        uses: actions/cache@v4
        with:
          path: Pods
          key: pods-${{ hashFiles('Podfile.lock') }}
      - run: bundle exec pod install
      - run: bundle exec fastlane ios test
''', var=var, slot=expr, org=g.org)
    return g.pick(".github/workflows/ios.yml", ".github/workflows/build.yml", ".github/workflows/ci.yml"), txt, needle, kind


@tpl("fastlane", 1.1)
def p_sh_fastlane_session(g, pos):
    expr, needle, kind = g.val("session", pos, q="'", refs=['"$(cat ~/.fastlane/session.txt)"', '"${FASTLANE_SESSION_SECRET}"'])
    txt = T(r'''#!/usr/bin/env bash
# Upload a build with the Apple ID session (generated with `fastlane spaceauth -u «email»`).
set -euo pipefail

cd "$(dirname "$0")/.."

export FASTLANE_USER="«email»"
export FASTLANE_SESSION=«slot»
export SPACESHIP_ONLY_ALLOW_INTERACTIVE_2FA=false

bundle exec fastlane pilot upload \
  --ipa "build/«app».ipa" \
  --skip_waiting_for_build_processing true \
  --changelog "$(git log -1 --pretty=%s)"
''', email=g.ci_email, slot=expr, app=g.app)
    return g.pick("scripts/upload_beta.sh", "ci/testflight.sh"), txt, needle, kind


@tpl("fastlane", 1.0)
def p_gha_fastlane_session(g, pos):
    expr, needle, kind = g.val("session", pos, q="'", refs=[gh("FASTLANE_SESSION")])
    txt = T(r'''name: Nightly metadata sync
on:
  schedule:
    - cron: '17 3 * * *'
  workflow_dispatch:
jobs:
  sync:
    runs-on: macos-13
    steps:
      - uses: actions/checkout@v4
      - uses: ruby/setup-ruby@v1
        with:
          bundler-cache: true
      - name: Download metadata
        env:
          FASTLANE_USER: «email»
          FASTLANE_SESSION: «slot»
        run: bundle exec fastlane deliver download_metadata --app_identifier «bundle» --force
      - name: Open PR
        uses: peter-evans/create-pull-request@v6
        with:
          title: "chore: sync App Store metadata"
          branch: bot/metadata-sync
''', email=g.ci_email, slot=expr, bundle=g.bundle)
    return g.pick(".github/workflows/metadata.yml", ".github/workflows/nightly-metadata.yml"), txt, needle, kind


@tpl("fastlane", 1.0)
def p_jenkinsfile(g, pos):
    expr, needle, kind = g.val("pw", pos, q="'", refs=["credentials('match-password')", "credentials('apple-id-password')"])
    var = g.pick("MATCH_PASSWORD", "FASTLANE_PASSWORD")
    txt = T(r'''pipeline {
    agent { label 'macos' }
    options {
        timeout(time: 90, unit: 'MINUTES')
        buildDiscarder(logRotator(numToKeepStr: '20'))
    }
    environment {
        LC_ALL = 'en_US.UTF-8'
        FASTLANE_USER = '«email»'
        «var» = «slot»
        FASTLANE_HIDE_TIMESTAMP = 'true'
    }
    stages {
        stage('Dependencies') {
            steps {
                sh 'bundle install --path vendor/bundle'
                sh 'bundle exec pod install --repo-update'
            }
        }
        stage('Beta') {
            when { branch 'release/*' }
            steps {
                sh 'bundle exec fastlane ios beta'
            }
        }
    }
    post {
        always { junit allowEmptyResults: true, testResults: 'fastlane/test_output/report.junit' }
    }
}
''', email=g.ci_email, var=var, slot=expr)
    return g.pick("Jenkinsfile", "ci/Jenkinsfile.ios"), txt, needle, kind


@tpl("fastlane", 1.0)
def p_gitlab_ci(g, pos):
    expr, needle, kind = g.val("pw", pos, refs=["$MATCH_PASSWORD_MASKED", "$CI_MATCH_PASSWORD"])
    txt = T(r'''stages:
  - test
  - beta

variables:
  LC_ALL: "en_US.UTF-8"
  LANG: "en_US.UTF-8"
  MATCH_PASSWORD: «slot»
  GIT_DEPTH: "20"

.macos:
  tags: [ saas-macos-medium-m1 ]
  image: macos-14-xcode-15
  before_script:
    - bundle install
    - bundle exec pod install

unit_tests:
  extends: .macos
  stage: test
  script:
    - bundle exec fastlane tests
  artifacts:
    paths: [ fastlane/test_output ]

testflight:
  extends: .macos
  stage: beta
  only: [ /^release-.*$/ ]
  script:
    - bundle exec fastlane beta
''', slot=expr)
    return ".gitlab-ci.yml", txt, needle, kind


@tpl("fastlane", 0.9)
def p_fastfile_keychain(g, pos):
    expr, needle, kind = g.val("pw", pos, refs=['ENV["KEYCHAIN_PASSWORD"]'])
    txt = T(r'''lane :ci_signing do
  create_keychain(
    name: "ci_signing",
    password: «slot»,
    default_keychain: true,
    unlock: true,
    timeout: 3600,
    lock_when_sleeps: false
  )
  match(
    type: "appstore",
    readonly: is_ci,
    keychain_name: "ci_signing",
    keychain_password: lane_context[:KEYCHAIN_PASSWORD]
  )
end
''', slot=expr)
    return g.pick("fastlane/Fastfile", "fastlane/lanes/signing.rb"), txt, needle, kind


@tpl("fastlane", 0.5, envfile=True)
def p_fastlane_env_default(g, pos):
    expr, needle, kind = g.val("pw", pos, q="")
    if not pos and kind == "placeholder":
        expr = g.pick("", "<your Apple ID password>")
    txt = T(r'''# Shared fastlane environment
FASTLANE_USER=«email»
FASTLANE_PASSWORD=«slot»
FASTLANE_ITC_TEAM_ID=«itc»
FASTLANE_TEAM_ID=«team»
FASTLANE_SKIP_UPDATE_CHECK=1
''', email=g.ci_email, slot=expr, itc=g.itc_team, team=g.team)
    path = "fastlane/.env.default" if pos else g.pick("fastlane/.env.default.example", "fastlane/.env.sample")
    return path, txt, needle, kind


@tpl("app-store-receipts", 0.5, envfile=True)
def p_dotenv_backend(g, pos):
    expr, needle, kind = g.val("shared", pos, q="")
    txt = T(r'''NODE_ENV=production
PORT=3000
DATABASE_URL=postgres://app@db:5432/«appl»
APPLE_BUNDLE_ID=«bundle»
APPLE_SHARED_SECRET=«slot»
APPLE_VERIFY_SANDBOX_FALLBACK=true
LOG_LEVEL=info
''', appl=g.app.lower(), bundle=g.bundle, slot=expr)
    path = g.pick(".env", ".env.production") if pos else g.pick(".env.example", ".env.sample", "env.example")
    return path, txt, needle, kind


# ---------------------------------------------------------------- notarization / app-specific passwords
@tpl("apple-id", 1.2)
def p_notarytool_store(g, pos):
    expr, needle, kind = g.val("asp", pos, refs=['"$AC_PASSWORD"', '"${APPLE_APP_PASSWORD}"'])
    txt = T(r'''#!/bin/zsh
# One-time setup of the notarization profile on a new build Mac.
set -e

PROFILE="«prof»"

xcrun notarytool store-credentials "$PROFILE" \
  --apple-id "«email»" \
  --team-id "«team»" \
  --password «slot»

echo "Stored notarytool profile $PROFILE in the login keychain."
xcrun notarytool history --keychain-profile "$PROFILE" | head -n 5
''', prof=g.pick("AC_PASSWORD", "notary-" + g.app.lower(), "NOTARY_PROFILE"), email=g.email, team=g.team, slot=expr)
    return g.pick("scripts/setup-notary.sh", "tools/macos/store-notary-credentials.sh"), txt, needle, kind


@tpl("apple-id", 1.0)
def p_altool_upload(g, pos):
    expr, needle, kind = g.val("asp", pos, refs=['"@keychain:AC_PASSWORD"', '"$ALTOOL_PASSWORD"'])
    txt = T(r'''#!/bin/bash
set -euo pipefail

IPA="build/export/«app».ipa"

xcodebuild -exportArchive \
  -archivePath "build/«app».xcarchive" \
  -exportOptionsPlist ExportOptions.plist \
  -exportPath build/export

xcrun altool --validate-app -f "$IPA" -t ios -u «email» -p «slot»
xcrun altool --upload-app -f "$IPA" -t ios -u «email» -p «slot»
''', app=g.app, email=g.email, slot=expr)
    return g.pick("scripts/upload.sh", "release/upload-ipa.sh"), txt, needle, kind


@tpl("apple-id", 1.1)
def p_electron_notarize(g, pos):
    expr, needle, kind = g.val("asp", pos, q="'", refs=["process.env.APPLE_APP_SPECIFIC_PASSWORD", "process.env.APPLE_ID_PASSWORD"])
    txt = T(r'''// electron-builder afterSign hook
const { notarize } = require('@electron/notarize');

exports.default = async function notarizing(context) {
  const { electronPlatformName, appOutDir } = context;
  if (electronPlatformName !== 'darwin') {
    return;
  }
  const appName = context.packager.appInfo.productFilename;
  console.log(`notarizing ${appName}...`);
  return await notarize({
    tool: 'notarytool',
    appBundleId: '«bundle».desktop',
    appPath: `${appOutDir}/${appName}.app`,
    appleId: '«email»',
    appleIdPassword: «slot»,
    teamId: '«team»',
  });
};
''', bundle=g.bundle, email=g.email, slot=expr, team=g.team)
    return g.pick("build/notarize.js", "scripts/notarize.js", "electron/notarize.cjs"), txt, needle, kind


@tpl("apple-id", 0.9)
def p_gon_json(g, pos):
    expr, needle, kind = g.val("asp", pos, refs=['"@env:AC_PASSWORD"', '"@keychain:AC_PASSWORD"'])
    txt = T(r'''{
  "source": ["./dist/«appl»_darwin_universal/«appl»"],
  "bundle_id": "«bundle».cli",
  "apple_id": {
    "username": "«email»",
    "password": «slot»,
    "provider": "«team»"
  },
  "sign": {
    "application_identity": "Developer ID Application: «orgc» («team»)"
  },
  "zip": {
    "output_path": "dist/«appl»_macos.zip"
  }
}
''', appl=g.app.lower(), bundle=g.bundle, email=g.email, slot=expr, team=g.team, orgc=g.org.capitalize() + " Ltd")
    return g.pick("gon.json", ".gon/notarize.json"), txt, needle, kind


@tpl("apple-id", 0.9)
def p_makefile_notary(g, pos):
    expr, needle, kind = g.val("asp", pos, q="", refs=["$(shell security find-generic-password -s notary -w)", "$(AC_PASSWORD)"])
    txt = T(r'''APP_NAME      := «app»
DEVELOPER_ID  := Developer ID Application: «orgc» («team»)
NOTARY_USER   := «email»
NOTARY_PASS   ?= «slot»
TEAM_ID       := «team»

.PHONY: build sign notarize clean

build:
	swift build -c release --arch arm64 --arch x86_64

sign: build
	codesign --force --options runtime --timestamp --sign "$(DEVELOPER_ID)" .build/apple/Products/Release/$(APP_NAME)

notarize: sign
	ditto -c -k --keepParent .build/apple/Products/Release/$(APP_NAME) $(APP_NAME).zip
	xcrun notarytool submit $(APP_NAME).zip --apple-id "$(NOTARY_USER)" --team-id $(TEAM_ID) --password "$(NOTARY_PASS)" --wait

clean:
	rm -rf .build $(APP_NAME).zip
''', app=g.app, orgc=g.org.capitalize() + " GmbH", team=g.team, email=g.email, slot=expr)
    return "Makefile", txt, needle, kind


@tpl("apple-id", 0.9)
def p_package_json_scripts(g, pos):
    v, needle, kind = g.val("asp", pos, q="", refs=["$APPLE_APP_SPECIFIC_PASSWORD"])
    txt = T(r'''{
  "name": "«appl»-desktop",
  "version": "«ver»",
  "private": true,
  "main": "dist/main.js",
  "scripts": {
    "dev": "electron-vite dev",
    "build": "electron-vite build",
    "dist:mac": "APPLE_ID=«email» APPLE_APP_SPECIFIC_PASSWORD=«slot» APPLE_TEAM_ID=«team» electron-builder --mac --universal",
    "lint": "eslint . --ext .ts,.tsx"
  },
  "devDependencies": {
    "electron": "^30.0.0",
    "electron-builder": "^24.13.3",
    "electron-vite": "^2.2.0"
  }
}
''', appl=g.app.lower(), ver=g.version, email=g.email, slot=v, team=g.team)
    return "package.json", txt, needle, kind


@tpl("apple-id", 1.0)
def p_tauri_workflow(g, pos):
    expr, needle, kind = g.val("asp", pos, refs=[gh("APPLE_PASSWORD")])
    txt = T(r'''name: release
on:
  push:
    tags: [ 'v*' ]
jobs:
  publish-tauri:
    permissions:
      contents: write
    runs-on: macos-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: lts/*
      - uses: dtolnay/rust-toolchain@stable
        with:
          targets: aarch64-apple-darwin,x86_64-apple-darwin
      - run: npm ci
      - uses: tauri-apps/tauri-action@v0
        env:
          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
          APPLE_CERTIFICATE: ${{ secrets.APPLE_CERTIFICATE }}
          APPLE_CERTIFICATE_PASSWORD: ${{ secrets.APPLE_CERTIFICATE_PASSWORD }}
          APPLE_SIGNING_IDENTITY: "Developer ID Application: «orgc» («team»)"
          APPLE_ID: «email»
          APPLE_PASSWORD: «slot»
          APPLE_TEAM_ID: «team»
        with:
          tagName: v__VERSION__
          releaseName: '«app» v__VERSION__'
          args: --target universal-apple-darwin
''', orgc=g.org.capitalize() + " Inc", team=g.team, email=g.email, slot=expr, app=g.app)
    return g.pick(".github/workflows/release.yml", ".github/workflows/tauri-release.yml"), txt, needle, kind


@tpl("apple-id", 0.9)
def p_transporter_py(g, pos):
    expr, needle, kind = g.val("asp", pos, refs=['os.environ["TRANSPORTER_PASSWORD"]'])
    txt = T(r'''import subprocess
import sys

ITMS = "/usr/local/itms/bin/iTMSTransporter"


def upload(pkg: str) -> int:
    cmd = [
        ITMS, "-m", "upload",
        "-assetFile", pkg,
        "-u", "«email»",
        "-p", «slot»,
        "-asc_provider", "«team»",
        "-v", "eXtreme",
    ]
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(upload(sys.argv[1] if len(sys.argv) > 1 else "build/«app».pkg"))
''', email=g.email, slot=expr, team=g.team, app=g.app)
    return g.pick("release/transporter_upload.py", "scripts/upload_pkg.py"), txt, needle, kind


@tpl("apple-id", 0.9)
def p_xcode_cloud_script(g, pos):
    expr, needle, kind = g.val("asp", pos, refs=['"$NOTARY_PASSWORD"'])
    txt = T(r'''#!/bin/sh
# ci_scripts/ci_post_xcodebuild.sh — Xcode Cloud hook: notarize the Developer ID export.
set -e

if [ "$CI_XCODEBUILD_ACTION" != "archive" ] || [ -z "$CI_DEVELOPER_ID_SIGNED_APP_PATH" ]; then
  echo "Nothing to notarize"
  exit 0
fi

cd "$CI_DEVELOPER_ID_SIGNED_APP_PATH"
ditto -c -k --keepParent "«app».app" "/tmp/«app».zip"

xcrun notarytool submit "/tmp/«app».zip" \
  --apple-id "«email»" \
  --password «slot» \
  --team-id "«team»" \
  --wait --timeout 30m
''', app=g.app, email=g.email, slot=expr, team=g.team)
    return "ci_scripts/ci_post_xcodebuild.sh", txt, needle, kind


@tpl("apple-id", 0.7)
def p_accounts_csv(g, pos):
    v, needle, kind = g.val("asp", pos, q="", refs=["op://Mobile/notary/password", "vault:secret/data/mobile/notary#password"])
    txt = T(r'''service,apple_id,team_id,purpose,app_specific_password,owner
notarytool,«email»,«team»,macOS notarization,«slot»,«person»
''', email=g.email, team=g.team, slot=v, person=g.person)
    return g.pick("ops/apple-accounts.csv", "docs/release/accounts.csv"), txt, needle, kind


# ---------------------------------------------------------------- StoreKit shared secret
@tpl("app-store-receipts", 1.1)
def p_swiftystorekit(g, pos):
    expr, needle, kind = g.val("shared", pos, refs=['Secrets.iapSharedSecret', 'Bundle.main.object(forInfoDictionaryKey: "IAPSharedSecret") as? String ?? ""'])
    txt = T(r'''import Foundation
import SwiftyStoreKit

final class ReceiptService {
    static let shared = ReceiptService()

    private let subscriptionIDs: Set<String> = [
        "«bundle».pro.monthly",
        "«bundle».pro.yearly",
    ]

    func refreshEntitlements(completion: @escaping (Bool) -> Void) {
        let validator = AppleReceiptValidator(service: .production, sharedSecret: «slot»)
        SwiftyStoreKit.verifyReceipt(using: validator) { result in
            switch result {
            case .success(let receipt):
                let status = SwiftyStoreKit.verifySubscriptions(productIds: self.subscriptionIDs, inReceipt: receipt)
                if case .purchased = status {
                    completion(true)
                } else {
                    completion(false)
                }
            case .error(let error):
                print("Receipt verification failed: \(error)")
                completion(false)
            }
        }
    }
}
''', bundle=g.bundle, slot=expr)
    return g.pick("%s/Services/ReceiptService.swift" % g.app, "Sources/Store/ReceiptService.swift"), txt, needle, kind


@tpl("app-store-receipts", 1.0)
def p_objc_receipt(g, pos):
    expr, needle, kind = g.val("shared", pos, q='@"', refs=['[[NSBundle mainBundle] objectForInfoDictionaryKey:@"IAPSharedSecret"]', 'kSharedSecretFromConfig'])
    if expr.startswith('@"'):
        expr = expr[:-2] + '"' if expr.endswith('@"') else expr
    txt = T(r'''#import "XYZReceiptValidator.h"

static NSString * const kVerifyURL = @"https://buy.itunes.apple.com/verifyReceipt";
static NSString * const kSandboxURL = @"https://sandbox.itunes.apple.com/verifyReceipt";

@implementation XYZReceiptValidator

- (void)validateReceiptData:(NSData *)receipt sandbox:(BOOL)sandbox completion:(void (^)(NSDictionary *, NSError *))completion {
    NSDictionary *body = @{
        @"receipt-data": [receipt base64EncodedStringWithOptions:0],
        @"password": «slot»,
        @"exclude-old-transactions": @YES
    };
    NSMutableURLRequest *req = [NSMutableURLRequest requestWithURL:[NSURL URLWithString:sandbox ? kSandboxURL : kVerifyURL]];
    req.HTTPMethod = @"POST";
    req.HTTPBody = [NSJSONSerialization dataWithJSONObject:body options:0 error:nil];
    [[[NSURLSession sharedSession] dataTaskWithRequest:req completionHandler:^(NSData *data, NSURLResponse *resp, NSError *err) {
        if (err) { completion(nil, err); return; }
        completion([NSJSONSerialization JSONObjectWithData:data options:0 error:nil], nil);
    }] resume];
}

@end
''', slot=expr)
    return g.pick("%s/Store/XYZReceiptValidator.m" % g.app, "Classes/Purchases/XYZReceiptValidator.m"), txt, needle, kind


@tpl("app-store-receipts", 1.1)
def p_py_verify_receipt(g, pos):
    expr, needle, kind = g.val("shared", pos, refs=['settings.APPLE_SHARED_SECRET', 'os.getenv("APPSTORE_SHARED_SECRET")'])
    var = g.pick("APP_SHARED_SECRET", "ITUNES_PASSWORD", "_secret")
    txt = T(r'''import logging

import requests

log = logging.getLogger(__name__)

PRODUCTION = "https://buy.itunes.apple.com/verifyReceipt"
SANDBOX = "https://sandbox.itunes.apple.com/verifyReceipt"
«var» = «slot»


def verify(receipt_b64: str) -> dict:
    payload = {"receipt-data": receipt_b64, "password": «var», "exclude-old-transactions": True}
    resp = requests.post(PRODUCTION, json=payload, timeout=15).json()
    if resp.get("status") == 21007:  # sandbox receipt sent to production
        resp = requests.post(SANDBOX, json=payload, timeout=15).json()
    if resp.get("status") != 0:
        log.warning("verifyReceipt status %s", resp.get("status"))
    return resp
''', var=var, slot=expr)
    return g.pick("payments/apple_receipts.py", "app/iap/verify.py"), txt, needle, kind


@tpl("app-store-receipts", 1.0)
def p_node_iap(g, pos):
    expr, needle, kind = g.val("shared", pos, q="'", refs=["process.env.APPLE_SHARED_SECRET"])
    txt = T(r'''const iap = require('in-app-purchase');

iap.config({
  applePassword: «slot»,
  appleExcludeOldTransactions: true,
  test: process.env.NODE_ENV !== 'production',
  verbose: false,
});

async function validateApple(receipt) {
  await iap.setup();
  const validated = await iap.validate(receipt);
  return iap.getPurchaseData(validated, { ignoreCanceled: true, ignoreExpired: true });
}

module.exports = { validateApple };
''', slot=expr)
    return g.pick("src/billing/apple.js", "lib/iap.js"), txt, needle, kind


@tpl("app-store-receipts", 0.9)
def p_xcconfig_secret(g, pos):
    expr, needle, kind = g.val("shared", pos, q="", refs=["$(IAP_SHARED_SECRET_FROM_CI)"])
    txt = T(r'''// Release.xcconfig
#include "Base.xcconfig"

PRODUCT_BUNDLE_IDENTIFIER = «bundle»
DEVELOPMENT_TEAM = «team»
CODE_SIGN_STYLE = Manual
CODE_SIGN_IDENTITY = Apple Distribution
PROVISIONING_PROFILE_SPECIFIER = match AppStore «bundle»
SWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE
API_BASE_URL = https:/$()/api.«org».com
IAP_SHARED_SECRET = «slot»
''', bundle=g.bundle, team=g.team, org=g.org, slot=expr)
    return g.pick("Config/Release.xcconfig", "%s/Configuration/Release.xcconfig" % g.app), txt, needle, kind


@tpl("app-store-receipts", 0.9)
def p_infoplist_secret(g, pos):
    v, needle, kind = g.val("shared", pos, q="", refs=["$(IAP_SHARED_SECRET)"])
    txt = T(r'''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDevelopmentRegion</key>
	<string>$(DEVELOPMENT_LANGUAGE)</string>
	<key>CFBundleDisplayName</key>
	<string>«app»</string>
	<key>CFBundleExecutable</key>
	<string>$(EXECUTABLE_NAME)</string>
	<key>CFBundleIdentifier</key>
	<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
	<key>CFBundleShortVersionString</key>
	<string>«ver»</string>
	<key>CFBundleVersion</key>
	<string>«build»</string>
	<key>ITCSharedSecret</key>
	<string>«slot»</string>
	<key>LSRequiresIPhoneOS</key>
	<true/>
	<key>UILaunchStoryboardName</key>
	<string>LaunchScreen</string>
</dict>
</plist>
''', app=g.app, ver=g.version, build=g.build, slot=v)
    return g.pick("%s/Info.plist" % g.app, "%s/Supporting Files/Info.plist" % g.app), txt, needle, kind


@tpl("app-store-receipts", 0.9)
def p_sql_seed(g, pos):
    expr, needle, kind = g.val("shared", pos, q="'")
    txt = T(r'''-- «n»_store_settings.sql
CREATE TABLE IF NOT EXISTS store_settings (
    platform      VARCHAR(16) PRIMARY KEY,
    bundle_id     VARCHAR(255) NOT NULL,
    shared_secret VARCHAR(64),
    sandbox       BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at    TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

INSERT INTO store_settings (platform, bundle_id, shared_secret, sandbox)
VALUES ('ios', '«bundle»', «slot», FALSE);
''', n=g.date().replace("-", ""), bundle=g.bundle, slot=expr)
    return g.pick("db/migrations/%s_store_settings.sql" % g.date().replace("-", ""), "sql/seed_store_settings.sql"), txt, needle, kind


@tpl("app-store-receipts", 1.0)
def p_iap_yaml(g, pos):
    expr, needle, kind = g.val("shared", pos, q="", refs=["${APPLE_SHARED_SECRET}", "'{{ vault_apple_shared_secret }}'"])
    txt = T(r'''default: &default
  apple:
    bundle_id: «bundle»
    verify_url: https://buy.itunes.apple.com/verifyReceipt
    sandbox_url: https://sandbox.itunes.apple.com/verifyReceipt
    shared_secret: «slot»
    products:
      - «bundle».premium.monthly
      - «bundle».premium.annual
  google:
    package_name: «bundle»
    service_account: config/google-play.json

production:
  <<: *default
''', bundle=g.bundle, slot=expr)
    return g.pick("config/iap.yml", "config/store.yml", "deploy/group_vars/all/iap.yml"), txt, needle, kind


@tpl("app-store-receipts", 0.9)
def p_php_receipt(g, pos):
    expr, needle, kind = g.val("shared", pos, q="'", refs=["config('services.apple.shared_secret')", "getenv('APPLE_SHARED_SECRET')"])
    txt = T(r'''<?php

namespace App\Services\Billing;

use ReceiptValidator\iTunes\Validator as iTunesValidator;

class AppleReceiptValidator
{
    public function validate(string $receiptBase64): array
    {
        $validator = new iTunesValidator(iTunesValidator::ENDPOINT_PRODUCTION);
        $response = $validator
            ->setSharedSecret(«slot»)
            ->setReceiptData($receiptBase64)
            ->setExcludeOldTransactions(true)
            ->validate();

        if (!$response->isValid()) {
            throw new \RuntimeException('Receipt invalid: ' . $response->getResultCode());
        }

        return $response->getLatestReceiptInfo();
    }
}
''', slot=expr)
    return g.pick("app/Services/Billing/AppleReceiptValidator.php", "src/Billing/AppleReceiptValidator.php"), txt, needle, kind


@tpl("app-store-receipts", 0.8)
def p_kotlin_cfg(g, pos):
    expr, needle, kind = g.val("shared", pos, refs=['System.getenv("APPLE_SHARED_SECRET") ?: ""'])
    txt = T(r'''package com.«org».subscriptions.config

data class AppStoreConfig(
    val bundleId: String,
    val sharedSecret: String,
    val useSandbox: Boolean = false,
)

object StoreConfigs {
    val ios = AppStoreConfig(
        bundleId = "«bundle»",
        sharedSecret = «slot»,
        useSandbox = false,
    )
}
''', org=g.org, bundle=g.bundle, slot=expr)
    return "src/main/kotlin/com/%s/subscriptions/config/StoreConfigs.kt" % g.org, txt, needle, kind


@tpl("app-store-receipts", 0.8)
def p_tf_shared(g, pos):
    expr, needle, kind = g.val("shared", pos, refs=["var.apple_shared_secret"])
    txt = T(r'''resource "google_secret_manager_secret" "apple_iap" {
  secret_id = "apple-iap-«appl»"
  replication {
    auto {}
  }
}

resource "google_secret_manager_secret_version" "apple_iap" {
  secret = google_secret_manager_secret.apple_iap.id
  secret_data = jsonencode({
    bundle_id     = "«bundle»"
    shared_secret = «slot»
  })
}
''', appl=g.app.lower(), bundle=g.bundle, slot=expr)
    return g.pick("infra/iap.tf", "terraform/secrets/apple_iap.tf"), txt, needle, kind


# ---------------------------------------------------------------- code signing
@tpl("code-signing", 1.2)
def p_sh_security_import(g, pos):
    expr, needle, kind = g.val("pw", pos, refs=['"$P12_PASSWORD"', '"${CERTIFICATE_PASSWORD}"'])
    txt = T(r'''#!/usr/bin/env bash
# Imports the distribution identity into a throw-away keychain on the CI runner.
set -euo pipefail

KEYCHAIN="$RUNNER_TEMP/app-signing.keychain-db"
KEYCHAIN_PASSWORD="$(uuidgen)"

echo "$BUILD_CERTIFICATE_BASE64" | base64 --decode > "$RUNNER_TEMP/dist.p12"
echo "$BUILD_PROVISION_PROFILE_BASE64" | base64 --decode > "$RUNNER_TEMP/dist.mobileprovision"

security create-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
security set-keychain-settings -lut 21600 "$KEYCHAIN"
security unlock-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"

security import "$RUNNER_TEMP/dist.p12" -P «slot» -A -t cert -f pkcs12 -k "$KEYCHAIN"
security set-key-partition-list -S apple-tool:,apple: -k "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
security list-keychain -d user -s "$KEYCHAIN"

mkdir -p ~/Library/MobileDevice/Provisioning\ Profiles
cp "$RUNNER_TEMP/dist.mobileprovision" ~/Library/MobileDevice/Provisioning\ Profiles/
''', slot=expr)
    return g.pick("scripts/ci/import-certs.sh", "ci/install_signing.sh", ".github/scripts/keychain.sh"), txt, needle, kind


@tpl("code-signing", 1.1)
def p_gha_import_codesign(g, pos):
    expr, needle, kind = g.val("pw", pos, refs=[gh("P12_PASSWORD"), gh("CERTIFICATES_P12_PASSWORD")])
    txt = T(r'''name: macOS build
on: [push]
jobs:
  build:
    runs-on: macos-14
    steps:
      - uses: actions/checkout@v4
      - name: Import signing certificate
        uses: apple-actions/import-codesign-certs@v3
        with:
          p12-file-base64: ${{ secrets.CERTIFICATES_P12 }}
          p12-password: «slot»
      - name: Download provisioning profiles
        uses: apple-actions/download-provisioning-profiles@v3
        with:
          bundle-id: «bundle»
          issuer-id: ${{ secrets.APPSTORE_ISSUER_ID }}
          api-key-id: ${{ secrets.APPSTORE_KEY_ID }}
          api-private-key: ${{ secrets.APPSTORE_PRIVATE_KEY }}
      - name: Build
        run: xcodebuild -scheme «scheme» -configuration Release -archivePath build/«scheme».xcarchive archive
''', slot=expr, bundle=g.bundle, scheme=g.scheme)
    return g.pick(".github/workflows/macos.yml", ".github/workflows/build-macos.yml"), txt, needle, kind


@tpl("code-signing", 1.1)
def p_expo_credentials(g, pos):
    expr, needle, kind = g.val("pw", pos)
    txt = T(r'''{
  "ios": {
    "provisioningProfilePath": "ios/certs/profile.mobileprovision",
    "distributionCertificate": {
      "path": "ios/certs/dist-cert.p12",
      "password": «slot»
    }
  }
}
''', slot=expr)
    return "credentials.json", txt, needle, kind


@tpl("code-signing", 1.0)
def p_fastlane_import_cert(g, pos):
    expr, needle, kind = g.val("pw", pos, refs=['ENV["DIST_CERT_PASSWORD"]'])
    txt = T(r'''platform :mac do
  lane :install_identity do
    keychain = "ci.keychain"
    create_keychain(name: keychain, password: ENV["CI_KEYCHAIN_PASSWORD"], unlock: true, timeout: 0)
    import_certificate(
      certificate_path: "signing/DeveloperID_Application.p12",
      certificate_password: «slot»,
      keychain_name: keychain,
      keychain_password: ENV["CI_KEYCHAIN_PASSWORD"]
    )
  end
end
''', slot=expr)
    return g.pick("fastlane/Fastfile", "fastlane/mac/Fastfile"), txt, needle, kind


@tpl("code-signing", 0.9)
def p_bitrise_cert_pass(g, pos):
    expr, needle, kind = g.val("pw", pos, refs=["$BITRISE_CERTIFICATE_PASSPHRASE_SECRET"])
    txt = T(r'''format_version: '11'
default_step_lib_source: https://github.com/bitrise-io/bitrise-steplib.git
app:
  envs:
  - BITRISE_PROJECT_PATH: ios/«proj».xcworkspace
  - BITRISE_SCHEME: «scheme»
  - BITRISE_EXPORT_METHOD: ad-hoc
workflows:
  adhoc:
    steps:
    - activate-ssh-key@4: {}
    - git-clone@8: {}
    - certificate-and-profile-installer@1:
        inputs:
        - certificate_url: file://./signing/adhoc.p12
        - certificate_passphrase: «slot»
        - provisioning_profile_url: file://./signing/adhoc.mobileprovision
    - xcode-archive@5:
        inputs:
        - distribution_method: $BITRISE_EXPORT_METHOD
    - deploy-to-bitrise-io@2: {}
''', proj=g.proj, scheme=g.scheme, slot=expr)
    return g.pick("bitrise.yml", "ci/bitrise.yml"), txt, needle, kind


@tpl("code-signing", 0.9)
def p_codemagic_cli_cert(g, pos):
    expr, needle, kind = g.val("pw", pos, refs=['"$CERTIFICATE_PASSWORD"', "$CM_CERTIFICATE_PASSWORD"])
    txt = T(r'''workflows:
  mac-notarized:
    name: macOS Developer ID
    instance_type: mac_mini_m2
    environment:
      groups:
        - apple_credentials
    scripts:
      - name: Keychain
        script: |
          keychain initialize
          echo $CM_CERTIFICATE | base64 --decode > /tmp/developer_id.p12
          keychain add-certificates --certificate /tmp/developer_id.p12 --certificate-password «slot»
      - name: Build
        script: |
          xcodebuild -project «proj».xcodeproj -scheme «scheme» -configuration Release \
            -archivePath build/«scheme».xcarchive archive
    artifacts:
      - build/**/*.zip
''', slot=expr, proj=g.proj, scheme=g.scheme)
    return "codemagic.yaml", txt, needle, kind


@tpl("code-signing", 0.9)
def p_ci_post_clone_keychain(g, pos):
    expr, needle, kind = g.val("pw", pos, refs=['"$KEYCHAIN_PASS"'])
    txt = T(r'''#!/bin/sh
# ci_scripts/ci_post_clone.sh
set -e

brew install swiftlint

# Custom keychain for the SPM plugin that signs the helper tool
security create-keychain -p «slot» helper-signing.keychain
security unlock-keychain -p «slot» helper-signing.keychain
security list-keychains -d user -s helper-signing.keychain login.keychain

cd "$CI_PRIMARY_REPOSITORY_PATH"
defaults write com.apple.dt.Xcode IDESkipPackagePluginFingerprintValidatation -bool YES
''', slot=expr)
    return "ci_scripts/ci_post_clone.sh", txt, needle, kind


@tpl("code-signing", 0.8)
def p_ci_log_leak(g, pos):
    expr, needle, kind = g.val("pw", pos, q="")
    if not pos and kind in ("empty",):
        expr = "***"
        kind = "masked"
    t0 = g.clock()
    txt = T(r'''[«t»] Run ./scripts/ci/import-certs.sh
[«t»] + KEYCHAIN=/Users/runner/work/_temp/app-signing.keychain-db
[«t»] + echo '***'
[«t»] + security create-keychain -p '***' /Users/runner/work/_temp/app-signing.keychain-db
[«t»] + security set-keychain-settings -lut 21600 /Users/runner/work/_temp/app-signing.keychain-db
[«t»] + security import /Users/runner/work/_temp/dist.p12 -P «slot» -A -t cert -f pkcs12 -k /Users/runner/work/_temp/app-signing.keychain-db
[«t»] 1 identity imported.
[«t»] + security list-keychain -d user -s /Users/runner/work/_temp/app-signing.keychain-db
[«t»] ▸ Building «app»/«app» [Release]
[«t»] ▸ Compiling AppDelegate.swift
[«t»] ▸ Signing «app».app
[«t»] ** ARCHIVE SUCCEEDED **
''', t=t0, slot=expr, app=g.app)
    return g.pick("logs/ci-build-%s.log" % g.build, "build/logs/archive.log"), txt, needle, kind


# ================================================================ look-alike negatives
PLIST_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
              '<plist version="1.0">\n<dict>\n')
PLIST_TAIL = "</dict>\n</plist>\n"


@look("code-signing", 1.2)
def n_export_options(g):
    prof = g.uuid() if g.chance(0.5) else "match AppStore %s" % g.bundle
    body = T('''	<key>method</key>
	<string>«m»</string>
	<key>teamID</key>
	<string>«team»</string>
	<key>signingStyle</key>
	<string>manual</string>
	<key>signingCertificate</key>
	<string>Apple Distribution</string>
	<key>provisioningProfiles</key>
	<dict>
		<key>«bundle»</key>
		<string>«prof»</string>
		<key>«bundle».widget</key>
		<string>«prof2»</string>
	</dict>
	<key>uploadSymbols</key>
	<true/>
	<key>destination</key>
	<string>export</string>
''', m=g.pick("app-store-connect", "app-store", "ad-hoc", "enterprise"), team=g.team, bundle=g.bundle, prof=prof,
             prof2=g.uuid() if "-" in prof and not prof.startswith("match") else "match AppStore %s.widget" % g.bundle)
    return g.pick("ExportOptions.plist", "ios/ExportOptions.plist", "build/ExportOptions-AppStore.plist"), PLIST_HEAD + body + PLIST_TAIL, "team-id/profile-uuid"


@look("fastlane", 1.0)
def n_appfile(g):
    txt = T('''app_identifier("«bundle»") # The bundle identifier of your app
apple_id("«email»") # Your Apple email address

itc_team_id("«itc»") # App Store Connect Team ID
team_id("«team»") # Developer Portal Team ID

for_platform :mac do
  app_identifier("«bundle».mac")
end

# For more information about the Appfile, see:
#     https://docs.fastlane.tools/advanced/#appfile
''', bundle=g.bundle, email=g.email, itc=g.itc_team, team=g.team)
    return g.pick("fastlane/Appfile", "ios/fastlane/Appfile"), txt, "team-ids"


@look("fastlane", 1.0)
def n_matchfile(g):
    txt = T('''git_url(ENV["MATCH_GIT_URL"] || "https://github.com/«org»/ios-signing.git")
storage_mode("git")
type("appstore")
readonly(true)
app_identifier(["«bundle»", "«bundle».share"])
team_id("«team»")
# keychain_password is taken from MATCH_KEYCHAIN_PASSWORD on CI
# git_basic_authorization(Base64.strict_encode64(ENV["MATCH_GIT_BASIC_AUTHORIZATION"]))
''', org=g.org, bundle=g.bundle, team=g.team)
    return g.pick("fastlane/Matchfile", "ios/fastlane/Matchfile"), txt, "env-reference"


@look("xcode", 1.2)
def n_pbxproj(g):
    ids = [g.s("0123456789ABCDEF", 24) for _ in range(12)]
    txt = T('''// !$*UTF8*$!
{
	archiveVersion = 1;
	classes = {
	};
	objectVersion = 56;
	objects = {

/* Begin PBXBuildFile section */
		«i0» /* AppDelegate.swift in Sources */ = {isa = PBXBuildFile; fileRef = «i1» /* AppDelegate.swift */; };
		«i2» /* ContentView.swift in Sources */ = {isa = PBXBuildFile; fileRef = «i3» /* ContentView.swift */; };
		«i4» /* Assets.xcassets in Resources */ = {isa = PBXBuildFile; fileRef = «i5» /* Assets.xcassets */; };
/* End PBXBuildFile section */

/* Begin XCBuildConfiguration section */
		«i6» /* Release */ = {
			isa = XCBuildConfiguration;
			buildSettings = {
				ASSETCATALOG_COMPILER_APPICON_NAME = AppIcon;
				CODE_SIGN_ENTITLEMENTS = «app»/«app».entitlements;
				CODE_SIGN_IDENTITY = "Apple Distribution";
				CODE_SIGN_STYLE = Manual;
				CURRENT_PROJECT_VERSION = «build»;
				DEVELOPMENT_TEAM = «team»;
				INFOPLIST_FILE = «app»/Info.plist;
				MARKETING_VERSION = «ver»;
				PRODUCT_BUNDLE_IDENTIFIER = «bundle»;
				PROVISIONING_PROFILE = "«uuid»";
				"PROVISIONING_PROFILE_SPECIFIER[sdk=iphoneos*]" = "match AppStore «bundle»";
				SWIFT_VERSION = 5.0;
				TARGETED_DEVICE_FAMILY = "1,2";
			};
			name = Release;
		};
/* End XCBuildConfiguration section */
	};
	rootObject = «i7» /* Project object */;
}
''', i0=ids[0], i1=ids[1], i2=ids[2], i3=ids[3], i4=ids[4], i5=ids[5], i6=ids[6], i7=ids[7], app=g.app,
          build=g.build, team=g.team, ver=g.version, bundle=g.bundle, uuid=g.uuid())
    return "%s.xcodeproj/project.pbxproj" % g.proj, txt, "object-ids"


@look("dependencies", 1.0)
def n_podfile_lock(g):
    pods = g.r.sample(["Alamofire", "Firebase", "Kingfisher", "SnapKit", "SwiftLint", "Sentry", "lottie-ios",
                       "RevenueCat", "GoogleUtilities", "nanopb", "PromisesObjC", "KeychainAccess"], 6)
    vers = {p: "%d.%d.%d" % (g.r.randrange(1, 11), g.r.randrange(0, 30), g.r.randrange(0, 9)) for p in pods}
    lines = ["PODS:"] + ["  - %s (%s)" % (p, vers[p]) for p in pods] + ["", "DEPENDENCIES:"]
    lines += ["  - %s (~> %s)" % (p, vers[p].rsplit(".", 1)[0]) for p in pods]
    lines += ["", "SPEC REPOS:", "  trunk:"] + ["    - %s" % p for p in pods] + ["", "SPEC CHECKSUMS:"]
    lines += ["  %s: %s" % (p, g.hexs(40)) for p in pods]
    lines += ["", "PODFILE CHECKSUM: " + g.hexs(40), "", "COCOAPODS: 1.%d.%d" % (g.r.randrange(11, 16), g.r.randrange(0, 3))]
    return g.pick("Podfile.lock", "ios/Podfile.lock"), "\n".join(lines) + "\n", "sha1-checksums"


@look("dependencies", 1.0)
def n_package_resolved(g):
    deps = g.r.sample([("swift-argument-parser", "apple"), ("swift-collections", "apple"), ("swift-log", "apple"),
                       ("Kingfisher", "onevcat"), ("swift-composable-architecture", "pointfreeco"),
                       ("purchases-ios", "RevenueCat"), ("sentry-cocoa", "getsentry"), ("KeychainAccess", "kishikawakatsumi")], 4)
    pins = []
    for name, owner in deps:
        pins.append('    {\n      "identity" : "%s",\n      "kind" : "remoteSourceControl",\n      "location" : "https://github.com/%s/%s",\n'
                    '      "state" : {\n        "revision" : "%s",\n        "version" : "%d.%d.%d"\n      }\n    }'
                    % (name.lower(), owner, name, g.hexs(40), g.r.randrange(0, 8), g.r.randrange(0, 20), g.r.randrange(0, 9)))
    txt = '{\n  "originHash" : "%s",\n  "pins" : [\n%s\n  ],\n  "version" : 3\n}\n' % (g.hexs(64), ",\n".join(pins))
    return g.pick("%s.xcworkspace/xcshareddata/swiftpm/Package.resolved" % g.proj, "Package.resolved"), txt, "git-revisions"


@look("code-signing", 1.1)
def n_mobileprovision_decoded(g):
    cert = chunks(g.b64rand(g.r.randrange(900, 1300)), 68)
    txt = PLIST_HEAD + T('''	<key>AppIDName</key>
	<string>«app»</string>
	<key>ApplicationIdentifierPrefix</key>
	<array>
	<string>«team»</string>
	</array>
	<key>CreationDate</key>
	<date>«date»T10:12:44Z</date>
	<key>Platform</key>
	<array>
		<string>iOS</string>
	</array>
	<key>DeveloperCertificates</key>
	<array>
		<data>«cert»</data>
	</array>
	<key>Entitlements</key>
	<dict>
		<key>application-identifier</key>
		<string>«team».«bundle»</string>
		<key>aps-environment</key>
		<string>production</string>
		<key>com.apple.developer.team-identifier</key>
		<string>«team»</string>
		<key>get-task-allow</key>
		<false/>
	</dict>
	<key>ExpirationDate</key>
	<date>«date2»T10:12:44Z</date>
	<key>Name</key>
	<string>match AppStore «bundle»</string>
	<key>TeamIdentifier</key>
	<array>
		<string>«team»</string>
	</array>
	<key>TeamName</key>
	<string>«orgc»</string>
	<key>TimeToLive</key>
	<integer>365</integer>
	<key>UUID</key>
	<string>«uuid»</string>
	<key>Version</key>
	<integer>1</integer>
''', app=g.app, team=g.team, date=g.date(), cert="".join(cert), bundle=g.bundle, date2=g.date(),
                           orgc=g.org.capitalize() + " Ltd", uuid=g.uuid()) + PLIST_TAIL
    return g.pick("signing/profiles/AppStore_%s.plist" % g.bundle, "docs/signing/profile-dump.plist"), txt, "public-certificate"


@look("apple", 0.9)
def n_aasa(g):
    ids = ['"%s.%s"' % (g.team, g.bundle), '"%s.%s.beta"' % (g.team, g.bundle)]
    txt = T('''{
  "applinks": {
    "details": [
      {
        "appIDs": [ «ids» ],
        "components": [
          { "/": "/invite/*", "comment": "Invitations" },
          { "/": "/item/*" },
          { "/": "/admin/*", "exclude": true }
        ]
      }
    ]
  },
  "webcredentials": {
    "apps": [ «id0» ]
  },
  "appclips": {
    "apps": [ "«team».«bundle».Clip" ]
  }
}
''', ids=", ".join(ids), id0=ids[0], team=g.team, bundle=g.bundle)
    return g.pick("public/.well-known/apple-app-site-association", "static/.well-known/apple-app-site-association"), txt, "app-ids"


@look("code-signing", 1.0)
def n_find_identity_log(g):
    ids = [(g.hexs(40).upper(), n) for n in ["Apple Development: %s %s (%s)" % (g.person.capitalize(), g.pick("Keller", "Ito", "Moreau", "Silva"), g.s(UPD, 10)),
                                              "Apple Distribution: %s Ltd (%s)" % (g.org.capitalize(), g.team),
                                              "Developer ID Application: %s Ltd (%s)" % (g.org.capitalize(), g.team)]]
    lines = ["$ security find-identity -v -p codesigning"]
    lines += ['  %d) %s "%s"' % (i + 1, h, n) for i, (h, n) in enumerate(ids)]
    lines += ["     %d valid identities found" % len(ids), "",
              "$ security find-certificate -c \"Apple Distribution\" -Z | grep SHA",
              "SHA-256 hash: " + g.hexs(64).upper(), "SHA-1 hash: " + ids[1][0]]
    return g.pick("docs/signing/identities.txt", "logs/codesign-identities.log"), "\n".join(lines) + "\n", "certificate-fingerprints"


@look("code-signing", 1.0)
def n_codesign_dv(g):
    txt = T('''Executable=/Users/runner/work/«app»/build/«app».app/Contents/MacOS/«app»
Identifier=«bundle»
Format=app bundle with Mach-O universal (x86_64 arm64)
CodeDirectory v=20500 size=«sz» flags=0x10000(runtime) hashes=«h» location=embedded
Hash type=sha256 size=32
CandidateCDHash sha256=«cd1»
CandidateCDHashFull sha256=«cd2»
Hash choices=sha256
CMSDigest=«cd2»
CMSDigestType=2
CDHash=«cd1»
Signature size=9046
Authority=Developer ID Application: «orgc» («team»)
Authority=Developer ID Certification Authority
Authority=Apple Root CA
Timestamp=«d» at 10:41:07
Notarization Ticket=stapled
Info.plist entries=31
TeamIdentifier=«team»
Runtime Version=14.2.0
Sealed Resources version=2 rules=13 files=212
Internal requirements count=1 size=220
''', app=g.app, bundle=g.bundle, sz=str(g.r.randrange(20000, 90000)), h=str(g.r.randrange(500, 3000)),
          cd1=g.hexs(40), cd2=g.hexs(64), orgc=g.org.capitalize() + " Ltd", team=g.team, d=g.date())
    return g.pick("docs/release/codesign-verify.txt", "logs/codesign-dvvv.log"), txt, "cdhash"


@look("apple-id", 1.0)
def n_notary_log(g):
    sub = g.uuid()
    txt = json.dumps({
        "logFormatVersion": 1, "jobId": sub, "status": "Accepted", "statusSummary": "Ready for distribution",
        "statusCode": 0, "archiveFilename": "%s.zip" % g.app, "uploadDate": g.date() + "T09:14:52.201Z",
        "sha256": g.hexs(64),
        "ticketContents": [{"path": "%s.zip/%s.app" % (g.app, g.app), "digestAlgorithm": "SHA-256", "cdhash": g.hexs(40), "arch": a}
                           for a in ("x86_64", "arm64")],
        "issues": None}, indent=2) + "\n"
    return g.pick("notarization/%s.json" % sub, "build/notary-log.json"), txt, "submission-uuid/sha256"


@look("app-store-server-api", 1.1)
def n_asn_v2_fixture(g):
    k = ECKey(g.r)
    x5c = [g.b64rand(g.r.randrange(700, 1000)) for _ in range(3)]
    inner = jwt_es256(k, {"alg": "ES256", "x5c": x5c[:1]}, {
        "transactionId": str(g.r.randrange(2 * 10 ** 14, 9 * 10 ** 14)), "originalTransactionId": str(g.r.randrange(2 * 10 ** 14, 9 * 10 ** 14)),
        "bundleId": g.bundle, "productId": g.bundle + ".pro.monthly", "purchaseDate": g.ts() * 1000,
        "type": "Auto-Renewable Subscription", "environment": "Sandbox"})
    outer = jwt_es256(k, {"alg": "ES256", "x5c": x5c}, {
        "notificationType": "DID_RENEW", "notificationUUID": g.uuid(), "version": "2.0", "signedDate": g.ts() * 1000,
        "data": {"appAppleId": int(g.app_id), "bundleId": g.bundle, "bundleVersion": g.build, "environment": "Sandbox",
                 "signedTransactionInfo": inner}})
    txt = json.dumps({"signedPayload": outer}, indent=2) + "\n"
    return g.pick("tests/fixtures/apple/did_renew.json", "spec/fixtures/app_store_notification_v2.json"), txt, "signed-jws"


@look("mapkit", 1.1)
def n_mapkit_html(g):
    tok = g.mapkit_token()
    txt = T('''<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Find a «app» store</title>
  <script src="https://cdn.apple-mapkit.com/mk/5.x.x/mapkit.core.js"
          crossorigin async
          data-callback="initMapKit"
          data-libraries="map,annotations,services"
          data-initial-token="«tok»"></script>
  <style>#map { height: 480px; }</style>
</head>
<body>
  <div id="map"></div>
  <script>
    async function initMapKit() {
      const map = new mapkit.Map("map", { center: new mapkit.Coordinate(«lat», «lon») });
      map.showsUserLocationControl = true;
    }
  </script>
</body>
</html>
''', app=g.app, tok=tok, lat="%.4f" % g.r.uniform(-50, 60), lon="%.4f" % g.r.uniform(-120, 150))
    return g.pick("public/stores.html", "web/stores/index.html"), txt, "public-token"


@look("mapkit", 0.8)
def n_mapkit_js(g):
    tok = g.mapkit_token()
    txt = T('''// Demo token generated for the docs site (origin-restricted, expires).
mapkit.init({
  authorizationCallback: function (done) {
    done("«tok»");
  },
  language: "en",
});

const map = new mapkit.Map("map");
map.region = new mapkit.CoordinateRegion(
  new mapkit.Coordinate(«lat», «lon»),
  new mapkit.CoordinateSpan(0.05, 0.05)
);
''', tok=tok, lat="%.4f" % g.r.uniform(-50, 60), lon="%.4f" % g.r.uniform(-120, 150))
    return g.pick("docs/site/js/map-demo.js", "examples/mapkit/demo.js"), txt, "public-token"


@look("app-store-connect", 1.0)
def n_public_key_pem(g):
    k = ECKey(g.r)
    txt = "\n".join(pem_lines("PUBLIC KEY", k.spki())) + "\n"
    return g.pick("cloudkit/eckey.pub.pem", "keys/%s.pub" % g.keyid, "config/keys/receipt-verify.pub.pem"), txt, "public-key"


@look("code-signing", 0.9)
def n_certificate_pem(g):
    body = "MIIE" + g.b64rand(g.r.randrange(880, 1150))[4:]
    txt = "\n".join(pem_lines("CERTIFICATE", body)) + "\n"
    return g.pick("certs/AppleWWDRCAG3.pem", "signing/apple_distribution.cer.pem", "server/certs/apple_root_g3.pem"), txt, "public-certificate"


@look("fastlane", 1.0)
def n_match_encrypted(g):
    data = "U2FsdGVkX1" + g.b64rand(g.r.randrange(1800, 2600))[10:]
    txt = "\n".join(chunks(data, 76)) + "\n" if g.chance(0.4) else data + "\n"
    kind = g.pick("certs/distribution/%s.p12" % g.s(UPD, 10), "profiles/appstore/AppStore_%s.mobileprovision" % g.bundle,
                  "certs/development/%s.cer" % g.s(UPD, 10))
    return kind, txt, "encrypted-blob"


@look("fastlane", 0.7)
def n_match_readme(g):
    txt = T('''## fastlane match

This repository contains all your certificates and provisioning profiles needed to build and sign your applications. They are encrypted using OpenSSL via a passphrase.

**Important:** Make sure this repository is set to private and only your team members have access to this repo.

Do not modify this file, as it gets overwritten every time you run _match_.

### Installation

Make sure you have the latest version of the Xcode command line tools installed:

```
xcode-select --install
```

Install _fastlane_ using

```
[sudo] gem install fastlane -NV
```

### Usage

Navigate to your project folder and run

```
fastlane match appstore
fastlane match adhoc
fastlane match development
```

The passphrase is stored in the team vault under "«org» / match".

### Content

#### certs

This directory contains all your certificates with their private keys

#### profiles

This directory contains all provisioning profiles
''', org=g.org)
    return "README.md", txt, "docs"


@look("crash-reporting", 0.9)
def n_crash_log(g):
    imgs = []
    base = 0x100000000 + g.r.randrange(0, 0xfffff) * 0x1000
    for name in [g.app, "libswiftCore.dylib", "UIKitCore", "Foundation", "libsystem_kernel.dylib"]:
        imgs.append("0x%x - 0x%x %s arm64  <%s> /%s" % (base, base + g.r.randrange(0x10000, 0x900000), name, g.hexs(32), name))
        base += 0x10000000
    txt = T('''Incident Identifier: «inc»
CrashReporter Key:   «crk»
Hardware Model:      iPhone15,3
Process:             «app» [«pid»]
Identifier:          «bundle»
Version:             «ver» («build»)
Code Type:           ARM-64 (Native)
OS Version:          iPhone OS 17.4.1 (21E236)

Exception Type:  EXC_BREAKPOINT (SIGTRAP)
Triggered by Thread:  0

Thread 0 Crashed:
0   «app»                 0x0000000100a4c2f8 0x100a28000 + 148216
1   «app»                 0x0000000100a4b9d0 0x100a28000 + 145872
2   SwiftUI               0x00000001a6e0e3b0 0x1a6c8c000 + 1582000

Binary Images:
«imgs»
''', inc=g.uuid(True), crk=g.hexs(40), app=g.app, pid=str(g.r.randrange(300, 9000)), bundle=g.bundle,
          ver=g.version, build=g.build, imgs="\n".join(imgs))
    return g.pick("crashes/%s-%s.crash" % (g.app, g.date()), "docs/bugs/crash-%s.txt" % g.build), txt, "uuids"


@look("apns", 1.0)
def n_device_tokens(g):
    toks = [{"user_id": g.r.randrange(1000, 99999), "platform": "ios", "token": g.hexs(64), "env": g.pick("production", "sandbox")} for _ in range(g.r.randrange(3, 7))]
    txt = json.dumps({"devices": toks}, indent=2) + "\n"
    return g.pick("tests/fixtures/device_tokens.json", "spec/fixtures/apns_devices.json"), txt, "device-tokens"


@look("storekit", 1.0)
def n_storekit_config(g):
    prods = []
    for plan, per in (("monthly", "P1M"), ("yearly", "P1Y")):
        prods.append({"adHocOffers": [], "codeOffers": [], "displayPrice": g.pick("4.99", "9.99", "39.99"), "familyShareable": False,
                      "groupNumber": 1, "internalID": str(g.r.randrange(10 ** 8, 10 ** 9)), "introductoryOffer": None,
                      "localizations": [{"description": "Unlock everything", "displayName": "Pro " + plan.capitalize(), "locale": "en_US"}],
                      "productID": "%s.pro.%s" % (g.bundle, plan), "recurringSubscriptionPeriod": per,
                      "referenceName": "Pro " + plan, "subscriptionGroupID": str(g.r.randrange(10 ** 7, 10 ** 8)), "type": "RecurringSubscription"})
    cfg = {"identifier": g.s("0123456789ABCDEF", 8), "nonRenewingSubscriptions": [], "products": [],
           "settings": {"_applicationInternalID": g.app_id, "_developerTeamID": g.team, "_lastSynchronizedDate": g.r.uniform(7e8, 7.5e8),
                        "_locale": "en_US", "_storefront": "USA", "_storeKitErrors": []},
           "subscriptionGroups": [{"id": str(g.r.randrange(10 ** 7, 10 ** 8)), "localizations": [], "name": "Pro", "subscriptions": prods}],
           "version": {"major": 3, "minor": 0}}
    return g.pick("%s/Configuration.storekit" % g.app, "StoreKit/Products.storekit"), json.dumps(cfg, indent=2) + "\n", "internal-ids"


@look("app-store-receipts", 0.9)
def n_receipt_fixture(g):
    rec = "MIIT" + g.b64rand(g.r.randrange(1500, 2400))[4:]
    txt = T('''import json
from pathlib import Path

import pytest

from payments.apple_receipts import parse_latest

# Sandbox receipt captured from a TestFlight build (no shared secret needed for parsing).
SANDBOX_RECEIPT = (
«rec»
)


@pytest.fixture
def receipt_response():
    return json.loads(Path(__file__).with_name("verify_receipt_response.json").read_text())


def test_parse_latest(receipt_response):
    latest = parse_latest(receipt_response)
    assert latest["product_id"] == "«bundle».pro.monthly"
    assert latest["original_transaction_id"] == "«otid»"
''', rec="\n".join('    "%s"' % c for c in chunks(rec, 76)), bundle=g.bundle, otid=str(g.r.randrange(10 ** 15, 10 ** 16)))
    return g.pick("tests/test_apple_receipts.py", "payments/tests/test_receipts.py"), txt, "encoded-data"


@look("xcode", 1.0)
def n_entitlements(g):
    txt = PLIST_HEAD + T('''	<key>aps-environment</key>
	<string>production</string>
	<key>com.apple.developer.applesignin</key>
	<array>
		<string>Default</string>
	</array>
	<key>com.apple.developer.associated-domains</key>
	<array>
		<string>applinks:«org».com</string>
		<string>webcredentials:«org».com</string>
	</array>
	<key>com.apple.developer.icloud-container-identifiers</key>
	<array>
		<string>iCloud.«bundle»</string>
	</array>
	<key>com.apple.developer.team-identifier</key>
	<string>«team»</string>
	<key>com.apple.security.application-groups</key>
	<array>
		<string>group.«bundle»</string>
	</array>
	<key>keychain-access-groups</key>
	<array>
		<string>$(AppIdentifierPrefix)«bundle»</string>
	</array>
''', org=g.org, bundle=g.bundle, team=g.team) + PLIST_TAIL
    return "%s/%s.entitlements" % (g.app, g.app), txt, "identifiers"


@look("xcode", 0.8)
def n_xcconfig(g):
    txt = T('''// Shared.xcconfig
DEVELOPMENT_TEAM = «team»
PRODUCT_BUNDLE_IDENTIFIER = «bundle»
CODE_SIGN_IDENTITY[sdk=iphoneos*] = Apple Distribution: «orgc» («team»)
PROVISIONING_PROFILE_SPECIFIER = «uuid»
MARKETING_VERSION = «ver»
CURRENT_PROJECT_VERSION = «build»
INFOPLIST_KEY_CFBundleDisplayName = «app»
APP_GROUP_IDENTIFIER = group.«bundle»
SENTRY_DSN_HOST = o«n».ingest.sentry.io
''', team=g.team, bundle=g.bundle, orgc=g.org.capitalize() + " Ltd", uuid=g.uuid(True), ver=g.version, build=g.build,
          app=g.app, n=str(g.r.randrange(100000, 999999)))
    return g.pick("Config/Shared.xcconfig", "%s/Config/Base.xcconfig" % g.app), txt, "identifiers"


@look("app-store-connect", 0.9)
def n_asc_response(g):
    builds = []
    for _ in range(3):
        builds.append({"type": "builds", "id": g.uuid(),
                       "attributes": {"version": str(g.r.randrange(100, 999)), "uploadedDate": g.date() + "T08:11:02-07:00",
                                      "processingState": "VALID", "minOsVersion": "16.0", "iconAssetToken": {
                                          "templateUrl": "https://is1-ssl.mzstatic.com/image/thumb/Purple%d/v4/%s/%s/%s/%s/AppIcon.png/{w}x{h}bb.{f}"
                                          % (g.r.randrange(100, 200), g.hexs(2), g.hexs(2), g.hexs(2), g.uuid()), "width": 1024, "height": 1024}},
                       "links": {"self": "https://api.appstoreconnect.apple.com/v1/builds/" + g.uuid()}})
    txt = json.dumps({"data": builds, "links": {"self": "https://api.appstoreconnect.apple.com/v1/apps/%s/builds" % g.app_id},
                      "meta": {"paging": {"total": 3, "limit": 50}}}, indent=2) + "\n"
    return g.pick("tests/fixtures/asc/builds.json", "spec/fixtures/app_store_connect_builds.json"), txt, "resource-ids"


@look("apple-id", 0.8)
def n_altool_providers(g):
    txt = T('''$ xcrun altool --list-providers -u "«email»" -p "@keychain:AC_PASSWORD"
«date» «clock».123 altool[«pid»:«tid»] *** Warning: altool has been deprecated for notarization and starting in late 2023 will no longer be supported by the Apple notary service. You should start using notarytool to notarize your software.

ProviderName           ProviderShortname PublicID                             WWDRTeamID
---------------------- ----------------- ------------------------------------ ----------
«orgc»                 «short»           «pub»                                «team»
«person» Personal      «short2»          «pub2»                               «team2»
''', email=g.email, date=g.date(), clock=g.clock(), pid=str(g.r.randrange(1000, 90000)), tid=hex(g.r.randrange(10 ** 6, 10 ** 8)),
          orgc=g.org.capitalize() + " Ltd", short=g.team, pub=g.uuid(), team=g.team, person=g.person.capitalize(),
          short2=g.s(UPD, 10), pub2=g.uuid(), team2=g.s(UPD, 10))
    return g.pick("docs/release/providers.txt", "notes/altool-providers.log"), txt, "provider-ids"


@look("sign-in-with-apple", 1.0)
def n_apple_jwks(g):
    keys = [{"kty": "RSA", "kid": g.s(ALNUM, 10), "use": "sig", "alg": "RS256",
             "n": b64u(bytes([0xb0 + g.r.randrange(0x40)]) + bytes(g.r.randrange(256) for _ in range(255))), "e": "AQAB"} for _ in range(3)]
    txt = json.dumps({"keys": keys}, indent=2) + "\n"
    return g.pick("tests/fixtures/apple_auth_keys.json", "auth/cache/appleid-jwks.json"), txt, "public-keys"


@look("sign-in-with-apple", 0.8)
def n_jwt_doc(g):
    txt = T('''# Sign in with Apple — client secret

The client secret is a JWT signed (ES256) with the Sign in with Apple key. Build it on the
server, never in the app, and rotate it before it expires (max. 6 months).

Header:

```json
{ "alg": "ES256", "kid": "«kid»" }
```

Claims:

```json
{
  "iss": "«team»",
  "iat": «iat»,
  "exp": «exp»,
  "aud": "https://appleid.apple.com",
  "sub": "«bundle».signin"
}
```

The `.p8` key lives in the `mobile/siwa` secret of the vault; the generator script reads it from
`APPLE_PRIVATE_KEY`. Services ID: `«bundle».signin`, Team ID: `«team»`, Key ID: `«kid»`.
''', kid=g.keyid, team=g.team, iat=str(g.ts()), exp=str(g.ts() + 86400 * 180), bundle=g.bundle)
    return g.pick("docs/auth/apple-client-secret.md", "docs/sign-in-with-apple.md"), txt, "decoded-claims"


@look("release", 0.8)
def n_checksums(g):
    names = ["%s-%s-%s.%s" % (g.app.lower(), g.version, a, e) for a, e in
             (("macos-universal", "zip"), ("macos-universal", "dmg"), ("ios", "ipa"), ("dsyms", "zip"))]
    txt = "\n".join("%s  %s" % (g.hexs(64), n) for n in names) + "\n"
    return g.pick("dist/SHA256SUMS", "release/checksums.txt"), txt, "sha256"


@look("dependencies", 0.7)
def n_cartfile_resolved(g):
    deps = ['github "Alamofire/Alamofire"', 'github "ReactiveX/RxSwift"', 'github "realm/realm-swift"',
            'github "SwiftyJSON/SwiftyJSON"', 'binary "https://dl.google.com/dl/firebase/ios/carthage/FirebaseAnalyticsBinary.json"']
    txt = "\n".join('%s "%s"' % (d, g.pick("%d.%d.%d" % (g.r.randrange(1, 9), g.r.randrange(0, 12), g.r.randrange(0, 9)), g.hexs(40)))
                    for d in g.r.sample(deps, 4)) + "\n"
    return "Cartfile.resolved", txt, "git-revisions"


@look("sparkle", 1.0)
def n_sparkle_appcast(g):
    items = []
    for i in range(2):
        v = "%d.%d.%d" % (g.r.randrange(1, 5), g.r.randrange(0, 10), i)
        items.append(T('''    <item>
      <title>Version «v»</title>
      <pubDate>Mon, 0«d» Apr 2024 10:00:00 +0000</pubDate>
      <sparkle:version>«b»</sparkle:version>
      <sparkle:shortVersionString>«v»</sparkle:shortVersionString>
      <sparkle:minimumSystemVersion>12.0</sparkle:minimumSystemVersion>
      <enclosure url="https://downloads.«org».com/«app»-«v».zip" length="«len»" type="application/octet-stream"
                 sparkle:edSignature="«sig»"/>
    </item>''', v=v, d=str(i + 1), b=str(g.r.randrange(100, 999)), org=g.org, app=g.app, len=str(g.r.randrange(10 ** 7, 9 * 10 ** 7)),
                       sig=g.b64rand(64)))
    txt = ('<?xml version="1.0" standalone="yes"?>\n<rss xmlns:sparkle="http://www.andymatuschak.org/xml-namespaces/sparkle" version="2.0">\n'
           '  <channel>\n    <title>%s</title>\n%s\n  </channel>\n</rss>\n' % (g.app, "\n".join(items)))
    return g.pick("appcast.xml", "docs/updates/appcast.xml"), txt, "signature"


@look("sparkle", 0.8)
def n_sparkle_infoplist(g):
    txt = PLIST_HEAD + T('''	<key>CFBundleIdentifier</key>
	<string>«bundle»</string>
	<key>CFBundleShortVersionString</key>
	<string>«ver»</string>
	<key>LSMinimumSystemVersion</key>
	<string>12.0</string>
	<key>SUFeedURL</key>
	<string>https://downloads.«org».com/appcast.xml</string>
	<key>SUPublicEDKey</key>
	<string>«pk»</string>
	<key>SUEnableAutomaticChecks</key>
	<true/>
''', bundle=g.bundle, ver=g.version, org=g.org, pk=g.b64rand(32)) + PLIST_TAIL
    return "%s/Info.plist" % g.app, txt, "public-key"


@look("networking", 0.8)
def n_ssl_pinning(g):
    txt = T('''import Foundation
import CryptoKit

/// SPKI SHA-256 pins for api.«org».com (current + backup key).
enum Pins {
    static let spkiHashes: Set<String> = [
        "«p1»",
        "«p2»",
    ]
}

final class PinningDelegate: NSObject, URLSessionDelegate {
    func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard let trust = challenge.protectionSpace.serverTrust,
              let chain = SecTrustCopyCertificateChain(trust) as? [SecCertificate],
              let leaf = chain.first,
              let key = SecCertificateCopyKey(leaf),
              let der = SecKeyCopyExternalRepresentation(key, nil) as Data? else {
            completionHandler(.cancelAuthenticationChallenge, nil)
            return
        }
        let hash = Data(SHA256.hash(data: der)).base64EncodedString()
        completionHandler(Pins.spkiHashes.contains(hash) ? .useCredential : .cancelAuthenticationChallenge,
                          URLCredential(trust: trust))
    }
}
''', org=g.org, p1=g.b64rand(32), p2=g.b64rand(32))
    return g.pick("%s/Networking/PinningDelegate.swift" % g.app, "Sources/Networking/Pins.swift"), txt, "hashes"


@look("cloudkit", 0.8)
def n_cloudkit_config(g):
    txt = T('''// CloudKit JS configuration for the web companion.
module.exports = {
  containerIdentifier: 'iCloud.«bundle»',
  environment: process.env.CK_ENV || 'development',
  serverToServerKeyAuth: {
    // Key ID from CloudKit Dashboard > API Access > Server-to-Server Keys
    keyID: '«ckid»',
    // The private key stays on the server (mounted secret), never in the repo.
    privateKeyFile: process.env.CK_PRIVATE_KEY_FILE || '/run/secrets/cloudkit-eckey.pem',
  },
};
''', bundle=g.bundle, ckid=g.hexs(64))
    return g.pick("config/cloudkit.js", "web/cloudkit.config.js"), txt, "key-id"


@look("fastlane", 1.0)
def n_gha_all_refs(g):
    txt = T('''name: App Store release
on:
  release:
    types: [published]
jobs:
  release:
    runs-on: macos-14
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: ruby/setup-ruby@v1
        with:
          bundler-cache: true
      - name: Write API key
        run: |
          mkdir -p ~/.appstoreconnect/private_keys
          echo "${{ secrets.ASC_KEY_P8_BASE64 }}" | base64 --decode > ~/.appstoreconnect/private_keys/AuthKey_${{ vars.ASC_KEY_ID }}.p8
      - name: Release
        env:
          APP_STORE_CONNECT_API_KEY_KEY_ID: ${{ vars.ASC_KEY_ID }}
          APP_STORE_CONNECT_API_KEY_ISSUER_ID: ${{ vars.ASC_ISSUER_ID }}
          APP_STORE_CONNECT_API_KEY_KEY_FILEPATH: ~/.appstoreconnect/private_keys/AuthKey_${{ vars.ASC_KEY_ID }}.p8
          MATCH_PASSWORD: ${{ secrets.MATCH_PASSWORD }}
          FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD: ${{ secrets.APP_SPECIFIC_PASSWORD }}
          KEYCHAIN_PASSWORD: ${{ secrets.KEYCHAIN_PASSWORD }}
        run: bundle exec fastlane ios release version:${{ github.event.release.tag_name }}
      - name: Clean up
        if: always()
        run: rm -f ~/.appstoreconnect/private_keys/*.p8
''')
    return g.pick(".github/workflows/appstore.yml", ".github/workflows/release-ios.yml"), txt, "secret-references"


@look("fastlane", 0.8)
def n_fastlane_readme(g):
    txt = T('''fastlane documentation
----

# Installation

Make sure you have the latest version of the Xcode command line tools installed:

```sh
xcode-select --install
```

For _fastlane_ installation instructions, see [Installing _fastlane_](https://docs.fastlane.tools/#installing-fastlane)

# Available Actions

## iOS

### ios beta

```sh
[bundle exec] fastlane ios beta
```

Push a new beta build to TestFlight

### ios release

```sh
[bundle exec] fastlane ios release
```

Upload «app» «ver» to the App Store (team «team», app «appid»)

----

This README.md is auto-generated and will be re-generated every time [_fastlane_](https://fastlane.tools) is run.

More information about _fastlane_ can be found on [fastlane.tools](https://fastlane.tools).

The documentation of _fastlane_ can be found on [docs.fastlane.tools](https://docs.fastlane.tools).
''', app=g.app, ver=g.version, team=g.team, appid=g.app_id)
    return "fastlane/README.md", txt, "docs"


@look("dependencies", 0.8)
def n_gemfile_lock(g):
    gems = [("fastlane", "2.%d.0" % g.r.randrange(210, 226)), ("cocoapods", "1.15.2"), ("xcpretty", "0.3.0"),
            ("fastlane-plugin-firebase_app_distribution", "0.9.1"), ("jwt", "2.8.1"), ("colored", "1.2")]
    lines = ["GEM", "  remote: https://rubygems.org/", "  specs:"] + ["    %s (%s)" % gv for gv in gems]
    lines += ["", "PLATFORMS", "  arm64-darwin-23", "  x86_64-darwin-22", "", "DEPENDENCIES"]
    lines += ["  %s" % gv[0] for gv in gems[:4]] + ["", "CHECKSUMS"]
    lines += ["  %s (%s) sha256=%s" % (gv[0], gv[1], g.hexs(64)) for gv in gems]
    lines += ["", "BUNDLED WITH", "   2.%d.%d" % (g.r.randrange(5, 7), g.r.randrange(0, 12))]
    if g.chance(0.5):
        return "Gemfile.lock", "\n".join(lines) + "\n", "sha256-checksums"
    txt = ('source "https://rubygems.org"\n\ngem "fastlane", "~> %s"\ngem "cocoapods", "~> 1.15"\ngem "xcpretty"\n\n'
           'plugins_path = File.join(File.dirname(__FILE__), "fastlane", "Pluginfile")\neval_gemfile(plugins_path) if File.exist?(plugins_path)\n'
           % gems[0][1].rsplit(".", 1)[0])
    return "Gemfile", txt, "dependencies"


@look("crash-reporting", 0.8)
def n_dsym_upload_log(g):
    lines = []
    for arch in ("arm64", "x86_64"):
        lines.append("[%s] UUID: %s (%s) %s.app.dSYM/Contents/Resources/DWARF/%s" % (g.clock(), g.uuid(True), arch, g.app, g.app))
    lines.append("[%s] Uploading dSYMs for %s %s (%s) to Crashlytics, Google app id 1:%d:ios:%s" % (
        g.clock(), g.bundle, g.version, g.build, g.r.randrange(10 ** 11, 10 ** 12), g.hexs(22)))
    lines.append("[%s] Successfully submitted symbols for architecture arm64 with UUID %s" % (g.clock(), g.hexs(32)))
    lines.append("[%s] Build id: %s" % (g.clock(), g.uuid()))
    return g.pick("logs/dsym-upload.log", "build/logs/upload-symbols.txt"), "\n".join(lines) + "\n", "uuids"


@look("xcode", 0.8)
def n_test_log(g):
    lines = ["Test Suite 'All tests' started at %s %s.%03d" % (g.date(), g.clock(), g.r.randrange(1000))]
    for t in ("testLogin", "testReceiptParsing", "testKeychainRoundTrip", "testDeepLinkRouting"):
        lines.append("Test Case '-[%sTests.%sTests %s]' passed (%.3f seconds)." % (g.app, g.app, t, g.r.uniform(0.001, 2)))
    lines.append("Result bundle written to path:")
    lines.append("\t/Users/runner/Library/Developer/Xcode/DerivedData/%s-%s/Logs/Test/Test-%s-%s.xcresult" % (
        g.app, g.s(LOW, 28), g.app, g.date().replace("-", ".")))
    lines.append("xcresult id: 0~%s" % b64u(bytes(g.r.randrange(256) for _ in range(48))))
    return g.pick("logs/unit-tests.log", "fastlane/test_output/xcodebuild.log"), "\n".join(lines) + "\n", "derived-data-ids"


@look("weatherkit", 0.7)
def n_weatherkit_doc(g):
    txt = T('''## WeatherKit REST setup

| Field | Value | Where |
|---|---|---|
| Team ID | `«team»` | Membership page |
| Service ID | `«bundle».weatherkit-client` | Identifiers > Services IDs |
| Key ID | `«kid»` | Keys > WeatherKit key |
| Private key | stored in 1Password: `op://Mobile/WeatherKit/AuthKey_«kid».p8` | downloaded once |

JWT header: `{"alg":"ES256","kid":"«kid»","id":"«team».«bundle».weatherkit-client"}`

Claims: `{"iss":"«team»","iat":<now>,"exp":<now+3600>,"sub":"«bundle».weatherkit-client"}`
''', team=g.team, bundle=g.bundle, kid=g.keyid)
    return g.pick("docs/weatherkit.md", "docs/integrations/weather.md"), txt, "identifiers"


@look("app-store-connect", 0.9)
def n_asc_docs_examples(g):
    txt = '''# App Store Connect API key for fastlane

```ruby
app_store_connect_api_key(
  key_id: "D83848D23",
  issuer_id: "227b0bbf-ada8-458c-9d62-3d8022b7d07f",
  key_filepath: "D83848D23.p8"
)
```

or as JSON (`fastlane/api_key.json`):

```json
{
  "key_id": "D383SF739",
  "issuer_id": "6053b7fe-68a8-4acb-89be-165aa6465141",
  "key": "-----BEGIN PRIVATE KEY-----\\nMIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHknlhdlYdLu\\n-----END PRIVATE KEY-----",
  "duration": 1200,
  "in_house": false
}
```

Replace the values above with the key id, issuer id and key content from
*Users and Access > Integrations > App Store Connect API*.
'''
    return g.pick("docs/fastlane-api-key.md", "fastlane/API_KEY.md"), txt, "documented-example"


@look("app-store-receipts", 0.7)
def n_receipt_response(g):
    otid = str(g.r.randrange(10 ** 15, 10 ** 16))
    info = [{"quantity": "1", "product_id": g.bundle + ".pro.monthly", "transaction_id": str(g.r.randrange(10 ** 15, 10 ** 16)),
             "original_transaction_id": otid, "purchase_date_ms": str(g.ts() * 1000), "expires_date_ms": str(g.ts() * 1000),
             "web_order_line_item_id": str(g.r.randrange(10 ** 15, 10 ** 16)), "is_trial_period": "false",
             "in_app_ownership_type": "PURCHASED", "subscription_group_identifier": str(g.r.randrange(10 ** 7, 10 ** 8))}]
    resp = {"status": 0, "environment": "Sandbox", "receipt": {"receipt_type": "ProductionSandbox", "adam_id": 0,
            "app_item_id": 0, "bundle_id": g.bundle, "application_version": g.build, "download_id": 0,
            "version_external_identifier": 0, "in_app": info}, "latest_receipt_info": info,
            "latest_receipt": "MIIU" + g.b64rand(g.r.randrange(600, 1000))[4:],
            "pending_renewal_info": [{"auto_renew_product_id": g.bundle + ".pro.monthly", "original_transaction_id": otid, "auto_renew_status": "1"}]}
    return g.pick("tests/verify_receipt_response.json", "spec/fixtures/verify_receipt.json"), json.dumps(resp, indent=2) + "\n", "encoded-data"


# ================================================================ driver
SPECIAL_TYPES = {"Fastfile": "ruby", "Appfile": "ruby", "Matchfile": "ruby", "Gemfile": "ruby", "Jenkinsfile": "groovy",
                 "Makefile": "makefile", "Dockerfile": "dockerfile", "Podfile.lock": "yaml", "Cartfile.resolved": "text",
                 "apple-app-site-association": "json", "SHA256SUMS": "text", "Package.resolved": "json",
                 "Jenkinsfile.ios": "groovy", "Gemfile.lock": "lock"}


def filetype(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base in SPECIAL_TYPES:
        return SPECIAL_TYPES[base]
    if base.startswith(".env") or base.startswith("env.") or ".env." in base:
        return "env"
    if "." in base:
        ext = base.rsplit(".", 1)[-1].lower()
        return {"yaml": "yml", "mjs": "js", "cjs": "js", "storekit": "json", "entitlements": "plist",
                "pbxproj": "pbxproj", "crash": "log", "txt": "text"}.get(ext, ext)
    return "text"


def is_blocked_env(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if not base.startswith(".env"):
        return False
    return not any(s in base for s in (".example", ".sample", ".template", ".dist"))


def weighted(r, items, wi):
    tot = sum(x[wi] for x in items)
    x = r.random() * tot
    for it in items:
        x -= it[wi]
        if x <= 0:
            return it
    return items[-1]


def plan(r, items, n, wi):
    """Every template at least once (shuffled), then weighted picks; returns list of items."""
    order = list(items)
    r.shuffle(order)
    out = order[:n]
    while len(out) < n:
        out.append(weighted(r, items, wi))
    r.shuffle(out)
    return out


def line_of(text, needle):
    idx = text.index(needle)
    return text.count("\n", 0, idx) + 1


def generate(outdir, seed):
    r = random.Random(seed)
    g = G(r)
    manifest, secrets = [], []
    n_pos, n_neg = 500, 500
    max_env = n_pos // 20

    # ---------------- positives
    pos_plan = plan(r, POS_TEMPLATES, n_pos, 2)
    env_used = 0
    seen_needles = {}
    for i, t in enumerate(pos_plan):
        name, provider, _w, fn, envfile = t
        while envfile and env_used >= max_env:
            t = weighted(r, [x for x in POS_TEMPLATES if not x[4]], 2)
            name, provider, _w, fn, envfile = t
        g.reset()
        relpath, text, needle, kind = fn(g, True)
        assert needle and "\n" not in needle, (name, needle)
        assert needle in text, name
        if is_blocked_env(relpath) or envfile:
            env_used += 1
        assert needle not in seen_needles, (name, needle)
        seen_needles[needle] = 1
        rel = "pos/p%04d/%s" % (i, relpath)
        write(outdir, rel, text)
        ln = line_of(text, needle)
        check_line(outdir, rel, needle, ln)
        manifest.append({"file": rel, "label": "pos", "provider": provider, "kind": kind, "filetype": filetype(relpath)})
        secrets.append({"file": rel, "needle": needle, "line": ln})
    assert env_used <= max_env, env_used

    # ---------------- negatives: half re-used positive templates, half look-alikes
    half = n_neg // 2
    neg_items = []
    for t in plan(r, POS_TEMPLATES, half, 2):
        neg_items.append(("tpl", t))
    for t in plan(r, LOOK_TEMPLATES, n_neg - half, 2):
        neg_items.append(("look", t))
    r.shuffle(neg_items)
    for i, (src, t) in enumerate(neg_items):
        g.reset()
        if src == "tpl":
            name, provider, _w, fn, _env = t
            relpath, text, needle, kind = fn(g, False)
            assert needle is None, name
            kind = "template-" + kind
        else:
            name, provider, _w, fn = t
            relpath, text, kind = fn(g)
            kind = "lookalike-" + kind
        assert not is_blocked_env(relpath), relpath
        rel = "neg/n%04d/%s" % (i, relpath)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind, "filetype": filetype(relpath)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s, sort_keys=False) + "\n")
    return manifest, secrets


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def check_line(outdir, rel, needle, ln):
    with open(os.path.join(outdir, rel), encoding="utf-8", newline="\n") as f:
        lines = f.read().split("\n")
    assert needle in lines[ln - 1], (rel, ln)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: python3 -B gen_ic.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    for sub in ("pos", "neg"):
        if os.path.isdir(os.path.join(outdir, sub)) and os.listdir(os.path.join(outdir, sub)):
            sys.stderr.write("refusing to write into non-empty %s\n" % os.path.join(outdir, sub))
            return 2
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = generate(outdir, seed)
    npos = sum(1 for m in manifest if m["label"] == "pos")
    print("wrote %d positives, %d negatives (%d positive templates, %d look-alike templates) to %s"
          % (npos, len(manifest) - npos, len(POS_TEMPLATES), len(LOOK_TEMPLATES), outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
