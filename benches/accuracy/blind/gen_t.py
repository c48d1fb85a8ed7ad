#!/usr/bin/env python3
"""Blind evaluation-set generator "t" for a git pre-commit secret scanner.

EMPHASIS
    Package registries, developer toolchains and git itself: the credentials
    that npm / Yarn / pnpm / bun, pip / twine / Poetry / uv / pdm / Hatch,
    Cargo, Maven / Gradle, NuGet, Composer, Bundler / RubyGems, Go, Docker,
    Helm, Terraform, JFrog, Nexus, Azure Artifacts, CodeArtifact, Conan,
    CocoaPods, Hex, Dart pub, SwiftPM, git (credential store, insteadOf,
    extraheader, submodules, remotes), gh / glab, Renovate and Dependabot
    write into files that end up committed -- plus CI files, Dockerfiles,
    Makefiles and shell scripts that write those files.

USAGE
    python3 gen_t.py OUTDIR SEED

    Writes OUTDIR/pos/pNNNN/<relative path> (500 files, one credential each)
    and OUTDIR/neg/nNNNN/<relative path> (500 files, innocent look-alikes),
    OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
    OUTDIR/secrets.jsonl   {"file","needle","line"}  (positives only)
    Deterministic per SEED: the only randomness is random.Random(SEED)
    (uuid.UUID(int=...) is fed from it; no time/uuid4/os.urandom).
    Standard library only, Python 3.11.

NEEDLE CONVENTIONS
    * needle = the secret substring exactly as it is written in the file.
    * Tokens: the whole token including its documented prefix
      (npm_..., ghp_..., github_pat_..., glpat-..., pypi-..., cio..., ...).
    * Credentials embedded in URLs (https://user:SECRET@host/...): only the
      secret part (password / token), not the user name nor the URL.
    * Base64 blobs that wrap a credential (.npmrc `_auth`, `_password`,
      Docker `auth`, git `extraheader` Basic value, Yarn `npmAuthIdent`
      when encoded): the whole base64 string as written.
    * user:password pairs that are the credential as a unit
      (BUNDLE_GEMS__CONTRIBSYS__COM "xxxxxxxx:yyyyyyyy", plain Yarn
      npmAuthIdent "user:pass"): the whole value.
    * Human-chosen passwords (Nexus/Maven/Helm/keystore/GPG passphrases):
      the password only.
    * PGP private key in gradle.properties: the full one-line armored value
      from "-----BEGIN" to "BLOCK-----" (with literal \\n escapes).
    * line = 1-based line number of the (unique) occurrence of the needle.

SOURCES
    Own knowledge of public formats, plus providers' own docs (JFrog:
    reference token = "cmVmd" + 59 alnum; crates.io / Rust blog on API
    tokens).  No secret-scanner rule files were used.

DOUBTS (formats I am not sure about; the rest I consider well-known)
    * github_pat_: 11 + 20 [A-Z0-9] + "_" + 59 [A-Za-z0-9]; GitHub has not
      documented the checksum of fine-grained PATs, so the tail is random.
    * glcbt- (GitLab CI job token prefix, GitLab >= 16.x): I emit
      "glcbt-" + 2 hex partition + "_" + 20 chars; the exact body layout
      is a guess.  glpat-/gldt- use the classic 20-char body (newer GitLab
      "routable" tokens are longer and are not generated).
    * Bitbucket app passwords "ATBB": emitted as ATBB + 24 alnum + 8 upper
      hex (36 chars total); the checksum (if any) is not computed.
    * Azure DevOps PAT: legacy 52 chars [a-z2-7] (confident); the 2024
      84-char format is emitted as 52 alnum + "JQQJ99" + [A-L] + 17 alnum +
      "AZDO" + 4 alnum -- position of the AZDO signature matches what I
      remember, the other fixed characters are a guess.
    * AWS CodeArtifact token: modelled as a JWE-like string whose header is
      base64url JSON {"ver":1,"isu":...,"enc":"A128GCM","tag":...,"iv":...,
      "alg":"A128GCMKW"}, followed by key / iv / ciphertext / tag parts.
      Real length (~1000 chars) approximated.
    * PyPI macaroons: real binary macaroon v2 layout (location pypi.org or
      test.pypi.org, UUID identifier, JSON caveats v1 style, 32-byte
      signature), base64url without padding.  Newer PyPI caveat encodings
      (list-based) are not used.
    * crates.io "cio" + 32 alnum; NuGet "oy2" + 43 [a-z0-9]; RubyGems
      "rubygems_" + 48 hex; Hex.pm API key 32 hex (unsure); CocoaPods trunk
      session token 32 hex (unsure); Develocity access key 52 [a-z0-9]
      (unsure); Sonatype Central user token (8 alnum user / 44 alnum pass,
      unsure); Pulumi "pul-" + 40 hex; Sonar "squ_"/"sqp_" + 40 hex; Sentry
      org token "sntrys_" + base64(JSON) + "_" + 43 chars (layout from
      memory); Docker Hub "dckr_pat_" + 27 chars; Terraform Cloud
      14 + ".atlasv1." + 67; JFrog reference token "cmVmd" + 59 alnum
      (built as base64("reftkn:01:<exp>:<random>")), JFrog API key
      "AKCp" + 69 alnum; Google OAuth access token "ya29." + ~160 chars.
    * GitHub ghr_ refresh tokens: "ghr_" + 76 alnum, no checksum computed
      (length taken from GitHub's docs example; checksum scheme unknown).
      ghp_/gho_/ghs_/npm_ carry the CRC32/base62 checksum (alphabet
      0-9A-Za-z, left-padded with '0' to 6 chars).
    * Sidekiq/contribsys credentials modelled as 8 hex ":" 8 hex.
    * Dart pub-credentials.json is emitted with refreshToken null so that
      the file holds exactly one credential (the access token); real files
      usually also have a refresh token.
    * .git-credentials and .netrc carry comment/login-only lines as padding
      (git ignores unparsable lines; netrc allows entries without password).
"""
import base64
import json
import os
import random
import string
import sys
import uuid
import zlib

ALNUM = string.ascii_letters + string.digits
UPPERNUM = string.ascii_uppercase + string.digits
LOWERNUM = string.ascii_lowercase + string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B32L = "abcdefghijklmnopqrstuvwxyz234567"
URLSAFE = ALNUM + "-_"

BAD = ["abcd", "bcde", "cdef", "1234", "2345", "3456", "4567", "5678", "6789",
       "0123", "xxxx", "0000", "1111", "aaaa", "ffff", "test", "pass", "demo",
       "fake", "sample", "dummy", "secret", "token", "qwer", "asdf", "xyz"]


def bad(s):
    low = s.lower()
    return any(b in low for b in BAD)


def b62(n):
    out = ""
    while n:
        n, rem = divmod(n, 62)
        out = B62[rem] + out
    return out or "0"


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


