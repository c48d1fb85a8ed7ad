#!/usr/bin/env python3
"""Blind evaluation-set generator "al" for a git pre-commit secret scanner.

EMPHASIS
    CI/CD pipelines and build farms: pipeline definitions, build scripts and
    their logs across CI systems (GitHub Actions, GitLab CI, Jenkins, Azure
    Pipelines, Bitbucket, CircleCI, Travis, Buildkite, Drone, Woodpecker,
    TeamCity, Tekton, Argo, Cloud Build, CodeBuild ...) plus the build-tool
    files they drive (Makefile, Dockerfile, Gradle, Maven, .npmrc, .pypirc,
    goreleaser, Earthfile, justfile, Taskfile, renovate/dependabot).
    Positives are tokens pasted into YAML, echoed into logs, baked into images.
    Negatives are what careful people commit instead: each CI's own secret
    reference syntax, masked log values, placeholders, pins/digests/SHAs,
    ciphertext (Jenkins {AQAAAB..}, SOPS ENC[..], sealed secrets, Travis
    `secure:`), public ids (client ids, project keys, runner ids, key ids,
    cosign public keys, Sentry DSNs, Datadog RUM client tokens) and throwaway
    unit-test values (postgres/postgres, AWS "test"/EXAMPLE keys).

USAGE
    python3 gen_al.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relative path>, OUTDIR/neg/nNNNN/<relative path>
    (500 + 500, one file per directory), OUTDIR/manifest.jsonl
    {"file","label","provider","kind","filetype"} and OUTDIR/secrets.jsonl
    {"file","needle","line"} for positives.  Deterministic per SEED: the only
    randomness is random.Random(SEED).  Standard library only.

NEEDLE CONVENTIONS
    * needle = the secret exactly as written in the file, one line, 1-based
      line number.  Surrounding quotes are not part of the needle.
    * Key/secret pairs (AWS key id + secret, Quay robot user + token, Bitbucket
      user + app password, Nexus user + password): the needle is the secret
      half only; the identifier half sits next to it.
    * Multi-line PEM / PGP armored private keys (GitHub App key, cosign key,
      GPG release signing key): the needle is ONE body line of the armor that
      carries random bytes (the first such line; for cosign the second body
      line because the first one encodes the constant scrypt/KDF JSON prefix).
    * URL-shaped secrets (Slack incoming webhooks) - the whole URL is the
      needle.  Basic-auth in URLs - the password part only.
    * GCP service-account JSON in a base64 CI variable - the whole base64 blob
      (one line) is the needle.
    * Human passwords are generated to look like real human choices.

DOUBTS (formats I am not sure of)
    * GitHub fine-grained PAT `github_pat_<22>_<59>`: length is documented, but
      whether/how the tail carries a checksum is not public - random here.
    * GitHub classic family (ghp_/gho_/ghu_/ghs_/ghr_) and npm_ : CRC32 of the
      30-char random part, base62 (0-9A-Za-z) into 6 chars, left-padded '0' -
      the alphabet order of the base62 encoding is my assumption.
    * GitLab routable tokens (glpat-<base64url payload>.01.<suffix>): the exact
      payload layout and the 9-char suffix (2 chars base36 length + 7 chars
      base36 CRC32) are reconstructed from memory; the CRC input is a guess.
      Most GitLab tokens emitted are the classic 20-char body form.
    * GitLab runner authentication tokens are emitted only in the classic
      glrt-<20> form (a routable glrt- variant exists but I do not know its
      layout from a provider source).
    * GitLab glcbt- job tokens (`glcbt-<partition hex>_<20>`), glptt- trigger
      tokens (40 hex body) - from memory.
    * Atlassian (ATBB app passwords, ATCTT3xFfGN0 repository access tokens,
      ATATT3xFfGF0 API tokens): trailing 8 hex are a checksum of unknown input;
      here CRC32 of prefix+body in upper-case hex (guess).
    * Azure DevOps new 84-char PAT: 52 random + "JQQJ99" + 18 chars + "AZDO" +
      4 chars; the internal fields between the signature markers and the last
      4 checksum chars are approximated (checksum not computed).
    * Buildkite: API tokens bkua_ (+ optional "MTA." shard/version part) + 40
      hex; agent registration tokens emitted as the legacy 50-char lowercase
      alnum form (new bkct_/bkar_ layouts are not documented in detail).
    * TeamCity access tokens (JWT-like `eyJ0eXAiOiAiVENWMiJ9.<b64>.<b64>`):
      segment lengths approximate.
    * Semgrep app tokens (64 hex), Travis CI API tokens (22 chars), Coveralls
      repo tokens (32-37 alnum), Vercel tokens (24 alnum), Netlify nfp_ tokens,
      Cloudsmith API keys (40 hex), Harness `pat.<acct22>.<24hex>.<20>` -
      lengths from memory of real examples, not from a spec.
    * JFrog: AKCp + 69 alnum API keys; identity/reference tokens built as
      base64("reftkn:01:<expiry>:<random>") - the random tail length is a guess.
    * PyPI tokens are built as real v2 macaroons (location pypi.org, UUID
      identifier, JSON caveat, 32-byte signature) - caveat JSON shape is the
      legacy `{"version": 1, "permissions": ...}` one.
    * Sentry org tokens sntrys_<base64 JSON>_<43 base64> - JSON fields from
      memory of the documented layout.
    * PGP armored keys carry a correct CRC24 armor checksum but the packet
      bodies are random (not parseable keys); RSA PEM bodies have a plausible
      PKCS#1 DER skeleton with random integers.
"""
import base64
import binascii
import hashlib
import json
import os
import random
import string
import sys
import zlib

N_POS = 500
N_NEG = 500

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64URL = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
B32L = "abcdefghijklmnopqrstuvwxyz234567"
B32U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

_SEQS = ["abcd", "bcde", "cdef", "1234", "2345", "3456", "4567", "5678", "6789",
         "0123", "xxxx", "XXXX", "0000", "1111", "aaaa", "AAAA", "a1b2", "qwer",
         "asdf", "test", "pass", "demo", "fake", "dead", "beef", "cafe", "face",
         "TEST", "FAKE", "DEMO", "PASS", "Test", "Fake", "abc1", "ABCD", "wxyz"]


def clean(s):
    low = s.lower()
    for q in _SEQS:
        if q.lower() in low:
            return False
    return True


def rs(r, alphabet, n):
    """random string without obvious sequences / words"""
    while True:
        s = "".join(r.choice(alphabet) for _ in range(n))
        if clean(s):
            return s


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64s(b):
    return base64.b64encode(b).decode()


def base62(num, width):
    out = ""
    while num:
        num, rem = divmod(num, 62)
        out = B62[rem] + out
    return out.rjust(width, "0")


def base36(num, width):
    al = string.digits + string.ascii_lowercase
    out = ""
    while num:
        num, rem = divmod(num, 36)
        out = al[rem] + out
    return out.rjust(width, "0")


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def hexs(r, n):
    return rs(r, HEX, n)


# --------------------------------------------------------------------------
# human passwords
FIRST = ["Marek", "kasia", "Julien", "tomas", "Aiko", "Sven", "Lucia", "brenda",
         "Dmitri", "Ola", "Rafael", "Ines", "Hugo", "Nadia", "Pieter", "Zofia",
         "Mateo", "Greta", "Yusuf", "Carmen"]
WORDS = ["winter", "Falcon", "river", "Mango", "orbit", "Harbor", "tiger", "Copper",
         "maple", "Sparrow", "lantern", "Cobalt", "meadow", "Thunder", "pebble",
         "Saturn", "willow", "Raven", "Tulip", "granite", "Octopus", "velvet"]
CITIES = ["Lodz", "Porto", "Krakow", "Lyon", "Bergen", "Austin", "Leeds", "Bremen",
          "Malmo", "Tartu", "Cork", "Graz"]
SYMS = "!.#&@*_-+?%"


def leet(w, r):
    t = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"}
    return "".join(t[c] if c in t and r.random() < 0.5 else c for c in w)


def human_password(r):
    y = str(r.randint(1968, 2006))
    pat = r.randint(0, 7)
    if pat == 0:
        p = r.choice(FIRST) + r.choice(".-_") + y + r.choice(WORDS).lower()
    elif pat == 1:
        w = r.choice(WORDS)
        p = leet(w[0].upper() + w[1:], r) + r.choice(SYMS) + str(r.randint(2, 99))
    elif pat == 2:
        p = r.choice(WORDS).capitalize() + r.choice(WORDS).capitalize() + y[2:] + r.choice(SYMS)
    elif pat == 3:
        p = r.choice(FIRST).lower() + "_" + y + r.choice(CITIES)
    elif pat == 4:
        p = r.choice(CITIES) + r.choice(SYMS) + r.choice(WORDS) + str(r.randint(10, 999))
    elif pat == 5:
        p = leet(r.choice(WORDS).lower(), r).capitalize() + r.choice(SYMS) + r.choice(WORDS).lower() + y[2:]
    elif pat == 6:
        p = r.choice(FIRST) + y[2:] + r.choice(SYMS) + r.choice(WORDS) + r.choice(SYMS)
    else:
        p = "%s%s%s%s" % (r.choice(WORDS).capitalize(), r.randint(1, 9), r.choice(SYMS), r.choice(CITIES).lower())
    return p


# --------------------------------------------------------------------------
# token generators (each returns str, or (text, needle) for multi-line keys)

def gh_classic(r, prefix):
    body = rs(r, ALNUM, 30)
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def gh_fine(r):
    return "github_pat_" + rs(r, ALNUM, 22) + "_" + rs(r, ALNUM, 59)


def npm_token(r):
    return gh_classic(r, "npm_")


def glab_classic(r, prefix):
    return prefix + rs(r, B64URL.replace("-", "").replace("_", "") + "-_", 20)


def glab_routable(r, prefix):
    rnd = rbytes(r, 16)
    meta = "c:%s\no:%x\nu:%x" % (r.choice(["1", "2"]), r.randint(1, 99999), r.randint(1000, 9999999))
    raw = rnd + meta.encode()
    raw = raw + bytes([len(raw)])
    payload = b64u(raw)
    base = prefix + payload + ".01."
    crc = zlib.crc32(base.encode()) & 0xFFFFFFFF
    return base + base36(len(payload), 2) + base36(crc, 7)


def glpat(r):
    return glab_routable(r, "glpat-") if r.random() < 0.3 else glab_classic(r, "glpat-")


def glrt(r):
    return glab_classic(r, "glrt-")


def gl_runner_reg(r):
    return "GR1348941" + rs(r, ALNUM + "-_", 20)


def glcbt(r):
    return "glcbt-%x_" % r.choice([0x64, 0x65, 0x66, 0x67]) + rs(r, ALNUM + "-_", 20)


def gldt(r):
    return glab_classic(r, "gldt-")


def glptt(r):
    return "glptt-" + hexs(r, 40)


def atlassian(r, prefix, n):
    body = rs(r, B64URL, n)
    return prefix + body + "=" + ("%08X" % (zlib.crc32((prefix + body).encode()) & 0xFFFFFFFF))


def bb_app_password(r):
    body = rs(r, ALNUM, 28)
    return "ATBB" + body + ("%08X" % (zlib.crc32(("ATBB" + body).encode()) & 0xFFFFFFFF))


def ado_legacy(r):
    return rs(r, B32L, 52)


def ado_new(r):
    head = rs(r, ALNUM, 52)
    mid = r.choice("ABCD") + r.choice("ABCDEFGHIJKL") + r.choice("ABCDEFGHIJKL") + rs(r, ALNUM, 15)
    return head + "JQQJ99" + mid[:18] + "AZDO" + rs(r, ALNUM, 4)


def jenkins_api(r):
    return "11" + hexs(r, 32)


def circle_pat(r, kind="CCIPAT_"):
    return kind + rs(r, ALNUM, 22) + "_" + hexs(r, 40)


def bk_api(r):
    if r.random() < 0.5:
        return "bkua_MTA." + hexs(r, 40)
    return "bkua_" + hexs(r, 40)


def teamcity(r):
    return "eyJ0eXAiOiAiVENWMiJ9." + rs(r, B64URL, 36) + "." + rs(r, B64URL, 48)


def atlassian_dc_pat(r):
    ident = str(r.randint(100000000000, 999999999999))
    return b64s(ident.encode() + b":" + rbytes(r, 20))


def sonar(r, prefix):
    return prefix + hexs(r, 40)


def pypi_token(r, test=False):
    loc = b"test.pypi.org" if test else b"pypi.org"
    ident = uuid4(r).encode()
    if r.random() < 0.5:
        cav = b'{"version": 1, "permissions": "user"}'
    else:
        cav = ('{"version": 1, "permissions": {"projects": ["%s"]}}' % r.choice(
            ["fastjsonx", "ledgerkit", "tidewave", "pyrostat", "kestrel-cli", "noxbuild"])).encode()
    mac = bytes([2, 1, len(loc)]) + loc + bytes([2, len(ident)]) + ident + b"\x00"
    mac += bytes([2, len(cav)]) + cav + b"\x00" + b"\x00" + bytes([6, 32]) + rbytes(r, 32)
    return "pypi-" + b64u(mac)


def sentry_org(r):
    org = r.choice(["acme", "northwind", "globex", "initech", "hooli", "umbrella-labs"])
    payload = {"iat": r.randint(1690000000, 1735000000) + r.random(), "url": "https://sentry.io",
               "region_url": "https://%s.sentry.io" % r.choice(["us", "de"]), "org": org}
    return "sntrys_" + b64s(json.dumps(payload, separators=(",", ":")).encode()).rstrip("=") + "_" + rs(r, B64.replace("+", "").replace("/", ""), 43)


def jfrog_ref(r):
    raw = "reftkn:01:%d:%s" % (r.randint(1767000000, 1899999999), rs(r, ALNUM, 27))
    return b64s(raw.encode()).rstrip("=")


def aws_pair(r):
    return "AKIA" + rs(r, B32U, 16), rs(r, ALNUM + "+/", 40)


def azure_sp(r):
    return rs(r, ALNUM, 3) + r.choice("78") + "Q~" + rs(r, ALNUM + "_.~-", 34)


def tfc(r):
    return rs(r, ALNUM, 14) + ".atlasv1." + rs(r, ALNUM, 67)


def slack_hook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, UPPER_ALNUM, r.choice([8, 10])), rs(r, UPPER_ALNUM, r.choice([9, 10, 11])), rs(r, ALNUM, 24))


def jwt_hs(r, payload):
    h = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64u(rbytes(r, 32))


def argocd_token(r):
    t = r.randint(1690000000, 1735000000)
    return jwt_hs(r, {"iss": "argocd", "sub": r.choice(["ci-deployer:apiKey", "admin:apiKey", "proj:platform:ci"]),
                      "nbf": t, "iat": t, "jti": uuid4(r)})


def harness(r, kind="pat"):
    return "%s.%s.%s.%s" % (kind, rs(r, ALNUM + "_-", 22), hexs(r, 24), rs(r, ALNUM, 20))


def vault_token(r):
    if r.random() < 0.5:
        return "hvs." + rs(r, ALNUM, 24)
    return "hvs.CAESI" + rs(r, B64URL, 82)


def quay_robot(r):
    return rs(r, UPPER_ALNUM, 64)


def dckr(r):
    return "dckr_pat_" + rs(r, B64URL, 27)


def crates(r):
    return "cio" + rs(r, ALNUM, 32)


def nuget(r):
    return "oy2" + rs(r, LOWER_ALNUM, 43)


def rubygems(r):
    return "rubygems_" + hexs(r, 48)


def akcp(r):
    return "AKCp" + rs(r, ALNUM, 69)


# --------------------------------------------------------------------------
# multi-line keys -> (text, needle)

def wrap(s, n=64):
    return [s[i:i + n] for i in range(0, len(s), n)]


def der_int(b):
    if len(b) < 128:
        return bytes([2, len(b)]) + b
    if len(b) < 256:
        return bytes([2, 0x81, len(b)]) + b
    return bytes([2, 0x82, len(b) >> 8, len(b) & 255]) + b


def rand_int_bytes(r, n):
    b = bytearray(rbytes(r, n))
    b[0] |= 0x80
    return b"\x00" + bytes(b)


def rsa_pem(r, pkcs8=False):
    parts = [der_int(b"\x00"), der_int(rand_int_bytes(r, 256)), der_int(b"\x01\x00\x01"),
             der_int(bytes([r.randint(1, 127)]) + rbytes(r, 255))]
    for _ in range(5):
        parts.append(der_int(rand_int_bytes(r, 128) if r.random() < 0.5 else bytes([r.randint(1, 127)]) + rbytes(r, 127)))
    content = b"".join(parts)
    der = bytes([0x30, 0x82, len(content) >> 8, len(content) & 255]) + content
    if pkcs8:
        alg = bytes.fromhex("300d06092a864886f70d0101010500")
        octet = bytes([0x04, 0x82, len(der) >> 8, len(der) & 255]) + der
        inner = b"\x02\x01\x00" + alg + octet
        der = bytes([0x30, 0x82, len(inner) >> 8, len(inner) & 255]) + inner
        label = "PRIVATE KEY"
    else:
        label = "RSA PRIVATE KEY"
    body = wrap(b64s(der))
    text = "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(body), label)
    return text, body[1] if pkcs8 else body[0]


def cosign_key(r):
    doc = {"kdf": {"name": "scrypt", "params": {"N": 32768, "r": 8, "p": 1}, "salt": b64s(rbytes(r, 32))},
           "cipher": {"name": "nacl/secretbox", "nonce": b64s(rbytes(r, 24))},
           "ciphertext": b64s(rbytes(r, 156))}
    body = wrap(b64s(json.dumps(doc, separators=(",", ":")).encode()))
    lab = "ENCRYPTED SIGSTORE PRIVATE KEY" if r.random() < 0.7 else "ENCRYPTED COSIGN PRIVATE KEY"
    text = "-----BEGIN %s-----\n%s\n-----END %s-----" % (lab, "\n".join(body), lab)
    return text, body[1]


