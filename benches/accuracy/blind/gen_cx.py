#!/usr/bin/env python3
"""gen_cx.py - blind evaluation set: desktop application release, installers and software-update frameworks.

EMPHASIS
  Credentials that live around shipping desktop software: Sparkle EdDSA private keys (base64 seed, and
  the legacy 96-byte export), Tauri/minisign updater private keys (base64 of the "rsign encrypted secret
  key" text) and their passwords, electron-builder / electron-forge publish tokens (GH_TOKEN, S3 and
  DigitalOcean Spaces key pairs), Squirrel.Windows / Velopack upload credentials (GitHub token, S3 pair,
  Azure Blob SAS), Windows code-signing certificate passwords (signtool /p, CSC_KEY_PASSWORD,
  WIN_CSC_KEY_PASSWORD, certificatePassword, NSIS !finalize, Inno SignTool, WiX/MSBuild), Inno Setup
  installer passwords, Qt Installer Framework repository passwords, Azure Trusted Signing and Microsoft
  Partner Center (Entra) client secrets, Apple notarization app-specific passwords and App Store Connect
  .p8 API keys, Snapcraft exported login credentials, flat-manager (Flathub-style) repo tokens,
  Chocolatey API keys (also via wingetcreate/GitHub tokens), license-key generator private keys (RSA /
  P-256 PEM in C++, Python, and .NET RSAKeyValue XML), Sentry auth tokens, Backtrace symbol-upload tokens
  and BugSplat client secrets.
  File types: electron-builder.yml/json/env, package.json, forge.config.js/ts, dev-app-update.yml,
  tauri key files, .cargo/config.toml, NSIS .nsi, Inno Setup .iss, WiX .wxs/.wixproj, PowerShell, batch,
  shell, Makefiles, CMake, Xcode .xcconfig, Info.plist, exportOptions.plist, fastlane Ruby, Swift, C++/Qt,
  C#, Python build scripts, appcast.xml, GitHub Actions / Azure Pipelines / GitLab CI / Jenkinsfile,
  .sentryclirc, sentry.properties, AWS credentials ini, Markdown runbooks, winget/flatpak/snap manifests.
  All key material is generated fresh from the seed: RSA keys are real (Miller-Rabin primes), P-256 keys
  carry the real public point, Ed25519 public halves are derived from the seed, GitHub ghp_ tokens carry
  the CRC32/base62 checksum.

USAGE
  python3 gen_cx.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500 files, exactly one credential each),
  OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.
  Deterministic per SEED (one random.Random(SEED) feeds everything). Standard library only.
  manifest.jsonl also carries "template" and, for positives, "naming" ("obvious" when the secret sits
  under a telling name, "subtle" when under a neutral name, a positional argument, a URL or a header).

NEEDLE CONVENTIONS
  - needle = the secret exactly as written in the file; "line" = 1-based line of its first occurrence.
  - id/secret pairs (AWS / Spaces access key id + secret): the needle is the secret half; the id sits next to it.
  - Azure Blob SAS: the needle is the URL-encoded value of the sig= parameter (the rest of the SAS query
    string is written around it).
  - PEM private keys (App Store Connect .p8, license RSA/EC keys): the needle is the first 64-character
    base64 body line (the line after -----BEGIN ...-----). When the PEM is embedded with literal "\\n"
    escapes on one line (fastlane key_content) the needle is still that 64-char run, which occurs verbatim.
  - .NET RSAKeyValue XML private key: the needle is the whole one-line <RSAKeyValue>...</RSAKeyValue>.
  - Tauri private key: the needle is the whole outer base64 blob (what TAURI_SIGNING_PRIVATE_KEY holds).
  - Snapcraft credentials: the needle is the whole base64 blob that export-login writes.
  - Passwords are realistic human or generated passwords; they never contain quotes, '$' or '%'.

NEGATIVES
  About half re-use the positive templates with the slot filled by a safe stand-in: GitHub Actions
  ${{ secrets.X }}, shell ${X}, PowerShell $env:X, batch %X%, NSIS $%X%, Inno {#GetEnv("X")}, MSBuild /
  Azure Pipelines $(X), WiX $(env.X), electron-builder ${env.X}, process.env.X, os.environ["X"],
  ENV["X"], Jenkins credentials('x'), masked values (ghp_******, ********), empty values, documented
  placeholders (xxxx-xxxx-xxxx-xxxx, @keychain:AC_PASSWORD, 00000000-0000-0000-0000-000000000000,
  <pfx-password>, YOUR_..._HERE). License-key templates are not re-used; instead separate look-alikes
  embed only the PUBLIC key (PEM SubjectPublicKeyInfo or RSAKeyValue with Modulus/Exponent only).
  The other half are domain look-alikes: Info.plist with SUPublicEDKey, appcast.xml with
  sparkle:edSignature, tauri.conf.json pubkey and latest.json minisign signatures, minisign .pub files,
  electron-updater latest.yml sha512, SHA256SUMS, Squirrel RELEASES (SHA1), Velopack releases json,
  WiX UpgradeCode/component GUIDs, Inno AppId with a named SignTool, exportOptions.plist team ids,
  signtool /sha1 thumbprints and signtool/codesign verification output (CDHash, thumbprints),
  notarytool log JSON (submission/job ids), Trusted Signing metadata.json, electron-builder
  azureSignOptions, snapcraft.yaml / flatpak / winget / Chocolatey manifests with sha256 checksums,
  Sentry DSNs (public client keys) and Crashpad minidump URLs with sentry_key, App Store Connect key id +
  issuer id with a key *path*, RFC 8032 Ed25519 test vector (TEST 1), i18n strings, .env.example with
  empty values, CI logs with *** masking, CHANGELOG commit hashes, README with generate_keys output.

DOUBTS
  Formats written from memory (no provider page consulted, or only partially):
  - Sparkle private key export: base64 of the 32-byte Ed25519 seed (Sparkle 2 `generate_keys -x`); 20%
    use a legacy 96-byte form (64-byte expanded key + public key). Exact legacy layout is from memory.
  - Tauri key: base64("untrusted comment: rsign encrypted secret key\\n" + base64(EdScB2 || salt ||
    opslimit || memlimit || 104 encrypted bytes) + "\\n"); the comment text and scrypt limits are from
    memory of minisign/rsign2. Public key comment "minisign public key: <16 hex>" likewise.
  - GitHub fine-grained tokens (github_pat_ 22 + _ + 59) have no checksum here (format not documented).
    The ghp_ CRC32 is over the 30 random chars, base62 0-9A-Za-z, left-padded to 6 (from a blog/gist).
  - DigitalOcean Spaces key id "DO00" + 16 upper-alnum and 43-char secret: from memory.
  - Sentry org tokens: sntrys_ + base64(JSON iat/url/region_url/org) + "_" + 43 base64 chars; user tokens
    sntryu_ + 64 hex; legacy 64 hex. The secret-part encoding is uncertain.
  - Entra client secret: 3 chars + digit + "Q~" + 34 chars (40 total) per Microsoft Purview's SIT page.
  - Snapcraft export-login blob: base64 of {"t": "u1-macaroon", "v": {"r": ..., "d": ...}} with
    macaroon-v1-like packets; layout is a plausible reconstruction, not checked against a real export.
  - flat-manager token as an HS256 JWT with sub/scope/prefixes/repos/exp claims: claim names from memory.
  - Backtrace symbol upload URL https://submit.backtrace.io/<universe>/<token>/symbols with 64-hex token,
    and BugSplat 32-char client secret: from memory / guessed.
  - Chocolatey API keys are plain GUIDs, so a positive is only distinguishable by context (choco push /
    apikey / nuget push to push.chocolatey.org). Reviewers could argue the same shape appears as ids.
  - Inno `SignTool=signtool sign ... /p {#CertP} ... $f` assumes a named tool "signtool" defined as $p.
  Labels a reviewer might dispute:
  - Sentry DSN public keys and Crashpad minidump URLs with sentry_key= are labelled NEGATIVE (Sentry
    documents DSNs as safe to embed in clients).
  - Placeholders such as ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX and xxxx-xxxx-xxxx-xxxx are negatives.
  - The RFC 8032 TEST 1 secret key appears in a negative test file (published test vector).
  - Masked values keep a real prefix (ghp_********, sntrys_****) but no secret characters.
  - Tauri/Sparkle .key files are 1-2 lines long, below the 5-line guideline, because that is what those
    files really look like; minisign .pub negatives are 1 line for the same reason.

SEARCHES
  docs: "Sparkle generate_keys export private key -x file EdDSA SUPublicEDKey" (Sparkle discussions on
  seed vs expanded key); "tauri signer generate private key TAURI_SIGNING_PRIVATE_KEY password updater
  pubkey" (tauri-cli signer source on docs.rs, Tauri docs); "Sentry organization auth token sntrys_
  format" (docs.sentry.io auth-token pages; the results ALSO listed GitGuardian detector pages for Sentry
  org/user tokens - ignored, nothing taken from them); "snapcraft export-login SNAPCRAFT_STORE_CREDENTIALS
  base64 macaroon" (snapcraft docs). pages: "GitHub personal access token format ghp_ checksum CRC32
  base62" (GitHub blog summaries, a gist describing the checksum, and a pkg.go.dev page of a token-forging
  library - not a scanner, only read for the checksum layout); "Microsoft Entra application client
  secret value format Q~" (Microsoft Purview sensitive-information-type page; no scanner rules used).
  No scanner rule code or regexes were read or used.
"""

import base64
import hashlib
import json
import os
import random
import sys
import zlib

# ---------------------------------------------------------------------------
# small encoding helpers
# ---------------------------------------------------------------------------

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijklmnopqrstuvwxyz"
HEX = "0123456789abcdef"
B64CH = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64(data):
    return base64.b64encode(data).decode("ascii")