class G:
    """All randomness goes through here (random.Random(seed))."""

    def __init__(self, seed):
        self.r = random.Random(seed)

    def s(self, n, alpha=ALNUM):
        while True:
            v = "".join(self.r.choice(alpha) for _ in range(n))
            if not bad(v):
                return v

    def pick(self, seq):
        return self.r.choice(seq)

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def chance(self, p):
        return self.r.random() < p

    def randint(self, a, b):
        return self.r.randint(a, b)

    def uuid4(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def hexs(self, n):
        return self.s(n, HEXL)

    def raw(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    # ---------------- vocabulary ----------------
    def org(self):
        return self.pick(ORGS)

    def user(self):
        return self.pick(USERS)

    def proj(self):
        return self.pick(PROJECTS)

    def ver(self):
        return "%d.%d.%d" % (self.randint(0, 7), self.randint(0, 24), self.randint(0, 15))

    def email(self, u=None):
        u = u or self.pick(FIRST).lower() + "." + self.pick(LAST).lower()
        u = u.replace(" ", ".").lower()
        return "%s@%s" % (u, self.pick(["gmail.com", "%s.com" % self.org(), "%s.io" % self.org(), "proton.me", "outlook.com"]))

    def year(self):
        return str(self.randint(1971, 2021))

    def human_pw(self):
        """Human-chosen password (memorable, not a dictionary cliche)."""
        w1 = self.pick(PW_WORDS)
        w2 = self.pick(PW_WORDS)
        name = self.pick(FIRST)
        pat = self.randint(0, 7)
        if pat == 0:
            return "%s.%s%s" % (name, self.year(), w1.lower())
        if pat == 1:
            return "%s%s%s" % (w1.capitalize(), self.randint(10, 99), self.pick("!#$%&*?"))
        if pat == 2:
            leet = w1.capitalize().replace("o", "0").replace("a", "4").replace("e", "3")
            return "%s%s%d" % (leet, self.pick("&!@#+"), self.randint(1, 9))
        if pat == 3:
            return "%s-%s-%d" % (w1.lower(), w2.capitalize(), self.randint(11, 98))
        if pat == 4:
            return "%s#%s%s" % (name, w1.capitalize(), self.year())
        if pat == 5:
            return "%s_%s_%s!" % (w1.capitalize(), w2.lower(), self.randint(2, 2024))
        if pat == 6:
            return "%s%s%s%s" % (self.pick(["Moj", "My", "Nasz", "Le", "Der"]), w1.capitalize(), self.randint(70, 99), self.pick("!?."))
        return "%s@%s%s" % (w1.lower(), name, self.randint(1, 99))


ORGS = ["acme", "northwind", "contoso", "globex", "initech", "umbrella", "vandelay",
        "hooli", "piedpiper", "tyrell", "cyberdyne", "soylent", "oscorp",
        "aperture", "blackmesa", "nakatomi", "dunder", "wonka", "stark", "massive",
        "kestrel", "lumen", "brightwave", "corvid", "halcyon", "quarry", "tessera"]
USERS = ["mkowalski", "jdoe", "asmith", "lchen", "rpatel", "tnguyen", "ehansen",
         "svolkova", "dmuller", "kobrien", "build-bot", "ci-deployer", "svc-artifacts",
         "release-bot", "jenkins", "mgarcia", "pwisniewski", "hsato", "oadeyemi", "frodrigues"]
FIRST = ["Marek", "Anna", "Julia", "Tomasz", "Kenji", "Priya", "Lars", "Sofia", "Diego",
         "Amara", "Oskar", "Ines", "Ravi", "Helga", "Mateo", "Zofia", "Yusuf", "Clara"]
LAST = ["Kowalski", "Nowak", "Chen", "Patel", "Hansen", "Muller", "Garcia", "Sato",
        "Okafor", "Silva", "Novak", "Berg", "Rossi", "Jensen"]
PROJECTS = ["billing-service", "web-frontend", "data-pipeline", "auth-gateway", "mobile-app",
            "design-system", "inventory-api", "search-indexer", "notifications", "ledger",
            "checkout", "reporting", "infra-tools", "edge-proxy", "ml-features", "docs-site",
            "cli", "sdk-python", "sdk-js", "analytics-core"]
PW_WORDS = ["winter", "falcon", "Kasztan", "lisbon", "harbor", "granite", "maple", "pierogi",
            "zebra", "mustang", "oceanside", "bluebird", "tundra", "kiwi", "sparrow",
            "pomelo", "Wawel", "gdansk", "autumn", "copper", "violet", "nebula",
            "marlin", "juniper", "saffron", "basalt", "cedar", "otter", "fjord"]
NPM_PKGS = ["react", "lodash", "express", "typescript", "vite", "zod", "axios", "dayjs",
            "eslint", "prettier", "jest", "vitest", "rxjs", "tslib", "chalk", "commander"]
PY_PKGS = ["requests", "boto3", "pydantic", "fastapi", "numpy", "pandas", "sqlalchemy",
           "celery", "redis", "httpx", "click", "rich", "pytest", "uvicorn", "attrs"]


# ---------------------------------------------------------------------------
# token builders
# ---------------------------------------------------------------------------

def crc_token(g, prefix):
    body = g.s(30)
    return prefix + body + b62(zlib.crc32(body.encode())).rjust(6, "0")


def ghp(g): return crc_token(g, "ghp_")
def gho(g): return crc_token(g, "gho_")
def ghs(g): return crc_token(g, "ghs_")
def ghu(g): return crc_token(g, "ghu_")
def ghr(g): return "ghr_" + g.s(76)  # GitHub App refresh tokens are longer than PATs
def npm_tok(g): return crc_token(g, "npm_")


def github_pat(g):
    return "github_pat_11" + g.s(20, UPPERNUM) + "_" + g.s(59)


def gh_any(g):
    k = g.randint(0, 3)
    if k == 0:
        return github_pat(g), "github", "fine_grained_pat"
    if k == 1:
        return gho(g), "github", "oauth_token"
    return ghp(g), "github", "classic_pat"


def glpat(g):
    while True:
        body = g.s(20, ALNUM + ALNUM + "-_")
        if body[0] not in "-_" and body[-1] not in "-_":
            return "glpat-" + body


def gldt(g):
    return "gldt-" + g.s(20, ALNUM + "-_").replace("--", "-x")


def glcbt(g):
    return "glcbt-" + g.hexs(2) + "_" + g.s(20, ALNUM + "-_")


def varint(n):
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def mfield(t, data):
    return bytes([t]) + varint(len(data)) + data


def pypi_tok(g, test=False, project=None):
    loc = b"test.pypi.org" if test else b"pypi.org"
    buf = bytes([2]) + mfield(1, loc) + mfield(2, g.uuid4().encode()) + b"\x00"
    if project:
        cav = json.dumps({"version": 1, "permissions": {"projects": [project]}}).encode()
    else:
        cav = json.dumps({"version": 1, "permissions": "user"}).encode()
    buf += mfield(2, cav) + b"\x00"
    buf += b"\x00" + mfield(6, g.raw(32))
    return "pypi-" + b64u(buf)


def cio(g): return "cio" + g.s(32)
def rubygems(g): return "rubygems_" + g.hexs(48)
def nuget_key(g): return "oy2" + g.s(43, LOWERNUM)
def dckr(g): return "dckr_pat_" + g.s(27, ALNUM + ALNUM + "-_")
def tfc(g): return g.s(14) + ".atlasv1." + g.s(67)
def akcp(g): return "AKCp" + g.pick("58") + g.s(68)
def azure_pat_legacy(g): return g.s(52, B32L)


def azure_pat_new(g):
    return g.s(52) + "JQQJ99" + g.pick("ABCDEFGHIJKL") + g.s(17) + "AZDO" + g.s(4)


def azure_pat(g):
    return azure_pat_new(g) if g.chance(0.35) else azure_pat_legacy(g)


def atbb(g): return "ATBB" + g.s(24) + g.s(8, HEXU)
def hex_api(g): return g.hexs(32)
def pulumi_tok(g): return "pul-" + g.hexs(40)
def sonar_tok(g): return g.pick(["squ_", "sqp_", "sqa_"]) + g.hexs(40)
def develocity_key(g): return g.s(52, LOWERNUM)


def jfrog_ref(g):
    while True:
        raw = ("reftkn:01:%d:%s" % (g.randint(1760000000, 1890000000), g.s(27))).encode()
        t = b64(raw)
        if "+" not in t and "/" not in t and len(t) == 64:
            return t


def jfrog_jwt(g, user):
    inst = "01" + g.s(24, "0123456789abcdefghjkmnpqrstvwxyz")
    iat = g.randint(1700000000, 1760000000)
    h = {"ver": "2", "typ": "JWT", "alg": "RS256", "kid": b64u(g.raw(32))}
    p = {"ext": "{\"revocable\":\"true\"}", "sub": "jfac@%s/users/%s" % (inst, user),
         "scp": "applied-permissions/user", "aud": "*@*", "iss": "jfac@%s" % inst,
         "exp": iat + 31536000, "iat": iat, "jti": g.uuid4()}
    return "%s.%s.%s" % (b64u(json.dumps(h, separators=(",", ":")).encode()),
                         b64u(json.dumps(p, separators=(",", ":")).encode()),
                         b64u(g.raw(256)))


def codeartifact_tok(g):
    h = {"ver": 1, "isu": g.randint(1700000000, 1760000000), "enc": "A128GCM",
         "tag": b64u(g.raw(16)), "iv": b64u(g.raw(12)), "alg": "A128GCMKW"}
    return ".".join([b64u(json.dumps(h, separators=(",", ":")).encode()), b64u(g.raw(16)),
                     b64u(g.raw(12)), b64u(g.raw(g.randint(560, 720))), b64u(g.raw(16))])


def sentry_tok(g, org):
    if g.chance(0.4):
        return "sntryu_" + g.hexs(64)
    payload = {"iat": g.randint(1700000000, 1760000000) + 0.123456, "url": "https://sentry.io",
               "region_url": "https://us.sentry.io", "org": org}
    return "sntrys_" + b64(json.dumps(payload, separators=(",", ":")).encode()).rstrip("=") + "_" + g.s(43)


def google_access(g):
    return "ya29.a0A" + g.s(g.randint(150, 200), URLSAFE)


def pgp_private_oneline(g):
    body = b64(bytes([0x95, 0x07, 0x46, 0x04]) + g.raw(g.randint(330, 420)))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    crc = b64(g.raw(3))
    return "-----BEGIN PGP PRIVATE KEY BLOCK-----\\n\\n" + "\\n".join(lines) + "\\n=" + crc + "\\n-----END PGP PRIVATE KEY BLOCK-----"


def sha512_integrity(g):
    return "sha512-" + b64(g.raw(64))


def sha1hex(g): return g.hexs(40)
def sha256hex(g): return g.hexs(64)


# ---------------------------------------------------------------------------
# context helpers
# ---------------------------------------------------------------------------

def J(*lines):
    return "\n".join(lines) + "\n"


def npmrc_extras(g, k=None):
    opts = ["save-exact=true", "engine-strict=true", "fund=false", "audit-level=high",
            "progress=false", "legacy-peer-deps=true", "strict-ssl=true", "loglevel=warn",
            "package-lock=true", "auto-install-peers=true", "prefer-offline=true",
            "node-linker=hoisted", "update-notifier=false", "save-prefix=~",
            "shamefully-hoist=false", "lockfile-version=3"]
    return g.sample(opts, k if k is not None else g.randint(2, 6))


def gha_head(g, name=None, on_tag=True):
    name = name or g.pick(["Release", "Publish", "CI", "Build and publish", "release-please", "Deploy"])
    lines = ["name: %s" % name, "", "on:"]
    if on_tag:
        lines += ["  push:", "    tags:", "      - 'v*'"]
    else:
        lines += ["  push:", "    branches: [main]", "  pull_request:"]
    lines += ["  workflow_dispatch:", "", "permissions:", "  contents: read",
              "  id-token: write" if g.chance(0.3) else "  packages: write", "",
              "jobs:", "  %s:" % g.pick(["build", "publish", "release", "deploy"]),
              "    runs-on: %s" % g.pick(["ubuntu-latest", "ubuntu-22.04", "ubuntu-24.04", "self-hosted"]),
              "    steps:", "      - uses: actions/checkout@v4"]
    return lines


def gha_tail(g, lang="node"):
    if lang == "node":
        return ["      - uses: actions/setup-node@v4", "        with:",
                "          node-version: %s" % g.pick(["18", "20", "22", "'lts/*'"]),
                "      - run: npm ci", "      - run: npm test -- --ci"]
    if lang == "python":
        return ["      - uses: actions/setup-python@v5", "        with:",
                "          python-version: '%s'" % g.pick(["3.10", "3.11", "3.12"]),
                "      - run: pip install build twine", "      - run: python -m build"]
    return ["      - run: make build", "      - run: make test"]


def shebang(g):
    return [g.pick(["#!/usr/bin/env bash", "#!/bin/bash", "#!/bin/sh"]),
            g.pick(["set -euo pipefail", "set -e", "set -eu"]), ""]


def dockerfile_head(g, base):
    return ["# syntax=docker/dockerfile:1" if g.chance(0.4) else "# build image for %s" % g.proj(),
            "FROM %s AS build" % base, "", "WORKDIR /app"]


def pom_server_block(sid, user, pw, indent="    "):
    return [indent + "<server>", indent + "  <id>%s</id>" % sid,
            indent + "  <username>%s</username>" % user,
            indent + "  <password>%s</password>" % pw, indent + "</server>"]


def settings_xml(g, servers_lines, mirror_url=None, extra_profiles=True):
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"',
         '          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
         '          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">',
         "  <localRepository>${user.home}/.m2/repository</localRepository>" if g.chance(0.4) else "  <interactiveMode>false</interactiveMode>",
         "  <servers>"] + servers_lines + ["  </servers>"]
    if mirror_url:
        L += ["  <mirrors>", "    <mirror>", "      <id>central-proxy</id>",
              "      <mirrorOf>central</mirrorOf>", "      <url>%s</url>" % mirror_url,
              "    </mirror>", "  </mirrors>"]
    if extra_profiles:
        L += ["  <profiles>", "    <profile>", "      <id>release</id>", "      <properties>",
              "        <gpg.executable>gpg</gpg.executable>",
              "        <maven.test.skip>false</maven.test.skip>", "      </properties>",
              "    </profile>", "  </profiles>", "  <activeProfiles>",
              "    <activeProfile>release</activeProfile>", "  </activeProfiles>"]
    L.append("</settings>")
    return L


def art_host(g):
    o = g.org()
    return g.pick(["%s.jfrog.io" % o, "artifactory.%s.com" % o, "repo.%s.internal" % o,
                   "%s.jfrog.io" % (o + "dev")])


def nexus_host(g):
    o = g.org()
    return g.pick(["nexus.%s.net" % o, "nexus.%s.internal" % o, "repo.%s.io" % o, "packages.%s.com" % o])


def ca_host(g):
    return "%s-%d.d.codeartifact.%s.amazonaws.com" % (g.org(), g.randint(100000000000, 999999999999),
                                                       g.pick(["us-east-1", "eu-west-1", "us-west-2", "ap-southeast-2"]))


# ---------------------------------------------------------------------------
# POSITIVES
# ---------------------------------------------------------------------------
POS = []
NEG = []


def P(provider, kind, ftype):
    def deco(f):
        POS.append((provider, kind, ftype, f))
        return f
    return deco


def N(provider, kind, ftype):
    def deco(f):
        NEG.append((provider, kind, ftype, f))
        return f
    return deco


# ---- npm / yarn / pnpm / bun ---------------------------------------------

@P("npm", "automation_token", "npmrc")
def p_npmrc_token(g):
    t = npm_tok(g)
    L = ["registry=https://registry.npmjs.org/"] + npmrc_extras(g)
    L.insert(g.randint(0, len(L)), "//registry.npmjs.org/:_authToken=%s" % t)
    if g.chance(0.5):
        L = ["# npm config for %s (publishing from CI)" % g.proj()] + L
    L += ["@%s:registry=https://registry.npmjs.org/" % g.org()]
    return (g.pick([".npmrc", "packages/%s/.npmrc" % g.proj(), "frontend/.npmrc"]), J(*L), t)


@P("npm", "legacy_uuid_token", "npmrc")
def p_npmrc_uuid(g):
    t = g.uuid4()
    L = ["; legacy config, do not remove until we migrate to granular tokens",
         "registry=https://registry.npmjs.org/", "always-auth=true",
         "//registry.npmjs.org/:_authToken=%s" % t] + npmrc_extras(g)
    return (g.pick([".npmrc", "web/.npmrc", "tools/.npmrc"]), J(*L), t)


@P("nexus", "npm_auth_basic_b64", "npmrc")
def p_npmrc_auth(g):
    u = g.user()
    pw = g.human_pw()
    blob = b64(("%s:%s" % (u, pw)).encode())
    host = nexus_host(g)
    L = ["registry=https://%s/repository/npm-group/" % host, "_auth=%s" % blob,
         "always-auth=true", "email=%s" % g.email()] + npmrc_extras(g, 3)
    return (".npmrc", J(*L), blob)


@P("artifactory", "npm_password_b64", "npmrc")
def p_npmrc_password(g):
    host = art_host(g)
    key = akcp(g) if g.chance(0.5) else g.human_pw()
    blob = b64(key.encode())
    reg = "//%s/artifactory/api/npm/npm-virtual/" % host
    L = ["registry=https:%s" % reg, "%s:username=%s" % (reg, g.user()),
         "%s:_password=%s" % (reg, blob), "%s:email=%s" % (reg, g.email()),
         "%s:always-auth=true" % reg] + npmrc_extras(g, 2)
    return (".npmrc", J(*L), blob)


@P("npm", "automation_token", "github-workflow")
def p_gha_npmrc(g):
    t = npm_tok(g)
    L = gha_head(g, "Publish package") + gha_tail(g, "node")
    L += ["      - name: Configure npm auth",
          "        run: echo \"//registry.npmjs.org/:_authToken=%s\" > ~/.npmrc" % t,
          "      - run: npm publish --access public"]
    return (".github/workflows/%s.yml" % g.pick(["publish", "release", "npm-publish"]), J(*L), t)


@P("npm", "automation_token", "Dockerfile")
def p_docker_npmrc(g):
    t = npm_tok(g)
    L = dockerfile_head(g, "node:%s-alpine" % g.pick(["18", "20", "22"])) + [
        "COPY package.json package-lock.json ./",
        "RUN echo \"//registry.npmjs.org/:_authToken=%s\" > .npmrc && \\" % t,
        "    npm ci --omit=dev && \\", "    rm -f .npmrc", "COPY . .",
        "RUN npm run build", "", "FROM node:20-alpine", "WORKDIR /app",
        "COPY --from=build /app/dist ./dist", "COPY --from=build /app/node_modules ./node_modules",
        "USER node", "EXPOSE %d" % g.pick([3000, 8080, 4000]), 'CMD ["node", "dist/server.js"]']
    return (g.pick(["Dockerfile", "docker/Dockerfile", "services/%s/Dockerfile" % g.proj()]), J(*L), t)


@P("npm", "automation_token", "yarnrc.yml")
def p_yarnrc(g):
    t = npm_tok(g)
    o = g.org()
    L = ["nodeLinker: %s" % g.pick(["node-modules", "pnp"]), "enableTelemetry: false",
         "yarnPath: .yarn/releases/yarn-%s.cjs" % g.pick(["3.6.4", "4.1.1", "4.5.0", "4.9.2"]), "",
         "npmScopes:", "  %s:" % o, "    npmAlwaysAuth: true",
         "    npmAuthToken: %s" % t, "    npmRegistryServer: \"https://registry.npmjs.org\""]
    if g.chance(0.5):
        L += ["", "packageExtensions:", "  \"%s@*\":" % g.pick(NPM_PKGS), "    dependencies:",
              "      \"%s\": \"^%s\"" % (g.pick(NPM_PKGS), g.ver())]
    return (".yarnrc.yml", J(*L), t)


@P("nexus", "yarn_npmAuthIdent", "yarnrc.yml")
def p_yarnrc_ident(g):
    u, pw = g.user(), g.human_pw()
    v = "%s:%s" % (u, pw)
    host = nexus_host(g)
    L = ["nodeLinker: node-modules", "npmRegistryServer: \"https://%s/repository/npm-all/\"" % host,
         "npmAlwaysAuth: true", "npmAuthIdent: \"%s\"" % v, "",
         "plugins:", "  - path: .yarn/plugins/@yarnpkg/plugin-workspace-tools.cjs",
         "    spec: \"@yarnpkg/plugin-workspace-tools\"", "",
         "yarnPath: .yarn/releases/yarn-3.%d.%d.cjs" % (g.randint(2, 8), g.randint(0, 4))]
    return (".yarnrc.yml", J(*L), pw)


@P("github", "classic_pat", "npmrc")
def p_pnpm_gpr(g):
    t = ghp(g)
    o = g.org()
    L = ["# pnpm workspace settings", "@%s:registry=https://npm.pkg.github.com" % o,
         "//npm.pkg.github.com/:_authToken=%s" % t, "auto-install-peers=true",
         "strict-peer-dependencies=false", "link-workspace-packages=true",
         "prefer-workspace-packages=true"] + npmrc_extras(g, 2)
    return (g.pick([".npmrc", "apps/web/.npmrc"]), J(*L), t)


@P("npm", "automation_token", "bunfig.toml")
def p_bunfig(g):
    t = npm_tok(g)
    o = g.org()
    L = ["[install]", "exact = true", "production = false", "", "[install.cache]", "disable = false",
         "", "[install.scopes]", "\"@%s\" = { token = \"%s\", url = \"https://registry.npmjs.org/\" }" % (o, t),
         "", "[test]", "coverage = true", "preload = [\"./test/setup.ts\"]"]
    return ("bunfig.toml", J(*L), t)


@P("gitlab", "personal_access_token", "npmrc")
def p_npmrc_gitlab(g):
    t = glpat(g)
    pid = g.randint(1000000, 59999999)
    o = g.org()
    L = ["@%s:registry=https://gitlab.com/api/v4/projects/%d/packages/npm/" % (o, pid),
         "//gitlab.com/api/v4/projects/%d/packages/npm/:_authToken=%s" % (pid, t)] + npmrc_extras(g, 3)
    return (".npmrc", J(*L), t)


@P("azure_devops", "pat_b64_npmrc", "npmrc")
def p_npmrc_azure(g):
    pat = azure_pat(g)
    blob = b64(pat.encode())
    o, feed = g.org(), g.pick(["npm-feed", "shared", "internal", "packages"])
    base = "//pkgs.dev.azure.com/%s/_packaging/%s/npm/" % (o, feed)
    L = ["; begin auth token",
         "registry=https:%sregistry/" % base, "always-auth=true",
         "%sregistry/:username=%s" % (base, o), "%sregistry/:_password=%s" % (base, blob),
         "%sregistry/:email=npm requires email to be set but doesn't use the value" % base,
         "%s:username=%s" % (base, o), "; end auth token"]
    # keep exactly one credential: drop duplicate password line for the /npm/ path
    return (".npmrc", J(*L), blob)


@P("aws_codeartifact", "auth_token", "npmrc")
def p_npmrc_codeartifact(g):
    t = codeartifact_tok(g)
    h = ca_host(g)
    repo = g.pick(["npm-store", "shared", "internal-npm"])
    L = ["registry=https://%s/npm/%s/" % (h, repo),
         "//%s/npm/%s/:_authToken=%s" % (h, repo, t), "always-auth=true"] + npmrc_extras(g, 2)
    return (".npmrc", J(*L), t)


@P("jfrog", "reference_token", "npmrc")
def p_npmrc_jfrog_ref(g):
    t = jfrog_ref(g)
    host = art_host(g)
    L = ["registry=https://%s/artifactory/api/npm/npm/" % host,
         "//%s/artifactory/api/npm/npm/:_authToken=%s" % (host, t)] + npmrc_extras(g, 3)
    return (".npmrc", J(*L), t)


# ---- Python ----------------------------------------------------------------

@P("pypi", "api_token", "pypirc")
def p_pypirc(g):
    t = pypi_tok(g, project=g.pick([None, g.proj()]))
    L = ["[distutils]", "index-servers =", "    pypi", "    testpypi", "", "[pypi]",
         "username = __token__", "password = %s" % t, "", "[testpypi]",
         "repository = https://test.pypi.org/legacy/", "username = __token__"]
    return (".pypirc", J(*L), t)


@P("pypi", "test_api_token", "pypirc")
def p_pypirc_test(g):
    t = pypi_tok(g, test=True)
    L = ["[distutils]", "index-servers =", "  testpypi", "", "[testpypi]",
         "  repository = https://test.pypi.org/legacy/", "  username = __token__",
         "  password = %s" % t]
    return (g.pick([".pypirc", "ci/pypirc"]), J(*L), t)


@P("nexus", "pypi_password", "pypirc")
def p_pypirc_private(g):
    pw = g.human_pw()
    host = nexus_host(g)
    L = ["[distutils]", "index-servers =", "    internal", "", "[internal]",
         "repository = https://%s/repository/pypi-internal/" % host,
         "username = %s" % g.user(), "password = %s" % pw]
    return (".pypirc", J(*L), pw)


@P("jfrog", "reference_token", "pip.conf")
def p_pipconf(g):
    t = jfrog_ref(g)
    host = art_host(g)
    L = ["[global]", "index-url = https://%s:%s@%s/artifactory/api/pypi/pypi-virtual/simple" % (g.user(), t, host),
         "trusted-host = %s" % host, "timeout = %d" % g.pick([30, 60, 120]),
         "disable-pip-version-check = true", "", "[install]", "no-cache-dir = false"]
    return (g.pick(["pip.conf", "config/pip.conf", ".config/pip/pip.conf"]), J(*L), t)


@P("azure_devops", "pat_in_index_url", "pip.conf")
def p_pipconf_azure(g):
    pat = azure_pat(g)
    o = g.org()
    L = ["[global]", "index-url = https://build:%s@pkgs.dev.azure.com/%s/_packaging/%s/pypi/simple/" % (pat, o, g.pick(["py-feed", "pypi", "shared"])),
         "extra-index-url = https://pypi.org/simple", "", "[list]", "format = columns"]
    return (g.pick(["pip.conf", "pip.ini"]), J(*L), pat)


@P("gitlab", "deploy_token", "requirements.txt")
def p_req_gitlab(g):
    t = gldt(g)
    pid = g.randint(100000, 59999999)
    L = ["--extra-index-url https://gitlab+deploy-token-%d:%s@gitlab.com/api/v4/projects/%d/packages/pypi/simple" % (g.randint(100000, 9999999), t, pid)]
    for p in g.sample(PY_PKGS, g.randint(5, 12)):
        L.append("%s==%s" % (p, g.ver()))
    L.append("%s-internal==%s" % (g.org(), g.ver()))
    return (g.pick(["requirements.txt", "requirements/prod.txt"]), J(*L), t)


@P("nexus", "index_url_password", "requirements.txt")
def p_req_nexus(g):
    pw = g.human_pw()
    host = nexus_host(g)
    L = ["# private mirror", "-i https://%s:%s@%s/repository/pypi-proxy/simple" % (g.user(), pw, host), ""]
    for p in g.sample(PY_PKGS, g.randint(4, 10)):
        L.append("%s>=%s" % (p, g.ver()))
    return ("requirements.txt", J(*L), pw)


@P("pypi", "api_token", "Makefile")
def p_make_twine(g):
    t = pypi_tok(g)
    L = [".PHONY: build publish clean test", "", "build:", "\tpython -m build", "",
         "test:", "\tpytest -q", "", "publish: build",
         "\ttwine upload -u __token__ -p %s dist/*" % t, "", "clean:",
         "\trm -rf build dist *.egg-info"]
    return ("Makefile", J(*L), t)


@P("pypi", "api_token", "gitlab-ci.yml")
def p_glci_poetry(g):
    t = pypi_tok(g)
    L = ["stages:", "  - test", "  - publish", "", "test:", "  stage: test",
         "  image: python:3.12", "  script:", "    - pip install poetry",
         "    - poetry install", "    - poetry run pytest", "", "publish:", "  stage: publish",
         "  image: python:3.12", "  rules:", "    - if: $CI_COMMIT_TAG", "  script:",
         "    - pip install poetry", "    - poetry config pypi-token.pypi %s" % t,
         "    - poetry publish --build"]
    return (".gitlab-ci.yml", J(*L), t)


@P("devpi", "index_password", "tox.ini")
def p_tox(g):
    pw = g.human_pw()
    host = "devpi.%s.internal" % g.org()
    L = ["[tox]", "envlist = py310, py311, py312, lint", "isolated_build = true", "",
         "[testenv]", "deps =", "    pytest", "    pytest-cov",
         "setenv =", "    PIP_INDEX_URL = https://%s:%s@%s/root/prod/+simple/" % (g.user(), pw, host),
         "commands = pytest {posargs}", "", "[testenv:lint]", "deps = ruff", "commands = ruff check src tests"]
    return ("tox.ini", J(*L), pw)


@P("nexus", "source_url_password", "Pipfile")
def p_pipfile(g):
    pw = g.human_pw()
    host = nexus_host(g)
    L = ["[[source]]", "url = \"https://pypi.org/simple\"", "verify_ssl = true", "name = \"pypi\"", "",
         "[[source]]", "url = \"https://%s:%s@%s/repository/pypi-group/simple\"" % (g.user(), pw, host),
         "verify_ssl = true", "name = \"internal\"", "", "[packages]"]
    for p in g.sample(PY_PKGS, g.randint(3, 8)):
        L.append("%s = \"*\"" % p)
    L += ["", "[dev-packages]", "pytest = \"*\"", "", "[requires]", "python_version = \"3.11\""]
    return ("Pipfile", J(*L), pw)


@P("jfrog", "reference_token", "uv.toml")
def p_uvtoml(g):
    t = jfrog_ref(g)
    host = art_host(g)
    L = ["# uv configuration", "native-tls = true", "", "[[index]]", "name = \"internal\"",
         "url = \"https://%s:%s@%s/artifactory/api/pypi/pypi/simple\"" % (g.user(), t, host),
         "default = true", "", "[pip]", "require-hashes = false"]
    return (g.pick(["uv.toml", ".config/uv/uv.toml"]), J(*L), t)


@P("nexus", "index_password", "pyproject.toml")
def p_pyproject_uv(g):
    pw = g.human_pw()
    host = nexus_host(g)
    p = g.proj()
    L = ["[project]", "name = \"%s\"" % p, "version = \"%s\"" % g.ver(), "requires-python = \">=3.10\"",
         "dependencies = ["] + ["    \"%s>=%s\"," % (x, g.ver()) for x in g.sample(PY_PKGS, 4)] + [
        "]", "", "[[tool.uv.index]]", "name = \"corp\"",
        "url = \"https://%s:%s@%s/repository/pypi/simple\"" % (g.user(), pw, host),
        "", "[build-system]", "requires = [\"hatchling\"]", "build-backend = \"hatchling.build\""]
    return ("pyproject.toml", J(*L), pw)


@P("nexus", "http_basic_password", "poetry.toml")
def p_poetry_toml(g):
    pw = g.human_pw()
    L = ["[virtualenvs]", "in-project = true", "create = true", "",
         "[http-basic.%s]" % g.pick(["internal", "nexus", "corp"]),
         "username = \"%s\"" % g.user(), "password = \"%s\"" % pw, "", "[installer]",
         "parallel = true"]
    return ("poetry.toml", J(*L), pw)


@P("pypi", "api_token", "hatch-config.toml")
def p_hatch(g):
    t = pypi_tok(g)
    L = ["mode = \"local\"", "shell = \"\"", "", "[dirs]", "project = []", "",
         "[publish.index]", "repo = \"main\"", "user = \"__token__\"", "auth = \"%s\"" % t, "",
         "[terminal.styles]", "info = \"bold\"", "success = \"bold cyan\""]
    return ("hatch/config.toml", J(*L), t)


@P("pypi", "api_token", "env")
def p_env_uv_publish(g):
    t = pypi_tok(g)
    name = g.pick(["UV_PUBLISH_TOKEN", "TWINE_PASSWORD", "PUBLISH_TOKEN", "TOKEN"])
    L = ["# release env", "TWINE_USERNAME=__token__" if "TWINE" in name else "PYTHONDONTWRITEBYTECODE=1",
         "%s=%s" % (name, t), "PACKAGE_NAME=%s" % g.proj(), "BUILD_DIR=dist", "LOG_LEVEL=info"]
    return (g.pick([".env.release", ".env", "ci/publish.env"]), J(*L), t)


@P("pdm", "repository_password", "pdm.toml")
def p_pdm(g):
    pw = g.human_pw()
    L = ["[python]", "use_venv = true", "", "[repository.private]",
         "url = \"https://%s/repository/pypi-hosted/\"" % nexus_host(g),
         "username = \"%s\"" % g.user(), "password = \"%s\"" % pw, "", "[install]", "cache = true"]
    return ("pdm.toml", J(*L), pw)


# ---- Rust ------------------------------------------------------------------

@P("crates_io", "api_token", "cargo-credentials.toml")
def p_cargo_cred(g):
    t = cio(g)
    L = ["# `cargo login` wrote this", "[registry]", "token = \"%s\"" % t, "",
         "[registries.%s]" % g.org(), "credential-provider = \"cargo:token-from-stdout pass show cargo/%s\"" % g.org()]
    return (".cargo/credentials.toml", J(*L), t)


@P("crates_io", "api_token", "cargo-config.toml")
def p_cargo_config(g):
    t = cio(g)
    L = ["[build]", "rustflags = [\"-C\", \"target-cpu=native\"]", "", "[net]",
         "git-fetch-with-cli = true", "", "[registry]", "default = \"crates-io\"",
         "token = \"%s\"" % t, "", "[alias]", "xtask = \"run --package xtask --\""]
    return (".cargo/config.toml", J(*L), t)


@P("crates_io", "api_token", "github-workflow")
def p_gha_cargo(g):
    t = cio(g)
    L = gha_head(g, "Publish crate") + ["      - uses: dtolnay/rust-toolchain@stable",
                                        "      - run: cargo test --all-features",
                                        "      - run: cargo publish", "        env:",
                                        "          CARGO_REGISTRY_TOKEN: %s" % t]
    return (".github/workflows/publish.yml", J(*L), t)


# ---- Maven / Gradle ----------------------------------------------------------

@P("sonatype", "central_user_token", "maven-settings.xml")
def p_settings_central(g):
    u, pw = g.s(8), g.s(44)
    srv = pom_server_block(g.pick(["central", "ossrh", "sonatype-nexus-staging"]), u, pw)
    L = settings_xml(g, srv)
    return (g.pick(["settings.xml", ".mvn/settings.xml", "ci/maven-settings.xml"]), J(*L), pw)


@P("github", "classic_pat", "maven-settings.xml")
def p_settings_gpr(g):
    t = ghp(g)
    srv = pom_server_block("github", g.user(), t)
    L = settings_xml(g, srv, extra_profiles=False)
    L.insert(-1, "  <!-- GitHub Packages: https://maven.pkg.github.com/%s/* -->" % g.org())
    return (g.pick(["settings.xml", ".github/maven-settings.xml"]), J(*L), t)


@P("jfrog", "api_key", "maven-settings.xml")
def p_settings_akc(g):
    t = akcp(g)
    host = art_host(g)
    srv = pom_server_block(g.pick(["artifactory", "central", "snapshots"]), g.user(), t)
    L = settings_xml(g, srv, mirror_url="https://%s/artifactory/maven-remote" % host)
    return ("settings.xml", J(*L), t)


@P("nexus", "maven_password", "maven-settings.xml")
def p_settings_nexus(g):
    pw = g.human_pw()
    host = nexus_host(g)
    srv = pom_server_block("nexus-releases", "deployment", pw)
    L = settings_xml(g, srv, mirror_url="https://%s/repository/maven-public/" % host)
    return (".m2/settings.xml", J(*L), pw)


@P("aws_codeartifact", "auth_token", "maven-settings.xml")
def p_settings_ca(g):
    t = codeartifact_tok(g)
    srv = pom_server_block("%s--maven" % g.org(), "aws", t)
    L = settings_xml(g, srv, mirror_url="https://%s/maven/maven/" % ca_host(g), extra_profiles=False)
    return ("settings.xml", J(*L), t)


@P("sonatype", "ossrh_password", "gradle.properties")
def p_gradle_ossrh(g):
    pw = g.human_pw() if g.chance(0.5) else g.s(44)
    name = g.pick(["ossrhPassword", "mavenCentralPassword", "sonatypePassword"])
    L = ["org.gradle.jvmargs=-Xmx2g -Dfile.encoding=UTF-8", "org.gradle.parallel=true",
         "org.gradle.caching=true", "kotlin.code.style=official", "",
         "GROUP=com.%s" % g.org(), "VERSION_NAME=%s" % g.ver(), "",
         "%s=%s" % (name.replace("Password", "Username"), g.user()), "%s=%s" % (name, pw)]
    return ("gradle.properties", J(*L), pw)


@P("gpg", "signing_passphrase", "gradle.properties")
def p_gradle_signing_pw(g):
    pw = g.human_pw()
    L = ["org.gradle.jvmargs=-Xmx3g", "android.useAndroidX=true", "",
         "signing.keyId=%s" % g.s(8, HEXU), "signing.password=%s" % pw,
         "signing.secretKeyRingFile=/home/%s/.gnupg/secring.gpg" % g.user(), "",
         "POM_LICENCE_NAME=The Apache Software License, Version 2.0"]
    return ("gradle.properties", J(*L), pw)


@P("gpg", "signing_private_key", "gradle.properties")
def p_gradle_signing_key(g):
    k = pgp_private_oneline(g)
    L = ["org.gradle.jvmargs=-Xmx2g", "RELEASE_SIGNING_ENABLED=true",
         "signingInMemoryKeyId=%s" % g.s(8, HEXU), "signingInMemoryKey=%s" % k,
         "SONATYPE_HOST=CENTRAL_PORTAL", "POM_ARTIFACT_ID=%s" % g.proj()]
    return ("gradle.properties", J(*L), k)


@P("github", "classic_pat", "gradle.properties")
def p_gradle_gpr(g):
    t = ghp(g)
    L = ["# GitHub Packages", "gpr.user=%s" % g.user(), "gpr.key=%s" % t, "",
         "org.gradle.daemon=true", "org.gradle.configuration-cache=true"]
    return ("gradle.properties", J(*L), t)


@P("jfrog", "reference_token", "build.gradle.kts")
def p_kts(g):
    t = jfrog_ref(g)
    host = art_host(g)
    L = ["plugins {", "    `java-library`", "    `maven-publish`", "}", "",
         "group = \"com.%s\"" % g.org(), "version = \"%s\"" % g.ver(), "", "repositories {",
         "    mavenCentral()", "}", "", "publishing {", "    repositories {", "        maven {",
         "            url = uri(\"https://%s/artifactory/libs-release-local\")" % host,
         "            credentials {", "                username = \"%s\"" % g.user(),
         "                password = \"%s\"" % t, "            }", "        }", "    }",
         "    publications {", "        create<MavenPublication>(\"lib\") { from(components[\"java\"]) }",
         "    }", "}"]
    return ("build.gradle.kts", J(*L), t)


@P("nexus", "maven_password", "build.gradle")
def p_groovy(g):
    pw = g.human_pw()
    host = nexus_host(g)
    L = ["plugins {", "    id 'java'", "    id 'maven-publish'", "}", "",
         "repositories {", "    maven {", "        url 'https://%s/repository/maven-public/'" % host,
         "        credentials {", "            username 'deployer'", "            password '%s'" % pw,
         "        }", "    }", "}", "", "dependencies {",
         "    implementation 'com.google.guava:guava:33.%d.0-jre'" % g.randint(0, 3),
         "    testImplementation 'org.junit.jupiter:junit-jupiter:5.10.%d'" % g.randint(0, 3), "}"]
    return ("build.gradle", J(*L), pw)


@P("gradle", "develocity_access_key", "gradle.properties")
def p_develocity(g):
    k = develocity_key(g)
    host = "ge.%s.com" % g.org()
    L = ["org.gradle.caching=true", "org.gradle.parallel=true",
         "systemProp.develocity.accessKey=%s=%s" % (host, k) if g.chance(0.5) else "systemProp.gradle.enterprise.accessKey=%s=%s" % (host, k),
         "kotlin.incremental=true"]
    L.insert(0, "# build cache / build scans")
    return ("gradle.properties", J(*L), k)


@P("android", "keystore_password", "keystore.properties")
def p_keystore(g):
    pw = g.human_pw()
    L = ["# release signing", "storeFile=../keystore/release.jks",
         "storePassword=%s" % pw, "keyAlias=%s" % g.pick(["release", "upload", g.proj()]),
         "v2SigningEnabled=true", "v1SigningEnabled=false"]
    return (g.pick(["keystore.properties", "android/keystore.properties"]), J(*L), pw)


# ---- NuGet -----------------------------------------------------------------

def nuget_config(g, src_key, src_url, user, pw):
    return ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <packageSources>",
            "    <clear />", '    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />',
            '    <add key="%s" value="%s" />' % (src_key, src_url), "  </packageSources>",
            "  <packageSourceCredentials>", "    <%s>" % src_key,
            '      <add key="Username" value="%s" />' % user,
            '      <add key="ClearTextPassword" value="%s" />' % pw, "    </%s>" % src_key,
            "  </packageSourceCredentials>", "  <packageSourceMapping>",
            '    <packageSource key="nuget.org">', '      <package pattern="*" />',
            "    </packageSource>", '    <packageSource key="%s">' % src_key,
            '      <package pattern="%s.*" />' % g.org().capitalize(), "    </packageSource>",
            "  </packageSourceMapping>", "</configuration>"]