def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_block(r, private=True):
    ts = r.randint(1500000000, 1735000000).to_bytes(4, "big")
    if r.random() < 0.5:   # ed25519 secret/public key packet
        body = (bytes([0x94 if private else 0x98, 0x58 if private else 0x33, 0x04]) + ts + bytes([0x16, 0x09])
                + bytes.fromhex("2b06010401da470f01") + b"\x01\x07\x40" + rbytes(r, 32))
        if private:
            body += b"\x00\x01\x00" + rbytes(r, 34)
        body += rbytes(r, r.randint(380, 520))
    else:                  # rsa 4096
        body = bytes([0x95 if private else 0x99, 0x07 if private else 0x02, 0x46 if private else 0x0d, 0x04]) + ts + b"\x01\x10\x00" + rbytes(r, 512)
        body += rbytes(r, 1100 if private else 300)
    lines = wrap(b64s(body))
    crc = base64.b64encode(crc24(body).to_bytes(3, "big")).decode()
    lab = "PGP PRIVATE KEY BLOCK" if private else "PGP PUBLIC KEY BLOCK"
    text = "-----BEGIN %s-----\n\n%s\n=%s\n-----END %s-----" % (lab, "\n".join(lines), crc, lab)
    return text, lines[0]


def ec_public_pem(r):
    der = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d030107034200") + b"\x04" + rbytes(r, 64)
    return "-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----" % "\n".join(wrap(b64s(der)))


PROJECTS = ["billing-api", "checkout-web", "ledger", "orbit-cli", "mobile-gateway", "search-indexer",
            "auth-service", "data-pipeline", "infra-tools", "payments-worker", "docs-site", "edge-proxy",
            "inventory", "notifier", "reporting", "shipwright", "atlas-ui", "kestrel", "tidewave", "quarry"]
ORGS = ["acme", "northwind", "globex", "initech", "hooli", "umbrella-labs", "vandelay", "contoso",
        "wayne-ent", "stark-ind", "tyrell", "cyberdyne", "soylent", "octan", "massive-dynamic"]


def gcp_sa_b64(r):
    proj = "%s-%s-%d" % (r.choice(ORGS).split("-")[0], r.choice(["ci", "prod", "build", "deploy"]), r.randint(100000, 999999))
    key, _ = rsa_pem(r, pkcs8=True)
    sa = r.choice(["github-deployer", "ci-builder", "cloudbuild-push", "gitlab-runner", "release-bot"])
    doc = {"type": "service_account", "project_id": proj, "private_key_id": hexs(r, 40),
           "private_key": key + "\n", "client_email": "%s@%s.iam.gserviceaccount.com" % (sa, proj),
           "client_id": str(r.randint(10 ** 20, 10 ** 21 - 1)), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
           "token_uri": "https://oauth2.googleapis.com/token",
           "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
           "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s%%40%s.iam.gserviceaccount.com" % (sa, proj),
           "universe_domain": "googleapis.com"}
    return b64s(json.dumps(doc, indent=2).encode())


# --------------------------------------------------------------------------
# credential kinds
# g: generator; n: provider-named variable names; gn: generic names;
# use: commands (@@S@@ = secret reference, @@U@@ = companion reference);
# comp: (companion names, companion value fn) non-secret identifier;
# reg: registry capabilities {type: info}; ml: multi-line secret

def _org(r):
    return r.choice(ORGS)


def _proj(r):
    return r.choice(PROJECTS)


GH_REG = {"npm": "//npm.pkg.github.com/", "maven": ("github", "https://maven.pkg.github.com/{org}/{proj}", "{org}-ci"),
          "docker": ("ghcr.io", "{org}-bot"), "nuget": "https://nuget.pkg.github.com/{org}/index.json"}
GL_REG = {"npm": "//gitlab.com/api/v4/projects/{num}/packages/npm/",
          "maven": ("gitlab-maven", "https://gitlab.com/api/v4/projects/{num}/packages/maven", "Private-Token"),
          "docker": ("registry.gitlab.com", "{org}-deployer"),
          "pypi": ("gitlab", "https://gitlab.com/api/v4/projects/{num}/packages/pypi", "__token__")}
JF_REG = {"npm": "//{org}.jfrog.io/artifactory/api/npm/npm-virtual/",
          "maven": ("artifactory", "https://{org}.jfrog.io/artifactory/libs-release-local", "ci-publisher"),
          "docker": ("{org}.jfrog.io", "ci-publisher"),
          "pypi": ("artifactory", "https://{org}.jfrog.io/artifactory/api/pypi/pypi-local", "ci-publisher")}
NX_REG = {"maven": ("nexus-releases", "https://nexus.{org}.internal/repository/maven-releases/", "deployment"),
          "docker": ("nexus.{org}.internal:8443", "ci-push"),
          "pypi": ("nexus", "https://nexus.{org}.internal/repository/pypi-internal/", "ci-upload")}
CS_REG = {"npm": "//npm.cloudsmith.io/{org}/{proj}/",
          "maven": ("cloudsmith", "https://maven.cloudsmith.io/{org}/{proj}/", "{org}-ci"),
          "pypi": ("cloudsmith", "https://python.cloudsmith.io/{org}/{proj}/", "{org}-ci"),
          "docker": ("docker.cloudsmith.io", "{org}-ci")}
ADO_REG = {"nuget": "https://pkgs.dev.azure.com/{org}/_packaging/{proj}/nuget/v3/index.json",
           "maven": ("{proj}-feed", "https://pkgs.dev.azure.com/{org}/_packaging/{proj}/maven/v1", "{org}"),
           "pypi": ("azure", "https://pkgs.dev.azure.com/{org}/_packaging/{proj}/pypi/upload/", "{org}")}

GEN_TOKEN_NAMES = ["TOKEN", "API_TOKEN", "AUTH_TOKEN", "AUTH", "token", "apiKey", "CI_TOKEN", "ACCESS_TOKEN",
                   "PUBLISH_TOKEN", "DEPLOY_TOKEN", "SERVICE_TOKEN", "BOT_TOKEN", "SECRET", "api_token", "CREDENTIAL"]

