#!/usr/bin/env python3
"""gen_hd.py - blind evaluation set: release engineering of open-source packages.

EMPHASIS
    Open-source maintainers publishing packages and editor/browser extensions.
    Providers: PyPI and TestPyPI (macaroon API tokens), crates.io, RubyGems,
    npm (and Yarn), Maven Central / OSSRH (Sonatype user tokens, GPG signing
    keys and passphrases in gradle.properties, settings.xml, pom.xml, sbt),
    NuGet, Chocolatey, Packagist, Hex, CocoaPods trunk, JetBrains Marketplace,
    VS Code Marketplace (vsce / Azure DevOps PAT), Open VSX, Chrome Web Store
    (OAuth client secret + refresh token), Firefox AMO (JWT issuer + secret),
    Snapcraft (export-login credentials), flat-manager / Flathub-style repos
    (JWT upload tokens, signing secret), Homebrew taps, goreleaser and
    release-please (GitHub tokens).
    File types: .pypirc, .cargo/credentials.toml, .gem/credentials, .npmrc,
    .yarnrc.yml, gradle.properties, settings.xml, pom.xml, NuGet.Config,
    build.gradle.kts, build.sbt, build.cake, GitHub Actions workflows,
    .travis.yml, appveyor.yml, .gitlab-ci.yml, .goreleaser.yaml, Makefile,
    justfile, shell, PowerShell, Dockerfile, package.json, JS/TS, Python, Ruby,
    PHP, Fastfile, netrc, Markdown, JSON, TOML, INI, XML, CSV, SQL, logs,
    Terraform, PKGBUILD, Homebrew formulae, armored .asc files.

USAGE
    python3 -B gen_hd.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl
    (one line per file) and OUTDIR/secrets.jsonl (one line per positive).
    Deterministic: every random choice comes from one random.Random(SEED).

NEEDLE CONVENTIONS
    - The needle is the secret value only, exactly as written: no quotes, no
      "Bearer " prefix, no variable name.
    - URLs with embedded credentials (https://user:TOKEN@host/...,
      ...?apiToken=TOKEN): the needle is the TOKEN part only.
    - Headers (Authorization: Bearer perm:...): the token only.
    - Pairs (Sonatype user-token name + password, AMO JWT issuer + secret,
      OAuth client id + client secret): one credential; the needle is the
      secret half (password / JWT secret / client secret). Client ids, JWT
      issuers and token user names are treated as identifiers.
    - Chrome Web Store: a positive file holds exactly one of client secret or
      refresh token as a literal; the other comes from the environment.
    - Multi-line ASCII-armored PGP private keys (raw, YAML block, or with \\n
      escapes on one line): the needle is the header text
      "-----BEGIN PGP PRIVATE KEY BLOCK-----" and the line is the line where
      that header of the real key block appears. A key that is base64-encoded
      as a whole onto one line (the usual GPG_PRIVATE_KEY CI secret): the
      needle is that entire base64 string.
    - Snapcraft export-login credentials: the whole base64 blob.
    - line is 1-based, first occurrence of the needle; the program asserts it.

NEGATIVES
    Half of the negatives re-use the positive templates with the secret slot
    holding: placeholders (<your-token>, YOUR_API_KEY_HERE, changeme, xxxx,
    pypi-XXXX...), empty values, masked values (****, [REDACTED]), environment
    references in the file's own idiom (${{ secrets.X }}, ${env.X}, $X,
    os.environ[...], process.env.X, $env:X, System.getenv, ENV[...]),
    secret-manager references (op://, vault:, sm://), template expressions
    ({{ .Env.X }}, #{X}#), documented example values (rubygems_123456,
    perm:qwertyasdfghzxcvb, pypi-foobartoken, the CocoaPods netrc example,
    chrome-webstore-upload 'xxxxxxxxxx', AMO 'user:543210:23'), public values
    (OAuth client ids, AMO issuer ids, ASCII-armored PUBLIC key blocks), and
    armored private-key skeletons with no key material. Negatives are never
    written to .env / .env.<stage> files (those become .env.example).
    The other half are look-alikes: SHA256SUMS and clearsigned SHA256SUMS.asc,
    KEYS files and public key blocks, fingerprints, detached signatures,
    trusted-publishing (OIDC) workflows without tokens, lockfile integrity
    hashes (npm, Cargo, Poetry, go.sum, NuGet), Homebrew/PKGBUILD/Chocolatey/
    Flatpak/snap checksums, Travis "secure:" encrypted blobs, Chrome manifest
    public "key", certificate chains, cosign public keys, sigstore bundles,
    SLSA provenance, image digests, UUID ids, commit SHAs, masked CI logs,
    Terraform/dependabot secret references.

FORMATS CHECKED (with the search tool; docs/pages/code corpora)
    - PyPI: tokens are macaroons, "pypi-" + serialized macaroon (pypitoken
      docs; pypitoken restrictions.py shows the caveats: [0,not_after,
      not_before], [1,[names]], [2,[project uuids]], [3,"user uuid"], legacy
      {"version": 1, "permissions": ...}). The well-known "pypi-AgEIcHlwaS5vcmc"
      prefix decodes to 0x02 0x01 0x08 "pypi.org", i.e. macaroon v2 binary
      (version 2, location field). Tokens here are built that way: location,
      uuid identifier, JSON caveats, 32-byte signature, base64url unpadded.
      TestPyPI uses location test.pypi.org ("pypi-AgENdGVzdC5weXBpLm9yZw").
    - RubyGems: rubygems.org source: "rubygems_" + SecureRandom.hex(24)
      (48 hex); guides document GEM_HOST_API_KEY=rubygems_123456 (example).
    - npm: GitHub blog: prefix npm_, GitHub token format, last six
      characters a CRC32 checksum in base62 -> npm_ + 30 + 6.
    - GitHub: changelog: ghp_/gho_/ghu_/ghs_/ghr_, charset [A-Za-z0-9_];
      GitHub-style 30 random + 6-char base62 CRC32 used for ghp_.
    - crates.io: cargo docs (credentials.toml, CARGO_REGISTRY_TOKEN); "cio"
      prefix + 32 alphanumerics (see DOUBTS).
    - JetBrains Marketplace docs: "Authorization: Bearer <permanentToken>",
      example perm:qwertyasdfghzxcvb; PUBLISH_TOKEN in workflows.
    - AMO docs: JWT issuer is the API key, e.g. user:543210:23; JWT secret.
    - Open VSX README: OVSX_PAT / --pat. Snapcraft docs: export-login,
      SNAPCRAFT_STORE_CREDENTIALS. Hex docs: HEX_API_KEY, mix hex.user key
      generate. CocoaPods: COCOAPODS_TRUNK_TOKEN, netrc machine
      trunk.cocoapods.org. Chrome Web Store API: client id/secret + refresh
      token, chrome-webstore-upload options. Packagist: update-package URL
      with username & apiToken. Sonatype Central Portal: user token name +
      password pair. OpenPGP armor: CRC-24 (init 0xB704CE, poly 0x1864CFB).
    - Search results that were secret-scanner rule pages (a GitGuardian
      detector page, testpattern.dev and xygeni detector pages) were seen in
      result lists and not used as sources.

DOUBTS
    - crates.io body alphabet/case ("cio" + 32 [A-Za-z0-9]) not confirmed
      from crates.io source.
    - NuGet "oy2" + 43 chars: alphabet not confirmed; a-z plus 2-7 used.
    - Packagist API token: no documented format; 20 alphanumerics assumed.
    - Hex API key (32 hex), CocoaPods trunk token (32 hex), Chocolatey key
      (GUID), Open VSX token (UUID), AMO secret (64 hex) are from memory.
    - JetBrains permanent token body: perm:<b64 login>.<b64 id>.<30 alnum>.
    - Azure DevOps PAT for vsce: legacy 52-char [a-z2-7] only; the newer
      84-char format is not generated.
    - Google client secret GOCSPX- + 28, refresh token 1//0... length ~103.
    - Snapcraft 7+ export: base64 JSON {"t":"u1-macaroon","v":{"r","d"}}
      holding v1-serialized macaroons; built from memory.
    - Sonatype token password: base64 of 32 bytes (44 chars) assumed.
    - PGP key bodies are structurally plausible packets (v4 secret-key,
      user id, signature, subkey) filled with random bytes, not valid keys.
"""

import base64
import json
import os
import random
import re
import sys
import zlib

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
LOWER = "abcdefghijklmnopqrstuvwxyz"
HEX = "0123456789abcdef"
B32L = "abcdefghijklmnopqrstuvwxyz234567"
URLSAFE = ALNUM + "-_"


def rs(R, alphabet, n):
    return "".join(R.choice(alphabet) for _ in range(n))


def rbytes(R, n):
    return bytes(R.getrandbits(8) for _ in range(n))