@P("azure_devops", "pat", "NuGet.Config")
def p_nuget_azure(g):
    pat = azure_pat(g)
    o = g.org()
    L = nuget_config(g, "%sFeed" % o.capitalize(), "https://pkgs.dev.azure.com/%s/_packaging/%s/nuget/v3/index.json" % (o, g.pick(["main", "shared"])), o, pat)
    return (g.pick(["NuGet.Config", "nuget.config", "src/NuGet.Config"]), J(*L), pat)


@P("github", "classic_pat", "NuGet.Config")
def p_nuget_gpr(g):
    t, prov, kind = gh_any(g)
    o = g.org()
    L = nuget_config(g, "github", "https://nuget.pkg.github.com/%s/index.json" % o, g.user(), t)
    return {"path": "nuget.config", "text": J(*L), "needle": t, "provider": prov, "kind": kind}


@P("nuget", "api_key", "shell")
def p_nuget_push(g):
    k = nuget_key(g)
    L = shebang(g) + ["VERSION=\"${1:?version}\"", "dotnet pack -c Release -p:PackageVersion=$VERSION -o ./artifacts",
                      "dotnet nuget push \"./artifacts/*.nupkg\" \\", "  --api-key %s \\" % k,
                      "  --source https://api.nuget.org/v3/index.json \\", "  --skip-duplicate"]
    return (g.pick(["scripts/publish.sh", "build/push-nuget.sh"]), J(*L), k)


@P("nuget", "api_key", "azure-pipelines.yml")
def p_nuget_azp(g):
    k = nuget_key(g)
    L = ["trigger:", "  tags:", "    include: ['v*']", "", "pool:", "  vmImage: ubuntu-latest", "",
         "steps:", "- task: UseDotNet@2", "  inputs:", "    version: '8.x'",
         "- script: dotnet build -c Release", "- script: dotnet pack -c Release -o $(Build.ArtifactStagingDirectory)",
         "- script: dotnet nuget push $(Build.ArtifactStagingDirectory)/*.nupkg -k %s -s https://api.nuget.org/v3/index.json" % k,
         "  displayName: Push to nuget.org"]
    return ("azure-pipelines.yml", J(*L), k)


# ---- Composer --------------------------------------------------------------

@P("github", "oauth_token", "composer-auth.json")
def p_composer_gh(g):
    t = g.pick([ghp, gho])(g)
    d = {"github-oauth": {"github.com": t}}
    if g.chance(0.5):
        d["gitlab-domains"] = ["gitlab.%s.com" % g.org()]
    txt = json.dumps(d, indent=4) + "\n"
    return {"path": "auth.json", "text": txt, "needle": t, "kind": "classic_pat" if t.startswith("ghp_") else "oauth_token"}


@P("gitlab", "personal_access_token", "composer-auth.json")
def p_composer_gl(g):
    t = glpat(g)
    host = g.pick(["gitlab.com", "gitlab.%s.com" % g.org()])
    d = {"gitlab-domains": [host], "gitlab-token": {host: t}}
    return ("auth.json", json.dumps(d, indent=4) + "\n", t)


@P("private_packagist", "http_basic", "composer-auth.json")
def p_composer_basic(g):
    pw = g.human_pw() if g.chance(0.4) else g.hexs(40)
    host = g.pick(["repo.packagist.com", "satis.%s.com" % g.org(), "composer.%s.io" % g.org()])
    d = {"http-basic": {host: {"username": g.pick(["token", g.user()]), "password": pw}}}
    return ("auth.json", json.dumps(d, indent=2) + "\n", pw)


@P("composer", "bearer_token", "composer-auth.json")
def p_composer_bearer(g):
    t = g.s(40)
    d = {"bearer": {"packages.%s.com" % g.org(): t}}
    txt = json.dumps(d, indent=4) + "\n"
    return {"path": "auth.json", "text": txt, "needle": t}


@P("github", "oauth_token", "github-workflow")
def p_composer_env(g):
    t = gho(g)
    L = gha_head(g, "CI", on_tag=False) + ["      - uses: shivammathur/setup-php@v2", "        with:",
                                            "          php-version: '8.%d'" % g.randint(1, 3),
                                            "      - run: composer install --no-interaction --prefer-dist",
                                            "        env:",
                                            "          COMPOSER_AUTH: '{\"github-oauth\": {\"github.com\": \"%s\"}}'" % t,
                                            "      - run: vendor/bin/phpunit"]
    return (".github/workflows/ci.yml", J(*L), t)


# ---- Ruby ------------------------------------------------------------------

@P("contribsys", "gem_source_credentials", "bundle-config")
def p_bundle_sidekiq(g):
    v = "%s:%s" % (g.hexs(8), g.hexs(8))
    L = ["---", "BUNDLE_PATH: \"vendor/bundle\"", "BUNDLE_JOBS: \"%d\"" % g.pick([4, 8]),
         "BUNDLE_GEMS__CONTRIBSYS__COM: \"%s\"" % v, "BUNDLE_WITHOUT: \"development:test\"",
         "BUNDLE_DEPLOYMENT: \"true\""]
    return (".bundle/config", J(*L), v)


@P("github", "classic_pat", "bundle-config")
def p_bundle_gpr(g):
    t = ghp(g)
    L = ["---", "BUNDLE_PATH: \"vendor/bundle\"", "BUNDLE_RUBYGEMS__PKG__GITHUB__COM: \"%s:%s\"" % (g.user(), t),
         "BUNDLE_RETRY: \"3\"", "BUNDLE_BUILD__NOKOGIRI: \"--use-system-libraries\""]
    return (".bundle/config", J(*L), t)


@P("rubygems", "api_key", "gem-credentials")
def p_gem_creds(g):
    k = rubygems(g)
    L = ["# ~/.gem/credentials copied into the image for `gem push`", "---",
         ":rubygems_api_key: %s" % k, "# mode 0600 required", "# rotated by ops", ""]
    return (g.pick([".gem/credentials", "docker/gem-credentials"]), J(*L), k)


@P("rubygems", "api_key", "github-workflow")
def p_gha_gem(g):
    k = rubygems(g)
    L = gha_head(g, "Release gem") + ["      - uses: ruby/setup-ruby@v1", "        with:",
                                      "          ruby-version: '3.%d'" % g.randint(1, 3), "          bundler-cache: true",
                                      "      - run: bundle exec rake build", "      - run: gem push pkg/*.gem",
                                      "        env:", "          GEM_HOST_API_KEY: %s" % k]
    return (".github/workflows/release.yml", J(*L), k)


@P("gemfury", "source_url_token", "Gemfile")
def p_gemfile(g):
    t = g.s(20)
    o = g.org()
    L = ["source \"https://rubygems.org\"", "", "ruby \"3.%d.%d\"" % (g.randint(1, 3), g.randint(0, 5)), "",
         "gem \"rails\", \"~> 7.%d\"" % g.randint(0, 2), "gem \"pg\"", "gem \"puma\"",
         "", "source \"https://%s@gem.fury.io/%s/\" do" % (t, o), "  gem \"%s-core\"" % o, "end", "",
         "group :development, :test do", "  gem \"rspec-rails\"", "  gem \"rubocop\", require: false", "end"]
    return ("Gemfile", J(*L), t)


# ---- Go / netrc ------------------------------------------------------------

@P("github", "classic_pat", "netrc")
def p_netrc_gh(g):
    t, prov, kind = gh_any(g)
    L = ["machine proxy.%s.internal" % g.org(), "  login %s" % g.user(), "",
         "machine github.com", "  login %s" % g.pick(["x-oauth-basic", "x-access-token", g.user()]),
         "  password %s" % t, "", "machine api.github.com", "  login %s" % g.user()]
    return {"path": g.pick([".netrc", "docker/netrc", "ci/.netrc"]), "text": J(*L), "needle": t, "provider": prov, "kind": kind}


@P("jfrog", "reference_token", "shell")
def p_goproxy(g):
    t = jfrog_ref(g)
    host = art_host(g)
    L = shebang(g) + ["export GOPRIVATE=github.com/%s/*" % g.org(),
                      "export GONOSUMDB=github.com/%s/*" % g.org(),
                      "export GOPROXY=https://%s:%s@%s/artifactory/api/go/go-virtual,direct" % (g.user(), t, host),
                      "export GOFLAGS=-mod=mod", "", "go mod download", "go build ./..."]
    return (g.pick([".envrc", "scripts/go-env.sh"]), J(*L), t)


@P("github", "classic_pat", "Dockerfile")
def p_docker_insteadof(g):
    t = ghp(g)
    o = g.org()
    L = dockerfile_head(g, "golang:1.%d-alpine" % g.randint(20, 23)) + [
        "RUN apk add --no-cache git ca-certificates",
        "ENV GOPRIVATE=github.com/%s/*" % o,
        "RUN git config --global url.\"https://%s:%s@github.com/\".insteadOf \"https://github.com/\"" % (g.user(), t),
        "COPY go.mod go.sum ./", "RUN go mod download", "COPY . .",
        "RUN CGO_ENABLED=0 go build -o /out/%s ./cmd/%s" % (g.proj(), g.proj()), "",
        "FROM gcr.io/distroless/static:nonroot", "COPY --from=build /out/ /usr/local/bin/",
        "ENTRYPOINT [\"/usr/local/bin/%s\"]" % g.proj()]
    return ("Dockerfile", J(*L), t)