KINDS = [
    dict(p="github", k="classic_pat", g=lambda r: gh_classic(r, "ghp_"),
         n=["GH_TOKEN", "GITHUB_PAT", "GH_PAT", "GITHUB_TOKEN", "HOMEBREW_GITHUB_API_TOKEN", "GITHUB_API_TOKEN"],
         gn=["RELEASE_TOKEN", "BOT_TOKEN", "PUSH_TOKEN", "TOKEN", "token", "REPO_TOKEN", "AUTH"],
         use=['curl -sSf -H "Authorization: token @@S@@" https://api.github.com/repos/{org}/{proj}/releases',
              'git push "https://x-access-token:@@S@@@github.com/{org}/{proj}.git" HEAD:refs/heads/gh-pages',
              'GH_TOKEN=@@S@@ gh release create "v$VERSION" dist/* --generate-notes'],
         reg=GH_REG),
    dict(p="github", k="fine_grained_pat", g=gh_fine,
         n=["GH_TOKEN", "GITHUB_TOKEN", "GITHUB_PAT", "GH_FINE_GRAINED_TOKEN"],
         gn=["TOKEN", "CHANGESETS_TOKEN", "RENOVATE_TOKEN", "token", "AUTH_TOKEN"],
         use=['curl -sSf -H "Authorization: Bearer @@S@@" -H "X-GitHub-Api-Version: 2022-11-28" https://api.github.com/repos/{org}/{proj}/dispatches -d \'{{"event_type":"deploy"}}\'',
              'git clone "https://oauth2:@@S@@@github.com/{org}/{proj}-config.git" config'],
         reg=GH_REG),
    dict(p="github", k="oauth_token", g=lambda r: gh_classic(r, "gho_"),
         n=["GITHUB_OAUTH_TOKEN", "GH_OAUTH_TOKEN"], gn=["OAUTH_TOKEN", "token", "ACCESS_TOKEN"],
         use=['curl -sS -H "Authorization: Bearer @@S@@" https://api.github.com/user']),
    dict(p="github", k="user_to_server_token", g=lambda r: gh_classic(r, "ghu_"),
         n=["GITHUB_USER_TOKEN", "GH_USER_TOKEN"], gn=["USER_TOKEN", "token"],
         use=['curl -sS -H "Authorization: Bearer @@S@@" https://api.github.com/user/installations']),
    dict(p="github", k="installation_token", g=lambda r: gh_classic(r, "ghs_"),
         n=["GITHUB_APP_TOKEN", "GH_APP_TOKEN", "GITHUB_INSTALLATION_TOKEN"], gn=["APP_TOKEN", "token", "INSTALLATION_TOKEN"],
         use=['git remote set-url origin "https://x-access-token:@@S@@@github.com/{org}/{proj}.git"',
              'curl -sS -X POST -H "Authorization: token @@S@@" https://api.github.com/repos/{org}/{proj}/statuses/$GIT_COMMIT -d @status.json']),
    dict(p="github", k="refresh_token", g=lambda r: gh_classic(r, "ghr_"),
         n=["GITHUB_REFRESH_TOKEN"], gn=["REFRESH_TOKEN", "refresh_token"],
         use=['curl -sS -X POST https://github.com/login/oauth/access_token -d "refresh_token=@@S@@&grant_type=refresh_token&client_id=$CLIENT_ID"']),
    dict(p="github", k="app_private_key", g=lambda r: rsa_pem(r), ml=True,
         n=["GH_APP_PRIVATE_KEY", "GITHUB_APP_PRIVATE_KEY", "APP_PRIVATE_KEY"], gn=["PRIVATE_KEY", "private_key", "SIGNING_KEY"],
         use=['printf "%s" "@@S@@" > app.pem && ./scripts/mint-installation-token.sh app.pem']),
    dict(p="gitlab", k="personal_access_token", g=glpat,
         n=["GITLAB_TOKEN", "GL_TOKEN", "GITLAB_PAT", "GITLAB_API_TOKEN", "GITLAB_PRIVATE_TOKEN"],
         gn=["PRIVATE_TOKEN", "TOKEN", "RELEASE_TOKEN", "token", "API_TOKEN", "BOT_TOKEN"],
         use=['curl --fail --header "PRIVATE-TOKEN: @@S@@" "https://gitlab.com/api/v4/projects/{num}/releases"',
              'git push "https://oauth2:@@S@@@gitlab.com/{org}/{proj}.git" HEAD:main'],
         reg=GL_REG),
    dict(p="gitlab", k="runner_authentication_token", g=glrt,
         n=["RUNNER_TOKEN", "GITLAB_RUNNER_TOKEN", "CI_SERVER_TOKEN"], gn=["TOKEN", "token", "AUTH_TOKEN"],
         use=['gitlab-runner register --non-interactive --url https://gitlab.com --token @@S@@ --executor docker --docker-image alpine:3.19']),
    dict(p="gitlab", k="runner_registration_token", g=gl_runner_reg,
         n=["REGISTRATION_TOKEN", "RUNNER_REGISTRATION_TOKEN", "GITLAB_RUNNER_REGISTRATION_TOKEN"], gn=["REG_TOKEN", "token"],
         use=['gitlab-runner register --non-interactive --url https://gitlab.{org}.internal --registration-token @@S@@ --executor shell --tag-list "build,linux"']),
    dict(p="gitlab", k="ci_job_token", g=glcbt,
         n=["CI_JOB_TOKEN", "JOB_TOKEN"], gn=["token", "TOKEN"],
         use=['curl --header "JOB-TOKEN: @@S@@" --upload-file dist/{proj}.tar.gz "https://gitlab.com/api/v4/projects/{num}/packages/generic/{proj}/1.4.2/{proj}.tar.gz"']),
    dict(p="gitlab", k="deploy_token", g=gldt,
         n=["GITLAB_DEPLOY_TOKEN", "CI_DEPLOY_PASSWORD", "DEPLOY_TOKEN_PASSWORD"], gn=["REGISTRY_PASSWORD", "password", "DEPLOY_TOKEN"],
         comp=(["CI_DEPLOY_USER", "DEPLOY_USER", "REGISTRY_USER"], lambda r: "gitlab+deploy-token-%d" % r.randint(1000, 9999999)),
         use=['echo "@@S@@" | docker login registry.gitlab.com -u "@@U@@" --password-stdin'],
         reg={"docker": ("registry.gitlab.com", "gitlab+deploy-token-{num}"), "npm": GL_REG["npm"]}),
    dict(p="gitlab", k="pipeline_trigger_token", g=glptt,
         n=["TRIGGER_TOKEN", "GITLAB_TRIGGER_TOKEN", "CI_TRIGGER_TOKEN"], gn=["token", "TOKEN", "DOWNSTREAM_TOKEN"],
         use=['curl -X POST --fail -F token=@@S@@ -F ref=main "https://gitlab.com/api/v4/projects/{num}/trigger/pipeline"']),
    dict(p="bitbucket", k="app_password", g=bb_app_password,
         n=["BITBUCKET_APP_PASSWORD", "BB_APP_PASSWORD", "BITBUCKET_PASSWORD"], gn=["APP_PASSWORD", "password", "GIT_PASSWORD"],
         comp=(["BITBUCKET_USERNAME", "BB_USER", "GIT_USER"], lambda r: r.choice(FIRST).lower() + "-" + r.choice(["ci", "bot", "build"])),
         use=['curl -s -u "@@U@@:@@S@@" -X POST "https://api.bitbucket.org/2.0/repositories/{org}/{proj}/downloads" -F files=@dist/{proj}.zip']),
    dict(p="bitbucket", k="repository_access_token", g=lambda r: atlassian(r, "ATCTT3xFfGN0", r.choice([171, 180, 183])),
         n=["BITBUCKET_ACCESS_TOKEN", "BITBUCKET_REPO_TOKEN", "BB_ACCESS_TOKEN"], gn=["ACCESS_TOKEN", "token", "REPO_TOKEN"],
         use=['curl -s -H "Authorization: Bearer @@S@@" "https://api.bitbucket.org/2.0/repositories/{org}/{proj}/pullrequests?state=OPEN"']),
    dict(p="atlassian", k="api_token", g=lambda r: atlassian(r, "ATATT3xFfGF0", r.choice([171, 180, 183])),
         n=["JIRA_API_TOKEN", "ATLASSIAN_API_TOKEN", "CONFLUENCE_TOKEN"], gn=["API_TOKEN", "token"],
         comp=(["JIRA_USER", "JIRA_EMAIL"], lambda r: "%s.%s@%s.com" % (r.choice(FIRST).lower(), r.choice(["ci", "release"]), r.choice(ORGS).split("-")[0])),
         use=['curl -s -u "@@U@@:@@S@@" -X POST "https://{org}.atlassian.net/rest/api/3/version" -H "Content-Type: application/json" -d @release.json']),
    dict(p="azure_devops", k="pat_legacy", g=ado_legacy,
         n=["AZURE_DEVOPS_PAT", "AZURE_DEVOPS_EXT_PAT", "ADO_PAT", "SYSTEM_ACCESSTOKEN", "AZDO_PERSONAL_ACCESS_TOKEN", "VSTS_PAT"],
         gn=["PAT", "token", "FEED_TOKEN", "AUTH_TOKEN", "ACCESS_TOKEN"],
         use=['echo @@S@@ | az devops login --organization https://dev.azure.com/{org}',
              'git clone "https://build:@@S@@@dev.azure.com/{org}/{proj}/_git/{proj}"',
              './config.sh --unattended --url https://dev.azure.com/{org} --auth pat --token @@S@@ --pool Default --agent "$(hostname)"'],
         reg=ADO_REG),
    dict(p="azure_devops", k="pat", g=ado_new,
         n=["AZURE_DEVOPS_PAT", "AZURE_DEVOPS_EXT_PAT", "ADO_PAT", "AZP_TOKEN", "VSTS_PAT"], gn=["PAT", "token", "FEED_ACCESS_TOKEN"],
         use=['curl -u ":@@S@@" "https://dev.azure.com/{org}/{proj}/_apis/build/builds?api-version=7.1"',
              './config.sh --unattended --url https://dev.azure.com/{org} --auth pat --token @@S@@ --pool linux-build'],
         reg=ADO_REG),
    dict(p="jenkins", k="api_token", g=jenkins_api,
         n=["JENKINS_API_TOKEN", "JENKINS_TOKEN", "JENKINS_PASSWORD"], gn=["API_TOKEN", "token", "AUTH"],
         comp=(["JENKINS_USER", "JENKINS_USERNAME"], lambda r: r.choice(["ci-trigger", "deploy-bot", "release"])),
         use=['curl -fsS -X POST -u "@@U@@:@@S@@" "https://jenkins.{org}.internal/job/{proj}/buildWithParameters?BRANCH=main"',
              'java -jar jenkins-cli.jar -s https://jenkins.{org}.internal/ -auth @@U@@:@@S@@ build {proj}-release -p VERSION=$VERSION']),
    dict(p="jenkins", k="admin_password", g=human_password,
         n=["JENKINS_ADMIN_PASSWORD", "JENKINS_PASSWORD"], gn=["ADMIN_PASSWORD", "password", "PASS"],
         comp=(["JENKINS_ADMIN_ID", "JENKINS_USER"], lambda r: "admin"),
         use=['curl -fsS -u "@@U@@:@@S@@" https://jenkins.{org}.internal/crumbIssuer/api/json']),
    dict(p="circleci", k="personal_token", g=lambda r: circle_pat(r, "CCIPAT_"),
         n=["CIRCLECI_TOKEN", "CIRCLE_TOKEN", "CIRCLECI_CLI_TOKEN", "CIRCLE_API_TOKEN"], gn=["API_TOKEN", "token", "TOKEN"],
         use=['curl -s -X POST -H "Circle-Token: @@S@@" https://circleci.com/api/v2/project/gh/{org}/{proj}/pipeline -d \'{{"branch":"main"}}\' -H "Content-Type: application/json"']),
    dict(p="circleci", k="project_token", g=lambda r: circle_pat(r, "CCIPRJ_"),
         n=["CIRCLECI_PROJECT_TOKEN", "CIRCLE_PROJECT_TOKEN"], gn=["PROJECT_TOKEN", "token"],
         use=['curl -s -H "Circle-Token: @@S@@" "https://circleci.com/api/v2/project/gh/{org}/{proj}/pipeline?branch=main"']),
    dict(p="circleci", k="legacy_api_token", g=lambda r: hexs(r, 40),
         n=["CIRCLE_TOKEN", "CIRCLECI_API_TOKEN"], gn=["token", "API_KEY"],
         use=['curl -s "https://circleci.com/api/v1.1/project/github/{org}/{proj}?circle-token=@@S@@&limit=5"']),
    dict(p="travis", k="api_token", g=lambda r: rs(r, ALNUM, 22),
         n=["TRAVIS_TOKEN", "TRAVIS_API_TOKEN", "TRAVIS_CI_TOKEN"], gn=["token", "API_TOKEN"],
         use=['curl -s -X POST -H "Travis-API-Version: 3" -H "Authorization: token @@S@@" https://api.travis-ci.com/repo/{org}%2F{proj}/requests']),
    dict(p="buildkite", k="api_token", g=bk_api,
         n=["BUILDKITE_API_TOKEN", "BUILDKITE_TOKEN", "BK_API_TOKEN"], gn=["API_TOKEN", "token"],
         use=['curl -sS -H "Authorization: Bearer @@S@@" -X POST "https://api.buildkite.com/v2/organizations/{org}/pipelines/{proj}/builds" -d \'{{"commit":"HEAD","branch":"main"}}\'']),
    dict(p="buildkite", k="agent_token", g=lambda r: rs(r, LOWER_ALNUM, 50),
         n=["BUILDKITE_AGENT_TOKEN", "BK_AGENT_TOKEN"], gn=["AGENT_TOKEN", "token"],
         use=['buildkite-agent start --token @@S@@ --tags "queue=deploy,os=linux" --name "%hostname-%spawn"']),
    dict(p="drone", k="rpc_secret", g=lambda r: hexs(r, 32),
         n=["DRONE_RPC_SECRET", "DRONE_SECRET"], gn=["RPC_SECRET", "SHARED_SECRET", "secret"],
         use=['docker run -d -e DRONE_RPC_HOST=drone.{org}.internal -e DRONE_RPC_SECRET=@@S@@ drone/drone-runner-docker:1']),
    dict(p="drone", k="user_token", g=lambda r: rs(r, ALNUM, 32),
         n=["DRONE_TOKEN", "DRONE_USER_TOKEN"], gn=["token", "CLI_TOKEN"],
         use=['DRONE_SERVER=https://drone.{org}.internal DRONE_TOKEN=@@S@@ drone build promote {org}/{proj} "$BUILD" production']),
    dict(p="woodpecker", k="agent_secret", g=lambda r: hexs(r, 64),
         n=["WOODPECKER_AGENT_SECRET", "WOODPECKER_SECRET"], gn=["AGENT_SECRET", "secret"],
         use=['woodpecker-agent --server grpc.ci.{org}.internal:9000 --grpc-token @@S@@']),
    dict(p="teamcity", k="access_token", g=teamcity,
         n=["TEAMCITY_TOKEN", "TEAMCITY_ACCESS_TOKEN", "TC_TOKEN"], gn=["token", "ACCESS_TOKEN", "AUTH"],
         use=['curl -s -H "Authorization: Bearer @@S@@" -X POST https://teamcity.{org}.internal/app/rest/buildQueue -H "Content-Type: application/xml" -d @build.xml']),
    dict(p="bamboo", k="personal_access_token", g=atlassian_dc_pat,
         n=["BAMBOO_TOKEN", "BAMBOO_PAT", "BAMBOO_API_TOKEN"], gn=["token", "PAT", "AUTH_TOKEN"],
         use=['curl -s -H "Authorization: Bearer @@S@@" -X POST "https://bamboo.{org}.internal/rest/api/latest/queue/PROJ-REL?executeAllStages=true"']),
    dict(p="codecov", k="upload_token", g=uuid4,
         n=["CODECOV_TOKEN"], gn=["COVERAGE_TOKEN", "token", "UPLOAD_TOKEN"],
         use=['codecov upload-process -t @@S@@ -f coverage.xml --git-service github',
              'curl -Os https://cli.codecov.io/latest/linux/codecov && chmod +x codecov && ./codecov -t @@S@@']),
    dict(p="coveralls", k="repo_token", g=lambda r: rs(r, ALNUM, r.choice([32, 33, 35, 37])),
         n=["COVERALLS_REPO_TOKEN", "COVERALLS_TOKEN"], gn=["COVERAGE_TOKEN", "repo_token"],
         use=['COVERALLS_REPO_TOKEN=@@S@@ coveralls --service=github']),
    dict(p="sonarqube", k="user_token", g=lambda r: sonar(r, "squ_"),
         n=["SONAR_TOKEN", "SONARQUBE_TOKEN", "SONAR_LOGIN"], gn=["token", "QUALITY_TOKEN", "ANALYSIS_TOKEN"],
         use=['sonar-scanner -Dsonar.projectKey={org}_{proj} -Dsonar.host.url=https://sonar.{org}.internal -Dsonar.token=@@S@@']),
    dict(p="sonarqube", k="project_analysis_token", g=lambda r: sonar(r, "sqp_"),
         n=["SONAR_TOKEN", "SONARQUBE_TOKEN"], gn=["token", "ANALYSIS_TOKEN"],
         use=['./gradlew sonar -Dsonar.token=@@S@@ -Dsonar.host.url=https://sonar.{org}.internal']),
    dict(p="sonarqube", k="global_analysis_token", g=lambda r: sonar(r, "sqa_"),
         n=["SONAR_TOKEN", "SONAR_GLOBAL_TOKEN"], gn=["token", "SCAN_TOKEN"],
         use=['mvn -B verify sonar:sonar -Dsonar.token=@@S@@']),
    dict(p="sonarcloud", k="token", g=lambda r: hexs(r, 40),
         n=["SONAR_TOKEN", "SONARCLOUD_TOKEN"], gn=["token", "ANALYSIS_TOKEN"],
         use=['sonar-scanner -Dsonar.organization={org} -Dsonar.host.url=https://sonarcloud.io -Dsonar.login=@@S@@']),
    dict(p="dockerhub", k="personal_access_token", g=dckr,
         n=["DOCKERHUB_TOKEN", "DOCKER_HUB_TOKEN", "DOCKER_PASSWORD", "DOCKERHUB_PASSWORD"], gn=["REGISTRY_PASSWORD", "password", "REGISTRY_TOKEN"],
         comp=(["DOCKERHUB_USERNAME", "DOCKER_USERNAME", "REGISTRY_USER"], lambda r: r.choice(ORGS).replace("-", "") + "bot"),
         use=['echo "@@S@@" | docker login -u "@@U@@" --password-stdin'], reg={"docker": ("docker.io", "{org}bot")}),
    dict(p="quay", k="robot_token", g=quay_robot,
         n=["QUAY_PASSWORD", "QUAY_ROBOT_TOKEN", "QUAY_TOKEN"], gn=["REGISTRY_PASSWORD", "password"],
         comp=(["QUAY_USERNAME", "QUAY_ROBOT", "REGISTRY_USER"], lambda r: "%s+%s" % (r.choice(ORGS).replace("-", "_"), r.choice(["ci_push", "builder", "github_actions"]))),
         use=['docker login quay.io -u "@@U@@" -p "@@S@@"'], reg={"docker": ("quay.io", "{org}+ci_push")}),
    dict(p="npm", k="access_token", g=npm_token,
         n=["NPM_TOKEN", "NPM_AUTH_TOKEN", "NODE_AUTH_TOKEN", "NPM_PUBLISH_TOKEN"], gn=["TOKEN", "token", "PUBLISH_TOKEN", "REGISTRY_TOKEN"],
         use=['echo "//registry.npmjs.org/:_authToken=@@S@@" > ~/.npmrc && npm publish --access public'],
         reg={"npm": "//registry.npmjs.org/"}),
    dict(p="pypi", k="api_token", g=pypi_token,
         n=["PYPI_TOKEN", "PYPI_API_TOKEN", "TWINE_PASSWORD", "UV_PUBLISH_TOKEN", "POETRY_PYPI_TOKEN_PYPI"], gn=["token", "PUBLISH_TOKEN", "UPLOAD_TOKEN"],
         use=['twine upload -u __token__ -p @@S@@ dist/*', 'poetry publish --build -u __token__ -p @@S@@'],
         reg={"pypi": ("pypi", "https://upload.pypi.org/legacy/", "__token__")}),
    dict(p="pypi", k="test_api_token", g=lambda r: pypi_token(r, True),
         n=["TEST_PYPI_TOKEN", "TESTPYPI_API_TOKEN", "TWINE_PASSWORD"], gn=["token", "UPLOAD_TOKEN"],
         use=['twine upload --repository-url https://test.pypi.org/legacy/ -u __token__ -p @@S@@ dist/*'],
         reg={"pypi": ("testpypi", "https://test.pypi.org/legacy/", "__token__")}),
    dict(p="rubygems", k="api_key", g=rubygems,
         n=["GEM_HOST_API_KEY", "RUBYGEMS_API_KEY", "RUBYGEMS_AUTH_TOKEN"], gn=["API_KEY", "token"],
         use=['GEM_HOST_API_KEY=@@S@@ gem push pkg/{proj}-$VERSION.gem']),
    dict(p="nuget", k="api_key", g=nuget,
         n=["NUGET_API_KEY", "NUGET_KEY", "NUGET_TOKEN"], gn=["API_KEY", "apiKey", "PUSH_KEY"],
         use=['dotnet nuget push "artifacts/*.nupkg" --api-key @@S@@ --source https://api.nuget.org/v3/index.json --skip-duplicate']),
    dict(p="crates.io", k="api_token", g=crates,
         n=["CARGO_REGISTRY_TOKEN", "CRATES_IO_TOKEN", "CRATES_TOKEN"], gn=["token", "PUBLISH_TOKEN"],
         use=['cargo publish --token @@S@@ --locked']),
    dict(p="cloudsmith", k="api_key", g=lambda r: hexs(r, 40),
         n=["CLOUDSMITH_API_KEY", "CLOUDSMITH_TOKEN"], gn=["API_KEY", "apiKey", "REPO_KEY"],
         use=['cloudsmith push deb {org}/{proj}/ubuntu/jammy dist/{proj}_$VERSION_amd64.deb -k @@S@@'], reg=CS_REG),
    dict(p="jfrog", k="api_key", g=akcp,
         n=["ARTIFACTORY_API_KEY", "JFROG_API_KEY", "ARTIFACTORY_PASSWORD", "JF_API_KEY"], gn=["API_KEY", "apiKey", "REPO_PASSWORD", "password"],
         use=['curl -H "X-JFrog-Art-Api: @@S@@" -T dist/{proj}.tgz "https://{org}.jfrog.io/artifactory/generic-local/{proj}/$VERSION/"'],
         reg=JF_REG),
    dict(p="jfrog", k="reference_token", g=jfrog_ref,
         n=["JF_ACCESS_TOKEN", "ARTIFACTORY_ACCESS_TOKEN", "JFROG_TOKEN", "ARTIFACTORY_TOKEN"], gn=["ACCESS_TOKEN", "token", "REPO_TOKEN"],
         use=['jf rt upload "dist/*.tgz" npm-local/{proj}/ --url https://{org}.jfrog.io/artifactory --access-token @@S@@'],
         reg=JF_REG),
    dict(p="nexus", k="password", g=human_password,
         n=["NEXUS_PASSWORD", "NEXUS_PASS", "MAVEN_REPO_PASSWORD"], gn=["REPO_PASSWORD", "password", "PASS"],
         comp=(["NEXUS_USER", "NEXUS_USERNAME", "MAVEN_REPO_USER"], lambda r: r.choice(["deployment", "ci-upload", "jenkins"])),
         use=['curl -fsS -u "@@U@@:@@S@@" --upload-file target/{proj}.jar "https://nexus.{org}.internal/repository/releases/com/{org}/{proj}/$VERSION/{proj}-$VERSION.jar"'],
         reg=NX_REG),
    dict(p="snyk", k="api_token", g=uuid4,
         n=["SNYK_TOKEN", "SNYK_API_TOKEN"], gn=["token", "SCAN_TOKEN"],
         use=['snyk auth @@S@@ && snyk test --severity-threshold=high --all-projects']),
    dict(p="semgrep", k="app_token", g=lambda r: hexs(r, 64),
         n=["SEMGREP_APP_TOKEN"], gn=["token", "SCAN_TOKEN"],
         use=['SEMGREP_APP_TOKEN=@@S@@ semgrep ci --baseline-commit "$BASE_SHA"']),
    dict(p="sentry", k="org_auth_token", g=sentry_org,
         n=["SENTRY_AUTH_TOKEN", "SENTRY_TOKEN"], gn=["token", "RELEASE_TOKEN", "AUTH_TOKEN"],
         use=['sentry-cli --auth-token @@S@@ releases new "$VERSION" && sentry-cli releases files "$VERSION" upload-sourcemaps ./dist']),
    dict(p="sentry", k="user_auth_token", g=lambda r: "sntryu_" + hexs(r, 64),
         n=["SENTRY_AUTH_TOKEN"], gn=["token", "AUTH_TOKEN"],
         use=['sentry-cli --auth-token @@S@@ debug-files upload --include-sources build/']),
    dict(p="vercel", k="access_token", g=lambda r: rs(r, ALNUM, 24),
         n=["VERCEL_TOKEN", "VERCEL_ACCESS_TOKEN"], gn=["DEPLOY_TOKEN", "token"],
         use=['npx vercel deploy --prod --token=@@S@@ --yes']),
    dict(p="netlify", k="personal_access_token", g=lambda r: "nfp_" + rs(r, ALNUM, 36),
         n=["NETLIFY_AUTH_TOKEN", "NETLIFY_TOKEN"], gn=["DEPLOY_TOKEN", "token"],
         use=['npx netlify deploy --prod --dir=dist --auth @@S@@ --site "$NETLIFY_SITE_ID"']),
    dict(p="aws", k="access_key", g=None, pair="aws",
         n=["AWS_SECRET_ACCESS_KEY"], gn=["SECRET_KEY", "DEPLOY_SECRET", "S3_SECRET"],
         comp=(["AWS_ACCESS_KEY_ID"], None),
         use=['AWS_ACCESS_KEY_ID=@@U@@ AWS_SECRET_ACCESS_KEY=@@S@@ aws s3 sync ./dist s3://{org}-{proj}-artifacts/ --delete']),
    dict(p="gcp", k="service_account_json_b64", g=gcp_sa_b64,
         n=["GCP_SA_KEY", "GOOGLE_CREDENTIALS_B64", "GCLOUD_SERVICE_KEY", "GCP_CREDENTIALS"], gn=["SA_KEY", "DEPLOY_KEY", "CREDENTIALS"],
         use=['echo "@@S@@" | base64 -d > /tmp/gcp.json && gcloud auth activate-service-account --key-file=/tmp/gcp.json']),
    dict(p="azure", k="client_secret", g=azure_sp,
         n=["AZURE_CLIENT_SECRET", "ARM_CLIENT_SECRET", "AZ_SP_SECRET"], gn=["CLIENT_SECRET", "SP_PASSWORD", "password"],
         comp=(["AZURE_CLIENT_ID", "ARM_CLIENT_ID"], uuid4),
         use=['az login --service-principal -u "@@U@@" -p "@@S@@" --tenant "$AZURE_TENANT_ID"']),
    dict(p="terraform_cloud", k="api_token", g=tfc,
         n=["TF_API_TOKEN", "TFE_TOKEN", "TF_TOKEN_app_terraform_io", "TERRAFORM_CLOUD_TOKEN"], gn=["token", "API_TOKEN"],
         use=['printf \'credentials "app.terraform.io" {{ token = "%s" }}\' "@@S@@" > ~/.terraformrc && terraform init -input=false']),
    dict(p="pulumi", k="access_token", g=lambda r: "pul-" + hexs(r, 40),
         n=["PULUMI_ACCESS_TOKEN", "PULUMI_TOKEN"], gn=["token", "IAC_TOKEN"],
         use=['PULUMI_ACCESS_TOKEN=@@S@@ pulumi up --yes --stack {org}/{proj}/prod']),
    dict(p="slack", k="incoming_webhook", g=slack_hook,
         n=["SLACK_WEBHOOK_URL", "SLACK_WEBHOOK", "SLACK_HOOK"], gn=["WEBHOOK_URL", "NOTIFY_URL", "webhook"],
         use=['curl -s -X POST -H "Content-type: application/json" --data "{{\\"text\\":\\"Build $BUILD_NUMBER finished\\"}}" "@@S@@"']),
    dict(p="argocd", k="auth_token", g=argocd_token,
         n=["ARGOCD_AUTH_TOKEN", "ARGOCD_TOKEN"], gn=["token", "DEPLOY_TOKEN", "CD_TOKEN"],
         use=['argocd app sync {proj}-prod --server argocd.{org}.internal --grpc-web --auth-token @@S@@']),
    dict(p="spinnaker", k="gate_password", g=human_password,
         n=["SPINNAKER_PASSWORD", "SPIN_GATE_PASSWORD"], gn=["password", "GATE_PASS"],
         comp=(["SPINNAKER_USER", "SPIN_USER"], lambda r: r.choice(["ci-svc", "deploy", "jenkins"])),
         use=['curl -s -u "@@U@@:@@S@@" -X POST "https://gate.spinnaker.{org}.internal/pipelines/{proj}/deploy-prod" -H "Content-Type: application/json" -d @trigger.json']),
    dict(p="harness", k="api_key", g=harness,
         n=["HARNESS_API_KEY", "HARNESS_PLATFORM_API_KEY", "HARNESS_TOKEN"], gn=["API_KEY", "apiKey", "token"],
         use=['curl -s -H "x-api-key: @@S@@" "https://app.harness.io/pipeline/api/pipeline/execute/deploy_prod?accountIdentifier=$HARNESS_ACCOUNT_ID&orgIdentifier=default&projectIdentifier={proj}"']),
    dict(p="sigstore", k="cosign_private_key", g=cosign_key, ml=True,
         n=["COSIGN_PRIVATE_KEY", "COSIGN_KEY"], gn=["SIGNING_KEY", "PRIVATE_KEY"],
         use=['printf "%s" "@@S@@" > cosign.key && cosign sign --yes --key cosign.key "$IMAGE@$DIGEST"']),
    dict(p="sigstore", k="cosign_password", g=human_password,
         n=["COSIGN_PASSWORD"], gn=["KEY_PASSWORD", "SIGNING_PASSWORD", "password"],
         use=['COSIGN_PASSWORD=@@S@@ cosign sign --yes --key env://COSIGN_PRIVATE_KEY "$IMAGE@$DIGEST"']),
    dict(p="gpg", k="signing_private_key", g=lambda r: pgp_block(r, True), ml=True,
         n=["GPG_PRIVATE_KEY", "GPG_SIGNING_KEY", "SIGNING_KEY", "MAVEN_GPG_PRIVATE_KEY"], gn=["PRIVATE_KEY", "RELEASE_KEY"],
         use=['echo "@@S@@" | gpg --batch --import && gpg --list-secret-keys']),
    dict(p="gpg", k="signing_passphrase", g=human_password,
         n=["GPG_PASSPHRASE", "MAVEN_GPG_PASSPHRASE", "SIGNING_PASSWORD", "GPG_PASSWORD"], gn=["PASSPHRASE", "KEY_PASSWORD", "password"],
         use=['gpg --batch --pinentry-mode loopback --passphrase "@@S@@" --detach-sign --armor dist/{proj}.tar.gz']),
    dict(p="vault", k="service_token", g=vault_token,
         n=["VAULT_TOKEN"], gn=["token", "SECRETS_TOKEN"],
         use=['VAULT_ADDR=https://vault.{org}.internal VAULT_TOKEN=@@S@@ vault kv get -field=dsn secret/ci/{proj}']),
    dict(p="cloudflare", k="api_token", g=lambda r: rs(r, ALNUM + "_-", 40),
         n=["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"], gn=["token", "API_TOKEN", "DEPLOY_TOKEN"],
         use=['CLOUDFLARE_API_TOKEN=@@S@@ npx wrangler deploy --env production']),
    dict(p="datadog", k="api_key", g=lambda r: hexs(r, 32),
         n=["DD_API_KEY", "DATADOG_API_KEY"], gn=["API_KEY", "apiKey", "METRICS_KEY"],
         use=['DD_API_KEY=@@S@@ datadog-ci junit upload --service {proj} reports/junit.xml']),
    dict(p="gradle", k="plugin_portal_secret", g=lambda r: rs(r, ALNUM, 32),
         n=["GRADLE_PUBLISH_SECRET", "gradle.publish.secret"], gn=["PUBLISH_SECRET", "secret"],
         comp=(["GRADLE_PUBLISH_KEY", "gradle.publish.key"], lambda r: rs(r, ALNUM, 32)),
         use=['./gradlew publishPlugins -Pgradle.publish.key=@@U@@ -Pgradle.publish.secret=@@S@@']),
    dict(p="sonatype", k="ossrh_token_password", g=lambda r: b64s(rbytes(r, 33)),
         n=["OSSRH_PASSWORD", "SONATYPE_PASSWORD", "MAVEN_CENTRAL_PASSWORD", "ORG_GRADLE_PROJECT_mavenCentralPassword"], gn=["REPO_PASSWORD", "password"],
         comp=(["OSSRH_USERNAME", "SONATYPE_USERNAME", "MAVEN_CENTRAL_USERNAME"], lambda r: rs(r, ALNUM, 8)),
         use=['./gradlew publishToSonatype closeAndReleaseSonatypeStagingRepository -PsonatypeUsername=@@U@@ -PsonatypePassword=@@S@@'],
         reg={"maven": ("ossrh", "https://s01.oss.sonatype.org/service/local/staging/deploy/maven2/", "{u}")}),
]