def ruuid(R):
    h = rs(R, HEX, 32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64(b):
    return base64.b64encode(b).decode()


def fill(text, **kw):
    for k, v in kw.items():
        text = text.replace("<<" + k + ">>", str(v))
    if "<<" in text and re.search(r"<<[a-z_0-9]+>>", text):
        raise AssertionError("unfilled marker in template: %s" % re.findall(r"<<[a-z_0-9]+>>", text))
    return text


def b62_6(n):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(6, "0")


def gh_style(R, prefix):
    body = rs(R, ALNUM, 30)
    return prefix + body + b62_6(zlib.crc32(body.encode()) & 0xFFFFFFFF)


def crc24(data):
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def armor(kind, data, headers=None):
    lines = ["-----BEGIN PGP %s-----" % kind]
    for h in headers or []:
        lines.append(h)
    lines.append("")
    enc = b64(data)
    lines += [enc[i:i + 64] for i in range(0, len(enc), 64)]
    lines.append("=" + b64(crc24(data).to_bytes(3, "big")))
    lines.append("-----END PGP %s-----" % kind)
    return "\n".join(lines)


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


# ---------------------------------------------------------------------------
# innocent context
# ---------------------------------------------------------------------------

PROJECTS = ["quillkit", "parcelnet", "orbitlog", "mosslib", "vellum", "rivet", "kestrel",
            "brightline", "sprocket", "tallow", "cinder-ui", "lumen-sdk", "harbor-sync",
            "pebbledb", "zephyr-config", "nimbus-auth", "tidewater", "fernpath", "glowworm",
            "saltmarsh", "copperleaf", "inkwell", "hushmq", "driftwood", "tessera", "ambergrid",
            "quartzite", "ploverfs", "marigold-cli", "wrenlint"]
ORGS = ["acme-oss", "northwind-labs", "tidepool-dev", "foxglove-io", "ember-collective",
        "openmeadow", "bluefinch", "lanternworks", "gravelpit-org", "mistral-tools"]
PEOPLE = [("Ada Moreno", "ada"), ("Jonas Brandt", "jbrandt"), ("Priya Raman", "praman"),
          ("Tomasz Wolak", "twolak"), ("Mei Lin", "meilin"), ("Samir Haddad", "shaddad"),
          ("Lucie Dvorak", "ldvorak"), ("Kofi Mensah", "kmensah"), ("Rosa Ibarra", "ribarra"),
          ("Erik Lund", "elund")]
WORDS = ["amber", "falcon", "tundra", "quiver", "saffron", "lattice", "harbor", "pylon",
         "meadow", "cobalt", "juniper", "walnut", "ember", "glacier", "marble", "sonnet",
         "thistle", "vortex", "willow", "zenith", "orchid", "basalt", "cinder", "fjord"]


def mkctx(R):
    proj = R.choice(PROJECTS)
    org = R.choice(ORGS)
    name, handle = R.choice(PEOPLE)
    maj, mi, pa = R.randint(0, 4), R.randint(0, 19), R.randint(0, 12)
    ver = "%d.%d.%d" % (maj, mi, pa)
    return {
        "proj": proj,
        "pkg": proj.replace("-", "_"),
        "crate": proj.replace("_", "-"),
        "Proj": "".join(p.capitalize() for p in proj.replace("_", "-").split("-")),
        "org": org,
        "author": name,
        "handle": handle,
        "email": "%s@%s.dev" % (handle, org.split("-")[0]),
        "ver": ver,
        "nextver": "%d.%d.%d" % (maj, mi, pa + 1),
        "year": R.choice([2022, 2023, 2024, 2025]),
        "py": R.choice(["3.10", "3.11", "3.12", "3.13"]),
        "node": R.choice(["18", "20", "22"]),
        "jdk": R.choice(["11", "17", "21"]),
        "group": "io.%s" % org.split("-")[0],
        "keyid": rs(R, "0123456789ABCDEF", 8),
        "fpr": rs(R, "0123456789ABCDEF", 40),
        "extid": rs(R, "abcdefghijklmnop", 32),
        "gid": "%d-%s.apps.googleusercontent.com" % (R.randint(10 ** 11, 10 ** 12 - 1), rs(R, LOWER + "0123456789", 32)),
        "amoiss": "user:%d:%d" % (R.randint(1000000, 19999999), R.randint(10, 999)),
        "sha": rs(R, HEX, 40),
        "short": rs(R, HEX, 7),
        "day": "%d-%02d-%02d" % (R.choice([2023, 2024, 2025]), R.randint(1, 12), R.randint(1, 28)),
    }


# ---------------------------------------------------------------------------
# secret generators
# ---------------------------------------------------------------------------

def gen_pypi(R, location="pypi.org"):
    loc = location.encode()
    ident = ruuid(R).encode()
    style = R.random()
    if style < 0.25:
        cavs = [json.dumps({"version": 1, "permissions": "user"})]
    elif style < 0.4:
        cavs = [json.dumps({"version": 1, "permissions": {"projects": [R.choice(PROJECTS)]}})]
    elif style < 0.75:
        cavs = [json.dumps([3, ruuid(R)], separators=(",", ":"))]
    else:
        cavs = [json.dumps([1, [R.choice(PROJECTS)]], separators=(",", ":")),
                json.dumps([2, [ruuid(R)]], separators=(",", ":"))]
    out = bytearray([0x02, 0x01]) + varint(len(loc)) + loc
    out += bytes([0x02]) + varint(len(ident)) + ident + bytes([0x00])
    for c in cavs:
        cb = c.encode()
        out += bytes([0x02]) + varint(len(cb)) + cb + bytes([0x00])
    out += bytes([0x00, 0x06, 0x20]) + rbytes(R, 32)
    return "pypi-" + b64u(bytes(out))


def gen_testpypi(R):
    return gen_pypi(R, "test.pypi.org")


def gen_crates(R):
    return "cio" + rs(R, ALNUM, 32)


def gen_rubygems(R):
    return "rubygems_" + rs(R, HEX, 48)


def gen_npm(R):
    return gh_style(R, "npm_")


def gen_ghp(R):
    return gh_style(R, "ghp_")


def gen_github_pat(R):
    return "github_pat_" + rs(R, ALNUM, 22) + "_" + rs(R, ALNUM, 59)


def gen_nuget(R):
    return "oy2" + rs(R, B32L, 43)


def gen_choco(R):
    return ruuid(R)


def gen_packagist(R):
    return rs(R, ALNUM, 20)


def gen_hex32(R):
    return rs(R, HEX, 32)


def gen_jetbrains(R):
    login = R.choice(PEOPLE)[1] + R.choice(["", "-dev", str(R.randint(1, 99))])
    tid = "%d-%d" % (R.randint(10, 999), R.randint(1, 9999))
    return "perm:%s.%s.%s" % (b64(login.encode()), b64(tid.encode()), rs(R, ALNUM, 30))


def gen_vsce(R):
    return rs(R, B32L, 52)


def gen_ovsx(R):
    return ruuid(R)


def gen_gocspx(R):
    return "GOCSPX-" + rs(R, URLSAFE, 28)


def gen_grefresh(R):
    return "1//0" + R.choice("4569cdefgh") + rs(R, URLSAFE, 98)


def gen_amo(R):
    return rs(R, HEX, 64)


def gen_sonatype_pw(R):
    return b64(rbytes(R, 32))


def gen_sonatype_user(R):
    return rs(R, ALNUM, 8)


def gen_passphrase(R):
    s = R.random()
    if s < 0.4:
        return "-".join(R.choice(WORDS) for _ in range(4)) + "-" + str(R.randint(10, 99))
    if s < 0.8:
        return rs(R, ALNUM + "!@*^_+=.,:-", R.randint(18, 28))
    return rs(R, ALNUM, 32)


def _v1packet(field, value):
    if isinstance(value, str):
        value = value.encode()
    size = 4 + len(field) + 1 + len(value) + 1
    return ("%04x" % size).encode() + field.encode() + b" " + value + b"\n"


def _macaroon_v1(R, location, third_party=False):
    out = _v1packet("location", location)
    out += _v1packet("identifier", rs(R, HEX, 32))
    out += _v1packet("cid", json.dumps({"secret": rs(R, HEX, 16), "version": 1}))
    if third_party:
        out += _v1packet("cid", b64u(rbytes(R, 60)))
        out += _v1packet("vid", rbytes(R, 72))
        out += _v1packet("cl", "login.ubuntu.com")
    out += _v1packet("signature", rbytes(R, 32))
    return b64u(out)


def gen_snap(R):
    blob = {"t": "u1-macaroon",
            "v": {"r": _macaroon_v1(R, "api.snapcraft.io", True),
                  "d": _macaroon_v1(R, "login.ubuntu.com")}}
    return b64(json.dumps(blob).encode())


def gen_flat_jwt(R, app="org.example.App"):
    hdr = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = {"sub": "build", "scope": ["build", "upload", "publish"], "prefixes": [app],
            "repos": ["stable", "beta"], "name": "ci-%s" % rs(R, LOWER, 6),
            "exp": R.randint(1735000000, 1900000000)}
    pay = b64u(json.dumps(body, separators=(",", ":")).encode())
    return "%s.%s.%s" % (hdr, pay, b64u(rbytes(R, 32)))


def gen_flat_secret(R):
    return b64(rbytes(R, 32))


# --- OpenPGP packets -------------------------------------------------------

ED_OID = bytes([0x09, 0x2B, 0x06, 0x01, 0x04, 0x01, 0xDA, 0x47, 0x0F, 0x01])
CV_OID = bytes([0x0A, 0x2B, 0x06, 0x01, 0x04, 0x01, 0x97, 0x55, 0x01, 0x05, 0x01])


def _old_pkt(tag, body):
    n = len(body)
    if n < 256:
        return bytes([0x80 | (tag << 2) | 0, n]) + body
    return bytes([0x80 | (tag << 2) | 1]) + n.to_bytes(2, "big") + body


def _s2k(R, n_enc):
    return bytes([0xFE, 0x09, 0x03, 0x0A]) + rbytes(R, 8) + bytes([R.choice([0x60, 0xC4, 0xFF])]) + rbytes(R, 16) + rbytes(R, n_enc)


def _mpi(R, bits):
    nbytes = bits // 8
    b = bytearray(rbytes(R, nbytes))
    b[0] |= 0x80
    return bits.to_bytes(2, "big") + bytes(b)


def pgp_key_bytes(R, uid, secret=True, rsa=False):
    t = R.randint(1600000000, 1740000000).to_bytes(4, "big")
    if rsa:
        pub = bytes([0x04]) + t + bytes([0x01]) + _mpi(R, 4096) + bytes([0x00, 0x11, 0x01, 0x00, 0x01])
        sub = bytes([0x04]) + t + bytes([0x01]) + _mpi(R, 4096) + bytes([0x00, 0x11, 0x01, 0x00, 0x01])
        enc = 1300
        sig1, sig2 = 0x24E, 0x236
    else:
        pub = bytes([0x04]) + t + bytes([0x16]) + ED_OID + bytes([0x01, 0x07, 0x40]) + rbytes(R, 32)
        sub = bytes([0x04]) + t + bytes([0x12]) + CV_OID + bytes([0x01, 0x07, 0x40]) + rbytes(R, 32) + bytes([0x03, 0x01, 0x08, 0x07])
        enc = 54
        sig1, sig2 = 0x93, 0x78
    out = b""
    if secret:
        out += _old_pkt(5, pub + _s2k(R, enc))
    else:
        out += _old_pkt(6, pub)
    out += _old_pkt(13, uid.encode())
    out += _old_pkt(2, bytes([0x04, 0x13]) + rbytes(R, sig1 - 2))
    if secret:
        out += _old_pkt(7, sub + _s2k(R, enc if rsa else 38))
    else:
        out += _old_pkt(14, sub)
    out += _old_pkt(2, bytes([0x04, 0x18]) + rbytes(R, sig2 - 2))
    return out


def gen_pgp_private(R, c=None):
    c = c or mkctx(R)
    uid = "%s (release signing) <%s>" % (c["author"], c["email"])
    return armor("PRIVATE KEY BLOCK", pgp_key_bytes(R, uid, True, R.random() < 0.3))


def gen_pgp_public(R, c=None):
    c = c or mkctx(R)
    uid = "%s <%s>" % (c["author"], c["email"])
    return armor("PUBLIC KEY BLOCK", pgp_key_bytes(R, uid, False, R.random() < 0.4))


def gen_pgp_signature(R):
    body = bytes([0x04, 0x00, 0x16, 0x0A, 0x00, 0x1D, 0x16, 0x21, 0x04]) + rbytes(R, 20) + rbytes(R, 88)
    return armor("SIGNATURE", _old_pkt(2, body))


PGP_HDR = "-----BEGIN PGP PRIVATE KEY BLOCK-----"


# ---------------------------------------------------------------------------
# template registry
# ---------------------------------------------------------------------------

GENS = {
    "pypi": gen_pypi, "testpypi": gen_testpypi, "crates": gen_crates, "rubygems": gen_rubygems,
    "npm": gen_npm, "ghp": gen_ghp, "ghpat": gen_github_pat, "nuget": gen_nuget,
    "choco": gen_choco, "packagist": gen_packagist, "hex": gen_hex32, "cocoapods": gen_hex32,
    "jetbrains": gen_jetbrains, "vsce": gen_vsce, "ovsx": gen_ovsx, "gocspx": gen_gocspx,
    "grefresh": gen_grefresh, "amo": gen_amo, "sonatype": gen_sonatype_pw,
    "passphrase": gen_passphrase, "snap": gen_snap, "flatjwt": gen_flat_jwt,
    "flatsecret": gen_flat_secret,
}

QUOTE = {"py": '"', "js": "'", "rb": '"', "php": "'", "kts": '"', "cs": '"', "ps": "'",
         "scala": '"', "groovy": "'", "go": '"'}

TEMPLATES = []


def T(name, prov, kind, gen, conv, mode, ctx, env):
    """Register a positive template. mode: 'raw' or a code language key; ctx picks
    the idiom for environment references in negatives; env is the conventional
    variable name for this credential."""
    def deco(fn):
        TEMPLATES.append(dict(name=name, prov=prov, kind=kind, gen=gen, conv=conv,
                              mode=mode, ctx=ctx, env=env, fn=fn))
        return fn
    return deco


def ind(text, n):
    pad = " " * n
    return "\n".join((pad + ln) if ln else ln for ln in text.split("\n"))


def esc_nl(text):
    return text.replace("\n", "\\n")


# ---------------------------------------------------------------------------
# PyPI / TestPyPI
# ---------------------------------------------------------------------------

@T("pypirc-pypi", "pypi", "registry-token", "pypi", True, "raw", "ini", "PYPI_API_TOKEN")
def _t(c, S):
    return ".pypirc", fill("""[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = <<S>>

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
# password is read from the keyring (keyring set https://test.pypi.org/legacy/ __token__)
""", S=S)


@T("pypirc-testpypi", "testpypi", "registry-token", "testpypi", False, "raw", "ini", "TEST_PYPI_API_TOKEN")
def _t(c, S):
    return "ci/testpypi.pypirc", fill("""# Used by the nightly job that uploads dev builds of <<proj>> to TestPyPI only.
[distutils]
index-servers = staging

[staging]
repository = https://test.pypi.org/legacy/
username = __token__
password = <<S>>
""", S=S, proj=c["proj"])


@T("gha-twine", "pypi", "registry-token", "pypi", True, "raw", "gha", "PYPI_API_TOKEN")
def _t(c, S):
    return ".github/workflows/publish.yml", fill("""name: Publish to PyPI

on:
  release:
    types: [published]

jobs:
  build-and-publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "<<py>>"
      - name: Build sdist and wheel
        run: |
          python -m pip install --upgrade build twine
          python -m build
          twine check dist/*
      - name: Upload
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: <<S>>
        run: twine upload --non-interactive dist/*
""", S=S, py=c["py"])


@T("make-twine", "pypi", "registry-token", "pypi", False, "raw", "make", "PYPI_TOKEN")
def _t(c, S):
    return "Makefile", fill(""".PHONY: clean build check upload release

PYTHON ?= python3
PKG := <<pkg>>

clean:
\trm -rf build dist *.egg-info

build: clean
\t$(PYTHON) -m build

check: build
\t$(PYTHON) -m twine check dist/*

upload: check
\t$(PYTHON) -m twine upload -u __token__ -p <<S>> dist/*

release: upload
\tgit tag -a v$$($(PYTHON) -c 'import $(PKG); print($(PKG).__version__)') -m "release"
\tgit push --tags
""", S=S, pkg=c["pkg"])


@T("sh-uv-publish", "pypi", "registry-token", "pypi", False, "raw", "sh", "UV_PUBLISH_TOKEN")
def _t(c, S):
    return "scripts/release.sh", fill("""#!/usr/bin/env bash
# Cut a release of <<proj>>: bump, build, publish, tag.
set -euo pipefail

VERSION="${1:?usage: release.sh VERSION}"
cd "$(dirname "$0")/.."

uv version "$VERSION"
uv build
uv publish --token <<S>>

git commit -am "Release $VERSION"
git tag -s "v$VERSION" -m "v$VERSION"
git push origin main --follow-tags
""", S=S, proj=c["proj"])


@T("py-upload-helper", "pypi", "registry-token", "pypi", False, "py", "py", "PYPI_TOKEN")
def _t(c, S):
    return "tools/upload_release.py", fill('''"""Upload the built distributions of <<proj>> and announce the release."""
import glob
import subprocess
import sys

REPOSITORY_URL = "https://upload.pypi.org/legacy/"
PYPI_CREDENTIAL = <<S>>


def main() -> int:
    files = sorted(glob.glob("dist/*"))
    if not files:
        print("nothing to upload, run `python -m build` first", file=sys.stderr)
        return 1
    cmd = ["twine", "upload", "--repository-url", REPOSITORY_URL,
           "-u", "__token__", "-p", PYPI_CREDENTIAL, *files]
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
''', S=S, proj=c["proj"])


@T("noxfile", "pypi", "registry-token", "pypi", True, "py", "py", "TWINE_PASSWORD")
def _t(c, S):
    return "noxfile.py", fill('''import nox

nox.options.sessions = ["lint", "tests"]


@nox.session(python=["3.10", "3.11", "3.12"])
def tests(session):
    session.install("-e", ".[test]")
    session.run("pytest", "-q")


@nox.session
def lint(session):
    session.install("ruff")
    session.run("ruff", "check", "src", "tests")


@nox.session
def publish(session):
    session.install("build", "twine")
    session.run("python", "-m", "build")
    session.run(
        "twine", "upload", "dist/*",
        env={"TWINE_USERNAME": "__token__", "TWINE_PASSWORD": <<S>>},
    )
''', S=S)


@T("travis-pypi", "pypi", "registry-token", "pypi", False, "raw", "yaml", "PYPI_PASSWORD")
def _t(c, S):
    return ".travis.yml", fill("""language: python
python:
  - "3.10"
  - "3.11"
  - "3.12"
install:
  - pip install -e .[test]
script:
  - pytest -q
deploy:
  provider: pypi
  username: __token__
  password: <<S>>
  distributions: "sdist bdist_wheel"
  skip_existing: true
  on:
    tags: true
    python: "3.12"
""", S=S)


@T("gitlab-poetry", "pypi", "registry-token", "pypi", True, "raw", "yaml", "POETRY_PYPI_TOKEN_PYPI")
def _t(c, S):
    return ".gitlab-ci.yml", fill("""stages:
  - test
  - publish

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  POETRY_VIRTUALENVS_IN_PROJECT: "true"
  POETRY_PYPI_TOKEN_PYPI: <<S>>

test:
  stage: test
  image: python:<<py>>
  script:
    - pip install poetry
    - poetry install
    - poetry run pytest

publish:
  stage: publish
  image: python:<<py>>
  script:
    - pip install poetry
    - poetry publish --build
  rules:
    - if: $CI_COMMIT_TAG
""", S=S, py=c["py"])


@T("md-releasing-twine", "pypi", "registry-token", "pypi", False, "raw", "md", "PYPI_TOKEN")
def _t(c, S):
    return "RELEASING.md", fill("""# Releasing <<proj>>

1. Update `CHANGELOG.md` and bump the version in `pyproject.toml`.
2. Open a PR titled `Release <<nextver>>` and wait for CI.
3. After merging, tag the release:

   ```sh
   git tag -s v<<nextver>> -m "v<<nextver>>"
   git push origin v<<nextver>>
   ```

4. Build and upload (the CI job sometimes times out, this is the manual fallback):

   ```sh
   python -m build
   twine upload -u __token__ -p <<S>> dist/*
   ```

5. Draft the GitHub release from the tag and paste the changelog section.
""", S=S, proj=c["proj"], nextver=c["nextver"])


# ---------------------------------------------------------------------------
# crates.io
# ---------------------------------------------------------------------------

@T("cargo-credentials", "crates.io", "registry-token", "crates", True, "raw", "toml", "CARGO_REGISTRY_TOKEN")
def _t(c, S):
    return ".cargo/credentials.toml", fill("""[registry]
token = "<<S>>"
""", S=S)


@T("gha-cargo-publish", "crates.io", "registry-token", "crates", True, "raw", "gha", "CARGO_REGISTRY_TOKEN")
def _t(c, S):
    return ".github/workflows/release-crate.yml", fill("""name: Release crate

on:
  push:
    tags: ["v*"]

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: dtolnay/rust-toolchain@stable
      - run: cargo test --all-features
      - run: cargo publish --locked
        env:
          CARGO_REGISTRY_TOKEN: <<S>>
""", S=S)


@T("justfile-cargo", "crates.io", "registry-token", "crates", False, "raw", "make", "CARGO_TOKEN")
def _t(c, S):
    return "justfile", fill("""# <<crate>> task runner

default: check

check:
    cargo fmt --check
    cargo clippy --all-targets -- -D warnings
    cargo test

doc:
    cargo doc --no-deps --open

publish: check
    cargo publish --dry-run
    cargo publish --token <<S>>
""", S=S, crate=c["crate"])


@T("cargo-config-legacy", "crates.io", "registry-token", "crates", False, "raw", "toml", "CARGO_REGISTRY_TOKEN")
def _t(c, S):
    return ".cargo/config.toml", fill("""[build]
rustflags = ["-C", "target-cpu=native"]

[alias]
xtask = "run --package xtask --"

[net]
git-fetch-with-cli = true

[registries.crates-io]
protocol = "sparse"

[registry]
default = "crates-io"
token = "<<S>>"
""", S=S)


@T("sh-crates-env", "crates.io", "registry-token", "crates", False, "raw", "sh", "CRATES_IO_KEY")
def _t(c, S):
    return "scripts/publish-crates.sh", fill("""#!/bin/sh
# Publish workspace members in dependency order.
set -e

export CRATES_IO_KEY="<<S>>"

for crate in <<crate>>-core <<crate>>-macros <<crate>>; do
    echo "==> publishing $crate"
    (cd "crates/$crate" && cargo publish --token "$CRATES_IO_KEY")
    sleep 20  # let the index catch up
done
""", S=S, crate=c["crate"])


@T("dotenv-cargo", "crates.io", "registry-token", "crates", True, "raw", "sh", "CARGO_REGISTRY_TOKEN")
def _t(c, S):
    return ".env", fill("""RUST_LOG=<<crate>>=debug
RUST_BACKTRACE=1
DATABASE_URL=sqlite://./dev.db
CARGO_REGISTRY_TOKEN=<<S>>
""", S=S, crate=c["crate"].replace("-", "_"))


# ---------------------------------------------------------------------------
# RubyGems
# ---------------------------------------------------------------------------

@T("gem-credentials", "rubygems", "api-key", "rubygems", True, "raw", "gem", "GEM_HOST_API_KEY")
def _t(c, S):
    return ".gem/credentials", fill("""---
:rubygems_api_key: <<S>>
""", S=S)


@T("gha-gem-push", "rubygems", "api-key", "rubygems", True, "raw", "gha", "GEM_HOST_API_KEY")
def _t(c, S):
    return ".github/workflows/gem-push.yml", fill("""name: Ruby Gem

on:
  push:
    tags: ["v*"]

jobs:
  build:
    name: Build + Publish
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@v4
      - uses: ruby/setup-ruby@v1
        with:
          ruby-version: "3.3"
      - name: Publish to RubyGems
        run: |
          gem build *.gemspec
          gem push *.gem
        env:
          GEM_HOST_API_KEY: "<<S>>"
""", S=S)


@T("rb-yank-script", "rubygems", "api-key", "rubygems", False, "rb", "rb", "RUBYGEMS_API_KEY")
def _t(c, S):
    return "script/yank_prereleases.rb", fill('''#!/usr/bin/env ruby
# Yanks old .pre versions of <<proj>> from rubygems.org.
require "net/http"
require "json"

GEM_NAME = "<<proj>>"
API = URI("https://rubygems.org/api/v1/gems/yank")

versions = JSON.parse(Net::HTTP.get(URI("https://rubygems.org/api/v1/versions/#{GEM_NAME}.json")))
old_pre = versions.select { |v| v["prerelease"] }.drop(3)

old_pre.each do |v|
  req = Net::HTTP::Delete.new(API)
  req["Authorization"] = <<S>>
  req.set_form_data("gem_name" => GEM_NAME, "version" => v["number"])
  res = Net::HTTP.start(API.host, API.port, use_ssl: true) { |http| http.request(req) }
  puts "#{v["number"]}: #{res.code} #{res.body}"
end
''', S=S, proj=c["proj"])


@T("travis-rubygems", "rubygems", "api-key", "rubygems", True, "raw", "yaml", "RUBYGEMS_API_KEY")
def _t(c, S):
    return ".travis.yml", fill("""language: ruby
rvm:
  - 3.1
  - 3.2
  - 3.3
script: bundle exec rake
deploy:
  provider: rubygems
  api_key: <<S>>
  gem: <<proj>>
  on:
    tags: true
    rvm: 3.3
""", S=S, proj=c["proj"])


@T("fastlane-gem-env", "rubygems", "api-key", "rubygems", True, "rb", "rb", "GEM_HOST_API_KEY")
def _t(c, S):
    return "Rakefile", fill('''require "bundler/gem_tasks"
require "rspec/core/rake_task"

RSpec::Core::RakeTask.new(:spec)
task default: :spec

desc "Build and push <<proj>> without prompting for OTP"
task :ci_release do
  ENV["GEM_HOST_API_KEY"] = <<S>>
  Rake::Task["build"].invoke
  sh "gem push pkg/<<proj>>-#{<<Proj>>::VERSION}.gem"
end
''', S=S, proj=c["proj"], Proj=c["Proj"])


# ---------------------------------------------------------------------------
# npm / Yarn
# ---------------------------------------------------------------------------

@T("npmrc", "npm", "registry-token", "npm", True, "raw", "npmrc", "NPM_TOKEN")
def _t(c, S):
    return ".npmrc", fill("""registry=https://registry.npmjs.org/
@<<org>>:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=<<S>>
save-exact=true
engine-strict=true
""", S=S, org=c["org"])


@T("gha-npm-publish", "npm", "registry-token", "npm", True, "raw", "gha", "NPM_TOKEN")
def _t(c, S):
    return ".github/workflows/npm-publish.yml", fill("""name: Publish package

on:
  release:
    types: [created]

jobs:
  publish-npm:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: <<node>>
          registry-url: https://registry.npmjs.org/
      - run: npm ci
      - run: npm test
      - run: npm publish --access public
        env:
          NODE_AUTH_TOKEN: <<S>>
""", S=S, node=c["node"])


@T("pkgjson-publish", "npm", "registry-token", "npm", False, "raw", "json_sh", "NPM_TOKEN")
def _t(c, S):
    return "package.json", fill("""{
  "name": "@<<org>>/<<proj>>",
  "version": "<<ver>>",
  "description": "Small, dependency-free helpers for <<proj>>",
  "main": "dist/index.js",
  "types": "dist/index.d.ts",
  "files": ["dist"],
  "scripts": {
    "build": "tsc -p tsconfig.build.json",
    "test": "vitest run",
    "prepublishOnly": "npm run build && npm test",
    "release": "npm publish --access public --//registry.npmjs.org/:_authToken=<<S>>"
  },
  "license": "MIT",
  "devDependencies": {
    "typescript": "^5.4.5",
    "vitest": "^1.6.0"
  }
}
""", S=S, org=c["org"], proj=c["proj"], ver=c["ver"])


@T("mjs-dist-tag", "npm", "registry-token", "npm", False, "js", "js", "NPM_TOKEN")
def _t(c, S):
    return "scripts/promote-dist-tag.mjs", fill("""#!/usr/bin/env node
// Moves the `latest` dist-tag of @<<org>>/<<proj>> to the version given on the command line.
const pkg = '@<<org>>/<<proj>>';
const version = process.argv[2];
const registryAuth = <<S>>;

if (!version) {
  console.error('usage: promote-dist-tag.mjs <version>');
  process.exit(1);
}

const res = await fetch(`https://registry.npmjs.org/-/package/${encodeURIComponent(pkg)}/dist-tags/latest`, {
  method: 'PUT',
  headers: {
    authorization: `Bearer ${registryAuth}`,
    'content-type': 'application/json',
  },
  body: JSON.stringify(version),
});
console.log(res.status, await res.text());
""", S=S, org=c["org"], proj=c["proj"])


@T("dockerfile-npmrc", "npm", "registry-token", "npm", False, "raw", "docker", "NPM_TOKEN")
def _t(c, S):
    return "Dockerfile", fill("""FROM node:<<node>>-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN echo "//registry.npmjs.org/:_authToken=<<S>>" > .npmrc && \\
    npm ci && \\
    rm -f .npmrc
COPY . .
RUN npm run build

FROM node:<<node>>-alpine
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
CMD ["node", "dist/server.js"]
""", S=S, node=c["node"])


@T("yarnrc", "npm", "registry-token", "npm", False, "raw", "yarn", "NPM_AUTH_TOKEN")
def _t(c, S):
    return ".yarnrc.yml", fill("""nodeLinker: node-modules

enableGlobalCache: true

npmScopes:
  <<org>>:
    npmRegistryServer: "https://registry.npmjs.org"
    npmPublishAccess: public
    npmAuthToken: "<<S>>"

yarnPath: .yarn/releases/yarn-4.1.1.cjs
""", S=S, org=c["org"])


# ---------------------------------------------------------------------------
# Maven Central / OSSRH / GPG signing
# ---------------------------------------------------------------------------

@T("m2-settings", "maven-central", "user-token-password", "sonatype", True, "raw", "xml", "MAVEN_CENTRAL_PASSWORD")
def _t(c, S):
    return ".mvn/settings.xml", fill("""<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">
  <servers>
    <server>
      <id>central</id>
      <username><<user>></username>
      <password><<S>></password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>release</id>
      <properties>
        <gpg.keyname><<keyid>></gpg.keyname>
      </properties>
    </profile>
  </profiles>
</settings>
""", S=S, user=gen_sonatype_user(c["_R"]), keyid=c["keyid"])


@T("gradle-signing-password", "gpg", "gpg-passphrase", "passphrase", True, "raw", "props", "SIGNING_PASSWORD")
def _t(c, S):
    return "gradle.properties", fill("""org.gradle.jvmargs=-Xmx2g -Dfile.encoding=UTF-8
org.gradle.parallel=true
kotlin.code.style=official

GROUP=<<group>>
VERSION_NAME=<<ver>>
POM_NAME=<<Proj>>
POM_URL=https://github.com/<<org>>/<<proj>>

signing.keyId=<<keyid>>
signing.password=<<S>>
signing.secretKeyRingFile=/home/<<handle>>/.gnupg/secring.gpg
""", S=S, group=c["group"], ver=c["ver"], Proj=c["Proj"], org=c["org"], proj=c["proj"],
               keyid=c["keyid"], handle=c["handle"])


@T("gradle-central-password", "maven-central", "user-token-password", "sonatype", True, "raw", "props", "ORG_GRADLE_PROJECT_mavenCentralPassword")
def _t(c, S):
    return "gradle.properties", fill("""# Publishing via com.vanniktech.maven.publish
SONATYPE_HOST=CENTRAL_PORTAL
RELEASE_SIGNING_ENABLED=true
SONATYPE_AUTOMATIC_RELEASE=true

GROUP=<<group>>
POM_ARTIFACT_ID=<<proj>>
VERSION_NAME=<<ver>>

mavenCentralUsername=<<user>>
mavenCentralPassword=<<S>>
""", S=S, group=c["group"], proj=c["proj"], ver=c["ver"], user=gen_sonatype_user(c["_R"]))


@T("gha-inmemory-passphrase", "gpg", "gpg-passphrase", "passphrase", True, "raw", "gha", "SIGNING_KEY_PASSWORD")
def _t(c, S):
    return ".github/workflows/publish-maven.yml", fill("""name: Publish to Maven Central

on:
  workflow_dispatch:
  push:
    tags: ["v*"]

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with:
          distribution: temurin
          java-version: <<jdk>>
      - uses: gradle/actions/setup-gradle@v3
      - name: Publish
        run: ./gradlew publishAndReleaseToMavenCentral --no-configuration-cache
        env:
          ORG_GRADLE_PROJECT_mavenCentralUsername: ${{ secrets.MAVEN_CENTRAL_USERNAME }}
          ORG_GRADLE_PROJECT_mavenCentralPassword: ${{ secrets.MAVEN_CENTRAL_PASSWORD }}
          ORG_GRADLE_PROJECT_signingInMemoryKey: ${{ secrets.SIGNING_KEY }}
          ORG_GRADLE_PROJECT_signingInMemoryKeyPassword: <<S>>
""", S=S, jdk=c["jdk"])


@T("asc-private-key", "gpg", "gpg-private-key", "pgp", False, "raw", "asc", "GPG_PRIVATE_KEY")
def _t(c, S):
    return "release/signing-key.asc", S + "\n"


@T("gha-gpg-block", "gpg", "gpg-private-key", "pgp", True, "raw", "gha", "GPG_PRIVATE_KEY")
def _t(c, S):
    return ".github/workflows/release.yml", fill("""name: Release

on:
  push:
    tags: ["v*"]

env:
  GPG_PRIVATE_KEY: |
<<K>>

jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Import signing key
        run: echo "$GPG_PRIVATE_KEY" | gpg --batch --import
      - name: Sign artifacts
        run: |
          for f in dist/*; do
            gpg --batch --pinentry-mode loopback --passphrase "${{ secrets.GPG_PASSPHRASE }}" \\
                --armor --detach-sign "$f"
          done
""", K=ind(S, 4))


@T("sh-gpg-b64", "gpg", "gpg-private-key", "pgp_b64", False, "raw", "sh", "GPG_KEY_B64")
def _t(c, S):
    return "ci/import-signing-key.sh", fill("""#!/usr/bin/env bash
# Imports the release signing key on the build agent.
set -euo pipefail

KEY_B64='<<S>>'

export GNUPGHOME="$(mktemp -d)"
echo "$KEY_B64" | base64 --decode | gpg --batch --import
gpg --list-secret-keys --keyid-format LONG
""", S=S)


@T("gradle-props-inmemory-key", "gpg", "gpg-private-key", "pgp_esc", False, "raw", "props", "ORG_GRADLE_PROJECT_signingInMemoryKey")
def _t(c, S):
    return "gradle.properties", fill("""org.gradle.caching=true
org.gradle.jvmargs=-Xmx3g
GROUP=<<group>>
VERSION_NAME=<<ver>>
signingInMemoryKeyId=<<keyid>>
signingInMemoryKey=<<S>>
""", S=S, group=c["group"], ver=c["ver"], keyid=c["keyid"])


@T("kts-inmemory-pgp", "gpg", "gpg-passphrase", "passphrase", False, "kts", "kts", "SIGNING_PASSWORD")
def _t(c, S):
    return "build.gradle.kts", fill("""plugins {
    `java-library`
    `maven-publish`
    signing
}

group = "<<group>>"
version = "<<ver>>"

java {
    withSourcesJar()
    withJavadocJar()
}

publishing {
    publications {
        create<MavenPublication>("maven") {
            from(components["java"])
            pom {
                name.set("<<Proj>>")
                url.set("https://github.com/<<org>>/<<proj>>")
                licenses { license { name.set("Apache-2.0") } }
            }
        }
    }
}

signing {
    val signingKey: String? = findProperty("signingKey") as String?
    useInMemoryPgpKeys(signingKey, <<S>>)
    sign(publishing.publications["maven"])
}
""", S=S, group=c["group"], ver=c["ver"], Proj=c["Proj"], org=c["org"], proj=c["proj"])


@T("pom-gpg-passphrase", "gpg", "gpg-passphrase", "passphrase", False, "raw", "xml", "GPG_PASSPHRASE")
def _t(c, S):
    return "pom.xml", fill("""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId><<group>></groupId>
  <artifactId><<proj>></artifactId>
  <version><<ver>></version>
  <name><<Proj>></name>

  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-gpg-plugin</artifactId>
        <version>3.2.4</version>
        <executions>
          <execution>
            <id>sign-artifacts</id>
            <phase>verify</phase>
            <goals><goal>sign</goal></goals>
            <configuration>
              <keyname><<keyid>></keyname>
              <passphrase><<S>></passphrase>
            </configuration>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
""", S=S, group=c["group"], proj=c["proj"], ver=c["ver"], Proj=c["Proj"], keyid=c["keyid"])


@T("m2-settings-gpg-profile", "gpg", "gpg-passphrase", "passphrase", True, "raw", "xml", "MAVEN_GPG_PASSPHRASE")
def _t(c, S):
    return "ci/maven-settings.xml", fill("""<settings>
  <servers>
    <server>
      <id>central</id>
      <username>${env.MAVEN_CENTRAL_USERNAME}</username>
      <password>${env.MAVEN_CENTRAL_TOKEN}</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>gpg</id>
      <properties>
        <gpg.executable>gpg</gpg.executable>
        <gpg.keyname><<fpr>></gpg.keyname>
        <gpg.passphrase><<S>></gpg.passphrase>
      </properties>
    </profile>
  </profiles>
  <activeProfiles>
    <activeProfile>gpg</activeProfile>
  </activeProfiles>
</settings>
""", S=S, fpr=c["fpr"])


@T("jreleaser", "gpg", "gpg-passphrase", "passphrase", False, "raw", "yaml", "JRELEASER_GPG_PASSPHRASE")
def _t(c, S):
    return "jreleaser.yml", fill("""project:
  name: <<proj>>
  description: <<Proj>> command line tool
  authors:
    - <<author>>
  license: Apache-2.0
  links:
    homepage: https://github.com/<<org>>/<<proj>>
  java:
    groupId: <<group>>
    version: "<<jdk>>"

signing:
  active: ALWAYS
  armored: true
  mode: FILE
  publicKey: keys/public.asc
  secretKey: keys/secret.asc
  passphrase: "<<S>>"

deploy:
  maven:
    mavenCentral:
      sonatype:
        active: ALWAYS
        url: https://central.sonatype.com/api/v1/publisher
        stagingRepositories:
          - target/staging-deploy
""", S=S, proj=c["proj"], Proj=c["Proj"], author=c["author"], org=c["org"], group=c["group"], jdk=c["jdk"])


@T("sbt-credentials", "maven-central", "user-token-password", "sonatype", False, "scala", "scala", "SONATYPE_PASSWORD")
def _t(c, S):
    return "build.sbt", fill("""ThisBuild / organization := "<<group>>"
ThisBuild / scalaVersion := "3.3.3"
ThisBuild / version := "<<ver>>"
ThisBuild / homepage := Some(url("https://github.com/<<org>>/<<proj>>"))
ThisBuild / licenses := List("Apache-2.0" -> url("https://www.apache.org/licenses/LICENSE-2.0"))

lazy val root = (project in file("."))
  .settings(
    name := "<<proj>>",
    libraryDependencies += "org.scalameta" %% "munit" % "1.0.0" % Test
  )

ThisBuild / publishTo := sonatypePublishToBundle.value
credentials += Credentials("Sonatype Nexus Repository Manager", "central.sonatype.com", "<<user>>", <<S>>)
""", S=S, group=c["group"], ver=c["ver"], org=c["org"], proj=c["proj"], user=gen_sonatype_user(c["_R"]))


@T("sbt-sonatype-file", "maven-central", "user-token-password", "sonatype", False, "raw", "props", "SONATYPE_PASSWORD")
def _t(c, S):
    return ".sbt/sonatype_credentials", fill("""realm=Sonatype Nexus Repository Manager
host=s01.oss.sonatype.org
user=<<user>>
password=<<S>>
""", S=S, user=gen_sonatype_user(c["_R"]))


# ---------------------------------------------------------------------------
# NuGet / Chocolatey
# ---------------------------------------------------------------------------

@T("nuget-config-ghpackages", "github", "pat", "ghp", True, "raw", "nuget", "GITHUB_PACKAGES_TOKEN")
def _t(c, S):
    return "NuGet.Config", fill("""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
    <add key="github" value="https://nuget.pkg.github.com/<<org>>/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <github>
      <add key="Username" value="<<handle>>" />
      <add key="ClearTextPassword" value="<<S>>" />
    </github>
  </packageSourceCredentials>
</configuration>
""", S=S, org=c["org"], handle=c["handle"])


@T("gha-dotnet-nuget-push", "nuget", "api-key", "nuget", False, "raw", "gha", "NUGET_API_KEY")
def _t(c, S):
    return ".github/workflows/nuget.yml", fill("""name: NuGet

on:
  push:
    tags: ["v*"]

jobs:
  pack:
    runs-on: windows-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-dotnet@v4
        with:
          dotnet-version: 8.0.x
      - run: dotnet pack src/<<Proj>>/<<Proj>>.csproj -c Release -o out
      - run: dotnet nuget push "out/*.nupkg" --api-key <<S>> --source https://api.nuget.org/v3/index.json --skip-duplicate
""", S=S, Proj=c["Proj"])


@T("ps1-nuget-key", "nuget", "api-key", "nuget", True, "ps", "ps", "NUGET_API_KEY")
def _t(c, S):
    return "build/Publish.ps1", fill("""[CmdletBinding()]
param(
    [string]$Configuration = 'Release',
    [string]$Source = 'https://api.nuget.org/v3/index.json'
)

$ErrorActionPreference = 'Stop'
$NuGetApiKey = <<S>>

dotnet pack ./src/<<Proj>>/<<Proj>>.csproj -c $Configuration -o ./artifacts
Get-ChildItem ./artifacts -Filter *.nupkg | ForEach-Object {
    Write-Host "Pushing $($_.Name)"
    dotnet nuget push $_.FullName --api-key $NuGetApiKey --source $Source --skip-duplicate
}
""", S=S, Proj=c["Proj"])


@T("cake-nugetpush", "nuget", "api-key", "nuget", False, "cs", "cs", "NUGET_API_KEY")
def _t(c, S):
    return "build.cake", fill("""var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");

Task("Clean").Does(() => CleanDirectory("./artifacts"));

Task("Pack")
    .IsDependentOn("Clean")
    .Does(() =>
{
    DotNetPack("./src/<<Proj>>/<<Proj>>.csproj", new DotNetPackSettings
    {
        Configuration = configuration,
        OutputDirectory = "./artifacts"
    });
});

Task("Push")
    .IsDependentOn("Pack")
    .Does(() =>
{
    var packages = GetFiles("./artifacts/*.nupkg");
    NuGetPush(packages, new NuGetPushSettings
    {
        Source = "https://api.nuget.org/v3/index.json",
        ApiKey = <<S>>
    });
});

Task("Default").IsDependentOn("Pack");
RunTarget(target);
""", S=S, Proj=c["Proj"])


@T("appveyor-nuget", "nuget", "api-key", "nuget", True, "raw", "yaml", "NUGET_API_KEY")
def _t(c, S):
    return "appveyor.yml", fill("""version: '{build}'
image: Visual Studio 2022
configuration: Release
build_script:
  - dotnet build -c Release
test_script:
  - dotnet test -c Release --no-build
artifacts:
  - path: '**\\*.nupkg'
deploy:
  - provider: NuGet
    api_key: <<S>>
    skip_symbols: false
    on:
      APPVEYOR_REPO_TAG: true
""", S=S)


@T("ps1-choco-push", "chocolatey", "api-key", "choco", False, "raw", "ps", "CHOCO_API_KEY")
def _t(c, S):
    return "tools/publish-choco.ps1", fill("""$ErrorActionPreference = 'Stop'
$pkgDir = Join-Path $PSScriptRoot '..\\choco'

Push-Location $pkgDir
try {
    choco pack <<proj>>.nuspec --version <<ver>>
    $nupkg = Get-ChildItem -Filter '<<proj>>.*.nupkg' | Select-Object -First 1
    choco push $nupkg.FullName --source https://push.chocolatey.org/ --api-key <<S>>
}
finally {
    Pop-Location
}
""", S=S, proj=c["proj"], ver=c["ver"])


@T("gha-choco-apikey", "chocolatey", "api-key", "choco", False, "raw", "gha", "CHOCOLATEY_API_KEY")
def _t(c, S):
    return ".github/workflows/chocolatey.yml", fill("""name: Chocolatey package

on:
  release:
    types: [published]

jobs:
  choco:
    runs-on: windows-latest
    defaults:
      run:
        shell: pwsh
    steps:
      - uses: actions/checkout@v4
      - name: Pack
        run: choco pack packaging/choco/<<proj>>.nuspec --outputdirectory out
      - name: Push
        run: |
          choco apikey --key <<S>> --source https://push.chocolatey.org/
          choco push (Get-Item out/*.nupkg).FullName --source https://push.chocolatey.org/
""", S=S, proj=c["proj"])


@T("au-update-ps1", "chocolatey", "api-key", "choco", True, "ps", "ps", "api_key")
def _t(c, S):
    return "automatic/update_all.ps1", fill("""param([string[]] $Name, [string] $ForcedPackages)

$Options = [ordered]@{
    Timeout       = 100
    Threads       = 10
    Push          = $true
    PluginPath    = ''
    Report        = @{ Type = 'markdown'; Path = "$PSScriptRoot\\Update-AUPackages.md" }
}

# AU reads the Chocolatey key from $Env:api_key when pushing
$Env:api_key = <<S>>

Update-AUPackages -Name $Name -Options $Options
""", S=S)


# ---------------------------------------------------------------------------
# Packagist / Hex / CocoaPods
# ---------------------------------------------------------------------------

@T("gha-packagist-curl", "packagist", "api-token", "packagist", False, "raw", "gha", "PACKAGIST_TOKEN")
def _t(c, S):
    return ".github/workflows/packagist.yml", fill("""name: Update Packagist

on:
  push:
    tags: ["*"]

jobs:
  notify:
    runs-on: ubuntu-latest
    steps:
      - name: Ping packagist.org
        run: |
          curl -sS -X POST \\
            -H 'Content-Type: application/json' \\
            "https://packagist.org/api/update-package?username=<<handle>>&apiToken=<<S>>" \\
            -d '{"repository":{"url":"https://github.com/<<org>>/<<proj>>"}}'
""", S=S, handle=c["handle"], org=c["org"], proj=c["proj"])


@T("php-packagist-client", "packagist", "api-token", "packagist", False, "php", "php", "PACKAGIST_API_TOKEN")
def _t(c, S):
    return "bin/packagist-refresh.php", fill("""<?php
declare(strict_types=1);

require __DIR__ . '/../vendor/autoload.php';

use GuzzleHttp\\Client;

$package = '<<org>>/<<proj>>';
$client = new Client(['base_uri' => 'https://packagist.org']);

$response = $client->post('/api/update-package', [
    'query' => [
        'username' => '<<handle>>',
        'apiToken' => <<S>>,
    ],
    'json' => ['repository' => ['url' => "https://packagist.org/packages/{$package}"]],
]);

fwrite(STDOUT, $response->getStatusCode() . ' ' . $response->getBody() . PHP_EOL);
""", S=S, org=c["org"], proj=c["proj"], handle=c["handle"])


@T("gha-hex-publish", "hex", "api-key", "hex", True, "raw", "gha", "HEX_API_KEY")
def _t(c, S):
    return ".github/workflows/hex-publish.yml", fill("""name: Publish to Hex

on:
  push:
    tags: ["v*"]

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: erlef/setup-beam@v1
        with:
          otp-version: "26.2"
          elixir-version: "1.16"
      - run: mix deps.get
      - run: mix test
      - run: mix hex.publish --yes
        env:
          HEX_API_KEY: <<S>>
""", S=S)


@T("sh-hex-config", "hex", "api-key", "hex", False, "raw", "sh", "HEX_KEY")
def _t(c, S):
    return "scripts/ci_publish.sh", fill("""#!/usr/bin/env bash
set -euo pipefail
# CI agents have no interactive hex.user auth, so configure the key directly.
mix local.hex --force
mix hex.config api_key <<S>>
mix hex.build
mix hex.publish package --yes
mix hex.publish docs --yes
""", S=S)


@T("gha-cocoapods", "cocoapods", "trunk-token", "cocoapods", True, "raw", "gha", "COCOAPODS_TRUNK_TOKEN")
def _t(c, S):
    return ".github/workflows/pod-trunk.yml", fill("""name: Deploy to CocoaPods

on:
  push:
    tags: ["*"]

jobs:
  deploy:
    runs-on: macos-latest
    steps:
      - uses: actions/checkout@v4
      - name: Lint podspec
        run: pod lib lint <<Proj>>.podspec --allow-warnings
      - name: Push to trunk
        run: pod trunk push <<Proj>>.podspec --allow-warnings
        env:
          COCOAPODS_TRUNK_TOKEN: <<S>>
""", S=S, Proj=c["Proj"])


@T("netrc-trunk", "cocoapods", "trunk-token", "cocoapods", False, "raw", "netrc", "COCOAPODS_TRUNK_TOKEN")
def _t(c, S):
    return "ci/netrc", fill("""machine trunk.cocoapods.org
  login <<email>>
  password <<S>>
""", S=S, email=c["email"])


@T("fastfile-trunk", "cocoapods", "trunk-token", "cocoapods", True, "rb", "rb", "COCOAPODS_TRUNK_TOKEN")
def _t(c, S):
    return "fastlane/Fastfile", fill("""default_platform(:ios)

platform :ios do
  desc "Run tests"
  lane :test do
    scan(scheme: "<<Proj>>", clean: true)
  end

  desc "Release a new version to CocoaPods trunk"
  lane :release do |options|
    version = options[:version] || UI.user_error!("pass version:")
    version_bump_podspec(path: "<<Proj>>.podspec", version_number: version)
    git_commit(path: "<<Proj>>.podspec", message: "Bump to #{version}")
    add_git_tag(tag: version)
    push_to_git_remote
    ENV["COCOAPODS_TRUNK_TOKEN"] = <<S>>
    pod_push(path: "<<Proj>>.podspec", allow_warnings: true)
  end
end
""", S=S, Proj=c["Proj"])


# ---------------------------------------------------------------------------
# JetBrains Marketplace / VS Code Marketplace / Open VSX
# ---------------------------------------------------------------------------

@T("gradle-props-jb", "jetbrains", "marketplace-token", "jetbrains", False, "raw", "props", "PUBLISH_TOKEN")
def _t(c, S):
    return "gradle.properties", fill("""pluginGroup = <<group>>.<<pkg>>
pluginName = <<Proj>>
pluginRepositoryUrl = https://github.com/<<org>>/<<proj>>-intellij
pluginVersion = <<ver>>
pluginSinceBuild = 233
platformType = IC
platformVersion = 2023.3.6
gradleVersion = 8.7
kotlin.stdlib.default.dependency = false
org.gradle.configuration-cache = true
intellijPublishToken = <<S>>
""", S=S, group=c["group"], pkg=c["pkg"], Proj=c["Proj"], org=c["org"], proj=c["proj"], ver=c["ver"])


@T("kts-publishplugin", "jetbrains", "marketplace-token", "jetbrains", False, "kts", "kts", "PUBLISH_TOKEN")
def _t(c, S):
    return "build.gradle.kts", fill("""plugins {
    id("java")
    id("org.jetbrains.kotlin.jvm") version "1.9.23"
    id("org.jetbrains.intellij") version "1.17.3"
}

group = "<<group>>"
version = "<<ver>>"

repositories { mavenCentral() }

intellij {
    version.set("2023.3.6")
    type.set("IC")
    plugins.set(listOf("com.intellij.java"))
}

tasks {
    patchPluginXml {
        sinceBuild.set("233")
        untilBuild.set("241.*")
    }
    signPlugin {
        certificateChain.set(System.getenv("CERTIFICATE_CHAIN"))
        privateKey.set(System.getenv("PRIVATE_KEY"))
        password.set(System.getenv("PRIVATE_KEY_PASSWORD"))
    }
    publishPlugin {
        token.set(<<S>>)
        channels.set(listOf("beta"))
    }
}
""", S=S, group=c["group"], ver=c["ver"])


@T("sh-jb-upload-header", "jetbrains", "marketplace-token", "jetbrains", False, "raw", "sh", "JB_MARKETPLACE_TOKEN")
def _t(c, S):
    return "scripts/upload-plugin.sh", fill("""#!/usr/bin/env bash
set -euo pipefail
ZIP="build/distributions/<<Proj>>-<<ver>>.zip"
test -f "$ZIP" || ./gradlew buildPlugin

curl -i --fail \\
  --header "Authorization: Bearer <<S>>" \\
  -F xmlId=<<group>>.<<pkg>> \\
  -F file=@"$ZIP" \\
  -F channel=eap \\
  https://plugins.jetbrains.com/api/updates/upload
""", S=S, Proj=c["Proj"], ver=c["ver"], group=c["group"], pkg=c["pkg"])


@T("gha-jb-publish", "jetbrains", "marketplace-token", "jetbrains", True, "raw", "gha", "PUBLISH_TOKEN")
def _t(c, S):
    return ".github/workflows/publish-plugin.yml", fill("""name: Publish to JetBrains Marketplace

on:
  release:
    types: [prereleased, released]

jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with:
          distribution: zulu
          java-version: 17
      - name: Publish Plugin
        run: ./gradlew publishPlugin
        env:
          PUBLISH_TOKEN: <<S>>
          CERTIFICATE_CHAIN: ${{ secrets.CERTIFICATE_CHAIN }}
          PRIVATE_KEY: ${{ secrets.PRIVATE_KEY }}
          PRIVATE_KEY_PASSWORD: ${{ secrets.PRIVATE_KEY_PASSWORD }}
""", S=S)


@T("pkgjson-vsce", "vscode-marketplace", "pat", "vsce", False, "raw", "json_sh", "VSCE_PAT")
def _t(c, S):
    return "package.json", fill("""{
  "name": "<<proj>>-vscode",
  "displayName": "<<Proj>>",
  "description": "Language support for <<Proj>> files",
  "version": "<<ver>>",
  "publisher": "<<org>>",
  "engines": { "vscode": "^1.85.0" },
  "categories": ["Programming Languages"],
  "main": "./out/extension.js",
  "contributes": {
    "languages": [{ "id": "<<pkg>>", "extensions": [".<<pkg>>"] }]
  },
  "scripts": {
    "compile": "tsc -p ./",
    "package": "vsce package",
    "deploy": "vsce publish -p <<S>>"
  },
  "devDependencies": {
    "@types/vscode": "^1.85.0",
    "@vscode/vsce": "^2.26.0",
    "typescript": "^5.4.5"
  }
}
""", S=S, proj=c["proj"], Proj=c["Proj"], ver=c["ver"], org=c["org"], pkg=c["pkg"])


@T("gha-vsce", "vscode-marketplace", "pat", "vsce", True, "raw", "gha", "VSCE_PAT")
def _t(c, S):
    return ".github/workflows/vscode-release.yml", fill("""name: Release extension

on:
  push:
    tags: ["v*"]

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: <<node>>
      - run: npm ci
      - run: npx @vscode/vsce publish
        env:
          VSCE_PAT: <<S>>
      - run: npx ovsx publish
        env:
          OVSX_PAT: ${{ secrets.OVSX_PAT }}
""", S=S, node=c["node"])


@T("gha-ovsx", "open-vsx", "access-token", "ovsx", True, "raw", "gha", "OVSX_PAT")
def _t(c, S):
    return ".github/workflows/openvsx.yml", fill("""name: Publish to Open VSX

on:
  workflow_dispatch:
  release:
    types: [published]

jobs:
  ovsx:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: <<node>>
      - run: npm ci && npx vsce package -o <<proj>>.vsix
      - run: npx ovsx publish <<proj>>.vsix
        env:
          OVSX_PAT: <<S>>
""", S=S, node=c["node"], proj=c["proj"])


@T("sh-ovsx-pat", "open-vsx", "access-token", "ovsx", False, "raw", "sh", "OVSX_PAT")
def _t(c, S):
    return "scripts/publish-extension.sh", fill("""#!/usr/bin/env bash
set -euo pipefail
VSIX="<<proj>>-<<ver>>.vsix"
npx @vscode/vsce package -o "$VSIX"
npx ovsx create-namespace <<org>> --pat <<S>> || true
npx ovsx publish "$VSIX" --pat <<S>>
""", S=S, proj=c["proj"], ver=c["ver"], org=c["org"])


# ---------------------------------------------------------------------------
# Chrome Web Store / Firefox AMO
# ---------------------------------------------------------------------------

@T("js-cws-refresh", "chrome-web-store", "oauth-refresh-token", "grefresh", False, "js", "js", "REFRESH_TOKEN")
def _t(c, S):
    return "scripts/publish-chrome.js", fill("""import fs from 'node:fs';
import chromeWebstoreUpload from 'chrome-webstore-upload';

const store = chromeWebstoreUpload({
  extensionId: '<<extid>>',
  clientId: '<<gid>>',
  clientSecret: process.env.CWS_CLIENT_SECRET,
  refreshToken: <<S>>,
});

const zip = fs.createReadStream('./dist/<<proj>>-chrome.zip');
const upload = await store.uploadExisting(zip);
console.log('upload', upload.uploadState);
if (upload.uploadState === 'SUCCESS') {
  const res = await store.publish('default');
  console.log('publish', res.status);
}
""", S=S, extid=c["extid"], gid=c["gid"], proj=c["proj"])


@T("gha-cws-secret", "chrome-web-store", "oauth-client-secret", "gocspx", True, "raw", "gha", "CLIENT_SECRET")
def _t(c, S):
    return ".github/workflows/chrome-webstore.yml", fill("""name: Chrome Web Store

on:
  push:
    tags: ["v*"]

jobs:
  submit:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build:chrome
      - name: Upload & publish
        run: npx chrome-webstore-upload-cli upload --source dist/chrome.zip --auto-publish
        env:
          EXTENSION_ID: <<extid>>
          CLIENT_ID: <<gid>>
          CLIENT_SECRET: <<S>>
          REFRESH_TOKEN: ${{ secrets.CWS_REFRESH_TOKEN }}
""", S=S, extid=c["extid"], gid=c["gid"])


@T("client-secret-json", "chrome-web-store", "oauth-client-secret", "gocspx", True, "raw", "json", "GOOGLE_CLIENT_SECRET")
def _t(c, S):
    proj = c["proj"] + "-cws-" + str(c["_R"].randint(100000, 999999))
    return "tools/cws/client_secret.json", json.dumps({"installed": {
        "client_id": c["gid"], "project_id": proj,
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_secret": S, "redirect_uris": ["http://localhost"]}}) + "\n"


@T("gha-web-ext-sign", "firefox-amo", "jwt-secret", "amo", False, "raw", "gha", "AMO_JWT_SECRET")
def _t(c, S):
    return ".github/workflows/firefox.yml", fill("""name: Sign Firefox add-on

on:
  workflow_dispatch:

jobs:
  sign:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: <<node>>
      - run: npm ci && npm run build:firefox
      - run: >
          npx web-ext sign
          --source-dir dist/firefox
          --channel unlisted
          --api-key <<amoiss>>
          --api-secret <<S>>
""", S=S, node=c["node"], amoiss=c["amoiss"])


@T("web-ext-config", "firefox-amo", "jwt-secret", "amo", False, "js", "js", "WEB_EXT_API_SECRET")
def _t(c, S):
    return "web-ext-config.mjs", fill("""export default {
  sourceDir: 'dist/firefox',
  artifactsDir: 'web-ext-artifacts',
  ignoreFiles: ['*.map', 'README.md'],
  build: {
    overwriteDest: true,
  },
  run: {
    startUrl: ['about:debugging#/runtime/this-firefox'],
  },
  sign: {
    channel: 'listed',
    apiKey: '<<amoiss>>',
    apiSecret: <<S>>,
  },
};
""", S=S, amoiss=c["amoiss"])


@T("sh-amo-env", "firefox-amo", "jwt-secret", "amo", True, "raw", "sh", "WEB_EXT_API_SECRET")
def _t(c, S):
    return "scripts/sign-firefox.sh", fill("""#!/usr/bin/env bash
set -euo pipefail
export WEB_EXT_API_KEY="<<amoiss>>"
export WEB_EXT_API_SECRET="<<S>>"

npm run build:firefox
npx web-ext lint --source-dir dist/firefox
npx web-ext sign --source-dir dist/firefox --channel unlisted
""", S=S, amoiss=c["amoiss"])


# ---------------------------------------------------------------------------
# Snapcraft / flat-manager
# ---------------------------------------------------------------------------

@T("gha-snapcraft", "snapcraft", "store-credentials", "snap", True, "raw", "gha", "SNAPCRAFT_STORE_CREDENTIALS")
def _t(c, S):
    return ".github/workflows/snap.yml", fill("""name: Snap

on:
  push:
    branches: [main]

jobs:
  snap:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: snapcore/action-build@v1
        id: build
      - uses: snapcore/action-publish@v1
        env:
          SNAPCRAFT_STORE_CREDENTIALS: <<S>>
        with:
          snap: ${{ steps.build.outputs.snap }}
          release: edge
""", S=S)


@T("make-snap", "snapcraft", "store-credentials", "snap", False, "raw", "make", "SNAPCRAFT_STORE_CREDENTIALS")
def _t(c, S):
    return "snap/Makefile", fill("""SNAP_NAME := <<proj>>
CHANNEL ?= edge
SNAP_LOGIN := <<S>>

.PHONY: build upload

build:
\tsnapcraft pack --output $(SNAP_NAME).snap

upload: build
\tSNAPCRAFT_STORE_CREDENTIALS=$(SNAP_LOGIN) snapcraft upload --release=$(CHANNEL) $(SNAP_NAME).snap
""", S=S, proj=c["proj"])


@T("gha-flat-manager", "flat-manager", "upload-token", "flatjwt", False, "raw", "gha", "FLAT_MANAGER_TOKEN")
def _t(c, S):
    return ".github/workflows/flatpak.yml", fill("""name: Flatpak

on:
  push:
    tags: ["v*"]

jobs:
  flatpak:
    runs-on: ubuntu-latest
    container:
      image: bilelmoussaoui/flatpak-github-actions:gnome-46
      options: --privileged
    steps:
      - uses: actions/checkout@v4
      - uses: flatpak/flatpak-github-actions/flatpak-builder@v6
        with:
          bundle: <<proj>>.flatpak
          manifest-path: build-aux/<<group>>.<<Proj>>.json
      - name: Push to repo
        run: |
          flat-manager-client --token <<S>> create https://flatpak.<<org>>.dev stable > build.txt
          flat-manager-client --token <<S>> push --commit --publish $(cat build.txt) repo
""", S=S, proj=c["proj"], group=c["group"], Proj=c["Proj"], org=c["org"])


@T("flat-manager-config", "flat-manager", "jwt-secret", "flatsecret", True, "raw", "json", "FLAT_MANAGER_SECRET")
def _t(c, S):
    return "deploy/flat-manager/config.json", fill("""{
  "repos": {
    "stable": {
      "path": "/srv/flatpak/repo",
      "collection-id": "<<group>>.Stable",
      "suggested-repo-name": "<<org>>",
      "runtime-repo": "https://dl.flathub.org/repo/flathub.flatpakrepo",
      "gpg-key": null,
      "base-url": null,
      "subsets": {}
    }
  },
  "host": "0.0.0.0",
  "port": 8080,
  "delay-update-secs": 10,
  "database-url": "postgres://%2Fvar%2Frun%2Fpostgresql/repo",
  "build-repo-base": "/srv/flatpak/build-repo",
  "build-gpg-key": null,
  "gpg-homedir": null,
  "secret": "<<S>>"
}
""", S=S, group=c["group"], org=c["org"])


# ---------------------------------------------------------------------------
# Homebrew taps / goreleaser / release-please (GitHub tokens)
# ---------------------------------------------------------------------------

@T("goreleaser-brew-token", "github", "pat", "ghp", False, "raw", "gorel", "HOMEBREW_TAP_GITHUB_TOKEN")
def _t(c, S):
    return ".goreleaser.yaml", fill("""version: 2

project_name: <<proj>>

builds:
  - env: [CGO_ENABLED=0]
    goos: [linux, darwin, windows]
    goarch: [amd64, arm64]
    ldflags:
      - -s -w -X main.version={{ .Version }}

archives:
  - format_overrides:
      - goos: windows
        format: zip

checksum:
  name_template: checksums.txt

brews:
  - name: <<proj>>
    homepage: https://github.com/<<org>>/<<proj>>
    description: "<<Proj>> command line client"
    repository:
      owner: <<org>>
      name: homebrew-tap
      token: "<<S>>"
    directory: Formula
""", S=S, proj=c["proj"], org=c["org"], Proj=c["Proj"])


@T("gha-goreleaser-tap", "github", "pat", "ghpat", True, "raw", "gha", "HOMEBREW_TAP_GITHUB_TOKEN")
def _t(c, S):
    return ".github/workflows/goreleaser.yml", fill("""name: goreleaser

on:
  push:
    tags: ["v*"]

permissions:
  contents: write

jobs:
  goreleaser:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-go@v5
        with:
          go-version: stable
      - uses: goreleaser/goreleaser-action@v6
        with:
          distribution: goreleaser
          version: "~> v2"
          args: release --clean
        env:
          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
          HOMEBREW_TAP_GITHUB_TOKEN: <<S>>
""", S=S)


@T("gha-release-please", "github", "pat", "ghp", False, "raw", "gha", "RELEASE_PLEASE_TOKEN")
def _t(c, S):
    return ".github/workflows/release-please.yml", fill("""on:
  push:
    branches:
      - main

permissions:
  contents: write
  pull-requests: write

name: release-please

jobs:
  release-please:
    runs-on: ubuntu-latest
    steps:
      - uses: googleapis/release-please-action@v4
        with:
          token: <<S>>
          release-type: node
          target-branch: main
""", S=S)


@T("sh-brew-bump", "github", "pat", "ghp", True, "raw", "sh", "HOMEBREW_GITHUB_API_TOKEN")
def _t(c, S):
    return "scripts/bump-formula.sh", fill("""#!/usr/bin/env bash
# Opens a PR against the tap with the new version of <<proj>>.
set -euo pipefail
VERSION="${1#v}"
export HOMEBREW_GITHUB_API_TOKEN=<<S>>
export HOMEBREW_NO_AUTO_UPDATE=1

brew tap <<org>>/tap
brew bump-formula-pr \\
  --no-browse \\
  --url "https://github.com/<<org>>/<<proj>>/archive/refs/tags/v${VERSION}.tar.gz" \\
  <<org>>/tap/<<proj>>
""", S=S, proj=c["proj"], org=c["org"])


@T("sh-git-push-url", "github", "pat", "ghpat", False, "raw", "sh", "TAP_TOKEN")
def _t(c, S):
    return "ci/update-tap.sh", fill("""#!/bin/sh
set -e
VERSION="$1"
SHA256="$(shasum -a 256 dist/<<proj>>-$VERSION.tar.gz | cut -d' ' -f1)"

rm -rf tap && git clone --depth 1 https://github.com/<<org>>/homebrew-tap.git tap
sed -i.bak -e "s|url \\".*\\"|url \\"https://github.com/<<org>>/<<proj>>/releases/download/v$VERSION/<<proj>>-$VERSION.tar.gz\\"|" \\
           -e "s|sha256 \\".*\\"|sha256 \\"$SHA256\\"|" tap/Formula/<<proj>>.rb
cd tap
git -c user.name="release-bot" -c user.email="release-bot@<<org>>.dev" commit -am "<<proj>> $VERSION"
git push https://x-access-token:<<S>>@github.com/<<org>>/homebrew-tap.git HEAD:main
""", S=S, proj=c["proj"], org=c["org"])


# ---------------------------------------------------------------------------
# negative slot values for re-used templates
# ---------------------------------------------------------------------------

SKELETON = PGP_HDR + "\n\n...\n-----END PGP PRIVATE KEY BLOCK-----"

PLACEHOLDERS = {
    "pypi": ["pypi-<your-api-token>", "pypi-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "pypi-AgEIcHlwaS5vcmc...",
             "<PYPI_API_TOKEN>", "your-pypi-token-here"],
    "testpypi": ["pypi-AgENdGVzdC5weXBpLm9yZw...", "<testpypi-api-token>", "pypi-XXXXXXXX"],
    "crates": ["cio<your-token>", "<CRATES_IO_TOKEN>", "cio" + "X" * 32],
    "rubygems": ["rubygems_<your-api-key>", "rubygems_" + "x" * 48, "<RUBYGEMS_API_KEY>"],
    "npm": ["npm_" + "X" * 36, "<NPM_TOKEN>", "npm_xxx"],
    "ghp": ["ghp_" + "X" * 36, "<github-token>", "YOUR_GITHUB_TOKEN"],
    "ghpat": ["github_pat_XXXXXXXXXXXXXXXX", "<fine-grained-pat>", "YOUR_GITHUB_PAT"],
    "nuget": ["oy2<your-api-key>", "YOUR_NUGET_API_KEY", "<nuget-api-key>"],
    "choco": ["00000000-0000-0000-0000-000000000000", "<your-chocolatey-api-key>", "YOUR-API-KEY-HERE"],
    "packagist": ["<api-token>", "YOUR_PACKAGIST_TOKEN", "xxxxxxxxxxxxxxxxxxxx"],
    "hex": ["<HEX_API_KEY>", "your-hex-api-key", "0" * 32],
    "cocoapods": ["<trunk-session-token>", "X" * 32],
    "jetbrains": ["perm:XXXXXXXXXXXXXXXX", "<permanentToken>", "perm:..."],
    "vsce": ["<azure-devops-pat>", "x" * 52],
    "ovsx": ["<open-vsx-access-token>", "00000000-0000-0000-0000-000000000000"],
    "gocspx": ["GOCSPX-<client-secret>", "<CLIENT_SECRET>", "GOCSPX-" + "X" * 28],
    "grefresh": ["<refresh-token>", "1//0XXXXXXXXXXXXXXXXXXXXXXXX"],
    "amo": ["<your-api-secret>", "your-jwt-secret", "0" * 64],
    "sonatype": ["<token-password>", "YOUR_SONATYPE_TOKEN_PASSWORD", "changeme"],
    "passphrase": ["<passphrase>", "changeme", "your-gpg-passphrase", "CHANGEME"],
    "snap": ["<output of snapcraft export-login>", "PASTE_EXPORTED_LOGIN_HERE"],
    "flatjwt": ["<repo-token>", "REPLACE_WITH_UPLOAD_TOKEN"],
    "flatsecret": ["CHANGE_ME_BASE64_SECRET", "<random-base64-secret>"],
    "pgp": ["<paste the ASCII-armored private key here>", SKELETON],
    "pgp_b64": ["<base64 of gpg --export-secret-keys --armor KEYID>", "REPLACE_ME"],
    "pgp_esc": [esc_nl(SKELETON), "<armored key with newlines as \\n>"],
}

DOCEX = {
    "pypi": ["pypi-foobartoken"],
    "rubygems": ["rubygems_123456"],
    "jetbrains": ["perm:qwertyasdfghzxcvb"],
    "cocoapods": ["0000000011111111"],
    "gocspx": ["xxxxxxxxxx"],
    "grefresh": ["xxxxxxxxxx"],
    "amo": ["Your JWT secret"],
}

MASKS = ["****", "********", "[REDACTED]", "<redacted>", "***REMOVED***", "xxxxxxxxxxxxxxxx"]

ENVREF_RAW = {
    "gha": ["${{ secrets.%s }}"],
    "sh": ["${%s}", "$%s", "${%s:?not set}"],
    "make": ["$(%s)", "$${%s}"],
    "docker": ["${%s}", "$%s"],
    "yaml": ["$%s", "${%s}"],
    "gorel": ["{{ .Env.%s }}"],
    "xml": ["${env.%s}"],
    "nuget": ["%%%s%%"],
    "ps": ["$env:%s"],
    "json_sh": ["$%s", "${%s}"],
    "npmrc": ["${%s}"],
    "yarn": ["${%s}"],
    "md": ["$%s"],
}

ENVREF_CODE = {
    "py": ['os.environ["%s"]', 'os.getenv("%s")', 'os.environ.get("%s", "")'],
    "js": ["process.env.%s", "process.env['%s']"],
    "rb": ['ENV["%s"]', 'ENV.fetch("%s")'],
    "php": ["getenv('%s')", "$_ENV['%s']"],
    "kts": ['System.getenv("%s")', 'providers.environmentVariable("%s").get()'],
    "cs": ['EnvironmentVariable("%s")'],
    "ps": ["$env:%s"],
    "scala": ['sys.env("%s")', 'sys.env.getOrElse("%s", "")'],
}

TEMPLATE_EXPR = {
    "gha": ["${{ inputs.token }}", "${{ env.%s }}"],
    "gorel": ["{{ .Env.%s }}"],
    "yaml": ["#{%s}#", "{{ %l }}"],
    "xml": ["@%s@"],
    "props": ["{{ %l }}"],
    "ini": ["{{ %l }}"],
    "toml": ["{{ %l }}"],
    "json": ["{{ %l }}"],
    "netrc": ["{{ %l }}"],
    "gem": ["<%%= ENV['%s'] %%>"],
    "sh": ["{{ %l }}"],
}

SECRETREFS = ["op://Release Engineering/%p/credential", "vault:secret/data/release/%p#token",
              "sm://projects/%o-release/secrets/%p-token/versions/latest",
              "arn:aws:secretsmanager:us-east-1:123456789012:secret:release/%p"]


def _public_values(gen, c, R):
    if gen in ("gocspx", "grefresh"):
        return [c["gid"]]
    if gen == "amo":
        return [c["amoiss"]]
    if gen == "pgp":
        return [gen_pgp_public(R, c)]
    if gen == "pgp_esc":
        return [esc_nl(gen_pgp_public(R, c))]
    if gen == "pgp_b64":
        return [b64(gen_pgp_public(R, c).encode())]
    return []


def _expand(pat, t, c):
    return (pat.replace("%l", t["env"].lower()).replace("%p", t["prov"]).replace("%o", c["org"])
            .replace("%s", t["env"]).replace("%%", "%"))


def neg_slot(R, t, c):
    """Pick a non-secret value for the template's slot. Returns (slot_text, kind)."""
    gen, mode, ctx = t["gen"], t["mode"], t["ctx"]
    code = mode != "raw"
    q = QUOTE.get(mode, "")
    pgp_family = gen.startswith("pgp")
    opts = [("placeholder", 3.0)]
    if ctx != "asc":
        opts += [("empty", 0.8), ("masked", 1.2), ("secret-manager-reference", 0.8)]
    if code or ctx in ENVREF_RAW:
        opts.append(("env-reference", 3.0))
    if not code and ctx in TEMPLATE_EXPR:
        opts.append(("template-expression", 1.0))
    if gen in DOCEX:
        opts.append(("documented-example", 2.0))
    pubs = _public_values(gen, c, R)
    if pubs:
        opts.append(("public-value", 2.0))
    total = sum(w for _, w in opts)
    x = R.random() * total
    for kind, w in opts:
        x -= w
        if x <= 0:
            break
    if kind == "placeholder":
        generic = [] if pgp_family else ["YOUR_API_KEY_HERE", "changeme", "<your-key>"]
        val = R.choice(PLACEHOLDERS[gen] + generic)
    elif kind == "empty":
        val = ""
    elif kind == "masked":
        val = R.choice(MASKS)
    elif kind == "secret-manager-reference":
        val = _expand(R.choice(SECRETREFS), t, c)
    elif kind == "env-reference":
        if code:
            return _expand(R.choice(ENVREF_CODE[mode]), t, c), kind
        val = _expand(R.choice(ENVREF_RAW[ctx]), t, c)
    elif kind == "template-expression":
        val = _expand(R.choice(TEMPLATE_EXPR[ctx]), t, c)
    elif kind == "documented-example":
        val = R.choice(DOCEX[gen])
    else:
        val = R.choice(pubs)
    if code:
        return q + val + q, kind
    return val, kind


def pos_slot(R, t, c):
    gen = t["gen"]
    if gen == "pgp":
        sec = gen_pgp_private(R, c)
        return sec, PGP_HDR
    if gen == "pgp_esc":
        return esc_nl(gen_pgp_private(R, c)), PGP_HDR
    if gen == "pgp_b64":
        s = b64(gen_pgp_private(R, c).encode())
        return s, s
    sec = GENS[gen](R)
    if t["mode"] != "raw":
        q = QUOTE[t["mode"]]
        return q + sec + q, sec
    return sec, sec


# ---------------------------------------------------------------------------
# look-alike negatives (no credential at all)
# ---------------------------------------------------------------------------

LOOKALIKES = []


def L(name, prov, kind):
    def deco(fn):
        LOOKALIKES.append(dict(name=name, prov=prov, kind=kind, fn=fn))
        return fn
    return deco


def _artifacts(c):
    p, v = c["proj"], c["ver"]
    return ["%s-%s-darwin-amd64.tar.gz" % (p, v), "%s-%s-darwin-arm64.tar.gz" % (p, v),
            "%s-%s-linux-amd64.tar.gz" % (p, v), "%s-%s-linux-arm64.tar.gz" % (p, v),
            "%s-%s-windows-amd64.zip" % (p, v)]


def _spki_rsa(R):
    return b64(bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100")
               + bytes([0xC0 | R.getrandbits(6)]) + rbytes(R, 255) + bytes.fromhex("0203010001"))


def _spki_ec(R):
    return b64(bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d030107034200") + b"\x04" + rbytes(R, 64))


def _pem(kind, der_b64):
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (
        kind, "\n".join(der_b64[i:i + 64] for i in range(0, len(der_b64), 64)), kind)


@L("sha256sums", "generic", "checksum")
def _n(R, c):
    return "dist/SHA256SUMS", "".join("%s  %s\n" % (rs(R, HEX, 64), a) for a in _artifacts(c))


@L("sha256sums-clearsigned", "gpg", "signature")
def _n(R, c):
    sums = "".join("%s  %s\n" % (rs(R, HEX, 64), a) for a in _artifacts(c))
    return "dist/SHA256SUMS.asc", "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\n" + sums + gen_pgp_signature(R) + "\n"


@L("keys-file", "gpg", "public-key")
def _n(R, c):
    fpr = c["fpr"]
    return "KEYS", fill("""This file contains the PGP keys of the release managers of <<Proj>>.

Users:    gpg --import KEYS
Managers: (gpg --list-sigs <your name> && gpg --armor --export <your name>) >> KEYS

pub   ed25519 <<day>> [SC]
      <<fpr>>
uid           [ultimate] <<author>> <<<email>>>
sub   cv25519 <<day>> [E]

<<K>>
""", Proj=c["Proj"], day=c["day"], fpr=fpr, author=c["author"], email=c["email"], K=gen_pgp_public(R, c))


@L("verify-doc", "gpg", "fingerprint")
def _n(R, c):
    f = c["fpr"]
    spaced = " ".join(f[i:i + 4] for i in range(0, 40, 4))
    return "docs/verifying-releases.md", fill("""# Verifying <<Proj>> releases

Every release archive is accompanied by a `SHA256SUMS` file and a detached
signature `SHA256SUMS.asc` made with the release key:

    Key fingerprint = <<spaced>>

Fetch the key and verify:

```sh
gpg --keyserver hkps://keys.openpgp.org --recv-keys <<f>>
gpg --verify SHA256SUMS.asc SHA256SUMS
sha256sum --ignore-missing -c SHA256SUMS
```

The long key id is `<<long>>`. If `gpg --verify` prints "Good signature" and
the fingerprint matches the one above, the archive is authentic.
""", Proj=c["Proj"], spaced=spaced, f=f, long=f[-16:])


@L("gradle-props-keyid-only", "maven-central", "key-id")
def _n(R, c):
    return "gradle.properties", fill("""org.gradle.jvmargs=-Xmx2g
GROUP=<<group>>
VERSION_NAME=<<ver>>-SNAPSHOT
POM_INCEPTION_YEAR=<<year>>
POM_LICENSE_NAME=The Apache Software License, Version 2.0
signing.gnupg.keyName=<<fpr>>
signing.gnupg.useLegacyGpg=false
# the passphrase comes from gpg-agent; nothing secret lives in this file
""", group=c["group"], ver=c["ver"], year=c["year"], fpr=c["fpr"])


@L("gha-pypi-trusted-publishing", "pypi", "oidc-config")
def _n(R, c):
    return ".github/workflows/pypi.yml", fill("""name: Upload Python Package

on:
  release:
    types: [published]

jobs:
  release-build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "<<py>>"
      - run: python -m pip install build && python -m build
      - uses: actions/upload-artifact@v4
        with:
          name: release-dists
          path: dist/

  pypi-publish:
    runs-on: ubuntu-latest
    needs: release-build
    environment:
      name: pypi
      url: https://pypi.org/project/<<proj>>/
    permissions:
      id-token: write
    steps:
      - uses: actions/download-artifact@v4
        with:
          name: release-dists
          path: dist/
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          attestations: true
""", py=c["py"], proj=c["proj"])


@L("gha-npm-provenance", "npm", "secret-reference")
def _n(R, c):
    return ".github/workflows/publish.yml", fill("""name: Publish

on:
  release:
    types: [published]

permissions:
  contents: read
  id-token: write

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: <<node>>
          registry-url: https://registry.npmjs.org
      - run: npm ci
      - run: npm publish --provenance --access public
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
""", node=c["node"])


@L("gha-crates-trusted", "crates.io", "oidc-config")
def _n(R, c):
    return ".github/workflows/publish.yml", """name: Publish to crates.io
on:
  push:
    tags: ['v*']
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - uses: rust-lang/crates-io-auth-action@v1
        id: auth
      - run: cargo publish
        env:
          CARGO_REGISTRY_TOKEN: ${{ steps.auth.outputs.token }}
"""


@L("gha-rubygems-trusted", "rubygems", "oidc-config")
def _n(R, c):
    return ".github/workflows/push_gem.yml", """name: Push Gem

on:
  push:
    tags:
      - v*

permissions:
  contents: read

jobs:
  push:
    if: github.repository == '""" + c["org"] + "/" + c["proj"] + """'
    runs-on: ubuntu-latest
    environment:
      name: rubygems.org
      url: https://rubygems.org/gems/""" + c["proj"] + """
    permissions:
      contents: write
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - uses: ruby/setup-ruby@v1
        with:
          bundler-cache: true
          ruby-version: ruby
      - uses: rubygems/release-gem@v1
"""


@L("package-lock", "npm", "integrity-hash")
def _n(R, c):
    deps = ["ansi-styles", "chalk", "debug", "ms", "semver", "yallist", "picocolors", "commander"]
    R.shuffle(deps)
    entries = []
    for d in deps[:5]:
        v = "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 9))
        entries.append('    "node_modules/%s": {\n      "version": "%s",\n      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",\n      "integrity": "sha512-%s",\n      "license": "MIT"\n    }' % (d, v, d, d, v, b64(rbytes(R, 64))))
    return "package-lock.json", fill("""{
  "name": "<<proj>>",
  "version": "<<ver>>",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "<<proj>>",
      "version": "<<ver>>",
      "license": "MIT"
    },
<<E>>
  }
}
""", proj=c["proj"], ver=c["ver"], E=",\n".join(entries))


@L("cargo-lock", "crates.io", "checksum")
def _n(R, c):
    out = ["# This file is automatically @generated by Cargo.", "# It is not intended for manual editing.", "version = 3", ""]
    for d in ["anyhow", "bitflags", "cfg-if", "libc", "memchr", "serde", "serde_derive", "syn"][:R.randint(4, 8)]:
        out += ["[[package]]", 'name = "%s"' % d, 'version = "%d.%d.%d"' % (R.randint(0, 2), R.randint(0, 200), R.randint(0, 30)),
                'source = "registry+https://github.com/rust-lang/crates.io-index"', 'checksum = "%s"' % rs(R, HEX, 64), ""]
    return "Cargo.lock", "\n".join(out)


@L("requirements-hashes", "pypi", "checksum")
def _n(R, c):
    out = ["#", "# This file is autogenerated by pip-compile with Python " + c["py"], "#    pip-compile --generate-hashes requirements.in", "#"]
    for d in ["build", "packaging", "pyproject-hooks", "twine", "readme-renderer", "requests-toolbelt"]:
        out.append("%s==%d.%d.%d \\" % (d, R.randint(0, 25), R.randint(0, 9), R.randint(0, 9)))
        out.append("    --hash=sha256:%s \\" % rs(R, HEX, 64))
        out.append("    --hash=sha256:%s" % rs(R, HEX, 64))
    return "requirements/release.txt", "\n".join(out) + "\n"


@L("go-sum", "github", "checksum")
def _n(R, c):
    mods = ["github.com/spf13/cobra v1.8.0", "github.com/spf13/pflag v1.0.5", "golang.org/x/sys v0.19.0",
            "gopkg.in/yaml.v3 v3.0.1", "github.com/mattn/go-isatty v0.0.20"]
    out = []
    for m in mods:
        out.append("%s h1:%s" % (m, b64(rbytes(R, 32))))
        out.append("%s/go.mod h1:%s" % (m, b64(rbytes(R, 32))))
    return "go.sum", "\n".join(out) + "\n"


@L("homebrew-formula", "homebrew", "checksum")
def _n(R, c):
    return "Formula/%s.rb" % c["proj"], fill("""class <<Proj>> < Formula
  desc "<<Proj>> command-line client"
  homepage "https://github.com/<<org>>/<<proj>>"
  version "<<ver>>"
  license "MIT"

  on_macos do
    on_arm do
      url "https://github.com/<<org>>/<<proj>>/releases/download/v<<ver>>/<<proj>>-<<ver>>-darwin-arm64.tar.gz"
      sha256 "<<h1>>"
    end
    on_intel do
      url "https://github.com/<<org>>/<<proj>>/releases/download/v<<ver>>/<<proj>>-<<ver>>-darwin-amd64.tar.gz"
      sha256 "<<h2>>"
    end
  end

  def install
    bin.install "<<proj>>"
  end

  test do
    assert_match version.to_s, shell_output("#{bin}/<<proj>> --version")
  end
end
""", Proj=c["Proj"], org=c["org"], proj=c["proj"], ver=c["ver"], h1=rs(R, HEX, 64), h2=rs(R, HEX, 64))


@L("choco-install", "chocolatey", "checksum")
def _n(R, c):
    return "choco/tools/chocolateyinstall.ps1", fill("""$ErrorActionPreference = 'Stop'
$toolsDir = "$(Split-Path -parent $MyInvocation.MyCommand.Definition)"

$packageArgs = @{
  packageName    = $env:ChocolateyPackageName
  unzipLocation  = $toolsDir
  url64bit       = 'https://github.com/<<org>>/<<proj>>/releases/download/v<<ver>>/<<proj>>-<<ver>>-windows-amd64.zip'
  checksum64     = '<<h>>'
  checksumType64 = 'sha256'
}

Install-ChocolateyZipPackage @packageArgs
""", org=c["org"], proj=c["proj"], ver=c["ver"], h=rs(R, "0123456789ABCDEF", 64))


@L("goreleaser-templated", "github", "template-expression")
def _n(R, c):
    return ".goreleaser.yml", fill("""version: 2
project_name: <<proj>>

before:
  hooks:
    - go mod tidy

builds:
  - env: [CGO_ENABLED=0]
    goos: [linux, darwin]

checksum:
  name_template: "checksums.txt"
  algorithm: sha256

signs:
  - artifacts: checksum
    args: ["--batch", "-u", "{{ .Env.GPG_FINGERPRINT }}", "--output", "${signature}", "--detach-sign", "${artifact}"]

brews:
  - repository:
      owner: <<org>>
      name: homebrew-tap
      token: "{{ .Env.HOMEBREW_TAP_GITHUB_TOKEN }}"

release:
  github:
    owner: <<org>>
    name: <<proj>>
""", proj=c["proj"], org=c["org"])


@L("travis-secure", "travis", "encrypted-blob")
def _n(R, c):
    return ".travis.yml", fill("""language: node_js
node_js:
  - "<<node>>"
script: npm test
deploy:
  provider: npm
  email: <<email>>
  api_key:
    secure: "<<b>>"
  on:
    tags: true
env:
  global:
    secure: "<<b2>>"
""", node=c["node"], email=c["email"], b=b64(rbytes(R, 256)), b2=b64(rbytes(R, 256)))


@L("snapcraft-yaml", "snapcraft", "checksum")
def _n(R, c):
    return "snap/snapcraft.yaml", fill("""name: <<proj>>
base: core22
version: '<<ver>>'
summary: <<Proj>> command line client
description: |
  <<Proj>> talks to the <<Proj>> API from your terminal.
grade: stable
confinement: strict

apps:
  <<proj>>:
    command: bin/<<proj>>
    plugs: [network, home]

parts:
  <<proj>>:
    plugin: dump
    source: https://github.com/<<org>>/<<proj>>/releases/download/v<<ver>>/<<proj>>-<<ver>>-linux-amd64.tar.gz
    source-checksum: sha256/<<h>>
    organize:
      <<proj>>: bin/<<proj>>
""", proj=c["proj"], ver=c["ver"], Proj=c["Proj"], org=c["org"], h=rs(R, HEX, 64))


@L("flatpak-manifest", "flat-manager", "checksum")
def _n(R, c):
    app = "%s.%s" % (c["group"], c["Proj"])
    return "build-aux/%s.json" % app, json.dumps({
        "app-id": app, "runtime": "org.gnome.Platform", "runtime-version": "46", "sdk": "org.gnome.Sdk",
        "command": c["proj"], "finish-args": ["--share=network", "--socket=wayland"],
        "modules": [{"name": c["proj"], "buildsystem": "meson", "sources": [
            {"type": "archive", "url": "https://github.com/%s/%s/archive/v%s.tar.gz" % (c["org"], c["proj"], c["ver"]),
             "sha256": rs(R, HEX, 64)},
            {"type": "git", "url": "https://github.com/%s/%s-data.git" % (c["org"], c["proj"]), "commit": rs(R, HEX, 40)}]}]},
        indent=4) + "\n"


@L("public-key-asc", "gpg", "public-key")
def _n(R, c):
    return R.choice(["keys/release-signing.pub.asc", "docs/pgp-key.asc", "signing-key.pub"]), gen_pgp_public(R, c) + "\n"


@L("release-please-config", "github", "config")
def _n(R, c):
    return "release-please-config.json", json.dumps({
        "$schema": "https://raw.githubusercontent.com/googleapis/release-please/main/schemas/config.json",
        "release-type": "node", "include-component-in-tag": False, "bump-minor-pre-major": True,
        "packages": {".": {"package-name": "@%s/%s" % (c["org"], c["proj"]), "changelog-path": "CHANGELOG.md"}},
        "last-release-sha": c["sha"]}, indent=2) + "\n"


@L("changelog-shas", "generic", "commit-sha")
def _n(R, c):
    lines = ["# Changelog", "", "## [%s](https://github.com/%s/%s/compare/v%s...v%s) (%s)" % (
        c["nextver"], c["org"], c["proj"], c["ver"], c["nextver"], c["day"]), "", "### Bug Fixes", ""]
    for msg in ["handle empty config files", "retry uploads on 503", "quote paths with spaces", "pin build backend"]:
        s = rs(R, HEX, 40)
        lines.append("* %s ([%s](https://github.com/%s/%s/commit/%s))" % (msg, s[:7], c["org"], c["proj"], s))
    return "CHANGELOG.md", "\n".join(lines) + "\n"


@L("nuget-lock", "nuget", "integrity-hash")
def _n(R, c):
    deps = {}
    for d, v in [("Microsoft.SourceLink.GitHub", "8.0.0"), ("System.Text.Json", "8.0.3"), ("Newtonsoft.Json", "13.0.3")]:
        deps[d] = {"type": "Direct", "requested": "[%s, )" % v, "resolved": v, "contentHash": b64(rbytes(R, 64))}
    return "src/%s/packages.lock.json" % c["Proj"], json.dumps({"version": 1, "dependencies": {"net8.0": deps}}, indent=2) + "\n"


@L("vsix-metadata", "vscode-marketplace", "uuid")
def _n(R, c):
    return "extensions/%s.%s-%s/package.json" % (c["org"], c["proj"], c["ver"]), json.dumps({
        "name": c["proj"], "publisher": c["org"], "version": c["ver"], "engines": {"vscode": "^1.85.0"},
        "__metadata": {"id": ruuid(R), "publisherId": ruuid(R), "publisherDisplayName": c["org"],
                       "targetPlatform": "undefined", "isApplicationScoped": False, "updated": False,
                       "isPreReleaseVersion": False, "installedTimestamp": R.randint(1700000000000, 1740000000000),
                       "preRelease": False}}, indent=2) + "\n"


@L("chrome-manifest-key", "chrome-web-store", "public-key")
def _n(R, c):
    return "extension/manifest.json", json.dumps({
        "manifest_version": 3, "name": c["Proj"], "version": c["ver"],
        "description": "%s for your browser" % c["Proj"],
        "key": _spki_rsa(R),
        "permissions": ["storage", "activeTab"],
        "background": {"service_worker": "background.js"},
        "oauth2": {"client_id": c["gid"], "scopes": ["https://www.googleapis.com/auth/userinfo.email"]}}, indent=2) + "\n"


@L("firefox-manifest", "firefox-amo", "uuid")
def _n(R, c):
    return "extension/firefox/manifest.json", json.dumps({
        "manifest_version": 2, "name": c["Proj"], "version": c["ver"],
        "browser_specific_settings": {"gecko": {"id": "{%s}" % ruuid(R), "strict_min_version": "115.0",
                                                "update_url": "https://%s.dev/firefox/updates.json" % c["org"].split("-")[0]}},
        "background": {"scripts": ["background.js"]}}, indent=2) + "\n"


@L("jb-cert-chain", "jetbrains", "certificate")
def _n(R, c):
    der = bytes([0x30, 0x82, 0x05, 0x1A, 0x30, 0x82, 0x03, 0x02, 0xA0, 0x03, 0x02, 0x01, 0x02]) + rbytes(R, 1100)
    return "signing/chain.crt", _pem("CERTIFICATE", b64(der)) + "\n"


@L("cosign-pub", "sigstore", "public-key")
def _n(R, c):
    return "cosign.pub", _pem("PUBLIC KEY", _spki_ec(R)) + "\n"


@L("sigstore-bundle", "pypi", "signature")
def _n(R, c):
    return "dist/%s-%s.tar.gz.sigstore.json" % (c["pkg"], c["ver"]), json.dumps({
        "mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json",
        "verificationMaterial": {
            "certificate": {"rawBytes": b64(bytes([0x30, 0x82, 0x02, 0xC8]) + rbytes(R, 500))},
            "tlogEntries": [{"logIndex": str(R.randint(10 ** 8, 2 * 10 ** 8)),
                             "logId": {"keyId": b64(rbytes(R, 32))},
                             "kindVersion": {"kind": "dsse", "version": "0.0.1"},
                             "integratedTime": str(R.randint(1700000000, 1740000000)),
                             "inclusionPromise": {"signedEntryTimestamp": b64(rbytes(R, 71))}}]},
        "messageSignature": {"messageDigest": {"algorithm": "SHA2_256", "digest": b64(rbytes(R, 32))},
                             "signature": b64(rbytes(R, 71))}}, indent=2) + "\n"


@L("gha-all-secret-refs", "generic", "secret-reference")
def _n(R, c):
    return ".github/workflows/release-all.yml", """name: Release everywhere

on:
  workflow_dispatch:
    inputs:
      version:
        required: true

jobs:
  publish:
    runs-on: ubuntu-latest
    environment: release
    steps:
      - uses: actions/checkout@v4
      - run: make dist VERSION=${{ inputs.version }}
      - run: twine upload dist/*.whl dist/*.tar.gz
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: ${{ secrets.PYPI_API_TOKEN }}
      - run: npm publish ./packages/js
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
      - run: cargo publish -p """ + c["crate"] + """
        env:
          CARGO_REGISTRY_TOKEN: ${{ secrets.CARGO_REGISTRY_TOKEN }}
      - run: dotnet nuget push out/*.nupkg -k "${{ secrets.NUGET_API_KEY }}" -s https://api.nuget.org/v3/index.json
"""


@L("ci-log-masked", "pypi", "masked-log")
def _n(R, c):
    t0 = "%sT%02d:%02d:%02d" % (c["day"], R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    return "ci-logs/publish-%s.log" % c["ver"], fill("""<<t>>.1234567Z ##[group]Run twine upload --non-interactive dist/*
<<t>>.1240011Z twine upload --non-interactive dist/*
<<t>>.1240512Z shell: /usr/bin/bash -e {0}
<<t>>.1240733Z env:
<<t>>.1240901Z   TWINE_USERNAME: __token__
<<t>>.1241087Z   TWINE_PASSWORD: ***
<<t>>.1241299Z ##[endgroup]
<<t>>.9921354Z Uploading distributions to https://upload.pypi.org/legacy/
<<t>>.9925518Z Uploading <<pkg>>-<<ver>>-py3-none-any.whl
<<t>>.4410282Z 100% ---------------------------------------- 48.2/48.2 kB
<<t>>.6653307Z Uploading <<pkg>>-<<ver>>.tar.gz
<<t>>.8120476Z View at:
<<t>>.8120911Z https://pypi.org/project/<<proj>>/<<ver>>/
<<t>>.8134009Z sha256 <<h>>  dist/<<pkg>>-<<ver>>-py3-none-any.whl
""", t=t0, pkg=c["pkg"], ver=c["ver"], proj=c["proj"], h=rs(R, HEX, 64))


@L("artifacts-csv", "generic", "checksum")
def _n(R, c):
    rows = ["artifact,version,size_bytes,sha256,uploaded_at"]
    for a in _artifacts(c):
        rows.append("%s,%s,%d,%s,%sT%02d:%02d:00Z" % (a, c["ver"], R.randint(2 * 10 ** 6, 9 * 10 ** 7), rs(R, HEX, 64), c["day"], R.randint(0, 23), R.randint(0, 59)))
    return "release/artifacts.csv", "\n".join(rows) + "\n"


@L("releases-sql", "generic", "checksum")
def _n(R, c):
    out = ["-- seed data for the download mirror", "CREATE TABLE IF NOT EXISTS release_files (",
           "    id          BIGSERIAL PRIMARY KEY,", "    project     TEXT NOT NULL,", "    version     TEXT NOT NULL,",
           "    filename    TEXT NOT NULL,", "    sha256      CHAR(64) NOT NULL,", "    blake2b_256 CHAR(64),",
           "    uploaded_at TIMESTAMPTZ NOT NULL DEFAULT now()", ");", ""]
    for a in _artifacts(c)[:3]:
        out.append("INSERT INTO release_files (project, version, filename, sha256, blake2b_256) VALUES ('%s', '%s', '%s', '%s', '%s');"
                   % (c["proj"], c["ver"], a, rs(R, HEX, 64), rs(R, HEX, 64)))
    return "db/seed/release_files.sql", "\n".join(out) + "\n"


@L("dockerfile-digests", "docker", "digest")
def _n(R, c):
    return "Dockerfile", fill("""# syntax=docker/dockerfile:1.7
FROM golang:1.22-bookworm@sha256:<<h1>> AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o /out/<<proj>> ./cmd/<<proj>>

FROM gcr.io/distroless/static-debian12@sha256:<<h2>>
COPY --from=build /out/<<proj>> /usr/local/bin/<<proj>>
USER nonroot:nonroot
ENTRYPOINT ["/usr/local/bin/<<proj>>"]
""", h1=rs(R, HEX, 64), h2=rs(R, HEX, 64), proj=c["proj"])


@L("terraform-gh-secrets", "github", "secret-reference")
def _n(R, c):
    return "infra/github/secrets.tf", fill("""variable "npm_token" {
  type      = string
  sensitive = true
}

variable "pypi_api_token" {
  type      = string
  sensitive = true
}

resource "github_actions_secret" "npm_token" {
  repository      = "<<proj>>"
  secret_name     = "NPM_TOKEN"
  plaintext_value = var.npm_token
}

resource "github_actions_secret" "pypi" {
  repository      = "<<proj>>"
  secret_name     = "PYPI_API_TOKEN"
  plaintext_value = var.pypi_api_token
}

resource "github_repository_environment" "release" {
  repository  = "<<proj>>"
  environment = "release"
}
""", proj=c["proj"])


@L("dependabot-registries", "github", "secret-reference")
def _n(R, c):
    return ".github/dependabot.yml", fill("""version: 2
registries:
  npm-npmjs:
    type: npm-registry
    url: https://registry.npmjs.org
    token: ${{secrets.NPM_READONLY_TOKEN}}
  maven-central-mirror:
    type: maven-repository
    url: https://maven.<<org>>.dev/releases
    username: dependabot
    password: ${{secrets.MAVEN_MIRROR_PASSWORD}}
updates:
  - package-ecosystem: npm
    directory: "/"
    registries: [npm-npmjs]
    schedule:
      interval: weekly
  - package-ecosystem: github-actions
    directory: "/"
    schedule:
      interval: monthly
""", org=c["org"])


@L("slsa-provenance", "github", "digest")
def _n(R, c):
    return "dist/%s-%s.intoto.jsonl" % (c["proj"], c["ver"]), json.dumps({
        "_type": "https://in-toto.io/Statement/v1",
        "subject": [{"name": a, "digest": {"sha256": rs(R, HEX, 64)}} for a in _artifacts(c)[:3]],
        "predicateType": "https://slsa.dev/provenance/v1",
        "predicate": {"buildDefinition": {"buildType": "https://actions.github.io/buildtypes/workflow/v1",
                                          "resolvedDependencies": [{"uri": "git+https://github.com/%s/%s@refs/tags/v%s" % (c["org"], c["proj"], c["ver"]),
                                                                    "digest": {"gitCommit": c["sha"]}}]},
                      "runDetails": {"builder": {"id": "https://github.com/actions/runner"},
                                     "metadata": {"invocationId": "https://github.com/%s/%s/actions/runs/%d/attempts/1" % (c["org"], c["proj"], R.randint(10 ** 9, 10 ** 10))}}}}) + "\n"


@L("pkgbuild", "aur", "checksum")
def _n(R, c):
    return "packaging/aur/PKGBUILD", fill("""# Maintainer: <<author>> <<<email>>>
pkgname=<<proj>>
pkgver=<<ver>>
pkgrel=1
pkgdesc="<<Proj>> command line client"
arch=('x86_64' 'aarch64')
url="https://github.com/<<org>>/<<proj>>"
license=('MIT')
depends=('glibc')
makedepends=('go')
source=("$pkgname-$pkgver.tar.gz::$url/archive/v$pkgver.tar.gz"
        "$pkgname-$pkgver.tar.gz.asc::$url/releases/download/v$pkgver/$pkgname-$pkgver.tar.gz.asc")
sha256sums=('<<h>>'
            'SKIP')
validpgpkeys=('<<fpr>>')

build() {
  cd "$pkgname-$pkgver"
  go build -trimpath -o "$pkgname" ./cmd/$pkgname
}

package() {
  install -Dm755 "$pkgname-$pkgver/$pkgname" "$pkgdir/usr/bin/$pkgname"
}
""", author=c["author"], email=c["email"], proj=c["proj"], ver=c["ver"], Proj=c["Proj"], org=c["org"],
                h=rs(R, HEX, 64), fpr=c["fpr"])


@L("releasing-placeholders", "generic", "placeholder")
def _n(R, c):
    return "docs/RELEASING.md", fill("""# Release checklist

Secrets are stored in the `release` GitHub environment; never paste them here.

| Registry  | Secret name            | Format                  |
|-----------|------------------------|-------------------------|
| PyPI      | `PYPI_API_TOKEN`       | `pypi-…` (project scoped) |
| npm       | `NPM_TOKEN`            | `npm_…` automation token |
| crates.io | `CARGO_REGISTRY_TOKEN` | `cio…` scoped to publish-update |
| NuGet     | `NUGET_API_KEY`        | `oy2…`, glob `<<Proj>>.*` |

Local fallback:

```sh
export TWINE_USERNAME=__token__
export TWINE_PASSWORD='<paste token from the password manager>'
twine upload dist/*
```

Rotate all tokens after a maintainer leaves (see `docs/offboarding.md`).
""", Proj=c["Proj"])


@L("pypirc-keyring", "pypi", "placeholder")
def _n(R, c):
    return ".pypirc", """[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
# password: stored in the system keyring, see `keyring set https://upload.pypi.org/legacy/ __token__`

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
"""


@L("allowed-signers", "github", "public-key")
def _n(R, c):
    lines = []
    for name, h in R.sample(PEOPLE, 3):
        key = b64(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(R, 32))
        lines.append("%s@%s.dev namespaces=\"git\" ssh-ed25519 %s %s" % (h, c["org"].split("-")[0], key, name))
    return ".github/allowed_signers", "\n".join(lines) + "\n"


@L("mix-lock", "hex", "checksum")
def _n(R, c):
    out = ["%{"]
    for d, v in [("jason", "1.4.1"), ("telemetry", "1.2.1"), ("plug", "1.15.3"), ("mime", "2.0.5")]:
        out.append('  "%s": {:hex, :%s, "%s", "%s", [:mix], [], "hexpm", "%s"},' % (d, d, v, rs(R, HEX, 64), rs(R, HEX, 64)))
    out.append("}")
    return "mix.lock", "\n".join(out) + "\n"


@L("podfile-lock", "cocoapods", "checksum")
def _n(R, c):
    return "Example/Podfile.lock", fill("""PODS:
  - <<Proj>> (<<ver>>)
  - Quick (7.4.1)
  - Nimble (13.2.1)

DEPENDENCIES:
  - <<Proj>> (from `../`)
  - Nimble
  - Quick

SPEC CHECKSUMS:
  <<Proj>>: <<a>>
  Nimble: <<b>>
  Quick: <<d>>

PODFILE CHECKSUM: <<e>>

COCOAPODS: 1.15.2
""", Proj=c["Proj"], ver=c["ver"], a=rs(R, HEX, 40), b=rs(R, HEX, 40), d=rs(R, HEX, 40), e=rs(R, HEX, 40))


@L("composer-lock", "packagist", "commit-sha")
def _n(R, c):
    pk = []
    for n in ["psr/log", "symfony/console", "guzzlehttp/guzzle"]:
        ref = rs(R, HEX, 40)
        pk.append({"name": n, "version": "%d.%d.%d" % (R.randint(1, 7), R.randint(0, 9), R.randint(0, 9)),
                   "source": {"type": "git", "url": "https://github.com/%s.git" % n, "reference": ref},
                   "dist": {"type": "zip", "url": "https://api.github.com/repos/%s/zipball/%s" % (n, ref),
                            "reference": ref, "shasum": ""}})
    return "composer.lock", json.dumps({"_readme": ["This file locks the dependencies of your project to a known state"],
                                        "content-hash": rs(R, HEX, 32), "packages": pk, "packages-dev": [],
                                        "minimum-stability": "stable"}, indent=4) + "\n"


@L("gemfile-lock-checksums", "rubygems", "checksum")
def _n(R, c):
    gems = [("rake", "13.2.1"), ("rspec", "3.13.0"), ("diff-lcs", "1.5.1"), ("json", "2.7.2")]
    body = "\n".join("    %s (%s)" % g for g in gems)
    sums = "\n".join("  %s (%s) sha256=%s" % (g[0], g[1], rs(R, HEX, 64)) for g in gems)
    return "Gemfile.lock", "GEM\n  remote: https://rubygems.org/\n  specs:\n" + body + "\n\nPLATFORMS\n  ruby\n  x86_64-linux\n\nDEPENDENCIES\n  rake (~> 13.0)\n  rspec (~> 3.0)\n\nCHECKSUMS\n" + sums + "\n\nBUNDLED WITH\n   2.5.9\n"


@L("npmrc-envref", "npm", "env-reference")
def _n(R, c):
    return ".npmrc", "@%s:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nprovenance=true\n" % c["org"]


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------

BLOCKED_ENV_SUFFIX_OK = ("example", "sample", "template", "dist", "defaults")


def blocked_env_name(base):
    if base == ".env":
        return True
    if base.startswith(".env."):
        return base.split(".")[-1] not in BLOCKED_ENV_SUFFIX_OK
    return False


def filetype(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base in ("Makefile", "Dockerfile", "Rakefile", "Fastfile", "PKGBUILD", "KEYS", "justfile"):
        return base.lower()
    stem = base.lstrip(".")
    if "." in stem:
        return stem.rsplit(".", 1)[-1].lower()
    return stem.lower()


def balanced(R, n_items, n_total):
    idx = list(range(n_items)) * (n_total // n_items)
    idx += R.sample(range(n_items), n_total - len(idx))
    R.shuffle(idx)
    return idx


def line_of(text, needle):
    pos = text.find(needle)
    assert pos >= 0, "needle not found"
    return text.count("\n", 0, pos) + 1


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    return path


def main(argv):
    if len(argv) != 3:
        print("usage: gen_hd.py OUTDIR SEED", file=sys.stderr)
        return 2
    outdir, seed = argv[1], int(argv[2])
    R = random.Random(seed)
    import shutil
    for sub in ("pos", "neg"):
        p = os.path.join(outdir, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
    os.makedirs(outdir, exist_ok=True)

    n_pos = n_neg = 500
    assert len(TEMPLATES) >= 60 and len(LOOKALIKES) >= 30
    manifest, secrets = [], []
    needles = []

    # positives
    env_files = 0
    for i, ti in enumerate(balanced(R, len(TEMPLATES), n_pos)):
        t = TEMPLATES[ti]
        c = mkctx(R)
        c["_R"] = R
        slot, needle = pos_slot(R, t, c)
        rel, text = t["fn"](c, slot)
        if blocked_env_name(rel.rsplit("/", 1)[-1]):
            env_files += 1
        frel = "pos/p%04d/%s" % (i, rel)
        path = write(outdir, frel, text)
        line = line_of(text, needle)
        with open(path, encoding="utf-8") as fh:
            written = fh.read().split("\n")
        assert needle in written[line - 1], (frel, line)
        assert needle and len(needle) >= 8, frel
        manifest.append({"file": frel, "label": "pos", "provider": t["prov"], "kind": t["kind"],
                         "filetype": filetype(rel)})
        secrets.append({"file": frel, "needle": needle, "line": line})
        if needle != PGP_HDR:
            needles.append(needle)
    assert env_files <= n_pos // 20, env_files

    # negatives: half re-used templates, half look-alikes
    plan = [("t", ti) for ti in balanced(R, len(TEMPLATES), n_neg // 2)]
    plan += [("l", li) for li in balanced(R, len(LOOKALIKES), n_neg - n_neg // 2)]
    R.shuffle(plan)
    neg_texts = []
    for i, (src, k) in enumerate(plan):
        c = mkctx(R)
        c["_R"] = R
        if src == "t":
            t = TEMPLATES[k]
            slot, kind = neg_slot(R, t, c)
            rel, text = t["fn"](c, slot)
            prov = t["prov"]
        else:
            lk = LOOKALIKES[k]
            rel, text = lk["fn"](R, c)
            kind, prov = lk["kind"], lk["prov"]
        d, _, base = rel.rpartition("/")
        if blocked_env_name(base):
            rel = (d + "/" if d else "") + ".env.example"
        frel = "neg/n%04d/%s" % (i, rel)
        write(outdir, frel, text)
        neg_texts.append((frel, text))
        manifest.append({"file": frel, "label": "neg", "provider": prov, "kind": kind,
                         "filetype": filetype(rel)})

    for frel, text in neg_texts:
        assert not blocked_env_name(frel.rsplit("/", 1)[-1]), frel
        for nd in needles:
            assert nd not in text, (frel, "contains a positive needle")

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    print("wrote %d positives, %d negatives to %s (%d positive templates, %d look-alike templates)"
          % (n_pos, n_neg, outdir, len(TEMPLATES), len(LOOKALIKES)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