@P("cocoapods", "trunk_session_token", "netrc")
def p_netrc_cocoapods(g):
    t = g.hexs(32)
    L = ["machine bitbucket.%s.com" % g.org(), "  login %s" % g.user(), "",
         "machine trunk.cocoapods.org", "  login %s" % g.email(), "  password %s" % t]
    return (g.pick([".netrc", "ios/ci/netrc"]), J(*L), t)


@P("swift", "package_registry_token", "netrc")
def p_netrc_swift(g):
    t = jfrog_ref(g) if g.chance(0.5) else g.s(40)
    host = art_host(g)
    L = ["# SwiftPM registry (swift package-registry login)", "machine %s" % host,
         "  login %s" % g.user(), "  password %s" % t, "", "machine github.com", "  login %s" % g.user()]
    return {"path": ".netrc", "text": J(*L), "needle": t, "provider": "jfrog" if t.startswith("cmVmd") else "swift"}


@P("swift", "package_registry_token", "shell")
def p_swift_login(g):
    t = jfrog_ref(g)
    host = art_host(g)
    L = shebang(g) + ["swift package-registry set https://%s/artifactory/api/swift/swift-local" % host,
                      "swift package-registry login https://%s/artifactory/api/swift/swift-local \\" % host,
                      "  --token %s --no-confirm" % t, "swift package resolve", "swift build -c release"]
    return ("scripts/bootstrap.sh", J(*L), t)


# ---- Docker / Helm -----------------------------------------------------------

@P("dockerhub", "pat_in_auth_b64", "docker-config.json")
def p_docker_cfg(g):
    t = dckr(g)
    blob = b64(("%s:%s" % (g.user(), t)).encode())
    d = {"auths": {"https://index.docker.io/v1/": {"auth": blob}}}
    if g.chance(0.5):
        d["HttpHeaders"] = {"User-Agent": "Docker-Client/24.0.7 (linux)"}
    return (g.pick([".docker/config.json", "ci/docker/config.json"]), json.dumps(d, indent="\t") + "\n", blob)


@P("github", "classic_pat_in_auth_b64", "docker-config.json")
def p_docker_ghcr(g):
    t = ghp(g)
    blob = b64(("%s:%s" % (g.user(), t)).encode())
    d = {"auths": {"ghcr.io": {"auth": blob}, "https://index.docker.io/v1/": {}},
         "credHelpers": {"%d.dkr.ecr.us-east-1.amazonaws.com" % g.randint(100000000000, 999999999999): "ecr-login"}}
    return (".docker/config.json", json.dumps(d, indent="\t") + "\n", blob)


@P("harbor", "password_in_auth_b64", "docker-config.json")
def p_docker_harbor(g):
    pw = g.human_pw()
    blob = b64(("%s:%s" % (g.user(), pw)).encode())
    host = "harbor.%s.io" % g.org()
    d = {"auths": {host: {"auth": blob, "email": g.email()}}, "detachKeys": "ctrl-e,e"}
    return ("config.json", json.dumps(d, indent=2) + "\n", blob)


@P("dockerhub", "pat", "shell")
def p_docker_login(g):
    t = dckr(g)
    L = shebang(g) + ["IMAGE=%s/%s" % (g.org(), g.proj()), "TAG=\"${1:-latest}\"", "",
                      "docker login -u %s -p %s" % (g.user(), t),
                      "docker build -t \"$IMAGE:$TAG\" .", "docker push \"$IMAGE:$TAG\""]
    return ("scripts/release-image.sh", J(*L), t)


@P("helm", "repo_password", "helm-repositories.yaml")
def p_helm_repos(g):
    pw = g.human_pw() if g.chance(0.5) else jfrog_ref(g)
    host = art_host(g)
    L = ["apiVersion: \"\"", "generated: \"0001-01-01T00:00:00Z\"", "repositories:",
         "- caFile: \"\"", "  certFile: \"\"", "  insecure_skip_tls_verify: false", "  keyFile: \"\"",
         "  name: bitnami", "  pass_credentials_all: false", "  password: \"\"",
         "  url: https://charts.bitnami.com/bitnami", "  username: \"\"",
         "- caFile: \"\"", "  certFile: \"\"", "  insecure_skip_tls_verify: false", "  keyFile: \"\"",
         "  name: internal", "  pass_credentials_all: false", "  password: %s" % pw,
         "  url: https://%s/artifactory/api/helm/helm-virtual" % host, "  username: %s" % g.user()]
    if pw.startswith("cmVmd"):
        return {"path": g.pick(["repositories.yaml", ".config/helm/repositories.yaml"]), "text": J(*L), "needle": pw,
                "provider": "jfrog", "kind": "reference_token"}
    return (g.pick(["repositories.yaml", ".config/helm/repositories.yaml"]), J(*L), pw)


@P("helm", "repo_password", "shell")
def p_helm_add(g):
    pw = g.human_pw()
    L = shebang(g) + ["helm repo add %s https://%s/repository/helm-hosted/ \\" % (g.org(), nexus_host(g)),
                      "  --username %s --password '%s'" % (g.user(), pw),
                      "helm repo update", "helm dependency build charts/%s" % g.proj(),
                      "helm upgrade --install %s charts/%s -n %s" % (g.proj(), g.proj(), g.pick(["prod", "staging"]))]
    return ("deploy/helm-setup.sh", J(*L), pw)


# ---- Terraform ---------------------------------------------------------------

@P("terraform_cloud", "api_token", "terraformrc")
def p_tfrc(g):
    t = tfc(g)
    L = ["plugin_cache_dir = \"$HOME/.terraform.d/plugin-cache\"", "disable_checkpoint = true", "",
         "credentials \"app.terraform.io\" {", "  token = \"%s\"" % t, "}"]
    return (g.pick([".terraformrc", "terraform.rc"]), J(*L), t)


@P("terraform_cloud", "api_token", "credentials.tfrc.json")
def p_tfrc_json(g):
    t = tfc(g)
    d = {"credentials": {"app.terraform.io": {"token": t}}}
    txt = json.dumps(d, indent=2) + "\n"
    # pad: tools write it compact but a few lines is typical
    return (".terraform.d/credentials.tfrc.json", txt, t)


@P("terraform_cloud", "api_token", "github-workflow")
def p_tf_env(g):
    t = tfc(g)
    L = gha_head(g, "terraform", on_tag=False) + ["      - uses: hashicorp/setup-terraform@v3",
                                                  "      - run: terraform init", "        env:",
                                                  "          TF_TOKEN_app_terraform_io: %s" % t,
                                                  "      - run: terraform plan -no-color"]
    return (".github/workflows/terraform.yml", J(*L), t)


# ---- JFrog CLI -------------------------------------------------------------

@P("jfrog", "identity_token", "jfrog-cli.conf")
def p_jfrog_conf(g):
    u = g.user()
    t = jfrog_jwt(g, u)
    host = art_host(g)
    d = {"servers": [{"url": "https://%s/" % host, "artifactoryUrl": "https://%s/artifactory/" % host,
                      "distributionUrl": "https://%s/distribution/" % host, "xrayUrl": "https://%s/xray/" % host,
                      "user": u, "accessToken": t, "serverId": g.pick(["default", "prod", g.org()]),
                      "isDefault": True}], "version": "6"}
    return (".jfrog/jfrog-cli.conf.v6", json.dumps(d, indent=2) + "\n", t)


@P("jfrog", "api_key", "jfrog-cli.conf")
def p_jfrog_conf_pw(g):
    k = akcp(g)
    host = art_host(g)
    d = {"servers": [{"url": "https://%s/" % host, "artifactoryUrl": "https://%s/artifactory/" % host,
                      "user": g.user(), "password": k, "serverId": "ci", "isDefault": True}], "version": "6"}
    return (".jfrog/jfrog-cli.conf.v6", json.dumps(d, indent=2) + "\n", k)


# ---- Conan / Hex / Dart ------------------------------------------------------

@P("jfrog", "reference_token", "conan-credentials.json")
def p_conan_creds(g):
    t = jfrog_ref(g)
    d = {"credentials": [{"remote": g.pick(["artifactory", "conan-local", g.org()]), "user": g.user(), "password": t}]}
    return (g.pick([".conan2/credentials.json", "ci/conan/credentials.json"]), json.dumps(d, indent=4) + "\n", t)


@P("conan", "remote_password", "shell")
def p_conan_login(g):
    pw = g.human_pw()
    L = shebang(g) + ["conan remote add %s https://%s/artifactory/api/conan/conan-local --force" % (g.org(), art_host(g)),
                      "conan remote login %s %s -p '%s'" % (g.org(), g.user(), pw),
                      "conan create . --build=missing", "conan upload '*' -r %s -c" % g.org()]
    return ("scripts/conan-publish.sh", J(*L), pw)


@P("hex", "api_key", "github-workflow")
def p_hex(g):
    k = hex_api(g)
    L = gha_head(g, "Publish to Hex") + ["      - uses: erlef/setup-beam@v1", "        with:",
                                         "          otp-version: '26'", "          elixir-version: '1.16'",
                                         "      - run: mix deps.get", "      - run: mix hex.publish --yes",
                                         "        env:", "          HEX_API_KEY: %s" % k]
    return (".github/workflows/hex.yml", J(*L), k)


@P("hex", "api_key", "rebar3-hex.config")
def p_rebar_hex(g):
    k = hex_api(g)
    L = ["%% rebar3 hex config", "#{<<\"hexpm\">> =>", "    #{api_key => <<\"%s\">>," % k,
         "      username => <<\"%s\">>," % g.user(), "      repo_name => <<\"hexpm\">>}}.",
         ""]
    return (".config/rebar3/hex.config", J(*L), k)


@P("dart", "hosted_token", "pub-tokens.json")
def p_pub_tokens(g):
    t = jfrog_ref(g) if g.chance(0.5) else g.hexs(40)
    host = art_host(g) if t.startswith("cmVmd") else "dart.cloudsmith.io/%s/%s" % (g.org(), g.pick(["pub", "flutter"]))
    d = {"version": 1, "hosted": [{"url": "https://%s" % host, "token": t}]}
    return {"path": "pub-tokens.json", "text": json.dumps(d, indent=2) + "\n", "needle": t,
            "provider": "jfrog" if t.startswith("cmVmd") else "cloudsmith"}


@P("google", "oauth_access_token", "pub-credentials.json")
def p_pub_creds(g):
    t = google_access(g)
    d = {"accessToken": t, "refreshToken": None, "idToken": None,
         "tokenEndpoint": "https://accounts.google.com/o/oauth2/token",
         "scopes": ["openid", "https://www.googleapis.com/auth/userinfo.email"],
         "expiration": g.randint(1700000000000, 1760000000000)}
    return ("pub-credentials.json", json.dumps(d, indent=2) + "\n", t)


# ---- git ---------------------------------------------------------------------

@P("github", "classic_pat", "git-credentials")
def p_gitcred_gh(g):
    t, prov, kind = gh_any(g)
    L = ["# git credential-store (setup-ci.sh)", "# do not edit by hand",
         "https://%s:%s@github.com" % (g.user(), t), "# gitlab entry removed 2024-03", ""]
    return {"path": ".git-credentials", "text": J(*L), "needle": t, "provider": prov, "kind": kind}


@P("bitbucket", "app_password", "git-credentials")
def p_gitcred_bb(g):
    t = atbb(g)
    L = ["# git credential-store file for the deploy user", "# bitbucket app password, scope: repository:read",
         "# created %s-%02d-%02d, owner %s" % (g.pick(["2023", "2024", "2025"]), g.randint(1, 12), g.randint(1, 28), g.user()),
         "https://%s:%s@bitbucket.org" % (g.user(), t), ""]
    return (".git-credentials", J(*L), t)


@P("github", "installation_token", "shell")
def p_gitcred_script(g):
    t = ghs(g)
    L = shebang(g) + ["git config --global credential.helper store",
                      "cat > ~/.git-credentials <<'EOF'", "https://x-access-token:%s@github.com" % t, "EOF",
                      "git clone https://github.com/%s/%s.git" % (g.org(), g.proj()),
                      "cd %s && git submodule update --init --recursive" % g.proj()]
    return ("ci/setup-git.sh", J(*L), t)


@P("gitlab", "personal_access_token", "gitconfig")
def p_gitconfig_gl(g):
    t = glpat(g)
    n = g.pick(FIRST) + " " + g.pick(LAST)
    L = ["[user]", "\tname = %s" % n, "\temail = %s" % g.email(n), "[core]", "\teditor = vim",
         "\tautocrlf = input", "[url \"https://oauth2:%s@gitlab.com/\"]" % t,
         "\tinsteadOf = https://gitlab.com/", "[pull]", "\trebase = true", "[init]", "\tdefaultBranch = main"]
    return (g.pick([".gitconfig", "dotfiles/gitconfig"]), J(*L), t)


@P("github", "installation_token_extraheader_b64", "gitconfig")
def p_gitconfig_extraheader(g):
    t = ghs(g)
    blob = b64(("x-access-token:%s" % t).encode())
    L = ["[core]", "\trepositoryformatversion = 0", "\tfilemode = true", "\tbare = false",
         "\tlogallrefupdates = true", "[remote \"origin\"]",
         "\turl = https://github.com/%s/%s" % (g.org(), g.proj()),
         "\tfetch = +refs/heads/*:refs/remotes/origin/*", "[gc]", "\tauto = 0",
         "[http \"https://github.com/\"]", "\textraheader = AUTHORIZATION: basic %s" % blob,
         "[branch \"main\"]", "\tremote = origin", "\tmerge = refs/heads/main"]
    return (g.pick(["git/config", ".git-config-backup", "ci/gitconfig"]), J(*L), blob)


@P("azure_devops", "pat_extraheader_b64", "gitconfig")
def p_gitconfig_azure(g):
    pat = azure_pat(g)
    blob = b64((":" + pat).encode())
    o = g.org()
    L = ["[user]", "\tname = Build Agent", "\temail = build@%s.com" % o,
         "[http \"https://dev.azure.com/%s/\"]" % o, "\textraheader = AUTHORIZATION: Basic %s" % blob,
         "[credential]", "\tinteractive = never", "[core]", "\tlongpaths = true"]
    return (".gitconfig", J(*L), blob)


@P("github", "installation_token", "gitmodules")
def p_gitmodules(g):
    t = ghs(g)
    o = g.org()
    L = ["[submodule \"vendor/%s\"]" % g.proj(), "\tpath = vendor/%s" % g.proj(),
         "\turl = https://github.com/%s/%s.git" % (o, g.proj()),
         "[submodule \"third_party/protos\"]", "\tpath = third_party/protos",
         "\turl = https://x-access-token:%s@github.com/%s/protos.git" % (t, o), "\tbranch = main"]
    return (".gitmodules", J(*L), t)


@P("github", "classic_pat", "git-config")
def p_git_remote(g):
    t, prov, kind = gh_any(g)
    L = ["[core]", "\trepositoryformatversion = 0", "\tfilemode = true", "\tbare = false",
         "\tlogallrefupdates = true", "[remote \"origin\"]",
         "\turl = https://%s:%s@github.com/%s/%s.git" % (g.user(), t, g.org(), g.proj()),
         "\tfetch = +refs/heads/*:refs/remotes/origin/*", "[branch \"main\"]",
         "\tremote = origin", "\tmerge = refs/heads/main"]
    return {"path": g.pick(["repo.git/config", "mirror/config"]), "text": J(*L), "needle": t, "provider": prov, "kind": kind}


@P("bitbucket", "app_password", "bitbucket-pipelines.yml")
def p_bb_pipelines(g):
    t = atbb(g)
    o = g.org()
    L = ["image: atlassian/default-image:4", "", "pipelines:", "  branches:", "    main:",
         "      - step:", "          name: Build", "          script:",
         "            - git clone https://%s:%s@bitbucket.org/%s/shared-config.git" % (g.user(), t, o),
         "            - ./shared-config/bootstrap.sh", "            - make build",
         "          caches:", "            - node"]
    return ("bitbucket-pipelines.yml", J(*L), t)


@P("github", "oauth_token", "gh-hosts.yml")
def p_gh_hosts(g):
    t = gho(g)
    u = g.user()
    L = ["github.com:", "    user: %s" % u, "    oauth_token: %s" % t, "    git_protocol: %s" % g.pick(["https", "ssh"]),
         "github.%s.com:" % g.org(), "    user: %s" % u, "    git_protocol: ssh"]
    return (g.pick(["hosts.yml", ".config/gh/hosts.yml"]), J(*L), t)


@P("gitlab", "personal_access_token", "glab-config.yml")
def p_glab(g):
    t = glpat(g)
    L = ["git_protocol: ssh", "editor:", "browser:", "glamour_style: dark", "check_update: false",
         "display_hyperlinks: false", "host: gitlab.com", "no_prompt: false", "hosts:", "    gitlab.com:",
         "        token: %s" % t, "        api_host: gitlab.com", "        git_protocol: ssh",
         "        api_protocol: https", "        user: %s" % g.user()]
    return (".config/glab-cli/config.yml", J(*L), t)


@P("github", "oauth_token", "shell")
def p_gh_login(g):
    t = gho(g) if g.chance(0.5) else ghp(g)
    L = shebang(g) + ["# authenticate gh for release tooling",
                      "echo \"%s\" | gh auth login --with-token" % t, "gh auth status",
                      "gh release create \"v$(cat VERSION)\" dist/* --generate-notes"]
    return {"path": "scripts/release.sh", "text": J(*L), "needle": t, "kind": "oauth_token" if t.startswith("gho_") else "classic_pat"}


@P("gitlab", "ci_job_token", "gitlab-ci.yml")
def p_glcbt(g):
    t = glcbt(g)
    o = g.org()
    L = ["variables:", "  GIT_DEPTH: \"20\"", "", "build:", "  image: golang:1.22", "  script:",
         "    - git config --global url.\"https://gitlab-ci-token:%s@gitlab.com/\".insteadOf \"https://gitlab.com/\"" % t,
         "    - go env -w GOPRIVATE=gitlab.com/%s" % o, "    - go build ./...", "    - go test ./..."]
    return (".gitlab-ci.yml", J(*L), t)


@P("gitlab", "personal_access_token", "gitlab-ci.yml")
def p_gl_private_token(g):
    t = glpat(g)
    name = g.pick(["PRIVATE_TOKEN", "GL_TOKEN", "API_TOKEN", "RELEASE_AUTH"])
    L = ["variables:", "  %s: \"%s\"" % (name, t), "  DOCKER_DRIVER: overlay2", "",
         "release:", "  stage: deploy", "  image: registry.gitlab.com/gitlab-org/release-cli:latest",
         "  rules:", "    - if: $CI_COMMIT_TAG", "  script:",
         "    - echo \"releasing $CI_COMMIT_TAG\"",
         "    - 'curl --header \"PRIVATE-TOKEN: $%s\" \"$CI_API_V4_URL/projects/$CI_PROJECT_ID/releases\"'" % name]
    return (".gitlab-ci.yml", J(*L), t)