# --------------------------------------------------------------------------
# slot: what goes into the "secret place" of a file

class Struct:
    """structured secret reference (from_secret, secretKeyRef, parameter-store ...)"""
    def __init__(self, kind, **kw):
        self.kind = kind
        self.__dict__.update(kw)


class Slot:
    def __init__(self, r, kind, name, val, comp=None, inline=False, needle=None, label="pos"):
        self.r = r
        self.kind = kind
        self.name = name
        self.val = val
        self.comp = comp            # (name, value) or None
        self.inline = inline
        self.needle = needle
        self.label = label
        self.org = r.choice(ORGS)
        self.proj = r.choice(PROJECTS)
        self.num = r.randint(1000000, 59999999)
        self.cmd_tpl = r.choice(kind["use"])
        self.extra = []
        _CUR["stack"] = r.choice(STACKS)

    def fmt(self, t):
        return t.replace("{org}", self.org).replace("{proj}", self.proj).replace("{num}", str(self.num)) \
                .replace("{{", "{").replace("}}", "}")

    def assigns(self):
        out = list(self.extra)
        if self.comp and not self.inline:
            out.append(self.comp)
        if not self.inline:
            out.append((self.name, self.val))
        return out

    def cmd(self, ref):
        """command line using the secret; ref(name) -> reference syntax of the file type"""
        c = self.fmt(self.cmd_tpl)
        if self.inline:
            sv = self.val if isinstance(self.val, str) else ref(self.name)
            c = c.replace("@@S@@", sv)
            if self.comp:
                c = c.replace("@@U@@", self.comp[1])
        else:
            c = c.replace("@@S@@", ref(self.name))
            if self.comp:
                c = c.replace("@@U@@", ref(self.comp[0]))
        return c


SAFE = set(ALNUM + "_-./+=~")


def yq(r, v, force=None):
    """YAML scalar rendering"""
    if v.startswith("${{"):
        return v if r.random() < 0.7 else '"%s"' % v
    if v == "":
        return '""'
    st = force or r.choice(["bare", "bare", "dq", "sq"])
    if st == "bare" and all(c in SAFE for c in v) and not v[0] in "-.~=" and not v.isdigit():
        return v
    if st == "sq" and "'" not in v:
        return "'%s'" % v
    return '"%s"' % v.replace("\\", "\\\\").replace('"', '\\"')


def ykv(r, ind, key, val):
    if isinstance(val, str) and "\n" in val:
        return ["%s%s: |" % (ind, key)] + [(ind + "  " + l) if l else "" for l in val.split("\n")]
    return ["%s%s: %s" % (ind, key, yq(r, val))]


def shq(r, v):
    if "\n" in v:
        return None
    if "'" in v or r.random() < 0.6:
        return '"%s"' % v.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
    return "'%s'" % v


def sha40(r):
    return hexs(r, 40)


ACTIONS = [("actions/checkout", "v4.2.2"), ("actions/setup-node", "v4.1.0"), ("actions/setup-python", "v5.3.0"),
           ("actions/setup-java", "v4.5.0"), ("actions/cache", "v4.1.2"), ("actions/upload-artifact", "v4.4.3"),
           ("docker/setup-buildx-action", "v3.7.1"), ("actions/setup-go", "v5.1.0")]


def pin(r, action):
    for a, v in ACTIONS:
        if a == action:
            return "%s@%s # %s" % (a, sha40(r), v) if r.random() < 0.6 else "%s@%s" % (a, v.split(".")[0])
    return action + "@v1"


def digest(r):
    return "sha256:" + hexs(r, 64)


STACKS = [
    (["node:20-bookworm", "node:22-alpine", "cimg/node:20.11"], [["npm ci", "npm run lint", "npm test -- --ci"], ["pnpm install --frozen-lockfile", "pnpm build"], ["yarn install --immutable", "yarn test"]]),
    (["python:3.12-slim", "python:3.11-bookworm"], [["pip install -r requirements.txt", "pytest -q"], ["pip install build twine", "python -m build"], ["pip install poetry", "poetry install --no-interaction", "poetry run pytest"]]),
    (["golang:1.22", "golang:1.23-alpine"], [["go vet ./...", "go test -race ./..."], ["go build -trimpath ./cmd/...", "go test ./..."]]),
    (["eclipse-temurin:21-jdk", "gradle:8.8-jdk21"], [["./gradlew build --no-daemon"], ["./gradlew check assemble --no-daemon --stacktrace"]]),
    (["maven:3.9-eclipse-temurin-21"], [["mvn -B -ntp verify"], ["mvn -B -ntp -DskipTests package"]]),
    (["mcr.microsoft.com/dotnet/sdk:8.0"], [["dotnet restore", "dotnet test --no-restore"], ["dotnet build -c Release", "dotnet pack -c Release -o artifacts"]]),
    (["rust:1.79", "rust:1.80-slim"], [["cargo build --release --locked", "cargo test --locked"]]),
    (["ruby:3.3"], [["bundle install --jobs 4", "bundle exec rake spec"], ["gem build *.gemspec"]]),
    (["ubuntu:24.04", "alpine:3.20", "docker:27.1"], [["make build", "make test"]]),
]
_CUR = {"stack": STACKS[0]}


def image(r):
    im = r.choice(_CUR["stack"][0]) if r.random() < 0.8 else r.choice(["alpine:3.20", "ubuntu:24.04", "docker:27.1", "curlimages/curl:8.8.0"])
    return im + "@" + digest(r) if r.random() < 0.3 else im


def build_steps_sh(r):
    return list(r.choice(_CUR["stack"][1]))


# --------------------------------------------------------------------------
# file types.  render(r, s) -> (relpath, [lines]);  vref = how scripts read a
# variable; sref = how a careful author pulls a secret in this file type.

FT = {}


def filetype(name, ml=False, inline=True, need=None, sref=None, vref=None):
    def deco(fn):
        FT[name] = dict(name=name, render=fn, ml=ml, inline=inline, need=need,
                        sref=sref or (lambda r, s, n: "${%s}" % n), vref=vref or (lambda n: "$" + n))
        return fn
    return deco


def sh_ref(n):
    return "${%s}" % n if not n.replace("_", "").isalnum() or n[0].isdigit() else "$" + n


def envname(n):
    return n.replace(".", "_").upper() if "." in n else n


def gha_sref(r, s, n):
    return "${{ secrets.%s }}" % envname(n).upper()


@filetype("github-actions-workflow", ml=True, sref=gha_sref)
def ft_gha(r, s):
    name = r.choice(["release", "publish", "deploy", "ci", "build", "nightly", "docker", "docs"])
    path = ".github/workflows/%s.yml" % name
    L = ["name: %s" % name.capitalize(), "", "on:", "  push:", "    branches: [main]"]
    if r.random() < 0.5:
        L += ["    tags: ['v*.*.*']"]
    L += ["  workflow_dispatch:", ""]
    if r.random() < 0.6:
        L += ["permissions:", "  contents: %s" % r.choice(["read", "write"]), "  id-token: write", ""]
    if r.random() < 0.3:
        L += ["concurrency:", "  group: ${{ github.workflow }}-${{ github.ref }}", "  cancel-in-progress: true", ""]
    where = r.choice(["workflow", "job", "step"])
    env = []
    for k, v in s.assigns():
        env += ykv(r, "", k, v)
    if where == "workflow" and env:
        L += ["env:"] + ["  " + e if e else e for e in env] + [""]
    L += ["jobs:", "  %s:" % r.choice(["build", "release", "publish", "deploy"]), "    runs-on: %s" % r.choice(["ubuntu-latest", "ubuntu-22.04", "[self-hosted, linux, x64]"])]
    if r.random() < 0.3:
        L += ["    timeout-minutes: %d" % r.choice([15, 20, 30, 45])]
    if where == "job" and env:
        L += ["    env:"] + ["      " + e if e else e for e in env]
    L += ["    steps:", "      - uses: %s" % pin(r, "actions/checkout")]
    if r.random() < 0.5:
        L += ["        with:", "          fetch-depth: 0"]
    if r.random() < 0.6:
        L += ["      - uses: %s" % pin(r, r.choice(["actions/setup-node", "actions/setup-python", "actions/setup-java", "actions/setup-go"]))]
    if r.random() < 0.4:
        L += ["      - uses: %s" % pin(r, "actions/cache"), "        with:", "          path: ~/.cache",
              "          key: ${{ runner.os }}-deps-${{ hashFiles('**/%s') }}" % r.choice(["package-lock.json", "poetry.lock", "go.sum", "*.gradle*"])]
    L += ["      - name: Build", "        run: |"] + ["          " + c for c in build_steps_sh(r)]
    L += ["      - name: %s" % r.choice(["Publish", "Release", "Upload", "Deploy", "Notify"])]
    if where == "step" and env:
        L += ["        env:"] + ["          " + e if e else e for e in env]
    L += ["        run: |", "          " + s.cmd(sh_ref)]
    if r.random() < 0.3:
        L += ["      - uses: %s" % pin(r, "actions/upload-artifact"), "        with:", "          name: dist", "          path: dist/"]
    return path, L


@filetype("github-action-metadata", ml=False, sref=lambda r, s, n: r.choice(["${{ github.token }}", "${{ inputs.%s }}" % n.lower()]))
def ft_action(r, s):
    path = r.choice(["action.yml", ".github/actions/%s/action.yml" % r.choice(["publish", "release", "notify", "setup-registry"])])
    L = ["name: '%s %s'" % (s.proj, r.choice(["publish", "release helper", "notify"])),
         "description: 'Composite action used by the release workflow'", "inputs:"]
    for k, v in s.assigns():
        L += ["  %s:" % k.lower().replace("_", "-"), "    description: '%s'" % k.replace("_", " ").lower(),
              "    required: false"] + ykv(r, "    ", "default", v)
    L += ["  version:", "    description: 'version to publish'", "    required: true", "runs:", "  using: composite",
          "  steps:", "    - shell: bash", "      env:"]
    for k, v in s.assigns():
        L += ["        %s: ${{ inputs.%s }}" % (envname(k), k.lower().replace("_", "-"))]
    L += ["        VERSION: ${{ inputs.version }}", "      run: |", "        set -euo pipefail",
          "        " + s.cmd(lambda n: sh_ref(envname(n)))]
    return path, L


def gl_sref(r, s, n):
    return r.choice(["${CI_JOB_TOKEN}", "$CI_REGISTRY_PASSWORD", "$%s_PROD" % envname(n), "${%s_MASKED}" % envname(n)]) \
        if r.random() < 0.5 else r.choice(["$%s" % envname(n).replace("TOKEN", "TOKEN_PROTECTED"), "${CI_JOB_TOKEN}"])


def gitlab_body(r, s, include=False):
    L = []
    if not include:
        L += ["stages:", "  - build", "  - test", "  - publish", ""]
        if r.random() < 0.4:
            L += ["include:", "  - project: '%s/ci-templates'" % s.org, "    ref: %s" % sha40(r), "    file: '/templates/docker.yml'", ""]
    glob = r.random() < 0.5
    av = []
    for k, v in s.assigns():
        av += ykv(r, "", k, v)
    if glob and av:
        L += ["variables:", "  DOCKER_DRIVER: overlay2"] + ["  " + a if a else a for a in av] + [""]
    job = ".publish-template" if include else r.choice(["publish", "release", "deploy:prod", "upload"])
    L += ["build:", "  stage: build", "  image: %s" % image(r), "  script:"] + ["    - " + c for c in build_steps_sh(r)]
    L += ["  artifacts:", "    paths: [dist/]", "    expire_in: 1 week", ""]
    L += ["%s:" % job, "  stage: publish", "  image: %s" % image(r)]
    if not glob and av:
        L += ["  variables:"] + ["    " + a if a else a for a in av]
    c = s.cmd(sh_ref)
    if ": " in c or " #" in c or c.startswith(("'", '"', "{", "*", "[")):
        c = yq(r, c, force="sq") if "'" not in c else "|\n      " + c
    L += ["  script:"] + ("    - " + c).split("\n")
    L += ["  rules:", "    - if: $CI_COMMIT_TAG", "    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH", "      when: manual"]
    if r.random() < 0.4:
        L += ["  tags: [%s]" % r.choice(["docker", "linux", "k8s-runner"])]
    return L


@filetype("gitlab-ci", ml=True, sref=gl_sref)
def ft_gitlab(r, s):
    return ".gitlab-ci.yml", gitlab_body(r, s)


@filetype("gitlab-ci-include", ml=True, sref=gl_sref)
def ft_gitlab_inc(r, s):
    path = r.choice(["ci/templates/%s.gitlab-ci.yml", ".gitlab/ci/%s.yml", "templates/%s.yml"]) % r.choice(["publish", "release", "deploy", "docker"])
    return path, ["# shared job definitions, included from .gitlab-ci.yml", ""] + gitlab_body(r, s, include=True)


def groovy_q(v):
    if "\n" in v:
        return "'''%s'''" % v
    return "'%s'" % v.replace("\\", "\\\\").replace("'", "\\'")


def jk_sref(r, s, n):
    return "credentials('%s')" % r.choice([n.lower().replace("_", "-"), "%s-%s" % (s.proj, n.lower().replace("_", "-")), uuid4(r)])