def b64url(data):
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def rstr(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rhex(r, n):
    return rstr(r, HEX, n)


def uuid4(r, upper=False):
    h = list(rhex(r, 32))
    h[12] = "4"
    h[16] = "89ab"[r.randrange(4)]
    s = "".join(h)
    s = "%s-%s-%s-%s-%s" % (s[:8], s[8:12], s[12:16], s[16:20], s[20:])
    return s.upper() if upper else s


def base62_encode(num, pad):
    out = ""
    while num:
        num, rem = divmod(num, 62)
        out = B62[rem] + out
    return out.rjust(pad, "0")


# --- DER ------------------------------------------------------------------

def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int(v):
    b = v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big")
    return der(0x02, b)


def der_seq(*items):
    return der(0x30, b"".join(items))


def der_oct(b):
    return der(0x04, b)


def der_bits(b):
    return der(0x03, b"\x00" + b)


def der_oid(dotted):
    parts = [int(x) for x in dotted.split(".")]
    body = bytes([parts[0] * 40 + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.insert(0, 0x80 | (p & 0x7F))
            p >>= 7
        body += bytes(enc)
    return der(0x06, body)


def pem(label, data):
    s = b64(data)
    lines = [s[i:i + 64] for i in range(0, len(s), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, "\n".join(lines), label)


# --- RSA (real keys, deterministic from the seeded RNG) --------------------

SMALL_PRIMES = [p for p in range(3, 2000) if all(p % d for d in range(2, int(p ** 0.5) + 1))]


def is_probable_prime(n, r):
    for p in SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(12):
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
        c = r.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if is_probable_prime(c, r):
            return c


def rsa_key(r, bits):
    e = 65537
    while True:
        p = gen_prime(r, bits // 2)
        q = gen_prime(r, bits // 2)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        if phi % e == 0:
            continue
        n = p * q
        if n.bit_length() != bits:
            continue
        d = pow(e, -1, phi)
        return dict(n=n, e=e, d=d, p=p, q=q, dp=d % (p - 1), dq=d % (q - 1), qi=pow(q, -1, p))


def rsa_pkcs1(k):
    return der_seq(der_int(0), der_int(k["n"]), der_int(k["e"]), der_int(k["d"]), der_int(k["p"]),
                   der_int(k["q"]), der_int(k["dp"]), der_int(k["dq"]), der_int(k["qi"]))


RSA_ALG = der_seq(der_oid("1.2.840.113549.1.1.1"), b"\x05\x00")


def rsa_private_pem(k, pkcs8):
    if pkcs8:
        return pem("PRIVATE KEY", der_seq(der_int(0), RSA_ALG, der_oct(rsa_pkcs1(k))))
    return pem("RSA PRIVATE KEY", rsa_pkcs1(k))


def rsa_public_pem(k):
    spki = der_seq(RSA_ALG, der_bits(der_seq(der_int(k["n"]), der_int(k["e"]))))
    return pem("PUBLIC KEY", spki)


def int_b64(v):
    return b64(v.to_bytes((v.bit_length() + 7) // 8, "big"))


# --- P-256 (real scalar multiplication) -------------------------------------

P256_P = 0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF
P256_A = P256_P - 3
P256_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
P256_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
          0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)


def _ec_add(P, Q):
    if P is None:
        return Q
    if Q is None:
        return P
    if P[0] == Q[0] and (P[1] + Q[1]) % P256_P == 0:
        return None
    if P == Q:
        lam = (3 * P[0] * P[0] + P256_A) * pow(2 * P[1], -1, P256_P) % P256_P
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, P256_P) % P256_P
    x = (lam * lam - P[0] - Q[0]) % P256_P
    return (x, (lam * (P[0] - x) - P[1]) % P256_P)


def p256_mul(k):
    R, Q = None, P256_G
    while k:
        if k & 1:
            R = _ec_add(R, Q)
        Q = _ec_add(Q, Q)
        k >>= 1
    return R


P256_OID = "1.2.840.10045.3.1.7"
ECPUB_OID = "1.2.840.10045.2.1"


def ec_key(r):
    d = r.randrange(1, P256_N)
    X, Y = p256_mul(d)
    pub = b"\x04" + X.to_bytes(32, "big") + Y.to_bytes(32, "big")
    return d, pub


def ec_sec1_pem(d, pub):
    body = der_seq(der_int(1), der_oct(d.to_bytes(32, "big")), der(0xA0, der_oid(P256_OID)),
                   der(0xA1, der_bits(pub)))
    return pem("EC PRIVATE KEY", body)


def ec_pkcs8_pem(d, pub):
    inner = der_seq(der_int(1), der_oct(d.to_bytes(32, "big")), der(0xA0, der_oid(P256_OID)),
                    der(0xA1, der_bits(pub)))
    alg = der_seq(der_oid(ECPUB_OID), der_oid(P256_OID))
    return pem("PRIVATE KEY", der_seq(der_int(0), alg, der_oct(inner)))


def ec_public_pem(pub):
    alg = der_seq(der_oid(ECPUB_OID), der_oid(P256_OID))
    return pem("PUBLIC KEY", der_seq(alg, der_bits(pub)))


# --- Ed25519 public key derivation (for Sparkle / minisign public halves) ---

ED_Q = 2 ** 255 - 19
ED_L = 2 ** 252 + 27742317777372353535851937790883648493
ED_D = -121665 * pow(121666, -1, ED_Q) % ED_Q
ED_I = pow(2, (ED_Q - 1) // 4, ED_Q)


def _ed_xrecover(y):
    xx = (y * y - 1) * pow(ED_D * y * y + 1, -1, ED_Q)
    x = pow(xx, (ED_Q + 3) // 8, ED_Q)
    if (x * x - xx) % ED_Q != 0:
        x = (x * ED_I) % ED_Q
    if x % 2 != 0:
        x = ED_Q - x
    return x


ED_BY = 4 * pow(5, -1, ED_Q) % ED_Q
ED_B = (_ed_xrecover(ED_BY), ED_BY, 1, _ed_xrecover(ED_BY) * ED_BY % ED_Q)


def _ed_add(P, Q):
    x1, y1, z1, t1 = P
    x2, y2, z2, t2 = Q
    a = (y1 - x1) * (y2 - x2) % ED_Q
    b = (y1 + x1) * (y2 + x2) % ED_Q
    c = t1 * 2 * ED_D * t2 % ED_Q
    dd = z1 * 2 * z2 % ED_Q
    e, f, g, h = b - a, dd - c, dd + c, b + a
    return (e * f % ED_Q, g * h % ED_Q, f * g % ED_Q, e * h % ED_Q)


def _ed_mul(s, P):
    Q = (0, 1, 1, 0)
    while s:
        if s & 1:
            Q = _ed_add(Q, P)
        P = _ed_add(P, P)
        s >>= 1
    return Q


def ed25519_public(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    x, y, z, _ = _ed_mul(a, ED_B)
    zi = pow(z, -1, ED_Q)
    x, y = x * zi % ED_Q, y * zi % ED_Q
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


# ---------------------------------------------------------------------------
# realistic surrounding data
# ---------------------------------------------------------------------------

APP_WORDS = ["Lumen", "Quill", "Harbor", "Tessera", "Driftwood", "Pylon", "Marlin", "Cobalt", "Vesper",
             "Orchid", "Ferrite", "Kiln", "Nimbus", "Sable", "Juniper", "Atlas", "Brisk", "Cinder",
             "Wren", "Halcyon", "Mosaic", "Parallax", "Tundra", "Quasar", "Fathom", "Lattice"]
APP_SUFFIX = ["", " Studio", " Notes", " Desktop", " Sync", " Reader", " Capture", " Mail", " Board", "Pad", " Vault"]
ORGS = ["acme", "northwind", "bluefern", "tinyforge", "oakridge-labs", "pixelmint", "corvid-soft",
        "hexagon-io", "riverstone", "lumenware", "stackhaus", "mintleaf", "brightpath", "gridline"]
TLDS = ["com", "io", "app", "dev", "net", "co"]
FIRST = ["anna", "ben", "chloe", "dmitri", "elena", "farid", "grace", "hiro", "isabel", "jonas",
         "kai", "lena", "marco", "nadia", "oskar", "priya", "quentin", "rosa", "sven", "tomas"]
TIMESTAMP_URLS = ["http://timestamp.digicert.com", "http://timestamp.sectigo.com",
                  "http://ts.ssl.com", "http://timestamp.globalsign.com/tsa/r6advanced1",
                  "http://timestamp.acs.microsoft.com"]
PW_WORDS = ["Falcon", "orange", "Granite", "velvet", "Tiger", "maple", "Rocket", "harbor", "Quartz",
            "lemon", "Copper", "winter", "Pepper", "summit", "Nova", "cactus", "Bishop", "ember",
            "Saturn", "pickle", "Walrus", "meadow", "Indigo", "thunder", "Signing", "release"]
SYMS = "!@#&*?+-_.="


class App:
    """A fictitious desktop product shared by all the pieces of one file."""

    def __init__(self, r):
        self.word = r.choice(APP_WORDS)
        self.name = self.word + r.choice(APP_SUFFIX)
        self.slug = self.name.lower().replace(" ", "-")
        self.org = r.choice(ORGS)
        self.tld = r.choice(TLDS)
        self.domain = "%s.%s" % (self.org.replace("-", ""), self.tld)
        self.bundle = "%s.%s.%s" % (self.tld if self.tld in ("com", "io", "net", "dev") else "com",
                                    self.org.replace("-", ""), self.word.lower())
        self.version = "%d.%d.%d" % (r.randint(0, 6), r.randint(0, 24), r.randint(0, 40))
        self.build = str(r.randint(100, 9999))
        self.team = rstr(r, UPPER_ALNUM, 10)
        self.company = self.org.replace("-", " ").title().replace("Io", "IO") + r.choice([" Ltd", " GmbH", " Inc.", " LLC", ""])
        self.dev = r.choice(FIRST)
        self.email = "%s@%s" % (self.dev, self.domain)
        self.repo = "%s/%s" % (self.org, self.slug)
        self.upgrade = uuid4(r, upper=True)
        self.tsa = r.choice(TIMESTAMP_URLS)
        self.cert = r.choice(["certs/codesign.pfx", "build/cert.p12", "signing/%s.pfx" % self.org,
                              "resources/windows/cert.pfx", "C:\\certs\\%s-ev.pfx" % self.org])


def human_password(r):
    style = r.randrange(7)
    if style == 0:
        return r.choice(PW_WORDS).capitalize() + r.choice(PW_WORDS) + str(r.randint(10, 9999)) + r.choice(SYMS)
    if style == 1:
        w = r.choice(PW_WORDS)
        leet = w.replace("a", "@").replace("o", "0").replace("e", "3").replace("i", "1")
        return leet.capitalize() + r.choice(SYMS) + str(r.randint(2016, 2025))
    if style == 2:
        return "-".join(r.choice(PW_WORDS).lower() for _ in range(r.randint(3, 4))) + str(r.randint(1, 99))
    if style == 3:
        return rstr(r, B62 + "!#*+-", r.randint(14, 24))
    if style == 4:
        return r.choice(PW_WORDS).capitalize() + r.choice(SYMS) + r.choice(PW_WORDS).capitalize() + str(r.randint(100, 999))
    if style == 5:
        return rstr(r, B62, r.randint(16, 32))
    return r.choice(["CodeSign", "Release", "Build", "Pfx", "Cert"]) + r.choice(PW_WORDS).capitalize() + "#" + str(r.randint(1000, 99999))


# ---------------------------------------------------------------------------
# credential generators: each returns (value_as_written, needle, info)
# ---------------------------------------------------------------------------

def gen_github_pat(r):
    if r.random() < 0.8:
        ent = rstr(r, B62, 30)
        tok = "ghp_" + ent + base62_encode(zlib.crc32(ent.encode()), 6)
    else:
        tok = "github_pat_" + rstr(r, B62, 22) + "_" + rstr(r, B62, 59)
    return tok


def gen_aws_pair(r):
    kid = "AKIA" + rstr(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    sec = rstr(r, B62 + "+/", 40)
    return kid, sec


def gen_spaces_pair(r):
    kid = "DO00" + rstr(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 16)
    sec = rstr(r, B62 + "+/", 43)
    return kid, sec


def gen_sas(r, app):
    sig = b64(rbytes(r, 32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    y = r.choice([2025, 2026, 2027])
    tok = ("sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=%d-%02d-%02dT%02d:00:00Z&st=2024-%02d-%02dT08:00:00Z&spr=https&sig=%s"
           % (y, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(1, 12), r.randint(1, 28), sig))
    return tok, sig


def gen_entra_secret(r):
    al = B62 + "_-.~"
    return rstr(r, al, 3) + str(r.randint(7, 8)) + "Q~" + rstr(r, al, 34)


def gen_asp(r):
    return "-".join(rstr(r, LOWER, 4) for _ in range(4))


def gen_sparkle_private(r):
    if r.random() < 0.8:
        seed = rbytes(r, 32)
        return b64(seed), seed
    # legacy Sparkle 1.x/2.0-beta export: 64-byte expanded private key + 32-byte public key
    seed = rbytes(r, 32)
    h = bytearray(hashlib.sha512(seed).digest())
    h[0] &= 248
    h[31] &= 127
    h[31] |= 64
    return b64(bytes(h) + ed25519_public(seed)), seed


def minisign_keyid(r):
    return rbytes(r, 8)


def gen_tauri_private(r):
    keyid = minisign_keyid(r)
    # EdScB2 + salt + opslimit + memlimit + encrypted(keyid||sk||checksum)
    raw = (b"EdScB2" + rbytes(r, 32) + (33554432).to_bytes(8, "little") + (1073741824).to_bytes(8, "little")
           + rbytes(r, 104))
    text = "untrusted comment: rsign encrypted secret key\n" + b64(raw) + "\n"
    return b64(text.encode()), keyid


def tauri_public(r, keyid=None):
    keyid = keyid or minisign_keyid(r)
    kid_hex = "%016X" % int.from_bytes(keyid, "little")
    pk = b"Ed" + keyid + rbytes(r, 32)
    text = "untrusted comment: minisign public key: %s\n%s\n" % (kid_hex, b64(pk))
    return b64(text.encode())


def tauri_signature(r, fname):
    keyid = minisign_keyid(r)
    ts = r.randint(1690000000, 1760000000)
    text = ("untrusted comment: signature from tauri secret key\n%s\ntrusted comment: timestamp:%d\tfile:%s\n%s\n"
            % (b64(b"ED" + keyid + rbytes(r, 64)), ts, fname, b64(rbytes(r, 64))))
    return b64(text.encode())


def gen_snap_credentials(r, app):
    def macaroon(loc, ident, caveats):
        def pkt(k, v):
            line = k.encode() + b" " + v + b"\n"
            return ("%04x" % (len(line) + 4)).encode() + line
        body = pkt("location", loc.encode()) + pkt("identifier", ident.encode())
        for c in caveats:
            body += pkt("cid", c.encode())
        body += pkt("signature", rbytes(r, 32))
        return b64url(body)
    root = macaroon("myapps.developer.ubuntu.com", rhex(r, 32),
                    ["myapps.developer.ubuntu.com|package_id|[\"%s\"]" % rstr(r, B62, 32),
                     "myapps.developer.ubuntu.com|acl|[\"package_access\", \"package_push\", \"package_release\"]",
                     "myapps.developer.ubuntu.com|expires|2026-%02d-01T00:00:00Z" % r.randint(1, 12)])
    dis = macaroon("login.ubuntu.com", rhex(r, 32), ["login.ubuntu.com|account|" + b64(rbytes(r, 24))])
    blob = json.dumps({"t": "u1-macaroon", "v": {"r": root, "d": dis}}).encode()
    return b64(blob)


def gen_flat_manager_token(r, app):
    hdr = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    claims = {"sub": "build", "scope": ["build", "upload", "publish"], "name": "%s-ci" % app.slug,
              "prefixes": ["%s" % app.bundle], "repos": ["stable", "beta"],
              "exp": r.randint(1767000000, 1830000000)}
    body = b64url(json.dumps(claims, separators=(",", ":")).encode())
    return "%s.%s.%s" % (hdr, body, b64url(rbytes(r, 32)))


def gen_sentry_token(r, app):
    t = r.random()
    if t < 0.5:
        payload = {"iat": r.randint(1690000000, 1750000000) + r.randint(0, 999999) / 1e6,
                   "url": "https://sentry.io", "region_url": "https://%s.sentry.io" % r.choice(["us", "de"]),
                   "org": app.org}
        p = b64(json.dumps(payload, separators=(",", ":")).encode()).rstrip("=")
        return "sntrys_" + p + "_" + b64(rbytes(r, 32)).rstrip("=")
    if t < 0.8:
        return "sntryu_" + rhex(r, 64)
    return rhex(r, 64)


def gen_backtrace_token(r):
    return rhex(r, 64)


def gen_bugsplat_secret(r):
    return rstr(r, B62, 32)


def gen_choco_key(r):
    return uuid4(r)


def gen_appcenter_token(r):
    return rhex(r, 40)


def gen_qt_ifw_password(r):
    return human_password(r)


# ---------------------------------------------------------------------------
# per-file context: the one place a credential (or its safe stand-in) is made
# ---------------------------------------------------------------------------

KIND_PROVIDER = {
    "sparkle_eddsa_private_key": "sparkle",
    "tauri_updater_private_key": "tauri",
    "tauri_key_password": "tauri",
    "github_token": "github",
    "aws_secret_access_key": "aws-s3",
    "spaces_secret_key": "digitalocean-spaces",
    "azure_storage_sas": "azure-blob",
    "codesign_cert_password": "code-signing",
    "azure_client_secret": "microsoft-entra",
    "apple_app_specific_password": "apple-notary",
    "asc_api_private_key": "app-store-connect",
    "snapcraft_store_credentials": "snapcraft",
    "flat_manager_token": "flathub",
    "chocolatey_api_key": "chocolatey",
    "license_rsa_private_key": "license-signing",
    "license_ec_private_key": "license-signing",
    "sentry_auth_token": "sentry",
    "backtrace_symbol_token": "backtrace",
    "bugsplat_client_secret": "bugsplat",
    "installer_password": "inno-setup",
    "repository_password": "qt-installer-framework",
}

PASSWORD_KINDS = ("codesign_cert_password", "tauri_key_password", "installer_password", "repository_password")
PEM_KINDS = ("asc_api_private_key", "license_rsa_private_key", "license_ec_private_key")

# references that may sit inside a quoted string
INLINE_REF = {
    "gha": lambda n: "${{ secrets.%s }}" % n,
    "shell": lambda n: "${%s}" % n,
    "ps": lambda n: "$env:%s" % n,
    "bat": lambda n: "%%%s%%" % n,
    "msbuild": lambda n: "$(%s)" % n,
    "azp": lambda n: "$(%s)" % n,
    "nsis": lambda n: "$%%%s%%" % n,
    "make": lambda n: "$(%s)" % n,
    "cmake": lambda n: "$ENV{%s}" % n,
    "ebyml": lambda n: "${env.%s}" % n,
    "iss": lambda n: '{#GetEnv("%s")}' % n,
    "gitlab": lambda n: "$%s" % n,
    "wix": lambda n: "$(env.%s)" % n,
}
# references that replace the whole literal (quotes included)
EXPR_REF = {
    "js": lambda n: "process.env.%s" % n,
    "py": lambda n: 'os.environ["%s"]' % n,
    "rb": lambda n: 'ENV["%s"]' % n,
    "cs": lambda n: 'Environment.GetEnvironmentVariable("%s")' % n,
    "swift": lambda n: 'ProcessInfo.processInfo.environment["%s"] ?? ""' % n,
    "cpp": lambda n: 'std::getenv("%s")' % n,
    "groovy": lambda n: "credentials('%s')" % n.lower().replace("_", "-"),
    "issdef": lambda n: 'GetEnv("%s")' % n,
}

PLACEHOLDERS = {
    "github_token": ["<GITHUB_TOKEN>", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "your-github-token-here",
                     "ghp_your_token_here", "TODO: set GH_TOKEN"],
    "aws_secret_access_key": ["<aws-secret-access-key>", "YOUR_SECRET_ACCESS_KEY", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    "spaces_secret_key": ["<spaces-secret>", "YOUR_SPACES_SECRET", "REPLACE_WITH_SPACES_SECRET"],
    "azure_storage_sas": ["<sas-token>", "?sv=...&sig=REDACTED", "SAS_TOKEN_GOES_HERE"],
    "codesign_cert_password": ["<pfx-password>", "********", "YOUR_CERT_PASSWORD", "REDACTED", "{{ cert_password }}"],
    "tauri_key_password": ["<key-password>", "********", "YOUR_KEY_PASSWORD", "{{ tauri_key_password }}"],
    "installer_password": ["<setup-password>", "********", "CHANGE_ME_AT_BUILD_TIME"],
    "repository_password": ["<repo-password>", "********", "REPLACE_ME"],
    "azure_client_secret": ["<client-secret>", "YOUR_CLIENT_SECRET", "********", "<from key vault>"],
    "apple_app_specific_password": ["xxxx-xxxx-xxxx-xxxx", "@keychain:AC_PASSWORD", "@env:APPLE_APP_PASSWORD",
                                    "<app-specific-password>"],
    "snapcraft_store_credentials": ["<output of snapcraft export-login ->", "REPLACE_ME", "********"],
    "flat_manager_token": ["<repo-token>", "YOUR_FLAT_MANAGER_TOKEN", "********"],
    "chocolatey_api_key": ["00000000-0000-0000-0000-000000000000", "<api-key>", "YOUR-API-KEY-HERE"],
    "sentry_auth_token": ["<sentry-auth-token>", "sntrys_YOUR_TOKEN_HERE", "********", "YOUR_AUTH_TOKEN"],
    "backtrace_symbol_token": ["<symbol-upload-token>", "YOUR_SUBMISSION_TOKEN", "REDACTED"],
    "bugsplat_client_secret": ["<client-secret>", "YOUR_BUGSPLAT_SECRET", "********"],
    "sparkle_eddsa_private_key": ["<paste generate_keys -x output>", "REDACTED", ""],
    "tauri_updater_private_key": ["<contents of ~/.tauri/app.key>", "REDACTED", ""],
}
MASK_PREFIX = {"github_token": "ghp_", "sentry_auth_token": "sntrys_", "aws_secret_access_key": "",
               "azure_client_secret": ""}


class Ctx:
    def __init__(self, r, mode):
        self.r = r
        self.mode = mode
        self.app = App(r)
        self.obvious = r.random() < 0.25
        self.naming = "obvious"
        self.needle = None
        self.kind = None
        self.negkind = None
        self.provider = None
        self.secrets = []

    # naming -----------------------------------------------------------
    def nm(self, obvious, subtle):
        v = self.r.choice(obvious if self.obvious else subtle)
        if v not in obvious:
            self.naming = "subtle"
        return v

    def subtle(self):
        """The secret sits in a positional argument, URL or header rather than under a telling name."""
        self.naming = "subtle"

    # negative stand-ins -------------------------------------------------
    def _stand_in(self, kind, name, style, q):
        r = self.r
        x = r.random()
        if x < 0.55 and style in INLINE_REF:
            self.negkind = "secret_reference"
            ref = INLINE_REF[style](name)
            if style == "ps" and q in ("'", ""):
                return ref                      # bare $env:X (single quotes would not expand)
            if style == "shell" and q == "'":
                return '"%s"' % ref
            return q + ref + q
        if x < 0.55 and style in EXPR_REF:
            self.negkind = "env_reference"
            return EXPR_REF[style](name)
        if x < 0.72:
            self.negkind = "masked_value"
            pre = MASK_PREFIX.get(kind, "")
            return q + pre + "*" * r.choice([8, 12, 16, 20]) + q
        if x < 0.82 and kind not in ("apple_app_specific_password",):
            self.negkind = "empty_value"
            return q + q
        self.negkind = "placeholder"
        return q + r.choice(PLACEHOLDERS.get(kind, ["<REPLACE_ME>"])) + q

    # the credential slot --------------------------------------------------
    def slot(self, kind, name, style="none", q='"'):
        """Return the text to write for a credential of `kind` (or a stand-in in a negative)."""
        r = self.r
        if self.mode == "neg":
            self.provider = self.provider or KIND_PROVIDER[kind]
            return self._stand_in(kind, name, style, q)
        assert self.needle is None, "one credential per file"
        self.kind = kind
        self.provider = self.provider or KIND_PROVIDER[kind]
        if kind == "github_token":
            v = gen_github_pat(r)
        elif kind in PASSWORD_KINDS:
            v = human_password(r)
            if q == "" and any(c in v for c in " #$%&;"):
                v = v.replace("#", "9").replace("$", "S").replace("%", "5").replace("&", "8").replace(";", "7")
        elif kind == "azure_client_secret":
            v = gen_entra_secret(r)
        elif kind == "apple_app_specific_password":
            v = gen_asp(r)
        elif kind == "sparkle_eddsa_private_key":
            v, seed = gen_sparkle_private(r)
            self.ed_public = b64(ed25519_public(seed))
        elif kind == "tauri_updater_private_key":
            v, keyid = gen_tauri_private(r)
            self.tauri_pub = tauri_public(r, keyid)
        elif kind == "snapcraft_store_credentials":
            v = gen_snap_credentials(r, self.app)
        elif kind == "flat_manager_token":
            v = gen_flat_manager_token(r, self.app)
        elif kind == "chocolatey_api_key":
            v = gen_choco_key(r)
        elif kind == "sentry_auth_token":
            v = gen_sentry_token(r, self.app)
        elif kind == "backtrace_symbol_token":
            v = gen_backtrace_token(r)
        elif kind == "bugsplat_client_secret":
            v = gen_bugsplat_secret(r)
        else:
            raise KeyError(kind)
        self.needle = v
        self.secrets.append(v)
        return q + v + q

    def pair(self, kind, id_name, sec_name, style="none", q='"'):
        """An id/secret pair (AWS, Spaces, Azure SAS...). Returns (id_text, secret_text)."""
        r = self.r
        if self.mode == "neg":
            self.provider = self.provider or KIND_PROVIDER[kind]
            a = self._stand_in(kind, id_name, style, q)
            nk = self.negkind
            b = self._stand_in(kind, sec_name, style, q)
            self.negkind = nk if nk == self.negkind else "mixed_stand_ins"
            return a, b
        self.kind = kind
        self.provider = self.provider or KIND_PROVIDER[kind]
        if kind == "aws_secret_access_key":
            kid, sec = gen_aws_pair(r)
        elif kind == "spaces_secret_key":
            kid, sec = gen_spaces_pair(r)
        else:
            raise KeyError(kind)
        self.needle = sec
        self.secrets.append(sec)
        return q + kid + q, q + sec + q

    def sas(self):
        if self.mode == "neg":
            self.provider = self.provider or "azure-blob"
            self.negkind = "placeholder"
            return self.r.choice(["$env:AZURE_STORAGE_SAS", "${{ secrets.AZURE_SAS }}", "<sas-token>", "$(SasToken)"])
        tok, sig = gen_sas(self.r, self.app)
        self.kind = "azure_storage_sas"
        self.provider = self.provider or "azure-blob"
        self.needle = sig
        self.secrets.append(sig)
        return tok

    def pem_key(self, kind):
        """PEM private key text (multi-line, trailing newline). Negatives get the public half."""
        r = self.r
        if kind == "asc_api_private_key" or kind == "license_ec_private_key":
            d, pub = ec_key(r)
            if self.mode == "neg":
                self.provider = self.provider or KIND_PROVIDER[kind]
                self.negkind = "public_key"
                return ec_public_pem(pub)
            text = ec_pkcs8_pem(d, pub) if (kind == "asc_api_private_key" or r.random() < 0.4) else ec_sec1_pem(d, pub)
        else:
            k = rsa_key(r, r.choice([1024, 2048, 2048]))
            if self.mode == "neg":
                self.provider = self.provider or KIND_PROVIDER[kind]
                self.negkind = "public_key"
                return rsa_public_pem(k)
            text = rsa_private_pem(k, r.random() < 0.4)
        self.kind = kind
        self.provider = self.provider or KIND_PROVIDER[kind]
        self.needle = text.split("\n")[1]
        self.secrets.append(self.needle)
        return text

    def rsa_xml(self):
        r = self.r
        k = rsa_key(r, r.choice([1024, 2048]))
        pub = "<RSAKeyValue><Modulus>%s</Modulus><Exponent>AQAB</Exponent>" % int_b64(k["n"])
        if self.mode == "neg":
            self.provider = self.provider or "license-signing"
            self.negkind = "public_key"
            return pub + "</RSAKeyValue>"
        xml = pub + "<P>%s</P><Q>%s</Q><DP>%s</DP><DQ>%s</DQ><InverseQ>%s</InverseQ><D>%s</D></RSAKeyValue>" % (
            int_b64(k["p"]), int_b64(k["q"]), int_b64(k["dp"]), int_b64(k["dq"]), int_b64(k["qi"]), int_b64(k["d"]))
        self.kind = "license_rsa_private_key"
        self.provider = self.provider or "license-signing"
        self.needle = xml
        self.secrets.append(xml)
        return xml


def c_string_lines(text, indent="    "):
    """PEM text as a C/C++ concatenated string literal, one line per PEM line."""
    return "\n".join('%s"%s\\n"' % (indent, ln) for ln in text.rstrip("\n").split("\n"))


def escaped_one_line(text):
    return text.replace("\n", "\\n")


# ---------------------------------------------------------------------------
# templates shared by positives and (with a stand-in in the slot) negatives
# each returns (relpath, filetype, text)
# ---------------------------------------------------------------------------

TEMPLATES = []


def template(reuse=True):
    def deco(f):
        TEMPLATES.append((f.__name__, f, reuse))
        return f
    return deco


def gha_head(c, name, on_tag=True):
    r = c.r
    trig = ("on:\n  push:\n    tags:\n      - 'v*'\n" if on_tag else
            "on:\n  workflow_dispatch:\n  release:\n    types: [published]\n")
    return "name: %s\n\n%s\npermissions:\n  contents: write\n\n" % (name, trig)


@template()
def eb_yml_publish_token(c):
    a, r = c.app, c.r
    key = c.nm(["token"], ["token"])
    tok = c.slot("github_token", "GH_TOKEN", "ebyml", q=r.choice(['"', "'", ""]))
    text = """appId: %s
productName: %s
copyright: Copyright © 2024 %s
directories:
  output: dist
  buildResources: build
files:
  - "out/**/*"
  - "!**/*.map"
mac:
  category: public.app-category.productivity
  hardenedRuntime: true
  entitlements: build/entitlements.mac.plist
  notarize: true
win:
  target:
    - target: nsis
      arch: [x64, arm64]
  publisherName: "%s"
nsis:
  oneClick: false
  perMachine: false
  allowToChangeInstallationDirectory: true
linux:
  target: [AppImage, deb]
  category: Office
publish:
  provider: github
  owner: %s
  repo: %s
  releaseType: %s
  %s: %s
""" % (a.bundle, a.name, a.company, a.company, a.org, a.slug, r.choice(["draft", "release", "prerelease"]), key, tok)
    return r.choice(["electron-builder.yml", "electron-builder.yaml"]), "yaml", text


@template()
def eb_yml_cert_password(c):
    a, r = c.app, c.r
    pw = c.slot("codesign_cert_password", "WIN_CSC_KEY_PASSWORD", "ebyml", q=r.choice(['"', "'"]))
    text = """# electron-builder config for %s
appId: %s
productName: %s
asar: true
compression: maximum
win:
  target: nsis
  icon: build/icon.ico
  certificateFile: %s
  certificatePassword: %s
  signingHashAlgorithms: [sha256]
  rfc3161TimeStampServer: %s
  verifyUpdateCodeSignature: true
nsis:
  artifactName: "${productName}-Setup-${version}.${ext}"
  installerIcon: build/installer.ico
  createDesktopShortcut: always
publish:
  - provider: generic
    url: https://downloads.%s/releases/${os}/${arch}
""" % (a.name, a.bundle, a.name, a.cert.replace("\\", "/"), pw, a.tsa, a.domain)
    return "electron-builder.yml", "yaml", text


@template()
def eb_json_cert_password(c):
    a, r = c.app, c.r
    key = c.nm(["cscKeyPassword", "certificatePassword"], ["cscKeyPassword", "certificatePassword"])
    pw = c.slot("codesign_cert_password", "CSC_KEY_PASSWORD", "none")
    text = """{
  "appId": "%s",
  "productName": "%s",
  "directories": { "output": "release/${version}" },
  "files": ["dist-electron", "dist"],
  "mac": {
    "target": ["dmg", "zip"],
    "artifactName": "${productName}-Mac-${version}-Installer.${ext}"
  },
  "win": {
    "target": [{ "target": "nsis", "arch": ["x64"] }],
    "cscLink": "%s",
    "%s": %s,
    "artifactName": "${productName}-Windows-${version}-Setup.${ext}"
  },
  "nsis": {
    "oneClick": false,
    "perMachine": false,
    "allowToChangeInstallationDirectory": true,
    "deleteAppDataOnUninstall": false
  },
  "linux": { "target": ["AppImage"] }
}
""" % (a.bundle, a.name, a.cert.replace("\\", "/"), key, pw)
    return r.choice(["electron-builder.json", "electron-builder.json5"]), "json", text


@template()
def eb_env_file(c):
    a, r = c.app, c.r
    which = r.randrange(3)
    lines = ["# read by electron-builder at build time (do not ship)", "APPLE_TEAM_ID=%s" % a.team,
             "EP_PRE_RELEASE=%s" % r.choice(["true", "false"])]
    if which == 0:
        name = c.nm(["GH_TOKEN", "GITHUB_TOKEN"], ["GH_TOKEN", "GITHUB_TOKEN"])
        lines.append("%s=%s" % (name, c.slot("github_token", name, "none", q="")))
    elif which == 1:
        name = c.nm(["CSC_KEY_PASSWORD", "WIN_CSC_KEY_PASSWORD"], ["CSC_KEY_PASSWORD", "WIN_CSC_KEY_PASSWORD"])
        lines.insert(2, "CSC_LINK=%s" % a.cert.replace("\\", "/"))
        lines.append("%s=%s" % (name, c.slot("codesign_cert_password", name, "none", q=r.choice(["", '"']))))
    else:
        lines.append("APPLE_ID=%s" % a.email)
        name = c.nm(["APPLE_APP_SPECIFIC_PASSWORD", "APPLE_ID_PASSWORD"], ["APPLE_PASSWORD", "APPLE_ID_PASSWORD"])
        lines.append("%s=%s" % (name, c.slot("apple_app_specific_password", name, "none", q="")))
    lines.append("DEBUG=electron-builder")
    return r.choice(["electron-builder.env", ".env.release", ".env.production.local"]), "dotenv", "\n".join(lines) + "\n"


@template()
def pkg_json_script_token(c):
    a, r = c.app, c.r
    tok = c.slot("github_token", "GH_TOKEN", "shell", q="")
    envname = c.nm(["GH_TOKEN"], ["GH_TOKEN", "GITHUB_TOKEN"])
    text = """{
  "name": "%s",
  "productName": "%s",
  "version": "%s",
  "description": "%s desktop client",
  "main": "out/main/index.js",
  "author": "%s <%s>",
  "license": "UNLICENSED",
  "scripts": {
    "dev": "electron-vite dev",
    "build": "electron-vite build",
    "pack": "npm run build && electron-builder --dir",
    "dist": "npm run build && electron-builder",
    "release": "npm run build && %s=%s electron-builder --publish always",
    "lint": "eslint . --ext .ts,.tsx"
  },
  "dependencies": {
    "electron-updater": "^6.1.7",
    "electron-log": "^5.0.1"
  },
  "devDependencies": {
    "electron": "^29.1.0",
    "electron-builder": "^24.13.3",
    "electron-vite": "^2.1.0",
    "typescript": "^5.4.2"
  }
}
""" % (a.slug, a.name, a.version, a.name, a.company, a.email, envname, tok)
    return "package.json", "json", text


@template()
def pkg_json_build_section(c):
    a, r = c.app, c.r
    pw = c.slot("codesign_cert_password", "CSC_KEY_PASSWORD", "none")
    key = c.nm(["certificatePassword"], ["certificatePassword"])
    text = """{
  "name": "%s",
  "version": "%s",
  "private": true,
  "main": "main.js",
  "scripts": {
    "start": "electron .",
    "dist:win": "electron-builder --win --x64"
  },
  "build": {
    "appId": "%s",
    "productName": "%s",
    "win": {
      "target": "nsis",
      "certificateFile": "%s",
      "%s": %s,
      "publisherName": "%s",
      "timeStampServer": "%s"
    },
    "nsis": {
      "include": "build/installer.nsh",
      "license": "LICENSE.txt"
    },
    "publish": [{ "provider": "github", "owner": "%s", "repo": "%s" }]
  },
  "devDependencies": {
    "electron": "^28.2.0",
    "electron-builder": "^24.9.1"
  }
}
""" % (a.slug, a.version, a.bundle, a.name, a.cert.replace("\\", "\\\\"), key, pw, a.company, a.tsa, a.org, a.slug)
    return "package.json", "json", text


@template()
def forge_config_github(c):
    a, r = c.app, c.r
    tok = c.slot("github_token", "GITHUB_TOKEN", "js", q=r.choice(['"', "'"]))
    var = c.nm(["githubToken", "GH_TOKEN", "publishToken"], ["ci", "authValue", "releaseKey", "k"])
    ext = r.choice(["js", "ts"])
    imp = ("const { FusesPlugin } = require('@electron-forge/plugin-fuses');\nconst { FuseV1Options, FuseVersion } = require('@electron/fuses');\n"
           if ext == "js" else "import type { ForgeConfig } from '@electron-forge/shared-types';\n")
    text = """%s
const %s = %s;

const config = {
  packagerConfig: {
    asar: true,
    appBundleId: '%s',
    osxSign: {},
    icon: './assets/icon',
  },
  rebuildConfig: {},
  makers: [
    { name: '@electron-forge/maker-squirrel', config: { name: '%s' } },
    { name: '@electron-forge/maker-zip', platforms: ['darwin'] },
    { name: '@electron-forge/maker-deb', config: {} },
  ],
  publishers: [
    {
      name: '@electron-forge/publisher-github',
      config: {
        repository: { owner: '%s', name: '%s' },
        prerelease: %s,
        draft: true,
        authToken: %s,
      },
    },
  ],
};

%s
""" % (imp, var, tok, a.bundle, a.slug.replace("-", "_"), a.org, a.slug, r.choice(["true", "false"]), var,
       "module.exports = config;" if ext == "js" else "export default config;")
    return "forge.config." + ext, ext, text


@template()
def forge_config_s3(c):
    a, r = c.app, c.r
    spaces = r.random() < 0.4
    kind = "spaces_secret_key" if spaces else "aws_secret_access_key"
    kid, sec = c.pair(kind, "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "js", q="'")
    endpoint = ("\n        endpoint: 'https://%s.digitaloceanspaces.com'," % r.choice(["nyc3", "fra1", "sgp1", "ams3"])
                if spaces else "")
    names = c.nm([("accessKeyId", "secretAccessKey")], [("id", "key"), ("a", "b"), ("user", "pass")])
    text = """// Forge configuration: build installers and push them to the update bucket
const path = require('path');

const %s = %s;
const %s = %s;

module.exports = {
  packagerConfig: {
    name: '%s',
    executableName: '%s',
    icon: path.join(__dirname, 'assets', 'icon'),
  },
  makers: [
    { name: '@electron-forge/maker-squirrel', config: { setupIcon: './assets/icon.ico' } },
    { name: '@electron-forge/maker-dmg', config: { format: 'ULFO' } },
  ],
  publishers: [
    {
      name: '@electron-forge/publisher-s3',
      config: {
        bucket: '%s-releases',
        region: '%s',%s
        folder: '%s',
        public: true,
        accessKeyId: %s,
        secretAccessKey: %s,
      },
    },
  ],
};
""" % (names[0], kid, names[1], sec, a.name, a.slug, a.slug, r.choice(["us-east-1", "eu-west-1", "eu-central-1"]),
       endpoint, a.slug, names[0], names[1])
    return "forge.config.js", "js", text


@template()
def dev_app_update_yml(c):
    a, r = c.app, c.r
    tok = c.slot("github_token", "GH_TOKEN", "none", q="")
    text = """owner: %s
repo: %s
provider: github
private: true
token: %s
updaterCacheDirName: %s-updater
""" % (a.org, a.slug, tok, a.slug)
    return r.choice(["dev-app-update.yml", "resources/app-update.yml"]), "yaml", text


@template()
def tauri_gha_workflow(c):
    a, r = c.app, c.r
    key = c.slot("tauri_updater_private_key", "TAURI_SIGNING_PRIVATE_KEY", "gha", q="")
    env = c.nm(["TAURI_SIGNING_PRIVATE_KEY", "TAURI_PRIVATE_KEY"], ["TAURI_SIGNING_PRIVATE_KEY", "TAURI_PRIVATE_KEY"])
    pwenv = env.replace("PRIVATE_KEY", "PRIVATE_KEY_PASSWORD") if env.startswith("TAURI_SIGNING") else "TAURI_KEY_PASSWORD"
    text = gha_head(c, "publish") + """jobs:
  publish-tauri:
    strategy:
      fail-fast: false
      matrix:
        include:
          - platform: macos-latest
            args: --target universal-apple-darwin
          - platform: ubuntu-22.04
            args: ''
          - platform: windows-latest
            args: ''
    runs-on: ${{ matrix.platform }}
    steps:
      - uses: actions/checkout@v4
      - name: setup node
        uses: actions/setup-node@v4
        with:
          node-version: lts/*
      - name: install Rust stable
        uses: dtolnay/rust-toolchain@stable
      - name: install dependencies (ubuntu only)
        if: matrix.platform == 'ubuntu-22.04'
        run: |
          sudo apt-get update
          sudo apt-get install -y libwebkit2gtk-4.1-dev libappindicator3-dev librsvg2-dev patchelf
      - run: npm ci
      - uses: tauri-apps/tauri-action@v0
        env:
          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
          %s: %s
          %s: ${{ secrets.%s }}
        with:
          tagName: app-v__VERSION__
          releaseName: '%s v__VERSION__'
          releaseDraft: true
          prerelease: false
          args: ${{ matrix.args }}
""" % (env, key, pwenv, pwenv, a.name)
    return ".github/workflows/" + r.choice(["release.yml", "publish.yml", "tauri-release.yml"]), "yaml", text


@template()
def tauri_build_script(c):
    a, r = c.app, c.r
    pw = c.slot("tauri_key_password", "TAURI_SIGNING_PRIVATE_KEY_PASSWORD", "shell", q=r.choice(["'", '"']))
    var = c.nm(["TAURI_SIGNING_PRIVATE_KEY_PASSWORD", "TAURI_KEY_PASSWORD"], ["KP", "UNLOCK", "PHRASE"])
    text = """#!/usr/bin/env bash
# Build signed updater bundles for %s.
# Usage: scripts/build-release.sh [--target <triple>]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

export TAURI_SIGNING_PRIVATE_KEY="$(cat "$HOME/.tauri/%s.key")"
export %s=%s
%s
VERSION=$(jq -r .version src-tauri/tauri.conf.json)
echo "==> building %s $VERSION"

npm ci
npm run tauri build -- "$@"

OUT=src-tauri/target/release/bundle
ls -la "$OUT"/*/ || true
echo "==> signatures:"
find "$OUT" -name '*.sig' -print
""" % (a.name, a.slug, var, pw,
       "" if var.startswith("TAURI") else 'export TAURI_SIGNING_PRIVATE_KEY_PASSWORD="$%s"\n' % var, a.name)
    return r.choice(["scripts/build-release.sh", "scripts/release.sh", "build.sh"]), "shell", text


@template(reuse=False)
def tauri_key_file(c):
    a, r = c.app, c.r
    key = c.slot("tauri_updater_private_key", "", q="")
    return r.choice(["src-tauri/keys/%s.key" % a.slug, ".tauri/%s.key" % a.slug, "keys/updater.key"]), "key", key + "\n"


@template()
def tauri_conf_env_cargo(c):
    a, r = c.app, c.r
    key = c.slot("tauri_updater_private_key", "TAURI_SIGNING_PRIVATE_KEY", "none", q='"')
    text = """# Cargo configuration for local release builds
[build]
target-dir = "target"

[env]
TAURI_SIGNING_PRIVATE_KEY = %s
TAURI_SIGNING_PRIVATE_KEY_PASSWORD = ""
RUST_LOG = { value = "info", force = false }

[target.x86_64-pc-windows-msvc]
rustflags = ["-C", "target-feature=+crt-static"]
""" % key
    return "src-tauri/.cargo/config.toml", "toml", text


def ed_pub(c):
    return getattr(c, "ed_public", None) or b64(rbytes(c.r, 32))


@template()
def sparkle_makefile(c):
    a, r = c.app, c.r
    key = c.slot("sparkle_eddsa_private_key", "SPARKLE_ED_PRIVATE_KEY", "make", q="")
    var = c.nm(["SPARKLE_PRIVATE_KEY", "ED_PRIVATE_KEY"], ["SIGN_KEY", "UPDATE_KEY", "K"])
    text = """APP      := %s
VERSION  := %s
BUILD    := build/Release
DMG      := dist/$(APP)-$(VERSION).dmg
SPARKLE  := ./Pods/Sparkle/bin
%s := %s

.PHONY: all archive dmg notarize appcast clean

all: dmg appcast

archive:
\txcodebuild -scheme "$(APP)" -configuration Release -archivePath build/$(APP).xcarchive archive
\txcodebuild -exportArchive -archivePath build/$(APP).xcarchive -exportOptionsPlist exportOptions.plist -exportPath $(BUILD)

dmg: archive
\tmkdir -p dist
\thdiutil create -volname "$(APP)" -srcfolder "$(BUILD)/$(APP).app" -ov -format UDZO "$(DMG)"

notarize: dmg
\txcrun notarytool submit "$(DMG)" --keychain-profile "notary-%s" --wait
\txcrun stapler staple "$(DMG)"

appcast: notarize
\t$(SPARKLE)/sign_update -s $(%s) "$(DMG)"
\t$(SPARKLE)/generate_appcast dist/

clean:
\trm -rf build dist
""" % (a.word, a.version, var, key, a.slug, var)
    return "Makefile", "makefile", text


@template()
def sparkle_fastfile(c):
    a, r = c.app, c.r
    key = c.slot("sparkle_eddsa_private_key", "SPARKLE_PRIVATE_KEY", "rb", q='"')
    var = c.nm(["sparkle_private_key", "ed_private_key"], ["signing_material", "k", "blob"])
    text = """# Fastfile for %s (macOS, distributed outside the App Store)
default_platform(:mac)

platform :mac do
  %s = %s

  desc "Build, notarize and publish a Sparkle update"
  lane :release do
    build_mac_app(
      scheme: "%s",
      export_method: "developer-id",
      output_directory: "build"
    )
    notarize(package: "build/%s.app", use_notarytool: true)
    zip(path: "build/%s.app", output_path: "build/%s-#{get_version_number}.zip")
    sh("echo '#{%s}' | ../bin/sign_update --ed-key-file - ../build/%s-#{get_version_number}.zip")
    sh("../bin/generate_appcast ../build")
  end

  lane :beta do
    increment_build_number
    release
  end
end
""" % (a.name, var, key, a.word, a.word, a.word, a.word, var, a.word)
    return "fastlane/Fastfile", "ruby", text


@template()
def sparkle_python_sign(c):
    a, r = c.app, c.r
    key = c.slot("sparkle_eddsa_private_key", "SPARKLE_ED_KEY", "py", q='"')
    var = c.nm(["SPARKLE_ED_PRIVATE_KEY", "ED25519_PRIVATE_KEY"], ["SEED", "_K", "MATERIAL"])
    text = '''#!/usr/bin/env python3
"""Sign a release archive for the Sparkle appcast of %s."""
import base64
import os
import sys
from xml.sax.saxutils import quoteattr

from nacl.signing import SigningKey

%s = %s
FEED_URL = "https://%s/appcast.xml"


def sign(path):
    key = SigningKey(base64.b64decode(%s)[:32])
    with open(path, "rb") as fh:
        data = fh.read()
    sig = key.sign(data).signature
    return base64.b64encode(sig).decode(), len(data)


def main(argv):
    archive = argv[1]
    sig, length = sign(archive)
    url = "https://downloads.%s/%%s" %% os.path.basename(archive)
    print("<enclosure url=%%s sparkle:edSignature=%%s length=\\"%%d\\" type=\\"application/octet-stream\\"/>"
          %% (quoteattr(url), quoteattr(sig), length))


if __name__ == "__main__":
    main(sys.argv)
''' % (a.name, var, key, a.domain, var, a.domain)
    return r.choice(["scripts/sign_update.py", "tools/appcast_sign.py"]), "python", text


@template()
def sparkle_swift_tool(c):
    a, r = c.app, c.r
    key = c.slot("sparkle_eddsa_private_key", "SPARKLE_KEY", "swift", q='"')
    var = c.nm(["sparklePrivateKey", "edPrivateKey"], ["seedMaterial", "keyData64", "s"])
    text = """// ReleaseSigner - signs update archives for the %s appcast.
import CryptoKit
import Foundation

let %s = %s

guard CommandLine.arguments.count == 2 else {
    FileHandle.standardError.write("usage: ReleaseSigner <archive>\\n".data(using: .utf8)!)
    exit(64)
}

let archiveURL = URL(fileURLWithPath: CommandLine.arguments[1])
let data = try Data(contentsOf: archiveURL)
let raw = Data(base64Encoded: %s)!.prefix(32)
let key = try Curve25519.Signing.PrivateKey(rawRepresentation: raw)
let signature = try key.signature(for: data)

// must match SUPublicEDKey in Info.plist
let published = try Curve25519.Signing.PublicKey(rawRepresentation: Data(base64Encoded: "%s")!)
precondition(published.isValidSignature(signature, for: data), "key does not match SUPublicEDKey")

print("sparkle:edSignature=\\"\\(signature.base64EncodedString())\\" length=\\"\\(data.count)\\"")
""" % (a.name, var, key, var, ed_pub(c))
    return "Tools/ReleaseSigner/Sources/ReleaseSigner/main.swift", "swift", text


@template()
def sparkle_gha(c):
    a, r = c.app, c.r
    key = c.slot("sparkle_eddsa_private_key", "SPARKLE_PRIVATE_KEY", "gha", q=r.choice(['"', ""]))
    text = gha_head(c, "Release macOS") + """jobs:
  build:
    runs-on: macos-14
    steps:
      - uses: actions/checkout@v4
      - name: Select Xcode
        run: sudo xcode-select -s /Applications/Xcode_15.4.app
      - name: Archive
        run: |
          xcodebuild -project %s.xcodeproj -scheme %s -configuration Release \\
            -archivePath build/%s.xcarchive archive
      - name: Export
        run: xcodebuild -exportArchive -archivePath build/%s.xcarchive -exportOptionsPlist exportOptions.plist -exportPath build/export
      - name: Notarize
        env:
          AC_API_KEY_ID: ${{ secrets.AC_API_KEY_ID }}
          AC_API_ISSUER: ${{ secrets.AC_API_ISSUER }}
        run: ./scripts/notarize.sh build/export/%s.app
      - name: Sign update for Sparkle
        env:
          SPARKLE_KEY: %s
        run: |
          ditto -c -k --keepParent build/export/%s.app build/%s.zip
          echo "$SPARKLE_KEY" | ./Sparkle/bin/sign_update --ed-key-file - build/%s.zip > build/signature.txt
      - uses: softprops/action-gh-release@v2
        with:
          files: build/%s.zip
""" % (a.word, a.word, a.word, a.word, a.word, key, a.word, a.word, a.word, a.word)
    return ".github/workflows/" + r.choice(["release-macos.yml", "sparkle.yml", "mac-release.yml"]), "yaml", text


@template()
def notarize_js(c):
    a, r = c.app, c.r
    pw = c.slot("apple_app_specific_password", "APPLE_APP_SPECIFIC_PASSWORD", "js", q=r.choice(["'", '"']))
    var = c.nm(["appleIdPassword", "APPLE_APP_PASSWORD"], ["pw", "secretValue", "p"])
    text = """// afterSign hook: notarize the macOS build
const { notarize } = require('@electron/notarize');
const path = require('path');

const %s = %s;

exports.default = async function notarizing(context) {
  const { electronPlatformName, appOutDir } = context;
  if (electronPlatformName !== 'darwin') {
    return;
  }
  const appName = context.packager.appInfo.productFilename;
  console.log(`notarizing ${appName} ...`);

  return await notarize({
    tool: 'notarytool',
    appBundleId: '%s',
    appPath: path.join(appOutDir, `${appName}.app`),
    appleId: '%s',
    appleIdPassword: %s,
    teamId: '%s',
  });
};
""" % (var, pw, a.bundle, a.email, var, a.team)
    return r.choice(["build/notarize.js", "scripts/notarize.js"]), "js", text


@template()
def notarytool_shell(c):
    a, r = c.app, c.r
    pw = c.slot("apple_app_specific_password", "APPLE_PASSWORD", "shell", q=r.choice(['"', "'", ""]))
    inline = r.random() < 0.5
    var = c.nm(["APP_SPECIFIC_PASSWORD", "NOTARY_PASSWORD"], ["CRED", "AC_P", "TOKEN2"])
    pre = "" if inline else '%s=%s\n' % (var, pw)
    use = pw if inline else '"$%s"' % var
    text = """#!/bin/sh
# notarize.sh - submit a DMG to Apple's notary service and staple the ticket
set -e

DMG="${1:?usage: notarize.sh path/to/app.dmg}"
APPLE_ID="%s"
TEAM_ID="%s"
%s
echo "Submitting $DMG for notarization..."
xcrun notarytool submit "$DMG" \\
  --apple-id "$APPLE_ID" \\
  --team-id "$TEAM_ID" \\
  --password %s \\
  --wait --timeout 30m

xcrun stapler staple "$DMG"
spctl -a -vvv -t install "$DMG"
""" % (a.email, a.team, pre, use)
    return r.choice(["scripts/notarize.sh", "notarize.sh", "tools/mac/notarize.sh"]), "shell", text


@template()
def xcconfig_secret(c):
    a, r = c.app, c.r
    which = r.random() < 0.5
    if which:
        var = c.nm(["SENTRY_AUTH_TOKEN"], ["SENTRY_CLI_VALUE", "UPLOAD_CREDENTIAL"])
        v = c.slot("sentry_auth_token", "SENTRY_AUTH_TOKEN", "none", q="")
        extra = "SENTRY_ORG = %s\nSENTRY_PROJECT = %s-macos\n" % (a.org, a.slug)
    else:
        var = c.nm(["NOTARY_APP_PASSWORD", "AC_PASSWORD"], ["NOTARY_CRED", "AC_SECRET_VALUE"])
        v = c.slot("apple_app_specific_password", "AC_PASSWORD", "none", q="")
        extra = "NOTARY_APPLE_ID = %s\n" % a.email
    text = """// Release.xcconfig
#include "Base.xcconfig"

PRODUCT_BUNDLE_IDENTIFIER = %s
MARKETING_VERSION = %s
CURRENT_PROJECT_VERSION = %s
DEVELOPMENT_TEAM = %s
CODE_SIGN_STYLE = Manual
CODE_SIGN_IDENTITY = Developer ID Application
ENABLE_HARDENED_RUNTIME = YES
SWIFT_OPTIMIZATION_LEVEL = -O
DEBUG_INFORMATION_FORMAT = dwarf-with-dsym

// used by the "Upload symbols / notarize" run-script phase
%s%s = %s
""" % (a.bundle, a.version, a.build, a.team, extra, var, v)
    return r.choice(["Config/Release.xcconfig", "Configs/Secrets.xcconfig", "%s/Release.xcconfig" % a.word]), "xcconfig", text


@template(reuse=False)
def asc_p8_file(c):
    a, r = c.app, c.r
    kid = rstr(r, UPPER_ALNUM, 10)
    text = c.pem_key("asc_api_private_key")
    return r.choice(["private_keys/AuthKey_%s.p8" % kid, "fastlane/AuthKey_%s.p8" % kid, "ci/AuthKey_%s.p8" % kid]), "p8", text


@template(reuse=False)
def asc_fastlane_key_content(c):
    a, r = c.app, c.r
    p = c.pem_key("asc_api_private_key")
    kid = rstr(r, UPPER_ALNUM, 10)
    text = """# Appfile / Fastfile helpers for %s
app_identifier("%s")
team_id("%s")

def asc_key
  app_store_connect_api_key(
    key_id: "%s",
    issuer_id: "%s",
    key_content: "%s",
    duration: 1200,
    in_house: false
  )
end

lane :notarize_dmg do
  api_key = asc_key
  notarize(package: "dist/%s.dmg", api_key: api_key, bundle_id: "%s")
end
""" % (a.name, a.bundle, a.team, kid, uuid4(r), escaped_one_line(p), a.word, a.bundle)
    return "fastlane/Fastfile", "ruby", text


@template(reuse=False)
def asc_python_jwt(c):
    a, r = c.app, c.r
    p = c.pem_key("asc_api_private_key")
    var = c.nm(["ASC_PRIVATE_KEY", "APP_STORE_CONNECT_KEY"], ["KEY_TEXT", "MATERIAL", "P8"])
    text = '''"""Create a short-lived App Store Connect token for notarytool / altool."""
import time

import jwt  # PyJWT

KEY_ID = "%s"
ISSUER_ID = "%s"
%s = """%s"""


def make_token(ttl=900):
    now = int(time.time())
    payload = {"iss": ISSUER_ID, "iat": now, "exp": now + ttl, "aud": "appstoreconnect-v1"}
    return jwt.encode(payload, %s, algorithm="ES256", headers={"kid": KEY_ID, "typ": "JWT"})


if __name__ == "__main__":
    print(make_token())
''' % (rstr(r, UPPER_ALNUM, 10), uuid4(r), var, p.rstrip("\n"), var)
    return r.choice(["scripts/asc_token.py", "release/appstore_jwt.py"]), "python", text


@template()
def nsis_finalize(c):
    a, r = c.app, c.r
    pw = c.slot("codesign_cert_password", "CERT_PASSWORD", "nsis", q="")
    define = r.random() < 0.5
    dname = c.nm(["CERT_PASSWORD", "PFX_PASS"], ["SIGNARG", "CP", "P2"])
    pre = ('!define %s "%s"\n' % (dname, pw)) if define else ""
    use = ("${%s}" % dname) if define else pw
    if not define:
        c.subtle()
    text = """; %s installer
Unicode true
SetCompressor /SOLID lzma

!define PRODUCT_NAME "%s"
!define PRODUCT_VERSION "%s"
!define PRODUCT_PUBLISHER "%s"
!define CERT_FILE "%s"
%s
!include "MUI2.nsh"

Name "${PRODUCT_NAME} ${PRODUCT_VERSION}"
OutFile "dist\\${PRODUCT_NAME}-${PRODUCT_VERSION}-setup.exe"
InstallDir "$PROGRAMFILES64\\${PRODUCT_NAME}"
RequestExecutionLevel admin

; sign the installer and uninstaller after they are written
!finalize 'signtool.exe sign /f "${CERT_FILE}" /p "%s" /fd sha256 /tr %s /td sha256 "%%1"' = 0
!uninstfinalize 'signtool.exe sign /f "${CERT_FILE}" /p "%s" /fd sha256 /tr %s /td sha256 "%%1"' = 0

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "Install"
  SetOutPath "$INSTDIR"
  File /r "build\\win-unpacked\\*.*"
  WriteUninstaller "$INSTDIR\\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\\${PRODUCT_NAME}.lnk" "$INSTDIR\\${PRODUCT_NAME}.exe"
SectionEnd

Section "Uninstall"
  RMDir /r "$INSTDIR"
  Delete "$SMPROGRAMS\\${PRODUCT_NAME}.lnk"
SectionEnd
""" % (a.name, a.name, a.version, a.company, a.cert.replace("/", "\\"), pre, use, a.tsa, use, a.tsa)
    return r.choice(["installer/setup.nsi", "installer.nsi", "build/windows/%s.nsi" % a.slug]), "nsis", text


@template()
def inno_signtool(c):
    a, r = c.app, c.r
    pw = c.slot("codesign_cert_password", "SIGN_PASSWORD", "issdef", q='"')
    dname = c.nm(["CertPassword", "SignPassword"], ["SignArg", "CertP", "Secret1"])
    text = """; Inno Setup script for %s
#define MyAppName "%s"
#define MyAppVersion "%s"
#define MyAppPublisher "%s"
#define MyAppURL "https://%s"
#define MyAppExeName "%s.exe"
#define %s %s

[Setup]
AppId={{%s}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppPublisher={#MyAppPublisher}
AppPublisherURL={#MyAppURL}
DefaultDirName={autopf}\\{#MyAppName}
DisableProgramGroupPage=yes
OutputDir=Output
OutputBaseFilename={#MyAppName}-{#MyAppVersion}-setup
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
SignTool=signtool sign /fd sha256 /f $q%s$q /p {#%s} /tr %s /td sha256 $f
SignedUninstaller=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\\German.isl"

[Files]
Source: "..\\dist\\win-unpacked\\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\\{#MyAppName}"; Filename: "{app}\\{#MyAppExeName}"

[Run]
Filename: "{app}\\{#MyAppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(MyAppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
""" % (a.name, a.name, a.version, a.company, a.domain, a.word, dname, pw, a.upgrade, a.cert.replace("/", "\\"), dname, a.tsa)
    return r.choice(["installer/setup.iss", "%s.iss" % a.word, "windows/installer.iss"]), "inno", text


@template()
def inno_setup_password(c):
    a, r = c.app, c.r
    pw = c.slot("installer_password", "SETUP_PASSWORD", "iss", q="")
    text = """; Internal preview build - installer is password protected and encrypted
[Setup]
AppId={{%s}
AppName=%s Preview
AppVersion=%s
AppPublisher=%s
DefaultDirName={autopf}\\%s Preview
OutputBaseFilename=%s-preview-%s
Password=%s
Encryption=yes
Compression=lzma2
SolidCompression=yes
PrivilegesRequired=lowest

[Files]
Source: "..\\build\\Release\\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{userprograms}\\%s Preview"; Filename: "{app}\\%s.exe"
""" % (a.upgrade, a.name, a.version, a.company, a.name, a.slug, a.version, pw, a.name, a.word)
    return r.choice(["installer/preview.iss", "setup/internal-preview.iss"]), "inno", text


@template()
def wix_property_token(c):
    a, r = c.app, c.r
    kind = r.choice(["backtrace", "sentry"])
    if kind == "backtrace":
        tok = c.slot("backtrace_symbol_token", "BACKTRACE_TOKEN", "wix", q="")
        pid = c.nm(["BACKTRACE_TOKEN", "CRASH_UPLOAD_TOKEN"], ["CRASHCFG", "REPORTER_PARAM", "ENDPOINT_ARG"])
    else:
        tok = c.slot("sentry_auth_token", "SENTRY_AUTH_TOKEN", "wix", q="")
        pid = c.nm(["SENTRY_AUTH_TOKEN", "SYMBOL_UPLOAD_TOKEN"], ["DIAG_ARG", "REPORTER_PARAM"])
    text = """<?xml version="1.0" encoding="UTF-8"?>
<Wix xmlns="http://wixtoolset.org/schemas/v4/wxs">
  <Package Name="%s" Manufacturer="%s" Version="%s.0"
           UpgradeCode="%s" Scope="perMachine">
    <MajorUpgrade DowngradeErrorMessage="A newer version of [ProductName] is already installed." />
    <MediaTemplate EmbedCab="yes" />

    <Property Id="ARPHELPLINK" Value="https://%s/support" />
    <Property Id="%s" Value="%s" Hidden="yes" />

    <StandardDirectory Id="ProgramFiles64Folder">
      <Directory Id="INSTALLFOLDER" Name="%s" />
    </StandardDirectory>

    <Feature Id="Main">
      <ComponentGroupRef Id="AppFiles" />
    </Feature>

    <CustomAction Id="WriteCrashConfig" Directory="INSTALLFOLDER"
                  ExeCommand="&quot;[INSTALLFOLDER]crashreporter.exe&quot; --configure [%s]"
                  Execute="deferred" Impersonate="no" Return="ignore" />
    <InstallExecuteSequence>
      <Custom Action="WriteCrashConfig" Before="InstallFinalize" Condition="NOT Installed" />
    </InstallExecuteSequence>
  </Package>
</Wix>
""" % (a.name, a.company, a.version, a.upgrade, a.domain, pid, tok, a.name, pid)
    return r.choice(["installer/Product.wxs", "wix/Package.wxs", "setup/%s.wxs" % a.word]), "wix", text


@template()
def wixproj_sign(c):
    a, r = c.app, c.r
    pw = c.slot("codesign_cert_password", "SignPassword", "msbuild", q="")
    prop = c.nm(["CertificatePassword", "SignToolPassword"], ["SignArgs2", "PfxArg"])
    text = """<Project Sdk="WixToolset.Sdk/4.0.5">
  <PropertyGroup>
    <OutputName>%s-%s</OutputName>
    <Platform Condition=" '$(Platform)' == '' ">x64</Platform>
    <SuppressValidation>false</SuppressValidation>
    <SignOutput>true</SignOutput>
    <CertificateFile>$(MSBuildProjectDirectory)\\..\\%s</CertificateFile>
    <%s>%s</%s>
    <TimestampUrl>%s</TimestampUrl>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="..\\src\\%s\\%s.csproj" />
  </ItemGroup>
  <Target Name="SignMsi">
    <Exec Command="signtool.exe sign /fd sha256 /f &quot;$(CertificateFile)&quot; /p $(%s) /tr $(TimestampUrl) /td sha256 &quot;%%(SignMsi.FullPath)&quot;" />
  </Target>
  <Target Name="SignCabs">
    <Exec Command="signtool.exe sign /fd sha256 /f &quot;$(CertificateFile)&quot; /p $(%s) /tr $(TimestampUrl) /td sha256 &quot;%%(SignCabs.FullPath)&quot;" />
  </Target>
</Project>
""" % (a.word, a.version, a.cert.replace("/", "\\"), prop, pw, prop, a.tsa, a.word, a.word, prop, prop)
    return "installer/%s.Installer.wixproj" % a.word, "msbuild", text


@template()
def ps1_signtool(c):
    a, r = c.app, c.r
    pw = c.slot("codesign_cert_password", "CERT_PASSWORD", "ps", q=r.choice(['"', "'"]))
    var = c.nm(["$CertPassword", "$PfxPassword"], ["$p", "$arg2", "$cred"])
    text = """<#
.SYNOPSIS
  Signs every executable and DLL in the release folder.
#>
param(
    [string]$Folder = "dist\\win-unpacked",
    [string]$Pfx = "%s"
)
$ErrorActionPreference = "Stop"

$signtool = Get-ChildItem "${env:ProgramFiles(x86)}\\Windows Kits\\10\\bin\\*\\x64\\signtool.exe" |
    Sort-Object FullName -Descending | Select-Object -First 1
%s = %s
$timestamp = "%s"

Get-ChildItem -Path $Folder -Recurse -Include *.exe, *.dll | ForEach-Object {
    Write-Host "Signing $($_.FullName)"
    & $signtool.FullName sign /f $Pfx /p %s /fd sha256 /tr $timestamp /td sha256 /d "%s" $_.FullName
    if ($LASTEXITCODE -ne 0) { throw "signtool failed for $($_.Name)" }
}
Write-Host "Done."
""" % (a.cert, var, pw, a.tsa, var, a.name)
    return r.choice(["scripts/sign.ps1", "build/Sign-Release.ps1", "tools/sign-windows.ps1"]), "powershell", text


@template()
def ps1_import_pfx(c):
    a, r = c.app, c.r
    pw = c.slot("codesign_cert_password", "PFX_PASSWORD", "ps", q='"')
    c.subtle()
    text = """# Installs the code-signing certificate on a fresh build agent
$ErrorActionPreference = 'Stop'
$pfxPath = Join-Path $PSScriptRoot '..\\%s'
$secure = ConvertTo-SecureString -String %s -Force -AsPlainText
$cert = Import-PfxCertificate -FilePath $pfxPath -CertStoreLocation Cert:\\CurrentUser\\My -Password $secure
Write-Output "Imported $($cert.Subject) ($($cert.Thumbprint))"
[Environment]::SetEnvironmentVariable('SIGN_THUMBPRINT', $cert.Thumbprint, 'User')
""" % (a.cert.split("\\")[-1], pw)
    return r.choice(["ci/install-cert.ps1", "scripts/Import-SigningCert.ps1"]), "powershell", text


@template()
def bat_signtool(c):
    a, r = c.app, c.r
    pw = c.slot("codesign_cert_password", "CERT_PASS", "bat", q="")
    var = c.nm(["CERT_PASS", "PFX_PASSWORD"], ["SP", "ARG2", "XPW"])
    text = """@echo off
setlocal
rem Build and sign the Windows installer for %s

set VERSION=%s
set CERT=%s
set %s=%s
set TS=%s

call npm run build || goto :error
call npx electron-builder --win --x64 --publish never || goto :error

for %%%%F in (dist\\*.exe) do (
  signtool sign /f "%%CERT%%" /p "%%%s%%" /fd sha256 /tr %%TS%% /td sha256 "%%%%F" || goto :error
)
echo Signed build %%VERSION%% OK
goto :eof

:error
echo Build failed with error %%errorlevel%%
exit /b %%errorlevel%%
""" % (a.name, a.version, a.cert.replace("/", "\\"), var, pw, a.tsa, var)
    return r.choice(["build.bat", "scripts\\sign.cmd".replace("\\", "/"), "release.cmd"]), "batch", text


@template()
def cmake_sign(c):
    a, r = c.app, c.r
    pw = c.slot("codesign_cert_password", "SIGN_PASSWORD", "cmake", q='"')
    var = c.nm(["SIGN_PASSWORD", "CODESIGN_PFX_PASSWORD"], ["SIGN_ARG", "PFX_X"])
    text = """cmake_minimum_required(VERSION 3.21)
project(%s VERSION %s LANGUAGES CXX)

set(CMAKE_CXX_STANDARD 17)
set(CMAKE_AUTOMOC ON)
find_package(Qt6 REQUIRED COMPONENTS Widgets Network)

add_executable(%s WIN32 src/main.cpp src/mainwindow.cpp src/updater.cpp resources/app.rc)
target_link_libraries(%s PRIVATE Qt6::Widgets Qt6::Network)

if(WIN32 AND CMAKE_BUILD_TYPE STREQUAL "Release")
  set(SIGN_CERT "${CMAKE_SOURCE_DIR}/%s")
  set(%s %s)
  add_custom_command(TARGET %s POST_BUILD
    COMMAND signtool sign /f "${SIGN_CERT}" /p "${%s}" /fd sha256 /tr %s /td sha256 "$<TARGET_FILE:%s>"
    COMMENT "Signing %s")
endif()

install(TARGETS %s RUNTIME DESTINATION bin)
""" % (a.word, a.version, a.word, a.word, a.cert.replace("\\", "/").replace("C:/", ""), var, pw, a.word, var, a.tsa, a.word, a.word, a.word)
    return "CMakeLists.txt", "cmake", text


@template()
def trusted_signing_gha(c):
    a, r = c.app, c.r
    sec = c.slot("azure_client_secret", "AZURE_CLIENT_SECRET", "gha", q=r.choice(["", "'"]))
    c.provider = "azure-trusted-signing"
    text = gha_head(c, "Sign Windows build", on_tag=False) + """jobs:
  sign:
    runs-on: windows-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/download-artifact@v4
        with:
          name: win-unsigned
          path: dist
      - name: Sign with Trusted Signing
        uses: azure/trusted-signing-action@v0.5.1
        with:
          azure-tenant-id: %s
          azure-client-id: %s
          azure-client-secret: %s
          endpoint: https://%s.codesigning.azure.net/
          trusted-signing-account-name: %s-signing
          certificate-profile-name: %s-public
          files-folder: ${{ github.workspace }}\\dist
          files-folder-filter: exe,dll,msi
          file-digest: SHA256
          timestamp-rfc3161: http://timestamp.acs.microsoft.com
          timestamp-digest: SHA256
      - uses: actions/upload-artifact@v4
        with:
          name: win-signed
          path: dist
""" % (uuid4(r), uuid4(r), sec, r.choice(["eus", "wus2", "weu", "neu"]), a.org, a.slug)
    return ".github/workflows/" + r.choice(["sign-windows.yml", "trusted-signing.yml"]), "yaml", text


@template()
def trusted_signing_azp(c):
    a, r = c.app, c.r
    sec = c.slot("azure_client_secret", "AzureClientSecret", "azp", q=r.choice(["", "'"]))
    c.provider = "azure-trusted-signing"
    var = c.nm(["AZURE_CLIENT_SECRET", "signingClientSecret"], ["spValue", "tsCred", "appKey2"])
    text = """trigger:
  tags:
    include: ['v*']

pool:
  vmImage: windows-latest

variables:
  buildConfiguration: Release
  AZURE_TENANT_ID: %s
  AZURE_CLIENT_ID: %s
  %s: %s

steps:
- task: UseDotNet@2
  inputs:
    version: 8.x
- script: dotnet publish src/%s/%s.csproj -c $(buildConfiguration) -r win-x64 -o $(Build.ArtifactStagingDirectory)/app
  displayName: Publish
- task: TrustedSigning@0
  displayName: Sign binaries
  env:
    AZURE_CLIENT_SECRET: $(%s)
  inputs:
    Endpoint: 'https://%s.codesigning.azure.net/'
    TrustedSigningAccountName: '%s-codesign'
    CertificateProfileName: '%s'
    FilesFolder: '$(Build.ArtifactStagingDirectory)/app'
    FilesFolderFilter: 'exe,dll'
    FileDigest: 'SHA256'
    TimestampRfc3161: 'http://timestamp.acs.microsoft.com'
    TimestampDigest: 'SHA256'
- publish: $(Build.ArtifactStagingDirectory)/app
  artifact: signed
""" % (uuid4(r), uuid4(r), var, sec, a.word, a.word, var, r.choice(["eus", "wus2", "weu"]), a.org, a.slug)
    return r.choice(["azure-pipelines.yml", ".azure/release-pipeline.yml", "pipelines/sign.yml"]), "yaml", text


@template()
def trusted_signing_ps1(c):
    a, r = c.app, c.r
    sec = c.slot("azure_client_secret", "SIGNING_SP_SECRET", "ps", q="'")
    c.provider = "azure-trusted-signing"
    text = """# Local signing with Azure Trusted Signing (Artifact Signing) via signtool's dlib
$env:AZURE_TENANT_ID     = '%s'
$env:AZURE_CLIENT_ID     = '%s'
$env:AZURE_CLIENT_SECRET = %s

$dlib = "$env:LOCALAPPDATA\\Microsoft\\MicrosoftTrustedSigningClientTools\\Azure.CodeSigning.Dlib.dll"
$metadata = Join-Path $PSScriptRoot 'metadata.json'

$files = Get-ChildItem -Path "$PSScriptRoot\\..\\out\\make" -Recurse -Include *.exe, *.msi
foreach ($f in $files) {
    & signtool.exe sign /v /debug /fd SHA256 /tr http://timestamp.acs.microsoft.com /td SHA256 `
        /dlib $dlib /dmdf $metadata $f.FullName
}
""" % (uuid4(r), uuid4(r), sec)
    return r.choice(["scripts/sign-trusted.ps1", "build/windows/sign.ps1"]), "powershell", text


@template()
def partner_center_python(c):
    a, r = c.app, c.r
    sec = c.slot("azure_client_secret", "PARTNER_CENTER_CLIENT_SECRET", "py", q='"')
    c.provider = "microsoft-partner-center"
    var = c.nm(["CLIENT_SECRET", "PARTNER_CENTER_SECRET"], ["APP_KEY", "CRED", "VALUE"])
    text = '''"""Submit a new MSIX package to the Microsoft Store via the Partner Center submission API."""
import json
import sys
import urllib.parse
import urllib.request

TENANT_ID = "%s"
CLIENT_ID = "%s"
%s = %s
APP_ID = "9N%s"
SELLER_ID = "%d"


def access_token():
    body = urllib.parse.urlencode({
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": %s,
        "resource": "https://manage.devcenter.microsoft.com",
    }).encode()
    url = "https://login.microsoftonline.com/%%s/oauth2/token" %% TENANT_ID
    with urllib.request.urlopen(url, body) as resp:
        return json.load(resp)["access_token"]


def create_submission(token):
    req = urllib.request.Request(
        "https://manage.devcenter.microsoft.com/v1.0/my/applications/%%s/submissions" %% APP_ID,
        method="POST", headers={"Authorization": "Bearer " + token})
    with urllib.request.urlopen(req) as resp:
        return json.load(resp)


if __name__ == "__main__":
    sub = create_submission(access_token())
    print(sub["id"], sub["fileUploadUrl"][:60], file=sys.stderr)
''' % (uuid4(r), uuid4(r), var, sec, rstr(r, UPPER_ALNUM, 10), r.randint(10000000, 99999999), var)
    return r.choice(["tools/store_submit.py", "scripts/partner_center.py"]), "python", text


@template()
def msstore_gha(c):
    a, r = c.app, c.r
    sec = c.slot("azure_client_secret", "PARTNER_CENTER_CLIENT_SECRET", "gha", q="")
    c.provider = "microsoft-partner-center"
    text = gha_head(c, "Publish to Microsoft Store", on_tag=False) + """jobs:
  store:
    runs-on: windows-latest
    steps:
      - uses: actions/checkout@v4
      - uses: microsoft/setup-msstore-cli@v1
      - name: Configure Store CLI
        run: >-
          msstore reconfigure
          --tenantId %s
          --sellerId %d
          --clientId %s
          --clientSecret %s
      - name: Package & publish
        run: |
          msstore package . --output out
          msstore publish out/%s_%s_x64.msix --appId 9N%s
""" % (uuid4(r), r.randint(10000000, 99999999), uuid4(r), sec, a.word, a.version, rstr(r, UPPER_ALNUM, 10))
    return ".github/workflows/" + r.choice(["store.yml", "msstore-publish.yml"]), "yaml", text


@template()
def squirrel_releasify(c):
    a, r = c.app, c.r
    pw = c.slot("codesign_cert_password", "SIGN_PASSWORD", "bat", q="")
    c.provider = "squirrel-windows"
    c.subtle()
    text = """@echo off
rem Package %s with Squirrel.Windows
set VERSION=%s
nuget pack %s.nuspec -Version %%VERSION%% -OutputDirectory build\\nupkg || exit /b 1

.\\packages\\squirrel.windows.2.0.1\\tools\\Squirrel.exe --releasify build\\nupkg\\%s.%%VERSION%%.nupkg ^
  --releaseDir releases ^
  --setupIcon assets\\setup.ico ^
  --no-msi ^
  --signWithParams="/a /f %s /p %s /fd sha256 /tr %s /td sha256"

echo Squirrel release written to releases\\
""" % (a.name, a.version, a.word, a.word, a.cert.replace("/", "\\"), pw, a.tsa)
    return r.choice(["releasify.cmd", "build/squirrel.bat"]), "batch", text


@template()
def velopack_github_ps1(c):
    a, r = c.app, c.r
    tok = c.slot("github_token", "GITHUB_TOKEN", "ps", q=r.choice(['"', "'", ""]))
    c.provider = "velopack"
    var = c.nm(["$GithubToken", "$GhToken"], ["$t", "$auth", "$k1"])
    text = """param([Parameter(Mandatory)][string]$Version)
$ErrorActionPreference = 'Stop'

%s = %s
$repo = 'https://github.com/%s'

dotnet publish src\\%s\\%s.csproj -c Release -r win-x64 --self-contained -o publish
vpk download github --repoUrl $repo --token %s
vpk pack --packId %s --packVersion $Version --packDir publish --mainExe %s.exe --packTitle '%s'
vpk upload github --repoUrl $repo --publish --releaseName "%s $Version" --tag "v$Version" --token %s
""" % (var, tok, a.repo, a.word, a.word, var, a.word, a.word, a.name, a.name, var)
    return r.choice(["build.ps1", "scripts/release.ps1", "deploy/Publish-Velopack.ps1"]), "powershell", text


@template()
def velopack_s3_sh(c):
    a, r = c.app, c.r
    kid, sec = c.pair("aws_secret_access_key", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "shell", q="")
    c.provider = "velopack"
    text = """#!/usr/bin/env bash
set -euo pipefail
VERSION="$1"
BUCKET=%s-updates

dotnet publish src/%s/%s.csproj -c Release -r osx-arm64 --self-contained -o publish
vpk pack -u %s -v "$VERSION" -p publish -e %s --signAppIdentity "Developer ID Application: %s (%s)"

vpk upload s3 --bucket "$BUCKET" --region %s \\
  --keyId %s \\
  --secret %s \\
  --channel osx --keepMaxReleases 5
""" % (a.slug, a.word, a.word, a.word, a.word, a.company, a.team, r.choice(["us-east-1", "eu-west-2"]), kid, sec)
    return r.choice(["scripts/publish-mac.sh", "release-osx.sh"]), "shell", text


@template()
def velopack_az_sas(c):
    a, r = c.app, c.r
    sas = c.sas()
    c.provider = "velopack"
    c.subtle()
    q = r.choice(['"', "'"])
    text = """# Upload a Velopack release to Azure Blob Storage
$ErrorActionPreference = 'Stop'
$version = (Get-Content version.txt).Trim()

vpk pack --packId %s --packVersion $version --packDir .\\publish --mainExe %s.exe
vpk upload az `
  --account %sreleases `
  --container updates `
  --sas %s%s%s `
  --channel win --keepMaxReleases 10
""" % (a.word, a.word, a.org.replace("-", ""), q, sas, q)
    return r.choice(["upload-azure.ps1", "scripts/upload.ps1"]), "powershell", text


@template()
def spaces_env_workflow(c):
    a, r = c.app, c.r
    kid, sec = c.pair("spaces_secret_key", "DO_KEY_ID", "DO_SECRET_KEY", "gha", q="")
    text = gha_head(c, "build-and-publish") + """jobs:
  release:
    runs-on: ${{ matrix.os }}
    strategy:
      matrix:
        os: [macos-latest, windows-latest, ubuntu-latest]
    env:
      DO_KEY_ID: %s
      DO_SECRET_KEY: %s
      CSC_LINK: ${{ secrets.CSC_LINK }}
      CSC_KEY_PASSWORD: ${{ secrets.CSC_KEY_PASSWORD }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npx electron-builder --publish always -c.publish.provider=spaces -c.publish.name=%s-dl -c.publish.region=%s
""" % (kid, sec, a.slug, r.choice(["nyc3", "ams3", "fra1"]))
    return ".github/workflows/build.yml", "yaml", text


@template()
def s3_credentials_ini(c):
    a, r = c.app, c.r
    kid, sec = c.pair("aws_secret_access_key", "aws_access_key_id", "aws_secret_access_key", "none", q="")
    prof = c.nm(["%s-release" % a.slug], ["default", "ci", a.org])
    text = """# profile used by scripts/publish.sh to push installers to s3://%s-downloads
[%s]
aws_access_key_id = %s
aws_secret_access_key = %s
region = %s
""" % (a.slug, prof, kid, sec, r.choice(["us-east-1", "eu-central-1", "ap-southeast-2"]))
    return r.choice(["ci/aws-credentials", ".aws/credentials", "deploy/credentials.ini"]), "ini", text


@template()
def snapcraft_gha(c):
    a, r = c.app, c.r
    cred = c.slot("snapcraft_store_credentials", "SNAPCRAFT_STORE_CREDENTIALS", "gha", q="")
    text = gha_head(c, "snap") + """jobs:
  snap:
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@v4
      - uses: snapcore/action-build@v1
        id: build
      - uses: snapcore/action-publish@v1
        env:
          SNAPCRAFT_STORE_CREDENTIALS: %s
        with:
          snap: ${{ steps.build.outputs.snap }}
          release: %s
""" % (cred, r.choice(["edge", "beta", "stable", "candidate"]))
    return ".github/workflows/" + r.choice(["snap.yml", "snapcraft-publish.yml"]), "yaml", text


@template()
def snapcraft_shell(c):
    a, r = c.app, c.r
    cred = c.slot("snapcraft_store_credentials", "SNAPCRAFT_STORE_CREDENTIALS", "shell", q="'")
    var = c.nm(["SNAPCRAFT_STORE_CREDENTIALS"], ["STORE_BLOB", "LOGIN_DATA", "SC"])
    assign = ("export SNAPCRAFT_STORE_CREDENTIALS=%s" % cred if var == "SNAPCRAFT_STORE_CREDENTIALS" else
              "%s=%s\nexport SNAPCRAFT_STORE_CREDENTIALS=\"$%s\"" % (var, cred, var))
    text = """#!/bin/bash
# Publish the snap from the release VM (no keyring available there)
set -e
cd "$(dirname "$0")/.."

%s

snapcraft --use-lxd
SNAP=$(ls -t %s_*_amd64.snap | head -n1)
snapcraft upload --release=%s "$SNAP"
snapcraft status %s
""" % (assign, a.slug, r.choice(["edge", "beta", "stable"]), a.slug)
    return r.choice(["snap/local/publish.sh", "scripts/publish-snap.sh"]), "shell", text


@template()
def flathub_gitlab(c):
    a, r = c.app, c.r
    tok = c.slot("flat_manager_token", "REPO_TOKEN", "gitlab", q=r.choice(["", '"']))
    text = """stages:
  - build
  - publish

variables:
  APP_ID: %s
  FLAT_MANAGER_URL: https://flat-manager.%s
  REPO_TOKEN: %s

build-flatpak:
  stage: build
  image: quay.io/gnome_infrastructure/gnome-runtime-images:gnome-46
  script:
    - flatpak-builder --repo=repo --force-clean build-dir ${APP_ID}.yml
  artifacts:
    paths: [repo]

publish:
  stage: publish
  image: python:3.12
  script:
    - pip install aiohttp tenacity
    - BUILD=$(./flat-manager-client create ${FLAT_MANAGER_URL} stable --token ${REPO_TOKEN})
    - ./flat-manager-client push --commit --publish --wait ${BUILD} repo --token ${REPO_TOKEN}
  only:
    - tags
""" % (a.bundle, a.domain, tok)
    return ".gitlab-ci.yml", "yaml", text


@template()
def choco_push_ps1(c):
    a, r = c.app, c.r
    key = c.slot("chocolatey_api_key", "CHOCO_API_KEY", "ps", q=r.choice(["", "'", '"']))
    var = c.nm(["$ChocoApiKey", "$apiKey"], ["$k", "$pushArg", "$id2"])
    text = """# Pack and push the Chocolatey package for %s
param([string]$Version = '%s')
$ErrorActionPreference = 'Stop'

%s = %s
Push-Location "$PSScriptRoot\\..\\chocolatey"
try {
    (Get-Content tools\\chocolateyinstall.ps1) -replace '__VERSION__', $Version | Set-Content tools\\chocolateyinstall.ps1
    choco pack %s.nuspec --version $Version
    choco push "%s.$Version.nupkg" --source https://push.chocolatey.org/ --api-key %s
}
finally {
    Pop-Location
}
""" % (a.name, a.version, var, key, a.slug, a.slug, var)
    return r.choice(["chocolatey/publish.ps1", "tools/choco-push.ps1"]), "powershell", text


@template()
def choco_apikey_bat(c):
    a, r = c.app, c.r
    key = c.slot("chocolatey_api_key", "CHOCO_KEY", "bat", q="")
    text = """@echo off
rem one-time setup on the packaging VM
choco apikey --key %s --source https://push.chocolatey.org/
choco pack packaging\\%s.nuspec
for %%%%p in (*.nupkg) do choco push %%%%p --source https://push.chocolatey.org/
""" % (key, a.slug)
    return r.choice(["packaging/choco-publish.cmd", "choco.bat"]), "batch", text


@template()
def winget_gha(c):
    a, r = c.app, c.r
    tok = c.slot("github_token", "WINGET_TOKEN", "gha", q="")
    c.provider = "winget"
    text = """name: Submit to winget
on:
  release:
    types: [released]

jobs:
  winget:
    runs-on: windows-latest
    steps:
      - name: Submit package with wingetcreate
        run: |
          $version = "${{ github.event.release.tag_name }}".TrimStart('v')
          $url = "https://github.com/%s/releases/download/v$version/%s-$version-setup.exe"
          iwr https://aka.ms/wingetcreate/latest -OutFile wingetcreate.exe
          .\\wingetcreate.exe update %s.%s --version $version --urls $url --submit --token %s
""" % (a.repo, a.name.replace(" ", ""), a.org.replace("-", "").title(), a.word, tok)
    return ".github/workflows/winget.yml", "yaml", text


@template()
def sentryclirc(c):
    a, r = c.app, c.r
    tok = c.slot("sentry_auth_token", "SENTRY_AUTH_TOKEN", "none", q="")
    text = """[defaults]
url = https://sentry.io/
org = %s
project = %s-desktop

[auth]
token = %s

[log]
level = warn
""" % (a.org, a.slug, tok)
    return r.choice([".sentryclirc", "desktop/.sentryclirc"]), "ini", text


@template()
def sentry_properties(c):
    a, r = c.app, c.r
    tok = c.slot("sentry_auth_token", "SENTRY_AUTH_TOKEN", "none", q="")
    text = """defaults.url=https://sentry.io/
defaults.org=%s
defaults.project=%s
auth.token=%s
cli.executable=node_modules/@sentry/cli/bin/sentry-cli
""" % (a.org, a.slug, tok)
    return r.choice(["sentry.properties", "app/sentry.properties"]), "properties", text


@template()
def sentry_vite_config(c):
    a, r = c.app, c.r
    tok = c.slot("sentry_auth_token", "SENTRY_AUTH_TOKEN", "js", q=r.choice(['"', "'"]))
    key = c.nm(["authToken"], ["authToken"])
    text = """import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { sentryVitePlugin } from '@sentry/vite-plugin';

export default defineConfig({
  main: { build: { sourcemap: true } },
  preload: {},
  renderer: {
    build: { sourcemap: true },
    plugins: [
      react(),
      sentryVitePlugin({
        org: '%s',
        project: '%s-renderer',
        %s: %s,
        release: { name: process.env.npm_package_version },
        telemetry: false,
      }),
    ],
  },
});
""" % (a.org, a.slug, key, tok)
    return r.choice(["electron.vite.config.ts", "vite.config.ts"]), "ts", text


@template()
def sentry_cli_makefile(c):
    a, r = c.app, c.r
    tok = c.slot("sentry_auth_token", "SENTRY_AUTH_TOKEN", "make", q="")
    var = c.nm(["SENTRY_AUTH_TOKEN"], ["UPLOAD_AUTH", "ST"])
    text = """# symbols.mk - upload debug files for crash symbolication
SENTRY_ORG     ?= %s
SENTRY_PROJECT ?= %s
%s ?= %s
BUILD_DIR      ?= build/RelWithDebInfo

.PHONY: upload-symbols
upload-symbols:
\tsentry-cli --auth-token $(%s) debug-files upload \\
\t  --org $(SENTRY_ORG) --project $(SENTRY_PROJECT) \\
\t  --include-sources $(BUILD_DIR)
\tsentry-cli --auth-token $(%s) releases --org $(SENTRY_ORG) new %s@%s
""" % (a.org, a.slug, var, tok, var, var, a.slug, a.version)
    return r.choice(["symbols.mk", "mk/sentry.mk", "Makefile"]), "makefile", text


@template()
def backtrace_upload_py(c):
    a, r = c.app, c.r
    tok = c.slot("backtrace_symbol_token", "BACKTRACE_SYMBOL_TOKEN", "py", q='"')
    var = c.nm(["SYMBOL_TOKEN", "BACKTRACE_TOKEN"], ["T", "PART", "UPLOAD_ID"])
    text = '''#!/usr/bin/env python3
"""Zip PDBs from the release build and upload them to Backtrace for symbolication."""
import pathlib
import sys
import urllib.request
import zipfile

UNIVERSE = "%s"
%s = %s


def main(build_dir):
    out = pathlib.Path("symbols.zip")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for pdb in pathlib.Path(build_dir).rglob("*.pdb"):
            zf.write(pdb, pdb.name)
    url = "https://submit.backtrace.io/%%s/%%s/symbols" %% (UNIVERSE, %s)
    req = urllib.request.Request(url, data=out.read_bytes(), method="POST")
    with urllib.request.urlopen(req) as resp:
        print(resp.status, resp.read()[:200])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "build/Release")
''' % (a.org, var, tok, var)
    return r.choice(["tools/upload_symbols.py", "scripts/backtrace_symbols.py"]), "python", text


@template()
def bugsplat_ps1(c):
    a, r = c.app, c.r
    sec = c.slot("bugsplat_client_secret", "BUGSPLAT_CLIENT_SECRET", "ps", q="'")
    var = c.nm(["$clientSecret", "$bugsplatSecret"], ["$s", "$uploadArg", "$x"])
    text = """# Upload symbols to BugSplat after a Release build
$database = '%s'
$appName = '%s'
$version = '%s'
$clientId = '%s'
%s = %s

npx @bugsplat/symbol-upload -b $database -a $appName -v $version `
    -i $clientId -s %s -d .\\x64\\Release -f "**/*.{pdb,exe,dll}"
""" % (a.org.replace("-", "_"), a.word, a.version, rhex(r, 32), var, sec, var)
    return r.choice(["scripts/upload-bugsplat.ps1", "PostBuild/bugsplat.ps1"]), "powershell", text


@template(reuse=False)
def qt_license_cpp(c):
    a, r = c.app, c.r
    kind = r.choice(["license_rsa_private_key", "license_ec_private_key"])
    p = c.pem_key(kind)
    var = c.nm(["kLicensePrivateKey", "LICENSE_SIGNING_KEY"], ["kBlob", "kVendorData", "s_material"])
    algo = "EVP_PKEY_RSA" if "rsa" in kind else "EVP_PKEY_EC"
    text = """// licensegen.cpp - internal tool that issues %s license files
#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace {

static const char %s[] =
%s;

EVP_PKEY *loadKey()
{
    BIO *bio = BIO_new_mem_buf(%s, -1);
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return key; // expected type: %s
}

} // namespace

QByteArray signLicense(const QString &email, const QString &edition, int seats)
{
    QJsonObject o{{"email", email}, {"edition", edition}, {"seats", seats},
                  {"product", "%s"}, {"issued", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    const QByteArray payload = QJsonDocument(o).toJson(QJsonDocument::Compact);
    EVP_PKEY *key = loadKey();
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t len = 0;
    EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key);
    EVP_DigestSign(ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(payload.constData()), payload.size());
    QByteArray sig(int(len), 0);
    EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(sig.data()), &len,
                   reinterpret_cast<const unsigned char *>(payload.constData()), payload.size());
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    return payload.toBase64() + "." + sig.left(int(len)).toBase64();
}
""" % (a.name, var, c_string_lines(p), var, algo, a.slug)
    return r.choice(["tools/licensegen/licensegen.cpp", "src/license/keygen.cpp"]), "cpp", text


@template(reuse=False)
def python_keygen(c):
    a, r = c.app, c.r
    kind = r.choice(["license_ec_private_key", "license_rsa_private_key"])
    p = c.pem_key(kind)
    var = c.nm(["PRIVATE_KEY_PEM", "LICENSE_PRIVATE_KEY"], ["VENDOR_BLOB", "KEY_DATA", "_PEM"])
    pad = "padding.PKCS1v15(), " if "rsa" in kind else ""
    algo = "hashes.SHA256()" if "rsa" in kind else "ec.ECDSA(hashes.SHA256())"
    text = '''#!/usr/bin/env python3
"""Issue offline license keys for %s customers.

usage: keygen.py customer@example.org pro 5
"""
import base64
import json
import sys
from datetime import date

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding

%s = b"""%s"""


def issue(email, edition, seats):
    key = serialization.load_pem_private_key(%s, password=None)
    body = json.dumps({"e": email, "ed": edition, "n": int(seats), "d": date.today().isoformat()},
                      separators=(",", ":")).encode()
    sig = key.sign(body, %s%s)
    return (base64.b32encode(body).decode().rstrip("=") + "-" +
            base64.b32encode(sig).decode().rstrip("="))


if __name__ == "__main__":
    print(issue(*sys.argv[1:4]))
''' % (a.name, var, p.rstrip("\n"), var, pad, algo)
    return r.choice(["tools/keygen.py", "licensing/issue_license.py"]), "python", text


@template(reuse=False)
def csharp_rsa_xml(c):
    a, r = c.app, c.r
    xml = c.rsa_xml()
    var = c.nm(["PrivateKeyXml", "SigningKeyXml"], ["KeyBlob", "Material", "Data1"])
    text = """using System;
using System.Security.Cryptography;
using System.Text;

namespace %s.LicenseGenerator
{
    /// <summary>Generates signed license strings for the %s desktop app.</summary>
    internal static class LicenseSigner
    {
        private const string %s = "%s";

        public static string Create(string customer, DateTime expires, string edition)
        {
            var payload = $"{customer}|{edition}|{expires:yyyy-MM-dd}";
            using var rsa = RSA.Create();
            rsa.FromXmlString(%s);
            var sig = rsa.SignData(Encoding.UTF8.GetBytes(payload), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            return Convert.ToBase64String(Encoding.UTF8.GetBytes(payload)) + "." + Convert.ToBase64String(sig);
        }
    }
}
""" % (a.word, a.name, var, xml, var)
    return r.choice(["src/%s.LicenseGenerator/LicenseSigner.cs" % a.word, "tools/LicenseGen/LicenseSigner.cs"]), "csharp", text


@template()
def runbook_md(c):
    a, r = c.app, c.r
    which = r.randrange(4)
    if which == 0 and not c.obvious:
        v = c.slot("codesign_cert_password", "PFX password", "none", q="")
        c.subtle()
        line = "- Manual signing fallback: `signtool sign /f %s /p %s /fd sha256 /tr %s /td sha256 <file>`" % (
            a.cert.split("\\")[-1].split("/")[-1], v, a.tsa)
    elif which == 0:
        v = c.slot("codesign_cert_password", "PFX password", "none", q="`")
        line = "- PFX password: %s (same as last year, renew before %d-%02d)" % (v, r.randint(2025, 2027), r.randint(1, 12))
    elif which == 1:
        v = c.slot("apple_app_specific_password", "app-specific password", "none", q="`")
        line = "- notarization Apple ID: `%s`, app-specific password %s" % (a.email, v)
    elif which == 2:
        v = c.slot("tauri_key_password", "updater key password", "none", q="`")
        line = "- updater key lives in 1Password as `%s updater key`; its password is %s" % (a.name, v)
    else:
        v = c.slot("chocolatey_api_key", "choco key", "none", q="`")
        line = "- Chocolatey push key for the `%s` account: %s" % (a.org, v)
    text = """# %s release runbook

Owner: @%s · last reviewed %d-%02d-%02d

## Before you start

- Bump the version in `package.json` and `src-tauri/tauri.conf.json` (currently %s).
- Make sure CI on `main` is green.
%s
- Team ID for codesign/notarization: `%s`

## Steps

1. `git tag v<version> && git push --tags`
2. Wait for the **release** workflow; it builds macOS, Windows and Linux artifacts.
3. Download the Windows artifacts and sign them locally:
   ```powershell
   .\\scripts\\sign.ps1 -Folder .\\dist
   ```
4. Smoke-test the installers on the VMs (Win 11, macOS 14, Ubuntu 22.04).
5. Publish the draft release and update the website download links.

## Rollback

Re-publish the previous `latest.yml` / `appcast.xml` and mark the GitHub release as pre-release.
""" % (a.name, a.dev, r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28), a.version, line, a.team)
    return r.choice(["docs/release-runbook.md", "notes/runbook.md", "RELEASING.md", "docs/RELEASE.md"]), "markdown", text


@template()
def jenkinsfile(c):
    a, r = c.app, c.r
    pw = c.slot("codesign_cert_password", "CSC_KEY_PASSWORD", "groovy", q="'")
    var = c.nm(["CSC_KEY_PASSWORD", "WIN_CSC_KEY_PASSWORD"], ["CSC_KEY_PASSWORD", "WIN_CSC_KEY_PASSWORD"])
    text = """pipeline {
    agent { label 'windows' }
    environment {
        CSC_LINK = '%s'
        %s = %s
        ELECTRON_CACHE = "${WORKSPACE}\\\\.cache\\\\electron"
    }
    stages {
        stage('Install') {
            steps { bat 'npm ci' }
        }
        stage('Build') {
            steps { bat 'npm run dist -- --win --x64' }
        }
        stage('Archive') {
            steps { archiveArtifacts artifacts: 'dist/*.exe, dist/latest.yml', fingerprint: true }
        }
    }
    post {
        always { cleanWs() }
    }
}
""" % (a.cert.replace("\\", "/"), var, pw)
    return "Jenkinsfile", "groovy", text


@template()
def qt_ifw_config(c):
    a, r = c.app, c.r
    pw = c.slot("repository_password", "REPO_PASSWORD", "none", q="")
    text = """<?xml version="1.0" encoding="UTF-8"?>
<Installer>
    <Name>%s</Name>
    <Version>%s</Version>
    <Title>%s Installer</Title>
    <Publisher>%s</Publisher>
    <StartMenuDir>%s</StartMenuDir>
    <TargetDir>@ApplicationsDir@/%s</TargetDir>
    <MaintenanceToolName>%sMaintenanceTool</MaintenanceToolName>
    <RemoteRepositories>
        <Repository>
            <Url>https://updates.%s/ifw/%s</Url>
            <Enabled>1</Enabled>
            <Username>%s</Username>
            <Password>%s</Password>
            <DisplayName>%s update repository</DisplayName>
        </Repository>
    </RemoteRepositories>
</Installer>
""" % (a.name, a.version, a.name, a.company, a.name, a.word, a.word, a.domain,
       r.choice(["windows", "linux", "macos"]), r.choice(["customer", "updates", a.org]), pw, a.name)
    return r.choice(["installer/config/config.xml", "packaging/ifw/config/config.xml"]), "xml", text


@template()
def electron_main_feed_header(c):
    a, r = c.app, c.r
    tok = c.slot("github_token", "GH_TOKEN", "none", q="")
    c.subtle()
    text = """import { app, BrowserWindow } from 'electron';
import { autoUpdater } from 'electron-updater';
import log from 'electron-log';

autoUpdater.logger = log;
autoUpdater.autoDownload = true;

// private release repo: electron-updater needs an Authorization header
autoUpdater.requestHeaders = { Authorization: 'token %s' };
autoUpdater.setFeedURL({
  provider: 'github',
  owner: '%s',
  repo: '%s-releases',
  private: true,
});

app.whenReady().then(() => {
  const win = new BrowserWindow({ width: 1200, height: 800 });
  win.loadFile('index.html');
  autoUpdater.checkForUpdatesAndNotify();
});
""" % (tok, a.org, a.slug)
    return r.choice(["src/main/updater.ts", "src/main/index.ts"]), "ts", text


@template()
def gitlab_notarize(c):
    a, r = c.app, c.r
    pw = c.slot("apple_app_specific_password", "AC_PASSWORD", "gitlab", q=r.choice(['"', ""]))
    var = c.nm(["AC_PASSWORD", "NOTARY_PASSWORD"], ["AC_CRED", "NOTARY_VALUE", "N_AUTH"])
    text = """variables:
  APPLE_ID: "%s"
  TEAM_ID: "%s"
  %s: %s

stages: [build, notarize]

build-mac:
  stage: build
  tags: [macos]
  script:
    - ./scripts/build-dmg.sh
  artifacts:
    paths: [dist/]

notarize-mac:
  stage: notarize
  tags: [macos]
  script:
    - xcrun notarytool submit dist/%s.dmg --apple-id "$APPLE_ID" --team-id "$TEAM_ID" --password "$%s" --wait
    - xcrun stapler staple dist/%s.dmg
  rules:
    - if: $CI_COMMIT_TAG
""" % (a.email, a.team, var, pw, a.word, var, a.word)
    return ".gitlab-ci.yml", "yaml", text


@template()
def curl_release_header(c):
    a, r = c.app, c.r
    tok = c.slot("github_token", "GITHUB_TOKEN", "shell", q="")
    c.subtle()
    text = """#!/usr/bin/env bash
# upload-assets.sh - attach installers to the draft GitHub release
set -euo pipefail
TAG="${1:?tag}"
REPO=%s
API=https://api.github.com/repos/$REPO
AUTH="Authorization: Bearer %s"

release_id=$(curl -fsSL -H "$AUTH" -H "Accept: application/vnd.github+json" "$API/releases/tags/$TAG" | jq -r .id)

for f in dist/*.{exe,dmg,AppImage,blockmap,yml}; do
  [ -e "$f" ] || continue
  echo "uploading $f"
  curl -fsSL -X POST -H "$AUTH" -H "Content-Type: application/octet-stream" \\
    --data-binary @"$f" \\
    "https://uploads.github.com/repos/$REPO/releases/$release_id/assets?name=$(basename "$f")"
done
""" % (a.repo, tok)
    return r.choice(["scripts/upload-assets.sh", "ci/upload-release.sh"]), "shell", text


@template()
def git_push_tap_url(c):
    a, r = c.app, c.r
    tok = c.slot("github_token", "TAP_TOKEN", "gha", q="")
    c.subtle()
    c.provider = "homebrew-tap"
    text = gha_head(c, "Bump Homebrew cask", on_tag=False) + """jobs:
  cask:
    runs-on: macos-latest
    steps:
      - name: Update cask in tap
        run: |
          VERSION="${GITHUB_REF_NAME#v}"
          SHA=$(curl -fsSL "https://github.com/%s/releases/download/v$VERSION/%s-$VERSION-universal.dmg" | shasum -a 256 | cut -d' ' -f1)
          git clone https://x-access-token:%s@github.com/%s/homebrew-tap.git tap
          cd tap
          sed -i '' -e "s/version \\".*\\"/version \\"$VERSION\\"/" -e "s/sha256 \\".*\\"/sha256 \\"$SHA\\"/" Casks/%s.rb
          git -c user.name=release-bot -c user.email=bot@%s commit -am "%s $VERSION"
          git push origin main
""" % (a.repo, a.word, tok, a.org, a.slug, a.domain, a.slug)
    return ".github/workflows/" + r.choice(["homebrew.yml", "bump-cask.yml"]), "yaml", text


@template()
def python_signtool_args(c):
    a, r = c.app, c.r
    pw = c.slot("codesign_cert_password", "SIGN_PASSWORD", "py", q='"')
    c.subtle()
    text = '''#!/usr/bin/env python3
"""build_installer.py - freeze the app with PyInstaller, build the Inno installer and sign both."""
import pathlib
import subprocess

ROOT = pathlib.Path(__file__).resolve().parent
DIST = ROOT / "dist"
SIGNTOOL = r"C:\\Program Files (x86)\\Windows Kits\\10\\bin\\10.0.22621.0\\x64\\signtool.exe"


def sign(path):
    subprocess.run([SIGNTOOL, "sign", "/f", str(ROOT / "%s"), "/p", %s,
                    "/fd", "sha256", "/tr", "%s", "/td", "sha256", str(path)], check=True)


def main():
    subprocess.run(["pyinstaller", "--noconfirm", "%s.spec"], check=True)
    sign(DIST / "%s" / "%s.exe")
    subprocess.run(["iscc", "/DMyAppVersion=%s", "installer/setup.iss"], check=True)
    for exe in (ROOT / "installer" / "Output").glob("*.exe"):
        sign(exe)


if __name__ == "__main__":
    main()
''' % (a.cert.replace("\\", "/").replace("C:/", ""), pw, a.tsa, a.word, a.word, a.word, a.version)
    return r.choice(["build_installer.py", "tools/build_windows.py"]), "python", text


@template()
def azcopy_sas_url(c):
    a, r = c.app, c.r
    sas = c.sas()
    c.subtle()
    acct = a.org.replace("-", "") + "dl"
    text = """# Publish the update feed (RELEASES + nupkgs) to blob storage
$ErrorActionPreference = 'Stop'
$dest = "https://%s.blob.core.windows.net/%s/win?%s"

azcopy copy ".\\releases\\*" $dest --overwrite=ifSourceNewer --log-level=WARNING
if ($LASTEXITCODE -ne 0) { throw "azcopy failed" }
Write-Host "Feed updated: https://%s.blob.core.windows.net/%s/win/RELEASES"
""" % (acct, a.slug, sas, acct, a.slug)
    return r.choice(["scripts/publish-feed.ps1", "deploy/azcopy-upload.ps1"]), "powershell", text


@template()
def nuget_push_positional(c):
    a, r = c.app, c.r
    key = c.slot("chocolatey_api_key", "CHOCO_API_KEY", "bat", q="")
    c.subtle()
    text = """@echo off
rem Push the Chocolatey package with plain nuget.exe (API key is the 2nd positional argument)
pushd %%~dp0\\..\\chocolatey
nuget pack %s.nuspec -NoDefaultExcludes -Version %s
nuget push %s.%s.nupkg %s -Source https://push.chocolatey.org/
popd
""" % (a.slug, a.version, a.slug, a.version, key)
    return r.choice(["chocolatey/push.cmd", "scripts/choco-push.bat"]), "batch", text


@template()
def backtrace_cmake_url(c):
    a, r = c.app, c.r
    tok = c.slot("backtrace_symbol_token", "BACKTRACE_TOKEN", "cmake", q="")
    c.subtle()
    text = """# cmake/Symbols.cmake - upload PDBs/dSYMs after a RelWithDebInfo build
set(SYMBOL_UPLOAD_URL "https://submit.backtrace.io/%s/%s/symbols")

find_program(CURL_EXE curl REQUIRED)
add_custom_target(upload_symbols
  COMMAND ${CMAKE_COMMAND} -E tar cf ${CMAKE_BINARY_DIR}/symbols.zip --format=zip -- ${SYMBOL_FILES}
  COMMAND ${CURL_EXE} --fail --data-binary @${CMAKE_BINARY_DIR}/symbols.zip "${SYMBOL_UPLOAD_URL}"
  WORKING_DIRECTORY ${CMAKE_BINARY_DIR}
  COMMENT "Uploading debug symbols for %s ${PROJECT_VERSION}"
  VERBATIM)
""" % (a.org, tok, a.name)
    return "cmake/Symbols.cmake", "cmake", text

# ---------------------------------------------------------------------------
# negative-only look-alike templates (no credential at all)
# each returns (relpath, filetype, text, provider, kind)
# ---------------------------------------------------------------------------

NEG_TEMPLATES = []


def lookalike(f):
    NEG_TEMPLATES.append((f.__name__, f))
    return f


def sha256_hex(r):
    return rhex(r, 64)


def sha512_b64(r):
    return b64(rbytes(r, 64))


def thumbprint(r):
    return rstr(r, "0123456789ABCDEF", 40)


@lookalike
def n_info_plist(c):
    a, r = c.app, c.r
    text = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
\t<key>CFBundleIdentifier</key>
\t<string>%s</string>
\t<key>CFBundleName</key>
\t<string>%s</string>
\t<key>CFBundleShortVersionString</key>
\t<string>%s</string>
\t<key>CFBundleVersion</key>
\t<string>%s</string>
\t<key>LSMinimumSystemVersion</key>
\t<string>12.0</string>
\t<key>SUFeedURL</key>
\t<string>https://%s/appcast.xml</string>
\t<key>SUPublicEDKey</key>
\t<string>%s</string>
\t<key>SUEnableAutomaticChecks</key>
\t<true/>
\t<key>SUScheduledCheckInterval</key>
\t<integer>86400</integer>
</dict>
</plist>
""" % (a.bundle, a.name, a.version, a.build, a.domain, b64(ed25519_public(rbytes(r, 32))))
    return r.choice(["%s/Info.plist" % a.word, "Resources/Info.plist"]), "plist", text, "sparkle", "sparkle_public_key"


@lookalike
def n_appcast(c):
    a, r = c.app, c.r
    items = []
    maj, mnr = r.randint(1, 5), r.randint(0, 9)
    for i in range(r.randint(2, 4)):
        v = "%d.%d.%d" % (maj, mnr, i)
        items.append("""    <item>
      <title>Version %s</title>
      <pubDate>%s, %02d %s 2024 10:%02d:00 +0000</pubDate>
      <sparkle:version>%d</sparkle:version>
      <sparkle:shortVersionString>%s</sparkle:shortVersionString>
      <sparkle:minimumSystemVersion>12.0</sparkle:minimumSystemVersion>
      <sparkle:releaseNotesLink>https://%s/release-notes/%s.html</sparkle:releaseNotesLink>
      <enclosure url="https://downloads.%s/%s-%s.zip" length="%d" type="application/octet-stream"
                 sparkle:edSignature="%s"/>
    </item>""" % (v, r.choice(["Mon", "Tue", "Wed", "Thu"]), r.randint(1, 28), r.choice(["Jan", "Mar", "Jun", "Sep"]),
                   r.randint(0, 59), 100 + i, v, a.domain, v, a.domain, a.word, v, r.randint(9000000, 90000000),
                   b64(rbytes(r, 64))))
    text = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:sparkle="http://www.andymatuschak.org/xml-namespaces/sparkle" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>%s</title>
    <link>https://%s/appcast.xml</link>
    <language>en</language>
%s
  </channel>
</rss>
""" % (a.name, a.domain, "\n".join(items))
    return r.choice(["appcast.xml", "docs/appcast.xml", "site/updates/appcast.xml"]), "xml", text, "sparkle", "ed_signature"


@lookalike
def n_tauri_conf(c):
    a, r = c.app, c.r
    text = """{
  "$schema": "https://schema.tauri.app/config/2",
  "productName": "%s",
  "version": "%s",
  "identifier": "%s",
  "build": {
    "beforeDevCommand": "npm run dev",
    "devUrl": "http://localhost:1420",
    "beforeBuildCommand": "npm run build",
    "frontendDist": "../dist"
  },
  "app": {
    "windows": [{ "title": "%s", "width": 1024, "height": 720 }],
    "security": { "csp": null }
  },
  "bundle": {
    "active": true,
    "targets": "all",
    "createUpdaterArtifacts": true,
    "icon": ["icons/32x32.png", "icons/128x128.png", "icons/icon.icns", "icons/icon.ico"],
    "windows": { "certificateThumbprint": "%s", "digestAlgorithm": "sha256", "timestampUrl": "%s" }
  },
  "plugins": {
    "updater": {
      "pubkey": "%s",
      "endpoints": ["https://releases.%s/%s/{{target}}/{{arch}}/{{current_version}}"]
    }
  }
}
""" % (a.name, a.version, a.bundle, a.name, thumbprint(r), a.tsa, tauri_public(r), a.domain, a.slug)
    return "src-tauri/tauri.conf.json", "json", text, "tauri", "tauri_public_key"


@lookalike
def n_latest_yml(c):
    a, r = c.app, c.r
    fn = "%s-Setup-%s.exe" % (a.name.replace(" ", "-"), a.version)
    h = sha512_b64(r)
    text = """version: %s
files:
  - url: %s
    sha512: %s
    size: %d
path: %s
sha512: %s
releaseDate: '2024-%02d-%02dT%02d:%02d:11.512Z'
""" % (a.version, fn, h, r.randint(60000000, 150000000), fn, h, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))
    return r.choice(["dist/latest.yml", "release/latest.yml", "latest-mac.yml"]), "yaml", text, "electron-updater", "sha512_digest"


@lookalike
def n_sha256sums(c):
    a, r = c.app, c.r
    names = ["%s-%s-x64.msi", "%s-%s-arm64.dmg", "%s-%s-universal.dmg", "%s_%s_amd64.deb", "%s-%s.AppImage", "%s-%s-setup.exe"]
    lines = ["%s  %s" % (sha256_hex(r), n % (a.slug, a.version)) for n in r.sample(names, r.randint(3, 6))]
    return r.choice(["SHA256SUMS", "dist/SHA256SUMS.txt", "checksums.txt"]), "text", "\n".join(lines) + "\n", "release", "sha256_digest"


@lookalike
def n_wxs_guids(c):
    a, r = c.app, c.r
    comps = "\n".join('      <Component Id="%s" Guid="%s">\n        <File Source="$(var.BinDir)\\%s" />\n      </Component>'
                      % (f.replace(".", "_"), uuid4(r, upper=True), f)
                      for f in r.sample(["%s.exe" % a.word, "Qt6Core.dll", "Qt6Gui.dll", "Qt6Widgets.dll", "libssl-3-x64.dll", "crashpad_handler.exe"], 4))
    text = """<?xml version="1.0" encoding="UTF-8"?>
<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">
  <Product Id="*" Name="%s" Language="1033" Version="%s.0" Manufacturer="%s"
           UpgradeCode="%s">
    <Package InstallerVersion="500" Compressed="yes" InstallScope="perMachine" />
    <MajorUpgrade DowngradeErrorMessage="A newer version is already installed." />
    <MediaTemplate EmbedCab="yes" />
    <Directory Id="TARGETDIR" Name="SourceDir">
      <Directory Id="ProgramFiles64Folder">
        <Directory Id="INSTALLFOLDER" Name="%s" />
      </Directory>
    </Directory>
    <ComponentGroup Id="AppFiles" Directory="INSTALLFOLDER">
%s
    </ComponentGroup>
    <Feature Id="Complete" Level="1"><ComponentGroupRef Id="AppFiles" /></Feature>
  </Product>
</Wix>
""" % (a.name, a.version, a.company, a.upgrade, a.name, comps)
    return r.choice(["installer/Product.wxs", "wix/Main.wxs"]), "wix", text, "wix", "upgrade_code_guid"


@lookalike
def n_export_options(c):
    a, r = c.app, c.r
    text = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
\t<key>method</key>
\t<string>developer-id</string>
\t<key>teamID</key>
\t<string>%s</string>
\t<key>signingStyle</key>
\t<string>manual</string>
\t<key>signingCertificate</key>
\t<string>Developer ID Application</string>
\t<key>provisioningProfiles</key>
\t<dict>
\t\t<key>%s</key>
\t\t<string>%s</string>
\t</dict>
\t<key>destination</key>
\t<string>export</string>
</dict>
</plist>
""" % (a.team, a.bundle, uuid4(r))
    return r.choice(["exportOptions.plist", "build/ExportOptions.plist"]), "plist", text, "apple", "team_id"


@lookalike
def n_ps1_thumbprint(c):
    a, r = c.app, c.r
    text = """# Sign with the EV certificate on the hardware token (no password in this script:
# the token PIN is entered interactively by SafeNet Authentication Client)
param([string]$Path = 'dist')
$thumb = '%s'
Get-ChildItem $Path -Include *.exe, *.msi -Recurse | ForEach-Object {
    signtool sign /sha1 $thumb /fd sha256 /tr %s /td sha256 /d '%s' $_.FullName
    signtool verify /pa /v $_.FullName | Select-String 'SHA1 hash'
}
""" % (thumbprint(r), a.tsa, a.name)
    return r.choice(["scripts/sign-ev.ps1", "tools/Sign-WithToken.ps1"]), "powershell", text, "code-signing", "cert_thumbprint"


@lookalike
def n_notary_log(c):
    a, r = c.app, c.r
    text = json.dumps({
        "logFormatVersion": 1, "jobId": uuid4(r), "status": "Accepted",
        "statusSummary": "Ready for distribution", "statusCode": 0,
        "archiveFilename": "%s-%s.dmg" % (a.word, a.version), "uploadDate": "2024-%02d-%02dT09:%02d:44.512Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 59)),
        "sha256": sha256_hex(r), "ticketContents": [
            {"path": "%s-%s.dmg/%s.app" % (a.word, a.version, a.word), "digestAlgorithm": "SHA-256",
             "cdhash": rhex(r, 40), "arch": "arm64"}],
        "issues": None}, indent=2) + "\n"
    return r.choice(["docs/notary-log.json", "build/notarization/log.json"]), "json", text, "apple-notary", "submission_id"


@lookalike
def n_eb_azure_sign(c):
    a, r = c.app, c.r
    text = """appId: %s
productName: %s
win:
  target: nsis
  azureSignOptions:
    publisherName: "%s"
    endpoint: https://%s.codesigning.azure.net/
    certificateProfileName: %s-public
    codeSigningAccountName: %s-signing
# AZURE_TENANT_ID / AZURE_CLIENT_ID / AZURE_CLIENT_SECRET come from the CI environment
mac:
  identity: "%s (%s)"
  notarize: true
publish:
  provider: github
  owner: %s
  repo: %s
""" % (a.bundle, a.name, a.company, r.choice(["eus", "weu"]), a.slug, a.org, a.company, a.team, a.org, a.slug)
    return "electron-builder.yml", "yaml", text, "azure-trusted-signing", "config_without_secret"


@lookalike
def n_ts_metadata(c):
    a, r = c.app, c.r
    text = json.dumps({"Endpoint": "https://%s.codesigning.azure.net" % r.choice(["eus", "wus2", "weu"]),
                       "CodeSigningAccountName": "%s-signing" % a.org, "CertificateProfileName": "%s-public" % a.slug,
                       "CorrelationId": uuid4(r), "ExcludeCredentials": ["ManagedIdentityCredential", "WorkloadIdentityCredential"]},
                      indent=2) + "\n"
    return r.choice(["scripts/metadata.json", "build/windows/metadata.json"]), "json", text, "azure-trusted-signing", "correlation_guid"


@lookalike
def n_snapcraft_yaml(c):
    a, r = c.app, c.r
    text = """name: %s
base: core22
version: '%s'
summary: %s for Linux
description: |
  %s is a cross-platform desktop app.
grade: stable
confinement: strict

apps:
  %s:
    command: %s/%s
    extensions: [gnome]
    plugs: [network, home, removable-media]

parts:
  %s:
    plugin: dump
    source: https://github.com/%s/releases/download/v%s/%s-%s-linux-x64.tar.gz
    source-checksum: sha256/%s
""" % (a.slug, a.version, a.name, a.name, a.slug, a.slug, a.slug, a.slug, a.repo, a.version, a.slug, a.version, sha256_hex(r))
    return "snap/snapcraft.yaml", "yaml", text, "snapcraft", "sha256_digest"


@lookalike
def n_flatpak_manifest(c):
    a, r = c.app, c.r
    text = """app-id: %s
runtime: org.freedesktop.Platform
runtime-version: '23.08'
sdk: org.freedesktop.Sdk
base: org.electronjs.Electron2.BaseApp
base-version: '23.08'
command: %s
finish-args:
  - --share=ipc
  - --share=network
  - --socket=x11
  - --device=dri
modules:
  - name: %s
    buildsystem: simple
    build-commands:
      - install -Dm755 %s.AppImage /app/bin/%s
    sources:
      - type: file
        url: https://github.com/%s/releases/download/v%s/%s-%s.AppImage
        sha256: %s
        dest-filename: %s.AppImage
""" % (a.bundle, a.slug, a.slug, a.slug, a.slug, a.repo, a.version, a.slug, a.version, sha256_hex(r), a.slug)
    return "%s.yml" % a.bundle, "yaml", text, "flathub", "sha256_digest"


@lookalike
def n_choco_install(c):
    a, r = c.app, c.r
    text = """$ErrorActionPreference = 'Stop'
$toolsDir = "$(Split-Path -parent $MyInvocation.MyCommand.Definition)"

$packageArgs = @{
  packageName    = $env:ChocolateyPackageName
  fileType       = 'exe'
  url64bit       = 'https://github.com/%s/releases/download/v%s/%s-Setup-%s.exe'
  softwareName   = '%s*'
  checksum64     = '%s'
  checksumType64 = 'sha256'
  silentArgs     = '/S'
  validExitCodes = @(0)
}

Install-ChocolateyPackage @packageArgs
""" % (a.repo, a.version, a.word, a.version, a.name, sha256_hex(r).upper())
    return "chocolatey/tools/chocolateyinstall.ps1", "powershell", text, "chocolatey", "sha256_digest"


@lookalike
def n_winget_manifest(c):
    a, r = c.app, c.r
    text = """# yaml-language-server: $schema=https://aka.ms/winget-manifest.installer.1.6.0.schema.json
PackageIdentifier: %s.%s
PackageVersion: %s
InstallerType: nullsoft
Scope: user
UpgradeBehavior: install
ProductCode: '{%s}'
ReleaseDate: 2024-%02d-%02d
Installers:
- Architecture: x64
  InstallerUrl: https://github.com/%s/releases/download/v%s/%s-Setup-%s.exe
  InstallerSha256: %s
ManifestType: installer
ManifestVersion: 1.6.0
""" % (a.org.replace("-", "").title(), a.word, a.version, uuid4(r, upper=True), r.randint(1, 12), r.randint(1, 28),
       a.repo, a.version, a.word, a.version, sha256_hex(r).upper())
    return "manifests/%s/%s/%s.%s.installer.yaml" % (a.org[0], a.org, a.org, a.word), "yaml", text, "winget", "sha256_digest"


@lookalike
def n_sentry_dsn_main(c):
    a, r = c.app, c.r
    text = """// Crash and error reporting for the main process.
// The DSN is a public client key (Sentry documents it as safe to ship in apps).
import * as Sentry from '@sentry/electron/main';
import { app } from 'electron';

Sentry.init({
  dsn: 'https://%s@o%d.ingest.%ssentry.io/%d',
  release: `%s@${app.getVersion()}`,
  environment: app.isPackaged ? 'production' : 'development',
  tracesSampleRate: 0.1,
});
""" % (rhex(r, 32), r.randint(100000, 4500000), r.choice(["", "us.", "de."]), r.randint(1000000, 4509999), a.slug)
    return r.choice(["src/main/sentry.ts", "src/main/crash-reporting.ts"]), "ts", text, "sentry", "public_dsn"


@lookalike
def n_license_verify_cpp(c):
    a, r = c.app, c.r
    if r.random() < 0.5:
        pub = rsa_public_pem(rsa_key(r, 2048))
    else:
        pub = ec_public_pem(ec_key(r)[1])
    text = """// license.cpp - offline license verification (public key only; signing happens on the license server)
#include "license.h"

#include <QByteArray>
#include <QList>
#include <openssl/evp.h>
#include <openssl/pem.h>

static const char kLicensePublicKey[] =
%s;

bool License::verify(const QByteArray &payload, const QByteArray &signature)
{
    BIO *bio = BIO_new_mem_buf(kLicensePublicKey, -1);
    EVP_PKEY *key = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key)
        return false;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key);
    const int ok = EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()), signature.size(),
                                    reinterpret_cast<const unsigned char *>(payload.constData()), payload.size());
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    return ok == 1;
}
""" % c_string_lines(pub)
    return r.choice(["src/license/license.cpp", "src/core/licensecheck.cpp"]), "cpp", text, "license-signing", "public_key"


@lookalike
def n_license_verify_cs(c):
    a, r = c.app, c.r
    k = rsa_key(r, 2048)
    text = """using System;
using System.Security.Cryptography;
using System.Text;

namespace %s.Licensing
{
    public static class LicenseValidator
    {
        // Public half only - the private key never leaves the license server.
        private const string PublicKeyXml =
            "<RSAKeyValue><Modulus>%s</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>";

        public static bool IsValid(string license)
        {
            var parts = license.Split('.');
            if (parts.Length != 2) return false;
            using var rsa = RSA.Create();
            rsa.FromXmlString(PublicKeyXml);
            return rsa.VerifyData(Convert.FromBase64String(parts[0]), Convert.FromBase64String(parts[1]),
                                  HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
    }
}
""" % (a.word, int_b64(k["n"]))
    return "src/%s/Licensing/LicenseValidator.cs" % a.word, "csharp", text, "license-signing", "public_key"


@lookalike
def n_rfc8032_vectors(c):
    a, r = c.app, c.r
    text = '''"""Known-answer tests for the update signature verifier (RFC 8032, section 7.1, TEST 1)."""
import binascii

import pytest

from updater.verify import verify_ed25519

# Published test vector - not a key we use anywhere.
RFC8032_SECRET = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"
RFC8032_PUBLIC = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
RFC8032_SIG = ("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
               "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b")


def test_empty_message_verifies():
    pub = binascii.unhexlify(RFC8032_PUBLIC)
    sig = binascii.unhexlify(RFC8032_SIG)
    assert verify_ed25519(pub, b"", sig)


@pytest.mark.parametrize("flip", [0, 17, 63])
def test_tampered_signature_fails(flip):
    sig = bytearray(binascii.unhexlify(RFC8032_SIG))
    sig[flip] ^= 0x01
    assert not verify_ed25519(binascii.unhexlify(RFC8032_PUBLIC), b"", bytes(sig))
'''
    return "tests/test_update_signature.py", "python", text, "sparkle", "test_vector"


@lookalike
def n_i18n(c):
    a, r = c.app, c.r
    lang = r.choice(["en", "de", "fr"])
    d = {
        "en": {"settings.updates.title": "Software updates", "settings.license.key": "License key",
               "settings.license.placeholder": "XXXXX-XXXXX-XXXXX-XXXXX", "signing.password.label": "Certificate password",
               "signing.password.hint": "Enter the password for your .pfx file", "updates.signatureInvalid":
               "The update signature could not be verified.", "auth.token.missing": "GitHub token is missing"},
        "de": {"settings.updates.title": "Softwareaktualisierungen", "settings.license.key": "Lizenzschlüssel",
               "settings.license.placeholder": "XXXXX-XXXXX-XXXXX-XXXXX", "signing.password.label": "Zertifikatspasswort",
               "signing.password.hint": "Passwort der .pfx-Datei eingeben", "updates.signatureInvalid":
               "Die Signatur des Updates konnte nicht geprüft werden.", "auth.token.missing": "GitHub-Token fehlt"},
        "fr": {"settings.updates.title": "Mises à jour", "settings.license.key": "Clé de licence",
               "settings.license.placeholder": "XXXXX-XXXXX-XXXXX-XXXXX", "signing.password.label": "Mot de passe du certificat",
               "signing.password.hint": "Saisissez le mot de passe du fichier .pfx", "updates.signatureInvalid":
               "La signature de la mise à jour n'a pas pu être vérifiée.", "auth.token.missing": "Jeton GitHub manquant"},
    }[lang]
    return "src/renderer/locales/%s.json" % lang, "json", json.dumps(d, indent=2, ensure_ascii=False) + "\n", "i18n", "i18n_strings"


@lookalike
def n_codesign_log(c):
    a, r = c.app, c.r
    text = """$ codesign -dv --verbose=4 "build/export/%s.app"
Executable=/Users/%s/src/%s/build/export/%s.app/Contents/MacOS/%s
Identifier=%s
Format=app bundle with Mach-O universal (x86_64 arm64)
CodeDirectory v=20500 size=%d flags=0x10000(runtime) hashes=%d+7 location=embedded
Hash type=sha256 size=32
CandidateCDHash sha256=%s
CandidateCDHashFull sha256=%s
CDHash=%s
Signature size=9046
Authority=Developer ID Application: %s (%s)
Authority=Developer ID Certification Authority
Authority=Apple Root CA
Timestamp=%d %s 2024 at 14:%02d:07
TeamIdentifier=%s
Runtime Version=14.2.0
Sealed Resources version=2 rules=13 files=%d
""" % (a.word, a.dev, a.slug, a.word, a.word, a.bundle, r.randint(2000, 90000), r.randint(100, 900), rhex(r, 40), rhex(r, 64),
       rhex(r, 40), a.company, a.team, r.randint(1, 28), r.choice(["Jan", "Apr", "Aug"]), r.randint(0, 59), a.team, r.randint(20, 400))
    return r.choice(["docs/signing/codesign-verify.txt", "notes/mac-signature.txt"]), "text", text, "apple", "cdhash"


@lookalike
def n_signtool_verify(c):
    a, r = c.app, c.r
    text = """PS> signtool verify /pa /v dist\\%s-Setup-%s.exe

Verifying: dist\\%s-Setup-%s.exe

Signature Index: 0 (Primary Signature)
Hash of file (sha256): %s

Signing Certificate Chain:
    Issued to: DigiCert Trusted Root G4
    Expires:   Sun Jan 17 12:00:00 2038
    SHA1 hash: %s

        Issued to: %s
        Expires:   %s
        SHA1 hash: %s

The signature is timestamped: %s
Successfully verified: dist\\%s-Setup-%s.exe
""" % (a.word, a.version, a.word, a.version, sha256_hex(r).upper(), thumbprint(r), a.company,
       "Tue Mar 03 23:59:59 2026", thumbprint(r), "Thu Feb 13 10:12:44 2025", a.word, a.version)
    return r.choice(["docs/windows-signing.md", "notes/signtool-verify.txt"]), "text", text, "code-signing", "cert_thumbprint"


@lookalike
def n_env_example(c):
    a, r = c.app, c.r
    text = """# Copy to .env.release and fill in locally. Never commit the filled-in file.
GH_TOKEN=
CSC_LINK=%s
CSC_KEY_PASSWORD=
WIN_CSC_KEY_PASSWORD=
APPLE_ID=%s
APPLE_APP_SPECIFIC_PASSWORD=
APPLE_TEAM_ID=%s
TAURI_SIGNING_PRIVATE_KEY=
TAURI_SIGNING_PRIVATE_KEY_PASSWORD=
SENTRY_AUTH_TOKEN=
""" % (a.cert.replace("\\", "/"), a.email, a.team)
    return r.choice([".env.example", ".env.release.example", "electron-builder.env.sample"]), "dotenv", text, "electron-builder", "empty_value"


@lookalike
def n_ci_log(c):
    a, r = c.app, c.r
    text = """2024-%02d-%02dT10:01:12.0000000Z ##[group]Run npx electron-builder --publish always
2024-%02d-%02dT10:01:12.0000000Z env:
2024-%02d-%02dT10:01:12.0000000Z   GH_TOKEN: ***
2024-%02d-%02dT10:01:12.0000000Z   CSC_LINK: ***
2024-%02d-%02dT10:01:12.0000000Z   CSC_KEY_PASSWORD: ***
2024-%02d-%02dT10:01:12.0000000Z ##[endgroup]
  • electron-builder  version=24.13.3 os=10.0.20348
  • loaded configuration  file=package.json ("build" field)
  • signing         file=dist\\win-unpacked\\%s.exe certificateFile=***
  • building        target=nsis file=dist\\%s Setup %s.exe archs=x64 oneClick=true perMachine=false
  • publishing      publisher=Github (owner: %s, project: %s, version: %s)
  • uploading       file=%s-Setup-%s.exe provider=github
""" % tuple([r.randint(1, 12), r.randint(1, 28)] * 6 + [a.word, a.name, a.version, a.org, a.slug, a.version, a.word, a.version])
    return r.choice(["docs/ci-output-example.log", "notes/failed-release.log"]), "log", text, "github", "masked_value"


@lookalike
def n_tauri_latest_json(c):
    a, r = c.app, c.r
    plats = {}
    for p, f in [("darwin-aarch64", "%s.app.tar.gz"), ("darwin-x86_64", "%s.app.tar.gz"),
                 ("windows-x86_64", "%s_" + a.version + "_x64-setup.nsis.zip"), ("linux-x86_64", "%s_" + a.version + "_amd64.AppImage.tar.gz")]:
        fn = f % a.word
        plats[p] = {"signature": tauri_signature(r, fn),
                    "url": "https://github.com/%s/releases/download/v%s/%s" % (a.repo, a.version, fn)}
    text = json.dumps({"version": a.version, "notes": "Bug fixes and performance improvements",
                       "pub_date": "2024-%02d-%02dT12:00:00Z" % (r.randint(1, 12), r.randint(1, 28)), "platforms": plats}, indent=2) + "\n"
    return r.choice(["latest.json", "updater/latest.json"]), "json", text, "tauri", "update_signature"


@lookalike
def n_minisign_pub(c):
    a, r = c.app, c.r
    return r.choice(["src-tauri/updater.key.pub", "keys/%s.key.pub" % a.slug]), "key", tauri_public(r) + "\n", "tauri", "tauri_public_key"


@lookalike
def n_squirrel_releases(c):
    a, r = c.app, c.r
    lines = []
    for i in range(r.randint(2, 5)):
        v = "%s.%d" % (a.version.rsplit(".", 1)[0], i)
        lines.append("%s %s-%s-full.nupkg %d" % (rhex(r, 40).upper(), a.word, v, r.randint(50000000, 120000000)))
        if i:
            lines.append("%s %s-%s-delta.nupkg %d" % (rhex(r, 40).upper(), a.word, v, r.randint(100000, 9000000)))
    return "releases/RELEASES", "text", "\n".join(lines) + "\n", "squirrel-windows", "sha1_digest"


@lookalike
def n_velopack_releases(c):
    a, r = c.app, c.r
    assets = [{"PackageId": a.word, "Version": a.version, "Type": t, "FileName": "%s-%s-%s.nupkg" % (a.word, a.version, t.lower()),
               "SHA1": rhex(r, 40).upper(), "SHA256": sha256_hex(r).upper(), "Size": r.randint(1000000, 90000000),
               "NotesMarkdown": "", "NotesHtml": ""} for t in ["Full", "Delta"]]
    return "releases/releases.win.json", "json", json.dumps({"Assets": assets}, indent=2) + "\n", "velopack", "sha256_digest"


@lookalike
def n_fastfile_env(c):
    a, r = c.app, c.r
    text = """default_platform(:mac)

platform :mac do
  lane :release do
    api_key = app_store_connect_api_key(
      key_id: ENV["ASC_KEY_ID"],
      issuer_id: ENV["ASC_ISSUER_ID"],
      key_filepath: File.expand_path("~/.private_keys/AuthKey_#{ENV['ASC_KEY_ID']}.p8")
    )
    build_mac_app(scheme: "%s", export_method: "developer-id")
    notarize(package: "%s.app", api_key: api_key)
    sh("xcrun notarytool history --keychain-profile notary-%s | head -n 5")
  end
end
""" % (a.word, a.word, a.slug)
    return "fastlane/Fastfile", "ruby", text, "app-store-connect", "env_reference"


@lookalike
def n_changelog(c):
    a, r = c.app, c.r
    parts = ["# Changelog\n"]
    maj, mnr = r.randint(1, 4), r.randint(0, 12)
    for i in range(r.randint(3, 5), 0, -1):
        parts.append("## [%d.%d.%d] - 2024-%02d-%02d\n" % (maj, mnr, i, r.randint(1, 12), r.randint(1, 28)))
        for _ in range(r.randint(2, 4)):
            parts.append("- %s (%s)" % (r.choice(["Fix crash when the update feed is unreachable",
                                                  "Sign the uninstaller too", "Upgrade Electron to 29.1",
                                                  "Verify EdDSA signatures before installing updates",
                                                  "Use Trusted Signing instead of the PFX file",
                                                  "Notarize with notarytool instead of altool"]), rhex(r, 7)))
        parts.append("")
    return "CHANGELOG.md", "markdown", "\n".join(parts) + "\n", "release", "commit_hash"


@lookalike
def n_readme_generate_keys(c):
    a, r = c.app, c.r
    pub = b64(ed25519_public(rbytes(r, 32)))
    text = """## Sparkle updates

Updates are signed with EdDSA. The private key lives only in the login keychain of the release Mac
(item "Private key for signing Sparkle updates") and in the team vault; it is **not** in this repository.

Running `./bin/generate_keys` on the release Mac prints:

```
A pre-existing signing key was found. This is how it should appear in your Info.plist:

    <key>SUPublicEDKey</key>
    <string>%s</string>
```

To sign an archive: `./bin/sign_update %s-%s.zip` (reads the key from the keychain).
""" % (pub, a.word, a.version)
    return r.choice(["docs/updates.md", "README.md"]), "markdown", text, "sparkle", "sparkle_public_key"


@lookalike
def n_crashpad_init(c):
    a, r = c.app, c.r
    text = """// crash_reporting.cpp - start the Crashpad handler
#include "client/crashpad_client.h"
#include "client/crash_report_database.h"
#include "client/settings.h"

#include <map>
#include <string>

bool startCrashHandler(const base::FilePath &dataDir, const base::FilePath &handler)
{
    // minidump endpoint with the project's public DSN key (ingest only)
    const std::string url =
        "https://o%d.ingest.sentry.io/api/%d/minidump/?sentry_key=%s";
    std::map<std::string, std::string> annotations{
        {"format", "minidump"}, {"product", "%s"}, {"version", "%s"}};
    std::vector<std::string> arguments{"--no-rate-limit"};

    auto db = crashpad::CrashReportDatabase::Initialize(dataDir);
    if (db && db->GetSettings())
        db->GetSettings()->SetUploadsEnabled(true);

    static crashpad::CrashpadClient client;
    return client.StartHandler(handler, dataDir, dataDir, url, annotations, arguments, true, false);
}
""" % (r.randint(100000, 4500000), r.randint(1000000, 4509999), rhex(r, 32), a.word, a.version)
    return r.choice(["src/crash/crash_reporting.cpp", "src/platform/crashpad.cpp"]), "cpp", text, "sentry", "public_dsn"


@lookalike
def n_asc_api_key_json(c):
    a, r = c.app, c.r
    text = json.dumps({"key_id": rstr(r, UPPER_ALNUM, 10), "issuer_id": uuid4(r),
                       "key_filepath": "./private_keys/AuthKey.p8", "duration": 1200, "in_house": False}, indent=2) + "\n"
    return r.choice(["fastlane/api_key.json", "ci/asc_api_key.json"]), "json", text, "app-store-connect", "key_id"


@lookalike
def n_inno_named_tool(c):
    a, r = c.app, c.r
    text = """; Signing is configured on the build machine:
;   ISCC.exe "/Sazuresign=signtool.exe sign /dlib Azure.CodeSigning.Dlib.dll /dmdf metadata.json /fd sha256 $f" setup.iss
[Setup]
AppId={{%s}
AppName=%s
AppVersion=%s
AppPublisher=%s
DefaultDirName={autopf}\\%s
OutputBaseFilename=%s-%s-setup
SignTool=azuresign
SignedUninstaller=yes
Compression=lzma2
SolidCompression=yes

[Files]
Source: "..\\publish\\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion
""" % (uuid4(r, upper=True), a.name, a.version, a.company, a.name, a.slug, a.version)
    return "installer/setup.iss", "inno", text, "inno-setup", "product_guid"


@lookalike
def n_gha_all_secrets(c):
    a, r = c.app, c.r
    text = gha_head(c, "release") + """jobs:
  build:
    runs-on: ${{ matrix.os }}
    strategy:
      matrix:
        os: [macos-14, windows-2022, ubuntu-22.04]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20 }
      - run: npm ci
      - name: Build & publish
        env:
          GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}
          CSC_LINK: ${{ secrets.MAC_CERT_P12_BASE64 }}
          CSC_KEY_PASSWORD: ${{ secrets.MAC_CERT_PASSWORD }}
          WIN_CSC_LINK: ${{ secrets.WIN_CERT_PFX_BASE64 }}
          WIN_CSC_KEY_PASSWORD: ${{ secrets.WIN_CERT_PASSWORD }}
          APPLE_API_KEY_ID: ${{ vars.APPLE_API_KEY_ID }}
          APPLE_API_ISSUER: ${{ vars.APPLE_API_ISSUER }}
          APPLE_TEAM_ID: %s
        run: npx electron-builder --publish always
"""
    return ".github/workflows/release.yml", "yaml", text % a.team, "github", "secret_reference"


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------

N_POS = 500
N_NEG = 500


def spread(r, items, n):
    """n picks covering every item about equally often, in random order."""
    out = []
    while len(out) < n:
        block = list(items)
        r.shuffle(block)
        out.extend(block)
    return out[:n]


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_cx.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    master = random.Random(seed)
    manifest, secrets = [], []

    pos_plan = spread(master, TEMPLATES, N_POS)
    for i, (name, fn, _) in enumerate(pos_plan):
        c = Ctx(random.Random(master.getrandbits(64)), "pos")
        rel, ftype, text = fn(c)
        assert c.needle and c.needle in text, name
        fid = "pos/p%04d/%s" % (i, rel)
        line = text[:text.index(c.needle)].count("\n") + 1
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "pos", "provider": c.provider, "kind": c.kind, "filetype": ftype,
                         "template": name, "naming": c.naming})
        secrets.append({"file": fid, "needle": c.needle, "line": line})

    reuse = [t for t in TEMPLATES if t[2]]
    n_reuse = N_NEG // 2
    neg_plan = [("reuse", t) for t in spread(master, reuse, n_reuse)]
    neg_plan += [("lookalike", t) for t in spread(master, NEG_TEMPLATES, N_NEG - n_reuse)]
    master.shuffle(neg_plan)
    for i, (how, t) in enumerate(neg_plan):
        c = Ctx(random.Random(master.getrandbits(64)), "neg")
        if how == "reuse":
            name, fn, _ = t
            rel, ftype, text = fn(c)
            provider, kind = c.provider, c.negkind
        else:
            name, fn = t
            rel, ftype, text, provider, kind = fn(c)
        assert not c.secrets, name
        fid = "neg/n%04d/%s" % (i, rel)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "neg", "provider": provider, "kind": kind, "filetype": ftype,
                         "template": ("reuse:" if how == "reuse" else "") + name})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