@P("gitlab", "personal_access_token", "pre-commit-config.yaml")
def p_precommit(g):
    t = glpat(g)
    o = g.org()
    L = ["repos:", "  - repo: https://github.com/pre-commit/pre-commit-hooks", "    rev: v4.6.0", "    hooks:",
         "      - id: trailing-whitespace", "      - id: end-of-file-fixer",
         "  - repo: https://oauth2:%s@gitlab.com/%s/lint-hooks.git" % (t, o), "    rev: v1.%d.0" % g.randint(0, 9),
         "    hooks:", "      - id: %s-lint" % o]
    return (".pre-commit-config.yaml", J(*L), t)


@P("gitlab", "deploy_token", "Dockerfile")
def p_docker_gldt(g):
    t = gldt(g)
    pid = g.randint(100000, 59999999)
    L = dockerfile_head(g, "python:3.%d-slim" % g.randint(10, 12)) + [
        "COPY requirements.txt .",
        "RUN pip install --no-cache-dir -r requirements.txt \\",
        "    --extra-index-url https://gitlab+deploy-token-%d:%s@gitlab.com/api/v4/projects/%d/packages/pypi/simple" % (g.randint(1000, 999999), t, pid),
        "COPY . .", "USER 1000", "CMD [\"gunicorn\", \"app:app\", \"-b\", \"0.0.0.0:8000\"]"]
    return ("Dockerfile", J(*L), t)


# ---- Renovate / Dependabot -----------------------------------------------------

@P("github", "classic_pat", "renovate.json")
def p_renovate(g):
    t, prov, kind = gh_any(g)
    d = {"$schema": "https://docs.renovatebot.com/renovate-schema.json",
         "extends": ["config:recommended", ":semanticCommits"],
         "hostRules": [{"matchHost": "github.com", "hostType": "github", "token": t}],
         "packageRules": [{"matchUpdateTypes": ["minor", "patch"], "automerge": True}]}
    return {"path": g.pick(["renovate.json", ".github/renovate.json"]), "text": json.dumps(d, indent=2) + "\n",
            "needle": t, "provider": prov, "kind": kind}


@P("npm", "automation_token", "renovate-config.js")
def p_renovate_js(g):
    t = npm_tok(g)
    L = ["module.exports = {", "  platform: 'gitlab',", "  endpoint: 'https://gitlab.%s.com/api/v4/'," % g.org(),
         "  autodiscover: true,", "  npmToken: '%s'," % t, "  onboardingConfig: {",
         "    extends: ['config:recommended'],", "  },", "};"]
    return ("config.js", J(*L), t)


@P("nexus", "registry_password", "dependabot.yml")
def p_dependabot(g):
    pw = g.human_pw()
    L = ["version: 2", "registries:", "  nexus:", "    type: maven-repository",
         "    url: https://%s/repository/maven-public/" % nexus_host(g), "    username: %s" % g.user(),
         "    password: %s" % pw, "updates:", "  - package-ecosystem: maven", "    directory: \"/\"",
         "    registries:", "      - nexus", "    schedule:", "      interval: weekly"]
    return (".github/dependabot.yml", J(*L), pw)


@P("npm", "automation_token", "dependabot.yml")
def p_dependabot_npm(g):
    t = npm_tok(g)
    L = ["version: 2", "registries:", "  npm-npmjs:", "    type: npm-registry",
         "    url: https://registry.npmjs.org", "    token: %s" % t, "updates:",
         "  - package-ecosystem: npm", "    directory: \"/\"", "    registries:", "      - npm-npmjs",
         "    schedule:", "      interval: daily"]
    return (".github/dependabot.yml", J(*L), t)


# ---- other toolchain ---------------------------------------------------------

@P("pulumi", "access_token", "pulumi-credentials.json")
def p_pulumi(g):
    t = pulumi_tok(g)
    u = g.user()
    d = {"current": "https://api.pulumi.com", "accessTokens": {"https://api.pulumi.com": t},
         "accounts": {"https://api.pulumi.com": {"username": u, "organizations": [u, g.org()],
                                                 "lastValidatedAt": "2024-%02d-%02dT10:11:12Z" % (g.randint(1, 12), g.randint(1, 28))}}}
    return (".pulumi/credentials.json", json.dumps(d, indent=4) + "\n", t)


@P("sentry", "auth_token", "sentryclirc")
def p_sentryclirc(g):
    o = g.org()
    t = sentry_tok(g, o)
    L = ["[defaults]", "url = https://sentry.io/", "org = %s" % o, "project = %s" % g.proj(), "",
         "[auth]", "token = %s" % t, "", "[log]", "level = warn"]
    return (".sentryclirc", J(*L), t)


@P("sonarqube", "token", "sonar-project.properties")
def p_sonar(g):
    t = sonar_tok(g)
    p = g.proj()
    L = ["sonar.projectKey=%s_%s" % (g.org(), p), "sonar.projectName=%s" % p,
         "sonar.host.url=https://sonar.%s.com" % g.org(), "%s=%s" % (g.pick(["sonar.token", "sonar.login"]), t),
         "sonar.sources=src", "sonar.tests=tests", "sonar.sourceEncoding=UTF-8",
         "sonar.python.coverage.reportPaths=coverage.xml"]
    return ("sonar-project.properties", J(*L), t)


@P("gitea", "access_token", "tea-config.yml")
def p_tea(g):
    t = g.hexs(40)
    L = ["logins:", "  - name: %s" % g.org(), "    url: https://git.%s.dev" % g.org(), "    token: %s" % t,
         "    default: true", "    ssh_host: git.%s.dev" % g.org(), "    ssh_key: \"\"", "    insecure: false",
         "    user: %s" % g.user(), "preferences:", "  editor: false", "  flag_defaults:", "    remote: \"\""]
    return (".config/tea/config.yml", J(*L), t)


@P("codecov", "upload_token", "github-workflow")
def p_codecov(g):
    t = g.uuid4()
    L = gha_head(g, "CI", on_tag=False) + gha_tail(g, "python") + [
        "      - run: pytest --cov --cov-report=xml", "      - uses: codecov/codecov-action@v4", "        with:",
        "          token: %s" % t, "          files: coverage.xml", "          fail_ci_if_error: true"]
    return (".github/workflows/ci.yml", J(*L), t)


@P("snyk", "api_token", "env")
def p_snyk(g):
    t = g.uuid4()
    L = ["# local dev tooling", "NODE_ENV=development", "SNYK_TOKEN=%s" % t, "SNYK_CFG_ORG=%s" % g.org(),
         "DEBUG=false"]
    return (g.pick([".env", ".env.tools"]), J(*L), t)


@P("cloudsmith", "api_key", "shell")
def p_cloudsmith(g):
    k = g.hexs(40)
    L = shebang(g) + ["pip install --upgrade cloudsmith-cli",
                      "cloudsmith push python %s/%s dist/*.whl -k %s" % (g.org(), g.pick(["python", "internal"]), k),
                      "echo published"]
    return ("scripts/upload.sh", J(*L), k)


@P("cloudsmith", "entitlement_token", "requirements.txt")
def p_cloudsmith_ent(g):
    t = g.s(16)
    o = g.org()
    L = ["--extra-index-url https://dl.cloudsmith.io/%s/%s/python/python/index/" % (t, o)]
    L += ["%s==%s" % (p, g.ver()) for p in g.sample(PY_PKGS, g.randint(4, 9))]
    return ("requirements.txt", J(*L), t)


@P("deno", "auth_tokens", "env")
def p_deno(g):
    t = ghp(g)
    L = ["DENO_DIR=.deno", "DENO_AUTH_TOKENS=%s@raw.githubusercontent.com" % t, "PORT=8000",
         "LOG_LEVEL=info", "DENO_NO_UPDATE_CHECK=1"]
    return {"path": ".env", "text": J(*L), "needle": t, "provider": "github", "kind": "classic_pat"}


@P("apple", "fastlane_password", "env")
def p_fastlane(g):
    pw = g.human_pw()
    name = g.pick(["MATCH_PASSWORD", "FASTLANE_PASSWORD", "PASS"])
    L = ["FASTLANE_USER=%s" % g.email(), "FASTLANE_TEAM_ID=%s" % g.s(10, UPPERNUM),
         "%s=%s" % (name, pw), "FASTLANE_SKIP_UPDATE_CHECK=1", "MATCH_GIT_URL=git@github.com:%s/certificates.git" % g.org()]
    return ("fastlane/.env.default", J(*L), pw)


@P("dockerhub", "pat", "env")
def p_env_registry(g):
    t = dckr(g)
    name = g.pick(["REGISTRY_PASSWORD", "DOCKER_PASSWORD", "PASSWORD", "AUTH"])
    L = ["COMPOSE_PROJECT_NAME=%s" % g.proj(), "REGISTRY=docker.io", "REGISTRY_USER=%s" % g.user(),
         "%s=%s" % (name, t), "IMAGE_TAG=latest"]
    return (".env", J(*L), t)


@P("github", "classic_pat", "Makefile")
def p_make_gh(g):
    t, prov, kind = gh_any(g)
    L = ["GOFLAGS ?= -trimpath", "", ".PHONY: deps build", "", "deps:",
         "\tgit config --global url.\"https://%s@github.com/\".insteadOf \"https://github.com/\"" % t,
         "\tgo mod download", "", "build: deps", "\tgo build $(GOFLAGS) -o bin/ ./..."]
    return {"path": "Makefile", "text": J(*L), "needle": t, "provider": prov, "kind": kind}


@P("npm", "automation_token", "shell")
def p_npm_positional(g):
    t = npm_tok(g)
    L = shebang(g) + ["# usage: ./scripts/publish.sh", "./scripts/write-npmrc.sh %s" % t,
                      "npm publish --access %s" % g.pick(["public", "restricted"]), "rm -f .npmrc"]
    return ("scripts/publish.sh", J(*L), t)


@P("github", "fine_grained_pat", "env")
def p_env_llm(g):
    t = github_pat(g)
    name = g.pick(["GH_TOKEN", "TOKEN", "AUTH", "GIT_AUTH", "REPO_KEY"])
    L = ["# tooling", "%s=%s" % (name, t), "RELEASE_BRANCH=main", "CHANGELOG=CHANGELOG.md", "DRY_RUN=false"]
    return (g.pick([".env", ".envrc.local", "tools/.env"]), J(*L), t)


@P("github", "refresh_token", "json")
def p_ghr(g):
    t = ghr(g)
    d = {"client_id": "Iv1." + g.hexs(16), "refresh_token": t,
         "refresh_token_expires_in": 15724800, "scope": "", "token_type": "bearer"}
    return ("tools/gh-app/token-cache.json", json.dumps(d, indent=2) + "\n", t)


# ---------------------------------------------------------------------------
# NEGATIVES
# ---------------------------------------------------------------------------

@N("npm", "env_interpolation", "npmrc")
def n_npmrc_env(g):
    var = g.pick(["NPM_TOKEN", "NODE_AUTH_TOKEN", "NPM_AUTH_TOKEN", "GITHUB_TOKEN"])
    L = ["# token is provided by CI (%s)" % var, "registry=https://registry.npmjs.org/",
         "//registry.npmjs.org/:_authToken=${%s}" % var] + npmrc_extras(g, g.randint(3, 6))
    return (".npmrc", J(*L))


@N("npm", "always_auth_no_token", "npmrc")
def n_npmrc_noauth(g):
    L = ["registry=https://%s/repository/npm-group/" % nexus_host(g), "always-auth=true",
         "email=%s" % g.email()] + npmrc_extras(g) + ["# auth is injected by `npm login` / CI secret"]
    return (".npmrc", J(*L))


@N("github", "env_interpolation", "npmrc")
def n_npmrc_gpr(g):
    L = ["@%s:registry=https://npm.pkg.github.com" % g.org(), "//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}",
         "auto-install-peers=true"] + npmrc_extras(g, 2)
    return (".npmrc", J(*L))


@N("npm", "placeholder", "npmrc")
def n_npmrc_placeholder(g):
    ph = g.pick(["<YOUR_NPM_TOKEN>", "YOUR_NPM_TOKEN", "npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<token>", "changeme", "npm_..."])
    L = ["# Copy this file to .npmrc and put your token in place", "registry=https://registry.npmjs.org/",
         "//registry.npmjs.org/:_authToken=%s" % ph] + npmrc_extras(g, 2)
    return (g.pick([".npmrc.example", "docs/npmrc.sample", ".npmrc.template"]), J(*L))


@N("npm", "masked_cli_output", "text")
def n_npm_token_list(g):
    L = ["$ npm token list", "┌────────┬─────────┬────────────┬──────────┬────────────────┐",
         "│ id     │ token   │ created    │ readonly │ CIDR whitelist │",
         "├────────┼─────────┼────────────┼──────────┼────────────────┤"]
    for _ in range(g.randint(2, 4)):
        L.append("│ %s │ %s… │ 2024-%02d-%02d │ %s    │                │" % (g.hexs(6), g.hexs(6), g.randint(1, 12), g.randint(1, 28), g.pick(["no ", "yes"])))
    L += ["└────────┴─────────┴────────────┴──────────┴────────────────┘", "",
          "$ npm token create --read-only", "+----------------+--------------------------------------+",
          "| token          | npm_****************************%s |" % g.s(4),
          "| readonly       | true                                 |",
          "+----------------+--------------------------------------+"]
    return (g.pick(["docs/npm-tokens.md", "notes/rotation-2024.txt"]), J(*L))


@N("npm", "lockfile_integrity", "package-lock.json")
def n_package_lock(g):
    p = g.proj()
    pk = {"": {"name": p, "version": g.ver(), "dependencies": {}}}
    for name in g.sample(NPM_PKGS, g.randint(3, 6)):
        v = g.ver()
        pk[""]["dependencies"][name] = "^" + v
        pk["node_modules/" + name] = {"version": v, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name, v),
                                      "integrity": sha512_integrity(g), "license": "MIT"}
    d = {"name": p, "version": pk[""]["version"], "lockfileVersion": 3, "requires": True, "packages": pk}
    return ("package-lock.json", json.dumps(d, indent=2) + "\n")


@N("yarn", "lockfile_integrity", "yarn.lock")
def n_yarn_lock(g):
    L = ["# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.", "# yarn lockfile v1", ""]
    for name in g.sample(NPM_PKGS, g.randint(3, 6)):
        v = g.ver()
        L += ["%s@^%s:" % (name, v), "  version \"%s\"" % v,
              "  resolved \"https://registry.yarnpkg.com/%s/-/%s-%s.tgz#%s\"" % (name, name, v, sha1hex(g)),
              "  integrity %s" % sha512_integrity(g), ""]
    return ("yarn.lock", J(*L))


@N("pnpm", "lockfile_integrity", "pnpm-lock.yaml")
def n_pnpm_lock(g):
    L = ["lockfileVersion: '9.0'", "", "settings:", "  autoInstallPeers: true", "  excludeLinksFromLockfile: false", "", "packages:", ""]
    for name in g.sample(NPM_PKGS, g.randint(3, 6)):
        L += ["  %s@%s:" % (name, g.ver()), "    resolution: {integrity: %s}" % sha512_integrity(g),
              "    engines: {node: '>=%d'}" % g.pick([14, 16, 18]), ""]
    return ("pnpm-lock.yaml", J(*L))


@N("yarn", "env_interpolation", "yarnrc.yml")
def n_yarnrc_env(g):
    L = ["nodeLinker: node-modules", "npmScopes:", "  %s:" % g.org(), "    npmAlwaysAuth: true",
         "    npmAuthToken: \"${%s:-}\"" % g.pick(["NPM_AUTH_TOKEN", "NPM_TOKEN", "NODE_AUTH_TOKEN"]),
         "    npmRegistryServer: \"https://npm.pkg.github.com\"", "",
         "yarnPath: .yarn/releases/yarn-4.%d.%d.cjs" % (g.randint(0, 9), g.randint(0, 3))]
    return (".yarnrc.yml", J(*L))


@N("npm", "publish_dryrun_shasum", "text")
def n_npm_publish_out(g):
    p = g.proj()
    v = g.ver()
    o = g.org()
    L = ["npm notice", "npm notice 📦  @%s/%s@%s" % (o, p, v), "npm notice === Tarball Contents ===",
         "npm notice 1.1kB LICENSE", "npm notice 2.4kB README.md", "npm notice 8.9kB dist/index.js",
         "npm notice 1.2kB package.json", "npm notice === Tarball Details ===",
         "npm notice name:          @%s/%s" % (o, p), "npm notice version:       %s" % v,
         "npm notice filename:      %s-%s-%s.tgz" % (o, p, v), "npm notice package size:  4.6 kB",
         "npm notice unpacked size: 13.6 kB", "npm notice shasum:        %s" % sha1hex(g),
         "npm notice integrity:     %s[...]%s" % (sha512_integrity(g)[:21], g.s(6)),
         "npm notice total files:   4", "npm notice", "+ @%s/%s@%s" % (o, p, v)]
    return ("docs/release-log.txt", J(*L))


@N("pypi", "placeholder", "pypirc")
def n_pypirc_placeholder(g):
    ph = g.pick(["<your PyPI API token>", "pypi-...", "pypi-AgEIcHlwaS5vcmc...", "${PYPI_TOKEN}", "YOUR_API_TOKEN_HERE"])
    L = ["# Template: copy to ~/.pypirc", "[distutils]", "index-servers =", "    pypi", "", "[pypi]",
         "username = __token__", "password = %s" % ph]
    return (g.pick([".pypirc.example", "docs/pypirc.sample"]), J(*L))


@N("pypi", "no_credentials", "pypirc")
def n_pypirc_nopw(g):
    L = ["[distutils]", "index-servers =", "    pypi", "    internal", "", "[pypi]", "username = __token__", "",
         "[internal]", "repository = https://%s/repository/pypi-internal/" % nexus_host(g),
         "username = %s" % g.user(), "# password comes from keyring (`keyring set ...`)"]
    return (".pypirc", J(*L))


@N("pip", "index_url_no_creds", "pip.conf")
def n_pipconf(g):
    host = art_host(g)
    L = ["[global]", "index-url = https://%s/artifactory/api/pypi/pypi-virtual/simple" % host,
         "trusted-host = %s" % host, "timeout = 60", "", "[install]", "require-hashes = false"]
    return ("pip.conf", J(*L))


@N("pip", "env_interpolation", "requirements.txt")
def n_req_env(g):
    L = ["--extra-index-url https://${%s}:${%s}@%s/repository/pypi-group/simple" % (
        g.pick(["NEXUS_USER", "PIP_USER", "ARTIFACTORY_USER"]), g.pick(["NEXUS_PASSWORD", "PIP_PASSWORD", "ARTIFACTORY_TOKEN"]), nexus_host(g))]
    L += ["%s==%s" % (p, g.ver()) for p in g.sample(PY_PKGS, g.randint(4, 9))]
    return ("requirements.txt", J(*L))


@N("pip", "hash_pinning", "requirements.txt")
def n_req_hashes(g):
    L = ["#", "# This file is autogenerated by pip-compile with Python 3.12", "#    pip-compile --generate-hashes", "#"]
    for p in g.sample(PY_PKGS, g.randint(3, 6)):
        L.append("%s==%s \\" % (p, g.ver()))
        L.append("    --hash=sha256:%s \\" % sha256hex(g))
        L.append("    --hash=sha256:%s" % sha256hex(g))
    return ("requirements.lock", J(*L))