@filetype("jenkinsfile-declarative", ml=True, sref=jk_sref)
def ft_jenkins_decl(r, s):
    L = ["pipeline {", "    agent { label '%s' }" % r.choice(["linux", "docker", "build-large", "master"]), "    options {",
         "        timestamps()", "        buildDiscarder(logRotator(numToKeepStr: '%d'))" % r.choice([10, 20, 30]), "    }"]
    av = s.assigns()
    if av:
        L += ["    environment {"]
        for k, v in av:
            vv = v if (isinstance(v, str) and v.startswith("credentials(")) else groovy_q(v)
            L += ["        %s = %s" % (envname(k), vv)]
        L += ["    }"]
    L += ["    stages {", "        stage('Build') {", "            steps {"]
    L += ["                sh '%s'" % c for c in build_steps_sh(r)]
    L += ["            }", "        }", "        stage('Publish') {", "            when { branch 'main' }", "            steps {",
          '                sh """%s"""' % s.cmd(lambda n: "${env.%s}" % envname(n) if r.random() < 0.5 else "$" + envname(n)).replace('"""', "'''"),
          "            }", "        }", "    }", "    post {", "        always { junit allowEmptyResults: true, testResults: 'build/test-results/**/*.xml' }", "    }", "}"]
    return "Jenkinsfile", L


@filetype("jenkinsfile-scripted", ml=False, sref=jk_sref)
def ft_jenkins_scripted(r, s):
    L = ["#!groovy", "", "node('%s') {" % r.choice(["linux", "docker", "builder"]), "    stage('Checkout') {", "        checkout scm", "    }",
         "    stage('Build') {"] + ["        sh '%s'" % c for c in build_steps_sh(r)] + ["    }"]
    av = s.assigns()
    if av and r.random() < 0.5:
        pairs = ", ".join('"%s=%s"' % (envname(k), v) for k, v in av if isinstance(v, str) and not v.startswith("credentials("))
        if pairs and all(isinstance(v, str) and not v.startswith("credentials(") for k, v in av):
            L += ["    stage('Publish') {", "        withEnv([%s]) {" % pairs,
                  '            sh "%s"' % s.cmd(lambda n: "\\$" + envname(n)).replace('"', '\\"'), "        }", "    }", "}"]
            return r.choice(["Jenkinsfile", "ci/Jenkinsfile.release", "jenkins/release.groovy"]), L
    for k, v in av:
        if isinstance(v, str) and v.startswith("credentials("):
            L.insert(3, "    def %s = %s" % (envname(k).lower(), "env.%s" % envname(k)))
        else:
            L.insert(3, "    def %s = %s" % (envname(k).lower(), groovy_q(v)))
    L += ["    stage('Publish') {", '        sh "%s"' % s.cmd(lambda n: "${%s}" % envname(n).lower()).replace('"', '\\"'), "    }", "}"]
    return r.choice(["Jenkinsfile", "ci/Jenkinsfile.release", "jenkins/release.groovy"]), L


def xesc(v):
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def jenkins_enc(r):
    return "{AQAAABAAAAA%s%s}" % (r.choice(["Q", "g", "w"]), rs(r, B64, r.choice([42, 62, 86, 106])) + r.choice(["=", ""]))


@filetype("jenkins-job-config-xml", ml=False, sref=lambda r, s, n: jenkins_enc(r))
def ft_jenkins_config(r, s):
    path = "jobs/%s-%s/config.xml" % (s.proj, r.choice(["release", "publish", "nightly", "deploy"]))
    L = ["<?xml version='1.1' encoding='UTF-8'?>", "<project>", "  <description>%s release job (managed by hand, see wiki)</description>" % s.proj,
         "  <keepDependencies>false</keepDependencies>", "  <properties>", "    <hudson.model.ParametersDefinitionProperty>",
         "      <parameterDefinitions>", "        <hudson.model.StringParameterDefinition>", "          <name>VERSION</name>",
         "          <defaultValue>%d.%d.%d</defaultValue>" % (r.randint(0, 4), r.randint(0, 20), r.randint(0, 9)),
         "        </hudson.model.StringParameterDefinition>"]
    enc = False
    for k, v in s.assigns():
        ptype = "hudson.model.PasswordParameterDefinition" if (v.startswith("{AQAAAB") or r.random() < 0.5) and k == s.name else "hudson.model.StringParameterDefinition"
        L += ["        <%s>" % ptype, "          <name>%s</name>" % envname(k), "          <defaultValue>%s</defaultValue>" % xesc(v), "        </%s>" % ptype]
    L += ["      </parameterDefinitions>", "    </hudson.model.ParametersDefinitionProperty>", "  </properties>",
          "  <scm class=\"hudson.plugins.git.GitSCM\" plugin=\"git@5.2.1\">", "    <userRemoteConfigs>", "      <hudson.plugins.git.UserRemoteConfig>",
          "        <url>git@github.com:%s/%s.git</url>" % (s.org, s.proj), "        <credentialsId>%s</credentialsId>" % r.choice(["github-deploy-key", uuid4(r)]),
          "      </hudson.plugins.git.UserRemoteConfig>", "    </userRemoteConfigs>", "  </scm>", "  <builders>", "    <hudson.tasks.Shell>",
          "      <command>set -e"] + [xesc(c) for c in build_steps_sh(r)] + [xesc(s.cmd(sh_ref)) + "</command>", "    </hudson.tasks.Shell>", "  </builders>", "</project>"]
    return path, L


@filetype("jenkins-credentials-xml", ml=True, inline=False, sref=lambda r, s, n: jenkins_enc(r))
def ft_jenkins_creds(r, s):
    path = r.choice(["credentials.xml", "jenkins/credentials.xml", "ci/jenkins/import-credentials.xml"])
    cid = s.name.lower().replace("_", "-")
    L = ["<?xml version='1.1' encoding='UTF-8'?>"]
    if path.endswith("import-credentials.xml"):
        L += ["<!-- import with: java -jar jenkins-cli.jar create-credentials-by-xml system::system::jenkins _ < import-credentials.xml -->"]
    L += ["<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin=\"credentials@1337.v60b_d7b_c7b_c9f\">",
          "  <domainCredentialsMap class=\"hudson.util.CopyOnWriteMap$Hash\">", "    <entry>",
          "      <com.cloudbees.plugins.credentials.domains.Domain>", "        <specifications/>",
          "      </com.cloudbees.plugins.credentials.domains.Domain>", "      <java.util.concurrent.CopyOnWriteArrayList>"]
    if s.comp:
        L += ["        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>", "          <scope>GLOBAL</scope>",
              "          <id>%s</id>" % cid, "          <description>%s</description>" % s.kind["p"],
              "          <username>%s</username>" % xesc(s.comp[1]), "          <password>%s</password>" % xesc(s.val),
              "        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>"]
    elif "\n" in s.val:
        L += ["        <com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>" if "RSA" in s.val else "        <org.jenkinsci.plugins.plaincredentials.impl.FileCredentialsImpl>",
              "          <scope>GLOBAL</scope>", "          <id>%s</id>" % cid, "          <description>%s signing key</description>" % s.kind["p"]]
        L += ["          <secretBytes>" + s.val.split("\n")[0]] + s.val.split("\n")[1:-1] + [s.val.split("\n")[-1] + "</secretBytes>"]
        L += ["        </com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>" if "RSA" in s.val else "        </org.jenkinsci.plugins.plaincredentials.impl.FileCredentialsImpl>"]
    else:
        L += ["        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>", "          <scope>GLOBAL</scope>",
              "          <id>%s</id>" % cid, "          <description>%s %s</description>" % (s.kind["p"], s.kind["k"].replace("_", " ")),
              "          <secret>%s</secret>" % xesc(s.val), "        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>"]
    L += ["        <com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>", "          <scope>GLOBAL</scope>",
          "          <id>github-deploy-key</id>", "          <username>git</username>",
          "          <privateKeySource class=\"com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey$DirectEntryPrivateKeySource\">",
          "            <privateKey>%s</privateKey>" % jenkins_enc(r), "          </privateKeySource>",
          "        </com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey>",
          "      </java.util.concurrent.CopyOnWriteArrayList>", "    </entry>", "  </domainCredentialsMap>",
          "</com.cloudbees.plugins.credentials.SystemCredentialsProvider>"]
    return path, L


@filetype("jenkins-casc-yaml", ml=True, inline=False, sref=lambda r, s, n: r.choice(["${%s}" % envname(n), "${readFile:/run/secrets/%s}" % n.lower(), "${vault:ci/%s#token}" % n.lower()]))
def ft_jcasc(r, s):
    path = r.choice(["jenkins.yaml", "casc/jenkins.yaml", "jenkins/casc_configs/credentials.yaml"])
    L = ["jenkins:", "  systemMessage: \"%s CI - configured by JCasC\"" % s.org, "  numExecutors: %d" % r.choice([0, 2, 4]),
         "  securityRealm:", "    local:", "      allowsSignup: false", "", "credentials:", "  system:", "    domainCredentials:", "      - credentials:"]
    cid = s.name.lower().replace("_", "-")
    if s.comp:
        L += ["          - usernamePassword:", "              scope: GLOBAL", "              id: %s" % cid, "              username: %s" % yq(r, s.comp[1])]
        L += ykv(r, "              ", "password", s.val)
    elif "\n" in s.val:
        L += ["          - file:", "              scope: GLOBAL", "              id: %s" % cid, "              fileName: %s" % r.choice(["signing.asc", "cosign.key", "app.pem"])]
        L += ykv(r, "              ", "secretBytes", s.val)
    else:
        L += ["          - string:", "              scope: GLOBAL", "              id: %s" % cid,
              "              description: \"%s\"" % s.kind["k"].replace("_", " ")] + ykv(r, "              ", "secret", s.val)
    L += ["", "unclassified:", "  location:", "    url: https://jenkins.%s.internal/" % s.org, "  gitHubPluginConfig:", "    hookUrl: https://jenkins.%s.internal/github-webhook/" % s.org]
    return path, L


def az_sref(r, s, n):
    return r.choice(["$(%s)" % (n[0].lower() + n.title().replace("_", "")[1:]), "$(System.AccessToken)", "$(%s)" % n.lower().replace("_", "-")])


@filetype("azure-pipelines", ml=True, sref=az_sref)
def ft_azure(r, s):
    L = ["trigger:", "  branches:", "    include: [main, release/*]", "", "pool:", "  vmImage: %s" % r.choice(["ubuntu-latest", "windows-2022", "ubuntu-22.04"]), ""]
    av = s.assigns()
    vname = {}
    if av:
        L += ["variables:"]
        if r.random() < 0.5:
            L += ["  - group: %s-release" % s.proj]
            for k, v in av:
                L += ["  - name: %s" % k] + ykv(r, "    ", "value", v)
        else:
            L = L[:-1] + ["variables:", "  buildConfiguration: Release"] if False else L
            for k, v in av:
                L += ["  - name: %s" % k] + ykv(r, "    ", "value", v)
        L += [""]
    L += ["steps:", "  - checkout: self", "    fetchDepth: 1"]
    L += ["  - script: |"] + ["      " + c for c in build_steps_sh(r)] + ["    displayName: Build and test"]
    L += ["  - bash: |", "      " + s.cmd(lambda n: "$(%s)" % n), "    displayName: %s" % r.choice(["Publish", "Push image", "Upload artifacts"]),
          "    condition: and(succeeded(), eq(variables['Build.SourceBranch'], 'refs/heads/main'))"]
    return "azure-pipelines.yml" if r.random() < 0.7 else ".azure/pipelines/%s.yml" % r.choice(["release", "ci"]), L


@filetype("bitbucket-pipelines", ml=False, sref=lambda r, s, n: "$" + envname(n))
def ft_bitbucket(r, s):
    L = ["image: %s" % image(r), "", "definitions:", "  caches:", "    gradlewrapper: ~/.gradle/wrapper", "", "pipelines:", "  branches:", "    main:",
         "      - step:", "          name: Build", "          caches: [node]", "          script:"] + ["            - " + c for c in build_steps_sh(r)]
    L += ["      - step:", "          name: %s" % r.choice(["Publish", "Deploy to production", "Release"]), "          deployment: production", "          script:"]
    for k, v in s.assigns():
        L += ["            - export %s=%s" % (envname(k), shq(r, v))]
    c = s.cmd(sh_ref)
    L += ["            - " + (yq(r, c, force="sq") if (": " in c or c[0] in "'\"{[") and "'" not in c else c)]
    if r.random() < 0.4:
        L += ["            - pipe: atlassian/slack-notify:2.2.0", "              variables:", "                WEBHOOK_URL: $SLACK_WEBHOOK", "                MESSAGE: 'Released $BITBUCKET_TAG'"]
    return "bitbucket-pipelines.yml", L


@filetype("circleci-config", ml=True, sref=lambda r, s, n: "${<< parameters.%s >>}" % n.lower())
def ft_circle(r, s):
    L = ["version: 2.1", "", "orbs:", "  node: circleci/node@5.2.0", ""]
    neg_param = any(isinstance(v, str) and "<< parameters." in v for _, v in s.assigns())
    L += ["jobs:", "  publish:"]
    if neg_param:
        L += ["    parameters:"]
        for k, v in s.assigns():
            L += ["      %s:" % k.lower(), "        type: env_var_name", "        default: %s" % envname(k)]
    L += ["    docker:", "      - image: cimg/%s" % r.choice(["node:20.11", "python:3.12", "openjdk:21.0", "go:1.22"])]
    env = s.assigns()
    if env:
        L += ["    environment:"]
        for k, v in env:
            L += ykv(r, "      ", envname(k), v)
    L += ["    steps:", "      - checkout", "      - restore_cache:", "          keys:", "            - deps-{{ checksum \"package-lock.json\" }}",
          "      - run:", "          name: Build", "          command: |"] + ["            " + c for c in build_steps_sh(r)]
    L += ["      - run:", "          name: Publish", "          command: |", "            " + s.cmd(sh_ref), "",
          "workflows:", "  release:", "    jobs:", "      - publish:", "          context: %s-release" % s.org, "          filters:", "            branches:", "              only: main"]
    return ".circleci/config.yml", L


def travis_secure(r):
    return b64s(rbytes(r, 256))


@filetype("travis-yml", ml=False, sref=lambda r, s, n: Struct("secure", data=travis_secure(r)))
def ft_travis(r, s):
    L = ["language: %s" % r.choice(["node_js", "python", "go", "ruby"]), "dist: jammy", "", "env:", "  global:"]
    for k, v in s.assigns():
        if isinstance(v, Struct):
            L += ["    - secure: \"%s\"" % v.data]
        else:
            L += ["    - %s=%s" % (envname(k), v if all(c in SAFE for c in v) else shq(r, v))]
    L += ["    - CI_BUILD=true", "", "install:"] + ["  - " + c for c in build_steps_sh(r)[:1]] + ["", "script:"] + ["  - " + c for c in build_steps_sh(r)[1:] or ["make test"]]
    L += ["", "deploy:", "  provider: script", "  script: bash scripts/release.sh", "  on:", "    tags: true", "", "after_success:", "  - " + s.cmd(sh_ref)]
    return ".travis.yml", L


def ycmd(r, c):
    if ": " in c or " #" in c or c[0] in "'\"{[*&!%@`|>" or c.endswith(":"):
        if "'" not in c:
            return "'%s'" % c
        return '"%s"' % c.replace("\\", "\\\\").replace('"', '\\"')
    return c


@filetype("buildkite-pipeline", ml=True, sref=lambda r, s, n: "$$" + envname(n))
def ft_buildkite(r, s):
    L = ["env:", "  DOCKER_BUILDKIT: \"1\""]
    glob = r.random() < 0.5
    if glob:
        for k, v in s.assigns():
            L += ykv(r, "  ", envname(k), v)
    L += ["", "steps:", "  - label: \":hammer: build\"", "    key: build", "    command:"] + ["      - " + ycmd(r, c) for c in build_steps_sh(r)]
    L += ["    agents:", "      queue: %s" % r.choice(["default", "builders", "linux-large"]), "", "  - wait", "",
          "  - label: \":rocket: %s\"" % r.choice(["publish", "release", "deploy"]), "    branches: main", "    command: " + ycmd(r, s.cmd(sh_ref))]
    if not glob and s.assigns():
        L += ["    env:"]
        for k, v in s.assigns():
            L += ykv(r, "      ", envname(k), v)
    if r.random() < 0.4:
        L += ["    plugins:", "      - docker#v5.11.0:", "          image: \"%s\"" % image(r), "          propagate-environment: true"]
    return ".buildkite/pipeline.yml" if r.random() < 0.7 else ".buildkite/pipeline.%s.yml" % r.choice(["release", "deploy"]), L


def drone_like(r, s, woodpecker=False):
    L = [] if woodpecker else ["kind: pipeline", "type: docker", "name: %s" % r.choice(["default", "release", "publish"]), ""]
    L += ["steps:"] if not woodpecker else ["when:", "  - event: [push, tag]", "    branch: main", "", "steps:"]
    if woodpecker:
        L += ["  build:", "    image: %s" % image(r), "    commands:"] + ["      - " + ycmd(r, c) for c in build_steps_sh(r)]
        L += ["", "  publish:", "    image: %s" % image(r)]
    else:
        L += ["  - name: build", "    image: %s" % image(r), "    commands:"] + ["      - " + ycmd(r, c) for c in build_steps_sh(r)]
        L += ["", "  - name: publish", "    image: %s" % image(r)]
    ind = "    "
    av = s.assigns()
    if av:
        L += [ind + "environment:"]
        for k, v in av:
            if isinstance(v, Struct):
                L += [ind + "  %s:" % envname(k), ind + "    from_secret: %s" % v.name]
            else:
                L += ykv(r, ind + "  ", envname(k), v)
    L += [ind + "commands:", ind + "  - " + ycmd(r, s.cmd(sh_ref))]
    if not woodpecker:
        L += [ind + "when:", ind + "  event: [tag, promote]", "", "trigger:", "  branch: [main]"]
    return L


@filetype("drone-yml", ml=True, sref=lambda r, s, n: Struct("from_secret", name=n.lower()))
def ft_drone(r, s):
    return ".drone.yml", drone_like(r, s)


@filetype("woodpecker-yml", ml=True, sref=lambda r, s, n: Struct("from_secret", name=n.lower()))
def ft_woodpecker(r, s):
    return r.choice([".woodpecker.yml", ".woodpecker/release.yml", ".woodpecker/publish.yaml"]), drone_like(r, s, True)


def kq(v):
    if "\n" in v:
        return '"""\n' + v + '\n"""'
    return '"%s"' % v.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$")


@filetype("teamcity-kotlin-dsl", ml=False, sref=lambda r, s, n: Struct("tc", v="credentialsJSON:" + uuid4(r)) if r.random() < 0.6 else "%%env.%s%%" % envname(n))
def ft_teamcity(r, s):
    L = ["import jetbrains.buildServer.configs.kotlin.*", "import jetbrains.buildServer.configs.kotlin.buildSteps.script",
         "import jetbrains.buildServer.configs.kotlin.triggers.vcs", "", "version = \"2024.03\"", "", "project {", "    buildType(Publish)", "}", "",
         "object Publish : BuildType({", "    name = \"Publish %s\"" % s.proj, "", "    vcs {", "        root(DslContext.settingsRoot)", "    }", "", "    params {"]
    for k, v in s.assigns():
        if isinstance(v, Struct):
            L += ["        password(\"env.%s\", \"%s\", display = ParameterDisplay.HIDDEN)" % (envname(k), v.v)]
        else:
            L += ["        param(\"env.%s\", %s)" % (envname(k), kq(v))]
    L += ["    }", "", "    steps {", "        script {", "            name = \"build\"", "            scriptContent = \"\"\""] + ["                " + c for c in build_steps_sh(r)]
    L += ["            \"\"\".trimIndent()", "        }", "        script {", "            name = \"publish\"",
          "            scriptContent = %s" % kq(s.cmd(lambda n: "%%env.%s%%" % envname(n))).replace("\\$", "$"), "        }", "    }", "",
          "    triggers {", "        vcs {", "            branchFilter = \"+:<default>\"", "        }", "    }", "})"]
    return ".teamcity/settings.kts", L


def k8s_sref(r, s, n):
    return Struct("secretKeyRef", name="%s-%s" % (s.proj, r.choice(["ci", "release", "registry"])), key=n.lower().replace("_", "-"))


def k8s_env(r, ind, av):
    if not av:
        return []
    L = [ind + "env:"]
    for k, v in av:
        if isinstance(v, Struct):
            L += [ind + "  - name: %s" % envname(k), ind + "    valueFrom:", ind + "      secretKeyRef:", ind + "        name: %s" % v.name, ind + "        key: %s" % v.key]
        else:
            L += [ind + "  - name: %s" % envname(k)] + ykv(r, ind + "    ", "value", v)
    return L


@filetype("tekton-task", ml=True, sref=k8s_sref)
def ft_tekton(r, s):
    L = ["apiVersion: tekton.dev/v1", "kind: Task", "metadata:", "  name: %s-publish" % s.proj, "  labels:", "    app.kubernetes.io/version: \"0.%d\"" % r.randint(1, 9),
         "spec:", "  params:", "    - name: version", "      type: string", "  workspaces:", "    - name: source", "  steps:",
         "    - name: build", "      image: %s" % image(r), "      workingDir: $(workspaces.source.path)", "      script: |", "        #!/usr/bin/env bash"] + ["        " + c for c in build_steps_sh(r)]
    L += ["    - name: publish", "      image: %s" % image(r), "      workingDir: $(workspaces.source.path)"] + k8s_env(r, "      ", s.assigns())
    L += ["      script: |", "        #!/usr/bin/env bash", "        set -euo pipefail", "        VERSION=$(params.version)", "        " + s.cmd(sh_ref)]
    return r.choice(["tekton/tasks/publish.yaml", ".tekton/%s-publish.yaml" % s.proj, "ci/tekton/task-release.yaml"]), L


@filetype("argo-workflow", ml=True, sref=k8s_sref)
def ft_argo(r, s):
    L = ["apiVersion: argoproj.io/v1alpha1", "kind: WorkflowTemplate", "metadata:", "  name: %s-release" % s.proj, "  namespace: ci", "spec:",
         "  entrypoint: release", "  serviceAccountName: argo-ci", "  arguments:", "    parameters:", "      - name: revision", "        value: main",
         "  templates:", "    - name: release", "      steps:", "        - - name: build", "            template: build", "        - - name: publish", "            template: publish",
         "    - name: build", "      container:", "        image: %s" % image(r), "        command: [sh, -c]", "        args: [\"%s\"]" % " && ".join(build_steps_sh(r)),
         "    - name: publish", "      container:", "        image: %s" % image(r)] + k8s_env(r, "        ", s.assigns())
    L += ["        command: [sh, -c]", "        args:", "          - |", "            " + s.cmd(sh_ref)]
    return r.choice(["argo/workflows/release.yaml", "workflows/%s-release.yaml" % s.proj, "deploy/argo/publish-template.yaml"]), L


@filetype("google-cloudbuild", ml=False, sref=lambda r, s, n: Struct("secretEnv", name=envname(n), sm="projects/%s-ci/secrets/%s/versions/latest" % (s.org.split("-")[0], n.lower().replace("_", "-"))))
def ft_cloudbuild(r, s):
    L = ["steps:", "  - name: 'gcr.io/cloud-builders/docker'", "    args: ['build', '-t', 'us-docker.pkg.dev/$PROJECT_ID/%s/%s:$SHORT_SHA', '.']" % (s.org, s.proj),
         "  - name: '%s'" % image(r), "    entrypoint: bash", "    args:", "      - -c", "      - |", "        " + s.cmd(lambda n: "$$" + envname(n))]
    av = s.assigns()
    structs = [(k, v) for k, v in av if isinstance(v, Struct)]
    plain = [(k, v) for k, v in av if not isinstance(v, Struct)]
    if plain:
        L += ["    env:"] + ["      - '%s=%s'" % (envname(k), v) if "'" not in v else '      - "%s=%s"' % (envname(k), v) for k, v in plain]
    if structs:
        L += ["    secretEnv: [%s]" % ", ".join("'%s'" % v.name for k, v in structs)]
    L += ["images:", "  - 'us-docker.pkg.dev/$PROJECT_ID/%s/%s:$SHORT_SHA'" % (s.org, s.proj), "options:", "  logging: CLOUD_LOGGING_ONLY",
          "  machineType: %s" % r.choice(["E2_HIGHCPU_8", "E2_MEDIUM", "N1_HIGHCPU_8"])]
    if structs:
        L += ["availableSecrets:", "  secretManager:"]
        for k, v in structs:
            L += ["    - versionName: %s" % v.sm, "      env: '%s'" % v.name]
    return r.choice(["cloudbuild.yaml", "cloudbuild.yml", "ci/cloudbuild-release.yaml"]), L


@filetype("aws-codebuild-buildspec", ml=False, sref=lambda r, s, n: Struct(r.choice(["parameter-store", "secrets-manager"]), path="/ci/%s/%s" % (s.proj, n.lower())))
def ft_buildspec(r, s):
    L = ["version: 0.2", "", "env:"]
    av = s.assigns()
    plain = [(k, v) for k, v in av if not isinstance(v, Struct)]
    structs = [(k, v) for k, v in av if isinstance(v, Struct)]
    L += ["  variables:", "    NODE_ENV: production"]
    for k, v in plain:
        L += ykv(r, "    ", envname(k), v)
    for k, v in structs:
        L += ["  %s:" % v.kind, "    %s: %s" % (envname(k), v.path if v.kind == "parameter-store" else "ci/%s:%s" % (s.proj, k.lower()))]
    L += ["", "phases:", "  install:", "    runtime-versions:", "      nodejs: 20", "  build:", "    commands:"] + ["      - " + ycmd(r, c) for c in build_steps_sh(r)]
    L += ["  post_build:", "    commands:", "      - " + ycmd(r, s.cmd(sh_ref)), "", "artifacts:", "  files:", "    - 'dist/**/*'"]
    return r.choice(["buildspec.yml", "buildspec-release.yml", "ci/buildspec.yml"]), L


@filetype("makefile", ml=False, sref=lambda r, s, n: r.choice(["$(shell cat $(HOME)/.config/%s/token)" % s.kind["p"], "$(error %s is not set)" % envname(n), "$(%s_FROM_ENV)" % envname(n)]),
          vref=lambda n: "$(%s)" % n)
def ft_make(r, s):
    L = [".PHONY: build test publish", "", "VERSION ?= $(shell git describe --tags --always)", "IMAGE ?= ghcr.io/%s/%s" % (s.org, s.proj)]
    for k, v in s.assigns():
        L += ["%s %s %s" % (envname(k), r.choice(["?=", ":=", "="]), v)]
    L += ["", "build:"] + ["\t" + c for c in build_steps_sh(r)] + ["", "test:", "\t$(MAKE) -C tests run", "", "publish: build",
          "\t" + s.cmd(lambda n: "$(%s)" % envname(n)).replace("$VERSION", "$(VERSION)")]
    return r.choice(["Makefile", "build/Makefile", "release.mk"]), L


@filetype("dockerfile", ml=False, sref=lambda r, s, n: Struct("docker-secret", id=n.lower().replace("_", "-")))
def ft_docker(r, s):
    base = r.choice(["node:20-alpine", "python:3.12-slim", "golang:1.22-alpine", "eclipse-temurin:21-jdk"])
    L = ["# syntax=docker/dockerfile:1.7", "FROM %s@%s AS build" % (base, digest(r)) if r.random() < 0.4 else "FROM %s AS build" % base, "WORKDIR /src"]
    av = s.assigns()
    structs = [(k, v) for k, v in av if isinstance(v, Struct)]
    kw = r.choice(["ARG", "ENV", "ENV"])
    for k, v in av:
        if isinstance(v, Struct):
            L += ["ARG %s" % envname(k)]
        else:
            L += ["%s %s=%s" % (kw, envname(k), v if all(c in SAFE for c in v) else shq(r, v))]
    L += ["COPY . ."]
    c = s.cmd(sh_ref)
    if structs:
        mounts = " ".join("--mount=type=secret,id=%s,env=%s" % (v.id, envname(k)) for k, v in structs)
        L += ["RUN %s \\" % mounts, "    " + c]
    else:
        L += ["RUN " + c]
    L += ["RUN " + " && ".join(build_steps_sh(r)), "", "FROM gcr.io/distroless/base-debian12", "COPY --from=build /src/dist /app", "USER nonroot", "ENTRYPOINT [\"/app/%s\"]" % s.proj]
    return r.choice(["Dockerfile", "Dockerfile.ci", "docker/build.Dockerfile", "ci/Dockerfile.publish"]), L


@filetype("docker-compose-ci", ml=False, sref=lambda r, s, n: r.choice(["${%s:?set %s in the CI environment}" % (envname(n), envname(n)), "${%s}" % envname(n), "${%s:-}" % envname(n)]))
def ft_compose(r, s):
    L = ["services:", "  db:", "    image: postgres:16-alpine", "    environment:", "      POSTGRES_USER: app", "      POSTGRES_PASSWORD: postgres", "      POSTGRES_DB: app_test", "",
         "  %s:" % r.choice(["publisher", "ci", "tests", "release"]), "    build:", "      context: .", "      dockerfile: Dockerfile.ci", "    depends_on: [db]"] + (["    environment:"] if s.assigns() else [])
    listy = r.random() < 0.5
    for k, v in s.assigns():
        if listy:
            L += ["      - %s=%s" % (envname(k), v)]
        else:
            L += ykv(r, "      ", envname(k), v)
    if listy:
        L = [l.replace("      POSTGRES_", "      - POSTGRES_").replace(": ", "=", 1) if l.startswith("      POSTGRES_") else l for l in L]
    L += ["    command: [\"sh\", \"-c\", \"%s\"]" % s.cmd(lambda n: "$$" + envname(n)).replace('"', '\\"')]
    return r.choice(["docker-compose.ci.yml", "compose.ci.yaml", "ci/docker-compose.test.yml"]), L


@filetype("shell-script", ml=True, sref=lambda r, s, n: r.choice(['${%s:?%s must be set}' % (envname(n), envname(n)),
          '$(aws ssm get-parameter --name /ci/%s --with-decryption --query Parameter.Value --output text)' % n.lower(),
          '$(vault kv get -field=value secret/ci/%s)' % n.lower(), '$(cat /run/secrets/%s)' % n.lower()]))
def ft_shell(r, s):
    L = ["#!/usr/bin/env bash", "# %s: build and publish artifacts (called from CI)" % s.proj, "set -euo pipefail", "",
         "ROOT=\"$(cd \"$(dirname \"${BASH_SOURCE[0]}\")/..\" && pwd)\"", "VERSION=\"${1:-$(git describe --tags --always)}\"", ""]
    for k, v in s.assigns():
        if "\n" in v:
            L += ["%s=$(cat <<'EOF'" % envname(k)] + v.split("\n") + ["EOF", ")", "export %s" % envname(k)]
        else:
            L += ["export %s=%s" % (envname(k), shq(r, v) if not v.startswith(("$(", "${")) else '"%s"' % v)]
    L += ["", "cd \"$ROOT\""] + build_steps_sh(r) + ["", "echo \"publishing $VERSION\"", s.cmd(sh_ref)]
    return r.choice(["scripts/publish.sh", "ci/release.sh", "build.sh", "tools/ci/deploy.sh", ".ci/upload.sh"]), L


def ps_q(v):
    if "\n" in v:
        return "@'\n%s\n'@" % v
    return "'%s'" % v.replace("'", "''")


@filetype("powershell-script", ml=True, sref=lambda r, s, n: r.choice(["$env:%s" % envname(n), "(Get-AzKeyVaultSecret -VaultName '%s-ci' -Name '%s' -AsPlainText)" % (s.org, n.lower().replace("_", "-")),
          "(Get-Secret -Name %s -AsPlainText)" % envname(n)]), vref=lambda n: "$env:" + n)
def ft_ps(r, s):
    L = ["#Requires -Version 7", "param(", "    [string]$Version = (git describe --tags --always)", ")", "$ErrorActionPreference = 'Stop'", ""]
    for k, v in s.assigns():
        vv = v if v.startswith(("$env:", "(Get-")) else ps_q(v)
        L += ["$env:%s = %s" % (envname(k), vv)]
    L += ["", "dotnet build -c Release", "dotnet test -c Release --no-build", "", "Write-Host \"Publishing $Version\"",
          s.cmd(lambda n: "${env:%s}" % envname(n)).replace("$VERSION", "$Version")]
    return r.choice(["build.ps1", "scripts/Publish.ps1", "ci/release.ps1", "eng/push-packages.ps1"]), L


@filetype("gradle-build", ml=False, inline=False, sref=lambda r, s, n: Struct("expr", v=r.choice(['System.getenv("%s")' % envname(n), 'findProperty("%s") ?: System.getenv("%s")' % (n.lower().replace("_", "."), envname(n)), 'providers.environmentVariable("%s").getOrNull()' % envname(n)])))
def ft_gradle(r, s):
    L = ["plugins {", "    id 'java-library'", "    id 'maven-publish'", "}", "", "group = 'com.%s'" % s.org.replace("-", ""), "version = '%d.%d.%d'" % (r.randint(0, 3), r.randint(0, 30), r.randint(0, 9)), "",
         "repositories {", "    mavenCentral()", "}", "", "publishing {", "    publications {", "        mavenJava(MavenPublication) {", "            from components.java", "        }", "    }",
         "    repositories {", "        maven {", "            name = '%s'" % s.kind["p"]]
    reg = s.kind.get("reg", {}).get("maven")
    url = s.fmt(reg[1]) if reg else "https://maven.%s.internal/releases" % s.org
    L += ["            url = uri('%s')" % url, "            credentials {"]
    user = s.comp[1] if s.comp else (s.fmt(reg[2]) if reg else "ci")
    L += ["                username = '%s'" % user]
    v = s.val
    L += ["                password = %s" % (v.v if isinstance(v, Struct) else "'%s'" % v)]
    L += ["            }", "        }", "    }", "}", "", "dependencies {", "    implementation 'com.google.guava:guava:33.2.1-jre'", "    testImplementation 'org.junit.jupiter:junit-jupiter:5.10.2'", "}"]
    return r.choice(["build.gradle", "publishing.gradle", "gradle/publish.gradle"]), L


def prop_name(r, s, n):
    m = {"sonar": "systemProp.sonar.token", "gradle": n if "." in n else "gradle.publish.secret", "sonatype": "mavenCentralPassword", "gpg": "signing.password" if "pass" in s.kind["k"] else n}
    return m.get(s.kind["p"], r.choice([n, n.lower().replace("_", "."), n[0].lower() + n.title().replace("_", "")[1:]]))


@filetype("gradle-properties", ml=False, inline=False, sref=lambda r, s, n: "")
def ft_gprops(r, s):
    L = ["org.gradle.jvmargs=-Xmx%dm -Dfile.encoding=UTF-8" % r.choice([2048, 3072, 4096]), "org.gradle.parallel=true", "org.gradle.caching=true", "kotlin.code.style=official", ""]
    if s.comp:
        L += ["%s=%s" % (prop_name(r, s, s.comp[0]) if "." in s.comp[0] else s.comp[0][0].lower() + s.comp[0].title().replace("_", "")[1:], s.comp[1])]
    pn = prop_name(r, s, s.name)
    if s.val == "":
        L += ["# %s is injected by CI (ORG_GRADLE_PROJECT_%s), do not commit it" % (pn, pn.replace(".", "_")), "%s=" % pn]
    else:
        L += ["%s=%s" % (pn, s.val)]
    L += ["", "signing.keyId=%s" % hexs(r, 8).upper(), "GROUP=com.%s" % s.org.replace("-", ""), "VERSION_NAME=%d.%d.%d" % (r.randint(0, 3), r.randint(0, 30), r.randint(0, 9))]
    return "gradle.properties", L