@N("pipenv", "lockfile_hashes", "Pipfile.lock")
def n_pipfile_lock(g):
    d = {"_meta": {"hash": {"sha256": sha256hex(g)}, "pipfile-spec": 6, "requires": {"python_version": "3.11"},
                   "sources": [{"name": "pypi", "url": "https://pypi.org/simple", "verify_ssl": True}]}, "default": {}}
    for p in g.sample(PY_PKGS, g.randint(2, 4)):
        d["default"][p] = {"hashes": ["sha256:" + sha256hex(g), "sha256:" + sha256hex(g)], "version": "==" + g.ver()}
    return ("Pipfile.lock", json.dumps(d, indent=4) + "\n")


@N("pipenv", "env_interpolation", "Pipfile")
def n_pipfile_env(g):
    L = ["[[source]]", "url = \"https://${PYPI_USER}:${PYPI_PASSWORD}@%s/repository/pypi-group/simple\"" % nexus_host(g),
         "verify_ssl = true", "name = \"internal\"", "", "[packages]"]
    L += ["%s = \"*\"" % p for p in g.sample(PY_PKGS, 4)]
    L += ["", "[requires]", "python_version = \"3.12\""]
    return ("Pipfile", J(*L))


@N("poetry", "lockfile_hashes", "poetry.lock")
def n_poetry_lock(g):
    L = ["# This file is automatically @generated by Poetry 1.8.3 and should not be changed by hand.", ""]
    for p in g.sample(PY_PKGS, g.randint(2, 4)):
        v = g.ver()
        L += ["[[package]]", "name = \"%s\"" % p, "version = \"%s\"" % v, "description = \"\"",
              "optional = false", "python-versions = \">=3.8\"", "files = [",
              "    {file = \"%s-%s-py3-none-any.whl\", hash = \"sha256:%s\"}," % (p, v, sha256hex(g)),
              "    {file = \"%s-%s.tar.gz\", hash = \"sha256:%s\"}," % (p, v, sha256hex(g)), "]", ""]
    L += ["[metadata]", "lock-version = \"2.0\"", "python-versions = \"^3.11\"", "content-hash = \"%s\"" % sha256hex(g)]
    return ("poetry.lock", J(*L))


@N("uv", "index_no_creds", "pyproject.toml")
def n_pyproject_index(g):
    p = g.proj()
    L = ["[project]", "name = \"%s\"" % p, "version = \"%s\"" % g.ver(), "requires-python = \">=3.10\"",
         "dependencies = [\"httpx>=0.27\", \"pydantic>=2\"]", "", "[[tool.uv.index]]", "name = \"internal\"",
         "url = \"https://%s/artifactory/api/pypi/pypi/simple\"" % art_host(g), "# credentials: UV_INDEX_INTERNAL_USERNAME / UV_INDEX_INTERNAL_PASSWORD",
         "", "[[tool.poetry.source]]", "name = \"internal\"", "url = \"https://%s/repository/pypi/simple\"" % nexus_host(g),
         "priority = \"supplemental\""]
    return ("pyproject.toml", J(*L))


@N("uv", "env_reference", "github-workflow")
def n_gha_uv(g):
    L = gha_head(g, "Publish") + ["      - uses: astral-sh/setup-uv@v3", "      - run: uv build",
                                  "      - run: uv publish", "        env:", "          UV_PUBLISH_TOKEN: ${{ secrets.PYPI_API_TOKEN }}"]
    return (".github/workflows/publish.yml", J(*L))


@N("pypi", "trusted_publishing", "github-workflow")
def n_gha_trusted(g):
    L = gha_head(g, "Upload Python Package") + gha_tail(g, "python") + [
        "      - name: Publish package distributions to PyPI",
        "        uses: pypa/gh-action-pypi-publish@%s # v1.10.3" % sha1hex(g),
        "        with:", "          attestations: true"]
    return (".github/workflows/pypi.yml", J(*L))


@N("tox", "env_passthrough", "tox.ini")
def n_tox(g):
    L = ["[tox]", "envlist = py311, py312", "", "[testenv]", "passenv =", "    PIP_INDEX_URL", "    PIP_EXTRA_INDEX_URL",
         "setenv =", "    PIP_INDEX_URL = {env:PIP_INDEX_URL:https://pypi.org/simple}", "deps = pytest",
         "commands = pytest {posargs}"]
    return ("tox.ini", J(*L))


@N("crates_io", "lockfile_checksum", "Cargo.lock")
def n_cargo_lock(g):
    L = ["# This file is automatically @generated by Cargo.", "# It is not intended for manual editing.", "version = 3", ""]
    for name in g.sample(["serde", "tokio", "anyhow", "clap", "regex", "rand", "log", "thiserror", "bytes"], g.randint(3, 6)):
        L += ["[[package]]", "name = \"%s\"" % name, "version = \"%s\"" % g.ver(),
              "source = \"registry+https://github.com/rust-lang/crates.io-index\"", "checksum = \"%s\"" % sha256hex(g), ""]
    return ("Cargo.lock", J(*L))


@N("crates_io", "credential_provider", "cargo-config.toml")
def n_cargo_config(g):
    o = g.org()
    L = ["[registry]", "global-credential-providers = [\"cargo:token\", \"cargo:libsecret\"]", "",
         "[registries.%s]" % o, "index = \"sparse+https://%s/artifactory/api/cargo/cargo-local/index/\"" % art_host(g),
         "credential-provider = \"cargo:token\"", "# token via CARGO_REGISTRIES_%s_TOKEN" % o.upper(), "",
         "[net]", "git-fetch-with-cli = true"]
    return (".cargo/config.toml", J(*L))


@N("crates_io", "placeholder", "cargo-credentials.toml")
def n_cargo_cred_ph(g):
    L = ["# Example only - run `cargo login` instead of editing this file", "[registry]",
         "token = \"%s\"" % g.pick(["<crates.io API token>", "cio...", "YOUR_CRATES_IO_TOKEN", ""]), ""]
    L += ["# See https://doc.rust-lang.org/cargo/reference/config.html#credentials", "# ---"]
    return ("docs/credentials.toml.example", J(*L))


@N("maven", "encrypted_password", "maven-settings.xml")
def n_settings_enc(g):
    enc = "{%s}" % b64(g.raw(g.pick([32, 48])))
    srv = pom_server_block(g.pick(["nexus-releases", "ossrh", "central"]), g.user(), enc)
    return ("settings.xml", J(*settings_xml(g, srv)))


@N("maven", "env_interpolation", "maven-settings.xml")
def n_settings_env(g):
    srv = pom_server_block(g.pick(["github", "ossrh", "artifactory"]), "${env.%s}" % g.pick(["MAVEN_USERNAME", "GITHUB_ACTOR", "ART_USER"]),
                           "${env.%s}" % g.pick(["MAVEN_PASSWORD", "GITHUB_TOKEN", "ART_TOKEN", "MAVEN_CENTRAL_TOKEN"]))
    return (g.pick(["settings.xml", ".mvn/settings.xml"]), J(*settings_xml(g, srv)))


@N("maven", "master_password_encrypted", "settings-security.xml")
def n_settings_security(g):
    L = ['<?xml version="1.0" encoding="UTF-8"?>', "<settingsSecurity>",
         "  <master>{%s}</master>" % b64(g.raw(32)), "</settingsSecurity>", "<!-- generated with mvn --encrypt-master-password -->"]
    return (".m2/settings-security.xml", J(*L))


@N("gradle", "signing_key_id_public", "gradle.properties")
def n_gradle_keyid(g):
    L = ["org.gradle.jvmargs=-Xmx2g", "org.gradle.caching=true", "signing.keyId=%s" % g.s(8, HEXU),
         "signing.secretKeyRingFile=%s/.gnupg/secring.gpg" % g.pick(["/home/ci", "/Users/%s" % g.user()]),
         "# signing.password is provided via ORG_GRADLE_PROJECT_signingPassword",
         "POM_URL=https://github.com/%s/%s" % (g.org(), g.proj())]
    return ("gradle.properties", J(*L))


@N("gradle", "wrapper_checksum", "gradle-wrapper.properties")
def n_gradle_wrapper(g):
    v = "8.%d" % g.randint(3, 11)
    L = ["distributionBase=GRADLE_USER_HOME", "distributionPath=wrapper/dists",
         "distributionSha256Sum=%s" % sha256hex(g),
         "distributionUrl=https\\://services.gradle.org/distributions/gradle-%s-bin.zip" % v,
         "networkTimeout=10000", "validateDistributionUrl=true", "zipStoreBase=GRADLE_USER_HOME", "zipStorePath=wrapper/dists"]
    return ("gradle/wrapper/gradle-wrapper.properties", J(*L))


@N("gradle", "env_lookup", "build.gradle.kts")
def n_kts_env(g):
    L = ["publishing {", "    repositories {", "        maven {", "            name = \"GitHubPackages\"",
         "            url = uri(\"https://maven.pkg.github.com/%s/%s\")" % (g.org(), g.proj()), "            credentials {",
         "                username = project.findProperty(\"gpr.user\") as String? ?: System.getenv(\"GITHUB_ACTOR\")",
         "                password = project.findProperty(\"gpr.key\") as String? ?: System.getenv(\"GITHUB_TOKEN\")",
         "            }", "        }", "    }", "}", "", "signing {",
         "    useInMemoryPgpKeys(providers.environmentVariable(\"SIGNING_KEY\").orNull, providers.environmentVariable(\"SIGNING_PASSWORD\").orNull)",
         "    sign(publishing.publications)", "}"]
    return ("build.gradle.kts", J(*L))


@N("gradle", "property_lookup", "build.gradle")
def n_groovy_env(g):
    L = ["repositories {", "    maven {", "        url 'https://%s/repository/maven-public/'" % nexus_host(g),
         "        credentials {", "            username = nexusUsername", "            password = nexusPassword",
         "        }", "    }", "}", "", "// nexusUsername / nexusPassword live in ~/.gradle/gradle.properties"]
    return ("build.gradle", J(*L))


@N("maven", "wrapper_checksum", "maven-wrapper.properties")
def n_mvnw(g):
    L = ["# Licensed to the Apache Software Foundation (ASF)", "wrapperVersion=3.3.2", "distributionType=only-script",
         "distributionUrl=https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/3.9.%d/apache-maven-3.9.%d-bin.zip" % ((g.randint(5, 9),) * 2),
         "distributionSha256Sum=%s" % sha256hex(g)]
    return (".mvn/wrapper/maven-wrapper.properties", J(*L))


@N("nuget", "env_interpolation", "NuGet.Config")
def n_nuget_env(g):
    o = g.org()
    L = nuget_config(g, "%sFeed" % o.capitalize(), "https://pkgs.dev.azure.com/%s/_packaging/main/nuget/v3/index.json" % o,
                     "%" + g.pick(["FEED_USER", "NUGET_USER"]) + "%", "%" + g.pick(["FEED_PAT", "NUGET_PAT", "SYSTEM_ACCESSTOKEN"]) + "%")
    return ("NuGet.Config", J(*L))


@N("nuget", "lockfile_contenthash", "packages.lock.json")
def n_nuget_lock(g):
    d = {"version": 1, "dependencies": {"net8.0": {}}}
    for p in g.sample(["Newtonsoft.Json", "Serilog", "Polly", "Dapper", "AutoMapper", "MediatR", "xunit"], g.randint(2, 4)):
        d["dependencies"]["net8.0"][p] = {"type": "Direct", "requested": "[%s, )" % g.ver(), "resolved": g.ver(),
                                           "contentHash": b64(g.raw(64))}
    return ("packages.lock.json", json.dumps(d, indent=2) + "\n")


@N("azure_devops", "pipeline_variable", "azure-pipelines.yml")
def n_azp(g):
    L = ["trigger:", "- main", "", "pool:", "  vmImage: windows-latest", "", "steps:",
         "- task: NuGetAuthenticate@1", "- script: dotnet restore", "  env:", "    FEED_PAT: $(System.AccessToken)",
         "- script: dotnet nuget push **/*.nupkg -k $(NUGET_API_KEY) -s https://api.nuget.org/v3/index.json",
         "  condition: and(succeeded(), startsWith(variables['Build.SourceBranch'], 'refs/tags/'))"]
    return ("azure-pipelines.yml", J(*L))


@N("composer", "ci_secret_reference", "github-workflow")
def n_composer_env(g):
    L = gha_head(g, "CI", on_tag=False) + ["      - run: composer install --prefer-dist", "        env:",
                                            "          COMPOSER_AUTH: '{\"github-oauth\": {\"github.com\": \"${{ secrets.COMPOSER_GH_TOKEN }}\"}}'"]
    return (".github/workflows/ci.yml", J(*L))


@N("composer", "lockfile_reference", "composer.lock")
def n_composer_lock(g):
    pk = []
    for name in g.sample(["symfony/console", "monolog/monolog", "guzzlehttp/guzzle", "laravel/framework", "psr/log"], 2):
        pk.append({"name": name, "version": "v" + g.ver(),
                   "source": {"type": "git", "url": "https://github.com/%s.git" % name, "reference": sha1hex(g)},
                   "dist": {"type": "zip", "url": "https://api.github.com/repos/%s/zipball/%s" % (name, sha1hex(g)),
                            "reference": sha1hex(g), "shasum": ""}})
    d = {"_readme": ["This file locks the dependencies of your project to a known state"],
         "content-hash": g.hexs(32), "packages": pk}
    return ("composer.lock", json.dumps(d, indent=4) + "\n")


@N("composer", "placeholder", "composer-auth.json")
def n_composer_ph(g):
    d = {"github-oauth": {"github.com": g.pick(["<your-github-token>", "ghp_...", "YOUR_GITHUB_TOKEN"])},
         "http-basic": {"repo.packagist.com": {"username": "token", "password": g.pick(["<private-packagist-token>", "changeme", "REPLACE_ME"])}}}
    return ("auth.json.dist", json.dumps(d, indent=4) + "\n")


@N("bundler", "no_credentials", "bundle-config")
def n_bundle(g):
    L = ["---", "BUNDLE_PATH: \"vendor/bundle\"", "BUNDLE_JOBS: \"4\"", "BUNDLE_RETRY: \"3\"",
         "BUNDLE_WITHOUT: \"development:test\"", "BUNDLE_FROZEN: \"true\""]
    return (".bundle/config", J(*L))


@N("bundler", "ci_secret_reference", "github-workflow")
def n_bundle_ci(g):
    L = gha_head(g, "CI", on_tag=False) + ["      - uses: ruby/setup-ruby@v1", "        with:", "          bundler-cache: true",
                                            "        env:", "          BUNDLE_GEMS__CONTRIBSYS__COM: ${{ secrets.SIDEKIQ_PRO_CREDENTIALS }}",
                                            "      - run: bundle exec rspec"]
    return (".github/workflows/ci.yml", J(*L))


@N("bundler", "lockfile_checksums", "Gemfile.lock")
def n_gemfile_lock(g):
    gems = g.sample(["rack", "puma", "nokogiri", "rails", "pg", "sidekiq", "rspec-core", "rubocop"], 4)
    vs = {x: g.ver() for x in gems}
    L = ["GEM", "  remote: https://rubygems.org/", "  specs:"] + ["    %s (%s)" % (x, vs[x]) for x in gems] + [
        "", "PLATFORMS", "  x86_64-linux", "", "DEPENDENCIES"] + ["  %s" % x for x in gems] + ["", "CHECKSUMS"] + [
        "  %s (%s) sha256=%s" % (x, vs[x], sha256hex(g)) for x in gems] + ["", "BUNDLED WITH", "   2.6.%d" % g.randint(0, 5)]
    return ("Gemfile.lock", J(*L))


@N("gemfury", "env_interpolation", "Gemfile")
def n_gemfile_env(g):
    L = ["source \"https://rubygems.org\"", "", "source \"https://#{ENV.fetch('GEMFURY_TOKEN')}@gem.fury.io/%s/\" do" % g.org(),
         "  gem \"%s-core\"" % g.org(), "end", "", "gem \"rails\", \"~> 7.1\"", "gem \"pg\""]
    return ("Gemfile", J(*L))


@N("go", "checksum_db", "go.sum")
def n_gosum(g):
    L = []
    for m in g.sample(["github.com/stretchr/testify", "golang.org/x/sync", "github.com/google/uuid",
                       "go.uber.org/zap", "github.com/spf13/cobra", "golang.org/x/net"], 4):
        v = "v" + g.ver()
        L.append("%s %s h1:%s" % (m, v, b64(g.raw(32))))
        L.append("%s %s/go.mod h1:%s" % (m, v, b64(g.raw(32))))
    return ("go.sum", J(*L))


@N("go", "goprivate_no_creds", "shell")
def n_goenv(g):
    o = g.org()
    L = shebang(g) + ["export GOPRIVATE=github.com/%s/*,gitlab.%s.com/*" % (o, o), "export GOPROXY=https://proxy.golang.org,direct",
                      "export GONOSUMDB=github.com/%s/*" % o,
                      "git config --global url.\"https://x-access-token:${GITHUB_TOKEN}@github.com/\".insteadOf \"https://github.com/\"",
                      "go mod download"]
    return (".envrc", J(*L))


@N("netrc", "env_written", "shell")
def n_netrc_script(g):
    L = shebang(g) + ["cat > \"$HOME/.netrc\" <<EOF", "machine github.com", "  login x-access-token",
                      "  password ${GITHUB_TOKEN}", "EOF", "chmod 600 \"$HOME/.netrc\"", "go mod download"]
    return ("ci/write-netrc.sh", J(*L))


@N("netrc", "login_only", "netrc")
def n_netrc_loginonly(g):
    L = ["# passwords come from the keychain", "machine github.com", "  login %s" % g.user(), "",
         "machine proxy.%s.internal" % g.org(), "  login %s" % g.user(), "", "default login anonymous"]
    return (".netrc", J(*L))


@N("docker", "creds_store", "docker-config.json")
def n_docker_store(g):
    d = {"auths": {"https://index.docker.io/v1/": {}, "ghcr.io": {}}, "credsStore": g.pick(["desktop", "osxkeychain", "pass"]),
         "currentContext": g.pick(["default", "desktop-linux", "colima"])}
    return (".docker/config.json", json.dumps(d, indent="\t") + "\n")


@N("docker", "cred_helpers", "docker-config.json")
def n_docker_helpers(g):
    d = {"credHelpers": {"%d.dkr.ecr.%s.amazonaws.com" % (g.randint(100000000000, 999999999999), g.pick(["us-east-1", "eu-central-1"])): "ecr-login",
                         "europe-docker.pkg.dev": "gcloud", "%s.azurecr.io" % g.org(): "acr-env"},
         "auths": {}}
    return (".docker/config.json", json.dumps(d, indent="\t") + "\n")


@N("docker", "image_digest", "Dockerfile")
def n_docker_digest(g):
    L = ["FROM node:20-alpine@sha256:%s AS build" % sha256hex(g), "WORKDIR /app", "COPY package*.json ./",
         "RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci", "COPY . .", "RUN npm run build", "",
         "FROM gcr.io/distroless/nodejs20-debian12@sha256:%s" % sha256hex(g), "COPY --from=build /app/dist /app",
         "CMD [\"/app/server.js\"]"]
    return ("Dockerfile", J(*L))


@N("docker", "arg_reference", "Dockerfile")
def n_docker_arg(g):
    L = ["FROM python:3.12-slim", "ARG PIP_INDEX_URL", "ARG NPM_TOKEN", "WORKDIR /app", "COPY requirements.txt .",
         "RUN pip install --no-cache-dir -r requirements.txt --index-url \"$PIP_INDEX_URL\"",
         "RUN echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > .npmrc && npm ci && rm .npmrc",
         "COPY . .", "CMD [\"python\", \"-m\", \"%s\"]" % g.proj().replace("-", "_")]
    return ("Dockerfile", J(*L))


@N("docker", "compose_digests", "docker-compose.yml")
def n_compose(g):
    L = ["services:", "  db:", "    image: postgres:16@sha256:%s" % sha256hex(g), "    environment:",
         "      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set in .env}", "  cache:",
         "    image: redis:7@sha256:%s" % sha256hex(g), "  app:", "    build: .", "    env_file: .env", "    depends_on: [db, cache]"]
    return ("docker-compose.yml", J(*L))


@N("helm", "empty_password", "helm-repositories.yaml")
def n_helm_repos(g):
    L = ["apiVersion: \"\"", "generated: \"0001-01-01T00:00:00Z\"", "repositories:"]
    for n, u in [("bitnami", "https://charts.bitnami.com/bitnami"), ("jetstack", "https://charts.jetstack.io"),
                 ("internal", "oci://%s/helm" % art_host(g))]:
        L += ["- caFile: \"\"", "  certFile: \"\"", "  insecure_skip_tls_verify: false", "  keyFile: \"\"", "  name: %s" % n,
              "  pass_credentials_all: false", "  password: \"\"", "  url: %s" % u, "  username: \"\""]
    return ("repositories.yaml", J(*L))


@N("helm", "chart_lock_digest", "Chart.lock")
def n_chart_lock(g):
    L = ["dependencies:", "- name: postgresql", "  repository: https://charts.bitnami.com/bitnami", "  version: 15.%d.%d" % (g.randint(0, 5), g.randint(0, 9)),
         "- name: redis", "  repository: https://charts.bitnami.com/bitnami", "  version: 19.%d.%d" % (g.randint(0, 5), g.randint(0, 9)),
         "digest: sha256:%s" % sha256hex(g), "generated: \"2024-%02d-%02dT09:12:44.123456+02:00\"" % (g.randint(1, 12), g.randint(1, 28))]
    return ("charts/%s/Chart.lock" % g.proj(), J(*L))


@N("terraform", "credentials_helper", "terraformrc")
def n_tfrc_helper(g):
    L = ["plugin_cache_dir = \"$HOME/.terraform.d/plugin-cache\"", "disable_checkpoint = true", "",
         "credentials_helper \"%s\" {" % g.pick(["env", "vault"]), "  args = []", "}", "",
         "# token for app.terraform.io is read from TF_TOKEN_app_terraform_io"]
    return (".terraformrc", J(*L))


@N("terraform", "lockfile_hashes", "terraform.lock.hcl")
def n_tf_lock(g):
    L = ["# This file is maintained automatically by \"terraform init\".", "# Manual edits may be lost in future updates.", ""]
    for prov in g.sample(["hashicorp/aws", "hashicorp/random", "hashicorp/google", "integrations/github"], 2):
        L += ["provider \"registry.terraform.io/%s\" {" % prov, "  version     = \"%s\"" % g.ver(),
              "  constraints = \"~> %d.0\"" % g.randint(1, 5), "  hashes = [", "    \"h1:%s\"," % b64(g.raw(32))]
        L += ["    \"zh:%s\"," % sha256hex(g) for _ in range(g.randint(3, 5))]
        L += ["  ]", "}", ""]
    return (".terraform.lock.hcl", J(*L))


@N("terraform", "ci_secret_reference", "github-workflow")
def n_tf_ci(g):
    L = gha_head(g, "terraform", on_tag=False) + ["      - uses: hashicorp/setup-terraform@v3", "        with:",
                                                  "          cli_config_credentials_token: ${{ secrets.TF_API_TOKEN }}",
                                                  "      - run: terraform init -input=false", "      - run: terraform plan"]
    return (".github/workflows/terraform.yml", J(*L))


@N("jfrog", "empty_token", "jfrog-cli.conf")
def n_jfrog_conf(g):
    host = art_host(g)
    d = {"servers": [{"url": "https://%s/" % host, "artifactoryUrl": "https://%s/artifactory/" % host, "user": g.user(),
                      "accessToken": "", "refreshToken": "", "serverId": "default", "isDefault": True,
                      "webLogin": True}], "version": "6"}
    return (".jfrog/jfrog-cli.conf.v6", json.dumps(d, indent=2) + "\n")


@N("jfrog", "masked_token", "text")
def n_jfrog_masked(g):
    t = jfrog_ref(g)
    L = ["$ jf config show", "Server ID:\t\t\tdefault", "JFrog Platform URL:\t\thttps://%s/" % art_host(g),
         "Artifactory URL:\t\thttps://%s/artifactory/" % art_host(g), "User:\t\t\t\t%s" % g.user(),
         "Access token:\t\t\t%s***" % t[:8], "Default:\t\t\ttrue"]
    return ("docs/jfrog-setup.md", J(*L))


@N("github", "masked_cli_output", "text")
def n_gh_status(g):
    L = ["$ gh auth status", "github.com", "  ✓ Logged in to github.com account %s (keyring)" % g.user(),
         "  - Active account: true", "  - Git operations protocol: https",
         "  - Token: gho_************************************", "  - Token scopes: 'gist', 'read:org', 'repo', 'workflow'"]
    return (g.pick(["docs/troubleshooting.md", "CONTRIBUTING.md"]), J(*L))


@N("github", "keyring_hosts", "gh-hosts.yml")
def n_gh_hosts(g):
    u = g.user()
    L = ["github.com:", "    git_protocol: https", "    users:", "        %s:" % u, "    user: %s" % u]
    L += ["github.%s.com:" % g.org(), "    git_protocol: ssh", "    user: %s" % u]
    return (".config/gh/hosts.yml", J(*L))


@N("gitlab", "empty_token", "glab-config.yml")
def n_glab(g):
    L = ["git_protocol: ssh", "editor: vim", "browser:", "glamour_style: dark", "check_update: false", "hosts:",
         "    gitlab.com:", "        token:", "        api_host: gitlab.com", "        git_protocol: ssh",
         "        api_protocol: https", "        user: %s" % g.user()]
    return (".config/glab-cli/config.yml", J(*L))


@N("git", "ssh_insteadof", "gitconfig")
def n_gitconfig(g):
    n = g.pick(FIRST) + " " + g.pick(LAST)
    L = ["[user]", "\tname = %s" % n, "\temail = %s" % g.email(n), "\tsigningkey = %s" % g.s(16, HEXU), "[commit]", "\tgpgsign = true",
         "[credential]", "\thelper = %s" % g.pick(["osxkeychain", "manager", "cache --timeout=3600", "/usr/local/share/gcm-core/git-credential-manager"]),
         "[url \"git@github.com:\"]", "\tinsteadOf = https://github.com/", "[pull]", "\tff = only"]
    return (".gitconfig", J(*L))


@N("git", "ssh_signing_pubkey", "gitconfig")
def n_gitconfig_ssh(g):
    key = "ssh-ed25519 " + b64(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + g.raw(32))
    n = g.pick(FIRST) + " " + g.pick(LAST)
    L = ["[user]", "\tname = %s" % n, "\temail = %s" % g.email(n),
         "\tsigningkey = %s" % key, "[gpg]", "\tformat = ssh", "[gpg \"ssh\"]", "\tallowedSignersFile = ~/.config/git/allowed_signers",
         "[commit]", "\tgpgsign = true"]
    return ("dotfiles/gitconfig", J(*L))


@N("git", "env_extraheader", "shell")
def n_git_extraheader(g):
    L = shebang(g) + ["B64_PAT=$(printf \":%s\" \"$AZURE_DEVOPS_PAT\" | base64)",
                      "git -c http.extraHeader=\"Authorization: Basic ${B64_PAT}\" clone https://dev.azure.com/%s/_git/%s" % (g.org(), g.proj())]
    return ("scripts/clone.sh", J(*L))


@N("git", "plain_submodules", "gitmodules")
def n_gitmodules(g):
    o = g.org()
    L = ["[submodule \"vendor/%s\"]" % g.proj(), "\tpath = vendor/%s" % g.proj(), "\turl = https://github.com/%s/%s.git" % (o, g.proj()),
         "[submodule \"docs/theme\"]", "\tpath = docs/theme", "\turl = ../docs-theme.git", "\tbranch = main"]
    return (".gitmodules", J(*L))


@N("git", "env_credentials", "shell")
def n_gitcred_script(g):
    L = shebang(g) + ["git config --global credential.helper store",
                      "echo \"https://x-access-token:${GH_APP_TOKEN}@github.com\" > ~/.git-credentials",
                      "git clone https://github.com/%s/%s.git" % (g.org(), g.proj())]
    return ("ci/setup-git.sh", J(*L))


@N("github", "pinned_action_shas", "github-workflow")
def n_gha_pinned(g):
    L = ["name: CI", "on: [push, pull_request]", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    steps:",
         "      - uses: actions/checkout@%s # v4.2.2" % sha1hex(g), "      - uses: actions/setup-node@%s # v4.1.0" % sha1hex(g),
         "        with:", "          node-version: 20", "          registry-url: https://registry.npmjs.org",
         "      - run: npm ci", "      - run: npm publish --provenance", "        env:",
         "          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}"]
    return (".github/workflows/ci.yml", J(*L))


@N("renovate", "encrypted_secret", "renovate.json")
def n_renovate_enc(g):
    d = {"$schema": "https://docs.renovatebot.com/renovate-schema.json", "extends": ["config:recommended"],
         "hostRules": [{"matchHost": "npm.pkg.github.com", "hostType": "npm",
                        "encrypted": {"token": "wcFMA" + b64(g.raw(g.randint(300, 420)))}}]}
    return ("renovate.json", json.dumps(d, indent=2) + "\n")


@N("renovate", "env_template", "renovate-config.js")
def n_renovate_js(g):
    L = ["module.exports = {", "  platform: 'github',", "  token: process.env.RENOVATE_TOKEN,",
         "  hostRules: [", "    { matchHost: 'registry.npmjs.org', token: process.env.NPM_TOKEN },",
         "    { matchHost: 'ghcr.io', username: 'x-access-token', password: '{{ secrets.GHCR_TOKEN }}' },", "  ],", "};"]
    return ("config.js", J(*L))


@N("dependabot", "secret_reference", "dependabot.yml")
def n_dependabot(g):
    L = ["version: 2", "registries:", "  npm-github:", "    type: npm-registry", "    url: https://npm.pkg.github.com",
         "    token: ${{secrets.%s}}" % g.pick(["NPM_GITHUB_TOKEN", "GPR_READ_TOKEN"]), "  maven-nexus:", "    type: maven-repository",
         "    url: https://%s/repository/maven-public/" % nexus_host(g), "    username: dependabot", "    password: ${{secrets.NEXUS_PASSWORD}}",
         "updates:", "  - package-ecosystem: npm", "    directory: \"/\"", "    registries: \"*\"", "    schedule:", "      interval: weekly"]
    return (".github/dependabot.yml", J(*L))


@N("sops", "ciphertext", "yaml")
def n_sops(g):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(g.raw(n)), b64(g.raw(32)), b64(g.raw(16)))
    L = ["npm_token: %s" % enc(40), "pypi_token: %s" % enc(120), "sops:", "    kms:", "        - arn: arn:aws:kms:eu-west-1:%d:key/%s" % (g.randint(100000000000, 999999999999), g.uuid4()),
         "          created_at: \"2024-05-%02dT10:00:00Z\"" % g.randint(1, 28), "          enc: %s" % b64(g.raw(120)),
         "          aws_profile: \"\"", "    lastmodified: \"2024-05-%02dT10:00:00Z\"" % g.randint(1, 28),
         "    mac: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(g.raw(32)), b64(g.raw(32)), b64(g.raw(16))),
         "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return ("secrets/ci.enc.yaml", J(*L))


@N("sealed_secrets", "ciphertext", "yaml")
def n_sealed(g):
    L = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: registry-credentials",
         "  namespace: %s" % g.pick(["ci", "build", "default"]), "spec:", "  encryptedData:",
         "    NPM_TOKEN: Ag%s" % b64(g.raw(g.randint(380, 420))), "  template:", "    metadata:",
         "      name: registry-credentials", "    type: Opaque"]
    return ("k8s/sealed-registry-credentials.yaml", J(*L))


@N("pulumi", "ciphertext", "yaml")
def n_pulumi_secure(g):
    L = ["encryptionsalt: v1:%s:v1:%s:%s" % (b64(g.raw(8)), b64(g.raw(12)), b64(g.raw(32))), "config:",
         "  aws:region: eu-west-1", "  %s:npmToken:" % g.proj(), "    secure: v1:%s:%s" % (b64(g.raw(12)), b64(g.raw(60))),
         "  %s:replicas: \"3\"" % g.proj()]
    return ("Pulumi.%s.yaml" % g.pick(["dev", "prod", "staging"]), J(*L))


@N("codecov", "uuid_non_secret", "json")
def n_uuid_ids(g):
    d = {"name": g.proj(), "projectId": g.uuid4(), "workspaceId": g.uuid4(), "schemaVersion": 2,
         "targets": {"build": {"executor": "@nx/js:tsc", "outputs": ["{options.outputPath}"]}}}
    return (g.pick(["project.json", "nx-project.json"]), json.dumps(d, indent=2) + "\n")


@N("dotnet", "project_guids", "sln")
def n_sln(g):
    L = ["Microsoft Visual Studio Solution File, Format Version 12.00", "# Visual Studio Version 17",
         "VisualStudioVersion = 17.8.34330.188", "MinimumVisualStudioVersion = 10.0.40219.1"]
    for p in g.sample(["Api", "Core", "Tests", "Worker"], 3):
        L += ["Project(\"{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}\") = \"%s.%s\", \"src\\%s\\%s.csproj\", \"{%s}\"" % (g.org().capitalize(), p, p, p, g.uuid4().upper()), "EndProject"]
    L += ["Global", "\tGlobalSection(SolutionProperties) = preSolution", "\t\tHideSolutionNode = FALSE", "\tEndGlobalSection", "EndGlobal"]
    return ("%s.sln" % g.org().capitalize(), J(*L))


@N("gpg", "public_fingerprint", "markdown")
def n_gpg_fpr(g):
    fpr = g.s(40, HEXU)
    L = ["## Verifying releases", "", "Release artifacts are signed with our release key:", "", "```",
         "pub   ed25519 2023-0%d-1%d [SC]" % (g.randint(1, 9), g.randint(0, 9)), "      %s" % fpr,
         "uid           %s Release Signing <release@%s.com>" % (g.org().capitalize(), g.org()), "```", "",
         "gpg --keyserver keys.openpgp.org --recv-keys %s" % fpr[-16:]]
    return ("docs/VERIFYING.md", J(*L))


@N("gpg", "public_key_block", "asc")
def n_gpg_pub(g):
    body = b64(bytes([0x98, 0x33, 0x04]) + g.raw(g.randint(300, 400)))
    L = ["-----BEGIN PGP PUBLIC KEY BLOCK-----", ""] + [body[i:i + 64] for i in range(0, len(body), 64)] + ["=" + b64(g.raw(3)), "-----END PGP PUBLIC KEY BLOCK-----"]
    return ("KEYS.asc", J(*L))


@N("hex", "encrypted_write_key", "hex.config")
def n_hex_config(g):
    L = ["{username,<<\"%s\">>}." % g.user(), "{'$write_key',{<<\"%s\">>,{<<\"%s\">>,<<%s>>}}}." % (b64(g.raw(16)), b64(g.raw(32)), ",".join(str(x) for x in g.raw(24))),
         "{'$read_key',<<\"%s\">>}." % b64(g.raw(48)), "{'$repos',#{}}."]
    L = ["%% generated by `mix hex.user auth` (keys are encrypted with your local password)"] + L
    return (".hex/hex.config", J(*L))


@N("dart", "placeholder", "pub-tokens.json")
def n_pub_tokens(g):
    d = {"version": 1, "hosted": [{"url": "https://dart.cloudsmith.io/%s/pub" % g.org(), "env": "CLOUDSMITH_PUB_TOKEN"}]}
    return ("pub-tokens.json", json.dumps(d, indent=2) + "\n")


@N("checksum", "test_vectors", "python")
def n_test_vectors(g):
    L = ["import hashlib", "import zlib", "", "", "def test_crc32_check_value():",
         "    assert zlib.crc32(b\"123456789\") == 0xCBF43926", "", "", "def test_sha256_abc():",
         "    assert hashlib.sha256(b\"abc\").hexdigest() == (", "        \"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"", "    )", "",
         "", "def test_sha1_empty():", "    assert hashlib.sha1(b\"\").hexdigest() == \"da39a3ee5e6b4b0d3255bfef95601890afd80709\""]
    return ("tests/test_checksums.py", J(*L))


@N("github", "redacted_token", "markdown")
def n_redacted(g):
    t = ghp(g)
    red = g.pick(["%s…%s" % (t[:4], t[-4:]), "%s****%s" % (t[:4], t[-4:]), "ghp_" + "*" * 36])
    L = ["# Incident 2024-%02d-%02d: leaked token in build logs" % (g.randint(1, 12), g.randint(1, 28)), "",
         "* Token `%s` (owner: %s) was printed by `set -x` in the release job." % (red, g.user()),
         "* Revoked at 14:%02d UTC, replaced by a GitHub App installation token." % g.randint(0, 59),
         "* Follow-up: enable push protection, remove `set -x`."]
    return ("docs/postmortems/token-leak.md", J(*L))


@N("pypi", "redacted_token", "text")
def n_pypi_redacted(g):
    p = g.proj()
    L = ["$ twine upload dist/*", "Uploading distributions to https://upload.pypi.org/legacy/",
         "Enter your API token: ", "Uploading %s-%s-py3-none-any.whl" % (p.replace("-", "_"), g.ver()),
         "100% ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 14.2/14.2 kB • 00:00",
         "View at:", "https://pypi.org/project/%s/" % p, "", "# token used: pypi-AgEI****************(redacted)"]
    return ("docs/RELEASING.md", J(*L))


@N("android", "env_reference", "build.gradle")
def n_signing_env(g):
    L = ["android {", "    signingConfigs {", "        release {", "            storeFile file(\"release.jks\")",
         "            storePassword System.getenv(\"KEYSTORE_PASSWORD\")", "            keyAlias \"upload\"",
         "            keyPassword System.getenv(\"KEY_PASSWORD\")", "        }", "    }", "}"]
    return ("app/build.gradle", J(*L))


@N("docker", "login_from_stdin", "shell")
def n_docker_login(g):
    L = shebang(g) + ["echo \"$DOCKERHUB_TOKEN\" | docker login -u \"$DOCKERHUB_USER\" --password-stdin",
                      "docker buildx build --push -t %s/%s:${GITHUB_SHA::7} ." % (g.org(), g.proj())]
    return ("scripts/push.sh", J(*L))