@filetype("maven-pom", ml=False, inline=False, sref=lambda r, s, n: "${env.%s}" % envname(n))
def ft_pom(r, s):
    L = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">", "  <modelVersion>4.0.0</modelVersion>",
         "  <groupId>com.%s</groupId>" % s.org.replace("-", ""), "  <artifactId>%s</artifactId>" % s.proj, "  <version>%d.%d.%d-SNAPSHOT</version>" % (r.randint(0, 3), r.randint(0, 30), r.randint(0, 9)),
         "", "  <properties>", "    <maven.compiler.release>21</maven.compiler.release>", "    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>"]
    p = s.kind["p"]
    if p.startswith("sonar"):
        L += ["    <sonar.host.url>https://%s</sonar.host.url>" % ("sonarcloud.io" if p == "sonarcloud" else "sonar.%s.internal" % s.org),
              "    <sonar.projectKey>%s_%s</sonar.projectKey>" % (s.org, s.proj), "    <sonar.token>%s</sonar.token>" % xesc(s.val), "  </properties>"]
    else:
        L += ["  </properties>", "", "  <build>", "    <plugins>", "      <plugin>", "        <groupId>%s</groupId>" % r.choice(["org.codehaus.mojo", "com.github.ekryd.echo-maven-plugin"]),
              "        <artifactId>exec-maven-plugin</artifactId>", "        <version>3.2.0</version>", "        <configuration>",
              "          <executable>%s</executable>" % r.choice(["curl", "sh"]), "          <environmentVariables>"]
        for k, v in s.assigns():
            L += ["            <%s>%s</%s>" % (envname(k), xesc(v), envname(k))]
        L += ["          </environmentVariables>", "        </configuration>", "      </plugin>", "    </plugins>", "  </build>"]
    L += ["", "  <dependencies>", "    <dependency>", "      <groupId>org.junit.jupiter</groupId>", "      <artifactId>junit-jupiter</artifactId>",
          "      <version>5.10.2</version>", "      <scope>test</scope>", "    </dependency>", "  </dependencies>", "</project>"]
    return r.choice(["pom.xml", "%s-core/pom.xml" % s.proj]), L


def mvn_enc(r):
    return "{%s=}" % rs(r, B64, r.choice([43, 63]))


@filetype("maven-settings", ml=False, inline=False, need="maven", sref=lambda r, s, n: r.choice(["${env.%s}" % envname(n), mvn_enc(r)]))
def ft_settings(r, s):
    reg = s.kind["reg"]["maven"]
    user = s.comp[1] if s.comp else s.fmt(reg[2]).replace("{u}", rs(r, ALNUM, 8))
    L = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<settings xmlns=\"http://maven.apache.org/SETTINGS/1.2.0\">", "  <!-- used by the release job: mvn -s .mvn/settings.xml deploy -->",
         "  <servers>", "    <server>", "      <id>%s</id>" % s.fmt(reg[0]), "      <username>%s</username>" % xesc(user), "      <password>%s</password>" % xesc(s.val), "    </server>", "  </servers>",
         "  <profiles>", "    <profile>", "      <id>release</id>", "      <repositories>", "        <repository>", "          <id>%s</id>" % s.fmt(reg[0]),
         "          <url>%s</url>" % s.fmt(reg[1]), "        </repository>", "      </repositories>", "    </profile>", "  </profiles>",
         "  <activeProfiles>", "    <activeProfile>release</activeProfile>", "  </activeProfiles>", "</settings>"]
    return r.choice([".mvn/settings.xml", "settings.xml", "ci/maven-settings.xml"]), L


@filetype("npmrc", ml=False, inline=False, need="npm", sref=lambda r, s, n: "${%s}" % r.choice(["NPM_TOKEN", "NODE_AUTH_TOKEN", envname(n)]))
def ft_npmrc(r, s):
    reg = s.fmt(s.kind["reg"]["npm"])
    L = []
    if "npmjs" not in reg:
        L += ["@%s:registry=https:%s" % (s.org, reg)]
    L += ["%s:_authToken=%s" % (reg, s.val)]
    if r.random() < 0.5:
        L += ["always-auth=true"]
    L += ["engine-strict=true", "save-exact=true"]
    if r.random() < 0.5:
        L.insert(0, "# CI registry auth")
    return r.choice([".npmrc", "packages/%s/.npmrc" % s.proj]), L


@filetype("pypirc", ml=False, inline=False, need="pypi", sref=lambda r, s, n: r.choice(["%(" + "PYPI_TOKEN)s", "<your-pypi-token>", "${%s}" % envname(n)]))
def ft_pypirc(r, s):
    reg = s.kind["reg"]["pypi"]
    name = s.fmt(reg[0])
    user = s.comp[1] if s.comp else s.fmt(reg[2])
    L = ["[distutils]", "index-servers =", "    %s" % name]
    if name != "testpypi" and r.random() < 0.5:
        L += ["    testpypi"]
    L += ["", "[%s]" % name, "repository = %s" % s.fmt(reg[1]), "username = %s" % user, "password = %s" % s.val]
    if "    testpypi" in L and name != "testpypi":
        L += ["", "[testpypi]", "repository = https://test.pypi.org/legacy/", "username = __token__"]
    return r.choice([".pypirc", "ci/pypirc"]), L


def log_ts(r, base, i):
    return "2024-%02d-%02dT%02d:%02d:%02d.%07dZ" % (base[0], base[1], base[2], (base[3] + i // 60) % 60, i % 60, r.randint(0, 9999999))


@filetype("ci-job-log", ml=True, sref=lambda r, s, n: r.choice(["***", "[MASKED]", "********", "****"]))
def ft_log(r, s):
    style = r.choice(["gha", "gitlab", "jenkins", "plain"])
    base = (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))
    L = []
    if style == "gitlab":
        L += ["Running with gitlab-runner 17.%d.%d (%s)" % (r.randint(0, 5), r.randint(0, 3), hexs(r, 8)), "  on %s-runner-%d %s, system ID: s_%s" % (s.org, r.randint(1, 9), rs(r, ALNUM, 8), hexs(r, 12)),
              "Preparing the \"docker\" executor", "Using docker image %s ..." % image(r), "Getting source from Git repository",
              "Fetching changes with git depth set to 20...", "Checking out %s as detached HEAD (ref is main)..." % hexs(r, 8), "Executing \"step_script\" stage of the job script"]
    elif style == "jenkins":
        L += ["Started by user %s" % r.choice(FIRST), "Running as SYSTEM", "Building on the built-in node in workspace /var/jenkins_home/workspace/%s-release" % s.proj,
              "The recommended git tool is: NONE", " > git rev-parse --resolve-git-dir /var/jenkins_home/workspace/%s-release/.git # timeout=10" % s.proj,
              "Checking out Revision %s (refs/remotes/origin/main)" % sha40(r)]
    elif style == "gha":
        L += ["##[group]Run %s" % r.choice(["./scripts/publish.sh", "make publish", "npm run release"]), "shell: /usr/bin/bash -e {0}", "env:", "  CI: true", "##[endgroup]"]
    else:
        L += ["=== build %d started on %s ===" % (r.randint(1000, 99999), r.choice(["agent-07", "build-farm-3", "ip-10-0-3-17"]))]
    for c in build_steps_sh(r):
        L += ["+ " + c, r.choice(["added 1213 packages in 31s", "ok  \tgithub.com/%s/%s/internal\t0.412s" % (s.org, s.proj), "BUILD SUCCESSFUL in 1m 12s", "== 214 passed in 38.21s =="])]
    sv = s.val if isinstance(s.val, str) else "***"
    if "\n" in sv:
        fn = r.choice(["signing.asc", "key.pem", "cosign.key"])
        L += ["+ cat %s" % fn] + sv.split("\n")
        c = s.fmt(s.cmd_tpl).replace('"@@S@@"', '"$(cat %s)"' % fn).replace("@@S@@", "$(cat %s)" % fn)
    else:
        c = s.fmt(s.cmd_tpl).replace("@@S@@", sv)
    if s.comp:
        c = c.replace("@@U@@", s.comp[1])
    c = c.replace("$VERSION", "%d.%d.%d" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 9)))
    L += ["+ " + c, r.choice(["HTTP/2 201", "Login Succeeded", "published %s@%d.%d.%d" % (s.proj, r.randint(0, 3), r.randint(0, 20), r.randint(0, 9)), "{\"id\": %d, \"state\": \"created\"}" % r.randint(10000, 999999)])]
    if style == "gitlab":
        L += ["Cleaning up project directory and file based variables", "Job succeeded"]
    elif style == "jenkins":
        L += ["Finished: SUCCESS"]
    if style in ("gha", "gitlab"):
        L = ["%s %s" % (log_ts(r, base, i), l) for i, l in enumerate(L)]
    return r.choice(["ci/logs/build-%d.log" % r.randint(1000, 99999), "logs/%s-release.txt" % s.proj, "build-output.log", "docs/troubleshooting/failed-release-%d.log" % r.randint(100, 999)]), L


@filetype("renovate-json", ml=False, inline=False, sref=lambda r, s, n: Struct("encrypted", data="wcFMA" + rs(r, B64, r.choice([340, 420, 500]))) if r.random() < 0.5 else "{{ secrets.%s }}" % envname(n))
def ft_renovate(r, s):
    p = s.kind["p"]
    host = {"github": "github.com", "gitlab": "gitlab.com", "npm": "registry.npmjs.org", "dockerhub": "docker.io", "quay": "quay.io",
            "jfrog": "%s.jfrog.io" % s.org, "nexus": "nexus.%s.internal" % s.org, "azure_devops": "pkgs.dev.azure.com", "cloudsmith": "npm.cloudsmith.io"}.get(p, "%s.%s.internal" % (p.replace("_", "-"), s.org))
    rule = ["      \"matchHost\": \"%s\"," % host]
    if s.comp:
        rule += ["      \"username\": \"%s\"," % s.comp[1]]
    if isinstance(s.val, Struct):
        rule += ["      \"encrypted\": {", "        \"%s\": \"%s\"" % ("password" if s.comp else "token", s.val.data), "      }"]
    else:
        rule += ["      \"%s\": \"%s\"" % ("password" if s.comp else "token", s.val)]
    L = ["{", "  \"$schema\": \"https://docs.renovatebot.com/renovate-schema.json\",", "  \"extends\": [\"config:recommended\", \":semanticCommits\"],",
         "  \"timezone\": \"Europe/%s\"," % r.choice(["Berlin", "Warsaw", "London", "Paris"]), "  \"schedule\": [\"before 6am on monday\"],", "  \"hostRules\": [", "    {"] + rule + ["    }", "  ],",
         "  \"packageRules\": [", "    {", "      \"matchUpdateTypes\": [\"minor\", \"patch\"],", "      \"automerge\": true", "    }", "  ]", "}"]
    return r.choice(["renovate.json", ".github/renovate.json", "renovate.json5" if False else ".renovaterc.json"]), L


def dep_sref(r, s, n):
    return "${{secrets.%s}}" % envname(n).upper()


@filetype("dependabot-yml", ml=False, inline=False, need=("docker", "npm", "maven", "nuget"), sref=dep_sref)
def ft_dependabot(r, s):
    regs = s.kind["reg"]
    typ = r.choice([t for t in ("docker", "npm", "maven", "nuget") if t in regs])
    info = regs[typ]
    L = ["version: 2", "registries:", "  %s-%s:" % (s.kind["p"].replace("_", "-"), typ)]
    if typ == "npm":
        L += ["    type: npm-registry", "    url: https:%s" % s.fmt(info)] + ykv(r, "    ", "token", s.val)
        eco = "npm"
    elif typ == "docker":
        L += ["    type: docker-registry", "    url: %s" % s.fmt(info[0]), "    username: %s" % yq(r, s.comp[1] if s.comp else s.fmt(info[1]))] + ykv(r, "    ", "password", s.val)
        eco = "docker"
    elif typ == "maven":
        L += ["    type: maven-repository", "    url: %s" % s.fmt(info[1]), "    username: %s" % yq(r, s.comp[1] if s.comp else s.fmt(info[2]).replace("{u}", "ci"))] + ykv(r, "    ", "password", s.val)
        eco = "maven"
    else:
        L += ["    type: nuget-feed", "    url: %s" % s.fmt(info)] + ykv(r, "    ", "token", s.val)
        eco = "nuget"
    L += ["updates:", "  - package-ecosystem: %s" % eco, "    directory: \"/\"", "    registries:", "      - %s-%s" % (s.kind["p"].replace("_", "-"), typ),
          "    schedule:", "      interval: weekly", "    open-pull-requests-limit: %d" % r.choice([5, 10]), "  - package-ecosystem: github-actions", "    directory: \"/\"", "    schedule:", "      interval: monthly"]
    return ".github/dependabot.yml", L


@filetype("goreleaser", ml=False, inline=False, sref=lambda r, s, n: "{{ .Env.%s }}" % envname(n))
def ft_goreleaser(r, s):
    L = ["version: 2", "project_name: %s" % s.proj, "", "before:", "  hooks:", "    - go mod tidy", "", "builds:", "  - env: [CGO_ENABLED=0]", "    goos: [linux, darwin, windows]", "    goarch: [amd64, arm64]",
         "    ldflags:", "      - -s -w -X main.version={{.Version}} -X main.commit={{.Commit}}", "", "checksum:", "  name_template: 'checksums.txt'", ""]
    av = s.assigns()
    if r.random() < 0.5:
        L += ["env:"] + ["  - %s=%s" % (envname(k), v) for k, v in av] + [""]
        L += ["publishers:", "  - name: %s" % s.kind["p"], "    ids: [default]", "    cmd: >-", "      " + s.cmd(lambda n: "{{ .Env.%s }}" % envname(n))]
    else:
        L += ["release:", "  github:", "    owner: %s" % s.org, "    name: %s" % s.proj, "", "publishers:", "  - name: %s" % s.kind["p"], "    env:"]
        L += ["      - %s=%s" % (envname(k), v) for k, v in av]
        L += ["    cmd: >-", "      " + s.cmd(lambda n: "{{ .Env.%s }}" % envname(n))]
    L += ["", "changelog:", "  sort: asc", "  filters:", "    exclude: ['^docs:', '^test:']"]
    return r.choice([".goreleaser.yml", ".goreleaser.yaml"]), L


@filetype("earthfile", ml=False, sref=lambda r, s, n: Struct("earthly-secret", name=envname(n)))
def ft_earthly(r, s):
    L = ["VERSION 0.8", "FROM %s" % image(r), "WORKDIR /src", "", "deps:", "    COPY go.mod go.sum ./", "    RUN go mod download", "", "build:", "    FROM +deps", "    COPY . .",
         "    RUN go build -o out/%s ./cmd/%s" % (s.proj, s.proj), "    SAVE ARTIFACT out/%s" % s.proj, "", "publish:", "    FROM +build"]
    structs = []
    for k, v in s.assigns():
        if isinstance(v, Struct):
            structs.append(envname(k))
        else:
            L += ["    ARG %s=%s" % (envname(k), v if all(c in SAFE for c in v) else shq(r, v))]
    c = s.cmd(sh_ref)
    L += ["    RUN %s%s" % ("".join("--secret %s " % x for x in structs), c)]
    return "Earthfile", L


@filetype("justfile", ml=False, sref=lambda r, s, n: r.choice(["env_var('%s')" % envname(n), "env_var_or_default('%s', '')" % envname(n)]), vref=lambda n: "$" + n)
def ft_just(r, s):
    L = ["set dotenv-load := false", "set shell := [\"bash\", \"-euo\", \"pipefail\", \"-c\"]", "", "version := `git describe --tags --always`"]
    for k, v in s.assigns():
        if v.startswith("env_var"):
            L += ["export %s := %s" % (envname(k), v)]
        else:
            L += ["export %s := \"%s\"" % (envname(k), v.replace('"', '\\"'))]
    L += ["", "default: build", "", "build:"] + ["    " + c for c in build_steps_sh(r)] + ["", "publish: build", "    " + s.cmd(sh_ref).replace("$VERSION", "{{version}}")]
    return r.choice(["justfile", "Justfile", ".justfile"]), L


@filetype("taskfile", ml=True, sref=lambda r, s, n: Struct("task-sh", sh="op read op://ci/%s/credential" % n.lower()) if r.random() < 0.5 else "{{.%s}}" % envname(n))
def ft_task(r, s):
    L = ["version: '3'", "", "vars:", "  VERSION:", "    sh: git describe --tags --always", "", "env:"]
    L += ["  CGO_ENABLED: '0'"]
    for k, v in s.assigns():
        if isinstance(v, Struct):
            L += ["  %s:" % envname(k), "    sh: %s" % v.sh]
        else:
            L += ykv(r, "  ", envname(k), v)
    L += ["", "tasks:", "  build:", "    cmds:"] + ["      - " + ycmd(r, c) for c in build_steps_sh(r)]
    L += ["  publish:", "    deps: [build]", "    cmds:", "      - " + ycmd(r, s.cmd(sh_ref).replace("$VERSION", "{{.VERSION}}"))]
    return r.choice(["Taskfile.yml", "Taskfile.yaml", "taskfiles/release.yml"]), L


@filetype("dotenv-ci", ml=False, inline=False, sref=lambda r, s, n: "")
def ft_dotenv(r, s):
    L = ["# environment for the CI docker-compose stack (%s)" % s.proj, "COMPOSE_PROJECT_NAME=%s-ci" % s.proj, "DATABASE_URL=postgres://app:app@db:5432/app_test", "LOG_LEVEL=debug"]
    for k, v in s.assigns():
        L += ["%s=%s" % (envname(k), v)]
    L += ["CI=true"]
    return r.choice([".env.ci", "ci/.env", ".env.build"]), L


# --------------------------------------------------------------------------
# negatives

PREFIXES = ["github_pat_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "glpat-", "glrt-", "GR1348941", "glcbt-", "gldt-", "glptt-", "ATBB",
            "ATCTT3xFfGN0", "ATATT3xFfGF0", "CCIPAT_", "CCIPRJ_", "bkua_", "squ_", "sqp_", "sqa_", "dckr_pat_", "npm_", "pypi-",
            "rubygems_", "oy2", "cio", "AKCp", "sntrys_", "sntryu_", "nfp_", "pul-", "hvs.", "pat.", "AKIA"]


def prefix_of(v):
    for p in PREFIXES:
        if v.startswith(p):
            return p
    return ""


def sample_value(r, kind):
    if kind.get("pair") == "aws":
        return aws_pair(r)[1]
    v = kind["g"](r)
    return v[0] if isinstance(v, tuple) else v


def placeholder(r, kind, name):
    sv = sample_value(r, kind)
    pre = prefix_of(sv)
    human = kind["g"] is human_password
    opts = ["<your-%s%s>" % (kind["p"].replace("_", "-"), r.choice(["-token", "-api-key", ""])), "YOUR_%s" % envname(name).upper(), "REPLACE_ME",
            "<%s>" % name.lower(), "changeme", "TODO", "${%s}" % envname(name), "<redacted>", "xxxxxxxx", "insert-token-here", "set-me-in-ci-settings"]
    if pre:
        n = len(sv) - len(pre)
        opts += [pre + "x" * n, pre + "X" * n, pre + "...", pre + "<token>", pre + "*" * n]
    if human:
        opts += ["changeme", "CHANGE_ME", "<password>", "password-goes-here"]
    return r.choice(opts)


def masked(r, kind):
    sv = sample_value(r, kind)
    pre = prefix_of(sv)
    tail = rs(r, ALNUM, 4)
    return r.choice(["***", "[MASKED]", "********", pre + "*" * r.choice([8, 12, 24]) + tail, pre + "\u2026" + tail,
                     pre + "****" + tail, "%s...%s" % (sv[:len(pre) + 2], tail) if pre else "****" + tail])


def sops_enc(r):
    n = r.choice([24, 32, 40, 56])
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64s(rbytes(r, n)), b64s(rbytes(r, 32)), b64s(rbytes(r, 16)))


def ciphertext(r, ft):
    if ft.startswith("jenkins"):
        return "jenkins_encrypted", jenkins_enc(r)
    if ft == "maven-settings":
        return "maven_encrypted", mvn_enc(r)
    c = r.choice(["sops", "sops", "kms", "sealed"])
    if c == "sops":
        return "sops_enc", sops_enc(r)
    if c == "kms":
        return "aws_kms_ciphertext", "AQICAHh" + rs(r, B64, r.choice([150, 182, 206])) + "=="
    return "sealed_secret", "AgB" + rs(r, B64, r.choice([660, 690, 720])) + "="


def test_value(r, kind, name):
    if kind.get("pair") == "aws":
        return "aws_doc_example", r.choice(["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "test", "localstack"])
    if kind["g"] is human_password:
        return "unit_test_password", r.choice(["postgres", "secret", "admin", "test", "jenkins"])
    return "unit_test_value", r.choice(["dummy", "test", "test-token", "ci-dummy-token", "not-a-real-token", "fake", "testing", "x"])


def pubid(r, s):
    o, pr = s.org, s.proj
    opts = [
        ("sonarqube", "SONAR_PROJECT_KEY", lambda: "%s_%s" % (o, pr)),
        ("sentry", "SENTRY_DSN", lambda: "https://%s@o%d.ingest.%ssentry.io/%d" % (hexs(r, 32), r.randint(100000, 4999999), r.choice(["", "us.", "de."]), r.randint(1000000, 4999999))),
        ("datadog", "DD_CLIENT_TOKEN", lambda: "pub" + hexs(r, 32)),
        ("datadog", "DD_APPLICATION_ID", lambda: uuid4(r)),
        ("azure", "AZURE_CLIENT_ID", lambda: uuid4(r)),
        ("azure", "AZURE_TENANT_ID", lambda: uuid4(r)),
        ("azure", "AZURE_SUBSCRIPTION_ID", lambda: uuid4(r)),
        ("aws", "AWS_ROLE_ARN", lambda: "arn:aws:iam::%012d:role/%s-%s" % (r.randint(10 ** 11, 10 ** 12 - 1), r.choice(["gha", "gitlab-oidc", "ci"]), r.choice(["deploy", "publish"]))),
        ("aws", "AWS_ACCOUNT_ID", lambda: "%012d" % r.randint(10 ** 11, 10 ** 12 - 1)),
        ("gcp", "GCP_WORKLOAD_IDENTITY_PROVIDER", lambda: "projects/%d/locations/global/workloadIdentityPools/%s/providers/%s" % (r.randint(10 ** 11, 10 ** 12 - 1), r.choice(["github", "ci-pool"]), r.choice(["github-oidc", "gh"]))),
        ("gcp", "GCP_SERVICE_ACCOUNT", lambda: "%s@%s-ci.iam.gserviceaccount.com" % (r.choice(["deployer", "publisher", "builder"]), o)),
        ("github", "GITHUB_APP_ID", lambda: str(r.randint(100000, 999999))),
        ("github", "GITHUB_APP_CLIENT_ID", lambda: r.choice(["Iv1." + hexs(r, 16), "Iv23li" + rs(r, ALNUM, 14)])),
        ("git", "GIT_COMMIT", lambda: sha40(r)),
        ("git", "BASE_SHA", lambda: sha40(r)),
        ("oci", "IMAGE_DIGEST", lambda: digest(r)),
        ("ci", "CACHE_KEY", lambda: "%s-deps-%s" % (r.choice(["Linux", "macOS", "Windows"]), hexs(r, 64))),
        ("ci", "ARTIFACT_SHA256", lambda: hexs(r, 64)),
        ("ci", "BUILD_ID", lambda: uuid4(r)),
        ("ci", "RUN_ID", lambda: str(r.randint(10 ** 9, 10 ** 10))),
        ("gitlab", "RUNNER_SYSTEM_ID", lambda: "s_" + hexs(r, 12)),
        ("gitlab", "RUNNER_ID", lambda: str(r.randint(1000000, 40000000))),
        ("gpg", "GPG_KEY_ID", lambda: hexs(r, 16).upper()),
        ("gpg", "GPG_FINGERPRINT", lambda: hexs(r, 40).upper()),
        ("vercel", "VERCEL_ORG_ID", lambda: "team_" + rs(r, ALNUM, 24)),
        ("vercel", "VERCEL_PROJECT_ID", lambda: "prj_" + rs(r, ALNUM, 28)),
        ("netlify", "NETLIFY_SITE_ID", lambda: uuid4(r)),
        ("cloudflare", "CLOUDFLARE_ACCOUNT_ID", lambda: hexs(r, 32)),
        ("slsa", "BASE64_SUBJECTS", lambda: b64s(("%s  %s_linux_amd64.tar.gz\n%s  %s_darwin_arm64.tar.gz\n" % (hexs(r, 64), pr, hexs(r, 64), pr)).encode())),
        ("npm", "PACKAGE_INTEGRITY", lambda: "sha512-" + b64s(rbytes(r, 64))),
        ("go", "GOSUM_H1", lambda: "h1:" + b64s(rbytes(r, 32))),
        ("harness", "HARNESS_ACCOUNT_ID", lambda: rs(r, ALNUM + "_-", 22)),
        ("codecov", "CODECOV_SLUG", lambda: "%s/%s" % (o, pr)),
    ]
    p, n, f = r.choice(opts)
    return p, n, f()


def pub_ml(r):
    if r.random() < 0.5:
        return "sigstore", "COSIGN_PUBLIC_KEY", ec_public_pem(r)
    return "gpg", "GPG_PUBLIC_KEY", pgp_block(r, False)[0]


# --------------------------------------------------------------------------
# assembly

def ft_ok(ft, kind, ml, inline):
    if ml and not ft["ml"]:
        return False
    if inline and not ft["inline"]:
        return False
    need = ft["need"]
    if need:
        needs = need if isinstance(need, tuple) else (need,)
        if not any(n in kind.get("reg", {}) for n in needs):
            return False
    if ft["name"] == "renovate-json" and not kind.get("reg"):
        return False
    if ft["name"] == "gradle-build" and "maven" not in kind.get("reg", {}):
        return False
    return True


def pick_name(r, kind, generic):
    if generic:
        return r.choice(kind["gn"] + (GEN_TOKEN_NAMES if kind["g"] is not human_password and "PRIVATE" not in kind["k"].upper() else []))
    return r.choice(kind["n"])


def render_text(r, ft, slot):
    path, lines = ft["render"](r, slot)
    text = "\n".join(lines).rstrip("\n") + "\n"
    return path, text


def find_line(text, needle):
    if text.count(needle) != 1:
        return None
    idx = text.index(needle)
    return text.count("\n", 0, idx) + 1


FT_NAMES = sorted(FT)


def make_pos(r, kind, ft0=None):
    for _ in range(200):
        comp = None
        if kind.get("pair") == "aws":
            kid, val = aws_pair(r)
            needle = val
        else:
            g = kind["g"](r)
            if isinstance(g, tuple):
                val, needle = g
            else:
                val = needle = g
        ml = "\n" in val
        inline = (not ml) and r.random() < 0.17 and (ft0 is None or ft0["inline"])
        generic = inline or r.random() < 0.24
        name = pick_name(r, kind, generic)
        if kind.get("comp"):
            cn = r.choice(kind["comp"][0])
            cv = kid if kind.get("pair") == "aws" else kind["comp"][1](r)
            comp = (cn, cv)
        fts = [FT[n] for n in FT_NAMES if ft_ok(FT[n], kind, ml, inline)]
        ft = ft0 if ft0 is not None and ft_ok(ft0, kind, ml, inline) else r.choice(fts)
        slot = Slot(r, kind, name, val, comp=comp, inline=inline, needle=needle)
        path, text = render_text(r, ft, slot)
        nl = text.count("\n")
        line = find_line(text, needle)
        if line is None or not (5 <= nl <= 80):
            continue
        return dict(path=path, text=text, needle=needle, line=line, provider=kind["p"], kind=kind["k"], filetype=ft["name"],
                    naming="inline" if inline else ("generic" if generic else "provider"))
    raise RuntimeError("could not place %s" % kind["k"])


STRUCT_BAD = ("gradle-properties", "maven-pom", "npmrc", "pypirc", "ci-job-log", "dotenv-ci", "justfile", "makefile", "powershell-script",
              "shell-script", "docker-compose-ci", "jenkins-job-config-xml", "jenkins-credentials-xml", "jenkins-casc-yaml", "maven-settings", "goreleaser")

NEG_STRATS = [("ci_secret_reference", 34), ("placeholder", 14), ("masked", 9), ("public_identifier", 17), ("ciphertext", 9),
              ("unit_test_value", 8), ("empty", 5), ("public_key", 4)]


def make_neg(r, kind, ft0=None):
    for _ in range(200):
        strat = r.choices([s for s, _ in NEG_STRATS], [w for _, w in NEG_STRATS])[0]
        ml = strat == "public_key"
        fts = [FT[n] for n in FT_NAMES if ft_ok(FT[n], kind, ml, False)]
        ft = ft0 if ft0 is not None and ft_ok(ft0, kind, ml, False) else r.choice(fts)
        if ft["name"] == "ci-job-log" and strat not in ("masked", "ci_secret_reference", "public_identifier", "public_key"):
            strat = "masked"
        name = pick_name(r, kind, r.random() < 0.3)
        comp = None
        if kind.get("comp"):
            cn = r.choice(kind["comp"][0])
            cv = ("AKIA" + rs(r, B32U, 12) + "EXAMPLE") if kind.get("pair") == "aws" else kind["comp"][1](r)
            comp = (cn, cv)
        slot = Slot(r, kind, name, "", comp=comp, label="neg")
        provider, sub = kind["p"], strat
        if strat == "ci_secret_reference":
            slot.val = ft["sref"](r, slot, name)
            if isinstance(slot.val, str) and r.random() < 0.25 and ft["inline"] and not slot.val.startswith("{AQ"):
                slot.inline = True
                if comp:
                    slot.comp = (comp[0], ft["sref"](r, slot, comp[0])) if isinstance(ft["sref"](r, slot, comp[0]), str) else comp
        elif strat == "placeholder":
            slot.val = placeholder(r, kind, name)
            slot.inline = ft["inline"] and r.random() < 0.3
        elif strat == "masked":
            slot.val = masked(r, kind)
        elif strat in ("public_identifier", "public_key"):
            provider, pname, pval = pubid(r, slot) if strat == "public_identifier" else pub_ml(r)
            sub = strat + ":" + pname.lower()
            if r.random() < 0.5 or not ft["inline"]:
                slot.val = ft["sref"](r, slot, name)
            else:
                slot.val = ft["sref"](r, slot, name)
                if isinstance(slot.val, str):
                    slot.inline = True
            if isinstance(slot.val, Struct) and ft["name"] in STRUCT_BAD:
                slot.val = ""
            slot.extra = [(pname, pval)]
        elif strat == "ciphertext":
            sub, slot.val = ciphertext(r, ft["name"])
            sub = "ciphertext:" + sub
        elif strat == "unit_test_value":
            sub, slot.val = test_value(r, kind, name)
        elif strat == "empty":
            slot.val = ""
        if isinstance(slot.val, Struct) and ft["name"] in STRUCT_BAD:
            continue
        if False and ft["name"] in ("gradle-properties", "maven-pom", "npmrc", "pypirc", "ci-job-log", "dotenv-ci", "justfile", "makefile", "powershell-script", "shell-script", "docker-compose-ci", "jenkins-job-config-xml", "jenkins-credentials-xml", "jenkins-casc-yaml", "maven-settings", "goreleaser"):
            continue
        if isinstance(slot.val, Struct) and slot.inline:
            slot.inline = False
        try:
            path, text = render_text(r, ft, slot)
        except (AttributeError, TypeError):
            continue
        nl = text.count("\n")
        if not (5 <= nl <= 80):
            continue
        return dict(path=path, text=text, provider=provider, kind=sub, filetype=ft["name"])
    raise RuntimeError("could not make negative for %s" % kind["k"])


def kind_is_ml(kind):
    return kind.get("ml", False)


def plan(r, n, maker, positive):
    """round-robin over file types, least-used compatible kind for each"""
    order = []
    while len(order) < n:
        chunk = list(FT_NAMES)
        r.shuffle(chunk)
        order += chunk
    order = order[:n]
    used = {id(k): 0 for k in KINDS}
    out = []
    for ftn in order:
        ft = FT[ftn]
        cands = [k for k in KINDS if ft_ok(ft, k, kind_is_ml(k) if positive else False, False)]
        low = min(used[id(k)] for k in cands)
        kind = r.choice([k for k in cands if used[id(k)] == low])
        used[id(kind)] += 1
        out.append(maker(r, kind, ft))
    return out


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("NEEDLE")[0])
        sys.exit("usage: gen_al.py OUTDIR SEED")
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    pos = plan(r, N_POS, make_pos, True)
    neg = plan(r, N_NEG, make_neg, False)
    manifest, secrets = [], []
    os.makedirs(out, exist_ok=True)
    for label, items, pfx in (("pos", pos, "p"), ("neg", neg, "n")):
        for i, it in enumerate(items):
            rel = "%s/%s%04d/%s" % (label, pfx, i, it["path"])
            full = os.path.join(out, rel)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8", newline="\n") as f:
                f.write(it["text"])
            it["file"] = rel
            manifest.append({"file": rel, "label": label, "provider": it["provider"], "kind": it["kind"], "filetype": it["filetype"]})
            if label == "pos":
                secrets.append({"file": rel, "needle": it["needle"], "line": it["line"]})
    with open(os.path.join(out, "manifest.jsonl"), "w") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    self_check(out, manifest, secrets, pos)


def self_check(out, manifest, secrets, pos):
    from collections import Counter
    bad = 0
    for s in secrets:
        with open(os.path.join(out, s["file"]), encoding="utf-8") as f:
            lines = f.read().split("\n")
        if s["needle"] not in lines[s["line"] - 1]:
            bad += 1
            print("NEEDLE MISMATCH", s["file"])
    needles = [s["needle"] for s in secrets]
    for m in manifest:
        if m["label"] != "neg":
            continue
        with open(os.path.join(out, m["file"]), encoding="utf-8") as f:
            t = f.read()
        for nd in needles:
            if nd in t:
                bad += 1
                print("NEEDLE IN NEGATIVE", m["file"])
    for m in manifest:
        with open(os.path.join(out, m["file"]), encoding="utf-8") as f:
            n = f.read().count("\n")
        if not 5 <= n <= 80:
            bad += 1
            print("LINE COUNT", m["file"], n)
    pl = [m for m in manifest if m["label"] == "pos"]
    nl = [m for m in manifest if m["label"] == "neg"]
    print("positives %d, negatives %d, self-check problems: %d" % (len(pl), len(nl), bad))
    print("positive provider/kind pairs: %d, providers: %d, file types (pos): %d, file types (neg): %d" % (
        len({(m["provider"], m["kind"]) for m in pl}), len({m["provider"] for m in pl}), len({m["filetype"] for m in pl}), len({m["filetype"] for m in nl})))
    print("naming:", dict(Counter(p["naming"] for p in pos)))
    print("providers (pos):", dict(sorted(Counter(m["provider"] for m in pl).items())))
    print("kinds (pos):", dict(sorted(Counter("%s/%s" % (m["provider"], m["kind"]) for m in pl).items())))
    print("filetypes (pos):", dict(sorted(Counter(m["filetype"] for m in pl).items())))
    print("filetypes (neg):", dict(sorted(Counter(m["filetype"] for m in nl).items())))
    print("negative kinds:", dict(sorted(Counter(m["kind"].split(":")[0] for m in nl).items())))
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