@N("aws_codeartifact", "token_command", "shell")
def n_codeartifact(g):
    o = g.org()
    acct = g.randint(100000000000, 999999999999)
    L = shebang(g) + ["export CODEARTIFACT_AUTH_TOKEN=$(aws codeartifact get-authorization-token \\",
                      "  --domain %s --domain-owner %d --query authorizationToken --output text)" % (o, acct),
                      "aws codeartifact login --tool npm --repository npm-store --domain %s --domain-owner %d" % (o, acct),
                      "npm ci"]
    return ("scripts/ca-login.sh", J(*L))


@N("cocoapods", "podfile_lock_checksums", "Podfile.lock")
def n_podfile_lock(g):
    pods = g.sample(["Alamofire", "SnapKit", "Kingfisher", "SwiftyJSON", "Firebase"], 3)
    L = ["PODS:"] + ["  - %s (%s)" % (p, g.ver()) for p in pods] + ["", "DEPENDENCIES:"] + ["  - %s" % p for p in pods] + [
        "", "SPEC CHECKSUMS:"] + ["  %s: %s" % (p, sha1hex(g)) for p in pods] + ["", "PODFILE CHECKSUM: %s" % sha1hex(g), "", "COCOAPODS: 1.15.2"]
    return ("ios/Podfile.lock", J(*L))


@N("swift", "package_resolved", "Package.resolved")
def n_package_resolved(g):
    d = {"originHash": sha256hex(g), "pins": [{"identity": n, "kind": "remoteSourceControl",
                                              "location": "https://github.com/%s/%s.git" % (o, n),
                                              "state": {"revision": sha1hex(g), "version": g.ver()}}
                                             for o, n in [("apple", "swift-argument-parser"), ("apple", "swift-log")]], "version": 3}
    return ("Package.resolved", json.dumps(d, indent=2) + "\n")


@N("sentry", "dsn_public", "sentryclirc")
def n_sentryclirc(g):
    L = ["[defaults]", "url = https://sentry.io/", "org = %s" % g.org(), "project = %s" % g.proj(), "",
         "[log]", "level = info", "# auth token: SENTRY_AUTH_TOKEN env var"]
    return (".sentryclirc", J(*L))


@N("conan", "remotes_no_creds", "conan-remotes.json")
def n_conan_remotes(g):
    d = {"remotes": [{"name": "conancenter", "url": "https://center2.conan.io", "verify_ssl": True},
                     {"name": g.org(), "url": "https://%s/artifactory/api/conan/conan-local" % art_host(g), "verify_ssl": True}]}
    return (".conan2/remotes.json", json.dumps(d, indent=4) + "\n")


@N("conan", "credentials_template", "conan-credentials.json")
def n_conan_creds_tpl(g):
    L = ["{", "    \"credentials\": [", "        {", "            \"remote\": \"%s\"," % g.org(),
         "            \"user\": \"{{ os.getenv('CONAN_USER') }}\",", "            \"password\": \"{{ os.getenv('CONAN_PASSWORD') }}\"",
         "        }", "    ]", "}"]
    return (".conan2/credentials.json", J(*L))


@N("gitlab", "ci_variable_reference", "gitlab-ci.yml")
def n_glci(g):
    L = ["publish:", "  image: python:3.12", "  script:", "    - pip install twine build", "    - python -m build",
         "    - TWINE_PASSWORD=${CI_JOB_TOKEN} TWINE_USERNAME=gitlab-ci-token python -m twine upload --repository-url ${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/pypi dist/*",
         "  rules:", "    - if: $CI_COMMIT_TAG"]
    return (".gitlab-ci.yml", J(*L))


@N("github", "app_ids", "env")
def n_app_ids(g):
    L = ["GITHUB_APP_ID=%d" % g.randint(100000, 999999), "GITHUB_APP_CLIENT_ID=Iv1.%s" % g.hexs(16),
         "GITHUB_APP_INSTALLATION_ID=%d" % g.randint(10000000, 59999999),
         "GITHUB_APP_PRIVATE_KEY_PATH=/run/secrets/gh-app.pem", "GITHUB_OWNER=%s" % g.org()]
    return (".env.example", J(*L))


@N("npm", "publish_config", "package.json")
def n_package_json(g):
    d = {"name": "@%s/%s" % (g.org(), g.proj()), "version": g.ver(), "private": False,
         "publishConfig": {"registry": "https://npm.pkg.github.com", "access": "restricted"},
         "scripts": {"build": "tsc -p .", "test": "vitest run", "prepublishOnly": "npm run build"},
         "packageManager": "pnpm@9.%d.0+sha512.%s" % (g.randint(0, 12), g.hexs(128)),
         "devDependencies": {p: "^" + g.ver() for p in g.sample(NPM_PKGS, 3)}}
    return ("package.json", json.dumps(d, indent=2) + "\n")


@N("nix", "flake_lock_hashes", "flake.lock")
def n_flake_lock(g):
    d = {"nodes": {"nixpkgs": {"locked": {"lastModified": g.randint(1700000000, 1760000000), "narHash": "sha256-" + b64(g.raw(32)),
                                          "owner": "NixOS", "repo": "nixpkgs", "rev": sha1hex(g), "type": "github"},
                               "original": {"owner": "NixOS", "ref": "nixos-unstable", "repo": "nixpkgs", "type": "github"}},
                   "root": {"inputs": {"nixpkgs": "nixpkgs"}}}, "root": "root", "version": 7}
    return ("flake.lock", json.dumps(d, indent=2) + "\n")


@N("bitbucket", "repository_variable", "bitbucket-pipelines.yml")
def n_bb(g):
    L = ["image: atlassian/default-image:4", "pipelines:", "  default:", "    - step:", "        script:",
         "          - git clone https://$BB_USER:$BB_APP_PASSWORD@bitbucket.org/%s/shared-config.git" % g.org(),
         "          - make build"]
    return ("bitbucket-pipelines.yml", J(*L))


@N("helm", "env_password", "shell")
def n_helm_env(g):
    L = shebang(g) + ["helm registry login %s --username \"$HELM_USER\" --password-stdin <<< \"$HELM_PASSWORD\"" % art_host(g),
                      "helm push charts/%s-%s.tgz oci://%s/helm" % (g.proj(), g.ver(), art_host(g))]
    return ("scripts/helm-push.sh", J(*L))


@N("git", "credentials_template", "git-credentials")
def n_gitcred_tpl(g):
    L = ["# rendered by envsubst in ci/setup-git.sh -- never commit the rendered file",
         "# variables: GH_USER, GH_TOKEN, BB_USER, BB_APP_PASSWORD",
         "https://${GH_USER}:${GH_TOKEN}@github.com",
         "https://${BB_USER}:${BB_APP_PASSWORD}@bitbucket.org", ""]
    return (".git-credentials.tpl", J(*L))


@N("netrc", "credentials_template", "netrc")
def n_netrc_tpl(g):
    L = ["# template: envsubst < netrc.tpl > ~/.netrc", "machine github.com", "  login x-access-token",
         "  password ${GITHUB_TOKEN}", "", "machine %s" % art_host(g), "  login ${ARTIFACTORY_USER}",
         "  password ${ARTIFACTORY_TOKEN}"]
    return ("ci/netrc.tpl", J(*L))


@N("npm", "redacted_in_docs", "markdown")
def n_npmrc_docs(g):
    t = npm_tok(g)
    red = g.pick(["%s…%s" % (t[:8], t[-4:]), "npm_" + "*" * 28 + t[-4:], "%s...%s" % (t[:6], t[-3:])])
    L = ["## Publishing", "", "Create an automation token on npmjs.com and store it as the `NPM_TOKEN` secret.",
         "Your `~/.npmrc` should then contain a line like:", "", "```ini",
         "//registry.npmjs.org/:_authToken=%s" % red, "```", "",
         "Never commit the real value; CI writes it from `${{ secrets.NPM_TOKEN }}`."]
    return (g.pick(["README.md", "docs/publishing.md", "CONTRIBUTING.md"]), J(*L))


@N("env", "example_placeholders", "env")
def n_env_example(g):
    L = ["# Copy to .env and fill in", "NPM_TOKEN=", "PYPI_TOKEN=pypi-...", "GH_TOKEN=<your-github-token>",
         "DOCKER_PASSWORD=changeme", "CARGO_REGISTRY_TOKEN=YOUR_CRATES_IO_TOKEN",
         "SENTRY_DSN=https://%s@o%d.ingest.sentry.io/%d" % (g.hexs(32), g.randint(100000, 999999), g.randint(1000000, 4999999)),
         "GITHUB_CLIENT_ID=Ov23li%s" % g.s(14), "LOG_LEVEL=debug"]
    return (g.pick([".env.example", ".env.sample", "env.template"]), J(*L))


@N("bun", "env_interpolation", "bunfig.toml")
def n_bunfig(g):
    L = ["[install]", "exact = true", "", "[install.scopes]",
         "\"@%s\" = { token = \"$NPM_TOKEN\", url = \"https://registry.npmjs.org/\" }" % g.org(), "",
         "[test]", "coverage = true"]
    return ("bunfig.toml", J(*L))


@N("uv", "no_credentials", "uv.toml")
def n_uvtoml(g):
    L = ["native-tls = true", "", "[[index]]", "name = \"internal\"",
         "url = \"https://%s/artifactory/api/pypi/pypi/simple\"" % art_host(g), "default = true",
         "# auth: UV_INDEX_INTERNAL_USERNAME / UV_INDEX_INTERNAL_PASSWORD or keyring-provider", "",
         "keyring-provider = \"subprocess\""]
    return ("uv.toml", J(*L))


@N("pdm", "env_interpolation", "pdm.toml")
def n_pdm(g):
    L = ["[python]", "use_venv = true", "", "[repository.private]",
         "url = \"https://%s/repository/pypi-hosted/\"" % nexus_host(g), "username = \"${PDM_PRIVATE_USER}\"",
         "password = \"${PDM_PRIVATE_PASSWORD}\"", "", "[install]", "cache = true"]
    return ("pdm.toml", J(*L))


@N("poetry", "no_credentials", "poetry.toml")
def n_poetry_toml(g):
    L = ["[virtualenvs]", "in-project = true", "create = true", "prefer-active-python = true", "",
         "[installer]", "parallel = true", "max-workers = %d" % g.pick([4, 8]),
         "# http-basic credentials: POETRY_HTTP_BASIC_INTERNAL_USERNAME / _PASSWORD"]
    return ("poetry.toml", J(*L))


@N("hatch", "empty_auth", "hatch-config.toml")
def n_hatch(g):
    L = ["mode = \"local\"", "", "[publish.index]", "repo = \"main\"", "user = \"__token__\"", "auth = \"\"",
         "", "[terminal.styles]", "info = \"bold\""]
    return ("hatch/config.toml", J(*L))


@N("android", "placeholder", "keystore.properties")
def n_keystore(g):
    L = ["# keystore.properties.example -- real file is provided by CI", "storeFile=../keystore/release.jks",
         "storePassword=<store-password>", "keyAlias=upload", "keyPassword=<key-password>"]
    return ("keystore.properties.example", J(*L))


@N("sonarqube", "no_token", "sonar-project.properties")
def n_sonar(g):
    p = g.proj()
    L = ["sonar.projectKey=%s_%s" % (g.org(), p), "sonar.organization=%s" % g.org(), "sonar.sources=src",
         "sonar.tests=tests", "# sonar.token is passed as SONAR_TOKEN by the CI job", "sonar.sourceEncoding=UTF-8"]
    return ("sonar-project.properties", J(*L))


@N("pypi", "env_reference", "Makefile")
def n_make_twine(g):
    L = [".PHONY: build publish", "", "build:", "\tpython -m build", "", "publish: build",
         "\ttwine upload -u __token__ -p $(PYPI_TOKEN) dist/*", "", "clean:", "\trm -rf dist build"]
    return ("Makefile", J(*L))


@N("pre-commit", "pinned_revs", "pre-commit-config.yaml")
def n_precommit(g):
    L = ["repos:", "  - repo: https://github.com/pre-commit/pre-commit-hooks", "    rev: %s  # frozen: v4.6.0" % sha1hex(g),
         "    hooks:", "      - id: check-yaml", "      - id: detect-private-key",
         "  - repo: https://github.com/astral-sh/ruff-pre-commit", "    rev: %s  # frozen: v0.6.9" % sha1hex(g),
         "    hooks:", "      - id: ruff"]
    return (".pre-commit-config.yaml", J(*L))


@N("go", "pseudo_versions", "go.mod")
def n_gomod(g):
    o = g.org()
    L = ["module github.com/%s/%s" % (o, g.proj()), "", "go 1.22", "", "require ("]
    for m in g.sample(["github.com/%s/shared" % o, "github.com/%s/protos" % o, "golang.org/x/exp"], 3):
        L.append("\t%s v0.0.0-2024%02d%02d%06d-%s" % (m, g.randint(1, 12), g.randint(1, 28), g.randint(0, 235959), g.hexs(12)))
    L += ["\tgithub.com/stretchr/testify v1.9.0", ")"]
    return ("go.mod", J(*L))


@N("terraform", "placeholder", "credentials.tfrc.json")
def n_tfrc_json(g):
    d = {"credentials": {"app.terraform.io": {"token": g.pick(["<TFC_API_TOKEN>", "REPLACE_ME", "xxxxxxxxxxxxxx.atlasv1.xxxxxxxx"])}}}
    return ("docs/credentials.tfrc.json.example", json.dumps(d, indent=2) + "\n")


@N("rubygems", "env_reference", "gem-credentials")
def n_gem_creds(g):
    L = ["# ~/.gem/credentials is generated in CI:", "#   printf -- \"---\\n:rubygems_api_key: %s\\n\" \"$RUBYGEMS_API_KEY\"",
         "---", ":rubygems_api_key: <%%= ENV.fetch(\"RUBYGEMS_API_KEY\") %%>", ""]
    return ("ci/gem-credentials.erb", J(*L))


@N("gradle", "placeholder", "gradle.properties")
def n_gradle_gpr(g):
    L = ["# Put these in ~/.gradle/gradle.properties, NOT here:", "#   gpr.user=<github username>",
         "#   gpr.key=<personal access token with read:packages>", "org.gradle.daemon=true",
         "org.gradle.configuration-cache=true", "kotlin.code.style=official"]
    return ("gradle.properties", J(*L))


@N("pulumi", "logged_out", "pulumi-credentials.json")
def n_pulumi_creds(g):
    d = {"current": "https://api.pulumi.com", "accessTokens": {}, "accounts": {},
         "backendConfig": {"https://api.pulumi.com": {"defaultOrg": g.org()}}}
    return (".pulumi/credentials.json", json.dumps(d, indent=4) + "\n")


@N("dockerhub", "env_reference", "env")
def n_env_registry(g):
    L = ["COMPOSE_PROJECT_NAME=%s" % g.proj(), "REGISTRY=docker.io", "REGISTRY_USER=%s" % g.user(),
         "REGISTRY_PASSWORD=${DOCKERHUB_TOKEN}", "IMAGE_TAG=latest"]
    return (".env", J(*L))


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------

def normalize(res, provider, kind, ftype):
    if isinstance(res, dict):
        d = {"provider": provider, "kind": kind, "filetype": ftype}
        d.update(res)
        return d
    if len(res) == 3:
        return {"path": res[0], "text": res[1], "needle": res[2], "provider": provider, "kind": kind, "filetype": ftype}
    return {"path": res[0], "text": res[1], "provider": provider, "kind": kind, "filetype": ftype}


def schedule(g, items, n):
    order = []
    while len(order) < n:
        chunk = list(range(len(items)))
        g.r.shuffle(chunk)
        order += chunk
    return order[:n]


def main():
    if len(sys.argv) != 3:
        print("usage: gen_t.py OUTDIR SEED", file=sys.stderr)
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    g = G(seed)
    manifest, secrets = [], []
    pos_texts, neg_texts = [], []
    npos = nneg = 500

    for i, idx in enumerate(schedule(g, POS, npos)):
        prov, kind, ft, fn = POS[idx]
        for _attempt in range(20):
            d = normalize(fn(g), prov, kind, ft)
            text, needle = d["text"], d["needle"]
            nlines = text.count("\n")
            if text.count(needle) == 1 and 5 <= nlines <= 80:
                break
        else:
            raise SystemExit("template %s cannot satisfy constraints" % fn.__name__)
        rel = "pos/p%04d/%s" % (i + 1, d["path"])
        line = text[:text.index(needle)].count("\n") + 1
        path = os.path.join(out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        manifest.append({"file": rel, "label": "positive", "provider": d["provider"], "kind": d["kind"], "filetype": d["filetype"]})
        secrets.append({"file": rel, "needle": needle, "line": line})
        pos_texts.append(text)

    for i, idx in enumerate(schedule(g, NEG, nneg)):
        prov, kind, ft, fn = NEG[idx]
        d = normalize(fn(g), prov, kind, ft)
        rel = "neg/n%04d/%s" % (i + 1, d["path"])
        path = os.path.join(out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(d["text"])
        manifest.append({"file": rel, "label": "negative", "provider": d["provider"], "kind": d["kind"], "filetype": d["filetype"]})
        neg_texts.append(d["text"])

    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")

    # ---------------- self-check ----------------
    errors = 0
    for s in secrets:
        with open(os.path.join(out, s["file"]), encoding="utf-8") as f:
            lines = f.read().split("\n")
        if s["needle"] not in lines[s["line"] - 1]:
            print("SELF-CHECK FAIL: needle not on line", s["file"], s["line"])
            errors += 1
    needles = [s["needle"] for s in secrets]
    if len(set(needles)) != len(needles):
        print("SELF-CHECK WARN: duplicate needles", len(needles) - len(set(needles)))
    big = "\x00".join(neg_texts)
    for n in set(needles):
        if n in big:
            print("SELF-CHECK FAIL: negative contains positive needle", n[:20])
            errors += 1
    for m in manifest:
        with open(os.path.join(out, m["file"]), encoding="utf-8") as f:
            nl = f.read().count("\n")
        if not (5 <= nl <= 80):
            print("SELF-CHECK WARN: line count %d in %s" % (nl, m["file"]))

    from collections import Counter
    for label in ("positive", "negative"):
        rows = [m for m in manifest if m["label"] == label]
        print("== %s: %d files" % (label, len(rows)))
        print("  providers (%d): %s" % (len(Counter(r["provider"] for r in rows)), dict(Counter(r["provider"] for r in rows).most_common())))
        pk = Counter((r["provider"], r["kind"]) for r in rows)
        print("  provider/kind pairs: %d" % len(pk))
        print("  kinds (%d): %s" % (len(Counter(r["kind"] for r in rows)), dict(Counter(r["kind"] for r in rows).most_common())))
        print("  filetypes (%d): %s" % (len(Counter(r["filetype"] for r in rows)), dict(Counter(r["filetype"] for r in rows).most_common())))
    print("templates: %d positive, %d negative" % (len(POS), len(NEG)))
    if errors:
        print("SELF-CHECK: %d errors" % errors)
        sys.exit(1)
    print("SELF-CHECK: OK")


if __name__ == "__main__":
    main()
